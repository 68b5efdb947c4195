"""`paperlist mark`, `tag`, `note`, `star`, `unstar`: the user's own state, all-or-nothing, kept apart."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

LITE = "2004.11886"  # Lite Transformer
CONTRASTIVE = "2011.04419"  # Towards Domain-Agnostic Contrastive Learning


@pytest.fixture
def ingested(cli: Callable[..., Run], seeds: Path) -> Path:
    assert cli("ingest", str(seeds), "--offline").exit_code == 0
    return seeds


def paper(cli: Callable[..., Run], ref: str) -> dict[str, object]:
    result = cli("show", ref, "--format", "json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert isinstance(found, dict)
    return found


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.mark.usefixtures("ingested")
def test_mark_sets_status_and_read_date_for_several_ids_in_any_form(cli: Callable[..., Run]) -> None:
    own_id = str(paper(cli, CONTRASTIVE)["id"])
    result = cli("mark", f"https://arxiv.org/abs/{LITE}v2", own_id, "read")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("marked read") == 2
    for ref in (LITE, CONTRASTIVE):
        state = paper(cli, ref)
        assert state["status"] == "read"
        assert isinstance(state["read_at"], str)
        assert state["read_at"][:2] == "20"


@pytest.mark.usefixtures("ingested")
def test_marking_read_twice_keeps_the_first_date_and_unread_clears_it(cli: Callable[..., Run]) -> None:
    cli("mark", LITE, "read")
    first = paper(cli, LITE)["read_at"]
    again = cli("mark", LITE, "read")
    assert "already read" in again.stderr
    assert paper(cli, LITE)["read_at"] == first
    cli("mark", LITE, "unread")
    assert paper(cli, LITE)["read_at"] is None
    assert paper(cli, LITE)["status"] == "unread"


@pytest.mark.usefixtures("ingested")
@pytest.mark.parametrize("status", ["unread", "reading", "read", "skipped", "READ"])
def test_every_status_is_accepted(cli: Callable[..., Run], status: str) -> None:
    assert cli("mark", LITE, status).exit_code == 0
    assert paper(cli, LITE)["status"] == status.lower()


@pytest.mark.usefixtures("ingested")
def test_status_may_come_first(cli: Callable[..., Run]) -> None:
    assert cli("mark", "reading", LITE, CONTRASTIVE).exit_code == 0
    assert paper(cli, CONTRASTIVE)["status"] == "reading"


@pytest.mark.usefixtures("ingested")
def test_bad_status_is_a_usage_error_naming_it(cli: Callable[..., Run], isolated: Path) -> None:
    before = dump(isolated)
    result = cli("mark", LITE, "redd")
    assert result.exit_code == 2
    assert "'redd' is not a reading status" in result.stderr
    assert "unread, reading, read, skipped" in result.stderr
    assert dump(isolated) == before


def test_mark_without_a_status_says_what_to_give(cli: Callable[..., Run]) -> None:
    result = cli("mark", LITE)
    assert result.exit_code == 2
    assert "paper ids and a status" in result.stderr


@pytest.mark.usefixtures("ingested")
@pytest.mark.parametrize(
    "command",
    [
        ("mark", LITE, "1706.03762", "read"),
        ("tag", LITE, "1706.03762", "+nlp"),
        ("star", LITE, "1706.03762"),
        ("unstar", LITE, "1706.03762"),
        ("note", "1706.03762", "text"),
    ],
)
def test_one_unknown_id_changes_nothing_for_any(
    cli: Callable[..., Run], isolated: Path, command: tuple[str, ...]
) -> None:
    if command[0] == "unstar":
        cli("star", LITE)
    before = dump(isolated)
    result = cli(*command)
    assert result.exit_code == 4
    assert "1706.03762" in result.stderr
    assert "nothing was changed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump(isolated) == before


@pytest.mark.usefixtures("ingested")
def test_malformed_id_is_a_usage_error(cli: Callable[..., Run]) -> None:
    result = cli("star", "not-an-id")
    assert result.exit_code == 2
    assert "not a paper id" in result.stderr


@pytest.mark.usefixtures("ingested")
def test_tag_adds_and_removes_on_several_papers(cli: Callable[..., Run]) -> None:
    assert cli("tag", LITE, CONTRASTIVE, "+nlp", "todo", "+Efficient").exit_code == 0
    assert paper(cli, LITE)["tags"] == ["efficient", "nlp", "todo"]  # stored lower-case, sorted
    result = cli("tag", LITE, "-todo", "+中文")
    assert result.exit_code == 0, result.stderr
    assert paper(cli, LITE)["tags"] == ["efficient", "nlp", "中文"]
    assert paper(cli, CONTRASTIVE)["tags"] == ["efficient", "nlp", "todo"]
    assert "tags unchanged" in cli("tag", LITE, "+nlp").stderr


@pytest.mark.usefixtures("ingested")
def test_tag_words_that_look_like_options_are_tags(cli: Callable[..., Run]) -> None:
    cli("tag", LITE, "+math", "+hot", "+todo")
    result = cli("tag", LITE, "-math", "-hot")  # -h inside -hot and -math is not --help here
    assert result.exit_code == 0, result.stderr
    assert paper(cli, LITE)["tags"] == ["todo"]
    assert cli("tag", LITE, "--", "-todo").exit_code == 0
    assert paper(cli, LITE)["tags"] == []


@pytest.mark.usefixtures("ingested")
@pytest.mark.parametrize("bad", ["two words", "+", "-", "+a:b", "+#x", "+" + "x" * 65, "+-x"])
def test_bad_tags_are_refused_with_the_rule(cli: Callable[..., Run], bad: str, isolated: Path) -> None:
    before = dump(isolated)
    result = cli("tag", LITE, "+ok", bad)
    assert result.exit_code == 2
    assert "not a valid tag" in result.stderr
    assert "letters and digits" in result.stderr
    assert dump(isolated) == before


@pytest.mark.usefixtures("ingested")
def test_tag_needs_an_id_and_a_change(cli: Callable[..., Run]) -> None:
    assert "at least one paper id" in cli("tag", "+nlp").stderr
    assert cli("tag", "+nlp").exit_code == 2
    assert "no tag to add or remove" in cli("tag", LITE).stderr
    assert "both added and removed" in cli("tag", LITE, "+x", "-x").stderr


@pytest.mark.usefixtures("ingested")
def test_an_id_shaped_tag_needs_its_plus(cli: Callable[..., Run]) -> None:
    assert cli("tag", LITE, "+2024").exit_code == 0
    assert paper(cli, LITE)["tags"] == ["2024"]


@pytest.mark.usefixtures("ingested")
def test_note_replace_append_and_clear(cli: Callable[..., Run]) -> None:
    assert cli("note", LITE, "convolution", "for", "local", "context").exit_code == 0
    assert paper(cli, LITE)["note"] == "convolution for local context"
    assert cli("note", LITE, "--append", "attention for long range").exit_code == 0
    assert paper(cli, LITE)["note"] == "convolution for local context\n\nattention for long range"
    result = cli("note", LITE, "")
    assert "note cleared" in result.stderr
    assert paper(cli, LITE)["note"] is None


@pytest.mark.usefixtures("ingested")
def test_note_from_stdin(cli: Callable[..., Run]) -> None:
    assert cli("note", LITE, "-", input="from a pipe\n").exit_code == 0
    assert paper(cli, LITE)["note"] == "from a pipe"


@pytest.mark.usefixtures("ingested")
def test_note_opens_the_editor_on_the_current_note(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("note", LITE, "first thoughts")
    seen = tmp_path / "seen.txt"
    editor = tmp_path / "editor.sh"
    editor.write_text(
        f'#!/bin/sh\ncp "$1" {seen}\nprintf "edited in the editor\\n" > "$1"\n', encoding="utf-8"
    )
    editor.chmod(0o755)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(editor))
    result = cli("note", LITE)
    assert result.exit_code == 0, result.stderr
    assert seen.read_text(encoding="utf-8").rstrip("\n") == "first thoughts"
    assert paper(cli, LITE)["note"] == "edited in the editor"


@pytest.mark.usefixtures("ingested")
def test_note_editor_closed_without_saving_changes_nothing(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("note", LITE, "keep me")
    monkeypatch.setenv("VISUAL", "true")  # exits without touching the file
    result = cli("note", LITE)
    assert result.exit_code == 0
    assert "unchanged" in result.stderr
    assert paper(cli, LITE)["note"] == "keep me"


@pytest.mark.usefixtures("ingested")
def test_note_without_text_or_editor_says_what_to_do(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    result = cli("note", LITE)
    assert result.exit_code == 2
    assert "set $EDITOR" in result.stderr


@pytest.mark.usefixtures("ingested")
def test_star_and_unstar(cli: Callable[..., Run]) -> None:
    assert cli("star", LITE, CONTRASTIVE).exit_code == 0
    assert paper(cli, LITE)["starred"] is True
    assert "already starred" in cli("star", LITE).stderr
    assert cli("unstar", LITE).exit_code == 0
    assert paper(cli, LITE)["starred"] is False
    assert paper(cli, CONTRASTIVE)["starred"] is True


@pytest.mark.usefixtures("ingested")
def test_notes_and_tags_are_searchable_at_once(cli: Callable[..., Run]) -> None:
    cli("note", LITE, "zebrafish 斑马鱼 reminder")
    cli("tag", CONTRASTIVE, "+mustread")
    for query, expected in (("zebrafish", LITE), ("斑马鱼", LITE), ("tag:mustread", CONTRASTIVE)):
        hits = json.loads(cli("search", query, "--format", "json").stdout)
        assert [hit["arxiv_id"] for hit in hits] == [expected], query
    cli("tag", CONTRASTIVE, "-mustread")
    cli("note", LITE, "")
    assert json.loads(cli("search", "zebrafish", "--format", "json").stdout) == []
    assert json.loads(cli("search", "tag:mustread", "--format", "json").stdout) == []


def test_reingesting_and_editing_digests_keep_the_users_state(cli: Callable[..., Run], seeds: Path) -> None:
    cli("ingest", str(seeds), "--offline")
    cli("mark", LITE, "reading")
    cli("tag", LITE, "+nlp")
    cli("note", LITE, "mine")
    cli("star", LITE)
    digest = seeds / "000_146ccdcc23f85c39.txt"
    digest.write_text(digest.read_text(encoding="utf-8") + "\nmore words\n", encoding="utf-8")
    assert "1 changed" in cli("ingest", str(seeds), "--offline").stderr
    state = paper(cli, LITE)
    assert (state["status"], state["tags"], state["note"], state["starred"]) == (
        "reading",
        ["nlp"],
        "mine",
        True,
    )


@pytest.mark.usefixtures("empty_library")
def test_state_commands_on_an_empty_list_are_not_found(cli: Callable[..., Run]) -> None:
    result = cli("mark", LITE, "read")
    assert result.exit_code == 4
    assert LITE in result.stderr
