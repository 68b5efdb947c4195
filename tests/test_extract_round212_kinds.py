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


def test_a_tracker_row_named_by_its_session_is_read_for_the_papers_its_description_names() -> None:
    # (`Sesja 4 : wyniki i skróty` as a task's subject: a session's number and topic, no title; what the session
    # reads is named in the description's sentences, which were dropped with the row's name)
    text = (
        "#;Projekt;Temat;Autor;Opis\n"
        '311;Seminarium;Czytać Sparse Token Routing for Long Context Encoders;Ola;"Link: https://arxiv.org/abs/'
        '2301.00031 -- na początek."\n'
        '312;Seminarium;Sesja 4 : wyniki i skróty;Jan;"Jan omawia Gradient Noise Shaping for Stable Mixed '
        "Precision Training ; przeczytamy to jeszcze raz.\n"
        'Ola dodaje Calibrated Retrieval Heads for Multilingual Question Answering (Nowak et al.), zwłaszcza część o maskach."\n'
        '313;Seminarium;Czytać Hierarchical Memory Slots for Streaming Speech Recognition;Ola;"Notatki w repo."\n'
    )
    _, titles = decoded_titles(text.encode(), "zadania.csv")
    assert titles.get("Sparse Token Routing for Long Context Encoders") == "2301.00031"
    assert "Hierarchical Memory Slots for Streaming Speech Recognition" in titles  # (`Czytać Title`: read it)
    assert "Gradient Noise Shaping for Stable Mixed Precision Training" in titles
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles
    assert not any(title and title.startswith("Sesja 4") for title in titles)


def test_a_title_after_a_french_spaced_colon_inside_a_parenthesis_is_read() -> None:
    # (`Name (le titre complet : Title), Venue 2022`: French sets its colon apart from the word before it, and the
    # title ends at the parenthesis it stands in)
    text = (
        "Notes de séance.\n\n"
        "Marc propose Learn to Forget (le titre complet : Learn to Forget: Robust Object Discovery under Label Noise), "
        "WACV 2023.\nNos images de vitraux ont justement des étiquettes bruitées.\n"
    )
    _, titles = decoded_titles(text.encode(), "seance.txt")
    assert "Learn to Forget: Robust Object Discovery under Label Noise" in titles


def test_a_three_word_title_in_parentheses_after_a_name_called_a_paper_is_read() -> None:
    # (`the RAVEN paper (Contrastive Entity Retrieval)`: a short name, called a paper, then its title in Title Case,
    # three research words, weakly; a name with a three-word parenthesis not called a paper stays no title)
    text = (
        "Comments\n\n"
        "For our news archive we tried the RAVEN paper (Contrastive Entity Retrieval) and it worked well.\n"
        "We also tried RAVEN (Python Package Index) but the install failed.\n"
    )
    _, titles = decoded_titles(text.encode(), "comments.txt")
    assert "Contrastive Entity Retrieval" in titles
    assert "Python Package Index" not in titles


_COURSE_PAGE = (
    "Skip to content\n"
    "KURZY\n\n"
    "NLP-5120 Hluboké učení: skupina B\n"
    "Univerzita Palackého · Katedra informatiky\n\n"
    "Materiály\n\n"
    "Soubor: Četba týden 2\n"
    "Novák a kol. (2019) — Sparse Token Routing for Long Context Encoders. Jen kapitoly II a III.\n\n"
    "Odkaz: Hierarchical Memory Slots for Streaming Speech Recognition\n"
    "https://arxiv.org/abs/2301.00032v2\n\n"
    "Soubor: Poznámky\n"
    "Vysvětleno v Calibrated Retrieval Heads for Multilingual Question Answering (Dvořák & Malý, ICLR 2022, "
    "arXiv:2302.00045). Porovnejte.\n"
)


def test_a_course_pages_materials_are_read_by_their_titles_not_their_labels() -> None:
    # (a learning platform's course page copied as text: each material named by its kind, `Odkaz:` (a link) or
    # `Soubor:` (a file), then its own name; a link's title is its name without the kind; a file named for the week
    # over a reading's citation is no paper, and the citation's title ends at its sentence; a title cited in a
    # parenthesis with its authors and the id is the words before that parenthesis; the course's name over its
    # university and department is no paper with its authors)
    _, titles = decoded_titles(_COURSE_PAGE.encode(), "kurz.txt")
    assert titles == {
        "Sparse Token Routing for Long Context Encoders": None,
        "Hierarchical Memory Slots for Streaming Speech Recognition": "2301.00032",
        "Calibrated Retrieval Heads for Multilingual Question Answering": "2302.00045",
    }


