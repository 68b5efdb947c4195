#!/usr/bin/env python3
"""779: one message file from a Maildir (`cur/1709624557.M512031P48210.mx1,S=…,W=…:2,S`) as Dovecot's LMTP delivered
it: Return-Path / Delivered-To / LMTP and Postfix Received lines, Rspamd's milter headers (X-Spamd-Result with one
symbol a folded line, X-Rspamd-Server / Queue-Id / Action, X-Spamd-Bar), then the Thunderbird headers (RFC 2047
B-encoded From / Subject, format=flowed, 8bit UTF-8). A Russian lab member forwards (inline, Thunderbird's
"-------- Пересылаемое сообщение --------" block) the replacements part of an arXiv cs.CV listing: `\\` entries with
TeX accents in author names and titles wrapped at 80 columns. LF line ends as stored by Dovecot. Self-supervised
vision."""
import base64, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, OR, write_only
from make_expected import by_num, keys

F = by_num(779)
b = lambda s: "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="
TEX = {"é": "\\'e", "è": "\\`e", "ç": "\\c{c}", "ü": '\\"u', "ö": '\\"o', "á": "\\'a", "ã": "\\~a", "í": "\\'i", "ó": "\\'o"}
tex = lambda s: "".join(TEX.get(c, c) for c in s)
SYM = [("BAYES_HAM", -2.99, "99.99%"), ("DMARC_POLICY_ALLOW", -0.50, "mail.example.org,none"), ("R_SPF_ALLOW", -0.20, "+ip4:192.0.2.0/24"),
       ("R_DKIM_ALLOW", -0.20, "mail.example.org:s=dkim"), ("MIME_GOOD", -0.10, "text/plain"), ("ASN", 0.00, "asn:64500, ipnet:192.0.2.0/24, country:XX"),
       ("RCVD_COUNT_ONE", 0.00, "1"), ("FROM_HAS_DN", 0.00, ""), ("TO_DN_NONE", 0.00, ""), ("RCPT_COUNT_ONE", 0.00, "1"),
       ("MID_RHS_MATCH_FROM", 0.00, ""), ("ARC_NA", 0.00, ""), ("TO_MATCH_ENVRCPT_ALL", 0.00, ""), ("FROM_EQ_ENVFROM", 0.00, ""),
       ("RCVD_TLS_ALL", 0.00, ""), ("DKIM_TRACE", 0.00, "mail.example.org:+"), ("MIME_TRACE", 0.00, "0:+")]
score = round(sum(s for _, s, _ in SYM), 2)


def entry(k, stamp, kb, cats, comments=None):
    au = ", ".join(tex(a) for a in authors(k))
    out = ["-" * 78, "\\\\", f"arXiv:{k}", f"replaced with revised version {stamp}   ({kb}kb,D)", ""]
    out += textwrap.wrap("Title: " + T(k), 79, subsequent_indent="  ", break_on_hyphens=False)
    out += textwrap.wrap("Authors: " + au, 79, subsequent_indent="  ", break_on_hyphens=False)
    out.append(f"Categories: {cats}")
    if comments: out += textwrap.wrap("Comments: " + comments, 79, subsequent_indent="  ")
    out.append(f"\\\\ ( https://arxiv.org/abs/{k} ,  {kb}kb)")
    return "\n".join(out)


def flowed(p):
    ls = textwrap.wrap(p, 72, break_on_hyphens=False)
    return "\n".join(l + " " for l in ls[:-1]) + ("\n" if len(ls) > 1 else "") + ls[-1]


