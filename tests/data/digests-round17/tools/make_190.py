#!/usr/bin/env python3
"""Builds digests/190_libreoffice_calc_ods_vision_pretraining_tracker.ods: a journal-club tracker kept in LibreOffice
Calc 7.6 (Linux) and saved as OpenDocument Spreadsheet. The package is laid out as LibreOffice writes it: "mimetype"
first, stored (not compressed, no extra field) with "application/vnd.oasis.opendocument.spreadsheet", then
manifest.rdf, styles.xml, meta.xml, Thumbnails/thumbnail.png, settings.xml, content.xml and META-INF/manifest.xml
(deflated), every member listed in the manifest with its media type. Each XML part is the declaration, a newline and
the document on one line. content.xml: office:document-content with LibreOffice's namespace list, office:version="1.3",
automatic styles (column widths, a bold header cell style, an ISO date style), three sheets: "Papers" (header row;
per row a number, title, authors, venue, year, arXiv, link, status, added date, notes), "Rota" (sessions) and "Admin".
Cells as Calc writes them: strings with office:value-type="string" calcext:value-type="string", numbers with
office:value, dates with office:date-value, hyperlinks as <text:a xlink:href xlink:type="simple"> inside <text:p>,
empty cells as <table:table-cell/> or with table:number-columns-repeated. One arXiv id was typed into a cell and
turned into a number by Calc (office:value-type="float" office:value="2011.04419"). meta.xml carries the generator,
dates, editing cycles and the document statistics (table and non-empty cell counts).

Evidence: hyperlinks to arXiv abs pages and to an OpenReview forum and pdf (link), the id typed into the arXiv column
and an "arXiv:ID" string (arxiv-text), titles in the Title column with venue/NeurIPS/CVF links or nothing (title-only).
Non-papers: timm, a blog post, ImageNet-1k, the room booking sheet, a Zoom link. Everything except titles, ids, authors
and venues is invented (people, dates, proceedings hash, booking numbers)."""
import os, struct, sys, zipfile, zlib
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, split_name

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "190_libreoffice_calc_ods_vision_pretraining_tracker.ods")
WHEN = (2024, 3, 8, 17, 22, 8)
MIME = "application/vnd.oasis.opendocument.spreadsheet"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def short_authors(key, n=3):
    fams = [split_name(a)[0] for a in authors(key)]
    return ", ".join(fams) if len(fams) <= n else fams[0] + " et al."


# cell kinds: str, ("f", number), ("d", "YYYY-MM-DD"), ("a", url, text), None (empty)
def S(s): return s
def F(v): return ("f", v)
def D(v): return ("d", v)
def A(url, text=None): return ("a", url, text or url)


PAPERS = [
    ["#", "Title", "Authors", "Venue", "Year", "arXiv", "Link", "Status", "Added", "Notes"],
    [F(1), "Self-supervised Learning from a Multi-view Perspective", short_authors("2006.05576", 4), "ICLR", F(2021), None,
     A("https://openreview.net/forum?id=-bdp_8Itjwp", "openreview"), "read", D("2024-01-15"),
     "theory session: why contrastive and predictive objectives both work (task-relevant info, redundancy)"],
    [F(2), "Self-Supervised Variational Auto-Encoders", short_authors("2010.02014"), "Entropy", F(2021), None,
     A("https://openreview.net/pdf?id=zOGdf9K8aC", "pdf (OpenReview)"), "to read", D("2024-01-15"),
     "generative side; Ana wants it for the VAE week"],
    [F(3), "Contrastive Learning with Hard Negative Samples", short_authors("2010.04592"), "ICLR", F(2021), None,
     A("https://arxiv.org/abs/2010.04592"), "presented", D("2024-01-16"), "Bruno presented 2024-02-01, slides in the drive"],
    [F(4), "Towards Domain-Agnostic Contrastive Learning", short_authors("2011.04419"), "ICML", F(2021), F("2011.04419"),
     None, "read", D("2024-01-16"), "mixup-style negatives, no domain-specific augmentations"],
    [F(5), "Bi-tuning of Pre-trained Representations", short_authors("2011.06182"), "preprint", F(2020), None, None,
     "to read", D("2024-01-22"), "fine-tuning with a contrastive + classifier head; check if there is a published version"],
    [F(6), "Rethinking Pre-training and Self-training", short_authors("2006.06882"), "NeurIPS", F(2020), None,
     A("https://proceedings.neurips.cc/paper/2020/hash/27e9661e033a73a6ad8cefcde965c54d-Abstract.html", "NeurIPS page"),
     "presented", D("2024-01-22"), "self-training helps where ImageNet pre-training hurts (strong aug, COCO)"],
    [F(7), "Emerging Properties in Self-Supervised Vision Transformers", short_authors("2104.14294"), "ICCV", F(2021), None,
     A("https://openaccess.thecvf.com/content/ICCV2021/papers/Caron_Emerging_Properties_in_Self-Supervised_Vision_Transformers_ICCV_2021_paper.pdf", "CVF pdf"),
     "presented", D("2024-01-22"), "DINO; attention maps figure for the intro slide"],
    [F(8), "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", short_authors("2010.11929"), "ICLR",
     F(2021), "arXiv:2010.11929", None, "read", D("2024-01-29"), "background for DINO; everyone should know the patch embedding"],
    [F(9), "Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation", short_authors("2012.07177"),
     "CVPR", F(2021), None, None, "to read", D("2024-02-05"), "pairs with #6 (same group)"],
    [F(10), "ResNeSt: Split-Attention Networks", short_authors("2004.08955"), "CVPR workshops", F(2022), None,
     A("https://arxiv.org/abs/2004.08955"), "backlog", D("2024-02-05"), "backbone for the detection baselines"],
    [F(11), "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks", "Pham, Le", "AAAI", F(2021), None, None,
     "backlog", D("2024-02-12"), "only if someone wants a NAS-flavoured session"],
    [F(12), "timm (PyTorch Image Models)", "Wightman", "software", None, None,
     A("https://github.com/huggingface/pytorch-image-models"), "reference", D("2024-02-12"), "not a paper, for the code sessions"],
    [F(13), "Views, augmentations and what SSL actually learns (blog)", "Distilled Notes", "blog", F(2023), None,
     A("https://distillednotes.example.org/posts/ssl-views/"), "reference", D("2024-02-19"), "nice pictures, not a paper"],
    [F(14), "ImageNet-1k (ILSVRC 2012 subset)", "", "dataset", None, None, A("https://www.image-net.org/download.php"),
     "reference", D("2024-02-19"), "licence: research only"],
]