def test_names_the_writer_calls_a_book_or_not_a_paper_are_no_papers() -> None:
    # (`«Title» (online book by Name et al.)`: its kind, then who wrote it; `«Title» — a meetup talk by a friend, not
    # a paper.`: the writer says so after a dash; `Name's knyga “Title”`: a book, named so in Lithuanian before it)
    text = (
        "Links this week\n\n"
        "• «Differentiable Ocean Simulation for Climate Models» (online book by Berg et al.)\n"
        "- «Sparse Attention Is Not What You Need for Graphs» — a meetup talk by a friend, not a paper.\n"
        "Ne straipsniai, bet naudinga: Jono Petraičio knyga “Build a Retrieval Engine for Lithuanian (From Scratch)”.\n"
        "- «Calibrated Retrieval Heads for Multilingual Question Answering» — the paper we discuss on Friday.\n"
    )
    _, titles = decoded_titles(text.encode(), "links.txt")
    assert set(titles) == {"Calibrated Retrieval Heads for Multilingual Question Answering"}


def test_a_run_cut_inside_a_sentence_case_subtitle_is_no_title() -> None:
    # (`Pradėsime nuo Name: Title Words: Subtitle and extrapolating …`: a run of capitals cut short after its last
    # colon, the subtitle going on in lower case; the cut run was read as a title)
    text = (
        "Sveiki visi,\n\n"
        "kovo mėnesio tema – efektyvus derinimas, o balandį pereisime prie vertinimo.\n\n"
        "1. Pagrindai\n"
        "- Sparse Token Routing for Long Context Encoders: https://arxiv.org/abs/2301.00031\n"
        "- Calibrated Retrieval Heads for Multilingual Question Answering - https://arxiv.org/pdf/2302.00045v2\n\n"
        "2. Vertinimas (balandis)\n"
        "Pradėsime nuo EVAL-kit: Scaling the Evaluation Benchmark: Quantifying and extrapolating the skills of "
        "language models. Po to Donatas siūlo Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena, nes planuojame "
        "naudoti LLM kaip teisėją savo lietuviškam klausimų rinkiniui.\n"
    )
    _, titles = decoded_titles(text.encode(), "planas.txt")
    assert "Sparse Token Routing for Long Context Encoders" in titles
    assert not any(title and title.endswith("Quantifying") for title in titles)


def test_a_sheet_rows_comment_listing_papers_under_a_plural_lead_is_read() -> None:
    # (an Icelandic sheet: its comments column `Athugasemdir`, a row named by a section whose comment says `Tvær
    # greinar:` (two papers) over a numbered list of titles; the column and the plural were in no language known)
    text = (
        "Verkefni,Tegund,Ábyrgð,Hlekkur,Athugasemdir\n"
        "Sparse Token Routing for Long Context Encoders,Grein,Sigrún,https://arxiv.org/abs/2301.00031,Byrjum hér\n"
        'Tal og hljóð,Kafli,Kári,,"Tvær greinar:\n'
        "1) Hierarchical Memory Slots for Streaming Speech Recognition\n"
        '2) Calibrated Retrieval Heads for Multilingual Question Answering"\n'
    )
    _, titles = decoded_titles(text.encode(), "verkefni.csv")
    assert titles.get("Sparse Token Routing for Long Context Encoders") == "2301.00031"
    assert "Hierarchical Memory Slots for Streaming Speech Recognition" in titles
    assert "Calibrated Retrieval Heads for Multilingual Question Answering" in titles


def test_a_title_linked_to_its_pdf_and_cited_inside_a_sentence_is_read() -> None:
    # (`… the lab's report [*Title*][ref] (Surname et al., 2018).`: the emphasis, then its link to the PDF, then
    # its authors and year)
    text = (
        "## Decoders\n\n"
        "- Before the big models there was the lab's report [*Gradient Noise Shaping for Stable Mixed Precision "
        "Training*][lab-2018] (Halloran et al., 2018).\n\n"
        "[lab-2018]: https://cdn.example.org/reports/noise_shaping.pdf\n"
    )
    _, titles = decoded_titles(text.encode(), "README.md")
    assert "Gradient Noise Shaping for Stable Mixed Precision Training" in titles


