"""Habits the blind rounds 155 to 159 brought (tests/data/digests-round155 to -round159), each written here in a
small digest of its own, in other words and languages than the rounds'."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from paperlist.digests import Evidence
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from paperlist.ingest.sources import collect_sources


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


def test_a_folders_database_of_json_documents_is_read_and_a_sqlite_file_is_not(tmp_path: Path) -> None:
    # (a bot's store that an embedded database writes as a `.db` file of JSON lines, beside a SQLite library)
    records = [
        {"text": "Worth a look: https://arxiv.org/abs/2106.09685", "title": "LoRA", "_id": "a1"},
        {"text": "and the follow-up https://arxiv.org/abs/2305.14314", "title": "QLoRA", "_id": "b2"},
    ]
    (tmp_path / "links.db").write_text("".join(json.dumps(record) + "\n" for record in records))
    with sqlite3.connect(tmp_path / "library.db") as library:
        library.execute("create table notes (body text)")
        library.execute("insert into notes values ('https://arxiv.org/abs/1706.03762')")
    assert [source.name for source in collect_sources([str(tmp_path)])] == ["links.db"]


def test_references_with_the_year_between_commas_are_read_over_a_page_break() -> None:
    # (a Malaysian thesis's bibliography copied from its PDF: `Names, I. dan Names, I.J., Year, Title, Venue`, a
    # book among the papers, and the page's number where the list goes on over the next page)
    thesis = (
        "RUJUKAN\n"
        "\n"
        "Bahdanau, D., Cho, K. dan Bengio, Y., 2015, Neural Machine Translation by Jointly Learning to Align\n"
        "and Translate, International Conference on Learning Representations (ICLR 2015), San Diego.\n"
        "\n"
        "Ismail, R. dan Hamid, N.A., 2019, Asas Pemprosesan Bahasa Tabii, Edisi ke-2, Penerbit UKM, Bangi.\n"
        "\n"
        "\n"
        "88\n"
        "\n"
        "Kingma, D.P. dan Ba, J., 2015, Adam: A Method for Stochastic Optimization, Proceedings of the 3rd\n"
        "International Conference on Learning Representations, San Diego.\n"
        "\n"
        "Srivastava, N., Hinton, G., Krizhevsky, A., Sutskever, I. dan Salakhutdinov, R., 2014, Dropout: A Simple\n"
        "Way to Prevent Neural Networks from Overfitting, Journal of Machine Learning Research, 15(56), 1929–1958.\n"
    )
    titles = {title for title, _, _ in _references(thesis.encode(), "rujukan.txt")}
    assert titles == {
        "Neural Machine Translation by Jointly Learning to Align and Translate",
        "Adam: A Method for Stochastic Optimization",
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
    }


def test_a_sentences_citation_wrapped_onto_the_next_line_makes_no_title_of_the_line_above() -> None:
    # (a thesis's conclusion in Malay, hard-wrapped: a line ends mid-sentence and the next opens on the citation,
    # the sentence going on after it)
    conclusion = (
        "5.2 Cadangan\n"
        "Kajian lanjutan dicadangkan untuk: (1) menguji penyesuaian domain antara set data\n"
        "(Ganin dkk., 2016) bagi mengurangkan jurang taburan; serta (2) memperluas korpus.\n"
    )
    assert _references(conclusion.encode(), "bab5.txt") == []


AMSREFS = r"""% seminar.ltb -- amsrefs-Datenbank für das Oberseminar
% Pflege: N. Nowak

\bib*{icml2017}{proceedings}{
  title={Proceedings of the 34th International Conference on Machine Learning},
  date={2017},
}

