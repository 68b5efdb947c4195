"""Helpers shared by the benchmark scripts: timing, medians, percentiles, running the CLI."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAPERLIST = Path(sys.executable).parent / "paperlist"
CACHE = ROOT / "benchmarks" / "out"


def timed(function: Callable[[], object], runs: int) -> list[float]:
    """Wall times (seconds) of `runs` calls, after one warm-up call."""
    function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


def run_cli(args: list[str], db: Path | None = None) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    if db is not None:
        env["PAPERLIST_DB"] = str(db)
    subprocess.run(
        [str(PAPERLIST), *args], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def header(title: str) -> None:
    print(f"\n{title}\n{'-' * len(title)}")
