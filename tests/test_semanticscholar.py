"""semanticscholar.py: the converter on real answers, the requests, the client's politeness, and the imitation
checked against the real answers' shapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from paperlist.enrich.semanticscholar import (
    BATCH_LIMIT,
    FIELDS,
    LIST_FIELDS,
    MATCH_FIELDS,
    SemanticScholarClient,
    Unreadable,
    batches,
    match_query,
    paper_ref,
    read_batch,
    read_list,
    read_match,
    to_metadata,
    venue_of,
)
from paperlist.errors import ServiceBlocked, ServiceThrottled
from paperlist.http import Wait
from tests.servers.semanticscholar_api import S2Imitation, forbidden, too_many_requests

RECORDINGS = Path(__file__).resolve().parent / "data" / "s2" / "recordings"


def recording(name: str) -> Any:
    return json.loads((RECORDINGS / name).read_text("utf-8"))


# -- the converter, on real answers --------------------------------------------------------------------------


def test_a_real_batch_answer_converts_with_its_nulls() -> None:
    body = recording("batch_unknown_first.json")["body"]
    papers = read_batch(json.dumps(body).encode(), asked=2)
    assert papers[0] is None
    metadata = to_metadata(papers[1], this_year=2026)
    assert metadata is not None
    assert metadata.title == "How Much Should We Trust Differences-in-Differences Estimates?"
    assert metadata.authors == ("Marianne Bertrand", "E. Duflo")
    assert (metadata.year, metadata.published, metadata.citation_count) == (2001, "2001-10-01", 10670)
    assert metadata.doi == "10.2139/ssrn.288970"
    assert metadata.s2_id == "c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce"
    assert metadata.open_access_pdf == "http://papers.nber.org/papers/w8841.pdf"
    assert metadata.arxiv_id is None
    # `venue` is "" and `publicationVenue` null: the journal names where it appeared.
    assert (metadata.venue, metadata.venue_type) == ("Experimental & Empirical Studies eJournal", "journal")
    with pytest.raises(Unreadable):
        read_batch(json.dumps(body).encode(), asked=3)  # a list not aligned with the ids is not read


def test_a_real_title_match_and_recommendations_convert() -> None:
    found = read_match(json.dumps(recording("match_title.json")["body"]).encode())
    metadata = to_metadata(found)
    assert metadata is not None
    assert metadata.title == "Mining association rules between sets of items in large databases"
    papers = read_list(
        json.dumps(recording("recommendations_forpaper.json")["body"]).encode(), "recommendedPapers"
    )
    converted = [to_metadata(paper) for paper in papers]
    assert [m.title[:16] for m in converted if m] == ["Report shows sli", "Diversifying the"]


def test_an_empty_search_and_elided_references_are_empty_lists() -> None:
    empty = recording("errors.json")[0]["body"]
    assert read_list(json.dumps(empty).encode(), "data") == []
    assert read_list(b'{"offset": 0, "data": null}', "data", "citedPaper") == []


def test_arxiv_itself_is_no_venue_and_a_venue_shows_its_short_name() -> None:
    preprint = {"venue": "arXiv.org", "publicationVenue": recording("publication_venue_arxiv.json")}
    assert venue_of(preprint) == (None, None, ())
    assert venue_of({"venue": "", "journal": {"name": "ArXiv", "volume": "abs/2004.11886"}}) == (
        None,
        None,
        (),
    )
    iclr = {
        "venue": "International Conference on Learning Representations",
        "publicationVenue": {
            "id": "939c6e1d-0d17-4d6e-8a82-66d960df0e40",
            "name": "International Conference on Learning Representations",
            "type": "conference",
            "alternate_names": ["Int Conf Learn Represent", "ICLR"],
        },
    }
    shown, kind, names = venue_of(iclr)
    assert (shown, kind) == ("ICLR", "conference")
    assert names[0] == "International Conference on Learning Representations"
    # A venue given as words only (no publicationVenue) is shown as given.
    assert venue_of({"venue": "ICML 2006"})[0] == "ICML 2006"


@pytest.mark.parametrize(
    "paper",
    [
        {"paperId": "not-a-sha", "title": "A Title"},  # a paperId that is not one
        {"paperId": "c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce", "title": None},
        ["not", "an", "object"],
    ],
)
def test_what_is_not_a_usable_paper_is_none(paper: Any) -> None:
    assert to_metadata(paper) is None


def test_outside_values_are_checked_before_they_are_kept() -> None:
    metadata = to_metadata(
        {
            "paperId": "c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce",
            "title": "  A\n Title ",
            "externalIds": {"ArXiv": "2004.11886v2", "DOI": "not a doi"},
            "year": 30000,
            "publicationDate": "2020-13-45",
            "citationCount": -3,
            "openAccessPdf": {"url": "javascript:alert(1)"},
            "authors": [{"name": "Ann Lee"}, {"name": None}, "odd"],
            "tldr": {"model": "tldr@v2.0.0", "text": "One line."},
        },
        this_year=2026,
    )
    assert metadata is not None
    assert (metadata.title, metadata.arxiv_id, metadata.doi) == ("A Title", "2004.11886", None)
    assert (metadata.year, metadata.published, metadata.citation_count) == (None, None, None)
    assert (metadata.open_access_pdf, metadata.authors, metadata.tldr) == (None, ("Ann Lee",), "One line.")


# -- building requests --------------------------------------------------------------------------------------


def test_papers_are_asked_by_their_best_id() -> None:
    sha = "c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce"
    assert paper_ref(s2_id=sha, arxiv_id="2004.11886") == sha
    assert paper_ref(arxiv_id="2004.11886v3") == "ARXIV:2004.11886"
    assert paper_ref(doi="https://doi.org/10.1145/3586074") == "DOI:10.1145/3586074"
    assert paper_ref(acl_id="P19-1285") == "ACL:P19-1285"
    assert paper_ref(arxiv_id="not an id") is None


def test_batches_hold_at_most_the_documented_limit_and_no_repeats() -> None:
    refs = [f"ARXIV:2301.{n:05d}" for n in range(1, 1202)] + ["ARXIV:2301.00001"]
    sizes = [len(batch) for batch in batches(refs)]
    assert sizes == [BATCH_LIMIT, BATCH_LIMIT, 201]


def test_titles_are_asked_as_plain_words() -> None:
    assert match_query("Self-Supervised  Pre-training") == "Self Supervised Pre training"


# -- the imitation, against the real answers' shapes ---------------------------------------------------------


def _shape(value: Any) -> Any:
    """A JSON value's shape: keys and types, not values."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


