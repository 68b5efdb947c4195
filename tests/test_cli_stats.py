"""`paperlist stats`: the reading list counted, in every format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

LITE, DACL, RESNEST = "2004.11886", "2011.04419", "2004.08955"
# The seeds reference 38 papers (13 with arXiv ids, 10 on OpenReview, 15 by title alone; see
# tests/data/seeds-expected.json); zz_weekly.md mentions two of them again.
PAPERS = 38


@pytest.fixture
def counted(cli: Callable[..., Run], library: Path) -> dict[str, object]:
    cli("mark", LITE, "read")
    cli("mark", RESNEST, "reading")
    cli("star", DACL)
    cli("tag", LITE, DACL, "+nlp")
    cli("tag", LITE, "+mobile")
    cli("note", LITE, "mine")
    result = cli("stats", "--format", "json")
    assert result.exit_code == 0, result.stderr
    value = json.loads(result.stdout)
    assert isinstance(value, dict)
    return value


def test_stats_json_counts_everything(counted: dict[str, object]) -> None:
    assert counted["papers"] == PAPERS
    assert counted["digests"] == 6
    assert counted["starred"] == 1
    assert counted["with_notes"] == 1
    assert counted["by_status"] == {"unread": PAPERS - 2, "reading": 1, "read": 1, "skipped": 0}
    assert counted["by_enrichment"] == {"pending": PAPERS - 4, "enriched": 4}
    # arXiv categories of the four enriched papers, the digests' own tags ([CV], [LG], [CL]) of seed 003
    assert counted["by_category"] == {
        "CV": 5,
        "LG": 3,
        "cs.CV": 2,
        "CL": 1,
        "cs.CL": 1,
        "cs.LG": 1,
        "unknown": PAPERS - 13,
    }
    months = counted["by_month"]
    assert isinstance(months, dict)
    assert months.pop("unknown") == PAPERS - 13  # papers named by title alone have no date yet
    assert list(months) == sorted(months)  # oldest first
    assert months["2020-04"] == 4  # Lite Transformer, ResNeSt, and two dated by their arXiv ids
    assert sum(months.values()) == 13  # every arXiv paper
    assert counted["top_tags"] == {"nlp": 2, "mobile": 1}
    digests = counted["top_digests"]
    assert isinstance(digests, dict)
    assert digests["zz_weekly.md"] == 2
    assert list(digests.values()) == sorted(digests.values(), reverse=True)
    most = counted["most_mentioned"]
    assert isinstance(most, list)
    assert {paper["arxiv_id"] or paper["title"] for paper in most} == {
        LITE,
        DACL,
        "Self-Supervised Learning from a Multi-View Perspective",  # OpenReview in 001, title alone in 003
    }
    assert all(paper["digest_count"] == 2 for paper in most)


@pytest.mark.usefixtures("counted")
def test_stats_table_for_people(cli: Callable[..., Run]) -> None:
    out = cli("stats").stdout
    for piece in (
        f"{PAPERS} papers from 6 digests",
        "Status",
        "Category",
        "Published",
        "Digests",
        "Tags",
        "Most mentioned",
    ):
        assert piece in out, piece
    assert "█" in out
    assert "Lite Transformer" in out


@pytest.mark.usefixtures("counted")
def test_stats_csv_jsonl_markdown(cli: Callable[..., Run]) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("stats", "-f", "csv").stdout)))
    assert {"group": "by_status", "key": "read", "label": "read", "count": "1"} in rows
    assert {row["group"] for row in rows} >= {
        "total",
        "by_category",
        "by_month",
        "top_digests",
        "most_mentioned",
    }
    lines = [json.loads(line) for line in cli("stats", "-f", "jsonl").stdout.splitlines()]
    assert lines == rows
    markdown = cli("stats", "-f", "md").stdout
    assert markdown.startswith("# Reading list")
    assert "## Most mentioned" in markdown


@pytest.mark.usefixtures("counted")
def test_top_bounds_the_rankings(cli: Callable[..., Run]) -> None:
    value = json.loads(cli("stats", "--top", "1", "-f", "json").stdout)
    assert len(value["by_category"]) == 1
    assert len(value["top_digests"]) == 1
    assert len(value["most_mentioned"]) == 1
    assert cli("stats", "--top", "0").exit_code == 2


@pytest.mark.usefixtures("empty_library")
def test_stats_of_an_empty_list(cli: Callable[..., Run]) -> None:
    result = cli("stats", "-f", "json")
    assert result.exit_code == 0
    value = json.loads(result.stdout)
    assert value["papers"] == 0
    assert value["by_status"] == {"unread": 0, "reading": 0, "read": 0, "skipped": 0}
    assert "empty" in result.stderr
    assert cli("stats").exit_code == 0
