"""Models → files other tools read: BibTeX, CSL-JSON, a Markdown or HTML reading list, CSV, JSON.

The converters (`to_bibtex`, `to_csl_json`, `to_markdown`, `to_html`) are pure; the format registry
(`views/formats.py`) calls them. Citation keys are computed over the whole reading list, so a paper keeps its
key whatever the filters and across runs (see `citation_keys`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from paperlist.ids import exact_arxiv_id, is_category, is_doi, is_openreview_id
from paperlist.models import Paper, ReadStatus
from paperlist.views.text import (
    clean,
    md_escape,
    md_link,
    to_json,
)

# --- citation keys -----------------------------------------------------------------------------------

# Words a key never starts its title part with (Google Scholar style: wu2020lite, not wu2020the).
_KEY_SKIP = frozenset({"a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "is", "are", "via"})


# Each part of a key is cut to this many characters (a 5,000-character title once made an 8,010-character key).
_KEY_PART_MAX = 40


def base_key(paper: Paper) -> str:
    """`<first author's surname><year><first title word>`, ASCII lower-case: `wu2020lite`."""
    surname = _ascii_word(_name_parts(paper.authors[0][:200])[1]) if paper.authors else ""
    surname = surname[:_KEY_PART_MAX]
    year = (paper.published or paper.dated or "")[:4]
    year = year if year.isdigit() else ""
    words = [_ascii_word(word)[:_KEY_PART_MAX] for word in re.split(r"[\s:/-]+", (paper.title or "")[:1000])]
    word = next((w for w in words if w and w not in _KEY_SKIP), "")
    if surname:
        return f"{surname}{year}{word}"
    if word:
        return f"{word}{year}"  # no author known yet: never a key that starts with a digit
    if paper.arxiv_id:
        return "arxiv" + _ascii_word(paper.arxiv_id)[:_KEY_PART_MAX]
    if paper.openreview_id:
        return "openreview" + _ascii_word(paper.openreview_id)[:_KEY_PART_MAX]
    return f"paper{paper.id}"


def citation_keys(papers: Iterable[Paper]) -> dict[int, str]:
    """A unique key for every paper. On a clash the paper added first keeps the plain key and later
    ones get a, b, c ... (so adding papers never changes the keys already handed out)."""
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for paper in sorted(papers, key=lambda p: p.id):
        key = base_key(paper)
        suffix = 0
        candidate = key
        while candidate in taken:
            candidate = key + _letters(suffix)
            suffix += 1
        taken.add(candidate)
        keys[paper.id] = candidate
    return keys


def _letters(n: int) -> str:
    """0 → a, 25 → z, 26 → aa ..."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def _ascii_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", decomposed.encode("ascii", "ignore").decode().lower())


