#!/usr/bin/env python3
"""864: a Ghost (5.x) newsletter e-mail sent through Mailgun and saved from the recipient's Gmail ("Download message",
.eml, CRLF): Gmail / Mailgun transport headers (`X-Mailgun-Sid`, `X-Mailgun-Sending-Ip`, `X-Mailgun-Tag: bulk-email`,
`X-Mailgun-Batch-Id`, `X-Mailgun-Variables` with the Ghost email id, `X-Mailgun-Track-Opens`), Ghost's one-click
`List-Unsubscribe` (`/unsubscribe/?uuid=…&key=…&newsletter=…`) with `List-Unsubscribe-Post`, RFC 2047 base64 words for
the Hindi `From` / `Reply-To` / `Subject` (folded), a Mailgun `Message-Id`, and `multipart/alternative` with a
quoted-printable UTF-8 `text/plain` part (Ghost's html-to-text output: "text [url]", " * " list items) and a
quoted-printable `text/html` part (Ghost's email template: preheader span, `table.body` / `td.container` /
`table.main`, `a.site-title`, `td.post-title` > `a.post-title-link`, `td.post-meta` with "View in browser",
`div.post-content` with Koenig cards — `kg-image-card`, `kg-bookmark-card` — feedback buttons, footer with Unsubscribe,
"Powered by Ghost"). Member link tracking rewrites every href to `https://<site>/r/<8 hex>?m=<member uuid>`, so a
paper is identified only by what the reader sees: URL-as-text links, an arXiv id in the prose, or its title. A Hindi
newsletter issue on ML for science and systems; a database, a library, a podcast and docs are not papers."""
import base64, hashlib, os, quopri, sys
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_raw
from make_expected import by_num, keys, CTC, ALPHAFOLD

F = by_num(864)
ids = {"fno": "2010.08895", "graph": "2106.05234", "gshard": "2006.16668", "eigen": "2010.00554", "ctc": CTC,
       "af": ALPHAFOLD, "feddyn": "2111.04263", "curious": "1904.09751"}
SITE = "https://vigyan-ml.example.in"
MEMBER = "3f1e9c2a-7b4d-4e8f-a0c6-5d2b8e1f9a37"
POST = f"{SITE}/ank-37-vigyan-aur-system/"
SITE_NAME = "विज्ञान ML"
TITLE = "अंक 37 · विज्ञान और सिस्टम के लिए ML: आठ पेपर जो बार-बार लौटते हैं"
AUTHOR = "अनन्या शर्मा"


def track(target):
    return f"{SITE}/r/{hashlib.sha1(target.encode()).hexdigest()[:8]}?m={MEMBER}"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


import re


def render(s):
    """`{a:visible|target}` → (html, text) with Ghost's tracked href"""
    h, t, pos = [], [], 0
    for m in re.finditer(r"\{a:([^|{}]+)\|([^{}]+)\}", s):
        h.append(esc(s[pos:m.start()])); t.append(s[pos:m.start()])
        vis, tgt = m.group(1), m.group(2)
        h.append(f'<a href="{esc(track(tgt))}">{esc(vis)}</a>'); t.append(f"{vis} [{track(tgt)}]")
        pos = m.end()
    h.append(esc(s[pos:])); t.append(s[pos:])
    return "".join(h), "".join(t)


