"""Kinds and habits the blind rounds 58 to 63 brought (tests/data/digests-round58 … -round63), each written here
in a small digest of its own: JSPWiki, Remarkup and Wikidot pages, NoteExpress exports, several named tables in
one CSV, an app's CSV behind its preamble, Excel 2003 XML, multi-document YAML, JSON-LD types, a program's log of
printed records, APS references, and title/authors/link lines that make one paper."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from pathlib import Path

from paperlist.ingest.decode import decode_digest
from tests.reading import decoded_titles, folder_titles, write_digest


def test_a_jspwiki_page_s_title_authors_and_link_lines_make_one_paper() -> None:
    page = textwrap.dedent(
        """\
        [{SET alias='Reading'}]
        [{TableOfContents}]

        !!! Czytanie: grafy

        !! Tydzień 1

        __Semi-Supervised Classification with Graph Convolutional Networks__ \\\\
        Thomas N. Kipf, Max Welling, ICLR 2017 \\\\
        [arXiv: abs|https://arxiv.org/abs/1609.02907] · [PDF|https://arxiv.org/pdf/1609.02907]

        * Na później: ''Graph Attention Networks'' (Veličković et al., ICLR 2018), notatki w [Wiki grupy|GrupaGrafy].
        * kurs: wykład o grafach z Stanford CS224W (J. Leskovec) — materiał dydaktyczny
        """
    )
    label, found = decoded_titles(page.encode(), "Reading.txt")
    assert label.startswith("jspwiki/")
    assert found["Semi-Supervised Classification with Graph Convolutional Networks"] == "1609.02907"
    assert "Graph Attention Networks" in found
    assert not [title for title in found if title and "Stanford" in title]  # (a line labelled a course)


def test_a_phabricator_remarkup_page_s_spaced_links_give_their_ids() -> None:
    page = textwrap.dedent(
        """\
        = Список чтения =

        [[ wiki/ml/ | ← ML-вики ]] · [[ wiki/ml/groups/ | все группы ]]

        == Статьи ==

        | Статья | Ссылка |
        | --- | --- |
        | Longformer: The Long-Document Transformer | [[ https://arxiv.org/abs/2004.05150 | arXiv ]] |
        | Big Bird: Transformers for Longer Sequences | [[ https://openreview.net/forum?id=HJlYzjyClB | OpenReview ]] |
        """
    )
    label, found = decoded_titles(page.encode(), "reading.remarkup")
    assert label.startswith("remarkup/")
    assert found["Longformer: The Long-Document Transformer"] == "2004.05150"
    assert found["Big Bird: Transformers for Longer Sequences"] == "HJlYzjyClB"


def test_a_wikidot_page_s_tables_are_read_and_its_modules_are_not() -> None:
    page = textwrap.dedent(
        """\
        [[include :site:nav]]
        [!-- keep the table sorted --]
        [[toc]]

        + Внимание: список

        ||~ Статья ||~ Авторы ||~ Ссылка ||
        || Rethinking Attention with Performers || Krzysztof Choromanski et al. || [https://arxiv.org/abs/2009.14794 arXiv] ||
        || Linformer: Self-Attention with Linear Complexity || Sinong Wang et al. || — ||
        || Efficient Transformers: A Survey || Yi Tay et al. || {{arXiv:2009.06732}} ||
        """
    )
    label, found = decoded_titles(page.encode(), "attention.txt")
    assert label.startswith("wikidot/")
    assert found["Rethinking Attention with Performers"] == "2009.14794"
    assert "Linformer: Self-Attention with Linear Complexity" in found
    assert found["Efficient Transformers: A Survey"] == "2009.06732"


def test_a_noteexpress_export_is_read_as_its_records_and_their_types() -> None:
    export = (
        "\ufeff{Reference Type}: Journal Article\r\n{Title}: Deep Residual Learning for Image Recognition\r\n"
        "{Author}: He, Kaiming;Zhang, Xiangyu;Ren, Shaoqing;Sun, Jian\r\n{Year}: 2016\r\n"
        "{URL}: https://arxiv.org/abs/1512.03385\r\n{Notes}: 第1周精读。\r\n\r\n"
        "{Reference Type}: Conference Proceedings\r\n{Title}: Densely Connected Convolutional Networks\r\n"
        "{Author}: Huang, Gao;Liu, Zhuang\r\n{Secondary Title}: CVPR\r\n{Year}: 2017\r\n\r\n"
        "{Reference Type}: Computer Program\r\n{Title}: PyTorch Image Models\r\n{Author}: Wightman, Ross\r\n"
        "{Year}: 2019\r\n\r\n{Reference Type}: Book\r\n{Title}: Dive into Deep Learning\r\n{Year}: 2023\r\n"
    )
    label, found = decoded_titles(export.encode(), "library.txt")
    assert label.startswith("noteexpress/")
    assert found == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Densely Connected Convolutional Networks": None,
    }


def test_a_csv_of_named_tables_is_read_table_by_table(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "plan.csv",
        """\
        Reading plan
        #,Date,Paper,Authors,Link
        1,21/02/2024,Flamingo: a Visual Language Model for Few-Shot Learning,"Jean-Baptiste Alayrac et al.",https://arxiv.org/abs/2204.14198
        2,28/02/2024,Learning Transferable Visual Models From Natural Language Supervision,"Alec Radford et al.",

        Resources
        Type,Name,Link
        tool,Weights & Biases,https://wandb.ai
        course,CS231n,https://cs231n.stanford.edu
        """,
    )
    found = folder_titles(tmp_path)
    assert found["Flamingo: a Visual Language Model for Few-Shot Learning"] == "2204.14198"
    assert "Learning Transferable Visual Models From Natural Language Supervision" in found
    assert not [title for title in found if title and ("Weights" in title or "CS231n" in title)]


def test_an_app_s_csv_backup_behind_its_preamble_reads_tasks_and_a_row_tagged_paper(tmp_path: Path) -> None:
    rows = [
        ["Folder Name", "List Name", "Title", "Kind", "Tags", "Content", "Due Date", "Status"],
        [
            "Research",
            "Week 1: Vision",
            "Read: Masked Autoencoders Are Scalable Vision Learners",
            "TEXT",
            "paper",
            "Kaiming He et al. https://arxiv.org/abs/2111.06377",
            "2024-03-18",
            "0",
        ],
        [
            "Research",
            "Week 1: Vision",
            "Đọc thêm (tuỳ chọn): Momentum Contrast for Unsupervised Visual Representation Learning",
            "TEXT",
            "",
            "He et al., CVPR 2020",
            "2024-03-19",
            "0",
        ],
        [
            "Research",
            "Week 2: Prompts",
            "Read: GPT Understands, Too",
            "TEXT",
            "doc-paper",
            "Xiao Liu et al. (P-tuning)",
            "2024-03-20",
            "0",
        ],
    ]
    buffer = io.StringIO()
    buffer.write('"Date: 2024-03-14+0000"\n"Version: 7.1"\n"Status: \n0 Normal\n1 Completed"\n')
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerows(rows)
    (tmp_path / "backup.csv").write_text(buffer.getvalue(), "utf-8")
    found = folder_titles(tmp_path)
    assert found["Masked Autoencoders Are Scalable Vision Learners"] == "2111.06377"
    assert "Momentum Contrast for Unsupervised Visual Representation Learning" in found
    assert "GPT Understands, Too" in found
    assert not [title for title in found if title and "Week" in title]


def test_an_excel_2003_xml_workbook_is_read_as_its_sheet_s_table(tmp_path: Path) -> None:
    ss = 'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'

    def row(*cells: str, link: str | None = None) -> str:
        written = "".join(f'<Cell><Data ss:Type="String">{cell}</Data></Cell>' for cell in cells[:-1])
        href = f' ss:HRef="{link}"' if link else ""
        return f'<Row>{written}<Cell{href}><Data ss:Type="String">{cells[-1]}</Data></Cell></Row>'

    workbook = (
        f'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook {ss}>'
        '<Worksheet ss:Name="Okuma listesi"><Table>'
        '<Row><Cell><Data ss:Type="String">YZ Semineri – Okuma Listesi (Bahar 2024)</Data></Cell></Row>'
        + row("No", "Makale başlığı", "Yazarlar", "Bağlantı")
        + row(
            "1",
            "Proximal Policy Optimization Algorithms",
            "John Schulman et al.",
            "arXiv",
            link="https://arxiv.org/abs/1707.06347",
        )
        + row("2", "Human-level control through deep reinforcement learning", "Volodymyr Mnih et al.", "—")
        + row("3", "Asynchronous Methods for Deep Reinforcement Learning", "Volodymyr Mnih et al.", "—")
        + "</Table></Worksheet></Workbook>"
    )
    (tmp_path / "liste.xml").write_text(workbook, "utf-8")
    found = folder_titles(tmp_path)
    assert found["Proximal Policy Optimization Algorithms"] == "1707.06347"
    assert "Asynchronous Methods for Deep Reinforcement Learning" in found


def test_a_multi_document_yaml_export_reads_each_record_and_its_type(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "papis.yaml",
        """\
        author: Chen, Ting and others
        title: A Simple Framework for Contrastive Learning of Visual Representations
        type: article
        url: https://arxiv.org/abs/2002.05709
        ---
        author: Jurafsky, Dan and Martin, James H.
        title: Speech and Language Processing
        type: book
        ---
        author: Panayotov, Vassil
        title: LibriSpeech ASR corpus (SLR12)
        type: dataset
        url: https://www.openslr.org/12/
        """,
    )
    found = folder_titles(tmp_path)
    assert found == {"A Simple Framework for Contrastive Learning of Visual Representations": "2002.05709"}


def test_json_ld_types_say_which_items_are_papers(tmp_path: Path) -> None:
    crate = {
        "@graph": [
            {
                "@id": "#sam",
                "@type": "ScholarlyArticle",
                "name": "Sharpness-aware minimization for efficiently improving generalization",
                "datePublished": "2021",
            },
            {
                "@id": "configs/run.yaml",
                "@type": "File",
                "name": "Configuración SAM en CIFAR-10",
                "description": "rho=0.05, 200 épocas.",
            },
            {"@id": "#ana", "@type": "Person", "name": "Ana Ferrer Albiol"},
        ]
    }
    (tmp_path / "ro-crate-metadata.json").write_text(json.dumps(crate, ensure_ascii=False), "utf-8")
    assert folder_titles(tmp_path) == {
        "Sharpness-aware minimization for efficiently improving generalization": None
    }


def test_a_program_s_log_of_printed_records_reads_each_record_and_no_log_line(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "crawl.log",
        """\
        2024-03-14 08:02:11 [scrapy.core.engine] INFO: Spider opened
        2024-03-14 08:02:11 [scrapy.extensions.logstats] INFO: Crawled 0 pages (at 0 pages/min), scraped 0 items (at 0 items/min)
        2024-03-14 08:02:14 [scrapy.core.scraper] DEBUG: Scraped from <200 https://group.example/reading>
        {'week': 9, 'title': 'Playing Atari with Deep Reinforcement Learning', 'authors': 'Volodymyr Mnih, Koray Kavukcuoglu et al.', 'source': 'NeurIPS Workshop 2013', 'url': None}
        2024-03-14 08:02:59 [scrapy.extensions.logstats] INFO: Crawled 3 pages (at 3 pages/min), scraped 4 items (at 4 items/min)
        2024-03-14 08:03:03 [scrapy.core.engine] DEBUG: Crawled (200) <GET https://arxiv.org/abs/1509.02971> (referer: https://group.example/reading)
        2024-03-14 08:03:04 [scrapy.core.scraper] DEBUG: Scraped from <200 https://arxiv.org/abs/1509.02971>
        {'week': 10, 'title': 'Continuous control with deep reinforcement learning', 'authors': 'Timothy P. Lillicrap et al.', 'source': 'arXiv', 'url': 'https://arxiv.org/abs/1509.02971'}
        2024-03-14 08:03:05 [scrapy.core.engine] INFO: Closing spider (finished)
        """,
    )
    found = folder_titles(tmp_path)
    assert "Playing Atari with Deep Reinforcement Learning" in found
    assert found["Continuous control with deep reinforcement learning"] == "1509.02971"
    assert not [title for title in found if title and ("Crawled" in title or "Scraped" in title)]


def test_aps_references_wrapped_by_pdftotext_without_a_heading_are_read(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "paper.txt",
        """\
        Agradecemos ao CNPq pelo apoio.

        [1] L. C. Evans, Partial Differential Equations, 2nd
        ed., Graduate Studies in Mathematics, Vol. 19
        (American Mathematical Society, Providence, 2010).
        [2] M. Raissi, P. Perdikaris, and G. E. Karniadakis,
        Physics-informed neural networks: A deep learning
        framework for solving forward and inverse problems,
        J. Comput. Phys. 378, 686 (2019).
        [3] K. He, X. Zhang, S. Ren, and J. Sun, Deep Residual
        Learning for Image Recognition, in Proceedings of
        the IEEE Conference on Computer Vision and Pattern
        Recognition (IEEE, Las Vegas, 2016) pp. 770–778.
        [4] D. P. Kingma and J. Ba, Adam: A Method for
        Stochastic Optimization, in International Conference
        on Learning Representations (2015),
        https://arxiv.org/abs/1412.6980.
        """,
    )
    found = folder_titles(tmp_path)
    assert "Deep Residual Learning for Image Recognition" in found
    assert found["Adam: A Method for Stochastic Optimization"] == "1412.6980"
    assert any(title and title.startswith("Physics-informed neural networks") for title in found)
    assert not [title for title in found if title and "Evans" in title]


def test_a_title_its_authors_line_and_a_line_of_its_links_make_one_paper(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "notes.md",
        """\
        # Week 1

        **Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning**
        Jean-Bastien Grill, Florian Strub et al., NeurIPS 2020
        [arXiv: abs](https://arxiv.org/abs/2006.07733) · [PDF](https://arxiv.org/pdf/2006.07733)

        - **Diffusion Models Beat GANs on Image Synthesis**
          Prafulla Dhariwal, Alex Nichol (NeurIPS 2021)
        """,
    )
    found = folder_titles(tmp_path)
    assert found["Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning"] == "2006.07733"
    assert "Diffusion Models Beat GANs on Image Synthesis" in found
    assert not [title for title in found if title and "Dhariwal" in title]


def test_a_web_archive_s_pages_are_read_and_its_requests_are_not() -> None:
    page = (
        "<html><body><h1>Četba</h1><ul>"
        '<li><a href="https://arxiv.org/abs/1409.0473">Neural Machine Translation by Jointly Learning to Align and '
        "Translate</a></li><li>Language Models are Few-Shot Learners. Tom B. Brown, Benjamin Mann et al. "
        "NeurIPS 2020.</li></ul></body></html>"
    ).encode()
    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    request = b"GET /reading.html HTTP/1.1\r\nHost: course.example\r\n\r\n"

    def record(kind: str, content_type: str, block: bytes) -> bytes:
        return (
            (
                f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://course.example/reading.html\r\n"
                f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
            ).encode()
            + block
            + b"\r\n\r\n"
        )

    archive = record("request", "application/http;msgtype=request", request) + record(
        "response", "application/http;msgtype=response", response
    )
    label, found = decoded_titles(archive, "course.warc")
    assert label == "html/warc"
    assert found["Neural Machine Translation by Jointly Learning to Align and Translate"] == "1409.0473"
    assert "Language Models are Few-Shot Learners" in found
    assert not [title for title in found if title and "GET" in title]


def test_an_sc_im_spreadsheet_is_read_as_its_sheets_tables() -> None:
    sheet = textwrap.dedent(
        """\
        # This data file was generated by the Spreadsheet Calculator Improvised (sc-im)
        # You almost certainly shouldn't edit it.

        newsheet "Bacaan"
        movetosheet "Bacaan"
        format B 62 2 0
        label A0 = "No"
        label B0 = "Judul"
        label C0 = "Tautan"
        let A1 = 1
        leftstring B1 = "Deep Reinforcement Learning from Human Preferences"
        leftstring C1 = "https://arxiv.org/abs/1706.03741"
        let A2 = 2
        leftstring B2 = "Mastering the game of Go without human knowledge"
        let A3 = 3
        leftstring B3 = "Trust Region Policy Optimization"
        leftstring C3 = "https://arxiv.org/abs/1502.05477"
        """
    )
    label, found = decoded_titles(sheet.encode(), "bacaan.sc")
    assert label.startswith("scim/")
    assert found["Deep Reinforcement Learning from Human Preferences"] == "1706.03741"
    assert "Mastering the game of Go without human knowledge" in found
    assert found["Trust Region Policy Optimization"] == "1502.05477"


def test_acs_references_numbered_in_parentheses_under_a_czech_heading(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "thesis.txt",
        """\
        5.5 Závěr

        Práce ukázala, že předtrénování je rozhodující.

        Seznam použité literatury

        (1) Simonyan, K.; Zisserman, A. Very Deep Convolutional Networks for Large-Scale Image
             Recognition. In International Conference on Learning Representations; 2015.

        (2) Szegedy, C.; Liu, W.; Jia, Y. Going Deeper with Convolutions. In Proceedings of the IEEE
             Conference on Computer Vision and Pattern Recognition (CVPR); 2015; pp 1–9.

        (3) Goodfellow, I.; Bengio, Y.; Courville, A. Deep Learning; MIT Press: Cambridge, MA, 2016.
        """,
    )
    found = folder_titles(tmp_path)
    assert "Very Deep Convolutional Networks for Large-Scale Image Recognition" in found
    assert "Going Deeper with Convolutions" in found
    assert not [title for title in found if title and ("Simonyan" in title or "Deep Learning;" in title)]


def test_a_mail_client_s_printable_view_reads_the_message_s_lines(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "printer.html",
        """\
        <html><body>
        <table width="100%"><tr><td><b>Aihe:</b></td><td>VL: cs daily</td></tr></table>
        <table width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td><tt>
        Hei kaikki,<br />
        tässä listauksen palat:<br />
        <br />
        arXiv:1910.13461<br />
        Title: BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension<br />
        Authors: Mike Lewis, Yinhan Liu, Naman Goyal<br />
        \\\\ ( <a href="https://arxiv.org/abs/1910.13461">https://arxiv.org/abs/1910.13461</a> , 563kb)<br />
        </tt></td></tr></table>
        </body></html>
        """,
    )
    found = folder_titles(tmp_path)
    assert any(title and title.startswith("BART: Denoising") for title in found)
    assert "1910.13461" in found.values()


def test_an_openreview_link_on_a_field_record_s_unlabelled_line_is_kept(tmp_path: Path) -> None:
    write_digest(
        tmp_path,
        "notes.md",
        """\
        # 注意力

        论文：Reformer: The Efficient Transformer，Nikita Kitaev, Łukasz Kaiser, Anselm Levskaya。
        ICLR 2020 评审意见：https://openreview.net/forum?id=rkgNKkHtvB
        """,
    )
    assert folder_titles(tmp_path) == {"Reformer: The Efficient Transformer": "rkgNKkHtvB"}


def test_a_sheet_saved_as_tab_separated_unicode_text_is_read_as_its_rows(tmp_path: Path) -> None:
    rows = [
        ["No", "Title", "Authors", "Year", "Venue", "Link", "Status"],
        [
            "1",
            "Deep Residual Learning for Image Recognition",
            "Kaiming He et al.",
            "2016",
            "CVPR 2016",
            "https://arxiv.org/abs/1512.03385",
            "อ่านแล้ว",
        ],
        [
            "2",
            "Densely Connected Convolutional Networks",
            "Gao Huang et al.",
            "2017",
            "CVPR 2017",
            "",
            "กำลังอ่าน",
        ],
        [
            "3",
            "Aggregated Residual Transformations for Deep Neural Networks",
            "Saining Xie et al.",
            "2017",
            "CVPR 2017",
            "",
            "รอ",
        ],
    ]
    buffer = io.StringIO()
    buffer.write("รายการอ่าน ภาคเรียนที่ 2\r\nปรับปรุง: 14/3/2567\r\n\r\n")
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    (tmp_path / "tracker.txt").write_bytes(b"\xff\xfe" + buffer.getvalue().encode("utf-16-le"))  # (Excel's)
    found = folder_titles(tmp_path)
    assert found["Deep Residual Learning for Image Recognition"] == "1512.03385"
    assert "Densely Connected Convolutional Networks" in found
    assert "Aggregated Residual Transformations for Deep Neural Networks" in found
    assert not [title for title in found if title and title[:2] in ("1 ", "2 ", "3 ")]


def test_a_tomboy_note_is_read_as_its_text_with_its_lists_and_emphasis() -> None:
    note = textwrap.dedent(
        """\
        <?xml version="1.0" encoding="utf-8"?>
        <note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
          <title>Lesekreis Sprachmodelle</title>
          <text xml:space="preserve"><note-content version="0.1">Lesekreis Sprachmodelle

        <size:large><bold>Sitzung 1</bold></size:large>
        <list><list-item dir="ltr"><bold>Attention Is All You Need</bold> – Ashish Vaswani et al., NeurIPS 2017. <link:url>https://arxiv.org/abs/1706.03762</link:url>
        </list-item><list-item dir="ltr">Language Models are Unsupervised Multitask Learners – Alec Radford et al., OpenAI 2019.
        </list-item></list>
        Leaderboard: Open LLM Leaderboard, Hugging Face, 2024
        Notizen in <link:internal>Lesekreis – Termine</link:internal>.</note-content></text>
        </note>
        """
    )
    label, found = decoded_titles(note.encode(), "a1b2c3.note")
    assert label.startswith("tomboy/")
    assert found["Attention Is All You Need"] == "1706.03762"
    assert "Language Models are Unsupervised Multitask Learners" in found
    assert not [title for title in found if title and ("Sitzung" in title or "Leaderboard" in title)]


def test_a_document_nested_deeper_than_the_readers_go_is_refused_by_name() -> None:
    import pytest

    from paperlist.errors import InputError

    depth = 5000  # (made to break a reader: no real note nests so)
    note = (
        '<?xml version="1.0"?><note version="0.3" xmlns="http://beatniksoftware.com/tomboy"><title>T</title>'
        f"<text><note-content>T {'<bold>' * depth}x{'</bold>' * depth}</note-content></text></note>"
    )
    with pytest.raises(InputError, match=r"deep\.note is nested too deeply to be read"):
        decode_digest(note.encode(), "deep.note")
