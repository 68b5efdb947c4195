"""RTF documents (WordPad, TextEdit, Word) read as the text they show: one line per paragraph, links as Markdown
links, list items with their numbers or bullets, table rows as Markdown rows, footnotes after their paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paperlist.ingest.rtf import looks_like_rtf, rtf_to_markdown


def lines(document: str) -> list[str]:
    return rtf_to_markdown(document).splitlines()


# --- whole documents, as the editors write them ---------------------------------------------------------------

# WordPad (RichEdit 10) writes CR LF after each paragraph, an address it recognises as a link field whose text is
# the address, and numbered and bulleted items as `{\pntext ...}` (the visible number) then `{\*\pn ...}`.
WORDPAD = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset2 Symbol;}}
{\colortbl ;\red0\green0\blue255;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b\f0\fs28\lang9 Reading group \endash  week 12\b0\fs22\par
Picked by Ren\'e9e Dubois and Katarzyna Wi\u347?niewska:\par
\pard
{\pntext\f0 1.\tab}{\*\pn\pnlvlbody\pnf0\pnindent0\pnstart1\pndec{\pntxta.}}
\fi-360\li720\sa200\sl276\slmult1 {\field{\*\fldinst{HYPERLINK "https://arxiv.org/abs/1810.04805" }}{\fldrslt{\ul\cf1\cf1\ul BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding}}}\f0\fs22  (Devlin et al., 2019)\par
{\pntext\f0 2.\tab}\ldblquote Deep Residual Learning for Image Recognition\rdblquote , He et al. \endash  {{\field{\*\fldinst{HYPERLINK https://arxiv.org/abs/1512.03385 }}{\fldrslt{https://arxiv.org/abs/1512.03385\ul0\cf0}}}}\f0\fs22\par
\pard{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'B7}}\fi-360\li720\sa200\sl276\slmult1 Generative Adversarial Net\lang1045 works\lang9  (Goodfellow et al.)\par
\pard\sa200\sl276\slmult1\par
\trowd\trgaph108\trleft5\trbrdrl\brdrs\brdrw10 \trbrdrt\brdrs\brdrw10 \cellx3005\cellx6005\cellx7505
\pard\intbl\sa200\sl276\slmult1 Title\cell Venue\cell Year\cell\row
\trowd\trgaph108\trleft5\trbrdrl\brdrs\brdrw10 \trbrdrt\brdrs\brdrw10 \cellx3005\cellx6005\cellx7505
\pard\intbl\sa200\sl276\slmult1 Attention Is All You Need\cell NeurIPS\cell 2017\cell\row
\pard\sa200\sl276\slmult1 See you on Thursday.\par
}
""".replace("\n", "\r\n")


def test_a_wordpad_document_is_read_paragraph_by_paragraph() -> None:
    assert lines(WORDPAD) == [
        "Reading group – week 12",
        "Picked by Renée Dubois and Katarzyna Wiśniewska:",
        "1. [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding]"
        "(https://arxiv.org/abs/1810.04805) (Devlin et al., 2019)",
        "2. “Deep Residual Learning for Image Recognition”, He et al. – https://arxiv.org/abs/1512.03385",
        "- Generative Adversarial Networks (Goodfellow et al.)",
        "",
        "| Title | Venue | Year |",
        "| --- | --- | --- |",
        "| Attention Is All You Need | NeurIPS | 2017 |",
        "",
        "See you on Thursday.",
    ]


