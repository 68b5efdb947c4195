#!/usr/bin/env python3
"""742: a LibreOffice Calc 7.6 flat XML spreadsheet (.fods): `office:document` with the ODF 1.3 namespaces and
`office:mimetype`, `office:meta` (generator, dates, document statistics), a trimmed `office:settings`, font-face
declarations, automatic styles (co/ro/ce/N), and two tables. Cells are `table:table-cell` with `office:value-type`
and `calcext:value-type`, `<text:p>` content, hyperlinks as `<text:a xlink:href=… xlink:type="simple">`, dates with
`office:date-value`, floats with `office:value`, and LibreOffice's fillers: `table:number-columns-repeated` up to
1024 columns and a final `table:number-rows-repeated` row up to 1048576. Ukrainian self-supervised learning tracker."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from common import A
from make_expected import by_num, keys
from xml.sax.saxutils import escape

F = by_num(742)
k = keys(F)
NCOL = 1024


def s(v, style=None):
    st = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell{st} office:value-type="string" calcext:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def link(label, url):
    return (f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p><text:a xlink:href="{escape(url)}" '
            f'xlink:type="simple">{escape(label)}</text:a></text:p></table:table-cell>')


def d(iso):
    y, m, dd = iso.split("-")
    return (f'<table:table-cell table:style-name="ce3" office:value-type="date" office:date-value="{iso}" '
            f'calcext:value-type="date"><text:p>{dd}.{m}.{y}</text:p></table:table-cell>')


def f(v):
    return (f'<table:table-cell table:style-name="ce4" office:value-type="float" office:value="{v}" '
            f'calcext:value-type="float"><text:p>{str(v).replace(".", ",")}</text:p></table:table-cell>')


def n(v):
    return f'<table:table-cell office:value-type="float" office:value="{v}" calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>'


E = lambda: "<table:table-cell/>"


def row(cells, used):
    out = cells + [f'<table:table-cell table:number-columns-repeated="{NCOL - used}"/>']
    return '    <table:table-row table:style-name="ro1">\n     ' + "\n     ".join(out) + "\n    </table:table-row>"


HEAD = ["№", "Назва статті", "Автори", "Рік", "Посилання", "Доповідач", "Дата семінару", "Оцінка (1–5)", "Нотатки"]
R = [
 (1, "2111.06377", "2021", "link", "Олена Гнатюк", "2024-02-15", 4.5, "Маскування 75% патчів; дуже простий рецепт."),
 (2, "1911.05722", "2019", None, "Богдан Кравець", "2024-02-22", 4.0, "Черга негативних прикладів + імпульсний енкодер. Посилання додати."),
 (3, "2004.11362", "2020", "link", "Ірина Соловей", "2024-02-29", 3.5, "Контрастивна втрата з мітками класів."),
 (4, "2006.07733", "2020", "link", "Олена Гнатюк", "2024-03-07", 5.0, "Без негативних пар! Обговорити, чому не колапсує."),
 (5, "2103.03230", "2021", "text", "Тарас Мельничук", "2024-03-14", 4.0, "Див. arXiv:2103.03230 — матриця крос-кореляції ≈ одинична."),
 (6, "2010.04592", "2020", None, "Ірина Соловей", "2024-03-21", 3.0, "Вибір складних негативів; ICLR 2021."),
 (7, "2011.04419", "2020", None, "Богдан Кравець", "2024-03-28", 3.0, "Mixup-аугментації для будь-якої модальності."),
 (8, "2106.08254", "2021", "link", "Тарас Мельничук", "2024-04-04", None, "Ще не обговорювали; токенізатор з dVAE."),
]
rows = [row([s(h, "ce1") for h in HEAD], len(HEAD))]
for (i, key, yr, kind, who, dt, score, note) in R:
    cells = [n(i), s(T(key)), s(au(key, 3, " та ін.")), n(int(yr)),
             link(A(key), A(key)) if kind == "link" else (s("arXiv 2103.03230") if kind == "text" else E()),
             s(who), d(dt), f(score) if score is not None else E(), s(note)]
    rows.append(row(cells, len(cells)))
rows.append(f'    <table:table-row table:style-name="ro1" table:number-rows-repeated="{1048576 - len(rows)}">\n'
            f'     <table:table-cell table:number-columns-repeated="{NCOL}"/>\n    </table:table-row>')
rows2 = [row([s("Ресурс", "ce1"), s("Тип", "ce1"), s("Коментар", "ce1")], 3)]
for a, b, c in [("solo-learn", "бібліотека (GitHub)", "реалізації SimCLR/BYOL тощо — не стаття"),
                ("ImageNet-1k", "набір даних", "для лінійної оцінки"),
                ("Lightly", "бібліотека", "зручні аугментації"),
                ("Лекції «Self-supervised learning» курсу DL (весна 2023)", "курс", "відео, не стаття")]:
    rows2.append(row([s(a), s(b), s(c)], 3))
rows2.append(f'    <table:table-row table:style-name="ro1" table:number-rows-repeated="{1048576 - len(rows2)}">\n'
             f'     <table:table-cell table:number-columns-repeated="{NCOL}"/>\n    </table:table-row>')

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')
text = f"""<?xml version="1.0" encoding="UTF-8"?>

