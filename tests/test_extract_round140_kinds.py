"""Habits the blind rounds 138 to 141 brought (tests/data/digests-round138 to -round141), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_quoted_title_cited_after_a_few_words_without_a_stop_is_the_quoted_title_alone() -> None:
    # (a list item whose writer leads into the title with a few words of their own and no colon, the title's
    # citation right after its closing quote; a post named so is still no paper)
    page = (
        "## Muestreo\n\n"
        '- El beam search viene de "Sequence to Sequence Learning with Neural Networks" (Sutskever et al., 2014) '
        "y sigue siendo la base.\n"
        '- La idea sale del post "Understanding Diffusion Samplers" (2022), muy claro.\n'
        "- Temperatura: prueba valores bajos primero.\n"
    )
    _, titles = decoded_titles(page.encode(), "muestreo.md")
    assert "Sequence to Sequence Learning with Neural Networks" in titles
    assert not any(title and ("viene de" in title or "Samplers" in title) for title in titles)


def test_a_schedule_line_gives_its_title_past_the_week_its_date_and_who_presents_it() -> None:
    # (a reading group's mail: each line a session counted in the writer's language, its date in parentheses
    # without a separator after it, then the title; its link indented on the line below)
    mail = (
        "다음 달 세미나 일정입니다.\n\n"
        "1회차 (6/4) Deep Residual Learning for Image Recognition\n"
        "    https://arxiv.org/abs/1512.03385  (발표: 하늘)\n"
        "2회차 (6/11) Densely Connected Convolutional Networks\n"
        "    https://arxiv.org/abs/1608.06993\n"
        "Week 3 (Jun 18) Aggregated Residual Transformations for Deep Neural Networks\n"
        "    https://arxiv.org/abs/1611.05431\n"
        "6/25 (Mina) MobileNetV2: Inverted Residuals and Linear Bottlenecks\n"
        "    https://arxiv.org/abs/1801.04381\n"
    )
    _, titles = decoded_titles(mail.encode(), "seminar.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": "1608.06993",
        "Aggregated Residual Transformations for Deep Neural Networks": "1611.05431",
        "MobileNetV2: Inverted Residuals and Linear Bottlenecks": "1801.04381",
    }


def test_a_search_tools_hits_give_the_titles_their_lines_label_past_the_file_and_line_number() -> None:
    # (`rg -n` over a project: each hit its file's path, its line's number, then the line, a comment labelling the
    # paper the file implements, the label marked as a search page marks the word searched for)
    hits = (
        "$ rg -n 'paper:' src/\n"
        "src/attention/flash.py:3: # paper: FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness\n"
        "src/norm/rms.py:1: # **paper**: Root Mean Square Layer Normalization\n"
        "src/optim/lion.py:2: # paper: see the README\n"
    )
    _, titles = decoded_titles(hits.encode(), "hits.txt")
    assert set(titles) == {
        "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
        "Root Mean Square Layer Normalization",
    }
