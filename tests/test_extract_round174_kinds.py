"""Habits the blind rounds 174 and 175 brought, and misses of earlier rounds read again, each written here in a small
digest of its own, in other words and languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.extract.document import Shape
from paperlist.ingest.extract.outline import outline


def _references(text: str, name: str) -> list[Reference]:
    decoded, label = decode_digest(text.encode(), name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str) -> set[str]:
    return {reference.title for reference in _references(text, name) if reference.title}


def test_rows_of_tab_separated_values_with_no_header_give_their_title_column() -> None:
    # (a query's output printed as tab-separated values, `… | @tsv`: a date, a link and a title a row, no header;
    # a row naming a printed blog post in parentheses is no paper)
    session = (
        "ana@portatil:~$ sqlite3 -separator $'\\t' lecturas.db 'select fecha, enlace, titulo from marcadores'\n"
        "2025-03-02T08:15:40+01:00\thttps://arxiv.org/abs/2101.00017\tSparse Routing Experts for Dense Retrieval\n"
        "2025-03-04T19:02:11+01:00\thttps://arxiv.org/pdf/2102.00018v2\tCalibrated Token Budgets for Long-Context Language Models\n"
        "2025-03-09T10:47:36+01:00\t~/Descargas/guia-memoria.pdf\tA Visual Guide to Memory Layers (copia del blog)\n"
        "2025-03-11T21:30:05+01:00\thttps://arxiv.org/abs/2103.00019\tGraph Kernels Meet Contrastive Learning for Molecules\n"
        "ana@portatil:~$\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(session, "marcadores.txt")}
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert by_id["2102.00018"] == "Calibrated Token Budgets for Long-Context Language Models"
    assert by_id["2103.00019"] == "Graph Kernels Meet Contrastive Learning for Molecules"
    assert "A Visual Guide to Memory Layers" not in _titles(session, "marcadores.txt")


def test_tab_separated_lines_that_are_no_table_are_still_read_line_by_line() -> None:
    # (a word processor's numbered references, `1.<tab>…`, and a tool's tagged output whose cells open on a field's
    # label, `file<tab>Title: …`: each line's own reading, not a table's column)
    references = (
        "References\n"
        "1.\tOkafor N, Lindqvist E. Sparse routing experts for dense retrieval. arXiv:2101.00017. 2021.\n"
        "2.\tMarchetti L. Calibrated token budgets for long-context language models. 2022.\n"
        "3.\tHaddad R. Graph kernels meet contrastive learning for molecules. 2023.\n"
    )
    titles = _titles(references, "refs.txt")
    assert not any(title[:2].rstrip(".").isdigit() for title in titles)
    tagged = (
        "$ parallel --tag pdfinfo {} ::: *.pdf | grep Title\n"
        "a.pdf\tTitle:          Sparse Routing Experts for Dense Retrieval\n"
        "b.pdf\tTitle:          Calibrated Token Budgets for Long-Context Language Models\n"
        "c.pdf\tTitle:          Graph Kernels Meet Contrastive Learning for Molecules\n"
    )
    assert not any(title.startswith("Title") for title in _titles(tagged, "pdfs.txt"))


def test_a_numbered_reference_list_with_tabs_is_no_headerless_table() -> None:
    # (a word processor's numbered references, `1.<tab>…`: each line an entry of the list, a program's or an archive's
    # page among them no paper)
    references = (
        "Referencias\n"
        "\n"
        "1.\tOkafor N, Lindqvist E. Sparse routing experts for dense retrieval. Neural Comput. 2021;33(4):101-9.\n"
        "2.\tMarchetti L, Berg T. Calibrated token budgets for long-context language models. arXiv:2102.00018 "
        "[Preprint]. 2022 [cited 2024 Mar 3].\n"
        "3.\tHaddad R. Graph kernels meet contrastive learning for molecules. Nature. 2023;611:55-61.\n"
        "4.\tKestrel [Internet]. Version 3.2. San Sebastián (ES): Example Labs; c2023 [cited 2024 Jan 5]. Available from: "
        "https://kestrel.example.org/\n"
        "5.\tThe Open Retina Archive (ORA) [Internet]. Porto: Example Institute; c2024 [cited 2024 Feb 1]. "
        "Available from: https://ora.example.org/\n"
        "\n"
        "Leyendas de las figuras\n"
    )
    titles = _titles(references, "refs.txt")
    assert "Sparse routing experts for dense retrieval" in titles
    assert not any(title.startswith("Kestrel") for title in titles)
    # (its lines are the list's items, not a table's rows: no column of it is weighed as titles)
    assert outline(references, Shape.TEXT).tables == []


def test_a_record_literal_s_title_field_with_no_link_is_a_paper_when_its_siblings_are() -> None:
    # (a notebook's cell holding the reading list as a literal, a record a line: the records with a link give their
    # titles by it, and the same field of the records without one is a title too)
    cell = (
        "const lista = [\n"
        "  { nazwa: 'Sparse Routing Experts for Dense Retrieval', adres: 'https://arxiv.org/abs/2101.00017', "
        "typ: 'moe' },\n"
        "  { nazwa: 'Calibrated Token Budgets for Long-Context Language Models', adres: "
        "'https://arxiv.org/pdf/2102.00018v1', typ: 'kontekst' },\n"
        "  { nazwa: 'Kernelized Recurrence for Streaming Transformers', adres: null, typ: 'rnn' },\n"
        "  { nazwa: 'Streaming Transformers in Practice', adres: null, typ: 'book' },\n"
        "  { nazwa: 'International Workshop on Efficient Sequence Models', adres: null, typ: 'warsztat' },\n"
        "  { nazwa: 'Efficient Attention Survey — rozdział 3', adres: null, typ: 'moe' },\n"
        "  { nazwa: 'Walking Tours of Old Lisbon', adres: null, typ: 'moe' },\n"
        "];\n"
    )
    references = _references(cell, "notes.md")
    titled = {reference.title: reference for reference in references if reference.title}
    assert "Kernelized Recurrence for Streaming Transformers" in titled
    assert titled["Kernelized Recurrence for Streaming Transformers"].weak  # (a service confirms it)
    assert not any(
        title.startswith(("Streaming Transformers", "International", "Efficient", "Walking"))
        for title in titled
    )


def test_a_query_s_values_rows_give_the_titles_of_rows_without_links_and_of_rows_with_an_id_only() -> None:
    # (a dashboard page's SQL: a row a paper, its title a value, a link in some rows only)
    page = (
        "```sql lecturas\n"
        "select * from (values\n"
        "  (1, 'Sparse Routing Experts for Dense Retrieval', 'https://arxiv.org/abs/2101.00017', 'leído'),\n"
        "  (2, 'Calibrated Token Budgets for Long-Context Language Models', 'https://arxiv.org/abs/2102.00018', "
        "'leído'),\n"
        "  (3, 'Graph Kernels Meet Contrastive Learning', 'https://arxiv.org/abs/2103.00019', 'pendiente'),\n"
        "  (4, 'Streaming Distillation of Diffusion Samplers', null, 'pendiente')\n"
        ") as t(semana, titulo, enlace, estado)\n"
        "```\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(page, "panel.md")}
    assert by_id["2103.00019"] == "Graph Kernels Meet Contrastive Learning"
    assert by_id[None] == "Streaming Distillation of Diffusion Samplers"
