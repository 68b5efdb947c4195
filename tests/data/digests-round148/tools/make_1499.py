#!/usr/bin/env python3
"""1499: an .eml saved from Citromail (the Hungarian webmail): a member forwards yesterday's digest of a reading group's
mailing list hosted on Simplelists to a colleague. multipart/alternative, both parts UTF-8 in base64 (76-column lines,
CR LF), From / To / Subject as RFC 2047 B-words. The text part: a Hungarian note, Citromail's forward block
(`---------- Továbbított üzenet ----------`, Feladó / Dátum / Tárgy / Címzett) and the Simplelists digest (header line
with its message count, `Topics covered in this digest:`, messages separated by 70 dashes with Message / From / Date /
Subject, the footer); the HTML part is made from the text part. Ids, boundary and times are computed. Not papers: the
Hugging Face PEFT library, bitsandbytes, the lab GPU, a meetup room. Nicknames: LoRA, QLoRA, P-tuning, (IA)³, adapters —
labelled where the full titles are written."""
import base64, datetime as dt, hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F1499, keys

LIST = "hu-ml-olvaso"
TZ = dt.timezone(dt.timedelta(hours=2))
MSGS = [
    ("Tóth Gergely", "toth.gergely@inf.szegedtech.hu", dt.datetime(2024, 5, 13, 10, 14, 22, tzinfo=TZ),
     "PEFT olvasmányok a júniusi alkalomra", f"""Sziasztok!

A júniusi alkalom témája a paraméterhatékony finomhangolás (PEFT). Javaslatom a sorrendre:

1. {T('2110.04366')}
   https://openreview.net/forum?id={OR('2110.04366')}
   (ezzel kezdenék, ez rendszerezi a többit)
2. {T('1902.00751')} (Houlsby és mtsai, ICML 2019) - az "adapter" cikk
3. {T('2101.00190')} (arXiv:2101.00190)
4. {T('2106.09685')}
   https://arxiv.org/abs/2106.09685

A 2. és 3. rövid, a 4.-hez érdemes megnézni a Hugging Face PEFT könyvtár
dokumentációját is (nem cikk, de a kísérletekhez azt használjuk).

Üdv,
Gergely
"""),
    ("Nagy Eszter", "nagy.eszter@gmail.com", dt.datetime(2024, 5, 13, 13, 2, 51, tzinfo=TZ),
     "Re: PEFT olvasmányok a júniusi alkalomra", f"""Szia Gergely,

jó lista! Kettőt tennék még hozzá, ha belefér az időbe:

- {T('2103.10385')} (ez a P-tuning)
- {T('2205.05638')} - itt van az (IA)^3, a T-Few receptje

Linket most nem találok hozzájuk, de a címre keresve megvannak.

Eszter

> 1. {T('2110.04366')}
> 2. {T('1902.00751')} (Houlsby és mtsai, ICML 2019) - az "adapter" cikk
"""),
    ("Farkas Ádám", "farkas.adam@ttk.pecsiegyetem.hu", dt.datetime(2024, 5, 13, 18, 40, 9, tzinfo=TZ),
     "QLoRA kísérlet a laborgépen", f"""Sziasztok,

kipróbáltam a QLoRA-t a labor RTX A6000-es gépén, bitsandbytes 0.43-mal.
A cikk: {T('2305.14314')}
https://arxiv.org/abs/2305.14314

Alapmodellnek az OPT-6.7B-t vettem, mert a licence rendben van nálunk:
{T('2205.01068')}
https://arxiv.org/pdf/2205.01068

4 bites NF4 kvantálással 13 GB körül van a memória. A notebookot feltöltöttem a
közös mappába (qlora_opt_proba.ipynb).

Ádám
"""),
    ("Szűcs Katalin", "szucs.katalin@inf.szegedtech.hu", dt.datetime(2024, 5, 13, 21, 5, 37, tzinfo=TZ),
     "Helyszín: június 6., Q épület", """Sziasztok,

a júniusi alkalom helye: Q épület, QB-203, június 6. (csütörtök) 17:00.
Pizza lesz, kérlek jelezzétek a részvételt a táblázatban péntekig.

Kati
"""),
]
RULE = "-" * 70
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc(d):
    return f"{EN_WD[d.weekday()]}, {d.day:02d} {EN_MON[d.month - 1]} {d.year} {d:%H:%M:%S} +0200"


