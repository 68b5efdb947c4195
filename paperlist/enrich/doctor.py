"""`paperlist doctor`: likely duplicates, and papers whose metadata is missing or suspicious, each with the
command that fixes it.

Duplicates are papers that are probably one: the same normalised title (an arXiv entry and an OpenReview entry
often are), or titles the arXiv matcher calls close (a paper and its renamed version: one word dropped, the
title shortened to its name). Two papers with different arXiv ids (or different OpenReview forums) are never
called duplicates: the services say they are two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from paperlist.enrich.match import STOPWORDS, Level, head, title_similarity
from paperlist.models import EnrichState
from paperlist.store.checks import PaperFacts, paper_facts
from paperlist.store.db import Store
from paperlist.titles import match_key, title_key


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two papers that are probably one."""

    paper_ids: tuple[int, int]
    titles: tuple[str, str]
    why: str

    @property
    def command(self) -> str:
        return f"paperlist merge {self.paper_ids[0]} {self.paper_ids[1]}"


@dataclass(frozen=True, slots=True)
class Problem:
    """A paper whose metadata is missing or suspicious."""

    paper_id: int
    title: str
    kind: str  # no-title, date-before-id, missing-id, ambiguous, no-authors, failed
    message: str
    command: str  # what fixes it


@dataclass(frozen=True, slots=True)
class Diagnosis:
    papers: int  # how many papers were looked at
    duplicates: tuple[Duplicate, ...]
    problems: tuple[Problem, ...]


def diagnose(store: Store) -> Diagnosis:
    """Look at every paper in the list (removed ones aside) and say what seems wrong."""
    facts = list(paper_facts(store))
    return Diagnosis(
        papers=len(facts), duplicates=tuple(find_duplicates(facts)), problems=tuple(find_problems(facts))
    )


def _shown(paper: PaperFacts) -> str:
    return paper.title or paper.arxiv_id or paper.openreview_id or f"paper {paper.id}"


def _distinct(a: PaperFacts, b: PaperFacts) -> bool:
    """Whether the services say these are two papers (two arXiv ids, or two OpenReview forums)."""
    return bool(
        (a.arxiv_id and b.arxiv_id and a.arxiv_id != b.arxiv_id)
        or (a.openreview_id and b.openreview_id and a.openreview_id != b.openreview_id)
    )


def _same_title_why(a: PaperFacts, b: PaperFacts) -> str:
    if bool(a.arxiv_id) != bool(b.arxiv_id) and (a.openreview_id or b.openreview_id):
        return "an arXiv entry and an OpenReview entry with the same title"
    return "the same title"


def find_duplicates(papers: Sequence[PaperFacts]) -> list[Duplicate]:
    """Pairs of papers that are probably one, lowest ids first."""
    found: dict[tuple[int, int], str] = {}
    titled = [paper for paper in papers if paper.title and paper.title.strip()]
    # 1. The same title once case, width, accents and punctuation are set aside (any script), or once LaTeX is.
    normalisers: tuple[Callable[[str], str], ...] = (title_key, match_key)
    for normalise in normalisers:
        groups: dict[str, list[PaperFacts]] = defaultdict(list)
        for paper in titled:
            key = normalise(paper.title or "")
            if key:
                groups[key].append(paper)
        for group in groups.values():
            for pair in _pairs(group):
                found.setdefault((pair[0].id, pair[1].id), _same_title_why(*pair))
    # 2. Close titles (a renamed version). Only pairs that can be close are compared, found through keys:
    # the name before a colon (same name, or one title is the other's name) and the title's words with one
    # left out (a word dropped or added between versions).
    keys: dict[str, list[PaperFacts]] = defaultdict(list)
    for paper in titled:
        title = paper.title or ""
        whole = match_key(title)  # (once: the normalisers are the cost of a big list)
        name = head(title)
        if name:
            keys[f"name:{name}"].append(paper)
        if whole:
            keys[f"name:{whole}"].append(paper)
        words = sorted({word for word in whole.split() if word not in STOPWORDS})
        if 2 <= len(words) <= 40:
            keys["words:" + " ".join(words)].append(paper)
            for left_out in range(len(words)):
                keys["words:" + " ".join(words[:left_out] + words[left_out + 1 :])].append(paper)
    for group in keys.values():
        if len(group) < 2 or len(group) > 50:  # (alone; or a key this common says nothing about identity)
            continue
        for a, b in _pairs(group):
            if (a.id, b.id) in found:
                continue
            level, _ = title_similarity(a.title or "", b.title or "")
            if level >= Level.CLOSE:
                found[(a.id, b.id)] = "a renamed version: the titles differ by a word or a subtitle"
    by_id = {paper.id: paper for paper in papers}
    return [
        Duplicate(pair, (_shown(by_id[pair[0]]), _shown(by_id[pair[1]])), why)
        for pair, why in sorted(found.items())
    ]


