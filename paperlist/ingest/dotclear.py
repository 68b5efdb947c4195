"""A Dotclear blog's flat backup (`///DOTCLEAR|2.29|single`), read as the page its posts, comments and links make.

The backup is a header line, then tables, each a `[name col1,col2,…]` line and its rows, one a line, every value
in double quotes (or `NULL`) with `\\n`, `\\"` and `\\\\` escaped. A post's row gives its title and its content
rendered as XHTML (`post_content_xhtml`, with its excerpt's); a comment's its author and XHTML content; a link's
(the blogroll) its address and title. They are written as one HTML page: each post a section under its title, its
comments after it, the blogroll a list; settings, categories and media are left out.
"""

from __future__ import annotations

import html
import re

_SECTION = re.compile(r"^\[(?P<name>\w+) (?P<columns>[\w,]+)\]$")
_VALUE = re.compile(r'"((?:[^"\\]|\\.)*)"|NULL')
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}


def looks_like_dotclear(text: str) -> bool:
    return text.startswith("///DOTCLEAR|")


def dotclear_to_html(text: str) -> str | None:
    """The backup's posts, comments and links as one HTML page, or None when it holds none."""
    tables: dict[str, list[dict[str, str]]] = {}
    columns: list[str] = []
    name = ""
    for line in text.replace("\r\n", "\n").split("\n")[1:]:
        section = _SECTION.match(line)
        if section is not None:
            name, columns = section.group("name"), section.group("columns").split(",")
            tables.setdefault(name, [])
            continue
        if not line.strip() or not columns:
            continue
        values = [
            _unescaped(match.group(1)) if match.group(1) is not None else ""
            for match in _VALUE.finditer(line)
        ]
        tables[name].append(dict(zip(columns, values, strict=False)))
    parts: list[str] = []
    comments: dict[str, list[dict[str, str]]] = {}
    for comment in tables.get("comment", []):
        comments.setdefault(comment.get("post_id", ""), []).append(comment)
    for post in tables.get("post", []):
        parts.append(f"<h2>{html.escape(post.get('post_title', ''))}</h2>")
        parts.append(post.get("post_excerpt_xhtml", "") + post.get("post_content_xhtml", ""))
        for comment in comments.get(post.get("post_id", ""), []):
            author = html.escape(comment.get("comment_author", ""))
            parts.append(f"<h4>{author}</h4>{comment.get('comment_content', '')}")
    links = tables.get("link", [])
    if links:
        items = "".join(
            f'<li><a href="{html.escape(link.get("link_href", ""))}">{html.escape(link.get("link_title", ""))}</a></li>'
            for link in links
        )
        parts.append(f"<h2>Blogroll</h2><ul>{items}</ul>")
    if not parts:
        return None
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _unescaped(value: str) -> str:
    return re.sub(r"\\(.)", lambda escape: _ESCAPES.get(escape.group(1), escape.group(1)), value)
