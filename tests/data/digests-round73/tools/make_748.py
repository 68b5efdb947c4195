#!/usr/bin/env python3
"""748: a LibreOffice Writer flat XML document (.fodt): XML declaration, office:document with the ODF 1.3 name spaces
and office:mimetype, office:meta (generator, dates, document-statistic), font-face-decls, styles, automatic-styles,
master-styles, and a body whose citations are text:bibliography-mark elements (identifier, type, author, title,
year, url / note) followed by a generated text:bibliography index; multiple spaces as <text:s text:c="n"/>, tabs as
<text:tab/>, attribute values escaped (&amp; &quot; &lt;). Italian seminar handout on vision transformers and
detection."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, year, write_only, CAT
from make_expected import by_num, keys

F = by_num(748)
A = lambda k: f"https://arxiv.org/abs/{k}"
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')
A_ = lambda v: quoteattr(v, {'"': "&quot;"}) if '"' not in v else '"' + escape(v, {'"': "&quot;"}) + '"'

# (identifier, key, how): how = url (arXiv), or (OpenReview), note (arXiv id as text), plain (title only)
REFS = [("Dosovitskiy2021", "2010.11929", "or"), ("Zhai2022", "2106.04560", "plain"), ("Liu2021", "2103.14030", "url"),
        ("Liu2022", "2201.03545", "url"), ("Zhu2021", "2010.04159", "note"), ("Ghiasi2021", "2012.07177", "plain"),
        ("Jiang2021", "2103.14167", "plain"), ("Qiu2021", "2103.14146", "plain")]
YEAR = {"2106.04560": 2022, "2010.11929": 2021, "2010.04159": 2021, "2103.14167": 2021, "2103.14146": 2021,
        "2012.07177": 2021, "2103.14030": 2021, "2201.03545": 2022}


def mark(ident, key, how):
    at = [("text:identifier", ident), ("text:bibliography-type", "article"),
          ("text:author", "; ".join(CAT[key]["authors"][:6]) + ("; et al." if len(CAT[key]["authors"]) > 6 else "")),
          ("text:title", T(key)), ("text:year", str(YEAR[key]))]
    if how == "url": at.append(("text:url", A(key)))
    if how == "or": at.append(("text:url", f"https://openreview.net/forum?id={OR(key)}"))
    if how == "note": at.append(("text:note", f"arXiv:{key} [cs.CV]"))
    return "<text:bibliography-mark " + " ".join(f"{k}={A_(v)}" for k, v in at) + f">[{ident}]</text:bibliography-mark>"


M = {i: mark(i, k, h) for i, k, h in REFS}


def p(s, style="Text_20_body"):
    return f'    <text:p text:style-name="{style}">{s}</text:p>\n'


def esc(s):
    return escape(s)


body = ""
body += f'    <text:h text:style-name="P1" text:outline-level="1">Seminario di Visione Artificiale – Incontro 4</text:h>\n'
body += p('Dipartimento di Ingegneria dell&apos;Informazione – Università di Valmonte<text:tab/>A.A. 2023/24'.replace("&apos;", "'"), "P2")
body += p("Relatrici: Giulia Ferrante, Chiara Bonomi<text:s text:c=\"3\"/>Aula 2.14, giovedì 7 marzo, ore 14:30", "P2")
body += f'    <text:h text:style-name="Heading_20_2" text:outline-level="2">1. Dai patch alle finestre</text:h>\n'
body += p(f"Il punto di partenza è {M['Dosovitskiy2021']}: l’immagine viene divisa in patch 16×16 trattati come token. "
          f"Senza pre-addestramento su dati molto grandi (JFT-300M, un dataset interno non pubblico) il modello resta "
          f"sotto le ResNet; con ImageNet-21k il divario si chiude.")
body += p(f"Lo studio sulle leggi di scala {M['Zhai2022']} mostra che il compromesso tra calcolo, dati e dimensione del "
          f"modello segue curve regolari; per la discussione useremo la figura 1 e la tabella 2. "
          f"La gerarchia a finestre traslate di {M['Liu2021']} reintroduce la località e rende il backbone adatto a "
          f"detection e segmentazione.")
body += p(f"Infine {M['Liu2022']} rovescia la prospettiva: una rete convoluzionale &quot;modernizzata&quot; passo dopo "
          f"passo raggiunge le stesse prestazioni. Domanda per la discussione: quanto conta la ricetta di addestramento "
          f"(AdamW, mixup, cutmix &amp; co.) rispetto all’architettura?")
body += f'    <text:h text:style-name="Heading_20_2" text:outline-level="2">2. Detection e corrispondenze</text:h>\n'
body += p(f"Per la detection leggiamo {M['Zhu2021']} (attenzione deformabile su mappe multi-scala, convergenza 10× più "
          f"rapida del DETR originale). Il codice di riferimento è nel repository fundamentalvision/Deformable-DETR "
          f"(software, non va citato come articolo).")
body += p(f"Sull’aumento dei dati per la segmentazione di istanze: {M['Ghiasi2021']}. Per chi vuole provare c’è "
          f"l’implementazione in Detectron2 (libreria) e il dataset LVIS.")
body += p(f"Due lavori più di nicchia, proposti da Chiara: {M['Jiang2021']} per le corrispondenze tra immagini e "
          f"{M['Qiu2021']} per la descrizione di cambiamenti tra coppie di immagini.")
body += f'    <text:h text:style-name="Heading_20_2" text:outline-level="2">3. Organizzazione</text:h>\n'
body += ('    <table:table table:name="Tabella1" table:style-name="Tabella1">\n'
         '     <table:table-column table:style-name="Tabella1.A" table:number-columns-repeated="3"/>\n')
for row in [("Parte", "Chi", "Tempo"), ("Patch e finestre", "Giulia", "25 min"), ("Detection", "Chiara", "20 min"),
            ("Discussione", "tutti", "15 min")]:
    body += "     <table:table-row>\n" + "".join(
        f'      <table:table-cell table:style-name="Tabella1.A1" office:value-type="string"><text:p text:style-name="Table_20_Contents">{esc(c)}</text:p></table:table-cell>\n'
        for c in row) + "     </table:table-row>\n"
body += "    </table:table>\n"
body += p("Materiale: le slide saranno sul Moodle del corso; il tutorial &quot;Vision Transformers explained&quot; "
          "(blog) e il corso CS231n (lezioni video) sono facoltativi. Per dubbi: giulia.ferrante@unival.example.it")
body += p("")

ENTRY = lambda i, k: (f'<text:span text:style-name="T1">[{i}]</text:span> {esc(au(k, 3))}: {esc(T(k))}, {YEAR[k]}')
bib = ('    <text:bibliography text:style-name="Sect1" text:protected="true" text:name="Bibliografia1">\n'
       '     <text:bibliography-source>\n'
       '      <text:index-title-template text:style-name="Bibliography_20_Heading">Bibliografia</text:index-title-template>\n'
       '      <text:bibliography-entry-template text:bibliography-type="article" text:style-name="Bibliography_20_1">'
       '<text:index-entry-bibliography text:bibliography-data-field="identifier"/><text:index-entry-span>: </text:index-entry-span>'
       '<text:index-entry-bibliography text:bibliography-data-field="author"/><text:index-entry-span>, </text:index-entry-span>'
       '<text:index-entry-bibliography text:bibliography-data-field="title"/><text:index-entry-span>, </text:index-entry-span>'
       '<text:index-entry-bibliography text:bibliography-data-field="year"/></text:bibliography-entry-template>\n'
       '     </text:bibliography-source>\n'
       '     <text:index-body>\n'
       '      <text:index-title text:style-name="Sect1" text:name="Bibliografia1_Head">\n'
       '       <text:p text:style-name="Bibliography_20_Heading">Bibliografia</text:p>\n'
       '      </text:index-title>\n')
for i, k, h in REFS:
    bib += f'      <text:p text:style-name="Bibliography_20_1">{ENTRY(i, k)}</text:p>\n'
bib += '     </text:index-body>\n    </text:bibliography>\n'

n_par = body.count("<text:p ") + body.count("<text:h ") + bib.count("<text:p ")
words = sum(len(x.split()) for x in [body, bib]) // 2
doc = f"""<?xml version="1.0" encoding="UTF-8"?>

