#!/usr/bin/env python3
"""659: a message saved from the Zimbra web client's "Show Original" (.eml, CRLF): Postfix / LMTP Received lines,
Zimbra's Message-ID (<n.n.<ms>.JavaMail.zimbra@host>, the milliseconds = Date), X-Mailer ZimbraWebClient,
Thread-Topic / Thread-Index, RFC 2047 encoded Arabic names, multipart/alternative with text/plain and text/html both
quoted-printable (76-column soft breaks). An Arabic note forwarding a trimmed arXiv cs daily listing (replacements
section) with Zimbra's localised forward header block and the HTML part's zwchr divider / data-marker divs."""
import base64, datetime, html as H, os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, au, write_raw
from make_expected import F659, keys, CTC

def ew(s):
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def authors_full(k):
    a = CAT[k]["authors"]
    return ", ".join(a[:-1]) + " and " + a[-1] if len(a) > 1 else a[0]


def wrap(label, s):
    return "\n".join(textwrap.wrap(label + s, width=79, subsequent_indent="  ", break_on_hyphens=False))


ENTRIES = [("2309.06180", "Mon, 11 Mar 2024 17:02:11 GMT", "1203kb", "cs.LG cs.DC", "SOSP 2023"),
           ("2306.15595", "Mon, 11 Mar 2024 09:45:30 GMT", "734kb", "cs.CL cs.AI cs.LG", "Fix template issues"),
           ("2006.16668", "Sat, 9 Mar 2024 21:13:52 GMT", "1462kb", "cs.CL cs.LG stat.ML", None),
           ("2010.00554", "Fri, 8 Mar 2024 20:31:07 GMT", "5120kb", "cs.LG cs.GT stat.ML", "Published as a conference paper at ICLR 2021")]
listing = ["------------------------------------------------------------------------------",
           "------------------------------------------------------------------------------",
           "Send any comments regarding submissions directly to submitter.",
           "------------------------------------------------------------------------------",
           "Archives at http://arxiv.org/",
           "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
           "------------------------------------------------------------------------------",
           " Submissions to:", "Computation and Language", "Distributed, Parallel, and Cluster Computing",
           "Machine Learning",
           " received from  Fri  8 Mar 24 19:00:00 GMT  to  Mon 11 Mar 24 18:00:00 GMT",
           "------------------------------------------------------------------------------",
           "------------------------------------------------------------------------------",
           "[... حذفتُ الإرسالات الجديدة والقوائم المتقاطعة — هـ.ق ...]",
           "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---"]
for k, when, size, cats, com in ENTRIES:
    listing += ["------------------------------------------------------------------------------", "\\\\",
                f"arXiv:{k}", f"replaced with revised version {when}   ({size})", "",
                wrap("Title: ", T(k)), wrap("Authors: ", authors_full(k)), f"Categories: {cats}"]
    if com: listing.append(wrap("Comments: ", com))
    listing.append(f"\\\\ ( https://arxiv.org/abs/{k} ,  {size})")
listing += ["------------------------------------------------------------------------------",
            "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---"]

note = [
    "مرحبًا بالجميع،",
    "",
    "أعيد توجيه جزء من قائمة arXiv اليومية لصباح اليوم (قسم النسخ المعدّلة فقط)، لأن أربع أوراق من قائمة قراءاتنا في "
    "أنظمة النماذج الكبيرة نُشرت لها نسخ جديدة. أرجو ممن سيعرض في جلسة الخميس أن يقرأ النسخة الأحدث.",
    "",
    "ملاحظات إضافية للجلسة:",
    f"- ورقة التقييم الكبرى: {T('2206.04615')} ({au('2206.04615')})، رقمها arXiv:2206.04615 — سنناقش منها قسم المهام "
    "العربية فقط.",
    f"- للمقارنة في محور التعلّم الموزّع: {T('2111.04263')} ({au('2111.04263')}، ICLR 2021). النسخة المطبوعة عندي في المكتب.",
    f"- لمن يسأل عن خلفية النماذج التوليدية: {T('1907.05600')} — {au('1907.05600')}، NeurIPS 2019.",
    f"- وأخيرًا ورقة كلاسيكية في التعرّف على الكلام: {CTC} ({au(CTC)}، ICML 2006) — لا تتوفر على arXiv، "
    "وملف PDF موجود في مجلد المجموعة المشترك.",
    "",
    "تذكير: مكتبة vLLM ومستودع Megatron-LM برمجيات وليست أوراقًا، فلا تضيفوها إلى جدول القراءات.",
    "",
    "مع التحية،",
    "هالة القحطاني",
    "مختبر معالجة اللغة — جامعة الواحة (مثال)",
]
hdr_block = [
    "----- رسالة مُعاد توجيهها -----",
    'من: "send mail ONLY to cs" <no-reply@arxiv.org>',
    'إلى: "cs daily title/abstract distribution" <rabble@arxiv.org>',
    "مُرسَل: الثلاثاء 12 مارس 2024 4:14:09 ص",
    "الموضوع: cs daily Subj-class mailing 2c02103 13",
]
plain = "\n".join(note + ["", ""] + hdr_block + [""] + listing) + "\n"


