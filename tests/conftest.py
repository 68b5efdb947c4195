"""Shared fixtures: every test gets its own database, no colour, a fixed terminal width, no network."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperlist.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The service imitations (arXiv, OpenReview, Semantic Scholar) on loopback, and the fixtures that start them.
pytest_plugins = ["tests.servers.fixtures"]


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private database path and a deterministic, colourless 120-column terminal."""
    db = tmp_path / "paperlist.db"
    monkeypatch.setenv("PAPERLIST_DB", str(db))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    # The default test run never touches the internet: point the services at a closed local port.
    monkeypatch.setenv("PAPERLIST_ARXIV_URL", "http://127.0.0.1:9/api/query")
    monkeypatch.setenv("PAPERLIST_OPENREVIEW_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PAPERLIST_OPENREVIEW_V1_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PAPERLIST_S2_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("PAPERLIST_S2_API_KEY", raising=False)
    return db


@pytest.fixture
def empty_library(isolated: Path) -> Path:
    """An empty reading list: the database exists and holds no paper (a named database that does not exist
    at all is an error for every command but `ingest`)."""
    from paperlist.store.db import open_store

    open_store(isolated).close()
    return isolated


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli() -> Callable[..., Run]:
    """Run paperlist in-process through typer's CliRunner, with stdout and stderr apart."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Run:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private copy of the seed digests (tests may edit it)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


# Metadata as arXiv would give it, for papers the seeds link to (the tests write it in place of `enrich`).
METADATA: dict[str, dict[str, object]] = {
    "2004.11886": {
        "title": "Lite Transformer with Long-Short Range Attention",
        "authors": ["Zhanghao Wu", "Zhijian Liu", "Ji Lin", "Yujun Lin", "Song Han"],
        "published": "2020-04-24",
        "updated": "2020-04-24",
        "version": 1,
        "primary_category": "cs.CL",
        "categories": ["cs.CL", "cs.LG"],
        "abstract": "Transformer has become ubiquitous in natural language processing, but it requires "
        "enormous computation. We present an efficient mobile NLP architecture, Lite Transformer.",
        "comment": "ICLR 2020",
    },
    "2011.04419": {
        "title": "Towards Domain-Agnostic Contrastive Learning",
        "authors": ["Vikas Verma", "Minh-Thang Luong", "Kenji Kawaguchi", "Hieu Pham", "Quoc V. Le"],
        "published": "2020-11-09",
        "updated": "2021-07-19",
        "version": 2,
        "primary_category": "cs.LG",
        "categories": ["cs.LG", "cs.AI", "stat.ML"],
        "abstract": "Despite recent successes, most contrastive self-supervised learning methods are "
        "domain-specific. We propose a domain-agnostic approach to contrastive learning, DACL.",
    },
    "2004.08955": {
        "title": "ResNeSt: Split-Attention Networks",
        "authors": ["Hang Zhang", "Chongruo Wu", "Zhongyue Zhang"],
        "published": "2020-04-19",
        "updated": "2020-12-30",
        "version": 2,
        "primary_category": "cs.CV",
        "categories": ["cs.CV"],
        "abstract": "We present a modularized architecture, which applies the channel-wise attention "
        "on different network branches.",
    },
    "2104.00298": {
        "title": "EfficientNetV2: Smaller Models and Faster Training",
        "authors": ["Mingxing Tan", "Quoc V. Le"],
        "published": "2021-04-01",
        "updated": "2021-06-23",
        "version": 3,
        "primary_category": "cs.CV",
        "categories": ["cs.CV", "cs.LG"],
        "abstract": "This paper introduces EfficientNetV2, a new family of convolutional networks.",
        "doi": "10.48550/arXiv.2104.00298",
    },
}

# A sixth digest that mentions two papers again, so they are "papers several digests agree on".
EXTRA_DIGEST = """本周推荐

Lite Transformer with Long-Short Range Attention https://arxiv.org/abs/2004.11886
移动端的高效Transformer,又一次被推荐。

Towards Domain-Agnostic Contrastive Learning arXiv:2011.04419v2
领域无关的对比学习。
"""


def enrich(db: Path, arxiv_id: str, fields: dict[str, object]) -> None:
    """Write metadata for a paper as enrichment would (and refresh its full-text row)."""
    import json

    from paperlist.store import fts
    from paperlist.store.db import open_store

    store = open_store(db)
    try:
        values = {k: json.dumps(v) if isinstance(v, list) else v for k, v in fields.items()}
        assignments = ", ".join(f"{column} = :{column}" for column in values)
        with store.transaction() as conn:
            row = conn.execute("SELECT id FROM papers WHERE arxiv_id = ?", (arxiv_id,)).fetchone()
            conn.execute(
                f"UPDATE papers SET {assignments}, enrichment = 'enriched' WHERE id = :id",
                {**values, "id": row["id"]},
            )
            fts.reindex(conn, [row["id"]])
    finally:
        store.close()


@pytest.fixture
def library(cli: Callable[..., Run], seeds: Path, isolated: Path) -> Path:
    """The seeds plus a sixth digest, ingested, with arXiv metadata for four papers."""
    (seeds / "zz_weekly.md").write_text(EXTRA_DIGEST, encoding="utf-8")
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0, result.stderr
    for arxiv_id, fields in METADATA.items():
        enrich(isolated, arxiv_id, fields)
    return seeds


def read_terminal(main: int, process: subprocess.Popen[bytes], seconds: float) -> str:
    """What a process showed on the pseudo-terminal whose controlling side is `main`, read until it ends (or
    `seconds` pass); the terminal is closed after."""
    shown = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    process.wait(timeout=seconds)
    os.close(main)
    return shown.decode("utf-8", errors="replace")
