"""Habits the blind rounds 88 to 91 brought (tests/data/digests-round88 …), each written here in a small digest of
its own: a citation's authors joined by another language's `and`, a reference list parted under headings with one
entry under a heading of its own, a method's name cited at the end of the writer's sentence."""

from __future__ import annotations

from pathlib import Path

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from tests.reading import decoded_titles, folder_titles


def test_a_titles_authors_joined_by_another_languages_and_vouch_for_it() -> None:
    digest = (
        "Clássicos para revisitar:\n\n"
        "- “Denoising Diffusion Probabilistic Models” — Ho, Jain e Abbeel (2020). O ponto de partida.\n"
        "- «Prefix-Tuning: Optimizing Continuous Prompts for Generation» — Li und Liang (2021), kurz gelesen.\n"
        "- “Decoupled Weight Decay Regularization” — Loshchilov y Hutter (2019). Para el optimizador.\n"
    )
    _, titles = decoded_titles(digest.encode(), "newsletter.md")
    assert titles == {
        "Denoising Diffusion Probabilistic Models": None,
        "Prefix-Tuning: Optimizing Continuous Prompts for Generation": None,
        "Decoupled Weight Decay Regularization": None,
    }


def test_a_method_cited_at_the_end_of_the_writers_sentence_is_no_title() -> None:
    digest = (
        "- Para el control espacial (bordes, poses, mapas de profundidad), ControlNet (Zhang, Rao y Agrawala, "
        "2023) añade una copia entrenable del codificador.\n"
        "- For spatial control (edges, poses, depth maps), ControlNet (Zhang, Rao and Agrawala, 2023) adds a "
        "trainable copy of the encoder.\n"
    )
    _, titles = decoded_titles(digest.encode(), "post.md")
    assert titles == {}


def test_a_reference_list_parted_under_headings_keeps_a_lone_entry() -> None:
    entries = [
        "3. Krizhevsky, A.; Sutskever, I.; Hinton, G.E. ImageNet Classification with Deep Convolutional Neural "
        "Networks. In Proceedings of the Advances in Neural Information Processing Systems 25 (NIPS 2012), Lake "
        "Tahoe, NV, USA, 3–6 December 2012; pp. 1097–1105. [Google Scholar]",
        "7. He, K.; Zhang, X.; Ren, S.; Sun, J. Deep Residual Learning for Image Recognition. In Proceedings of "
        "the 2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR), Las Vegas, NV, USA, 27–30 "
        "June 2016; pp. 770–778. [Google Scholar] [CrossRef]",
        "35. Geirhos, R.; Jacobsen, J.-H.; Michaelis, C.; Zemel, R.; Brendel, W.; Bethge, M.; Wichmann, F.A. "
        "Shortcut Learning in Deep Neural Networks. Nat. Mach. Intell. 2020, 2, 665–673. [Google Scholar]",
    ]
    digest = f"## पहले ये\n\n{entries[0]}\n{entries[1]}\n\n## आख़िर में\n\n{entries[2]}\n   → चर्चा शुक्रवार को।\n"
    _, titles = decoded_titles(digest.encode(), "reading.md")
    assert titles == {
        "ImageNet Classification with Deep Convolutional Neural Networks": None,
        "Deep Residual Learning for Image Recognition": None,
        "Shortcut Learning in Deep Neural Networks": None,
    }


def test_a_chat_message_opening_on_a_title_in_bold_names_that_paper() -> None:
    export = (
        '{"messages": [\n'
        ' {"id": 44, "sender": "sami_t", "body": "*Emerging Properties in Self-Supervised Vision Transformers*'
        '\\nخرائط الانتباه في ViT تفصل الأجسام دون أي تسميات."},\n'
        ' {"id": 45, "sender": "layla_h", "body": "*Important*\\nالاجتماع يوم الخميس."},\n'
        ' {"id": 46, "sender": "omar_k", "body": "Momentum Contrast for Unsupervised Visual Representation Learning'
        ' https://arxiv.org/abs/1911.05722"}\n'
        "]}\n"
    )
    _, titles = decoded_titles(export.encode(), "chat.json")
    assert titles == {
        "Emerging Properties in Self-Supervised Vision Transformers": None,
        "Momentum Contrast for Unsupervised Visual Representation Learning": "1911.05722",
    }


def test_a_quoted_title_wrapped_onto_the_next_line_is_one_paper() -> None:
    syllabus = (
        "第8回（5/29）継続学習：“Gradient Projection Memory for Continual Learning”。勾配の射影。\n"
        "第9回（6/5）医用画像とメタ学習：“MedSelect: Selective Labeling for Medical Image Classification\n"
        "Combining Meta-Learning with Deep Reinforcement Learning”\n"
        "第11回（6/19）AutoML と強化学習：“Evolving Reinforcement Learning Algorithms”。探索の発想を議論する。\n"
        "第12回（6/26）受講者の研究紹介：“Open Source Summit”に参加した感想。\n"
    )
    _, titles = decoded_titles(syllabus.encode(), "syllabus.txt")
    assert titles == {
        "Gradient Projection Memory for Continual Learning": None,
        "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep "
        "Reinforcement Learning": None,
        "Evolving Reinforcement Learning Algorithms": None,
    }


