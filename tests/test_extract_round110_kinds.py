"""Habits the blind rounds 110 and 111 brought, and the misses of earlier rounds read again in that session
(tests/data/digests-round1NN), each written here in a small digest of its own."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_verb_s_particle_in_lower_case_keeps_a_title_whole() -> None:
    # (`Filtering out`, `Scaling up`: a title in Title Case that leaves the particle in lower case is one title,
    # not a sentence's words and a title after them)
    digest = (
        "Reading list for the efficiency week.\n\n"
        "1. Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing\n"
        "2. Longformer: The Long-Document Transformer https://arxiv.org/abs/2004.05150\n"
        "3. Reformer: The Efficient Transformer https://arxiv.org/abs/2001.04451\n"
    )
    _, titles = decoded_titles(digest.encode(), "list.txt")
    assert "Sequential Redundancy for Efficient Language Processing" not in titles
    assert (
        "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing" in titles
    )


def test_the_items_a_program_counts_out_are_a_list_of_papers_when_most_give_their_id() -> None:
    # (a build log checking a newsletter's links: `[3/5] Title → link … 200 OK`, or a warning that an item has none)
    log = "".join(
        f"[07:00:1{n}]{status}:\t\t [Link check] [{n}/5] {item}\n"
        for n, (status, item) in enumerate(
            [
                (
                    " ",
                    "Generating Long Sequences with Sparse Transformers → https://arxiv.org/abs/1904.10509 … 200 OK",
                ),
                (
                    " ",
                    "Longformer: The Long-Document Transformer → https://arxiv.org/abs/2004.05150 … 200 OK",
                ),
                ("W", "Big Bird: Transformers for Longer Sequences: no link (url: null)"),
                (
                    " ",
                    "Rethinking Attention with Performers → https://openreview.net/forum?id=Ua6zuk0WRH … 200 OK",
                ),
                (
                    " ",
                    "Linformer: Self-Attention with Linear Complexity → https://arxiv.org/abs/2006.04768 … 200 OK",
                ),
            ],
            start=1,
        )
    )
    digest = (
        "[07:00:02]i: TeamCity server version is 2023.11.4 (build 147586)\n"
        + log
        + "[07:00:20] : Build finished\n"
    )
    _, titles = decoded_titles(digest.encode(), "build.log")
    assert "Big Bird: Transformers for Longer Sequences" in titles
    assert len(titles) == 5
