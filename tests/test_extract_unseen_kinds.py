"""Kinds of digest found by reading digests paperlist had never seen (tests/data/digests-own 33-44): notebooks,
biblatex `.bbl` files, HTML email laid out by tables, search-engine alerts, link aggregators, emoji bullets,
authors written before the title. Each test states the kind with papers of its own, not the corpus's samples.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from paperlist.digests import Reference
from paperlist.ids import find_ids
from paperlist.ingest.decode import decode_digest, read_as_markdown
from paperlist.ingest.extract import Shape, extract_document, extract_references, sniff
from paperlist.ingest.parse import read_digests
from paperlist.models import Evidence
from tests.conftest import Run


def refs(text: str, shape: str) -> tuple[Reference, ...]:
    return extract_references(textwrap.dedent(text), shape).references


def titles(text: str, shape: str) -> list[str | None]:
    return [r.title for r in refs(text, shape)]


# --- HTML email laid out by tables ----------------------------------------------------------------------------

NEWSLETTER = """<!DOCTYPE html><html><head><title>Weekly picks</title></head><body>
<table width="100%"><tr><td align="center">
<table width="600"><tr><td>
<h1>This week</h1>
<p>Two classics, linked to where they were published.</p>
<h2>Vision</h2>
<p><a href="https://openaccess.thecvf.com/content_cvpr_2017/html/Huang_Densely_Connected_Convolutional_CVPR_2017_paper.html">Densely Connected Convolutional Networks</a><br>
Huang, Liu, van der Maaten, Weinberger · CVPR 2017</p>
<p><a href="https://proceedings.mlr.press/v97/tan19a.html">EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks</a> (ICML 2019)</p>
<p><a href="https://www.nature.com/articles/d41586-024-00001-x">Why the AI boom needs better benchmarks</a> (news)</p>
</td></tr></table>
</td></tr></table></body></html>
"""


def test_an_html_email_laid_out_by_tables_is_read_as_its_blocks_not_as_one_table_row() -> None:
    text, encoding = decode_digest(NEWSLETTER.encode(), "issue.html")
    assert encoding.startswith("html/")
    assert "| ---" not in text  # no table of data: the layout table's cells are the page's blocks
    assert "## Vision" in text
    found = extract_document(text, "issue.html", html=True).references
    assert [r.title for r in found] == [
        "Densely Connected Convolutional Networks",
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
    ]  # a journal's news page is not a paper


def test_a_table_of_data_in_html_stays_a_table() -> None:
    page = (
        "<html><body><table><tr><th>Paper</th><th>Venue</th></tr>"
        "<tr><td><p>Densely Connected Convolutional Networks</p></td><td>CVPR 2017</td></tr>"
        "<tr><td>Neural Ordinary Differential Equations</td><td>NeurIPS 2018</td></tr></table></body></html>"
    )
    text, _ = decode_digest(page.encode(), "t.html")
    assert "| --- |" in text
    assert [r.title for r in extract_document(text, "t.html", html=True).references] == [
        "Densely Connected Convolutional Networks",
        "Neural Ordinary Differential Equations",
    ]


# --- biblatex .bbl ---------------------------------------------------------------------------------------------

BBL = r"""% $ biblatex auxiliary file $
\refsection{0}
  \datalist[entry]{nyt/global//global/global}
    \entry{kingma2014}{misc}{}
      \name{author}{2}{}{%
        {{hash=a}{family={Kingma}, familyi={K\bibinitperiod}, given={Diederik\bibnamedelima P.}, giveni={D\bibinitperiod}}}%
        {{hash=b}{family={Ba}, familyi={B\bibinitperiod}, given={Jimmy}, giveni={J\bibinitperiod}}}%
      }
      \field{title}{Adam: A Method for Stochastic Optimization}
      \field{year}{2014}
      \verb{eprint}
      \verb 1412.6980
      \endverb
      \field{eprinttype}{arXiv}
    \endentry
    \entry{chen2018}{inproceedings}{}
      \field{booktitle}{Advances in Neural Information Processing Systems}
      \field{title}{Neural Ordinary Differential Equations}
      \field{year}{2018}
    \endentry
    \entry{goodfellow2016}{book}{}
      \field{title}{Deep Learning}
      \list{publisher}{1}{{MIT Press}}
    \endentry
  \enddatalist
\endrefsection
"""


def test_a_biblatex_bbl_file_is_read_entry_by_entry() -> None:
    assert sniff("thesis.bbl", BBL) is Shape.BIBLATEX
    extraction = extract_document(BBL, "thesis.bbl")
    adam, odes = extraction.references
    assert (adam.arxiv_id, adam.evidence, adam.title) == (
        "1412.6980",
        Evidence.ARXIV_TEXT,
        "Adam: A Method for Stochastic Optimization",
    )
    assert adam.authors == "Diederik P. Kingma, Jimmy Ba"
    assert (odes.arxiv_id, odes.title) == (None, "Neural Ordinary Differential Equations")
    assert [item.why for item in extraction.rejected] == ["a book"]


def test_a_bibtex_bbl_file_is_its_thebibliography() -> None:
    bbl = textwrap.dedent(
        r"""
        \begin{thebibliography}{1}
        \bibitem[Chen et~al.(2018)]{chen2018}
        Ricky T.~Q. Chen, Yulia Rubanova, Jesse Bettencourt, and David Duvenaud.
        \newblock Neural ordinary differential equations.
        \newblock In \emph{Advances in Neural Information Processing Systems}, 2018.
        \end{thebibliography}
        """
    )
    assert sniff("paper.bbl", bbl) is Shape.TEXT
    assert [r.title for r in extract_document(bbl, "paper.bbl").references] == [
        "Neural ordinary differential equations"
    ]


# --- Jupyter notebooks -----------------------------------------------------------------------------------------


def _notebook(*cells: tuple[str, str]) -> str:
    return json.dumps(
        {
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
                | ({"outputs": [], "execution_count": 1} if kind == "code" else {})
                for kind, source in cells
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


def test_a_notebook_is_read_by_its_markdown_cells_and_never_its_code(
    cli: Callable[..., Run], tmp_path: Path, isolated: Path
) -> None:
    folder = tmp_path / "labs"
    folder.mkdir()
    (folder / "lab.ipynb").write_text(
        _notebook(
            (
                "markdown",
                "# Lab 3\n\nRead first:\n\n- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\n",
            ),
            (
                "code",
                "# Neural Ordinary Differential Equations https://arxiv.org/abs/1806.07366\nimport torch\n",
            ),
            ("markdown", "Then *Deep Residual Learning for Image Recognition* (He et al., CVPR 2016)."),
        ),
        encoding="utf-8",
    )
    ingested = cli("ingest", str(folder), "--offline")
    assert ingested.exit_code == 0, ingested.stderr
    listed = json.loads(cli("list", "--format", "json").stdout)
    assert sorted(paper["arxiv_id"] or paper["title"] for paper in listed) == [
        "1412.6980",
        "Deep Residual Learning for Image Recognition",
    ]


def test_a_file_named_ipynb_that_is_no_notebook_is_read_as_text() -> None:
    text, encoding = decode_digest(b"Adam https://arxiv.org/abs/1412.6980\n", "notes.ipynb")
    assert not encoding.startswith("ipynb/")
    assert [r.arxiv_id for r in extract_document(text, "notes.ipynb").references] == ["1412.6980"]


# --- heads of entries --------------------------------------------------------------------------------------------


def test_an_item_naming_its_authors_before_the_emphasised_title_takes_the_title() -> None:
    found = refs(
        """
        Background reading:

        1. Chen et al., *Neural Ordinary Differential Equations*, NeurIPS 2018
        2. Kingma and Ba, "Adam: A Method for Stochastic Optimization" (arXiv 1412.6980)
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Neural Ordinary Differential Equations"),
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
    ]


def test_emoji_bullets_with_a_variation_selector_and_name_bar_title_heads() -> None:
    found = refs(
        """
        🌟 Part 1
        ▪️ ResNet｜Deep Residual Learning for Image Recognition
        何恺明的经典之作，残差连接必读。

        ▪️ DenseNet | Densely Connected Convolutional Networks
        每一层都和之前所有层相连。
        """,
        "text",
    )
    assert [r.title for r in found] == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
    ]


def test_field_labels_after_an_emoji_and_korean_labels_are_fields() -> None:
    found = refs(
        """
        ### 1️⃣ ResNet

        📄 **논문**: Deep Residual Learning for Image Recognition
        🔗 **링크**: https://arxiv.org/abs/1512.03385
        🏷️ 키워드: `CNN`

        ### 2️⃣ DenseNet

        📄 **논문**: Densely Connected Convolutional Networks
        ✅ 한 줄 요약: 모든 층을 연결합니다.
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title, r.reason) for r in found] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition", "labelled as the title"),
        (None, "Densely Connected Convolutional Networks", "labelled as the title"),
    ]


# --- search-engine alerts in plain-text email ------------------------------------------------------------------


def test_an_alert_entry_title_then_its_bracketed_link_then_authors_and_venue() -> None:
    found = refs(
        """
        Scholar Alert: [ ordinary differential equations ]

        [HTML] Neural Ordinary Differential Equations
        <https://scholar.example.com/scholar_url?url=https://proceedings.neurips.cc/paper/2018/hash/69386f6b-Abstract.html&hl=en>
        RTQ Chen, Y Rubanova, J Bettencourt… - Advances in Neural Information Processing Systems, 2018
        We introduce a new family of deep neural network models …

        [BOOK] Numerical Methods for Ordinary Differential Equations
        <https://scholar.example.com/scholar_url?url=https://link.springer.com/book/10.1007/978-3-030-1&hl=en>
        JC Butcher - 2016 - Springer
        """,
        "text",
    )
    assert [r.title for r in found] == ["Neural Ordinary Differential Equations"]  # a book is not a paper


# --- link aggregators --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("site", "paper"),
    [("arxiv.org", True), ("openreview.net", True), ("proceedings.mlr.press", True), ("github.com", False)],
)
def test_a_story_showing_the_site_it_links_to_is_a_paper_when_the_site_is_a_papers(
    site: str, paper: bool
) -> None:
    text = f"""
    ▲ Neural Ordinary Differential Equations: A Continuous View of Depth ({site})
    412 points by someone 3 hours ago | hide | past | 96 comments
    """
    found = titles(text, "text")
    assert found == (["Neural Ordinary Differential Equations: A Continuous View of Depth"] if paper else [])


def test_a_short_title_linking_the_paper_page_that_spells_it_is_a_paper() -> None:
    found = refs(
        """
        ## [Mask R-CNN](https://paperswithcode.com/paper/mask-r-cnn)

        **facebookresearch/detectron2** · ★ 28,000

        ## [Detectron Tips](https://paperswithcode.com/paper/an-unrelated-slug)
        """,
        "markdown",
    )
    assert [(r.title, r.reason) for r in found] == [("Mask R-CNN", "links to a paper's page")]


# --- ids ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("👉 1512.03385", ["1512.03385"]),
        ("  → 1806.07366v5 ", ["1806.07366"]),
        ("1512.03385", []),  # a number alone, nothing pointing at it
        ("see 👉 1512.03385 now", []),  # in a sentence: a number, not a pointer line
        ("👉 2019.12345", []),  # not a valid id (month 19)
        ("➡️ 1512.03385", ["1512.03385"]),
    ],
)
def test_an_arxiv_id_alone_on_its_line_after_a_pointing_arrow_is_an_id(text: str, found: list[str]) -> None:
    matches = list(find_ids(text))
    assert [m.arxiv_id for m in matches] == found
    assert all(m.evidence is Evidence.ARXIV_TEXT for m in matches)


# --- plain-text email and comment threads ------------------------------------------------------------------------


def test_a_title_wrapped_over_two_lines_of_plain_text_email_is_one_title() -> None:
    found = refs(
        """
        [PDF] Neural Ordinary Differential Equations and the Adjoint Sensitivity Method for
        Continuous-Depth Residual Networks
        <https://arxiv.org/pdf/1806.07366>
        RTQ Chen, Y Rubanova, J Bettencourt… - arXiv preprint arXiv …, 2018
        """,
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (
            "1806.07366",
            "Neural Ordinary Differential Equations and the Adjoint Sensitivity Method for Continuous-Depth "
            "Residual Networks",
        )
    ]


def test_a_quoted_title_cited_by_its_authors_in_prose_is_a_paper() -> None:
    found = refs(
        """
        The idea is older than that: "Densely Connected Convolutional Networks" (Huang & Liu, 2017) already
        reused every earlier feature map, and "Deep Networks with Stochastic Depth" (Huang et al.) dropped layers.
        A "Really Good Idea" (my words) is just a phrase.
        """,
        "text",
    )
    assert [(r.title, r.reason) for r in found] == [
        ("Densely Connected Convolutional Networks", "given with its authors"),
        ("Deep Networks with Stochastic Depth", "given with its authors"),
    ]


def test_a_comment_of_sentences_around_a_link_is_not_the_papers_title() -> None:
    found = refs(
        """
        alice 2 hours ago | next

        For context, this is the follow-up to "Deep Networks with Stochastic Depth" from last year. Same group.

        https://arxiv.org/abs/1603.09382

        bob 1 hour ago | next

        They only compare small models. The interesting regime is much larger, see https://arxiv.org/abs/1512.03385
        """,
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1603.09382", "Deep Networks with Stochastic Depth"),
        ("1512.03385", None),
    ]


def test_an_alert_record_in_sentence_case_is_a_paper_by_its_place() -> None:
    found = refs(
        """
        Densely connected convolutional networks for dense prediction
        <https://scholar.example.com/scholar_url?url=https://openaccess.thecvf.com/content_cvpr_2017/html/x.html&hl=en>
        G Huang, Z Liu, L van der Maaten… - Proceedings of the IEEE, 2017
        We introduce a network that connects each layer to every other layer …

        What we learned running a reading group for a year
        <https://blog.example.com/reading-group-lessons>
        A Writer - 2023
        """,
        "text",
    )
    assert [(r.title, r.reason) for r in found] == [
        ("Densely connected convolutional networks for dense prediction", "links to a paper's page")
    ]


@pytest.mark.parametrize(
    "link",
    [
        "https://ar5iv.labs.arxiv.org/html/1512.03385",
        "https://www.alphaxiv.org/abs/1512.03385",
        "https://huggingface.co/papers/1512.03385",
    ],
)
def test_arxiv_mirrors_and_readers_link_the_paper_by_its_id(link: str) -> None:
    assert [(m.arxiv_id, m.evidence) for m in find_ids(f"Deep Residual Learning {link}")] == [
        ("1512.03385", Evidence.ARXIV_LINK)
    ]


def test_a_feed_entry_title_then_authors_venue_and_date_separated_by_dots() -> None:
    found = refs(
        """
        Your Research Feed

        Neural Ordinary Differential Equations and Their Adjoints
        Ricky T. Q. Chen, Yulia Rubanova, et al. · Neural Information Processing Systems · 3 December 2018
        View paper <https://www.semanticscholar.org/paper/Neural-Ordinary-Differential-Equations-Chen/449310e3>

        Deep Networks with Stochastic Depth
        Gao Huang, Yu Sun, Zhuang Liu · arXiv.org · 30 March 2016
        View paper <https://www.semanticscholar.org/arxiv/1603.09382>
        """,
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Neural Ordinary Differential Equations and Their Adjoints"),
        ("1603.09382", "Deep Networks with Stochastic Depth"),  # the title, never the authors line
    ]


def test_a_title_then_its_citation_in_parentheses_ending_the_clause_is_a_paper() -> None:
    found = refs(
        """
        **u/someone** · 2y

        Deep Networks with Stochastic Depth (Huang & Sun, ECCV 2016). Dropping layers at random is underrated.

        Results on ImageNet (Deng et al., 2009) show the same trend.
        Our Main Takeaway (2023): warm up for longer.
        Most Practical Guides (e.g. Smith, 2018). They agree.
        """,
        "markdown",
    )
    assert [(r.title, r.reason) for r in found] == [
        ("Deep Networks with Stochastic Depth", "given with its venue and year")
    ]  # a citation inside a sentence, a year alone or an `e.g.` is not a paper's


def test_a_notes_wikilinks_name_its_papers_when_tagged_or_cited() -> None:
    found = refs(
        """
        ---
        tags: [reading]
        ---

        ## Papers
        - [[Neural Ordinary Differential Equations]] #paper
        - [[Deep Networks with Stochastic Depth|stochastic depth]] (Huang et al., ECCV 2016)
        - [[Andrej Karpathy - A Recipe for Training Neural Networks]] #blog
        - [[Learning rate sweep]] — try 1e-4 to 1e-2
        """,
        "markdown",
    )
    assert [(r.title, r.reason) for r in found] == [
        ("Neural Ordinary Differential Equations", "tagged as a paper"),
        ("Deep Networks with Stochastic Depth", "given with its venue and year"),
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://scholar.example.com/scholar_url?url=https://arxiv.org/pdf/1512.03385&hl=en&sa=X&d=1185240365627",
        "https://arxiv.org/abs/1512.03385?context=cs.CV&utm_source=newsletter&utm_medium=email",
    ],
)
def test_a_links_text_is_its_title_when_the_link_goes_on_past_the_id(url: str) -> None:
    found = refs(f"### [PDF] [Deep Residual Learning for Image Recognition]({url})\n", "text")
    assert [(r.arxiv_id, r.title, r.reason) for r in found] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition", "the text of its link")
    ]


def test_keycap_emoji_number_the_items_of_a_post() -> None:
    found = refs(
        """
        1️⃣ Deep Residual Learning for Image Recognition
        💡 残差连接，训练很深的网络

        2️⃣ Densely Connected Convolutional Networks
        💡 每一层都连到之后的所有层
        """,
        "text",
    )
    assert [r.title for r in found] == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
    ]


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:url" content="https://huggingface.co/papers">',
        '<link rel="canonical" href="https://huggingface.co/papers?date=2024-05-01">',
        '<base href="https://huggingface.co/">',
    ],
)
def test_a_saved_pages_relative_links_are_read_against_its_own_address(head: str) -> None:
    page = (
        f"<html><head><title>Daily</title>{head}</head><body><nav><a href='/models'>Models</a></nav>"
        "<h3><a href='/papers/1512.03385'>Deep Residual Learning for Image Recognition</a></h3>"
        "<p><a href='mailto:editor@example.org'>Write to us</a></p></body></html>"
    )
    text, _ = decode_digest(page.encode(), "daily.html")
    assert "[Deep Residual Learning for Image Recognition](https://huggingface.co/papers/1512.03385)" in text
    assert "(https://huggingface.co/models)" not in text  # a site's own pages are not links worth keeping
    found = extract_document(text, "daily.html", html=True).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition")
    ]


# --- digests as copies of them arrive: odd spaces, flowed and hard-wrapped mail, accented names ------------------


def test_no_break_and_thin_spaces_copied_from_a_page_read_as_spaces() -> None:
    # Web pages and word processors put U+00A0 (and thin or narrow spaces) after labels and colons.
    page = "## Friday\n\n- Paper:\u00a0Mamba: Linear-Time Sequence Modeling with Selective State Spaces\n"
    page += "- arXiv:\u00a02312.00752\n\n## Next week\n\nThe follow-up, arXiv\u202f2405.21060, by the same authors.\n"
    text, _ = decode_digest(page.encode(), "friday.md")
    assert "\u00a0" not in text
    assert "\u202f" not in text
    found = extract_document(text, "friday.md").references
    assert [r.arxiv_id for r in found] == ["2312.00752", "2405.21060"]
    assert found[0].title == "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"


def test_a_title_wrapped_by_format_flowed_mail_is_joined_despite_the_trailing_space() -> None:
    # RFC 3676 mail ends each soft-wrapped line with a space.
    found = refs(
        "[PDF] Self-Consistency Improves Chain of Thought Reasoning in \n"
        "Language Models \n"
        "<https://arxiv.org/pdf/2203.11171> \n"
        "X Wang, J Wei, D Schuurmans… - arXiv preprint arXiv …, 2022 \n",
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2203.11171", "Self-Consistency Improves Chain of Thought Reasoning in Language Models")
    ]


# An accepted-papers list mailed as plain text, wrapped at 72 columns by the sender's client: titles cut
# anywhere (not only after a small word), authors lists over several lines (`·`-separated, names with
# diacritics and particles).
PROGRAMME = [
    (
        "Ring Attention with Blockwise Transformers for Near-Infinite Context in Sequence Models",
        "Hao Liu, Matei Zaharia, Pieter Abbeel",
    ),
    (
        "Efficient Memory Management for Large Language Model Serving with PagedAttention",
        "Woosuk Kwon, Zhuohan Li, Siyuan Zhuang, Ying Sheng, Lianmin Zheng, Cody Hao Yu, Joseph E. Gonzalez, "
        "Hao Zhang, Ion Stoica",
    ),
    ("QLoRA: Efficient Finetuning of Quantized LLMs", "Tim Dettmers, Artidoro Pagnoni, Ari Holtzman"),
    (
        "Mixtral of Experts",
        "Albert Q. Jiang, Alexandre Sablayrolles, Antoine Roux, Arthur Mensch, Blanche Savary, Chris Bamford, "
        "Devendra Singh Chaplot, Diego de las Casas, Emma Bou Hanna, Florian Bressand, Gianna Lengyel, "
        "Guillaume Bour, Guillaume Lample, Lélio Renard Lavaud, Lucile Saulnier, Marie-Anne Lachaux, Pierre "
        "Stock, Sandeep Subramanian, Sophia Yang, Szymon Antoniak, Teven Le Scao, Théophile Gervet, Thibaut "
        "Lavril, Thomas Wang, Timothée Lacroix",
    ),
]


def _mailed(paragraphs: list[str]) -> str:
    """Text as a mail client sends it: each paragraph's lines wrapped at 72 columns."""
    wrap = textwrap.TextWrapper(width=72, break_long_words=False, break_on_hyphens=False)
    return "\n\n".join(
        "\n".join(wrap.fill(line) for line in paragraph.split("\n")) for paragraph in paragraphs
    )


WRAPPED_PROGRAMME = _mailed(
    [
        "Workshop on Efficient Systems for Foundation Models - accepted papers",
        "Notifications went out on Friday; camera-ready versions are due next week. Please find below the "
        "list of accepted papers, in alphabetical order, with their authors as submitted. Posters go up in the "
        "morning session only.",
        *(f"{title}\n{names.replace(', ', ' · ')}" for title, names in PROGRAMME),
        "Thanks to all reviewers and to the program committee for their hard work.",
    ]
)


def test_a_programme_hard_wrapped_by_mail_gives_whole_titles_and_authors() -> None:
    assert any(len(line) > 60 for line in WRAPPED_PROGRAMME.splitlines())  # (wrapped, not written short)
    found = refs(WRAPPED_PROGRAMME, "text")
    assert [r.title for r in found] == [title for title, _ in PROGRAMME]
    assert [r.authors for r in found] == [names.replace(", ", " · ") for _, names in PROGRAMME]


def test_lines_of_unwrapped_text_are_never_joined() -> None:
    # One title per line, of all lengths, each with its authors: nothing here was cut by a wrapper.
    listing = "\n\n".join(
        f"{title}\n{authors}"
        for title, authors in [
            (
                "Retentive Network: A Successor to Transformer for Large Language Models",
                "Yutao Sun, Li Dong, Shaohan Huang",
            ),
            ("Scaling Laws for Neural Language Models", "Jared Kaplan, Sam McCandlish, Tom Henighan"),
            (
                "Training Compute-Optimal Large Language Models",
                "Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch",
            ),
            (
                "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                "Rafael Rafailov, Archit Sharma, Eric Mitchell",
            ),
            (
                "Toolformer: Language Models Can Teach Themselves to Use Tools",
                "Timo Schick, Jane Dwivedi-Yu, Roberto Dessì",
            ),
        ]
    )
    assert len(titles(listing, "text")) == 5


@pytest.mark.parametrize(
    "authors",
    [
        "Hugo Touvron, Thibaut Lavril, Gautier Izacard, Timothée Lacroix, Baptiste Rozière",
        "Łukasz Kaiser, Aidan N. Gomez, Noam Shazeer",
        "Piotr Stańczyk · Raphaël Marinier · Sertan Girgin",
    ],
)
def test_authors_with_diacritics_below_a_bare_title_show_it_is_a_paper(authors: str) -> None:
    text = f"Notes from the reading group\n\nWe met twice this month.\n\nOne Model to Learn Them All\n{authors}\n"
    assert titles(text, "text") == ["One Model to Learn Them All"]


def test_a_bold_title_with_its_authors_on_the_same_line_is_a_paper() -> None:
    # Paragraphs (not list items) of a post: the title in bold, then its authors, after a dash or not.
    text = """\
    Three papers we keep coming back to.

    **Neural Machine Translation by Jointly Learning to Align and Translate** — Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio

    **Sequence to Sequence Learning with Neural Networks** Ilya Sutskever, Oriol Vinyals, Quoc V. Le

    **Deep Residual Learning for Image Recognition** He et al., CVPR 2016

    **Why we read old papers** — a note from the organisers
    """
    assert titles(text, "markdown") == [
        "Neural Machine Translation by Jointly Learning to Align and Translate",
        "Sequence to Sequence Learning with Neural Networks",
        "Deep Residual Learning for Image Recognition",
    ]


# A reading plan published as a web page: items numbered by <ol>, each with its fields in a nested <ul>.
PLAN_PAGE = """<!DOCTYPE html><html><head><title>Vision onboarding</title></head><body>
<h2>Week 1</h2>
<ol>
<li><strong>Dosovitskiy et al. (2021)</strong> — ViT
<ul>
<li>Paper: An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale</li>
<li>Link: <a href="https://arxiv.org/abs/2010.11929">arXiv</a></li>
</ul>
</li>
<li><strong>Liu et al. (2021)</strong> — Swin
<ul>
<li>Paper: Swin Transformer: Hierarchical Vision Transformer using Shifted Windows</li>
<li>Link: to be added</li>
</ul>
</li>
</ol>
<p>Questions go to the team channel.</p>
</body></html>
"""


def test_a_pages_nested_lists_keep_their_items_inside_items() -> None:
    text, _ = decode_digest(PLAN_PAGE.encode(), "plan.html")
    assert "\n  - Paper: Swin Transformer" in text  # indented under its item, no blank line before it
    found = extract_document(text, "plan.html", html=True).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2010.11929", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"),
        (None, "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"),
    ]


# A Chinese post saved with the English discussion thread below it: the thread is English however Chinese the
# post is, and its headers and sentences are not papers.
ZH_POST_WITH_THREAD = """\
# 本周读了三篇关于检索增强的论文

### 一、基础方法

**Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks**
这篇论文把检索器和生成器端到端联合训练，是检索增强生成的开山之作，值得从头到尾精读一遍。

### 二、长文档

**Lost in the Middle: How Language Models Use Long Contexts**
作者发现模型对长上下文中间位置的信息利用得很差，这个结论对设计检索系统非常重要。

---

### kwang commented on Mar 3, 2024

Thanks for the write-up. Has anyone tried reproducing the middle-position effect with the newer long-context
models? Our internal numbers look much flatter than what the paper reports, which surprised me a little.

### dlee commented on Mar 4, 2024

Same here. I suspect the prompt format matters more than the position itself, but I have not had the time
to run the ablation properly. Happy to share our evaluation scripts if someone wants to take a look.

### kwang closed this as completed on Mar 9, 2024
"""


def test_the_english_part_of_a_chinese_post_is_read_as_english() -> None:
    assert titles(ZH_POST_WITH_THREAD, "markdown") == [
        "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks",
        "Lost in the Middle: How Language Models Use Long Contexts",
    ]


def test_a_full_width_colon_typed_inside_an_english_title_is_its_colon() -> None:
    text = """\
    # 本周推荐

    【论文标题】Tree of Thoughts：Deliberate Problem Solving with Large Language Models
    【一句话】让模型在思维树上搜索，而不是只走一条推理链。
    """
    decoded, _ = decode_digest(textwrap.dedent(text).encode(), "picks.md")
    found = extract_document(decoded, "picks.md").references
    assert [r.title for r in found] == [
        "Tree of Thoughts: Deliberate Problem Solving with Large Language Models"
    ]


def test_a_link_between_two_rules_at_the_top_of_a_post_is_no_front_matter() -> None:
    text = "---\nhttps://arxiv.org/abs/2210.03629 is this week's pick\n---\nMore next week.\n"
    assert [r.arxiv_id for r in refs(text, "markdown")] == ["2210.03629"]


def test_box_drawing_and_emoji_do_not_make_an_english_page_chinese() -> None:
    # A tool's README: a terminal capture drawn with box characters, emoji, headings over prose. No paper.
    frame = "─" * 70
    capture = "\n".join(
        f"│ {row:<68} │" for row in ["Usage: grader [OPTIONS] RUN", "Score a run. ✨", ""] * 6
    )
    text = f"""\
# grader 🎉

Grade model runs from the command line ✨

## Install the grader globally

Install it with pip and check that the command is on your path before anything else.

## Score your first evaluation run

```console
╭{frame}╮
{capture}
╰{frame}╯
```

## Upgrade an older project configuration

Older projects keep working; the upgrade rewrites the settings file in place and keeps a backup.
"""
    assert refs(text, "markdown") == ()


def test_a_pages_relative_link_to_its_own_post_is_no_paper_in_a_list_of_papers() -> None:
    page = """<html><head><title>Trending</title></head><body><h2>Trending papers</h2><ol>
    <li><a href="https://huggingface.co/papers/2404.14219">Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone</a> ↑ 255</li>
    <li><a href="https://huggingface.co/papers/2404.14619">OpenELM: An Efficient Language Model Family with Open Training and Inference Framework</a> ↑ 121</li>
    <li><a href="/blog/gemma-release">Gemma 2 Is Here: What Changed and Why It Matters</a> ↑ 98</li>
    </ol></body></html>"""
    text, _ = decode_digest(page.encode(), "trending.html")
    assert "[Gemma 2 Is Here: What Changed and Why It Matters](/blog/gemma-release)" in text
    found = extract_document(text, "trending.html", html=True).references
    assert [r.arxiv_id for r in found] == ["2404.14219", "2404.14619"]


def test_a_title_label_in_brackets_is_a_label_in_any_digest() -> None:
    text = """\
    Weekly picks (English edition)

    【Paper Title】Mixture-of-Depths: Dynamically allocating compute in transformer-based language models
    【Why】Tokens skip layers they do not need; a router decides per block.
    """
    assert titles(text, "text") == [
        "Mixture-of-Depths: Dynamically allocating compute in transformer-based language models"
    ]


def test_the_digests_own_name_for_a_paper_is_not_part_of_its_title() -> None:
    post = "Vision Notes @visionnotes · Feb 2, 2024\n{n}/ {title}. {words}\narxiv.org/abs/{id}\n\n"
    found = refs(
        post.format(
            n=2,
            title="Masked Autoencoders Are Scalable Vision Learners (a.k.a. MAE)",
            id="2111.06377",
            words="Mask most of the patches and rebuild them; pretraining got cheap overnight.",
        )
        + post.format(
            n=3,
            title="Scaling Vision Transformers to 22 Billion Parameters (aka ViT-22B)",
            id="2302.05442",
            words="Mostly an engineering report, and a very good one at that.",
        ),
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2111.06377", "Masked Autoencoders Are Scalable Vision Learners"),
        ("2302.05442", "Scaling Vision Transformers to 22 Billion Parameters"),
    ]


@pytest.mark.parametrize(
    "intro", ["1/ Three diffusion papers for your weekend", "4/ More papers next week, stay tuned"]
)
def test_a_numbered_post_about_the_papers_is_not_one_of_them(intro: str) -> None:
    posts = [
        intro,
        "2/ Denoising Diffusion Probabilistic Models. Where it started.\nhttps://arxiv.org/abs/2006.11239",
        "3/ Scalable Diffusion Models with Transformers. DiT.\nhttps://arxiv.org/abs/2212.09748",
        "3/ Elucidating the Design Space of Diffusion-Based Generative Models. Karras et al.",
    ]
    assert not any("papers" in (title or "").casefold() for title in titles("\n\n".join(posts), "text"))


# A research feed's records: title, an authors list cut short by the site, venue · year, a TLDR, buttons.
RESEARCH_FEED = """\
Your Research Feed · Updated March 4

QLoRA: Efficient Finetuning of Quantized LLMs
Tim Dettmers, Artidoro Pagnoni, and 2 others
Neural Information Processing Systems · 2023
TLDR: Finetune a 65B model on one GPU by backpropagating through a frozen 4-bit model into adapters.
Save  ·  Cite  ·  Alert

Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena
Lianmin Zheng, Wei-Lin Chiang, Ying Sheng, & 9 more
Neural Information Processing Systems · 2023
Save  ·  Cite  ·  Alert

Manage feed settings · Unsubscribe
"""


def test_a_research_feeds_records_with_authors_cut_short_and_buttons() -> None:
    assert titles(RESEARCH_FEED, "text") == [
        "QLoRA: Efficient Finetuning of Quantized LLMs",
        "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena",
    ]


HEADED_NOTES = """\
# Notes from the reading group

## 1. Toolformer: Language Models Can Teach Themselves to Use Tools

The model decides where an API call helps and learns from its own annotations.

- Paper: https://arxiv.org/abs/2302.04761
- Verdict: simple and convincing.

## 2. Two agents papers

- Paper: https://arxiv.org/abs/2210.03629
- Paper: https://arxiv.org/abs/2303.11366
"""


def test_a_heading_names_the_paper_its_section_links_by_id() -> None:
    found = refs(HEADED_NOTES, "markdown")
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2302.04761", "Toolformer: Language Models Can Teach Themselves to Use Tools"),
        ("2210.03629", None),  # a section that links several papers: its heading names none of them
        ("2303.11366", None),
    ]
    assert found[0].summary.startswith("The model decides where an API call helps")


@pytest.mark.parametrize("shape", ["markdown", "text"])
def test_authors_and_year_before_a_dash_then_the_title(shape: str) -> None:
    text = """\
    Before the systems reading group

    - Chang et al. 2006 - Bigtable: A Distributed Storage System for Structured Data
    - DeCandia et al. (2007): Dynamo: Amazon's Highly Available Key-value Store
    - Ghemawat, Gobioff & Leung 2003 - The Google File System
    - Bring your laptop 2024 - the room has no projector
    """
    assert titles(text, shape) == [
        "Bigtable: A Distributed Storage System for Structured Data",
        "Dynamo: Amazon's Highly Available Key-value Store",
        "The Google File System",
    ]


def test_a_news_item_linking_its_report_gives_neither_its_headline_nor_its_sentence_as_title() -> None:
    text = """\
    ## News

    ### Meta releases Llama 2 for commercial use

    Meta released a family of open models from 7B to 70B parameters. The [paper](https://arxiv.org/abs/2307.09288) covers the safety tuning.

    ### A smaller model that reads long documents

    Their write-up, [Longformer: The Long-Document Transformer](https://arxiv.org/abs/2004.05150), explains the attention pattern.
    """
    found = refs(text, "markdown")
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2307.09288", None),
        ("2004.05150", "Longformer: The Long-Document Transformer"),
    ]


def test_rows_of_cells_written_as_text_give_the_id_and_the_title_cell() -> None:
    text = """\
    recent top

    2305.14314 | QLoRA: Efficient Finetuning of Quantized LLMs | Tim Dettmers et al. | cs.LG
    2306.05685 | Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena | Lianmin Zheng et al. | cs.CL
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "text")] == [
        ("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs"),
        ("2306.05685", "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena"),
    ]


def test_numbered_lines_of_title_then_authors_in_a_mail() -> None:
    text = """\
    Dear colleagues,

    The accepted papers of the workshop are:

    1. Mixture of Experts Meets Instruction Tuning: A Winning Combination. Sheng Shen, Le Hou, Yanqi Zhou.
    2. Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints. Aran Komatsuzaki, Joan Puigcerver.

    Best regards,
    The organizers
    """
    assert titles(text, "text") == [
        "Mixture of Experts Meets Instruction Tuning: A Winning Combination",
        "Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints",
    ]


def test_a_title_then_a_comma_and_several_authors_ends_at_the_comma() -> None:
    text = (
        "* Score-Based Generative Modeling through Stochastic Differential Equations, Song, Sohl-Dickstein, Kingma"
        " & Poole, ICLR 2021 [pdf](https://arxiv.org/pdf/2011.13456)\n"
    )
    assert [(r.arxiv_id, r.title) for r in refs(text, "markdown")] == [
        ("2011.13456", "Score-Based Generative Modeling through Stochastic Differential Equations")
    ]


README_WITH_HTML = """\
# Alignment reading list

| Paper | Venue |
| --- | --- |
| <a href="https://arxiv.org/abs/2203.02155">Training language models to follow instructions with human feedback</a> | NeurIPS 2022 |

- <b>Deep Reinforcement Learning from Human Preferences</b> <a href="https://arxiv.org/abs/1706.03741">[paper]</a>

<details><summary>Fine-Tuning Language Models from Human Preferences</summary>
https://arxiv.org/abs/1909.08593 <br> Ziegler et al., 2019
</details>

<details><summary>Related work</summary>
Tim Dettmers et al., NeurIPS 2022. https://arxiv.org/abs/2208.07339
</details>
"""


def test_inline_html_in_a_readme_is_read_as_the_markdown_it_means() -> None:
    text, _ = decode_digest(README_WITH_HTML.encode(), "README.md")
    found = extract_document(text, "README.md").references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2203.02155", "Training language models to follow instructions with human feedback"),
        ("1706.03741", "Deep Reinforcement Learning from Human Preferences"),
        ("1909.08593", "Fine-Tuning Language Models from Human Preferences"),
        ("2208.07339", None),  # `Tim Dettmers et al., NeurIPS 2022`: who wrote it, never its title
    ]


def test_a_chinese_digests_bold_book_title_and_english_title_label_name_the_linked_paper() -> None:
    text = """\
    # 每日论文速递

    **1. 《Mixture-of-Depths: Dynamically allocating compute in transformer-based language models》**
    链接：arxiv.org/abs/2404.02258
    摘要：让部分 token 跳过某些层，按需分配计算。

    2️⃣ 视觉自回归模型：一种新的图像生成范式
    英文标题：Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction
    地址：https://arxiv.org/abs/2404.02905
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "markdown")] == [
        (
            "2404.02258",
            "Mixture-of-Depths: Dynamically allocating compute in transformer-based language models",
        ),
        ("2404.02905", "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction"),
    ]


def test_a_few_chinese_words_and_a_colon_before_an_english_title() -> None:
    text = """\
    【大模型】本周值得读的论文

    3️⃣ 一篇综述：A Survey on Retrieval-Augmented Text Generation for Large Language Models
    地址：https://arxiv.org/abs/2404.10981

    4️⃣ 结论：这些方法都还需要更多实验。
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "text")] == [
        ("2404.10981", "A Survey on Retrieval-Augmented Text Generation for Large Language Models")
    ]


@pytest.mark.parametrize(
    "link",
    [
        '<a href="https://arxiv.org/abs/2403.08295">Read more: Gemma: Open Models Based on Gemini Research and Technology (arXiv)</a>',
        "[Read more: Gemma: Open Models Based on Gemini Research and Technology (arXiv)](https://arxiv.org/abs/2403.08295)",
        "[Gemma: Open Models Based on Gemini Research and Technology (PDF)](https://arxiv.org/pdf/2403.08295)",
    ],
)
def test_a_newsletters_words_around_a_link_text_are_not_the_title(link: str) -> None:
    text, _ = decode_digest(
        f"## Open models\n\nGoogle released its open models. {link}.\n".encode(), "issue.md"
    )
    found = extract_document(text, "issue.md").references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2403.08295", "Gemma: Open Models Based on Gemini Research and Technology")
    ]


# --- reference lists in journal styles: surnames and initials, the year at the end -----------------------------


def test_nature_style_references_give_every_title_even_one_with_a_colon() -> None:
    found = refs(
        """\
        References

        1. Sutskever, I., Vinyals, O. & Le, Q. V. Sequence to sequence learning with neural networks. In Advances in Neural Information Processing Systems 27, 3104–3112 (2014).
        2. Ba, J. L., Kiros, J. R. & Hinton, G. E. Layer normalization. Preprint at https://arxiv.org/abs/1607.06450 (2016).
        3. Raffel, C. et al. Exploring the limits of transfer learning with a unified text-to-text transformer. J. Mach. Learn. Res. 21, 1–67 (2020).
        4. Mikolov, T., Chen, K., Corrado, G. & Dean, J. Word2vec: efficient estimation of word representations in vector space. Preprint at https://arxiv.org/abs/1301.3781 (2013).
        """,
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Sequence to sequence learning with neural networks"),
        ("1607.06450", "Layer normalization"),
        (None, "Exploring the limits of transfer learning with a unified text-to-text transformer"),
        ("1301.3781", "Word2vec: efficient estimation of word representations in vector space"),
    ]
    assert found[0].authors == "Sutskever, I., Vinyals, O. & Le, Q. V"


def test_vancouver_style_numbered_references_without_a_heading() -> None:
    found = refs(
        """\
        Background reading before the seminar:

        1. Litjens G, Kooi T, Bejnordi BE, et al. A survey on deep learning in medical image analysis. Med Image Anal. 2017;42:60-88.
        2. Huang G, Liu Z, van der Maaten L, Weinberger KQ. Densely connected convolutional networks. In: CVPR; 2017. p. 4700-8.
        3. Kingma DP, Ba J. Adam: a method for stochastic optimization. arXiv. 2014. doi:10.48550/arXiv.1412.6980
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "A survey on deep learning in medical image analysis"),
        (None, "Densely connected convolutional networks"),
        ("1412.6980", "Adam: a method for stochastic optimization"),
    ]  # (never the authors line as a title)


def test_a_short_reference_list_of_one_reference_a_line_is_not_one_entry() -> None:
    found = refs(
        """\
        Works Cited

        Bahdanau, Dzmitry, et al. "Neural Machine Translation by Jointly Learning to Align and Translate." arXiv, 2014, arxiv.org/abs/1409.0473.
        Hochreiter, Sepp, and Jürgen Schmidhuber. "Long Short-Term Memory." Neural Computation, vol. 9, no. 8, 1997, pp. 1735-1780.
        """,
        "text",
    )
    # Read as one entry, the first title went with the second line's id, or the id with the wrong title.
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1409.0473", "Neural Machine Translation by Jointly Learning to Align and Translate"),
        (None, "Long Short-Term Memory"),
    ]


def test_one_reference_wrapped_over_lines_stays_one() -> None:
    found = refs(
        """\
        References

        Sutskever, I., Vinyals, O. & Le, Q. V. Sequence to sequence learning with neural networks. In Advances in
        Neural Information Processing Systems 27, 3104–3112 (2014).
        """,
        "text",
    )
    assert [r.title for r in found] == ["Sequence to sequence learning with neural networks"]


# --- a non-paper word as a research topic in a heading --------------------------------------------------------


@pytest.mark.parametrize(
    ("document_title", "section"),
    [
        ("Awesome Tool Learning", "Tool-augmented agents"),
        ("Code LLM reading list", "Code Generation"),
        ("视频理解论文速览", "视频生成"),
        ("Reading list", "Text-to-Video"),
    ],
)
def test_a_topic_named_by_a_non_paper_word_still_holds_papers(document_title: str, section: str) -> None:
    found = refs(
        f"""\
        # {document_title}

        ## {section}

        * Toolformer: Language Models Can Teach Themselves to Use Tools. Schick et al. NeurIPS 2023.
        * Gorilla: Large Language Model Connected with Massive APIs, Patil et al., 2023.
        """,
        "markdown",
    )
    assert [r.title for r in found] == [
        "Toolformer: Language Models Can Teach Themselves to Use Tools",
        "Gorilla: Large Language Model Connected with Massive APIs",
    ]


@pytest.mark.parametrize(
    "heading", ["Tools", "Tools & libraries", "Videos worth watching", "工具推荐", "Code"]
)
def test_a_heading_naming_its_items_kind_still_says_they_are_not_papers(heading: str) -> None:
    found = refs(
        f"""\
        # Weekly picks

        ## {heading}

        * Weights & Biases Sweeps: Hyperparameter Search at Scale, W&B Docs 2023.
        * Lightning Fabric: Scaling PyTorch Training Loops, Lightning AI 2023.
        """,
        "markdown",
    )
    assert found == ()


def test_papers_under_a_heading_that_says_papers_whatever_its_parent_says() -> None:
    found = refs(
        """\
        # Tools

        ## Papers

        * Scaling Laws for Autoregressive Generative Modeling, Henighan et al., 2020.
        """,
        "markdown",
    )
    assert [r.title for r in found] == ["Scaling Laws for Autoregressive Generative Modeling"]


def test_an_awesome_lists_venue_after_a_comma_or_in_parentheses_before_its_links_is_not_the_title() -> None:
    found = refs(
        """\
        ## Papers

        * Masked Autoencoders Are Scalable Vision Learners (CVPR 2022) [[paper]](https://arxiv.org/abs/2111.06377)
        * Emerging Properties in Self-Supervised Vision Transformers, ICCV 2021 — [arXiv](https://arxiv.org/abs/2104.14294) | [code](https://github.com/facebookresearch/dino)
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2111.06377", "Masked Autoencoders Are Scalable Vision Learners"),
        ("2104.14294", "Emerging Properties in Self-Supervised Vision Transformers"),
    ]
    assert found[1].code_url == "https://github.com/facebookresearch/dino"


def test_references_of_short_authors_then_title_then_a_bare_year() -> None:
    found = refs(
        """\
        Some prose citing [1] and [2].

        **References**

        [1] Ouyang et al. Training language models to follow instructions with human feedback. 2022.
        [2] Wei et al. Chain-of-Thought Prompting Elicits Reasoning in Large Language Models. 2022. https://arxiv.org/abs/2201.11903
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Training language models to follow instructions with human feedback"),
        ("2201.11903", "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"),
    ]


def test_a_notes_backlink_mark_before_its_title() -> None:
    found = refs(
        """\
        # 读书笔记

        正文……

        参考

        1. ^Sequence to Sequence Learning with Neural Networks. NeurIPS 2014
        2. ^ a b Layer Normalization. arXiv 2016
        """,
        "markdown",
    )
    assert [r.title for r in found] == [
        "Sequence to Sequence Learning with Neural Networks",
        "Layer Normalization",
    ]


def test_a_tsv_whose_rows_leave_out_their_empty_last_cells_is_still_a_table() -> None:
    rows = [
        ["Paper", "Year", "Link", "Read", "Notes"],
        ["Neural Ordinary Differential Equations", "2018", "https://arxiv.org/abs/1806.07366", "yes", "ODEs"],
        ["Attention-Based Models for Speech Recognition", "2015", "", "no", ""],
        ["Pointer Networks", "2015", "", "", ""],
        ["Weekly sync notes", "2024", "", "", ""],
    ]
    # (as a copy that strips spaces and tabs at line ends writes it)
    text = "\n".join("\t".join(row).rstrip("\t") for row in rows) + "\n"
    found = extract_references(text, "tsv").references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1806.07366", "Neural Ordinary Differential Equations"),
        (None, "Attention-Based Models for Speech Recognition"),
        (None, "Pointer Networks"),
    ]


# --- reading lists kept as YAML or JSON -------------------------------------------------------------------------

YAML_LIST = """\
# my queue
owner: someone
sections:
  - name: Vision
    papers:
      - title: "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"
        arxiv: 2103.14030
        status: done
      - title: >-
          Masked Autoencoders Are Scalable
          Vision Learners
        url: https://arxiv.org/pdf/2111.06377v3
        tags: [mae, ssl]
        notes: |
          asymmetric encoder/decoder; 75% masking.
  - name: Optimisation
    papers:
      - title: "Decoupled Weight Decay Regularization"
        authors: [Ilya Loshchilov, Frank Hutter]
        status: todo
      - kind: blog
        title: An overview of gradient descent optimization algorithms
        url: https://www.ruder.io/optimizing-gradient-descent/
      - title: 'Lookahead Optimizer: k steps forward, 1 step back'
        id: 1907.08610
"""


def test_a_yaml_reading_list_gives_its_entries_at_any_depth_with_their_fields() -> None:
    extraction = extract_document(YAML_LIST, "queue.yaml")
    assert extraction.shape == "yaml"
    assert [(r.arxiv_id, r.title) for r in extraction.references] == [
        ("2103.14030", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"),
        ("2111.06377", "Masked Autoencoders Are Scalable Vision Learners"),
        (None, "Decoupled Weight Decay Regularization"),
        ("1907.08610", "Lookahead Optimizer: k steps forward, 1 step back"),
    ]  # (`2103.14030` is an id, not the float 2103.1403; a blog post and the sections are no papers)
    swin, mae, adamw, _ = extraction.references
    assert (swin.line, mae.line) == (6, 9)
    assert mae.summary.startswith("asymmetric encoder/decoder")
    assert adamw.authors == "Ilya Loshchilov, Frank Hutter"


def test_a_json_reading_list_is_read_like_yaml_and_other_json_as_text() -> None:
    listing = json.dumps(
        {
            "list": [
                {"paper": "Denoising Diffusion Implicit Models", "link": "https://arxiv.org/abs/2010.02502"},
                {"paper": "Elucidating the Design Space of Diffusion-Based Generative Models", "year": 2022},
                {"paper": "diffusers", "link": "https://github.com/huggingface/diffusers", "type": "repo"},
            ]
        },
        indent=2,
    )
    extraction = extract_document(listing, "papers.json")
    assert [(r.arxiv_id, r.title) for r in extraction.references] == [
        ("2010.02502", "Denoising Diffusion Implicit Models"),
        (None, "Elucidating the Design Space of Diffusion-Based Generative Models"),
    ]
    chat = json.dumps({"messages": [{"from": "kai", "text": "read https://arxiv.org/abs/2010.02502 today"}]})
    assert [r.arxiv_id for r in extract_document(chat, "export.json").references] == ["2010.02502"]


def test_a_type_field_saying_blog_or_repo_leaves_the_whole_entry_out() -> None:
    found = refs(
        """\
        # Queue

        ### 1
        - Title: Neural Discrete Representation Learning
        - Type: paper
        - Link: https://arxiv.org/abs/1711.00937

        ### 2
        - Title: Understanding VQ-VAE and the Codebook Collapse Problem
        - Type: blog
        - Link: https://example.org/vq-vae-explained

        ### 3
        - Title: Taming Transformers for High-Resolution Image Synthesis
        - Kind: Repo
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1711.00937", "Neural Discrete Representation Learning")
    ]


# --- note-taking outlines: Logseq pages ---------------------------------------------------------------------------

LOGSEQ = (
    "title:: GNN reading group\n"
    "tags:: [[reading list]], [[graphs]]\n"
    "\n"
    "- ## Week 1\n"
    "\t- DONE [[Semi-Supervised Classification with Graph Convolutional Networks]]\n"
    "\t  id:: 64f0c2aa-1b2c-4d5e-8f90-a1b2c3d4e5f6\n"
    "\t  type:: [[paper]]\n"
    "\t  authors:: [[Thomas N. Kipf]], [[Max Welling]]\n"
    "\t  url:: https://arxiv.org/abs/1609.02907\n"
    "\t\t- spectral motivation, first-order approximation\n"
    "\t- TODO [[Graph Attention Networks]]\n"
    "\t  type:: [[paper]]\n"
    "\t  arxiv:: 1710.10903\n"
    "- ## Week 2\n"
    "\t- DOING [[Inductive Representation Learning on Large Graphs]]\n"
    "\t  venue:: NeurIPS 2017\n"
    "\t  presenter:: [[Ana]]\n"
    "\t- LATER [[Neural Message Passing for Quantum Chemistry]]\n"
    "\t  type:: [[paper]]\n"
    "\t- NOW [[Deep Sets]]\n"
    "\t  venue:: NeurIPS 2017\n"
    "\t- [[Distill]]'s gentle introduction to GNNs is a good warm-up #blog\n"
)


def test_a_logseq_outline_gives_its_blocks_papers_by_their_properties() -> None:
    found = refs(LOGSEQ, "markdown")
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1609.02907", "Semi-Supervised Classification with Graph Convolutional Networks"),
        ("1710.10903", "Graph Attention Networks"),
        (None, "Inductive Representation Learning on Large Graphs"),
        (None, "Neural Message Passing for Quantum Chemistry"),
        (None, "Deep Sets"),
    ]  # (never the page's own `title::`)
    assert found[0].authors == "Thomas N. Kipf, Max Welling"


def test_a_logseq_pages_properties_name_the_paper_the_page_is_about() -> None:
    page = "title:: Deep Sets\narxiv:: 1703.06114\ntags:: [[paper]]\n\n- permutation invariance\n"
    assert [(r.arxiv_id, r.title) for r in refs(page, "markdown")] == [("1703.06114", "Deep Sets")]


@pytest.mark.parametrize(
    "category", ["Vision:", "Self-supervised learning", "Contrastive Methods for Visual Representations"]
)
def test_sub_items_under_a_category_item_are_entries_of_their_own(category: str) -> None:
    found = refs(
        f"""\
        # Picks

        - {category}
          - A Simple Framework for Contrastive Learning of Visual Representations (Chen et al., ICML 2020)
          - Momentum Contrast for Unsupervised Visual Representation Learning, He et al., CVPR 2020
        - Emerging Properties in Self-Supervised Vision Transformers
          - the DINO paper; attention maps segment objects
          - read with the iBOT follow-up
        """,
        "markdown",
    )
    assert [r.title for r in found][:2] == [
        "A Simple Framework for Contrastive Learning of Visual Representations",
        "Momentum Contrast for Unsupervised Visual Representation Learning",
    ]
    assert category.rstrip(":") not in [r.title for r in found]


ARXIV_LISTING_PAGE = """<!DOCTYPE html><html><head><title>Computation and Language new submissions</title></head><body>
<div id='dlpage'><h1>Computation and Language</h1>
<dl id='articles'>
<h3>New submissions (showing 1 of 1 entries)</h3>
<dt><a name='item1'>[1]</a> <a href ="/abs/2307.09288" title="Abstract" id="2307.09288">arXiv:2307.09288</a>
 [<a href="/pdf/2307.09288" title="Download PDF">pdf</a>, <a href="/format/2307.09288">other</a>]</dt>
<dd><div class='meta'>
 <div class='list-title mathjax'><span class='descriptor'>Title:</span> Llama 2: Open Foundation and Fine-Tuned Chat Models</div>
 <div class='list-authors'><a href="https://arxiv.org/search/cs?searchtype=author&amp;query=Touvron,+H">Hugo Touvron</a>, <a href="https://arxiv.org/search/cs?searchtype=author&amp;query=Martin,+L">Louis Martin</a></div>
 <div class='list-subjects'><span class='descriptor'>Subjects:</span> <span class="primary-subject">Computation and Language (cs.CL)</span></div>
</div></dd>
<h3>Replacement submissions (showing 1 of 1 entries)</h3>
<dt><a name='item2'>[2]</a> <a href ="/abs/2303.08774" title="Abstract" id="2303.08774">arXiv:2303.08774</a> (replaced)
 [<a href="/pdf/2303.08774" title="Download PDF">pdf</a>]</dt>
<dd><div class='meta'>
 <div class='list-title mathjax'><span class='descriptor'>Title:</span> GPT-4 Technical Report</div>
 <div class='list-authors'><a href="https://arxiv.org/search/cs?searchtype=author&amp;query=OpenAI">OpenAI</a></div>
 <div class='list-subjects'><span class='descriptor'>Subjects:</span> <span class="primary-subject">Computation and Language (cs.CL)</span>; Artificial Intelligence (cs.AI)</div>
</div></dd>
</dl></div></body></html>
"""


def test_an_arxiv_listing_page_saved_as_html_gives_every_record_not_its_section_headings() -> None:
    text, _ = decode_digest(ARXIV_LISTING_PAGE.encode(), "new.html")
    found = extract_document(text, "new.html", html=True).references
    assert [(r.arxiv_id, r.title, r.category) for r in found] == [
        ("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models", "cs.CL"),
        ("2303.08774", "GPT-4 Technical Report", "cs.CL"),
    ]
    assert found[0].authors == "Hugo Touvron, Louis Martin"


# --- digests in other languages: their quotation marks, their `et al.`, a letter's sign-off ----------------------


@pytest.mark.parametrize(
    ("quoted", "cited"),
    [
        ("«Denoising Diffusion Implicit Models»", "(Song и др., 2020)"),
        ("« Denoising Diffusion Implicit Models »", "(Song et coll., 2020)"),
        ("„Denoising Diffusion Implicit Models“", "(Song u. a., 2020)"),
        ("»Denoising Diffusion Implicit Models«", "(Song et al., 2020)"),
    ],
)
def test_a_title_in_another_languages_quotation_marks_is_quoted(quoted: str, cited: str) -> None:
    text, _ = decode_digest(
        f"Lisez aussi {quoted} {cited} pour l'échantillonnage rapide.\n".encode(), "n.txt"
    )
    assert [r.title for r in extract_references(text, "text").references] == [
        "Denoising Diffusion Implicit Models"
    ]


def test_a_letters_sign_off_above_the_names_that_sign_it_is_no_title() -> None:
    text = "Voilà pour cette semaine !\n\nBis nächste Woche,\nAnna & Jonas\n"
    assert extract_references(text, "markdown").references == ()
    assert extract_references(text, "text").references == ()


def test_a_tables_code_column_and_star_badges_do_not_make_its_unlinked_titles_web_pages() -> None:
    found = refs(
        """\
        ## 检测

        | 论文 | 会议 | 代码 | 备注 |
        |:---|:---:|:---:|:---|
        | End-to-End Object Detection with Transformers | ECCV 2020 | [![stars](https://img.shields.io/github/stars/facebookresearch/detr?style=social)](https://github.com/facebookresearch/detr) | **DETR** |
        | **Focal Loss for Dense Object Detection** | ICCV 2017 | [官方](https://github.com/facebookresearch/Detectron) | 难例加权 |
        | YOLO 系列解读 | 博客 | - | [知乎专栏](https://zhuanlan.zhihu.com/p/94986199) |
        """,
        "markdown",
    )
    assert [(r.title, r.code_url) for r in found] == [
        ("End-to-End Object Detection with Transformers", "https://github.com/facebookresearch/detr"),
        ("Focal Loss for Dense Object Detection", "https://github.com/facebookresearch/Detectron"),
    ]


# --- lecture slides: a numbered lecture, short citations then titles, a quotation and who said it ---------------

SLIDES = """\
---
marp: true
---

# Lecture 4
## Generative models

---

## GANs

- **DCGAN** — Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks (Radford et al., ICLR 2016)

> "GANs were notoriously hard to train" — Salimans et al., 2016

---

## References

- Goodfellow et al., NeurIPS 2014 — Generative Adversarial Nets
- Kingma & Welling, ICLR 2014 — Auto-Encoding Variational Bayes. https://arxiv.org/abs/1312.6114
- Arjovsky et al., ICML 2017
- Chris Olah, "Conv Nets: A Modular Perspective" (blog)
"""


def test_lecture_slides_give_their_references_and_cited_titles_but_no_quotation() -> None:
    found = refs(SLIDES, "markdown")
    assert (
        [(r.arxiv_id, r.title) for r in found]
        == [
            (
                None,
                "Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks",
            ),
            (None, "Generative Adversarial Nets"),
            ("1312.6114", "Auto-Encoding Variational Bayes"),
        ]
    )  # (a numbered lecture's items may be papers; a quotation, a citation without a title and a blog are not)


# --- threads: posts that name papers inside their sentences ---------------------------------------------------------

THREAD = """\
Nora Lind
@nora@sigmoid.social
CW: thread 1/4

1/ Reading list for the optimisation seminar, one paper per post 👇

2/ First, obviously: "Visualizing the loss landscape of neural nets" (Li, Xu, Taylor, Studer, Goldstein). The filter-normalised plots are the whole point.

3/ Schedules week. SGDR: Stochastic Gradient Descent with Warm Restarts (Loshchilov & Hutter, 2017) is still the paper I send to students first.

4/ For contrast, "On Large-Batch Training for Deep Learning: Generalization Gap and Sharp Minima" by Keskar, Mudigere & Nocedal. Not papers but good: the "Deep Learning Book" chapter 8.

Mar 4, 2024, 09:12
3 boosts · 10 favourites
"""


def test_a_threads_posts_give_the_titles_quoted_or_cited_inside_their_sentences() -> None:
    titles = [r.title for r in refs(THREAD, "text")]
    assert titles == [
        "Visualizing the loss landscape of neural nets",
        "SGDR: Stochastic Gradient Descent with Warm Restarts",
        "On Large-Batch Training for Deep Learning: Generalization Gap and Sharp Minima",
    ]  # (never `First, obviously: ...`, `Schedules week`, or a book's chapter)


def test_an_anthology_volume_page_gives_its_papers_not_its_volumes() -> None:
    found = refs(
        """\
        Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics
        Dan Jurafsky | Joyce Chai | Natalie Schluter | Joel Tetreault

        pdf bib
        Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics
        Dan Jurafsky | Joyce Chai | Natalie Schluter | Joel Tetreault

        pdf bib abs
        BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension
        Mike Lewis | Yinhan Liu | Naman Goyal | Marjan Ghazvininejad | Abdelrahman Mohamed | Omer Levy

        pdf bib abs
        Don't Stop Pretraining: Adapt Language Models to Domains and Tasks
        Suchin Gururangan | Ana Marasović | Swabha Swayamdipta | Kyle Lo | Iz Beltagy | Doug Downey | Noah A. Smith
        """,
        "text",
    )
    assert [r.title for r in found] == [
        "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and "
        "Comprehension",
        "Don't Stop Pretraining: Adapt Language Models to Domains and Tasks",
    ]
    assert found[0].authors is not None
    assert found[0].authors.startswith("Mike Lewis, Yinhan Liu, Naman Goyal")


def test_a_channel_post_of_emoji_fields_gives_its_title_by_the_authors_below() -> None:
    post = (
        "Efficient LLM Papers ⚡️\n"
        "📝 SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models\n"
        "👤 Xiao, Lin, Seznec, Wu, Demouth, Han · ICML 2023\n"
        "💻 https://github.com/mit-han-lab/smoothquant\n"
        "\n"
        "Migrate the outliers from activations to weights. Link in comments.\n"
        "👁 4.1K  09:00\n"
    )
    assert [r.title for r in refs(post, "text")] == [
        "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models"
    ]


def test_the_text_of_the_papers_own_link_names_it_over_the_words_before_it() -> None:
    found = refs(
        """\
        ## Exercises

        - Exercise 2.1: Train the baseline for one epoch.
        - Exercise 2.2 (optional): Compare with QLoRA — [Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314).
        - LoRA: Low-Rank Adaptation of Large Language Models — [arXiv](https://arxiv.org/abs/2106.09685)
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2305.14314", "Efficient Finetuning of Quantized LLMs"),
        ("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models"),
    ]  # (a link word, `arXiv`, names nothing)


# --- emails saved from a mail client: MIME parts, quoted-printable and base64 -----------------------------------


def _mail(plain: str | None, html: str | None, encoding: str) -> bytes:
    from email import policy
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Papers of the week"
    message["From"] = "Digest <digest@example.org>"
    message["Date"] = "Mon, 04 Mar 2024 09:00:00 +0000"
    if plain is not None:
        message.set_content(plain, cte=encoding)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html", cte=encoding)
        else:
            message.add_alternative(html, subtype="html", cte=encoding)
    return message.as_bytes(policy=policy.SMTP)


def test_a_saved_email_is_read_as_the_message_its_client_shows() -> None:
    plain = (
        "This week:\n\n"
        "1. Segment Anything — https://arxiv.org/abs/2304.02643\n"
        "2. Scaling Vision Transformers to 22 Billion Parameters — a very long line that a quoted-printable"
        " encoder has to break with soft line breaks arXiv:2302.05442\n"
    )
    html = (
        "<html><body><p>This week:</p><ul>"
        '<li><a href="https://arxiv.org/abs/2304.02643">Segment Anything</a></li>'
        '<li><a href="https://arxiv.org/abs/2302.05442">Scaling Vision Transformers to 22 Billion Parameters</a>'
        "</li></ul></body></html>"
    )
    expected = [
        ("2304.02643", "Segment Anything"),
        ("2302.05442", "Scaling Vision Transformers to 22 Billion Parameters"),
    ]
    for data in (
        _mail(plain, html, "quoted-printable"),
        _mail(None, html, "base64"),
        _mail(plain, None, "base64"),
    ):
        text, encoding = decode_digest(data, "digest.eml")
        assert encoding.startswith(("mail/", "html/mail/"))
        assert "=E2=80=94" not in text  # (quoted-printable decoded)
        assert "Content-Transfer-Encoding" not in text
        found = extract_document(text, "digest.eml", html=encoding.startswith("html/")).references
        assert [(r.arxiv_id, r.title) for r in found] == expected, encoding


def test_a_page_saved_as_mhtml_is_read_as_its_page() -> None:
    html = (
        "<html><body><h1>Reading group</h1><ul><li>"
        '<a href=3D"https://arxiv.org/abs/2006.11239">Denoising Diffusion Proba=\r\nbilistic Models</a>'
        "</li></ul></body></html>"
    )  # (quoted-printable: `=3D` is `=`, a line ending `=` goes on, unbroken, on the next)
    data = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/rg\r\nSubject: Reading group\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n'
        "----b--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{html}\r\n----b----\r\n"
    ).encode()
    text, encoding = decode_digest(data, "rg.mhtml")
    found = extract_document(text, "rg.mhtml", html=encoding.startswith("html/")).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2006.11239", "Denoising Diffusion Probabilistic Models")
    ]


@pytest.mark.parametrize("shape", ["text", "markdown"])
def test_numbered_lines_of_title_authors_venue_a_title_may_end_with_its_question_mark(shape: str) -> None:
    found = refs(
        """\
        Reading list

        1. Do ImageNet Classifiers Generalize to ImageNet? Recht, Roelofs, Schmidt, Shankar. ICML 2019.
        2. Deep Residual Learning for Image Recognition. He, Zhang, Ren, Sun. arXiv 2015.
        3. How Powerful are Graph Neural Networks? Xu, Hu, Leskovec, Jegelka. ICLR 2019.
        """,
        shape,
    )
    assert [r.title for r in found] == [
        "Do ImageNet Classifiers Generalize to ImageNet?",
        "Deep Residual Learning for Image Recognition",
        "How Powerful are Graph Neural Networks?",
    ]


def test_a_schedule_copied_from_a_document_with_tabs_gives_each_rows_paper() -> None:
    schedule = (
        "SCHEDULE\n\n"
        "Week 1 (Sep 25)\tPresenter: Kim\tPaper: Kickoff + logistics, pick dates\t—\n"
        "Week 2 (Oct 2)\tPresenter: Lee\tPaper: Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement"
        " Learning with a Stochastic Actor\thttps://arxiv.org/abs/1801.01290\n"
        "Week 3 (Oct 9)\tPresenter: TBD\tPaper: TBD\t\n"
        "Week 4 (Oct 16)\tPresenter: Ada\tPaper: A Neural Conversational Model\t(Vinyals & Le, 2015)\n"
        'Week 5 (Oct 23)\tguest\tTalk: "Learning from play, at scale"\tno reading\n\n'
        "BACKUP\n\n"
        "Conservative Q-Learning for Offline Reinforcement Learning\t2006.04779\t(for the offline RL crowd)\n"
    )
    found = refs(schedule, "text")
    assert [(r.arxiv_id, r.title) for r in found] == [
        (
            "1801.01290",
            "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor",
        ),
        (None, "A Neural Conversational Model"),
        ("2006.04779", "Conservative Q-Learning for Offline Reinforcement Learning"),
    ]  # (never a placeholder, a meeting's logistics or a talk)


ZOTERO_REPORT = """<!DOCTYPE html><html><head><title>Zotero Report</title></head><body><ul class="report">
<li class="item preprint"><h2>Learning Transferable Visual Models From Natural Language Supervision</h2>
<table><tr><th>Item Type</th><td>Preprint</td></tr><tr><th class="author">Author</th><td>Alec Radford</td></tr>
<tr><th class="author">Author</th><td>Jong Wook Kim</td></tr><tr><th>Date</th><td>2021-02-26</td></tr>
<tr><th>URL</th><td><a href="http://arxiv.org/abs/2103.00020">http://arxiv.org/abs/2103.00020</a></td></tr>
<tr><th>Extra</th><td>arXiv:2103.00020 [cs]</td></tr></table>
<h3>Tags:</h3><ul class="tags"><li>Computer Science - Computer Vision and Pattern Recognition</li><li>to-read</li></ul></li>
<li class="item conferencePaper"><h2>Momentum Contrast for Unsupervised Visual Representation Learning</h2>
<table><tr><th>Item Type</th><td>Conference Paper</td></tr><tr><th class="author">Author</th><td>Kaiming He</td></tr>
<tr><th>Date</th><td>2020</td></tr><tr><th>Proceedings Title</th><td>Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition</td></tr>
<tr><th>Conference Name</th><td>CVPR</td></tr><tr><th>Pages</th><td>9729-9738</td></tr></table></li>
<li class="item book"><h2>Deep Learning</h2>
<table><tr><th>Item Type</th><td>Book</td></tr><tr><th class="author">Author</th><td>Ian Goodfellow</td></tr>
<tr><th>Publisher</th><td>MIT Press</td></tr><tr><th>Date</th><td>2016</td></tr></table></li>
<li class="item webpage"><h2>The Illustrated Transformer</h2>
<table><tr><th>Item Type</th><td>Web Page</td></tr><tr><th class="author">Author</th><td>Jay Alammar</td></tr>
<tr><th>URL</th><td><a href="https://jalammar.github.io/illustrated-transformer/">https://jalammar.github.io/illustrated-transformer/</a></td></tr></table></li>
</ul></body></html>
"""


def test_a_reference_managers_report_gives_each_item_by_its_heading_and_field_table() -> None:
    text, _ = decode_digest(ZOTERO_REPORT.encode(), "report.html")
    found = extract_document(text, "report.html", html=True).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2103.00020", "Learning Transferable Visual Models From Natural Language Supervision"),
        (None, "Momentum Contrast for Unsupervised Visual Representation Learning"),
    ]  # (a book, a web page and the tags are no papers)
    assert found[0].authors == "Alec Radford, Jong Wook Kim"


NEWSLETTER_CARDS = """<html><body><h1>Notes #12</h1><p>Hi friends,</p>
<h3>Neural Machine Translation of Rare Words with Subword Units</h3><p>Sennrich, Haddow, Birch · ACL 2016</p>
<p>Byte-pair encoding for open-vocabulary translation.</p><p><a href="https://arxiv.org/abs/1508.07909">Read paper →</a></p>
<h3>Sequence Level Training with Recurrent Neural Networks</h3><p>Marc'Aurelio Ranzato · 2016</p>
<p>Exposure bias, and a REINFORCE fix for it.</p><p><a href="https://arxiv.org/abs/1511.06732">Read paper →</a></p>
<h2>Quick hits</h2><ul>
<li>Layer Normalization (Ba, Kiros & Hinton) — the one you use every day.</li>
<li>Attention Is All You Need (Vaswani, Shazeer, Parmar et al.) — you know this one.</li>
</ul><p>See you next week,<br>Sam</p></body></html>
"""


def test_a_newsletters_cards_and_quick_hits_name_their_papers() -> None:
    text, _ = decode_digest(NEWSLETTER_CARDS.encode(), "notes.html")
    found = extract_document(text, "notes.html", html=True).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1508.07909", "Neural Machine Translation of Rare Words with Subword Units"),
        ("1511.06732", "Sequence Level Training with Recurrent Neural Networks"),
        (None, "Layer Normalization"),
        (None, "Attention Is All You Need"),
    ]  # (a card's one-author line is no title; the authors in parentheses are no part of one)


README_HTML = """<h1 align="center">Awesome Segmentation</h1>

<p align="center"><img src="https://img.shields.io/badge/PRs-welcome-green.svg"></p>

<details open>
<summary><h2>Transformers</h2></summary>

<table>
  <tr>
    <th>Paper</th>
    <th>Code</th>
  </tr>
  <tr>
    <td><a href="https://arxiv.org/abs/2105.15203">SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers</a></td>
    <td><a href="https://github.com/NVlabs/SegFormer">PyTorch</a></td>
  </tr>
  <tr>
    <td>Masked-attention Mask Transformer for Universal Image Segmentation</td>
    <td><a href="https://github.com/facebookresearch/Mask2Former">PyTorch</a></td>
  </tr>
</table>

</details>

<details>
<summary><h2>ConvNets</h2></summary>

- **Pyramid Scene Parsing Network** — CVPR 2017 · [[code]](https://github.com/hszhao/PSPNet)
- **Fully Convolutional Networks for Semantic Segmentation** — CVPR Workshops 2015 · [[code]](https://github.com/shelhamer/fcn.berkeleyvision.org)

</details>
"""


def test_a_readme_of_html_blocks_between_markdown_is_read_as_both() -> None:
    text, encoding = decode_digest(README_HTML.encode(), "README.md")
    assert not encoding.startswith("html/")  # (Markdown with HTML in it, not a page)
    assert len(text.split("\\n")) == len(README_HTML.split("\\n"))  # (each line where the file has it)
    found = extract_document(text, "README.md").references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2105.15203", "SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers"),
        (None, "Masked-attention Mask Transformer for Universal Image Segmentation"),
        (None, "Pyramid Scene Parsing Network"),
        (None, "Fully Convolutional Networks for Semantic Segmentation"),
    ]  # (a venue with its code link is a paper with its code)
    assert found[2].code_url == "https://github.com/hszhao/PSPNet"


def test_a_title_named_in_prose_without_quotes_by_its_shape() -> None:
    post = (
        "Question\n\n"
        "I've read the Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks paper, but which backbone?\n\n"
        "Reply\n\n"
        "For long contexts there is a known effect — Lost in the Middle: How Language Models Use Long Contexts.\n\n"
        "The keynote, Beyond Accuracy: Measuring What Matters in Production Systems, was great.\n"
        "Course STAT 946: Topics in Deep Learning for Everyone starts Monday.\n"
    )
    assert [r.title for r in refs(post, "text")] == [
        "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
        "Lost in the Middle: How Language Models Use Long Contexts",
    ]  # (a talk's and a course's names are no papers)


def test_a_videos_chapters_name_their_papers_after_the_time() -> None:
    description = (
        "本期视频精读三篇论文，欢迎三连！\n\n"
        "时间轴：\n"
        "00:00 开场\n"
        "02:10 Language Models are Few-Shot Learners —— GPT-3 为什么重要\n"
        "15:42 Emergent Abilities of Large Language Models（涌现能力）\n"
        "1:02:10 - Chain-of-Thought Prompting Elicits Reasoning in Large Language Models\n"
        "1:20:00 总结\n"
    )
    assert [r.title for r in refs(description, "text")] == [
        "Language Models are Few-Shot Learners",
        "Emergent Abilities of Large Language Models",
        "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
    ]


def test_a_spanish_posts_referencias_and_a_post_tagged_papers_is_no_paper_itself() -> None:
    post = """\
---
title: "Transformers explicados: de la atención a los LLM"
tags: ["papers", "explicado"]
---

# Transformers explicados: de la atención a los LLM

Un repaso de los artículos clave.

## Referencias

Bahdanau, D., Cho, K. y Bengio, Y. (2015). Neural Machine Translation by Jointly Learning to Align and Translate. En *ICLR*.

Vaswani, A., Shazeer, N., Parmar, N. y Uszkoreit, J. (2017). Attention Is All You Need. En *NeurIPS*.
"""
    assert [r.title for r in refs(post, "markdown")] == [
        "Neural Machine Translation by Jointly Learning to Align and Translate",
        "Attention Is All You Need",
    ]


def test_a_latex_footnote_cites_its_paper_by_title_and_venue() -> None:
    slide = (
        "\\begin{frame}{Efficient attention}\n"
        "  Linformer\\footnote{Linformer: Self-Attention with Linear Complexity, arXiv 2020} projects keys.\n"
        "  Reformer\\footnote{Reformer: The Efficient Transformer, ICLR 2020} hashes them.\n"
        "  See also\\footnote{\\url{https://example.org/notes}}.\n"
        "\\end{frame}\n"
    )
    assert [r.title for r in refs(slide, "text")] == [
        "Linformer: Self-Attention with Linear Complexity",
        "Reformer: The Efficient Transformer",
    ]


def test_a_quoted_name_the_words_before_call_a_blog_post_or_a_video_is_no_paper() -> None:
    post = (
        "# 状態空間モデル入門\n\n"
        "論文「Efficiently Modeling Long Sequences with Structured State Spaces」が出発点です。\n\n"
        "実装はブログ記事「The Annotated Transformer Explained Line by Line」がおすすめです。\n"
        "也可以看视频《Attention Is All You Need 逐段精读》。\n"
    )
    assert [r.title for r in refs(post, "markdown")] == [
        "Efficiently Modeling Long Sequences with Structured State Spaces"
    ]


def test_a_sheets_arxiv_column_of_bare_ids_and_its_type_column() -> None:
    sheet = (
        "Paper,arXiv,Type,Notes\n"
        "Big Bird: Transformers for Longer Sequences,2007.14062v2,paper,sparse attention\n"
        "Rethinking Attention with Performers,2009.14794,paper,\n"
        "Long context eval sheet (internal),,other,see the team drive\n"
        '"Legend: Type = paper / blog / talk. Keep ids without the ""arXiv:"" prefix",,,\n'
    )
    found = extract_references(sheet, "csv").references
    assert [(r.arxiv_id, r.version, r.title) for r in found] == [
        ("2007.14062", 2, "Big Bird: Transformers for Longer Sequences"),
        ("2009.14794", None, "Rethinking Attention with Performers"),
    ]


def test_a_feed_emails_tracking_links_lead_to_their_papers_and_its_authors_lines_end_with_a_count() -> None:
    mail = (
        "Here are 2 new recommendations for your feed.\n\n"
        "1. Rethinking Pre-training and Self-training\n"
        "   Barret Zoph, Golnaz Ghiasi, Tsung-Yi Lin, +4 authors\n"
        "   Neural Information Processing Systems · 2020\n"
        "   View paper: https://alert.example.org/ls/click?upn=u001&rank=1&url=https%3A%2F%2Farxiv.org%2Fabs%2F2006.06882\n\n"
        "2. Meta Pseudo Labels\n"
        "   Hieu Pham, Zihang Dai, Qizhe Xie, +1 author\n"
        "   Computer Vision and Pattern Recognition · 2021\n"
        "   View paper: https://alert.example.org/ls/click?upn=u001&rank=2&url=https%3A%2F%2Farxiv.org%2Fabs%2F2003.10580\n"
    )
    text, _ = decode_digest(mail.encode(), "feed.txt")
    found = extract_references(text, "text").references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2006.06882", "Rethinking Pre-training and Self-training"),
        ("2003.10580", "Meta Pseudo Labels"),
    ]


BLOG_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Lab notes</title>
<item><title>Why our model forgets, and what we tried</title>
<link>https://lab.example.org/2024/05/forgetting/</link>
<description>&lt;p&gt;This week we read &lt;a href=&quot;https://arxiv.org/abs/1612.00796&quot;&gt;Overcoming catastrophic forgetting in neural networks&lt;/a&gt; (Kirkpatrick et al., PNAS 2017). &lt;a href=&quot;https://lab.example.org/2024/05/forgetting/&quot;&gt;Continue reading&lt;/a&gt;&lt;/p&gt;</description>
</item>
<item><title>Slides from our meetup</title>
<link>https://lab.example.org/2024/05/meetup/</link>
<content:encoded><![CDATA[<p>Slides are on the <a href="https://lab.example.org/events/">events page</a>. We also discussed the <a href="https://openreview.net/pdf?id=rJl-b3RcF7">OpenReview version</a> of the lottery ticket paper.</p>]]></content:encoded>
</item>
</channel></rss>
"""


def test_a_blogs_feed_gives_the_papers_its_posts_name_not_its_posts() -> None:
    text, _ = decode_digest(BLOG_FEED.encode(), "feed.xml")
    found = extract_document(text, "feed.xml").references
    assert [(r.arxiv_id, r.openreview_id, r.title) for r in found] == [
        ("1612.00796", None, "Overcoming catastrophic forgetting in neural networks"),
        (None, "rJl-b3RcF7", None),
    ]  # (the posts' own titles are no papers; `OpenReview version` is where the link goes, not a title)


def test_a_groups_news_page_names_talks_and_theses_not_papers() -> None:
    news = """\
# News

**Sep 12** — Ana defended her PhD thesis, *"Learning Object-Centric Representations for Robot Manipulation"*.

**Jun 28** — Prof. Rao gave a keynote titled "What Makes In-Context Learning Work at Scale?" in Copenhagen.

**Jan 22** — Invited talk by Dr. Costa (Lisbon): "Why Benchmarks Saturate, and What to Do About It".

**Jan 10** — Our reading group read "Dropout: A Simple Way to Prevent Neural Networks from Overfitting" (Srivastava et al., JMLR 2014).
"""
    assert [r.title for r in refs(news, "markdown")] == [
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting"
    ]


def test_plain_bibtex_style_references_and_a_bold_arxiv_label() -> None:
    found = refs(
        """\
        ## Bibliography

        [HS97] Sepp Hochreiter and Jürgen Schmidhuber. Long short-term memory. Neural computation, 9(8):1735–1780, 1997.

        [GFG06] Alex Graves, Santiago Fernández, Faustino Gomez, and Jürgen Schmidhuber. Connectionist temporal classification: labelling unsegmented sequence data with recurrent neural networks. In Proceedings of the 23rd International Conference on Machine Learning, 369–376. 2006.

        ## Next week

        **arXiv:** 1409.0473
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Long short-term memory"),
        (
            None,
            "Connectionist temporal classification: labelling unsegmented sequence data with recurrent neural networks",
        ),
        ("1409.0473", None),
    ]


def test_flashcards_and_posts_name_papers_the_bold_title_paper_way_and_cited_in_a_sentence() -> None:
    cards = (
        "#separator:tab\n"
        "a1\tBasic\tWhat does the <b>Consistency Models</b> paper propose?\tOne-step generation.\n"
        "a2\tBasic\tWhy is the learning rate warmup needed?\tStability.\n"
    )
    text, _ = decode_digest(cards.encode(), "deck.txt")
    assert [r.title for r in refs(text, "text")] == ["Consistency Models"]
    post = (
        "3/9 Start with the Neural Ordinary Differential Equations (Chen, Rubanova, Bettencourt et al.) and then"
        " the adjoint method section.\n"
    )
    assert [r.title for r in refs(post, "text")] == ["Neural Ordinary Differential Equations"]


def test_a_sphinx_bibliography_of_plain_style_entries_under_a_numbered_heading() -> None:
    page = (
        "## 7.4. Bibliography#\n\n"
        "HS97\n\n"
        "Sepp Hochreiter and Jürgen Schmidhuber. Long short-term memory. Neural Computation, 9(8):1735–1780, 1997.\n\n"
        "VSP+17\n\n"
        "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N Gomez, Łukasz Kaiser, and"
        " Illia Polosukhin. Attention is all you need. In I. Guyon and U. Von Luxburg, editors, Advances in Neural"
        " Information Processing Systems, volume 30. Curran Associates, Inc., 2017.\n\n"
        "GFGS06\n\n"
        "Alex Graves, Santiago Fernández, Faustino Gomez, and Jürgen Schmidhuber. Connectionist temporal"
        " classification. In Proceedings of the 23rd ICML, 369–376. New York, NY, USA, 2006. Association for"
        " Computing Machinery.\n"
    )
    assert [r.title for r in refs(page, "markdown")] == [
        "Long short-term memory",
        "Attention is all you need",
        "Connectionist temporal classification",
    ]  # (never the publisher after a late year, `Association for Computing Machinery`)


def test_a_title_named_in_a_sentence_then_by_its_authors() -> None:
    post = (
        "Notes\n\n"
        "Tobias presented Overcoming Catastrophic Forgetting in Neural Networks by Kirkpatrick, Pascanu and"
        " Rabinowitz last week.\n\n"
        "Then we read the survey by Smith and Jones on replay.\n"
    )
    assert [r.title for r in refs(post, "text")] == ["Overcoming Catastrophic Forgetting in Neural Networks"]


def test_references_of_authors_a_dash_then_the_title_and_a_quoted_title_to_read() -> None:
    found = refs(
        """\
        References

        [1] K. He, X. Zhang, S. Ren, J. Sun — Deep Residual Learning for Image Recognition (CVPR 2016)
        [2] T.-Y. Lin, P. Goyal, R. Girshick, K. He, P. Dollár — Focal Loss for Dense Object Detection (ICCV 2017)
        """,
        "text",
    )
    assert [r.title for r in found] == [
        "Deep Residual Learning for Image Recognition",
        "Focal Loss for Dense Object Detection",
    ]
    thread = '4/9 For graphs, read "How Powerful are Graph Neural Networks?" (the answer: as powerful as the WL test).\n'
    assert [r.title for r in refs(thread, "text")] == ["How Powerful are Graph Neural Networks?"]


def test_a_backlog_items_title_then_its_authors_then_the_writers_words() -> None:
    found = refs(
        """\
        - ▸ Backlog (not read yet)
            - Sequence to Sequence Learning with Neural Networks, Sutskever et al. 2014 — the seq2seq baseline
            - Neural Machine Translation by Jointly Learning to Align and Translate, Bahdanau et al. 2015 — attention
        """,
        "markdown",
    )
    assert [(r.title, r.authors) for r in found] == [
        ("Sequence to Sequence Learning with Neural Networks", "Sutskever et al. 2014"),
        ("Neural Machine Translation by Jointly Learning to Align and Translate", "Bahdanau et al. 2015"),
    ]


def test_an_id_alone_on_its_line_takes_the_title_below_it_never_the_record_above() -> None:
    page = (
        "Trending\n\n"
        "1\n▲ 1.2k\narXiv:2310.06825\nMistral 7B\nAlbert Q. Jiang, Alexandre Sablayrolles +5\ncs.CL\n\n"
        "2\n▲ 987\n2309.16609\nQwen Technical Report\nJinze Bai, Shuai Bai +3\ncs.CL\n\n"
        "3\n▲ 911\n2401.04088\nMixtral of Experts\nAlbert Q. Jiang +4\ncs.LG\n"
    )
    assert [(r.arxiv_id, r.title) for r in refs(page, "text")] == [
        ("2310.06825", "Mistral 7B"),
        ("2309.16609", "Qwen Technical Report"),
        ("2401.04088", "Mixtral of Experts"),
    ]


def test_field_labels_in_other_languages() -> None:
    post = (
        "## 1. Suy luận từng bước\n\n"
        "**Bài báo:** Self-Consistency Improves Chain of Thought Reasoning in Language Models\n"
        "**Tác giả:** Xuezhi Wang, Jason Wei và cộng sự\n"
        "**Link:** https://arxiv.org/abs/2203.11171\n"
    )
    (found,) = refs(post, "markdown")
    assert (found.arxiv_id, found.title) == (
        "2203.11171",
        "Self-Consistency Improves Chain of Thought Reasoning in Language Models",
    )


def test_a_posts_headline_and_byline_are_no_paper_and_its_author() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Weekly 12: Robots that read</title></head><body>\n"
        "<h1>Weekly 12: Robots that read</h1>\n<p>By Dana · Apr 29, 2024</p>\n"
        '<p>Read more: <a href="https://arxiv.org/abs/2405.01527">Octo: An Open-Source Generalist Robot Policy</a>.</p>\n'
        "</body></html>\n"
    )
    text, _ = decode_digest(page.encode(), "weekly.html")
    found = extract_document(text, "weekly.html", html=True).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2405.01527", "Octo: An Open-Source Generalist Robot Policy")
    ]


# --- MediaWiki pages; German references; a reference section of paragraphs and a list ----------------------------

WIKI_PAGE = """{{Short description|Neural network architecture}}
{{Infobox software
| name = ResNet
| website = {{URL|https://example.org}}
}}
A '''residual network''' ('''ResNet''') adds [[Shortcut connection|skip connections]] to a deep network.<ref name="he">{{cite conference |last1=He |first1=Kaiming |last2=Zhang |first2=Xiangyu |title=Deep Residual Learning for Image Recognition |conference=CVPR |year=2016 |arxiv=1512.03385}}</ref> Later work normalised the layers,<ref>{{Cite journal |vauthors=Ioffe S, Szegedy C |title=Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift |journal=[[ICML]] |year=2015 |url=https://arxiv.org/abs/1502.03167}}</ref> as the [[Highway network]] had gated them.<ref name="he" />

== History ==
Dropout came first.<ref>{{cite journal |last1=Srivastava |first1=Nitish |title=Dropout: A Simple Way to Prevent Neural Networks from Overfitting |journal=Journal of Machine Learning Research |volume=15 |year=2014 |pages=1929–1958}}</ref> A popular account followed.<ref>{{cite web |title=The Unreasonable Effectiveness of Deep Residual Nets |url=https://example.org/resnets |website=Some Blog}}</ref><ref>{{cite book |last=Goodfellow |first=Ian |title=Deep Learning |publisher=MIT Press |year=2016}}</ref>{{citation needed|date=May 2024}}

== References ==
{{Reflist}}

[[Category:Neural network architectures]]
"""


def test_a_wiki_pages_citation_templates_are_its_references_and_its_markup_no_papers(tmp_path: Path) -> None:
    page = tmp_path / "resnet.wiki"
    page.write_text(WIKI_PAGE, encoding="utf-8")
    (reading,) = read_digests([str(page)])
    assert reading.extraction.shape == "markdown"
    assert [(r.arxiv_id, r.evidence, r.title) for r in reading.extraction.references] == [
        ("1512.03385", Evidence.ARXIV_TEXT, "Deep Residual Learning for Image Recognition"),
        (
            "1502.03167",
            Evidence.ARXIV_LINK,
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
        ),
        (None, Evidence.TITLE_ONLY, "Dropout: A Simple Way to Prevent Neural Networks from Overfitting"),
    ]  # a web page and a book are no papers; the infobox, the headings and the wiki links neither
    assert reading.extraction.references[0].authors == "Kaiming He, Xiangyu Zhang"
    # The same page saved as `.txt` is read the same way: wikitext is told by its content.
    page.rename(tmp_path / "resnet.txt")
    (again,) = read_digests([str(tmp_path / "resnet.txt")])
    assert [r.title for r in again.extraction.references] == [r.title for r in reading.extraction.references]


def test_german_references_and_a_section_of_paragraphs_followed_by_a_list_of_posts() -> None:
    text = """\
    ## Literatur

    Kingma, D. P./Ba, J. (2015): Adam: A Method for Stochastic Optimization. In: International Conference on Learning Representations (ICLR).

    Ioffe, S. u. a. (2015): Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift. In: Proceedings of ICML, verfügbar unter: https://arxiv.org/pdf/1502.03167.pdf (abgerufen am 3.5.2024).

    Müller, K. (2023): Warum Adam manchmal versagt. Beispiel-Blog, verfügbar unter: https://example.org/posts/adam/ (abgerufen am 2.5.2024).

    **Weitere Beiträge**

    - [Tokenizer verstehen](/posts/tokenizer/)
    - [Slurm für Einsteiger](/posts/slurm/)
    """
    found = refs(text, "markdown")
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Adam: A Method for Stochastic Optimization"),
        (
            "1502.03167",
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
        ),
    ]  # each paragraph its own entry (the list below them did not make one entry of all), the blog post none
    assert found[1].line == 5


def test_a_quoted_name_the_sentence_calls_a_blog_post_or_a_video_in_other_languages() -> None:
    text = """\
    # Notizen

    Lesenswert ist „Deep Residual Learning for Image Recognition“ (He u. a., 2016).

    Einen schönen Vergleich gibt es im Blogbeitrag „Understanding Residual Networks in Practice“ von Jane Doe.

    Voir aussi la vidéo « Residual Networks Explained Step by Step » de la chaîne X.
    """
    decoded, _ = decode_digest(textwrap.dedent(text).encode(), "notes.md")  # („“ and « » read as “”)
    found = extract_document(decoded, "notes.md").references
    assert [r.title for r in found] == ["Deep Residual Learning for Image Recognition"]


# --- a calendar; a labelled title with its link alone on the next line ----------------------------------------

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Vision reading group\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20240307T150000Z\r\nSUMMARY:Reading group: ViT (Sam)\r\n"
    "DESCRIPTION:Paper: An Image is Worth 16x16 Words: Transformers for Image Recogn\r\n"
    " ition at Scale\\nhttps://arxiv.org/abs/201\r\n 0.11929\\n\\nPresenter: Sam\\, bring questions\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20240314T150000Z\r\nSUMMARY:Room booking 2.14\r\n"
    "DESCRIPTION:Booked via the faculty system. Booking no. 24-0314-2.\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20240321T150000Z\r\nSUMMARY:Reading group: Swin (Ana)\r\n"
    "DESCRIPTION:<b>Swin Transformer: Hierarchical Vision Transformer using Shifted Windows</b><br>"
    '<a href="https://arxiv.org/abs/2103.14030">ar\r\n Xiv</a>\r\nEND:VEVENT\r\n'
    "END:VCALENDAR\r\n"
)


def test_a_calendar_gives_the_papers_its_events_present(tmp_path: Path) -> None:
    calendar = tmp_path / "group.ics"
    calendar.write_bytes(CALENDAR.encode())
    (reading,) = read_digests([str(calendar)])
    assert [(r.arxiv_id, r.title) for r in reading.extraction.references] == [
        ("2010.11929", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"),
        ("2103.14030", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"),
    ]  # lines folded inside a word and inside the id are joined; a room booking is no paper


def test_a_labelled_title_takes_the_link_alone_below_it_and_a_link_in_prose_stays_a_paper() -> None:
    text = """\
    ## Week 1

    Paper: Decision Transformer: Reinforcement Learning via Sequence Modeling
    https://arxiv.org/abs/2106.01345
    Background: see https://arxiv.org/abs/2106.02039 for the trajectory view.
    Presenter: Lukas
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "markdown")] == [
        ("2106.01345", "Decision Transformer: Reinforcement Learning via Sequence Modeling"),
        ("2106.02039", None),
    ]  # (before, the link below the title went into its summary, and the one in prose was lost)


def test_a_chat_exports_json_messages_give_the_papers_they_link(tmp_path: Path) -> None:
    messages = [
        {"type": "message", "user": "U1", "text": "today's paper:\n<https://arxiv.org/abs/1706.03762>"},
        {
            "type": "message",
            "user": "U2",
            "text": "and the follow-up <https://openreview.net/forum?id=r1gs9JgRZ|here>",
        },
        {
            "type": "message",
            "text": "unfurled",
            "attachments": [
                {
                    "title": "Adam: A Method for Stochastic Optimization",
                    "title_link": "https://arxiv.org/abs/1412.6980",
                }
            ],
        },
        {"type": "message", "subtype": "channel_join", "text": "<@U3> has joined the channel"},
    ]
    export = tmp_path / "2024-03-14.json"
    export.write_text(
        json.dumps(messages, indent=4).replace("/", "\\/"), encoding="utf-8"
    )  # (as Slack writes it)
    (reading,) = read_digests([str(export)])
    assert sorted((r.arxiv_id or r.openreview_id, r.title) for r in reading.extraction.references) == [
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
        ("1706.03762", None),
        ("r1gs9JgRZ", None),
    ]
    assert {r.line for r in reading.extraction.references} >= {5}  # each at its own line of the file


def test_an_org_headlines_bibliographic_properties_are_its_records_fields() -> None:
    text = """\
    #+title: Optimisers
    * TODO Adam                                   :optim:
    SCHEDULED: <2024-03-09 Sat>
    :PROPERTIES:
    :TITLE:    Adam: A Method for Stochastic Optimization
    :AUTHOR:   Kingma, Diederik P. and Ba, Jimmy
    :YEAR:     2015
    :ARXIV:    1412.6980
    :CUSTOM_ID: kingma2015adam
    :END:
    Bias-corrected moment estimates.

    * DONE Sharpness
    :PROPERTIES:
    :TITLE:    Sharpness-Aware Minimization for Efficiently Improving Generalization
    :URL:      https://openreview.net/forum?id=6Tm1mposlrM
    :END:

    * Notes
    :PROPERTIES:
    :ID:       7f3c2a
    :END:
    Nothing to read here.
    """
    assert [(r.arxiv_id or r.openreview_id, r.title) for r in refs(text, "org")] == [
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
        ("6Tm1mposlrM", "Sharpness-Aware Minimization for Efficiently Improving Generalization"),
    ]  # (before, the drawers were never read: the titles and ids were lost)
    assert refs(text, "org")[0].authors == "Kingma, Diederik P. and Ba, Jimmy"


def test_a_q_and_a_pages_byline_a_books_edition_and_a_policys_version_are_no_papers() -> None:
    text = """\
    Share
    Improve this answer
    answered Jun 12, 2022 at 14:05
    K. Nakamura, L. Rossi
    Add a comment

    1. Read and accept the *"Research Data Storage Guidelines (v2.4)"* before your first job.
    2. For kernels, see *Deep Learning Systems Engineering Handbook* (Ng, Park, Alvarez; 2nd ed.) – chapter 4.
    3. *Densely Connected Convolutional Networks* (Huang, Liu, van der Maaten, Weinberger) – for the model.
    """
    assert titles(text, "markdown") == ["Densely Connected Convolutional Networks"]


def test_a_korean_posts_angle_bracket_titles_and_numbered_sections() -> None:
    text = """\
    # 리뷰

    ### 3-1. Residual learning

    2015년 He 등의 <Deep Residual Learning for Image Recognition> 이후 많은 연구가 나왔습니다.
    참고: 블로그 <Understanding ResNets Step by Step>, 그리고 <br> 태그와 <https://example.org/x> 링크.
    - Sebastian 的部落格文章〈Practical Notes on Residual Networks〉：https://example.org/p/notes
    """
    decoded, _ = decode_digest(textwrap.dedent(text).encode(), "post.md")
    found = extract_document(decoded, "post.md").references
    assert [r.title for r in found] == ["Deep Residual Learning for Image Recognition"]


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoNormal><b>Reading for Thursday</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Ioffe &amp; Szegedy (2015). Batch Normalization: Accelerating Deep Network Training
by Reducing Internal Covariate Shift. ICML.<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Srivastava et al. (2014). Dropout: A Simple Way to Prevent Neural Networks from
Overfitting. JMLR.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Bishop, Pattern Recognition and Machine Learning, 2nd ed. (book, in the library)<o:p></o:p></p>
</div></body></html>
"""


def test_a_word_documents_bulleted_references_are_a_list_and_a_books_edition_none(tmp_path: Path) -> None:
    page = tmp_path / "agenda.htm"
    page.write_bytes(WORD_PAGE.encode("cp1252"))
    (reading,) = read_digests([str(page)])
    assert [r.title for r in reading.extraction.references] == [
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
    ]  # (before, Word's `·` bullets left three paragraphs no reader took for references)
    numbered = WORD_PAGE.replace("'mso-list:Ignore'>\xb7", "'mso-list:Ignore'>1.")
    text, _ = decode_digest(numbered.encode("cp1252"), "agenda.htm")
    assert "\n1. Ioffe & Szegedy (2015)." in text  # (a numbered item keeps its number)


PROCEEDINGS_PAGE = """<html><body>
<div id="content"><p>These papers are the open access versions, provided by the
<a href="https://www.example-foundation.org/">Example Vision Foundation.</a></p>
<dl>
<dt class="ptitle"><br><a href="/content/X2017/html/Huang_Densely_Connected.html">Densely Connected Convolutional Networks</a></dt>
<dd>
<form class="authsearch" action="/X2017" method="post"><input type="hidden" name="q" value="Gao Huang">
<a href="#">Gao Huang</a>,</form>
<form class="authsearch" action="/X2017" method="post"><input type="hidden" name="q" value="Kilian Weinberger">
<a href="#">Kilian Q. Weinberger</a></form>
</dd>
<dd>[<a href="/content/X2017/papers/Huang.pdf">pdf</a>] [<a href="http://arxiv.org/abs/1608.06993">arXiv</a>]</dd>
<dt class="ptitle"><br><a href="/content/X2017/html/Xie_Aggregated.html">Aggregated Residual Transformations for Deep Neural Networks</a></dt>
<dd>
<form class="authsearch" action="/X2017" method="post"><input type="hidden" name="q" value="Saining Xie">
<a href="#">Saining Xie</a>,</form>
<form class="authsearch" action="/X2017" method="post"><input type="hidden" name="q" value="Ross Girshick">
<a href="#">Ross Girshick</a></form>
</dd>
<dd>[<a href="/content/X2017/papers/Xie.pdf">pdf</a>]</dd>
</dl></div></body></html>
"""


def test_a_proceedings_listing_gives_each_arxiv_link_its_terms_title_never_an_authors_name(
    tmp_path: Path,
) -> None:
    page = tmp_path / "search.html"
    page.write_text(PROCEEDINGS_PAGE, encoding="utf-8")
    (reading,) = read_digests([str(page)])
    assert [(r.arxiv_id, r.title) for r in reading.extraction.references] == [
        ("1608.06993", "Densely Connected Convolutional Networks"),
        (None, "Aggregated Residual Transformations for Deep Neural Networks"),
    ]  # (before, 1608.06993 was titled "Kilian Q. Weinberger", and the sentence linking the foundation's site
    # was a paper)


def test_a_chat_exports_messages_are_read_for_the_papers_they_name(tmp_path: Path) -> None:
    messages = [
        {"type": "message", "user": "U1", "ts": "1710403200.1", "text": "hello all :wave:"},
        {
            "type": "message",
            "user": "U2",
            "ts": "1710403300.2",
            "text": "For next week, the reading list:\n• Deep Residual Learning for Image Recognition \u2014 1512.03385\n"
            "• \u201cDropout: A Simple Way to Prevent Neural Networks from Overfitting\u201d (Srivastava et al.)\n"
            "• the Adam blog post, skip it",
        },
        {"type": "message", "user": "U3", "ts": "1710403400.3", "text": "room 2.14 — booked until 18:00"},
    ]
    export = tmp_path / "general.json"
    export.write_text(json.dumps(messages, indent=2), encoding="utf-8")
    (reading,) = read_digests([str(export)])
    assert [(r.arxiv_id, r.title, r.line) for r in reading.extraction.references] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition", 12),
        (None, "Dropout: A Simple Way to Prevent Neural Networks from Overfitting", 12),
    ]  # each at the line of its message's text in the file


def test_titles_cited_in_an_answers_sentences() -> None:
    text = """\
    Deep Residual Learning for Image Recognition (He et al., 2016) trains its 152-layer net with a warm-up too.

    A careful init (as in Glorot & Bengio's "Understanding the difficulty of training deep feedforward neural
    networks") keeps the logits small.

    Attention Is All You Need (Vaswani et al., 2017)
    """
    assert titles(text, "text") == [
        "Deep Residual Learning for Image Recognition",
        "Understanding the difficulty of training deep feedforward neural networks",
        "Attention Is All You Need",
    ]


def test_a_records_own_words_may_name_another_paper() -> None:
    text = """\
    ## Week 3

    Paper: Deep Residual Learning for Image Recognition
    https://arxiv.org/abs/1512.03385
    Optional background: Training Very Deep Networks (Srivastava, Greff, Schmidhuber, 2015) - the gated ancestor.
    Presenter: Lukas
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "markdown")] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition"),
        (None, "Training Very Deep Networks"),
    ]  # (before, the record's lines were no other reader's: the background paper was lost)


TYPST = """// lecture notes
#set page(paper: "a4")
#let arxiv(id) = link("https://arxiv.org/abs/" + id)[arXiv:#id]
#let readings = (
  (
    title: "Layer Normalization",
    arxiv: "1607.06450",
  ),
)

= Normalisation

#link("https://arxiv.org/abs/1502.03167")[Batch Normalization: Accelerating Deep Network Training by Reducing
Internal Covariate Shift] @ioffe2015 normalises each mini-batch.

+ *Weights.* #link("https://openreview.net/forum?id=Bk5pCj9eg")[Weight Normalization Revisited for Deep Networks]
  reparametrises the weights.

#bibliography("refs.bib")
"""


def test_a_typst_documents_links_and_dictionary_fields(tmp_path: Path) -> None:
    notes = tmp_path / "lecture.typ"
    notes.write_text(TYPST, encoding="utf-8")
    (reading,) = read_digests([str(notes)])
    assert sorted((r.arxiv_id or r.openreview_id, r.title) for r in reading.extraction.references) == [
        (
            "1502.03167",
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
        ),
        ("1607.06450", "Layer Normalization"),
        ("Bk5pCj9eg", "Weight Normalization Revisited for Deep Networks"),
    ]  # (before, a `.typ` file was not read at all; the run-in `*Weights.*` is no title)


def test_a_collection_pages_paper_lines_give_ids_and_the_titles_above_them() -> None:
    text = """\
    Efficient training (reading list)

    Mixed Precision Training
    Paper • 1710.03740 • Published Oct 10, 2017 • 12
    Note
    Loss scaling, fp16 master weights.

    TheBloke/Llama-2-13B-chat-GPTQ
    Text Generation • Updated Sep 27, 2023 • 38.5k • • 362
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "text")] == [("1710.03740", "Mixed Precision Training")]


def test_names_the_words_after_call_a_guide_a_post_or_a_book_and_a_label_before_names() -> None:
    text = """\
    ## Before the meetup

    - The "Hidden Technical Debt in Production Data Pipelines" guide (example.org)
    - Jane Doe, "Practical Patterns for Serving Large Models" — blog post
    - *Reliable Machine Learning Operations* (O'Reilly, 2023) — book, chapters 2–3
    - *Scikit-learn: Machine Learning in Python* (Pedregosa et al., 2011) — the paper behind the library

    *A volunteer-run community. Organisers: Marta Silva, João Costa, Rui Almeida.*
    """
    assert titles(text, "markdown") == ["Scikit-learn: Machine Learning in Python"]


def test_a_spreadsheet_row_whose_venue_is_a_publisher_is_a_book(tmp_path: Path) -> None:
    export = tmp_path / "export.tsv"
    export.write_text(
        "Title\tAuthors\tYear\tVenue\tURL\n"
        "Semi-Supervised Classification with Graph Convolutional Networks\tThomas Kipf, Max Welling\t2017\tICLR\t\n"
        "Probabilistic Machine Learning: An Introduction\tKevin Murphy\t2022\tMIT Press\t\n"
        "Deep Learning with Graphs\tA. Author\t2021\tSpringer (Lecture Series)\t\n",
        encoding="utf-8",
    )
    (reading,) = read_digests([str(export)])
    assert [r.title for r in reading.extraction.references] == [
        "Semi-Supervised Classification with Graph Convolutional Networks"
    ]


def test_a_short_name_then_the_papers_title_in_parentheses() -> None:
    text = """\
    This pairs well with ControlNet (Adding Conditional Control to Text-to-Image Diffusion Models) for control.
    Runs on any OS (MacOS, Windows, GNU/Linux Ubuntu) and in Docker (Community Edition Installed Locally).
    """
    assert [(r.title, r.reason) for r in refs(text, "markdown")] == [
        ("Adding Conditional Control to Text-to-Image Diffusion Models", "given with its short name")
    ]


def test_a_scholar_pages_doubled_book_tag_and_a_reference_to_an_edition_are_no_papers() -> None:
    text = """\
    ### [BOOK][B] [Pattern recognition and machine learning](https://www.example.org/prml)

    CM Bishop, J Smith - 2006 - example.org

    ## Bibliografia

    - Kingma, D. P., Ba, J. (2015). Adam: A Method for Stochastic Optimization. In *ICLR*.
    - Jurafsky, D., Martin, J. H. (2024). *Speech and Language Processing* (3ª ed., bozza). Disponibile online.
    """
    assert titles(text, "markdown") == ["Adam: A Method for Stochastic Optimization"]


def test_a_numbered_list_of_titles_with_short_links_and_a_few_ids_is_a_list_of_papers() -> None:
    text = """\
    My "papers that shaped how I think" list 🧵👇

    1️⃣ Deep Residual Learning for Image Recognition
    Skip connections everywhere.
    🔗 https://lnkd.in/dZ4vQ8mP

    2️⃣ Densely Connected Convolutional Networks
    Concatenate, don't add.
    🔗 https://lnkd.in/eK7uF2wX

    3️⃣ Squeeze-and-Excitation Networks (arXiv:1709.01507)
    Channel attention, cheaply.

    4️⃣ Aggregated Residual Transformations for Deep Neural Networks — arXiv 1611.05431
    Cardinality as a dimension.

    5️⃣ What I learned from my first year as a manager
    🔗 https://lnkd.in/gB3sN9tQ
    """
    assert titles(text, "text") == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
        "Squeeze-and-Excitation Networks",
        "Aggregated Residual Transformations for Deep Neural Networks",
    ]


def test_a_task_lists_items_and_bracketed_labels_are_fields() -> None:
    text = """\
    ## 本周论文

    - [ ] 论文名：Toolformer: Language Models Can Teach Themselves to Use Tools
      - 分享人：@王磊
      - 【链接】https://arxiv.org/abs/2302.04761
    - [x] 论文名：Generative Agents: Interactive Simulacra of Human Behavior（斯坦福小镇）
      - 【链接】项目主页，见群里
    """
    assert (
        [(r.arxiv_id, r.title) for r in refs(text, "markdown")]
        == [
            ("2302.04761", "Toolformer: Language Models Can Teach Themselves to Use Tools"),
            (None, "Generative Agents: Interactive Simulacra of Human Behavior"),
        ]
    )  # (before, the checkbox hid the label and `【链接】` was no field: an id without its title, a title lost)


def test_a_biblatex_online_entry_of_an_arxiv_preprint_is_a_paper_and_a_web_page_is_not() -> None:
    text = """\
    @online{he_deep_2015,
        title = {Deep Residual Learning for Image Recognition},
        url = {http://arxiv.org/abs/1512.03385},
        eprinttype = {arxiv},
        eprint = {1512.03385 [cs]},
        date = {2015-12-10},
    }

    @online{weng_diffusion_2021,
        title = {What are Diffusion Models?},
        url = {https://lilianweng.github.io/posts/2021-07-11-diffusion-models/},
        urldate = {2024-02-11},
    }
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "bibtex")] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition")
    ]  # (before, Zotero's BibLaTeX `@online` preprints were all left out as web pages)


def test_json_indented_with_tabs_is_read_as_data(tmp_path: Path) -> None:
    board = {
        "nodes": [
            {
                "id": "a1",
                "type": "text",
                "text": "## Reading\nStart with Deep Residual Learning for Image Recognition.",
            },
            {"id": "b2", "type": "link", "url": "https://arxiv.org/abs/1512.03385"},
        ],
        "edges": [{"id": "e1", "fromNode": "a1", "toNode": "b2"}],
    }
    canvas = tmp_path / "map.canvas"
    canvas.write_text(json.dumps(board, indent="\t"), encoding="utf-8")
    (reading,) = read_digests([str(canvas)])
    assert reading.extraction.shape == "json"
    assert [r.arxiv_id for r in reading.extraction.references] == ["1512.03385"]


def test_a_link_in_one_json_value_never_takes_its_title_from_another() -> None:
    messages = {
        "messages": [
            {
                "from": "ana",
                "text": "Flash reading this week: Mixtral of Experts (Jiang, Sablayrolles et al.)",
            },
            {"from": "ana", "text": "https://arxiv.org/abs/2305.14314"},
            {"from": "ben", "text": "and the other one was QLoRA: Efficient Finetuning of Quantized LLMs"},
        ]
    }
    found = refs(json.dumps(messages, indent=2), "json")
    assert ("2305.14314", None) in [(r.arxiv_id, r.title) for r in found]
    assert all(r.title is None or "Mixtral" not in r.title for r in found if r.arxiv_id)
    # (before, the link, alone in its message, took the title named in the message above it)


def test_a_short_title_opening_a_paragraph_with_its_authors_citation_is_a_paper() -> None:
    text = """\
    ## Sampling in few steps

    Progressive Distillation (Salimans, Ho — ICLR 2022): halve the number of steps, again and again.

    ## Version 2.4.1 (March 3rd, 2024)

    Release notes for the viewer.

    Recent Advances (in the last year): plenty, as ever.
    """
    assert titles(text, "markdown") == ["Progressive Distillation"]
    # (before, the dash inside the citation cut the title at `Progressive Distillation (Salimans, Ho`, and a
    # two-word title was never enough)


def test_a_reference_managers_pdf_file_name_names_its_paper() -> None:
    text = """\
    ## To read

    - Papers/Radford et al. 2021 - Learning Transferable Visual Models From Natural Language Supervision.pdf
    - D:\\Zotero\\storage\\Kingma_2014_Adam A Method for Stochastic Optimization.pdf
    - Talks/2024-05-02 group meeting slides.pdf
    - scan_0042.pdf
    """
    assert titles(text, "markdown") == [
        "Learning Transferable Visual Models From Natural Language Supervision",
        "Adam A Method for Stochastic Optimization",
    ]  # (before, a PDF's path was no title: the file names of a Zotero or Obsidian library were lost)


def test_a_dated_reading_log_is_a_list_of_papers_and_its_ratings_and_tags_are_not_titles() -> None:
    text = """\
    reading log, autumn

    2023-10-02 (Mon) - Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385 4/5 #vision
        still the cleanest ablations
    2023-10-03 (Tue) - (conference travel)
    2023-10-04 (Wed) - Layer Normalization ★★★☆☆ #basics
        one page of method
    2023-10-05 (Thu) - Adam: A Method for Stochastic Optimization (arXiv:1412.6980) ★★★★☆ #optim
    2023-10-06 (Fri) - Mastering the game of Go without human knowledge (Nature) ★★★★★ #rl
    2023-10-07 (Sat) - 2nd pass: Layer Normalization #basics
    2023-10-09 (Mon) - Dropout: A Simple Way to Prevent Neural Networks from Overfitting, arXiv 1207.0580
    """
    found = [(r.arxiv_id, r.title) for r in refs(text, "text")]
    assert (None, "Layer Normalization") in found
    assert (None, "Mastering the game of Go without human knowledge") in found
    assert [arxiv_id for arxiv_id, _ in found if arxiv_id] == ["1512.03385", "1412.6980", "1207.0580"]
    assert len(found) == 5  # (the second pass is the same paper; the travel day names none)
    # (before, a dated line was no entry: the papers a log names by title alone were lost)


def test_dated_lines_with_no_paper_among_them_stay_a_changelog() -> None:
    text = """\
    2024-05-02 - Faster Startup Through Lazy Imports of Optional Modules
    2024-04-18 - Better Error Messages for Invalid Configuration Files
    2024-04-02 - Support for Reading Compressed Archives in the Importer
    """
    assert refs(text, "text") == ()


def _side_by_side(left: list[str], right: list[str], width: int = 56) -> str:
    """Two columns of lines laid out as `pdftotext -layout` writes a two-column page."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return "\n".join((a.ljust(width) + b).rstrip() for a, b in zip(left, right, strict=True)) + "\n"


def test_a_two_column_page_of_references_is_read_column_by_column() -> None:
    left = [
        "References",
        "",
        "Jimmy Lei Ba, Jamie Ryan Kiros, and Geoffrey E.",
        "   Hinton. 2016. Layer normalization. arXiv",
        "   preprint.",
        "",
        "Alec Radford, Jong Wook Kim, Chris Hallacy, et al.",
        "   2021. Learning transferable visual models from",
        "   natural language supervision. In Proceedings",
        "   of ICML, pages 8748-8763.",
    ]
    right = [
        "",
        "",
        "Olaf Ronneberger, Philipp Fischer, and Thomas Brox.",
        "   2015. U-Net: Convolutional networks for biomedical",
        "   image segmentation. In MICCAI, pages 234-241.",
        "",
        "Mingxing Tan and Quoc V. Le. 2019. EfficientNet:",
        "   Rethinking model scaling for convolutional neural",
        "   networks. In Proceedings of ICML, pages 6105-6114.",
    ]
    text, _ = decode_digest(_side_by_side(left, right).encode(), "paper-refs.txt")
    assert titles(text, "text") == [
        "Layer normalization",
        "Learning transferable visual models from natural language supervision",
        "U-Net: Convolutional networks for biomedical image segmentation",
        "EfficientNet: Rethinking model scaling for convolutional neural networks",
    ]  # (before, each line held the ends of two references, and most titles were lost)


def test_a_programme_in_two_columns_gives_its_papers_not_its_talks_and_breaks() -> None:
    left = [
        "09:00  Welcome and opening",
        "       Mira Holm¹ and Jonas Berg²",
        "",
        "09:15  Deep Residual Learning for Image",
        "       Recognition",
        "       Kaiming He¹, Xiangyu Zhang¹, Shaoqing Ren¹,",
        "       Jian Sun¹",
        "       ¹Microsoft Research",
        "",
        "09:30  Coffee break",
    ]
    right = [
        "10:00  Neural Machine Translation by Jointly Learn-",
        "       ing to Align and Translate",
        "       Dzmitry Bahdanau³, Kyunghyun Cho³, Yoshua",
        "       Bengio³",
        "       ³Université de Montréal",
        "",
        "10:15  Panel: where next for translation?",
        "       Panelists: M. Holm¹, J.-P. Roux⁴, A. Lind²",
    ]
    text, _ = decode_digest(_side_by_side(left, right).encode(), "programme.txt")
    assert titles(text, "text") == [
        "Deep Residual Learning for Image Recognition",
        "Neural Machine Translation by Jointly Learning to Align and Translate",
    ]  # (before, the two columns' lines were read across, and the talks' speakers made them papers)


def test_plain_text_with_one_wide_gap_per_line_but_no_columns_is_left_as_written() -> None:
    table = "\n".join(
        f"{title:<50}{venue:<10}{year}"
        for title, venue, year in [
            ("Paper", "Venue", "Year"),
            ("Attention Is All You Need", "NeurIPS", "2017"),
            ("Deep Residual Learning for Image Recognition", "CVPR", "2016"),
            ("Layer Normalization", "arXiv", "2016"),
            ("Adam: A Method for Stochastic Optimization", "ICLR", "2015"),
            ("Batch Normalization: Accelerating Deep Network", "ICML", "2015"),
            ("Dropout: A Simple Way to Prevent Overfitting", "JMLR", "2014"),
            ("Generative Adversarial Networks", "NeurIPS", "2014"),
            ("Sequence to Sequence Learning with Neural Networks", "NeurIPS", "2014"),
        ]
    )
    text, _ = decode_digest(table.encode(), "table.txt")
    row = text.splitlines()[1]
    assert row.startswith("Attention Is All You Need")
    assert "2017" in row  # (the row stays whole: no column of it moved below the others)


def test_an_item_behind_a_click_tracker_is_weighed_like_its_siblings() -> None:
    text = """\
    This week's five

    1. Mixtral of Experts ( https://arxiv.org/abs/2401.04088 )
    A sparse mixture that matches much larger dense models.

    2. Self-Rewarding Language Models ( https://click.mailer.example.com/ss/c/u001.AbC/4bq/h001.x9 )
    The model judges its own answers, and gets better at both.

    3. Direct Preference Optimization: Your Language Model is Secretly a Reward Model (arXiv:2305.18290)
    RLHF without the RL.

    4. Mamba: Linear-Time Sequence Modeling with Selective State Spaces ( https://arxiv.org/abs/2312.00752 )
    Selective state spaces.

    Elsewhere
    * Our podcast on agents is out ( https://link.mailer.example.com/ss/c/u001.Zz9/4bq/h002.y1 )
    """
    found = [(r.arxiv_id, r.title) for r in refs(text, "text")]
    assert (None, "Self-Rewarding Language Models") in found
    assert len(found) == 4  # (the podcast stays out)
    # (before, the tracker's link made the item a blog post's, and the paper was lost)


def test_a_titled_name_after_a_sentences_first_word_is_read_and_its_trailing_small_words_are_not() -> None:
    text = """\
    What changed how you train?

    And LoRA: Low-Rank Adaptation of Large Language Models for the adapter section, if memory is tight.
    """
    assert titles(text, "markdown") == ["LoRA: Low-Rank Adaptation of Large Language Models"]
    # (before, `And` was taken for the end of a longer name, and the paper was lost)


def test_a_title_case_run_after_a_lowercase_lead_and_its_colon_is_a_weak_candidate() -> None:
    text = """\
    thread: which paper should week 5 be?

    for week 5 my vote goes to: Neural Machine Translation by Jointly Learning to Align and Translate. short and
    still the clearest account of attention.

    seconded, or for something newer the pick is: Training Language Models to Follow Instructions by Ouyang and Wu.

    - Leave a review: Understanding Our Listeners Helps Us Grow
    - reminder: Bring Your Own Laptop Next Week
    """
    found = refs(text, "markdown")
    assert [r.title for r in found] == [
        "Neural Machine Translation by Jointly Learning to Align and Translate",
        "Training Language Models to Follow Instructions",
    ]
    assert all(r.reason == "reads as a paper title" for r in found)  # (weak: a service confirms it)
    # (before, a title named after a colon in a sentence was lost)


def test_the_pieces_of_one_chat_message_are_read_together() -> None:
    export = {
        "messages": [
            {
                "id": 1,
                "text": [
                    "this week, on fine-tuning: ",
                    {
                        "type": "text_link",
                        "text": "QLoRA: Efficient Finetuning of Quantized LLMs",
                        "href": "https://arxiv.org/abs/2305.14314",
                    },
                    ". Fine-tuning a 65B model on one GPU.",
                ],
            },
            {"id": 2, "text": [{"type": "link", "text": "https://arxiv.org/abs/2401.04088"}]},
        ]
    }
    found = {r.arxiv_id: r.title for r in refs(json.dumps(export, ensure_ascii=False, indent=1), "json")}
    assert found == {"2305.14314": "QLoRA: Efficient Finetuning of Quantized LLMs", "2401.04088": None}
    # (the link in its own entity of the first message takes the message's title; the second message's link,
    # alone, takes none)


def test_a_calendar_line_folded_after_a_space_keeps_the_space(tmp_path: Path) -> None:
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Reading group\r\n"
        "DESCRIPTION:Background reading: Deep Residual Learning for Image \r\n Recognition (He et al.\\, 2016)\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    text, _ = decode_digest(calendar.encode(), "group.ics")
    assert "Deep Residual Learning for Image Recognition" in text
    # (before, the space at the end of the folded line was stripped first: `ImageRecognition`)


def test_an_outliners_opml_export_is_read_as_a_list_with_notes(tmp_path: Path) -> None:
    outline = """\
    <?xml version="1.0" encoding="utf-8"?>
    <opml version="2.0">
      <head><title>Reading tree</title><ownerName>Kim Lee</ownerName></head>
      <body>
        <outline text="Vision">
          <outline text="Masked Autoencoders Are Scalable Vision Learners" _note="CVPR 2022 · https://arxiv.org/abs/2111.06377&#10;mask 75% of patches" />
          <outline text="Emerging Properties in Self-Supervised Vision Transformers" _note="DINO; arXiv 2104.14294" />
          <outline text="Swin Transformer: Hierarchical Vision Transformer using Shifted Windows" _note="read the window attention part" />
        </outline>
        <outline text="Admin">
          <outline text="Renew the conference badge" />
        </outline>
      </body>
    </opml>
    """
    path = tmp_path / "tree.opml"
    path.write_text(textwrap.dedent(outline), encoding="utf-8")
    (reading,) = read_digests([str(path)])
    found = [(r.arxiv_id, r.title) for r in reading.extraction.references]
    assert found[:2] == [
        ("2111.06377", "Masked Autoencoders Are Scalable Vision Learners"),
        ("2104.14294", "Emerging Properties in Self-Supervised Vision Transformers"),
    ]
    assert (None, "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows") in found
    assert all("badge" not in (title or "") for _, title in found)
    # (before, an `.opml` file was not read at all)


def test_json_lines_are_read_as_json(tmp_path: Path) -> None:
    lines = [
        {"type": "channel", "channel": {"name": "reading", "header": "papers, not vibes"}},
        {
            "type": "post",
            "post": {
                "user": "ana",
                "message": "Start with Attention Is All You Need: https://arxiv.org/abs/1706.03762",
            },
        },
        {
            "type": "post",
            "post": {
                "user": "Bo Stańczyk",
                "message": "then https://arxiv.org/abs/2005.14165 \u2014 the GPT-3 paper",
            },
        },
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    (reading,) = read_digests([str(tmp_path)])  # (a folder: `.jsonl` is a digest's suffix)
    assert reading.extraction.shape == "json"
    assert [r.arxiv_id for r in reading.extraction.references] == ["1706.03762", "2005.14165"]
    assert reading.extraction.references[0].line == 2  # (each object on its own line, as in the file)
    # (before, `.jsonl` was not read in a folder, and as text its values stayed escaped)


def test_a_quarto_documents_front_matter_references_are_its_papers_and_its_header_is_not() -> None:
    text = """\
    ---
    title: "Week 3 — Sequence models"
    author:
      - name: Dana Kowalski
        affiliation: School of Informatics
    format:
      html:
        toc: true
    references:
      - id: sutskever2014
        type: article
        title: Sequence to Sequence Learning with Neural Networks
        author:
          - family: Sutskever
            given: Ilya
        URL: https://arxiv.org/abs/1409.3215
      - id: olah2015
        type: post-weblog
        title: Understanding LSTM Networks
        URL: https://colah.github.io/posts/2015-08-Understanding-LSTMs/
      - id: jurafsky
        type: book
        title: Speech and Language Processing
    ---

    Encoder-decoders [@sutskever2014] and a friendly introduction [@olah2015].
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "markdown")] == [
        ("1409.3215", "Sequence to Sequence Learning with Neural Networks")
    ]  # (before, the lecture's title and its author were papers, and the references a reference list's lines)


def _endnote(*records: tuple[str, str, str, str]) -> str:
    """An EndNote XML export (all on one line, as EndNote writes it) of (type, title, journal, url) records."""

    def styled(text: str) -> str:
        return f'<style face="normal" font="default" size="100%">{text}</style>'

    body = "".join(
        f'<record><ref-type name="{kind}">17</ref-type><titles><title>{styled(title)}</title>'
        + (f"<secondary-title>{styled(journal)}</secondary-title>" if journal else "")
        + f"</titles><urls><related-urls><url>{styled(url)}</url></related-urls></urls></record>"
        for kind, title, journal, url in records
    )
    return f'<?xml version="1.0" encoding="UTF-8" ?><xml><records>{body}</records></xml>'


def test_an_endnote_xml_export_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "library.xml"
    path.write_text(
        _endnote(
            (
                "Journal Article",
                "Momentum Contrast for Unsupervised Visual Representation Learning",
                "arXiv preprint arXiv:1911.05722",
                "https://example.org/moco",
            ),
            (
                "Conference Proceedings",
                "Bootstrap Your Own Latent",
                "NeurIPS",
                "https://arxiv.org/abs/2006.07733",
            ),
            (
                "Conference Proceedings",
                "Big Transfer (BiT): General Visual Representation Learning",
                "ECCV",
                "https://link.springer.com/chapter/10.1007/978-3-030-58558-7_29",
            ),
            ("Book", "Deep Learning", "", "https://www.deeplearningbook.org/"),
            (
                "Computer Program",
                "timm: PyTorch Image Models",
                "",
                "https://github.com/huggingface/pytorch-image-models",
            ),
        ),
        encoding="utf-8",
    )
    (reading,) = read_digests([str(path)])
    assert reading.extraction.shape == "endnote"
    assert (
        [(r.arxiv_id, r.title) for r in reading.extraction.references]
        == [
            ("1911.05722", "Momentum Contrast for Unsupervised Visual Representation Learning"),
            ("2006.07733", "Bootstrap Your Own Latent"),
            (None, "Big Transfer (BiT): General Visual Representation Learning"),
        ]
    )  # (before, the export was one line of XML: its ids were found, every title lost; a book and a program stay out)


def test_an_asciidoc_page_is_read_as_the_markdown_it_means(tmp_path: Path) -> None:
    page = """\
    = Reading track: vision
    Jo Marsh <jo@lab.example.org>
    :url-arxiv: https://arxiv.org/abs
    :toc: left

    // editors: one paper per item

    == Week 1

    . icon:star[] {url-arxiv}/2010.11929[An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale^] -- the ViT paper.
    . https://openreview.net/forum?id=YicbFdNTTy[An Image is Worth 16x16 Words (OpenReview)] -- the same, reviewed.
    . Then <<swin>> for the windowed variant.

    [source,bash]
    ----
    python train.py --arxiv 2103.14030
    ----

    [bibliography]
    == References

    * [[[swin,1]]] Ze Liu, Yutong Lin, Yue Cao, and Han Hu. 2021. Swin Transformer: Hierarchical Vision Transformer using Shifted Windows. In ICCV.
    """
    path = tmp_path / "track.adoc"
    path.write_text(textwrap.dedent(page), encoding="utf-8")
    (reading,) = read_digests([str(path)])
    found = [(r.arxiv_id, r.openreview_id, r.title) for r in reading.extraction.references]
    assert found[0][0] == "2010.11929"
    assert found[0][2] == "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"
    assert (None, None, "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows") in found
    assert all(arxiv_id != "2103.14030" for arxiv_id, _, _ in found)  # (an id in a listing block is code)
    # (before, `{url-arxiv}/ID` was no link, `[[[swin,1]]]` hid the reference, and the listing was prose)


def test_text_with_wide_gaps_but_no_columns_keeps_its_tabs() -> None:
    rows = ["Title\tVenue\tYear"] + [
        f"{title}\t{venue}   (oral)\t{year}   accepted"
        for title, venue, year in [
            ("Attention Is All You Need", "NeurIPS", 2017),
            ("Deep Residual Learning for Image Recognition", "CVPR", 2016),
            ("Adam: A Method for Stochastic Optimization", "ICLR", 2015),
            ("Layer Normalization", "arXiv", 2016),
            ("Generative Adversarial Networks", "NeurIPS", 2014),
            ("Sequence to Sequence Learning with Neural Networks", "NeurIPS", 2014),
        ]
    ]
    text, _ = decode_digest("\n".join(rows).encode(), "accepted.txt")
    assert text.splitlines()[1].split("\t")[0] == "Attention Is All You Need"
    # (before, a text that only looked as if laid out in columns lost its tabs to spaces, and its rows their cells)


# --- a title inside prose in another language -----------------------------------------------------------------


def test_a_title_inside_a_sentence_in_any_language_is_cut_from_the_words_around_it() -> None:
    # A lead ending in a colon, a title run before its citation, and a title run before its link, in Polish,
    # German and English sentences: the writer's words are not the title.
    found = refs(
        """\
        # Notatki

        Z bezpieczeństwa polecam jeden artykuł: Deep Reinforcement Learning from Human Preferences (Christiano i in., 2017). Krótki.

        Als Überblick gibt es die lange A Comprehensive Survey on Graph Neural Networks (Wu u. a., 2020), jeden Monat neu.

        Jemand schlug vor, Proximal Policy Optimization Algorithms (https://arxiv.org/abs/1707.06347) hinzuzufügen.

        Someone asked for Language Models are Few-Shot Learners (https://arxiv.org/abs/2005.14165) as well.
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Deep Reinforcement Learning from Human Preferences"),
        (None, "A Comprehensive Survey on Graph Neural Networks"),
        ("1707.06347", "Proximal Policy Optimization Algorithms"),
        ("2005.14165", "Language Models are Few-Shot Learners"),
    ]


def test_a_title_that_only_ends_in_capitals_is_kept_whole_before_its_link() -> None:
    found = refs(
        """\
        - On the difficulty of training Recurrent Neural Networks https://arxiv.org/abs/1211.5063
        - Exploring the limits of transfer learning with a Unified Text-to-Text Transformer https://arxiv.org/abs/1910.10683
        """,
        "markdown",
    )
    assert [r.title for r in found] == [
        "On the difficulty of training Recurrent Neural Networks",
        "Exploring the limits of transfer learning with a Unified Text-to-Text Transformer",
    ]


# --- Refer (EndNote tagged), Zotero RDF, mailboxes, Rich Text ----------------------------------------------------

REFER = """\ufeff%0 Journal Article\r
%A Kingma, Diederik P.\r
%A Welling, Max\r
%T Auto-Encoding Variational Bayes\r
%J arXiv preprint arXiv:1312.6114\r
%D 2013\r
%K vae\r
%Z Read sections 2-3 before the\r
meeting (the reparameterisation trick).\r
\r
%0 Conference Proceedings\r
%A Dinh, Laurent\r
%T Density estimation using Real NVP\r
%B International Conference on Learning Representations\r
%D 2017\r
%U https://openreview.net/forum?id=HkpbnH9lx\r
\r
%0 Conference Paper\r
%A Rezende, Danilo\r
%T Variational Inference with Normalizing Flows\r
%B Proceedings of the 32nd International Conference on Machine Learning\r
%U https://proceedings.mlr.press/v37/rezende15.html\r
%> internal-pdf://1234/Rezende-2015-Variational Inference.pdf\r
\r
%0 Computer Program\r
%T normflows: A PyTorch Package for Normalizing Flows\r
%U https://github.com/VincentStimper/normalizing-flows\r
\r
%0 Book\r
%A Murphy, Kevin P.\r
%T Probabilistic Machine Learning: Advanced Topics\r
%I MIT Press\r
"""


def test_a_refer_export_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "flows.enw"  # (EndNote's "Refer Export", Google Scholar's "EndNote" link)
    path.write_bytes(REFER.encode("utf-8"))
    (reading,) = read_digests([str(tmp_path)])  # (a folder: `.enw` is one of the kinds it reads)
    assert reading.extraction.shape == "refer"
    found = reading.extraction.references
    assert [(r.arxiv_id, r.openreview_id, r.title, r.line) for r in found] == [
        ("1312.6114", None, "Auto-Encoding Variational Bayes", 1),
        (None, "HkpbnH9lx", "Density estimation using Real NVP", 11),
        (None, None, "Variational Inference with Normalizing Flows", 18),
    ]  # (a program and a book are no papers)
    assert found[0].authors == "Diederik P. Kingma; Max Welling"
    assert "reparameterisation trick" in found[0].summary  # (a note going on on the next line)
    assert sniff("flows.txt", REFER.lstrip("\ufeff").replace("\r", "")) is Shape.REFER  # (by its content too)


ZOTERO_RDF = """<rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:z="http://www.zotero.org/namespaces/export#"
 xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:bib="http://purl.org/net/biblio#"
 xmlns:foaf="http://xmlns.com/foaf/0.1/"
 xmlns:link="http://purl.org/rss/1.0/modules/link/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/">
    <rdf:Description rdf:about="#item_7">
        <z:itemType>preprint</z:itemType>
        <bib:authors><rdf:Seq><rdf:li><foaf:Person>
            <foaf:surname>Radford</foaf:surname><foaf:givenName>Alec</foaf:givenName>
        </foaf:Person></rdf:li></rdf:Seq></bib:authors>
        <link:link rdf:resource="#item_8"/>
        <dc:title>Learning Transferable Visual Models From Natural Language Supervision</dc:title>
        <dc:identifier>DOI 10.48550/arXiv.2103.00020</dc:identifier>
    </rdf:Description>
    <z:Attachment rdf:about="#item_8">
        <z:itemType>attachment</z:itemType>
        <dc:title>Full Text PDF</dc:title>
        <dc:identifier><dcterms:URI><rdf:value>https://arxiv.org/pdf/2103.00020v1</rdf:value></dcterms:URI></dc:identifier>
    </z:Attachment>
    <bib:Article rdf:about="#item_9">
        <z:itemType>conferencePaper</z:itemType>
        <dcterms:isPartOf><bib:Journal><dc:title>Proceedings of ICML</dc:title></bib:Journal></dcterms:isPartOf>
        <dcterms:isReferencedBy rdf:resource="#item_10"/>
        <dc:title>Zero-Shot Text-to-Image Generation</dc:title>
        <dc:identifier><dcterms:URI><rdf:value>https://proceedings.mlr.press/v139/ramesh21a.html</rdf:value></dcterms:URI></dc:identifier>
    </bib:Article>
    <bib:Memo rdf:about="#item_10">
        <rdf:value>&lt;p&gt;Compare with [Hierarchical Text-Conditional Image Generation with CLIP Latents](https://arxiv.org/abs/2204.06125).&lt;/p&gt;</rdf:value>
    </bib:Memo>
    <bib:Document rdf:about="https://openai.com/research/dall-e">
        <z:itemType>webpage</z:itemType>
        <dc:title>DALL·E: Creating images from text</dc:title>
    </bib:Document>
</rdf:RDF>
"""


def test_a_zotero_rdf_export_is_read_item_by_item_with_its_attachments_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "multimodal.rdf"
    path.write_text(ZOTERO_RDF, encoding="utf-8")
    (reading,) = read_digests([str(tmp_path)])
    assert reading.extraction.shape == "zotero-rdf"  # (not an RSS 1.0 feed, though both are RDF)
    found = {(r.arxiv_id, r.title) for r in reading.extraction.references}
    assert found == {
        ("2103.00020", "Learning Transferable Visual Models From Natural Language Supervision"),
        (None, "Zero-Shot Text-to-Image Generation"),
        (
            "2204.06125",
            "Hierarchical Text-Conditional Image Generation with CLIP Latents",
        ),  # (named in a note)
    }  # (the web page is no paper)


def test_a_mailbox_is_read_message_by_message(tmp_path: Path) -> None:
    import base64

    html = (
        '<p>This week: <a href="https://arxiv.org/abs/2302.13971">LLaMA: Open and Efficient Foundation'
        " Language Models</a></p>"
    )
    mbox = (
        "From 1790000000000000001@xxx Mon Mar 04 08:00:00 +0000 2024\n"
        "Subject: =?UTF-8?Q?Weekly_=E2=80=94_open_models?=\n"
        "From: Letters <news@example.org>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(html.encode()).decode() + "\n"
        "From 1790000000000000002@xxx Mon Mar 04 09:00:00 +0000 2024\n"
        "Subject: Re: Weekly\n"
        "From: Ana <ana@example.org>\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        ">From what I saw, the follow-up is worth a session too:\n\n"
        "Llama 2: Open Foundation and Fine-Tuned Chat Models https://arxiv.org/abs/2307.09288\n"
    )
    path = tmp_path / "reading-group.mbox"
    path.write_text(mbox, encoding="utf-8")
    (reading,) = read_digests([str(tmp_path)])
    found = [(r.arxiv_id, r.title) for r in reading.extraction.references]
    assert found == [
        ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models"),
        ("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models"),
    ]  # (the first message's body is base64 HTML; the second is plain, its `>From` a line of its own)
    text, _ = decode_digest(mbox.encode(), "reading-group.mbox")
    assert "Subject: Weekly — open models" in text  # (its header decoded)
    assert "\nFrom what I saw" in text


def test_a_rich_text_file_is_read_as_its_text_and_links(tmp_path: Path) -> None:
    rtf = (
        r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 Calibri;}}"
        "\r\n"
        r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 \pard\sa200\sl276\slmult1\f0\fs22\lang9 Reading list"
        r" (J\'f3zef)\par"
        "\r\n"
        r"1.\tab {{\field{\*\fldinst{HYPERLINK https://arxiv.org/abs/1706.03762 }}{\fldrslt{Attention Is All"
        r" You Need\ul0\cf0}}}}\f0\fs22  \endash  Vaswani et al.\par"
        "\r\n"
        r"2.\tab \ldblquote Deep Residual Learning for Image Recog\lang1045 nition\rdblquote  (He et al., 2016)"
        r"\par"
        "\r\n}\r\n\x00"
    )
    path = tmp_path / "list.rtf"
    path.write_bytes(rtf.encode("ascii"))
    (reading,) = read_digests([str(tmp_path)])
    found = [(r.arxiv_id, r.title) for r in reading.extraction.references]
    assert found == [
        ("1706.03762", "Attention Is All You Need"),
        (None, "Deep Residual Learning for Image Recognition"),  # (a keyboard switch inside a word)
    ]


def test_a_table_row_whose_only_link_is_labelled_as_its_code_is_a_paper_with_code() -> None:
    (found,) = refs(
        """\
        | Paper | Venue | Link |
        | --- | --- | --- |
        | Deformable DETR: Deformable Transformers for End-to-End Object Detection | ICLR 2021 | [code](https://github.com/fundamentalvision/Deformable-DETR) |
        """,
        "markdown",
    )
    assert found.title == "Deformable DETR: Deformable Transformers for End-to-End Object Detection"
    assert found.code_url == "https://github.com/fundamentalvision/Deformable-DETR"


def test_a_season_or_a_month_with_a_year_is_a_date_not_a_citation() -> None:
    found = refs(
        """\
        Not papers, but useful:

        - Berkeley CS294 lecture videos (Fall 2022): https://example.edu/cs294/
        - Reading group recordings (March 2024): https://example.edu/rg/
        - Denoising Diffusion Probabilistic Models (Ho et al., 2020): https://example.edu/notes/ddpm
        """,
        "markdown",
    )
    assert [r.title for r in found] == ["Denoising Diffusion Probabilistic Models"]


def test_a_title_a_dash_then_the_writers_note_is_a_paper_among_papers() -> None:
    found = refs(
        """\
        Three more for the systems week:

        - Efficient Memory Management for Large Language Model Serving with PagedAttention -- the vLLM paper, read it first.
        - FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness (arXiv 2205.14135). Skim the proofs.
        - Fast Inference from Transformers via Speculative Decoding, https://arxiv.org/abs/2211.17192 -- the draft model trick.
        - Remember to book the room -- the usual one is taken.
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title, r.weak) for r in found] == [
        (None, "Efficient Memory Management for Large Language Model Serving with PagedAttention", True),
        ("2205.14135", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", False),
        ("2211.17192", "Fast Inference from Transformers via Speculative Decoding", False),
    ]  # (weakly: a service confirms it; a note in sentence case before its dash is no title)


def test_a_teams_own_documents_named_in_quotes_are_not_papers() -> None:
    rows = [
        "Summary,Issue key,Description",
        '"Write design doc ""Retrieval Budgets for Long Context Evaluation""",INFRA-12,Draft by Friday.',
        '"Post-mortem",INFRA-13,"Design doc: [""Sharded Checkpoint Recovery at Cluster Scale""|https://wiki.example/x/Q1]"',
        '"Read ""Efficient Streaming Language Models with Attention Sinks"" before the sync",INFRA-14,paper club',
    ]
    found = refs("\n".join(rows) + "\n", "text")
    assert [r.title for r in found] == ["Efficient Streaming Language Models with Attention Sinks"]


# --- dblp's XML ---------------------------------------------------------------------------------------------

DBLP_PERSON = """<?xml version="1.0" encoding="US-ASCII"?>
<dblpperson name="Ashish Vaswani" pid="00/0000" n="4">
<person key="homepages/00/0000" mdate="2023-01-01"><author pid="00/0000">Ashish Vaswani</author></person>
<r><inproceedings key="conf/nips/VaswaniSPUJGKP17" mdate="2021-01-01">
<author pid="00/0000">Ashish Vaswani</author>
<author pid="00/0001">Noam Shazeer</author>
<title>Attention is All you Need.</title>
<pages>5998-6008</pages><year>2017</year><booktitle>NIPS</booktitle>
<ee type="oa">https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html</ee>
</inproceedings></r>
<r><article key="journals/corr/VaswaniSPUJGKP17" mdate="2018-08-13" publtype="informal">
<author pid="00/0000">Ashish Vaswani</author>
<title>Attention is All you Need.</title>
<journal>CoRR</journal><volume>abs/1706.03762</volume><year>2017</year>
</article></r>
<r><inproceedings key="conf/acl/ShawUV18" mdate="2020-01-01">
<author pid="00/0002">Peter Shaw</author>
<title>Self-Attention with Relative Position Representations.</title>
<year>2018</year><booktitle>NAACL-HLT (2)</booktitle>
<ee>https://doi.org/10.18653/v1/N18-2074</ee>
</inproceedings></r>
<r><incollection key="books/sp/X" mdate="2020-01-01">
<author pid="00/0000">Ashish Vaswani</author>
<title>Sequence Models in Practice, Chapter 3.</title><year>2020</year><booktitle>Handbook of Sequences</booktitle>
</incollection></r>
<r><phdthesis key="phd/us/Vaswani14" mdate="2020-01-01">
<author pid="00/0000">Ashish Vaswani</author>
<title>Smaller, Faster, and Accurate Models for Statistical Machine Translation.</title>
<year>2014</year><school>University of Southern California</school>
</phdthesis></r>
<coauthors n="1"><co c="0"><na f="s/Shazeer:Noam" pid="00/0001">Noam Shazeer</na></co></coauthors>
</dblpperson>
"""

DBLP_SEARCH = """<?xml version="1.0" encoding="UTF-8"?>
<result>
<query id="1">layer norm*</query>
<status code="200">OK</status>
<hits total="2" computed="2" sent="2" first="0">
<hit score="1" id="1"><info><authors><author pid="1">Jimmy Lei Ba</author><author pid="2">Jamie Ryan Kiros</author></authors>
<title>Layer Normalization.</title><venue>CoRR</venue><volume>abs/1607.06450</volume><year>2016</year>
<type>Informal and Other Publications</type><key>journals/corr/BaKH16</key>
<ee>http://arxiv.org/abs/1607.06450</ee><url>https://dblp.org/rec/journals/corr/BaKH16</url></info></hit>
<hit score="1" id="2"><info><authors><author pid="3">Jos&eacute; Garc&iacute;a</author></authors>
<title>Deep Learning with Normalization Layers.</title><venue>Springer</venue><year>2021</year>
<type>Books and Theses</type><key>books/sp/Garcia21</key></info></hit>
</hits>
</result>
"""


def test_a_dblp_person_page_gives_each_publication_merging_its_preprint_and_its_published_version() -> None:
    assert sniff("vaswani.xml", DBLP_PERSON) is Shape.DBLP
    found = extract_references(DBLP_PERSON, Shape.DBLP)
    by_title = {r.title: r for r in found.references}
    assert set(by_title) == {
        "Attention is All you Need",
        "Self-Attention with Relative Position Representations",
    }
    assert by_title["Attention is All you Need"].arxiv_id == "1706.03762"  # (its CoRR volume, merged)
    assert by_title["Self-Attention with Relative Position Representations"].arxiv_id is None
    assert "Ashish Vaswani" in (by_title["Attention is All you Need"].authors or "")
    why = {rejected.why for rejected in found.rejected}
    assert {"a book chapter", "a thesis"} <= why  # (an incollection and a phdthesis are no papers)


def test_a_dblp_search_answer_is_read_hit_by_hit_and_its_types_say_what_is_a_paper() -> None:
    assert sniff("search.xml", DBLP_SEARCH) is Shape.DBLP
    found = extract_references(DBLP_SEARCH, Shape.DBLP)
    assert [(r.title, r.arxiv_id) for r in found.references] == [("Layer Normalization", "1607.06450")]
    assert any(
        "García" in rejected.text or rejected.why == "a book or a thesis" for rejected in found.rejected
    )


def test_a_broken_dblp_file_is_read_as_text_without_an_error() -> None:
    broken = DBLP_PERSON.replace("</dblpperson>", "")
    found = extract_references(broken, sniff("vaswani.xml", broken))
    assert "1706.03762" in {r.arxiv_id for r in found.references}


# --- reStructuredText: table directives, footnotes, fields; initials-first references ----------------------

SPHINX_TABLES = """\
Reading list
============

.. list-table:: Papers for the first month
   :header-rows: 1
   :widths: 50 20 30

   * - Paper
     - Link
     - Notes
   * - Deep Residual Learning for Image Recognition
     - `abs <https://arxiv.org/abs/1512.03385>`__
     - skip connections
   * - Batch normalization: accelerating deep network training by reducing internal covariate shift
     - –
     - read Section 3; the rest is
       experiments

.. csv-table:: Later
   :header: "Title", "Where"

   "Layer Normalization", "https://arxiv.org/abs/1607.06450"
   "Dropout: A Simple Way to Prevent Neural Networks from Overfitting", "JMLR 2014"
"""


def test_a_sphinx_list_table_and_csv_table_are_rows_of_papers_under_their_headers() -> None:
    found = refs(SPHINX_TABLES, "rst")
    assert [(r.title, r.arxiv_id) for r in found] == [
        ("Deep Residual Learning for Image Recognition", "1512.03385"),
        (
            "Batch normalization: accelerating deep network training by reducing internal covariate shift",
            None,
        ),
        ("Layer Normalization", "1607.06450"),
        ("Dropout: A Simple Way to Prevent Neural Networks from Overfitting", None),
    ]
    assert found[0].line == 11  # (where its row starts)


SPHINX_CITATIONS = """\
Optimisers
==========

:maintainer: the optimisation group
:last-updated: 2024-05-01

Adam [Kingma2015]_ is the default; see also the footnote [#sgd]_.

Bibliography
============

.. [Kingma2015] D. P. Kingma and J. Ba. *Adam: A Method for Stochastic Optimization*. In ICLR, 2015.

.. [Loshchilov2019] I. Loshchilov and F. Hutter. Decoupled Weight Decay Regularization. In International
   Conference on Learning Representations, 2019.

.. [#sgd] We keep plain SGD for the vision baselines.
"""


def test_an_rst_bibliography_in_initials_first_style_gives_its_titles() -> None:
    found = refs(SPHINX_CITATIONS, "rst")
    assert [r.title for r in found] == [
        "Adam: A Method for Stochastic Optimization",
        "Decoupled Weight Decay Regularization",
    ]
    assert found[0].authors == "D. P. Kingma and J. Ba"


# --- a reader app's export: each source a heading, its metadata a field list -------------------------------

READER_EXPORT = """\
# Highlights export

# Layer Normalization

## Metadata
- Author: [[Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton]]
- Full Title: Layer Normalization
- Category: #articles
- URL: https://arxiv.org/abs/1607.06450

## Highlights
- normalises across the features of one example ([View Highlight](https://read.example.com/1))

# Pattern Recognition and Machine Learning

## Metadata
- Author: [[Christopher M. Bishop]]
- Full Title: Pattern Recognition and Machine Learning
- Category: #books

## Highlights
- the bias-variance decomposition (Location 1520)

# Notes on Normalisation Layers in Practice

## Metadata
- Author: [[A. Writer]]
- Full Title: Notes on Normalisation Layers in Practice
- Category: #articles
- Document Tags: [[normalization]] [[blog]]
- URL: https://writer.example.net/posts/normalisation

# Weekly Thoughts on Deep Learning Theory

## Metadata
- Full Title: Weekly Thoughts on Deep Learning Theory
- Category: #podcasts
"""


def test_a_reader_apps_kind_of_item_and_kind_tags_say_which_sources_are_not_papers() -> None:
    found = extract_references(READER_EXPORT, "markdown")
    assert [(r.title, r.arxiv_id) for r in found.references] == [("Layer Normalization", "1607.06450")]
    why = " ".join(rejected.why for rejected in found.rejected)
    assert "Category: #books: a book, not a paper" in why
    assert "tagged a blog post, not a paper" in why
    assert "Category: #podcasts: a podcast, not a paper" in why


def test_an_emphasised_title_wrapped_over_two_lines_with_its_citation_is_a_paper() -> None:
    text = """\
        The argument is made in *Deep Residual Learning for Image
        Recognition* (He et al., CVPR 2016), and the counter-argument in *Training Very
        Deep Networks* (Srivastava et
        al., 2015). Read both before the lab.
        """
    assert titles(text, "markdown") == [
        "Deep Residual Learning for Image Recognition",
        "Training Very Deep Networks",
    ]


NATBIB_BBL = r"""\begin{thebibliography}{3}
\providecommand{\natexlab}[1]{#1}

\bibitem[He et~al.(2016)He, Zhang, Ren, and Sun]{he2016deep}
Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun.
\newblock Deep residual learning for image recognition.
\newblock In \emph{CVPR}, pages 770--778, 2016.

\bibitem[Okafor(2022)]{okafor2022thesis}
Chidi Okafor.
\newblock \emph{Residual Networks for Low-Resource Speech Recognition}.
\newblock PhD thesis, University of Lagos, 2022.

\bibitem[Berg and Sato(2023)]{berg2023resnetlib}
Ana Berg and Ken Sato.
\newblock resnetlib: residual blocks for every framework, 2023.
\newblock URL \url{https://github.com/example/resnetlib}.
\newblock {\em Software}, version 1.4.2.

\end{thebibliography}
"""


def test_a_bibliographys_thesis_and_software_are_told_by_what_stands_in_place_of_a_venue() -> None:
    found = extract_references(NATBIB_BBL, "text")
    assert [r.title for r in found.references] == ["Deep residual learning for image recognition"]
    why = {rejected.why for rejected in found.rejected}
    assert {
        "a thesis (by what stands in place of its venue)",
        "software (by what stands in place of its venue)",
    } <= why


def test_names_with_a_lower_case_syllable_and_a_fields_value_are_not_titles() -> None:
    text = """\
        # Reading group, spring term

        Organiser: Dr. Ana Lima · Helpers: Seo-yeon Park, Tae-ho Kim
        maintainer: Vision and Learning Systems Group (VLSG)

        1. Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385
        """
    assert titles(text, "markdown") == ["Deep Residual Learning for Image Recognition"]


def test_a_title_marked_with_a_citation_of_the_bibliography_is_a_paper() -> None:
    text = """\
        ## Normalisation

        - Layer Normalization Explained in Depth for Practitioners [3]
        - Group Normalization and Its Variants for Small Batches [#gn]
        - Weight Normalization: A Simple Reparameterization to Accelerate Training [Salimans2016] — short.
        - Normalisation in practice [4]

        Instance Normalization: The Missing Ingredient for Fast Stylization [^5]
        """
    assert titles(text, "markdown") == [
        "Layer Normalization Explained in Depth for Practitioners",
        "Group Normalization and Its Variants for Small Batches",
        "Weight Normalization: A Simple Reparameterization to Accelerate Training",
        "Instance Normalization: The Missing Ingredient for Fast Stylization",
    ]


def test_a_title_in_a_bulleted_list_whose_other_items_link_papers_is_weakly_a_paper() -> None:
    text = """\
        ## Slide 4: Vision backbones

        - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
          - the skip connection
        - Densely Connected Convolutional Networks
          - every layer sees every earlier one
        - EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks — arXiv:1905.11946
        - MobileNets if we still have time
        """
    found = refs(text, "markdown")
    assert [(r.title, r.weak) for r in found] == [
        ("Deep Residual Learning for Image Recognition", False),
        ("Densely Connected Convolutional Networks", True),
        ("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks", False),
    ]


def test_a_quoted_name_a_few_words_after_its_kind_and_a_colon_is_not_a_paper() -> None:
    text = """\
        - Postmortem reading: “The Day the Cache Forgot Everything” (INC-2041)
        - Blog post going out next week: “How We Halved Our Build Times Without New Hardware”
        - Read before Friday: “Attention Is All You Need” (Vaswani et al., 2017)
        """
    assert titles(text, "markdown") == ["Attention Is All You Need"]


def test_a_short_name_then_the_paper_or_result_word_then_the_title_in_parentheses_is_weakly_a_paper() -> None:
    text = """\
        Honestly the ResNet paper (Deep Residual Learning for Image Recognition) aged well, and the t5-11b result (Exploring the Limits of Transfer Learning with a Unified Text-to-Text
        Transformer) too. This work (Something We Did Over the Summer in Our Lab) is ours.
        """
    found = refs(text, "text")
    assert [(r.title, r.weak) for r in found] == [
        ("Deep Residual Learning for Image Recognition", True),
        ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", True),
    ]


def test_a_paper_tagged_with_its_topic_video_or_dataset_stays_a_paper() -> None:
    text = """\
        # Layer Normalization

        - Full Title: Layer Normalization
        - Document Tags: [[video]] [[dataset]] [[tutorial]]
        - URL: https://www.cs.toronto.edu/~hinton/absps/LayerNormalization.pdf
        """
    assert titles(text, "markdown") == ["Layer Normalization"]


def test_a_quoted_title_on_the_line_of_another_papers_link_is_that_other_paper() -> None:
    text = """\
        The base paper is short: https://arxiv.org/abs/1512.03385 – and the follow-up, "Identity Mappings in Deep Residual Networks", is better.
        [Layer Normalization](https://arxiv.org/abs/1607.06450) is what "Attention Is All You Need" (Vaswani et al., 2017) used.
        "Group Normalization" https://arxiv.org/abs/1803.08494
        """
    found = refs(text, "text")
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1512.03385", None),
        (None, "Identity Mappings in Deep Residual Networks"),
        ("1607.06450", "Layer Normalization"),
        (None, "Attention Is All You Need"),
        ("1803.08494", "Group Normalization"),
    ]


def test_a_comments_line_that_more_papers_follow_than_precede_is_no_pages_tail() -> None:
    chat = """\
        ana 10:01 — first up: [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)

        PaperBot: arXiv card

        Comments

        CVPR 2016

        ben 10:05 — and then obviously: Densely Connected Convolutional Networks for Dense Prediction Tasks. it's long
        ana 10:07 — [Layer Normalization](https://arxiv.org/abs/1607.06450)
        ben 10:09 — [Group Normalization](https://arxiv.org/abs/1803.08494)
        """
    assert "Densely Connected Convolutional Networks for Dense Prediction Tasks" in titles(chat, "markdown")


def test_a_run_of_title_case_latin_words_inside_a_sentence_of_another_script_is_weakly_a_paper() -> None:
    text = """\
        Их статья Deep Residual Learning for Image Recognition до сих пор лучшее введение, а потом
        обязательно Layer Normalization Explained for Practitioners (её все цитируют).
        Мы используем Google Cloud Platform каждый день.
        """
    found = refs(text, "text")
    assert [(r.title, r.weak) for r in found] == [
        ("Deep Residual Learning for Image Recognition", True),
        ("Layer Normalization Explained for Practitioners", True),
    ]


def test_an_emphasised_title_opening_a_line_and_wrapped_onto_the_next_is_read_whole() -> None:
    text = """\
        For onboarding we read one of them:
        _Deep Residual Learning
        for Image Recognition_ (He et al., CVPR 2016), which is also the one with the ablations.
        """
    assert titles(text, "markdown") == ["Deep Residual Learning for Image Recognition"]


def test_a_list_table_column_named_as_no_label_is_not_part_of_the_title() -> None:
    text = """\
        Normalisation
        =============

        .. list-table::
           :header-rows: 1

           * - Paper
             - Statistics over
             - Where
           * - Layer Normalization: Normalising Across the Features of One Example
             - the features of one example
             - arXiv 2016
        """
    assert titles(text, "rst") == ["Layer Normalization: Normalising Across the Features of One Example"]


def test_a_title_before_its_id_does_not_keep_the_writers_sentence_it_runs_on_into() -> None:
    text = """\
        Deep Residual Learning for Image Recognition is the backbone most of our detectors use now (arXiv 1512.03385v1); mention it.
        Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention https://arxiv.org/abs/2006.16236
        """
    assert titles(text, "text") == [
        "Deep Residual Learning for Image Recognition",
        "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention",
    ]


# --- an outline's items over their notes (OPML outliners, Markdown nested lists) --------------------------------

OUTLINE_NOTES = """\
    - Sequence models
      - Neural Ordinary Differential Equations

        NeurIPS 2018. Continuous-depth residual networks, adjoint method.

      - Long Short-Term Memory

        Hochreiter & Schmidhuber, 1997. The gates. Lecture notes: https://example.edu/lstm-notes.html

      - BatchNorm — Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift

        ICML 2015. Why it helps is still argued.

      - Cluster quota request + dataset mirror on the shared drive
      - Admin
    """


def test_an_items_note_opening_with_its_venue_or_authors_makes_its_title_a_paper() -> None:
    found = refs(OUTLINE_NOTES, "markdown")
    assert [(r.title, r.reason) for r in found] == [
        ("Neural Ordinary Differential Equations", "given with its venue and year"),
        # (the lecture notes its note points to do not make it a web page)
        ("Long Short-Term Memory", "given with its authors"),
        # its short name, a dash, its title
        (
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
            "given with its venue and year",
        ),
    ]  # a to-do written in the writer's case is not a paper because its siblings are


def test_a_venue_inside_an_items_note_is_not_evidence_for_its_title() -> None:
    text = """\
        - Reading group logistics

          We meet after the NeurIPS 2023 deadline, in room 4.

        - Poster printing for the lab

          Alice et al. handle it.
        """
    assert refs(text, "markdown") == ()


def test_a_numbered_items_title_after_the_writers_words_and_a_colon_is_a_candidate() -> None:
    text = """\
        Thursday: diffusion, two takes
        1. [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)
        2. the Stanford one from the year before it: Generative Modeling by Estimating Gradients of the Data Distribution

        Read both before we meet.
        """
    found = refs(text, "markdown")
    assert [(r.title, r.weak) for r in found] == [
        ("Denoising Diffusion Probabilistic Models", False),
        ("Generative Modeling by Estimating Gradients of the Data Distribution", True),
    ]


def test_a_chat_message_opening_in_the_writers_words_gives_the_title_after_its_colon() -> None:
    text = """\
        anyone presenting next week? happy to swap slots

        Theory corner, for whoever wants a break from scaling laws: Understanding Deep Learning Requires Rethinking Generalization (ICLR 2017). Random labels, same nets.
        Also the old lecture series is still the best intro: https://www.youtube.com/watch?v=abcdefghijk
        """
    found = refs(text, "markdown")
    assert [(r.title, r.reason) for r in found] == [
        ("Understanding Deep Learning Requires Rethinking Generalization", "given with its venue and year"),
    ]


# --- JSON exports of boards and APIs: records with parts of their own -------------------------------------------

BOARD = {
    "name": "Vision reading group 2025",
    "actions": [
        {
            "type": "updateCard",
            "data": {
                "board": {"id": "b1", "name": "Vision reading group 2025"},
                "list": {"id": "l1", "name": "Next up"},
                "card": {"id": "c1", "name": "Masked Autoencoders Are Scalable Vision Learners"},
            },
        }
    ],
    "cards": [
        {
            "id": "c1",
            "name": "Masked Autoencoders Are Scalable Vision Learners",
            "desc": "Presenter: Ana, slides attached.",
            "url": "https://trello.com/c/AbCdEf12/1-masked-autoencoders",
            "labels": [{"id": "g", "name": "read", "color": "green"}],
            "attachments": [
                {
                    "id": "a",
                    "name": "mae_slides.pdf",
                    "url": "https://trello.com/1/cards/c1/attachments/a/download/mae_slides.pdf",
                }
            ],
        },
        {"id": "c2", "name": "ask Ben about the GPU quota", "labels": [{"id": "t", "name": "todo"}]},
        {"id": "c3", "name": "Room booking WS25 + hybrid fallback", "attachments": []},
        {"id": "c4", "name": "ViT (Dosovitskiy et al. 2021)", "labels": [{"id": "g", "name": "read"}]},
    ],
}


def test_a_boards_cards_are_records_and_its_own_name_and_its_to_dos_are_not_papers(tmp_path: Path) -> None:
    found = refs(json.dumps(BOARD), "json")
    assert [r.title for r in found] == ["Masked Autoencoders Are Scalable Vision Learners"]


def test_an_api_answers_papers_with_author_records_are_read_with_their_authors() -> None:
    answer = {
        "total": 2,
        "data": [
            {
                "paperId": "a1",
                "title": "Deep Residual Learning for Image Recognition",
                "authors": [{"authorId": "1", "name": "Kaiming He"}, {"authorId": "2", "name": "X. Zhang"}],
                "externalIds": {"ArXiv": "1512.03385"},
            },
            {
                "paperId": "b2",
                "title": "Layer Normalization",
                "authors": [{"given": "Jimmy Lei", "family": "Ba"}],
            },
        ],
    }
    found = refs(json.dumps(answer, indent=2), "json")
    assert [(r.title, r.arxiv_id, r.authors) for r in found] == [
        ("Deep Residual Learning for Image Recognition", "1512.03385", "Kaiming He, X. Zhang"),
        ("Layer Normalization", None, "Jimmy Lei Ba"),  # (a short title, vouched for by its authors)
    ]


# --- model cards: the Hub's front matter and the card template's fields -----------------------------------------

MODEL_CARD = """\
    ---
    library_name: peft
    tags:
    - lora
    - arxiv:2106.09685
    - "arxiv:2305.14314"
    ---

    # tiny-llama-qlora

    The adapter of a small chat model, trained with QLoRA.

    - **Developed by:** Heron Lab, University of Somewhere
    - **Paper [optional]:** [More Information Needed]
    - **Base model paper:** Llama 2: Open Foundation and Fine-Tuned Chat Models

    The vision tower is SigLIP (Sigmoid Loss for Language Image Pre-Training, `google/siglip-base-patch16-224`).
    """


def test_a_model_cards_arxiv_tags_and_its_paper_field_are_references() -> None:
    found = refs(MODEL_CARD, "markdown")
    assert [(r.arxiv_id, r.title) for r in found if r.arxiv_id] == [
        ("2106.09685", None),
        ("2305.14314", None),
    ]
    titles_found = [(r.title, r.reason) for r in found if not r.arxiv_id]
    assert ("Llama 2: Open Foundation and Fine-Tuned Chat Models", "labelled as the title") in titles_found
    assert all(title not in ("Developed by", "More Information Needed]") for title, _ in titles_found)
    # (a checkpoint's name in a code span after the title is not part of it)
    assert all("`" not in (title or "") for title, _ in titles_found)


# --- a Kindle's My Clippings.txt ---------------------------------------------------------------------------------

CLIPPINGS = (
    "\ufeffDeep Learning with Python (Chollet, François)\r\n"
    "- Your Highlight on page 12 | Location 180-182 | Added on Monday, 8 January 2024 20:01:02\r\n\r\n"
    "a tensor is a container for data\r\n==========\r\n"
    "\ufeffAdam: A Method for Stochastic Optimization (Diederik P. Kingma)\r\n"
    "- Your Highlight on page 2 | Added on Tuesday, 9 January 2024 07:48:03\r\n\r\n"
    "bias-corrected first and second moment estimates\r\n==========\r\n"
    "\ufeff1607.06450v1 (Unknown)\r\n"
    "- Your Note on page 1 | Added on Wednesday, 10 January 2024 08:00:00\r\n\r\n"
    "normalise over the features of one example, not the batch\r\n==========\r\n"
    "\ufeffsrivastava14a (Unknown)\r\n"
    "- Your Highlight on page 1 | Added on Thursday, 11 January 2024 21:19:33\r\n\r\n"
    "Dropout: a simple way to prevent neural networks from overfitting\r\n==========\r\n"
    "\ufeffsrivastava14a (Unknown)\r\n"
    "- Your Note on page 3 | Added on Thursday, 11 January 2024 21:25:00\r\n\r\n"
    "the TF port is at https://arxiv.org/abs/1409.2329 too\r\n==========\r\n"
    "\ufeffAttention? Attention! (lilianweng.github.io)\r\n"
    "- Your Highlight | Added on Friday, 12 January 2024 10:00:00\r\n\r\n"
    "soft vs hard attention\r\n==========\r\n"
)


def test_a_kindles_clippings_give_each_clipped_paper_once() -> None:
    extraction = extract_references(CLIPPINGS)
    assert extraction.shape == "clippings"
    assert [(r.arxiv_id, r.title, r.authors) for r in extraction.references] == [
        (None, "Adam: A Method for Stochastic Optimization", "Diederik P. Kingma"),
        ("1607.06450", None, None),  # (a PDF named by its arXiv id)
        # (a PDF named by its file: the first highlight on its first page is its title, and its notes' links count)
        (None, "Dropout: a simple way to prevent neural networks from overfitting", None),
        ("1409.2329", None, None),
    ]  # (a store book, by `Last, First`, and a web article, by its site, are not papers)


# --- TEI: GROBID's reading of a paper, its bibliography -----------------------------------------------------------

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xml:space="preserve" xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title level="a" type="main">Our Own Workshop Paper About Adapters</title></titleStmt>
<sourceDesc><biblStruct><analytic><title level="a" type="main">Our Own Workshop Paper About Adapters</title></analytic>
<monogr><imprint/></monogr></biblStruct></sourceDesc></fileDesc></teiHeader>
<text><body><div><p>Adapters <ref type="bibr" target="#b0">(Houlsby et al., 2019)</ref> and more.</p></div></body>
<back><div type="references"><listBibl>
<biblStruct xml:id="b0">
  <analytic><title level="a" type="main">Parameter-efficient transfer learning for NLP</title>
    <author><persName><forename type="first">Neil</forename><surname>Houlsby</surname></persName></author></analytic>
  <monogr><title level="m">Proceedings of the 36th International Conference on Machine Learning</title>
    <imprint><date type="published" when="2019">2019</date></imprint></monogr>
</biblStruct>
<biblStruct xml:id="b1">
  <analytic><title level="a" type="main">GPT understands, too</title></analytic>
  <monogr><title level="j">CoRR</title><imprint><date when="2021">2021</date>
    <biblScope unit="volume">abs/2103.10385</biblScope></imprint></monogr>
</biblStruct>
<biblStruct xml:id="b2">
  <analytic><title level="a" type="main">LoRA: Low-rank adaptation of large language models</title></analytic>
  <monogr><title level="m">ICLR</title><imprint><date when="2022">2022</date></imprint></monogr>
  <idno type="arXiv">arXiv:2106.09685</idno>
</biblStruct>
<biblStruct xml:id="b3">
  <monogr><title level="m" type="main">Universal language model fine-tuning for text classification</title>
    <imprint><date when="2018">2018</date></imprint></monogr>
  <note type="raw_reference">Howard and Ruder. 2018. Universal language model fine-tuning for text classification. In Proceedings of ACL.</note>
</biblStruct>
<biblStruct xml:id="b4">
  <monogr><title level="m" type="main">Deep Learning</title><imprint><publisher>MIT Press</publisher></imprint></monogr>
  <note type="raw_reference">Goodfellow, Bengio and Courville. 2016. Deep Learning. MIT Press.</note>
</biblStruct>
<biblStruct xml:id="b5">
  <analytic><title level="a" type="main">Stanford Alpaca: An instruction-following LLaMA model</title></analytic>
  <monogr><title level="m">Blog post</title><imprint><date when="2023">2023</date></imprint></monogr>
  <ptr target="https://crfm.stanford.edu/2023/03/13/alpaca.html" />
</biblStruct>
</listBibl></div></back></text></TEI>
"""


def test_a_tei_documents_bibliography_entries_are_its_references() -> None:
    extraction = extract_references(TEI)
    assert extraction.shape == "tei"
    assert [(r.arxiv_id, r.title) for r in extraction.references] == [
        (None, "Parameter-efficient transfer learning for NLP"),
        ("2103.10385", "GPT understands, too"),  # (its CoRR volume)
        ("2106.09685", "LoRA: Low-rank adaptation of large language models"),
        (
            None,
            "Universal language model fine-tuning for text classification",
        ),  # (a monograph GROBID misread)
    ]  # (not the document's own title; a book by its publisher, a blog post by its venue: no papers)
    assert extraction.references[0].authors == "Neil Houlsby"


def test_a_ris_thesis_and_a_generic_record_whose_note_calls_it_a_data_set_are_not_papers() -> None:
    text = (
        "TY  - THES\nAU  - Doe, Jane\nPB  - Some University\nPY  - 2023\nTI  - Robust visual representations for robots\n"
        "ER  - \n\n"
        "TY  - GEN\nN1  - Dataset. Local copy on the cluster\nPY  - 2012\nTI  - CIFAR-100 training and test images\n"
        "UR  - https://www.cs.toronto.edu/~kriz/cifar.html\nER  - \n\n"
        "TY  - GEN\nN1  - Preprint, read for the group\nPY  - 2017\n"
        "TI  - Mixup: Beyond Empirical Risk Minimization\nER  - \n\n"
        "TY  - CONF\nPY  - 2016\nTI  - Identity Mappings in Deep Residual Networks\nER  - \n"
    )
    assert titles(text, "ris") == [
        "Mixup: Beyond Empirical Risk Minimization",
        "Identity Mappings in Deep Residual Networks",
    ]


# --- Confluence's storage format, and list items that hold paragraphs -------------------------------------------

CONFLUENCE = """<ac:layout><ac:layout-section ac:type="fixed-width"><ac:layout-cell>
<h2>Schedule</h2>
<table><tbody>
<tr><th><p><strong>Paper</strong></p></th><th><p><strong>Status</strong></p></th><th><p><strong>Material</strong></p></th></tr>
<tr><td><p>Big Bird: Transformers for Longer Sequences</p></td>
<td><p><ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green</ac:parameter>
<ac:parameter ac:name="title">DONE</ac:parameter></ac:structured-macro></p></td>
<td><p>background: <a href="https://example.blog/posts/attention-family/">a blog post</a></p></td></tr>
<tr><td><p>Long Range Arena: A Benchmark for Efficient Transformers</p></td><td><p>DONE</p></td>
<td><p><ac:structured-macro ac:name="view-file"><ac:parameter ac:name="name"><ri:attachment ri:filename="2011.04006v1.pdf" /></ac:parameter>
<ac:parameter ac:name="height">250</ac:parameter></ac:structured-macro></p></td></tr>
</tbody></table>
<h2>Backlog</h2>
<ac:task-list><ac:task><ac:task-id>31</ac:task-id><ac:task-uuid>60d675e3</ac:task-uuid><ac:task-status>incomplete</ac:task-status>
<ac:task-body>Random Feature Attention, needs a presenter</ac:task-body></ac:task></ac:task-list>
<ul><li><p><ac:link><ri:page ri:content-title="Reading notes index" /></ac:link></p></li></ul>
</ac:layout-cell></ac:layout-section></ac:layout>
"""


def test_a_confluence_page_shows_its_attachments_and_tasks_and_hides_its_macro_settings() -> None:
    text, _ = decode_digest(CONFLUENCE.encode(), "page.xml")
    assert "2011.04006v1.pdf" in text  # (an attachment, named only in an attribute)
    for setting in (
        "Green",
        "250",
        "60d675e3",
        "incomplete",
    ):  # (a macro's colour and height, a task's id, state)
        assert setting not in text
    assert "| DONE |" in text.replace("  ", " ")
    assert re.search(r"\n- +Random Feature Attention, needs a presenter", text)  # (a task is an item)
    assert re.search(r"\n- +Reading notes index", text)  # (an item's paragraph stays on its marker's line)
    found = extract_document(text, "page.xml", html=True).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Big Bird: Transformers for Longer Sequences"),  # (a blog post beside it is its material)
        ("2011.04006", "Long Range Arena: A Benchmark for Efficient Transformers"),
    ]


def test_a_quoted_title_with_a_sentence_case_subtitle_is_a_candidate_and_a_quoted_sentence_is_not() -> None:
    text = """\
        Many of those curves come from "Holistic Evaluation of Language Models: Measuring seven metrics across many scenarios" - a big table.
        Our post was called "Effizientes Fine-Tuning: Was ich nach zwei Jahren LoRA & Co. gelernt habe" back then.
        """
    found = refs(text, "markdown")
    assert [(r.title, r.weak) for r in found] == [
        ("Holistic Evaluation of Language Models: Measuring seven metrics across many scenarios", True),
    ]


# --- a slide deck's source lines -----------------------------------------------------------------------------------

SLIDE_SOURCE_LINES = """\
    ## Normalisation

    Normalise over the batch, learn a scale and a shift.

    Ioffe & Szegedy. Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift. ICML 2015.
    Mention the train/test discrepancy briefly.

    ## Residual networks

    - ResNets add the input back, so that deep stacks still train
    - Highway networks gate the same path
    He et al. Identity Mappings in Deep Residual Networks. ECCV 2016.

    Full title: Deep Networks with Stochastic Depth — 1603.09382. Skip the rest of the section.

    Smith and Jones. We meet on Friday. Room 4.
    """


def test_a_reference_on_its_own_line_and_an_id_after_a_dash_in_a_sentence_are_read() -> None:
    found = refs(SLIDE_SOURCE_LINES, "markdown")
    assert [(r.arxiv_id, r.title, r.reason) for r in found] == [
        (
            None,
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
            "a reference-list entry (authors, year, title, venue)",
        ),
        (
            None,
            "Identity Mappings in Deep Residual Networks",
            "a reference-list entry (authors, year, title, venue)",
        ),
        ("1603.09382", "Deep Networks with Stochastic Depth", "labelled as the title"),
    ]  # (a sentence in the writer's words under a bullet is no paper; nor is a line of names and sentences)


def test_a_title_line_cited_on_the_next_line_by_its_journal_or_authors_is_a_paper() -> None:
    text = """\
        commit 9f3afa10a6070e9049403120ab0993a0ece4158c
        Author: Ana Silva <ana@example.org>

            bio: add notes

            Mastering the game of Go without human knowledge
            (Nature 550, 354-359). Self-play only, no human games.

            Evolving Reinforcement Learning Algorithms
            (ICLR 2021). Losses searched for as computation graphs.

            Submissions must use the ICML 2024 style files
            (https://media.icml.cc/Conferences/ICML2024/Styles/icml2024.zip), four pages at most.
        """
    found = refs(text, "text")
    assert [(r.title, r.reason) for r in found] == [
        ("Mastering the game of Go without human knowledge", "given with its venue and year"),
        ("Evolving Reinforcement Learning Algorithms", "given with its venue and year"),
    ]  # (an address in parentheses is no citation)


def test_a_source_line_giving_two_sources_apart_by_a_dot_reads_the_reference_before_it() -> None:
    text = """\
        ## Text-to-image

        - Imagen: frozen T5 text encoder, cascaded super-resolution
        Saharia et al. Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding. 2022. · Stable Diffusion: see the docs.
        """
    assert titles(text, "markdown") == [
        "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding"
    ]


def test_names_a_dash_and_a_title_give_the_title_up_to_its_venue_or_sentence_end() -> None:
    text = """\
        Notes from the week

        Hochreiter, Schmidhuber - Long Short-Term Memory, Neural Computation 1997. Read sections 2 and 4.

        Graves, Wayne, Danihelka - Neural Turing Machines. Read with the DNC paper next week.

        UPTEC Asprela, Rua Alfredo Allen 455, Porto — Auditório 2.14 (second floor)

        Y Leviathan, M Kalman, Y Matias - International Conference on Machine Learning, 2023
        """
    assert titles(text, "markdown") == ["Long Short-Term Memory", "Neural Turing Machines"]


def test_a_kindle_note_citing_its_document_in_the_first_clipping_is_read() -> None:
    text = (
        "\ufefflecun-01a (Unknown)\r\n- Your Note on page 1 | Added on Sunday, 4 February 2024 16:10:22\r\n\r\n"
        "LeCun, Bottou, Bengio, Haffner - Gradient-Based Learning Applied to Document Recognition, Proc. IEEE 1998."
        " 46 pages!!\r\n==========\r\n"
        "\ufefflecun-01a (Unknown)\r\n- Your Highlight on page 5 | Added on Sunday, 4 February 2024 16:30:00\r\n\r\n"
        "convolutional networks for images\r\n==========\r\n"
    )
    assert [r.title for r in extract_references(text).references] == [
        "Gradient-Based Learning Applied to Document Recognition"
    ]


def test_a_reply_count_inside_a_comment_thread_does_not_end_the_page() -> None:
    text = """\
        My five favourite papers on speech this year:

        1. Conformer: Convolution-augmented Transformer for Speech Recognition (arXiv:2005.08100)
        2. wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations (arXiv:2006.11477)

        Like · Comment · Share

        Priya Raman
        I would add arXiv:2212.04356 to that.

        4 replies

        Tomas Berg
        Nobody mentions "Robust Speech Recognition via Large-Scale Weak Supervision" and it is the one to read.

        Like · Reply
        """
    assert "Robust Speech Recognition via Large-Scale Weak Supervision" in titles(text, "text")


def test_a_page_tail_of_related_posts_still_ends_the_page() -> None:
    text = """\
        My five favourite papers on speech this year:

        1. Conformer: Convolution-augmented Transformer for Speech Recognition (arXiv:2005.08100)
        2. wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations (arXiv:2006.11477)

        Related posts

        "How We Rebuilt Our Data Pipeline From Scratch In Two Weeks" by the platform team
        """
    assert len(titles(text, "text")) == 2


def test_authors_then_an_emphasised_title_in_prose_give_the_title() -> None:
    text = """\
        # Lecture 7

        Speech models trained with CTC (Graves et al., _Connectionist Temporal Classification: Labelling Unsegmented
        Sequence Data with Recurrent Neural Networks_, ICML 2006) ruled speech recognition for a decade.
        The gating idea goes back to Hochreiter and Schmidhuber, *Long Short-Term Memory*, in 1997.
        """
    found = {r.title: r.reason for r in refs(text, "markdown")}
    assert found == {
        "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks": (
            "given with its authors"
        ),
        "Long Short-Term Memory": "given with its authors",
    }


def test_an_emphasised_title_with_a_subtitle_inside_an_item_of_prose_is_read_weakly() -> None:
    text = """\
        Three ways to give a Transformer more memory:

        + *Recurrence over segments.* Cache the previous segment's hidden states.
        + *Learned forgetting.* *Not All Memories are Created Equal: Learning to Forget by Expiring* predicts an
          expiration span for each memory.
        + *Compression.* Squash old memories into fewer slots.
        """
    found = refs(text, "markdown")
    assert [(r.title, r.weak) for r in found] == [
        ("Not All Memories are Created Equal: Learning to Forget by Expiring", True)
    ]


def test_an_emphasised_book_chapter_a_project_and_bold_item_heads_are_no_prose_titles() -> None:
    text = """\
        # Episode guide

        1. **Scaling Laws Are Not Destiny: Why Small Models Keep Surprising Us**
        2. **Learning to Ship: Lessons from Deploying Retrieval Systems at Scale**

        The cleanest derivation of the ELBO: Bishop & Bishop, *Deep Learning: Foundations and Concepts* (2024), ch. 19.
        The lab received a grant for the project *LEANLM: Learning Efficient and Accountable Neural Language Models*.
        """
    assert titles(text, "markdown") == []


def test_an_item_linking_to_a_post_still_names_the_paper_its_words_cite() -> None:
    text = """\
        ## Highlights
        - the gating story starts earlier: "Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation" (Cho et al. 2014) is still worth a read ([View Tweet](https://twitter.com/someone/status/1763678901234567890))
        - my hot take on scaling, nothing to cite here ([View Tweet](https://twitter.com/someone/status/1763678901234567891))
        """
    assert titles(text, "markdown") == [
        "Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation"
    ]


def test_an_emphasised_name_in_prose_is_read_as_a_quoted_one() -> None:
    text = """\
        # Lecture 14

        Two lectures ago we did the paper everybody cites as *Attention Is All You Need*, from 2017.
        Sparse attention starts with *Generating Long Sequences with Sparse Transformers*, by Child and colleagues.
        The **Best Paper Award** and **Best Student Paper Award** come with a travel grant.
        Please read the *whole* appendix and *Section Three* before class.
        """
    assert titles(text, "markdown") == [
        "Attention Is All You Need",
        "Generating Long Sequences with Sparse Transformers",
    ]


def test_an_arxiv_page_title_as_a_heading_gives_the_title_after_the_id() -> None:
    text = """\
        ## [2101.08809] PyGlove: Symbolic Programming for Automated Machine Learning

        Clipped from the abstract page.
        """
    assert [(r.arxiv_id, r.title) for r in refs(text, "markdown")] == [
        ("2101.08809", "PyGlove: Symbolic Programming for Automated Machine Learning")
    ]


def test_a_saved_page_whose_part_names_no_charset_is_read_by_the_charset_its_html_declares() -> None:
    html = (
        '<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3DUTF-8"></head><body>'
        "<p>Zanim pojawi=C5=82 si=C4=99 BERT, by=C5=82o =E2=80=9CImproving Language Understanding by Generative"
        " Pre-Training=E2=80=9D (czyli GPT-1).</p></body></html>"
    )
    data = (
        "From: <Saved by Blink>\r\nSubject: =?utf-8?Q?Od_BERT=2Da?=\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n'
        "----b--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{html}\r\n----b----\r\n"
    ).encode()
    text, _ = decode_digest(data, "post.mhtml")
    assert (
        "Zanim pojawił się BERT, było “Improving Language Understanding by Generative Pre-Training”" in text
    )


def test_an_item_naming_two_papers_by_id_counts_as_papers_for_its_untitled_siblings() -> None:
    text = """\
        ## Poprawki do BERT-a

        - XLNet: Generalized Autoregressive Pretraining for Language Understanding – permutacyjne modelowanie języka.
        - [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692) – trenuj dłużej.
        - [ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators](https://arxiv.org/pdf/2003.10555.pdf) – ci sami autorzy mają też arXiv 2012.08561.
        - Mniej znana praca: [Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model](https://openreview.net/forum?id=cYr2OPNyTz7)
        - DeBERTa: Decoding-enhanced BERT with Disentangled Attention – osobne wektory treści i pozycji.
        """
    found = {r.title: r.weak for r in refs(text, "markdown") if r.title}
    assert found["XLNet: Generalized Autoregressive Pretraining for Language Understanding"] is True
    assert found["DeBERTa: Decoding-enhanced BERT with Disentangled Attention"] is True


def test_an_api_answer_whose_works_carry_authorships_and_locations_gives_each_work_once() -> None:
    def work(title: str, doi: str | None, locations: list[dict[str, object]]) -> dict[str, object]:
        return {
            "id": "https://openalex.org/W1",
            "doi": doi,
            "title": title,
            "publication_year": 2021,
            "primary_location": locations[0],
            "authorships": [
                {
                    "author_position": "first",
                    "author": {"id": "https://openalex.org/A1", "display_name": "Ana Li"},
                }
            ],
            "locations": locations,
        }

    venue = {
        "landing_page_url": None,
        "source": {"display_name": "International Conference on Learning Representations"},
    }
    arxiv = {"landing_page_url": "https://arxiv.org/abs/2010.11929", "source": {"display_name": "arXiv"}}
    answer = {
        "meta": {"count": 3},
        "results": [
            work(
                "A Simple Framework for Contrastive Learning of Visual Representations",
                "https://doi.org/10.48550/arxiv.2002.05709",
                [arxiv],
            ),
            work("Rethinking Pre-training and Self-training", None, [venue]),
            work(
                "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                None,
                [venue, arxiv],
            ),
        ],
    }
    found = [(r.arxiv_id, r.title) for r in extract_references(json.dumps(answer), "json").references]
    assert found == [
        ("2002.05709", "A Simple Framework for Contrastive Learning of Visual Representations"),
        (None, "Rethinking Pre-training and Self-training"),
        ("2010.11929", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"),
    ]


def test_a_to_dos_verb_and_the_writers_notes_are_no_part_of_the_title_it_names() -> None:
    text = """\
        ## This week

        - Read REALM: Retrieval-Augmented Language Model Pre-Training (sec 3 + appendix on index refresh) https://arxiv.org/abs/2002.08909
        - Skim Lite Transformer with Long-Short Range Attention for the efficiency baselines table https://arxiv.org/pdf/2004.11886.pdf
        - Reread Autoregressive Entity Retrieval before writing the entity section https://arxiv.org/abs/2010.00904
        - Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models https://arxiv.org/abs/2206.04615
        - Scaling Vision Transformers to 22 billion parameters https://arxiv.org/abs/2302.05442

        Return Jurafsky & Martin (SLP) to the library before Friday.
        """
    assert titles(text, "markdown") == [
        "REALM: Retrieval-Augmented Language Model Pre-Training",
        "Lite Transformer with Long-Short Range Attention",
        "Autoregressive Entity Retrieval",
        "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models",
        "Scaling Vision Transformers to 22 billion parameters",
    ]


def test_a_reference_list_leaves_out_data_sets_guidance_documents_and_bare_author_pairs() -> None:
    text = """\
        ## References

        1. Gulrajani, I. & Lopez-Paz, D. In search of lost domain generalization. In Proc. International Conference on Learning Representations (ICLR, 2021).

        2. Wang, X. et al. ChestX-ray14 dataset. NIH Clinical Center https://nihcc.example.gov/ChestXray (2017).

        3. US Food and Drug Administration. Marketing submission recommendations for a predetermined change control plan for device software functions. Draft guidance https://www.fda.example.gov/media/1/download (2023).

        4. Zhao, B., Mopuri, K. R. & Bilen, H. Dataset condensation with gradient matching. In Proc. International Conference on Learning Representations (ICLR, 2021).

        notes:
        - 1 is the framing for sec. 2. "Gulrajani & Lopez-Paz" = DomainBed.
        """
    assert titles(text, "text") == [
        "In search of lost domain generalization",
        "Dataset condensation with gradient matching",
    ]


def test_a_title_line_cited_after_a_dash_or_by_its_authors_in_parentheses_is_read() -> None:
    text = """\
        ## Optimisation notes

        Decoupled Weight Decay Regularization — Loshchilov & Hutter, ICLR 2019.

        L2 is not weight decay for adaptive methods.

        **AutoHAS: Efficient Hyperparameter and Architecture Search** (Dong, Tan, Yu, Peng, Gabrys, Le)

        Joint search with a shared supernet.

        Weekly Sync Notes — Tuesday, 14:00.
        """
    assert titles(text, "markdown") == [
        "Decoupled Weight Decay Regularization",
        "AutoHAS: Efficient Hyperparameter and Architecture Search",
    ]


def test_a_title_in_prose_ends_before_its_authors_and_date() -> None:
    text = """\
        # Lecture 14

        And finally, the one you've all heard of: Mamba: Linear-Time Sequence Modeling with Selective State Spaces, Gu and Dao, December 2023.
        *Reformer: The Efficient Transformer*, from Kitaev, Kaiser and Levskaya.
        Locality-sensitive hashing buckets the queries and keys.
        """
    assert titles(text, "markdown") == [
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "Reformer: The Efficient Transformer",
    ]


def test_a_chat_exports_html_value_is_read_as_the_markdown_it_shows(tmp_path: Path) -> None:
    body = (
        "**Schedule** (pinned)\n1. [ReAct: Synergizing Reasoning and Acting in Language Models]"
        "(https://openreview.net/forum?id=WE_vluYUL-X) + the agent docs\n"
        "2. [Toolformer: Language Models Can Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761)"
    )
    formatted = (
        '<p><strong>Schedule</strong> (pinned)</p>\n<ol>\n<li><a href="https://openreview.net/forum?id=WE_vluYUL-X">'
        "ReAct: Synergizing Reasoning and Acting in Language Models</a> + the agent docs</li>\n"
        '<li><a href="https://arxiv.org/abs/2302.04761">Toolformer: Language Models Can Teach Themselves to Use '
        "Tools</a></li>\n</ol>\n"
    )
    export = {
        "room_name": "Agents reading room",
        "messages": [
            {
                "type": "m.room.message",
                "sender": "@ana:matrix.org",
                "content": {
                    "msgtype": "m.text",
                    "body": body,
                    "format": "org.matrix.custom.html",
                    "formatted_body": formatted,
                },
            }
        ],
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, indent=4), encoding="utf-8")
    (reading,) = read_digests([str(path)])
    found = {(r.arxiv_id, r.openreview_id, r.title) for r in reading.extraction.references}
    assert found == {
        (None, "WE_vluYUL-X", "ReAct: Synergizing Reasoning and Acting in Language Models"),
        ("2302.04761", None, "Toolformer: Language Models Can Teach Themselves to Use Tools"),
    }


def test_a_book_named_by_its_authors_and_short_name_is_no_nicknamed_title() -> None:
    text = """\
        Errands

        Return Jurafsky & Martin (SLP)
        Due back on Friday, says the library.

        Learning Transferable Visual Models From Natural Language Supervision (CLIP)
        Contrastive pretraining on image and caption pairs.
        """
    assert titles(text, "text") == ["Learning Transferable Visual Models From Natural Language Supervision"]


def test_an_item_cited_by_its_authors_and_journal_keeps_its_title_whatever_its_note_links() -> None:
    text = """\
        Block 1 – Recurrent models

        1. Long Short-Term Memory – Hochreiter & Schmidhuber, Neural Computation 9(8), 1997. Dense; Olah's blog post is the gentler way in: https://colah.github.io/posts/2015-08-Understanding-LSTMs/
        2. Improving Language Understanding by Generative Pre-Training – Radford, Narasimhan, Salimans, Sutskever, OpenAI 2018 (not on arXiv; PDF: https://cdn.example.com/language_understanding_paper.pdf) – "GPT-1".
        3. Understanding LSTM Networks – a blog post, https://colah.github.io/posts/2015-08-Understanding-LSTMs/
        """
    assert titles(text, "markdown") == [
        "Long Short-Term Memory",
        "Improving Language Understanding by Generative Pre-Training",
    ]


def test_a_reference_list_pasted_from_a_pdf_with_full_names_ligatures_and_broken_words(
    tmp_path: Path,
) -> None:
    text = """\
        Our controller is trained with plain backpropagation [3] on top of [1] and [2].

        References
         [1] Durmus Alp Emre Acar, Yue Zhao, Ramon Matas Navarro, Paul N. Whatmough, and Venkatesh Saligrama.
             Federated learning based on dynamic regularization. In International Conference on Learning
             Representations, 2021.
         [2] Tengyu Ma. Why do local methods solve nonconvex problems? In Tim Roughgarden, editor, Beyond the
             Worst-Case Analysis of Algorithms, chapter 21. Cambridge University Press, 2021.
         [3] David E. Rumelhart, Geoﬀrey E. Hinton, and Ronald J. Williams. Learning representations by
             back-propagating errors. Nature, 323(6088):533–536, 1986.
         [4] Gobinda Saha, Isha Garg, and Kaushik Roy. Gradient projection memory for continual learn-
             ing. In International Conference on Learning Representations, 2021.
         [5] Mingxing Tan and Quoc Le. EﬃcientNet: Rethinking model scaling for convolutional neural
             networks. In International Conference on Machine Learning, pages 6105–6114. PMLR, 2019.
        """
    path = tmp_path / "related_work.txt"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    (reading,) = read_digests([str(path)])
    assert [r.title for r in reading.extraction.references] == [
        "Federated learning based on dynamic regularization",
        "Why do local methods solve nonconvex problems?",
        "Learning representations by back-propagating errors",
        "Gradient projection memory for continual learning",
        "EfficientNet: Rethinking model scaling for convolutional neural networks",
    ]


def test_a_bibliography_entry_titled_in_sentence_case_is_a_paper() -> None:
    text = """\
        @inproceedings{glorot_understanding_2010,
        \ttitle = {Understanding the difficulty of training deep feedforward neural networks},
        \turl = {https://proceedings.mlr.press/v9/glorot10a.html},
        \tbooktitle = {Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics},
        \tauthor = {Glorot, Xavier and Bengio, Yoshua},
        \tdate = {2010-03-31},
        }

        @misc{todo_2024,
        \ttitle = {read this later},
        }
        """
    assert titles(text, "bibtex") == [
        "Understanding the difficulty of training deep feedforward neural networks"
    ]


def test_a_pasted_papers_running_header_naming_its_workshop_is_no_title() -> None:
    text = """\
        2 Related work

        Workshop on Medical Imaging meets NeurIPS (MedNeurIPS 2024). Do not distribute.

        Federated learning is surveyed in [1].
        """
    assert titles(text, "text") == []


def test_a_notes_web_links_and_its_talks_are_no_papers() -> None:
    note = {
        "title": "Reading group admin",
        "listContent": [
            {
                "text": "Confirm speaker 24 Jan: \u201cScaling Laws for Robot Fleets: What Breaks at 1,000 Arms\u201d",
                "isChecked": False,
            },
            {
                "text": "Confirm 7 Feb: \u201cEvaluating Evaluators: A Field Guide to Judge Models in Production\u201d (industry talk, no paper)",
                "isChecked": False,
            },
        ],
        "annotations": [
            {
                "source": "WEBLINK",
                "title": "Reading group winter term \u2013 Doodle",
                "url": "https://doodle.example.com/meeting/x",
            },
            {
                "source": "WEBLINK",
                "title": "RG shared folder \u2013 Google Drive",
                "url": "https://drive.google.com/drive/folders/1q",
            },
            {
                "source": "WEBLINK",
                "title": "ML Reading Group \u2013 Group page",
                "url": "https://rg.vision-lab.example/",
            },
        ],
    }
    assert titles(json.dumps(note, indent=1), "json") == []


def test_the_writers_note_in_parentheses_after_a_title_is_no_part_of_it() -> None:
    text = """\
        1/ Vision backbones, a thread. Papers I'd actually read:

        2/ How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers (arXiv:2106.10270).

        3/ Scaling Vision Transformers (the ViT-G/14 one). Mostly for the scaling plots; skim the rest.

        4/ Language Models (Mostly) Know What They Know (arXiv:2207.05221).
        """
    found = titles(text, "text")
    assert "Scaling Vision Transformers" in found
    assert "Language Models (Mostly) Know What They Know" in found
    assert not any("ViT-G" in (title or "") for title in found)


# --- titles in hard-wrapped mail, and a paper's short name after its title --------------------------------------


def test_an_en_dash_list_marks_items_as_a_hyphen_does() -> None:
    # (a word processor or a mail client turns `- ` into `– `)
    text = """\
        For the robotics half of the session I'd keep it to one line of work:
        – Grounded Planners: Language Models Propose, Value Functions Dispose (PlanCan) – a short read;
        – Generalist Policies Across Six Hundred Embodied Tasks (OmniBot) – one transformer for everything;

        Both are more ideas papers than methods.
        """
    found = titles(text, "text")
    assert "Grounded Planners: Language Models Propose, Value Functions Dispose" in found
    assert "Generalist Policies Across Six Hundred Embodied Tasks" in found


def test_a_title_wrapped_in_a_paragraph_before_its_citation_is_found() -> None:
    text = """\
        Mar 19 -- Why Do Deep Graph Networks Forget Their Inputs So Much Faster than
        Shallow Graph Networks? (Okafor, Lund & Brandt, ICLR 2021). Jonas is
        presenting.

        +1 for (b). It pairs well with Shortcut Features in Deep Protein Language Models
        (Haddad et al., Nature Machine Intelligence 2020), which is more of a
        perspective.
        """
    found = titles(text, "text")
    assert (
        "Why Do Deep Graph Networks Forget Their Inputs So Much Faster than Shallow Graph Networks?" in found
    )
    assert "Shortcut Features in Deep Protein Language Models" in found


def test_a_title_in_prose_given_its_short_name_in_parentheses_is_found() -> None:
    text = """\
        For background, the direct ancestor of our model is Few-Shot Captioning with
        Frozen Speech Encoders (everyone calls it "Icicle"), worth 20 minutes
        if you haven't seen it.

          14 Dec  Sequence modelling for control: Offline Planning as
                  One Big Token Prediction Problem (the Plan Transformer),
                  plus the model report if time allows
        """
    refs_found = refs(text, "text")
    found = {ref.title: ref for ref in refs_found}
    assert set(found) == {
        "Few-Shot Captioning with Frozen Speech Encoders",
        "Offline Planning as One Big Token Prediction Problem",
    }


def test_a_name_in_parentheses_that_is_a_persons_an_acronym_or_a_word_is_no_short_name() -> None:
    text = """\
        Most of the code is licensed under the terms of the
        GNU Lesser General Public License (LGPL), see COPYING.

        Next up: MLSys Seminar #11, Quantisation in Production: Three Case Studies from Industry (Mei-Ling Sato).
        We trained it with Proximal Policy Gradient Optimization Methods (PPGOM) as usual.
        The Vector Institute for Artificial Intelligence (Toronto) hosts the meetup.
        """
    assert titles(text, "text") == []


def test_a_title_with_a_word_in_parentheses_after_a_writers_colon_is_found() -> None:
    text = """\
        20:20 < moe_b> slightly different angle: Transformers (Sometimes) Count What They Read. calibration, mostly
        20:21 < moe_b> relevant for agents too
        """
    assert "Transformers (Sometimes) Count What They Read" in titles(text, "text")


def test_a_title_after_the_writers_colon_ends_at_a_spaced_dash() -> None:
    text = """\
        Some notes on guidance.

        then: Classifier-Free Guidance for Diffusion Samplers — drop the classifier, mix the two scores.
        """
    assert titles(text, "text") == ["Classifier-Free Guidance for Diffusion Samplers"]


def test_a_to_do_apps_rows_are_its_writers_words_read_for_the_papers_they_cite() -> None:
    text = """\
        TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR
        section,Speakers,,,,
        task,Confirm talk title with Ana,"Working title: ""Cheap Experts: Serving Sparse Models on a Budget"".",3,1,Ana Ruiz (4187)
        note,"Ana says the title stays, slides by Monday",,,,Bo Lind (3912)
        task,Book room 1813.0042 for Thursdays,"recurring booking",4,1,Bo Lind (3912)
        task,For the intro slide: Gradient Surgery for Multi-Task Learning Objectives (Kaur et al. 2020),,4,1,Bo Lind (3912)
        task,Print the paper for Thursday,https://arxiv.org/abs/2001.06782,4,1,Bo Lind (3912)
        """
    found = refs(text, "csv")
    assert [ref.title for ref in found if ref.arxiv_id is None] == [
        "Gradient Surgery for Multi-Task Learning Objectives"
    ]
    assert [ref.arxiv_id for ref in found if ref.arxiv_id] == ["2001.06782"]


def test_a_title_quoted_after_the_words_blog_post_is_a_posts() -> None:
    text = """\
        Fallback session: discuss the blog post "Attention, Please: A Visual Tour of Cache Layouts" if nobody presents.
        """
    assert titles(text, "text") == []


def test_a_bullets_named_and_subtitled_title_before_the_writers_words_is_weakly_a_paper() -> None:
    text = """\
        Personalisation, in the order I'd read it:

        - PhotoTwin: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Editing — the prior loss is the bit people skip.
        - LoRA for image models is borrowed from the LLM world, no single paper to read.
        - Spring Workshop on Efficient Inference: Call for Posters Opens Today — deadline in April.
        - Attention, Please: A Visual Tour of Cache Layouts — a blog post, good for newcomers.
        """
    found = refs(text, "markdown")
    assert [(ref.title, ref.weak) for ref in found] == [
        ("PhotoTwin: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Editing", True)
    ]


def test_a_paragraph_opening_with_a_named_title_then_the_writers_sentence_names_a_paper() -> None:
    text = """\
        Thread of the week.

        CodeBench: Can Language Models Resolve Real-World Tracker Issues? 2,294 issues from 12 repos, the fix must pass the repo's tests.

        Spring Workshop on Efficient Inference: Call for Posters Now Open. deadline is in April, see the site.
        """
    found = refs(text, "markdown")
    assert [(ref.title, ref.weak) for ref in found] == [
        ("CodeBench: Can Language Models Resolve Real-World Tracker Issues?", True)
    ]


def test_a_schedules_shorthand_for_papers_listed_elsewhere_is_no_title() -> None:
    text = """\
        ## Rota

        | Date | Presenter | Paper | Room |
        | --- | --- | --- | --- |
        | 2024-02-08 | Ana | Self-Distilled Vision Pretraining Without Labels (#7) | B-214 |
        | 2024-02-15 | Chen | Rethinking pre-training (#6) + Noisy Student | online |
        | 2024-03-07 | Eitan | ViT + BiT Refresher for Newcomers | C-003 |
        | 2024-03-14 | Dara | Contrastive Learning with Harder Negative Samples | B-214 |
        """
    # (a full title with its row's number is that paper; a nickname joined to another by a plus is not)
    assert titles(text, "markdown") == [
        "Self-Distilled Vision Pretraining Without Labels",
        "Contrastive Learning with Harder Negative Samples",
    ]


def test_english_titles_inside_a_korean_chat_are_bounded_by_the_script_around_them() -> None:
    text = """\
        [정민재] [오후 9:21] 그 전에 QNT.int4(): 4-bit Matrix Kernels for Transformers at Scale 을 한 번 짚고 가면 좋겠어요.
        [김지훈] [오후 6:41] 멀긴 한데 괜찮을 듯. Teaching language models to follow instructions with human ratings 하나만 보고 가요
        [박서연] [오후 6:43] 좋아요 Thanks for the slides 감사합니다
        """
    assert titles(text, "text") == [
        "QNT.int4(): 4-bit Matrix Kernels for Transformers at Scale",
        "Teaching language models to follow instructions with human ratings",
    ]


def test_a_title_cited_then_the_writers_words_in_another_language_is_a_paper() -> None:
    text = """\
        ## Ketika arsitektur ikut berubah

        - Hourglass-Transformer: Pooling out Redundant Tokens for Cheaper Language Models (Dai dkk., NeurIPS 2020) memampatkan panjang urutan di lapisan tengah.
        - Banyak orang juga suka membaca catatan kuliah tentang topik ini.
        """
    assert titles(text, "markdown") == [
        "Hourglass-Transformer: Pooling out Redundant Tokens for Cheaper Language Models"
    ]


def test_a_title_cited_in_prose_on_the_line_of_another_papers_link_is_that_other_paper() -> None:
    text = """\
        Kelompok yang sama kemudian menulis Energy-Based Cloze Models for Pre-Training Encoders (EMNLP 2020), yang menafsirkan ulang ide ini. Zheng dkk. mengusulkan penutupan dalam [Fully-Explored Masking for Self-supervised Pre-training](https://openreview.net/forum?id=cYr2OPNyTz7).
        """
    found = refs(text, "markdown")
    assert sorted((ref.openreview_id or "", ref.title or "") for ref in found) == [
        ("", "Energy-Based Cloze Models for Pre-Training Encoders"),
        ("cYr2OPNyTz7", "Fully-Explored Masking for Self-supervised Pre-training"),
    ]


def test_a_link_inside_the_writers_sentence_names_the_paper_by_its_text() -> None:
    text = """\
        We read [Denoising Sequence Pretraining for Controllable Generation](https://aclanthology.org/2020.acl-main.703/) last week and liked it.

        Untuk tugas generatif, model encoder saja kurang pas. [Span Corruption Objectives for Text Generation, Translation, and Comprehension](https://aclanthology.org/2020.acl-main.999/) (Lewis dkk., ACL 2020) merusak teks.
        """
    assert titles(text, "markdown") == [
        "Denoising Sequence Pretraining for Controllable Generation",
        "Span Corruption Objectives for Text Generation, Translation, and Comprehension",
    ]


def test_a_title_in_prose_right_beside_a_link_with_no_title_is_that_links_title() -> None:
    text = """\
        But if you want to know why it is the default backbone, the paper is worth a read: Cross-lingual Pretraining of Encoders at Scale — https://arxiv.org/abs/1911.02116

        Paper here if anyone's curious: https://huggingface.co/papers/2006.03654 (DeBERTa: Decoding-enhanced BERT with Disentangled Attention)
        """
    found = refs(text, "text")
    assert [(ref.arxiv_id, ref.title) for ref in found] == [
        ("1911.02116", "Cross-lingual Pretraining of Encoders at Scale"),
        ("2006.03654", "DeBERTa: Decoding-enhanced BERT with Disentangled Attention"),
    ]


def test_a_titles_authors_after_it_in_another_language_are_no_part_of_it() -> None:
    text = """\
        ## Lesestoff

        1. Prefix-Steering: Optimizing Continuous Prompts for Generation von Li und Liang – lernbare Präfixe.
        2. [Adapter-Fusion: Composing Task Knowledge for Transfer Learning](https://arxiv.org/abs/2005.00247) – wenig Parameter.
        3. [Low-Rank Updates for Frozen Models](https://arxiv.org/abs/2106.09685) – der Klassiker.
        """
    assert titles(text, "markdown")[0] == "Prefix-Steering: Optimizing Continuous Prompts for Generation"


def test_a_reference_lists_linked_items_are_titled_by_their_links_text() -> None:
    text = """\
        ## Literatur

        1. [Adapter-Fusion: Composing Task Knowledge for Transfer Learning](https://arxiv.org/abs/2005.00247) – wenig Parameter.
        2. [Low-Rank Updates for Frozen Models](https://arxiv.org/abs/2106.09685) – der Klassiker.
        """
    assert [(ref.arxiv_id, ref.title) for ref in refs(text, "markdown")] == [
        ("2005.00247", "Adapter-Fusion: Composing Task Knowledge for Transfer Learning"),
        ("2106.09685", "Low-Rank Updates for Frozen Models"),
    ]


def test_a_slides_named_and_subtitled_bullet_over_its_note_is_weakly_a_paper() -> None:
    text = """\
        ## Slide 5: Editing and 3D

        - PhotoEdit: Learning to Follow Image Editing Requests
          - edits from instructions; training pairs generated by a language model
        - Spring Workshop on Efficient Inference: Call for Posters Opens Today
          - deadline in April, ask Ana
        - Team Offsite Planning: Rooms, Trains and Dinner Options
          - Slides from last year are in the drive
        """
    found = refs(text, "markdown")
    assert [(ref.title, ref.weak) for ref in found] == [
        ("PhotoEdit: Learning to Follow Image Editing Requests", True)
    ]


# --- a title in a sentence with no mark around it --------------------------------------------------------------


def test_a_long_title_case_run_inside_a_sentence_is_weakly_a_paper() -> None:
    notes = (
        "Notes from the reading group\n\n"
        "We spent most of the hour on Sharp Minima Can Generalize for Deep Nets, which argues against the flatness\n"
        "story. Next week is the turn of Improving Language Understanding by\n"
        "Generative Pre-Training, and then we read Learning to Summarize from Human Feedback by Stiennon, Ouyang\n"
        "and colleagues.\n"
    )
    found = refs(notes, "text")
    assert [r.title for r in found] == [
        "Sharp Minima Can Generalize for Deep Nets",
        "Improving Language Understanding by Generative Pre-Training",  # (wrapped with its paragraph)
        "Learning to Summarize from Human Feedback",  # (who wrote it is not the title)
    ]
    assert [(r.reason, r.weak) for r in found] == [
        ("reads as a paper title", True),  # (weakly: a service confirms it)
        ("reads as a paper title", True),
        ("given with its authors", False),
    ]


def test_title_case_names_of_places_jobs_products_and_pairs_in_a_sentence_are_not_papers() -> None:
    notes = (
        "The group meets in the Engineering Building on Tuesday and Thursday this term.\n"
        "She joined as a Staff ML Engineer at the Institute for Data Science last spring.\n"
        "It runs on the Raspberry Pi and in the Raspberry Pi Zero with the Host Tools of the Target Tier Policy.\n"
        "Redistribution of Derivative Works in Source or Object form is allowed.\n"
        "we compared Transformer-XL and the Compressive Transformer on long documents.\n"
        "The talk was a tour of Flamingo: a Visual Language Model for Few-Shot Learning and its descendants.\n"
    )
    assert titles(notes, "text") == []


def test_a_bare_id_right_after_a_title_in_prose_is_that_papers_id() -> None:
    log = (
        "20:07 < quentin_> the sparse line of work is worth a session\n"
        "20:08 < quentin_> and then GLaM: Efficient Scaling of Language Models with Mixture-of-Experts, 2112.06905,"
        " which is the decoder-only one\n"
        "20:09 < lemmy_> for the math week we could read Solving Quantitative Reasoning Problems with Language"
        " Models 2206.14858 and be done\n"
        "20:10 < lemmy_> the room is 2113.06905 on the third floor\n"
    )
    found = refs(log, "text")
    assert [(r.arxiv_id, r.title, r.evidence) for r in found] == [
        (
            "2112.06905",
            "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts",
            Evidence.ARXIV_TEXT,
        ),
        ("2206.14858", "Solving Quantitative Reasoning Problems with Language Models", Evidence.ARXIV_TEXT),
    ]  # (a number of an id's shape with no title before it, and no valid month, is no id)


def test_a_named_subtitled_item_with_the_writers_note_in_parentheses_is_weakly_a_paper() -> None:
    plan = (
        "## For the detection people\n\n"
        "- Mask R-CNN: Instance Segmentation With a Shared Mask Head (an extension of Faster R-CNN, one branch)\n"
        "- Weekly Sync: Agenda and Notes (Room Booking Confirmed)\n"
    )
    found = refs(plan, "markdown")
    assert [(r.title, r.weak) for r in found] == [
        ("Mask R-CNN: Instance Segmentation With a Shared Mask Head", True)
    ]  # (a note in Title Case is no writer's note: the item is a name, not a paper)


def test_a_title_with_a_footnote_mark_is_the_paper_its_footnote_gives_by_id() -> None:
    post = (
        "Everything changed with “Deep Residual Learning for Image Recognition”[2], which made depth cheap.\n\n"
        "Notes\n\n"
        "[1] Krizhevsky A. et al. NeurIPS 2012.\n"
        "[2] He K. et al. CVPR 2016. https://arxiv.org/abs/1512.03385\n"
    )
    found = refs(post, "text")
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition")
    ]  # one paper: the prose's title, the note's id (and authors with a venue are no title)


def test_a_long_title_case_run_inside_a_japanese_or_chinese_sentence_is_weakly_a_paper() -> None:
    chat = (
        "20:35\t小林 さくら\tまず定番から。Deep Residual Learning for Image Recognition（いわゆる ResNet）\n"
        "20:40\t渡辺 健太\t今回は Reinforcement Learning from Human Feedback の話もしたいです\n"
        "20:41\t渡辺 健太\t部落格文章〈Practical Tips for Finetuning Large Language Models Using LoRA〉も参考に\n"
    )
    found = refs(chat, "text")
    assert [(r.title, r.weak) for r in found] == [("Deep Residual Learning for Image Recognition", True)]
    # (a method's name is shorter than a title; a blog post in title marks is not a paper)


def test_a_title_case_run_that_opens_a_sentence_saying_something_of_it_is_weakly_a_paper() -> None:
    thread = (
        "Can we have one session that is a bit skeptical? Scaling Laws for Transfer in Language Models is the"
        " obvious target.\n"
        "About OpenReview\n"
        "Hosting a Venue\n"
        "Frequently Asked Questions\n"
        "Terms of Use\n"
        "Thanks all. The Center for Research on Foundation Models is hosting the next one.\n"
    )
    assert [(r.title, r.weak) for r in refs(thread, "text")] == [
        ("Scaling Laws for Transfer in Language Models", True)
    ]  # (a page's navigation is no sentence; an organisation's name is no paper's title)


def test_a_subtitled_title_opening_the_sentence_it_is_the_subject_of_is_weakly_a_paper() -> None:
    post = (
        "## Self-Refine\n\n"
        "Self-Refine: Iterative Refinement with Self-Feedback improves the draft by asking the model to critique"
        " itself, then rewrite.\n\n"
        "Update: New Reading Room Opening gives the group a quiet place on Fridays.\n"
    )
    assert [(r.title, r.weak) for r in refs(post, "markdown")] == [
        ("Self-Refine: Iterative Refinement with Self-Feedback", True)
    ]  # (a label's colon is no name's)


def test_a_colon_inside_a_longer_emphasised_name_is_not_a_title_of_its_own() -> None:
    talks = (
        "Things I said out loud this year:\n"
        "- *Reading Papers as a Group: Two Years of Journal Club Practice*, PyData lightning talk (slides)\n"
    )
    assert titles(talks, "markdown") == []  # (the whole name is a talk's; its second half names nothing)


def test_a_sentence_case_title_the_sentence_calls_a_paper_in_its_own_script_is_weakly_one() -> None:
    post = (
        "ResNet वाले पेपर Identity mappings in deep residual networks ने यह विचार रखा।\n"
        "Это описано в статье Understanding deep learning requires rethinking generalization и других.\n"
        "हमने कल Large scale training of deep networks पर बात की।\n"
    )
    assert [(r.title, r.weak) for r in refs(post, "text")] == [
        ("Identity mappings in deep residual networks", True),
        ("Understanding deep learning requires rethinking generalization", True),
    ]  # (a few words in sentence case the sentence does not call a paper are the writer's)


def test_an_item_naming_a_subtitled_title_then_what_it_does_after_a_colon_is_weakly_a_paper() -> None:
    post = (
        "Three papers we read for part 1:\n\n"
        "- PaLM-E: An Embodied Multimodal Language Model: images and states as tokens in the prompt.\n"
        "- Logistics: Room Change for the Spring Term: see the wiki.\n"
    )
    assert [(r.title, r.weak) for r in refs(post, "markdown")] == [
        ("PaLM-E: An Embodied Multimodal Language Model", True)
    ]  # (a label's colon names no paper)


def test_two_subtitled_titles_joined_by_and_and_a_name_with_are_in_it_are_read_whole() -> None:
    review = (
        "The comparison is thin. Synthesizer: Rethinking Self-Attention in Transformer Models and Big Bird:"
        " Transformers for Longer Sequences should both be in Table 2.\n"
        "- Not All Tokens Are What You Need: Learning to Drop Tokens in Vision Transformers: each layer keeps"
        " only the tokens it needs.\n"
    )
    assert titles(review, "markdown") == [
        "Synthesizer: Rethinking Self-Attention in Transformer Models",
        "Big Bird: Transformers for Longer Sequences",
        "Not All Tokens Are What You Need: Learning to Drop Tokens in Vision Transformers",
    ]


def test_a_long_title_case_run_after_a_comma_in_a_sentence_is_weakly_a_paper() -> None:
    post = (
        "And for the systems side, Efficient Memory Management for Large Language Model Serving with PagedAttention"
        " shows how to page the KV cache.\n"
    )
    assert [(r.title, r.weak) for r in refs(post, "text")] == [
        ("Efficient Memory Management for Large Language Model Serving with PagedAttention", True)
    ]


def test_a_long_title_case_run_in_parentheses_with_its_year_is_weakly_a_paper() -> None:
    answer = (
        "The nets that worked before 2012 were unsupervised pre-training tricks (Reducing the Dimensionality of"
        " Data with Neural Networks, 2006) or convnets (the LeNet family, 1998).\n"
    )
    assert [(r.title, r.weak) for r in refs(answer, "text")] == [
        ("Reducing the Dimensionality of Data with Neural Networks", True)
    ]


def test_a_title_wrapped_onto_the_line_of_its_citation_is_read_whole() -> None:
    mail = (
        "Week 3 (Jan 30) -- score matching, the pre-DDPM view\n"
        "Sliced Score Matching: A Scalable Approach to Density and Score\n"
        "Estimation (Song, Garg, Shi & Ermon, UAI 2019).  Presenter: Dmitri\n"
        "(LSGM; Vahdat, Kreis, Kautz).  Presenter: Oluwaseun\n"
        "Some Other Notes (Room 4, Tuesday)\n"
    )
    assert titles(mail, "text") == [
        "Sliced Score Matching: A Scalable Approach to Density and Score Estimation"
    ]  # (a citation's line is no title wrapped onto the next)


def test_a_title_line_ending_with_a_bare_arxiv_id_is_that_papers() -> None:
    note = (
        "Context.\n\n"
        "# Generating Long Sequences with Sparse Transformers 1904.10509 — strided and fixed patterns\n"
        "# Weekly Planning Notes for Spring 2413.20415 — room booking\n"
    )
    assert [(r.arxiv_id, r.title, r.evidence) for r in refs(note, "markdown")] == [
        ("1904.10509", "Generating Long Sequences with Sparse Transformers", Evidence.ARXIV_TEXT)
    ]  # (a number with no valid month is no id)


def test_an_export_s_html_value_gives_a_line_to_each_paragraph_and_line_break(tmp_path: Path) -> None:
    post = {
        "subject": "Week 7",
        "message": '<p dir="ltr">Readings for this week:</p><p dir="ltr">• Playing Atari with Deep Reinforcement'
        " Learning (NeurIPS Workshop 2013)</p><p>• Human-level control through deep reinforcement learning"
        " (Nature 518, 529–533)<br>• Rainbow: Combining Improvements in Deep Reinforcement Learning (AAAI"
        " 2018)</p><p>Summaries by Friday.</p>",
    }
    (tmp_path / "forum.json").write_text(json.dumps([post]), encoding="utf-8")
    [reading] = read_digests([str(tmp_path / "forum.json")])
    assert [r.title for r in reading.extraction.references] == [
        "Playing Atari with Deep Reinforcement Learning",
        "Human-level control through deep reinforcement learning",
        "Rainbow: Combining Improvements in Deep Reinforcement Learning",
    ]


# --- to-do lists: a reading verb names what to read ------------------------------------------------------------

TODO_LIST = """\
# This week

- [ ] Reread The Curious Case of Neural Text Degeneration before writing the decoding section.
- [ ] Read Proximal Policy Optimization Algorithms (PPO) for Thursday
- [x] Skim Lite Transformer with Long-Short Range Attention, then update the table
- [ ] Buy a new Monitor Stand for the Lab Office
- [ ] Read chapter 3 of the Deep Learning Book
- [ ] Review Pull Request for the Data Loader
- [ ] Book the Room for the Reading Group
"""


def test_a_to_do_s_reading_verb_names_a_title_up_to_the_writer_s_words() -> None:
    found = {r.title: r.reason for r in refs(TODO_LIST, "markdown")}
    assert found == dict.fromkeys(
        [
            "The Curious Case of Neural Text Degeneration",
            "Proximal Policy Optimization Algorithms",
            "Lite Transformer with Long-Short Range Attention",
        ],
        "named by a to-do's reading verb",
    )


def test_items_a_to_do_says_to_read_are_no_evidence_that_the_other_items_are_papers() -> None:
    # (three items taken for their verb do not make `Buy a new Monitor Stand ...` an item of a list of papers)
    found = titles(TODO_LIST, "markdown")
    assert not any(title and title.startswith(("Buy", "Review", "Book", "Read")) for title in found)


def test_a_reading_verb_before_words_in_lower_case_or_a_short_name_names_no_paper() -> None:
    text = "- [ ] Read the Paper Before the Meeting\n- [ ] Read GPT-4 today\n- [ ] Skim Notes\n"
    assert titles(text, "markdown") == []


def test_a_writer_s_framing_words_and_a_colon_before_a_cited_sentence_case_title_are_left_out() -> None:
    text = """\
    ### Week 3

    - Classic background if you have never seen self-play: Mastering the game of Go without human knowledge (Silver et al., Nature 2017). No need to present it.
    - For the theory people: Understanding deep learning requires rethinking generalization (Zhang et al., ICLR 2017).
    - Bootstrap your own latent: A new approach to self-supervised learning (Grill et al., 2020).
    """
    assert titles(text, "markdown") == [
        "Mastering the game of Go without human knowledge",
        "Understanding deep learning requires rethinking generalization",
        "Bootstrap your own latent: A new approach to self-supervised learning",
    ]


def test_a_table_column_of_full_research_titles_names_papers_whatever_its_header_says() -> None:
    text = """\
    | ਪੇਪਰ | ਕਿਉਂ |
    |---|---|
    | Measuring Massive Multitask Language Understanding | MMLU |
    | Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena | judges |
    | Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models | BIG-bench |
    """
    assert titles(text, "markdown") == [
        "Measuring Massive Multitask Language Understanding",
        "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena",
        "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "2× AMD EPYC 7763 with 1 TB RAM",
            "2× Intel Xeon Platinum 8480+ with 2 TB",
            "1× AMD EPYC 9354 Genoa node",
        ],
        [
            "Kas word2vec negative sampling ja GloVe on sisuliselt sama asi?",
            "Miks BART artiklis on text infilling parem kui token masking?",
            "Kas keegi on proovinud XLM-R eesti NER peal?",
        ],
    ],
)
def test_a_table_column_of_machines_or_questions_names_no_paper(rows: list[str]) -> None:
    text = "| Kes | Mis |\n|---|---|\n" + "".join(f"| Liis | {row} |\n" for row in rows)
    assert titles(text, "markdown") == []


LIBRARY_GUIDE = """\
Key papers

Foundations

Learning representations by back-propagating errors
David E. Rumelhart, Geoffrey E. Hinton, Ronald J. Williams — Nature 323 (1986). Not on arXiv; read it through the library.

Generative Adversarial Networks
Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza et al. — NeurIPS 2014. Where GANs begin.

Generative Modeling by Estimating Gradients of the Data Distribution
Yang Song, Stefano Ermon — NeurIPS 2019. Preprint: arXiv:1907.05600 (NCSN).

Diffusion Models Beat GANs on Image Synthesis
Prafulla Dhariwal, Alex Nichol — NeurIPS 2021.

Westville Campus Library, Level 2
Subjects: Computer Science, Electrical Engineering
"""


def test_a_title_over_its_authors_and_their_source_on_one_line_is_a_paper_in_sentence_case_too() -> None:
    found = refs(LIBRARY_GUIDE, "text")
    assert [(r.arxiv_id, r.title) for r in found] == [
        (None, "Learning representations by back-propagating errors"),
        (None, "Generative Adversarial Networks"),
        ("1907.05600", "Generative Modeling by Estimating Gradients of the Data Distribution"),
        (None, "Diffusion Models Beat GANs on Image Synthesis"),
    ]
    assert found[3].authors == "Prafulla Dhariwal, Alex Nichol"  # (names, not a title: their source follows)


def test_a_title_after_another_script_s_week_and_date_and_a_dash_is_read() -> None:
    text = """\
    ವಾರ 4 (ಮಾರ್ಚ್ 28) — Language Models are Few-Shot Learners (NeurIPS 2020; ವಿಭಾಗ 2 ಮತ್ತು 3 ಮಾತ್ರ) — ಅನಿತಾ

    ವಾರ 10 (ಮೇ 16) — Autoregressive Entity Retrieval (GENRE, ICLR 2021) — ದಿವ್ಯಾ

    ವಾರ 11 (ಮೇ 23) — Room Booking Open (ಕೊಠಡಿ 214) — ದಿವ್ಯಾ
    """
    # (three words will do with a venue and year after them; not with a room's number)
    assert titles(text, "text") == [
        "Language Models are Few-Shot Learners",
        "Autoregressive Entity Retrieval",
    ]


READING_LIST_SERVICE = """\
Sections
1. Introduction and background (3 items)
2. Self-supervised representation (5 items)

This list has 8 items

1. Introduction and background
Reading for the first two weeks. The Essential items are examinable.

ImageNet Classification with Deep Convolutional Neural Networks
Krizhevsky, Alex; Sutskever, Ilya; Hinton, Geoffrey E.
2012
Article
Essential
Note: The AlexNet paper (NIPS 2012). Not on arXiv; the PDF is on the VLE.
Add to My Bookmarks

Bootstrap your own latent: A new approach to self-supervised Learning
Grill, Jean-Bastien; Strub, Florian; Altché, Florent; Tallec, Corentin; et al.
2020
Article
Recommended
"""


def test_a_reading_list_service_s_records_are_papers_and_its_sections_and_notes_are_not() -> None:
    assert (
        titles(READING_LIST_SERVICE, "text")
        == [
            "ImageNet Classification with Deep Convolutional Neural Networks",
            "Bootstrap your own latent: A new approach to self-supervised Learning",  # (sentence case, over its names)
        ]
    )


def test_a_course_name_over_a_menu_s_q_and_a_is_no_paper() -> None:
    assert titles("piazza\nCS 4790/7790 Deep Learning (Spring 2024)\nQ & A\nResources\n", "text") == []


def test_a_chapter_of_an_edited_volume_is_a_paper_and_a_whole_book_is_not() -> None:
    text = """\
    References

    [12]\tT. Ma, “Why Do Local Methods Solve Nonconvex Problems?,” in T. Roughgarden (ed.), Beyond the Worst-Case Analysis of Algorithms. Cambridge University Press, 2021, ch. 21.
    [13]\tC. M. Bishop, Pattern Recognition and Machine Learning. New York, NY, USA: Springer, 2006.
    """
    assert titles(text, "text") == ["Why Do Local Methods Solve Nonconvex Problems?"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Andrej Karpathy ਦਾ "Intro to Large Language Models for Everyone" ਵੀਡੀਓ।',
        "Jay Alammar ಅವರ “The Illustrated Guide to Transformer Language Models” ಬ್ಲಾಗ್ ಓದಿ.",
        "Посмотрите «Deep Learning for Natural Language Processing Explained» видео на YouTube.",
        "Бул орун “KyrSpeech: Low-Resource Speech Recognition for Kyrgyz and Related Turkic Languages” долбоорунун"
        " алкагында ачылды.",
    ],
)
def test_a_quoted_name_another_language_calls_a_video_a_blog_or_a_project_is_no_paper(sentence: str) -> None:
    assert titles(sentence + "\n", "text") == []


def test_an_item_of_a_list_of_papers_quoted_twice_in_a_reply_is_one_of_them() -> None:
    text = """\
    On Mon, Ana wrote:
    > On Sun, Bo wrote:
    > > Reading list for the seminar:
    > > - BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, arXiv:1910.13461
    > > - ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators (ICLR 2020)
    > > - XLNet: Generalized Autoregressive Pretraining for Language Understanding
    > > - RoBERTa: A Robustly Optimized BERT Pretraining Approach https://arxiv.org/abs/1907.11692
    > Sounds good.
    """
    assert "XLNet: Generalized Autoregressive Pretraining for Language Understanding" in titles(text, "text")


def test_a_quoted_title_another_language_calls_a_research_paper_past_its_venue_is_one() -> None:
    text = "हे सगळे १९८६ मधील “Learning representations by back-propagating errors” (Nature) या शोधनिबंधापासून सुरू होते.\n"
    assert titles(text, "text") == ["Learning representations by back-propagating errors"]


def test_a_short_name_and_the_writer_s_notes_in_parentheses_after_a_title_are_no_part_of_it() -> None:
    text = """\
    1. SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis https://arxiv.org/abs/2307.01952
    2. Scaling Rectified Flow Transformers for High-Resolution Image Synthesis (Stable Diffusion 3, rectified flow + MM-DiT)
    3. High-Resolution Image Synthesis with Latent Diffusion Models https://arxiv.org/abs/2112.10752
    4. Hierarchical Text-Conditional Image Generation with CLIP Latents https://arxiv.org/abs/2204.06125
    """
    assert "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis" in titles(text, "text")


def test_items_of_hard_wrapped_text_cited_with_another_language_s_et_al_are_papers() -> None:
    text = """\
    Najbolji rezultat zasad daje model s rekurentnom memorijom (perpleksnost
    14,8 naspram 16,3 za osnovni Transformer), ali je 1,7 puta sporiji pri
    treniranju. Modeli bez pažnje su najbrži, ali gube na zadatku
    pronalaženja činjenice udaljene 30k tokena (tačnost 41% naspram 77%).
    Eksperimenti su rađeni na klasteru fakulteta, ukupno je potrošeno oko
    dvije hiljade GPU-sati, a ostatak budžeta planiram za drugu godinu kada
    počinje rad na višejezičnom korpusu i evaluaciji na dugim dokumentima.

    Pročitano u izvještajnom periodu, a još necitirano u tekstu teze, sa
    bilješkama u Zoteru (grupa "bhs-longctx") i komentarima mentora uz
    svaku stavku:

    - Memformer: A Memory-Augmented Transformer for Sequence Modeling — Wu i
      dr. (Findings of AACL-IJCNLP 2022)
    - Random Feature Attention — Peng i dr. (ICLR 2021)
    - Lite Transformer with Long-Short Range Attention — Wu i dr. (ICLR
      2020)
    - Synthesizer: Rethinking Self-Attention in Transformer Models — Tay i
      dr. (ICML 2021)
    """
    assert titles(text, "text") == [
        "Memformer: A Memory-Augmented Transformer for Sequence Modeling",
        "Random Feature Attention",
        "Lite Transformer with Long-Short Range Attention",
        "Synthesizer: Rethinking Self-Attention in Transformer Models",
    ]


def test_a_table_copied_as_text_with_tabs_gives_its_column_of_titles_whatever_its_header_says() -> None:
    rows = [
        ("Umhla", "Umbonisi", "Iphepha", "Ikhonkco"),
        ("Lwesithathu, 7 Februwari 2024", "Lwazi", "Representation Learning with Contrastive Predictive Coding", "arXiv:1807.03748"),
        ("Lwesithathu, 14 Februwari 2024", "Siphokazi", "Supervised Contrastive Learning", "PDF"),
        ("Lwesithathu, 21 Februwari 2024", "Athenkosi", "Contrastive Learning with Hard Negative Samples", "OpenReview"),
        ("Lwesithathu, 13 Matshi 2024", "Akukho seshoni — iveki yovavanyo"),
        ("Lwesithathu, 27 Matshi 2024", "Ayanda", "Towards Domain-Agnostic Contrastive Learning", "ICML 2021"),
        ("Lwesithathu, 3 Epreli 2024", "Lwazi", "Bi-tuning of Pre-trained Representations", "—"),
        ("Lwesithathu, 10 Epreli 2024", "Zintle", "Exploring Simple Siamese Representation Learning", "https://arxiv.org/abs/2011.10566"),
        ("Lwesithathu, 17 Epreli 2024", "Anele", "Self-supervised Learning from a Multi-view Perspective", "ICLR 2021"),
    ]  # fmt: skip
    text = "Ishedyuli\n\n" + "".join("\t".join(row) + "\n" for row in rows)
    found = {(r.arxiv_id, r.title) for r in refs(text, "text")}
    assert found == {
        ("1807.03748", "Representation Learning with Contrastive Predictive Coding"),
        (None, "Supervised Contrastive Learning"),
        (None, "Contrastive Learning with Hard Negative Samples"),
        (None, "Towards Domain-Agnostic Contrastive Learning"),
        (None, "Bi-tuning of Pre-trained Representations"),
        ("2011.10566", "Exploring Simple Siamese Representation Learning"),
        (None, "Self-supervised Learning from a Multi-view Perspective"),
    }


def test_flash_cards_exported_with_tabs_are_no_table() -> None:
    text = (
        "#separator:tab\n"
        "r%X9a\tBasic\tWhat does the Generative Adversarial Networks paper propose?\tA minimax game. Goodfellow et al., 2014\n"
        "y8Gd]\tBasic\tWhat is posterior collapse in VAEs?\tThe decoder ignores the latent code.\n"
        "Fm3#t\tBasic\tKL divergence: is it symmetric?\tNo.\n"
    )
    assert "What is posterior collapse in VAEs?" not in titles(text, "text")
    assert "KL divergence: is it symmetric?" not in titles(text, "text")


def test_a_title_a_dash_and_its_authors_and_year_is_a_paper_in_sentence_case_too() -> None:
    text = """\
    Required reading:
    1. Understanding the difficulty of training deep feedforward neural networks — Glorot & Bengio, AISTATS 2010 (not on arXiv)

    Extra reading

    A fast learning algorithm for deep belief nets — Hinton, Osindero & Teh, Neural Computation 18(7), 2006 (an old one)
    Self-Supervised Variational Auto-Encoders — Gatopoulos & Tomczak (2020), for those who work on VAEs
    """
    assert titles(text, "text") == [
        "Understanding the difficulty of training deep feedforward neural networks",
        "A fast learning algorithm for deep belief nets",
        "Self-Supervised Variational Auto-Encoders",
    ]


def test_a_chat_line_quoting_a_title_before_its_authors_is_no_title_of_its_own() -> None:
    text = (
        '15/02/2024, 20:13 - Jun Watanabe: yep, "Improving Language Understanding by Generative Pre-Training",'
        " Radford et al 2018. It's short\n"
    )
    assert titles(text, "text") == ["Improving Language Understanding by Generative Pre-Training"]


def test_a_citation_authors_first_then_title_then_source_is_read_over_the_lines_it_is_cut_into() -> None:
    text = """\
    Slide 4: CTC

    • every frame gets a label or a blank
    Graves et al., Connectionist Temporal Classification:
    Labelling Unsegmented Sequence Data with Recurrent
    Neural Networks, ICML 2006
    CS464 Deep Learning

    Radford et al. 2018, Improving Language Understanding by
    Generative Pre-Training (OpenAI report)

    Holtzman et al., The Curious Case of Neural Text Degeneration, ICLR 2020
    """
    assert titles(text, "text") == [
        "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks",
        "Improving Language Understanding by Generative Pre-Training",
        "The Curious Case of Neural Text Degeneration",
    ]


def test_a_to_do_file_s_boxes_give_each_item_its_own_id_and_title() -> None:
    text = """\
    == 2024-03-18 ==
    [x] arXiv:2211.09800  InstructPix2Pix: Learning to Follow Image Editing Instructions
        the editing data was made with GPT-3
    [ ] An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion
        from a tweet; no link yet
    [ ] [2403.03206] Scaling Rectified Flow Transformers for High-Resolution Image Synthesis
        (SD3, copied from a browser tab)
    [~] https://arxiv.org/abs/2302.05543 Adding Conditional Control to Text-to-Image Diffusion Models
    """
    found = {(r.arxiv_id, r.title) for r in refs(text, "text")}
    assert found == {
        ("2211.09800", "InstructPix2Pix: Learning to Follow Image Editing Instructions"),
        (None, "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion"),
        ("2403.03206", "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis"),
        ("2302.05543", "Adding Conditional Control to Text-to-Image Diffusion Models"),
    }  # (never one item's id with another's title)


def test_a_short_name_then_its_title_and_source_in_parentheses_is_a_paper_in_sentence_case_too() -> None:
    text = "\\\\question[12] AlphaGo Zero (Mastering the game of Go without human knowledge, Nature 2017):\\n"
    assert titles(text, "text") == ["Mastering the game of Go without human knowledge"]


def test_a_footnote_definition_wrapped_under_its_mark_is_read_whole() -> None:
    text = """\
    Mixture of experts came up twice.[^3]

    [^3]: GShard: Scaling Giant Models with Conditional Computation and
        Automatic Sharding (ICLR 2021).
    """
    assert titles(text, "markdown") == [
        "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding"
    ]


def test_a_title_line_ending_with_a_small_word_goes_on_on_the_next_line() -> None:
    text = """\
    Workshop programme

    10:30  Opening remarks
    11:00  Efficient Memory Management for Large Language Model Serving with
           PagedAttention
           Woosuk Kwon, Zhuohan Li, Siyuan Zhuang
    12:00  FlashAttention-2: Faster Attention with
           Better Parallelism and Work Partitioning
           Tri Dao
    """
    found = {reference.title: reference for reference in refs(text, "text")}
    assert "FlashAttention-2: Faster Attention with" not in found
    # (the line it goes on over is the title's, never its authors: those are what a resolver checks it by)
    flash = found["FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"]
    assert flash.authors in (None, "Tri Dao")


def test_a_latin_title_in_another_script_cut_after_a_small_word_goes_on_at_the_next_line() -> None:
    text = (
        "• വിഷ്വലൈസേഷൻ: Dodrio: Exploring Transformer Models with\nInteractive Visualization (ACL 2021 demo)\n"
    )
    assert titles(text, "text") == ["Dodrio: Exploring Transformer Models with Interactive Visualization"]


def test_a_sentence_that_is_a_title_alone_cited_by_its_authors_is_a_paper_but_a_cited_claim_is_not() -> None:
    text = """\
    ## Session 3

    Back to basics! Learning transferable visual models from natural language supervision (Radford et al.,
    ICML 2021). Then we read Generative Adversarial Networks (Goodfellow et al., 2014).

    Contrastive objectives maximise agreement between views (Chen et al., 2020). Scaling the encoder
    helps a lot (Zhai et al., 2022). Training with noisy captions improves robustness (Jia et al., 2021).
    """
    found = titles(text, "markdown")
    assert "Generative Adversarial Networks" in found
    assert not [title for title in found if title and ("agreement" in title or "robustness" in title)]


def test_a_numbered_title_whose_authors_go_on_past_the_line_s_final_comma_is_a_paper() -> None:
    text = """\
    Week 3 — Vision backbones
    1. Deep Residual Learning. He, Zhang, Ren, Sun, Girshick, Dollar, Fan, Huang, Wang,
    Li, Chen. CVPR 2016. Skip connections everywhere.
    2. Going Deeper with Convolutions. Szegedy, Liu, Jia. CVPR 2015. Inception.
    """
    assert titles(text, "text") == ["Deep Residual Learning", "Going Deeper with Convolutions"]


def test_a_named_title_wrapped_inside_a_paragraph_goes_on_but_a_list_of_named_titles_stays_apart() -> None:
    text = """\
    Our serving stack keeps the batching the team already trusts, iteration-level as in Orca: A Distributed
    Serving System for Transformer-Based Generative Models, then speculative decoding on top of it, and
    for the data mix we still go by what we learnt from Chinchilla: Training Compute-Optimal Large Language
    Models; LLaMA: Open and Efficient Foundation Language Models is for next week.
    """
    found = titles(text, "text")
    assert "Orca: A Distributed Serving System for Transformer-Based Generative Models" in found
    assert not [title for title in found if title and "Models LLaMA" in title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Da rileggere: “Group Normalization Explained” di Wu e He, breve e chiaro.",
        "Immer wieder lesenswert: „Dropout Regularization Revisited“ von Srivastava und Hinton, kurz und klar.",
        "Un classique : « Batch Normalization Explained » par Ioffe et Szegedy, toujours utile.",
    ],
)
def test_a_short_quoted_title_then_its_authors_after_the_language_s_by_is_a_paper(sentence: str) -> None:
    found = titles(sentence + "\n", "text")
    assert len(found) == 1
    assert found[0] is not None
    assert found[0].split()[-1] in ("Explained", "Revisited")


def test_authors_and_year_then_a_comma_lead_a_title_and_a_sentence_over_them_is_not_one() -> None:
    text = """\
    Captions of lecture 4

    Before attention, the answer to alignment was a fixed-length vector.
    Cho and Bengio, 2014, Learning Phrase Representations using RNN Encoder-Decoder.
    That one is short.

    The schedule follows Loshchilov and Hutter, 2017, SGDR: Stochastic Gradient Descent with Warm Restarts, with a
    longer first cycle.
    """
    found = titles(text, "text")
    assert "Learning Phrase Representations using RNN Encoder-Decoder" in found
    assert "SGDR: Stochastic Gradient Descent with Warm Restarts" in found
    assert not [title for title in found if title and ("alignment" in title or "Hutter" in title)]


def test_a_title_line_over_what_the_digest_calls_it_or_over_its_venue_in_an_open_parenthesis_is_a_paper() -> (
    None
):
    text = """\
    Week 2 -- video
    Masked Autoencoders Are Scalable Vision Learners
    (the MAE paper).  Presenter: Ines

    Week 3 -- 3D
    4D Gaussian Splatting for Real-Time Dynamic Scene Rendering
    (CVPR 2024, project page with the code:
    https://example.org/4dgs/ )
    Presenters: Ola and Sam.
    """
    assert titles(text, "text") == [
        "Masked Autoencoders Are Scalable Vision Learners",
        "4D Gaussian Splatting for Real-Time Dynamic Scene Rendering",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Then came batch normalisation (Ioffe and Szegedy, 2015). The idea is simple: whiten each layer's inputs.",
        "Read after the original GPTQ (Frantar et al. 2022). The grouping is what matters for small models.",
    ],
)
def test_a_writer_s_sentence_opening_a_paragraph_with_a_citation_is_no_title(line: str) -> None:
    text = f"## Part 2\n\n{line}\n\nMore prose here.\n"
    assert titles(text, "markdown") == []


def test_a_reading_list_of_surnames_then_initials_gives_each_title_without_its_authors() -> None:
    text = """\
    Topic 4. Speech recognition for a low-resource language
    Supervisor: Dr. N. Orazova
    Literature:
    • Vaswani A., Shazeer N., Parmar N. et al. Attention Is All You Need. NeurIPS 2017.
    • Ba J. L., Kiros J. R., Hinton G. E. Layer normalization, arXiv 2016
    • Kingma D. P., Ba J. Adam: A Method for Stochastic Optimization, ICLR 2015
    """
    assert titles(text, "text") == [
        "Attention Is All You Need",
        "Layer normalization",
        "Adam: A Method for Stochastic Optimization",
    ]


def test_a_spreadsheet_column_of_citations_gives_their_titles_and_only_their_titles() -> None:
    text = (
        "Term,Meaning,Source,Status\n"
        'dropout,drop units at random,"Srivastava, Hinton & Krizhevsky (2014). Dropout: a simple way to prevent '
        'neural networks from overfitting. JMLR.",ok\n'
        "resnet,skip connections,He et al. (2016). Deep residual learning for image recognition. CVPR.,ok\n"
        "adam,adaptive steps,Kingma & Ba (2015). Adam: A Method for Stochastic Optimization. ICLR.,ok\n"
        "gradient,vector of partial derivatives,Oxford Dictionary of Computing,ok\n"
        'overfitting,fits noise,"Lecture: Statistical Learning (Trevor Hastie, Stanford Online)",ok\n'
    )
    assert sorted(title or "" for title in titles(text, "csv")) == [
        "Adam: A Method for Stochastic Optimization",
        "Deep residual learning for image recognition",
        "Dropout: a simple way to prevent neural networks from overfitting",
    ]


def test_a_poster_s_numbered_references_with_latex_ties_and_low_quotes_give_their_titles() -> None:
    text = r"""
    \block{Literatur}{
    \footnotesize
    [1] A.~Vaswani k.a. „Attention Is All You Need“. NeurIPS 2017. \\
    [2] J.~Devlin, M.-W.~Chang, K.~Lee, K.~Toutanova. „BERT: Pre-training of Deep Bidirectional Transformers
      for Language Understanding“. NAACL 2019. \\
    [3] J.~Kaplan k.a. „Scaling laws for neural language models“. 2020. \\
    }
    """
    assert titles(text, "text") == [
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "Scaling laws for neural language models",
    ]


def test_a_reference_that_names_only_its_authors_and_venue_gives_no_title() -> None:
    text = """\
    ## Sources

    - [1] Hu o.ø., LoRA: Low-Rank Adaptation of Large Language Models, ICLR 2022
    - [2] Dettmers, Pagnoni, Holtzman & Zettlemoyer, NeurIPS 2023
    - [3] Frantar et al., ICLR 2023
    """
    assert titles(text, "markdown") == ["LoRA: Low-Rank Adaptation of Large Language Models"]


def test_a_numbered_topic_in_another_language_with_its_short_name_is_no_title() -> None:
    text = """\
    Tema sanawy

    7. Kabul ediş toparynyň soraglary üçin çat-bot
    Derejesi: bakalawr
    Ýagdaýy: boş

    8. Köne türkmen golýazmalaryny elipbiýden tanamak (OCR)
    Derejesi: magistr
    Ýagdaýy: boş
    """
    assert titles(text, "text") == []


def test_a_link_line_citing_its_authors_with_another_language_s_et_al_is_not_titled_by_the_names() -> None:
    text = """\
    Okamak üçin:
    • Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks — Reimers & Gurevych, EMNLP 2019
    • Lewis P. we başg. Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks. NeurIPS 2020. https://huggingface.co/papers/2005.11401
    """
    assert [reference.title for reference in refs(text, "text") if reference.arxiv_id == "2005.11401"] != [
        "Lewis P. we başg"
    ]


SIMILARITY_REPORT = """\
Sentiment Analysis for Low-Resource Languages
ORIGINALITY REPORT

  21%                    15%                    11%                    4%
SIMILARITY INDEX         INTERNET SOURCES       PUBLICATIONS           STUDENT PAPERS

PRIMARY SOURCES

  1     arxiv.org                                                                       6%
        Internet Source

  2     Submitted to University of Example                                              3%
        Student Paper

  3     Alec Radford, Jong Wook Kim, Chris Hallacy, Aditya Ramesh et al.. "Learning    2%
        Transferable Visual Models From Natural Language Supervision", International
        Conference on Machine Learning (ICML), 2021
        Publication

  4     Ashish Vaswani, Noam Shazeer, Niki Parmar et al.. "Attention Is All You         1%
        Need", Advances in Neural Information Processing Systems, 2017
        Publication

  5     Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. "Deep Residual              <1%
        Learning for Image Recognition", 2016 IEEE Conference on Computer Vision
        and Pattern Recognition (CVPR), 2016
        Publication

Exclude quotes          On                       Exclude matches          < 14 words

----- Notes -----

Source 1 is the student's own preprint; Layer Normalization (arXiv:1607.06450) is cited correctly in chapter 2.
"""


def test_a_similarity_report_s_numbered_sources_beside_their_shares_give_the_papers_they_quote() -> None:
    text, _ = decode_digest(SIMILARITY_REPORT.encode(), "report.txt")
    found = refs(text, "text")
    assert [reference.title for reference in found if reference.arxiv_id is None] == [
        "Learning Transferable Visual Models From Natural Language Supervision",
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
    ]
    assert [reference.arxiv_id for reference in found if reference.arxiv_id] == ["1607.06450"]


def test_a_title_with_its_short_name_before_the_colon_inside_another_script_s_sentence_is_read_whole() -> (
    None
):
    text = "ماخذ 11: اهو ECCV 2020 وارو Deformable DETR (DETR): Deformable Transformers for End-to-End Object Detection آهي؛ صحيح.\n"
    assert titles(text, "text") == [
        "Deformable DETR (DETR): Deformable Transformers for End-to-End Object Detection"
    ]


def test_a_plain_text_bullet_list_of_papers_counts_its_bare_ids_and_reads_each_title_past_its_aside() -> None:
    text = """\
    Papers we talked about:
    • Deep Residual Learning for Image Recognition — He ja muut, 2016
    • Layer Normalization — arXiv:1607.06450
    • Denoising Diffusion Probabilistic Models ("DDPM")
    • Adam: A Method for Stochastic Optimization (Kingma ja Ba)
    • Attention Is All You Need https://arxiv.org/abs/1706.03762
    • Neural Ordinary Differential Equations (Neural ODE), 1806.07366
    • Scaling Laws for Neural Language Models https://arxiv.org/abs/2001.08361
    """
    found = titles(text, "text")
    assert "Denoising Diffusion Probabilistic Models" in found
    assert "Adam: A Method for Stochastic Optimization" in found
    assert "Deep Residual Learning for Image Recognition" in found


def test_a_quoted_title_followed_by_its_short_name_and_year_is_a_paper() -> None:
    text = 'Ọ kọwara na "Efficient Estimation of Word Representations" (word2vec, 2013) bụ ntọala nke ihe niile.\n'
    assert titles(text, "text") == ["Efficient Estimation of Word Representations"]


GIFT_BANK = r"""// question: 0  name: Switch category to $course$/top/Week 3
$CATEGORY: $course$/top/Week 3

// question: 301  name: W3-01 Adam
::W3-01 Adam::[html]<p>In «Adam\: A Method for Stochastic Optimization» (Kingma and Ba, 2015), what does the second moment estimate track?</p>{
	=the squared gradients#Right.
	~the learning rate#No.
}

// question: 302  name: W3-02 Dropout
::W3-02 Dropout::[html]<p>Read <a href\="https\://arxiv.org/abs/1207.0580">Improving neural networks by preventing co-adaptation of feature detectors</a>. What is dropped?</p>{
	=hidden units#Yes.
	~whole layers#No.
}

// question: 303  name: W3-03 BN
::W3-03 BN::Batch Normalization\: Accelerating Deep Network Training by Reducing Internal Covariate Shift (Ioffe et al., ICML 2015) normalises each mini-batch.{T}
"""


def test_a_moodle_gift_question_bank_is_read_as_its_questions_unescaped() -> None:
    text, kind = decode_digest(GIFT_BANK.encode(), "questions.txt")
    assert kind.startswith("gift/")
    assert "W3-01" not in text
    assert "$CATEGORY" not in text
    assert "\\:" not in text
    found = refs(text, "markdown")
    assert {reference.arxiv_id for reference in found} == {None, "1207.0580"}
    assert "Adam: A Method for Stochastic Optimization" in [reference.title for reference in found]
    assert "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift" in [
        reference.title for reference in found
    ]


def test_a_formula_s_greek_letter_after_a_lower_case_clause_is_no_other_script_around_a_title() -> None:
    text = "Segon l'article rethinking the value of network pruning, los pesses α de la rèd son inutils.\n"
    assert titles(text, "text") == []


ZSH_HISTORY = """\
: 1710135989:3;wget https://arxiv.org/pdf/1512.03385
: 1710136003:0;mv 1512.03385 "Deep Residual Learning for Image Recognition.pdf"
: 1710136094:0;echo "- Identity Mappings in Deep Residual Networks (ResNet v2): pre-activation, tiap blok" >> ~/maca.md
: 1710136125:0;echo "- Densely Connected Convolutional Networks (DenseNet): concat, dudu jumlah" >> ~/maca.md
: 1710136144:0;cat ~/maca.md | tail -5
: 1710140410:5412;python train.py --arch resnet50 \\
  --epochs 90 --lr 0.1
: 1710145879:2;wget https://arxiv.org/pdf/1608.06993
"""


def test_a_zsh_history_is_read_as_the_notes_its_echo_commands_wrote_and_the_papers_it_fetched() -> None:
    text, kind = decode_digest(ZSH_HISTORY.encode(), ".zsh_history")
    assert kind.startswith("shell-history/")
    assert ": 1710" not in text
    assert "--epochs 90" in text  # (a command over two lines, joined)
    found = refs(text, "text")
    assert {reference.arxiv_id for reference in found if reference.arxiv_id} == {"1512.03385", "1608.06993"}
    titles_found = [reference.title for reference in found]
    assert "Densely Connected Convolutional Networks" in titles_found
    assert not [title for title in titles_found if title and "concat" in title]
    assert "Deep Residual Learning for Image Recognition" in titles_found  # (its PDF's name, `.pdf` left out)


def test_a_recommender_s_job_and_institution_fields_are_no_titles() -> None:
    text = """\
    Recommender: Jane Q. Doe, PhD
    Title: Associate Professor, Department of Electrical Engineering
    Institution: Northern Institute of Technology
    Email: j.doe@example.edu

    Dear Committee,
    """
    assert titles(text, "text") == []


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "৪. উদাহৰণ হিচাপে Mamba: Linear-Time Sequence Modeling with Selective State Spacesৰ কথা কোৱা হৈছে।",
            "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        ),
        (
            "৫. ইতিহাসত Pointer Sentinel Networks (Merity et al., 2016) উল্লেখ কৰিলে ভাল হ'ব।",
            "Pointer Sentinel Networks",
        ),
    ],
)
def test_a_title_inside_another_script_s_sentence_ends_at_its_suffix_and_three_words_do_when_cited(
    line: str, title: str
) -> None:
    assert titles(line + "\n", "text") == [title]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        (
            "To read:\n\n2211.09800 InstructPix2Pix: Learning to Follow Image Editing Instructions\n\nLater.\n",
            "text",
        ),
        (
            "To read:\n\n- 2211.09800 — InstructPix2Pix: Learning to Follow Image Editing Instructions\n",
            "markdown",
        ),
    ],
)
def test_a_title_line_opened_by_its_bare_arxiv_id_is_that_paper(text: str, shape: str) -> None:
    found = refs(text, shape)
    assert [(reference.arxiv_id, reference.title) for reference in found] == [
        ("2211.09800", "InstructPix2Pix: Learning to Follow Image Editing Instructions")
    ]


def test_an_id_in_parentheses_after_a_short_name_is_that_name_s_not_the_title_line_above() -> None:
    text = """\
    [2024-03-13 10:30] Benchmarks.
    AgentBench: Evaluating LLMs as Agents — eight environments, the web ones matter to us.
    Toolformer (2302.04761) ର ধারণা: save the successful call sequences and reuse them.
    """
    found = refs(text, "text")
    assert [reference.title for reference in found if reference.arxiv_id == "2302.04761"] != [
        "AgentBench: Evaluating LLMs as Agents"
    ]


def test_a_short_name_then_its_title_in_parentheses_after_another_paper_s_id_on_the_line() -> None:
    text = (
        "MoCo (arXiv:1911.05722) ak SimSiam (Exploring Simple Siamese Representation Learning) pa itilize.\n"
    )
    found = refs(text, "markdown")
    assert "Exploring Simple Siamese Representation Learning" in [reference.title for reference in found]


def test_a_chicago_bibliography_under_another_language_s_heading_and_its_short_notes() -> None:
    text = """\
    # Literatuer

    Jumper, John, Richard Evans, Alexander Pritzel, e.o. “Highly accurate protein structure prediction with AlphaFold.” Nature 596 (2021): 583–89.

    Ho, Jonathan, Ajay Jain, Pieter Abbeel. “Denoising Diffusion Probabilistic Models.” Yn Advances in Neural Information Processing Systems 33. 2020.

    # Notysjes

    1. Ho e.o., “Denoising Diffusion,” 4.
    """
    assert titles(text, "markdown") == [
        "Highly accurate protein structure prediction with AlphaFold",
        "Denoising Diffusion Probabilistic Models",
    ]


def test_a_note_s_short_form_in_a_reference_list_is_no_title() -> None:
    text = """\
    ## Notes

    1. Jonathan Ho e.o., “Denoising Diffusion Probabilistic Models,” yn Advances in Neural Information Processing Systems 33 (2020).
    2. Ho e.o., “Denoising Diffusion,” 4.
    3. Kaplan et al., "Scaling Laws," 12–13.
    """
    assert titles(text, "markdown") == ["Denoising Diffusion Probabilistic Models"]


def test_a_title_line_with_a_versioned_short_name_then_a_note_is_a_paper() -> None:
    text = (
        "$ cd ~/papers\n\n"
        "- Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding (DALL-E 2): no, Imagen\n"
        "- Scalable Diffusion Models with Transformers (DiT): the backbone\n\n$ ls\n"
    )
    found = titles(text, "text")
    assert "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding" in found


def test_a_technology_radar_csv_is_read_for_the_papers_its_descriptions_name_not_its_blips() -> None:
    text = (
        "name,ring,quadrant,isNew,description\n"
        'Flash attention en produkshon,Adopt,Techniques,FALSE,"<p>Nos ta usa <a href=""https://arxiv.org/abs/2205.14135"">'
        'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness</a> den tur modelo.</p>"\n'
        "QLoRA,Trial,Techniques,TRUE,<p>Mira «QLoRA: Efficient Finetuning of Quantized LLMs» pa fine-tuning riba un solo GPU "
        "di 24GB.</p>\n"
        "Ollama,Assess,Tools,TRUE,<p>Pa desaroyadónan ku ke kore un modelo lokal riba nan laptop. No pa produkshon.</p>\n"
    )
    found = refs(text, "csv")
    assert {(reference.arxiv_id, reference.title) for reference in found} == {
        ("2205.14135", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"),
        (None, "QLoRA: Efficient Finetuning of Quantized LLMs"),
    }


def test_a_numbered_reference_list_wrapped_without_indentation_under_another_language_s_heading() -> None:
    text = """\
    Parolle chjave: radiolugia, distillazione

    Rifarenze
    [1] M. Caron, H. Touvron, I. Misra et al. Emerging Properties in Self-Supervised Vision
    Transformers. ICCV 2021.
    [2] K. He, X. Chen, S. Xie et al. Masked Autoencoders Are Scalable Vision Learners. CVPR
    2022.
    [3] M. Oquab, T. Darcet, T. Moutakanni et al. DINOv2: Learning Robust Visual Features
    without Supervision. TMLR 2024.

    Ghjurnata IA Corsica 2024
    """
    assert titles(text, "text") == [
        "Emerging Properties in Self-Supervised Vision Transformers",
        "Masked Autoencoders Are Scalable Vision Learners",
        "DINOv2: Learning Robust Visual Features without Supervision",
    ]


def test_reference_entries_without_a_venue_with_a_bare_id_or_with_the_year_right_after_the_names() -> None:
    text = """\
    8. Qillqasqakuna
    [1] Jared Kaplan, Sam McCandlish, Tom Henighan et al. 2020. Scaling Laws for Neural Language Models.
    [2] Pengcheng He, Xiaodong Liu, Jianfeng Gao et al. 2021. DeBERTa: Decoding-enhanced BERT with Disentangled Attention. ICLR. 2006.03654.
    [3] Ilya Loshchilov, Frank Hutter 2019. Decoupled Weight Decay Regularization. ICLR.
    [4] Z. Liu, H. Mao, C. Wu et al. A ConvNet for the 2020s. CVPR 2022.
    """
    found = [(reference.arxiv_id, reference.title) for reference in refs(text, "text")]
    assert found == [
        (None, "Scaling Laws for Neural Language Models"),
        ("2006.03654", "DeBERTa: Decoding-enhanced BERT with Disentangled Attention"),
        (None, "Decoupled Weight Decay Regularization"),
        (None, "A ConvNet for the 2020s"),
    ]


def test_a_mail_s_bullets_wrapped_without_indentation_and_a_bullet_ending_with_its_venue() -> None:
    text = """\
    Hatur nuhun kana patarosanana. Ieu daptar artikel utama ngeunaan
    transformer kanggo runtuyan panjang anu abdi kumpulkeun, diurutkeun
    dumasar kana topik. Sadayana tiasa diaksés gratis; anu aya tautanana
    langsung ka sumberna.

    1. Perhatian anu langkung irit (efficient attention)

    - Linformer: Self-Attention with Linear Complexity (Wang, Li, Khabsa,
    Fang and Ma, 2020), salah sahiji anu munggaran.
    - Reformer: The Efficient Transformer, ICLR 2020:
      https://openreview.net/forum?id=rkgNKkHtvB
    - Big Bird: Transformers for Longer Sequences, NeurIPS 2020,
    arXiv:2007.14062
    - Rethinking Attention with Performers, ICLR 2021

    Kanggo ngabandingkeun métode-métode di luhur, anu sok dipaké téh nyaéta
    patokan anu sarua. Éta lain métode, tapi patokan (benchmark).
    """
    found = [(reference.arxiv_id, reference.title) for reference in refs(text, "text")]
    assert (None, "Linformer: Self-Attention with Linear Complexity") in found
    assert (None, "Rethinking Attention with Performers") in found
    assert (
        "2007.14062",
        "Big Bird: Transformers for Longer Sequences",
    ) in found  # (not the next item's title)


def test_an_arxiv_link_and_an_openreview_link_of_two_titles_on_one_line_are_two_papers() -> None:
    text = (
        "The adapter idea comes from [Parameter-Efficient Transfer Learning for NLP](https://arxiv.org/abs/1902.00751);"
        " to compare the families, read [Towards a Unified View of Parameter-Efficient Transfer Learning]"
        "(https://openreview.net/forum?id=0RDcd5Axok).\n"
    )
    found = {(reference.arxiv_id, reference.openreview_id) for reference in refs(text, "markdown")}
    assert found == {("1902.00751", None), (None, "0RDcd5Axok")}


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "Steiner, A. et al. (2022). How to train your ViT? Data, Augmentation, and Regularization in Vision "
            "Transformers. TMLR.",
            "How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers",
        ),
        (
            "Andrychowicz, M. et al. (2021). What Matters In On-Policy Reinforcement Learning? A Large-Scale "
            "Empirical Study. ICLR.",
            "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study",
        ),
        (
            "Tengyu Ma. Why do local methods solve nonconvex problems? In Tim Roughgarden, editor, Beyond the "
            "Worst-Case Analysis of Algorithms, chapter 21. Cambridge University Press, 2021.",
            "Why do local methods solve nonconvex problems?",
        ),
    ],
)
def test_a_cited_title_that_asks_a_question_keeps_its_subtitle_but_not_its_venue(
    entry: str, title: str
) -> None:
    assert titles(f"## References\n\n1. {entry}\n", "markdown") == [title]


def test_a_bracket_numbered_reference_list_without_a_heading_whose_entries_open_in_other_ways() -> None:
    text = """\
    4.\tEbikwata ku bantu bibeere ku server eziri mu Uganda [2].
    Ebyawandiikiddwa
    [1] Shunyu Yao, Jeffrey Zhao, Dian Yu et al. (2023). ReAct: Synergizing Reasoning and Acting in Language Models. ICLR 2023.
    [2] Etteeka ly'Okukuuma Ebikwata ku Bantu n'Okubikuuma mu Kyama, 2019 (Data Protection and Privacy Act, 2019).
    [3] Saurav Kadavath, Tom Conerly, Amanda Askell et al. (2022). Language Models (Mostly) Know What They Know. Lipoota ya Anthropic.
    [4] Obubaka bwa Daily Monitor, 12 Ogwokubiri 2024: "Ministry pilots chatbot for land queries".
    """
    found = titles(text, "text")
    assert "ReAct: Synergizing Reasoning and Acting in Language Models" in found
    assert "Language Models (Mostly) Know What They Know" in found
    assert not [title for title in found if title and "Etteeka" in title]


def test_a_short_name_then_its_subtitled_title_in_sentence_case_in_parentheses() -> None:
    text = (
        "Ku nnimi zaffe: ekigezo ekinene HELM (Holistic Evaluation: Measuring the capabilities of language models "
        "broadly) kirimu emirimu mitono nnyo.\n"
    )
    assert titles(text, "text") == [
        "Holistic Evaluation: Measuring the capabilities of language models broadly"
    ]


# --- Title Case titles inside sentences of another language written in Latin letters ---------------------------

OTHER_LANGUAGE_PROSE = """\
Sa seminar binasa namin ang Denoising Diffusion Probabilistic Models at ang Score-Based Generative Modeling, pero mas
gusto ni Ana ang Improving Latent Diffusion Models kaysa sa iba.
Ang modelo ay GLIDE, Towards Photorealistic Image Generation with Text-Guided Diffusion, na may bagong pamamaraan.
Tinanong niya ang Describing and Localizing Multiple Changes with Transformers; sinagot ko ng maayos iyon.
Para sa klase, ang libro na Dive into Deep Learning at ang kurso na MIT's Deep Learning Lectures ay sapat na.
Lumabas ito sa Nature Machine Intelligence 2020 kasama ang ibang artikulo ng grupo nila sa lungsod.
We also read Efficient Transformer Inference at the group, which is a short one.
"""


def test_title_case_titles_inside_sentences_of_another_latin_script_language() -> None:
    found = titles(OTHER_LANGUAGE_PROSE, "text")
    assert found == [
        "Denoising Diffusion Probabilistic Models",
        "Score-Based Generative Modeling",
        "Improving Latent Diffusion Models",
        "Towards Photorealistic Image Generation with Text-Guided Diffusion",
        "Describing and Localizing Multiple Changes with Transformers",
    ]  # not a textbook, a course, a journal's volume, nor a short run in an English sentence


CITED_IN_OTHER_LANGUAGE = """\
Kursuse teises osas loeme Understanding deep learning requires rethinking generalization (Zhang ja Bengio, 2017)
ning selle järel, Mastering the game of Go without human knowledge (Nature, 2017), mida arutame rühmaga.
Nagu näidatud, Tamm kasutab transformer mudeleid neural network arhitektuuriga (Tamm ja Kask, 2021) juba praegu.
Seda kinnitab ka Kask oma töös (Tartu Ülikool, 2019) mitmel korral.
"""


def test_a_sentence_case_title_cited_inside_a_sentence_of_another_language() -> None:
    assert titles(CITED_IN_OTHER_LANGUAGE, "text") == [
        "Understanding deep learning requires rethinking generalization",
        "Mastering the game of Go without human knowledge",
    ]  # not the other language's own sentence before a citation


LOWER_CASE_TITLE_IN_OTHER_SCRIPT = """\
इस हफ़्ते का पेपर: scaling laws for neural language models — बड़े मॉडल पर इसका असर साफ़ दिखता है।
सेटअप के लिए pip install torch transformers accelerate datasets चलाइए और फिर notebook खोलिए।
मुझे लगता है कि in context learning अच्छा है।
"""


def test_a_title_typed_in_lower_case_inside_another_script_s_sentence() -> None:
    assert titles(LOWER_CASE_TITLE_IN_OTHER_SCRIPT, "text") == ["scaling laws for neural language models"]


INITIALED_AUTHORS_THEN_OTHER_ET_AL = """\
      Dithuto

      [1] T. Karras, S. Laine, T. Aila. A Style-Based Generator Architecture for Generative Adversarial
          Networks. CVPR 2019.
      [2] A. Brock, J. Donahue, K. Simonyan ndi ena. Large Scale GAN Training for High Fidelity Natural
          Image Synthesis. ICLR 2019.
      [3] P. Isola, J.-Y. Zhu, T. Zhou kap ol narapela. Image-to-Image Translation with Conditional
          Adversarial Networks. CVPR 2017.
"""


def test_initialed_authors_then_another_language_s_et_al_in_words_of_its_own() -> None:
    assert titles(INITIALED_AUTHORS_THEN_OTHER_ET_AL, "text") == [
        "A Style-Based Generator Architecture for Generative Adversarial Networks",
        "Large Scale GAN Training for High Fidelity Natural Image Synthesis",
        "Image-to-Image Translation with Conditional Adversarial Networks",
    ]


def test_a_sheet_of_queries_and_answers_without_a_title_column_is_read_for_the_papers_cited() -> None:
    text = (
        "Id,Side,Pregunta,Resposta,Estat\n"
        'Q1,3,"La referència [2] no té títol. Podeu completar-la?","Sí: Kitaev, N., Kaiser, L., Levskaya, A. (2020). '
        'Reformer: The Efficient Transformer. ICLR.",Resolt\n'
        "Q2,4,El títol de la taula 2 és massa llarg per a la maqueta del número.,D'acord; l'he escurçat com proposeu.,Resolt\n"
        'Q3,7,"«Longformer» és un programari o un article? Si és un article, cal citar-lo.","És un article: Beltagy, I. '
        'et al. (2020). Longformer: The Long-Document Transformer. https://arxiv.org/abs/2004.05150",Resolt\n'
        "Q4,9,La figura 4 té una resolució massa baixa per a la impremta (150 ppp).,N'envio una versió vectorial.,Pendent\n"
    )
    found = refs(text, "csv")
    assert {(reference.arxiv_id, reference.title) for reference in found} == {
        (None, "Reformer: The Efficient Transformer"),
        ("2004.05150", "Longformer: The Long-Document Transformer"),
    }


def test_authors_then_an_emphasised_title_in_any_language_s_and_or_et_al() -> None:
    text = """\
    Fontes:
    – Krizhevsky, Sutskever y Hinton, *ImageNet Classification with Deep Convolutional Neural Networks*, 2012.
    – He i otros, *Deep Residual Learning for Image Recognition*, CVPR 2016.
    QR: https://arxiv.org/abs/1512.03385

    In a way, **I'm brute forcing text decoding.** How cool is that?
    """
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        (None, "ImageNet Classification with Deep Convolutional Neural Networks"),
        (None, "Deep Residual Learning for Image Recognition"),
        ("1512.03385", None),  # (a link below a list of sources: which one it is, the service says)
    }


def test_a_digest_s_own_word_for_a_paper_is_learnt_from_the_quotes_it_links() -> None:
    text = """\
    Il-karta “Proximal Policy Optimization Algorithms” (https://arxiv.org/abs/1707.06347) uriet kif jitgħallem.
    Warajha l-karta “Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning” (arXiv:1801.01290)
    tesplora l-entropija. Imbagħad il-karta “Human-level control through deep reinforcement learning” tagħlaq.
    Ħadt ukoll il-kors “Deep Reinforcement Learning Bootcamp” ta' sajf li għadda.
    """
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        ("1707.06347", "Proximal Policy Optimization Algorithms"),
        ("1801.01290", "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning"),
        (None, "Human-level control through deep reinforcement learning"),
    }  # not the course, named after another word


def test_a_name_in_another_language_with_a_place_and_year_is_not_a_paper() -> None:
    text = """\
    E01 — Vortaro esperanta – angla (Varsovio, 1910)

    Pruntedonita de familio el Krakovo. La notoj en la marĝeno estas de tri generacioj.

    E02 — Attention Is All You Need (Vaswani, 2017)
    """
    assert titles(text, "text") == ["Attention Is All You Need"]


def test_a_link_below_a_list_of_sources_is_not_paired_with_its_last_item() -> None:
    text = """\
    Fontes:
    – Karras i otros, *A Style-Based Generator Architecture for Generative Adversarial Networks*, CVPR 2019.
    – Brock i otros, *Large Scale GAN Training for High Fidelity Natural Image Synthesis*, ICLR 2019.
    QR: https://arxiv.org/abs/1812.04948

    – Ho i otros, *Denoising Diffusion Probabilistic Models*, NeurIPS 2020.
      https://arxiv.org/abs/2006.11239
    """
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        (None, "A Style-Based Generator Architecture for Generative Adversarial Networks"),
        (None, "Large Scale GAN Training for High Fidelity Natural Image Synthesis"),
        ("1812.04948", None),  # (which source it is, the service says: its title is asked for)
        ("2006.11239", "Denoising Diffusion Probabilistic Models"),  # (inside its item: that item's)
    }


def test_a_semicolon_csv_from_excel_with_a_column_of_people_before_the_titles() -> None:
    text = (
        "N;Estudiante;Fecha;Trabajo expuesto;Enlace;Nota\n"
        "1;Aguirre Soto, Lucía;20/02/2024;Neural Machine Translation of Rare Words with Subword Units;;8,5\n"
        "2;Blanco Ruiz, Mateo;22/02/2024;Sequence to Sequence Learning with Neural Networks;arXiv:1409.3215;7\n"
        "3;Campos Gil, Ana;27/02/2024;Effective Approaches to Attention-based Neural Machine Translation;;9,25\n"
    )
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "csv")}
    assert found == {
        (None, "Neural Machine Translation of Rare Words with Subword Units"),
        ("1409.3215", "Sequence to Sequence Learning with Neural Networks"),
        (None, "Effective Approaches to Attention-based Neural Machine Translation"),
    }


def test_a_pdf_s_page_break_inside_a_reference_cuts_neither_it_nor_the_list() -> None:
    pdftotext = (
        "References\n"
        "[1] A. Radford, J. W. Kim, C. Hallacy et al., “Learning Transferable Visual\n"
        "- 1 -\n"
        "\f    Models From Natural Language Supervision,” ICML, 2021.\n"
        "[2] J. Alayrac, J. Donahue, P. Luc et al., “Flamingo: a Visual Language Model\n"
        "    for Few-Shot Learning,” NeurIPS, 2022.\n"
        "[3] H. Liu, C. Li, Q. Wu et al., “Visual Instruction Tuning,” NeurIPS, 2023,\n"
        "    https://arxiv.org/pdf/2304.08485.\n"
        "                                                   Page 2 of 2\n"
        "\f"
    )
    text, _ = decode_digest(pdftotext.encode(), "plan.txt")
    assert "- 1 -" not in text
    assert "Page 2 of 2" not in text
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        (None, "Learning Transferable Visual Models From Natural Language Supervision"),
        (None, "Flamingo: a Visual Language Model for Few-Shot Learning"),
        ("2304.08485", "Visual Instruction Tuning"),
    }


def test_a_latex_table_of_readings_gives_each_row_s_emphasised_title_with_its_link() -> None:
    source = r"""\documentclass{article}
\begin{document}
\section*{Literatur für die Prüfung}
\begin{tabular}{rlp{3cm}}
Nr. & Titel & Umfang \\
\hline
1 & Kaplan et~al.: \emph{Scaling Laws for Neural Language Models}. arXiv 2020, \url{https://arxiv.org/abs/2001.08361}. & vollständig \\
2 & Hoffmann et~al.: \emph{Training Compute-Optimal Large Language Models}. NeurIPS 2022. & Abschn.~1--3 \\
3 & Wei et~al.: \emph{Emergent Abilities of Large Language Models}. TMLR 2022. & Abschn.~1--4 \\
\end{tabular}
\end{document}
"""
    text, _ = decode_digest(source.encode(), "pruefung.tex")
    assert "| 2 | Hoffmann et al.: *Training Compute-Optimal Large Language Models*." in text
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        ("2001.08361", "Scaling Laws for Neural Language Models"),
        (None, "Training Compute-Optimal Large Language Models"),
        (None, "Emergent Abilities of Large Language Models"),
    }


def test_a_reference_list_with_emphasised_titles_after_authors_joined_in_another_language() -> None:
    text = """\
    ## Références

    1. Loshchilov et Hutter, *SGDR: Stochastic Gradient Descent with Warm Restarts*, ICLR 2017.
    2. Smith, Kindermans, Ying et Le, *Don't Decay the Learning Rate, Increase the Batch Size*, ICLR 2018.
    3. Goyal et al. (2017). Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour. *arXiv preprint*.
    """
    assert titles(text, "markdown") == [
        "SGDR: Stochastic Gradient Descent with Warm Restarts",
        "Don't Decay the Learning Rate, Increase the Batch Size",
        "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour",
    ]  # (the emphasis after a title is where it appeared)


def test_a_quoted_title_cited_by_authors_joined_by_another_language_s_and() -> None:
    text = (
        "P2. (para Rafael) O que mudou com “Understanding the difficulty of training deep feedforward neural "
        "networks” (Glorot e Bengio, 2010)? E depois?\n"
    )
    assert titles(text, "text") == [
        "Understanding the difficulty of training deep feedforward neural networks"
    ]


def test_a_bullet_s_title_then_the_writer_s_note_after_a_colon_or_a_hyphen() -> None:
    text = """\
Reading
- Extending Context Window of Large Language Models via Positional Interpolation: we need this if we want 16k context.
- Efficient Memory Management for Large Language Model Serving with PagedAttention - it is why our throughput tripled.
- Beyond the Imitation Game: quantifying and extrapolating the capabilities of language models, arXiv:2206.04615
- Set up the evaluation harness: we need it before Friday.
"""
    assert {reference.title for reference in refs(text, "text")} == {
        "Extending Context Window of Large Language Models via Positional Interpolation",
        "Efficient Memory Management for Large Language Model Serving with PagedAttention",
        "Beyond the Imitation Game: quantifying and extrapolating the capabilities of language models",
    }  # (a subtitle in sentence case stays whole; a to-do with the writer's note is no title)


def test_the_title_in_the_parenthesis_a_link_closes_is_that_link_s() -> None:
    line = (
        "- Mamba first, plus what came before it: S4 (Efficiently Modeling Long Sequences with Structured State "
        "Spaces, https://openreview.net/forum?id=uYLFoz1vlAC). Not sure it helps at 7B.\n"
    )
    for shape in ("text", "markdown"):
        linked = [reference for reference in refs(line, shape) if reference.openreview_id]
        assert [reference.title for reference in linked] == [
            "Efficiently Modeling Long Sequences with Structured State Spaces"
        ]
    cited = "- We followed Gu et al. (Gu, Goel and Ré, https://arxiv.org/abs/2111.00396) closely.\n"
    (reference,) = refs(cited, "text")
    assert reference.arxiv_id == "2111.00396"
    assert reference.title != "Gu, Goel and Ré"  # (names in the parenthesis are no title)


def test_a_status_report_s_items_are_not_papers_beside_the_ones_it_cites() -> None:
    text = """\
Done this week
1. Finished the 4-bit baseline. Calibration within 0.05 ppl of the reference.
2. Compared against "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale" (https://arxiv.org/abs/2208.07339).
3. Speculative decoding with a 160M draft model: 2.1x faster. Setup follows Fast Inference from Transformers via Speculative Decoding (arXiv:2211.17192).
4. Efficient Memory Management for Large Language Model Serving with PagedAttention (https://arxiv.org/pdf/2309.06180).

Next week
1. Finish the long-context eval and write up the comparison for the group meeting.
2. Try a 2-layer draft model distilled from the 7B.
"""
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        ("2208.07339", "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale"),
        ("2211.17192", "Fast Inference from Transformers via Speculative Decoding"),
        ("2309.06180", "Efficient Memory Management for Large Language Model Serving with PagedAttention"),
    }


def test_a_thread_s_posts_each_give_their_own_title_to_the_link_below_them() -> None:
    text = """\
4/13 2019: T5, o sea "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer". Todas las tareas como texto.

5/13 2020, la idea que lo cambió todo: Scaling Laws for Neural Language Models. La pérdida baja como ley de potencias.
arxiv.org/abs/2001.08361

6/13 Y el mismo año GPT-3: Language Models are Few-Shot Learners. Aprendizaje en contexto, sin tocar los pesos.

7/13 2022: Training Compute-Optimal Large Language Models (arXiv 2203.15556). Modelos demasiado grandes.

9/13 Y el truco más barato: Chain-of-Thought Prompting Elicits Reasoning in Large Language Models.
openreview.net/forum?id=_VjQlMeSB_J

8/13 También 2022: "Training language models to follow instructions with human feedback", el paper de InstructGPT.

12/13 Datos: "Textbooks Are All You Need" (phi-1: datos de calidad de libro de texto).
"""
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert ("2001.08361", "Scaling Laws for Neural Language Models") in found
    assert (
        None,
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer",
    ) in found
    assert (None, "Language Models are Few-Shot Learners") in found
    assert (None, "Training language models to follow instructions with human feedback") in found
    assert (None, "Textbooks Are All You Need") in found
    assert ("2203.15556", "Training Compute-Optimal Large Language Models") in found
    assert len(found) == 7  # (the id is never the post's above)


def test_a_letter_s_sign_off_and_an_author_s_biography_are_not_papers() -> None:
    letter = "Rechenwerk Cloud — GPU hours for the hackathon\n\nSee you on the 14th!\nHanna, Jonas & Emre\n"
    assert refs(letter, "text") == ()
    references = """\
REFERENCES
[1] K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image
    recognition," in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), 2016, pp. 770-778.

Rafael Sørensen (Member, IEEE) received the Ph.D. degree
from Øresund Technical University in 2014. He is an
Associate Professor with Northfield Institute of
Technology. He serves as an Associate Editor.
"""
    assert titles(references, "text") == ["Deep residual learning for image recognition"]


def test_a_quotation_s_title_over_its_citation_a_blank_line_apart() -> None:
    text = """\
スコアベースと DDPM を確率微分方程式で統一した論文を読みました。

Score-Based Generative Modeling through Stochastic Differential Equations

Song et al., ICLR 2021

DDPM も NCSN も同じ SDE の離散化の違いにすぎない。
"""
    assert titles(text, "text") == [
        "Score-Based Generative Modeling through Stochastic Differential Equations"
    ]


def test_a_blog_s_star_numbered_footnotes_give_the_title_in_full() -> None:
    text = """\
後半は 3D です。

- Zero-1-to-3：[Zero-1-to-3: Zero-shot One Image to 3D Object](https://arxiv.org/pdf/2303.11328v1)。画像 1 枚から別視点を生成します。
- 3D Gaussian Splatting*2。拡散モデルではありませんが、入れました。

*1:Gatopoulos & Tomczak, 2020。こちらは VAE の論文です。

*2:3D Gaussian Splatting for Real-Time Radiance Field Rendering（SIGGRAPH 2023 / ACM TOG）
"""
    assert titles(text, "markdown") == [
        "Zero-1-to-3: Zero-shot One Image to 3D Object",
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering",
    ]


def test_an_awesome_table_row_with_a_venue_and_only_its_code_or_project_links_is_a_paper() -> None:
    text = """\
| Date | Title | Venue | Links |
|:----:|-------|:-----:|-------|
| 2021.06 | **Decision Transformer: Reinforcement Learning via Sequence Modeling** | NeurIPS 2021 | [[arXiv]](https://arxiv.org/abs/2106.01345) [[code]](https://github.com/kzl/decision-transformer) |
| 2021.06 | **Offline Reinforcement Learning as One Big Sequence Modeling Problem** | NeurIPS 2021 | [[code]](https://github.com/jannerm/trajectory-transformer) [[blog]](https://bair.berkeley.edu/blog/) |
| 2023.07 | **RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control** | CoRL 2023 | [[project]](https://robotics-transformer2.github.io/) |
| 2023.01 | **Gymnasium** | — | [[code]](https://github.com/Farama-Foundation/Gymnasium) |
"""
    found = {reference.title: reference for reference in refs(text, "markdown")}
    assert set(found) == {
        "Decision Transformer: Reinforcement Learning via Sequence Modeling",
        "Offline Reinforcement Learning as One Big Sequence Modeling Problem",
        "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control",
    }
    offline = found["Offline Reinforcement Learning as One Big Sequence Modeling Problem"]
    assert offline.code_url == "https://github.com/jannerm/trajectory-transformer"


def test_a_scholar_library_page_gives_each_result_its_title_and_id() -> None:
    text = """\
13 results in nlp-pretraining

[(PDF) arxiv.org](https://arxiv.org/pdf/1802.05365)

### [Deep contextualized word representations](https://aclanthology.org/N18-1202/)

[ME Peters](/citations?user=K3ht_ZUAAAAJ), M Neumann, M Gardner… - Proceedings of the 2018 …, 2018 - aclanthology.org

Delete Cite [Cited by 15234](/scholar?cites=9703558373125296833) [Related articles](/scholar?q=related:wQ0t0Aa7YbYJ)

[(PDF) jmlr.org](https://www.jmlr.org/papers/volume21/20-074/20-074.pdf)

### [Exploring the limits of transfer learning with a unified text-to-text transformer](https://www.jmlr.org/papers/v21/20-074.html)

[C Raffel](/citations?user=I66ZBYwAAAAJ), N Shazeer, A Roberts… - Journal of machine learning …, 2020 - jmlr.org

### [Deberta: Decoding-enhanced bert with disentangled attention](https://www.microsoft.com/en-us/research/publication/deberta-decoding-enhanced-bert-with-disentangled-attention-2/)

P He, X Liu, [J Gao](/citations?user=CQ1cqKkAAAAJ), W Chen - arXiv preprint arXiv:2006.03654, 2020 - microsoft.com

### [CITATION][C] Improving language understanding by generative pre-training

A Radford, K Narasimhan, T Salimans, I Sutskever - 2018
"""
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "markdown")}
    assert found == {
        ("1802.05365", "Deep contextualized word representations"),
        (None, "Exploring the limits of transfer learning with a unified text-to-text transformer"),
        ("2006.03654", "Deberta: Decoding-enhanced bert with disentangled attention"),
        (None, "Improving language understanding by generative pre-training"),
    }


def test_a_short_title_linked_to_its_doi_and_cited_is_a_paper() -> None:
    text = "[Deep learning](https://doi.org/10.1038/nature14539) — LeCun, Bengio & Hinton, Nature 2015\n"
    assert titles(text, "markdown") == ["Deep learning"]
    assert (
        titles("[Deep learning](https://example.com/blog/deep-learning) — a post we liked\n", "markdown")
        == []
    )


def test_a_syllabus_s_readings_cell_gives_each_reference_it_holds() -> None:
    text = """\
| Week | Date | Topic | Readings | Due |
| --- | --- | --- | --- | --- |
| 1 | Tue Jan 16 | Introduction [slides](/c/w01.pdf) | Required: | |
|  |  |  | Murphy, Probabilistic Machine Learning: Advanced Topics, ch. 32 (book; on reserve). | |
| 2 | Tue Jan 23 | InfoNCE | Aaron van den Oord, Yazhe Li, Oriol Vinyals. Representation Learning with Contrastive Predictive Coding, 2018. [(arXiv)](https://arxiv.org/abs/1807.03748) | |
| 5 | Tue Feb 13 | BYOL and SimSiam | Jean-Bastien Grill, Florian Strub, et al. Bootstrap your own latent: A new approach to self-supervised Learning, NeurIPS 2020. [(arXiv)](https://arxiv.org/abs/2006.07733v3) Xinlei Chen, Kaiming He. Exploring Simple Siamese Representation Learning, CVPR 2021. | |
| 9 | Tue Mar 12 | Masked image modeling | Kaiming He, Xinlei Chen, Saining Xie, et al. Masked Autoencoders Are Scalable Vision Learners, CVPR 2022. | HW2 |
"""
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "markdown")}
    assert found == {
        ("1807.03748", "Representation Learning with Contrastive Predictive Coding"),
        ("2006.07733", "Bootstrap your own latent: A new approach to self-supervised Learning"),
        (None, "Exploring Simple Siamese Representation Learning"),
        (None, "Masked Autoencoders Are Scalable Vision Learners"),
    }  # (the book on reserve is not a paper)


def test_a_chat_s_link_previews_give_their_links_titles() -> None:
    text = """\
Dana Whitfield  9:14 AM
first one, because everyone asks why our KV cache looks like an OS page table:
https://arxiv.org/abs/2309.06180
arXiv.org
Efficient Memory Management for Large Language Model Serving with PagedAttention
PagedAttention stores the KV cache in non-contiguous blocks like virtual-memory pages.

Priya Raman  10:05 AM
MoE is coming up so here's the OG, still on OpenReview:
https://openreview.net/forum?id=B1ckMDqlg
plus GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding for the token-dropping idea, and Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity (arxiv 2101.03961) for top-1 routing
OpenReview
Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer
Introduces a sparsely gated mixture-of-experts layer.
"""
    found = {
        (reference.arxiv_id or reference.openreview_id, reference.title) for reference in refs(text, "text")
    }
    assert found == {
        ("2309.06180", "Efficient Memory Management for Large Language Model Serving with PagedAttention"),
        ("B1ckMDqlg", "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer"),
        (
            "2101.03961",
            "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
        ),
        (None, "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding"),
    }


def test_a_reply_under_a_paper_s_item_names_its_own_paper() -> None:
    text = """\
- In Search of Lost Domain Generalization — for the robustness thread. Sofia B. (talk) 15:40
  - +1, and pair it with *Shortcut Learning in Deep Neural Networks* (Nature MI 2020). Julien (talk) 16:02
- The **Vision Backbones Reading Group** (VRG) meets weekly.
"""
    assert "Shortcut Learning in Deep Neural Networks" in titles(text, "markdown")
    assert "Vision Backbones Reading Group" not in titles(text, "markdown")


def test_a_comment_s_typed_lower_case_quote_cited_by_its_authors() -> None:
    text = (
        'And for the init part, Glorot & Bengio, "understanding the difficulty of training deep feedforward neural '
        'networks" (AISTATS 2010) is short.\n\n'
        'Do the fast.ai course and Karpathy\'s "Neural Networks: Zero to Hero" videos, then read what you need.\n\n'
        'Lightning slot — "Five Things I Learned Fine-Tuning on a Single RTX 4090" (open, DM me)\n'
    )
    assert titles(text, "text") == [
        "understanding the difficulty of training deep feedforward neural networks"
    ]


def test_a_short_title_in_a_column_its_header_names_papers_in_another_language() -> None:
    text = """\
| 모델 | 논문 | 비고 |
| --- | --- | --- |
| SAM | Segment Anything | SA-1B 데이터셋은 별도 |
| DINOv2 | DINOv2: Learning Robust Visual Features without Supervision | frozen feature |
"""
    assert titles(text, "markdown") == [
        "Segment Anything",
        "DINOv2: Learning Robust Visual Features without Supervision",
    ]


def test_a_link_after_a_title_in_title_marks_and_its_label_is_that_title_s() -> None:
    text = """\
微软的 DeBERTa 用解耦注意力：
论文标题：DeBERTa: Decoding-enhanced BERT with Disentangled Attention
论文链接：https://arxiv.org/abs/2006.03654v6

另外推荐两篇：一篇是《Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model》，论文链接：https://openreview.net/forum?id=cYr2OPNyTz7 ；另一篇是《Pre-Training Transformers as Energy-Based Cloze Models》。

2. RoBERTa：RoBERTa: A Robustly Optimized BERT Pretraining Approach[9]。不改模型，只把数据调大。
"""
    found = {
        (reference.arxiv_id or reference.openreview_id, reference.title) for reference in refs(text, "text")
    }
    assert found == {
        ("2006.03654", "DeBERTa: Decoding-enhanced BERT with Disentangled Attention"),
        ("cYr2OPNyTz7", "Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model"),
        (None, "Pre-Training Transformers as Energy-Based Cloze Models"),
        (None, "RoBERTa: A Robustly Optimized BERT Pretraining Approach"),
    }


def test_an_english_title_wrapped_at_a_japanese_pdf_s_line_end_is_read_whole() -> None:
    text = (
        "４．研究方法\n"
        "　(1) BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image\n"
        "Encoders and Large Language Models [6] と Visual Instruction Tuning [7] を基準と\n"
        "し、画像エンコーダのみ・接続部のみ・全体を適応させる場合を比較する。\n"
        "\f"
        "参考文献\n"
        "[6] J. Li, D. Li, S. Savarese, and S. Hoi, “BLIP-2: Bootstrapping Language-Image Pre-training with Frozen\n"
        "Image Encoders and Large Language Models,” ICML, 2023.\n"
    )
    assert (
        "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models"
        in (titles(text, "text"))
    )
    assert "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image" not in titles(text, "text")


def test_a_note_s_links_to_notes_named_by_research_titles_are_papers_weakly() -> None:
    text = """\
## Key idea
- Compare with PPO: [[Proximal Policy Optimization Algorithms]] needs a reward model and on-policy samples.

## Related
- [[Constitutional AI - Harmlessness from AI Feedback]] (file names cannot hold a colon)
- [[KTO]] #todo
- [[Zephyr 7B setup notes]]
- [[RLHF reading list]]
"""
    found = {reference.title: reference for reference in refs(text, "markdown")}
    assert set(found) == {
        "Proximal Policy Optimization Algorithms",
        "Constitutional AI - Harmlessness from AI Feedback",
    }
    assert all(reference.weak for reference in found.values())


def test_a_leaderboard_s_paper_links_spell_their_titles() -> None:
    text = """\
| Rank | Model | Top 1 Accuracy | Paper | Code | Year |
| --- | --- | --- | --- | --- | --- |
| 4 | AutoHAS (searched) | 81.1% | [AutoHAS: Efficient Hyperparameter and Architecture Search](/paper/autohas-efficient-hyperparameter-and-architecture-search) | | 2020 |
| 5 | EfficientNet-L1 (SAT) | 80.8% | [Smooth Adversarial Training](/paper/smooth-adversarial-training) | | 2020 |

# [PyGlove: Symbolic Programming for Automated Machine Learning](/paper/pyglove-symbolic-programming-for-automated-machine-learning)

21 Jan 2021

Results on ImageNet and related benchmarks; see paper.

# [Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation](/paper/simple-copy-paste-is-a-strong-data-augmentation-method-for-instance-segmentation)

13 Dec 2020

Results on ImageNet and related benchmarks; see paper.

[PDF](https://arxiv.org/pdf/2012.07177v1.pdf)[Code](/paper/simple-copy-paste#code)
"""
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "markdown")}
    assert found == {
        (None, "AutoHAS: Efficient Hyperparameter and Architecture Search"),
        (None, "Smooth Adversarial Training"),
        (None, "PyGlove: Symbolic Programming for Automated Machine Learning"),
        ("2012.07177", "Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation"),
    }  # (a result's date under its title is no section heading between it and its PDF)


def test_a_feed_s_title_over_its_paper_page_and_its_source_line() -> None:
    text = """\
9 new papers · based on 14 papers in your library

Towards Domain-Agnostic Contrastive Learning
https://www.semanticscholar.org/paper/d50820a337e9be954d3b7363b763a7eaa8250987?utm_source=feed_email
V. Verma, M. Luong, K. Kawaguchi, +2 authors
ICML · 2021
Save | Not relevant

HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units
https://www.semanticscholar.org/paper/0a6dc68c9b828b26a5fec42ba8ca54ef2b7ecfeb?utm_source=feed_email
W. Hsu, B. Bolte, Y. H. Tsai, +3 authors
IEEE/ACM Transactions on Audio, Speech, and Language Processing · 2021
PDF: https://arxiv.org/pdf/2106.07447
Save | Not relevant
"""
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "text")}
    assert found == {
        (None, "Towards Domain-Agnostic Contrastive Learning"),
        (
            "2106.07447",
            "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units",
        ),
    }


def test_french_minutes_labels_guillemets_and_a_link_s_title_after_it() -> None:
    text = """\
## 2. Séminaire de lecture : les fondamentaux des LLM

- « Attention Is All You Need » (Vaswani et al., 2017) — incontournable.
- « Training language models to follow instructions with human feedback » (InstructGPT)
- Chain-of-thought : https://openreview.net/forum?id=_VjQlMeSB_J (Chain-of-Thought Prompting Elicits Reasoning in Large Language Models, NeurIPS 2022)
- Modèles ouverts : LLaMA: Open and Efficient Foundation Language Models, et la suite, Llama 2: Open Foundation and Fine-Tuned Chat Models (arXiv 2307.09288)
"""
    found = {
        (reference.arxiv_id or reference.openreview_id, reference.title)
        for reference in refs(text, "markdown")
    }
    assert ("_VjQlMeSB_J", "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models") in found
    assert ("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models") in found
    assert (None, "Attention Is All You Need") in found
    assert (None, "Training language models to follow instructions with human feedback") in found


def test_a_note_named_by_a_person_and_a_post_is_no_paper() -> None:
    text = "- [[Lilian Weng - What are Diffusion Models?]]\n- [[Constitutional AI - Harmlessness from AI Feedback]]\n"
    assert titles(text, "markdown") == ["Constitutional AI - Harmlessness from AI Feedback"]


def test_a_link_after_an_arrow_is_the_title_s_right_before_it_not_the_item_s_first() -> None:
    text = (
        "- Kaplan et al., « Scaling Laws for Neural Language Models », puis le papier Chinchilla : Training "
        "Compute-Optimal Large Language Models → https://arxiv.org/abs/2203.15556\n"
    )
    found = {(reference.arxiv_id, reference.title) for reference in refs(text, "markdown")}
    assert found == {
        ("2203.15556", "Training Compute-Optimal Large Language Models"),
        (None, "Scaling Laws for Neural Language Models"),
    }


def test_a_code_link_in_a_paper_s_cell_is_no_mark_of_another_kind() -> None:
    text = """\
| Paper | Venue |
| --- | --- |
| **Decision Transformer: Reinforcement Learning via Sequence Modeling** [code](https://github.com/kzl/dt) | NeurIPS 2021 |
| Murphy, Probabilistic Machine Learning: Advanced Topics, ch. 32 (book; on reserve). | |
"""
    (found,) = refs(text, "markdown")
    assert found.title == "Decision Transformer: Reinforcement Learning via Sequence Modeling"
    assert found.code_url == "https://github.com/kzl/dt"


# --- Round 35's kinds, read at first sight as 21/44: chat runs, tasks, note aliases, short names ---------------


def _document_titles(text: str, name: str) -> set[tuple[str | None, str | None]]:
    return {(r.arxiv_id, r.title) for r in extract_document(text, name).references}


def test_a_chat_message_written_as_rich_text_runs_is_read_whole() -> None:
    message = {
        "id": 7,
        "type": "message",
        "text": [
            "Worth a reread before the seminar: ",
            {"type": "italic", "text": "Deep Residual Learning for Image Recognition"},
            " (He et al., CVPR 2016). And for transformers, ",
            {"type": "text_link", "text": "LLaMA", "href": "https://arxiv.org/abs/2302.13971"},
            ": LLaMA: Open and Efficient Foundation Language Models — the open weights one.\n\n",
            {"type": "hashtag", "text": "#reading"},
        ],
    }
    text = json.dumps({"name": "Channel", "type": "public_channel", "messages": [message]}, indent=1)
    found = _document_titles(text, "result.json")
    assert (None, "Deep Residual Learning for Image Recognition") in found
    assert ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models") in found


def test_a_message_written_again_as_rich_text_is_read_once_and_never_runs_into_the_next() -> None:
    said = "Shortlist for next time:\n• Switch Transformers — 2101.03961\n• Mamba if there is time left"
    messages = [
        {
            "type": "message",
            "text": said,
            "blocks": [
                {
                    "type": "rich_text",
                    "elements": [
                        {
                            "type": "rich_text_section",
                            "elements": [
                                {
                                    "type": "text",
                                    "text": "Shortlist for next time:\n• Switch Transformers — ",
                                },
                                {
                                    "type": "link",
                                    "url": "https://arxiv.org/abs/2101.03961",
                                    "text": "2101.03961",
                                },
                                {"type": "text", "text": "\n• Mamba if there is time left"},
                            ],
                        }
                    ],
                }
            ],
        },
        {"type": "message", "text": "<https://arxiv.org/abs/2312.00752>"},
    ]
    found = _document_titles(json.dumps(messages, indent=1), "channel.json")
    assert not any(title and "if there is time" in title for _, title in found)
    assert "2101.03961" in {arxiv_id for arxiv_id, _ in found}


def test_a_link_named_by_a_short_name_goes_on_to_its_title_after_a_colon() -> None:
    text = (
        "- [BERT](https://arxiv.org/abs/1810.04805): Pre-training of Deep Bidirectional Transformers for Language "
        "Understanding — the encoder everyone fine-tunes\n"
        "- [RoBERTa](https://arxiv.org/abs/1907.11692): RoBERTa: A Robustly Optimized BERT Pretraining Approach\n"
        "- [GLUE](https://gluebenchmark.com): the benchmark\n"
    )
    assert titles(text, "markdown") == [
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
    ]


def test_a_title_whose_initials_spell_the_short_name_after_it_is_weakly_a_paper() -> None:
    text = (
        "# Notes du séminaire\n\nOrdre du jour de la semaine.\n\n"
        "- Méthode : Proximal Policy Optimization Algorithms (PPO) — Paul montrera les courbes.\n"
        "- Réseau : Internationalized Domain Names in Applications (IDNA) — à configurer.\n"
        "- Agenda : Reading Group Session Notes (RGSN) — à relire.\n"
    )
    (found,) = refs(text, "markdown")
    assert found.title == "Proximal Policy Optimization Algorithms"
    assert found.reason == "given with its short name"


def test_a_task_s_due_date_and_tags_are_not_part_of_its_title() -> None:
    text = (
        "## Tasks\n- [x] reply to the admin about GPU hours ✅ 2024-05-14\n"
        "- [ ] finish lit note for **Dropout: A Simple Way to Prevent Neural Networks from Overfitting** "
        "📅 2024-05-15 #reading/dl\n- [ ] ask about the sweep numbers 📅 2024-05-16\n"
    )
    assert titles(text, "markdown") == ["Dropout: A Simple Way to Prevent Neural Networks from Overfitting"]


def test_a_note_named_by_its_citation_and_shown_by_its_title_is_a_paper() -> None:
    text = (
        "- 17:30 after the lab talk: [[Vaswani 2017 transformer|Attention Is All You Need]]. Read section 3.\n"
        "- 18:00 [[Weekly 2024 Review|my review]] done\n"
    )
    (found,) = refs(text, "markdown")
    assert found.title == "Attention Is All You Need"


def test_a_title_opening_a_japanese_sentence_and_one_in_parentheses_after_its_link() -> None:
    text = (
        "学習が遅いので attention を速くする。\n"
        "Deep Residual Learning for Image Recognition を読んでから実装した。続編の LLaMA は "
        "https://arxiv.org/abs/2302.13971 （LLaMA: Open and Efficient Foundation Language Models）。\n"
        "A100 で速くなった。\n"
    )
    found = {(r.arxiv_id, r.title) for r in refs(text, "text")}
    assert ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models") in found
    assert (None, "Deep Residual Learning for Image Recognition") in found


def test_a_title_cited_by_its_authors_right_before_its_link_drops_the_sentence_before_it() -> None:
    text = (
        "[–]someone 12 points 3 hours ago\n\n"
        "The scaling debate aged well. Scaling Laws for Neural Language Models (Kaplan et al.) "
        "https://arxiv.org/abs/2001.08361 made the claim, then the rebuttals came.\n"
    )
    ((arxiv_id, title),) = {(r.arxiv_id, r.title) for r in refs(text, "text")}
    assert (arxiv_id, title) == ("2001.08361", "Scaling Laws for Neural Language Models")


def test_a_quoted_title_the_next_sentence_calls_a_paper() -> None:
    text = (
        '[–]someone 28 points 4 hours ago\n\nControversial pick: "Deep Double Descent". Whatever you make of '
        "it, it's the paper that made everyone plot test error against width.\n\n"
        'My favourite quote this year: "Move Fast And Break Things". Nothing more to say.\n'
    )
    assert titles(text, "text") == ["Deep Double Descent"]


def test_a_title_after_a_lead_and_its_authors_and_year_ends_where_the_writer_goes_on() -> None:
    text = (
        "A thread\n\nFor vision: Dosovitskiy et al. 2021, An Image Is Worth 16x16 Words: Transformers for Image "
        "Recognition at Scale, aka ViT. Old news now.\n\n"
        "Also Kaplan et al. (2020), Scaling Laws for Neural Language Models, is the classic.\n"
    )
    assert titles(text, "text") == [
        "An Image Is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        "Scaling Laws for Neural Language Models",
    ]


# --- Round 36's habits, in the corpus's own kinds: read at first sight as 21/41 -------------------------------


NOTION_CSV = (
    "\ufeffName,Status,Tags,URL,Week,Notes\n"
    'Attention Is All You Need,🟢 Done,"architectures, background",https://arxiv.org/abs/1706.03762,'
    'Week 1 (https://www.notion.so/Week-1-0191b8cd171f8856),"Read sections 3 and 5.\n'
    'The appendix is optional."\n'
    "🔥 Deep Residual Learning for Image Recognition,🟢 Done,vision,,"
    'Week 2 (https://www.notion.so/Week-2-feeda872811f7183),"Pair with the identity-mappings follow-up.\n'
    'Figure 2 is the one to remember."\n'
    "constitutional ai: harmlessness from ai feedback,🟡 Reading,safety,"
    "https://www.anthropic.com/research/constitutional-ai-harmlessness-from-ai-feedback,,\n"
    "Talk: evaluating agents (group seminar),⚪ To read,talk,,Week 3 (https://www.notion.so/Week-3-24427a5b),"
    '"Recording link will be posted."\n'
)


def test_a_notion_csv_with_notes_over_several_lines_is_read_as_its_rows() -> None:
    found = _document_titles(NOTION_CSV, "reading.csv")
    assert found == {
        ("1706.03762", "Attention Is All You Need"),
        (None, "Deep Residual Learning for Image Recognition"),
        (None, "constitutional ai: harmlessness from ai feedback"),
    }


def test_an_issue_tracker_s_tickets_are_no_papers() -> None:
    text = (
        "Summary,Issue key,Issue Type,Status,Description\n"
        'Gateway: prefetch adapters on registry webhook,ML-431,Sub-task,To Do,"Sub-task of ML-430.\nSee the runbook."\n'
        'Serving: batch scheduler for adapters,ML-432,Story,Done,"Done in sprint 16.\nClosed."\n'
        'Q1 2024: serving platform,ML-400,Epic,In Progress,"Goal: one gateway.\nMilestones below."\n'
    )
    assert _document_titles(text, "jira.csv") == set()


def test_an_awesome_list_s_badges_in_its_heading_say_nothing_of_its_sections() -> None:
    text = (
        "# Awesome Vision [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) "
        "![License: CC0-1.0](https://img.shields.io/badge/License-CC0_1.0-lightgrey.svg)\n\n"
        "## Backbones\n\n"
        "- [Deep Residual Learning for Image Recognition](https://openaccess.thecvf.com/content_cvpr_2016/html/"
        "He_Deep_Residual_Learning_CVPR_2016_paper.html) - CVPR 2016 - 🔥\n"
        "- [Densely Connected Convolutional Networks](https://github.com/liuzhuang13/DenseNet) - CVPR 2017 - "
        "[![arXiv](https://img.shields.io/badge/arXiv-1608.06993-b31b1b.svg)](https://github.com/liuzhuang13/DenseNet)\n"
    )
    found = {(r.arxiv_id, r.title) for r in refs(text, "markdown")}
    assert found == {
        (None, "Deep Residual Learning for Image Recognition"),
        ("1608.06993", "Densely Connected Convolutional Networks"),
    }


def test_a_harvard_reference_quotes_its_title_in_single_marks_and_keeps_a_compound_s_hyphen() -> None:
    text = (
        "References\n\n"
        "He, K., Zhang, X., Ren, S. and Sun, J. (2015) ‘Delving deep into rectifiers: surpassing human-\n"
        "level performance on ImageNet classification’, in Proceedings of the IEEE International\n"
        "Conference on Computer Vision (ICCV). Santiago, Chile, pp. 1026–1034.\n"
        "He, K., Zhang, X., Ren, S. and Sun, J. (2016) ‘Deep residual learning for image recog-\n"
        "nition’, in Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition\n"
        "(CVPR). Las Vegas, NV, pp. 770–778.\n"
        "O’Neil, C. and Brown’s, D. (2017) ‘Don’t stop pretraining: adapt language models to domains’, in ACL.\n"
    )
    assert titles(text, "text") == [
        "Delving deep into rectifiers: surpassing human-level performance on ImageNet classification",
        "Deep residual learning for image recognition",
        "Don’t stop pretraining: adapt language models to domains",
    ]


# --- Round 37's kinds, new to the corpus: read at first sight as 22/42 ----------------------------------------


def test_a_patent_s_citations_marked_and_unmarked_are_each_a_reference() -> None:
    text = (
        "Non-Patent Citations (3)\nTitle\n"
        '* VASWANI et al., "Attention Is All You Need", Advances in Neural Information Processing Systems 30, 2017.\n'
        'HE et al., "Deep Residual Learning for Image Recognition", Proceedings of CVPR, 2016.\n'
        '* DEVLIN et al., "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", '
        "NAACL 2019.\n* Cited by examiner\n\nLandscapes\nEngineering & Computer Science (AREA)\n"
        "Physics & Mathematics (AREA)\n"
    )
    assert titles(text, "text") == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    ]


def test_short_citations_in_a_text_expander_s_snippets_and_bibtex_in_one() -> None:
    text = (
        "matches:\n"
        '  - trigger: ":clstm"\n'
        '    replace: "Hochreiter & Schmidhuber (1997). Long Short-Term Memory. Neural Computation 9(8), 1735-1780."\n'
        '  - trigger: ":cadam"\n'
        '    replace: "Kingma et al. (2015). Adam: A Method for Stochastic Optimization. ICLR."\n'
        '  - trigger: ":bibvit"\n'
        "    replace: |\n"
        "      @inproceedings{dosovitskiy2021image,\n"
        "        title     = {An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale},\n"
        "        author    = {Dosovitskiy, Alexey and Beyer, Lucas},\n"
        "        booktitle = {International Conference on Learning Representations},\n"
        "        year      = {2021}\n"
        "      }\n"
        '  - trigger: ":sig"\n'
        '    replace: "Best regards, and see you at the reading group on Thursday afternoon."\n'
    )
    found = {title for _, title in _document_titles(text, "base.yml")}
    assert found == {
        "Long Short-Term Memory",
        "Adam: A Method for Stochastic Optimization",
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
    }


def test_a_title_cited_after_the_writer_s_words_a_colon_and_its_authors() -> None:
    text = (
        "Joan\n16 de mayo de 2024 11:11\n"
        "GPT-2 no está en arXiv; cítalo como informe técnico: Radford et al. (2019), Language Models are "
        "Unsupervised Multitask Learners, OpenAI.\nResponder\n"
    )
    assert titles(text, "text") == ["Language Models are Unsupervised Multitask Learners"]


def test_a_menu_s_references_tab_is_no_reference_section() -> None:
    text = (
        "borrador_v7.docx · Guardado\n\nArchivo\nInicio\nInsertar\nReferencias\nRevisar\nVista\n\nComentarios\n\n"
        "Lucía\nlunes, 13 de mayo de 2024 9:02\n"
        "Aquí falta citar: «Deep Residual Learning for Image Recognition» (He et al., 2016).\n"
        "Marina\nlunes, 13 de mayo de 2024 11:40\nAñadido. ¿Lo pongo también en la tabla?\n\n"
        "Joan\njueves, 16 de mayo de 2024 11:11\nGPT-2 no está en arXiv; cítalo como informe técnico: Radford et "
        "al. (2019), Language Models are Unsupervised Multitask Learners, OpenAI.\nResponder\n"
    )
    decoded, _ = decode_digest(text.encode(), "comments.txt")
    assert _document_titles(decoded, "comments.txt") == {
        (None, "Deep Residual Learning for Image Recognition"),
        (None, "Language Models are Unsupervised Multitask Learners"),
    }


def test_a_search_tool_s_hits_read_without_their_line_numbers() -> None:
    text = (
        "$ rg -n 'arxiv|openreview' notes.md\nnotes.md\n"
        "11:- Rethinking Pre-training and Self-training (Zoph et al.) https://arxiv.org/abs/2006.06882 — helps\n"
        "17:- C2D https://openreview.net/forum?id=uB5x7Y2qsFR — warm start for DivideMix\n"
        "$ date\n10:30:00 UTC\n"
    )
    decoded, _ = decode_digest(text.encode(), "session.log")
    found = {
        (r.arxiv_id, r.openreview_id, r.title) for r in extract_document(decoded, "session.log").references
    }
    assert ("2006.06882", None, "Rethinking Pre-training and Self-training") in found
    assert any(openreview_id == "uB5x7Y2qsFR" and arxiv_id is None for arxiv_id, openreview_id, _ in found)


def test_a_pdf_s_name_then_its_title_gives_the_title() -> None:
    text = (
        '$ for f in *.pdf; do printf \'%s\\t%s\\n\' "$f" "$(pdfinfo "$f" | sed -n \'s/^Title: *//p\')"; done\n'
        "dino_caron2021.pdf\tEmerging Properties in Self-Supervised Vision Transformers\n"
        "beit.pdf\t\n"
        "mae_he2021.pdf\tMasked Autoencoders Are Scalable Vision Learners\n"
    )
    assert titles(text, "text") == [
        "Emerging Properties in Self-Supervised Vision Transformers",
        "Masked Autoencoders Are Scalable Vision Learners",
    ]


GRAPHML_MAP = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="d0"/>
  <key attr.name="类型" attr.type="string" for="node" id="d1"/>
  <key attr.name="arXiv" attr.type="string" for="node" id="d2"/>
  <key attr.name="备注" attr.type="string" for="node" id="d3"/>
  <key attr.name="x" attr.type="float" for="node" id="d4"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d0">Denoising Diffusion Probabilistic Models</data><data key="d1">论文</data>
      <data key="d2">2006.11239</data><data key="d4">-182.4</data></node>
    <node id="n1"><data key="d0">Elucidating the Design Space of Diffusion-Based Generative Models</data>
      <data key="d1">论文</data><data key="d3">采样器的设计空间。arXiv:2206.00364</data></node>
    <node id="n2"><data key="d0">Lilian Weng: What are Diffusion Models?</data><data key="d1">博客</data></node>
    <edge source="n0" target="n1"/>
  </graph>
</graphml>
"""


def test_a_graphml_reading_map_gives_each_paper_node_with_its_id() -> None:
    decoded, kind = decode_digest(GRAPHML_MAP.encode(), "map.graphml")
    assert kind.startswith("json/graphml")
    assert _document_titles(decoded, "map.graphml") == {
        ("2006.11239", "Denoising Diffusion Probabilistic Models"),
        ("2206.00364", "Elucidating the Design Space of Diffusion-Based Generative Models"),
    }


FORUM_THREAD = """\
13 名無しさん＠お腹いっぱい。 2024/05/12(日) 12:09:03.42 ID:Tr6yU1mK0
QLoRAの量子化まわりの元ネタはこっち
GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers
ttps://arxiv.org/pdf/2210.17323.pdf
外れ値の次元だけ逃がすやつ

14 名無しさん＠お腹いっぱい。 2024/05/12(日) 19:22:57.93 ID:Hs5dJ3aV0
推論サーバーはこれ一択だと思ってる
元論文：Fast Inference from Transformers via Speculative
Decoding with a Small Draft Model
（PDFからコピペしたので改行は許して）

15 名無しさん＠お腹いっぱい。 2024/05/13(月) 22:17:45.30 ID:Rb9cN4tY0
でかいモデルを一から学習する大変さを知りたいなら
Training Compute-Optimal Large Language Models
の付録を読むといい
プロンプト系やるなら
the power of scale for parameter-efficient prompt tuning
は読んどけ
"""


def test_a_japanese_forum_s_english_lines_inside_its_sentences_are_titles() -> None:
    found = {(r.arxiv_id, r.title) for r in refs(FORUM_THREAD, "text")}
    assert (
        "2210.17323",
        "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers",
    ) in found
    assert (
        None,
        "Fast Inference from Transformers via Speculative Decoding with a Small Draft Model",
    ) in found
    assert (None, "Training Compute-Optimal Large Language Models") in found
    assert (None, "the power of scale for parameter-efficient prompt tuning") in found
    assert not any(
        title
        and title.startswith(("QLoRA", "Fast Inference from Transformers via Speculative"))
        and "Draft" not in title
        for _, title in found
    )


WRAPPED_PLAN = """\
# Reading plan, spring term

Each week has a few numbered sentences. Read them before the Tuesday session, and
bring one question per paper; the notes below are deliberately short and plain.

**Week 1** (from Monday 15 January 2024). (1) This week is about sequence models
whose outputs are not aligned to inputs, so read *Sequence to Sequence Learning
with Neural Networks*, Sutskever et al., NeurIPS 2014, and do the decoding by hand
for a three-step example. (2) Then compare it with 'Neural Machine Translation by
Jointly Learning to Align and Translate' for the attention that replaced the fixed
vector. (3) We will argue on Tuesday about whether the copy task is a fair test.

**Week 2** (from Monday 22 January 2024). (1) Two more readings, both optional and
both short enough for one evening, before we move on to transformers next month.
"""


def test_a_plan_hard_wrapped_at_a_width_reads_titles_its_lines_cut() -> None:
    assert set(titles(WRAPPED_PLAN, "markdown")) >= {
        "Sequence to Sequence Learning with Neural Networks",
        "Neural Machine Translation by Jointly Learning to Align and Translate",
    }


def test_a_project_named_with_its_people_in_minutes_is_no_paper() -> None:
    text = (
        "## 3. Avancement des projets\n\n"
        "- **Projet Résumé-Juridique** (Inès, Paul-Antoine) : fine-tuning terminé, évaluation humaine en cours.\n"
        "- **Project Legal Summaries** (Ines, Paul) : human evaluation next week.\n"
        "- **Deep Residual Learning for Image Recognition** (He et al.) : relu avant l'addition.\n"
    )
    assert titles(text, "markdown") == ["Deep Residual Learning for Image Recognition"]


# --- Round 38's habits (the corpus's kinds by yet other hands): read at first sight as 33/47 -------------------


CHECKLIST_PLAN = """\
## 1. Contrastive learning — Σ ⏱ 2 h

- [x] momentum contrast for unsupervised visual representation learning (CVPR 2020) ⏱ 1 h ✅ 2024-02-14
  - the queue of negatives and the momentum encoder
  - read it next to SimCLR
- [ ] *Bootstrap Your Own Latent*. ⏱ 45 min
  - NeurIPS 2020, Grill et al.
  - no negatives at all; the predictor matters
- [ ] 'Masked Autoencoders Are Scalable Vision Learners' ⏱ 1 h
  - project page https://example.org/mae · code https://github.com/facebookresearch/mae
  - only the masking-ratio ablation
- [ ] bug fixes in the data loader (Ana, Jonas) ⏱ 20 min
  - the shuffle seed, then the crop sizes
  - rerun the probe
"""


def test_a_checklist_plan_s_items_with_time_estimates_and_their_notes_below() -> None:
    assert titles(CHECKLIST_PLAN, "markdown") == [
        "momentum contrast for unsupervised visual representation learning",
        "Bootstrap Your Own Latent",
        "Masked Autoencoders Are Scalable Vision Learners",
    ]


def test_a_pdf_reader_s_settings_name_papers_by_their_files() -> None:
    text = (
        "FileStates [\n\t[\n"
        "\t\tFilePath = D:\\Papers\\SSL\\Chen et al. - 2020 - A Simple Framework for Contrastive Learning of Visual "
        "Representations.pdf\n\t\tPageNo = 4\n\t]\n\t[\n"
        "\t\tFilePath = D:\\Papers\\Classics\\hinton-06 A Fast Learning Algorithm for Deep Belief Nets.pdf\n"
        "\t\tPageNo = 1\n\t]\n\t[\n"
        "\t\tFilePath = D:\\Papers\\Transfer\\Rethinking ImageNet Pre-training.pdf\n\t\tPageNo = 2\n\t]\n\t[\n"
        "\t\tFilePath = D:\\Courses\\CS231n 2023 lecture13 self supervised.pdf\n\t]\n\t[\n"
        "\t\tFilePath = D:\\Books\\Dive into Deep Learning - chapter 14.pdf\n\t]\n]\n"
    )
    assert titles(text, "text") == [
        "A Simple Framework for Contrastive Learning of Visual Representations",
        "A Fast Learning Algorithm for Deep Belief Nets",
        "Rethinking ImageNet Pre-training",
    ]


def test_a_table_title_broken_over_two_rows_is_read_whole() -> None:
    text = (
        "| # | Paper | Venue | Link |\n| --- | --- | --- | --- |\n"
        "| 1 | Bootstrap Your Own Latent: | NeurIPS 2020 | [arXiv](https://arxiv.org/abs/2006.07733) |\n"
        "|  | A New Approach to Self-Supervised Learning |  |  |\n"
        "| 2 | Emerging Properties in Self-Supervised Vision Transformers | ICCV 2021 | "
        "[CVF](https://openaccess.thecvf.com/content/ICCV2021/html/Caron_Emerging_Properties_in_Self-Supervised_"
        "Vision_Transformers_ICCV_2021_paper.html) |\n"
        "| 3 | scaling vision transformers | CVPR 2022 | [CVF](https://openaccess.thecvf.com/content/CVPR2022/html/"
        "Zhai_Scaling_Vision_Transformers_CVPR_2022_paper.html) |\n"
        "| 4 | Momentum Contrast for Unsupervised Visual | CVPR 2020 | — |\n"
        "|  | representation learning |  |  |\n"
        "| 5 | Deep Residual Learning for Image Recognition | CVPR 2016 | — |\n"
        "|  | Identity Mappings in Deep Residual Networks (follow-up) |  |  |\n"
    )
    assert set(titles(text, "markdown")) == {
        "Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning",
        "Emerging Properties in Self-Supervised Vision Transformers",
        "scaling vision transformers",
        "Momentum Contrast for Unsupervised Visual representation learning",
        "Deep Residual Learning for Image Recognition",
        "Identity Mappings in Deep Residual Networks",
    }


def test_a_record_titled_by_a_venue_s_name_is_no_paper() -> None:
    text = json.dumps(
        [
            {"title": "Deep Residual Learning for Image Recognition", "year": 2016, "note": "read twice"},
            {"title": "Advances in Neural Information Processing Systems", "year": 2017},
            {"title": "ACL 2021 System Demonstrations", "note": "proceedings volume"},
        ],
        indent=1,
    )
    extraction = extract_document(text, "library.json")
    assert [r.title for r in extraction.references] == ["Deep Residual Learning for Image Recognition"]
    assert sum(item.why == "a venue's name, not a paper" for item in extraction.rejected) == 2


def test_a_link_card_under_a_link_cut_short_names_its_paper() -> None:
    text = (
        "@someone.bsky.social\n12 de mar.\n"
        "(3/12) Depois, a discussão sobre escala. O link corta, mas o card mostra o título: arxiv.org/abs/2001.083...\n"
        "Scaling Laws for Neural Language Models\n"
        "We study empirical scaling laws for language model performance on the cross-entropy loss. The loss...\n"
        "arxiv.org\n3\n11\n\n"
        "(4/12) E um post de blog: example.com/blog/why-i...\n"
        "Why I Stopped Worrying About Benchmarks\n"
        "A personal essay about what leaderboards measure and what they miss in practice, with three...\n"
        "example.com\n"
    )
    assert titles(text, "text") == ["Scaling Laws for Neural Language Models"]


def test_a_row_labelled_another_kind_in_another_language_is_no_paper() -> None:
    text = (
        "Nr\tTitel\tAutoren\tJahr\tLink\n"
        "1\tLoRA: Low-Rank Adaptation of Large Language Models\tHu, Shen\t2022\thttps://arxiv.org/abs/2106.09685\n"
        "2\tKurs: Efficiently Serving LLMs\tDeepLearning.AI\t2024\thttps://www.deeplearning.ai/short-courses/x/\n"
        "3\tVortrag: Unser LoRA-Setup für das Kundenprojekt\tMehmet\t2024\t\n"
    )
    assert titles(text, "tsv") == ["LoRA: Low-Rank Adaptation of Large Language Models"]


def test_a_sheet_s_row_with_its_authors_and_venue_is_a_paper_whatever_its_link() -> None:
    text = (
        "Nr.\tTitel\tAutor:innen\tJahr\tVenue\tLink bzw. DOI\tStatus\n"
        "1\tGPT Understands, Too\tLiu, Zheng, Du\t2023\tAI Open\t\tgelesen\n"
        "2\tFew-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning\tLiu, Tam\t2022\t"
        "NeurIPS\thttps://github.com/r-three/t-few\toffen\n"
        "3\tPEFT (Bibliothek von Hugging Face)\t\t\t\thttps://github.com/huggingface/peft\tgelesen\n"
        "4\tBlogpost: A Gentle Introduction to 8-bit Matrix Multiplication\tBelkada\t2022\tHugging Face Blog\t"
        "https://huggingface.co/blog/hf-bitsandbytes-integration\toffen\n"
    )
    assert titles(text, "tsv") == [
        "GPT Understands, Too",
        "Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning",
    ]


PDFTK_DUMP = """InfoBegin
InfoKey: Title
InfoValue: Generative models: course reader (spring 2024)
InfoBegin
InfoKey: Sources
InfoValue: 需注明出处的条目（CC BY）：https://arxiv.org/abs/2112.10752
InfoBegin
InfoKey: Producer
InfoValue: pdftk-java 3.3.3
NumberOfPages: 194
BookmarkBegin
BookmarkTitle: Cover
BookmarkLevel: 1
BookmarkPageNumber: 1
BookmarkBegin
BookmarkTitle: Lecture 4: text to image
BookmarkLevel: 1
BookmarkPageNumber: 102
BookmarkBegin
BookmarkTitle: [2006.11239] Denoising Diffusion Probabilistic Models
BookmarkLevel: 2
BookmarkPageNumber: 102
BookmarkBegin
BookmarkTitle: Paper: Hierarchical Text-Conditional Image Generation with CLIP Latents
BookmarkLevel: 2
BookmarkPageNumber: 123
BookmarkBegin
BookmarkTitle: An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion (arXiv:2208.01618)
BookmarkLevel: 2
BookmarkPageNumber: 156
"""


def test_a_pdf_s_outline_dumped_by_pdftk_gives_its_bookmarked_papers() -> None:
    decoded, kind = decode_digest(PDFTK_DUMP.encode(), "reader_dump.txt")
    assert kind.startswith("pdftk/")
    found = {(r.arxiv_id, r.title) for r in extract_references(decoded, "markdown").references}
    assert ("2006.11239", "Denoising Diffusion Probabilistic Models") in found
    assert (None, "Hierarchical Text-Conditional Image Generation with CLIP Latents") in found
    assert "2208.01618" in {arxiv_id for arxiv_id, _ in found}
    assert "2112.10752" in {arxiv_id for arxiv_id, _ in found}


def test_a_title_called_a_paper_then_cited_by_its_authors_in_prose() -> None:
    text = (
        "Two older ideas keep coming back below, as in the Neural Turing Machines paper (Graves, Wayne and "
        "Danihelka, 2014). No table here.\n\nAnd the Big Data paper (internal, 2019) is a report of ours.\n"
    )
    assert titles(text, "markdown") == ["Neural Turing Machines"]


def test_what_a_plan_s_sentence_says_to_read_is_weakly_a_paper() -> None:
    text = (
        "**Week 2**. (1) Warm up with the slides. (2) Then read Neural Turing Machines. (3) We will argue on Tuesday "
        "about the copy task. (4) Also read Chapter Four Notes. (5) Then read Twitter Threads.\n"
    )
    found = refs(text, "markdown")
    assert [(r.title, r.weak) for r in found] == [("Neural Turing Machines", True)]


TIME_SHEET = """\
User,Email,Project,Task,Description,Billable,Start date,Duration,Tags
Jonas Weiß,jonas@example.org,Lesen,,Layer Normalization for Recurrent Sequence Models Revisited,No,2024-05-02,01:10:00,lesen
Jonas Weiß,jonas@example.org,Verwaltung,,"Mails, Reisekosten 4. Quartal",No,2024-05-02,00:30:00,
Jonas Weiß,jonas@example.org,Lesen,,"Neural Ordinary Differential Equations, arXiv 1806.07366 (zweites Lesen)",No,2024-05-03,02:00:00,lesen
Jonas Weiß,jonas@example.org,Lehre,Kurs,"Bishop — Pattern Recognition, 5. Kapitel",No,2024-05-03,01:00:00,
Jonas Weiß,jonas@example.org,Lesen,,Attention Is Not All You Need: Pure Attention Loses Rank Doubly Exponentially with Depth.,No,2024-05-06,01:45:00,lesen
Jonas Weiß,jonas@example.org,Verwaltung,,Raumbuchung Seminar,No,2024-05-06,00:15:00,
"""


def test_a_time_sheet_s_descriptions_are_read_and_its_user_column_is_no_title() -> None:
    found = refs(TIME_SHEET, "csv")
    assert {(r.arxiv_id, r.title) for r in found} == {
        (None, "Layer Normalization for Recurrent Sequence Models Revisited"),
        ("1806.07366", "Neural Ordinary Differential Equations"),
        (None, "Attention Is Not All You Need: Pure Attention Loses Rank Doubly Exponentially with Depth"),
    }


def test_a_quoted_title_in_a_sentence_ended_by_its_source_s_number_is_weakly_a_paper() -> None:
    text = (
        "Sui dati: in “Tiny Stories Suffice Here” un modello piccolo (ts-1) addestrato su testi “da libro” compete "
        "con modelli molto più grandi [6].\n\nIl “Grande Seminario Di Primavera” si terrà a maggio, come ogni anno.\n"
    )
    found = refs(text, "text")
    assert [(r.title, r.weak) for r in found] == [("Tiny Stories Suffice Here", True)]


def test_a_title_with_a_word_in_parentheses_cited_by_its_authors_in_prose() -> None:
    text = (
        "(3/9) Do they know? Deep Networks (Mostly) Forget What They Learn (Ortega et al., 2021), from a lab in "
        "Lisbon. Worth the read.\n"
    )
    assert titles(text, "text") == ["Deep Networks (Mostly) Forget What They Learn"]


def test_a_latin_title_in_chinese_title_marks_with_its_venue_after() -> None:
    text = (
        "7. DDIM\n\n【DDIM: Denoising Diffusion Implicit Models for Fast Sampling】（ICLR 2021）\n"
        "项目主页：https://example.org/ddim/\n一句话：把采样步数从一千步降到几十步。\n\n【研究团队】\n\n【Google Research】\n"
    )
    assert titles(text, "text") == ["DDIM: Denoising Diffusion Implicit Models for Fast Sampling"]


def test_a_title_typed_in_lower_case_after_a_label_that_says_it_is_the_title() -> None:
    text = (
        "■ 2. 最適化\n\n③ 論文名：does momentum help stochastic gradient descent escape saddle points?\n"
        "教科書の一章のような論文です。\n\n④ 論文名：あとで追記します\n\n⑤ メモ：see the slides from last week\n"
    )
    assert titles(text, "text") == ["does momentum help stochastic gradient descent escape saddle points?"]


def test_a_quoted_title_all_in_lower_case_a_name_then_what_it_does_is_weakly_a_paper() -> None:
    text = (
        'people will yell at me but "retro: retrieval-enhanced transformer language model pre-training" is worth '
        'reading again. Also "todo: fix the data loader for imagenet training" and "note: we need more compute '
        'for the language model runs".\n'
    )
    found = refs(text, "text")
    assert [(r.title, r.weak) for r in found] == [
        ("retro: retrieval-enhanced transformer language model pre-training", True)
    ]


FILE_MANAGER_VIEW = """\
Mon Drive
Partagés avec moi
Nom\tPropriétaire\tDernière modification\tTaille du fichier
Dossiers
Diapos\tAnne Roux\t7 mars 2024\t—
Fichiers
A Tokenizer for the 2030s.pdf\tAnne Roux\t29 févr. 2024 Anne Roux\t1,4 Mo
1706.03762v7 – Attention Is All You Need.pdf\tmoi\t14 févr. 2024\t2,3 Mo
Kingma, Ba - 2014 - Adam: A Method for Stochastic Optimization (ICLR, annotated).pdf\tmoi\t2 mars 2024\t1,1 Mo
Planning – qui présente quoi.pdf\tmoi\t5 mars 2024\t120 Ko
"""


def test_a_file_manager_s_rows_name_papers_by_their_pdf_files() -> None:
    found = {(r.arxiv_id, r.title) for r in refs(FILE_MANAGER_VIEW, "text")}
    assert found == {
        (None, "A Tokenizer for the 2030s"),
        ("1706.03762", "Attention Is All You Need"),
        (None, "Adam: A Method for Stochastic Optimization"),
    }


def test_an_arxiv_pdf_on_a_mirror_s_arxiv_folder_gives_its_id_another_site_s_file_does_not() -> None:
    assert [m.arxiv_id for m in find_ids("https://mirror.example.org/papers/arxiv/2205.01068v4.pdf")] == [
        "2205.01068"
    ]
    assert list(find_ids("https://example.org/files/2205.01068v4.pdf")) == []


ARIA2_INPUT = """\
# Reading group PDFs. Run: aria2c -i papers.aria2 -j 4

# ---- Week 1 ----
https://arxiv.org/pdf/1706.03762v7
 dir=/home/me/papers/01
 out=Attention Is All You Need.pdf
# From the lab mirror, the arXiv copy is huge.
https://mirror.example.org/papers/scaling/palm.pdf\thttps://backup.example.org/palm.pdf
 dir=/home/me/papers/01
 out=PaLM: Scaling Language Modeling with Pathways.pdf
https://mirror.example.org/papers/arxiv/2302.13971.pdf
 dir=/home/me/papers/01
 out=LLaMA: Open and Efficient Foundation Language Models.pdf
https://courses.example.edu/slides/week01.pdf
 out=week01-slides.pdf
"""


def test_an_aria2_input_file_pairs_each_download_with_the_file_it_is_saved_as() -> None:
    decoded, kind = decode_digest(ARIA2_INPUT.encode(), "papers.aria2")
    assert kind.startswith("downloads/")
    found = {(r.arxiv_id, r.title) for r in extract_references(decoded, "markdown").references}
    assert found == {
        ("1706.03762", "Attention Is All You Need"),
        (None, "PaLM: Scaling Language Modeling with Pathways"),
        ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models"),
    }


def test_json_under_a_name_of_its_own_is_read_as_json() -> None:
    scene = json.dumps(
        {
            "type": "board",
            "elements": [
                {
                    "id": "a",
                    "type": "card",
                    "link": "https://arxiv.org/abs/1706.03762",
                    "name": "Attention Is All You Need",
                },
                {"id": "b", "type": "card", "link": None, "name": "Lunch order"},
            ],
        },
        indent=2,
    )
    assert sniff("board.whiteboard", scene) is Shape.JSON
    found = {(r.arxiv_id, r.title) for r in extract_document(scene, "board.whiteboard").references}
    assert found == {("1706.03762", "Attention Is All You Need")}


def test_a_drawing_s_text_wrapped_to_its_box_is_read_once_from_what_its_writer_typed() -> None:
    box = {
        "type": "text",
        "text": "Deep Residual Learning for\nImage Recognition\nCVPR 2016",
        "originalText": "Deep Residual Learning for Image Recognition\nCVPR 2016",
    }
    scene = json.dumps({"type": "excalidraw", "elements": [box]}, indent=2)
    found = extract_document(scene, "scene.excalidraw").references
    assert [r.title for r in found] == ["Deep Residual Learning for Image Recognition"]


def test_a_title_over_its_journal_and_year_or_its_venue_in_full_width_parentheses() -> None:
    text = (
        "Reading group, spring\n\n"
        "Human-Level Control through Deep Reinforcement Learning\nNature 2015\n\n"
        "Layer Normalization for Sequence Models\n（NeurIPS 2016）比較に使う\n\n"
        "Our Weekly Planning Meeting\nMonday 2016\n"
    )
    assert titles(text, "text") == [
        "Human-Level Control through Deep Reinforcement Learning",
        "Layer Normalization for Sequence Models",
    ]


HAR = {
    "log": {
        "pages": [{"id": "page_1", "title": "Vision reading group · Bookshelfly"}],
        "entries": [
            {
                "request": {"method": "GET", "url": "https://bookshelfly.example.com/api/lists/7/items"},
                "response": {
                    "status": 200,
                    "content": {
                        "mimeType": "application/json",
                        "text": json.dumps(
                            {
                                "items": [
                                    {
                                        "title": "Masked Autoencoders Are Scalable Vision Learners",
                                        "arxiv_id": "2111.06377",
                                        "note": "MAE; compare with BEiT next week",
                                    },
                                    {
                                        "title": "Emerging Properties in Self-Supervised Vision Transformers",
                                        "arxiv_id": None,
                                        "note": "DINO, for the distillation week",
                                    },
                                ]
                            }
                        ),
                    },
                },
            }
        ],
    }
}


def test_an_http_archive_s_json_response_bodies_are_read_as_the_records_they_are() -> None:
    decoded, kind = decode_digest(json.dumps(HAR, indent=2).encode(), "capture.har")
    assert kind.startswith("json/embedded/")
    found = {(r.arxiv_id, r.title) for r in extract_document(decoded, "capture.har").references}
    assert found == {
        ("2111.06377", "Masked Autoencoders Are Scalable Vision Learners"),
        (None, "Emerging Properties in Self-Supervised Vision Transformers"),
    }


AWESOME_DETAILS = """\
<h1 align="center">awesome-speech-reading</h1>

## Contents

- [Recognition](#recognition)
- [Synthesis](#synthesis)

<details open>
<summary><b>Recognition</b> (2)</summary>

1. ⭐ 3.2k · 2020-06 · **wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations** — NeurIPS 2020
2. ★ — · 2014-12 · Deep Speech: Scaling up End-to-End Speech Recognition — arXiv 2014 · the classic

</details>
"""


def test_a_readme_s_folding_sections_head_their_items_and_star_and_date_fields_are_no_title() -> None:
    decoded, _ = decode_digest(AWESOME_DETAILS.encode(), "README.md")
    found = {r.title for r in extract_references(decoded, "markdown").references}
    assert found == {
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
        "Deep Speech: Scaling up End-to-End Speech Recognition",
    }


def test_a_sheet_s_venue_column_is_found_by_its_venues_and_a_cell_holding_only_an_id_gives_it() -> None:
    sheet = (
        "Nr;Titel;Autoren;Jahr;Tagung / Zeitschrift;Verweis;Notiz\n"
        "1;Neural Ordinary Differential Equations;Chen, Rubanova et al.;2018;NeurIPS;1806.07366;ODE\n"
        "2;BEiT: BERT Pre-Training of Image Transformers;Bao, Dong et al.;2022;ICLR;"
        "github.com/microsoft/unilm/tree/master/beit;Tokenizer\n"
        "3;Gruppenfoto;Mara;2024;ICLR 2024;;Poster\n"
    )
    found = {(r.arxiv_id, r.title) for r in refs(sheet, "csv")}
    assert ("1806.07366", "Neural Ordinary Differential Equations") in found
    assert (None, "BEiT: BERT Pre-Training of Image Transformers") in found
    assert not any(title == "Gruppenfoto" for _, title in found)


def test_a_venue_in_the_writer_s_later_sentence_is_another_paper_s() -> None:
    text = (
        "Two things missing:\n\n"
        "1. The decoding defaults. We set `top_p=0.9` for every task and people ask why. The paper is\n"
        '   "The Curious Case of Neural Text Degeneration" (ICLR 2020), cite it there.\n'
        "2. The release notes. Nothing to add.\n"
    )
    assert titles(text, "markdown") == ["The Curious Case of Neural Text Degeneration"]


def test_a_venue_s_deadlines_and_software_references_are_no_papers() -> None:
    dates = "Dates:\n\n- ICML 2025 camera-ready: June 2 (AoE).\n- NeurIPS 2025 workshop proposals: May 9.\n"
    assert titles(dates, "markdown") == []
    references = (
        "References\n\n"
        "[1] K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” in Proc. CVPR, "
        "2016, pp. 770–778.\n"
        "[2] R. Wightman, “PyTorch image models,” GitHub repository, 2019. [Online]. Available: "
        "https://github.com/huggingface/pytorch-image-models\n"
        "[3] NVIDIA Corporation, “cuDNN developer guide,” 2023. [Online]. Available: https://docs.nvidia.com/\n"
    )
    assert titles(references, "text") == ["Deep residual learning for image recognition"]


def test_a_name_cited_as_a_blog_post_in_a_list_of_papers_is_not_one() -> None:
    text = (
        "| Week | Reading |\n| --- | --- |\n"
        "| 1 | Efficiently Modeling Long Sequences with Structured State Spaces (ICLR 2022)<br>"
        "The Illustrated State Space Notes (Rush & Lee, blog) as a companion |\n"
        "| 2 | Mamba: Linear-Time Sequence Modeling with Selective State Spaces (2023)<br>"
        "Hungry Hungry Hippos: Towards Language Modeling with State Space Models (ICLR 2023) |\n"
    )
    decoded, _ = decode_digest(text.encode(), "plan.md")
    found = [r.title for r in extract_references(decoded, "markdown").references]
    assert "Efficiently Modeling Long Sequences with Structured State Spaces" in found
    assert not any(title and "Illustrated" in title for title in found)


def test_a_folder_s_json_kept_under_js_is_read_its_code_is_not(tmp_path: Path) -> None:
    from paperlist.ingest.sources import collect_sources

    (tmp_path / "sessionstore.js").write_text('{"version": ["sessionrestore", 1], "windows": []}\n')
    (tmp_path / "app.js").write_text("const list = {a: 1};\nexport default list;\n")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["sessionstore.js"]


def test_browser_tabs_searching_for_a_paper_or_titled_by_its_page_name_it() -> None:
    tabs = [
        {"url": "https://www.google.com/search?q=2106.09685&hl=de", "title": "2106.09685 - Google Suche"},
        {
            "url": "https://scholar.google.de/scholar?q=Neural+Ordinary+Differential+Equations",
            "title": "Neural Ordinary Differential Equations - Google Scholar",
        },
        {
            "url": "https://www.nature.com/articles/nature14539",
            "title": "Human-level control through deep reinforcement learning | Nature",
        },
        {
            "url": "https://blog.example.org/posts/ddim",
            "title": "Zusammenfassung: DDIM (arXiv:2010.02502) – Rauschen & Co",
        },
        {
            "url": "https://www.google.com/search?q=mensa+speiseplan",
            "title": "mensa speiseplan - Google Suche",
        },
        {
            "url": "https://paperswithcode.com/sota/image-classification-on-imagenet",
            "title": "ImageNet Benchmark | Papers With Code",
        },
    ]
    session = json.dumps({"windows": [{"tabs": [{"entries": [tab]} for tab in tabs]}]}, indent=1)
    found = {(r.arxiv_id, r.title) for r in extract_document(session, "sessionstore.js").references}
    assert ("2106.09685", None) in found
    assert (None, "Neural Ordinary Differential Equations") in found
    assert (None, "Human-level control through deep reinforcement learning") in found
    assert "2010.02502" in {arxiv_id for arxiv_id, _ in found}
    assert len(found) == 4


def test_web_shortcuts_in_a_folder_listing_are_named_by_their_pages_titles() -> None:
    listing = (
        " Directory of C:\\Users\\ana\\reading\n\n"
        "01/03/2024  11:20                76 Mastering the game of Go without human knowledge _ Nature.url\n"
        "26/02/2024  16:55               181 Neural Ordinary Differential Equations - Google Scholar.url\n"
        "19/02/2024  09:40                54 Protein Structure Database.url\n"
        "-rw-r--r--  1 ana  staff  1204 Mar  1 11:20 Seminar room booking - Outlook.webloc\n"
    )
    assert set(titles(listing, "text")) == {
        "Mastering the game of Go without human knowledge",
        "Neural Ordinary Differential Equations",
    }


SAFARI_PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Children</key>
  <array>
    <dict>
      <key>ReadingList</key>
      <dict><key>PreviewText</key><string>Part of Advances in Neural Information Processing Systems 30 (NIPS 2017)</string></dict>
      <key>URIDictionary</key>
      <dict><key>title</key><string>Attention Is All You Need</string></dict>
      <key>URLString</key><string>https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html</string>
    </dict>
    <dict>
      <key>URIDictionary</key>
      <dict><key>title</key><string>[1512.03385] Deep Residual Learning for Image Recognition</string></dict>
      <key>URLString</key><string>https://arxiv.org/abs/1512.03385</string>
    </dict>
  </array>
</dict>
</plist>
"""


def test_safari_s_bookmarks_plist_is_read_as_its_records() -> None:
    decoded, kind = decode_digest(SAFARI_PLIST.encode(), "Bookmarks.plist")
    assert kind.startswith("json/plist/")
    found = {(r.arxiv_id, r.title) for r in extract_document(decoded, "Bookmarks.plist").references}
    assert found == {
        (None, "Attention Is All You Need"),
        ("1512.03385", "Deep Residual Learning for Image Recognition"),
    }


OPENAPI_SPEC = """\
openapi: 3.0.3
info:
  title: Bewertungsdienst – Schnittstelle für Sprachmodell-Auswertungen
  version: 2.1.0
  contact:
    name: Team Auswertung (Jonas Brettschneider, Aylin Koç)
    email: team@example.de
paths:
  /runs:
    post:
      summary: Lauf starten
      description: |
        Startet einen Lauf. Beispiele werden im Format von „Chain-of-Thought Prompting Elicits Reasoning in
        Large Language Models“ (Wei et al.,
        NeurIPS 2022) in den Prompt gesetzt: k Beispiele, jeweils Frage und Antwort, getrennt durch eine Leerzeile.
"""


def test_an_api_spec_s_long_description_is_read_and_its_info_and_contact_are_no_papers() -> None:
    found = [r.title for r in extract_document(OPENAPI_SPEC, "service.yaml").references]
    assert found == ["Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"]


def test_a_quoted_title_cited_by_authors_wrapped_onto_the_next_line() -> None:
    text = "Sie folgen „Language Models are Few-Shot Learners“ (Brown et al.,\n2020) in allem.\n"
    assert titles(text, "text") == ["Language Models are Few-Shot Learners"]


def test_an_id_opening_a_post_s_slug_in_its_address_names_the_paper() -> None:
    assert [m.arxiv_id for m in find_ids("https://velog.io/@lab/2104.14294-DINO-review")] == ["2104.14294"]
    assert list(find_ids("https://example.org/orders/2104.14294")) == []
    assert list(find_ids("/home/me/2104.14294-notes")) == []


def test_a_note_s_link_named_by_a_short_name_and_shown_as_the_title_gives_the_title() -> None:
    text = (
        "## Termin 1\n\n"
        "- [x] Hauptpaper: [[Linear Attention|Transformers are RNNs: Fast Autoregressive Transformers with Linear "
        "Attention]] (ICML 2020) 📅 2024-10-21\n"
        "- [x] Nebenpaper: [[Performer|Rethinking Attention with Performers]] (ICLR 2021) 📅 2024-10-21\n"
        "- [ ] Alle bringen eine Folie mit: welches Modell würdet ihr für langen Kontext trainieren? 📅 2024-12-09\n"
        "- [x] Hauptpaper: [[Reformer: The Efficient Transformer|Reformer]] (ICLR 2020)\n"
    )
    assert titles(text, "markdown") == [
        "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention",
        "Rethinking Attention with Performers",
        "Reformer: The Efficient Transformer",
    ]


PSQL_SESSION = """\
lesekreis=> SELECT id, typ, titel, arxiv_id, venue, jahr FROM papiere ORDER BY jahr;
 id |   typ    |                      titel                        |  arxiv_id  | venue | jahr
----+----------+---------------------------------------------------+------------+-------+------
  3 | artikel  | Efficient Estimation of Word Representations      | 1301.3781  | ICLR  | 2013
  7 | artikel  | Neural Machine Translation of Rare Words          |            | ACL   | 2016
 14 | buch     | Speech and Language Processing (3. Aufl.)         |            |       | 2024
(3 Zeilen)
"""


def test_a_database_shell_s_query_result_is_read_as_a_table_its_types_said() -> None:
    found = {(r.arxiv_id, r.title) for r in refs(PSQL_SESSION, "text")}
    assert found == {
        ("1301.3781", "Efficient Estimation of Word Representations"),
        (None, "Neural Machine Translation of Rare Words"),
    }


def test_a_script_s_comments_are_read_as_the_writer_s_words_across_their_lines() -> None:
    script = (
        "#!/bin/bash\n#SBATCH --job-name=ssl\n#SBATCH --gres=gpu:4\n\n"
        '# Table 2 of our submission.\n#\n# Why no ImageNet-initialised numbers here: see "Rethinking ImageNet Pre-training"\n'
        "# (He, Girshick and Dollár, ICCV 2019) — reviewer 2 asked.\n\nset -euo pipefail\n"
        "python train.py --config configs/simclr.yaml\n"
    )
    decoded, _ = decode_digest(script.encode(), "repro.sbatch")
    assert [r.title for r in extract_references(decoded, "text").references] == [
        "Rethinking ImageNet Pre-training"
    ]


TANA_PASTE = """\
%%tana%%
- Reading queue #[[queue]]
  - Session 1 #[[session]]
    - Date:: [[date:2024-03-07]]
    - Holistic Evaluation of Language Models #paper
      - Venue:: TMLR 2023
      - Status:: read
    - Buy cake for the group
  - Session 2 #[[session]]
    - Toolformer: Language Models Can Teach Themselves to Use Tools #paper
      - Venue:: NeurIPS 2023
"""


def test_a_tana_paste_is_read_as_the_outline_it_is() -> None:
    decoded, kind = decode_digest(TANA_PASTE.encode(), "queue.txt")
    assert kind.startswith("tana/")
    found = [
        r.title for r in extract_document(decoded, "queue.txt", markdown=read_as_markdown(kind)).references
    ]
    assert found == [
        "Holistic Evaluation of Language Models",
        "Toolformer: Language Models Can Teach Themselves to Use Tools",
    ]


TEXINFO = """\\input texinfo   @c -*-texinfo-*-
@setfilename layers.info
@settitle Layers Manual

@node Top
@top Layers

@node Attention
@chapter Attention layers

@code{LinearAttention(d_model)} follows @cite{Transformers are RNNs: Fast Autoregressive Transformers with
Linear Attention} by Katharopoulos et al. (ICML 2020).

@code{LSHAttention} buckets keys as in ``Reformer: The Efficient Transformer''
(Kitaev, Kaiser and Levskaya, ICLR 2020).

@cite{Transformer Quality in Linear Time}.  ICML 2022.  arXiv:2202.10447.
@bye
"""


def test_a_texinfo_manual_is_read_as_the_text_it_is() -> None:
    decoded, kind = decode_digest(TEXINFO.encode(), "layers.texi")
    assert kind.startswith("texinfo/")
    found = {
        (r.arxiv_id, r.title) for r in extract_document(decoded, "layers.texi", markdown=True).references
    }
    assert ("2202.10447", "Transformer Quality in Linear Time") in found
    assert (None, "Reformer: The Efficient Transformer") in found
    assert not any(title and "Layers" in title for _, title in found)


def test_a_c_source_s_comments_cite_by_surnames_before_a_colon_then_the_title() -> None:
    source = (
        "// speculative.cu\n// ------------------------------------------------------------\n"
        "// 草稿模型一次提出 gamma 个 token，目标模型并行打分。\n"
        "//   出处：Leviathan, Kalman, Matias: Fast Inference from Transformers via Speculative Decoding"
        "（ICML 2023 oral）。\n// 每个线程块处理一条序列。\n// ------------------------------------------------------------\n"
        "__global__ void accept(float* p, float* q) {}\n\n"
        "// Do As I Can, Not As I Say: Grounding Language in Robotic Affordances (SayCan) is the planner we mimic.\n"
    )
    decoded, _ = decode_digest(source.encode(), "speculative.cu")
    found = [r.title for r in extract_references(decoded, "text").references]
    assert "Fast Inference from Transformers via Speculative Decoding" in found
    assert not any(title and title.startswith(("Leviathan", "Grounding")) for title in found)


def test_a_library_s_tags_say_what_a_row_is_and_a_note_s_quoted_citation_is_read() -> None:
    sheet = (
        '"title","authors","tags","note","url"\n'
        '"Robustness Day: Tutorial Slides for Vision Models","Reading Group","teaching, slides","Our own deck.",""\n'
        '"Inductive Biases in Vision Transformers for Small Data","Mara Lind","thesis, draft","Chapter two.",""\n'
        '"Negativos difíciles — resumen en el blog","Inés","blog","Resumen de «Contrastive Learning with Hard '
        'Negative Samples» (Robinson et al., ICLR 2021).","https://blog.example.es/negativos"\n'
        '"Exploring Simple Siamese Representation Learning - CVPR 2021 Open Access","Chen, He","ssl","",'
        '"https://openaccess.thecvf.com/content/CVPR2021/html/Chen_Exploring_Simple_Siamese_Representation_Learning'
        '_CVPR_2021_paper.html"\n'
    )
    assert sorted(title or "" for title in titles(sheet, "csv")) == [
        "Contrastive Learning with Hard Negative Samples",
        "Exploring Simple Siamese Representation Learning",
    ]


def test_apa_s_data_set_and_software_markers_say_what_a_reference_is() -> None:
    text = (
        "References\n\n"
        "He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning for image recognition. In Proceedings "
        "of CVPR (pp. 770–778).\n\n"
        "Okafor, B., & Lind, E. (2021). Multilingual evaluation prompts (Version 1.2) [Data set]. Zenodo. "
        "https://doi.org/10.5281/zenodo.0000001\n\n"
        "Vester, M. (2022). Corpora for language evaluation: A toolkit (Version 2.1) [Computer software]. Zenodo. "
        "https://doi.org/10.5281/zenodo.0000002\n"
    )
    assert titles(text, "text") == ["Deep residual learning for image recognition"]


def test_a_bibtex_file_s_comment_naming_an_arxiv_id_is_read() -> None:
    bib = (
        "% curl -LH 'Accept: application/x-bibtex' https://doi.org/10.1109/SC41405.2020.00024\n"
        "% (the longer arXiv version is arXiv:1910.02054 -- cite the SC paper)\n"
        "@inproceedings{Rajbhandari_2020, title={ZeRO: Memory Optimizations Toward Training Trillion Parameter "
        "Models}, year={2020}, DOI={10.1109/sc41405.2020.00024}}\n\n"
        "% ---- typed by hand\n"
        "@article{he2016, title={Deep Residual Learning for Image Recognition}, year={2016}}\n"
    )
    found = refs(bib, "bibtex")
    assert "1910.02054" in {r.arxiv_id for r in found}
    assert {r.title for r in found if r.title} == {
        "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
        "Deep Residual Learning for Image Recognition",
    }


def test_two_papers_links_under_the_same_link_label_stay_two_papers() -> None:
    page = (
        "Séance II\n\tLecture obligatoire\n\tHiPPO: Recurrent Memory with Optimal Polynomial Projections\n\tURL\n"
        "\thttps://arxiv.org/abs/2008.07669\n\tMarquer comme terminé\n\n"
        "Séance IV\n\tLecture obligatoire\n\tMemformer: A Memory-Augmented Transformer for Sequence Modeling\n\tURL\n"
        "\thttps://openreview.net/forum?id=_adSMszz_g9\n\tMarquer comme terminé\n"
    )
    found = [(r.arxiv_id, r.openreview_id) for r in refs(page, "text") if r.arxiv_id or r.openreview_id]
    assert ("2008.07669", None) in found
    assert (None, "_adSMszz_g9") in found


def test_a_sheet_row_with_its_authors_names_a_work_even_with_a_short_title_and_a_comment() -> None:
    # (a library's CSV export: the writer's comment on each row, a short Title Case title, its authors; a row
    # naming a thing with no authors, a radar's blip, stays the writer's words)
    sheet = (
        '"authors","comments","title","publisher"\n'
        '"Cihang Xie & Mingxing Tan & Boqing Gong & Alan Yuille & Quoc V. Le","Replace ReLU with smooth '
        'activations for adversarial training, better robustness at no cost, sent after group meeting.",'
        '"Smooth Adversarial Training",""\n'
        '"Hieu Pham & Quoc V. Le","Controller learns structured dropout patterns with reinforcement learning like '
        'the augmentation search.","AutoDropout: Learning Dropout Patterns to Regularize Deep Networks","AAAI 2021"\n'
        '"","We tried this tool for two weeks and it is now what the whole team uses for every experiment we run.",'
        '"Experiment Tracking",""\n'
    )
    found = {r.title: r for r in refs(sheet, "csv")}
    assert set(found) == {
        "Smooth Adversarial Training",
        "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks",
    }
    assert found["Smooth Adversarial Training"].weak  # (kept only if a service confirms it)


def test_a_german_thesis_s_din_references_under_a_running_head_are_read() -> None:
    # (DIN 1505 as `alphadin` prints it: `[Label]`, each author `Surname, Given` with `;` between, a colon, the
    # title; the section's heading is a printed page's running head with its page number after a wide gap)
    text = (
        "Der Quellcode liegt im GitLab der Arbeitsgruppe; die Ergebnisse bestätigen den Effekt aus Kapitel 5.\n\n"
        "Literaturverzeichnis" + " " * 60 + "43\n\n"
        "[GB10]  Glorot, Xavier ; Bengio, Yoshua: Understanding the difficulty of training deep\n"
        "        feedforward neural networks. In: Proceedings of the Thirteenth International\n"
        "        Conference on Artificial Intelligence and Statistics (AISTATS), 2010, S. 249–256\n\n"
        "[GWD14]  Graves, Alex ; Wayne, Greg ; Danihelka, Ivo: Neural Turing Machines. Google\n"
        "        DeepMind, London, Preprint, 2014\n\n"
        "[Zha23]  Zhang, Mareike: Aufmerksamkeitsgewichte in Sprachmodellen. Masterarbeit, Fakultät\n"
        "        für Informatik, Universität Exempelstadt, 2023 (unveröffentlicht)\n\n"
        "[RG19]  Reimers, Nils ; Gurevych, Iryna: Sentence-BERT: Sentence Embeddings using Siamese\n"
        "        BERT-Networks. In: Proceedings of EMNLP-IJCNLP 2019, S. 3982–3992. – arXiv:1908.10084\n"
    )
    found = {(r.arxiv_id, r.title) for r in refs(text, "text")}
    assert found == {
        (None, "Understanding the difficulty of training deep feedforward neural networks"),
        (None, "Neural Turing Machines"),
        ("1908.10084", "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks"),
    }  # (the master's thesis is no paper)


def test_a_single_author_and_a_colon_is_din_only_with_a_given_name() -> None:
    text = (
        "References\n\n"
        "- Szeliski, Computer Vision: Algorithms and Applications, 2nd ed. (book, free PDF on the author's site)\n"
        "- Bao et al. (2022). BEiT: BERT Pre-Training of Image Transformers. ICLR.\n"
    )
    assert titles(text, "markdown") == ["BEiT: BERT Pre-Training of Image Transformers"]


def test_a_to_do_export_s_task_named_by_a_title_is_a_paper_with_its_other_cells() -> None:
    # (Todoist's CSV: `task` rows, their CONTENT the writer's words or a paper's title, a DESCRIPTION beside it)
    sheet = (
        "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR\n"
        'task,Leesclub voorbereiden,"Zaal 2.14, donderdag 15:30. Koffie regelen bij het secretariaat.",1,1,Sanne\n'
        'task,"Do As I Can, Not As I Say: Grounding Language in Robotic Affordances","SayCan, CoRL 2022. Geen '
        'arXiv-link nodig.",3,2,Joost\n'
        "task,SWE-bench: Can Language Models Resolve Real-World GitHub Issues?,Benchmark-artikel (ICLR 2024). "
        "OpenReview: https://openreview.net/forum?id=VTF8yNQM66 — leaderboard op swebench.com.,2,1,Joost\n"
        "task,Evaluatiescript draaien op de nodes,Docker-images eerst lokaal bouwen.,3,2,Joost\n"
    )
    found = {(r.openreview_id, r.title) for r in refs(sheet, "csv")}
    assert found == {
        (None, "Do As I Can, Not As I Say: Grounding Language in Robotic Affordances"),
        ("VTF8yNQM66", "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?"),
    }


def test_a_folder_s_sources_and_build_files_are_read_when_they_cite_papers(tmp_path: Path) -> None:
    from paperlist.ingest.sources import collect_sources

    # (a source whose comments give the arXiv ids of what it implements, a build file fetching a paper; the
    # project's other code, its settings and a lock file are never read)
    (tmp_path / "attn.go").write_text("// Window attention, as in arXiv:2004.05150.\npackage attn\n")
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {}\n")
    (tmp_path / "Makefile").write_text("papers:\n\tcurl -LO https://arxiv.org/pdf/2106.09685.pdf\n")
    (tmp_path / "review.m").write_text("% fonte: https://openreview.net/forum?id=Ua6zuk0WRH\nx = 1;\n")
    (tmp_path / "setup.cfg").write_text("[metadata]\nname = attn\n")
    (tmp_path / "poetry.lock").write_text("# arXiv:2004.05150 in a comment of a lock file\n")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["Makefile", "attn.go", "review.m"]


def test_a_c_like_source_is_read_by_its_comments_its_code_a_blank_line() -> None:
    source = (
        "/*\n"
        ' * Fused attention, after "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"\n'
        " * https://arxiv.org/abs/2205.14135\n"
        " */\n"
        "const (\n"
        "\tDense Kind = iota\n"
        "\t// Strided is the strided block-sparse pattern of\n"
        '\t// "Generating Long Sequences with Sparse Transformers" (Child, Gray, Radford and Sutskever, 2019),\n'
        "\t// https://arxiv.org/abs/1904.10509 — every head attends to the previous positions.\n"
        "\tStrided\n"
        "\t// Window is sliding-window attention with global tokens\n"
        '\t// ("Longformer: The Long-Document Transformer", Beltagy, Peters and Cohan,\n'
        "\t// arXiv:2004.05150). Dilation is not implemented yet.\n"
        "\tWindow\n"
        ")\n"
    )
    text, _ = decode_digest(source.encode(), "attn.go")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "attn.go").references}
    assert found == {
        ("2205.14135", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"),
        ("1904.10509", "Generating Long Sequences with Sparse Transformers"),
        ("2004.05150", "Longformer: The Long-Document Transformer"),
    }


def test_a_toml_data_file_of_readings_is_read_as_its_records() -> None:
    # (a static site's `data/*.toml`, its keys in Spanish: `titulo`, `autores`, `enlace`, `tipo`)
    data = (
        '[curso]\ntitulo = "Fundamentos de modelos de lenguaje grandes"\ninicio = 2025-02-10\n\n'
        '[[semana]]\nnumero = 1\n\n  [[semana.lectura]]\n  titulo = "Language Models are Few-Shot Learners"\n'
        '  autores = ["Tom B. Brown", "Benjamin Mann"]\n  tipo = "articulo"\n'
        '  enlace = "https://proceedings.neurips.cc/paper/2020/hash/1457c0d6bfcb4967418bfb8ac142f64a-Abstract.html"\n'
        '\n  [[semana.lectura]]\n  titulo = "LLaMA: Open and Efficient Foundation Language Models"\n'
        '  enlace = "https://arxiv.org/abs/2302.13971"\n\n'
        '  [[semana.recurso]]\n  titulo = "Let\'s build GPT: from scratch, in code, spelled out"\n  tipo = "video"\n'
        '  enlace = "https://www.youtube.com/watch?v=kCc8FmEb1nY"\n'
    )
    text, kind = decode_digest(data.encode(), "lecturas.toml")
    assert kind.startswith("json/toml")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "lecturas.toml").references}
    assert found == {
        (None, "Language Models are Few-Shot Learners"),
        ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models"),
    }


def test_a_line_opening_on_a_quoted_title_heads_its_link_a_passage_quoted_by_page_does_not() -> None:
    text = (
        "Notes on robustness\n\n"
        "Strided attention is the block-sparse pattern of\n"
        '"Generating Long Sequences with Sparse Transformers" (Child, Gray, Radford and Sutskever, 2019),\n'
        "https://arxiv.org/abs/1904.10509 — every head attends to the previous positions.\n\n"
        "“ViT models are at least as robust as the ResNet counterparts on a broad range of perturbations” "
        "([Bhojanapalli et al., 2021, p. 1](zotero://select/library/items/K9XVWJ85))\n"
    )
    assert {(r.arxiv_id, r.title) for r in refs(text, "markdown")} == {
        ("1904.10509", "Generating Long Sequences with Sparse Transformers")
    }


def test_titles_in_quotes_listed_apart_from_their_links_are_not_paired_by_nearness() -> None:
    # (a notebook's data frame: a list of titles, then a list of links in another order of reading; the nearest
    # quoted title above a link is not its paper, a wrong id online)
    code = (
        'papers = pl.DataFrame(\n    {\n        "title": [\n'
        '            "AgentBench: Evaluating LLMs as Agents",\n'
        '            "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?",\n'
        '        ],\n        "link": [\n'
        '            "arXiv 2308.03688",\n'
        '            "https://openreview.net/pdf?id=VTF8yNQM66",\n'
        "        ],\n    }\n)\n"
    )
    found = refs(code, "text")
    assert all(r.title is None for r in found if r.arxiv_id or r.openreview_id)


def test_an_asciinema_recording_is_read_as_its_screen_a_command_s_link_never_takes_the_title_above_its_prompt() -> (
    None
):
    events = [{"version": 2, "width": 132, "height": 36}]
    typed = "papis add --from arxiv 2106.13884"
    screen = [[0.5, "o", "\x1b[32mmaya@ws3\x1b[0m:\x1b[34m~/papers\x1b[0m$ "]]
    screen += [[1.0 + n / 10, "o", char] for n, char in enumerate(typed + "x\b")]
    screen += [
        [3.0, "o", "\r\n"],
        [
            3.5,
            "o",
            "INFO:papis.commands.add:Added document 'Tsimpoukelli et al. - Multimodal Few-Shot Learning "
            "with Frozen Language Models' in folder tsimpoukelli2021multimodal\r\n",
        ],
        [
            4.0,
            "o",
            "maya@ws3:~/papers$ papis add --from url 'https://openreview.net/forum?id=PxTIG12RRHS'\r\n",
        ],
    ]
    cast = "\n".join(json.dumps(event) for event in events + screen) + "\n"
    text, kind = decode_digest(cast.encode(), "session.cast")
    assert kind.startswith("asciicast")
    assert "maya@ws3:~/papers$ papis add --from arxiv 2106.13884\n" in text
    found = {
        (r.arxiv_id, r.openreview_id, r.title) for r in extract_document(text, "session.cast").references
    }
    assert ("2106.13884", None, None) in found
    assert (None, "PxTIG12RRHS", None) in found  # (not the title the command above it printed)


def test_records_listed_with_fields_named_in_another_language_are_read_by_their_labels() -> None:
    # (PowerShell's `Format-List` of a German sheet: a number, then `Titel`, `Autoren`, `Quelle`, `Termin`, each
    # key padded before its colon)
    listing = (
        "PS C:\\Users\\jk\\Lesegruppe> $liste | Format-List Nr, Titel, Autoren, Quelle, Termin\n\n"
        "Nr      : 1\n"
        "Titel   : Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context\n"
        "Autoren : Dai, Yang, Yang, Carbonell, Le, Salakhutdinov\n"
        "Quelle  : https://arxiv.org/abs/1901.02860\n"
        "Termin  : 11.06.\n\n"
        "Nr      : 2\n"
        "Titel   : XLNet: Generalized Autoregressive Pretraining for Language Understanding\n"
        "Autoren : Yang, Dai, Yang, Carbonell, Salakhutdinov, Le\n"
        "Quelle  : NeurIPS 2019, https://proceedings.neurips.cc/paper/2019/hash/dc6a7e655d7e5840e66733e9ee67cc69-"
        "Abstract.html\n"
        "Termin  : 11.06.\n"
    )
    assert {(r.arxiv_id, r.title) for r in refs(listing, "text")} == {
        ("1901.02860", "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context"),
        (None, "XLNet: Generalized Autoregressive Pretraining for Language Understanding"),
    }


def test_a_list_item_s_link_labelled_as_code_is_the_paper_s_code_not_what_the_item_is() -> None:
    text = (
        "## ConvNets\n\n"
        "- [EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks](https://arxiv.org/abs/1905.11946)"
        " — Tan & Le, ICML 2019.\n"
        "- *Deep Residual Learning for Image Recognition* — the baseline everyone trains, its numbers mostly\n"
        "  from the training tricks.\n"
        "  Code: [KaimingHe/deep-residual-networks](https://github.com/KaimingHe/deep-residual-networks).\n"
        "- [timm](https://github.com/huggingface/pytorch-image-models) — not a paper, but every model has weights.\n"
    )
    found = {r.title: r for r in refs(text, "markdown")}
    assert set(found) == {
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        "Deep Residual Learning for Image Recognition",
    }
    assert found["Deep Residual Learning for Image Recognition"].code_url == (
        "https://github.com/KaimingHe/deep-residual-networks"
    )


def test_gh_issue_view_s_header_is_the_issue_s_own_not_a_paper() -> None:
    text = (
        "title:\tReading list for the MoE router rewrite (before we touch `moe/gating.py`)\n"
        "state:\tOPEN\nauthor:\tkwabena-ansah\nlabels:\tdiscussion, docs\ncomments:\t5\nnumber:\t212\n--\n"
        "Before the rewrite I'd like us to agree on what we base the design on.\n\n"
        "1. Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity — "
        "https://arxiv.org/abs/2101.03961\n"
    )
    assert {(r.arxiv_id, r.title) for r in refs(text, "text")} == {
        (
            "2101.03961",
            "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
        )
    }


def test_a_python_source_citing_papers_is_read_in_a_folder_by_its_comments(tmp_path: Path) -> None:
    from paperlist.ingest.sources import collect_sources

    source = (
        '"""Trainer for the small decoder-only models."""\n'
        "import torch\n\n"
        '# The optimiser follows "Decoupled Weight Decay Regularization" (arXiv:1711.05101):\n'
        "# weight decay applied to the parameters directly, never to norms or biases.\n"
        "def build_optimizer(model):\n"
        "    return torch.optim.AdamW(model.parameters())\n"
    )
    (tmp_path / "train.py").write_text(source)
    (tmp_path / "utils.py").write_text("def add(a, b):\n    return a + b\n")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["train.py"]
    text, _ = decode_digest(source.encode(), "train.py")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "train.py").references}
    assert found == {("1711.05101", "Decoupled Weight Decay Regularization")}


def test_a_recutils_database_is_read_as_its_records_a_wrapped_title_whole() -> None:
    data = (
        "# letture.rec — gruppo di lettura\n\n%rec: Articolo\n%key: Id\n%type: Anno int\n\n"
        "Id: tan2019\nTitolo: EfficientNet: Rethinking Model Scaling for\n+ Convolutional Neural Networks\n"
        "Anno: 2019\nSede: ICML 2019\nUrl: https://arxiv.org/abs/1905.11946\nStato: letto\n\n"
        "Id: krizhevsky2012\nTitolo: ImageNet Classification with Deep Convolutional Neural Networks\n"
        "Sede: NIPS 2012\nNote: Il classico da cui partiamo: ReLU, dropout, due GPU.\n"
    )
    text, kind = decode_digest(data.encode(), "letture.rec")
    assert kind.startswith("json/recutils")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "letture.rec").references}
    assert found == {
        ("1905.11946", "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks"),
        (None, "ImageNet Classification with Deep Convolutional Neural Networks"),
    }


def test_a_onetab_export_is_read_as_browser_tabs_a_page_of_no_paper_s_site_is_none() -> None:
    tabs = (
        "https://arxiv.org/abs/2207.12598 | [2207.12598] Classifier-Free Diffusion Guidance\n"
        "https://proceedings.mlr.press/v37/sohl-dickstein15.html | Deep Unsupervised Learning using "
        "Nonequilibrium Thermodynamics\n"
        "https://github.com/openai/guided-diffusion | GitHub - openai/guided-diffusion\n\n"
        "https://www.lemonde.fr/pixels/article/2024/03/05/images_example.html | Images générées par IA : ce qui "
        "change pour les artistes - Le Monde\n"
        "https://www.sncf-connect.com/app/trips/search | SNCF Connect : Billets de train Paris – Grenoble\n"
        "https://calendar.example.fr/agenda/semaine | Agenda — semaine 14 — Camille Thévenot\n"
    )
    text, kind = decode_digest(tabs.encode(), "onetab.txt")
    assert kind.startswith("json/tabs")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "onetab.txt").references}
    assert found == {
        ("2207.12598", "Classifier-Free Diffusion Guidance"),
        (None, "Deep Unsupervised Learning using Nonequilibrium Thermodynamics"),
    }


def test_a_reading_plan_s_role_labels_and_an_awesome_list_s_signs_are_no_part_of_the_title() -> None:
    plan = (
        "- Week 2 · Tue, Feb 13, 2024 · @arash\n"
        '  - Core: "Language Models are Few-Shot Learners" (Tom B. Brown, Benjamin Mann et al., NeurIPS 2020)\n'
        "  - Background: in-context learning chapter of the course notes #opt\n"
        "- Week 4\n  - Core: LoRA: Low-Rank Adaptation of Large Language Models\n"
        '    "https://arxiv.org/pdf/2106.09685.pdf"\n'
    )
    assert {(r.arxiv_id, r.title) for r in refs(plan, "text")} == {
        (None, "Language Models are Few-Shot Learners"),
        ("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models"),
    }
    awesome = (
        "## Servir\n\n"
        "- 📄 Efficient Memory Management for Large Language Model Serving with PagedAttention — Woosuk Kwon, "
        "Zhuohan Li et al., SOSP 2023. La idea de paginar la caché KV.\n"
        "- ⭐📄 FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning — Tri Dao, 2023 "
        "(arXiv:2307.08691).\n"
    )
    assert "Efficient Memory Management for Large Language Model Serving with PagedAttention" in titles(
        awesome, "markdown"
    )


def test_iso_690_entries_of_tutorials_seminars_and_theses_are_no_papers() -> None:
    text = (
        "Mémoire de Master 2 “Traitement automatique des langues” — Université de Valmarina, 2024\n\n"
        "BIBLIOGRAPHIE\n\n"
        "DEVLIN, Jacob, CHANG, Ming-Wei, LEE, Kenton et TOUTANOVA, Kristina, 2019. BERT: Pre-training of Deep "
        "Bidirectional Transformers for Language Understanding. In : Proceedings of NAACL-HLT 2019. pp. 4171-4186.\n\n"
        "HUGGING FACE, 2022. Hugging Face NLP Course, chapitre 7 : “Main NLP tasks”. Tutoriel. En ligne. "
        "Disponible à l'adresse : https://huggingface.co/learn/nlp-course/chapter7 [Consulté le 3 février 2024].\n\n"
        "MOREAU-DIALLO, Clémence (dir.), 2022. Séminaire “Modèles de langue et langues régionales”. Vidéo de la "
        "séance du 14 octobre. En ligne.\n"
    )
    assert titles(text, "text") == [
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    ]


def test_a_diagram_s_node_keyed_by_an_identifier_is_named_by_its_quoted_label() -> None:
    # (D2: `key: "label" { … }`, a node's fields inside its braces: the key is no part of the title)
    diagram = (
        "direction: right\n\n"
        "rl: 강화학습 {\n"
        '  dt: "Decision Transformer: Reinforcement Learning via Sequence Modeling" {\n'
        "    link: https://arxiv.org/abs/2106.01345\n"
        "    tooltip: NeurIPS 2021 · 1주차\n"
        "  }\n"
        '  tt: "Offline Reinforcement Learning as One Big Sequence Modeling Problem" {\n'
        "    tooltip: arXiv 2106.02039 · 빔 서치 기반 계획, 1주차\n"
        "  }\n"
        "}\n"
    )
    assert {(r.arxiv_id, r.title) for r in refs(diagram, "markdown")} == {
        ("2106.01345", "Decision Transformer: Reinforcement Learning via Sequence Modeling"),
        ("2106.02039", "Offline Reinforcement Learning as One Big Sequence Modeling Problem"),
    }


def test_a_chinese_post_s_heading_counting_its_papers_and_an_authors_lead_are_no_titles() -> None:
    post = (
        "# 【论文笔记】AI for Science 与 AutoML 入门：我们组这学期读过的 8 篇论文（附代码链接）\n\n"
        "> 写在前面：本文是我们课题组读书会的整理。\n\n"
        "### 7. 联邦学习里的动态正则\n\n"
        "Durmus Alp Emre Acar, Yue Zhao et al. 的 Federated Learning Based on Dynamic Regularization"
        "（FedDyn，ICLR 2021）。组里和医院合作的项目数据不能出院，所以必须了解联邦学习。\n"
    )
    assert titles(post, "markdown") == ["Federated Learning Based on Dynamic Regularization"]


def test_a_pukiwiki_page_s_links_and_headings_are_read_as_markdown() -> None:
    page = (
        '#author("2024-07-08T18:42:10+09:00","default:sakamoto","坂本 遥")\n'
        "*輪講「評価と汎化」 [#p6c1a2f0]\n#contents\n\n"
        "**スケジュール [#t4d9a7b3]\n"
        "|~回|~論文|~発表者|h\n"
        "|2|[[Do Transformers Really Perform Bad for Graph Representation?>https://arxiv.org/abs/2106.05234]]"
        "&br;（Graphormer, NeurIPS 2021）|[[李]]|\n"
        "|4|[[Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena>https://arxiv.org/abs/2306.05685]]|[[坂本]]|\n"
    )
    text, kind = decode_digest(page.encode(), "rinko.txt")
    assert kind.startswith("pukiwiki")
    assert "[[" not in text
    assert "&br;" not in text
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "rinko.txt").references}
    assert found == {
        ("2106.05234", "Do Transformers Really Perform Bad for Graph Representation?"),
        ("2306.05685", "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena"),
    }


def test_a_title_in_japanese_marks_cited_then_its_id_in_parentheses_is_one_paper() -> None:
    line = "|1|4/15|『In Search of Lost Domain Generalization』 Ishaan Gulrajani, David Lopez-Paz, ICLR 2021 (arXiv:2007.01434)|坂本|済|\n"
    assert [(r.arxiv_id, r.title) for r in refs("輪講\n\n" + line, "text")] == [
        ("2007.01434", "In Search of Lost Domain Generalization")
    ]


def test_a_docbook_chapter_is_read_as_its_page_its_bibliography_as_references() -> None:
    chapter = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<chapter xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0">\n'
        "  <info><title>Attention kernels</title><authorgroup><author><personname><firstname>Ilse</firstname>"
        "<surname>Varkonyi</surname></personname></author></authorgroup></info>\n"
        "  <para>Pooling follows <citetitle>Funnel-Transformer: Filtering out Sequential Redundancy for Efficient "
        "Language Processing</citetitle> (NeurIPS 2020).</para>\n"
        "  <bibliography><title>References</title>\n"
        "    <biblioentry><abbrev>Vaswani2017</abbrev><title>Attention Is All You Need</title>\n"
        "      <authorgroup><author><personname><firstname>Ashish</firstname><surname>Vaswani</surname></personname>"
        "</author><author><personname><firstname>Noam</firstname><surname>Shazeer</surname></personname></author>"
        "</authorgroup>\n"
        '      <biblioset relation="book"><title>Advances in Neural Information Processing Systems 30</title>'
        "</biblioset><pubdate>2017</pubdate></biblioentry>\n"
        "    <biblioentry><title>Longformer: The Long-Document Transformer</title>\n"
        "      <authorgroup><author><personname><firstname>Iz</firstname><surname>Beltagy</surname></personname>"
        "</author></authorgroup>\n"
        '      <biblioid class="other" otherclass="arXiv">2004.05150</biblioid><pubdate>2020</pubdate></biblioentry>\n'
        "  </bibliography>\n</chapter>\n"
    )
    text, kind = decode_digest(chapter.encode(), "ch05.xml")
    assert kind.startswith("html/docbook")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "ch05.xml").references}
    assert found == {
        (None, "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing"),
        (None, "Attention Is All You Need"),
        ("2004.05150", "Longformer: The Long-Document Transformer"),
    }


def test_a_reference_in_lecture_notes_in_computer_science_is_a_paper() -> None:
    text = (
        "References\n\n"
        "1. Carion, N., Massa, F., Synnaeve, G.: End-to-end object detection with transformers. Lecture Notes in "
        "Computer Science, vol. 12346, pp. 213–229. Springer (2020)\n"
        "2. HUGGING FACE, 2022. Hugging Face NLP Course, chapitre 7 : “Main NLP tasks”. Tutoriel. En ligne.\n"
    )
    assert titles(text, "text") == ["End-to-end object detection with transformers"]


# --- round 50's kinds, by general cause -------------------------------------------------------------------------


def test_a_bibdesk_entry_s_numbered_url_fields_give_its_id_and_a_misc_web_page_is_no_paper() -> None:
    library = (
        "@inproceedings{Tan:2019aa,\n"
        "\tauthor = {Tan, Mingxing and Le, Quoc V.},\n"
        "\ttitle = {EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks},\n"
        "\tyear = {2019},\n"
        "\tbdsk-url-1 = {https://arxiv.org/abs/1905.11946},\n"
        "\tbdsk-url-2 = {https://proceedings.mlr.press/v97/tan19a.html}}\n\n"
        "@misc{Wolf:2020aa,\n\tauthor = {Wolf, Thomas},\n\thowpublished = {GitHub repository},\n"
        "\ttitle = {Transformers: State-of-the-Art Natural Language Processing},\n\tyear = {2020}}\n\n"
        "@misc{Coco:2014aa,\n\thowpublished = {Site web},\n\ttitle = {Common Objects in Context},\n"
        "\tyear = {2014},\n\tbdsk-url-1 = {https://cocodataset.org/}}\n\n"
        "@misc{Dong:2020aa,\n\thowpublished = {arXiv preprint},\n"
        "\ttitle = {AutoHAS: Efficient Hyperparameter and Architecture Search},\n\tyear = {2020},\n"
        "\turl = {https://arxiv.org/abs/2006.03656}}\n"
    )
    assert [(r.arxiv_id, r.title) for r in refs(library, Shape.BIBTEX)] == [
        ("1905.11946", "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks"),
        ("2006.03656", "AutoHAS: Efficient Hyperparameter and Architecture Search"),
    ]


TASKS_CSV = (
    "Task ID,Created At,Completed At,Name,Section/Column,Assignee,Due Date,Notes\n"
    "101,2024-02-01,,Book the seminar room for the term,Admin,Ana,2024-02-09,Room 2.14 if free\n"
    "102,2024-02-01,,Week 2: Toolformer: Language Models Can Teach Themselves to Use Tools,Week 2,Ben,2024-02-14,"
    '"https://arxiv.org/abs/2302.04761\nProject page: https://example.org/toolformer"\n'
    "103,2024-02-01,,Ask the robotics group for a guest speaker,Admin,Ana,2024-03-01,\n"
    "104,2024-02-01,,Week 3: Reflexion: Language Agents with Verbal Reinforcement Learning,Week 3,Cem,"
    "2024-02-21,NeurIPS 2023\n"
)


def test_a_task_tracker_s_export_gives_the_tasks_named_by_titles_and_the_link_their_notes_open_on() -> None:
    # (its tasks are the writer's to-dos; a note opening on an arXiv page gives the task's paper)
    assert [(r.arxiv_id, r.title) for r in refs(TASKS_CSV, Shape.CSV)] == [
        ("2302.04761", "Toolformer: Language Models Can Teach Themselves to Use Tools"),
        (None, "Reflexion: Language Agents with Verbal Reinforcement Learning"),
    ]


def test_a_numbered_session_before_a_title_is_no_part_of_it() -> None:
    plan = (
        "# Lektürekurs\n\n"
        "- Sitzung 4: Deep Residual Learning for Image Recognition (CVPR 2016)\n"
        "- Week 5 — Densely Connected Convolutional Networks (CVPR 2017)\n"
        "- Day 3: Scaling\n"
    )
    assert titles(plan, Shape.MARKDOWN) == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
    ]


def test_gost_references_give_their_titles_before_the_double_slash_or_the_slash_of_their_authors() -> None:
    text = (
        "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ\n\n"
        "1. Devlin J. et al. BERT: Pre-training of deep bidirectional transformers for language understanding "
        "//Proceedings of NAACL-HLT. – 2019. – С. 4171-4186.\n"
        "2. Language Models are Few-Shot Learners / T. Brown, B. Mann, N. Ryder [et al.] // Advances in Neural "
        "Information Processing Systems. – 2020. – Vol. 33. – P. 1877–1901.\n"
        "3. Kingma D. P., Ba J. Adam: A Method for Stochastic Optimization [Электронный ресурс]. – 2015. – URL: "
        "https://arxiv.org/abs/1412.6980 (дата обращения: 01.03.2024).\n"
        "4. Документация PyTorch [Электронный ресурс]. – URL: https://pytorch.org/docs/ (дата обращения: "
        "02.04.2024).\n"
    )
    assert [(r.arxiv_id, r.title) for r in refs(text, "text")] == [
        (None, "BERT: Pre-training of deep bidirectional transformers for language understanding"),
        (None, "Language Models are Few-Shot Learners"),
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
    ]


def test_an_apple_mail_message_framed_by_its_length_is_decoded_as_the_mail_it_holds() -> None:
    message = (
        b"Subject: Fwd: reading group\nFrom: Ana <ana@example.org>\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n"
        b"Next week: Masked Autoencoders Are Scalable Vision Learners =E2=80=93 https://arxiv.org/abs/2111.=\n"
        b"06377\n"
    )
    framed = f"{len(message)}      \n".encode() + message + b'<?xml version="1.0"?>\n<plist version="1.0">\n'
    text, kind = decode_digest(framed, "12345.emlx")
    assert kind.startswith("mail/")
    assert "Scalable Vision Learners – https://arxiv.org/abs/2111.06377" in text
    assert "plist" not in text


def test_a_title_in_parentheses_right_after_a_link_names_it() -> None:
    text = "Ciao,\n\ne come sfondo: https://arxiv.org/abs/2004.07780 (Shortcut Learning in Deep Neural Networks, Geirhos et al.)\n"
    assert [(r.arxiv_id, r.title) for r in refs(text, "text")] == [
        ("2004.07780", "Shortcut Learning in Deep Neural Networks")
    ]


def test_a_message_as_the_gmail_api_gives_it_is_read_as_the_email_it_holds() -> None:
    import base64

    body = (
        "Hi Elin,\n\nThe list, in this order:\n\n"
        "1. Score first: Generative Modeling by Estimating Gradients of the Data Distribution, \n"
        "https://arxiv.org/abs/1907.05600\n\n"
        "2. And for your project with 3D views: Zero-1-to-3: Zero-shot One Image to 3D Object (ICCV 2023). It fits.\n"
    )
    message = {
        "id": "18e3",
        "snippet": "Hi Elin",
        "payload": {
            "mimeType": "text/plain",
            "headers": [
                {"name": "Subject", "value": "Reading list"},
                {"name": "Content-Type", "value": "text/plain; charset=UTF-8; format=flowed"},
            ],
            "body": {"size": len(body), "data": base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")},
        },
    }
    text, kind = decode_digest(json.dumps(message, indent=2).encode(), "message.json")
    assert kind.startswith("mail/")
    assert "Distribution, https://arxiv.org/abs/1907.05600" in text  # (its flowed lines joined)
    found = [(r.arxiv_id, r.title) for r in extract_document(text, "message.json").references]
    assert ("1907.05600", "Generative Modeling by Estimating Gradients of the Data Distribution") in found
    assert (None, "Zero-1-to-3: Zero-shot One Image to 3D Object") in found


# --- round 51's kinds ---------------------------------------------------------------------------------------


def test_a_texmacs_document_in_latin_1_is_read_in_a_folder_as_its_text_links_and_bibliography(
    tmp_path: Path,
) -> None:
    document = (
        "<TeXmacs|2.1.4>\n\n<style|<tuple|article|french>>\n\n<\\body>\n"
        "  <doc-data|<doc-title|Notes de cours <#2014> s\u00e9ance 4>>\n\n"
        "  <section|R\u00e9gularisation>\n\n"
        "  Le dropout structur\u00e9 : <with|font-shape|italic|AutoDropout: Learning Dropout Patterns to Regularize\n"
        "  Deep Networks> <cite|pham2021>. La m\u00e9thode SAM : <hlink|Sharpness-Aware Minimization for\n"
        "  Efficiently Improving Generalization|https://arxiv.org/abs/2010.01412>, o\u00f9\n"
        "  <math|\\<rho\\>\\<gtr\\>0>.\n\n"
        "  <\\bibliography|bib|tm-plain|cours>\n    <\\bib-list|1>\n"
        "      <bibitem*|1><label|bib-xie2020>Cihang Xie, Mingxing Tan<localize| and >Quoc V. Le.\n"
        "      <newblock>Smooth adversarial training. <newblock><with|font-shape|italic|arXiv preprint\n"
        "      arXiv:2006.14536>, 2020.\n    </bib-list>\n  </bibliography>\n</body>\n\n"
        "<\\initial>\n  <\\collection>\n    <associate|page-medium|paper>\n  </collection>\n</initial>\n"
    )
    (tmp_path / "cours.tm").write_bytes(document.encode("latin-1"))
    (reading,) = read_digests([str(tmp_path)])
    assert reading.encoding.startswith("texmacs/")
    found = {(r.arxiv_id, r.title) for r in reading.extraction.references}
    assert found == {
        (None, "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks"),
        ("2010.01412", "Sharpness-Aware Minimization for Efficiently Improving Generalization"),
        ("2006.14536", "Smooth adversarial training"),
    }


NOTEBOOK = r"""(* Content-type: application/vnd.wolfram.mathematica *)
Notebook[{
Cell[CellGroupData[{
Cell["\<\
\:0421\:0435\:043c\:0438\:043d\:0430\:0440\>", "Title"],
Cell[TextData[{
 "\<\
1. \:0414\:043e\:043a\:043b\:0430\:0434: \>",
 ButtonBox["Fourier Neural Operator for Parametric Partial Differential Equations",
  BaseStyle->"Hyperlink",
  ButtonData->{
    URL["https://arxiv.org/abs/2010.08895"], None},
  ButtonNote->"https://arxiv.org/abs/2010.08895"],
 " (ICLR 2021)."
 }], "Item"],
Cell["2. \:041e\:0431\:0437\:043e\:0440: A Generalist Agent (Reed et al., TMLR 2022) \[LongDash] \
\:0434\:043e\:043a\:043b\:0430\:0434.", "Item"],
Cell[BoxData[RowBox[{"Eigensystem", "[", "m", "]"}]], "Input"]
}, Open  ]]
},
WindowSize->{1440, 847},
FrontEndVersion->"13.3 for Mac OS X ARM (64-bit) (July 24, 2023)"
]
(* End of Notebook Content *)
"""


def test_a_mathematica_notebook_is_read_as_its_text_cells_escapes_undone() -> None:
    text, kind = decode_digest(NOTEBOOK.encode(), "seminar.nb")
    assert kind.startswith("mathematica/")
    assert (
        "[Fourier Neural Operator for Parametric Partial Differential Equations](https://arxiv.org/abs/2010.08895)"
        in text
    )
    assert "Eigensystem" not in text  # (its input cells are no text)
    assert "13.3" not in text  # (nor its options)
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "seminar.nb").references}
    assert found == {
        ("2010.08895", "Fourier Neural Operator for Parametric Partial Differential Equations"),
        (None, "A Generalist Agent"),  # (past its label in Russian, `Обзор:`)
    }


def test_word_s_citation_sources_are_read_as_records_their_books_sites_and_theses_no_papers() -> None:
    namespace = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"

    def source(kind: str, title: str, more: str = "") -> str:
        return f"<b:Source><b:Tag>{title[:3]}</b:Tag><b:SourceType>{kind}</b:SourceType><b:Title>{title}</b:Title>{more}</b:Source>"

    sources = (
        f'<?xml version="1.0"?>\n<b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" xmlns:b="{namespace}" '
        f'xmlns="{namespace}">'
        + source(
            "ConferenceProceedings",
            "A ConvNet for the 2020s",
            "<b:Author><b:Author><b:NameList><b:Person><b:Last>Liu</b:Last><b:First>Zhuang</b:First></b:Person>"
            "</b:NameList></b:Author></b:Author><b:URL>https://arxiv.org/abs/2201.03545</b:URL>",
        )
        + source(
            "JournalArticle",
            "DINOv2: Learning Robust Visual Features without Supervision",
            "<b:Year>2024</b:Year>",
        )
        + source("Book", "Deep Learning", "<b:Publisher>MIT Press</b:Publisher>")
        + source(
            "InternetSite", "COCO - Common Objects in Context", "<b:URL>https://cocodataset.org/#home</b:URL>"
        )
        + source(
            "Report",
            "Wykrywanie zmian na zdjęciach lotniczych",
            "<b:ThesisType>Praca magisterska</b:ThesisType>",
        )
        + "</b:Sources>"
    )
    text, kind = decode_digest(sources.encode(), "Sources.xml")
    assert kind.startswith("json/word-sources/")
    found = [(r.arxiv_id, r.title) for r in extract_document(text, "Sources.xml").references]
    assert found == [
        ("2201.03545", "A ConvNet for the 2020s"),
        (None, "DINOv2: Learning Robust Visual Features without Supervision"),
    ]


def test_a_link_checker_s_report_is_read_as_its_records_of_urls_and_link_names() -> None:
    report = (
        "LinkChecker 10.2.1\nCopyright (C) 2000-2016 Bastian Kleineidam\n\nStart checking at 2024-03-18 09:12:44+001\n\n"
        + "".join(
            f"URL        `{url}'\nName       `{name}'\nParent URL https://lab.example.org/reading/, line {n}, col 13\n"
            f"Real URL   {url}\nCheck time 0.9 seconds\nResult     Valid: 200 OK\n\n"
            for n, (url, name) in enumerate(
                [
                    (
                        "http://arxiv.org/abs/2106.10199",
                        "BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models",
                    ),
                    (
                        "https://aclanthology.org/2021.emnlp-main.243/",
                        "The Power of Scale for Parameter-Efficient Prompt Tuning",
                    ),
                    ("https://github.com/example/notebooks", "notebooks (GitHub)"),
                ],
                start=40,
            )
        )
        + "Statistics:\nDownloaded: 300KB.\nThat's it. 3 links in 3 URLs checked. 0 warnings found. 0 errors found.\n"
    )
    text, kind = decode_digest(report.encode(), "linkcheck.txt")
    assert kind.startswith("json/aligned/")
    found = [(r.arxiv_id, r.title) for r in extract_document(text, "linkcheck.txt").references]
    assert found == [
        (
            "2106.10199",
            "BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models",
        ),
        (None, "The Power of Scale for Parameter-Efficient Prompt Tuning"),
    ]


def test_a_title_linked_to_its_project_page_is_a_paper_and_a_post_of_a_blog_on_the_same_host_is_not() -> None:
    listing = (
        "## Personalisation\n\n"
        "| Year | Paper | Code |\n|------|-------|------|\n"
        "| 2022 | [An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion]"
        "(https://textual-inversion.github.io/) | [code](https://github.com/rinongal/textual_inversion) |\n"
        "| 2023 | [Adding Conditional Control to Text-to-Image Diffusion Models](https://arxiv.org/abs/2302.05543) | |\n"
        "| 2020 | [The Illustrated GPT-2: Visualizing Transformer Language Models](https://jalammar.github.io/illustrated-gpt2/)"
        " | |\n"
    )
    assert titles(listing, Shape.MARKDOWN) == [
        "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion",
        "Adding Conditional Control to Text-to-Image Diffusion Models",
    ]
    records = json.dumps(
        [
            {"url": "https://llava-vl.github.io/", "name": "Visual Instruction Tuning"},
            {
                "url": "https://arxiv.org/abs/2106.10199",
                "name": "BitFit: Simple Parameter-efficient Fine-tuning",
            },
            {
                "url": "https://jalammar.github.io/illustrated-retrieval-transformer/",
                "name": "The Illustrated Retrieval Transformer",
            },
        ]
    )
    assert titles(records, Shape.JSON) == [
        "Visual Instruction Tuning",
        "BitFit: Simple Parameter-efficient Fine-tuning",
    ]


def test_a_format_string_in_a_source_s_code_is_no_title_even_under_its_references() -> None:
    source = (
        "/// Gated attention unit.\n///\n/// # References\n///\n"
        "/// - Hua, Dai, Liu, Le. *Transformer Quality in Linear Time*. ICML 2022.\n"
        "pub fn from_config(name: &str) -> Self {\n"
        '    log::warn!("unknown attention_impl {other:?}, using the naive kernel");\n'
        "}\n"
    )
    text, _ = decode_digest(source.encode(), "kernels.rs")
    assert titles(text, "text") == ["Transformer Quality in Linear Time"]


def test_a_numbered_item_in_sentence_case_opens_the_entry_its_link_closes() -> None:
    # (once the link took the title of the item above, across a section's heading: a wrong id online)
    post = (
        "二、推理\n"
        "6. Language Models (Mostly) Know What They Know\n"
        "Anthropic，2022\n"
        "一句话：模型能不能知道自己答得对不对？\n"
        "三、对齐与工具\n"
        "7. Training language models to follow instructions with human feedback\n"
        "链接：https://arxiv.org/abs/2203.02155\n"
        "一句话：InstructGPT。\n"
    )
    found = [(r.arxiv_id, r.title) for r in refs(post, "text")]
    assert ("2203.02155", "Training language models to follow instructions with human feedback") in found
    assert (None, "Language Models (Mostly) Know What They Know") in found


def test_a_json_record_with_a_raw_field_that_holds_no_email_is_read_as_the_json_it_is() -> None:
    record = json.dumps(
        [{"raw": "notes typed in a hurry", "title": "Attention Is All You Need", "type": "paper"}]
    )
    text, kind = decode_digest(record.encode(), "export.json")
    assert not kind.startswith("mail/")
    assert titles(text, Shape.JSON) == ["Attention Is All You Need"]


def test_a_timetable_copied_as_text_is_no_chat_and_its_rows_titles_name_their_papers() -> None:
    # (`HH:MM<TAB>…<TAB>…` is also LINE's chat export; a cell holding a title in 「」 is no sender's name)
    page = (
        "タイムテーブル\n時間\t内容\t発表者\n13:00\t開場・受付\n"
        "13:25\t「Bootstrap your own latent: A new approach to self-supervised Learning」 arXiv:2006.07733\t@kn_ssl\n"
        "14:05\t「Contrastive Learning with Hard Negative Samples」（ICLR 2021）\t\n@t_okabe\n"
        "14:25\t休憩（15分）\n"
        "15:20\t「Dataset Condensation with Gradient Matching」（ICLR 2021）\t\n@dc_nakamura\n"
    )
    text, _ = decode_digest(page.encode(), "connpass.txt")
    found = {(r.arxiv_id, r.title) for r in extract_document(text, "connpass.txt").references}
    assert found == {
        ("2006.07733", "Bootstrap your own latent: A new approach to self-supervised Learning"),
        (None, "Contrastive Learning with Hard Negative Samples"),
        (None, "Dataset Condensation with Gradient Matching"),
    }
