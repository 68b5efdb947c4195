"""What kind of document a digest is: chosen by its content as well as by its file name.

The shape decides which reader reads it: records (BibTeX, RIS, CSV/TSV) are read record by record; Markdown
(and HTML, which decoding turns into Markdown-like text), org-mode and plain text are read as documents of
entries (see `entries.py`).
"""

from __future__ import annotations

import re

from paperlist.ingest.extract.xmlhead import XML_PROLOGUE
from paperlist.shapes import SUFFIXES, Shape

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
