"""`paperlist extract`: what ingest would find, shown and never stored; and papers held back as unconfirmed."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from paperlist.errors import ExitCode
from tests.conftest import Run

PLAN = textwrap.dedent(
    """\
    # Reading plan

    **Vaswani et al. (2017)** - Transformer
    - Title: Attention Is All You Need
    - arXiv: [1706.03762](https://arxiv.org/abs/1706.03762)
    - Priority: High
    - Topics: attention, encoder-decoder

    **Radford et al. (2019)** - GPT-2
    - Title: Language Models are Unsupervised Multitask Learners
    - arXiv: none (a report, PDF only)
    - Priority: Medium

    ## Not papers
    - Book: Goodfellow, Bengio & Courville, *Deep Learning*
    - Blog: https://jalammar.github.io/illustrated-transformer/
    """
)


def test_extract_shows_each_paper_with_its_evidence_line_and_reason(
    cli: Callable[..., Run], tmp_path: Path, isolated: Path
) -> None:
    digest = tmp_path / "plan.md"
    digest.write_text(PLAN, "utf-8")
    result = cli("extract", str(digest))
    assert result.exit_code == 0, result.stderr
    assert "plan.md" in result.stdout
    assert "1706.03762" in result.stdout
    assert "Language Models are Unsupervised" in result.stdout
    assert "labelled as the title" in result.stdout
    for never in ("Priority", "Topics", "Vaswani et al.", "Deep Learning", "illustrated"):
        assert never not in result.stdout
    assert not isolated.exists(), "extract stores nothing"


def test_extract_json_and_verbose_rejections(cli: Callable[..., Run], tmp_path: Path) -> None:
    digest = tmp_path / "plan.md"
    digest.write_text(PLAN, "utf-8")
    quiet = json.loads(cli("extract", str(digest), "--format", "json").stdout)
    assert "rejected" not in quiet[0]
    verbose = cli("extract", str(digest), "--format", "json", "-v")
    assert verbose.exit_code == 0
    (reading,) = json.loads(verbose.stdout)
    assert reading["shape"] == "markdown"
    assert [
        (paper["line"], paper["evidence"], paper["arxiv_id"], paper["title"]) for paper in reading["papers"]
    ] == [
        (3, "arxiv-link", "1706.03762", "Attention Is All You Need"),
        (9, "title-only", None, "Language Models are Unsupervised Multitask Learners"),
    ]
    assert all(
        paper["reason"] == "labelled as the title" and paper["weak"] is False for paper in reading["papers"]
    )
    why = {item["text"]: item["why"] for item in reading["rejected"]}
    assert any("Book" in text and "not a paper" in reason for text, reason in why.items())


def test_extract_reads_bibtex_csv_and_ris_found_in_a_folder(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@misc{h, title = {Training Compute-Optimal Large Language Models}, eprint = {2203.15556},"
        " archivePrefix = {arXiv}}\n@book{g, title = {Deep Learning}, publisher = {MIT Press}}\n",
        "utf-8",
    )
    (tmp_path / "list.csv").write_text(
        "Name,URL,Tags\n"
        '"ReAct: Synergizing Reasoning and Acting in Language Models",https://arxiv.org/abs/2210.03629,agents\n'
        '"AutoGPT",https://github.com/Significant-Gravitas/AutoGPT,repo\n',
        "utf-8",
    )
    (tmp_path / "zotero.ris").write_text(
        "TY  - JOUR\nTI  - Highly accurate protein structure prediction with AlphaFold\nPY  - 2021\nER  - \n\n"
        "TY  - ELEC\nTI  - The Illustrated Transformer\nUR  - https://jalammar.github.io/\nER  - \n",
        "utf-8",
    )
    readings = json.loads(cli("extract", str(tmp_path), "--format", "json").stdout)
    found = {
        reading["digest"]: [paper["arxiv_id"] or paper["title"] for paper in reading["papers"]]
        for reading in readings
    }
    assert found == {
        "list.csv": ["2210.03629"],
        "refs.bib": ["2203.15556"],
        "zotero.ris": ["Highly accurate protein structure prediction with AlphaFold"],
    }
    shapes = {reading["digest"]: reading["shape"] for reading in readings}
    assert shapes == {"list.csv": "csv", "refs.bib": "bibtex", "zotero.ris": "ris"}


def test_a_bibtex_entry_left_unclosed_is_read_by_its_fields_and_nothing_is_logged(
    cli: Callable[..., Run], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # (an entry whose closing brace was lost while editing by hand: the parser gives up on it, and said so on
    # stderr in its own words, and the entry was lost)
    (tmp_path / "refs.bib").write_text(
        "@inproceedings{he2016,\n  title = {Deep Residual Learning for Image Recognition},\n"
        '  author = "He, Kaiming and Zhang, Xiangyu",\n  year = 2016,\n  eprint = {1512.03385}\n\n'
        "@article{vaswani2017, title = {Attention Is All You Need}, year = {2017}}\n",
        "utf-8",
    )
    result = cli("extract", str(tmp_path / "refs.bib"), "--format", "json")
    assert result.exit_code == 0
    # (Python prints a library's warnings on stderr when nothing handles them: none is logged)
    assert [record.getMessage() for record in caplog.records if record.name.startswith("bibtexparser")] == []
    (reading,) = json.loads(result.stdout)
    papers = reading["papers"]
    assert [(paper["title"], paper["arxiv_id"], paper["line"]) for paper in papers] == [
        ("Deep Residual Learning for Image Recognition", "1512.03385", 1),
        ("Attention Is All You Need", None, 7),
    ]


def test_extract_of_a_missing_file_is_one_line_and_exit_3(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("extract", str(tmp_path / "nope.md"))
    assert result.exit_code == ExitCode.INPUT
    assert "nope.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_names_an_unreadable_digest_and_reads_the_others(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "good.md").write_text(
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n", "utf-8"
    )
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.7 binary")
    readings = json.loads(cli("extract", str(tmp_path), "--format", "json").stdout)
    by_name = {reading["digest"]: reading for reading in readings}
    assert "PDF" in by_name["bad.txt"]["error"]
    assert by_name["good.md"]["papers"][0]["arxiv_id"] == "1706.03762"


def test_the_bracketed_topic_label_papercut(cli: Callable[..., Run], tmp_path: Path) -> None:
    """`2.【对比学习】Title` reads like `2. [CV] Title`: a bracketed topic label of any script is a label."""
    digest = tmp_path / "weekly.txt"
    digest.write_text(
        "本周论文\n\n2.【对比学习】Contrastive Multiview Coding\n\n本文提出了对比多视角编码。\n\n"
        "3. [CV] Momentum Contrast for Unsupervised Visual Representation Learning\n\n本文提出了MoCo。\n",
        "utf-8",
    )
    (reading,) = json.loads(cli("extract", str(digest), "--format", "json").stdout)
    assert [(paper["title"], paper["category"]) for paper in reading["papers"]] == [
        ("Contrastive Multiview Coding", "对比学习"),
        ("Momentum Contrast for Unsupervised Visual Representation Learning", "CV"),
    ]


# --- unconfirmed references ---------------------------------------------------------------------------------

# A list of papers whose last item names, by its title alone, a paper no service knows: weak evidence.
WEAK_LIST = textwrap.dedent(
    """\
    # Transformers we read

    - [Lite Transformer with Long-Short Range Attention](https://arxiv.org/abs/2004.11886)
    - [Supervised Contrastive Learning](https://arxiv.org/abs/2004.11362)
    - [Shortcut Learning in Deep Neural Networks](https://arxiv.org/abs/2004.07780)
    - Quantum Pancakes for Sparse Attention in Tiny Recurrent Models
    """
)


@pytest.mark.usefixtures("services")
def test_a_weak_title_found_nowhere_is_held_back_until_confirmed(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    digest = tmp_path / "list.md"
    digest.write_text(WEAK_LIST, "utf-8")
    preview = json.loads(cli("extract", str(digest), "--format", "json").stdout)[0]["papers"]
    assert [paper["weak"] for paper in preview] == [False, False, False, True]
    assert cli("ingest", str(digest)).exit_code == 0
    listed = json.loads(cli("list", "--format", "json").stdout)
    assert sorted(paper["arxiv_id"] for paper in listed) == ["2004.07780", "2004.11362", "2004.11886"]
    held = json.loads(cli("list", "--unconfirmed", "--format", "json").stdout)
    assert [paper["title"] for paper in held] == [
        "Quantum Pancakes for Sparse Attention in Tiny Recurrent Models"
    ]
    assert held[0]["unconfirmed"] is True
    assert held[0]["mentions"][0]["weak"] is True
    assert held[0]["mentions"][0]["reason"] == "an item of a list whose other items are papers"
    shown = cli("show", str(held[0]["id"]))
    assert "held back from the lists" in shown.stdout
    confirmed = cli("confirm", str(held[0]["id"]))
    assert confirmed.exit_code == 0
    assert "confirmed" in confirmed.stderr
    assert len(json.loads(cli("list", "--format", "json").stdout)) == 4
    assert json.loads(cli("list", "--unconfirmed", "--format", "json").stdout) == []
    # The user's word stands: enrichment asked again does not hold it back.
    assert cli("enrich").exit_code == 0
    assert len(json.loads(cli("list", "--format", "json").stdout)) == 4


@pytest.mark.usefixtures("services")
def test_a_held_back_paper_named_with_evidence_later_is_listed(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    first = tmp_path / "list.md"
    first.write_text(WEAK_LIST, "utf-8")
    assert cli("ingest", str(first)).exit_code == 0
    assert len(json.loads(cli("list", "--unconfirmed", "--format", "json").stdout)) == 1
    second = tmp_path / "labelled.md"
    second.write_text(
        "- Title: Quantum Pancakes for Sparse Attention in Tiny Recurrent Models\n- Venue: ICLR 2031\n"
    )
    assert cli("ingest", str(second), "--offline").exit_code == 0
    assert json.loads(cli("list", "--unconfirmed", "--format", "json").stdout) == []
    titles = [paper["title"] for paper in json.loads(cli("list", "--format", "json").stdout)]
    assert "Quantum Pancakes for Sparse Attention in Tiny Recurrent Models" in titles


def test_offline_nothing_is_held_back(cli: Callable[..., Run], tmp_path: Path) -> None:
    digest = tmp_path / "list.md"
    digest.write_text(WEAK_LIST, "utf-8")
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    assert len(json.loads(cli("list", "--format", "json").stdout)) == 4


def test_confirm_of_an_unknown_id_changes_nothing(cli: Callable[..., Run]) -> None:
    assert cli("add", "2106.09685", "--offline").exit_code == 0
    result = cli("confirm", "99")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "99" in result.stderr


def test_confirm_of_a_paper_not_held_back_says_so(cli: Callable[..., Run], tmp_path: Path) -> None:
    digest = tmp_path / "list.md"
    digest.write_text(WEAK_LIST, "utf-8")
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    result = cli("confirm", "2004.11886")
    assert result.exit_code == 0
    assert "not held back" in result.stderr
