"""What kind of document a digest is: chosen by its content as well as by its file name.

The shape decides which reader reads it: records (BibTeX, RIS, CSV/TSV) are read record by record; Markdown
(and HTML, which decoding turns into Markdown-like text), org-mode and plain text are read as documents of
entries (see `entries.py`).
"""

from __future__ import annotations

import re
from enum import StrEnum

from paperlist.ingest.extract.xmlhead import XML_PROLOGUE


class Shape(StrEnum):
    """How a digest is read (a `.xml` file is a feed when its content says so)."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"  # decoded to Markdown-like text: read as Markdown
    ORG = "org"
    RST = "rst"  # reStructuredText: read as the Markdown it means (`outline.py`)
    BIBTEX = "bibtex"
    BIBLATEX = "biblatex"  # a `.bbl` file that biber wrote: `\entry{key}{type}{}` ... `\endentry`
    RIS = "ris"
    CSV = "csv"
    TSV = "tsv"
    FEED = "feed"  # RSS or Atom
    CSL_JSON = (
        "csl-json"  # a CSL-JSON export (Zotero, Mendeley, pandoc): a list of items with `type`, `title`
    )
    YAML = "yaml"  # a reading list kept as YAML: its entries are the mappings with a title or a link
    JSON = "json"  # other JSON: read like YAML, else as text
    ENDNOTE = "endnote"  # an EndNote XML export: `<xml><records><record>` ...
    ZOTERO_RDF = "zotero-rdf"  # Zotero's RDF export: `<rdf:RDF xmlns:z="http://www.zotero.org/…">`
    REFER = "refer"  # a Refer / EndNote tagged export (`.enw`): `%0 Journal Article`, `%T Title` ...
    DBLP = "dblp"  # dblp's XML: a person's page `<dblpperson>`, a search answer `<result><hits>`, `dblp.xml`
    CLIPPINGS = "clippings"  # a Kindle's `My Clippings.txt`: `Title (Author)`, `- Your Highlight on …`
    TEI = "tei"  # TEI XML (GROBID's reading of a paper): the `<biblStruct>`s of its bibliography
    MODS = "mods"  # MODS XML (the Library of Congress's; Zotero, Mendeley and library catalogues export it)
    JATS = "jats"  # a JATS article's XML (PubMed Central's, a journal's): its reference list
    XBEL = "xbel"  # XML Bookmark Exchange Language (Floccus, Konqueror, Midori): `<xbel>` folders of `<bookmark>`
    TRIPLES = "n-triples"  # an RDF graph as N-Triples or N-Quads: `<subject> <predicate> <object> .` a line

    @property
    def is_record(self) -> bool:
        return self in (
            Shape.BIBTEX,
            Shape.BIBLATEX,
            Shape.RIS,
            Shape.CSV,
            Shape.TSV,
            Shape.FEED,
            Shape.CSL_JSON,
            Shape.YAML,
            Shape.JSON,
            Shape.ENDNOTE,
            Shape.REFER,
            Shape.ZOTERO_RDF,
            Shape.DBLP,
            Shape.CLIPPINGS,
            Shape.TEI,
            Shape.MODS,
            Shape.JATS,
            Shape.TRIPLES,
            Shape.XBEL,
        )


# File suffixes that say what a file is (folder ingest reads these; see ingest/sources.py).
SUFFIXES: dict[str, Shape] = {
    ".txt": Shape.TEXT,
    ".text": Shape.TEXT,
    ".log": Shape.TEXT,  # a chat's log (irssi, WeeChat, an IRC bouncer's), a line per message
    ".eml": Shape.TEXT,
    ".mbox": Shape.TEXT,  # a mailbox: its messages one after another (decoding reads each one's body)
    ".tex": Shape.TEXT,  # its bibliography (`thebibliography`, `\\bibitem`) is a reference list
    ".bbl": Shape.TEXT,  # BibTeX's is a `thebibliography`; biblatex's is read as records (see `sniff`)
    ".ipynb": Shape.MARKDOWN,  # a Jupyter notebook's Markdown cells (decoding takes them out of its JSON)
    ".md": Shape.MARKDOWN,
    ".markdown": Shape.MARKDOWN,
    ".mdown": Shape.MARKDOWN,
    ".mkd": Shape.MARKDOWN,
    ".mdx": Shape.MARKDOWN,  # a documentation site's or blog's Markdown with components (Docusaurus, Next.js)
    ".qmd": Shape.MARKDOWN,  # Quarto
    ".rmd": Shape.MARKDOWN,  # R Markdown
    ".html": Shape.HTML,
    ".htm": Shape.HTML,
    ".xhtml": Shape.HTML,
    ".mhtml": Shape.HTML,  # a page saved as one file: MIME parts (decoding takes its HTML out)
    ".mht": Shape.HTML,
    ".org": Shape.ORG,
    ".muse": Shape.ORG,  # (Emacs Muse: Org's headlines, links and lists, `#title` for `#+title:`)
    ".rst": Shape.RST,
    ".rest": Shape.RST,
    ".bib": Shape.BIBTEX,
    ".bibtex": Shape.BIBTEX,
    ".ris": Shape.RIS,
    ".enw": Shape.REFER,  # EndNote's tagged export (and Google Scholar's "EndNote" link)
    ".csv": Shape.CSV,
    ".dif": Shape.CSV,  # (decoded as the CSV of its table: `paperlist.ingest.dif`)
    ".slk": Shape.CSV,  # (decoded as the CSV of its table: `paperlist.ingest.sylk`)
    ".sylk": Shape.CSV,
    ".tsv": Shape.TSV,
    ".rdf": Shape.TEXT,  # Zotero's RDF export, or an RSS 1.0 feed (`sniff` tells them by their content)
    ".docx": Shape.MARKDOWN,  # Word (decoding makes Markdown of its paragraphs, lists, tables and links)
    ".odt": Shape.MARKDOWN,  # OpenDocument text (LibreOffice)
    ".xlsx": Shape.MARKDOWN,  # Excel (decoding makes a Markdown table of each sheet, its links kept)
    ".gnumeric": Shape.MARKDOWN,  # Gnumeric (gzip-compressed XML; decoding makes the same of each sheet)
    ".pptx": Shape.MARKDOWN,  # PowerPoint (decoding makes Markdown of each slide's text and speaker notes)
    # (and their kin with macros, and templates: the same archives, told apart by their content)
    ".docm": Shape.MARKDOWN,
    ".dotx": Shape.MARKDOWN,
    ".xlsm": Shape.MARKDOWN,
    ".pptm": Shape.MARKDOWN,
    ".potx": Shape.MARKDOWN,
    ".ott": Shape.MARKDOWN,
    ".ods": Shape.MARKDOWN,  # OpenDocument spreadsheet and presentation (LibreOffice), likewise
    ".odp": Shape.MARKDOWN,
    ".srt": Shape.MARKDOWN,  # a lecture's captions (SubRip, WebVTT): decoding joins the cues into paragraphs
    ".vtt": Shape.MARKDOWN,
    ".enex": Shape.HTML,  # an Evernote export: decoding makes a page of its notes (title, source, body, files)
    ".mm": Shape.MARKDOWN,  # a mind map (FreeMind, Freeplane): decoding makes a Markdown list of its nodes
    ".jex": Shape.MARKDOWN,  # a Joplin export (a tar of its notes): decoding makes a page of them
    ".xmind": Shape.MARKDOWN,  # an XMind workbook, likewise (its sheets' topics)
    ".fb2": Shape.HTML,  # a FictionBook e-book: decoding makes a page of it
    ".epub": Shape.HTML,  # an e-book (a newsletter's issues, a book of notes): its XHTML pages as one page
    ".rtf": Shape.MARKDOWN,  # Rich Text (WordPad, TextEdit, Word): decoding makes Markdown of it
    ".rss": Shape.FEED,
    ".atom": Shape.FEED,
    ".xml": Shape.TEXT,  # a feed, or an EndNote export (`sniff` tells them by their content)
    ".yaml": Shape.YAML,
    ".yml": Shape.YAML,
    ".cff": Shape.YAML,  # a CITATION.cff: the software's own entry, and the papers its `references:` list
    ".adoc": Shape.MARKDOWN,  # AsciiDoc (decoding makes Markdown of it)
    ".asciidoc": Shape.MARKDOWN,
    ".wiki": Shape.MARKDOWN,  # MediaWiki wikitext (decoding makes Markdown of it)
    ".wikitext": Shape.MARKDOWN,
    ".mediawiki": Shape.MARKDOWN,
    ".typ": Shape.MARKDOWN,  # Typst (decoding makes Markdown of it)
    ".gmi": Shape.MARKDOWN,  # a Gemini capsule's gemtext page (decoding makes Markdown of its link lines)
    ".gemini": Shape.MARKDOWN,
    ".ics": Shape.MARKDOWN,  # an iCalendar file: a reading group's calendar (decoding makes Markdown of it)
    ".ical": Shape.MARKDOWN,
    ".json": Shape.JSON,  # a CSL-JSON export when its content is one (`sniff`)
    ".canvas": Shape.JSON,  # an Obsidian (JSON Canvas) board: its text nodes and link nodes
    ".js": Shape.JSON,  # an X (Twitter) archive's data file (`window.YTD.tweets.part0 = [...]`); other scripts
    # are no digests to a folder's ingest (see ingest/sources.py)
    ".jsonl": Shape.JSON,  # JSON Lines: a chat's or a tool's export, an object a line
    ".ndjson": Shape.JSON,
    ".opml": Shape.MARKDOWN,  # an outliner's export (Dynalist, WorkFlowy): decoding makes a Markdown list of it
    ".drawio": Shape.MARKDOWN,  # a draw.io diagram: decoding makes a Markdown list of its boxes (ingest/drawio.py)
    ".dio": Shape.MARKDOWN,
    ".gv": Shape.MARKDOWN,  # a Graphviz graph: decoding makes a Markdown list of its nodes (ingest/graphviz.py)
    ".dot": Shape.MARKDOWN,
    ".puml": Shape.MARKDOWN,  # a PlantUML mind map: decoding makes a Markdown list of its nodes (ingest/plantuml.py)
    ".plantuml": Shape.MARKDOWN,
    ".pu": Shape.MARKDOWN,
    ".patch": Shape.MARKDOWN,  # a patch (`git format-patch`): decoding keeps its message and the text it adds
    ".diff": Shape.MARKDOWN,
    ".rd": Shape.MARKDOWN,  # an R package's help page (roxygen2's): decoding makes Markdown of its markup
    ".xfdf": Shape.MARKDOWN,  # a PDF's comments exported (Acrobat): decoding makes a paragraph of each one
    ".pdf": Shape.TEXT,  # a PDF: its pages' text, each link after the line it covers (see ingest/pdf.py)
    ".ass": Shape.MARKDOWN,  # SubStation Alpha subtitles (Aegisub's): read as captions, like `.srt`
    ".ssa": Shape.MARKDOWN,
    ".sql": Shape.JSON,  # an SQL dump (`sqlite3 .dump`, `mysqldump`): decoding makes JSON of its tables' rows
    ".lua": Shape.JSON,  # a Lua table of data (KOReader's highlights, `metadata.pdf.lua`): decoding makes JSON
    ".cast": Shape.TEXT,  # a terminal session asciinema recorded: decoding makes text of what its screen showed
    ".graphml": Shape.JSON,  # a graph's nodes (Gephi, yEd): decoding makes JSON of their data
    ".rec": Shape.JSON,  # a GNU recutils database: decoding makes JSON of its records
    ".toml": Shape.JSON,  # a TOML data file (a static site's readings): decoding makes JSON of its tables
    # of it; other Lua files are no digests to a folder's ingest (see ingest/sources.py)
    ".py": Shape.MARKDOWN,  # a notebook saved as Python (Databricks, Jupytext): decoding makes Markdown of its
    # cells; other Python files are no digests to a folder's ingest
    ".jl": Shape.MARKDOWN,  # a Pluto.jl notebook, likewise; other Julia files are code, never read
}

_BIBTEX_ENTRY = re.compile(r"^[ \t]*@[A-Za-z]+[ \t]*[{(][ \t]*[^,\s]*,", re.MULTILINE)
_BIBLATEX_ENTRY = re.compile(r"^[ \t]*\\entry\{[^{}\n]*\}\{[A-Za-z]+\}\{", re.MULTILINE)
_FEED_START = re.compile(XML_PROLOGUE + r"<(?:rss|feed|rdf:RDF)\b")
_ZOTERO_NAMESPACE = "http://www.zotero.org/namespaces/export#"
_ENDNOTE_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<xml>\s*<records>\s*<record>")
_MODS_START = re.compile(
    XML_PROLOGUE + r"<(?:mods:)?mods(?:Collection)?\b[^>]*\bhttp://www\.loc\.gov/mods/v3",
    re.DOTALL,
)
_JATS_START = re.compile(
    XML_PROLOGUE + r"<article\b[^>]*\b(?:dtd-version|article-type)=",
    re.DOTALL,
)
_XBEL_START = re.compile(XML_PROLOGUE + r"<xbel\b", re.DOTALL)
_TEI_START = re.compile(
    XML_PROLOGUE + r"<(?:tei:)?TEI\b[^>]*\bhttp://www\.tei-c\.org/ns/1\.0",
    re.DOTALL,
)
_DBLP_START = re.compile(
    XML_PROLOGUE + r"(?:<dblpperson\b|<dblp[\s>]|<result>\s*<query\b.*?<hits\b)",
    re.DOTALL,
)
_CSL_KEYS = re.compile(r'^\s*[\[{]\s*(?:\{\s*)?"(?:id|type|title|author|items|itemType)"\s*:')
_RIS_TAG = re.compile(r"^TY  - [A-Z]{2,6}[ \t]*$", re.MULTILINE)
_REFER_START = re.compile(r"%0 [A-Z][A-Za-z ]+$|%[AT] \S", re.MULTILINE)
_REFER_LINE = re.compile(r"^%[0-9A-Z@>] \S", re.MULTILINE)
_ORG_SIGNS = re.compile(
    r"^(?:#\+(?:TITLE|AUTHOR|STARTUP|TODO|FILETAGS|OPTIONS):|\*+ (?:TODO |DONE )?\S)", re.M
)
# Signs only reStructuredText has: directives (`.. note::`), hyperlink targets (`.. _Name: url`), citations
# (`.. [Xu2019] ...`), inline links (`` `Text <url>`_ ``).
_RST_SIGNS = re.compile(
    r"^[ \t]*\.\. (?:[\w-]+::|_[^:\n]+:|\[[^\]\n]+\] )|`[^`\n]+ <https?://[^`>\n]+>`__?", re.M
)
_MARKDOWN_SIGNS = re.compile(
    r"^(?:#{1,6} \S|[-*+] \S|\d{1,3}\. \S|\|.*\|[ \t]*$|>[ \t]|```)|\[[^\]\n]+\]\((?:https?://|#|/)|\*\*\S",
    re.MULTILINE,
)


# An RDF statement as N-Triples and N-Quads write it, one a line (see `triples.py`).
IRI = r"<[^<>\"{}|^`\s]*>"
_BLANK = r"_:[A-Za-z0-9_][\w.\-]*"
_LITERAL = r"\"(?:[^\"\\\n]|\\.)*\"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^" + IRI + r")?"
# One statement a line: subject, predicate, object, and (N-Quads) the graph it is in, then the full stop.
STATEMENT = re.compile(
    rf"^[ \t]*(?P<subject>{IRI}|{_BLANK})[ \t]+(?P<predicate>{IRI})[ \t]+"
    rf"(?P<object>{IRI}|{_BLANK}|{_LITERAL})(?:[ \t]+(?:{IRI}|{_BLANK}))?[ \t]*\.[ \t]*(?:#.*)?$"
)


def looks_like_triples(head: str) -> bool:
    """Whether a text opens as N-Triples: most of its first statements' lines are statements, three at least."""
    lines = [line for line in head.splitlines()[:40] if line.strip() and not line.lstrip().startswith("#")]
    if len(lines) < 3:
        return False
    matched = sum(1 for line in lines[:-1] if STATEMENT.match(line))  # (the last may be cut)
    return matched >= 3 and matched * 10 >= (len(lines) - 1) * 9


