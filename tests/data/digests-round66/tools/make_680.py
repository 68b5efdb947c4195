#!/usr/bin/env python3
"""680: a chapter of a Ukrainian master's thesis saved by Word 2016 as "Web Page, Filtered" (.htm): windows-1251 bytes
(characters outside it as &#NNNN;), CRLF, Word's source wrapping (lines broken at spaces near 76 columns, outside tags),
the <!-- /* Font Definitions */ … --> style block, unquoted simple attribute values and single-quoted styles,
MsoNormal / MsoListParagraphCxSp* paragraphs with the list number and a 7pt Times New Roman spacer span, &nbsp;,
<a href> around URLs. The reference list follows DSTU 8302:2015 (surname + initials, " та ін." / " et al.",
"URL: … (дата звернення: dd.mm.yyyy)." , "Vol. … P. …")."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_encoded, OR
from make_expected import F680, keys, LSTM, BACKPROP

K = keys(F680)


def ini(name):
    p = name.split()
    return p[-1] + " " + " ".join(x[0] + "." for x in p[:-1])


def dstu_au(k, n=3):
    a = authors(k)
    if len(a) > 4: return ", ".join(ini(x) for x in a[:n]) + " et al."
    return ", ".join(ini(x) for x in a)


def e(s):
    return html.escape(s, quote=False)


def url(u):
    return f'<a href="{u}">{u}</a>'


ACC = " (дата звернення: 14.03.2024)."
REFS = [
    e(f"{dstu_au(BACKPROP)} {T(BACKPROP)}. ") + "<i>Nature</i>. 1986. Vol. 323, no. 6088. P. 533–536.",
    e(f"{dstu_au(LSTM)} {T(LSTM)}. ") + "<i>Neural Computation</i>. 1997. Vol. 9, no. 8. P. 1735–1780.",
    e(f"{dstu_au('1409.0473')} {T('1409.0473')}. 3rd International Conference on Learning Representations (ICLR 2015). "
      "San Diego, 2015. URL: ") + url("https://arxiv.org/abs/1409.0473") + ACC,
    e(f"{dstu_au('1410.5401')} {T('1410.5401')} : preprint. London : Google DeepMind, 2014. 26 p."),
    e(f"{dstu_au('1701.06538')} {T('1701.06538')}. 5th International Conference on Learning Representations "
      "(ICLR 2017). Toulon, 2017. URL: ") + url(f"https://openreview.net/forum?id={OR('1701.06538')}") + ACC,
    e(f"{dstu_au('1909.08053')} {T('1909.08053')} : preprint. 2019. URL: ") + url("https://arxiv.org/abs/1909.08053") + ACC,
    e(f"{dstu_au('1910.02054')} {T('1910.02054')}. SC20: International Conference for High Performance Computing, "
      "Networking, Storage and Analysis. Atlanta, 2020. P. 1–16. URL: ") + url("https://arxiv.org/pdf/1910.02054") + ACC,
    e(f"{dstu_au('2101.03961')} {T('2101.03961')}. ") + "<i>Journal of Machine Learning Research</i>. 2022. Vol. 23, "
      "no. 120. P. 1–39. Preprint: arXiv:2101.03961.",
    e("ДСТУ 8302:2015. Інформація та документація. Бібліографічне посилання. Загальні положення та правила складання. "
      "[Чинний від 2016-07-01]. Вид. офіц. Київ : ДП «УкрНДНЦ», 2016. 16 с."),
    e("PyTorch 2.2 documentation: torch.distributed. URL: ") + url("https://pytorch.org/docs/2.2/distributed.html") + ACC,
    e("DeepSpeed: Getting Started. Microsoft, 2024. URL: ") + url("https://www.deepspeed.ai/getting-started/") + ACC,
    e("NVIDIA A100 Tensor Core GPU Architecture : whitepaper. Santa Clara : NVIDIA Corporation, 2020. 82 p."),
    e("Субботін С. О. Нейронні мережі: теорія та практика : навч. посіб. Житомир : Вид. О. О. Євенок, 2020. 184 с."),
    e("Megatron-LM : програмний репозиторій. NVIDIA, 2024. URL: ") + url("https://github.com/NVIDIA/Megatron-LM") + ACC,
]

BODY = [
    ("MsoNormal", "Висновки до розділу 1", "h2"),
    ("MsoNormal", "У розділі розглянуто еволюцію моделей послідовностей від рекурентних мереж до трансформерів із "
     "мільярдами параметрів. Показано, що метод зворотного поширення помилки [1] і рекурентні мережі з довгою "
     "короткочасною пам’яттю [2] залишалися основою обробки послідовностей майже два десятиліття, а механізм "
     "уваги [3] та зовнішня пам’ять [4] підготували перехід до архітектур без рекурсії.", None),
    ("MsoNormal", "Друга частина розділу присвячена масштабуванню. Розріджені моделі зі змішаними експертами [5, 8] "
     "дозволяють збільшувати кількість параметрів без пропорційного зростання обчислень, тоді як тензорний "
     "паралелізм [6] і розподіл станів оптимізатора [7] роблять можливим навчання щільних моделей на сотнях GPU. "
     "Практичні аспекти (бібліотеки та апаратне забезпечення) описано за документацією [10–12, 14].", None),
    ("MsoNormal", "Отримані висновки використано в розділі 2 для вибору конфігурації експериментів на кластері "
     "кафедри (4 вузли × 8 GPU A100 40 ГБ).", None),
]


def wrap(s, width=76):
    out, line, depth, i = [], "", 0, 0
    tokens, buf, intag = [], "", False
    for ch in s:
        if ch == "<": intag = True
        if ch == ">": intag = False
        if ch == " " and not intag:
            tokens.append(buf); buf = ""
        else:
            buf += ch
    tokens.append(buf)
    for t in tokens:
        if line and len(line) + 1 + len(t) > width:
            out.append(line); line = t
        else:
            line = (line + " " + t) if line else t
    out.append(line)
    return "\r\n".join(out)


STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	text-align:justify;
	text-indent:1.25cm;
	line-height:150%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
h2
	{mso-style-link:"Заголовок 2 Знак";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	text-align:center;
	page-break-after:avoid;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	font-weight:bold;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	text-align:justify;
	line-height:150%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	text-align:justify;
	line-height:150%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	text-align:justify;
	line-height:150%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
span.2
	{mso-style-name:"Заголовок 2 Знак";
	mso-style-link:"Заголовок 2";
	font-family:"Times New Roman",serif;
	font-weight:bold;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:2.0cm 1.0cm 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>"""