ROTA = [
    ["Date", "Presenter", "Paper", "Room", "Slides"],
    [D("2024-02-01"), "Bruno", "hard negatives (#3)", "B-214", A("https://drive.example.org/jc/2024-02-01.pdf", "pdf")],
    [D("2024-02-08"), "Ana", "DINO (#7)", "B-214", A("https://drive.example.org/jc/2024-02-08.pdf", "pdf")],
    [D("2024-02-15"), "Chen", "Rethinking pre-training (#6) + Noisy Student", "online", None],
    [D("2024-02-22"), "Dara", "multi-view SSL theory (#1)", "B-214", None],
    [D("2024-02-29"), "Ana", "SSVAE (#2)", "B-214", None],
    [D("2024-03-07"), "Eitan", "ViT + BiT refresher (#8)", "C-003", None],
    [D("2024-03-14"), "(open)", "", "", None],
]

ADMIN = [
    ["Item", "Value", "Comment"],
    ["Room booking (B-214)", "1713.04552", "booking no. from the facilities portal, Thursdays 14:00-15:30"],
    ["Zoom", A("https://zoom.us/j/93417720016", "zoom.us/j/93417720016"), "passcode in the calendar invite"],
    ["Budget code", "CC-4471-JC", "pizza for the last session of the term"],
    ["Mailing list", "vision-jc@lists.example.org", ""],
]


def cell(c):
    if c is None or c == "":
        return None
    if isinstance(c, str):
        return f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>'
    if c[0] == "f":
        v = c[1]
        return f'<table:table-cell office:value-type="float" office:value="{v}" calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>'
    if c[0] == "d":
        return f'<table:table-cell table:style-name="ce3" office:value-type="date" office:date-value="{c[1]}" calcext:value-type="date"><text:p>{c[1]}</text:p></table:table-cell>'
    if c[0] == "a":
        return (f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p><text:a xlink:href="{esc(c[1])}" '
                f'xlink:type="simple">{esc(c[2])}</text:a></text:p></table:table-cell>')


def row(cells, header=False, width=None):
    out, empty = [], 0
    for c in cells + [None] * ((width or len(cells)) - len(cells)):
        x = cell(c)
        if x is None:
            empty += 1
            continue
        if empty:
            out.append('<table:table-cell/>' if empty == 1 else f'<table:table-cell table:number-columns-repeated="{empty}"/>')
            empty = 0
        if header:
            x = x.replace("<table:table-cell ", '<table:table-cell table:style-name="ce1" ', 1)
        out.append(x)
    if empty:
        out.append('<table:table-cell/>' if empty == 1 else f'<table:table-cell table:number-columns-repeated="{empty}"/>')
    return f'<table:table-row table:style-name="ro1">{"".join(out)}</table:table-row>'


