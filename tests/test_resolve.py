"""The enrichment pipeline through the local imitations: right ids, few polite requests, resumable."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from paperlist.config import ServiceSettings
from paperlist.digests import Digest, Extraction, Reference
from paperlist.enrich.run import enrich_papers, plan_enrichment
from paperlist.models import EnrichState, Evidence
from paperlist.store.db import Store, open_store
from paperlist.store.digests import record_digest
from tests.seeding import TRUE_IDS, record_seed_references
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.base import Fault, access_denied, rate_exceeded
from tests.servers.fixtures import TEST_DELAY
from tests.servers.openreview_api import OpenReviewImitation

Services = tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "enrich.db")
    yield opened  # type: ignore[misc]
    opened.close()


def settings(services: Services, delay: float = TEST_DELAY) -> ServiceSettings:
    arxiv, v2, v1 = services
    # (Semantic Scholar's imitation: the one the `services` fixture started and put in the environment.)
    return ServiceSettings(
        arxiv.url,
        v2.base_url,
        v1.base_url,
        arxiv_delay=delay,
        openreview_delay=0.01,
        s2_url=os.environ["PAPERLIST_S2_URL"],
        s2_delay=0.01,
    )


def check_seed_papers(store: Store) -> None:
    """Every seed paper has its true arXiv id (Erasure none), each once, with all its mentions."""
    rows = store.conn.execute(
        "SELECT p.id, p.arxiv_id, p.openreview_id, p.enrichment, group_concat(m.title, '|') AS titles,"
        " count(m.id) AS mentions FROM papers p JOIN mentions m ON m.paper_id = p.id GROUP BY p.id"
    ).fetchall()
    assert len(rows) == 38  # 37 with an arXiv version, and "Erasure for Advancing"
    for row in rows:
        for title in row["titles"].split("|"):
            assert row["arxiv_id"] == TRUE_IDS[title], title
        assert row["enrichment"] == "enriched"
    ids = [row["arxiv_id"] for row in rows if row["arxiv_id"]]
    assert len(ids) == len(set(ids)) == 37
    multi_view = next(row for row in rows if row["arxiv_id"] == "2006.05576")
    assert (multi_view["openreview_id"], multi_view["mentions"]) == ("-bdp_8Itjwp", 2)


def test_every_seed_paper_gets_the_right_id(store: Store, services: Services) -> None:
    record_seed_references(store)
    report = enrich_papers(store, settings=settings(services))
    check_seed_papers(store)
    assert report.arxiv_requests == len(services[0].log) <= 8
    assert report.states[EnrichState.ENRICHED] == 38
    erasure = store.conn.execute("SELECT * FROM papers WHERE openreview_id = 'WfY0jNndSn3'").fetchone()
    assert erasure["arxiv_id"] is None
    assert "OpenReview only" in erasure["enrichment_reason"]
    assert erasure["title"].startswith("Erasure for Advancing")


def test_a_second_run_sends_no_request(store: Store, services: Services) -> None:
    record_seed_references(store)
    enrich_papers(store, settings=settings(services))
    before = [len(server.log) for server in services]
    report = enrich_papers(store, settings=settings(services))
    assert [len(server.log) for server in services] == before
    assert (report.plan.to_ask, report.arxiv_requests) == (0, 0)


def test_dry_run_plans_and_asks_nothing(store: Store, services: Services) -> None:
    record_seed_references(store)
    report = enrich_papers(store, settings=settings(services), dry_run=True)
    assert [len(server.log) for server in services] == [0, 0, 0]
    plan = report.plan
    assert (plan.papers, plan.ids, plan.forums, plan.titles) == (38, 13, 10, 25)
    assert (plan.id_requests, plan.title_requests) == (1, 2)


def test_a_run_cut_by_429s_resumes_and_completes(store: Store, services: Services) -> None:
    arxiv = services[0]
    record_seed_references(store)
    arxiv.push(Fault(kind="ok"))  # the id batch gets through, then arXiv keeps answering 429
    arxiv.always = rate_exceeded()
    first = enrich_papers(store, settings=settings(services))
    assert first.stopped
    assert "Rate exceeded" in first.stopped
    assert first.states[EnrichState.ENRICHED] == 13  # the ids
    assert first.states[EnrichState.FAILED] == 25
    assert first.throttled_seconds > 0
    failed = store.conn.execute("SELECT enrichment_reason FROM papers WHERE enrichment = 'failed'").fetchone()
    assert "still failing after" in failed[0]
    assert "429 Rate exceeded" in failed[0]
    arxiv.clear()
    second = enrich_papers(store, settings=settings(services))
    assert second.stopped is None
    assert all("id_list" not in entry.params for entry in arxiv.log)  # enriched ids are not asked again
    check_seed_papers(store)


def test_403_stops_asking(store: Store, services: Services) -> None:
    arxiv = services[0]
    record_seed_references(store)
    arxiv.always = access_denied()
    report = enrich_papers(store, settings=settings(services))
    assert len(arxiv.log) == 1
    assert report.stopped
    assert "403" in report.stopped
    assert report.states[EnrichState.FAILED] == 38


def test_unreachable_network_is_noticed_once(store: Store) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    closed = f"http://127.0.0.1:{port}"
    record_seed_references(store)
    started = time.monotonic()
    report = enrich_papers(
        store, settings=ServiceSettings(closed + "/api/query", closed, closed, 3.0, 1.0, s2_url=closed)
    )
    assert time.monotonic() - started < 2.0
    assert report.arxiv_requests + report.openreview_requests + report.s2_requests == 1
    assert report.states[EnrichState.PENDING] == 38
    assert report.stopped
    assert report.stopped.startswith("offline")


def _digest(store: Store, name: str, *references: Reference) -> None:
    digest = Digest(path=f"/d/{name}", name=name, sha256=name, size=1, encoding="utf-8")
    record_digest(store, digest, Extraction(references=references), "2026-01-01T00:00:00+00:00")


def test_ids_arxiv_does_not_have_are_remembered(store: Store, services: Services) -> None:
    _digest(store, "a.txt", Reference(evidence=Evidence.ARXIV_LINK, line=1, raw="x", arxiv_id="2101.99999"))
    report = enrich_papers(store, settings=settings(services))
    assert report.states[EnrichState.NOT_FOUND] == 1
    assert store.conn.execute("SELECT count(*) FROM arxiv_missing").fetchone()[0] == 1
    store.conn.execute("UPDATE papers SET enrichment = 'pending'")  # even when asked to retry the paper
    assert plan_enrichment(store).remembered_missing == 1
    enrich_papers(store, settings=settings(services))
    assert len(services[0].log) == 1


def test_one_paper_through_two_routes_is_merged_with_the_users_state(
    store: Store, services: Services
) -> None:
    _digest(store, "a.txt", Reference(evidence=Evidence.ARXIV_LINK, line=1, raw="x", arxiv_id="2008.07669"))
    title = "HiPPO: Recurrent Memory with Optimal Polynomial Projections"
    _digest(store, "b.txt", Reference(evidence=Evidence.TITLE_ONLY, line=3, raw=title, title=title))
    later = store.conn.execute("SELECT max(id) FROM papers").fetchone()[0]
    store.conn.execute("UPDATE user_state SET status = 'read', note = 'great' WHERE paper_id = ?", (later,))
    store.conn.execute("INSERT INTO tags (paper_id, tag) VALUES (?, 'ssm')", (later,))
    report = enrich_papers(store, settings=settings(services))
    assert report.merged == 1
    (paper,) = store.conn.execute("SELECT * FROM papers").fetchall()
    assert paper["arxiv_id"] == "2008.07669"
    state = store.conn.execute("SELECT * FROM user_state WHERE paper_id = ?", (paper["id"],)).fetchone()
    assert (state["status"], state["note"]) == ("read", "great")
    assert store.conn.execute("SELECT tag FROM tags").fetchall()[0][0] == "ssm"
    assert (
        store.conn.execute("SELECT count(*) FROM mentions WHERE paper_id = ?", (paper["id"],)).fetchone()[0]
        == 2
    )


def test_an_unsure_title_stays_digest_only_with_candidates(store: Store, services: Services) -> None:
    title = "Supervised Contrastive Learning for Everything"
    _digest(store, "a.txt", Reference(evidence=Evidence.TITLE_ONLY, line=1, raw=title, title=title))
    arxiv = services[0]
    arxiv.records = {key: value for key, value in arxiv.records.items() if key != "2004.11362"}
    enrich_papers(store, settings=settings(services))
    paper = store.conn.execute("SELECT * FROM papers").fetchone()
    assert paper["arxiv_id"] is None
    assert paper["enrichment"] in {"ambiguous", "not_found"}


def test_at_the_real_delay_requests_stay_three_seconds_apart(store: Store, services: Services) -> None:
    """Done-when, at the pipeline level: all 37 right, ≤ 8 arXiv requests, none closer than 3 s."""
    record_seed_references(store)
    enrich_papers(store, settings=settings(services, delay=3.0))
    check_seed_papers(store)
    arxiv = services[0]
    assert len(arxiv.log) <= 8
    assert min(arxiv.gaps()) >= 3.0
