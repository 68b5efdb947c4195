"""`paperlist related`, `cites` and `refs`: Semantic Scholar's papers marked against the list, `--add`, and
every documented failure."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from paperlist.store.db import open_store
from tests.conftest import Run
from tests.seeding import record_seed_references
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.openreview_api import OpenReviewImitation
from tests.servers.semanticscholar_api import S2Imitation

Services = tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]
Cli = Callable[..., Run]
LITE = "2004.11886"


@pytest.fixture
def enriched(cli: Cli, services: Services, isolated: Path) -> Path:
    """The seed papers, enriched from every imitation (Semantic Scholar's included)."""
    store = open_store(isolated)
    record_seed_references(store)
    store.close()
    result = cli("enrich")
    assert result.exit_code == 0, result.stderr
    return isolated


def answer(cli: Cli, *args: str) -> list[dict[str, Any]]:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def listed(cli: Cli) -> dict[str, dict[str, Any]]:
    papers = json.loads(cli("list", "--format", "json").stdout)
    return {paper["title"]: paper for paper in papers}


def test_related_marks_the_papers_already_in_the_list(
    cli: Cli, enriched: Path, s2_server: S2Imitation
) -> None:
    found = answer(cli, "related", LITE, "-n", "10")
    assert [paper["number"] for paper in found] == list(range(1, len(found) + 1))
    in_list = listed(cli)
    for paper in found:
        mine = in_list.get(paper["title"])
        assert paper["in_list"] == (mine["id"] if mine else None), paper["title"]
    assert any(p["in_list"] for p in found)
    assert any(p["in_list"] is None for p in found)
    assert all(
        paper["title"] != in_list["Lite Transformer with Long-Short Range Attention"]["title"]
        for paper in found
    )
    table = cli("related", LITE, "-n", "10")
    marked = next(p for p in found if p["in_list"])
    assert f"✓ {marked['in_list']}" in table.stdout
    assert "already in your list" in table.stderr
    assert "--add N" in table.stderr
    asked = s2_server.log[-1]
    assert (
        asked.path.endswith(f"/recommendations/v1/papers/forpaper/ARXIV:{LITE}") or "/forpaper/" in asked.path
    )
    assert asked.params["limit"] == "10"


def test_related_add_puts_the_chosen_papers_in_the_list(cli: Cli, enriched: Path) -> None:
    found = answer(cli, "related", LITE, "-n", "20")
    new = [paper for paper in found if paper["in_list"] is None]
    on_arxiv = next(paper for paper in new if paper["arxiv_id"])
    chosen = [str(on_arxiv["number"])]
    off_arxiv = next((paper for paper in new if not paper["arxiv_id"]), None)
    if off_arxiv is not None:
        chosen.append(str(off_arxiv["number"]))
    already = next(paper for paper in found if paper["in_list"])
    before = len(listed(cli))
    result = cli("related", LITE, "-n", "20", "--add", *chosen, str(already["number"]))
    assert result.exit_code == 0, result.stderr
    assert f"Added {len(chosen)}:" in result.stderr
    after = listed(cli)
    assert len(after) == before + len(chosen)
    added = after[on_arxiv["title"]]
    # An added paper with an arXiv id gets arXiv's metadata at once, as `ingest` does.
    assert (added["arxiv_id"], added["enrichment"]) == (on_arxiv["arxiv_id"], "enriched")
    assert added["s2_id"] == on_arxiv["s2_id"]
    assert added["categories"]
    if off_arxiv is not None:
        assert after[off_arxiv["title"]]["enrichment"] == "enriched"
        assert "Semantic Scholar" in after[off_arxiv["title"]]["enrichment_reason"]
    again = answer(cli, "related", LITE, "-n", "20")
    assert {p["title"] for p in again if p["in_list"]} >= {on_arxiv["title"]}


def test_related_from_starred_sends_starred_and_read_as_positive_and_skipped_as_negative(
    cli: Cli, enriched: Path, s2_server: S2Imitation
) -> None:
    assert cli("star", LITE, "2004.11362").exit_code == 0
    assert cli("mark", "2006.05576", "read").exit_code == 0
    assert cli("mark", "2104.00298", "skipped").exit_code == 0
    found = answer(cli, "related", "--from-starred", "-n", "5")
    assert found
    body = json.loads(s2_server.log[-1].body)
    assert sorted(body["positivePaperIds"]) == sorted(
        json.loads(cli("show", ref, "--format", "json").stdout)["s2_id"]
        for ref in (LITE, "2004.11362", "2006.05576")
    )
    assert body["negativePaperIds"] == [
        json.loads(cli("show", "2104.00298", "--format", "json").stdout)["s2_id"]
    ]
    table = cli("related", "--from-starred", "-n", "5")
    assert "your 3 starred and read papers, unlike your 1 skipped ones" in table.stderr


def test_cites_and_refs_list_with_the_same_marks(cli: Cli, enriched: Path, s2_server: S2Imitation) -> None:
    citing = answer(cli, "cites", LITE, "-n", "50")
    cited = answer(cli, "refs", LITE, "-n", "50")
    assert citing
    assert cited
    in_list = listed(cli)
    for paper in citing + cited:
        mine = in_list.get(paper["title"])
        assert paper["in_list"] == (mine["id"] if mine else None)
    assert s2_server.log[-2].path.endswith("/citations")
    assert s2_server.log[-1].path.endswith("/references")
    markdown = cli("refs", LITE, "--format", "markdown").stdout
    assert markdown.startswith("| # | Title |")
    csv = cli("cites", LITE, "--format", "csv").stdout
    assert csv.startswith("number,in_list,title,")


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("related",), 2, "which paper?"),
        (("related", LITE, "--from-starred"), 2, "not both"),
        (("related", LITE, "3"), 2, "put --add before their numbers"),
        (("related", LITE, "--add"), 2, "--add needs the numbers"),
        (("related", LITE, "--add", "x"), 2, "not a number"),
        (("related", LITE, "--add", "999"), 2, "nothing was added"),
        (("cites", "9999.99999"), 2, "is not a paper id"),
        (("refs", "2301.00001"), 4, "no paper '2301.00001'"),
        (("related", "--from-starred"), 2, "none of your starred or read papers"),
        (("related", "-f", "bibtex", LITE), 2, "--format"),
    ],
)
def test_failures_say_what_to_do(
    cli: Cli, enriched: Path, args: tuple[str, ...], code: int, says: str
) -> None:
    before = len(listed(cli))
    result = cli(*args)
    assert result.exit_code == code, result.stderr
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert len(listed(cli)) == before


