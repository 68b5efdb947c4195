"""An office document (Word `.docx`, Excel `.xlsx`, PowerPoint `.pptx`, OpenDocument `.odt`, `.ods`, `.odp`) as
the Markdown its pages show, and an e-book (`.epub`) as the HTML its pages are.

Both formats are ZIP archives of XML parts. A `.docx` (OOXML) holds its body in `word/document.xml`, split
into paragraphs (`w:p`) of runs (`w:r`) of text (`w:t`); Word cuts runs wherever formatting, spell-checking
or an edit changed, even inside a word or an arXiv id (`arXiv:2010.` + `11929`), so a paragraph's runs are
joined with nothing between them. What a paragraph is comes from around it: its style (`Heading1`, `Title`,
looked up in `word/styles.xml` by name, since a style's id is the writer's language's: a Chinese Word calls
Heading 1 `1`), its list (`w:numPr`, whose bullet or number format `word/numbering.xml` holds) and the
relationships file that turns a hyperlink's id into its address. Hyperlinks are also written as fields: a
`HYPERLINK "url"` instruction, then its shown result, between `w:fldChar` begin, separate and end marks that
may lie in different runs and even paragraphs (a Zotero or EndNote bibliography is one field holding a
paragraph per reference). A `.odt` holds `content.xml`: headings (`text:h`), paragraphs, lists, tables and
notes as nested elements, and spaces collapsed as in HTML.

What is written: a paragraph per block, headings as `#` lines, list items as `- ` or `N. ` indented under
their parent item's text, links as `[text](url)` (the URL alone when it is its own text), tables as Markdown
rows, and the notes and comments after the body under `## Footnotes`, `## Endnotes` and `## Comments`
(references often live in footnotes). Text a reviewer deleted (tracked changes), hidden text, headers,
footers, and a ruby's reading (furigana, pinyin) are not part of the page and are left out. A table of one
cell, or whose cells hold headings, lists or three paragraphs or more, lays the page out (a box, two columns)
rather than holding data: its cells are written as the blocks they hold, not squeezed into a row; a table
inside a table of data is its cell's words.

A workbook (`.xlsx`) lists its sheets in `xl/workbook.xml` (names and order; a hidden sheet is read too), each
a worksheet part its relationships file names. A cell (`c`, placed in its column by its reference, `B7`) holds
a number, a boolean, a formula's cached result (`t="str"`), its own text (`t="inlineStr"`), or, most often, an
index into the workbook's shared strings (`t="s"`: `xl/sharedStrings.xml`, whose items may be rich-text runs).
A cell's link is a `hyperlink` of its sheet (an address through the sheet's relationships, or a `location` in
the workbook) or a `HYPERLINK("url", "text")` formula whose cached value is the text. Each sheet is written as a
`## ` heading and a Markdown table (its first row the header; rows and columns with no cell left out).

A presentation (`.pptx`) orders its slides in `ppt/presentation.xml` (`p:sldIdLst`, through its relationships;
a hidden slide is read too). A slide is a tree of shapes (`p:sp`, groups `p:grpSp`, tables in graphic frames)
holding DrawingML text: paragraphs (`a:p`) of runs (`a:r`), fields and breaks, a paragraph's outline level
(`lvl`) and bullet in its properties; a placeholder of the layout's body is bulleted unless it says `buNone`, a
text box only when it says which bullet. Each slide is written as `## Slide N: title` (the title placeholder's
text), its shapes' paragraphs and list items (`[text](url)` for a run's `a:hlinkClick`), tables as Markdown
rows, then its speaker notes (the notes slide its relationships name) under `### Notes`. Dates, footers and
slide numbers are chrome. An OpenDocument spreadsheet (`.ods`) and presentation (`.odp`) hold the same in
`content.xml`: `table:table`s of rows and cells (repeated ones written once each, up to a bound) and
`draw:page`s of frames, text boxes and their `presentation:notes`.

An e-book (`.epub`, its `mimetype` `application/epub+zip`) is a ZIP of XHTML pages: `META-INF/container.xml`
names its package document, whose spine orders them; they are read as one HTML page (`epub_html`), the
navigation document (its table of contents) left out.

A document is outside input: parts are read only after their uncompressed size is checked (a zip bomb is not
inflated), XML is parsed by defusedxml (an entity declaration makes the document unreadable), every walk is
depth-bounded, and no malformed archive or XML raises: it reads as None.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import TYPE_CHECKING, NamedTuple

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from xml.etree.ElementTree import Element
    from zipfile import ZipFile

MAX_PART_BYTES = 50 * 1024 * 1024  # an XML part larger than this, uncompressed, is a zip bomb, not a digest

_MAX_DEPTH = 100  # elements nested deeper than this are not walked (Python's stack is the bound)
_MAX_OPEN_FIELDS = 32  # fields open at once; a document opening more is broken, and the rest are ignored
_MAX_REPEAT = 64  # copies of a repeated or spanning cell, and of `text:s` spaces, written at most
_MAX_STYLE_CHAIN = 16  # styles followed up a `basedOn` chain (a chain may loop)

_MAX_ROWS = 100_000  # a sheet's rows read at most (the rest of a sheet this long is not read)
_MAX_COLUMNS = 1_000  # a sheet's columns read at most (cells further right are not)
_MAX_CELLS = 2_000_000  # cells written per workbook, all sheets together
_MAX_SLIDES = 10_000  # slides read at most

# OpenDocument's kinds by their `mimetype` (a template is read as the document it makes).
_EPUB_BODY = re.compile(r"<body\b[^>]*>(.*)</body\s*>", re.DOTALL | re.IGNORECASE)
_ODF_KINDS = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.presentation-template": "odp",
    b"application/epub+zip": "epub",  # (an e-book: XHTML documents, read as one page by `epub_html`)
}
# OOXML's kinds by their main part: where Office writes it, and its content types (a template, a macro-enabled
# file and a slide show are read as the document they are); `[Content_Types].xml` names the part when it is
# elsewhere.
_OOXML_MAIN = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
_OOXML_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "docx",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsx",
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": "pptx",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": "pptx",
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": "pptx",
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml": "pptx",
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml": "pptx",
}
_CONTENT_TYPES = "[Content_Types].xml"
_MANIFEST_ENTRY = re.compile(rb"<(?:[\w.-]+:)?file-entry\b[^>]*>")
_MANIFEST_ROOT = re.compile(rb"""\bfull-path\s*=\s*["']/["']""")
_MANIFEST_TYPE = re.compile(rb"""\bmedia-type\s*=\s*["']([^"']*)["']""")

# --- Word (OOXML) names: Transitional, as Word writes, and Strict (ISO 29500), as it can save ----------------
_WORD_NAMESPACES = frozenset(
    {
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "{http://purl.oclc.org/ooxml/wordprocessingml/main",
    }
)
_MATH_NAMESPACES = frozenset(
    {
        "{http://schemas.openxmlformats.org/officeDocument/2006/math",
        "{http://purl.oclc.org/ooxml/officeDocument/math",
    }
)
_RELATIONSHIP_IDS = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}id",
)
_ALTERNATE_CONTENT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_SHEET_NAMESPACES = frozenset(
    {
        "{http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "{http://purl.oclc.org/ooxml/spreadsheetml/main",
    }
)
_SLIDE_NAMESPACES = frozenset(
    {
        "{http://schemas.openxmlformats.org/presentationml/2006/main",
        "{http://purl.oclc.org/ooxml/presentationml/main",
    }
)
_DRAWING_NAMESPACES = frozenset(
    {
        "{http://schemas.openxmlformats.org/drawingml/2006/main",
        "{http://purl.oclc.org/ooxml/drawingml/main",
    }
)
# A slide's placeholders that are chrome (date, footer, header, slide number) or a notes page's picture of its
# slide: no text a reader wrote.
_SLIDE_CHROME = frozenset({"dt", "ftr", "hdr", "sldNum", "sldImg"})
_SLIDE_TITLES = frozenset({"title", "ctrTitle"})
_SLIDE_BULLETS = frozenset({"buChar", "buAutoNum", "buBlip"})
# A cell's reference: its column's letters, then its row's number.
_CELL_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
# `HYPERLINK("address", "text")`, its arguments string literals (`""` a quote inside one).
_HYPERLINK_FORMULA = re.compile(
    r'\s*=?\s*(?:_xlfn\.)?HYPERLINK\s*\(\s*"((?:[^"]|"")*)"(?=\s*[,;)])(?:\s*[,;]\s*"((?:[^"]|"")*)"(?=\s*\)))?',
    re.IGNORECASE,
)
# Excel writes a character XML cannot hold (a carriage return, a control) as `_xHHHH_`.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# What a number format code shows as it is, not as a part of the date or number: quoted text, escaped
# characters, and bracketed colours, conditions and locales (`[Red]`, `[$-409]`).
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')

# Elements whose text is not on the page: deleted and moved-away text (tracked changes), property sets, a
# ruby's reading, the marks that a note or comment starts with, and a content control's settings.
_WORD_UNSEEN = frozenset(
    {
        "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "del", "moveFrom", "delText", "delInstrText",
        "rt", "footnoteRef", "endnoteRef", "annotationRef", "sdtPr", "sdtEndPr", "fldData",
    }
)  # fmt: skip
_WORD_TRANSPARENT = frozenset({"sdt", "sdtContent", "customXml", "smartTag"})  # (wrap rows, cells, blocks)
_NOTE_MARKS = frozenset({"separator", "continuationSeparator", "continuationNotice"})  # (not notes: rules)
_BULLET_FORMATS = frozenset({"bullet", "none"})
_FIELD_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
# Characters a Markdown link's address cannot hold as they are (a space ends it; parentheses close it early).
_URL_ESCAPES = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})

