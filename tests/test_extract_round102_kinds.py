"""Habits the blind rounds 102 and 103 and a further look at the earlier rounds brought (tests/data/digests-round10N),
each written here in a small digest of its own."""

from __future__ import annotations

import json

from tests.reading import decoded_titles


def test_a_chat_exports_message_that_is_a_title_alone_names_that_paper() -> None:
    # (a chat app's CSV export, no header: date, time, sender, number, message; the messages are the writers'
    # sentences, and one of them is a paper's title, pasted alone; one in Title Case is no title)
    chat = (
        "12/05/2024,18:02:11,Ana R.,+351910000101,Alguém quer apresentar na quinta? Precisamos de mais um artigo "
        "para fechar o semestre do grupo\n"
        "12/05/2024,18:03:40,Ana R.,+351910000101,Neural Machine Translation by Jointly Learning to Align and "
        "Translate\n"
        '12/05/2024,18:04:02,Tiago,+351920000202,"Esse é clássico, fica comigo. Leio também o de atenção depois '
        'e trago os slides na semana"\n'
        "12/05/2024,18:05:17,Tiago,+351920000202,Alguém tem o link dos slides do semestre passado? Não encontro "
        "em lado nenhum da pasta\n"
        "12/05/2024,18:06:55,Ana R.,+351910000101,Happy Birthday Tiago\n"
        '12/05/2024,18:08:30,Marta,+351930000303,"Eu fico com o de visão que a professora sugeriu na '
        'última aula, se ninguém se importar"\n'
        '12/05/2024,18:09:12,Ana R.,+351910000101,"Combinado, então faltam só dois nomes para a lista que '
        'mando amanhã de manhã"\n'
    )
    _, titles = decoded_titles(chat.encode(), "chat.csv")
    assert titles == {"Neural Machine Translation by Jointly Learning to Align and Translate": None}


def _prosemirror_item(title: str, note: str, mark: str) -> str:
    return (
        "      -\n        type: listItem\n        content:\n          -\n            type: paragraph\n"
        "            content:\n              -\n                type: text\n                marks:\n"
        f"                  -\n                    type: {mark}\n                text: '{title}'\n"
        f"              -\n                type: text\n                text: '{note}'\n"
    )


def test_a_page_whose_front_matter_holds_an_editors_document_is_read_as_that_document() -> None:
    # (Statamic's entry: its Bard field a ProseMirror tree in the front matter, nothing below it)
    link = (
        "  -\n    type: paragraph\n    content:\n      -\n        type: text\n        text: 'Depois veio o '\n"
        "      -\n        type: text\n        marks:\n          -\n            type: link\n            attrs:\n"
        "              href: 'https://arxiv.org/abs/1907.11692'\n        text: 'RoBERTa: A Robustly Optimized "
        "BERT Pretraining Approach'\n      -\n        type: text\n        text: ', que treina mais e melhor.'\n"
    )
    page = (
        "---\nid: 5c1e\nblueprint: article\ntitle: 'Uma trilha de leitura'\ncontent:\n"
        "  -\n    type: heading\n    attrs:\n      level: 2\n    content:\n      -\n        type: text\n"
        "        text: 'Antes do Transformer'\n"
        "  -\n    type: bulletList\n    content:\n"
        + _prosemirror_item(
            "Efficient Estimation of Word Representations in Vector Space",
            " (Mikolov et al., 2013) — o começo de tudo.",
            "italic",
        )
        + _prosemirror_item(
            "Neural Machine Translation of Rare Words with Subword Units",
            " (Sennrich, Haddow e Birch, 2016) — a origem do BPE.",
            "italic",
        )
        + link
        + "updated_at: 1710252481\n---\n"
    )
    _, titles = decoded_titles(page.encode(), "trilha.md")
    assert titles == {
        "Efficient Estimation of Word Representations in Vector Space": None,
        "Neural Machine Translation of Rare Words with Subword Units": None,
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach": "1907.11692",
    }


