#!/usr/bin/env python3
"""2139: a reading-group digest of Klaipėda University forwarded inline from Microsoft Outlook for Windows with a
Lithuanian interface («Nuo: / Išsiųsta: / Kam: / Tema:» after a rule of underscores), saved as .eml: Outlook's header
forms (Thread-Topic, Thread-Index, Accept-Language, Content-Language: lt-LT, X-MS-Has-Attach, X-MS-TNEF-Correlator),
the body text/plain UTF-8 in base64 (lines of 76), CR LF, Subject as a UTF-8 B encoded-word. Lithuanian with English
titles. People, addresses and ids invented. Computed: the Date header (email.utils, weekday asserted), the forwarded
date before the forward (asserted), the base64 body (base64.encodebytes), the encoded-word (email.header)."""
import base64, datetime as dt, os, sys
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2139)
LT_TZ = dt.timezone(dt.timedelta(hours=2))
SENT = dt.datetime(2026, 3, 9, 8, 41, 12, tzinfo=LT_TZ)
ORIG = dt.datetime(2026, 3, 6, 16, 5, tzinfo=LT_TZ)
assert ORIG < SENT
WD = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"]
MEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
       "lapkričio", "gruodžio"]
SUBJ = "Skaitymo grupė: PEFT, vertinimas ir LLM aptarnavimas"
body = f"""Labas, Rūta,

persiunčiu praėjusios savaitės santrauką – ketvirtadienį pristatysi tu, tad pasižiūrėk pirmą dalį.

Gražina

________________________________
Nuo: Mašininio mokymosi skaitymo grupė <ml-skaitymai@ku.example.lt>
Išsiųsta: {ORIG.year} m. {MEN[ORIG.month - 1]} {ORIG.day} d., {WD[ORIG.weekday()]} {ORIG:%H:%M}
Kam: ml-skaitymai@ku.example.lt
Tema: {SUBJ}

Sveiki visi,

kovo mėnesio tema – efektyvus derinimas (PEFT), o balandį pereisime prie vertinimo ir aptarnavimo.

1. PEFT pagrindai
- {T('2106.09685')}: https://arxiv.org/abs/2106.09685
- {T('2303.10512')} - https://arxiv.org/pdf/2303.10512v2
- {T('2110.04366')}
  https://openreview.net/forum?id={OR('2110.04366')}
- {T('2106.10199')}, arXiv:2106.10199 (tik šališkumo nariai, labai trumpas)
- {T('2205.05638')} (http://arxiv.org/abs/2205.05638v2) – IA3, palyginimas su in-context learning

2. Vertinimas (balandis)
Pradėsime nuo BIG-bench: {T('2206.04615')}. Po to Donatas siūlo {T('2306.05685')}, nes planuojame naudoti LLM kaip teisėją savo lietuviškam klausimų rinkiniui.

3. Aptarnavimas
{T('2309.06180')} – vLLM straipsnis; vLLM dokumentacija ir mūsų skaidrės yra Teams aplanke.

Ne straipsniai, bet naudinga: Hugging Face PEFT biblioteka (https://github.com/huggingface/peft), Sebastiano Raschkos knyga „Build a Large Language Model (From Scratch)“.

Susitikimas: ketvirtadienį 15:00, H korpusas, 214 aud.

--
Mašininio mokymosi skaitymo grupė
Klaipėdos universitetas, Informatikos katedra
"""
b64 = base64.encodebytes(body.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
assert all(len(l) <= 76 for l in b64.splitlines())
def ew(t):
    """UTF-8 B encoded-words as Outlook writes them, split so each word stays short"""
    words, cur = [], ""
    for ch in t:
        if len((cur + ch).encode("utf-8")) > 39: words.append(cur); cur = ""
        cur += ch
    words.append(cur)
    return "\r\n ".join("=?utf-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words)
date = format_datetime(SENT)
assert date.startswith(SENT.strftime("%a"))
head = [
 "From: " + ew("Gražina Petrauskienė") + " <grazina.petrauskiene@ku.example.lt>",
 "To: " + ew("Rūta Jankauskienė") + " <ruta.jankauskiene@ku.example.lt>",
 "Subject: " + ew("PERSIŲSTI: " + SUBJ),
 "Thread-Topic: " + ew(SUBJ),
 "Thread-Index: AdyvQk3mT0p4XbJwRiS8v2ZqN1a9Lg==",
 "Date: " + date,
 "Message-ID: <DB9PR04MB8412C6E1A0F3B7D25E9A4C81D1A42@DB9PR04MB8412.eurprd04.prod.example.outlook.com>",
 "Accept-Language: lt-LT, en-US",
 "Content-Language: lt-LT",
 "X-MS-Has-Attach:",
 "X-MS-TNEF-Correlator:",
 "Content-Type: text/plain; charset=\"utf-8\"",
 "Content-Transfer-Encoding: base64",
 "MIME-Version: 1.0",
]
raw = "\r\n".join(head) + "\r\n\r\n" + b64.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, body], keys(F))
