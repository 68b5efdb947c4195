#!/usr/bin/env python3
"""999: a forward written in The Bat! (Ritlabs' Windows mail client, common in Russian-speaking labs) by a Moscow
postdoc to his reading group, as the recipient's server stored it (.eml, CRLF). The Bat!'s message: Date, From
(B-encoded windows-1251 name), Organization, X-Mailer `The Bat! (v10.4.0.1) Professional`, X-Priority `3 (Normal)`,
Message-ID `<random.YYYYMMDDhhmmss@domain>` (the local time of the Date), To / CC, Subject `Fwd: …` with a Russian
tail in a B-word, MIME-Version, `text/plain; charset=windows-1251`, `Content-Transfer-Encoding: 8bit` — the body is
windows-1251 bytes, lines hard-wrapped at 72. The body: the note (greeting, wrapped paragraphs with a list), the
forward as The Bat!'s Russian template writes it ("Это пересылаемое сообщение", От / Кому / Дата / Тема, the
`===8<===…Текст оригинального сообщения…===` and `===8<===…Конец текста оригинального сообщения…===` scissors lines)
around arXiv's cs daily Subj-class mailing (Computation and Language, window 19–20 June 2023) cut down to one new
submission with its abstract and one replacement, the cuts marked `[... … -- АЛ]`; the default signature (`-- `,
`С уважением,`, the name and `mailto:` aligned).

Papers: two mailing trailers and one pdf URL in the note (links), two `arXiv:` ids typed in the note, three titles
only in the note (two of them wrapped over lines). Not papers: the LLMSurvey repository, the phi-1 model, a Habr
article; nicknames (Chinchilla, phi-1, MoE) are not labelled alone."""
import base64, datetime, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import by_num, keys

F = by_num(999)
K = dict(textbooks="2306.11644", survey="2303.18223", zero="1910.02054", spec="2211.17192", flash="2205.14135",
         scaling="2001.08361", chinchilla="2203.15556", switch="2101.03961")
