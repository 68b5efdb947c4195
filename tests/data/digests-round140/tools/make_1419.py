#!/usr/bin/env python3
"""1419: an Academia.edu recommendations e-mail ("papers you may be interested in", six paper cards with a snippet of
the uploaded PDF's first page and `View PDF` links) forwarded by a professor from AOL Mail to his students with a note
in Arabic, saved by a student as .eml. AOL's web mail (Yahoo's backend): `Date: … +0000 (UTC)`, a `…@mail.yahoo.com`
Message-ID, the JavaMail boundary `----=_Part_…`, multipart/alternative with a text and an HTML part, both UTF-8 in
base64 (76-character lines), the subject an RFC 2047 B-word. The forward is AOL's `-----Original Message-----` block
(From / To / Sent as `Mon, May 13, 2024 6:02 am` / Subject), the original inside `<div id="AOLMsgPart_2_…">` in the
HTML part. Non-ASCII text is visible only after decoding. Not papers: the DomainBed and WILDS repositories, Academia
Premium, the Academia.edu journals, a seminar room; ViT, ERM, DomainBed are also names."""
import base64, hashlib, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw, au
from make_expected import F1419, keys

def b64(s):
    return base64.encodebytes(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")

def wid(k):
    return 100000000 + int(hashlib.md5(k.encode()).hexdigest()[:7], 16) % 20000000

def slug(t):
    return "_".join("".join(ch if ch.isalnum() else " " for ch in t).split())

CARDS = [  # key, uploader line, snippet (first page of the uploaded PDF as Academia extracts it)
 ("2103.14586", "Srinadh Bhojanapalli", "Deep Convolutional Neural Networks (CNNs) have long been the architecture of "
  "choice for computer vision tasks. Recently, Transformer-based architectures like Vision Transformer (ViT) have "
  "matched or even surpassed ResNets for image classification…"),
 ("2004.07780", "Robert Geirhos", "arXiv:2004.07780v5 [cs.CV] 21 Nov 2023 Shortcut Learning in Deep Neural Networks "
  "Robert Geirhos, Jörn-Henrik Jacobsen, Claudio Michaelis, Richard Zemel, Wieland Brendel, Matthias Bethge & Felix "
  "A. Wichmann Deep learning has triggered the current rise of artificial intelligence…"),
 ("2007.01434", "Ishaan Gulrajani", "Domain generalization algorithms use training data from multiple domains to learn "
  "models that generalize well to unseen domains. While recently proposed algorithms claim…"),
 ("2010.08515", "Zhiyuan Li", "Convolutional neural networks often dominate fully-connected counterparts in "
  "generalization performance, especially on image classification tasks. This is often explained in terms of…"),
 ("2101.01761", "Hieu Pham", "Neural networks are often over-parameterized and hence benefit from aggressive "
  "regularization. Conventional regularization methods, such as Dropout or weight decay, do not leverage…"),
 ("2010.03409", "Tobias Pfaff", "Mesh-based simulations are central to modeling complex physical systems in many "
  "disciplines across science and engineering. Mesh representations support powerful numerical integration…"),
]
ORIG_SUBJ = f"“{T('2103.14586')}” and 5 more papers recommended for you"
INTERESTS = "Computer Vision, Domain Generalization, Deep Learning"
A = "https://www.academia.edu"
txt_cards, html_cards = [], []
for k, who, snip in CARDS:
    u = f"{A}/{wid(k)}/{slug(T(k))}?email_work_card=view-paper"
    txt_cards.append(f"{T(k)}\nby {who}\n\n{snip}\n\nView PDF ▸ {u}\n")
    html_cards.append(f'<tr><td style="padding:16px 0;border-bottom:1px solid #e5e5e5">'
                      f'<a href="{html.escape(u)}" style="font-size:18px;color:#1a1a1a;text-decoration:none;font-weight:bold">{html.escape(T(k))}</a>'
                      f'<div style="color:#5e6166;font-size:14px;padding-top:4px">by {html.escape(who)}</div>'
                      f'<div style="color:#3f4043;font-size:14px;padding-top:8px;line-height:20px">{html.escape(snip)}</div>'
                      f'<div style="padding-top:10px"><a href="{html.escape(u.replace("view-paper", "download-paper"))}" style="color:#0645b1;font-size:14px">View PDF ▸</a></div></td></tr>')
UNSUB = f"{A}/notifications/unsubscribe?token=Q2F6bWVkLTQ4MjcxOTM2LXJlY3M&type=work_recommendations"
ORIG_TXT = (f"Hi Mahmoud,\n\nBased on your research interests in {INTERESTS}, here are papers you may be interested in.\n\n"
            + "\n".join(txt_cards) + f"\nSee more recommendations: {A}/recommendations\n\n"
            "Get access to the full text of millions of papers with Academia Premium.\n\n"
            "Academia.edu, Inc., 580 California St., Suite 400, San Francisco, CA 94104\n"
            f"Unsubscribe: {UNSUB}\n")
NOTE = [
 "يا شباب،",
 "",
 "وصلتني هذه التوصيات من أكاديميا صباح اليوم، وأغلبها مناسب لموضوع رسالة أحمد عن التعميم عبر النطاقات (domain generalization). "
 "روابط أكاديميا تحتاج تسجيل دخول، فهذه الروابط المفتوحة لما وجدته:",
 "",
 f"- {T('2007.01434')}: https://arxiv.org/abs/2007.01434 (والكود في مستودع DomainBed على GitHub)",
 f"- {T('2106.04560')}: https://arxiv.org/pdf/2106.04560.pdf (ليس في القائمة، لكن اقرأوه مع ورقة المتانة الأولى)",
 f"- {T('2103.13646')}: https://openreview.net/forum?id=uB5x7Y2qsFR (لسارة، بخصوص التسميات المشوشة)",
 "",
 "ورقة Shortcut Learning عندي نسختها المطبوعة إن احتاجها أحد. سنناقش الورقتين الأولى والثانية يوم الأحد ١٩ مايو في قاعة ٣٠٤، الساعة ١١ صباحاً.",
 "",
 "مع التحية،",
 "د. محمود عبد الحميد",
 "قسم هندسة الحاسبات",
]
SENT = "Mon, May 13, 2024 6:02 am"
TO_PROF = "m.abdelhamid.eng@aol.com"
FWD_HDR = ["-----Original Message-----", "From: Academia.edu <updates@academia-mail.com>", f"To: {TO_PROF}",
           f"Sent: {SENT}", f"Subject: {ORIG_SUBJ}"]
TEXT = "\n".join(NOTE) + "\n\n\n" + "\n".join(FWD_HDR) + "\n\n" + ORIG_TXT
BR = '<br clear="none">'
note_html = "".join('<div dir="rtl">' + (html.escape(l) if l else BR) + "</div>" for l in NOTE)
HTML = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
        'sans-serif;font-size:13px;">' + note_html + '<div><br clear="none"></div>'
        '<div style="font-family:Arial, sans-serif;font-size:10pt;color:black;">' + "<br clear=\"none\">".join(html.escape(l) for l in FWD_HDR)
        + '<br clear="none"><div id="AOLMsgPart_2_6e1f0a4c-3b7d-4c52-9a1e-58f0d2c7b913"><div>'
        '<table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;font-family:Helvetica,Arial,sans-serif">'
        '<tr><td style="padding:20px 0"><img src="https://a.academia-assets.com/images/academia-logo-2021.png" alt="Academia.edu" width="140"></td></tr>'
        f'<tr><td style="font-size:16px;color:#1a1a1a">Hi Mahmoud,<br><br>Based on your research interests in {html.escape(INTERESTS)}, here are papers you may be interested in.</td></tr>'
        + "".join(html_cards) +
        f'<tr><td style="padding:20px 0"><a href="{A}/recommendations" style="color:#0645b1">See more recommendations</a></td></tr>'
        '<tr><td style="font-size:12px;color:#8a8a8a;padding-top:24px">Get access to the full text of millions of papers with '
        f'<a href="{A}/premium?source=email_recs" style="color:#8a8a8a">Academia Premium</a>.<br>Academia.edu, Inc., 580 California St., Suite 400, San Francisco, CA 94104<br>'
        f'<a href="{html.escape(UNSUB)}" style="color:#8a8a8a">Unsubscribe</a></td></tr></table></div></div></div></div></body></html>')