def _name_parts(name: str) -> tuple[str, str, str, str]:
    """(given, family, particle, suffix) by BibTeX's own name grammar ("Ludwig van Beethoven")."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    parts = parse_single_name_into_parts(name.strip(), strict=False)
    return " ".join(parts.first), " ".join(parts.last), " ".join(parts.von), " ".join(parts.jr)


# --- BibTeX ------------------------------------------------------------------------------------------

_MATH = re.compile(r"(\$[^$]+\$)")  # arXiv titles carry TeX math: keep it as written
# ... unless it could do more than typeset: TeX primitives that read or write files, run a shell, or redefine
# things, and `^^5c`-style character codes that spell a backslash past any check. Such "math" is escaped as
# text, so compiling a bibliography never runs what a title smuggled in.
_UNSAFE_TEX = re.compile(
    r"\^\^|\\(?:input|include|includeonly|InputIfFileExists|write|immediate|openout|openin|read|readline"
    r"|closeout|closein|def|edef|gdef|xdef|let|futurelet|catcode|csname|expandafter|newcommand|renewcommand"
    r"|providecommand|newenvironment|renewenvironment|usepackage|RequirePackage|documentclass|special"
    r"|directlua|latelua|shipout|everyjob|everypar|everymath|endinput|scantokens|makeatletter)(?![A-Za-z])"
)


def to_bibtex(papers: Sequence[Paper], keys: Mapping[int, str]) -> str:
    """BibTeX as LaTeX users expect for arXiv preprints (the fields arXiv's own export gives)."""
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field
    from bibtexparser.writer import BibtexFormat

    library = Library()
    for paper in papers:
        fields = [Field(name, value) for name, value in _bibtex_fields(paper) if value]
        library.add(Entry("misc", keys[paper.id], fields))
    if not papers:
        return ""
    layout = BibtexFormat()  # type: ignore[no-untyped-call]
    layout.indent = "  "
    layout.block_separator = "\n"
    return write_string(library, bibtex_format=layout)


def checked_fields(paper: Paper) -> Paper:
    """`paper` with every id, category, DOI and date an export writes as it is (not as text it escapes) kept
    only when well-formed: a record stored by an older paperlist, or edited by hand, cannot inject a field
    (`primaryClass = {cs.CL}, note = {...}`) or a link (`javascript:`)."""
    year = (paper.published or "")[:4]
    return replace(
        paper,
        arxiv_id=paper.arxiv_id if paper.arxiv_id and exact_arxiv_id(paper.arxiv_id) else None,
        openreview_id=paper.openreview_id
        if paper.openreview_id and is_openreview_id(paper.openreview_id)
        else None,
        primary_category=paper.primary_category
        if paper.primary_category and is_category(paper.primary_category)
        else None,
        doi=paper.doi if paper.doi and is_doi(paper.doi) else None,
        published=paper.published if year.isdigit() and _DAY.fullmatch(paper.published or "") else None,
        dated=paper.dated if _DAY.fullmatch(paper.dated or "") else None,
    )


_DAY = re.compile(r"[0-9]{4}(?:-[0-9]{2}){0,2}")


def _bibtex_fields(paper: Paper) -> list[tuple[str, str | None]]:
    """Every field escaped (text, through `_latex`) or validated (`checked_fields`)."""
    paper = checked_fields(paper)
    year = (paper.published or paper.dated or "")[:4] or None
    note = "; ".join(x for x in (paper.venue, paper.journal_ref) if x) or None
    return [
        ("title", bibtex_title(paper.title) if paper.title else None),
        ("author", " and ".join(_latex(name) for name in paper.authors) or None),
        ("year", year),
        ("eprint", paper.arxiv_id),
        ("archivePrefix", "arXiv" if paper.arxiv_id else None),
        ("primaryClass", paper.primary_category if paper.arxiv_id else None),
        ("doi", paper.doi),
        ("howpublished", "OpenReview" if paper.openreview_id and not paper.arxiv_id else None),
        ("note", _latex(note) if note else None),
        ("url", paper.abs_url or paper.openreview_url),
    ]


def bibtex_title(title: str) -> str:
    """A title encoded for LaTeX, words with inner capitals ({ResNeSt}, {BERT}) braced so that
    sentence-case styles keep them; `$math$` kept as written."""
    pieces = []
    for segment in _MATH.split(" ".join(title.split())):
        if _MATH.fullmatch(segment) and not _UNSAFE_TEX.search(segment) and _balanced(segment):
            pieces.append(segment)
            continue
        words = re.split(r"(\s+)", segment)
        pieces.append("".join(_protect(word) if word.strip() else word for word in words))
    return "".join(pieces)


def _balanced(math: str) -> bool:
    """Whether every brace of `math` is closed inside it (`$}, note = {$` would close the title field)."""
    depth = 0
    escaped = False
    for char in math:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and not escaped


def _protect(word: str) -> str:
    core, trail = re.fullmatch(r"(.*?)([.,:;!?)\]]*)", word, re.DOTALL).groups()  # type: ignore[union-attr]
    letters = [c for c in core if c.isalpha()]
    if any(c.isupper() for c in letters[1:]):
        return "{" + _latex(core) + "}" + _latex(trail)
    return _latex(word)


def _latex(text: str) -> str:
    """Unicode → LaTeX (`&` → `\\&`, `é` → `{\\'e}`); characters LaTeX has no name for (中文) stay as they are."""
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    encoder = UnicodeToLatexEncoder(
        replacement_latex_protection="braces", unknown_char_policy="keep", unknown_char_warning=False
    )
    return str(encoder.unicode_to_latex(clean(text)))


# --- CSL-JSON ----------------------------------------------------------------------------------------


def to_csl_json(papers: Sequence[Paper], keys: Mapping[int, str]) -> str:
    """CSL-JSON (what Zotero, pandoc and citeproc read): arXiv papers as preprints ("article")."""
    return to_json([csl_item(paper, keys[paper.id]) for paper in papers])


def csl_item(paper: Paper, key: str) -> dict[str, Any]:
    paper = checked_fields(paper)
    item: dict[str, Any] = {"id": key, "type": "article"}
    if paper.title:
        item["title"] = paper.title
    if paper.authors:
        item["author"] = [_csl_name(name) for name in paper.authors]
    issued = paper.published or paper.dated
    if issued:
        item["issued"] = {"date-parts": [[int(part) for part in issued.split("-")]]}
    if paper.arxiv_id:
        item.update(publisher="arXiv", number=f"arXiv:{paper.arxiv_id}", genre="Preprint")
    elif paper.openreview_id:
        item["publisher"] = "OpenReview"
    url = paper.abs_url or paper.openreview_url
    if url:
        item["URL"] = url
    if paper.doi:
        item["DOI"] = paper.doi
    if paper.abstract:
        item["abstract"] = paper.abstract
    if paper.venue or paper.journal_ref:
        item["note"] = "; ".join(x for x in (paper.venue, paper.journal_ref) if x)
    if paper.tags:
        item["keyword"] = ", ".join(paper.tags)
    return item


def _csl_name(name: str) -> dict[str, str]:
    given, family, particle, suffix = _name_parts(name)
    if not given and " " not in name.strip():
        return {"literal": name.strip()}  # a one-word name (张三, a collaboration): as written
    parts = {"family": family, "given": given, "non-dropping-particle": particle, "suffix": suffix}
    return {field: value for field, value in parts.items() if value}


# --- reading lists: Markdown and HTML ----------------------------------------------------------------

GROUPS = (
    (ReadStatus.READING, "Reading now"),
    (ReadStatus.UNREAD, "To read"),
    (ReadStatus.READ, "Read"),
    (ReadStatus.SKIPPED, "Skipped"),
)


@dataclass(frozen=True, slots=True)
class Group:
    status: ReadStatus
    title: str
    papers: tuple[Paper, ...]


def grouped(papers: Sequence[Paper]) -> list[Group]:
    """Papers by status (reading, to read, read, skipped), each group keeping the given order."""
    return [
        Group(status, title, tuple(p for p in papers if p.status is status))
        for status, title in GROUPS
        if any(p.status is status for p in papers)
    ]


def to_markdown(papers: Sequence[Paper], generated: str) -> str:
    """A reading list to read in any Markdown viewer: groups by status, each paper with its links,
    what the digests said and your note."""
    lines = ["# Reading list", "", f"{len(papers)} papers, exported {generated[:10]} by paperlist.", ""]
    for group in grouped(papers):
        lines += [f"## {group.title} ({len(group.papers)})", ""]
        for paper in group.papers:
            lines += _markdown_entry(paper)
    return "\n".join(lines).rstrip() + "\n"


def _markdown_entry(paper: Paper) -> list[str]:
    star = "★ " if paper.starred else ""
    lines = [f"### {star}{md_escape(paper.display_title)}", ""]
    facts = [md_escape(", ".join(paper.authors))] if paper.authors else []
    if paper.published or paper.dated:
        facts.append(str(paper.published or paper.dated))
    if paper.primary_category:
        facts.append(md_escape(paper.primary_category))
    facts += [md_link(label, url) for label, url in _links(paper)]
    if facts:
        lines += [" · ".join(facts), ""]
    if paper.tags:
        lines += ["Tags: " + " ".join(f"`{tag}`" for tag in paper.tags), ""]
    if paper.note:
        lines += ["**Your note:** " + md_escape(paper.note), ""]
    for mention in paper.mentions:
        if mention.text:
            lines.append(f"> {md_escape(mention.text, line_start=True)}  ")
            lines += [f"> — *{md_escape(mention.digest)}*", ""]
    return lines


def _links(paper: Paper) -> list[tuple[str, str]]:
    """The paper's pages, labelled; only http(s) addresses (a digest's `javascript:` link is dropped)."""
    candidates = [
        ("abs", paper.abs_url),
        ("pdf", paper.pdf_url),
        ("OpenReview", paper.openreview_url),
        *(("code", url) for url in paper.code_urls),
    ]
    return [(label, url) for label, url in candidates if url and re.match(r"https?://[^\s\"'<>]+$", url)]


def to_html(papers: Sequence[Paper], generated: str) -> str:
    """One self-contained page (inline CSS, no scripts, works offline): the reading list to read."""
    from jinja2 import Environment, PackageLoader

    environment = Environment(
        loader=PackageLoader("paperlist.views", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["clean"] = clean
    template = environment.get_template("reading_list.html")
    counts = {status.value: sum(1 for p in papers if p.status is status) for status in ReadStatus}
    return template.render(
        groups=grouped(papers),
        total=len(papers),
        counts=counts,
        generated=generated[:10],
        links=_links,
    )
