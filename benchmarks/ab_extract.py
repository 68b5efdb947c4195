"""Compare extraction's speed between two versions of paperlist, side by side, on a shared and noisy machine.

Prints one line: the CPU MB/s of `extract_references` over `bench_extract.corpus(MEGABYTES)` (the best of three
passes, `time.process_time()`), for whichever paperlist is first on the import path. Run it in turns against an
export of each commit, so that both see the same load:

    git archive BASE | tar -x -C /tmp/base
    for i in 1 2; do
        PYTHONPATH=/tmp/base .venv/bin/python benchmarks/ab_extract.py
        PYTHONPATH=. .venv/bin/python benchmarks/ab_extract.py
    done

Benchmarks print figures and never assert timings.
"""

from __future__ import annotations

import argparse
import time

import bench_extract  # (a sibling script: a script's own folder is first on the import path)

from paperlist.ingest.extract import extract_references


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--megabytes", type=float, default=3.0, help="size of the generated corpus (default 3)"
    )
    arguments = parser.parse_args()
    digests = bench_extract.corpus(arguments.megabytes)
    size = sum(len(digest.encode()) for digest in digests) / 1e6
    best: float | None = None
    for _ in range(3):
        started = time.process_time()
        for digest in digests:
            extract_references(digest)
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
    assert best is not None
    print(f"{size:.2f} MB {size / best:.2f} MB/s (best of three passes, CPU time)")


if __name__ == "__main__":
    main()
