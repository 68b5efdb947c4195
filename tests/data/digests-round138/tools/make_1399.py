#!/usr/bin/env python3
"""1399: a Google Alerts daily digest (three alerts, Hebrew interface hl=iw) forwarded from Gmail by a Tel-Aviv-like
student to her lab's list, as "Download message" saves it: CR LF, multipart/alternative, both parts quoted-printable
UTF-8 (soft line breaks at 76, `=3D`, `=D7=..` for every Hebrew byte), Gmail's forward header in Hebrew, the alert's
links wrapped in google.com/url redirects (`&amp;` in the HTML part), matched query words in <b> inside the HTML titles."""
import os, sys, quopri, html, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys

F = by_num(1399)


def tok(s, n):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def cd(i):
    return "CAEYA" + "ABCDEFGH"[i % 8] + "qGTE3" + tok("cd%d" % i, 12).upper()


def gurl(u, i):
    return f"https://www.google.com/url?rct=j&sa=t&url={u}&ct=ga&cd={cd(i)}&usg=AOvVaw{tok(u, 22)}"


ALERTS = [
  ("diffusion model arxiv", [
    ("web", f"[2403.03206] {T('2403.03206')}", "arXiv", "https://arxiv.org/abs/2403.03206",
     "Diffusion models create data from noise by inverting the forward paths of data towards noise and have emerged as a powerful generative modeling technique ...", ["Image Synthesis"]),
    ("web", f"{T('2105.05233')}", "NeurIPS Proceedings", "https://proceedings.neurips.cc/paper/2021/hash/49ad23d1ec9fa4bd8d77d02681df5cfa-Abstract.html",
     "We show that diffusion models can achieve image sample quality superior to the current state-of-the-art generative models ...", ["Diffusion Models"]),
    ("web", f"{T('2204.06125')}", "OpenAI", "https://cdn.openai.com/papers/dall-e-2.pdf",
     "[PDF] Contrastive models like CLIP have been shown to learn robust representations of images that capture both semantics and style ...", []),
    ("news", "Stability AI משחררת את Stable Diffusion 3 Medium לקהילה", "גיקטיים (דוגמה)", "https://www.geektime-example.co.il/stable-diffusion-3-medium/",
     "החברה הלונדונית פרסמה את המשקלים של גרסת ה-Medium של המודל, יחד עם דו&quot;ח טכני ...", ["Diffusion"]),
  ]),
  ("score-based generative model", [
    ("web", f"[2106.05931] {T('2106.05931')}", "arXiv", "https://arxiv.org/abs/2106.05931",
     "Score-based generative models (SGMs) have recently demonstrated impressive results in terms of both sample quality and distribution coverage ...", ["Score-based Generative"]),
    ("web", f"{T('1907.05600')}", "NeurIPS Proceedings", "https://proceedings.neurips.cc/paper/2019/hash/3001ef257407d5a371a96dcd947c7d93-Abstract.html",
     "We introduce a new generative model where samples are produced via Langevin dynamics using gradients of the data distribution estimated with score matching ...", ["Generative"]),
    ("web", f"{T('1503.03585')}", "Proceedings of Machine Learning Research", "https://proceedings.mlr.press/v37/sohl-dickstein15.html",
     "A central problem in machine learning involves modeling complex data-sets using highly flexible families of probability distributions ...", []),
    ("web", "huggingface/diffusers: Diffusers: State-of-the-art diffusion models ...", "GitHub", "https://github.com/huggingface/diffusers",
     "Diffusers is the go-to library for state-of-the-art pretrained diffusion models for generating images, audio, and even 3D structures ...", []),
  ]),
  ("classifier-free guidance OR DDIM sampler", [
    ("web", f"{T('2010.02502')} | OpenReview", "OpenReview", f"https://openreview.net/forum?id={OR('2010.02502')}",
     "DDPMs have achieved high quality image generation without adversarial training, yet they require simulating a Markov chain ...", ["DDIM"]),
    ("web", f"{T('2207.12598')} | Papers With Code", "Papers With Code", "https://paperswithcode.com/paper/classifier-free-diffusion-guidance",
     "Jonathan Ho, Tim Salimans · arXiv:2207.12598 · Classifier guidance is a recently introduced method to trade off mode coverage and sample fidelity ...", ["Classifier-Free", "Guidance"]),
    ("discussions", "What does the CFG scale actually do? : r/StableDiffusion", "Reddit", "https://www.reddit.com/r/StableDiffusion/comments/1b8xq2k/what_does_the_cfg_scale_actually_do/",
     "CFG 7 is the default in most UIs, but with SDXL I get better results around 5 ... the DDIM sampler is deterministic if eta is 0 ...", ["CFG", "DDIM"]),
  ]),
]
SEC_HE = {"web": "אינטרנט", "news": "חדשות", "discussions": "דיונים"}
MSGID = "e0a4c1d2b3f46a58"
Q = lambda s: "&amp;".join(s.split("&"))


