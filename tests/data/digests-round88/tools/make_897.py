#!/usr/bin/env python3
"""897: a message a Russian PhD student sent from KMail (the copy kept in his sent-mail folder, saved as .eml): a
note to his lab's seminar list, then arXiv's cs daily Subj-class mailing forwarded inline with KMail's forward
template (`----------  Пересланное сообщение  ----------`, `Тема:` / `Дата:` / `От:` / `Кому:`, the forwarded text,
a closing rule of 41 dashes). KMail's headers: RFC 2047 `=?UTF-8?B?…?=` for the Cyrillic name and subject,
`Message-ID: <NNNNNNN.xxxxxxxxxx@host>`, `Content-Transfer-Encoding: 8Bit`, `User-Agent: KMail/5.24.5 (Linux/…; KDE/…;
x86_64; ; )`; LF line ends, his text wrapped at 78 columns, the signature after `-- `. The mailing keeps arXiv's
rules, the `received from … to …` window and the `%%%---` separator; the forwarder cut the new submissions (a
bracketed note) and kept three `replaced with revised version` entries (`\\`, `arXiv:ID`, date and size, Title /
Authors / Categories / Comments, `\\ ( https://arxiv.org/abs/ID ,  NNNkb)`). His note names the seminar's other
papers by title (two of them split over lines), one with its OpenReview forum, one with its arXiv id. A YouTube
talk, an annotated blog post, a GitHub repository and a room booking are not papers."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(897)
K = dict(mamba="2312.00752", hippo="2008.07669", dt="2106.01345", s4="2111.00396", retnet="2307.08621",
         seq2seq="1409.3215", tt="2106.02039", expire="2105.06548")


def b64(s, limit=36):
    """RFC 2047 B-words of at most `limit` bytes of whole characters each, folded with a space (KMime's way)"""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > limit:
            words.append(cur); cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words)


def wrap(text, width=78, indent=""):
    """KMail's word wrap: greedy, at spaces, never inside a word"""
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line); line = indent + w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def listing_field(label, value):
    """arXiv's mailing wraps a long field at 79 columns with a two-space continuation"""
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 79:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def entry(aid, when, kb, cats, comments=None):
    a = CAT[aid]["authors"]
    s = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", "",
         listing_field("Title", T(aid)), listing_field("Authors", ", ".join(a)), f"Categories: {cats}"]
    if comments:
        s.append(listing_field("Comments", comments))
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return "\n".join(s)


RULE = "-" * 78
PCT = ("%%%---" * 13)
SUBJECT = "Fwd: замены в cs.LG за 31 мая (Mamba v2 и др.) + план семинара"
FROM_NAME = "Дмитрий Волков"

headers = [
    f"From: {b64(FROM_NAME)} <d.volkov@seqlab.example.ru>",
    "To: seminar-seq@seqlab.example.ru",
    f"Subject: {b64(SUBJECT)}",
    "Date: Mon, 03 Jun 2024 10:14:52 +0300",
    "Message-ID: <5712944.LvFx2qVVIh@dvolkov-thinkpad>",
    f"Organization: {b64('Лаборатория анализа последовательностей')}",
    "MIME-Version: 1.0",
    "Content-Transfer-Encoding: 8Bit",
    'Content-Type: text/plain; charset="utf-8"',
    "User-Agent: KMail/5.24.5 (Linux/6.8.9-arch1-1; KDE/6.2.0; x86_64; ; )",
]

note = wrap(
    "Коллеги, добрый день!\n\n"
    "Пересылаю пятничную рассылку arXiv (cs.LG, cs.CL, cs.AI). Новые статьи я вырезал — их там больше трёхсот, — "
    "оставил только замены, которые касаются нашего летнего семинара по моделям последовательностей: у Mamba "
    "вышла v2 (поправили таблицы с бенчмарками и добавили приложение про аппаратную часть), у HiPPO и у Decision "
    "Transformer тоже новые версии, в основном опечатки.\n\n"
    "План на июнь (ауд. 412, по средам в 17:00, бронь на кафедре подтвердили):") + "\n\n" + \
    "\n".join([
        " 5.06 — Ира: \"" + T(K["seq2seq"]) + "\"",
        "        (Суцкевер и др., 2014) — с чего всё началось, это разминка.",
        "12.06 — Тимур: S4, \"Efficiently Modeling Long Sequences with Structured",
        "        State Spaces\" — читаем версию ICLR 2022 с рецензиями:",
        f"        https://openreview.net/forum?id={CAT[K['s4']]['openreview_id']}",
        "        HiPPO (см. замену ниже) — как предыстория, минут на 15.",
        "19.06 — я: Mamba (v2 из рассылки ниже).",
        "26.06 — Аня: \"Retentive Network: A Successor to Transformer for Large",
        "        Language Models\", arXiv:2307.08621, и, если останется время,",
        "        Expire-Span — \"Not All Memories are Created Equal: Learning to",
        "        Forget by Expiring\".",
    ]) + "\n\n" + wrap(
    "В июле — RL как моделирование последовательностей: Decision Transformer (тоже есть в рассылке) и "
    "\"" + T(K["tt"]) + "\" Яннера и др. Кто хочет взять вторую — напишите до пятницы.\n\n"
    "Для подготовки к S4 очень советую The Annotated S4 (https://srush.github.io/annotated-s4/ — это блог с "
    "кодом, не статья) и доклад Саши Раша \"Do we need Attention?\" на YouTube. Код Mamba: "
    "https://github.com/state-spaces/mamba — на наших A100 собирается без проблем, проверил в субботу.") + \
    "\n\n-- \nДмитрий Волков\nаспирант, лаборатория анализа последовательностей\n"

fwd_head = "\n".join([
    "----------  Пересланное сообщение  ----------", "",
    "Тема: cs daily Subj-class mailing 1a47f 1",
    "Дата: понедельник, 3 июня 2024 г., 06:32:11 MSK",
    "От: send mail ONLY to cs <no-reply@arxiv.org>",
    "Кому: cs daily title/abstract distribution <rabble@arxiv.org>", ""])

listing = "\n".join([
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Artificial Intelligence",
    "Computation and Language",
    "Machine Learning",
    " received from  Thu 30 May 24 18:00:00 GMT  to  Fri 31 May 24 18:00:00 GMT",
    RULE, RULE,
    "[… 318 новых статей и кросс-листов вырезано — Д. В.]",
    PCT,
    entry(K["mamba"], "Fri, 31 May 2024 17:48:38 GMT", 1302, "cs.LG cs.AI"),
    RULE,
    entry(K["hippo"], "Fri, 31 May 2024 12:01:44 GMT", 5621, "cs.LG stat.ML", "NeurIPS 2020 Spotlight"),
    RULE,
    entry(K["dt"], "Fri, 31 May 2024 08:27:15 GMT", 2412, "cs.LG cs.AI",
          "First two authors contributed equally. Last two authors advised equally"),
    RULE,
    PCT,
])

body = note + "\n" + fwd_head + "\n" + listing + "\n" + "-" * 41 + "\n"
text = "\n".join(headers) + "\n\n" + body
write_only(F, text, keys(F), forms=(FROM_NAME, SUBJECT))
