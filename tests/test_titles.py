"""Title identity keys: the same title however a digest types it (case, width, accents, punctuation)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from paperlist.titles import title_key

ASCII_PRINTABLE = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=80)


def fullwidth(text: str) -> str:
    """The full-width forms CJK input methods type for ASCII letters, digits and punctuation."""
    return "".join(
        chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else "\u3000" if char == " " else char for char in text
    )


def test_case_punctuation_and_spacing_do_not_matter() -> None:
    assert title_key("Self-Supervised Learning from a Multi-View Perspective") == title_key(
        "  self-supervised learning from a multi-view perspective. "
    )


def test_accents_and_width_do_not_matter() -> None:
    assert title_key("Café: Über Transformers") == title_key("cafe uber transformers")
    assert title_key("ＢＥＲＴ：Ｐｒｅ－ｔｒａｉｎｉｎｇ") == title_key("BERT: Pre-training")


def test_chinese_titles_keep_their_characters() -> None:
    assert title_key("基于对比学习的图像检索。") == "基于对比学习的图像检索"


@given(ASCII_PRINTABLE)
def test_an_ascii_title_and_its_full_width_form_have_one_key(title: str) -> None:
    # ASCII titles take a shortcut; typed full-width they take the whole normalisation: both must agree.
    assert title_key(title) == title_key(fullwidth(title))