def test_a_quotations_attribution_under_it_names_its_authors_not_a_paper() -> None:
    post = (
        "Un article fondateur\n"
        "====================\n\n"
        "    « Generative Modeling by Estimating Gradients of the Data Distribution »\n\n"
        "    -- Yang Song et Stefano Ermon, NeurIPS 2019\n\n"
        "C'est l'article qui m'a fait comprendre l'idée de *score*.\n"
    )
    _, titles = decoded_titles(post.encode(), "post.rst")
    assert titles == {"Generative Modeling by Estimating Gradients of the Data Distribution": None}


def test_a_trackers_stories_are_read_by_their_titles_not_their_own_pages() -> None:
    header = "Id,Title,Labels,Type,Current State,Requested By,Description,URL\n"
    story = "https://tracker.example.com/story/show/{}"
    rows = [
        ("187204113", "Κράτηση αίθουσας Α2", "chore", "Κάθε Τετάρτη 16:00–17:30."),
        (
            "187204127",
            "Ανάγνωση: Decoupled Weight Decay Regularization",
            "feature",
            "Ilya Loshchilov, Frank Hutter (ICLR 2019), arXiv:1711.05101.\n\nΓιατί η L2 δεν είναι weight decay.",
        ),
        ("187204215", "Smooth Adversarial Training", "feature", "Xie, Tan, Gong et al. Ομαλές συναρτήσεις."),
        (
            "187204228",
            "Rethinking Architecture Selection in Differentiable NAS",
            "feature",
            "Ιδέα για το εξάμηνο.",
        ),
        ("187204240", "EigenGame: PCA as a Nash Equilibrium", "feature", "PCA ως παιχνίδι."),
        ("187204251", "Σεμινάριο μέσου εξαμήνου", "release", "Παρουσιάσεις."),
    ]
    lines = [header] + [
        f'{key},"{title}",lab,{kind},accepted,Νίκος,"{described}",{story.format(key)}\n'
        for key, title, kind, described in rows
    ]
    _, titles = decoded_titles("".join(lines).encode(), "tracker.csv")
    assert titles == {
        "Decoupled Weight Decay Regularization": "1711.05101",
        "Smooth Adversarial Training": None,
        "Rethinking Architecture Selection in Differentiable NAS": None,
        "EigenGame: PCA as a Nash Equilibrium": None,
    }


def test_a_programs_strings_that_are_arxiv_ids_are_its_papers() -> None:
    notebook = (
        "# %% [markdown]\n"
        "# Thí nghiệm PEFT. ID arXiv để trích dẫn trong báo cáo.\n\n"
        "# %%\n"
        "PAPERS = {\n"
        "    # Parameter-Efficient Transfer Learning for NLP (Houlsby et al., 2019):\n"
        '    "adapter": "1902.00751",\n'
        "    # Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning\n"
        "    # (Liu et al., 2022)\n"
        '    "ia3": "2205.05638",\n'
        "}\n"
        'IDS = ["2106.09685"]\n'
    )
    _, titles = decoded_titles(notebook.encode(), "peft.py")
    assert titles == {
        "Parameter-Efficient Transfer Learning for NLP": "1902.00751",
        "Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning": "2205.05638",
        None: "2106.09685",
    }
    # (one such number in a program that never speaks of arXiv is a number: a version, a measurement)
    _, none = decoded_titles(b'# %%\nTHRESHOLD = "1905.11946"\nprint(THRESHOLD)\n# %%\nx = 1\n', "run.py")
    assert none == {}


def test_a_link_never_takes_a_title_from_above_another_papers_link() -> None:
    page = (
        "参考書\t岡谷貴之『深層学習 改訂第2版』（講談社，2022）\n"
        "A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press, 2023\n"
        "参考URL\thttps://arxiv.org/abs/2103.00020 （第6回）\n"
        "https://openreview.net/forum?id=-bdp_8Itjwp （第5回）\n"
        "https://arxiv.org/pdf/2103.09762.pdf （第8回）\n"
    )
    text, _ = decode_digest(page.encode(), "syllabus.txt")
    found = extract_document(text, "syllabus.txt").references
    assert {(reference.arxiv_id or reference.openreview_id, reference.title) for reference in found} == {
        ("2103.00020", None),
        ("-bdp_8Itjwp", None),
        ("2103.09762", None),
    }


def test_a_forum_posts_titles_keep_their_words_past_two_spaces_and_a_wrap() -> None:
    post = (
        "二、子词\n"
        "3. Sennrich 的 BPE：Neural Machine Translation of Rare Words with  Subword Units\n"
        "   现在的分词器基本都从这里来，很短，一晚上就能看完。\n\n"
        "三、预训练\n"
        "4. RoBERTa: A Robustly Optimized BERT Pretraining Approach\n"
        "   https://arxiv.org/abs/1907.11692\n"
        "5. T5：Exploring the Limits of Transfer Learning with a Unified\n"
        "   Text-to-Text Transformer https://arxiv.org/pdf/1910.10683.pdf\n"
        "   正文太长了，先读第 3 节的实验部分。\n"
        "6. Chain-of-Thought Prompting Elicits Reasoning in Large Language Models\n"
        "   NeurIPS 2022 version: https://openreview.net/forum?id=_VjQlMeSB_J\n"
    )
    _, titles = decoded_titles(post.encode(), "thread.txt")
    assert {title: titles[title] for title in titles if title and "Chain" not in title} == {
        "BPE: Neural Machine Translation of Rare Words with Subword Units": None,
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach": "1907.11692",
        "T5: Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer": "1910.10683",
    }
    # (a link's label in the words before it, `NeurIPS 2022 version:`, is no end of the title above)
    assert "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models" in titles


