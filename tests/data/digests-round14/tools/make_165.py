#!/usr/bin/env python3
"""Builds digests/165_odt_libreoffice_seminar_ausarbeitung_moe.odt: a German seminar report ("Ausarbeitung") written
in LibreOffice Writer 7.6 with Writer's own bibliography database: in-text Insert > Table of Contents and Index >
Bibliography Entry marks and a generated "Literaturverzeichnis" index.

The package as LibreOffice writes it: "mimetype" first and stored (not deflated), then content.xml, styles.xml,
meta.xml, settings.xml, manifest.rdf, Thumbnails/thumbnail.png and META-INF/manifest.xml listing every member with
its media type; office:version="1.3". content.xml: automatic styles, sequence declarations, headings
(text:h outline-level 1), paragraphs with text:span, text:s (extra spaces), text:soft-page-break, a hyperlink
(text:a xlink:href), a footnote (text:note with text:note-citation/text:note-body), a reviewer comment
(office:annotation with dc:creator/dc:date), a table, and text:bibliography-mark elements whose attributes hold the
entry (identifier, bibliography-type, author, booktitle, journal, note, number, pages, publisher, title, volume, year,
url, in Writer's field order) and whose content is the "[Identifier]" shown in the text; the text:bibliography
index with its entry templates and an index body "Identifier: Author, Title, Year" per entry (Writer's default
template: no URL, no note). meta.xml counts the paragraphs. The prose, student, tutor, university URL and dates are
invented; the papers, authors, venues and years are the catalogue's."""
import os, struct, sys, zipfile, zlib
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, title

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "165_odt_libreoffice_seminar_ausarbeitung_moe.odt")
WHEN = (2024, 1, 28, 22, 41, 10)
FIELDS = ["identifier", "bibliography-type", "address", "annote", "author", "booktitle", "chapter", "edition",
          "editor", "howpublished", "institution", "journal", "month", "note", "number", "organizations", "pages",
          "publisher", "school", "series", "title", "report-type", "volume", "year", "url"]


def au(key, n=None):
    a = authors(key)
    return ", ".join(a[:n]) + (" et al." if n and len(a) > n else "")


