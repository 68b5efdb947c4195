"""Excel (`.xlsx`), PowerPoint (`.pptx`), OpenDocument spreadsheets (`.ods`) and presentations (`.odp`) read as
Markdown: each test builds a small file the way Excel, PowerPoint and LibreOffice write them (namespaces,
relationships, shared strings, placeholders, notes slides, repeated cells)."""

from __future__ import annotations

import io
import json
import random
import struct
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperlist.ingest.office import MAX_PART_BYTES, epub_html, office_kind, office_to_markdown

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# --- Excel ----------------------------------------------------------------------------------------------------

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_S = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
STRICT_REL_TYPE = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def rels(*relationships: tuple[str, str, str] | tuple[str, str, str, bool], rel_type: str = REL_TYPE) -> str:
    """A relationships part: (id, type's last word, target[, external])."""
    rows = "".join(
        f'<Relationship Id="{r[0]}" Type="{rel_type}/{r[1]}" Target="{r[2]}"'
        + (' TargetMode="External"' if len(r) > 3 and r[3] else "")
        + "/>"
        for r in relationships
    )
    return f'{XML_HEAD}<Relationships xmlns="{PACKAGE_RELS}">{rows}</Relationships>'


def content_types(*overrides: tuple[str, str]) -> str:
    rows = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{rows}</Types>'
    )


SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

WORKBOOK = f"""{XML_HEAD}<workbook xmlns="{S}" xmlns:r="{R}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">
<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>
<workbookPr defaultThemeVersion="166925"/>
<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews>
<sheets>
<sheet name="Reading list" sheetId="1" r:id="rId1"/>
<sheet name="Done | 2023" sheetId="3" state="hidden" r:id="rId2"/>
<sheet name="Chart" sheetId="4" r:id="rId5"/>
</sheets>
<calcPr calcId="191029"/>
</workbook>"""

WORKBOOK_RELS = rels(
    ("rId2", "worksheet", "worksheets/sheet2.xml"),
    ("rId1", "worksheet", "worksheets/sheet1.xml"),
    ("rId3", "theme", "theme/theme1.xml"),
    ("rId4", "sharedStrings", "sharedStrings.xml"),
    ("rId5", "chartsheet", "chartsheets/sheet1.xml"),
)

SHARED_STRINGS = f"""{XML_HEAD}<sst xmlns="{S}" count="12" uniqueCount="10">
<si><t>Title</t></si>
<si><t>arXiv</t></si>
<si><t>Notes</t></si>
<si><t>Attention Is All You Need</t></si>
<si><r><t>Deep Residual </t></r><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>Learning for Image Recognition</t></r></si>
<si><t xml:space="preserve">read twice_x000D_
great</t></si>
<si><t>BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding</t></si>
<si><t>pipes | in a cell</t></si>
<si><t>Language Models are Few-Shot Learners</t><rPh sb="0" eb="1"><t>ゲンゴ</t></rPh></si>
<si><t>Week</t></si>
</sst>"""

SHEET1 = f"""{XML_HEAD}<worksheet xmlns="{S}" xmlns:r="{R}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">
<dimension ref="A1:D7"/>
<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>
<cols><col min="1" max="1" width="60" customWidth="1"/></cols>
<sheetData>
<row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>9</v></c></row>
<row r="2" spans="1:4"><c r="A2" t="s"><v>3</v></c><c r="B2" t="str"><v>1706.03762</v></c><c r="D2"><v>1</v></c></row>
<row r="3" spans="1:4"><c r="A3" t="s"><v>4</v></c><c r="B3" t="str"><f>HYPERLINK("https://arxiv.org/abs/1512.03385","1512.03385")</f><v>1512.03385</v></c><c r="C3" t="s"><v>5</v></c><c r="D3"><v>2</v></c></row>
<row r="4" spans="1:4"><c r="A4" s="1"/><c r="B4" s="1"/></row>
<row r="5" spans="1:4"><c r="A5" t="s"><v>6</v></c><c r="C5" t="s"><v>7</v></c><c r="D5" t="b"><v>1</v></c></row>
<row r="6" spans="1:4"><c r="A6" t="inlineStr"><is><t>Generative Adversarial Networks</t></is></c><c r="B6" t="e"><v>#N/A</v></c><c r="D6"><v>0.30000000000000004</v></c></row>
<row r="7" spans="1:4"><c r="A7" t="s"><v>8</v></c><c r="B7" t="str"><f>HYPERLINK("https://arxiv.org/abs/2005.14165")</f><v>https://arxiv.org/abs/2005.14165</v></c></row>
</sheetData>
<hyperlinks><hyperlink ref="A2" r:id="rId1" display="Attention Is All You Need"/><hyperlink ref="C5" location="'Done | 2023'!A1" display="see"/></hyperlinks>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
</worksheet>"""