BLOCKS = [
 ("p", "नमस्ते! इस हफ़्ते का अंक थोड़ा अलग है। पिछले महीने पाठकों के सर्वे में सबसे ज़्यादा माँग थी: «विज्ञान और सिस्टम वाले "
       "वे पेपर बताइए जिनका ज़िक्र हर जगह होता है, पर जिन्हें पढ़ने का समय नहीं मिलता।» तो यहाँ आठ पेपर हैं — कुछ नए, "
       "कुछ बिल्कुल पुराने।"),
 ("h2", "🧬 विज्ञान"),
 ("p", "<b>[[T:af]]</b> ([[AU:af:3]], Nature 2021)। AlphaFold 2 वाला पेपर — MSA और residue-pair प्रतिनिधित्व पर "
       "attention, और प्रयोगात्मक सटीकता के क़रीब संरचनाएँ। {a:Nature पर पढ़ें|https://www.nature.com/articles/alphafold2-paper}। "
       "साथ में {a:AlphaFold Protein Structure Database|https://alphafold.ebi.ac.uk/} भी देखें (यह डेटाबेस है, पेपर नहीं)।"),
 ("img", f"{SITE}/content/images/2024/03/fno-navier-stokes.png", "Navier–Stokes पर FNO का अनुमान"),
 ("p", "<b>[[T:fno]]</b> — PDE के हल को फ़ंक्शन से फ़ंक्शन के मैपिंग की तरह सीखना, और kernel को Fourier space में "
       "रखना ताकि मॉडल resolution पर निर्भर न रहे। पेपर: {a:https://arxiv.org/abs/2010.08895|https://arxiv.org/abs/2010.08895}। "
       "कोड के लिए {a:neuraloperator लाइब्रेरी|https://github.com/neuraloperator/neuraloperator} सबसे आसान शुरुआत है।"),
 ("bookmark", "[[T:fno]]", "Neural operators learn resolution-invariant solution operators of PDEs.",
  "https://arxiv.org/abs/2010.08895", "https://arxiv.org/static/browse/0.3.4/images/icons/apple-touch-icon.png",
  "arXiv.org", "[[AU0:fno:1]]"),
 ("p", "<b>[[T:graph]]</b> (Graphormer) — शीर्षक सवाल है, जवाब «नहीं»: centrality, spatial और edge encodings जोड़ने पर "
       "साधारण Transformer ग्राफ़ पर भी बढ़िया चलता है। अणुओं के गुण-अनुमान (OGB-LSC) में यह शीर्ष पर था। "
       "{a:https://arxiv.org/abs/2106.05234|https://arxiv.org/abs/2106.05234}"),
 ("h2", "⚙️ सिस्टम और स्केल"),
 ("p", "<b>[[T:gshard]]</b> — 600 अरब पैरामीटर वाला sparse mixture-of-experts अनुवाद मॉडल, और उससे भी ज़रूरी: XLA में "
       "annotation से अपने-आप sharding। आज के MoE मॉडलों की बहुत-सी शब्दावली यहीं से आई। "
       "{a:https://arxiv.org/abs/2006.16668|https://arxiv.org/abs/2006.16668}"),
 ("p", "<b>[[T:feddyn]]</b> ([[AU:feddyn:2]], ICLR 2021) — federated learning में हर डिवाइस पर एक «गतिशील» "
       "regularizer, ताकि स्थानीय optimum वैश्विक लक्ष्य से मेल खाए और संचार के दौर कम हों। "
       "{a:OpenReview पर पढ़ें|https://openreview.net/}"),
 ("h2", "📜 पुराने क्लासिक, जो आज भी काम आते हैं"),
 ("ul", [
   "<b>[[T:ctc]]</b> ([[AU:ctc:2]], ICML 2006) — CTC loss: हर संभव alignment पर योग, ताकि बिना segment किए लेबल से "
   "RNN सीखे। आज के speech मॉडलों में भी मौजूद।",
   "<b>[[T:curious]]</b> — nucleus (top-p) sampling वाला पेपर। Hugging Face के {a:generate() दस्तावेज़|https://huggingface.co/docs/transformers/main_classes/text_generation} "
   "में जो top_p है, वह यहीं से है।",
   "<b>[[T:eigen]]</b> (arXiv:2010.00554) — PCA को खेल की तरह: हर eigenvector एक खिलाड़ी। ICLR 2021 का outstanding paper।",
 ]),
 ("hr",),
 ("p", "🎧 इस हफ़्ते का पॉडकास्ट: «विज्ञान ML बातचीत», एपिसोड 12 — प्रोटीन संरचना और ML पर एक संरचनात्मक जीवविज्ञानी से बात। "
       "{a:यहाँ सुनें|https://vigyan-ml.example.in/podcast/12/}"),
 ("p", "अगले अंक में: ML for weather। जवाब देकर बताइए कि कौन-सा पेपर छूट गया — हम हर ईमेल पढ़ते हैं।"),
]


def html_of(b):
    k = b[0]
    if k == "p": return f"<p>{render(fill(b[1], ids))[0].replace('&lt;b&gt;', '<strong>').replace('&lt;/b&gt;', '</strong>')}</p>"
    if k == "h2": return f'<h2 id="{hashlib.md5(b[1].encode()).hexdigest()[:6]}">{esc(b[1])}</h2>'
    if k == "ul": return "<ul>" + "".join(f"<li>{render(fill(x, ids))[0].replace('&lt;b&gt;', '<strong>').replace('&lt;/b&gt;', '</strong>')}</li>" for x in b[1]) + "</ul>"
    if k == "hr": return "<hr>"
    if k == "img":
        return (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{b[1]}" class="kg-image" alt="{esc(b[2])}" '
                f'loading="lazy" width="600" height="338"><figcaption>{esc(b[2])}</figcaption></figure>')
    if k == "bookmark":
        t, d, u, icon, a_, pub = b[1:]
        return (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{esc(track(u))}">'
                f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(fill(t, ids))}</div>'
                f'<div class="kg-bookmark-description">{esc(d)}</div><div class="kg-bookmark-metadata">'
                f'<img class="kg-bookmark-icon" src="{icon}" alt=""><span class="kg-bookmark-author">{esc(a_)}</span>'
                f'<span class="kg-bookmark-publisher">{esc(fill(pub, ids))}</span></div></div></a></figure>')