<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:meta><meta:creation-date>2024-02-08T10:14:31.482000000</meta:creation-date><dc:date>2024-03-22T18:40:05.917000000</dc:date><meta:editing-duration>PT2H41M17S</meta:editing-duration><meta:editing-cycles>23</meta:editing-cycles><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator><dc:title>Семінар SSL — весна 2024</dc:title><dc:language>uk-UA</dc:language><meta:document-statistic meta:table-count="2" meta:cell-count="98" meta:object-count="0"/></office:meta>
 <office:settings>
  <config:config-item-set config:name="ooo:view-settings">
   <config:config-item config:name="VisibleAreaTop" config:type="int">0</config:config-item>
   <config:config-item config:name="VisibleAreaLeft" config:type="int">0</config:config-item>
   <config:config-item-map-indexed config:name="Views">
    <config:config-item-map-entry>
     <config:config-item config:name="ViewId" config:type="string">view1</config:config-item>
     <config:config-item config:name="ActiveTable" config:type="string">Статті</config:config-item>
     <config:config-item config:name="ZoomValue" config:type="int">110</config:config-item>
    </config:config-item-map-entry>
   </config:config-item-map-indexed>
  </config:config-item-set>
 </office:settings>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" style:font-family-generic="system" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="table-cell">
   <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:language="uk" fo:country="UA"/>
  </style:default-style>
  <number:number-style style:name="N0">
   <number:number number:min-integer-digits="1"/>
  </number:number-style>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="1.2cm"/></style:style>
  <style:style style:name="co2" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="9.5cm"/></style:style>
  <style:style style:name="co3" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="2.258cm"/></style:style>
  <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
  <number:date-style style:name="N37" number:automatic-order="true"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
  <number:number-style style:name="N2"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
  <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>
  <style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:calculation-settings table:automatic-find-labels="false" table:use-regular-expressions="false" table:use-wildcards="true"/>
   <table:table table:name="Статті" table:style-name="ta1">
    <table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>
    <table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>
    <table:table-column table:style-name="co3" table:number-columns-repeated="{NCOL - 2}" table:default-cell-style-name="Default"/>
{chr(10).join(rows)}
   </table:table>
   <table:table table:name="Інше" table:style-name="ta1">
    <table:table-column table:style-name="co3" table:number-columns-repeated="{NCOL}" table:default-cell-style-name="Default"/>
{chr(10).join(rows2)}
   </table:table>
   <table:named-expressions/>
  </office:spreadsheet>
 </office:body>
</office:document>
"""
write_only(F, text, k)
