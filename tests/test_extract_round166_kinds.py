"""Habits the blind rounds 166 and 167 brought, and misses of earlier rounds read again (tests/data/digests-round161
and -round163), each written here in a small digest of its own, in other words and languages than the rounds' (the
titles are invented)."""

from __future__ import annotations

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _titles(text: str, name: str) -> set[str]:
    decoded, label = decode_digest(text.encode(), name)
    extraction = extract_document(decoded, name, html=label.startswith("html/"))
    return {reference.title for reference in extraction.references if reference.title}


def test_a_sentence_case_title_given_with_its_venue_and_year_in_parentheses_is_a_paper() -> None:
    # (an outline's node: a title in sentence case on a line of its own, where and when it appeared after it, maybe
    # beside its short name; a line in the writer's language with a venue is no title)
    outline = (
        "Capitolo 3 - Metodi\n"
        "Sparse mixtures of routing experts for dense prediction (ECCV 2018)\n"
        "  - da rileggere la sezione 3.2 sul bilanciamento del carico.\n"
        "Learning calibrated token budgets for long inputs (SCB, ICML 2022)\n"
        "Aggregazione sulla sequenza, decoder per compiti sui token (NeurIPS 2020)\n"
    )
    titles = _titles(outline, "capitolo3.txt")
    assert "Sparse mixtures of routing experts for dense prediction" in titles
    assert "Learning calibrated token budgets for long inputs" in titles
    assert not any("Aggregazione" in title for title in titles)


def test_a_title_case_title_then_a_dash_and_a_short_note_in_the_paragraphs_language_is_a_paper() -> None:
    # (a time sheet's notes, its times left out: a research title in Title Case on a line of its own, a dash, and a
    # note of a few words in the language the lines around it are written in)
    sheet = (
        "Lesezeit der Woche\n"
        "Post beantwortet und Aufgaben für die Gruppe durchgesehen, danach kurz mit den Betreuern gesprochen\n"
        "Hierarchical Memory Routers: The Long-Context Transformer – lokale Fenster, für Kapitel 3\n"
        "Graph Quality in Sublinear Time – Gated Units, Vergleich mit der Basislinie\n"
        "Verglichen mit Sparse Kernel Attention for Long Inputs – Notiz für später\n"
        "Artikel über die Varianten kurz gelesen, morgen noch einmal lesen und die Tabellen vergleichen\n"
    )
    titles = _titles(sheet, "stunden.txt")
    assert "Hierarchical Memory Routers: The Long-Context Transformer" in titles
    assert "Graph Quality in Sublinear Time" in titles
    # (not a sentence of the writer's language that opens the line)
    assert not any(title.startswith("Verglichen") for title in titles)


def test_three_bare_title_case_titles_one_under_another_are_papers() -> None:
    # (a console printing a table's title column, one a line, under the command that printed it: each a research
    # title in Title Case alone on its line; a printed list of fields of study, or of rows' numbers and titles, is
    # not read so)
    session = (
        "> seleziona(letture, stato == 'da leggere')$titolo\n"
        "Attention Sinks Are All You Need\n"
        "A Survey of Sparse Language Models\n"
        "LoKA: Low-Rank Kernel Adaptation\n"
        "\n"
        "> aree\n"
        "Engineering & Computer Science (AREA)\n"
        "Physics & Mathematics (AREA)\n"
        "Theoretical Computer Science (AREA)\n"
        "\n"
        "> paste(priorita, titolo)\n"
        "1 Sparse Routing for Mixture Models\n"
        "1 Gradient Noise in Federated Optimisers\n"
        "2 Calibrated Ensembles for Speech Recognition\n"
        "2 Tiered Caching for Retrieval Decoders\n"
    )
    titles = _titles(session, "sessione.txt")
    # (and indented under a line of their own, a calendar's entry: `<tab>candidates:` / `<tab>Title`)
    calendar = (
        "May 2\t(čt) 15:00 seminář, učebna B2: téma podle hlasování\n"
        "\tnávrhy:\n"
        "\tSelf-Supervised Graph Auto-Encoders\n"
        "\tFew-Shot Motion Transfer by Personalized Geometry\n"
        "\t4D Gaussian Fields for Real-Time Scene Rendering\n"
    )
    assert {
        "Self-Supervised Graph Auto-Encoders",
        "Few-Shot Motion Transfer by Personalized Geometry",
        "4D Gaussian Fields for Real-Time Scene Rendering",
    } <= _titles(calendar, "calendar")
    assert {
        "Attention Sinks Are All You Need",
        "A Survey of Sparse Language Models",
        "LoKA: Low-Rank Kernel Adaptation",
    } <= titles
    assert not any("(AREA)" in title or "Science" in title or title[0].isdigit() for title in titles)


