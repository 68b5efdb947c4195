"""The only place digests are fetched from the web (`paperlist ingest https://...`)."""

from __future__ import annotations

from paperlist import __version__
from paperlist.errors import InputError

MAX_DIGEST_BYTES = 20 * 1024 * 1024
USER_AGENT = f"paperlist/{__version__} (+https://github.com/paperlist/paperlist)"


def fetch_digest(url: str, *, timeout: float = 20.0) -> bytes:
    """Download a digest page, refusing anything larger than a digest can be."""
    import httpx

    try:
        with (
            httpx.Client(timeout=httpx.Timeout(timeout, connect=5.0), follow_redirects=True) as client,
            client.stream("GET", url, headers={"User-Agent": USER_AGENT}) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    f"{url}: the server answered HTTP {response.status_code}",
                    "check the address, or save the page and ingest the file",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_DIGEST_BYTES:
                    raise InputError(f"{url}: larger than 20 MB, too large to be a digest", "skipped")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.TimeoutException as error:
        raise InputError(f"{url}: no answer within {timeout:.0f} s", "try again later") from error
    except httpx.HTTPError as error:
        raise InputError(
            f"{url}: cannot fetch ({type(error).__name__}: {error})",
            "check the address and your connection, or save the page and ingest the file",
        ) from error
