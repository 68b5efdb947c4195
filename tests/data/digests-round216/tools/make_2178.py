#!/usr/bin/env python3
"""2178: a reading-group digest of the Universiteti i Shkodrës «Luigj Gurakuqi» forwarded from the Zimbra web client
(as remembered: Zimbra's header set — Date, From, To, Message-ID «<n.n.n.JavaMail.zimbra@host>», Subject,
MIME-Version, Content-Type, X-Originating-IP, X-Mailer «Zimbra … (ZimbraWebClient …)», Thread-Topic, Thread-Index —
multipart/alternative with a text and an HTML part, both quoted-printable UTF-8; the forward block «----- Mesazh i
përcjellë -----» with «Nga:», «Për:», «Dërguar:», «Subjekti:» in the Albanian interface). Albanian.
Computed: the Date header (email.utils, weekday asserted), the forwarded «Dërguar:» date before it (asserted), the QP
parts (quopri, lines ≤ 76 asserted), the HTML part from the text, boundary and ids from sha1, CR LF."""
import datetime as dt, hashlib, html, os, quopri, sys
from email.header import Header
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(2178)
DITE = ["e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"]
MUAJ = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"]
TZ = dt.timezone(dt.timedelta(hours=2))
orig = dt.datetime(2026, 4, 14, 18, 12, 40, tzinfo=TZ)
sent = dt.datetime(2026, 4, 15, 8, 3, 17, tzinfo=TZ)
assert orig < sent
osubj = "Grupi i leximit LLM – takimi 6: shkallëzimi dhe para-trajnimi"
body = f"""Përshëndetje Ermal,

po ta përcjell përmbledhjen e Dorinës, meqë nuk ishe në listë. Takimi është të enjten në sallën 212.

Arbër

----- Mesazh i përcjellë -----
Nga: "Dorina Hoxha" <dorina.hoxha@unishk.example.al>
Për: "lexim-llm" <lexim-llm@unishk.example.al>
Dërguar: {DITE[orig.weekday()]}, {orig.day} {MUAJ[orig.month - 1]} {orig.year} {orig:%H:%M:%S}
Subjekti: {osubj}

Të dashur,

për takimin 6 lexojmë për shkallëzimin e modeleve. Renditja që propozoj:

1. Bazat: {T(GPT1)} (Radford et al., 2018) – raporti teknik i OpenAI, i shkurtër.
   Pastaj {T('2005.14165')} (GPT-3) – mjafton seksioni 2 dhe figura 3.8.
2. Paralelizmi: {T('1909.08053')}
   https://arxiv.org/abs/1909.08053
   dhe {T('2006.16668')} – https://arxiv.org/pdf/2006.16668v1.pdf
3. Ekspertët: {T('1701.06538')}
   (versioni i ICLR: https://openreview.net/forum?id={OR('1701.06538')})
4. Modele të hapura: {T('2302.13971')} <http://arxiv.org/abs/2302.13971>
   Kush do krahasim, shikoni edhe {T('2205.01068')} nga Meta, sidomos ditarin e trajnimit.
5. Vlerësimi: {T('2009.03300')} (Hendrycks et al., arXiv:2009.03300) – do ta përdorim
   për testin e vogël në shqip.

Jo artikuj, por të dobishëm: dokumentacioni i DeepSpeed, libri «Natural Language Processing with
Transformers» dhe korpusi i lajmeve shqip që po mbledh Klajdi.

Takimi tjetër: e enjte, ora 17:00, salla 212 (Fakulteti i Shkencave Natyrore).

Dorina
--
Dorina Hoxha
Departamenti i Informatikës, Universiteti i Shkodrës «Luigj Gurakuqi»
"""
body = body.replace("\n", "\r\n")
BR = '<br data-mce-bogus="1">'
hbody = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + \
    "".join("<div>" + (html.escape(l, quote=False) if l else BR) + "</div>" for l in body.split("\r\n")) + \
    "</div></body></html>"
seed = hashlib.sha1(body.encode()).hexdigest()
bnd = "=_" + seed[:8] + "-" + seed[8:12] + "-" + seed[12:16] + "-" + seed[16:20] + "-" + seed[20:32]
ms = int(sent.timestamp() * 1000)
mid = f"<{int(seed[:6], 16)}.{int(seed[6:11], 16)}.{ms}.JavaMail.zimbra@unishk.example.al>"


def qp(s):
    e = quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    assert all(len(l) <= 76 for l in e.split("\r\n"))
    return e


subj = "Fwd: " + osubj
hs = Header(subj, "utf-8").encode(maxlinelen=76).replace("\n", "\r\n")
head = [f"Date: {format_datetime(sent)}", 'From: Arbër Gjoka <arber.gjoka@unishk.example.al>',
        'To: Ermal Kola <ermal.kola@unishk.example.al>', f"Message-ID: {mid}", f"Subject: {hs}", "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; \r\n\tboundary="{bnd}"', "X-Originating-IP: [10.14.2.77]",
        "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF124 (Linux)/9.0.0_GA_4546)",
        "Thread-Topic: " + Header("Grupi i leximit LLM – takimi 6", "utf-8").encode(),
        "Thread-Index: " + __import__("base64").b64encode(bytes.fromhex(seed[:32])).decode()]
head[1] = "From: " + Header("Arbër Gjoka", "utf-8").encode() + " <arber.gjoka@unishk.example.al>"
assert head[0][6:9] == sent.strftime("%a")
msg = "\r\n".join(head) + "\r\n\r\n" + f"--{bnd}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + \
    qp(body) + f"\r\n--{bnd}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + \
    qp(hbody) + f"\r\n--{bnd}--\r\n"
assert all(ord(c) < 128 for c in msg)
write_raw(F, msg.encode("ascii"), [msg, body, html.unescape(hbody)], keys(F))
