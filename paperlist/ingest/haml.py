"""A Haml template (`.haml`, `.html.haml`: Rails', Middleman's and Jekyll plugins' page sources), read as the Markdown
of the page it makes.

Haml nests elements by indentation. A line is an element (`%li.paper`, `%a.title{href: "https://…"}`, `.note` for
a `div`, `%span.authors Names`, `%h2#id Title`), text, Ruby code (`- if x`, `= link_to "text", "https://…"`), a
comment (`-# …`, `/ …`, each with the lines under it), or a filter whose indented lines are another language
(`:markdown`, `:plain`, `:javascript`). An element's text may follow it or stand on the lines under it; `#{…}`
interpolates Ruby. Headings, list items, links and paragraphs are written as Markdown (see
`paperlist.ingest.pug.mark`), a `:markdown` filter's lines as they are; code and scripts are no words of the page.
"""

from __future__ import annotations

import html
import re

from paperlist.ingest.pug import NEXT_ELEMENT, join_blocks, mark

_ELEMENT = re.compile(
    r"^(?:%(?P<tag>[\w:-]+)|(?=[.#][\w-]))(?P<selectors>(?:[.#][\w-]+)*)"
    r"(?P<attributes>(?:\{(?:[^{}]|\{[^{}]*\})*\}|\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])*)"
    r"(?P<modifier>[<>/&!]*=|/)?[ \t]*(?P<text>.*)$"
)
_HREF = re.compile(r"""(?::?href["']?[ \t]*(?:=>|:|=)[ \t]*)["']([^"']+)["']""")
_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""")
_INTERPOLATION = re.compile(r"#\{[^{}]*\}")
_FILTER = re.compile(r"^:(?P<name>[\w-]+)[ \t]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.DOTALL)
_SIGN = re.compile(r"^[ \t]*(?:%[a-z][\w-]*(?:[.#{(]|[ \t]|$)|-#|\.[a-z][\w-]*[ \t{(])", re.MULTILINE)
_RUN_IN = frozenset(["code", "em", "i", "strong", "b", "kbd", "tt", "abbr", "sup", "sub", "br"])
_WORD_FILTERS = frozenset(["markdown", "plain", "escaped", "preserve", "textile"])


def looks_like_haml(text: str, name: str) -> bool:
    """A `.haml` file, or text most of whose element lines are Haml's (`%tag`, `.class`, `-#`)."""
    if name.casefold().endswith(".haml"):
        return True
    return "<" not in text[:1_000] and len(_SIGN.findall(text[:20_000])) >= 10


def haml_to_markdown(text: str) -> str:
    """The page the template makes, as Markdown (see the module's docstring)."""
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n"), count=1)
    lines = text.split("\n")
    out: list[tuple[str, bool]] = []
    index = 0
    while index < len(lines):
        raw = lines[index]
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" \t"))
        index += 1
        if not stripped:
            continue
        below = _block_end(lines, index, indent)
        if stripped.startswith(("-#", "/")):
            index = below  # (a comment, with the lines under it)
            continue
        filtered = _FILTER.match(stripped)
        if filtered is not None:
            if filtered.group("name") in _WORD_FILTERS:
                block = [
                    line[indent + 2 :] if len(line) > indent + 2 else line.strip()
                    for line in lines[index:below]
                ]
                out.append(("\n" + "\n".join(block), False))  # (`:markdown`: its lines as they are)
            index = below
            continue
        if stripped.startswith("-"):
            continue  # (Ruby code: its lines below, at a deeper indent, are the page's)
        if stripped.startswith(("=", "!=", "&=")):
            out.append((_output(stripped.lstrip("!&=")), False))
            continue
        element = _ELEMENT.match(stripped) if stripped[:1] in "%.#" else None
        if element is None:
            out.append((_words(stripped), False))
            continue
        tag = element.group("tag") or "div"
        words = element.group("text") or ""
        words = (
            _output(words)
            if element.group("modifier") and "=" in element.group("modifier")
            else _words(words)
        )
        href = _HREF.search(element.group("attributes") or "")
        url = href.group(1) if href is not None else ""
        if tag == "a" and not words.strip() and below > index:
            # (`%a.title{href: "…"}` over its text on the lines under it)
            words = " ".join(_words(line.strip()) for line in lines[index:below] if line.strip())
            index = below
        rendered = mark(tag, words.strip(), url)
        inline = (
            rendered.startswith("\n") or not rendered or tag in _RUN_IN
        )  # (`%code x` runs in its sentence)
        out.append((rendered if inline else NEXT_ELEMENT + rendered, False))
    return "\n".join(join_blocks(out))


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """The line after the block of lines indented deeper than `indent` that starts at `start`."""
    end = start
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" \t")) > indent
    ):
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def _words(text: str) -> str:
    return html.unescape(_INTERPOLATION.sub("", text))


def _output(code: str) -> str:
    """What a line of Ruby output shows: its strings, a `link_to "text", "url"` as a link."""
    strings = [first or second for first, second in _STRING.findall(code)]
    if code.strip().startswith("link_to") and len(strings) >= 2:
        return f"[{strings[0]}]({strings[1]})"
    return " ".join(strings)
