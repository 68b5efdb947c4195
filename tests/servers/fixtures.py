"""pytest fixtures: the service imitations on loopback, and the environment that points paperlist at them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers.arxiv_api import ArxivImitation
from tests.servers.openreview_api import OpenReviewImitation, load_notes
from tests.servers.semanticscholar_api import S2Imitation

TEST_DELAY = 0.05  # seconds between arXiv requests in most tests; one test keeps the real 3 s
# Real arXiv answers (their README says when and how each was recorded), kept in the repository.
RECORDINGS = Path(__file__).resolve().parents[1] / "data" / "recordings"


@pytest.fixture
def arxiv_server() -> Iterator[ArxivImitation]:
    with ArxivImitation() as server:
        yield server


@pytest.fixture
def openreview_servers() -> Iterator[tuple[OpenReviewImitation, OpenReviewImitation]]:
    """(API v2 host, API v1 host); the seed forums are ICLR 2021 notes, on v1."""
    with OpenReviewImitation(api=2) as v2, OpenReviewImitation(api=1, notes=load_notes()) as v1:
        yield v2, v1


@pytest.fixture
def s2_server() -> Iterator[S2Imitation]:
    """Semantic Scholar's imitation (PAPERLIST_S2_URL is its `url`)."""
    with S2Imitation() as server:
        yield server


@pytest.fixture
def services(
    monkeypatch: pytest.MonkeyPatch,
    arxiv_server: ArxivImitation,
    openreview_servers: tuple[OpenReviewImitation, OpenReviewImitation],
    s2_server: S2Imitation,
) -> tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]:
    """Every service imitation started (Semantic Scholar's too: the `s2_server` fixture), and paperlist's
    environment pointing at them with short delays."""
    v2, v1 = openreview_servers
    monkeypatch.setenv("PAPERLIST_ARXIV_URL", arxiv_server.url)
    monkeypatch.setenv("PAPERLIST_OPENREVIEW_URL", v2.base_url)
    monkeypatch.setenv("PAPERLIST_OPENREVIEW_V1_URL", v1.base_url)
    monkeypatch.setenv("PAPERLIST_ARXIV_DELAY", str(TEST_DELAY))
    monkeypatch.setenv("PAPERLIST_OPENREVIEW_DELAY", "0.01")
    monkeypatch.setenv("PAPERLIST_S2_URL", s2_server.url)
    monkeypatch.setenv("PAPERLIST_S2_DELAY", "0.01")
    return arxiv_server, v2, v1


@pytest.fixture
def recordings() -> Path:
    """tests/data/recordings/: real arXiv answers."""
    return RECORDINGS
