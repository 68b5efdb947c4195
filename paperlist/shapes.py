"""The shapes a digest is read in, and the file names that say which: the vocabulary of ingest's folder walk
(which files are digests, `ingest/sources.py`) and of extraction (which reader reads one, `extract/document.py`).

Apart from both so that the folder walk, in the one process that writes, never imports the extractor.
"""

from __future__ import annotations

from enum import StrEnum


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