<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><meta:creation-date>2024-03-04T16:41:07.482113907</meta:creation-date><dc:date>2024-03-06T22:18:53.006411512</dc:date><meta:editing-duration>PT3H12M41S</meta:editing-duration><meta:editing-cycles>23</meta:editing-cycles><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator><dc:title>Seminario VA – Incontro 4</dc:title><dc:language>it-IT</dc:language><meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" meta:page-count="2" meta:paragraph-count="{n_par}" meta:word-count="{words}" meta:character-count="{len(body) // 3}" meta:non-whitespace-character-count="{len(body) // 4}"/></office:meta>
 <office:settings>
  <config:config-item-set config:name="ooo:view-settings">
   <config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>
   <config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>
  </config:config-item-set>
 </office:settings>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="it" fo:country="IT"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Bibliography_20_Heading" style:display-name="Bibliography Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Bibliography_20_1" style:display-name="Bibliography 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0.499cm" fo:text-indent="-0.499cm"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Tabella1" style:family="table">
   <style:table-properties style:width="16.999cm" table:align="margins"/>
  </style:style>
  <style:style style:name="Tabella1.A" style:family="table-column">
   <style:table-column-properties style:column-width="5.666cm" style:rel-column-width="21845*"/>
  </style:style>
  <style:style style:name="Tabella1.A1" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2">
   <style:text-properties fo:font-size="18pt"/>
  </style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="T1" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties style:editable="false"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
 <office:body>
  <office:text>
   <text:sequence-decls>
    <text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>
    <text:sequence-decl text:display-outline-level="0" text:name="Table"/>
    <text:sequence-decl text:display-outline-level="0" text:name="Text"/>
    <text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>
    <text:sequence-decl text:display-outline-level="0" text:name="Figure"/>
   </text:sequence-decls>
{body}{bib}  </office:text>
 </office:body>
</office:document>
"""
import html
write_only(F, doc, keys(F), forms=[html.unescape(doc)])