BIB = {
    "Shazeer2017": dict(t="inproceedings", author=au("1701.06538"), title=title("1701.06538"),
                        booktitle="International Conference on Learning Representations (ICLR)", year="2017",
                        url="https://openreview.net/forum?id=B1ckMDqlg"),
    "Lepikhin2021": dict(t="inproceedings", author=au("2006.16668", 6), title=title("2006.16668"),
                         booktitle="International Conference on Learning Representations (ICLR)", year="2021"),
    "Fedus2022": dict(t="article", author=au("2101.03961"), title=title("2101.03961"),
                      journal="Journal of Machine Learning Research", number="120", pages="1-39", volume="23",
                      year="2022", url="https://arxiv.org/abs/2101.03961"),
    "Shoeybi2019": dict(t="misc", author=au("1909.08053"), note="arXiv:1909.08053", title=title("1909.08053"), year="2019"),
    "Zhai2022": dict(t="inproceedings", author=au("2106.04560"), booktitle="Proceedings of the IEEE/CVF Conference on "
                     "Computer Vision and Pattern Recognition (CVPR)", pages="12104-12113", title=title("2106.04560"),
                     year="2022"),
    "Tan2019": dict(t="inproceedings", author=au("1905.11946"), booktitle="Proceedings of the 36th International "
                    "Conference on Machine Learning", pages="6105-6114", publisher="PMLR", title=title("1905.11946"),
                    volume="97", year="2019"),
    "Tan2021": dict(t="inproceedings", author=au("2104.00298"), booktitle="Proceedings of the 38th International "
                    "Conference on Machine Learning", publisher="PMLR", title=title("2104.00298"), volume="139",
                    year="2021", url="https://arxiv.org/pdf/2104.00298.pdf"),
    "Touvron2023": dict(t="article", author=au("2302.13971", 6), journal="arXiv preprint arXiv:2302.13971",
                        title=title("2302.13971"), year="2023"),
    "Dao2022": dict(t="inproceedings", author=au("2205.14135"), booktitle="Advances in Neural Information Processing "
                    "Systems (NeurIPS)", title=title("2205.14135"), volume="35", year="2022"),
    "Hua2022": dict(t="inproceedings", author=au("2202.10447"), booktitle="Proceedings of the 39th International "
                    "Conference on Machine Learning", pages="9099-9117", publisher="PMLR", title=title("2202.10447"),
                    volume="162", year="2022"),
    "Zhang2022": dict(t="article", author=au("2205.01068", 6), journal="arXiv preprint", title=title("2205.01068"),
                      year="2022", url="https://arxiv.org/abs/2205.01068v4"),
    # not papers
    "Zhang2023d2l": dict(t="book", author="Aston Zhang, Zachary C. Lipton, Mu Li, Alexander J. Smola",
                         publisher="Cambridge University Press", title="Dive into Deep Learning", year="2023",
                         url="https://d2l.ai"),
    "DeepSpeedMoE": dict(t="www", note="Tutorial, abgerufen am 12.01.2024", title="Mixture of Experts (DeepSpeed Tutorials)",
                         year="2023", url="https://www.deepspeed.ai/tutorials/mixture-of-experts/"),
    "HFblog2023": dict(t="www", author="Omar Sanseviero, Lewis Tunstall, Philipp Schmid, Sourab Mangrulkar, Younes "
                       "Belkada, Pedro Cuenca", note="Blogartikel, abgerufen am 15.01.2024", title="Mixture of Experts Explained",
                       year="2023", url="https://huggingface.co/blog/moe"),
    "fairseqMoE": dict(t="misc", howpublished="GitHub-Repository", note="Verzeichnis examples/moe_lm",
                       title="fairseq: Beispiele für MoE-Sprachmodelle", year="2022",
                       url="https://github.com/facebookresearch/fairseq/tree/main/examples/moe_lm"),
}
ORDER = []


def mark(key):
    e = BIB[key]
    if key not in ORDER:
        ORDER.append(key)
    attrs = [("identifier", key), ("bibliography-type", e["t"])] + [(f, e[f]) for f in FIELDS[2:] if f in e]
    a = " ".join(f"text:{k}={quoteattr(v)}" for k, v in attrs)
    return f"<text:bibliography-mark {a}>[{key}]</text:bibliography-mark>"


def p(s, style="P2"):
    return f'<text:p text:style-name="{style}">{s}</text:p>'


def hd(s):
    return f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{s}</text:h>'


Q = lambda s: "\u201e" + escape(s) + "\u201c"
NOTE = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        '<text:p text:style-name="Footnote">Referenzimplementierung in Mesh TensorFlow bzw. T5X: '
        '<text:a xlink:type="simple" xlink:href="https://github.com/google-research/t5x">https://github.com/google-research/t5x</text:a>'
        '</text:p></text:note-body></text:note>')
ANNOT = ('<office:annotation loext:resolved="false"><dc:creator>Thalhammer, Martin</dc:creator>'
         '<dc:date>2024-01-26T10:14:22.431000000</dc:date><meta:creator-initials>MT</meta:creator-initials>'
         '<text:p text:style-name="P5"><text:span text:style-name="T3">Bitte hier noch kurz auf die Kritik an den '
         'LRA-Benchmarks eingehen (Sitzung 7).</text:span></text:p></office:annotation>')

