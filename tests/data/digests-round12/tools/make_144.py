#!/usr/bin/env python3
"""Builds digests/144_mbox_reading_group_scaling_thread.mbox: four messages exported from a Gmail label
("rg-scaling") by Google Takeout, as one mbox file.

Written as Takeout writes it: each message starts with a `From <thread-id>@xxx <date>` separator line, then
X-GM-THRID / X-Gmail-Labels, the transport headers (Delivered-To, Received, Return-Path, a folded DKIM-Signature,
ARC/Authentication-Results left out), Date / From / To / Subject / Message-ID / In-Reply-To / References;
subjects with non-ASCII text as RFC 2047 encoded words (`=?UTF-8?Q?…?=`, one split over two encoded words, one
`=?UTF-8?B?…?=`); body lines that begin with "From " escaped as ">From " (mboxo), messages separated by an empty line.
Message 1 is a newsletter: multipart/alternative with a text/plain part in quoted-printable (UTF-8, soft line
breaks `=` + newline at 76 columns wherever they fall — inside titles and URLs —, `=E2=80=9C` curly quotes,
`=3D`) and a text/html part in base64 (tracking-redirect links with percent-encoded targets). Message 2 is a
Google Scholar alert: text/html only, quoted-printable (`href=3D"…scholar_url?url=3Dhttps://arxiv.org/pdf/…"`).
Message 3 is a colleague's reply: text/plain, 8bit UTF-8, quoting the newsletter with "> ". Message 4 is the
organiser's answer: multipart/mixed with a quoted-printable text/plain part and a base64 text/plain attachment
(the week plan)."""
import base64
import email.charset
import os
import quopri
import re
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "144_mbox_reading_group_scaling_thread.mbox")

QP = email.charset.Charset("utf-8")
QP.body_encoding = email.charset.QP
B64 = email.charset.Charset("utf-8")
B64.body_encoding = email.charset.BASE64


def qp_part(text, subtype="plain", top=False):
    p = MIMEText("", subtype, "utf-8")
    del p["Content-Transfer-Encoding"]
    if not top:
        del p["MIME-Version"]
    p.set_payload(quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii"))
    p["Content-Transfer-Encoding"] = "quoted-printable"
    return p


def b64_part(text, subtype="html"):
    p = MIMEText("", subtype, "utf-8")
    del p["Content-Transfer-Encoding"]
    del p["MIME-Version"]
    b = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    p.set_payload(b)
    p["Content-Transfer-Encoding"] = "base64"
    return p


def eight_bit(text):
    p = MIMEText("", "plain", "utf-8")
    del p["Content-Transfer-Encoding"]
    p.set_payload(text)
    p["Content-Transfer-Encoding"] = "8bit"
    return p


def headers(msg, pre, main):
    """pre: Takeout + transport headers placed first; main: the usual ones"""
    items = list(msg.items())
    for k in [k for k, _ in items]:
        del msg[k]
    for k, v in pre + main:
        msg[k] = v
    for k, v in items:
        if k not in dict(pre + main):
            msg[k] = v
    return msg


DKIM = ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=gradientstep.example;\n\ts=mx1; t=1709798063;\n"
        "\tbh=8kqY0Jp1f0Wm4f3q0m3mGm8l1b5x7L3Pj9ZkHq2hXgY=;\n"
        "\th=From:To:Subject:Date:List-Unsubscribe:From;\n"
        "\tb=QmS1k0VZpYfY9vS3dY8m2qYc1m1mE0bBv2s2lJ8G9L2yRkq3nN8dQ1h3P6qT0rA7d\n"
        "\t XyZ1vB4q8N0cS2Jk5mW6pE7tR9uY3iO1aD4fG5hJ6kL7zX8cV9bN0mQ1wE2rT3yU4i")

# ---------------------------------------------------------------- 1. newsletter

