"""Habits the blind rounds 184 and 185 brought, each written here in a small digest of its own, in other words and
languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from pathlib import Path

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.sources import collect_sources


def _references(data: bytes, name: str) -> list[Reference]:
    decoded, label = decode_digest(data, name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _by_id(text: str, name: str) -> dict[str, str | None]:
    return {
        reference.arxiv_id or reference.openreview_id or "": reference.title
        for reference in _references(text.encode(), name)
        if reference.arxiv_id or reference.openreview_id
    }


def test_a_configuration_file_saved_as_utf16_that_cites_a_paper_is_read_from_a_folder(tmp_path: Path) -> None:
    # (a desktop widget's settings, saved by a Windows editor as "Unicode": UTF-16 with its byte order mark)
    settings = "[Lista]\r\nTitel=Sparse Routing Experts for Dense Retrieval\r\nLink=https://arxiv.org/abs/2101.00017\r\n"
    (tmp_path / "widget.ini").write_bytes("\ufeff".encode("utf-16-le") + settings.encode("utf-16-le"))
    (tmp_path / "plain.ini").write_text("[Fenster]\nBreite=400\n", encoding="utf-16")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["widget.ini"]


def test_an_xml_files_list_items_are_read_as_a_lists_items() -> None:
    # (a quiz's feedback in XHTML inside an XML item: each reference a `<li>`, one linked, one with its venue)
    quiz = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<assessmentItem identifier="q7" title="Reihenfolge">\n'
        '  <modalFeedback identifier="FB" showHide="show">\n'
        "    <ol>\n"
        "      <li>2019: Sparse Routing Experts for Dense Retrieval. ICML 2019, Woche 3.</li>\n"
        '      <li>2021: <a href="https://arxiv.org/abs/2203.01234">Calibrated Token Budgets for Long-Context '
        "Language Models</a>. ICLR 2022.</li>\n"
        "    </ol>\n"
        "  </modalFeedback>\n"
        "</assessmentItem>\n"
    )
    references = _references(quiz.encode(), "frage.xml")
    assert {reference.title for reference in references} == {
        "Sparse Routing Experts for Dense Retrieval",
        "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_year_leading_a_list_item_is_no_part_of_its_title() -> None:
    timeline = (
        "## Zeitleiste\n\n"
        "- 2019: Sparse Routing Experts for Dense Retrieval. ICML 2019.\n"
        "- 2021 — Calibrated Token Budgets for Long-Context Language Models. ICLR 2022.\n"
    )
    titles = {reference.title for reference in _references(timeline.encode(), "zeitleiste.md")}
    assert titles == {
        "Sparse Routing Experts for Dense Retrieval",
        "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_journal_its_volume_and_issue_without_a_year_are_where_a_listed_title_appeared() -> None:
    reading = (
        "## Lektüre\n\n"
        "- Sparse Routing Experts for Dense Retrieval. *Neural Computation* 18(7). Kopie im Ordner.\n"
        "- Gadget Experts: Calibrated Routing at Scale. ICML 2021.\n"
    )
    titles = {reference.title for reference in _references(reading.encode(), "lektuere.md")}
    assert "Sparse Routing Experts for Dense Retrieval" in titles


def test_a_journal_its_volume_and_issue_after_a_numbered_title_in_plain_text_are_where_it_appeared() -> None:
    reading = (
        "Reading for Thursday\n\n"
        "1. Sparse Routing Experts for Dense Retrieval. Neural Computation 18(7), 1527-1554.\n"
        "2. Gadget Experts: Calibrated Routing at Scale. Kopie im Ordner.\n"
    )
    titles = {reference.title for reference in _references(reading.encode(), "reading.txt")}
    assert "Sparse Routing Experts for Dense Retrieval" in titles


def test_a_hardware_modules_comments_are_read_as_text() -> None:
    # (a SystemVerilog module citing what its design follows in its header comment, one paper only by its title)
    module = (
        "// =============================================\n"
        "// Datei   : router_core.sv\n"
        "// Quellen:\n"
        "//   [1] Sparse Routing Experts for Dense Retrieval\n"
        "//       https://arxiv.org/abs/2101.00017\n"
        "//       → die Tabelle der Experten im Block RAM\n"
        "// Verworfen:\n"
        "//   - Gadget Experts: Calibrated Routing at Scale — zu viel Logik für das FPGA\n"
        "// =============================================\n"
        "module router_core #(parameter int N = 8) (input logic clk);\n"
        "endmodule\n"
    )
    references = _references(module.encode(), "router_core.sv")
    assert {(reference.arxiv_id, reference.title) for reference in references} == {
        ("2101.00017", "Sparse Routing Experts for Dense Retrieval"),
        (None, "Gadget Experts: Calibrated Routing at Scale"),
    }


def test_a_text_held_by_an_element_whose_class_calls_it_a_title_is_a_title() -> None:
    # (a component test's snapshot of a reading list, the class names in Norwegian)
    snapshot = (
        "exports[`Leseliste viser artiklene 1`] = `\n"
        "<ol>\n"
        "  <li>\n"
        "    <span\n"
        '      className="artikkel__tittel artikkel__titel"\n'
        "    >\n"
        "      Sparse Routing Experts for Dense Retrieval\n"
        "    </span>\n"
        "    <span\n"
        '      className="artikkel__meta"\n'
        "    >\n"
        "      Uke 3 · lest\n"
        "    </span>\n"
        "  </li>\n"
        "</ol>\n"
        "`;\n"
    )
    titles = {reference.title for reference in _references(snapshot.encode(), "leseliste.test.js.snap")}
    assert titles == {"Sparse Routing Experts for Dense Retrieval"}


def test_a_numbered_reference_of_its_title_alone_then_its_link_keeps_its_title() -> None:
    notes = (
        "References:\n"
        "[1] Sparse Routing Experts for Dense Retrieval\n"
        "    https://arxiv.org/abs/2101.00017\n"
        "[2] Gadget Experts: Calibrated Routing at Scale\n"
        "    https://openreview.net/forum?id=GadgetXp01\n"
    )
    assert _by_id(notes, "notes.txt") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "GadgetXp01": "Gadget Experts: Calibrated Routing at Scale",
    }


def test_a_named_title_opening_a_sentence_after_a_capitalised_word_is_a_title() -> None:
    # (German capitalises its nouns: the sentence before may end on one, `… nach Routing.`)
    chat = (
        "Mi, 4. März 2026 09:12:57 - Lea Brandt: Frage aus dem Team nach Routing. GadgetNet: Calibrated Routing "
        "Experts for Dense Retrieval wäre dort das Gegenstück, leite ich weiter.\n"
        "Mi, 4. März 2026 09:14:02 - Lea Brandt: In TokenBudget: Calibrated Token Budgets for Long-Context "
        "Language Models wird das Budget pro Schicht gelernt.\n"
    )
    titles = {reference.title for reference in _references(chat.encode(), "raum.txt")}
    assert "GadgetNet: Calibrated Routing Experts for Dense Retrieval" in titles
    assert "TokenBudget: Calibrated Token Budgets for Long-Context Language Models" in titles


def test_a_book_and_a_talk_named_so_in_catalan_are_not_papers() -> None:
    readme = (
        "## Articles\n\n"
        "- Sparse Routing Experts for Dense Retrieval — Puig et al., ICML 2021.\n"
        "- Llibre: Calibrated Routing for Molecules and Materials — Jordi Puig, 2022 (en línia).\n"
        "- Xerrada «Calibrated Routing Experts for Supercomputing Centres» (jornades internes): transparències a la wiki.\n"
    )
    titles = {reference.title for reference in _references(readme.encode(), "README.md")}
    assert titles == {"Sparse Routing Experts for Dense Retrieval"}


def test_a_stamp_in_capitals_under_a_reference_list_is_no_reference() -> None:
    programme = (
        "BIBLIOGRAFÍA\n\n"
        "Puig, J., Ferrer, A. (2021). Sparse Routing Experts for Dense Retrieval. ICML 2021.\n\n"
        "APROBADO POR RES. DEL CONSEJO DE FAC. ING. DE FECHA 11/06/2026 EXP. 060180-000412-26\n"
    )
    titles = {reference.title for reference in _references(programme.encode(), "programa.txt")}
    assert titles == {"Sparse Routing Experts for Dense Retrieval"}


def test_a_tracking_link_carrying_its_target_in_base64_is_that_target() -> None:
    # (a newsletter's click tracking: the link it leads to in Base64, URL-safe and unpadded, or standard and padded)
    page = (
        "<html><body><h2>Sparse Routing Experts for Dense Retrieval</h2>\n"
        '<p><a href="https://t.mailer.example/c/9/2?u=aHR0cHM6Ly9hcnhpdi5vcmcvYWJzLzIxMDEuMDAwMTc">閱讀論文</a></p>\n'
        "<h2>Gadget Experts: Calibrated Routing at Scale</h2>\n"
        '<p><a href="https://t.mailer.example/c/9/3/aHR0cHM6Ly9vcGVucmV2aWV3Lm5ldC9mb3J1bT9pZD1HYWRnZXRYcDAx">'
        "OpenReview</a></p>\n"
        '<p><a href="https://t.mailer.example/c/9/4?u=aHR0cHMtbm90LWEtbGluaw">退訂</a></p>\n'
        "</body></html>\n"
    )
    assert _by_id(page, "newsletter.html") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "GadgetXp01": "Gadget Experts: Calibrated Routing at Scale",
    }


def test_a_links_text_saying_where_it_goes_in_another_language_is_no_title() -> None:
    page = (
        "<p><b>Sparse Routing Experts for Dense Retrieval</b> — ein Klassiker. "
        '<a href="https://openreview.net/forum?id=GadgetXp01">Das Paper auf OpenReview</a></p>\n'
        "<p><b>Calibrated Token Budgets for Long-Context Language Models</b> — un classique. "
        '<a href="https://arxiv.org/abs/2203.01234">Le papier sur arXiv</a></p>\n'
    )
    by_id = _by_id(page, "lettre.html")
    assert by_id["GadgetXp01"] != "Das Paper auf OpenReview"
    assert by_id["2203.01234"] != "Le papier sur arXiv"


def test_a_link_element_written_over_lines_takes_its_own_text_not_the_item_closed_above() -> None:
    # (a component test's snapshot: one item's title in a span, the next item's link and text in an `<a>`)
    snapshot = (
        "exports[`Leseliste 1`] = `\n"
        "<ol>\n"
        "  <li>\n"
        "    <span\n"
        '      className="post"\n'
        "    >\n"
        "      Sparse Routing Experts for Dense Retrieval\n"
        "    </span>\n"
        "  </li>\n"
        "  <li>\n"
        "    <a\n"
        '      href="https://arxiv.org/abs/2203.01234"\n'
        '      target="_blank"\n'
        "    >\n"
        "      Calibrated Token Budgets for Long-Context Language Models\n"
        "    </a>\n"
        "  </li>\n"
        "</ol>\n"
        "`;\n"
    )
    references = [ref for ref in _references(snapshot.encode(), "liste.snap") if ref.arxiv_id == "2203.01234"]
    assert [(ref.title, ref.reason) for ref in references] == [
        ("Calibrated Token Budgets for Long-Context Language Models", "the text of its link")
    ]


def test_a_link_under_a_closed_element_keeps_a_title_its_own_element_names() -> None:
    page = (
        "<Card>\n"
        "  Calibrated Token Budgets for Long-Context Language Models — Lund et al.\n"
        "</Card>\n"
        "<Card>\n"
        "  Routing: Sparse Routing Experts for Dense Retrieval — Puig et al.\n"
        "</Card>\n\n"
        "<LinkCard\n"
        '  title="Routing — informe técnico (PDF)"\n'
        '  href="https://arxiv.org/pdf/2101.00017.pdf"\n'
        "/>\n"
    )
    assert _by_id(page, "index.mdx") == {"2101.00017": "Routing: Sparse Routing Experts for Dense Retrieval"}


def test_a_records_kind_or_tag_naming_a_book_or_a_course_in_its_language_is_no_paper() -> None:
    # (a reading app's table exported as CSV, its columns named in Czech: its kind column says book or course)
    table = (
        "nazev,druh,odkaz\n"
        "Sparse Routing Experts for Dense Retrieval,článek,https://arxiv.org/abs/2101.00017\n"
        "Calibrated Token Budgets for Long-Context Language Models,kniha,\n"
        "Gadget Experts: Calibrated Routing at Scale,kurz,https://learn.example.org/gadget\n"
    )
    titles = {reference.title for reference in _references(table.encode(), "zdroje.csv")}
    assert titles == {"Sparse Routing Experts for Dense Retrieval"}
    # (a start page's links in YAML, each tagged in Finnish)
    page = (
        "services:\n"
        "  - name: Lukemista\n"
        "    items:\n"
        '      - name: "Calibrated Token Budgets for Long-Context Language Models"\n'
        '        subtitle: "Lund & Puig, 2. painos"\n'
        '        tag: "kirja"\n'
        '        url: "https://books.example.org/budgets"\n'
        '      - name: "Sparse Routing Experts for Dense Retrieval"\n'
        '        subtitle: "Puig et al., ICML 2021"\n'
        '        tag: "artikkeli"\n'
        '        url: "https://arxiv.org/abs/2101.00017"\n'
    )
    titles = {reference.title for reference in _references(page.encode(), "config.yml")}
    assert titles == {"Sparse Routing Experts for Dense Retrieval"}


def test_whose_paper_it_is_before_a_title_in_a_comment_is_no_part_of_it() -> None:
    alert = (
        '1. comment by gpm in "Why long context models forget"\n'
        "   https://forum.example.org/s/k3vd9q#c_w1pzfa\n"
        "   \"...MIRA's Calibrated Token Budgets for Long-Context Language Models made the same point in 2021: the "
        'lower layers never see..."\n'
        "2. comment by ctx_stretcher\n"
        "   I think MIRA's Gadget Experts Calibrate Routing at Scale for Sparse Models made it first.\n"
        "3. comment by tmlsg\n"
        '   "...we used HuggingFace\'s Transformers: State-of-the-art Natural Language Processing for all of it..."\n'
    )
    titles = {reference.title for reference in _references(alert.encode(), "alert.txt")}
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles
    assert "Gadget Experts Calibrate Routing at Scale for Sparse Models" in titles
    assert not any(title.startswith("MIRA") for title in titles if title)
    assert "Transformers: State-of-the-art Natural Language Processing" not in titles


def test_an_author_date_reference_list_with_typewriter_quotes_reads_each_entry() -> None:
    # (a report's references copied from its PDF, in an author-date style: titles in single quotes, a book's title
    # and publisher, a web page with the day it was accessed, an entry that ends at its link)
    references = (
        "References\n\n"
        "Puig J, Ferrer A and Lund M (2021) 'Sparse Routing Experts for Dense Retrieval', Proceedings of the 38th "
        "International Conference on Machine Learning, accessed 2 March 2026. https://openreview.net/forum?id=GadgetXp01\n"
        "Lund M, Puig J and Ferrer A (2022) 'Why Do Calibrated Token Budgets Help Long-Context Language Models?', "
        "Transactions on Machine Learning Research, 4(2):1–20.\n"
        "Marine Agency (2025) Coastal Imagery Portal, accessed 12 February 2026. https://portal.example.gov/\n"
        "Ferrer A (2023) Understanding routing, MIT Press, Cambridge MA.\n"
    )
    found = {(ref.openreview_id, ref.title) for ref in _references(references.encode(), "report.txt")}
    assert found == {
        ("GadgetXp01", "Sparse Routing Experts for Dense Retrieval"),
        (None, "Why Do Calibrated Token Budgets Help Long-Context Language Models?"),
    }


def test_a_reference_after_one_ending_at_its_link_or_its_place_starts_an_entry_of_its_own() -> None:
    references = (
        "References\n\n"
        "Puig J and Ferrer A (2021) 'Sparse Routing Experts for Dense Retrieval', Proceedings of Retrieval, "
        "Cambridge MA\n"
        "Lund M, Puig J and Ferrer A (2022) 'Why Do Calibrated Token Budgets Help Long-Context Language Models?', "
        "Transactions on Machine Learning Research. https://openreview.net/forum?id=GadgetXpAb\n"
        "Lund M, Puig J, Ferrer A, 2024. Gadget Experts: Calibrated Routing at Scale. ICLR 2024\n"
        "\nCoastal report | Page 18\n\n"
        "Puig J (2020) 'Routing Tables for Retrieval', Journal of Retrieval Research, 2(1):1–9\n"
    )
    titles = {ref.title for ref in _references(references.encode(), "report.txt")}
    assert {
        "Sparse Routing Experts for Dense Retrieval",
        "Why Do Calibrated Token Budgets Help Long-Context Language Models?",
        "Gadget Experts: Calibrated Routing at Scale",
    } <= titles


def test_a_user_style_sheet_that_cites_papers_is_read_from_a_folder(tmp_path: Path) -> None:
    # (a browser's user style marking the reading group's papers on arXiv; another style sheet cites none)
    (tmp_path / "lesekreis.user.css").write_text(
        "/* ==UserStyle==\n@name Lesekreis\n==/UserStyle== */\n"
        '@-moz-document url("https://arxiv.org/abs/2101.00017"), url-prefix("http://arxiv.org/abs/2203.01234") {\n'
        "  h1.title { border-left: 4px solid gold; }\n}\n",
        encoding="utf-8",
    )
    (tmp_path / "site.css").write_text("body { margin: 0; }\n", encoding="utf-8")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["lesekreis.user.css"]
