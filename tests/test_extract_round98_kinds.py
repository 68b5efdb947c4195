"""Habits the blind rounds 98 and 99 and a further look at the earlier rounds brought (tests/data/digests-round9N),
each written here in a small digest of its own: a sheet's cell that quotes its title after the writer's words, and
a row tagged as no paper."""

from __future__ import annotations

from tests.reading import decoded_titles


def test_a_sheets_paper_cell_quoting_its_title_after_the_writers_words_gives_the_quoted_title() -> None:
    sheet = (
        "Nome,Quale paper proponi?,Link,Perché?\n"
        'Luca,"Gli adapter di Houlsby: ""Parameter-Efficient Transfer Learning for NLP"" (ICML 2019)",'
        "non ricordo,Il primo.\n"
        'Sara,"da rileggere: “Deep Residual Learning for Image Recognition”",https://arxiv.org/abs/1512.03385,'
        "Classico.\n"
        "Marta,Denoising Diffusion Probabilistic Models,https://arxiv.org/abs/2006.11239,Base.\n"
    )
    _, titles = decoded_titles(sheet.encode(), "proposte.csv")
    assert titles == {
        "Parameter-Efficient Transfer Learning for NLP": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Denoising Diffusion Probabilistic Models": "2006.11239",
    }


def test_a_title_with_its_own_quoted_part_after_a_colon_keeps_its_name() -> None:
    sheet = (
        "Title,Link\n"
        'Deep Learning Scaling Is Predictable: "Empirically" Speaking,https://arxiv.org/abs/1712.00409\n'
    )
    _, titles = decoded_titles(sheet.encode(), "list.csv")
    assert titles == {'Deep Learning Scaling Is Predictable: "Empirically" Speaking': "1712.00409"}


def test_a_row_tagged_as_no_paper_is_none_and_a_row_tagged_paper_is_one() -> None:
    sheet = (
        "Name,Link,Notes,Tags\n"
        "Hugging Face PEFT documentation (LoRA section),https://huggingface.co/docs/peft/index,Hands-on first.,"
        "non-paper\n"
        "Parameter-Efficient Fine-Tuning Library Notes,,Our own notes.,not_paper\n"
        "Scaling Instruction-Finetuned Language Models,,Flan.,paper\n"
        'LoRA: Low-Rank Adaptation of Large Language Models,https://arxiv.org/abs/2106.09685,Core.,"non-paper"\n'
    )
    _, titles = decoded_titles(sheet.encode(), "tags.csv")
    assert titles == {
        "Scaling Instruction-Finetuned Language Models": None,
        # (a row that links its paper's page is read whatever its tags say)
        "LoRA: Low-Rank Adaptation of Large Language Models": "2106.09685",
    }


