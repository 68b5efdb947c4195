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


def test_an_apa_description_in_square_brackets_in_the_list_s_language_says_its_kind() -> None:
    # (APA 7 in another language: `[Billet de blog]`, `[Archivo de video]` after the title)
    references = (
        "Références\n\n"
        "- Okafor, N., & Lindqvist, E. (2021). Sparse routing experts for dense retrieval. Proceedings of ICML.\n"
        "- Marchetti, L. (2022). An illustrated tour of sparse experts [Billet de blog]. Atelier ML.\n"
        "- Haddad, R. (2023). Token budgets explained in ten minutes [Archivo de video]. Canal Numérique.\n"
    )
    titles = _titles(references, "references.md")
    assert "Sparse routing experts for dense retrieval" in titles
    assert not any("illustrated tour" in title or "ten minutes" in title for title in titles)


def test_a_short_name_opening_on_a_kind_word_and_whose_it_is_is_no_paper() -> None:
    # (a course's schedule under its reading list, whose reading column cites the list's papers by author and
    # year, and one week the docs of a program: `Documentação do …`, in the schedule's language)
    schedule = (
        "Programa da disciplina MAC0460: Modelos de sequência\n\n"
        "Ementa\n\nRedes recorrentes, atenção e memória; leitura semanal de um artigo.\n\n"
        "Avaliação\n\nDois exames (60%) e um projeto (40%).\n\n"
        "Bibliografia\n\n"
        "- Okafor, N., & Lindqvist, E. (2021). Sparse routing experts for dense retrieval. Proceedings of ICML.\n"
        "- Marchetti, L. (2022). Calibrated token budgets for long-context language models. Preprint.\n\n"
        "Cronograma\n\n"
        "Semana\tData\tTema\tLeitura\n"
        "1\t03/02/2025\tIntrodução aos especialistas\tOkafor e Lindqvist (2021)\n"
        "2\t10/02/2025\tOrçamentos de contexto\tMarchetti (2022)\n"
        "3\t17/02/2025\tPrática 1: treino distribuído em Torchlet\tDocumentação do Torchlet\n"
        "4\t24/02/2025\tExame\t—\n"
    )
    titles = _titles(schedule, "programa.txt")
    assert "Sparse routing experts for dense retrieval" in titles
    assert not any("Torchlet" in title for title in titles)


def test_a_title_alone_under_words_that_end_at_a_colon_and_speak_of_a_paper() -> None:
    # (a chat's message that ends `there is an article on exactly this:` in its language, the title alone on the
    # next line; the reply quoting that message, `> Speaker: words`, names no paper)
    chat = (
        "[12/04/2025, 09:10] Ana Ruiz: Die data is te klein vir ons model. Hier is 'n artikel daaroor:\n"
        "Sparse Routing Experts for Dense Retrieval\n"
        "[12/04/2025, 09:12] Ben Li: > Ana Ruiz: Die data is te klein vir ons model. Hier is 'n artikel daaroor:\n"
        "Goeie een, ek lees dit vanaand.\n"
    )
    titles = _titles(chat, "klets.txt")
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert not any(title.startswith("Ana Ruiz") for title in titles)
    # (nor a line the writer's sentence goes on from, in lower case below it: a paragraph wrapped)
    wrapped = (
        "[12/04/2025, 09:20] Ben Li: Ek het gister 'n artikel gelees, die een met die titel:\n"
        "Dense Retrieval Models for Very Long Legal Documents in\n"
        "verskillende tale, maar ek onthou nie die skrywers nie.\n"
    )
    assert not any(title.startswith("Dense Retrieval Models") for title in _titles(wrapped, "klets2.txt"))
    # (words that speak of papers, many: a list follows, and the line right under them is no paper)
    mail = (
        "Good morning, Ana!\n\n"
        "Here are 3 papers picked for you today, based on your interests:\n"
        "Dense Retrieval · Sparse Experts · Long-Context Language Models\n\n"
        "1. Sparse Routing Experts for Dense Retrieval\n"
    )
    assert not any("·" in title for title in _titles(mail, "alert.txt"))


def test_a_bookmark_s_annotations_with_their_flags_are_its_own_not_entries_inside_it() -> None:
    # (a browser's bookmarks backup: a bookmark's description kept as an annotation, `{"name": "…/description",
    # "flags": 0, "expires": 4, "value": "…"}`; the bookmark is an entry all the same, a PDF saved on disk too)
    def bookmark(title: str, uri: str, note: str) -> dict[str, object]:
        return {
            "title": title,
            "type": "text/x-moz-place",
            "uri": uri,
            "annos": [{"name": "bookmarkProperties/description", "flags": 0, "expires": 4, "value": note}],
        }

    backup = {
        "title": "",
        "type": "text/x-moz-place-container",
        "children": [
            {
                "title": "Leeslijst",
                "type": "text/x-moz-place-container",
                "children": [
                    bookmark(
                        "Sparse Routing Experts for Dense Retrieval",
                        "https://arxiv.org/pdf/2101.00017.pdf",
                        "ICML 2021; eerst lezen",
                    ),
                    bookmark(
                        "Calibrated Token Budgets for Long-Context Language Models",
                        "file:///home/ruud/papers/token-budgets.pdf",
                        "NeurIPS 2022; op schijf",
                    ),
                ],
            }
        ],
    }
    references = _references(json.dumps(backup), "bookmarks-2025-03-01.json")
    by_id = {reference.arxiv_id: reference for reference in references}
    assert by_id["2101.00017"].title == "Sparse Routing Experts for Dense Retrieval"
    titles = {reference.title for reference in references}
    assert "Calibrated Token Budgets for Long-Context Language Models" in titles


