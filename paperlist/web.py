"""Reading answers from the web safely, and the one place digests are fetched (`paperlist ingest https://...`)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from paperlist import __version__
from paperlist.errors import InputError

if TYPE_CHECKING:
    import httpx

MAX_DIGEST_BYTES = 20 * 1024 * 1024
USER_AGENT = f"paperlist/{__version__} (+https://github.com/paperlist/paperlist)"


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


def fetch_digest(url: str, *, timeout: float | None = None) -> bytes:
    """Download a digest page, refusing anything larger than a digest can be or slower than `timeout`
    (default: $PAPERLIST_TIMEOUT, else 30 s)."""
    import httpx

    from paperlist.config import service_settings

    seconds = timeout if timeout is not None else service_settings().timeout
    try:
        with (
            httpx.Client(
                timeout=httpx.Timeout(seconds, connect=min(seconds, 5.0)), follow_redirects=True
            ) as client,
            client.stream("GET", url, headers={"User-Agent": USER_AGENT}) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    f"{url}: the server answered HTTP {response.status_code}",
                    "check the address, or save the page and ingest the file",
                )
            return read_body(response, MAX_DIGEST_BYTES, seconds)
    except AnswerTooLarge as error:
        raise InputError(
            f"{url}: {error}, too large to be a digest", "save the part you want and ingest the file"
        ) from None
    except (httpx.TimeoutException, AnswerTooSlow) as error:
        raise InputError(
            f"{url}: no whole answer within {seconds:g} s",
            "try again later, or save the page and ingest the file",
        ) from error
    except httpx.HTTPError as error:
        raise InputError(
            f"{url}: cannot fetch ({type(error).__name__}: {error})",
            "check the address and your connection, or save the page and ingest the file",
        ) from error