def n_results(k):
    return "תוצאה חדשה אחת" if k == 1 else f"{k} תוצאות חדשות"


# ---- the alert's own text/plain
plain = []
i = 0
for q, items in ALERTS:
    secs = []
    for it in items:
        if it[0] not in secs: secs.append(it[0])
    for s in secs:
        its = [it for it in items if it[0] == s]
        plain.append(f"=== {SEC_HE[s]} - {n_results(len(its))} עבור [{q}] ===")
        plain.append("")
        for it in its:
            plain += [html.unescape(it[1]), it[2], html.unescape(it[4]), f"<{gurl(it[3], i)}>", ""]
            i += 1
plain += ["- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
          "ביטול הרשמה להתראת Google זו:",
          f"<https://www.google.com/alerts/remove?source=alertsmail&hl=iw&gl=IL&msgid={MSGID}&s=AB2Xq4h{tok('rm', 20)}>",
          "", "יצירת התראת Google חדשה:", f"<https://www.google.com/alerts?source=alertsmail&hl=iw&gl=IL&msgid={MSGID}>",
          "", "היכנס כדי לנהל את ההתראות שלך:", f"<https://www.google.com/alerts?source=alertsmail&hl=iw&gl=IL&msgid={MSGID}>"]

# ---- the alert's own text/html (simplified to Google's table layout)
def bold(title, words):
    t = html.escape(html.unescape(title), quote=False)
    for w in words:
        t = t.replace(w, f"<b>{w}</b>", 1)
    return t

h = ['<div dir="rtl" style="font-family:arial,sans-serif;max-width:600px">',
     '<table cellpadding="0" cellspacing="0" border="0" style="width:100%"><tr><td style="padding:18px 0">'
     '<a href="https://www.google.com/alerts?source=alertsmail&amp;hl=iw&amp;gl=IL&amp;msgid=' + MSGID + '" style="text-decoration:none">'
     '<span style="font-size:22px;color:#737373">התראות Google</span></a></td></tr></table>']
i = 0
for q, items in ALERTS:
    h.append(f'<table cellpadding="0" cellspacing="0" border="0" style="width:100%;border-top:1px solid #e4e4e4"><tr><td style="padding:12px 0 4px 0">'
             f'<span style="font-size:12px;color:#737373">התראת Google - </span><span style="font-size:18px;color:#262626">{html.escape(q)}</span></td></tr>')
    secs = []
    for it in items:
        if it[0] not in secs: secs.append(it[0])
    for s in secs:
        h.append(f'<tr><td style="padding:10px 0 0 0;font-size:12px;color:#737373;text-transform:uppercase">{SEC_HE[s]}</td></tr>')
        for it in items:
            if it[0] != s: continue
            u = Q(gurl(it[3], i)); i += 1
            h.append(f'<tr><td style="padding:8px 0"><a href="{u}" style="color:#1a0dab;font-size:16px;text-decoration:none" dir="ltr">{bold(it[1], it[5])}</a>'
                     f'<div style="font-size:13px;color:#006621">{it[2]}</div>'
                     f'<div style="font-size:13px;color:#545454" dir="auto">{it[4]}</div></td></tr>')
    h.append('</table>')