def test_an_editors_document_inside_a_json_answer_is_read_as_the_page_it_shows() -> None:
    # (a ProseMirror `doc` in one field, Portable Text blocks in another, a Lexical tree in a third: each read whole,
    # so that a title in italics keeps the authors after it and a link its words)
    answer = {
        "posts": [
            {
                "id": 1,
                "body": {
                    "type": "doc",
                    "content": [
                        {
                            "type": "paragraph",
                            "content": [
                                {"type": "text", "text": "Vale ler "},
                                {
                                    "type": "text",
                                    "marks": [{"type": "em"}],
                                    "text": "Learning Transferable Visual Models From Natural Language Supervision",
                                },
                                {"type": "text", "text": " (Radford et al., ICML 2021) antes da reunião."},
                            ],
                        }
                    ],
                },
            },
            {
                "id": 2,
                "body": [
                    {
                        "_type": "block",
                        "style": "normal",
                        "markDefs": [
                            {"_key": "a1", "_type": "link", "href": "https://arxiv.org/abs/2010.11929"}
                        ],
                        "children": [
                            {"_type": "span", "text": "O ViT: ", "marks": []},
                            {
                                "_type": "span",
                                "text": "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                                "marks": ["a1"],
                            },
                        ],
                    }
                ],
            },
            {
                "id": 3,
                "body": {
                    "root": {
                        "type": "root",
                        "children": [
                            {
                                "type": "paragraph",
                                "children": [
                                    {"type": "text", "text": "E também ", "format": 0},
                                    {
                                        "type": "text",
                                        "text": "Masked Autoencoders Are Scalable Vision Learners",
                                        "format": 2,
                                    },
                                    {"type": "text", "text": " (He et al., CVPR 2022).", "format": 0},
                                ],
                            }
                        ],
                    }
                },
            },
        ]
    }
    _, titles = decoded_titles(json.dumps(answer, ensure_ascii=False).encode(), "posts.json")
    assert titles == {
        "Learning Transferable Visual Models From Natural Language Supervision": None,
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "2010.11929",
        "Masked Autoencoders Are Scalable Vision Learners": None,
    }


def test_a_table_of_references_written_whole_a_row_each_gives_each_reference() -> None:
    # (a course plan's references as its page shows them: a row's type, then the reference in ABNT style; a book
    # and a site are no papers, an article's id or link is its own, never another row's)
    page = (
        "<html><body><h2>Referências Complementares</h2><table>"
        "<tr><th>Tipo de Material</th><th>Descrição</th></tr>"
        "<tr><td>Livro</td><td>GOODFELLOW, Ian; BENGIO, Yoshua; COURVILLE, Aaron. Deep Learning. Cambridge, MA: "
        "MIT Press, 2016.</td></tr>"
        "<tr><td>Artigo</td><td>GRAVES, A.; FERNÁNDEZ, S.; GOMEZ, F.; SCHMIDHUBER, J. Connectionist Temporal "
        "Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks. In: ICML, 23., 2006, "
        "Pittsburgh. p. 369-376.</td></tr>"
        "<tr><td>Artigo</td><td>BAHDANAU, D.; CHO, K.; BENGIO, Y. Neural Machine Translation by Jointly Learning "
        "to Align and Translate. In: ICLR, 3., 2015, San Diego. arXiv:1409.0473.</td></tr>"
        "<tr><td>Artigo</td><td>HE, P. et al. DeBERTa: Decoding-enhanced BERT with Disentangled Attention. In: "
        "ICLR, 2021. Disponível em: https://arxiv.org/pdf/2006.03654.pdf</td></tr>"
        "<tr><td>Site</td><td>HUGGING FACE. NLP Course. Disponível em: https://huggingface.co/learn/nlp-course."
        "</td></tr>"
        "</table></body></html>"
    )
    _, titles = decoded_titles(page.encode(), "plano.html")
    assert titles == {
        "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks": (
            None
        ),
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "DeBERTa: Decoding-enhanced BERT with Disentangled Attention": "2006.03654",
    }


def test_a_blog_posts_source_names_papers_in_hebrew_prose_in_emphasis_and_in_its_footnotes() -> None:
    # (a Pelican post in reStructuredText: a title a Hebrew prefix joins with a hyphen, `ב-Title`; a title in bold,
    # a dash and the writer's Hebrew note; an auto-numbered footnote giving a title, its venue and year)
    post = (
        "סיכום רבעוני\n############\n\n:date: 2024-04-02\n\n"
        "הכללה\n=====\n\n"
        "המאמר שהכי שינה לי את הדעה: ב-In Search of Lost Domain Generalization מראים שכאשר בוחרים מודלים בצורה "
        "הוגנת,\nERM רגיל מנצח כמעט את כל השיטות המתוחכמות.\n\n"
        "**Highly accurate protein structure prediction with AlphaFold** – לא נמצא ב-arXiv, רק ב-Nature (2021).\n"
        "קראתי את המאמר הראשי ואת המוסף על Evoformer.\n\n"
        "סימולציה על רשתות משולשים [#]_ – בד מתנופף.\n\n"
        ".. [#] Learning Mesh-Based Simulation with Graph Networks, ICLR 2021. הקוד פורסם במאגר deepmind-research.\n"
        "\n**מה הלאה** – בפוסט הבא: עיבוד שפה לעברית, מוזמנים לכתוב לי.\n"
    )
    _, titles = decoded_titles(post.encode(), "q1.rst")
    assert titles == {
        "In Search of Lost Domain Generalization": None,
        "Highly accurate protein structure prediction with AlphaFold": None,
        "Learning Mesh-Based Simulation with Graph Networks": None,
    }


