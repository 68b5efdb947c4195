"""Whole-library commands at scale: exports, every view format, stats, and start-up, as whole commands.

Each figure is printed with its goal beside it, and, where a plain `sqlite3` can do the same work (the same
rows as JSON, BibTeX-shaped strings built in SQL, the table's columns, the stats' GROUP BYs), as a ratio to
that. Memory is the command's peak resident size (`ru_maxrss`).

    .venv/bin/python benchmarks/bench_scale.py [--size 100000] [--db PATH] [--runs N] [--skip-slow]

`--db` measures an existing store (a copy: commands may add to it, e.g. citation keys); without it the
store of `--size` papers is generated once into benchmarks/out/. To measure another checkout's code with
the same scripts, run them with PYTHONPATH pointing at it (the commands are run with the same environment).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import sqlite3
import statistics
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

from common import PAPERLIST, header

GOAL_MB = 100.0  # any view or export, any size


def environment(db: Path) -> dict[str, str]:
    return {**os.environ, "PAPERLIST_DB": str(db), "NO_COLOR": "1", "COLUMNS": "120", "LINES": "50"}


def whole(args: list[str], db: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one `paperlist ARGS` with stdout to /dev/null."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(PAPERLIST), *args], env=environment(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"paperlist {' '.join(args)} failed")
    return elapsed, usage.ru_maxrss / 1024


def plain(command: list[str], stdin: str | None = None) -> float:
    """Seconds of one plain command (sqlite3), output to /dev/null."""
    start = time.perf_counter()
    subprocess.run(command, input=stdin, text=True, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def head(args: list[str], db: Path, lines: int) -> tuple[float, float]:
    """`paperlist ARGS | head -n LINES`: (seconds to the lines, seconds until the command has exited)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(PAPERLIST), *args], env=environment(db), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    for _ in range(lines):
        if not process.stdout.readline():
            break
    first = time.perf_counter() - start
    process.stdout.close()
    process.wait()
    return first, time.perf_counter() - start


def first_screen(args: list[str], db: Path, rows: int = 50, columns: int = 120) -> float:
    """Seconds until a terminal of ROWS lines shows its first screen of `paperlist ARGS` (pager off)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {**environment(db), "TERM": "xterm"}
    env.pop("COLUMNS")
    env.pop("LINES")
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(PAPERLIST), "--no-pager", *args], env=env, stdin=slave, stdout=slave, stderr=slave
    )
    os.close(slave)
    seen = 0
    elapsed = float("nan")
    try:
        while time.perf_counter() - start < 600:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk.count(b"\n")
            if seen >= rows - 1:
                elapsed = time.perf_counter() - start
                break
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait()
        os.close(master)
    return elapsed


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def measure(
    label: str, goal: str, runs: int, once: Callable[[], tuple[float, float]], base: float | None
) -> None:
    samples = [once() for _ in range(runs)]
    seconds = median([s for s, _ in samples])
    peak = max(m for _, m in samples)
    ratio = f"  ×{seconds / base:5.1f} sqlite3" if base else ""
    print(f"{label:46} {seconds:8.2f} s  peak {peak:7.0f} MB{ratio:16}  goal: {goal}")


# What the commands do, as a plain sqlite3 would: the same rows, no Python.
_JSON_ROWS = """
SELECT p.*, s.status, s.note, s.starred, s.added_at, s.read_at,
  (SELECT json_group_array(tag) FROM tags t WHERE t.paper_id = p.id) AS tags,
  (SELECT json_group_array(json_object('digest', d.name, 'line', m.line, 'lines', json(m.lines),
      'evidence', m.evidence, 'text', m.summary, 'raw', m.raw, 'title', m.title, 'version', m.version,
      'authors', m.authors, 'affiliations', m.affiliations, 'category', m.category, 'code', m.code_url))
   FROM mentions m JOIN digests d ON d.id = m.digest_id WHERE m.paper_id = p.id) AS mentions
FROM papers p JOIN user_state s ON s.paper_id = p.id ORDER BY s.added_at DESC, p.id
"""
_BIBTEX_ROWS = """
SELECT '@misc{' || coalesce(lower(
    (SELECT value FROM json_each(p.authors) LIMIT 1)), 'x') || substr(p.dated, 1, 4) || p.id || ',' || char(10)
  || '  title = {' || replace(replace(p.title, '&', '\\&'), '%', '\\%') || '},' || char(10)
  || '  author = {' || (SELECT group_concat(value, ' and ') FROM json_each(p.authors)) || '},' || char(10)
  || '  year = {' || substr(p.dated, 1, 4) || '},' || char(10)
  || '  eprint = {' || p.arxiv_id || '},' || char(10)
  || '  archivePrefix = {arXiv},' || char(10)
  || '  primaryClass = {' || p.primary_category || '},' || char(10)
  || '  url = {https://arxiv.org/abs/' || p.arxiv_id || '}' || char(10) || '}' || char(10)
FROM papers p ORDER BY 1
"""
_TABLE_ROWS = """
SELECT p.id, p.title, (SELECT value FROM json_each(p.authors) LIMIT 1), substr(p.dated, 1, 4),
  p.primary_category, s.status, p.digest_count
