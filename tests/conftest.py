"""Shared fixtures: every test gets its own database, no colour, a fixed terminal width, no network."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperlist.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

# The service imitations (arXiv, OpenReview) on loopback, and the fixtures that start them.
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
    return db


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
