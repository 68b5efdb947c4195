"""Ingest end to end (decode + extract + store, --offline): MB/s and peak memory as the corpus grows.

Goals: at least 5 MB/s end to end at 10,000 digests, and the whole process tree (the writer and its parsing
workers) under 200 MB at any corpus size, flat from 1,000 to 50,000 digests. Memory is sampled every 20 ms
from /proc (the sum of the tree's resident sizes) besides the writer's own peak (`ru_maxrss`).

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 1000 10000 50000] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from common import CACHE, PAPERLIST, ROOT, header
from generate import CORPUS_VERSION, shape, write_corpus


def corpus(size: int) -> tuple[Path, int]:
    folder = CACHE / f"corpus{CORPUS_VERSION}_{size}"
    marker = folder / ".bytes"
    if not marker.exists():
        total = write_corpus(folder, size)
        marker.write_text(str(total))
    return folder, int(marker.read_text())


def tree_rss(pid: int) -> int:
    """KiB resident in process `pid` and all its descendants, now (0 once it is gone)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, ()))
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total


def ingest_once(folder: Path, db: Path) -> tuple[float, float, float]:
    """(seconds, the writer's peak RSS, the process tree's peak RSS, in MB) of one `paperlist ingest --offline`
    run in a fresh process."""
    env = {**os.environ, "PAPERLIST_DB": str(db), "NO_COLOR": "1"}
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(PAPERLIST), "ingest", str(folder), "--offline"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ingest of {folder} failed")
    return elapsed, usage.ru_maxrss / 1024, peak / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    header(f"Ingest --offline end to end, median of {arguments.runs} runs, fresh database each run")
    print(f"corpus: {shape(corpus(arguments.sizes[0])[0])}")
    print(f"seeds/: {shape(ROOT / 'seeds')}")
    kept = tempfile.TemporaryDirectory()  # the first size's last database, ingested again at the end
    for size in arguments.sizes:
        folder, total = corpus(size)
        times: list[float] = []
        writers: list[float] = []
        trees: list[float] = []
        for run in range(arguments.runs):
            if size == arguments.sizes[0] and run == arguments.runs - 1:
                seconds, writer, tree = ingest_once(folder, Path(kept.name) / "bench.db")
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    seconds, writer, tree = ingest_once(folder, Path(tmp) / "bench.db")
            times.append(seconds)
            writers.append(writer)
            trees.append(tree)
        seconds = statistics.median(times)
        megabytes = total / 1e6
        speed_goal = "  (goal ≥ 5 MB/s)" if size >= 10_000 else ""
        print(
            f"{size:>7,} digests {megabytes:7.1f} MB: {seconds:7.2f} s  {megabytes / seconds:6.2f} MB/s{speed_goal}"
            f"  {size / seconds:6.0f} digests/s;  peak memory: writer {max(writers):5.0f} MB,"
            f" process tree {max(trees):5.0f} MB (goal < 200 MB, flat)  [load {os.getloadavg()[0]:.1f}]"
        )
        print(f"{'':26}each run: " + ", ".join(f"{megabytes / taken:.2f} MB/s" for taken in times))
    with kept:
        seconds, _, _ = ingest_once(corpus(arguments.sizes[0])[0], Path(kept.name) / "bench.db")
    print(f"re-ingest of {arguments.sizes[0]:,} unchanged digests: {seconds:.2f} s (nothing written)")


if __name__ == "__main__":
    main()
