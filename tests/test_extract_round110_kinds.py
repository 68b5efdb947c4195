"""Habits the blind rounds 110 to 113 brought, and the misses of earlier rounds read again in that session
(tests/data/digests-round1NN), each written here in a small digest of its own."""

from __future__ import annotations

import json

import pytest

from tests.reading import decoded_titles


@pytest.mark.parametrize(
    ("before", "note", "after"),
    [
        ("Notes from Tuesday.", "still to read", "Next week we meet in room 4."),
        ("Poznámky z úterý.", "ještě nečteno, odkaz chybí", "Příští týden se sejdeme v místnosti 4."),
    ],
)
def test_a_verb_s_particle_in_lower_case_is_no_sentence_before_a_title(
    before: str, note: str, after: str
) -> None:
    # (`Filtering out`, `Scaling up`: a title in Title Case that leaves the particle in lower case is one title,
    # not a sentence's words, in English or another language, and a shorter title after them)
    digest = (
        f"{before}\n\n"
        f"Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing: {note}\n\n"
        f"{after}\n"
    )
    _, titles = decoded_titles(digest.encode(), "notes.txt")
    assert "Sequential Redundancy for Efficient Language Processing" not in titles


def test_the_items_a_program_counts_out_are_a_list_of_papers_when_most_give_their_id() -> None:
    # (a build log checking a newsletter's links: `[3/5] Title → link … 200 OK`, or a warning that an item has none)
    log = "".join(
        f"[07:00:1{n}]{status}:\t\t [Link check] [{n}/5] {item}\n"
        for n, (status, item) in enumerate(
            [
                (
                    " ",
                    "Generating Long Sequences with Sparse Transformers → https://arxiv.org/abs/1904.10509 … 200 OK",
                ),
                (
                    " ",
                    "Longformer: The Long-Document Transformer → https://arxiv.org/abs/2004.05150 … 200 OK",
                ),
                ("W", "Big Bird: Transformers for Longer Sequences: no link (url: null)"),
                (
                    " ",
                    "Rethinking Attention with Performers → https://openreview.net/forum?id=Ua6zuk0WRH … 200 OK",
                ),
                (
                    " ",
                    "Linformer: Self-Attention with Linear Complexity → https://arxiv.org/abs/2006.04768 … 200 OK",
                ),
            ],
            start=1,
        )
    )
    digest = (
        "[07:00:02]i: TeamCity server version is 2023.11.4 (build 147586)\n"
        + log
        + "[07:00:20] : Build finished\n"
    )
    _, titles = decoded_titles(digest.encode(), "build.log")
    assert "Big Bird: Transformers for Longer Sequences" in titles
    assert len(titles) == 5


def test_a_log_message_s_format_version_does_not_make_it_a_release() -> None:
    # (GELF: every message says `"version": "1.1"`, the log format's, beside its level and time; a package's or an
    # API's record with a version and no such keys is a release, no paper)
    messages = [
        {
            "version": "1.1",
            "host": "bot.example.org",
            "short_message": "paper.added",
            "full_message": f"{title}\nA classic, scanned PDF from the library.",
            "timestamp": 1709802001.731 + n,
            "level": 4,
            "_title": title,
        }
        for n, title in enumerate(
            [
                "Learning representations by back-propagating errors",
                "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent "
                "Neural Networks",
            ]
        )
    ]
    release = {"name": "Attention Is All You Need Toolkit", "version": "1.4.0", "description": "a library"}
    text = "\n".join(json.dumps(message) for message in [*messages, release]) + "\n"
    _, titles = decoded_titles(text.encode(), "graylog.jsonl")
    assert set(titles) == {message["_title"] for message in messages}


