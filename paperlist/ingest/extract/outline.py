"""A digest's structure: headings, lists (items with their sub-items), tables, code, paragraphs, by line.

Markdown lists are read with markdown-it-py (CommonMark's rules for nesting, continuation and lazy lines); only
the lines of list regions are handed to it, so that a digest of prose costs nothing more than a glance at each
line. Tables, headings, fences and front matter are simple enough to read line by line. Org-mode is read as the
Markdown it maps to line for line (`* Headline` is a heading, drawers and source blocks are code); plain text
has paragraphs and nothing else here (its entries are read by `reader.py`, line by line).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from paperlist.ingest.extract.linescan import line_matches
from paperlist.shapes import Shape

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@dataclass(slots=True)
class Item:
    """A list item: its own lines (its first paragraph and continuation) and its sub-items."""

    start: int  # 0-based first line
    end: int  # exclusive, without trailing blank lines
    depth: int  # 0 for a top-level item
    ordered: bool
    own: list[int] = field(default_factory=list)  # its lines that belong to no sub-item, in order
    children: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    start: int
    end: int
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (0-based line, raw cells)
    # its cells parted by tabs (copied from a page or a sheet) or commas (a CSV file printed in a terminal), not a
    # Markdown table: read as one only with a column of titles
    tabbed: bool = False


@dataclass(slots=True)
class Outline:
    """Where the structure of a digest is, by 0-based line."""

    shape: Shape
    lines: list[str]  # the digest's lines as read (org mapped to Markdown), unstripped
    headings: dict[int, tuple[int, str]] = field(default_factory=dict)  # line → (level, text)
    code: set[int] = field(default_factory=set)  # code, front matter, drawers: never papers
    front: frozenset[int] = frozenset()  # the YAML front matter's lines (a note's own metadata: `entries.py`)
    lists: list[list[Item]] = field(default_factory=list)  # each list: its top-level items
    tables: list[Table] = field(default_factory=list)
    in_structure: set[int] = field(default_factory=set)  # lines of list items and tables
    _paragraphs: list[tuple[int, int]] | None = None
    _short: list[int] | None = None
    _text: str | None = None
    _starts: list[int] | None = None
    _short_text: str | None = None
    _short_starts: list[int] | None = None

    def has_text(self, *pieces: str) -> bool:
        """Whether any of `pieces` is in the text: a cheap check before a costly pattern is tried."""
        if self._text is None:
            self._text = "\n".join(self.lines)
            self._starts = _starts(self._text)
        return any(piece in self._text for piece in pieces)

    def matches(
        self, pattern: re.Pattern[str], *, short: bool = False
    ) -> Iterator[tuple[int, re.Match[str], int]]:
        """(line, match, the line's length) for each match of `pattern`, a `^`-anchored pattern compiled with
        re.MULTILINE, found in one scan of the text (in C, not line by line in Python), from its line breaks (see
        `linescan`). `short`: only lines of at most 200 characters are scanned (headers, labels and chrome are
        short; the digest's words are not)."""
        if short:
            if self._short_text is None:
                self._short_text = "\n".join(self.lines[n] for n in self.short_lines)
                self._short_starts = _starts(self._short_text)
            text, starts, numbers = self._short_text, self._short_starts or [0], self.short_lines
        else:
            if self._text is None:
                self._text = "\n".join(self.lines)
                self._starts = _starts(self._text)
            text, starts, numbers = self._text, self._starts or [0], None
        for match in line_matches(pattern, text):
            line = bisect_right(starts, match.start()) - 1
            end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
            yield (numbers[line] if numbers is not None else line), match, end - starts[line]

    @property
    def short_lines(self) -> list[int]:
        """Non-blank lines of at most 200 characters: where headers, labels, chrome and headings can be (long
        lines are the digest's own words)."""
        if self._short is None:
            if self._text is None:
                self._text = "\n".join(self.lines)
                self._starts = _starts(self._text)
            # (a test on each line of the text `matches` scans, as it sees them, cheaper than a pattern's search
            # of the text and a bisection for each line found: `^(?=[^\n]{0,200}$)[^\S\n]*\S`, whose blanks are
            # the ones `str.strip` takes off)
            self._short = [
                number
                for number, line in enumerate(self._text.split("\n"))
                if len(line) <= 200 and line.strip()
            ]
        return self._short

    def paragraphs(self) -> list[tuple[int, int]]:
        """Runs of non-blank lines outside code, lists, tables and headings: [start, end)."""
        if self._paragraphs is None:
            self._paragraphs = self._find_paragraphs()
        return self._paragraphs

    def _find_paragraphs(self) -> list[tuple[int, int]]:
        # Runs of non-blank lines, found by one scan of the text; then split where code, a heading or a list or
        # table line interrupts them (those few lines are looked up, not every line).
        if self._text is None:
            self._text = "\n".join(self.lines)
            self._starts = _starts(self._text)
        starts = self._starts or [0]
        excluded = sorted({*self.code, *self.headings, *self.in_structure})
        runs: list[tuple[int, int]] = []
        for match in _NON_BLANK_RUN.finditer(self._text):
            first = bisect_right(starts, match.start()) - 1
            last = bisect_right(starts, max(match.start(), match.end() - 1)) - 1
            start = first
            position = bisect_right(excluded, first - 1)
            while position < len(excluded) and excluded[position] <= last:
                if excluded[position] > start:
                    runs.append((start, excluded[position]))
                start = excluded[position] + 1
                position += 1
            if start <= last:
                runs.append((start, last + 1))
        return runs


_NEWLINE = re.compile(r"\n")
_NON_BLANK_RUN = re.compile(r"(?:^[^\S\n]*\S[^\n]*(?:\n|\Z))+", re.MULTILINE)
# The first characters of lines that may start a block here (a heading, a list, a fence, an indented line).
_STRUCTURE_FIRST = frozenset("#`~-*+0123456789 \t")
_FENCE = re.compile(r"^[ \t]{0,3}(?P<mark>`{3,}|~{3,})")
_HEADING = re.compile(r"^[ \t]{0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$")
_LIST_MARK = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|[0-9]{1,3}[*†]?[.)])(?:[ \t]+|$)")
# GFM's delimiter row: a cell of at least one dash, with optional colons (`|:--|:-:|---|`).
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:[|+][ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
# An underline that makes the line above a heading (CommonMark's setext headings: `Title` / `=====`, `Part` / `---`).
_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FRONT_KEY = re.compile(r"^[A-Za-z_][\w\- ]*:(?!//)")  # (`https://...` is a link, not a key)
_TOML_LINE = re.compile(r"[A-Za-z_][\w\-]*[ \t]*=|\[\[?[\w.\-]+\]\]?[ \t]*$")
# Org-mode
_ORG_HEADLINE = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<text>.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")
_ORG_KEYWORD = re.compile(r"^[ \t]*#\+(?!begin|end)[A-Za-z_]+:", re.IGNORECASE)
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(?P<edge>begin|end)_\w+", re.IGNORECASE)
_ORG_DRAWER = re.compile(r"^[ \t]*:(?P<name>[A-Za-z_]+):[ \t]*$")
_ORG_LINK = re.compile(r"\[\[(?P<url>[^\]\n]+)\](?:\[(?P<label>[^\]\n]+)\])?\]")
# A headline's bibliographic properties (org-ref, org-noter, org-roam: `:TITLE:`, `:ARXIV:`, `:URL:`, `:ROAM_REFS:`),
# read as the fields of its record; any other property (`:ID:`, `:CUSTOM_ID:`, `:CREATED:`) is never read.
_ORG_PROPERTY = re.compile(r"^[ \t]*:(?P<key>[A-Za-z_\-]+):[ \t]+(?P<value>\S.*)$")
_ORG_FIELDS = {
    "TITLE": "Title",
    "AUTHOR": "Authors",
    "AUTHORS": "Authors",
    "URL": "URL",
    "ROAM_REFS": "URL",
    "PDF": "URL",
    "DOI": "DOI",
    "ARXIV": "arXiv",
    "EPRINT": "arXiv",
    "OPENREVIEW": "URL",
    "VENUE": "Venue",
    "JOURNAL": "Venue",
    "BOOKTITLE": "Venue",
}
# Task keywords of org-mode and Logseq (`DONE Title`, `LATER [[Title]]`): never part of a title.
TODO_KEYWORD = re.compile(
    r"^(?:TODO|DONE|NEXT|WAITING|WAIT|READING|SKIPPED|CANCELLED|CANCELED|DOING|LATER|NOW)[ \t]+"
)
_ORG_PRIORITY = re.compile(r"^\[#[A-Z]\][ \t]+")
# A file's declaration of its own task keywords (`#+TODO:`, `#+SEQ_TODO:`, `#+TYP_TODO:`), and one keyword in it
# (`LEYENDO(l!)`: the word before its key and logging marks).
_ORG_TODO_LINE = re.compile(r"^[ \t]*#\+(?:SEQ_|TYP_)?TODO:", re.IGNORECASE)
_ORG_TODO_WORD = re.compile(r"(?<!\S)(?P<word>[^\s|()]+)(?:\([^)\s]*\))?(?!\S)")


def _starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _NEWLINE.finditer(text))]


