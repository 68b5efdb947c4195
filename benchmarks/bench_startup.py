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
import time
from collections.abc import Callable
from pathlib import Path

from common import PAPERLIST, ROOT, header, median_ms, p95_ms, run_cli


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "small.db"
        run_cli(["ingest", str(ROOT / "seeds"), "--offline"], db)
        floor = 'python -c "import typer, rich"'
        cases: dict[str, Callable[[], object]] = {
            "python -c pass": lambda: subprocess.run([sys.executable, "-c", "pass"], check=True),
            floor: lambda: subprocess.run([sys.executable, "-c", "import typer, rich"], check=True),
        }
        for args in (
            ["--help"],
            ["list"],
            ["list", "--format", "json"],
            ["search", "transformer"],
            ["show", "2004.11886"],
        ):
            cases["paperlist " + " ".join(args)] = lambda args=args: run_cli(args, db)  # type: ignore[misc]
        # Taken in turns (one run of each, again and again), so that a machine busier at one moment than another
        # weighs on every figure alike: the ratios are what this measures.
        samples: dict[str, list[float]] = {label: [] for label in cases}
        for run in cases.values():
            run()  # (warm-up: files in the OS cache, bytecode written)
        for _ in range(runs):
            for label, run in cases.items():
                start = time.perf_counter()
                run()
                samples[label].append(time.perf_counter() - start)
        header(
            f"Start-up on a small store (seeds), median of {runs} runs taken in turns, {PAPERLIST};"
            f" load {os.getloadavg()[0]:.1f}"
        )
        base = median_ms(samples[floor])
        for label, taken in samples.items():
            goal = "  goal ≤ ×2" if label == "paperlist list" else ""
            print(
                f"{label:34} {median_ms(taken):7.1f} ms  p95 {p95_ms(taken):7.1f} ms  ×{median_ms(taken) / base:4.2f}{goal}"
            )


if __name__ == "__main__":
    main()