def _pairs(group: Sequence[PaperFacts]) -> Iterable[tuple[PaperFacts, PaperFacts]]:
    ordered = sorted(group, key=lambda paper: paper.id)
    for index, a in enumerate(ordered):
        for b in ordered[index + 1 :]:
            if a.id != b.id and not _distinct(a, b):
                yield a, b


_NEW_ID = re.compile(r"^(\d{2})(\d{2})\.\d{4,5}$")
_OLD_ID = re.compile(r"^[a-z-]+/(\d{2})(\d{2})\d{3}$")


def id_month(arxiv_id: str) -> str | None:
    """The YYYY-MM an arXiv id encodes (2004.11886 → 2020-04, hep-th/9901001 → 1999-01)."""
    new = _NEW_ID.match(arxiv_id)
    if new:
        return f"20{new.group(1)}-{new.group(2)}"
    old = _OLD_ID.match(arxiv_id)
    if old:
        century = "19" if old.group(1) >= "91" else "20"
        return f"{century}{old.group(1)}-{old.group(2)}"
    return None


def find_problems(papers: Sequence[PaperFacts]) -> list[Problem]:
    """Papers whose metadata is missing or suspicious, by id."""
    problems: list[Problem] = []
    for paper in papers:
        shown = _shown(paper)
        if not (paper.title or "").strip():
            problems.append(
                Problem(
                    paper.id,
                    shown,
                    "no-title",
                    "no title: neither a digest nor a service gave one",
                    f'paperlist edit {paper.id} --title "..."',
                )
            )
        month = id_month(paper.arxiv_id) if paper.arxiv_id else None
        if month and paper.published and paper.published[:7] < month:
            problems.append(
                Problem(
                    paper.id,
                    shown,
                    "date-before-id",
                    f"published {paper.published}, before {month}, the month its arXiv id {paper.arxiv_id} "
                    "says it was submitted: the metadata may be another paper's",
                    f"paperlist refresh {paper.id}",
                )
            )
        if paper.missing and paper.enrichment is EnrichState.NOT_FOUND:
            problems.append(
                Problem(
                    paper.id,
                    shown,
                    "missing-id",
                    f"arXiv says {paper.arxiv_id} does not exist (a typo in the digest?)",
                    f"paperlist resolve {paper.id} --arxiv ID, or paperlist remove {paper.id}",
                )
            )
        if paper.enrichment is EnrichState.AMBIGUOUS and not paper.decided:
            problems.append(
                Problem(
                    paper.id,
                    shown,
                    "ambiguous",
                    f"{paper.candidates} arXiv candidate{'s' if paper.candidates != 1 else ''}, none sure",
                    f"paperlist show {paper.id}, then paperlist resolve {paper.id} N",
                )
            )
        if paper.enrichment is EnrichState.ENRICHED and paper.arxiv_id and paper.authors == 0:
            problems.append(
                Problem(
                    paper.id,
                    shown,
                    "no-authors",
                    "enriched, but no authors are known",
                    f"paperlist refresh {paper.id}",
                )
            )
        if paper.enrichment is EnrichState.FAILED:
            problems.append(
                Problem(
                    paper.id,
                    shown,
                    "failed",
                    f"asking for its metadata failed ({paper.reason or 'no reason recorded'})",
                    "paperlist enrich",
                )
            )
    return problems
