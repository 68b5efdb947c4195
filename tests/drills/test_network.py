"""Network drill: `paperlist enrich` against the local arXiv and OpenReview imitations misbehaving in every way
seen in the wild (ARXIV.md): every run ends within a bounded time with a message saying what happened, every
reference stays stored, and once the service recovers a run completes to exactly the state of a healthy run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from paperlist.store.db import open_store
from tests.drills.harness import Done, differences, environment, integrity, no_duplicates, run, snapshot
from tests.seeding import record_seed_references
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.base import Fault, access_denied, hang, rate_exceeded, unavailable
from tests.servers.openreview_api import OpenReviewImitation, load_notes, rate_limited
from tests.servers.semanticscholar_api import S2Imitation

pytestmark = pytest.mark.slow

Services = tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]
TIMEOUT = "1"  # PAPERLIST_TIMEOUT for these runs: a silent server is given up on after a second
DELAY = "0.02"  # PAPERLIST_ARXIV_DELAY: retries give up after max(40 × delay, 1 s) of failing
BOUND = 45.0  # no run may take longer, whatever the services do

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>&d;&d;&d;&d;&d;&d;&d;&d;</title></feed>'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2004.11886v1</id>'
    b"<title>&x;</title></entry></feed>"
)
NOT_ATOM = b"<html><body>Service temporarily down for maintenance</body></html>"
DEEP_JSON = b'{"notes": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"


def ok_200(body: bytes, content_type: str = "application/atom+xml") -> Fault:
    return Fault(status=200, body=body, content_type=content_type)


@pytest.fixture
def seeded(isolated: Path) -> Path:
    """A database holding every reference of the seed digests (ids, forums, bare titles), none enriched."""
    store = open_store(isolated)
    record_seed_references(store)
    store.close()
    return isolated


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The state a healthy run reaches from the seeded references (computed once, on its own imitations)."""
    path = tmp_path_factory.mktemp("healthy") / "healthy.db"
    store = open_store(path)
    record_seed_references(store)
    store.close()
    with (
        ArxivImitation() as arxiv,
        OpenReviewImitation(api=2) as v2,
        OpenReviewImitation(api=1, notes=load_notes()) as v1,
        S2Imitation() as s2,
    ):
        env = environment(
            PAPERLIST_ARXIV_URL=arxiv.url,
            PAPERLIST_OPENREVIEW_URL=v2.base_url,
            PAPERLIST_OPENREVIEW_V1_URL=v1.base_url,
            PAPERLIST_ARXIV_DELAY=DELAY,
            PAPERLIST_OPENREVIEW_DELAY="0.01",
            PAPERLIST_S2_URL=s2.url,
            PAPERLIST_S2_DELAY="0.01",
        )
        done = run("--db", str(path), "enrich", env=env)
    assert done.code == 0, done.stderr
    return snapshot(path)


def enrich(db: Path) -> Done:
    env = environment(PAPERLIST_TIMEOUT=TIMEOUT, PAPERLIST_ARXIV_DELAY=DELAY)
    return run("--db", str(db), "enrich", env=env, timeout=BOUND + 30)


def references(db: Path) -> dict[str, list[str]]:
    """What the digests said: digests, mentions, names (never touched by enrichment)."""
    dump = snapshot(db)
    return {table: dump[table] for table in ("digests", "mentions", "names")}


def without_paper_keys(rows: dict[str, list[str]]) -> dict[str, list[str]]:
    """Mentions with the paper they point at left out (enrichment may merge two papers into one)."""
    out = {}
    for table, items in rows.items():
        out[table] = sorted(
            json.dumps({k: v for k, v in json.loads(item).items() if k != "paper_id"}, sort_keys=True)
            for item in items
        )
    return out


def check_recovers(
    db: Path, services: Services, expected: dict[str, list[str]], openreview_was_down: bool = False
) -> None:
    """The service recovers: the next `paperlist enrich` completes, to the state of a healthy run.

    One difference is by design: a forum paper that arXiv's title search matched surely while OpenReview
    could not be asked is enriched from arXiv then, and OpenReview's venue is not fetched for it later
    (as for every paper whose arXiv id a digest gives). Papers the title alone could not settle wait as
    `failed` and end exactly as in a healthy run.
    """
    for server in services:
        server.clear()
    done = enrich(db)
    assert done.code == 0, done.stderr
    assert integrity(db) == ["ok"]
    assert no_duplicates(db) == []
    actual = snapshot(db)
    if openreview_was_down:
        expected, actual = without_venue(expected), without_venue(actual)
    diff = differences(expected, actual)
    assert not diff, "\n".join(diff)


def without_venue(dump: dict[str, list[str]]) -> dict[str, list[str]]:
    rows = [json.loads(row) for row in dump["papers"]]
    for row in rows:
        row.pop("venue")
    return {**dump, "papers": sorted(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows)}


@dataclass(frozen=True)
class Breakdown:
    """One way a service can fail for a whole run, and what the user must be told."""

    name: str
    arm: Callable[[Services], None]
    message: str  # must appear in the error line


def _always(server: int, fault: Fault) -> Callable[[Services], None]:
    def arm(services: Services) -> None:
        services[server].always = fault

    return arm


