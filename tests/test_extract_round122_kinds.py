"""Habits the blind rounds 122 and 123 brought (tests/data/digests-round122 and -round123), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_title_above_two_link_lines_goes_to_the_first_and_the_digest_is_read() -> None:
    # (a chat message naming one paper, then two links on lines of their own: reading it failed outright)
    digest = (
        "[12.01.2025, 09:15:22] Nil Sen: पहला — Deep Residual Learning for Image Recognition\n"
        "https://openreview.net/forum?id=H1eA7AEtvS\n"
        "https://arxiv.org/pdf/1706.03762.pdf\n"
        "[12.01.2025, 09:16:40] Ravi: धन्यवाद!\n"
    )
    _, titles = decoded_titles(digest.encode(), "chat.txt")
    assert titles["Deep Residual Learning for Image Recognition"] == "H1eA7AEtvS"
    assert "1706.03762" in titles.values()