def test_ipsj_style_references_end_their_titles_at_the_comma_before_the_venue() -> None:
    thesis = (
        "参考文献\n\n"
        "[1] Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N.,\n"
        "Kaiser, L. and Polosukhin, I.: Attention Is All You Need, Advances in Neural\n"
        "Information Processing Systems 30, pp.5998–6008 (2017).\n"
        "[2] Devlin, J., Chang, M.-W., Lee, K. and Toutanova, K.: BERT: Pre-training of Deep\n"
        "Bidirectional Transformers for Language Understanding, Proc. 2019 Conference of the\n"
        "North American Chapter of the Association for Computational Linguistics, pp.4171–4186 (2019).\n"
        "[3] Clark, K., Luong, M.-T., Le, Q. V. and Manning, C. D.: ELECTRA: Pre-training\n"
        "Text Encoders as Discriminators Rather Than Generators, International Conference on\n"
        "Learning Representations (ICLR 2020) (2020).\n"
        "[4] Conneau, A., Khandelwal, K., Goyal, N., Chaudhary, V., Wenzek, G., Guzmán, F. et\n"
        "al.: Unsupervised Cross-lingual Representation Learning at Scale, CoRR,\n"
        "Vol.abs/1911.02116 (2019).\n"
        "[5] 坪井祐太，海野裕也，鈴木 潤：深層学習による自然言語処理，講談社 (2017).\n"
    )
    _, titles = decoded_titles(thesis.encode(), "thesis.txt")
    assert titles == {
        "Attention Is All You Need": None,
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding": None,
        "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators": None,
        "Unsupervised Cross-lingual Representation Learning at Scale": "1911.02116",
    }


def test_an_xml_elements_text_that_is_an_arxiv_id_is_a_paper() -> None:
    binder = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ScrivenerProject>\n<Binder>\n'
        '  <BinderItem Type="PDF"><Title>Denoising Diffusion Probabilistic Models</Title>\n'
        "    <MetaData><MetaDataItem><FieldID>arxiv</FieldID><Value>arXiv:2006.11239</Value></MetaDataItem>"
        "</MetaData></BinderItem>\n"
        '  <BinderItem Type="PDF"><Title>2112.10752v2</Title>\n'
        "    <MetaData><Value>Renombrar: el de Stable Diffusion.</Value></MetaData></BinderItem>\n"
        '  <BinderItem Type="Text"><Title>3.1 Condicionamiento</Title></BinderItem>\n'
        "</Binder>\n</ScrivenerProject>\n"
    )
    _, titles = decoded_titles(binder.encode(), "tesis.scrivx")
    assert "2112.10752" in titles.values()
    # (an element's number in an XML file that never speaks of arXiv is no id: a measurement, a version)
    _, none = decoded_titles(
        b"<?xml version='1.0'?>\n<run><threshold>1905.11946</threshold></run>\n", "run.xml"
    )
    assert "1905.11946" not in none.values()


def test_an_arxiv_listing_quoted_in_a_reply_is_read_as_a_listing() -> None:
    mail = (
        "From: Nikos <nikos@example.org>\nSubject: Re: cs.LG replacements\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Ναι, το κρατάω εγώ.\n\n"
        "> ------------------------------------------------------------------------------\n"
        "> \\\\\n"
        "> arXiv:2206.04615\n"
        "> replaced with revised version Mon, 11 Dec 2023 09:14:40 GMT   (6781kb,D)\n"
        ">\n"
        "> Title: Beyond the Imitation Game: Quantifying and extrapolating the\n"
        ">   capabilities of language models\n"
        "> Authors: Aarohi Srivastava, Abhinav Rastogi, Abhishek Rao\n"
        "> Categories: cs.CL cs.AI\n"
        "> \\\\ ( https://arxiv.org/abs/2206.04615 ,  6781kb)\n"
        "> ------------------------------------------------------------------------------\n"
        "> \\\\\n"
        "> arXiv:2010.00554\n"
        ">\n"
        "> Title: EigenGame: PCA as a Nash Equilibrium\n"
        "> Authors: Ian Gemp, Brian McWilliams, Claire Vernade, Thore Graepel\n"
        "> \\\\ ( https://arxiv.org/abs/2010.00554 ,  2244kb)\n"
        "> ------------------------------------------------------------------------------\n\n"
        "Και μια πρόταση για τον Ιανουάριο:\n\n"
        '- 16/1: "Decoupled Weight Decay Regularization" — το κλασικό για το\n'
        'AdamW, μαζί με το "AutoDropout: Learning Dropout Patterns to Regularize\n'
        'Deep Networks" των Pham & Le.\n'
        '- 23/1: ομοσπονδιακή μάθηση, "Federated Learning Based on Dynamic\n'
        'Regularization" (FedDyn). Το διάβασε ήδη η Ελένη.\n'
    )
    _, titles = decoded_titles(mail.encode(), "reply.eml")
    assert titles == {
        "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models": "2206.04615",
        "EigenGame: PCA as a Nash Equilibrium": "2010.00554",
        "Decoupled Weight Decay Regularization": None,
        "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks": None,
        "Federated Learning Based on Dynamic Regularization": None,
    }