def test_a_title_opening_its_line_before_a_sentence_in_another_language_is_a_paper() -> None:
    # (a note's lines, each opening on a research title in Title Case, then the writer's sentence on it in their
    # language; a course's name before its label's colon, or a title's part before English words, is no title)
    notes = (
        "Lecturas pendientes\n"
        "\n"
        "Sparse Routing Networks for Multilingual Speech Recognition propone un enrutador que aprende qué experto"
        " usar en cada idioma, con resultados muy buenos en lenguas pequeñas.\n"
        "- Calibrated Ensembles for Streaming Language Models: fuera de tema, pero el código de su evaluación nos"
        " sirve para las demos del viernes.\n"
        "ABC123 Deep Learning: grabaciones de las clases del curso, 2023\n"
        "Gradient Noise Shaping for Federated Optimisers and a note written in English after it.\n"
        "Sparse Neural Operator Networks for Parametric Partial Differential Equations — una nota sobre el artículo"
        " que leímos ayer en el grupo.\n"
    )
    titles = _titles(notes, "lecturas.md")
    assert "Sparse Routing Networks for Multilingual Speech Recognition" in titles
    assert "Calibrated Ensembles for Streaming Language Models" in titles
    assert not any("ABC123" in title or title == "Gradient Noise Shaping" for title in titles)
    assert "Sparse Neural Operator Networks" not in titles


def test_a_bulleted_title_then_a_colon_spaced_as_french_writes_it_and_a_note_is_a_paper() -> None:
    # (a notebook's bullets: a research title in Title Case, ` : ` and the writer's note in French; a bullet in the
    # writer's language is none)
    notes = (
        "## Pour plus tard\n"
        "\n"
        "- Rethinking Token Pruning and Self-distillation : l'élagage peut battre la distillation quand le"
        " domaine change.\n"
        "- Séminaire du jeudi et dépôt de code du labo pour les essais.\n"
    )
    titles = _titles(notes, "carnet.txt")
    assert "Rethinking Token Pruning and Self-distillation" in titles
    assert not any(title.startswith("Séminaire") for title in titles)


def test_a_title_after_a_lead_in_another_language_and_its_colon_is_a_paper() -> None:
    # (a talk's notes: the writer's lead in their language, a colon, then the title in Title Case and a note; a
    # label before people's names, or a name's own colon after the writer's word, is read otherwise)
    notes = (
        "Aantekeningen bij de dia's\n"
        "\n"
        "Omweg voor Pieter (grafen): Sparse Query Routing with Neural Link Experts — redeneren zonder taalmodel.\n"
        "Háttérként: Which Details Matter In Offline Policy Learning? A Controlled Empirical Study – érdemes"
        " elolvasni.\n"
        "Júri: Ana Maria Sousa Lopes, Inês Carvalho Dias\n"
        "Também Orbit: A Scalable Planner for Embodied Language Agents, o de Minecraft.\n"
    )
    titles = _titles(notes, "notas.txt")
    assert "Sparse Query Routing with Neural Link Experts" in titles
    assert "Which Details Matter In Offline Policy Learning? A Controlled Empirical Study" in titles
    assert "Which Details Matter In Offline Policy Learning?" not in titles
    assert not any("Lopes" in title for title in titles)
    assert "A Scalable Planner for Embodied Language Agents" not in titles


