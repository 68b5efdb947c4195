"""More kinds of digest found by reading digests paperlist had never seen (tests/data/digests-own 45-56):
programmes and venue pages, feeds saved as `.xml`, CSL-JSON exports, reStructuredText, a note's front matter,
footnotes and reference links, forwarded email. Each test states the kind with papers of its own, not the corpus's
samples.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import Shape, extract_document, extract_references, sniff
from paperlist.ingest.parse import read_digests
from paperlist.ingest.sources import collect_sources
from paperlist.models import Evidence
from paperlist.shapes import SUFFIXES


def refs(text: str, shape: str) -> tuple[Reference, ...]:
    return extract_references(textwrap.dedent(text), shape).references


# --- programmes and venue pages: a title and its authors among times, numbers, buttons and fields -------------

PROGRAMME = """\
    ICML 2024 · Schedule

    Wed 24 Jul 1:30 p.m. - 1:45 p.m. CEST
    Oral
    Genie: Generative Interactive Environments
    Jake Bruce · Michael Dennis · Ashley Edwards · Jack Parker-Holder
    [ Paper ] [ Slides ] [ Video ]

    Poster #1203
    Scaling Rectified Flow Transformers for High-Resolution Image Synthesis
    Patrick Esser · Sumith Kulal · Andreas Blattmann

    Keynote
    Wed 24 Jul 9:00 a.m. CEST
    Why Science Needs Open Models
    Jane Example
    Hall A
"""

VENUE_PAGE = """\
    Spotlight Presentations

    Mixed Precision Training
    Download PDF
    Paulius Micikevicius, Sharan Narang, Jonah Alben, Gregory Diamos
    Published: 15 Feb 2018, Last Modified: 10 Feb 2022
    ICLR 2018 Poster
    Readers:  Everyone
    Show details
    Keywords: half precision, float16
    TL;DR: Training in FP16 with loss scaling and an FP32 master copy of the weights.
    https://openreview.net/forum?id=r1gs9JgRZ

    Poster Presentations
    Submitted
"""


def test_a_programme_entry_is_its_title_and_authors_among_times_numbers_and_buttons() -> None:
    found = refs(PROGRAMME, "text")
    assert [r.title for r in found] == [
        "Genie: Generative Interactive Environments",
        "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis",
    ]  # a keynote by one speaker is a talk, not a paper
    assert found[0].authors is not None
    assert found[0].authors.startswith("Jake Bruce")


def test_a_venue_page_record_takes_its_forum_link_and_buttons_are_no_title() -> None:
    found = refs(VENUE_PAGE, "text")
    assert [(r.title, r.openreview_id) for r in found] == [("Mixed Precision Training", "r1gs9JgRZ")]


# --- record files chosen by their content: a feed saved as .xml, a CSL-JSON export -----------------------------

FEED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>cs.LG updates on arXiv.org</title><link>http://rss.arxiv.org/rss/cs.LG</link>
<item><title>Adam: A Method for Stochastic Optimization</title><link>https://arxiv.org/abs/1412.6980</link>
<description>arXiv:1412.6980v9 Announce Type: replace
Abstract: We introduce Adam, an algorithm for first-order gradient-based optimization.</description></item>
<item><title>Release notes for our library</title><link>https://example.org/blog/release</link></item>
</channel></rss>
"""

CSL_JSON = """[
  {"id": "kingma2014", "type": "article", "title": "Adam: A Method for Stochastic Optimization",
   "URL": "https://arxiv.org/abs/1412.6980", "author": [{"family": "Kingma", "given": "Diederik P."}]},
  {"id": "ioffe2015", "type": "paper-conference", "title": "Batch Normalization: Accelerating Deep Network
 Training by Reducing Internal Covariate Shift", "container-title": "ICML"},
  {"id": "bishop2006", "type": "book", "title": "Pattern Recognition and Machine Learning",
   "publisher": "Springer"},
  {"id": "pytorch", "type": "software", "title": "PyTorch", "URL": "https://github.com/pytorch/pytorch"},
  {"id": "dropout", "type": "article-journal", "title": "Dropout: A Simple Way to Prevent Neural Networks from
 Overfitting", "container-title": "JMLR", "DOI": "10.5555/2627435.2670313"}
]
""".replace("\n Training", " Training").replace("\n Overfitting", " Overfitting")


def test_a_feed_saved_as_xml_is_read_as_a_feed_and_folder_ingest_reads_xml() -> None:
    assert ".xml" in SUFFIXES
    assert sniff("cs.LG.xml", FEED_XML) is Shape.FEED
    found = extract_document(FEED_XML, "cs.LG.xml").references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1412.6980", "Adam: A Method for Stochastic Optimization")
    ]


def test_a_csl_json_export_is_read_item_by_item_and_leaves_out_books_and_software() -> None:
    assert ".json" in SUFFIXES
    for name in ("library.json", "library.txt", ""):
        assert sniff(name, CSL_JSON) is Shape.CSL_JSON
    found = extract_document(CSL_JSON, "library.json")
    assert [(r.arxiv_id, r.title, r.line) for r in found.references] == [
        ("1412.6980", "Adam: A Method for Stochastic Optimization", 2),
        (
            None,
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
            4,
        ),
        (None, "Dropout: A Simple Way to Prevent Neural Networks from Overfitting", 8),
    ]
    assert found.references[0].evidence is Evidence.ARXIV_LINK
    assert {r.why for r in found.rejected} == {"a book", "software"}


def test_json_that_is_no_csl_export_still_gives_its_ids_and_no_junk_title() -> None:
    settings = '{"name": "reader", "reading": "see arXiv:2106.09685 first", "version": 2}\n'
    assert sniff("settings.json", settings) is Shape.JSON
    found = extract_document(settings, "settings.json").references
    assert [(r.arxiv_id, r.title) for r in found] == [("2106.09685", None)]
    garbled = '{"reading": "see arXiv:2106.09685 first", \n'  # (no JSON at all: read as text)
    assert [r.arxiv_id for r in extract_document(garbled, "settings.json").references] == ["2106.09685"]


# --- a note's front matter names the paper the note is about ---------------------------------------------------

ZOTERO_NOTE = """\
    ---
    citekey: kingma2014adam
    title: 'Adam: A Method for Stochastic Optimization'
    doi: 10.48550/arXiv.1412.6980
    tags:
      - reading
    ---

    # Notes

    Bias correction matters early in training.
"""

TAGGED_NOTE = """\
    ---
    title: Neural Ordinary Differential Equations
    tags:
      - paper
      - ode
    ---
    Continuous-depth models; the adjoint method gives O(1) memory.
"""

BLOG_POST = """\
    ---
    title: "What I Learned Training Diffusion Models on One GPU"
    date: 2024-03-01
    url: /posts/diffusion-one-gpu/
    tags: [diffusion, notes]
    ---

    A long post about batch sizes.
"""


def test_a_notes_front_matter_names_its_paper_by_its_id_or_its_paper_tag() -> None:
    (adam,) = refs(ZOTERO_NOTE, "markdown")
    assert (adam.arxiv_id, adam.title) == ("1412.6980", "Adam: A Method for Stochastic Optimization")
    (ode,) = refs(TAGGED_NOTE, "markdown")
    assert (ode.arxiv_id, ode.title) == (None, "Neural Ordinary Differential Equations")
    assert refs(BLOG_POST, "markdown") == ()  # a blog post's own front matter is no paper
    gathered = "---\ntitle: 今月読んだ論文まとめ\ntags: 機械学習 論文\n---\n\n今月は3本読みました。\n"
    assert refs(gathered, "markdown") == ()  # a post tagged as about papers, titled in its writer's words


# --- a venue's own pages are not papers ---------------------------------------------------------------------------


def test_a_link_to_a_venues_group_or_events_page_is_not_a_papers_page() -> None:
    text = """\
        ## How to submit

        - [Submission site](https://openreview.net/group?id=NeurIPS.cc/2025/Workshop/Example)
        - [Accepted Papers Overview](https://aclanthology.org/events/emnlp-2023/)
        - Read the Reviewer Guidelines for Our Workshop: https://openreview.net/venue?id=ICLR.cc/2025/Conference
        - [Mixed Precision Training](https://openreview.net/forum?id=r1gs9JgRZ)
    """
    assert [r.title for r in refs(text, "markdown")] == ["Mixed Precision Training"]


# --- reStructuredText ------------------------------------------------------------------------------------------

RST = """\
    Optimisation papers
    ===================

    .. contents::
       :depth: 1

    Adaptive methods
    ----------------

    * `Adam: A Method for Stochastic Optimization <https://arxiv.org/abs/1412.6980>`_
    * `Decoupled Weight Decay Regularization`_ -- AdamW.
    * Loshchilov and Hutter. *SGDR: Stochastic Gradient Descent with Warm Restarts*. :arxiv:`1608.03983`

    .. _Decoupled Weight Decay Regularization: https://arxiv.org/abs/1711.05101

    .. code-block:: python

       torch.optim.AdamW(params)  # https://arxiv.org/abs/1711.05101v3 Decoupled Weight Decay Regularization

    Tools
    -----

    * `Optax <https://github.com/google-deepmind/optax>`_
"""


def test_restructuredtext_is_read_as_the_markdown_it_means() -> None:
    assert sniff("optim.rst", RST) is Shape.RST
    assert sniff("optim.txt", textwrap.dedent(RST)) is Shape.RST  # told by its content too
    found = extract_document(textwrap.dedent(RST), "optim.rst").references
    assert [(r.arxiv_id, r.line) for r in found] == [
        ("1412.6980", 10),
        ("1711.05101", 11),
        ("1608.03983", 12),
    ]
    assert found[0].title == "Adam: A Method for Stochastic Optimization"
    assert found[1].title == "Decoupled Weight Decay Regularization"


# --- plain-text email: `--` for a dash, a quoted title after a lead-in -------------------------------------------


def test_a_double_hyphen_ends_a_title_as_a_dash_does_in_plain_text() -> None:
    text = """\
        My picks for the optimiser session:

        1. Adam: A Method for Stochastic Optimization
           https://arxiv.org/abs/1412.6980
        2. Decoupled Weight Decay Regularization -- the AdamW paper, read section 3
        3. SGDR: Stochastic Gradient Descent with Warm Restarts
           https://arxiv.org/abs/1608.03983
    """
    assert [r.title for r in refs(text, "text")] == [
        "Adam: A Method for Stochastic Optimization",
        "Decoupled Weight Decay Regularization",
        "SGDR: Stochastic Gradient Descent with Warm Restarts",
    ]


def test_a_quoted_title_after_a_lead_in_beside_its_link_is_the_title() -> None:
    text = 'One more from my side: "Decoupled Weight Decay Regularization" https://arxiv.org/abs/1711.05101\n'
    (found,) = refs(text, "text")
    assert (found.arxiv_id, found.title) == ("1711.05101", "Decoupled Weight Decay Regularization")


# --- Markdown footnotes and reference-style links ------------------------------------------------------------------


def test_reference_style_links_are_read_inline_and_a_definitions_title_is_its_links_text() -> None:
    post = (
        "Weight decay is not L2 regularisation with Adam, as [the AdamW paper][adamw] showed, and\n"
        "[Adam: A Method for Stochastic Optimization][1] explains the moments.\n"
        "\n"
        '[adamw]: https://arxiv.org/abs/1711.05101 "Decoupled Weight Decay Regularization"\n'
        "[1]: https://arxiv.org/abs/1412.6980\n"
        "[sgdr]: <https://arxiv.org/abs/1608.03983> 'SGDR: Stochastic Gradient Descent with Warm Restarts'\n"
    )
    text, _ = decode_digest(post.encode(), "post.md")
    assert text.count("\n") == post.count("\n")  # line for line
    assert "[Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)" in text
    found = extract_document(text, "post.md").references
    assert {r.arxiv_id: r.line for r in found} == {"1711.05101": 1, "1412.6980": 2, "1608.03983": 6}
    by_id = {r.arxiv_id: r.title for r in found}
    assert by_id["1412.6980"] == "Adam: A Method for Stochastic Optimization"
    assert by_id["1608.03983"] == "SGDR: Stochastic Gradient Descent with Warm Restarts"
    # a few words of prose link it first, its definition names it: the paper's title is kept
    assert by_id["1711.05101"] == "Decoupled Weight Decay Regularization"


def test_a_footnotes_definition_cites_a_title_as_a_reference_list_entry_does() -> None:
    post = (
        "Warm restarts help too.[^sgdr]\n"
        "\n"
        "[^sgdr]: SGDR: Stochastic Gradient Descent with Warm Restarts (Loshchilov & Hutter, ICLR 2017).\n"
    )
    assert [r.title for r in refs(post, "markdown")] == [
        "SGDR: Stochastic Gradient Descent with Warm Restarts"
    ]


