"""An sfeed feed file (`sfeed`'s TAB-separated items, one file a feed under `~/.sfeed/feeds/`), read as a page of its
items.

Each line is an item: its time (UNIX seconds), title, link, content, content type (`html` or `plain`), id, author,
enclosure and categories, apart by TABs; in the content a line break, a TAB and a backslash are written `\\n`, `\\t`
and `\\\\`. Each item becomes a section of one page: its title linked to its page, its author, its content (HTML as
it is, plain text as a paragraph), so that a post about papers is read as a post is.
"""

from __future__ import annotations

import html
import re

_ITEM = re.compile(r"^[0-9]{9,11}\t[^\t\n]*\t[^\t\n]*(?:\t[^\n]*)?$")
_ESCAPE = re.compile(r"\\([nt\\])")


def looks_like_sfeed(text: str) -> bool:
    """Most of the first lines are items: a UNIX time, then TAB-separated fields (at least its title and link)."""
    lines = [line for line in text[:20_000].split("\n") if line.strip()][:20]
    return len(lines) >= 2 and sum(1 for line in lines if _ITEM.match(line)) * 5 >= len(lines) * 4


def sfeed_to_html(text: str) -> str | None:
    """The feed's items as one HTML page (see the module's docstring); None when it has none."""
    sections: list[str] = []
    for line in text.split("\n"):
        if not _ITEM.match(line):
            continue
        fields = [*line.split("\t"), "", "", "", "", "", "", ""][:9]
        _, title, link, content, kind, _, author, _, _ = fields
        body = _ESCAPE.sub(lambda escape: {"n": "\n", "t": "\t", "\\": "\\"}[escape.group(1)], content)
        if kind.strip() != "html":
            body = "<p>" + html.escape(body).replace("\n", "<br>") + "</p>"
        heading = (
            f'<h2><a href="{html.escape(link, quote=True)}">{html.escape(title)}</a></h2>'
            if link
            else (f"<h2>{html.escape(title)}</h2>")
        )
        by = f"<p>{html.escape(author)}</p>" if author.strip() else ""
        sections.append(f"<article>{heading}{by}{body}</article>")
    return "<html><body>\n" + "\n".join(sections) + "\n</body></html>" if sections else None