def test_a_bookmark_files_folders_headed_inside_list_items_keep_every_link_its_own() -> None:
    # (a browser's hotlist saved as HTML: each folder an item holding a heading and a list of links; every link
    # below a folder's heading is an item of its own, not a sub-item of the folder's first link)
    page = (
        "<html><head><title>Hotlist</title></head><body><ul>"
        "<li><h4>Lukulista</h4><ul>"
        '<li><a href="https://arxiv.org/abs/2101.01234">[2101.01234] Sparse Routing for Mixture Models</a></li>'
        '<li><a href="https://arxiv.org/pdf/2102.02345v1">Gradient Noise in Federated Optimisers (PDF, v1)</a></li>'
        '<li><a href="https://arxiv.org/abs/2103.03456">[2103.03456] Calibrated Ensembles for Speech</a></li>'
        '<li><a href="https://example.org/tools">Työkalut – Intra</a></li>'
        "</ul></li></ul></body></html>"
    )
    decoded, label = decode_digest(page.encode(), "hotlist.html")
    extraction = extract_document(decoded, "hotlist.html", html=label.startswith("html/"))
    assert {reference.arxiv_id for reference in extraction.references} == {
        "2101.01234",
        "2102.02345",
        "2103.03456",
    }


def test_sub_items_each_linking_a_paper_are_papers_of_their_own() -> None:
    # (a reading plan whose weeks hold their readings as linked sub-items, and a link nested under another link:
    # every id is read, none taken for its parent's second link)
    plan = (
        "# Plan\n"
        "\n"
        "- Semana 4\n"
        "    - [Sparse Routing for Mixture Models (PDF, v1)](https://arxiv.org/pdf/2101.01234v1)\n"
        "    - [(2102.02345) Gradient Noise in Federated Optimisers](https://arxiv.org/abs/2102.02345)\n"
        "- [(2103.03456) Calibrated Ensembles for Speech Recognition](https://arxiv.org/abs/2103.03456)\n"
        "    - [Tiered Caching for Retrieval Decoders](https://arxiv.org/abs/2104.04567)\n"
        "- [Contrastive Pretraining of Tabular Encoders](https://arxiv.org/abs/2105.05678)\n"
        "    - [PDF](https://arxiv.org/pdf/2105.05678v2)\n"
    )
    decoded, label = decode_digest(plan.encode(), "plan.md")
    extraction = extract_document(decoded, "plan.md", html=label.startswith("html/"))
    ids = [reference.arxiv_id for reference in extraction.references]
    assert sorted(ids) == ["2101.01234", "2102.02345", "2103.03456", "2104.04567", "2105.05678"]


def test_a_ris_records_corr_volume_gives_its_arxiv_id() -> None:
    # (dblp's arXiv preprints exported as RIS: the journal CoRR, the volume `abs/` and the id)
    ris = (
        "TY  - JOUR\nAU  - Doe, Jane\nTI  - Sparse Routing for Mixture Models\nJO  - CoRR\nVL  - abs/2101.01234\n"
        "PY  - 2021\nER  - \n\n"
        "TY  - JOUR\nTI  - Gradient Noise in Federated Optimisers\nJO  - Neural Computation\nVL  - 31\nPY  - 2019\n"
        "ER  - \n"
    )
    decoded, label = decode_digest(ris.encode(), "export.ris")
    extraction = extract_document(decoded, "export.ris", html=label.startswith("html/"))
    ids = {reference.title: reference.arxiv_id for reference in extraction.references}
    assert ids == {
        "Sparse Routing for Mixture Models": "2101.01234",
        "Gradient Noise in Federated Optimisers": None,
    }