# --- a note's links to the notes of papers, in prose ---------------------------------------------------------------


def test_a_notes_link_in_prose_is_a_paper_when_shown_as_or_followed_by_its_citation() -> None:
    note = (
        "This builds on [[Batch Normalization: Accelerating Deep Network Training|Ioffe and Szegedy, 2015]] and "
        "on [[Weight Normalization: A Simple Reparameterization]] (Salimans and Kingma, 2016); see also "
        "[[Normalisation Layers Compared]] and [[Group Normalization|my notes on it]].\n"
    )
    assert [r.title for r in refs(note, "markdown")] == [
        "Batch Normalization: Accelerating Deep Network Training",
        "Weight Normalization: A Simple Reparameterization",
    ]


# --- a title given its short name ------------------------------------------------------------------------------------


def test_a_title_given_its_short_name_is_weakly_a_paper_and_an_acronyms_expansion_is_not() -> None:
    text = """\
        Two classics for Thursday.

        Learning Transferable Visual Models From Natural Language Supervision (CLIP)
        Contrastive pretraining on image and caption pairs; zero-shot transfer.

        Reinforcement Learning from Human Feedback (RLHF)
        The idea everyone talks about, explained without maths.

        And from my notes: [[Language models are few-shot learners]] (GPT-3) changed how we prompt.
    """
    found = refs(text, "text")
    assert [(r.title, r.weak) for r in found] == [
        ("Learning Transferable Visual Models From Natural Language Supervision", True),
        ("Language models are few-shot learners", True),
    ]
    assert {r.reason for r in found} == {"given with its short name"}


# --- reference lists: `Authors. Title. Venue Year.` with no year after the authors ---------------------------------


def test_a_reference_entry_of_authors_then_title_then_venue_and_year() -> None:
    text = """\
        Our method builds on two lines of work [1, 2].

        References

        [1] Ilya Loshchilov, Frank Hutter. Decoupled Weight Decay Regularization. ICLR 2019.
        [2] Shibani Santurkar, Dimitris Tsipras, Andrew Ilyas, Aleksander Madry. How Does Batch Normalization Help
        Optimization? In Advances in Neural Information Processing Systems, 2018.
        [3] We thank the reviewers. Their comments were helpful.
    """
    assert [(r.title, r.reason) for r in refs(text, "text")] == [
        ("Decoupled Weight Decay Regularization", "a reference-list entry (authors, year, title, venue)"),
        (
            "How Does Batch Normalization Help Optimization?",
            "a reference-list entry (authors, year, title, venue)",
        ),
    ]


@pytest.mark.parametrize("shape", ["markdown", "text"])
def test_a_title_then_a_comma_and_its_authors_ends_at_the_comma(shape: str) -> None:
    text = """\
        - Decoupled Weight Decay Regularization, Loshchilov and Hutter, ICLR 2019. https://arxiv.org/abs/1711.05101
        - Adam: A Method for Stochastic Optimization, Kingma et al., 2015 https://arxiv.org/abs/1412.6980
        - Attention, Learn to Solve Routing Problems! https://arxiv.org/abs/1803.08475
    """
    assert [r.title for r in refs(text, shape)] == [
        "Decoupled Weight Decay Regularization",
        "Adam: A Method for Stochastic Optimization",
        "Attention, Learn to Solve Routing Problems!",
    ]


def test_authors_before_an_emphasised_or_quoted_title_on_the_line_of_its_link() -> None:
    text = """\
        Two I keep coming back to:

        Kingma and Ba, *Adam: A Method for Stochastic Optimization*, ICLR 2015. https://arxiv.org/abs/1412.6980

        Loshchilov and Hutter. "Decoupled Weight Decay Regularization." https://arxiv.org/abs/1711.05101
    """
    assert [(r.arxiv_id, r.title) for r in refs(text, "text")] == [
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
        ("1711.05101", "Decoupled Weight Decay Regularization"),
    ]


# --- a Gemini capsule's gemtext page --------------------------------------------------------------------------

GEMLOG = """\
# ~wren's gemlog

=> gemini://example.org/~wren/ capsule home
=> gemini://example.org/~wren/gemlog/ all entries

## 2024-02-11 · reading on sparse attention

The paper that made this mainstream:

=> https://arxiv.org/abs/1904.10509 Generating Long Sequences with Sparse Transformers (Child et al., 2019)
=> https://openreview.net/pdf?id=rkgNKkHtvB Reformer: The Efficient Transformer (ICLR 2020)

```
=> https://arxiv.org/abs/2001.04451 inside a preformatted block: an example, not a link
```

Start with Lattice Recurrences: Compressing Histories with Orthogonal Bases (Ruiz, Baek and Ode; NeurIPS 2020). Read it first.

* Hollow Convolutions: Towards Cheaper Sequence Mixers — long implicit filters computed with FFTs.
"""


def test_a_gemtext_pages_link_lines_are_links_with_their_labels(tmp_path: Path) -> None:
    page = tmp_path / "2024-02-11-sparse.gmi"
    page.write_text(GEMLOG, encoding="utf-8")
    text, encoding = decode_digest(page.read_bytes(), page.name)
    assert encoding.startswith("gemtext/")
    found = extract_references(text, sniff(page.name, text)).references
    by_id = {ref.arxiv_id or ref.openreview_id: ref.title for ref in found}
    assert by_id["1904.10509"] == "Generating Long Sequences with Sparse Transformers"
    assert by_id["rkgNKkHtvB"] == "Reformer: The Efficient Transformer"
    # (a preformatted block is no link line: its label is no title; the id in it is read all the same, no id lost)
    assert by_id["2001.04451"] is None
    titles = {ref.title for ref in found if ref.arxiv_id is None and ref.openreview_id is None}
    assert titles == {
        "Lattice Recurrences: Compressing Histories with Orthogonal Bases",
        "Hollow Convolutions: Towards Cheaper Sequence Mixers",
    }
    # (and a folder's ingest reads `.gmi` pages)
    assert [source.name for source in collect_sources([str(tmp_path)])] == [page.name]


# --- an X (Twitter) archive's tweets.js -----------------------------------------------------------------------


def _tweet(text: str, urls: list[tuple[str, str]]) -> dict[str, object]:
    return {
        "tweet": {
            "entities": {
                "urls": [
                    {"url": short, "expanded_url": long, "display_url": long[8:30] + "…"}
                    for short, long in urls
                ]
            },
            "id_str": "1768384634856469294",
            "created_at": "Thu Mar 14 21:12:06 +0000 2024",
            "full_text": text,
            "lang": "en",
        }
    }


def test_an_x_archives_tweets_js_is_read_as_its_json(tmp_path: Path) -> None:
    tweets = [
        _tweet(
            "Chain of thought, the original: https://t.co/AbCdEf12 worth a reread",
            [("https://t.co/AbCdEf12", "https://arxiv.org/abs/2201.11903")],
        ),
        _tweet(
            "Hollow Agents: Interactive Simulacra of Office Behaviour. 25 agents in a small town, one of them throws a party 🧵",
            [],
        ),
        _tweet(
            "lunch was great today, see https://t.co/XyZ98765",
            [("https://t.co/XyZ98765", "https://example.org/blog/lunch")],
        ),
    ]
    archive = tmp_path / "data"
    archive.mkdir()
    script = archive / "tweets.js"
    script.write_text("window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2), encoding="utf-8")
    (archive / "manifest-helper.js").write_text("function main() { return 'Attention Is All You Need'; }\n")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["tweets.js"]  # (no other script)
    text, encoding = decode_digest(script.read_bytes(), script.name)
    assert "x-archive" in encoding
    found = extract_references(text, sniff(script.name, text)).references
    assert [ref.arxiv_id for ref in found if ref.arxiv_id] == ["2201.11903"]
    assert [ref.title for ref in found if ref.arxiv_id is None] == [
        "Hollow Agents: Interactive Simulacra of Office Behaviour"
    ]


# --- a JATS article's reference list --------------------------------------------------------------------------

JATS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" dtd-version="1.2" article-type="research-article">
<front><article-meta><title-group><article-title>Speech Models for Clinical Notes</article-title></title-group></article-meta></front>
<body><sec><title>Introduction</title><p>Self-supervised speech models [<xref ref-type="bibr" rid="B3">3</xref>] are strong.</p></sec></body>
<back>
<ref-list>
<title>References</title>
<ref id="B1"><label>1</label><mixed-citation publication-type="webpage"><collab>World Health Organization</collab>. <source>Speech disorders: fact sheet</source> [Internet]. <year>2023</year>. Available from: <ext-link ext-link-type="uri" xlink:href="https://www.who.int/news-room/fact-sheets">https://www.who.int/news-room/fact-sheets</ext-link></mixed-citation></ref>
<ref id="B2"><label>2</label><mixed-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Okafor</surname> <given-names>A</given-names></name></person-group>. <article-title>Gated recurrent memory for long utterances</article-title>. <source>Neural Comput</source>. <year>1997</year>;<volume>9</volume>:<fpage>1735</fpage>&#x2013;<lpage>80</lpage>.</mixed-citation></ref>
<ref id="B3"><label>3</label><mixed-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Hsu</surname> <given-names>WN</given-names></name></person-group>. <article-title>Masked prediction of hidden speech units</article-title>. <source>IEEE/ACM Trans Audio Speech Lang Process</source>. <year>2021</year>. <pub-id pub-id-type="arxiv">2106.07447</pub-id></mixed-citation></ref>
<ref id="B4"><label>4</label><mixed-citation publication-type="book"><person-group person-group-type="author"><name><surname>Duffy</surname> <given-names>JR</given-names></name></person-group>. <source>Motor speech disorders: substrates and management</source>. <publisher-name>Elsevier</publisher-name>; <year>2019</year>.</mixed-citation></ref>
<ref id="B5"><label>5</label><mixed-citation publication-type="preprint"><person-group person-group-type="author"><name><surname>Xie</surname> <given-names>C</given-names></name></person-group>. <article-title>Smooth adversarial training</article-title> [Preprint]. <source>arXiv</source>; <year>2020</year>. arXiv:2006.14536 [cs.LG].</mixed-citation></ref>
<ref id="B6"><label>6</label><mixed-citation publication-type="software"><collab>Meta AI Research</collab>. <source>fairseq: pre-trained models</source> [software]. <year>2021</year>. Available from: <ext-link ext-link-type="uri" xlink:href="https://github.com/facebookresearch/fairseq">https://github.com/facebookresearch/fairseq</ext-link></mixed-citation></ref>
</ref-list>
</back>
</article>
"""


def test_a_jats_articles_references_are_records_its_books_and_software_left_out() -> None:
    assert sniff("article.xml", JATS) is Shape.JATS
    found = extract_references(JATS, Shape.JATS).references
    assert [(ref.title, ref.arxiv_id, ref.line) for ref in found] == [
        ("Gated recurrent memory for long utterances", None, 9),
        ("Masked prediction of hidden speech units", "2106.07447", 10),
        ("Smooth adversarial training", "2006.14536", 12),
    ]
    assert found[0].authors == "A Okafor"


# --- a Stack Exchange data dump's Posts.xml -------------------------------------------------------------------

POSTS = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<posts>
  <row Id="39514" PostTypeId="1" AcceptedAnswerId="39520" CreationDate="2023-03-02T09:41:17.203" Score="14" Body="&lt;p&gt;Why does SGD find good minima of non-convex losses?&lt;/p&gt;&#xA;" Title="Why does gradient descent work on non-convex losses?" Tags="&lt;optimization&gt;" />
  <row Id="39520" PostTypeId="2" ParentId="39514" CreationDate="2023-03-02T15:08:52.661" Score="21" Body="&lt;p&gt;The clearest overview I know:&lt;/p&gt;&#xA;&lt;p&gt;&lt;a href=&quot;https://arxiv.org/abs/2103.13462&quot; rel=&quot;nofollow noreferrer&quot;&gt;Why Local Descent Escapes Saddles in Matrix Problems&lt;/a&gt;&lt;/p&gt;&#xA;&lt;p&gt;See also &lt;a href=&quot;https://example.org/blog/minima&quot;&gt;my blog post&lt;/a&gt;.&lt;/p&gt;" />
  <row Id="41877" PostTypeId="1" CreationDate="2023-08-02T13:37:58.240" Score="6" Body="&lt;p&gt;In &quot;Orthogonal Gradient Memory for Continual Learners&quot; (Saha, Garg and Roy, ICLR 2021) the gradient is projected away from old tasks.&lt;/p&gt;" Title="Projection in continual learning" />
</posts>
"""


def test_a_stack_exchange_dumps_posts_are_read_as_the_html_they_hold(tmp_path: Path) -> None:
    dump = tmp_path / "Posts.xml"
    dump.write_text(POSTS, encoding="utf-8")
    text, encoding = decode_digest(dump.read_bytes(), dump.name)
    assert encoding.startswith("html/stackexchange/")
    assert "&lt;p&gt;" not in text
    assert "PostTypeId" not in text
    found = extract_references(text, sniff(dump.name, text)).references
    assert [(ref.arxiv_id, ref.title) for ref in found] == [
        ("2103.13462", "Why Local Descent Escapes Saddles in Matrix Problems"),
        (None, "Orthogonal Gradient Memory for Continual Learners"),
    ]


# --- a Redmine wiki page in Textile ---------------------------------------------------------------------------

TEXTILE = """\
h1. Reading group: speech & interpretability

{{>toc}}

p(notice). Sessions are on Tuesdays in room 3.17 or on "Jitsi":https://meet.example.eu/rg. Add candidates to the *Backlog*.

h2. Schedule

|_. Date |_. Paper |_. Presenter |
| 2024-02-06 | "Glancing Decoders for Parallel Speech Translation":https://openreview.net/forum?id=ZaYZfu8pT_N | Hanna |
| 2024-02-13 | _Attention Heads Are Not Only Weights: Analysing Speech Encoders with Norms_ | Jonas |
| 2024-02-20 | Robustness of Speech Transformers Under Accent Shift | Mei |
| 2024-03-12 | _no session (spring break)_ | |

bq. Jonas: the norms paper explains why attention goes to silence frames. Pin @transformers==4.38.2@.
"""


def test_a_textile_pages_links_tables_and_italic_titles_are_read(tmp_path: Path) -> None:
    page = tmp_path / "wiki-reading-group.txt"
    page.write_text(TEXTILE, encoding="utf-8")
    text, encoding = decode_digest(page.read_bytes(), page.name)
    assert "[Jitsi](https://meet.example.eu/rg)" in text
    assert "`transformers==4.38.2`" in text
    assert "| Date | Paper | Presenter |" in text
    assert encoding.startswith("jira/")  # (Textile is read as the wiki markup Jira's shares its signs with)
    (reading,) = read_digests([str(page)])
    found = reading.extraction.references
    assert [(ref.openreview_id, ref.title) for ref in found] == [
        ("ZaYZfu8pT_N", "Glancing Decoders for Parallel Speech Translation"),
        (None, "Attention Heads Are Not Only Weights: Analysing Speech Encoders with Norms"),
        (None, "Robustness of Speech Transformers Under Accent Shift"),
    ]


# --- a browser's bookmarks (Chrome's `Bookmarks` JSON) ----------------------------------------------------------


def _bookmark(number: int, name: str, url: str) -> dict[str, object]:
    return {
        "date_added": "13317988831675029",
        "guid": f"f79637a1-1a92-4018-af35-5663840{number:04d}",
        "id": str(number),
        "meta_info": {"last_visited_desktop": "13332621764990679"},
        "name": name,
        "type": "url",
        "url": url,
    }


def test_a_bookmark_folders_bookmarks_are_apart_and_named_without_their_page_decorations() -> None:
    folder = {
        "children": [
            _bookmark(
                9,
                "[PDF] Guidance Without Classifiers for Diffusion | Semantic Scholar",
                "https://www.semanticscholar.org/paper/Guidance-Without-Classifiers/af9f365ed86614c800f0",
            ),
            _bookmark(
                10,
                "Paper page - Wider Latent Diffusion for High-Resolution Synthesis",
                "https://huggingface.co/papers/2307.01952",
            ),
            _bookmark(
                11,
                "Score Models Through Stochastic Equations | OpenReview",
                "https://openreview.net/forum?id=PxTIG12RRHS",
            ),
        ],
        "name": "diffusion",
        "type": "folder",
    }
    bookmarks = {
        "checksum": "a190ef98",
        "roots": {"bookmark_bar": {"children": [folder], "name": "Bookmarks bar", "type": "folder"}},
        "version": 1,
    }
    found = extract_references(json.dumps(bookmarks, indent=3), Shape.JSON).references
    assert sorted((ref.arxiv_id or ref.openreview_id or "", ref.title or "") for ref in found) == [
        ("", "Guidance Without Classifiers for Diffusion"),
        ("2307.01952", "Wider Latent Diffusion for High-Resolution Synthesis"),
        ("PxTIG12RRHS", "Score Models Through Stochastic Equations"),
    ]


# --- a CITATION.cff: the software's own entry, then the papers its `references:` list ------------------------

CITATION_CFF = """\
cff-version: 1.2.0
title: 'optkit: optimisers for PyTorch'
message: If you use optkit, please cite it and the papers of the methods you use.
type: software
authors:
  - given-names: Ana
    family-names: Rocha
    affiliation: Institute of Computing
repository-code: https://github.com/optkit/optkit
references:
  - type: conference-paper
    title: 'Adam: A Method for Stochastic Optimization'
    authors:
      - family-names: Kingma
        given-names: Diederik P.
    conference:
      name: ICLR 2015
      city: San Diego
    identifiers:
      - type: other
        value: arXiv:1412.6980
        description: arXiv preprint
  - type: article
    title: Decoupled Weight Decay Regularization
    authors:
      - family-names: Loshchilov
        given-names: Ilya
    identifiers:
      - type: doi
        value: 10.48550/arXiv.1711.05101
  - type: unpublished
    title: 'Lion: Symbolic Discovery of Optimization Algorithms'
    authors:
      - family-names: Chen
        given-names: Xiangning
    repository-code: https://github.com/google/automl
    notes: 'arXiv:2302.06675; the sign update is optkit.Lion.'
  - type: software
    title: PyTorch
    url: https://pytorch.org
  - type: data
    title: CIFAR-10 with label noise
    url: https://example.org/datasets/cifar10n
"""


def test_a_citation_cff_gives_the_papers_its_references_list_with_their_identifiers() -> None:
    assert sniff("CITATION.cff", CITATION_CFF) is Shape.YAML
    found = extract_references(CITATION_CFF, Shape.YAML).references
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),  # (an `identifiers:` value)
        ("1711.05101", "Decoupled Weight Decay Regularization"),  # (the arXiv DOI)
        ("2302.06675", "Lion: Symbolic Discovery of Optimization Algorithms"),  # (its note opens with its id)
    ]  # the software itself, PyTorch and a data set are not papers; a conference is no paper either
    lion = found[2]
    assert lion.code_url == "https://github.com/google/automl"  # (its code, not the thing itself)