def table(name, rows, widths):
    cols = "".join(f'<table:table-column table:style-name="co{w}" table:default-cell-style-name="Default"/>' for w in widths)
    body = "".join(row(r, header=(i == 0), width=len(rows[0])) for i, r in enumerate(rows))
    return f'<table:table table:name="{name}" table:style-name="ta1">{cols}<table:table-header-rows>{body[:body.index("</table:table-row>") + 18]}</table:table-header-rows>{body[body.index("</table:table-row>") + 18:]}</table:table>'


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:ooow="http://openoffice.org/2004/writer" xmlns:oooc="http://openoffice.org/2004/calc" xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
      'xmlns:grddl="http://www.w3.org/2003/g/data-view#" xmlns:tableooo="http://openoffice.org/2009/table" '
      'xmlns:drawooo="http://openoffice.org/2010/draw" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" xmlns:css3t="http://www.w3.org/TR/css3-text/"')
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def content():
    widths = {"co1": "0.889cm", "co2": "9.5cm", "co3": "4.2cm", "co4": "2.6cm", "co5": "1.6cm", "co6": "2.8cm",
              "co7": "3.4cm", "co8": "2.2cm", "co9": "2.5cm", "co10": "9cm"}
    st = "".join(f'<style:style style:name="{k}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="{v}"/></style:style>'
                 for k, v in widths.items())
    st += ('<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
           '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
           '<number:date-style style:name="N121"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>'
           '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#dee6ef"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
           '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N121"/>')
    tables = (table("Papers", PAPERS, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) + table("Rota", ROTA, [9, 3, 2, 5, 5]) +
              table("Admin", ADMIN, [3, 6, 10]))
    return (DECL + f'<office:document-content {NS} office:version="1.3"><office:scripts/><office:font-face-decls>'
            '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
            '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
            f'</office:font-face-decls><office:automatic-styles>{st}</office:automatic-styles><office:body><office:spreadsheet>'
            '<table:calculation-settings table:automatic-find-labels="false" table:use-regular-expressions="false" table:use-wildcards="true"/>'
            f'{tables}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>')


def ncells():
    return sum(1 for t in (PAPERS, ROTA, ADMIN) for r in t for c in r if c not in (None, ""))


def meta():
    return (DECL + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3">'
            '<office:meta><meta:creation-date>2024-01-15T10:12:44.181000000</meta:creation-date><dc:date>2024-03-08T17:22:08.544000000</dc:date>'
            '<meta:editing-duration>PT3H12M5S</meta:editing-duration><meta:editing-cycles>14</meta:editing-cycles>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
            '<dc:creator>Ana Ribeiro</dc:creator>'
            f'<meta:document-statistic meta:table-count="3" meta:cell-count="{ncells()}" meta:object-count="0"/></office:meta></office:document-meta>')


def styles():
    return (DECL + f'<office:document-styles {NS} office:version="1.3"><office:font-face-decls>'
            '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
            '</office:font-face-decls><office:styles><style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="1.25cm"/>'
            '<style:text-properties style:font-name="Liberation Sans" fo:language="en" fo:country="GB"/></style:default-style>'
            '<style:style style:name="Default" style:family="table-cell"/><style:style style:name="Heading" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style></office:styles><office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties style:writing-mode="lr-tb"/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header>'
            '<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>')


def settings():
    return (DECL + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3">'
            '<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item config:name="VisibleAreaTop" config:type="int">0</config:config-item>'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item config:name="ActiveTable" config:type="string">Papers</config:config-item></config:config-item-map-entry></config:config-item-map-indexed>'
            '</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings"><config:config-item config:name="IsKernAsianPunctuation" config:type="boolean">false</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>')


def rdf():
    return (DECL + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n  <rdf:Description rdf:about="content.xml">\n'
            '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n  </rdf:Description>\n'
            '  <rdf:Description rdf:about="">\n    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
            '  </rdf:Description>\n  <rdf:Description rdf:about="">\n    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
            '  </rdf:Description>\n</rdf:RDF>\n')


def png():
    w, h = 16, 22
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def manifest(names):
    types = {"manifest.rdf": "application/rdf+xml", "Thumbnails/thumbnail.png": "image/png"}
    ents = [f' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{MIME}"/>']
    for n in names:
        ents.append(f' <manifest:file-entry manifest:full-path="{n}" manifest:media-type="{types.get(n, "text/xml")}"/>')
    return (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3" '
            'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n' + "\n".join(ents) + "\n</manifest:manifest>\n")


def build():
    parts = [("manifest.rdf", rdf()), ("styles.xml", styles()), ("meta.xml", meta()), ("Thumbnails/thumbnail.png", png()),
             ("settings.xml", settings()), ("content.xml", content())]
    with zipfile.ZipFile(OUT, "w") as z:
        zi = zipfile.ZipInfo("mimetype", WHEN)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, MIME)
        for n, data in parts:
            zi = zipfile.ZipInfo(n, WHEN)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
        zi = zipfile.ZipInfo("META-INF/manifest.xml", WHEN)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, manifest([n for n, _ in parts]).encode("utf-8"))


if __name__ == "__main__":
    build()