def outline(text: str, shape: Shape) -> Outline:
    """Read the structure of `text` (Markdown, HTML turned Markdown, org or plain text)."""
    lines = text.split("\n")
    if shape is Shape.ORG:
        lines, code = _org_to_markdown(lines)
        front: frozenset[int] = frozenset()
    elif shape is Shape.RST:
        lines, code = _rst_to_markdown(lines)
        front = frozenset()
    else:
        code = _front_matter(lines)
        front = frozenset(code)
    result = Outline(shape=shape, lines=lines, code=code, front=front)
    if shape is Shape.TEXT:
        if "\t" in text:
            _tab_tables(result)  # (plain text has no other structure read here: its lines are the reader's)
        if ",," in text or text.count(",") >= 6:
            _comma_tables(result)  # (or a CSV file printed in a terminal, `head papers.csv`)
        # (its rule with or without spaces inside its bars: `|---|`, `| -- | --- |` as csvlook writes it)
        if "|" in text and ("-+-" in text or "|-" in text or "-|" in text or "| -" in text):
            _ruled_tables(
                result
            )  # (but a table of bars with its rule: a query's result in `psql`, Markdown's)
        return result
    _blocks(result)
    return result


def _tab_tables(result: Outline) -> None:
    """The tables of a plain text whose cells tabs part (see `_tab_table_end`); a table of one row, too, under a
    header another table of the text has (a list's parts, each a table under the same header)."""
    single: list[tuple[int, int]] = []
    headers: set[str] = set()
    index = 0
    while index < len(result.lines):
        end = _tab_table_end(result.lines, index) if "\t" in result.lines[index] else None
        if end is not None:
            _tab_table(result, index, end)
            headers.add(result.lines[index].strip())
        elif "\t" in result.lines[index] and (one := _tab_table_end(result.lines, index, rows=1)) is not None:
            single.append((index, one))
        elif "\t" in result.lines[index] and (end := _headerless_table_end(result.lines, index)) is not None:
            _headerless_table(result, index, end)
        index = end or index + 1
    taken = [(table.start, table.end) for table in result.tables]
    for index, end in single:
        if result.lines[index].strip() in headers and not any(
            start < end and index < stop for start, stop in taken
        ):
            _tab_table(result, index, end)
    result.tables.sort(key=lambda table: table.start)