# --- OpenDocument names ---------------------------------------------------------------------------------------
_ODF_PREFIXES = {
    "{urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
    "{urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
    "{urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
    "{urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
    "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0": "presentation",
}
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
# A presentation frame's classes that are chrome, and a notes page's picture of its slide.
_ODP_CHROME = frozenset({"date-time", "footer", "header", "page-number", "page"})
# Declarations, the deleted text of tracked changes, and an index's templates: nothing a reader sees.
_ODF_UNSEEN = frozenset(
    {
        "text:tracked-changes", "text:sequence-decls", "text:variable-decls", "text:user-field-decls",
        "text:dde-connection-decls", "office:forms", "text:soft-page-break", "text:note-citation",
        "text:ruby-text", "table:table-columns", "table:table-column", "table:table-column-group",
        "table:table-header-columns",
    }
)  # fmt: skip
_ODF_ROW_GROUPS = frozenset({"table:table-header-rows", "table:table-rows", "table:table-row-group"})
# ODF collapses white space in text as HTML does: a run of it is one space (`text:s` writes more).
_ODF_SPACES = re.compile(r"[ \t\r\n]+")


class _Unreadable(Exception):
    """A part too large to inflate, or XML that declares entities: the document is not read at all."""


class _Block(NamedTuple):
    """One block of the Markdown: a paragraph (`p`), heading (`h`), list item (`item`) or table (`table`)."""

    kind: str
    text: str  # as written in the Markdown
    flat: str  # its words on one line: its share of a table cell, when the block stands in one
    group: str = ""  # a list item's list: items of one list follow each other line after line


# --- The two entry points -------------------------------------------------------------------------------------


def office_kind(data: bytes) -> str | None:
    """What office document a ZIP is: `"docx"`, `"xlsx"`, `"pptx"` (OOXML), `"odt"`, `"ods"`, `"odp"`
    (OpenDocument), `"epub"` (an e-book: see `epub_html`), or None for any other archive and for what is no
    archive."""
    import zipfile

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return _kind(archive)
    except _errors():
        return None


def epub_html(data: bytes) -> str | None:
    """An EPUB's documents in reading order as one HTML page (the bodies of its spine's XHTML documents, the
    navigation document left out: it is the table of contents), or None when `data` is no readable EPUB."""
    import zipfile
    from posixpath import dirname, join, normpath

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            if _kind(archive) != "epub":
                return None
            container = _xml(archive, "META-INF/container.xml")
            rootfile = (
                next((node for node in container.iter() if node.tag.rpartition("}")[2] == "rootfile"), None)
                if container is not None
                else None
            )
            package_name = rootfile.get("full-path") if rootfile is not None else None
            package = _xml(archive, package_name) if package_name else None
            if package is None or package_name is None:
                return None
            folder = dirname(package_name)
            items: dict[str, tuple[str, str, str]] = {}
            spine: list[str] = []
            for node in package.iter():
                tag = node.tag.rpartition("}")[2]
                if tag == "item" and node.get("id") and node.get("href"):
                    href = node.get("href", "").split("#", 1)[0]
                    items[node.get("id", "")] = (
                        normpath(join(folder, href)),
                        node.get("media-type", ""),
                        node.get("properties", ""),
                    )
                elif tag == "itemref" and node.get("idref") and len(spine) < _MAX_SLIDES:
                    spine.append(node.get("idref", ""))
            bodies: list[str] = []
            total = 0
            for idref in spine:
                name, media, properties = items.get(idref, ("", "", ""))
                if "html" not in media or "nav" in properties.split():
                    continue
                page = _member(archive, name)
                if page is None:
                    continue
                total += len(page)
                if total > MAX_PART_BYTES:  # (the pages together are bounded as one part is)
                    raise _Unreadable(name)
                text = page.decode("utf-8", "replace")
                body = _EPUB_BODY.search(text)
                bodies.append(body.group(1) if body is not None else text)
            return "<html><body>\n" + "\n".join(bodies) + "\n</body></html>" if bodies else None
    except _errors():
        return None


def office_to_markdown(data: bytes) -> str | None:
    """The document's text as Markdown, or None when it is no office document or cannot be read."""
    import zipfile

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            kind = _kind(archive)
            if kind == "docx":
                return _word_markdown(archive)
            if kind == "xlsx":
                return _xlsx_markdown(archive)
            if kind == "pptx":
                return _pptx_markdown(archive)
            if kind == "odt":
                return _odt_markdown(archive)
            if kind in ("ods", "odp"):
                return _odf_markdown(archive, kind)
            return None
    except _errors():
        return None


def _errors() -> tuple[type[Exception], ...]:
    """What reading a broken or hostile document raises: a bad ZIP, a broken deflate stream, an encrypted
    member or an unknown compression, a truncated or contradictory header; a part too large or declaring
    entities; XML nested past Python's stack (a last guard: the walks here are bounded)."""
    import struct
    import zipfile
    import zlib

    return (zipfile.BadZipFile, zlib.error, struct.error, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError, OverflowError, KeyError, _Unreadable)  # fmt: skip


def _kind(archive: ZipFile) -> str | None:
    names = set(archive.namelist())
    for kind, part in _OOXML_MAIN.items():
        if part in names:
            return kind
    mimetype = _small_member(archive, "mimetype")
    if mimetype is not None and mimetype.strip() in _ODF_KINDS:
        return _ODF_KINDS[mimetype.strip()]
    if "content.xml" in names:  # (a writer that left `mimetype` out still lists the type in its manifest)
        manifest = _small_member(archive, "META-INF/manifest.xml", 1024 * 1024)
        for entry in _MANIFEST_ENTRY.findall(manifest or b""):  # (the entry of the package's root, `/`:
            if _MANIFEST_ROOT.search(entry):  # an embedded object's entry names its own kind)
                media = _MANIFEST_TYPE.search(entry)
                return _ODF_KINDS.get(media.group(1)) if media is not None else None
    if _CONTENT_TYPES in names:  # (a main part Office did not name: its content type says what it is)
        return next(iter(_ooxml_parts(archive)), (None, ""))[0]
    return None


def _ooxml_parts(archive: ZipFile) -> list[tuple[str, str]]:
    """The (kind, part name) of each main part `[Content_Types].xml` declares."""
    root = _xml(archive, _CONTENT_TYPES)
    found: list[tuple[str, str]] = []
    for child in root if root is not None else ():
        kind = _OOXML_TYPES.get((child.get("ContentType") or "").strip())
        name = (child.get("PartName") or "").lstrip("/")
        if kind is not None and name and child.tag.endswith("Override"):
            found.append((kind, name))
    return found


def _main_part(archive: ZipFile, kind: str) -> str:
    """The main part of an OOXML document: where Office writes it, or where its content types say it is."""
    default = _OOXML_MAIN[kind]
    if default in archive.namelist():
        return default
    return next((name for found, name in _ooxml_parts(archive) if found == kind), default)


def _small_member(archive: ZipFile, name: str, limit: int = 1024) -> bytes | None:
    """A short member's bytes, or None when it is absent or longer than `limit`."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    return archive.read(info) if info.file_size <= limit else None


def _member(archive: ZipFile, name: str) -> bytes | None:
    """A part's bytes, or None when the archive has none of that name. Its declared size is checked before a
    byte is inflated (zipfile then stops at that size, whatever the compressed stream holds)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise _Unreadable(name)
    return archive.read(info)


def _xml(archive: ZipFile, name: str) -> Element | None:
    """A part parsed, or None when it is absent or not well-formed XML."""
    from xml.etree.ElementTree import ParseError  # (only for documents: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    data = _member(archive, name)
    if data is None:
        return None
    try:
        return fromstring(data)  # (a document is outside input: defusedxml expands no entity)
    except DefusedXmlException as error:
        raise _Unreadable(name) from error
    except (ParseError, ValueError, LookupError):  # (LookupError: an encoding no codec knows)
        return None


# --- Blocks → Markdown ----------------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    """A paragraph's lines (its line breaks are the document's own), trimmed, the empty ones dropped."""
    return [line for line in (raw.strip(" \t") for raw in text.split("\n")) if line]


def _paragraph(text: str) -> _Block | None:
    lines = _lines(text)
    return _Block("p", "\n".join(lines), " ".join(lines)) if lines else None


def _heading(level: int, text: str) -> _Block | None:
    lines = _lines(text)
    if not lines:
        return None
    words = " ".join(lines)  # (a Markdown heading is one line)
    return _Block("h", f"{'#' * min(level, 6)} {words}", words)


def _item(indent: int, marker: str, text: str, group: str) -> _Block | None:
    """A list item; its later lines are indented to its text, so that they stay in the item."""
    lines = _lines(text)
    if not lines:
        return None
    inner = " " * (indent + len(marker))
    written = [f"{' ' * indent}{marker}{lines[0]}", *(inner + line for line in lines[1:])]
    return _Block("item", "\n".join(written), " ".join(lines), group)


def _cell_text(blocks: list[_Block]) -> str:
    """A cell as one line of its row: its blocks' words, pipes escaped."""
    return " ".join(" ".join(block.flat for block in blocks).split()).replace("|", "\\|")


