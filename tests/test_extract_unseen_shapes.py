"""More kinds of digest found by reading digests paperlist had never seen (tests/data/digests-own 45-56):
programmes and venue pages, feeds saved as `.xml`, CSL-JSON exports, reStructuredText, a note's front matter,
footnotes and reference links, forwarded email. Each test states the kind with papers of its own, not the corpus's
samples.
"""

from __future__ import annotations

import textwrap

from paperlist.ingest.extract import extract_references
from paperlist.models import Reference


def refs(text: str, shape: str) -> tuple[Reference, ...]:
    return extract_references(textwrap.dedent(text), shape).references


# --- programmes and venue pages: a title and its authors among times, numbers, buttons and fields -------------

PROGRAMME = """\
    ICML 2024 · Schedule

    Wed 24 Jul 1:30 p.m. - 1:45 p.m. CEST
    Oral
    Genie: Generative Interactive Environments
    Jake Bruce · Michael Dennis · Ashley Edwards · Jack Parker-Holder
    [ Paper ] [ Slides ] [ Video ]

    Poster #1203
    Scaling Rectified Flow Transformers for High-Resolution Image Synthesis
    Patrick Esser · Sumith Kulal · Andreas Blattmann

    Keynote
    Wed 24 Jul 9:00 a.m. CEST
    Why Science Needs Open Models
    Jane Example
    Hall A
"""

VENUE_PAGE = """\
    Spotlight Presentations

    Mixed Precision Training
    Download PDF
    Paulius Micikevicius, Sharan Narang, Jonah Alben, Gregory Diamos
    Published: 15 Feb 2018, Last Modified: 10 Feb 2022
    ICLR 2018 Poster
    Readers:  Everyone
    Show details
    Keywords: half precision, float16
    TL;DR: Training in FP16 with loss scaling and an FP32 master copy of the weights.
    https://openreview.net/forum?id=r1gs9JgRZ

    Poster Presentations
    Submitted
"""


def test_a_programme_entry_is_its_title_and_authors_among_times_numbers_and_buttons() -> None:
    found = refs(PROGRAMME, "text")
    assert [r.title for r in found] == [
        "Genie: Generative Interactive Environments",
        "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis",
    ]  # a keynote by one speaker is a talk, not a paper
    assert found[0].authors is not None and found[0].authors.startswith("Jake Bruce")


def test_a_venue_page_record_takes_its_forum_link_and_buttons_are_no_title() -> None:
    found = refs(VENUE_PAGE, "text")
    assert [(r.title, r.openreview_id) for r in found] == [("Mixed Precision Training", "r1gs9JgRZ")]