def _ruled_tables(result: Outline) -> None:
    """The tables of a plain text written with bars, a header row over its rule (`----+------`, `|---|---|`): a
    database shell's query results, a Markdown table pasted into text."""
    lines = result.lines
    index = 0
    while index + 1 < len(lines):
        rule = lines[index + 1]
        if (
            "|" in lines[index]
            and "-" in rule
            and ("+" in rule or "|" in rule)
            and _DELIMITER_ROW.match(rule)
            and index not in result.in_structure
        ):
            index = _table(result, index)
            continue
        index += 1


_PAGE_PROPERTY = re.compile(r"^[A-Za-z][\w\-]{0,30}::[ \t]")


_TABBED_FIELD = re.compile(r"^[a-z][\w\-]{0,30}:\t")
_FRONT_MATTER_LINES = 2000  # (a Quarto or Pandoc document's front matter may hold its whole bibliography)


def _front_matter(lines: list[str]) -> set[int]:
    """The YAML front matter of a Markdown post (`---` / `key: value` lines / `---`), or a Logseq page's
    properties (its first lines, each `key:: value`)."""
    properties = 0
    while properties < min(len(lines), 80) and _PAGE_PROPERTY.match(lines[properties]):
        properties += 1
    if properties:
        return set(range(properties))
    fields = 0
    while fields < min(len(lines), 80) and _TABBED_FIELD.match(lines[fields]):
        fields += 1
    if fields >= 3 and fields < len(lines) and lines[fields].strip() == "--":
        # (`title:<TAB>…` / `state:<TAB>OPEN` / … / `--`: a command-line tool's header of the document, as GitHub's
        # `gh issue view` prints an issue's or a pull request's)
        return set(range(fields + 1))
    if not lines or lines[0].strip() not in ("---", "+++"):
        return set()
    fence = lines[0].strip()
    for index in range(1, min(len(lines), _FRONT_MATTER_LINES)):
        if lines[index].strip() == fence:
            return set(range(index + 1))
        line = lines[index]
        if (
            line.strip()
            and not _FRONT_KEY.match(line)
            and not (fence == "+++" and _TOML_LINE.match(line))  # (Hugo's TOML: `title = "…"`, `[cover]`)
            and not line[:1].isspace()
            and not line.startswith("-")
        ):
            return set()
    return set()


def _org_to_markdown(lines: list[str]) -> tuple[list[str], set[int]]:
    """Org-mode lines as the Markdown they mean, line for line; drawers, blocks and keywords as code."""
    out: list[str] = []
    code: set[int] = set()
    in_block = False
    in_drawer = False
    in_properties = False
    # (the file's own task keywords, `#+TODO: POR-LEER(p) | LEÍDO(d!)`, as well as org's usual ones)
    own_keywords = {
        keyword.group("word")
        for line in lines
        if (declared := _ORG_TODO_LINE.match(line)) is not None
        for keyword in _ORG_TODO_WORD.finditer(line, declared.end())
    }
    for index, line in enumerate(lines):
        block = _ORG_BLOCK.match(line)
        if block is not None:
            in_block = block.group("edge").casefold() == "begin"
            code.add(index)
            out.append("")
            continue
        drawer = _ORG_DRAWER.match(line)
        if drawer is not None:
            in_drawer = drawer.group("name").upper() != "END"
            in_properties = drawer.group("name").upper() == "PROPERTIES"
            code.add(index)
            out.append("")
            continue
        if in_properties:  # (its other properties are blank lines, not code: the fields stay one record)
            field_ = _ORG_PROPERTY.match(line)
            if field_ is not None and field_.group("key").upper() in _ORG_FIELDS:
                out.append(f"{_ORG_FIELDS[field_.group('key').upper()]}: {field_.group('value').strip()}")
            else:
                out.append("")
            continue
        if in_block or in_drawer or _ORG_KEYWORD.match(line):
            code.add(index)
            out.append("")
            continue
        headline = _ORG_HEADLINE.match(line)
        if headline is not None:
            words = TODO_KEYWORD.sub("", headline.group("text"))
            if own_keywords and (first := words.split(None, 1)) and first[0] in own_keywords:
                words = first[1] if len(first) > 1 else ""
            words = _ORG_PRIORITY.sub("", words)
            out.append("#" * min(6, len(headline.group("stars"))) + " " + words)
            continue
        if "[[" in line:
            line = _ORG_LINK.sub(_org_link, line)
        out.append(line)
    return out, code