def _lays_out(rows: list[list[list[_Block]]]) -> bool:
    """Whether a table lays the page out rather than holding data: it is one cell (a box), or a cell holds a
    heading, a list, or several paragraphs."""
    cells = [cell for row in rows for cell in row]
    if len(cells) == 1:
        return True
    return any(
        any(block.kind in ("h", "item") for block in cell) or sum(block.kind == "p" for block in cell) >= 3
        for cell in cells
    )


def _table(rows: list[list[list[_Block]]]) -> list[_Block]:
    """A table as a Markdown table (its first row the header), or, when it lays the page out, its cells'
    blocks one after the other."""
    if _lays_out(rows):
        return [block for row in rows for cell in row for block in cell]
    return _grid([[_cell_text(cell) for cell in row] for row in rows])


def _grid(texts: list[list[str]]) -> list[_Block]:
    """Rows of cells' text (pipes escaped) as a Markdown table, its first row the header."""
    texts = [row for row in texts if any(row)]  # (an empty row is spacing)
    if not texts:
        return []
    # (a sheet's title and notes in its first rows, a cell each, above the header of its table: paragraphs)
    header = next((index for index, row in enumerate(texts[:10]) if sum(1 for cell in row if cell) >= 3), 0)
    above = [
        next(cell for cell in row if cell) for row in texts[:header] if sum(1 for cell in row if cell) == 1
    ]
    if len(above) == header and header:
        texts = texts[header:]
    else:
        above = []
    width = max(len(row) for row in texts)  # (a row spanning fewer cells would make later ones be cut)
    lines: list[str] = []
    for index, row in enumerate(texts):
        cells = [*row, *[""] * (width - len(row))]
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + " --- |" * width)
    flat = " ".join(text for row in texts for text in row if text)
    return [*(_Block("p", text, text) for text in above), _Block("table", "\n".join(lines), flat)]


def _join(blocks: list[_Block]) -> str:
    """Blocks a blank line apart, but the items of a list line after line (a tight list)."""
    out: list[str] = []
    previous: _Block | None = None
    for block in blocks:
        if previous is not None:
            tight = block.kind == previous.kind == "item" and block.group == previous.group
            out.append("\n" if tight else "\n\n")
        out.append(block.text)
        previous = block
    return "".join(out)


def _markdown(body: list[_Block], sections: list[tuple[str, list[_Block]]]) -> str:
    parts = [_join(body)] if body else []
    for heading, blocks in sections:
        if blocks:
            parts += [heading, _join(blocks)]
    return "\n\n".join(parts) + "\n" if parts else ""


def _link(text: str, url: str | None) -> str:
    """`[text](url)`, the URL alone when it is its own text, or the text alone when the link goes nowhere a
    reader can follow (a bookmark in the document, a file on the writer's disk)."""
    if not url or not url.strip().casefold().startswith(("http://", "https://")):
        return text
    url = url.strip().translate(_URL_ESCAPES)
    label = " ".join(text.split())
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    if not label:
        return f" {url} "  # (a linked picture: the address is all there is to read)
    if _bare(label) == _bare(url):
        return f"{lead}{url}{trail}"
    return f"{lead}[{label.replace('[', '(').replace(']', ')')}]({url}){trail}"


