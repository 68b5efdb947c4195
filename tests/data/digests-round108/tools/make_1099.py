#!/usr/bin/env python3
"""1099: a Russian PhD student forwards, from Mail.ru's web mail, the part of that morning's arXiv cs daily
"Subj-class mailing" that concerns her group's efficient-transformers seminar, with her own note on top; the lab
list's copy saved as .eml. Mail.ru's message: `Received: … by fNNN.i.mail.ru with HTTP`, `X-Mailer: Mail.Ru Mailer
1.0`, the Subject and From name as UTF-8 base64 encoded-words, `Message-ID: <epoch.NNN@fNNN.i.mail.ru>`,
multipart/alternative with `--ALT--…` boundaries, both parts base64 (76-character lines), CRLF throughout. The text
part: the note, then Mail.ru's "-------- Пересылаемое сообщение --------" block (От кого / Кому / Дата / Тема) and the
cut listing (arXiv's rules, header and `\\\\` entries; replacements with "replaced with revised version", titles folded
with two-space continuation lines, `\\\\ ( https://arxiv.org/abs/… ,  NNNkb)`), the removed parts marked `[...]`.
The HTML part carries the same text. The vLLM repository and the FlashAttention repository are not papers; "vLLM",
"FA2", "Switch", "MoE", "GShard", "Reformer", "Hyena", "Lite Transformer" are nicknames."""
import base64, os, sys, textwrap, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw, CAT
from make_expected import by_num, keys

F = by_num(1099)
K = dict(paged="2309.06180", fa2="2307.08691", hyena="2302.10866", switch="2101.03961", reformer="2001.04451",
         moe="1701.06538", gshard="2006.16668", lite="2004.11886")
RULE = "-" * 78


def fold(label, s, width=79):
    """arXiv's listing folds long header values at ~79 columns with two-space continuation lines"""
    return "\n".join(textwrap.wrap(f"{label}: {s}", width=width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False))


ENTRIES = [  # (key, replaced date, size, categories, comments)
 ("paged", "Fri, 1 Mar 2024 03:12:45 GMT", "745kb,D", "cs.LG cs.DC", "SOSP 2023"),
 ("fa2", "Fri, 1 Mar 2024 09:40:02 GMT", "2196kb,D", "cs.LG", None),
 ("hyena", "Fri, 1 Mar 2024 14:27:19 GMT", "1088kb,D", "cs.LG cs.CL", "Additional details"),
 ("switch", "Fri, 1 Mar 2024 17:55:31 GMT", "1216kb,D", "cs.LG cs.AI", "JMLR"),
]
ent = []
for k, when, size, cats, com in ENTRIES:
    aid = K[k]
    lines = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({size})", "",
             fold("Title", T(aid)), fold("Authors", ", ".join(CAT[aid]["authors"])), f"Categories: {cats}"]
    if com: lines.append(f"Comments: {com}")
    lines.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size.split(',')[0]})")
    ent.append("\n".join(lines))
listing = "\n".join([
 RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
 "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
 " Submissions to:", "Computation and Language", "Distributed, Parallel, and Cluster Computing", "Machine Learning",
 " received from  Thu 29 Feb 24 19:00:00 GMT  to  Fri  1 Mar 24 19:00:00 GMT", RULE, RULE,
 "[...]", RULE,
 ("\n" + RULE + "\n").join(ent), RULE, "[...]", RULE,
 "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%"])
note = f"""Коллеги, привет!

Из сегодняшней рассылки arXiv вырезала то, что касается нашего семинара по эффективным
трансформерам (новых статей по теме нет, зато обновились четыре из списка, см. ниже).

План на март, как договорились в четверг:
 7.03 — Switch Transformers (Дима) + для контекста прочитать
       "{T(K['moe'])}" Шазира 2017 г.
       и "{T(K['gshard'])}",
       без них Switch читается тяжело
14.03 — vLLM / PagedAttention (Лёша), код: https://github.com/vllm-project/vllm
21.03 — FlashAttention-2 (я), репозиторий https://github.com/Dao-AILab/flash-attention
28.03 — Hyena + старый добрый {T(K['reformer'])}
       https://openreview.net/forum?id={CAT[K['reformer']]['openreview_id']} (там хорошие ревью, почитайте)

Если останется время — {T(K['lite'])} (Wu et al., ICLR 2020),
она короткая.

Аня

"""
fwd_head = """-------- Пересылаемое сообщение --------
От кого: no-reply@arxiv.org
Кому: a.sokolova@mail.example.ru
Дата: Понедельник, 4 марта 2024, 5:03 +03:00
Тема: cs daily Subj-class mailing 3f1c20 19

"""
plain = (note + fwd_head + listing + "\n\n----------------------------------------------------------------------\n").replace("\n", "\r\n")
hbody = html.escape(note, quote=False).replace("\n", "<br>") + '<div>&nbsp;</div><div class="mail-quote-collapse">' + \
        html.escape(fwd_head, quote=False).replace("\n", "<br>") + '<div id="style_17095226190000000219_BODY"><pre>' + \
        html.escape(listing, quote=False) + "</pre></div></div>"
htmlpart = (f"<HTML><BODY><div>{hbody}</div></BODY></HTML>\n").replace("\n", "\r\n")


def b64(s):
    b = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))


def ew(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


BND = "--ALT--BF40cC2fd1709536662"
heads = [
 "Received: from [198.51.100.23] by f507.i.mail.ru with HTTP;",
 "\tMon, 04 Mar 2024 10:17:42 +0300",
 f"From: {ew('Анна Соколова')} <a.sokolova@mail.example.ru>",
 "To: nlp-seminar@lab.example.ru",
 f"Subject: {ew('Fwd: cs daily Subj-class mailing 3f1c20 19 — обновления по семинару')}",
 "MIME-Version: 1.0",
 "X-Mailer: Mail.Ru Mailer 1.0",
 "Date: Mon, 04 Mar 2024 10:17:42 +0300",
 "Reply-To: =?UTF-8?B?0JDQvdC90LAg0KHQvtC60L7Qu9C+0LLQsA==?= <a.sokolova@mail.example.ru>",
 "X-Priority: 3 (Normal)",
 "Message-ID: <1709536662.902214715@f507.i.mail.ru>",
 "Content-Type: multipart/alternative;",
 f'\tboundary="{BND}"',
 "X-7564579A: B8F34718100C35BD",
 "X-77F55803: 119C1F4DF6A9251C4BC1A91D4A0EF0AEB94E4B9F6B53F3E3C9D8E4A05B26F0F4",
 "X-Mailru-Sender: 5A5F9D3E2C6B8A71D0E4F8B2C1A3D5E7F9B0C2D4E6F8A1B3",
 "X-Mras: Ok",
]
msg = "\r\n".join(heads) + "\r\n\r\n\r\n" + "\r\n".join([
 f"--{BND}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64(plain),
 f"--{BND}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64(htmlpart),
 f"--{BND}--", ""])
write_raw(F, msg.encode("ascii"), [plain, html.unescape(htmlpart)], keys(F))
