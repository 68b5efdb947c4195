"""Which web page shows a paper, and opening it in the user's browser (`paperlist open`)."""

from __future__ import annotations

from paperlist.errors import PaperNotFound
from paperlist.ids import exact_arxiv_id, is_openreview_id
from paperlist.models import Paper


def page_url(paper: Paper, *, pdf: bool = False) -> str:
    """The paper's arXiv abstract page (or PDF); OpenReview's forum (or PDF) for papers not on arXiv; else
    Semantic Scholar's page (or the open-access PDF it knows)."""
    # Only a well-formed id makes a link (a record stored before ids were checked could hold anything).
    if paper.arxiv_id and exact_arxiv_id(paper.arxiv_id):
        url = paper.pdf_url if pdf else paper.abs_url
    elif paper.openreview_id and is_openreview_id(paper.openreview_id):
        url = paper.openreview_pdf_url if pdf else paper.openreview_url
    else:
        url = paper.open_access_pdf if pdf else paper.s2_url
    if url is None:
        raise PaperNotFound(
            f"paper {paper.id} ({paper.display_title}) has no arXiv or OpenReview page yet"
            + (" (nor an open-access PDF Semantic Scholar knows)" if pdf and paper.s2_id else ""),
            "run `paperlist enrich` to look it up, or see what the digests say with `paperlist show`",
        )
    return url


def open_in_browser(url: str) -> bool:
    """Open `url` in the browser $BROWSER names (else the system's); False when none could be started."""
    import webbrowser  # only when opening: start-up stays light

    return webbrowser.open(url, new=2)