def test_a_sentence_case_title_cited_by_its_venue_in_an_english_sentence_is_read() -> None:
    # (`… presented Title in sentence case (Nature, 2021) and asked …`: a capital after a word in lower case opens
    # it, the venue and year close it; a name in capitals before it is no part of it)
    text = (
        "From the circle\n\n"
        "Yesterday Ana and Ben presented Accurate structure prediction of membrane proteins with deep attention "
        "networks (Nature, 2022) and asked who has tried it on plant proteins.\n"
    )
    _, titles = decoded_titles(text.encode(), "circle.txt")
    assert set(titles) == {"Accurate structure prediction of membrane proteins with deep attention networks"}


def test_a_section_underlined_as_a_heading_says_its_items_are_books() -> None:
    # (CommonMark's underlined heading, `Books` / `-----`: its items are books, however much they read as titles;
    # the underline was not read, and the books became papers of a list whose other items are papers)
    text = (
        "Awesome ML Reading\n"
        "==================\n\n"
        "Papers\n"
        "------\n\n"
        "- [Sparse Token Routing for Long Context Encoders](https://arxiv.org/abs/2301.00031)\n\n"
        "Books\n"
        "-----\n\n"
        "- *Deep Retrieval with Rust*, 2nd ed., Ana Lopes (Ridge Press, 2021).\n"
        "- *Speech Processing for Island Languages*, Kala & Vea.\n"
        "- *The Fifty-Page Machine Learning Primer*, Ana Lopes.\n"
    )
    _, titles = decoded_titles(text.encode(), "README.md")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_a_textbook_named_by_its_label_its_chapter_or_its_edition_is_no_paper() -> None:
    # (`Lehrbuch: Authors, "Title", Kap. 8`, `Podręcznik: …, rozdz. 10`, `Libro de apoyo: Title (…), cap. 10`,
    # `教科書: Authors『Title』第2版`, `교재: Murphy, "Title" 2권`: a course's textbook, by the word for one, a chapter
    # abbreviated in the writer's language, or an edition counted in Japanese)
    text = (
        "# Lektüre\n"
        "#   - Sparse Token Routing for Long Context Encoders\n"
        "#   - Hierarchical Memory Slots for Streaming Speech Recognition\n"
        '# Lehrbuch: Berg, Dahl & Vik, "Deep Retrieval Systems", Kap. 8\n'
        '# Podręcznik: Nowak & Wrona, "Speech Processing for Island Languages", rozdz. 10\n'
        "# 教科書: Sato & Kato『Reinforcement Planning: An Introduction』第2版 16.6節\n"
    )
    _, titles = decoded_titles(text.encode(), "build.yaml")
    assert not any(
        title and ("Retrieval Systems" in title or "Island Languages" in title or "Planning" in title)
        for title in titles
    )


def test_a_posts_short_numbered_section_names_are_no_papers() -> None:
    # (a blog post's numbered sections, each a short name in sentence case over its paragraph or its link: `3.
    # Retrieval and entities` / `` / `We read …`; they were taken as items of a numbered list of papers)
    text = (
        "My reading list for the term\n\n"
        "1. The foundation\n\n"
        "Everything starts with Sparse Token Routing for Long Context Encoders "
        "(https://arxiv.org/abs/2301.00031), which we read twice.\n\n"
        "2. Retrieval and entities\n\n"
        "We liked it a lot; the code is short.\n\n"
        "3. Speech and audio\n\n"
        "[Hierarchical Memory Slots for Streaming Speech Recognition](https://arxiv.org/abs/2301.00032) — on our "
        "radio recordings.\n"
    )
    _, titles = decoded_titles(text.encode(), "post.txt")
    assert titles == {
        "Sparse Token Routing for Long Context Encoders": "2301.00031",
        "Hierarchical Memory Slots for Streaming Speech Recognition": "2301.00032",
    }


def test_citation_keys_before_titles_and_a_link_wrapped_after_its_title_give_each_id_its_title() -> None:
    # (`@key   Title` / its link on the next line: a bibliography's key set apart before the title; and a sentence
    # wrapped right before the parenthesis holding a title's link, `… sind Title` / `(https://…) und …`: the title
    # ends the line above; each id went without its title)
    text = (
        "Notizen\n\n"
        "--- Literatur, die noch fehlt (Frieda, 12.06.) ---\n"
        "  @berg2021       Sparse Token Routing for Long Context Encoders\n"
        "                  https://arxiv.org/abs/2301.00031\n"
        "  @dahl2022       Hierarchical Memory Slots for Streaming Speech Recognition  https://arxiv.org/abs/2301.00032\n\n"
        "Diese Arbeit vergleicht Verfahren fuer kleine Modelle. Ausgangspunkt ist Calibrated Retrieval Heads for\n"
        "Multilingual Question Answering\n"
        "(https://arxiv.org/abs/2302.00045) und die Folgearbeit, deren\n"
        "Ergebnis wir uebertragen.\n"
    )
    _, titles = decoded_titles(text.encode(), "notizen.txt")
    assert titles == {
        "Sparse Token Routing for Long Context Encoders": "2301.00031",
        "Hierarchical Memory Slots for Streaming Speech Recognition": "2301.00032",
        "Calibrated Retrieval Heads for Multilingual Question Answering": "2302.00045",
    }


