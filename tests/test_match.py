"""match.py on the hard cases of the catalogue: renamed versions, OpenReview titles, short titles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperlist.enrich.match import (
    Level,
    Wanted,
    decide,
    fallback_clauses,
    surnames,
    title_parts,
    title_similarity,
)
from paperlist.metadata import Metadata
from paperlist.titles import match_key

CATALOGUE = json.loads((Path(__file__).parent / "data" / "catalogue.json").read_text("utf-8"))
RECORDS = [
    Metadata(
        source="arxiv",
        title=item["title"],
        arxiv_id=item["arxiv_id"],
        authors=tuple(item["authors"]),
        published=item["published"] or f"20{item['arxiv_id'][:2]}-{item['arxiv_id'][2:4]}-01",
    )
    for item in CATALOGUE
    if item["arxiv_id"]
]
SEEDS = [item for item in CATALOGUE if item["role"] == "seed"]


def test_normalisation() -> None:
    assert match_key("$\\textit{latent}$-GLAT: Glancing") == "latent glat glancing"
    assert match_key("Self-Supervised  Learning") == match_key("self supervised learning")
    assert surnames("Y H Tsai, Y Wu, R Salakhutdinov, L Morency") == (
        "tsai",
        "wu",
        "salakhutdinov",
        "morency",
    )
    assert surnames("Mingxing Tan     Quoc V. Le") == ("tan", "le")
    assert surnames(["Jörn-Henrik Jacobsen", "Anonymous"]) == ("jacobsen",)


@pytest.mark.parametrize(
    ("wanted", "found", "level"),
    [
        ("EfficientNetV2", "EfficientNetV2: Smaller Models and Faster Training", Level.CLOSE),
        (
            "Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms",
            "Attention is Not Only a Weight: Analyzing Transformers with Vector Norms",
            Level.CLOSE,
        ),
        (
            "Memformer: The Memory-Augmented Transformer",
            "Memformer: A Memory-Augmented Transformer for Sequence Modeling",
            Level.CLOSE,
        ),
        ("Supervised Contrastive Learning", "Generalized Supervised Contrastive Learning", Level.PARTIAL),
        (
            "Evolving Reinforcement Learning Algorithms",
            "Discovering Reinforcement Learning Algorithms",
            Level.PARTIAL,
        ),
        (
            "HiPPO: Recurrent Memory with Optimal Polynomial Projections",
            "How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections",
            Level.PARTIAL,
        ),
    ],
)
def test_title_levels(wanted: str, found: str, level: Level) -> None:
    assert title_similarity(wanted, found)[0] == level


@pytest.mark.parametrize("seed", SEEDS, ids=lambda item: item["seed_title"][:40])
def test_every_seed_title_against_the_whole_catalogue(seed: dict[str, object]) -> None:
    """With every catalogue paper as a candidate (distractors too), a seed resolves right or not at all."""
    openreview = bool(seed["openreview_id"])
    authors = surnames(seed["authors"]) if openreview else ()  # type: ignore[arg-type]
    decision = decide(Wanted((str(seed["seed_title"]),), authors, 2020 if openreview else None), RECORDS)
    got = decision.match.arxiv_id if decision.match else None
    if seed["arxiv_id"] is None:
        assert got is None  # Erasure for Advancing has no arXiv version
    else:
        assert got == seed["arxiv_id"]


def test_without_authors_a_renamed_openreview_title_stays_unresolved() -> None:
    wanted = Wanted(("Not All Memories are Created Equal: Learning to Expire",))
    decision = decide(wanted, RECORDS)
    assert decision.match is None
    assert decision.ambiguous
    assert decision.candidates[0].arxiv_id == "2105.06548"


def test_a_distractor_alone_is_never_taken() -> None:
    only = [
        record
        for record in RECORDS
        if record.arxiv_id in {"2007.08794", "2206.00384", "2005.00669", "2204.02030"}
    ]
    for title in (
        "Evolving Reinforcement Learning Algorithms",
        "Supervised Contrastive Learning",
        "Erasure for Advancing: Dynamic Self-Supervised Learning for Commonsense Reasoning",
    ):
        assert decide(Wanted((title,)), only).match is None
    glat = Wanted(
        ("Non-iterative Parallel Text Generation via Glancing Transformer",), ("qian", "zhou", "bao"), 2020
    )
    assert decide(glat, only).match is None  # latent-GLAT: same group, other first author, two years later


def test_two_equal_titles_are_ambiguous() -> None:
    twins = [
        Metadata(
            source="arxiv", title="Smooth Adversarial Training", arxiv_id="2006.14536", published="2020-06-25"
        ),
        Metadata(
            source="arxiv", title="Smooth adversarial training", arxiv_id="1999.00001", published="2019-01-01"
        ),
    ]
    decision = decide(Wanted(("Smooth Adversarial Training",)), twins)
    assert decision.match is None
    assert len(decision.candidates) == 2


def test_fallback_clauses() -> None:
    assert fallback_clauses(Wanted(("Memformer: The Memory-Augmented Transformer",), ("wu",))) == [
        'ti:"Memformer"',
        'ti:"Memory-Augmented Transformer"',
        "(au:wu AND (ti:memformer OR ti:augmented OR ti:memory))",
    ]
    glat = fallback_clauses(
        Wanted(("Non-iterative Parallel Text Generation via Glancing Transformer",), ("qian",))
    )
    assert glat == ["(au:qian AND (ti:iterative OR ti:parallel OR ti:glancing))"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Peters et al., NAACL 2018", ("peters",)),  # a slide's citation: who, then where and when
        ("Sutskever, I., Vinyals, O. & Le, Q. V", ("sutskever", "vinyals", "le")),  # Nature style
        ("Lin, Tang, Han · MLSys 2024", ("lin", "tang", "han")),
        ("Kevin Clark | Minh-Thang Luong", ("clark", "luong")),  # the ACL Anthology's bars
        ("Y H Tsai, Y Wu, R Salakhutdinov", ("tsai", "wu", "salakhutdinov")),
        # a paper header's affiliation and role marks, as superscripts or as pdftotext writes them
        ("Albert Gu¹, Tri Dao*†, Stefano Ermon²", ("gu", "dao", "ermon")),
        ("Hao Peng1,2, Nikolaos Pappas1, Dani Yogatama3", ("peng", "pappas", "yogatama")),
        ("Jörg Müller^{1}, Ana Lima^2", ("muller", "lima")),
    ],
)
def test_surnames_leave_out_what_is_no_surname(written: str, expected: tuple[str, ...]) -> None:
    assert surnames(written) == expected


def test_an_exact_title_cited_with_its_venue_is_taken_by_its_first_author() -> None:
    record = Metadata(
        source="arxiv",
        title="Deep contextualized word representations",
        arxiv_id="1802.05365",
        authors=("Matthew E. Peters", "Mark Neumann", "Mohit Iyyer"),
        published="2018-02-15",
    )
    wanted = Wanted(
        ("Deep contextualized word representations",), surnames("Peters et al., NAACL 2018"), 2018
    )
    assert decide(wanted, [record]).match is not None  # (read as `al` and `2018`, no author was in common)


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        (
            "MAE (Masked Autoencoders Are Scalable Vision Learners)",
            ["Masked Autoencoders Are Scalable Vision Learners"],
        ),
        (
            "Masked Autoencoders Are Scalable Vision Learners (MAE)",
            ["Masked Autoencoders Are Scalable Vision Learners"],
        ),
        (
            "VLM week: Sigmoid Loss for Language Image Pre-Training",
            ["Sigmoid Loss for Language Image Pre-Training"],
        ),
        ("He init = Delving Deep into Rectifiers", ["Delving Deep into Rectifiers"]),
        (
            "und The Power of Scale for Parameter-Efficient Prompt Tuning",
            ["The Power of Scale for Parameter-Efficient Prompt Tuning"],
        ),
        (
            "2024-03-06 Generating Long Sequences with Sparse Transformers",
            ["Generating Long Sequences with Sparse Transformers"],
        ),
        (
            "Li & Liang, Prefix-Tuning: Optimizing Continuous Prompts",
            ["Prefix-Tuning: Optimizing Continuous Prompts"],
        ),
        (
            "Tengyu Ma, «Why Do Local Methods Solve Nonconvex Problems?»",
            ["Why Do Local Methods Solve Nonconvex Problems?"],
        ),
        (
            "I<Neural Machine Translation of Rare Words with Subword Units>",
            ["Neural Machine Translation of Rare Words with Subword Units"],
        ),
        (
            "Gradient Projection Memory for Continual Learning, Saha, Garg, Roy",
            ["Gradient Projection Memory for Continual Learning"],
        ),
        # (a paper's own name before its colon, in capitals, is never dropped; nor is a title's head in lower case
        # with its small words, nor a citation in parentheses split at its comma; a title alone has no part)
        ("Prefix-Tuning: Optimizing Continuous Prompts for Generation", []),
        ("Learning to Rank: From Pairwise Approach to Listwise Approach", []),
        ("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", []),
        ("Deep Residual Learning (He et al., 2016)", []),
        ("Training language models to follow instructions with human feedback", []),
    ],
)
def test_the_title_inside_the_writer_s_words_around_it_is_searched_too(
    written: str, parts: list[str]
) -> None:
    assert title_parts(written) == parts


def _record(title: str, arxiv_id: str) -> Metadata:
    return Metadata(
        source="arxiv", title=title, arxiv_id=arxiv_id, authors=("A. Writer",), published="2021-04-18"
    )


def test_a_record_titled_as_the_part_is_a_close_match_and_one_titled_as_written_wins_over_it() -> None:
    part = _record("Learn to Solve Routing Problems!", "2104.00001")
    whole = _record("Attention, Learn to Solve Routing Problems!", "1803.08475")
    assert decide(Wanted(titles=("Week 3, Learn to Solve Routing Problems!",)), [part]).match == part
    assert (
        decide(Wanted(titles=("Attention, Learn to Solve Routing Problems!",)), [part, whole]).match == whole
    )
    # (a part is never an exact match: a label's record alone, with authors that disagree, is not taken)
    wanted = Wanted(titles=("VLM week: Learn to Solve Routing Problems!",), surnames=("kool",))
    assert decide(wanted, [part]).match is None
