"""`paperlist search`: ranking, field prefixes, user input that can never break the query, snippets, formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

LITE, DACL, RESNEST, EFFNET = "2004.11886", "2011.04419", "2004.08955", "2104.00298"
SUPCON = "2004.11362"
ODD = "2101.00001"  # a paper whose title is made of FTS syntax

ODD_DIGEST = """Odd titles

NEAR Duplicates AND/OR (Not) "Quoted" Trees: C* -minus ^caret https://arxiv.org/abs/2101.00001
一篇标题全是查询语法的论文,用来测试搜索不会出错。
"""


@pytest.fixture(autouse=True)
def odd_library(library: Path, cli: Callable[..., Run], tmp_path: Path) -> Path:
    odd = tmp_path / "odd.md"
    odd.write_text(ODD_DIGEST, encoding="utf-8")
    assert cli("ingest", str(odd), "--offline").exit_code == 0
    return library


def hits(cli: Callable[..., Run], *args: str) -> list[dict[str, object]]:
    result = cli("search", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert isinstance(found, list)
    return found


def found(cli: Callable[..., Run], *args: str) -> list[object]:
    return [hit["arxiv_id"] for hit in hits(cli, *args)]


@pytest.mark.parametrize(
    "query",
    [
        "NEAR",
        "AND",
        "OR",
        "Not",
        "(Not)",
        '"Quoted"',
        "Quoted",
        "Trees:",
        "C*",
        "^caret",
        "AND/OR",
        "NEAR Duplicates",
        "NEAR(Duplicates)",
        '"NEAR Duplicates"',
        "title:NEAR",
        "title:(Not)",
        '"Quoted',
        'Trees" OR "Quoted',
    ],
)
def test_fts_syntax_is_searched_for_as_text(cli: Callable[..., Run], query: str) -> None:
    result = hits(cli, query)
    assert result, query
    ranked = [hit["arxiv_id"] for hit in result]
    if query == "AND":  # also an English word: the seed titles with "and" in them match as well
        assert ODD in ranked, query
    else:
        assert ranked[0] == ODD, query


def test_a_word_starting_with_a_dash_goes_after_double_dash(cli: Callable[..., Run]) -> None:
    assert found(cli, "--", "-minus") == [ODD]
    result = cli("search", "-minus")
    assert result.exit_code == 2  # an unknown option, said plainly by the command line parser
    assert "-m" in result.stderr or "-minus" in result.stderr


@pytest.mark.parametrize("query", ["*", "()", ":", '""', "- -", "author:*", "^"])
def test_nothing_to_search_for_is_a_usage_error(cli: Callable[..., Run], query: str) -> None:
    result = cli("search", "--", query)
    assert result.exit_code == 2
    assert "nothing to search for" in result.stderr
    assert "Traceback" not in result.stderr


def test_title_matches_rank_above_digest_matches(cli: Callable[..., Run]) -> None:
    ranked = hits(cli, "contrastive")
    fields = [hit["match"]["field"] for hit in ranked]
    in_title = fields.count("title")
    assert fields[:in_title] == ["title"] * in_title  # every title match before any other
    assert {DACL, SUPCON} <= {hit["arxiv_id"] for hit in ranked[:in_title]}
    scores = [hit["score"] for hit in ranked]
    assert scores == sorted(scores)


def test_all_words_must_match(cli: Callable[..., Run]) -> None:
    assert found(cli, "transformer", "mobile") == [LITE]
    assert found(cli, "transformer", "zyzzyva") == []


@pytest.mark.parametrize(
    ("query", "expected", "field"),
    [
        ("title:efficientnetv2", EFFNET, "title"),
        ("author:kawaguchi", DACL, "authors"),
        ("au:tan", EFFNET, "authors"),
        ("abstract:modularized", RESNEST, "abstract"),
        ("abs:ubiquitous", LITE, "abstract"),
        ("digest:领域无关", DACL, "digest"),
    ],
)
def test_field_prefixes(cli: Callable[..., Run], query: str, expected: str, field: str) -> None:
    result = hits(cli, query)
    assert [hit["arxiv_id"] for hit in result] == [expected]
    match = result[0]["match"]
    assert isinstance(match, dict)
    assert match["field"] == field


def test_a_prefix_restricts_the_word_to_its_field(cli: Callable[..., Run]) -> None:
    assert LITE in found(cli, "transformer")
    assert found(cli, "author:transformer") == []


def test_notes_and_tags_are_found_and_shown_as_the_reason(cli: Callable[..., Run]) -> None:
    cli("note", RESNEST, "compare with the squeeze-excitation block")
    cli("tag", EFFNET, "+toread")
    note_hits = hits(cli, "squeeze")
    assert [hit["arxiv_id"] for hit in note_hits] == [RESNEST]
    assert note_hits[0]["match"] == {
        "field": "note",
        "snippet": "compare with the squeeze-excitation block",
        "spans": [[17, 24]],
    }
    assert found(cli, "note:squeeze") == [RESNEST]
    assert found(cli, "tag:toread") == [EFFNET]
    assert found(cli, "toread") == [EFFNET]


@pytest.mark.parametrize(
    "query",
    ["卷积", "对比学习", "轻量级的Transformer", "领域无关的对比学习", "移动端的高效Transformer,又一次被推荐"],
)
def test_chinese_queries_of_any_length(cli: Callable[..., Run], query: str) -> None:
    result = hits(cli, query)
    assert result, query
    for hit in result:
        match = hit["match"]
        assert isinstance(match, dict)
        snippet = match["snippet"]
        assert isinstance(snippet, str)
        assert any(snippet[a:b] for a, b in match["spans"])


def test_spans_point_at_the_matched_words(cli: Callable[..., Run]) -> None:
    for hit in hits(cli, "attention"):
        match = hit["match"]
        assert isinstance(match, dict)
        for start, end in match["spans"]:
            assert match["snippet"][start:end].lower().startswith("attention")


def test_table_marks_matches_visibly_without_colour(cli: Callable[..., Run]) -> None:
    result = cli("search", "efficientnetv2")
    assert result.exit_code == 0
    assert "«EfficientNetV2»" in result.stdout
    assert "\x1b[" not in result.stdout


def test_search_takes_the_list_filters(cli: Callable[..., Run]) -> None:
    assert set(found(cli, "attention")) >= {LITE, RESNEST}
    assert found(cli, "attention", "--category", "cs.CV") == [RESNEST]
    cli("mark", LITE, "read")
    assert found(cli, "attention", "--status", "read") == [LITE]
    assert found(cli, "attention", "--since", "2020-04-20", "--until", "2020-04-30") == [LITE]
    agreed = hits(cli, "contrastive", "--min-mentions", "2")
    # DACL, and the multi-view paper (OpenReview in 001, by title in 003) whose summary says "contrastive"
    assert [hit["arxiv_id"] or hit["openreview_id"] for hit in agreed] == [DACL, "-bdp_8Itjwp"]
    assert found(cli, "contrastive", "--digest", "zz_weekly") == [DACL]
    assert found(cli, "contrastive", "--author", "verma") == [DACL]
    cli("star", SUPCON)
    assert found(cli, "contrastive", "--starred") == [SUPCON]
    unresolved = found(cli, "contrastive", "--unresolved")
    assert SUPCON in unresolved
    assert DACL not in unresolved
    cli("tag", DACL, "+x")
    assert found(cli, "contrastive", "--tag", "x") == [DACL]


def test_sort_and_limit(cli: Callable[..., Run]) -> None:
    by_date = found(cli, "contrastive", "--sort", "published")
    assert by_date.index(DACL) < by_date.index(SUPCON)
    assert len(found(cli, "attention", "--limit", "1")) == 1


def test_jsonl_csv_and_markdown(cli: Callable[..., Run]) -> None:
    lines = cli("search", "contrastive", "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["arxiv_id"] for line in lines] == found(cli, "contrastive")
    rows = list(csv.DictReader(io.StringIO(cli("search", "efficientnetv2", "-f", "csv").stdout)))
    assert rows[0]["rank"] == "1"
    assert rows[0]["arxiv_id"] == EFFNET
    assert rows[0]["match_field"] == "title"
    assert "«EfficientNetV2»" in rows[0]["match"]
    markdown = cli("search", "efficientnetv2", "-f", "md").stdout
    assert markdown.startswith("| ID | Title | Matched in | Where it matches |")
    assert "«EfficientNetV2»" in markdown


def test_no_match_is_a_success_with_a_message(cli: Callable[..., Run]) -> None:
    result = cli("search", "zyzzyva")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No papers match 'zyzzyva'" in result.stderr
    assert json.loads(cli("search", "zyzzyva", "-f", "json").stdout) == []


def test_latin_words_inside_chinese_text_are_marked_alone(cli: Callable[..., Run]) -> None:
    for hit in hits(cli, "transformer"):
        match = hit["match"]
        assert isinstance(match, dict)
        for start, end in match["spans"]:
            assert match["snippet"][start:end].lower().startswith("transformer")
            assert match["snippet"][start:end].isascii()


def test_a_match_near_the_end_of_a_long_summary_is_in_the_first_lines_of_the_table(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    filler = "这一段文字只是用来把摘要拉长的背景介绍,与查询无关。" * 12
    digest = tmp_path / "long.md"
    digest.write_text(
        "## A Paper With A Long Summary\n\n论文链接: https://arxiv.org/abs/2102.00002\n\n"
        f"{filler}最后才提到萃取法。\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(digest), "--offline").exit_code == 0
    (hit,) = hits(cli, "萃取法")
    start, _ = hit["match"]["spans"][0]  # type: ignore[index]
    assert start <= 160 // 3 + 1  # the match opens the excerpt's first third, not its last line
    table = cli("search", "萃取法").stdout
    assert "«萃取法»" in "".join(table.split())  # in the lines the table shows (marked: no colour in tests)
