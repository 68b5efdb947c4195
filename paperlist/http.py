"""The one polite HTTP client: every request paperlist sends goes through `PoliteClient.send`.

It owns what every service needs and none should write again: a descriptive User-Agent, one connection at a
time, spacing between requests, retries with exponential backoff and jitter inside a bounded total wait,
Retry-After, telling "offline" from "the service is failing", timeouts on the whole answer (not per read), a cap
on the body size and a redirect policy. A service module (arXiv, OpenReview, Semantic Scholar) builds requests,
converts answers, and says what each answer means through an `interpret` function: return a value, raise
`Retry` for a passing failure, or raise a `ServiceError` for a final one.

The timing policy (`Pacer`, `Backoff`, `Clock`) does no I/O: clocks and sleeps are injected so tests can run the
same policy fast.
"""

from __future__ import annotations

import math
import random
import re
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Final, Protocol, Self, TypeVar

import httpx

from paperlist import __version__
from paperlist.errors import ServiceBlocked, ServiceThrottled, ServiceUnreachable

USER_AGENT: Final = f"paperlist/{__version__} (+https://github.com/paperlist/paperlist)"
MAX_REDIRECTS: Final = 5
TRANSIENT_STATUS: Final = frozenset({429, 500, 502, 503, 504})

T = TypeVar("T")


# -- timing policy (pure) ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Wait:
    """The client is about to sleep: how long and why (shown to people while it waits)."""

    service: str  # "arXiv" | "OpenReview" | ...
    seconds: float
    reason: str  # "politeness: one request every 3 s", "rate limited (429 Rate exceeded.), retry 2"
    throttled: bool  # True when the service pushed back (429/503/...), False for ordinary spacing


class WaitListener(Protocol):
    def __call__(self, wait: Wait) -> None: ...


def ignore_wait(wait: Wait) -> None:
    """A listener that shows nothing."""


class Clock:
    """Monotonic time and sleep; replaced in tests."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


class Pacer:
    """At least `interval` seconds between the starts of two requests to one service."""

    def __init__(self, interval: float, clock: Clock) -> None:
        self.interval = max(0.0, interval)
        self.clock = clock
        self._last: float | None = None

    def until_next(self) -> float:
        if self._last is None:
            return 0.0
        return max(0.0, self._last + self.interval - self.clock.now())

    def mark(self) -> None:
        """Record that a request starts now."""
        self._last = self.clock.now()


@dataclass
class Backoff:
    """Exponential backoff with jitter inside a bounded total wait.

    The n-th retry waits a random time in [d/2, d] with d = min(cap, base * 2**n) ("equal jitter": spreads
    clients apart without ever retrying at once). The sum of all waits for one request never exceeds `budget`.
    """

    base: float
    cap: float
    budget: float
    rng: Callable[[float, float], float] = random.uniform
    spent: float = 0.0
    attempt: int = 0

    def next_delay(self, retry_after: float | None = None) -> float | None:
        """Seconds to wait before the next try, or None when the budget does not allow another one."""
        if retry_after is not None:
            delay = max(retry_after, 0.0)
        else:
            ceiling = min(self.cap, self.base * (2**self.attempt))
            delay = self.rng(ceiling / 2, ceiling)
        if not math.isfinite(delay) or self.spent + delay > self.budget:
            return None
        self.attempt += 1
        self.spent += delay
        return delay


_DELTA_SECONDS = re.compile(r"[0-9]{1,10}")  # ASCII digits only: "²".isdigit() is True


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; a date without a zone is read so rather than refused
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now())


def seconds_until(moment: str, now: datetime | None = None) -> float | None:
    """Seconds from now until an ISO 8601 moment (a zone-less one is UTC), None when it is not a moment."""
    try:
        when = datetime.fromisoformat(moment.strip().replace("Z", "+00:00"))
    except (ValueError, TypeError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


# -- answers ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Answer:
    """One whole HTTP answer, read within the client's bounds."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str

    def text(self, limit: int = 60) -> str:
        """The start of the body as text, for a message."""
        return self.body[:limit].decode("utf-8", "replace").strip()