def test_a_tables_emoji_marks_before_a_title_are_no_part_of_it() -> None:
    page = (
        "⭐ 는 발표한 논문, 🔁 는 다시 읽자는 요청이 있었던 논문입니다.\n\n"
        "## 🧠 메모리 · 재귀\n\n"
        "| 논문 | 학회 | 링크 | 한 줄 메모 |\n| --- | :-: | :-: | --- |\n"
        "| ⭐🔁 Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context | ACL 2019 | — | 2회 발표함 |\n"
        "| 🔁 Extending Context Window of Large Language Models via Positional Interpolation (PI) | arXiv 2023 | — |"
        " RoPE |\n"
    )
    _, titles = decoded_titles(page.encode(), "awesome.md")
    assert titles == {
        "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context": None,
        "Extending Context Window of Large Language Models via Positional Interpolation": None,
    }


def test_a_sentence_citing_a_paper_by_its_short_name_is_no_title() -> None:
    syllabus = (
        'Referat 3 (Sophie Wendt): "Generative Modeling by Estimating Gradients of the Data Distribution" '
        "(Song & Ermon, NeurIPS 2019), Stichwort NCSN.\n"
        "Zur Einordnung von DDPM (Ho et al., 2020) siehe den Blogpost von Lilian Weng.\n"
    )
    _, titles = decoded_titles(syllabus.encode(), "ablaufplan.txt")
    assert titles == {"Generative Modeling by Estimating Gradients of the Data Distribution": None}


def test_tex_dashes_in_a_bibtex_title_are_read_as_dashes() -> None:
    bib = (
        "@misc{imagenet_site,\n"
        "  title        = {{ImageNet} Large Scale Visual Recognition Challenge 2012 ({ILSVRC2012}) --- dataset page},\n"
        "  howpublished = {\\url{https://www.image-net.org/challenges/LSVRC/2012/}}\n}\n"
        "@inproceedings{he2016,\n  title={Deep Residual Learning for Image Recognition},\n"
        "  author={He, Kaiming and Zhang, Xiangyu},\n  booktitle={CVPR},\n  pages={770--778},\n  year={2016}\n}\n"
    )
    _, titles = decoded_titles(bib.encode(), "refs.bib")
    assert titles == {"Deep Residual Learning for Image Recognition": None}


def test_a_surveys_free_text_answers_are_read_for_their_papers() -> None:
    header = "序号,提交答卷时间,1、您的姓名：,3、您想讲的论文（请写完整题目，有链接最好）：,4、一句话推荐理由：,6、还想听别人讲哪篇？（选填）：\n"
    rows = [
        "1,2024/2/26 21:03:11,王浩然,Language Models are Few-Shot  Learners（GPT-3）https://arxiv.org/abs/2005.14165,"
        "in-context learning 的起点，后面所有人都要用到这个概念，我先讲比较合适,(空)",
        "3,2024/2/26 22:40:05,张一鸣,LLaMA: Open and Efficient Foundation Language Models https://arxiv.org/abs/2302.13971,"
        '开源基座，顺便对比一下训练数据配比；代码用 Meta 官方仓库,"The Curious Case of Neural\nText Degeneration'
        '（nucleus sampling 那篇，解码策略）"',
        "4,2024/2/27 09:12:56,陈思雨,Toolformer: Language Models Can Teach Themselves to Use Tools，arXiv:2302.04761,"
        "模型自己学会调 API，和我们做的检索增强可以结合起来一起讲,(空)",
    ]
    _, titles = decoded_titles(("\ufeff" + header + "\n".join(rows) + "\n").encode(), "wjx.csv")
    assert titles == {
        "Language Models are Few-Shot Learners": "2005.14165",
        "LLaMA: Open and Efficient Foundation Language Models": "2302.13971",
        "The Curious Case of Neural Text Degeneration": None,
        "Toolformer: Language Models Can Teach Themselves to Use Tools": "2302.04761",
    }


def test_a_quoted_title_cited_by_authors_in_another_script_and_its_journal_is_one() -> None:
    newsletter = (
        "Класика:\n\n"
        "- «Learning representations by back-propagating errors» — Румельхарт, Гінтон, Вільямс, Nature, 1986. "
        "Чотири сторінки.\n"
        "- «Highly accurate protein structure prediction with AlphaFold» — Джампер та ін., Nature, 2021. Погортайте.\n"
        "- «Нова лабораторія у Львові» — Олена Коваль, 2024. Новина, не стаття.\n"
    )
    _, titles = decoded_titles(newsletter.encode(), "digest.md")
    assert titles == {
        "Learning representations by back-propagating errors": None,
        "Highly accurate protein structure prediction with AlphaFold": None,
    }