FROM papers p JOIN user_state s ON s.paper_id = p.id ORDER BY s.added_at DESC, p.id
"""
_STATS = """
SELECT status, count(*) FROM user_state GROUP BY status;
SELECT enrichment, count(*) FROM papers GROUP BY enrichment;
SELECT count(*) FROM papers; SELECT count(*) FROM digests; SELECT count(*) FROM mentions;
SELECT count(*) FROM user_state WHERE starred = 1; SELECT count(*) FROM user_state WHERE note IS NOT NULL;
SELECT primary_category, count(*) AS n FROM papers GROUP BY 1 ORDER BY n DESC LIMIT 10;
SELECT substr(dated, 1, 7) AS month, count(*) FROM papers GROUP BY month;
SELECT digest_id, count(DISTINCT paper_id) AS n FROM mentions GROUP BY digest_id ORDER BY n DESC LIMIT 10;
SELECT tag, count(*) AS n FROM tags GROUP BY tag ORDER BY n DESC LIMIT 10;
"""


def bench(db: Path, runs: int, skip_slow: bool) -> None:
    papers = sqlite3.connect(db).execute("SELECT count(*) FROM papers").fetchone()[0]
    header(f"{papers:,} papers ({db}), median of {runs} runs; load average {os.getloadavg()[0]:.1f}")
    module = subprocess.run(
        [sys.executable, "-c", "import paperlist; print(paperlist.__file__)"], capture_output=True, text=True
    ).stdout.strip()
    print(f"(code: {module})")
    size = db.stat().st_size
    print(f"database: {size / 1e9:.2f} GB, {size / papers / 1000:.1f} KB per paper")
    sqlite = ["sqlite3", str(db)]
    json_base = median([plain([*sqlite[:1], "-json", *sqlite[1:], _JSON_ROWS]) for _ in range(runs)])
    bib_base = median([plain([*sqlite, _BIBTEX_ROWS]) for _ in range(runs)])
    table_base = median([plain([*sqlite[:1], "-column", *sqlite[1:], _TABLE_ROWS]) for _ in range(runs)])
    stats_base = median([plain(sqlite, _STATS) for _ in range(runs)])
    print(
        f"sqlite3 alone: -json {json_base:.2f} s, BibTeX strings {bib_base:.2f} s, table rows {table_base:.2f} s,"
        f" stats GROUP BYs {stats_base:.2f} s"
    )
    tagged = sqlite3.connect(db).execute("SELECT count(*) FROM tags WHERE tag = 'nlp'").fetchone()[0]

    def run(*args: str) -> Callable[[], tuple[float, float]]:
        return lambda: whole(list(args), db)

    # The first export gives every paper its citation key (stored from then on): measured once, first.
    measure(
        "export --format bibtex (first: keys given)", "(once)", 1, run("export", "-f", "bibtex"), bib_base
    )
    measure(
        "export --format bibtex --limit 1", "< 0.3 s, < 100 MB", runs, run("export", "--limit", "1"), None
    )
    one = (
        sqlite3.connect(db).execute("SELECT arxiv_id FROM papers WHERE id = ?", (papers // 2,)).fetchone()[0]
    )
    measure(f"show {one} --format bibtex", "< 0.3 s", runs, run("show", one, "-f", "bibtex"), None)
    measure(
        f"export --format bibtex --tag nlp ({tagged:,})",
        "< 100 MB",
        runs,
        run("export", "--tag", "nlp"),
        None,
    )
    measure("export --format bibtex (all)", "< 5 s, ≤ 10× sqlite3, < 100 MB", runs, run("export"), bib_base)
    measure("export --format csl-json (all)", "< 100 MB", runs, run("export", "-f", "csl-json"), None)
    limit = str(papers)
    measure("list --limit N --format json (all)", "≤ 3× sqlite3 -json, < 100 MB", runs,
            run("list", "--limit", limit, "-f", "json"), json_base)  # fmt: skip
    measure(
        "list --format jsonl (all)",
        "≤ 3× sqlite3 -json, < 100 MB",
        runs,
        run("list", "-f", "jsonl"),
        json_base,
    )
    measure(
        "list --format csv (all)", "≤ 3× sqlite3 -json, < 100 MB", runs, run("list", "-f", "csv"), json_base
    )
    measure(
        "export --format json (all)",
        "≤ 3× sqlite3 -json, < 100 MB",
        runs,
        run("export", "-f", "json"),
        json_base,
    )
    measure("list --format markdown (all)", "< 100 MB", runs, run("list", "-f", "md"), None)
    measure("stats", "< 0.3 s", runs, run("stats"), stats_base)
    measure("stats --format json", "< 0.3 s", runs, run("stats", "-f", "json"), stats_base)
    for args in (["list"], ["list", "-f", "json"], ["export"]):
        timings = [head(args, db, 20) for _ in range(runs)]
        print(
            f"{'paperlist ' + ' '.join(args) + ' | head -20':46} {median([t[0] for t in timings]):8.2f} s to the"
            f" lines, {median([t[1] for t in timings]):.2f} s to exit  goal: at once"
        )
    screens = [first_screen(["list"], db) for _ in range(runs)]
    print(f"{'list (table) on a terminal: first screen':46} {median(screens):8.2f} s{'':40}goal: < 0.3 s")
    if not skip_slow:
        measure("list (table, all) to a pipe", "< 100 MB", max(1, runs // 3), run("list"), table_base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-slow", action="store_true", help="leave out the whole table to a pipe")
    arguments = parser.parse_args()
    db = arguments.db
    if db is None:
        from bench_search import store_for

        db = store_for(arguments.size)
    bench(db, arguments.runs, arguments.skip_slow)


if __name__ == "__main__":
    main()
