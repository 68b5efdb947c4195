#!/usr/bin/env python3
"""924: the web version of issue 37 of a Ukrainian newsletter on AI for science ("Наука + ШІ"), sent with SendPulse
and saved from the browser as HTML: an e-mail builder's page — XHTML 1.0 Transitional doctype and namespace, the
Content-Type meta first, a `<style>` block with a media query, a hidden preheader first in the body, nested
`role="presentation"` tables with inline styles, a logo, section headings, paper blocks (title, authors, summary,
a `Читати статтю →` button or a text link), a "Класика" list, an events list, a sponsor box, and the footer (why you
get it, the unsubscribe link, the SendPulse badge). LF, final newline. Three papers have an arXiv button or link,
one its arXiv id in the text, four are named by title only (three of them not on arXiv). The neuraloperator and
Graphormer repositories, the AlphaFold Protein Structure Database, torchaudio's documentation, the Dodrio demo, a
webinar and a podcast are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, ALPHAFOLD, CTC, BACKPROP

F = by_num(924)
K = dict(fno="2010.08895", mesh="2010.03409", dodrio="2103.14625", hubert="2106.07447", af=ALPHAFOLD, ctc=CTC,
         bp=BACKPROP, graphormer="2106.05234")
e = html.escape
FONT = "font-family:Arial,Helvetica,sans-serif;"


def au(k, n=3):
    a = CAT[k]["authors"]
    return ", ".join(a[:n]) + (" та ін." if len(a) > n else "")


def tr(inner, pad="12px 32px"):
    return (f'<tr>\n<td style="padding:{pad};{FONT}font-size:15px;line-height:24px;color:#222222;">\n'
            f"{inner}\n</td>\n</tr>")


def heading(txt):
    return tr(f'<h2 style="margin:0;{FONT}font-size:13px;letter-spacing:1px;text-transform:uppercase;color:#0b6e4f;">{e(txt)}</h2>',
              "28px 32px 4px 32px")


def paper(title, authors, summary, url=None, extra=""):
    btn = ""
    if url:
        btn = (f'\n<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin-top:12px;">\n<tr>\n'
               f'<td style="background-color:#0b6e4f;border-radius:4px;">'
               f'<a href="{url}" target="_blank" style="display:inline-block;padding:10px 18px;{FONT}font-size:14px;'
               f'color:#ffffff;text-decoration:none;">Читати статтю &rarr;</a></td>\n</tr>\n</table>')
    return tr(f'<h3 style="margin:0 0 4px 0;{FONT}font-size:18px;line-height:24px;color:#111111;">{e(title)}</h3>\n'
              f'<p style="margin:0 0 8px 0;font-size:13px;color:#666666;">{e(authors)}</p>\n'
              f'<p style="margin:0;">{summary}</p>{extra}{btn}')


rows = [
    tr('<img src="https://nauka-shi.example.ua/img/logo-600.png" width="160" height="40" alt="Наука + ШІ" '
       'style="display:block;border:0;" />', "24px 32px 8px 32px"),
    tr('<p style="margin:0;font-size:13px;color:#666666;">Випуск №37 · 14 березня 2024</p>\n'
       '<h1 style="margin:8px 0 0 0;font-size:26px;line-height:32px;color:#111111;">Нейрооператори, сітки й білки</h1>'),
    tr("<p style=\"margin:0;\">Привіт! Цього разу — про те, як нейромережі розв&#700;язують рівняння в частинних "
       "похідних, симулюють тканину й повітряні потоки на сітках і чому графові трансформери нарешті запрацювали. "
       "Наприкінці — рубрика «Класика», бо нас попросили про неї вже тричі.</p>"),
    heading("Головне"),
    paper(T(K["fno"]), au(K["fno"]),
          "Оператор навчається у просторі Фур&#700;є, тому одна модель працює на різних роздільностях сітки. "
          "На рівнянні Нав&#700;є — Стокса це на порядки швидше за класичний розв&#700;язувач. Код — у репозиторії "
          '<a href="https://github.com/neuraloperator/neuraloperator" target="_blank" style="color:#0b6e4f;">neuraloperator</a>.',
          "https://arxiv.org/abs/2010.08895"),
    paper(T(K["mesh"]), au(K["mesh"]),
          "MeshGraphNets від DeepMind: графова мережа передає повідомлення по вузлах сітки й уміє адаптивно її "
          "переробляти. Тканина, аеродинаміка, пружні тіла — одна архітектура.",
          "https://arxiv.org/pdf/2010.03409"),
    heading("Графи"),
    paper(T(K["graphormer"]), au(K["graphormer"]),
          "Graphormer — відповідь «ні, не погано»: достатньо правильно закодувати структуру графа (центральність, "
          "найкоротші шляхи). Переможець OGB-LSC на KDD Cup 2021. Статті за посиланням немає, лише "
          '<a href="https://github.com/microsoft/Graphormer" target="_blank" style="color:#0b6e4f;">репозиторій Microsoft</a>.'),
    heading("Мова й звук"),
    paper(T(K["hubert"]), au(K["hubert"]),
          "HuBERT (arXiv:2106.07447) вчиться передбачати приховані кластерні мітки замаскованих фрагментів аудіо. "
          "Для української ASR — хороший старт: готовий конвеєр є в "
          '<a href="https://pytorch.org/audio/stable/pipelines.html" target="_blank" style="color:#0b6e4f;">документації torchaudio</a>.'),
    heading("Інструменти"),
    paper(T(K["dodrio"]), au(K["dodrio"]),
          "Інтерактивна візуалізація уваги в трансформерах: можна порівняти голови уваги з синтаксичними й "
          'семантичними зв&#700;язками. Є <a href="https://poloclub.github.io/dodrio/" target="_blank" '
          'style="color:#0b6e4f;">онлайн-демо</a>.',
          "https://arxiv.org/abs/2103.14625"),
    heading("Класика"),
    tr('<ul style="margin:0;padding-left:20px;">\n'
       f'<li style="margin-bottom:8px;">«{e(T(K["bp"]))}» — Румельхарт, Гінтон, Вільямс, Nature, 1986. Чотири '
       "сторінки, з яких почалося все.</li>\n"
       f'<li style="margin-bottom:8px;">«{e(T(K["ctc"]))}» — Грейвз та ін., ICML 2006. CTC досі всередині '
       "половини систем розпізнавання мовлення, зокрема поверх HuBERT.</li>\n"
       f'<li style="margin-bottom:8px;">«{e(T(K["af"]))}» — Джампер та ін., Nature, 2021. Якщо не хочеться '
       'читати, погортайте <a href="https://alphafold.ebi.ac.uk/" target="_blank" style="color:#0b6e4f;">базу '
       "структур AlphaFold</a> — це база даних, не стаття.</li>\n</ul>"),
    heading("Події"),
    tr('<ul style="margin:0;padding-left:20px;">\n'
       "<li>21 березня, 18:00 — вебінар «ШІ для матеріалознавства» (онлайн, українською).</li>\n"
       '<li>Новий епізод подкасту «Формула і сітка» — про чисельні методи й нейромережі: '
       '<a href="https://podcast.nauka-shi.example.ua/37" target="_blank" style="color:#0b6e4f;">слухати</a>.</li>\n</ul>'),
    tr('<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" '
       'style="background-color:#f3f7f5;border-radius:6px;">\n<tr>\n<td style="padding:16px;font-size:14px;'
       'line-height:22px;color:#333333;">\n<strong>Партнер випуску.</strong> Обчислювальний кластер для '
       "наукових груп — перші 100 GPU-годин безкоштовно для аспірантів. "
       '<a href="https://gpu-cluster.example.ua/?utm_source=nauka-shi&amp;utm_medium=email&amp;utm_campaign=37" '
       'target="_blank" style="color:#0b6e4f;">Детальніше</a>\n</td>\n</tr>\n</table>', "20px 32px"),
    tr('<p style="margin:0;font-size:12px;line-height:18px;color:#888888;text-align:center;">Ви отримали цей лист, '
       "тому що підписалися на розсилку «Наука + ШІ» на nauka-shi.example.ua.<br />\n"
       '<a href="https://nauka-shi.example.ua/unsubscribe?e=3f9c0d1e7a" target="_blank" style="color:#888888;">'
       "Відписатися</a> · Київ, Україна</p>\n"
       '<p style="margin:12px 0 0 0;text-align:center;"><a href="https://sendpulse.com/?ref=7103422" target="_blank">'
       '<img src="https://sendpulse.com/img/sendpulse-badge.png" width="110" height="24" alt="Sent via SendPulse" '
       'style="display:inline-block;border:0;" /></a></p>', "24px 32px 32px 32px"),
]

head = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Наука + ШІ #37 — нейрооператори, сітки й білки</title>
<style type="text/css">
body { margin:0; padding:0; background-color:#eef1f0; }
table { border-collapse:collapse; }
img { -ms-interpolation-mode:bicubic; }
@media only screen and (max-width:620px) {
  .wrapper { width:100% !important; }
}
</style>
</head>
<body style="margin:0;padding:0;background-color:#eef1f0;">
<div style="display:none;max-height:0;overflow:hidden;">FNO, MeshGraphNets, Graphormer, HuBERT і трохи класики</div>
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#eef1f0;">
<tr>
<td align="center" style="padding:24px 8px;">
<table role="presentation" class="wrapper" border="0" cellpadding="0" cellspacing="0" width="600" style="background-color:#ffffff;">
"""
tail = """
</table>
</td>
</tr>
</table>
</body>
</html>
"""
text = head + "\n".join(rows) + tail
write_only(F, text, keys(F), forms=(html.unescape(text),))