MAILX_SESSION = """taro@gpu03:~$ mail
Mail version 8.1.2 01/15/2001.  Type ? for help.
"/var/mail/taro": 2 messages 2 new
>N  1 root@gpu03.lab.example  Mon Mar  4 07:00   36/1606  Cron <taro@gpu03> remind.sh
 N  2 hanako@lab.example      Tue Mar  5 09:47   33/1457  =?UTF-8?B?QkFSVCDlm57jga7liY3jgavoqq3jgoDjgoLjga4=?=
& 1
Message 1:
From root@gpu03.lab.example  Mon Mar  4 07:00:02 2024
Return-Path: <root@gpu03.lab.example>
Delivered-To: taro@gpu03.lab.example
From: root@gpu03.lab.example (Cron Daemon)
Subject: Cron <taro@gpu03> remind.sh
Message-Id: <20240303220002.3F2A1C0042@gpu03.lab.example>
Content-Type: text/plain; charset=UTF-8

== 輪読会リマインダー (2024-03-04 月) ==
今週 3/6 (水) 16:30- 知能情報棟 4F 演習室
  担当: 山田 翔太
  論文: Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer
        Raffel et al., JMLR 2020 / arXiv:1910.10683

& 2
Message 2:
From hanako@lab.example  Tue Mar  5 09:47:05 2024
Return-Path: <hanako@lab.example>
Message-ID: <5b2f8e0c@lab.example>
From: =?UTF-8?B?6Yi05pyoIOiKseWtkA==?= <hanako@lab.example>
Subject: =?UTF-8?B?QkFSVCDlm57jga7liY3jgavoqq3jgoDjgoLjga4=?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{body}
& q
"""


def test_a_mail_clients_session_is_read_as_its_messages() -> None:
    import base64

    body = (
        "田中さん\n\n佐藤さんの BART 回の前に読んでおくとよさそうなもの、二つ共有します。\n\n"
        "1. Language Models are Unsupervised Multitask Learners\n"
        "   (Radford et al., 2019, OpenAI の技術レポートで arXiv 版はありません)\n"
        "2. Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model\n"
        "   https://openreview.net/forum?id=cYr2OPNyTz7\n"
    )
    encoded = base64.encodebytes(body.encode()).decode()
    _, titles = decoded_titles(MAILX_SESSION.format(body=encoded).encode(), "mailbox.txt")
    assert titles == {
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer": "1910.10683",
        "Language Models are Unsupervised Multitask Learners": None,
        "Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model": "cYr2OPNyTz7",
    }


def test_a_mail_in_iso_2022_jp_is_decoded_and_its_wrapped_items_joined() -> None:
    body = (
        "■2. 分散学習の定番\n\n"
        "◆ Megatron-LM: Training Multi-Billion Parameter Language Models\n"
        "　Using Model Parallelism\n"
        "　Shoeybi ほか（NVIDIA, 2019）\n"
        "　https://arxiv.org/abs/1909.08053\n"
        "　テンソル並列の原典。\n\n"
        "◆ ZeRO: Memory Optimizations Toward Training Trillion Parameter\n"
        "　Models\n"
        "　Rajbhandari ほか（SC 2020）\n"
        "　https://arxiv.org/abs/1910.02054\n"
    )
    mail = (
        b"From: mailmag@mag2.example\r\nTo: k.tanaka@example.jp\r\nSubject: =?ISO-2022-JP?B?GyRCNSEzIzNYPSwbKEI=?=\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="ISO-2022-JP"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n'
        + body.replace("\n", "\r\n").encode("iso-2022-jp")
    )
    label, titles = decoded_titles(mail, "magazine.eml")
    assert label == "mail/iso-2022-jp"
    assert titles == {
        "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism": "1909.08053",
        "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models": "1910.02054",
    }


def test_a_publishers_references_a_field_a_line_are_read_whole() -> None:
    copied = (
        '# (ScienceDirect से कॉपी, इसलिए "View in ScopusGoogle Scholar" वाली लाइनें भी आ गईं)\n\n'
        "References\n"
        "[3]\nK. He, X. Zhang, S. Ren, J. Sun\nDeep Residual Learning for Image Recognition\n"
        "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR) (2016), pp. 770-778\n"
        "View in ScopusGoogle Scholar\n"
        "→ ResNet। सेक्शन 3.3 ज़रूर पढ़ना।\n"
        "[4]\nK. He, X. Zhang, S. Ren, J. Sun\n"
        "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification\n"
        "Proceedings of the IEEE International Conference on Computer Vision (ICCV) (2015), pp. 1026-1034\n"
        "View in ScopusGoogle Scholar\n"
        '→ PReLU + "He initialization"।\n'
        "[5]\nX. Glorot, Y. Bengio\nUnderstanding the difficulty of training deep feedforward neural networks\n"
        "Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics (2010)\n"
        "Google Scholar\n"
        "[9]\nI. Goodfellow, Y. Bengio, A. Courville\nDeep Learning\nMIT Press, Cambridge, MA (2016)\nGoogle Scholar\n"
        "[17]\nH. Zhang, C. Wu, Z. Zhang\nResNeSt: Split-Attention Networks\n(2020)\nhttps://arxiv.org/abs/2004.08955\n"
        "Google Scholar\n"
        "[18]\nP. Foret, A. Kleiner, H. Mobahi, B. Neyshabur\n"
        "Sharpness-Aware Minimization for Efficiently Improving Generalization\n"
        "arXiv preprint arXiv:2010.01412 (2020)\nGoogle Scholar\n\n"
        '# - NPTEL का "Deep Learning" कोर्स के week 5–6 वीडियो फिर से देखने हैं\n'
    )
    _, titles = decoded_titles(copied.encode(), "refs.txt")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification": None,
        "Understanding the difficulty of training deep feedforward neural networks": None,
        "ResNeSt: Split-Attention Networks": "2004.08955",
        "Sharpness-Aware Minimization for Efficiently Improving Generalization": "2010.01412",
    }


