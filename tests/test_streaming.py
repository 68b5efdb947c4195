"""Views and exports stream: rows are written as they are read, so memory stays flat whatever the library's size,
a reader that stops early stops the command cleanly, and long output on a terminal is paged as it comes.

The big library is made by benchmarks/generate.py (texts drawn from pools, so that 20,000 papers take seconds);
commands run as real processes, their peak memory read from the operating system (`os.wait4`'s rusage).
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import pty
import struct
import subprocess
import sys
import termios
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, Run, read_terminal

BIG = 20_000
CEILING_MB = 100  # any view or export, any library size (the whole library at once took 5-20 times this)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    _generator().build_store(path, BIG, pool=300)
    return path


def _environment(db: Path) -> dict[str, str]:
    return {**os.environ, "PAPERLIST_DB": str(db), "NO_COLOR": "1", "COLUMNS": "120", "LINES": "50"}


# Runs the command from a small process and reports the command's peak with `resource`: a process forked from
# this one (which holds the big library's making) would count this one's memory in its own peak.
_MEASURE = """
import os, resource, subprocess, sys
with open(os.devnull, "w") as nowhere:
    code = subprocess.call([sys.executable, "-m", "paperlist", *sys.argv[1:]], stdout=nowhere)
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _peak_mb(db: Path, *args: str) -> tuple[int, float, str]:
    """Run `paperlist ARGS` with stdout to nowhere: (exit code, peak resident MB, stderr)."""
    run = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args],
        env=_environment(db),
        capture_output=True,
        text=True,
        check=True,
    )
    code, kib = run.stdout.split()
    return int(code), int(kib) / 1024, run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--limit", str(BIG), "--format", "json"),
        ("list", "--format", "csv"),
        ("export",),  # BibTeX: every paper given its citation key on the way
        ("export", "--format", "html"),
        ("search", "learning", "--limit", str(BIG), "--format", "jsonl"),
    ],
    ids=lambda args: " ".join(args[:3]),
)
def test_memory_stays_under_the_ceiling_at_any_size(big_library: Path, args: tuple[str, ...]) -> None:
    code, peak, errors = _peak_mb(big_library, *args)
    assert code == 0, errors
    assert peak < CEILING_MB, f"paperlist {' '.join(args)} peaked at {peak:.0f} MB"


@pytest.mark.parametrize(
    "args",
    [("list",), ("list", "--format", "json"), ("export",), ("search", "learning", "--limit", str(BIG))],
    ids=" ".join,
)
def test_a_reader_that_stops_early_ends_the_command_cleanly(big_library: Path, args: tuple[str, ...]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlist", *args],
        env=_environment(big_library),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    lines = [process.stdout.readline() for _ in range(5)]  # `| head -5`
    process.stdout.close()
    code = process.wait(timeout=300)
    errors = process.stderr.read()
    assert all(lines)
    assert code == 0, errors
    assert "Traceback" not in errors
    assert "Exception ignored" not in errors  # (Python's complaint about a pipe closed under its buffer)
    assert "error" not in errors.lower()


def test_a_long_table_is_written_in_chunks_that_line_up(
    cli: Callable[..., Run], seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("ingest", str(seeds), "--offline").exit_code == 0
    monkeypatch.setenv("LINES", "6")  # a screen of six lines: the first chunk of rows, then the others
    result = cli("list")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.lstrip().startswith("ID ")] == [lines[0]]  # one header
    starts = {line.index(" unread ") for line in lines if " unread " in line}
    assert len(starts) == 1  # every row's status in the same column, in every chunk
    assert sum(" unread " in line for line in lines) == 38


def _on_a_terminal(args: list[str], env: dict[str, str], rows: int = 12) -> str:
    """Run paperlist with a terminal of `rows` lines as stdin and stdout; what it showed there."""
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlist", *args], env=env, stdin=terminal, stdout=terminal, stderr=terminal
    )
    os.close(terminal)
    return read_terminal(main, process, 120)


def test_output_longer_than_a_screen_goes_through_the_pager(
    cli: Callable[..., Run], seeds: Path, isolated: Path, tmp_path: Path
) -> None:
    assert cli("ingest", str(seeds), "--offline").exit_code == 0
    paged = tmp_path / "paged.txt"
    env = {**os.environ, "PAPERLIST_DB": str(isolated), "PAGER": f"sh -c 'cat > {paged}'", "TERM": "xterm"}
    for name in ("COLUMNS", "LINES", "NO_COLOR"):
        env.pop(name, None)
    shown = _on_a_terminal(["list", "--limit", "2"], env)
    assert "Title" in shown  # two papers fit a screen: written as they are, no pager
    assert not paged.exists()
    shown = _on_a_terminal(["list"], env)
    assert "Title" not in shown
    table = paged.read_text(encoding="utf-8")
    assert "Title" in table
    assert table.count("unread") == 38


@pytest.mark.parametrize("width", [24, 60, 100, 160])
def test_a_table_drawn_line_by_line_is_the_table_rich_draws(
    cli: Callable[..., Run], seeds: Path, isolated: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    import io

    from rich.console import Console

    from paperlist.models import PaperFilter
    from paperlist.store.db import open_store
    from paperlist.store.papers import list_papers
    from paperlist.views.terminal import papers_table

    assert cli("ingest", str(seeds), "--offline").exit_code == 0
    assert cli("mark", "2004.11886", "reading").exit_code == 0
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("LINES", "100")  # one chunk: the whole list
    drawn = cli("list")
    assert drawn.exit_code == 0, drawn.stderr
    store = open_store(isolated)
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(papers_table(list_papers(store, PaperFilter()), width=width))
    store.close()
    assert drawn.stdout == console.file.getvalue()  # type: ignore[attr-defined]