def _get(server: S2Imitation, path: str, **params: str) -> httpx.Response:
    return httpx.get(server.url + path, params=params)


def test_the_imitation_answers_a_batch_in_the_real_shape(s2_server: S2Imitation) -> None:
    real = recording("batch_unknown_first.json")["body"][1]
    fields = ",".join(key for key in real if key != "corpusId") + ",corpusId"
    answer = httpx.post(
        s2_server.url + "/graph/v1/paper/batch",
        params={"fields": fields},
        json={"ids": ["CorpusId:1", "ARXIV:2004.11886", "arxiv:2004.11886", "BOGUS:x"]},
    )
    assert answer.status_code == 200
    papers = answer.json()
    assert papers[0] is None
    assert papers[3] is None
    assert papers[1] == papers[2]
    assert set(papers[1]) == set(real)
    for key in ("externalIds", "authors", "openAccessPdf", "journal", "s2FieldsOfStudy"):
        assert type(papers[1][key]) is type(real[key]), key
    assert papers[1]["publicationVenue"]["name"]  # (the real one is null: a paper of no venue)
    too_many = httpx.post(s2_server.url + "/graph/v1/paper/batch", json={"ids": ["ARXIV:1"] * 501})
    assert too_many.status_code == 400
    assert "error" in too_many.json()


def test_the_imitation_answers_errors_in_the_real_words(s2_server: S2Imitation) -> None:
    cases = {(case["request"]["path"], case["status"]): case["body"] for case in recording("errors.json")}
    search = _get(s2_server, "/graph/v1/paper/search", query="n0 r3sult s3arch t3rm", fields="title")
    assert search.json() == cases[("/graph/v1/paper/search", 200)]
    missing = _get(s2_server, "/graph/v1/paper/0", fields="title")
    assert (missing.status_code, missing.json()) == (404, cases[("/graph/v1/paper/0", 404)])
    unknown = _get(s2_server, "/graph/v1/paper/ARXIV:2004.11886", fields="unknown")
    assert unknown.json() == cases[("/graph/v1/paper/10.1093/mind/lix.236.433", 400)]
    no_match = _get(s2_server, "/graph/v1/paper/search/match", query="totalGarbageNonsense")
    assert no_match.json() == cases[("/graph/v1/paper/search/match", 404)]
    negative_only = httpx.post(
        s2_server.url + "/recommendations/v1/papers/",
        params={"fields": "title"},
        json={"positivePaperIds": [], "negativePaperIds": ["ARXIV:2004.11886"]},
    )
    assert negative_only.json() == cases[("/recommendations/v1/papers/", 400)]
    s2_server.key = "right"
    refused = httpx.post(
        s2_server.url + "/graph/v1/paper/batch", json={"ids": []}, headers={"x-api-key": "wrong"}
    )
    assert (refused.status_code, refused.json()) == (403, cases[("/graph/v1/paper/batch", 403)])