OBSERVABLE = """// https://observablehq.com/@kenji-sato/diffusion-timeline@218
function _papers(){return(
[
  {year: 2015, short: "原点", title: "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", url: "https://arxiv.org/abs/1503.03585", status: "読了"},
  {year: 2020, short: "DDIM", title: "Denoising Diffusion Implicit Models", url: "https://openreview.net/forum?id=St1giarCHLP", status: "読了"},
  {year: 2021, short: "LSGM", title: "Score-based Generative Modeling in Latent Space", url: null, status: "予定"}
]
)}
"""


def test_a_notebooks_javascript_records_are_read_with_their_titles(tmp_path: Path) -> None:
    (tmp_path / "timeline.js").write_text(OBSERVABLE, "utf-8")
    (tmp_path / "app.js").write_text("export const answer = 42;\n", "utf-8")
    assert folder_titles(tmp_path) == {
        "Deep Unsupervised Learning using Nonequilibrium Thermodynamics": "1503.03585",
        "Denoising Diffusion Implicit Models": "St1giarCHLP",
        "Score-based Generative Modeling in Latent Space": None,
    }


def test_a_trackers_column_headed_as_the_paper_that_holds_its_link_is_a_link_column() -> None:
    header = "id,ref,subject,description,status,tags,Статья,Конференция\n"
    rows = [
        '1388,55,COTR: Correspondence Transformer for Matching Across Images,"Матчинг соответствий трансформером — '
        'для совмещения снимков до и после ремонта ленты. Авторы из Google и UBC.",Готова,литература,,ICCV 2021',
        '1379,52,Deformable DETR: Deformable Transformers for End-to-End Object Detection,"Основной кандидат на '
        'детектор: каждая query смотрит на несколько точек вокруг reference point.",В работе,детекция,'
        "https://arxiv.org/abs/2010.04159,ICLR 2021",
        '1354,47,An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale,"С чего всё началось. '
        'Читаем как базу перед Swin, ревью на OpenReview полезно почитать целиком.",Готова,литература,'
        "https://openreview.net/forum?id=YicbFdNTTy,ICLR 2021",
    ]
    _, titles = decoded_titles((header + "\n".join(rows) + "\n").encode(), "userstories.csv")
    assert titles == {
        "COTR: Correspondence Transformer for Matching Across Images": None,
        "Deformable DETR: Deformable Transformers for End-to-End Object Detection": "2010.04159",
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "YicbFdNTTy",
    }


def test_a_sql_clients_tables_with_snake_case_headers_are_read() -> None:
    session = (
        "trino:nhom_doc> SELECT id, tieu_de, lien_ket FROM bai_bao ORDER BY id;\n"
        " id  |                               tieu_de                               |              lien_ket\n"
        "-----+---------------------------------------------------------------------+------------------------------------\n"
        " 101 | PaLM: Scaling Language Modeling with Pathways                       | https://arxiv.org/abs/2204.02311\n"
        " 103 | Solving Quantitative Reasoning Problems with Language Models        | NULL\n"
        " 108 | Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection | https://selfrag.github.io/\n"
        "(3 rows)\n\n"
        "trino:nhom_doc> SELECT id, arxiv, nguoi_de_xuat FROM bai_bao WHERE arxiv IS NOT NULL;\n"
        " id  |   arxiv    | nguoi_de_xuat\n"
        "-----+------------+---------------\n"
        " 103 | 2206.14858 | Quân\n"
        " 108 | 2310.11511 | Huy\n"
        "(2 rows)\n"
    )
    text, _ = decode_digest(session.encode(), "trino.txt")
    found = {
        (reference.title, reference.arxiv_id) for reference in extract_document(text, "trino.txt").references
    }
    assert found == {
        ("PaLM: Scaling Language Modeling with Pathways", "2204.02311"),
        ("Solving Quantitative Reasoning Problems with Language Models", None),
        ("Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection", None),
        (None, "2206.14858"),
        (None, "2310.11511"),
    }