body = [
    p("Seminar Effiziente große Modelle (WiSe 2023/24)", "P1"),
    p("Bedingte Berechnung und Skalierung: von Mixture-of-Experts zu rechenoptimalen Sprachmodellen", "Title"),
    p("Jonas Brenninkmeyer<text:tab/>Betreuung: Dr. Martin Thalhammer<text:tab/>Abgabe: 31.01.2024", "P3"),
    hd("1<text:s/>Einleitung"),
    p("Große Sprach- und Bildmodelle sind in den letzten Jahren vor allem durch Skalierung besser geworden: mehr "
      "Parameter, mehr Daten, mehr Rechenzeit. Diese Ausarbeitung fasst die im Seminar besprochenen Arbeiten zu "
      "einer Frage zusammen:<text:s/>Wie lässt sich die Modellgröße erhöhen, ohne dass die Kosten pro Token im "
      "gleichen Maß steigen? Grundlage sind die Folien der Sitzungen 5 und 6, die Seminarseite ("
      '<text:a xlink:type="simple" xlink:href="https://ml.informatik.uni-wuerzburg.de/lehre/wise2324/seminar-egm/" '
      'text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">Link</text:a>) '
      f"und für die Grundlagen das Lehrbuch {mark('Zhang2023d2l')}."),
    hd("2<text:s/>Bedingte Berechnung: Mixture-of-Experts"),
    p(f"Den Ausgangspunkt bildet {Q(title('1701.06538'))} {mark('Shazeer2017')}: Ein lernbares Gating wählt pro "
      "Token nur wenige Experten aus, sodass die Parameterzahl um Größenordnungen wachsen kann, während die "
      "Rechenkosten fast gleich bleiben. Die Autoren brauchen dafür zusätzliche Verlustterme, die eine "
      "gleichmäßige Auslastung der Experten erzwingen."),
    p(f"GShard {mark('Lepikhin2021')} überträgt die Idee auf Transformer mit Top-2-Routing und automatischem "
      f"Sharding über 2048 TPU-Kerne. Switch Transformers {mark('Fedus2022')} vereinfachen das Routing auf einen "
      f"einzigen Experten pro Token{NOTE} und zeigen, dass sich damit auch in bfloat16 stabil trainieren lässt."
      "<text:soft-page-break/>"),
    p(f"Für das verteilte Training sind Modellparallelität nach Megatron-LM {mark('Shoeybi2019')} sowie die "
      f"Tutorials {mark('DeepSpeedMoE')} und {mark('fairseqMoE')} hilfreich; eine gut lesbare Einführung ist der "
      f"Blogartikel {mark('HFblog2023')}."),
    '<table:table table:name="Tabelle1" table:style-name="Tabelle1"><table:table-column table:style-name="Tabelle1.A" '
    'table:number-columns-repeated="4"/>'
    + "".join('<table:table-row>' + "".join(f'<table:table-cell table:style-name="Tabelle1.A1" office:value-type="string">'
                                          f'{p(escape(c), "Table_20_Contents")}</table:table-cell>' for c in row)
              + '</table:table-row>' for row in [("Modell", "Jahr", "Experten", "Routing"),
                                                 ("Sparsely-Gated MoE", "2017", "bis 131072", "Top-k"),
                                                 ("GShard", "2020", "2048", "Top-2"),
                                                 ("Switch", "2021", "2048", "Top-1")])
    + "</table:table>",
    p('Tabelle <text:sequence text:ref-name="refTable0" text:name="Table" text:formula="ooow:Table+1" '
      'style:num-format="1">1</text:sequence>: Überblick der besprochenen MoE-Modelle', "Table"),
    hd("3<text:s/>Skalierung dichter Modelle"),
    p(f"Bei Bildmodellen skaliert EfficientNet {mark('Tan2019')} Tiefe, Breite und Auflösung gemeinsam mit einem "
      f"festen Koeffizienten; EfficientNetV2 {mark('Tan2021')} ergänzt progressives Lernen mit wachsender "
      f"Bildgröße. Für Vision Transformer untersucht {Q(title('2106.04560'))} {mark('Zhai2022')} das Verhalten "
      "bis zu zwei Milliarden Parametern."),
    p("Bei Sprachmodellen sollten nach der sogenannten Chinchilla-Analyse Parameterzahl und Trainingstokens bei "
      f"festem Rechenbudget etwa im gleichen Verhältnis wachsen. Touvron et al. argumentieren in {Q(title('2302.13971'))} "
      f"{mark('Touvron2023')} dagegen, dass kleinere, deutlich länger trainierte Modelle bei der Inferenz günstiger "
      "sind, als es eine rein rechenoptimale Skalierung nahelegt. "
      f"Die offenen OPT-Modelle {mark('Zhang2022')} dienen im Seminar als Vergleichspunkt, weil Logbuch und "
      "Trainingskurven veröffentlicht sind."),
    hd("4<text:s/>Effizientere Aufmerksamkeit"),
    p(f"Unabhängig von der Modellgröße bleibt die Aufmerksamkeit quadratisch in der Sequenzlänge. FlashAttention "
      f"{mark('Dao2022')} ändert nicht das Ergebnis, sondern den Speicherzugriff (Tiling im SRAM).{ANNOT} Das "
      f"ähnlich benannte FLASH-Modell {mark('Hua2022')} kombiniert dagegen eine gated attention unit mit "
      "linearer Aufmerksamkeit über Blöcke."),
    hd("5<text:s/>Fazit"),
    p("Bedingte Berechnung und rechenoptimale Skalierung sind zwei Antworten auf dieselbe Frage. Offen bleibt im "
      "Seminar, wie gut sich die Ergebnisse auf kleinere Budgets übertragen lassen, wie wir sie an der Universität "
      "haben."),
]


