"""`paperlist remove`, `restore`, `remove --purge` and `list --removed`, through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Run

Cli = Callable[..., Run]


def ids(cli: Cli, *args: str) -> list[str | None]:
    result = cli("list", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    listed: list[dict[str, Any]] = json.loads(result.stdout)
    return [paper["arxiv_id"] for paper in listed]


def test_removed_papers_leave_every_view_and_export(cli: Cli, library: Path) -> None:
    result = cli("remove", "2004.11886", "2011.04419")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("removed") == 2
    assert "2004.11886" not in ids(cli)
    assert "2004.11886" not in cli("next", "--format", "csv", "-n", "100").stdout
    assert "Lite Transformer" not in cli("search", "transformer", "--format", "csv").stdout
    assert "wu2020lite" not in cli("export").stdout
    assert json.loads(cli("stats", "--format", "json").stdout)["papers"] == 36  # of 38
    assert sorted(ids(cli, "--removed")) == ["2004.11886", "2011.04419"]
    shown = cli("show", "2004.11886")  # named by id, a removed paper is still shown
    assert shown.exit_code == 0
    assert "paperlist restore" in shown.stdout


def test_restore_brings_them_back(cli: Cli, library: Path) -> None:
    cli("remove", "2004.11886")
    result = cli("restore", "2004.11886")
    assert result.exit_code == 0, result.stderr
    assert "restored" in result.stderr
    assert "2004.11886" in ids(cli)
    assert ids(cli, "--removed") == []
    again = cli("restore", "2004.11886")
    assert "was not removed" in again.stderr


def test_a_reingest_does_not_bring_a_removed_paper_back(cli: Cli, library: Path) -> None:
    cli("remove", "2004.11886")
    digest = library / "zz_weekly.md"
    digest.write_text(
        digest.read_text(encoding="utf-8") + "\nAgain https://arxiv.org/abs/2004.11886\n", "utf-8"
    )
    result = cli("ingest", str(library), "--offline")
    assert result.exit_code == 0, result.stderr
    assert "2004.11886" not in ids(cli)
    assert "2004.11886" in ids(cli, "--removed")
    # A changed digest that no longer names it does not delete it either: it stays removed.
    digest.write_text("Nothing of the kind any more.\n1. Other https://arxiv.org/abs/2106.09685\n", "utf-8")
    cli("ingest", str(library), "--offline")
    assert "2004.11886" in ids(cli, "--removed")


def test_remove_with_an_unknown_id_changes_nothing(cli: Cli, library: Path) -> None:
    result = cli("remove", "2004.11886", "9999")
    assert result.exit_code == 4
    assert "'9999'" in result.stderr
    assert "nothing was changed" in result.stderr
    assert ids(cli, "--removed") == []


def test_remove_without_ids_is_a_usage_error(cli: Cli, library: Path) -> None:
    result = cli("remove")
    assert result.exit_code == 2
    assert "give the ids" in result.stderr


def test_purge_says_what_goes_and_needs_a_yes(cli: Cli, library: Path) -> None:
    cli("remove", "2004.11886")
    cli("note", "2004.11886", "mine")
    refused = cli("remove", "--purge", input="n\n")
    assert refused.exit_code == 2
    assert "will be deleted for good" in refused.stderr
    assert "Lite Transformer" in refused.stderr
    assert "your status, notes, stars, tags or edits on 1 paper" in refused.stderr
    assert "nothing was deleted" in refused.stderr
    assert ids(cli, "--removed") == ["2004.11886"]
    no_answer = cli("remove", "--purge", input="")
    assert no_answer.exit_code == 2
    assert ids(cli, "--removed") == ["2004.11886"]
    confirmed = cli("remove", "--purge", input="y\n")
    assert confirmed.exit_code == 0, confirmed.stderr
    assert "Deleted 1 paper for good" in confirmed.stderr
    assert ids(cli, "--removed") == []
    gone = cli("show", "2004.11886")
    assert gone.exit_code == 4


def test_purge_by_id_with_yes(cli: Cli, library: Path) -> None:
    before = len(ids(cli))
    result = cli("remove", "--purge", "--yes", "2011.04419", "2004.11886")
    assert result.exit_code == 0, result.stderr
    assert "Deleted 2 papers for good" in result.stderr
    assert len(ids(cli)) == before - 2
    history = cli("history", "--format", "json")
    (purge,) = [change for change in json.loads(history.stdout) if change["action"] == "purge"]
    assert purge["undoable"] is False
    assert {paper["title"] for paper in purge["papers"]} >= {
        "Lite Transformer with Long-Short Range Attention"
    }


def test_purge_with_nothing_removed_says_so(cli: Cli, library: Path) -> None:
    result = cli("remove", "--purge", "--yes")
    assert result.exit_code == 0
    assert "Nothing to purge" in result.stderr


def test_a_search_page_is_full_after_its_best_hit_is_removed(cli: Cli, library: Path) -> None:
    ranked = json.loads(cli("search", "transformer", "--format", "json").stdout)
    assert len(ranked) >= 3
    cli("remove", str(ranked[0]["id"]))
    page = json.loads(cli("search", "transformer", "--format", "json", "-n", "2").stdout)
    assert [hit["id"] for hit in page] == [hit["id"] for hit in ranked[1:3]]