SUBJ = "للقراءة قبل اجتماع الأحد - Fwd: " + ORIG_SUBJ
def bword(s):
    b = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\r\n ".join(f"=?UTF-8?B?{b[i:i + 60]}?=" for i in range(0, len(b), 60))
BND = "----=_Part_2731904_1872305541.1715591647329"
hdr = [
 "Return-Path: <m.abdelhamid.eng@aol.com>",
 "Received: from sonic.example.net (sonic.example.net [203.0.113.47])",
 "\tby mx1.eng.example.edu.eg (Postfix) with ESMTPS id 4VdK2Q1x9Hz1Rt",
 "\tfor <ml-students@eng.example.edu.eg>; Mon, 13 May 2024 12:14:09 +0300 (EEST)",
 "Date: Mon, 13 May 2024 09:14:07 +0000 (UTC)",
 "From: Mahmoud Abdelhamid <m.abdelhamid.eng@aol.com>",
 "To: \"ml-students@eng.example.edu.eg\" <ml-students@eng.example.edu.eg>",
 "Message-ID: <1872305541.2731904.1715591647329@mail.yahoo.com>",
 "Subject: " + bword(SUBJ),
 "MIME-Version: 1.0",
 "Content-Type: multipart/alternative; ",
 f"\tboundary=\"{BND}\"",
 "X-Mailer: WebService/1.1.22321 AolMailNorton",
 "Content-Length: {LEN}",
]
body = (f"--{BND}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(TEXT)
        + f"\r\n--{BND}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(HTML)
        + f"\r\n--{BND}--\r\n")
eml = "\r\n".join(hdr).replace("{LEN}", str(len(body.encode()))) + "\r\n\r\n" + body
write_raw(F1419, eml.encode("ascii"), [eml, TEXT, HTML, html.unescape(HTML), SUBJ], keys(F1419))