def test_a_model_servers_log_is_read_for_the_prompts_it_logged() -> None:
    prompt = "\\n".join(
        [
            "A chat between a curious user and an artificial intelligence assistant.",
            "Human: 다음 논문을 연구실 위키용으로 세 줄 요약해 줘.",
            "",
            "제목: Pre-Training Transformers as Energy-Based Cloze Models",
            "arXiv 2012.08561 (EMNLP 2020)",
            "요청: 이서연 (#paper-wiki)",
            "Assistant:",
        ]
    )
    log = "\n".join(
        [
            "INFO 05-14 10:00:01 api_server.py:219] vLLM API server version 0.4.2",
            "INFO 05-14 10:00:02 llm_engine.py:100] Initializing an LLM engine with config: model='lab/ko-7b'",
            f'INFO 05-14 10:14:52 async_llm_engine.py:524] Received request cmpl-651c: prompt: "{prompt}", '
            "sampling_params: SamplingParams(n=1, temperature=0.3), prompt_token_ids: [1, 7779, 19268].",
            "INFO 05-14 10:14:57 metrics.py:229] Avg prompt throughput: 412.0 tokens/s, Running: 1 reqs",
            "INFO 05-14 10:15:02 async_llm_engine.py:120] Finished request cmpl-651c.",
            'INFO:     10.20.3.41:50433 - "POST /v1/completions HTTP/1.1" 200 OK',
            "INFO 05-14 10:15:12 metrics.py:229] Avg prompt throughput: 0.0 tokens/s, Running: 0 reqs",
        ]
    )
    _, titles = decoded_titles(log.encode(), "vllm.log")
    assert titles == {"Pre-Training Transformers as Energy-Based Cloze Models": "2012.08561"}


def test_a_databases_delimited_export_under_a_txt_name_is_read_as_a_sheet() -> None:
    export = (
        '"LitID";"Titel";"Autoren";"Jahr";"Quelle";"Link";"Notiz"\r\n'
        '112;"Mixed Precision Training";"Micikevicius, P.; Narang, S.; Alben, J.; u. a.";2018;"ICLR 2018";;'
        '"FP16-Gewichte mit FP32-Masterkopie.\r\nGrundlage für AMP."\r\n'
        '113;"Decoupled Weight Decay Regularization";"Loshchilov, I.; Hutter, F.";2019;"ICLR 2019";'
        '"#https://arxiv.org/abs/1711.05101#";"Weight Decay ist bei Adam nicht L2."\r\n'
        '121;"PyGlove: Symbolic Programming for Automated Machine Learning";"Peng, D.; Dong, X.; Real, E.; u. a.";'
        '2020;"NeurIPS 2020";;"Nur falls wir das AutoML-Kapitel machen."\r\n'
        '137;"Dive into Deep Learning (Lehrbuch)";"Zhang, A.; Lipton, Z. C.";2023;"Cambridge University Press";'
        '"#https://d2l.ai/#";"Buch, kein Paper."\r\n'
    )
    _, titles = decoded_titles(export.encode("cp1252"), "literatur.txt")
    assert titles == {
        "Mixed Precision Training": None,
        "Decoupled Weight Decay Regularization": "1711.05101",
        "PyGlove: Symbolic Programming for Automated Machine Learning": None,
    }


def test_a_three_word_title_cited_by_its_authors_in_prose_is_one() -> None:
    comment = (
        "Old-timer take: if you want the model to point at things, Autoregressive Entity Retrieval "
        "(De Cao et al., ICLR 2021) generates the entity's name.\n\n"
        "Warmup was popularised for large-batch SGD on ImageNet (Goyal et al., 2017), where the network changes "
        "rapidly early in training.\n"
    )
    _, titles = decoded_titles(comment.encode(), "thread.md")
    assert titles == {"Autoregressive Entity Retrieval": None}


def test_a_filemaker_xml_export_is_read_as_its_table() -> None:
    export = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<FMPXMLRESULT xmlns="http://www.filemaker.com/fmpxmlresult">'
        '<ERRORCODE>0</ERRORCODE><DATABASE NAME="Biblio.fmp12" RECORDS="3"/><METADATA>'
        '<FIELD NAME="Titre" TYPE="TEXT"/><FIELD NAME="Auteurs" TYPE="TEXT"/><FIELD NAME="Annee" TYPE="NUMBER"/>'
        '<FIELD NAME="arXiv" TYPE="TEXT"/><FIELD MAXREPEAT="2" NAME="Mots_cles" TYPE="TEXT"/></METADATA>'
        '<RESULTSET FOUND="3"><ROW RECORDID="41"><COL><DATA>Neural Machine Translation by Jointly Learning to Align'
        " and Translate</DATA></COL><COL><DATA>Bahdanau, Cho, Bengio</DATA></COL><COL><DATA>2014</DATA></COL>"
        "<COL><DATA>1409.0473</DATA></COL><COL><DATA>attention</DATA><DATA>traduction</DATA></COL></ROW>"
        '<ROW RECORDID="57"><COL><DATA>Long Short-Term Memory</DATA></COL><COL><DATA>Hochreiter, Schmidhuber</DATA>'
        "</COL><COL><DATA>1997</DATA></COL><COL><DATA></DATA></COL><COL><DATA>RNN</DATA></COL></ROW>"
        '<ROW RECORDID="60"><COL><DATA>Neural Turing Machines</DATA></COL><COL><DATA>Graves, Wayne, Danihelka'
        "</DATA></COL><COL><DATA>2014</DATA></COL><COL><DATA>1410.5401</DATA></COL><COL><DATA>mémoire</DATA></COL>"
        "</ROW></RESULTSET></FMPXMLRESULT>\n"
    )
    label, titles = decoded_titles(export.encode(), "biblio.xml")
    assert label.startswith("fmpxml/")
    assert titles == {
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "Long Short-Term Memory": None,
        "Neural Turing Machines": "1410.5401",
    }


