"""Kinds and habits the blind rounds 54 and 55 brought (tests/data/digests-round54, -round55), each written here
in a small digest of its own: wiki pages in MoinMoin's, Trac's and Foswiki's markup, flat OpenDocument slides,
a PostScript printout, a Gopher menu, AbiWord, txt2tags and GanttProject files, an IRC client's log, Gerrit's
guarded JSON, MLA's works cited, and titles introduced by a to-do's label or by a citation's colon."""

from __future__ import annotations

import textwrap
from pathlib import Path

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_references
from tests.reading import folder_titles, write_digest


def test_a_moinmoin_page_s_tables_and_links_are_read_and_its_processing_lines_are_not(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "AwesomeSSL.txt",
        """\
        ## page was renamed from AwesomeSSL
        #format wiki
        #language it
        = Awesome Self-Supervised Vision =

        <<TableOfContents(2)>>

        == Metodi contrastivi ==

        ||<tablewidth="100%"> '''Titolo''' || '''Autori''' || '''Sede''' || '''Link''' ||
        || [[https://arxiv.org/abs/1911.05722|Momentum Contrast for Unsupervised Visual Representation Learning]] || Kaiming He et al. || CVPR 2020 || [[https://github.com/facebookresearch/moco|codice]] ||
        || Supervised Contrastive Learning || Prannay Khosla et al. || NeurIPS 2020 || [[https://proceedings.neurips.cc/|proceedings]] ||
        """,
    )
    found = folder_titles(tmp_path)
    assert found["Momentum Contrast for Unsupervised Visual Representation Learning"] == "1911.05722"
    # (linked to its venue's home: where it appeared, by the table's column of venues headed `Sede`)
    assert "Supervised Contrastive Learning" in found
    assert not [title for title in found if title and ("format" in title or "renamed" in title)]


def test_a_trac_page_s_escaped_wiki_word_and_emphasised_title_after_the_writer_s_words() -> None:
    text, label = decode_digest(
        textwrap.dedent(
            """\
            = Referencias: inferencia eficiente =

            [[PageOutline(2-3,Contenido,inline)]]

            Los artículos en los que se basa '''tordo'''.

            == Modelos ==

             * Cargador compatible con ''!HuggingFace's Transformers: State-of-the-art Natural Language Processing'' (Wolf et al., EMNLP 2020) — el formato.
             * [https://arxiv.org/abs/2211.17192 Fast Inference from Transformers via Speculative Decoding] — Leviathan et al.
            """
        ).encode(),
        "Referencias.txt",
    )
    assert label.startswith("wiki/")
    titles = [reference.title for reference in extract_references(text, "markdown").references]
    assert "HuggingFace's Transformers: State-of-the-art Natural Language Processing" in titles
    assert "Fast Inference from Transformers via Speculative Decoding" in titles


def test_a_foswiki_topic_is_read_as_its_headings_table_and_links(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "LesekreisAttention.txt",
        """\
        %META:TOPICINFO{author="JonasBecker" date="1714127346" format="1.1" version="7"}%
        ---+ Lesekreis Effiziente Attention

        ---++ Termine

        | *Datum* | *Paper* | *Vortrag* |
        | 17.04. | [[https://arxiv.org/abs/2006.03236][Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing]] | Main.JonasBecker |
        | 05.06. | Not All Memories are Created Equal: Learning to Forget by Expiring | Main.MiraHoffmann |

           * *Kontinuierliches Lernen:* Gradient Projection Memory for Continual Learning, Saha, Garg, Roy (ICLR 2021).
        %META:FILEATTACHMENT{name="folien.pdf"}%
        """,
    )
    found = folder_titles(tmp_path)
    assert (
        found["Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing"]
        == "2006.03236"
    )
    assert "Not All Memories are Created Equal: Learning to Forget by Expiring" in found
    assert any(
        title and title.startswith("Gradient Projection Memory for Continual Learning") for title in found
    )
    assert "Lesekreis Effiziente Attention" not in found  # (the topic's own heading)


FODP = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
 <office:body><office:presentation>
  <draw:page draw:name="p1">
   <draw:frame presentation:class="title"><draw:text-box><text:p>Diffusion latente</text:p></draw:text-box></draw:frame>
   <draw:frame presentation:class="outline"><draw:text-box><text:list><text:list-item>
    <text:p>Score-based Generative Modeling<text:line-break/>in Latent Space — Vahdat, Kreis, Kautz, NeurIPS 2021</text:p>
   </text:list-item></text:list></draw:text-box></draw:frame>
  </draw:page>
 </office:presentation></office:body>
