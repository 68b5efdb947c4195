#!/usr/bin/env python3
"""966 (negative): the last message of a Gmail thread between an Indian PhD student and her advisor about the arXiv
endorsement she needs for her first preprint, as the advisor's client saved it (.eml, CRLF): Gmail's Received
lines, MIME-Version, Date, References / In-Reply-To, Message-ID `<CA…@mail.gmail.com>`, Subject `Re: Fwd: …`, From,
To, multipart/alternative with a Gmail boundary (`0000000000` + 18 hex), text/plain and text/html, both UTF-8 base64
in 76-column lines. The plain part quotes with `>` / `>>` under Gmail's attribution lines (hers in English, his
Gmail in Hindi: `… को … बजे … ने लिखा:`); the HTML part has `div dir="ltr"`, `gmail_quote` / `gmail_attr` blocks and
blockquotes. Inside, her forward (`---------- Forwarded message ---------`) of arXiv's endorsement request (the
endorse URL with its six-character code, the fallback page, `Endorsement Code:`). Hindi. The thread is all about
papers — the preprint, its category, the licence, the conference's anonymity rule, the references' BibTeX — and
names none: no catalogue title, no arXiv id (the builder refuses both)."""
import base64, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import OUT, check_no_distractor, no_catalogue_title
from make_expected import by_num

F = by_num(966)
CRLF = "\r\n"
PRIYA, P_ADDR = "Priya Sharma", "priya.sharma@iitp.example.in"
MEHTA, M_ADDR = "Arvind Mehta", "arvind.mehta@iitp.example.in"
CODE = "QK7Z2P"
BOUNDARY = "0000000000004f8c2e0613a1b7d9"

arxiv_mail = [
    f"{PRIYA} requests your endorsement to submit an article to the cs.LG section of",
    "arXiv. To tell us that you would (or would not) like to endorse this person,",
    "please visit the following URL:",
    "",
    f"https://arxiv.org/auth/endorse?x={CODE}",
    "",
    "If that URL does not work for you, please visit",
    "",
    "   http://arxiv.org/auth/endorse.php",
    "",
    "and enter the following six-digit alphanumeric string:",
    "",
    f"Endorsement Code: {CODE}",
]
fwd_head = [("From", "arXiv", "help@arxiv.org"), ("Date", "Tue, Mar 12, 2024 at 10:15 PM", None),
            ("Subject", "arXiv endorsement request", None), ("To", None, P_ADDR)]
msg1 = [
    "सर, नमस्ते।",
    "",
    "हमारे हिंदी ASR वाले पेपर का प्रीप्रिंट arXiv पर डालना है। मेरा अकाउंट नया है, इसलिए पहली बार",
    "सबमिट करने पर arXiv endorsement माँग रहा है। आप cs.LG के endorser हैं, तो नीचे वाला मेल",
    "फ़ॉरवर्ड कर रही हूँ। अगर आपको ठीक लगे तो लिंक पर क्लिक करके endorse कर दीजिए।",
    "",
    "धन्यवाद,",
    "प्रिया",
]
msg2 = [
    "प्रिया,",
    "",
    "endorse करने से पहले कुछ बातें:",
    "1. Overleaf वाला फ़ाइनल ड्राफ़्ट भेजो, पिछली बार references की BibTeX में कई एंट्री अधूरी थीं",
    "   (venue और साल गायब)। related work वाले सेक्शन में भी दो जगह citation टूटे हुए हैं।",
    "2. Interspeech की anonymity policy देख लो — review के दौरान प्रीप्रिंट डालने की अनुमति है या नहीं।",
    "3. category cs.LG ही रखो पर eess.AS में cross-list कर देना, speech वाले लोग वहीं देखते हैं।",
    "4. licence CC BY 4.0 चुनना, डेटासेट वाली शर्तों के हिसाब से वही ठीक है।",
    "",
    "ये सब हो जाए तो बताना, फिर मैं endorse कर दूँगा।",
    "",
    "— अरविंद मेहता",
]
msg3 = [
    "सर,",
    "",
    "सब कर दिया है:",
    "- ड्राफ़्ट का लिंक लैब के Drive में \"preprint-final\" फ़ोल्डर में है, BibTeX की सारी एंट्री ठीक कर दीं",
    "  और टूटे citation भी।",
    "- Interspeech इस साल review के दौरान arXiv की अनुमति देता है, बस title में conference का नाम नहीं",
    "  होना चाहिए और सबमिशन नंबर कहीं नहीं लिखना है।",
    "- cs.LG + eess.AS cross-list, licence CC BY 4.0।",
    "",
    "endorsement code फिर से नीचे है। रोहन और आदित्य को co-author के तौर पर जोड़ दिया है।",
    "",
    "धन्यवाद,",
    "प्रिया",
]
attr_mehta_hi = f"मंगल, 12 मार्च 2024 को 10:41 pm बजे {PRIYA} <{P_ADDR}> ने लिखा:"
attr_priya_en = f"On Wed, Mar 13, 2024 at 9:02 AM {MEHTA} <{M_ADDR}> wrote:"


def q(lines, depth=1):
    return [(">" * depth + (" " + l if l else "")) for l in lines]


