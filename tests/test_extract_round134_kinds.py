"""Habits the blind rounds 132 to 135 brought (tests/data/digests-round132 to -round135), each written here in a
small digest of its own, in other words and languages than the round's."""

from __future__ import annotations

from paperlist.ingest.decode import decode_digest
from tests.reading import decoded_titles


def test_a_lone_reference_with_whole_names_and_its_id_after_its_year_gives_its_title() -> None:
    # (a note holding a reference or two pasted from a paper, not under any references heading: its authors named
    # in full with a middle initial, and after its venue and year its arXiv id, or a journal's volume and issue)
    note = (
        "Para el seminario del jueves:\n\n"
        "Ashish Vaswani, Noam M. Shazeer, Niki Parmar et al. Attention Is All You Need. NeurIPS 2017. "
        "arXiv:1706.03762\n\n"
        "Yann A. LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner. Gradient-Based Learning Applied to Document "
        "Recognition. Proceedings of the IEEE 86(11), 1998.\n\n"
        "Llevad portátil. Sala 2.14, Edificio C.\n"
    )
    _, titles = decoded_titles(note.encode(), "seminario.txt")
    assert titles.get("Attention Is All You Need") == "1706.03762"
    assert "Gradient-Based Learning Applied to Document Recognition" in titles
    assert not any(title and "Parmar" in title for title in titles)
    assert len(titles) == 2


def test_one_or_two_titles_listed_under_a_lead_that_speaks_of_papers_are_weak_papers() -> None:
    # (a message's short list: the lead says papers or readings, the items are research titles alone on their
    # lines, one with its code's link in parentheses; a short list under a lead that says tools is no list of papers)
    message = (
        "Lecturas para el martes:\n\n"
        "1. Neural Ordinary Differential Equations (code: https://github.com/example/torchdiffeq )\n"
        "2. Augmented Neural ODEs for Irregular Time Series\n\n"
        "Herramientas que usaremos:\n\n"
        "- Weights and Biases Dashboard\n"
        "- Lightning Fabric Launcher\n\n"
        "Saludos,\nMarta\n"
    )
    _, titles = decoded_titles(message.encode(), "martes.txt")
    assert "Neural Ordinary Differential Equations" in titles
    assert "Augmented Neural ODEs for Irregular Time Series" in titles
    assert not any(title and ("Weights" in title or "Lightning" in title) for title in titles)
    bulleted = "Two papers for Friday:\n- Deep Sets: Permutation Invariant Functions on Sets\n- Conditional Neural Processes\n"
    _, titles = decoded_titles(bulleted.encode(), "friday.txt")
    assert set(titles) == {
        "Deep Sets: Permutation Invariant Functions on Sets",
        "Conditional Neural Processes",
    }


def test_a_reference_written_title_first_gives_the_title_without_its_authors() -> None:
    # (a wiki page's references, each its title, a full stop, then its authors, whole names with initials)
    page = (
        "Quellen aus dem Wiki:\n"
        "Language Models are Few-Shot Learners. Tom B. Brown, Benjamin Mann, Nick Ryder et al. NeurIPS 2020.\n"
        "Learning Transferable Visual Models From Natural Language Supervision. Alec Radford, Jong Wook Kim, "
        "Chris Hallacy. ICML 2021.\n"
    )
    _, titles = decoded_titles(page.encode(), "quellen.txt")
    assert set(titles) == {
        "Language Models are Few-Shot Learners",
        "Learning Transferable Visual Models From Natural Language Supervision",
    }


