"""The command line reads the same everywhere: short summaries, one meaning per short flag, -h on every command."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer

from paperlist.cli.app import app
from tests.conftest import Run

ROOT = typer.main.get_command(app)
SUBCOMMANDS: dict[str, Any] = getattr(ROOT, "commands", {})  # typer vendors its own click: duck-typed
COMMANDS = sorted(SUBCOMMANDS)


def test_the_command_list_reads_whole_at_80_columns(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("--help")
    listing = result.stdout.split("Commands:", 1)[1].splitlines()
    assert len([line for line in listing if line.strip()]) == len(COMMANDS)
    for line in listing:
        assert len(line) <= 80, line
        assert not line.rstrip().endswith("..."), f"summary cut short: {line}"


def test_no_short_flag_means_two_things() -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    for name in COMMANDS:
        for param in SUBCOMMANDS[name].params:
            if getattr(param, "param_type_name", "") == "option":
                longs = [opt for opt in param.opts if opt.startswith("--")]
                for short in (opt for opt in param.opts if not opt.startswith("--")):
                    meanings[short].update(longs)
    doubled = {short: longs for short, longs in meanings.items() if len(longs) > 1}
    assert doubled == {}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_dash_h(cli: Callable[..., Run], command: str) -> None:
    result = cli(command, "-h")
    assert result.exit_code == 0, result.stderr
    assert "Usage:" in result.stdout


def test_mark_takes_the_status_first_too(cli: Callable[..., Run], library: Path) -> None:
    first = cli("mark", "read", "2004.11886", "2011.04419")
    assert first.exit_code == 0, first.stderr
    shown = cli("list", "--status", "read", "--format", "csv")
    assert "2004.11886" in shown.stdout
    assert "2011.04419" in shown.stdout
