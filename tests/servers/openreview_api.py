"""A local imitation of the OpenReview notes API (`GET /notes?id=...`), API v2 and API v1 shapes.

API v2 wraps every content field (`content.title.value`); API v1 has plain values (`content.title`). Each
imitation instance is one host: the test suite starts one for v2 and one for v1. The seed forums are ICLR 2021
submissions, which live on API v1, so v2 answers `{"notes": [], "count": 0}` for them, as the real v2 host
does for old venues. A 429 answers the JSON `RateLimitError` OpenReview sends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.servers.base import Answer, Fault, LoopbackServer

CATALOGUE = Path(__file__).resolve().parent.parent / "data" / "catalogue.json"
ICLR_2021_CDATE = 1601287470000  # 2020-09-28: the ICLR 2021 submission deadline, in ms as OpenReview sends


@dataclass(frozen=True)
class ForumNote:
    forum_id: str
    title: str
    authors: tuple[str, ...]
    abstract: str
    venue: str
    cdate: int


def load_notes(path: Path = CATALOGUE) -> dict[str, ForumNote]:
    """Notes for the catalogue's OpenReview forums: the digest's title is the OpenReview one."""
    notes: dict[str, ForumNote] = {}
    for item in json.loads(path.read_text("utf-8")):
        forum = item.get("openreview_id")
        if not forum:
            continue
        notes[forum] = ForumNote(
            forum_id=forum,
            title=item.get("seed_title") or item["title"],
            # An anonymous submission (no arXiv version known) keeps the anonymous author list.
            authors=tuple(item.get("authors") or ("Anonymous",)),
            abstract=item.get("abstract") or "",
            venue="Submitted to ICLR 2021",
            cdate=ICLR_2021_CDATE,
        )
    return notes


def rate_limited(reset_time: str = "2026-01-01T00:00:01.000Z") -> Fault:
    body = {
        "name": "RateLimitError",
        "message": "Too many requests: please try again later",
        "status": 429,
        "details": {"resetTime": reset_time},
    }
    return Fault(status=429, body=json.dumps(body).encode(), content_type="application/json")


class OpenReviewImitation(LoopbackServer):
    """One OpenReview API host. `api` is 1 or 2; `notes` are the forums this host knows."""

    def __init__(self, api: int, notes: dict[str, ForumNote] | None = None) -> None:
        super().__init__()
        self.api = api
        self.notes = notes if notes is not None else {}

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        if path != "/notes":
            return Answer(404, b'{"name": "NotFoundError"}', "application/json")
        note_id = params.get("id")
        if not note_id:
            body = {"name": "ValidationError", "message": "id is required", "status": 400}
            return Answer(400, json.dumps(body).encode(), "application/json")
        note = self.notes.get(note_id)
        found = [self._note(note)] if note else []
        return Answer(200, json.dumps({"notes": found, "count": len(found)}).encode(), "application/json")

    def _note(self, note: ForumNote) -> dict[str, Any]:
        content: dict[str, Any] = {
            "title": note.title,
            "authors": list(note.authors),
            "abstract": note.abstract,
            "venue": note.venue,
            "pdf": f"/pdf/{note.forum_id}.pdf",
        }
        if self.api == 2:
            content = {key: {"value": value} for key, value in content.items()}
        return {
            "id": note.forum_id,
            "forum": note.forum_id,
            "number": 1,
            "cdate": note.cdate,
            "mdate": note.cdate,
            "invitation" if self.api == 1 else "invitations": (
                "ICLR.cc/2021/Conference/-/Blind_Submission"
                if self.api == 1
                else ["ICLR.cc/2021/Conference/-/Submission"]
            ),
            "content": content,
        }
