"""Habits the blind rounds 144 and 145 brought (tests/data/digests-round144 and -round145), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from paperlist.digests import Evidence
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from tests.reading import decoded_titles


def _references(data: bytes, name: str) -> list[tuple[str | None, str | None, Evidence]]:
    text, label = decode_digest(data, name)
    extraction = extract_document(text, name, html=label.startswith("html/"))
    return [
        (reference.title, reference.arxiv_id or reference.openreview_id, reference.evidence)
        for reference in extraction.references
    ]


def test_a_surveys_question_that_asks_for_a_paper_heads_the_column_of_its_titles() -> None:
    # (a form's export: the question asks for a paper "(title or link)"; its answers give a title alone, a title
    # and its link, a title and a note after a dash, the authors before a dash; another question asks why, and its
    # answers are sentences that may hold a repository's link, which is not the paper's)
    sheet = (
        "Zeitstempel,Name,Welches Paper schlägst du vor? (Titel oder Link),Warum dieses?\n"
        '2024-04-02 09:14,Lena,"Neural Ordinary Differential Equations, https://arxiv.org/abs/1806.07366",'
        '"Kontinuierliche Tiefe statt Schichten, passt gut zu unserem Thema über dynamische Systeme."\n'
        "2024-04-02 11:40,Timo,Score-Based Generative Modeling through Stochastic Differential Equations,"
        '"Verbindet Diffusion und SDEs, der Code liegt unter https://github.com/example/score-sde bereit."\n'
        "2024-04-03 08:05,Jana,Grathwohl & Duvenaud — FFJORD: Free-form Continuous Dynamics for Scalable "
        'Reversible Generative Models,"Weil die Spurschätzung elegant ist und wir sie im Projekt brauchen könnten."\n'
        "2024-04-03 17:22,Paul,Augmented Neural ODEs — gibt es als Vortrag,"
        '"Kurz und gut lesbar, die Idee der zusätzlichen Dimensionen ist wichtig für uns alle hier."\n'
    )
    references = _references(sheet.encode(), "umfrage.csv")
    titles = {title: paper for title, paper, _ in references}
    assert titles == {
        "Neural Ordinary Differential Equations": "1806.07366",
        "Score-Based Generative Modeling through Stochastic Differential Equations": None,
        "FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models": None,
        "Augmented Neural ODEs": None,
    }


def test_a_column_named_for_arxiv_that_holds_links_gives_them_as_links() -> None:
    # (a sheet's `arXiv` column: some cells a bare id, some the paper's page, with its scheme or without it)
    sheet = (
        "Title,arXiv,Owner\n"
        "Neural Ordinary Differential Equations,1806.07366,ana\n"
        "Latent ODEs for Irregularly-Sampled Time Series,https://arxiv.org/abs/1907.03907,bo\n"
        "Neural Controlled Differential Equations for Irregular Time Series,arxiv.org/pdf/2005.08926v2,cy\n"
    )
    evidence = {paper: how for _, paper, how in _references(sheet.encode(), "sheet.csv")}
    assert evidence == {
        "1806.07366": Evidence.ARXIV_TEXT,
        "1907.03907": Evidence.ARXIV_LINK,
        "2005.08926": Evidence.ARXIV_LINK,
    }


def test_a_quoted_name_in_a_mail_that_quotes_its_linked_papers_so_is_a_paper() -> None:
    # (a mail whose sessions quote each paper with its link below; the background reading is quoted the same way,
    # without a link: a paper too. A mail that quotes nothing linked gives no paper for such a quote)
    mail = (
        "Hei kaikki,\n\n"
        'ti 5.3. - "Improving Language Understanding by Generative Pre-Training"\n'
        "        https://arxiv.org/abs/1801.06146\n"
        'ti 12.3. - "Universal Language Model Fine-tuning for Text Classification"\n'
        "        https://arxiv.org/abs/1801.06146v5\n\n"
        'Taustaksi uusille: "Deep Contextualized Word Representations" - luvut 2 ja 3 riittävät,\n'
        "loput ovat tulostaulukoita.\n"
    )
    _, titles = decoded_titles(mail.encode(), "kutsu.eml")
    assert "Deep Contextualized Word Representations" in titles
    alone = 'Hei kaikki,\n\nTaustaksi uusille: "Deep Contextualized Word Representations" - luvut 2 ja 3 riittävät.\n'
    _, titles = decoded_titles(alone.encode(), "kutsu.txt")
    assert "Deep Contextualized Word Representations" not in titles


def test_a_quoted_title_then_its_authors_after_the_languages_word_for_by() -> None:
    # (Vietnamese `của`, Indonesian `oleh`: the quoted name's authors, then its year)
    post = (
        "Mình đang đọc “Recurrent Neural Network Regularization” của Zaremba và Sutskever (2014), khá dễ hiểu.\n\n"
        "Saya baru selesai membaca “Neural Turing Machines” oleh Graves, Wayne & Danihelka (2014).\n"
    )
    _, titles = decoded_titles(post.encode(), "bai.txt")
    assert {"Recurrent Neural Network Regularization", "Neural Turing Machines"} <= set(titles)


def test_a_video_series_named_before_its_maker_on_a_video_site_is_no_paper() -> None:
    # (a named video series: `series` before it, or its maker and the video site after it)
    thread = (
        "Trước khi đọc paper, nên xem series Deep Learning: Foundations and Concepts Explained của Bishop trên "
        "YouTube.\n\n"
        "Before the reading group, watch the series Probabilistic Machine Learning: Advanced Topics Walkthrough "
        "first.\n"
    )
    _, titles = decoded_titles(thread.encode(), "thread.txt")
    assert titles == {}


def test_a_numbered_label_over_a_list_of_courses_or_books_says_its_items_are_no_papers() -> None:
    # (a blog's numbered sections, each a label over its bulleted items: courses and books in Polish and Hindi are
    # no papers, the papers' section after them is)
    post = (
        "Darmowe materiały na start\n\n"
        "1. Kursy\n"
        "- Deep Learning Fundamentals (Lightning AI) – w przeglądarce, za darmo.\n"
        "- NPTEL: Foundations of Probabilistic Reasoning (IIT) – 12 tygodni.\n\n"
        "2. पुस्तकें\n"
        "- Mathematics for Machine Learning Explained Simply – मुफ़्त PDF।\n\n"
        "3. Artykuły\n"
        "- Attention Is All You Need – https://arxiv.org/abs/1706.03762\n"
    )
    _, titles = decoded_titles(post.encode(), "materialy.txt")
    assert titles == {"Attention Is All You Need": "1706.03762"}


def test_a_plain_text_heading_of_courses_holds_no_papers_read_by_their_shape() -> None:
    # (a plain text page's list of courses under its heading: a colon name there is a course; the same name in a
    # list of readings is read as a title)
    page = (
        "Resources\n\n"
        "## Courses\n\n"
        "- MOOC: Foundations of Statistical Learning Theory – eight weeks, free to audit.\n"
    )
    _, titles = decoded_titles(page.encode(), "resources.txt")
    assert titles == {}
    _, titles = decoded_titles(page.replace("Courses", "Readings").encode(), "resources.txt")
    assert "MOOC: Foundations of Statistical Learning Theory" in titles


def test_course_names_model_pairs_and_a_short_name_with_its_nickname_are_no_titles() -> None:
    # (a syllabus's course name in the catalogue's wording; a session's two models joined by a plus; two words and
    # their short name in parentheses, as short as the two words alone)
    syllabus = (
        "科目名\t機械学習特論\n"
        "（英語名）\tSpecial Topics in Statistical Machine Learning\n\n"
        "日程\n"
        "10/2 BYOL + SwAV（発表：中村）\n"
        "10/9 Masked Autoencoders Are Scalable Vision Learners（発表：佐藤）\n\n"
        "- Latent Diffusion (SD) — モデルカードは下の表を参照。\n"
    )
    _, titles = decoded_titles(syllabus.encode(), "syllabus.txt")
    assert set(titles) == {"Masked Autoencoders Are Scalable Vision Learners"}


def test_a_tuples_last_bare_word_gives_the_kind_of_what_its_quoted_name_names() -> None:
    # (a REPL's list of tuples, each a quoted name, its link or none, a priority, a note and a bare word for its
    # kind: a paper's name in sentence case is a paper, a book's or a video's is none)
    session = (
        "> (define reading\n"
        '  \'(("Improving neural networks by preventing co-adaptation of feature detectors" #f 1 "đọc lại" paper)\n'
        '    ("Elements of Statistical Learning, chapter 7" "https://example.org/esl" 2 "ôn tập" book)\n'
        '    ("Neural Networks Explained in Twelve Minutes" "https://example.org/v" 3 "xem" video)))\n'
        ";Value: reading\n"
    )
    _, titles = decoded_titles(session.encode(), "repl.txt")
    assert set(titles) == {"Improving neural networks by preventing co-adaptation of feature detectors"}


def test_a_data_strings_title_comes_without_the_note_after_its_dash_or_its_second_line() -> None:
    # (an API's strings: `Title — the writer's note`, a sentence-case title whose note opens on its short name, a
    # title with its id in parentheses then an escaped line break and a note; a lecture whose note links its slides
    # stays no paper)
    response = (
        "$ curl -s https://l10n.example.org/api/units/ | jq '.'\n"
        "{\n"
        '  "units": [\n'
        '    {"source": ["Neural Machine Translation of Rare Words with Subword Units — cite it for BPE."]},\n'
        '    {"source": ["Enriching word vectors with subword information — FastText, for the history part."]},\n'
        '    {"source": ["Adam: A Method for Stochastic Optimization (arXiv:1412.6980)\\nthe optimiser we use"]},\n'
        '    {"source": ["Seminar on Sequence Models (autumn) — slides at https://example.org/seq — not a paper"]}\n'
        "  ]\n"
        "}\n"
    )
    references = _references(response.encode(), "units.json")
    titles = {title: paper for title, paper, _ in references}
    assert titles == {
        "Neural Machine Translation of Rare Words with Subword Units": None,
        "Enriching word vectors with subword information": None,
        "Adam: A Method for Stochastic Optimization": "1412.6980",
    }


def test_a_checkers_snippets_of_a_list_give_no_titles_cut_short_or_with_their_ids() -> None:
    # (a grammar checker's report: each match quotes its sentence whole, a list's line with its arXiv id, and a
    # context cut at both ends, `...ntroduction to Title — note...`)
    report = (
        "1. Deep Residual Learning for Image Recognition, arXiv:1512.03385 .\n\n"
        "{\n"
        '  "context": {"text": "...ntroduction to Graph Neural Networks — читаємо весь семестр..."},\n'
        '  "sentence": "1. Deep Residual Learning for Image Recognition, arXiv:1512.03385 ."\n'
        "}\n"
    )
    _, titles = decoded_titles(report.encode(), "report.txt")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


def test_a_note_file_titled_under_front_matter_that_tags_it_a_paper_is_one_in_heads_print() -> None:
    # (`head` over a board's task files: each file's banner, its front matter with its tags, then `# Title`; one
    # file's comments heading is no page's tail, the next files follow it)
    printed = (
        "==> tasks/a.md <==\n"
        "---\n"
        "created: 2024-04-01T08:00:00.000Z\n"
        "tags:\n"
        "  - paper\n"
        "---\n\n"
        "# Spatial Transformer Networks\n\n"
        "Ghi chú ngắn.\n\n"
        "## Comments\n\n"
        "==> tasks/b.md <==\n"
        "---\n"
        "tags: [admin]\n"
        "---\n\n"
        "# Order New Lab Monitors\n\n"
        "==> tasks/c.md <==\n"
        "---\n"
        "type: paper\n"
        "---\n\n"
        "# Densely Connected Convolutional Networks\n"
    )
    _, titles = decoded_titles(printed.encode(), "head.txt")
    assert set(titles) == {"Spatial Transformer Networks", "Densely Connected Convolutional Networks"}


def test_a_services_error_status_in_a_log_is_no_title() -> None:
    # (a bot's log: its messages in Thai, an API's status code and phrase after them)
    log = (
        '{"_time":"2024-05-01T10:00:00Z","_msg":"ส่งไม่สำเร็จ: Slack API 503 Service Unavailable"}\n'
        '{"_time":"2024-05-01T10:01:00Z","_msg":"ส่งไม่สำเร็จ: Webhook Gateway 404 Not Found"}\n'
    )
    _, titles = decoded_titles(log.encode(), "bot.log")
    assert titles == {}


def test_a_short_name_the_sentence_goes_on_from_is_no_title_but_one_alone_on_its_line_is() -> None:
    # (a numbered instruction in Korean opening on a product's name, the sentence going on from it at once; a
    # numbered short title alone on its line in a Chinese list stays a paper)
    guide = (
        "## 기여 방법\n\n"
        "1. Example Cloud Console 설정에서 저장소 권한을 받습니다.\n"
        "2. 브랜치를 만들고 PR 을 보냅니다.\n\n"
        "## 论文\n\n"
        "（1）Deep Networks with Stochastic Depth\n"
        "（2）Going Deeper, Too\n"
    )
    _, titles = decoded_titles(guide.encode(), "guide.md")
    assert "Example Cloud Console" not in titles
    assert "Going Deeper, Too" in titles


def test_a_title_typed_in_lower_case_heads_its_entry_and_a_lab_forges_repository_is_no_paper() -> None:
    # (a forum post's numbered entries, one title typed all in lower case, its venue and the writer's note below;
    # a BibTeX `@misc` whose one link is a repository on the lab's own forge is the code, not a paper)
    post = (
        "整理一下最近讀的：\n\n"
        "(1) 《Parameter-Efficient Transfer Learning for NLP》\n"
        "    ICML 2019\n"
        "    心得：adapter 的起點。\n\n"
        "(2) mad-x: an adapter-based framework for multi-task cross-lingual transfer\n"
        "    NeurIPS 2021，程式碼在作者的 GitHub。\n"
        "    心得：參數更少。\n"
    )
    _, titles = decoded_titles(post.encode(), "post.txt")
    assert "mad-x: an adapter-based framework for multi-task cross-lingual transfer" in titles
    bib = (
        "@misc{stellarnet_code,\n"
        "  title = {stellarnet: self-supervised representation learning for stellar spectra},\n"
        "  author = {Ana Ruiz and Bo Chen},\n"
        "  year = {2024},\n"
        "  howpublished = {\\url{https://git.obs.example.edu/aruiz/stellarnet}}\n"
        "}\n"
    )
    _, titles = decoded_titles(bib.encode(), "refs.bib")
    assert titles == {}


def test_a_boxed_array_ruled_under_every_row_has_no_header_row() -> None:
    # (an array language's boxed table: a rule under every row, its first line a row as the others, not a header)
    rows = [
        (
            "1",
            "Neural Machine Translation of Rare Words with Subword Units",
            "https://arxiv.org/abs/1508.07909",
        ),
        ("1", "Deep contextualized word representations", "no link, NAACL 2018"),
        (
            "2",
            "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
            "https://arxiv.org/pdf/1908.10084",
        ),
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]

    def rule(left: str, middle: str, right: str) -> str:
        return left + middle.join("─" * width for width in widths) + right

    lines = ['   (<"0 week) ,. titles ,. links', rule("┌", "┬", "┐")]
    for number, row in enumerate(rows):
        lines.append("│" + "│".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) + "│")
        lines.append(rule("├", "┼", "┤") if number < len(rows) - 1 else rule("└", "┴", "┘"))
    _, titles = decoded_titles(("\n".join(lines) + "\n").encode(), "session.txt")
    assert titles == {
        "Neural Machine Translation of Rare Words with Subword Units": "1508.07909",
        "Deep contextualized word representations": None,
        "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks": "1908.10084",
    }


def test_a_query_shells_table_under_one_rule_gives_its_title_column_and_its_banner_no_title() -> None:
    # (a query shell's result: a banner in angle brackets, the columns' names over one rule of equals signs, the
    # strings in single quotes, NULL for none, a presenter's name in Hangul, which a terminal shows two columns
    # wide; the papers' key column, `paper_id`, is no column of titles)
    rows = [
        ("201", "'정하은'", "'Efficient Transformers: A Survey'", "'https://arxiv.org/abs/2009.06732'", "1"),
        ("202", "'김민준'", "'Random Feature Attention'", "NULL", "2"),
        ("203", "'정하은'", "'Rethinking Attention with Performers'", "NULL", "2"),
    ]
    widths = [9, 10, 42, 36, 4]
    header = ["paper_id", "presenter", "title", "url", "week"]

    def padded(cells: tuple[str, ...] | list[str]) -> str:
        out = ""
        for cell, width in zip(cells, widths, strict=True):
            shown = sum(2 if "\uac00" <= char <= "\ud7a3" else 1 for char in cell)
            out += "  " + cell + " " * (width - shown)
        return out.rstrip()

    session = (
        "sql> SELECT paper_id, presenter, title, url, week FROM paper;\n\n"
        "=== <Query Result 1> ===\n\n"
        + padded(header)
        + "\n"
        + "=" * len(padded(header))
        + "\n"
        + "\n".join(padded(row) for row in rows)
        + "\n\n3 rows selected.\n"
    )
    _, titles = decoded_titles(session.encode(), "session.txt")
    assert titles == {
        "Efficient Transformers: A Survey": "2009.06732",
        "Random Feature Attention": None,
        "Rethinking Attention with Performers": None,
    }


def test_a_question_titles_subtitle_after_its_question_mark_stays_in_it() -> None:
    # (a log's message in Russian: a label, a title whose first part is a question, its subtitle, a note)
    log = (
        '{"level":"info","msg":"Добавлена статья: Do Vision Transformers See Like Convolutional Neural Networks? '
        'A Representational Study (без ссылки)"}\n'
    )
    _, titles = decoded_titles(log.encode(), "bot.log")
    assert set(titles) == {
        "Do Vision Transformers See Like Convolutional Neural Networks? A Representational Study"
    }


def test_a_licences_name_is_no_title() -> None:
    # (a data package's licences beside its resources: each licence's name in a title field)
    package = (
        '{\n  "name": "reading-list",\n  "licenses": [\n'
        '    {"name": "ODC-BY-1.0", "title": "Open Data Commons Attribution License v1.0"},\n'
        '    {"name": "CC-BY-SA-4.0", "title": "Creative Commons Attribution Share-Alike 4.0"}\n  ],\n'
        '  "resources": [{"name": "papers", "data": [{"title": "Layer Normalization", '
        '"url": "https://arxiv.org/abs/1607.06450"}]}]\n}\n'
    )
    _, titles = decoded_titles(package.encode(), "datapackage.json")
    assert titles == {"Layer Normalization": "1607.06450"}


def test_a_list_digests_topics_are_its_messages_subjects_not_papers() -> None:
    # (a mailing list's digest: its topics numbered with their messages' counts, each message below under its
    # subject, `Re:` before a reply's; the papers a message numbers make the topics no papers' list)
    digest = (
        "Today's Topics:\n\n"
        "  1. Grupa czytelnicza: agenci i narzędzia (2)\n"
        "  2. Benchmarki na maj (1)\n"
        "  3. Sala i link do Teams (1)\n\n"
        "----------------------------------------------------------------------\n\n"
        "Date:    Mon, 3 Jun 2024 10:00:00 +0200\n"
        "From:    Adam Nowak <an@example.org>\n"
        "Subject: Grupa czytelnicza: agenci i narzędzia\n\n"
        "Propozycja:\n\n"
        "1. Toolformer: Language Models Can Teach Themselves to Use Tools https://arxiv.org/abs/2302.04761\n"
        "2. ReAct: Synergizing Reasoning and Acting in Language Models https://arxiv.org/abs/2210.03629\n"
        "3. Reflexion: Language Agents with Verbal Reinforcement Learning https://arxiv.org/abs/2303.11366\n\n"
        "------------------------------\n\n"
        "Date:    Tue, 4 Jun 2024 09:12:00 +0200\n"
        "From:    Jana Vogt <jv@example.org>\n"
        "Subject: Re: Benchmarki na maj\n\n"
        "Na maj proponuję MMLU i HELM, szczegóły później.\n"
    )
    _, titles = decoded_titles(digest.encode(), "digest.txt")
    assert set(titles) == {
        "Toolformer: Language Models Can Teach Themselves to Use Tools",
        "ReAct: Synergizing Reasoning and Acting in Language Models",
        "Reflexion: Language Agents with Verbal Reinforcement Learning",
    }


def test_a_bulleted_title_subtitled_in_sentence_case_beside_a_paper_is_one() -> None:
    # (a message's two bulleted papers, the second a Title Case name and a subtitle in sentence case)
    message = (
        "Für Juni schlage ich zwei Klassiker vor:\n\n"
        "- Adversarial NLI: A New Benchmark for Natural Language Understanding (ANLI)\n"
        "- Holistic Evaluation of Language Models: Benchmarking many models across many scenarios and metrics\n"
        "  (HELM, nur die Einleitung)\n"
    )
    _, titles = decoded_titles(message.encode(), "message.txt")
    assert set(titles) == {
        "Adversarial NLI: A New Benchmark for Natural Language Understanding",
        "Holistic Evaluation of Language Models: Benchmarking many models across many scenarios and metrics",
    }


def test_a_title_then_its_lab_and_year_after_a_dash_is_a_paper() -> None:
    # (a forum reply's lines of papers, one with its lab and year after a dash, then the writer's note)
    reply = (
        "Има цяла поредица:\n"
        "Reformer: The Efficient Transformer – https://arxiv.org/abs/2001.04451 (LSH внимание)\n"
        "Compressive Transformers for Long-Range Sequence Modelling – DeepMind, 2019. Компресира старата памет.\n"
    )
    _, titles = decoded_titles(reply.encode(), "reply.txt")
    assert "Compressive Transformers for Long-Range Sequence Modelling" in titles


def test_a_surveys_answer_naming_a_second_paper_on_its_next_line_gives_both() -> None:
    # (a form's answer: a title, then on its next line the writer's words naming another)
    sheet = (
        "Zeitstempel,Welches Paper schlägst du vor? (Titel oder Link),Warum?\n"
        '2024-04-02 09:14,"Language Models are Unsupervised Multitask Learners\n'
        'und dazu Improving Language Understanding by Generative Pre-Training",'
        '"Die beiden ersten GPT-Arbeiten gehören für mich einfach zusammen, in dieser Reihenfolge gelesen."\n'
        "2024-04-03 10:01,https://arxiv.org/abs/2001.08361,Kurz und gut.\n"
        '2024-04-03 11:30,"Attention Is All You Need — https://arxiv.org/abs/1706.03762",Der Klassiker.\n'
    )
    _, titles = decoded_titles(sheet.encode(), "umfrage.csv")
    assert {
        "Language Models are Unsupervised Multitask Learners",
        "Improving Language Understanding by Generative Pre-Training",
        "Attention Is All You Need",
    } <= set(titles)


def test_search_results_titled_as_notes_on_one_paper_name_that_paper() -> None:
    # (a search engine's results copied as text: posts whose titles say they are notes on a paper, then its whole
    # title, then the site's name; a post tagged as an event names none)
    page = (
        "搜索结果\n\n"
        "【论文笔记】Deep Networks with Stochastic Depth_随机深度-CSDN博客\n"
        "2023年5月2日 — 训练时随机丢弃残差块...\n"
        "blog.csdn.net/example/article/details/1 - 快照\n\n"
        "论文解读 | Densely Connected Convolutional Networks - 知乎\n"
        "2022年1月9日 — 每一层都与之前所有层相连...\n"
        "zhuanlan.zhihu.com/p/1 - 快照\n\n"
        "[논문 리뷰] Searching for Activation Functions\n"
        "Swish 를 처음 제안한 논문입니다.\n\n"
        "【活动】Summer School on Computer Vision 2024_报名-CSDN博客\n"
        "2024年3月1日 — 报名截止...\n"
    )
    _, titles = decoded_titles(page.encode(), "results.txt")
    assert set(titles) == {
        "Deep Networks with Stochastic Depth",
        "Densely Connected Convolutional Networks",
        "Searching for Activation Functions",
    }


def test_an_e_book_catalogues_entries_with_a_publisher_an_isbn_or_an_edition_are_books() -> None:
    # (an OPDS feed of a lab's e-book library: each entry's publisher, ISBN or edition says it is a book)
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/">\n'
        "  <title>Library</title>\n"
        "  <entry><title>Kernel Methods for Pattern Analysis in Practice</title>\n"
        "    <author><name>John Shawe</name></author><dc:issued>2004</dc:issued><dc:publisher>Springer</dc:publisher>\n"
        '    <link rel="http://opds-spec.org/acquisition" type="application/pdf" href="/opds/1.pdf"/></entry>\n'
        "  <entry><title>Probabilistic Graphical Models for Vision</title>\n"
        "    <dc:identifier>urn:isbn:978-0-00-000000-0</dc:identifier>\n"
        '    <link rel="http://opds-spec.org/acquisition" type="application/epub+zip" href="/opds/2.epub"/></entry>\n'
        "  <entry><title>Dive into Statistical Learning (2nd ed. draft)</title>\n"
        "    <author><name>Ana Ruiz</name></author>\n"
        '    <link rel="http://opds-spec.org/acquisition" type="application/pdf" href="/opds/3.pdf"/></entry>\n'
        "</feed>\n"
    )
    _, titles = decoded_titles(feed.encode(), "catalog.xml")
    assert titles == {}


def test_a_note_tools_listing_and_its_notes_tagged_a_paper_give_their_titles() -> None:
    # (a note tool's session: its files listed with their titles, most of them research titles; a note whose
    # heading has the tag for a paper under it, in Hindi)
    session = (
        "$ zk list --format '{{path}}  {{title}}'\n"
        "a1b2.md  Deep Residual Learning for Image Recognition\n"
        "c3d4.md  Wide Residual Networks for Image Classification\n"
        "e5f6.md  संसाधन: पायटॉर्च ट्यूटोरियल\n"
        "g7h8.md  Identity Mappings in Deep Residual Networks\n\n"
        "$ cat i9j0.md\n"
        "# Aggregated Residual Transformations for Deep Neural Networks\n\n"
        "#पेपर #cnn\n\n"
        "- लिंक अभी नहीं मिला।\n"
    )
    _, titles = decoded_titles(session.encode(), "zk.txt")
    assert {
        "Deep Residual Learning for Image Recognition",
        "Wide Residual Networks for Image Classification",
        "Identity Mappings in Deep Residual Networks",
        "Aggregated Residual Transformations for Deep Neural Networks",
    } <= set(titles)


def test_a_reading_plans_row_cites_its_paper_in_one_cell_and_may_link_two() -> None:
    # (a course's plan copied from its page, a row a week: one cell cites the paper by its authors (`i` for and),
    # year, title and venue; another row's cell cites two papers, each with its id)
    plan = (
        "Setmana\tData\tTema\tLectura\tComplementària\n"
        "1\t09/09/2024\tRegularització\tSrivastava, Hinton i Salakhutdinov (2014). Dropout: A Simple Way to "
        "Prevent Neural Networks from Overfitting. JMLR 15.\tNotebook 1\n"
        "2\t16/09/2024\tOptimització\tKingma i Ba (2015). Adam: A Method for Stochastic Optimization. "
        "arXiv:1412.6980 — i — Loshchilov i Hutter. Decoupled Weight Decay Regularization. "
        "https://arxiv.org/abs/1711.05101\t—\n"
    )
    _, titles = decoded_titles(plan.encode(), "pla.txt")
    assert "Dropout: A Simple Way to Prevent Neural Networks from Overfitting" in titles
    assert {paper for paper in titles.values() if paper} == {"1412.6980", "1711.05101"}


def test_a_competition_with_its_year_is_no_paper() -> None:
    # (a newsletter's items: a competition named with its year beside a linked paper)
    issue = (
        "Newsletter\n\n"
        "- Sparse Retrieval Benchmark Challenge 2023 — results are out, see the leaderboard.\n"
        "- Dense Passage Retrieval for Open-Domain Question Answering — https://arxiv.org/abs/2004.04906\n"
    )
    _, titles = decoded_titles(issue.encode(), "issue.txt")
    assert titles == {"Dense Passage Retrieval for Open-Domain Question Answering": "2004.04906"}