def sniff(name: str, text: str, *, html: bool = False) -> Shape:
    """The shape of a digest named `name` (a file name or URL) with this decoded text.

    HTML pages are recognised by decoding (their bytes, never their name). Record formats are taken by their
    suffix, or by their content when the suffix says nothing (`.txt`, none): a BibTeX file starts its entries
    with `@type{key,`, a RIS file its records with `TY  - `.
    """
    if html:
        return Shape.HTML
    lowered = name.casefold().split("?", 1)[0]
    dot = lowered.rfind(".")
    by_name = SUFFIXES.get(lowered[dot:]) if dot >= 0 else None
    if by_name in (
        Shape.BIBTEX,
        Shape.RIS,
        Shape.CSV,
        Shape.TSV,
        Shape.ORG,
        Shape.RST,
        Shape.HTML,
        Shape.FEED,
        Shape.YAML,
        Shape.REFER,
    ):
        return by_name
    head = text[:20000]
    start = head.lstrip()[:6]
    if start[:1] == "<" and _ZOTERO_NAMESPACE in head and _FEED_START.match(head):
        return Shape.ZOTERO_RDF  # (RDF, as RSS 1.0 is: Zotero's namespace tells them apart)
    if start[:1] == "<" and _FEED_START.match(head):
        return Shape.FEED
    if start[:1] == "<" and _ENDNOTE_START.match(head):
        return Shape.ENDNOTE
    if start[:1] == "<" and _DBLP_START.match(head):
        return Shape.DBLP
    if start[:1] == "<" and _TEI_START.match(head):
        return Shape.TEI
    if start[:1] == "<" and _MODS_START.match(head):
        return Shape.MODS
    if start[:1] == "<" and _XBEL_START.match(head):
        return Shape.XBEL
    if start[:1] == "<" and _JATS_START.match(head):
        return Shape.JATS
    # (by its lines only: `.nt` is NestedText's suffix too)
    if by_name in (None, Shape.TEXT) and start[:1] in ("<", "_") and looks_like_triples(head):
        return Shape.TRIPLES
    if start[:1] in ("[", "{") and _CSL_KEYS.match(head) and '"title"' in head:
        return Shape.CSL_JSON
    if by_name is Shape.JSON or (
        by_name in (None, Shape.TEXT) and start[:1] in ("[", "{") and _reads_as_json(text)
    ):
        return Shape.JSON  # (or JSON under a name of its own: `.har`, `.excalidraw`, `.ipynb`-like exports)
    if by_name in (None, Shape.TEXT) and "\n---" in head and _reads_as_yaml_stream(head):
        return Shape.YAML  # (a program's YAML documents, `gcloud logging read`'s or `kubectl get -o yaml`'s)
    if start[:1] in ("@", "%") and len(_BIBTEX_ENTRY.findall(head)) >= 2:
        return Shape.BIBTEX
    if start == "TY  - " and _RIS_TAG.search(head):
        return Shape.RIS
    if start[:1] == "%" and _REFER_START.match(head.lstrip()) and _count(_REFER_LINE, head[:4000], 3) >= 3:
        return Shape.REFER
    if "\n==========" in head and _count(_CLIPPING, head, 2) >= 2:
        return Shape.CLIPPINGS
    if "\\entry{" in head and "\\field{" in head and _BIBLATEX_ENTRY.search(head):
        return Shape.BIBLATEX
    if by_name in (None, Shape.TEXT, Shape.MARKDOWN) and start[:3] == "---" and _front_matter_only(text):
        return Shape.YAML  # (a page whose front matter is all of it, its body an editor's tree: Statamic's)
    if by_name is Shape.MARKDOWN:
        return by_name
    if start[:2] in ("#+", "* ") and len(_ORG_SIGNS.findall(head)) >= 3:
        return Shape.ORG
    if (
        by_name in (None, Shape.TEXT)
        and (head.find("\n.. ", 0, 8000) >= 0 or head.find("`_", 0, 8000) >= 0)  # cheap, before the signs
        and _count(_RST_SIGNS, head[:8000], 3) >= 3
    ):
        return Shape.RST
    if by_name is None and _count(_MARKDOWN_SIGNS, head[:8000], 3) >= 3:
        return Shape.MARKDOWN
    if by_name in (None, Shape.TEXT) and head.count("\t") >= 12 and _tab_export(head):
        return Shape.TSV  # (a sheet saved as tab-separated text: Excel's "Unicode Text", a `.txt` of cells)
    if (
        by_name in (None, Shape.TEXT)
        and (quoted := _QUOTED_HEADER.match(head)) is not None
        and _tab_export(head, quoted.group("delimiter"))
    ):
        # (a database's or a sheet's export as delimited text under a `.txt` name, its header's names quoted:
        # Access's `"LitID";"Titel";…`; the CSV reader finds its delimiter)
        return Shape.CSV
    return Shape.TEXT


