"""Decoding digests: encodings told from content, HTML read as text with links, files that are not digests."""

from __future__ import annotations

import codecs
import zlib
from pathlib import Path

import pytest

from paperlist.errors import InputError
from paperlist.ingest.decode import MAX_DIGEST_BYTES, decode_digest
from paperlist.ingest.extract import extract_references

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DIGEST = "1、[LG] Self-supervised Learning from a Multi-view Perspective\n用多视角看自监督学习。\r\n论文链接:https://arxiv.org/abs/2006.05576\n"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (DIGEST.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + DIGEST.encode("utf-8"), "utf-8-sig"),
        (DIGEST.encode("gb18030"), "gb18030"),
        (DIGEST.encode("gbk"), "gb18030"),
        (DIGEST.encode("utf-16"), "utf-16"),  # with its byte-order mark
        (codecs.BOM_UTF16_BE + DIGEST.encode("utf-16-be"), "utf-16"),
        (DIGEST.encode("utf-32"), "utf-32"),
        (DIGEST.encode("utf-16-le"), "utf-16-le"),  # no byte-order mark: told by its zero bytes
    ],
)
def test_every_encoding_decodes_to_the_same_text(data: bytes, label: str) -> None:
    text, encoding = decode_digest(data, "digest.txt")
    assert encoding == label
    assert text == DIGEST.replace("\r\n", "\n")
    assert extract_references(text).references[0].arxiv_id == "2006.05576"


def test_an_english_newsletter_from_an_old_windows_editor() -> None:
    text = "Caf\u00e9 na\u00efve \u2019quotes\u2019 \u2014 Attention Is All You Need https://arxiv.org/abs/1706.03762\n"
    decoded, encoding = decode_digest(text.encode("cp1252"), "old.txt")
    assert (decoded, encoding) == (text, "cp1252")  # not read as GB18030, which would make it Chinese


def test_seed_003_is_text_although_file_calls_it_an_archive() -> None:
    data = (SEEDS / "003_e4047dbd94f74507.txt").read_bytes()
    text, encoding = decode_digest(data, "003_e4047dbd94f74507.txt")
    assert encoding == "utf-8"
    assert text.startswith("LG - 机器学习")


