"""Habits the blind rounds 96 and 97 and a second look at rounds 90 to 95 brought (tests/data/digests-round9N),
each written here in a small digest of its own: a title asked as a question and answered by its subtitle, a chat
line's speaker and the writer's words in sentence case before the title on a link's line."""

from __future__ import annotations

from paperlist.ingest.decode import decode_digest, read_as_markdown
from paperlist.ingest.extract import extract_document
from tests.reading import decoded_titles


def test_a_title_asked_as_a_question_keeps_its_subtitle_after_the_writers_colon() -> None:
    digest = (
        "0:26:51.904,0:26:51.904\n"
        "Lucía Gómez : para robustez es obligatorio: Is BERT Really Robust? A Strong Baseline for Natural "
        "Language Attack on Text Classification and Entailment\n"
        "TextFooler cambia palabras por sinónimos y el modelo se cae.\n"
    )
    _, titles = decoded_titles(digest.encode(), "meet.sbv")
    assert titles == {
        "Is BERT Really Robust? A Strong Baseline for Natural Language Attack on Text Classification and "
        "Entailment": None
    }


def test_a_speaker_and_the_writers_words_before_a_links_title_are_not_the_title() -> None:
    digest = (
        "Mehmet Kaya : ilk okuma: Deep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385\n"
        "\n"
        "3B için: 3D Gaussian Splatting for Real-Time Radiance Field Rendering https://arxiv.org/abs/2308.04079\n"
        "\n"
        "for the video part: Video Swin Transformer https://arxiv.org/abs/2106.13230\n"
    )
    _, titles = decoded_titles(digest.encode(), "chat.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering": "2308.04079",
        "Video Swin Transformer": "2106.13230",
    }


def test_a_title_whose_name_is_in_sentence_case_keeps_its_name_on_a_links_line() -> None:
    digest = (
        "Llama 2: Open Foundation and Fine-Tuned Chat Models https://arxiv.org/abs/2307.09288\n"
        "\n"
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations "
        "https://arxiv.org/abs/2006.11477\n"
    )
    _, titles = decoded_titles(digest.encode(), "links.txt")
    assert titles == {
        "Llama 2: Open Foundation and Fine-Tuned Chat Models": "2307.09288",
        "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations": "2006.11477",
    }


def test_a_reference_lists_author_year_labels_are_not_part_of_its_titles() -> None:
    digest = (
        "## Αναφορές\n\n"
        "* \\biblabel{he2016}{He κ.ά. (2016)} K. He κ.ά. Deep Residual Learning for Image Recognition. CVPR 2016.\n"
        "* \\biblabel{ba2016}{Ba & Kiros (2016)} J. L. Ba, J. R. Kiros, G. E. Hinton. Layer Normalization. "
        "arXiv 2016.\n"
        "* Dosovitskiy et al. (2021) A. Dosovitskiy et al. An Image is Worth 16x16 Words: Transformers for Image "
        "Recognition at Scale. ICLR 2021.\n"
    )
    _, titles = decoded_titles(digest.encode(), "page.md")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Layer Normalization": None,
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": None,
    }


def test_a_reference_written_initials_first_in_a_post_gives_its_title_alone() -> None:
    digest = (
        "Привет всем! На этой неделе читаем:\n\n"
        "- K. He et al. Deep Residual Learning for Image Recognition. CVPR 2016. Классика.\n\n"
        "И ещё одно: A. Gu, T. Dao. Mamba: Linear-Time Sequence Modeling with Selective State Spaces. "
        "arXiv:2312.00752.\n\n"
        "До встречи в четверг.\n"
    )
    _, titles = decoded_titles(digest.encode(), "post.md")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces": "2312.00752",
    }


def test_a_title_after_its_authors_surnames_wrapped_over_its_link_is_the_links_title() -> None:
    digest = (
        "Week 4 · Optimisers and diffusion\n"
        "First the optimiser everyone uses:\n"
        "Kingma and Ba, Adam: A Method for\n"
        "Stochastic Optimization (ICLR 2015)\n"
        "https://arxiv.org/abs/1412.6980\n"
        "Then:\n"
        "Ho, Jain & Abbeel, Denoising Diffusion Probabilistic Models (NeurIPS 2020)\n"
        "https://arxiv.org/abs/2006.11239\n"
    )
    _, titles = decoded_titles(digest.encode(), "course.txt")
    assert titles == {
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "Denoising Diffusion Probabilistic Models": "2006.11239",
    }


