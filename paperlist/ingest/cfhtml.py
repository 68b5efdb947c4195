"""The HTML Format of Windows' clipboard (CF_HTML, as a browser copies a page's selection and a clipboard tool
saves it), read as the page it holds.

The format is a header of `Key:value` lines (`Version:0.9`, `StartHTML:`, `EndHTML:`, `StartFragment:`,
`EndFragment:` as byte offsets, `SourceURL:` the page it came from), then the HTML; the part copied lies between
`<!--StartFragment-->` and `<!--EndFragment-->`. The HTML after the header is the page read, its links made
absolute against the source's address.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"\AVersion:[0-9.]+\r?\n(?:[A-Za-z]+:[^\n]*\n){1,12}")
_SOURCE = re.compile(r"^SourceURL:(?P<url>\S+)", re.MULTILINE)


def looks_like_cf_html(text: str) -> bool:
    return (
        text.startswith("Version:") and "StartHTML:" in text[:200] and _HEADER.match(text[:2000]) is not None
    )


def cf_html_page(text: str) -> tuple[str, str | None] | None:
    """(the HTML after the header, the address it was copied from) of a clipboard's HTML, or None."""
    header = _HEADER.match(text)
    if header is None:
        return None
    source = _SOURCE.search(header.group(0))
    return text[header.end() :], source.group("url") if source is not None else None
