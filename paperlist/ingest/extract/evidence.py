"""Why a title was taken (and why a line was not): the named evidence every reference carries.

A title is earned, not assumed. Each reference records the reason its title was taken, in words a user reads in
`paperlist extract` and in the JSON `reason` of its mention. Some reasons are *weak*: they make a candidate
worth keeping, but not a paper on their own; a weak title-only candidate that no service finds online stays on
its digest as an unconfirmed reference (see docs/extraction.md).
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why a line was read as a paper's title."""

    RECORD = "the title field of a bibliographic record"
    TABLE = "the paper column of a table"
    LABEL = "labelled as the title"
    LISTING = "the Title: of an arXiv listing record"
    REFERENCE = "a reference-list entry (authors, year, title, venue)"
    LINK_TEXT = "the text of its link"
    BESIDE_LINK = "on the line of its link"
    ABOVE_LINK = "heads the entry its link is in"
    UNDER_LINK = "under its link, in the link's own item"
    AUTHORS = "given with its authors"
    VENUE = "given with its venue and year"
    PAPER_PAGE = "links to a paper's page"
    CATEGORY = "tagged with an arXiv category"
    TAGGED = "tagged as a paper"
    TOPIC = "tagged with a topic label, in a Chinese or Japanese digest"
    SUMMARY = "a title line heading the digest's own summary"
    QUOTED = "quoted and called a paper"
    BOOK_QUOTES = "in 《》 title marks"
    NAMED = "named as a paper in the prose"
    CODE_BELOW = "followed by its code link"
    SIBLINGS = "an item of a list whose other items are papers"
    NICKNAME = "given with its short name"
    TO_READ = "named by a to-do's reading verb"
    CITATION_MARK = "marked with a citation of the bibliography"
    SHAPE = "reads as a paper title"
    ID_ONLY = "no title given: the id alone"


# Reasons that do not make a title-only candidate a paper on their own: it needs a service to confirm it.
WEAK: frozenset[Reason] = frozenset({Reason.SIBLINGS, Reason.NICKNAME, Reason.TO_READ, Reason.SHAPE})