CRLF = "\r\n"
MSK = datetime.timezone(datetime.timedelta(hours=3))
SENT = datetime.datetime(2023, 6, 21, 10, 42, 17, tzinfo=MSK)
ARX_SENT = datetime.datetime(2023, 6, 20, 20, 0, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
DOM = "nlp-lab.example.ru"
ME, ME_ADDR = "Андрей Лебедев", f"a.lebedev@{DOM}"
TO = [("Павел Орлов", f"p.orlov@{DOM}")]
CC = [("Елена Смирнова", f"e.smirnova@{DOM}"), ("Дмитрий Ковалёв", f"d.kovalev@{DOM}"), ("", f"reading-group@{DOM}")]
ARX_SUBJ = "cs daily Subj-class mailing 1000 1"
RULE = "-" * 78
PCT = "%%%---" * 13

PHI_ABS = ("We introduce phi-1, a new large language model for code, with significantly smaller size than competing "
           "models: phi-1 is a Transformer-based model with 1.3B parameters, trained for 4 days on 8 A100s, using a "
           "selection of ``textbook quality\" data from the web (6B tokens) and synthetically generated textbooks and "
           "exercises with GPT-3.5 (1B tokens). Despite this small scale, phi-1 attains pass@1 accuracy 50.6% on "
           "HumanEval and 55.5% on MBPP. It also displays surprising emergent properties compared to phi-1-base, our "
           "model before our finetuning stage on a dataset of coding exercises, and phi-1-small, a smaller model with "
           "350M parameters trained with the same pipeline as phi-1 that still achieves 45% on HumanEval.")


def tex(name):
    return name.replace("é", "\\'e")


def field(label, value, width=76):
    """an arXiv mailing field, continued on lines indented by two blanks (round94's)"""
    words, lines, cur = value.split(" "), [], label + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = "  " + w
        else:
            cur += " " + w
    return lines + [cur]


def new_entry(aid, when, kb, cats, authors, comments, abstract):
    s = ["\\\\", f"arXiv:{aid}", f"Date: {when}   ({kb}kb,D)", ""]
    s += field("Title", T(aid)) + field("Authors", authors) + [f"Categories: {cats}"] + field("Comments", comments) + ["\\\\"]
    s += ["  " + l for l in textwrap.wrap(abstract, 74, break_on_hyphens=False)]
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return s


def replaced(aid, when, kb, cats, authors, comments):
    s = ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    s += field("Title", T(aid)) + field("Authors", authors) + [f"Categories: {cats}"]
    s += field("Comments", comments) if comments else []
    s.append(f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)")
    return s


listing = [
    RULE, RULE,
    "Send any comments regarding submissions directly to submitter.",
    RULE,
    "Archives at http://arxiv.org/",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
    RULE,
    " Submissions to:",
    "Computation and Language",
    " received from  Mon 19 Jun 23 18:00:00 GMT  to  Tue 20 Jun 23 18:00:00 GMT",
    RULE, RULE,
    "[... 61 новую статью вырезал -- АЛ]",
    RULE,
] + new_entry(K["textbooks"], "Tue, 20 Jun 2023 17:24:29 GMT", 2476, "cs.CL cs.AI cs.LG",
              ", ".join(tex(a) for a in CAT[K["textbooks"]]["authors"]), "26 pages", PHI_ABS) + [
    RULE,
    "[... ещё 47 новых и 52 cross-list вырезал -- АЛ]",
    PCT,
] + replaced(K["survey"], "Tue, 20 Jun 2023 09:14:51 GMT", 6923, "cs.CL cs.AI",
             ", ".join(CAT[K["survey"]]["authors"][:8]) + " [... ещё 14 авторов -- АЛ]",
             "ongoing work; 58 pages, 568 citations, GitHub link: https://github.com/RUCAIBox/LLMSurvey") + [
    RULE,
    "[... 38 замен вырезал -- АЛ]",
    PCT,
]
for l in listing:
    assert len(l) <= 79, l


def wrap(p, indent=""):
    return textwrap.wrap(p, 72, break_on_hyphens=False, break_long_words=False, subsequent_indent=indent) or [""]


RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
arx_local = ARX_SENT.astimezone(MSK)
arx_when = f"{RU_DAYS[arx_local.weekday()].capitalize()}, {arx_local.day} {RU_MONTHS[arx_local.month - 1]} {arx_local.year} г., {arx_local:%H:%M:%S}"
note_pars = [
    "Здравствуйте, коллеги.",
    None,
    "Пересылаю вчерашнюю рассылку cs.CL. Почти всё вырезал, оставил две записи, которые касаются нашего четверга "
    "(22.06, 16:00, ауд. 512 и в Zoom, ссылка прежняя).",
    None,
    "1. Новая статья про phi-1 от Microsoft - " + T(K["textbooks"]) + ". Идея: данные \"учебникового качества\" "
    "вместо масштаба, 1.3B параметров и 7B токенов. Хочу обсуждать её на фоне законов масштабирования, поэтому "
    "перечитайте, пожалуйста, " + T(K["scaling"]) + " (Kaplan и др., 2020) и " + T(K["chinchilla"]) +
    " (та самая Chinchilla) - хотя бы графики и раздел про соотношение параметров и токенов.",
    None,
    "2. Обновился обзор " + T(K["survey"]) + " - в новой версии расширили раздел про оценку и добавили "
    "таблицы по instruction tuning. Репозиторий со списком литературы к обзору: "
    "https://github.com/RUCAIBox/LLMSurvey (это не статья, просто удобный список).",
    None,
    "По системной части (Паша, это к тебе):",
    "- " + T(K["zero"]) + ": https://arxiv.org/pdf/" + K["zero"] + ".pdf  - разделы 5-7, остальное по желанию;",
    "- " + T(K["flash"]) + " (arXiv:" + K["flash"] + ") - сравнить с тем, что сейчас крутится у нас в инференсе;",
    "- " + T(K["spec"]) + ", arXiv:" + K["spec"] + " - коротко, минут на 15.",
    None,
    "Про MoE пока только одна статья: " + T(K["switch"]) + ". Лена, возьмёшь на июль? Обзорная статья на Хабре "
    "про MoE, которую кидали в чат, тоже неплохая, но это не замена оригиналу.",
]
note = []
for p in note_pars:
    if p is None:
        note.append("")
    else:
        note += wrap(p, "  " if p.startswith(("- ", "1. ", "2. ")) else "")

body = note + [
    "",
    "Это пересылаемое сообщение",
    "",
    "От: send mail ONLY to cs <no-reply@arxiv.org>",
    "Кому: cs daily title/abstract distribution <rabble@arxiv.org>",
    f"Дата: {arx_when}",
    f"Тема: {ARX_SUBJ}",
    "",
    "===8<==============Текст оригинального сообщения===============",
] + listing + [
    "",
    "===8<===========Конец текста оригинального сообщения===========",
    "",
    "",
    "",
    "-- ",
    "С уважением,",
    " Андрей" + " " * 26 + "mailto:" + ME_ADDR,
    "",
]
body_text = CRLF.join(body)


def bword(s):
    return "=?windows-1251?B?" + base64.b64encode(s.encode("cp1251")).decode("ascii") + "?="


def addr(name, a):
    if not name:
        return a
    return (bword(name) if not name.isascii() else name) + f" <{a}>"


date_hdr = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
msgid = f"<1186520714.{SENT:%Y%m%d%H%M%S}@{DOM}>"
headers = [
    f"Return-Path: <{ME_ADDR}>",
    f"Delivered-To: p.orlov@{DOM}",
    f"Received: from mail.{DOM} (localhost [127.0.0.1])\r\n\tby mail.{DOM} (Postfix) with ESMTP id 4QmB7d1KqTz1xq8\r\n"
    f"\tfor <p.orlov@{DOM}>; Wed, 21 Jun 2023 10:42:19 +0300 (MSK)",
    f"Received: from [192.0.2.45] (unknown [192.0.2.45])\r\n\t(Authenticated sender: a.lebedev)\r\n"
    f"\tby mail.{DOM} (Postfix) with ESMTPSA id 4QmB7c6ZsVz1xq5;\r\n\tWed, 21 Jun 2023 10:42:18 +0300 (MSK)",
    f"Date: {date_hdr}",
    f"From: {addr(ME, ME_ADDR)}",
    f"Organization: {bword('Лаборатория обработки естественного языка')}",
    "X-Mailer: The Bat! (v10.4.0.1) Professional",
    "X-Priority: 3 (Normal)",
    f"Message-ID: {msgid}",
    "To: " + ", ".join(addr(n, a) for n, a in TO),
    "CC: " + ",\r\n ".join(addr(n, a) for n, a in CC),
    f"Subject: Fwd: {ARX_SUBJ} {bword('(к четвергу)')}",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=windows-1251",
    "Content-Transfer-Encoding: 8bit",
]
msg = CRLF.join(headers) + CRLF + CRLF + body_text
data = msg.encode("cp1251")
write_raw(F, data, [msg], keys(F))
