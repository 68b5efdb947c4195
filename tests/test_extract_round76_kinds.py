"""Kinds and habits the blind rounds 74 to 77 brought (tests/data/digests-round74 … -round77), each written here in
a small digest of its own: GNU Info manuals, Python's `pprint`, HexChat logs, titles followed by their authors'
full names, informal citations (`Title, Given Family, Given Family, Venue Year.`)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from tests.reading import decoded_titles

INFO = (
    "This is lectures.info, produced by makeinfo version 6.8 from\nlectures.texi.\n\n"
    "INFO-DIR-SECTION Teaching\nSTART-INFO-DIR-ENTRY\n* Lectures: (lectures).   Seminar notes.\n"
    "END-INFO-DIR-ENTRY\n\n"
    "\x1f\nFile: lectures.info,  Node: Top,  Next: Vision,  Up: (dir)\n\n"
    "Seminario de visión\n*******************\n\n"
    "Notas del seminario, edición de otoño.\n\n"
    "* Menu:\n\n"
    "* Vision::                    Lecturas obligatorias\n"
    "* Deep Learning Book::        Un libro, no un artículo\n\n"
    "\x1f\nFile: lectures.info,  Node: Vision,  Prev: Top,  Up: Top\n\n"
    "1 Lecturas obligatorias\n***********************\n\n"
    "   • Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu\n"
    "     Zhang, Shaoqing Ren, Jian Sun, CVPR 2016.  Lean la sección 3;\n"
    "     el resto es opcional.\n\n"
    "   • Gradient-based learning applied to document recognition, Yann\n"
    "     LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner, Proceedings of\n"
    "     the IEEE 86(11), 1998.  Sólo la parte de LeNet-5.\n\n"
    "   Ver también *Note Deep Learning Book::.\n\n"
    "1.1 Atención\n============\n\n"
    "   • Attention Is All You Need, Ashish Vaswani, Noam Shazeer, Niki\n"
    "     Parmar et al.: <https://arxiv.org/abs/1706.03762>.\n\n"
    "\x1f\nTag Table:\nNode: Top\x7f168\nNode: Vision\x7f520\n\x1f\nEnd Tag Table\n"
)


def test_a_gnu_info_manual_is_read_by_its_nodes_headings_and_bulleted_items() -> None:
    label, titles = decoded_titles(INFO.encode(), "lectures.info")
    assert label.startswith("md/info/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Gradient-based learning applied to document recognition": None,
        "Attention Is All You Need": "1706.03762",
    }


def test_a_gnu_info_manuals_menu_and_node_headers_give_no_paper() -> None:
    # (a menu entry names a node, `Node: …` headers name neighbours: none is a title)
    label, titles = decoded_titles(INFO.encode(), "lectures.info")
    assert not any(title and ("Book" in title or "Lecturas" in title) for title in titles)
    assert label.startswith("md/info/")


PPRINT = """\
ana@lab:~$ python3 queue.py --dump
[09:01:12] INFO  loaded 4 items from ~/.cache/queue.json
{'items': [{'authors': 'Alec Radford, Jong Wook Kim, Chris Hallacy et al.',
            'kind': 'paper',
            'note': 'Sesión 4: zero-shot transfer.',
            'title': 'Learning Transferable Visual Models From Natural Language '
                     'Supervision',
            'url': None},
           {'authors': 'Jonathan Ho, Ajay Jain, Pieter Abbeel',
            'kind': 'paper',
            'note': 'La parte del ruido; tabla 1.',
            'title': 'Denoising Diffusion Probabilistic Models',
            'url': 'https://arxiv.org/abs/2006.11239'},
           {'authors': 'Jay Alammar',
            'kind': 'blog',
            'note': 'Un post, no un artículo.',
            'title': 'The Illustrated Transformer',
            'url': 'https://jalammar.github.io/illustrated-transformer/'}],
 'owner': 'ana'}
ana@lab:~$
"""


def test_a_pretty_printed_python_dump_is_read_as_its_records_long_strings_joined() -> None:
    label, titles = decoded_titles(PPRINT.encode(), "queue-dump.txt")
    assert label.startswith("json/pprint/")
    assert titles == {
        "Learning Transferable Visual Models From Natural Language Supervision": None,
        "Denoising Diffusion Probabilistic Models": "2006.11239",
    }


def test_a_dict_quoted_in_prose_leaves_the_prose_read_as_text() -> None:
    # (a few printed lines in a long note are no dump: the note's own words are what it says)
    prose = (
        "Notes from the reading group.\n\n"
        + "".join(
            f"We discussed point {number} at length and agreed on the next steps.\n" for number in range(12)
        )
        + "{'a': 1,\n 'b': 2}\n\n"
        + "Next week: Denoising Diffusion Probabilistic Models (Ho, Jain, Abbeel, NeurIPS 2020).\n"
    )
    label, titles = decoded_titles(prose.encode(), "notes.txt")
    assert not label.startswith("json/")
    assert "Denoising Diffusion Probabilistic Models" in titles


HEXCHAT = """\
**** BEGIN LOGGING AT Tue Apr  2 19:58:01 2024