def linkify(s):
    import re
    return re.sub(r"(https?://[^\s,]+)", r'<a href="\1" target="_blank">\1</a>', H.escape(s, quote=False))


html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000" dir="rtl">'
        + "".join((f"<div>{H.escape(l, quote=False)}</div>" if l else '<div><br data-mce-bogus="1"></div>') for l in note)
        + '<div><br data-mce-bogus="1"></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
        + "".join(f"<b>{H.escape(l.split(': ', 1)[0])}: </b>{H.escape(l.split(': ', 1)[1], quote=False)}<br>" for l in hdr_block[1:])
        + '</div><br><div data-marker="__QUOTED_TEXT__"><div dir="ltr" style="font-family: courier new, courier, monospace;">'
        + "<br>".join(linkify(l) for l in listing) + "</div></div></div></body></html>")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


B = "=_6b1f3e2a-0c7d-4e52-9a1b-5f8e2d7c4a90"
date = datetime.datetime(2024, 3, 12, 10, 41, 22, 507000, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
ms = int(date.timestamp() * 1000)
headers = [
    "Return-Path: <h.alqahtani@mail.wahat-univ.example>",
    "Received: from mail.wahat-univ.example (LHLO mail.wahat-univ.example) (10.20.0.15)",
    " by mail.wahat-univ.example with LMTP; Tue, 12 Mar 2024 10:41:23 +0300 (AST)",
    "Received: from localhost (localhost [127.0.0.1])",
    "\tby mail.wahat-univ.example (Postfix) with ESMTP id 4Tv1Qk2bC9z9sT",
    "\tfor <nlp-group@mail.wahat-univ.example>; Tue, 12 Mar 2024 10:41:23 +0300 (AST)",
    "X-Virus-Scanned: amavisd-new at mail.wahat-univ.example",
    "Received: from mail.wahat-univ.example ([127.0.0.1])",
    "\tby localhost (mail.wahat-univ.example [127.0.0.1]) (amavisd-new, port 10026)",
    "\twith ESMTP id 0pXk3vR7aQ1m for <nlp-group@mail.wahat-univ.example>;",
    "\tTue, 12 Mar 2024 10:41:23 +0300 (AST)",
    "Date: Tue, 12 Mar 2024 10:41:22 +0300 (AST)",
    f"From: {ew('هالة القحطاني')} <h.alqahtani@mail.wahat-univ.example>",
    f"To: {ew('مجموعة معالجة اللغة')} <nlp-group@mail.wahat-univ.example>",
    f"Message-ID: <1790432117.48213.{ms}.JavaMail.zimbra@mail.wahat-univ.example>",
    "Subject: Fwd: cs daily Subj-class mailing 2c02103 13",
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative; ",
    f'\tboundary="{B}"',
    "X-Originating-IP: [10.20.3.77]",
    "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC122 (Win)/9.0.0_GA_4583)",
    "Thread-Topic: cs daily Subj-class mailing 2c02103 13",
    "Thread-Index: " + base64.b64encode(bytes.fromhex("01da7453c1e0a9b4f2") + "Fwd".encode()).decode(),
]
msg = ("\r\n".join(headers) + "\r\n\r\n"
       + f"--{B}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(plain)
       + f"\r\n--{B}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(html)
       + f"\r\n--{B}--\r\n")
write_raw(F659, msg.encode("ascii"), [msg, plain, html, H.unescape(html)], keys(F659))