def text_of(b):
    k = b[0]
    if k == "p": return render(fill(b[1], ids))[1].replace("<b>", "").replace("</b>", "")
    if k == "h2": return b[1]
    if k == "ul": return "\n".join(" * " + render(fill(x, ids))[1].replace("<b>", "").replace("</b>", "") for x in b[1])
    if k == "hr": return "-" * 80
    if k == "img": return b[2]
    if k == "bookmark":
        t, d, u, icon, a_, pub = b[1:]
        return f"{fill(t, ids)} [{track(u)}]\n{d}\n{a_}{fill(pub, ids)}"


UNSUB = f"{SITE}/unsubscribe/?uuid={MEMBER}&key=8c5e1b7f0a2d4c6e9b3f1a7d5c2e8b40&newsletter=5e0a6c1d-2b8f-4a93-b7e4-1c9d0f3a8e26"
content_html = "".join(html_of(b) for b in BLOCKS)
PREHEADER = "आठ पेपर: प्रोटीन से PDE तक, MoE से CTC तक।"

HTML = f"""<!doctype html>
<html>
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<title>{esc(TITLE)}</title>
<style>
.post-title-link {{ color: #15212A; display: block; text-align: center; margin-top: 50px; }}
.post-meta, .view-online {{ color: #738a94; font-size: 13px; letter-spacing: 0.1px; }}
.kg-bookmark-card {{ width: 100%; margin-top: 0; }}
.footer-powered {{ text-align: center; padding-bottom: 40px; }}
</style>
</head>
<body style="background-color: #ffffff; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; -webkit-font-smoothing: antialiased; font-size: 18px; line-height: 1.4; margin: 0; padding: 0; color: #15212A;">
<span class="preheader" style="color: transparent; display: none; height: 0; max-height: 0; max-width: 0; opacity: 0; overflow: hidden; mso-hide: all; visibility: hidden; width: 0;">{esc(PREHEADER)}</span>
<table role="presentation" border="0" cellpadding="0" cellspacing="0" class="body" width="100%" bgcolor="#fff">
<tr>
<td>&nbsp;</td>
<td class="container" width="600">
<div class="content">
<table role="presentation" border="0" cellpadding="0" cellspacing="0" class="main" width="100%">
<tr>
<td class="wrapper">
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td class="site-info-bordered" width="100%" align="center">
<table role="presentation" border="0" cellpadding="0" cellspacing="0">
<tr>
<td class="site-url"><div style="width: 100% !important;"><a href="{esc(track(SITE + '/'))}" class="site-title">{SITE_NAME}</a></div></td>
</tr>
</table>
</td>
</tr>
<tr>
<td class="post-title"><a href="{esc(track(POST))}" class="post-title-link">{esc(TITLE)}</a></td>
</tr>
<tr>
<td>
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" class="post-meta-wrapper">
<tr>
<td height="20" class="post-meta">By {AUTHOR} – 22 Mar 2024 – <a href="{esc(track(POST))}" class="view-online-link">View in browser</a></td>
</tr>
</table>
</td>
</tr>
<tr>
<td class="post-content-row">
<div class="post-content">{content_html}</div>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td class="wrapper" align="center">
<table role="presentation" border="0" cellpadding="0" cellspacing="0" class="feedback-buttons" width="100%">
<tr>
<td class="feedback-button"><a href="{esc(POST)}#/feedback/65fcee7b2c9d4e0011a3b7f0/1/?uuid={MEMBER}&amp;key=8c5e1b7f0a2d4c6e9b3f1a7d5c2e8b40">More like this</a></td>
<td class="feedback-button"><a href="{esc(POST)}#/feedback/65fcee7b2c9d4e0011a3b7f0/0/?uuid={MEMBER}&amp;key=8c5e1b7f0a2d4c6e9b3f1a7d5c2e8b40">Less like this</a></td>
<td class="feedback-button"><a href="{esc(track(POST + '#ghost-comments'))}">Comment</a></td>
</tr>
</table>
</td>
</tr>
<tr>
<td class="wrapper" align="center">
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td class="footer">{SITE_NAME} &copy; 2024 – <a href="{esc(UNSUB)}">Unsubscribe</a></td>
</tr>
<tr>
<td class="footer-powered"><a href="https://ghost.org/?via=pbg-newsletter"><img src="https://static.ghost.org/v4.0.0/images/powered.png" border="0" width="142" height="30" class="gh-powered" alt="Powered by Ghost"></a></td>
</tr>
</table>
</td>
</tr>
</table>
</div>
</td>
<td>&nbsp;</td>
</tr>
</table>
</body>
</html>
"""

