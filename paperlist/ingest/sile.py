"""A SILE document in its TeX-like syntax (`.sil`), read as the page it typesets, in Markdown.

SILE writes a command as `\\name[options]{content}` and an environment as `\\begin[options]{name}` … `\\end{name}`.
Read here: `\\chapter`, `\\section`, `\\subsection` as headings; `\\em` (and any command the document `\\define`s as
emphasis, `\\define[command=paper]{\\em{\\process}}`) as `*…*`, `\\strong` as `**…**`, `\\code` as code;
`\\href[src=…]{text}` as a Markdown link, `\\url{…}` as its link; `itemize` and `enumerate` with their `\\item{…}` as
lists; `\\footnote{…}` as its words in parentheses; a comment (`% …`) left out. Any other command gives its
content (`\\font[size=9pt]{…}`), and one with none (`\\use[…]`, `\\set[…]`, `\\break`) gives nothing but a space.
"""

from __future__ import annotations

import re

_DOCUMENT = re.compile(r"^\\begin(?:\[[^\]\n]*\])?\{document\}", re.MULTILINE)
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_NAME = re.compile(r"\\(?P<name>[A-Za-z][\w:-]*)")
_OPTION = re.compile(r"(?P<key>[\w-]+)=(?P<value>\"[^\"]*\"|[^,\]]*)")
_DEFINE = re.compile(r"\\define\[(?P<options>[^\]\n]*)\]\{(?P<body>[^\n]*)\}[ \t]*\n?")
_HEADINGS = {"chapter": "# ", "section": "## ", "subsection": "### ", "subsubsection": "#### "}
_EMPHASIS = {"em": "*", "emph": "*", "strong": "**", "code": "`"}
_ESCAPED = re.compile(r"\\(?P<character>[%{}\\#$&_~ ])")
_BLANK_LINES = re.compile(r"\n{3,}")


def looks_like_sile(text: str, name: str) -> bool:
    """A SILE document: `\\begin[…]{document}` (LaTeX writes no options there), or `\\begin{document}` in a `.sil`
    file."""
    document = _DOCUMENT.search(text[:5000])
    if document is None:
        return False
    return document.group(0).startswith("\\begin[") or name.casefold().endswith(".sil")


def sile_to_markdown(text: str) -> str:
    """The page `text` typesets, as Markdown (see the module's docstring)."""
    marks = dict(_EMPHASIS)
    for define in _DEFINE.finditer(text):
        command = _options(define.group("options")).get("command", "")
        body = define.group("body")
        if command and ("\\em{" in body or "style=italic" in body):
            marks[command] = "*"
        elif command and ("\\strong{" in body or "weight=" in body):
            marks[command] = "**"
    source = _COMMENT.sub("", _DEFINE.sub("", text))
    page = _Page(source, marks).read(0, len(source))
    return _BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in page.split("\n"))).strip() + "\n"


def _options(options: str) -> dict[str, str]:
    return {
        option.group("key"): option.group("value").strip().strip('"') for option in _OPTION.finditer(options)
    }


class _Page:
    """A document's commands read into Markdown, one environment or group at a time."""

    def __init__(self, source: str, marks: dict[str, str]) -> None:
        self.source = source
        self.marks = marks
        self.lists: list[str] = []  # (the lists the reading is in, innermost last)

    def read(self, start: int, end: int) -> str:
        """The Markdown of source[start:end]."""
        out: list[str] = []
        position = start
        while position < end:
            backslash = self.source.find("\\", position, end)
            if backslash < 0:
                out.append(self.source[position:end])
                break
            out.append(self.source[position:backslash])
            escaped = _ESCAPED.match(self.source, backslash)
            if escaped is not None:
                character = escaped.group("character")
                out.append(" " if character == "~" else character)
                position = escaped.end()
                continue
            command = _NAME.match(self.source, backslash)
            if command is None:
                out.append("\\")
                position = backslash + 1
                continue
            words, position = self.command(command.group("name"), command.end(), end)
            out.append(words)
        return "".join(out).replace("~", " ")

    def command(self, name: str, position: int, end: int) -> tuple[str, int]:
        """(The Markdown of the command `name` whose options or content start at `position`, where it ends.)"""
        options = ""
        if position < end and self.source[position] == "[":
            close = self.source.find("]", position, end)
            if close > 0:
                options, position = self.source[position + 1 : close], close + 1
        if position >= end or self.source[position] != "{":
            return ("\n" if name == "par" else " "), position  # (`\use[…]`, `\break`, `\hrule[…]`)
        close = self._closing(position, end)
        inner = self.source[position + 1 : close]
        after = close + 1
        if name == "begin":
            self.lists.append(inner.strip())
            return ("\n" if inner.strip() in ("itemize", "enumerate") else ""), after
        if name == "end":
            if self.lists and self.lists[-1] == inner.strip():
                self.lists.pop()
            return "\n", after
        content = self.read(position + 1, close)
        if name in _HEADINGS:
            return f"\n\n{_HEADINGS[name]}{' '.join(content.split())}\n\n", after
        if name in self.marks:
            mark = self.marks[name]
            return f"{mark}{content.strip()}{mark}", after
        if name == "href":
            link = _options(options).get("src", "")
            return (f"[{content.strip()}]({link})" if link else content), after
        if name == "url":
            return inner.strip(), after
        if name == "footnote":
            return f" ({content.strip()})", after
        if name == "item":
            kinds = [kind for kind in self.lists if kind in ("itemize", "enumerate")]
            bullet = "1. " if kinds and kinds[-1] == "enumerate" else "- "
            indent = "   " * max(len(kinds) - 1, 0)
            body = ("\n" + indent + "   ").join(line.strip() for line in content.strip().split("\n"))
            return f"\n{indent}{bullet}{body}\n", after
        return content, after

    def _closing(self, opening: int, end: int) -> int:
        """Where the brace opened at `opening` closes (the end of the text when it never does)."""
        depth = 0
        position = opening
        while position < end:
            character = self.source[position]
            if character == "\\":
                position += 2
                continue
            if character == "{":
                depth += 1
            elif character == "}":
                depth -= 1
                if depth == 0:
                    return position
            position += 1
        return end
