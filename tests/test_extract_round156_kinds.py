"""Habits the blind rounds 155 to 157 brought (tests/data/digests-round155 to -round157), each written here in a
small digest of its own, in other words and languages than the rounds'."""

from __future__ import annotations

from paperlist.digests import Evidence
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(data: bytes, name: str) -> list[tuple[str | None, str | None, Evidence]]:
    text, label = decode_digest(data, name)
    extraction = extract_document(text, name, html=label.startswith("html/"))
    return [
        (reference.title, reference.arxiv_id or reference.openreview_id, reference.evidence)
        for reference in extraction.references
    ]


def test_search_results_titled_by_their_pages_give_the_papers_without_the_sites_names() -> None:
    # (a search tool's results printed as title and address: a proceedings site's page titled with its venue, and
    # a site whose name says "Papers" after the paper's title)
    results = (
        "$ buscar --solo-titulos 'autoencoders visión'\n"
        "Emerging Properties in Self-Supervised Vision Transformers - ICCV 2021 Open Access\n"
        "https://openaccess.thecvf.com/content/ICCV2021/html/Caron_Emerging_Properties_ICCV_2021_paper.html\n"
        "\n"
        "Masked Autoencoders Are Scalable Vision Learners | Papers With Code\n"
        "https://paperswithcode.com/paper/masked-autoencoders-are-scalable-vision\n"
        "\n"
        "timm: PyTorch Image Models — documentación\n"
        "https://huggingface.co/docs/timm/index\n"
        "$ \n"
    )
    titles = {title for title, _, _ in _references(results.encode(), "busqueda.txt")}
    assert "Emerging Properties in Self-Supervised Vision Transformers" in titles
    assert "Masked Autoencoders Are Scalable Vision Learners" in titles
    assert not any(title and ("Open Access" in title or "Papers With Code" in title) for title in titles)


def test_a_titles_short_names_and_a_note_in_parentheses_after_it_are_no_part_of_it() -> None:
    # (a list of titles without links, one with two short names and the writer's note in parentheses after it)
    mail = (
        "Temat: lista na wrzesień (bez linków)\n"
        "\n"
        "1) Efficient Streaming Language Models with Attention Sinks (StreamingLLM, KV cache w praktyce)\n"
        "2) Ring Attention with Blockwise Transformers for Near-Infinite Context\n"
        "3) Lost in the Middle: How Language Models Use Long Contexts\n"
        "4) wykład o FlashAttention, tylko nagranie\n"
    )
    titles = [title for title, _, _ in _references(mail.encode(), "lista.txt")]
    assert "Efficient Streaming Language Models with Attention Sinks" in titles
    assert not any(title and "StreamingLLM" in title for title in titles)
