"""An RTF document (`.rtf`: WordPad, TextEdit on macOS and Word save them) as the text it shows, one line per
paragraph, in the Markdown the readers know.

RTF is plain text in groups: `{` and `}` open and close a group that keeps its formatting to itself, `\\word` and
`\\wordN` are control words (`\\par`, `\\f1`, `\\u8220`), `\\'e9` is a byte in the document's code page and `\\{`,
`\\}`, `\\\\` the characters themselves. The text a reader sees is what is left when every control word is taken
out: a control word (`\\lang1045`, `\\b`) is no text, and the space after it is its end, not a space, so a word
that a language switch splits in the source (`Net\\lang1045 works`) stays one word (`Networks`). Line breaks in the
source are no text either; `\\par` ends a paragraph (a line here) and `\\line` breaks one.

What is kept, and how:
- a link (a `HYPERLINK` field) is `[text](url)`, or the bare address when its text is the address itself (WordPad
  writes every address it recognises as a link) or empty; any other field (a page number, a citation manager's
  `ADDIN` field) is the text it shows, which for a bibliography field is the whole list, paragraph by paragraph;
- a list item is `1. text` or `- text`: its number or bullet (`\\pntext`, `\\listtext`) is text a reader sees;
- a table row is `| a | b |`, with `| --- | --- |` below the first row of each table, and a blank line between a
  table and the lines around it (else Markdown reads a paragraph after a table as one more of its rows);
- a footnote's text is a line (or lines) of its own after the paragraph that cites it: references often live in
  footnotes, and a footnote's words inside its paragraph would break the paragraph's sentence apart;
- `\\'xx` bytes are read in the code page of their font (`\\fcharset204` is Cyrillic even in an `\\ansicpg1252`
  document, as Word and WordPad write mixed-language documents), else the document's (`\\ansicpg`); a run of them
  may be one character in a Chinese, Japanese or Korean code page, whose second byte may also be written as the
  ASCII character it is (`\\'83e` is "テ"); the Symbol font's letters are Greek (`{\\f1 b}-VAE` is "β-VAE");
- every odd space (`\\~`, `\\emspace`, a no-break space) is a plain one, as decode reads every digest's (and this
  text is read after that has been done), and `\\_` is a plain hyphen.

What is left out: the font, colour, style and list tables, the document's properties (`\\info`), pictures and
embedded objects, headers and footers, hidden text (`\\v`), and every `{\\*\\...}` group (the RTF rule for a
destination a reader may ignore) but a field's instruction, which is read for its link.

A document is read whatever state it is in: nothing raises; unbalanced braces are read as far as they go, a
document that stops short is read to its end, and anything after the document's last `}` (a NUL byte, junk)
is no part of it. Reading is linear: text is gathered in lists of pieces and joined once.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import cache

_TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]+)(?P<param>-?[0-9]{1,10})? ?"  # (the space after a control word is its end)
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<brace>[{}])"
    r"|(?P<text>[^\\{}]+)"
    r"|\\'?"  # a backslash at the very end, or `\'` without its two hex digits: nothing
)

# Where a group's text goes.
_BODY = 0  # the document's paragraphs (or a footnote's)
_SKIP = 1  # nowhere: a destination left out
_FONTS = 2  # the font table: font names, read for the Symbol font
_INSTRUCTION = 3  # a field's instruction (`HYPERLINK "url"`)
_MARKER = 4  # a list item's number or bullet
_LINK = 5  # a link's text

# Destinations left out with everything in them (besides every `{\*\...}` group).
_DROPPED = frozenset(
    {
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "nonshppict",
        "object",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "listtable",
        "listoverridetable",
        "themedata",
        "colorschememapping",
        "datastore",
        "latentstyles",
        "generator",
        "xmlnstbl",
        "rsidtbl",
        "mmathPr",
        "filetbl",
        "revtbl",
        "pn",  # (an old list's definition; its `\pntxta.` is no text)
        "pntxta",
        "pntxtb",
        "xe",
        "tc",
        "tcn",
        "ftnsep",
        "ftnsepc",
        "aftnsep",
        "aftnsepc",
        "template",
        "userprops",
        "bkmkstart",
        "bkmkend",
        "sp",
    }
)
_KEPT_IGNORABLE = frozenset({"fldinst"})  # the one `{\*\...}` destination read

_CHARACTERS = {
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "endash": "\u2013",
    "emdash": "\u2014",
    "bullet": "\u2022",
    "tab": "\t",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "zwj": "\u200d",
    "zwnj": "\u200c",
}
_SYMBOL_CHARACTERS = {"~": " ", "_": "-"}  # (`\-`, an optional hyphen, `\:` and `\|` show nothing)

_PARAGRAPH, _LINE, _CELL, _ROW, _NESTED_CELL = range(5)
_BREAKS = {
    "par": _PARAGRAPH,
    "sect": _PARAGRAPH,
    "page": _PARAGRAPH,
    "column": _PARAGRAPH,
    "line": _LINE,
    "cell": _CELL,
    "row": _ROW,
    "nestcell": _NESTED_CELL,  # (a table in a cell: its cells' words stay in the outer cell)
}

# A font's `\fcharset` as its Windows code page (0, ANSI, and 1, default, are the document's own).
_CHARSETS = {
    77: 10000,
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
    254: 437,
    255: 850,
}
_CODEPAGES = {
    10000: "mac_roman",
    10006: "mac_greek",
    10007: "mac_cyrillic",
    10029: "mac_latin2",
    10079: "mac_iceland",
    10081: "mac_turkish",
    20127: "ascii",
    65001: "utf-8",
}
# The Symbol font draws Greek letters, a bullet and maths where Latin ones stand.
_SYMBOL_FONT = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u00b7\u00b4\u00b8\u00a3\u00b3\u00b9\u00bb\u00a5\u00ae\u00ac\u00d6\u00e5\u00b6\u00ce",
    "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖαβχδεφγηιϕκλμνοπθρστυϖωξψζ•×÷≤≥≠≈∞→←√∑∂∈",
)
# Line breaks, NUL and other controls in the source are its layout, not text (a tab is text).
_NOT_TEXT = dict.fromkeys([*range(0x09), *range(0x0A, 0x20), 0x7F])
# A line's odd spaces as plain ones (as decode's `_PLAIN_SPACES`), its controls gone, and no line separator left
# in it (`str.splitlines` would split the line there).
_LINE_CLEAN = {
    **_NOT_TEXT,
    **dict.fromkeys([0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x85, 0x2028, 0x2029], " "),
}

_FIELD_ARGUMENT = re.compile(r'"(?P<quoted>(?:[^"\\]|\\.)*)"?|(?P<bare>[^\s"]+)')
_FIELD_ESCAPE = re.compile(r"\\(.)")
_SWITCHES_WITH_ARGUMENT = frozenset({"\\l", "\\o", "\\t"})  # location, tooltip, target frame
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:(?://)?)?(?:www\.)?", re.IGNORECASE)
_LETTERED = re.compile(r"\(?[A-Za-z]{1,5}[.)]")  # `a.`, `(b)`, `iv.`: a list item's number in letters


def looks_like_rtf(text: str) -> bool:
    """Text that opens (after a byte-order mark or white space) with `{\\rtf`."""
    return text.lstrip("\ufeff \t\r\n").startswith("{\\rtf")


def rtf_to_markdown(text: str) -> str:
    """The document's text, one line per paragraph (see the module's docstring)."""
    return _Reader(text).read()


@dataclass(slots=True)
class _Lines:
    """Paragraphs as lines: the document's, or one footnote's."""

    lines: list[str] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)  # the paragraph being read
    cells: list[str] = field(default_factory=list)  # the table row being read
    notes: list[str] = field(default_factory=list)  # footnotes' lines, written after the paragraph
    marker: str = ""  # the paragraph's list number or bullet, as it opens the line (`1. `, `- `)
    rows: int = 0  # rows written of the table being written

    def paragraph(self, in_table: bool) -> None:
        if in_table:
            self.pieces.append(" ")  # a paragraph within a table cell: the cell goes on
            return
        if self.cells:
            self.row()  # a row left open (no `\row`) ends where a paragraph outside the table starts
        self._write(self._take())
        self._write_notes()

    def line_break(self, in_table: bool) -> None:
        if in_table:
            self.pieces.append(" ")
            return
        if self.cells:
            self.row()
        self._write(self._take())  # (the paragraph goes on: its footnotes wait for its end)

    def cell(self) -> None:
        self.cells.append(" ".join(self._take().split()).replace("|", "\\|"))

    def row(self) -> None:
        rest = " ".join(self._take().split())
        if rest:  # words after the last `\cell`
            self.cells.append(rest.replace("|", "\\|"))
        cells, self.cells = self.cells, []
        if any(cells):  # (an empty row says nothing)
            if not self.rows and self.lines and self.lines[-1]:
                self.lines.append("")  # (a table starts a block of its own: no paragraph's line runs into it)
            self.lines.append("| " + " | ".join(cells) + " |")
            self.rows += 1
            if self.rows == 1:
                self.lines.append("| " + " | ".join(["---"] * len(cells)) + " |")
        self._write_notes()

    def finish(self) -> list[str]:
        """The lines, with whatever paragraph or row the document left open."""
        if self.cells:
            self.row()
        elif "".join(self.pieces).strip():
            self.paragraph(in_table=False)
        self._write_notes()
        return self.lines

    def _take(self) -> str:
        text = "".join(self.pieces).translate(_LINE_CLEAN).strip()
        self.pieces.clear()
        if self.marker and text:
            text = self.marker + text
        self.marker = ""
        return text

    def _write(self, line: str) -> None:
        self._end_table(line)
        self.lines.append(line)

    def _write_notes(self) -> None:
        if self.notes:
            self._end_table(self.notes[0])
            self.lines.extend(self.notes)
            self.notes.clear()

    def _end_table(self, line: str) -> None:
        """End the table being written, if any, before `line`: a blank line, or Markdown reads on as its row."""
        if self.rows and line:
            self.lines.append("")
        self.rows = 0  # (a table after this line is a table of its own, with its own first row)


@dataclass(slots=True)
class _Field:
    instruction: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # a link's text (another field's text is written as read)


@dataclass(slots=True)
class _Font:
    charset: int = 0
    codepage: int = 0  # `\cpgN`, which wins over the charset
    name: list[str] = field(default_factory=list)
    named: bool = False  # its name's `;` read

    def is_symbol(self) -> bool:
        return "".join(self.name).strip().casefold() == "symbol"


@dataclass(slots=True)
class _Group:
    """A group's state: inherited by the groups inside it, forgotten at its `}`."""

    out: _Lines
    dest: int = _BODY
    uc: int = 1  # fallback characters after a `\uN`
    font: int | None = None
    hidden: bool = False
    in_table: bool = False
    sink: list[str] | None = None  # where the text of an instruction, a marker or a link goes
    in_field: _Field | None = None  # the field this group is in
    # What this group itself opened, finished at its `}` (not inherited):
    owns_field: bool = False
    marker: list[str] | None = None
    notes_to: _Lines | None = None  # a footnote's: the lines it is written after

    def child(self) -> _Group:
        return _Group(
            out=self.out,
            dest=self.dest,
            uc=self.uc,
            font=self.font,
            hidden=self.hidden,
            in_table=self.in_table,
            sink=self.sink,
            in_field=self.in_field,
        )


