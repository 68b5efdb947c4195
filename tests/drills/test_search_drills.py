"""Search-and-state drill (second round): what a user types to find a paper finds it, whatever the script,
the width of its characters or the case of a tag; the field shown is the field that matched; a tag or title
match ranks above an abstract match; a query too long to be a query is refused in one line.

In-process through the CLI (typer's CliRunner) on the seeds with metadata for four papers (the `library`
fixture); each test names the item of the second round of attacks it covers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run, enrich

LITE, DACL, RESNEST, EFFNET = "2004.11886", "2011.04419", "2004.08955", "2104.00298"


def hits(cli: Callable[..., Run], *query: str) -> list[dict[str, object]]:
    result = cli("search", "--format", "json", "--", *query)
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert isinstance(found, list)
    return found


def ids(cli: Callable[..., Run], *query: str) -> list[object]:
    return [hit["arxiv_id"] for hit in hits(cli, *query)]


def field(hit: dict[str, object]) -> object:
    match = hit["match"]
    assert isinstance(match, dict)
    return match["field"]


# -- 16. Chinese names and tags, phrases after a field prefix, tag case, full-width forms ---------------------


@pytest.mark.usefixtures("library")
def test_chinese_tags_of_any_length_are_found(cli: Callable[..., Run]) -> None:
    """Item 16: `tag 1 +机器学习; search tag:机器学习` found nothing (tags of three characters or more)."""
    assert cli("tag", LITE, "+机器学习", "+图神经网络模型").exit_code == 0
    for query in ("tag:机器学习", "tag:学习", "tag:图神经网络模型", "tag:神经网络"):
        found = hits(cli, query)
        assert [hit["arxiv_id"] for hit in found] == [LITE], query
        assert field(found[0]) == "tags", query
    found = hits(cli, "机器学习")  # the digests' words speak of it too: the tagged paper first
    assert found[0]["arxiv_id"] == LITE
    assert field(found[0]) == "tags"


def test_chinese_author_names_are_found_by_any_part(
    cli: Callable[..., Run], library: Path, isolated: Path
) -> None:
    """Item 16: author 王小明 was found neither by `王小明` nor by `小明`."""
    enrich(isolated, DACL, {"authors": ["王小明", "欧阳娜娜", "Quoc V. Le"]})
    for query in ("王小明", "小明", "author:小明", "author:欧阳娜娜", "au:阳娜"):
        found = hits(cli, query)
        assert [hit["arxiv_id"] for hit in found] == [DACL], query
        assert field(found[0]) == "authors", query


@pytest.mark.usefixtures("library")
def test_a_field_prefix_takes_a_quoted_phrase(cli: Callable[..., Run]) -> None:
    """Item 16: `search 'title:"lite transformer"'` and `author:"song han"` found nothing."""
    found = hits(cli, 'title:"lite transformer"')
    assert [hit["arxiv_id"] for hit in found] == [LITE]
    assert field(found[0]) == "title"
    found = hits(cli, 'author:"song han"')
    assert [hit["arxiv_id"] for hit in found] == [LITE]
    assert field(found[0]) == "authors"
    assert ids(cli, 'title:"transformer lite"') == []  # still a phrase: in this order


@pytest.mark.usefixtures("library")
def test_tags_compare_without_case_or_width(cli: Callable[..., Run]) -> None:
    """Item 16: `list --tag NLP` missed a tag stored as `nlp`; full-width tags and ids were not normalised."""
    assert cli("tag", LITE, "+nlp").exit_code == 0
    assert cli("tag", DACL, "+ＮＬＰ").exit_code == 0  # full-width letters: the same tag
    for tag in ("NLP", "nlp", "Nlp", "ＮＬＰ"):
        result = cli("list", "--tag", tag, "--format", "json")
        assert result.exit_code == 0, result.stderr
        assert sorted(paper["arxiv_id"] for paper in json.loads(result.stdout)) == sorted([LITE, DACL]), tag
    shown = cli("show", "２００４.１１８８６", "--format", "json")  # a full-width arXiv id
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["tags"] == ["nlp"]
    assert cli("mark", "ａｒＸｉｖ:２０１１.０４４１９", "read").exit_code == 0
    assert ids(cli, "ＮＬＰ") == ids(cli, "nlp")


def test_an_index_built_before_finds_chinese_names_and_tags_once_upgraded(
    cli: Callable[..., Run], library: Path, isolated: Path
) -> None:
    """Item 16: a library indexed by the earlier paperlist is indexed again when opened (migration
    m008_drills), and full-width tags stored then become the ordinary ones."""
    enrich(isolated, DACL, {"authors": ["王小明"]})
    assert cli("tag", LITE, "+机器学习").exit_code == 0
    conn = sqlite3.connect(isolated)
    # What the earlier paperlist stored: authors and tags indexed whole, a tag in full-width letters.
    conn.execute("INSERT INTO tags (paper_id, tag) SELECT paper_id, 'ｃｖ' FROM tags WHERE tag = '机器学习'")
    for paper_id, authors, tags in conn.execute(
        "SELECT p.id, p.authors, (SELECT group_concat(tag, ' ') FROM tags t WHERE t.paper_id = p.id)"
        " FROM papers p"
    ).fetchall():
        conn.execute(
            "UPDATE papers_fts SET authors = ?, tags = ? WHERE rowid = ?",
            (" ".join(json.loads(authors or "[]")), tags or "", paper_id),
        )
    conn.execute("PRAGMA user_version = 3")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_drills'")
    conn.commit()
    conn.close()
    assert ids(cli, "小明") == [DACL]
    assert ids(cli, "tag:学习") == [LITE]
    result = cli("list", "--tag", "cv", "--format", "json")
    assert [paper["tags"] for paper in json.loads(result.stdout)] == [["cv", "机器学习"]]


# -- papercut: the field shown is the field that matched; a tag or title match ranks first --------------------------


@pytest.mark.usefixtures("library")
def test_the_field_shown_is_the_field_the_query_matched(cli: Callable[..., Run]) -> None:
    """Issue 13 papercut: `search tag:robustness` and `search author:han title:transformer` said
    "Matched in: abstract"."""
    assert cli("note", RESNEST, "robustness of split attention: robustness matters").exit_code == 0
    assert cli("tag", RESNEST, "+robustness").exit_code == 0
    found = hits(cli, "tag:robustness")
    assert [(hit["arxiv_id"], field(hit)) for hit in found] == [(RESNEST, "tags")]
    found = hits(cli, "author:han", "title:transformer")
    assert [hit["arxiv_id"] for hit in found] == [LITE]
    assert field(found[0]) in {"title", "authors"}


def test_a_tag_or_title_match_ranks_above_an_abstract_match(
    cli: Callable[..., Run], library: Path, isolated: Path
) -> None:
    """Issue 13 papercut: however often an abstract repeats a word, a paper tagged with it (or titled with it)
    comes first."""
    word = "calibration"
    enrich(isolated, DACL, {"abstract": " ".join([f"{word} of contrastive learning"] * 6)})
    enrich(isolated, EFFNET, {"abstract": f"{word} {word} {word} under distribution shift."})
    assert cli("tag", RESNEST, f"+{word}").exit_code == 0
    found = hits(cli, word)
    assert [hit["arxiv_id"] for hit in found][:1] == [RESNEST]
    assert {field(hit) for hit in found[1:]} == {"abstract"}
    enrich(isolated, LITE, {"title": f"Lite Transformer {word}"})
    ranked = [hit["arxiv_id"] for hit in hits(cli, word)]
    assert set(ranked[:2]) == {RESNEST, LITE}
    assert set(ranked[2:]) == {DACL, EFFNET}
    limited = cli("search", word, "--limit", "1", "--format", "json")
    assert [hit["arxiv_id"] for hit in json.loads(limited.stdout)] == ranked[:1]


# -- 18. a query of thousands of words ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("library")
def test_a_query_of_thousands_of_words_is_refused_in_one_line(cli: Callable[..., Run]) -> None:
    """Item 18: a 5,000-word query took 11 s."""
    words = [f"word{n}" for n in range(5000)]
    result = cli("search", *words)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "5,000 words" in line
    assert "at most 200" in line
    phrase = cli("search", '"' + " ".join(words) + '"')  # one quoted phrase of 5,000 words too
    assert phrase.exit_code == 2
    assert cli("search", *words[:200]).exit_code == 0  # (nothing matches: said on stderr, exit 0)