def test_a_folder_walk_reads_a_citation_cff(tmp_path: Path) -> None:
    (tmp_path / "CITATION.cff").write_text(CITATION_CFF, encoding="utf-8")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["CITATION.cff"]


# --- an XMind workbook and a FictionBook e-book --------------------------------------------------------------


def _xmind(content: object) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.json", json.dumps(content))
        archive.writestr("metadata.json", "{}")
        archive.writestr("manifest.json", '{"file-entries": {"content.json": {}}}')
    return buffer.getvalue()


def test_an_xmind_workbook_is_read_as_a_list_of_its_topics() -> None:
    sheet = {
        "class": "sheet",
        "title": "Map",
        "rootTopic": {
            "title": "Optimisation\nreading map",
            "children": {
                "attached": [
                    {
                        "title": "Adam: A Method for\nStochastic Optimization",
                        "href": "https://arxiv.org/abs/1412.6980",
                        "labels": ["ICLR 2015"],
                    },
                    {
                        "title": "Sharpness-Aware Minimization for Efficiently Improving Generalization",
                        "href": "https://github.com/google-research/sam",
                        "labels": ["ICLR 2021", "flat minima"],
                        "notes": {"plain": {"content": "Two forward passes per step."}},
                    },
                    {"title": "Team dinner", "href": "xmind:#topic-42"},
                ]
            },
        },
    }
    text, encoding = decode_digest(_xmind([sheet]), "map.xmind")
    assert encoding == "xmind"
    assert text.startswith("# Optimisation reading map")
    found = extract_document(text, "map.xmind").references
    assert (
        [(r.arxiv_id, r.title, r.code_url) for r in found]
        == [
            (
                "1412.6980",
                "Adam: A Method for Stochastic Optimization",
                None,
            ),  # (a title wrapped by hand: one line)
            (
                None,
                "Sharpness-Aware Minimization for Efficiently Improving Generalization",
                "https://github.com/google-research/sam",  # (its label names a venue and year: the link is its code)
            ),
        ]
    )


def test_a_damaged_xmind_workbook_is_an_error_naming_the_file() -> None:
    from paperlist.errors import InputError

    with pytest.raises(InputError, match=r"map\.xmind"):
        decode_digest(_xmind([{"rootTopic": None}])[:200], "map.xmind")


FICTIONBOOK = """<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
 <description><title-info><genre>sci_popular</genre><book-title>Как учатся машины</book-title></title-info>
  <document-info><program-used>FictionBook Editor 2.6</program-used><id>4F1A</id></document-info></description>
 <body>
  <section><title><p>Глава 1</p></title>
   <p>В 2017 году вышла статья «Attention Is All You Need»<a l:href="#n_1" type="note">[1]</a>, и всё изменилось.</p>
  </section>
 </body>
 <body name="notes">
  <section id="n_1"><title><p>1</p></title>
   <p>Vaswani A. et al. NeurIPS 2017. <a l:href="https://arxiv.org/abs/1706.03762">https://arxiv.org/abs/1706.03762</a></p>
  </section>
 </body>
 <binary id="cover.png" content-type="image/png">iVBORw0KGgo=</binary>
</FictionBook>
"""


def test_a_fictionbook_is_read_as_its_pages_and_footnotes() -> None:
    assert sniff("book.fb2", "") is Shape.HTML
    text, encoding = decode_digest(FICTIONBOOK.encode(), "book.fb2")
    assert encoding.startswith("html/fb2")
    assert "iVBORw0KGgo" not in text  # (its images)
    assert "FictionBook Editor" not in text  # (the file's own record)
    found = extract_document(text, "book.fb2", html=True).references
    assert [r.arxiv_id for r in found] == ["1706.03762"]


# --- a Crossref API answer: the work, and the references it cites ---------------------------------------------

CROSSREF_WORK = {
    "status": "ok",
    "message-type": "work",
    "message-version": "1.0.0",
    "message": {
        "DOI": "10.5555/example.2024.001",
        "type": "journal-article",
        "title": ["Sparse attention for sensor streams"],
        "author": [
            {"given": "Ana", "family": "Rocha", "affiliation": [{"name": "Department of Informatics"}]}
        ],
        "container-title": ["Journal of Example Studies"],
        "published": {"date-parts": [[2024, 3]]},
        "reference": [
            {
                "key": "R1",
                "unstructured": "Child R, Gray S, Radford A, Sutskever I (2019) Generating long sequences with"
                " sparse transformers. arXiv:1904.10509",
            },
            {
                "key": "R2",
                "article-title": "Longformer: the long-document transformer",
                "author": "Beltagy",
                "year": "2020",
                "DOI": "10.48550/arXiv.2004.05150",
            },
            {
                "key": "R3",
                "article-title": "Reformer: the efficient transformer",
                "volume-title": "International conference on learning representations",
                "author": "Kitaev",
                "year": "2020",
            },
            {
                "key": "R4",
                "unstructured": "Doe J (2023) Notes on attention. https://example.org/notes. Accessed 3 May 2024",
            },
            {
                "key": "R5",
                "unstructured": "Roe R (2022) fastattn: a library of kernels. https://github.com/roe/fastattn",
            },
            {"key": "R6", "unstructured": "Poe P (2021) SensorBench (version 1.2). Zenodo"},
        ],
    },
}


def test_a_crossref_work_gives_the_papers_it_cites() -> None:
    text, encoding = decode_digest(json.dumps(CROSSREF_WORK).encode(), "work.json")
    assert encoding.startswith("crossref/")
    found = read_digests_text(text, "work.json", encoding)
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1904.10509", "Generating long sequences with sparse transformers"),
        ("2004.05150", "Longformer: the long-document transformer"),  # (its DOI is the arXiv DOI)
        (None, "Reformer: the efficient transformer"),  # (a reference given by its parts)
    ]  # a web page read on a day, a repository and a versioned release are not papers; nor is an affiliation


def read_digests_text(text: str, name: str, encoding: str) -> tuple[Reference, ...]:
    from paperlist.ingest.decode import read_as_markdown

    return extract_document(text, name, markdown=read_as_markdown(encoding)).references


# --- a chat app's tab-separated text export (LINE) -------------------------------------------------------------

LINE_CHAT = (
    "[LINE] 輪読会のトーク履歴\n"
    "保存日時：2024/03/01 10:00\n\n"
    "2024/02/15(木)\n"
    "12:10\t山本 葵\tマスク系も入れたいです\n"
    '12:11\t山本 葵\t"Masked Siamese Networks for Label-Efficient Learning\n'
    "https://arxiv.org/abs/2204.07141\n"
    'iBOT も比べたい、""image BERT"" の方"\n'
    "12:20\t佐々木 翔太\tどれも良さそうです\n"
    '18:03\t小林 さくら\t"Understanding Dimensional Collapse in Contrastive Self-supervised Learning\n'
    'https://openreview.net/forum?id=YevsQ05DEN7"\n'
)


