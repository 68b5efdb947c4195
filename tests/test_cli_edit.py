"""`paperlist edit`: the user's title, authors, year and venue, an override layer apart from fetched metadata."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import METADATA, Run, enrich

Cli = Callable[..., Run]


def paper(cli: Cli, ref: str = "2004.11886") -> dict[str, Any]:
    result = cli("show", ref, "--format", "json")
    assert result.exit_code == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """$EDITOR: a small program that rewrites the file it is given (as a person would, then saves)."""
    program = tmp_path / "fake_editor.py"
    program.write_text(
        "import pathlib, sys\npath = pathlib.Path(sys.argv[1])\ntext = path.read_text('utf-8')\n" + script,
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {program}")
    monkeypatch.delenv("VISUAL", raising=False)


def test_edit_one_field_is_shown_as_the_users_everywhere(cli: Cli, library: Path) -> None:
    result = cli(
        "edit", "2004.11886", "--title", "Lite Transformer for Mobile Devices", "--venue", "ICLR 2020"
    )
    assert result.exit_code == 0, result.stderr
    assert "edited title, venue" in result.stderr
    shown = paper(cli)
    assert shown["title"] == "Lite Transformer for Mobile Devices"
    assert shown["venue"] == "ICLR 2020"
    assert shown["edits"]["title"]["fetched"] == "Lite Transformer with Long-Short Range Attention"
    page = cli("show", "2004.11886").stdout
    assert "title: yours (fetched: Lite Transformer with Long-Short Range Attention)" in page
    assert "Lite Transformer for Mobile Devices" in cli("list").stdout
    assert "title = {Lite Transformer for Mobile Devices}" in cli("export", "2004.11886").stdout
    assert cli("search", "title:mobile", "--format", "json").stdout.count('"id": 1,') == 1


def test_edits_survive_re_enrichment(cli: Cli, library: Path, isolated: Path) -> None:
    cli("edit", "2004.11886", "--authors", "Zhanghao Wu; Song Han", "--year", "2021")
    enrich(isolated, "2004.11886", {**METADATA["2004.11886"], "title": "A New arXiv Title"})
    shown = paper(cli)
    assert shown["authors"] == ["Zhanghao Wu", "Song Han"]
    assert shown["title"] == "A New arXiv Title"  # not edited: the fetched value
    assert shown["edits"]["year"]["value"] == "2021"
    assert "year = {2021}" in cli("show", "2004.11886", "--format", "bibtex").stdout


def test_an_empty_value_goes_back_to_the_fetched_one(cli: Cli, library: Path) -> None:
    cli("edit", "2004.11886", "--title", "Mine")
    result = cli("edit", "2004.11886", "--title", "")
    assert result.exit_code == 0, result.stderr
    assert "title back to fetched" in result.stderr
    shown = paper(cli)
    assert shown["title"] == "Lite Transformer with Long-Short Range Attention"
    assert shown["edits"] == {}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "20x1"), "year '20x1' is not a year"),
        (("--year", "99999"), "is not a year"),
    ],
)
def test_a_bad_value_changes_nothing(cli: Cli, library: Path, args: tuple[str, ...], message: str) -> None:
    result = cli("edit", "2004.11886", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert paper(cli)["edits"] == {}


def test_edit_of_an_unknown_paper(cli: Cli, library: Path) -> None:
    result = cli("edit", "9999", "--title", "x")
    assert result.exit_code == 4
    assert "'9999'" in result.stderr


def test_edit_in_the_editor_as_toml(
    cli: Cli, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor(
        tmp_path,
        monkeypatch,
        "text = text.replace('Lite Transformer with', 'Lite Transformers with')\n"
        "text = text.replace('year = 2020', 'year = 2019')\n"
        "path.write_text(text, 'utf-8')\n",
    )
    result = cli("edit", "2004.11886")
    assert result.exit_code == 0, result.stderr
    shown = paper(cli)
    assert shown["title"] == "Lite Transformers with Long-Short Range Attention"
    assert shown["edits"]["year"]["value"] == "2019"
    assert set(shown["edits"]) == {"title", "year"}  # the fields left as they were are not edits


def test_a_file_that_does_not_parse_is_kept_and_named(
    cli: Cli, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated: Path
) -> None:
    editor(
        tmp_path,
        monkeypatch,
        "path.write_text(text.replace('title = \"', 'title = ') + '\\nmy words', 'utf-8')\n",
    )
    result = cli("edit", "2004.11886")
    assert result.exit_code == 2
    assert "is not valid TOML" in result.stderr
    kept = isolated.parent / "paperlist-edit-1.toml"
    assert str(kept) in result.stderr
    assert "my words" in kept.read_text(encoding="utf-8")
    assert paper(cli)["edits"] == {}
    # Fixed, the kept file is read with --file.
    kept.write_text('title = "Fixed Title"\nyear = 2020\n', encoding="utf-8")
    fixed = cli("edit", "2004.11886", "--file", str(kept))
    assert fixed.exit_code == 0, fixed.stderr
    assert paper(cli)["title"] == "Fixed Title"
    # A second failure does not overwrite the first file.
    again = cli("edit", "2004.11886")
    assert again.exit_code == 2
    assert "paperlist-edit-1-2.toml" in again.stderr


def test_closing_the_editor_without_saving_changes_nothing(
    cli: Cli, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor(tmp_path, monkeypatch, "")
    result = cli("edit", "2004.11886")
    assert result.exit_code == 0
    assert "Nothing changed" in result.stderr
    assert paper(cli)["edits"] == {}


def test_no_editor_and_no_field_is_a_usage_error(
    cli: Cli, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    result = cli("edit", "2004.11886")
    assert result.exit_code == 2
    assert "no editor" in result.stderr


def test_a_key_first_given_after_an_edit_is_made_of_the_users_title_and_authors(
    cli: Cli, library: Path
) -> None:
    cli("edit", "2004.11886", "--title", "Mobile Transformers", "--authors", "Ada Lovelace; Song Han")
    entry = cli("export", "2004.11886").stdout
    assert entry.startswith("@misc{lovelace2020mobile,"), entry
    cli("edit", "2004.11886", "--title", "")  # back to the fetched title: the key, once given, stays
    assert cli("export", "2004.11886").stdout.startswith("@misc{lovelace2020mobile,")
