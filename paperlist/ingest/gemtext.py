"""A Gemini capsule's page (gemtext, `.gmi`: a gemlog's post) as the Markdown it means, line for line.

Gemtext is Markdown's plainest cousin: `#` headings, `* ` items, `> ` quotations and ``` preformatted blocks are
written as Markdown writes them, and a paragraph is one long line. Only links differ: a link is a line of its own,
`=> URL label` (or `=> URL` alone), read here as an item linking its label, `- [label](URL)`, so that a run of link
lines is a list of links and each keeps its own line.
"""

import re

SUFFIXES = (".gmi", ".gemini")

_LINK_LINE = re.compile(r"^=>[ \t]*(?P<url>\S+)(?:[ \t]+(?P<label>.*?))?[ \t]*$", re.M)
_CAPSULE_LINK = re.compile(r"^=>[ \t]*gemini://", re.M)
_PREFORMATTED = re.compile(r"^```.*?(?:^```[^\n]*$|\Z)", re.M | re.S)


def looks_like_gemtext(text: str, name: str) -> bool:
    """A `.gmi` file, or text whose links are gemtext link lines to `gemini://` capsules (three or more)."""
    if name.casefold().endswith(SUFFIXES):
        return True
    head = text[:20000]
    # (a literal first: most digests have no gemini:// address, and skip the pattern)
    return "gemini://" in head and len(_CAPSULE_LINK.findall(head)) >= 3


def gemtext_to_markdown(text: str) -> str:
    """The page as Markdown, line for line (see the module's docstring); preformatted blocks are left alone."""
    pieces: list[str] = []
    position = 0
    for block in _PREFORMATTED.finditer(text):
        pieces.append(_LINK_LINE.sub(_link, text[position : block.start()]))
        pieces.append(block.group(0))
        position = block.end()
    pieces.append(_LINK_LINE.sub(_link, text[position:]))
    return "".join(pieces)


def _link(match: re.Match[str]) -> str:
    url, label = match.group("url"), (match.group("label") or "").strip()
    label = label.replace("[", "(").replace("]", ")")  # (a label's brackets would end the link's text)
    return f"- [{label}](<{url}>)" if label else f"- <{url}>"
