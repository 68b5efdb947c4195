"""Hostile-services drill (second round): what arXiv or OpenReview answer is never trusted beyond what it
says for certain. An answer that leaves ids out is not a verdict on them; ids, dates, categories and titles are
checked before they are stored; an answer about another note is not this paper's; redirects stay on the
service's host; odd network answers and bad settings end in a documented exit code, never a traceback.

Runs the real `paperlist` process against the loopback imitations (tests/servers/), some of them tampered
with here; each test names the item of the second round of attacks it covers.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

from paperlist.errors import ExitCode
from paperlist.ids import parse_arxiv_id
from tests.drills.harness import Done, environment, integrity, run, synthetic_records
from tests.drills.test_bad_input import one_error
from tests.servers.arxiv_api import ArxivImitation, Record, feed_id
from tests.servers.base import Answer, Fault, LoopbackServer, rate_exceeded
from tests.servers.openreview_api import ForumNote, OpenReviewImitation, rate_limited
from tests.servers.semanticscholar_api import S2Imitation

pytestmark = pytest.mark.slow

DELAY = "0.02"  # PAPERLIST_ARXIV_DELAY: a failing request is given up on after max(40 × delay, 1 s)
BOUND = 45.0  # no run may take longer

RECORDS = synthetic_records(2, seed=77)
A, B = RECORDS.values()
UNKNOWN = "2101.39999"  # well-formed, and not in the imitation's catalogue: arXiv says it does not exist


@dataclass
class Services:
    arxiv: ArxivImitation
    v2: OpenReviewImitation
    v1: OpenReviewImitation
    s2: S2Imitation

    def env(self, **extra: str) -> dict[str, str]:
        settings = {
            "PAPERLIST_ARXIV_URL": self.arxiv.url,
            "PAPERLIST_OPENREVIEW_URL": self.v2.base_url,
            "PAPERLIST_OPENREVIEW_V1_URL": self.v1.base_url,
            "PAPERLIST_ARXIV_DELAY": DELAY,
            "PAPERLIST_OPENREVIEW_DELAY": "0.01",
            "PAPERLIST_TIMEOUT": "2",
            "PAPERLIST_S2_URL": self.s2.url,
            "PAPERLIST_S2_DELAY": "0.01",
        }
        return environment(**{**settings, **extra})


@contextmanager
def imitations(arxiv: ArxivImitation, notes: dict[str, ForumNote] | None = None) -> Iterator[Services]:
    with (
        arxiv,
        OpenReviewImitation(api=2) as v2,
        OpenReviewImitation(api=1, notes=notes or {}) as v1,
        S2Imitation() as s2,
    ):
        yield Services(arxiv, v2, v1, s2)


def enrich(db: Path, services: Services) -> Done:
    return run("--db", str(db), "enrich", env=services.env(), timeout=BOUND + 30)


def ingest(db: Path, folder: Path, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"digest{len(list(folder.iterdir()))}.md").write_text(text, encoding="utf-8")
    done = run("--db", str(db), "ingest", str(folder), "--offline")
    assert done.code == 0, done.stderr


def rows(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def states(db: Path) -> dict[str, str]:
    """arXiv id → enrichment state."""
    return {row["arxiv_id"]: row["enrichment"] for row in rows(db, "SELECT arxiv_id, enrichment FROM papers")}


def missing(db: Path) -> set[str]:
    return {row["arxiv_id"] for row in rows(db, "SELECT arxiv_id FROM arxiv_missing")}


def atom(entries: list[str], *, title: str, total: int | None) -> bytes:
    """An Atom feed in arXiv's current layout (as the recordings), with the given title and totalResults."""
    count = "" if total is None else f"  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <id>{feed_id('', '', 0, 100)}</id>\n  <title>{title}</title>\n"
        "  <updated>2026-04-12T22:09:36Z</updated>\n"
        f"{count}  <opensearch:startIndex>0</opensearch:startIndex>\n" + "".join(entries) + "</feed>"
    ).encode()


# -- 5. an answer that leaves ids out is not a verdict ---------------------------------------------------------


