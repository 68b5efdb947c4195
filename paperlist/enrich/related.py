"""What to read after a paper, what cites it and what it cites: Semantic Scholar's answers, marked against the
reading list, and the ones chosen added to it (`paperlist related`, `cites`, `refs`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from paperlist.config import ServiceSettings
from paperlist.dates import now_iso
from paperlist.enrich.semanticscholar import SemanticScholarClient, paper_ref
from paperlist.errors import PaperNotFound, UsageError
from paperlist.http import WaitListener, ignore_wait
from paperlist.metadata import Found, FoundPaper, Metadata
from paperlist.models import Paper, PaperFilter, ReadStatus, SortKey
from paperlist.store import enrichment as queries
from paperlist.store.db import Store
from paperlist.store.papers import find_paper, known_papers, list_papers

KINDS: Final = ("related", "cites", "refs")
MAX_EXAMPLES: Final = 500  # positive (and negative) papers sent at most, the most recently added first


@dataclass(frozen=True, slots=True)
class Ask:
    """What to ask: `kind` about the paper `ref` (or, for `related`, your starred and read papers)."""

    kind: str  # "related" | "cites" | "refs"
    ref: str | None = None
    from_starred: bool = False
    limit: int = 20
    add: tuple[int, ...] = ()  # numbers of the answer to add to the list


def s2_ref(paper: Paper) -> str | None:
    """How Semantic Scholar is asked about a paper of the list (its paperId, arXiv id, DOI), if it can be."""
    return paper_ref(s2_id=paper.s2_id, arxiv_id=paper.arxiv_id, doi=paper.doi)


def find_related(
    store: Store,
    ask: Ask,
    settings: ServiceSettings,
    *,
    on_wait: WaitListener = ignore_wait,
    now: str | None = None,
) -> Found:
    """Ask Semantic Scholar, mark what the list already holds, and add the papers `ask.add` names."""
    if ask.kind not in KINDS:
        raise ValueError(f"unknown kind {ask.kind}")
    if ask.from_starred and ask.ref is not None:
        raise UsageError(
            "give a paper ID or --from-starred, not both", "e.g. `paperlist related --from-starred`"
        )
    if not ask.from_starred and ask.ref is None:
        raise UsageError(
            "which paper? give its ID (or --from-starred for papers like your starred and read ones)",
            f"e.g. `paperlist {ask.kind} 2004.11886`",
        )
    with SemanticScholarClient(
        settings.s2_url, settings.s2_delay, settings.s2_api_key, on_wait=on_wait, timeout=settings.timeout
    ) as client:
        if ask.from_starred:
            about, papers = _from_starred(store, client, ask.limit)
        else:
            paper = find_paper(store, ask.ref or "")
            about = f"paper {paper.id}: {paper.display_title}"
            ref = s2_ref(paper)
            if ref is None:
                raise PaperNotFound(
                    f"Semantic Scholar cannot be asked about paper {paper.id} ({paper.display_title}): it has no "
                    "arXiv id, DOI or Semantic Scholar id",
                    "run `paperlist enrich` (Semantic Scholar may match its title), or ask about another paper",
                )
            if ask.kind == "related":
                answer = client.recommend(ref, ask.limit)
            else:
                answer = client.edges(ref, "citations" if ask.kind == "cites" else "references", ask.limit)
            if answer is None:
                raise PaperNotFound(
                    f"Semantic Scholar does not know paper {paper.id} ({paper.display_title}, asked as {ref})",
                    "nothing to list for it; try another paper",
                )
            papers = answer
    unique = list({(m.s2_id or m.arxiv_id or m.title): m for m in papers}.values())
    return _marked(store, ask, about, unique, now or now_iso())


def _from_starred(store: Store, client: SemanticScholarClient, limit: int) -> tuple[str, list[Metadata]]:
    """Recommendations from your starred and read papers (positive examples) and skipped ones (negative)."""
    liked = list_papers(store, PaperFilter(starred=True, sort=SortKey.ADDED))
    liked += list_papers(store, PaperFilter(status=(ReadStatus.READ,), sort=SortKey.ADDED))
    disliked = list_papers(store, PaperFilter(status=(ReadStatus.SKIPPED,), sort=SortKey.ADDED))
    positive = list(dict.fromkeys(ref for paper in liked if (ref := s2_ref(paper))))[:MAX_EXAMPLES]
    liked_ids = {paper.id for paper in liked}
    negative = list(
        dict.fromkeys(ref for paper in disliked if paper.id not in liked_ids and (ref := s2_ref(paper)))
    )[:MAX_EXAMPLES]
    if not positive:
        raise UsageError(
            "none of your starred or read papers can be asked about on Semantic Scholar (none starred or read, "
            "or none with an arXiv id, DOI or Semantic Scholar id)",
            "star papers you liked (`paperlist star ID`) or mark them read, then ask again",
        )
    answer = client.recommend_from(positive, negative, limit)
    if answer is None:
        raise PaperNotFound(
            "Semantic Scholar knows none of your starred and read papers",
            "run `paperlist enrich`, then ask again",
        )
    about = f"your {len(positive)} starred and read papers" + (
        f", unlike your {len(negative)} skipped ones" if negative else ""
    )
    return about, answer


def _marked(store: Store, ask: Ask, about: str, papers: Sequence[Metadata], now: str) -> Found:
    wrong = [number for number in ask.add if not 1 <= number <= len(papers)]
    if wrong:
        shown = ", ".join(str(number) for number in wrong)
        raise UsageError(
            f"--add {shown}: Semantic Scholar gave {len(papers)} paper{'s' if len(papers) != 1 else ''} here, "
            "numbered from 1; nothing was added",
            f"choose numbers between 1 and {len(papers)}" if papers else "there is nothing to add",
        )
    added: list[int] = []
    before = known_papers(store, papers)
    chosen = [papers[number - 1] for number in dict.fromkeys(ask.add) if before[number - 1] is None]
    if chosen:
        reason = {
            "related": "added from Semantic Scholar's recommendations",
            "cites": "added from Semantic Scholar: it cites a paper of the list",
            "refs": "added from Semantic Scholar: a paper of the list cites it",
        }[ask.kind]
        added = queries.add_found(store, chosen, now, f"{reason} ({about})")
    known = known_papers(store, papers)
    found = tuple(
        FoundPaper(number=number, metadata=metadata, in_list=in_list)
        for number, (metadata, in_list) in enumerate(zip(papers, known, strict=True), start=1)
    )
    return Found(kind=ask.kind, about=about, papers=found, added=tuple(added))
