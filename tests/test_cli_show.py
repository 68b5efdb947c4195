"""`paperlist show` laid out for reading, in every format; `paperlist open`; the pager on a real terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

pytestmark = pytest.mark.usefixtures("library")

LITE = "2004.11886"


@pytest.fixture
def personal(cli: Callable[..., Run], library: Path) -> None:
    cli("mark", LITE, "read")
    cli("tag", LITE, "+nlp", "+mobile")
    cli("note", LITE, "LSRA: convolution for local context, attention for the long range")
    cli("star", LITE)


@pytest.mark.usefixtures("personal")
def test_show_lays_out_everything_known(cli: Callable[..., Run]) -> None:
    result = cli("show", LITE)
    assert result.exit_code == 0
    out = result.stdout
    expected = [
        "★ Lite Transformer with Long-Short Range Attention",
        "Zhanghao Wu, Zhijian Liu, Ji Lin, Yujun Lin, Song Han",
        "2004.11886 (v1)",
        "published   2020-04-24",
        "cs.CL, cs.LG",
        "ICLR 2020",
        "https://arxiv.org/abs/2004.11886",
        "https://arxiv.org/pdf/2004.11886",
        "Abstract",
        "Transformer has become ubiquitous",
        "Your note",
        "LSRA: convolution for local context",
        "status      read",
        "tags        mobile nlp",
        "What the digests say (2)",
        "000_146ccdcc23f85c39.txt:10",
        "zz_weekly.md:3",
        "移动端的高效Transformer",
    ]
    for piece in expected:
        assert piece in out, piece
    assert out.index("Abstract") < out.index("Your note") < out.index("What the digests say")


def test_show_of_a_paper_awaiting_enrichment_dates_it_by_its_id(cli: Callable[..., Run]) -> None:
    result = cli("show", "2102.05918")
    assert "2021-02 (from the arXiv id)" in result.stdout
    assert "pending" in result.stdout


def test_show_shows_openreview_links(cli: Callable[..., Run], isolated: Path) -> None:
    with sqlite3.connect(isolated) as conn:
        conn.execute("UPDATE papers SET openreview_id = 'Hkx1qkrKPr' WHERE arxiv_id = ?", (LITE,))
    out = cli("show", LITE).stdout
    assert "https://openreview.net/forum?id=Hkx1qkrKPr" in out


@pytest.mark.usefixtures("personal")
def test_show_json_and_jsonl_are_the_paper(cli: Callable[..., Run]) -> None:
    paper = json.loads(cli("show", LITE, "-f", "json").stdout)
    assert paper["arxiv_id"] == LITE
    assert paper["tags"] == ["mobile", "nlp"]
    assert paper["starred"] is True
    assert paper["note"].startswith("LSRA")
    assert [m["digest"] for m in paper["mentions"]] == ["000_146ccdcc23f85c39.txt", "zz_weekly.md"]
    lines = cli("show", LITE, "-f", "jsonl").stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == paper


@pytest.mark.usefixtures("personal")
def test_show_csv_and_markdown(cli: Callable[..., Run]) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("show", LITE, "-f", "csv").stdout)))
    assert len(rows) == 1
    assert rows[0]["title"] == "Lite Transformer with Long-Short Range Attention"
    markdown = cli("show", LITE, "-f", "md").stdout
    assert markdown.startswith("# ★ Lite Transformer with Long-Short Range Attention\n")
    assert "## Abstract" in markdown
    assert "## Your note" in markdown
    assert "## What the digests say" in markdown
    assert "- **zz\\_weekly.md**, line 3:" in markdown
    assert "[https://arxiv.org/pdf/2004.11886](<https://arxiv.org/pdf/2004.11886>)" in markdown


def test_show_unknown_and_malformed_ids(cli: Callable[..., Run]) -> None:
    unknown = cli("show", "1706.03762", "-f", "md")
    assert unknown.exit_code == 4
    assert unknown.stdout == ""
    malformed = cli("show", "attention-is-all-you-need")
    assert malformed.exit_code == 2


def test_markdown_of_hostile_text_is_inert(cli: Callable[..., Run], tmp_path: Path) -> None:
    digest = tmp_path / "evil.md"
    digest.write_text(
        # A title with a pipe, and hostile text in what the digest says about the paper.
        "Evil | Pipe Title https://arxiv.org/abs/2109.00001\n"
        "<script>alert(1)</script> [click](javascript:x) | pipe # not a heading\n"
        "1. not a list <img src=x onerror=alert(2)>\n",
        encoding="utf-8",
    )
    cli("ingest", str(digest), "--offline")
    markdown = cli("show", "2109.00001", "-f", "md").stdout
    assert re.search(r"(?<!\\)<(?!https://)", markdown) is None  # every < is escaped, but our link brackets
    assert "\\<script\\>" in markdown
    assert re.search(r"(?<!\\)\]\((?!<https://)", markdown) is None  # only our links: the rest is escaped
    assert "\n# not a heading" not in markdown
    listing = cli("list", "-f", "md", "--digest", "evil").stdout
    assert listing.count("\n") == 3  # header, rule, one row: the pipe in the title did not split the cell
    assert "\\|" in listing


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$BROWSER points at a script that records the URL it was asked to open."""
    log = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> {log}\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(script))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # webbrowser reads $BROWSER once per process
    return log