def test_a_chat_leads_day_and_the_lab_after_a_short_title_are_no_part_of_it() -> None:
    # (`Background for Thursday: Title from DeepMind, and …`: the writer's lead names a day, not the title's name;
    # the lab after it says where it came from, so three words will do)
    text = (
        "Notes\n\n"
        "Background for Thursday: Sparse Routing Agents from DeepMind, and for evaluation the usual benchmark "
        "suite.\n"
    )
    _, titles = decoded_titles(text.encode(), "chat.txt")
    assert set(titles) == {"Sparse Routing Agents"}


def test_a_short_name_ending_the_writers_lead_opens_the_title_and_a_note_after_a_comma_is_cut() -> None:
    # (`- Como base usamos RoBERTo: Title, já afinado` / `no corpus.`: the lead's last word is the paper's coined
    # name, its title's start; the writer's note in Portuguese after the comma is no part of it; an acronym with an
    # ending, `GANit:`, is the writer's word)
    text = (
        "3) Alinhamento e geração\n"
        "- Sparse Token Routing for Long Context Encoders (http://arxiv.org/abs/2301.00031)\n"
        "- The Curious Case of Calibrated Token Degeneration (Lopes et al., ICLR 2020) - para quem\n"
        "  quer perceber o top-p.\n"
        "- Como base de comparação usamos RoBERTo: A Robustly Calibrated Retrieval Pretraining Approach, já afinado\n"
        "  no corpus angolano.\n\n"
        "Ja miksi diffuusio voitti GANit: Hierarchical Memory Slots for Streaming Speech Recognition "
        "https://arxiv.org/abs/2301.00032\n"
    )
    _, titles = decoded_titles(text.encode(), "mail.txt")
    assert "RoBERTo: A Robustly Calibrated Retrieval Pretraining Approach" in titles
    assert titles.get("Hierarchical Memory Slots for Streaming Speech Recognition") == "2301.00032"
    assert not any(title and ("já afinado" in title or title.startswith("GANit")) for title in titles)


def test_an_items_english_clause_after_its_title_is_no_part_of_it() -> None:
    # (`- For comparison we re-read RoBERTo: Title, which is English-only.`: the writer's clause after the comma, and
    # the paper's short name ending the writer's words, the title's start)
    text = (
        "Multilingual text\n\n"
        "- Sparse Token Routing for Long Context Encoders, arXiv:2301.00031. Lao is in, with very little data.\n"
        "- For comparison we re-read RoBERTo: A Robustly Calibrated Retrieval Pretraining Approach, which is "
        "English-only.\n"
    )
    _, titles = decoded_titles(text.encode(), "comments.txt")
    assert "RoBERTo: A Robustly Calibrated Retrieval Pretraining Approach" in titles
    assert not any(title and "English-only" in title for title in titles)


def test_a_short_list_of_research_titles_under_any_lead_is_read_weakly() -> None:
    # (`Noch einzutragen (ohne Links):` / `- Title` / `- Title`: whatever the lead says, every item a research title
    # in Title Case alone on its line; a list of section names under the same lead is not)
    text = (
        "# build settings\n"
        "# Noch einzutragen (ohne Links, Frieda sucht):\n"
        "#   - Sparse Token Routing for Long Context Encoders\n"
        "#   - Hierarchical Memory Slots for Streaming Speech Recognition\n"
        "# Kapitel:\n"
        "#   - Introduction and Motivation\n"
        "#   - Related Work and Open Questions\n"
    )
    _, titles = decoded_titles(text.encode(), "defaults.yaml")
    assert set(titles) == {
        "Sparse Token Routing for Long Context Encoders",
        "Hierarchical Memory Slots for Streaming Speech Recognition",
    }


