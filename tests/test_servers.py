"""The service imitations speak what the real services speak: checked against the real recordings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import arxiv
import httpx
import pytest

from paperlist.enrich.arxiv import ATOM, parse_feed
from tests.servers.arxiv_api import ArxivImitation, feed_id
from tests.servers.base import Fault, rate_exceeded
from tests.servers.openreview_api import OpenReviewImitation, load_notes, rate_limited


def _without_updated(text: str) -> str:
    return re.sub(r"<updated>[^<]*</updated>", "<updated/>", text).strip()


def _child_tags(element: ElementTree.Element) -> list[str]:
    return [child.tag for child in element]


def test_error_feed_is_the_recorded_one(arxiv_server: ArxivImitation, recordings: Path) -> None:
    answer = httpx.get(arxiv_server.url, params={"id_list": "abc"})
    recorded = (recordings / "new2026_error_incorrect_id_format_abc.xml").read_text("utf-8")
    assert answer.status_code == 400
    assert _without_updated(answer.text) == _without_updated(recorded)


def test_empty_answer_is_the_recorded_one(arxiv_server: ArxivImitation, recordings: Path) -> None:
    answer = httpx.get(arxiv_server.url, params={"id_list": "0000.0000", "start": 0, "max_results": 100})
    recorded = (recordings / "new2026_empty_idlist_0000.0000.xml").read_text("utf-8")
    assert answer.status_code == 200
    assert _without_updated(answer.text) == _without_updated(recorded)


def test_feed_id_is_computed_like_the_service(recordings: Path) -> None:
    recorded = (recordings / "new2026_idlist_multi_0808.05394_1707.08567.xml").read_text("utf-8")
    assert f"<id>{feed_id('', '0808.05394,1707.08567', 0, 100)}</id>" in recorded


def test_entries_have_the_recorded_layout(arxiv_server: ArxivImitation, recordings: Path) -> None:
    """Same root namespaces, same feed header, same element order inside an entry."""
    recorded = ElementTree.fromstring((recordings / "new2026_search_all_testing_s0_m10.xml").read_bytes())
    answer = httpx.get(arxiv_server.url, params={"id_list": "2004.11886", "max_results": 1})
    ours = ElementTree.fromstring(answer.content)
    assert _child_tags(ours)[:7] == _child_tags(recorded)[:7]
    recorded_entry = recorded.findall(f"{ATOM}entry")[0]
    our_entry = ours.findall(f"{ATOM}entry")[0]
    # Optional elements (comment, journal_ref, doi and its link) aside, and runs of one tag collapsed.
    optional = {"{http://arxiv.org/schemas/atom}" + name for name in ("comment", "journal_ref", "doi")}

    def shape(entry: ElementTree.Element) -> list[str]:
        tags = [child.tag for child in entry if child.tag not in optional and child.get("title") != "doi"]
        return [tag for index, tag in enumerate(tags) if index == 0 or tags[index - 1] != tag]

    assert shape(our_entry) == shape(recorded_entry)
    raw = answer.text
    for declaration in (
        'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"',
        'xmlns:arxiv="http://arxiv.org/schemas/atom"',
    ):
        assert declaration in raw


def test_recordings_and_imitation_parse_alike(arxiv_server: ArxivImitation, recordings: Path) -> None:
    recorded = parse_feed((recordings / "new2026_search_all_testing_s0_m10.xml").read_bytes())
    answer = httpx.get(arxiv_server.url, params={"search_query": "all:transformer", "max_results": 10})
    ours = parse_feed(answer.content)
    assert len(recorded.entries) == recorded.per_page == 10
    assert len(ours.entries) == ours.per_page == 10
    for feed in (recorded, ours):
        assert all(
            entry.arxiv_id and entry.version and entry.published and entry.authors for entry in feed.entries
        )


def test_the_arxiv_package_reads_the_imitation(arxiv_server: ArxivImitation) -> None:
    """An independent parser (the `arxiv` package's own client) reads what the imitation serves."""
    client = arxiv.Client(page_size=5, delay_seconds=0.0, num_retries=0)
    client.query_url_format = arxiv_server.url + "?{}"
    results = list(client.results(arxiv.Search(id_list=["2004.10102", "2008.07905v2"])))
    titles = {result.get_short_id(): result.title for result in results}
    assert titles == {
        "2004.10102v2": "Attention is Not Only a Weight: Analyzing Transformers with Vector Norms",
        "2008.07905v2": "Glancing Transformer for Non-Autoregressive Neural Machine Translation",
    }


def test_id_list_defaults_to_ten_results_in_sort_order(arxiv_server: ArxivImitation) -> None:
    ids = sorted(arxiv_server.records)[:12]
    cut = parse_feed(httpx.get(arxiv_server.url, params={"id_list": ",".join(ids)}).content)
    assert (len(cut.entries), cut.total, cut.per_page) == (10, 12, 10)
    full = parse_feed(
        httpx.get(arxiv_server.url, params={"id_list": ",".join(ids), "max_results": 12}).content
    )
    assert sorted(entry.arxiv_id or "" for entry in full.entries) == ids
    assert [entry.arxiv_id for entry in full.entries] != ids  # not the order asked


def test_versions_old_titles_and_missing_versions(arxiv_server: ArxivImitation) -> None:
    v1 = parse_feed(httpx.get(arxiv_server.url, params={"id_list": "2004.10102v1"}).content).entries
    assert v1[0].title.startswith("Attention Module is Not Only a Weight")
    assert v1[0].version == 1
    latest = parse_feed(httpx.get(arxiv_server.url, params={"id_list": "2004.10102"}).content).entries
    assert latest[0].title.startswith("Attention is Not Only a Weight")
    assert latest[0].version == 2
    assert parse_feed(httpx.get(arxiv_server.url, params={"id_list": "2004.10102v9"}).content).entries == ()


def test_unquoted_titles_are_or_rewritten(arxiv_server: ArxivImitation) -> None:
    """Since November 2025 `ti:Attention Is All You Need` means `ti:Attention OR all:Is OR ...`."""
    loose = parse_feed(
        httpx.get(
            arxiv_server.url, params={"search_query": "ti:Smooth Adversarial Training", "max_results": 100}
        ).content
    )
    quoted = parse_feed(
        httpx.get(arxiv_server.url, params={"search_query": 'ti:"Smooth Adversarial Training"'}).content
    )
    assert [entry.arxiv_id for entry in quoted.entries] == ["2006.14536"]
    assert loose.total > 5


def test_paging_and_invalid_queries(arxiv_server: ArxivImitation) -> None:
    first = parse_feed(
        httpx.get(arxiv_server.url, params={"search_query": "all:learning", "max_results": 5}).content
    )
    second = parse_feed(
        httpx.get(
            arxiv_server.url, params={"search_query": "all:learning", "start": 5, "max_results": 5}
        ).content
    )
    assert first.total == second.total > 10
    assert second.start == 5
    assert not {e.arxiv_id for e in first.entries} & {e.arxiv_id for e in second.entries}
    bad = httpx.get(arxiv_server.url, params={"search_query": 'ti:"unbalanced'})
    assert bad.status_code == 400
    assert parse_feed(bad.content).errors[0].code == "invalid_query_string"


def test_faults_and_request_log(arxiv_server: ArxivImitation) -> None:
    arxiv_server.push(rate_exceeded(), Fault(kind="truncate"))
    first = httpx.get(arxiv_server.url, params={"id_list": "2004.11886"})
    second = httpx.get(arxiv_server.url, params={"id_list": "2004.11886"})
    assert (first.status_code, first.text) == (429, "Rate exceeded.")
    assert "retry-after" not in first.headers
    assert second.status_code == 200
    assert not second.text.rstrip().endswith("</feed>")
    assert [entry.status for entry in arxiv_server.log] == [429, 200]


def test_openreview_imitation_shapes() -> None:
    notes = load_notes()
    with OpenReviewImitation(api=2, notes=notes) as v2, OpenReviewImitation(api=1, notes=notes) as v1:
        wrapped = httpx.get(v2.base_url + "/notes", params={"id": "-bdp_8Itjwp"}).json()
        plain = httpx.get(v1.base_url + "/notes", params={"id": "-bdp_8Itjwp"}).json()
        v1.push(rate_limited())
        limited = httpx.get(v1.base_url + "/notes", params={"id": "-bdp_8Itjwp"})
    assert wrapped["notes"][0]["content"]["title"] == {
        "value": "Self-Supervised Learning from a Multi-View Perspective"
    }
    assert plain["notes"][0]["content"]["title"] == "Self-Supervised Learning from a Multi-View Perspective"
    assert limited.status_code == 429
    assert limited.json()["name"] == "RateLimitError"


@pytest.mark.parametrize("query", ["ti:Glancing AND ANDNOT", "(ti:a", "ti:\u00e9t\u00e9"])
def test_unparseable_queries_answer_400(arxiv_server: ArxivImitation, query: str) -> None:
    assert httpx.get(arxiv_server.url, params={"search_query": query}).status_code == 400