def test_a_tab_separated_chat_export_is_read_message_by_message() -> None:
    text, _ = decode_digest(LINE_CHAT.encode(), "chat.txt")
    assert '"image BERT"' in text  # (a quoted message unquoted, its doubled quotes made one)
    found = extract_document(text, "chat.txt").references
    assert [(r.arxiv_id, r.openreview_id, r.title) for r in found] == [
        ("2204.07141", None, "Masked Siamese Networks for Label-Efficient Learning"),
        (None, "YevsQ05DEN7", "Understanding Dimensional Collapse in Contrastive Self-supervised Learning"),
    ]  # each message's title with its own link, never a link of a later message


# --- a Zim desktop wiki page ---------------------------------------------------------------------------------

ZIM_PAGE = """Content-Type: text/x-zim-wiki
Wiki-Format: zim 0.6
Creation-Date: 2024-01-08T21:14:03+01:00

====== Optimisation reading ======
Created Monday 08 January 2024

===== Papers =====
* [[https://arxiv.org/abs/1412.6980|Adam: A Method for Stochastic Optimization]] — the default
	* see also [[:Notes:Adam variants]]
[ ] [[https://openreview.net/forum?id=Bkg6RiCqY7|Decoupled Weight Decay Regularization]]
[*] Keras docs: https://keras.io/api/optimizers/ (not a paper)
"""


def test_a_zim_page_is_read_as_the_markdown_it_means() -> None:
    text, encoding = decode_digest(ZIM_PAGE.encode(), "Optimisation.txt")
    assert encoding.startswith("dokuwiki/zim/")
    assert "Content-Type" not in text
    assert len(text.split("\n")) == len(ZIM_PAGE.split("\n"))  # (lines keep their numbers)
    found = extract_document(text, "Optimisation.txt", markdown=True).references
    assert [(r.arxiv_id, r.openreview_id, r.title) for r in found] == [
        ("1412.6980", None, "Adam: A Method for Stochastic Optimization"),
        (None, "Bkg6RiCqY7", "Decoupled Weight Decay Regularization"),  # (a check box is an item)
    ]


# --- a Word 2003 XML document ---------------------------------------------------------------------------------