class LeavesOut(ArxivImitation):
    """arXiv answering id_list requests without the entry of `dropped` (its count still says it was found),
    or with an empty or garbage feed; `mode` None answers truly."""

    def __init__(self) -> None:
        super().__init__(records=dict(RECORDS))
        self.mode: str | None = None

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        true = super().answer(method, path, params)
        if self.mode is None or "id_list" not in params:
            return true
        if self.mode == "empty":
            return Answer(200, b'<feed xmlns="http://www.w3.org/2005/Atom"/>', "application/atom+xml")
        if self.mode == "garbage":
            body = atom([], title="Welcome to arXiv", total=0)
            return Answer(200, body, "application/atom+xml")
        # "leave out": B's entry is cut out of the true answer; its totalResults still counts it.
        text = true.body.decode()
        text = re.sub(
            r"  <entry>\n    <id>http://arxiv.org/abs/" + re.escape(B.arxiv_id) + r"v.*?</entry>\n",
            "",
            text,
            flags=re.S,
        )
        return Answer(200, text.encode(), true.content_type)


DIGEST = "\n".join(
    f"## Paper {n}\nhttps://arxiv.org/abs/{arxiv_id}\n"
    for n, arxiv_id in enumerate([A.arxiv_id, B.arxiv_id, UNKNOWN])
)


@pytest.mark.parametrize("mode", ["leave out", "empty", "garbage"])
def test_an_answer_that_leaves_ids_out_marks_nothing_not_found(mode: str, tmp_path: Path) -> None:
    """Item 5: such answers marked the ids `not_found` for good (remembered in arxiv_missing)."""
    db = tmp_path / "library.db"
    ingest(db, tmp_path / "digests", DIGEST)
    arxiv = LeavesOut()
    with imitations(arxiv) as services:
        arxiv.mode = mode
        done = enrich(db, services)
        assert done.code == ExitCode.SERVICE, done.stderr
        assert "Traceback" not in done.stderr
        assert done.seconds < BOUND
        assert missing(db) == set()
        assert "not_found" not in states(db).values(), states(db)
        assert integrity(db) == ["ok"]
        arxiv.mode = None  # arXiv answers truly again: the same papers are asked, and settled
        again = enrich(db, services)
    assert again.code == 0, again.stderr
    assert states(db) == {A.arxiv_id: "enriched", B.arxiv_id: "enriched", UNKNOWN: "not_found"}
    assert missing(db) == {UNKNOWN}  # the one arXiv said, explicitly, it does not have


def test_an_id_arxiv_said_does_not_exist_is_asked_again_a_month_later(tmp_path: Path) -> None:
    """Item 5: nothing rechecked an id once marked not found (an id cited before arXiv announced it)."""
    db = tmp_path / "library.db"
    ingest(db, tmp_path / "digests", f"## Soon\nhttps://arxiv.org/abs/{UNKNOWN}\n")
    arxiv = ArxivImitation(records=dict(RECORDS))
    with imitations(arxiv) as services:
        assert enrich(db, services).code == 0
        assert states(db) == {UNKNOWN: "not_found"}
        assert arxiv.log, "asked once"
        arxiv.clear()
        assert enrich(db, services).code == 0
        assert arxiv.log == []  # remembered: not asked twice the same day
        announced = replace(A, arxiv_id=UNKNOWN)
        arxiv.records[UNKNOWN] = announced  # arXiv has announced it since
        conn = sqlite3.connect(db)
        conn.execute("UPDATE arxiv_missing SET checked_at = '2000-01-01T00:00:00+00:00'")
        conn.commit()
        conn.close()
        done = enrich(db, services)
    assert done.code == 0, done.stderr
    assert states(db) == {UNKNOWN: "enriched"}
    assert missing(db) == set()


# -- 6 and 7. ids, dates, categories and titles from a service are checked; every export field is safe ------------