def test_a_paragraph_led_by_a_research_title_in_bold_under_a_papers_heading_is_a_weak_paper() -> None:
    # (a newsletter's sections: under its papers heading each paragraph opens on a title in bold and the writer's
    # note; under its tools heading each on a tool's name, and its introduction speaks of neither)
    letter = (
        "# Notas da semana\n\n"
        "**Open Source Highlights** — o que mudou este mês.\n\n"
        "## Artigos e papers\n\n"
        "**Scaling Instruction-Finetuned Language Models** — ajuste por instruções em 1.800 tarefas.\n\n"
        "**Efficient Streaming Language Models with Attention Sinks** — contexto infinito sem retreinar.\n\n"
        "## Ferramentas\n\n"
        "**Text Generation Inference Server** — servidor de inferência.\n"
    )
    _, titles = decoded_titles(letter.encode(), "notas.md")
    assert set(titles) == {
        "Scaling Instruction-Finetuned Language Models",
        "Efficient Streaming Language Models with Attention Sinks",
    }


def test_a_title_in_a_sentence_named_by_its_first_author_right_after_or_read_before_more_words() -> None:
    # (a blog's prose: a title in emphasis and its first author's name after a comma; a title the writer says they
    # read, their sentence going on in lower case after it; a run of capitals after `read` that stops at `of` is
    # not cut there)
    post = (
        "In *Neural Ordinary Differential Equations*, Chen et al. made depth continuous.\n\n"
        "I finally read Densely Connected Convolutional Networks last night and it holds up.\n\n"
        "Then reread Efficient Estimation of Word Representations in Vector Space, Table 2 especially.\n"
    )
    _, titles = decoded_titles(post.encode(), "blog.txt")
    assert "Neural Ordinary Differential Equations" in titles
    assert "Densely Connected Convolutional Networks" in titles
    assert not any(title and title.startswith("Efficient Estimation") for title in titles) or (
        "Efficient Estimation of Word Representations in Vector Space" in titles
    )
    assert "Efficient Estimation" not in titles


def test_a_coined_name_and_its_short_subtitle_in_a_chinese_sentence_is_a_weak_paper() -> None:
    # (a name in mixed case, a colon and three words of subtitle, run into a Chinese sentence after a verb, its id
    # nowhere: a title, while a tool's plain name in the same sentence is not)
    post = "这周组里讨论了 QLoRA 的替代方案，有人提出了 GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection，显存更省，还有人推荐 PyTorch Lightning。\n"
    _, titles = decoded_titles(post.encode(), "组会.txt")
    assert "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection" in titles
    short = "上周有人提出了 AdaMerge: Sparse Adapter Merging，效果比 LoRA 好。\n"
    _, titles = decoded_titles(short.encode(), "笔记.txt")
    assert set(titles) == {"AdaMerge: Sparse Adapter Merging"}


def test_an_openreview_link_whose_equals_sign_a_template_escaped_gives_its_id() -> None:
    # (a README a template engine wrote: `=` as `&#x3D;` in a link's query, and percent-encoded in another)
    readme = (
        "# Reading list\n\n"
        "- **Deformable DETR: Deformable Transformers for End-to-End Object Detection** · "
        "[OpenReview](https://openreview.net/forum?id&#61;gZ9hCDWe6ke)\n"
        "- **Fourier Neural Operator for Parametric Partial Differential Equations** · "
        "[PDF](https://openreview.net/pdf?id%3Dc8P9NQVtmnO)\n"
    )
    _, titles = decoded_titles(readme.encode(), "README.md")
    assert titles == {
        "Deformable DETR: Deformable Transformers for End-to-End Object Detection": "gZ9hCDWe6ke",
        "Fourier Neural Operator for Parametric Partial Differential Equations": "c8P9NQVtmnO",
    }