def test_a_title_that_is_another_message_s_start_cut_short_is_no_paper() -> None:
    # (a chat API's comment holds a preview of the message it answers, cut at forty characters, mid-word or
    # after a small word: the message itself, elsewhere in the document, is what names the papers)
    message = (
        "Avoimet mallit: LLaMA: Open and Efficient Foundation Language Models https://arxiv.org/abs/2302.13971 "
        "— kokeillaan 7B:tä"
    )
    listed = "Arviointi-osio:\n• Beyond the Imitation Game benchmark\n• Judging LLM-as-a-Judge"
    flow = [
        {"id": 1, "event": "message", "content": message},
        {"id": 2, "event": "comment", "content": {"title": message[:40], "text": "Varattu ke–to, gpu-03."}},
        {"id": 3, "event": "message", "content": listed},
        {"id": 4, "event": "comment", "content": {"title": listed[:37], "text": "Hyvä lisä."}},
    ]
    _, titles = decoded_titles(json.dumps(flow, ensure_ascii=False).encode(), "messages.json")
    assert message[:40] not in titles
    assert not [title for title in titles if title and title.endswith("Beyond the")]
    assert "2302.13971" in titles.values()


def test_a_long_research_title_bulleted_beside_a_paper_is_one_too() -> None:
    # (a message lists two papers as bullets; one is known by its short name in parentheses, the other is bare)
    message = (
        "Evaluation part for Thursday:\n"
        "• Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models (BIG-bench)\n"
        "• Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena\n"
        "The latter: GPT-4 as a judge is surprisingly close to people.\n"
    )
    _, titles = decoded_titles(message.encode(), "message.txt")
    assert "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena" in titles


def test_a_bulleted_day_of_a_schedule_and_who_presents_it_are_not_the_title() -> None:
    # (`- 2024-04-16（鈴木）Title — note`: a reading group's day and its presenter before the paper it reads)
    plan = (
        "## 2024春 PEFT 輪読会\n\n"
        "- 2024-04-09（田中）[LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)"
        " — LoRA 本体\n"
        "- 2024-04-16（鈴木）Decoupled Weight Decay Regularization — AdamW。L2 正則化とは別物\n"
        "- 2024-04-23 (Ana) Towards a Unified View of Parameter-Efficient Transfer Learning — adapters\n"
        "- 2024-04-30 Prefix-Tuning: Optimizing Continuous Prompts for Generation arXiv:2101.00190 — 連続プロンプト\n"
    )
    _, titles = decoded_titles(plan.encode(), "plan.md")
    assert "Decoupled Weight Decay Regularization" in titles
    assert "Towards a Unified View of Parameter-Efficient Transfer Learning" in titles
    assert not [title for title in titles if title and title[:1].isdigit()]


def test_a_json_object_printed_in_a_shell_session_is_read_by_its_members() -> None:
    # (a database shell prints its query's results as JSON: `"titulo": "Title",` is a title and its label, not a
    # title that opens on the key's name)
    session = (
        'cbq> SELECT l.titulo, l.enlace FROM lecturas l ORDER BY l.sesion;\n{\n    "results": [\n'
        '        {\n            "ponente": "Marta Quiroga",\n'
        '            "titulo": "XLNet: Generalized Autoregressive Pretraining for Language Understanding",\n'
        '            "enlace": "https://arxiv.org/pdf/1906.08237.pdf"\n        },\n'
        '        {\n            "ponente": "Iker Goñi",\n'
        '            "titulo": "Autoregressive Entity Retrieval",\n            "enlace": null\n        }\n'
        '    ],\n    "status": "success"\n}\ncbq> \\QUIT;\n'
    )
    _, titles = decoded_titles(session.encode(), "cbq-session.txt")
    assert titles == {
        "XLNet: Generalized Autoregressive Pretraining for Language Understanding": "1906.08237",
        "Autoregressive Entity Retrieval": None,
    }


def test_a_link_field_is_its_own_record_s_not_the_next_record_s_after_a_blank_line() -> None:
    # (records of `label: value` lines, a blank line between them: the link belongs with the title above it, never
    # with the `Title:` that opens the next record, as an arXiv listing's id line would)
    records = (
        "Results:\n\n"
        "titulo: XLNet: Generalized Autoregressive Pretraining for Language Understanding\n"
        "enlace: https://arxiv.org/pdf/1906.08237.pdf\n\n"
        "titulo: Autoregressive Entity Retrieval\nenlace: null\n"
    )
    _, titles = decoded_titles(records.encode(), "results.txt")
    assert titles == {
        "XLNet: Generalized Autoregressive Pretraining for Language Understanding": "1906.08237",
        "Autoregressive Entity Retrieval": None,
    }


