"""Entries of every shape the extractor reads: one paper per entry, its title earned, its metadata never a paper."""

from __future__ import annotations

import textwrap

import pytest

from paperlist.digests import Reference
from paperlist.ingest.extract import Shape, extract_document, extract_references, sniff
from paperlist.models import Evidence


def refs(text: str, shape: str) -> tuple[Reference, ...]:
    return extract_references(textwrap.dedent(text), shape).references


def found(text: str, shape: str) -> list[str | None]:
    """Each reference as its id, else its title."""
    return [r.arxiv_id or r.openreview_id or r.title for r in refs(text, shape)]


# --- shapes, chosen by content as well as by name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "shape"),
    [
        ("refs.bib", "anything", Shape.BIBTEX),
        ("refs.txt", "% my refs\n@article{a,\n title={A}}\n@misc{b,\n title={B}}\n", Shape.BIBTEX),
        ("export.txt", "TY  - JOUR\nTI  - A Title\nER  - \n", Shape.RIS),
        ("list.tsv", "Title\tURL\n", Shape.TSV),
        ("notes.org", "* Papers\n", Shape.ORG),
        ("plan.md", "plain words", Shape.MARKDOWN),
        ("digest.txt", "# A heading\n- [x](https://a.b)\n- item\n", Shape.TEXT),
        ("https://example.com/page", "# Papers\n\n- one\n- [two](https://a.b)\n**bold**\n", Shape.MARKDOWN),
        ("paper.tex", "\\begin{thebibliography}{9}\n", Shape.TEXT),
    ],
)
def test_the_shape_comes_from_the_name_and_the_content(name: str, text: str, shape: Shape) -> None:
    assert sniff(name, text) is shape


def test_a_file_named_bib_that_is_not_bibtex_is_read_as_text() -> None:
    extraction = extract_document("Attention Is All You Need https://arxiv.org/abs/1706.03762\n", "x.csv")
    assert [r.arxiv_id for r in extraction.references] == ["1706.03762"]


# --- records ------------------------------------------------------------------------------------------------


def test_bibtex_entries_with_eprint_doi_url_and_none() -> None:
    references = refs(
        r"""
        @string{neurips = "Advances in Neural Information Processing Systems"}
        @inproceedings{v, title = {Attention is All you Need}, author = {Vaswani, Ashish and Kaiser, {\L}ukasz},
          booktitle = neurips, year = {2017}}
        @misc{h, title = {Training Compute-Optimal Large Language Models}, eprint = {2203.15556},
          archivePrefix = {arXiv}, primaryClass = {cs.CL}}
        @inproceedings{d, title = {{LLM.int8()}: 8-bit Matrix Multiplication for Transformers at Scale},
          doi = {10.48550/arXiv.2208.07339}}
        @inproceedings{f, title = {{FlashAttention}: Fast and Memory-Efficient Exact Attention with {IO}-Awareness},
          url = {https://arxiv.org/abs/2205.14135}}
        @book{g, title = {Deep Learning}, publisher = {MIT Press}, year = {2016}}
        @software{p, title = {PyTorch}, url = {https://github.com/pytorch/pytorch}}
        @misc{w, title = {The Illustrated Transformer}, howpublished = {\url{https://jalammar.github.io/x/}}}
        """,
        "bibtex",
    )
    assert [(r.arxiv_id, r.evidence, r.title) for r in references] == [
        (None, Evidence.TITLE_ONLY, "Attention is All you Need"),
        ("2203.15556", Evidence.ARXIV_TEXT, "Training Compute-Optimal Large Language Models"),
        (
            "2208.07339",
            Evidence.ARXIV_TEXT,
            "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale",
        ),
        (
            "2205.14135",
            Evidence.ARXIV_LINK,
            "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
        ),
    ]
    assert references[0].authors == "Ashish Vaswani, Łukasz Kaiser"
    assert references[1].category == "cs.CL"
    assert all(r.reason == "the title field of a bibliographic record" for r in references)


