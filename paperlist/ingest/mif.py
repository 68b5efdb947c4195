"""A FrameMaker document in its interchange format (MIF: `<MIFFile 2019>`), read as its paragraphs, in Markdown.

MIF writes a document as statements in angle brackets, one inside another: the catalogues of paragraph and
character formats, then the text flows, each `<Para` holding its format's name (`<PgfTag `Heading1'>`), its
number as the reader sees it (`<PgfNumString `[2]\\t'>`), and `<ParaLine` statements of `<String `words'>` pieces;
a `<Font` statement between them changes the character format (its `<FTag `Emphasis'>` or `<FAngle `Italic'>` an
emphasis, `<FTag `'>` back to the paragraph's); a `<Char HardReturn>` is a line break, `<Char Tab>` a tab; a
hypertext marker (`<MText `message URL https://…'>`) is a link. Each paragraph becomes a line of its own (a heading's
as a Markdown heading), its pieces put together, its emphasis as `*…*`, its links after its words; the formats,
catalogues and layout are left out.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A\ufeff?<MIFFile[ \t]+[0-9.]+>")
_STRING = re.compile(r"<String[ \t]+`(?P<text>(?:[^'\\]|\\.)*)'>")
_TAG = re.compile(r"<(?:PgfTag|FTag)[ \t]+`(?P<text>(?:[^'\\]|\\.)*)'>")
_NUMBER = re.compile(r"<PgfNumString[ \t]+`(?P<text>(?:[^'\\]|\\.)*)'>")
_ANGLE = re.compile(r"<FAngle[ \t]+`(?P<text>[^']*)'>")
_CHAR = re.compile(r"<Char[ \t]+(?P<name>\w+)[ \t]*>")
_LINK = re.compile(r"<MText[ \t]+`message[ \t]+URL[ \t]+(?P<url>[^'\s]+)'>")
_ESCAPE = re.compile(r"\\(?P<character>[tq>Q\\])")
_ESCAPED = {"t": "\t", "q": "'", ">": ">", "Q": "`", "\\": "\\"}
_CHARACTERS = {"HardReturn": "\n", "Tab": "\t", "EmDash": "—", "EnDash": "–", "Bullet": "•", "HardSpace": " "}
_ITALIC_TAG = re.compile(r"emphasis|italic|kursiv|cite|title", re.IGNORECASE)
_PARA = re.compile(r"<Para(?=\s)")
_PARA_END = re.compile(r"> # end of Para(?!Line)")
_STATEMENT = re.compile(r"<(?:String|PgfTag|FTag|FAngle|PgfNumString|Char|MText)\b[^\n]*")
_EMPTY_EMPHASIS = re.compile(r"\*\*(?!\w)|(?<!\w)\*\*")
_HEADING_TAG = re.compile(
    r"^(?:heading|title|chapter|section|überschrift|titel)[ \t]*(?P<level>[0-9]?)", re.I
)


def looks_like_mif(text: str) -> bool:
    return _START.match(text) is not None


def mif_to_markdown(text: str) -> str | None:
    """The document's paragraphs as Markdown (see the module's docstring); None when it has none."""
    paragraphs: list[str] = []
    for block in _PARA.split(text)[1:]:
        words = _paragraph(_PARA_END.split(block, maxsplit=1)[0])
        if words.strip():
            paragraphs.append(words)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else None


def _paragraph(para: str) -> str:
    """One paragraph's words: its pieces in order, its emphasis marked, its links after them."""
    heading = ""
    number = ""
    pieces: list[str] = []
    links: list[str] = []
    italic = False
    for statement in _STATEMENT.finditer(para):
        line = statement.group(0)
        if (string := _STRING.match(line)) is not None:
            pieces.append(_unescaped(string.group("text")))
        elif line.startswith("<PgfTag") and not pieces and (tag := _TAG.match(line)) is not None:
            if (title := _HEADING_TAG.match(_unescaped(tag.group("text")))) is not None:
                heading = "#" * min(int(title.group("level") or 1), 6) + " "
        elif line.startswith("<FTag") and (tag := _TAG.match(line)) is not None:
            italic = _emphasis(pieces, italic, bool(_ITALIC_TAG.search(tag.group("text"))))
        elif (angle := _ANGLE.match(line)) is not None:
            italic = _emphasis(pieces, italic, angle.group("text").casefold() in ("italic", "oblique"))
        elif (numbered := _NUMBER.match(line)) is not None:
            number = _unescaped(numbered.group("text")).replace("\t", " ")
        elif (character := _CHAR.match(line)) is not None:
            pieces.append(_CHARACTERS.get(character.group("name"), ""))
        elif (link := _LINK.match(line)) is not None:
            links.append(link.group("url"))
    _emphasis(pieces, italic, False)
    words = _EMPTY_EMPHASIS.sub("", "".join(pieces))
    shown = [url for url in links if url not in words]
    return heading + number + words + ("" if not shown else " " + " ".join(shown))


def _emphasis(pieces: list[str], italic: bool, wanted: bool) -> bool:
    """Mark where emphasis starts or ends (its closing mark before the spaces that end the last piece)."""
    if wanted and not italic:
        pieces.append("*")
    elif italic and not wanted:
        last = pieces.pop() if pieces else ""
        kept = last.rstrip()
        pieces += [kept, "*", last[len(kept) :]]
    return wanted


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda escape: _ESCAPED[escape.group("character")], text)
