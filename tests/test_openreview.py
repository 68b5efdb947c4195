"""openreview.py: both content shapes, v2 then v1, RateLimitError waits."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from paperlist.enrich.openreview import OpenReviewClient, parse_notes, reset_after, to_metadata
from paperlist.http import Wait
from tests.servers.openreview_api import OpenReviewImitation, load_notes, rate_limited


def test_both_content_shapes_convert_alike() -> None:
    plain = {
        "id": "Xy1_Abc-9",
        "forum": "Xy1_Abc-9",
        "cdate": 1601287470000,
        "content": {"title": " A  Title ", "authors": ["Ann Lee", "Anonymous"], "venue": "ICLR 2021"},
    }
    wrapped = {
        "id": "Xy1_Abc-9",
        "forum": "Xy1_Abc-9",
        "cdate": 1601287470000,
        "content": {key: {"value": value} for key, value in plain["content"].items()},
    }  # type: ignore[attr-defined]
    for note in (plain, wrapped):
        metadata = to_metadata(note)
        assert metadata is not None
        assert (metadata.title, metadata.authors, metadata.venue) == ("A Title", ("Ann Lee",), "ICLR 2021")
        assert (metadata.openreview_id, metadata.published, metadata.source) == (
            "Xy1_Abc-9",
            "2020-09-28",
            "openreview",
        )
    assert to_metadata({"id": "X2", "content": {}}) is None


def test_v2_first_then_v1(openreview_servers: tuple[OpenReviewImitation, OpenReviewImitation]) -> None:
    v2, v1 = openreview_servers
    with OpenReviewClient(v2.base_url, v1.base_url, delay=0.01) as client:
        note = client.fetch_note("_adSMszz_g9")
        assert note is not None
        assert note.title == "Memformer: The Memory-Augmented Transformer"
        assert note.authors[0] == "Qingyang Wu"
        assert client.fetch_note("nosuchforum") is None
    assert [len(v2.log), len(v1.log)] == [2, 2]


def test_v2_notes_are_read_without_asking_v1() -> None:
    with OpenReviewImitation(api=2, notes=load_notes()) as v2, OpenReviewImitation(api=1) as v1:
        with OpenReviewClient(v2.base_url, v1.base_url, delay=0.01) as client:
            note = client.fetch_note("-bdp_8Itjwp")
        assert note is not None
        assert note.title == "Self-Supervised Learning from a Multi-View Perspective"
        assert v1.log == []


def test_rate_limit_error_waits_for_its_reset_time(
    openreview_servers: tuple[OpenReviewImitation, OpenReviewImitation],
) -> None:
    v2, v1 = openreview_servers
    v2.push(rate_limited("2000-01-01T00:00:00.000Z"))  # a reset time already passed: retry after spacing
    waits: list[Wait] = []
    with OpenReviewClient(v2.base_url, v1.base_url, delay=0.01, on_wait=waits.append) as client:
        assert client.fetch_note("ZaYZfu8pT_N") is not None
    assert [entry.status for entry in v2.log] == [429, 200]
    assert any(wait.throttled and "RateLimitError" in wait.reason for wait in waits)


def test_reset_after_reads_the_json_body() -> None:
    body = json.dumps(
        {"name": "RateLimitError", "details": {"resetTime": "2026-01-01T00:00:30.000Z"}}
    ).encode()
    assert reset_after(body, now=datetime(2026, 1, 1, tzinfo=UTC)) == 30.0
    assert reset_after(b"Rate exceeded.") is None


def test_hostile_notes_and_answers_do_not_crash_the_converter() -> None:
    """Found by the network drill: a note dated beyond any calendar, JSON nested 100 000 deep."""
    note = {
        "id": "Xy1_Abc-9",
        "cdate": 10**300,
        "pdate": float("nan"),
        "content": {"title": {"value": ["odd"]}},
    }
    metadata = to_metadata(note)
    assert metadata is not None
    assert metadata.published is None
    deep = b'{"notes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(ValueError, match="nested too deeply"):
        parse_notes(deep)
    assert reset_after(deep) is None
