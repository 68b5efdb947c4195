"""The extractor against what a careful reader finds in each seed digest (tests/data/seeds-expected.json)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from paperlist.digests import Extraction, Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.models import Evidence
from tests.conftest import Run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPECTED: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "seeds-expected.json").read_text("utf-8")
)
DIGESTS = sorted(name for name in EXPECTED if not name.startswith("_"))


def _key(title: str | None) -> str:
    return re.sub(r"[^0-9a-z]+", "", (title or "").casefold())


def _extract(name: str) -> Extraction:
    text, _ = decode_digest((SEEDS / name).read_bytes(), name)
    return extract_document(text, name)


@dataclass
class Comparison:
    """How one digest's references compare with the expectations, with a readable account of every miss."""

    found_ids: int = 0
    expected_ids: int = 0
    found_titles: int = 0
    expected_titles: int = 0
    problems: list[str] = field(default_factory=list)
    extra: list[Reference] = field(default_factory=list)


def _match(paper: dict[str, Any], references: tuple[Reference, ...]) -> Reference | None:
    for reference in references:
        if paper.get("arxiv_id") and reference.arxiv_id == paper["arxiv_id"]:
            return reference
        if paper.get("openreview_id") and reference.openreview_id == paper["openreview_id"]:
            return reference
        if paper["evidence"] == "title-only" and _key(reference.title) == _key(paper["title"]):
            return reference
    return None


def compare(name: str) -> Comparison:
    extraction = _extract(name)
    result = Comparison()
    matched: set[int] = set()
    for paper in EXPECTED[name]["papers"]:
        by_id = paper["evidence"] != "title-only"
        if by_id:
            result.expected_ids += 1
        else:
            result.expected_titles += 1
        reference = _match(paper, extraction.references)
        if reference is None:
            result.problems.append(f"  missing ({paper['evidence']}): {paper['title']!r}")
            continue
        matched.add(id(reference))
        if by_id:
            result.found_ids += 1
        else:
            result.found_titles += 1
        if reference.evidence != Evidence(paper["evidence"]):
            result.problems.append(
                f"  {paper['title']!r}: evidence {reference.evidence} != {paper['evidence']}"
            )
        if _key(reference.title) != _key(paper["title"]):
            result.problems.append(f"  {paper['title']!r}: extracted title is {reference.title!r}")
        if "version" in paper and reference.version != int(paper["version"].lstrip("v")):
            result.problems.append(f"  {paper['title']!r}: version {reference.version} != {paper['version']}")
        if reference.code_url != paper.get("code"):
            result.problems.append(
                f"  {paper['title']!r}: code link {reference.code_url!r} != {paper.get('code')!r}"
            )
        if not reference.summary and name != "002_31ec9e55d4ca14eb.txt":
            result.problems.append(f"  {paper['title']!r}: no summary")
    result.extra = [reference for reference in extraction.references if id(reference) not in matched]
    for reference in result.extra:
        result.problems.append(
            f"  not a paper, line {reference.line} ({reference.evidence}): "
            f"{reference.title or reference.raw!r}"
        )
    return result


def _report(results: dict[str, Comparison]) -> str:
    lines = []
    for name, result in results.items():
        if result.problems:
            lines.append(f"{name}:")
            lines.extend(result.problems)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def results() -> dict[str, Comparison]:
    return {name: compare(name) for name in DIGESTS}


def test_every_arxiv_and_openreview_reference_is_found(results: dict[str, Comparison]) -> None:
    found = sum(result.found_ids for result in results.values())
    expected = sum(result.expected_ids for result in results.values())
    assert expected == 23
    assert found == expected, f"id recall {found}/{expected}\n{_report(results)}"


def test_title_only_papers_are_found_with_their_titles(results: dict[str, Comparison]) -> None:
    found = sum(result.found_titles for result in results.values())
    expected = sum(result.expected_titles for result in results.values())
    assert expected == 16
    assert found / expected >= 0.95, f"title-only recall {found}/{expected}\n{_report(results)}"


def test_nothing_but_papers_is_reported(results: dict[str, Comparison]) -> None:
    extra = {name: result.extra for name, result in results.items() if result.extra}
    assert not extra, _report(results)


def test_titles_versions_evidence_and_code_links_agree(results: dict[str, Comparison]) -> None:
    assert all(not result.problems for result in results.values()), _report(results)


def test_code_links_belong_to_their_papers() -> None:
    lite = _extract("000_146ccdcc23f85c39.txt").references
    funnel = _extract("002_31ec9e55d4ca14eb.txt").references
    by_title = {reference.title: reference for reference in (*lite, *funnel)}
    lite_transformer = by_title["Lite Transformer with Long-Short Range Attention"]
    assert lite_transformer.code_url == "https://github.com/mit-han-lab/lite-transformer"
    funnel_transformer = by_title[
        "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing"
    ]
    assert funnel_transformer.code_url == "https://github.com/laiguokun/Funnel-Transformer"
    # The next paper does not inherit the code link of the one before it.
    assert by_title["Supervised Contrastive Learning"].code_url is None


def test_nicknames_in_004_are_names_never_papers() -> None:
    extraction = _extract("004_24b151a13e2d917a.txt")
    nicknames = EXPECTED["004_24b151a13e2d917a.txt"]["mentions"]
    parts = {_key(part) for nickname in nicknames for part in nickname.split("/")}
    for reference in extraction.references:
        assert _key(reference.title) not in parts, f"{reference.title!r} is a nickname, not a paper title"
        assert reference.evidence is Evidence.TITLE_ONLY
        assert reference.arxiv_id is None
    names = {_key(name.name) for name in extraction.names}
    reported = [
        nickname for nickname in nicknames if any(_key(part) in names for part in nickname.split("/"))
    ]
    assert len(reported) / len(nicknames) >= 0.8, f"nicknames reported as names: {reported}"


