#!/usr/bin/env python3
"""1219: an arXiv cs daily listing e-mail forwarded inline from SnappyMail's webmail (Greek UI), as the recipient's
mail store holds it (.eml, CRLF). One text/plain part, UTF-8, quoted-printable (Python's quopri: Greek as =CE=.. /
=CF=.., soft breaks at 76, the signature's `-- ` as `--=20`); the sender's display name an RFC 2047 B-word. The body is
the sender's Greek note (background papers: an `arXiv:` id, an OpenReview pdf link, titles alone), SnappyMail's
forward header in Greek, and the listing trimmed to its head and the three replaced entries that matter (arXiv's
80-column wrapping, `\\ ( https://arxiv.org/abs/<id> ,  NNNkb)` lines)."""
import base64, os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_raw
from make_expected import F1219, keys

SEP = "-" * 78
REPL = "%%%---" * 13
entries = [("2302.10866", "Fri, 17 Nov 2023 08:44:10 GMT", 1212, "cs.LG cs.CL", None),
           ("2307.08621", "Fri, 17 Nov 2023 11:02:57 GMT", 865, "cs.CL cs.LG", "Technical report"),
           ("2307.03172", "Fri, 17 Nov 2023 16:20:31 GMT", 498, "cs.CL", "18 pages, 16 figures. Accepted for publication in Transactions of the Association for Computational Linguistics (TACL), 2023")]


def field(name, value):
    return textwrap.wrap(f"{name}: {value}", width=80, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)


listing = [SEP, SEP, "Send any comments regarding submissions directly to submitter.", SEP,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", SEP,
           " Submissions to:", "Computation and Language", "Machine Learning",
           " received from  Thu 16 Nov 23 19:00:00 GMT  to  Fri 17 Nov 23 19:00:00 GMT", SEP, SEP,
           "[... αφαιρέθηκαν 231 νέες υποβολές και 118 cross-lists — Ε.Π. ...]", SEP, REPL]
for aid, date, kb, cats, comm in entries:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {date}   ({kb}kb,D)", ""]
    listing += field("Title", T(aid)) + field("Authors", ", ".join(CAT[aid]["authors"])) + field("Categories", cats)
    if comm: listing += field("Comments", comm)
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", SEP]
listing += ["[... αφαιρέθηκαν οι υπόλοιπες 164 αντικαταστάσεις ...]", SEP]

note = f"""Καλημέρα σε όλους,

προωθώ τη σημερινή λίστα του arXiv (cs). Κράτησα μόνο τις τρεις
αναθεωρημένες εκδόσεις που θα συζητήσουμε την Πέμπτη (Hyena, RetNet και το
«lost in the middle») — τις υπόλοιπες καταχωρίσεις τις έσβησα, ήταν πάνω
από 500.

Για υπόβαθρο, αν προλάβετε:
- {T('2005.00743')} (arXiv:2005.00743)
- {T('2009.14794')}
  https://openreview.net/pdf?id={OR('2009.14794')}
- {T('2103.02143')} — Peng et al., ICLR 2021
- {T('2002.09402')} — Fan et al., 2020
- {T('2004.11886')} (ICLR 2020), για όποιον
  ενδιαφέρεται για μοντέλα σε κινητά.

Ο κώδικας του Hyena είναι στο https://github.com/HazyResearch/safari και τα
slides της προηγούμενης συνάντησης στο Nextcloud του εργαστηρίου.

Ελένη

-- 
Ελένη Παπαδάκη
Υποψήφια διδάκτωρ, Εργαστήριο Μηχανικής Μάθησης
"""
fwd = ["", "-------- Αρχικό μήνυμα --------",
       "Θέμα: cs daily Subj-class mailing 2311 20",
       "Ημερομηνία: 20.11.2023 03:12",
       'Από: "send mail ONLY to cs" <no-reply@arxiv.org>',
       "Προς: eleni.papadaki@mail.example.gr", "", ""]
body = note + "\n".join(fwd) + "\n".join(listing) + "\n"
qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
name = "=?utf-8?B?" + base64.b64encode("Ελένη Παπαδάκη".encode("utf-8")).decode("ascii") + "?="
head = [
 "Return-Path: <eleni.papadaki@mail.example.gr>",
 "Delivered-To: g.antoniou@mail.example.gr",
 "Received: from webmail.example.gr (webmail.example.gr [192.0.2.41])",
 "\tby mx1.example.gr (Postfix) with ESMTPSA id 4SYq8v2Kx1z9sVN",
 "\tfor <ml-reading@lists.example.gr>; Mon, 20 Nov 2023 09:41:17 +0200 (EET)",
 "MIME-Version: 1.0",
 "Date: Mon, 20 Nov 2023 09:41:16 +0200",
 "Content-Type: text/plain; charset=utf-8",
 "Content-Transfer-Encoding: quoted-printable",
 "X-Mailer: SnappyMail/2.29.1",
 "Message-ID: <4c1e7a0b9d2f53e8a61b0c7d2e94f1a3@mail.example.gr>",
 f"From: {name} <eleni.papadaki@mail.example.gr>",
 "Subject: Fwd: cs daily Subj-class mailing 2311 20",
 "To: ml-reading@lists.example.gr",
]
eml = "\r\n".join(head) + "\r\n\r\n" + qp.replace("\n", "\r\n")
write_raw(F1219, eml.encode("ascii"), [eml, body], keys(F1219))
