"""Kinds and habits the blind rounds 56 and 57 brought (tests/data/digests-round56, -round57), each written here
in a small digest of its own: troff sources with refer citations, PmWiki page files, XWiki pages, XLIFF
translation files, a PDF partitioner's element JSON, a task tracker's CSV with a description column, and titles
quoted before their authors, set equal to a short name, or subtitled in sentence case."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_references
from tests.reading import decoded_titles, folder_titles, write_digest


def test_a_groff_ms_handout_s_refer_citations_are_its_references(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "week4.ms",
        r"""
        .\" week 4 handout
        .R1
        accumulate
        .R2
        .TL
        Generative Models, Week 4
        .AU
        Dr. Ada Quill
        .NH 1
        Autoencoders
        .PP
        The variational bound comes from
        .[
        %A Diederik P. Kingma
        %A Max Welling
        %T Auto-Encoding Variational Bayes
        %O https://arxiv.org/abs/1312.6114
        %D 2013
        .]
        and the adversarial game from
        .[
        %A Ian J. Goodfellow
        %A Jean Pouget-Abadie
        %T Generative Adversarial Nets
        %B Advances in Neural Information Processing Systems 27
        %D 2014
        .]
        .IP \(bu 3
        Lab 4 trains a small VAE on MNIST; bring a laptop.
        .PP
        For normalising flows, read Dinh, Sohl-Dickstein and Bengio (2017) in \fIDensity estimation using Real NVP\fP
        as well.
        .NH 1
        References
        .[
        $LIST$
        .]
        """,
    )
    found = folder_titles(tmp_path)
    assert found["Auto-Encoding Variational Bayes"] == "1312.6114"
    assert "Generative Adversarial Nets" in found  # (no id: cited by its authors, title and venue)
    assert not [title for title in found if title and ("Lab 4" in title or "Week 4" in title)]


def test_a_man_page_is_read_as_its_text_and_names_no_paper() -> None:
    text, label = decode_digest(
        textwrap.dedent(
            r"""
            .TH NOTETOOL 1 "2024-05-01" "notetool 1.2" "User Commands"
            .SH NAME
            notetool \- keep a lab's meeting notes
            .SH SYNOPSIS
            .B notetool
            .RI [ options ]
            .I command
            .SH DESCRIPTION
            .B notetool
            stores notes in a folder and mails a summary to the group every Friday.
            Caf\('e hours are announced with
            .BR "notetool announce" .
            .SH FILES
            .I ~/.config/notetool/config.toml
            """
        ).encode(),
        "notetool.1",
    )
    assert label.startswith("roff/")
    assert "Café hours are announced with **notetool announce**." in text
    assert extract_references(text, "markdown").references == ()


def test_a_pmwiki_page_file_is_read_from_its_urlencoded_text_line() -> None:
    page = (
        "version=pmwiki-2.3.30 ordered=1 urlencoded=1\n"
        "author=Signe\n"
        "name=Seminar.Varen2024\n"
        "text=(:title Seminarium: djupinlärning för fysik:)%0a!! Program%0a%0a||border=1 width=100%25%0a"
        "||! Datum ||! Artikel ||%0a|| 5 feb || [[https://arxiv.org/abs/2003.04630 | Learning to Simulate Complex "
        "Physics with Graph Networks]] ||%0a|| 19 feb || ''Hidden physics models: Machine learning of nonlinear "
        "partial differential equations'' (J. Comput. Phys. 2018) ||%0a%0a* Kursen ''Scientific Machine Learning'' "
        "(föreläsningar)%0a\n"
        "time=1706786532\n"
        "diff:1706786532:1705489211:=3d2%0a%3c || 29 jan || inställt ||%0a\n"
    )
    label, found = decoded_titles(page.encode(), "Seminar.Varen2024")
    assert label.startswith("pmwiki/")
    assert found["Learning to Simulate Complex Physics with Graph Networks"] == "2003.04630"
    # (no id: in the schedule's column of papers, its journal and year after it)
    assert "Hidden physics models: Machine learning of nonlinear partial differential equations" in found
    assert not [title for title in found if title and ("Seminarium" in title or "inställt" in title)]


def test_an_xwiki_page_s_table_links_and_italics_are_read_and_a_book_s_edition_is_no_paper() -> None:
    source = textwrap.dedent(
        """\
        {{toc/}}

        = Lesegruppe Sprache =

        (% class="lead" %)
        Wir lesen donnerstags. Siehe [[Kalender>>Gruppe.Kalender.WebHome]].

        |=Termin|=Paper|=Wer
        |04.05.|[[RoBERTa: A Robustly Optimized BERT Pretraining Approach>>https://arxiv.org/abs/1907.11692]]|Ina
        |11.05.|//Deep contextualized word representations// (Peters et al., NAACL 2018)|Jan

        {{info}}
        Hintergrund: Manning & Schütze, //Foundations of Statistical Natural Language Processing//, 2. Aufl. (Entwurf), Kap. 3
        {{/info}}
        """
    )
    label, found = decoded_titles(source.encode(), "Lesegruppe.txt")
    assert label.startswith("xwiki/")
    assert found["RoBERTa: A Robustly Optimized BERT Pretraining Approach"] == "1907.11692"
    assert "Deep contextualized word representations" in found
    assert not [title for title in found if title and ("Aufl" in title or "Foundations" in title)]


def test_an_xliff_file_is_read_as_the_document_it_translates() -> None:
    xliff = textwrap.dedent(
        """\
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="blog/reading.md" source-language="en" target-language="ko" datatype="plaintext">
            <body>
              <trans-unit id="1"><source># What we read in May</source><target># 5월에 읽은 것</target></trans-unit>
              <trans-unit id="2">
                <source>- [Mixtral of Experts](https://arxiv.org/abs/2401.04088) &#8212; sparse experts at scale.</source>
                <target>- [Mixtral of Experts](https://arxiv.org/abs/2401.04088) &#8212; 대규모 희소 전문가.</target>
              </trans-unit>
              <trans-unit id="3">
                <source>- *Mamba: Linear-Time Sequence Modeling with Selective State Spaces* (COLM 2024)</source>
                <target>- *Mamba: Linear-Time Sequence Modeling with Selective State Spaces* (COLM 2024, arXiv:2312.00752)</target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """
    )
    label, found = decoded_titles(xliff.encode(), "reading.xliff")
    assert label.startswith("xliff/")
    assert found["Mixtral of Experts"] == "2401.04088"
    # (the translation adds an id its source lacks: read too, so the paper has it)
    assert found["Mamba: Linear-Time Sequence Modeling with Selective State Spaces"] == "2312.00752"


def test_a_pdf_partitioner_s_elements_are_read_as_a_page_with_links_and_no_section_title_is_a_paper() -> None:
    elements = [
        {
            "type": "Header",
            "element_id": "a1",
            "text": "Seminário de Visão · 2024/2",
            "metadata": {"page_number": 1},
        },
        {"type": "Title", "element_id": "a2", "text": "3. Modelos de difusão e amostragem", "metadata": {}},
        {
            "type": "ListItem",
            "element_id": "a3",
            "text": "Denoising Diffusion Implicit Models — Song, Meng, Ermon (ICLR 2021)",
            "metadata": {
                "links": [
                    {
                        "text": "Denoising Diffusion Implicit Models",
                        "url": "https://openreview.net/forum?id=St1giarCHLP",
                    }
                ]
            },
        },
        {
            "type": "NarrativeText",
            "element_id": "a4",
            "text": "Leiam também a seção 4 antes da aula.",
            "metadata": {},
        },
        {"type": "Footer", "element_id": "a5", "text": "Página 1 de 3", "metadata": {}},
    ]
    label, found = decoded_titles(json.dumps(elements, ensure_ascii=False).encode(), "handout.json")
    assert label.startswith("elements/")
    assert found == {"Denoising Diffusion Implicit Models": "St1giarCHLP"}


def test_a_quoted_sentence_case_title_then_its_authors_and_venue_after_a_comma_is_a_paper(
    tmp_path: Path,
) -> None:
    write_digest(
        tmp_path,
        "plan.rem",
        """\
        # ~/.reminders
        REM 2024-09-03 AT 14:15 TAG lesing MSG Les til i dag: «Deep residual learning for image recognition», He et al., CVPR 2016. Innleder: Ola.
        REM 2024-09-10 AT 14:15 TAG lesing MSG Les til i dag: "Dropout: a simple way to prevent neural networks from overfitting", Srivastava & Hinton, JMLR 2014
        REM Mon AT 09:00 TAG jobb MSG Stand-up med veileder
        """,
    )
    found = folder_titles(tmp_path)
    assert "Deep residual learning for image recognition" in found
    assert "Dropout: a simple way to prevent neural networks from overfitting" in found


def test_a_task_tracker_s_description_column_names_papers_besides_the_task_s_own_name(tmp_path: Path) -> None:
    rows = [
        ["Task ID", "Task Name", "Task Content", "Status", "Assignees", "Due Date", "List Name"],
        [
            "a1",
            "Baca: Score-Based Generative Modeling through Stochastic Differential Equations",
            "",
            "to do",
            "[Dewi]",
            "1719799920000",
            "Sprint",
        ],
        [
            "a2",
            "Perbandingan: Imagen vs Parti",
            "Dua paper:\n1. Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding (NeurIPS 2022)\n"
            "2. Scaling Autoregressive Models for Content-Rich Text-to-Image Generation (TMLR 2022)",
            "to do",
            "[Rizky]",
            "1719799920000",
            "Sprint",
        ],
    ]
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    (tmp_path / "tasks.csv").write_text(buffer.getvalue(), "utf-8")
    found = folder_titles(tmp_path)
    assert (
        "Score-Based Generative Modeling through Stochastic Differential Equations" in found
    )  # (no `Baca:`)
    assert "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding" in found
    assert "Scaling Autoregressive Models for Content-Rich Text-to-Image Generation" in found
    assert not [title for title in found if title and " vs " in title]


def test_a_chat_log_s_short_name_set_equal_to_a_quoted_title_and_a_sentence_case_subtitle(
    tmp_path: Path,
) -> None:
    write_digest(
        tmp_path,
        "stream.log",
        """\
        # Start logging at 2024-05-02 20:00:00
        [20:01:10]  profe_ana: Ahora razonamiento. GSM8K = "Training Verifiers to Solve Math Word Problems", 2021
        [20:02:30]  luz_ml: y HELM: Holistic Evaluation of Language Models: A living benchmark of everything (TMLR)
        [20:03:00]  kev99: el estudio de Google con miles de modelos entrenados (ICLR 2022) me gustó
        # Stop logging at 2024-05-02 21:00:00
        """,
    )
    found = folder_titles(tmp_path)
    assert "Training Verifiers to Solve Math Word Problems" in found
    assert "Holistic Evaluation of Language Models: A living benchmark of everything" in found
    assert not [title for title in found if title and ("GSM8K =" in title or "estudio" in title)]


def test_a_lecture_recording_named_in_quotes_is_no_paper(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "notes.txt",
        """\
        Notizen für die Gruppe.

        Schaut die Vorlesungsaufzeichnung "Efficient Transformers for Long Document Summarization Tasks" vor Montag.

        Dann: [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
        """,
    )
    found = folder_titles(tmp_path)
    assert found == {"Attention Is All You Need": "1706.03762"}


def test_a_json_export_s_escaped_emoji_halves_are_stored_whole_and_a_lone_half_breaks_nothing(
    tmp_path: Path,
) -> None:
    # (a forum's JSON:API answer escapes an emoji as its two UTF-16 halves; a truncated post may keep one alone)
    posts = (
        '{"data": [{"type": "posts", "id": "1", "attributes": {"contentType": "comment", "content": '
        '"Read [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) \\ud83d\\ude42"}},'
        ' {"type": "posts", "id": "2", "attributes": {"contentType": "comment", "content": '
        '"And [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993) \\ud83d"}}]}'
    )
    (tmp_path / "discussion.json").write_text(posts, "utf-8")
    database = tmp_path / "papers.db"
    from typer.testing import CliRunner

    from paperlist.cli.app import app

    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path / "discussion.json"), "--offline"], env={"PAPERLIST_DB": str(database)}
    )
    assert result.exit_code == 0, result.output
    import sqlite3

    with sqlite3.connect(database) as connection:
        raws = {
            row[0]: row[1]
            for row in connection.execute(
                "select papers.arxiv_id, mentions.raw from mentions join papers on papers.id = mentions.paper_id"
            )
        }
    assert set(raws) == {"1512.03385", "1608.06993"}
    assert "\U0001f642" in raws["1512.03385"]  # (the emoji, whole)
    assert "\ufffd" in raws["1608.06993"]  # (a half alone: the replacement character)