Apr 02 19:58:01 *\tNow talking on #lectura
Apr 02 19:58:01 *\tTopic for #lectura is: grupo de lectura | martes 20:00
Apr 02 19:58:40 <marta>\thola; primero: Layer Normalization — Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton
Apr 02 19:58:52 <marta>\thttps://arxiv.org/abs/1607.06450
Apr 02 19:59:30 <iker>\tluego Dropout: A Simple Way to Prevent Neural Networks from Overfitting (Nitish Srivastava, \
Geoffrey Hinton, Alex Krizhevsky et al., JMLR 15, 2014) — no está en arXiv
Apr 02 20:00:02 <marta>\tvale
Apr 02 20:00:41 *\tiker has quit (Quit: leaving)
**** ENDING LOGGING AT Tue Apr  2 20:00:41 2024
"""


def test_a_hexchat_log_is_read_as_its_messages_not_as_dated_lines() -> None:
    label, titles = decoded_titles(HEXCHAT.encode(), "#lectura.log")
    assert titles.get("Dropout: A Simple Way to Prevent Neural Networks from Overfitting", "") is None
    assert "1607.06450" in titles.values()
    assert not any(title and title.startswith("Apr 02") for title in titles)
    assert label.startswith("utf-8")


def test_a_title_followed_by_its_authors_full_names_is_cut_before_them() -> None:
    changelog = """\
    libkern (0.4-1) unstable; urgency=medium

      * Neue Kernels:
        - Sparse Attention nach Generating Long Sequences with Sparse
          Transformers, Rewon Child, Scott Gray, Alec Radford, Ilya Sutskever.
          Noch ohne Tests.
        - Lokale Attention nach Longformer: The Long-Document Transformer, Iz
          Beltagy, Matthew E. Peters, Arman Cohan et al. Siehe Upstream.

     -- Jonas Weber <jonas@example.org>  Mon, 04 Mar 2024 10:00:00 +0100
    """
    _, titles = decoded_titles(textwrap.dedent(changelog).encode(), "changelog")
    assert titles == {
        "Generating Long Sequences with Sparse Transformers": None,
        "Longformer: The Long-Document Transformer": None,
    }


def test_an_informal_citation_gives_its_title_not_the_names_that_follow() -> None:
    digest = (
        "# Lektüre\n\nPflichtlektüre für die ersten Wochen:\n\n"
        "- Gradient-based learning applied to document recognition, Yann LeCun, Léon Bottou, Yoshua Bengio, "
        "Patrick Haffner, Proceedings of the IEEE 86(11), 1998.  Nur Abschnitt II.\n"
        "- Learning representations by back-propagating errors, David E. Rumelhart, Geoffrey E. Hinton, "
        "Ronald J. Williams, Nature 323, 1986.  Kurz und klassisch.\n"
        "- Autoregressive Entity Retrieval\n"
        "  - Nicola De Cao, Gautier Izacard, Sebastian Riedel, Fabio Petroni — ICLR 2021\n"
    )
    _, titles = decoded_titles(digest.encode(), "lektuere.md")
    assert titles == {
        "Gradient-based learning applied to document recognition": None,
        "Learning representations by back-propagating errors": None,
        "Autoregressive Entity Retrieval": None,
    }


def test_a_sentence_case_title_with_its_citation_in_parentheses_is_a_paper() -> None:
    note = (
        "Reading group, week 6\n\nWe met on Tuesday and went through the plan.\n\n"
        "finally a Nature paper we skipped: Highly accurate protein structure prediction with AlphaFold (John Jumper, "
        "Richard Evans, Alexander Pritzel et al., Nature 596, 2021) — not on arXiv\n\n"
        "the rest of the evening was about the cluster (Slurm, 2021) and lunch plans\n"
    )
    _, titles = decoded_titles(note.encode(), "week6.txt")
    assert titles == {"Highly accurate protein structure prediction with AlphaFold": None}


def test_a_task_managers_csv_takes_each_rows_link_from_its_notes_and_reads_projects_as_no_paper() -> None:
    # (OmniFocus: Task ID, Type, Name, …, Notes; a notes cell may hold the paper's link on a line of its own)
    sheet = (
        "Task ID,Type,Name,Status,Project,Notes,Tags\n"
        '1,Project,Lesekreis Q2: Sprachmodelle,active,,"Dienstags 14 Uhr.",lesekreis\n'
        "1.1,Action,Training Compute-Optimal Large Language Models,,Lesekreis Q2: Sprachmodelle,"
        '"Jordan Hoffmann, Sebastian Borgeaud et al.\nhttps://arxiv.org/abs/2203.15556\nAbschnitt 3 lesen.",llm\n'
        "1.2,Action,Scaling Laws for Neural Language Models,,Lesekreis Q2: Sprachmodelle,"
        '"Jared Kaplan, Sam McCandlish et al. Kein Link.",llm\n'
        '1.3,Action,"Der Blogbeitrag ”The Illustrated Transformer” (Alammar, 2018) zum Aufwärmen",,'
        'Lesekreis Q2: Sprachmodelle,"Ein Blog, kein Artikel.",blog\n'
        "2,Project,Lesekreis Q2: Organisation,active,,,admin\n"
        "2.1,Action,Raum buchen,,Lesekreis Q2: Organisation,,admin\n"
    )
    _, titles = decoded_titles(sheet.encode(), "omnifocus.csv")
    assert titles == {
        "Training Compute-Optimal Large Language Models": "2203.15556",
        "Scaling Laws for Neural Language Models": None,
    }


def test_elsevier_numbered_references_give_their_titles() -> None:
    page = """\
    <html><body><h2>Riferimenti</h2><ul>
    <li>[1] S. Hochreiter, J. Schmidhuber, Long Short-Term Memory, Neural Comput. 9 (1997) 1735–1780.</li>
    <li>[2] K. He, X. Zhang, S. Ren, J. Sun, Deep Residual Learning for Image Recognition, in: Proceedings of the
    IEEE Conference on Computer Vision and Pattern Recognition, IEEE, 2016, pp. 770–778.</li>
    <li>[3] A. Graves, G. Wayne, I. Danihelka, Neural Turing Machines, preprint (2014).
    URL: https://arxiv.org/abs/1410.5401 .</li>
    </ul></body></html>
    """
    _, titles = decoded_titles(textwrap.dedent(page).encode(), "handout.html")
    assert titles == {
        "Long Short-Term Memory": None,
        "Deep Residual Learning for Image Recognition": None,
        "Neural Turing Machines": "1410.5401",
    }


OAI = (
    '<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>'
    + "".join(
        f"<record><header><identifier>oai:repo.example.org:{number}</identifier></header><metadata>"
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"
        f"<dc:type>{kind}</dc:type>"
        f"<dc:identifier>https://repo.example.org/handle/{number}</dc:identifier>{extra}"
        "</oai_dc:dc></metadata></record>"
        for number, title, creator, kind, extra in [
            (
                1,
                "Deep Residual Learning for Image Recognition",
                "He, Kaiming",
                "info:eu-repo/semantics/conferenceObject",
                "<dc:identifier>arXiv:1512.03385</dc:identifier>",
            ),
            (
                2,
                "Attention Is All You Need",
                "Vaswani, Ashish",
                "info:eu-repo/semantics/conferenceObject",
                "<dc:relation>https://arxiv.org/abs/1706.03762</dc:relation>",
            ),
            (
                3,
                "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
                "Ioffe, Sergey",
                "info:eu-repo/semantics/article",
                "",
            ),
        ]
    )
    + "</ListRecords></OAI-PMH>"
)


def test_an_oai_pmh_dublin_core_response_is_read_as_its_records() -> None:
    label, titles = decoded_titles(OAI.encode(), "listrecords.xml")
    assert label.startswith("json/xml/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Attention Is All You Need": "1706.03762",
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_a_sql_monitors_box_table_is_read_as_a_table_its_empty_links_no_bar_to_titles() -> None:
    session = """\
    mysql> SELECT id, nazev, autori, odkaz FROM clanky;
    +----+-------------------------------------------------+-------------------------------+----------------------------------+
    | id | nazev                                           | autori                        | odkaz                            |
    +----+-------------------------------------------------+-------------------------------+----------------------------------+
    |  1 | Deep Residual Learning for Image Recognition    | Kaiming He, Xiangyu Zhang     | https://arxiv.org/abs/1512.03385 |
    |  2 | Layer Normalization                             | Jimmy Lei Ba, Jamie Ryan Kiros | NULL                             |
    |  3 | Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift | Sergey Ioffe, Christian Szegedy | NULL |
    |  4 | Adam: A Method for Stochastic Optimization      | Diederik P. Kingma, Jimmy Ba  | NULL                             |
    +----+-------------------------------------------------+-------------------------------+----------------------------------+
    4 rows in set (0.00 sec)
    """
    label, titles = decoded_titles(textwrap.dedent(session).encode(), "session.txt")
    assert label.startswith("md/box-tables/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": None,
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
        "Adam: A Method for Stochastic Optimization": None,
    }


def test_a_markdown_table_headed_by_another_languages_word_for_a_work_is_read_by_it() -> None:
    page = (
        "# Lista\n\n## Pamięć\n\n| Praca | Autorzy | Rok | Linki |\n|:--|:--|:--|:--|\n"
        "| **Layer Normalization** | Jimmy Lei Ba, Jamie Ryan Kiros | 2016 | — |\n\n"
        "## Uwaga\n\n| Praca | Autorzy | Rok | Linki |\n|:--|:--|:--|:--|\n"
        "| **Attention Is All You Need** | Ashish Vaswani et al. | 2017 | [arXiv](https://arxiv.org/abs/1706.03762) |\n"
        "| **Longformer: The Long-Document Transformer** | Iz Beltagy et al. | 2020 | "
        "[arXiv](https://arxiv.org/abs/2004.05150) |\n"
    )
    _, titles = decoded_titles(page.encode(), "README.md")
    assert titles == {
        "Layer Normalization": None,
        "Attention Is All You Need": "1706.03762",
        "Longformer: The Long-Document Transformer": "2004.05150",
    }


def test_arabic_et_al_before_an_arabic_comma_cites_the_quoted_title() -> None:
    post = (
        "<html><body><h1>قراءات</h1><p>مرحبا بالجميع.</p>"
        "<p>العنوان: &#8220;Generative Adversarial Networks&#8221; &#8211; Goodfellow وآخرون، 2014. "
        "النسخة عندي PDF فقط.</p></body></html>"
    )
    _, titles = decoded_titles(post.encode(), "topic.html")
    assert titles == {"Generative Adversarial Networks": None}


POLLEN = """\
#lang pollen

