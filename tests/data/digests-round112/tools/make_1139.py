#!/usr/bin/env python3
"""1139: an e-mail forwarded from Rediffmail, saved as .eml: CRLF, a Received trail, RFC 2047 Q-encoded UTF-8
From / Subject, multipart/alternative with a text/plain and a text/html part, both quoted-printable (soft line
breaks at 76 columns, computed with the stdlib's quoprimime), a Hindi note on top and the forwarded arXiv cs.CL
listing mail under a "Forwarded message" header (cut by the forwarder to one new submission: header lines, the entry
between 78-dash rules, folded at 79 columns, `\\ ( https://arxiv.org/abs/ID ,  Nkb)`). Hindi. The note names the
other papers: two arXiv links, an OpenReview forum link, an arXiv id in text, three titles alone."""
import email.quoprimime as qp, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, abstract, write_raw
from make_expected import F1139, keys

BOUND = "----=_Part_83412_1907644128.1689660212345"
RET = "2307.08621"


def fold(label, text, width=79):
    return textwrap.wrap(f"{label}: {text}", width=width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)


entry = ["\\\\", f"arXiv:{RET}", "Date: Mon, 17 Jul 2023 16:40:01 GMT   (1290kb,D)", ""]
entry += fold("Title", T(RET))
entry += fold("Authors", "Yutao Sun, Li Dong, Shaohan Huang, Shuming Ma, Yuqing Xia, Jilong Xue, Jianyong Wang, Furu Wei")
entry += ["Categories: cs.CL cs.LG", "\\\\"]
entry += ["  " + l if i == 0 else l for i, l in enumerate(textwrap.wrap(
    abstract(RET) + " Experimental results on language modeling show that RetNet achieves favorable scaling results, "
    "parallel training, low-cost deployment, and efficient inference.", width=77))]
entry += [f"\\\\ ( https://arxiv.org/abs/{RET} ,  1290kb)"]
RULE = "-" * 78
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computation and Language",
           " received from  Fri 14 Jul 23 18:00:00 GMT  to  Mon 17 Jul 23 18:00:00 GMT", RULE, RULE] + entry + [RULE,
           "[... बाकी सूची हटा दी — सिर्फ़ RetNet वाली entry रखी है ...]"]

note = f"""नमस्ते सब,

आज की arXiv cs.CL सूची से सिर्फ़ RetNet वाला हिस्सा नीचे फ़ॉरवर्ड कर रहा हूँ — गुरुवार के रीडिंग ग्रुप
(3 बजे, लैब 204) का विषय यही है: "क्या attention की quadratic लागत से बचा जा सकता है?"

पढ़ने का क्रम जो मैंने सोचा है:

1. {T('1901.02860')}
   https://arxiv.org/abs/1901.02860  — segment-level recurrence, पूरी बहस की शुरुआत यहीं से।
2. "{T('2002.09402')}" — Fan et al., Transformer-XL की कमज़ोरी पर सीधा जवाब। PDF ग्रुप ड्राइव में है।
3. {T('2005.00743')} — https://arxiv.org/abs/2005.00743
   (क्या dot-product attention ज़रूरी भी है? बढ़िया ablations)
4. {T('2009.14794')} (Performer, FAVOR+)
   https://openreview.net/forum?id=Ua6zuk0WRH  — रिव्यू थ्रेड भी ज़रूर पढ़ें, काफ़ी काम का है।
5. {T('2103.02143')}, arXiv:2103.02143 — Performer जैसा ही विचार, पर gating के साथ।
6. {T('2007.14062')} — sparse attention, लंबे दस्तावेज़ों के लिए; इसे सिर्फ़ सरसरी नज़र से।
7. RetNet (नीचे forwarded mail में पूरा abstract है)।

अगर समय बचा तो {T('2105.06548')} (Expire-Span) भी — memory को "भूलना" सिखाने वाला पेपर,
सुनील ने पिछली बार सुझाया था।

कोड के लिए: lucidrains/performer-pytorch (GitHub) और microsoft/torchscale — दोनों रिपॉज़िटरी हैं, पेपर नहीं।
और हाँ, "The Annotated Transformer" ब्लॉग पहले से पढ़ लें जिन्होंने नहीं पढ़ा।

धन्यवाद,
अर्जुन

"""
fwd_head = """---------- Forwarded message ----------
From: no-reply@arxiv.org
Date: Tue, 18 Jul 2023 05:32:11 IST
Subject: cs daily Subj-class mailing 2307 17
To: arjun.mehta@rediffmail.example.com

"""
plain = note + fwd_head + "\n".join(listing) + "\n"
htmlpart = ("<html><body><div style=\"font-family:Mangal,Arial;font-size:13px\">"
            + html.escape(note).replace("\n", "<br>\n") + "</div>\n<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
            + "<pre>" + html.escape(fwd_head + "\n".join(listing)) + "</pre></blockquote></body></html>\n")


def q(s):
    return qp.body_encode(s.replace("\n", "\r\n").encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")


def hq(s):
    return qp.header_encode(s.encode("utf-8"), charset="utf-8")


hdrs = [
    "Return-Path: <arjun.mehta@rediffmail.example.com>",
    "Received: from mailweb23.rediffmail.example.com (mailweb23.rediffmail.example.com [192.0.2.41])",
    "\tby mx.lab.example.ac.in with ESMTP id 4R4n8J1kQzz9ZK",
    "\tfor <nlp-reading@lab.example.ac.in>; Tue, 18 Jul 2023 11:33:32 +0530 (IST)",
    "Received: (qmail 30417 invoked by uid 510); 18 Jul 2023 06:03:32 -0000",
    "Date: Tue, 18 Jul 2023 06:03:32 -0000",
    "MIME-Version: 1.0",
    f"From: {hq('अर्जुन मेहता')} <arjun.mehta@rediffmail.example.com>",
    "Reply-To: arjun.mehta@rediffmail.example.com",
    "To: nlp-reading@lab.example.ac.in",
    "Cc: sunil.verma@lab.example.ac.in",
    f"Subject: {hq('Fwd: गुरुवार रीडिंग ग्रुप — RetNet और कुशल attention')}",
    "Message-ID: <20230718060332.30415.qmail@mailweb23.rediffmail.example.com>",
    "X-Mailer: Rediffmail (https://www.rediffmail.com)",
    f'Content-Type: multipart/alternative; boundary="{BOUND}"',
]
body = ["", "This is a multi-part message in MIME format.", "",
        f"--{BOUND}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
        q(plain), f"--{BOUND}", "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
        q(htmlpart), f"--{BOUND}--", ""]
data = "\r\n".join(hdrs + body)
write_raw(F1139, data.encode("ascii"), [note, plain, htmlpart, "Fwd: गुरुवार रीडिंग ग्रुप — RetNet और कुशल attention"], keys(F1139))