digest = [f"{LIST} digest: {len(MSGS)} messages", "", "Topics covered in this digest:"]
digest += [f"  {i}. {s}" for i, (_, _, _, s, _) in enumerate(MSGS, 1)]
for i, (n, a, d, s, b) in enumerate(MSGS, 1):
    digest += ["", RULE, f"Message: {i}", f'From: "{n}" <{a}>', f"Date: {rfc(d)}", f"Subject: {s}", "", b.rstrip("\n")]
digest += ["", RULE, f"You are receiving this digest because you are subscribed to {LIST}.",
           f"To post to the list, email {LIST}@simplelists.com",
           f"To change your subscription settings: https://www.simplelists.com/subscription/{LIST}/", ""]
SUBJ = f"{LIST} digest: {len(MSGS)} messages"
FWD_D = dt.datetime(2024, 5, 13, 23, 59, tzinfo=TZ)
SENT = dt.datetime(2024, 5, 14, 8, 47, 12, tzinfo=TZ)
text = f"""Szia Bence!

Továbbítom a tegnapi összefoglalót, mert te nem vagy fent a listán. A júniusi alkalomra
Gergely és Eszter listájából válassz egyet, amit bemutatnál (a LoRA-s már foglalt, azt én viszem).
Ádám QLoRA-s notebookja a közös mappában van.

Üdv,
Réka

---------- Továbbított üzenet ----------
Feladó: {LIST}@simplelists.com
Dátum: {FWD_D.year}. május {FWD_D.day}. {FWD_D:%H:%M}
Tárgy: {SUBJ}
Címzett: kovacs.reka@citromail.hu

""" + "\n".join(digest)


def to_html(t):
    out = []
    for line in t.split("\n"):
        e = html.escape(line, quote=False)
        e = re.sub(r"(https://[^\s&]+)", r'<a href="\1" target="_blank">\1</a>', e)
        out.append(e.replace("  ", "&nbsp; ") or "<br>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family: Arial, sans-serif; font-size: 13px;">' + "\n".join(f"<div>{l}</div>" for l in out) + "</div></body></html>\n")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


h = hashlib.sha256(text.encode()).hexdigest()
BND = f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:20], 16)}"
HTML = to_html(text)
head = [
    "Return-Path: <kovacs.reka@citromail.hu>",
    f"Received: from [192.168.1.34] (catv-89-135-77-12.catv.fixed.vodafone.hu [89.135.77.12]) by smtp.citromail.hu (Postfix) with ESMTPSA id 4VdK3r1Xq2z1Wm for <szabo.bence@bme-vik.hu>; {rfc(SENT + dt.timedelta(seconds=2))} (CEST)",
    f"Date: {rfc(SENT)}",
    f"From: {bword('Kovács Réka')} <kovacs.reka@citromail.hu>",
    f"To: {bword('Szabó Bence')} <szabo.bence@bme-vik.hu>",
    f"Subject: Fw: {SUBJ}",
    f"Message-ID: <{h[20:36]}.{h[36:44]}@citromail.hu>",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative;\r\n boundary="{BND}"',
    "X-Mailer: Citromail webmail",
]
body = (f"This is a multi-part message in MIME format.\r\n\r\n--{BND}\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{b64(text.replace(chr(10), chr(13) + chr(10)))}\r\n--{BND}\r\n"
        f"Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(HTML)}\r\n--{BND}--\r\n")
eml = "\r\n".join(head) + "\r\n\r\n" + body
write_raw(F1499, eml.encode("ascii"), [eml, text, HTML, html.unescape(HTML)], keys(F1499))
