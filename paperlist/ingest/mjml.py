"""An MJML e-mail template (`.mjml`: Mailjet's markup for newsletters), read as the page it renders.

An MJML file is XML of `mj-` components: `<mj-head>` (its title, preview, styles and default attributes, nothing
a reader sees but the title), then `<mj-body>` of sections and columns holding `<mj-text>` (HTML inside),
`<mj-button href="…">`, `<mj-image>`, `<mj-table>` (a table's rows) and `<mj-raw>` (HTML as it is). Each becomes the
HTML it renders to: a text, a column and a section a block (`<div>`), a button a link, a table a table, an image
nothing; the head leaves its title. The page is then read as any HTML page is.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<mjml[\s>]", re.DOTALL)
_HEAD = re.compile(r"<mj-head\b.*?</mj-head\s*>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<mj-title\b[^>]*>(?P<title>.*?)</mj-title\s*>", re.DOTALL | re.IGNORECASE)
_BUTTON = re.compile(
    r"<mj-button\b(?P<attributes>[^>]*)>(?P<label>.*?)</mj-button\s*>", re.DOTALL | re.IGNORECASE
)
_HREF = re.compile(r"""\bhref\s*=\s*(?P<quote>["'])(?P<url>.*?)(?P=quote)""", re.DOTALL | re.IGNORECASE)
_TABLE = re.compile(r"<(?P<close>/?)mj-table\b[^>]*>", re.IGNORECASE)
_EMPTY = re.compile(r"<mj-[\w-]+\b[^>]*/>", re.IGNORECASE)
_TAG = re.compile(r"<(?P<close>/?)mj(?:ml|-[\w-]+)\b[^>]*>", re.IGNORECASE)


def looks_like_mjml(text: str) -> bool:
    return "<mjml" in text[:2000] and _START.match(text[:2000]) is not None


def mjml_to_html(text: str) -> str:
    """The HTML an MJML template renders to, for reading (see the module's docstring)."""
    title = _TITLE.search(text)
    body = _HEAD.sub("", text, count=1)
    body = _BUTTON.sub(_button, body)
    body = _TABLE.sub(lambda match: f"<{match.group('close')}table>", body)
    body = _EMPTY.sub("", body)
    body = _TAG.sub(lambda match: f"<{match.group('close')}div>", body)
    head = f"<title>{title.group('title').strip()}</title>" if title is not None else ""
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _button(match: re.Match[str]) -> str:
    href = _HREF.search(match.group("attributes"))
    label = match.group("label").strip()
    return f'<p><a href="{href.group("url")}">{label}</a></p>' if href is not None else f"<p>{label}</p>"