class _Reader:
    """One pass over the document, token by token (see `_TOKEN`)."""

    def __init__(self, text: str) -> None:
        start = text.find("{\\rtf")
        self.text = text
        self.pos = max(start, 0)
        # Groups below this depth are the document itself (and what is outside it), never a destination.
        self.outer = 2 if start >= 0 else 1
        self.body = _Lines()
        self.stack = [_Group(out=self.body)]
        self.codepage = 1252
        self.default_font: int | None = None
        self.fonts: dict[int, _Font] = {}
        self.font_entry: _Font | None = None
        self.skip = 0  # fallback characters of a `\uN` still to pass over
        self.star = False  # `\*` read: the group is a destination to leave out unless its word is read
        self.high: int | None = None  # a `\uN` that is the first half of a UTF-16 surrogate pair
        self.decoders: dict[str, codecs.IncrementalDecoder] = {}
        self.lead: codecs.IncrementalDecoder | None = None  # holding a multi-byte character's first byte
        self.done = False

    def read(self) -> str:
        text, size, match = self.text, len(self.text), _TOKEN.match
        while self.pos < size and not self.done:
            token = match(text, self.pos)
            if token is None:  # (every character starts a token; kept for safety)
                self.pos += 1
                continue
            self.pos = token.end()
            if (word := token["word"]) is not None:
                param = token["param"]
                self._word(word, int(param) if param is not None else None)
            elif (hexadecimal := token["hex"]) is not None:
                self._byte(int(hexadecimal, 16))
            elif (chunk := token["text"]) is not None:
                self._text(chunk)
            elif (symbol := token["symbol"]) is not None:
                self._symbol(symbol)
            elif token["brace"] == "{":
                self._open()
            elif token["brace"] == "}":
                self._close()
        while len(self.stack) > 1:  # a document that stops short: its open fields and footnotes still count
            self._close()
        lines = self.body.finish()
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines) + "\n" if lines else ""

    # --- tokens ---------------------------------------------------------------------------------------------

    def _open(self) -> None:
        self._end_character()
        self._unstar()
        self.stack.append(self.stack[-1].child())

    def _close(self) -> None:
        self._end_character()
        self.star = False
        if len(self.stack) == 1:
            return  # a `}` too many, outside the document
        group = self.stack.pop()
        if group.marker is not None:
            group.out.marker = _list_marker("".join(group.marker))
        if group.owns_field and group.in_field is not None:
            self._end_field(group.in_field)
        if group.notes_to is not None:
            group.notes_to.notes.extend(line for line in group.out.finish() if line)
        if len(self.stack) == 1 and self.outer == 2:
            self.done = True  # the document's own `}`: whatever follows is no part of it

    def _text(self, chunk: str) -> None:
        self._unstar()
        group = self.stack[-1]
        if group.dest == _SKIP:
            return
        chunk = chunk.translate(_NOT_TEXT)
        if self.skip and chunk:
            passed = min(self.skip, len(chunk))
            self.skip -= passed
            chunk = chunk[passed:]
        if not chunk:
            return
        if self.lead is not None:
            lead, self.lead = self.lead, None
            if chunk[0] < "\x80":  # a double-byte character's second byte, written as the ASCII it is
                self._emit(lead.decode(chunk[0].encode("ascii")))
                chunk = chunk[1:]
            else:
                lead.reset()
        if self._font(group)[1]:
            chunk = chunk.translate(_SYMBOL_FONT)
        self._emit(chunk)

    def _byte(self, value: int) -> None:
        if self.skip:
            self.skip -= 1  # (a `\uN`'s fallback, written as a byte)
            return
        self._unstar()
        group = self.stack[-1]
        if group.dest == _SKIP:
            return
        codec, symbol = self._font(group)
        decoder = self.decoders.get(codec)
        if decoder is None:
            decoder = self.decoders[codec] = codecs.getincrementaldecoder(codec)(errors="replace")
        if self.lead is not None and self.lead is not decoder:
            self._end_character()
        decoded = decoder.decode(bytes((value,)))
        self.lead = decoder if decoder.getstate()[0] else None
        self._emit(decoded.translate(_SYMBOL_FONT) if symbol else decoded)

    def _symbol(self, symbol: str) -> None:
        if symbol in "\\{}":
            self._text(symbol)
            return
        self._end_character()
        if symbol in "\r\n":  # a backslash ending a source line: a paragraph's end (as TextEdit writes them)
            self._unstar()
            self._break(_PARAGRAPH)
            return
        if symbol == "*":
            self.star = True
            return
        if self.skip:
            self.skip -= 1
            return
        self._unstar()
        if symbol in _SYMBOL_CHARACTERS:
            self._emit(_SYMBOL_CHARACTERS[symbol])

    def _word(self, word: str, param: int | None) -> None:
        self._end_character()
        if self.skip and word not in _BREAKS:
            self.skip -= 1  # a control word in a `\uN`'s fallback counts as one character
            return
        group = self.stack[-1]
        if self.star:
            self.star = False
            if word not in _KEPT_IGNORABLE:
                self._leave_out(group)
                return
        if group.dest == _SKIP:
            if word == "bin" and param:
                self.pos += max(param, 0)  # binary data: its bytes are no tokens (they may be braces)
            return
        if word in _CHARACTERS:
            self._emit(_CHARACTERS[word])
        elif word in _BREAKS:
            self._break(_BREAKS[word])
        elif word == "u":
            self._unicode(param, group)
        elif word in _DROPPED:
            self._leave_out(group)
        else:
            self._setting(word, param, group)

    # --- control words --------------------------------------------------------------------------------------

    def _setting(self, word: str, param: int | None, group: _Group) -> None:
        """A control word that changes where text goes or how it is read."""
        deep = len(self.stack) > self.outer
        if word == "f":
            if group.dest == _FONTS and param is not None:
                self.font_entry = self.fonts[param] = _Font()
            elif param is not None:
                group.font = param
        elif word == "fcharset" and self.font_entry is not None and param is not None:
            self.font_entry.charset = param
        elif word == "cpg" and self.font_entry is not None and param is not None:
            self.font_entry.codepage = param
        elif word == "plain":
            group.font, group.hidden = self.default_font, False
        elif word == "v":
            group.hidden = param != 0
        elif word == "pard":
            group.in_table = False
        elif word == "intbl" or (word == "itap" and param):
            group.in_table = True
        elif word == "uc" and param is not None:
            group.uc = min(max(param, 0), 16)
        elif word == "field":
            group.in_field, group.owns_field = _Field(), True
        elif word == "fldinst":
            if group.in_field is not None and deep:
                group.dest, group.sink = _INSTRUCTION, group.in_field.instruction
            else:
                self._leave_out(group)
        elif word == "fldrslt":
            if group.in_field is not None and _hyperlink("".join(group.in_field.instruction)) is not None:
                group.dest, group.sink = _LINK, group.in_field.text
        elif word in ("pntext", "listtext") and deep and group.dest == _BODY:
            group.marker = []
            group.dest, group.sink = _MARKER, group.marker
        elif word == "footnote" and deep and group.dest == _BODY:
            group.notes_to, group.out = group.out, _Lines()
        elif word == "fonttbl" and deep:
            group.dest = _FONTS
        elif word == "ansicpg" and param:
            self.codepage = param
        elif word in ("mac", "pc", "pca"):
            self.codepage = {"mac": 10000, "pc": 437, "pca": 850}[word]
        elif word == "deff" and param is not None:
            self.default_font = param
            if group.font is None:
                group.font = param
        elif word == "bin" and param:
            self.pos += max(param, 0)

    def _leave_out(self, group: _Group) -> None:
        if len(self.stack) > self.outer:  # (never the document itself, whatever a broken one says)
            group.dest = _SKIP

    def _unicode(self, param: int | None, group: _Group) -> None:
        if param is None:
            return
        code = param + 0x10000 if param < 0 else param
        if 0xD800 <= code < 0xDC00:
            if self.high is not None:
                self.high = None
                self._emit("\ufffd")
            self.high = code
        elif 0xDC00 <= code < 0xE000:
            if self.high is not None:
                pair = 0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)
                self.high = None
                self._emit(chr(pair))
            else:
                self._emit("\ufffd")
        elif code in (0x2028, 0x2029):  # (TextEdit writes a line break typed with shift as `\u8232`)
            self._break(_LINE if code == 0x2028 else _PARAGRAPH)
        elif code >= 0x20 or code == 0x09:
            character = chr(code) if code <= 0x10FFFF else "\ufffd"
            if 0xF000 <= code <= 0xF0FF and self._font(group)[1]:
                character = chr(code - 0xF000).translate(_SYMBOL_FONT)  # (Word's Symbol-font characters)
            self._emit(character)
        self.skip = group.uc

    def _break(self, kind: int) -> None:
        self.high = None
        group = self.stack[-1]
        if group.dest == _LINK and group.sink is not None:
            group.sink.append(" ")
        elif group.dest == _BODY:
            out = group.out
            if kind == _PARAGRAPH:
                out.paragraph(group.in_table)
            elif kind == _LINE:
                out.line_break(group.in_table)
            elif kind == _CELL:
                out.cell()
            elif kind == _ROW:
                out.row()
            else:
                out.pieces.append(" ")

    def _end_field(self, read: _Field) -> None:
        address = _hyperlink("".join(read.instruction))
        if address is not None:
            self._emit(_link("".join(read.text), address))

    # --- text -----------------------------------------------------------------------------------------------

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self.high is not None:  # a surrogate's first half with no second
            self.high = None
            text = "\ufffd" + text
        group = self.stack[-1]
        dest = group.dest
        if dest == _BODY:
            if not group.hidden:
                group.out.pieces.append(text)
        elif dest == _FONTS:
            self._font_name(text)
        elif dest != _SKIP and group.sink is not None and not (dest == _LINK and group.hidden):
            group.sink.append(text)

    def _font_name(self, text: str) -> None:
        entry = self.font_entry
        if entry is None or entry.named:
            return
        name, semicolon, _ = text.partition(";")
        entry.name.append(name)
        entry.named = bool(semicolon)

    def _font(self, group: _Group) -> tuple[str, bool]:
        """The codec of the group's font, and whether it is the Symbol font."""
        font = self.fonts.get(group.font) if group.font is not None else None
        if font is not None:
            if font.is_symbol():
                return "latin-1", True
            if font.codepage:
                return _codec(font.codepage), False
            if font.charset in _CHARSETS:
                return _codec(_CHARSETS[font.charset]), False
        return _codec(self.codepage), False

    def _end_character(self) -> None:
        """Forget a multi-byte character's first byte that no second byte followed."""
        if self.lead is not None:
            self.lead.reset()
            self.lead = None

    def _unstar(self) -> None:
        if self.star:  # `\*` followed by no control word: a destination all the same
            self.star = False
            self._leave_out(self.stack[-1])