◊(define-meta title "Lecturas de marzo")
◊; borrador

◊h2{Clásicos}

Empezamos con ◊em{Mastering the game of Go without human knowledge} (David Silver, Julian Schrittwieser, Karen \
Simonyan et al.), sin enlace.

◊ul{
  ◊li{◊strong{Proximal Policy Optimization Algorithms} — John Schulman, Filip Wolski et al. Lectura corta.}
  ◊li{◊link["https://arxiv.org/abs/2106.01345"]{Decision Transformer: Reinforcement Learning via Sequence Modeling}}
}
"""


def test_a_pollen_page_is_read_as_markdown_not_as_perl_comments() -> None:
    label, titles = decoded_titles(POLLEN.encode(), "marzo.html.pm")
    assert label.startswith("md/pollen/")
    assert titles == {
        "Mastering the game of Go without human knowledge": None,
        "Proximal Policy Optimization Algorithms": None,
        "Decision Transformer: Reinforcement Learning via Sequence Modeling": "2106.01345",
    }


def test_a_perl_module_is_no_pollen_page() -> None:
    module = "package Foo;\n# helper\nmy @items = (1, 2);\nsub run { return scalar @items; }\n1;\n"
    label, _ = decoded_titles(module.encode(), "Foo.pm")
    assert not label.startswith("md/pollen/")


PUG = """\
extends ../layout.pug