def entry(key):
    e = BIB[key]
    return p(f"{key}: {escape(e.get('author', ''))}, {escape(e['title'])}, {e['year']}", "Bibliography_20_1")


TYPES = ["article", "book", "inproceedings", "misc", "www"]
tmpl = "".join(f'<text:bibliography-entry-template text:bibliography-type="{t}" text:style-name="Bibliography_20_1">'
               '<text:index-entry-bibliography text:bibliography-data-field="identifier"/><text:index-entry-span>: '
               '</text:index-entry-span><text:index-entry-bibliography text:bibliography-data-field="author"/>'
               '<text:index-entry-span>, </text:index-entry-span><text:index-entry-bibliography '
               'text:bibliography-data-field="title"/><text:index-entry-span>, </text:index-entry-span>'
               '<text:index-entry-bibliography text:bibliography-data-field="year"/></text:bibliography-entry-template>'
               for t in TYPES)
bibl = ('<text:bibliography text:style-name="Sect1" text:protected="true" text:name="Literaturverzeichnis1">'
        '<text:bibliography-source><text:index-title-template text:style-name="Bibliography_20_Heading">'
        f'Literaturverzeichnis</text:index-title-template>{tmpl}</text:bibliography-source><text:index-body>'
        '<text:index-title text:style-name="Sect1" text:name="Literaturverzeichnis1_Head">'
        + p("Literaturverzeichnis", "Bibliography_20_Heading") + "</text:index-title>"
        + "".join(entry(k) for k in sorted(ORDER)) + "</text:index-body></text:bibliography>")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:ooow="http://openoffice.org/2004/writer" xmlns:oooc="http://openoffice.org/2004/calc" '
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"')
AUTO = ('<office:automatic-styles>'
        '<style:style style:name="Tabelle1" style:family="table"><style:table-properties style:width="16.999cm" table:align="margins"/></style:style>'
        '<style:style style:name="Tabelle1.A" style:family="table-column"><style:table-column-properties style:column-width="4.25cm"/></style:style>'
        '<style:style style:name="Tabelle1.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Header"><style:text-properties officeooo:rsid="0014a2b1"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="justify"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Subtitle"/>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-size="10pt"/></style:style>'
        '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>'
        '</office:automatic-styles>')
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
seq = ('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>')
content = (DECL + f'<office:document-content {NS} office:version="1.3"><office:scripts/><office:font-face-decls>'
           '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
           'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>'
           f'{AUTO}<office:body><office:text>{seq}' + "".join(body) + bibl + "</office:text></office:body></office:document-content>")

