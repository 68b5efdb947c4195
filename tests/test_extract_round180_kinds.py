"""Habits the blind rounds 180 and 181 brought, each written here in a small digest of its own, in other words and
languages than the rounds' (the titles, hosts and names are invented)."""

from __future__ import annotations

import json

from paperlist.digests import Reference
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document


def _references(text: str, name: str) -> list[Reference]:
    decoded, label = decode_digest(text.encode(), name)
    return list(extract_document(decoded, name, html=label.startswith("html/")).references)


def _titles(text: str, name: str) -> set[str]:
    return {reference.title for reference in _references(text, name) if reference.title}


def test_an_app_s_record_with_a_title_and_one_bibliography_key_is_read_for_its_html_body() -> None:
    # (a lab notebook's entry as its API gives it: one object with a title, the app's own `type`, a `page` field of
    # its own, and the reading list in an HTML body escaped as PHP does: no CSL-JSON item, but a page to read)
    body = (
        "<h2>Leesgroep</h2>\n<p>Elke woensdag om tien uur.</p>\n<table><tbody>\n"
        "<tr><th>Datum</th><th>Artikel</th><th>Wie</th><th>Opmerking</th></tr>\n"
        '<tr><td>05/02</td><td><a href="https://arxiv.org/abs/2101.00017">Sparse Routing Experts for Dense '
        "Retrieval</a></td><td>Ruud</td><td>eerste sessie</td></tr>\n"
        "<tr><td>12/02</td><td>Calibrated Token Budgets for Long-Context Language Models</td><td>Femke</td>"
        "<td>NeurIPS 2022; pdf op de schijf</td></tr>\n"
        "</tbody></table>\n"
    )
    entry = {
        "id": 41,
        "title": "Leesgroep voorjaar",
        "body": body,
        "type": "experiments",
        "page": "experiments",
        "status_title": "Lopend",
        "tags": "leesgroep|seminarie",
    }
    text = json.dumps(entry).replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E")
    references = _references(text, "entry-41.json")
    by_id = {reference.arxiv_id: reference.title for reference in references if reference.arxiv_id}
    assert by_id == {"2101.00017": "Sparse Routing Experts for Dense Retrieval"}
    titles = {reference.title for reference in references}
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles
    assert "Leesgroep voorjaar" not in titles
