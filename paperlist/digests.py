"""What reading a digest yields: its references, the names and lines turned down, and the record of the read.

Frozen values, like `models`; apart from it so that a command that only shows the list never builds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from paperlist.models import Evidence


@dataclass(frozen=True, slots=True)
class Reference:
    """One paper referenced by one digest, with what the digest says about it.

    Produced by `extract.extract_references`; a paper referenced at several places of one digest
    (title line and link, prose and `论文标题:`) is one Reference with every place in `lines`.
    """

    evidence: Evidence
    line: int  # 1-based line of the first place, in the decoded text
    raw: str  # the digest's text at that place (the link, citation or title line)
    arxiv_id: str | None = None  # canonical, without version: "2004.11886", "math/0309136"
    version: int | None = None  # the version the digest cited (2 for ...v2), if any
    openreview_id: str | None = None
    title: str | None = None  # the title as the digest gives it
    summary: str = ""  # the digest's own words about the paper (often Chinese)
    authors: str | None = None  # the authors line as given ("Y H Tsai, Y Wu, R Salakhutdinov")
    affiliations: str | None = None  # as given ("CMU", "Google Research")
    category: str | None = None  # a category tag as given ("CV", "LG")
    code_url: str | None = None  # a code repository the digest gives for this paper
    lines: tuple[int, ...] = ()  # every line where the digest refers to this paper
    reason: str | None = None  # why its title was taken (extract/evidence.py Reason), None without a title
    weak: bool = False  # title-only on weak evidence: a paper only once a service (or the user) confirms it

    @property
    def key(self) -> str:
        """Identity of the referenced paper within one digest."""
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.openreview_id:
            return f"openreview:{self.openreview_id}"
        return f"title:{(self.title or self.raw).casefold()}"


@dataclass(frozen=True, slots=True)
class NameMention:
    """A paper named only by a nickname (S4, Mamba, GPT-2): kept, never turned into a paper."""

    name: str
    line: int
    raw: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """A line considered as a paper and turned down, with why (shown by `paperlist extract -v`)."""

    line: int  # 1-based
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor found in one digest."""

    references: tuple[Reference, ...] = ()
    names: tuple[NameMention, ...] = ()
    shape: str = "text"  # how the digest was read: markdown, html, org, text, bibtex, ris, csv, tsv
    rejected: tuple[Rejected, ...] = ()  # candidate lines turned down, with why


@dataclass(frozen=True, slots=True)
class DigestReading:
    """One digest read and understood without storing anything (`paperlist extract`)."""

    name: str
    path: str
    extraction: Extraction
    encoding: str = ""
    error: str | None = None  # why it could not be read (the rest is empty then)


@dataclass(frozen=True, slots=True)
class Digest:
    """A digest as read from a file or URL (its text is not kept: only what was extracted from it)."""

    path: str  # absolute path or URL: the digest's identity
    name: str  # file name (or last URL segment) shown to people
    sha256: str  # of the raw bytes
    size: int  # bytes
    encoding: str  # what the bytes were decoded as ("utf-8", "gb18030", "utf-16", "html/utf-8" ...)


@dataclass(frozen=True, slots=True)
class Parsed:
    """A digest read and understood, ready to be stored."""

    digest: Digest
    extraction: Extraction
    # Its references' search-index text, segmented where the digest was parsed (a worker process, for many
    # digests) so that the one writing process need not (see store.fts.prepare_index_text).
    index_text: tuple[str, ...] = ()


def decoding_note(encoding: str) -> str | None:
    """What reading a digest had to change, as its encoding label says (`utf-8 (3 invalid bytes replaced)`):
    worth a warning."""
    _, parenthesis, note = encoding.partition(" (")
    return note.removesuffix(")") if parenthesis else None
