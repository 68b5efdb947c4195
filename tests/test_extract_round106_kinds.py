"""Habits the blind rounds 106 and 107 brought (tests/data/digests-round10N), each written here in a small digest of
its own."""

from __future__ import annotations

import json

from tests.reading import decoded_titles


def test_an_http_answer_printed_with_its_headers_is_read_as_the_json_it_carries() -> None:
    # (`curl -i` under the command typed: a status line and headers, a blank line, then a REST API's records)
    records = [
        {"id": 1, "title": "Deep Residual Learning for Image Recognition", "note": "기초. 잔차 연결 부분만"},
        {"id": 2, "title": "Denoising Diffusion Probabilistic Models", "note": "3월 발표 후보", "url": None},
    ]
    answer = (
        '$ curl -i "https://db.example.org/rest/v1/readings?select=id,title,note"\r\n'
        "HTTP/2 200 \r\ncontent-type: application/json; charset=utf-8\r\ncontent-range: 0-1/2\r\n"
        "x-kong-upstream-latency: 7\r\n\r\n" + json.dumps(records, ensure_ascii=False) + "\n"
    )
    _, titles = decoded_titles(answer.encode(), "readings.txt")
    assert set(titles) == {record["title"] for record in records}


def test_a_web_of_science_export_is_read_record_by_record_and_a_book_in_it_is_no_paper() -> None:
    # (`savedrecs.txt`: two-letter tags, a field's further lines indented three spaces, `ER` after each record)
    export = (
        "\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n"
        "PT C\nAU Ho, J\n   Jain, A\n   Abbeel, P\nAF Ho, Jonathan\n   Jain, Ajay\n   Abbeel, Pieter\n"
        "TI Denoising Diffusion Probabilistic Models\n"
        "SO ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 33 (NEURIPS 2020)\nDT Proceedings Paper\n"
        "AB We present high quality image synthesis results using diffusion probabilistic models, a class of\n"
        "   latent variable models inspired by considerations from nonequilibrium thermodynamics.\n"
        "PY 2020\nUT WOS:000627697006073\nER\n\n"
        "PT J\nAU Ho, J\n   Salimans, T\nTI Classifier-Free Diffusion Guidance\nSO arXiv\nDT Preprint\nPY 2022\n"
        "DI 10.48550/arXiv.2207.12598\nUT PPRN:53812064\nER\n\n"
        "PT B\nAU Murphy, KP\nTI Probabilistic Machine Learning: Advanced Topics\nSE Adaptive Computation and\n"
        "   Machine Learning Series\nDT Book\nPU MIT PRESS\nPY 2023\nER\n\nEF\n"
    )
    _, titles = decoded_titles(export.encode(), "savedrecs.txt")
    assert titles == {
        "Denoising Diffusion Probabilistic Models": None,
        "Classifier-Free Diffusion Guidance": "2207.12598",
    }


def test_a_course_plan_s_dated_session_topics_over_the_papers_they_read_are_no_papers() -> None:
    # (a course page copied as text: each session a date and its topic, the paper it reads on the lines below,
    # cited however the teacher cites it; sessions without a paper; topics in the course's language)
    plan = (
        "Programme du séminaire\n\nSéances (mardi, 14h–16h, salle B 2.14)\n"
        "06.02.2024 – Introduction et choix des sujets\n"
        "Pas d'article. Envoyez-moi trois souhaits par mail avant vendredi.\n"
        "13.02.2024 – Attention pour la traduction\n"
        "Neural Machine Translation by Jointly Learning to Align and Translate\n"
        "Bahdanau, Cho, Bengio (ICLR 2015) – https://arxiv.org/abs/1409.0473\n"
        "Le mécanisme d'attention additif, à comparer avec le produit scalaire.\n"
        "20.02.2024 – Modèles de langue\n"
        "Language Models are Few-Shot Learners (Brown et al., NeurIPS 2020), arXiv:2005.14165\n"
        "La section 3 suffit.\n"
        "27.02.2024 – Jeux et recherche\n"
        "Silver et al. (2016), Mastering the game of Go with deep neural networks and tree search, Nature 529, "
        "484–489.\n"
        "05.03.2024 – Pas de séance (vacances)\n"
        "12.03.2024 – Vision sans convolutions\n"
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale\n"
        "Dosovitskiy et al. (ICLR 2021) – https://arxiv.org/abs/2010.11929\n"
        "19.03.2024 – Discussion finale\n"
    )
    _, titles = decoded_titles(plan.encode(), "seminaire.txt")
    assert titles == {
        # (its authors and where it appeared after an en dash, then its link: the title above is the link's)
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "Language Models are Few-Shot Learners": "2005.14165",
        # (cited as `Authors (Year), Title, Journal volume, pages.`)
        "Mastering the game of Go with deep neural networks and tree search": None,
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "2010.11929",
    }