# reStructuredText: section adornments, directives and their indented bodies, hyperlink targets, citations,
# roles, inline links (`Text <url>`_) and references to named targets (`Name`_).
_RST_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}[ \t]*$")
_RST_DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+(?P<name>[\w:-]+)::")
_RST_TARGET = re.compile(r"^[ \t]*\.\.[ \t]+_(?P<name>`[^`]+`|[^:]+):[ \t]*(?P<url>\S*)[ \t]*$")
_RST_CITATION = re.compile(r"^[ \t]*\.\.[ \t]+(?P<label>\[[^\]\n]+\])[ \t]+")
_RST_COMMENT = re.compile(r"^[ \t]*\.\.(?:[ \t]|$)")
_RST_INLINE_LINK = re.compile(r"`(?P<text>[^`<\n]+?)[ \t]*<(?P<url>[^`>\n]+)>`__?")
_RST_NAMED_REF = re.compile(r"`(?P<name>[^`<\n]+)`__?(?!\w)|(?<![\w`])(?P<word>[\w.-]+)__?(?![\w`])")
_RST_ROLE = re.compile(r":(?P<role>[\w-]+):`(?P<text>[^`\n]+)`")
# (a citation `[Brown2020]_`, a footnote `[1]_`, `[#name]_`, `[#]_`, `[*]_`)
_RST_CITE_REF = re.compile(r"(\[(?:#?[\w.+-]{1,30}|#|\*)\])_(?!\w)")
# A field (`:Authors: ...`, `:last-updated: 2024-03-12`, `:Kaplan et al.: Title`), not a role (`:ref:`x``).
_RST_FIELD = re.compile(r"^:(?P<name>[^:\s`][^:`\n]{0,39}?):(?:[ \t]|$)")
# Directives whose bodies are tables of rows (`list-table`: `* - cell`, `  - cell`; `csv-table`: CSV lines).
_RST_TABLES = frozenset(["list-table", "csv-table"])
_RST_LIST_CELL = re.compile(r"^(?P<row>\*[ \t]+)?-[ \t]+(?P<text>.*)$")
# Directives whose bodies are never read (code, maths, raw output, the table of contents, images).
_RST_NOT_READ = frozenset(
    [
        "code",
        "code-block",
        "sourcecode",
        "literalinclude",
        "math",
        "raw",
        "contents",
        "toctree",
        "image",
        "figure",
        "highlight",
        "include",
        "only",
        "ipython",
        "doctest",
        "testcode",
        "graphviz",
        "autosummary",
    ]
)
_RST_LEVELS = "=-~^\"'`#*+:._"


def _rst_to_markdown(lines: list[str]) -> tuple[list[str], set[int]]:
    """reStructuredText lines as the Markdown they mean, line for line: titles as headings (their adornment
    lines blank), links as `[text](url)`, named targets resolved, `:arxiv:` roles as `arXiv:ID`, citations as
    bracketed references; code and other unread directives (with their indented bodies) as code."""
    targets: dict[str, str] = {}
    for line in lines:
        target = _RST_TARGET.match(line) if ".. _" in line else None
        if target is not None and target.group("url"):
            targets[target.group("name").strip("`").casefold()] = target.group("url")
    out: list[str] = []
    code: set[int] = set()
    levels: list[str] = []
    skip_indent: int | None = None  # inside an unread directive or a literal block: its body's indent
    directive_indent: int | None = None  # inside a read directive (a note): its options are not text
    consumed = 0  # (lines before this one were read with a table directive above them)
    for index, line in enumerate(lines):
        if index < consumed:
            continue
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None:
            if not stripped or indent > skip_indent:
                code.add(index)
                out.append("")
                continue
            skip_indent = None
        if (
            directive_indent is not None
            and stripped
            and indent > directive_indent
            and _RST_FIELD.match(stripped)
        ):
            out.append("")  # a directive's option (`:depth: 2`)
            continue
        if stripped and indent <= (directive_indent if directive_indent is not None else -1):
            directive_indent = None
        adornment = _RST_ADORNMENT.match(line)
        if adornment is not None:
            following = lines[index + 1] if index + 1 < len(lines) else ""
            previous = out[-1] if out else ""
            if previous.strip() and not previous.startswith("#") and index > 0 and lines[index - 1].strip():
                char = adornment.group(1)
                if char not in levels:
                    levels.append(char)
                out[-1] = "#" * min(6, levels.index(char) + 1) + " " + previous.strip()
            elif following.strip() and index + 2 < len(lines) and _RST_ADORNMENT.match(lines[index + 2]):
                pass  # an overline: its title and underline follow
            out.append("")
            continue
        directive = _RST_DIRECTIVE.match(line)
        if directive is not None and directive.group("name").casefold() in _RST_TABLES:
            end = _rst_block_end(lines, index, len(directive.group("indent")))
            out.extend(table_directive_lines(lines[index:end], directive.group("name").casefold(), targets))
            consumed = end
            continue
        if directive is not None:
            name = directive.group("name").casefold()
            if name in _RST_NOT_READ:
                skip_indent = len(directive.group("indent"))
                code.add(index)
            else:
                directive_indent = len(directive.group("indent"))
            out.append("")
            continue
        if _RST_TARGET.match(line):
            code.add(index)
            out.append("")
            continue
        citation = _RST_CITATION.match(line)
        if citation is not None:
            line = citation.group("label") + " " + line[citation.end() :]
        elif _RST_COMMENT.match(line):
            skip_indent = indent
            code.add(index)
            out.append("")
            continue
        if line.rstrip().endswith("::") and not line.rstrip().endswith(":::"):
            skip_indent = indent  # `text::` introduces a literal block
            line = line.rstrip()[:-1]
        if directive_indent is not None and indent > directive_indent:
            line = line.lstrip()
        field_ = _RST_FIELD.match(line)
        if field_ is not None:
            line = field_.group("name") + ": " + line[field_.end() :]
        if "`" in line or "_" in line:
            line = _rst_inline(line, targets)
        out.append(line)
    return out, code


