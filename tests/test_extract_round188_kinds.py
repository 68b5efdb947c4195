"""Habits of the blind rounds 186 to 189 that their first fixes left, each written here in a small digest of its own,
in other words and languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.extract.evidence import Reason


def _references(data: bytes, name: str) -> list[Reference]:
    decoded, label = decode_digest(data, name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str = "digest.txt") -> set[str | None]:
    return {reference.title for reference in _references(text.encode(), name)}


def test_a_title_that_reads_as_a_sentence_is_found_in_a_sentence_of_another_language() -> None:
    # (one research word, but a verb of its own: a title such as many famous ones, inside Portuguese prose)
    mail = (
        "Olá pessoal,\n"
        "para maio sugiro começar pelo clássico Sparsity Is What You Want e depois passar aos modelos\n"
        "que evitam a atenção quadrática.\n"
    )
    assert "Sparsity Is What You Want" in _titles(mail)
    # (five capitalised words of a place or a degree, with no verb and one research word, stay out)
    assert (
        _titles(mail.replace("Sparsity Is What You Want", "Doctor of Philosophy in Computer Science"))
        == set()
    )


def test_a_link_opening_a_line_then_and_takes_the_title_above_not_the_one_after_and() -> None:
    # (a mail's sentence runs over lines: the title ends the line above, its link opens the next, then `y` and
    # another paper's title)
    mail = (
        "Para el contexto largo: Sparse Routing Experts for Dense Retrieval\n"
        "https://arxiv.org/pdf/2101.00017v2 y Calibrated Token Budgets for Long-Context Language Models (la de la\n"
        "ventana deslizante). ¡Hasta el jueves!\n"
    )
    references = _references(mail.encode(), "post.eml")
    assert {reference.arxiv_id: reference.title for reference in references} == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        None: "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_title_opening_a_line_that_goes_on_a_sentence_of_another_language_above_is_found() -> None:
    # (a mail's sentence wrapped right before the title: the line above ends in the writer's words in lower case)
    mail = (
        "Voor de lange context volstaat dat. Als er nog tijd rest, lezen we ook\n"
        "Sparse Routing Experts for Dense Retrieval.\n"
        "Tot donderdag!\n"
    )
    assert "Sparse Routing Experts for Dense Retrieval" in _titles(mail)


def test_a_csv_cell_of_rich_text_reads_its_links_and_ids_whole() -> None:
    # (a CRM's activities export: each note is HTML inside a quoted cell, its quotes doubled; one paragraph ends
    # right after a bare link, the next opens on its item number)
    export = (
        "Activity ID,Activity Type,Subject,Details\n"
        '51,Meeting,Lesekreis 4,"<p>1. Sparse Routing Experts for Dense Retrieval<br />'
        'https://arxiv.org/abs/2101.00017</p><p>2. <a href=""https://arxiv.org/abs/2203.01234"">Calibrated '
        'Token Budgets for Long-Context Language Models</a></p>"\n'
        '52,Call,Rückfrage,"<p>Nur Termine besprochen.</p>"\n'
    )
    assert {
        reference.arxiv_id: reference.title for reference in _references(export.encode(), "activities.csv")
    } == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_programs_settings_file_is_read_for_what_its_comments_list() -> None:
    # (a trainer's INI-style settings: sections of numbers, and a comment header saying where they come from, one
    # paper linked, others by their titles alone in a list)
    settings = (
        "# detector-small.cfg: ajustes del detector de piezas (laboratorio de visión)\n"
        "#\n"
        "# De dónde salen los ajustes:\n"
        "#   Optimizador: Sparse Routing Experts for Dense Retrieval\n"
        "#       https://arxiv.org/abs/2101.00017\n"
        "#\n"
        "# Lecturas para los becarios nuevos:\n"
        "#   - Calibrated Token Budgets for Long-Context Language Models\n"
        "#   - Contrastive Warmup Schedules for Sparse Vision Encoders\n"
        "#   - Learning rate warmup for deep residual vision networks  -> explica el arranque abajo\n"
        "\n"
        "[net]\nbatch=64\nwidth=512\n\n[convolutional]\nfilters=32\nsize=3\n"
    )
    references = _references(settings.encode(), "detector-small.cfg")
    assert {reference.arxiv_id for reference in references} == {"2101.00017", None}
    assert {reference.title for reference in references if reference.arxiv_id is None} == {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Contrastive Warmup Schedules for Sparse Vision Encoders",
        "Learning rate warmup for deep residual vision networks",
    }


def test_an_ini_files_sections_that_give_titles_stay_records_though_nothing_links() -> None:
    # (a reading list kept as INI sections, a title each and no link: records, not a program's settings)
    listed = (
        "; Leseliste, Sommer\n"
        "[paper1]\ntitle=Sparse Routing Experts for Dense Retrieval\nyear=2021\n\n"
        "[paper2]\ntitle=Calibrated Token Budgets for Long-Context Language Models\nyear=2022\n"
    )
    assert _titles(listed, "liste.ini") == {
        "Sparse Routing Experts for Dense Retrieval",
        "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_spaced_arrow_ends_a_title_as_a_dash_does_but_a_chain_of_steps_does_not() -> None:
    listed = (
        "Leituras da semana:\n"
        "- Calibrated Token Budgets for Long-Context Language Models -> explica o orçamento\n"
        "- Contrastive Warmup Schedules for Sparse Vision Encoders\n"
    )
    assert "Calibrated Token Budgets for Long-Context Language Models" in _titles(listed)
    # (in a note, `A → B → C` is a pipeline's steps: no part of it is a title)
    noted = (
        "Título,Link,Tipo,Tema,Responsável,Sessão,Lido?,Tags,Notas\n"
        "Sparse Routing Experts for Dense Retrieval,https://arxiv.org/abs/2101.00017,Artigo,Escala,Ana Lima,"
        '3/7/2024,true,"escala, TPU",ler a seção 4\n'
        "Calibrated token budgets for long-context language models,,Artigo,Alinhamento,Bruno Reis,3/21/2024,false,"
        'RLHF,"arXiv:2203.01234 — o ""Budget"". Foco: SFT → RM → PPO, e a parte de rotuladores"\n'
    )
    assert {
        reference.arxiv_id: reference.title for reference in _references(noted.encode(), "sheet.csv")
    } == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2203.01234": "Calibrated token budgets for long-context language models",
    }


def test_a_tla_specifications_comments_are_read_and_its_formulas_are_not() -> None:
    spec = (
        "------------------------------ MODULE Shards ------------------------------\n"
        "\\* Skąd pochodzi model:\n"
        "\\*   Sparse Routing Experts for Dense Retrieval\n"
        "\\*     https://arxiv.org/abs/2101.00017\n"
        "\\*   Gradient Sharding for Elastic Pipeline Training\n"
        "\\*     https://arxiv.org/abs/2104.00302 (poza modelem)\n"
        "\\* Do przeczytania (bez linków):\n"
        "\\*   Calibrated Token Budgets for Long-Context Language Models\n"
        "\\*   Contrastive Warmup Schedules for Sparse Vision Encoders\n"
        "EXTENDS Naturals, Sequences\n"
        "(* Workers Owning Shards Send Gradients *)\n"
        "VARIABLES step, grads\n"
        "Init == step = 0 /\\ grads = <<>>\n"
        "=============================================================================\n"
    )
    references = _references(spec.encode(), "Shards.tla")
    assert {reference.arxiv_id: reference.title for reference in references if reference.arxiv_id} == {
        "2101.00017": "Sparse Routing Experts for Dense Retrieval",
        "2104.00302": "Gradient Sharding for Elastic Pipeline Training",
    }
    # (the unlinked titles are weighed as any list's; a formula's words in Title Case never are)
    assert "Workers Owning Shards Send Gradients" not in {reference.title for reference in references}


def test_a_yaml_settings_files_comments_are_read_as_words_and_a_to_read_lead_heads_a_list_of_papers() -> None:
    # (a trainer's YAML settings: no entry of a reading list, only a header comment listing what to read)
    config = (
        "# tr-en.yaml: çeviri deneyi, NLP grubu\n"
        "#\n"
        "# Cuma seminerinden önce okunacak (henüz bağlantı yok):\n"
        "#   * Calibrated Token Budgets for Long-Context Language Models\n"
        "#   * Contrastive Warmup Schedules for Sparse Vision Encoders\n"
        "#\n"
        "save_data: run/tr-en\n"
        "src_vocab: run/vocab.src\n"
        "train_steps: 200000\n"
        "learning_rate: 2.0\n"
    )
    assert _titles(config, "tr-en.yaml") == {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Contrastive Warmup Schedules for Sparse Vision Encoders",
    }


def test_a_short_lists_research_titles_beside_an_item_that_became_a_paper_are_weakly_papers() -> None:
    # (one item cited by where and when it appeared, read by another reader than the others: its siblings in Title
    # Case are papers too, weakly)
    listed = (
        "Para la próxima sesión (solo títulos, los PDF están en la carpeta del grupo del laboratorio):\n\n"
        "* Learning rate warmup for deep residual vision networks (Nature, 2019)\n"
        "* Calibrated Token Budgets for Long-Context Language Models\n"
        "* Contrastive Warmup Schedules for Sparse Vision Encoders\n"
        "* Sparse Vision Transformers\n"
        "* Coffee And Closing Remarks\n"
    )
    references = _references(listed.encode(), "sesion.md")
    siblings = {reference.title for reference in references if reference.reason == Reason.SIBLINGS.value}
    assert siblings == {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Contrastive Warmup Schedules for Sparse Vision Encoders",
        # (three words will do when all are research words; a list's other lines are not papers)
        "Sparse Vision Transformers",
    }
    assert all(reference.weak for reference in references if reference.title in siblings)


def test_a_title_ends_where_the_writers_next_sentence_opens_in_their_script() -> None:
    # (a chat log: the writer's lead, a title and its full stop, then their next sentence in Ukrainian, a
    # one-letter word first, naming another)
    chat = (
        "Журнал розмови: reading@conference.jabber.lab.example.ua\n"
        "Експортовано з Psi+ 1.5, 25.02.2026\n\n"
        "[24.02.2026 19:02:05] *** olena увійшла до кімнати\n"
        "[24.02.2026 19:03:15] <olena> Привіт! Складаю список на березень. Почнемо з бенчмарка:\n"
        "[24.02.2026 19:04:15] <taras> Плюс Gradient Sharding for Elastic Pipeline Training — "
        "https://arxiv.org/abs/2104.00302\n"
        "[24.02.2026 19:10:05] <ivan> Старе, але корисне: Calibrated Token Budgets for Long-Context Language Models. "
        "І ще Contrastive Warmup Schedules for Sparse Vision Encoders від DeepMind.\n"
        "[24.02.2026 19:11:25] <taras> згоден\n"
    )
    assert {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Contrastive Warmup Schedules for Sparse Vision Encoders",
    } <= _titles(chat, "chat.txt")


def test_an_xmpp_logs_nick_is_no_part_of_a_title() -> None:
    chat = (
        "[24.02.2026 19:03:15] <olena> Привіт! Складаю список на березень. Почнемо з бенчмарка:\n"
        "[24.02.2026 19:03:20] <olena> SparseBench: Can Routers Resolve Real Retrieval Tasks? "
        "https://arxiv.org/abs/2101.00017\n"
        "[24.02.2026 19:04:15] <taras> Для RAG: SparseRAG: Learning to Route, Rank, and Retrieve through "
        "Self-Reflection, arXiv:2203.01234\n"
    )
    references = _references(chat.encode(), "chat.txt")
    assert {reference.arxiv_id: reference.title for reference in references} == {
        "2101.00017": "SparseBench: Can Routers Resolve Real Retrieval Tasks?",
        "2203.01234": "SparseRAG: Learning to Route, Rank, and Retrieve through Self-Reflection",
    }


def test_a_survey_exports_paper_title_column_holds_titles_in_sentence_case_too() -> None:
    export = (
        "record_id,nomination_timestamp,paper_title,paper_link,reason\n"
        "1,2026-01-19 08:52:11,Sparse Routing Experts for Dense Retrieval,https://arxiv.org/abs/2101.00017,Msingi.\n"
        "2,2026-01-26 13:55:47,Learning rate warmup for deep residual vision networks,,Before the chatbot project.\n"
        "3,2026-01-27 07:31:26,Calibrated Token Budgets for Long-Context Language Models,,Mobile deployment.\n"
    )
    assert {reference.title for reference in _references(export.encode(), "nominations.csv")} == {
        "Sparse Routing Experts for Dense Retrieval",
        "Learning rate warmup for deep residual vision networks",
        "Calibrated Token Budgets for Long-Context Language Models",
    }


def test_a_research_title_in_sentence_case_between_a_cjk_sentences_commas_is_found() -> None:
    post = "视觉那边不用多说，Learning rate warmup for deep residual vision networks，今年最火的一篇。代码也快开源了。\n"
    assert "Learning rate warmup for deep residual vision networks" in _titles(post)
    # (words in sentence case that are no research title, between the same commas, are not)
    chat = "周末安排，we will meet at the usual place after lunch，大家记得带电脑。\n"
    assert _titles(chat) == set()


def test_a_plans_numbered_parts_reading_titles_are_title_lines_linked_or_not() -> None:
    plan = (
        "Proposed order for the spring term:\n\n"
        " week 1: Sparse Routing Experts for Dense Retrieval\n"
        " week 2: Calibrated Token Budgets for Long-Context Language Models\n"
        "            https://arxiv.org/abs/2203.01234\n"
        " week 3: Contrastive Warmup Schedules for Sparse Vision Encoders\n"
        "            http://arxiv.org/abs/2104.00302v2\n"
        " week 4: Scale\n"
    )
    references = _references(plan.encode(), "plan.txt")
    assert {reference.arxiv_id: reference.title for reference in references} == {
        "2203.01234": "Calibrated Token Budgets for Long-Context Language Models",
        "2104.00302": "Contrastive Warmup Schedules for Sparse Vision Encoders",
        None: "Sparse Routing Experts for Dense Retrieval",
    }
    assert [reference.weak for reference in references if reference.arxiv_id is None] == [True]


def test_a_chat_bots_buttons_each_a_title_take_a_short_title_too() -> None:
    # (a chat bot's YAML responses: a list of buttons titled with papers, one a link named `PDF`, one title short)
    domain = (
        "responses:\n"
        "  utter_paper:\n"
        '    - text: "Bu haftanın makalesi"\n'
        "      buttons:\n"
        '        - title: "PDF"\n'
        '          url: "https://arxiv.org/pdf/2101.00017"\n'
        "  utter_list:\n"
        '    - text: "Nisan için öneriler:"\n'
        "      buttons:\n"
        '        - title: "Calibrated Token Budgets for Long-Context Language Models"\n'
        '          payload: "/liste{\\"konu\\": \\"butce\\"}"\n'
        '        - title: "Sparse Warmup Encoders"\n'
        '          payload: "/liste{\\"konu\\": \\"isinma\\"}"\n'
        '        - title: "Contrastive Warmup Schedules for Sparse Vision Encoders"\n'
        '          payload: "/liste{\\"konu\\": \\"gorme\\"}"\n'
    )
    assert "Sparse Warmup Encoders" in _titles(domain, "domain.yml")


def test_a_task_lists_codes_under_name_leave_its_titles_to_the_description() -> None:
    # (an animation studio's task export: `Name` holds the tasks' codes; each description opens on the title)
    export = (
        "Project,Type,Name,Assignees,Status,Description\n"
        'RND_2026,Lektura,LEK_010,Ana Nowak,done,"Calibrated Token Budgets for Long-Context Language Models - klasyka, '
        'od tego zaczynamy."\n'
        "RND_2026,Lektura,LEK_020,Jan Wójcik,done,Learning Warmup using Nonequilibrium Contrastive Schedules\n"
        "RND_2026,Lektura,LEK_030,Ana Nowak,wip,Sparse Routing Experts for Dense Retrieval (Puig i Ferrer)\n"
    )
    assert {reference.title for reference in _references(export.encode(), "tasks.csv")} == {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Learning Warmup using Nonequilibrium Contrastive Schedules",
        "Sparse Routing Experts for Dense Retrieval",
    }


def test_a_live_coding_sessions_comments_name_titles_given_short_in_the_line_above() -> None:
    # (a TidalCycles set: Haskell comments between patterns; the writer names two papers short, then their titles)
    session = (
        "-- set.tidal — Algorave, Samstag\n"
        'd1 $ sound "bd*4 [~ bd]" # gain 1.1\n'
        "-- Block 4: Kompression (Calibra, SparseRoute … besprechen wir danach)\n"
        "--   Calibra: Token Budgets for Long-Context Language Models\n"
        "--   SparseRoute: Routing Experts for Dense Retrieval\n"
        'd5 $ slow 2 $ n (scale "minor" "0 .. 7") # sound "supersaw"\n'
    )
    assert _titles(session, "set.tidal") == {
        "Calibra: Token Budgets for Long-Context Language Models",
        "SparseRoute: Routing Experts for Dense Retrieval",
    }


def test_a_list_of_titles_written_as_a_sentence_one_a_line_is_a_list_of_titles() -> None:
    # (a game's text string: the items end at semicolons, the last at a full stop)
    source = (
        'postIt: Readable "post-it"\n'
        '    readDesc = "Per la prossima volta (Lucia):\n'
        "        Calibrated Token Budgets for Long-Context Language Models;\n"
        "        Sparse Routing Experts for Dense Retrieval;\n"
        "        Contrastive Warmup Schedules for Sparse Vision Encoders.\n"
        '        Registrazione: https://video.example.it/seminari/2024-03-07 "\n'
        ";\n"
    )
    assert _titles(source, "biblioteca.t") >= {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Sparse Routing Experts for Dense Retrieval",
        "Contrastive Warmup Schedules for Sparse Vision Encoders",
    }


def test_a_semicolon_lists_item_cut_by_its_parenthesis_is_a_sibling_of_its_titles() -> None:
    line = (
        "Lista de espera (sem links): Calibrated Token Budgets for Long-Context Language Models; Sparse Experts "
        "(Mostly) Route What They Know; Contrastive Warmup Schedules for Sparse Vision Encoders.\n"
    )
    references = _references(line.encode(), "notas.txt")
    assert {reference.title for reference in references} == {
        "Calibrated Token Budgets for Long-Context Language Models",
        "Sparse Experts (Mostly) Route What They Know",
        "Contrastive Warmup Schedules for Sparse Vision Encoders",
    }


def test_two_subtitled_titles_joined_by_and_in_another_language_are_two_papers() -> None:
    mail = (
        "> Para la sesión: Sparse: Routing Experts for Dense Retrieval Tasks, arXiv:2101.00017, luego\n"
        "> Calibra: Token Budgets for Long-Context Language Models y Warmup: Contrastive Schedules for Sparse "
        "Vision Encoders.\n"
        "> No hacen falta enlaces.\n"
    )
    titles = {reference.title for reference in _references(mail.encode(), "resumen.eml")}
    assert {
        "Calibra: Token Budgets for Long-Context Language Models",
        "Warmup: Contrastive Schedules for Sparse Vision Encoders",
    } <= titles


def test_a_titles_citation_in_parentheses_may_end_on_the_writers_note() -> None:
    listed = (
        "Eto yung shortlist ko:\n\n"
        "1. Sparse attention for protein structure prediction with FoldNet (Nature 2021, walang arXiv)\n"
        "2. Sparse Routing Experts for Dense Retrieval https://arxiv.org/pdf/2101.00017v4\n"
    )
    assert "Sparse attention for protein structure prediction with FoldNet" in _titles(listed, "thread.txt")
    # (in sentence case with no name of its own, its citation is all it has)
    plain = listed.replace(
        "Sparse attention for protein structure prediction with FoldNet",
        "Learning rate warmup for deep residual vision networks",
    )
    assert "Learning rate warmup for deep residual vision networks" in _titles(plain, "thread.txt")
