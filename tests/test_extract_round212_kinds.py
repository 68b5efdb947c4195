"""Habits of the blind rounds 212 and 213 (and the misses of earlier rounds they led back to), each written here in
a small digest of its own, in other words and languages than the rounds' (the titles, hosts and names are
invented)."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_an_asciidoc_comment_block_hides_nothing_after_it() -> None:
    # (a `////` comment block opens and closes on the same marks; its close was written as a code fence that opened
    # a code block over the rest of the document, whose papers were lost)
    text = (
        "= Lab reading list\n"
        ":toc:\n\n"
        "////\n"
        "Editors: one entry a line, the abstract page's link when there is one.\n"
        "////\n\n"
        "== Papers\n\n"
        "* https://arxiv.org/abs/2301.00031[Sparse Token Routing for Long Context Encoders] -- read first.\n\n"
        "== Discussion\n\n"
        "We compared the routing loss of\n"
        "Hierarchical Memory Slots for Streaming Speech Recognition with the one above.\n"
    )
    _, titles = decoded_titles(text.encode(), "lista.adoc")
    assert titles.get("Sparse Token Routing for Long Context Encoders") == "2301.00031"
    assert "Hierarchical Memory Slots for Streaming Speech Recognition" in titles


def test_an_asciidoc_hard_line_break_is_no_part_of_the_title() -> None:
    # (`Title +` / `https://…`: AsciiDoc's hard break ends the line; the title is the link's below, not a paper of
    # its own ending on `+`)
    text = (
        "= Leseliste\n\n"
        "== Artikel\n\n"
        "* Calibrated Retrieval Heads for Multilingual Question Answering +\n"
        "  http://arxiv.org/abs/2302.00045 -- Anhang B lesen.\n"
    )
    _, titles = decoded_titles(text.encode(), "leseliste.adoc")
    assert titles == {"Calibrated Retrieval Heads for Multilingual Question Answering": "2302.00045"}


def test_an_emphasised_title_a_wrapped_sentence_runs_onto_is_prose() -> None:
    # (`… the 2019 technical report` / `_Title_ (nobody calls it that; …`: the emphasis opens its line only because
    # the sentence wrapped there; it is a title inside prose, not a heading or a run-in head)
    text = (
        "Notes from the reading group\n\n"
        "Tomasz began with the 2019 technical report\n"
        "_Gradient Noise Shaping for Stable Mixed Precision Training_ (nobody calls it that; it never went to\n"
        "a conference), and the talk went on to the optimiser.\n"
    )
    _, titles = decoded_titles(text.encode(), "notes.md")
    assert "Gradient Noise Shaping for Stable Mixed Precision Training" in titles


def test_an_emphasised_heading_line_is_still_no_prose_title() -> None:
    # (the same emphasis over a blank line, or after a sentence that ended: a run-in head, turned down as before)
    text = (
        "Notes from the reading group.\n\n"
        "_Gradient Noise Shaping for Stable Mixed Precision Training_\n\n"
        "We met on Tuesday.\n"
    )
    _, titles = decoded_titles(text.encode(), "notes.md")
    assert "Gradient Noise Shaping for Stable Mixed Precision Training" not in titles


def test_a_title_wrapped_over_lines_inside_a_sentence_is_read_whole() -> None:
    # (`… summed it up: as` / `Title begins` / `and Ends showed, one model …`: the sentence wraps before the title
    # and inside it; the line above ends on a word no title ends on, and the sentence goes on after it)
    text = (
        "Reading group, week 4\n\n"
        "For Estonian, the useful paper is the multilingual one. Mari put it plainly: as\n"
        "Shared Subword Vocabularies for Low Resource\n"
        "Machine Translation showed, one vocabulary for forty languages works if the corpus is large enough.\n"
    )
    _, titles = decoded_titles(text.encode(), "week4.txt")
    assert "Shared Subword Vocabularies for Low Resource Machine Translation" in titles


def test_lines_of_titles_one_a_line_are_not_run_together() -> None:
    # (a list of titles one a line, the one above ending on a word in lower case: each its own, never the next
    # line's words run onto it)
    text = (
        "Papers this term:\n"
        "Deep contextual token representations\n"
        "Shared Subword Vocabularies for Low Resource Machine Translation\n"
        "Hugging Face tokenizers (a library, not a paper)\n"
    )
    _, titles = decoded_titles(text.encode(), "term.txt")
    assert not any(title and "Hugging" in title and "Translation" in title for title in titles)
