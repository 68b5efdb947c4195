#!/usr/bin/env python3
"""Builds digests/150_excel_xlsx_vision_ssl_tracker.xlsx: a vision reading-group tracker kept in Excel (Microsoft 365),
two sheets: "Papers" (one row per paper, header row, frozen pane, autofilter) and "Resources" (docs, a book, a
dataset, a talk, a library, a leaderboard, a blog post — none of them papers).

A real SpreadsheetML package as Excel writes it: [Content_Types].xml first, _rels/.rels, docProps/app.xml and
core.xml, xl/workbook.xml (+ rels), xl/styles.xml, xl/theme/theme1.xml, xl/sharedStrings.xml (count/uniqueCount,
xml:space="preserve" where needed, one rich-text item whose title is split over two runs), xl/worksheets/sheetN.xml
with <dimension>, <sheetViews>, <cols>, <sheetData> rows with spans, cells t="s" (shared string index), numbers
(years, an arXiv id typed as a number, dates as serials with style 4), formulas with cached values (<f>ROW()-1</f>),
<autoFilter>, <hyperlinks> (r:id → xl/worksheets/_rels/sheetN.xml.rels, TargetMode="External"; the cell text is
"arXiv", "OpenReview", "pdf", "code", "paper" or the URL itself), <pageMargins>."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(__file__))
from ooxml import DECL, write_zip, rels, core, theme

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "150_excel_xlsx_vision_ssl_tracker.xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

sst, sst_index, sst_refs = [], {}, [0]


def s(text):
    """index of a plain shared string"""
    sst_refs[0] += 1
    if text not in sst_index:
        sst_index[text] = len(sst)
        sp = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
        sst.append(f"<si><t{sp}>{escape(text)}</t></si>")
    return sst_index[text]


def s_rich(runs):
    """a rich-text shared string: runs = [(text, bold)]"""
    sst_refs[0] += 1
    body = ""
    for text, bold in runs:
        rpr = ('<rPr><b/><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr>'
               if bold else '<rPr><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></rPr>')
        sp = ' xml:space="preserve"' if text != text.strip() else ""
        body += f"<r>{rpr}<t{sp}>{escape(text)}</t></r>"
    sst.append(f"<si>{body}</si>")
    return len(sst) - 1


COLS = "ABCDEFGHIJK"


def sheet(rows, widths, links, freeze=True, selected=False, autofilter=True):
    """rows: list of lists of cells; a cell is None, ("s", idx), ("n", number, style), ("f", formula, value)"""
    ncol = max(len(r) for r in rows)
    last = f"{COLS[ncol - 1]}{len(rows)}"
    out = [DECL, f'<worksheet xmlns="{MAIN}" xmlns:r="{RNS}" '
                 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
                 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
                 'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                 'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
                 'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
                 f'xr:uid="{{{"5B0E6A2C-7D1F-4E8A-9C3B-2F6D1A8E4C7" + ("0" if selected else "1")}}}">',
           f'<dimension ref="A1:{last}"/>',
           '<sheetViews><sheetView ' + ('tabSelected="1" ' if selected else '') + 'workbookViewId="0">']
    if freeze:
        out.append('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                   '<selection pane="bottomLeft" activeCell="B9" sqref="B9"/>')
    else:
        out.append('<selection activeCell="A1" sqref="A1"/>')
    out.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols>')
    for i, w in enumerate(widths, 1):
        out.append(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>')
    out.append("</cols><sheetData>")
    for ri, row in enumerate(rows, 1):
        out.append(f'<row r="{ri}" spans="1:{ncol}"' + (' s="1" customFormat="1"' if ri == 1 else "") +
                   ' x14ac:dyDescent="0.25">')
        for ci, cell in enumerate(row):
            if cell is None:
                continue
            ref = f"{COLS[ci]}{ri}"
            if cell[0] == "s":
                st = 1 if ri == 1 else (2 if ref in links else (cell[2] if len(cell) > 2 else 0))
                out.append(f'<c r="{ref}"' + (f' s="{st}"' if st else "") + f' t="s"><v>{cell[1]}</v></c>')
            elif cell[0] == "n":
                st = cell[2] if len(cell) > 2 else 0
                out.append(f'<c r="{ref}"' + (f' s="{st}"' if st else "") + f"><v>{cell[1]}</v></c>")
            elif cell[0] == "f":
                out.append(f'<c r="{ref}"><f>{escape(cell[1])}</f><v>{cell[2]}</v></c>')
        out.append("</row>")
    out.append("</sheetData>")
    if autofilter:
        out.append(f'<autoFilter ref="A1:{last}" xr:uid="{{9D41C2B7-0E3A-4F65-8B1D-6A7C2E9F3B04}}"/>')
    srels = []
    if links:
        out.append("<hyperlinks>")
        for n, (ref, (url, disp)) in enumerate(links.items(), 1):
            out.append(f'<hyperlink ref="{ref}" r:id="rId{n}" display={quoteattr(disp)} '
                       f'xr:uid="{{0A6F3C{n:02d}-5E2B-4D9A-8C71-3B6E0F2D9A{n:02d}}}"/>')
            srels.append((f"rId{n}", "hyperlink", escape(url), True))
        out.append("</hyperlinks>")
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
    return "".join(out), srels


# ------------------------------------------------------------------ sheet 1: papers

head = ["#", "Title", "Authors", "Year", "Venue", "Link", "arXiv ID", "Status", "Presenter", "Notes", "Added"]
P = []  # rows
L1 = {}  # hyperlinks on sheet 1


def paper(n, title, authors, year, venue, link=None, arx=None, status="", who="", notes="", added=45300, title_cell=None):
    r = len(P) + 2
    row = [("f", "ROW()-1", n), title_cell if title_cell else ("s", s(title)), ("s", s(authors)), ("n", year),
           ("s", s(venue))]
    if link:
        url, disp = link
        row.append(("s", s(disp)))
        L1[f"F{r}"] = (url, disp)
    else:
        row.append(None)
    if arx is None:
        row.append(None)
    else:  # a tuple ("n", "2010.04592") is an id typed into a General cell, which Excel stores as a number
        row.append(arx if isinstance(arx, tuple) else ("s", s(arx)))
    row += [("s", s(status)) if status else None, ("s", s(who)) if who else None,
            ("s", s(notes)) if notes else None, ("n", added, 4)]
    P.append(row)


for h in head:
    s(h)

paper(1, "Supervised Contrastive Learning", "Khosla, Teterwak, Wang, Sarna, Tian, Isola, Maschinot, Liu, Krishnan",
      2020, "NeurIPS 2020", ("https://arxiv.org/abs/2004.11362", "arXiv"), status="done", who="Marta",
      notes="label-aware positives; compare with SimCLR-style loss", added=45299)
paper(2, "Self-supervised Learning from a Multi-view Perspective", "Tsai, Wu, Salakhutdinov, Morency", 2021,
      "ICLR 2021", ("https://openreview.net/forum?id=-bdp_8Itjwp", "OpenReview"), status="done", who="Kenji",
      notes="information-theoretic view; the composite objective in Sec. 3", added=45299)
paper(3, "Contrastive Learning with Hard Negative Samples", "Robinson, Chuang, Sra, Jegelka", 2021, "ICLR 2021",
      None, ("n", "2010.04592"), status="done", who="Aisha", notes="importance-weighted negatives", added=45306)
paper(4, "Towards Domain-Agnostic Contrastive Learning", "Verma, Luong, Kawaguchi, Pham, Le", 2021, "ICML 2021",
      status="reading", who="Aisha", notes="mixup negatives, no image augmentations needed", added=45306)
paper(5, "Bi-tuning of Pre-trained Representations", "Zhong, Wang, Kou, Wang, Long", 2020, "preprint",
      ("https://openreview.net/pdf?id=3rRgu7OGgBI", "pdf"), status="reading", who="Luca", added=45313)
paper(6, "ResNeSt: Split-Attention Networks", "Zhang, Wu, Zhang, Zhu, Lin, Zhang, Sun, He, Mueller, Manmatha, Li, Smola",
      2022, "CVPR Workshops 2022", ("https://github.com/vislab-mirror/resnest-lite", "code"), status="to read",
      who="Luca", notes="backbone for the detection baseline (our fork, link is code not paper)", added=45313)
paper(7, "A ConvNet for the 2020s", "Liu, Mao, Wu, Feichtenhofer, Darrell, Xie", 2022, "CVPR 2022",
      ("https://arxiv.org/pdf/2201.03545v2", "https://arxiv.org/pdf/2201.03545v2"), status="done", who="Marta",
      notes="ConvNeXt; Fig. 2 roadmap is the whole story", added=45320)
paper(8, "Delving Deep into Rectifiers", "He, Zhang, Ren, Sun", 2015, "ICCV 2015", status="background",
      who="—", notes="PReLU + the init everyone calls Kaiming init", added=45320)
paper(9, "Dataset Condensation with Gradient Matching", "Zhao, Mopuri, Bilen", 2021, "ICLR 2021", None,
      "arXiv:2006.05929v3", status="to read", who="Kenji", notes="for the data-efficiency session", added=45327)
paper(10, None, "Huang, Han, Xu, Zhang", 2021, "CVPR 2021", status="to read", who="Yara",
      notes="optional — motion transfer, off-topic but asked for", added=45327,
      title_cell=("s", s_rich([("Few-Shot Human Motion Transfer ", True),
                               ("by Personalized Geometry and Texture Modeling", False)])))
paper(11, "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep "
      "Reinforcement Learning", "Smit, Vrabac, He, Ng, Beam, Rajpurkar", 2021, "preprint", status="to read",
      who="Yara", notes="for the med-imaging subgroup (CheXpert labels)", added=45334)
paper(12, "Describing and Localizing Multiple Changes with Transformers",
      "Qiu, Yamamoto, Nakashima, Suzuki, Iwata, Kataoka, Satoh", 2021, "ICCV 2021",
      ("https://arxiv.org/abs/2103.14146", "paper"), status="to read", who="Kenji", notes="change captioning",
      added=45352)

rows1 = [[("s", sst_index[h]) for h in head]] + P

# ------------------------------------------------------------------ sheet 2: resources

head2 = ["Resource", "Type", "Link", "Notes"]
R, L2 = [[("s", s(h)) for h in head2]], {}


def res(name, typ, url, disp, notes):
    r = len(R) + 1
    R.append([("s", s(name)), ("s", s(typ)), ("s", s(disp)), ("s", s(notes)) if notes else None])
    L2[f"C{r}"] = (url, disp)


res("PyTorch Image Models (timm) docs", "documentation", "https://huggingface.co/docs/timm/index", "docs",
    "model zoo + training scripts; pin timm 0.9.12 for the course env")
res("Dive into Deep Learning, ch. 8 (Modern CNNs)", "book", "https://d2l.ai/chapter_convolutional-modern/index.html",
    "d2l.ai", "background for new members")
res("ImageNet-1k (ILSVRC 2012)", "dataset", "https://www.image-net.org/download.php", "image-net.org",
    "we use the 2012 train/val split; do not redistribute")
res("Self-supervised learning: the dark side? (talk, 2023)", "talk / video", "https://www.youtube.com/watch?v=Zq3mT8pX1aE",
    "YouTube", "58 min, recommended before session 3")
res("lightly-ssl 1.4.25", "library", "https://github.com/vislab-mirror/lightly-ssl-pinned", "GitHub",
    "our pinned fork with the SupCon loss patch")
res("Papers with Code: Self-Supervised Image Classification on ImageNet", "leaderboard",
    "https://paperswithcode.com/sota/self-supervised-image-classification-on", "leaderboard", "")
res("Contrastive learning, explained in pictures", "blog post", "https://blog.vislab.example.org/contrastive-pictures",
    "blog", "Marta's write-up from the 2023 retreat")
res("Group room booking (Thu 14:00–15:30, room 2.114)", "admin", "https://rooms.example.org/book?room=2.114", "book",
    "")

sheet1, srels1 = sheet(rows1, [4.5, 62, 40, 7, 18, 22, 18, 11, 11, 46, 11], L1, selected=True)
sheet2, srels2 = sheet(R, [52, 16, 16, 60], L2, freeze=False, autofilter=False)

sst_xml = (DECL + f'<sst xmlns="{MAIN}" count="{sst_refs[0]}" uniqueCount="{len(sst)}">' + "".join(sst) + "</sst>")

styles = (DECL + f'<styleSheet xmlns="{MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
          'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
          '<fonts count="3" x14ac:knownFonts="1">'
          '<font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>'
          '<font><b/><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>'
          '<font><u/><sz val="11"/><color theme="10"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>'
          '</fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
          '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>'
          '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
          '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/>'
          '</cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
          '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="1"/>'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="2"><cellStyle name="Hyperlink" xfId="1" builtinId="8"/><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
          '</styleSheet>')

workbook = (DECL + f'<workbook xmlns="{MAIN}" xmlns:r="{RNS}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
            '<workbookPr defaultThemeVersion="202300"/><bookViews><workbookView xWindow="-120" yWindow="-120" '
            'windowWidth="29040" windowHeight="15720" activeTab="0"/></bookViews><sheets>'
            '<sheet name="Papers" sheetId="1" r:id="rId1"/><sheet name="Resources" sheetId="2" r:id="rId2"/></sheets>'
            f'<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Papers!$A$1:$K${len(rows1)}</definedName>'
            '</definedNames><calcPr calcId="191029"/></workbook>')

CT = "application/vnd.openxmlformats-officedocument"
ctypes = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.spreadsheetml.sheet.main+xml"/>'
          f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.spreadsheetml.worksheet+xml"/>'
          f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{CT}.spreadsheetml.worksheet+xml"/>'
          f'<Override PartName="/xl/theme/theme1.xml" ContentType="{CT}.theme+xml"/>'
          f'<Override PartName="/xl/styles.xml" ContentType="{CT}.spreadsheetml.styles+xml"/>'
          f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          f'<Override PartName="/docProps/app.xml" ContentType="{CT}.extended-properties+xml"/></Types>')

app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
       '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
       '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector>'
       '</HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Papers</vt:lpstr>'
       '<vt:lpstr>Resources</vt:lpstr></vt:vector></TitlesOfParts><Company>Tannfeld Vision Lab</Company>'
       '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
       '<AppVersion>16.0300</AppVersion></Properties>')

parts = [
    ("[Content_Types].xml", ctypes),
    ("_rels/.rels", rels([("rId3", "extended-properties", "docProps/app.xml"),
                          ("rId2", "metadata/core-properties", "docProps/core.xml"),
                          ("rId1", "officeDocument", "xl/workbook.xml")]).replace(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")),
    ("docProps/app.xml", app),
    ("docProps/core.xml", core("SSL reading group tracker", "Marta Quintela", "Kenji Arakawa",
                               "2024-01-08T09:12:44Z", "2024-03-01T16:40:02Z")),
    ("xl/workbook.xml", workbook),
    ("xl/_rels/workbook.xml.rels", rels([("rId3", "theme", "theme/theme1.xml"), ("rId2", "worksheet", "worksheets/sheet2.xml"),
                                         ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId5", "sharedStrings", "sharedStrings.xml"),
                                         ("rId4", "styles", "styles.xml")])),
    ("xl/worksheets/sheet1.xml", sheet1),
    ("xl/worksheets/sheet2.xml", sheet2),
    ("xl/worksheets/_rels/sheet1.xml.rels", rels(srels1)),
    ("xl/worksheets/_rels/sheet2.xml.rels", rels(srels2)),
    ("xl/theme/theme1.xml", theme()),
    ("xl/styles.xml", styles),
    ("xl/sharedStrings.xml", sst_xml),
]
write_zip(OUT, parts)