def test_ris_records_of_papers_and_not_papers() -> None:
    text = (
        "TY  - JOUR\nTI  - Language Models are Few-Shot Learners\nAU  - Brown, Tom B.\n"
        "UR  - http://arxiv.org/abs/2005.14165\nER  - \n\n"
        "TY  - BOOK\nTI  - Deep Learning\nER  - \n\n"
        "TY  - CPAPER\nTI  - Denoising Diffusion Implicit Models\nUR  - https://openreview.net/forum?id=St1giarCHLP\n"
        "ER  - \n\nTY  - COMP\nTI  - PyTorch\nUR  - https://github.com/pytorch/pytorch\nER  - \n"
    )
    extraction = extract_references(text, "ris")
    assert [(r.line, r.arxiv_id or r.openreview_id) for r in extraction.references] == [
        (1, "2005.14165"),
        (11, "St1giarCHLP"),
    ]
    assert extraction.references[0].authors == "Tom B. Brown"
    assert {item.why for item in extraction.rejected} == {"a book", "software"}


def test_an_rss_feed_item_is_a_paper_when_it_links_one() -> None:
    feed = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>cs.LG updates on arXiv.org</title>\n'
        "<item>\n<title>Decision Transformer: Reinforcement Learning via Sequence Modeling. "
        "(arXiv:2106.01345v1 [cs.LG])</title>\n<link>http://arxiv.org/abs/2106.01345</link>\n"
        "<description>&lt;p&gt;RL as sequence modeling.&lt;/p&gt;</description>\n</item>\n"
        "<item><title>Our retreat photos</title><link>https://blog.example.com/retreat</link></item>\n"
        "</channel></rss>\n"
    )
    assert sniff("updates.xml", feed) is Shape.FEED
    extraction = extract_references(feed, "feed")
    assert [(r.line, r.arxiv_id, r.title, r.summary) for r in extraction.references] == [
        (
            3,
            "2106.01345",
            "Decision Transformer: Reinforcement Learning via Sequence Modeling",
            "RL as sequence modeling.",
        ),
    ]
    assert [item.why for item in extraction.rejected] == ["a feed item linking a web page, not a paper"]


def test_csv_columns_are_found_by_header_and_content() -> None:
    references = refs(
        """\
        Name,URL,Tags,Notes
        "ReAct: Synergizing Reasoning and Acting in Language Models",https://arxiv.org/abs/2210.03629,agents,
        "Generative Agents: Interactive Simulacra of Human Behavior",https://dl.acm.org/doi/10.1145/3586183.3606763,sim,
        "Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection",,retrieval,"find link"
        "ReAct (OpenReview version)",https://openreview.net/forum?id=WE_vluYUL-X,agents,"dup of row 1"
        "LangChain docs — Agents",https://python.langchain.com/docs/modules/agents/,tools,not a paper
        "AutoGPT",https://github.com/Significant-Gravitas/AutoGPT,repo,
        "Priority list 2024.02",,meta,
        """,
        "csv",
    )
    assert [(r.line, r.arxiv_id, r.openreview_id, r.title) for r in references] == [
        (2, "2210.03629", "WE_vluYUL-X", "ReAct: Synergizing Reasoning and Acting in Language Models"),
        (3, None, None, "Generative Agents: Interactive Simulacra of Human Behavior"),
        (4, None, None, "Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection"),
    ]
    assert references[1].reason == "links to a paper's page"


def test_tsv_without_a_title_header_finds_the_title_column_by_content() -> None:
    text = (
        "added\tthing\tlink\n2024-01-02\tScaling Laws for Neural Language Models\thttps://arxiv.org/abs/2001.08361\n"
        "2024-01-03\tTraining Compute-Optimal Large Language Models\thttps://arxiv.org/abs/2203.15556\n"
    )
    assert [(r.arxiv_id, r.title) for r in refs(text, "tsv")] == [
        ("2001.08361", "Scaling Laws for Neural Language Models"),
        ("2203.15556", "Training Compute-Optimal Large Language Models"),
    ]