def test_records_a_program_printed_with_escaped_bytes_are_read_as_the_text_they_spell() -> None:
    # (a key-value store's dump: each value's fields parted by the unit separator, every byte outside ASCII
    # printed as a backslash and two hex digits; the notes are Ukrainian, a record's id in its own field)
    def escaped(text: str) -> str:
        return "".join(
            char
            if char.isascii() and char.isprintable()
            else "".join(f"\\{byte:02x}" for byte in char.encode())
            for char in text
        )

    records = [
        (
            "2024-03-01#1",
            "Deep Residual Learning for Image Recognition\x1f\x1f1512.03385\x1fкласика, читати першою",
        ),
        (
            "2024-03-01#2",
            "Densely Connected Convolutional Networks\x1f\x1f\x1fнемає посилання, шукати в бібліотеці",
        ),
        (
            "2024-03-08#1",
            "Squeeze-and-Excitation Networks\x1fhttps://arxiv.org/abs/1709.01507\x1f\x1fпро увагу",
        ),
    ]
    dump = (
        "VERSION=3\nformat=print\ntype=btree\nHEADER=END\n"
        + "".join(f" {key}\n {escaped(value)}\n" for key, value in records)
        + "DATA=END\n"
    )
    assert "\\d0\\ba" in dump
    _, titles = decoded_titles(dump.encode(), "reading.dump")
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"
    assert titles.get("Squeeze-and-Excitation Networks") == "1709.01507"
    assert "Densely Connected Convolutional Networks" in titles
    text, _ = decode_digest(dump.encode(), "reading.dump")
    assert "класика" in text
    # (a LaTeX source's backslashes are no escaped bytes)
    latex = "Notes: \\begin{itemize} \\item \\bf\\ce\\ab{Title} \\end{itemize}\n"
    assert decode_digest(latex.encode(), "notes.txt")[0].count("\\") == latex.count("\\")


def test_a_sheet_with_no_title_column_reads_its_notes_column_as_the_writers_words() -> None:
    # (a time tracker's export: each session's note names what was read, with its link, in its title marks, or
    # before its short name and the writer's note in parentheses; a note of other work names nothing)
    sheet = (
        "Started,Ended,Project,Notes,Billable\n"
        "2024-05-06 09:00,2024-05-06 10:00,読書,Deep Residual Learning for Image Recognition "
        "https://arxiv.org/abs/1512.03385 を読んだ,No\n"
        "2024-05-06 10:30,2024-05-06 11:00,開発,データローダーの修正,No\n"
        "2024-05-07 09:00,2024-05-07 10:30,読書,「Learning transferable visual models from natural language "
        "supervision」（CLIP）ゼロショットの節まで,No\n"
        "2024-05-08 09:00,2024-05-08 09:45,読書,評価：General Language Understanding Evaluation Benchmark Suite"
        "（GLUE，9 タスク）,No\n"
    )
    _, titles = decoded_titles(sheet.encode(), "sessions.csv")
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"
    assert "Learning transferable visual models from natural language supervision" in titles
    assert "General Language Understanding Evaluation Benchmark Suite" in titles
    assert len(titles) == 3
    # (a concept's name and its short name alone in parentheses is no paper's)
    _, titles = decoded_titles(
        "深度学习里，Deep Convolutional Neural Networks（CNNs）很常见。\n".encode(), "a.txt"
    )
    assert titles == {}


def test_a_quoted_title_with_its_venue_a_few_words_later_and_a_bullet_with_its_code_link_are_papers() -> None:
    # (a forwarded note: a quoted title, the writer's word and its author's name, then where and when it appeared;
    # a newsletter's bullets: a title, the writer's note in two scripts, and a link its label calls the code,
    # behind a click tracker's address)
    note = '- como repaso histórico, el clásico "Deep Boltzmann Machines" de Salakhutdinov (AISTATS 2009).\n'
    _, titles = decoded_titles(note.encode(), "note.txt")
    assert "Deep Boltzmann Machines" in titles
    letter = (
        "**อื่น ๆ**\n\n"
        "- Masked Autoencoders Are Scalable Vision Learners — ภาพรวมดีมาก "
        "([โค้ด](https://news.example.ac.th/l/Ab12/Cd34))\n"
        "- ชุดข้อมูล: COCO 2017 ([ลิงก์](https://news.example.ac.th/l/Ef56/Gh78))\n"
    )
    _, titles = decoded_titles(letter.encode(), "letter.md")
    assert set(titles) == {"Masked Autoencoders Are Scalable Vision Learners"}