def test_a_session_topic_in_another_language_over_an_authors_line_is_no_paper() -> None:
    # (German's small words: `und`, `als`; the line below cites the paper the session reads, its title after its
    # authors and year)
    plan = (
        "Sitzungen (jeweils Dienstag)\n\n"
        "26.03.2024 – Suche und Selbstspiel\n"
        "Silver et al. (2017), Mastering the game of Go without human knowledge, Nature 550, 354–359.\n"
        "AlphaGo Zero. Hintergrund zu MCTS im Buch von Sutton und Barto.\n"
    )
    _, titles = decoded_titles(plan.encode(), "leseplan.txt")
    assert titles == {"Mastering the game of Go without human knowledge": None}


def test_bullets_each_a_long_title_a_dash_and_the_writers_note_ending_with_a_comma_are_papers() -> None:
    # (a sentence set out as bullets in a mail: each item a title of five words or more, a dash, a note in the
    # writer's language, a comma; a bullet of a shorter topic is not read this way)
    mail = (
        "Na další setkání navrhuju blok o dekódování:\n"
        "- A Contrastive Framework for Neural Text Generation – odtud je contrastive search,\n"
        "- Neural Text Generation with Unlikelihood Training – opakování a jak ho trestat,\n"
        "- Decoding Strategies – jen přehled, bez článku.\n"
    )
    _, titles = decoded_titles(mail.encode(), "mail.txt")
    assert set(titles) == {
        "A Contrastive Framework for Neural Text Generation",
        "Neural Text Generation with Unlikelihood Training",
    }


def test_a_title_with_a_subtitle_in_sentence_case_inside_the_writers_sentence_is_read_whole() -> None:
    # (its name in Title Case, a colon, a subtitle in sentence case, then the writer's sentence goes on; the
    # writer's own `Name: sentence` is not a title, nor a chat's speaker and words)
    prose = (
        "Kdo by chtěl dělat vyhodnocení: úlohy jsou popsané v Holistic Evaluation of Language Models: Measuring "
        "the capabilities of foundation models across many scenarios, a na nich ukazuje škálování i další práce.\n\n"
        "Poznámka k rozvrhu: Our reading group moves to Friday this week.\n"
        "Jana Nováková: Ours is the tokenizer paper, right?\n"
    )
    _, titles = decoded_titles(prose.encode(), "zprava.txt")
    assert titles == {
        "Holistic Evaluation of Language Models: Measuring the capabilities of foundation models across many "
        "scenarios": None
    }


def test_a_title_cited_with_its_journal_volume_and_year_is_read_without_them() -> None:
    # (in a reading group's table and on a line of its own)
    table = (
        "| Dato | Artikel | Oplægsholder |\n| --- | --- | --- |\n"
        "| 7/3 | Deep learning, Nature 521 (2015) | Ida |\n"
        "| 14/3 | Human-level control through deep reinforcement learning, Nature 518 (2015) | Rasmus |\n"
        "| 21/3 | Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model (Nature 2020) | Sofie |\n"
    )
    _, titles = decoded_titles(table.encode(), "plan.md")
    # (`Deep learning`, two words, is too short a title to be read without more; never with its journal)
    assert set(titles) == {
        "Human-level control through deep reinforcement learning",
        "Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model",
    }


def test_a_quoted_title_a_chinese_sentence_calls_a_paper_is_read() -> None:
    # (`“Title”不用多说了，Transformer 的原始论文`: one research word in it, the sentence after it says 论文)
    post = (
        "一、打地基\n\n"
        "1. 2017 年的“Attention Is All You Need”不用多说了，Transformer 的原始论文。建议先看第 3 节。\n"
        "2. 组里的“Friday Reading Club”每周五下午开，欢迎旁听。\n"
    )
    _, titles = decoded_titles(post.encode(), "blog.txt")
    assert titles == {"Attention Is All You Need": None}


def test_a_machines_part_and_its_numbers_are_no_title() -> None:
    # (a question's details in Japanese, its environment given line by line)
    question = (
        "学習率を5e-5と2e-4でも試しましたが、どちらも同じように7付近で止まります。\n補足\nGPU: RTX 4090 ×1\n"
        "論文の実装は公開されていないので、論文本文の付録にあるハイパーパラメータを見ながら書いています。\n"
    )
    _, titles = decoded_titles(question.encode(), "question.txt")
    assert titles == {}