import xml.etree.ElementTree as ET
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_text = ET.fromstring(content.encode()).find(".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text")
nparas = sum(1 for el in _text.iter() if el.tag in (TX + "p", TX + "h") and "".join(el.itertext()).strip())
words = len(" ".join(_text.itertext()).split())
styles = (DECL + f'<office:document-styles {NS} office:version="1.3"><office:styles>'
          '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" '
          'fo:font-size="12pt" fo:language="de" fo:country="DE"/></style:default-style>'
          '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
          '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>'
          '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"/>'
          '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"/>'
          '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"/>'
          '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Table" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Bibliography_20_Heading" style:display-name="Bibliography Heading" style:family="paragraph" style:parent-style-name="Heading_20_1" style:class="index"/>'
          '<style:style style:name="Bibliography_20_1" style:display-name="Bibliography 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"/>'
          '<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"/>'
          '<style:style style:name="Visited_20_Internet_20_Link" style:display-name="Visited Internet Link" style:family="text"/>'
          '<text:bibliography-configuration text:prefix="[" text:suffix="]" text:sort-by-position="false" '
          'text:sort-algorithm="alphanumeric" fo:language="de" fo:country="DE"><text:sort-key text:key="identifier" '
          'text:sort-ascending="true"/></text:bibliography-configuration>'
          '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
          'fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" '
          'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
          '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
          '<text:p text:style-name="Footer">Seminar Effiziente große Modelle – WiSe 2023/24<text:tab/>'
          '<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>'
          '</style:master-page></office:master-styles></office:document-styles>')
meta = (DECL + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:ooo="http://openoffice.org/2004/office" '
        'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
        '<meta:creation-date>2024-01-09T19:02:41.118000000</meta:creation-date>'
        '<dc:title>Ausarbeitung: Bedingte Berechnung und Skalierung</dc:title><dc:language>de-DE</dc:language>'
        '<meta:initial-creator>Jonas Brenninkmeyer</meta:initial-creator><dc:creator>Jonas Brenninkmeyer</dc:creator>'
        '<dc:date>2024-01-28T22:41:09.870000000</dc:date><meta:editing-cycles>37</meta:editing-cycles>'
        '<meta:editing-duration>PT6H41M12S</meta:editing-duration>'
        '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
        f'<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" meta:page-count="4" '
        f'meta:paragraph-count="{nparas}" meta:word-count="{words}" meta:character-count="{len(words * "xxxxxxx")}" '
        f'meta:non-whitespace-character-count="{len(words * "xxxxxx")}"/></office:meta></office:document-meta>')
settings = (DECL + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings"><config:config-item config:name="ViewAreaTop" '
            'config:type="long">0</config:config-item><config:config-item config:name="ViewAreaWidth" '
            'config:type="long">35298</config:config-item></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings"><config:config-item '
            'config:name="PrinterName" config:type="string"/></config:config-item-set></office:settings>'
            '</office:document-settings>')
rdf = (DECL + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n  <rdf:Description rdf:about="content.xml">\n'
       '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#ContentFile"/>\n  </rdf:Description>\n'
       '  <rdf:Description rdf:about="">\n    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" '
       'rdf:resource="content.xml"/>\n  </rdf:Description>\n  <rdf:Description rdf:about="">\n'
       '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n  </rdf:Description>\n</rdf:RDF>\n')


def png(w, h):
    raw = b"".join(b"\x00" + b"\xff" * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


MT = "application/vnd.oasis.opendocument.text"
parts = [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("settings.xml", settings),
         ("manifest.rdf", rdf), ("Thumbnails/thumbnail.png", png(181, 256))]
TYPES_M = {"content.xml": "text/xml", "styles.xml": "text/xml", "meta.xml": "text/xml", "settings.xml": "text/xml",
           "manifest.rdf": "application/rdf+xml", "Thumbnails/thumbnail.png": "image/png"}
manifest = (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
            f' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{MT}"/>\n'
            + "".join(f' <manifest:file-entry manifest:full-path="{n}" manifest:media-type="{TYPES_M[n]}"/>\n' for n, _ in parts)
            + "</manifest:manifest>")
with zipfile.ZipFile(OUT, "w") as z:
    zi = zipfile.ZipInfo("mimetype", date_time=WHEN); zi.compress_type = zipfile.ZIP_STORED
    z.writestr(zi, MT.encode())
    for n, d in parts + [("META-INF/manifest.xml", manifest)]:
        zi = zipfile.ZipInfo(n, date_time=WHEN); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, d if isinstance(d, bytes) else d.encode("utf-8"))