@pytest.mark.parametrize(
    ("digest", "trap"),
    [
        ("000_146ccdcc23f85c39.txt", "zsxq.com"),
        ("002_31ec9e55d4ca14eb.txt", "arxiv.org/search"),
        ("003_e4047dbd94f74507.txt", "weibo.com"),
        ("003_e4047dbd94f74507.txt", "this https URL"),
    ],
)
def test_traps_are_not_papers(digest: str, trap: str) -> None:
    for reference in _extract(digest).references:
        assert trap not in reference.raw
        assert trap not in (reference.title or "")
        assert trap not in (reference.code_url or "")


def test_summaries_are_the_digests_own_words_about_each_paper() -> None:
    by_title = {r.title: r for r in _extract("000_146ccdcc23f85c39.txt").references}
    resnest = by_title["ResNeSt: Split-Attention Networks"].summary
    assert resnest.startswith("尽管图像分类模型最近不断发展")
    assert "ResNeSt-50替换ResNet-50" in resnest  # its second paragraph
    assert "注意力模块" not in resnest  # not the next paper's words
    last = by_title["Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms"].summary
    assert last.startswith("注意力模块是Transformer模型的核心组件")
    assert "往期精彩回顾" not in last
    assert "文章图片" not in last
    assert "推荐五篇论文" not in last

    by_title = {r.title: r for r in _extract("001_7aa350a37d338769.txt").references}
    last = by_title["Non-iterative Parallel Text Generation via Glancing Transformer"].summary
    assert "glancing language model" in last
    assert "责任编辑" not in last
    assert "openreview" not in last


def test_authors_affiliations_and_categories_of_003() -> None:
    references = _extract("003_e4047dbd94f74507.txt").references
    first = references[0]
    assert first.category == "LG"
    assert first.authors == "Y H Tsai, Y Wu, R Salakhutdinov, L Morency"
    assert first.affiliations == "CMU"
    assert first.summary.startswith("用多视角看自监督学习")
    assert "weibo" not in first.summary
    assert "image.png" not in first.summary
    assert {r.category for r in references} == {"LG", "CV", "CL"}
    assert all(r.authors for r in references)
    assert all(r.affiliations for r in references)


def test_line_and_raw_point_at_the_digest_text() -> None:
    text, _ = decode_digest((SEEDS / "001_7aa350a37d338769.txt").read_bytes(), "001")
    lines = text.split("\n")
    for reference in _extract("001_7aa350a37d338769.txt").references:
        assert lines[reference.line - 1].strip().startswith(reference.raw.rstrip("…"))
        assert any("openreview.net" in lines[number - 1] for number in reference.lines)


# --- end to end: `paperlist ingest seeds/ --offline`, then `paperlist list --format json` -------------------


def test_ingest_then_list_agrees_with_the_expectations(cli: Callable[..., Run], seeds: Path) -> None:
    ingested = cli("ingest", str(seeds), "--offline")
    assert ingested.exit_code == 0, ingested.stderr
    listed = cli("list", "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    papers: list[dict[str, Any]] = json.loads(listed.stdout)

    problems: list[str] = []
    used: set[int] = set()
    found_ids = found_titles = 0
    for name in DIGESTS:
        for expected in EXPECTED[name]["papers"]:
            match = _listed_paper(expected, name, papers)
            if match is None:
                problems.append(f"{name}: missing {expected['evidence']} {expected['title']!r}")
                continue
            paper, mention = match
            used.add(paper["id"])
            if expected["evidence"] == "title-only":
                found_titles += 1
            else:
                found_ids += 1
            if mention["evidence"] != expected["evidence"]:
                problems.append(f"{name}: {expected['title']!r} evidence {mention['evidence']}")
            if expected.get("code") and expected["code"] not in paper["code"]:
                problems.append(f"{name}: {expected['title']!r} has code {paper['code']}")
            if not mention["text"] and expected["title"] != "Rethinking Pre-training and Self-training":
                problems.append(f"{name}: {expected['title']!r} has no summary")
    for paper in papers:
        if paper["id"] not in used:
            problems.append(f"not a paper: {paper['title']!r} ({[m['digest'] for m in paper['mentions']]})")
    report = "\n".join(problems)
    assert found_ids == 23, report
    assert found_titles / 16 >= 0.95, report
    assert not [p for p in problems if p.startswith("not a paper")], report
    assert not problems, report

    # One paper, two sources: the OpenReview forum of 001 and the title-only entry of 003.
    multi_view = next(p for p in papers if p["openreview_id"] == "-bdp_8Itjwp")
    assert sorted(m["digest"] for m in multi_view["mentions"]) == [
        "001_7aa350a37d338769.txt",
        "003_e4047dbd94f74507.txt",
    ]
    # The nicknames of 004 are names, never papers.
    nicknames = {
        _key(part) for nick in EXPECTED["004_24b151a13e2d917a.txt"]["mentions"] for part in nick.split("/")
    }
    assert not [p["title"] for p in papers if _key(p["title"]) in nicknames]


def _listed_paper(
    expected: dict[str, Any], digest: str, papers: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The listed paper (and its mention from `digest`) that is the expected paper."""
    for paper in papers:
        mentions = [m for m in paper["mentions"] if m["digest"] == digest]
        if not mentions:
            continue
        if expected.get("arxiv_id") and paper["arxiv_id"] == expected["arxiv_id"]:
            return paper, mentions[0]
        if expected.get("openreview_id") and paper["openreview_id"] == expected["openreview_id"]:
            return paper, mentions[0]
        for mention in mentions:
            if expected["evidence"] == "title-only" and _key(mention["title"]) == _key(expected["title"]):
                return paper, mention
    return None
