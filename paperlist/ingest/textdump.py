"""A web page saved by a text browser (`lynx -dump`, `elinks -dump`, `links -dump`), read as the page it shows.

Such a dump lays the page out as plain text wrapped at the terminal's width: headings at the left margin, paragraphs
indented by three spaces, list items as `*` (`+`, `o`, `#` deeper down) or `1.` with their wrapped lines indented
under their text, and each link as a number in brackets before its text (`[7]The Power of Scale …`). The links' URLs
are listed at the end under `References` (or `Visible links`), one numbered line each.

The page becomes Markdown: headings as headings, each paragraph and each list item on one line (its wrapped lines
joined), and each link a Markdown link: the dump does not say where a link's text ends, so it is taken to end where
a title would, at a spaced dash, a parenthesis, a comma, a semicolon, a full stop or the next link. The list of
references itself is left out.
"""

from __future__ import annotations

import re

# The list of the links at the end (lynx: `References`; elinks, links: `Visible links`, `Hidden links`).
_REFERENCES = re.compile(
    r"^(?:References|Visible links(?:[ \t]*\(.*\))?|Hidden links:?)[ \t]*$", re.MULTILINE
)
_REFERENCE = re.compile(r"^[ \t]*([0-9]{1,4})\.[ \t]+(\S+)[ \t]*$")
_MARKER = re.compile(r"\[([0-9]{1,4})\]")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[*+o#@]|[0-9]{1,3}\.)[ \t]+(?P<text>\S.*)$")
_RULE = re.compile(r"^[ \t]*_{10,}[ \t]*$")
# At least this many links of the text named in the list at its end.
_MIN_LINKS = 3


def looks_like_text_dump(text: str) -> bool:
    references = _last_references(text)
    if references is None:
        return False
    numbers = _urls(text[references:])
    marked = {int(number) for number in _MARKER.findall(text, 0, references)}
    return len(numbers) >= _MIN_LINKS and len(marked & set(numbers)) >= _MIN_LINKS


def text_dump_to_markdown(text: str) -> str | None:
    """The page a text browser's dump shows, as Markdown; None when `text` is no such dump."""
    references = _last_references(text)
    if references is None:
        return None
    urls = _urls(text[references:])
    out: list[str] = []
    block: list[str] = []  # the lines of the paragraph or the item being joined
    prefix = ""  # its Markdown mark (`- `, `1. `), or "" for a paragraph
    indent = -1  # where its wrapped lines start: deeper than its mark

    def flush() -> None:
        nonlocal prefix, indent
        if block:
            words = " ".join(" ".join(block).split())
            out.append(prefix + _linked(words, urls))
        block.clear()
        prefix, indent = "", -1

    for line in text[:references].split("\n"):
        if not line.strip():
            flush()
            out.append("")
            continue
        depth = len(line) - len(line.lstrip())
        item = _ITEM.match(line)
        if item is not None and (depth > 0 or item.group("mark").endswith(".")):
            flush()
            numbered = item.group("mark").endswith(".")
            prefix = "  " * (len(item.group("indent")) // 6) + ("1. " if numbered else "- ")
            if depth == 0:
                prefix = "## " + item.group("mark") + " "  # (a numbered heading at the margin)
            indent = len(item.group("indent")) + len(item.group("mark"))
            block.append(item.group("text"))
        elif _RULE.match(line):
            flush()
            out.extend(["---", ""])
        elif block and (depth > indent if indent >= 0 else depth > 0):
            block.append(line.strip())  # (a wrapped line of the item or paragraph)
        elif depth == 0:
            flush()
            out.extend([f"## {_linked(line.strip(), urls)}", ""])
        else:
            flush()
            block.append(line.strip())
    flush()
    body = "\n".join(out).strip()
    return re.sub(r"\n{3,}", "\n\n", body) + "\n" if body else None


def _last_references(text: str) -> int | None:
    """Where the list of the links begins (its heading's offset), or None."""
    found = None
    for match in _REFERENCES.finditer(text):
        found = match
    if found is None:
        return None
    following = text[found.end() :].lstrip("\n").split("\n", 1)[0]
    return found.start() if _REFERENCE.match(following) else None


def _urls(listing: str) -> dict[int, str]:
    urls: dict[int, str] = {}
    for line in listing.split("\n"):
        reference = _REFERENCE.match(line)
        if reference is not None and "://" in reference.group(2):
            urls[int(reference.group(1))] = reference.group(2)
    return urls


# Where a link's text ends, as far as a dump shows it.
_TEXT_END = re.compile(r"[ \t]+[—–-][ \t]|[ \t]\(|[,;][ \t]|\.(?:[ \t]|$)|\[[0-9]|$")


def _linked(words: str, urls: dict[int, str]) -> str:
    """A line with each `[N]text` as a Markdown link to the N-th URL (a number the list lacks is left out)."""
    out: list[str] = []
    position = 0
    for marker in _MARKER.finditer(words):
        if marker.start() < position:
            continue
        out.append(words[position : marker.start()])
        url = urls.get(int(marker.group(1)))
        end = _TEXT_END.search(words, marker.end()).start()  # type: ignore[union-attr]  # (`$` always matches)
        label = words[marker.end() : end].strip()
        out.append(f"[{label}]({url})" if url and label else f"<{url}>" if url else "")
        position = end if url and label else marker.end()
    out.append(words[position:])
    return "".join(out)
