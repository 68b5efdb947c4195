"""arxiv.py: the converter on real recordings, and the client against the local imitation."""

from __future__ import annotations

import itertools
import socket
import time
from pathlib import Path

import httpx
import pytest

from paperlist.enrich.arxiv import (
    ArxivClient,
    MalformedFeed,
    chunk_clauses,
    id_batches,
    parse_feed,
    split_versioned_id,
    title_clause,
    title_phrase,
)
from paperlist.errors import ServiceBlocked, ServiceThrottled, ServiceUnreachable
from paperlist.http import USER_AGENT, Backoff, Clock, Wait
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.base import Fault, access_denied, rate_exceeded, unavailable
from tests.servers.fixtures import TEST_DELAY

# -- the converter on what arXiv really sent ----------------------------------------------------------------


def test_batch_with_a_missing_id(recordings: Path) -> None:
    feed = parse_feed((recordings / "new2026_idlist_multi_0808.05394_1707.08567.xml").read_bytes())
    assert (feed.total, feed.per_page, len(feed.entries)) == (1, 100, 1)
    paper = feed.entries[0]
    assert (paper.arxiv_id, paper.version) == ("1707.08567", 1)
    assert paper.title == "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications"
    assert len(paper.authors) == 34
    assert paper.authors[0] == "Kees A. Schouhamer Immink"
    assert any(not name.isascii() for name in paper.authors)
    assert paper.comment
    assert paper.comment.startswith("44 pages")
    assert (paper.published, paper.updated, paper.primary_category) == ("2017-07-27", "2017-07-27", "cs.IT")


def test_old_style_id_with_affiliation_and_journal_ref(recordings: Path) -> None:
    (paper,) = parse_feed((recordings / "new2026_oldstyle_astro-ph_0601001.xml").read_bytes()).entries
    assert paper.arxiv_id == "astro-ph/0601001"
    assert paper.journal_ref
    assert paper.abstract
    assert not paper.abstract.startswith(" ")
    assert paper.authors
    assert all(name == name.strip() for name in paper.authors)


def test_legacy_layout_is_read_and_normalised(recordings: Path) -> None:
    name = "legacy2016_title_search_au_del_maestro_AND_ti_quantum_criticality.xml"
    feed = parse_feed((recordings / name).read_bytes())
    assert (feed.total, feed.per_page) == (2, 10)
    first, second = feed.entries
    assert (
        first.title
        == "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit"
    )
    assert first.abstract
    assert "\n" not in first.abstract
    assert "  " not in first.abstract
    assert (first.doi, first.journal_ref) == ("10.1103/PhysRevB.85.115117", "Phys. Rev. B 85, 115117 (2012)")
    assert (second.arxiv_id, second.version) == ("cond-mat/0607501", 2)
    assert second.categories == ("cond-mat.str-el",)
    assert second.primary_category == "cond-mat.str-el"


def test_error_and_empty_feeds(recordings: Path) -> None:
    error = parse_feed((recordings / "new2026_error_incorrect_id_format_abc.xml").read_bytes())
    assert error.entries == ()
    assert error.errors[0].bad_id == "abc"
    empty = parse_feed((recordings / "new2026_empty_idlist_0000.0000.xml").read_bytes())
    assert (empty.total, empty.entries, empty.errors) == (0, (), ())