def test_a_trackers_ticket_in_sentence_case_is_a_paper_when_its_description_cites_authors_and_venue() -> None:
    sheet = (
        "Id,Proyecto,Resumen del ticket,Estado,Descripción\n"
        "0000012,Seminario,Understanding the difficulty of training deep feedforward neural networks,cerrado,"
        '"Glorot & Bengio, AISTATS 2010. De dónde viene la inicialización de Xavier y por qué la sigmoide se '
        'satura en redes profundas."\n'
        "0000013,Seminario,Deep Residual Learning for Image Recognition,cerrado,"
        '"Conexiones residuales; Piotr lo presentó el 8 de febrero, las diapositivas están en el repositorio."\n'
        "0000016,Seminario,Batch Normalization: Accelerating Deep Network Training by Reducing Internal "
        'Covariate Shift,cerrado,"Ioffe y Szegedy; leer junto con el de Glorot, la discusión fue larga."\n'
        "0000014,Seminario,Reservar la sala grande para el semestre de verano,abierto,"
        '"Hablar con secretaría, el formulario nuevo pide la firma del director y dos semanas de antelación."\n'
    )
    _, titles = decoded_titles(sheet.encode(), "tracker.csv")
    assert titles == {
        "Understanding the difficulty of training deep feedforward neural networks": None,
        "Deep Residual Learning for Image Recognition": None,
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_a_process_managers_gathered_log_is_read_without_each_lines_process_name() -> None:
    log = (
        "0|queue    | 2024-03-05 11:07:03 +09:00: 새 논문 등록: {\n"
        "0|queue    |   id: 44,\n"
        "0|queue    |   title: 'Evolving Reinforcement Learning Algorithms',\n"
        "0|queue    |   url: null,\n"
        "0|queue    |   tags: [ 'automl', 'rl' ],\n"
        "0|queue    | }\n"
        "0|queue    | 2024-03-05 11:09:10 +09:00: 새 논문 등록: {\n"
        "0|queue    |   id: 45,\n"
        "0|queue    |   title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',\n"
        "0|queue    |   url: 'https://arxiv.org/abs/2104.08691',\n"
        "0|queue    | }\n"
    )
    _, titles = decoded_titles(log.encode(), "queue-out.log")
    assert titles == {
        "Evolving Reinforcement Learning Algorithms": None,
        "The Power of Scale for Parameter-Efficient Prompt Tuning": "2104.08691",
    }
    compose = (
        "web-1     | GET /papers 200\n"
        "worker-1  | Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385\n"
        "worker-1  | Layer Normalization https://arxiv.org/abs/1607.06450\n"
        "web-1     | GET /papers/2 200\n"
        "worker-1  | done\n"
    )
    _, titles = decoded_titles(compose.encode(), "compose.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": "1607.06450",
    }


def test_a_table_whose_first_column_repeats_keeps_that_column() -> None:
    from paperlist.ingest.pyrepr import without_process_prefixes

    table = "".join(
        f"{topic} | {title} | {link}\n"
        for topic, title, link in [
            ("NLP", "Layer Normalization", "https://arxiv.org/abs/1607.06450"),
            ("Vision", "Deep Residual Learning for Image Recognition", "https://arxiv.org/abs/1512.03385"),
            ("NLP", "Attention Is All You Need", "https://arxiv.org/abs/1706.03762"),
            ("Vision", "An Image is Worth 16x16 Words", "https://arxiv.org/abs/2010.11929"),
            ("NLP", "Language Models are Few-Shot Learners", "https://arxiv.org/abs/2005.14165"),
        ]
    )
    assert without_process_prefixes(table) == table


def test_a_data_files_description_in_bbcode_is_read_as_the_markdown_it_means() -> None:
    answer = (
        '{"result":{"tasks":[{"id":"118","title":"Подготовить семинар по эмбеддингам","description":'
        '"Прочитать до семинара:\\r\\n[LIST=1][*][url=https://arxiv.org/abs/1301.3781]Efficient Estimation of '
        "Word Representations in Vector Space[/url] — [b]word2vec[/b][*][url=https://arxiv.org/abs/1802.05365]"
        'Deep contextualized word representations[/url][/LIST]\\r\\nВопросы в чат."}]}}'
    )
    _, titles = decoded_titles(answer.encode(), "tasks.json")
    assert titles == {
        "Efficient Estimation of Word Representations in Vector Space": "1301.3781",
        "Deep contextualized word representations": "1802.05365",
    }


def test_a_course_lists_references_initials_first_with_commas_then_a_venue_and_year() -> None:
    digest = (
        "Literatura:\n"
        "Podstawowa:\n"
        "[1] W. Hua, Z. Dai, H. Liu, Q. V. Le, Transformer Quality in Linear Time, ICML 2022.\n"
        "[2] A. Gu, K. Goel, C. Ré, Efficiently Modeling Long Sequences with Structured State Spaces, ICLR 2022 "
        "- https://openreview.net/forum?id=uYLFoz1vlAC\n"
        "[3] T. Ma, Why Do Local Methods Solve Nonconvex Problems? W: T. Roughgarden (red.), Beyond the "
        "Worst-Case Analysis of Algorithms, Cambridge University Press, 2021, rozdz. 21.\n"
        "[4] A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press "
        "2023.\n"
    )
    _, titles = decoded_titles(digest.encode(), "sylabus.txt")
    assert titles == {
        "Transformer Quality in Linear Time": None,
        "Efficiently Modeling Long Sequences with Structured State Spaces": "uYLFoz1vlAC",
        # (a chapter of an edited book, `W:` and `(red.)` as Polish writes `In:` and `(ed.)`: read as a paper is)
        "Why Do Local Methods Solve Nonconvex Problems?": None,
    }


def test_a_hanging_reference_whose_link_line_holds_an_ids_digits_stays_one_entry() -> None:
    digest = (
        "DAFTAR PUSTAKA\n"
        "Dong, X., Tan, M., Yu, A. W. dkk. 2020. AutoHAS: Efficient Hyperparameter and\n"
        "Architecture Search. Tersedia pada: https://arxiv.org/pdf/2006.03656.pdf [Diakses 9\n"
        "Februari 2024].\n"
        "He, K., Zhang, X., Ren, S. dkk. 2016. Deep Residual Learning for Image Recognition.\n"
        "Dalam: Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition\n"
        "(CVPR), hlm. 770–778.\n"
        "Zhai, X., Kolesnikov, A., Houlsby, N. and Beyer, L. (2022) ‘Scaling vision transformers’, in\n"
        "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR),\n"
        "pp. 12104–12113. Preprint: arXiv:2106.04560.\n"
        "Zhang, H., Wu, C., Zhang, Z., Zhu, Y., Lin, H., Zhang, Z., Sun, Y., He, T., Mueller, J., Man-\n"
        "matha, R., Li, M. and Smola, A. (2022) ‘ResNeSt: split-\n"
        "attention networks’, in Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern\n"
        "Recognition Workshops (CVPRW), pp. 2736–2746. arXiv preprint arXiv:2004.08955.\n"
    )
    _, titles = decoded_titles(digest.encode(), "skripsi.txt")
    assert titles == {
        "AutoHAS: Efficient Hyperparameter and Architecture Search": "2006.03656",
        "Deep Residual Learning for Image Recognition": None,
        "Scaling vision transformers": "2106.04560",
        "ResNeSt: split-attention networks": "2004.08955",
    }


def test_a_one_row_table_under_a_header_the_pages_other_tables_share_is_read() -> None:
    digest = (
        "基础理论\n"
        "论文\t会议 / 年份\t论文链接\t代码\n"
        "Consistency Models\tICML 2023\tarXiv:2303.01469\thttps://github.com/openai/consistency_models\n"
        "Denoising Diffusion Probabilistic Models\tNeurIPS 2020\thttps://arxiv.org/abs/2006.11239\t—\n"
        "音频\n"
        "论文\t会议 / 年份\t论文链接\t代码\n"
        "DiffWave: A Versatile Diffusion Model for Audio Synthesis\tICLR 2021\tPDF\tGitHub\n"
        "学习资料\n"
        "词条\t说明\n"
        "Lilian Weng 的博客\t写得最清楚\n"
    )
    _, titles = decoded_titles(digest.encode(), "README.txt")
    assert titles == {
        "Consistency Models": "2303.01469",
        "Denoising Diffusion Probabilistic Models": "2006.11239",
        "DiffWave: A Versatile Diffusion Model for Audio Synthesis": None,
    }


def test_a_title_alone_on_its_line_over_the_writers_words_naming_its_venue_and_year() -> None:
    digest = (
        "Εγώ ως δεύτερο σκεφτόμουν κάτι με knowledge graphs:\n"
        "Complex Query Answering with Neural Link Predictors\n"
        "πήρε outstanding paper στο ICLR 2021 νομίζω. Είναι εκτός θέματος;\n"
        "\n"
        "Τα βασικά για την εβδομάδα: Why Are Convolutional Nets More Sample-Efficient than\n"
        "Fully-Connected Nets? (Li, Zhang & Arora, ICLR 2021).\n"
    )
    _, titles = decoded_titles(digest.encode(), "chat.txt")
    assert "Complex Query Answering with Neural Link Predictors" in titles
    # (a title wrapped onto the line that names its venue is one title, never its first line alone)
    assert not any(title and title.endswith("than") for title in titles)


def test_an_apis_list_of_titled_typed_things_is_no_bibliography_and_its_descriptions_are_read() -> None:
    todos = (
        '[{"id":1,"title":"Прочитать AdaLoRA","type":"Todo","url":"https://3.basecampapi.com/1/todos/1.json",'
        '"description":"<div>Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning — '
        '<a href=\\"https://arxiv.org/abs/2303.10512\\">arXiv</a></div>"},'
        '{"id":2,"title":"Перечитать перед RLHF","type":"Todo","url":"https://3.basecampapi.com/1/todos/2.json",'
        '"description":"<div>Training language models to follow instructions with human feedback — разделы 3 и 4 '
        '(сбор демонстраций, reward model).</div>"}]'
    )
    _, titles = decoded_titles(todos.encode(), "todos.json")
    assert titles["Training language models to follow instructions with human feedback"] is None
    assert "2303.10512" in titles.values()
    assert not any(title and title.startswith(("Прочитать", "Перечитать")) for title in titles)


def test_a_haunt_posts_sxml_is_read_as_the_page_it_renders() -> None:
    post = (
        ";;; 扩散模型入门\n"
        '(post #:title "阅读路线" #:date (make-date* 2024 3 10)\n'
        '  `((h2 "一、起点")\n'
        "    (ol\n"
        '     (li (a (@ (href "https://arxiv.org/abs/1503.03585"))\n'
        '            "Deep Unsupervised Learning using Nonequilibrium Thermodynamics")\n'
        '         " —— Sohl-Dickstein 等，ICML 2015。")\n'
        '     (li (em "Denoising Diffusion Implicit Models")\n'
        '         "（Song, Meng, Ermon，ICLR 2021）。"\n'
        '         (a (@ (href "https://openreview.net/forum?id=St1giarCHLP")) "OpenReview 页面")))\n'
        '    (p "工具方面用 " (a (@ (href "https://huggingface.co/docs/diffusers/index")) "diffusers 的文档") "。")))\n'
    )
    label, titles = decoded_titles(post.encode(), "diffusion.sxml")
    assert label.startswith("html/sxml/")
    assert titles == {
        "Deep Unsupervised Learning using Nonequilibrium Thermodynamics": "1503.03585",
        "Denoising Diffusion Implicit Models": "St1giarCHLP",
    }


def test_a_programs_yaml_documents_after_a_shell_prompt_are_read_as_records() -> None:
    documents = "".join(
        f"---\ninsertId: {n:04d}\njsonPayload:\n  event: message_received\n  text: {text}\n"
        f"  user_id: U{n}\nseverity: INFO\ntimestamp: '2024-03-0{n}T03:12:40Z'\n"
        for n, text in enumerate(
            [
                "'ขอเพิ่มในลิสต์: Beyond the Imitation Game: Quantifying and extrapolating\n"
                "    the capabilities of language models สองอันนี้ยาวหน่อย'",
                "'https://arxiv.org/abs/2310.11511 Self-RAG: Learning to Retrieve, Generate, and Critique\n"
                "    through Self-Reflection'",
                "สวัสดีครับ",
            ],
            1,
        )
    )
    session = (
        "me@cloudshell:~ (bot-413207)$ gcloud logging read 'resource.type=\"cloud_run_revision\"' --limit=3\n"
        + documents
        + "me@cloudshell:~ (bot-413207)$ \n"
    )
    _, titles = decoded_titles(session.encode(), "logs.txt")
    assert titles == {
        "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models": None,
        "Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection": "2310.11511",
    }


def test_a_markdown_pages_front_matter_does_not_make_it_yaml() -> None:
    from paperlist.ingest.extract.document import sniff
    from paperlist.shapes import Shape

    page = "---\ntitle: Notes\ntags: [reading]\n---\n\n" + "\n".join(
        f"Paragraph {n} of the writer's notes on what the group read this week." for n in range(20)
    )
    assert sniff("notes.txt", page) is not Shape.YAML


def test_a_viminfos_registers_are_read_as_the_lines_they_hold() -> None:
    viminfo = (
        "# This viminfo file was generated by Vim 9.0.\n"
        "# You may edit it if you're careful!\n\n"
        "# Command Line History (newest to oldest):\n"
        ":e ~/notes/ssl.md\n"
        '|2,0,1710140402,,"e ~/notes/ssl.md"\n\n'
        "# Registers:\n"
        '"0\tLINE\t0\n'
        "\t- Understanding Robustness of Transformers for Image Classification arXiv:2103.14586 — ViT बनाम ResNet\n"
        '|3,0,2,1,1,0,1710140904,"- Understanding Robustness of Transformers for Image Classification — ViT बनाम '
        'ResNet"\n'
        '"1\tLINE\t0\n'
        "\t- Emerging Properties in Self-Supervised Vision Transformers — https://arxiv.org/abs/2104.14294 — नोट\n"
        "|3,0,3,1,1,0,1710140759,>90\n"
        '|<"- Emerging Properties in Self-Supervised Vision Transformers — https://arxiv.org/abs/2104.14294 — नोट"\n'
        '"c\tCHAR\t0\n'
        "\tContrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels — "
        "https://openreview.net/forum?id=uB5x7Y2qsFR\n"
        '|3,0,12,0,1,0,1710140840,"Contrast to Divide — https://openreview.net/forum?id=uB5x7Y2qsFR"\n\n'
        "# File marks:\n"
        "'0  12  0  ~/notes/ssl.md\n"
    )
    label, titles = decoded_titles(viminfo.encode(), ".viminfo")
    assert label.startswith("viminfo/")
    assert titles == {
        "Understanding Robustness of Transformers for Image Classification": "2103.14586",
        "Emerging Properties in Self-Supervised Vision Transformers": "2104.14294",
        "Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels": "uB5x7Y2qsFR",
    }


def test_a_gremlin_sessions_vertices_are_records_and_a_traversals_results_keep_their_own_titles() -> None:
    session = (
        "gremlin> g.V().has('paper', 'topic', 'backbone').values('title')\n"
        "==>Scaling Vision Transformers\n"
        "==>A ConvNet for the 2020s\n"
        "gremlin> g.V().has('paper', 'topic', 'backbone').has('url').valueMap('title', 'url')\n"
        "==>[title:[A ConvNet for the 2020s],url:[https://arxiv.org/pdf/2201.03545.pdf]]\n"
        "gremlin> g.V().has('paper', 'title', 'EfficientNetV2: Smaller Models and Faster Training')"
        ".valueMap('arxivId', 'memo')\n"
        "==>[arxivId:[2104.00298],memo:[progressive learning]]\n"
        "gremlin> g.V().has('paper', 'title', 'A ConvNet for the 2020s').out('cites').valueMap('url')\n"
        "==>[url:[https://arxiv.org/abs/2103.14030]]\n"
        "gremlin> g.V().hasLabel('resource').valueMap('name', 'url')\n"
        "==>[name:[timm docs],url:[https://huggingface.co/docs/timm/index]]\n"
    )
    label, titles = decoded_titles(session.encode(), "session.txt")
    assert label.startswith("json/gremlin/")
    assert titles == {
        "Scaling Vision Transformers": None,
        "A ConvNet for the 2020s": "2201.03545",
        "EfficientNetV2: Smaller Models and Faster Training": "2104.00298",
        # (the paper a traversal reaches is another than the one it started from: no title of that one)
        None: "2103.14030",
    }


def test_an_id_in_a_command_typed_at_a_prompt_takes_no_title_from_the_output_above() -> None:
    session = (
        "iex(9)> for a <- Repo.all(Artigo), do: IO.puts(a.titulo)\n"
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding\n"
        "Curso Hugging Face, cap. 7 — tarefas principais de NLP\n"
        "[:ok, :ok]\n"
        'iex(10)> Repo.get_by!(Artigo, arxiv_id: "1906.08237") |> Repo.update!()\n'
    )
    _, titles = decoded_titles(session.encode(), "iex.txt")
    assert titles.get(None) == "1906.08237"
    assert not any(title and title.startswith("Curso") for title in titles)


def test_a_whatsapp_exports_messages_are_read_without_their_day_time_and_sender() -> None:
    for prefix in ("[11/01/2024, 18:40:12] ", "11/01/2024, 18:40 - "):
        chat = (
            f"{prefix}Priya Raman: Yes! First one 👇\n"
            "https://arxiv.org/abs/2001.08361\n"
            "Scaling Laws for Neural Language Models (Kaplan et al. 2020). Read sections 1-4\n"
            f"{prefix}Dev Malhotra: Good session. Next is emergent abilities right?\n"
            f"{prefix}Priya Raman: Yep, Emergent Abilities of Large Language Models\n"
            "https://arxiv.org/abs/2206.07682\n"
            f"{prefix}Γιάννης Κ.: Deep contextualized word representations (arXiv:1802.05365)\n"
            f"{prefix}Dev Malhotra: Related, Minerva does well on the STEM subsets\n"
            f"{prefix}Dev Malhotra: https://arxiv.org/pdf/2206.14858.pdf\n"
        )
        _, titles = decoded_titles(chat.encode(), "chat.txt")
        by_id = {paper: title for title, paper in titles.items() if paper}
        assert by_id["2206.07682"] == "Emergent Abilities of Large Language Models"
        assert by_id["1802.05365"] == "Deep contextualized word representations"
        # (a link alone in its message takes no title from the message above it)
        assert by_id["2206.14858"] is None
        assert "Scaling Laws for Neural Language Models" in titles
        assert not any(title and ("Priya" in title or "2024" in title) for title in titles)


def test_a_three_word_title_opening_on_an_indefinite_article_inside_another_scripts_sentence() -> None:
    digest = (
        "คาบหน้าใครพรีเซนต์ A Generalist Agent ครับ เห็นในลิสต์แต่ยังไม่มีชื่อคนรับ\n\n"
        "ส่วนบล็อก The Illustrated Transformer อ่านประกอบได้ ส่วนโค้ดรันบน Google Cloud Run นะครับ\n"
    )
    _, titles = decoded_titles(digest.encode(), "chat.txt")
    assert titles == {"A Generalist Agent": None}


def test_a_programs_printout_of_ids_and_titles_gives_the_titles_and_not_its_other_rows() -> None:
    printout = (
        'iex(6)> for a <- Repo.all(q), do: IO.puts("#{a.id}  #{a.titulo}")\n'
        "5  RoBERTa: A Robustly Optimized BERT Pretraining Approach\n"
        "9  DeBERTa: Decoding-enhanced BERT with Disentangled Attention\n"
        "10  ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators\n"
        "11  Curso Hugging Face, cap. 7 — tarefas principais de NLP\n"
        "[:ok, :ok, :ok, :ok]\n"
        "\n"
        "12  rows in 3 ms\n"
        "13  warnings\n"
    )
    _, titles = decoded_titles(printout.encode(), "iex.txt")
    assert titles == {
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach": None,
        "DeBERTa: Decoding-enhanced BERT with Disentangled Attention": None,
        "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators": None,
    }


def test_a_chat_message_that_is_a_papers_title_alone_names_it_weakly() -> None:
    chat = (
        "[04/03/2024, 20:16:44] Γιάννης Κ.: Τα παίρνω και τα δύο, είναι μικρά\n"
        "[04/03/2024, 20:17:02] Γιάννης Κ.: Efficient Estimation of Word Representations in Vector Space\n"
        "[04/03/2024, 20:18:10] Σοφία: Weekly Reading Group Meeting\n"
        "[04/03/2024, 20:18:30] Σοφία: ok\n"
    )
    _, titles = decoded_titles(chat.encode(), "chat.txt")
    assert titles == {"Efficient Estimation of Word Representations in Vector Space": None}


def test_an_incopy_storys_paragraphs_links_and_table_are_read_as_the_page_it_lays_out() -> None:
    story = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?aid SnippetType="InCopyInterchange"?>\n'
        '<Document DOMVersion="8.0" Self="doc">\n'
        '<Story Self="story">\n'
        '<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Header2">\n'
        "  <CharacterStyleRange><Content>١. نقطة البداية</Content></CharacterStyleRange>\n"
        "</ParagraphStyleRange>\n<Br />\n"
        '<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Paragraph">\n'
        "  <CharacterStyleRange><Content>بدأنا بالورقة الأصلية </Content></CharacterStyleRange>\n"
        '  <CharacterStyleRange AppliedCharacterStyle="CharacterStyle/Link">\n'
        '    <HyperlinkTextSource Self="htss-1" Name="" Hidden="false">\n'
        "      <Content>Generative Adversarial Networks</Content>\n"
        "    </HyperlinkTextSource>\n"
        "  </CharacterStyleRange>\n"
        "  <CharacterStyleRange><Content> لغودفيلو وزملائه (2014).</Content></CharacterStyleRange>\n"
        "</ParagraphStyleRange>\n<Br />\n"
        '<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar">\n'
        '  <Table Self="t1" BodyRowCount="2" ColumnCount="2">\n'
        '    <Cell Name="0:0"><ParagraphStyleRange><CharacterStyleRange><Content>الورقة</Content>'
        "</CharacterStyleRange></ParagraphStyleRange></Cell>\n"
        '    <Cell Name="1:0"><ParagraphStyleRange><CharacterStyleRange><Content>السنة</Content>'
        "</CharacterStyleRange></ParagraphStyleRange></Cell>\n"
        '    <Cell Name="0:1"><ParagraphStyleRange><CharacterStyleRange><Content>Sigmoid Loss for Language Image '
        "Pre-Training</Content></CharacterStyleRange></ParagraphStyleRange></Cell>\n"
        '    <Cell Name="1:1"><ParagraphStyleRange><CharacterStyleRange><Content>2023</Content>'
        "</CharacterStyleRange></ParagraphStyleRange></Cell>\n"
        "  </Table>\n"
        "</ParagraphStyleRange>\n"
        "</Story>\n"
        '<HyperlinkURLDestination Self="HyperlinkURLDestination/https%3a//arxiv.org/abs/1406.2661" Name="link" '
        'DestinationURL="https://arxiv.org/abs/1406.2661" DestinationUniqueKey="1" />\n'
        '<Hyperlink Self="uf-1" Name="https://arxiv.org/abs/1406.2661" Source="htss-1" Visible="true">\n'
        '  <Properties><Destination type="object">HyperlinkURLDestination/https%3a//arxiv.org/abs/1406.2661'
        "</Destination></Properties>\n"
        "</Hyperlink>\n"
        "</Document>\n"
    )
    label, titles = decoded_titles(story.encode(), "chapter.icml")
    assert label.startswith("html/icml/")
    assert titles == {
        "Generative Adversarial Networks": "1406.2661",
        "Sigmoid Loss for Language Image Pre-Training": None,
    }


