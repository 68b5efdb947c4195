"""Shell completion (typer): commands, option values, and paper ids and tags from the reading list."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run


def complete(words: str, env_db: Path, shell: str = "bash") -> list[str]:
    """What the shell would offer after `words` (the last word is the one being completed)."""
    env = {**os.environ, "PAPERLIST_DB": str(env_db), "_PAPERLIST_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
    result = subprocess.run(
        [str(Path(sys.executable).parent / "paperlist")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return [line for line in result.stdout.splitlines() if line]


def test_commands_and_option_values_complete(isolated: Path) -> None:
    assert complete("paperlist ma", isolated) == ["mark"]
    assert set(complete("paperlist st", isolated)) == {"star", "stats"}
    assert complete("paperlist list --sort ", isolated) == [
        "added",
        "published",
        "title",
        "mentions",
        "citations",
        "relevance",
    ]
    assert "csl-json" in complete("paperlist export --format ", isolated)


def test_paper_ids_and_tags_complete_from_the_reading_list(
    cli: Callable[..., Run], seeds: Path, isolated: Path
) -> None:
    cli("ingest", str(seeds), "--offline")
    cli("tag", "2004.11886", "+nlp", "+mobile")
    assert set(complete("paperlist show 2004.1", isolated)) == {"2004.11886", "2004.11362"}
    assert set(complete("paperlist mark 2004.1188", isolated)) == {"2004.11886"}
    zsh = "\n".join(complete("paperlist open 2004.1188", isolated, shell="zsh"))
    assert "Lite Transformer with Long-Short Range Attention" in zsh  # the title as the description
    assert complete("paperlist list --tag n", isolated) == ["nlp"]
    assert complete("paperlist tag 2004.11886 +m", isolated) == ["+mobile"]


@pytest.mark.usefixtures("isolated")
def test_completion_without_a_database_offers_nothing_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    assert complete("paperlist show 2", missing) == []
    assert not missing.exists()
