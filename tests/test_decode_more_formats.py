"""Digests in containers of their own: an e-book, a lecture's captions, an Evernote export, a mind map.

Each is read from a folder as a user's reading folder holds it (by its file name's suffix), decoded into the page
or list it shows, and its papers found as in any other digest.
"""

from __future__ import annotations

import textwrap
import zipfile
from pathlib import Path

import pytest

from paperlist.errors import InputError
from paperlist.ingest.decode import decode_digest
from paperlist.ingest.parse import read_digests


def _found(folder: Path) -> list[tuple[str | None, str | None]]:
    (reading,) = read_digests([str(folder)])
    return [(r.arxiv_id or r.openreview_id, r.title) for r in reading.extraction.references]


def _epub(path: Path, chapters: dict[str, str], nav: str) -> None:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="{name}" href="text/{name}.xhtml" media-type="application/xhtml+xml"/>'
            for name in chapters
        )
        spine = "".join(
            f'<itemref idref="{name}"/>' for name in reversed(chapters)
        )  # (the spine's order rules)
        book.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package version="3.0" xmlns="http://www.idpf.org/2007/opf"><metadata/>'
            f'<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>{items}'
            f'</manifest><spine><itemref idref="nav"/>{spine}</spine></package>',
        )
        book.writestr("OEBPS/nav.xhtml", f"<html><body><nav>{nav}</nav></body></html>")
        for name, body in chapters.items():
            book.writestr(
                f"OEBPS/text/{name}.xhtml",
                f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{name}</title></head>'
                f"<body>{body}</body></html>",
            )


def test_an_ebook_is_read_as_its_chapters_in_reading_order(tmp_path: Path) -> None:
    _epub(
        tmp_path / "issues.epub",
        {
            "ch2": "<h1>Issue 2</h1><p>Serving: <a href='https://arxiv.org/abs/2309.06180'>Efficient Memory"
            " Management for Large Language Model Serving with PagedAttention</a> is the vLLM paper.</p>",
            "ch1": "<h1>Issue 1</h1><p>Go back and reread <em>Training Compute-Optimal Large\nLanguage Models</em>"
            " (Hoffmann et al., 2022) before quoting its ratio.</p>",
        },
        nav="<ol><li><a href='text/ch1.xhtml'>Reading Between The Lines Of Scaling Laws Papers</a></li></ol>",
    )
    text, encoding = decode_digest((tmp_path / "issues.epub").read_bytes(), "issues.epub")
    assert encoding == "html/epub"
    assert text.index("Issue 1") < text.index("Issue 2")  # (ch2 is listed first, the spine puts it second)
    assert "Reading Between" not in text  # (the navigation document is the table of contents)
    assert _found(tmp_path) == [
        (None, "Training Compute-Optimal Large Language Models"),
        ("2309.06180", "Efficient Memory Management for Large Language Model Serving with PagedAttention"),
    ]


def test_a_damaged_ebook_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.epub"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml", "<container><rootfiles><rootfile full-path='missing.opf'/>")
    with pytest.raises(InputError, match=r"^broken\.epub is an epub document that cannot be read"):
        decode_digest(path.read_bytes(), "broken.epub")


def test_captions_join_a_title_said_across_cues(tmp_path: Path) -> None:
    captions = (
        "\ufeff1\r\n00:00:04,210 --> 00:00:06,750\r\n[INDISTINCT CHATTER]\r\n\r\n"
        "2\r\n00:00:30,718 --> 00:00:35,448\r\nthe paper everybody cites for sparse attention is\r\n\r\n"
        "3\r\n00:00:35,500 --> 00:00:38,100\r\n<i>Generating Long Sequences</i>\r\n<i>with Sparse Transformers</i>,\r\n\r\n"
        "4\r\n00:00:38,200 --> 00:00:41,000\r\nby Child and colleagues, 2019.\r\n\r\n"
        "5\r\n00:00:41,100 --> 00:00:44,000\r\n>> STUDENT: And Hyena Hierarchy: Towards Larger\r\n\r\n"
        "6\r\n00:00:44,100 --> 00:00:47,000\r\nConvolutional Language Models, that's arXiv 2302.10866?\r\n\r\n"
    )
    (tmp_path / "lecture14.srt").write_text(captions, encoding="utf-8")
    text, _ = decode_digest((tmp_path / "lecture14.srt").read_bytes(), "lecture14.srt")
    assert "00:00" not in text
    assert "CHATTER" not in text
    assert "*Generating Long Sequences with Sparse Transformers*" in text
    found = _found(tmp_path)
    assert (None, "Generating Long Sequences with Sparse Transformers") in found
    assert "2302.10866" in [key for key, _ in found]