def test_a_book_a_tutorial_or_software_the_writer_marks_so_in_their_language_is_no_paper() -> None:
    # (a book by its chapter or its kind in another script, a tutorial the writer says in parentheses is not a
    # paper, a program in a reference list by ISO 690's designation in the list's language; the paper beside them
    # is still read)
    notes = (
        "id | 標題 | 連結\n"
        "6 | Pattern Recognition and Machine Learning, অধ্যায় ৩ (বই) | https://prml.example.org/\n"
        "7 | Hands-On Machine Learning with Scikit-Learn and TensorFlow（O'Reilly 教學，不是論文） | "
        "https://homl.example.org/\n"
        "8 | Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift | "
        "https://arxiv.org/abs/1502.03167\n"
    )
    _, titles = decoded_titles(notes.encode(), "notes.txt")
    assert titles == {
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": "1502.03167"
    }
    references = (
        "ЛИТЕРАТУРА\n\n"
        "[1] HE, Kaiming et al. Deep residual learning for image recognition. In: Proceedings of the IEEE "
        "Conference on Computer Vision and Pattern Recognition. 2016, s. 770–778.\n"
        "[2] PASZKE, Adam. Torchvision Model Zoo [софтвер]. GitHub, 2017 [приступљено 3. 3. 2024].\n"
        "[3] SIMONYAN, Karen a ZISSERMAN, Andrew. Very deep convolutional networks for large-scale image "
        "recognition. arXiv preprint arXiv:1409.1556, 2014.\n"
    )
    _, titles = decoded_titles(references.encode(), "literatura.txt")
    assert "Deep residual learning for image recognition" in titles
    assert not any(title and "Torchvision" in title for title in titles)


def test_a_competition_quoted_after_the_word_for_it_is_no_paper() -> None:
    # (a club's news: the competition it enters, quoted after the word for a competition in the writer's language,
    # a research title's words or not; a paper quoted in the same post is still read)
    post = (
        'El club participará en la competición de Kaggle "Predicting Molecular Properties with Graph Networks" '
        "este semestre.\n\n"
        "Kolo weźmie udział w konkursie „Detecting Machine Generated Text in Student Essays”.\n\n"
        'Lectura previa: "Neural Message Passing for Quantum Chemistry" (Gilmer et al., 2017).\n'
    )
    _, titles = decoded_titles(post.encode(), "club.txt")
    assert set(titles) == {"Neural Message Passing for Quantum Chemistry"}


def test_a_table_listing_files_reads_the_pdfs_named_by_research_titles() -> None:
    # (a query console's table of a downloads folder: PDFs named by their papers' titles, short ones too, a
    # wheel, an archive and slides named otherwise)
    table = (
        "| name | bytes | modified |\n"
        "|---|---|---|\n"
        "| Deep Image Prior.pdf | 811203 | 2024-05-01 |\n"
        "| Neural Discrete Representation Learning.pdf | 1022044 | 2024-05-02 |\n"
        "| torch-2.3.0-cp311-none-macosx_11_0_arm64.whl | 61022044 | 2024-05-03 |\n"
        "| cifar-10-python.tar.gz | 170498071 | 2024-05-03 |\n"
        "| Folien Woche 3.pdf | 4022044 | 2024-05-04 |\n"
    )
    _, titles = decoded_titles(table.encode(), "downloads.md")
    assert set(titles) == {"Deep Image Prior", "Neural Discrete Representation Learning"}


