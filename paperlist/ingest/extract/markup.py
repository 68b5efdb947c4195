"""Inline HTML as the Markdown it means: a Markdown digest's `<a href>`, `<b>`, `<i>` and layout tags, and an
export's HTML values (a chat message's `formatted_body`), read as the text they show."""

from __future__ import annotations

import re
from html import unescape

_HTML_LINK = re.compile(
    r"""<a\s[^>\n]*?href\s*=\s*["']{1,2}(?P<url>[^"'\n]+)["'][^>\n]*>(?P<label>[^\n]*?)</a\s*>""",
    re.IGNORECASE,
)
_HTML_BOLD = re.compile(r"<(?P<tag>b|strong)>(?P<inner>[^<\n]+)</(?P=tag)>", re.IGNORECASE)
_HTML_ITALIC = re.compile(r"<(?P<tag>i|em)>(?P<inner>[^<\n]+)</(?P=tag)>", re.IGNORECASE)
_HTML_LAYOUT = re.compile(
    r"</?(?:summary|details|p|div|span|sup|sub|u|center|font|small|big|kbd|mark|ins|img|picture|source)\b[^>\n]*>"
    r"|<br\s*/?>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[^>\n]*>")
_OTHER_LINK = re.compile(r"<link(?P<rest>\s[^>\n]*?href\s*=)", re.IGNORECASE)
# An HTML value's list items and blocks, as Markdown lines (`<li>` a `- ` item; `<ol>`, `<blockquote>` line breaks).
# (and a rich-text editor's own XML, HTML's blocks under other names: Ed Discussion's `<document><paragraph>…`,
# `<list style="bullet"><list-item>`, `<heading>`, `<link href="…">`)
_HTML_ITEM = re.compile(r"<(?:li|list-item)\b[^>\n]*>", re.IGNORECASE)
_LIST_END = re.compile(r"</(?:ul|ol|list)\s*>", re.IGNORECASE)
_HTML_BLOCK = re.compile(
    r"</(?:li|list-item)\s*>|</?(?:ol|ul|list|blockquote|h[1-6]|heading|tr|table|tbody|thead|pre|code|mx-reply)\b"
    r"[^>\n]*>",
    re.IGNORECASE,
)


def inline_html_to_markdown(text: str) -> str:
    """Inline HTML of a Markdown digest as the Markdown it means, line for line: `<a href="url">Title</a>` as
    `[Title](url)`, `<b>` as `**`, `<i>` as `*`, and layout tags (`<details>`, `<summary>`, `<br>`, `<sup>` ...)
    dropped, so that `<summary>Title</summary>` is read as the title line it shows."""
    if "<a" in text or "<A" in text:
        text = _HTML_LINK.sub(_link_of, text)
    if "<b" in text or "<s" in text or "<B" in text or "<S" in text:
        text = _HTML_BOLD.sub(lambda match: f"**{match.group('inner').strip()}**", text)
    if "<i" in text or "<e" in text or "<I" in text or "<E" in text:
        text = _HTML_ITALIC.sub(lambda match: f"*{match.group('inner').strip()}*", text)
    return _HTML_LAYOUT.sub(lambda match: " " if match.group().lower().startswith("<br") else "", text)


def _link_of(match: re.Match[str]) -> str:
    """`<a href="url">label</a>` as a Markdown link (its label without tags), a bare URL, or the label alone
    for a link that goes nowhere a digest can name."""
    url = match.group("url").strip()
    label = " ".join(_ANY_TAG.sub("", match.group("label")).split())
    if not url.startswith(("http://", "https://")):
        return label
    return markdown_link(label, url) if label and label != url else f" {url} "


def markdown_link(label: str, url: str) -> str:
    """`[label](url)`, its label's brackets made parentheses so that the link stays one link."""
    return f"[{label.replace('[', '(').replace(']', ')')}]({url})"


_HTML_VALUE = re.compile(
    r"</(?:p|li|a|em|strong|b|i|blockquote|div|ol|ul|h[1-6]|code|span|paragraph|list-item|heading)\s*>",
    re.IGNORECASE,
)


# Where an HTML value's lines end: a paragraph's or a block's end, a line break (`<p>…</p><p>…</p>`, `a<br>b`), a
# description's end (`<dt>Volume:</dt><dd>Proceedings of …</dd>`: a term and its description, a line each pair).
_HTML_LINE_END = re.compile(r"</(?:p|div|dd|dl|paragraph)\s*>|<(?:br|break)\s*/?>", re.IGNORECASE)
_TERM_END = re.compile(r"</dt\s*>", re.IGNORECASE)
# An empty line in a rich-text editor's HTML: an empty block, or two line breaks in a row.
_EMPTY_LINE = re.compile(
    r"<(?P<tag>div|p)\b[^>]*>\s*(?:<br\s*/?>\s*)?</(?P=tag)\s*>|<br\s*/?>\s*<br\s*/?>", re.IGNORECASE
)


def is_html_value(value: str) -> bool:
    """Whether a data export's string value is HTML (a closing tag of a block or of inline markup)."""
    return "</" in value and _HTML_VALUE.search(value) is not None


# A table's row and its cells in an HTML value (`<tr><td>…</td><td>…</td></tr>`), and a block or a line break inside
# a cell (the cell stays on its row's line).
_HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t(?P<kind>[dh])\b[^>]*>(?P<cell>.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_CELL_BREAK = re.compile(r"</?(?:p|div|br)\b[^>]*>", re.IGNORECASE)


def _row_as_markdown(match: re.Match[str]) -> str:
    """A table's row as a Markdown table's line (`| date | [Title](url) | note |`), every cell on it; a row of
    header cells followed by the rule that makes it the table's head."""
    cells = list(_HTML_CELL.finditer(match.group("row")))
    if not cells:
        return match.group()
    texts = [" ".join(_CELL_BREAK.sub(" ", cell.group("cell")).split()).replace("|", "/") for cell in cells]
    line = "\n| " + " | ".join(texts) + " |\n"
    if all(cell.group("kind").lower() == "h" for cell in cells):
        line += "| " + " | ".join("---" for _ in cells) + " |\n"
    return line


def html_value_to_markdown(value: str) -> str:
    """A data export's HTML value (`<p>…</p><ol><li><a href="…">Title</a></li></ol>`) as Markdown lines; an empty
    line the writer left (`<div><br></div>`, `<br><br>`) a paragraph's end; a table's rows as a Markdown table's."""
    if "<tr" in value or "<TR" in value:
        value = _HTML_ROW.sub(_row_as_markdown, value)
    if "</link>" in value:  # (a link under another name: `<link href="…">text</link>`)
        value = _OTHER_LINK.sub(r"<a\g<rest>", value).replace("</link>", "</a>")
    value = _EMPTY_LINE.sub("\x00", value)
    value = _HTML_ITEM.sub(
        "\n- ", inline_html_to_markdown(_HTML_LINE_END.sub("\n", _TERM_END.sub(" ", value)))
    )
    value = _LIST_END.sub(
        "\x00", value
    )  # (a list ends before the paragraph after it: no item goes on into it)
    value = _ANY_TAG.sub("", _HTML_BLOCK.sub("\n", value))
    return unescape(re.sub(r"\n[ \t]*\n+", "\n", value)).replace("\x00", "\n\n").strip("\n")