def _rst_block_end(lines: list[str], start: int, indent: int) -> int:
    """The index after the indented body of the directive at `start` (blank lines inside it included)."""
    end = start + 1
    last = start
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = end
        end += 1
    return last + 1


def table_directive_lines(block: list[str], kind: str, targets: dict[str, str] | None) -> list[str]:
    """A `list-table` or `csv-table` directive (`block`: its line and its body) as Markdown, line for line: reST's,
    or MyST's (`targets` None: its cells are Markdown already, no reST markup to convert).

    A `list-table` row spans lines: it becomes an item whose first cell is its line (`- Paper: Title`) and whose
    other cells are its sub-items (`  - Link: [abs](url)`), each `Header: cell`, as a reading list's entries are
    written (a column named as no known label never runs on into the title); without a header, the cells alone. A
    `csv-table` row is a line: it becomes a Markdown table row, its header and the rule below it written on the
    two lines above the first row (the blank line a directive's body starts after, and the line before it)."""
    import csv

    out = [""] * len(block)
    options: dict[str, str] = {}
    rows: list[list[tuple[int, str]]] = []  # per row: (line, cell text) per cell
    for number, line in enumerate(block):
        if number == 0:
            continue
        stripped = line.strip()
        option = _RST_FIELD.match(stripped)
        if option is not None and not rows:
            options[option.group("name").casefold()] = stripped[option.end() :].strip()
            continue
        if not stripped:
            continue
        if kind == "csv-table":
            cells = next(csv.reader([stripped], skipinitialspace=True), [])
            rows.append([(number, cell) for cell in cells])
            continue
        cell = _RST_LIST_CELL.match(stripped)
        if cell is not None and (cell.group("row") or rows):
            if cell.group("row"):
                rows.append([])
            rows[-1].append((number, cell.group("text")))
        elif rows and rows[-1]:
            at, text = rows[-1][-1]
            rows[-1][-1] = (at, f"{text} {stripped}")  # (a cell's text going on)
    header: list[str] = []
    if "header" in options:
        header = next(csv.reader([options["header"]], skipinitialspace=True), [])
    elif rows and options.get("header-rows", "0").strip()[:1] not in ("", "0"):
        header = [text for _, text in rows.pop(0)]
    if kind == "csv-table":
        if rows and rows[0][0][0] >= 2:
            first = rows[0][0][0]
            width = max(len(row) for row in rows)
            names = (header or [""] * width) + [""] * (width - len(header))
            out[first - 2] = "| " + " | ".join(name.replace("|", "\\|") for name in names) + " |"
            out[first - 1] = "|" + " --- |" * width
        for row in rows:
            cells = [
                _rst_inline(text, targets) if "`" in text and targets is not None else text for _, text in row
            ]
            out[row[0][0]] = "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
        return out
    for row in rows:
        for position, (number, text) in enumerate(row):
            if targets is not None and ("`" in text or "_" in text):
                text = _rst_inline(text, targets)
            name = header[position].strip() if position < len(header) else ""
            written = f"{name}: {text}" if name and text.strip(" –-") else text
            out[number] = ("- " if position == 0 else "  - ") + written if written.strip(" –-") else ""
    return out


def _rst_inline(line: str, targets: dict[str, str]) -> str:
    line = _RST_INLINE_LINK.sub(
        lambda match: f"[{match.group('text').strip()}]({match.group('url').strip()})", line
    )
    line = _RST_ROLE.sub(_rst_role, line)
    line = _RST_CITE_REF.sub(r"\1", line)

    def named(match: re.Match[str]) -> str:
        name = match.group("name") or match.group("word")
        url = targets.get(name.casefold())
        if url is None:
            return match.group(0) if match.group("word") else name
        return f"[{name}]({url})"

    return _RST_NAMED_REF.sub(named, line).replace("``", "")


def _rst_role(match: re.Match[str]) -> str:
    role, text = match.group("role").casefold(), match.group("text")
    if role in ("arxiv", "arxiv-id"):
        return "arXiv:" + text
    if role in ("doi",):
        return "https://doi.org/" + text
    return text


