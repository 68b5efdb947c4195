"""Habits of the blind rounds 192 to 195 that their first fixes left, each written here in a small digest of its own,
in other words and languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(data: bytes, name: str) -> list[Reference]:
    decoded, label = decode_digest(data, name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str = "digest.txt") -> set[str | None]:
    return {reference.title for reference in _references(text.encode(), name)}


def test_a_task_lists_numbered_names_leave_the_titles_to_its_descriptions() -> None:
    # (a tracker's export whose `Name` column counts sessions, `Lesekreis Woche 3`: the papers are in the
    # description, a title then the writer's note after a dash, or on a line of its own)
    export = (
        "ID,Name,Status,Description\n"
        '11,Lesekreis Woche 1,Erledigt,"Contrastive Retrieval Transformers - Grundlagen, alle lesen."\n'
        '12,Lesekreis Woche 2,Erledigt,"Sparse Routing Experts for Dense Retrieval\n'
        'Anhang optional."\n'
        "13,Lesekreis Woche 3,Offen,Calibrated Token Budgets (https://arxiv.org/abs/2101.00017)\n"
        "14,Lesekreis Woche 4,Offen,Noch offen: wer moderiert?\n"
        "15,Server einrichten,Offen,Software, kein Artikel.\n"
    )
    titles = _titles(export, "aufgaben.csv")
    assert "Contrastive Retrieval Transformers" in titles
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert not any(
        title and ("Woche" in title or "Server" in title or "moderiert" in title) for title in titles
    )
    # (three words that name a field of study are a subject, not a paper)
    subject = export.replace("Contrastive Retrieval Transformers", "Deep Reinforcement Learning")
    assert not any(title and "Natural Language" in title for title in _titles(subject, "aufgaben.csv"))
    # (and a `Name` column of titles is read as one: numbered names are what moves the titles elsewhere)
    named = export.replace("Lesekreis Woche 1", "Gated Sparse Attention Revisited").replace(
        "Lesekreis Woche 2", "Token Budgets Under Shift"
    )
    assert "Gated Sparse Attention Revisited" in _titles(named, "aufgaben.csv")


def test_a_plans_topic_with_its_methods_short_name_is_no_paper_where_no_sibling_part_names_one() -> None:
    # (a course's weekly plan: topics in sentence case, one with the short name of its method after it)
    plan = (
        "CRONOGRAMA\n"
        "Semana 3: Recurrent networks and gated units\n"
        "Semana 4: Vision: object detection without anchors (FCOS)\n"
        "Semana 5: Encoder-decoder models for translation\n"
    )
    assert _titles(plan) == set()
    # (a title in Title Case with its model's short name is still a paper's)
    assert "Calibrated Token Budgets for Long-Context Language Models" in _titles(
        "Reading for the break: Calibrated Token Budgets for Long-Context Language Models (CTB)\n"
    )


def test_an_ids_title_starts_after_the_writers_sentence_before_it() -> None:
    # (a forum reply: the writer's sentence, then `And` and the paper's name and title, then its id)
    reply = (
        "Check the baselines before you claim anything about transfer. And GateNet: Sparse Routing Experts for "
        "Dense Retrieval, arXiv:2101.00017, if you need it at scale.\n"
    )
    (reference,) = _references(reply.encode(), "reply.txt")
    assert (reference.arxiv_id, reference.title) == (
        "2101.00017",
        "GateNet: Sparse Routing Experts for Dense Retrieval",
    )
    # (a label before the title is no name: the label's own cut keeps the title)
    labelled = (
        "Port of the gated layer. Paper: Sparse Routing Experts for Dense Retrieval (arXiv:2101.00017)\n"
    )
    assert {reference.title for reference in _references(labelled.encode(), "NOTICE.txt")} == {
        "Sparse Routing Experts for Dense Retrieval"
    }


def test_title_case_titles_in_english_prose_after_a_sentences_first_word_or_a_wrapped_line() -> None:
    thread = (
        "priya_k · Junior Poster\n"
        "Also Calibrated Token Budgets for Long-Context Language Models before you pick a window size.\n"
        "\n"
        "dev_arjun · Newbie Poster\n"
        "My guide also wants the tokenizer chapter (for the Hindi part) and\n"
        "Sparse Routing Experts for Dense Retrieval and Ranking Models. Will share the list.\n"
        "See https://example.org/notes/routing\n"
        "Then Why Do Sparse Transformers Generalize Better than Dense Networks? came up in the viva.\n"
    )
    titles = _titles(thread, "thread.txt")
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles
    assert "Sparse Routing Experts for Dense Retrieval and Ranking Models" in titles
    assert any(title and title.startswith("Why Do Sparse Transformers Generalize Better") for title in titles)
    # (a menu's items, one a line under a line in lower case, are no title)
    menu = "Skip to main content\nNetwork\nSearch\nLearning Jobs\nMessaging\nNotifications\n"
    assert _titles(menu, "page.txt") == set()


def test_a_reference_list_marks_software_data_and_web_pages_in_its_own_language() -> None:
    # (ISO 690 in Serbian and Macedonian: the medium in brackets, the day the page was seen)
    references = (
        "ЛИТЕРАТУРА\n"
        "1. PETROVIĆ, Ana et al. Sparse Routing Experts for Dense Retrieval. In: Proceedings of ACL, 2023, "
        "pp. 101-112.\n"
        "2. JOVANOVIĆ, Marko et al. RouteKit [софтвер]. Belgrade Lab, 2024. Достапно на: "
        "https://github.com/example/routekit [пристапено на 14.01.2026].\n"
        "3. NIKOLIĆ, Jelena. Gated Retrieval Notes for Everyone [онлајн]. Достапно на: https://example.org/notes "
        "[пристапено на 14.01.2026].\n"
        "5. ILIĆ, Petar. Sparse Routing Explained Simply. Доступно на: https://example.org/notes/routing "
        "(приступљено 14.01.2026).\n"
        "4. ILIĆ, Petar. Calibrated Token Budgets for Long-Context Language Models. In: Proceedings of EMNLP, "
        "2024, pp. 55-66.\n"
    )
    assert _titles(references, "literatura.txt") == {
        "Sparse Routing Experts for Dense Retrieval",
        "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_bibtex_misc_entry_published_as_another_kind_of_work_is_no_paper() -> None:
    bib = (
        "@misc{corpus2025,\n  author = {{Example Foundation}},\n  title = {Gated Retrieval Corpus Snapshot},\n"
        "  howpublished = {Data set},\n  year = {2025},\n  url = {https://example.org/dumps/}\n}\n\n"
        "@misc{talk2024,\n  author = {Ilić, Petar},\n  title = {Sparse Routing in Practice},\n"
        "  howpublished = {Video, lab seminar},\n  year = {2024}\n}\n\n"
        "@inproceedings{petrovic2023,\n  author = {Petrović, Ana},\n"
        "  title = {Sparse Routing Experts for Dense Retrieval},\n  booktitle = {Proceedings of ACL},\n"
        "  year = {2023}\n}\n"
    )
    assert _titles(bib, "library.bib") == {"Sparse Routing Experts for Dense Retrieval"}


def test_a_quoted_question_in_title_case_is_a_title_with_one_word_of_research() -> None:
    # (a game's list of strings: each a title the writer quotes, a question among them)
    source = 'EXTRA = {\n "Why Do Gated Methods Solve Nonconvex Problems?",\n "Sparse Routing Experts for Dense Retrieval",\n}\n'
    assert "Why Do Gated Methods Solve Nonconvex Problems?" in _titles(source, "extra.lua")
    # (a question of the writer's, not every word capitalised, stays out)
    assert not any(
        title and title.startswith("Why do")
        for title in _titles(source.replace("Why Do Gated Methods", "Why do gated methods"), "extra.lua")
    )


def test_a_parenthesis_after_a_link_that_is_the_writers_note_is_not_its_title() -> None:
    # (the title on the line above, the link below it with the writer's note in their language)
    notes = (
        "-- Runda 2 opiera się na Sparse Routing Experts for Dense Retrieval\n"
        "--   http://arxiv.org/abs/2101.00017v1 (Tabela 2, ablacje)\n"
    )
    (reference,) = _references(notes.encode(), "notes.txt")
    assert reference.arxiv_id == "2101.00017"
    assert reference.title is not None
    assert "Tabela" not in reference.title
    assert reference.title.endswith("Sparse Routing Experts for Dense Retrieval")


def test_a_books_chapter_numbered_first_says_it_is_a_book() -> None:
    # (Hungarian and Estonian write the chapter's number first: `Title, 11. fejezet`)
    for chapter in ("11. fejezet", "4. peatükk"):
        assert _titles(f"anna: könyvajánló: Gated Sparse Attention in Practice, {chapter}\n") == set()
    assert _titles("anna: Gated Sparse Attention in Practice\n") == {"Gated Sparse Attention in Practice"}


def test_a_yaml_files_comments_beside_its_records_are_read() -> None:
    # (a package's manifest: a description that links papers, and a comment listing papers still to add)
    manifest = (
        "name: routekit\n"
        "description: |\n"
        "  Modèles réimplémentés :\n"
        "  - Sparse Routing Experts for Dense Retrieval https://arxiv.org/abs/2101.00017\n"
        "# À ajouter en v1.0 :\n"
        "#   Calibrated Token Budgets for Long-Context Language Models\n"
        "#   GateNet: Gated Sparse Attention for Multilingual Retrieval Models, arXiv:2102.00021\n"
        "apps:\n"
        "  routekit:\n"
        "    command: bin/routekit\n"
    )
    references = _references(manifest.encode(), "snapcraft.yaml")
    titles = {reference.title for reference in references}
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles
    assert "GateNet: Gated Sparse Attention for Multilingual Retrieval Models" in titles
    # (a paper a record gives keeps its title, whatever a comment beside it says)
    index = (
        "Models:\n"
        "  - Name: routekit-base\n"
        "    # TODO(ab): switch URL to the EMNLP 2024 proceedings page once it resolves; the paper is arXiv 2101.00017.\n"
        "    Paper:\n"
        "      Title: Sparse Routing Experts for Dense Retrieval\n"
        "      URL: https://github.com/example/routekit\n"
    )
    linked = {r.arxiv_id: r.title for r in _references(index.encode(), "model-index.yml") if r.arxiv_id}
    assert linked == {"2101.00017": "Sparse Routing Experts for Dense Retrieval"}


def test_lines_under_a_leads_colon_are_a_short_list_but_not_a_wrapped_paragraph() -> None:
    # (no bullets: a lead, then one title a line; one of them becomes a paper, the others are its siblings)
    notes = (
        "Para la próxima versión:\n"
        "  Calibrated Token Budgets for Long-Context Language Models\n"
        "  GateNet: Gated Sparse Attention for Multilingual Retrieval Models, arXiv:2102.00021\n"
    )
    assert "Calibrated Token Budgets for Long-Context Language Models" in _titles(notes)
    # (a sentence the lead goes on into, wrapped over lines, is no list)
    wrapped = (
        "Dos lecturas del grupo:\n"
        "GateNet: Gated Sparse Attention for Multilingual Retrieval Models, arXiv:2102.00021,\n"
        "Calibrated Token Budgets for Long-Context Language Models\n"
        "para la semana que viene.\n"
    )
    assert "Calibrated Token Budgets for Long-Context Language Models" not in _titles(wrapped)


def test_a_syllabus_topic_beside_one_topic_with_a_link_is_no_paper() -> None:
    # (ten topics, one of which names a paper with its link: the others are the course's, not papers)
    outline = "B. CONTENIDO\n" + "".join(
        f"Tema {number}: {topic} (Semana {number})\n"
        for number, topic in enumerate(
            [
                "Redes recurrentes y compuertas",
                "Gated Sparse Attention Revisited for Long Sequences",
                "Memoria externa: Sparse Routing Experts (https://arxiv.org/abs/2101.00017)",
                "Examen parcial",
                "The Transformer Architecture in Practice",
            ],
            start=1,
        )
    )
    titles = _titles(outline, "programa.txt")
    assert not any(title and ("Revisited" in title or "Architecture" in title) for title in titles)


def test_a_lettered_section_heading_in_capitals_is_no_author_line() -> None:
    # (a course outline's fields, then its lettered section: `A. COURSE DESCRIPTION` is not `A. Surname`)
    outline = (
        "Course Code: CS 524\n"
        "Prerequisite: CS 411 Gated Sparse Attention\n"
        "\n"
        "A. COURSE DESCRIPTION\n"
        "This course introduces neural models for sequences.\n"
    )
    assert _titles(outline, "outline.txt") == set()


def test_a_lab_notebooks_numbered_readings_leave_titles_to_the_entry_column() -> None:
    # (an electronic lab notebook's export: `Reading 7 - topic` names, the paper at the start of each entry, a note
    # after a dash or a semicolon)
    export = (
        "ID\tName\tAuthor\tStatus\tEntry\n"
        "1\tLeesbeurt 1 - basis\tEva\tDone\tGateNet: Gated Sparse Attention for Multilingual Retrieval — optioneel, "
        "alleen als er nog tijd is.\n"
        "2\tLeesbeurt 2 - routing\tTom\tDone\tRouteNet: Sparse Routing Experts for Dense Retrieval; lees eerst "
        "sectie 3 en "
        "de bijlage.\n"
        "3\tLeesbeurt 3 - budget\tEva\tDraft\tCalibrated Token Budgets (https://arxiv.org/abs/2101.00017), voor de "
        "lange context.\n"
        "4\tServer opzetten\tTom\tDone\tSoftware, geen artikel. De container draait al op de server.\n"
    )
    titles = _titles(export, "notebook.tsv")
    assert "GateNet: Gated Sparse Attention for Multilingual Retrieval" in titles
    assert "RouteNet: Sparse Routing Experts for Dense Retrieval" in titles
    assert not any(title and "Leesbeurt" in title for title in titles)


def test_a_question_titles_subtitle_after_its_mark_is_the_titles() -> None:
    # (a game's text line: the writer's lead, a colon, a question title with its subtitle, then its link)
    line = "Чому PPO працює: Why Do Gated Experts Generalize? A Large-Scale Empirical Study NL https://arxiv.org/abs/2101.00017\n"
    (reference,) = _references(line.encode(), "strings.txt")  # (one paper: no title-only half of it beside)
    assert reference.arxiv_id == "2101.00017"
    assert reference.title is not None
    assert "Why Do Gated Experts Generalize? A Large-Scale Empirical Study" in reference.title
