"""Models → files other tools read: BibTeX, CSL-JSON, a Markdown or HTML reading list, CSV, JSON.

The converters (`bibtex_entry`, `csl_item`, `markdown_reading_list`, `html_reading_list`) are pure and take
papers one at a time, as the store streams them; the format registry (`views/formats.py`) calls them. Citation
keys come with the papers: each is given once and stored (`paperlist/citekeys.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from paperlist.citekeys import name_parts
from paperlist.ids import exact_arxiv_id, is_category, is_doi, is_openreview_id
from paperlist.models import Paper, ReadStatus
from paperlist.views.text import clean, md_escape, md_link, plural

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


def bibtex_entry(paper: Paper) -> str:
    """A paper as a BibTeX entry, as LaTeX users expect: a paper published at a venue as what it is
    (`@inproceedings` with its `booktitle`, `@article` with its `journal`), a preprint as arXiv's own export
    gives it (`@misc`); the arXiv eprint kept whenever there is one. Laid out as bibtexparser writes it
    (two-space indent, values in braces)."""
    kind, named = _bibtex_entry(paper)
    fields = [f"  {name} = {{{value}}}" for name, value in named if value]
    return f"@{kind}{{{_key(paper)},\n" + ",\n".join(fields) + ("\n" if fields else "") + "}\n"


def _key(paper: Paper) -> str:
    if paper.citation_key is None:
        raise ValueError(f"paper {paper.id} has no citation key yet (the store gives it when exporting)")
    return paper.citation_key


def venue_name(paper: Paper) -> str | None:
    """The venue's full name for a citation ("International Conference on Learning Representations"), else the
    name shown."""
    return paper.venue_names[0] if paper.venue_names else paper.venue


def published_kind(paper: Paper) -> str | None:
    """ "conference" or "journal" when the paper was published at a venue of that kind (Semantic Scholar)."""
    return paper.venue_type if paper.venue and paper.venue_type in {"conference", "journal"} else None


def _year(paper: Paper, published: bool) -> str | None:
    """The year to cite: the user's; of publication at its venue when `published`; else arXiv's (or the one S2
    gives)."""
    if paper.year and (published or paper.edit("year") is not None):
        return str(paper.year)
    return (paper.published or paper.dated or "")[:4] or (str(paper.year) if paper.year else None)


def checked_fields(paper: Paper) -> Paper:
    """`paper` with every id, category, DOI and date an export writes as it is (not as text it escapes) kept
    only when well-formed: a record stored by an older paperlist, or edited by hand, cannot inject a field
    (`primaryClass = {cs.CL}, note = {...}`) or a link (`javascript:`)."""
    year = (paper.published or "")[:4]
    checked = (
        paper.arxiv_id if paper.arxiv_id and exact_arxiv_id(paper.arxiv_id) else None,
        paper.openreview_id if paper.openreview_id and is_openreview_id(paper.openreview_id) else None,
        paper.primary_category if paper.primary_category and _is_category(paper.primary_category) else None,
        paper.doi if paper.doi and is_doi(paper.doi) else None,
        paper.published if year.isdigit() and _DAY.fullmatch(paper.published or "") else None,
        paper.dated if _DAY.fullmatch(paper.dated or "") else None,
    )
    stored = (
        paper.arxiv_id,
        paper.openreview_id,
        paper.primary_category,
        paper.doi,
        paper.published,
        paper.dated,
    )
    if checked == stored:
        return paper  # (every field well-formed: nearly every paper, and no copy made)
    arxiv_id, openreview_id, primary_category, doi, published, dated = checked
    return replace(
        paper,
        arxiv_id=arxiv_id,
        openreview_id=openreview_id,
        primary_category=primary_category,
        doi=doi,
        published=published,
        dated=dated,
    )


@lru_cache(maxsize=4096)
def _is_category(text: str) -> bool:
    """`is_category`, each category looked at once (a library has a few hundred)."""
    return is_category(text)


_DAY = re.compile(r"[0-9]{4}(?:-[0-9]{2}){0,2}")


def _bibtex_entry(paper: Paper) -> tuple[str, list[tuple[str, str | None]]]:
    """(entry type, fields): `@inproceedings`/`@article` at a published venue, else `@misc`. Every field
    escaped (text, through `_latex`) or validated (`checked_fields`)."""
    paper = checked_fields(paper)
    kind = published_kind(paper)
    arxiv_id = paper.arxiv_id
    howpublished: str | None = None
    note_venue: str | None = None
    if not kind and not arxiv_id and paper.venue_names:
        howpublished = paper.venue_label  # not on arXiv, where S2 says it appeared: a report, say
    elif not kind:
        note_venue = paper.venue  # (OpenReview's venue: where it was submitted)
        howpublished = "OpenReview" if paper.openreview_id and not arxiv_id else None
    journal_ref = paper.journal_ref
    note = f"{note_venue}; {journal_ref}" if note_venue and journal_ref else note_venue or journal_ref
    fields: list[tuple[str, str | None]] = [
        ("title", bibtex_title(paper.title) if paper.title else None),
        ("author", " and ".join(map(_latex_name, paper.authors)) if paper.authors else None),
    ]
    if kind:
        fields.append((_PLACE[kind], _latex(venue_name(paper) or "")))
    fields += [
        ("year", _year(paper, published=kind is not None)),
        ("eprint", arxiv_id),
        ("archivePrefix", "arXiv" if arxiv_id else None),
        ("primaryClass", paper.primary_category if arxiv_id else None),
        ("doi", paper.doi),
        ("howpublished", _latex(howpublished) if howpublished else None),
        ("note", _latex(note) if note else None),
        ("url", paper.abs_url or paper.openreview_url or paper.s2_url),
    ]
    return _ENTRY_TYPE[kind], fields


# Where a published paper appeared, and the entry type it is cited as.
_PLACE = {"conference": "booktitle", "journal": "journal"}
_ENTRY_TYPE = {"conference": "inproceedings", "journal": "article", None: "misc"}


def bibtex_title(title: str) -> str:
    """A title encoded for LaTeX, words with inner capitals ({ResNeSt}, {BERT}) braced so that
    sentence-case styles keep them; `$math$` kept as written."""
    flat = " ".join(title.split())
    if "$" not in flat:
        if flat.isascii() and not _PLAIN_SPECIAL.search(flat):
            # (nothing to encode: most titles; nothing to brace either unless a capital follows a letter)
            return " ".join(map(_protect_ascii, flat.split(" "))) if _INNER_CAPITAL.search(flat) else flat
        return " ".join(map(_protect_text, flat.split(" ")))
    pieces = []
    for segment in _MATH.split(flat):
        if _MATH.fullmatch(segment) and not _UNSAFE_TEX.search(segment) and _balanced(segment):
            pieces.append(segment)
            continue
        words = _SPACES.split(segment)
        pieces.append("".join(_protect_text(word) if word.strip() else word for word in words))
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


_SPACES = re.compile(r"(\s+)")
_TRAIL = re.compile(r"(.*?)([.,:;!?)\]]*)", re.DOTALL)
# A capital after another character of its word: the only thing that can make `_protect` brace an ASCII word.
_INNER_CAPITAL = re.compile(r"\S[A-Z]")

# Title words come back paper after paper ("Learning", "Transformers", "via"): each is protected once, in a
# bounded cache (a whole-library export meets some 700,000 words at 100,000 papers).
_WORDS_CACHED = 65536


@lru_cache(maxsize=_WORDS_CACHED)
def _protect_ascii(word: str) -> str:
    """`_protect` of a word with nothing to encode."""
    return _protect(word, str)


@lru_cache(maxsize=_WORDS_CACHED)
def _protect_text(word: str) -> str:
    """`_protect` of a word, encoded for LaTeX."""
    return _protect(word)


def _protect(word: str, encode: Callable[[str], str] | None = None) -> str:
    """A title word encoded (`encode`, by default `_latex`), in braces when it has a capital after its first
    letter."""
    encode = encode or _latex
    rest = word[1:]
    if rest.islower() or not any(c.isupper() for c in rest):
        return encode(word)  # (no capital after the first letter: nothing to brace)
    core, trail = _TRAIL.fullmatch(word).groups()  # type: ignore[union-attr]
    letters = [c for c in core if c.isalpha()]
    if any(c.isupper() for c in letters[1:]):
        return "{" + encode(core) + "}" + encode(trail)
    return encode(word)


def _latex(text: str) -> str:
    """Unicode → LaTeX (`&` → `\\&`, `é` → `{\\'e}`); characters LaTeX has no name for (中文) stay as they are."""
    text = clean(text)
    if text.isascii() and not _LATEX_SPECIAL.search(text):
        return text  # (what the encoder would return, without walking it character by character)
    return str(_latex_encoder().unicode_to_latex(text))


@lru_cache(maxsize=65536)
def _latex_name(name: str) -> str:
    """`_latex` of an author's name (names come back paper after paper: each is encoded once)."""
    return _latex(name)


