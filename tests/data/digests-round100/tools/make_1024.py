#!/usr/bin/env python3
"""1024: an issue of a Hindi NLP community's newsletter ("NLP पत्रिका", अंक 17) posted to its Groups.io group from the
web editor and delivered to a member, as the member's server stored it (.eml, CRLF, 7-bit): Return-Path with
Groups.io's bounce address, Delivered-To, Received; Groups.io's header block (Message-ID `<…@groups.io>`, Date in
+0530, the DMARC-rewritten From `"Name via groups.io" <local=domain@groups.io>`, To the group, the `[hindinlp]` Subject
prefix before a B-encoded UTF-8 subject, Sender, List-Id, Mailing-List, List-Post / List-Help / List-Unsubscribe /
List-Unsubscribe-Post, Precedence, Reply-To, X-Original-From) and a multipart/alternative body: text/plain and
text/html, both UTF-8 in quoted-printable, so every Devanagari letter is three `=XX` escapes and lines are cut by soft
breaks at 76 columns — inside English titles, URLs and ids too. The plain part ends with Groups.io's links block
between `-=-=-…` rules (View/Reply Online (#N), Mute This Topic, Group Owner, Unsubscribe … [address]); the HTML part
with its `_._,_._,_` markers and link row. The community, its people, the group number and ids are invented.

Papers: two arXiv abs URLs and one OpenReview forum URL (links, in both parts), one `arXiv:ID` after a title
(arxiv-text), four titles only. Not papers: AI4Bharat's IndicBERT model page, the Hugging Face PEFT documentation, a
recording of the last meeting, a meetup; nicknames (BERT, ELECTRA, Electric, ULMFiT, LoRA, XLM-R) are not labelled
alone."""
import base64, datetime, email.quoprimime, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys

F = by_num(1024)
K = dict(roberta="1907.11692", xlmr="1911.02116", unified="2110.04366", adalora="2303.10512", femlm="2010.06040",
         electric="2012.08561", ulmfit="1801.06146", xlnet="1906.08237")
CRLF = "\r\n"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
SENT = datetime.datetime(2024, 3, 16, 17, 1, 5, tzinfo=IST)
GROUP, MSGNO, TOPIC, SUB = "hindinlp", 512, 105012347, 7654321
AUTHOR, AUTHOR_ADDR = "Priya Sharma", "priya.sharma@cse.example.ac.in"
RCPT = "anil.verma@iiit.example.ac.in"
SUBJ = "NLP पत्रिका — अंक 17 (मार्च 2024): बहुभाषी मॉडल और फ़ाइन-ट्यूनिंग"
BOUNDARY = "4b1f0c7e9a2d5c38e6f1a0b9d7c2e5f4"

# the newsletter: (kind, payload) blocks rendered to plain text and to HTML
papers1 = [
    (K["roberta"], f"https://arxiv.org/abs/{K['roberta']}",
     "BERT को ज़्यादा देर तक, ज़्यादा डेटा पर और बिना NSP के ट्रेन करने से क्या होता है — आज भी हर बेसलाइन की शुरुआत यहीं से।"),
    (K["xlmr"], f"https://arxiv.org/abs/{K['xlmr']}",
     "100 भाषाएँ, 2.5TB CommonCrawl डेटा। हिंदी और दूसरी भारतीय भाषाओं के लिए XLM-R अब भी मज़बूत बेसलाइन है; 23 मार्च की "
     "चर्चा इसी पर होगी।"),
    (K["xlnet"], None, "मास्किंग की जगह क्रमपरिवर्तन (permutation) वाला भाषा मॉडल; Transformer-XL की मेमोरी के साथ।"),
    (K["electric"], None, "ELECTRA वाली टीम का अगला कदम (Electric): डिस्क्रिमिनेटर को ऊर्जा-आधारित मॉडल की तरह देखना।"),
    (K["femlm"], None, "MLM में कौन-से टोकन मास्क हों, इसका सवाल — छोटा पेपर, पर ग्रेडिएंट वेरिएंस वाला विश्लेषण पढ़ने लायक।"),
]
papers2 = [
    (K["ulmfit"], None, "ULMFiT — पुराना है, पर क्रमिक अनफ़्रीज़िंग और अलग-अलग लर्निंग रेट का विचार यहीं से आया।"),
    (K["unified"], f"https://openreview.net/forum?id=0RDcd5Axok",
     "एडैप्टर, प्रीफ़िक्स ट्यूनिंग और LoRA को एक ही ढाँचे में रखता है। कौन-सा तरीका कहाँ काम करता है, यह समझने के लिए सबसे अच्छा।"),
    (K["adalora"], None, f"(arXiv:{K['adalora']}) — LoRA की रैंक हर परत के लिए एक जैसी क्यों हो? बजट को महत्व के हिसाब से बाँटता है।"),
]
resources = [
    ("AI4Bharat का IndicBERT मॉडल (Hugging Face पर)", "https://huggingface.co/ai4bharat/indic-bert"),
    ("Hugging Face PEFT लाइब्रेरी के दस्तावेज़", "https://huggingface.co/docs/peft"),
    ("पिछली ऑनलाइन बैठक (17 फ़रवरी) की रिकॉर्डिंग", "https://www.youtube.com/watch?v=Qm3xJ7pLk2E"),
]
events = [
    "23 मार्च (शनिवार), शाम 7 बजे: ऑनलाइन रीडिंग ग्रुप — XLM-R पर चर्चा, Google Meet (लिंक ग्रुप कैलेंडर में)।",
    "6 अप्रैल (शनिवार): बेंगलुरु मीटअप — \"हिंदी के लिए छोटे मॉडल फ़ाइन-ट्यून करना\", जगह की जानकारी अगले ईमेल में।",
]
intro = ("नमस्ते साथियो,", "NLP पत्रिका का 17वाँ अंक हाज़िर है। इस बार का विषय: प्रीट्रेंड भाषा मॉडल और उन्हें कम "
         "संसाधनों में फ़ाइन-ट्यून करना। पेपर सुझाने वाले सभी सदस्यों का धन्यवाद!")
