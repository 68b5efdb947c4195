"""Start-up: wall time of whole commands on a small store (the seeds), as a ratio to `python -c "import typer, rich"`
(the floor of any typer app) in the same run.

Goal: `paperlist list` within 2× that floor.

    .venv/bin/python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import PAPERLIST, ROOT, header, median_ms, p95_ms, run_cli, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "small.db"
        run_cli(["ingest", str(ROOT / "seeds"), "--offline"], db)
        python = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), runs)
        baseline = timed(
            lambda: subprocess.run([sys.executable, "-c", "import typer, rich"], check=True), runs
        )
        cases = {
            "paperlist --help": ["--help"],
            "paperlist list": ["list"],
            "paperlist list --format json": ["list", "--format", "json"],
            "paperlist search transformer": ["search", "transformer"],
            "paperlist show 2004.11886": ["show", "2004.11886"],
        }
        header(
            f"Start-up on a small store (seeds), median of {runs} runs, {PAPERLIST}; load {os.getloadavg()[0]:.1f}"
        )
        base = median_ms(baseline)
        print(f"{'python -c pass':34} {median_ms(python):7.1f} ms")
        floor = 'python -c "import typer, rich"'
        print(f"{floor:34} {base:7.1f} ms  (the floor: ×1)")
        for label, args in cases.items():
            samples = timed(lambda args=args: run_cli(args, db), runs)  # type: ignore[misc]
            goal = "  goal ≤ ×2" if label == "paperlist list" else ""
            print(
                f"{label:34} {median_ms(samples):7.1f} ms  p95 {p95_ms(samples):7.1f} ms  ×{median_ms(samples) / base:4.2f}{goal}"
            )


if __name__ == "__main__":
    main()