# The ASCII characters the encoder rewrites (all others it leaves as they are).
_LATEX_SPECIAL = re.compile(r'["#$%&<>\\^_{}~\r\x0b\x0c]')
# ... and those `clean` removes: ASCII text without any of them is written as it is.
_PLAIN_SPECIAL = re.compile(r'["#$%&<>\\^_{}~\x00-\x1f\x7f]')


@cache
def _latex_encoder() -> Any:
    """One encoder for every field (making one costs more than encoding a title)."""
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    return UnicodeToLatexEncoder(
        replacement_latex_protection="braces", unknown_char_policy="keep", unknown_char_warning=False
    )


# --- CSL-JSON ----------------------------------------------------------------------------------------


def csl_item(paper: Paper) -> dict[str, Any]:
    """A paper as a CSL-JSON item (what Zotero, pandoc and citeproc read): arXiv preprints as "article",
    papers published at a venue as "paper-conference" or "article-journal" with the venue as
    `container-title`."""
    paper = checked_fields(paper)
    kind = published_kind(paper)
    csl_type = {"conference": "paper-conference", "journal": "article-journal"}.get(kind or "", "article")
    item: dict[str, Any] = {"id": _key(paper), "type": csl_type}
    if paper.title:
        item["title"] = paper.title
    if paper.authors:
        item["author"] = [_csl_name(name) for name in paper.authors]
    issued = _year(paper, published=kind is not None) if (kind or paper.edit("year")) else None
    issued = issued or paper.published or paper.dated or (str(paper.year) if paper.year else None)
    if issued:
        item["issued"] = {"date-parts": [[int(part) for part in issued.split("-")]]}
    if kind:
        item["container-title"] = venue_name(paper)
        if paper.arxiv_id:  # the arXiv eprint, kept
            item.update(archive="arXiv", archive_location=paper.arxiv_id)
    elif paper.arxiv_id:
        item.update(publisher="arXiv", number=f"arXiv:{paper.arxiv_id}", genre="Preprint")
    elif paper.openreview_id:
        item["publisher"] = "OpenReview"
    url = paper.abs_url or paper.openreview_url or paper.s2_url
    if url:
        item["URL"] = url
    if paper.doi:
        item["DOI"] = paper.doi
    if paper.abstract:
        item["abstract"] = paper.abstract
    venue_note = None if kind else paper.venue_label
    if venue_note or paper.journal_ref:
        item["note"] = "; ".join(x for x in (venue_note, paper.journal_ref) if x)
    if paper.tags:
        item["keyword"] = ", ".join(paper.tags)
    return item