# --- Markdown entries ---------------------------------------------------------------------------------------


def test_a_lead_line_with_its_field_list_is_one_paper_and_its_metadata_none() -> None:
    references = refs(
        """
        ## Week 1 — Architecture

        **Devlin et al. (2018)** - BERT
        - Title: BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding
        - arXiv: [1810.04805](https://arxiv.org/pdf/1810.04805v2.pdf)
        - Priority: High
        - Topics: masked LM, fine-tuning
        - Notes: take the v2 PDF

        Day 2: read Vidal (2007) before the architecture session.
        """,
        "markdown",
    )
    (bert,) = references
    assert (bert.arxiv_id, bert.version, bert.title) == (
        "1810.04805",
        2,
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    )
    assert bert.authors == "Devlin et al. (2018)"
    assert bert.summary == "take the v2 PDF"


def test_a_table_is_read_by_its_paper_column_and_a_table_of_libraries_gives_nothing() -> None:
    references = refs(
        """
        | Paper | Venue | Code |
        |-------|-------|------|
        | [Reformer: The Efficient Transformer](https://openreview.net/forum?id=rkgNKkHtvB) | ICLR 2020 | [google/trax](https://github.com/google/trax) |
        | [Swin Transformer: Hierarchical Vision Transformer using Shifted Windows](https://openaccess.thecvf.com/content/ICCV2021/html/x.html) | ICCV 2021 | - |
        | Efficient Transformers: A Survey | ACM CSUR 2022 | - |

        | Project | What |
        |---------|------|
        | [xFormers](https://github.com/facebookresearch/xformers) | kernels |
        """,
        "markdown",
    )
    assert [(r.openreview_id, r.title, r.reason) for r in references] == [
        ("rkgNKkHtvB", "Reformer: The Efficient Transformer", "the text of its link"),
        (
            None,
            "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
            "links to a paper's page",
        ),
        (None, "Efficient Transformers: A Survey", "the paper column of a table"),
    ]
    assert references[0].code_url == "https://github.com/google/trax"


def test_checkbox_items_of_a_thread_and_its_comment_headers() -> None:
    references = refs(
        """
        # Reading list before we reproduce the baselines #42

        **Open** · nadia-k opened this issue on Feb 6, 2024 · 7 comments

        **nadia-k** commented on Feb 6, 2024

        ### Must read
        - [x] LoRA: Low-Rank Adaptation of Large Language Models (arXiv 2106.09685)
        - [ ] Prefix-Tuning: Optimizing Continuous Prompts for Generation (arXiv:2101.00190)
        - [ ] Towards a Unified View of Parameter-Efficient Transfer Learning — ICLR 2022, https://openreview.net/forum?id=0RDcd5Axok
        - [ ] Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning (AdaLoRA, ICLR 2023)
        - [ ] GPT Understands, Too (P-tuning)

        **tvo** commented on Feb 7, 2024

        LoRA done ✅ The LoRA paper is https://arxiv.org/pdf/2106.09685v2.pdf btw.

        **github-actions** bot added the `stale` label on Mar 13, 2024
        """,
        "markdown",
    )
    assert [(r.arxiv_id or r.openreview_id, r.title) for r in references] == [
        ("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models"),
        ("2101.00190", "Prefix-Tuning: Optimizing Continuous Prompts for Generation"),
        ("0RDcd5Axok", "Towards a Unified View of Parameter-Efficient Transfer Learning"),
        (None, "Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning"),
        (None, "GPT Understands, Too"),
    ]
    assert references[0].version == 2  # the comment's v2 link is the same paper
    assert (references[3].reason, references[3].weak) == ("given with its venue and year", False)
    assert (references[4].reason, references[4].weak) == (
        "an item of a list whose other items are papers",
        True,
    )