# TextEdit (Cocoa) ends a paragraph with a backslash at the end of the source line, writes curly quotes as
# cp1252 bytes and list items as `{\listtext<TAB>\uc0\u8226 <TAB>}`.
TEXTEDIT = r"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;\red0\green0\blue233;}
{\*\expandedcolortbl;;\cssrgb\c0\c0\c93333;}
{\*\listtable{\list\listtemplateid1\listhybrid{\listlevel\levelnfc23\levelnfcn23\leveljc0\leveljcn0\levelfollow0\levelstartat1\levelspace360\levelindent0{\*\levelmarker \{disc\}}{\leveltext\leveltemplateid1\'01\uc0\u8226 ;}{\levelnumbers;}\fi-360\li720\lin720 }{\listname ;}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0

\f1\b\fs24 \cf0 Transformers, from the start\
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0

\f0\b0 \cf0 Start with {\field{\*\fldinst{HYPERLINK "https://arxiv.org/abs/1706.03762"}}{\fldrslt \cf2 \ul \ulc2 Attention Is All You Need}}\cf0 \ulnone  by Vaswani et al. \'97 the \'93T\'94 in GPT.\
\pard\tx220\tx720\pardeftab720\li720\fi-720\partightenfactor0
\ls1\ilvl0\cf0 {\listtext	\uc0\u8226 	}Longformer: The Long-Document Transformer\
{\listtext	\uc0\u8226 	}Reformer: The Efficient Transformer\uc0\u8232 by Kitaev, Kaiser and Levskaya\
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0
\cf0 Notes by Jos\'e9.}"""


def test_a_textedit_document_is_read_paragraph_by_paragraph() -> None:
    assert lines(TEXTEDIT) == [
        "Transformers, from the start",
        "Start with [Attention Is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. — the “T” in GPT.",
        "- Longformer: The Long-Document Transformer",
        "- Reformer: The Efficient Transformer",
        "by Kitaev, Kaiser and Levskaya",
        "Notes by José.",
    ]


# Word: every run in a group of its own, `{\listtext ...}` in the Symbol font for a bullet, a link field with
# `\fldedit` and a `{\*\datafield}`, a header, document properties and theme data that are no text.
WORD = r"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\stshfloch31506\deflang1033{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f3\fbidi \froman\fcharset2\fprq2{\*\panose 05050102010706020507}Symbol;}
{\f31506\fbidi \froman\fcharset0\fprq2{\*\panose 02040503050406030204}Cambria;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}{\*\defchp \f31506\fs24 }
{\stylesheet{\ql \li0\ri0\widctlpar\wrapdefault\itap0 \rtlch\fcs1 \af31507\afs24 \ltrch\fcs0 \f31506\fs24\lang1033 \snext0 \sqformat \spriority0 Normal;}{\*\cs10 \additive \ssemihidden Default Paragraph Font;}}
{\*\listtable{\list\listtemplateid-1{\listlevel\levelnfc23\levelstartat1{\leveltext\leveltemplateid67698689\'01\u-3913 ?;}{\levelnumbers;}\f3\fbias0 \fi-360\li720\lin720 }{\listname ;}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
{\info{\title Lab reading list}{\author A. Reader}{\creatim\yr2024\mo3\dy1\hr10\min5}}{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}
\paperw12240\paperh15840\margl1440\margr1440\ltrsect
\sectd \ltrsect\linex0\endnhere\sectlinegrid360\sectdefaultcl\sftnbj {\header \ltrpar \pard\plain \ltrpar\s15\ql Lab reading list, page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par }
{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta .}}\pard\plain \ltrpar\ql \li0\ri0\widctlpar\itap0 \rtlch\fcs1 \af31507\afs24 \ltrch\fcs0 \f31506\fs24\lang1033 {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid9443 \hich\af31506\dbch\af31505\loch\f31506 This week\hich\af31506\dbch\af31505\loch\f31506 \u8217\'92s papers:}{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid9443
\par }{\listtext\pard\plain\ltrpar \rtlch\fcs1 \af0\afs24 \ltrch\fcs0 \f3\fs24\insrsid9443 \loch\af3\dbch\af0\hich\f3 \'b7\tab}\pard \ltrpar\ql \fi-360\li720\ri0\widctlpar\ls1\rin0\lin720\itap0\pararsid9443 {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid9443 \hich\af31506\dbch\af31505\loch\f31506 Denoising Diffusion Probabilistic Models, }{\field\fldedit{\*\fldinst {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid9443 \hich\af31506\dbch\af31505\loch\f31506  HYPERLINK "https://arxiv.org/abs/2006.11239" \\o "arXiv abstract" }{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid9443 {\*\datafield 00d0c9ea79f9bace118c8200aa004ba90b02000000}}}{\fldrslt {\rtlch\fcs1 \af31507 \ltrch\fcs0 \cs16\ul\cf2\insrsid9443 \hich\af31506\dbch\af31505\loch\f31506 arXiv:2006.11239}}}\sectd \ltrsect\linex0\endnhere\sftnbj {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid9443
\par }{\*\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f54797065735d2e786d6c}{\*\datastore 0105000002000000}}"""


def test_a_word_document_is_read_without_its_tables_header_and_properties() -> None:
    assert lines(WORD) == [
        "This week’s papers:",
        "- Denoising Diffusion Probabilistic Models, [arXiv:2006.11239](https://arxiv.org/abs/2006.11239)",
    ]


def test_a_footnote_is_a_line_after_its_paragraph() -> None:
    document = (
        r"{\rtf1\ansi Transformers{\cs15\super \chftn {\footnote \pard\plain {\cs15\super \chftn } Vaswani et al., "
        r'{\field{\*\fldinst { HYPERLINK "https://arxiv.org/abs/1706.03762" }}{\fldrslt {Attention Is All You '
        r"Need}}}, 2017.}} changed how we read.\par Next week: vision.\par}"
    )
    assert lines(document) == [
        "Transformers changed how we read.",
        "Vaswani et al., [Attention Is All You Need](https://arxiv.org/abs/1706.03762), 2017.",
        "Next week: vision.",
    ]


def test_a_citation_managers_bibliography_field_is_its_text() -> None:
    document = (
        r"{\rtf1\ansi {\field{\*\fldinst{ ADDIN ZOTERO_BIBL {\'22uncited\'22:[]} CSL_BIBLIOGRAPHY }}"
        r"{\fldrslt {\pard A. Vaswani et al. Attention Is All You Need. 2017.\par}"
        r"{\pard K. He et al. Deep Residual Learning for Image Recognition. 2016.\par}}}\pard End.\par}"
    )
    assert lines(document) == [
        "A. Vaswani et al. Attention Is All You Need. 2017.",
        "K. He et al. Deep Residual Learning for Image Recognition. 2016.",
        "End.",
    ]


# --- links ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "shown", "expected"),
    [
        ('HYPERLINK "https://arxiv.org/abs/2005.14165"', "Language Models are Few-Shot Learners",
         "[Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)"),
        ("HYPERLINK https://arxiv.org/abs/2005.14165 ", "Language Models are Few-Shot Learners",
         "[Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)"),
        (r'HYPERLINK "https://arxiv.org/abs/2005.14165" \\o "GPT-3" \\t "_blank"', "GPT-3 paper",
         "[GPT-3 paper](https://arxiv.org/abs/2005.14165)"),
        (r'HYPERLINK \\l "_Toc1"', "Section 2", "Section 2"),  # a place in the document: its words
        (r'HYPERLINK "https://example.org/notes" \\l "week3"', "Week 3",
         "[Week 3](https://example.org/notes#week3)"),
        ('HYPERLINK "https://arxiv.org/abs/2005.14165"', "arxiv.org/abs/2005.14165",
         "https://arxiv.org/abs/2005.14165"),
        ('HYPERLINK "https://arxiv.org/abs/2005.14165"', "", "https://arxiv.org/abs/2005.14165"),
        ('HYPERLINK "https://en.wikipedia.org/wiki/Transformer_(deep_learning)"', "[Wiki] Transformer",
         "[Wiki] Transformer https://en.wikipedia.org/wiki/Transformer_%28deep_learning%29"),
        ("PAGE", "7", "7"),
    ],
)  # fmt: skip
def test_a_field_is_its_link_or_its_text(instruction: str, shown: str, expected: str) -> None:
    document = r"{\rtf1\ansi {\field{\*\fldinst{" + instruction + r"}}{\fldrslt{" + shown + r"}}}\par}"
    assert lines(document) == [expected]


def test_a_link_field_without_a_result_is_its_address() -> None:
    assert lines(
        r'{\rtf1\ansi See {\field{\*\fldinst HYPERLINK "https://arxiv.org/abs/1512.03385"}}\par}'
    ) == ["See https://arxiv.org/abs/1512.03385"]


# --- characters -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # A language switch inside a word, and bold and italic runs, are no break in it.
        (r"{\rtf1\ansi Net\lang1045 works and {\b Dif}{\i fusion}\par}", "Networks and Diffusion"),
        # A character beyond the BMP as a UTF-16 surrogate pair, each half with its `?` fallback.
        (r"{\rtf1\ansi\uc1 Emoji \u-10179?\u-8704? test\par}", "Emoji 😀 test"),
        # `\uc0`: no fallback to skip; `\uc2`: a two-byte fallback, written as two `\'xx`.
        (r"{\rtf1\ansi\uc0 Caf\u233 \u8212 Bar\par}", "Café—Bar"),
        (r"{\rtf1\ansi\uc2 \u20013\'d6\'d0\u25991\'ce\'c4 text\par}", "中文 text"),
        (r"{\rtf1\ansi \u8220\'93Quoted\u8221\'94 \u8364?\par}", "“Quoted” €"),
        (r"{\rtf1\ansi a\~b c\-d e\_f \{x\} \\ \lquote g\rquote\par}", "a b cd e-f {x} \\ ‘g’"),
        (r"{\rtf1\ansi One\line Two\tab Three\par}", "One\nTwo\tThree"),
        # Code pages: the document's, a font's charset, a multi-byte one with an ASCII second byte.
        (r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fnil\fcharset0 Arial;}}\f0 \'d1\'e5\'f2\'e8 \'c8\'e2\'e0\'ed\'ee\'e2\'e0\par}",
         "Сети Иванова"),
        (r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fnil\fcharset0 Arial;}{\f1\fnil\fcharset204 Arial CYR;}}\f0 Caf\'e9 {\f1 \'d1\'e5\'f2\'fc}\par}",
         "Café Сеть"),
        (r"{\rtf1\ansi\ansicpg1250 Pawe\'b3 \'8eelazny\par}", "Paweł Želazny"),
        (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}\f0 \'c4\'e3\'ba\'c3\par}", "你好"),
        (r"{\rtf1\ansi\ansicpg932{\fonttbl{\f0\fnil\fcharset128 MS Mincho;}}\f0 \'83e\'83X\'83g\par}", "テスト"),
        (r"{\rtf1\ansi{\fonttbl{\f0 Times;}{\f1\ftech\fcharset2 Symbol;}}\f0 {\f1 b}-VAE\par}", "β-VAE"),
        (r"{\rtf1\ansi {\v hidden }shown\par}", "shown"),
    ],
)  # fmt: skip
def test_characters_are_the_ones_shown(document: str, expected: str) -> None:
    assert rtf_to_markdown(document) == expected + "\n"


# --- lists and tables -----------------------------------------------------------------------------------------


def test_list_markers_are_numbers_or_bullets() -> None:
    document = (
        r"{\rtf1\ansi{\fonttbl{\f0 Calibri;}{\f2\fmodern Courier New;}}"
        r"{\pntext\f0 a)\tab}First\par{\pntext\f0 (ii)\tab}Second\par{\listtext\f2 o\tab}Third\par"
        r"{\pntext\f0 3.1\tab}Fourth\par{\pntext\tab}Fifth\par}"
    )
    assert lines(document) == ["a) First", "(ii) Second", "- Third", "3.1 Fourth", "Fifth"]


def test_each_table_has_its_own_header_row() -> None:
    row = r"\trowd\cellx2000\cellx4000\pard\intbl {} {}\cell {}\cell\row" + "\n"
    document = (
        r"{\rtf1\ansi Before\par"
        + row.replace("{} {}", "Paper").replace("{}", "Year", 1)
        + row.replace("{} {}", "ResNet | v2").replace("{}", "2016", 1)
        + r"\pard Between\par"
        + row.replace("{} {}", "GAN").replace("{}", "2014", 1)
        + r"\pard\intbl Two\par paragraphs\cell\cell\row"
        + "}"
    )
    assert lines(document) == [
        "Before",
        "",
        "| Paper | Year |",
        "| --- | --- |",
        r"| ResNet \| v2 | 2016 |",
        "",
        "Between",
        "",
        "| GAN | 2014 |",
        "| --- | --- |",
        "| Two paragraphs |  |",
    ]


# --- broken documents -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("{\\rtf1\\ansi Scaling Laws for Neural Language Models\\par}\x00", ["Scaling Laws for Neural Language Models"]),
        ("{\\rtf1\\ansi Title\\par}\r\n\x00\x00junk{\\b more}\\par", ["Title"]),
        (r"{\rtf1\ansi {\b Unclosed {\i group\par continues", ["Unclosed group", "continues"]),
        (r"{\rtf1\ansi Early end}} after\par}", ["Early end"]),
        (r'{\rtf1\ansi {\field{\*\fldinst HYPERLINK "https://arxiv.org/abs/1706.03762"}{\fldrslt Cut short',
         ["[Cut short](https://arxiv.org/abs/1706.03762)"]),
        (r"{\rtf1\ansi x\'zz y \u \'", ["xzz y"]),
        (r"{\rtf1\ansi {\pict\wmetafile8\picw10 0102\bin4 {}}}x} shown\par}", ["shown"]),
        ("", []),
    ],
)  # fmt: skip
def test_a_broken_document_is_read_as_far_as_it_goes(document: str, expected: list[str]) -> None:
    assert lines(document) == expected


@given(
    st.lists(
        st.sampled_from(
            [
                "{", "}", "\\", "\\'", "\\'e9", "\\'83", "\\u-10179?", "\\u", "\\uc2", "\\*", "\\field",
                "\\fldinst", " HYPERLINK \"x\" ", "\\fldrslt", "\\cell", "\\row", "\\intbl", "\\pard",
                "\\pntext", "\\listtext", "\\footnote", "\\bin3", "\\fonttbl", "\\f1", "\\fcharset128", ";",
                "\\ansicpg932", "\\par", "\\line", "\\v", "\x00", "\r\n", "\\\n", "word", " ", "\\~", "-5",
            ]
        ),
        max_size=60,
    ).map("".join),
    st.booleans(),
)  # fmt: skip
def test_any_input_is_read_without_an_error(body: str, wrapped: bool) -> None:
    text = rtf_to_markdown("{\\rtf1 " + body if wrapped else body)
    text.encode("utf-8")  # (no lone surrogate)
    assert "\x00" not in text
    assert all(line == line.strip() for line in text.split("\n"))


def test_deep_nesting_is_no_recursion() -> None:
    assert lines("{\\rtf1 " + "{" * 100_000 + "deep" + "}" * 100_000 + "}") == ["deep"]


# --- recognising RTF ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{\\rtf1\\ansi x}", True),
        ("\ufeff \r\n{\\rtf1\\ansi x}", True),
        ("{\\rtf\\ansi x}", True),
        ("# Reading list\n{\\rtf1}", False),
        ("{\\rt", False),
    ],
)
def test_looks_like_rtf(text: str, expected: bool) -> None:
    assert looks_like_rtf(text) is expected
