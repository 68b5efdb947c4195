#!/usr/bin/env python3
"""1478: a JISCMail (LISTSERV) list digest forwarded from the Czech webmail Atlas.cz Email: multipart/alternative,
both parts UTF-8 quoted-printable, CR LF, RFC 2047 Q-words in From / To / Cc. The digest's `There are N messages
totaling M lines`, `Topics of the day` (with per-topic counts) and `End of` lines are computed from the modelled
messages; the HTML part is made from the text part."""
import hashlib, html, os, quopri, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys

F = by_num(1478)
KEYS = keys(F)
LIST = "CZSK-ML"
ISSUE = f"{LIST} Digest - 10 Apr 2024 to 11 Apr 2024 (#2024-37)"

# (topic, date, from, subject, body) — topics in the digest's order, messages in time order within a topic
T1 = "Čtenářská skupina 18. 4.: agenti a nástroje"
T2 = "Benchmarky na máj"
T3 = "Místnost a odkaz na Teams"
MSGS = [
 (T1, "Wed, 10 Apr 2024 09:14:22 +0100", "Martin Svoboda <m.svoboda@cs.northbridge.ac.uk>", T1, f"""Ahoj všem,

příští čtvrtek (18. 4.) máme na programu LLM agenty a používání nástrojů.
Navrhuju tyhle tři články, každý zhruba na 20 minut:

1) {T("2303.11366")}
   https://arxiv.org/abs/2303.11366
2) {T("2302.04761")}
   https://arxiv.org/abs/2302.04761
3) {T("2305.16291")}
   https://arxiv.org/abs/2305.16291

Kdo si vezme Voyager? Kód je na GitHubu (MineDojo/Voyager), kdyby někdo
chtěl ukázat demo v Minecraftu, bylo by to fajn.

Martin"""),
 (T1, "Wed, 10 Apr 2024 13:52:07 +0100", "Lucie Novotna <lucie.novotna@inf.ashdown.ac.uk>", "Re: " + T1, f"""Ahoj Martine,

beru Reflexion. A přidala bych jako čtvrtý bod evaluaci, ať víme, jak se
agenti měří na skutečném kódu:

{T("2310.06770")}
https://openreview.net/forum?id=VTF8yNQM66

Leaderboard (swebench.com) se mění každý týden, tak ho jen ukážu, nebudeme
ho rozebírat. SWE-agent je samostatný repozitář, ten bych nechala na jindy.

L."""),
 (T1, "Thu, 11 Apr 2024 08:03:45 +0100", "Peter Kovac <pkovac@maths.kelvingrove.ac.uk>", "Re: " + T1, f"""Ahojte,

ako pozadie k Toolformeru by som pripomenul aj RLHF článok
"{T("2203.02155")}" (arXiv:2203.02155),
stačí kapitola 3, nemusíme ho čítať celý.

A pre tých, čo chcú agenta mimo textu: "{T("2205.06175")}" od DeepMindu
(Gato) - jeden model na hry, robotiku aj chat. Na Voyager sa hlásim ja.

Peter"""),
 (T2, "Wed, 10 Apr 2024 17:30:11 +0100", "Zuzana Horvathova <z.horvathova@stat.ashdown.ac.uk>", T2, f"""Ahojte,

na máj navrhujem jedno stretnutie len o benchmarkoch. Klasika:

- {T("2009.03300")} (MMLU)
- {T("2206.04615")}
  (BIG-bench, stačí úvod a sekcia o škálovaní)

Prakticky by sme si mohli pustiť lm-evaluation-harness na niekoľko
otvorených modelov (Mistral 7B, Llama 2 13B) na školskom GPU. Open LLM
Leaderboard na Hugging Face sa dá použiť na porovnanie.

Z."""),
 (T3, "Thu, 11 Apr 2024 10:41:30 +0100", "Martin Svoboda <m.svoboda@cs.northbridge.ac.uk>", T3, """Místnost: Bancroft Building, 2.14 (jako minule), 17:30-19:00.
Pro vzdálené: odkaz na Teams je v kalendáři skupiny, heslo se nemění.
Pizza bude, pokud se do úterý zapíšete do tabulky.

M."""),
]

rule = "-" * 70
blocks = []
for _, d, fr, s, b in MSGS:
    blocks.append(f"Date:    {d}\nFrom:    {fr}\nSubject: {s}\n\n{b}")
