"""Which title goes with which id: habits the reference dump of the labelled digests showed (an id carrying its
neighbour's title, or none), each written here in a small digest of its own, in other words and languages than the
labelled digests' (the titles, hosts and names are invented)."""

from __future__ import annotations

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(text: str, name: str) -> list[Reference]:
    decoded, label = decode_digest(text.encode(), name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _by_id(text: str, name: str) -> dict[str, str | None]:
    return {
        reference.arxiv_id or reference.openreview_id or "": reference.title
        for reference in _references(text, name)
        if reference.arxiv_id or reference.openreview_id
    }


def _title_only(text: str, name: str) -> set[str]:
    return {
        reference.title
        for reference in _references(text, name)
        if reference.title and not (reference.arxiv_id or reference.openreview_id)
    }


def test_each_of_two_titled_links_on_one_line_keeps_its_own_title() -> None:
    # (a chat message naming two papers, each followed by its link, joined by the writer's words in Japanese)
    message = (
        "[10:02] 佐藤: 次の候補 Gadget Experts: Calibrated Routing at Scale https://arxiv.org/abs/2101.00017 それから "
        "TokenBudget: Calibrated Token Budgets for Long-Context Language Models https://arxiv.org/abs/2203.01234v2\n"
        "[10:04] 田中: いいですね、二本目を担当します\n"
    )
    assert _by_id(message, "chat.txt") == {
        "2101.00017": "Gadget Experts: Calibrated Routing at Scale",
        "2203.01234": "TokenBudget: Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_link_labelled_in_the_writers_language_under_a_heading_takes_the_headings_title() -> None:
    # (a podcast's episode notes: each episode's heading, then a sentence and the paper's link, labelled in
    # Portuguese and Finnish)
    notes = (
        "## 12. Sparse Routing Experts for Dense Retrieval\n"
        "Conversamos sobre roteamento esparso com a Inês.Ligação: https://arxiv.org/abs/2101.00017\n\n"
        "## 11. Calibrated Token Budgets for Long-Context Language Models\n"
        "Jakso pitkistä konteksteista ja niiden hinnasta. Lähde: https://arxiv.org/pdf/2203.01234v2\n"
    )
    assert _by_id(notes, "jaksot.md") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_headings_marked_with_equals_signs_head_their_sections() -> None:
    # (a script's printout of episodes, each under `== title`, as AsciiDoc marks a section; one banner in brackets
    # is no heading)
    printout = (
        "$ ./episodes.sh --season 3\n"
        "=== <Output of query 1> ===\n\n"
        "== 7. Sparse Routing Experts for Dense Retrieval\n"
        "We talk routing with a guest from the retrieval team. PDF: https://arxiv.org/abs/2101.00017\n\n"
        "== 6. Calibrated Token Budgets for Long-Context Language Models\n"
        "Long contexts and what they cost. PDF: https://arxiv.org/abs/2203.01234\n"
    )
    assert _by_id(printout, "episodes.txt") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
    }
    assert "Output of query 1" not in {reference.title for reference in _references(printout, "episodes.txt")}


def test_a_section_heading_among_sections_whose_links_make_them_papers_is_one_without_a_link() -> None:
    # (an episode list: two sections link their paper, one names its paper without a link, one is no paper's)
    notes = (
        "# Lesekreis, Staffel 2\n\n"
        "## 9. Sparse Routing Experts for Dense Retrieval\n"
        "Über spärliches Routing. Artikel: https://arxiv.org/abs/2101.00017\n\n"
        "## 8. Gadget Experts: Calibrated Routing at Scale for Sparse Language Models\n"
        "Diesmal ohne Link, er steht in den Akten der Konferenz.\n\n"
        "## 7. Ein Abend mit unseren Hörern\n"
        "Fragen und Antworten, kein Aufsatz.\n\n"
        "## 6. Calibrated Token Budgets for Long-Context Language Models\n"
        "Lange Kontexte. PDF: https://arxiv.org/abs/2203.01234\n"
    )
    assert "Gadget Experts: Calibrated Routing at Scale for Sparse Language Models" in _title_only(
        notes, "s2.md"
    )
    assert not any("Abend" in title for title in _title_only(notes, "s2.md"))


def test_a_line_about_another_named_model_does_not_take_the_noted_title_above_it() -> None:
    # (a title with its note on its line, then a line about another model, by its name, with that model's link)
    post = (
        "Sparse Routing Experts for Dense Retrieval — from the retrieval team. The appendix is long, read part 3.\n"
        "GadgetNet, as the name says, routes gadgets; it trains on synthetic data. Paper: "
        "https://arxiv.org/abs/2302.04567 (its demo is no paper)\n"
    )
    assert _by_id(post, "post.txt") == {"2302.04567": None}


def test_a_short_name_of_the_title_above_opening_the_link_line_keeps_that_title() -> None:
    post = (
        "Retentive Routing Networks for Sparse Language Models — the lab's pick. Long, but read it all.\n"
        "RetRouNet keeps its routing across steps and trains in parallel; a fine read. Paper: "
        "https://arxiv.org/abs/2302.04567\n"
    )
    assert _by_id(post, "post.md") == {"2302.04567": "Retentive Routing Networks for Sparse Language Models"}


def test_an_org_files_own_task_keywords_are_no_part_of_a_title() -> None:
    plan = (
        "#+TITLE: Leseplan\n"
        "#+TODO: OFFEN(o) LESEND(l!) | GELESEN(g!) VERWORFEN(v@)\n\n"
        "* Woche 1\n"
        "** GELESEN [#A] Sparse Routing Experts for Dense Retrieval :routing:\n"
        "   https://arxiv.org/abs/2101.00017\n"
        "** LESEND [#B] Calibrated Token Budgets for Long-Context Language Models\n"
        "   https://arxiv.org/abs/2203.01234\n"
    )
    assert _by_id(plan, "plan.org") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_an_id_given_bare_above_takes_the_heading_over_its_link_below() -> None:
    # (a search's printout gives the id bare first; the notes below give it again under its heading)
    printout = (
        '$ jq ".hits[0]" hits.json\n'
        '{"id": 41, "link": "https://arxiv.org/abs/2101.00017", "score": 0.93}\n\n'
        "## 41. Sparse Routing Experts for Dense Retrieval\n"
        "Routing, sparsely. PDF: https://arxiv.org/abs/2101.00017\n\n"
        "## 40. Calibrated Token Budgets for Long-Context Language Models\n"
        "Long contexts. PDF: https://arxiv.org/abs/2203.01234\n"
    )
    assert _by_id(printout, "hits.txt")["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"


def test_a_link_brought_in_by_the_writers_words_ending_in_a_colon_is_not_the_title_far_above() -> None:
    # (a forum thread: one post quotes a title; the next, after its signature and a quote, brings in another
    # paper and its link)
    thread = (
        "А для пошуку як частини моделі — старий добрий\n"
        "«Sparse Routing Experts for Dense Retrieval». Йому чотири роки, але ідея ретривера,\n"
        "який вчиться разом з моделлю, нікуди не зникла.\n"
        "kit_u_chobotakh ★★★★ (12.03.24 21:24:47 EET)\n"
        "Відповісти на це повідомлення\n\n"
        "> Цікавить архітектура пам'яті\n\n"
        "Тоді тобі Gadget Experts: Calibrated Routing at Scale:\n"
        "https://arxiv.org/pdf/2302.04567.pdf\n"
        "Контекст як оперативна пам'ять, зовнішня база як диск.\n"
    )
    assert _by_id(thread, "thread.txt")["2302.04567"] == "Gadget Experts: Calibrated Routing at Scale"


def test_an_item_that_is_its_link_alone_takes_the_title_indented_under_it() -> None:
    todo = (
        "[x] Sparse Routing Experts for Dense Retrieval\n"
        "    für das Seminar; der Anhang ist lang\n"
        "[ ] arxiv.org/abs/2302.04567\n"
        "    Gadget Experts: Calibrated Routing at Scale\n"
        "[ ] arxiv.org/abs/2203.01234\n"
        "    Calibrated Token Budgets for Long-Context Language Models\n"
    )
    references = {
        reference.arxiv_id: reference for reference in _references(todo, "todo.txt") if reference.arxiv_id
    }
    assert references["2302.04567"].title == "Gadget Experts: Calibrated Routing at Scale"
    assert references["2302.04567"].reason == "under its link, in the link's own item"
    assert references["2203.01234"].title == "Calibrated Token Budgets for Long-Context Language Models"


def test_a_bulleted_link_alone_is_not_the_noted_item_above_it() -> None:
    message = (
        "Marta Kowal  9:41 AM\n"
        "reading for the quantisation sync:\n"
        "• Sparse Routing Experts for Dense Retrieval — the routing table in section 4, why top-1 collapses\n"
        "• https://arxiv.org/abs/2302.04567v3\n"
        "• Calibrated Token Budgets for Long-Context Language Models https://arxiv.org/pdf/2203.01234.pdf\n"
    )
    by_id = _by_id(message, "slack.txt")
    assert by_id["2302.04567"] is None
    assert by_id["2203.01234"] == "Calibrated Token Budgets for Long-Context Language Models"


def test_a_call_to_read_under_a_sections_summary_links_the_sections_heading() -> None:
    # (a newsletter's sections: a title heading, a summary that cites other papers, a "read the article" button)
    page = (
        "<html><body><h1>Nyhetsbrev nr. 3</h1>\n"
        "<h2>Sparse Routing Experts for Dense Retrieval</h2>\n"
        "<p>Ruting uten tette lag. Se også “Calibrated Token Budgets for Long-Context Language Models” (Lund et al.,"
        " ICLR 2022) for bakgrunn.</p>\n"
        '<p><a href="https://arxiv.org/abs/2101.00017">Les artikkelen</a></p>\n'
        "<h2>Gadget Experts: Calibrated Routing at Scale</h2>\n"
        "<p>Et eldre eksempel er “Routing Tables for Retrieval” "
        '(<a href="https://arxiv.org/abs/2001.00001">arxiv.org/abs/2001.00001</a>).</p>\n'
        '<p><a href="https://arxiv.org/pdf/2302.04567.pdf">Les artikkelen</a></p>\n'
        "</body></html>\n"
    )
    by_id = _by_id(page, "nyhetsbrev.html")
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert by_id["2302.04567"] == "Gadget Experts: Calibrated Routing at Scale"


def test_an_id_on_a_line_an_item_goes_on_over_keeps_the_title_in_parentheses_after_it() -> None:
    mail = (
        "Still open from last week:\n"
        "- Sparse Routing Experts for Dense Retrieval – Ola presents\n"
        "- Why Do Gadget Experts Route Better than Dense Layers? (ICLR 2021)\n"
        "og som bakgrunn for alt dette: https://arxiv.org/abs/2004.01234 (Calibrated Token Budgets for "
        "Long-Context Language Models, Lund et al.)\n"
    )
    assert _by_id(mail, "mail.md") == {
        "2004.01234": "Calibrated Token Budgets for Long-Context Language Models"
    }


def test_an_xml_field_whose_text_runs_over_lines_does_not_share_its_first_line_with_other_fields() -> None:
    # (a diary app's backup: each entry one line of fields, its text field running over several lines)
    backup = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<backup><entries>\n"
        "<e><id>1</id><day>2024-03-01</day><subject>Lesezeit</subject><body>Heute nur Titel, Links folgen:\n"
        "Sparse Routing Experts for Dense Retrieval\n"
        "Gadget Experts: Calibrated Routing at Scale</body><mood>2</mood></e>\n"
        "<e><id>2</id><day>2024-03-04</day><subject>Seminar</subject><body>Calibrated Token Budgets for "
        "Long-Context Language Models\n"
        "https://arxiv.org/abs/2203.01234\n"
        "gut für Kapitel 3</body><mood>3</mood></e>\n"
        "</entries></backup>\n"
    )
    assert _by_id(backup, "tagebuch.xml") == {
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models"
    }


def test_a_log_of_parallel_workers_pairs_each_workers_title_with_its_own_link() -> None:
    # (two workers print a paper's title each, then their links, their lines interleaved)
    log = (
        "2025-02-11 09:00:01.100 [run/fetch/1 (pid 411)] Task is starting.\n"
        "2025-02-11 09:00:01.120 [run/fetch/2 (pid 412)] Task is starting.\n"
        "2025-02-11 09:00:01.300 [run/fetch/1 (pid 411)] [1/2] Sparse Routing Experts for Dense Retrieval\n"
        "2025-02-11 09:00:01.310 [run/fetch/2 (pid 412)] [2/2] Calibrated Token Budgets for Long-Context Language "
        "Models\n"
        "2025-02-11 09:00:01.500 [run/fetch/2 (pid 412)]     source: https://arxiv.org/abs/2203.01234\n"
        "2025-02-11 09:00:01.520 [run/fetch/1 (pid 411)]     source: https://arxiv.org/abs/2101.00017\n"
        "2025-02-11 09:00:02.000 [run/fetch/1 (pid 411)] Task finished successfully.\n"
        "2025-02-11 09:00:02.100 [run/fetch/2 (pid 412)] Task finished successfully.\n"
    )
    assert _by_id(log, "run.log") == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_log_levels_in_brackets_are_no_workers() -> None:
    from paperlist.ingest.pyrepr import grouped_by_worker

    log = (
        "12:00:01 [INFO] Sparse Routing Experts for Dense Retrieval\n"
        "12:00:02 [WARN] no PDF\n"
        "12:00:03 [INFO] https://arxiv.org/abs/2101.00017\n"
        "12:00:04 [WARN] retrying\n"
        "12:00:05 [INFO] done\n"
        "12:00:06 [WARN] done too\n"
    )
    assert grouped_by_worker(log) == log


def test_a_link_in_a_paragraphs_next_numbered_item_is_not_the_title_of_the_item_before() -> None:
    plan = (
        "This week, in order. (1) Start with the routing paper,\n"
        "“Sparse Routing Experts for Dense Retrieval”, ICML\n"
        "2021, sections 3 and 4 only. (2) Then the budgets from the\n"
        "lab's paper on calibrated token budgets for long contexts\n"
        "(arXiv:2203.01234), where figure 2 is the part to read.\n"
    )
    assert _by_id(plan, "plan.md")["2203.01234"] != "Sparse Routing Experts for Dense Retrieval"