WORDML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"><w:body><wx:sect>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Reading list</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/></w:listPr></w:pPr><w:hlink w:dest="https://arxiv.org/abs/1512.03385"><w:r><w:t>Deep Residual Learning for Image Recognition</w:t></w:r></w:hlink></w:p>
<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/></w:listPr></w:pPr><w:r><w:t>Long Short-Term Memory</w:t></w:r><w:r><w:footnote><w:p><w:r><w:t>Hochreiter S. et al. 1997. https://example.org/lstm.pdf</w:t></w:r></w:p></w:footnote></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Paper</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Link</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Layer Normalization</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>arXiv:1607.06450</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>6</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Decoupled Weight Decay Regularization — its first title</w:t></w:r></w:p><w:p><w:hlink w:dest="https://arxiv.org/abs/2010.01412"><w:r><w:t>Sharpness-Aware Minimization for Efficiently Improving Generalization</w:t></w:r></w:hlink></w:p></w:tc></w:tr></w:tbl>
<w:sectPr/></wx:sect></w:body></w:wordDocument>
"""


def test_a_word_2003_xml_document_is_read_as_its_page() -> None:
    text, encoding = decode_digest(WORDML.encode(), "syllabus.xml")
    assert encoding.startswith("html/wordml/")
    assert "# Reading list" in text
    assert "[1] Hochreiter S. et al. 1997." in text  # (a footnote after the text, its mark where it stood)
    assert "| Layer Normalization | arXiv:1607.06450 |" in text  # (a table of data, not of layout)
    found = extract_document(text, "syllabus.xml", html=True).references
    assert [(r.arxiv_id, r.title) for r in found][:1] == [
        ("1512.03385", "Deep Residual Learning for Image Recognition")
    ]
    assert ("1607.06450", "Layer Normalization") in [(r.arxiv_id, r.title) for r in found]
    # (a cell of two paragraphs names two papers: the link is the second's, never the first's)
    assert ("2010.01412", "Decoupled Weight Decay Regularization") not in [
        (r.arxiv_id, r.title) for r in found
    ]
    assert "2010.01412" in {r.arxiv_id for r in found}
    assert (None, "Long Short-Term Memory") in [
        (r.arxiv_id, r.title) for r in found
    ]  # (its footnote's mark cut)


# --- a Joplin export (.jex) -------------------------------------------------------------------------------------


def _jex(items: dict[str, str]) -> bytes:
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, text in items.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_a_joplin_export_is_read_as_its_notes() -> None:
    meta = "\n\nid: {id}\ncreated_time: 2024-02-0{n}T10:00:00.000Z\nsource_url: {url}\ntype_: {type}"
    jex = _jex(
        {
            "a1.md": "Reading club\n\n- Layer Normalization, arXiv:1607.06450 — short"
            + meta.format(id="a1", n=1, url="", type=1),
            "b2.md": "Clipped: Adam"
            + "\n\nThe optimiser everyone uses."
            + meta.format(id="b2", n=2, url="https://arxiv.org/abs/1412.6980", type=1),
            "c3.md": "Papers" + meta.format(id="c3", n=3, url="", type=2),  # (a notebook: no text of its own)
        }
    )
    text, encoding = decode_digest(jex, "club.jex")
    assert encoding == "jex"
    assert "type_:" not in text
    assert "# Papers" not in text
    found = extract_document(text, "club.jex", markdown=True).references
    assert {r.arxiv_id for r in found} == {"1607.06450", "1412.6980"}  # (a web clip's source is its paper)


# --- a wiki's notes exported as JSON (TiddlyWiki's "export all") --------------------------------------------------

TIDDLERS = [
    {"title": "4th March 2024", "creator": "ines.haddad", "tags": "Journal", "created": "20240304183002115",
     "text": "Session on [[Layer Normalization]]. Next: speculative decoding."},
    {"title": "Layer Normalization", "creator": "ines.haddad", "arxiv": "1607.06450", "tags": "paper",
     "created": "20240212193114512", "text": "Normalise over the features, not the batch."},
    {"title": "Optimisers page", "creator": "ines.haddad", "created": "20240212184010480",
     "text": "The ones we compare: Adam (arXiv:1412.6980) and AdamW (arXiv:1711.05101), both with warmup."},
]  # fmt: skip


def test_a_wiki_export_s_notes_are_records_but_a_journal_day_and_a_page_of_papers_are_not() -> None:
    text = json.dumps(TIDDLERS)
    found = extract_references(text, Shape.JSON).references
    assert sorted((r.arxiv_id or "", r.title or "") for r in found) == [
        ("1412.6980", ""),
        ("1607.06450", "Layer Normalization"),
        ("1711.05101", ""),
    ]  # (a day's note is not a paper though its account wrote it; a page's ids are the papers it names)


# --- tables: a second paper in another cell, a reading column no header names, a cell of several paragraphs ------


def test_a_cell_that_names_its_own_paper_and_id_is_a_second_paper_not_the_row_paper_s_id() -> None:
    found = refs(
        """\
        | Week | Required reading | Extra |
        | --- | --- | --- |
        | 3 | Instance Normalization: The Missing Ingredient | Group Normalization for Small Batches (arXiv 1803.08494), a note |
        | 4 | Batch Renormalization | [pdf](https://arxiv.org/pdf/1702.03275) |
        """,
        Shape.MARKDOWN,
    )
    pairs = {(r.arxiv_id, r.title) for r in found}
    assert ("1803.08494", "Group Normalization for Small Batches") in pairs
    assert (
        None,
        "Instance Normalization: The Missing Ingredient",
    ) in pairs  # (the other cell's id is not its)
    assert ("1702.03275", "Batch Renormalization") in pairs  # (a link with no title of its own is the row's)


def test_a_column_no_header_names_but_whose_cells_give_ids_holds_papers_also_where_a_cell_gives_a_title_alone() -> (
    None
):
    found = refs(
        """\
        | Тиж. | Тема | Обов'язкове читання |
        | --- | --- | --- |
        | 1 | Нормалізація | Layer Normalization (arXiv:1607.06450) |
        | 2 | Нормалізація | Group Normalization for Small Batch Training |
        | 3 | Оптимізація | [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980) |
        | 4 | Екзамен | Підсумкова контрольна робота |
        """,
        Shape.MARKDOWN,
    )
    titles = {r.title for r in found}
    assert {"Layer Normalization", "Group Normalization for Small Batch Training"} <= titles
    assert "Підсумкова контрольна робота" not in titles  # (an exam is not a title)
    assert not any(r.title == "Нормалізація" for r in found)  # (the topic column stays a topic)


def test_a_table_of_one_unnamed_column_of_titles_with_no_ids_is_no_list_of_papers() -> None:
    found = refs(
        """\
        | Тиж. | Тема | Читання |
        | --- | --- | --- |
        | 1 | Вступ | Deep Learning for Everyone and Everything |
        | 2 | Огляд | Modern Training Methods for Neural Networks |
        """,
        Shape.MARKDOWN,
    )
    assert found == ()  # (titles with nothing to show they are papers: no id anywhere in their column)


WORDML_CELLS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Тиж.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Читання</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Додатково</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Long Short-Term Memory</w:t></w:r></w:p><w:p><w:r><w:t>Group Normalization for Small Batch Training</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>a | b</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:hlink w:dest="https://arxiv.org/abs/1412.6980"><w:r><w:t>Adam: A Method for Stochastic Optimization</w:t></w:r></w:hlink></w:p><w:p><w:r><w:t>Decoupled Weight Decay Regularization, arXiv:1711.05101</w:t></w:r></w:p></w:tc><w:tc/></w:tr>
</w:tbl></w:body></w:wordDocument>
"""


def test_a_word_2003_table_cell_of_several_paragraphs_is_a_row_per_paragraph_in_its_column() -> None:
    text, _ = decode_digest(WORDML_CELLS.encode(), "syllabus.xml")
    assert "|  | Group Normalization for Small Batch Training |" in text  # (its own row, in its column)
    assert "| 1 | Long Short-Term Memory | a \\| b |" in text  # (a bar in a cell's text stays the cell's)
    found = extract_document(text, "syllabus.xml", html=True).references
    pairs = {(r.arxiv_id, r.title) for r in found}
    assert {
        (None, "Long Short-Term Memory"),
        (None, "Group Normalization for Small Batch Training"),
        ("1412.6980", "Adam: A Method for Stochastic Optimization"),
        ("1711.05101", "Decoupled Weight Decay Regularization"),
    } <= pairs


SYLLABUS_PAGE = """<html><body><h1>Reading plan</h1>
<table><tr><th>Week</th><th>Topic</th><th>Required reading</th><th>Extra</th></tr>
<tr><td>7</td><td>Generalisation</td><td><p>Shortcut Learning in Deep Neural Networks</p>
<p><a href="https://arxiv.org/abs/2010.01412">Sharpness-Aware Minimization for Efficiently Improving Generalization</a></p></td>
<td>In Search of Lost Domain Generalization (arXiv 2007.01434)</td></tr>
<tr><td>8</td><td>Sequences</td><td><p>Long Short-Term Memory</p></td><td></td></tr></table>
<table><tr><td><h2>Our newsletter</h2><p>News of the week.</p><p>More news.</p></td></tr></table>
</body></html>"""


def test_a_page_s_table_of_data_whose_cells_hold_several_paragraphs_is_a_row_per_paragraph() -> None:
    text, _ = decode_digest(SYLLABUS_PAGE.encode(), "plan.html")
    lines = text.splitlines()
    assert (
        "| 7 | Generalisation | Shortcut Learning in Deep Neural Networks |"
        in lines[lines.index("| --- | --- | --- | --- |") + 1]
    )
    assert any(
        line.startswith("|  |  | [Sharpness-Aware Minimization") for line in lines
    )  # (the second paragraph: a row of its own, in its column)
    assert "| 8 | Sequences | Long Short-Term Memory | |" in lines  # (an empty last cell is a cell)
    assert "## Our newsletter" in text  # (a table laying a page out stays the page's blocks)
    found = extract_document(text, "plan.html", html=True).references
    pairs = {(r.arxiv_id, r.title) for r in found}
    assert (
        "2010.01412",
        "Shortcut Learning in Deep Neural Networks",
    ) not in pairs  # (its link is the next's)
    assert ("2010.01412", "Sharpness-Aware Minimization for Efficiently Improving Generalization") in pairs
    assert (None, "Shortcut Learning in Deep Neural Networks") in pairs


NOTE_PAGES = [
    {"title": "Efficient normalisation layers (older)", "created": "20240212184010480", "tags": "background",
     "text": "Before the session, the older ideas.\n\n# Group Normalization of Channels 1803.08494 — per group\n"
     "# Weight Normalization: A Simple Reparameterization, only its idea"},
    {"title": "Parallelism & memory (training side)", "created": "20240212184010481", "tags": "background",
     "text": "Background for the serving papers, mostly from training.\n\n"
     "* Mixed Precision Training — fp16 master weights, [[OpenReview|https://openreview.net/forum?id=r1gs9JgRZ]]"},
    {"title": "Layer Normalization", "created": "20240212193114512", "tags": "paper", "arxiv": "1607.06450",
     "text": "Normalise over the features, not the batch; compare Batch Renormalization 1702.03275 at small batches."},
]  # fmt: skip


def test_a_wiki_page_whose_body_lists_papers_is_no_paper_and_its_ids_are_its_items() -> None:
    found = extract_references(json.dumps(NOTE_PAGES, indent=1), Shape.JSON).references
    pairs = {(r.arxiv_id, r.openreview_id, r.title) for r in found}
    assert (None, "r1gs9JgRZ", "Mixed Precision Training") in pairs  # (the item's id, not the page's)
    assert not any(
        r.title in ("Parallelism & memory (training side)", "Efficient normalisation layers (older)")
        for r in found
    )
    assert "1803.08494" in {r.arxiv_id for r in found}
    assert ("1607.06450", None, "Layer Normalization") in pairs  # (a paper's own note keeps its id)


def test_a_title_running_on_into_a_sentence_that_calls_it_a_paper_is_an_item_s_title() -> None:
    found = refs(
        """\
        ## Reserve

        - Exploring Simple Siamese Representation Learning (2011.10566) – short
        - Supervised Contrastive Learning, arXiv:2004.11362 — the labelled variant
        - Bootstrap Your Own Latent, arXiv:2006.07733 — no negatives
        - Unsupervised Learning of Visual Features by Contrasting Cluster Assignments is het enige paper op de lijst dat clusters gebruikt.
        - Graph Neural Networks reading group moves to room four from next week on.
        """,
        Shape.MARKDOWN,
    )
    titles = {r.title for r in found}
    assert "Unsupervised Learning of Visual Features by Contrasting Cluster Assignments" in titles
    assert not any(
        title and title.startswith("Graph Neural Networks") for title in titles
    )  # (not called a paper)


def test_a_table_on_its_side_a_paper_a_column_gives_each_column_s_paper() -> None:
    found = refs(
        """\
        | | MAE | BEiT |
        |---|---|---|
        | Paper | Masked Autoencoders Are Scalable Vision Learners | [BEiT: BERT Pre-Training of Image Transformers](https://arxiv.org/pdf/2106.08254v2) |
        | Doel | pixels reconstrueren | visuele tokens voorspellen |
        | Code | https://github.com/facebookresearch/mae | — |
        """,
        Shape.MARKDOWN,
    )
    by_title = {r.title: r for r in found}
    assert set(by_title) == {
        "Masked Autoencoders Are Scalable Vision Learners",
        "BEiT: BERT Pre-Training of Image Transformers",
    }
    assert by_title["BEiT: BERT Pre-Training of Image Transformers"].arxiv_id == "2106.08254"
    assert (
        by_title["Masked Autoencoders Are Scalable Vision Learners"].code_url
        == "https://github.com/facebookresearch/mae"
    )


def test_a_licence_titled_in_a_manual_and_a_grammar_s_placeholder_are_no_papers() -> None:
    found = refs(
        """\
        Permission is granted to copy this document. A copy of the license is included
        in the section entitled “GNU Free Documentation License”.

        ASN.1 definitions must follow the syntax below:
        DEFINITIONS <EXPLICIT or IMPLICIT> TAGS ::=

        Our group read a paper entitled “Layer Normalization Revisited for Deep Transformers” last week.
        """,
        Shape.TEXT,
    )
    assert [r.title for r in found] == ["Layer Normalization Revisited for Deep Transformers"]


def test_a_quoted_title_cut_short_by_an_ellipsis_is_not_a_paper_of_its_own() -> None:
    found = refs(
        """\
        - Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms (arXiv:2004.10102)

        The arXiv title changed later ("Attention is Not Only a Weight…"), I keep the first one.
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms"
    ]


def test_a_subtitled_title_opening_a_line_that_a_wrapped_sentence_goes_on_into_is_named_in_that_sentence() -> (
    None
):
    found = refs(
        """\
        Expert parallelism is newer than it looks: the idea itself goes back to
        Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer. Expert parallelism
        changes the communication pattern completely.

        - Leave a review: Understanding Our Listeners Helps Us Grow
        - Merch: Gradient Descent Into Madness mugs are back in stock
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer"
    ]


def test_a_short_name_set_equal_to_its_title_names_that_paper() -> None:
    found = refs(
        "Two OpenAI papers: GPT-3 = Language Models are Few-Shot Learners; GPT-2 = Language Models are"
        " Unsupervised Multitask Learners (only a PDF).\n\nSettings: MAX_LEN = 512 and LR = Linear Warmup Then Decay.\n",
        Shape.MARKDOWN,
    )
    assert {r.title for r in found} == {
        "Language Models are Few-Shot Learners",
        "Language Models are Unsupervised Multitask Learners",
    }


def test_a_subtitle_joined_by_and_is_no_list_of_names_and_a_data_file_s_first_note_is_no_headline() -> None:
    notes = [
        {
            "page": 12,
            "note": "LLaMA: Open and Efficient Foundation Language Models – only public data, 1.4T tokens.",
        },
        {"page": 14, "note": "Organisers: Miguel Azevedo and Ana Rocha, both on leave until May this year."},
    ]
    found = extract_references(json.dumps(notes, indent=1), Shape.JSON).references
    assert [r.title for r in found] == ["LLaMA: Open and Efficient Foundation Language Models"]


def test_a_subtitled_title_on_the_line_of_another_paper_s_id_or_after_a_label_is_its_own_paper() -> None:
    found = refs(
        """\
        Intro.

        Mảng agent thì có benchmark AgentBench: Evaluating LLMs as Agents, arXiv:2308.03688. Với cả Toolformer: Language Models Can Teach Themselves to Use Tools nữa.

        Về RAG: Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection. Bài sau.

        04/03/2024, 16:40 - Priya Raman: Next: Gopher vs Chinchilla vs LLaMA "who trained on what" session?
        """,
        Shape.TEXT,
    )
    titles = {r.title for r in found}
    assert "Toolformer: Language Models Can Teach Themselves to Use Tools" in titles
    assert "Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection" in titles
    assert not any(
        "Gopher" in (title or "") for title in titles
    )  # (a speaker's label, then a plan: no title)
    assert (
        next(r for r in found if r.arxiv_id == "2308.03688").title
        != "Toolformer: Language Models Can Teach Themselves to Use Tools"
    )


def test_a_list_of_nothing_but_research_titles_is_a_list_of_papers_weakly() -> None:
    found = refs(
        """\
        Before LoRA, these are worth knowing:

        - Parameter-Efficient Transfer Learning for NLP
        - Prefix-Tuning: Optimizing Continuous Prompts for Generation
        - The Power of Scale for Parameter-Efficient Prompt Tuning

        Our offsite agenda:

        - Welcome Coffee and Opening Remarks
        - Quarterly Planning for the Platform Team
        - Dinner at the Harbour Restaurant
        """,
        Shape.MARKDOWN,
    )
    assert {r.title for r in found} == {
        "Parameter-Efficient Transfer Learning for NLP",
        "Prefix-Tuning: Optimizing Continuous Prompts for Generation",
        "The Power of Scale for Parameter-Efficient Prompt Tuning",
    }


def test_a_forum_post_s_html_list_ends_before_the_paragraph_after_it() -> None:
    post = {
        "posts": [
            {
                "username": "tanvir_h",
                "cooked": "<p>Older methods:</p><ul><li>Prefix-Tuning: Optimizing Continuous Prompts for Generation</li>"
                "<li>The Power of Scale for Parameter-Efficient Prompt Tuning</li>"
                "<li>Parameter-Efficient Transfer Learning for NLP</li></ul>"
                '<p>All unified in <a href="https://openreview.net/forum?id=0RDcd5Axok">Towards a Unified View of '
                "Parameter-Efficient Transfer Learning</a> (ICLR 2022).</p>",
            }
        ]
    }
    found = extract_references(json.dumps(post), Shape.JSON).references
    by_title = {r.title: r for r in found}
    assert (
        by_title["Towards a Unified View of Parameter-Efficient Transfer Learning"].openreview_id
        == "0RDcd5Axok"
    )
    assert (
        by_title["Parameter-Efficient Transfer Learning for NLP"].openreview_id is None
    )  # (not the next paragraph's)


@pytest.mark.parametrize(
    "sentence",
    [
        "মূল ধারণার জন্য Neural Machine Translation of Rare Words with Subword Units পড়ুন, আর হাতে-কলমে কাজ।",
        "அடிப்படைக்கு Neural Machine Translation of Rare Words with Subword Units படியுங்கள்.",
        "ძირითადი იდეისთვის Neural Machine Translation of Rare Words with Subword Units წაიკითხეთ.",
    ],
)
def test_a_title_case_run_inside_a_sentence_of_an_indic_or_caucasian_script_is_weakly_a_paper(
    sentence: str,
) -> None:
    found = refs(f"Notes.\n\n{sentence}\n", Shape.TEXT)
    assert [r.title for r in found] == ["Neural Machine Translation of Rare Words with Subword Units"]


def test_an_item_s_title_ends_at_a_bare_id_an_arrow_or_the_writer_s_japanese_and_takes_the_id() -> None:
    found = refs(
        """\
        ## 読む

        - Mamba: Linear-Time Sequence Modeling with Selective State Spaces 2312.00752 ← 入力に依存するSSM
        - [Random Feature Attention](https://openreview.net/pdf?id=QtTKTdVrFBB) (ICLR 2021)
        - Transformer Quality in Linear Time はGAU(ゲート付きの単頭注意)
        - Hungry Hungry Hippos: Towards Language Modeling with State Space Models -> H3
        """,
        Shape.MARKDOWN,
    )
    pairs = {(r.arxiv_id, r.title) for r in found}
    assert ("2312.00752", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces") in pairs
    assert (None, "Transformer Quality in Linear Time") in pairs
    assert (None, "Hungry Hungry Hippos: Towards Language Modeling with State Space Models") in pairs


WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><link>https://blog.example.gr</link>
<item><title>Χάρτης διάχυσης</title><link>https://blog.example.gr/chartis/</link>
<content:encoded><![CDATA[<p>Εισαγωγή.</p>
<table><thead><tr><th>Άρθρο</th><th>Τι κρατάμε</th></tr></thead><tbody>
<tr><td>SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis</td><td>μεγαλύτερη U-Net, refiner και άλλα</td></tr>
</tbody></table>]]></content:encoded>
<wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_content><![CDATA[Λείπει το Classifier-Free Diffusion Guidance (arXiv:2207.12598) — αξίζει.]]></wp:comment_content></wp:comment>
</item></channel></rss>
"""


def test_a_wordpress_export_s_post_tables_and_comments_are_read() -> None:
    found = extract_references(WXR, Shape.FEED).references
    pairs = {(r.arxiv_id, r.title) for r in found}
    assert "2207.12598" in {r.arxiv_id for r in found}  # (a reader's comment under the post)
    assert (None, "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis") in pairs
    assert not any("μεγαλύτερη" in (title or "") for _, title in pairs)  # (the next cell is its note)


def test_an_xml_export_opening_on_a_run_of_comments_is_read_at_once(tmp_path: Path) -> None:
    # WordPress opens its export on a dozen comments; the patterns that look past them to the root element once
    # tried every way of splitting the run, a time doubling with each comment (3 s for 76, never ending for 100).
    notice = "".join(
        f"<!-- {number}. This file is not intended to serve as a complete backup. -->\n"
        for number in range(100)
    )
    export = WXR.replace("?>\n", "?>\n" + notice, 1)
    (tmp_path / "blog.WordPress.2024-05-01.xml").write_text(export, encoding="utf-8")
    (tmp_path / "notes.xml").write_text(
        notice + "<notes><note>Nothing cited.</note></notes>\n", encoding="utf-8"
    )
    read = {reading.name: reading for reading in read_digests([str(tmp_path)])}
    assert "2207.12598" in {r.arxiv_id for r in read["blog.WordPress.2024-05-01.xml"].extraction.references}
    assert read["notes.xml"].extraction.references == ()


def test_a_reference_list_headed_in_another_language_is_read_as_one_and_a_cited_sentence_is_no_title() -> (
    None
):
    found = refs(
        """\
        # Mhadhara wa 3

        Wazo la kufunza modeli ya lugha kwenye maandishi mengi kisha kuirekebisha kwa kazi maalum lilienea kupitia ULMFiT (Howard & Ruder, 2018) na GPT.

        ## Marejeo

        Hochreiter, S., & Schmidhuber, J. (1997). Long short-term memory. *Neural Computation, 9*(8), 1735–1780. https://doi.org/10.1162/neco.1997.9.8.1735

        Bahdanau, D., Cho, K., & Bengio, Y. (2015). Neural machine translation by jointly learning to align and translate. *International Conference on Learning Representations*.
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Long short-term memory",
        "Neural machine translation by jointly learning to align and translate",
    ]


def test_a_chat_export_s_file_names_and_previews_of_pages_are_no_papers_and_a_title_opening_an_urdu_message_is() -> (
    None
):
    messages = {
        "messages": [
            {
                "text": "اس ہفتے کی سلائیڈز:\nhttps://drive.google.com/file/d/1Hq7ZkP2/view",
                "annotations": [
                    {
                        "drive_metadata": {
                            "id": "1Hq7ZkP2",
                            "title": "Week 9 — LLM agents (reading circle).pptx",
                        }
                    }
                ],
            },
            {
                "text": "LangChain page: https://python.langchain.com/docs/modules/agents/",
                "annotations": [
                    {
                        "url_metadata": {
                            "title": "Agents | LangChain Documentation Pages",
                            "url": {
                                "private_do_not_access_or_else_safe_url_do_not_use": "https://python.langchain.com/docs/modules/agents/"
                            },
                        }
                    }
                ],
            },
            {
                "text": "Toolformer: Language Models Can Teach Themselves to Use Tools بھی اسی سلسلے کی کڑی ہے۔"
            },
        ]
    }
    found = extract_references(json.dumps(messages, ensure_ascii=False, indent=1), Shape.JSON).references
    assert [r.title for r in found] == ["Toolformer: Language Models Can Teach Themselves to Use Tools"]


def test_a_newsletter_s_venue_inside_another_script_and_its_postal_address_are_no_papers() -> None:
    found = refs(
        """\
        # செய்திமடல்

        **சென்னை AI வாசகர் சந்திப்பு #9** — மார்ச் 30, மாலை 4 மணி, IIT Madras Research Park, அறை 2-B.

        இந்த வாரம் Neural Machine Translation of Rare Words with Subword Units படியுங்கள்.

        **Our mailing address is:**

        Chennai AI Readers Circle

        12, 4th Cross Street, Kasturba Nagar
        Chennai, TN 600020
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == ["Neural Machine Translation of Rare Words with Subword Units"]


def test_a_yaml_comment_giving_the_paper_s_id_gives_it_to_the_entry_it_is_in() -> None:
    text = """\
Models:
  - Name: BEiT
    Metadata:
      Training Data: ImageNet-1k
    # TODO: switch URL to the proceedings page once it resolves; the paper is arXiv 2106.08254.
    Paper:
      URL: https://github.com/microsoft/unilm/tree/master/beit
      Title: "BEiT: BERT Pre-Training of Image Transformers"
  - Name: ViT-AugReg
    # converted checkpoints; the paper (TMLR 05/2022) is arXiv:2106.10270.
    Paper:
      URL: https://github.com/google-research/vision_transformer
      Title: How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers
"""
    found = extract_references(text, Shape.YAML).references
    assert {(r.arxiv_id, r.title) for r in found} == {
        ("2106.08254", "BEiT: BERT Pre-Training of Image Transformers"),
        (
            "2106.10270",
            "How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers",
        ),
    }


def test_a_subtitled_title_opening_a_paragraph_that_goes_on_as_the_writer_s_sentence_in_any_language() -> (
    None
):
    found = refs(
        """\
        # Esikoulutus

        XLNet: Generalized Autoregressive Pretraining for Language Understanding ratkaisee ongelman permutoimalla ennustusjärjestyksen ja näkee kontekstin.

        Release: Version Three Now Available For Download Today in all the stores near you.
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "XLNet: Generalized Autoregressive Pretraining for Language Understanding"
    ]


def test_a_reference_list_under_a_plain_line_ends_at_the_form_s_next_label() -> None:
    found = refs(
        """\
        Weaknesses:
        1. The baselines are weak; see [1].

        References
        [1] Ishaan Gulrajani and David Lopez-Paz. 2021. In Search of Lost Domain Generalization. In International Conference on Learning Representations (ICLR '21).
        Questions:
        - How many steps?

        Comment: For the backbone we followed Rethinking Architecture Selection in Differentiable NAS (https://arxiv.org/pdf/2108.04392.pdf) and kept the cell.
        """,
        Shape.TEXT,
    )
    pairs = {(r.arxiv_id, r.title) for r in found}
    assert (None, "In Search of Lost Domain Generalization") in pairs
    assert ("2108.04392", "Rethinking Architecture Selection in Differentiable NAS") in pairs


def test_a_message_s_date_is_no_title_and_a_link_under_a_name_s_colon_is_that_name_s() -> None:
    messages = {
        "messages": [
            {"created_date": "Monday, March 4, 2024 at 10:05:32 AM UTC",
             "text": "پہلا پیپر ReAct ہے\nhttps://openreview.net/pdf?id=WE_vluYUL-X"},
            {"created_date": "Monday, March 4, 2024 at 10:11:21 AM UTC",
             "text": "Reflexion wala paper bhi dekh lo\nhttps://arxiv.org/abs/2303.11366"},
            {"created_date": "Monday, March 4, 2024 at 10:57:25 AM UTC",
             "text": "evaluation ke liye AgentBench: Evaluating LLMs as Agents (arXiv 2308.03688) aur SWE-bench:\n"
             "https://openreview.net/forum?id=VTF8yNQM66"},
        ]
    }  # fmt: skip
    found = extract_references(json.dumps(messages, ensure_ascii=False, indent=1), Shape.JSON).references
    assert not any("2024" in (r.title or "") for r in found)
    pairs = {(r.arxiv_id, r.openreview_id) for r in found}
    assert {("2308.03688", None), (None, "VTF8yNQM66"), (None, "WE_vluYUL-X"), ("2303.11366", None)} <= pairs


def test_a_subtitled_title_whose_name_holds_a_comma_is_read_whole() -> None:
    found = refs(
        "Notes.\n\nTwo older ones we kept coming back to: Do As I Can, Not As I Say: Grounding Language in Robotic"
        " Affordances and the one after it.\n\nVenue: Vancouver, Canada: Hall B and the poster area by the doors.\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == [
        "Do As I Can, Not As I Say: Grounding Language in Robotic Affordances"
    ]


def test_a_model_s_name_a_dash_and_its_sentence_case_subtitled_title_is_a_list_s_paper() -> None:
    found = refs(
        """\
        ## Family tree

        - **MoCo** — Momentum Contrast for Unsupervised Visual Representation Learning https://arxiv.org/abs/1911.05722
        - **BYOL** — Bootstrap your own latent: A new approach to self-supervised Learning
        - **DINO** — Emerging Properties in Self-Supervised Vision Transformers
        - **SimCLR** — A Simple Framework https://arxiv.org/abs/2002.05709
        - **MAE** — Masked Autoencoders Are Scalable Vision Learners https://arxiv.org/abs/2111.06377
        - **Note** — remember to book your own room: we meet at six
        """,
        Shape.MARKDOWN,
    )
    titles = {r.title for r in found}
    assert "Bootstrap your own latent: A new approach to self-supervised Learning" in titles
    assert not any("book your own room" in (title or "") for title in titles)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisäksi ”Neural Ordinary Differential Equations” -artikkeli näyttää, miten syvyys muuttuu jatkuvaksi.",
        "Wer es genauer wissen will, liest das „Neural Ordinary Differential Equations“-Paper noch einmal.",
        "Na zajęciach omówimy artykuł „Neural Ordinary Differential Equations” (NeurIPS 2018) i jego wady.",
        "On relira l'article « Neural Ordinary Differential Equations » avant la séance de jeudi.",
    ],
)
def test_a_title_in_the_quotation_marks_of_the_writer_s_language_called_a_paper_is_one(sentence: str) -> None:
    found = refs(f"# Notes\n\n{sentence}\n", Shape.MARKDOWN)
    assert [r.title for r in found] == ["Neural Ordinary Differential Equations"]


