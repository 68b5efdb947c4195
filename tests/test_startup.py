"""Start-up stays light: listing a reading list never loads the network, parsing or migration stacks.

(Timings are measured by benchmarks/bench_startup.py, never asserted here; this guards what gets imported.)
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("httpx", "arxiv", "requests", "defusedxml", "selectolax", "sqlite_utils", "bibtexparser", "pydantic")


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