def test_a_numbered_list_s_bare_titles_are_papers_when_its_items_with_ids_were_read_elsewhere() -> None:
    # (a blog post numbers its papers in Persian digits, one paragraph each: the items with a link or an id are read
    # for them first, and they still show the list is one of papers)
    items = [
        "۱. EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks<br>مقاله‌ی کوتاه و خوش‌خوانی است.",
        "۲. How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers (arXiv:2106.10270)",
        '۳. <a href="https://arxiv.org/abs/2103.00020">Learning Transferable Visual Models From Natural Language '
        "Supervision</a> (همان CLIP)",
        '۴. <a href="https://arxiv.org/abs/2304.08485">Visual Instruction Tuning</a> — LLaVA.',
        "۵. Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling<br>پیشنهاد علی.",
    ]
    page = (
        '<html><head><meta charset="utf-8"><title>فهرست مقاله‌ها</title></head><body dir="rtl">'
        "<p>سلام دوستان. فهرست مقاله‌های گروه مطالعه:</p>"
        + "".join(f"<p>{item}</p>" for item in items)
        + "</body></html>"
    )
    _, titles = decoded_titles(page.encode(), "post.html")
    assert "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks" in titles
    assert "Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling" in titles


@pytest.mark.parametrize("kind", ["תיעוד", "Documentation", "документация", "ドキュメント"])
def test_a_sheet_row_typed_as_documentation_is_no_paper(kind: str) -> None:
    # (a team's reading list exported as CSV with Hebrew headers, its type column saying what each row is)
    sheet = (
        "מזהה,כותרת,קישור,סוג,מציג/ה\n"
        "1,ZeRO: Memory Optimizations Toward Training Trillion Parameter Models,"
        "https://arxiv.org/abs/1910.02054,מאמר,איתי\n"
        f"2,DeepSpeed – ZeRO tutorial,https://www.deepspeed.ai/tutorials/zero/,{kind},איתי\n"
        "3,Training Compute-Optimal Large Language Models,,מאמר,נועה\n"
    )
    _, titles = decoded_titles(sheet.encode(), "reading-list.csv")
    assert set(titles) == {
        "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
        "Training Compute-Optimal Large Language Models",
    }


def test_a_short_title_in_a_record_titled_as_the_others_that_give_ids_is_a_paper() -> None:
    # (a bot's log messages, each with its paper's title in `_title`, most with its link: a three-word title among
    # them is a paper's; alone in a settings file it would be no title)
    titles = [
        ("Attention Is All You Need", "https://arxiv.org/abs/1706.03762"),
        ("Lite Transformer with Long-Short Range Attention", "arXiv:2004.11886"),
        ("Long Short-Term Memory", ""),
        (
            "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units",
            "https://arxiv.org/pdf/2106.07447.pdf",
        ),
    ]
    messages = [
        {
            "version": "1.1",
            "host": "bot",
            "short_message": "paper.added",
            "timestamp": 1709802000 + n,
            "level": 6,
            "_title": title,
            "_ref": ref,
        }
        for n, (title, ref) in enumerate(titles)
    ]
    text = "\n".join(json.dumps(message) for message in messages) + "\n"
    _, found = decoded_titles(text.encode(), "bot.jsonl")
    assert "Long Short-Term Memory" in found
    settings = [
        {"_title": "Long Short-Term Memory", "theme": "dark"},
        {"_title": "Reader settings", "font": 12},
    ]
    _, alone = decoded_titles(json.dumps(settings).encode(), "settings.json")
    assert alone == {}


def test_a_paper_cited_by_its_authors_and_year_after_another_s_link_is_read_too() -> None:
    # (`[Title A](link) — also: Clark et al. (2020): Title B, EMNLP 2020`: the second paper, on the first one's line)
    line = (
        "[ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators]"
        "(https://arxiv.org/pdf/2003.10555.pdf) —  ergänzend: Clark et al. (2020): Pre-Training Transformers as "
        "Energy-Based Cloze Models, EMNLP 2020\n"
    )
    _, titles = decoded_titles(("Plan\n\n" + line).encode(), "plan.md")
    assert titles == {
        "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators": "2003.10555",
        "Pre-Training Transformers as Energy-Based Cloze Models": None,
    }