parts = ["<html>", "", "<head>", '<meta http-equiv=Content-Type content="text/html; charset=windows-1251">',
         '<meta name=Generator content="Microsoft Word 15 (filtered)">', "<title>Розділ 1</title>", STYLE, "", "</head>", "",
         "<body lang=UK link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>", "", "<div class=WordSection1>", ""]
for cls, txt, tag in BODY:
    if tag:
        parts.append(wrap(f"<h2><a name=\"_Toc161912233\"></a><span lang=UK>{e(txt)}</span></h2>")); parts.append("")
    else:
        parts.append(wrap(f"<p class={cls}><span lang=UK>{e(txt)}</span></p>")); parts.append("")
parts.append(wrap("<h2><a name=\"_Toc161912240\"></a><span lang=UK>Список використаних джерел до розділу 1</span></h2>")); parts.append("")
for i, r in enumerate(REFS):
    cls = "MsoListParagraphCxSpFirst" if i == 0 else "MsoListParagraphCxSpLast" if i == len(REFS) - 1 else "MsoListParagraphCxSpMiddle"
    lang = "UK" if i >= 8 else "EN-US"
    spacer = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; " if i < 9 else "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
    parts.append(wrap(f"<p class={cls} style='margin-left:0cm;text-indent:0cm'><span lang={lang}>{i + 1}.<span "
                      f"style='font:7.0pt \"Times New Roman\"'>{spacer}</span></span><span lang={lang}>{r}</span></p>"))
    parts.append("")
parts += ["<p class=MsoNormal><span lang=UK>&nbsp;</span></p>", "", "</div>", "", "</body>", "", "</html>", ""]
text = "\r\n".join(parts).replace("\r\n", "\n").replace("\n", "\r\n")
enc = text.encode("cp1251", "xmlcharrefreplace").decode("cp1251")
write_encoded(F680, enc, "cp1251", K, forms=[html.unescape(enc)])