def test_a_sessions_numbered_paper_labels_each_name_their_own_paper() -> None:
    # (a calendar event's notes: `論文1:` with its link below, then `論文2:` with none: two papers, each its title)
    notes = (
        "発表: 佐藤\n論文1: Lost in the Middle: How Language Models Use Long Contexts\n"
        "https://arxiv.org/pdf/2307.03172\n長い文脈の真ん中にある情報が使われにくい問題。\n"
        "論文2: Universal and Transferable Adversarial Attacks on Aligned Language Models\n"
        "安全性の回。再現は検証環境のみで行うこと。\n"
    )
    _, titles = decoded_titles(notes.encode(), "event.txt")
    assert titles == {
        "Lost in the Middle: How Language Models Use Long Contexts": "2307.03172",
        "Universal and Transferable Adversarial Attacks on Aligned Language Models": None,
    }


def _maple_field(text: str, layout: str = "Normal", style: str = "Text") -> str:
    return (
        f'<Group><Input><Text-field layout="{layout}" style="{style}">{text}</Text-field></Input></Group>\n'
    )


def test_a_maple_worksheet_is_read_as_its_text_and_a_book_its_editor_made_is_no_paper() -> None:
    # (`.mw`: XML; headings, paragraphs with links, bullets; the commands typed at its prompt are no text)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Worksheet>\n<Version major="2023" minor="2"/>\n'
        '<Section collapsed="false"><Title><Text-field layout="Heading 1" style="Heading 1">Εργαστήριο 3</Text-field>'
        "</Title>\n"
        + _maple_field(
            "Διαβάστε το “Decoupled Weight Decay Regularization” (Loshchilov, Hutter): "
            '<Hyperlink hyperlink="true" linktarget="https://arxiv.org/abs/1711.05101" style="Hyperlink">arXiv'
            "</Hyperlink> (κεφ. 3 στο Convex Optimization for Machine Learning Practitioners, επιμ. A. Example)."
        )
        + _maple_field(
            'f := x -&gt; x^2: print("Deep Residual Learning for Image Recognition");', style="Maple Input"
        )
        + "</Section>\n<Section><Title>"
        + '<Text-field layout="Heading 1" style="Heading 1">Επιπλέον διάβασμα</Text-field></Title>\n'
        + _maple_field(
            "Rethinking Architecture Selection in Differentiable NAS — γιατί το α δεν δείχνει την πράξη (ICLR 2021).",
            layout="Bullet Item",
        )
        + "</Section>\n</Worksheet>\n"
    )
    label, titles = decoded_titles(sheet.encode(), "lab3.mw")
    assert label.startswith("maple/")
    assert titles == {
        "Decoupled Weight Decay Regularization": "1711.05101",
        "Rethinking Architecture Selection in Differentiable NAS": None,
    }


def test_a_pages_own_title_with_another_languages_small_word_is_no_paper_whatever_english_it_borrows() -> (
    None
):
    # (a docs page's front matter: its title a reading circle's name in German, borrowing English words)
    page = (
        "---\nuid: ml-infra.lesekreis.2024-q1\ntitle: Lesekreis Q1/2024 – Sparse Experten und effiziente Attention\n"
        "description: Termine und Leseliste des Lesekreises.\nauthor: j.hartmann\nms.topic: conceptual\n---\n\n"
        "# Lesekreis Q1/2024: Sparse Experten und effiziente Attention\n\n| Datum | Paper |\n| --- | --- |\n"
        "| 14.03. | [Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity]"
        "(https://arxiv.org/abs/2101.03961) |\n"
    )
    _, titles = decoded_titles(page.encode(), "lesekreis.md")
    assert titles == {
        "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity": "2101.03961"
    }


def test_a_title_whose_record_note_calls_it_a_blog_post_is_no_paper() -> None:
    # (a job queue's log: each job's arguments printed, a title and the writer's note on it as keyword arguments)
    log = (
        "09:01:01 digest: paperbot.tasks.post_to_channel('@nlp', 'https://arxiv.org/abs/2005.14165', "
        "title='Language Models are Few-Shot Learners', note='مقالهٔ پایه') (6050b64b)\n"
        "09:08:19 digest: paperbot.tasks.post_to_channel('@nlp', 'https://example.org/posts/moore', "
        "title=\"Large Language Models: A New Moore's Law?\", note='پست وبلاگ، نه مقاله') (66edc822)\n"
    )
    _, titles = decoded_titles(log.encode(), "worker.log")
    assert titles == {"Language Models are Few-Shot Learners": "2005.14165"}