def test_line_breaks_are_plain_newlines_so_every_caller_numbers_lines_alike() -> None:
    data = "one\r\ntwo\rthree\u2028four\x0cfive\x85six\n".encode()
    text, _ = decode_digest(data, "digest.txt")
    assert text == "one\ntwo\nthree\nfour\nfive\nsix\n"
    assert text.splitlines() == text.split("\n")[:-1]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF that cannot be read"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00" + zlib.compress(b"digest" * 100), "a gzip archive"),
        (bytes(range(256)) * 40, "binary file"),
        (b"ELF?\x00\x01\x02\x03\x04" * 100, "binary file"),
    ],
)
def test_binary_files_are_refused_with_their_name(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as raised:
        decode_digest(data, "notes/paper.pdf")
    message = str(raised.value)
    assert "notes/paper.pdf" in message
    assert words in message
    assert "\n" not in message


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(InputError, match=r"odd\.txt cannot be read as text"):
        decode_digest(b"caf\xe9 \x81\x20 na\xefve " * 20, "odd.txt")


def test_a_file_over_20_mb_is_refused_without_decoding() -> None:
    with pytest.raises(InputError, match=r"dump\.txt is 21 MB, too large"):
        decode_digest(b"a" * (MAX_DIGEST_BYTES + 1024 * 1024), "dump.txt")


def test_a_bom_that_lies_is_refused() -> None:
    with pytest.raises(InputError, match="byte-order mark"):
        decode_digest(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "liar.txt")


HTML = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>本周论文推荐 &amp; 解读</title>
<style>p { color: red }</style><script>var paper = "https://arxiv.org/abs/1111.11111";</script></head>
<body><nav><a href="/">首页</a> <a href="/about">关于</a></nav>
<div class="rich_media_content"><section>
<h2>1. <a href="https://arxiv.org/abs/2001.08361">Scaling Laws for Neural Language Models</a></h2>
<p>本文研究了语言模型的<b>缩放规律</b>。代码：<a href="https://github.com/openai/scaling">https://github.com/openai/scaling</a></p>
<p><strong>2. Training Compute-Optimal Large Language Models</strong></p>
<p>这篇论文（<a href="https://arxiv.org/pdf/2203.15556.pdf">PDF</a>）提出了Chinchilla。</p>
<p><img src="fig1.png" alt="Figure 1: a chart"></p>
</section></div></body></html>
"""


def test_html_is_turned_into_text_with_its_links_kept() -> None:
    text, encoding = decode_digest(HTML.encode("gbk"), "page.html")
    assert encoding == "html/gb18030"
    lines = text.split("\n")
    assert lines[0] == "本周论文推荐 & 解读"
    assert "## 1. [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361)" in lines
    assert "**2. Training Compute-Optimal Large Language Models**" in lines
    assert "var paper" not in text
    assert "color: red" not in text
    assert "Figure 1" not in text
    references = extract_references(text).references
    assert [(r.arxiv_id, r.title) for r in references] == [
        ("2001.08361", "Scaling Laws for Neural Language Models"),
        ("2203.15556", "Training Compute-Optimal Large Language Models"),
    ]
    assert references[0].code_url == "https://github.com/openai/scaling"
    assert references[0].summary.startswith("本文研究了语言模型的")


def test_html_is_sniffed_from_content_not_the_name() -> None:
    text, encoding = decode_digest(b"<html><body><p>a</p><p>b</p></body></html>", "digest.txt")
    assert encoding == "html/utf-8"
    assert text == "a\n\nb\n"
    fragment = b"<section><p>one</p><p>two</p><p>three</p></section>"
    assert decode_digest(fragment, "x.md")[1] == "html/utf-8"


def test_markdown_that_opens_with_html_stays_markdown() -> None:
    markdown = '<div align="center"><img src="logo.png"></div>\n\n# Papers\n\n1. **A Title Here**\n'
    text, encoding = decode_digest(markdown.encode(), "README.md")
    assert encoding == "utf-8"  # not read as an HTML page
    assert text.endswith("\n\n# Papers\n\n1. **A Title Here**\n")  # its Markdown as written, line for line
    assert text.count("\n") == markdown.count("\n")  # (the layout tags around the logo are dropped)


def test_seed_001_with_stray_tags_is_not_html() -> None:
    data = (SEEDS / "001_7aa350a37d338769.txt").read_bytes()
    assert decode_digest(data, "001")[1] == "utf-8"


def test_html_nested_deeper_than_the_python_stack() -> None:
    html = "<html><body>" + "<div>" * 3000 + "deep [2403.01744]" + "</div>" * 3000 + "</body></html>"
    text, _ = decode_digest(html.encode(), "deep.html")
    assert "deep [2403.01744]" in text


@pytest.mark.parametrize(
    "broken",
    [
        "[Lite Transformer with\nLong-Short Range Attention](https://arxiv.org/abs/2004.11886)",
        "[Lite Transformer with Long-Short Range Attention](https://arxiv.org/abs/\n2004.11886)",
        "[Lite Transformer with Long-Short Range Attention]\n(https://arxiv.org/abs/2004.11886)",
    ],
)
def test_markdown_links_broken_across_lines_are_joined_without_moving_later_lines(broken: str) -> None:
    text, _ = decode_digest(f"- {broken} 轻量级\nnext line\n".encode(), "news.md")
    lines = text.split("\n")
    assert (
        lines[0] == "- [Lite Transformer with Long-Short Range Attention](https://arxiv.org/abs/2004.11886)"
    )
    assert lines[1] == " 轻量级"
    assert lines[2] == "next line"  # still where it was in the file
    reference = extract_references(text).references[0]
    assert (reference.arxiv_id, reference.title) == (
        "2004.11886",
        "Lite Transformer with Long-Short Range Attention",
    )
