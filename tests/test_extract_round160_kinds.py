"""Habits the blind rounds 160 to 163 brought (tests/data/digests-round160 to -round163), each written here in a small
digest of its own, in other words and languages than the rounds' (the titles are invented)."""

from __future__ import annotations

from paperlist.digests import Evidence
from paperlist.ingest.decode import decode_digest, read_as_markdown
from paperlist.ingest.extract import extract_document


def _references(data: bytes, name: str) -> list[tuple[str | None, str | None, Evidence]]:
    text, label = decode_digest(data, name)
    extraction = extract_document(text, name, html=label.startswith("html/"))
    return [
        (reference.title, reference.arxiv_id or reference.openreview_id, reference.evidence)
        for reference in extraction.references
    ]


def _titles(text: str, name: str) -> set[str]:
    return {title for title, _, _ in _references(text.encode(), name) if title}


def test_ieee_references_without_quotes_give_their_titles_up_to_the_venue() -> None:
    # (a course form copied from a PDF: initials before each surname, all apart by commas, the title unquoted, then
    # a journal and its volume, a conference's short name without its year, or a preprint's note; a book's
    # publisher after its title makes no paper of it)
    syllabus = (
        "Bibliografia obowiązkowa\n"
        "1. K. Nowak, P. Zieliński, Sparse token routing for conditional computation, Neural Computation,"
        " 31(4), 2019, pp. 611–640.\n"
        "2. M. Wiśniewska, T. O. Lewandowski, A. Kamińska, Calibrated Ensembles for Streaming Speech"
        " Recognition, Proceedings of ICASSP, 2021.\n"
        "3. J. Dąbrowski, E. Kozłowska, Contrastive Pretraining of Tabular Encoders, NeurIPS, 2022,"
        " https://arxiv.org/abs/2206.01234\n"
        "4. R. Mazur, Q. V. Tran, Gradient Noise Shaping for Federated Optimisers, preprint arXiv:2104.05678,"
        " 2021.\n"
        "5. A. Krawczyk, B. Pawlak, Uczenie maszynowe w praktyce, PWN Press, 2020.\n"
    )
    references = _references(syllabus.encode(), "karta_przedmiotu.txt")
    titles = {title for title, _, _ in references}
    assert "Sparse token routing for conditional computation" in titles
    assert "Calibrated Ensembles for Streaming Speech Recognition" in titles
    assert ("Contrastive Pretraining of Tabular Encoders", "2206.01234", Evidence.ARXIV_LINK) in references
    assert (
        "Gradient Noise Shaping for Federated Optimisers",
        "2104.05678",
        Evidence.ARXIV_TEXT,
    ) in references
    assert not any(title and "praktyce" in title for title in titles)


def test_web_pages_cited_with_the_day_they_were_visited_in_other_languages_are_no_papers() -> None:
    # (a thesis's references: a toolkit's manual and a data set's repository, each with its address and the day it
    # was read, in Czech and Romanian; the paper beside them stays)
    references = (
        "Literatura\n"
        "[1] Horák, J., Veselá, M. Tiered Caching for Retrieval-Augmented Decoders. In: Proceedings of ACL 2023,"
        " pp. 101–112.\n"
        "[2] Acme Robotics. WidgetKit Docs. Dostupné na: https://docs.widgetkit.example.org [citováno"
        " 14.02.2025].\n"
        "[3] Echipa Lumina. Lumina-Streets (set de date). Disponibil la: https://github.com/lumina/streets"
        " [accesat la 03.01.2025].\n"
    )
    titles = _titles(references, "diplomova_prace_literatura.txt")
    assert "Tiered Caching for Retrieval-Augmented Decoders" in titles
    assert not any("WidgetKit" in title or "Lumina" in title for title in titles)


def test_a_library_record_titled_in_another_language_without_an_id_is_no_paper() -> None:
    # (a library catalogue's RIS export: a magazine's article in Swedish beside a paper, neither with an id)
    ris = (
        "TY  - JOUR\n"
        "TI  - Adaptive Tokenisation for Low-Resource Speech Translation\n"
        "AU  - Lind, Karin\n"
        "PY  - 2022\n"
        "JO  - Transactions of the Association for Computational Linguistics\n"
        "ER  - \n"
        "\n"
        "TY  - JOUR\n"
        "TI  - Datorn som lär sig lyssna utan lärare\n"
        "AU  - Berg, Olof\n"
        "PY  - 2023\n"
        "JO  - Teknikens värld\n"
        "LA  - swe\n"
        "ER  - \n"
    )
    titles = _titles(ris, "favoriter.ris")
    assert "Adaptive Tokenisation for Low-Resource Speech Translation" in titles
    assert not any("lyssna" in title for title in titles)