def test_a_name_s_own_parenthesis_calling_it_a_repository_or_lecture_notes_in_its_language() -> None:
    # (a page's list of readings as its template's records, each one's kind in its own parenthesis, in Portuguese
    # and Spanish: a repository, a course's notes)
    page = (
        "<cfset leituras = [\n"
        '    { titulo: "Sparse Routing Experts for Dense Retrieval", link: "https://arxiv.org/abs/2101.00017" },\n'
        '    { titulo: "Torchlet Trainer (repositório do laboratório no GitHub)", link: "" },\n'
        '    { titulo: "Scaling Laws for Sparse Models (notas de aula)", link: "" },\n'
        '    { titulo: "Dense Retrieval at Scale (apuntes de clase)", link: "" }\n'
        "]>\n"
    )
    titles = _titles(page, "leituras.cfm")
    assert "Sparse Routing Experts for Dense Retrieval" in titles
    assert not any(
        ("Torchlet" in title or "Scaling Laws" in title or "at Scale" in title) for title in titles
    )


def test_a_link_card_is_its_labelled_title_s_link_and_a_pdf_field_below_another_paper_s() -> None:
    # (a Zenn article: a title's label, its link card `@[card](…)`, then a paragraph naming another paper whose
    # PDF link comes under it labelled; the card's paper keeps its title, the other its own link)
    article = (
        "## 検索\n\n"
        "タイトル：Sparse Routing Experts for Dense Retrieval（ICML 2021）\n\n"
        "@[card](https://arxiv.org/abs/2101.00017)\n\n"
        "クエリごとに専門家を選ぶモデルです。\n\n"
        "もう一本は『Calibrated Token Budgets for Long-Context Language Models』（NeurIPS 2022）。\n"
        "PDF：https://arxiv.org/pdf/2102.00018.pdf\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(article, "zenn.md")}
    assert by_id["2101.00017"] == "Sparse Routing Experts for Dense Retrieval"
    assert "2102.00018" in by_id
    assert by_id["2102.00018"] != "Sparse Routing Experts for Dense Retrieval"


def test_a_word_document_s_citation_fields_are_read_as_the_items_they_hold() -> None:
    # (a manuscript copied with its reference manager's field codes shown: each citation a field whose JSON holds
    # the cited items; one field's title is never the next field's link's)
    def field(citation: str, item: dict[str, object]) -> str:
        code = {
            "citationID": "x1",
            "properties": {"formattedCitation": citation, "plainCitation": citation, "noteIndex": 0},
            "citationItems": [{"id": 1, "itemData": item}],
        }
        return "{ ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(code) + " }"

    first = field(
        "(Okafor i in., 2021)",
        {
            "type": "article",
            "title": "Sparse Routing Experts for Dense Retrieval",
            "URL": "http://arxiv.org/abs/2101.00017",
            "author": [{"family": "Okafor", "given": "Nneka"}],
        },
    )
    second = field(
        "(Marchetti, 2022)",
        {
            "type": "paper-conference",
            "title": "Calibrated Token Budgets for Long-Context Language Models",
            "URL": "https://openreview.net/forum?id=AbCdEfGhIjK",
            "author": [{"family": "Marchetti", "given": "Lia"}],
        },
    )
    chapter = f"Rozdział 2\n\nModele rzadkie {first}, a budżety tokenów {second} poprawiają wydajność.\n"
    references = _references(chapter, "rozdzial.txt")
    by_title = {reference.title: reference for reference in references}
    assert by_title["Sparse Routing Experts for Dense Retrieval"].arxiv_id == "2101.00017"
    assert (
        by_title["Calibrated Token Budgets for Long-Context Language Models"].openreview_id == "AbCdEfGhIjK"
    )
    assert by_title["Calibrated Token Budgets for Long-Context Language Models"].arxiv_id is None


def test_an_id_whose_line_names_its_paper_does_not_take_a_title_some_lines_above() -> None:
    # (a review's paragraphs: a title with its citation and no id, then the writer's lead, then a short name and its
    # id; the id is the named paper's, not the title's above)
    review = (
        "Pour une vue d'ensemble, lisez\n"
        "« Sparse Routing Experts for Dense Retrieval » (Okafor & Lindqvist, ICML 2021).\n\n"
        "Deux autres travaux se comparent à votre tableau 2 :\n"
        "Budgeteer (arXiv:2102.00018), c'est-à-dire Budgeteer: Calibrated Token Budgets for Long-Context Language "
        "Models en entier.\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(review, "relecture.txt")}
    assert by_id["2102.00018"] != "Sparse Routing Experts for Dense Retrieval"
    # (but a name that is the title's own keeps the title above: `« Budgeteer: … »` / `Budgeteer (arXiv:…)`)
    named = (
        "Pour une vue d'ensemble, lisez\n"
        "« Budgeteer: Calibrated Token Budgets for Long-Context Language Models » (Marchetti, NeurIPS 2022).\n\n"
        "Budgeteer (arXiv:2102.00018), le code est publié.\n"
    )
    by_id = {reference.arxiv_id: reference.title for reference in _references(named, "relecture2.txt")}
    assert by_id["2102.00018"] == "Budgeteer: Calibrated Token Budgets for Long-Context Language Models"
    # (and a title wrapped onto its id's line keeps it: `… for Dense` / `Retrieval (arXiv:…)`)
    wrapped = (
        "Two suggestions for the next session:\n\n"
        "(a) Sparse Routing Experts for Dense\n"
        "Retrieval (arXiv:2101.00017). Lots of follow-ups since.\n"
    )
    titled = {reference.arxiv_id: reference.title for reference in _references(wrapped, "digest.txt")}
    assert (titled["2101.00017"] or "").startswith("Sparse Routing Experts")