\bib{Villani2009}{book}{
  author={Villani, C\'edric},
  title={Optimal Transport: Old and New},
  publisher={Springer},
  date={2009},
}

\bib{ArjovskyChintala2017}{article}{
  author={Arjovsky, Martin},
  author={Chintala, Soumith},
  author={Bottou, L\'eon},
  title={Wasserstein Generative Adversarial Networks},
  book={xref={icml2017}},
  date={2017},
}

\bib{Cuturi2013}{article}{
  author={Cuturi, Marco},
  title={Sinkhorn Distances: Lightspeed Computation of Optimal Transport},
  conference={
    title={Advances in Neural Information Processing Systems 26},
    date={2013},
  },
  eprint={arXiv:1306.0895},
}

\bib{Peyre2019}{article}{
  author={Peyr\'e, Gabriel},
  author={Cuturi, Marco},
  title={Computational Optimal Transport},
  journal={Foundations and Trends in Machine Learning},
  date={2019},
  note={\url{https://arxiv.org/abs/1803.00567}},
}
"""


def test_an_amsrefs_database_gives_its_works_and_not_its_volumes_or_books() -> None:
    found = _references(AMSREFS.encode(), "seminar.ltb")
    assert ("Wasserstein Generative Adversarial Networks", None, Evidence.TITLE_ONLY) in found
    by_id = {identifier: title for title, identifier, _ in found if identifier}
    assert by_id == {
        "1306.0895": "Sinkhorn Distances: Lightspeed Computation of Optimal Transport",
        "1803.00567": "Computational Optimal Transport",
    }
    titles = {title for title, _, _ in found}
    assert "Optimal Transport: Old and New" not in titles  # (a book)
    assert not any(title and "Proceedings" in title for title in titles)  # (a volume only referred to)


def test_a_boards_cards_tagged_with_the_word_for_a_paper_are_papers_however_short_their_titles() -> None:
    # (a Dutch team's board exported with `;`: cards tagged `Artikel` are papers, a card tagged `Software` is not)
    board = (
        "ID;Naam;Omschrijving;Lijst;Etiketten;Aangemaakt\n"
        "K-1;Graph Attention Networks;Basis voor week 3, https://arxiv.org/abs/1710.10903;Klaar;Artikel;2025-01-06\n"
        "K-2;Neural Turing Machines;Nog geen link, iemand zoekt de PDF.;Gepland;Artikel, Geheugen;2025-01-07\n"
        "K-3;Relational Inductive Biases;Samenvatting voor de nieuwsbrief.;Gepland;Blog;2025-01-08\n"
        "K-4;PyTorch Geometric;De bibliotheek die we gebruiken.;Bronnen;Software;2025-01-08\n"
    )
    titles = {title for title, _, _ in _references(board.encode(), "bord.csv")}
    assert "Neural Turing Machines" in titles
    assert not titles & {"Relational Inductive Biases", "PyTorch Geometric"}


TABLE = (
    "Kurssin aikataulu ja lukemisto\n"
    "Viikko\tPäivä\tAihe\tLukemisto\n"
    "2\t14.1.2025\tJohdanto\tRussell & Norvig, osa 1 (kirja, ei artikkeli)\n"
    "3\t21.1.2025\tKonvoluutioverkot\tGradient-Based Learning Applied to Document Recognition\n"
    "4\t28.1.2025\tJäännösverkot\tDeep Residual Learning for Image Recognition https://arxiv.org/abs/1512.03385\n"
    "5\t4.2.2025\tNormalisointi\tBatch Normalization: Accelerating Deep Network Training by Reducing Internal"
    " Covariate Shift https://arxiv.org/abs/1502.03167\n"
    "6\t11.2.2025\tHuomiomekanismi\tAttention Is All You Need (arXiv:1706.03762)\n"
)
PAGE = (
    "Koneoppimisen perusteet (5 op)\n"
    "Opettaja: Aino Virtanen. Luennot tiistaisin klo 12–14, sali B213.\n"
    + TABLE
    + "Arviointi: tentti 60 %, harjoitukset 40 %.\n"
    "Palaute kurssista Moodlessa viikolla 7.\n"
)


@pytest.mark.parametrize("text", [PAGE, TABLE], ids=["in-a-page", "alone"])
def test_a_syllabus_tab_table_headed_for_reading_in_finnish_gives_its_papers_and_not_its_book(
    text: str,
) -> None:
    # (a course page copied from the browser, or its table alone: the weekly table apart by tabs, the reading
    # column headed in Finnish, one row a book the writer says is no paper)
    found = _references(text.encode(), "kurssi.txt")
    by_id = {identifier: title for title, identifier, _ in found if identifier}
    assert by_id["1512.03385"] == "Deep Residual Learning for Image Recognition"
    titles = {title for title, _, _ in found}
    assert "Gradient-Based Learning Applied to Document Recognition" in titles
    assert not any(title and "Norvig" in title for title in titles)


def test_a_reading_cell_opening_on_its_first_author_and_et_al_in_the_lists_language_gives_the_title() -> None:
    # (a Lithuanian course's table: `Surname ir kt. Title (venue)`, `ir kt.` being its `et al.`)
    plan = (
        "| Savaitė | Tema | Skaitiniai |\n"
        "| --- | --- | --- |\n"
        "| 1 | Difuzija | Ho ir kt. Denoising Diffusion Probabilistic Models (NeurIPS 2020) |\n"
        "| 2 | Balai | Song ir kt. Score-Based Generative Modeling through Stochastic Differential Equations"
        " https://arxiv.org/abs/2011.13456 |\n"
        "| 3 | Latentinė erdvė | Rombach ir kt. High-Resolution Image Synthesis with Latent Diffusion Models"
        " (CVPR 2022) |\n"
        "| 4 | Pastabos | <ref>Ho ir kt. The appendix has the full derivation of the loss.</ref> |\n"
    )
    found = _references(plan.encode(), "planas.md")
    titles = {title for title, _, _ in found}
    assert "Denoising Diffusion Probabilistic Models" in titles
    assert ("Score-Based Generative Modeling through Stochastic Differential Equations", "2011.13456") in {
        (title, identifier) for title, identifier, _ in found
    }
    assert not any(title and ("ir kt" in title or "appendix" in title) for title in titles)


def test_a_sentence_after_a_first_author_and_et_al_is_no_title() -> None:
    # (a note on a paper that opens on its author: the words after `ir kt.` are the writer's, in sentence case)
    notes = (
        "Skaitiniai:\n"
        "* Ho ir kt. The appendix has the full derivation of the loss.\n"
        "* Song ir kt. Score-Based Generative Modeling through Stochastic Differential Equations"
        " https://arxiv.org/abs/2011.13456\n"
    )
    titles = {title for title, _, _ in _references(notes.encode(), "skaitiniai.md")}
    assert "Score-Based Generative Modeling through Stochastic Differential Equations" in titles
    assert not any(title and "appendix" in title for title in titles)


def test_a_table_under_a_rule_of_dashes_ends_where_the_next_prompt_starts() -> None:
    # (a terminal session: a tool's padded table under its rule of dashes, the next prompt right under its last row,
    # then another command's tab-separated rows, whose links must not be cut at the table's columns)
    session = (
        "$ leeslijst toon\n"
        "titel                                               status\n"
        "--------------------------------------------------  --------\n"
        "Neural Turing Machines                              gelezen\n"
        "Pointer Networks                                    gepland\n"
        "$ leeslijst links\n"
        "Neural Turing Machines\thttps://arxiv.org/abs/1410.5401\n"
        "Pointer Networks\thttps://arxiv.org/abs/1506.03134\n"
        "$ \n"
    )
    found = {identifier: title for title, identifier, _ in _references(session.encode(), "sessie.txt")}
    assert found.get("1410.5401") == "Neural Turing Machines"
    assert found.get("1506.03134") == "Pointer Networks"


def test_multimarkdown_citation_definitions_are_references() -> None:
    # (a MultiMarkdown note citing by key, `[][#key]`, its citations defined under it: `[#key]: Authors. *Title.*
    # Venue.`, one with a link, one without)
    note = (
        "Title: Lesenotizen zu Normalisierung\n"
        "Author: J. Weber\n"
        "\n"
        "Die Schichtnormalisierung [][#ba2016] ersetzt die Batch-Statistik; dazu [][#wu2018].\n"
        "\n"
        "[#ba2016]: Jimmy Lei Ba u. a. *Layer Normalization.* arXiv 2016. <https://arxiv.org/abs/1607.06450>\n"
        "[#wu2018]: Yuxin Wu, Kaiming He. *Group Normalization.* ECCV 2018.\n"
    )
    found = {(title, identifier) for title, identifier, _ in _references(note.encode(), "notiz.md")}
    assert ("Layer Normalization", "1607.06450") in found
    assert ("Group Normalization", None) in found


def test_a_bookmark_named_by_a_papers_title_linking_its_code_with_a_note_on_its_venue_is_the_paper() -> None:
    # (a browser's bookmarks as JSON: a paper's full title on a bookmark of its repository, the note opening on
    # where and when it appeared; a repository's own bookmark beside it)
    bookmarks = {
        "roots": {
            "bookmark_bar": {
                "type": "folder",
                "name": "Lecturas",
                "children": [
                    {
                        "type": "url",
                        "name": "Denoising Diffusion Probabilistic Models",
                        "url": "https://github.com/example-lab/ddpm-port",
                        "description": "NeurIPS 2020, código oficial en TensorFlow",
                    },
                    {
                        "type": "url",
                        "name": "diffusers",
                        "url": "https://github.com/huggingface/diffusers",
                        "description": "la biblioteca que usamos",
                    },
                ],
            }
        }
    }
    found = _references(json.dumps(bookmarks, ensure_ascii=False).encode(), "marcadores.json")
    titles = {title for title, _, _ in found}
    assert titles == {"Denoising Diffusion Probabilistic Models"}


def test_a_titles_authors_and_venue_in_parentheses_after_it_are_no_part_of_it() -> None:
    # (a concept map's notes as XML attributes: a title, then its authors and its journal of two words)
    concept_map = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<cmap xmlns="https://maps.example.org/schema/1.0">\n'
        '    <map width="900" height="600">\n'
        "        <concept-list>\n"
        '            <concept id="1A" label="Apprentissage non supervisé" long-comment="Reducing the'
        ' Dimensionality of Data with Neural Networks (Hinton, Salakhutdinov, Science Magazine 2006)"/>\n'
        '            <concept id="1B" label="Rétropropagation"/>\n'
        "        </concept-list>\n"
        "    </map>\n"
        "</cmap>\n"
    )
    titles = {title for title, _, _ in _references(concept_map.encode(), "carte.cxl")}
    assert titles == {"Reducing the Dimensionality of Data with Neural Networks"}


def test_an_outlines_item_titled_after_a_model_named_in_capitals_with_its_venue_below_is_a_paper() -> None:
    # (an outliner's file: checkbox items indented by tabs, each paper's notes below it after a colon, the first
    # naming its venue; a title with names in capitals, `ALBERT:` … `BERT`)
    outline = (
        "Kapitola 3: multimodální modely\n"
        "\t[_] 0% 3.1 Předtrénování\n"
        "\t\t[_] ALBERT: A Lite BERT for Self-supervised Learning of Language Representations\n"
        "\t\t\t: ICLR 2020. Sdílení parametrů mezi vrstvami.\n"
        "\t\t[_] Připravit obrázky do kapitoly\n"
    )
    titles = {title for title, _, _ in _references(outline.encode(), "kapitola3.otl")}
    assert titles == {"ALBERT: A Lite BERT for Self-supervised Learning of Language Representations"}


def test_a_cue_sheets_tracks_named_by_papers_titles_give_the_papers_and_their_links() -> None:
    # (a recorded seminar's cue sheet: each track titled by what it covers, the comment noting its link)
    cue = (
        'REM GENRE "Seminário"\r\n'
        'PERFORMER "Círculo de estudos"\r\n'
        'TITLE "Sessão de 12 de abril"\r\n'
        'FILE "sessao_2024-04-12.wav" WAVE\r\n'
        "  TRACK 01 AUDIO\r\n"
        '    TITLE "Abertura e avisos"\r\n'
        '    PERFORMER "Rita Lopes"\r\n'
        "    INDEX 01 00:00:00\r\n"
        "  TRACK 02 AUDIO\r\n"
        '    TITLE "Neural Ordinary Differential Equations"\r\n'
        '    PERFORMER "Tiago Nunes"\r\n'
        '    REM COMMENT "NeurIPS 2018 - slides: https://arxiv.org/pdf/1806.07366"\r\n'
        "    INDEX 01 04:12:00\r\n"
        "  TRACK 03 AUDIO\r\n"
        '    TITLE "Latent ODEs for Irregularly-Sampled Time Series"\r\n'
        '    PERFORMER "Rita Lopes"\r\n'
        '    REM COMMENT "NeurIPS 2019"\r\n'
        "    INDEX 01 31:40:00\r\n"
    )
    found = {(title, identifier) for title, identifier, _ in _references(cue.encode(), "sessao.cue")}
    assert found == {
        ("Neural Ordinary Differential Equations", "1806.07366"),
        ("Latent ODEs for Irregularly-Sampled Time Series", None),
    }


def test_a_sites_menu_copied_with_its_page_is_no_title() -> None:
    # (a forum page copied from the browser: its menu's items set apart by wide gaps, the login links under them)
    page = (
        "Tehnoforum\n"
        "\n"
        "Uutiset   Arvostelut   Keskustelu   Videot   Tilaa\n"
        "Kirjaudu   Rekisteröidy\n"
        "\n"
        "Diffuusiomallit opinnäytteeseen – mitä lukea?\n"
        "Aloittaja: mikko_k\n"
        "Lue ensin Denoising Diffusion Probabilistic Models, https://arxiv.org/abs/2006.11239 on hyvä alku.\n"
    )
    titles = {title for title, _, _ in _references(page.encode(), "ketju.txt")}
    assert not any(title and "Arvostelut" in title for title in titles)