//- built with: npx pug src -o public

mixin paper(title, authors, url)
  li.paper
    a(href=url)= title
    span= authors

block content
  h2 Lecturas
  ul
    +paper("Deep Residual Learning for Image Recognition", "Kaiming He et al.", "https://arxiv.org/abs/1512.03385")
    li.paper
      | #[em Layer Normalization] (Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton).
      p.note Lectura corta.
  h2 No son artículos
  ul
    li: a(href="https://github.com/pytorch/vision") torchvision
"""


def test_a_pug_template_is_read_as_the_page_it_makes() -> None:
    label, titles = decoded_titles(PUG.encode(), "semana3.pug")
    assert label.startswith("md/pug/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": None,
    }


def test_a_python_script_with_dotted_names_is_no_pug_template() -> None:
    script = "import torch\n\nmodel = torch.nn.Linear(2, 2)\nmodel.train()\nself.x = 1\n" * 5
    label, _ = decoded_titles(script.encode(), "train.py")
    assert not label.startswith("md/pug/")


MONGOSH = """\
test> use reading
switched to db reading
reading> db.papers.find({}, { _id: 0 })
[
  {
    title: 'Deep Residual Learning for Image Recognition',
    authors: [ 'Kaiming He', 'Xiangyu Zhang' ],
    links: { arxiv: 'https://arxiv.org/abs/1512.03385' },
    added: ISODate('2024-03-05T08:12:44.512Z')
  },
  {
    _id: ObjectId('65dbc3a0a7e4f1b2c8d5e923'),
    title: 'Layer Normalization',
    authors: [ 'Jimmy Lei Ba', 'Jamie Ryan Kiros', 'Geoffrey E. Hinton' ],
    note: 'sin enlace; PDF en la carpeta',
    added: ISODate('2024-02-23T11:09:58.777Z')
  }
]
reading>
"""


def test_the_mongodb_shells_printed_documents_are_read_as_json_records() -> None:
    label, titles = decoded_titles(MONGOSH.encode(), "mongosh.txt")
    assert label.startswith("json/js/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": None,
    }


def test_an_emacs_muse_page_is_read_as_org() -> None:
    muse = (
        "#title Wykład 3\n\n* Lektury\n\n"
        " - [[https://arxiv.org/abs/1512.03385][Deep Residual Learning for Image Recognition]] (Kaiming He et al.)\n"
        " - [[https://arxiv.org/abs/1607.06450][Layer Normalization]] (Jimmy Lei Ba et al.)\n"
    )
    _, titles = decoded_titles(muse.encode(), "wyklad3.muse")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": "1607.06450",
    }


def test_a_list_of_papers_goes_on_under_the_next_parts_label() -> None:
    log = """\
    message:
      docs: reading list for newcomers.

      Part «Training»:
       * Mixed Precision Training
         https://openreview.net/forum?id=r1gs9JgRZ — loss scaling.
       * Layer Normalization
         https://arxiv.org/abs/1607.06450 — before the normalisation lecture.
      Part «Surveys»:
       * Efficient Transformers: A Survey —
         no link, the PDF is in the shared folder.
    """
    _, titles = decoded_titles(textwrap.dedent(log).encode(), "bzr-log.txt")
    assert "Efficient Transformers: A Survey" in titles


def test_a_prose_titles_tail_read_first_is_no_paper_of_its_own() -> None:
    note = (
        "Нотатки із зустрічі.\n\n"
        "Ідея з Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing\n"
        "(Zihang Dai, Guokun Lai, Yiming Yang et al.): стискаємо стани між блоками.\n"
    )
    _, titles = decoded_titles(note.encode(), "notatki.txt")
    assert titles == {
        "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing": None
    }


def test_a_books_edition_cut_at_its_full_stop_still_says_a_book() -> None:
    page = (
        "# Reading\n\n**Vision**\n\n"
        "- Bao et al. (2022). BEiT: BERT Pre-Training of Image Transformers. ICLR.\n"
        "- Szeliski, Computer Vision: Algorithms and Applications, 2nd ed. (book, free PDF on the author's site "
        "https://szeliski.org/Book/) – chapters 5 and 6 only\n"
    )
    _, titles = decoded_titles(page.encode(), "reading.md")
    assert not any(title and "Szeliski" in title for title in titles)


def test_an_excel_for_mac_csv_in_mac_os_roman_with_cr_line_ends_is_read() -> None:
    rows = [
        "Lecture du groupe — printemps 2024;;;;",
        ";;;;",
        "N°;Titre;Auteurs;Année;Lien",
        "1;Deep Residual Learning for Image Recognition;Kaiming He, Xiangyu Zhang et al.;2016;"
        "https://arxiv.org/abs/1512.03385",
        "2;Layer Normalization;Jimmy Lei Ba, Jamie Ryan Kiros;2016;",
        "3;Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift;"
        "Sergey Ioffe, Christian Szegedy;2015;",
        ";;;;",
        ";Ressources (hors articles);;;",
        ";Jeu de données ImageNet-1k (sous-ensemble, prétraité);;;",
        ";Total présentés : 2 / 3;;;",
    ]
    data = "\r".join(rows).encode("mac_roman")
    label, titles = decoded_titles(data, "lecture.csv")
    assert label == "mac_roman"
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": None,
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_bytes_mac_os_roman_reads_as_symbols_are_still_refused() -> None:
    # (every byte string decodes as Mac OS Roman: bytes it reads as symbols, not letters, are no Mac's text)
    from paperlist.errors import InputError
    from paperlist.ingest.decode import decode_digest

    data = b"binary-ish \x81\x8d\x8f\x90\x9d\xad\xb0\xb1\xb2\xb3 header\n" * 20
    try:
        label = decode_digest(data, "blob.txt")[1]
    except InputError:
        return
    assert label != "mac_roman"


def test_pnas_references_give_their_titles() -> None:
    page = """\
    <html><body><h2>References</h2><ol class="references">
    <li>1 GE Hinton, S Osindero, YW Teh, A Fast Learning Algorithm for Deep Belief Nets. Neural Comput. 18,
    1527–1554 (2006).</li>
    <li>2 K He, X Zhang, S Ren, J Sun, Deep Residual Learning for Image Recognition in Proceedings of the IEEE
    Conference on Computer Vision and Pattern Recognition (CVPR). pp. 770–778 (2016).</li>
    <li>3 I Goodfellow, Y Bengio, A Courville, Deep Learning (MIT Press, Cambridge, MA), (2016).</li>
    </ol></body></html>
    """
    _, titles = decoded_titles(textwrap.dedent(page).encode(), "seminar.html")
    assert titles == {
        "A Fast Learning Algorithm for Deep Belief Nets": None,
        "Deep Residual Learning for Image Recognition": None,
    }


def test_a_chat_messages_lines_in_json_stay_lines_a_title_over_its_authors() -> None:
    thread = {
        "comments": [
            {
                "id": 1,
                "content": "對抗攻擊的話我推：\nSmooth Adversarial Training\nCihang Xie, Mingxing Tan, Boqing Gong et al.\n結論很簡單。",
            },
            {"id": 2, "content": "+1，謝謝分享！這篇我也想看"},
        ]
    }
    import json

    _, titles = decoded_titles(json.dumps(thread, ensure_ascii=False).encode(), "thread.json")
    assert titles == {"Smooth Adversarial Training": None}


def test_a_listings_subjects_under_a_heading_word_are_no_authors() -> None:
    mail = (
        "From: no-reply@arXiv.org\nSubject: cs daily\n\n"
        "Submissions to:\nComputation and Language\nDistributed, Parallel, and Cluster Computing\nMachine Learning\n"
        "\n------------------------------------------------------------------------------\n"
        "arXiv:2006.16668\nTitle: GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding\n"
    )
    _, titles = decoded_titles(mail.encode(), "listing.txt")
    assert "Computation and Language" not in titles


def test_a_books_chapters_before_its_quoted_title_and_a_day_with_its_hour_are_no_papers() -> None:
    post = (
        "# Νέα\n\nΚαλημέρα σε όλους.\n\n"
        "Για όποιον θέλει βιβλίο: τα κεφάλαια 10–12 του “Dive into Deep Learning” καλύπτουν την προσοχή.\n\n"
        "Nächstes Treffen: **Donnerstag, 14. März, 18:30 Uhr** im Raum 2.\n\n"
        "Und das Paper: “Attention Is All You Need” (Vaswani et al., NeurIPS 2017).\n"
    )
    _, titles = decoded_titles(post.encode(), "news.md")
    assert titles == {"Attention Is All You Need": None}


def test_a_celery_logs_printed_task_results_are_read_as_records() -> None:
    log = (
        "[2024-03-05 07:00:36,035: INFO/MainProcess] Task tasks.fetch[23822da7] received\n"
        "[2024-03-05 07:00:39,262: INFO/ForkPoolWorker-4] Task tasks.fetch[23822da7] succeeded in 3.2s: "
        "{'title': 'Autoregressive Entity Retrieval', 'authors': 'Nicola De Cao, Gautier Izacard et al.', "
        "'year': 2020, 'source': None}\n"
        "[2024-03-05 07:00:43,047: INFO/ForkPoolWorker-2] Task tasks.fetch[a0e6d33f] succeeded in 1.1s: "
        "{'title': 'REALM: Retrieval-Augmented Language Model Pre-Training', 'authors': 'Kelvin Guu et al.', "
        "'year': 2020, 'source': 'https://arxiv.org/abs/2002.08909'}\n"
        "[2024-03-05 07:00:44,001: INFO/MainProcess] Events of group {task} enabled by remote.\n"
    )
    _, titles = decoded_titles(log.encode(), "worker.log")
    assert titles == {
        "Autoregressive Entity Retrieval": None,
        "REALM: Retrieval-Augmented Language Model Pre-Training": "2002.08909",
    }


HOCON = """\
# bench — application.conf
include required("base.conf")