def test_numbered_references_wrapped_over_many_lines_each_keep_their_own_ids() -> None:
    # (a two-column journal's references from pdftotext: `[n]` opens each, seven lines or more each, a title in
    # quotes broken across lines, a link closing some; each id stays with its own entry)
    references = (
        "References\n"
        '[1] S. Wang, B. Z. Li, M. Khabsa, H. Fang, and\nH. Ma, "Linformer: Self-Attention with Linear\n'
        'Complexity," arXiv preprint arXiv:2006.04768,\n2020.\n'
        "[2] K. Choromanski, V. Likhosherstov, D. Dohan,\nX. Song, A. Gane, T. Sarlos, P. Hawkins, J.\n"
        'Davis, A. Mohiuddin, L. Kaiser, D. Belanger, L.\nColwell, and A. Weller, "Rethinking Attention\n'
        'with Performers," Proc. of the 9th International\nConference on Learning Representations, 2021.\n'
        "[Online]. Available:\nhttps://openreview.net/forum?id=Ua6zuk0WRH\n"
        '[3] H. Peng, N. Pappas, D. Yogatama, R.\nSchwartz, N. A. Smith, and L. Kong, "Random\n'
        'Feature Attention," Proc. of the 9th\nInternational Conference on Learning\n'
        "Representations, 2021. [Online]. Available:\nhttps://openreview.net/forum?id=QtTKTdVrFBB\n"
        "[4] P. Micikevicius, S. Narang, J. Alben, G.\nDiamos, E. Elsen, D. Garcia, B. Ginsburg, M.\n"
        'Houston, O. Kuchaiev, G. Venkatesh, and H. Wu,\n"Mixed Precision Training," Proc. of the 6th\n'
        "International Conference on Learning\nRepresentations, 2018.\n"
        + "".join(
            f"\n{name}\n2017년 한빛대학교 컴퓨터공학과(학사)\n2019년 한빛대학교 인공지능학과(석사)\n"
            "2019년~현재 한빛대학교 인공지능학과 박사과정\n관심분야는 효율적 딥러닝, 자연어처리,\n"
            "경량화 모델, 양자화, 저정밀도 학습, 대규모 언어모델의\n효율적 미세조정\n"
            for name in ("김 지 현", "박 성 훈")
        )
    )
    _, titles = decoded_titles(references.encode(), "references.txt")
    assert titles == {
        "Linformer: Self-Attention with Linear Complexity": "2006.04768",
        "Rethinking Attention with Performers": "Ua6zuk0WRH",
        "Random Feature Attention": "QtTKTdVrFBB",
        "Mixed Precision Training": None,
    }


def test_siam_style_references_without_emphasis_are_read_by_their_commas() -> None:
    # (SIAM's style, its titles' italics lost in a page's text: initials first, names apart by commas, the title,
    # then `in` its proceedings and the year after a comma, or a preprint and its year; a book is not a paper)
    references = (
        "Referencias\n\n"
        "[1] I. Sutskever, O. Vinyals, and Q. V. Le, Sequence to Sequence Learning with Neural Networks, in "
        "Advances in Neural Information Processing Systems, vol. 27, 2014, pp. 3104–3112. arXiv:1409.3215.\n"
        "[2] I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning, MIT Press, 2016. Libro; capítulo 10.\n"
        "[3] S. Sukhbaatar, D. Ju, S. Poff, et al., Not All Memories are Created Equal: Learning to Forget by "
        "Expiring, in Proceedings of the 38th International Conference on Machine Learning, vol. 139 of Proceedings "
        "of Machine Learning Research, PMLR, 2021, pp. 9902–9912.\n"
        "[4] Y. Sun, L. Dong, S. Huang, et al., Retentive Network: A Successor to Transformer for Large Language "
        "Models, preprint, 2023. Versión leída: la del repositorio de los autores.\n"
    )
    _, titles = decoded_titles(references.encode(), "capitulo.txt")
    assert titles == {
        "Sequence to Sequence Learning with Neural Networks": "1409.3215",
        "Not All Memories are Created Equal: Learning to Forget by Expiring": None,
        "Retentive Network: A Successor to Transformer for Large Language Models": None,
    }


