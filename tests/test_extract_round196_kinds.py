"""Habits of the blind rounds 196 and 197 and of the earlier rounds' leftovers, each written here in a small digest of
its own, in other words and languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(data: bytes, name: str) -> list[Reference]:
    decoded, label = decode_digest(data, name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str = "digest.txt") -> set[str | None]:
    return {reference.title for reference in _references(text.encode(), name)}


_POST = (
    "Lab notes\n"
    "\n"
    "Week 3: sparse retrieval\n"
    "\n"
    "Posted on March 3, 2026 by Ines Vidal\n"
    "\n"
    "Required this week:\n"
    "\n"
    "- Calibrated Token Budgets for Retrieval (https://arxiv.org/abs/2101.00017)\n"
    "- Sparse Routing Experts for Dense Retrieval - https://arxiv.org/abs/2101.00018\n"
    "- Hashed Query Sketches at Scale (https://arxiv.org/abs/2101.00019)\n"
    "\n"
    "{marker}\n"
    "\n"
    "Tomasz K. says:\n"
    "March 4, 2026 at 8:10 am\n"
    "Thanks! Should we also read Learned Index Structures for Sparse Vectors before the lab?\n"
    "Reply\n"
    "\n"
    "Ines Vidal says:\n"
    "March 4, 2026 at 9:30 am\n"
    "Yes, and see https://arxiv.org/abs/2101.00020 too.\n"
    "Reply\n"
)


def test_a_posts_comments_are_read_for_the_papers_they_name() -> None:
    # (a comment section's heading ends the post's last entry, not the page's content: its readers name papers)
    for marker in ("2 Responses to “Week 3: sparse retrieval”", "Comments", "Leave a reply", "全部评论"):
        titles = _titles(_POST.format(marker=marker))
        assert "Learned Index Structures for Sparse Vectors" in titles, marker
        assert "Hashed Query Sketches at Scale" in titles, marker
    # (the related articles after a post still end it: their titles are other posts')
    related = _POST.format(marker="Related posts").replace(
        "Thanks! Should we also read Learned Index Structures for Sparse Vectors before the lab?",
        "Learned Index Structures for Sparse Vectors, a recap",
    )
    assert "Learned Index Structures for Sparse Vectors" not in _titles(related)


def test_a_title_after_a_colon_does_not_run_into_a_threads_short_lines() -> None:
    # (a comment's last words are a title after a colon; under it the thread's `2d`, `Like`, `Reply` and a count,
    # each a line of its own: no wrapped paragraph goes on so)
    thread = (
        "Group post: reading for May https://arxiv.org/abs/2101.00017\n"
        "\n"
        "Ana Souza\n"
        "Adding one on graphs, the authors released code: https://arxiv.org/abs/2101.00021 — Graphormer Lite: "
        "Sparse Attention Over Molecular Graphs\n"
        "2d\n"
        "Like\n"
        "Reply\n"
        "7\n"
    )
    titles = _titles(thread)
    assert "Graphormer Lite: Sparse Attention Over Molecular Graphs" in titles
    # (a paragraph hard-wrapped mid-title, its next line short and a long one after it, still joins)
    wrapped = (
        "Notes from the infra sync https://arxiv.org/abs/2101.00017\n"
        "\n"
        "The fine-tune follows the recipe the team already runs, with sharded optimizer states (Tessellate: Memory\n"
        "Sharding for Trillion\n"
        "Parameter Models, stage two) and the schedule we tested in March on the old cluster and then again.\n"
    )
    assert "Tessellate: Memory Sharding for Trillion Parameter Models" in _titles(wrapped)


def test_a_video_series_named_in_another_script_is_no_paper() -> None:
    # (`… की Title सीरीज़`: a series of videos, as a book or a course is named)
    thread = (
        "नेहा says:\n"
        "2 days ago\n"
        "ज़रूर! Ravi की Visual Intuitions for Neural Network Training सीरीज़ और Khan Academy से शुरुआत करें।\n"
        "Reply\n"
    )
    assert "Visual Intuitions for Neural Network Training" not in _titles(thread)
    assert "Visual Intuitions for Neural Network Training" not in _titles(
        "Start with the Visual Intuitions for Neural Network Training series on the channel.\n"
    )