def test_webvtt_voices_start_paragraphs_and_its_header_and_notes_are_no_text() -> None:
    captions = (
        "WEBVTT\n\nNOTE written by the captioning service\n\n"
        "00:01.000 --> 00:04.000 align:start\n<v Ana Ruiz>Start with Attention Is All You Need.\n\n"
        "00:04.500 --> 00:06.000\n<v Bo Li>Which year was that?\n"
    )
    text, _ = decode_digest(captions.encode(), "talk.vtt")
    assert text.splitlines()[0] == "Ana Ruiz: Start with Attention Is All You Need."
    assert "Bo Li: Which year was that?" in text.split("\n\n")[1]
    assert "WEBVTT" not in text
    assert "captioning service" not in text


def test_an_evernote_export_reads_each_note_its_source_and_its_attachments(tmp_path: Path) -> None:
    export = """\
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
    <en-export export-date="20240214T091530Z" application="Evernote" version="10.68.2">
      <note>
        <title>[2101.08809] PyGlove: Symbolic Programming for Automated Machine Learning</title>
        <tag>automl</tag>
        <note-attributes><source-url>https://arxiv.org/abs/2101.08809</source-url></note-attributes>
        <content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
    <en-note><div>search spaces as programs</div></en-note>]]></content>
      </note>
      <note>
        <title>Printed</title>
        <content><![CDATA[<en-note><div>Annotated on the train, scan attached.</div><en-media hash="0f" type="application/pdf"/></en-note>]]></content>
        <resource>
          <data encoding="base64">JVBERi0xLjQK</data>
          <mime>application/pdf</mime>
          <resource-attributes><file-name>2101.01761v1.pdf</file-name></resource-attributes>
        </resource>
      </note>
    </en-export>
    """
    (tmp_path / "notebook.enex").write_text(textwrap.dedent(export), encoding="utf-8")
    found = _found(tmp_path)
    assert ("2101.08809", "PyGlove: Symbolic Programming for Automated Machine Learning") in found
    assert "2101.01761" in [key for key, _ in found]
    assert len(found) == 2


def test_a_mind_map_is_read_as_a_list_of_its_nodes_with_their_fields_and_notes(tmp_path: Path) -> None:
    mind_map = """\
    <map version="1.0.1">
    <node TEXT="Generative models &#x2014; quals map">
    <node TEXT="Diffusion" POSITION="right">
    <node LINK="https://openreview.net/forum?id=PxTIG12RRHS" TEXT="Score-Based Generative Modeling through&#xa;Stochastic Differential Equations">
    <attribute NAME="venue" VALUE="ICLR 2021"/>
    </node>
    </node>
    <node TEXT="Audio">
    <node TEXT="DiffWave: A Versatile Diffusion Model for Audio Synthesis">
    <attribute NAME="venue" VALUE="ICLR 2021"/>
    <richcontent TYPE="NOTE"><html><head></head><body><p>non-autoregressive vocoder</p></body></html></richcontent>
    </node>
    </node>
    <node TEXT="Admin"><node TEXT="quals date: 14 March, room 2.031"/></node>
    </node>
    </map>
    """
    (tmp_path / "quals.mm").write_text(textwrap.dedent(mind_map), encoding="utf-8")
    assert _found(tmp_path) == [
        ("PxTIG12RRHS", "Score-Based Generative Modeling through Stochastic Differential Equations"),
        (None, "DiffWave: A Versatile Diffusion Model for Audio Synthesis"),
    ]


def test_a_chat_log_in_a_folder_is_read(tmp_path: Path) -> None:
    log = (
        "--- Log opened Tue Nov 14 09:00:02 2023\n"
        "09:12 < mira> has anyone read https://arxiv.org/abs/2204.02311 yet? PaLM: Scaling Language Modeling with Pathways\n"
        "09:13 < tkato> later today\n"
        "--- Log closed Tue Nov 14 18:00:00 2023\n"
    )
    (tmp_path / "ml-papers.log").write_text(log, encoding="utf-8")
    assert "2204.02311" in [key for key, _ in _found(tmp_path)]