def test_a_presenter_s_name_in_bold_before_a_title_and_an_id_printed_bare_above() -> None:
    # (a shell session prints a reading list's map with its ids, then the same list as Markdown, each item a day, the
    # presenter's name in bold, its colon, the title and its link: the ids get the titles their items give)
    session = (
        "groovy:000> leituras\n"
        "===> [[data:2024-05-02, quem:Beatriz, link:https://openreview.net/forum?id=WE_vluYUL-X], "
        "[data:2024-05-16, quem:Camila, link:https://arxiv.org/abs/2204.01691]]\n"
        "groovy:000> println md\n"
        "# Grupo de leitura\n\n"
        "- 2024-05-02 **Beatriz**: ReAct: Synergizing Reasoning and Acting in Language Models — "
        "https://openreview.net/forum?id=WE_vluYUL-X\n"
        "- 2024-05-16 **Camila**: Do As I Can, Not As I Say: Grounding Language in Robotic Affordances — "
        "https://arxiv.org/abs/2204.01691\n"
        "- 2024-05-23 **Thiago**: AgentBench: Evaluating LLMs as Agents (arXiv:2308.03688)\n"
    )
    _, titles = decoded_titles(session.encode(), "groovysh.txt")
    assert titles == {
        "ReAct: Synergizing Reasoning and Acting in Language Models": "WE_vluYUL-X",
        "Do As I Can, Not As I Say: Grounding Language in Robotic Affordances": "2204.01691",
        "AgentBench: Evaluating LLMs as Agents": "2308.03688",
    }


def test_a_paper_s_own_name_in_bold_before_its_colon_stays_in_its_title() -> None:
    # (`**Toolformer**: Subtitle`: the bold name is the paper's, not a presenter's)
    listed = (
        "Weekly picks\n\n"
        "- **Toolformer**: Language Models Can Teach Themselves to Use Tools — https://arxiv.org/abs/2302.04761\n"
    )
    _, titles = decoded_titles(listed.encode(), "picks.txt")
    assert titles == {"Toolformer: Language Models Can Teach Themselves to Use Tools": "2302.04761"}


def test_a_program_s_time_stamp_is_no_title() -> None:
    # (a bug tracker's field of when its state changed, an export's date, in a report that lists papers with links)
    report = (
        ">Description:\n"
        "  Attention Is All You Need https://arxiv.org/abs/1706.03762\n"
        "  Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385\n\n"
        ">Audit-Trail:\n"
        "State-Changed-From-To: open->analyzed\n"
        "State-Changed-By: kenji\n"
        "State-Changed-When: Wed Apr 10 13:19:53 +0900 2024\n"
        "Exported by: Ankit Verma on 11 March 2024, 09:12 AM\n"
        "State-Changed-Why: 確認しました\n"
    )
    _, titles = decoded_titles(report.encode(), "report.pr")
    assert set(titles) == {"Attention Is All You Need", "Deep Residual Learning for Image Recognition"}


def test_an_http_status_a_program_logs_is_no_title() -> None:
    # (a bot's log4j XML events: the papers it sent, then an error sending them, its status and its exception)
    event = (
        '<Event xmlns="http://logging.apache.org/log4j/2.0/events" level="{level}" loggerName="digest.Bot">\n'
        "  <Message>{message}</Message>\n{extra}</Event>\n\n"
    )
    log = "".join(
        event.format(level=level, message=message, extra=extra)
        for level, message, extra in [
            ("INFO", "Статья: Attention Is All You Need — https://arxiv.org/abs/1706.03762", ""),
            (
                "INFO",
                "Статья: Deep Residual Learning for Image Recognition — https://arxiv.org/abs/1512.03385",
                "",
            ),
            (
                "ERROR",
                "Ошибка отправки в @channel: HTTP 429 Too Many Requests, retry_after=7",
                '  <Thrown localizedMessage="Too Many Requests: retry after 7" '
                'message="Too Many Requests: retry after 7" name="digest.TelegramException"/>\n',
            ),
        ]
    )
    _, titles = decoded_titles(log.encode(), "digest.log")
    assert set(titles) == {"Attention Is All You Need", "Deep Residual Learning for Image Recognition"}