class Retry(Exception):
    """Raised by an `interpret` function: this answer is a passing failure, ask again (within the budget)."""

    def __init__(self, problem: str, retry_after: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class GaveUp(ServiceThrottled):
    """Still failing when the bounded wait was spent: `problem` is the last failure, `timed_out` whether it
    was a timeout (no whole answer in time)."""

    def __init__(self, message: str, hint: str | None, problem: str, *, timed_out: bool) -> None:
        super().__init__(message, hint)
        self.problem = problem
        self.timed_out = timed_out


class TooLarge(ServiceThrottled):
    """An answer larger than any real one: not read on, and not asked again this run."""


class BadAnswer(Exception):
    """An answer not worth reading on: larger than any real one, or still arriving when its time is up."""


class AnswerTooLarge(BadAnswer):
    pass


class AnswerTooSlow(BadAnswer):
    pass


def read_body(response: httpx.Response, limit: int, seconds: float) -> bytes:
    """The body of a streamed response, refusing more than `limit` bytes or more than `seconds` in all.

    httpx's timeouts are per read, so a server sending a byte every few seconds (or an endless body) would
    never time out: the total is bounded here.
    """
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise AnswerTooLarge(f"more than {limit // (1024 * 1024)} MB in one answer")
        if time.monotonic() > deadline:
            raise AnswerTooSlow(f"answer too slow: still arriving after {seconds:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def is_unreachable(error: httpx.TransportError) -> bool:
    """DNS failure, refused or unroutable connection: the machine is offline or the host is gone."""
    if not isinstance(error, httpx.ConnectError):
        return False
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, socket.gaierror | ConnectionRefusedError):
            return True
        if isinstance(cause, OSError) and cause.errno in {101, 113}:  # ENETUNREACH, EHOSTUNREACH
            return True
        cause = cause.__cause__ or cause.__context__
    text = str(error)
    markers = ("Name or service not known", "Connection refused", "unreachable")
    return any(marker in text for marker in markers)


def transport_problem(error: httpx.TransportError, timeout: float) -> str:
    """What went wrong with a request that got no answer, in words."""
    if isinstance(error, httpx.TimeoutException):
        return f"no answer within {timeout:g} s"
    return f"connection broken ({type(error).__name__})"


def standard_status(answer: Answer, service: str) -> None:
    """What most statuses mean for any service: 2xx is for the caller, 403 blocks, 429/5xx are retried
    (after Retry-After when given), anything else is a final failure."""
    if 200 <= answer.status < 300:
        return
    if answer.status == 403:
        raise ServiceBlocked(
            f"{service} refused access (403) at {answer.url}",
            "stop for today; services block clients that asked too often. Everything fetched so far is kept",
        )
    if answer.status in TRANSIENT_STATUS:
        text = answer.text()
        problem = f"{answer.status} {text}" if text and answer.status == 429 else f"HTTP {answer.status}"
        raise Retry(problem, parse_retry_after(answer.headers.get("retry-after")))
    raise ServiceThrottled(f"{service} answered HTTP {answer.status} at {answer.url}")


# -- the client ----------------------------------------------------------------------------------------------


class PoliteClient:
    """One client per service for a whole run: one connection, a descriptive User-Agent, at least `delay`
    seconds between the starts of two requests, bounded retries, whole answers within `timeout` seconds and
    `max_body` bytes.

    `same_host_redirects`: follow redirects only to the host asked (a service's answers are trusted only from
    the service itself); otherwise any http(s) redirect is followed. Either way at most MAX_REDIRECTS.
    """

    def __init__(
        self,
        service: str,
        *,
        delay: float,
        accept: str,
        max_body: int,
        timeout: float = 30.0,
        max_wait: float | None = None,
        on_wait: WaitListener = ignore_wait,
        clock: Clock | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        same_host_redirects: bool = True,
        margin: float = 0.0,
        unreachable_advice: str = "check the network connection; papers stay pending until `paperlist enrich`",
        exhausted_advice: str = "run `paperlist enrich` later; everything fetched so far is kept",
    ) -> None:
        self.service = service
        self.delay = delay
        self.clock = clock or Clock()
        # `margin`: a service that measures the gap on arrival sees network jitter on top of ours.
        self.pacer = Pacer(delay + margin, self.clock)
        self.on_wait = on_wait
        self.max_wait = max_wait if max_wait is not None else max(40 * delay, 1.0)
        self.max_body = max_body
        self.timeout = timeout
        self.same_host_redirects = same_host_redirects
        self.unreachable_advice = unreachable_advice
        self.exhausted_advice = exhausted_advice
        self.requests = 0  # requests sent, retries and redirects included
        self._reached = False  # whether any answer came back: a connect error after that is transient
        self._http = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept": accept, **(headers or {})},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            # arXiv terms of use, and good manners everywhere: one connection at a time.
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
            follow_redirects=False,  # followed here, by the policy above
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(
        self,
        method: str,
        url: str,
        interpret: Callable[[Answer], T],
        *,
        params: Mapping[str, str] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
    ) -> T:
        """Send one request politely and return what `interpret` makes of the answer.

        Raises ServiceUnreachable (offline, before any answer came back: not retried), ServiceThrottled (still
        failing when the bounded wait is spent, or an answer too large to be real) and whatever `interpret`
        raises that is not `Retry` (ServiceBlocked on 403, say).
        """
        backoff = Backoff(base=max(2 * self.delay, 0.05), cap=max(20 * self.delay, 0.5), budget=self.max_wait)
        started = self.clock.now()
        while True:
            retry_after: float | None = None
            timed_out = False
            try:
                answer = self._fetch(method, url, params=params, json=json, headers=headers)
            except Retry as again:  # a redirect loop
                problem, retry_after = again.problem, again.retry_after
            except httpx.TransportError as error:
                if not self._reached and is_unreachable(error):
                    raise ServiceUnreachable(
                        f"cannot reach {self.service} at {url} ({error})", self.unreachable_advice
                    ) from error
                problem = transport_problem(error, self.timeout)
                timed_out = isinstance(error, httpx.TimeoutException)
            except httpx.DecodingError:
                problem = "an answer whose compression could not be undone"
            except AnswerTooLarge as error:
                raise TooLarge(f"{self.service} sent {error} at {url}") from None
            except AnswerTooSlow as error:
                problem, timed_out = str(error), True
            else:
                try:
                    return interpret(answer)
                except Retry as again:
                    problem, retry_after = again.problem, again.retry_after
            # The bounded wait counts the failed tries too: a silent server costs a whole timeout per try.
            backoff.spent = max(backoff.spent, self.clock.now() - started)
            delay = backoff.next_delay(retry_after)
            if delay is None:
                raise GaveUp(
                    f"{self.service} still failing after {backoff.attempt + 1} tries: {problem}",
                    self.exhausted_advice,
                    problem,
                    timed_out=timed_out,
                )
            reason = f"{problem}; retry {backoff.attempt}" + (
                f" after Retry-After {retry_after:g} s" if retry_after is not None else " with backoff"
            )
            self.on_wait(Wait(self.service, delay, reason, throttled=True))
            self.clock.sleep(delay)

    def _take_turn(self) -> None:
        wait = self.pacer.until_next()
        if wait > 0:
            self.on_wait(
                Wait(self.service, wait, f"politeness: one request every {self.delay:g} s", throttled=False)
            )
            self.clock.sleep(wait)
        self.pacer.mark()

    def _fetch(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None,
        json: object,
        headers: Mapping[str, str] | None,
    ) -> Answer:
        """One request, its redirects followed by the policy, the whole answer read within the bounds."""
        target = httpx.URL(url, params=params) if params else httpx.URL(url)
        for _ in range(MAX_REDIRECTS + 1):
            self._take_turn()
            self.requests += 1
            request = self._http.build_request(method, target, json=json, headers=headers)
            response = self._http.send(request, stream=True)
            try:
                self._reached = True
                if not response.is_redirect:
                    body = read_body(response, self.max_body, self.timeout)
                    return Answer(response.status_code, response.headers, body, str(target))
                location = response.headers.get("location", "")
            finally:
                response.close()
            following = target.join(location)
            if following.scheme not in {"http", "https"}:
                raise ServiceThrottled(f"{self.service} redirected to a non-web address ({location[:80]})")
            if self.same_host_redirects and following.host != target.host:
                raise ServiceThrottled(
                    f"{self.service} redirected {target.host} to another host ({following.host}): not followed",
                    f"check the {self.service} address in your settings",
                )
            if method != "GET":  # 301/302/303 turn a POST into a GET in browsers; a service must not
                raise ServiceThrottled(f"{self.service} redirected a {method} request: not followed")
            target = following
        raise Retry(f"more than {MAX_REDIRECTS} redirects")


class ServiceClient:
    """What every service's client shares: its one `PoliteClient` for the run, counted and closed with it."""

    _http: PoliteClient

    @property
    def requests(self) -> int:
        """Requests sent, retries and redirects included."""
        return self._http.requests

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