def test_a_bracket_numbered_footnote_with_a_venue_and_year_names_a_paper() -> None:
    notes = (
        "Notes on the week.\n\n"
        "[1] Rethinking Attention with Performers, ICLR 2021. The FAVOR+ derivation is in the appendix.\n"
        "[2] Neural Ordinary Differential Equations (NeurIPS 2018)\n"
    )
    _, titles = decoded_titles(notes.encode(), "notes.md")
    assert titles == {
        "Rethinking Attention with Performers": None,
        "Neural Ordinary Differential Equations": None,
    }


def test_an_arxiv_id_opening_a_link_cell_before_the_writers_note_is_that_papers() -> None:
    # (a form's answers: the link column's header names arXiv, one answer gives the id bare, then a note)
    sheet = (
        "Submitted at,Họ và tên,Tên bài báo,Link bài báo (arXiv / OpenReview)\n"
        "2024-02-26 01:12:40,Khoa,Deformable DETR: Deformable Transformers for End-to-End Object Detection,"
        "https://arxiv.org/pdf/2010.04159v4\n"
        "2024-02-29 01:14:54,Trí,Rethinking Architecture Selection in Differentiable NAS,"
        "2108.04392 (ICLR 2021 outstanding paper)\n"
    )
    _, titles = decoded_titles(sheet.encode(), "answers.csv")
    assert titles == {
        "Deformable DETR: Deformable Transformers for End-to-End Object Detection": "2010.04159",
        "Rethinking Architecture Selection in Differentiable NAS": "2108.04392",
    }


def test_a_title_in_another_scripts_text_its_short_name_or_quotes_around_it_is_weakly_a_paper() -> None:
    # (Tamil: a title, a dash, its short name and the writer's note; Ukrainian: a quoted title after a company's
    # name and a colon, the sentence going on in Cyrillic; Arabic: a blog post's quoted name after `مدوّنة`)
    text = (
        "பின்னணிக்கு:\n\n"
        "- Improving Language Understanding by Generative Pre-Training — GPT-1; இது arXiv-இல் இல்லை, OpenAI "
        "தளத்தில் PDF உள்ளது.\n\n"
        "Суміжне, з тієї ж групи Google: «Evolving Reinforcement Learning Algorithms» — цікаво, чи можна так само "
        "шукати функції втрат.\n\n"
        "وللتجربة العملية: ومدوّنة Lilian Weng “What are Diffusion Models?” – تدوينة وليست ورقة.\n"
    )
    _, titles = decoded_titles(text.encode(), "notes.md")
    assert titles == {
        "Improving Language Understanding by Generative Pre-Training": None,
        "Evolving Reinforcement Learning Algorithms": None,
    }


def test_a_piece_of_a_title_written_whole_on_its_line_is_no_second_paper() -> None:
    # (a build log prints each title; the Title Case run after a title's small words is a piece of it)
    log = (
        "[build] reading papers.yaml\n"
        "[build] + Longformer: The Long-Document Transformer  <https://arxiv.org/abs/2004.05150>\n"
        "[build] هشدار: مقاله بدون پیوند یا شناسه — فقط عنوان نمایش داده می‌شود: Funnel-Transformer: Filtering out "
        "Sequential Redundancy for Efficient Language Processing\n"
        "[build] + Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing\n"
        "[build] + Linformer: Self-Attention with Linear Complexity  <https://arxiv.org/abs/2006.04768>\n"
    )
    _, titles = decoded_titles(log.encode(), "build.log")
    assert (
        "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing" in titles
    )
    assert "Sequential Redundancy for Efficient Language Processing" not in titles


