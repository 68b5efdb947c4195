#!/usr/bin/env python3
"""859: a reply sent from Yandex Mail (Yandex 360 on a lab domain) to a forwarded arXiv listing, saved as .eml ("Скачать
письмо"): Yandex's transport headers (`X-Yandex-*`, `Received` from `mail-nwsmtp-*.yandex.net`), `X-Mailer: Yamail [
http://yandex.ru ] 5.0`, RFC 2047 `=?utf-8?B?…?=` names, a Yandex `Message-Id`, `In-Reply-To` / `References`,
`multipart/alternative` with Yandex's `----==--bound.…` boundary and 8bit UTF-8 `text/plain` and `text/html` parts (the HTML
as Yandex writes it: one `<div>` per line, `<blockquote>` for the quote, autolinked URLs), CRLF. The plain part holds
the reply on top, then `13.09.2023, 10:47, "Имя" <адрес>:` and the whole earlier message quoted with `> `: the
forwarder's note and, between Yandex's `-------- Начало переадресованного сообщения --------` / `-------- Конец
переадресованного сообщения --------`, the arXiv cs daily listing trimmed to one entry (header block, `\\`,
`arXiv:` / `Date:` / `Title:` / `Authors:` / `Categories:` / `Comments:` with two-space continuation lines, abstract,
`\\ ( https://arxiv.org/abs/… ,  NNNkb)`). Russian; an efficient-attention / long-context seminar block; vLLM, the
flash-attention repository and a GPU benchmark are not papers."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_raw
from make_expected import by_num, keys

F = by_num(859)
ids = {"paged": "2309.06180", "fa2": "2307.08691", "pi": "2306.15595", "fb": "2002.09402", "att": "1706.03762",
       "bb": "2007.14062", "txl": "1901.02860", "syn": "2005.00743"}


def wrap_field(label, value, width=80):
    """arXiv listing style: `Label: words` wrapped at 80 columns, continuation lines indented by two spaces"""
    out, line = [], f"{label}: "
    for w in value.split(" "):
        if len(line) + len(w) > width and line.strip():
            out.append(line.rstrip()); line = "  "
        line += w + " "
    out.append(line.rstrip())
    return out


def wrap_abs(text, width=80):
    out, line = [], "  "
    for w in text.split(" "):
        if len(line) + len(w) > width:
            out.append(line.rstrip()); line = ""
        line += w + " "
    out.append(line.rstrip())
    return out


ABSTRACT = ("Serving large language models (LLMs) with high throughput needs many requests batched together, but the "
            "key-value cache of each request is large, grows and shrinks over time, and is wasted by fragmentation and "
            "duplication when it is kept in contiguous memory, which limits the batch size. We propose PagedAttention, "
            "an attention algorithm inspired by virtual memory and paging in operating systems, and build vLLM on top of "
            "it, a serving system with near-zero waste of KV cache memory and flexible sharing of the cache within and "
            "across requests. vLLM improves the throughput of popular LLMs by 2-4$\\times$ at the same latency compared "
            "with state-of-the-art systems. The source code is publicly available.")
LISTING = [
 "-" * 78, "-" * 78,
 "Send any comments regarding submissions directly to submitter.",
 "-" * 78,
 "Archives at http://arxiv.org/",
 "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
 "-" * 78,
 " Submissions to:",
 "Distributed, Parallel, and Cluster Computing",
 "Machine Learning",
 " received from  Mon 11 Sep 23 18:00:00 GMT  to  Tue 12 Sep 23 18:00:00 GMT",
 "-" * 78, "-" * 78,
 "\\\\",
 "arXiv:2309.06180",
 "Date: Tue, 12 Sep 2023 16:54:01 GMT   (1012kb,D)",
 "",
 *wrap_field("Title", T("2309.06180")),
 *wrap_field("Authors", au("2309.06180", 99, "")),
 "Categories: cs.LG cs.DC",
 "Comments: SOSP 2023",
 "\\\\",
 *wrap_abs(ABSTRACT),
 "\\\\ ( https://arxiv.org/abs/2309.06180 ,  1012kb)",
 "-" * 78,
 "[... остальные 187 статей вырезаны — А.М.]",
]

NOTE_A = [
 "Коллеги, привет!",
 "",
 "Пересылаю сегодняшнюю рассылку cs.DC / cs.LG — вырезал всё лишнее, оставил главное: статью про vLLM.",
 "Предлагаю на семинаре 21.09 сделать блок «внимание и длинный контекст в проде»:",
 "",
 "1) эту статью (ниже, PagedAttention);",
 "2) [[T:fa2]] — https://arxiv.org/abs/2307.08691",
 "3) [[T:pi]] — https://arxiv.org/abs/2306.15595 (мы её уже используем для 16k-контекста на внутренней модели, было бы хорошо, чтобы все понимали, что там происходит).",
 "",
 "Для новичков напоминаю базу: [[T:att]] (arXiv:1706.03762), без неё дальше читать бессмысленно.",
 "Кто возьмёт доклады? Отпишитесь до пятницы.",
 "",
 "-- ",
 "Алексей Морозов",
 "группа эффективного вывода, лаб. 214",
]
REPLY_B = [
 "Лёша, привет!",
 "",
 "Беру PagedAttention, у меня как раз стенд с vLLM поднят, заодно покажу замеры на наших A100.",
 "",
 "Но для блока про длинный контекст я бы добавил классику, иначе непонятно, откуда всё выросло:",
 "— [[T:txl]] (рекуррентность по сегментам и относительные позиции);",
 "— [[T:bb]] (разреженное внимание: окно + глобальные + случайные токены);",
 "— и для контраста [[T:syn]] — там веса внимания вообще без скалярного произведения.",
 "",
 "Ещё есть [[T:fb]], OpenReview: https://openreview.net/forum?id=[[ID:OCm0rwa1lx1]] — тоже про память, могу рассказать вкратце минут на десять.",
 "",
 "Про FA2: код в репозитории Dao-AILab/flash-attention, но наш бенчмарк лучше гонять на своей сборке, в колёсах с PyPI нет поддержки нашей версии CUDA.",
 "",
 "-- ",
 "Борис",
]

FROM_A = ("Алексей Морозов", "a.morozov@example.ru")
FROM_B = ("Борис Кузнецов", "b.kuznetsov@example.ru")
QUOTE_HDR = f'13.09.2023, 10:47, "{FROM_A[0]}" <{FROM_A[1]}>:'
FWD_START = "-------- Начало переадресованного сообщения --------"
FWD_END = "-------- Конец переадресованного сообщения --------"

earlier = [*NOTE_A, "", "", FWD_START, '13.09.2023, 03:12, "arXiv" <no-reply@arxiv.org>:', "", *LISTING, "", FWD_END]
plain_lines = [*REPLY_B, "", QUOTE_HDR, *[("> " + l) if l else ">" for l in earlier], ""]
plain = fill("\n".join(plain_lines), ids)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def autolink(s):
    import re
    return re.sub(r"(https?://[^\s<]+[^\s<.,;)])", r'<a href="\1" rel="noopener noreferrer">\1</a>', s)


def divs(lines):
    return "".join(f"<div>{autolink(esc(l))}</div>" if l.strip() else "<div> </div>" for l in lines)


html_body = (divs(fill("\n".join(REPLY_B), ids).split("\n")) + "<div> </div>" + f"<div>{esc(QUOTE_HDR)}</div>"
             + "<blockquote>" + divs(fill("\n".join(NOTE_A), ids).split("\n")) + "<div> </div><div> </div>"
             + f"<div>{FWD_START}</div><div>13.09.2023, 03:12, &quot;arXiv&quot; &lt;no-reply@arxiv.org&gt;:</div><div> </div>"
             + "<div>" + "<br />".join(autolink(esc(l)) for l in fill("\n".join(LISTING), ids).split("\n")) + "</div>"
             + f"<div> </div><div>{FWD_END}</div></blockquote>")
html_part = html_body.replace("</div>", "</div>\n").replace("<br />", "<br />\n").replace("<blockquote>", "<blockquote>\n")
assert max(len(l.encode()) for l in html_part.split("\n")) < 998


def b64name(n):
    return "=?utf-8?B?" + base64.b64encode(n.encode()).decode() + "?="


BOUND = "----==--bound.483051.myt6-c7d0b2e3f4a5.qloud-c.yandex.net"
HEADERS = [
 "Return-Path: <b.kuznetsov@example.ru>",
 "Received: from mail-nwsmtp-mxfront-production-main-38.iva.yp-c.yandex.net (mail-nwsmtp-mxfront-production-main-38.iva.yp-c.yandex.net [IPv6:2a02:6b8:c0c:9e28:0:640:2c0a:0])",
 "\tby mail-notsolitesrv-production-main-41.vla.yp-c.yandex.net (notsolitesrv/Yandex) with LMTPS id 8QdK2mY1ZqLs-3bSCwTkP",
 "\tfor <a.morozov@example.ru>; Wed, 13 Sep 2023 14:22:06 +0300",
 "Received: from myt6-c7d0b2e3f4a5.qloud-c.yandex.net (myt6-c7d0b2e3f4a5.qloud-c.yandex.net [IPv6:2a02:6b8:c12:3c9b:0:640:c7d0:b2e3])",
 "\tby mail-nwsmtp-mxfront-production-main-38.iva.yp-c.yandex.net (mxfront/Yandex) with ESMTPS id 2MqWk1LoQeA0-kQ7nVw2x;",
 "\tWed, 13 Sep 2023 14:22:06 +0300",
 "X-Yandex-Fwd: 1",
 "X-Yandex-TimeMark: 1694604126.118",
 "Authentication-Results: mail-nwsmtp-mxfront-production-main-38.iva.yp-c.yandex.net; spf=pass (mail-nwsmtp-mxfront-production-main-38.iva.yp-c.yandex.net: domain of example.ru designates 2a02:6b8:c12:3c9b:0:640:c7d0:b2e3 as permitted sender, rule=[ip6:2a02:6b8:c12::/48]) smtp.mail=b.kuznetsov@example.ru; dkim=pass header.i=@example.ru",
 "X-Yandex-Spam: 1",
 "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.ru; s=mail;",
 "\tt=1694604125; bh=3kV7oQ0cW9yTzN1pGm4aRfX2uH8sJ5eLdB6iK0vYqCw=;",
 "\th=Message-Id:References:Date:Subject:In-Reply-To:Cc:To:From;",
 "\tb=Tq8n2LwXe5kR0vY7mB3sJ9cH1uA6zP4dG2fQ8oN0tE5iW7yK3lM9xV1bS6aC4hD2",
 "\t rU8pZ0eT5gJ3wF7nL1qY9kX2mB6vC4sA8dH0oP3iG5tR7uE1zN9lW2yK6cM4xQ0f",
 "From: " + b64name(FROM_B[0]) + f" <{FROM_B[1]}>",
 "To: " + b64name(FROM_A[0]) + f" <{FROM_A[1]}>",
 "Cc: seminar-dl@example.ru",
 "In-Reply-To: <291741694591254@mail.yandex.ru>",
 "References: <291741694591254@mail.yandex.ru>",
 "Subject: Re: Fwd: cs daily Subj-class mailing 9d 1",
 "MIME-Version: 1.0",
 "X-Mailer: Yamail [ http://yandex.ru ] 5.0",
 "Date: Wed, 13 Sep 2023 14:22:05 +0300",
 "Message-Id: <483051694604125@mail.yandex.ru>",
 "Content-Transfer-Encoding: 7bit",
 f'Content-Type: multipart/alternative; boundary="{BOUND}"',
]
msg = "\n".join(HEADERS) + "\n\n" + "\n".join([
 f"--{BOUND}",
 "Content-Transfer-Encoding: 8bit",
 "Content-Type: text/plain; charset=utf-8",
 "",
 plain.rstrip("\n"),
 f"--{BOUND}",
 "Content-Transfer-Encoding: 8bit",
 "Content-Type: text/html; charset=utf-8",
 "",
 html_part.rstrip("\n"),
 f"--{BOUND}--",
 "",
])
data = msg.replace("\n", "\r\n").encode("utf-8")

if __name__ == "__main__":
    import re, html
    unq = "\n".join(re.sub(r"^(?:> ?)+", "", l) for l in plain.split("\n"))
    write_raw(F, data, [plain, unq, html.unescape(re.sub(r"<[^>]+>", "\n", html_part))], keys(F))