NAMU_PAGE = """[[분류:인공지능]]
[목차]
== 개요 ==
'''어댑터'''는 사전 학습된 모델을 얼려 두고 작은 층만 학습하는 기법이다.

{{{#!folding [ 표 펼치기 · 접기 ]
||<tablealign=center><:> '''기법''' ||<:> '''원 논문''' ||<:> '''공개''' ||
||<:> '''LoRA''' || [[https://arxiv.org/abs/2106.09685|LoRA: Low-Rank Adaptation of Large Language Models]] || 2021년 ||
||<:> '''Prefix''' || Prefix-Tuning: Optimizing Continuous Prompts for Generation[* [[https://arxiv.org/abs/2101.00190|arXiv 초록]].] || 2021년 ||
}}}

옵티마이저는 AdamW를 쓴다. 원 논문 제목은 '''Decoupled Weight Decay Regularization'''로, 가중치 감쇠를 분리했다.
위치 보간으로 긴 문맥을 다룬다.[* Extending Context Window of Large Language Models via Positional Interpolation. arXiv:2306.15595. 메타 연구진.] 짧은 추가 학습이 필요하다.
"""


def test_a_namu_wiki_pages_folded_table_footnotes_and_bold_title_are_read() -> None:
    _, titles = decoded_titles(NAMU_PAGE.encode(), "peft.txt")
    assert titles == {
        "LoRA: Low-Rank Adaptation of Large Language Models": "2106.09685",
        "Prefix-Tuning: Optimizing Continuous Prompts for Generation": "2101.00190",
        "Decoupled Weight Decay Regularization": None,
        "Extending Context Window of Large Language Models via Positional Interpolation": "2306.15595",
    }


def test_a_wiki_pages_papers_keep_the_lines_they_stand_on() -> None:
    moin = (
        "## page was renamed from Reading\n#format wiki\n#language it\n= Letture =\n\n"
        "||<tablewidth=\"100%\"> '''Titolo''' || '''Sede''' ||\n"
        "|| [[https://arxiv.org/abs/1911.05722|Momentum Contrast for Unsupervised Visual Representation "
        "Learning]] || CVPR 2020 ||\n"
    )
    for page, name in ((moin, "letture.txt"), (NAMU_PAGE, "peft.txt")):
        text, label = decode_digest(page.encode(), name)
        references = extract_document(text, name, html=False, markdown=read_as_markdown(label)).references
        lines = page.split("\n")
        for reference in references:
            if reference.arxiv_id is not None:
                assert reference.arxiv_id in lines[reference.line - 1], (name, reference.arxiv_id)


def test_an_hbase_shell_sessions_rows_are_read_as_records() -> None:
    cell = "column={family}:{qualifier}, timestamp=2024-01-08T10:12:41.307, value={value}"
    rows = [
        ("r01", "m", "link", "https://arxiv.org/abs/1706.03762"),
        ("r01", "m", "title", "Attention Is All You Need"),
        ("r02", "m", "arxiv", "1810.04805"),
        (
            "r02",
            "m",
            "title",
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        ),
        ("r02", "n", "note", "\\xE5\\xBF\\x85\\xE8\\xAF\\xBB"),
        ("r03", "m", "title", "Deep Residual Learning for Image Recognition"),
        ("r04", "m", "link", "https://github.com/huggingface/peft"),
        ("r04", "m", "title", "PEFT library"),
    ]
    scanned = [
        f" {row:<36}" + cell.format(family=family, qualifier=qualifier, value=value)
        for row, family, qualifier, value in rows
    ]
    session = "\n".join(
        [
            "[li@gw01 ~]$ hbase shell",
            "HBase Shell",
            "hbase:001:0> scan 'reading:papers'",
            "ROW                                  COLUMN+CELL",
            *scanned,
            "4 row(s)",
            "Took 0.1127 seconds",
            "hbase:002:0> put 'reading:papers', 'r05', 'm:title', 'Adam: A Method for Stochastic Optimization'",
            "Took 0.0312 seconds",
            "hbase:003:0> exit",
        ]
    )
    label, titles = decoded_titles(session.encode(), "session.txt")
    assert label.startswith("json/hbase/")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding": "1810.04805",
        "Deep Residual Learning for Image Recognition": None,
        "Adam: A Method for Stochastic Optimization": None,
    }