@cache
def _codec(codepage: int) -> str:
    """A Python codec for a Windows code page (cp1252 for one Python does not know)."""
    if 28591 <= codepage <= 28606:
        name = f"iso8859_{codepage - 28590}"
    else:
        name = _CODEPAGES.get(codepage, f"cp{codepage}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def _hyperlink(instruction: str) -> str | None:
    """A `HYPERLINK` field's address ("" for a place in the document itself); None for another field."""
    arguments = [_field_argument(match) for match in _FIELD_ARGUMENT.finditer(instruction)]
    if not arguments or arguments[0][0].casefold() != "hyperlink":
        return None
    address = location = ""
    switch = ""
    for value, bare in arguments[1:]:
        if switch:
            if switch == "\\l":
                location = value
            switch = ""
        elif bare and value.startswith("\\"):
            switch = value.lower() if value.lower() in _SWITCHES_WITH_ARGUMENT else ""
        elif not address:
            address = value.strip()
    if address and location:
        return f"{address}#{location}"
    return address


def _field_argument(match: re.Match[str]) -> tuple[str, bool]:
    """An argument of a field's instruction, and whether it was written bare (a switch is: `\\l`)."""
    quoted = match["quoted"]
    if quoted is None:
        return match[0], True
    return _FIELD_ESCAPE.sub(r"\1", quoted), False  # (in quotes, `\\` is a backslash)


def _link(text: str, address: str) -> str:
    """A link as Markdown, or as its text or address alone when that is all it has to say."""
    text = " ".join(text.split())
    if not address:
        return text  # a link to a place in the document: its words
    address = address.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    if not text or _bare(text) == _bare(address):
        return address
    if "[" in text or "]" in text or len(text) > 300:
        return f"{text} {address}"  # (a Markdown link's text holds no brackets, and the readers read 300 at most)
    return f"[{text}]({address})"


def _bare(address: str) -> str:
    """An address without its scheme, `www.` and last slash, as a link's text may show it."""
    return _SCHEME.sub("", address).rstrip("/").casefold()


def _list_marker(text: str) -> str:
    """A list item's number as it opens its line (`1. `), or `- ` for any bullet (•, ·, o, §, ➢ ...)."""
    marker = " ".join(text.split())
    if not marker:
        return ""
    if any(character.isdigit() for character in marker) or _LETTERED.fullmatch(marker):
        return marker + " "
    return "- "
