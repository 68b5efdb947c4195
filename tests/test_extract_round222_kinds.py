"""Habits of the blind rounds 222 and 223 (and the misses of earlier rounds they led back to), each written here in
a small digest of its own, in other words and languages than the rounds' (the titles, hosts and names are
invented)."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_comment_line_quoting_a_book_after_a_list_of_titles_is_no_title() -> None:
    # (`# Kirja uusille: Name, "Title", luku 12.` under `#   Title` lines: a line that quotes a name is the writer's
    # sentence about it, never one more bare title of the list)
    text = (
        "# Lukupiiri, syksy:\n"
        "#   Sparse Token Routing for Long Context Encoders\n"
        "#   Calibrated Retrieval Heads for Multilingual Question Answering\n"
        "#   Gradient Noise Shaping for Stable Mixed Precision Training\n"
        '# Kirja uusille: Anna K. Virtanen, "Foundations of Statistical Learning", luku 12.\n'
        "git:\n  paging:\n    colorArg: always\n"
    )
    _, titles = decoded_titles(text.encode(), "config.yml")
    assert "Sparse Token Routing for Long Context Encoders" in titles
    assert not any(title and "Foundations of Statistical Learning" in title for title in titles)


def test_a_book_label_of_several_words_before_its_author_and_quoted_name() -> None:
    # (`Libro di riferimento per la parte di sistemi: Name, "Title".`: the label's words may run to its colon)
    text = (
        "Note del seminario.\n\n"
        'Libro di riferimento per la parte di sistemi: Marta Bellini, "Neural Representation Learning for Sparse'
        ' Retrieval Systems".\n'
    )
    _, titles = decoded_titles(text.encode(), "note.txt")
    assert titles == {}


def test_a_file_mapped_to_the_paper_it_comes_from_takes_the_link_below() -> None:
    # (`fig2.pdf   -> Title` over `             https://…`: a list of figures, each file an arrow to the paper
    # it comes from, that paper's link on the line below)
    text = (
        "## Figures and where each comes from:\n"
        "##   fig1_loss.pdf        -> Gradient Noise Shaping\n"
        "##                          https://openreview.net/forum?id=AbCdEfGhIj1\n"
        "##   fig2_int4_outliers.pdf -> Int4 Kernels: 4-bit Matrix Products for Encoders at Scale\n"
        "##                          https://arxiv.org/pdf/2301.00031v2\n"
        "lines.linewidth: 1.2\n"
    )
    _, titles = decoded_titles(text.encode(), "matplotlibrc")
    assert titles == {
        "Gradient Noise Shaping": "AbCdEfGhIj1",
        "Int4 Kernels: 4-bit Matrix Products for Encoders at Scale": "2301.00031",
    }


def test_a_title_with_the_writer_s_note_in_parentheses_in_a_comment_list() -> None:
    # (`#   Title (este es el de robustez, lo pidió Facu)` at a comment list's end: a title among titles, its note in
    # the writer's words)
    text = (
        "# Pendientes (todavía sin grabación, Facu los presenta en noviembre):\n"
        "#   Sparse Token Routing for Long Context Encoders -- arXiv:2301.00031\n"
        "#   Calibrated Retrieval Heads for Multilingual Question Answering\n"
        "#   Gradient Noise Shaping\n"
        "#   Robust Tabular Encoders (este es el de robustez, lo pidió Facu)\n"
        "# Datos para los ejemplos: MS COCO (captions 2017).\n"
    )
    _, titles = decoded_titles(text.encode(), "input.conf")
    assert "Robust Tabular Encoders" in titles


def test_every_name_a_books_label_line_quotes_is_a_book() -> None:
    # (`# Βιβλία: A & B, "…" (κεφ. 3), και C & D, "…".`: the label says books, for each name the line quotes)
    text = (
        "# Για αργότερα:\n"
        "#   Sparse Token Routing for Long Context Encoders -- arXiv:2301.00031\n"
        '# Βιβλία: Papadakis & Moreau, "Convex Methods for Learning" (κεφ. 3), και Hale & Lim,'
        ' "Understanding Stochastic Simulation".\n'
        "display projection Orthographic\n"
    )
    _, titles = decoded_titles(text.encode(), ".vmdrc")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_a_line_s_last_parenthesis_saying_not_a_paper_after_a_few_words() -> None:
    # (`Name-tutorial: Title fra bunden (dokumentation, ikke en artikel)`: two of the writer's words, then the
    # parenthesis saying it is none; a note after a dash may name what the parenthesis speaks of, and stays)
    text = (
        "Uge 3 – Vision\n"
        "Læs artiklen på OpenReview; diskussionen nederst på siden er også værd at læse.\n\n"
        "Sparse Token Routing for Long Context Encoders – https://openreview.net/forum?id=AbCdEfGhIj1\n"
        "Link\n\n"
        "Keras-vejledning: Sparse Token Routing Encoders fra bunden (dokumentation, ikke en artikel)\n"
        "Webside\n\n"
        "- Calibrated Retrieval Heads for Multilingual Question Answering – metoden og Arena-siden bag den"
        " (ranglistens webside, ikke en artikel)\n"
    )
    _, titles = decoded_titles(text.encode(), "kursus.txt")
    assert not any(
        (title and "fra bunden" in title) or title == "Keras-vejledning: Sparse Token Routing Encoders"
        for title in titles
    )
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles


def test_a_gost_entry_of_a_report_without_a_venue_is_cut_at_its_authors() -> None:
    # (`Surname, I. Title / I. Surname, I. Surname. – Place : Publisher, 2014. – 26 p.`: no `//` venue, the
    # authors' area ends at `. – `)
    text = (
        "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ\n\n"
        "1. Petrov, A. Sparse Token Routing for Long Context Encoders / A. Petrov, B. Ivanova, C. Smirnov. – Moscow :"
        " Example Lab, 2021. – 31 p. – Текст : непосредственный.\n"
    )
    _, titles = decoded_titles(text.encode(), "vkr.txt")
    assert "Sparse Token Routing for Long Context Encoders" in titles


def test_a_sentence_case_title_cited_by_its_authors_inside_another_language_s_sentence() -> None:
    # (`…, e Title in sentence case (Surname et al., Venue, 2021), lido com …`: the nearest start of a research
    # title before the citation; not the writer's own words of another language, `baseline CNN yang … (X dkk.,
    # 1998)`)
    text = (
        "Fechamos com dois artigos: o primeiro já discutido na semana passada, e Highly accurate protein structure"
        " prediction with ProtoFold (Okafor et al., Nature, 2021), lido com o pessoal da Biologia.\n\n"
        "Akurasi lebih tinggi 6,2 poin dibandingkan baseline CNN yang diturunkan dari LeNet (Moreau dkk., 1998).\n"
    )
    _, titles = decoded_titles(text.encode(), "post.txt")
    assert "Highly accurate protein structure prediction with ProtoFold" in titles
    assert "CNN yang diturunkan dari LeNet" not in titles


def test_two_to_four_titles_indented_under_a_comment_s_lead_are_papers() -> None:
    # (`# Falten (la Marta els vol):` / `#   Title` / `#   Title`: a comment of the writer's ending at a colon, then
    # a short list indented past the same mark, research titles alone, most in Title Case, one maybe in sentence
    # case)
    text = (
        "# Grace project file\n"
        "# Falten (la Marta els vol com a punts aïllats):\n"
        "#   Sparse token routing for long context encoders\n"
        "#   Calibrated Retrieval Heads for Multilingual Question Answering\n"
        "#   Gradient Noise Shaping for Stable Mixed Precision Training\n"
        "@version 50125\n"
        "@page size 792, 612\n"
    )
    _, titles = decoded_titles(text.encode(), "plot.agr")
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles
    assert "Gradient Noise Shaping for Stable Mixed Precision Training" in titles


def test_a_comment_s_indented_lines_of_settings_are_no_titles() -> None:
    # (the same shape holding the writer's instructions, not titles: nothing read)
    text = (
        "# Build notes:\n"
        "#   Run make clean before every release build\n"
        "#   Keep the cache directory on the local disk\n"
        "@version 50125\n"
    )
    _, titles = decoded_titles(text.encode(), "plot.agr")
    assert titles == {}


def test_a_book_labelled_in_lithuanian_or_ukrainian_before_its_authors_is_no_paper() -> None:
    # (`;; Knyga: A, B & C (red.), "…"`, `// Книжка для новеньких: Name, "…"`: a book, by its label)
    text = (
        ";; Skaitymo grupė:\n"
        ";;   Sparse Token Routing for Long Context Encoders (arXiv:2301.00031)\n"
        ';; Knyga: Petraitis, Moreau & Hale (red.), "Automated Representation Learning: Methods and Systems"'
        " (Springer).\n"
        '// Книжка для новеньких: Olena Kovalenko, "Practical Deep Reinforcement Learning Systems" (Manning).\n'
    )
    _, titles = decoded_titles(text.encode(), "config.kbd")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_a_file_s_header_sentence_and_a_date_s_end_are_no_titles() -> None:
    # (`This file uses Name Notation (NN).`: the file's own header; `1. srečanje (21. 11., predstavi Žiga):`: a
    # date's end and a name cut from a parenthesis)
    text = (
        "# This file uses Structured Snippet Notation for Editors (SSNE).\n"
        "bind esc fullScreen windowMode\n\n"
        '#----- bralni krožek "Jezikovni modeli", zimski semester ------\n'
        "# alt-1 odpre članek za naslednje srečanje.\n"
        "# 1. srečanje (21. 11., predstavi Žiga):\n"
        "#    Sparse Token Routing for Long Context Encoders\n"
        "bind alt-1 any run(xdg-open https://openreview.net/forum?id=AbCdEfGhIj1)\n"
        "# 2. srečanje (28. 11.):\n"
        "#    Calibrated Retrieval Heads for Multilingual Question Answering\n"
        "bind alt-2 any run(xdg-open https://arxiv.org/abs/2302.00045)\n"
    )
    _, titles = decoded_titles(text.encode(), ".xpdfrc")
    assert not any(title and title.startswith(("11", "This file")) for title in titles)


def test_textile_headings_with_attributes_are_headings_and_in_page_links_their_text() -> None:
    # (`h2(#vision). Vision` is a heading; a table of contents `# "Not papers":#noy` is a numbered list of in-page
    # links, not a heading that would make every item below it no paper)
    text = (
        "h1. Awesome Representation Learning\n\n"
        "p(note). Where there is no link, search the title.\n\n"
        "h2(#toc). Contents\n\n"
        '# "Vision":#vision\n'
        '# "Not papers":#not\n\n'
        "h2(#vision). Vision\n\n"
        '* "Sparse Token Routing for Long Context Encoders":https://arxiv.org/abs/2301.00031 — Reyes et al., 2023.\n'
        "* Calibrated Retrieval Heads for Multilingual Question Answering — Okafor & Lim, ACL 2021. Our first one.\n\n"
        "h2(#not). Not papers\n\n"
        '* "ExampleLib":https://github.com/example/lib — a library (software).\n\n'
        "|_. Session |_. Date |\n"
        "| Routing | 16 April |\n"
    )
    _, titles = decoded_titles(text.encode(), "README.textile")
    assert titles.get("Sparse Token Routing for Long Context Encoders") == "2301.00031"
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles


def test_a_reading_list_s_type_line_above_a_title_says_its_kind() -> None:
    # (Leganto's copied list: `Video` / `Title – part 1` / `Forfatter: …`, `Artikkel` / `Title` / `Forfatter: …`)
    text = (
        "Hopp til hovedinnhold\nLeganto\nMine lister\nLogg ut\n\n"
        "DTV1000 Dyp læring (V26)\nPensumliste · Vår 2026\n4 elementer\n\n"
        "Grunnlaget\nUke 2–4\n3 elementer\n"
        "Vi begynner med de klassiske artiklene; søk på tittelen.\n\n"
        "Artikkel\n"
        "Sparse Token Routing for Long Context Encoders\n"
        "Forfatter: Reyes, Ana; Moreau, Paul\n"
        "Neural Computation · 2021 · 9 (8) · s. 1735–1780\n"
        "Obligatorisk\n"
        "Les innen: 09.01.2026\n\n"
        "Video\n"
        "Deep Networks: From Scratch to Hero – del 1 (autograd)\n"
        "Forfatter: Hale, Jonas\n"
        "YouTube · 2022 · 2 t 25 min\n"
        "Tilleggslitteratur\n\n"
        "Nettside\n"
        "NSC – Norwegian Speech Corpus (datasett)\n"
        "Forfatter: Nasjonalbiblioteket\n"
        "huggingface.co · 2022\n"
        "Tilleggslitteratur\n"
    )
    _, titles = decoded_titles(text.encode(), "leseliste.txt")
    assert "Sparse Token Routing for Long Context Encoders" in titles
    assert not any(title and ("Scratch" in title or "Speech Corpus" in title) for title in titles)


def test_a_book_s_edition_in_dutch_after_its_name_says_a_book() -> None:
    # (`het boek van Name, Title (2de editie, gratis pdf)`: an edition, so a book)
    text = (
        "Geen papers, maar wel handig: het boek van Moreau, Visual Recognition: Algorithms and Applications (2de"
        " editie, gratis pdf), Detectron2 en YOLOv8 van Ultralytics als software, en de COCO-dataset. Die hoef je"
        " niet te presenteren.\n"
    )
    _, titles = decoded_titles(text.encode(), "forum.txt")
    assert titles == {}