def test_rows_of_data_apart_by_semicolons_give_their_quoted_titles() -> None:
    # (a statistics program's inline data: a row a session, its title quoted among other fields, most with a link; the
    # bare titles are papers too, one of them in sentence case)
    syntax = (
        "* Reading group survey.\n"
        'DATA LIST LIST (";") / session (F2.0) day (EDATE10) who (A24) paper (A160) source (A64) score (F3.1).\n'
        "BEGIN DATA\n"
        '1;20.02.2024;"Elif Aydın";"Understanding the difficulty of training deep feedforward neural networks";"";4.3\n'
        '2;27.02.2024;"Mert Kaya";"Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet '
        'Classification";"arXiv:1502.01852";4.0\n'
        '3;05.03.2024;"Zeynep Demir";"Deep Residual Learning for Image Recognition";'
        '"https://arxiv.org/abs/1512.03385";4.8\n'
        '4;12.03.2024;"Can Yıldız";"Big Transfer (BiT): General Visual Representation Learning";"";3.9\n'
        '5;19.03.2024;"Elif Aydın";"ResNeSt: Split-Attention Networks";"https://arxiv.org/abs/2004.08955";3.6\n'
        "END DATA.\n"
    )
    _, titles = decoded_titles(syntax.encode(), "survey.sps")
    assert titles == {
        "Understanding the difficulty of training deep feedforward neural networks": None,
        "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification": "1502.01852",
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Big Transfer (BiT): General Visual Representation Learning": None,
        "ResNeSt: Split-Attention Networks": "2004.08955",
    }


def test_a_chat_export_s_sender_and_time_in_brackets_open_a_message_whose_link_is_its_title_s() -> None:
    # (JANDI's and KakaoTalk's text export: `[sender] [오전 10:16] text`, a link on the next line; the message before
    # it names another paper, and a line of its own says nothing of either)
    chat = (
        "[JANDI] 토픽 '비전-백본-스터디' 대화 내보내기\n"
        "--------------------------------------------------------------\n\n"
        "2024-05-07 (화)\n"
        "[김도윤] [오전 10:12] 이번 달 스터디는 비전 백본 + 검출 순서로 갑니다.\n"
        "1주차: An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale\n"
        "https://openreview.net/forum?id=YicbFdNTTy\n"
        "ICLR 리뷰 코멘트도 같이 보면 재밌어요. 발표는 제가 할게요.\n"
        "[박서연] [오전 10:15] 넵 👍 ViT 다음엔 Swin 하는 거죠?\n"
        "[김도윤] [오전 10:16] 네 2주차 Swin Transformer: Hierarchical Vision Transformer using Shifted Windows\n"
        "https://arxiv.org/abs/2103.14030\n"
    )
    _, titles = decoded_titles(chat.encode(), "jandi.txt")
    assert titles == {
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "YicbFdNTTy",
        "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows": "2103.14030",
    }


def test_a_thesis_s_apa_references_leave_out_a_book_by_its_publisher_and_a_documentation_page() -> None:
    # (a Turkish thesis's `Kaynaklar` from pdftotext: a book whose only venue is a publishing house, `Yayınevi`,
    # and a library's documentation page, `— PyTorch 2.1 belgeleri`, beside the papers it cites)
    references = (
        "KAYNAKLAR\n\n"
        "Alpaydın, E. (2011). Yapay Öğrenme. İstanbul: Boğaziçi Üniversitesi Yayınevi.\n\n"
        "Kirkpatrick, J., Pascanu, R., Rabinowitz, N., vd. (2017). Overcoming catastrophic forgetting in neural\n"
        "     networks. Proceedings of the National Academy of Sciences, 114(13), 3521-3526.\n\n"
        "PyTorch Geliştiricileri. (2023). torch.nn.init — PyTorch 2.1 belgeleri. Erişim\n"
        "     adresi https://pytorch.org/docs/2.1/nn.init.html (Erişim tarihi: 12.11.2023).\n\n"
        "Saha, G., Garg, I. ve Roy, K. (2021). Gradient projection memory for continual learning. ICLR 2021.\n"
        "     arXiv:2103.09762.\n"
    )
    _, titles = decoded_titles(references.encode(), "tez.txt")
    assert set(titles) == {
        "Overcoming catastrophic forgetting in neural networks",
        "Gradient projection memory for continual learning",
    }


