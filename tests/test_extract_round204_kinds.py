"""Habits of the blind rounds 204 and 205, each written here in a small digest of its own, in other words and
languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from pathlib import Path

from paperlist.digests import Reference
from paperlist.ingest.extract import extract_document
from tests.reading import folder_titles, write_digest


def _references(text: str, name: str = "digest.txt") -> list[Reference]:
    return list(extract_document(text, name).references)


_FLAT_RECORD = (
    "LOCUS       pTEST4                   96 bp    DNA     linear   SYN 02-FEB-2025\n"
    "DEFINITION  Synthetic construct pTEST4 scaffold, complete sequence.\n"
    "ACCESSION   pTEST4\n"
    "KEYWORDS    synthetic construct.\n"
    "SOURCE      synthetic construct\n"
    "  ORGANISM  synthetic construct\n"
    "            other sequences; artificial sequences.\n"
    "REFERENCE   1  (bases 1 to 96)\n"
    "  AUTHORS   Aalto,K. and Berg,L.\n"
    "  TITLE     Direct Submission\n"
    "  JOURNAL   Submitted (02-FEB-2025) Laboratoriet for Proteiner, Bergen, Norway\n"
    "REFERENCE   2\n"
    "  AUTHORS   Lindqvist,P., Haugen,M. and Ostby,R.\n"
    "  TITLE     Sparse Routing Experts for Protein Sequence Design\n"
    "  JOURNAL   Unpublished; https://arxiv.org/abs/2101.00021\n"
    "REFERENCE   3\n"
    "  AUTHORS   Dahl,S. and Eriksen,T.\n"
    "  TITLE     Calibrated Token Budgets for Masked Residue\n"
    "            Modelling\n"
    "  JOURNAL   arXiv:2101.00022 (2021)\n"
    "REFERENCE   4\n"
    "  AUTHORS   Nygaard,E., Solberg,A. and Vik,H.\n"
    "  TITLE     Hashed Query Sketches for Homology Search at Scale\n"
    "  JOURNAL   Proceedings of ISMB 2022 (2022)\n"
    "COMMENT     Designed with the lab's language model\n"
    "            (https://github.com/proteinlab/plm); see also\n"
    "            http://arxiv.org/abs/2101.00023 for the decoder.\n"
    "FEATURES             Location/Qualifiers\n"
    "     source          1..96\n"
    '                     /organism="synthetic construct"\n'
    '                     /note="scaffold for the design round"\n'
    "ORIGIN\n"
    "        1 atgtggagca aatgcgtgat ggcttgcaaa ctgcagaaca actgggtgtg gccgccggtg\n"
    "       61 gataaaggct gctggtgcaa agaacacgaa gataaa\n"
    "//\n"
)


def test_a_flat_files_records_are_each_read_by_their_fields() -> None:
    # (each `REFERENCE   N` opens a record whose fields are named in capitals, padded to their values' column: one
    # paper a record, its `TITLE` field wrapped over two lines read whole; the records were read as one entry,
    # titled by a feature's quoted value, and all but its first id lost)
    found = {(reference.arxiv_id, reference.title) for reference in _references(_FLAT_RECORD, "pTEST4.gb")}
    assert ("2101.00021", "Sparse Routing Experts for Protein Sequence Design") in found
    assert ("2101.00022", "Calibrated Token Budgets for Masked Residue Modelling") in found
    assert (None, "Hashed Query Sketches for Homology Search at Scale") in found
    assert ("2101.00023", None) in found  # (an id in the comment's prose, no title beside it)
    titles = {title for _, title in found}
    # (a feature's quoted value and the submission record are no papers)
    assert "synthetic construct" not in titles
    assert "scaffold for the design round" not in titles
    assert "Direct Submission" not in titles


def test_every_id_a_reference_lists_entry_holds_is_kept() -> None:
    # (an entry read as one paper may name another by its id; that id is kept, alone, not dropped with the entry's
    # other words)
    text = (
        "Notes on retrieval\n"
        "\n"
        "References\n"
        "\n"
        "[1] Moreau, J. and Okafor, K. (2020). Calibrated Token Budgets for Retrieval. arXiv:2101.00017; its\n"
        "follow-up is arXiv:2101.00018.\n"
        "[2] Tanaka, I. (2021). Sparse Routing Experts for Dense Retrieval. In Proceedings of ACL, pp. 1-10.\n"
    )
    found = {(reference.arxiv_id, reference.title) for reference in _references(text)}
    assert ("2101.00017", "Calibrated Token Budgets for Retrieval") in found
    assert ("2101.00018", None) in found
    assert (None, "Sparse Routing Experts for Dense Retrieval") in found


def test_a_books_label_in_a_programs_comment_names_a_book() -> None:
    # (`# Sách: Authors, "Title"`: the label in Vietnamese, Romanian, Catalan, in a config file's comment)
    for label in ("# Sách", "// Carte", "-- Llibre", "; Buku"):
        text = (
            f'run settings\n\n{label}: Ana Varga, "Electron Gases: Theory and Practical Methods"\nNSW = 400\n'
        )
        titles = {reference.title for reference in _references(text, "settings.cfg")}
        assert "Electron Gases: Theory and Practical Methods" not in titles, label


def test_a_call_named_for_a_book_gives_no_paper() -> None:
    # (a scene's shelf drawn by a macro named for the kind: `Book("Title - Authors", …)`, `Carte(…)`)
    text = (
        "// shelf\n"
        "#declare Width = 0.04;\n"
        'Carte("Graph Networks for Scene Reading - Aalto, Berg, Dahl", rgb <0.5, 0.1, 0.1>, -1.1, 0.06)\n'
        'Book("Probabilistic Models of Vision and Language - Okafor", rgb <0.1, 0.2, 0.5>, -1.0, 0.07)\n'
    )
    assert _references(text, "shelf.pov") == []


def test_items_aligned_under_a_leads_value_are_a_list() -> None:
    # (`#   no link yet: Title A` / `#                 Title B`: a comment's list, its items at the column its first
    # one starts at; the first reads as a title, the others are its siblings)
    text = (
        "SYSTEM = LiPS run 3\n"
        "# reading notes for the run:\n"
        "#   Sparse Routing Experts for Dense Retrieval -- https://arxiv.org/abs/2101.00018\n"
        "#   no link yet: Calibrated Token Budgets: A Benchmark for Efficient Retrieval\n"
        "#                Hashed Query Sketches with Sparse Transformers\n"
        "#                Learned-Index: Filtering out Redundancy for Efficient Retrieval Processing\n"
        "# data: MD17\n"
        "ENCUT = 520\n"
    )
    titles = {reference.title for reference in _references(text, "INCAR")}
    assert "Calibrated Token Budgets: A Benchmark for Efficient Retrieval" in titles
    assert "Hashed Query Sketches with Sparse Transformers" in titles
    assert "Learned-Index: Filtering out Redundancy for Efficient Retrieval Processing" in titles


def test_a_readings_citation_above_its_link_is_titled_without_its_authors() -> None:
    # (a syllabus's `Lecture : Surname, I. ; Surname, I. Title. Venue Year` over its link: the title was taken with
    # its authors before it and its venue after; the authors become the paper's)
    text = (
        "Fiche de cours - INF 512\n"
        "\n"
        "Semaine 2 – Modèles efficaces\n"
        "  Lecture : Moreau, J. ; Okafor, K. L. SparseNet: Smaller Routers and Faster Retrieval. ICML 2021.\n"
        "  https://arxiv.org/pdf/2101.00031v2.pdf\n"
        "Semaine 3 – Correspondances\n"
        "  Reading: Tanaka, I. et al. Hashed Query Sketches at Scale\n"
        "  <https://arxiv.org/abs/2101.00032>\n"
        "Semaine 4 – Projets\n"
        "\n"
        "Autres ressources\n"
        "  Ouvrage : Ana Varga, « Vision Systems: Models, Learning, and Inference », Presses de l'Ouest, 2012.\n"
    )
    found = {(reference.arxiv_id, reference.title, reference.authors) for reference in _references(text)}
    assert (
        "2101.00031",
        "SparseNet: Smaller Routers and Faster Retrieval",
        "Moreau, J. ; Okafor, K. L.",
    ) in found
    assert ("2101.00032", "Hashed Query Sketches at Scale", "Tanaka, I. et al.") in found
    # (`Ouvrage` is a book in French)
    assert all(title != "Vision Systems: Models, Learning, and Inference" for _, title, _ in found)


def test_a_comments_list_of_quoted_titles_gives_each_beside_the_one_read() -> None:
    # (`# To read before the next meeting:` / `#   "Title"` …: a script's comment listing titles, each quoted whole;
    # one reads as a title, its siblings are read weakly, in sentence case too)
    text = (
        "# synth script for the accelerator\n"
        "read_verilog top.v\n"
        "#\n"
        "# Przeczytac przed spotkaniem:\n"
        '#   "On the difficulty of training deep recurrent retrieval networks"\n'
        '#   "A Fast Routing Algorithm for Deep Belief Retrievers"\n'
        '#   "Smooth Adversarial Retrieval"\n'
        '#   "Why Do Local Methods Solve Nonconvex Retrieval Problems?"\n'
        "# Ksiazka: Varga, Okafor - Deep Retrieval (rozdz. 8)\n"
        "synth -top top\n"
    )
    titles = {reference.title: reference.weak for reference in _references(text, "synth.ys")}
    assert titles.get("On the difficulty of training deep recurrent retrieval networks") is True
    assert titles.get("Smooth Adversarial Retrieval") is True
    assert "A Fast Routing Algorithm for Deep Belief Retrievers" in titles
    # (a quoted list of names no title reads as, under a lead, stays unread)
    plain = text.replace("Smooth Adversarial Retrieval", "Kasia and Tomek").replace(
        "On the difficulty of training deep recurrent retrieval networks", "bring the slides for the meeting"
    )
    others = {reference.title for reference in _references(plain, "synth.ys")}
    assert "Kasia and Tomek" not in others
    assert "bring the slides for the meeting" not in others


def test_a_launch_files_comment_of_quoted_titles_under_a_lead() -> None:
    # (an XML comment's indented list under a lead's colon, each item a quoted title)
    text = (
        '<?xml version="1.0"?>\n'
        "<!--\n"
        "  Hintergrund:\n"
        "    Sparse Routing Experts for Dense Retrieval - https://arxiv.org/abs/2101.00018\n"
        "  Ohne Link:\n"
        '    "Mastering sparse retrieval without human relevance labels"\n'
        '    "Offline Retrieval as One Big Sequence Modeling Problem"\n'
        '    "Evolving Dense Retrieval Algorithms"\n'
        "-->\n"
        "<launch>\n"
        '  <arg name="use_sim_time" default="false"/>\n'
        "</launch>\n"
    )
    titles = {reference.title for reference in _references(text, "bringup.launch.xml")}
    assert "Mastering sparse retrieval without human relevance labels" in titles
    assert "Evolving Dense Retrieval Algorithms" in titles


def test_a_books_label_after_a_records_key_or_a_word_before_it() -> None:
    # (an input deck's `**` comment, a score's reference record `!!!ONB:`, `참고 도서:` with a word before the label)
    for line in (
        '** Kirja: Aalto, Berg & Dahl, "Finite Elements for Retrieval: Basis and Fundamentals"',
        '!!!ONB: Llibres: Okafor, "Finite Elements for Retrieval: Basis and Fundamentals"; Tanaka, "Other"',
        '# 참고 도서: Moreau & Vidal, "Finite Elements for Retrieval: Basis and Fundamentals"',
        'Recommended book: Moreau & Vidal, "Finite Elements for Retrieval: Basis and Fundamentals"',
    ):
        text = f"deck\n\n{line}\n*Heading\n"
        titles = {reference.title for reference in _references(text, "deck.inp")}
        assert "Finite Elements for Retrieval: Basis and Fundamentals" not in titles, line


def test_a_title_on_the_line_below_after_and_goes_on_the_list() -> None:
    # (`;   to read: Title A` / `;   e Title B`: a control stream's comment, its list going on with `and`)
    text = (
        "$PROBLEM PK model\n"
        ";   Sparse Routing Experts for Dense Retrieval  https://arxiv.org/abs/2101.00018\n"
        ";   da leggere: Calibrated Token Budgets: Analyzing Retrievers with Vector Norms\n"
        ";   e Learned-Index: Filtering out Sequential Redundancy for Efficient Retrieval\n"
        "$INPUT ID TIME DV\n"
    )
    titles = {reference.title for reference in _references(text, "run.ctl")}
    assert "Calibrated Token Budgets: Analyzing Retrievers with Vector Norms" in titles
    assert "Learned-Index: Filtering out Sequential Redundancy for Efficient Retrieval" in titles
    # (a line going on with `and` and the writer's words is no title)
    words = text.replace(
        "e Learned-Index: Filtering out Sequential Redundancy for Efficient Retrieval", "e poi si vede"
    )
    assert "poi si vede" not in {reference.title for reference in _references(words, "run.ctl")}


def test_a_quoted_sentence_case_title_joined_to_a_quoted_title() -> None:
    # (`"Understanding the …" and` / `// "Title: Subtitle"`: two quoted titles joined by a conjunction, the first in
    # sentence case, across a comment's lines too)
    for joint in (" és ", " és\n// "):
        text = (
            "// mesh script\n"
            '// Init, if we retrain: "On the difficulty of training deep sparse retrieval networks"'
            f'{joint}"Delving Deep into Routers: Surpassing Human-Level Retrieval on Benchmarks" (for PReLU).\n'
            "Point(1) = {0, 0, 0, 1.0};\n"
        )
        titles = {reference.title for reference in _references(text, "rig.geo")}
        assert "On the difficulty of training deep sparse retrieval networks" in titles, joint
    # (a C array of quoted titles, a comma and a line apart, is read by its own reader, not as titles joined)
    array = (
        "static const char *titles[] = {\n"
        '  "Sparse Routing Experts for Dense Retrieval",\n'
        '  "on the difficulty of training deep sparse retrieval networks",\n'
        "};\n"
    )
    assert "on the difficulty of training deep sparse retrieval networks" not in {
        reference.title for reference in _references(array, "titles.c")
    }


def test_a_title_in_braces_before_its_link_is_read_without_the_program_before_it() -> None:
    # (a region file's `text(…) text={Title https://…}`, a word diff's `{+Title https://…+}`: the value opens in
    # braces before the title; a record's braces with keys stay their own reader's)
    text = (
        "# Region file format: DS9 version 4.1\n"
        "fk5\n"
        "text(150.1500,2.2280) text={RouteBooth: Fine Tuning Sparse Retrieval Models for Subject-Driven Search "
        "https://arxiv.org/abs/2101.00024v1}\n"
        'circle(150.13,2.19,4.5") # text={GAL-0003}\n'
    )
    found = {(reference.arxiv_id, reference.title) for reference in _references(text, "cutouts.reg")}
    assert (
        "2101.00024",
        "RouteBooth: Fine Tuning Sparse Retrieval Models for Subject-Driven Search",
    ) in found
    record = '{"id": 4, "title": "Sparse Routing Experts for Dense Retrieval", "url": "https://arxiv.org/abs/2101.00018"}\n'
    found = {
        (reference.arxiv_id, reference.title) for reference in _references("log\n\n" + record, "run.log")
    }
    assert ("2101.00018", "Sparse Routing Experts for Dense Retrieval") in found


def test_a_folders_mapfile_citing_papers_is_read_and_a_source_map_is_not(tmp_path: Path) -> None:
    # (`.map`, a MapServer mapfile's and a script's source map: read when its text cites a paper by its id; the
    # mapfile's readings were never read in a folder)
    write_digest(
        tmp_path,
        "landcover.map",
        """\
        # landcover.map -- WMS of the lab
        # Models behind the layer:
        #   Sparse Routing Experts for Dense Retrieval
        #     https://arxiv.org/abs/2101.00018
        MAP
          NAME "landcover"
        END
        """,
    )
    write_digest(tmp_path, "app.js.map", '{"version":3,"sources":["app.ts"],"names":[],"mappings":"AAAA"}\n')
    assert folder_titles(tmp_path) == {"Sparse Routing Experts for Dense Retrieval": "2101.00018"}


def test_a_card_decks_sequence_numbers_are_no_part_of_its_lines() -> None:
    # (an IGES file's start section, a deck's cards: 72 columns of text, then `S      7` in columns 73 to 80; its
    # titles end at column 72)
    rows = [
        "Holder for the scan rig, part 3 of 5.",
        "Prepared by: Ines Vidal",
        "Models we test with this rig:",
        "Sparse Routing Experts for Dense Retrieval",
        "  https://arxiv.org/abs/2101.00018",
        "Calibrated Token Budgets for Retrieval",
        "  http://arxiv.org/abs/2101.00017",
    ]
    text = "\n".join(f"{row:<72}S{number:>7}" for number, row in enumerate(rows, start=1)) + "\n"
    found = {(reference.arxiv_id, reference.title) for reference in _references(text, "holder.igs")}
    assert ("2101.00018", "Sparse Routing Experts for Dense Retrieval") in found
    assert ("2101.00017", "Calibrated Token Budgets for Retrieval") in found


def test_a_book_named_after_its_label_and_author_in_another_script_or_on_the_next_line() -> None:
    # (`参考書: Author『Title』`; `Buch: Author,` ending a comment's line, the quoted title opening the next)
    for text in (
        "// 音色サンプル集\n// 参考書: Ana Varga『The Retrieval Systems Tutorial』\n<group>\n",
        "/*\n * Tools: https://example.org/docs ; Buch: G. J. Aalto,\n"
        ' * "The Routing Model Checker: Primer and Reference Manual"\n */\n',
    ):
        titles = {reference.title for reference in _references(text, "notes.txt")}
        assert "The Retrieval Systems Tutorial" not in titles, text
        assert "The Routing Model Checker: Primer and Reference Manual" not in titles, text


def test_an_item_ending_on_a_colon_is_the_lead_of_the_items_below() -> None:
    # (` * Further Basics:` among a block comment's bulleted papers: it leads the items under it, it is no title)
    text = (
        "/*\n"
        " * The model follows:\n"
        " *   Sparse Routing Experts for Dense Retrieval\n"
        " *   https://openreview.net/forum?id=WE_vluYUL-X\n"
        " * Weitere Grundlagen:\n"
        " *   Calibrated Token Budgets for Retrieval  https://arxiv.org/abs/2101.00017\n"
        " *   Hashed Query Sketches at Scale  https://arxiv.org/pdf/2101.00019v2\n"
        " */\n"
    )
    titles = {reference.title for reference in _references(text, "model.pml")}
    assert "Calibrated Token Budgets for Retrieval" in titles
    assert "Weitere Grundlagen" not in titles


def test_a_trackers_tasks_are_titled_without_their_reading_verb_and_sessions_are_no_titles(
    tmp_path: Path,
) -> None:
    # (a Redmine export's `Sujet` column: `Lire Title` is the paper to read; `Séance 6 : robustesse` a session)
    write_digest(
        tmp_path,
        "issues.csv",
        """\
        #;Projet;Tracker;Statut;Sujet;Auteur;Description
        4135;Lecture;Lecture;Fermé;Lire Sparse Routing Experts for Dense Retrieval;Ana;PDF: https://arxiv.org/abs/2101.00018
        4134;Lecture;Lecture;Nouveau;Read Calibrated Token Budgets for Retrieval;Ana;lien : https://arxiv.org/abs/2101.00017
        4130;Lecture;Discussion;En cours;Séance 6 : robustesse et raccourcis;Ana;on en parle jeudi
        4129;Lecture;Discussion;Nouveau;Week 7: noisy labels;Ana;bring questions
        """,
    )
    assert folder_titles(tmp_path) == {
        "Sparse Routing Experts for Dense Retrieval": "2101.00018",
        "Calibrated Token Budgets for Retrieval": "2101.00017",
    }


def test_a_run_of_words_inside_a_books_quotes_is_no_title() -> None:
    # (`«Title (From Scratch)» kitabı`: the quote names a book by what follows it; no run of its words is a paper)
    text = (
        "Duyurular\n\n"
        "Ana Varga'nın «Build a Sparse Retrieval Model (From Scratch)» kitabı kütüphanede var. Toplantı Perşembe.\n"
    )
    assert _references(text) == []
    # (a quote called a paper keeps its title)
    paper = "Duyurular\n\nGeçen hafta «Sparse Routing Experts for Dense Retrieval» makalesini okuduk.\n"
    assert {reference.title for reference in _references(paper)} == {
        "Sparse Routing Experts for Dense Retrieval"
    }


def test_a_short_note_in_the_writers_language_after_a_spaced_hyphen_ends_the_title() -> None:
    # (a forwarded list digest's item `- i klasyka: Title - czytaliśmy tylko wstęp.`: the lead taken off, the
    # writer's note after the hyphen too)
    text = (
        "Subject: Fwd: Podsumowanie tygodnia nr 5\n"
        "From: Ana Varga <ana@lab.example.pl>\n"
        "Date: Tue, 10 Mar 2026 09:14:22 +0100\n"
        "\n"
        "Początek przekazanej wiadomości:\n"
        "\n"
        "Od: Koło Naukowe <kolo@lists.example.pl>\n"
        "Temat: Podsumowanie tygodnia nr 5\n"
        "\n"
        "1. Zofia: Plan na czwartek\n"
        "\n"
        "Zaczynamy od RouteLoRA: Low-Rank Routing of Large Retrieval Models: https://arxiv.org/abs/2101.00031\n"
        "Dla porównania: Sparse Routing Experts for Dense Retrieval (http://arxiv.org/abs/2101.00018v2).\n"
        "\n"
        "2. Marta: Agenci\n"
        "\n"
        "Na drugą połowę marca proponuję agentów:\n"
        "- RouteBench: Can Retrieval Models Resolve Real-World Issues?\n"
        "  forum na OpenReview: https://openreview.net/forum?id=VTF8yNQM66\n"
        "- Self-Route: Learning to Retrieve and Critique through Self-Reflection, arXiv:2101.00032 (ICLR 2024)\n"
        "- i klasyka z zeszłego roku: Reflection: Retrieval Agents with Verbal Reinforcement Learning - czytaliśmy"
        " tylko wstęp.\n"
        "Do tego wpis na blogu o agentach (blog, nie artykuł).\n"
    )
    titles = {reference.title for reference in _references(text, "digest.eml")}
    assert "Reflection: Retrieval Agents with Verbal Reinforcement Learning" in titles


def test_a_title_after_its_authors_surnames_is_read_without_them() -> None:
    # (`Pennington, Socher e Manning, Title (EMNLP 2014).`: the surnames, the last after `and` in Portuguese)
    text = (
        "Aula 5\n\n"
        "Moreau, Okafor e Vidal, RouteNet: Global Vectors for Sparse Retrieval (EMNLP 2014). Comparem com a aula 4.\n"
    )
    found = {(reference.title, reference.authors) for reference in _references(text)}
    assert ("RouteNet: Global Vectors for Sparse Retrieval", "Moreau, Okafor e Vidal") in found


def test_a_book_said_so_after_its_author_or_named_by_an_inflected_word() -> None:
    # (`«Title» by Author — the book, not a paper`; Slovak `Knihu «Title»`, the book in the accusative)
    text = (
        "Fortnight picks\n\n"
        "«Probabilistic Retrieval Learning: An Introduction» by Ana Varga — the book, not a paper, despite the title.\n"
        "Juraj odporúča aj Knihu «Understanding Sparse Retrieval» od Okafora.\n"
        "«Sparse Routing Experts for Dense Retrieval» by Ana Varga — the paper of the week.\n"
    )
    titles = {reference.title for reference in _references(text)}
    assert titles == {"Sparse Routing Experts for Dense Retrieval"}


def test_titles_over_their_links_under_a_sources_heading() -> None:
    # (`Sources:` / `  Title` / `    https://…`: each title its link's, not one entry of two ids)
    for text in (
        "Notes\n\nSources:\n"
        "  Sparse Routing Experts for Dense Retrieval\n    https://arxiv.org/abs/2101.00018\n"
        "  Calibrated Token Budgets for Retrieval: A Study\n    https://arxiv.org/pdf/2101.00017v2\n",
        "/* kernels.c\n\nQuellen:\n"
        "  Sparse Routing Experts for Dense Retrieval\n    https://arxiv.org/abs/2101.00018\n"
        "  Calibrated Token Budgets for Retrieval: A Study\n    https://arxiv.org/pdf/2101.00017v2\n */\n",
    ):
        found = {(reference.arxiv_id, reference.title) for reference in _references(text, "kernels.c")}
        assert ("2101.00018", "Sparse Routing Experts for Dense Retrieval") in found, text
        assert ("2101.00017", "Calibrated Token Budgets for Retrieval: A Study") in found, text
    # (a reference list's citations over their links keep their citation's title)
    cited = (
        "References\n\n"
        "  Moreau, J. et al. (2014). Neural Routing Machines.\n    https://arxiv.org/abs/2101.00019\n"
        "  Okafor, K. (2017). Sparse Attention Is All You Need.\n    https://arxiv.org/abs/2101.00020\n"
    )
    found = {(reference.arxiv_id, reference.title) for reference in _references(cited)}
    assert ("2101.00019", "Neural Routing Machines") in found