def test_japanese_korean_and_traditional_chinese_sheets_saved_by_windows_are_read_in_their_encodings() -> (
    None
):
    from paperlist.ingest.decode import decode_digest

    sheets = {
        "cp932": "No,発表日,論文タイトル,メモ\n1,4/12,Gradient Projection Memory for Continual Learning,"
        "継続学習の代表的な手法です。勾配を直交する部分空間に射影します。\n",
        "cp949": "번호,분야,논문 제목,메모\n1,대조학습,Supervised Contrastive Learning,라벨을 쓰는 대조 학습으로 "
        "배치 안의 같은 클래스를 모두 양성 쌍으로 씁니다.\n",
        "big5": "編號,論文標題,備註\n1,Sigmoid Loss for Language Image Pre-Training,這是我們下週要讀的論文，"
        "重點在於損失函數的設計。\n",
        "euc_jp": "発表者,論文\n山田,Layer Normalization について、来週の輪講で説明します。\n",
    }
    for encoding, sheet in sheets.items():
        text, label = decode_digest(sheet.encode(encoding), "sheet.csv")
        assert text == sheet, encoding
        assert label == encoding
    western = "Titel;Notiz\nLayer Normalization;Für die Übung, später lesen.\n".encode("cp1252")
    assert decode_digest(western, "notes.csv")[1] == "cp1252"


