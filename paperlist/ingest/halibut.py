"""A Halibut document (`.but`, Simon Tatham's documentation system: PuTTY's manual), read as Markdown.

Halibut writes its markup as backslash commands: `\\C{id} Title`, `\\H{id} Title`, `\\S{id} Title` (`\\A` for an
appendix) open chapters, sections and subsections; `\\e{…}` is emphasis, `\\q{…}` words in quotes, `\\c{…}` and
`\\cw{…}` code; `\\W{url}{text}` a link; `\\k{id}` a reference to a section or a bibliography entry; `\\b` and `\\n`
open bulleted and numbered items, `\\dt`/`\\dd` a definition; `\\c` at a line's start is a line of code; `\\#{…}` and
`\\#` lines are comments; `\\cfg`, `\\versionid`, `\\copyright` configure the output; `\\B{id} …` is a bibliography
entry, `\\dash` a dash, `\\u` then hex digits a character, `\\{` `\\}` `\\\\` the braces and the backslash.
"""

from __future__ import annotations

import re

_SIGN = re.compile(r"^\\(?:cfg\{|versionid\b|title\b|C\{|H\{|define\{)", re.MULTILINE)
_COMMENT_LINE = re.compile(r"^\\#.*$", re.MULTILINE)
_COMMENT = re.compile(r"\\#\{[^{}]*\}")
_SETTINGS = re.compile(r"^\\(?:cfg|versionid|copyright|define|IM|index|preamble)\b.*$", re.MULTILINE)
_CODE_LINE = re.compile(r"^\\c[ \t](.*)$", re.MULTILINE)
_HEADING = re.compile(r"^\\(?P<level>[CHSA]|S[0-9]|U)(?:\{[^{}]*\})?[ \t]+(?P<title>.*)$", re.MULTILINE)
_TITLE = re.compile(r"^\\title[ \t]+(?P<title>.*)$", re.MULTILINE)
_ITEM = re.compile(r"^\\(?P<kind>b|n|dt|dd)(?:\{[^{}]*\})?[ \t]+", re.MULTILINE)
_BIBLIOGRAPHY = re.compile(r"^\\B\{[^{}]*\}[ \t]*", re.MULTILINE)
_LINK = re.compile(r"\\W\{(?P<url>[^{}]*)\}\{(?P<text>(?:[^{}]|\{[^{}]*\})*)\}")
_WORDS = re.compile(r"\\(?P<command>e|q|c|cw|i|ii)\{(?P<text>[^{}]*)\}")
_REFERENCE = re.compile(r"[ \t]*\\[kK]\{[^{}]*\}")
_CHARACTER = re.compile(r"\\u(?P<code>[0-9A-Fa-f]{2,6})(?:\{[^{}]*\})?")
_LEVELS = {"C": "# ", "A": "# ", "U": "# ", "H": "## ", "S": "### "}
_ITEMS = {"b": "- ", "n": "1. ", "dt": "- ", "dd": "  "}


def looks_like_halibut(text: str, name: str) -> bool:
    """A `.but` file, or text with Halibut's own commands at its lines' starts (`\\cfg{…}`, `\\C{id} …`)."""
    return name.casefold().endswith(".but") or len(_SIGN.findall(text[:20_000])) >= 3


def halibut_to_markdown(text: str) -> str:
    """The document as Markdown (see the module's docstring)."""
    text = text.replace("\\\\", "\x00").replace("\\{", "\x01").replace("\\}", "\x02")
    text = _COMMENT.sub("", _COMMENT_LINE.sub("", text))
    text = _SETTINGS.sub("", text)
    text = _CODE_LINE.sub(r"    \1", text)
    text = _TITLE.sub(r"# \g<title>", text)
    text = _HEADING.sub(
        lambda heading: _LEVELS.get(heading.group("level")[:1], "### ") + heading.group("title"), text
    )
    text = _ITEM.sub(lambda item: _ITEMS[item.group("kind")], text)
    text = _BIBLIOGRAPHY.sub("- ", text)
    text = _REFERENCE.sub("", text)
    text = _CHARACTER.sub(lambda character: chr(int(character.group("code"), 16)), text)
    text = text.replace("\\dash", "—").replace("\\_", " ")
    for _ in range(3):  # (a command inside another: `\W{url}{\cw{name}}`)
        text = _WORDS.sub(_words, text)
        text = _LINK.sub(lambda link: f"[{link.group('text')}]({link.group('url')})", text)
    return text.replace("\x00", "\\").replace("\x01", "{").replace("\x02", "}")


def _words(command: re.Match[str]) -> str:
    words = command.group("text")
    kind = command.group("command")
    if kind == "e":
        return f"*{words}*"
    if kind == "q":
        return f"“{words}”"
    if kind in ("c", "cw"):
        return f"`{words}`"
    return words  # (`\i{…}`: an index term, its words kept)
