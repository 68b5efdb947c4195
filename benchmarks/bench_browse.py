"""`paperlist browse` at scale: opening on a big library, moving through it, and search as you type.

Drives the app headless with Textual's pilot on the generated store of 100,000 papers (benchmarks/out/, shared
with bench_search.py). Two figures per keystroke:

- app work: what the keystroke makes the app do before the screen can change (for search: rank the matches,
  read the rows in view and draw the list's lines), timed directly;
- round trip: from the key press until the pilot sees the app idle again (every message handled, the screen
  composed), which adds Textual's own cost of a frame; a key bound to nothing gives that cost alone.

Target: a keystroke in search answers within 50 ms.

    .venv/bin/python benchmarks/bench_browse.py [--size 100000] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time

from bench_search import store_for
from common import header

from paperlist.browse.app import BrowseApp
from paperlist.models import PaperFilter
from paperlist.store.db import open_store

WORDS = {"english word": "transformer", "chinese 4 chars": "对比学习", "rare word": "diffusion"}


async def measure(size: int, runs: int) -> dict[str, list[float]]:
    store = open_store(store_for(size))
    samples: dict[str, list[float]] = {
        "open to first screen": [],
        "round trip: a key bound to nothing": [],
        "round trip: cursor down": [],
        "round trip: page down": [],
    }
    for label in WORDS:
        samples[f"app work: search keystroke, {label}"] = []
        samples[f"round trip: search keystroke, {label}"] = []
    try:
        for _ in range(runs):
            start = time.perf_counter()
            app = BrowseApp(store, PaperFilter())
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                samples["open to first screen"].append(time.perf_counter() - start)
                for key, label in (
                    ("f12", "a key bound to nothing"),
                    ("j", "cursor down"),
                    ("pagedown", "page down"),
                ):
                    for _ in range(5):
                        start = time.perf_counter()
                        await pilot.press(key)
                        await pilot.pause()
                        samples[f"round trip: {label}"].append(time.perf_counter() - start)
                for label, word in WORDS.items():
                    for end in range(1, len(word) + 1):
                        start = time.perf_counter()
                        app.run_query(text=word[:end])
                        app.papers.forget()
                        for y in range(app.papers.size.height):
                            app.papers.render_line(y)
                        samples[f"app work: search keystroke, {label}"].append(time.perf_counter() - start)
                    app.run_query(text="")
                    await pilot.press("slash")
                    for char in word:
                        start = time.perf_counter()
                        await pilot.press(char)
                        await pilot.pause()
                        samples[f"round trip: search keystroke, {label}"].append(time.perf_counter() - start)
                    await pilot.press("escape")
                    await pilot.pause()
    finally:
        store.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples = asyncio.run(measure(args.size, args.runs))
    load = os.getloadavg()[0]
    header(
        f"browse at {args.size:,} papers, {args.runs} runs, load average {load:.1f} (target: keystroke < 50 ms)"
    )
    for label, times in samples.items():
        print(
            f"{label:<46} median {statistics.median(times) * 1000:7.1f} ms"
            f"   worst {max(times) * 1000:7.1f} ms   ({len(times)} samples)"
        )


if __name__ == "__main__":
    main()