def test_a_paper_semantic_scholar_cannot_be_asked_about_is_exit_4(cli: Cli, enriched: Path) -> None:
    erasure = next(
        paper for paper in listed(cli).values() if paper["arxiv_id"] is None and paper["s2_id"] is None
    )
    result = cli("related", str(erasure["id"]))
    assert result.exit_code == 4
    assert "no arXiv id, DOI or Semantic Scholar id" in result.stderr


def test_semantic_scholar_down_or_refusing_is_exit_6(
    cli: Cli, enriched: Path, s2_server: S2Imitation, monkeypatch: pytest.MonkeyPatch
) -> None:
    s2_server.key = "the-right-key"
    refused = cli("cites", LITE)
    assert refused.exit_code == 6
    assert "refused access (403 Forbidden)" in refused.stderr
    assert "PAPERLIST_S2_API_KEY" in refused.stderr
    monkeypatch.setenv("PAPERLIST_S2_API_KEY", "a-wrong-key")
    assert "PAPERLIST_S2_API_KEY" in cli("cites", LITE).stderr
    monkeypatch.setenv("PAPERLIST_S2_URL", "http://127.0.0.1:9/s2")
    down = cli("related", LITE)
    assert down.exit_code == 6
    assert "cannot reach Semantic Scholar" in down.stderr
