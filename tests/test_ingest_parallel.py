"""Decoding and extraction in worker processes store exactly what doing it all in one process stores."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from paperlist.ingest.run import PARALLEL_FROM, ingest_paths
from paperlist.store.db import open_store

CONTENT = (
    "SELECT arxiv_id, openreview_id, title, digest_count FROM papers ORDER BY id",
    "SELECT d.name, m.line, m.evidence, m.raw, m.title, m.summary, m.code_url FROM mentions m"
    " JOIN digests d ON d.id = m.digest_id ORDER BY d.name, m.line",
    "SELECT d.name, n.name, n.line FROM names n JOIN digests d ON d.id = n.digest_id ORDER BY 1, 3",
    "SELECT rowid, title, digest_text FROM papers_fts ORDER BY rowid",
)


def corpus(folder: Path, seeds: Path) -> Path:
    """Enough digests for the worker pipeline: the seeds, edited copies of them, and one bad file."""
    folder.mkdir()
    for index in range(PARALLEL_FROM + 6):
        for seed in sorted(seeds.iterdir()):
            text = seed.read_bytes()
            if index:
                text = text.replace(b"2004.11886", f"2004.{11886 + index}".encode())
                text += f"\n{index}. A Copied Paper Number {index}\nhttps://arxiv.org/abs/2101.{index:05d}\n".encode()
            (folder / f"{index:02d}_{seed.name}").write_bytes(text)
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 100)
    os.mkfifo(folder / "yy_pipe.txt")  # new paths are first read by whoever parses them: a worker
    return folder


def content(path: Path) -> list[list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return [[tuple(row) for row in conn.execute(query)] for query in CONTENT]


def test_worker_processes_store_the_same_as_one_process(tmp_path: Path, seeds: Path) -> None:
    folder = corpus(tmp_path / "digests", seeds)
    reports = []
    for workers, name in ((0, "one.db"), (1, "many.db")):
        store = open_store(tmp_path / name)
        reports.append(ingest_paths(store, [str(folder)], workers=workers))
        store.close()
    one, many = reports
    assert one.digests == many.digests
    assert one.skipped == many.skipped
    assert [name for name, _ in many.skipped] == ["yy_pipe.txt", "zz_binary.txt"]
    assert "not a regular file" in many.skipped[0][1]
    assert one.papers_found == many.papers_found > 60
    assert content(tmp_path / "one.db") == content(tmp_path / "many.db")


def test_reingest_through_workers_changes_nothing(tmp_path: Path, seeds: Path) -> None:
    folder = corpus(tmp_path / "digests", seeds)
    store = open_store(tmp_path / "again.db")
    ingest_paths(store, [str(folder)], workers=1)
    before = content(tmp_path / "again.db")
    report = ingest_paths(store, [str(folder)], workers=1)
    assert report.papers_new == 0
    assert content(tmp_path / "again.db") == before
    store.close()


def test_search_index_text_prepared_in_workers_is_what_a_rebuild_makes(tmp_path: Path, seeds: Path) -> None:
    folder = corpus(tmp_path / "digests", seeds)
    store = open_store(tmp_path / "index.db")
    ingest_paths(store, [str(folder)], workers=1)
    prepared = content(tmp_path / "index.db")[-1]
    with store.transaction() as conn:  # rebuilt from the stored data alone, segmented here
        store.mark_stale(row[0] for row in conn.execute("SELECT id FROM papers"))
    store.close()
    assert content(tmp_path / "index.db")[-1] == prepared
    assert any("对比 比学 学习" in str(row[2]) for row in prepared)  # segmented, not raw


def test_the_writing_process_of_a_parallel_ingest_never_loads_the_extractor(
    tmp_path: Path, seeds: Path
) -> None:
    # (decoding and extraction weigh some 35 MB of compiled patterns: held by the writer as well as by each worker,
    # they put a large ingest's processes over their memory budget, benchmarks/bench_ingest.py)
    folder = corpus(tmp_path / "digests", seeds)
    program = (
        "import sys\n"
        "from paperlist.ingest.run import ingest_paths\n"
        "from paperlist.store.db import open_store\n"
        f"report = ingest_paths(open_store({str(tmp_path / 'w.db')!r}), [{str(folder)!r}], workers=1)\n"
        "print(report.papers_found, sorted(m for m in sys.modules if m.startswith(('paperlist.ingest.extract',"
        " 'paperlist.ingest.decode'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    found, loaded = done.stdout.split(" ", 1)
    assert int(found) > 60
    assert loaded.strip() == "[]"