def _bare(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?", "", url.casefold()).rstrip("/")


def _number(value: str | None, default: int, low: int, high: int) -> int:
    """An attribute's integer, kept within [low, high]; `default` when it is missing or no number."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        number = default
    return max(low, min(high, number))


# --- Word -----------------------------------------------------------------------------------------------------


def _w(element: Element) -> str:
    """An element's local name when it is WordprocessingML's, else ``""``."""
    return _local(element, _WORD_NAMESPACES)


def _attr(element: Element, name: str) -> str | None:
    """A `w:` attribute of a `w:` element (in the element's own namespace, Transitional or Strict)."""
    tag = element.tag
    return element.get(tag[: tag.find("}") + 1] + name)


def _child(element: Element | None, name: str) -> Element | None:
    return _first(element, name, _w)


def _within(parent: Element, name: str) -> Iterator[Element]:
    """`parent`'s `w:name` children, also those wrapped in content controls and custom XML, in order."""
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        local = _w(child)
        if local == name:
            yield child
        elif local in _WORD_TRANSPARENT and len(stack) < _MAX_DEPTH:
            stack.append(iter(child))


def _relationships(archive: ZipFile, name: str) -> dict[str, tuple[str, str, bool]]:
    """A part's relationships: id → (type's last word, target, whether the target is outside the package)."""
    root = _xml(archive, name)
    found: dict[str, tuple[str, str, bool]] = {}
    for child in root if root is not None else ():
        key, target = child.get("Id"), child.get("Target")
        if key and target is not None and child.tag.endswith("Relationship"):
            kind = (child.get("Type") or "").rpartition("/")[2]
            found[key] = (kind, target, child.get("TargetMode") == "External")
    return found


def _related_part(relationships: dict[str, tuple[str, str, bool]], kind: str, default: str) -> str:
    """The part a document's relationship of `kind` names (`word/footnotes.xml` as a rule)."""
    import posixpath

    for found, target, external in relationships.values():
        if found == kind and not external:
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("word", target)
            return posixpath.normpath(path)
    return default


class _Style(NamedTuple):
    name: str
    based_on: str | None
    outline: int | None  # `w:outlineLvl`: 0 for a level-1 heading ... 9 for body text
    numbering: tuple[str, int | None] | None  # (numId, ilvl) of a list style


class _Level(NamedTuple):
    numbered: bool
    start: int


class _Word:
    """What a Word document's other parts tell about its body: link targets, styles, list formats; and the
    numbers its lists have reached."""

    def __init__(self, archive: ZipFile) -> None:
        relationships = _relationships(archive, "word/_rels/document.xml.rels")
        self.links = {key: target for key, (kind, target, _) in relationships.items() if kind == "hyperlink"}
        self.parts = {
            kind: _related_part(relationships, kind, f"word/{kind}.xml")
            for kind in ("styles", "numbering", "footnotes", "endnotes", "comments")
        }
        self.styles = _styles(_xml(archive, self.parts["styles"]))
        self.numbering = _xml(archive, self.parts["numbering"])
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.instances: dict[str, tuple[str, dict[int, _Level]]] = {}
        if self.numbering is not None:
            self._read_numbering(self.numbering)
        self.counters: dict[str, dict[int, int]] = {}  # numId → ilvl → the number last written

    def _read_numbering(self, root: Element) -> None:
        links: dict[str, str] = {}  # abstractNumId → the numbering style it takes its levels from
        for child in root:
            local = _w(child)
            if local == "abstractNum":
                key = _attr(child, "abstractNumId") or ""
                self.abstracts[key] = {
                    _number(_attr(level, "ilvl"), 0, 0, 8): _level(level) for level in _within(child, "lvl")
                }
                link = _child(child, "numStyleLink")
                if link is not None and _attr(link, "val"):
                    links[key] = _attr(link, "val") or ""
            elif local == "num":
                abstract = _child(child, "abstractNumId")
                overrides: dict[int, _Level] = {}
                for override in _within(child, "lvlOverride"):
                    ilvl = _number(_attr(override, "ilvl"), 0, 0, 8)
                    level = _child(override, "lvl")
                    start = _child(override, "startOverride")
                    if level is not None:
                        overrides[ilvl] = _level(level)
                    if start is not None:
                        numbered = overrides[ilvl].numbered if ilvl in overrides else True
                        overrides[ilvl] = _Level(numbered, _number(_attr(start, "val"), 1, 0, 10**9))
                abstract_id = _attr(abstract, "val") if abstract is not None else None
                self.instances[_attr(child, "numId") or ""] = (abstract_id or "", overrides)
        for key, style_id in links.items():  # (a list style's levels live in the list its style names)
            style = self.styles.get(style_id)
            if style is not None and style.numbering is not None and not self.abstracts.get(key):
                linked = self.instances.get(style.numbering[0])
                if linked is not None and linked[0] != key:
                    self.abstracts[key] = self.abstracts.get(linked[0], {})

    def heading_level(self, style_id: str | None, outline: str | None) -> int | None:
        """The heading level a paragraph's style (or its own outline level) gives it, None for body text."""
        if outline is not None:
            level = _number(outline, 9, 0, 9)
            return level + 1 if level < 9 else None
        for style, key in self._chain(style_id):
            named = _named_level(style.name if style is not None else key)
            if named is not None:
                return named or None
            if style is None:
                return None
            if style.outline is not None:
                return style.outline + 1 if style.outline < 9 else None
        return None

    def style_numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """The list a paragraph style puts its paragraphs in (`List Bullet`), if any."""
        for style, _ in self._chain(style_id):
            if style is None:
                return None
            if style.numbering is not None:
                return style.numbering
        return None

    def _chain(self, style_id: str | None) -> Iterator[tuple[_Style | None, str]]:
        key = style_id
        for _ in range(_MAX_STYLE_CHAIN):
            if not key:
                return
            style = self.styles.get(key)
            yield style, key
            key = style.based_on if style is not None else None

    def marker(self, num_id: str, ilvl: int) -> str:
        """The list marker of the next item of list `num_id` at level `ilvl`: `- `, or its number."""
        counts = self.counters.setdefault(num_id, {})
        for deeper in [level for level in counts if level > ilvl]:
            del counts[deeper]  # (a deeper level starts over after an item above it)
        abstract_id, overrides = self.instances.get(num_id, ("", {}))
        level = overrides.get(ilvl) or self.abstracts.get(abstract_id, {}).get(ilvl)
        if level is None or not level.numbered:
            return "- "  # (no numbering part, or a list it does not define: a bullet says it is a list)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        return f"{counts[ilvl]}. "


def _level(element: Element) -> _Level:
    """A `w:lvl`'s kind (its `w:numFmt`, or the one a compatibility block offers first) and starting number."""
    fmt: str | None = None
    stack = [iter(element)]
    seen = 0
    while stack and seen < 200:  # (a level is a handful of elements; a huge one is not searched through)
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        seen += 1
        if _w(child) == "numFmt":
            fmt = _attr(child, "val")
            break
        if child.tag == _ALTERNATE_CONTENT or child.tag.endswith(("}Choice", "}Fallback")):
            stack.append(iter(child))  # (Word 2010 offers a `custom` format first, then a plain one)
    start = _child(element, "start")
    return _Level(
        fmt not in _BULLET_FORMATS, _number(_attr(start, "val") if start is not None else None, 1, 0, 10**9)
    )


def _named_level(name: str) -> int | None:
    """The heading level a style's name means: 1 for `Title`, N for `heading N`, 0 for `Subtitle` (a paragraph
    under the title, whatever it is based on), None for other names."""
    key = "".join(name.casefold().split())
    if key == "title":
        return 1
    if key == "subtitle":
        return 0
    if key.startswith("heading") and key[7:].isdigit():
        return max(1, min(6, int(key[7:])))
    return None


def _styles(root: Element | None) -> dict[str, _Style]:
    found: dict[str, _Style] = {}
    for style in root if root is not None else ():
        if _w(style) != "style" or not _attr(style, "styleId"):
            continue
        name, based = _child(style, "name"), _child(style, "basedOn")
        properties = _child(style, "pPr")
        outline = _child(properties, "outlineLvl")
        numbering = _child(properties, "numPr")
        num_id, ilvl = _child(numbering, "numId"), _child(numbering, "ilvl")
        found[_attr(style, "styleId") or ""] = _Style(
            name=(_attr(name, "val") if name is not None else None) or "",
            based_on=_attr(based, "val") if based is not None else None,
            outline=_number(_attr(outline, "val"), 9, 0, 9) if outline is not None else None,
            numbering=(
                (
                    _attr(num_id, "val") or "",
                    _number(_attr(ilvl, "val"), 0, 0, 8) if ilvl is not None else None,
                )
                if num_id is not None
                else None
            ),
        )
    return found


class _Frame:
    """An open hyperlink or field: the text shown inside it so far (and a field's instruction), written out
    as a link when it closes."""

    __slots__ = ("field", "instruction", "pieces", "separated", "url")

    def __init__(self, url: str | None, *, field: bool, separated: bool, instruction: str = "") -> None:
        self.url = url
        self.field = field
        self.separated = separated  # (a field's text shows only after its `separate` mark)
        self.instruction = [instruction]
        self.pieces: list[str] = []

    def render(self) -> str:
        url = _field_target("".join(self.instruction)) if self.field else self.url
        return _link("".join(self.pieces), url)


def _field_target(instruction: str) -> str | None:
    """The address of a `HYPERLINK "url" \\o "tip"` field; None for other fields and for `\\l` bookmarks."""
    tokens = _FIELD_TOKEN.findall(instruction)
    if not tokens or tokens[0][1].casefold() != "hyperlink":
        return None
    takes_argument = False
    for quoted, bare in tokens[1:]:
        if takes_argument:
            takes_argument = False
        elif bare.startswith("\\"):
            takes_argument = bare.casefold() in ("\\l", "\\o", "\\t")  # (a bookmark, a tooltip, a frame)
        else:
            return (quoted or bare).strip() or None
    return None


class _WordStory:
    """The blocks of one story of a Word document (its body, a note, a comment, a cell, a text box), walked
    paragraph by paragraph; fields stay open across paragraphs, as they may."""

    def __init__(self, word: _Word) -> None:
        self.word = word
        self.blocks: list[_Block] = []
        self.pieces: list[str] = []  # the open paragraph's text
        self.frames: list[_Frame] = []
        self.unopened = 0  # fields begun past the limit, whose marks are ignored
        self.columns: list[int] = []  # per open list level, where its items' text starts
        self.boxes: list[_Block] = []  # text boxes anchored in the open paragraph, written after it

    def read(self, container: Element, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        for child in container:
            local = _w(child)
            if local == "p":
                self._paragraph(child, depth + 1)
            elif local == "tbl":
                self._table(child, depth + 1)
            elif local not in _WORD_UNSEEN:
                self.read(_chosen(child), depth + 1)  # (content controls, custom XML: their blocks)

    def _paragraph(self, paragraph: Element, depth: int) -> None:
        properties = _child(paragraph, "pPr")
        style = _child(properties, "pStyle")
        style_id = _attr(style, "val") if style is not None else None
        outline = _child(properties, "outlineLvl")
        self._inline(paragraph, depth)
        self._flush()
        text = "".join(self.pieces)
        self.pieces = []
        level = self.word.heading_level(style_id, _attr(outline, "val") if outline is not None else None)
        numbering = None if level else self._numbering(properties, style_id)
        if level:
            block = _heading(level, text)
        elif numbering is not None and _lines(text):
            block = self._list_item(*numbering, text)
        else:
            block = _paragraph(text)
        if block is not None:
            if block.kind != "item":
                self.columns.clear()  # (the list is over)
            self.blocks.append(block)
        self.blocks.extend(self.boxes)
        self.boxes = []

    def _numbering(self, properties: Element | None, style_id: str | None) -> tuple[str, int] | None:
        """The (numId, ilvl) of a list paragraph, from its own `w:numPr` or its style's."""
        own = _child(properties, "numPr")
        num_id, ilvl = _child(own, "numId"), _child(own, "ilvl")
        from_style = self.word.style_numbering(style_id)
        key = _attr(num_id, "val") if num_id is not None else (from_style[0] if from_style else None)
        if not key or key == "0":  # (numId 0: the paragraph was taken out of its style's list)
            return None
        level = _number(_attr(ilvl, "val"), 0, 0, 8) if ilvl is not None else None
        if level is None:
            level = from_style[1] if from_style and from_style[1] is not None else 0
        return key, level

    def _list_item(self, num_id: str, ilvl: int, text: str) -> _Block | None:
        """An item, indented under the text of the item above it (CommonMark nests an item under `1. ` only
        when it starts at that item's text, three columns in)."""
        marker = self.word.marker(num_id, ilvl)
        del self.columns[ilvl:]
        while len(self.columns) < ilvl:
            self.columns.append((self.columns[-1] if self.columns else 0) + 2)
        indent = self.columns[-1] if self.columns else 0
        self.columns.append(indent + len(marker))
        return _item(indent, marker, text, num_id)

    def _table(self, table: Element, depth: int) -> None:
        rows: list[list[list[_Block]]] = []
        for row in _within(table, "tr"):
            if _child(_child(row, "trPr"), "del") is not None:
                continue  # (a row deleted with changes tracked)
            cells: list[list[_Block]] = []
            for cell in _within(row, "tc"):
                story = _WordStory(self.word)
                story.read(cell, depth + 2)
                cells.append(story.blocks)
                # A merged cell: empty ones under the other columns it spans keep the rows aligned.
                span = _child(_child(cell, "tcPr"), "gridSpan")
                if span is not None:
                    cells.extend([] for _ in range(_number(_attr(span, "val"), 1, 1, _MAX_REPEAT) - 1))
            rows.append(cells)
        self.blocks.extend(_table(rows))
        self.columns.clear()

    def _inline(self, element: Element, depth: int) -> None:
        """The text of a paragraph's runs, hyperlinks, fields and the containers around them."""
        if depth > _MAX_DEPTH:
            return
        for child in element:
            local = _w(child)
            if local == "t":
                self._emit(child.text or "")
            elif local == "r":
                if not _hidden(child):
                    self._inline(child, depth + 1)
            elif local in _WORD_UNSEEN:
                continue
            elif local in ("tab", "ptab"):
                self._emit("\t")
            elif local in ("br", "cr"):
                self._emit("\n")
            elif local == "noBreakHyphen":
                self._emit("-")
            elif local == "sym":
                self._emit(_symbol(_attr(child, "char")))
            elif local == "fldChar":
                self._field_mark(_attr(child, "fldCharType"))
            elif local == "instrText":
                top = self.frames[-1] if self.frames else None
                if top is not None and top.field and not top.separated and not self.unopened:
                    top.instruction.append(child.text or "")
            elif local == "hyperlink":
                key = next((value for name in _RELATIONSHIP_IDS if (value := child.get(name))), None)
                link = _Frame(self.word.links.get(key) if key else None, field=False, separated=True)
                self.frames.append(link)
                self._inline(child, depth + 1)
                self._close(link)
            elif local == "fldSimple":
                frame = _Frame(None, field=True, separated=True, instruction=_attr(child, "instr") or "")
                self.frames.append(frame)
                self._inline(child, depth + 1)
                self._close(frame)
            elif local == "txbxContent":
                story = _WordStory(self.word)
                story.read(child, depth + 1)
                self.boxes.extend(story.blocks)
            elif local in ("p", "tbl"):
                continue  # (only a text box holds blocks inside a paragraph)
            elif local == "rubyBase" or local == "ruby":
                self._inline(child, depth + 1)
            elif child.tag.rpartition("}")[0] in _MATH_NAMESPACES and child.tag.endswith("}t"):
                self._emit(child.text or "")  # (an equation's text)
            else:
                self._inline(
                    _chosen(child), depth + 1
                )  # (insertions, smart tags, content controls, drawings)

    def _emit(self, text: str) -> None:
        if not self.frames:
            self.pieces.append(text)
        elif self.frames[-1].separated:
            self.frames[-1].pieces.append(text)
        # (text between a field's begin and separate marks is its code, not shown)

    def _deliver(self, text: str) -> None:
        """A closed frame's text, into the frame around it (a field's result inside another field's
        instruction is part of that instruction)."""
        top = self.frames[-1] if self.frames else None
        if top is not None and top.field and not top.separated:
            top.instruction.append(text)
        else:
            self._emit(text)

    def _close(self, frame: _Frame) -> None:
        """Close frames down to `frame` (a hyperlink's end closes the fields left open inside it)."""
        while self.frames:
            top = self.frames.pop()
            self._deliver(top.render())
            if top is frame:
                return

    def _field_mark(self, kind: str | None) -> None:
        top = self.frames[-1] if self.frames else None
        if kind == "begin":
            if len(self.frames) >= _MAX_OPEN_FIELDS:
                self.unopened += 1
            else:
                self.frames.append(_Frame(None, field=True, separated=False))
        elif self.unopened:
            if kind == "end":  # (the end of a field begun past the limit: the open ones stay open)
                self.unopened -= 1
        elif kind == "separate" and top is not None and top.field:
            top.separated = True
        elif kind == "end" and top is not None and top.field:
            self._close(top)

    def _flush(self) -> None:
        """At a paragraph's end, what its open fields have shown so far goes into it (a bibliography field's
        references are paragraphs of their own); the fields stay open."""
        text = ""
        for frame in reversed(self.frames):
            if not frame.separated:
                frame.instruction.append(text)
                text = ""
                continue
            frame.pieces.append(text)
            shown = "".join(frame.pieces)
            text = frame.render() if shown.strip() else shown
            frame.pieces = []
        self.pieces.append(text)


def _chosen(element: Element) -> Element:
    """For a compatibility block (`mc:AlternateContent`), the first choice it offers (its fallback repeats
    it, so reading both would write a text box twice); any other element itself."""
    if element.tag == _ALTERNATE_CONTENT:
        for child in element:
            return child
    return element


def _hidden(run: Element) -> bool:
    """Whether a run's text is hidden (`w:vanish`): not on the page."""
    vanish = _child(_child(run, "rPr"), "vanish")
    return vanish is not None and (_attr(vanish, "val") or "true") not in ("0", "false", "off")


def _symbol(code: str | None) -> str:
    """A `w:sym`'s character (its code is hex); none for a symbol font's private code (a Wingdings tick, a
    Symbol bullet: which glyph it is depends on the font)."""
    try:
        number = int(code or "", 16)
    except ValueError:
        return ""
    if not 0 < number <= 0x10FFFF or 0xE000 <= number <= 0xF8FF or 0xD800 <= number <= 0xDFFF:
        return ""
    return chr(number)


def _word_notes(word: _Word, root: Element | None, name: str) -> list[_Block]:
    """The blocks of a notes or comments part's notes (`w:footnote`, `w:endnote`, `w:comment`), in order."""
    blocks: list[_Block] = []
    for note in _within(root, name) if root is not None else ():
        if (_attr(note, "type") or "") in _NOTE_MARKS:
            continue
        story = _WordStory(word)
        story.read(note, 1)
        blocks.extend(story.blocks)
    return blocks


def _word_markdown(archive: ZipFile) -> str | None:
    root = _xml(archive, "word/document.xml")
    if root is None or _w(root) != "document":
        return None
    word = _Word(archive)
    story = _WordStory(word)
    body = _child(root, "body")
    if body is not None:
        story.read(body, 1)
    sections = [
        ("## Footnotes", _word_notes(word, _xml(archive, word.parts["footnotes"]), "footnote")),
        ("## Endnotes", _word_notes(word, _xml(archive, word.parts["endnotes"]), "endnote")),
        ("## Comments", _word_notes(word, _xml(archive, word.parts["comments"]), "comment")),
    ]
    return _markdown(story.blocks, sections)


# --- OpenDocument ---------------------------------------------------------------------------------------------


def _odf(element: Element) -> str:
    """An element's name as `prefix:local` (`text:p`), its prefix `?` in a namespace not read here."""
    namespace, _, local = element.tag.rpartition("}")
    return f"{_ODF_PREFIXES.get(namespace, '?')}:{local}"


_WRAPPED_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=[a-z])")


class _Odt:
    """What is gathered across an OpenDocument text: its notes and comments, and its paragraph styles'
    parents (an automatic style `P3` is `Title` with a change)."""

    def __init__(self, root: Element) -> None:
        self.notes: dict[str, list[_Block]] = {"footnote": [], "endnote": [], "comment": []}
        self.sources: dict[str, dict[str, str]] = {}  # Writer's own bibliography entries, by their key
        self.parents: dict[str, str] = {}
        for styles in root:
            if _odf(styles) == "office:automatic-styles":
                for style in styles:
                    name, parent = style.get(_STYLE + "name"), style.get(_STYLE + "parent-style-name")
                    if name and parent:
                        self.parents[name] = parent

    def is_title(self, style: str | None) -> bool:
        return style is not None and self.parents.get(style, style) == "Title"


def _odt_rows(table: Element) -> Iterator[Element]:
    """A table's rows, also those in its header rows and row groups, in order."""
    stack = [iter(table)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        name = _odf(child)
        if name == "table:table-row":
            yield child
        elif name in _ODF_ROW_GROUPS and len(stack) < _MAX_DEPTH:
            stack.append(iter(child))


class _OdtStory:
    """The blocks of one story of an OpenDocument text (its body, a note, a cell, a frame's text box)."""

    def __init__(self, odt: _Odt) -> None:
        self.odt = odt
        self.blocks: list[_Block] = []
        self.pieces: list[str] = []
        self.boxes: list[_Block] = []  # text boxes anchored in the open paragraph, written after it
        self.lists = 0  # lists begun at the top level, each a group of items

    def read(self, container: Element, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        for child in container:
            self._read_child(child, depth + 1)

    def _read_child(self, child: Element, depth: int) -> None:
        name = _odf(child)
        if name in ("text:p", "text:h"):
            self._block(child, depth, None)
        elif name == "text:list":
            self.lists += 1
            self._list(child, depth, 0)
        elif name == "table:table":
            self._table(child, depth)
        elif name == "text:numbered-paragraph":
            level = _number(child.get(_TEXT + "level"), 1, 1, 10) - 1
            group = "numbered " + (child.get(_TEXT + "list-id") or "")  # (the list it is an item of)
            for paragraph in child:
                if _odf(paragraph) in ("text:p", "text:h"):
                    self._block(paragraph, depth, (level, "- ", group))
        elif name not in _ODF_UNSEEN and not name.endswith("-source"):
            self.read(child, depth)  # (sections, indexes' bodies, frames and text boxes)

    def _block(self, element: Element, depth: int, item: tuple[int, str, str] | None) -> None:
        """A paragraph or heading, as a list item at `item`'s level with its marker when it is one."""
        self._inline(element, depth)
        text = "".join(self.pieces)
        self.pieces = []
        block: _Block | None
        if _odf(element) == "text:h":
            block = _heading(_number(element.get(_TEXT + "outline-level"), 1, 1, 6), text)
        elif item is not None:
            level, marker, group = item
            # (a break a slide's item wraps at, its words going on in lower case: `Title Modeling` / `in Latent
            # Space — Authors`, one line of the item)
            text = _WRAPPED_BREAK.sub(" ", text)
            block = _item(2 * level + (2 - len(marker)), marker, text, group)
        elif self.odt.is_title(element.get(_TEXT + "style-name")):
            block = _heading(1, text)
        else:
            block = _paragraph(text)
        if block is not None:
            self.blocks.append(block)
        self.blocks.extend(self.boxes)
        self.boxes = []

    def _list(self, element: Element, depth: int, level: int) -> None:
        """A list's items, `- ` before each item's first paragraph, its later ones and its sub-lists
        indented under it."""
        if depth > _MAX_DEPTH:
            return
        for entry in element:
            if _odf(entry) not in ("text:list-item", "text:list-header"):
                continue
            marked = False
            for child in entry:
                name = _odf(child)
                if name == "text:p":
                    before = len(self.blocks)
                    self._block(child, depth + 2, (level, "" if marked else "- ", str(self.lists)))
                    marked = marked or len(self.blocks) > before
                elif name == "text:list":
                    self._list(child, depth + 2, level + 1)
                elif name == "text:h":
                    self._block(child, depth + 2, None)
                else:
                    self._read_child(child, depth + 2)

    def _table(self, table: Element, depth: int) -> None:
        rows: list[list[list[_Block]]] = []
        for row in _odt_rows(table):
            cells: list[list[_Block]] = []
            for cell in row:
                if _odf(cell) not in ("table:table-cell", "table:covered-table-cell"):
                    continue
                story = _OdtStory(self.odt)
                story.read(cell, depth + 2)
                repeat = _number(cell.get(_TABLE + "number-columns-repeated"), 1, 1, _MAX_REPEAT)
                cells.append(story.blocks)
                cells.extend([] for _ in range(repeat - 1))
            rows.append(cells)
        self.blocks.extend(_table(rows))

    def _inline(self, element: Element, depth: int) -> None:
        """A paragraph's text: its spans, links, spaces and breaks; notes and comments go to their sections."""
        if depth > _MAX_DEPTH:
            return
        if element.text:
            self.pieces.append(_ODF_SPACES.sub(" ", element.text))
        for child in element:
            self._inline_child(child, depth + 1)
            if child.tail:
                self.pieces.append(_ODF_SPACES.sub(" ", child.tail))

    def _inline_child(self, child: Element, depth: int) -> None:
        name = _odf(child)
        if name == "text:s":
            self.pieces.append(" " * _number(child.get(_TEXT + "c"), 1, 1, _MAX_REPEAT))
        elif name == "text:tab":
            self.pieces.append("\t")
        elif name == "text:line-break":
            self.pieces.append("\n")
        elif name == "text:a":
            outer, self.pieces = self.pieces, []
            self._inline(child, depth)
            outer.append(_link("".join(self.pieces), child.get(_XLINK_HREF)))
            self.pieces = outer
        elif name == "text:note":
            kind = "endnote" if child.get(_TEXT + "note-class") == "endnote" else "footnote"
            for body in child:
                if _odf(body) == "text:note-body":
                    self.odt.notes[kind].extend(self._story(body, depth))
        elif name == "office:annotation":
            self.odt.notes["comment"].extend(self._story(child, depth))
        elif name == "text:bibliography-mark":
            fields = {
                key.rpartition("}")[2]: value for key, value in child.attrib.items() if key.startswith(_TEXT)
            }
            self.odt.sources.setdefault(fields.get("identifier") or str(len(self.odt.sources)), fields)
            self._inline(child, depth)  # (its citation as the text shows it: `[Shazeer2017]`)
        elif name.startswith("draw:"):
            self.boxes.extend(
                self._story(child, depth)
            )  # (a frame's text box: its paragraphs, after this one)
        elif name in _ODF_UNSEEN or name.startswith("?:"):
            return  # (a comment's author and date, an image's description: not the page's text)
        else:
            self._inline(child, depth)  # (spans, ruby bases, fields, bookmarks, meta)

    def _story(self, element: Element, depth: int) -> list[_Block]:
        story = _OdtStory(self.odt)
        story.read(element, depth)
        return story.blocks


def _odt_markdown(archive: ZipFile) -> str | None:
    root = _xml(archive, "content.xml")
    if root is None or _odf(root) != "office:document-content":
        return None
    return _odt_root_markdown(root)


def _odt_root_markdown(root: Element) -> str:
    """A text document's content (`content.xml`'s root, or a flat `.fodt`'s) as Markdown."""
    odt = _Odt(root)
    story = _OdtStory(odt)
    for body in root:
        if _odf(body) == "office:body":
            for text in body:
                if _odf(text) == "office:text":
                    story.read(text, 1)
    sections = [
        ("## Footnotes", odt.notes["footnote"]),
        ("## Endnotes", odt.notes["endnote"]),
        ("## Comments", odt.notes["comment"]),
        ("## Sources cited", [block for block in map(_odt_source, odt.sources.values()) if block]),
    ]
    return _markdown(story.blocks, sections)


# Writer's bibliography types that are no paper: books and their chapters, manuals, theses, web pages, mails,
# proceedings volumes, and its five `custom` types (a tutorial, a blog post).
_ODT_NOT_PAPERS = re.compile(
    r"(?:in)?book|booklet|manual|(?:masters|phd)?thesis|www|email|proceedings|custom[0-9]"
)


def _odt_source(fields: dict[str, str]) -> _Block | None:
    """A bibliography entry of Writer's (`text:bibliography-mark`: its fields are the mark's attributes) as a
    reference-list item: `- *Title* (Authors, Year). Venue. URL note`, or None for what is no paper."""
    title = " ".join(fields.get("title", "").split())
    if not title or _ODT_NOT_PAPERS.fullmatch(fields.get("bibliography-type", "")):
        return None
    cited = ", ".join(part for part in (fields.get("author"), fields.get("year")) if part)
    venue = (
        fields.get("booktitle") or fields.get("journal") or fields.get("school") or fields.get("institution")
    )
    rest = " ".join(fields[key] for key in ("url", "note", "annote") if fields.get(key))
    text = f"*{title.replace('*', '')}*" + (f" ({cited})" if cited else "") + (f". {venue}." if venue else "")
    return _item(0, "- ", f"{text} {rest}".strip(), "sources")


# --- Parts and their relationships (OOXML) --------------------------------------------------------------------


def _local(element: Element, namespaces: frozenset[str]) -> str:
    """An element's local name when it is in one of `namespaces` (Transitional or Strict), else ``""``."""
    namespace, _, local = element.tag.rpartition("}")
    return local if namespace in namespaces else ""


def _x(element: Element) -> str:
    return _local(element, _SHEET_NAMESPACES)


def _p(element: Element) -> str:
    return _local(element, _SLIDE_NAMESPACES)


def _a(element: Element) -> str:
    return _local(element, _DRAWING_NAMESPACES)


def _first(element: Element | None, local: str, name: Callable[[Element], str]) -> Element | None:
    """`element`'s first child whose local name (as `name` reads it) is `local`."""
    for child in element if element is not None else ():
        if name(child) == local:
            return child
    return None


def _relationship_id(element: Element) -> str | None:
    return next((value for name in _RELATIONSHIP_IDS if (value := element.get(name))), None)


def _part_relationships(archive: ZipFile, part: str) -> dict[str, tuple[str, str, bool]]:
    """A part's relationships, from `_rels/<its name>.rels` beside it, their targets made part names (an
    external target, a link's address, is kept as it is)."""
    folder, _, name = part.rpartition("/")
    found = _relationships(archive, f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels")
    return {
        key: (kind, target if external else _target(part, target), external)
        for key, (kind, target, external) in found.items()
    }


def _target(part: str, target: str) -> str:
    """The part a relationship's target names: relative to the part's folder, or from the package's root."""
    import posixpath

    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


def _related(relationships: dict[str, tuple[str, str, bool]], key: str | None, kind: str) -> str | None:
    """The part relationship `key` names, when it is one of `kind` inside the package."""
    found = relationships.get(key) if key else None
    if found is None or found[0] != kind or found[2]:
        return None
    return found[1]


def _hyperlinks(relationships: dict[str, tuple[str, str, bool]]) -> dict[str, str]:
    return {key: target for key, (kind, target, _) in relationships.items() if kind == "hyperlink"}


# --- Excel (SpreadsheetML) ------------------------------------------------------------------------------------


def sheets_to_markdown(sheets: Sequence[tuple[str, list[list[str]]]]) -> str:
    """A workbook's sheets (a name and rows of cells' Markdown, one line each) as this module writes an
    `.xlsx`'s: a `## ` heading and a Markdown table each (for workbooks of other programs: Gnumeric's)."""
    blocks: list[_Block] = []
    for name, rows in sheets:
        table = _grid(rows)
        if table:
            blocks.extend(filter(None, [_heading(2, name), *table]))
    return _markdown(blocks, [])


def link_markdown(text: str, url: str | None) -> str:
    """A cell's text with its link, as Markdown (`_link`)."""
    return _link(text, url)


def _xlsx_markdown(archive: ZipFile) -> str | None:
    part = _main_part(archive, "xlsx")
    root = _xml(archive, part)
    if root is None or _x(root) != "workbook":
        return None
    relationships = _part_relationships(archive, part)
    strings_part = next(
        (
            target
            for kind, target, external in relationships.values()
            if kind == "sharedStrings" and not external
        ),
        _target(part, "sharedStrings.xml"),
    )
    styles_part = next(
        (target for kind, target, external in relationships.values() if kind == "styles" and not external),
        _target(part, "styles.xml"),
    )
    properties = _first(root, "workbookPr", _x)
    book = _Book(
        strings=_shared_strings(_xml(archive, strings_part)),  # (none: the cells that use them read empty)
        dates=_date_styles(_xml(archive, styles_part)),
        epoch_1904=properties is not None and properties.get("date1904") in ("1", "true"),
        budget=[_MAX_CELLS],
    )
    blocks: list[_Block] = []
    sheets = _first(root, "sheets", _x)
    for number, sheet in enumerate((s for s in sheets if _x(s) == "sheet") if sheets is not None else (), 1):
        worksheet = _related(relationships, _relationship_id(sheet), "worksheet")
        if worksheet is None:  # (a chart sheet, a dialog, or a relationship pointing nowhere)
            continue
        rows = _sheet_rows(archive, worksheet, book)
        table = _grid(rows)
        if table:
            blocks.extend(filter(None, [_heading(2, sheet.get("name") or f"Sheet {number}"), *table]))
    return _markdown(blocks, [])


class _Book(NamedTuple):
    """What a workbook's sheets share: its strings, which cell styles show a date, the day its dates count
    from, and how many more cells may be written."""

    strings: list[str]
    dates: frozenset[int]  # indices of the cell formats (`cellXfs`) whose number format is a date's
    epoch_1904: bool  # (a workbook from an old Mac counts days from 1904)
    budget: list[int]


def _date_styles(root: Element | None) -> frozenset[int]:
    """The cell formats of a styles part that show their number as a date: a built-in date format (14 to 17,
    22, and the East Asian ones from 27 to 58 that are no times of day) or a format code of days or years."""
    if root is None or _x(root) != "styleSheet":
        return frozenset()
    dated = {*range(14, 18), 22, *range(27, 32), *range(34, 37), *range(50, 59)}
    formats = _first(root, "numFmts", _x)
    for entry in formats if formats is not None else ():
        code = _FORMAT_LITERALS.sub("", entry.get("formatCode") or "").casefold()
        number = _number(entry.get("numFmtId"), -1, -1, 10**6)
        if "d" in code or "y" in code:  # (`m` alone may be minutes)
            dated.add(number)
        else:
            dated.discard(number)  # (a built-in id a workbook redefines as no date)
    styles = _first(root, "cellXfs", _x)
    cell_formats = [xf for xf in styles if _x(xf) == "xf"] if styles is not None else []
    return frozenset(
        index for index, xf in enumerate(cell_formats) if _number(xf.get("numFmtId"), 0, 0, 10**6) in dated
    )


def _date_text(value: str, epoch_1904: bool) -> str | None:
    """A date cell's serial number (days since the workbook's epoch) as an ISO date; None when it is none."""
    import datetime

    try:
        days = float(value)
        start = datetime.date(1904, 1, 1) if epoch_1904 else datetime.date(1899, 12, 30)
        return (start + datetime.timedelta(days=int(days))).isoformat() if 1 <= days < 2_958_466 else None
    except (ValueError, OverflowError):
        return None


def _shared_strings(root: Element | None) -> list[str]:
    if root is None or _x(root) != "sst":
        return []
    return [_string_item(item) for item in root if _x(item) == "si"]


def _string_item(item: Element) -> str:
    """A string item's text (`si`, `is`): its `t`, or its rich-text runs' `t`s joined; a phonetic reading
    (`rPh`, furigana) is no part of it."""
    pieces: list[str] = []
    for child in item:
        local = _x(child)
        if local == "t":
            pieces.append(child.text or "")
        elif local == "r":
            pieces.extend(text.text or "" for text in child if _x(text) == "t")
    return _EXCEL_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), "".join(pieces))


def _cell_reference(reference: str | None) -> tuple[int, int] | None:
    """A cell reference's (row, column), both from 0: `B7` is (6, 1)."""
    match = _CELL_REFERENCE.fullmatch(reference or "")
    if match is None:
        return None
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)) - 1, column - 1


def _sheet_links(archive: ZipFile, part: str, root: Element) -> dict[tuple[int, int], str]:
    """The address each linked cell of a worksheet links to (a link's `ref` may be a range of cells)."""
    links: dict[tuple[int, int], str] = {}
    targets: dict[str, str] | None = None
    hyperlinks = _first(root, "hyperlinks", _x)
    for hyperlink in hyperlinks if hyperlinks is not None else ():
        if _x(hyperlink) != "hyperlink":
            continue
        key, location = _relationship_id(hyperlink), hyperlink.get("location")
        if key and targets is None:
            targets = _hyperlinks(_part_relationships(archive, part))
        url = (targets or {}).get(key or "")
        if not url:
            continue  # (a link to a place in the workbook alone: nowhere a reader can follow)
        if location:
            url = f"{url}#{location}"
        first, _, last = (hyperlink.get("ref") or "").partition(":")
        start, end = _cell_reference(first), _cell_reference(last or first)
        if start is None or end is None:
            continue
        for row in range(start[0], min(end[0], start[0] + _MAX_REPEAT - 1) + 1):
            for column in range(start[1], min(end[1], start[1] + _MAX_REPEAT - 1) + 1):
                links.setdefault((row, column), url)
    return links


def _sheet_rows(archive: ZipFile, part: str, book: _Book) -> list[list[str]]:
    """A worksheet's rows of cells' text, each cell in its column (a skipped one left empty), the rows and
    columns that hold nothing left out."""
    root = _xml(archive, part)
    if root is None or _x(root) != "worksheet":
        return []
    data = _first(root, "sheetData", _x)
    links = _sheet_links(archive, part, root)
    rows: list[dict[int, str]] = []
    row_number = -1
    for count, row in enumerate(data if data is not None else ()):
        if count >= _MAX_ROWS or book.budget[0] <= 0:
            break
        if _x(row) != "row":
            continue
        row_number = _number(row.get("r"), row_number + 2, 1, 10**7) - 1
        cells: dict[int, str] = {}
        column = -1
        for cell in row:
            if _x(cell) != "c":
                continue
            place = _cell_reference(cell.get("r"))
            column = place[1] if place is not None else column + 1
            if column >= _MAX_COLUMNS:
                continue
            text, formula_link = _cell_value(cell, book)
            url = links.get((row_number, column)) or formula_link
            text = " ".join(text.split())  # (a row is one line: a cell's line breaks are spaces)
            written = _link(text, url).strip() if url else text
            if written:
                cells[column] = written.replace("|", "\\|")
        if cells:
            book.budget[0] -= len(cells)
            rows.append(cells)
    used = sorted({column for cells in rows for column in cells})  # (an empty column is spacing)
    return [[cells.get(column, "") for column in used] for cells in rows]


def _cell_value(cell: Element, book: _Book) -> tuple[str, str | None]:
    """A cell's text as Excel shows it (a number as written, a date as an ISO date, a boolean as `TRUE` or
    `FALSE`, an error as nothing), and the address its `HYPERLINK` formula links to."""
    strings = book.strings
    kind = cell.get("t") or "n"
    value_element, formula = _first(cell, "v", _x), _first(cell, "f", _x)
    value = value_element.text if value_element is not None else None
    text = ""
    if kind == "s":
        index = _number(value, -1, -1, len(strings))
        text = strings[index] if 0 <= index < len(strings) else ""
    elif kind == "inlineStr":
        inline = _first(cell, "is", _x)
        text = _string_item(inline) if inline is not None else ""
    elif kind == "b":
        text = {"1": "TRUE", "0": "FALSE"}.get((value or "").strip(), "")
    elif kind in ("str", "d"):
        text = _EXCEL_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), value or "")
    elif kind == "n" and _number(cell.get("s"), -1, -1, 10**6) in book.dates:
        text = _date_text(value or "", book.epoch_1904) or _number_text(value or "")
    elif kind == "n":
        text = _number_text(value or "")
    match = _HYPERLINK_FORMULA.match(formula.text or "") if formula is not None else None
    if match is None:
        return text, None
    url = match.group(1).replace('""', '"')
    shown = (match.group(2) or "").replace('""', '"')
    return text or shown or url, url