def test_a_newsletters_featured_paper_heading_and_a_cited_sentence_case_item_name_papers() -> None:
    # (`EL PAPER DEL MES` / `` / `Title` / `Authors y colegas …`: a heading in capitals that names one paper over a
    # title alone; `- Title in sentence case (Lopes et al., Nature 2021). What we read.`: a bulleted item cited by
    # its authors, however the writer's sentence goes on; `ຂອບໃຈ! Could you share the slides …?` is a question)
    text = (
        "Boletín\n\n"
        "EL PAPER DEL MES\n\n"
        "Hierarchical Memory Slots for Streaming Speech Recognition\n"
        "Lopes y colegas ordenan una idea que todos sentimos.\n\n"
        "PARA LEER\n\n"
        "- Sparse Token Routing for Long Context Encoders → https://arxiv.org/abs/2301.00031\n"
        "- Accurate structure prediction of membrane proteins with deep attention networks (Lopes et al., Nature "
        "2021). We only read the main text.\n\n"
        "ຂອບໃຈຫຼາຍ! Could you share the slides for the routing session?\n"
    )
    _, titles = decoded_titles(text.encode(), "boletin.txt")
    assert set(titles) == {
        "Hierarchical Memory Slots for Streaming Speech Recognition",
        "Sparse Token Routing for Long Context Encoders",
        "Accurate structure prediction of membrane proteins with deep attention networks",
    }


def test_a_mendeley_bibtex_arxivid_field_gives_the_entrys_id() -> None:
    # (Mendeley Desktop writes `arxivId = {…}` beside `archivePrefix`, no `eprint`: the entry's id was lost)
    text = (
        "@article{Berg2021,\n"
        "annote = {Demo in the talk.},\n"
        "archivePrefix = {arXiv},\n"
        "arxivId = {2301.00031},\n"
        "author = {Berg, Ana and Dahl, Bo},\n"
        "title = {{Sparse Token Routing for Long Context Encoders}},\n"
        "year = {2021}\n"
        "}\n"
    )
    _, titles = decoded_titles(text.encode(), "library.bib")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_an_items_mark_and_its_arrow_are_no_part_of_the_title_before_its_link() -> None:
    # (`- Title → https://…`, `- Title -> https://…`: the item's bullet and the arrow to its link were kept)
    text = (
        "PARA LEER\n\n"
        "- Sparse Token Routing for Long Context Encoders → https://arxiv.org/abs/2301.00031\n"
        "- Routing Heads -> https://arxiv.org/abs/2302.00045\n"
    )
    _, titles = decoded_titles(text.encode(), "boletin.txt")
    assert titles.get("Sparse Token Routing for Long Context Encoders") == "2301.00031"
    assert not any(title and (title.startswith("-") or title.endswith("->")) for title in titles)


def test_a_students_numbered_presentation_before_a_title_is_no_part_of_it() -> None:
    # (`Referat 2: Title, arXiv:…`, a course plan's numbered presentation of the reading, as `Sitzung 2:` is)
    text = (
        "Ablaufplan\n\n"
        "Di., 21.04.2026 14:15 - 15:45\n"
        "Thema: Kontrastives Lernen\n"
        "  Referat 2: Sparse Token Routing for Long Context Encoders, arXiv:2301.00031 (Berg et al., ICML 2023).\n"
    )
    _, titles = decoded_titles(text.encode(), "plan.txt")
    assert titles == {"Sparse Token Routing for Long Context Encoders": "2301.00031"}


def test_a_bracket_opened_before_a_link_is_no_part_of_the_title() -> None:
    # (`Title [PDF: https://…]`, `Title (ICLR-Version: https://…)`, `Title (RouteNet, arXiv:…)`: the bracket opens on
    # the link's label or the paper's short name and closes after the link; the title ended with `[PDF`)
    text = (
        "Ablaufplan\n\n"
        "  Sparse Token Routing for Long Context Encoders [PDF: https://arxiv.org/pdf/2301.00031v3]\n\n"
        "  Hierarchical Memory Slots for Streaming Speech Recognition (ICLR-Version: https://arxiv.org/abs/2301.00032)\n\n"
        "  Calibrated Retrieval Heads for Multilingual Question Answering (RouteNet, arXiv:2302.00045)\n"
    )
    _, titles = decoded_titles(text.encode(), "plan.txt")
    assert titles == {
        "Sparse Token Routing for Long Context Encoders": "2301.00031",
        "Hierarchical Memory Slots for Streaming Speech Recognition": "2301.00032",
        "Calibrated Retrieval Heads for Multilingual Question Answering": "2302.00045",
    }