def test_a_sheet_row_s_notes_give_its_id_unless_they_name_another_paper_and_no_id_is_lost() -> None:
    # (a task board's CSV export: the paper's link inside the row's notes, after a sentence of the writer's; notes
    # that cite another paper by name keep that id apart, never dropped)
    sheet = (
        "Name,Notes,Section,Status\n"
        'Neural Machine Translation of Rare Words with Subword Units,"BPE cho từ hiếm. '
        'https://arxiv.org/abs/1508.07909\nLiên quan tới tokenizer.",Đã trình bày,completed\n'
        "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers,"
        "Lượng tử hoá 3–4 bit. https://arxiv.org/abs/2210.17323,Cần đọc,open\n"
        'Sequence to Sequence Learning with Neural Networks,"Đọc cùng với ""Effective Approaches to Attention-based '
        'Neural Machine Translation"" https://arxiv.org/abs/1508.04025",Cần đọc,open\n'
    )
    _, titles = decoded_titles(sheet.encode(), "board.csv")
    assert titles.get("Neural Machine Translation of Rare Words with Subword Units") == "1508.07909"
    assert (
        titles.get("GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers")
        == "2210.17323"
    )
    assert titles.get("Sequence to Sequence Learning with Neural Networks") is None
    assert "1508.04025" in titles.values()


def test_a_bibtex_entry_s_notes_give_its_preprint_id_and_say_when_it_is_a_blog_post() -> None:
    # (ZoteroBib's export: a journal article's `annotation` gives its arXiv preprint; a `@misc` whose annotation
    # calls it a blog post is none)
    bib = (
        "@article{liu_gpt_2023,\n\ttitle = {{GPT} {Understands}, {Too}},\n\tjournal = {AI Open},\n"
        "\tauthor = {Liu, Xiao and Zheng, Yanan},\n\tyear = {2023},\n"
        "\tannotation = {P-tuning. نسخهٔ پیش‌انتشار: arXiv:2103.10385},\n}\n\n"
        "@misc{raschka_practical_2023,\n\ttitle = {Practical {Tips} for {Finetuning} {LLMs} {Using} {LoRA}},\n"
        "\turl = {https://magazine.sebastianraschka.com/p/practical-tips-for-finetuning-llms},\n"
        "\tauthor = {Raschka, Sebastian},\n\tyear = {2023},\n"
        "\tannotation = {پست وبلاگ؛ برای تنظیم alpha و r مفید است.},\n}\n"
    )
    _, titles = decoded_titles(bib.encode(), "zbib.bib")
    assert titles == {"GPT Understands, Too": "2103.10385"}


def test_a_title_alone_on_its_line_amid_a_chat_message_in_another_script_is_weakly_a_paper() -> None:
    # (Zoho Cliq's export: a message in Hindi names two papers in English, each on a line of its own; a title wrapped
    # onto the next line is not cut there)
    chat = (
        "----- Wednesday, 06 March 2024 -----\n\n"
        "[09:15 AM] Farhan Qureshi: Kaplan वाला पेपर यानी\n"
        "    Scaling Laws for Neural Language Models\n"
        "    और फिर Chinchilla यानी\n"
        "    Training Compute-Optimal Large Language Models\n"
        "    दोनों को साथ में पढ़ना मज़ेदार होगा\n\n"
        "[09:21 AM] Priya Nair: link? 🙏\n\n"
        '[09:30 AM] Тимур: прочитаем "Efficiently Modeling Long Sequences with Structured\n'
        '    State Spaces" — читаем версию ICLR 2022 с рецензиями\n'
    )
    _, titles = decoded_titles(chat.encode(), "cliq.txt")
    assert {
        "Scaling Laws for Neural Language Models",
        "Training Compute-Optimal Large Language Models",
    } <= set(titles)
    assert "Efficiently Modeling Long Sequences with Structured" not in titles