def test_a_title_after_a_sentences_first_word_in_another_language_is_read() -> None:
    # (a chat's messages naming papers inside Polish and Swedish sentences, opening on a word capitalised as a
    # sentence opens: one with letters English has not, one a small word English never writes)
    chat = "[10:02] ola: Także Learning Sparse Token Routers for Efficient Inference, o którym mówiliśmy w piątek.\n"
    assert "Learning Sparse Token Routers for Efficient Inference" in _titles(chat, "czat.txt")
    export = (
        '[{"name": "Jan", "created_at": 1741704903, "text": "Och Robust Calibration of Retrieval Scores under'
        ' Distribution Shift, som vi borde läsa till nästa vecka"},'
        ' {"name": "Eva", "created_at": 1741704999, "text": "Jag tar med kaffe."}]'
    )
    assert _titles(export, "meddelanden.json") == {
        "Robust Calibration of Retrieval Scores under Distribution Shift"
    }


def test_a_pages_title_printed_by_a_program_in_the_writers_language_is_no_paper() -> None:
    # (a page parser's fields printed as JSON in a terminal: the post's own title, in Italian, in sentence case)
    session = (
        "anna@laptop:~$ parse-page https://blog.example.it/gruppo | jq 'del(.content)'\n"
        "{\n"
        '  "title": "Club di lettura: crescita dei modelli di linguaggio (marzo)",\n'
        '  "author": "Anna Ferri",\n'
        '  "word_count": 512\n'
        "}\n"
    )
    assert not _titles(session, "pagina.txt")


def test_a_sentence_case_item_with_its_venue_and_year_after_it_is_a_paper() -> None:
    # (a dissertation's outline: a bulleted title in sentence case, where and when it appeared in parentheses)
    outline = (
        "Capítulo 2 - Fundamentos\n"
        "\n"
        "- Regularising deep recurrent encoders with stochastic depth (AISTATS 2015)\n"
        "  - comparar com dropout na seção 2.3.\n"
        "- Revisão de literatura (ICML 2019)\n"
        "- Mittelung über die Schichten, Encoder für Token-Klassifikation (ACL 2020)\n"
    )
    titles = _titles(outline, "esboco.txt")
    assert "Regularising deep recurrent encoders with stochastic depth" in titles
    assert not any("Revisão" in title or "Mittelung" in title for title in titles)


def test_a_meetups_talks_named_after_a_dash_in_another_language_are_no_paper() -> None:
    # (a video site's playlist fetched with curl: the playlist's title, a meetup's name and the word for its talks)
    session = (
        "ewa@host:~$ curl -s 'https://video.example.net/api/v1/playlists/PLx1' | jq '{title, videoCount}'\n"
        "{\n"
        '  "title": "Poznań Data Science – wykłady",\n'
        '  "videoCount": 7\n'
        "}\n"
    )
    assert not _titles(session, "playlista.txt")


def test_a_title_with_the_writers_notes_indented_below_in_their_language_is_a_paper() -> None:
    # (a dissertation's notes in Portuguese: a paper's title on a line of its own, bulleted notes indented under it;
    # a heading of the writer's in English with no notes stays out)
    notes = (
        "Capítulo 3 - Otimização\n"
        "\n"
        "Adaptive Gradient Clipping for Sharp Minima Escape\n"
        "  - usar no experimento 2; comparar com o SGD puro da seção 3.1.\n"
        "  - o código dos autores não está disponível, reimplementar.\n"
        "Warmup Schedules Revisited: A Study of Large-Batch Training\n"
        "  - ler antes da reunião de quinta.\n"
        "\n"
        "Related Work Overview\n"
    )
    titles = _titles(notes, "capitulo3.txt")
    assert "Adaptive Gradient Clipping for Sharp Minima Escape" in titles
    assert "Warmup Schedules Revisited: A Study of Large-Batch Training" in titles
    assert "Related Work Overview" not in titles


