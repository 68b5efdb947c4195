#!/usr/bin/env python3
"""1879: a mail forwarded from Libero Mail (the webmail of the Italian portal Libero), saved as .eml: CR LF, ASCII,
header fields, one text/plain UTF-8 part in quoted-printable (Python's quopri over the LF text, then CR LF). The note
(Italian) forwards, inline under «---------- Messaggio inoltrato ----------» with «Da: / Data: / A: / Oggetto:», the
weekly digest of a reading-group mailing list («lettura-attenzione Digest, Vol 2, Numero 9»: «Argomenti del giorno»
numbered, then the messages with «Messaggio: n»). People, addresses, the list, its host and ids are invented;
the Long Range Arena leaderboard, xformers and the blog post «The Annotated Transformer» appear as what they are.
Computed: the Rome dates with weekdays and offsets (CET/CEST by the EU rule), the digest's topics = its messages
(asserted), the inner date before the mail (asserted), quoted-printable by quopri."""
import datetime as dt, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1879)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
IT_WD = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MO = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def rome_off(d):
    def last_sun(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return "+0200" if last_sun(d.year, 3) <= d.date() < last_sun(d.year, 10) else "+0100"


def rfc(d): return f"{WD[d.weekday()]}, {d.day:02d} {MO[d.month - 1]} {d.year} {d:%H:%M:%S} {rome_off(d)}"


def itd(d): return f"{IT_WD[d.weekday()]} {d.day} {IT_MO[d.month - 1]} {d.year} alle ore {d:%H:%M}"


MAIL = dt.datetime(2026, 3, 30, 8, 41, 17)
DIG = dt.datetime(2026, 3, 28, 12, 0, 3)
assert DIG < MAIL
MSGS = [
    ("Letture per aprile", "Chiara Benedetti", "c.benedetti@unidigest.example.it",
     f"Ciao a tutti,\nper aprile propongo di partire dal classico {T('1706.03762')} e poi passare ai modelli\n"
     f"che evitano l'attenzione quadratica:\n- {T('2009.14794')} https://openreview.net/forum?id={OR('2009.14794')}\n"
     f"- {T('2103.02143')} https://arxiv.org/abs/2103.02143\nChiara"),
    ("Re: Letture per aprile", "Davide Ferrara", "dferrara@unidigest.example.it",
     f"Aggiungerei {T('2005.00743')} (arXiv:2005.00743): mette in dubbio che servano davvero\n"
     "i prodotti scalari tra token. Per i confronti c'è la classifica di Long Range Arena.\nDavide"),
    ("Contesti lunghi", "Giulia Marchetti", "giulia.marchetti@unidigest.example.it",
     f"Per la parte sui contesti lunghi: {T('1901.02860')}\nhttps://arxiv.org/pdf/1901.02860v3 e {T('2007.14062')}"
     " (quello con attenzione sparsa,\nglobale + finestra + casuale). Se avanza tempo anche\n"
     f"{T('2002.09402')}.\nGiulia"),
    ("RetNet?", "Davide Ferrara", "dferrara@unidigest.example.it",
     f"Qualcuno ha provato {T('2307.08621')}? http://arxiv.org/abs/2307.08621v2\n"
     "Io ho solo letto il codice in xformers, niente esperimenti.\nDavide"),
]
dig = ["Invia i messaggi per la lista lettura-attenzione a", "\tlettura-attenzione@liste.unidigest.example.it", "",
       "Argomenti del giorno:", ""]
dig += [f"   {i}. {s} ({n})" for i, (s, n, _, _) in enumerate(MSGS, 1)]
dig += ["", "", "----------------------------------------------------------------------", ""]
for i, (s, n, a, b) in enumerate(MSGS, 1):
    dig += [f"Messaggio: {i}", f"From: {n} <{a}>", f"Subject: {s}", ""] + b.split("\n") + ["", "", "------------------------------", ""]
dig += ["Fine di lettura-attenzione Digest, Vol 2, Numero 9", "**************************************************"]
SUBJ = "lettura-attenzione Digest, Vol 2, Numero 9"
note = ["Ciao Marco,", "ti giro il digest della lista: ci sono le letture di aprile, se vuoi unirti al gruppo.",
        "Il link di Chiara alla versione OpenReview è quello giusto, l'ho controllato.",
        "Per chi parte da zero consiglio anche il post «The Annotated Transformer».", "", "Sara", "",
        "---------- Messaggio inoltrato ----------",
        "Da: lettura-attenzione-request@liste.unidigest.example.it", f"Data: {itd(DIG)}",
        "A: sara.colombo86@libero.it", f"Oggetto: {SUBJ}", ""]
text = "\n".join(note + dig) + "\n"
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
head = [f"Date: {rfc(MAIL)}", "From: Sara Colombo <sara.colombo86@libero.it>", "To: marco.rinaldi@unidigest.example.it",
        f"Subject: I: {SUBJ}", "Message-ID: <1743320477.7719.1904@webmail.libero.it>", "MIME-Version: 1.0",
        "X-Mailer: Libero Mail", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
raw = "\r\n".join(head) + "\r\n\r\n" + qp.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