HOSTILE_IDS = ("javascript:alert(1)", "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "../../etc/passwd")
INJECTION = "cs.CL}, note = {pwned}, x = {"


def hostile_entries(title: str) -> list[str]:
    """Title-search entries whose ids are not ids (the second as XML text: `"><script>...`)."""
    return [
        f"  <entry>\n    <id>http://arxiv.org/abs/{hostile}v1</id>\n    <title>{title}</title>\n"
        f"    <published>2021-01-15T12:00:00Z</published>\n    <author><name>A. Wang</name></author>\n"
        f'    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>\n  </entry>\n'
        for hostile in HOSTILE_IDS
    ] + [
        f"  <entry>\n    <id>{hostile}</id>\n    <title>{title}</title>\n  </entry>\n"
        for hostile in HOSTILE_IDS
    ]


def test_ids_in_title_search_answers_are_checked(tmp_path: Path) -> None:
    """Item 6: `javascript:alert(1)`, `"><script>`, `../../etc/passwd` were stored as arXiv ids or candidates."""
    db = tmp_path / "library.db"
    title = "Sparse Attention for Graph Diffusion Models"
    ingest(db, tmp_path / "digests", f"论文标题:{title}\n作者:A. Wang, B. Li\n\n提出了一种新的方法。\n")
    arxiv = ArxivImitation(records={})
    with imitations(arxiv) as services:
        arxiv.always = Fault(
            status=200,
            body=atom(hostile_entries(title), title="arXiv Query", total=6),
            content_type="application/atom+xml",
        )
        done = enrich(db, services)
    assert "Traceback" not in done.stderr
    assert done.code in (0, ExitCode.SERVICE), done.stderr
    (paper,) = rows(db, "SELECT * FROM papers")
    assert paper["arxiv_id"] is None
    for candidate in json.loads(paper["candidates"] or "[]"):
        assert candidate.get("arxiv_id") is None or parse_arxiv_id(candidate["arxiv_id"]) == (
            candidate["arxiv_id"],
            None,
        ), candidate
    dump = "\n".join(str(tuple(row)) for row in rows(db, "SELECT * FROM papers"))
    for hostile in ("javascript", "script", "../"):
        assert hostile not in dump
    for command in (("export",), ("export", "--format", "csl"), ("list", "--format", "json")):
        out = run("--db", str(db), *command)
        assert out.code == 0, out.stderr
        for hostile in ("javascript", "<script", "../"):
            assert hostile not in out.stdout


def hostile_record(arxiv_id: str) -> Record:
    """A real id, and everything else a hostile or broken service could say about it."""
    return replace(
        A,
        arxiv_id=arxiv_id,
        title="X" * 5000 + " attention",  # one 5,000-character word
        primary_category=INJECTION,
        categories=(INJECTION, "cs.LG", "../../x"),
        published="9999-99-99",
        doi="10.1000/x}, note = {pwned",
        comment="a comment",
    )


def test_dates_categories_dois_and_titles_from_a_service_are_checked(tmp_path: Path) -> None:
    """Items 6 and 7: `9999-99-99` was stored as a date, a 5,000-character title made an 8,010-character
    citation key, and the category was written raw into BibTeX `primaryClass` (a field, or a whole entry,
    injected)."""
    db = tmp_path / "library.db"
    ingest(db, tmp_path / "digests", f"## X\nhttps://arxiv.org/abs/{A.arxiv_id}\n")
    arxiv = ArxivImitation(records={A.arxiv_id: hostile_record(A.arxiv_id)})
    with imitations(arxiv) as services:
        done = enrich(db, services)
    assert done.code == 0, done.stderr
    (paper,) = rows(db, "SELECT * FROM papers")
    assert paper["enrichment"] == "enriched"
    assert paper["published"] is None
    assert paper["doi"] is None
    assert paper["primary_category"] == "cs.LG"
    assert json.loads(paper["categories"]) == ["cs.LG"]
    assert len(paper["title"]) <= 1000
    exported = run("--db", str(db), "export")
    assert exported.code == 0, exported.stderr
    library = bibtexparser.parse_string(exported.stdout)
    (entry_,) = library.entries
    assert len(entry_.key) <= 100
    assert set(entry_.fields_dict) <= {
        "title",
        "author",
        "year",
        "eprint",
        "archivePrefix",
        "primaryClass",
        "url",
    }
    assert entry_.fields_dict["primaryClass"].value == "cs.LG"
    assert "pwned" not in exported.stdout


def test_a_record_stored_before_checks_cannot_inject_an_export(tmp_path: Path) -> None:
    """Item 7: every field of every export is escaped or validated, whatever the database holds."""
    db = tmp_path / "library.db"
    ingest(db, tmp_path / "digests", f"## X\nhttps://arxiv.org/abs/{A.arxiv_id}\n")
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE papers SET title = ?, primary_category = ?, doi = ?, published = ?, authors = ?",
        (
            "Math $}, note = {pwned$ and more",
            INJECTION,
            "10.1000/x}, note = {pwned",
            "2021}, note = {pwned",
            json.dumps(["Ann}, note = {pwned"]),
        ),
    )
    conn.commit()
    conn.close()
    exported = run("--db", str(db), "export")
    assert exported.code == 0, exported.stderr
    (entry_,) = bibtexparser.parse_string(exported.stdout).entries
    assert "note" not in entry_.fields_dict
    assert "primaryClass" not in entry_.fields_dict
    assert "doi" not in entry_.fields_dict
    assert "pwned" in entry_.fields_dict["title"].value  # kept, as text
    csl = run("--db", str(db), "export", "--format", "csl")
    assert csl.code == 0, csl.stderr
    (item,) = json.loads(csl.stdout)
    assert "DOI" not in item
    shown = run("--db", str(db), "open", "1", "--print")
    assert shown.stdout.strip() == f"https://arxiv.org/abs/{A.arxiv_id}"


