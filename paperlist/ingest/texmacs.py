"""A GNU TeXmacs document (`.tm`) read as the Markdown its text means.

TeXmacs stores a document as a tree in its own markup: `<name|argument|…>` inline, `<\\name|…>` … `</name>` around
a block, `<#2014>` for a character by its code, `<less>` and `<gtr>` for `<` and `>`. Its body holds the text:
sections become headings, emphasis stays emphasis, `<hlink|text|url>` a link, an item of a list a bullet, an entry
of its bibliography (`<bibitem*|1>` … `<newblock>` …) a reference of its own; formulas, citations' keys, labels and
the document's styles and references (what follows `</body>`) are no text.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A\ufeff?\s*<TeXmacs\|")
_TOKEN = re.compile(
    r"<\\?(?P<name>[A-Za-z#][\w*#-]*)|<\|(?P<more>[A-Za-z][\w*-]*)>|</(?P<end>[A-Za-z][\w*-]*)>|[|>]"
)
_BLOCK_MARK = re.compile(r"</[A-Za-z][\w*-]*>|<\|[A-Za-z][\w*-]*>")
_SYMBOLS = {
    "less": "<",
    "gtr": ">",
    "nbsp": " ",
    "newblock": " ",
    "item": "\n- ",
    "next-line": "\n",
    "new-line": "\n",
}
_SKIPPED = frozenset(
    [
        "math",
        "equation",
        "equation*",
        "eqnarray",
        "eqnarray*",
        "cite",
        "cite-detail",
        "label",
        "reference",
        "pageref",
        "image",
        "small-figure",
        "big-figure",
        "render-code",
        "code",
        "verbatim-code",
        "specific",
        "style",
        "initial",
        "references",
        "auxiliary",
        "collection",
        "associate",
        "script-input",
        "script-output",
        "session",
        "hide-preamble",
    ]
)
_HEADINGS = {"chapter": "#", "section": "##", "subsection": "###", "subsubsection": "####", "doc-title": "#"}
_EMPHASES = frozenset({"em", "strong", "samp"})
_MAX_DEPTH = 200


def looks_like_texmacs(text: str) -> bool:
    return _START.match(text) is not None


def texmacs_to_markdown(text: str) -> str:
    """The document's body as Markdown."""
    start = text.find("<\\body>")
    end = text.rfind("</body>")
    body = text[start + len("<\\body>") : end] if 0 <= start < end else text
    rendered, _ = _render(body, 0, None, 0)
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", rendered)]
    lines = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return re.sub(r" ?\n- ", "\n- ", lines.replace("\x00", "\n")) + "\n"


def _render(text: str, position: int, closing: str | None, depth: int) -> tuple[str, int]:
    """The text from `position` up to the end of the tag being read (`>` or `</closing>`), and where it ends."""
    out: list[str] = []
    while position < len(text):
        match = _TOKEN.search(text, position)
        if match is None:
            out.append(text[position:])
            return "".join(out), len(text)
        out.append(text[position : match.start()])
        token = match.group(0)
        if token in ("|", ">"):
            if closing == "":  # (an argument ends at the next one or at its tag's end)
                return "".join(out), match.start()
            out.append(token)  # (in a block's body, a character of its text)
            position = match.end()
            continue
        if match.group("end") is not None or match.group("more") is not None:
            if closing:
                return "".join(out), match.start()
            position = match.end()  # (a stray end: nothing to close)
            continue
        name = match.group("name")
        if name.startswith("#"):
            out.append(_character(name[1:]))
            closed = text.startswith(">", match.end())
            position = match.end() + 1 if closed else match.end()
            continue
        block = token.startswith("<\\")
        arguments, position = _arguments(text, match.end(), name, block, depth)
        out.append(_tag(name, arguments))
    return "".join(out), position


def _arguments(text: str, position: int, name: str, block: bool, depth: int) -> tuple[list[str], int]:
    """The arguments of the tag `name` opening just before `position`, and where the tag ends."""
    arguments: list[str] = []
    if depth >= _MAX_DEPTH:
        return arguments, len(text)
    while position < len(text):
        if text.startswith(">", position):
            position += 1
            if not block:
                return arguments, position
            # (a block: its body runs to `</name>`, `<|name>` separating its last arguments)
            while True:
                body, position = _render(text, position, name, depth + 1)
                arguments.append(body)
                mark = _BLOCK_MARK.match(text, position)
                if mark is None:
                    return arguments, len(text)
                position = mark.end()
                if mark.group(0).startswith("</"):
                    return arguments, position
        if text.startswith("|", position):
            position += 1
        argument, position = _render(text, position, "", depth + 1)
        arguments.append(argument)
    return arguments, position


def _tag(name: str, arguments: list[str]) -> str:
    if name in _SKIPPED:
        return ""
    if name in _SYMBOLS:
        return _SYMBOLS[name]
    if name in _HEADINGS and arguments:
        return f"\n\n{_HEADINGS[name]} {' '.join(arguments[0].split())}\n\n"
    if name in _EMPHASES and arguments:
        return f"*{arguments[0].strip()}*"
    if name == "with" and arguments:
        styles, content = arguments[:-1], arguments[-1]
        return f"*{content.strip()}*" if "italic" in styles or "bold" in styles else content
    if name == "hlink" and len(arguments) >= 2:
        return f"[{' '.join(arguments[0].split())}]({arguments[1].strip()})"
    if name in ("bibitem", "bibitem*"):
        return f"\n\n[{arguments[0].strip()}] " if arguments else "\n\n"
    if name == "bibliography" and arguments:
        return "\n\n## Bibliography\n\n" + arguments[-1] + "\n\n"
    if name in ("itemize", "enumerate", "description", "bib-list") and arguments:
        return "\n\n" + arguments[-1].replace("\n- ", "\x00- ") + "\n\n"
    if name in ("doc-data", "doc-author", "author-data"):
        return "\n\n".join(argument for argument in arguments if argument.strip()) + "\n\n"
    return " ".join(arguments)


def _character(code: str) -> str:
    try:
        return chr(int(code, 16))
    except (ValueError, OverflowError):
        return ""
