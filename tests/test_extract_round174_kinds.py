"""Habits the blind rounds 174 and 175 brought, and misses of earlier rounds read again, each written here in a small
digest of its own, in other words and languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.extract.outline import outline
from paperlist.shapes import Shape


def _references(text: str, name: str) -> list[Reference]:
    decoded, label = decode_digest(text.encode(), name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str) -> set[str]:
    return {reference.title for reference in _references(text, name) if reference.title}


def test_rows_of_tab_separated_values_with_no_header_give_their_title_column() -> None:
    # (a query's output printed as tab-separated values, `… | @tsv`: a date, a link and a title a row, no header;
    # a row naming a printed blog post in parentheses is no paper)
    session = (
        "ana@portatil:~$ sqlite3 -separator $'\\t' lecturas.db 'select fecha, enlace, titulo from marcadores'\n"
        "2025-03-02T08:15:40+01:00\thttps://arxiv.org/abs/2101.00017\tSparse Routing Experts for Dense Retrieval\n"
        "2025-03-04T19:02:11+01:00\thttps://arxiv.org/pdf/2102.00018v2\tCalibrated Token Budgets for Long-Context Language Models\n"
        "2025-03-09T10:47:36+01:00\t~/Descargas/guia-memoria.pdf\tA Visual Guide to Memory Layers (copia del blog)\n"
        "2025-03-11T21:30:05+01:00\thttps://arxiv.org/abs/2103.00019\tGraph Kernels Meet Contrastive Learning for Molecules\n"
        "ana@portatil:~$\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(session, "marcadores.txt")}
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert by_id["2102.00018"] == "Calibrated Token Budgets for Long-Context Language Models"
    assert by_id["2103.00019"] == "Graph Kernels Meet Contrastive Learning for Molecules"
    assert "A Visual Guide to Memory Layers" not in _titles(session, "marcadores.txt")


def test_tab_separated_lines_that_are_no_table_are_still_read_line_by_line() -> None:
    # (a word processor's numbered references, `1.<tab>…`, and a tool's tagged output whose cells open on a field's
    # label, `file<tab>Title: …`: each line's own reading, not a table's column)
    references = (
        "References\n"
        "1.\tOkafor N, Lindqvist E. Sparse routing experts for dense retrieval. arXiv:2101.00017. 2021.\n"
        "2.\tMarchetti L. Calibrated token budgets for long-context language models. 2022.\n"
        "3.\tHaddad R. Graph kernels meet contrastive learning for molecules. 2023.\n"
    )
    titles = _titles(references, "refs.txt")
    assert not any(title[:2].rstrip(".").isdigit() for title in titles)
    tagged = (
        "$ parallel --tag pdfinfo {} ::: *.pdf | grep Title\n"
        "a.pdf\tTitle:          Sparse Routing Experts for Dense Retrieval\n"
        "b.pdf\tTitle:          Calibrated Token Budgets for Long-Context Language Models\n"
        "c.pdf\tTitle:          Graph Kernels Meet Contrastive Learning for Molecules\n"
    )
    assert not any(title.startswith("Title") for title in _titles(tagged, "pdfs.txt"))


def test_a_numbered_reference_list_with_tabs_is_no_headerless_table() -> None:
    # (a word processor's numbered references, `1.<tab>…`: each line an entry of the list, a program's or an archive's
    # page among them no paper)
    references = (
        "Referencias\n"
        "\n"
        "1.\tOkafor N, Lindqvist E. Sparse routing experts for dense retrieval. Neural Comput. 2021;33(4):101-9.\n"
        "2.\tMarchetti L, Berg T. Calibrated token budgets for long-context language models. arXiv:2102.00018 "
        "[Preprint]. 2022 [cited 2024 Mar 3].\n"
        "3.\tHaddad R. Graph kernels meet contrastive learning for molecules. Nature. 2023;611:55-61.\n"
        "4.\tKestrel [Internet]. Version 3.2. San Sebastián (ES): Example Labs; c2023 [cited 2024 Jan 5]. Available from: "
        "https://kestrel.example.org/\n"
        "5.\tThe Open Retina Archive (ORA) [Internet]. Porto: Example Institute; c2024 [cited 2024 Feb 1]. "
        "Available from: https://ora.example.org/\n"
        "\n"
        "Leyendas de las figuras\n"
    )
    titles = _titles(references, "refs.txt")
    assert "Sparse routing experts for dense retrieval" in titles
    assert not any(title.startswith("Kestrel") for title in titles)
    # (its lines are the list's items, not a table's rows: no column of it is weighed as titles)
    assert outline(references, Shape.TEXT).tables == []


def test_a_record_literal_s_title_field_with_no_link_is_a_paper_when_its_siblings_are() -> None:
    # (a notebook's cell holding the reading list as a literal, a record a line: the records with a link give their
    # titles by it, and the same field of the records without one is a title too)
    cell = (
        "const lista = [\n"
        "  { nazwa: 'Sparse Routing Experts for Dense Retrieval', adres: 'https://arxiv.org/abs/2101.00017', "
        "typ: 'moe' },\n"
        "  { nazwa: 'Calibrated Token Budgets for Long-Context Language Models', adres: "
        "'https://arxiv.org/pdf/2102.00018v1', typ: 'kontekst' },\n"
        "  { nazwa: 'Kernelized Recurrence for Streaming Transformers', adres: null, typ: 'rnn' },\n"
        "  { nazwa: 'Streaming Transformers in Practice', adres: null, typ: 'book' },\n"
        "  { nazwa: 'International Workshop on Efficient Sequence Models', adres: null, typ: 'warsztat' },\n"
        "  { nazwa: 'Efficient Attention Survey — rozdział 3', adres: null, typ: 'moe' },\n"
        "  { nazwa: 'Walking Tours of Old Lisbon', adres: null, typ: 'moe' },\n"
        "];\n"
    )
    references = _references(cell, "notes.md")
    titled = {reference.title: reference for reference in references if reference.title}
    assert "Kernelized Recurrence for Streaming Transformers" in titled
    assert titled["Kernelized Recurrence for Streaming Transformers"].weak  # (a service confirms it)
    # (named again below the literal, with its authors: one paper, no longer weak)
    again = cell + "\nNa jutro:\n- Kernelized Recurrence for Streaming Transformers (Okafor et al., 2021)\n"
    named = [
        reference
        for reference in _references(again, "notes.md")
        if reference.title == "Kernelized Recurrence for Streaming Transformers"
    ]
    assert len(named) == 1
    assert not named[0].weak
    assert not any(
        title.startswith(("Streaming Transformers", "International", "Efficient", "Walking"))
        for title in titled
    )


def test_a_query_s_values_rows_give_the_titles_of_rows_without_links_and_of_rows_with_an_id_only() -> None:
    # (a dashboard page's SQL: a row a paper, its title a value, a link in some rows only)
    page = (
        "```sql lecturas\n"
        "with t(semana, titulo, enlace, estado) as (values\n"
        "  (1, 'Sparse Routing Experts for Dense Retrieval', 'https://arxiv.org/abs/2101.00017', 'leído'),\n"
        "  (2, 'Calibrated Token Budgets for Long-Context Language Models', 'https://arxiv.org/abs/2102.00018', "
        "'leído'),\n"
        "  (3, 'Graph Kernels Meet Contrastive Learning', 'https://arxiv.org/abs/2103.00019', 'pendiente'),\n"
        "  (4, 'Streaming Distillation of Diffusion Samplers', null, 'pendiente')\n"
        ") as t(semana, titulo, enlace, estado)\n"
        "```\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(page, "syksy.html")}
    assert by_id["2103.00019"] == "Graph Kernels Meet Contrastive Learning"
    assert by_id[None] == "Streaming Distillation of Diffusion Samplers"


def test_a_list_of_records_in_a_page_s_front_matter_is_read_as_a_reading_list() -> None:
    # (a static site's page keeping its schedule as data in its front matter, shown by its template: each record's
    # title field a paper's, with its link or id where given; the page's own title is none)
    page = (
        "---\n"
        "layout: layouts/post.njk\n"
        'title: "Lukupiiri syksyllä: harvat mallit"\n'
        "sessions:\n"
        "  - date: 2025-09-02\n"
        '    otsikko: "Sparse Routing Experts for Dense Retrieval"\n'
        "    link: https://arxiv.org/abs/2101.00017\n"
        "  - date: 2025-09-09\n"
        "    otsikko: Calibrated Token Budgets for Long-Context Language Models\n"
        "    link:\n"
        "  - date: 2025-09-16\n"
        '    otsikko: "Graph Kernels Meet Contrastive Learning"\n'
        '    arxiv: "2103.00019"\n'
        "---\n"
        "<p>\n"
        "  Luemme tiistaisin kello 14 artikkelin harvoista malleista; esittelijä tuo kaksi kalvoa ja avoimet\n"
        "  kysymykset. Ensimmäinen kerta on syyskuun alussa, ja lokakuussa pidämme tauon.\n"
        "</p>\n"
        "<ul>\n"
        "  {{ for s of sessions }}<li>{{ s.date }}: {{ s.otsikko }}</li>{{ /for }}\n"
        "</ul>\n"
    )
    references = _references(page, "syksy.vto")
    found = {(reference.arxiv_id, reference.title) for reference in references}
    assert found == {
        ("2101.00017", "Sparse Routing Experts for Dense Retrieval"),
        (None, "Calibrated Token Budgets for Long-Context Language Models"),
        ("2103.00019", "Graph Kernels Meet Contrastive Learning"),
    }
    assert references[0].line == 5  # (each at its own record's line)


def test_a_value_whose_own_parenthesis_says_it_is_no_paper_is_none() -> None:
    # (a record's title field, labelled or quoted, ending on a parenthesis that says what it is in the writer's
    # language: a workshop's documentation, an online book)
    response = (
        "$ curl -s https://cms.example.nl/api/sessies | jq '.docs[] | {titel, link}'\n"
        "{\n"
        '  "titel": "Sparse Routing Experts for Dense Retrieval",\n'
        '  "link": "https://arxiv.org/abs/2101.00017"\n'
        "}\n"
        "{\n"
        '  "titel": "Oefenmiddag: eigen retrieval-index bouwen (geen paper; handleiding)",\n'
        '  "link": null\n'
        "}\n"
    )
    assert not any(title.startswith("Oefenmiddag") for title in _titles(response, "sessies.txt"))
    records = (
        "$ kcat -C -t olvasnivalo -e -J\n"
        "{\n"
        '  "topic": "olvasnivalo",\n'
        '  "payload": "{\\"cim\\":\\"Anna Kovács: Efficient Training of Language Models (online könyv)\\",'
        '\\"link\\":null}",\n'
        '  "offset": 7\n'
        "}\n"
        "{\n"
        '  "topic": "olvasnivalo",\n'
        '  "payload": "{\\"cim\\":\\"Sparse Routing Experts for Dense Retrieval\\",'
        '\\"link\\":\\"https://arxiv.org/abs/2101.00017\\"}",\n'
        '  "offset": 8\n'
        "}\n"
    )
    assert not any("Efficient Training" in title for title in _titles(records, "uzenetek.txt"))


def test_a_quoted_label_beside_a_link_to_documentation_names_that_page() -> None:
    # (a component's links: each label names the page it links to, a library's documentation here)
    component = (
        "export class ReadingComponent {\n"
        "  readonly pages = [\n"
        "    { label: 'Example Toolkit 문서: Sparse Mixture Layers', href: 'https://docs.example.org/layers/moe' },\n"
        "    { label: '세미나 자료실', href: 'https://lab.example.ac.kr/seminar' },\n"
        "  ];\n"
        "}\n"
    )
    assert not any("Sparse Mixture" in title for title in _titles(component, "reading.component.ts"))


def test_iso_690_names_parted_by_dashes_before_a_colon_leave_the_title_whole() -> None:
    # (STN ISO 690 as Slovak and Czech course sheets write it: surnames in capitals, initials, dashes between the
    # names, a colon before the title)
    sheet = (
        "Študijná literatúra:\n"
        "1. OKAFOR, N. A. – LINDQVIST, E. M. – BERG, T.: Sparse routing experts for dense retrieval. In: Neural\n"
        "Computation, 2021, roč. 33, č. 4, s. 101 – 109.\n"
        "2. MARCHETTI, L. – HADDAD, R.: Calibrated Token Budgets for Long-Context Language Models. In: Proceedings\n"
        "of the 40th International Conference on Machine Learning (ICML 2023), 2023, s. 1 – 12.\n"
    )
    titles = _titles(sheet, "listok.txt")
    assert "Sparse routing experts for dense retrieval" in titles
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles


def test_a_belarusian_or_russian_thesis_list_of_sources_is_a_reference_section() -> None:
    # (GOST 7.1 entries under a Belarusian thesis's `Спіс выкарыстаных крыніц`, hard-wrapped as copied from the PDF:
    # each title before its slash, the id in its entry's link on a later line; a title with no author before it)
    thesis = (
        "Спіс выкарыстаных крыніц\n"
        "\n"
        "1. Sparse Routing Experts for Dense Retrieval / N. Okafor [et al.] // Proceedings of the IEEE/CVF\n"
        "Conference on Computer Vision and Pattern Recognition (CVPR). – 2022. – P. 101–109. – Mode of\n"
        "access: https://arxiv.org/pdf/2101.00017. – Date of access: 03.03.2025.\n"
        "2. GKML: Graph Kernels Meet Contrastive Learning / R. Haddad [et al.] //\n"
        "Proceedings of the European Conference on Computer Vision (ECCV). – 2022. –\n"
        "P. 55–61.\n"
    )
    expected = {
        ("2101.00017", "Sparse Routing Experts for Dense Retrieval"),
        (None, "GKML: Graph Kernels Meet Contrastive Learning"),
    }
    found = {(reference.arxiv_id, reference.title) for reference in _references(thesis, "dissertatsiya.txt")}
    assert found == expected
    # (and under a Russian one's heading, in another of its wordings)
    russian = thesis.replace("Спіс выкарыстаных крыніц", "Список цитированных источников")
    assert {
        (reference.arxiv_id, reference.title) for reference in _references(russian, "vkr.txt")
    } == expected


def test_the_word_for_by_before_authors_et_al_is_no_part_of_the_title() -> None:
    # (a forum post's list: a title, then `by` in the writer's language and its first author with `et al.`)
    post = (
        "Consigli di lettura per chi inizia:\n"
        "- Sparse Routing Experts for Dense Retrieval di Okafor et al. (2021), il punto di partenza\n"
        "- Calibrated Token Budgets for Long-Context Language Models von Marchetti et al. (2023), kurz\n"
    )
    titles = _titles(post, "thread.txt")
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles


def test_a_record_s_title_whose_own_parenthesis_or_label_says_its_kind_is_no_paper() -> None:
    # (a wiki's query answer, each page's title in an array under its field: one says in its parenthesis that it is
    # a lab's blog post)
    answer = (
        "$ curl -s 'https://wiki.example.org/api.php?action=ask&format=json' | jq '.query.results'\n"
        "{\n"
        '  "Stránka:Routing": {\n'
        '    "printouts": {\n'
        '      "Název": [\n'
        '        "Sparse Routing Experts for Dense Retrieval"\n'
        "      ]\n"
        "    }\n"
        "  },\n"
        '  "Stránka:Memory": {\n'
        '    "printouts": {\n'
        '      "Název": [\n'
        '        "The Illustrated Memory Layer (blog skupiny Example NLP)"\n'
        "      ]\n"
        "    }\n"
        "  }\n"
        "}\n"
    )
    assert not any("Illustrated" in title for title in _titles(answer, "ask.txt"))
    # (a plan's tasks, named in attributes: a label that ends on its kind, a blog, and a note that it is no article)
    plan = (
        '<?xml version="1.0"?>\n'
        '<project name="Litteraturgenomgång">\n'
        "  <tasks>\n"
        '    <task id="1" name="Sparse Routing Experts for Dense Retrieval" note="https://arxiv.org/abs/2101.00017"/>\n'
        '    <task id="2" name="Labbets Blogg: Notes on Calibrated Token Budgets for Language Models" note=""/>\n'
        '    <task id="3" name="Graph Kernels for Contrastive Learning of Molecules (ej en artikel)" note=""/>\n'
        "  </tasks>\n"
        "</project>\n"
    )
    titles = _titles(plan, "plan.planner")
    assert not any(
        word in title for title in titles for word in ("Calibrated", "Graph Kernels", "Memory Layers")
    )
    # (a merged list exported by a data tool as JSON records: a course's videos, said in its title's parenthesis)
    export = (
        "{\n"
        '  "rows" : [\n'
        '    { "Tiêu đề" : "Sparse Routing Experts for Dense Retrieval", "Liên kết" : "https://arxiv.org/abs/2101.00017" },\n'
        '    { "Tiêu đề" : "Example 101: Streaming Transformers in Practice (khóa học, video)", "Liên kết" : null }\n'
        "  ]\n"
        "}\n"
    )
    assert not any("Streaming" in title for title in _titles(export, "export.json"))
    # (and a task named by a one-word label that says it is a blog post, in Swedish)
    assert not any(
        "Token" in title for title in _titles(plan.replace("Labbets Blogg:", "Blogg:"), "plan.planner")
    )


def test_a_quoted_record_value_whose_parenthesis_calls_it_a_blog_post_in_another_language_is_none() -> None:
    # (a hand-typed table in a query language, a record a line: the blog post says so in Polish, `blogu`)
    query = (
        "let\n"
        '    Zrodlo = #table({"Tytuł", "Link", "Rok"}, {\n'
        '        {"Sparse Routing Experts for Dense Retrieval", "https://arxiv.org/abs/2101.00017", 2021},\n'
        '        {"Anna Nowak: Memory Layers for Streaming Transformers? (wpis na blogu)", "https://blog.example.org/m", 2022}\n'
        "    })\n"
        "in\n"
        "    Zrodlo\n"
    )
    assert not any("Memory Layers" in title for title in _titles(query, "lista.pq"))


def test_a_time_sheet_s_comment_column_is_read_for_the_papers_it_names() -> None:
    # (a time tracker's CSV export: no column of titles, the comment column in the sheet's language holding what
    # was read, with links)
    sheet = (
        '"Data";"Pracownik";"Projekt";"Godziny";"Komentarz"\n'
        '"03.02.2025";"Anna Nowak";"Asystent";"3,5";"Sparse Routing Experts for Dense Retrieval '
        '(https://arxiv.org/abs/2101.00017), notatki dla zespołu."\n'
        '"04.02.2025";"Anna Nowak";"Asystent";"2,0";"Calibrated Token Budgets for Long-Context Language Models – '
        'https://arxiv.org/pdf/2102.00018"\n'
        '"05.02.2025";"Jan Kowalski";"Wewnętrzny";"1,0";"Spotkanie zespołu."\n'
        '"06.02.2025";"Anna Nowak";"Asystent";"4,0";"Konfiguracja środowiska."\n'
        '"07.02.2025";"Jan Kowalski";"Asystent";"2,5";"Testy adaptera na danych testowych."\n'
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(sheet, "godziny.csv")}
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert by_id["2102.00018"] == "Calibrated Token Budgets for Long-Context Language Models"


def test_a_title_case_run_in_a_chinese_sentence_with_its_citation_after_it_is_a_paper() -> None:
    # (a reply in Chinese naming a title of few words, its authors and venue in full-width parentheses right after)
    reply = (
        "大家好。\n"
        "\n"
        "做背景介绍的话，可以先看 Sparse Routing for Language Models（Okafor 等，ICLR 2023）再讨论。\n"
        "我们组的实验结果下周再发。\n"
    )
    assert "Sparse Routing for Language Models" in _titles(reply, "reply.txt")


def test_a_logic_program_s_facts_give_their_quoted_titles() -> None:
    # (a reading group's schedule as a logic program's facts, a paper a line, each keyed by its own name: the quoted
    # title, not the fact's name before it; a fact with no link is a paper as its siblings are)
    program = (
        "% agenda do grupo de leitura\n"
        'leitura(rota, "Sparse Routing Experts for Dense Retrieval", "https://arxiv.org/abs/2101.00017").\n'
        'leitura(orcamento, "Calibrated Token Budgets for Long-Context Language Models", '
        '"https://arxiv.org/abs/2102.00018").\n'
        'leitura(recorrencia, "Kernelized Recurrence for Streaming Transformers", "").\n'
        "semana(1..3).\n"
    )
    references = _references(program, "agenda.lp")
    by_id = {reference.arxiv_id: reference.title for reference in references}
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert by_id["2102.00018"] == "Calibrated Token Budgets for Long-Context Language Models"
    assert by_id[None] == "Kernelized Recurrence for Streaming Transformers"


def test_a_status_column_padded_before_the_titles_is_no_part_of_them() -> None:
    # (a REPL printing its list a paper a row, the status padded to a column, the link and note below each; a status
    # of two words fills its column with one space left)
    session = (
        "> for (const p of lista) console.log(`${p.estado.padEnd(10)}${p.titulo}\\n${' '.repeat(10)}${p.enlace}`)\n"
        "leído     Sparse Routing Experts for Dense Retrieval\n"
        "          https://arxiv.org/abs/2101.00017 | para la reunión\n"
        "en curso  Calibrated Token Budgets for Long-Context Language Models\n"
        "          https://arxiv.org/abs/2102.00018 | capítulos 3 y 4\n"
        "pendiente Kernelized Recurrence for Streaming Transformers\n"
        "          (sin enlace) | lo propone Marta\n"
        "pendiente Graph Kernels Meet Contrastive Learning for Molecules\n"
        "          (sin enlace) | para mayo\n"
        "Streaming Distillation of Diffusion Samplers\n"
        "          https://arxiv.org/abs/2104.00021 | sin estado todavía\n"
        "leído     Memory Layers for Efficient Language Models\n"
        "          https://arxiv.org/abs/2103.00019 | ya comentado\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(session, "repl.txt")}
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert by_id["2102.00018"] == "Calibrated Token Budgets for Long-Context Language Models"
    assert by_id["2103.00019"] == "Memory Layers for Efficient Language Models"
    assert not any(title and title.split()[0] in ("pendiente", "leído", "curso") for title in by_id.values())
    titles = _titles(session, "repl.txt")
    # (a title-only row after a note ending on a name is a row of its own, not the note's words going on)
    assert "Graph Kernels Meet Contrastive Learning for Molecules" in titles
    # (a line opening on a capitalised word of the column's width is no row: its words are left whole)
    assert by_id["2104.00021"] == "Streaming Distillation of Diffusion Samplers"


def test_a_title_with_its_authors_then_another_title_before_a_dash_gives_both() -> None:
    # (a chat message: a title, its citation with `et al.`, the word for `and`, a second title, then a dash and why)
    message = (
        "Павел Смирнов 10:12\n"
        "Для начала предлагаю:\n"
        "Sparse Routing Experts for Dense Retrieval (Okafor et al., 2021) и Calibrated Token Budgets for "
        "Long-Context Language Models — чтобы было с чем сравнивать.\n"
    )
    titles = _titles(message, "chat.txt")
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles
