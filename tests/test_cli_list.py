"""`paperlist list` and `next`: every filter, every sort, every output format, empty results."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest

from tests.conftest import Run

pytestmark = pytest.mark.usefixtures("library")

LITE, DACL, RESNEST, EFFNET = "2004.11886", "2011.04419", "2004.08955", "2104.00298"
SUPCON = "2004.11362"  # never enriched: dated by its id (2020-04)
MULTI_VIEW = "-bdp_8Itjwp"  # OpenReview forum of 001, named by its title alone in 003: two digests


def ids(cli: Callable[..., Run], *args: str) -> list[str]:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [paper["arxiv_id"] for paper in json.loads(result.stdout)]


def keys(cli: Callable[..., Run], *args: str) -> list[str]:
    """The arXiv or OpenReview id of each paper listed (papers named by title alone have neither)."""
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [paper["arxiv_id"] or paper["openreview_id"] for paper in json.loads(result.stdout)]


def test_status_filter(cli: Callable[..., Run]) -> None:
    cli("mark", LITE, DACL, "read")
    cli("mark", RESNEST, "skipped")
    assert set(ids(cli, "list", "--status", "read")) == {LITE, DACL}
    assert set(ids(cli, "list", "-s", "read", "-s", "skipped")) == {LITE, DACL, RESNEST}
    assert len(ids(cli, "list", "--status", "unread")) == len(ids(cli, "list")) - 3


def test_bad_status_filter_names_the_option(cli: Callable[..., Run]) -> None:
    result = cli("list", "--status", "done")
    assert result.exit_code == 2
    assert "--status" in result.stderr
    assert "done" in result.stderr


def test_tag_filter_needs_every_tag(cli: Callable[..., Run]) -> None:
    cli("tag", LITE, DACL, "+nlp")
    cli("tag", LITE, "+mobile")
    assert set(ids(cli, "list", "--tag", "nlp")) == {LITE, DACL}
    assert ids(cli, "list", "-t", "nlp", "-t", "mobile") == [LITE]
    assert ids(cli, "list", "--tag", "nothing") == []


def test_category_filter_exact_prefix_and_any(cli: Callable[..., Run]) -> None:
    assert set(ids(cli, "list", "--category", "cs.CV")) == {RESNEST, EFFNET}
    assert set(ids(cli, "list", "-c", "cs.CL", "-c", "stat.ML")) == {LITE, DACL}
    assert set(ids(cli, "list", "--category", "cs.LG")) == {LITE, DACL, EFFNET}  # secondary categories too
    assert set(ids(cli, "list", "--category", "cs")) == {LITE, DACL, RESNEST, EFFNET}


def test_author_filter_is_a_case_blind_substring(cli: Callable[..., Run]) -> None:
    assert set(ids(cli, "list", "--author", "quoc")) == {DACL, EFFNET}
    assert ids(cli, "list", "-a", "Song Han") == [LITE]
    assert ids(cli, "list", "--author", "100%_") == []  # LIKE wildcards are literal


def test_since_and_until_use_publication_dates_and_arxiv_months(cli: Callable[..., Run]) -> None:
    assert set(ids(cli, "list", "--since", "2021")) >= {EFFNET}
    assert DACL not in ids(cli, "list", "--since", "2021")
    in_april = set(ids(cli, "list", "--since", "2020-04", "--until", "2020-04"))
    assert in_april >= {LITE, RESNEST, SUPCON}  # SupCon is not enriched: dated by its id
    assert DACL not in in_april
    assert ids(cli, "list", "--since", "2020-04-20", "--until", "2020-04-30") == [LITE]
    assert ids(cli, "list", "--until", "2019") == []


@pytest.mark.parametrize("bad", ["2020-13", "20", "April", "2020-04-32"])
def test_bad_dates_are_usage_errors(cli: Callable[..., Run], bad: str) -> None:
    result = cli("list", "--until", bad)
    assert result.exit_code == 2
    assert "--until" in result.stderr


def test_digest_filter_matches_part_of_the_name(cli: Callable[..., Run]) -> None:
    assert set(ids(cli, "list", "--digest", "zz_weekly")) == {LITE, DACL}
    assert set(ids(cli, "list", "-d", "000_146")) >= {LITE, SUPCON}
    assert ids(cli, "list", "--digest", "no-such-digest") == []


def test_unresolved_lists_papers_without_metadata(cli: Callable[..., Run]) -> None:
    unresolved = ids(cli, "list", "--unresolved")
    assert len(unresolved) == len(ids(cli, "list")) - 4  # all but the four with arXiv metadata
    assert not set(unresolved) & {LITE, DACL, RESNEST, EFFNET}


def test_starred_filter(cli: Callable[..., Run]) -> None:
    cli("star", RESNEST)
    assert ids(cli, "list", "--starred") == [RESNEST]


def test_min_mentions_keeps_papers_several_digests_agree_on(cli: Callable[..., Run]) -> None:
    assert set(keys(cli, "list", "--min-mentions", "2")) == {LITE, DACL, MULTI_VIEW}
    assert ids(cli, "list", "--min-mentions", "3") == []
    assert cli("list", "--min-mentions", "-1").exit_code == 2


def test_filters_combine(cli: Callable[..., Run]) -> None:
    cli("tag", LITE, EFFNET, "+efficient")
    assert ids(cli, "list", "--tag", "efficient", "--category", "cs.CV", "--since", "2021") == [EFFNET]


def test_sort_orders(cli: Callable[..., Run]) -> None:
    published = ids(cli, "list", "--sort", "published")
    assert published.index(EFFNET) < published.index(DACL) < published.index(LITE) < published.index(RESNEST)
    titles = json.loads(cli("list", "--sort", "title", "--unresolved", "-f", "json").stdout)
    shown = [paper["title"] or f"arXiv:{paper['arxiv_id']}" for paper in titles]
    assert shown == sorted(shown, key=str.casefold)
    assert set(ids(cli, "list", "--sort", "mentions")[:2]) == {LITE, DACL}
    added = json.loads(cli("list", "--sort", "added", "-f", "json").stdout)
    assert [paper["added"] for paper in added] == sorted((paper["added"] for paper in added), reverse=True)


def test_limit(cli: Callable[..., Run]) -> None:
    assert len(ids(cli, "list", "--limit", "3")) == 3
    assert cli("list", "--limit", "0").exit_code == 2


def test_sort_relevance_on_a_list_is_the_next_ranking(cli: Callable[..., Run]) -> None:
    cli("mark", RESNEST, "reading")
    cli("star", EFFNET)
    ranked = ids(cli, "list", "--sort", "relevance")
    assert ranked[:4] == [RESNEST, EFFNET, DACL, LITE]


def test_next_ranks_reading_then_starred_then_agreement_then_newest(cli: Callable[..., Run]) -> None:
    cli("mark", RESNEST, "reading")
    cli("star", EFFNET)
    cli("mark", SUPCON, "read")
    ranked = ids(cli, "next", "--limit", "50")
    assert ranked[:4] == [RESNEST, EFFNET, DACL, LITE]  # DACL (2020-11) is newer than LITE (2020-04)
    assert SUPCON not in ranked  # read papers are done
    ranked_papers = json.loads(cli("next", "-n", "50", "-f", "json").stdout)
    # then the other paper two digests agree on (undated: named by its title alone in one of them)
    assert ranked_papers[4]["openreview_id"] == MULTI_VIEW
    rest = ranked_papers[5:]
    assert all(paper["status"] == "unread" and paper["digest_count"] == 1 for paper in rest)
    assert ranked.index(EFFNET) < ranked.index("2102.05918") < ranked.index("2006.14536")  # newest first


def test_next_shows_why_and_defaults_to_ten(cli: Callable[..., Run]) -> None:
    cli("mark", RESNEST, "reading")
    result = cli("next")
    assert result.exit_code == 0
    assert "Why now" in result.stdout
    assert "reading" in result.stdout
    assert "2 digests" in result.stdout
    assert len(ids(cli, "next")) == 10


def test_next_takes_the_list_filters(cli: Callable[..., Run]) -> None:
    assert ids(cli, "next", "--category", "cs.CV") == [EFFNET, RESNEST]
    cli("mark", RESNEST, "read")
    assert ids(cli, "next", "--status", "read") == [RESNEST]


def test_next_when_everything_is_read(cli: Callable[..., Run]) -> None:
    cli("mark", EFFNET, RESNEST, "read")
    result = cli("next", "--category", "cs.CV")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "Nothing left to read" in result.stderr


def test_empty_result_is_a_success_with_a_message(cli: Callable[..., Run]) -> None:
    result = cli("list", "--tag", "nothing")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No papers match" in result.stderr


@pytest.mark.parametrize("view", [("list",), ("next",)])
def test_jsonl_is_one_paper_a_line(cli: Callable[..., Run], view: tuple[str, ...]) -> None:
    result = cli(*view, "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert lines
    assert [json.loads(line)["id"] for line in lines] == [
        paper["id"] for paper in json.loads(cli(*view, "--format", "json").stdout)
    ]


def test_csv_has_a_header_and_one_row_a_paper(cli: Callable[..., Run]) -> None:
    cli("tag", LITE, "+nlp", "+mobile")
    cli("note", LITE, 'says "hi", with a comma\nand a second line')
    result = cli("list", "--format", "csv", "--sort", "published")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(ids(cli, "list"))
    lite = next(row for row in rows if row["arxiv_id"] == LITE)
    assert lite["title"] == "Lite Transformer with Long-Short Range Attention"
    assert lite["authors"].split("; ")[0] == "Zhanghao Wu"
    assert lite["tags"] == "mobile nlp"
    assert lite["note"] == 'says "hi", with a comma\nand a second line'
    assert lite["url"] == "https://arxiv.org/abs/2004.11886"
    assert lite["starred"] == "false"


def test_csv_of_nothing_is_just_the_header(cli: Callable[..., Run]) -> None:
    result = cli("list", "--tag", "nothing", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("id,arxiv_id,")
    assert len(result.stdout.splitlines()) == 1


def test_markdown_table_links_titles(cli: Callable[..., Run]) -> None:
    result = cli("list", "--format", "md", "--category", "cs.CL")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| ID | Title |")
    assert lines[1].startswith("| --- |")
    assert (
        "[Lite Transformer with Long-Short Range Attention](<https://arxiv.org/abs/2004.11886>)" in lines[2]
    )
    assert len(lines) == 3


def test_piped_table_has_no_colour_even_without_no_color(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    cli("star", LITE)
    result = cli("list")
    assert "\x1b[" not in result.stdout
    assert "★ Lite Transformer" in result.stdout
