#!/usr/bin/env python3
"""2259: the reading list of a generative-models seminar at Jalal-Abad State University (Жалал-Абад мамлекеттик
университети), forwarded inline from Mail.ru's web mail (Russian interface) by a student to two classmates with a note in
Kyrgyz, and saved as .eml by a recipient (as remembered: the Mail.ru header set — «X-Mailer: Mail.Ru Mailer 1.0»,
«X-Priority: 3 (Normal)», the Message-ID «<unixtime.nnnnnnnnn@fNNN.i.mail.ru>», the hex-named «X-7564579A» /
«X-77F55803» headers and «X-Mras: Ok» —, encoded-word From, To, Reply-To and Subject in UTF-8 «B», multipart/alternative
with the boundary «--ALT--<32 hex><unixtime>», a text/plain and a text/html part, both charset=utf-8 and base64 in lines
of 76; the plain part keeps a single space where the HTML has «&nbsp;»; the forward block «-------- Пересылаемое
сообщение --------» with «От кого: / Кому: / Дата: Weekday, d месяца yyyy, hh:mm +06:00 / Тема:»; the Subject «Fwd: » +
the original's; the HTML part with «<div>» lines, the forward header as one «<div>» with «<br>», the original inside a
«<blockquote>», links as «<a href="…" target="_blank">»). Kyrgyz note, Russian original, English titles.
Computed: both dates (the original before the forward, asserted; Russian weekday and month), the base64 bodies, the
boundary and Message-ID from the Date, the encoded words, the HTML part from the plain one, CR LF."""
import base64, datetime as dt, email.utils, hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2259)
TZ = dt.timezone(dt.timedelta(hours=6))
orig_d = dt.datetime(2026, 4, 13, 18, 2, 0, tzinfo=TZ)
fwd_d = dt.datetime(2026, 4, 14, 9, 12, 44, tzinfo=TZ)
assert orig_d < fwd_d
RU_WD = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RU_MG = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
SUBJ = "Семинар по генеративным моделям: список литературы к 16 апреля"
orig_date = f"{RU_WD[orig_d.weekday()]}, {orig_d.day} {RU_MG[orig_d.month - 1]} {orig_d.year}, {orig_d:%H:%M} +06:00"
NOTE = [
 "Саламатсыздарбы, Бекжан жана Айпери!",
 " ",
 "Нурлан агайдын генеративдик моделдер боюнча семинарынын адабият тизмесин жөнөтүп жатам, силер рассылкада жок",
 "экенсиңер. Семинар 16-апрелде (бейшемби), саат 15:00дө, №2 окуу корпусунун 214-аудиториясында. Ар бирибиз бир",
 "макаланы 15 мүнөттүн ичинде айтып беребиз. DDIM'ди мен алдым, калганын бөлүшүп алгыла.",
 " ",
 "--",
 "Айзада Токтосунова",
 "ЖАМУ, маалыматтык технологиялар, 3-курс",
 " ",
 " ",
]
FWD_HEAD = [
 "-------- Пересылаемое сообщение --------",
 "От кого: Нурлан Маматов <n.mamatov@jasu.example.kg>",
 "Кому: ml-seminar@jasu.example.kg",
 f"Дата: {orig_date}",
 f"Тема: {SUBJ}",
]
ORIG = [
 "Коллеги, добрый вечер!",
 " ",
 "В четверг продолжаем диффузионные модели. Обязательные статьи (по одной на докладчика):",
 " ",
 f"1. {T('1503.03585')} — https://arxiv.org/abs/1503.03585 (Sohl-Dickstein и др., ICML 2015 — с этого всё началось)",
 f"2. {T('1907.05600')} http://arxiv.org/abs/1907.05600 (NCSN)",
 f"3. {T('2010.02502')} — DDIM, ICLR 2021: https://openreview.net/forum?id={OR('2010.02502')}",
 f"4. {T('2105.05233')}: https://arxiv.org/pdf/2105.05233v4.pdf",
 f"5. {T('2207.12598')}, arXiv:2207.12598 — короткая, 8 страниц.",
 " ",
 "Дополнительно (без ссылок, найдёте сами):",
 f"- {T('2106.05931')} (LSGM, NeurIPS 2021);",
 f"- {T('2204.06125')} — та самая DALL·E 2;",
 f"- {T('2403.03206')} — технический отчёт Stable Diffusion 3.",
 " ",
 "Не статьи, но пригодится: курс Stanford CS236 «Deep Generative Models» (лекции на YouTube), библиотека",
 "k-diffusion Кэтрин Кроусон (GitHub), пост Lilian Weng «What are Diffusion Models?» и датасет CelebA-HQ для",
 "экспериментов.",
 " ",
 "С уважением,",
 "Н. Т. Маматов",
]
LINES = NOTE + FWD_HEAD + [" "] + ORIG
plain = "\r\n".join(LINES) + "\r\n"


def hline(l):
    if l == " ": return "&nbsp;"
    s = html.escape(l, quote=False)
    return re.sub(r"(https?://[^\s()«»,]+[^\s()«»,.:;])", r'<a href="\1" target="_blank">\1</a>', s)


htm = ("<HTML><BODY>" + "".join(f"<div>{hline(l)}</div>" for l in NOTE)
       + "<div>" + "<br>".join(hline(l) for l in FWD_HEAD) + "</div><div>&nbsp;</div>"
       + '<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
       + "".join(f"<div>{hline(l)}</div>" for l in ORIG) + "</blockquote></BODY></HTML>")


def b64lines(s):
    b = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return [b[i:i + 76] for i in range(0, len(b), 76)]


def ew(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


h = hashlib.sha1(b"2259 mail.ru").hexdigest()
ts = int(fwd_d.timestamp())
BOUND = f"--ALT--{h[:32]}{ts}"
head = [
 "Return-Path: <a.toktosunova@mail.ru>",
 "Received: from f712.i.mail.ru (f712.i.mail.ru [198.51.100.44])",
 f"\tby mx.jasu.example.kg with esmtps id 1wKq2b-0004Xm-9T; {email.utils.format_datetime(fwd_d + dt.timedelta(seconds=2))}",
 f"From: {ew('Айзада Токтосунова')} <a.toktosunova@mail.ru>",
 f"To: {ew('Бекжан Абдыкеримов')} <b.abdykerimov@jasu.example.kg>,",
 f"\t{ew('Айпери Сатыбалдиева')} <a.satybaldieva@jasu.example.kg>",
 f"Subject: {ew('Fwd: ' + SUBJ)}",
 "MIME-Version: 1.0",
 "X-Mailer: Mail.Ru Mailer 1.0",
 f"Date: {email.utils.format_datetime(fwd_d)}",
 f"Reply-To: {ew('Айзада Токтосунова')} <a.toktosunova@mail.ru>",
 "X-Priority: 3 (Normal)",
 f"Message-ID: <{ts}.{int(h[32:40], 16) % 10**9:09d}@f712.i.mail.ru>",
 "Content-Type: multipart/alternative;",
 f"\tboundary=\"{BOUND}\"",
 f"X-7564579A: {h[:16].upper()}",
 f"X-77F55803: {hashlib.sha1(b'2259 77f55803').hexdigest().upper()}",
 "X-Mras: Ok",
]
body = ["", f"--{BOUND}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", ""]
body += b64lines(plain) + ["", f"--{BOUND}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", ""]
body += b64lines(htm) + ["", f"--{BOUND}--", ""]
raw = "\r\n".join(head + body)
write_raw(F, raw.encode("ascii"), [raw, plain, html.unescape(re.sub(r"<[^>]+>", "\n", htm))], keys(F))
