"""A Pug template (`.pug`, once Jade: a static site's page source), read as the Markdown of the page it makes.

Pug nests elements by indentation. A line is a tag with its classes, id and attributes and its text (`h2 Title`,
`li.paper`, `a.title(href="https://…") Title`, `td: a(href=…) Name`), a piece of text (`| text`, or the lines under
a `tag.`), a mixin's call (`+paper("Title", "Authors", "https://…", "note")`), a comment (`//- …`, `// …`) or code
and control (`- var x = …`, `if url`, `each p in list`, `extends`, `block content`, `include`). Inline tags are
`#[em Title]`, `#{expression}` an interpolation. Headings, list items, paragraphs, table rows, emphasis and links are
written as Markdown; a mixin's call as its quoted arguments apart by ` — ` (its definition, code and comments are
no words of the page).
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"\A(?:\ufeff)?(?://.*\n|[ \t]*\n)*(?:extends[ \t]+\S|doctype[ \t]+html[ \t]*\n[ \t]*html\b)"
)
_LINE = re.compile(
    r"^(?P<tag>[a-z][\w:-]*|(?=[.#][\w-]))(?P<selectors>(?:[.#][\w-]+)*)(?P<attributes>\((?:[^()]|\([^()]*\))*\))?"
    r"(?P<modifier>[.:=]|!=)?(?:[ \t](?P<text>.*))?$"
)
_CONTROL = re.compile(
    r"^(?:extends|include|each|for|if|else|unless|case|when|default|while|yield|doctype|append|prepend)\b|^-"
)
_MIXIN_CALL = re.compile(r"^\+(?P<name>[\w-]+)(?:\((?P<arguments>.*)\))?[ \t]*(?P<text>.*)$")
_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""")
_HREF = re.compile(r"""\bhref[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')""")
_INLINE = re.compile(
    r"#\[(?P<tag>[a-z][\w-]*)(?P<selectors>(?:[.#][\w-]+)*)(?P<attributes>\([^()]*\))?[ \t]?(?P<text>[^\[\]]*)\]"
)
_INTERPOLATION = re.compile(r"[#!]\{(?P<expression>[^{}]*)\}")
_NESTED = re.compile(r"^(?P<outer>[a-z][\w.#-]*(?:\((?:[^()]|\([^()]*\))*\))?):[ \t]+(?P<inner>.+)$")
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "##### ", "h6": "###### "}
_BLOCKS = frozenset(
    ["p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote", "dd", "dt"]
)
_EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**", "code": "`"}


def looks_like_pug(text: str, name: str) -> bool:
    """A `.pug` or `.jade` file, or a template that opens as one does (`extends …`, `doctype html`) with blocks."""
    if name.casefold().endswith((".pug", ".jade")):
        return True
    return _OPENING.match(text) is not None and ("\nblock " in text or "\n+" in text or "\nmixin " in text)


def pug_to_markdown(text: str) -> str:
    """The page the template makes, as Markdown (see the module's docstring)."""
    lines = text.replace("\r\n", "\n").split("\n")
    out: list[tuple[str, bool]] = []  # (each piece, and whether it stands inside a list item)
    item_at: int | None = None  # (the indent of the list item the lines below belong to)
    skip_below: int | None = None  # (a comment's, a mixin definition's indented lines: skipped)
    text_below: int | None = None  # (a `tag.` block's indented lines: its text)
    for raw in lines:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" \t"))
        if not stripped:
            continue
        if item_at is not None and indent <= item_at:
            item_at = None
        inside = item_at is not None
        if skip_below is not None:
            if indent > skip_below:
                continue
            skip_below = None
        if text_below is not None:
            if indent > text_below:
                out.append((_inline(stripped), inside))
                continue
            text_below = None
        if stripped.startswith(("//", "mixin ", "script")):
            skip_below = indent
            continue
        if stripped.startswith("block ") or stripped == "block" or _CONTROL.match(stripped):
            continue  # (its lines below, at a deeper indent, are the page's: read as they come)
        if stripped.startswith("|"):
            out.append((_inline(stripped[1:].strip()), inside))
            continue
        call = _MIXIN_CALL.match(stripped)
        if call is not None:
            values = [first or second for first, second in _STRING.findall(call.group("arguments") or "")]
            out.append(("\n- " + " — ".join(value for value in values if value.strip()), inside))
            continue
        out.append((_element(stripped), inside))
        if stripped.startswith("li") and item_at is None:
            item_at = indent  # (its lines below, a note, a link, are the item's)
        matched = _LINE.match(stripped)
        if matched is not None and matched.group("modifier") == ".":
            text_below = indent  # (`p.`: the lines below are its text)
    return "\n".join(join_blocks(out))


def _element(line: str) -> str:
    """One tag line as Markdown: its text, marked as its tag says (`td: a(href=…) Name`: a tag inside another)."""
    nested = _NESTED.match(line)
    if nested is not None:
        outer = _LINE.match(nested.group("outer"))
        inner = _element(nested.group("inner"))
        if outer is not None:
            return _mark(outer.group("tag") or "div", inner, outer.group("attributes") or "")
    matched = _LINE.match(line)
    if matched is None:
        return _inline(line)
    words = (matched.group("text") or "").strip()
    if matched.group("modifier") in ("=", "!="):
        words = " ".join(
            first or second for first, second in _STRING.findall(words)
        )  # (`h1= title`: its strings)
    return _mark(matched.group("tag") or "div", _inline(words), matched.group("attributes") or "")


def _mark(tag: str, words: str, attributes: str) -> str:
    href = _HREF.search(attributes) if tag == "a" else None
    return mark(tag, words, (href.group(1) or href.group(2)) if href is not None else "")


def mark(tag: str, words: str, url: str = "") -> str:
    """An element of an indented template (Pug's, Haml's) as Markdown: a heading, a link to `url`, emphasis, a
    list item, a table's cell, a block; a piece opening with a line break starts a block (see `join_blocks`)."""
    if tag in _HEADINGS:
        return "\n" + _HEADINGS[tag] + words + "\n" if words else "\n"
    if tag == "a":
        return f"[{words}]({url})" if url and words else words or url
    if tag in _EMPHASIS and words:
        return f"{_EMPHASIS[tag]}{words}{_EMPHASIS[tag]}"
    if tag == "li":
        return "\n- " + words
    if tag == "tr":
        return "\n"
    if tag in ("td", "th"):
        return words + " ·" if words else ""
    if tag in _BLOCKS:
        return "\n" + words if words else "\n"
    return words


def _inline(text: str) -> str:
    """`#[em Title]`, `#[a(href="…") text]` and `#{x}` in a line of text, as Markdown and words."""
    for _ in range(3):
        text = _INLINE.sub(
            lambda tag: _mark(tag.group("tag"), tag.group("text").strip(), tag.group("attributes") or ""),
            text,
        )
    return _INTERPOLATION.sub(lambda value: value.group("expression").strip(), text)


# What opens an inline element's piece after another's on one line (`%span.title …` then `%span.authors …`): a dash
# between them, as a list's `Title — Authors` has; none at a list item's start.
NEXT_ELEMENT = "— "


def join_blocks(parts: list[tuple[str, bool]]) -> list[str]:
    """The rendered pieces joined into lines: a piece opening with a line break starts a new block (indented under
    the list item it stands in); one opening with `NEXT_ELEMENT` follows another element on its line."""
    lines: list[str] = []
    for part, inside in parts:
        if part.startswith("\n") or not lines:
            lines.append("")
            lines.append(("  " if inside else "") + part.strip("\n").removeprefix(NEXT_ELEMENT))
        elif part.startswith(NEXT_ELEMENT) and (
            lines[-1].strip() in ("-", "") or lines[-1].rstrip().endswith(":")
        ):
            lines[-1] = f"{lines[-1]} {part.removeprefix(NEXT_ELEMENT)}".rstrip()
        else:
            lines[-1] = f"{lines[-1]} {part}".rstrip()
    return lines