fwd_plain = ["---------- Forwarded message ---------"] + \
    [f"{k}: " + (f"{v} <{a}>" if v and a else (f"<{a}>" if a else v)) for k, v, a in fwd_head] + [""] + arxiv_mail
plain_lines = msg3 + ["", attr_priya_en, ""] + q(msg2) + [">", "> " + attr_mehta_hi, ">"] + \
    q(msg1, 2) + [">>", ">>"] + q(fwd_plain, 2) + [">>", ">"]
plain = CRLF.join(plain_lines) + CRLF


def e(s):
    return html.escape(s, quote=False)


def divs(lines):
    return "".join("<div><br></div>" if not l else f"<div>{e(l)}</div>" for l in lines)


BQ = 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"'


def fwd_html():
    head = "---------- Forwarded message ---------<br>"
    for k, v, a in fwd_head:
        if k == "From":
            head += (f'From: <strong class="gmail_sendername" dir="auto">{e(v)}</strong> <span dir="auto">&lt;'
                     f'<a href="mailto:{a}">{a}</a>&gt;</span><br>')
        elif a:
            head += f'{k}:  &lt;<a href="mailto:{a}">{a}</a>&gt;<br>'
        else:
            head += f"{k}: {e(v)}<br>"
    body = "<br>".join(e(l).replace("  ", "&nbsp; ") for l in arxiv_mail).replace(
        f"https://arxiv.org/auth/endorse?x={CODE}",
        f'<a href="https://arxiv.org/auth/endorse?x={CODE}">https://arxiv.org/auth/endorse?x={CODE}</a>')
    return f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}</div><br><br>{body}<br>' + CRLF + '</div>'


attr_priya_html = e(attr_priya_en).replace(e(f"<{M_ADDR}>"), f'&lt;<a href="mailto:{M_ADDR}">{M_ADDR}</a>&gt;')
attr_mehta_html = e(attr_mehta_hi).replace(e(f"<{P_ADDR}>"), f'&lt;<a href="mailto:{P_ADDR}">{P_ADDR}</a>&gt;')
html_text = (
    f'<div dir="ltr">{divs(msg3)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    f'{attr_priya_html}<br></div>'
    f'<blockquote class="gmail_quote" {BQ}><div dir="ltr">{divs(msg2)}</div><br><div class="gmail_quote">'
    f'<div dir="ltr" class="gmail_attr">{attr_mehta_html}<br></div>'
    f'<blockquote class="gmail_quote" {BQ}><div dir="ltr">{divs(msg1)}<br>{fwd_html()}</div>' + CRLF + '</blockquote></div>' + CRLF +
    '</blockquote></div>' + CRLF)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").replace("\n", CRLF)


headers = [
    f"Delivered-To: {M_ADDR}",
    "Received: by 2002:a05:7010:5c4a:b0:3a1:2f7e:1c3d with SMTP id x10csp2417mdd;\r\n"
    "        Tue, 12 Mar 2024 22:57:48 -0700 (PDT)",
    "X-Received: by 2002:a17:90a:d3c4:b0:29b:c8e2:4f1a with SMTP id s4-20020a17090ad3c4b0029bc8e24f1amr2093815pjw.31.1710309468118;\r\n"
    "        Tue, 12 Mar 2024 22:57:48 -0700 (PDT)",
    "MIME-Version: 1.0",
    "References: <CAHx9kQ3mZt7vR1pL8wYc2nE5sB0aF4dG6hJ9kL2mN7pQ1rS3tU@mail.gmail.com>\r\n"
    " <CAJv4yT8nP2qW6xZ0cB3dF5gH7jK9lM1nP3qR5sT7vW9xY1zA2b@mail.gmail.com>",
    "In-Reply-To: <CAJv4yT8nP2qW6xZ0cB3dF5gH7jK9lM1nP3qR5sT7vW9xY1zA2b@mail.gmail.com>",
    "From: Priya Sharma <" + P_ADDR + ">",
    "Date: Wed, 13 Mar 2024 11:27:44 +0530",
    "Message-ID: <CAHx9kQ1bV5nX8zA3cD6fG9hJ2kL5mN8pQ1rS4tU7vW0xY3zB6c@mail.gmail.com>",
    "Subject: Re: Fwd: arXiv endorsement request",
    f"To: {MEHTA} <{M_ADDR}>",
    f'Content-Type: multipart/alternative; boundary="{BOUNDARY}"',
]
msg = CRLF.join(headers) + CRLF + CRLF + f"--{BOUNDARY}" + CRLF + 'Content-Type: text/plain; charset="UTF-8"' + CRLF + \
    "Content-Transfer-Encoding: base64" + CRLF + CRLF + b64(plain) + CRLF + f"--{BOUNDARY}" + CRLF + \
    'Content-Type: text/html; charset="UTF-8"' + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF + \
    b64(html_text) + CRLF + f"--{BOUNDARY}--" + CRLF

for form in (msg, plain, html.unescape(html_text)):
    check_no_distractor(form, F)
    no_catalogue_title(form, F)
    if re.search(r"(?<![\d.])\d{4}\.\d{4,5}(?!\d)", form):
        raise SystemExit(f"{F}: an arXiv-shaped id in the negative control")
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, F), "wb") as fh:
    fh.write(msg.encode("ascii"))
