"""A LyX document (`.lyx`), read as the page it typesets.

LyX saves a document as text: a `#LyX … created this file` line, a `\\begin_header` … `\\end_header` block of
settings, then the body as `\\begin_layout <Kind>` … `\\end_layout` paragraphs (Standard, Chapter, Section,
Itemize, Enumerate, Quotation, Bibliography …). A paragraph's text is cut over lines, each going on after a space;
font changes are commands on lines of their own (`\\emph on` … `\\emph default`, `\\series bold`, `\\lang …`);
everything else is an inset, `\\begin_inset <Kind>` … `\\end_inset`, that may hold layouts of its own: quotation
marks (`Quotes`), a citation (`CommandInset citation` with its `key "…"`), a URL (`Flex URL`), a note, a
footnote, a bibliography item's label (`CommandInset bibitem`), a box, a table (`Tabular`, its cells in
`<cell>` elements), a graphic.

The page becomes Markdown: headings for the sectioning layouts, list items for Itemize and Enumerate, the
bibliography's items as a numbered reference list under a heading of its own, emphasis as `*…*`, a URL inset as
its URL, a citation as its key in brackets, quotation marks as `"`; a note or a footnote as the paragraph it is
(the writer's words), settings, graphics and the header left out.
"""

from __future__ import annotations

import re

_COMMAND = re.compile(r"^\\(?P<name>[a-z_]+)(?:[ \t]+(?P<value>.*))?$")
# An inset's parameter line: `key "fournier2023survey"`, `target "https://…"`.
_PARAMETER = re.compile(r'^([a-z_]+)[ \t]+"([^"]*)"')
_HEADINGS = {
    "Title": "#",
    "Part": "#",
    "Chapter": "#",
    "Section": "##",
    "Section*": "##",
    "Subsection": "###",
    "Subsection*": "###",
    "Subsubsection": "####",
    "Subsubsection*": "####",
    "Paragraph": "#####",
}
# Insets whose text is no part of the page's words.
_SILENT = ("Graphics", "Formula", "Preview", "Index", "label", "CommandInset label", "CommandInset toc")


def looks_like_lyx(text: str, name: str) -> bool:
    head = text.lstrip("\ufeff")[:300]
    return (head.startswith("#LyX ") and "\\lyxformat" in head) or (
        name.casefold().endswith(".lyx") and "\\begin_body" in text[:100_000]
    )


def lyx_to_markdown(text: str) -> str | None:
    """The body of a LyX document as Markdown; None when it has none."""
    start = text.find("\\begin_body")
    if start < 0:
        return None
    end = text.find("\\end_body", start)
    reader = _Reader()
    for line in text[start + len("\\begin_body") : end if end >= 0 else len(text)].split("\n"):
        reader.line(line.rstrip("\r"))
    reader.flush()
    body = "\n".join(reader.out).strip()
    return body + "\n" if body else None


