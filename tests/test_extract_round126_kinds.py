"""Habits the blind rounds 124 to 127 brought (tests/data/digests-round124 to -round127), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_flash_cards_give_the_title_their_definition_opens_not_the_term_run_into_it() -> None:
    # (a flash-card set exported as `term<TAB>definition`, a card a line: the term in the writer's words or a short
    # name, the definition opening on the paper's title, its authors, a link or nothing; cards that are no paper)
    cards = (
        "Residual-Netze\tDeep Residual Learning for Image Recognition — He et al., CVPR 2016. Skip-Verbindungen.\n"
        "Adam\tAdam: A Method for Stochastic Optimization — Kingma & Ba — https://arxiv.org/abs/1412.6980 — Momente\n"
        "Batch-Normierung (BN)\tBatch Normalization: Accelerating Deep Network Training by Reducing Internal "
        "Covariate Shift (ICML 2015), nur der Titel.\n"
        "Dropout\tVerfahren, das zufällig Neuronen abschaltet; siehe Vorlesung 4.\n"
        "Prüfung\t12.07., 10 Uhr, Hörsaal 2; Karten 1–20.\n"
    )
    _, titles = decoded_titles(cards.encode(), "karten.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_a_protocol_session_sending_quoted_titles_gives_the_ones_without_ids_too() -> None:
    # (a key-value store's or a search index's session typed by hand: a command in capitals, its arguments, then
    # the quoted text it stores, `Title — note`; a third of the items or more give an id, so a title in research
    # words among them is a paper's, a lecture's name is not)
    session = (
        "$ redis-cli -h lectura.example.es\n"
        'lectura.example.es:6379> RPUSH lista:vision "Deep Residual Learning for Image Recognition — '
        'https://arxiv.org/abs/1512.03385 — clásico"\n'
        "(integer) 1\n"
        'lectura.example.es:6379> RPUSH lista:vision "Adam: A Method for Stochastic Optimization — arXiv:1412.6980"\n'
        "(integer) 2\n"
        'lectura.example.es:6379> RPUSH lista:vision "Attention Is All You Need — https://arxiv.org/abs/1706.03762"\n'
        "(integer) 3\n"
        'lectura.example.es:6379> RPUSH lista:vision "Neural Ordinary Differential Equations — solo el título, '
        'María busca el enlace"\n'
        "(integer) 4\n"
        'lectura.example.es:6379> RPUSH lista:vision "Clase de Visión por Computador (curso 2024/25) — diapositivas"\n'
        "(integer) 5\n"
        "lectura.example.es:6379> LRANGE lista:vision 0 -1\n"
    )
    _, titles = decoded_titles(session.encode(), "sesion.txt")
    assert titles.get("Neural Ordinary Differential Equations", "missing") is None
    assert not any("Clase" in title for title in titles)
    assert {"1512.03385", "1412.6980", "1706.03762"} <= set(titles.values())


def test_a_time_trackers_records_give_their_quoted_titles_among_others_with_ids() -> None:
    # (a data file a program writes, a record a line: a keyword, times, marks, then quoted values; a third of the
    # records or more name a paper by its id, so a title quoted alone in another, in title or sentence case, is a
    # paper's; a record of a course is not)
    records = (
        'entry 2025-03-03T08:00 2025-03-03T09:10 | "Attention Is All You Need" lectura | "arXiv:1706.03762"\n'
        'entry 2025-03-04T08:00 2025-03-04T09:00 | "Deep Residual Learning for Image Recognition" lectura | '
        '"https://arxiv.org/abs/1512.03385"\n'
        'entry 2025-03-05T08:00 2025-03-05T08:40 | curso | "clase 4 del curso de visión, grabación"\n'
        'entry 2025-03-06T08:00 2025-03-06T09:30 | "Adam: A Method for Stochastic Optimization" lectura | '
        '"https://arxiv.org/pdf/1412.6980v9"\n'
        'entry 2025-03-07T08:00 2025-03-07T09:00 | "Neural Ordinary Differential Equations" lectura\n'
        'entry 2025-03-10T08:00 2025-03-10T09:00 | "Playing Atari with deep reinforcement learning" lectura '
        '| "NIPS workshop 2013, impreso"\n'
    )
    _, titles = decoded_titles(records.encode(), "registro.data")
    assert titles.get("Neural Ordinary Differential Equations", "missing") is None
    assert titles.get("Playing Atari with deep reinforcement learning", "missing") is None
    assert {"1706.03762", "1512.03385", "1412.6980"} <= set(titles.values())
    assert len(titles) == 5


def test_a_printed_structs_field_that_titles_its_linked_records_titles_the_others_whatever_its_name() -> None:
    # (a program's records printed by its debugger or its shell, `key: "value",` a field a line, the keys in the
    # writer's language: the field that holds the title of the records giving an id holds the others' too; a
    # repository's name under it is no paper)
    printed = (
        "iex(3)> IO.inspect(lugemik)\n"
        "[\n"
        "  %{\n"
        '    markus: "klassika",\n'
        '    pealkiri: "Deep Residual Learning for Image Recognition",\n'
        '    viide: "https://arxiv.org/abs/1512.03385"\n'
        "  },\n"
        "  %{\n"
        "    markus: nil,\n"
        '    pealkiri: "Adam: A Method for Stochastic Optimization",\n'
        '    viide: "arXiv:1412.6980"\n'
        "  },\n"
        "  %{\n"
        '    markus: "raamatukogus",\n'
        '    pealkiri: "Neural Ordinary Differential Equations",\n'
        "    viide: nil\n"
        "  },\n"
        "  %{\n"
        '    markus: "hoidla, kood",\n'
        '    pealkiri: "karpathy/nanoGPT",\n'
        "    viide: nil\n"
        "  }\n"
        "]\n"
    )
    _, titles = decoded_titles(printed.encode(), "iex.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Neural Ordinary Differential Equations": None,
    }


def test_a_sessions_label_then_a_citation_gives_its_quoted_title_in_any_script() -> None:
    # (a syllabus's sessions: a session's number and topic, a colon (full-width in Chinese and Japanese), then the
    # reading cited by its authors, its year in parentheses and its quoted title, in sentence case too)
    syllabus = (
        "课程安排\n"
        "\n"
        "第3周　变分推断：Kingma & Welling (2014) \u201cAuto-encoding variational Bayes\u201d, ICLR\n"
        "第5周　对抗网络：Goodfellow et al. (2014) \u201cGenerative Adversarial Nets\u201d, NeurIPS\n"
        'Week 9: Kingma & Ba (2015) "Adam: A Method for Stochastic Optimization", ICLR\n'
    )
    _, titles = decoded_titles(syllabus.encode(), "kecheng.txt")
    assert set(titles) == {
        "Auto-encoding variational Bayes",
        "Generative Adversarial Nets",
        "Adam: A Method for Stochastic Optimization",
    }


def test_a_title_in_book_marks_then_its_venue_then_its_link_is_the_links_one_paper() -> None:
    # (Japanese references: `Authors 『Title』（Venue Year） link`, and a quoted title right before a full-width
    # parenthesis giving its id: one paper each, its id with its title, not an id alone and a title alone)
    references = (
        "参考書\n"
        "\n"
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun 『Deep Residual Learning for Image Recognition』"
        "（CVPR 2016） https://arxiv.org/abs/1512.03385\n"
        "Ashish Vaswani et al. 『Attention Is All You Need』（NeurIPS 2017） https://arxiv.org/pdf/1706.03762\n"
        "最適化：Kingma & Ba \u201cAdam: A Method for Stochastic Optimization\u201d（arXiv:1412.6980、ICLR版）\n"
    )
    _, titles = decoded_titles(references.encode(), "sankou.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Attention Is All You Need": "1706.03762",
        "Adam: A Method for Stochastic Optimization": "1412.6980",
    }


def test_a_titles_label_after_the_writers_sentences_starts_the_title() -> None:
    # (a search hit's or a notice's description: the writer's sentences, then a title's label and the title, its
    # citation after it; the sentences before are no part of it)
    notes = (
        "Resultados\n"
        "\n"
        "Grupo de lectura, sesión 4 (12.03.2025), diapositivas: Ana Ruiz. Artículo: Neural Ordinary Differential "
        "Equations (Chen et al., NeurIPS 2018). Solvers adaptativos y el método adjunto.\n"
        "Port of the ResNet block. Paper: Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385\n"
    )
    _, titles = decoded_titles(notes.encode(), "resultados.txt")
    assert titles == {
        "Neural Ordinary Differential Equations": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_consoles_box_down_the_left_is_read_past_and_a_record_linking_a_docs_page_is_no_paper() -> None:
    # (a command-line client's output: each printed object in a box drawn down its left, `┌` / `│ {…}` / `└`; the
    # records read as written, a title field and its link or id field one paper; a record whose link is a
    # documentation's page names that page)
    output = (
        "$ lectura-cli listar --formato objeto\n"
        "→ GET /api/lecturas [200 OK]\n"
        "  ┌\n"
        "  │ {\n"
        "  │   title: 'Deep Residual Learning for Image Recognition',\n"
        "  │   url: 'https://arxiv.org/abs/1512.03385'\n"
        "  │ }\n"
        "  └\n"
        "  ┌\n"
        "  │ {\n"
        "  │   title: 'Attention Is All You Need',\n"
        "  │   arxiv: 'arXiv:1706.03762',\n"
        "  │   url: null\n"
        "  │ }\n"
        "  └\n"
        "  ┌\n"
        "  │ {\n"
        "  │   title: 'PyTorch Distributed Overview',\n"
        "  │   url: 'https://pytorch.org/tutorials/beginner/dist_overview.html'\n"
        "  │ }\n"
        "  └\n"
        "  ✓  estado 200\n"
    )
    _, titles = decoded_titles(output.encode(), "salida.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Attention Is All You Need": "1706.03762",
    }


def test_a_bookmark_with_files_and_a_note_opening_on_a_title_are_read_as_papers() -> None:
    # (a read-later app's API answer: a bookmark titled by its paper, its PDF kept as an asset, the assets a list
    # of the app's own ids; a text bookmark whose note opens on a short name, a dash and the title, the writer's
    # words in their script under it; a link bookmark, its page's title and address in its content)
    answer = (
        "{\n"
        '  "bookmarks": [\n'
        "    {\n"
        '      "id": "q1w2e3r4t5y6u7i8o9p0a1s2",\n'
        '      "title": "Deep Residual Learning for Image Recognition",\n'
        '      "tags": [{"id": "t9y8u7i6o5p4", "name": "視覺", "attachedBy": "ai"}],\n'
        '      "content": {"type": "asset", "assetType": "pdf", "fileName": "resnet.pdf"},\n'
        '      "assets": [{"id": "z1x2c3v4b5n6m7a8s9d0f1g2", "assetType": "bannerImage"}]\n'
        "    },\n"
        "    {\n"
        '      "id": "h1j2k3l4z5x6c7v8b9n0m1q2",\n'
        '      "title": null,\n'
        '      "content": {"type": "text", "text": "CPC — Representation Learning with Contrastive Predictive '
        'Coding\\nยังหาลิงก์ไม่เจอ จดชื่อมาจากสไลด์ของอาจารย์"},\n'
        '      "assets": []\n'
        "    },\n"
        "    {\n"
        '      "id": "w1e2r3t4y5u6i7o8p9a0s1d2",\n'
        '      "title": null,\n'
        '      "content": {"type": "link", "title": "Attention Is All You Need", '
        '"url": "https://arxiv.org/abs/1706.03762"},\n'
        '      "assets": []\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    _, titles = decoded_titles(answer.encode(), "bookmarks.json")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Representation Learning with Contrastive Predictive Coding": None,
        "Attention Is All You Need": "1706.03762",
    }


def test_a_search_programs_places_before_the_lines_it_found_are_read_past() -> None:
    # (`git grep -n` over a notes repository: each line found after its file's path (quoted with its bytes escaped
    # when not ASCII) and its number; the lines read as they are in their files: items with links, items with a
    # title alone, its citation in parentheses, a note in the writer's script after a dash)
    found = (
        "eleni@lab:~/simeioseis$ git grep -n -i 'arxiv\\|τίτλος'\n"
        '"\\317\\203\\316\\265\\316\\274\\316\\271\\316\\275\\316\\254\\317\\201\\316\\271\\316\\277/2025-03.md":4:- Deep Residual '
        "Learning for Image Recognition — https://arxiv.org/abs/1512.03385\n"
        '"\\317\\203\\316\\265\\316\\274\\316\\271\\316\\275\\316\\254\\317\\201\\316\\271\\316\\277/2025-03.md":6:- Attention Is '
        "All You Need (arXiv:1706.03762) — το παρουσιάζει η Ρένα\n"
        "anagnoseis/prosopika.md:3:- [ ] Self-Supervised Variational Auto-Encoders — δεν βρήκα ακόμα σύνδεσμο\n"
        "anagnoseis/prosopika.md:5:- [ ] A Fast Learning Algorithm for Deep Belief Nets (Hinton 2006, Neural "
        "Computation) — PDF από τη βιβλιοθήκη\n"
        "README.md:2:- οι σύνδεσμοι άρθρων πάντα ως arXiv abs\n"
    )
    _, titles = decoded_titles(found.encode(), "grep.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Attention Is All You Need": "1706.03762",
        "Self-Supervised Variational Auto-Encoders": None,
        "A Fast Learning Algorithm for Deep Belief Nets": None,
    }


def test_a_labelled_title_in_sentence_case_is_read_and_a_kind_at_a_parenthesis_end_is_no_paper() -> None:
    # (a program's records printed field by field: a title's label and its colon, then the title as its
    # paper writes it, in sentence case; a record whose title ends on whose it is and its kind in parentheses, a
    # company's docs, a university's course, is that thing)
    records = (
        "$ leer --formato campos\n"
        "id: 1\n"
        "título: Understanding the difficulty of training deep feedforward neural networks\n"
        "arxiv: -\n"
        "\n"
        "id: 2\n"
        "título: Deep Residual Learning for Image Recognition\n"
        "arxiv: 1512.03385\n"
        "\n"
        "id: 3\n"
        "título: Spinning Up in Deep RL (OpenAI docs)\n"
        "arxiv: -\n"
        "\n"
        "id: 4\n"
        "título: Convolutional Neural Networks for Visual Recognition (Stanford course)\n"
        "arxiv: -\n"
        "\n"
        "id: 5\n"
        "título: Deep Reinforcement Learning Course\n"
        "arxiv: -\n"
    )
    _, titles = decoded_titles(records.encode(), "campos.txt")
    assert titles == {
        "Understanding the difficulty of training deep feedforward neural networks": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_book_named_with_its_edition_in_another_language_is_no_paper() -> None:
    # (a blog's comments: a reader names the book they are reading, its edition in parentheses in their language;
    # the post's paper, linked, stays one)
    comments = (
        "<html><body>\n"
        '<p>Начните с <a href="https://arxiv.org/abs/1512.03385">Deep Residual Learning for Image Recognition</a>.</p>\n'
        '<div class="comment"><p>Для начинающих: я читаю Шелиски, Computer Vision: Algorithms and Applications '
        "(2-е издание), очень понятно.</p></div>\n"
        '<div class="comment"><p>我在读 Pattern Recognition and Machine Learning（第2版），很清楚。</p></div>\n'
        "</body></html>\n"
    )
    _, titles = decoded_titles(comments.encode(), "post.html")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


def test_a_courses_english_name_about_papers_in_a_cjk_page_is_no_paper() -> None:
    # (a syllabus page: the course's English name on a line of its own cell, about papers in the plural; the
    # readings below it are the papers)
    page = (
        "课程名称\n"
        "<英文>\t深度学习经典论文导读\n"
        "Guided Reading of Landmark Papers in Machine Learning\t授课教师\n"
        "\n"
        "第1周　He et al. (2016) \u201cDeep Residual Learning for Image Recognition\u201d，CVPR\n"
        "第2周　Vaswani et al. (2017) \u201cAttention Is All You Need\u201d，NeurIPS\n"
    )
    _, titles = decoded_titles(page.encode(), "kecheng.txt")
    assert set(titles) == {"Deep Residual Learning for Image Recognition", "Attention Is All You Need"}