NL_TEXT = """\
View this email in your browser: https://gradientstep.example/p/112

THE GRADIENT STEP #112 — scaling laws, emergence, and what comes after
Thursday 7 March 2024 · 6 min read

Hi friends,

This week is a throwback issue: our reading group (and, judging by the replies to #111, half of you) is going back to the scaling papers before the next round of "is it emergent or is it the metric" arguments. Five papers, in the order I'd read them.

📚 THE READING LIST

1. “Scaling Laws for Neural Language Models” — Kaplan, McCandlish, Henighan, Brown et al. (2020)
   https://arxiv.org/abs/2001.08361
   Power laws in parameters, data and compute, over seven orders of magnitude. Figure 1 is the one everyone remembers; section 6 (the optimal allocation) is the one that later turned out to be wrong.

2. Training Compute-Optimal Large Language Models — Hoffmann et al. (2022)
   The “Chinchilla” paper. Same question, three estimation approaches, and the conclusion that parameters and tokens should grow in equal proportion. Read appendix D before you quote the 20-tokens-per-parameter rule.

3. PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311)
   540B parameters on 6144 TPU v4 chips. The "discontinuous improvements" on some BIG-bench tasks in section 6.3 are where the emergence story starts.

4. Emergent Abilities of Large Language Models — Wei, Tay, Bommasani et al., TMLR
   https://arxiv.org/abs/2206.07682
   Defines emergence as "not present in smaller models but present in larger models" and collects 137 examples.

5. Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models
   BIG-bench itself: 204 tasks, 450 authors. Skim the task taxonomy, read the calibration section.

🎧 LISTEN: our podcast episode with a scaling-laws skeptic is up (42 min): https://gradientstep.example/podcast/41

💼 JOBS: Tessellate AI is hiring research engineers for pretraining infrastructure (Berlin / remote EU). Apply: https://jobs.gradientstep.example/tessellate-re

Sponsored — Run your evals 3× faster with Benchwright. Free tier for academics: https://benchwright.example/?utm_source=gradientstep&utm_medium=email&utm_campaign=112

That's it for this week. Reply to this email if you want to join the reading group call on 14 March.

— Hanna

You are receiving this because you subscribed at gradientstep.example. Unsubscribe: https://gradientstep.example/unsubscribe?e=j.kowalczyk%40uni-rosenau.example&id=6f1c0e
The Gradient Step · Mühlenweg 4 · 18055 Rostock · Germany
"""