def test_a_database_shells_records_listed_a_field_a_line_are_records_and_its_table_definition_is_not() -> (
    None
):
    session = (
        "SQL> SHOW TABLE PAPERS;\n"
        "ID                              INTEGER Not Null\n"
        "TITLE                           VARCHAR(300) Not Null\n"
        "ARXIV_ID                        VARCHAR(20) Nullable\n"
        "SQL> SET LIST ON;\n"
        "SQL> SELECT * FROM PAPERS ORDER BY ID;\n\n"
        + "".join(
            f"ID                              {n}\nTITLE                           {title}\n"
            f"ARXIV_ID                        {arxiv}\nURL                             <null>\n\n"
            for n, (title, arxiv) in enumerate(
                [
                    ("Neural Machine Translation by Jointly Learning to Align and Translate", "1409.0473"),
                    ("Rethinking Pre-training and Self-training", "2006.06882"),
                    ("Learning representations by back-propagating errors", "<null>"),
                ],
                1,
            )
        )
    )
    _, titles = decoded_titles(session.encode(), "isql.txt")
    assert titles == {
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "Rethinking Pre-training and Self-training": "2006.06882",
        "Learning representations by back-propagating errors": None,
    }


def test_a_log_searchs_csv_export_reads_each_rows_json_cell_as_its_record() -> None:
    rows = [
        {
            "event": "title_noted",
            "title": "Universal and Transferable Adversarial Attacks on Aligned Language Models",
        },
        {"event": "command", "cmd": "find", "arg": "https://arxiv.org/abs/2006.05990"},
        {"event": "digest_sent", "msg": "weekly digest sent", "count": 5},
    ]
    import csv
    import io
    import json

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["_cd", "_raw", "_time", "host", "source"])
    for n, row in enumerate(rows):
        writer.writerow([f"41:{n}", json.dumps(row), "2024-03-06T19:35:26", "bot-1", "/var/log/bot/app.log"])
    label, titles = decoded_titles(out.getvalue().encode(), "search_results.csv")
    assert label.startswith("json/csv-json/")
    assert titles == {
        "Universal and Transferable Adversarial Attacks on Aligned Language Models": None,
        None: "2006.05990",
    }


