"""Kinds and habits the blind rounds 74 to 77 brought (tests/data/digests-round74 … -round77), each written here in
a small digest of its own: GNU Info manuals, Python's `pprint`, HexChat logs, titles followed by their authors'
full names, informal citations (`Title, Given Family, Given Family, Venue Year.`)."""

from __future__ import annotations

import textwrap

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