toc = ["पढ़ने लायक पेपर", "संसाधन", "कार्यक्रम", "सदस्यों की ओर से"]
members = ("राहुल ने पूछा है कि क्या किसी के पास हिंदी NER के लिए साफ़ किया हुआ डेटा है — हो तो ग्रुप पर जवाब दें। "
           "अगले अंक (अप्रैल) का विषय: निर्देश-आधारित ट्यूनिंग। सुझाव 5 अप्रैल तक भेजें।")


def plain():
    L = [intro[0], "", intro[1], "", "== इस अंक में =="]
    L += [f"{i}. {t}" for i, t in enumerate(toc, 1)] + ["", f"== 1. {toc[0]} ==", "", "प्रीट्रेनिंग:", ""]
    for key, url, blurb in papers1:
        L += [f"* {T(key)}"] + ([f"  {url}"] if url else []) + [f"  {blurb}", ""]
    L += ["फ़ाइन-ट्यूनिंग:", ""]
    for key, url, blurb in papers2:
        L += [f"* {T(key)}"] + ([f"  {url}"] if url else []) + [f"  {blurb}", ""]
    L += [f"== 2. {toc[1]} ==", ""] + [f"* {t}: {u}" for t, u in resources] + ["", f"== 3. {toc[2]} ==", ""]
    L += [f"* {e}" for e in events] + ["", f"== 4. {toc[3]} ==", "", members, "", "प्रिया शर्मा", "(NLP पत्रिका की ओर से)",
                                       "", ""]
    L += ["-=-=-=-=-=-=-=-=-=-=-=-",
          "Groups.io Links: You receive all messages sent to this group.",
          f"View/Reply Online (#{MSGNO}): https://groups.io/g/{GROUP}/message/{MSGNO}",
          f"Mute This Topic: https://groups.io/mt/{TOPIC}/{SUB}",
          f"Group Owner: {GROUP}+owner@groups.io",
          f"Unsubscribe: https://groups.io/g/{GROUP}/leave/{SUB}/{SUB}/1871203694/xyzzy [{RCPT}]",
          "-=-=-=-=-=-=-=-=-=-=-=-", ""]
    return "\n".join(L)


def a(url, text):
    return f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{text}</a>'