def _org_link(match: re.Match[str]) -> str:
    url, label = match.group("url"), match.group("label")
    if label:
        return f"[{label}]({url})"
    return url


def _blocks(result: Outline) -> None:
    lines = result.lines
    count = len(lines)
    index = 0
    in_fence: str | None = None
    while index < count:
        line = lines[index]
        if in_fence is None and "\t" in line and (end := _tab_table_end(lines, index)) is not None:
            _tab_table(
                result, index, end
            )  # (a table copied from a page or a sheet: its cells parted by tabs)
        if (
            in_fence is None
            and line[:1] in "=-"
            and _SETEXT_UNDERLINE.match(line)
            and _setext_text(lines, index, result)
        ):
            # (`Books` / `-----`: CommonMark's heading underlined, its text the paragraph's one line above)
            result.headings[index - 1] = (1 if line.lstrip()[:1] == "=" else 2, lines[index - 1].strip())
            index += 1
            continue
        if in_fence is None and line[:1] not in _STRUCTURE_FIRST and "|" not in line:
            index += 1  # prose: the bulk of a digest, and the start of nothing here
            continue
        if index in result.code:
            index += 1
            continue
        fence = _FENCE.match(line)
        if in_fence is not None:
            result.code.add(index)
            if fence is not None and fence.group("mark")[0] == in_fence[0]:
                in_fence = None
            index += 1
            continue
        if fence is not None:
            in_fence = fence.group("mark")
            result.code.add(index)
            index += 1
            continue
        if line[:1] in ("#", " ") or line.startswith("   #"):
            heading = _HEADING.match(line)
            if heading is not None:
                result.headings[index] = (len(heading.group("marks")), heading.group("text").strip())
                index += 1
                continue
        if (
            "|" in line
            and index + 1 < count
            and _DELIMITER_ROW.match(lines[index + 1])
            and "-" in lines[index + 1]
        ):
            index = _table(result, index)
            continue
        if _LIST_MARK.match(line) and not _RULE.match(line):
            index = _list_region(result, index)
            continue
        index += 1


def _setext_text(lines: list[str], index: int, result: Outline) -> bool:
    """Whether the line above the underline at `index` is a paragraph's one line of text that the underline makes a
    heading: not blank, no list item, heading, table row or code, with a blank line (or nothing) above it."""
    if index == 0:
        return False
    text = lines[index - 1]
    return (
        bool(text.strip())
        and len(text) <= 120
        and (index - 1 == 0 or not lines[index - 2].strip())
        and (index - 1) not in result.code
        and (index - 1) not in result.headings
        and _LIST_MARK.match(text) is None
        and "|" not in text
        and not text.startswith(("    ", "\t"))
    )


def _cells(row: str) -> list[str]:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]


