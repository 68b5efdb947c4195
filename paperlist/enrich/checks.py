"""Pure: what a service answers is checked before anything is stored, whatever the service.

An answer is outside text, like a digest, and is held to the same grammar: an arXiv or OpenReview id that is
not exactly an id refuses the record (it would reach `eprint`, links and `open`); a date no calendar holds,
a version, category or DOI that is not well-formed is dropped (the record keeps the rest); text fields are
bounded (a 5,000-character title made an 8,000-character citation key, and a record that large is no paper).
Both converters (`arxiv.to_metadata`, `openreview.to_metadata`) end here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Final

from paperlist.ids import exact_arxiv_id, is_category, is_doi, is_openreview_id
from paperlist.metadata import Metadata

# Bounds well past any real paper: arXiv's longest titles are ~300 characters, abstracts at most 1,920,
# collaborations list ~3,000 authors.
TITLE_MAX: Final = 1_000
NAME_MAX: Final = 300
AUTHORS_MAX: Final = 5_000
ABSTRACT_MAX: Final = 20_000
NOTE_FIELD_MAX: Final = 2_000  # comment, journal reference, venue
CATEGORIES_MAX: Final = 20
VERSION_MAX: Final = 999
FIRST_YEAR: Final = 1900


def checked(metadata: Metadata) -> Metadata | None:
    """`metadata` as it may be stored: None when its ids are not ids, else with its malformed fields dropped
    and its text bounded."""
    arxiv_id = metadata.arxiv_id
    version = metadata.version
    if arxiv_id is not None:
        parsed = exact_arxiv_id(arxiv_id)
        if parsed is None or parsed[1] is not None:
            return None
        arxiv_id = parsed[0]
    if metadata.openreview_id is not None and not is_openreview_id(metadata.openreview_id):
        return None
    if version is not None and not 1 <= version <= VERSION_MAX:
        version = None
    categories = tuple(dict.fromkeys(c for c in metadata.categories if is_category(c)))[:CATEGORIES_MAX]
    primary = metadata.primary_category
    return replace(
        metadata,
        title=_bounded(metadata.title, TITLE_MAX) or "",
        arxiv_id=arxiv_id,
        version=version,
        authors=tuple(
            name for name in (_bounded(a, NAME_MAX) for a in metadata.authors[:AUTHORS_MAX]) if name
        ),
        abstract=_bounded(metadata.abstract, ABSTRACT_MAX),
        published=valid_day(metadata.published),
        updated=valid_day(metadata.updated),
        primary_category=primary
        if primary is not None and is_category(primary)
        else next(iter(categories), None),
        categories=categories,
        comment=_bounded(metadata.comment, NOTE_FIELD_MAX),
        doi=metadata.doi if metadata.doi is not None and is_doi(metadata.doi) else None,
        journal_ref=_bounded(metadata.journal_ref, NOTE_FIELD_MAX),
        venue=_bounded(metadata.venue, NOTE_FIELD_MAX),
    )


def valid_day(value: str | None) -> str | None:
    """`YYYY-MM-DD` when it is a real day between 1900 and next year (`9999-99-99` is not a date)."""
    if value is None or len(value) != 10 or not value.isascii():
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return value if FIRST_YEAR <= day.year <= datetime.now(UTC).year + 1 else None


def _bounded(text: str | None, most: int) -> str | None:
    """`text` cut to at most `most` characters (an ellipsis says it was cut)."""
    if text is None or len(text) <= most:
        return text
    return text[: most - 1].rstrip() + "…"