# A delimited export's header: a quoted name, then its delimiter and the next quoted name.
_QUOTED_HEADER = re.compile(r'\ufeff?"[^"\n]{1,40}"(?P<delimiter>[;,|])"')


def _tab_export(head: str, delimiter: str = "\t") -> bool:
    """Whether text is a sheet's tab-separated (or `delimiter`-separated) export: a header of four cells or more,
    each a few words, within its first lines (a title line or two may stand above it), then three rows or more of
    as many cells."""
    import csv
    import io

    try:
        rows = [
            row
            for row in csv.reader(io.StringIO(head[: head.rfind("\n") + 1]), delimiter=delimiter)
            if any(row)
        ][:40]
    except csv.Error:
        return False
    for position, row in enumerate(rows[:6]):
        if len(row) >= 4 and all(cell.strip() and len(cell.split()) <= 4 for cell in row):
            same = sum(1 for other in rows[position + 1 :] if abs(len(other) - len(row)) <= 1)
            return same >= 3 and same * 5 >= (len(rows) - position - 1) * 4
    return False


# A Kindle clipping's head: its document's line, then `- Your Highlight on page 3 | Added on …` (in any language: the
# dash, words, a bar), after the `==========` that ends the clipping before it.
_CLIPPING = re.compile(r"(?:\A|^={10}[ \t]*\r?\n)\ufeff?[^\n]+\r?\n- [^|\n]+\|[^\n]*$", re.MULTILINE)


