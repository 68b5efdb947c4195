#!/usr/bin/env python3
"""1699: a forward from YouSee Mail (the webmail of the Danish provider YouSee) of a Sympa list digest, Danish: CR LF,
one text/plain part in UTF-8 with Content-Transfer-Encoding base64 (lines of 76 characters; the text in canonical CR LF form before encoding), the names as RFC 2047
encoded-words, the Danish forward note and «Videresendt meddelelse» block, the digest in Sympa's English template as
remembered (a dated head, «Table of contents», messages with Date / From / Subject, separators, the end line) with
Danish messages. The list nlp-dk at lists.example.dk, its members and all mailboxes are invented
(mette.larsen@youseemail.dk is an invented mailbox on the imitated service's mail domain as remembered); Minecraft,
GitHub and Hugging Face appear as what they are, never labelled; Gato and Minerva are nicknames here, their papers
labelled by full title."""
import base64, os, sys
from email.utils import format_datetime
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1699)
LIST, HOST = "nlp-dk", "lists.example.dk"
CEST = dt.timezone(dt.timedelta(hours=2))
msgs = [
    (dt.datetime(2025, 4, 14, 9, 12, 40, tzinfo=CEST), "Mikkel Holm", "mikkel.holm@example.dk",
     "Læsegruppe: sprogmodeller som agenter",
     f"""Hej alle

Forslag til læsegruppen i maj: sprogmodeller, der handler, bruger værktøjer
og retter deres egne fejl. Første udkast til listen:

1. {T('2303.11366')}
   https://arxiv.org/abs/2303.11366
2. {T('2302.04761')}
   arXiv:2302.04761
3. {T('2310.06770')}
   https://arxiv.org/abs/2310.06770
   (benchmark med rigtige GitHub-issues -- datasættet ligger på Hugging Face)

Vi mødes torsdage kl. 14 i lokale 3.1.42.

Mvh
Mikkel
"""),
    (dt.datetime(2025, 4, 14, 11, 47, 5, tzinfo=CEST), "Sofie Lund", "sofie.lund@example.dk",
     "Re: Læsegruppe: sprogmodeller som agenter",
     f"""God liste! Jeg vil gerne tilføje to:

- "{T('2310.11511')}"
  https://arxiv.org/pdf/2310.11511
- "{T('2305.16291')}"
  https://arxiv.org/abs/2305.16291v1 (ja, den med Minecraft)

Og som baggrund om lange kontekster: "{T('2307.03172')}" (Liu et al.,
TACL 2024). Den kan jeg godt præsentere.

> Den 14.04.2025 kl. 09:12 skrev Mikkel Holm:
> Forslag til læsegruppen i maj: sprogmodeller, der handler, bruger værktøjer
"""),
    (dt.datetime(2025, 4, 14, 16, 3, 22, tzinfo=CEST), "Anders Kjær", "anders.kjaer@example.dk",
     "Re: Læsegruppe: sprogmodeller som agenter",
     f"""Hvis vi også vil have de generalistiske modeller med, så "{T('2205.06175')}"
(Reed et al., TMLR 2022) -- altså Gato. Og til matematik
"{T('2206.14858')}" (Lewkowycz et al., NeurIPS 2022), Minerva.

/Anders
"""),
]
day = msgs[0][0]
head = f"{LIST} Digest  {day:%a, %d %b %Y}"
D = [head, "", "Table of contents:", ""]
for _, n, _, s, _ in msgs:
    D.append(f"* {s} - {n}")
D += ["", "-" * 70, ""]
for d, n, a, s, body in msgs:
    D += [f"Date:    {format_datetime(d)}", f"From:    {n} <{a}>", f"Subject: {s}", "", body.rstrip("\n"), "",
          "-" * 30, ""]
end = f"End of {head}"
D += [end, "*" * len(end), ""]
digest = "\n".join(D)
fwd = dt.datetime(2025, 4, 14, 23, 0, 4, tzinfo=CEST)
sent = dt.datetime(2025, 4, 15, 8, 41, 17, tzinfo=CEST)
note = f"""Hej Jonas

Her er gårsdagens sammendrag fra nlp-dk med listen til læsegruppen i maj.
Du skulle jo have en artikel at fremlægge -- skriv til Mikkel, hvis du vil
have en af dem.

Venlig hilsen
Mette


-------- Videresendt meddelelse --------
Fra: {LIST}-request@{HOST}
Dato: {fwd:%d.%m.%Y %H:%M}
Til: {LIST}@{HOST}
Emne: {head}

"""
text = note + digest
b64 = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
body = b64.replace("\n", "\r\n")
hdr = [
    "Return-Path: <mette.larsen@youseemail.dk>",
    f"Received: from [192.0.2.143] by webmail.yousee.dk with HTTP; {format_datetime(sent)}",
    f"Date: {format_datetime(sent)}",
    "From: Mette Larsen <mette.larsen@youseemail.dk>",
    "To: =?UTF-8?Q?Jonas_Kj=C3=A6rgaard?= <jonas.kjaergaard@example.dk>",
    f"Subject: Fwd: {head}",
    "Message-ID: <1744699277.51823.64bd2@webmail.yousee.dk>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
]
raw = "\r\n".join(hdr) + "\r\n\r\n" + body
write_raw(F, raw.encode("ascii"), [raw, text, "Jonas Kjærgaard"], keys(F))