def test_a_journal_page_s_references_are_read_past_the_links_copied_under_each() -> None:
    # (PLOS's references copied from the page: `View Article` and `Google Scholar` under each entry, Vancouver's
    # names with hyphenated initials, `arXiv [Preprint]` as the venue)
    references = (
        "References\n\n"
        "20.\nWang R, Cheng M, Chen X, Tang X, Hsieh C-J. Rethinking Architecture Selection in Differentiable NAS. "
        "In: International Conference on Learning Representations; 2021.\nGoogle Scholar\n\n"
        "22.\nZoph B, Ghiasi G, Lin T-Y, Cui Y, Liu H, Cubuk ED, et al. Rethinking Pre-training and Self-training. "
        "arXiv:2006.06882 [Preprint]. 2020.\nGoogle Scholar\n\n"
        "23.\nGoodfellow I, Bengio Y, Courville A. Deep Learning. Cambridge (MA): MIT Press; 2016.\nGoogle Scholar\n\n"
        "25.\nXie C, Tan M, Gong B, Yuille A, Le QV. Smooth Adversarial Training. arXiv [Preprint]. 2020.\n"
        "View Article\nGoogle Scholar\n"
    )
    _, titles = decoded_titles(references.encode(), "refs.txt")
    assert titles == {
        "Rethinking Architecture Selection in Differentiable NAS": None,
        "Rethinking Pre-training and Self-training": "2006.06882",
        "Smooth Adversarial Training": None,
    }


def test_a_syllabus_table_cell_citing_authors_and_year_first_gives_its_title_in_sentence_case() -> None:
    # (a course page's table: the reading cell cites `Authors (Year). Title. Venue.`, the title in sentence case
    # and the venue without its year)
    rows = [
        ("1주차", "강좌 소개", "교재 1–2장 (Goodfellow 외, Deep Learning, MIT Press) — 논문 아님"),
        (
            "2주차",
            "역전파",
            "Rumelhart, Hinton & Williams (1986). Learning representations by back-propagating errors. "
            "Nature 323, 533–536.",
        ),
        ("3주차", "추석 연휴 — 휴강", "—"),
        (
            "5주차",
            "초기화",
            "Glorot & Bengio (2010). Understanding the difficulty of training deep feedforward neural "
            "networks. AISTATS. (일명 Xavier 초기화)",
        ),
        (
            "6주차",
            "순환 신경망",
            "Hochreiter & Schmidhuber (1997). Long Short-Term Memory. Neural Computation 9(8).",
        ),
        (
            "7주차",
            "어텐션",
            '<a href="https://arxiv.org/abs/1409.0473">Neural Machine Translation by Jointly Learning '
            "to Align and Translate</a> (Bahdanau 외, ICLR 2015)",
        ),
        ("8주차", "중간고사", "—"),
    ]
    page = (
        '<html><head><meta charset="utf-8"><title>강의계획서</title></head><body><table>'
        "<tr><th>주차</th><th>주제</th><th>읽을거리</th></tr>"
        + "".join(
            f"<tr><td>{week}</td><td>{topic}</td><td>{reading}</td></tr>" for week, topic, reading in rows
        )
        + "</table></body></html>"
    )
    _, titles = decoded_titles(page.encode(), "syllabus.html")
    assert set(titles) == {
        "Learning representations by back-propagating errors",
        "Understanding the difficulty of training deep feedforward neural networks",
        "Long Short-Term Memory",
        "Neural Machine Translation by Jointly Learning to Align and Translate",
    }


@pytest.mark.parametrize("name", ["Hugging Face Diffusion Models Course", "The Gradient Podcast"])
def test_a_record_named_by_what_its_last_word_says_it_is_is_no_paper(name: str) -> None:
    # (a shell's JSON of a reading list: a course or a podcast listed beside the papers, its link a site's page)
    papers = [
        {"title": "Multimodal Few-Shot Learning with Frozen Language Models", "url": None, "by": "Γιώργος"},
        {"title": name, "url": "https://example.org/learn/it", "by": "Ελένη"},
        {
            "title": "Denoising Diffusion Probabilistic Models",
            "url": "https://arxiv.org/abs/2006.11239",
            "by": "Ελένη",
        },
    ]
    _, titles = decoded_titles(json.dumps(papers, ensure_ascii=False).encode(), "papers.json")
    assert name not in titles
    assert "Denoising Diffusion Probabilistic Models" in titles


