"""The only OpenReview I/O: a forum's note by id (API v2, then v1), and the pure converter note → Metadata.

API v2 (`api2.openreview.net`) holds venues from about 2023 and wraps every content field
(`content.title.value`); API v1 (`api.openreview.net`) holds older venues such as ICLR 2021 and has plain
values (`content.title`). Throttling answers 429 with a JSON `RateLimitError` whose `details.resetTime` says
when to come back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Final

from paperlist import config
from paperlist.enrich.checks import checked
from paperlist.errors import ServiceThrottled
from paperlist.http import (
    Answer,
    Clock,
    PoliteClient,
    Retry,
    ServiceClient,
    WaitListener,
    ignore_wait,
    parse_retry_after,
    seconds_until,
    standard_status,
)
from paperlist.metadata import Metadata

MAX_BODY_BYTES: Final = 4 * 1024 * 1024


# -- pure: converting ---------------------------------------------------------------------------------------


def _value(content: Mapping[str, Any], key: str) -> Any:
    """A content field in either shape: v2 wraps it as {"value": ...}, v1 has it plain."""
    raw = content.get(key)
    if isinstance(raw, Mapping):
        return raw.get("value")
    return raw


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _day(milliseconds: Any) -> str | None:
    if not isinstance(milliseconds, int | float) or isinstance(milliseconds, bool):
        return None
    try:
        return datetime.fromtimestamp(milliseconds / 1000, tz=UTC).strftime("%Y-%m-%d")
    except (OverflowError, ValueError, OSError):  # a date no calendar holds (or NaN): no date
        return None


def to_metadata(note: Mapping[str, Any]) -> Metadata | None:
    """Convert one OpenReview note (v1 or v2 shape) into Metadata; None when it has no title."""
    content = note.get("content")
    if not isinstance(content, Mapping):
        return None
    title = _clean(_value(content, "title"))
    if title is None:
        return None
    authors_raw = _value(content, "authors")
    authors = tuple(
        name
        for name in (_clean(item) for item in (authors_raw if isinstance(authors_raw, list) else []))
        if name and name != "Anonymous"
    )
    return checked(
        Metadata(
            source="openreview",
            title=title,
            openreview_id=_clean(note.get("forum") or note.get("id")),
            authors=authors,
            abstract=_clean(_value(content, "abstract")),
            # The publication date when the venue set one, else when the submission was created.
            published=_day(note.get("pdate")) or _day(note.get("cdate")) or _day(note.get("tcdate")),
            venue=_clean(_value(content, "venue")),
        )
    )


def parse_notes(data: bytes) -> list[Mapping[str, Any]]:
    """The notes of a `/notes` answer. Raises ValueError when the answer is not the expected JSON."""
    if len(data) > MAX_BODY_BYTES:
        raise ValueError(f"answer larger than {MAX_BODY_BYTES} bytes")
    try:
        document = json.loads(data)
    except RecursionError:  # json raises this, not a ValueError, for arrays nested thousands deep
        raise ValueError("JSON nested too deeply") from None
    if not isinstance(document, Mapping) or not isinstance(document.get("notes"), list):
        raise ValueError("no notes list in the answer")
    return [note for note in document["notes"] if isinstance(note, Mapping)]


def reset_after(data: bytes, now: datetime | None = None) -> float | None:
    """Seconds until `details.resetTime` of a RateLimitError body, None when absent or unreadable."""
    try:
        reset = json.loads(data)["details"]["resetTime"]
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
    return seconds_until(str(reset), now)


def _interpret(primary: bool, note_id: str) -> Callable[[Answer], list[Mapping[str, Any]]]:
    """What an answer of the notes API about `note_id` means, on the v2 host (`primary`) or the v1 host.

    Only the note asked for is taken: an answer about another note (a wrong or hostile answer) is a failure
    to retry, never metadata for this paper.
    """

    def interpret(answer: Answer) -> list[Mapping[str, Any]]:
        if answer.status == 200:
            try:
                notes = parse_notes(answer.body)
            except ValueError as unreadable:
                raise Retry(f"unreadable answer ({unreadable})") from None
            asked = [note for note in notes if note.get("id") == note_id]
            if notes and not asked:
                raise Retry(f"an answer about another note than {note_id}")
            return asked
        if answer.status in {400, 404}:
            # An id this host does not know (v2 answers so for some v1 venues): not here.
            return []
        if answer.status == 403 and primary:
            return []  # v2 refuses some notes of v1 venues: ask v1
        if answer.status == 429:
            retry_after = reset_after(answer.body)
            if retry_after is None:
                retry_after = parse_retry_after(answer.headers.get("retry-after"))
            raise Retry("HTTP 429 RateLimitError", retry_after)
        standard_status(answer, "OpenReview")
        raise ServiceThrottled(f"OpenReview answered HTTP {answer.status} at {answer.url}")

    return interpret


# -- the client ------------------------------------------------------------------------------------------


class OpenReviewClient(ServiceClient):
    """Notes by forum id, v2 then v1, through the polite client: spaced requests, bounded retries."""

    service = "OpenReview"

    def __init__(
        self,
        url: str = config.OPENREVIEW_URL,
        v1_url: str = config.OPENREVIEW_V1_URL,
        delay: float = config.OPENREVIEW_DELAY,
        *,
        on_wait: WaitListener = ignore_wait,
        clock: Clock | None = None,
        max_wait: float | None = None,
        timeout: float = config.TIMEOUT,
    ) -> None:
        self.urls = (url.rstrip("/"), v1_url.rstrip("/"))
        self.delay = delay
        self._http = PoliteClient(
            self.service,
            delay=delay,
            accept="application/json",
            max_body=MAX_BODY_BYTES,
            timeout=timeout,
            # The bounded total wait for one request grows with the spacing (90 s at the default 1 s).
            max_wait=max_wait if max_wait is not None else max(90 * delay, 1.0),
            on_wait=on_wait,
            clock=clock,
        )

    def fetch_note(self, forum_id: str) -> Metadata | None:
        """The forum's submission note as Metadata (API v2 first, then v1), None when neither has it."""
        for base in self.urls:
            notes = self._http.send(
                "GET", f"{base}/notes", _interpret(base == self.urls[0], forum_id), params={"id": forum_id}
            )
            for note in notes:
                metadata = to_metadata(note)
                if metadata is not None:
                    return metadata
        return None