def test_a_posts_linked_title_over_its_section_says_what_the_section_holds_not_its_blogs_address() -> None:
    # (a blog page saved as HTML: the post's title a heading linked to its own page on the blog's host)
    page = (
        "# [研究室の片隅で](http://blog.example.jp/kaori/)\n\n2024年03月09日\n\n"
        "## [2024年前期の輪講で読む論文（3D・最適化）](http://blog.example.jp/kaori/archives/58213947.html)\n\n"
        "**■ 3D**\n・3D Gaussian Splatting for Real-Time Radiance Field Rendering\n"
        "Bernhard Kerbl, Georgios Kopanas, Thomas Leimkühler et al.（SIGGRAPH 2023）。実装は公式リポジトリ。\n\n"
        "**■ 最適化**\n・Why Do Local Methods Solve Nonconvex Problems?\nTengyu Ma による解説的なサーベイ。\n"
    )
    _, titles = decoded_titles(page.encode(), "entry.md")
    assert set(titles) == {
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering",
        "Why Do Local Methods Solve Nonconvex Problems?",
    }


def test_a_natbib_bibliography_wrapped_with_no_indent_is_split_by_its_authors_full_names() -> None:
    # (a thesis's `plainnat` list from pdftotext: no numbers, no indent, no blank lines; each entry opens on its
    # authors' full names after a line ending its predecessor; software entries among them are no papers)
    bibliography = (
        "บรรณานุกรม\n"
        "Kevin Clark, Minh-Thang Luong, Quoc V. Le, and Christopher D. Manning. ELECTRA: Pre-training\n"
        "Text Encoders as Discriminators Rather Than Generators. In International Conference on Learning\n"
        "Representations, 2020.\n"
        "Pengcheng He, Xiaodong Liu, Jianfeng Gao, and Weizhu Chen. DeBERTa: Decoding-enhanced BERT with\n"
        "Disentangled Attention. In International Conference on Learning Representations, 2021.\n"
        "Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu, Yuanzhi Li, Shean Wang, Lu Wang,\n"
        "and Weizhu Chen. LoRA: Low-Rank Adaptation of Large Language Models. In International Conference\n"
        "on Learning Representations, 2022. URL https://arxiv.org/abs/2106.09685.\n"
        "Xiao Liu, Yanan Zheng, Zhengxiao Du, Ming Ding, Yujie Qian, Zhilin Yang, and Jie Tang. GPT\n"
        "Understands, Too. arXiv preprint arXiv:2103.10385, 2021.\n"
        "Sourab Mangrulkar, Sylvain Gugger, Lysandre Debut, Younes Belkada, Sayak Paul, and Benjamin\n"
        "Bossan. PEFT: State-of-the-art parameter-efficient fine-tuning methods, 2022. URL\n"
        "https://github.com/huggingface/peft.\n"
    )
    _, titles = decoded_titles(bibliography.encode(), "thesis.txt")
    assert titles == {
        "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators": None,
        "DeBERTa: Decoding-enhanced BERT with Disentangled Attention": None,
        "LoRA: Low-Rank Adaptation of Large Language Models": "2106.09685",
        "GPT Understands, Too": "2103.10385",
    }


def test_a_build_logs_lines_are_read_past_their_time_status_block_and_step_count() -> None:
    # (TeamCity's downloaded log: `[time]X:`, tabs, the block's name and the step's count in brackets; a writer's
    # note after the title's last colon is no part of it)
    log = (
        "[07:00:14] :\t [Step 2/3] Kontrola odkazů (4s)\n"
        "[07:00:15] :\t\t [Kontrola odkazů] [1/3] Generating Long Sequences with Sparse Transformers → "
        "https://arxiv.org/abs/1904.10509 … 200 OK\n"
        "[07:00:16] :\t\t [Kontrola odkazů] [2/3] Longformer: The Long-Document Transformer → "
        "https://arxiv.org/abs/2004.05150 … 200 OK\n"
        "[07:00:17]W:\t\t [Kontrola odkazů] [3/3] Linformer: Self-Attention with Linear Complexity: odkaz "
        "„arXiv:2006.04768“ není URL, ponechávám jako text\n"
    )
    _, titles = decoded_titles(log.encode(), "build.log")
    assert titles == {
        "Generating Long Sequences with Sparse Transformers": "1904.10509",
        "Longformer: The Long-Document Transformer": "2004.05150",
        "Linformer: Self-Attention with Linear Complexity": "2006.04768",
    }
