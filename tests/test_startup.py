"""Start-up stays light: listing a reading list never loads the network, parsing or migration stacks.

(Timings are measured by benchmarks/bench_startup.py, never asserted here; this guards what gets imported.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