def test_a_list_numbered_with_dashes_whose_titles_carry_notes_in_another_script_is_a_list_of_papers() -> None:
    digest = (
        "إذا كان الهدف أن تفهم لماذا هذه النماذج كبيرة أصلًا فاقرأ بالترتيب:\n"
        "1- Language Models are Unsupervised Multitask Learners (ورقة GPT-2)\n"
        "2- PaLM: Scaling Language Modeling with Pathways\n"
        "3- Solving Quantitative Reasoning Problems with Language Models لترى ماذا يحدث عند التدريب على الرياضيات\n"
        "بعدها ستقرأ أوراق الضغط.\n"
        "\n"
        "جدول الأسبوع:\n"
        "1- Opening Remarks and Logistics\n"
        "2- Coffee Break (قاعة 3)\n"
        "3- Closing Session\n"
    )
    _, titles = decoded_titles(digest.encode(), "thread.txt")
    assert titles == {
        "Language Models are Unsupervised Multitask Learners": None,
        "PaLM: Scaling Language Modeling with Pathways": None,
        "Solving Quantitative Reasoning Problems with Language Models": None,
    }


def test_a_sage_worksheets_cells_and_printed_output_are_read_as_text() -> None:
    worksheet = (
        "\ufe20 3b2d8a09-bb40-4a2b-ad24-8fb7680dbbd8i\ufe20\n"
        "%md\n"
        "**القراءة الأساسية:** [Sharpness-Aware Minimization for Efficiently Improving Generalization]"
        "(https://arxiv.org/abs/2010.01412)\n"
        '\ufe213cfefd1f-ef28-4601-8c38-8d5a8ae1a4d5\ufe21{"md":"**القراءة الأساسية:** [Sharpness-Aware '
        'Minimization](https://arxiv.org/abs/2010.01412)"}\ufe21{"done":true}\ufe21\n'
        "\ufe20 0f38d588-304e-4214-99a3-07c8e7ba8a38\ufe20\n"
        "for aid, title in papers:\n"
        '    print("arXiv:%s  %s" % (aid, title))\n'
        '\ufe214333f28f-456b-48bd-99c4-187316bdc21f\ufe21{"stdout":"arXiv:2103.13462  Why Do Local Methods Solve '
        'Nonconvex Problems?\\narXiv:2006.03656  AutoHAS: Efficient Hyperparameter and Architecture Search\\n"}'
        '\ufe21{"done":true}\ufe21\n'
    )
    label, titles = decoded_titles(worksheet.encode(), "week7.sagews")
    assert label.startswith("md/sagews/")
    assert titles == {
        "Sharpness-Aware Minimization for Efficiently Improving Generalization": "2010.01412",
        "Why Do Local Methods Solve Nonconvex Problems?": "2103.13462",
        "AutoHAS: Efficient Hyperparameter and Architecture Search": "2006.03656",
    }