def test_a_structured_logs_messages_are_read_for_the_papers_they_list() -> None:
    message = (
        "قائمة مقترحة للأسبوع القادم:\\n1) Emergent Abilities of Large Language Models\\n2) Language Models "
        "(Mostly) Know What They Know\\n3) Exploring the Limits of Transfer Learning with a Unified Text-to-Text "
        "Transformer\\nمن يتطوع؟"
    )
    log = "\n".join(
        [
            "ops@host:~$ logcli query '{app=\"paper-bot\"}'",
            '2024-03-09T11:31:05+03:00 {pod="bot-7f4b"}  {"level":"info","msg":"no link found","text_len":173}',
            f'2024-03-09T11:30:27+03:00 {{pod="bot-7f4b"}}  {{"level":"info","msg":"message received",'
            f'"text":"{message}"}}',
            '2024-03-07T16:45:10+03:00 {pod="bot-6c8d"} {"level":"error","msg":"telegram api error",'
            '"error":"Too Many Requests: retry after 3"}',
            '2024-03-07T16:45:09+03:00 {pod="bot-6c8d"} {"level":"info","msg":"saved paper",'
            '"url":"https://arxiv.org/abs/2204.02311","title":"PaLM: Scaling Language Modeling with Pathways"}',
        ]
    )
    label, titles = decoded_titles(log.encode(), "bot.log")
    assert label.startswith("json/log/")
    assert titles == {
        "Emergent Abilities of Large Language Models": None,
        "Language Models (Mostly) Know What They Know": None,
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer": None,
        "PaLM: Scaling Language Modeling with Pathways": "2204.02311",
    }


def test_a_numbered_list_of_research_titles_alone_is_read_and_a_list_of_sections_is_not() -> None:
    digest = (
        "Proposed for next week:\n"
        "1) Emergent Abilities of Large Language Models\n"
        "2) Language Models (Mostly) Know What They Know\n"
        "3) Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer\n"
        "Who presents?\n\n"
        "Agenda:\n"
        "1) Welcome and Introductions\n"
        "2) Budget Review for the Quarter\n"
        "3) Any Other Business\n"
    )
    _, titles = decoded_titles(digest.encode(), "message.md")
    assert titles == {
        "Emergent Abilities of Large Language Models": None,
        "Language Models (Mostly) Know What They Know": None,
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer": None,
    }


def test_a_gost_reference_lists_headings_and_bracketed_designations() -> None:
    digest = (
        "Список литературы\n\n"
        "1. Hochreiter, S. Long Short-Term Memory / S. Hochreiter, J. Schmidhuber // Neural Computation. – 1997. "
        "– Vol. 9, № 8. – P. 1735–1780. – Текст : непосредственный.\n"
        "2. Wu, Z. Lite Transformer with Long-Short Range Attention / Z. Wu, Z. Liu, J. Lin [et al.] // ICLR 2020. "
        "– 2020. – arXiv:2004.11886. – Текст : электронный.\n"
        "3. Olah, C. Understanding LSTM Networks : [блог]. – 2015. – URL: "
        "https://colah.github.io/posts/2015-08-Understanding-LSTMs/ (дата обращения: 28.08.2023).\n"
    )
    _, titles = decoded_titles(digest.encode(), "rpd.txt")
    assert titles == {
        "Long Short-Term Memory": None,
        "Lite Transformer with Long-Short Range Attention": "2004.11886",
    }


def test_a_bulleted_list_of_titles_one_of_them_linked_is_a_list_of_papers() -> None:
    digest = (
        "Für den Juli-Block zur Evaluation (wer mag, trägt sich in die Liste ein):\n\n"
        "- Language Models are Few-Shot Learners (arXiv:2005.14165) – Abschnitt 3, nicht das ganze Ding\n\n"
        "- Measuring Massive Multitask Language Understanding – Jörg\n\n"
        '- A Generalist Agent – eher als Exot, wegen der Frage, was "Generalist" heißt\n\n'
        "Viele Grüße\n\n"
        "Und außerdem, ohne Links:\n\n"
        "- Sommerfest im Innenhof – Anna\n\n"
        "- Neue Kaffeemaschine im Labor – Jörg\n\n"
        "- Raumplanung für das Wintersemester – Jonas\n"
    )
    _, titles = decoded_titles(digest.encode(), "mail.md")
    assert titles == {
        "Language Models are Few-Shot Learners": "2005.14165",
        "Measuring Massive Multitask Language Understanding": None,
        "A Generalist Agent": None,
    }


