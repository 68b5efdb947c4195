#!/usr/bin/env python3
"""1339: an arXiv cs daily listing forwarded from Poczta o2 (the Polish webmail) in plain-text mode with a Polish note,
saved by the recipient as .eml (CRLF). One text/plain part in ISO-8859-2, quoted-printable as the writer encodes it
(Python's quopri: lines of at most 76 characters with `=` soft breaks, `=3D` for `=`, `=B3` for ł, trailing spaces
encoded) — so listing lines over 76 characters, titles and the OpenReview address are cut or escaped in the raw file;
the From name an RFC 2047 Q-word in ISO-8859-2, the Date in CET `+0100`, o2's `X-O2-Trust` header. The note, a `-- `
signature, o2's `------ Oryginalna wiadomość ------` block (Od / Do / Data / Temat) and the listing, cut by the sender
to one new submission (with its abstract) and two `replaced with revised version` entries. Papers: the listing's
closing abs links, an OpenReview forum link and an `arXiv:` id in the note, three titles alone; the diffusers docs, a
shared drive and a room are not papers."""
import datetime as dt, email.utils, os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_raw
from make_expected import F1339, keys

CET = dt.timezone(dt.timedelta(hours=1))
SENT = dt.datetime(2024, 3, 6, 8, 41, 9, tzinfo=CET)
NAME, ME = "Małgorzata Kowalczyk", "m.kowalczyk@o2.example.pl"
TO = "jakub.wrona@ii.uni-przyklad.example.pl"
RULE = "-" * 78


def tex(s):
    return s.replace("ü", '\\"u').replace("ö", '\\"o').replace("é", "\\'e")


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


ABSTRACT = ("Diffusion models create data from noise by inverting the forward paths of data towards noise and have "
            "emerged as a powerful generative modeling technique for high-dimensional, perceptual data such as images "
            "and videos. Rectified flow is a recent generative model formulation that connects data and noise in a "
            "straight line. Despite its better theoretical properties and conceptual simplicity, it is not yet "
            "decisively established as standard practice. In this work, we improve existing noise sampling techniques "
            "for training rectified flow models by biasing them towards perceptually relevant scales, and we present "
            "a transformer-based architecture for text-to-image generation that uses separate weights for the two "
            "modalities and enables a bidirectional flow of information between image and text tokens. Our largest "
            "models outperform state-of-the-art models, and we will make our experimental data, code, and model "
            "weights publicly available.")
ENTRIES = [  # (id, kind, time GMT, size kb, categories, comments)
    ("2403.03206", "new", "Tue, 5 Mar 2024 18:15:43 GMT", 5234, "cs.CV", None),
    ("2106.05931", "repl", "Tue, 5 Mar 2024 02:48:19 GMT", 10873, "stat.ML cs.LG", "NeurIPS 2021"),
    ("2303.11328", "repl", "Tue, 5 Mar 2024 16:20:07 GMT", 11502, "cs.CV cs.GR cs.RO", "Website: https://zero123.cs.columbia.edu/"),
]
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition", "Machine Learning",
           " received from  Mon  4 Mar 24 19:00:00 GMT  to  Tue  5 Mar 24 19:00:00 GMT", RULE,
           "[... wycięłam 187 nowych zgłoszeń i cross-listy, zostały trzy pozycje do seminarium - M.K. ...]", RULE]
for aid, kind, when, kb, cats, com in ENTRIES:
    listing += ["\\\\", f"arXiv:{aid}",
                (f"Date: {when}   ({kb}kb,D)" if kind == "new" else f"replaced with revised version {when}   ({kb}kb,D)"), ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    if kind == "new":
        listing += ["\\\\"] + textwrap.wrap(ABSTRACT, 80, initial_indent="  ", subsequent_indent="  ")
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]

note = [
    "Cześć Kuba,",
    "",
    "przesyłam wczorajszą listę cs - zostawiłam tylko trzy pozycje, które pasują do naszego seminarium o dyfuzji.",
    "Najważniejsza jest nowa praca o Stable Diffusion 3 (pierwsza w liście), do omówienia w przyszły czwartek.",
    "",
    "Do przeczytania wcześniej:",
    f"- DDIM: \"{T('2010.02502')}\" - https://openreview.net/forum?id={OR('2010.02502')} (warto przejrzeć też recenzje z ICLR 2021).",
    f"- guidance bez klasyfikatora: \"{T('2207.12598')}\" (arXiv:2207.12598), krótkie i bardzo przystępne.",
    f"- klasyka: \"{T('1503.03585')}\" oraz \"{T('2105.05233')}\" - PDF-y leżą na dysku zespołu w folderze \"seminarium/dyfuzja\".",
    f"- dla Oli, zupełnie z innej beczki: \"{T('2010.00554')}\" (ICLR 2021), pytała o coś o PCA i teorii gier.",
    "",
    "Demo Zero123 da się odpalić z diffusers: https://huggingface.co/docs/diffusers/index (wersja 0.26 działa na naszej karcie).",
    "Seminarium jak zwykle w czwartek o 12:15, sala 3.21.",
    "",
    "Pozdrawiam,",
    "Gosia",
    "",
    "-- ",
    "Małgorzata Kowalczyk",
    "Zakład Uczenia Maszynowego, Instytut Informatyki (przykład)",
]
fwd = ["------ Oryginalna wiadomość ------",
       "Od: send mail ONLY to cs <no-reply@arxiv.org>",
       f"Do: {ME}",
       "Data: 6 marca 2024 02:07",
       "Temat: cs daily Subj-class mailing 2403 05"]
plain = "\n".join(note + ["", "", *fwd, "", *listing]) + "\n"
qp = quopri.encodestring(plain.encode("iso-8859-2")).decode("ascii").replace("\n", "\r\n")


def qword(s):
    b = s.encode("iso-8859-2")
    return "=?ISO-8859-2?Q?" + "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else "_" if c == 32 else f"={c:02X}" for c in b) + "?="


MID = f"{int(SENT.timestamp() * 1000)}.61734.m.kowalczyk@o2.example.pl"
head = [
    f"Return-Path: <{ME}>",
    "Received: from smtp.o2.example.pl (smtp.o2.example.pl [192.0.2.61])\r\n\tby mail.ii.uni-przyklad.example.pl (Postfix) with ESMTPS id 4TqL2c0xWkz9Rt\r\n"
    f"\tfor <{TO}>; Wed,  6 Mar 2024 08:41:12 +0100 (CET)",
    "Date: " + email.utils.format_datetime(SENT),
    f"From: {qword(NAME)} <{ME}>",
    f"To: {TO}",
    "Subject: Fwd: cs daily Subj-class mailing 2403 05",
    f"Message-ID: <{MID}>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-8859-2",
    "Content-Transfer-Encoding: quoted-printable",
    "X-Mailer: Poczta o2.pl",
    "X-Originating-IP: [198.51.100.88]",
    "X-O2-Trust: 2, 64",
]
raw = "\r\n".join(head) + "\r\n\r\n" + qp
if not raw.endswith("\r\n"): raw += "\r\n"
write_raw(F1339, raw.encode("ascii"), [raw, plain], keys(F1339))