SHEET1_RELS = rels(("rId1", "hyperlink", "https://arxiv.org/abs/1706.03762", True))

# A sheet without cell references (some writers leave them out) and a gap of empty columns.
SHEET2 = f"""{XML_HEAD}<worksheet xmlns="{S}" xmlns:r="{R}"><sheetData>
<row><c t="inlineStr"><is><t>Paper</t></is></c><c t="inlineStr"><is><t>Venue</t></is></c></row>
<row><c t="inlineStr"><is><t>Masked Autoencoders Are Scalable Vision Learners</t></is></c><c t="inlineStr"><is><t>CVPR 2022</t></is></c></row>
</sheetData></worksheet>"""

EXPECTED_SHEETS = (
    "## Reading list\n\n"
    "| Title | arXiv | Notes | Week |\n"
    "| --- | --- | --- | --- |\n"
    "| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | 1706.03762 |  | 1 |\n"
    "| Deep Residual Learning for Image Recognition | [1512.03385](https://arxiv.org/abs/1512.03385)"
    " | read twice great | 2 |\n"
    "| BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding |  |"
    " pipes \\| in a cell | TRUE |\n"
    "| Generative Adversarial Networks |  |  | 0.3 |\n"
    "| Language Models are Few-Shot Learners | https://arxiv.org/abs/2005.14165 |  |  |\n\n"
    "## Done | 2023\n\n"
    "| Paper | Venue |\n"
    "| --- | --- |\n"
    "| Masked Autoencoders Are Scalable Vision Learners | CVPR 2022 |\n"
)


