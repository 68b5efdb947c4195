#!/usr/bin/env python3
"""1439: a Zeta Alpha weekly recommendations e-mail for a tag, forwarded from the Iranian webmail Chmail by a PhD
student to her lab list with a Persian note: .eml, CR LF, the subject in RFC 2047 B-words, multipart/alternative
with text/plain and text/html, both UTF-8 in quoted-printable (every Persian letter is `=D8=..`, soft breaks at 76
columns). The forward block gives the original's date in the Solar Hijri calendar with Persian digits (computed from
the Gregorian date, the weekday checked); the outer Date is in Iran time (+0330). The cards link only to Zeta Alpha
document pages (hex ids); the note adds arXiv / OpenReview links for three papers and an arXiv id for one. Not papers:
the journal club, the slides, the Zeta Alpha document pages, tag and settings links."""
import datetime as dt, hashlib, os, sys
from email import quoprimime
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from jalali import g2j
from make_expected import F1439, keys
import html as H

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
orig = dt.datetime(2024, 6, 10, 9, 12)  # the digest's date, Iran time
jy, jm, jd = g2j(orig.year, orig.month, orig.day)
fa_date = f"{WD[orig.weekday()]} {jd} {JM[jm - 1]} {jy}، ساعت {orig:%H:%M}".translate(FA)
outer = dt.datetime(2024, 6, 11, 8, 47, 31)
DATE = outer.strftime("%a, %d %b %Y %H:%M:%S") + " +0330"

CARDS = ["2306.05685", "2303.11366", "2310.06770", "2310.11511", "2009.03300", "2206.14858", "2307.03172", "2103.14625"]
def zid(k): return hashlib.sha1(("za:" + k).encode()).hexdigest()[:24]
def who(k):
    a = CAT[k]["authors"]
    return ", ".join(a[:3]) + (" et al." if len(a) > 3 else "")
def when(k):
    d = dt.date.fromisoformat(CAT[k]["published"][:10])
    return f"{d.day} {d:%b %Y}"
WHY = {"2306.05685": "You saved 3 similar documents", "2303.11366": "Trending in your network",
       "2310.06770": "Cited by 2 documents in your tag", "2310.11511": "You saved 2 similar documents",
       "2009.03300": "Frequently cited in your tag", "2206.14858": "Similar to your recent searches",
       "2307.03172": "You saved 4 similar documents", "2103.14625": "Similar to your recent searches"}

note = [
 "سلام به همه،",
 "",
 "این ایمیل هفتگی Zeta Alpha برای تگ «LLM evaluation» است. برای ژورنال‌کلاب پنجشنبه این چهار تا را پیشنهاد می‌کنم:",
 "",
 f"۱. «{T('2306.05685')}» — https://arxiv.org/abs/2306.05685 (همان مقاله‌ی MT-Bench)",
 f"۲. SWE-bench — نسخه‌ی ICLR 2024 در OpenReview: https://openreview.net/forum?id=VTF8yNQM66",
 f"۳. Self-RAG — https://arxiv.org/abs/2310.11511",
 "۴. Reflexion (arXiv:2303.11366) را خودم ارائه می‌دهم، اسلایدها را چهارشنبه در گروه می‌گذارم.",
 "",
 "بقیه (MMLU و Minerva و Lost in the Middle و Dodrio) را یا قبلاً خوانده‌ایم یا ربطی به پروژه ندارند؛ فقط برای مرجع.",
 "لینک‌های Zeta Alpha بدون حساب کاربری باز نمی‌شوند؛ اگر حساب ندارید اسم مقاله را در آرکایو جستجو کنید.",
 "",
 "ممنون،",
 "سارا رحیمی",
 "آزمایشگاه پردازش زبان طبیعی، دانشکده‌ی مهندسی کامپیوتر",
]
fwd_head = [
 "",
 "-------- پیام اصلی --------",
 "از: Zeta Alpha <digest@zeta-alpha.com>",
 f"تاریخ: {fa_date}",
 "به: s.rahimi1368@chmail.ir",
 "موضوع: Your weekly recommendations: 8 documents for \"LLM evaluation\"",
 "",
]
dig = ["Zeta Alpha", "", "Your weekly recommendations", "Tag \"LLM evaluation\" · 8 documents · Week 24, 2024", ""]
for n, k in enumerate(CARDS, 1):
    dig += [f"{n}. {T(k)}", f"   {who(k)} · arXiv · {when(k)}", f"   {WHY[k]}",
            f"   View document: https://search.zeta-alpha.com/documents/{zid(k)}", ""]