def test_a_treepad_outline_is_read_as_its_nodes_keeping_its_lines() -> None:
    # (TreePad Lite's file, Windows line ends and a Western code page: its signature and node markers are no titles;
    # a paper in a node's text keeps the line it has in the file)
    outline = (
        "<Treepad version 3.0>\r\n"
        "dt=Text\r\n"
        "<node>\r\n"
        "Leituras\r\n"
        "0\r\n"
        "Lista para o semestre.\r\n"
        "<end node> 5P9i0s8y19Z\r\n"
        "dt=Text\r\n"
        "<node>\r\n"
        "Otimização\r\n"
        "1\r\n"
        "Adaptive Gradient Clipping for Sharp Minima Escape\r\n"
        "  - comparar com o SGD puro; o código não está disponível.\r\n"
        "Stochastic Weight Averaging in Low Precision\r\n"
        "https://arxiv.org/abs/1904.11943\r\n"
        "<end node> 5P9i0s8y19Z\r\n"
    ).encode("cp1252")
    text, label = decode_digest(outline, "notas.hjt")
    assert label.startswith("treepad/")
    assert "Treepad" not in text
    assert "<node>" not in text
    assert len(text.split("\n")) == 17
    references = extract_document(text, "notas.hjt").references
    found = {(reference.title, reference.arxiv_id, reference.line) for reference in references}
    assert ("Adaptive Gradient Clipping for Sharp Minima Escape", None, 12) in found
    assert ("Stochastic Weight Averaging in Low Precision", "1904.11943", 14) in found
    assert len(references) == 2


def test_rows_printed_a_field_a_line_give_their_title_field_whatever_its_name() -> None:
    # (a MySQL session's rows printed with `\G`, their fields named in Finnish, `nimike` no label any list knows: the
    # field whose values are research titles is the rows' title, with or without a link beside it; the other fields
    # are no papers)
    rows = [
        (
            "1",
            "Adaptive Gradient Clipping for Sharp Minima Escape",
            "https://arxiv.org/abs/2101.04567",
            "luettu",
        ),
        ("2", "Warmup Schedules Revisited: A Study of Large-Batch Training", "NULL", "kesken"),
        ("3", "Stochastic Weight Averaging in Low Precision", "https://arxiv.org/abs/1904.11943", "luettu"),
        ("4", "Token Dropping for Efficient Sequence Models", "NULL", "lukematta"),
    ]
    session = "mysql> SELECT id, nimike, linkki, tila FROM artikkelit\\G\n"
    for number, (row_id, title, link, state) in enumerate(rows, start=1):
        session += (
            f"*************************** {number}. row ***************************\n"
            f"     id: {row_id}\n"
            f" nimike: {title}\n"
            f" linkki: {link}\n"
            f"   tila: {state}\n"
        )
    session += "4 rows in set (0.00 sec)\n"
    references = _references(session.encode(), "istunto.txt")
    assert {(title, identifier) for title, identifier, _ in references} == {
        ("Adaptive Gradient Clipping for Sharp Minima Escape", "2101.04567"),
        ("Warmup Schedules Revisited: A Study of Large-Batch Training", None),
        ("Stochastic Weight Averaging in Low Precision", "1904.11943"),
        ("Token Dropping for Efficient Sequence Models", None),
    }


def test_a_title_labelled_in_another_language_above_its_link_is_the_title_alone() -> None:
    # (records of a reading list, their fields named in Czech: the label is no part of the title)
    records = (
        "Seznam\n"
        "\n"
        "Název: Adaptive Gradient Clipping for Sharp Minima Escape\n"
        "Odkaz: https://arxiv.org/abs/2101.04567\n"
        "\n"
        "Název: Warmup Schedules Revisited: A Study of Large-Batch Training\n"
        "Odkaz: NULL\n"
    )
    assert {(title, identifier) for title, identifier, _ in _references(records.encode(), "seznam.txt")} == {
        ("Adaptive Gradient Clipping for Sharp Minima Escape", "2101.04567"),
        ("Warmup Schedules Revisited: A Study of Large-Batch Training", None),
    }


def test_a_title_cited_after_a_dash_by_two_authors_joined_in_another_language_is_a_paper() -> None:
    # (a reading list in Norwegian: a title, a dash, its authors joined by `og` and the year, then the writer's note)
    reading = "Leseliste\n\n  • Contrastive Pretraining of Tabular Encoders — Nordmann og Hansen, 2022; kort og godt\n"
    assert _titles(reading, "leseliste.txt") == {"Contrastive Pretraining of Tabular Encoders"}