h.append(f'<p style="font-size:12px;color:#737373">התראה זו נשלחה אל noa.lev.research@gmail.com. '
         f'<a href="https://www.google.com/alerts/remove?source=alertsmail&amp;hl=iw&amp;gl=IL&amp;msgid={MSGID}&amp;s=AB2Xq4h{tok("rm", 20)}">ביטול הרשמה</a> | '
         f'<a href="https://www.google.com/alerts?source=alertsmail&amp;hl=iw&amp;gl=IL&amp;msgid={MSGID}">הצגת כל ההתראות שלך</a></p></div>')

NOTE = ["היי לכולם,", "",
        "מעבירה את התקציר של ההתראות מהבוקר. שלושה דברים לקריאה לפני יום חמישי:",
        "- מאמר ה-SD3 (הראשון ברשימה) - יונתן מציג אותו בסמינר.",
        "- ה-DDIM ב-OpenReview: שימו לב לתגובות של הסוקרים, יש שם דיון על ה-eta.",
        "- הקישור ל-diffusers זה רק הספרייה, לא מאמר :)",
        "", "נועה", ""]
FWD = ["---------- הודעה שהועברה ---------",
       "מאת: התראות Google <googlealerts-noreply@google.com>",
       "תאריך: יום ב׳, 11 במרץ 2024 ב-7:12",
       "נושא: התראת Google - תקציר יומי",
       "אל: <noa.lev.research@gmail.com>", "", ""]
plain_all = "\n".join(NOTE + FWD + plain) + "\n"
html_all = ('<div dir="rtl">' + "<br>".join(html.escape(x, quote=False) for x in NOTE[:-1]) + '</div><br>'
            '<div class="gmail_quote"><div dir="rtl" class="gmail_attr">---------- הודעה שהועברה ---------<br>'
            'מאת: <strong class="gmail_sendername" dir="auto">התראות Google</strong> <span dir="auto">&lt;<a href="mailto:googlealerts-noreply@google.com">googlealerts-noreply@google.com</a>&gt;</span><br>'
            'תאריך: יום ב׳, 11 במרץ 2024 ב-7:12<br>נושא: התראת Google - תקציר יומי<br>אל: &lt;<a href="mailto:noa.lev.research@gmail.com">noa.lev.research@gmail.com</a>&gt;<br></div><br><br>'
            + "".join(h) + '</div></div>\n')


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


B = "000000000000" + tok("boundary", 16)
hdr = ["Return-Path: <noa.lev.research@gmail.com>",
       "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
       "        by mx.google.com with SMTPS id a7-20020a05600c2d0700b00412e5a1c3f1sor2291470wmj.3.2024.03.11.00.31.18",
       "        for <diffusion-lab@googlegroups.com>",
       "        (Google Transport Security);",
       "        Mon, 11 Mar 2024 00:31:18 -0700 (PDT)",
       "MIME-Version: 1.0",
       "References: <" + tok("orig", 16) + "-alerts@google.com>",
       "In-Reply-To: <" + tok("orig", 16) + "-alerts@google.com>",
       "From: =?UTF-8?B?16DXldei15Qg15zXmdeR?= <noa.lev.research@gmail.com>",
       "Date: Mon, 11 Mar 2024 09:31:05 +0200",
       "Message-ID: <CAH7fQ" + tok("mid", 30) + "@mail.gmail.com>",
       "Subject: =?UTF-8?B?" + __import__("base64").b64encode("Fwd: התראת Google - תקציר יומי".encode()).decode() + "?=",
       "To: diffusion-lab@googlegroups.com",
       f'Content-Type: multipart/alternative; boundary="{B}"']
body = ["", f"--{B}", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "",
        qp(plain_all).rstrip("\n"), "", f"--{B}", 'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable", "", qp(html_all).rstrip("\n"), "", f"--{B}--", ""]
raw = "\n".join(hdr + body).replace("\n", "\r\n")
import re
write_raw(F, raw.encode("ascii"), [plain_all, re.sub(r"<[^>]+>", "", html.unescape(html_all)), html.unescape(html_all)], keys(F))
