"""`paperlist undo` and `history`: every change the user makes can be reverted, newest first."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run

Cli = Callable[..., Run]


def paper(cli: Cli, ref: str) -> dict[str, Any]:
    result = cli("show", ref, "--format", "json")
    assert result.exit_code == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def user_part(shown: dict[str, Any]) -> dict[str, Any]:
    names = (
        "status",
        "tags",
        "note",
        "starred",
        "read_at",
        "removed_at",
        "edits",
        "title",
        "authors",
        "resolution",
    )
    return {name: shown[name] for name in names}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (("mark", "2004.11886", "read"), "marked read"),
        (("tag", "2004.11886", "+nlp", "+thesis"), "tagged +nlp +thesis"),
        (("note", "2004.11886", "a thought"), "note saved"),
        (("star", "2004.11886"), "starred"),
        (("remove", "2004.11886"), "removed"),
        (("edit", "2004.11886", "--title", "Lite", "--year", "2021"), "edited title, year"),
        (("resolve", "2004.11886", "--none", "--offline"), "resolved: no arXiv version"),
    ],
)
def test_undo_reverts_the_last_change_and_says_what(
    cli: Cli, library: Path, change: tuple[str, ...], said: str
) -> None:
    cli("tag", "2004.11886", "+kept")  # an earlier change, which stays
    before = user_part(paper(cli, "1"))
    done = cli(*change)
    assert done.exit_code == 0, done.stderr
    assert user_part(paper(cli, "1")) != before
    undone = cli("undo")
    assert undone.exit_code == 0, undone.stderr
    assert said in undone.stderr
    assert "Lite Transformer with Long-Short Range Attention" in undone.stderr
    assert user_part(paper(cli, "1")) == before


def test_undo_walks_back_through_history_then_says_nothing_is_left(cli: Cli, library: Path) -> None:
    before = user_part(paper(cli, "1"))
    cli("mark", "2004.11886", "reading")
    cli("tag", "2004.11886", "+nlp")
    cli("star", "2004.11886")
    for said in ("starred", "tagged +nlp", "marked reading"):
        assert said in cli("undo").stderr
    assert user_part(paper(cli, "1")) == before
    nothing = cli("undo")
    assert nothing.exit_code == 2
    assert "nothing to undo" in nothing.stderr


def test_undo_with_an_empty_journal(cli: Cli, library: Path) -> None:
    result = cli("undo")
    assert result.exit_code == 2
    assert "nothing to undo" in result.stderr


def test_unchanged_commands_are_not_journaled(cli: Cli, library: Path) -> None:
    cli("mark", "2004.11886", "unread")  # already unread
    assert json.loads(cli("history", "--format", "json").stdout) == []


def test_undo_of_a_merge_gives_both_papers_back(cli: Cli, library: Path) -> None:
    listed = json.loads(cli("list", "--format", "json").stdout)
    title_only = next(p for p in listed if not p["arxiv_id"] and not p["openreview_id"])
    other = str(title_only["id"])
    first, second = paper(cli, "2004.11886"), paper(cli, other)
    cli("note", other, "on the second")
    merged = cli("merge", "2004.11886", other)
    assert merged.exit_code == 0, merged.stderr
    assert cli("show", other).exit_code == 4
    assert len(paper(cli, "2004.11886")["mentions"]) == len(first["mentions"]) + len(second["mentions"])
    cli("undo")  # the merge
    cli("undo")  # the note
    assert paper(cli, "2004.11886")["mentions"] == first["mentions"]
    again = paper(cli, other)
    assert (again["id"], again["mentions"], again["digest_count"]) == (
        second["id"],
        second["mentions"],
        second["digest_count"],
    )
    assert again["note"] is None


def test_undo_of_an_add_takes_the_new_papers_out(cli: Cli, library: Path) -> None:
    count = len(json.loads(cli("list", "--format", "json").stdout))
    cli("add", "2106.09685", "2004.11886", "--tag", "new", "--offline")
    assert len(json.loads(cli("list", "--format", "json").stdout)) == count + 1
    result = cli("undo")
    assert "added by hand" in result.stderr
    assert len(json.loads(cli("list", "--format", "json").stdout)) == count
    assert paper(cli, "2004.11886")["tags"] == []


def test_history_lists_changes_newest_first_with_undone_ones(cli: Cli, library: Path) -> None:
    cli("mark", "2004.11886", "read")
    cli("tag", "2011.04419", "+nlp")
    cli("undo")
    table = cli("history")
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert "tagged +nlp" in lines[1]
    assert "(undone" in lines[2]
    assert "marked read" in table.stdout
    assert "Lite Transformer" in table.stdout
    changes = json.loads(cli("history", "--format", "json").stdout)
    assert [change["action"] for change in changes] == ["tag", "mark"]
    assert changes[0]["undone_at"] is not None
    assert changes[0]["undoable"] is False
    assert changes[1]["papers"][0]["id"] == 1
    only = json.loads(cli("history", "2011.04419", "--format", "json").stdout)
    assert [change["action"] for change in only] == ["tag"]
    assert len(json.loads(cli("history", "-n", "1", "--format", "json").stdout)) == 1


def test_history_when_nothing_changed_yet(cli: Cli, library: Path) -> None:
    result = cli("history")
    assert result.exit_code == 0
    assert "No changes yet" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ("restore", "9999"),
        ("remove", "9999"),
        ("remove", "--purge", "--yes", "9999"),
        ("edit", "9999", "--year", "2020"),
        ("merge", "1", "9999"),
        ("resolve", "9999", "--none", "--offline"),
        ("refresh", "9999", "--dry-run"),
        ("history", "9999"),
        ("export", "9999"),
    ],
)
def test_an_unknown_id_is_named_and_changes_nothing(
    cli: Cli, library: Path, command: tuple[str, ...]
) -> None:
    result = cli(*command)
    assert result.exit_code == 4, result.stderr
    assert "'9999'" in result.stderr
    assert json.loads(cli("history", "--format", "json").stdout) == []