def _number_text(value: str) -> str:
    """A number as Excel shows it: at most 15 significant digits (a stored `0.30000000000000004` is `0.3`)."""
    value = value.strip()
    digits = sum(character.isdigit() for character in value.partition("E")[0].partition("e")[0])
    if digits <= 15:
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    return format(number, ".15g") if number == number and abs(number) != float("inf") else value


# --- PowerPoint (PresentationML, DrawingML text) --------------------------------------------------------------


def _pptx_markdown(archive: ZipFile) -> str | None:
    part = _main_part(archive, "pptx")
    root = _xml(archive, part)
    if root is None or _p(root) != "presentation":
        return None
    relationships = _part_relationships(archive, part)
    listed = _first(root, "sldIdLst", _p)
    slides = [slide for slide in listed if _p(slide) == "sldId"] if listed is not None else []
    blocks: list[_Block] = []
    for number, slide in enumerate(slides[:_MAX_SLIDES], 1):  # (a hidden slide, `show="0"`, is read too)
        target = _related(relationships, _relationship_id(slide), "slide")
        if target is not None:
            blocks.extend(_slide(archive, target, number))
    return _markdown(blocks, [])


def _slide(archive: ZipFile, part: str, number: int) -> list[_Block]:
    """A slide's heading (its title), its shapes' text, then its speaker notes."""
    root = _xml(archive, part)
    if root is None or _p(root) != "sld":
        return []
    relationships = _part_relationships(archive, part)
    story = _SlideStory(_hyperlinks(relationships), notes=False)
    story.shapes(_first(_first(root, "cSld", _p), "spTree", _p), 1)
    title = f"Slide {number}: {story.title}" if story.title else f"Slide {number}"
    blocks = [_Block("h", f"## {title}", title), *story.blocks]
    notes_part = next(
        (
            target
            for kind, target, external in relationships.values()
            if kind == "notesSlide" and not external
        ),
        None,
    )
    notes_root = _xml(archive, notes_part) if notes_part is not None else None
    if notes_root is not None and notes_part is not None and _p(notes_root) == "notes":
        notes = _SlideStory(_hyperlinks(_part_relationships(archive, notes_part)), notes=True)
        notes.shapes(_first(_first(notes_root, "cSld", _p), "spTree", _p), 1)
        if notes.blocks:
            blocks += [_Block("h", "### Notes", "Notes"), *notes.blocks]
    return blocks


