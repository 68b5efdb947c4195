"""Kinds and habits the blind rounds 64 and 65 brought (tests/data/digests-round64, -round65), each written here in
a small digest of its own: a program's source read for its comments in the languages that mark them their own way
(Haskell's Haddock, ML's `(* … *)`, Lisp's `;`), and prose under a source's `# References` heading."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from tests.reading import decoded_titles

HADDOCK = """\
{-# LANGUAGE BangPatterns #-}
{-|
Module      : Retrieval.Index
Description : Прототипы индексов для поиска
Maintainer  : someone@lab.example.org

Реализации по статьям семинара.

= Литература

* __Dense Passage Retrieval for Open-Domain Question Answering__ — Vladimir Karpukhin, Barlas Oğuz et al., EMNLP 2020.
* Improving language models by retrieving from trillions of tokens — Sebastian Borgeaud et al., ICML 2022.
-}
module Retrieval.Index
  ( -- * Индексы
    build
  , query
  ) where

-- | Поиск по близости, как в "Billion-scale similarity search with GPUs" (Johnson et al., 2019).
--
-- >>> query idx (fromList [0.1, 0.2])
-- [3,7]
query
  :: Index
  -> Vector Double
  -> [Int]
query !idx v = topK 10 (scores idx v)

build
  :: [Vector Double]
  -> Index
build = Index . fromList

-- | Scores of every stored vector against a query.
scores
  :: Index
  -> Vector Double
  -> Vector Double
scores (Index m) v = m #> v

-- | The k best.
--
-- >>> topK 2 (fromList [0.5, 0.9, 0.1])
-- [1,0]
topK
  :: Int
  -> Vector Double
  -> [Int]
topK k = take k . sortIndex
"""


def test_a_haskell_module_is_read_for_its_haddock_comments_not_as_a_question_bank() -> None:
    # (its type signatures open lines with `::` and its pragmas and comments sit in braces, as a Moodle question
    # bank's names and answers do; the module's references and a function's comment each name papers)
    label, titles = decoded_titles(HADDOCK.encode(), "Index.hs")
    assert not label.startswith("gift/")
    assert set(titles) == {
        "Dense Passage Retrieval for Open-Domain Question Answering",
        "Improving language models by retrieving from trillions of tokens",
        "Billion-scale similarity search with GPUs",
    }


def test_sources_in_other_comment_syntaxes_give_their_comments_papers_and_their_code_none() -> None:
    ocaml = """\
    (* Sampling strategies for the decoder.

       Following "The Curious Case of Neural Text Degeneration" (Holtzman et al., ICLR 2020)
       for nucleus sampling. *)

    let top_p p logits =
      let sorted = List.sort compare logits in
      ignore p; sorted

    (* Beam search as in Sequence to Sequence Learning with Neural Networks (NeurIPS 2014). *)
    let beam k = k
    """
    lisp = """\
    ;;; reading.el --- a reading list in my init -*- lexical-binding: t -*-

    ;; Papers for the retrieval seminar:
    ;;   "Dense X Retrieval: What Retrieval Granularity Should We Use?" (Chen et al., 2023)
    ;;   https://arxiv.org/abs/2005.11401

    (defun my/open-paper (id)
      "Open the arXiv page of ID in a browser."
      (browse-url (concat "https://arxiv.org/abs/" id)))

    (setq my/reading-limit 12) ; Remaining Weekly Slots For New Papers
    """
    assert decoded_titles(textwrap.dedent(ocaml).encode(), "sampling.ml")[1] == {
        "The Curious Case of Neural Text Degeneration": None,
        "Sequence to Sequence Learning with Neural Networks": None,
    }
    # (the link on the line under the title is its paper's; a function's docstring and a comment trailing code
    # name no paper)
    assert decoded_titles(textwrap.dedent(lisp).encode(), "reading.el")[1] == {
        "Dense X Retrieval: What Retrieval Granularity Should We Use?": "2005.11401"
    }


def test_prose_under_a_source_s_references_heading_is_read_for_the_papers_it_links_and_cites() -> None:
    # (rustdoc's `# References` heads a module's or an item's prose, not a bibliography: a sentence that links a
    # title or cites one as `(Zaheer et al., NeurIPS 2020)` names it)
    source = """\
    //! Attention kernels.
    //!
    //! # References
    //!
    //! The reference kernel is the one in
    //! [Attention Is All You Need](https://arxiv.org/abs/1706.03762), section 3.2.1.

    /// Which kernel a layer runs.
    pub enum Kernel {
        /// The quadratic kernel.
        Naive,
        /// Global, sliding-window and random blocks. The pattern is the one
        /// from Big Bird: Transformers for Longer Sequences (Zaheer et al., NeurIPS 2020); we only
        /// implement ITC.
        BlockSparse,
    }
    """
    assert decoded_titles(textwrap.dedent(source).encode(), "kernels.rs")[1] == {
        "Attention Is All You Need": "1706.03762",
        "Big Bird: Transformers for Longer Sequences": None,
    }


SCRIBUS = """\
<?xml version="1.0" encoding="UTF-8"?>
<SCRIBUSUTF8NEW Version="1.5.8">
  <DOCUMENT ANZPAGES="1" TITLE="Locandina">
    <STYLE NAME="Default Paragraph Style" DefaultStyle="1" FONTSIZE="11"/>
    <STYLE NAME="Titolo" PARENT="Default Paragraph Style" FONTSIZE="30"/>
    <STYLE NAME="Voce" PARENT="Default Paragraph Style"/>
    <PAGEOBJECT XPOS="40" YPOS="40" PTYPE="4" ANNAME="Testata">
      <StoryText>
        <DefaultStyle/>
        <ITEXT CH="Gruppo di lettura"/>
        <trail PARENT="Titolo"/>
      </StoryText>
    </PAGEOBJECT>
    <PAGEOBJECT XPOS="40" YPOS="190" PTYPE="4" ANNAME="Programma">
      <StoryText>
        <DefaultStyle/>
        <ITEXT FONT="Source Sans Pro Bold" CH="16 maggio"/>
        <tab/>
        <ITEXT FONT="Source Sans Pro Italic" CH="Deep contextualized word representations"/>
        <breakline/>
        <ITEXT CH="Matthew E. Peters, Mark Neumann, Mohit Iyyer et al. — NAACL 2018 · presenta Davide"/>
        <para PARENT="Voce"/>
        <ITEXT FONT="Source Sans Pro Bold" CH="23 maggio"/>
        <tab/>
        <ITEXT FONT="Source Sans Pro Bold" CH="Sentence-BERT:"/>
        <ITEXT CH=" Sentence Embeddings using Siamese BERT-Networks"/>
        <breakline/>
        <ITEXT CH="Nils Reimers, Iryna Gurevych — arxiv.org/abs/1908.10084"/>
        <para PARENT="Voce"/>
        <ITEXT FONT="Source Sans Pro Bold" CH="30 maggio"/>
        <tab/>
        <ITEXT CH="Efficient Estimation of Word Representations in Vector Space"/>
        <breakline/>
        <ITEXT CH="Tomas Mikolov, Kai Chen, Greg Corrado et al. — arXiv:1301.3781 · presenta Chiara"/>
        <trail PARENT="Voce"/>
      </StoryText>
    </PAGEOBJECT>
  </DOCUMENT>
</SCRIBUSUTF8NEW>
"""


def test_a_scribus_poster_is_read_as_the_text_its_frames_print() -> None:
    # (each programme line: a date in bold and a tab stop, the title, a line break, its authors and where to find it)
    label, titles = decoded_titles(SCRIBUS.encode(), "locandina.sla")
    assert label.startswith("scribus/")
    assert titles == {
        "Deep contextualized word representations": None,
        "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks": "1908.10084",
        "Efficient Estimation of Word Representations in Vector Space": "1301.3781",
    }


def test_a_title_line_then_names_and_the_paper_s_id_or_page_make_one_paper() -> None:
    # (the authors line gives the paper's id or page after a dash, and the writer's note after a dot)
    text = """\
    # Programm

    **2. Mai** · *Attention is Not Only a Weight: Analyzing Transformers with Vector Norms*
    Goro Kobayashi, Tatsuki Kuribayashi, Sho Yokoi et al. — arXiv:2004.10102 · stellt Jonas vor

    **9. Mai** · The Power of Scale for Parameter-Efficient Prompt Tuning
    Brian Lester, Rami Al-Rfou, Noah Constant — https://arxiv.org/abs/2104.08691
    """
    assert decoded_titles(textwrap.dedent(text).encode(), "programm.md")[1] == {
        "Attention is Not Only a Weight: Analyzing Transformers with Vector Norms": "2004.10102",
        "The Power of Scale for Parameter-Efficient Prompt Tuning": "2104.08691",
    }


def test_a_quoted_title_then_a_dash_and_its_authors_is_a_paper_however_short() -> None:
    # (a bot's log: a five-word title in quotes, its authors after a dash, `et al.` in the writer's language)
    log = """\
    2024-05-14 08:02:00 paperbot[41873]: Bot đã khởi động.

    2024-05-14 08:02:03 paperbot[41873]: Đã lưu #44 (chỉ tiêu đề): “Textbooks Are All You Need” — Suriya Gunasekar, Yi Zhang và cộng sự; nhãn: data-quality

    2024-05-14 08:02:09 paperbot[41873]: Đã lưu #45: “The Ultimate Guide” — trang blog của nhóm
    """
    assert decoded_titles(textwrap.dedent(log).encode(), "paperbot.log")[1] == {
        "Textbooks Are All You Need": None
    }


def test_lisp_data_is_read_as_the_records_it_writes_edn_and_a_notmuch_s_expression() -> None:
    edn = """\
    {:version 1,
     :blocks
     ({:block/id #uuid "7e76962e-d612-5f0b-9fd3-88aeb4a09db5",
       :block/properties {:tags #{"nlp" "paper"}, :ano 2019},
       :block/children
       [{:block/id #uuid "2fb65c9b-58ac-50aa-a398-19164c23f6bd",
         :block/content "link:: https://arxiv.org/abs/1908.10084"}],
       :block/content "**Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks** — Reimers & Gurevych, EMNLP 2019"}
      {:block/id #uuid "ce71ecf0-cb9d-52d3-a244-6ebbb2e3e57c",
       :block/content "GENRE = Autoregressive Entity Retrieval (De Cao, Izacard, Riedel, Petroni — ICLR 2021)"})}
    """
    label, titles = decoded_titles(textwrap.dedent(edn).encode(), "pages.edn")
    assert label.startswith("json/lisp/")
    assert "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks" in titles
    assert "Autoregressive Entity Retrieval" in titles  # (`GENRE =`: its short name, set equal to it)
    assert "1908.10084" in titles.values()
    sexp = (
        '((((:id "87h6e4k2ab.fsf@lab.example.gr" :match t :excluded nil :timestamp 1715671351'
        ' :tags ("inbox" "lists") :body ((:id 1 :content-type "text/plain" :content "Καλησπέρα,\\n\\n'
        "Συνάντηση 1\\n  * Supervised Contrastive Learning\\n    Prannay Khosla, Piotr Teterwak, Chen Wang κ.ά.,"
        ' NeurIPS 2020\\n    https://arxiv.org/abs/2004.11362\\n\\nΠροτείνω και το \\"Self-Supervised'
        ' Variational Auto-Encoders\\" (Ioannis Gatopoulos, Jakub M. Tomczak, 2020) για την επόμενη φορά.\\n"))'
        ' :headers (:Subject "[ssl] Πρόγραμμα" :From "Ελένη <eleni@lab.example.gr>" :Date "Tue, 14 May 2024"))'
        " ())))\n"
    )
    label, titles = decoded_titles(sexp.encode(), "thread.sexp")
    assert label.startswith("json/lisp/")
    assert titles == {
        "Supervised Contrastive Learning": "2004.11362",
        "Self-Supervised Variational Auto-Encoders": None,
    }


def test_a_siyuan_note_is_read_as_its_document_each_paragraph_s_pieces_together() -> None:
    def text(words: str) -> dict[str, object]:
        return {"Type": "NodeText", "Data": words}

    def item(*pieces: dict[str, object]) -> dict[str, object]:
        paragraph = {"Type": "NodeParagraph", "Children": list(pieces)}
        return {"Type": "NodeListItem", "ListData": {"Marker": "Kg=="}, "Children": [paragraph]}

    link = {"Type": "NodeTextMark", "TextMarkType": "a", "TextMarkAHref": "https://arxiv.org/abs/2308.03688"}
    note = {
        "ID": "20240513210000-abcdefg",
        "Type": "NodeDocument",
        "Properties": {"title": "读书会"},
        "Children": [
            {"Type": "NodeHeading", "HeadingLevel": 2, "Children": [text("智能体")]},
            {
                "Type": "NodeList",
                "ListData": {},
                "Children": [
                    item(
                        text("DoRA: Weight-Decomposed Low-Rank Adaptation"),
                        text(" — Shih-Yang Liu、Chien-Yi Wang、Hongxu Yin 等，ICML 2024。链接稍后补。"),
                    ),
                    item(
                        text("AgentBench: Evaluating LLMs as Agents — Xiao Liu 等。"),
                        {**link, "TextMarkTextContent": "arxiv.org/abs/2308.03688"},
                    ),
                ],
            },
        ],
    }
    label, titles = decoded_titles(json.dumps(note, ensure_ascii=False).encode(), "20240513210000-abcdefg.sy")
    assert label.startswith("siyuan/")
    assert titles == {
        "DoRA: Weight-Decomposed Low-Rank Adaptation": None,
        "AgentBench: Evaluating LLMs as Agents": "2308.03688",
    }


def test_an_italic_sentence_case_title_then_its_authors_is_a_paper_not_a_label() -> None:
    text = """\
    ## Sitzung 1

    - **Deep Residual Learning for Image Recognition** – Kaiming He, Xiangyu Zhang, Shaoqing Ren u. a., CVPR 2016.
    - *Understanding the difficulty of training deep feedforward neural networks* – Xavier Glorot, Yoshua Bengio, AISTATS 2010.
    - **Woche 2** – Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift
    """
    assert set(decoded_titles(textwrap.dedent(text).encode(), "notiz.md")[1]) == {
        "Deep Residual Learning for Image Recognition",
        "Understanding the difficulty of training deep feedforward neural networks",
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
    }


def test_records_that_are_feeds_or_typed_as_no_paper_give_no_paper_by_any_of_their_words() -> None:
    # (a feed reader's entry holds its feed, titled by the site; a search index's record is typed by a class in
    # the writer's language, its name never read again as prose)
    entries = {
        "total": 2,
        "entries": [
            {
                "id": 1,
                "title": "Adding Conditional Control to Text-to-Image Diffusion Models",
                "url": "https://arxiv.org/abs/2302.05543",
                "feed": {
                    "id": 41,
                    "title": "cs.CV updates on arXiv.org",
                    "feed_url": "https://rss.arxiv.org/rss/cs.CV",
                },
            },
            {
                "id": 2,
                "title": "Merging LoRA adapters in diffusers",
                "url": "https://huggingface.co/blog/lora-adapters",
                "feed": {
                    "id": 44,
                    "title": "Hugging Face - Blog",
                    "feed_url": "https://huggingface.co/blog/feed.xml",
                },
            },
        ],
    }
    assert decoded_titles(json.dumps(entries).encode(), "entries.json")[1] == {
        "Adding Conditional Control to Text-to-Image Diffusion Models": "2302.05543"
    }
    docs = {
        "response": {
            "docs": [
                {
                    "id": "rec-1",
                    "tipo": "artículo",
                    "nombre": "Segment Anything",
                    "url": "https://arxiv.org/abs/2304.02643",
                },
                {
                    "id": "rec-2",
                    "tipo": "recurso",
                    "clase": "dataset",
                    "nombre": "COCO (Common Objects in Context) – conjunto de datos",
                    "url": "https://cocodataset.org/",
                },
            ]
        }
    }
    assert decoded_titles(json.dumps(docs, ensure_ascii=False).encode(), "select.json")[1] == {
        "Segment Anything": "2304.02643"
    }


def test_a_citation_in_parentheses_typed_with_an_arabic_keyboard_is_not_part_of_the_title() -> None:
    # (an Arabic comma after `et al.`, full names before it; the writer's words after the parenthesis in Arabic)
    text = """\
    ملاحظات إضافية للجلسة:
    - ورقة التقييم الكبرى: Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models (Aarohi Srivastava, Abhinav Rastogi, Abhishek Rao et al.), رقمها arXiv:2206.04615 — سنناقش منها قسم المهام العربية فقط.
    - للمقارنة: Federated Learning Based on Dynamic Regularization (Durmus Alp Emre Acar, Yue Zhao, Ramon Matas Navarro et al.، ICLR 2021). النسخة المطبوعة عندي.
    - ورقة كلاسيكية: Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks (Alex Graves, Santiago Fernández, Faustino Gomez et al.، ICML 2006) — لا تتوفر على arXiv.
    """
    assert decoded_titles(textwrap.dedent(text).encode(), "fwd.txt")[1] == {
        "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models": "2206.04615",
        "Federated Learning Based on Dynamic Regularization": None,
        "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks": None,
    }


def test_a_sheet_row_whose_source_column_names_a_course_or_a_leaderboard_is_no_paper() -> None:
    rows = [
        ["ลำดับ", "ชื่อบทความ", "ผู้แต่ง", "ปี", "แหล่งตีพิมพ์", "ลิงก์"],
        [
            "1",
            "Scaling Vision Transformers",
            "Xiaohua Zhai, Alexander Kolesnikov",
            "2022",
            "CVPR 2022",
            "https://arxiv.org/abs/2106.04560",
        ],
        ["2", "A ConvNet for the 2020s", "Zhuang Liu, Hanzi Mao", "2022", "CVPR 2022", ""],
        [
            "C",
            "Papers with Code — Image Classification on ImageNet",
            "",
            "",
            "ลีดเดอร์บอร์ด",
            "https://paperswithcode.com/sota/image-classification-on-imagenet",
        ],
        [
            "D",
            "CS231n: Deep Learning for Computer Vision",
            "Stanford",
            "2023",
            "คอร์สเรียน",
            "http://cs231n.stanford.edu",
        ],
    ]
    sheet = "\r\n".join("\t".join(row) for row in rows) + "\r\n"
    assert decoded_titles(sheet.encode("utf-16"), "tracker.txt")[1] == {
        "Scaling Vision Transformers": "2106.04560",
        "A ConvNet for the 2020s": None,
    }


MYST = """\
---
title: Attention efficace
---

# Attention efficace

:::{note}
Cette page fait partie du livre du groupe, construit avec Jupyter Book.
:::

```{math}
:label: eq-attention
\\mathrm{Attn}(Q, K, V) = \\mathrm{softmax}(QK^\\top) V
```

```{list-table} Méthodes d'attention efficace
:header-rows: 1
:name: tab-attention

* - Article
  - Auteurs
  - Lien
* - **Hyena Hierarchy: Towards Larger Convolutional Language Models**
  - Michael Poli, Stefano Massaroli et al.
  - [arXiv](https://arxiv.org/abs/2302.10866)
* - **Memformer: A Memory-Augmented Transformer for Sequence Modeling**
  - Qingyang Wu, Zhenzhong Lan et al.
  - [OpenReview](https://openreview.net/forum?id=_adSMszz_g9)
* - **Reformer: The Efficient Transformer**
  - Nikita Kitaev, Łukasz Kaiser et al.
  - ICLR 2020
```
"""


def test_a_myst_page_s_directives_are_read_as_the_page_they_render_not_as_code() -> None:
    # (a Jupyter Book page: a list table's rows, each a paper with its link; its maths stays code)
    assert decoded_titles(MYST.encode(), "attention.md")[1] == {
        "Hyena Hierarchy: Towards Larger Convolutional Language Models": "2302.10866",
        "Memformer: A Memory-Augmented Transformer for Sequence Modeling": "_adSMszz_g9",
        "Reformer: The Efficient Transformer": None,
    }


def test_a_link_under_a_label_in_another_language_is_the_item_s_own() -> None:
    # (`Lien:` is French for link; a label no list knows, `Verknüpfung:`, with a link alone, is the item's too)
    for label in ("Lien", "Verknüpfung"):
        text = f"""\
        - Article: **Hyena Hierarchy: Towards Larger Convolutional Language Models**
          - Auteurs: Michael Poli, Stefano Massaroli et al.
          - {label}: [arXiv](https://arxiv.org/abs/2302.10866)
        - Article: **Reformer: The Efficient Transformer**
          - Auteurs: Nikita Kitaev et al.
          - {label}: ICLR 2020
        """
        assert decoded_titles(textwrap.dedent(text).encode(), "liste.md")[1] == {
            "Hyena Hierarchy: Towards Larger Convolutional Language Models": "2302.10866",
            "Reformer: The Efficient Transformer": None,
        }


def test_a_data_interchange_format_sheet_is_read_as_its_table() -> None:
    def row(*cells: str) -> list[str]:
        return ["-1,0", "BOT", *(line for cell in cells for line in ("1,0", f'"{cell}"'))]

    lines = [
        *("TABLE", "0,1", '"EXCEL"', "VECTORS", "0,4", '""', "TUPLES", "0,4", '""', "DATA", "0,0", '""'),
        *row("Typ", "Titel", "Författare", "Länk / id"),
        *row(
            "artikel",
            "Understanding the difficulty of training deep feedforward neural networks",
            "Xavier Glorot, Yoshua Bengio",
            "AISTATS 2010",
        ),
        *row(
            "artikel",
            "Sharpness-Aware Minimization for Efficiently Improving Generalization",
            "Pierre Foret m.fl.",
            "https://arxiv.org/abs/2010.01412",
        ),
        *row("verktyg", "NNI (Neural Network Intelligence)", "Microsoft", "https://github.com/microsoft/nni"),
        "-1,0",
        "EOD",
    ]
    label, titles = decoded_titles("\r\n".join(lines).encode("cp1252"), "tracker.dif")
    assert label.startswith("dif/")
    assert titles == {
        "Understanding the difficulty of training deep feedforward neural networks": None,
        "Sharpness-Aware Minimization for Efficiently Improving Generalization": "2010.01412",
    }


def test_a_to_do_app_s_tasks_give_their_papers_with_the_links_their_notes_hold() -> None:
    # (Microsoft To Do through Graph: a task's title after a to-do's label, its notes in `body.content`, its steps
    # in `checklistItems`; a post the notes mention is no paper)
    def task(title: str, notes: str, steps: list[str]) -> dict[str, object]:
        return {
            "@odata.etag": 'W/"ZN51F29G"',
            "importance": "normal",
            "status": "notStarted",
            "title": title,
            "body": {"content": notes, "contentType": "text"},
            "checklistItems": [{"displayName": step, "isChecked": False, "id": "8a18b93e"} for step in steps],
        }

    tasks = {
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/todo/lists('y')/tasks",
        "value": [
            task(
                "Ler: Language Models are Few-Shot Learners",
                "Tom B. Brown, Benjamin Mann, Nick Ryder et al.\r\nhttps://arxiv.org/abs/2005.14165\r\n"
                'Apoio (não é artigo): o post "How GPT3 Works - Visualizations and Animations" do Jay Alammar.',
                ["Seções 1–2", "Seção 3 (até 3.3)"],
            ),
            task(
                "Ler: LLaMA: Open and Efficient Foundation Language Models",
                "Hugo Touvron, Thibaut Lavril, Gautier Izacard et al. — arXiv:2302.13971 (fevereiro de 2023).",
                ["Ler o artigo"],
            ),
            task("Ler (opcional): A Survey of Large Language Models", "Wayne Xin Zhao, Kun Zhou et al.", []),
        ],
    }
    assert decoded_titles(json.dumps(tasks, ensure_ascii=False).encode(), "tasks.json")[1] == {
        "Language Models are Few-Shot Learners": "2005.14165",
        "LLaMA: Open and Efficient Foundation Language Models": "2302.13971",
        "A Survey of Large Language Models": None,
    }


REFLIB = """\
<?xml version="1.0" encoding="UTF-8"?>
<library>
<manage_target braces="false" utf8="true"></manage_target>
<taglist>
<tag><uid>0</uid><name>PEFT</name></tag>
<tag><uid>1</uid><name>software</name></tag>
<tag><uid>2</uid><name>achtergrond</name></tag>
</taglist>
<doclist>
<doc>
\t<filename>file:///home/sanne/Literatuur/2106.09685v2.pdf</filename>
\t<key>hu2021lora</key>
\t<notes>Kernartikel voor hoofdstuk 2.</notes>
\t<tagged>0</tagged>
\t<bib_type>article</bib_type>
\t<bib_title>LoRA: Low-Rank Adaptation of Large Language Models</bib_title>
\t<bib_authors>Edward J. Hu and Yelong Shen and Phillip Wallis</bib_authors>
\t<bib_year>2021</bib_year>
\t<bib_extra key="eprint">2106.09685</bib_extra>
\t<bib_extra key="archivePrefix">arXiv</bib_extra>
</doc>
<doc>
\t<filename>file:///home/sanne/Literatuur/houlsby19a.pdf</filename>
\t<key>houlsby2019parameter</key>
\t<bib_type>inproceedings</bib_type>
\t<bib_title>Parameter-Efficient Transfer Learning for NLP</bib_title>
\t<bib_authors>Neil Houlsby and Andrei Giurgiu and Stanislaw Jastrzebski</bib_authors>
\t<bib_journal>Proceedings of the 36th International Conference on Machine Learning</bib_journal>
\t<bib_year>2019</bib_year>
\t<bib_extra key="url">https://proceedings.mlr.press/v97/houlsby19a.html</bib_extra>
</doc>
<doc>
\t<key>peft2024docs</key>
\t<tagged>1</tagged>
\t<bib_type>misc</bib_type>
\t<bib_title>PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods</bib_title>
\t<bib_authors>Hugging Face</bib_authors>
\t<bib_extra key="url">https://github.com/huggingface/peft</bib_extra>
</doc>
</doclist>
</library>
"""


def test_an_xml_library_of_references_no_reader_knows_is_read_as_its_records() -> None:
    # (Referencer's `.reflib`: each document's fields as elements, some named by a `key` attribute; its tags are
    # a list of their own, and a `misc` entry that only links a repository is no paper)
    label, titles = decoded_titles(REFLIB.encode(), "library.reflib")
    assert label.startswith("json/xml/")
    assert titles == {
        "LoRA: Low-Rank Adaptation of Large Language Models": "2106.09685",
        "Parameter-Efficient Transfer Learning for NLP": None,
    }


def test_an_mjml_newsletter_is_read_as_the_page_it_renders() -> None:
    # (Mailjet's template: its head's styles never read, each `mj-text` a block of its own; `आदि` is Hindi's
    # `et al.`, so the line under each title is its authors, never a title)
    mjml = """\
    <mjml>
      <mj-head>
        <mj-title>जनरेटिव मॉडल पत्रिका — अंक 17</mj-title>
        <mj-attributes><mj-text font-size="15px" /></mj-attributes>
        <mj-style inline="inline">.link { color: #c2410c; }</mj-style>
      </mj-head>
      <mj-body>
        <mj-section><mj-column>
          <mj-text mj-class="item-title">1. Hierarchical Text-Conditional Image Generation with CLIP Latents</mj-text>
          <mj-text mj-class="item-meta">Aditya Ramesh, Prafulla Dhariwal, Alex Nichol आदि</mj-text>
          <mj-text>CLIP के इमेज-एम्बेडिंग से शुरू करके डिफ्यूज़न डिकोडर द्वारा चित्र बनाने का तरीका।</mj-text>
          <mj-button href="https://arxiv.org/abs/2204.06125">arXiv पर पढ़ें →</mj-button>
          <mj-text mj-class="item-title">2. SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis</mj-text>
          <mj-text mj-class="item-meta">Dustin Podell, Zion English, Kyle Lacey आदि</mj-text>
          <mj-text>बड़ा UNet, दो टेक्स्ट-एनकोडर और एक रिफ़ाइनर मॉडल।</mj-text>
        </mj-column></mj-section>
      </mj-body>
    </mjml>
    """
    label, titles = decoded_titles(textwrap.dedent(mjml).encode(), "issue-17.mjml")
    assert label.startswith("html/mjml/")
    assert titles == {
        "Hierarchical Text-Conditional Image Generation with CLIP Latents": "2204.06125",
        "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis": None,
    }


def test_a_dstu_reference_s_document_kind_after_a_spaced_colon_is_not_part_of_its_title() -> None:
    # (GOST and DSTU write the kind of document after the title and a spaced colon, in lower case)
    text = """\
    Список використаних джерел

    1. Graves A., Wayne G., Danihelka I. Neural Turing Machines : preprint. London : Google DeepMind, 2014. 26 p.
    2. Hochreiter S., Schmidhuber J. Long Short-Term Memory. Neural Computation. 1997. Vol. 9, no. 8. P. 1735–1780.
    """
    assert set(decoded_titles(textwrap.dedent(text).encode(), "dzherela.txt")[1]) == {
        "Neural Turing Machines",
        "Long Short-Term Memory",
    }


def test_an_emphasised_title_then_its_authors_in_parentheses_is_a_paper() -> None:
    text = """\
    ## Panoramas

    *A Practical Survey on Faster and Lighter Transformers* (Quentin Fournier, Gaétan Marceau Caron, Daniel Aloise) — un bon point d'entrée.

    *Nos notes de lecture* (Équipe SÉQUENCES) — le carnet du groupe.
    """
    assert set(decoded_titles(textwrap.dedent(text).encode(), "panoramas.md")[1]) == {
        "A Practical Survey on Faster and Lighter Transformers"
    }


def test_an_ocaml_interface_s_odoc_comments_are_read_as_the_markdown_they_mean() -> None:
    # (odoc's lists, links, emphasis and headings, in a comment indented as odoc's are; `等` is Chinese's et al.)
    source = """\
    (** 状态空间模型与记忆机制的基本算子。

        {1 参考文献}

        {ul
        {- {{:https://arxiv.org/abs/2008.07669} {i HiPPO: Recurrent Memory with Optimal Polynomial Projections}}
           — Albert Gu, Tri Dao, Stefano Ermon 等（NeurIPS 2020）。{!Hippo} 模块。}
        {- {b Mamba: Linear-Time Sequence Modeling with Selective State Spaces} — Albert Gu, Tri Dao。
           链接：{{:https://arxiv.org/abs/2312.00752v2} arXiv 页面}。}
        {- Not All Memories are Created Equal: Learning to Forget by Expiring — Sainbayar Sukhbaatar 等，ICML 2021，
           {{:https://openreview.net/forum?id=ZVBtN6B_6i7} OpenReview}。}
        {- Addressing Some Limitations of Transformers with Feedback Memory（Angela Fan, Thibaut Lavril 等）。
           {!Feedback} 模块；暂无链接。}
        }
    *)

    val hippo_legs : int -> float array array
    (** [hippo_legs n] 是 HiPPO-LegS 矩阵。 *)
    """
    assert decoded_titles(textwrap.dedent(source).encode(), "seqmem.mli")[1] == {
        "HiPPO: Recurrent Memory with Optimal Polynomial Projections": "2008.07669",
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces": "2312.00752",
        "Not All Memories are Created Equal: Learning to Forget by Expiring": "ZVBtN6B_6i7",
        "Addressing Some Limitations of Transformers with Feedback Memory": None,
    }


def test_a_subversion_log_is_read_as_its_commit_messages() -> None:
    # (a topic's number before each title, its authors on the next line up to `i in.` (Polish et al.), in
    # parentheses or not, the writer's words after them; the changed paths are files)
    log = """\
    <?xml version="1.0" encoding="UTF-8"?>
    <log>
    <logentry
       revision="402">
    <author>pnowicki</author>
    <date>2024-04-08T09:12:44.100000Z</date>
    <paths>
    <path kind="file" action="M">/trunk/czytelnia/lista.md</path>
    </paths>
    <msg>temat 8: Random Feature Attention
    (Hao Peng, Nikolaos Pappas, Dani Yogatama i in., ICLR 2021) -- dopisane po dyskusji.</msg>
    </logentry>
    <logentry
       revision="401">
    <author>mkowalczyk</author>
    <date>2024-04-02T11:00:08.117725Z</date>
    <msg>temat 7 (benchmark): Long Range Arena: A Benchmark for Efficient Transformers
    Yi Tay, Mostafa Dehghani, Samira Abnar i in.. Bez linku -- ktoś ma wersję z ICLR?</msg>
    </logentry>
    <logentry
       revision="400">
    <author>pnowicki</author>
    <date>2024-03-21T08:00:00.000000Z</date>
    <msg>pobierz_pdf.sh: obsługa adresów openreview.net, poprawka w pętli.</msg>
    </logentry>
    </log>
    """
    label, titles = decoded_titles(textwrap.dedent(log).encode(), "log.xml")
    assert label.startswith("svn-log/")
    assert set(titles) == {
        "Random Feature Attention",
        "Long Range Arena: A Benchmark for Efficient Transformers",
    }


def test_a_leo_outline_is_read_as_its_tree_of_headlines_and_bodies() -> None:
    leo = """\
    <?xml version="1.0" encoding="utf-8"?>
    <leo_file xmlns:leo="http://leoeditor.com/namespaces/leo-python-editor/1.1" >
    <leo_header file_format="2"/>
    <vnodes>
    <v t="lv.1" a="E"><vh>Difusión latente y edición</vh>
    <v t="lv.2"><vh>[P] High-Resolution Image Synthesis with Latent Diffusion Models</vh>
    <v t="lv.3"><vh>@url https://arxiv.org/abs/2112.10752</vh></v>
    </v>
    <v t="lv.4"><vh>[L] InstructPix2Pix: Learning to Follow Image Editing Instructions</vh></v>
    <v t="lv.6"><vh>[L] Zero-1-to-3: Zero-shot One Image to 3D Object</vh>
    <v t="lv.7"><vh>@url https://arxiv.org/abs/2303.11328</vh></v>
    </v>
    </v>
    <v t="lv.5"><vh>Recursos (no son artículos)</vh></v>
    </vnodes>
    <tnodes>
    <t tx="lv.2">Autores: Robin Rombach, Andreas Blattmann, Dominik Lorenz et al.
    CVPR 2022.
    </t>
    <t tx="lv.4">Tim Brooks, Aleksander Holynski, Alexei A. Efros

    Sin enlace: buscar la versión CVPR 2023.
    </t>
    <t tx="lv.5">Curso de difusión de Hugging Face; el blog de Lilian Weng.</t>
    </tnodes>
    </leo_file>
    """
    label, titles = decoded_titles(textwrap.dedent(leo).encode(), "seminario.leo")
    assert label.startswith("leo/")
    assert titles == {
        "High-Resolution Image Synthesis with Latent Diffusion Models": "2112.10752",
        "InstructPix2Pix: Learning to Follow Image Editing Instructions": None,
        "Zero-1-to-3: Zero-shot One Image to 3D Object": "2303.11328",
    }


def test_a_dita_topic_is_read_as_the_page_it_renders() -> None:
    # (its prolog's authors and keywords are metadata; a book cited after the Arabic word for a book is no paper)
    dita = """\
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE concept PUBLIC "-//OASIS//DTD DITA Concept//EN" "concept.dtd">
    <concept id="classics" xml:lang="ar-EG" dir="rtl">
        <title>كلاسيكيات التدريب المسبق</title>
        <prolog><author>سلمى الحداد</author><metadata><keywords><keyword>تدريب مسبق</keyword></keywords></metadata></prolog>
        <conbody>
            <section id="foundations">
                <title>الأسس</title>
                <ul>
                    <li><cite><ph translate="no">Attention Is All You Need</ph></cite> — <ph translate="no">Ashish Vaswani, Noam Shazeer وآخرون</ph>. <xref href="https://arxiv.org/pdf/1706.03762v7" scope="external">PDF</xref></li>
                    <li><cite><ph translate="no">Neural Machine Translation of Rare Words with Subword Units</ph></cite> — <ph translate="no">Rico Sennrich, Barry Haddow, Alexandra Birch</ph>. لا رابط هنا.</li>
                </ul>
            </section>
            <section id="not_papers">
                <title>مواد مساعدة</title>
                <ul><li>كتاب <cite>Speech and Language Processing</cite> (الطبعة الثالثة) — الفصول 9 إلى 11.</li></ul>
            </section>
        </conbody>
    </concept>
    """
    label, titles = decoded_titles(textwrap.dedent(dita).encode(), "classics.dita")
    assert label.startswith("html/dita/")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "Neural Machine Translation of Rare Words with Subword Units": None,
    }


def test_okular_s_annotations_of_a_pdf_are_read_as_the_notes_they_hold() -> None:
    docdata = """\
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE documentInfo>
    <documentInfo url="/home/ecelik/tez_taslak_v3.pdf">
     <pageList>
      <page number="17">
       <annotationList>
        <annotation type="1">
         <base author="Doç. Dr. Elif Çelik" color="#0000ff" contents="3) Self-supervised Learning from a Multi-view Perspective&#xa;   (Yao-Hung Hubert Tsai, Yue Wu vd.) — bilgi kuramsal çerçeve." creationDate="2024-05-08T11:16:55" flags="0">
          <boundary b="0.6" l="0.9" r="0.93" t="0.58"/>
         </base>
        </annotation>
        <annotation type="4">
         <base author="Doç. Dr. Elif Çelik" color="#ffff00" contents="" flags="0"/>
        </annotation>
       </annotationList>
      </page>
     </pageList>
    </documentInfo>
    """
    label, titles = decoded_titles(textwrap.dedent(docdata).encode(), "tez_taslak_v3.pdf.xml")
    assert label.startswith("okular/")
    assert titles == {"Self-supervised Learning from a Multi-view Perspective": None}


def test_a_fossil_wiki_artifact_is_read_as_its_page_each_cell_s_line_breaks_parting_what_it_holds() -> None:
    # (a title in italics, a line break, its authors with the Czech `a kol.`; a leaderboard is no paper)
    page = (
        "<h1>Čtenářský kroužek</h1>\n\n<table>\n<tr><th>Datum</th><th>Článek</th><th>Poznámka</th></tr>\n"
        "<tr><td>4. 4.</td><td><i>A ConvNet for the 2020s</i><br>Zhuang Liu, Hanzi Mao, Chao-Yuan Wu a kol.</td>"
        "<td>Modernizace ResNetu.</td></tr>\n"
        "<tr><td>14. 3.</td><td><i>Scaling Vision Transformers</i><br>Xiaohua Zhai, Alexander Kolesnikov a kol.</td>"
        "<td>[https://arxiv.org/abs/2106.04560 | arXiv]</td></tr>\n</table>\n\n"
        "  *  Žebříček: Open LLM Leaderboard (jen pro orientaci).\n"
    )
    artifact = (
        "D 2024-04-19T08:14:52.637\nL Kroužek\\sčtení\nN text/x-fossil-wiki\nU novakova\n"
        f"W {len(page.encode())}\n{page}\nZ 002d846f9e1de29ea7515735ab990cad\n"
    )
    label, titles = decoded_titles(artifact.encode(), "wiki-artifact.txt")
    assert label.startswith("html/fossil/")
    assert titles == {"A ConvNet for the 2020s": None, "Scaling Vision Transformers": "2106.04560"}


def test_an_id_on_the_authors_line_under_a_title_is_that_title_s() -> None:
    # (`i in.` is Polish for et al.; the id follows the names after a comma, with no dash)
    text = """\
    r400 · pnowicki · 2024-04-02

    temat 6: "Synthesizer: Rethinking Self-Attention in Transformer Models"
    Yi Tay, Dara Bahri, Donald Metzler i in., arXiv:2005.00743 (ICML 2021)
    Czy w ogóle potrzebujemy iloczynu zapytanie-klucz?
    """
    assert decoded_titles(textwrap.dedent(text).encode(), "log.txt")[1] == {
        "Synthesizer: Rethinking Self-Attention in Transformer Models": "2005.00743"
    }


def test_a_forum_s_printable_thread_laid_out_as_a_one_column_table_is_read_as_its_posts() -> None:
    # (each post a cell of lines and lists: laid out by the table, never one row of data)
    page = """\
    <html><body><table width="98%">
    <tr><td><strong>فهرست مطالعه</strong></td></tr>
    <tr><td>سلام به همه<br />
    فهرست مقاله‌ها:<br />
    <ul><li>Flamingo: a Visual Language Model for Few-Shot Learning<br />
    Jean-Baptiste Alayrac, Jeff Donahue, Pauline Luc و همکاران — <a href="https://arxiv.org/abs/2204.14198">نسخه‌ی arXiv</a><br /></li>
    <li>DoRA: Weight-Decomposed Low-Rank Adaptation — arXiv:2402.09353<br /></li>
    <li>Gradient Projection Memory for Continual Learning<br />
    Gobinda Saha, Isha Garg, Kaushik Roy</li></ul></td></tr>
    </table></body></html>
    """
    assert decoded_titles(textwrap.dedent(page).encode(), "printthread.html")[1] == {
        "Flamingo: a Visual Language Model for Few-Shot Learning": "2204.14198",
        "DoRA: Weight-Decomposed Low-Rank Adaptation": "2402.09353",
        "Gradient Projection Memory for Continual Learning": None,
    }


def test_a_sheet_saved_as_a_web_page_is_read_by_its_own_header_not_its_column_letters() -> None:
    page = """\
    <html><body><table>
    <tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>
    <tr><th>1</th><td>STT</td><td>Tiêu đề</td><td>Tác giả</td><td>Liên kết</td></tr>
    <tr><th>2</th><td>1</td><td>Denoising Diffusion Probabilistic Models</td><td>Ho, Jain, Abbeel</td><td><a href="https://arxiv.org/abs/2006.11239">arXiv</a></td></tr>
    <tr><th>3</th><td>2</td><td>Consistency Models</td><td>Song, Dhariwal et al.</td><td></td></tr>
    <tr><th>4</th><td>3</td><td>Score-based Generative Modeling in Latent Space</td><td>Vahdat, Kreis, Kautz</td><td></td></tr>
    </table></body></html>
    """
    assert decoded_titles(textwrap.dedent(page).encode(), "sheet.html")[1] == {
        "Denoising Diffusion Probabilistic Models": "2006.11239",
        "Consistency Models": None,
        "Score-based Generative Modeling in Latent Space": None,
    }


def test_a_markdoc_page_s_table_is_read_as_a_table_and_its_tags_as_nothing() -> None:
    # (rows apart by `---`, a cell a `*` item; a badge's marks inside a cell; a blog article named in Hindi)
    page = """\
    # {% $markdoc.frontmatter.title %} {% #efficient-attention %}

    {% table %}
    * शीर्षक
    * लेखक
    * लिंक
    ---
    * Linformer: Self-Attention with Linear Complexity
    * Sinong Wang, Belinda Z. Li, Madian Khabsa आदि
    * [arXiv](https://arxiv.org/abs/2006.04768)
    ---
    * Longformer: The Long-Document Transformer
    * Iz Beltagy, Matthew E. Peters, Arman Cohan
    * PDF समूह-ड्राइव में {% badge color="gray" %}लिंक बाकी{% /badge %}
    {% /table %}

    - Lilian Weng का ब्लॉग-लेख "The Transformer Family Version 2.0"
    """
    assert decoded_titles(textwrap.dedent(page).encode(), "attention.md")[1] == {
        "Linformer: Self-Attention with Linear Complexity": "2006.04768",
        "Longformer: The Long-Document Transformer": None,
    }


def test_a_clipboard_s_html_format_is_read_as_the_page_it_holds() -> None:
    # (CF_HTML: a header of byte offsets and the source's address, then the HTML; a title's authors in
    # parentheses end with Korean's et al., `외`)
    html = (
        "<html>\r\n<body>\r\n<!--StartFragment--><h2>Cinque anni di modelli di diffusione</h2>"
        "<p>Il punto di partenza: <em>Deep Unsupervised Learning using Nonequilibrium Thermodynamics</em> "
        "(Jascha Sohl-Dickstein, Eric A. Weiss et al., ICML 2015).</p>"
        '<ul><li><a href="https://arxiv.org/abs/2207.12598">Classifier-Free Diffusion Guidance</a></li>'
        "</ul><!--EndFragment-->\r\n</body>\r\n</html>"
    )
    header = (
        "Version:0.9\r\nStartHTML:0000000222\r\nEndHTML:0000009080\r\nStartFragment:0000000258\r\n"
        "EndFragment:0000009044\r\nSourceURL:https://blog.example.it/2024/03/04/diffusione/\r\n"
    )
    label, titles = decoded_titles((header + html).encode(), "clipboard.txt")
    assert label.startswith("html/cf-html/")
    assert titles == {
        "Deep Unsupervised Learning using Nonequilibrium Thermodynamics": None,
        "Classifier-Free Diffusion Guidance": "2207.12598",
    }


def test_a_title_s_authors_in_parentheses_ending_with_another_language_s_et_al_are_not_part_of_it() -> None:
    # (round 69's Nextcloud Talk room: `- Title (Mohammad Shoeybi, Mostofa Patwary 외)`, Korean's et al.)
    digest = next((Path(__file__).parent / "data" / "digests-round69" / "digests").glob("715_*.json"))
    titles = decoded_titles(digest.read_bytes(), digest.name)[1]
    assert "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism" in titles
    assert "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding" in titles
    assert not any("Shoeybi" in (title or "") or "Lepikhin" in (title or "") for title in titles)