def test_a_quoted_name_after_a_word_for_a_post_and_its_writers_name_is_no_paper() -> None:
    digest = (
        "Пост Лилиан Венг «The Transformer Family Version 2.0» — хорошая карта всей области.\n\n"
        "Antes del seminario releer «ImageNet Classification with Deep Convolutional Neural Networks» "
        "(Krizhevsky, Sutskever y Hinton, NIPS 2012).\n"
    )
    _, titles = decoded_titles(digest.encode(), "notes.txt")
    assert titles == {"ImageNet Classification with Deep Convolutional Neural Networks": None}


def test_a_markdown_table_without_outer_bars_keeps_its_short_first_column() -> None:
    from paperlist.ingest.pyrepr import without_process_prefixes

    table = "Topic  | Title | Link\n-------|-------|------\n" + 3 * "".join(
        f"{topic:<6} | {title} | {link}\n"
        for topic, title, link in [
            ("NLP", "Layer Normalization", "https://arxiv.org/abs/1607.06450"),
            ("Vision", "Deep Residual Learning for Image Recognition", "https://arxiv.org/abs/1512.03385"),
            ("NLP", "Attention Is All You Need", "https://arxiv.org/abs/1706.03762"),
            ("Vision", "An Image is Worth 16x16 Words", "https://arxiv.org/abs/2010.11929"),
            ("NLP", "Language Models are Few-Shot Learners", "https://arxiv.org/abs/2005.14165"),
            ("RL", "Proximal Policy Optimization Algorithms", "https://arxiv.org/abs/1707.06347"),
        ]
    )
    assert without_process_prefixes(table) == table