class _SlideStory:
    """The blocks of a slide's (or a notes page's) shapes, in the order the slide lists them; the first title
    placeholder's text is the slide's title."""

    def __init__(self, links: dict[str, str], *, notes: bool) -> None:
        self.links = links
        self.notes = notes
        self.title = ""
        self.blocks: list[_Block] = []
        self.bodies = 0  # text bodies read, each a group of list items

    def shapes(self, tree: Element | None, depth: int) -> None:
        if tree is None or depth > _MAX_DEPTH:
            return
        for child in tree:
            chosen = _chosen(child)
            local = _p(chosen)
            if local == "sp":
                self._shape(chosen, depth + 1)
            elif local == "grpSp" or chosen.tag.endswith(("}Choice", "}Fallback")):
                self.shapes(chosen, depth + 1)
            elif local == "graphicFrame":
                graphic = _first(chosen, "graphic", _a)
                table = _first(_first(graphic, "graphicData", _a), "tbl", _a)
                if table is not None:
                    self.blocks.extend(_grid(self._table(table, depth + 1)))

    def _shape(self, shape: Element, depth: int) -> None:
        properties = _first(_first(shape, "nvSpPr", _p), "nvPr", _p)
        placeholder = _first(properties, "ph", _p)
        kind = (placeholder.get("type") or "obj") if placeholder is not None else None
        body = _first(shape, "txBody", _p)
        if kind in _SLIDE_CHROME or body is None:
            return
        if kind in _SLIDE_TITLES and not self.title and not self.notes:
            self.title = " ".join(" ".join(_lines(text)) for text, _ in self._paragraphs(body, depth)).strip()
            if self.title:
                return
        # A placeholder for the layout's body (a slide's, not a notes page's) is bulleted as the master says;
        # other text only as its paragraphs say.
        bulleted = kind in ("obj", "body") and not self.notes
        self.bodies += 1
        for text, (level, bullet) in self._paragraphs(body, depth):
            item = bullet if bullet is not None else bulleted
            block = _item(2 * level, "- ", text, str(self.bodies)) if item else _paragraph(text)
            if block is not None:
                self.blocks.append(block)

    def _paragraphs(self, body: Element, depth: int) -> Iterator[tuple[str, tuple[int, bool | None]]]:
        """A text body's paragraphs: each one's text, its outline level, and whether its properties say it
        has a bullet (None: they say nothing)."""
        if depth > _MAX_DEPTH:
            return
        for paragraph in body:
            if _a(paragraph) != "p":
                continue
            properties = _first(paragraph, "pPr", _a)
            level = _number(properties.get("lvl") if properties is not None else None, 0, 0, 8)
            marks = {_a(child) for child in properties} if properties is not None else set()
            bullet = False if "buNone" in marks else True if marks & _SLIDE_BULLETS else None
            yield self._runs(paragraph), (level, bullet)

    def _runs(self, paragraph: Element) -> str:
        """A paragraph's text: its runs and fields (a run's link around its text, adjacent runs of one link
        one link) and breaks."""
        pieces: list[tuple[str, str | None]] = []
        for child in paragraph:
            local = _a(child)
            if local in ("r", "fld"):
                text = "".join(t.text or "" for t in child if _a(t) == "t")
                click = _first(_first(child, "rPr", _a), "hlinkClick", _a)
                url = self.links.get(_relationship_id(click) or "") if click is not None else None
                if pieces and pieces[-1][1] == url and url is not None:
                    pieces[-1] = (pieces[-1][0] + text, url)
                else:
                    pieces.append((text, url))
            elif local == "br":
                pieces.append(("\n", None))
        return "".join(_link(text, url) if url else text for text, url in pieces)

    def _table(self, table: Element, depth: int) -> list[list[str]]:
        rows: list[list[str]] = []
        for row in table:
            if _a(row) != "tr":
                continue
            cells: list[str] = []
            for cell in row:
                if _a(cell) != "tc":
                    continue
                body = _first(cell, "txBody", _a)
                texts = [text for text, _ in self._paragraphs(body, depth + 2)] if body is not None else []
                cells.append(" ".join(" ".join(texts).split()).replace("|", "\\|"))
            rows.append(cells)
        return rows