def test_only_an_explicit_answer_settles_an_id_as_missing(
    recordings: Path, arxiv_server: ArxivImitation
) -> None:
    """arXiv says a well-formed id does not exist by answering it with no entry in a feed that echoes the ids
    asked and counts only what it found (the recordings); the imitation answers alike. A feed cut short,
    without a count or about other ids says nothing about the ids it leaves out."""
    empty = parse_feed((recordings / "new2026_empty_idlist_0000.0000.xml").read_bytes())
    assert empty.settles_missing(["0000.0000"]) is None
    multi = (recordings / "new2026_idlist_multi_0808.05394_1707.08567.xml").read_bytes()
    assert parse_feed(multi).settles_missing(["0808.05394", "1707.08567"]) is None
    with ArxivClient(arxiv_server.url, delay=TEST_DELAY) as client:
        ours = client.query({"id_list": "0808.05394,2004.11886", "max_results": "2", "start": "0"})
    assert ours.settles_missing(["0808.05394", "2004.11886"]) is None
    # The same answers, tampered with: an entry cut out (its count still says it was found), no count, no echo.
    cut = multi.replace(multi[multi.index(b"<entry>") : multi.index(b"</entry>") + 8], b"")
    assert "holds 0" in (parse_feed(cut).settles_missing(["0808.05394", "1707.08567"]) or "")
    uncounted = multi.replace(b"<opensearch:totalResults>1</opensearch:totalResults>", b"")
    assert parse_feed(uncounted).settles_missing(["0808.05394"]) == "an answer without a result count"
    elsewhere = multi.replace(b"id_list=0808.05394,1707.08567", b"id_list=1707.08567")
    assert "does not name" in (parse_feed(elsewhere).settles_missing(["0808.05394", "1707.08567"]) or "")


HOSTILE = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/{id}v2</id><title>{title}</title>
<published>{date}T00:00:00Z</published><updated>2021-02-01T00:00:00Z</updated><arxiv:doi>{doi}</arxiv:doi>
<author><name>A Person</name></author><category term="{category}"/><category term="cs.LG"/></entry></feed>"""


@pytest.mark.parametrize(
    "arxiv_id",
    ["javascript:alert(1)", "../../etc/passwd", "&quot;&gt;&lt;script&gt;", "2101.00001/x", "9913.00001"],
)
def test_an_entry_whose_id_is_not_an_id_is_refused(arxiv_id: str) -> None:
    body = HOSTILE.format(id=arxiv_id, title="T", date="2021-01-01", doi="10.1/x", category="cs.CL")
    assert parse_feed(body.encode()).entries == ()


def test_dates_categories_dois_and_titles_are_checked() -> None:
    body = HOSTILE.format(
        id="math.GT/0309136",
        title="W" * 5000,
        date="9999-99-99",
        doi="10.1/x}, note={y",
        category="cs.CL} x={",
    )
    (paper,) = parse_feed(body.encode()).entries
    assert paper.arxiv_id == "math/0309136"  # the canonical form
    assert (paper.published, paper.doi, paper.primary_category, paper.categories) == (
        None,
        None,
        "cs.LG",
        ("cs.LG",),
    )
    assert len(paper.title) == 1000
    assert paper.updated == "2021-02-01"


def test_search_page_with_doi(recordings: Path) -> None:
    feed = parse_feed((recordings / "new2026_search_all_testing_s0_m10.xml").read_bytes())
    assert feed.total == 214881
    assert len(feed.entries) == 10
    assert any(entry.doi for entry in feed.entries)


ENTRY = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/2101.00001v3</id><title>{title}</title>
<published>2021-01-01T00:00:00Z</published><updated>2021-02-01T00:00:00Z</updated>
<author><name>A  Person</name></author><category term="cs.LG"/></entry></feed>"""


def test_a_title_zero_is_a_title() -> None:
    (paper,) = parse_feed(ENTRY.format(title="0").encode()).entries
    assert paper.title == "0"
    assert paper.version == 3
    assert paper.authors == ("A Person",)
    assert paper.primary_category == "cs.LG"  # no arxiv:primary_category: the first category


