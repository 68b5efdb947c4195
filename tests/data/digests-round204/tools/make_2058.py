#!/usr/bin/env python3
"""2058: a reading-group digest of an invented group at the Université Marien Ngouabi (Brazzaville), forwarded from a
webmail, the body quoted-printable UTF-8: French with Lingala. The group «UMNG Groupe de lecture Modèles efficaces –
Digest #6» and all people and addresses are invented. Computed: the QP body (Python's quopri; lines ≤ 76 asserted),
CR LF, the Date header weekday (email.utils), the digest's message count."""
import datetime as dt, email.utils, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only, write_raw
from make_expected import by_num, keys
F = by_num(2058)
MSGS = [
 ("Grâce Mabiala", "Mon, 16 Feb 2026 17:05", [
   "Mbote na bino ! Voici la liste pour la séance « attention efficace » :",
   f"  * {T('2007.14062')} https://arxiv.org/abs/2007.14062",
   f"  * {T('2009.14794')}",
   f"    https://openreview.net/forum?id={OR('2009.14794')}",
   "Le dépôt GitHub de xformers et la doc de PyTorch SDPA sont pour le TP, pas des lectures."]),
 ("Rodrigue Nkounkou", "Tue, 17 Feb 2026 08:40", [
   "D'accord. Côté récurrence / convolutions :",
   f"{T('2302.10866')} (https://arxiv.org/pdf/2302.10866v2.pdf)",
   f"{T('2307.08621')} – arXiv:2307.08621",
   f"et {T('2010.06891')} : https://openreview.net/forum?id={OR('2010.06891')}"]),
 ("Prisca Loubaki", "Tue, 17 Feb 2026 20:12", [
   "Malamu mingi. Deux plus anciens à comparer :",
   f"- {T('2103.02143')} (Peng et al., ICLR 2021)",
   f"- {T('2004.11886')} (Wu et al., ICLR 2020)",
   f"Et pour le contexte long : {T('2306.15595')} -- Chen et al., 2023.",
   "Quelqu'un peut apporter la rallonge ? Celle de la salle ne marche plus."]),
]
dig = ["UMNG Groupe de lecture Modèles efficaces – Digest #6", f"{len(MSGS)} messages", ""]
for i, (who, d, body) in enumerate(MSGS, 1):
    dig += [f"Message {i}", f"From: {who}", f"Date: {d}", ""] + body + [""]
dig += ["-- ", "Vous recevez ce digest car vous êtes abonné(e) à lecture-efficace@lists.example.cg."]
fwd = ["Bonjour Professeur Mampouya,", "", "Je vous transfère le digest de la semaine – la séance a lieu jeudi à 15 h en", "salle informatique de la Faculté des Sciences et Techniques.", "",
       "Botikala malamu,", "Hervé", "", "----- Forwarded Message -----",
       "From: lecture-efficace@lists.example.cg", "To: herve.samba@mail.example.cg",
       "Sent: Wednesday, February 18, 2026, 07:00:03 a.m. WAT", "Subject: Digest #6", ""]
text = "\n".join(fwd + dig) + "\n"
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
assert all(len(l) <= 76 for l in qp.split("\r\n"))
d = dt.datetime(2026, 2, 18, 9, 31, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))
head = ["Return-Path: <herve.samba@mail.example.cg>",
        f"Date: {email.utils.format_datetime(d)}",
        "From: Hervé Samba <herve.samba@mail.example.cg>",
        "To: Pr Albert Mampouya <a.mampouya@umng.example.cg>",
        "Subject: Fwd: Digest #6",
        "Message-ID: <20260218083107.5521.cg.9e2a@mail.example.cg>",
        "MIME-Version: 1.0",
        "User-Agent: SquirrelMail/1.4.23",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable"]
head[2] = "From: =?UTF-8?Q?Herv=C3=A9_Samba?= <herve.samba@mail.example.cg>"
raw = "\r\n".join(head) + "\r\n\r\n" + qp
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
