#!/usr/bin/env python3
"""571: an AbiWord 3.0 document (.abw, AWML 1.1 XML): prolog, DOCTYPE, <abiword> root with the program's namespaces
and document props, the "do not edit" comment box, <metadata> m keys, <rdf/>, <history> with versions, <styles>,
<lists>, <pagesize>, one <section> of <p> paragraphs with xid attributes, <c props> runs, <a xlink:href> links,
numbered-list paragraphs with list_label fields, and a <table> of <cell>s with attach props. Russian seminar plan on
vision backbones."""
import os, sys
from xml.sax.saxutils import escape as x, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F571 as NAME, keys, ALEXNET

KEYS = keys(NAME)
xid = [10]


def nx():
    xid[0] += 1
    return xid[0]


body = []


def p(inner, style="Normal", extra=""):
    body.append(f'<p style="{style}"{extra} xid="{nx()}">{inner}</p>')


def c(text, props):
    return f'<c props="{props}">{x(text)}</c>'


def a(url, inner):
    return f'<a xlink:href={quoteattr(url)}>{inner}</a>'


LINKP = "color:0000ff; text-decoration:underline"
LI = ('style="Numbered List" level="1" listid="1023" parentid="0" props="start-value:1; margin-left:0.5in; '
      'text-indent:-0.3000in; field-color:transparent; list-style:Numbered List; list-decimal:.; field-font:NULL; '
      'list-delim:%L."')


def li(inner):
    body.append(f'<p {LI} xid="{nx()}"><field type="list_label" xid="{nx()}"></field><c props="font-weight:normal">\t</c>{inner}</p>')


p(x("Семинар «Архитектуры свёрточных и трансформерных сетей для зрения»"), "Heading 1")
p(x("Весенний семестр 2024, кафедра прикладной математики, Северогорский государственный университет"))
p(c("Ведущий: ", "font-weight:bold") + x("доц. Е. А. Лаптева; по средам, 17:10, ауд. 3-214."))
p("")
p(x("1. Порядок работы"), "Heading 2")
p(x("Каждый участник делает один доклад (30–35 минут) по статье из списка ниже и готовит конспект на 2–3 страницы. "
    "Конспект присылается не позднее чем за сутки до занятия. Оценка: доклад 50 %, конспект 30 %, участие 20 %."))
p("")
p(x("2. Список статей"), "Heading 2")
p(x("Классика (обязательно для всех, обсуждаем на первом занятии):"))
li(c(T(ALEXNET), "font-style:italic") + x(" — " + au(ALEXNET, 3, "") + ", NIPS 2012."))
li(a("https://arxiv.org/abs/1502.01852", c(T("1502.01852"), LINKP)) + x(" (He et al., ICCV 2015) — инициализация «He» и PReLU."))
p(x("Масштабирование и обучение:"))
li(c(T("1905.11946"), "font-weight:bold") + x(" — Tan, Le, ICML 2019. Составное масштабирование глубины, ширины и разрешения."))
li(x(T("2106.10270") + " — arXiv:2106.10270. Практические рекомендации по аугментации и регуляризации для ViT."))
li(a("https://arxiv.org/pdf/2106.04560", c(T("2106.04560"), LINKP)) + x(" — Zhai, Kolesnikov, Houlsby, Beyer (CVPR 2022)."))
li(c(T("2103.14030"), "font-style:italic") + x(" — Liu et al., ICCV 2021 (Marr Prize). Страница: openaccess.thecvf.com."))
p(x("Надёжность и данные:"))
li(a("https://arxiv.org/abs/2004.07780", c(T("2004.07780"), LINKP)) + x(" — обзор Geirhos et al. (Nature Machine Intelligence, 2020)."))
li(x(T("2012.07177") + " — Ghiasi et al., CVPR 2021. Для тех, кто занимается сегментацией."))
p("")
p(x("3. Расписание"), "Heading 2")
rows = [("Дата", "Тема", "Докладчик"),
        ("13.03", "Вводное занятие: AlexNet, инициализация", "Е. А. Лаптева"),
        ("20.03", "EfficientNet", "Д. Соколов"),
        ("27.03", "Обучение ViT: аугментации, регуляризация", "А. Мухаметова"),
        ("03.04", "Масштабирование ViT", "И. Гаврилов"),
        ("10.04", "Swin", "К. Ефимова"),
        ("17.04", "Shortcut learning", "Т. Рахимов"),
        ("24.04", "Copy-Paste, сегментация", "В. Орлова"),
        ("08.05", "Итоговое занятие, зачёт", "—")]
tbl = ['<table props="table-column-props:2.5cm/9.0cm/4.5cm/; table-line-thickness:1; table-col-spacing:0.03in; '
       'table-rel-column-props:; table-column-leftpos:0.0in; table-line-type:1">']