def test_a_quote_in_another_language_s_marks_that_no_one_calls_a_paper_is_none() -> None:
    found = refs(
        """\
        # Protokoll

        Er sagte nur „Das machen wir nächste Woche“ und ging. Das Motto bleibt «Machine Learning Summer School» (Tübingen).
        """,
        Shape.MARKDOWN,
    )
    assert found == ()


def test_a_quoted_title_given_its_short_name_in_parentheses_is_that_paper() -> None:
    found = refs(
        "Phir “Training Compute-Optimal Large Language Models” (Chinchilla) ne sab kuch badal diya.\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == ["Training Compute-Optimal Large Language Models"]


def test_a_subtitled_title_opening_a_message_then_a_dash_and_the_writer_s_note_is_that_paper() -> None:
    found = refs(
        "Voyager: An Open-Ended Embodied Agent with Large Language Models — Minecraft wala demo, skill library"
        " bohat kaam ki cheez hai\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == ["Voyager: An Open-Ended Embodied Agent with Large Language Models"]


def test_a_paper_named_later_by_its_title_s_short_name_is_the_same_paper() -> None:
    records = [
        {"label": "**DINO** — Emerging Properties in Self-Supervised Vision Transformers: A Study of Self-Distillation"},
        {"label": "A „Emerging Properties in Self-Supervised Vision Transformers” cikk fő ötlete az önmegfigyelés."},
    ]  # fmt: skip
    found = extract_references(json.dumps(records, ensure_ascii=False, indent=1), Shape.JSON).references
    assert len([r for r in found if r.title and r.title.startswith("Emerging Properties")]) == 1


def test_an_item_that_is_a_research_title_a_dash_and_the_writer_s_note_is_weakly_a_paper_in_any_list() -> (
    None
):
    found = refs(
        """\
        ## Backlog

        - Deformable Convolutional Networks -- volunteered, still needs a date
        - Machine Learning Reading Group -- every Tuesday at noon in the small room
        - Buy coffee for the group
        - Room booking -- ask the office before Friday please
        """,
        Shape.MARKDOWN,
    )
    assert [(r.title, r.evidence) for r in found] == [
        ("Deformable Convolutional Networks", Evidence.TITLE_ONLY)
    ]


def test_a_research_title_in_a_sentence_then_a_dash_and_the_writer_s_note_is_weakly_a_paper() -> None:
    found = refs(
        """\
        I'd add Mixed Precision Training — halving the memory with loss scaling, very underrated.

        Porovnat s Sparse Transformer Attention Patterns – autoři tvrdí, že to stačí.

        We met at Central Station — the train was late again and nobody minded.

        Also see Deep Learning — it is short.
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == ["Mixed Precision Training", "Sparse Transformer Attention Patterns"]


def test_a_three_word_title_that_another_script_s_sentence_calls_a_paper_is_weakly_one() -> None:
    found = refs(
        """\
        Το άρθρο Deep Residual Learning του 2015 άλλαξε τα πάντα.

        مقالهٔ \u200eNeural Architecture Search\u200f (همان NAS) را بخوانید.

        Мы встретились в Central Park West вчера вечером.
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == ["Deep Residual Learning", "Neural Architecture Search"]


def test_a_subtitled_title_line_right_under_a_paper_s_title_line_is_the_next_paper() -> None:
    found = refs(
        """\
        # Backbones

        MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications (arXiv:1704.04861)
        ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices
        We will present both in ten minutes each.

        Spring Workshop on Efficient Inference: Call for Posters Opens Today
        """,
        Shape.TEXT,
    )
    assert [(r.arxiv_id, r.title) for r in found] == [
        ("1704.04861", "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications"),
        (None, "ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices"),
    ]


def test_a_title_set_apart_by_dashes_inside_a_sentence_is_weakly_a_paper() -> None:
    found = refs(
        "How do you stream it? The paper behind it – Efficient Streaming Language Models with Attention Sinks"
        " – is worth reading even if you never run it.\n\n"
        "We met at the station – The Grand Hotel of Central Europe and Its Garden – and left early.\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == ["Efficient Streaming Language Models with Attention Sinks"]


def test_a_folder_s_text_file_of_a_suffix_paperlist_does_not_know_is_read_by_its_content(
    tmp_path: Path,
) -> None:
    (tmp_path / "reading-map.gv").write_text(
        'digraph map { a [label="Deep Ensembles" URL="https://arxiv.org/abs/1612.01474"]; }\n',
        encoding="utf-8",
    )
    (tmp_path / "NOTES").write_text("see https://arxiv.org/abs/1706.03762\n", encoding="utf-8")
    # (code is read only when it cites a paper by its id: see the test of sources and build files)
    (tmp_path / "train.c").write_text("/* the training loop */ int main(void) {}\n", encoding="utf-8")
    (tmp_path / "figure.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    # (a text in an older encoding is text too: Latin-1, as TeXmacs writes; bytes no encoding reads as text are not)
    (tmp_path / "latin1.dat").write_bytes("caf\xe9 au lait, ligne apr\xe8s ligne\n".encode("latin-1"))
    (tmp_path / "noise.dat").write_bytes(bytes(range(128, 256)) * 8)
    assert sorted(source.name for source in collect_sources([str(tmp_path)])) == [
        "NOTES",
        "latin1.dat",
        "reading-map.gv",
    ]


def test_a_licence_s_notice_in_capitals_and_its_copyright_line_are_no_papers() -> None:
    found = refs(
        """\
        Copyright (C) 1998-2004 Example University. All rights reserved.

        THIS SOFTWARE IS PROVIDED BY THE REGENTS AND CONTRIBUTORS "AS IS" AND
        ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
        IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
        ARE DISCLAIMED. IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE
        THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
        """,
        Shape.TEXT,
    )
    assert found == ()


@pytest.mark.parametrize(
    "heading",
    ["## 📚 Buku dan bacaan umum", "## Kurse und Bücher", "## Herramientas", "## 강의", "## Leaderboards"],
)
def test_a_heading_that_names_another_kind_in_the_writer_s_language_holds_no_papers(heading: str) -> None:
    found = refs(
        f"""\
        # Sumber

        {heading}

        - Deep Learning with Python (Chollet) — bab 2–4 untuk ahli baharu
        - Neural Networks and Deep Learning — a free online text by Nielsen
        """,
        Shape.MARKDOWN,
    )
    assert found == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Next week: alignment. First paper — RLAIF: Scaling reinforcement learning from human feedback with AI"
        " feedback (Lee et al., 2023). Share the channel!",
        "Birinchi maqola — RLAIF: Scaling reinforcement learning from human feedback with AI feedback (Lee va"
        " boshq., 2023). Kanalni ulashing!",
    ],
)
def test_a_short_name_and_a_sentence_case_subtitle_cited_by_its_authors_is_a_paper(sentence: str) -> None:
    found = refs(
        f"{sentence}\n\n06/02/2024, 17:34 - Priya Raman: Also for people new to evals, the GSM8K paper is Training"
        " Verifiers to Solve Math Word Problems (Cobbe et al.). Nobody reads it.\n",
        Shape.TEXT,
    )
    titles = [r.title for r in found]
    assert "RLAIF: Scaling reinforcement learning from human feedback with AI feedback" in titles
    assert not any((title or "").startswith("Priya") for title in titles)


def test_a_title_after_a_lead_s_colon_may_open_with_a_name_that_holds_a_call() -> None:
    found = refs(
        "Worth reading alongside: GPT3.int8(): Eight-bit Matrix Multiplication for Transformers at Scale. The"
        " outlier story explains why naive quantisation fails.\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == [
        "GPT3.int8(): Eight-bit Matrix Multiplication for Transformers at Scale"
    ]


def test_a_title_cited_by_two_authors_names_alone_in_parentheses_is_a_paper() -> None:
    found = refs(
        "# Scheduler, i.e. Stochastic Gradient Descent with Warm Restarts (Loshchilov & Hutter)\n\n"
        "We met in the Conference Room of Building Nine (Smith and Jones) last week.\n",
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == ["Stochastic Gradient Descent with Warm Restarts"]


def test_a_title_over_its_authors_and_their_citation_in_another_language_is_a_paper() -> None:
    found = refs(
        "## Why models cheat\n\n> Adversarial Examples Are Not Bugs, They Are Features\n\n"
        "Ilyas u.c. (Advances in Neural Information Processing Systems, 2019). Galvenā doma: pazīmes.\n",
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == ["Adversarial Examples Are Not Bugs, They Are Features"]


def test_an_emphasised_research_title_then_a_dash_and_the_writer_s_note_is_weakly_a_paper() -> None:
    found = refs(
        "## Augmentation\n\n**Randaugment: Practical Automated Data Augmentation with a Reduced Search Space** —"
        " vienkāršs, bet darbojas arī klasifikācijā.\n\n**Office Hours** — every Tuesday at noon in the lab.\n\n"
        "- Describing and Localizing Multiple Changes with Transformers — izmaiņu apraksti attēlu pāriem\n"
        "- Buy coffee\n",
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Randaugment: Practical Automated Data Augmentation with a Reduced Search Space",
        "Describing and Localizing Multiple Changes with Transformers",
    ]


def test_a_google_docs_markdown_table_s_cell_of_two_papers_and_its_escapes_are_read(tmp_path: Path) -> None:
    page = (
        "# Reading circle\n\n| Date | Papers | Who |\n| :---- | :---- | :---- |\n"
        "| 5\\. March | [Distributed Representations of Words and Phrases and their Compositionality]"
        "(https://arxiv.org/abs/1310.4546)<br>background: *Enriching Word Vectors with Subword Information* | Kadri |\n"
        "| 12\\. March | Language Models are Unsupervised Multitask Learners ([OpenAI PDF](https://cdn.openai.com/"
        "better-language-models/language_models_are_unsupervised_multitask_learners.pdf)) | Mari |\n"
        "| 19\\. March | Self\\-Attention with Relative Position Representations (arXiv:1803.02155) | Liis |\n"
    )
    (tmp_path / "circle.md").write_text(page, encoding="utf-8")
    [reading] = read_digests([str(tmp_path)])
    titles = {r.title for r in reading.extraction.references}
    assert "Enriching Word Vectors with Subword Information" in titles
    assert "Language Models are Unsupervised Multitask Learners" in titles
    assert "Self-Attention with Relative Position Representations" in titles


def test_titles_in_a_paragraph_hard_wrapped_at_72_columns_are_read_whole() -> None:
    lines = [
        "Subject: The Weekly Gradient, issue 14 - speech, agents and a few classics from the archive",
        "",
        "This week we go back to speech. Os modelos de hoxe aprenderon moito dos",
        "traballos vellos, e paga a pena lelos outra vez antes do seminario que",
        "vén. Para quen queira a historia completa, volve aos clásicos: Reducing the",
        "Dimensionality of Data with Neural Networks (Hinton e Salakhutdinov, 2006)",
        "e tamén Sequence Transduction with Recurrent Neural Networks (Graves 2012).",
        "Ambos son curtos e moi claros, e ademais teñen figuras bonitas e claras.",
        "O resto do número trata de axentes, de ferramentas e de avaliación, con",
        "ligazóns ao final para quen queira ler máis sobre cada un dos temas.",
        "Grazas por ler e ata a semana que vén, cun novo número cheo de artigos!",
        "",
        "You are receiving this email because you subscribed to The Weekly Gradient on our website, thank you.",
        "To stop receiving these emails, reply with the word unsubscribe in the subject line, or write to us.",
        "The Weekly Gradient is written by volunteers of the reading group and is sent on the first Monday.",
        "Our postal address is Rúa do Exemplo 12, 15701 Santiago de Compostela, Galicia, Spain, Europe, Earth.",
    ]
    found = refs("\n".join(lines) + "\n", Shape.TEXT)
    titles = [r.title for r in found]
    assert "Reducing the Dimensionality of Data with Neural Networks" in titles
    assert not any(title and title.startswith("Dimensionality") for title in titles)


def test_an_item_s_short_name_and_venue_before_its_title_are_no_part_of_it() -> None:
    found = refs(
        """\
        - Retentive Network: A Successor to Transformer for Large Language Models https://arxiv.org/abs/2307.08621
        - Funnel-Transformer: Filtering out Sequential Redundancy — arXiv 2006.03236
        - Hyena (ICML 2023): Hyena Hierarchy: Towards Larger Convolutional Language Models
        """,
        Shape.MARKDOWN,
    )
    assert "Hyena Hierarchy: Towards Larger Convolutional Language Models" in [r.title for r in found]


def test_a_title_line_given_its_short_name_in_parentheses_is_a_paper_and_an_arrow_to_its_link_no_part_of_it() -> (
    None
):
    found = refs(
        "Para sa robotics side:\n"
        "▪️ Inner Monologue: Embodied Reasoning through Planning with Language Models (SayPlan)\n"
        "▪️ RT-1: Robotics Transformer for Real-World Control at Scale → https://arxiv.org/abs/2212.06817\n"
        "▪️ Reading Group Schedule for the Spring Term (RGS)\n"
        "▪️ Cross Platform Builds for All the Major Systems (MacOS, Windows, GNU/Linux)\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == [
        "Inner Monologue: Embodied Reasoning through Planning with Language Models",
        "RT-1: Robotics Transformer for Real-World Control at Scale",
    ]


def test_an_item_s_subtitled_title_that_a_sentence_goes_on_from_is_cut_where_its_title_case_ends() -> None:
    found = refs(
        """\
        Older ideas worth knowing before the session:

        1. Big Bird: Transformers for Longer Sequences adds random and global tokens to a sliding window
        2. Step 3: Install Docker and run the evaluation scripts on the cluster
        3. Linformer: Self-Attention with Linear Complexity projects keys and values to a low rank
        4. Agenda: Coffee First then we talk about the schedule for next term
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Big Bird: Transformers for Longer Sequences",
        "Linformer: Self-Attention with Linear Complexity",
    ]


def test_an_item_whose_note_after_a_dash_calls_it_a_paper_is_one_in_sentence_case_too() -> None:
    found = refs(
        """\
        Background for newcomers:

        - Scaling laws for neural language models — the Kaplan paper everyone cites for compute budgets
        - Deep residual learning for image recognition – el artículo de las conexiones residuales
        - Weekly sync with the infra team — the notes are in the shared drive as usual
        - Reading group on efficient attention — the paper of the week is picked on Friday
        """,
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Scaling laws for neural language models",
        "Deep residual learning for image recognition",
    ]


AUTHOR_DATE = [
    "Kingma, D. P., & Ba, J. (2015). Adam: A Method for Stochastic Optimization. ICLR 2015.",
    "Ba, J. L., Kiros, J. R., & Hinton, G. E. (2016). Layer Normalization. arXiv preprint arXiv:1607.06450.",
    "Van den Oord, A., Li, Y., & Vinyals, O. (2018). Representation Learning with Contrastive Predictive Coding."
    " arXiv.",
    "Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning (1st ed.). MIT Press.",
]


def test_references_in_an_author_date_style_are_read_without_a_heading_above_them() -> None:
    message = "Thanks all! As promised, what I cited in the talk:\n\n" + "\n\n".join(AUTHOR_DATE) + "\n"
    found = refs(message, Shape.MARKDOWN)
    assert [(r.title, r.arxiv_id) for r in found] == [
        ("Adam: A Method for Stochastic Optimization", None),
        ("Layer Normalization", "1607.06450"),
        ("Representation Learning with Contrastive Predictive Coding", None),
    ]  # (the book is no paper)


def test_a_data_file_s_list_of_author_date_references_names_its_papers(tmp_path: Path) -> None:
    release = {
        "title": "tiny-optim: optimisers for small models",
        "upload_type": "software",
        "description": "<p>Optimisers and normalisation layers for small models.</p>",
        "references": AUTHOR_DATE,
    }
    (tmp_path / ".zenodo.json").write_text(json.dumps(release, indent=2), encoding="utf-8")
    [reading] = read_digests([str(tmp_path / ".zenodo.json")])
    titles = {r.title for r in reading.extraction.references}
    assert titles == {
        "Adam: A Method for Stochastic Optimization",
        "Layer Normalization",
        "Representation Learning with Contrastive Predictive Coding",
    }


def test_research_titles_alone_deep_in_a_tree_that_names_papers_are_weakly_papers_and_its_topics_are_not() -> (
    None
):
    tree = """\
        # Reading tree

        - Representation learning
          - Contrastive
            - Momentum Contrast for Unsupervised Visual Representation Learning https://arxiv.org/abs/1911.05722
            - Dimensionality Reduction by Learning an Invariant Mapping
          - Generative
            - Auto-Encoding Variational Bayes arXiv:1312.6114
            - Ladder Variational Autoencoders
              - why the hierarchy helps
          - Theory
            - Understanding Contrastive Representation Learning through Alignment and Uniformity on the Hypersphere
            - Provable Guarantees for Self-Supervised Deep Learning with Spectral Contrastive Loss
        """
    found = refs(tree, Shape.MARKDOWN)
    titles = {r.title for r in found}
    assert {
        "Dimensionality Reduction by Learning an Invariant Mapping",
        "Ladder Variational Autoencoders",
        "Understanding Contrastive Representation Learning through Alignment and Uniformity on the Hypersphere",
        "Provable Guarantees for Self-Supervised Deep Learning with Spectral Contrastive Loss",
    } <= titles
    assert not titles & {"Representation learning", "Contrastive", "Generative", "Theory"}
    assert all(r.weak for r in found if r.arxiv_id is None)


def test_a_tree_of_topics_that_names_no_paper_gives_none() -> None:
    syllabus = """\
        - Week 1
          - Supervised Representation Learning Basics
          - Convolutional Network Architectures
        - Week 2
          - Sequence Modeling with Recurrent Networks
          - Attention Mechanisms for Sequence Models
        """
    assert refs(syllabus, Shape.MARKDOWN) == ()


def test_the_next_item_of_a_list_is_never_joined_to_the_line_above_as_a_wrapped_title() -> None:
    prose = [  # (hard-wrapped at 48 columns)
        "We met on Thursday and went through the first",
        "half of the reading list, which took longer than",
        "planned because the discussion of negatives went",
        "on for a while and everybody had an opinion",
        "about batch sizes, memory banks and queues. Next",
        "week we finish the contrastive part and then",
        "move on to the methods that need no negatives at",
        "all, as agreed in the planning meeting last",
        "month. Below is the list as it stands tonight.",
    ]
    items = [
        "- Supervised Contrastive Learning arXiv:2004.11362",
        "- Towards Domain-Agnostic Contrastive Learning",
        "- Momentum Contrast for Unsupervised Visual Representation Learning arXiv:1911.05722",
    ]
    found = refs("\n".join(prose) + "\n\n" + "\n".join(items) + "\n", Shape.TEXT)
    titles = [r.title for r in found]
    assert "Towards Domain-Agnostic Contrastive Learning" in titles
    assert not any(title and "arXiv:2004.11362" in title for title in titles)


def test_a_bulleted_emphasised_research_title_then_a_dash_and_the_writer_s_note_is_weakly_a_paper() -> None:
    found = refs(
        "## Եռաչափ\n\n"
        "- **Neural Radiance Fields for Unconstrained Photo Collections** — լուսանկարների հավաքածուից տեսարան\n"
        "- **Zero-Shot Text-Guided Object Generation with Dream Fields** — տեքստից եռաչափ օբյեկտ\n"
        "- **Office Hours** — every Tuesday at noon in the lab\n",
        Shape.MARKDOWN,
    )
    assert [(r.title, r.weak) for r in found] == [
        ("Neural Radiance Fields for Unconstrained Photo Collections", True),
        ("Zero-Shot Text-Guided Object Generation with Dream Fields", True),
    ]


def test_a_title_cited_by_its_journal_s_volume_and_pages_is_cut_before_them() -> None:
    found = refs(
        "Background, not on the exam:\n\n"
        "• Mastering the game of Go without human knowledge (Nature 550, 354–359)\n"
        "• Long Short-Term Memory (Neural Computation 9(8), 1735–1780)\n",
        Shape.TEXT,
    )
    assert [r.title for r in found] == [
        "Mastering the game of Go without human knowledge",
        "Long Short-Term Memory",
    ]


def test_list_items_numbered_in_another_script_s_digits_are_read_as_numbered_items() -> None:
    found = refs(
        "यो हप्ताको सूची:\n\n"
        "१. Playing Atari with Deep Reinforcement Learning — DQN को सुरुवात\n"
        "२. What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study — PPO का कुराहरू\n"
        "३. Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor\n",
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Playing Atari with Deep Reinforcement Learning",
        "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study",
        "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor",
    ]


def test_an_item_s_link_far_from_its_title_takes_that_title_not_the_item_s_above() -> None:
    found = refs(
        "【扩散模型入门必读】\n"
        "1.《Improved Denoising Diffusion Probabilistic Models》A Nichol, P Dhariwal [OpenAI] (ICML 2021) 改进版\n"
        "2.《Classifier-Free Diffusion Guidance》J Ho, T Salimans [Google Research, Brain Team] (NeurIPS Workshop"
        " 2021) 无需分类器的引导，条件生成的标配 https://arxiv.org/abs/2207.12598\n",
        Shape.MARKDOWN,
    )
    by_id = {r.arxiv_id: r.title for r in found}
    assert by_id["2207.12598"] == "Classifier-Free Diffusion Guidance"
    assert "Improved Denoising Diffusion Probabilistic Models" in by_id.values()


def test_a_quoted_title_right_before_its_id_is_its_title_whatever_the_sentence_around_it() -> None:
    found = refs(
        "Notes from the meeting.\n\n"
        'Good point. For an overview there is "Towards a Unified View of Parameter-Efficient Transfer Learning" —'
        " https://openreview.net/forum?id=0RDcd5Axok\n\n"
        'Thanks Johan. On DARTS: "Rethinking Architecture Selection in Differentiable NAS" (arXiv:2108.04392)'
        " shows that the weights do not pick the best operation. Another one is *Understanding and Robustifying"
        " Differentiable Architecture Search* by the same group.\n",
        Shape.MARKDOWN,
    )
    titles = {r.arxiv_id or r.openreview_id: r.title for r in found}
    assert titles["0RDcd5Axok"] == "Towards a Unified View of Parameter-Efficient Transfer Learning"
    assert titles["2108.04392"] == "Rethinking Architecture Selection in Differentiable NAS"
    assert "Understanding and Robustifying Differentiable Architecture Search" in titles.values()


def test_a_post_s_numbered_sections_are_not_papers_though_its_numbered_notes_give_ids() -> None:
    post = """\
        A reading list for the group, with my notes on each part. I have read all of these properly.

        1. Optimisers, the boring part

        Start with Adam: A Method for Stochastic Optimization[1] and then Decoupled Weight Decay Regularization[2]. \
The point to take away is that the defaults matter less than the schedule. Everyone argues about this anyway.

        2. Normalisation and what it hides

        - Layer Normalization[3] for the transformer side.
        - Group Normalization[4] when batches are small.

        Notes

        1. ^ https://arxiv.org/abs/1412.6980
        2. ^ https://arxiv.org/abs/1711.05101
        3. ^ https://arxiv.org/abs/1607.06450
        4. ^ https://arxiv.org/abs/1803.08494
        """
    titles = [r.title for r in refs(post, Shape.TEXT)]
    assert "Optimisers, the boring part" not in titles
    assert "Normalisation and what it hides" not in titles


def test_a_long_quoted_question_in_title_case_and_research_words_is_weakly_a_paper() -> None:
    found = refs(
        "Project ideas from the TAs.\n\n"
        '- Theory angle (optional, harder): "Why Do Deep Convolutional Networks Generalize So Poorly to Small'
        ' Image Transformations?"\n'
        '- Ask yourself: "What Is the Smallest Thing That Could Possibly Work Here?"\n',
        Shape.MARKDOWN,
    )
    assert [(r.title, r.weak) for r in found] == [
        ("Why Do Deep Convolutional Networks Generalize So Poorly to Small Image Transformations?", True)
    ]


def test_a_paragraph_s_bold_run_in_lead_then_a_research_title_and_a_note_is_weakly_a_paper() -> None:
    found = refs(
        "Қысқаша тізім:\n\n"
        "**3D.** 3D Gaussian Splatting for Real-Time Radiance Field Rendering — NeRF-ке балама, нақты уақытта.\n\n"
        "**Аудио.** Сіз айтып отырған мақала осы.\n\n"
        "**Note:** Bring Your Own Laptop to the Session — the room has no machines.\n",
        Shape.MARKDOWN,
    )
    assert [(r.title, r.weak) for r in found] == [
        ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", True)
    ]


def test_a_latex_document_s_bibliography_written_out_with_filecontents_is_read_as_bibtex() -> None:
    document = """\
        \\begin{filecontents*}[overwrite]{\\jobname.bib}
        @article{kingma2014adam,
          title   = {{Adam}: A Method for Stochastic Optimization},
          author  = {Kingma, Diederik P. and Ba, Jimmy},
          journal = {arXiv preprint arXiv:1412.6980},
          year    = {2014}
        }
        @inproceedings{ioffe2015bn,
          title     = {Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift},
          booktitle = {International Conference on Machine Learning},
          year      = {2015}
        }
        @phdthesis{doe2021,
          title  = {Optimisation for Small Models},
          school = {Example University},
          year   = {2021}
        }
        \\end{filecontents*}
        \\documentclass{article}
        \\begin{document}
        Adaptive methods \\citep{kingma2014adam} and normalisation \\citep{ioffe2015bn} changed training.
        \\bibliography{\\jobname}
        \\end{document}
        """
    found = refs(document, Shape.TEXT)
    assert {(r.arxiv_id, r.title, r.line) for r in found} == {
        ("1412.6980", "Adam: A Method for Stochastic Optimization", 2),
        (
            None,
            "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
            8,
        ),
    }  # (the thesis is no paper)


def test_an_item_s_title_wrapped_after_a_small_word_onto_the_line_of_its_link_is_read_whole() -> None:
    found = refs(
        "Before we train anything bigger:\n\n"
        "- Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism (NVIDIA)\n"
        "- Efficient Large-Scale Language Model Training on GPU Clusters Using\n"
        "  Megatron-LM  https://arxiv.org/abs/2104.04473\n",
        Shape.MARKDOWN,
    )
    by_id = {r.arxiv_id: r.title for r in found}
    assert (
        by_id["2104.04473"]
        == "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM"
    )


def test_latin_words_in_another_script_that_are_numbers_to_dial_or_a_course_are_no_papers() -> None:
    found = refs(
        "ክፍል 214፣ ሐሙስ 8:30። Zoom ለሚፈልጉ፦ Meeting ID 842 1573 0042, Passcode 605118 ብቻ።\n\n"
        "ការណែនាំការ fine-tune មាននៅក្នុង Hugging Face Audio Course ហើយ។\n\n"
        'Lilian Weng గారి "What are Diffusion Models?" blog post కూడా చాలా బాగుంటుంది.\n\n'
        "ለምሳሌ Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer የሚለው።\n",
        Shape.MARKDOWN,
    )
    assert [r.title for r in found] == [
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer"
    ]


def test_a_short_name_and_a_lab_in_parentheses_after_an_item_s_title_are_no_part_of_it() -> None:
    found = refs(
        "Robots, proposed in the chat:\n\n"
        "- Do As I Can, Not As I Say: Grounding Language in Robotic Affordances (SayCan)\n"
        "- RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control"
        " https://huggingface.co/papers/2307.15818\n"
        "- A Generalist Agent (Gato, DeepMind)\n"
        "Tí ó bá pọ̀ jù, ẹ mú RT-2 nìkan.\n",
        Shape.MARKDOWN,
    )
    assert "A Generalist Agent" in [r.title for r in found]


def test_the_end_of_an_item_s_title_cut_inside_a_phrase_is_no_title_of_its_own() -> None:
    found = refs(
        "Reading:\n\n"
        "- [Swin Transformer: Hierarchical Vision Transformer using Shifted Windows]"
        "(https://arxiv.org/abs/2103.14030) — iyerarxik ViT.\n"
        "- When Does Label Smoothing Help? Calibration, Distillation, and Robustness in Vision Transformers —"
        " kiçik datasetdə öyrədirsinizsə, augmentasiya barədə ən praktik məqalə.\n"
        "- Regularization angle: AutoDropout: Learning Dropout Patterns to Regularize Deep Networks.\n",
        Shape.MARKDOWN,
    )
    titles = [r.title for r in found]
    assert "Robustness in Vision Transformers" not in titles
    assert "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks" in titles


def test_a_quoted_title_after_another_latin_script_language_s_word_for_a_paper_is_named_by_it() -> None:
    found = refs(
        "Odgovor 2.1: Dodali smo eksperimente uz trening iz rada\n"
        "“Adversarial Logit Pairing” [12], i kratku analizu (redovi 470–488).\n\n"
        'W artykule "Improved Regularization with Cutout" opisano maskowanie fragmentów obrazu.\n\n'
        'The lab said it was rad "Summer Party Photos" were up.\n',
        Shape.TEXT,
    )
    assert [r.title for r in found] == ["Adversarial Logit Pairing", "Improved Regularization with Cutout"]


def test_a_title_in_prose_past_every_link_of_its_line_is_another_paper_though_one_link_has_no_title() -> None:
    found = refs(
        "Answers below.\n\n"
        "For vision-language: Flamingo: a Visual Language Model for Few-Shot Learning (arXiv 2204.14198) and the"
        " successor https://arxiv.org/pdf/2301.12597.pdf. The older Unifying Vision-and-Language Tasks via Text"
        " Generation is short and explains the idea well.\n",
        Shape.MARKDOWN,
    )
    assert "Unifying Vision-and-Language Tasks via Text Generation" in [r.title for r in found]