</office:document>
"""


def test_a_flat_opendocument_presentation_is_read_as_its_slides_and_a_wrapped_item_is_one_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "cours.fodp").write_text(FODP, "utf-8")
    text, label = decode_digest(FODP.encode(), "cours.fodp")
    assert label.startswith("fodf/")
    assert "## Slide 1: Diffusion latente" in text
    assert "Score-based Generative Modeling in Latent Space" in folder_titles(tmp_path)


POSTSCRIPT = r"""%!PS-Adobe-3.0
%%Creator: GNU Enscript 1.6.6
%%BeginProlog
/s { show } def
%%EndProlog
%%Page: (1) 1
5 760 M
(Voor de rest van april:) s
5 738 M
(1. "EfficientNetV2: Smaller Models and Faster Training" \(Tan & Le\),) s
5 727 M
(   arXiv:2104.00298, pas vorige week verschenen.) s
5 716 M
(2. Gulrajani & Lopez-Paz, "In Search of Lost Domain Generalization" \(ICLR 2021\).) s
5 694 M
(Caf\351 na afloop.) s
showpage
%%Trailer
"""


def test_a_postscript_printout_is_read_as_the_lines_it_prints(tmp_path: Path) -> None:
    text, label = decode_digest(POSTSCRIPT.encode("latin-1"), "mail.ps")
    assert label.startswith("postscript/")
    assert "Café na afloop." in text  # (its octal escape, Latin-1)
    assert "\n\n1. " in text  # (a blank line where the page skips one)
    (tmp_path / "mail.ps").write_text(POSTSCRIPT, "latin-1")
    found = folder_titles(tmp_path)
    assert found["EfficientNetV2: Smaller Models and Faster Training"] == "2104.00298"
    assert "In Search of Lost Domain Generalization" in found


def test_a_gopher_menu_s_web_links_and_text_are_read(tmp_path: Path) -> None:
    lines = [
        "iDługie sekwencje\t\tnull.host\t1",
        "i\t\tnull.host\t1",
        "iProjekcje niskiego rzędu kluczy i wartości (Wang i in., 2020):\t\tnull.host\t1",
        "iLinformer: Self-Attention with Linear Complexity. Na krótkich tekstach działa.\t\tnull.host\t1",
        "i\t\tnull.host\t1",
        "hLongformer: The Long-Document Transformer\tURL:https://arxiv.org/pdf/2004.05150\tgopher.example\t70",
        "1<< powrót do phloga\t/phlog/\tgopher.example\t70",
        ".",
    ]
    (tmp_path / "gophermap").write_bytes(("\r\n".join(lines) + "\r\n").encode())
    found = folder_titles(tmp_path)
    assert found["Longformer: The Long-Document Transformer"] == "2004.05150"
    assert "powrót do phloga" not in " ".join(title or "" for title in found)


def test_a_title_on_the_line_under_its_citation_s_colon_is_a_paper() -> None:
    text = """    Notatki

    Na koniec coś innego: dokładna uwaga, policzona z głową. Dao,
    Fu, Ermon, Rudra, Ré, NeurIPS 2022:

      FlashAttention: Fast and Memory-Efficient Exact Attention
      with IO-Awareness

    Slajdy z mojego referatu są poniżej.
    """
    titles = [reference.title for reference in extract_references(textwrap.dedent(text), "text").references]
    # (who wrote it and when, then a colon, introduce it; its line wrapped before a small word is joined)
    assert titles == ["FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"]


def test_abiword_txt2tags_and_ganttproject_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "seminar.abw").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<abiword xmlns="http://www.abisource.com/awml.dtd" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" version="3.0.5"><section>'
        '<p style="Heading 1">Семинар</p>'
        '<p style="Numbered List" level="1" listid="1"><c props="font-style:italic">ImageNet Classification with '
        "Deep Convolutional Neural Networks</c> — Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton, NIPS 2012.</p>"
        "</section></abiword>",
        "utf-8",
    )
    (tmp_path / "notlar.t2t").write_text(
        "Okuma Notları\nDeniz Aksoy\n%%mtime(%d.%m.%Y)\n\n%! Target: html\n\n= GPT-2 =[gpt2]\n\n"
        "**Language Models are Unsupervised Multitask Learners** — Alec Radford, Jeffrey Wu et al., "
        "OpenAI teknik raporu, 2019.\n\n//Exploring the Limits of Transfer Learning with a Unified Text-to-Text "
        "Transformer// (Raffel ve ark., JMLR 21, 2020)\n",
        "utf-8",
    )
    (tmp_path / "plan.gan").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<project name="Čtenářský kroužek" view-date="2024-02-26" '
        'version="3.2"><tasks>'
        '<task id="0" name="Blok 1: Škálovací zákony"><notes><![CDATA[Cíl bloku.]]></notes>'
        '<task id="1" name="Přečíst: Training Compute-Optimal Large Language Models">'
        "<notes><![CDATA[„Chinchilla“ paper, NeurIPS 2022.\nPorovnat s Kaplanem.]]></notes></task>"
        '<task id="2" name="Přečíst: Switch Transformers" webLink="https%3A%2F%2Farxiv.org%2Fabs%2F2101.03961"/>'
        "</task></tasks></project>",
        "utf-8",
    )
    found = folder_titles(tmp_path)
    assert "ImageNet Classification with Deep Convolutional Neural Networks" in found
    assert "Language Models are Unsupervised Multitask Learners" in found
    assert "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer" in found
    # (a to-do's label in the writer's language is no part of the title; a task's link, percent-encoded, its id)
    assert "Training Compute-Optimal Large Language Models" in found
    assert "2101.03961" in found.values()
    assert not [title for title in found if title and title.startswith(("Blok", "Přečíst"))]


def test_an_irc_client_s_log_with_dates_is_read_message_by_message(tmp_path: Path) -> None:
    (tmp_path / "#ml-yomikai.weechatlog").write_text(
        "2024-03-11 20:05:22\tsota\t関連で Flamingo も少し触れます → Flamingo: a Visual Language Model for Few-Shot "
        "Learning (Alayrac et al., NeurIPS 2022)\n"
        "2024-03-11 20:05:40\tkaede\tFlamingo は arXiv 版と NeurIPS 版でページ数がかなり違うので注意です\n"
        "2024-03-11 20:36:48\tkaede\tAutoML 枠で PyGlove もどうですか https://arxiv.org/abs/2101.08809\n",
        "utf-8",
    )
    found = folder_titles(tmp_path)
    assert "Flamingo: a Visual Language Model for Few-Shot Learning" in found
    assert "2101.08809" in found.values()
    assert not [title for title in found if title and title[:4].isdigit()]  # (no time stamp in a title)


def test_gerrit_s_guarded_json_is_read_as_json_and_a_commit_subject_is_no_title(tmp_path: Path) -> None:
    (tmp_path / "change.json").write_text(
        ")]}'\n"
        '{"subject": "docs: add references page for operators and graph models", "messages": [{"message": '
        '"Patch Set 2: please cite Fourier Neural Operator for Parametric Partial Differential Equations '
        '(https://arxiv.org/abs/2010.08895) in the docstring."}]}\n',
        "utf-8",
    )
    found = folder_titles(tmp_path)
    assert "2010.08895" in found.values()
    assert not [title for title in found if title and title.startswith("docs:")]


def test_mla_works_cited_a_reference_a_line_gives_its_papers_not_its_articles_or_books() -> None:
    text = """\
    Ensayo

    Texto del ensayo.

    Obras citadas
    Kirillov, Alexander, et al. “Segment Anything.” Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), 2023, pp. 4015-26.
    Ortega Salas, Lucía. “Las máquinas que conversan.” El Diario de Valdemora, 12 mar. 2023, diario.example.es/cultura.
    Rumelhart, David E., et al. “Learning Representations by Back-Propagating Errors.” Nature, vol. 323, núm. 6088, 1986, pp. 533-36.
    Weizenbaum, Joseph. Computer Power and Human Reason: From Judgment to Calculation. W. H. Freeman, 1976.

    [a]Valeria: la tesis tiene que aparecer al final del primer párrafo.
    """
    titles = [reference.title for reference in extract_references(textwrap.dedent(text), "text").references]
    assert titles == ["Segment Anything", "Learning Representations by Back-Propagating Errors"]