dig += ["Discover more in Zeta Alpha: https://search.zeta-alpha.com/?tag=llm-evaluation",
        "",
        "You receive this email because you follow the tag \"LLM evaluation\".",
        "Manage notifications: https://search.zeta-alpha.com/settings/notifications",
        "Unsubscribe: https://search.zeta-alpha.com/unsubscribe?token=" + hashlib.sha1(b"unsub-1439").hexdigest(),
        "Zeta Alpha, Amsterdam, The Netherlands"]
plain = "\r\n".join(note + fwd_head + dig) + "\r\n"

def a(u, t=None): return f'<a href="{H.escape(u)}" target="_blank">{H.escape(t or u)}</a>'
def linkify(s):
    out = []
    for w in s.split(" "):
        out.append(a(w) if w.startswith("https://") else H.escape(w))
    return " ".join(out)
hn = "".join(f"<div>{linkify(l) if l else '<br>'}</div>\r\n" for l in note)
hc = ""
for n, k in enumerate(CARDS, 1):
    u = f"https://search.zeta-alpha.com/documents/{zid(k)}"
    hc += (f'<tr><td style="padding:12px 0;border-bottom:1px solid #e6e6e6">\r\n'
           f'<div style="font-size:16px;font-weight:600">{n}. {a(u, T(k))}</div>\r\n'
           f'<div style="color:#666;font-size:13px">{H.escape(who(k))} · arXiv · {when(k)}</div>\r\n'
           f'<div style="color:#0a7c6c;font-size:12px">{H.escape(WHY[k])}</div>\r\n'
           f'<div style="font-size:13px">View document: {a(u)}</div>\r\n</td></tr>\r\n')
hf = "".join(f"<div>{H.escape(l) if l else '<br>'}</div>\r\n" for l in fwd_head)
tail = dig[dig.index("Discover more in Zeta Alpha: https://search.zeta-alpha.com/?tag=llm-evaluation"):]
ht = "".join(f"<p style=\"font-size:12px;color:#888\">{linkify(l)}</p>\r\n" for l in tail if l)
html_part = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\r\n'
             '<body><div dir="rtl" style="font-family:Tahoma,sans-serif;font-size:14px">\r\n' + hn + '</div>\r\n'
             '<div dir="rtl" style="font-family:Tahoma,sans-serif;font-size:13px;color:#555">\r\n' + hf + '</div>\r\n'
             '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex" dir="ltr">\r\n'
             '<div style="font-family:Arial,sans-serif;max-width:600px">\r\n'
             '<h2 style="margin:0">Zeta Alpha</h2>\r\n<h3>Your weekly recommendations</h3>\r\n'
             '<p style="color:#666">Tag &quot;LLM evaluation&quot; · 8 documents · Week 24, 2024</p>\r\n'
             '<table cellpadding="0" cellspacing="0" width="100%">\r\n' + hc + '</table>\r\n' + ht +
             '</div></blockquote></body></html>\r\n')

def qp(s):
    return quoprimime.body_encode(s.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")

B = "----=_Part_118204_1739472110.1718084251877"
subj = Header("Fwd: Your weekly recommendations: 8 documents for \"LLM evaluation\" — مقاله‌های ژورنال‌کلاب", "utf-8", maxlinelen=76).encode(linesep="\r\n")
hdr = [
 "Return-Path: <s.rahimi1368@chmail.ir>",
 "Received: from webmail.chmail.ir (webmail.chmail.ir [198.51.100.23])",
 "\tby mx2.chmail.ir with ESMTPSA id 4VyC7q2mRkz9sX",
 f"\tfor <nlp-lab@ce.example.ac.ir>; {DATE}",
 f"Date: {DATE}",
 "From: =?UTF-8?B?" + __import__("base64").b64encode("سارا رحیمی".encode()).decode() + "?= <s.rahimi1368@chmail.ir>",
 "To: nlp-lab@ce.example.ac.ir",
 "Cc: m.karimi@ce.example.ac.ir",
 "Message-ID: <1718084251877.118204.chmail@webmail.chmail.ir>",
 f"Subject: {subj}",
 "MIME-Version: 1.0",
 f"Content-Type: multipart/alternative; boundary=\"{B}\"",
 "X-Mailer: Chmail Webmail",
 "X-Originating-IP: [203.0.113.88]",
]
body = (f"--{B}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp(plain) + f"\r\n--{B}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp(html_part) + f"\r\n--{B}--\r\n")
eml = "\r\n".join(hdr) + "\r\n\r\n" + body
write_raw(F1439, eml.encode("ascii"), [plain, html_part, H.unescape(html_part), "Fwd"], keys(F1439))
