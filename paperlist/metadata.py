"""What the metadata services say about papers (`Metadata`), and what `related`, `cites` and `refs` found.

Frozen values, like `models`; apart from it so that a command that only shows the list never builds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from paperlist.models import venue_label


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a metadata service (arXiv, OpenReview, Semantic Scholar) says about a paper; never the user's state."""

    source: str  # "arxiv" | "openreview" | "semanticscholar"
    title: str
    arxiv_id: str | None = None  # without version
    version: int | None = None  # the version this record describes (latest when asked unversioned)
    openreview_id: str | None = None
    authors: tuple[str, ...] = ()
    abstract: str | None = None
    published: str | None = None  # YYYY-MM-DD
    updated: str | None = None  # YYYY-MM-DD
    primary_category: str | None = None
    categories: tuple[str, ...] = ()
    comment: str | None = None
    doi: str | None = None
    journal_ref: str | None = None
    venue: str | None = None
    # What Semantic Scholar adds (docs/enrichment.md): where and when the paper was published, how often it is
    # cited, a one-line summary, its own id and an open-access PDF.
    year: int | None = None  # year of publication
    venue_type: str | None = None  # "conference" | "journal" | None (unknown)
    venue_names: tuple[str, ...] = ()  # the venue's full name and its other names ("ICLR", ...)
    citation_count: int | None = None
    tldr: str | None = None
    s2_id: str | None = None  # Semantic Scholar's paperId (40 hex digits)
    open_access_pdf: str | None = None

    @property
    def venue_label(self) -> str | None:
        return venue_label(self.venue, self.year if self.venue_names else None)


@dataclass(frozen=True, slots=True)
class FoundPaper:
    """A paper Semantic Scholar points at (`related`, `cites`, `refs`), and whether the list already has it."""

    number: int  # its place in the answer, from 1: what `--add N` names
    metadata: Metadata
    in_list: int | None = None  # paperlist's id when the reading list already holds it


@dataclass(frozen=True, slots=True)
class Found:
    """What `related`, `cites` or `refs` found, and what `--add` added."""

    kind: str  # "related" | "cites" | "refs"
    about: str  # what was asked about, in words ("paper 3: Lite Transformer ...", "your 4 starred and read papers")
    papers: tuple[FoundPaper, ...] = ()
    added: tuple[int, ...] = ()  # paperlist ids of the papers `--add` put in the list
