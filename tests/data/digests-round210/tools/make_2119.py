#!/usr/bin/env python3
"""2119: a reading-group digest of the invented «Koło Naukowe Uczenia Maszynowego» at UMCS (Uniwersytet Marii
Curie-Skłodowskiej, Lublin), forwarded inline from Apple Mail with a Polish interface («Początek przekazanej
wiadomości:», «Od: / Temat: / Data: / Do:» lines, «9 marca 2026 o 18:02:11 CET»), saved as .eml: CR LF, Apple Mail's
header order and forms (Mime-Version with the build in a quoted comment, Message-Id an upper-case UUID, X-Mailer
«Apple Mail (2.x)»), a single text/plain part in ISO-8859-2, quoted-printable; Subject and From as RFC 2047 Q
encoded-words in ISO-8859-2. Polish. People, addresses, hosts and ids are invented. Computed: the Date header with its
weekday (email.utils), the encoded-words (email.header), the quoted-printable body (quopri; lines ≤ 76 asserted), the
forwarded date before the forward (asserted), «n wiadomości» = the numbered messages."""
import datetime as dt, os, quopri, sys
from email.header import Header
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2119)
CET = dt.timezone(dt.timedelta(hours=1))
SENT = dt.datetime(2026, 3, 10, 9, 14, 22, tzinfo=CET)
ORIG = dt.datetime(2026, 3, 9, 18, 2, 11, tzinfo=CET)
assert ORIG < SENT
MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]
MSGS = [
 ("Zofia Wrona", "Plan na czwartek - dostrajanie",
  [f"Zaczynamy od {T('2106.09685')}: https://arxiv.org/abs/2106.09685",
   f"a potem {T('2305.14314')} - https://arxiv.org/pdf/2305.14314v1 (Tymek pokaże, ile pamięci zjada",
   "4-bitowy model na naszej karcie w pracowni 312).",
   f"Dla porównania: {T('2205.05638')} (http://arxiv.org/abs/2205.05638v2), czyli IA3."]),
 ("Tymoteusz Sowa", "Re: Plan na czwartek - dostrajanie",
  [f"Warto przypomnieć, skąd to się wzięło: adaptery z {T('1902.00751')} (Houlsby i in., ICML 2019).",
   f"Ja bym jeszcze dorzucił {T('2101.00190')}, bo prefiksy to ta sama rodzina co LoRA.",
   "Kod: biblioteka bitsandbytes i repozytorium Unsloth na GitHubie (to nie artykuły, tylko narzędzia)."]),
 ("Marta Kulesza", "Agenci - propozycja na marzec",
  ["Na drugą połowę marca proponuję agentów:",
   f"- {T('2310.06770')}",
   f"  forum na OpenReview: https://openreview.net/forum?id={OR('2310.06770')}",
   f"- {T('2310.11511')}, arXiv:2310.11511 (ICLR 2024)",
   f"- i klasyka z zeszłego roku: {T('2303.11366')} - czytaliśmy tylko wstęp.",
   "Do tego wpis na blogu Lilian Weng o agentach LLM (blog, nie artykuł) i dokumentacja SWE-agent."]),
]
body = ["Cześć wszystkim,", "", "przesyłam dalej wczorajsze podsumowanie z listy koła, bo nie wszyscy są zapisani.",
        "W czwartek sala 312, godz. 16:15.", "", "Pozdrawiam,", "Paweł", "", "", "Początek przekazanej wiadomości:", "",
        "Od: Koło Naukowe UM <kolo-um@lists.umcs.example.pl>",
        "Temat: Podsumowanie tygodnia nr 5",
        f"Data: {ORIG.day} {MIES[ORIG.month - 1]} {ORIG.year} o {ORIG:%H:%M:%S} CET",
        "Do: kolo-um@lists.umcs.example.pl", "",
        "Podsumowanie tygodnia nr 5", f"W tym wydaniu {len(MSGS)} wiadomości.", ""]
for i, (who, subj, lines) in enumerate(MSGS, 1):
    body += [f"{i}. {who}: {subj}", ""] + lines + [""]
body += ["--", "Koło Naukowe Uczenia Maszynowego UMCS", "Wypisz się: https://lists.umcs.example.pl/kolo-um/wypisz", ""]
btext = "\n".join(body)
qp = quopri.encodestring(btext.encode("iso-8859-2")).decode("ascii")
for l in qp.split("\n"):
    assert len(l) <= 76, l
frm = Header("Paweł Grabowski", "iso-8859-2").encode() + " <pawel.grabowski@umcs.example.pl>"
subj = Header("Fwd: Podsumowanie tygodnia nr 5 (dostrajanie, agenci)", "iso-8859-2").encode()
head = [f"From: {frm}",
        "Content-Type: text/plain;", "\tcharset=iso-8859-2",
        "Content-Transfer-Encoding: quoted-printable",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))",
        f"Subject: {subj}",
        "Message-Id: <4C2E81A7-93D5-4F0B-A1E6-7B5D0C9F2E31@umcs.example.pl>",
        f"Date: {format_datetime(SENT)}",
        "To: Seminarium ML <seminarium-ml@umcs.example.pl>",
        "X-Mailer: Apple Mail (2.3774.500.171.1.1)", ""]
assert format_datetime(SENT).startswith("Tue, 10 Mar 2026 09:14:22 +0100")
raw = "\r\n".join(head) + "\r\n" + qp.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, btext], keys(F))
