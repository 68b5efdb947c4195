"""A GNU Info manual (`.info`, what `makeinfo`/`texi2any` writes from Texinfo, read with `info` or Emacs), read as
Markdown.

An Info file is plain text cut into nodes: each opens after a `^_` (U+001F) line with a header naming it (`File:
x.info,  Node: Top,  Next: …,  Up: (dir)`). A heading is a line underlined by a line of one character as long as
it (`*` a chapter, `=` a section, `-` a subsection, `.` a subsubsection). Paragraphs after the first of a run are
indented by three spaces; an itemized list's items open with `•` (or `*` from older `makeinfo`) three spaces in, and
go on five spaces in, as an example's lines do; an enumeration's with `1.`. A node's menu (`* Menu:` then `* Name::
description` lines) lists the nodes under it; `*Note Name::` and `*note Name: (file)Node.` are cross-references;
`---------- Footnotes ----------` heads a node's footnotes, `(1) …`; the preamble's `INFO-DIR-SECTION` and
`START-INFO-DIR-ENTRY` lines, the `Tag Table:` and `Local Variables:` blocks at the end are the reader's index.
"""

from __future__ import annotations

import re

_NODE_HEADER = re.compile(r"^\x1f\r?\nFile:[^\n]*?Node:", re.MULTILINE)
_UNDERLINE = re.compile(r"^(?P<mark>[*=\-.])(?P=mark){2,}[ \t]*$")
_LEVELS = {"*": "# ", "=": "## ", "-": "### ", ".": "#### "}
_BULLET = re.compile(r"^(?P<indent>[ \t]{0,6})(?:•|\*)[ \t]+(?=\S)")
_NUMBERED = re.compile(r"^[ \t]{0,6}(?P<number>[0-9]{1,3}|[a-z])\.[ \t]+(?=\S)")
_MENU_ENTRY = re.compile(r"^\*[ \t]+[^\n:]+::|^\*[ \t]+[^\n:]+:[ \t]*(?:\([^)\n]*\))?[^\n.]*\.")
_NOTE = re.compile(r"\*[Nn]ote[ \t\n]+(?P<name>[^:*]+?)::|\*[Nn]ote[ \t\n]+(?P<label>[^:*]+?):[^.,*]*[.,]")
_FOOTNOTES = re.compile(r"^-{3,}[ \t]+Footnotes[ \t]+-{3,}[ \t]*$")
_INDEX_BLOCK = re.compile(
    r"^START-INFO-DIR-ENTRY\n.*?^END-INFO-DIR-ENTRY[ \t]*$|^INFO-DIR-SECTION.*$",
    re.MULTILINE | re.DOTALL,
)


def looks_like_info(text: str) -> bool:
    """Text cut into Info nodes: two `^_` lines, each with a node header after it."""
    return "\x1f" in text[:200_000] and len(_NODE_HEADER.findall(text[:200_000])) >= 2


def info_to_markdown(text: str) -> str:
    """The manual's nodes as Markdown (see the module's docstring)."""
    text = text.replace("\r\n", "\n")
    parts = text.split("\x1f")
    nodes = []
    for part in parts[1:]:
        body = part.lstrip("\n")
        if body.startswith(("Tag Table:", "End Tag Table", "Local Variables:")):
            continue  # (the reader's index of the nodes, Emacs' settings)
        if body.startswith("File:"):
            body = body.partition("\n")[2]  # (the node's header: its neighbours' names)
        nodes.append(_node_to_markdown(body))
    return "\n\n".join(nodes) + "\n"


def _node_to_markdown(body: str) -> str:
    lines = _INDEX_BLOCK.sub("", body).split("\n")
    out: list[str] = []
    in_menu = False
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        stripped = line.strip()
        if not stripped:
            out.append("")
            index += 1
            continue
        underline = _UNDERLINE.match(following)
        if (
            underline is not None
            and not line.startswith((" ", "\t"))
            and len(following.rstrip()) >= len(stripped) // 2
        ):
            out.extend([_LEVELS[underline.group("mark")] + stripped, ""])
            index += 2
            continue
        if stripped == "* Menu:":
            in_menu = True  # (the node's menu: the names of the nodes under it)
            index += 1
            continue
        if in_menu and (_MENU_ENTRY.match(line) or line.startswith((" ", "\t"))):
            index += 1
            continue
        in_menu = False
        if _FOOTNOTES.match(stripped):
            out.extend(["", "#### Footnotes", ""])
            index += 1
            continue
        opened = _BULLET.match(line) or _NUMBERED.match(line)
        if opened is not None:
            number = opened.groupdict().get("number")
            item = [line[opened.end() :].strip()]
            index += 1
            while (
                index < len(lines)
                and lines[index].startswith("     ")
                and lines[index].strip()
                and not (_BULLET.match(lines[index]) or _NUMBERED.match(lines[index]))
            ):
                item.append(lines[index].strip())  # (the item going on, five spaces in)
                index += 1
            out.append(("- " if number is None else f"{number}. ") + _notes(" ".join(item)))
            continue
        if line.startswith("     "):
            # An example, a display or a quotation (indented five spaces): kept as the lines it is, not code.
            out.append(_notes(stripped))
            index += 1
            continue
        out.append(_notes(stripped))
        index += 1
    return "\n".join(out)


def _notes(text: str) -> str:
    """`*Note Name::` and `*note Label: (file)Node.` as the words they show."""
    if "ote" not in text:
        return text
    return _NOTE.sub(lambda note: (note.group("name") or note.group("label") or "").strip(), text)