def test_a_mailing_lists_mime_digest_is_read_as_its_messages(tmp_path: Path) -> None:
    enclosed = (
        "Content-Type: message/rfc822\n\n"
        "From: Priya <priya@example.edu>\nSubject: Re: [RG] papers for the VLM session\n"
        'Date: Wed, 15 Nov 2023 09:14:37 -0500\nContent-Type: text/plain; charset="us-ascii"\n\n'
        "1. Flamingo: a Visual Language Model for Few-Shot Learning\n   https://arxiv.org/abs/2204.14198\n"
    )
    digest = (
        "From: rg-request@lists.example.edu\nSubject: RG Digest, Vol 7, Issue 12\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="OUTER"\n\n'
        '--OUTER\nContent-Type: text/plain; charset="us-ascii"\n\nToday\'s Topics:\n\n   1. Re: papers (Priya)\n\n'
        '--OUTER\nContent-Type: multipart/digest; boundary="INNER"\n\n'
        f"--INNER\n{enclosed}\n--INNER--\n\n--OUTER--\n"
    )
    (tmp_path / "digest.eml").write_text(digest, encoding="utf-8")
    text, _ = decode_digest((tmp_path / "digest.eml").read_bytes(), "digest.eml")
    assert "Subject: Re: [RG] papers for the VLM session" in text
    assert ("2204.14198", "Flamingo: a Visual Language Model for Few-Shot Learning") in _found(tmp_path)


def test_a_forum_post_in_bbcode_is_read_as_the_markdown_it_shows(tmp_path: Path) -> None:
    post = (
        "[size=150][b]READ ME FIRST: diffusion papers, in order[/b][/size]\n\n"
        "[b]1. Where diffusion comes from[/b]\n[list=1]\n"
        "[*][url=https://arxiv.org/abs/1503.03585]Deep Unsupervised Learning using Nonequilibrium "
        "Thermodynamics[/url] (2015). The original idea.\n"
        "[*][i]Generative Modeling by Estimating Gradients of the Data Distribution[/i] (Song & Ermon, 2019).\n"
        "[/list]\n\n[quote=mossgarden post_id=48213 time=1699912345 user_id=1187]\nCan you add samplers?\n[/quote]\n"
        "Worth it: [url=https://huggingface.co/learn/diffusion-course]Diffusers course, unit 1[/url].\n"
    )
    (tmp_path / "sticky.txt").write_text(post, encoding="utf-8")
    text, encoding = decode_digest(post.encode(), "sticky.txt")
    assert encoding.startswith("bbcode/")
    assert "> Can you add samplers?" in text
    _, snippet = decode_digest(
        b"for i in range(n):\n    a[i] = b[i] * c[u]\n    print(x[b])\n", "snippet.txt"
    )
    assert not snippet.startswith("bbcode/")  # (indexing in code is no markup)
    assert "[/url]" not in text
    assert _found(tmp_path) == [
        ("1503.03585", "Deep Unsupervised Learning using Nonequilibrium Thermodynamics"),
        (None, "Generative Modeling by Estimating Gradients of the Data Distribution"),
    ]


def test_a_refworks_export_is_read_record_by_record(tmp_path: Path) -> None:
    export = (
        "RT Conference Proceedings\r\nSR Electronic(1)\r\nID 1\r\nA1 Dai, Zihang\r\nA1 Yang, Zhilin\r\n"
        "T1 Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context\r\n"
        "T2 Proceedings of the 57th Annual Meeting of the ACL\r\nYR 2019\r\nUL https://arxiv.org/abs/1901.02860\r\n\r\n"
        "RT Journal Article\r\nID 2\r\nA1 Choromanski, Krzysztof\r\nT1 Rethinking Attention with Performers\r\n"
        "JF International Conference on Learning Representations\r\nYR 2021\r\n\r\n"
        "RT Book, Whole\r\nID 3\r\nA1 Zhang, Aston\r\nT1 Dive into Deep Learning\r\nPB Cambridge University Press\r\n"
        "YR 2023\r\n\r\n"
    )
    (tmp_path / "thesis.txt").write_bytes(export.encode())
    assert _found(tmp_path) == [
        ("1901.02860", "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context"),
        (None, "Rethinking Attention with Performers"),
    ]


