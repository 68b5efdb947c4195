"""Habits the blind rounds 122 and 123 brought (tests/data/digests-round122 and -round123), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_title_above_two_link_lines_goes_to_the_first_and_the_digest_is_read() -> None:
    # (a chat message naming one paper, then two links on lines of their own: reading it failed outright)
    digest = (
        "[12.01.2025, 09:15:22] Nil Sen: पहला — Deep Residual Learning for Image Recognition\n"
        "https://openreview.net/forum?id=H1eA7AEtvS\n"
        "https://arxiv.org/pdf/1706.03762.pdf\n"
        "[12.01.2025, 09:16:40] Ravi: धन्यवाद!\n"
    )
    _, titles = decoded_titles(digest.encode(), "chat.txt")
    assert titles["Deep Residual Learning for Image Recognition"] == "H1eA7AEtvS"
    assert "1706.03762" in titles.values()


def test_readings_whose_authors_end_at_a_semicolon_are_read_as_references() -> None:
    # (a university's course page: `Full Name, Full Name; Title, Venue, vol., pp., Year`, one per line, some after
    # a week's label; the textbooks among them are books)
    page = (
        "Literatura podstawowa\n"
        "Christopher M. Bishop; Pattern recognition and machine learning, Springer, 2006. ISBN: 978-0-387-31073-2\n"
        "\n"
        "Literatura uzupełniająca\n"
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun; Deep Residual Learning for Image Recognition, CVPR, 2016\n"
        "Diederik P. Kingma, Jimmy Ba; Adam: A Method for Stochastic Optimization, ICLR 2015 (arXiv:1412.6980)\n"
        "\n"
        "Tydzień 5 - Ashish Vaswani, Noam Shazeer, Niki Parmar et al.; Attention Is All You Need, NIPS 2017.\n"
    )
    _, titles = decoded_titles(page.encode(), "sylabus.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Attention Is All You Need": None,
    }


def test_a_toon_document_is_read_as_the_records_its_rows_spell() -> None:
    # (TOON, JSON written for language models' prompts: a list's rows under a header of its fields, cells apart
    # by commas or the tab its brackets name, quoted when they hold one; half the rows give an id, in a link or
    # bare under an `arxiv` field, so a short title among them is a paper's too)
    toon = (
        "ryhmä: Lukupiiri\n"
        "päivitetty: 2025-02-01\n"
        "tunnisteet[3]: nlp,näkö,rl\n"
        "paperit[4]{otsikko,linkki,arxiv,tila}:\n"
        '  "Attention Is All You Need",https://arxiv.org/abs/1706.03762,null,luettu\n'
        "  Deep Residual Learning for Image Recognition,null,1512.03385,kesken\n"
        '  "Neural Turing Machines",null,null,"lukematta, lyhyt"\n'
        "  Neural Ordinary Differential Equations,null,null,lukematta\n"
        "työkalut[2\t]{nimi\tlinkki}:\n"
        "  PyTorch Lightning\thttps://github.com/Lightning-AI/lightning\n"
        "  Weights, Biases\thttps://wandb.ai/\n"
        "istunnot[2]:\n"
        "  - päivä: 2025-02-06\n"
        "    aihe: Transformer\n"
        "  - päivä: 2025-02-13\n"
        "    aihe: ResNet\n"
    )
    label, titles = decoded_titles(toon.encode(), "lukulista.toon")
    assert label.startswith("json/toon/")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Neural Turing Machines": None,
        "Neural Ordinary Differential Equations": None,
    }


def test_text_that_only_looks_like_a_toon_header_is_read_as_text() -> None:
    # (a line of a Markdown note shaped like a list's header, then prose: no TOON grammar reads the rest)
    note = (
        "results[3]{acc,f1}:\n"
        "The table above comes from Deep Residual Learning for Image Recognition, https://arxiv.org/abs/1512.03385\n"
        "and we never reran it.\n"
    )
    label, titles = decoded_titles(note.encode(), "notes.md")
    assert not label.startswith("json/toon/")
    assert "1512.03385" in titles.values()


def test_a_word_in_parentheses_inside_an_english_title_in_other_script_prose_is_the_titles() -> None:
    # (a task written in Hindi around the title; a name in parentheses after a title stays out of it)
    tasks = (
        "बैठक से पहले पढ़ें Language Models (Mostly) Know What They Know और नोट्स लिखें\n"
        "फिर Attention Is All You Need (Transformer) दोबारा पढ़ें\n"
    )
    _, titles = decoded_titles(tasks.encode(), "tasks.txt")
    assert set(titles) == {"Language Models (Mostly) Know What They Know", "Attention Is All You Need"}


def test_an_id_on_a_line_of_its_own_words_does_not_take_the_title_of_the_paper_linked_above() -> None:
    # (a search index's commands, each pushing a paper's note: the second's id opens its own line, its title after
    # it; the title above already has its OpenReview link, and the arXiv id is another paper's)
    session = (
        'ADD lecturas grupo-ml doc:resnet "Deep Residual Learning for Image Recognition — '
        'https://openreview.net/forum?id=AbCdEfGh123 — leer antes del jueves"\n'
        "OK\n"
        'ADD lecturas grupo-ml arxiv:1706.03762 "Attention Is All You Need (arXiv:1706.03762) — el transformer '
        'original, enlace pendiente todavía"\n'
        "OK\n"
    )
    _, titles = decoded_titles(session.encode(), "indice.txt")
    assert titles["Deep Residual Learning for Image Recognition"] == "AbCdEfGh123"
    assert "1706.03762" in titles.values()


def test_the_quoted_title_in_a_time_trackers_line_is_the_title_of_the_link_after_it() -> None:
    # (times, tags and an annotation around the one quoted title, then its link: a time's `T` and `Z` are no words)
    data = (
        'inc 20250301T080000Z - 20250301T093000Z # "BERT: Pre-training of Deep Bidirectional Transformers for '
        'Language Understanding" lectura # "https://arxiv.org/abs/1810.04805 — para el jueves"\n'
        'inc 20250302T080000Z - 20250302T093000Z # "Offline Reinforcement Learning: Tutorial, Review, and '
        'Perspectives on Open Problems" lectura # "arXiv:2005.01643, sin enlace"\n'
    )
    _, titles = decoded_titles(data.encode(), "lecturas.data")
    assert titles == {
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding": "1810.04805",
        "Offline Reinforcement Learning: Tutorial, Review, and Perspectives on Open Problems": "2005.01643",
    }


def test_a_title_quoted_in_an_earlier_sentence_is_not_the_title_of_a_link_another_sentence_ends() -> None:
    # (prose that quotes one title, then names another before the link: the link is never the first's)
    prose = (
        'Zacznij od "Deep Residual Learning for Image Recognition" (ResNet). Potem przeczytaj '
        "Neural Ordinary Differential Equations — https://arxiv.org/abs/1806.07366 — bez pośpiechu.\n"
    )
    _, titles = decoded_titles(prose.encode(), "notatka.txt")
    assert "1806.07366" in titles.values()
    assert titles.get("Deep Residual Learning for Image Recognition") != "1806.07366"


def test_a_citation_with_full_names_then_the_writers_note_gives_the_title_not_the_note() -> None:
    # (a syllabus's cell: the authors' full names, `et al.`, the title, the venue and year, then what to read of it)
    page = (
        "| Week | Topic | Reading |\n"
        "| --- | --- | --- |\n"
        "| 1 | CNNs | Kaiming He, Xiangyu Zhang, Shaoqing Ren et al., Deep Residual Learning for Image Recognition, "
        "Proceedings of CVPR, 2016. Lees secties 1–3. |\n"
        "| 2 | Attention | Ashish Vaswani, Noam Shazeer, Niki Parmar et al., Attention Is All You Need, NIPS 2017 |\n"
        "| 3 | Adam | Diederik P. Kingma and Jimmy Ba, Adam: A Method for Stochastic Optimization, ICLR 2015 |\n"
    )
    _, titles = decoded_titles(page.encode(), "syllabus.md")
    assert set(titles) == {
        "Deep Residual Learning for Image Recognition",
        "Attention Is All You Need",
        "Adam: A Method for Stochastic Optimization",
    }


def test_a_nature_journal_by_its_full_name_and_year_ends_a_title() -> None:
    # (a syllabus's cell: the title, a comma, the journal of Nature's by its name and the year, then a note)
    page = (
        "- Shortcut Learning in Deep Neural Networks, Nature Machine Intelligence 2020 – om generalisering\n"
        "- Highly accurate protein structure prediction with AlphaFold, Nature 2021\n"
        "- Mastering the game of Go without human knowledge, Nature Communications 2017 – läs inledningen\n"
    )
    _, titles = decoded_titles(page.encode(), "kurs.md")
    assert set(titles) == {
        "Shortcut Learning in Deep Neural Networks",
        "Highly accurate protein structure prediction with AlphaFold",
        "Mastering the game of Go without human knowledge",
    }


def test_an_iso_690_list_with_surnames_in_capitals_and_full_given_names_is_a_reference_list() -> None:
    # (a thesis's list copied from its PDF: `SURNAME, Given [et al.] – Title [online]. …`, no blank line between
    # entries, each wrapped where the page's line ended, a place and its publisher apart by ` : ` across lines)
    references = (
        "Références bibliographiques\n"
        "HE, Kaiming [et al.] – Deep Residual Learning for Image Recognition. In IEEE CONFERENCE ON COMPUTER\n"
        "VISION AND PATTERN RECOGNITION, Las Vegas, 2016 – Proceedings. [S.l.] : IEEE, 2016. p. 770-778.\n"
        "VASWANI, Ashish [et al.] – Attention Is All You Need [en ligne]. In ADVANCES IN NEURAL INFORMATION\n"
        "PROCESSING SYSTEMS, 30, 2017. [S.l.] :\n"
        "Curran Associates, 2017. Disponible sur WWW:<URL:https://arxiv.org/abs/1706.03762>.\n"
        "GOODFELLOW, Ian ; BENGIO, Yoshua ; COURVILLE, Aaron – Deep learning. Cambridge, MA : The MIT\n"
        "Press, 2016. ISBN 978-0-262-03561-3.\n"
        "KINGMA, Diederik P. ; BA, Jimmy – Adam: A Method for Stochastic Optimization [en ligne]. [S.l.] :\n"
        "arXiv, 2014. Disponible sur WWW:<URL:https://arxiv.org/abs/1412.6980>.\n"
    )
    _, titles = decoded_titles(references.encode(), "these.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Attention Is All You Need": "1706.03762",
        "Adam: A Method for Stochastic Optimization": "1412.6980",
    }


def test_a_three_word_title_then_its_models_name_and_a_summary_after_a_colon_is_a_paper() -> None:
    # (a Japanese post's paragraph: a short title, the model's name in full-width parentheses, the writer's summary)
    post = (
        "### 記憶とアテンション\n\n"
        "Neural Turing Machines（NTM）：外部メモリへの読み書きを微分可能にした古典。今読んでも面白い。\n\n"
        "Pointer Networks：出力が入力の位置を指す。\n\n"
        "PyTorch Lightning（PL）：学習ループを書かずに済むライブラリ。\n"
    )
    _, titles = decoded_titles(post.encode(), "post.md")
    assert set(titles) == {"Neural Turing Machines"}


def test_a_conferences_track_in_a_citations_parentheses_is_no_paper() -> None:
    # (a task's note: the title, then where it appeared, its track named after the venue and year)
    note = (
        "Para leer antes: LAION-5B: An open large-scale dataset for training next generation image-text models "
        "(NeurIPS 2022, Datasets and Benchmarks Track).\n\n"
        "Y también Large Language Models Are Reasoning Teachers (ACL 2023, Main Conference).\n"
    )
    _, titles = decoded_titles(note.encode(), "tarea.txt")
    assert not {"Datasets and Benchmarks Track", "Main Conference"} & set(titles)
    assert "Large Language Models Are Reasoning Teachers" in titles


def test_a_search_answers_description_of_its_query_is_no_paper() -> None:
    # (an OpenSearch-style answer: the query it answers and its next page, each titled, then the items found)
    import json

    answer = {
        "queries": {
            "request": [{"title": "Lab Search Engine - Vision Transformers", "searchTerms": "transformers", "startIndex": 1,
                         "totalResults": "412"}],
            "nextPage": [{"title": "Lab Search Engine - Vision Transformers", "searchTerms": "transformers", "startIndex": 11,
                          "totalResults": "412"}],
        },
        "items": [
            {"title": "Attention Is All You Need", "link": "https://arxiv.org/abs/1706.03762",
             "snippet": "The dominant sequence transduction models…"},
            {"title": "Deep Residual Learning for Image Recognition", "link": "https://arxiv.org/abs/1512.03385",
             "snippet": "Deeper neural networks are more difficult to train…"},
        ],
    }  # fmt: skip
    _, titles = decoded_titles(json.dumps(answer, ensure_ascii=False).encode(), "busqueda.json")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_video_named_after_its_kind_and_the_writers_words_in_their_script_is_no_paper() -> None:
    # (a to-do list: a lecture video to watch, its kind and the writer's words before a colon; then a paper)
    plan = (
        "오늘의 할 일\n\n"
        '- 강의 영상 복습: "Neural Networks From Scratch In Practice"\n'
        '- 논문 읽기: "Deep Residual Learning for Image Recognition"\n'
    )
    _, titles = decoded_titles(plan.encode(), "plan.md")
    assert set(titles) == {"Deep Residual Learning for Image Recognition"}


def test_a_gost_entrys_authors_after_the_slash_end_at_the_next_area_not_at_the_venue() -> None:
    # (GOST 7.0.5: `Surname, I. Title / I. Surname, … [et al.]. – Year. – Text : electronic // Venue. – URL: …`)
    references = (
        "Список литературы\n\n"
        "1. He, K. Deep Residual Learning for Image Recognition / K. He, X. Zhang, S. Ren, J. Sun. – 2015. – "
        "Текст : электронный // arXiv. – URL: https://arxiv.org/abs/1512.03385 (дата обращения: 01.02.2024).\n"
        "2. Vaswani, A. Attention Is All You Need / A. Vaswani, N. Shazeer, N. Parmar [et al.]. – 2017. – "
        "Текст : электронный // OpenReview. – URL: https://openreview.net/forum?id=AbCdEfGh123 "
        "(дата обращения: 01.02.2024).\n"
    )
    _, titles = decoded_titles(references.encode(), "rpd.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Attention Is All You Need": "AbCdEfGh123",
    }