R = "https://gradientstep.example/c/eJxNjkEOgjAQRe9ylhSYi?u="
NL_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>The Gradient Step #112</title>
<style>body{{font-family:Georgia,serif;color:#1d1d1f}} .item{{margin:0 0 18px}} .meta{{color:#6e6e73;font-size:13px}}</style>
</head><body>
<div style="display:none;max-height:0;overflow:hidden">Five scaling papers, in the order I'd read them.&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" role="presentation"><tr><td>
<p class="meta"><a href="https://gradientstep.example/p/112">View in browser</a></p>
<h1>The Gradient Step #112 — scaling laws, emergence, and what comes after</h1>
<p class="meta">Thursday 7 March 2024 · 6 min read</p>
<p>Hi friends,</p>
<p>This week is a throwback issue: our reading group (and, judging by the replies to #111, half of you) is going back to the scaling papers before the next round of &ldquo;is it emergent or is it the metric&rdquo; arguments. Five papers, in the order I&rsquo;d read them.</p>
<h2>📚 The reading list</h2>
<div class="item"><p><b>1.</b> <a href="{R}https%3A%2F%2Farxiv.org%2Fabs%2F2001.08361&amp;s=a91c">&ldquo;Scaling Laws for Neural Language Models&rdquo;</a> &mdash; Kaplan, McCandlish, Henighan, Brown et al. (2020)</p>
<p>Power laws in parameters, data and compute, over seven orders of magnitude. Figure&nbsp;1 is the one everyone remembers; section&nbsp;6 (the optimal allocation) is the one that later turned out to be wrong.</p></div>
<div class="item"><p><b>2.</b> <strong>Training Compute-Optimal Large Language Models</strong> &mdash; Hoffmann et al. (2022)</p>
<p>The &ldquo;Chinchilla&rdquo; paper. Same question, three estimation approaches, and the conclusion that parameters and tokens should grow in equal proportion. Read appendix&nbsp;D before you quote the 20-tokens-per-parameter rule.</p></div>
<div class="item"><p><b>3.</b> <strong>PaLM: Scaling Language Modeling with Pathways</strong> (arXiv:2204.02311)</p>
<p>540B parameters on 6144 TPU v4 chips. The &ldquo;discontinuous improvements&rdquo; on some BIG-bench tasks in section&nbsp;6.3 are where the emergence story starts.</p></div>
<div class="item"><p><b>4.</b> <a href="{R}https%3A%2F%2Farxiv.org%2Fabs%2F2206.07682&amp;s=77e0">Emergent Abilities of Large Language Models</a> &mdash; Wei, Tay, Bommasani et al., <i>TMLR</i></p>
<p>Defines emergence as &ldquo;not present in smaller models but present in larger models&rdquo; and collects 137 examples.</p></div>
<div class="item"><p><b>5.</b> <strong>Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models</strong></p>
<p>BIG-bench itself: 204 tasks, 450 authors. Skim the task taxonomy, read the calibration section.</p></div>
<h2>🎧 Listen</h2>
<p>Our podcast episode with a scaling-laws skeptic is up (42&nbsp;min): <a href="{R}https%3A%2F%2Fgradientstep.example%2Fpodcast%2F41&amp;s=0b2d">listen</a></p>
<h2>💼 Jobs</h2>
<p>Tessellate AI is hiring research engineers for pretraining infrastructure (Berlin / remote EU). <a href="{R}https%3A%2F%2Fjobs.gradientstep.example%2Ftessellate-re&amp;s=c3f8">Apply</a></p>
<p style="background:#f5f5f7;padding:12px"><small>SPONSORED</small><br>Run your evals 3&times; faster with Benchwright. <a href="https://benchwright.example/?utm_source=gradientstep&amp;utm_medium=email&amp;utm_campaign=112">Free tier for academics</a></p>
<p>That&rsquo;s it for this week. Reply to this email if you want to join the reading group call on 14&nbsp;March.</p>
<p>&mdash; Hanna</p>
<hr><p class="meta">You are receiving this because you subscribed at gradientstep.example. <a href="https://gradientstep.example/unsubscribe?e=j.kowalczyk%40uni-rosenau.example&amp;id=6f1c0e">Unsubscribe</a><br>The Gradient Step · Mühlenweg 4 · 18055 Rostock · Germany</p>
<img src="https://gradientstep.example/o/6f1c0e.gif" width="1" height="1" alt="">
</td></tr></table></td></tr></table></body></html>
"""

m1 = MIMEMultipart("alternative", boundary="000000000000b7c1d20612f4a9e1")
m1.attach(qp_part(NL_TEXT))
m1.attach(b64_part(NL_HTML))
headers(m1, [
    ("X-GM-THRID", "1792837465123456789"),
    ("X-Gmail-Labels", "Inbox,Category Updates,rg-scaling,Opened"),
    ("Delivered-To", "j.kowalczyk@uni-rosenau.example"),
    ("Received", "by 2002:a05:6a10:8e0b:b0:4f1:2c5e:7a10 with SMTP id f11csp1289445pxx;\n"
                 "        Thu, 7 Mar 2024 00:54:23 -0800 (PST)"),
    ("Return-Path", "<bounce-112-6f1c0e@mail.gradientstep.example>"),
    ("DKIM-Signature", DKIM),
], [
    ("Date", "Thu, 07 Mar 2024 08:54:19 +0000"),
    ("From", "Hanna from The Gradient Step <hello@gradientstep.example>"),
    ("To", "j.kowalczyk@uni-rosenau.example"),
    ("Subject", "=?UTF-8?Q?=F0=9F=93=88_The_Gradient_Step_#112:_scaling_la?=\n"
                " =?UTF-8?Q?ws,_emergence,_and_what_comes_after?="),
    ("Message-ID", "<20240307085419.6f1c0e.112@mail.gradientstep.example>"),
    ("List-Unsubscribe", "<https://gradientstep.example/unsubscribe?e=j.kowalczyk%40uni-rosenau.example&id=6f1c0e>,\n"
                         " <mailto:unsubscribe-6f1c0e@mail.gradientstep.example>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("MIME-Version", "1.0"),
])

# ---------------------------------------------------------------- 2. Scholar alert


def scholar_item(url, title, pdf_tag, source, snippet, pos):
    tag = f'<span style="font-size:11px;font-weight:bold;color:#1a0dab;vertical-align:2px">[{pdf_tag}]</span> ' \
        if pdf_tag else ""
    return (f'<h3 style="font-weight:normal;margin:0;font-size:17px;line-height:20px;">{tag}'
            f'<a href="https://scholar.google.com/scholar_url?url={url}&amp;hl=en&amp;sa=X&amp;d=1467{pos}9902835'
            f'112044&amp;ei=Zn7pZc2uKYeQy9YP_OW{pos}oAM&amp;scisig=AFWwaeb7kX0mZq2uEw3pYfq_1J9d&amp;'
            f'oi=scholaralrt&amp;hist=9s0aV2QAAAAJ:1130467755023491562:AFWwaeZcw3Q5&amp;html=&amp;pos={pos}'
            f'&amp;folt=kw" class="gse_alrt_title" style="font-size:17px;color:#1a0dab;line-height:22px">{title}</a>'
            f'</h3><div style="color:#006621;line-height:18px">{source}</div>'
            f'<div class="gse_alrt_sni" style="line-height:17px">{snippet}</div><br>')


SCHOLAR = ('<!doctype html><html><head><style>body{font-family:arial,sans-serif}</style></head><body>'
           '<div style="font-family:arial,sans-serif;font-size:13px;line-height:16px;color:#222;width:100%;'
           'max-width:600px"><h3 style="font-weight:normal;font-size:18px;margin:0 0 4px 0;">Scholar Alert: '
           '[ calibration &quot;language models&quot; ]</h3><br>'
           + scholar_item("https://arxiv.org/pdf/2207.05221", "Language Models (Mostly) Know What They Know",
                          "PDF", "S Kadavath, T Conerly, A Askell, T Henighan… - arXiv preprint arXiv:2207.05221, "
                                 "2022",
                          "We study whether language models can evaluate the validity of their own claims and "
                          "predict which questions they will be able to answer correctly. We first show that "
                          "larger models are well-<b>calibrated</b> on diverse multiple choice and true/false "
                          "questions …", 0)
           + scholar_item("https://proceedings.mlr.press/v202/leviathan23a.html",
                          "Fast Inference from Transformers via Speculative Decoding", "",
                          "Y Leviathan, M Kalman, Y Matias - International Conference on Machine Learning, 2023",
                          "Inference from large autoregressive models like Transformers is slow - decoding K tokens "
                          "takes K serial runs of the model. In this work we introduce speculative decoding - an "
                          "algorithm to sample from autoregressive <b>models</b> faster without any changes to the "
                          "outputs …", 1)
           + '<p style="font-size:11px;color:#666">This message was sent by Google Scholar because you\'re '
             'following new results for [ calibration "language models" ].</p>'
             '<table cellpadding="0" cellspacing="0" border="0" style="width:100%"><tr><td>'
             '<a href="https://scholar.google.com/scholar_alerts?view_op=list_alerts&amp;hl=en&amp;mate=AFWwaeY2l">'
             'List alerts</a></td><td align="right"><a href="https://scholar.google.com/scholar_alerts?view_op='
             'cancel_alert_options&amp;email_for_op=j.kowalczyk%40uni-rosenau.example&amp;alert_id=9s0aV2QAAAAJ&amp;'
             'hl=en">Cancel alert</a></td></tr></table></div></body></html>')

m2 = qp_part(SCHOLAR, "html", top=True)
headers(m2, [
    ("X-GM-THRID", "1792841190377002211"),
    ("X-Gmail-Labels", "Inbox,Category Updates,rg-scaling,Opened"),
    ("Delivered-To", "j.kowalczyk@uni-rosenau.example"),
    ("Received", "by 2002:a05:6a10:8e0b:b0:4f1:2c5e:7a10 with SMTP id f11csp1551203pxx;\n"
                 "        Thu, 7 Mar 2024 02:01:47 -0800 (PST)"),
    ("Return-Path", "<3--npZRQKCfQ6xNPNhLVbCeZkVVa.RVTPUY.XVViKbZkJfPdUXZ.VYjWk@scholar-alerts.bounces.google.com>"),
], [
    ("Date", "Thu, 07 Mar 2024 02:01:46 -0800"),
    ("From", "Google Scholar Alerts <scholaralerts-noreply@google.com>"),
    ("To", "j.kowalczyk@uni-rosenau.example"),
    ("Subject", "calibration \"language models\" - new results"),
    ("Message-ID", "<000000000000fa5c210612f5d4a3@google.com>"),
    ("MIME-Version", "1.0"),
])

# ---------------------------------------------------------------- 3. colleague's reply (8bit)

REPLY = """\
Hi Jarek,

forwarding my two cents before Thursday, since Hanna's list is basically our plan for weeks 3-5 anyway.

From what I remember, the Chinchilla fits (approach 3) are the ones people could not reproduce exactly -- there
was a replication attempt last year that got a different exponent. Worth having someone look at it.

A few things I would add, mostly for the systems side of the "compute" in compute-optimal:

- Language Models are Few-Shot Learners -- obviously, since everybody quotes the GPT-3 curves next to Kaplan.
- ZeRO: Memory Optimizations Toward Training Trillion Parameter Models (arXiv 1910.02054). Stage 1-3 explained
  better than any blog post.
- Mixed Precision Training, https://openreview.net/forum?id=r1gs9JgRZ -- loss scaling, fp16 master weights.
- and for the newcomers: Understanding the difficulty of training deep feedforward neural networks (Glorot &
  Bengio, AISTATS 2010), because the init discussion always comes up when we talk about width scaling.

For the eval session I would pair the emergence paper with Measuring Massive Multitask Language Understanding,
since half of the "emergent" plots in Wei et al. are MMLU anyway.

> 4. Emergent Abilities of Large Language Models — Wei, Tay, Bommasani et al., TMLR
>    https://arxiv.org/abs/2206.07682
>    Defines emergence as "not present in smaller models but present in larger models" and collects 137 examples.

The "Mirage" follow-up argues exactly the opposite, we should read both in the same session.

> 5. Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models
>    BIG-bench itself: 204 tasks, 450 authors.

204 tasks is a lot for one session. I'd pick 10.

Marek

--
Marek Zieliński · Wydział Informatyki · pok. 312
"""

m3 = eight_bit(REPLY)
m3.set_param("format", "flowed")
headers(m3, [
    ("X-GM-THRID", "1792837465123456789"),
    ("X-Gmail-Labels", "Inbox,rg-scaling,Important,Opened"),
    ("Delivered-To", "j.kowalczyk@uni-rosenau.example"),
    ("Received", "from mx.uni-rosenau.example (mx.uni-rosenau.example. [192.0.2.41])\n"
                 "        by mx.google.com with ESMTPS id q7-20020a05600c4f0700b00412eb1b6c2fsi4418211wmq.90;\n"
                 "        Thu, 07 Mar 2024 04:33:10 -0800 (PST)"),
    ("Return-Path", "<m.zielinski@uni-rosenau.example>"),
], [
    ("Date", "Thu, 7 Mar 2024 13:33:02 +0100"),
    ("From", "=?UTF-8?B?TWFyZWsgWmllbGnFhHNraQ==?= <m.zielinski@uni-rosenau.example>"),
    ("To", "Jarosław Kowalczyk <j.kowalczyk@uni-rosenau.example>"),
    ("Subject", "Re: =?UTF-8?Q?=F0=9F=93=88_The_Gradient_Step_#112:_scaling_la?=\n"
                " =?UTF-8?Q?ws,_emergence,_and_what_comes_after?="),
    ("Message-ID", "<c41e9b2f-7d0a-4a55-9c3e-2f6d1b8e0a71@uni-rosenau.example>"),
    ("In-Reply-To", "<20240307085419.6f1c0e.112@mail.gradientstep.example>"),
    ("References", "<20240307085419.6f1c0e.112@mail.gradientstep.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "en-US"),
    ("MIME-Version", "1.0"),
])
m3.replace_header("To", "=?UTF-8?Q?Jaros=C5=82aw_Kowalczyk?= <j.kowalczyk@uni-rosenau.example>")

# ---------------------------------------------------------------- 4. organiser's answer with attachment

ANSWER = """\
Thanks Marek, all added. I moved the systems papers (ZeRO, mixed precision) to week 6 so that week 4 stays about the fits.
From the Scholar alert this morning: the Anthropic calibration paper fits the eval session too, see the plan attached.

Jarek

On Thu, 7 Mar 2024 at 13:33, Marek Zieliński <m.zielinski@uni-rosenau.example> wrote:
> Hi Jarek,
>
> forwarding my two cents before Thursday, since Hanna's list is basically our plan for weeks 3-5 anyway.
> [...]
"""

PLAN = """\
rg-scaling — plan (updated 7 March 2024)

week 3  14 Mar  Kaplan et al. 2020 + Chinchilla                      lead: Jarek
week 4  21 Mar  PaLM, sections 4-6 only                              lead: Ola
week 5  28 Mar  emergence (Wei et al.) vs. the Mirage paper          lead: Marek
week 6   4 Apr  systems: ZeRO + mixed precision                      lead: Tymon
week 7  11 Apr  eval: MMLU, BIG-bench (10 tasks), Kadavath et al.    lead: Jarek
room 2.14 / Meet link in the calendar invite
"""

m4 = MIMEMultipart("mixed", boundary="0000000000008a1f6c0612f7c3b5")
m4.attach(qp_part(ANSWER))
att = MIMEText("", "plain", "utf-8")
del att["Content-Transfer-Encoding"]
del att["MIME-Version"]
att.set_payload(base64.encodebytes(PLAN.encode("utf-8")).decode("ascii"))
att["Content-Transfer-Encoding"] = "base64"
att.set_param("name", "rg-scaling-plan.txt")
att["Content-Disposition"] = 'attachment; filename="rg-scaling-plan.txt"'
m4.attach(att)
headers(m4, [
    ("X-GM-THRID", "1792837465123456789"),
    ("X-Gmail-Labels", "Sent,rg-scaling"),
], [
    ("Date", "Thu, 7 Mar 2024 15:02:44 +0100"),
    ("From", "=?UTF-8?Q?Jaros=C5=82aw_Kowalczyk?= <j.kowalczyk@uni-rosenau.example>"),
    ("To", "=?UTF-8?B?TWFyZWsgWmllbGnFhHNraQ==?= <m.zielinski@uni-rosenau.example>"),
    ("Cc", "rg-scaling@lists.uni-rosenau.example"),
    ("Subject", "Re: =?UTF-8?Q?=F0=9F=93=88_The_Gradient_Step_#112:_scaling_la?=\n"
                " =?UTF-8?Q?ws,_emergence,_and_what_comes_after?="),
    ("Message-ID", "<CAK3x9Lp0v2=Q1e7hJm4w8yZ0s_2bT+u5cN6gRk1aF3dE@mail.gmail.com>"),
    ("In-Reply-To", "<c41e9b2f-7d0a-4a55-9c3e-2f6d1b8e0a71@uni-rosenau.example>"),
    ("References", "<20240307085419.6f1c0e.112@mail.gradientstep.example>\n"
                   " <c41e9b2f-7d0a-4a55-9c3e-2f6d1b8e0a71@uni-rosenau.example>"),
    ("MIME-Version", "1.0"),
])

SEPS = ["From 1792837465123456789@xxx Thu Mar 07 08:54:23 +0000 2024",
        "From 1792841190377002211@xxx Thu Mar 07 10:01:47 +0000 2024",
        "From 1792849964310875502@xxx Thu Mar 07 12:33:10 +0000 2024",
        "From 1792855627740196384@xxx Thu Mar 07 14:02:44 +0000 2024"]

out = []
for sep, m in zip(SEPS, (m1, m2, m3, m4)):
    body = m.as_string(policy=compat32.clone(linesep="\n", max_line_length=0))
    body = re.sub(r"(?m)^From ", ">From ", body)       # mboxo escaping
    out.append(sep + "\n" + body.rstrip("\n") + "\n")
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out))
print("wrote", OUT)