def rich():
    e = html.escape
    H = [f"<p>{e(intro[0])}</p>", f"<p>{e(intro[1])}</p>", "<p><b>इस अंक में</b></p>", "<ol>"]
    H += [f"<li>{e(t)}</li>" for t in toc] + ["</ol>", f"<h3>1. {e(toc[0])}</h3>", "<p><b>प्रीट्रेनिंग:</b></p>", "<ul>"]
    for key, url, blurb in papers1:
        H.append(f"<li><b>{a(url, e(T(key))) if url else e(T(key))}</b><br>{e(blurb)}</li>")
    H += ["</ul>", "<p><b>फ़ाइन-ट्यूनिंग:</b></p>", "<ul>"]
    for key, url, blurb in papers2:
        H.append(f"<li><b>{a(url, e(T(key))) if url else e(T(key))}</b><br>{e(blurb)}</li>")
    H += ["</ul>", f"<h3>2. {e(toc[1])}</h3>", "<ul>"] + [f"<li>{a(u, e(t))}</li>" for t, u in resources]
    H += ["</ul>", f"<h3>3. {e(toc[2])}</h3>", "<ul>"] + [f"<li>{e(x)}</li>" for x in events]
    H += ["</ul>", f"<h3>4. {e(toc[3])}</h3>", f"<p>{e(members)}</p>", "<p>प्रिया शर्मा<br>(NLP पत्रिका की ओर से)</p>"]
    H += ['<div width="1" style="color:white;clear:both">_._,_._,_</div>', "<hr>", "Groups.io Links:<p>",
          "You receive all messages sent to this group.", "<p>",
          f'<a target="_blank" href="https://groups.io/g/{GROUP}/message/{MSGNO}">View/Reply Online (#{MSGNO})</a> |'
          f' <a target="_blank" href="https://groups.io/g/{GROUP}/post">New Topic</a> |'
          f' <a target="_blank" href="https://groups.io/mt/{TOPIC}/{SUB}">Mute This Topic</a><br>',
          f'<a href="https://groups.io/g/{GROUP}/editsub/{SUB}">Your Subscription</a> |'
          f' <a href="mailto:{GROUP}+owner@groups.io">Contact Group Owner</a> |'
          f' <a href="https://groups.io/g/{GROUP}/leave/{SUB}/{SUB}/1871203694/xyzzy">Unsubscribe</a> [{RCPT}]<br>',
          '<div width="1" style="color:white;clear:both">_._,_._,_</div>', ""]
    return "\n".join(H)


def qp(text):
    return email.quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76, eol=CRLF)


def bwords(s):
    """RFC 2047 B-words of at most 75 characters, split on whole UTF-8 characters"""
    out, cur = [], ""
    for ch in s:
        if len(base64.b64encode((cur + ch).encode("utf-8"))) > 75 - len("=?UTF-8?B??="):
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in out)


pt, ht = plain(), rich()
date_hdr = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
recv = (SENT + datetime.timedelta(seconds=3)).strftime("%a, %d %b %Y %H:%M:%S %z")
local, dom = AUTHOR_ADDR.split("@")
headers = [
    f"Return-Path: <bounce+5f8a21+{MSGNO}+{SUB}+1871203694@groups.io>",
    f"Delivered-To: {RCPT}",
    f"Received: from mail02.groups.io (mail02.groups.io [192.0.2.154])\r\n\tby mx.iiit.example.ac.in (Postfix) with ESMTPS id 4TxR2k1ZbPz7Lq\r\n"
    f"\tfor <{RCPT}>; {recv}",
    f"Message-ID: <17BD2A3F0C9E4A51.{SUB % 100000}@groups.io>",
    f"Date: {date_hdr}",
    f"From: \"{AUTHOR} via groups.io\" <{local}={dom}@groups.io>",
    f"To: {GROUP}@groups.io",
    f"Subject: [{GROUP}] {bwords(SUBJ)}",
    "MIME-Version: 1.0",
    f"Sender: {GROUP}@groups.io",
    f"List-Id: <{GROUP}.groups.io>",
    f"Mailing-List: list {GROUP}@groups.io; contact {GROUP}+owner@groups.io",
    f"List-Post: <mailto:{GROUP}@groups.io>",
    f"List-Help: <mailto:{GROUP}+help@groups.io>",
    f"List-Unsubscribe: <https://groups.io/g/{GROUP}/leave/{SUB}/{SUB}/1871203694/xyzzy>,\r\n <mailto:{GROUP}+unsubscribe@groups.io>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: Bulk",
    f"Reply-To: {GROUP}@groups.io",
    f"X-Original-From: {AUTHOR} <{AUTHOR_ADDR}>",
    f"Content-Type: multipart/alternative; boundary=\"{BOUNDARY}\"",
]
body = [
    f"--{BOUNDARY}",
    "Content-Type: text/plain; charset=\"utf-8\"",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    qp(pt),
    f"--{BOUNDARY}",
    "Content-Type: text/html; charset=\"utf-8\"",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    qp(ht),
    f"--{BOUNDARY}--",
    "",
]
msg = CRLF.join(headers) + CRLF + CRLF + CRLF.join(body)
write_raw(F, msg.encode("ascii"), [msg, pt, ht, html.unescape(ht)], keys(F))