def test_a_series_session_named_by_its_number_is_no_paper() -> None:
    # (a video site's answer through curl: a meetup's recording named by the series, its number, a dash and the
    # talk; the paper in the playlist stays)
    session = (
        "ewa@host:~$ curl -s 'https://video.example.net/api/v1/videos/x1' | jq '{title}'\n"
        "{\n"
        '  "title": "Poznań Deep Learning Meetup #12 – uczenie ze wzmocnieniem w praktyce (Anna Nowak)"\n'
        "}\n"
        "ewa@host:~$ curl -s 'https://video.example.net/api/v1/videos/x2' | jq '{title}'\n"
        "{\n"
        '  "title": "Adaptive Gradient Clipping for Sharp Minima Escape (arXiv:2101.04567)"\n'
        "}\n"
    )
    references = _references(session.encode(), "nagrania.txt")
    assert [identifier for _, identifier, _ in references] == ["2101.04567"]
    assert not any(title and "Meetup" in title for title, _, _ in references)


def test_a_text_browsers_list_of_links_gives_each_title_after_its_address() -> None:
    # (a text browser's list of a page's links: a number in brackets, the address, then the link's text; a PDF's
    # address and a version's, and a note in parentheses after an address, which is no title)
    listing = (
        "browser> links\n"
        "[1] https://arxiv.org/abs/2101.04567 Adaptive Gradient Clipping for Sharp Minima Escape\n"
        "[2] https://arxiv.org/pdf/1904.11943.pdf Stochastic Weight Averaging in Low Precision\n"
        "[3] https://arxiv.org/abs/2106.01234v3 Token Dropping for Efficient Sequence Models\n"
        "[4] https://github.com/example/tokdrop tokdrop\n"
    )
    references = _references(listing.encode(), "links.txt")
    assert {(title, identifier) for title, identifier, _ in references} == {
        ("Adaptive Gradient Clipping for Sharp Minima Escape", "2101.04567"),
        ("Stochastic Weight Averaging in Low Precision", "1904.11943"),
        ("Token Dropping for Efficient Sequence Models", "2106.01234"),
    }


def test_a_project_plans_tasks_are_no_papers_unless_named_by_a_title() -> None:
    # (a project plan exported as CSV, its columns in German: how long each task lasts, who does it; tasks named in
    # the writer's words are no papers, even over the paper their notes cite; a task named by a paper's title is
    # one, and its notes' papers are read)
    plan = (
        '"ID";"Vorgang";"Anfang";"Abschluss";"Dauer";"Ressourcen";"Kommentar"\n'
        '"1";"Literaturstudie PEFT";"03.03.25";"18.03.25";"12 T";"";""\n'
        '"2";"Efficient Training of Sparse Neural Networks with Gradient Clipping";"03.03.25";"05.03.25";"3 T";'
        '"Anna Vogel";"Zusammenfassung im Wiki."\n'
        '"3";"Pruning und Sparse Attention";"06.03.25";"07.03.25";"2 T";"Jan Roth";'
        '"Nordmann et al., Token Dropping for Efficient Sequence Models (arXiv:2106.01234)"\n'
        '"4";"Baseline: vollständiges Training (Llama 3 8B)";"10.03.25";"14.03.25";"5 T";"Jan Roth";""\n'
        '"5";"Meilenstein: Bericht an die Partner";"17.03.25";"17.03.25";"0 T";"Anna Vogel";""\n'
    )
    references = _references(plan.encode(), "projektplan.csv")
    assert {title for title, identifier, _ in references if identifier is None} == {
        "Efficient Training of Sparse Neural Networks with Gradient Clipping"
    }
    assert [identifier for _, identifier, _ in references if identifier] == ["2106.01234"]