def test_a_notes_name_with_the_writers_label_after_a_dash_is_no_papers_title() -> None:
    # (a notes app's API answer: a note named `Decision Transformer — muistiinpanot`, the writer's label after the
    # paper's short name, is no paper's title; a note named by a title is)
    notes = [
        {
            "doctype": "markdown",
            "bookId": "book:Hk3x9Tq2f",
            "status": "active",
            "numOfTasks": 2,
            "title": "Decision Transformer — muistiinpanot",
            "body": "# Decision Transformer: Reinforcement Learning via Sequence Modeling\n\n"
            "Chen ym. 2021. Paluu (return-to-go) ehtona, autoregressiivinen toiminnon ennustus.\n\n"
            "- vrt. Trajectory Transformer: sama idea, mutta beam search mallin sisällä\n\n"
            "- [x] lue luvut 1–4\n",
            "tags": ["tag:S1gq7wP0m"],
            "_id": "note:NdTEUM0Pe",
        },
        {
            "doctype": "markdown",
            "bookId": "book:Hk3x9Tq2f",
            "status": "active",
            "numOfTasks": 0,
            "title": "Reflexion: Language Agents with Verbal Reinforcement Learning",
            "body": "Shinn ym., NeurIPS 2023. Kielellinen palaute muistina.\n",
            "tags": [],
            "_id": "note:Bk2",
        },
    ]
    _, titles = decoded_titles(json.dumps(notes, ensure_ascii=False).encode(), "notes.json")
    assert "Decision Transformer — muistiinpanot" not in titles
    assert "Reflexion: Language Agents with Verbal Reinforcement Learning" in titles


def test_a_subtitled_title_right_over_another_papers_subtitled_title_line_is_the_writers_paper_too() -> None:
    comment = (
        "D'accord. J'ajoute la quantification, puisqu'ils la manipulent au TP 4 :\n"
        "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale\n"
        "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers (arXiv:2210.17323)\n"
        "Julien, tu prépares le notebook GPTQ ?\n\n"
        "Séance 3\n"
        "Intervenants : Prof. Dr. Annika Brenner, Jonas Feldmann\n"
        "SimCLR: A Simple Framework for Contrastive Learning of Visual Representations (arXiv:2002.05709)\n"
    )
    _, titles = decoded_titles(comment.encode(), "comment.txt")
    assert titles == {
        "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale": None,
        "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers": "2210.17323",
        "SimCLR: A Simple Framework for Contrastive Learning of Visual Representations": "2002.05709",
    }


def test_a_course_named_after_the_czech_word_for_one_and_a_reference_titled_in_japanese_are_no_papers() -> (
    None
):
    newsletter = (
        "TIP MĚSÍCE\n\n"
        "Kdo začíná, ať zkusí bezplatný kurz Practical Deep Learning for Coders od fast.ai "
        "(https://course.fast.ai).\n"
    )
    _, titles = decoded_titles(newsletter.encode(), "newsletter.txt")
    assert titles == {}
    thesis = (
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{adamw}\nI.~Loshchilov and F.~Hutter,\n``Decoupled Weight Decay Regularization,''\n"
        "Proc. ICLR 2019, 2019.\n\n"
        "\\bibitem{hitinst}\n佐々木研究室,\n``研究室内日本語指示追従データ HIT-Inst v2（非公開）,''\n2023.\n\n"
        "\\end{thebibliography}\n"
    )
    _, titles = decoded_titles(thesis.encode(), "main.tex")
    assert titles == {"Decoupled Weight Decay Regularization": None}


def test_a_quoted_sentence_case_research_title_in_another_scripts_item_is_weakly_a_paper() -> None:
    reply = (
        "إذا كان الهدف أن تفهم لماذا هذه النماذج كبيرة أصلًا فاقرأ بالترتيب:\n"
        "4- «Training language models to follow instructions with human feedback» لأن Llama 2-Chat مبني على نفس فكرة "
        "RLHF.\n"
        "5- «Thanks for the slides everyone» شكرًا للجميع على الشرائح.\n"
    )
    _, titles = decoded_titles(reply.encode(), "reply.txt")
    assert titles == {"Training language models to follow instructions with human feedback": None}