# --- OpenDocument spreadsheet and presentation ----------------------------------------------------------------


def _odf_markdown(archive: ZipFile, kind: str) -> str | None:
    root = _xml(archive, "content.xml")
    if root is None or _odf(root) != "office:document-content":
        return None
    return _odf_root_markdown(root, kind)


# A flat OpenDocument file (`.fodt`, `.fods`, `.fodp`: LibreOffice's "Flat XML" formats), one XML document whose
# root, `office:document`, holds what the ZIP's `content.xml` would, and says its kind by its MIME type.
_FLAT_ODF = re.compile(r"<office:document\b[^>]*office:mimetype=\"application/vnd\.oasis\.opendocument\.")
_FLAT_KINDS = {"text": "odt", "spreadsheet": "ods", "presentation": "odp"}


def looks_like_flat_odf(text: str) -> bool:
    return _FLAT_ODF.search(text[:4000]) is not None


def flat_odf_to_markdown(text: str) -> str | None:
    """A flat OpenDocument file's text as Markdown, as its zipped kind's is; None when it cannot be read."""
    root = parse_document(text)
    if root is None:
        return None
    mimetype = root.get("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}mimetype") or ""
    kind = _FLAT_KINDS.get(mimetype.rpartition(".")[2].removesuffix("-template"))
    if _odf(root) != "office:document" or kind is None:
        return None
    try:
        return _odt_root_markdown(root) if kind == "odt" else _odf_root_markdown(root, kind)
    except _errors():
        return None