def test_a_reference_lists_parts_named_right_above_their_entries_keep_each_entry_apart() -> None:
    digest = (
        "TÀI LIỆU THAM KHẢO\n"
        "Tiếng Việt\n"
        "[1] Trần Minh Khoa, Lê Thị Hồng Nhung (2023), “Mô tả thay đổi trên cặp ảnh viễn thám bằng\n"
        "mô hình Transformer hai nhánh”, Kỷ yếu Hội thảo Quốc gia, tr. 214–221.\n"
        "[2] Hoàng Minh Tuấn (2020), Học sâu và ứng dụng trong thị giác máy tính, Nhà xuất bản\n"
        "Khoa học và Kỹ thuật, Hà Nội.\n"
        "Tiếng Anh\n"
        "[3] Dosovitskiy A., Beyer L., Kolesnikov A., et al. (2021), “An Image is Worth 16x16\n"
        "Words: Transformers for Image Recognition at Scale”, International Conference on\n"
        "Learning Representations (ICLR), https://openreview.net/forum?id=YicbFdNTTy.\n"
        "[4] LeCun Y., Bottou L., Bengio Y., Haffner P. (1998), “Gradient-Based Learning Applied\n"
        "to Document Recognition”, Proceedings of the IEEE, 86(11), pp. 2278–2324.\n"
        "[5] Li J., Li D., Savarese S., Hoi S. (2023), “BLIP-2: Bootstrapping Language-Image\n"
        "Pre-training with Frozen Image Encoders and Large Language Models”, arXiv preprint\n"
        "arXiv:2301.12597.\n"
    )
    _, titles = decoded_titles(digest.encode(), "luan_van.txt")
    assert titles == {
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "YicbFdNTTy",
        "Gradient-Based Learning Applied to Document Recognition": None,
        "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models": (
            "2301.12597"
        ),
    }


def test_a_forms_paper_column_keeps_a_research_title_whose_link_is_its_code() -> None:
    sheet = (
        "Kimlik;Ad;Önerdiğiniz makalenin tam başlığı;Makalenin bağlantısı;Neden?\n"
        "1;Elif;A Simple Framework for Contrastive Learning of Visual Representations;"
        "https://arxiv.org/abs/2002.05709;Temel makale.\n"
        "2;Emre;HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units;"
        "https://github.com/facebookresearch/fairseq/tree/main/examples/hubert;Konuşma tarafı.\n"
        "4;Zeynep;Emerging Properties in Self-Supervised Vision Transformers;https://arxiv.org/abs/2104.14294;"
        "Dikkat haritaları.\n"
        "5;Burak;Momentum Contrast for Unsupervised Visual Representation Learning;"
        "https://arxiv.org/pdf/1911.05722v3.pdf;Bellek kuyruğu.\n"
        "3;Deniz;Kurs deposu;https://github.com/example/course-repo;Ödevler burada.\n"
    )
    _, titles = decoded_titles(sheet.encode(), "form.csv")
    assert titles == {
        "A Simple Framework for Contrastive Learning of Visual Representations": "2002.05709",
        "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units": None,
        "Emerging Properties in Self-Supervised Vision Transformers": "2104.14294",
        "Momentum Contrast for Unsupervised Visual Representation Learning": "1911.05722",
    }


def test_a_quoted_title_in_sentence_case_then_called_an_article_with_an_elided_article() -> None:
    digest = (
        "Biologia strutturale\n--------------------\n\n"
        "È uscito su Nature “Highly accurate protein structure prediction with AlphaFold”, l'articolo completo "
        "con tutti i dettagli dell'architettura. Se non avete tempo, il post del blog è un buon riassunto.\n\n"
        "Per la festa: “Cena di fine anno al ristorante”, l'invito è in bacheca.\n"
    )
    _, titles = decoded_titles(digest.encode(), "newsletter.md")
    assert titles == {"Highly accurate protein structure prediction with AlphaFold": None}


def test_a_blocks_link_takes_its_own_blocks_name_never_the_closed_block_above() -> None:
    project = (
        'task lit "Literatur" {\n'
        '  task byol "Lesen: Bootstrap your own latent: A new approach to self-supervised Learning" {\n'
        "    note -8<-\n"
        "      https://arxiv.org/abs/2006.07733\n"
        "    ->8-\n"
        "  }\n"
        '  task bit "Lesen: Big Transfer (BiT): General Visual Representation Learning" {\n'
        '    note "Kolesnikov et al. — Upstream vs. Downstream"\n'
        "  }\n"
        '  task bitune "Lesen: Bi-tuning of Pre-trained Representations" {\n'
        "    effort 1d\n"
        "    note -8<-\n"
        "      https://openreview.net/forum?id=3rRgu7OGgBI\n"
        "    ->8-\n"
        "  }\n"
        "  task misc {\n"
        "    note -8<-\n"
        "      https://openreview.net/forum?id=OCm0rwa1lx1\n"
        "    ->8-\n"
        "  }\n"
        "}\n"
    )
    _, titles = decoded_titles(project.encode(), "thesis.tjp")
    assert titles["Bi-tuning of Pre-trained Representations"] == "3rRgu7OGgBI"
    assert titles["Bootstrap your own latent: A new approach to self-supervised Learning"] == "2006.07733"
    assert titles["Big Transfer (BiT): General Visual Representation Learning"] is None
    assert titles[None] == "OCm0rwa1lx1"