def test_a_sources_strings_that_are_arxiv_ids_are_kept_with_its_comments() -> None:
    notebook = (
        ";; # एमएल फ़ॉर साइंस पठन सूची (arXiv लिंक के साथ)\n"
        "(ns reading.core (:require [nextjournal.clerk :as clerk]))\n\n"
        "(def papers\n"
        '  [{:title "Neural Turing Machines"\n'
        '    :arxiv "1410.5401"\n'
        "    :status :todo}\n"
        '   {:title "Visual Instruction Tuning"\n'
        '    :arxiv "2304.08485"\n'
        "    :status :reading}])\n"
    )
    text, _ = decode_digest(notebook.encode(), "reading.clj")
    ids = {reference.arxiv_id for reference in extract_document(text, "reading.clj").references}
    assert {"1410.5401", "2304.08485"} <= ids


def test_an_openreview_link_and_an_arxiv_id_a_sentence_apart_are_two_papers() -> None:
    post = (
        "1. 정확한 어텐션을 더 빠르게\n"
        "가장 먼저 효과를 본 건 플래시 어텐션이다. 구현은 저장소를 그대로 썼다.\n"
        "2. 어텐션을 근사하거나 바꾸기\n"
        "LSH로 묶는 [Reformer: The Efficient Transformer](https://openreview.net/forum?id=rkgNKkHtvB)는 리뷰까지 읽어 볼 "
        "만하다. 커널 트릭으로 softmax를 없애는 *Transformers are RNNs: Fast Autoregressive Transformers with Linear "
        "Attention* (arXiv:2006.16236)는 아래 코드가 핵심의 전부다.\n"
    )
    text, _ = decode_digest(post.encode(), "post.md")
    found = {
        (reference.arxiv_id, reference.openreview_id)
        for reference in extract_document(text, "post.md", markdown=True).references
    }
    assert found == {(None, "rkgNKkHtvB"), ("2006.16236", None)}


def test_a_sql_sessions_quoted_id_never_takes_a_programs_output_above_as_its_title() -> None:
    spool = (
        "SQL> select * from paper;\nselect * from paper\n              *\nERROR at line 1:\n"
        "ORA-00942: table or view does not exist\n\n\n"
        "SQL> prompt Завдання 2. Додати статті тижня 5\nЗавдання 2. Додати статті тижня 5\n"
        "SQL> insert into papers (id, week_no, arxiv_id, added_on)\n"
        "  2  values (6, 5, '1906.08237', date '2024-03-07');\n\n1 row created.\n\n"
        "SQL> insert into papers (id, week_no, arxiv_id, added_on)\n"
        "  2  values (7, 6, '2012.08561', sysdate);\n\n1 row created.\n"
        "SQL> prompt arXiv ids of weeks 5 and 6\n"
    )
    text, _ = decode_digest(spool.encode(), "lab.lst")
    found = {
        (reference.arxiv_id, reference.title) for reference in extract_document(text, "lab.lst").references
    }
    assert found == {("1906.08237", None), ("2012.08561", None)}


def test_a_citation_line_with_its_title_after_the_year_is_its_own_paper() -> None:
    page = (
        "Week 4 · Selectieve SSM's en retentie\n"
        "Daarnaast RetNet van Microsoft als tegenhanger (PDF hieronder).\n"
        "Sun et al. (2023) Retentive Network: A Successor to Transformer for Large Language Models\n"
        "PDF document\n\n"
        "Front. Artif. Intell., 04 March 2024\n"
        "Volume 7 - 2024 | https://doi.org/10.3389/frai.2024.1329481\n"
    )
    _, titles = decoded_titles(page.encode(), "course.txt")
    assert titles == {"Retentive Network: A Successor to Transformer for Large Language Models": None}


def test_a_title_after_its_authors_and_venue_in_parentheses_is_the_title() -> None:
    answers = (
        "Tan & Le (ICML 2019) — EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks\n\n"
        "https://arxiv.org/abs/1905.11946\n\n"
        "Bhojanapalli et al. (ICCV 2021) — Understanding Robustness of Transformers for Image Classification\n\n"
        "Ευρωστία ViT vs ResNet. Δεν βρήκα σύνδεσμο, το PDF μας το έστειλε ο επιβλέπων.\n"
    )
    _, titles = decoded_titles(answers.encode(), "answers.md")
    assert titles == {
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks": "1905.11946",
        "Understanding Robustness of Transformers for Image Classification": None,
    }