bench {
  http { port = 8080, port = ${?BENCH_PORT} }   // overridable
  models = [
    {
      id = vit-b16
      paper {
        title = "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale"
        authors = ["Alexey Dosovitskiy", "Lucas Beyer", "et al."]
        url = "https://openreview.net/forum?id=YicbFdNTTy"
      }
    }
    {
      id = effnet-v2
      paper { title = "EfficientNetV2: Smaller Models and Faster Training", authors = ["Mingxing Tan", "Quoc V. Le"] }
    }
  ]
  analyses.shortcut {
    enabled = true
    reference = "Shortcut Learning in Deep Neural Networks"
  }
  report { title = "Monthly robustness report" }
}
"""


def test_a_hocon_config_is_read_as_its_objects() -> None:
    label, titles = decoded_titles(HOCON.encode(), "application.conf")
    assert label.startswith("json/hocon/")
    assert titles == {
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale": "YicbFdNTTy",
        "EfficientNetV2: Smaller Models and Faster Training": None,
        "Shortcut Learning in Deep Neural Networks": None,
    }


def test_an_nginx_conf_is_no_hocon() -> None:
    nginx = "server {\n  listen 80;\n  server_name example.org;\n  location / { root /srv/www; }\n}\n" * 3
    label, _ = decoded_titles(nginx.encode(), "site.conf")
    assert not label.startswith("json/hocon/")


def test_an_xml_rpc_response_is_read_as_its_values() -> None:
    def member(name: str, value: str) -> str:
        escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f"<member><name>{name}</name><value><string>{escaped}</string></value></member>"

    content = (
        "<ul><li>Universal Language Model Fine-tuning for Text Classification — Jeremy Howard, Sebastian Ruder</li>"
        '<li><a href="https://arxiv.org/abs/1810.04805">BERT: Pre-training of Deep Bidirectional Transformers for '
        "Language Understanding</a></li></ul>"
    )
    response = (
        '<?xml version="1.0"?><methodResponse><params><param><value><array><data>'
        f"<value><struct>{member('post_title', 'Reading group, week 4')}{member('post_content', content)}"
        "</struct></value></data></array></value></param></params></methodResponse>"
    )
    label, titles = decoded_titles(response.encode(), "getposts.xml")
    assert label.startswith("json/xml-rpc/")
    assert titles == {
        "Universal Language Model Fine-tuning for Text Classification": None,
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding": "1810.04805",
    }


SHAREPOINT = {
    "d": {
        "results": [
            {
                "__metadata": {"type": "SP.Data.ReadingListItem"},
                "Author": {"__metadata": {"type": "SP.Data.UserInfoItem"}, "Title": "Mazen Khatib"},
                "Id": 15,
                "Title": "GPT Understands, Too",
                "PaperLink": None,
                "Authors": "Xiao Liu, Yanan Zheng, Zhengxiao Du et al.",
                "Status": "to read",
            },
            {
                "__metadata": {"type": "SP.Data.ReadingListItem"},
                "Author": {"__metadata": {"type": "SP.Data.UserInfoItem"}, "Title": "Mazen Khatib"},
                "Id": 16,
                "Title": "The Power of Scale for Parameter-Efficient Prompt Tuning",
                "PaperLink": "https://arxiv.org/abs/2104.08691",
                "Authors": "Brian Lester, Rami Al-Rfou, Noah Constant",
                "Status": "read",
            },
        ]
    }
}


def test_a_records_authors_are_its_names_not_its_creators_account_whatever_the_hash_seed(
    tmp_path: Path,
) -> None:
    # (the keys a record's authors and kind are looked up by were once iterated as a set: which of `Author` and
    # `Authors` won changed from run to run with Python's hash seed)
    import json
    import subprocess
    import sys

    digest = tmp_path / "items.json"
    digest.write_text(json.dumps(SHAREPOINT), "utf-8")
    script = (
        "import sys; from tests.reading import decoded_titles; "
        "print(sorted(decoded_titles(open(sys.argv[1], 'rb').read(), 'items.json')[1].items()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(digest)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parents[1],
        ).stdout
        for seed in ("1", "2", "3", "4", "5", "6")
    }
    assert len(outputs) == 1
    assert "GPT Understands, Too" in outputs.pop()


def test_an_octave_text_data_files_table_of_strings_is_read_a_row_a_line() -> None:
    def string(value: str) -> str:
        return f"# name: <cell-element>\n# type: sq_string\n# elements: 1\n# length: {len(value.encode())}\n{value}\n\n\n"

    rows = [
        ("Deep Residual Learning for Image Recognition", "K. He et al.", "https://arxiv.org/abs/1512.03385"),
        ("Layer Normalization", "J. L. Ba, J. R. Kiros, G. E. Hinton", "—"),
        ("Учебник: Численная оптимизация", "—", "библиотека"),
    ]
    columns = [
        [row[column] for row in rows] for column in range(3)
    ]  # (Octave writes a cell column by column)
    data = (
        "# Created by Octave 8.4.0, Tue Mar 05 11:20:31 2024 MSK <user@host>\n"
        "# name: kurs\n# type: sq_string\n# elements: 1\n# length: 31\nМетоды оптимизации (весна 2024)\n\n\n"
        "# name: istochniki\n# type: cell\n# rows: 3\n# columns: 3\n"
        + "".join(string(cell) for column in columns for cell in column)
        + "\n\n# name: n\n# type: scalar\n2\n"
    )
    label, titles = decoded_titles(data.encode(), "istochniki.txt")
    assert label.startswith("md/octave/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": None,
    }


def test_javadoc_inline_tags_are_read_as_the_words_they_show() -> None:
    source = """\
    package lab.attention;

    /**
     * Kernel di attenzione.
     *
     * <p>Riferimenti: il blocco convoluzionale segue <cite>ResNeSt: Split-Attention Networks</cite> di Hang Zhang,
     * Chongruo Wu, Zhongyue Zhang et al.; vedi {@link #split(Tensor, int) la variante divisa}.
     * Per una panoramica si veda <cite>A Practical Survey on Faster and Lighter Transformers</cite> di Quentin
     * Fournier, Gaétan Marceau Caron, Daniel Aloise.
     */
    public final class Kernels {
        static final String ERROR = "variante sconosciuta";
    }
    """
    _, titles = decoded_titles(textwrap.dedent(source).encode(), "Kernels.java")
    assert "A Practical Survey on Faster and Lighter Transformers" in titles
    assert "variante sconosciuta" not in titles


def test_a_haml_template_is_read_as_the_page_it_makes() -> None:
    page = """\
    ---
    title: Lektury
    ---
    -# szablon strony
    %section#lista
      %h2 Blok 1
      %ol
        %li.artykul
          %a.tytul{href: "https://arxiv.org/abs/1512.03385"}
            Deep Residual Learning for Image Recognition
          %span.autorzy Kaiming He, Xiangyu Zhang et al.
        %li.artykul
          %span.tytul Layer Normalization
          %span.autorzy Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton
      :markdown
        Dodatkowo (dla chętnych): *Attention Is All You Need* (Ashish Vaswani et al.).
      %h2 Materiały (nie artykuły)
      %ul
        %li= link_to "Kurs CS231n", "https://cs231n.github.io/"
    """
    label, titles = decoded_titles(textwrap.dedent(page).encode(), "lektury.html.haml")
    assert label.startswith("md/haml/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Layer Normalization": None,
        "Attention Is All You Need": None,
    }


def test_xml_records_take_links_from_href_and_ids_from_their_mixed_text() -> None:
    pretext = """\
    <?xml version="1.0" encoding="UTF-8"?>
    <pretext><article><backmatter><references>
      <biblio type="raw" xml:id="b1">
        <author>Alex Graves, Greg Wayne and Ivo Danihelka</author>. <title>Neural Turing Machines</title>.
        arXiv:1410.5401 (<year>2014</year>).
      </biblio>
      <biblio type="raw" xml:id="b2">
        <author>Dzmitry Bahdanau, Kyunghyun Cho and Yoshua Bengio</author>.
        <title>Neural Machine Translation by Jointly Learning to Align and Translate</title>.
        ICLR (<year>2015</year>). <url href="https://arxiv.org/abs/1409.0473"/>
      </biblio>
      <biblio type="raw" xml:id="b3">
        <author>Sepp Hochreiter and Jürgen Schmidhuber</author>. <title>Long Short-Term Memory</title>.
        <journal>Neural Computation</journal> (<year>1997</year>).
      </biblio>
    </references></backmatter></article></pretext>
    """
    _, titles = decoded_titles(textwrap.dedent(pretext).encode(), "notes.ptx")
    assert titles == {
        "Neural Turing Machines": "1410.5401",
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "Long Short-Term Memory": None,
    }


def test_a_reports_labelled_records_in_swedish_keep_their_indented_links() -> None:
    report = """\
    Rapport

    Artikel A01: Fourier Neural Operator for Parametric Partial Differential Equations
             Författare: Li Z, Kovachki N, Azizzadenesheli K m.fl.
             Källa: https://arxiv.org/abs/2010.08895
    Artikel A02: Smooth Adversarial Training
             Författare: Xie C, Tan M, Gong B m.fl.
             Källa: (saknas - fylls i senare)
    Artikel A03: Segment Anything
             Författare: Kirillov A, Mintun E, Ravi N m.fl.
             Källa: https://arxiv.org/abs/2304.02643v1

    Totalt 3 artiklar.
    """
    _, titles = decoded_titles(textwrap.dedent(report).encode(), "rapport.log")
    assert titles == {
        "Fourier Neural Operator for Parametric Partial Differential Equations": "2010.08895",
        "Smooth Adversarial Training": None,
        "Segment Anything": "2304.02643",
    }


def test_a_schedules_day_and_month_name_opens_its_reading_in_any_language() -> None:
    mail = """\
    Programma voor de komende weken (zaal 2.14):

      7 maart   PaLM: Scaling Language Modeling with Pathways
                (arXiv:2204.02311) -- Femke leidt.
     14 maart   Mixed Precision Training
                (Paulius Micikevicius, Sharan Narang et al., ICLR 2018)
                -- als achtergrond.
     21 maart   Training language models to follow instructions with human feedback
                (Long Ouyang, Jeff Wu et al.) -- het stuk over RLHF.
    """
    _, titles = decoded_titles(textwrap.dedent(mail).encode(), "programma.txt")
    assert titles == {
        "PaLM: Scaling Language Modeling with Pathways": "2204.02311",
        "Mixed Precision Training": None,
        "Training language models to follow instructions with human feedback": None,
    }


def test_a_sheets_headers_written_without_their_diacritics_are_known() -> None:
    sheet = (
        '"id","tur","baslik","yazarlar","yil","baglanti"\n'
        '"1","makale","Sequence to Sequence Learning with Neural Networks","Ilya Sutskever; Oriol Vinyals","2014",\\N\n'
        '"2","kitap","Dive into Deep Learning — 9. ve 10. bölümler","Zhang; Lipton","2023","https://d2l.example.org/"\n'
        '"3","makale","Retentive Network: A Successor to Transformer for Large Language Models","Yutao Sun et al.",'
        '"2023","https://arxiv.org/abs/2307.08621"\n'
    )
    _, titles = decoded_titles(sheet.encode(), "okuma.csv")
    assert titles == {
        "Sequence to Sequence Learning with Neural Networks": None,
        "Retentive Network: A Successor to Transformer for Large Language Models": "2307.08621",
    }


def test_authors_then_a_colon_after_et_al_vouch_for_a_short_title() -> None:
    post = (
        "Intro line.\n\n"
        "- A Generalist Agent — Scott Reed, Konrad Zolna, Emilio Parisotto et al.: نموذج واحد يلعب ألعاب Atari\n"
        "- Voyager: An Open-Ended Embodied Agent with Large Language Models — Guanzhi Wang et al.\n"
    )
    _, titles = decoded_titles(post.encode(), "topic.md")
    assert titles == {
        "A Generalist Agent": None,
        "Voyager: An Open-Ended Embodied Agent with Large Language Models": None,
    }


def test_a_php_session_file_is_read_as_its_records_each_link_its_own_items() -> None:
    def string(value: str) -> str:
        return f's:{len(value.encode())}:"{value}";'

    def item(title: str, url: str | None) -> str:
        fields = [
            ("title", string(title)),
            ("url", string(url) if url else "N;"),
            ("memo", string("輪読会で扱う")),
        ]
        return f"a:{len(fields)}:{{" + "".join(string(key) + value for key, value in fields) + "}"

    items = [
        ("OPT: Open Pre-trained Transformer Language Models", "https://arxiv.org/pdf/2205.01068.pdf"),
        ("A Survey of Large Language Models", None),
    ]
    reading = "a:2:{" + "".join(f"i:{n};{item(title, url)}" for n, (title, url) in enumerate(items)) + "}"
    session = f"_csrf|{string('9f1c3e0b')}locale|{string('ja_JP')}reading_list|{reading}flash|a:0:{{}}"
    label, titles = decoded_titles(session.encode(), "sess_9f1c3e0b")
    assert label.startswith("json/php-serialize/")
    assert titles == {
        "OPT: Open Pre-trained Transformer Language Models": "2205.01068",
        "A Survey of Large Language Models": None,
    }


def test_a_folders_pollen_page_is_read_though_perl_modules_beside_it_are_not(tmp_path: Path) -> None:
    from tests.reading import folder_titles

    (tmp_path / "march.html.pm").write_text(POLLEN, "utf-8")
    (tmp_path / "Helper.pm").write_text("package Helper;\n# Layer Normalization\n1;\n", "utf-8")
    titles = folder_titles(tmp_path)
    assert "Proximal Policy Optimization Algorithms" in titles
    assert "Layer Normalization" not in titles


def test_a_duckdb_sessions_tables_and_line_mode_give_full_titles_not_their_cut_cells() -> None:
    session = """\
    D SELECT id, title, year FROM papers ORDER BY id;
    ┌───────┬──────────────────────────────────────────────────┬───────┐
    │  id   │                      title                       │ year  │
    │ int32 │                     varchar                      │ int16 │
    ├───────┼──────────────────────────────────────────────────┼───────┤
    │     1 │ Efficient Estimation of Word Representations in… │  2013 │
    │     2 │ Deep contextualized word representations         │  2018 │
    └───────┴──────────────────────────────────────────────────┴───────┘
    D .mode line
    D SELECT id, title, authors, url FROM papers;
         id = 1
      title = Efficient Estimation of Word Representations in Vector Space
    authors = Tomas Mikolov, Kai Chen, Greg Corrado et al.
        url = NULL

         id = 2
      title = Deep contextualized word representations
    authors = Matthew E. Peters, Mark Neumann et al.
        url = https://arxiv.org/abs/1802.05365
    D .quit
    """
    label, titles = decoded_titles(textwrap.dedent(session).encode(), "duckdb-session.txt")
    assert label.startswith("md/box-tables/")
    assert titles == {
        "Efficient Estimation of Word Representations in Vector Space": None,
        "Deep contextualized word representations": "1802.05365",
    }


def test_a_dotclear_backup_is_read_as_its_posts_and_blogroll() -> None:
    post = (
        '<p>Trois articles : <a href="https://arxiv.org/abs/1911.05722">Momentum Contrast for Unsupervised '
        "Visual Representation Learning</a> (He et al.), puis <em>Rethinking Pre-training and Self-training</em> "
        "(Barret Zoph, Golnaz Ghiasi, Tsung-Yi Lin et al., NeurIPS 2020).</p>"
    )
    backup = (
        "///DOTCLEAR|2.29|single\n\n"
        "[link link_id,blog_id,link_href,link_title]\n"
        '"1","default","https://distill.example.pub/","Distill (blog de vulgarisation)"\n\n'
        "[post post_id,blog_id,post_title,post_content,post_content_xhtml]\n"
        f'"47","default","Liste de lecture","!!!Pour le 7 mars\\n\\nTrois articles","{post.replace(chr(34), chr(92) + chr(34))}"\n'
    )
    label, titles = decoded_titles(backup.encode(), "blog-backup.txt")
    assert label.startswith("html/dotclear/")
    assert titles == {
        "Momentum Contrast for Unsupervised Visual Representation Learning": "1911.05722",
        "Rethinking Pre-training and Self-training": None,
    }


def test_a_title_before_another_languages_by_and_its_authors_is_read() -> None:
    post = (
        "Ghi chú đọc paper.\n\n"
        "- Dùng optimizer AdamW với weight decay tách rời — lý do thì đọc paper gốc: Decoupled Weight Decay "
        "Regularization của Ilya Loshchilov, Frank Hutter.\n- Learning rate cao hơn.\n"
    )
    _, titles = decoded_titles(post.encode(), "ghi-chu.md")
    assert titles == {"Decoupled Weight Decay Regularization": None}