def _without_sheet_frame(
    header: list[str], rows: list[tuple[int, list[str]]]
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A sheet's table as a spreadsheet's HTML export writes it (Google Sheets', LibreOffice's) without its frame:
    a header of column letters (`| | A | B | C |`) gives way to the first row, the sheet's own header, and a first
    column of row numbers is left out."""
    letters = [cell for cell in header if cell]
    if len(letters) < 2 or not rows or letters != [chr(ord("A") + n) for n in range(len(letters))]:
        return header, rows
    numbered = not header[0] and all(cells[:1] and cells[0].isdigit() for _, cells in rows)
    cut = 1 if numbered else 0
    return rows[0][1][cut:], [(line, cells[cut:]) for line, cells in rows[1:]]


def _table(result: Outline, start: int) -> int:
    lines = result.lines
    header = _cells(lines[start])
    rows: list[tuple[int, list[str]]] = []
    index = start + 2
    while index < len(lines) and lines[index].strip() and "|" in lines[index]:
        cells = _cells(lines[index])
        if not (rows and _goes_on(rows[-1][1], cells)):
            rows.append((index, cells))
        index += 1
    header, rows = _without_sheet_frame(header, rows)
    parts = _sheet_tables(start, header, rows)
    for number, (part_start, part_header, part_rows) in enumerate(parts):
        end = parts[number + 1][0] if number + 1 < len(parts) else index
        result.tables.append(Table(start=part_start, end=end, header=part_header, rows=part_rows))
    result.in_structure.update(range(start, index))
    return index


def _sheet_tables(
    start: int, header: list[str], rows: list[tuple[int, list[str]]]
) -> list[tuple[int, list[str], list[tuple[int, list[str]]]]]:
    """A table as (first line, header, rows), or the tables a sheet's page holds one under another: after an empty
    row, a row that names columns (short words, no number) over rows of their own starts a table with its own
    header (`| | Lịch seminar | Địa điểm | Người trình bày |`, a schedule under a reading list)."""
    tables = [(start, header, list[tuple[int, list[str]]]())]
    for position, (line, cells) in enumerate(rows):
        previous = rows[position - 1][1] if position else header
        if (
            position + 1 < len(rows)
            and not any(cell.strip() for cell in previous)
            and _names_columns(cells)
            and cells != tables[-1][1]
        ):
            tables.append((line, cells, []))
            continue
        tables[-1][2].append((line, cells))
    return [table for table in tables if table[2]]


def _names_columns(cells: list[str]) -> bool:
    """A row that reads as a header: two names or more, each a few words, none with a digit."""
    named = [cell.strip() for cell in cells if cell.strip()]
    return len(named) >= 2 and all(
        len(name.split()) <= 4 and not any(c.isdigit() for c in name) for name in named
    )


def _goes_on(previous: list[str], cells: list[str]) -> bool:
    """Whether a row only carries on a cell of the row above, which it then joins (a title broken over two rows,
    as a `<br>` in a cell is written out: `| 1 | An Image is Worth 16x16 Words: | ICLR 2021 |` / `|  | Transformers
    for Image Recognition at Scale |  |`): one cell filled, not the first, where the cell above is cut mid-title."""
    filled = [number for number, cell in enumerate(cells) if cell.strip()]
    if len(filled) != 1 or filled[0] == 0 or len(cells) > len(previous) or not previous[filled[0]].strip():
        return False
    column = filled[0]
    above, more = previous[column].rstrip(), cells[column].strip()
    last = above.rsplit(None, 1)[-1].casefold() if above else ""
    if (
        _LABEL_START.match(more)
        or len(above.split()) < 3
        # (a title's rest is short and plain: a citation of its own, with its year or a link, is another entry)
        or len(more.split()) > 12
        or _CITED_BITS.search(more) is not None
        or not (above.endswith((":", "-", "–", ",")) or more[:1].islower() or last in _CUT_WORDS)
    ):
        # (`taust: *Title*`: a labelled second entry in the cell; `Required:` over a reading: a label, no title cut)
        return False
    previous[column] = f"{above} {more}"
    return True


_CITED_BITS = re.compile(r"\bet al\b|\b(?:19|20)[0-9]{2}\b|\]\(|https?://")
_LABEL_START = re.compile(r"[^\s:：|]{1,20}[:：][ \t]")
# Words a title is not cut after but for want of room: its small words.
_CUT_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "in",
        "on",
        "to",
        "with",
        "via",
        "by",
        "from",
        "at",
        "as",
        "into",
    ]
)


# Rows of a table copied as text (a web page's, a spreadsheet's): at least this many lines, its header's cells too.
_TAB_ROWS = 3
# (not a chat's text export, a message a line: `20:35<TAB>Name<TAB>message`)
_TAB_CHAT_LINE = re.compile(r"^(?:午[前後][ \t]*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]*[AP]M)?\t")


def _tab_table_end(lines: list[str], start: int, rows: int = _TAB_ROWS - 1) -> int | None:
    """Where a table whose cells tabs part ends, when one starts at `start` (a header of two cells or more, then
    `rows` rows or more of as many cells or fewer, none indented by a tab but a row of all its cells whose first is
    empty); None when none does."""
    header = lines[start]
    if header[:1] == "\t" or _TAB_CHAT_LINE.match(header) or (start > 0 and "\t" in lines[start - 1]):
        return None
    width = header.count("\t")
    if any(
        len(cell) > 40 or ": " in cell or any(char.isdigit() for char in cell) for cell in header.split("\t")
    ):
        # (a header names its columns in a word or two, no value, no number: this is a row, of flash cards, of a
        # schedule, of a log …)
        return None
    index = start + 1
    while (
        index < len(lines)
        and 1 <= lines[index].count("\t") <= width
        # (a row whose first cell is empty opens on its tab, its cells as many as the header's: no indent)
        and (lines[index][:1] != "\t" or lines[index].count("\t") == width >= 2)
    ):
        index += 1
    return index if index - start > rows and width >= 1 else None


_HEADED_ABOVE = 12
_LIST_NUMBER_CELL = re.compile(r"[0-9]{1,3}[.)]\t")
# (a label a cell opens on: `Title: `, `Re: `, `[list-name] `)
_CELL_LABEL = re.compile(r"\[[^\]\n]{1,40}\]|[^\W\d_]{1,15}:(?= )")


def _headerless_table_end(lines: list[str], start: int) -> int | None:
    """Where a table of rows with no header ends (a query's output printed as tab-separated values, `jq -r …
    | @tsv`), when one starts at `start`: three rows or more, each with as many cells as the first, two or more,
    none opening on a tab, the line before holding no tab; None when none does."""
    first = lines[start]
    width = first.count("\t")
    if first[:1] == "\t" or _TAB_CHAT_LINE.match(first) or (start > 0 and "\t" in lines[start - 1]):
        return None
    if any(line.count("\t") == width for line in lines[max(0, start - _HEADED_ABOVE) : start]):
        # (the rows of a table headed above, a label line between: `Name<TAB>Size`, `Files`, rows)
        return None
    index = start + 1
    while index < len(lines) and lines[index].count("\t") == width and lines[index][:1] != "\t":
        index += 1
    if index - start < _TAB_ROWS or _LIST_NUMBER_CELL.match(first):
        return None  # (`1.<tab>Reference …`: a word processor's numbered list, not a table)
    for column in zip(*(line.split("\t") for line in lines[start:index]), strict=True):
        openings = [opening.group() for cell in column if (opening := _CELL_LABEL.match(cell.strip()))]
        if len(openings) > len(set(openings)):
            # (`Title: …`, `Re: [list] …` opening cells of one column: fields or mail subjects, each line's own
            # label read by the line reader)
            return None
    return index


def _headerless_table(result: Outline, start: int, end: int) -> None:
    lines = result.lines
    rows = [(index, [cell.strip() for cell in lines[index].split("\t")]) for index in range(start, end)]
    # (its columns unnamed: only a column whose cells read as papers' titles makes it a table, see
    # `entries._tables`)
    result.tables.append(
        Table(start=start, end=end, header=[""] * (lines[start].count("\t") + 1), rows=rows, tabbed=True)
    )


def _comma_tables(result: Outline) -> None:
    """The CSV files a plain text holds as printed (`head papers.csv` in a terminal): a header of three names or
    more, each a word or two with no digit, then two rows or more of as many cells, one a line."""
    lines = result.lines
    taken = {line for table in result.tables for line in range(table.start, table.end)}
    index = 0
    while index + 2 < len(lines):
        commas = lines[index].count(",")
        if (
            commas < 2
            or index in taken
            or lines[index + 1].count(",") < commas
            or lines[index + 2].count(",") < commas
            or "\t" in lines[index]
        ):
            index += 1
            continue
        header = _csv_cells(lines[index])
        if len(header) < 3 or not all(
            cell and len(cell) <= 30 and len(cell.split()) <= 3 and not any(char.isdigit() for char in cell)
            for cell in header
        ):
            index += 1
            continue
        end = index + 1
        rows: list[tuple[int, list[str]]] = []
        while end < len(lines) and end not in taken and len(cells := _csv_cells(lines[end])) == len(header):
            rows.append((end, cells))
            end += 1
        if len(rows) >= 2:
            result.tables.append(Table(start=index, end=end, header=header, rows=rows, tabbed=True))
        index = max(end, index + 1)
    result.tables.sort(key=lambda table: table.start)


def _csv_cells(line: str) -> list[str]:
    import csv  # (only for texts that hold comma-parted lines)

    try:
        return [cell.strip() for cell in next(csv.reader([line]), [])]
    except csv.Error:
        return []


def _tab_table(result: Outline, start: int, end: int) -> None:
    lines = result.lines
    rows = [(index, [cell.strip() for cell in lines[index].split("\t")]) for index in range(start + 1, end)]
    header = [cell.strip() for cell in lines[start].split("\t")]
    # (its lines are not marked as structure: a tab-parted block is as often flash cards or a chat, and only a table
    # with a column of titles is read as one, see `entries._tables`)
    result.tables.append(Table(start=start, end=end, header=header, rows=rows, tabbed=True))


def _list_region(result: Outline, start: int) -> int:
    """Find where the list starting at `start` ends, and read its items with markdown-it."""
    lines = result.lines
    index = start + 1
    last_content = start
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            following = index + 1
            while following < len(lines) and not lines[following].strip():
                following += 1
            if following >= len(lines):
                break
            nxt = lines[following]
            if _LIST_MARK.match(nxt) or nxt[:1] in (" ", "\t"):
                index = following
                continue
            break
        if index in result.code or _FENCE.match(line) or (_HEADING.match(line) and line.lstrip()[:1] == "#"):
            break
        if _RULE.match(line) and not line[:1].isspace():
            break
        last_content = index
        index += 1
    end = last_content + 1
    if all(
        _LIST_MARK.match(lines[n]) and not lines[n][:1].isspace()
        for n in range(start, end)
        if lines[n].strip()
    ):
        # Items of one line each, nothing nested or continued: the lines are the items.
        items = [
            Item(n, n + 1, depth=0, ordered=lines[n].lstrip()[:1].isdigit(), own=[n])
            for n in range(start, end)
            if lines[n].strip()
        ]
    else:
        items = _parse_list(lines, start, end)
    if items:
        result.lists.append(items)
        result.in_structure.update(range(start, end))
    return end


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # here: only digests with lists need the parser

    parser = MarkdownIt("commonmark")
    # Block structure only: inline parsing (links, emphasis) is done where an entry is read, on its own text.
    parser.core.ruler.disable(["inline", "text_join"])
    parser.disable(["code"])  # an indented paragraph in a digest is text, not code
    return parser


def _parse_list(lines: list[str], start: int, end: int) -> list[Item]:
    tokens = _parser().parse("\n".join(lines[start:end]))
    top: list[Item] = []
    stack: list[Item] = []
    ordered: list[bool] = []
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            ordered.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            ordered.pop()
        elif kind == "list_item_open" and token.map is not None:
            item_start, item_end = token.map[0] + start, token.map[1] + start
            while item_end > item_start + 1 and not lines[item_end - 1].strip():
                item_end -= 1
            item = Item(item_start, item_end, depth=len(stack), ordered=bool(ordered and ordered[-1]))
            (stack[-1].children if stack else top).append(item)
            stack.append(item)
        elif kind == "list_item_close":
            done = stack.pop()
            taken = {line for child in done.children for line in range(child.start, child.end)}
            done.own = [
                line for line in range(done.start, done.end) if line not in taken and lines[line].strip()
            ]
        elif kind in ("fence", "code_block") and token.map is not None:
            pass
    return top


def item_lines(item: Item) -> list[int]:
    """Every non-blank line of an item and its sub-items, in order."""
    found = list(item.own)
    for child in item.children:
        found.extend(item_lines(child))
    return sorted(found)