def _csl_name(name: str) -> dict[str, str]:
    given, family, particle, suffix = name_parts(name)
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
    count: int
    papers: Iterable[Paper]


def groups(papers: Iterable[Paper], counts: Mapping[ReadStatus, int]) -> list[Group]:
    """The groups of a reading list whose papers come grouped by status in the order of GROUPS, `counts[status]`
    of each: their papers are taken from the stream as each group is written."""
    stream = iter(papers)
    return [
        Group(status, title, counts[status], islice(stream, counts[status]))
        for status, title in GROUPS
        if counts.get(status)
    ]


def markdown_reading_list(
    papers: Iterable[Paper], counts: Mapping[ReadStatus, int], generated: str
) -> Iterator[str]:
    """A reading list to read in any Markdown viewer, written as it goes: groups by status, each paper with its
    links, what the digests said and your note."""
    total = sum(counts.values())
    blocks = _markdown_blocks(papers, counts, generated, total)
    held = ""  # the written text's trailing blank lines, held back: the document ends with one newline
    for index, block in enumerate(blocks):
        text = held + ("\n" if index else "") + block
        kept = text.rstrip()
        held = text[len(kept) :]
        yield kept
    yield "\n"


def _markdown_blocks(
    papers: Iterable[Paper], counts: Mapping[ReadStatus, int], generated: str, total: int
) -> Iterator[str]:
    yield "\n".join(
        ["# Reading list", "", f"{plural(total, 'paper')}, exported {generated[:10]} by paperlist.", ""]
    )
    for group in groups(papers, counts):
        yield "\n".join([f"## {group.title} ({group.count})", ""])
        for paper in group.papers:
            yield "\n".join(_markdown_entry(paper))


def _markdown_entry(paper: Paper) -> list[str]:
    star = "★ " if paper.starred else ""
    lines = [f"### {star}{md_escape(paper.display_title)}", ""]
    facts = [md_escape(", ".join(paper.authors))] if paper.authors else []
    if paper.published or paper.dated:
        facts.append(str(paper.published or paper.dated))
    if paper.primary_category:
        facts.append(md_escape(paper.primary_category))
    if paper.venue_label:
        facts.append(md_escape(paper.venue_label))
    if paper.citation_count is not None:
        facts.append(f"{paper.citation_count:,} citations")
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
    """The paper's pages, labelled; only http(s) addresses (a digest's `javascript:` link is dropped) and only
    from well-formed ids."""
    paper = checked_fields(paper)
    candidates = [
        ("abs", paper.abs_url),
        ("pdf", paper.pdf_url),
        ("OpenReview", paper.openreview_url),
        *(("code", url) for url in paper.code_urls),
    ]
    return [(label, url) for label, url in candidates if url and re.match(r"https?://[^\s\"'<>]+$", url)]


def html_reading_list(
    papers: Iterable[Paper], counts: Mapping[ReadStatus, int], generated: str
) -> Iterator[str]:
    """One self-contained page (inline CSS, no scripts, works offline): the reading list to read, written as
    it goes."""
    from jinja2 import Environment, PackageLoader

    environment = Environment(
        loader=PackageLoader("paperlist.views", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["clean"] = clean
    template = environment.get_template("reading_list.html")
    return template.generate(
        groups=groups(papers, counts),
        total=sum(counts.values()),
        counts={status.value: counts.get(status, 0) for status in ReadStatus},
        generated=generated[:10],
        links=_links,
    )