def test_the_imitation_matches_titles_and_lists_in_the_real_shape(s2_server: S2Imitation) -> None:
    real = recording("match_title.json")["body"]
    match = _get(
        s2_server,
        "/graph/v1/paper/search/match",
        query="Lite Transformer with Long Short Range Attention",
        fields="title",
    )
    assert _shape(match.json()) == _shape(real)
    recommended = _get(
        s2_server, "/recommendations/v1/papers/forpaper/ARXIV:2004.11886", fields="title", limit="5"
    )
    assert _shape(recommended.json()) == _shape(recording("recommendations_forpaper.json")["body"])
    citations = _get(s2_server, "/graph/v1/paper/ARXIV:2004.11886/citations", fields="title", limit="2")
    assert set(citations.json()) <= {"offset", "next", "data"}
    assert all(set(item) == {"citingPaper"} for item in citations.json()["data"])
    refused = _get(s2_server, "/graph/v1/paper/ARXIV:2004.11886/references", fields="tldr")
    assert refused.status_code == 400  # S2 serves no TL;DR in lists


def test_paperlist_asks_only_fields_the_service_knows(s2_server: S2Imitation) -> None:
    for fields in (FIELDS, MATCH_FIELDS, LIST_FIELDS):
        answer = _get(s2_server, "/graph/v1/paper/ARXIV:2004.11886", fields=fields)
        assert answer.status_code == 200, answer.text


# -- the client -------------------------------------------------------------------------------------------


def test_a_batch_is_one_request_aligned_with_the_ids(s2_server: S2Imitation) -> None:
    refs = ["ARXIV:2004.11886", "DOI:10.1145/3586074", "ARXIV:2301.99999", "ACL:2020.emnlp-main.574"]
    with SemanticScholarClient(s2_server.url, delay=0.01) as client:
        found = client.fetch_batch(refs)
    assert [m.title[:10] if m else None for m in found] == ["Lite Trans", "A Practica", None, "Attention "]
    assert found[0] is not None
    assert (found[0].venue, found[0].year) == ("ICLR", 2020)
    assert s2_server.requests_to("batch") == 1
    entry = s2_server.log[0]
    assert json.loads(entry.body) == {"ids": refs}
    assert entry.params["fields"] == FIELDS
    assert "x-api-key" not in entry.headers  # no key, no header: the shared pool


def test_a_key_is_sent_as_x_api_key(s2_server: S2Imitation) -> None:
    s2_server.key = "secret-key"
    with SemanticScholarClient(s2_server.url, delay=0.01, api_key="secret-key") as client:
        assert client.match_title("Supervised Contrastive Learning") is not None
    assert s2_server.log[0].headers["x-api-key"] == "secret-key"


def test_a_key_refused_is_a_403_naming_the_setting(s2_server: S2Imitation) -> None:
    s2_server.key = "the-right-key"
    with (
        SemanticScholarClient(s2_server.url, delay=0.01, api_key="a-wrong-key") as client,
        pytest.raises(ServiceBlocked, match="PAPERLIST_S2_API_KEY"),
    ):
        client.fetch_batch(["ARXIV:2004.11886"])
    assert len(s2_server.log) == 1  # never retried


def test_429_is_retried_after_its_retry_after_or_with_backoff(s2_server: S2Imitation) -> None:
    s2_server.push(too_many_requests(retry_after="0"), too_many_requests())
    waits: list[Wait] = []
    with SemanticScholarClient(s2_server.url, delay=0.01, on_wait=waits.append) as client:
        assert client.match_title("Supervised Contrastive Learning") is not None
    assert [entry.status for entry in s2_server.log] == [429, 429, 200]
    throttled = [wait for wait in waits if wait.throttled]
    assert "Retry-After 0" in throttled[0].reason
    assert "backoff" in throttled[1].reason
    assert "Too Many Requests" in throttled[0].reason


def test_429_past_the_bounded_wait_gives_up_and_a_403_without_key_blocks(s2_server: S2Imitation) -> None:
    s2_server.always = too_many_requests()
    with (
        SemanticScholarClient(s2_server.url, delay=0.01, max_wait=0.5) as client,
        pytest.raises(ServiceThrottled, match="Semantic Scholar still failing"),
    ):
        client.fetch_batch(["ARXIV:2004.11886"])
    s2_server.always = forbidden()
    with (
        SemanticScholarClient(s2_server.url, delay=0.01) as client,
        pytest.raises(ServiceBlocked, match=r"refused access \(403 Forbidden\)"),
    ):
        client.recommend("ARXIV:2004.11886", 5)


def test_an_unknown_paper_and_no_title_match_are_none(s2_server: S2Imitation) -> None:
    with SemanticScholarClient(s2_server.url, delay=0.01) as client:
        assert client.match_title("Quantum Gravity of Sourdough Starters in Low Orbit") is None
        assert client.recommend("ARXIV:2301.99999", 5) is None
        assert client.edges("ARXIV:2301.99999", "citations", 5) is None
        cited_by = client.edges("ARXIV:2004.11886", "citations", 3)
    assert cited_by is not None
    assert 0 < len(cited_by) <= 3