def xlsx(parts: dict[str, str | None] | None = None) -> bytes:
    """A workbook as Excel writes it; `parts` replaces (or, with None, leaves out) any of its parts."""
    files: dict[str, str | None] = {
        "[Content_Types].xml": content_types(
            ("/xl/workbook.xml", SHEET_TYPE),
            (
                "/xl/worksheets/sheet1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            ),
        ),
        "_rels/.rels": rels(("rId1", "officeDocument", "xl/workbook.xml")),
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/sharedStrings.xml": SHARED_STRINGS,
        "xl/worksheets/sheet1.xml": SHEET1,
        "xl/worksheets/_rels/sheet1.xml.rels": SHEET1_RELS,
        "xl/worksheets/sheet2.xml": SHEET2,
        "xl/chartsheets/sheet1.xml": f'{XML_HEAD}<chartsheet xmlns="{S}"/>',
        "xl/theme/theme1.xml": f'{XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"/>',
    }
    files.update(parts or {})
    return archive(files)


def archive(files: dict[str, str | None], *, stored: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        if stored is not None:
            zipped.writestr(zipfile.ZipInfo("mimetype"), stored, zipfile.ZIP_STORED)
        for name, text in files.items():
            if text is not None:
                zipped.writestr(name, text)
    return buffer.getvalue()


def test_a_workbook_is_its_kind_and_each_sheet_a_table() -> None:
    data = xlsx()
    assert office_kind(data) == "xlsx"
    assert office_to_markdown(data) == EXPECTED_SHEETS


def test_a_strict_workbook_is_read_as_a_transitional_one() -> None:
    def strict(text: str) -> str:
        return text.replace(S, STRICT_S).replace(R, STRICT_R).replace(REL_TYPE, STRICT_REL_TYPE)

    data = xlsx(
        {
            "xl/workbook.xml": strict(WORKBOOK),
            "xl/_rels/workbook.xml.rels": strict(WORKBOOK_RELS),
            "xl/sharedStrings.xml": strict(SHARED_STRINGS),
            "xl/worksheets/sheet1.xml": strict(SHEET1),
            "xl/worksheets/_rels/sheet1.xml.rels": strict(SHEET1_RELS),
            "xl/worksheets/sheet2.xml": strict(SHEET2),
        }
    )
    assert office_to_markdown(data) == EXPECTED_SHEETS


def test_a_workbook_whose_main_part_is_elsewhere_is_found_by_its_content_type() -> None:
    data = xlsx(
        {
            "[Content_Types].xml": content_types(("/xl/book.xml", SHEET_TYPE)),
            "xl/workbook.xml": None,
            "xl/book.xml": WORKBOOK,
            "xl/_rels/workbook.xml.rels": None,
            "xl/_rels/book.xml.rels": WORKBOOK_RELS,
        }
    )
    assert office_kind(data) == "xlsx"
    assert office_to_markdown(data) == EXPECTED_SHEETS


STYLES = f"""{XML_HEAD}<styleSheet xmlns="{S}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0.00000"/></numFmts>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def test_a_date_cell_is_its_date() -> None:
    sheet = (
        f'{XML_HEAD}<worksheet xmlns="{S}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Read on</t></is></c><c r="B1" t="inlineStr"><is><t>Id</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>Time</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>45352</v></c><c r="B2" s="3"><v>2401.1002</v></c><c r="C2" s="4"><v>0.5</v></c></row>'
        '<row r="3"><c r="A3" s="2"><v>45383.75</v></c></row>'
        "</sheetData></worksheet>"
    )
    workbook_rels = WORKBOOK_RELS.replace(
        "</Relationships>",
        f'<Relationship Id="rId9" Type="{REL_TYPE}/styles" Target="styles.xml"/></Relationships>',
    )
    data = xlsx({"xl/worksheets/sheet1.xml": sheet, "xl/worksheets/sheet2.xml": None, "xl/styles.xml": STYLES,
                 "xl/_rels/workbook.xml.rels": workbook_rels})  # fmt: skip
    assert office_to_markdown(data) == (
        "## Reading list\n\n| Read on | Id | Time |\n| --- | --- | --- |\n"
        "| 2024-03-01 | 2401.1002 | 0.5 |\n| 2024-04-01 |  |  |\n"
    )
    # In a workbook counting from 1904, the same serial number is four years later.
    book = WORKBOOK.replace('<workbookPr defaultThemeVersion="166925"/>', '<workbookPr date1904="1"/>')
    data = xlsx({"xl/workbook.xml": book, "xl/worksheets/sheet1.xml": sheet, "xl/worksheets/sheet2.xml": None,
                 "xl/styles.xml": STYLES, "xl/_rels/workbook.xml.rels": workbook_rels})  # fmt: skip
    assert "| 2028-03-02 |" in (office_to_markdown(data) or "")


def test_a_damaged_workbook_reads_what_it_can() -> None:
    # No shared strings: the cells that use them are empty, the others are still read.
    text = office_to_markdown(xlsx({"xl/sharedStrings.xml": None}))
    assert text is not None
    assert "| [1512.03385](https://arxiv.org/abs/1512.03385) |" in text
    assert "Generative Adversarial Networks" in text
    assert "Attention" not in text
    # A sheet whose relationship points nowhere, and a sheet that is no XML: the other sheet is read.
    text = office_to_markdown(
        xlsx({"xl/worksheets/sheet1.xml": None, "xl/worksheets/sheet2.xml": "<worksheet><sheetData><row>"})
    )
    assert text == ""
    text = office_to_markdown(xlsx({"xl/worksheets/sheet2.xml": "<worksheet><sheetData><row>"}))
    assert text is not None
    assert text.startswith("## Reading list\n")
    assert "Done" not in text
    # A workbook part that is no XML, or whose rels are gone: read as None, or as no sheets.
    assert office_to_markdown(xlsx({"xl/workbook.xml": "<workbook"})) is None
    assert office_to_markdown(xlsx({"xl/_rels/workbook.xml.rels": None})) == ""
    # Hyperlinks whose relationship is missing keep their cell's text.
    text = office_to_markdown(xlsx({"xl/worksheets/_rels/sheet1.xml.rels": None}))
    assert text is not None
    assert "| Attention Is All You Need | 1706.03762 |" in text


def test_a_sheet_s_rows_and_columns_are_bounded() -> None:
    far = "".join(
        f'<c r="{col}1" t="inlineStr"><is><t>{col}</t></is></c>' for col in ("A", "ALL", "ALM", "XFD")
    )
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 100_010))
    sheet = (
        f'{XML_HEAD}<worksheet xmlns="{S}"><sheetData><row r="1">{far}</row>{rows}</sheetData></worksheet>'
    )
    text = office_to_markdown(xlsx({"xl/worksheets/sheet1.xml": sheet, "xl/worksheets/sheet2.xml": None}))
    assert text is not None
    lines = text.splitlines()
    assert lines[2] == "| A | ALL |"  # (column 1,000 is the last one read)
    assert lines[-1] == "| 100000 |  |"  # (100,000 rows: the header's and 99,999 more)


# --- PowerPoint -----------------------------------------------------------------------------------------------

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DECK_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"

PRESENTATION = f"""{XML_HEAD}<p:presentation xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}" saveSubsetFonts="1">
<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>
<p:notesMasterIdLst><p:notesMasterId r:id="rId5"/></p:notesMasterIdLst>
<p:sldIdLst><p:sldId id="258" r:id="rId3"/><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId4"/></p:sldIdLst>
<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>
</p:presentation>"""

PRESENTATION_RELS = rels(
    ("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
    ("rId2", "slide", "slides/slide1.xml"),
    ("rId3", "slide", "slides/slide2.xml"),
    ("rId4", "slide", "slides/slide3.xml"),
    ("rId5", "notesMaster", "notesMasters/notesMaster1.xml"),
)


def shape(
    shape_id: int, paragraphs: str, *, placeholder: str | None = None, text_box: bool = False, index: int = 1
) -> str:
    ph = ""
    if placeholder == "obj":
        ph = f'<p:ph idx="{index}"/>'
    elif placeholder is not None:
        ph = f'<p:ph type="{placeholder}"/>'
    box = ' txBox="1"' if text_box else ""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="Shape {shape_id}"/><p:cNvSpPr{box}>'
        '<a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>"
    )


def para(*runs: str, level: int = 0, bullet: str = "") -> str:
    properties = f'<a:pPr lvl="{level}">{bullet}</a:pPr>' if level or bullet else ""
    return f'<a:p>{properties}{"".join(runs)}<a:endParaRPr lang="en-US" dirty="0"/></a:p>'


def run(text: str, link: str | None = None) -> str:
    click = f'<a:hlinkClick r:id="{link}"/>' if link else ""
    return f'<a:r><a:rPr lang="en-US" dirty="0">{click}</a:rPr><a:t>{text}</a:t></a:r>'


def slide(tree: str, *, hidden: bool = False) -> str:
    show = ' show="0"' if hidden else ""
    return (
        f'{XML_HEAD}<p:sld xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"{show}><p:cSld><p:spTree>'
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
        f"{tree}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


# Slide 1 in the deck's order (slide2.xml): a centred title and its subtitle.
TITLE_SLIDE = slide(
    shape(2, para(run("Reading group: "), run("diffusion models")), placeholder="ctrTitle")
    + shape(3, para(run("Week 6")), placeholder="subTitle")
    + shape(4, para('<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:t>1</a:t></a:fld>'),
            placeholder="sldNum")
)  # fmt: skip

# Slide 2 (slide1.xml): a title, a bulleted body with a sub-level, a link, a `buNone` line, a text box, a group,
# a table, and its notes.
BODY_SLIDE = slide(
    shape(2, para(run("Papers")), placeholder="title")
    + shape(
        3,
        para(run("Denoising Diffusion Probabilistic Models", "rId2"))
        + para(run("Ho, Jain, Abbeel. arXiv:2006."), run("11239"), level=1)
        + para(run("Score-Based Generative Modeling through "), run("Stochastic Differential Equations"))
        + para(run("(all three are on the wiki)"), bullet="<a:buNone/>")
        + para('<a:r><a:rPr lang="en-US"/><a:t>line one</a:t></a:r><a:br><a:rPr lang="en-US"/></a:br>'
               '<a:r><a:rPr lang="en-US"/><a:t>line two</a:t></a:r>'),
        placeholder="obj",
    )
    + shape(5, para(run("Slides by "), run("Ana", "rId3")), text_box=True)
    + "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"6\" name=\"Group 5\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
    "<p:grpSpPr/>"
    + shape(7, para(run("High-Resolution Image Synthesis with Latent Diffusion Models"),
                    bullet='<a:buFont typeface="Arial"/><a:buChar char="•"/>'), text_box=True)
    + "</p:grpSp>"
    + '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="8" name="Table 7"/><p:cNvGraphicFramePr>'
    '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm/>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
    '<a:tblPr firstRow="1" bandRow="1"/><a:tblGrid><a:gridCol w="4000000"/><a:gridCol w="2000000"/></a:tblGrid>'
    '<a:tr h="370840"><a:tc><a:txBody><a:bodyPr/><a:lstStyle/>' + para(run("Paper")) + "</a:txBody><a:tcPr/></a:tc>"
    "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>" + para(run("Venue")) + "</a:txBody><a:tcPr/></a:tc></a:tr>"
    '<a:tr h="370840"><a:tc><a:txBody><a:bodyPr/><a:lstStyle/>'
    + para(run("Classifier-Free Diffusion Guidance")) + "</a:txBody><a:tcPr/></a:tc>"
    "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>" + para(run("NeurIPS | workshop")) + "</a:txBody><a:tcPr/></a:tc>"
    "</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
)  # fmt: skip

SLIDE1_RELS = rels(
    ("rId1", "slideLayout", "../slideLayouts/slideLayout2.xml"),
    ("rId2", "hyperlink", "https://arxiv.org/abs/2006.11239", True),
    ("rId3", "hyperlink", "https://example.org/~ana", True),
    ("rId4", "notesSlide", "../notesSlides/notesSlide1.xml"),
)

NOTES = (
    f'{XML_HEAD}<p:notes xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"><p:cSld><p:spTree>'
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1"'
    ' noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
    + shape(3, para(run("Mention "), run("Improved Denoising Diffusion Probabilistic Models", "rId2"))
            + para(run("(Nichol and Dhariwal, 2021)")), placeholder="body")
    + shape(4, para('<a:fld id="{1}" type="slidenum"><a:t>2</a:t></a:fld>'), placeholder="sldNum")
    + "</p:spTree></p:cSld></p:notes>"
)  # fmt: skip

NOTES_RELS = rels(
    ("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
    ("rId2", "hyperlink", "https://arxiv.org/abs/2102.09672", True),
    ("rId3", "slide", "../slides/slide1.xml"),
)

# Slide 3 (slide3.xml): hidden, with no title.
HIDDEN_SLIDE = slide(shape(2, para(run("Backup: Elucidating the Design Space of Diffusion Models")),
                           text_box=True), hidden=True)  # fmt: skip

EXPECTED_DECK = (
    "## Slide 1: Reading group: diffusion models\n\n"
    "Week 6\n\n"
    "## Slide 2: Papers\n\n"
    "- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)\n"
    "  - Ho, Jain, Abbeel. arXiv:2006.11239\n"
    "- Score-Based Generative Modeling through Stochastic Differential Equations\n\n"
    "(all three are on the wiki)\n\n"
    "- line one\n"
    "  line two\n\n"
    "Slides by [Ana](https://example.org/~ana)\n\n"
    "- High-Resolution Image Synthesis with Latent Diffusion Models\n\n"
    "| Paper | Venue |\n"
    "| --- | --- |\n"
    "| Classifier-Free Diffusion Guidance | NeurIPS \\| workshop |\n\n"
    "### Notes\n\n"
    "Mention [Improved Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2102.09672)\n\n"
    "(Nichol and Dhariwal, 2021)\n\n"
    "## Slide 3\n\n"
    "Backup: Elucidating the Design Space of Diffusion Models\n"
)


def pptx(parts: dict[str, str | None] | None = None) -> bytes:
    files: dict[str, str | None] = {
        "[Content_Types].xml": content_types(("/ppt/presentation.xml", DECK_TYPE)),
        "_rels/.rels": rels(("rId1", "officeDocument", "ppt/presentation.xml")),
        "ppt/presentation.xml": PRESENTATION,
        "ppt/_rels/presentation.xml.rels": PRESENTATION_RELS,
        "ppt/slides/slide1.xml": BODY_SLIDE,
        "ppt/slides/_rels/slide1.xml.rels": SLIDE1_RELS,
        "ppt/slides/slide2.xml": TITLE_SLIDE,
        "ppt/slides/_rels/slide2.xml.rels": rels(("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")),
        "ppt/slides/slide3.xml": HIDDEN_SLIDE,
        "ppt/notesSlides/notesSlide1.xml": NOTES,
        "ppt/notesSlides/_rels/notesSlide1.xml.rels": NOTES_RELS,
    }
    files.update(parts or {})
    return archive(files)


def test_a_deck_is_its_kind_and_each_slide_a_section() -> None:
    data = pptx()
    assert office_kind(data) == "pptx"
    assert office_to_markdown(data) == EXPECTED_DECK


def test_a_strict_deck_is_read_as_a_transitional_one() -> None:
    def strict(text: str) -> str:
        return (
            text.replace(P, "http://purl.oclc.org/ooxml/presentationml/main")
            .replace(A, "http://purl.oclc.org/ooxml/drawingml/main")
            .replace(R, STRICT_R)
            .replace(REL_TYPE, STRICT_REL_TYPE)
        )

    parts: dict[str, str | None] = {
        "ppt/presentation.xml": strict(PRESENTATION),
        "ppt/_rels/presentation.xml.rels": strict(PRESENTATION_RELS),
        "ppt/slides/slide1.xml": strict(BODY_SLIDE),
        "ppt/slides/_rels/slide1.xml.rels": strict(SLIDE1_RELS),
        "ppt/slides/slide2.xml": strict(TITLE_SLIDE),
        "ppt/slides/slide3.xml": strict(HIDDEN_SLIDE),
        "ppt/notesSlides/notesSlide1.xml": strict(NOTES),
        "ppt/notesSlides/_rels/notesSlide1.xml.rels": strict(NOTES_RELS),
    }
    assert office_to_markdown(pptx(parts)) == EXPECTED_DECK


def test_a_damaged_deck_reads_what_it_can() -> None:
    # A slide part missing, a slide that is no XML, notes gone: the other slides are read.
    text = office_to_markdown(pptx({"ppt/slides/slide2.xml": None, "ppt/slides/slide3.xml": "<p:sld"}))
    assert text is not None
    assert text.startswith("## Slide 2: Papers\n")
    assert "Slide 3" not in text
    text = office_to_markdown(pptx({"ppt/notesSlides/notesSlide1.xml": None}))
    assert text is not None
    assert "### Notes" not in text
    assert "## Slide 3" in text
    # Its links' relationships gone: the links' text stays.
    text = office_to_markdown(pptx({"ppt/slides/_rels/slide1.xml.rels": None}))
    assert text is not None
    assert "- Denoising Diffusion Probabilistic Models\n" in text
    assert office_to_markdown(pptx({"ppt/presentation.xml": "<p:presentation>"})) is None


# --- OpenDocument spreadsheet and presentation ----------------------------------------------------------------

ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def odf(kind: str, body: str, *, mimetype: bool = True) -> bytes:
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())
    media = f"application/vnd.oasis.opendocument.{kind}"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {namespaces} office:version="1.3"><office:automatic-styles/>'
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{media}"/>'
        '<manifest:file-entry manifest:full-path="Object 1/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    files = {"content.xml": content, "META-INF/manifest.xml": manifest}
    return archive(files, stored=media if mimetype else None)


ODS_BODY = """<table:calculation-settings table:automatic-find-labels="false"/>
<table:table table:name="Papers" table:style-name="ta1">
<table:table-column table:style-name="co1" table:number-columns-repeated="3" table:default-cell-style-name="Default"/>
<table:table-row table:style-name="ro1"><table:table-cell office:value-type="string"><text:p>Title</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Link</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Year</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16381"/></table:table-row>
<table:table-row table:style-name="ro1"><table:table-cell office:value-type="string"><text:p>Proximal Policy Optimization Algorithms</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p><text:a xlink:href="https://arxiv.org/abs/1707.06347" xlink:type="simple">arXiv:1707.06347</text:a></text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="2017"><text:p>2017</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16381"/></table:table-row>
<table:table-row table:style-name="ro1" table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="2"/>
<table:table-cell office:value-type="string"><office:annotation><dc:creator>Ana</dc:creator><dc:date>2024-03-01T10:00:00</dc:date>
<text:p>Soft Actor-Critic, arXiv:1801.01290, is next</text:p></office:annotation><text:p>a | b</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16381"/></table:table-row>
<table:table-row table:style-name="ro1" table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
</table:table>
<table:table table:name="Empty"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>
<table:named-expressions/>"""

ODP_BODY = """<draw:page draw:name="page1" draw:style-name="dp1" draw:master-page-name="Default" presentation:presentation-page-layout-name="AL1T0">
<draw:frame presentation:style-name="pr1" draw:layer="layout" svg:width="25.199cm" svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" presentation:class="title">
<draw:text-box><text:p>Offline <text:span text:style-name="T1">RL</text:span></text:p></draw:text-box></draw:frame>
<draw:frame presentation:style-name="pr2" draw:layer="layout" presentation:class="outline"><draw:text-box>
<text:list text:style-name="L2"><text:list-item><text:p>Conservative Q-Learning for Offline Reinforcement Learning</text:p>
<text:list><text:list-item><text:p><text:a xlink:href="https://arxiv.org/abs/2006.04779" xlink:type="simple">arXiv:2006.04779</text:a></text:p></text:list-item></text:list></text:list-item>
<text:list-item><text:p>Decision Transformer</text:p></text:list-item></text:list></draw:text-box></draw:frame>
<draw:g><draw:custom-shape draw:style-name="gr1"><text:p>Implicit Q-Learning</text:p><draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle"/></draw:custom-shape></draw:g>
<draw:frame presentation:class="page-number"><draw:text-box><text:p>1</text:p></draw:text-box></draw:frame>
<presentation:notes draw:style-name="dp2"><draw:page-thumbnail draw:style-name="gr2" draw:page-number="1" presentation:class="page"/>
<draw:frame presentation:style-name="pr3" presentation:class="notes" presentation:placeholder="false"><draw:text-box>
<text:p>Ask who has read IQL.</text:p></draw:text-box></draw:frame></presentation:notes>
</draw:page>
<draw:page draw:name="page2" draw:style-name="dp1" presentation:visibility="hidden">
<draw:frame draw:style-name="gr3"><table:table><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Paper</text:p></table:table-cell><table:table-cell><text:p>Year</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Behavior Regularized Offline Reinforcement Learning</text:p></table:table-cell><table:table-cell><text:p>2019</text:p></table:table-cell></table:table-row>
</table:table></draw:frame>
<presentation:notes><draw:page-thumbnail presentation:class="page"/><draw:frame presentation:class="notes"><draw:text-box/></draw:frame></presentation:notes>
</draw:page>"""


def test_an_opendocument_spreadsheet() -> None:
    data = odf("spreadsheet", ODS_BODY)
    assert office_kind(data) == "ods"
    assert office_kind(odf("spreadsheet", ODS_BODY, mimetype=False)) == "ods"  # (the manifest's root entry)
    assert office_to_markdown(data) == (
        "## Papers\n\n"
        "| Title | Link | Year |\n"
        "| --- | --- | --- |\n"
        "| Proximal Policy Optimization Algorithms | [arXiv:1707.06347](https://arxiv.org/abs/1707.06347) | 2017 |\n"
        "|  |  | a \\| b |\n\n"
        "## Comments\n\n"
        "Soft Actor-Critic, arXiv:1801.01290, is next\n"
    )


def test_an_opendocument_presentation() -> None:
    data = odf("presentation", ODP_BODY)
    assert office_kind(data) == "odp"
    assert office_kind(odf("presentation", ODP_BODY, mimetype=False)) == "odp"
    assert office_to_markdown(data) == (
        "## Slide 1: Offline RL\n\n"
        "- Conservative Q-Learning for Offline Reinforcement Learning\n"
        "  - [arXiv:2006.04779](https://arxiv.org/abs/2006.04779)\n"
        "- Decision Transformer\n\n"
        "Implicit Q-Learning\n\n"
        "### Notes\n\n"
        "Ask who has read IQL.\n\n"
        "## Slide 2\n\n"
        "| Paper | Year |\n| --- | --- |\n| Behavior Regularized Offline Reinforcement Learning | 2019 |\n"
    )


# --- Safety ---------------------------------------------------------------------------------------------------


def test_other_archives_stay_unread() -> None:
    epub = archive({"META-INF/container.xml": "<container/>"}, stored="application/epub+zip")
    drawing = archive({"content.xml": "<x/>"}, stored="application/vnd.oasis.opendocument.graphics")
    types_only = archive({"[Content_Types].xml": content_types(("/x/y.xml", "application/xml"))})
    for data in (drawing, types_only):
        assert office_kind(data) is None
        assert office_to_markdown(data) is None
    assert (
        office_kind(epub) == "epub"
    )  # (an e-book is read as its pages: `epub_html`, not as an office document)
    assert office_to_markdown(epub) is None
    assert epub_html(epub) is None  # (its container names no package document)


def test_hostile_and_oversize_parts_are_not_read() -> None:
    hostile = (
        '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
        f'<sst xmlns="{S}"><si><t>&lol2;</t></si></sst>'
    )
    assert office_to_markdown(xlsx({"xl/sharedStrings.xml": hostile})) is None
    data = bytearray(pptx())
    name = b"ppt/slides/slide1.xml"
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    local = struct.unpack_from("<I", data, central + 42)[0]
    huge = MAX_PART_BYTES + 1
    struct.pack_into("<I", data, central + 24, huge)
    struct.pack_into("<I", data, local + 22, huge)
    assert office_kind(bytes(data)) == "pptx"
    assert office_to_markdown(bytes(data)) is None


def test_broken_workbooks_and_decks_never_raise() -> None:
    shuffle = random.Random(20240302)
    for whole, kind in ((xlsx(), "xlsx"), (pptx(), "pptx"), (odf("spreadsheet", ODS_BODY), "ods")):
        for cut in range(0, len(whole), max(1, len(whole) // 40)):
            result = office_to_markdown(whole[:cut])
            assert result is None or isinstance(result, str)
        for _ in range(80):
            damaged = bytearray(whole)
            for _ in range(shuffle.randint(1, 8)):
                damaged[shuffle.randrange(len(damaged))] = shuffle.randrange(256)
            result = office_to_markdown(bytes(damaged))
            assert result is None or isinstance(result, str)
            assert office_kind(bytes(damaged)) in (None, kind)


def test_deeply_nested_groups_are_bounded() -> None:
    group = (
        '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="9" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
    )
    deep = slide(group * 3000 + shape(2, para(run("deep")), text_box=True) + "</p:grpSp>" * 3000)
    result = office_to_markdown(pptx({"ppt/slides/slide1.xml": deep}))
    assert result is None or "deep" not in result


# --- End to end -----------------------------------------------------------------------------------------------


def test_papers_in_a_workbook_and_a_deck_are_extracted(tmp_path: Path) -> None:
    from paperlist.cli.app import app

    runner = CliRunner()
    (tmp_path / "list.xlsx").write_bytes(xlsx())
    (tmp_path / "deck.pptx").write_bytes(pptx())
    for name, expected in (
        (
            "list.xlsx",
            {
                ("1706.03762", "Attention Is All You Need"),
                ("1512.03385", "Deep Residual Learning for Image Recognition"),
                ("2005.14165", "Language Models are Few-Shot Learners"),
                (None, "Masked Autoencoders Are Scalable Vision Learners"),
            },
        ),
        (
            "deck.pptx",
            {
                ("2006.11239", "Denoising Diffusion Probabilistic Models"),
                ("2102.09672", "Improved Denoising Diffusion Probabilistic Models"),
                (None, "Classifier-Free Diffusion Guidance"),
            },
        ),
    ):
        result = runner.invoke(app, ["extract", str(tmp_path / name), "--format", "json"])
        assert result.exit_code == 0, result.output
        (digest,) = json.loads(result.stdout)
        assert digest["encoding"] == name.rpartition(".")[2]
        assert expected <= {(paper["arxiv_id"], paper["title"]) for paper in digest["papers"]}


def test_a_folder_ingest_reads_the_new_kinds(tmp_path: Path) -> None:
    from paperlist.ingest.parse import read_digests
    from paperlist.ingest.sources import DIGEST_SUFFIXES

    assert {".xlsx", ".pptx", ".ods", ".odp"} <= DIGEST_SUFFIXES
    (tmp_path / "a.xlsx").write_bytes(xlsx())
    (tmp_path / "b.pptx").write_bytes(pptx())
    (tmp_path / "c.ods").write_bytes(odf("spreadsheet", ODS_BODY))
    (tmp_path / "d.odp").write_bytes(odf("presentation", ODP_BODY))
    digests = read_digests([str(tmp_path)])
    found = {d.name: {r.arxiv_id for r in d.extraction.references if r.arxiv_id} for d in digests}
    assert {"1706.03762", "1512.03385", "2005.14165"} <= found["a.xlsx"]
    assert {"2006.11239", "2102.09672"} <= found["b.pptx"]
    assert {"1707.06347", "1801.01290"} <= found["c.ods"]
    assert {"2006.04779"} <= found["d.odp"]
    assert {d.name: d.encoding for d in digests} == {
        "a.xlsx": "xlsx",
        "b.pptx": "pptx",
        "c.ods": "ods",
        "d.odp": "odp",
    }


def test_a_damaged_workbook_is_named_with_its_kind_in_one_line() -> None:
    from paperlist.errors import InputError
    from paperlist.ingest.decode import decode_digest

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr("xl/workbook.xml", "<workbook")  # (cut short)
    with pytest.raises(InputError, match=r"plan\.xlsx is an xlsx document that cannot be read"):
        decode_digest(buffer.getvalue(), "plan.xlsx")
