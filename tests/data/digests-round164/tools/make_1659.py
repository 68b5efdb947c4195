#!/usr/bin/env python3
"""1659: an Alice Mail (alice.it, TIM's webmail) forward of a GNU Mailman 2.1 plain-text digest, Italian: CR LF, one
text/plain part in UTF-8 with Content-Transfer-Encoding base64 (76-column lines), plain From / To names,
the forward note and «----Messaggio originale----» block in Italian, the digest's English template (list preferred
language English) with Italian messages. The list NLP-IT at liste.example.it, its members and the mailboxes are
invented (chiara.rinaldi@alice.it is an invented mailbox on the imitated service's own domain)."""
import base64, os, sys
from email.utils import format_datetime
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1659)
LIST, HOST = "NLP-IT", "liste.example.it"
VOL, ISS = 42, 7
CET = dt.timezone(dt.timedelta(hours=1))
msgs = [
    (dt.datetime(2025, 3, 10, 9, 14, 22, tzinfo=CET), "Giulia Ferri", "giulia.ferri@example.it",
     "Gruppo di lettura: transformer con memoria", "20250310081422.GA4411@ws-ferri.example.it",
     f"""Ciao a tutti,

per il ciclo di aprile propongo di restare sul tema "memoria e contesti lunghi".
Lista provvisoria, ditemi se manca qualcosa:

1. {T('2010.06891')}
   https://openreview.net/forum?id=_adSMszz_g9
2. {T('2002.09402')}
   https://arxiv.org/abs/2002.09402v3
3. {T('2007.14062')}
   https://arxiv.org/pdf/2007.14062.pdf
4. {T('2004.11886')} (Wu et al., ICLR 2020,
   arXiv:2004.11886) -- più sull'efficienza che sulla memoria, ma breve.

Ci vediamo in aula B203 come sempre, il giovedì alle 14:30.

Giulia

--
Giulia Ferri
Dottoranda, Laboratorio di Linguistica Computazionale
"""),
    (dt.datetime(2025, 3, 10, 11, 2, 51, tzinfo=CET), "Luca Marino", "l.marino@example.it",
     "Re: Gruppo di lettura: transformer con memoria", "CAF7x2kq9Lm0Tb@mail.example.it",
     f"""Ottima lista. Aggiungerei Hyena, che toglie proprio l'attenzione:

{T('2302.10866')}
https://arxiv.org/abs/2302.10866

e, per chi lavora sui grafi, "{T('2106.05234')}"
(Graphormer, NeurIPS 2021), che usa lo stesso blocco transformer con
codifiche strutturali.

Per le slide consiglio di guardare Dodrio ("{T('2103.14625')}"), aiuta
molto a spiegare le teste di attenzione a chi non è del settore.

Luca

> Il giorno lun 10 mar 2025 alle ore 09:14 Giulia Ferri ha scritto:
> per il ciclo di aprile propongo di restare sul tema "memoria e contesti lunghi".
"""),
    (dt.datetime(2025, 3, 10, 16, 40, 5, tzinfo=CET), "Sara Conti", "sara.conti@example.it",
     "Re: Gruppo di lettura: transformer con memoria", "9b1e77c2-5a0d-4c1e@example.it",
     f"""Io porterei anche un lavoro sul recupero come "memoria esterna":
"{T('2010.00904')}" (De Cao et al., ICLR 2021), cioè GENRE.
Posso presentarlo io il 17 aprile.

Sara
"""),
]
topics = []
for _, n, _, s, _, _ in msgs:
    topics.append(f"{s} ({n})")
D = []
A = D.append
A(f"Send {LIST} mailing list submissions to\n\t{LIST.lower()}@{HOST}\n")
A(f"To subscribe or unsubscribe via the World Wide Web, visit\n\thttps://{HOST}/mailman/listinfo/{LIST.lower()}\n"
  f"or, via email, send a message with subject or body 'help' to\n\t{LIST.lower()}-request@{HOST}\n")
A(f"You can reach the person managing the list at\n\t{LIST.lower()}-owner@{HOST}\n")
A(f"When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of {LIST} digest...\"\n\n")
A("Today's Topics:\n")
for i, t in enumerate(topics, 1):
    A(f"   {i}. {t}")
A("\n\n----------------------------------------------------------------------\n")
for i, (d, n, a, s, mid, body) in enumerate(msgs, 1):
    A(f"Message: {i}\nDate: {format_datetime(d)}\nFrom: {n} <{a}>\nTo: {LIST.lower()}@{HOST}\nSubject: [{LIST}] {s}\n"
      f"Message-ID: <{mid}>\nContent-Type: text/plain; charset=\"utf-8\"\n\n{body}\n------------------------------\n")
A(f"Subject: Digest Footer\n\n_______________________________________________\n{LIST} mailing list\n{LIST.lower()}@{HOST}\n"
  f"https://{HOST}/mailman/listinfo/{LIST.lower()}\n\n\n------------------------------\n")
end = f"End of {LIST} Digest, Vol {VOL}, Issue {ISS}"
A(f"{end}\n{'*' * len(end)}\n")
digest = "\n".join(D)
dsub = f"{LIST} Digest, Vol {VOL}, Issue {ISS}"
fwd_date = dt.datetime(2025, 3, 11, 12, 0, 3, tzinfo=CET)
sent = dt.datetime(2025, 3, 11, 18, 47, 36, tzinfo=CET)
note = f"""Ciao Marco,

ti giro il digest della lista NLP-IT di ieri: c'è la lista di letture per
aprile che ti dicevo. Se vuoi presentare qualcosa scrivi direttamente a Giulia.
Il primo incontro è giovedì 3 aprile.

Un abbraccio,
Chiara


----Messaggio originale----
Da: {LIST.lower()}-request@{HOST}
Data: {fwd_date:%d/%m/%Y %H:%M}
A: <{LIST.lower()}@{HOST}>
Ogg: {dsub}

"""
body = (note + digest).replace("\n", "\r\n")
b64 = base64.b64encode(body.encode("utf-8")).decode("ascii")
lines = [b64[i:i + 76] for i in range(0, len(b64), 76)]
frm, to = "Chiara Rinaldi", "Marco Galli"
hdr = [
    "Return-Path: <chiara.rinaldi@alice.it>",
    f"Received: from [192.0.2.41] by webmail.alice.it; {format_datetime(sent)}",
    f"Date: {format_datetime(sent)}",
    f"From: {frm} <chiara.rinaldi@alice.it>",
    f"To: {to} <marco.galli@example.it>",
    f"Subject: I: {dsub}",
    "Message-ID: <1741715256.7731.0.webmail@alice.it>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "X-Mailer: Alice Mail",
    "X-Priority: 3",
]
raw = "\r\n".join(hdr) + "\r\n\r\n" + "\r\n".join(lines) + "\r\n"
write_raw(F, raw.encode("ascii"), [raw, note + digest, "Chiara Rinaldi", "Marco Galli"], keys(F))