def _odf_root_markdown(root: Element, kind: str) -> str:
    """A spreadsheet's or a presentation's content (`content.xml`'s root, or a flat file's) as Markdown."""
    odt = _Odt(root)
    blocks: list[_Block] = []
    for body in root:
        if _odf(body) != "office:body":
            continue
        for content in body:
            if kind == "ods" and _odf(content) == "office:spreadsheet":
                budget = [_MAX_CELLS]
                for number, table in enumerate((t for t in content if _odf(t) == "table:table"), 1):
                    grid = _grid(_ods_rows(odt, table, budget))
                    if grid:
                        name = table.get(_TABLE + "name") or f"Sheet {number}"
                        blocks.extend(filter(None, [_heading(2, name), *grid]))
            elif kind == "odp" and _odf(content) == "office:presentation":
                pages = (page for page in content if _odf(page) == "draw:page")
                for number, page in enumerate(pages, 1):
                    if number > _MAX_SLIDES:
                        break
                    blocks.extend(_odp_page(odt, page, number))
    return _markdown(blocks, [("## Comments", odt.notes["comment"])])


def _ods_rows(odt: _Odt, table: Element, budget: list[int]) -> list[list[str]]:
    """A sheet's rows of cells' text, a repeated row or cell written as often as it repeats (up to a bound:
    LibreOffice ends a sheet with a million empty rows written as one), the rows and columns that hold nothing
    left out."""
    rows: list[dict[int, str]] = []
    for count, row in enumerate(_odt_rows(table)):
        if count >= _MAX_ROWS or budget[0] <= 0:
            break
        cells: dict[int, str] = {}
        column = 0
        for cell in row:
            if _odf(cell) not in ("table:table-cell", "table:covered-table-cell") or column >= _MAX_COLUMNS:
                continue
            repeat = _number(cell.get(_TABLE + "number-columns-repeated"), 1, 1, _MAX_COLUMNS)
            story = _OdtStory(odt)
            for child in cell:
                if _odf(child) == "office:annotation":  # (a comment on the cell: after the sheets)
                    odt.notes["comment"].extend(story._story(child, 3))
                else:
                    story._read_child(child, 3)
            text = _cell_text(story.blocks)
            for offset in range(min(repeat, _MAX_REPEAT) if text else 0):
                if column + offset < _MAX_COLUMNS:
                    cells[column + offset] = text
            column += repeat
        if cells:
            repeat = _number(row.get(_TABLE + "number-rows-repeated"), 1, 1, _MAX_REPEAT)
            budget[0] -= len(cells) * repeat
            rows.extend(cells for _ in range(repeat))
    used = sorted({column for cells in rows for column in cells})
    return [[cells.get(column, "") for column in used] for cells in rows]


def _odp_page(odt: _Odt, page: Element, number: int) -> list[_Block]:
    """A slide's heading (its title frame's text), its frames' and shapes' text, then its speaker notes."""
    story = _OdtStory(odt)
    titles: list[str] = []
    notes = _OdtStory(odt)
    _odp_shapes(page, story, titles, notes, 1)
    title = f"Slide {number}: {titles[0]}" if titles else f"Slide {number}"
    blocks = [_Block("h", f"## {title}", title), *story.blocks]
    if notes.blocks:
        blocks += [_Block("h", "### Notes", "Notes"), *notes.blocks]
    return blocks


def _odp_shapes(element: Element, story: _OdtStory, titles: list[str], notes: _OdtStory, depth: int) -> None:
    """A page's (or group's) frames and shapes into `story`; the first title frame's text into `titles`,
    the page's notes into `notes`."""
    if depth > _MAX_DEPTH:
        return
    for child in element:
        name = _odf(child)
        kind = child.get(_PRESENTATION + "class")
        if name == "presentation:notes":
            _odp_shapes(child, notes, [], notes, depth + 1)
        elif name in ("draw:page-thumbnail", "office:forms") or kind in _ODP_CHROME:
            continue
        elif kind == "title" and name == "draw:frame" and not titles:
            shape = _OdtStory(story.odt)
            shape.read(child, depth + 1)
            text = " ".join(block.flat for block in shape.blocks).strip()
            if text:
                titles.append(text)
            else:
                story.blocks.extend(shape.blocks)
        elif name == "draw:g":
            _odp_shapes(child, story, titles, notes, depth + 1)
        elif name.startswith("draw:"):
            story.read(child, depth + 1)  # (a frame's text box or table, a shape's paragraphs)
