"""Habits of the blind rounds 196 and 197 and of the earlier rounds' leftovers, each written here in a small digest of
its own, in other words and languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from pathlib import Path

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.sources import collect_sources


def _references(data: bytes, name: str) -> list[Reference]:
    decoded, label = decode_digest(data, name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str = "digest.txt") -> set[str | None]:
    return {reference.title for reference in _references(text.encode(), name)}


_POST = (
    "Lab notes\n"
    "\n"
    "Week 3: sparse retrieval\n"
    "\n"
    "Posted on March 3, 2026 by Ines Vidal\n"
    "\n"
    "Required this week:\n"
    "\n"
    "- Calibrated Token Budgets for Retrieval (https://arxiv.org/abs/2101.00017)\n"
    "- Sparse Routing Experts for Dense Retrieval - https://arxiv.org/abs/2101.00018\n"
    "- Hashed Query Sketches at Scale (https://arxiv.org/abs/2101.00019)\n"
    "\n"
    "{marker}\n"
    "\n"
    "Tomasz K. says:\n"
    "March 4, 2026 at 8:10 am\n"
    "Thanks! Should we also read Learned Index Structures for Sparse Vectors before the lab?\n"
    "Reply\n"
    "\n"
    "Ines Vidal says:\n"
    "March 4, 2026 at 9:30 am\n"
    "Yes, and see https://arxiv.org/abs/2101.00020 too.\n"
    "Reply\n"
)


def test_a_posts_comments_are_read_for_the_papers_they_name() -> None:
    # (a comment section's heading ends the post's last entry, not the page's content: its readers name papers)
    for marker in ("2 Responses to “Week 3: sparse retrieval”", "Comments", "Leave a reply", "全部评论"):
        titles = _titles(_POST.format(marker=marker))
        assert "Learned Index Structures for Sparse Vectors" in titles, marker
        assert "Hashed Query Sketches at Scale" in titles, marker
    # (the related articles after a post still end it: their titles are other posts')
    related = _POST.format(marker="Related posts").replace(
        "Thanks! Should we also read Learned Index Structures for Sparse Vectors before the lab?",
        "Learned Index Structures for Sparse Vectors, a recap",
    )
    assert "Learned Index Structures for Sparse Vectors" not in _titles(related)


def test_a_title_after_a_colon_does_not_run_into_a_threads_short_lines() -> None:
    # (a comment's last words are a title after a colon; under it the thread's `2d`, `Like`, `Reply` and a count,
    # each a line of its own: no wrapped paragraph goes on so)
    thread = (
        "Group post: reading for May https://arxiv.org/abs/2101.00017\n"
        "\n"
        "Ana Souza\n"
        "Adding one on graphs, the authors released code: https://arxiv.org/abs/2101.00021 — Graphormer Lite: "
        "Sparse Attention Over Molecular Graphs\n"
        "2d\n"
        "Like\n"
        "Reply\n"
        "7\n"
    )
    titles = _titles(thread)
    assert "Graphormer Lite: Sparse Attention Over Molecular Graphs" in titles
    # (a paragraph hard-wrapped mid-title, its next line short and a long one after it, still joins)
    wrapped = (
        "Notes from the infra sync https://arxiv.org/abs/2101.00017\n"
        "\n"
        "The fine-tune follows the recipe the team already runs, with sharded optimizer states (Tessellate: Memory\n"
        "Sharding for Trillion\n"
        "Parameter Models, stage two) and the schedule we tested in March on the old cluster and then again.\n"
    )
    assert "Tessellate: Memory Sharding for Trillion Parameter Models" in _titles(wrapped)


def test_a_video_series_named_in_another_script_is_no_paper() -> None:
    # (`… की Title सीरीज़`: a series of videos, as a book or a course is named)
    thread = (
        "नेहा says:\n"
        "2 days ago\n"
        "ज़रूर! Ravi की Visual Intuitions for Neural Network Training सीरीज़ और Khan Academy से शुरुआत करें।\n"
        "Reply\n"
    )
    assert "Visual Intuitions for Neural Network Training" not in _titles(thread)
    assert "Visual Intuitions for Neural Network Training" not in _titles(
        "Start with the Visual Intuitions for Neural Network Training series on the channel.\n"
    )


def test_a_short_list_stands_a_blank_line_under_its_lead() -> None:
    # (a forum post's `Shortlist so far:`, a blank line, then unmarked lines: one linked, the others titles alone)
    post = (
        "We compare retrieval methods before the rewrite. Shortlist so far:\n"
        "\n"
        "Calibrated Token Budgets for Retrieval - https://arxiv.org/abs/2101.00017\n"
        "Sparse Routing Experts for Dense Retrieval Models\n"
        "\n"
        "Has anyone measured these on a phone?\n"
    )
    assert "Sparse Routing Experts for Dense Retrieval Models" in _titles(post)


def test_a_module_descriptors_own_name_and_programme_are_no_papers() -> None:
    descriptor = (
        "MODULE DESCRIPTOR\n"
        "\n"
        "Module Code and Title: CSE512 Sparse Neural Retrieval Systems\n"
        "Programme(s): MSc in Data Engineering (Core)\n"
        "Credit Value: 15\n"
        "\n"
        "Unit I: Foundations\n"
        "   1.1 Calibrated Token Budgets for Retrieval (https://arxiv.org/abs/2101.00017)\n"
        "   1.2 Inverted indexes at scale\n"
    )
    titles = _titles(descriptor)
    assert not any(title and ("CSE512" in title or "Programme" in title) for title in titles)
    # (and an outline's section number is no word of the title on its link's line)
    assert "Calibrated Token Budgets for Retrieval" in titles


def test_references_to_a_data_set_page_or_a_book_by_its_edition_are_no_papers() -> None:
    # (İSNAD's `Erişim 12 Ocak 2026.`: a page cited with the day it was read; a Danish list's `3. udg.`: a book)
    thesis = (
        "KAYNAKÇA\n"
        "\n"
        "Aydın, Selin vd. “Calibrated Token Budgets for Retrieval”. Proceedings of the Retrieval Conference. 2021.\n"
        "Kaya, Mert vd. “RetrievalBench veri kümesi”. Erişim 3 Mart 2026. https://retrievalbench.example.org/\n"
        "Demir, Ali. Sparse Retrieval Toolkit. GitHub, 2022. Erişim 4 Mart 2026. https://github.com/example/srt\n"
    )
    titles = _titles(thesis)
    assert "Calibrated Token Budgets for Retrieval" in titles
    assert not any(title and ("veri kümesi" in title or "Toolkit" in title) for title in titles)
    readme = (
        "## Litteratur\n"
        "\n"
        "- Calibrated Token Budgets for Retrieval – <https://arxiv.org/abs/2101.00017>\n"
        "- Holm & Berg: *Foundations of Neural Information Retrieval*, 2. udg. (online) – bog.\n"
    )
    assert "Foundations of Neural Information Retrieval" not in _titles(readme, "README.md")


def test_a_bibtex_entry_published_as_a_video_or_said_to_be_no_publication_is_none() -> None:
    library = (
        "@article{aydin2021,\n  title = {Calibrated Token Budgets for Retrieval},\n  journal = {TACL},\n"
        "  year = {2021}\n}\n\n"
        "@misc{kurs2024,\n  author = {{Hochschule Nord}},\n  title = {Neural Retrieval, Vorlesungsreihe 2024},\n"
        "  year = {2024},\n  howpublished = {Video-Archiv der Hochschule}\n}\n\n"
        "@misc{skript2024,\n  author = {{Hochschule Nord}},\n  title = {Sparse Retrieval Methods for Dense Indexes},\n"
        "  year = {2024},\n  note = {Skript zur Vorlesung, keine Publikation}\n}\n"
    )
    titles = _titles(library, "export.bib")
    assert "Calibrated Token Budgets for Retrieval" in titles
    assert not any(title and ("Vorlesungsreihe" in title or "Dense Indexes" in title) for title in titles)


def test_a_data_list_headed_by_a_field_still_gives_the_ids_its_lines_link() -> None:
    # (a game's or a program's data as a Markdown-like list: `- type: …` heads the item, its strings link papers)
    data = (
        "# reading group module, v1.2\n"
        "# author: Ana Souza\n"
        "# code: https://github.com/example/mod\n"
        "\n"
        "extraStrings:\n"
        "  - type: de\n"
        "    strings:\n"
        '      STR_TOKENS: "Calibrated Token Budgets for Retrieval{NEWLINE}https://arxiv.org/abs/2101.00017"\n'
        '      STR_ROUTING: "https://openreview.net/forum?id=AbCdEfGh12"\n'
    )
    found = _references(data.encode(), "mod.rul")
    assert {reference.arxiv_id or reference.openreview_id for reference in found} >= {
        "2101.00017",
        "AbCdEfGh12",
    }


def test_a_bookmark_of_code_named_by_its_papers_title_and_id_gives_that_paper() -> None:
    bookmarks = (
        '{"roots": {"bookmark_bar": {"children": [{"name": "Calibrated Token Budgets for Retrieval — arXiv '
        '2101.00017 (EMNLP\'21), code", "type": "url", "url": "https://github.com/example/token-budgets"}], '
        '"name": "Bookmarks bar", "type": "folder"}}, "version": 1}'
    )
    found = _references(bookmarks.encode(), "Bookmarks.json")
    assert [(reference.arxiv_id, reference.title) for reference in found] == [
        ("2101.00017", "Calibrated Token Budgets for Retrieval")
    ]


def test_a_rows_type_says_article_in_the_sheets_language() -> None:
    # (a lab tool's list exported as TSV, its `Type` column `Artikkel`: a research title of three words is a paper)
    sheet = (
        "Key\tTittel\tType\tAnsvarlig\tLenke\n"
        "1\tVariational Diffusion Autoencoders\tArtikkel\tIngrid\t\n"
        "2\tCalibrated Token Budgets for Retrieval\tArtikkel\tMagnus\thttps://arxiv.org/abs/2101.00017\n"
        "3\tRetrieval Toolkit Workshop\tProgramvare\tEirik\thttps://example.org/toolkit\n"
    )
    titles = _titles(sheet, "liste.tsv")
    assert "Variational Diffusion Autoencoders" in titles
    assert "Retrieval Toolkit Workshop" not in titles


def test_a_book_named_before_its_quote_in_the_nordic_languages_or_turkish() -> None:
    for line in (
        'Hon rekommenderar boken "Foundations of Neural Information Retrieval" och en kurs.',
        'kitap önerisi: Holm & Berg, "Foundations of Neural Information Retrieval".',
    ):
        text = f"See https://arxiv.org/abs/2101.00017 first.\n\n{line}\n"
        assert "Foundations of Neural Information Retrieval" not in _titles(text), line


def test_a_quoted_list_of_names_parted_by_semicolons_is_no_one_title() -> None:
    resources = (
        'IDS_INTRO "See https://arxiv.org/abs/2101.00017 first."\n'
        'IDS_SHELF "Shelf: Sparse Routing Experts for Dense Retrieval; How to Tune Your Retriever? A Study"\n'
    )
    assert not any(title and "; " in title for title in _titles(resources, "strings.rc"))


def test_a_coined_names_title_with_a_three_word_subtitle_in_a_sentence() -> None:
    # (`… sem gastar ouro: DoRA: Title.`: after the writer's colon, a coined name and three words of subtitle)
    for sentence in (
        "Para ajustar o modelo sem gastar ouro: SpaRK: Sparse Retrieval Kernels.",
        "To tune the model without spending gold: SpaRK: Sparse Retrieval Kernels.",
    ):
        text = f"See https://arxiv.org/abs/2101.00017 first.\n\n{sentence}\n"
        assert "SpaRK: Sparse Retrieval Kernels" in _titles(text), sentence
    # (not a plain word's: `Note: Please Read Carefully.`)
    assert not any(
        title and "Please" in title
        for title in _titles("See https://arxiv.org/abs/2101.00017 first.\n\nNote: Please Read Carefully.\n")
    )


def test_a_quoted_name_joined_to_a_quoted_paper_title_is_named_as_one() -> None:
    for sentence in (
        'En doktorand frågar om "Calibrated Token Budgets for Dense Retrieval Models" och "Retrieval Is All You Need".',
        "Un doctorant demande « Calibrated Token Budgets for Dense Retrieval Models » et « Retrieval Is All You Need ».",
    ):
        text = f"See https://arxiv.org/abs/2101.00017 first.\n\n{sentence}\n"
        assert "Retrieval Is All You Need" in _titles(text), sentence
    # (a quoted name alone, short and in no research paper's words, is not one)
    alone = 'See https://arxiv.org/abs/2101.00017 first.\n\nShe asks about "Retrieval Is All You Need".\n'
    assert "Retrieval Is All You Need" not in _titles(alone)


def test_a_research_title_opening_a_wrapped_line_needs_no_small_word() -> None:
    # (`…, then` / `Exploring Simple Siamese Representation Learning, which …`: a title that opens as research titles
    # do, its words all capitalised, after the line above's last word in lower case)
    post = (
        "Start with the SimCLR paper,\n"
        "Calibrated Token Budgets for Retrieval (https://arxiv.org/abs/2101.00017), then\n"
        "Exploring Sparse Contrastive Representation Learning, which shows you need no negatives.\n"
    )
    assert "Exploring Sparse Contrastive Representation Learning" in _titles(post)
    # (a name of five capitalised words with no small word and no research opening stays a name)
    named = post.replace(
        "Exploring Sparse Contrastive Representation Learning", "Dana Kowalski Lab Reading Group"
    )
    assert not any(title and "Kowalski" in title for title in _titles(named))


def test_books_named_so_by_their_line_or_their_lists_lead() -> None:
    for line in (
        'Bok på hylla: Holm, "Foundations of Retrieval: Algorithms and Applications".',
        "Boek: Holm & Berg, 'Foundations of Retrieval: An Introduction' (2e druk).",
        "Ook goed: Holm & Berg, 'Foundations of Retrieval: An Introduction' (2e druk).",  # (its edition, in Dutch)
    ):
        text = f"See https://arxiv.org/abs/2101.00017 first.\n\n{line}\n"
        assert not any(title and "Foundations of Retrieval" in title for title in _titles(text)), line
    shelf = (
        "Welcome. Papers: https://arxiv.org/abs/2101.00017 and Calibrated Token Budgets for Retrieval"
        " (https://arxiv.org/abs/2101.00018).\n"
        "\n"
        "Bøger på hylden (PDF i /srv/boeger):\n"
        "  - Holm: Foundations of Neural Information Retrieval\n"
        "  - Berg, Dahl: Probabilistic Retrieval Models and Methods\n"
        "  - Calibrated Token Budgets, https://arxiv.org/abs/2101.00019\n"
    )
    found = _references(shelf.encode(), "motd.txt")
    assert "2101.00019" in {reference.arxiv_id for reference in found}
    assert not any(reference.title and "Retrieval Models" in reference.title for reference in found)
    assert not any(reference.title and "Foundations" in reference.title for reference in found)


def test_a_library_record_of_a_papers_web_page_is_that_paper() -> None:
    # (`TY  - ELEC` with the arXiv page as its `UR`: a preprint, as a library catalogue exports it)
    ris = (
        "TY  - ELEC\nAU  - Aydın, Selin\nTI  - Calibrated Token Budgets for Retrieval\nPY  - 2021\n"
        "UR  - https://arxiv.org/abs/2101.00017\nER  - \n\n"
        "TY  - ELEC\nTI  - Retrieval Toolkit Documentation\nUR  - https://retrieval.example.org/docs\nER  - \n"
    )
    found = _references(ris.encode(), "catalogue.ris")
    assert [(reference.arxiv_id, reference.title) for reference in found] == [
        ("2101.00017", "Calibrated Token Budgets for Retrieval")
    ]


def test_a_french_reading_labelled_lecture_with_its_space_before_the_colon() -> None:
    plan = (
        "Séance 3 : recherche d'information (https://arxiv.org/abs/2101.00017)\n"
        "   Lecture : Sparse Routing Experts for Dense Retrieval (Aydın & Kaya, ICLR 2021)\n"
        "Séance 4 : évaluation\n"
        "   Lecture : Calibrated Token Budgets for Dense Retrieval Models (ACL 2022)\n"
    )
    titles = _titles(plan, "plan.txt")
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert "Calibrated Token Budgets for Dense Retrieval Models" in titles
    # (`Lecture: Title` in English is a talk's)
    english = plan.replace("Lecture :", "Lecture:")
    assert "Sparse Routing Experts for Dense Retrieval" not in _titles(english, "plan.txt")
    # (and a quoted name after the French label is no lecture's: the id on its line takes it)
    quoted = "Séance 1 – graphes\n   Lecture : « Do Retrievers Really Perform Bad for Graph Search? » (NeurIPS 2021), https://arxiv.org/abs/2101.00019\n"
    assert [
        (reference.arxiv_id, reference.title) for reference in _references(quoted.encode(), "plan.txt")
    ] == [("2101.00019", "Do Retrievers Really Perform Bad for Graph Search?")]


def test_two_titles_joined_by_and_are_two_papers() -> None:
    chat = (
        "14/01/2026, 19:11 - Ana: https://arxiv.org/abs/2101.00017 for Thursday\n"
        "14/01/2026, 19:12 - Ana: Also old but gold: SparK: Sparse Kernels for Dense Retrieval Models and"
        " Improving Token Budgets by Calibrated Retrieval Training (the original report)\n"
    )
    titles = _titles(chat, "chat.txt")
    assert "SparK: Sparse Kernels for Dense Retrieval Models" in titles
    assert "Improving Token Budgets by Calibrated Retrieval Training" in titles
    # (one title whose subtitle joins two adjectives, one in -ing, is one)
    one = chat.replace(
        "SparK: Sparse Kernels for Dense Retrieval Models and Improving Token Budgets by Calibrated Retrieval Training",
        "SparK-Pro: A More Robust and Challenging Multi-Task Retrieval Benchmark",
    )
    assert "SparK-Pro: A More Robust and Challenging Multi-Task Retrieval Benchmark" in _titles(
        one, "chat.txt"
    )


def test_quoted_titles_in_a_paragraph_right_under_a_list_are_read() -> None:
    # (a package manifest's description: a list of linked papers, then with no blank line a sentence quoting three
    # more, which Markdown folds into the list's last item)
    description = (
        "The seminar's first list:\n"
        "- Calibrated Token Budgets for Retrieval (https://arxiv.org/abs/2101.00017)\n"
        "- Sparse Routing Experts for Dense Retrieval (arXiv: 2101.00018)\n"
        'Lecturas de la segunda mitad: "Hashed Query Sketches for Large Language Models", "Learned Index'
        ' Structures for Sparse Neural Retrieval" y "Emergent Retrieval Abilities of Large Language Models".\n'
    )
    titles = _titles(description, "description.md")
    assert "Hashed Query Sketches for Large Language Models" in titles
    assert "Emergent Retrieval Abilities of Large Language Models" in titles


def test_a_title_after_a_lead_ending_on_a_figures_compound() -> None:
    text = (
        "See https://arxiv.org/abs/2101.00017 first.\n\n"
        "Ekstra, for 3D-gruppa: 3D Sparse Splatting for Real-Time Retrieval Rendering.\n"
    )
    assert "3D Sparse Splatting for Real-Time Retrieval Rendering" in _titles(text)


def test_a_semicolon_list_wrapped_over_a_comments_lines() -> None:
    build = (
        "# source: https://arxiv.org/abs/2101.00017\n"
        "# Next articles of the reading group: Calibrated Token Budgets for Dense Retrieval Models;\n"
        "# SpaRK: Sparse Routing Kernels for Retrieval; Learned Index Structures for Neural Retrieval.\n"
        'pkgname="retrieval-kit"\n'
    )
    titles = _titles(build, "notes.txt")
    assert "SpaRK: Sparse Routing Kernels for Retrieval" in titles
    assert "Learned Index Structures for Neural Retrieval" in titles


def test_three_research_words_after_a_lead_colon_ending_the_line() -> None:
    text = (
        "See https://arxiv.org/abs/2101.00017 first.\n\nV dodatku: Self-Supervised Retrieval Auto-Encoders.\n"
    )
    assert "Self-Supervised Retrieval Auto-Encoders" in _titles(text)
    # (not three words of a room's sign, nor three research words the sentence goes on after)
    for line in (
        "the room: Office Hours Schedule.",
        "the topic: Self-Supervised Retrieval Auto-Encoders, then lunch.",
    ):
        assert len(_titles(f"See https://arxiv.org/abs/2101.00017 first.\n\n{line}\n")) == 1, line


def test_a_toml_files_comments_are_read_with_its_data() -> None:
    # (a shell prompt's `starship.toml`, the reading group's programme in its comments: TOML is read as JSON, and
    # its comments went with nothing)
    config = (
        "# prompt of the lab's machine\n"
        "add_newline = true\n"
        "\n"
        "[character]\n"
        'success_symbol = "[>](bold green)"\n'
        "\n"
        "# Reading group, this term:\n"
        "#   1. Calibrated Token Budgets for Retrieval — https://arxiv.org/abs/2101.00017\n"
        "#   2. Sparse Routing Experts for Dense Retrieval\n"
        "#      https://openreview.net/forum?id=AbCdEfGh12\n"
        "[custom.reading]\n"
        'command = "head -n 1 ~/reading.txt"\n'
    )
    found = _references(config.encode(), "starship.toml")
    assert {(reference.arxiv_id or reference.openreview_id) for reference in found} == {
        "2101.00017",
        "AbCdEfGh12",
    }


def test_a_bibtex_entrys_file_field_gives_its_id() -> None:
    entry = (
        "@inproceedings{key,\n  title = {Calibrated Token Budgets for Retrieval},\n  booktitle = {WACV},\n"
        "  year = {2022},\n  file = {https://arxiv.org/pdf/2101.00017.pdf}\n}\n"
    )
    (found,) = _references(entry.encode(), "library.bib")
    assert found.arxiv_id == "2101.00017"


def test_a_heading_of_books_in_danish_holds_no_papers() -> None:
    readme = (
        "# Læseliste\n\n"
        "- Calibrated Token Budgets for Retrieval (https://arxiv.org/abs/2101.00017)\n"
        "- Sparse Routing Experts for Dense Retrieval (https://arxiv.org/abs/2101.00018)\n"
        "- Hashed Query Sketches at Scale (https://arxiv.org/abs/2101.00019)\n\n"
        "## {heading}\n\n"
        "- Foundations of Neural Information Retrieval\n"
        "- Probabilistic Retrieval Models and Neural Methods\n"
    )
    assert "Foundations of Neural Information Retrieval" not in _titles(
        readme.format(heading="Bøger"), "README.md"
    )
    # (under a heading that names no kind, its items are papers among papers, weakly)
    assert "Foundations of Neural Information Retrieval" in _titles(
        readme.format(heading="Shelf"), "README.md"
    )


def test_a_coined_names_title_after_a_sessions_number() -> None:
    chat = (
        "[16/02/2026, 20:05:40] Ana: https://arxiv.org/abs/2101.00017 for week 1\n"
        "[16/02/2026, 20:06:10] Ana: week 2 SpaRK: Sparse Routing Kernels for Dense Retrieval Models + more\n"
    )
    assert "SpaRK: Sparse Routing Kernels for Dense Retrieval Models" in _titles(chat, "chat.txt")


def test_quoted_names_listed_beside_a_quoted_paper_title() -> None:
    # (`"A" e "B"`, `"A", "B" ve "C"`, `"A" dan "B"`: the short one first, or after a comma)
    for sentence in (
        'Extras, sem link: "Retrieval Is All You Need" e "Calibrated Token Budgets for Dense Retrieval Models"',
        'Sıradakiler: "Calibrated Token Budgets for Dense Retrieval Models", "Sparse Retrieval Kernels" ve bir kitap.',
        '[*] "Calibrated Token Budgets for Dense Retrieval Models" dan "Evolving Retrieval Index Algorithms".',
    ):
        text = f"See https://arxiv.org/abs/2101.00017 first.\n\n{sentence}\n"
        titles = _titles(text)
        assert "Calibrated Token Budgets for Dense Retrieval Models" in titles, sentence
        assert {
            "Retrieval Is All You Need",
            "Sparse Retrieval Kernels",
            "Evolving Retrieval Index Algorithms",
        } & titles, sentence


def test_titles_listed_after_a_leads_colon_a_semicolon_apart() -> None:
    text = (
        "See https://arxiv.org/abs/2101.00017 first.\n\n"
        "Neste uke: Big Retrieval (BiR): General Sparse Representation Learning; How to train your Retriever? Data,"
        " Augmentation, and Regularization in Dense Retrieval.\n"
    )
    titles = _titles(text)
    assert "Big Retrieval (BiR): General Sparse Representation Learning" in titles
    assert "How to train your Retriever? Data, Augmentation, and Regularization in Dense Retrieval" in titles
    # (a lead's list of short words is none: `we need: Coffee; Tea; Sugar`)
    assert (
        len(
            _titles(
                "See https://arxiv.org/abs/2101.00017 first.\n\nwe need: Good Coffee Beans; Green Tea Leaves\n"
            )
        )
        == 1
    )


def test_a_macedonian_theses_reference_list_is_read_as_one() -> None:
    thesis = (
        "Резултатите од поглавје 4.2 покажуваат дека моделите се подобри.\n\n"
        "КОРИСТЕНА ЛИТЕРАТУРА\n\n"
        "1. AYDIN, Selin; KAYA, Mert. Calibrated Token Budgets for Retrieval. Во: Proceedings of ACL 2021, p. 1–9.\n\n"
        "2. HOLM, Anna. Foundations of Neural Information Retrieval. New York : Springer, 2006. ISBN 978-0-387-31073-2.\n\n"
        "3. BERG, Ola; DAHL, Per. Sparse routing experts for dense retrieval. Nature, 2019, vol. 5, p. 1–7.\n"
    )
    titles = _titles(thesis, "teza.txt")
    assert "Calibrated Token Budgets for Retrieval" in titles
    assert "Sparse routing experts for dense retrieval" in titles
    assert not any(title and "Foundations" in title for title in titles)  # (a book: its publisher, its ISBN)


def test_a_folders_automake_file_that_cites_papers_is_read(tmp_path: Path) -> None:
    (tmp_path / "Makefile.am").write_text(
        "# kernels: LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale\n"
        "#   https://arxiv.org/abs/2208.07339\nlib_LTLIBRARIES = libkwant.la\n",
        encoding="utf-8",
    )
    (tmp_path / "configure.ac").write_text("AC_INIT([kwant], [1.0])\n", encoding="utf-8")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["Makefile.am"]


def test_a_block_of_star_comments_reads_as_its_lines() -> None:
    # (a SPICE netlist's `*` comments, a star alone between paragraphs and a list indented under it)
    netlist = (
        "* retrieval bench, first see https://arxiv.org/abs/2101.00017\n"
        "*\n"
        "* Pending readings for Thursday:\n"
        "*   - Calibrated Token Budgets for Dense Retrieval Models\n"
        "*   - Sparse Routing Experts for Dense Retrieval\n"
        "R1 in out 10k\n"
    )
    titles = _titles(netlist, "bench.cir")
    assert "Calibrated Token Budgets for Dense Retrieval Models" in titles
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    # (a Markdown list of stars is a list as it is)
    listed = "* Calibrated Token Budgets for Dense Retrieval Models (https://arxiv.org/abs/2101.00017)\n* Other\n* More\n"
    assert "Calibrated Token Budgets for Dense Retrieval Models" in _titles(listed, "notes.md")