def _reads_as_json(text: str) -> bool:
    """Whether a text opens and closes as one JSON document does (`{"…}`, `[…]`); whether it parses is the record
    reader's to find (it reads the text as text when not), so it is parsed once."""
    return _JSON_OPENING.match(text) is not None and text.rstrip()[-1:] in ("}", "]")


# A line of YAML: a document's start or end, a key, an item, or a line indented under one.
_YAML_LINE = re.compile(
    r"(?:---|\.\.\.)[ \t]*$|[ \t]*(?:-[ \t]+)?[\w.\-/\"']{1,60}:(?:[ \t]|$)|[ \t]+\S|-[ \t]"
)
_YAML_DOCUMENT_START = re.compile(r"^---[ \t]*$", re.MULTILINE)


def yaml_stream_body(text: str) -> str:
    """A stream of YAML documents without the terminal's lines around it (the prompt and command over its first
    `---`, the next prompt under its last document): blank lines in their place, every other line where it was."""
    lines = text.split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) >= 2 and not _YAML_LINE.match(lines[filled[0]]) and lines[filled[1]].strip() == "---":
        lines[filled[0]] = ""
    if len(filled) >= 2 and not _YAML_LINE.match(lines[filled[-1]]):
        lines[filled[-1]] = ""
    return "\n".join(lines)


