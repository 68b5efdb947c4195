"""Habits the blind rounds 110 and 111 brought, and the misses of earlier rounds read again in that session
(tests/data/digests-round1NN), each written here in a small digest of its own."""

from __future__ import annotations

import pytest

from tests.reading import decoded_titles


@pytest.mark.parametrize(
    ("before", "note", "after"),
    [
        ("Notes from Tuesday.", "still to read", "Next week we meet in room 4."),
        ("Poznámky z úterý.", "ještě nečteno, odkaz chybí", "Příští týden se sejdeme v místnosti 4."),
    ],
)
def test_a_verb_s_particle_in_lower_case_is_no_sentence_before_a_title(
    before: str, note: str, after: str
) -> None:
    # (`Filtering out`, `Scaling up`: a title in Title Case that leaves the particle in lower case is one title,
    # not a sentence's words, in English or another language, and a shorter title after them)
    digest = (
        f"{before}\n\n"
        f"Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing: {note}\n\n"
        f"{after}\n"
    )
    _, titles = decoded_titles(digest.encode(), "notes.txt")
    assert "Sequential Redundancy for Efficient Language Processing" not in titles


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