for r, row in enumerate(rows):
    for ci, val in enumerate(row):
        cell = x(val) if r else c(val, "font-weight:bold")
        tbl.append(f'<cell props="bot-attach:{r + 1}; left-attach:{ci}; right-attach:{ci + 1}; top-attach:{r}">'
                   f'<p style="Normal" xid="{nx()}">{cell}</p></cell>')
tbl.append("</table>")
body.append("".join(tbl))
p("")
p(x("4. Полезное (не статьи)"), "Heading 2")
p(x("Библиотека timm и её документация; курс CS231n (записи лекций); книга «Глубокое обучение» Гудфеллоу, Бенджио, "
    "Курвилля (русский перевод, 2018); набор данных ImageNet-1k — доступ через кафедральный сервер, см. ")
  + a("https://wiki.prikmat.example.ru/gpu", c("инструкцию на вики кафедры", LINKP)) + x("."))
p(x("Вопросы — на почту laptevа@prikmat.example.ru или в чат семинара.".replace("а@", "a@")))
secx = 1
xmax = xid[0]
head = f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">
<abiword template="false" xmlns:ct="http://www.abisource.com/changetracking.dtd" xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:math="http://www.w3.org/1998/Math/MathML" xid-max="{xmax}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="http://www.w3.org/2000/svg" fileformat="1.1" xmlns:awml="http://www.abisource.com/awml.dtd" xmlns="http://www.abisource.com/awml.dtd" xmlns:xlink="http://www.w3.org/1999/xlink" version="3.0.5" xml:space="preserve" props="dom-dir:ltr; document-footnote-restart-section:0; document-endnote-type:numeric; document-endnote-place-enddoc:1; document-endnote-initial:1; lang:ru-RU; document-endnote-restart-section:0; document-footnote-restart-page:0; document-footnote-type:numeric; document-footnote-initial:1; document-endnote-place-endsection:0">
<!-- ======================================================================== -->
<!-- This file is an AbiWord document.                                        -->
<!-- AbiWord is a free, Open Source word processor.                           -->
<!-- More information about AbiWord is available at http://www.abisource.com/ -->
<!-- You should not edit this file by hand.                                   -->
<!-- ======================================================================== -->

<metadata>
<m key="abiword.date_last_changed">Mon Mar 11 14:22:05 2024
</m>
<m key="abiword.generator">AbiWord</m>
<m key="dc.creator">Елена Лаптева</m>
<m key="dc.date">Mon Mar 11 14:22:05 2024
</m>
<m key="dc.format">application/x-abiword</m>
<m key="dc.language">ru-RU</m>
<m key="dc.title">План семинара, весна 2024</m>
</metadata>
<rdf>
</rdf>
<history version="3" edit-time="5127" last-saved="1710156125" uid="6f1c2a9e-df9b-11ee-8c3a-3b5d0e91a7c4">
<version id="1" started="1709548811" uid="7d02b6f4-da3c-11ee-9a1e-3b5d0e91a7c4" auto="0" top-xid="38"/>
<version id="2" started="1709901460" uid="1e6a5c70-dd6f-11ee-a4b2-3b5d0e91a7c4" auto="0" top-xid="61"/>
<version id="3" started="1710154102" uid="b3f2d1a8-dfbb-11ee-8d11-3b5d0e91a7c4" auto="0" top-xid="{xmax}"/>
</history>
<styles>
<s type="P" name="Heading 1" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:22pt; font-weight:bold; margin-bottom:3pt; font-family:Liberation Sans; font-size:17pt"/>
<s type="P" name="Heading 2" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:22pt; font-weight:bold; margin-bottom:3pt; font-family:Liberation Sans; font-size:14pt"/>
<s type="P" name="Normal" followedby="Current Settings" props="text-indent:0in; margin-top:0pt; margin-left:0pt; font-stretch:normal; line-height:1.0; text-align:left; bgcolor:transparent; lang:ru-RU; dom-dir:ltr; margin-bottom:0pt; text-decoration:none; font-weight:normal; font-variant:normal; color:000000; text-position:normal; font-size:12pt; margin-right:0pt; font-style:normal; widows:2; font-family:Liberation Serif"/>
<s type="P" name="Numbered List" basedon="Normal" followedby="Current Settings" props="start-value:1; margin-left:0.5in; text-indent:-0.3in; field-color:transparent; list-style:Numbered List; list-decimal:.; field-font:NULL; list-delim:%L."/>
</styles>
<lists>
<l id="1023" parentid="0" type="0" start-value="1" list-delim="%L." list-decimal="."/>
</lists>
<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" page-scale="1.000000"/>
<section xid="{secx}" props="page-margin-footer:0.5in; page-margin-header:0.5in">
'''
text = head + "\n".join(body) + "\n</section>\n</abiword>\n"
import re, html
plain = html.unescape(re.sub(r"<[^>]+>", "", text))
write_only(NAME, text, KEYS, forms=[plain])