def test_a_mods_export_gives_its_papers_and_leaves_out_its_books_and_pages(tmp_path: Path) -> None:
    mods = (
        '<?xml version="1.0"?>\n<modsCollection xmlns="http://www.loc.gov/mods/v3">'
        "<mods><titleInfo><title>Contrast to Divide</title><subTitle>Self-Supervised Pre-Training for Learning with "
        'Noisy Labels</subTitle></titleInfo><genre authority="local">conferencePaper</genre>'
        '<name type="personal"><namePart type="family">Zheltonozhskii</namePart><namePart type="given">Evgenii'
        "</namePart></name><location><url>https://openreview.net/forum?id=uB5x7Y2qsFR</url></location></mods>"
        "<mods><titleInfo><title>Deep Residual Learning for Image Recognition</title></titleInfo>"
        '<genre authority="local">conferencePaper</genre><relatedItem type="host"><titleInfo><title>Proceedings of '
        "CVPR</title></titleInfo></relatedItem></mods>"
        "<mods><titleInfo><title>Pattern Recognition and Machine Learning</title></titleInfo>"
        '<genre authority="local">book</genre></mods></modsCollection>\n'
    )
    (tmp_path / "collection.xml").write_text(mods, encoding="utf-8")
    assert _found(tmp_path) == [
        ("uB5x7Y2qsFR", "Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels"),
        (None, "Deep Residual Learning for Image Recognition"),
    ]


def test_a_dokuwiki_page_is_read_as_the_markdown_it_means(tmp_path: Path) -> None:
    page = (
        "~~NOTOC~~\n====== Reading group: RL & AI for science ======\n\n===== Schedule =====\n\n"
        "^ Date ^ Paper ^ Presenter ^\n"
        "| 18.10. | [[https://arxiv.org/abs/2101.03958|Evolving Reinforcement Learning Algorithms]] | Pablo |\n"
        "| 15.11. | EigenGame: PCA as a Nash Equilibrium | Sofia |\n"
        "| 29.11. | [[arxiv>2010.08895|Fourier Neural Operator for Parametric Partial Differential Equations]] | Kemal |\n"
        "| 10.01. | //Christmas break, no meeting// | |\n\n"
        "===== Notes =====\n  * Code: our re-implementation is [[https://git.example.de/rg/evolving-rl|here]].\n"
    )
    (tmp_path / "rg.txt").write_text(page, encoding="utf-8")
    text, encoding = decode_digest(page.encode(), "rg.txt")
    assert encoding.startswith("dokuwiki/")
    assert "# Reading group: RL & AI for science" in text
    assert _found(tmp_path) == [
        ("2101.03958", "Evolving Reinforcement Learning Algorithms"),
        (None, "EigenGame: PCA as a Nash Equilibrium"),
        ("2010.08895", "Fourier Neural Operator for Parametric Partial Differential Equations"),
    ]


def test_a_restructuredtext_page_is_no_dokuwiki_page() -> None:
    page = "Reading list\n============\n\nPapers\n------\n\n* `Title <https://arxiv.org/abs/2101.03958>`_\n"
    _, encoding = decode_digest(page.encode(), "list.rst")
    assert not encoding.startswith("dokuwiki/")


def test_a_tickets_jira_markup_is_read_as_markdown_but_a_csv_quoting_it_stays_a_table(tmp_path: Path) -> None:
    ticket = (
        "h2. Reading list\n\nEveryone please read the starred rows, owner [~m.okonkwo].\n\n"
        "||Method||Paper||Venue||\n"
        "|Adapters|[Parameter-Efficient Transfer Learning for NLP|https://arxiv.org/abs/1902.00751]|ICML 2019|\n"
        "|BitFit|_BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models_"
        " (arXiv:2106.10199)|ACL 2022|\n\n{quote}\nLoRA default, (IA)^3^ fallback.\n{quote}\n"
    )
    (tmp_path / "MLP-412.txt").write_text(ticket, encoding="utf-8")
    text, encoding = decode_digest(ticket.encode(), "MLP-412.txt")
    assert encoding.startswith("jira/")
    assert "## Reading list" in text
    assert "@m.okonkwo" in text
    assert ("1902.00751", "Parameter-Efficient Transfer Learning for NLP") in _found(tmp_path)
    _, as_csv = decode_digest(
        b'key,summary\nMLP-1,"h2. Notes [x|https://example.com] ||a||b|| [~ana]"\n', "t.csv"
    )
    assert not as_csv.startswith("jira/")