# -- 8. an OpenReview answer about another forum ------------------------------------------------------------------


class Impostor(OpenReviewImitation):
    """An OpenReview host that answers every note id with the same other note."""

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        if path != "/notes":
            return super().answer(method, path, params)
        note = self._note(
            ForumNote("Impostor12", "Someone Else's Paper", ("Eve Mallory",), "x", "ICLR", 1601287470000)
        )
        return Answer(200, json.dumps({"notes": [note], "count": 1}).encode(), "application/json")


def test_an_openreview_answer_about_another_forum_is_not_this_papers(tmp_path: Path) -> None:
    """Item 8: its authors were stored on the paper asked about."""
    db = tmp_path / "library.db"
    ingest(
        db, tmp_path / "digests", "## An anonymous submission\nhttps://openreview.net/forum?id=Asked_1234\n"
    )
    with (
        ArxivImitation(records={}) as arxiv,
        Impostor(api=2) as v2,
        Impostor(api=1) as v1,
        S2Imitation() as s2,
    ):
        done = enrich(db, Services(arxiv, v2, v1, s2))
    assert "Traceback" not in done.stderr
    assert done.code == ExitCode.SERVICE, done.stderr
    assert "another note" in done.stderr
    (paper,) = rows(db, "SELECT * FROM papers")
    assert paper["openreview_id"] == "Asked_1234"
    assert "Eve Mallory" not in paper["authors"]
    assert paper["title"] != "Someone Else's Paper"
    assert paper["enrichment"] == "failed"  # asked again by the next `paperlist enrich`
    for row in rows(db, "SELECT openreview_id FROM papers WHERE openreview_id IS NOT NULL"):
        assert re.fullmatch(r"[A-Za-z0-9_-]{5,40}", row[0]), row[0]


# -- 9 and 10. redirects, and odd network answers --------------------------------------------------------------------


class Elsewhere(LoopbackServer):
    """A host that would answer anything: it must never be asked."""

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        return Answer(200, atom([], title="arXiv Query: id_list=", total=0), "application/atom+xml")


@dataclass(frozen=True)
class Odd:
    name: str
    arm: Any  # (Services, Elsewhere) -> None
    message: str


def _redirect_elsewhere(services: Services, elsewhere: Elsewhere) -> None:
    # The same port's other host name: "localhost" is not "127.0.0.1".
    target = elsewhere.base_url.replace("127.0.0.1", "localhost") + "/api/query"
    services.arxiv.always = Fault(status=302, headers=(("Location", target),))


def _redirect_loop(services: Services, elsewhere: Elsewhere) -> None:
    services.arxiv.always = Fault(status=301, headers=(("Location", services.arxiv.url),))