def test_a_link_that_calls_to_read_in_another_language_takes_the_title_above_it() -> None:
    # (a newsletter's web version in French: each paper's title as a heading, the writer's words, then a link that
    # says only "read the article")
    page = (
        "<html><body><h1>La lettre du labo</h1>"
        "<h3>Efficient Training of Sparse Neural Networks with Gradient Clipping</h3>"
        "<p>Une méthode simple pour stabiliser l'entraînement des réseaux creux.</p>"
        '<p><a href="https://arxiv.org/abs/2101.04567">Lire l’article</a></p>'
        "<h3>Token Dropping for Efficient Sequence Models</h3>"
        "<p>Moins de jetons, presque la même précision.</p>"
        '<p><a href="https://arxiv.org/abs/2106.01234">Lire l’article sur arXiv</a></p>'
        "</body></html>"
    )
    references = _references(page.encode(), "lettre.html")
    assert {(title, identifier) for title, identifier, _ in references} == {
        ("Efficient Training of Sparse Neural Networks with Gradient Clipping", "2101.04567"),
        ("Token Dropping for Efficient Sequence Models", "2106.01234"),
    }


def test_a_sentence_case_title_cited_at_the_end_of_another_languages_sentence_is_the_title_alone() -> None:
    # (a Norwegian newsletter's short items: the writer's sentence runs into a title in sentence case, then its
    # journal and year in parentheses)
    page = (
        "<html><body><h2>Kort fortalt</h2><ul>"
        "<li>Prisen gikk i år delvis til arbeidet bak Efficient training of sparse neural networks with gradient"
        " clipping (Nature, 2022). Foredraget ligger ute på nettsiden.</li>"
        "<li>Neste møte er 4. april i rom 2.07.</li>"
        "</ul></body></html>"
    )
    assert _titles(page, "nyhetsbrev.html") == {
        "Efficient training of sparse neural networks with gradient clipping"
    }


def test_a_time_trackers_sheet_gives_each_entrys_note_without_its_times() -> None:
    # (a time tracker's sheet printed in a terminal: the day, start and end times and the duration before each
    # note; the papers' titles beside their links, none of the times in them)
    sheet = (
        "anna@host:~$ t display\n"
        "Timesheet: reading\n"
        "    Day                Start      End        Duration   Notes\n"
        "    Mon Apr 07, 2025   09:02:11 - 10:15:40   1:13:29    Token Dropping for Efficient Sequence Models"
        " https://arxiv.org/abs/2106.01234 (sections 3 and 4)\n"
        "                       10:30:00 - 11:00:05   0:30:05    mails\n"
        "                       13:12:48 - 14:40:02   1:27:14    Stochastic Weight Averaging in Low Precision"
        " https://arxiv.org/pdf/1904.11943v2 – proofs skipped\n"
        "                                             3:10:48\n"
        "    Tue Apr 08, 2025   08:50:00 - 10:01:30   1:11:30    Adaptive Gradient Clipping for Sharp Minima Escape"
        " (arXiv:2101.04567) figures 2 and 5\n"
        "                                             1:11:30\n"
        "    ---------------------------------------------------------\n"
        "    Total                                    4:22:18\n"
        "anna@host:~$\n"
    )
    references = _references(sheet.encode(), "sheet.txt")
    assert {(title, identifier) for title, identifier, _ in references} == {
        ("Token Dropping for Efficient Sequence Models", "2106.01234"),
        ("Stochastic Weight Averaging in Low Precision", "1904.11943"),
        ("Adaptive Gradient Clipping for Sharp Minima Escape", "2101.04567"),
    }


def test_a_bulleted_title_and_the_writers_note_in_their_language_after_a_dash_is_a_paper() -> None:
    # (a French blog's list copied as text: a research title in Title Case, a dash and the writer's note wrapped
    # below; a data set named with its expansion and noted so stays out)
    post = (
        "Les lectures du mois\n"
        "\n"
        "Nous avons commencé par relire un rapport :\n"
        "\n"
        "• Efficient Training of Sparse Neural Networks with Gradient Clipping — pas de version publiée, chacun avait\n"
        "  sa copie du manuscrit. Ce qui frappe, c'est la simplicité de la méthode.\n"
        "• TBD (Tabular Benchmark Datasets) — jeu de données pour les tableaux, pas un article.\n"
    )
    assert _titles(post, "billet.txt") == {
        "Efficient Training of Sparse Neural Networks with Gradient Clipping"
    }


def test_a_bulleted_titles_note_wrapped_after_a_comma_does_not_turn_it_down() -> None:
    # (a note file's list of papers: one item's note ends its first line on a comma and goes on, indented, below)
    note = (
        "Leesgroep\n"
        "\n"
        "- [Token Dropping for Efficient Sequence Models](https://arxiv.org/abs/2106.01234): korte samenvatting.\n"
        "- Sparse Mixture Routing — vervangt dichte lagen door experts. Geen link bij de hand,\n"
        "  staat in de gedeelde map.\n"
        "- Stochastic Weight Averaging in Low Precision (arXiv:1904.11943) — voor de cursus.\n"
    )
    assert "Sparse Mixture Routing" in _titles(note, "notitie.txt")


