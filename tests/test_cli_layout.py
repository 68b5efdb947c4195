"""What people see at a terminal: columns chosen by width, the pager only when needed, counts in good English."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run, read_terminal

Cli = Callable[..., Run]
WIDTHS = (60, 80, 120)


def titles(cli: Cli, command: str) -> list[str]:
    papers: list[dict[str, Any]] = json.loads(cli(command, "--format", "json", "-n", "50").stdout)
    return [paper["title"] for paper in papers if paper["title"]]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["list", "next"])
def test_tables_fit_the_width_and_never_break_a_word(
    cli: Cli, library: Path, monkeypatch: pytest.MonkeyPatch, width: int, command: str
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = cli(command, "-n", "50")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line.rstrip()) <= width for line in lines)
    tokens = set(result.stdout.split())
    for title in titles(cli, command):
        for word in title.split():
            assert word in tokens, f"{word!r} of {title!r} is broken at {width} columns"
    header = lines[0].split()
    assert header[:2] == ["ID", "Title"]
    for name in ("Category", "Status", "Digests", "Year"):
        if name in result.stdout:
            assert name in header, f"header {name} broken at {width} columns"


def test_narrow_terminals_drop_secondary_columns_before_squeezing_the_title(
    cli: Cli, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: dict[int, list[str]] = {}
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        shown[width] = cli("next", "-n", "50").stdout.splitlines()[0].split()
    assert "Category" in shown[120]
    assert "Digests" in shown[120]
    assert "Category" not in shown[80]
    assert len(shown[60]) < len(shown[80]) <= len(shown[120])
    for width in WIDTHS:
        assert "now" in shown[width]  # `next` keeps "Why now" whole at every width
    monkeypatch.setenv("COLUMNS", "80")
    table = cli("next", "-n", "50").stdout
    title_width = max(
        len(line[4 : line.index("  ", 6)]) for line in table.splitlines()[1:] if line[:4].strip()
    )
    assert title_width >= 30


def test_counts_are_in_good_english(cli: Cli, tmp_path: Path) -> None:
    digest = tmp_path / "one.md"
    digest.write_text("1. Lite Transformer https://arxiv.org/abs/2004.11886\n", encoding="utf-8")
    result = cli("ingest", str(digest), "--offline")
    assert "Read 1 digest (1 new): 1 paper found" in result.stderr
    assert "1 paper awaits enrichment" in result.stderr
    stats = cli("stats").stdout
    assert "1 paper from 1 digest (1 mention)" in stats
    assert "1 papers" not in result.stderr + stats
    wrote = cli("export", "-o", str(tmp_path / "out.bib"))
    assert "Wrote 1 paper to" in wrote.stderr


# -- the pager, on a real pseudo-terminal ------------------------------------------------------------------


def run_on_terminal(args: list[str], env: dict[str, str], seconds: float = 60.0) -> str:
    """Run paperlist with a pseudo-terminal as stdin and stdout; what it showed on the terminal."""
    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlist", *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
    )
    os.close(child)
    return read_terminal(main, process, seconds)


@pytest.fixture
def pager(tmp_path: Path) -> tuple[Path, Path]:
    """A $PAGER that records the LESS it was given and the text it was asked to page."""
    seen_less, paged = tmp_path / "less.txt", tmp_path / "paged.txt"
    script = tmp_path / "pager.sh"
    script.write_text(
        f'#!/bin/sh\nprintf "%s" "${{LESS-unset}}" > {seen_less}\ncat > {paged}\n', encoding="utf-8"
    )
    script.chmod(0o755)
    return seen_less, paged


def terminal_env(pager_script: Path, lines: int, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "LESS"}
    return {**env, "PAGER": str(pager_script), "LINES": str(lines), "COLUMNS": "100", **extra}


def test_long_output_is_paged_as_less_frx_when_less_is_unset(
    cli: Cli, library: Path, pager: tuple[Path, Path]
) -> None:
    seen_less, paged = pager
    run_on_terminal(["list"], terminal_env(paged.parent / "pager.sh", lines=10))
    assert seen_less.read_text() == "-FRX"
    assert "Lite Transformer" in paged.read_text(encoding="utf-8")


def test_the_users_less_settings_are_kept(cli: Cli, library: Path, pager: tuple[Path, Path]) -> None:
    seen_less, _ = pager
    run_on_terminal(["list"], terminal_env(seen_less.parent / "pager.sh", lines=10, LESS="-S"))
    assert seen_less.read_text() == "-S"


def test_output_that_fits_is_not_paged(cli: Cli, library: Path, pager: tuple[Path, Path]) -> None:
    seen_less, paged = pager
    shown = run_on_terminal(["list", "-n", "2"], terminal_env(seen_less.parent / "pager.sh", lines=40))
    assert not paged.exists()
    assert re.search(r"Title", shown)