nlines = sum(len(b.split("\n")) for b in blocks)
topics = []
for t, *_ in MSGS:
    if t not in topics: topics.append(t)
toc = "\n".join(f"{i:3d}. {t} ({sum(1 for m in MSGS if m[0] == t)})" for i, t in enumerate(topics, 1))
digest = (f"There are {len(MSGS)} messages totaling {nlines} lines in this issue.\n\nTopics of the day:\n\n{toc}\n\n{rule}\n\n"
          + "\n\n------------------------------\n\n".join(blocks)
          + f"\n\n------------------------------\n\nEnd of {ISSUE}\n" + "*" * len(f"End of {ISSUE}") + "\n")

note = f"""Ahoj Tome,

posílám ti digest z konference {LIST} (ta naše britská česko-slovenská skupina),
ať víš, co se bude číst 18. dubna. Mě nejvíc láká ten SWE-bench a Reflexion.
Kdybys chtěl něco prezentovat, napiš přímo Martinovi, on to organizuje.

Měj se,
Jana

--
Jana Kratochvílová

---------- Původní zpráva ----------
Od: {LIST} automatic digest system <LISTSERV@JISCMAIL.AC.UK>
Komu: {LIST}@JISCMAIL.AC.UK
Datum: 12. 4. 2024 1:00:12
Předmět: {ISSUE}

"""
text = note + digest


def to_html(t):
    out = []
    for line in t.split("\n"):
        e = html.escape(line, quote=False)
        e = re.sub(r"(https?://[^\s&]+)", r'<a href="\1" target="_blank">\1</a>', e)
        out.append(e.replace("  ", "&nbsp; "))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family: Arial, sans-serif; font-size: 13px;">' + "<br>\n".join(out) + "</div></body></html>\n")


def qp(t):
    return quopri.encodestring(t.encode("utf-8"), quotetabs=False).decode("ascii").replace("\n", "\r\n")


def qw(name):
    """an RFC 2047 Q-word as the webmail writes it (letters and digits kept, space as `_`)"""
    return "=?UTF-8?Q?" + "".join(c if (c.isascii() and c.isalnum()) else ("_" if c == " " else "".join(f"={b:02X}" for b in c.encode("utf-8"))) for c in name) + "?="


h = hashlib.sha1(text.encode("utf-8")).hexdigest()
bnd = f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.1712903859{int(h[14:17], 16):03d}"
mid = f"<{h[17:29]}.{h[29:37]}@atlas.cz>"
hdr = [
 "Return-Path: <jana.kratochvilova@atlas.cz>",
 "Received: from wm7.atlas.cz (wm7.atlas.cz [10.33.7.17])",
 "\tby smtp2.atlas.cz (Postfix) with ESMTPA id 4VG0cq3xkMz1Xr",
 "\tfor <horak@cs.brnotech.cz>; Fri, 12 Apr 2024 08:37:41 +0200 (CEST)",
 "Date: Fri, 12 Apr 2024 08:37:39 +0200",
 f"From: {qw('Jana Kratochvílová')} <jana.kratochvilova@atlas.cz>",
 f"To: {qw('Tomáš Horák')} <horak@cs.brnotech.cz>",
 f"Cc: {qw('Petra Dvořáková')} <dvorakova.petra@atlas.cz>",
 f"Subject: Fwd: {ISSUE}",
 f"Message-ID: {mid}",
 "MIME-Version: 1.0",
 "X-Mailer: Atlas.cz Email",
 "X-Originating-IP: [203.0.113.84]",
 "Content-Type: multipart/alternative;",
 f'\tboundary="{bnd}"',
]
parts = []
for ctype, body in (("text/plain", text.replace("\n", "\r\n")), ("text/html", to_html(text))):
    enc = qp(body.replace("\r\n", "\n")) if ctype == "text/plain" else qp(body)
    parts.append(f"--{bnd}\r\nContent-Type: {ctype}; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{enc.rstrip(chr(13) + chr(10))}\r\n")
raw = "\r\n".join(hdr) + "\r\n\r\n" + "This is a multi-part message in MIME format.\r\n\r\n" + "\r\n".join(parts) + f"\r\n--{bnd}--\r\n"
write_raw(F, raw.encode("ascii"), [text, to_html(text), html.unescape(re.sub(r"<br>\n", "\n", to_html(text)))], KEYS)
