"""Word (`.docx`) and OpenDocument (`.odt`) documents read as Markdown: each test builds a small document the
way Word and LibreOffice write them (runs cut inside words and ids, tracked changes, fields, numbering parts)."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import pytest

from paperlist.ingest.extract import extract_document
from paperlist.ingest.office import MAX_PART_BYTES, office_kind, office_to_markdown

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""

PACKAGE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE_RELS}">
<Relationship Id="rId1" Type="{REL_TYPE}/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def document_rels(links: dict[str, str]) -> str:
    hyperlinks = "".join(
        f'<Relationship Id="{key}" Type="{REL_TYPE}/hyperlink" Target="{url}" TargetMode="External"/>'
        for key, url in links.items()
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELS}">'
        f'<Relationship Id="rId1" Type="{REL_TYPE}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_TYPE}/footnotes" Target="footnotes.xml"/>'
        f"{hyperlinks}</Relationships>"
    )


def document(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )


# Two lists as Word writes them: abstract 0 a numbered list (with a bulleted second level), abstract 1 a
# bulleted one; num 1 and num 2 use them, num 3 is abstract 0 again, restarted at 5.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>
<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> He, Zhang, Ren and Sun. Deep Residual Learning for Image Recognition. CVPR 2016, </w:t></w:r>
<w:r><w:t>arXiv:1512.</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>03385</w:t></w:r><w:proofErr w:type="spellEnd"/>
<w:r><w:t>.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def docx(
    body: str,
    *,
    links: dict[str, str] | None = None,
    numbering: str | None = NUMBERING,
    footnotes: str | None = None,
    document_xml: str | None = None,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE)
        archive.writestr("word/document.xml", document_xml if document_xml is not None else document(body))
        archive.writestr("word/_rels/document.xml.rels", document_rels(links or {}))
        if numbering is not None:
            archive.writestr("word/numbering.xml", numbering)
        if footnotes is not None:
            archive.writestr("word/footnotes.xml", footnotes)
    return buffer.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        properties += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def cell(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(run(text))}</w:tc>'


def table(*rows: tuple[str, ...]) -> str:
    grid = '<w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>'
    return f"<w:tbl>{grid}{''.join('<w:tr>' + ''.join(cell(c) for c in row) + '</w:tr>' for row in rows)}</w:tbl>"


READING_LIST = "".join(
    [
        para(run("Reading group: self-supervised vision"), style="Heading1"),
        # Runs cut inside a word and inside an arXiv id, with Word's spell-check marks between them.
        para(
            run("Boot"),
            '<w:proofErr w:type="spellStart"/>',
            run("strap"),
            '<w:proofErr w:type="spellEnd"/>',
            run(" Your Own Latent, "),
            run("arXiv:2006."),
            '<w:proofErr w:type="gramStart"/>',
            run("07733"),
        ),
        # A reviewer's tracked changes: a deletion (left out) and an insertion (kept).
        para(
            run("We read "),
            '<w:del w:id="11" w:author="Ana" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>three</w:delText></w:r></w:del>',
            '<w:ins w:id="12" w:author="Ana" w:date="2024-03-01T10:00:00Z"><w:r><w:t>four</w:t></w:r></w:ins>',
            run(" papers this week."),
        ),
        para(run("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"), num=(1, 0)),
        para(run("code: google-research/vision_transformer"), num=(1, 1)),
        para(
            run("Training data-efficient image transformers &amp; distillation through attention"), num=(1, 0)
        ),
        para(run("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"), num=(2, 0)),
        para(run("Masked Autoencoders Are Scalable Vision Learners"), num=(2, 0)),
        # A hyperlink element: its target is a relationship of the document.
        para(
            run("Also: "),
            '<w:hyperlink r:id="rId7" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            "<w:t>Emerging Properties in Self-</w:t></w:r><w:r><w:t>Supervised Vision Transformers</w:t></w:r>"
            "</w:hyperlink>",
        ),
        # A HYPERLINK field, as pasted links and older documents have them.
        para(
            run("The "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://arxiv.org/abs/2010.11929" \\h </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>ViT</w:t></w:r>',
            '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve"> paper</w:t></w:r>',
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            run(" introduced patches."),
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        ),
        table(
            ("Title", "arXiv"),
            ("Attention Is All You Need", "1706.03762"),
            ("A Simple Framework for Contrastive Learning of Visual Representations", "2002.05709"),
        ),
    ]
)

LINKS = {"rId7": "https://arxiv.org/abs/2104.14294"}


@pytest.fixture(scope="module")
def reading_list() -> list[str]:
    text = office_to_markdown(docx(READING_LIST, links=LINKS, footnotes=FOOTNOTES))
    assert text is not None
    return text.splitlines()


def test_a_word_reading_list_is_its_kind() -> None:
    assert office_kind(docx(READING_LIST, links=LINKS)) == "docx"


def test_headings_and_runs_cut_inside_words_and_ids(reading_list: list[str]) -> None:
    assert reading_list[0] == "# Reading group: self-supervised vision"
    assert "Bootstrap Your Own Latent, arXiv:2006.07733" in reading_list


def test_tracked_deletions_are_left_out_and_insertions_kept(reading_list: list[str]) -> None:
    assert "We read four papers this week." in reading_list
    assert not any("three" in line for line in reading_list)


def test_numbered_and_bulleted_lists(reading_list: list[str]) -> None:
    start = reading_list.index(
        "1. An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"
    )
    assert reading_list[start : start + 6] == [
        "1. An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        "   - code: google-research/vision_transformer",  # (under its item's text: a sub-item of it)
        "2. Training data-efficient image transformers & distillation through attention",
        "",  # (another list)
        "- Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        "- Masked Autoencoders Are Scalable Vision Learners",
    ]


def test_hyperlinks_and_hyperlink_fields(reading_list: list[str]) -> None:
    assert (
        "Also: [Emerging Properties in Self-Supervised Vision Transformers](https://arxiv.org/abs/2104.14294)"
        in reading_list
    )
    assert "The [ViT paper](https://arxiv.org/abs/2010.11929) introduced patches." in reading_list


def test_tables_are_markdown_tables(reading_list: list[str]) -> None:
    start = reading_list.index("| Title | arXiv |")
    assert reading_list[start : start + 4] == [
        "| Title | arXiv |",
        "| --- | --- |",
        "| Attention Is All You Need | 1706.03762 |",
        "| A Simple Framework for Contrastive Learning of Visual Representations | 2002.05709 |",
    ]


def test_footnotes_follow_the_body(reading_list: list[str]) -> None:
    start = reading_list.index("## Footnotes")
    assert [line for line in reading_list[start:] if line] == [
        "## Footnotes",
        "He, Zhang, Ren and Sun. Deep Residual Learning for Image Recognition. CVPR 2016, arXiv:1512.03385.",
    ]
    assert reading_list.index("| Title | arXiv |") < start


def test_blocks_are_a_blank_line_apart_and_a_list_s_items_line_after_line(reading_list: list[str]) -> None:
    heading = reading_list.index("# Reading group: self-supervised vision")
    assert reading_list[heading + 1] == ""
    swin = reading_list.index("- Swin Transformer: Hierarchical Vision Transformer using Shifted Windows")
    assert reading_list[swin - 1 : swin + 3] == [
        "",
        "- Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        "- Masked Autoencoders Are Scalable Vision Learners",
        "",
    ]


def test_a_link_whose_text_is_its_address_is_the_address() -> None:
    body = para(
        '<w:hyperlink r:id="rId3"><w:r><w:t>https://arxiv.org/abs/</w:t></w:r><w:r><w:t>2304.08485</w:t></w:r>'
        "</w:hyperlink>"
    )
    text = office_to_markdown(docx(body, links={"rId3": "https://arxiv.org/abs/2304.08485"}))
    assert text == "https://arxiv.org/abs/2304.08485\n"


def test_a_bookmark_link_keeps_its_text() -> None:
    body = para(
        '<w:hyperlink w:anchor="_Toc1" w:history="1"><w:r><w:t>Related work</w:t></w:r></w:hyperlink>'
    )
    assert office_to_markdown(docx(body)) == "Related work\n"


def test_fields_other_than_links_keep_their_result() -> None:
    # A Zotero citation: its instruction is the item's data, its result what the page shows.
    body = para(
        run("As shown before "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_ITEM CSL_CITATION {"citationID":"a1"} </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("(Radford et al., 2021)"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run("."),
    ) + para(
        '<w:fldSimple w:instr=" HYPERLINK &quot;https://arxiv.org/abs/2103.00020&quot; ">'
        "<w:r><w:t>Learning Transferable Visual Models From Natural Language Supervision</w:t></w:r></w:fldSimple>"
    )
    text = office_to_markdown(docx(body))
    assert text == (
        "As shown before (Radford et al., 2021).\n\n"
        "[Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)\n"
    )


def test_a_bibliography_field_keeps_a_paragraph_per_reference() -> None:
    body = (
        para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_BIBL {"uncited":[]} CSL_BIBLIOGRAPHY </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            run(
                "Radford, A. et al. Learning Transferable Visual Models From Natural Language Supervision. 2021."
            ),
        )
        + para(run("Ho, J., Jain, A. &amp; Abbeel, P. Denoising Diffusion Probabilistic Models. 2020."))
        + para('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    )
    assert office_to_markdown(docx(body)) == (
        "Radford, A. et al. Learning Transferable Visual Models From Natural Language Supervision. 2021.\n\n"
        "Ho, J., Jain, A. & Abbeel, P. Denoising Diffusion Probabilistic Models. 2020.\n"
    )


def test_breaks_tabs_hyphens_and_symbols() -> None:
    body = para(
        run("Kaplan et al."),
        "<w:r><w:br/></w:r>",
        run("Scaling Laws for Neural Language Models"),
        "<w:r><w:tab/></w:r>",
        run("2001.08361"),
        "<w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>causal pre</w:t><w:softHyphen/><w:t>training</w:t></w:r>",
        '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Cambria Math" w:char="03B1"/></w:r>',
    )
    assert office_to_markdown(docx(body)) == (
        "Kaplan et al.\nScaling Laws for Neural Language Models\t2001.08361non-causal pretrainingα\n"
    )


def test_without_a_numbering_part_list_items_are_bullets() -> None:
    body = para(run("Denoising Diffusion Probabilistic Models"), num=(1, 0)) + para(
        run("High-Resolution Image Synthesis with Latent Diffusion Models"), num=(1, 0)
    )
    assert office_to_markdown(docx(body, numbering=None, footnotes=None)) == (
        "- Denoising Diffusion Probabilistic Models\n- High-Resolution Image Synthesis with Latent Diffusion Models\n"
    )


def test_a_restarted_list_starts_at_its_override() -> None:
    body = para(run("LoRA: Low-Rank Adaptation of Large Language Models"), num=(3, 0)) + para(
        run("QLoRA: Efficient Finetuning of Quantized LLMs"), num=(3, 0)
    )
    assert office_to_markdown(docx(body)) == (
        "5. LoRA: Low-Rank Adaptation of Large Language Models\n6. QLoRA: Efficient Finetuning of Quantized LLMs\n"
    )


def test_heading_styles_are_found_by_name_in_the_styles_part() -> None:
    # A Chinese Word names its heading styles' ids `1`, `2`...: the style's name says what it is.
    styles = (
        f'<w:styles xmlns:w="{W}">'
        '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Subtitle"/><w:basedOn w:val="a3"/></w:style>'
        "</w:styles>"
    )
    body = (
        para(run("每周论文"), style="a3")
        + para(run("第 12 期"), style="a5")
        + para(run("多模态"), style="1")
        + para(run("Visual Instruction Tuning"), style="Heading2")
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document(body))
        archive.writestr("word/styles.xml", styles)
    assert office_to_markdown(buffer.getvalue()) == (
        "# 每周论文\n\n第 12 期\n\n# 多模态\n\n## Visual Instruction Tuning\n"
    )


def test_a_one_cell_table_is_a_box_of_paragraphs() -> None:
    box = (
        "<w:tbl><w:tr><w:tc>"
        + para(run("This week"), style="Heading2")
        + para(run("Direct Preference Optimization: Your Language Model is Secretly a Reward Model"))
        + "</w:tc></w:tr></w:tbl>"
    )
    assert office_to_markdown(docx(box)) == (
        "## This week\n\nDirect Preference Optimization: Your Language Model is Secretly a Reward Model\n"
    )


def test_nested_tables_and_merged_cells_stay_in_their_row() -> None:
    inner = "<w:tbl><w:tr>" + cell("Vaswani et al.") + cell("2017") + "</w:tr></w:tbl>"
    body = (
        "<w:tbl>"
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + para(run("Week 1")) + "</w:tc></w:tr>"
        "<w:tr>" + cell("Attention Is All You Need") + "<w:tc>" + inner + para() + "</w:tc></w:tr>"
        "<w:tr>" + cell("Pipes | in titles") + cell("") + "</w:tr>"
        "</w:tbl>"
    )
    assert office_to_markdown(docx(body)) == (
        "| Week 1 |  |\n| --- | --- |\n| Attention Is All You Need | Vaswani et al. 2017 |\n"
        "| Pipes \\| in titles |  |\n"
    )


def test_comments_and_endnotes_follow_the_body() -> None:
    comments = (
        f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Li" w:initials="L">'
        "<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Also read arXiv:2305.18290</w:t></w:r></w:p>"
        "</w:comment></w:comments>"
    )
    endnotes = (
        f'<w:endnotes xmlns:w="{W}"><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Mamba: Linear-Time Sequence Modeling with Selective State Spaces</w:t>'
        "</w:r></w:p></w:endnote></w:endnotes>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document(para(run("Notes on alignment"))))
        archive.writestr("word/comments.xml", comments)
        archive.writestr("word/endnotes.xml", endnotes)
    assert office_to_markdown(buffer.getvalue()) == (
        "Notes on alignment\n\n## Endnotes\n\n"
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces\n\n"
        "## Comments\n\nAlso read arXiv:2305.18290\n"
    )


def test_a_text_box_is_read_once() -> None:
    # Word 2010 writes a text box twice: a DrawingML shape, and a VML fallback for older readers.
    box = para(run("Boxed: Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"))
    body = para(
        run("Figure 1"),
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        f"<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>",
    )
    assert office_to_markdown(docx(body)) == (
        "Figure 1\n\nBoxed: Chain-of-Thought Prompting Elicits Reasoning in Large Language Models\n"
    )


# --- OpenDocument ---------------------------------------------------------------------------------------------

ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
}

ODT_BODY = """
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>
<office:change-info><dc:creator>Ana</dc:creator><dc:date>2024-03-01T10:00:00</dc:date></office:change-info>
<text:p>Neural Turing Machines</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:style-name="Heading_20_1" text:outline-level="1">Language models</text:h>
<text:p text:style-name="Standard">Start with <text:a xlink:type="simple"
 xlink:href="https://arxiv.org/abs/2005.14165">Language Models are Few-Shot Learners</text:a><text:note
 text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>
 <text:p text:style-name="Footnote">Brown et al., NeurIPS 2020, arXiv:2005.14165</text:p></text:note-body></text:note>.<text:change
 text:change-id="ct1"/></text:p>