def test_rows_of_a_plain_text_list_apart_by_bars_give_their_title_field_not_the_presenter() -> None:
    # (`cat lista.txt` in a shell: `fecha|ponente|título|enlace`, the link empty for some; a formula's norm, `||W||`,
    # is no row)
    session = (
        "lucia@nlp-login2:~/grupo> cat lista.txt\n"
        "# fecha|ponente|título|enlace  (enlace vacío = solo el título)\n"
        "2024-02-08|Lucía|Universal Language Model Fine-tuning for Text Classification|\n"
        "2024-02-22|Marta|Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer|"
        "https://arxiv.org/abs/1910.10683\n"
        "2024-02-29|Pablo|XLNet: Generalized Autoregressive Pretraining for Language Understanding|arXiv:1906.08237\n"
        "2024-03-07|Javier|RoBERTa: A Robustly Optimized BERT Pretraining Approach|https://arxiv.org/pdf/1907.11692\n"
        "2024-03-21|Lucía|Pre-Training Transformers as Energy-Based Cloze Models|\n"
        "lucia@nlp-login2:~/grupo> cat notas.txt\n"
        "7. DoRA: W' = m * (W0 + BA) / ||W0 + BA||_c, column-wise norm\n"
    )
    _, titles = decoded_titles(session.encode(), "tcsh.txt")
    assert titles == {
        "Universal Language Model Fine-tuning for Text Classification": None,
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer": "1910.10683",
        "XLNet: Generalized Autoregressive Pretraining for Language Understanding": "1906.08237",
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach": "1907.11692",
        "Pre-Training Transformers as Energy-Based Cloze Models": None,
    }


def test_a_quoted_title_after_a_field_s_label_in_a_log_line_is_a_paper() -> None:
    # (a Rust program's env_logger lines warn of entries with no link: `…, nur Titel: "Title"`, `title: "Title"`)
    log = (
        "[2024-05-08T06:45:12Z INFO  digest::liste] 8 Einträge gelesen\n"
        '[2024-05-08T06:45:14Z WARN  digest::liste] Eintrag 5 ohne Link oder ID, nur Titel: "Long Short-Term Memory"\n'
        '[2024-05-08T06:45:14Z WARN  digest::liste] entry 6 has no link, title: "Neural Turing Machines"\n'
    )
    _, titles = decoded_titles(log.encode(), "digest.log")
    assert set(titles) == {"Long Short-Term Memory", "Neural Turing Machines"}


@pytest.mark.parametrize(
    "guide", ["Cluster Jaguatirica: guia do usuário", "Clúster del laboratorio: guía del usuario"]
)
def test_a_user_s_guide_in_a_reference_list_is_no_paper_in_the_list_s_language(guide: str) -> None:
    # (a dissertation's IEEEtran references from pdftotext: the lab's cluster guide, an internal report)
    references = (
        "REFERÊNCIAS\n\n"
        "[11] K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” in CVPR, 2016.\n\n"
        f"[12] Laboratório de Visão Computacional, “{guide},” Relatório interno, 2022.\n\n"
        "[13] M. Tan and Q. V. Le, “EfficientNet: Rethinking model scaling for convolutional neural networks,” in\n"
        "     ICML, 2019.\n"
    )
    _, titles = decoded_titles(references.encode(), "dissertacao.txt")
    assert guide not in titles
    assert "Deep residual learning for image recognition" in titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Κάνε πρώτα ένα μάθημα και ένα βιβλίο (Bishop ή το “Dive into Deep Learning”, που είναι δωρεάν online).",
        "Книгу Гудфеллоу подтверждаю, но для начала лучше «Dive into Deep Learning», она бесплатная и с кодом.",
    ],
)
def test_a_short_name_quoted_in_the_clause_that_speaks_of_a_book_is_no_paper(sentence: str) -> None:
    # (a forum reply recommends a free book to start with, in the sentence that speaks of books)
    post = f"Как начать читать статьи?\n\n{sentence}\n"
    _, titles = decoded_titles(post.encode(), "thread.txt")
    assert "Dive into Deep Learning" not in titles
