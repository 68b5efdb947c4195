"""Start-up stays light: listing a reading list never loads the network, parsing or migration stacks.

(Timings are measured by benchmarks/bench_startup.py, never asserted here; this guards what gets imported.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "httpx",
    "arxiv",
    "requests",
    "defusedxml",
    "selectolax",
    "sqlite_utils",
    "bibtexparser",
    "pydantic",
    "textual",
    "yaml",  # (reading lists kept as YAML)
    "email.parser",  # (saved mails)
)


def test_starting_the_cli_imports_no_heavy_dependency() -> None:
    code = (
        "import sys, json; import paperlist.cli.app as app; "
        "from typer.main import get_command; get_command(app.app); "
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    )
    assert loaded == []


def test_ingest_offline_never_loads_the_network_stack(tmp_path: Path) -> None:
    digest = tmp_path / "digest.md"
    digest.write_text("1. Lite Transformer https://arxiv.org/abs/2004.11886\n", encoding="utf-8")
    code = (
        "import sys, json\n"
        "from paperlist.cli.app import main\n"
        f"sys.argv = ['paperlist', '--db', {str(tmp_path / 'p.db')!r}, 'ingest', {str(digest)!r}, '--offline']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in ('httpx', 'arxiv', 'requests') if m in sys.modules)))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert "1 paper found, 1 new" in run.stdout + run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == []


# What `paperlist list` may import of paperlist: opening the store, reading papers, the format registry, the
# table. Everything else (ingest, enrichment, the id grammar, the write sides, exports, search) has a cost at
# every start (`python -X importtime` shows it) and waits until a command uses it.
LIST_IMPORTS = {
    "paperlist", "paperlist.cli", "paperlist.cli.app", "paperlist.cli.browse", "paperlist.cli.completion", "paperlist.cli.context",
    "paperlist.cli.enrich", "paperlist.cli.export", "paperlist.cli.ingest", "paperlist.cli.journal",
    "paperlist.cli.library", "paperlist.cli.options", "paperlist.cli.related",
    "paperlist.cli.state", "paperlist.cli.stats", "paperlist.cli.view", "paperlist.cjk", "paperlist.config",
    "paperlist.dates", "paperlist.errors", "paperlist.rawtext", "paperlist.models", "paperlist.state", "paperlist.store",
    "paperlist.store.db", "paperlist.store.fts", "paperlist.store.papers", "paperlist.store.schema",
    "paperlist.store.stats", "paperlist.streams", "paperlist.views", "paperlist.views.formats",
    "paperlist.views.terminal", "paperlist.views.text",
}  # fmt: skip


def test_listing_imports_only_what_listing_uses(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    digest = tmp_path / "digest.md"
    digest.write_text("1. Lite Transformer https://arxiv.org/abs/2004.11886\n", encoding="utf-8")
    env = {**os.environ, "PAPERLIST_DB": str(db)}
    command = [sys.executable, "-m", "paperlist"]
    subprocess.run([*command, "ingest", str(digest), "--offline"], env=env, check=True, capture_output=True)
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "paperlist", "list"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert "Lite Transformer" in run.stdout
    imported = {
        line.split("|")[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")
    }
    ours = {name for name in imported if name == "paperlist" or name.startswith("paperlist.")}
    assert ours - {"paperlist.__main__"} <= LIST_IMPORTS, sorted(ours - LIST_IMPORTS)
    assert not imported & set(HEAVY)


def test_the_command_runs_with_the_collector_on_and_what_importing_built_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import paperlist.__main__ as entry
    import paperlist.cli.app as app

    seen: list[tuple[bool, int]] = []
    monkeypatch.setattr(app, "main", lambda: seen.append((gc.isenabled(), gc.get_freeze_count())))
    try:
        entry.main()
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [(True, seen[0][1])]  # (a long ingest still collects its own garbage)
    assert seen[0][1] > 0