def test_the_cells_under_a_padded_tables_title_header_are_titles() -> None:
    # (a CSV tool's pretty print in a shell session: columns padded with spaces under a header naming the title
    # column in the writer's language; a cell cut to its column's width, or a prompt below, is no row's title)
    session = (
        "ana@portatil:~/tese$ csvtk cut -f chave,titulo,ano artigos.csv | csvtk pretty\n"
        "chave        titulo                                                ano\n"
        "doe21        Sparse Routing for Mixture Models                     2021\n"
        "roe19        Gradient Noise in Federated Optimisers                2019\n"
        "poe22        Calibrated Ensembles for Streaming Speech Recogni…    2022\n"
        "ana@portatil:~/tese$ csvtk cut -f titulo,estado artigos.csv\n"
        f"{'titulo':<110}estado\n"
        f"{'Contrastive Pretraining of Tabular Encoders':<110}lido\n"
        "ana@portatil:~/tese$ csvtk filter2 -f '$estado==\"lido\"' artigos.csv | csvtk cut -f titulo,nota\n"
        "titulo,nota\n"
        "Contrastive Pretraining of Tabular Encoders,ponto de partida do capítulo 3; rever as tabelas\n"
    )
    titles = _titles(session, "sessao.txt")
    assert {"Sparse Routing for Mixture Models", "Gradient Noise in Federated Optimisers"} <= titles
    assert "Contrastive Pretraining of Tabular Encoders" in titles
    assert not any(title.startswith(("Calibrated", "ana@")) or "capítulo" in title for title in titles)


def test_a_catalogues_records_authors_title_and_where_it_appeared_line_by_line() -> None:
    # (a course's reading list from a library catalogue: the authors' line, the title, where it appeared with its
    # pages in the page's language or a journal's volume and year, maybe its link below; a book's imprint is none)
    reading_list = (
        "Artiklar\n"
        "\n"
        "Lind, Anna; Berg, Johan\n"
        "Sparse routing of experts in recurrent networks\n"
        "Neural Networks 12:4 (2003), s. 88–97.\n"
        "\n"
        "Holm, Erik m.fl.\n"
        "Calibrated Ensembles for Streaming Speech\n"
        "EMNLP 2019, s. 210–221.\n"
        "\n"
        "Ek, Maja m.fl.\n"
        "Gradient Noise in Federated Optimisers\n"
        "NeurIPS 2014.\n"
        "https://arxiv.org/abs/1406.2345\n"
        "\n"
        "Holm, Erik\n"
        "Maskininlärning i praktiken\n"
        "Oxford, England: The Clarendon Press : [2019]\n"
    )
    decoded, label = decode_digest(reading_list.encode(), "kurs.txt")
    extraction = extract_document(decoded, "kurs.txt", html=label.startswith("html/"))
    found = {(reference.title, reference.arxiv_id) for reference in extraction.references}
    assert found == {
        ("Sparse routing of experts in recurrent networks", None),
        ("Calibrated Ensembles for Streaming Speech", None),
        ("Gradient Noise in Federated Optimisers", "1406.2345"),
    }


def test_a_trackers_column_of_keys_is_no_column_of_titles() -> None:
    # (a roadmap tool's CSV: its features' keys, names in the team's language and descriptions citing the papers;
    # the keys are no titles, the descriptions give them)
    sheet = (
        "Item reference #,Item name,Item status,Item description\n"
        'KEY-41,Línea base con rutas dispersas,Shipped,"Fuente principal: Sparse Routing for Mixture Models\n'
        'https://arxiv.org/abs/2101.01234\n\nRango 8 en todas las capas del modelo."\n'
        'KEY-42,Cuantización del modelo para el servidor,In progress,"Artículo: Gradient Noise in Federated Optimisers\n'
        'https://arxiv.org/abs/2102.02345\n\nCuatro bits con doble cuantización; medir la memoria en la A100."\n'
        "KEY-43,Evaluación interna del trimestre,Not started,Comparar con la línea base del trimestre pasado en las"
        " tres tareas del equipo y repetir las métricas.\n"
    )
    decoded, label = decode_digest(sheet.encode(), "roadmap.csv")
    extraction = extract_document(decoded, "roadmap.csv", html=label.startswith("html/"))
    found = {(reference.arxiv_id, reference.title) for reference in extraction.references}
    assert found == {
        ("2101.01234", "Sparse Routing for Mixture Models"),
        ("2102.02345", "Gradient Noise in Federated Optimisers"),
    }