def test_a_japanese_conference_papers_references_labelled_by_name_and_two_digit_year_give_each_paper() -> (
    None
):
    # (the Japanese Society for AI's style from pdftotext: `[Name YY]` labels, names ending at a colon, the title
    # ending at `, in` before its venue; a book in Japanese is none)
    text = (
        "本手法は潜在拡散モデル [Rombach 22] を前提としており，DDPM [Ho 20] の損失を用いた．\n"
        "参考文献\n"
        "[Ho 20] Ho, J., Jain, A., and Abbeel, P.: Denoising\n"
        "Diffusion Probabilistic Models, in Advances in\n"
        "Neural Information Processing Systems (NeurIPS),\n"
        "Vol. 33, pp. 6840–6851 (2020)\n"
        "[岡谷 22] 岡谷貴之: 深層学習 改訂第 2 版,\n"
        "機械学習プロフェッショナルシリーズ, 講談社 (2022)\n"
        "[Rombach 22] Rombach, R., Blattmann, A., Lorenz, D.,\n"
        "Esser, P., and Ommer, B.: High-Resolution Image\n"
        "Synthesis with Latent Diffusion Models, in\n"
        "Proceedings of the IEEE/CVF Conference on Computer\n"
        "Vision and Pattern Recognition (CVPR), pp.\n"
        "10684–10695 (2022), https://arxiv.org/abs/2112.10752\n"
        "[Song 21] Song, Y., Sohl-Dickstein, J., Kingma, D.\n"
        "P., Kumar, A., Ermon, S., and Poole, B.: Score-Based\n"
        "Generative Modeling through Stochastic Differential\n"
        "Equations, in International Conference on Learning\n"
        "Representations (ICLR) (2021),\n"
        "https://openreview.net/forum?id=PxTIG12RRHS\n"
    )
    _, titles = decoded_titles(text.encode(), "jsai.txt")
    assert titles == {
        "Denoising Diffusion Probabilistic Models": None,
        "High-Resolution Image Synthesis with Latent Diffusion Models": "2112.10752",
        "Score-Based Generative Modeling through Stochastic Differential Equations": "PxTIG12RRHS",
    }


def test_a_numbered_point_in_the_writers_sentences_is_no_paper_in_a_list_of_papers() -> None:
    answer = (
        "Para caber numa placa só você tem três frentes:\n"
        "1. Não guardar tudo na GPU. O DeepSpeed implementa o ZeRO, que particiona estados do otimizador, "
        "gradientes e parâmetros e pode descarregar parte deles para a CPU:\n"
        "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models — https://arxiv.org/abs/1910.02054\n"
        "2. Quantizar o modelo base. GPTQ: Accurate Post-Training Quantization for Generative Pre-trained "
        "Transformers (https://arxiv.org/abs/2210.17323) quantiza os pesos para 4 bits depois do treino.\n"
        "3. Treinar poucos parâmetros. O extremo é o prompt tuning: The Power of Scale for Parameter-Efficient "
        "Prompt Tuning mostra que, em modelos grandes, treinar só alguns vetores de prompt chega perto do "
        "fine-tuning completo.\n"
    )
    _, titles = decoded_titles(answer.encode(), "answer.txt")
    assert not any(title and (title.startswith("Não guardar") or " mostra que" in title) for title in titles)
    assert titles["ZeRO: Memory Optimizations Toward Training Trillion Parameter Models"] == "1910.02054"


def test_prismics_rich_text_blocks_are_read_with_their_spans_as_emphasis_and_links() -> None:
    # (a headless CMS's API answer: each block's whole text and its spans, offsets into it; a title in italics
    # keeps the authors after it, a link's words are its title, a post's name linked to a blog is none)
    def block(kind: str, text: str, *spans: tuple[str, str, str | None]) -> dict[str, object]:
        marks: list[dict[str, object]] = []
        for words, mark, url in spans:
            start = text.index(words)
            span: dict[str, object] = {"start": start, "end": start + len(words), "type": mark}
            if url is not None:
                span["data"] = {"link_type": "Web", "url": url}
            marks.append(span)
        return {"type": kind, "text": text, "spans": marks}

    title = "Hierarchical Text-Conditional Image Generation with CLIP Latents"
    gans = "Generative Adversarial Networks"
    ddim = "Denoising Diffusion Implicit Models"
    answer = {
        "results": [
            {
                "id": "Ze3xIHKPBkHRxLPM",
                "data": {
                    "titolo": [block("heading1", "Breve storia dei modelli di diffusione")],
                    "corpo": [
                        block(
                            "paragraph",
                            f"Prima della diffusione dominavano le GAN, introdotte in {gans} (Goodfellow et al., "
                            "2014). Addestramento instabile.",
                            (gans, "em", None),
                        ),
                        block(
                            "paragraph",
                            f"Il primo passo avanti è {ddim} (Song, Meng, Ermon, ICLR 2021): meno passi.",
                            (ddim, "hyperlink", "https://openreview.net/forum?id=St1giarCHLP"),
                        ),
                        block(
                            "paragraph",
                            f"Chiudiamo con DALL·E 2, cioè {title} (Ramesh et al., 2022): un prior e un decoder.",
                            (title, "em", None),
                        ),
                        block(
                            "list-item",
                            "Per una panoramica: What are Diffusion Models? di Lilian Weng (blog).",
                            (
                                "What are Diffusion Models?",
                                "hyperlink",
                                "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/",
                            ),
                        ),
                    ],
                },
            }
        ]
    }
    _, titles = decoded_titles(json.dumps(answer, ensure_ascii=False).encode(), "search.json")
    assert titles == {gans: None, ddim: "St1giarCHLP", title: None}


