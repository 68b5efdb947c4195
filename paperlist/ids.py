"""The arXiv and OpenReview identifier grammar and its normalisation: nowhere else."""

from __future__ import annotations

import re

# New-style ids (April 2007 on): YYMM.NNNN (to 1412) or YYMM.NNNNN (from 1501), optional vN.
_NEW_STYLE = re.compile(r"(?<![\w.])(?P<id>\d{4}\.\d{4,5})(?:v(?P<version>[1-9]\d*))?(?![\w])")


def parse_arxiv_id(text: str) -> tuple[str, int | None] | None:
    """Return (canonical id, version) for an arXiv id or URL, or None if `text` holds none."""
    match = _NEW_STYLE.search(text.strip())
    if match is None:
        return None
    version = match.group("version")
    return match.group("id"), int(version) if version else None
