"""Copies of a digest as they arrive in the wild, made from the digest as written: each variant takes a file name
and its text and gives the bytes of the copy. Used by tests/test_digests_variants.py (which asserts that the
`VARIANTS` change no paper) and scripts/digest_variants.py (which also measures the `MEASURED` ones).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

# Exports and notebooks are written by programs, not retyped or pasted: only the encoding variants apply to them.
WRITTEN_BY_PROGRAMS = {".bib", ".bbl", ".ris", ".csv", ".tsv", ".ipynb", ".tex"}


def _windows(name: str, text: str) -> bytes:
    return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")


def _gb18030(name: str, text: str) -> bytes:
    return text.encode("gb18030") if re.search("[\u4e00-\u9fff]", text) else text.encode("utf-8")


def _pasted_spaces(name: str, text: str) -> bytes:
    if Path(name).suffix in WRITTEN_BY_PROGRAMS:
        return text.encode("utf-8")
    return re.sub(r"([:：]) ", "\\1\u00a0", text).encode("utf-8")


def _tabs(name: str, text: str) -> bytes:
    if Path(name).suffix not in {".md", ".txt", ".org"}:
        return text.encode("utf-8")
    return re.sub(r"(?m)^((?:    )+)", lambda match: "\t" * (len(match.group(1)) // 4), text).encode("utf-8")


def _star_bullets(name: str, text: str) -> bytes:
    if Path(name).suffix != ".md":
        return text.encode("utf-8")
    return re.sub(r"(?m)^([ \t]*)- ", "\\1* ", text).encode("utf-8")


def _trailing_spaces(name: str, text: str) -> bytes:
    return re.sub(r"(?m)(\S)$", "\\1  ", text).encode("utf-8")


def _curly_apostrophes(name: str, text: str) -> bytes:
    if Path(name).suffix in WRITTEN_BY_PROGRAMS | {".html"}:
        return text.encode("utf-8")
    return re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text).encode("utf-8")


def _minified(name: str, text: str) -> bytes:
    if Path(name).suffix != ".html":
        return text.encode("utf-8")
    return re.sub(r">\s*\n\s*<", "><", text).encode("utf-8")


VARIANTS: dict[str, Callable[[str, str], bytes]] = {
    "saved on Windows": _windows,
    "GB18030": _gb18030,
    "pasted spaces": _pasted_spaces,
    "tab indents": _tabs,
    "star bullets": _star_bullets,
    "trailing spaces": _trailing_spaces,
    "curly apostrophes": _curly_apostrophes,
    "minified HTML": _minified,
}


def _rendered_html(name: str, text: str) -> bytes:
    """A Markdown digest as its web page: rendered by a CommonMark renderer, in a page with its title."""
    if Path(name).suffix != ".md":
        return text.encode("utf-8")
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(text)
    page = f"<!DOCTYPE html><html><head><title>{Path(name).stem}</title></head><body>{body}</body></html>"
    return page.encode("utf-8")


def _mailed(name: str, text: str) -> bytes:
    """A plain-text digest as a mail client sends it: lines longer than 72 columns wrapped at 72."""
    if Path(name).suffix not in {".txt", ".eml"}:
        return text.encode("utf-8")
    wrap = textwrap.TextWrapper(width=72, break_long_words=False, break_on_hyphens=False)
    return "\n".join(wrap.fill(line) if len(line) > 72 else line for line in text.split("\n")).encode("utf-8")


# Copies that change the text's meaning in places (a relative link dropped, a web thread wrapped as no mail
# client would): measured by scripts/digest_variants.py, not asserted.
MEASURED: dict[str, Callable[[str, str], bytes]] = {
    "rendered to HTML": _rendered_html,
    "mailed at 72 columns": _mailed,
}