def test_titles_listed_in_a_configurations_comment_one_a_line_are_papers() -> None:
    # (a config file's header comment: the experiments still to do, each a research title alone after the comment's
    # mark, under a line in the writer's language; none joined to the next as if wrapped)
    config = (
        "# sparse_runs.gin — konfiguracja dla długich sekwencji (wspólne repozytorium całej pracowni)\n"
        "#\n"
        "# Zadania ustawione jak w ListOps: długość sekwencji 2000, słownik 18, klas 10, dane są już\n"
        "# zarejestrowane w TFDS przez nasz moduł; porównamy warianty przy tej samej głębokości sieci\n"
        "#\n"
        "# Jeszcze niezaimplementowane (odpowiada za nie Tomek, zaczynamy po kwietniu, jak co roku):\n"
        "#   Hierarchical Token Routing: Fast and Memory-Efficient Sparse Attention with IO-Awareness\n"
        "#   Generating Long Sequences with Sparse Routers\n"
        "#   Routing Quality in Linear Time\n"
        "\n"
        "import flax.linen\n"
        "d_model = 256\n"
    )

    titles = _titles(config, "sparse_runs.gin")
    assert {
        "Hierarchical Token Routing: Fast and Memory-Efficient Sparse Attention with IO-Awareness",
        "Generating Long Sequences with Sparse Routers",
        "Routing Quality in Linear Time",
    } <= titles


def test_a_sources_label_in_another_language_before_a_title_cites_it() -> None:
    # (a documented module's comment: `Source:` in the writer's language, then the paper's title, its authors and
    # venue)
    module = (
        "Inicjalizacja wag, wariant prosty.\n"
        "Wagi losowane z rozkładu normalnego; obciążenia zerowe we wszystkich warstwach.\n"
        "Źródło: Sparse Routing Networks with Deep Convolutional Experts, Nowak i in., NIPS 2012.\n"
        "@param siec nn.Sequential\n"
    )
    assert "Sparse Routing Networks with Deep Convolutional Experts" in _titles(module, "trening.txt")


def test_a_headings_hidden_comment_says_nothing_of_its_section() -> None:
    # (a note tool's outline: each heading carries its metadata in an HTML comment, its tags `teza` (a thesis), no word
    # of the heading's; the section's bulleted titles are read)
    outline = (
        "# Cercetare <!-- Metadata: type: Outline; tags: teza,nlp; created: 2024-02-26 11:05:09; -->\n"
        "\n"
        "## Lecturi <!-- Metadata: type: Note; created: 2024-02-26 11:12:44; reads: 7; revision: 3; -->\n"
        "\n"
        "- Improving Sparse Pre-training via a Fully-Explored Masked Routing Model – sugerat de colegi la seminar,"
        " EMNLP\n"
        "- Attention is Not Only a Router: Analyzing Experts with Vector Norms – EMNLP 2020, pentru capitolul al treilea"
        " din teză\n"
    )
    titles = _titles(outline, "outline.md")
    assert {
        "Improving Sparse Pre-training via a Fully-Explored Masked Routing Model",
        "Attention is Not Only a Router: Analyzing Experts with Vector Norms",
    } <= titles


def test_ids_in_a_markdown_code_block_are_read_with_their_titles() -> None:
    # (a notebook's cell holding its reading list as data: every id is read, with the title beside it)
    notebook = (
        "# Koszt uwagi\n"
        "\n"
        "```typescript\n"
        "export const papers = [\n"
        "  { tytul: 'Sparse Routing for Mixture Models', url: 'https://arxiv.org/abs/2101.01234', opis: 'pełna' },\n"
        "  { tytul: 'Generating Long Sequences with Sparse Routers', url: 'https://arxiv.org/abs/2102.02345' },\n"
        "];\n"
        "```\n"
    )
    decoded, label = decode_digest(notebook.encode(), "notatnik.src.md")
    extraction = extract_document(decoded, "notatnik.src.md", html=label.startswith("html/"))
    found = {(reference.arxiv_id, reference.title) for reference in extraction.references}
    assert found == {
        ("2101.01234", "Sparse Routing for Mixture Models"),
        ("2102.02345", "Generating Long Sequences with Sparse Routers"),
    }