def _stopped(services: Services) -> None:
    services[0].stop()  # nothing listens on arXiv's port any more


ARXIV, V2, V1 = 0, 1, 2
BREAKDOWNS = [
    Breakdown("arXiv 403 block", _always(ARXIV, access_denied()), "arXiv refused access (403)"),
    Breakdown("arXiv never answers", _always(ARXIV, hang(120)), "no answer within 1 s"),
    Breakdown(
        "arXiv answers one byte at a time",
        _always(ARXIV, Fault(kind="trickle", body=b"<" * 4000, seconds=0.2)),
        "too slow",
    ),
    Breakdown("arXiv sends an endless body", _always(ARXIV, Fault(kind="flood", seconds=60)), "more than"),
    Breakdown("arXiv 429 without end", _always(ARXIV, rate_exceeded()), "429 Rate exceeded."),
    Breakdown("arXiv 503 without end", _always(ARXIV, unavailable()), "HTTP 503"),
    Breakdown("arXiv resets every connection", _always(ARXIV, Fault(kind="reset")), "connection"),
    Breakdown(
        "arXiv truncates every answer", _always(ARXIV, Fault(kind="truncate")), "truncated or malformed"
    ),
    Breakdown(
        "arXiv answers HTML, not Atom", _always(ARXIV, ok_200(NOT_ATOM, "text/html")), "not an Atom feed"
    ),
    Breakdown("arXiv answers a billion laughs", _always(ARXIV, ok_200(BILLION_LAUGHS)), "unreadable Atom"),
    Breakdown("arXiv answers an external entity", _always(ARXIV, ok_200(EXTERNAL_ENTITY)), "unreadable Atom"),
    Breakdown("arXiv is down (connection refused)", _stopped, "cannot reach arXiv"),
    Breakdown("OpenReview never answers", _always(V2, hang(120)), "no answer within 1 s"),
    Breakdown("OpenReview sends an endless body", _always(V2, Fault(kind="flood", seconds=60)), "more than"),
    Breakdown(
        "OpenReview answers JSON nested 200 000 deep",
        _always(V1, ok_200(DEEP_JSON, "application/json")),
        "unreadable answer",
    ),
    Breakdown("OpenReview answers broken JSON", _always(V1, Fault(kind="truncate")), "unreadable answer"),
    Breakdown("OpenReview rate limit without end", _always(V1, rate_limited("2000-01-01T00:00:00Z")), "429"),
    Breakdown(
        "OpenReview 403 on both hosts", _always(V1, access_denied()), "OpenReview refused access (403)"
    ),
]


@pytest.mark.parametrize("breakdown", BREAKDOWNS, ids=[b.name for b in BREAKDOWNS])
def test_a_broken_service_ends_the_run_in_bounded_time_and_loses_nothing(
    breakdown: Breakdown, services: Services, seeded: Path, reference: dict[str, list[str]]
) -> None:
    before = references(seeded)
    breakdown.arm(services)
    done = enrich(seeded)
    assert done.seconds < BOUND
    assert done.code == 6, done.stderr
    assert "Traceback" not in done.stderr
    (error,) = [line for line in done.lines if line.startswith("paperlist: error:")]
    assert breakdown.message in error, done.stderr
    assert "run `paperlist enrich` again later" in error
    assert integrity(seeded) == ["ok"]
    assert without_paper_keys(references(seeded)) == without_paper_keys(
        before
    )  # every reference stays stored
    if breakdown.arm is _stopped:
        return  # this imitation cannot come back on its port; recovery is shown by every other breakdown
    check_recovers(seeded, services, reference, openreview_was_down=breakdown.name.startswith("OpenReview"))


def test_a_flaky_service_still_completes(
    services: Services, seeded: Path, reference: dict[str, list[str]]
) -> None:
    """30% of answers are 429, 503, resets, truncated or cut bodies, or too slow: the run retries its way
    through, says why it waits, and reaches the healthy state (a second `enrich` at most, as a user would)."""
    arxiv_faults = [
        rate_exceeded(),
        rate_exceeded("1"),
        unavailable(),
        Fault(kind="reset"),
        Fault(kind="truncate"),
        Fault(kind="short"),
        Fault(kind="slow", seconds=1.5),
    ]
    services[ARXIV].chaos(0.3, arxiv_faults, seed=7)
    openreview_faults = [
        rate_limited("2000-01-01T00:00:00Z"),
        unavailable(),
        Fault(kind="reset"),
        Fault(kind="truncate"),
    ]
    services[V2].chaos(0.3, openreview_faults, seed=8)
    services[V1].chaos(0.3, openreview_faults, seed=9)
    runs = []
    started = time.monotonic()
    while len(runs) < 3:
        runs.append(enrich(seeded))
        if runs[-1].code == 0:
            break
        assert runs[-1].code == 6, runs[-1].stderr
    assert runs[-1].code == 0, "\n".join(done.stderr for done in runs)
    assert time.monotonic() - started < 2 * BOUND
    shown = "\n".join(done.stderr for done in runs)
    assert "waiting" in shown
    assert "429" in shown
    assert "Traceback" not in shown
    diff = differences(reference, snapshot(seeded))
    assert not diff, "\n".join(diff)