def test_items_that_are_books_blogs_or_repositories_are_not_papers() -> None:
    assert (
        refs(
            """
            ## Background

            - Book: Goodfellow, Bengio & Courville (2016), *Deep Learning*, ch. 10
            - Blog: "The Illustrated Transformer" — https://jalammar.github.io/illustrated-transformer/
            - Repo: https://github.com/karpathy/nanoGPT
            - [VISSL](https://github.com/facebookresearch/vissl) — model zoo and benchmark scripts
            """,
            "markdown",
        )
        == ()
    )


def test_a_newsletter_s_chrome_sponsor_and_news_are_not_papers() -> None:
    references = refs(
        """
        **Gradient Notes** — Issue #58
        *View in browser · Forward to a friend · Unsubscribe*

        **Emergence, named.** Some tasks are flat at chance until a scale threshold, then jump.
        *Emergent Abilities of Large Language Models* — https://arxiv.org/abs/2206.07682. Short and readable.

        **Math, finally.** The paper, "Solving Quantitative Reasoning Problems with Language Models", moves the
        state of the art on MATH by a wide margin.

        ## News (skim)
        - Hugging Face raised a $100M Series C. ([their blog](https://huggingface.co/blog))

        **Sponsor** — *GPU Hours Inc.* rents A100s by the minute.
        **Jobs** — The Tiny Models Lab is hiring a research engineer.
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title) for r in references] == [
        ("2206.07682", "Emergent Abilities of Large Language Models"),
        (None, "Solving Quantitative Reasoning Problems with Language Models"),
    ]
    assert references[1].reason == "quoted and called a paper"


def test_an_english_blog_s_numbered_headings_are_sections_not_papers() -> None:
    assert (
        refs(
            """
            ## 1. Start from a codebase that already works
            I started from nanoGPT and later moved to litgpt.

            ## 3. Mixed precision training
            Use bf16 autocast if your GPUs support it.

            ## 12. Read the good blog posts
            Andrej Karpathy's ["A Recipe for Training Neural Networks"](https://karpathy.github.io/2019/04/25/recipe/).
            """,
            "markdown",
        )
        == ()
    )


def test_field_paragraphs_of_a_japanese_post() -> None:
    references = refs(
        """
        ## 3. Textual Inversion

        **論文**: An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion
        **プロジェクトページ**: https://textual-inversion.github.io/

        モデルの重みには一切触らず、新しい単語埋め込みを学習する手法。

        ## 6. Consistency Models

        **論文**: Consistency Models（arXiv:2303.01469）

        ## 7. Mixtral

        - 論文タイトル: Mixtral of Experts
        - 論文URL: https://arxiv.org/abs/2401.04088
        """,
        "markdown",
    )
    assert [(r.arxiv_id, r.title, r.reason) for r in references] == [
        (
            None,
            "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion",
            "labelled as the title",
        ),
        ("2303.01469", "Consistency Models", "labelled as the title"),
        ("2401.04088", "Mixtral of Experts", "labelled as the title"),
    ]
    assert references[0].summary.startswith("モデルの重み")


def test_an_org_mode_list() -> None:
    references = refs(
        """
        #+TITLE: Deep learning classics
        * Foundations                                                          :core:
          1. [X] Long Short-Term Memory — Hochreiter & Schmidhuber (1997)
             CLOSED: [2024-01-21 Sun 18:40]
          2. [ ] Understanding the difficulty of training deep feedforward neural networks — Glorot & Bengio (2010)
             :PROPERTIES:
             :Priority: medium
             :END:
        * Schedule                                                         :noexport:
          - Day 2: read Vidal (2007) ch. 3, then item 4
        * Books (not part of the count)
          - Sutton & Barto, /Reinforcement Learning: An Introduction/, 2nd ed. (2018)
        #+begin_src python
        print("Attention Is All You Need")
        #+end_src
        """,
        "org",
    )
    assert [(r.title, r.authors, r.reason) for r in references] == [
        ("Long Short-Term Memory", "Hochreiter & Schmidhuber (1997)", "given with its authors"),
        (
            "Understanding the difficulty of training deep feedforward neural networks",
            "Glorot & Bengio (2010)",
            "given with its authors",
        ),
    ]


# --- plain text entries -------------------------------------------------------------------------------------


def test_reference_sections_in_acl_ieee_apa_and_latex_styles() -> None:
    acl = """
        References

        Ian Goodfellow, Yoshua Bengio, and Aaron Courville. 2016. Deep Learning. MIT
        Press.

        Ari Holtzman, Jan Buys, Li Du, Maxwell Forbes, and Yejin Choi. 2020. The
        curious case of neural text degeneration. In International Conference on
        Learning Representations.

        Yinhan Liu, Myle Ott, and Veselin Stoyanov. 2019. RoBERTa: A
        robustly optimized BERT pretraining approach. arXiv preprint arXiv:1907.11692.

        Doha, Qatar. Association for Computational Linguistics.

        A Hyperparameters

        Table 8 lists learning rates.
        """
    assert [(r.arxiv_id, r.title) for r in refs(acl, "text")] == [
        (None, "The curious case of neural text degeneration"),
        ("1907.11692", "RoBERTa: A robustly optimized BERT pretraining approach"),
    ]
    ieee = """
        REFERENCES
        [1] K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image
            recognition," in Proc. IEEE Conf. Comput. Vis. Pattern Recognit., 2016.
        [2] I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning. Cambridge, MA,
            USA: MIT Press, 2016.
        [3] D. P. Kingma and J. Ba, "Adam: A method for stochastic optimization,"
            arXiv preprint arXiv:1412.6980, 2014.
        """
    assert [(r.arxiv_id, r.title) for r in refs(ieee, "text")] == [
        (None, "Deep residual learning for image recognition"),
        ("1412.6980", "Adam: A method for stochastic optimization"),
    ]
    apa = """
        ## References

        He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning for image recognition. In *CVPR*.

        Russell, S., & Norvig, P. (2020). *Artificial intelligence: A modern approach* (4th ed.). Pearson.
        """
    assert found(apa, "markdown") == ["Deep residual learning for image recognition"]
    latex = r"""
        \begin{thebibliography}{10}
        \bibitem[Devlin et~al.(2019)]{devlin2019bert}
        Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova.
        \newblock {BERT}: Pre-training of deep bidirectional transformers for language
          understanding.
        \newblock In \emph{Proceedings of NAACL-HLT}, 2019.
        \bibitem{hu2022lora}
        E.~J. Hu and W.~Chen, ``{LoRA}: Low-rank adaptation of large language models,'' in
          \emph{ICLR}, 2022. Available: \url{https://openreview.net/forum?id=nZeVKeeFYf9}
        \end{thebibliography}
        """
    assert [(r.openreview_id, r.title) for r in refs(latex, "text")] == [
        (None, "BERT: Pre-training of deep bidirectional transformers for language understanding"),
        ("nZeVKeeFYf9", "LoRA: Low-rank adaptation of large language models"),
    ]


def test_an_arxiv_listing_email_record_by_record() -> None:
    references = refs(
        r"""
        From: no-reply@arxiv.org
        Subject: cs daily Subj-class mailing 7f 1
         received from  Wed  2 Jun 21 18:00:00 GMT  to  Thu  3 Jun 21 18:00:00 GMT
        ------------------------------------------------------------------------------
        \\
        arXiv:2106.07447 (*cross-listing*)
        Date: Mon, 14 Jun 2021 14:14:28 GMT   (585kb,D)

        Title: HuBERT: Self-Supervised Speech Representation Learning by Masked
          Prediction of Hidden Units
        Authors: Wei-Ning Hsu, Benjamin Bolte, Yao-Hung Hubert Tsai
        Categories: cs.CL cs.AI cs.LG eess.AS
        \\
          Predicts offline cluster assignments for masked speech frames.
        \\ ( https://arxiv.org/abs/2106.07447 ,  585kb)
        ------------------------------------------------------------------------------
        My notes:
        - reproduce HuBERT with fairseq
        """,
        "text",
    )
    (hubert,) = references
    assert hubert.title == (
        "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units"
    )
    assert (hubert.authors, hubert.category) == (
        "Wei-Ning Hsu, Benjamin Bolte, Yao-Hung Hubert Tsai",
        "cs.CL",
    )
    assert hubert.summary == "Predicts offline cluster assignments for masked speech frames."
    assert hubert.reason == "the Title: of an arXiv listing record"


def test_an_accepted_papers_list_of_title_and_authors_lines() -> None:
    references = refs(
        """
        ICLR 2021 · Ninth International Conference on Learning Representations
        Papers › Browse › Accepted

        Autoregressive Entity Retrieval
        Nicola De Cao · Gautier Izacard · Sebastian Riedel · Fabio Petroni

        What Matters for On-Policy Deep Actor-Critic Methods? A Large-Scale Study
        Marcin Andrychowicz · Anton Raichuk · Piotr Stańczyk

        Direct Preference Optimization: Your Language Model is Secretly a Reward Model
        Rafael Rafailov, Archit Sharma, Eric Mitchell, Stefano Ermon
        Oral · Tue Dec 12

        « Previous  1  Next »
        """,
        "text",
    )
    assert [(r.title, r.reason) for r in references] == [
        ("Autoregressive Entity Retrieval", "given with its authors"),
        (
            "What Matters for On-Policy Deep Actor-Critic Methods? A Large-Scale Study",
            "given with its authors",
        ),
        (
            "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
            "given with its authors",
        ),
    ]


def test_a_thread_of_posts_each_post_its_own_entry() -> None:
    references = refs(
        """
        Pixel Papers @pixelpapers · Mar 18, 2024
        🧵 The vision papers I keep coming back to. 1/4

        Pixel Papers @pixelpapers · Mar 18, 2024
        2/ Segment Anything. Promptable segmentation + a data engine.
        arxiv.org/abs/2304.02643

        Pixel Papers @pixelpapers · Mar 18, 2024
        3/ BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models — the Q-Former idea. t.co/Qf8rT2xLwA

        Pixel Papers @pixelpapers · Mar 18, 2024
        4/ And the newest one: the SD3 paper 📈
        huggingface.co/papers/2403.03206
        """,
        "text",
    )
    assert [(r.arxiv_id, r.title) for r in references] == [
        ("2304.02643", "Segment Anything"),
        (
            None,
            "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models",
        ),
        ("2403.03206", None),
    ]


def test_a_chat_export_s_message_headers_end_messages() -> None:
    references = refs(
        """
        mina  9:14 AM
        for thursday let's do the Mamba paper https://arxiv.org/abs/2312.00752
        also: "Efficiently Modeling Long Sequences with Structured State Spaces"

        joao  9:22 AM
        RWKV paper: https://arxiv.org/abs/2305.13048
        the blog post https://hazyresearch.stanford.edu/blog/2022-01-14-s4-1 is gentler
        """,
        "text",
    )
    assert [(r.arxiv_id, r.title, r.weak) for r in references] == [
        ("2312.00752", None, False),
        (None, "Efficiently Modeling Long Sequences with Structured State Spaces", True),
        ("2305.13048", None, False),
    ]


@pytest.mark.parametrize("shape", ["text", "markdown"])
def test_deeply_indented_lines_and_long_headers_stay_linear(shape: str) -> None:
    """Patterns that skipped indentation before a name backtracked over it: 20,000 such lines took 20 s."""
    import time

    text = "\n".join("  " * (i % 40) + "- item" for i in range(20000)) + "\n"
    text += "\n".join("nadia commented " + "x " * 80 for _ in range(2000)) + "\n"
    started = time.perf_counter()
    assert extract_references(text, shape).references == ()
    assert time.perf_counter() - started < 20  # generous: linear work takes about a second, loaded