def test_a_title_and_an_id_apart_by_the_writers_words_stay_two_papers() -> None:
    # (a sentence naming one paper by its title and another by its short name and link: the title is not the link's)
    post = (
        "Kilka lektur na weekend\n"
        "\n"
        "Polecam 《Calibrated Ensembles for Streaming Speech》（CES）oraz SRM（https://arxiv.org/abs/2101.01234）.\n"
    )
    decoded, label = decode_digest(post.encode(), "wpis.txt")
    extraction = extract_document(decoded, "wpis.txt", html=label.startswith("html/"))
    titled = {reference.title: reference.arxiv_id for reference in extraction.references if reference.title}
    assert titled.get("Calibrated Ensembles for Streaming Speech") is None


def test_a_web_components_single_file_is_read_as_its_source() -> None:
    # (a Vue component holding a reading group's schedule in its script: read as text, not as a page whose script
    # is left out)
    component = (
        "<script setup>\n"
        "import { ref } from 'vue'\n"
        "const sessions = ref([\n"
        "  { date: '2025-01-09', title: 'Sparse Routing for Mixture Models', url: 'https://arxiv.org/abs/2101.01234' },\n"
        "  { date: '2025-01-16', title: 'Gradient Noise in Federated Optimisers', url: '', arxiv: '2102.02345' },\n"
        "])\n"
        "</script>\n"
        "\n"
        "<template>\n"
        "  <h2>論文紹介の会</h2>\n"
        '  <ul><li v-for="s in sessions" :key="s.date">{{ s.title }}</li></ul>\n'
        "  <p>資料は共有フォルダへ。</p>\n"
        "</template>\n"
    )
    decoded, label = decode_digest(component.encode(), "Rindoku.vue")
    extraction = extract_document(decoded, "Rindoku.vue", html=label.startswith("html/"))
    assert {reference.arxiv_id for reference in extraction.references} == {"2101.01234", "2102.02345"}


def test_a_jsmind_maps_nodes_are_read_as_an_outline() -> None:
    # (a jsMind map saved as its node tree: each node's topic an item under its branch's heading, so that a paper's
    # link or id is its node's, and a title with its venue below it a paper)
    import json

    tree = {
        "meta": {"name": "mapa", "author": "ana@example.org", "version": "0.4.6"},
        "format": "node_tree",
        "data": {
            "id": "root",
            "topic": "Mapa de lecturas",
            "children": [
                {
                    "id": "a",
                    "topic": "Agentes",
                    "children": [
                        {
                            "id": "a1",
                            "topic": "Sparse Routing for Mixture Models",
                            "children": [{"id": "a1l", "topic": "https://arxiv.org/abs/2101.01234"}],
                        },
                        {
                            "id": "a2",
                            "topic": "Gradient Noise in Federated Optimisers",
                            "children": [{"id": "a2n", "topic": "arXiv:2102.02345"}],
                        },
                        {
                            "id": "a3",
                            "topic": "Calibrated Ensembles for Streaming Speech Recognition",
                            "children": [{"id": "a3v", "topic": "ICLR 2021, capítulo 3"}],
                        },
                    ],
                }
            ],
        },
    }
    decoded, label = decode_digest(json.dumps(tree, ensure_ascii=False).encode(), "mapa.jm")
    extraction = extract_document(decoded, "mapa.jm", html=label.startswith("html/"))
    found = {(reference.arxiv_id, reference.title) for reference in extraction.references}
    assert found == {
        ("2101.01234", "Sparse Routing for Mixture Models"),
        ("2102.02345", "Gradient Noise in Federated Optimisers"),
        (None, "Calibrated Ensembles for Streaming Speech Recognition"),
    }