TEXT = "\n\n".join([
 f"{SITE_NAME} [{track(SITE + '/')}]",
 f"{TITLE} [{track(POST)}]",
 f"By {AUTHOR} – 22 Mar 2024 – View in browser [{track(POST)}]",
 *[text_of(b) for b in BLOCKS],
 f"More like this [{POST}#/feedback/65fcee7b2c9d4e0011a3b7f0/1/?uuid={MEMBER}&key=8c5e1b7f0a2d4c6e9b3f1a7d5c2e8b40]",
 f"Less like this [{POST}#/feedback/65fcee7b2c9d4e0011a3b7f0/0/?uuid={MEMBER}&key=8c5e1b7f0a2d4c6e9b3f1a7d5c2e8b40]",
 f"Comment [{track(POST + '#ghost-comments')}]",
 f"{SITE_NAME} © 2024 – Unsubscribe [{UNSUB}]",
 "Powered by Ghost [https://ghost.org/?via=pbg-newsletter]",
]) + "\n"


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def hdr(name, value):
    return name + ": " + Header(value, "utf-8", header_name=name).encode(linesep="\n")


BOUND = "0c3b9f6e4a2d41d8a7b5e2f1c9d3a6b8"
SID = base64.b64encode(b'["4e5ac", "rahul.verma@example.com", "91e2d"]').decode()
HEADERS = [
 "Delivered-To: rahul.verma@example.com",
 "Received: by 2002:a05:7010:6c0e:b0:3d1:2f4a:9b07 with SMTP id h14csp412873mdp;",
 "        Thu, 21 Mar 2024 19:30:07 -0700 (PDT)",
 "Return-Path: <bounce+4e5ac.91e2d-rahul.verma=example.com@mg.vigyan-ml.example.in>",
 "Received: from m192-0-2-45.mailgun.net (m192-0-2-45.mailgun.net. [192.0.2.45])",
 "        by mx.google.com with UTF8SMTPS id 6a1803df08f44-690bd9e5c12si3187426d6.412.2024.03.21.19.30.06",
 "        for <rahul.verma@example.com>;",
 "        Thu, 21 Mar 2024 19:30:07 -0700 (PDT)",
 "DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=vigyan-ml.example.in; q=dns/txt; s=mg; t=1711074604;",
 " h=Content-Type: Mime-Version: Subject: Subject: From: From: Reply-To: To: To: Date: Message-Id: List-Unsubscribe-Post: List-Unsubscribe: Sender: Sender;",
 " bh=Zq9n1Vt6cXkP4sL0aR8wD2eJ7mH3yU5iB1oG9fQ6tE0=;",
 " b=kT3v9sQ1xW7nB5mD0rY2cF8hJ4lP6aE1gU9zK3oR7tS5wN0qV2yX8iL4bM6dC1fH3jA9eG7",
 "X-Mailgun-Sending-Ip: 192.0.2.45",
 f"X-Mailgun-Sid: {SID}",
 "Sender: noreply@vigyan-ml.example.in",
 "Date: Fri, 22 Mar 2024 02:30:04 +0000",
 "Message-Id: <20240322023004.5f1c7a9e2b3d4086@vigyan-ml.example.in>",
 "X-Mailgun-Tag: bulk-email",
 "X-Mailgun-Batch-Id: 65fcee8c4d1e2a0b7f3c9e51",
 'X-Mailgun-Variables: {"email-id": "65fcee7b2c9d4e0011a3b7f2"}',
 "X-Mailgun-Track-Opens: true",
 f"List-Unsubscribe: <{UNSUB}>,",
 " <mailto:unsubscribe+3f1e9c2a@vigyan-ml.example.in>",
 "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
 hdr("Reply-To", SITE_NAME) + " <noreply@vigyan-ml.example.in>",
 "To: rahul.verma@example.com",
 hdr("From", SITE_NAME) + " <noreply@vigyan-ml.example.in>",
 hdr("Subject", TITLE),
 "Mime-Version: 1.0",
 f'Content-Type: multipart/alternative; boundary="{BOUND}"',
]
msg = "\n".join(HEADERS) + "\n\n" + "\n".join([
 f"--{BOUND}",
 "Content-Transfer-Encoding: quoted-printable",
 "Content-Type: text/plain; charset=utf-8",
 "",
 qp(TEXT).rstrip("\n"),
 f"--{BOUND}",
 "Content-Transfer-Encoding: quoted-printable",
 "Content-Type: text/html; charset=utf-8",
 "",
 qp(HTML).rstrip("\n"),
 f"--{BOUND}--",
 "",
])
data = msg.replace("\n", "\r\n").encode("ascii")

if __name__ == "__main__":
    import html as _h
    write_raw(F, data, [TEXT, _h.unescape(re.sub(r"<[^>]+>", "\n", HTML))], keys(F))