def test_a_name_and_subtitle_title_inside_a_japanese_sentence_is_read() -> None:
    digest = (
        "3D方向に興味があるなら Zero-1-to-3: Zero-shot One Image to 3D Object も面白いですよ。"
        "1枚の画像から別の視点の画像を作るやつです。\n"
    )
    _, titles = decoded_titles(digest.encode(), "answer.txt")
    assert titles == {"Zero-1-to-3: Zero-shot One Image to 3D Object": None}


def test_a_list_of_titles_keeps_its_papers_beside_an_item_that_is_the_writers_note() -> None:
    digest = (
        "Предлагаю на апрель блок про оценку LLM. Черновой список:\n\n"
        "* Measuring Massive Multitask Language Understanding — классика, тот самый MMLU;\n"
        "  посмотреть, как именно считают 5-shot.\n"
        "* ReAct: Synergizing Reasoning and Acting in Language Models\n"
        "  https://openreview.net/forum?id=WE_vluYUL-X (там же отзывы рецензентов ICLR)\n"
        "* Textbooks Are All You Need — про качество данных; спорная, но для дискуссии самое то.\n"
        "* Марко прислал ещё три, их Дима перешлёт.\n"
    )
    _, titles = decoded_titles(digest.encode(), "mail.txt")
    assert titles == {
        "Measuring Massive Multitask Language Understanding": None,
        "ReAct: Synergizing Reasoning and Acting in Language Models": "WE_vluYUL-X",
        "Textbooks Are All You Need": None,
    }


def test_a_quoted_name_whose_own_parenthesis_says_it_is_a_video_is_no_paper() -> None:
    project = (
        'task vl "Vorlesung ansehen: Self-Supervised Learning (Aufzeichnung, YouTube)" {\n'
        "  effort 0.5d\n"
        "}\n"
        'Zum Nachlesen: "Emerging Properties in Self-Supervised Vision Transformers" (Caron et al., 2021).\n'
    )
    _, titles = decoded_titles(project.encode(), "plan.tjp")
    assert titles == {"Emerging Properties in Self-Supervised Vision Transformers": None}


def test_words_past_a_bracket_another_text_opened_are_no_title() -> None:
    session = (
        "a1 LOGIN olga secret\n"
        "a1 OK [CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE SORT MOVE SNIPPET=FUZZY PREVIEW STATUS=SIZE SAVEDATE "
        "LITERAL+ NOTIFY SPECIAL-USE] Logged in\n"
        "a2 SELECT INBOX\n"
    )
    _, titles = decoded_titles(session.encode(), "imap.txt")
    assert titles == {}


def test_a_rich_text_editors_own_xml_in_a_json_value_is_read_as_its_html_would_be() -> None:
    content = (
        '<document version=\\"2.0\\"><paragraph>Readings for week 6.</paragraph><list style=\\"bullet\\">'
        '<list-item><paragraph><link href=\\"https://arxiv.org/abs/2010.01412\\">Sharpness-Aware Minimization for '
        "Efficiently Improving Generalization</link> \\u2014 we implement it in Lab 4.</paragraph></list-item>"
        "<list-item><paragraph>Gradient-Based Learning Applied to Document Recognition (LeCun, Bottou, Bengio "
        "\\u0026amp; Haffner, 1998) \\u2014 the long one.</paragraph></list-item></list>"
        "<paragraph>Lecture slides are in the Week 6 module on the LMS.</paragraph>"
        "<paragraph>Cheers,<break/>Priya</paragraph></document>"
    )
    thread = '{"comments": [{"id": 41, "type": "comment", "content": "' + content + '"}]}\n'
    _, titles = decoded_titles(thread.encode(), "thread.json")
    assert titles == {
        "Sharpness-Aware Minimization for Efficiently Improving Generalization": "2010.01412",
        "Gradient-Based Learning Applied to Document Recognition": None,
    }