intro = [
    "Коллеги, привет!",
    "Пересылаю сегодняшнюю рассылку arXiv по cs.CV — обрезала всё, кроме замен (replacements): там как раз "
    "три статьи из нашего списка на весну вышли в новых версиях. Новые поступления за сегодня посмотрю "
    "вечером, их слишком много.",
    "План на ближайшие встречи (четверг, 17:00, ауд. 512, как обычно):",
]
plan = (
    f"1) 7 марта — «{T('2002.05709')}» (Chen и др., 2020). Ссылку не даю: "
    "PDF лежит в общей папке, в Nextcloud, каталог «Весна-24».\n"
    f"2) 14 марта — «{T('1911.05722')}», arXiv:1911.05722 — докладчик Денис.\n"
    f"3) 21 марта — «{T('2104.14294')}» и «{T('2011.10566')}» — сдвоенная встреча, Саша и Лиза.\n"
    f"4) 28 марта — «{T('2103.13646')}» (ICLR-воркшоп, страница на OpenReview: "
    f"https://openreview.net/forum?id={OR('2103.13646')}) — это для тех, кто занимается шумными метками.\n"
    "5) апрель — три статьи из пересылки ниже (DINOv2 — две встречи, он длинный)."
)
outro = [
    "Не статьи, но полезно: репозиторий facebookresearch/dinov2 (веса и ноутбуки), библиотека solo-learn "
    "и запись лекции Яна Лекуна про JEPA на YouTube. Датасет ImageNet-1k берём с нашего NFS, "
    "скачивать заново не нужно.",
    "-- \nИрина Соколова\nлаборатория компьютерного зрения\nhttps://cv-lab.example.org/~sokolova",
]
fwd = [
    "-------- Пересылаемое сообщение --------",
    "Тема: \tcs daily Subj-class mailing 8fc6 16",
    "Дата: \tTue, 5 Mar 24 00:31:08 GMT",
    "От: \tno-reply@arxiv.org",
    "Кому: \tirina.sokolova@mail.example.org",
    "",
    "-" * 78, "-" * 78,
    "Send any comments regarding submissions directly to submitter.",
    "-" * 78,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    "-" * 78,
    " Submissions to:",
    "Computer Vision and Pattern Recognition",
    " received from  Fri  1 Mar 24 19:00:00 GMT  to  Mon  4 Mar 24 19:00:00 GMT",
    "-" * 78, "-" * 78,
    "[... новые поступления вырезаны — И.С. ...]",
    "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%",
    entry("2304.07193", "Mon, 4 Mar 2024 09:12:44 GMT", "31265", "cs.CV"),
    entry("2111.06377", "Mon, 4 Mar 2024 15:03:19 GMT", "6892", "cs.CV",
          "Tech report. arXiv v2: add more transfer learning results; v3: add robustness evaluation"),
    entry("2301.12597", "Mon, 4 Mar 2024 17:40:02 GMT", "1911", "cs.CV cs.CL"),
    "-" * 78,
    "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---",
    "[... остальные замены вырезаны ...]",
    "-" * 78,
]
sub = "Fwd: cs daily Subj-class mailing 8fc6 16 — замены, наши статьи на весну"
hdr = [
    "Return-Path: <irina.sokolova@mail.example.org>",
    "Delivered-To: denis.karpov@cv-lab.example.org",
    "Received: from mx1.cv-lab.example.org",
    "\tby mx1.cv-lab.example.org with LMTP",
    "\tid 7Q2FHe3N5mUqvAAAYvyI0w",
    "\t(envelope-from <irina.sokolova@mail.example.org>)",
    "\tfor <denis.karpov@cv-lab.example.org>; Tue, 05 Mar 2024 10:42:37 +0300",
    "Received: from smtp.mail.example.org (smtp.mail.example.org [192.0.2.25])",
    "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
    "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
    "\t(No client certificate requested)",
    "\tby mx1.cv-lab.example.org (Postfix) with ESMTPS id 4TpmQx3Kv2z9sWb",
    "\tfor <denis.karpov@cv-lab.example.org>; Tue,  5 Mar 2024 10:42:37 +0300 (MSK)",
    "X-Spamd-Result: default: False [%.2f / 15.00];" % score,
] + ["\t%s(%.2f)[%s]%s" % (n, s, a, ";" if i < len(SYM) - 1 else "") for i, (n, s, a) in enumerate(SYM)] + [
    "X-Rspamd-Server: mx1",
    "X-Rspamd-Queue-Id: 4TpmQx3Kv2z9sWb",
    "X-Rspamd-Action: no action",
    "X-Spamd-Bar: " + "-" * int(abs(score)),
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.example.org;",
    "\ts=dkim; t=1709624551;",
    "\th=from:from:reply-to:subject:subject:date:date:message-id:message-id:",
    "\t to:to:cc:mime-version:mime-version:content-type:content-type:",
    "\t content-transfer-encoding:content-transfer-encoding;",
    "\tbh=q1Xc0n8vE3sO5d0mLr3dY0kqZcP7WwQk9GmT4bRk1aE=;",
    "\tb=Hq3Vd0Yp5mZ2cXb8nK1sT4wLr6jF9gA0uE7iO3yB2vN5mC8xQ1zP4kS6hD9fJ2lR",
    "\t 0tW3eY5uI7oA1sD4fG6hJ8kL0zX2cV4bN6mQ8wE1rT3yU5iO7pA9sD1fG3hJ5kL7",
    "Message-ID: <3b9f2e6a-51c4-4c0e-9d7b-0a2e8f1c6d42@mail.example.org>",
    "Date: Tue, 5 Mar 2024 10:42:31 +0300",
    "MIME-Version: 1.0",
    "User-Agent: Mozilla Thunderbird",
    "Content-Language: ru",
    "To: cv-reading@cv-lab.example.org",
    "From: " + b("Ирина Соколова") + " <irina.sokolova@mail.example.org>",
    "Subject: " + b(sub[:40]) + "\n " + b(sub[40:58]) + "\n " + b(sub[58:]),
    "Content-Type: text/plain; charset=UTF-8; format=flowed",
    "Content-Transfer-Encoding: 8bit",
]
body = "\n\n".join([intro[0], flowed(intro[1]), flowed(intro[2]) + "\n" + "\n".join(flowed(x) for x in plan.split("\n")), "\n".join(fwd), flowed(outro[0]), outro[1]])
text = "\n".join(hdr) + "\n\n" + body + "\n"
write_only(F, text, keys(F), forms=[sub])
