"""Habits the blind rounds 182 and 183 brought, each written here in a small digest of its own, in other words and
languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

import json
from pathlib import Path

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(text: str, name: str) -> list[Reference]:
    decoded, label = decode_digest(text.encode(), name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str) -> set[str]:
    return {reference.title for reference in _references(text, name) if reference.title}


def _by_id(text: str, name: str) -> dict[str, str | None]:
    return {
        reference.arxiv_id or reference.openreview_id or "": reference.title
        for reference in _references(text, name)
        if reference.arxiv_id or reference.openreview_id
    }


def test_a_link_that_opens_its_address_from_a_script_is_that_address() -> None:
    # (an HTML application's table: `href="#"`, the address in the click handler; a local PDF has none)
    page = (
        "<html><head><title>Lesekreis</title></head><body><table>\n"
        "<tr><th>Datum</th><th>Aufsatz</th><th>Notiz</th></tr>\n"
        '<tr><td>3.4.</td><td><a href="#" onclick=\'Oeffne "https://arxiv.org/abs/2101.00017"\'>Sparse Routing '
        "Experts for Dense Retrieval</a></td><td>ICML 2021</td></tr>\n"
        '<tr><td>10.4.</td><td><a href="#" onclick="window.open(\'http://arxiv.org/pdf/2203.01234v2\')">'
        "Calibrated Token Budgets for Long-Context Language Models</a></td><td>NeurIPS 2022</td></tr>\n"
        '<tr><td>17.4.</td><td><a href="#" onclick=\'Oeffne "routing.pdf"\'>Routing Experts Beyond Dense '
        "Retrieval Benchmarks</a></td><td>ACL 2023</td></tr>\n"
        "<tr><td>24.4.</td><td><a href=\"javascript:window.open('https://arxiv.org/abs/2302.04567')\">Gadget "
        "Experts: Calibrated Routing at Scale</a></td><td>ICLR 2024</td></tr>\n"
        "</table></body></html>\n"
    )
    assert _by_id(page, "lesekreis.hta") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
        "2302.04567": "Gadget Experts: Calibrated Routing at Scale",
    }


def test_a_sentence_case_title_in_a_table_row_giving_its_venue_and_year_is_a_paper() -> None:
    table = (
        "| Date | Reading | Notes |\n| --- | --- | --- |\n"
        "| 3 Apr | Sparse Routing Experts for Dense Retrieval | ICML 2021, first session |\n"
        "| 10 Apr | Calibrated token budgets for long-context language models | AISTATS 2022, the appendix |\n"
        "| 17 Apr | Routing Experts Beyond Dense Retrieval | ACL 2023 |\n"
        "| 24 Apr | Farewell lunch | somewhere nice |\n"
    )
    titles = _titles(table, "plan.md")
    assert "Calibrated token budgets for long-context language models" in titles
    assert "Farewell lunch" not in titles


def test_an_ini_style_file_is_read_a_section_a_record() -> None:
    # (a launcher's quicklist: one `[Desktop Action …]` per item, its name and what it opens)
    entry = (
        "# lukupiiri.desktop\n\n[Desktop Entry]\nType=Application\nName=Lukupiiri\n"
        "Actions=one;two;three;post;\n\n"
        "[Desktop Action one]\nName=Sparse Routing Experts for Dense Retrieval\n"
        "Exec=xdg-open https://arxiv.org/abs/2101.00017\n\n"
        "# viikko 2\n[Desktop Action two]\nName=Calibrated Token Budgets for Long-Context Language Models\n"
        "Exec=xdg-open /home/aino/pdf/budgets.pdf\n\n"
        "[Desktop Action three]\nName=Routing Experts Beyond Dense Retrieval\nIcon=application-pdf\n"
        "Exec=xdg-open /home/aino/pdf/beyond.pdf\n\n"
        "[Desktop Action post]\nName=Sparse Gadget Mixtures in Practice – blog post by Aino Virtanen\n"
        "Exec=xdg-open https://aino.example.fi/posts/experts/\n"
    )
    references = _references(entry, "lukupiiri.desktop")
    titles = {reference.title for reference in references}
    assert {
        "Sparse Routing Experts for Dense Retrieval",
        "Calibrated Token Budgets for Long-Context Language Models",
        "Routing Experts Beyond Dense Retrieval",
    } <= titles
    assert not any(
        (title or "").startswith("Sparse Gadget Mixtures") or title == "Lukupiiri" for title in titles
    )
    assert {reference.arxiv_id for reference in references if reference.arxiv_id} == {"2101.00017"}


def test_a_title_given_as_a_command_s_option_among_sibling_commands_is_a_paper() -> None:
    # (a terminal's session file: `launch --title "…"` a tab per paper, a short title among them too)
    session = (
        "new_tab reading\n"
        'launch --title "Sparse Routing Experts for Dense Retrieval" w3m https://arxiv.org/abs/2101.00017\n'
        'launch --title "Calibrated Token Budgets for Long-Context Language Models" viewer pdf/budgets.pdf\n'
        'launch --title "Routing Beyond Dense Retrieval" viewer pdf/beyond.pdf\n'
        'launch --title "Gadget Experts: Calibrated Routing at Scale" w3m https://arxiv.org/abs/2203.01234\n'
    )
    assert "Routing Beyond Dense Retrieval" in _titles(session, "session.conf")


def test_records_written_over_two_lines_take_the_id_on_their_second_line() -> None:
    # (a figure's source: `make("Title",` then its year, address and note on the next line)
    source = (
        "entry[] list = {\n"
        '  make("Sparse Gadget Routing",\n'
        '       2021.2, "https://arxiv.org/abs/2101.00017", "ICML 2021 -- section 1.2", 1),\n'
        '  make("Towards Calibrated Gadget Budgets",\n'
        '       2022.5, "", "NeurIPS 2022, only in the footnote", -1),\n'
        '  make("Calibrated Token Budgets for Long-Context Language Models",\n'
        '       2022.9, "https://arxiv.org/abs/2203.01234", "NeurIPS 2022, Gadget Budgets", -2),\n'
        '  make("Routing Experts Beyond Dense Retrieval",\n'
        '       2023.1, "https://arxiv.org/abs/2302.04567", "ACL 2023, Gadget Diffusion", -3),\n'
        '  make("Gadget Experts: Calibrated Routing at Scale",\n'
        '       2023.6, "https://openreview.net/forum?id=Gd7xKp2QrsT", "ICLR 2024 (oral)", 2),\n'
        "};\n"
    )
    references = _references(source, "timeline.asy")
    assert _by_id(source, "timeline.asy") == {
        "2101.00017": "Sparse Gadget Routing",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
        "2302.04567": "Routing Experts Beyond Dense Retrieval",
        "Gd7xKp2QrsT": "Gadget Experts: Calibrated Routing at Scale",
    }
    assert "Towards Calibrated Gadget Budgets" in {ref.title for ref in references}
    assert len(references) == 5


def test_records_one_a_line_with_an_echo_below_keep_their_own_ids() -> None:
    # (a REPL's session: each record typed on one line and printed back on the next; the next record's id is
    # never the one above's)
    session = (
        "me@lab:~$ gst\nGNU Smalltalk ready\n\nst> list := OrderedCollection new.\nOrderedCollection ( )\n"
        + "".join(
            f"st> list add: #('{title}' '{address}' '{note}').\n('{title}' '{address}' '{note}' )\n"
            for title, address, note in (
                (
                    "Sparse Routing Experts for Dense Retrieval",
                    "https://arxiv.org/abs/2101.00017",
                    "the base",
                ),
                (
                    "Calibrated Token Budgets for Long-Context Language Models",
                    "",
                    "arXiv:2203.01234 - budgets",
                ),
                (
                    "Routing Experts Beyond Dense Retrieval",
                    "https://arxiv.org/pdf/2302.04567",
                    "compare B0 and B3",
                ),
                (
                    "Gadget Experts: Calibrated Routing at Scale",
                    "https://arxiv.org/abs/2205.04321",
                    "recipes",
                ),
                ("Towards Calibrated Gadget Budgets", "", "no PDF yet"),
                ("Sparse Gadget Routing", "", "a classic, for the first lecture"),
            )
        )
    )
    assert _by_id(session, "session.txt") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
        "2302.04567": "Routing Experts Beyond Dense Retrieval",
        "2205.04321": "Gadget Experts: Calibrated Routing at Scale",
    }


def test_a_template_s_variables_are_no_part_of_the_titles_they_wrap() -> None:
    panel = (
        "${font Sans:bold:size=10}Reading seminar\n${hr 1}\n"
        "${color1}1.${color} Sparse Routing Experts for Dense Retrieval\n   https://arxiv.org/abs/2101.00017\n"
        "${color1}2.${color} Calibrated Token Budgets for Long-Context Language Models\n   https://arxiv.org/abs/2203.01234\n"
        "${color1}3.${color} Routing Experts Beyond Dense Retrieval\n   PDF: ~/reading/beyond.pdf (ACL 2023)\n"
    )
    titles = _titles(panel, "panel.conkyrc")
    assert "Routing Experts Beyond Dense Retrieval" in titles
    assert not any("$" in title or "{" in title for title in titles)


def test_a_timeline_s_dated_entries_among_dated_papers_are_papers() -> None:
    timeline = (
        "section Readings\n"
        "2021-03-02: Sparse Routing Experts for Dense Retrieval #reading\n"
        "  The first session; the PDF is on the shared drive.\n"
        "2021-04-06: [Calibrated Token Budgets for Long-Context Language Models](https://arxiv.org/abs/2203.01234)\n"
        "2021-05-04: [Gadget Experts: Calibrated Routing at Scale](https://arxiv.org/abs/2205.04321) #reading\n"
        "2021-06-01: Routing Experts Beyond Dense Retrieval #reading\n"
        "  arXiv 2302.04567, the appendix only.\n"
        "2021-07-06: Widget Atlas — a database of notable gadget models #context\n"
        "  https://atlas.example.org/\n"
        "endSection\n\n"
        "group Lectures\n"
        "2021-03-01 - 2021-03-05: Lecture 1: Gadgets and Experts #lecture\n"
        "2021-03-08 - 2021-03-12: Lecture 2: Calibration #lecture\n"
        "2021-03-15 - 2021-03-19: Lecture 3: Scale #lecture\n"
        "2021-03-22 - 2021-03-26: Lecture 4: Routing #lecture\n"
        "endGroup\n"
    )
    titles = _titles(timeline, "seminar.mw")
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert not any(title.startswith("Widget Atlas") for title in titles)


def test_a_front_matter_s_own_title_is_the_document_s_name_unless_it_describes_a_paper() -> None:
    page = (
        "---\ntitle: Modelos de enrutamiento — calendario del seminario\ndescription: Seminario de otoño\n"
        "#lectura: #336699\n---\n\nsection Lecturas\n"
        "2021-03-02: [Sparse Routing Experts for Dense Retrieval](https://arxiv.org/abs/2101.00017) #lectura\n"
    )
    assert "Modelos de enrutamiento" not in _titles(page, "seminario.md")
    note = (
        "---\ntitle: Calibrated Token Budgets for Long-Context Language Models\n"
        "description: my notes\ntags: [paper]\n---\n\nWhy the budgets matter, in my words.\n"
    )
    assert "Calibrated Token Budgets for Long-Context Language Models" in _titles(note, "budgets.md")


def test_a_script_s_data_assigned_to_a_name_is_read_as_records() -> None:
    # (a citation picker's list: objects with the title, the year, the kind and a note; the code below them)
    script = (
        "// Picker: insert a citation from the reading list\n// Author: someone\n// Version: 0.2\n"
        "// Date: 2024-01-09\n// Context: the document\n// Shortcut: Ctrl+Alt+C\n\n"
        "// The keys are those of the thesis's .bib file.\n// With no url, the PDF is only in the library.\n\n"
        "var items = [\n"
        '  { key: "a2021", titolo: "Sparse Routing Experts for Dense Retrieval", anno: 2021, tipo: "articolo",\n'
        '    url: "https://arxiv.org/abs/2101.00017", nota: "ICML 2021" },\n'
        '  { key: "b2022", titolo: "Calibrated Token Budgets for Long-Context Language Models", anno: 2022,\n'
        '    tipo: "articolo", url: "", nota: "NeurIPS 2022; PDF in the library, folder «Thesis/ch3»" },\n'
        '  { key: "c2024", titolo: "Gadget Modelling, 2nd ed. (draft)", anno: 2024, tipo: "libro",\n'
        '    url: "https://book.example.org/", nota: "chapters 2 and 10" }\n'
        "];\n\n"
        "// see also arXiv:2302.04567 for the routing appendix\n"
        "var shown = [];\n"
        "for (var i = 0; i < items.length; i++) {\n  shown.push(items[i].titolo);\n}\n"
    )
    references = _references(script, "picker.js")
    titles = {reference.title for reference in references}
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles
    assert not any("Gadget Modelling" in (title or "") or "PDF in" in (title or "") for title in titles)
    assert {"2101.00017", "2302.04567"} <= {reference.arxiv_id for reference in references}


def test_blog_in_greek_and_in_compound_words_says_the_kind() -> None:
    lines = (
        "Reading list\n\n"
        "1. Sparse Routing Experts for Dense Retrieval https://arxiv.org/abs/2101.00017\n"
        "2. Calibrated Token Budgets for Long-Context Language Models https://arxiv.org/abs/2203.01234\n"
        '3. "Routing Experts, Illustrated (ιστολόγιο, Nikos Pappas)"\n'
        "4. Gadget Experts Explained – Blogbeitrag von Jonas Weber\n"
    )
    titles = _titles(lines, "list.txt")
    assert not any("Illustrated" in title or "Explained" in title for title in titles)


def test_records_one_a_line_each_printed_back_keep_their_own_ids() -> None:
    # (a labelled digest of round 143, a REPL's session: each record typed on a line and printed back on the next;
    # reading the printed line and the next record's as one record of two lines gave each id the title above it)
    folder = Path(__file__).parent / "data" / "digests-round143"
    labels = json.loads((folder / "expected.json").read_text("utf-8"))
    for name, papers in labels.items():
        if "smalltalk" not in name:
            continue
        titles = {paper["arxiv_id"]: paper["title"] for paper in papers if paper["arxiv_id"]}
        found = _by_id((folder / "digests" / name).read_text("utf-8"), name)
        assert titles
        for arxiv_id, title in titles.items():
            assert title in (found.get(arxiv_id) or ""), (arxiv_id, found.get(arxiv_id))