def test_a_sheets_column_headed_as_the_paper_keeps_its_titles_whatever_its_row_links() -> None:
    # (a reading plan's sheet, its title column headed by the language's word for a paper: a row linking the
    # benchmark's repository or its leaderboard still names its paper; an id in parentheses after a title is the
    # row's id, not the title's words; a practice session's row is no paper)
    sheet = (
        "№;Tema;Artículo;Enlace;Ponente\n"
        "1;Evaluación;Holistic Evaluation of Language Models: Measuring the capabilities of foundation models;"
        "https://github.com/example-org/helm;Lucía\n"
        "2;Evaluación;Chatbot Arena: An Open Platform for Evaluating LLMs by Human Preference;"
        "https://arena.example.org/?leaderboard;Pablo\n"
        "3;Escalado;Scaling Laws for Neural Language Models (arXiv:2001.08361);;Marta\n"
        "4;Práctica;Ejecutar el arnés de evaluación en nuestros modelos;https://github.com/example-org/harness;Pablo\n"
    )
    _, titles = decoded_titles(sheet.encode(), "plan.csv")
    assert titles == {
        "Holistic Evaluation of Language Models: Measuring the capabilities of foundation models": None,
        "Chatbot Arena: An Open Platform for Evaluating LLMs by Human Preference": None,
        "Scaling Laws for Neural Language Models": "2001.08361",
    }


def test_a_reference_whose_only_venue_is_a_sites_address_is_no_paper() -> None:
    # (a thesis's references copied from its PDF: a tool and a data dump cited by their pages and a year, a page
    # footer run into one of them; the papers around them are read)
    references = (
        "参考文献\n"
        "[1] Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. BERT: Pre-training of deep\n"
        "bidirectional transformers for language understanding. In Proceedings of NAACL-HLT, pp. 4171–4186, 2019.\n"
        "[2] Tomoko Sato. Kagome: A morphological analyzer written in Go.\n"
        "https://kagome.example.org/, 2019.\n"
        "― 112 ―\n"
        "[3] Example Archive Foundation. Example Archive text dumps.\n"
        "https://dumps.example.org/, 2022.\n"
        "[4] Taku Kudo and John Richardson. SentencePiece: A simple and language independent subword tokenizer\n"
        "and detokenizer for neural text processing. In Proceedings of EMNLP: System Demonstrations, 2018.\n"
    )
    _, titles = decoded_titles(references.encode(), "refs.txt")
    assert set(titles) == {
        "BERT: Pre-training of deep bidirectional transformers for language understanding",
        "SentencePiece: A simple and language independent subword tokenizer and detokenizer for neural text "
        "processing",
    }


def test_a_terminal_session_reads_its_pretty_printed_json_as_records_and_its_capitals_bibliography() -> None:
    # (a shell session: a bibliography printed by `cat`, ISO 690's surnames in capitals, unmarked, an entry a line;
    # then a parser's JSON of it through `jq .`, each field a list of one string: the records' titles are read,
    # their journals and publishers are not, and a book is no paper)
    session = (
        "ana@laptop:~/tese$ cat refs.txt\n"
        "SUTSKEVER, Ilya, VINYALS, Oriol e LE, Quoc V. Sequence to Sequence Learning with Neural Networks. "
        "In: Advances in Neural Information Processing Systems 27. 2014.\n"
        "BAHDANAU, Dzmitry, CHO, Kyunghyun e BENGIO, Yoshua. Neural Machine Translation by Jointly Learning "
        "to Align and Translate. arXiv:1409.0473, 2014.\n"
        "GOODFELLOW, Ian, BENGIO, Yoshua e COURVILLE, Aaron. Deep Learning. Cambridge: MIT Press, 2016.\n"
        "ana@laptop:~/tese$ anystyle -f json parse refs.txt | jq .\n"
        "[\n"
        "  {\n"
        '    "author": [\n'
        '      {\n        "family": "LUONG",\n        "given": "Minh-Thang"\n      }\n'
        "    ],\n"
        '    "title": [\n      "Effective Approaches to Attention-based Neural Machine Translation"\n    ],\n'
        '    "container-title": [\n      "In: Proceedings of the 2015 Conference on Empirical Methods"\n    ],\n'
        '    "date": [\n      "2015"\n    ],\n'
        '    "type": "paper-conference"\n'
        "  }\n"
        "]\n"
        "ana@laptop:~/tese$\n"
    )
    _, titles = decoded_titles(session.encode(), "sessao.txt")
    assert titles == {
        "Sequence to Sequence Learning with Neural Networks": None,
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "Effective Approaches to Attention-based Neural Machine Translation": None,
    }