def test_a_literate_python_scripts_text_is_read_as_markdown_without_its_chunk_options() -> None:
    # (a Pweave script: its text in `#'` comments, Markdown; its code chunks opened by `#+` option lines)
    script = (
        "#' % Wochenbericht: Architektursuche\n"
        "#' % Anna Vogel\n"
        "\n"
        "#' # Lektüre\n"
        "#'\n"
        "#' - [Token Dropping for Efficient Sequence Models](https://arxiv.org/abs/2106.01234): kurz zusammengefasst.\n"
        "#' - Stochastic Weight Averaging in Low Precision (arXiv:1904.11943), für das Kapitel 3.\n"
        "\n"
        "#+ setup, echo=False\n"
        "import numpy as np\n"
        "\n"
        "#+ plot, echo=False, fig=True, caption='Genauigkeit je Seed'\n"
        "print(np.arange(3))\n"
        "\n"
        "#+ + extra, echo=False\n"
        "#+ + more\n"
    )
    text, label = decode_digest(script.encode(), "bericht.py")
    assert "echo=False" not in text  # (the chunks' options are no words of the text)
    assert not any(line.startswith("'") for line in text.split("\n"))  # (nor the text's own mark)
    extraction = extract_document(text, "bericht.py", markdown=read_as_markdown(label))
    assert extraction.shape == "markdown"
    assert {(reference.title, reference.arxiv_id) for reference in extraction.references} == {
        ("Token Dropping for Efficient Sequence Models", "2106.01234"),
        ("Stochastic Weight Averaging in Low Precision", "1904.11943"),
    }


def test_a_headers_field_listing_papers_keeps_every_id_and_its_own_title_in_another_language_is_none() -> (
    None
):
    # (a writing tool's file: its header of aligned fields, the chapter's own title in Polish, and a notes field
    # whose lines, indented under it, list the papers the chapter cites)
    chapter = (
        "title:              Głębokie sieci: inicjalizacja, głębokość i zapominanie\n"
        "ID:                 12\n"
        "notes:              Źródła do przypisów:\n"
        "                    - Token Dropping for Efficient Sequence Models — https://arxiv.org/abs/2106.01234\n"
        "                    - Stochastic Weight Averaging in Low Precision — https://arxiv.org/pdf/1904.11943v2\n"
        "                    - Adaptive Gradient Clipping for Sharp Minima Escape — arXiv:2101.04567\n"
        "status:             2\n"
        "\n"
        "## Kiedy sygnał znika\n"
        "\n"
        "W połowie lat dwutysięcznych nikt nie trenował sieci o dziesięciu warstwach.\n"
    )
    references = _references(chapter.encode(), "rozdzial.md")
    assert {(title, identifier) for title, identifier, _ in references} == {
        ("Token Dropping for Efficient Sequence Models", "2106.01234"),
        ("Stochastic Weight Averaging in Low Precision", "1904.11943"),
        ("Adaptive Gradient Clipping for Sharp Minima Escape", "2101.04567"),
    }


def test_references_whose_last_author_follows_another_languages_and_give_their_titles() -> None:
    # (a Spanish thesis's references: full names, the last after `y`, a full stop, the title, `En` and the venue;
    # the journal's running footer, its name joined by `y`, is no reference)
    references = (
        "Bibliografía\n"
        "\n"
        "[1] Ana Torres, Luis Pérez y Marta Gil. Token Dropping for Efficient Sequence Models. En Proceedings\n"
        "    of the Annual Meeting of the Association for Computational Linguistics (ACL), 2022.\n"
        "\n"
        "[2] Jorge Ruiz y Elena Castro. Adaptive Gradient Clipping for Sharp Minima Escape. En International\n"
        "    Conference on Learning Representations (ICLR), 2021.\n"
        "\n"
        "Revista de Ciencia y Datos, Vol. 12, No. 4, 2023, pp. 101–118\n"
    )
    assert _titles(references, "memoria.txt") == {
        "Token Dropping for Efficient Sequence Models",
        "Adaptive Gradient Clipping for Sharp Minima Escape",
    }
