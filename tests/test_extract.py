"""The extractor on digests of many shapes: what it finds, what it keeps apart, what it ignores."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings

from paperlist.digests import Reference
from paperlist.ingest.extract import extract_references
from paperlist.ingest.extract.reader import RAW_LIMIT
from paperlist.models import Evidence
from tests.test_ids import FILLER, written_ids


def refs(text: str) -> tuple[Reference, ...]:
    return extract_references(textwrap.dedent(text)).references


def one(text: str) -> Reference:
    found = refs(text)
    assert len(found) == 1, [(r.title, r.arxiv_id) for r in found]
    return found[0]


# --- id forms inside digests --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "arxiv_id", "version", "evidence"),
    [
        ("Lite Transformer https://arxiv.org/abs/2004.11886v1", "2004.11886", 1, Evidence.ARXIV_LINK),
        ("Lite Transformer arxiv.org/abs/2004.11886", "2004.11886", None, Evidence.ARXIV_LINK),
        (
            "Lite Transformer http://export.arxiv.org/pdf/2004.11886v2.pdf",
            "2004.11886",
            2,
            Evidence.ARXIV_LINK,
        ),
        ("Lite Transformer https://arxiv.org/html/2004.11886v3", "2004.11886", 3, Evidence.ARXIV_LINK),
        (
            "Lite Transformer https://doi.org/10.48550/arXiv.2004.11886",
            "2004.11886",
            None,
            Evidence.ARXIV_LINK,
        ),
        ("Lite Transformer https://www.alphaxiv.org/abs/2004.11886", "2004.11886", None, Evidence.ARXIV_LINK),
        (
            "Lite Transformer https://huggingface.co/papers/2004.11886",
            "2004.11886",
            None,
            Evidence.ARXIV_LINK,
        ),
        ("Lite Transformer (arXiv:2004.11886v2 [cs.CL])", "2004.11886", 2, Evidence.ARXIV_TEXT),
        ("Lite Transformer, ARXIV 2004.11886", "2004.11886", None, Evidence.ARXIV_TEXT),
        ("Lite Transformer, arXiv：2004.11886", "2004.11886", None, Evidence.ARXIV_TEXT),
        ("[2004.11886] Lite Transformer", "2004.11886", None, Evidence.ARXIV_TEXT),
        ("String Theory Notes, hep-th/9901001v2", "hep-th/9901001", 2, Evidence.ARXIV_TEXT),
        ("Knot Notes https://arxiv.org/abs/math.GT/0309136", "math/0309136", None, Evidence.ARXIV_LINK),
    ],
)
def test_every_id_form_in_a_digest(line: str, arxiv_id: str, version: int | None, evidence: Evidence) -> None:
    reference = one(line + "\n这篇论文很有意思。\n")
    assert (reference.arxiv_id, reference.version, reference.evidence) == (arxiv_id, version, evidence)


def test_openreview_links_with_ids_starting_with_dash_or_underscore() -> None:
    found = refs(
        """
        Self-Supervised Learning from a Multi-View Perspective
        论文链接:https://openreview.net/forum?id=-bdp_8Itjwp

        Memformer: The Memory-Augmented Transformer
        论文链接:https://openreview.net/pdf?noteId=x1&id=_adSMszz_g9
        """
    )
    assert [(r.openreview_id, r.evidence, r.title) for r in found] == [
        ("-bdp_8Itjwp", Evidence.OPENREVIEW_LINK, "Self-Supervised Learning from a Multi-View Perspective"),
        ("_adSMszz_g9", Evidence.OPENREVIEW_LINK, "Memformer: The Memory-Augmented Transformer"),
    ]


def test_one_paper_linked_twice_is_one_reference_with_both_places() -> None:
    reference = one(
        """
        Attention Is All You Need
        https://arxiv.org/abs/1706.03762
        PDF: https://arxiv.org/pdf/1706.03762v5.pdf
        本文提出了Transformer。
        """
    )
    assert reference.arxiv_id == "1706.03762"
    assert reference.version == 5
    assert reference.lines == (2, 3, 4)
    assert reference.line == 2


def test_an_arxiv_and_an_openreview_link_of_one_paper_are_one_reference() -> None:
    reference = one(
        """
        1. Bi-Tuning of Pre-Trained Representations
        arXiv: https://arxiv.org/abs/2011.06182
        OpenReview: https://openreview.net/forum?id=3rRgu7OGgBI
        """
    )
    assert (reference.arxiv_id, reference.openreview_id) == ("2011.06182", "3rRgu7OGgBI")
    assert reference.evidence is Evidence.ARXIV_LINK


def test_prose_and_title_label_of_one_paper_are_one_reference() -> None:
    found = refs(
        """
        今天介绍谷歌的论文《Scaling Laws for Neural Language Models》，讨论模型规模。

        论文标题：Scaling Laws for Neural Language Models
        论文链接：https://arxiv.org/abs/2001.08361
        """
    )
    assert len(found) == 1
    assert found[0].arxiv_id == "2001.08361"
    assert found[0].lines == (2, 4, 5)


# --- titles -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "1. Rethinking Pre-training and Self-training",
        "12.Rethinking Pre-training and Self-training",
        "1、[LG] Rethinking Pre-training and Self-training",
        "【3】 Rethinking Pre-training and Self-training",
        "## Rethinking Pre-training and Self-training",
        "**Rethinking Pre-training and Self-training**",
        "- **Rethinking Pre-training and Self-training**",
        "论文标题：Rethinking Pre-training and Self-training",
        "Title: Rethinking Pre-training and Self-training",
        "《Rethinking Pre-training and Self-training》",
        "[CV] Rethinking Pre-training and Self-training",
    ],
)
def test_title_lines_of_every_shape(head: str) -> None:
    reference = one(
        f"本周论文\n\n{head}\n\n本文重新思考了预训练与自训练的关系，发现自训练在强数据增强下更有效。\n"
    )
    assert reference.title == "Rethinking Pre-training and Self-training"
    assert reference.evidence is Evidence.TITLE_ONLY
    assert reference.summary.startswith("本文重新思考了预训练")


@pytest.mark.parametrize(
    "title",
    [
        "GPT-4 Technical Report",
        "Billion-scale similarity search with GPUs",
        "Stock Movement Prediction from Tweets and Historical Prices",
    ],
)
def test_paper_titles_with_words_news_headlines_also_use(title: str) -> None:
    assert one(f"本周论文\n\n1. {title}\n\n本文介绍了这篇论文。\n").title == title


def test_a_bare_title_followed_by_its_summary_on_the_same_line() -> None:
    reference = one(
        "推荐五篇论文\n"
        "Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms "
        "注意力模块是核心组件。\n"
    )
    assert (
        reference.title == "Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms"
    )
    assert reference.summary == "注意力模块是核心组件。"


def test_a_title_followed_by_its_link_on_the_next_line() -> None:
    reference = one(
        """
        Shortcut Learning in Deep Neural Networks
        【推荐五篇论文|轻量级的Transformer; 对比学习】https://arxiv.org/abs/2004.07780v1
        本文试图探究有多少深度学习问题可以看作是同一根本问题。
        """
    )
    assert (reference.title, reference.arxiv_id) == (
        "Shortcut Learning in Deep Neural Networks",
        "2004.07780",
    )
    assert reference.summary == "本文试图探究有多少深度学习问题可以看作是同一根本问题。"


def test_a_short_title_next_to_its_link() -> None:
    reference = one("1. EfficientNetV2\n\nhttps://arxiv.org/abs/2104.00298\n\n本文介绍了一类新的卷积网络。\n")
    assert (reference.title, reference.arxiv_id) == ("EfficientNetV2", "2104.00298")


@pytest.mark.parametrize(
    ("prose", "title"),
    [
        (
            "EfficientNet源自Google Brain的论文"
            "EfficientNet: Rethinking Model Scaling for Convolutional Neural "
            "Networks. 从标题也可以看出创新点是Model Scaling。",
            "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        ),
        (
            "来自Google的《Transformer Quality in Linear Time》，惊喜满满。",
            "Transformer Quality in Linear Time",
        ),
        ("Google 在论文“Attention Is All You Need”中提出了Transformer。", "Attention Is All You Need"),
        (
            'Vaswani et al. in the paper "Attention Is All You Need" replace recurrence.',
            "Attention Is All You Need",
        ),
        (
            "这篇文章题为「Deep Residual Learning for Image Recognition」。",
            "Deep Residual Learning for Image Recognition",
        ),
    ],
)
def test_titles_named_in_prose(prose: str, title: str) -> None:
    reference = one(prose + "\n")
    assert (reference.title, reference.evidence) == (title, Evidence.TITLE_ONLY)
    assert reference.summary == prose


def test_the_page_headline_is_not_a_paper() -> None:
    assert refs("Understanding Transformers: A Visual Guide For Beginners\n\nTransformer是一种模型。\n") == ()
    assert (
        refs("# The Batch, Issue 42: Scaling Laws and Sparse Experts\n\nThis week in machine learning.\n")
        == ()
    )


def test_nicknames_are_names_not_papers() -> None:
    extraction = extract_references(
        "SSM一般认为开篇之作是S4，最火的变体是Mamba，RWKV、RetNet也可归入此类。"
        "奠基之作《HiPPO: Recurrent Memory with Optimal Polynomial Projections》(简称HiPPO)。"
        "GPT-2和Faster RCNN也常被提到。\n"
    )
    assert [r.title for r in extraction.references] == [
        "HiPPO: Recurrent Memory with Optimal Polynomial Projections"
    ]
    names = {name.name for name in extraction.names}
    assert {"S4", "RWKV", "RetNet", "HiPPO", "GPT-2", "Faster RCNN"} <= names
    assert all(name.line == 1 for name in extraction.names)


# --- what the digest says about each paper ------------------------------------------------------------------


def test_authors_affiliations_category_and_summary_of_a_weibo_style_entry() -> None:
    reference = one(
        """
        2、[CV] Understanding Robustness of Transformers for Image Classification

        S Bhojanapalli, A Chakrabarti, D Glasner
        [Google Research]
        理解Transformer图像分类的鲁棒性。 We perform an extensive study. https://weibo.com/1402400261/K8wse8gHj
        image.png
        f01.png.jpgf05.png.jpg
        """
    )
    assert reference.category == "CV"
    assert reference.authors == "S Bhojanapalli, A Chakrabarti, D Glasner"
    assert reference.affiliations == "Google Research"
    assert reference.summary == "理解Transformer图像分类的鲁棒性。 We perform an extensive study."


def test_labelled_fields_of_an_arxiv_daily_list() -> None:
    found = refs(
        """
        【1】 Lost in the Middle: How Language Models Use Long Contexts
        标题：迷失在中间：语言模型如何使用长上下文
        链接：https://arxiv.org/abs/2307.03172
        作者：Nelson F. Liu, Kevin Lin, John Hewitt
        机构：Stanford University
        摘要：我们分析了语言模型在长上下文中的表现。

        【2】 Tree of Thoughts: Deliberate Problem Solving with Large Language Models
        链接：https://arxiv.org/abs/2305.10601
        作者：Shunyu Yao, Dian Yu
        摘要：思维树让模型探索多条推理路径。
        """
    )
    first, second = found
    assert (first.title, first.arxiv_id) == (
        "Lost in the Middle: How Language Models Use Long Contexts",
        "2307.03172",
    )
    assert first.authors == "Nelson F. Liu, Kevin Lin, John Hewitt"
    assert first.affiliations == "Stanford University"
    assert (
        first.summary == "标题：迷失在中间：语言模型如何使用长上下文\n我们分析了语言模型在长上下文中的表现。"
    )
    assert second.summary == "思维树让模型探索多条推理路径。"


def test_an_arxiv_listing_gives_the_id_before_the_title() -> None:
    first, second = refs(
        """
        Computation and Language (cs.CL)

        [1]  arXiv:2403.01744 [pdf, other]
        Title: Some Fresh Results On Sparse Mixture of Experts
        Authors: A. Author, B. Author
        Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)

        [2]  arXiv:2403.01745 [pdf, ps, other]
        Title: Another Paper About Retrieval Augmented Generation
        Subjects: Information Retrieval (cs.IR)
        """
    )
    assert (first.arxiv_id, first.title, first.category) == (
        "2403.01744",
        "Some Fresh Results On Sparse Mixture of Experts",
        "cs.CL",
    )
    assert first.authors == "A. Author, B. Author"
    assert (second.arxiv_id, second.title, second.category) == (
        "2403.01745",
        "Another Paper About Retrieval Augmented Generation",
        "cs.IR",
    )


def test_a_markdown_newsletter() -> None:
    found = refs(
        """
        # The Batch, Issue 42

        Home | About | Subscribe

        ## Papers

        1. **[Attention Is All You Need](https://arxiv.org/abs/1706.03762v5)** — Vaswani et al.
           The Transformer replaces recurrence with attention. Code: https://github.com/tensorflow/tensor2tensor

        2. **Language Models are Few-Shot Learners**
           arXiv: 2005.14165
           GPT-3 shows in-context learning at scale.

        - [Denoising Diffusion Probabilistic Models](https://papers.nips.cc/paper/4c5b.html): diffusion.

        ## News

        - OpenAI Releases GPT-4 to Paying Customers
        - Google Announces Gemini Model Family

        ## Blog posts

        - The Illustrated Transformer https://jalammar.github.io/illustrated-transformer/

        ## Comments

        **alice**: Great issue! Also read Deep Residual Learning for Image Recognition, it's a classic.
        """
    )
    assert [(r.title, r.arxiv_id) for r in found] == [
        ("Attention Is All You Need", "1706.03762"),
        ("Language Models are Few-Shot Learners", "2005.14165"),
        ("Denoising Diffusion Probabilistic Models", None),
        # (a reader's comment recommends a paper by its title: the newsletter's readers name papers too)
        ("Deep Residual Learning for Image Recognition", None),
    ]
    attention = found[0]
    assert attention.version == 5
    assert attention.authors == "Vaswani et al."
    assert attention.code_url == "https://github.com/tensorflow/tensor2tensor"
    assert found[1].summary == "GPT-3 shows in-context learning at scale."


def test_a_code_link_belongs_to_its_own_paper_only() -> None:
    first, second = refs(
        """
        Denoising Diffusion Implicit Models https://arxiv.org/abs/2010.02502
        采样更快。
        代码：https://github.com/ermongroup/ddim.git

        Score-Based Generative Modeling through Stochastic Differential Equations https://arxiv.org/abs/2011.13456
        统一了扩散模型。
        """
    )
    assert first.code_url == "https://github.com/ermongroup/ddim"
    assert second.code_url is None


def test_summary_stops_at_the_page_tail() -> None:
    reference = one(
        """
        Supervised Contrastive Learning https://arxiv.org/abs/2004.11362
        交叉熵是广泛使用的损失函数。

        推荐阅读
        Understanding Deep Learning Requires Rethinking Generalization
        """
    )
    assert reference.summary == "交叉熵是广泛使用的损失函数。"


def test_raw_is_the_digest_text_bounded() -> None:
    long_line = (
        "A Very Long Title About Transformers https://arxiv.org/abs/2004.11886 " + "很长的摘要。" * 100
    )
    reference = one(long_line + "\n")
    assert len(reference.raw) <= RAW_LIMIT
    assert long_line.startswith(reference.raw.rstrip("…"))


# --- traps: never papers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "作者的微博 https://weibo.com/1402400261/K8wjSoUDC\n",
        "知识星球：https://t.zsxq.com/yFQV7am\n",
        "原文：https://mp.weixin.qq.com/s/AbCdEf123\n",
        "image.png\nf01.png.jpgf02.png.jpg\n![Figure 1: Attention Is All You Need](fig1.png)\n",
        "Dodrio is available at > this https URL.\n",
        "Quoc V. Le\n\nhttps://arxiv.org/search/?query=Quoc+V.+Le&searchtype=all&source=header\n",
        "Recent papers: https://arxiv.org/list/cs.LG/recent and https://arxiv.org/a/le_q_1\n",
        "The Illustrated Transformer https://jalammar.github.io/illustrated-transformer/\n",
        "## News\n\n- OpenAI Releases GPT-4 Turbo With Vision\n",
        "Google Announces Gemini: A Family of Highly Capable Multimodal Models\n\n"
        "今天谷歌发布了新模型，引起了广泛关注。\n",
        "正文\n\n相关推荐\n\n"
        "Understanding Deep Learning Requires Rethinking Generalization\n\n发表于 02-21\n",
        "正文 Some Paper https://arxiv.org/abs/2004.11886\n\n全部评论 (3)\n\n"
        "**bob**: Deep Residual Learning for Image Recognition is better\n",
        "  • 序言:七十年代末,一起剥皮案震惊了整个滨河市,随后出现的几起案子\n"
        "    沈念sama阅读 212,884评论 6 492\n",
        "Home About Blog Contact Subscribe\n\nSign In To Read More\n",
        "发表于 2021.12.01，电话 0755-12345678，版本 v2.1.0，DOI 10.1145/3394486.3403172\n",
    ],
)
def test_traps_yield_no_title_only_paper(text: str) -> None:
    found = refs(text)
    assert [r for r in found if r.evidence is Evidence.TITLE_ONLY] == [], [r.title for r in found]
    assert all(r.arxiv_id == "2004.11886" for r in found)


def test_text_without_papers_yields_nothing() -> None:
    extraction = extract_references("今天天气很好。\n\n我们去公园散步。\n")
    assert extraction.references == ()
    assert extraction.names == ()
    assert extract_references("").references == ()


def test_the_documented_example_is_what_ingest_finds() -> None:
    manual = (Path(__file__).resolve().parent.parent / "docs" / "extraction.md").read_text("utf-8")
    example = manual.split("```text\n", 1)[1].split("```", 1)[0]
    extraction = extract_references(example)
    assert [(r.line, r.evidence.value, r.arxiv_id, r.version, r.title) for r in extraction.references] == [
        (1, "title-only", None, None, "Self-supervised Learning from a Multi-view Perspective"),
        (8, "arxiv-link", "2004.11886", 1, "Lite Transformer with Long-Short Range Attention"),
        (12, "title-only", None, None, "HiPPO: Recurrent Memory with Optimal Polynomial Projections"),
    ]
    first, lite, _ = extraction.references
    assert (first.category, first.affiliations) == ("LG", "CMU")
    assert first.authors == "Y H Tsai, Y Wu, R Salakhutdinov, L Morency"
    assert "weibo" not in first.summary
    assert "image.png" not in first.summary
    assert lite.code_url == "https://github.com/mit-han-lab/lite-transformer"
    assert [name.name for name in extraction.names] == ["HiPPO", "SSM"]


def test_a_reference_list_in_the_usual_citation_styles() -> None:
    found = refs(
        """
        Transformer详解

        ## 参考文献

        [1] Vaswani A, Shazeer N, Parmar N, et al. Attention is all you need[J]. Advances in NeurIPS, 2017, 30.
        [2] Devlin J, Chang M W, et al. Bert: Pre-training of deep bidirectional transformers[J]. arXiv preprint arXiv:1810.04805, 2018.
        [3] A. Radford et al., "Language models are unsupervised multitask learners," OpenAI blog, 2019.
        [4] He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning for image recognition. In CVPR.

        版权声明：本文为博主原创文章。
        """
    )
    assert [(r.title, r.arxiv_id) for r in found] == [
        ("Attention is all you need", None),
        ("Bert: Pre-training of deep bidirectional transformers", "1810.04805"),
        ("Language models are unsupervised multitask learners", None),
        ("Deep residual learning for image recognition", None),
    ]
    assert all(r.summary == "" for r in found)


def test_engagement_counters_under_a_post_are_not_summary() -> None:
    reference = one(
        """
        标题：Mixtral of Experts
        链接：https://arxiv.org/abs/2401.04088
        摘要：稀疏混合专家模型。

        阅读原文 阅读 1.2万 在看 56
        """
    )
    assert reference.summary == "稀疏混合专家模型。"


def test_a_giant_line_with_thousands_of_links_stays_linear() -> None:
    line = " ".join(f"Paper Title Number {i} https://arxiv.org/abs/2101.{i:05d}" for i in range(1, 3001))
    started = time.perf_counter()
    extraction = extract_references(line + "\n" + "中文《Some Paper Title Here》。" * 2000 + "\n")
    elapsed = time.perf_counter() - started
    assert len([r for r in extraction.references if r.arxiv_id]) == 3000
    assert extraction.references[0].title == "Paper Title Number 1"
    # Quadratic work on this line took about a minute; linear work takes well under a second.
    assert elapsed < 20, elapsed


def test_ids_repeated_all_over_a_long_listing_stay_linear() -> None:
    listing = "\n".join(
        f"arXiv:hep-th/99{month:02d}{number:03d} https://arxiv.org/abs/2101.{number:05d}"
        for month in range(1, 13)
        for number in range(1, 400)
    )
    started = time.perf_counter()
    extraction = extract_references(listing)
    elapsed = time.perf_counter() - started
    assert len(extraction.references) == 12 * 399 + 399
    repeated = next(r for r in extraction.references if r.arxiv_id == "2101.00001")
    assert len(repeated.lines) == 12  # one reference, every place kept
    assert elapsed < 20, elapsed  # blocks that ran to a paper's last mention made this quadratic


@settings(max_examples=150, deadline=None)
@given(written=written_ids(), before=FILLER, after=FILLER)
def test_any_valid_id_in_a_digest_becomes_a_reference(
    written: tuple[str, str, int | None], before: str, after: str
) -> None:
    form, canonical, version = written
    extraction = extract_references(f"{before}\n{form} {after}\n{after}\n")
    assert [(r.arxiv_id, r.version) for r in extraction.references if r.arxiv_id] == [(canonical, version)]


def test_an_arxiv_daily_table() -> None:
    found = refs(
        """
        | Publish Date | Title | Authors | PDF | Code |
        |:---------|:-----------------------|:---------|:------|:------|
        |**2024-03-04**|**Sparse Mixture of Experts Are Domain Generalizable Learners**|Bo Li et.al.|[2403.01744](http://arxiv.org/abs/2403.01744)|null|
        |**2024-03-04**|**Learning to Reason With Long Contexts**|Ann Lee et.al.|[2403.01745](http://arxiv.org/abs/2403.01745)|**[link](https://github.com/foo/bar)**|
        | Vision Transformer Large Model | 88.5 |
        """
    )
    assert [(r.title, r.arxiv_id, r.code_url) for r in found] == [
        ("Sparse Mixture of Experts Are Domain Generalizable Learners", "2403.01744", None),
        ("Learning to Reason With Long Contexts", "2403.01745", "https://github.com/foo/bar"),
    ]


def test_a_newsletter_with_paper_and_code_links_under_bold_titles() -> None:
    found = refs(
        """
        # 本周 LLM 论文精选

        **1. Mamba: Linear-Time Sequence Modeling with Selective State Spaces**
        [Paper](https://arxiv.org/abs/2312.00752) | [Code](https://github.com/state-spaces/mamba)
        Mamba 用选择性状态空间模型实现线性时间的序列建模。

        **2. RWKV: Reinventing RNNs for the Transformer Era** arXiv:2305.13048
        RWKV 结合了 RNN 和 Transformer 的优点。

        **3. Retentive Network: A Successor to Transformer for Large Language Models**
        Authors: Yutao Sun, Li Dong, Shaohan Huang
        https://arxiv.org/abs/2307.08621
        RetNet 提出了 retention 机制。

        ---
        *本文由 AI 助手整理，欢迎转发。*
        """
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("2312.00752", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"),
        ("2305.13048", "RWKV: Reinventing RNNs for the Transformer Era"),
        ("2307.08621", "Retentive Network: A Successor to Transformer for Large Language Models"),
    ]
    mamba, rwkv, retnet = found
    assert mamba.code_url == "https://github.com/state-spaces/mamba"
    assert mamba.summary == "Mamba 用选择性状态空间模型实现线性时间的序列建模。"
    assert rwkv.summary == "RWKV 结合了 RNN 和 Transformer 的优点。"
    assert retnet.authors == "Yutao Sun, Li Dong, Shaohan Huang"
    assert retnet.summary == "RetNet 提出了 retention 机制。"  # not the footer after the rule


def test_a_section_heading_above_a_bare_link_is_not_its_title() -> None:
    reference = one(
        "# Weekly\n\n## Recent Papers\n\nhttps://arxiv.org/abs/2312.00752\n本文提出了一种新方法。\n"
    )
    assert (reference.arxiv_id, reference.title) == ("2312.00752", None)


def test_a_paper_cited_bare_first_takes_the_title_given_later() -> None:
    reference = one(
        """
        今天的重点是 [2312.00752]，下面细说。

        Mamba: Linear-Time Sequence Modeling with Selective State Spaces https://arxiv.org/abs/2312.00752v2
        """
    )
    assert reference.title == "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"
    assert (reference.version, reference.lines) == (2, (2, 4))
