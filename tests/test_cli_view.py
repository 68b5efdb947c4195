"""`paperlist list`, `search` and `show` on the ingested seeds: what a reader sees, and the JSON contract."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

CONTRACT_FIELDS = {
    "id", "arxiv_id", "openreview_id", "title", "authors", "published", "primary_category", "categories",
    "abstract", "status", "tags", "mentions",
}  # fmt: skip


@pytest.fixture
def ingested(cli: Callable[..., Run], seeds: Path) -> Path:
    assert cli("ingest", str(seeds), "--offline").exit_code == 0
    return seeds


def as_json(result: Run) -> object:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.usefixtures("ingested")
def test_list_json_follows_the_contract(cli: Callable[..., Run]) -> None:
    papers = as_json(cli("list", "--format", "json"))
    assert isinstance(papers, list)
    assert papers
    for paper in papers:
        assert set(paper) >= CONTRACT_FIELDS
        assert isinstance(paper["id"], int)
        assert isinstance(paper["authors"], list)
        assert paper["status"] == "unread"
        for mention in paper["mentions"]:
            assert {"digest", "line", "evidence", "text"} <= set(mention)
            assert mention["evidence"] in {"arxiv-link", "arxiv-text", "openreview-link", "title-only"}
            assert mention["digest"].endswith(".txt")
            assert mention["line"] >= 1


@pytest.mark.usefixtures("ingested")
def test_list_table_shows_the_columns_a_reader_needs(cli: Callable[..., Run]) -> None:
    result = cli("list")
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    for column in ("ID", "Title", "First author", "Year", "Category", "Status", "Digests"):
        assert column in header
    assert "Lite Transformer" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


@pytest.mark.usefixtures("empty_library")
def test_list_on_an_empty_reading_list_says_what_to_do(cli: Callable[..., Run]) -> None:
    result = cli("list")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "paperlist ingest" in result.stderr
    assert as_json(cli("list", "--format", "json")) == []


@pytest.mark.usefixtures("ingested")
def test_search_transformer_ranks_lite_transformer_near_the_top(cli: Callable[..., Run]) -> None:
    hits = as_json(cli("search", "transformer", "--format", "json"))
    assert isinstance(hits, list)
    # Every seed paper with "Transformer" in its title (a dozen) matches on its title; Lite Transformer is one.
    title_hits = [hit["arxiv_id"] for hit in hits if hit["match"]["field"] == "title"]
    assert "2004.11886" in title_hits[:10]
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores)  # best (lowest bm25) first
    best = as_json(cli("search", "lite transformer", "--format", "json"))
    assert isinstance(best, list)
    assert best[0]["arxiv_id"] == "2004.11886"
    assert best[0]["match"]["field"] in {"title", "digest"}
    assert "transformer" in best[0]["match"]["snippet"].lower()


@pytest.mark.usefixtures("ingested")
def test_search_table_shows_where_it_matched(cli: Callable[..., Run]) -> None:
    result = cli("search", "transformer")
    assert result.exit_code == 0
    assert "Matched in" in result.stdout
    assert "Lite Transformer" in result.stdout


@pytest.mark.usefixtures("ingested")
def test_search_finds_chinese_summaries(cli: Callable[..., Run]) -> None:
    hits = as_json(cli("search", "对比学习", "--format", "json"))
    assert isinstance(hits, list)
    assert "2011.04419" in {hit["arxiv_id"] for hit in hits}  # Towards Domain-Agnostic Contrastive Learning
    for hit in hits:
        assert "对比学习" in hit["match"]["snippet"]


@pytest.mark.usefixtures("ingested")
def test_two_character_chinese_query_works(cli: Callable[..., Run]) -> None:
    hits = as_json(cli("search", "卷积", "--format", "json"))
    assert isinstance(hits, list)
    assert "2004.11886" in {hit["arxiv_id"] for hit in hits}  # its summary says 通过卷积


@pytest.mark.usefixtures("ingested")
def test_one_character_chinese_query_works(cli: Callable[..., Run]) -> None:
    hits = as_json(cli("search", "积", "--format", "json"))  # the last character of 卷积
    assert isinstance(hits, list)
    assert "2004.11886" in {hit["arxiv_id"] for hit in hits}


@pytest.mark.usefixtures("ingested")
@pytest.mark.parametrize("query", ['"unbalanced', "a:b (c", "NOT", "*", "-x", "AND OR", "title:", 'x" OR "y'])
def test_search_syntax_in_user_input_is_never_an_error(cli: Callable[..., Run], query: str) -> None:
    result = cli("search", query, "--format", "json")
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    if result.exit_code == 0:
        assert isinstance(json.loads(result.stdout), list)


@pytest.mark.usefixtures("empty_library")
def test_search_with_nothing_searchable_is_a_usage_error(cli: Callable[..., Run]) -> None:
    result = cli("search", "***")
    assert result.exit_code == 2
    assert "nothing to search for" in result.stderr


def test_search_without_matches_says_so(cli: Callable[..., Run], ingested: Path) -> None:
    result = cli("search", "zyzzyva")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No papers match" in result.stderr


@pytest.mark.usefixtures("ingested")
@pytest.mark.parametrize(
    "ref",
    [
        "2004.11886",
        "2004.11886v1",
        "arXiv:2004.11886",
        "https://arxiv.org/abs/2004.11886v1",
        "arxiv.org/pdf/2004.11886",
    ],
)
def test_show_takes_an_arxiv_id_in_any_form(cli: Callable[..., Run], ref: str) -> None:
    paper = as_json(cli("show", ref, "--format", "json"))
    assert isinstance(paper, dict)
    assert paper["arxiv_id"] == "2004.11886"


@pytest.mark.usefixtures("ingested")
def test_show_takes_paperlists_own_id(cli: Callable[..., Run]) -> None:
    first = as_json(cli("show", "2004.11886", "--format", "json"))
    assert isinstance(first, dict)
    again = as_json(cli("show", str(first["id"]), "--format", "json"))
    assert again == first


@pytest.mark.usefixtures("ingested")
def test_show_renders_what_the_digest_said(cli: Callable[..., Run]) -> None:
    result = cli("show", "2004.11886")
    assert result.exit_code == 0
    assert "Lite Transformer" in result.stdout
    assert "000_146ccdcc23f85c39.txt" in result.stdout
    assert "轻量级" in result.stdout  # its Chinese summary
    assert "https://arxiv.org/abs/2004.11886" in result.stdout


@pytest.mark.usefixtures("ingested")
def test_show_unknown_id_is_not_found(cli: Callable[..., Run]) -> None:
    result = cli("show", "1706.03762")
    assert result.exit_code == 4
    assert "1706.03762" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.usefixtures("ingested")
def test_show_malformed_id_is_a_usage_error(cli: Callable[..., Run]) -> None:
    result = cli("show", "not-an-id")
    assert result.exit_code == 2
    assert "not a paper id" in result.stderr


def test_bad_format_value_is_a_usage_error(cli: Callable[..., Run]) -> None:
    result = cli("list", "--format", "yaml")
    assert result.exit_code == 2
    assert "--format" in result.stderr


def test_bad_date_names_the_option(cli: Callable[..., Run]) -> None:
    result = cli("list", "--since", "last week")
    assert result.exit_code == 2
    assert "--since" in result.stderr


def test_hostile_text_is_shown_inert(cli: Callable[..., Run], tmp_path: Path) -> None:
    digest = tmp_path / "hostile.md"
    digest.write_text(
        # Hostile text where the extractor keeps it: the title line and the digest's words about the paper.
        "Evil Paper Title https://arxiv.org/abs/2004.11886\n"
        "[bold red]Evil[/] \x1b[31mPaper\x1b[0m \u202eTitle summary [link](x)\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    result = cli("show", "2004.11886")
    assert "\x1b" not in result.stdout
    assert "\u202e" not in result.stdout
    assert "[bold red]" in result.stdout  # shown as text, not interpreted as markup