def test_open_opens_the_abstract_page(cli: Callable[..., Run], browser: Path) -> None:
    result = cli("open", LITE)
    assert result.exit_code == 0, result.stderr
    assert browser.read_text(encoding="utf-8") == "https://arxiv.org/abs/2004.11886\n"
    assert "Opened https://arxiv.org/abs/2004.11886" in result.stderr


def test_open_pdf(cli: Callable[..., Run], browser: Path) -> None:
    assert cli("open", f"https://arxiv.org/abs/{LITE}v1", "--pdf").exit_code == 0
    assert browser.read_text(encoding="utf-8") == "https://arxiv.org/pdf/2004.11886\n"


def test_open_openreview_paper_without_arxiv_id(
    cli: Callable[..., Run], browser: Path, isolated: Path
) -> None:
    with sqlite3.connect(isolated) as conn:
        conn.execute(
            "INSERT INTO papers (openreview_id, title, created_at) VALUES ('Hkx1qkrKPr', 'OR only', 'now')"
        )
        paper_id = conn.execute("SELECT id FROM papers WHERE openreview_id = 'Hkx1qkrKPr'").fetchone()[0]
        conn.execute("INSERT INTO user_state (paper_id, added_at) VALUES (?, 'now')", (paper_id,))
    assert cli("open", str(paper_id)).exit_code == 0
    assert cli("open", "https://openreview.net/forum?id=Hkx1qkrKPr", "--pdf").exit_code == 0
    assert browser.read_text(encoding="utf-8").splitlines() == [
        "https://openreview.net/forum?id=Hkx1qkrKPr",
        "https://openreview.net/pdf?id=Hkx1qkrKPr",
    ]


def test_open_print_only_prints(cli: Callable[..., Run], browser: Path) -> None:
    result = cli("open", LITE, "--print")
    assert result.stdout == "https://arxiv.org/abs/2004.11886\n"
    assert not browser.exists()


def test_open_paper_without_a_page_says_so(cli: Callable[..., Run], browser: Path, isolated: Path) -> None:
    with sqlite3.connect(isolated) as conn:
        conn.execute("INSERT INTO papers (id, title, created_at) VALUES (999, 'Title only', 'now')")
        conn.execute("INSERT INTO user_state (paper_id, added_at) VALUES (999, 'now')")
    result = cli("open", "999")
    assert result.exit_code == 4
    assert "no arXiv or OpenReview page" in result.stderr
    assert not browser.exists()


def test_open_unknown_id(cli: Callable[..., Run], browser: Path) -> None:
    result = cli("open", "1706.03762")
    assert result.exit_code == 4
    assert not browser.exists()


def run_on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run paperlist with stdin/stdout/stderr on a pseudo-terminal; return what the terminal showed."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlist", *args],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        close_fds=True,
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(main)
    return shown.decode("utf-8", "replace")


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    pager = tmp_path / "pager.sh"
    pager.write_text(f"#!/bin/sh\ncat > {paged}\n", encoding="utf-8")
    pager.chmod(0o755)
    env = {**os.environ, "PAGER": str(pager), "LINES": "5", "COLUMNS": "100"}
    shown = run_on_a_terminal(["list"], env)
    assert paged.exists(), shown
    assert "Lite Transformer" in paged.read_text(encoding="utf-8")
    assert "Lite Transformer" not in shown
    paged.unlink()
    shown = run_on_a_terminal(["--no-pager", "list"], env)
    assert not paged.exists()
    assert "Lite Transformer" in shown
    shown = run_on_a_terminal(["list", "--limit", "1"], {**env, "LINES": "40"})  # short: no pager
    assert not paged.exists()
    # (which paper comes first depends on the second each digest was stored in: ask the list which it is)
    first = subprocess.run(
        [sys.executable, "-m", "paperlist", "list", "--limit", "1", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    (paper,) = json.loads(first.stdout)
    assert paper["title"].split()[0] in shown


def test_colour_on_a_terminal_and_none_with_no_color() -> None:
    env = {**os.environ, "TERM": "xterm-256color", "LINES": "60", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    env.pop("FORCE_COLOR", None)
    coloured = run_on_a_terminal(["--no-pager", "list"], env)
    assert re.search(r"\x1b\[[0-9;]*3[0-9]m", coloured)  # a foreground colour (the ids are cyan)
    plain = run_on_a_terminal(["--no-pager", "list"], {**env, "NO_COLOR": "1"})
    assert "Lite Transformer" in plain
    assert not re.search(r"\x1b\[[0-9;]*(3[0-8]|9[0-7])[;m]", plain)  # no colour at all