def test_a_tasks_short_notes_in_chinese_are_read_for_the_paper_and_id_they_give() -> None:
    # (a task manager's backup: tasks titled in Chinese, their notes naming the paper and its id; Chinese is written
    # without spaces, so a note of a few space-parted words is no short label)
    backup = {
        "task": {
            "entities": {
                "uiE08": {
                    "id": "uiE08",
                    "title": "写相关工作：P-Tuning 系列",
                    "notes": "P-Tuning 原文：GPT Understands, Too，arXiv:2103.10385。\n注意区分 P-Tuning v2（那篇不在这里引）。",
                    "isDone": False,
                },
                "KqTmG": {
                    "id": "KqTmG",
                    "title": "确定基座模型",
                    "notes": "候选：DeBERTaV3-base。原始论文是 DeBERTa: Decoding-enhanced BERT with Disentangled "
                    "Attention，v3 的改进（ELECTRA 式预训练）另有技术报告。\n模型页见附件（模型卡，不是论文）。",
                    "isDone": True,
                },
            }
        }
    }
    _, titles = decoded_titles(json.dumps(backup, ensure_ascii=False).encode(), "backup.json")
    assert "2103.10385" in titles.values()
    assert "DeBERTa: Decoding-enhanced BERT with Disentangled Attention" in titles


def test_a_session_labelled_as_lightning_talks_or_a_keynote_is_no_paper() -> None:
    # (an event platform's sessions: each a title, a description and its speakers)
    sessions = [
        {
            "id": "598232",
            "title": "Lightning talks: 5 นาที × 5 คน",
            "description": "เปิดรับหัวข้อหน้างาน ใครมีโปรเจกต์ เครื่องมือ หรือความล้มเหลวที่อยากเล่า",
            "speakers": ["6a1c6886-2681-41b5-b891-6a51ed38f4bc"],
        },
        {
            "id": "598233",
            "title": "Keynote: Scaling Open Models for Southeast Asian Languages",
            "description": "เปิดงานด้วยภาพรวมของโมเดลภาษาแบบเปิด",
            "speakers": ["0b7d2f4e-5c1a-4c7e-9a55-2f0e1c3d4b6a"],
        },
    ]
    _, titles = decoded_titles(json.dumps(sessions, ensure_ascii=False).encode(), "sessions.json")
    assert titles == {}


def test_a_copied_tables_row_cites_its_paper_in_its_last_cell_after_the_weeks_name_and_dates() -> None:
    # (a course plan copied from a learning platform: cells parted by tabs, a cell's words running on below)
    plan = (
        "Plan\tTid\tBeskrivelse\tRessurser og aktiviteter\n"
        "Uke 6 – AlexNet og ImageNet\t05.02.2024 – 09.02.2024\tKrizhevsky, Sutskever & Hinton (2012): ImageNet "
        "Classification with Deep Convolutional Neural Networks, NIPS 2012.\n"
        "Artikkelen ligger ikke på arXiv – pdf-en finner dere under Ressurser.\tFil: krizhevsky_2012.pdf\n"
        "Uke 11 – Robusthet\t11.03.2024 – 15.03.2024\tXie, Tan, Gong, Yuille & Le (2020): Smooth Adversarial "
        "Training\n"
        "Kode: https://github.com/cihangxie/SmoothAdversarialTraining\n"
        "Week 12 (Dec 11)\tPresenter: TBD\tPaper: TBD — vote in #rl-reading\t\n"
    )
    _, titles = decoded_titles(plan.encode(), "plan.txt")
    assert titles == {
        "ImageNet Classification with Deep Convolutional Neural Networks": None,
        "Smooth Adversarial Training": None,
    }