def test_a_pdf_search_tools_hits_read_as_the_reference_list_they_show() -> None:
    # (a PDF search tool's hits, each after its page's number, the same number for a page's hits: a thesis's
    # IEEE reference list, each entry cut after its first line, `và cs.` for et al., a book marked in the list's
    # language, a program on a code host; a folder's file named by author, venue and year is no title; a single
    # hit right under its command)
    session = (
        "nam@lab:~/thesis$ ls papers/\n"
        "Tan_ICML2019_EfficientNet.pdf\n"
        'nam@lab:~/thesis$ pdfgrep -n "“" thesis.pdf\n'
        "41:[1] C. M. Bishop, “Pattern Recognition and Machine Learning”, Springer, 2006. (sách)\n"
        "41:[2] S. Ioffe, C. Szegedy, “Batch Normalization: Accelerating Deep Network Training by Reducing "
        "Internal Covariate Shift”, in Proc. ICML, 2015.\n"
        "41:[3] M. Tan, Q. V. Le và cs., “EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks”,\n"
        "42:[4] A. Dosovitskiy, L. Beyer và cs., “An Image is Worth 16x16 Words: Transformers for Image "
        "Recognition at Scale”, in Proc. ICLR, 2021.\n"
        "42:[5] X. Chen, “A PyTorch Toolbox for Detection”, GitHub. Địa chỉ: https://github.com/example/toolbox\n"
        'nam@lab:~/thesis$ pdfgrep -n -m 1 "Dropout" papers/srivastava14a.pdf\n'
        "1:Dropout: A Simple Way to Prevent Neural Networks from Overfitting\n"
        "nam@lab:~/thesis$\n"
    )
    _, titles = decoded_titles(session.encode(), "session.txt")
    assert set(titles) == {
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
    }


def test_a_tab_separated_rows_empty_first_cell_is_its_own_row_not_the_row_above_s() -> None:
    # (a TSV printed by `cat`: rows with no id open on a tab; each is its own paper, its link its own, not the
    # id of the row above it)
    table = (
        "$ cat reading.tsv\n"
        "id\ttitle\tlink\tnote\n"
        "1706.03762\tAttention Is All You Need\t\tтолько ID, без ссылки\n"
        "\tDeformable DETR: Deformable Transformers for End-to-End Object Detection\t"
        "https://openreview.net/forum?id=gZ9hCDWe6ke\tICLR 2021\n"
        "\tMastering the game of Go with deep neural networks and tree search\t"
        "https://www.nature.com/articles/nature16961\tнет на arXiv\n"
        "$\n"
    )
    _, titles = decoded_titles(table.encode(), "session.txt")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "Deformable DETR: Deformable Transformers for End-to-End Object Detection": "gZ9hCDWe6ke",
        "Mastering the game of Go with deep neural networks and tree search": None,
    }


def test_a_numbered_item_whose_number_is_inside_its_bold_is_in_the_list_of_papers() -> None:
    # (a newsletter's items, `**3. Title**` over the writer's words and the paper's link; an item without a link
    # among them is a paper too, weakly)
    letter = (
        "**1. Deep Residual Learning for Image Recognition**\n"
        "Sieci resztkowe. [arxiv.org/abs/1512.03385](https://arxiv.org/abs/1512.03385)\n\n"
        "**2. Densely Connected Convolutional Networks**\n"
        "Połączenia gęste. [Czytaj](https://arxiv.org/abs/1608.06993)\n\n"
        "**3. Aggregated Residual Transformations for Deep Neural Networks**\n"
        "Grupy splotów. [PDF](https://arxiv.org/pdf/1611.05431.pdf)\n\n"
        "**4. Wide Residual Networks for Image Classification Benchmarks**\n"
        "Szersze zamiast głębszych; PDF w folderze na dysku.\n"
    )
    _, titles = decoded_titles(letter.encode(), "letter.md")
    assert "Wide Residual Networks for Image Classification Benchmarks" in titles