class _Reader:
    """Reads a LyX body line by line into Markdown lines."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.paragraph: list[str] = []  # the text of the outermost layout being read
        self.layouts: list[str] = []  # the outermost layouts' kinds (an inset's own layouts are read inline)
        self.insets: list[str] = []  # the open insets' kinds, outermost first
        self.inner = 0  # layouts open inside insets
        self.keys: list[str] = []  # a citation's keys, written once its inset ends
        self.link: dict[str, str] = {}  # an href inset's name and target
        self.items = 0  # bibliography items so far
        self.rows = 0  # rows of the table being read
        self.opened = False  # an inset began on the line before (its parameters and state follow)

    def line(self, line: str) -> None:
        command = _COMMAND.match(line) if line.startswith("\\") else None
        if command is None:
            self.text(line)
            self.opened = False
            return
        self.opened = False
        name, value = command.group("name"), (command.group("value") or "").strip()
        if name == "begin_layout":
            if self.insets:
                self.inner += 1
                self.paragraph.append(" ")
            else:
                self.flush()
                self.layouts.append(value)
        elif name == "end_layout":
            if self.inner:
                self.inner -= 1
                self.paragraph.append(" ")
            else:
                self.flush()
                if self.layouts:
                    self.layouts.pop()
        elif name == "begin_inset":
            self.insets.append(value)
            self.opened = True
            if value.startswith("Quotes"):
                self.paragraph.append('"')
        elif name == "end_inset":
            kind = self.insets.pop() if self.insets else ""
            if kind.startswith("CommandInset citation") and self.keys:
                self.paragraph.append(f" [{', '.join(self.keys)}]")
                self.keys.clear()
            elif kind.startswith("CommandInset href") and self.link.get("target"):
                self.paragraph.append(
                    f"[{self.link.get('name') or self.link['target']}]({self.link['target']})"
                )
                self.link.clear()
        elif name == "emph" and value in ("on", "default"):
            self.paragraph.append("*")
        elif name == "series" and value in ("bold", "default"):
            self.paragraph.append("**")
        elif name == "backslash":
            self.paragraph.append("\\")
        elif name == "SpecialChar":
            self.paragraph.append("..." if value == "ldots" else value if value.isalpha() else "")
        # (other commands set fonts, languages and layout parameters: no text)

    def text(self, line: str) -> None:
        inset = self.insets[-1] if self.insets else ""
        if inset.startswith(("CommandInset citation", "CommandInset bibitem", "CommandInset href")):
            parameter = _PARAMETER.match(line)
            if (
                parameter is not None
                and inset.startswith("CommandInset citation")
                and parameter.group(1) == "key"
            ):
                self.keys.append(parameter.group(2))
            elif parameter is not None and inset.startswith("CommandInset href"):
                self.link[parameter.group(1)] = parameter.group(2)
            return  # (an inset's parameters: `LatexCommand cite`, `literal "false"`)
        if inset.startswith(_SILENT) or (self.opened and line.startswith("status ")):
            return  # (a formula, a graphic; an inset's open or collapsed state)
        if inset.startswith("Tabular") or (
            self.insets and line.startswith("<") and "Tabular" in self.insets[0]
        ):
            self.table(line)
            return
        self.paragraph.append(line)  # (a line goes on after the space it opens with)

    def table(self, line: str) -> None:
        tag = line.strip()
        if tag.startswith("<row"):
            self.flush_words()
        elif tag.startswith("</cell>"):
            self.paragraph.append(" | ")
        elif tag.startswith("</row>"):
            cells = "".join(self.paragraph).strip().removesuffix("|").strip()
            self.paragraph.clear()
            self.out.append(f"| {cells} |")
            self.rows += 1
            if self.rows == 1:
                self.out.append("|" + "---|" * (cells.count(" | ") + 1))
        elif tag.startswith("</lyxtabular>"):
            self.out.append("")
            self.rows = 0
        elif not tag.startswith("<"):
            self.paragraph.append(line)

    def flush_words(self) -> None:
        """Write what the paragraph holds so far as a paragraph of its own (the words before a table)."""
        words = "".join(self.paragraph).strip()
        self.paragraph.clear()
        if words:
            self.out.extend([words, ""])

    def flush(self) -> None:
        words = " ".join("".join(self.paragraph).split())
        self.paragraph.clear()
        if not words:
            return
        kind = self.layouts[-1] if self.layouts else "Standard"
        if kind in _HEADINGS:
            self.out.extend([f"{_HEADINGS[kind]} {words}", ""])
        elif kind == "Itemize":
            self.out.append(f"- {words}")
        elif kind == "Enumerate":
            self.out.append(f"1. {words}")
        elif kind == "Bibliography":
            self.items += 1
            if self.items == 1:
                self.out.extend(["## References", ""])
            self.out.extend([f"[{self.items}] {words}", ""])
        else:
            self.out.extend([words, ""])
