"""A web archive (WARC, as Wget's `--warc-file`, Heritrix or webrecorder write it): the pages it holds.

A WARC file is records one after another, each `WARC/1.0` (or 1.1), its header lines, a blank line, then a block of
`Content-Length` bytes and two line breaks. A `response` record's block is an HTTP response (status line, headers,
a blank line, the body) and a `resource` record's is the document itself; the pages (`text/html`) and texts
(`text/plain`, `text/markdown`) among them are the archive's digests, read in the archive's order, each under its
address. Requests, metadata and other media are no text. A body sent compressed or chunked is read as sent.
"""

from __future__ import annotations

import re

_RECORD = re.compile(rb"WARC/1\.[01]\r?\n")
_HEADER = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*?)\r?$", re.MULTILINE)
_MAX_RECORDS = 10_000


def looks_like_warc(data: bytes) -> bool:
    return _RECORD.match(data) is not None


def warc_documents(data: bytes) -> list[tuple[str, str, bytes]] | None:
    """(address, media type, body) of each page or text the archive holds, in its order; None when `data` is no
    WARC file."""
    if not looks_like_warc(data):
        return None
    documents: list[tuple[str, str, bytes]] = []
    position = 0
    for _ in range(_MAX_RECORDS):
        opening = _RECORD.match(data, position)
        if opening is None:
            break
        end_of_headers = data.find(b"\r\n\r\n", opening.end())
        separator = 4
        plain = data.find(b"\n\n", opening.end())
        if end_of_headers < 0 or (0 <= plain < end_of_headers):
            end_of_headers, separator = plain, 2
        if end_of_headers < 0:
            break
        headers = _headers(data[opening.end() : end_of_headers])
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            break
        block = data[end_of_headers + separator : end_of_headers + separator + length]
        position = end_of_headers + separator + length
        while data[position : position + 1] in (b"\r", b"\n"):
            position += 1
        kind = headers.get("warc-type", "")
        address = headers.get("warc-target-uri", "")
        if kind == "response" and block.startswith(b"HTTP/"):
            split = block.find(b"\r\n\r\n")
            split, skip = (split, 4) if split >= 0 else (block.find(b"\n\n"), 2)
            if split < 0:
                continue
            media = _headers(block[:split]).get("content-type", "")
            body = block[split + skip :]
        elif kind == "resource":
            media, body = headers.get("content-type", ""), block
        else:
            continue
        if media.split(";")[0].strip().casefold() in (
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "text/markdown",
        ):
            documents.append((address, media, body))
    return documents


def _headers(raw: bytes) -> dict[str, str]:
    return {
        name.decode("ascii", "replace").casefold(): value.decode("utf-8", "replace").strip()
        for name, value in _HEADER.findall(raw)
    }