<text:list text:style-name="L1">
 <text:list-item><text:p>Training Compute-Optimal Large Language Models</text:p>
  <text:list><text:list-item><text:p>a.k.a.<text:s/>Chinchilla,<text:tab/>2203.15556</text:p></text:list-item></text:list>
 </text:list-item>
 <text:list-item><text:p>LLaMA: Open and Efficient<text:line-break/>Foundation Language Models</text:p></text:list-item>
</text:list>
<table:table table:name="Papers"><table:table-column table:number-columns-repeated="2"/>
 <table:table-header-rows><table:table-row><table:table-cell><text:p>Title</text:p></table:table-cell>
 <table:table-cell><text:p>arXiv</text:p></table:table-cell></table:table-row></table:table-header-rows>
 <table:table-row><table:table-cell><text:p>Direct Preference Optimization</text:p></table:table-cell>
 <table:table-cell><text:p>2305.18290</text:p></table:table-cell></table:table-row>
</table:table>
"""


def odt(body: str = ODT_BODY, *, mimetype: bool = True) -> bytes:
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {namespaces} office:version="1.3"><office:automatic-styles/>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype:
            archive.writestr(
                zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED
            )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def test_an_opendocument_text() -> None:
    assert office_kind(odt()) == "odt"
    assert office_kind(odt(mimetype=False)) == "odt"  # (its manifest says what it is)
    assert office_to_markdown(odt()) == (
        "# Language models\n\n"
        "Start with [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165).\n\n"
        "- Training Compute-Optimal Large Language Models\n"
        "  - a.k.a. Chinchilla,\t2203.15556\n"
        "- LLaMA: Open and Efficient\n"
        "  Foundation Language Models\n\n"
        "| Title | arXiv |\n| --- | --- |\n| Direct Preference Optimization | 2305.18290 |\n\n"
        "## Footnotes\n\n"
        "Brown et al., NeurIPS 2020, arXiv:2005.14165\n"
    )


WRITER_CITATIONS = """
<text:p>Sparse experts go back to <text:bibliography-mark text:identifier="Lepikhin2021"
 text:bibliography-type="inproceedings" text:author="Dmitry Lepikhin, HyoukJoong Lee et al."
 text:booktitle="International Conference on Learning Representations (ICLR)"
 text:title="GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding"
 text:year="2021">[Lepikhin2021]</text:bibliography-mark>; routing to one expert is <text:bibliography-mark
 text:identifier="Fedus2022" text:bibliography-type="article" text:author="William Fedus, Barret Zoph, Noam Shazeer"
 text:journal="Journal of Machine Learning Research" text:title="Switch Transformers: Scaling to Trillion Parameter
 Models with Simple and Efficient Sparsity" text:year="2022" text:url="https://arxiv.org/abs/2101.03961"
 >[Fedus2022]</text:bibliography-mark> (again <text:bibliography-mark text:identifier="Lepikhin2021"
 >[Lepikhin2021]</text:bibliography-mark>), and the textbook is <text:bibliography-mark text:identifier="d2l"
 text:bibliography-type="book" text:title="Dive into Deep Learning" text:year="2023"
 text:url="https://d2l.ai">[d2l]</text:bibliography-mark>; a thesis, <text:bibliography-mark text:identifier="Doe2023"
 text:bibliography-type="phdthesis" text:title="Robust Visual Representations for Robots" text:year="2023"
 >[Doe2023]</text:bibliography-mark>.</text:p>