def _not_gzip(services: Services, elsewhere: Elsewhere) -> None:
    services.arxiv.always = Fault(
        status=200,
        body=b"this is not gzip",
        content_type="application/atom+xml",
        headers=(("Content-Encoding", "gzip"),),
    )


def _superscript_retry_after(services: Services, elsewhere: Elsewhere) -> None:
    services.arxiv.always = rate_exceeded(retry_after="²")


def _reset_without_zone(services: Services, elsewhere: Elsewhere) -> None:
    services.v1.always = rate_limited("2026-01-01T00:00:01")  # no Z, no offset


ODD = [
    Odd("a redirect to another host", _redirect_elsewhere, "another host"),
    Odd("a redirect loop", _redirect_loop, "more than 5 redirects"),
    Odd("a gzip header on a body that is not gzip", _not_gzip, "compression"),
    Odd("Retry-After: ²", _superscript_retry_after, "429"),
    Odd("an OpenReview 429 whose reset time has no zone", _reset_without_zone, "429"),
]


@pytest.mark.parametrize("odd", ODD, ids=[odd.name for odd in ODD])
def test_odd_network_answers_end_in_exit_6(odd: Odd, tmp_path: Path) -> None:
    """Items 9 and 10: redirects to other hosts were followed and trusted; a redirect loop, a gzip header on
    a plain body, `Retry-After: ²` and a zone-less OpenReview reset time crashed (exit 1, a traceback)."""
    db = tmp_path / "library.db"
    ingest(
        db, tmp_path / "digests", DIGEST + "\n## A submission\nhttps://openreview.net/forum?id=Forum_1234\n"
    )
    with imitations(ArxivImitation(records=dict(RECORDS))) as services, Elsewhere() as elsewhere:
        odd.arm(services, elsewhere)
        done = enrich(db, services)
        assert elsewhere.log == []
        assert "Traceback" not in done.stderr
        assert done.seconds < BOUND
        assert done.code == ExitCode.SERVICE, done.stderr
        (error,) = [line for line in done.lines if line.startswith("paperlist: error:")]
        assert odd.message in error
        assert missing(db) <= {UNKNOWN}  # only what arXiv said explicitly
        for server in (services.arxiv, services.v1):
            server.always = None
        again = enrich(db, services)  # the service behaves again: the run completes
    assert again.code == 0, again.stderr
    assert states(db)[A.arxiv_id] == "enriched"
    assert integrity(db) == ["ok"]


# -- 11. settings ---------------------------------------------------------------------------------------------------

BAD_SETTINGS = [
    ("PAPERLIST_ARXIV_DELAY", "nan"),
    ("PAPERLIST_ARXIV_DELAY", "inf"),
    ("PAPERLIST_ARXIV_DELAY", "-1"),
    ("PAPERLIST_OPENREVIEW_DELAY", "1e9"),
    ("PAPERLIST_TIMEOUT", "nan"),
    ("PAPERLIST_TIMEOUT", "inf"),
    ("PAPERLIST_ARXIV_URL", "http://[::1"),
    ("PAPERLIST_ARXIV_URL", "not a url"),
    ("PAPERLIST_OPENREVIEW_URL", "ftp://example.org"),
    ("PAPERLIST_OPENREVIEW_V1_URL", "http://host:port"),
]


@pytest.mark.parametrize(("name", "value"), BAD_SETTINGS, ids=[f"{n}={v}" for n, v in BAD_SETTINGS])
def test_a_bad_setting_is_one_line_naming_it(name: str, value: str, tmp_path: Path) -> None:
    """Item 11: `PAPERLIST_ARXIV_DELAY=nan` removed all pacing (220 requests in 10 s, a run without end);
    other values crashed or were retried as network failures."""
    db = tmp_path / "library.db"
    ingest(db, tmp_path / "digests", DIGEST)
    with imitations(ArxivImitation(records=dict(RECORDS))) as services:
        done = run("--db", str(db), "enrich", env=services.env(**{name: value}), timeout=60)
        assert services.arxiv.log == []  # nothing was asked
    one_error(done, ExitCode.USAGE, f"${name}", value)
    assert set(states(db).values()) == {"pending"}