# A rich-text editor's block in YAML (`type: paragraph`, Portable Text's `_type: block`): see `richtext`.
_RICH_TEXT_BLOCK = re.compile(
    r"^[ \t-]*_?type:[ \t]*['\"]?(?:paragraph|heading|block)['\"]?[ \t]*$", re.MULTILINE
)


def _front_matter_only(text: str) -> bool:
    """Whether a page is front matter and nothing else (`---` / YAML / `---`), the YAML holding an editor's
    document tree: the page's words are in it, none below."""
    body = text.lstrip("\ufeff")
    if not body.startswith(("---\n", "---\r\n")):
        return False
    end = body.find("\n---", 3)
    while end >= 0 and body[end + 4 : end + 5] not in ("", "\n", "\r"):
        end = body.find("\n---", end + 4)
    return end >= 0 and not body[end + 4 :].strip() and _RICH_TEXT_BLOCK.search(body, 0, end) is not None


def _reads_as_yaml_stream(head: str) -> bool:
    """Whether a text is a stream of YAML documents (a program's output, after the command that asked for it): two
    `---` lines or more, and nearly all its lines YAML's (not a Markdown page's front matter over its prose)."""
    lines = [line for line in head.split("\n")[:300] if line.strip()]
    if len(lines) < 12 or _count(_YAML_DOCUMENT_START, head, 2) < 2:
        return False
    return sum(1 for line in lines if _YAML_LINE.match(line)) * 10 >= len(lines) * 9


_JSON_OPENING = re.compile(r'\ufeff?\s*(?:\{\s*"|\[\s*[\[{"\]0-9-]|\[\s*$)')


def _count(pattern: re.Pattern[str], text: str, enough: int) -> int:
    """Matches of `pattern` in `text`, counting no further than `enough`."""
    found = 0
    for _ in pattern.finditer(text):
        found += 1
        if found >= enough:
            break
    return found