"""


def test_writers_own_bibliography_entries_follow_the_body_as_references() -> None:
    markdown = office_to_markdown(odt(WRITER_CITATIONS))
    assert markdown is not None
    assert "[Lepikhin2021]; routing to one expert is [Fedus2022]" in markdown  # (the citations as shown)
    entries = markdown.split("## Sources cited\n\n", 1)[1].splitlines()
    assert entries == [
        "- *GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding* (Dmitry Lepikhin,"
        " HyoukJoong Lee et al., 2021). International Conference on Learning Representations (ICLR).",
        "- *Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity* (William"
        " Fedus, Barret Zoph, Noam Shazeer, 2022). Journal of Machine Learning Research."
        " https://arxiv.org/abs/2101.03961",
    ]  # (each entry once; a book and a thesis are no papers)
    found = extract_document(markdown, "seminar.odt", markdown=True).references
    assert [(r.arxiv_id, r.title, r.weak) for r in found] == [
        (None, "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", False),
        (
            "2101.03961",
            "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
            False,
        ),
    ]


# --- What is not a document, or not one to read ---------------------------------------------------------------


def test_what_is_no_office_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("papers/notes.md", "# Attention Is All You Need\n")
        archive.writestr("mimetype", "application/x-krita")  # (another program's ZIP: a painting)
    for data in (
        b"",
        b"# Reading list\n- Attention Is All You Need\n",
        b"PK\x03\x04 truncated",
        buffer.getvalue(),
    ):
        assert office_kind(data) is None
        assert office_to_markdown(data) is None


def test_a_document_declaring_an_entity_is_not_read() -> None:
    hostile = (
        '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    )
    data = docx("", document_xml=hostile)
    assert office_kind(data) == "docx"
    assert office_to_markdown(data) is None


def test_a_part_claiming_a_huge_size_is_not_inflated() -> None:
    data = bytearray(docx(para(run("Generative Adversarial Networks"))))
    assert office_to_markdown(bytes(data)) == "Generative Adversarial Networks\n"
    # Make the central directory (and the local header) say that word/document.xml inflates to 60 MB.
    name = b"word/document.xml"
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    local = struct.unpack_from("<I", data, central + 42)[0]
    huge = MAX_PART_BYTES + 10 * 1024 * 1024
    struct.pack_into("<I", data, central + 24, huge)
    struct.pack_into("<I", data, local + 22, huge)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        assert archive.getinfo("word/document.xml").file_size == huge
    assert office_kind(bytes(data)) == "docx"
    assert office_to_markdown(bytes(data)) is None


def test_broken_documents_never_raise() -> None:
    whole = docx(READING_LIST, links=LINKS)
    shuffle = random.Random(20240301)
    for cut in range(0, len(whole), max(1, len(whole) // 60)):
        assert office_to_markdown(whole[:cut]) is None or isinstance(office_to_markdown(whole[:cut]), str)
    for _ in range(150):
        damaged = bytearray(whole)
        for _ in range(shuffle.randint(1, 8)):
            damaged[shuffle.randrange(len(damaged))] = shuffle.randrange(256)
        result = office_to_markdown(bytes(damaged))
        assert result is None or isinstance(result, str)
        assert office_kind(bytes(damaged)) in (None, "docx")


def test_malformed_xml_and_deep_nesting_read_as_none_or_text() -> None:
    assert office_to_markdown(docx("", document_xml="<w:document><w:body>")) is None
    deep = "<w:customXml>" * 5000 + para(run("deep")) + "</w:customXml>" * 5000
    assert office_to_markdown(docx(deep)) in ("", "\n", None)
    nested = "<w:tbl><w:tr><w:tc>" * 400 + para(run("cell")) + "</w:tc></w:tr></w:tbl>" * 400
    result = office_to_markdown(docx(nested))
    assert result is None or isinstance(result, str)


def test_a_word_document_in_a_folder_is_ingested_as_its_papers(tmp_path: Path) -> None:
    from paperlist.ingest.parse import read_digests

    body = (
        para(run("Reading list"), style="Title")
        + para(
            f'<w:hyperlink r:id="rId9">{run("Momentum Contrast for Unsupervised ")}'
            f"{run('Visual Representation Learning')}</w:hyperlink>",
            run(" — He et al., CVPR 2020"),
            num=(1, 0),
        )
        + para(
            run("Emerging Properties in Self-Supervised Vision Transformers (arXiv:2104."),
            run("14294)"),
            num=(1, 0),
        )
        + table(("Paper", "Venue"), ("Masked Autoencoders Are Scalable Vision Learners", "CVPR 2022"))
    )
    (tmp_path / "ssl.docx").write_bytes(docx(body, links={"rId9": "https://arxiv.org/abs/1911.05722"}))
    (reading,) = read_digests([str(tmp_path)])  # (a folder: `.docx` is one of the kinds it reads)
    assert [(r.arxiv_id, r.title) for r in reading.extraction.references] == [
        ("1911.05722", "Momentum Contrast for Unsupervised Visual Representation Learning"),
        ("2104.14294", "Emerging Properties in Self-Supervised Vision Transformers"),
        (None, "Masked Autoencoders Are Scalable Vision Learners"),
    ]


def test_a_damaged_word_document_is_one_clear_error(tmp_path: Path) -> None:
    from paperlist.errors import InputError
    from paperlist.ingest.decode import decode_digest

    data = docx(para(run("x")), document_xml="<w:document")  # (its main part cut short)
    with pytest.raises(InputError, match=r"notes\.docx is a docx document that cannot be read"):
        decode_digest(data, "notes.docx")


@pytest.mark.parametrize("name", ["template.dotx", "macros.docm"])
def test_a_word_template_or_a_document_with_macros_in_a_folder_is_read_as_word(
    tmp_path: Path, name: str
) -> None:
    from paperlist.ingest.parse import read_digests

    body = para(run("Deep Ensembles: A Loss Landscape Perspective (arXiv:1912.02757)"), num=(1, 0))
    (tmp_path / name).write_bytes(docx(body))
    (reading,) = read_digests([str(tmp_path)])
    assert [r.arxiv_id for r in reading.extraction.references] == ["1912.02757"]
