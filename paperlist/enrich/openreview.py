"""The only OpenReview I/O: a forum's note by id (API v2, then v1), and the pure converter note → Metadata.

API v2 (`api2.openreview.net`) holds venues from about 2023 and wraps every content field
(`content.title.value`); API v1 (`api.openreview.net`) holds older venues such as ICLR 2021 and has plain
values (`content.title`). Throttling answers 429 with a JSON `RateLimitError` whose `details.resetTime` says
when to come back (see ../shared/ARXIV.md).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

import httpx

from paperlist.enrich.arxiv import is_unreachable, polite_http_client, transport_problem
from paperlist.errors import ServiceBlocked, ServiceThrottled, ServiceUnreachable
from paperlist.http import Backoff, Clock, Pacer, Wait, WaitListener, ignore_wait, parse_retry_after
from paperlist.models import Metadata
from paperlist.web import AnswerTooLarge, AnswerTooSlow, read_body

DEFAULT_URL: Final = "https://api2.openreview.net"
DEFAULT_V1_URL: Final = "https://api.openreview.net"
DEFAULT_DELAY: Final = 1.0  # guests get about 20 searches a minute; notes by id are lighter, but be gentle
MAX_BODY_BYTES: Final = 4 * 1024 * 1024
_TRANSIENT_STATUS = frozenset({429, 500, 502, 503, 504})


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
    return Metadata(
        source="openreview",
        title=title,
        openreview_id=_clean(note.get("forum") or note.get("id")),
        authors=authors,
        abstract=_clean(_value(content, "abstract")),
        # The publication date when the venue set one, else when the submission was created.
        published=_day(note.get("pdate")) or _day(note.get("cdate")) or _day(note.get("tcdate")),
        venue=_clean(_value(content, "venue")),
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
        document = json.loads(data)
        reset = document["details"]["resetTime"]
        when = datetime.fromisoformat(str(reset).replace("Z", "+00:00"))
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


# -- the client ------------------------------------------------------------------------------------------


class OpenReviewClient:
    """Notes by forum id, v2 then v1, one connection, spaced requests, bounded retries."""

    service = "OpenReview"

    def __init__(
        self,
        url: str = DEFAULT_URL,
        v1_url: str = DEFAULT_V1_URL,
        delay: float = DEFAULT_DELAY,
        *,
        on_wait: WaitListener = ignore_wait,
        clock: Clock | None = None,
        max_wait: float | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.urls = (url.rstrip("/"), v1_url.rstrip("/"))
        self.delay = delay
        self.clock = clock or Clock()
        self.pacer = Pacer(delay, self.clock)
        self.on_wait = on_wait
        # The bounded total wait for one request grows with the spacing (90 s at the default 1 s).
        self.max_wait = max_wait if max_wait is not None else max(90 * delay, 1.0)
        self.requests = 0
        self._reached = False
        self.timeout = timeout
        self._http = polite_http_client("application/json", timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OpenReviewClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch_note(self, forum_id: str) -> Metadata | None:
        """The forum's submission note as Metadata (API v2 first, then v1), None when neither has it."""
        for base in self.urls:
            for note in self._notes(base, forum_id):
                metadata = to_metadata(note)
                if metadata is not None:
                    return metadata
        return None

    def _notes(self, base: str, forum_id: str) -> list[Mapping[str, Any]]:
        backoff = Backoff(base=max(2 * self.delay, 0.05), cap=max(30 * self.delay, 0.5), budget=self.max_wait)
        url = f"{base}/notes"
        started = self.clock.now()
        while True:
            wait = self.pacer.until_next()
            if wait > 0:
                self.on_wait(
                    Wait(self.service, wait, f"politeness: {self.delay:g} s between requests", False)
                )
                self.clock.sleep(wait)
            self.pacer.mark()
            self.requests += 1
            retry_after: float | None = None
            try:
                status, headers, body = self._get(url, forum_id)
            except httpx.TransportError as error:
                if not self._reached and is_unreachable(error):
                    raise ServiceUnreachable(
                        f"cannot reach OpenReview at {base} ({error})", "check the network connection"
                    ) from error
                problem = transport_problem(error, self.timeout)
            except AnswerTooLarge as error:
                raise ServiceThrottled(f"OpenReview sent {error} at {url}") from None
            except AnswerTooSlow as error:
                problem = str(error)
            else:
                self._reached = True
                if status == 200:
                    try:
                        return parse_notes(body)
                    except ValueError as unreadable:
                        problem = f"unreadable answer ({unreadable})"
                elif status in {400, 404}:
                    # An id this host does not know (v2 answers so for some v1 venues): not here.
                    return []
                elif status == 403:
                    if base == self.urls[0]:
                        return []  # v2 refuses some notes of v1 venues: ask v1
                    raise ServiceBlocked(f"OpenReview refused access (403) at {base}", "try again later")
                elif status in _TRANSIENT_STATUS:
                    problem = f"HTTP {status}" + (" RateLimitError" if status == 429 else "")
                    retry_after = reset_after(body) if status == 429 else None
                    if retry_after is None:
                        retry_after = parse_retry_after(headers.get("retry-after"))
                else:
                    raise ServiceThrottled(f"OpenReview answered HTTP {status} at {url}")
            # The bounded wait counts the failed tries too: a silent server costs a whole timeout per try.
            backoff.spent = max(backoff.spent, self.clock.now() - started)
            delay = backoff.next_delay(retry_after)
            if delay is None:
                raise ServiceThrottled(
                    f"OpenReview still failing after {backoff.attempt + 1} tries: {problem}",
                    "run `paperlist enrich` later",
                )
            self.on_wait(Wait(self.service, delay, f"{problem}; retry {backoff.attempt}", throttled=True))
            self.clock.sleep(delay)

    def _get(self, url: str, forum_id: str) -> tuple[int, httpx.Headers, bytes]:
        with self._http.stream("GET", url, params={"id": forum_id}) as response:
            return response.status_code, response.headers, read_body(response, MAX_BODY_BYTES, self.timeout)