def test_a_table_cell_holding_a_whole_message_body_is_read_as_the_pages_blocks() -> None:
    # (a mail magazine's back-number page: a table of the fields, its body one cell of many lines apart by
    # `<br>`; each paper heads its own lines, its link below)
    body = "<br>\n".join(
        [
            "いつもお読みいただきありがとうございます。",
            "",
            "■ 今月の論文",
            "",
            "【1】Deep Residual Learning for Image Recognition",
            "残差接続の原典です。",
            "▼論文",
            '<a href="https://arxiv.org/abs/1512.03385">https://arxiv.org/abs/1512.03385</a>',
            "",
            "【2】Densely Connected Convolutional Networks",
            "層を密につなぐ構成。",
            "▼論文",
            '<a href="https://arxiv.org/abs/1608.06993">https://arxiv.org/abs/1608.06993</a>',
            "",
            "配信停止はこちら",
        ]
    )
    page = (
        "<html><head><title>バックナンバー</title></head><body><table>"
        "<tr><th>配信日時</th><td>2024/05/10 12:00</td></tr>"
        "<tr><th>件名</th><td>第12号</td></tr>"
        f"<tr><th>本文</th><td>{body}</td></tr></table></body></html>"
    )
    _, titles = decoded_titles(page.encode(), "backnumber.html")
    assert titles.get("Deep Residual Learning for Image Recognition") == "1512.03385"
    assert titles.get("Densely Connected Convolutional Networks") == "1608.06993"


def test_a_reference_list_labelled_with_a_letter_and_a_number_is_read_as_one() -> None:
    # (a course plan through `pdftotext -layout`: readings labelled `[R1]`, `[R2]` …, indented under the table's
    # left column, each entry over two lines; a textbook among them is no paper)
    plan = (
        "Referensi              Utama:\n"
        "                       [R1] Bishop, C. M. (2006). Pattern Recognition and Machine Learning. Springer.\n"
        "                       [R2] Ioffe, S., & Szegedy, C. (2015). Batch Normalization: Accelerating Deep\n"
        "                            Network Training by Reducing Internal Covariate Shift. ICML 2015.\n"
        "                       [R3] He, K., Zhang, X., Ren, S., & Sun, J. (2016). Identity Mappings in Deep\n"
        "                            Residual Networks. ECCV 2016. https://arxiv.org/abs/1603.05027\n"
    )
    _, titles = decoded_titles(plan.encode(), "rps.txt")
    assert titles == {
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
        "Identity Mappings in Deep Residual Networks": "1603.05027",
    }


def test_a_redirecting_links_target_is_read_as_the_link() -> None:
    # (an alert mail's results: each link a search engine's redirect whose `url=` parameter is the page it goes to;
    # the page's address, not the redirect's, is what the text holds)
    alert = (
        "Deep Residual Learning for Image Recognition\n"
        "<https://www.google.com/url?rct=j&sa=t&url=https://arxiv.org/abs/1512.03385&ct=ga&cd=CAEY&usg=AOv>\n"
    )
    text, _ = decode_digest(alert.encode(), "alert.txt")
    assert "<https://arxiv.org/abs/1512.03385>" in text
    assert "google.com/url" not in text


def test_a_title_column_headed_without_its_diacritics_is_the_title_column() -> None:
    # (a CSV printed in a terminal, its header typed without diacritics, `Tytul` for `Tytuł`: a row with no link
    # is read by its title all the same)
    session = (
        "C:\\lista>type lista.csv\n"
        "Tytul,Link,Status\n"
        "Deep Residual Learning for Image Recognition,https://arxiv.org/abs/1512.03385,przeczytane\n"
        "Identity Mappings in Deep Residual Networks,,do przeczytania\n"
        "Wide Residual Networks,https://arxiv.org/abs/1605.07146,do przeczytania\n"
    )
    _, titles = decoded_titles(session.encode(), "sesja.txt")
    assert titles.get("Identity Mappings in Deep Residual Networks", "missing") is None