def test_hostile_and_broken_answers_are_refused() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><feed>&b;</feed>'
    with pytest.raises(MalformedFeed):
        parse_feed(bomb)
    whole = ENTRY.format(title="Cut").encode()
    with pytest.raises(MalformedFeed):
        parse_feed(whole[: len(whole) // 2])
    with pytest.raises(MalformedFeed):
        parse_feed(b"Rate exceeded.")


def test_title_phrases_drop_what_breaks_the_query() -> None:
    assert (
        title_phrase('HiPPO: Recurrent "Memory" (with) Projections')
        == "HiPPO Recurrent Memory with Projections"
    )
    assert title_phrase("《》中文") is None
    assert title_clause("Smooth Adversarial Training") == 'ti:"Smooth Adversarial Training"'
    chunks = chunk_clauses([f'ti:"title number {n}"' for n in range(45)])
    assert [len(chunk) for chunk in chunks] == [20, 20, 5]
    assert [len(batch) for batch in id_batches(f"2101.{n:05d}" for n in range(230))] == [100, 100, 30]


def test_backoff_grows_with_jitter_inside_its_budget() -> None:
    backoff = Backoff(base=1.0, cap=8.0, budget=20.0, rng=lambda low, high: high)
    delays = []
    while (delay := backoff.next_delay()) is not None:
        delays.append(delay)
    assert delays == [1.0, 2.0, 4.0, 8.0]
    assert sum(delays) <= 20.0
    jittered = Backoff(base=4.0, cap=8.0, budget=100.0)
    assert all(2.0 <= jittered.next_delay() <= 4.0 for _ in range(1))  # type: ignore[operator]
    assert Backoff(base=1.0, cap=8.0, budget=5.0).next_delay(retry_after=6.0) is None


# -- the client through the imitation ------------------------------------------------------------------------


def _client(server: ArxivImitation, **kwargs: object) -> ArxivClient:
    return ArxivClient(server.url, delay=TEST_DELAY, **kwargs)  # type: ignore[arg-type]


def test_ids_are_batched_keyed_by_id_and_missing_ones_named(arxiv_server: ArxivImitation) -> None:
    ids = [*sorted(arxiv_server.records)[:14], "2101.99999"]
    with _client(arxiv_server) as client:
        answer = client.fetch_ids(ids)
    assert set(answer.found) == set(ids) - {"2101.99999"}
    assert all(answer.found[key].arxiv_id == key for key in answer.found)
    assert answer.missing == {"2101.99999"}
    (request,) = arxiv_server.log
    assert request.params["max_results"] == "15"
    assert request.user_agent == USER_AGENT


def test_a_malformed_id_is_dropped_and_the_batch_asked_again(arxiv_server: ArxivImitation) -> None:
    with _client(arxiv_server) as client:
        answer = client.fetch_ids(["2004.11886", "abc"])
    assert set(answer.found) == {"2004.11886"}
    assert answer.invalid == {"abc"}
    assert [entry.status for entry in arxiv_server.log] == [400, 200]


class VirtualClock(Clock):
    """Time that passes only when the client sleeps: its spacing is exact, however busy the machine is."""

    def __init__(self) -> None:
        self.time = 1000.0

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.time += max(seconds, 0.0)


class SendLog(httpx.HTTPTransport):
    """A real transport that notes, by the client's clock, when each request leaves the client."""

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.sent: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(self.clock.now())
        return super().handle_request(request)


def test_requests_are_spaced_on_one_connection(arxiv_server: ArxivImitation) -> None:
    """The client's own spacing, measured where requests leave it (arrival times at a server on a busy
    machine include the server thread's scheduling: not the client's doing)."""
    clock = VirtualClock()
    sent = SendLog(clock)
    with ArxivClient(arxiv_server.url, delay=0.3, clock=clock, transport=sent) as client:
        for _ in range(3):
            client.search('ti:"Smooth Adversarial Training"', max_results=5)
    assert len(sent.sent) == 3
    assert all(later - earlier >= 0.3 for earlier, later in itertools.pairwise(sent.sent))
    assert len(arxiv_server.log) == 3
    assert arxiv_server.connections == 1


@pytest.mark.parametrize(
    "fault",
    [rate_exceeded(), unavailable(), Fault(kind="reset"), Fault(kind="truncate"), Fault(kind="short")],
    ids=["429", "503", "reset", "truncated-xml", "short-body"],
)
def test_transient_faults_are_retried(arxiv_server: ArxivImitation, fault: Fault) -> None:
    arxiv_server.push(fault, fault)
    waits: list[Wait] = []
    with _client(arxiv_server, on_wait=waits.append) as client:
        answer = client.fetch_ids(["2004.11886"])
    assert set(answer.found) == {"2004.11886"}
    assert len(arxiv_server.log) == 3
    throttled = [wait for wait in waits if wait.throttled]
    assert len(throttled) == 2
    assert throttled[1].seconds >= TEST_DELAY


def test_retry_after_is_honoured(arxiv_server: ArxivImitation) -> None:
    arxiv_server.push(rate_exceeded(retry_after="1"))
    waits: list[Wait] = []
    with _client(arxiv_server, on_wait=waits.append) as client:
        client.fetch_ids(["2004.11886"])
    assert arxiv_server.gaps()[0] >= 1.0
    assert "Retry-After" in waits[0].reason
    assert "429 Rate exceeded." in waits[0].reason


def test_403_stops_at_once(arxiv_server: ArxivImitation) -> None:
    arxiv_server.always = access_denied()
    with _client(arxiv_server) as client, pytest.raises(ServiceBlocked):
        client.fetch_ids(["2004.11886"])
    assert len(arxiv_server.log) == 1


def test_endless_429_gives_up_within_the_bounded_wait(arxiv_server: ArxivImitation) -> None:
    arxiv_server.always = rate_exceeded()
    started = time.monotonic()
    with (
        _client(arxiv_server, max_wait=1.0) as client,
        pytest.raises(ServiceThrottled, match="Rate exceeded"),
    ):
        client.fetch_ids(["2004.11886"])
    assert time.monotonic() - started < 2.5
    assert 2 <= len(arxiv_server.log) <= 12


def test_an_unreachable_service_is_reported_at_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with ArxivClient(f"http://127.0.0.1:{port}/api/query", delay=TEST_DELAY) as client:
        with pytest.raises(ServiceUnreachable):
            client.fetch_ids(["2004.11886"])
        assert client.requests == 1
    assert time.monotonic() - started < 1.0


def test_titles_share_requests(arxiv_server: ArxivImitation) -> None:
    titles = ["Smooth Adversarial Training", "Transformer Quality in Linear Time", "Memformer: The Memory"]
    clauses = [title_clause(phrase) for title in titles if (phrase := title_phrase(title))]
    with _client(arxiv_server) as client:
        found = client.search_clauses(clauses)
    assert {entry.arxiv_id for entry in found} == {"2006.14536", "2202.10447"}
    (request,) = arxiv_server.log
    assert request.params["search_query"].count(" OR ") == 2


def test_a_version_too_long_to_be_one_is_not_read_as_a_version() -> None:
    """Found by the drills: a 30-digit "version" overflowed SQLite's integer when stored."""
    assert split_versioned_id("http://arxiv.org/abs/2004.11886v3") == ("2004.11886", 3)
    assert split_versioned_id("http://arxiv.org/abs/2004.11886v" + "9" * 30) == (
        "2004.11886v" + "9" * 30,
        None,
    )


def test_an_answer_trickling_in_is_cut_at_the_timeout(arxiv_server: ArxivImitation) -> None:
    """httpx times out per read only: one byte every 0.1 s would never end without a total bound."""
    arxiv_server.always = Fault(kind="trickle", body=b"<" * 500, seconds=0.1)
    started = time.monotonic()
    with (
        ArxivClient(arxiv_server.url, delay=TEST_DELAY, timeout=0.5, max_wait=0.5) as client,
        pytest.raises(ServiceThrottled, match="too slow"),
    ):
        client.fetch_ids(["2004.11886"])
    assert time.monotonic() - started < 5


def test_an_endless_answer_is_refused_at_the_size_limit(arxiv_server: ArxivImitation) -> None:
    arxiv_server.always = Fault(kind="flood", seconds=30)
    with (
        ArxivClient(arxiv_server.url, delay=TEST_DELAY) as client,
        pytest.raises(ServiceThrottled, match="MB"),
    ):
        client.fetch_ids(["2004.11886"])
