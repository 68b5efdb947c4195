"""The arXiv and OpenReview identifier grammar and its normalisation: nowhere else.

Grammar (arXiv's strict validator, see ARXIV.md "Identifier grammar"):

- new style, April 2007 on: ``YYMM.NNNN`` (0704 to 1412) or ``YYMM.NNNNN`` (from 1501), month 01-12,
  sequence > 0, optional ``vN`` (N >= 1);
- old style, July 1991 to March 2007: ``archive[.SC]/YYMMNNN[vN]`` with a known lower-case archive; the
  canonical form drops the subject class (``math.GT/0309136`` is ``math/0309136``).

`find_ids` finds every form a digest uses (see ARXIV.md "Where ids hide in text"); `parse_arxiv_id` and
`parse_openreview_id` read one id the user typed or pasted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from paperlist.models import Evidence

# Archives that existed before the April 2007 switch to new-style ids (arXiv's own list of old archives).
OLD_ARCHIVES = frozenset(
    {
        "acc-phys",
        "adap-org",
        "alg-geom",
        "ao-sci",
        "astro-ph",
        "atom-ph",
        "bayes-an",
        "chao-dyn",
        "chem-ph",
        "cmp-lg",
        "comp-gas",
        "cond-mat",
        "cs",
        "dg-ga",
        "funct-an",
        "gr-qc",
        "hep-ex",
        "hep-lat",
        "hep-ph",
        "hep-th",
        "math",
        "math-ph",
        "mtrl-th",
        "nlin",
        "nucl-ex",
        "nucl-th",
        "patt-sol",
        "physics",
        "plasm-ph",
        "q-alg",
        "q-bio",
        "quant-ph",
        "solv-int",
        "supr-con",
    }
)

# A new-style id as digests write it bare (`2211.09800`, `2106.09685v2`), for patterns that find one beside a title;
# `parse_arxiv_id` says whether it is a real one.
BARE_ID = r"[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,3})?"
_ARCHIVE = "|".join(sorted(OLD_ARCHIVES, key=len, reverse=True))
# One id, either style, with its optional version. Digits are spelled [0-9]: \d accepts full-width digits.
_ID = (
    r"(?:(?P<yymm>[0-9]{4})\.(?P<seq>[0-9]{4,5})"
    rf"|(?P<archive>{_ARCHIVE})(?:\.(?P<subject>[A-Z]{{2}}))?/(?P<oyymm>[0-9]{{4}})(?P<oseq>[0-9]{{3}}))"
    r"(?:v(?P<version>[0-9]{1,3}))?"
    r"(?![0-9A-Za-z_])"
)
# Where a URL form of an id starts. Any arxiv.org host (www., export., ar5iv.labs.), ar5iv, alphaxiv,
# Hugging Face papers, papers.cool, Papers with Code's page named by the id, Semantic Scholar's arXiv links, Emergent
# Mind, arXiv Vanity, arxiv-sanity and the arXiv DOI, with or without scheme.
# The match starts at the host name (a cheap anchor); `_url_start` widens it to the scheme and subdomains.
# The look-behind follows the first character: a pattern that starts with a literal character set is scanned
# for quickly, one that starts with a look-behind is tried at every position.
_LINK_PREFIX = (
    r"(?i:"
    r"(?:a(?<![A-Za-z0-9-].)(?:rxiv\.org/(?:abs|pdf|html|format|ps)|r5iv\.org/(?:abs|html)"
    r"|lphaxiv\.org/(?:abs|overview|pdf))"
    r"|h(?<![A-Za-z0-9-].)(?:uggingface|f)\.co/papers"
    r"|p(?<![A-Za-z0-9-].)ap(?:ers\.cool/arxiv|erswithcode\.com/paper)"
    r"|s(?<![A-Za-z0-9-].)emanticscholar\.org/arxiv"
    # (the readers and rankers that address a paper by its id: Emergent Mind, arXiv Vanity, arxiv-sanity)
    r"|e(?<![A-Za-z0-9-].)mergentmind\.com/papers|a(?<![A-Za-z0-9-].)rxiv-vanity\.com/papers)/"
    r"|a(?<![A-Za-z0-9-].)rxiv-sanity(?:-lite)?\.com/\?(?:[\w=&]*&)?pid="
    r"|1(?<![A-Za-z0-9-].)0\.48550/arxiv\.)"
)
# `arXiv:ID`, `arxiv: ID`, `ARXIV ID`, `arXiv preprint arXiv:ID`, `arXiv id: ID`, full-width colon, Logseq's
# `arxiv:: ID`, a program's or a data file's key (`"arxiv": "ID"`, `arxiv_id = 'ID'`), a README's badge
# (`img.shields.io/badge/arXiv-2006.05929-b31b1b.svg`), a file's name (`arXiv-2006.05929.pdf`); the id may start the next
# line (`... (SigLIP), arXiv` / `2303.15343. ...`: text wrapped by a mail client).
_CITE_PREFIX = (
    r"(?i:a(?<![A-Za-z0-9_].)rxiv)(?:[ \t_]*(?i:id|preprint|e-?print))?[\"']?[ \t]*(?:::|[:：=]|-(?=[0-9]))?(?:\*\*|__)?[ \t]*"
    r"(?:\n[ \t]*)?(?:(?<=[:=])[ \t]*[\"'](?=[0-9]))?"
)
_LINK = re.compile(_LINK_PREFIX + _ID)
_CITE = re.compile(_CITE_PREFIX + _ID)
# A bare new-style id only counts inside brackets: `[2403.01744] Title`, `【2403.01744v2】`.
_BRACKETED = re.compile(
    r"[\[【(（][ \t]*" + _ID + r"[ \t]*[\]】)）]"
)  # (`Textual Inversion (2208.01618)` too)
# ... or as DBLP gives CoRR's volume, outside any address (`CoRR, Vol.abs/1911.02116`, `volume = {abs/2005.14165}`).
_CORR_VOLUME = re.compile(r"(?<![/\w-])abs/" + _ID)
# ... or a string of code or data that is the id and nothing else (`"adapter": "1902.00751",`, `['2106.09685']`,
# an XML element's text, `<Title>2112.10752v2</Title>`), where the text holds several such strings or speaks of
# arXiv: a program's or a notebook's list of ids, an app's item named by its PDF's id.
_QUOTED_LITERAL = re.compile(r"(?<=[\"'>])" + _ID + r"(?=[\"']|</)")
# ... or filling a cell of a table (`| 2404.19756 | KAN: ... |`, `2404.19756 | Title | Authors`): an id column.
_CELL = re.compile(r"(?:^|(?<=\|))[ \t]*" + _ID + r"[ \t]*(?=\||$)", re.MULTILINE)
# ... or a cell between tabs of a row written as text (`Title <tab> 2006.05990 <tab> note`).
_TAB_CELL = re.compile(r"(?:^|(?<=\t))[ \t]*" + _ID + r"[ \t]*(?=\t|$)", re.MULTILINE)
# ... or alone on its line after a pointing arrow or hand (`👉 2010.11929`, `→ 2305.18290v2`): what that line
# points at is the paper. A number alone on its line, with nothing pointing at it, is not an id.
_POINTERS = ("👉", "👇", "→", "➡")
_POINTED = re.compile(f"[{''.join(_POINTERS)}]\ufe0f?[ \t]*" + _ID + r"[ \t]*$", re.MULTILINE)
# ... or after the word paper and a separator, as Hugging Face's collections and pages show one (`Paper • 2309.06180
# • Published Sep 12, 2023`) ...
# (the `P` first, then the look back that `\b` before it would be: a pattern that opens with a character set is
# scanned for quickly, one that opens with `\b` is tried at every position)
_PAPER_LABELLED = re.compile(r"[Pp](?<!\w[Pp])aper[ \t]*[•·|:][ \t]*" + _ID + r"(?![\w.])")
# ... or as the name of its PDF, as arXiv names a download (`2307.09288v2.pdf`, `files/2307.09288v2.pdf`), or of a
# file of notes on it named the same way (`notes/kg/2011.03459-cqd.md`, `2106.09685v2-lora.org`) ...
_FILE_EXTENSIONS = (".pdf", ".md", ".markdown", ".org", ".txt", ".tex", ".ipynb")
_FILE_NAME = re.compile(
    r"(?<![\w.\-])" + _ID + r"(?:-[A-Za-z0-9][\w\-]{0,60})?\.(?:pdf|md|markdown|org|txt|tex|ipynb)\b",
    re.IGNORECASE,
)
# ... or after a dash that ends a line naming it, or its sentence (`• Switch Transformers: Scaling ... — 2101.03961`,
# `Full title: Title — 2403.03206. Skip SDXL.`).
# (the run of blanks before the dash opens on its first blank, then looks back past it: `(?<=\S)[ \t]+`, opened by
# a character set, which is scanned for quickly)
_DASHED = re.compile(
    r"[ \t](?<=\S[ \t])[ \t]*[—–][ \t]*" + _ID + r"(?=[ \t]*[.;,]?[ \t]*$|[.;,][ \t])", re.MULTILINE
)
# ... or alone on its line in a digest that writes its ids so (a listing copied from a page: `arXiv:2310.11511` on
# one line, `2307.03172` on another, each above its title): several, or one beside an `arXiv:ID` written alone.
_ALONE = re.compile(r"^[ \t]*" + _ID + r"[ \t]*$", re.MULTILINE)
# (found from a literal line break, far faster than trying `^` at every position; then read at the line's start)
_ALONE_AFTER_BREAK = re.compile(r"\n[ \t]*[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,3})?[ \t]*(?=\n|$)")
# ... or opening its line, then a spaced dash and what the writer says of it (`2310.11511 — ICLR 2024 (oral); …`,
# a note beside the paper's title).
# (a dash, not a hyphen: `2310.11511 - 2310.11600` may be a range of numbers)
_LEADING = re.compile(r"[ \t]*" + _ID + r"[ \t]+(?:[—–]|--)[ \t]+(?=\S)")
_LEADING_LINE = r"[ \t]*[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,3})?[ \t]+(?:[—–]|--)[ \t]"
# (found from a line break, a literal scanned for quickly; the first line is tried on its own)
_LEADING_AFTER_BREAK = re.compile(r"\n" + _LEADING_LINE)
_LEADING_FIRST_LINE = re.compile(_LEADING_LINE)
_ALONE_CITED = re.compile(r"^[ \t]*(?i:arxiv)[ \t]*:[ \t]*" + _ID + r"[ \t]*$", re.MULTILINE)
# ... or said to be on arXiv right after it (`It's 2008.07669 on arXiv`, `2302.10866 (arXiv)`).
_ON_ARXIV = re.compile(r"(?<![\w.\-/])" + _ID + r"(?:[ \t]+on[ \t]+|[ \t]*\([ \t]*)(?i:arxiv)\b")
# A bare old-style id is distinctive enough on its own (`hep-th/9901001`), but not inside a path or URL.
# It is found from its cheap `/NNNNNNN` part, then read from the archive name before it.
_BARE_OLD = re.compile(
    rf"(?<![A-Za-z0-9_/.\-])(?P<archive>{_ARCHIVE})(?:\.(?P<subject>[A-Z]{{2}}))?/"
    r"(?P<oyymm>[0-9]{4})(?P<oseq>[0-9]{3})(?:v(?P<version>[0-9]{1,3}))?(?![0-9A-Za-z_/])"
)
_OLD_SLASH = re.compile(r"/[0-9]{7}")
# The digits every arXiv id `find_ids` reads is written with: a new-style id's (four, a full stop, four or five) or an
# old-style one's (a slash and seven). Most texts handed to it (an item, a line, a link) hold none: one scan for them
# answers for its many passes, each a scan or more. (It opens on one character set, a look back after it choosing the
# way, which the engine scans for fast; `[0-9]{4}\.[0-9]{4}|/[0-9]{7}` would be tried at every position of the text.)
_ID_DIGITS = re.compile(r"[0-9/](?:(?<=[0-9])[0-9]{3}\.[0-9]{4}|(?<=/)[0-9]{7})")
_OLD_ARCHIVE_BEFORE = re.compile(rf"(?:{_ARCHIVE})(?:\.[A-Z]{{2}})?$")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:/")
# Where a link that carries an arXiv id starts (lower-case: compare with `text.translate(ASCII_LOWER)`).
ID_LINK_HOSTS = (
    "arxiv.org/",
    "ar5iv.org/",
    "alphaxiv.org/",
    "huggingface.co/papers/",
    "hf.co/papers/",
    "papers.cool/arxiv/",
    "semanticscholar.org/arxiv/",
    "paperswithcode.com/paper/",
    "emergentmind.com/papers/",
    "arxiv-vanity.com/papers/",
    "arxiv-sanity",
    "10.48550/arxiv.",
)

# OpenReview note ids: letters, digits, `-` and `_` (they may start with `-` or `_`); `id=` may follow other
# parameters (`forum?noteId=x&id=y`, HTML-escaped `&amp;`), never `noteId=`; its `=` escaped too, as a template
# engine writes it (`id&#61;`, its hexadecimal form, `id%3D`).
_OPENREVIEW = re.compile(
    r"(?i:o(?<![A-Za-z0-9-].)penreview\.net)/(?:forum|pdf|attachment|revisions)/?"
    r"\?(?:[^\s#\"'<>()\[\]]*?&(?:amp;)?)?id(?:=|&#[xX]3[dD];|&#61;|&equals;|%3[dD])"
    r"(?P<id>[A-Za-z0-9_-]{5,40})(?![A-Za-z0-9_-])"
)


# A BibTeX entry's `eprint` field, written into any text (a library's record that keeps its other fields as one
# string: `archiveprefix = {arXiv}, eprint = {2012.08561}`): a new-style id there is an arXiv id.
_EPRINT_FIELD = re.compile(
    r"(?i:\beprint)[ \t]*=[ \t]*[{\"]?[ \t]*(?P<yymm>[0-9]{4})\.(?P<seq>[0-9]{4,5})(?:v(?P<version>[0-9]+))?(?![0-9])"
)


@dataclass(frozen=True, slots=True)
class IdMatch:
    """An identifier found in text: where it is, what it is and how it was written."""

    start: int
    end: int
    evidence: Evidence
    arxiv_id: str | None = None  # canonical, without version
    version: int | None = None
    openreview_id: str | None = None


def _valid_new(yymm: str, seq: str) -> bool:
    year, month = int(yymm[:2]), int(yymm[2:])
    if not 1 <= month <= 12 or int(seq) == 0 or int(yymm) < 704:
        return False
    # Four-digit sequence numbers until December 2014, five from January 2015 (arXiv's strict validator).
    return len(seq) == (4 if year < 15 else 5)


def _valid_old(archive: str, yymm: str, seq: str) -> bool:
    year, month = int(yymm[:2]), int(yymm[2:])
    if archive not in OLD_ARCHIVES or not 1 <= month <= 12 or int(seq) == 0:
        return False
    full_year = 1900 + year if year >= 91 else 2000 + year
    # Old-style ids run from July 1991 to March 2007.
    return (1991, 7) <= (full_year, month) <= (2007, 3)


def _canonical(match: re.Match[str]) -> tuple[str, int | None] | None:
    groups = match.groupdict()
    version = groups.get("version")
    number = int(version) if version else None
    if number == 0:
        return None
    if groups.get("yymm"):
        yymm, seq = groups["yymm"], groups["seq"]
        return (f"{yymm}.{seq}", number) if _valid_new(yymm, seq) else None
    archive, yymm, seq = groups["archive"], groups["oyymm"], groups["oseq"]
    return (f"{archive}/{yymm}{seq}", number) if _valid_old(archive, yymm, seq) else None


def links_or_names_a_paper(text: str) -> bool:
    """Whether `text` holds a web address or a paper's id (a comment a reader keeps: `// see arXiv:2302.04567`)."""
    return "http://" in text or "https://" in text or next(find_ids(text), None) is not None


def find_ids(text: str) -> Iterator[IdMatch]:
    """Yield every valid arXiv and OpenReview identifier in `text`, in order of position."""
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower-case to two characters (İ): keep offsets aligned
        lower = text.translate(ASCII_LOWER)
    if "openreview.net/" not in lower and _ID_DIGITS.search(text) is None:
        return  # (no OpenReview link's host, and no arXiv id's digits for any pass below to read)
    found: list[IdMatch] = []
    found.extend(
        IdMatch(_url_start(text, m.start()), m.end(), Evidence.OPENREVIEW_LINK, openreview_id=m.group("id"))
        for m in _anchored(_OPENREVIEW, text, lower, ("openreview.net/",))
    )
    # Each form is looked for from a literal anchor (`str.find` is far faster than scanning with a pattern);
    # most digests hold few ids and much prose.
    passes: list[tuple[Iterator[re.Match[str]], Evidence]] = [
        (_anchored(_LINK, text, lower, ID_LINK_HOSTS), Evidence.ARXIV_LINK),
        (_anchored(_CITE, text, lower, ("arxiv",)), Evidence.ARXIV_TEXT),
    ]
    if "[" in text or "【" in text or "(" in text or "（" in text:
        passes.append((_BRACKETED.finditer(text), Evidence.ARXIV_TEXT))
    if "|" in text:
        passes.append((_CELL.finditer(text), Evidence.ARXIV_TEXT))
    if "\t" in text:
        passes.append((_tab_cells(text), Evidence.ARXIV_TEXT))
    if not text.isascii() and _has_pointer(text):
        passes.append((_pointed(text), Evidence.ARXIV_TEXT))
    if any(extension in lower for extension in _FILE_EXTENSIONS):
        passes.append((_file_names(text, lower), Evidence.ARXIV_TEXT))
    if "aper" in text:
        passes.append((_PAPER_LABELLED.finditer(text), Evidence.ARXIV_TEXT))
    if "://" in text and _SLUG_HINT.search(text) is not None:
        passes.append((_slugged(text), Evidence.ARXIV_TEXT))
    if not text.isascii() and ("—" in text or "–" in text):
        passes.append((_DASHED.finditer(text), Evidence.ARXIV_TEXT))
    if "/" in text:
        passes.append((_old_style(text), Evidence.ARXIV_TEXT))
    if " on arxiv" in lower or "(arxiv" in lower:
        passes.append((_ON_ARXIV.finditer(text), Evidence.ARXIV_TEXT))
    if "eprint" in lower:
        passes.append((_EPRINT_FIELD.finditer(text), Evidence.ARXIV_TEXT))
    if "—" in text or "–" in text or " --" in text:
        passes.append((_leading(text), Evidence.ARXIV_TEXT))
    if "\n" in text:
        alone = _alone(text)
        if len(alone) >= 3 or (alone and "arxiv" in lower and _ALONE_CITED.search(text)):
            passes.append((iter(alone), Evidence.ARXIV_TEXT))
    if "abs/" in lower:
        passes.append((_anchored(_CORR_VOLUME, text, lower, ("abs/",)), Evidence.ARXIV_TEXT))
    if '"' in text or "'" in text or "</" in text:
        literals = list(_QUOTED_LITERAL.finditer(text))
        if len(literals) >= 3 or (literals and "arxiv" in lower):
            passes.append((iter(literals), Evidence.ARXIV_TEXT))
    # Overlapping readings of one place (a link and the old-style id inside it, `arXiv:hep-th/...` and the
    # bare old-style id) keep the one that starts first and reaches furthest: sort, then sweep once.
    readings: list[tuple[int, int, IdMatch]] = []
    for matches, evidence in passes:
        for m in matches:
            parsed = _canonical(m)
            if parsed is None:
                continue
            start = _url_start(text, m.start()) if evidence is Evidence.ARXIV_LINK else m.start()
            match = IdMatch(start, m.end(), evidence, arxiv_id=parsed[0], version=parsed[1])
            readings.append((start, -m.end(), match))
    readings.sort(key=lambda reading: reading[:2])
    reached = -1
    for start, negative_end, match in readings:
        if start >= reached:
            found.append(match)
            reached = -negative_end
    found.sort(key=lambda match: match.start)
    yield from found


def _anchored(
    pattern: re.Pattern[str], text: str, lower: str, anchors: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` starting where one of `anchors` occurs in `lower` (the lower-cased `text`)."""
    for anchor in anchors:
        position = lower.find(anchor)
        while position >= 0:
            match = pattern.match(text, position)
            if match is not None:
                yield match
            position = lower.find(anchor, position + 1)


def _url_start(text: str, host: int) -> int:
    """Where the URL whose host name starts at `host` begins: its scheme and subdomains (`https://export.`)."""
    start = host
    while start > 0 and host - start < 64 and text[start - 1] in _HOST_CHARS:
        start -= 1
    scheme = text.find("http", start, host)
    if scheme >= 0:
        return scheme
    while start < host and text[start] in ":/":
        start += 1
    return start


def _leading(text: str) -> Iterator[re.Match[str]]:
    """New-style ids opening their lines before a spaced dash (the first line too)."""
    first = _LEADING.match(text) if _LEADING_FIRST_LINE.match(text) is not None else None
    if first is not None:
        yield first
    for candidate in _LEADING_AFTER_BREAK.finditer(text):
        match = _LEADING.match(text, candidate.start() + 1)
        if match is not None:
            yield match


def _alone(text: str) -> list[re.Match[str]]:
    """New-style ids alone on their lines (the first line too)."""
    found = [match for match in [_ALONE.match(text)] if match is not None]
    for candidate in _ALONE_AFTER_BREAK.finditer(text):
        match = _ALONE.match(text, candidate.start() + 1)
        if match is not None:
            found.append(match)
    return found


_ARXIV_FOLDER = re.compile(r"/(?i:arxiv)(?:[_\-][\w\-]*)?/$")


def _may_end_file_name(text: str, at: int) -> bool:
    """Whether a file's name holding an id can end where an extension starts, at `at`: right after the id's last
    digit, or after a slug (`-` and word characters, at most 62 of them: `2011.03459-cqd.md`). A cheap test before
    `_FILE_NAME` is tried over the 80 characters before it (`arxiv.org` holds `.org` in every arXiv link)."""
    if text[at - 1 : at].isdigit():
        return True
    start = at
    while start > 0 and at - start < 62 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    return "-" in text[start:at]


def _file_names(text: str, lower: str) -> Iterator[re.Match[str]]:
    """`2307.09288v2.pdf`, `2011.03459-cqd.md` as a file's name or path (a `file:///` URL's too), never inside a URL
    (`https://example.com/files/ID.pdf` is another site's file: no evidence of the arXiv paper) unless in a folder
    named for arXiv (`https://mirror.example.org/papers/arxiv/ID.pdf`, a mirror of its PDFs). Found from each
    extension (a literal), then read back from it."""
    seen: set[int] = set()
    for extension in _FILE_EXTENSIONS:
        at = lower.find(extension)
        while at >= 0:
            end = at + len(extension)
            match = (
                next((m for m in _FILE_NAME.finditer(text, max(0, at - 80), end + 1) if m.end() == end), None)
                if _may_end_file_name(text, at)
                else None
            )
            if match is not None and match.start() not in seen:
                seen.add(match.start())
                token_start = (
                    max(
                        text.rfind(" ", 0, match.start()),
                        text.rfind("\n", 0, match.start()),
                        text.rfind("\t", 0, match.start()),
                    )
                    + 1
                )
                path = text[token_start : match.start()]
                # (a `file://` URL is a path on the reader's own disk, as a desktop search prints one)
                if "://" not in path or "file:///" in path or _ARXIV_FOLDER.search(path) is not None:
                    yield match
            at = lower.find(extension, end)


# ... or opening a page's slug in an address, the words of a post on the paper after it
# (`https://velog.io/@lab/2104.14294-DINO-review`, `…/posts/2106.09685-lora-explained/`).
# (a page's slug, words and no file's extension: `…/2104.00001-x.md` is another site's file, no evidence)
_SLUGGED = re.compile(r"(?<=/)" + _ID + r"(?=-(?:[A-Za-z]|%[0-9A-F]{2})[^/\s?#.]{2,}(?:[/?#\s]|$))")


_SLUG_HINT = re.compile("/" + BARE_ID + "-")  # (a literal first: searched fast)


def _slugged(text: str) -> Iterator[re.Match[str]]:
    """New-style ids opening a path segment of a URL, before a slug."""
    for match in _SLUGGED.finditer(text):
        token_start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if "://" in text[token_start : match.start()]:
            yield match


def _tab_cells(text: str) -> Iterator[re.Match[str]]:
    """An id filling a cell of a tab-separated row: a tab on its line, before or after it."""
    for match in _TAB_CELL.finditer(text):
        if "\t" in text[match.start() - 1 : match.end() + 1]:
            yield match


def _has_pointer(text: str) -> bool:
    """Whether `text` holds a pointing arrow or hand (a string of narrower characters than an emoji answers `in`
    at once)."""
    return "👉" in text or "→" in text or "➡" in text or "👇" in text


def _pointed(text: str) -> Iterator[re.Match[str]]:
    """`👉 2010.11929` alone on its line: the arrow starts the line (after blanks)."""
    for match in _POINTED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start : match.start()].strip(" \t"):
            yield match


def _old_style(text: str) -> Iterator[re.Match[str]]:
    for slash in _OLD_SLASH.finditer(text):
        archive = _OLD_ARCHIVE_BEFORE.search(text, max(0, slash.start() - 16), slash.start())
        if archive is not None:
            match = _BARE_OLD.match(text, archive.start())
            if match is not None:
                yield match


_WHOLE_ID = re.compile(r"(?i:arxiv)?[ \t]*[:：]?[ \t]*" + _ID)


def parse_arxiv_id(text: str) -> tuple[str, int | None] | None:
    """Return (canonical id, version) for an arXiv id, citation or URL, or None if `text` holds none.

    Accepts `2004.11886`, `2004.11886v2`, `arXiv:2004.11886`, `https://arxiv.org/abs/2004.11886v1`,
    `hep-th/9901001`, `math.GT/0309136` (→ `math/0309136`), the arXiv DOI and mirror links.
    """
    if not text.isascii():  # full-width digits and letters (`２００４.１１８８６`) are the ordinary ones
        text = unicodedata.normalize("NFKC", text)
    candidate = text.strip().strip("[]【】()<>\"'“”").strip()
    whole = _WHOLE_ID.fullmatch(candidate)
    if whole is not None:
        return _canonical(whole)
    for match in find_ids(candidate):
        if match.arxiv_id is not None and (
            match.evidence is Evidence.ARXIV_LINK or (match.start, match.end) == (0, len(candidate))
        ):
            return match.arxiv_id, match.version
    return None


def parse_openreview_id(text: str) -> str | None:
    """Return the note id of an OpenReview forum or pdf URL (`openreview.net/forum?id=X`), or None."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    match = _OPENREVIEW.search(text.strip())
    return match.group("id") if match else None


# -- Semantic Scholar's identifiers, DOIs, ACL Anthology ids, and what else its answers carry -------------

# A paperId: the SHA-1 hex digest Semantic Scholar gives every paper (SEMANTIC_SCHOLAR.md "Paper ids").
_S2_PAPER_ID = re.compile(r"[0-9a-f]{40}")
# A DOI: `10.` a registrant code of 4 to 9 digits (sub-codes allowed), `/`, a suffix of printable characters
# (none of those that end a field or a URL, at most 200).
_DOI = re.compile(r"10\.[0-9]{4,9}(?:\.[0-9]+)*/[^\s\"'<>{}\\^`|]{1,200}")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
# ACL Anthology ids: `P19-1285` (a letter, two year digits, a four-digit number; until 2019) and
# `2020.emnlp-main.574` (year.venue.number, from 2020), as links and as DOIs 10.18653/v1/<id> show them.
_ACL_ID = r"(?:[A-Z][0-9]{2}-[0-9]{4}|(?:19|20)[0-9]{2}\.[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9]+)"
_ACL_LINK = re.compile(
    r"(?i:(?:aclanthology\.org|aclweb\.org/anthology)/|10\.18653/v1/)(?P<id>" + _ACL_ID + r")(?![A-Za-z0-9])"
)
EARLIEST_YEAR = 1600  # (the Philosophical Transactions began in 1665: no paper is older)


def is_s2_paper_id(text: str) -> bool:
    """Whether `text` is a Semantic Scholar paperId (40 lower-case hex digits)."""
    return _S2_PAPER_ID.fullmatch(text) is not None


def parse_doi(text: str) -> str | None:
    """The DOI in `text` (`10.1145/3586074`, `doi:10...`, `https://doi.org/10...`), or None.

    Trailing sentence punctuation is not part of it. DOIs are case-insensitive: the form given is kept.
    """
    candidate = _DOI_PREFIX.sub("", text.strip())
    match = _DOI.fullmatch(candidate.rstrip(".,;)]"))
    return match.group() if match else None


def find_acl_id(text: str) -> str | None:
    """The first ACL Anthology id in `text`: an aclanthology.org (or aclweb.org) link, or an ACL DOI."""
    match = _ACL_LINK.search(text)
    return match.group("id") if match else None


def plausible_year(value: object, latest: int) -> int | None:
    """A year of publication as an int, or None when it is not one (a string, a bool, 0, the far future)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if EARLIEST_YEAR <= value <= latest else None


def web_url(text: object) -> str | None:
    """`text` when it is an http(s) address with a host and no spaces or quotes, else None."""
    if not isinstance(text, str):
        return None
    candidate = text.strip()
    if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:[/?#][^\s\"'<>]*)?", candidate):
        return None
    return candidate


# -- what a service answers: exact forms only -----------------------------------------------------------------
# A service's answer names one id (or category, DOI) per field: it must be exactly that, in the grammar the
# digests are read with. Anything else (`javascript:alert(1)`, `"><script>`, `../../etc/passwd`) is refused,
# never stored, exported or opened.

_EXACT_ID = re.compile(_ID)
_EXACT_OPENREVIEW = re.compile(r"[A-Za-z0-9_-]{5,40}")
# arXiv categories: `cs.CL`, `hep-th`, `math-ph`, `q-bio.NC`, `cond-mat.str-el`, `physics.acc-ph`.
_CATEGORY = re.compile(r"[a-z]{1,12}(?:-[a-z]{1,12})?(?:\.[A-Za-z]{1,12}(?:-[a-z]{1,12})?)?")


def exact_arxiv_id(text: str) -> tuple[str, int | None] | None:
    """(canonical id, version) when `text` is exactly an arXiv id (`2004.11886v2`, `math.GT/0309136`)."""
    match = _EXACT_ID.fullmatch(text)
    return _canonical(match) if match is not None else None


def is_openreview_id(text: str) -> bool:
    """Whether `text` is exactly an OpenReview note id."""
    return _EXACT_OPENREVIEW.fullmatch(text) is not None


def is_category(text: str) -> bool:
    """Whether `text` is shaped like an arXiv category (`cs.CL`, `hep-th`, `cond-mat.str-el`)."""
    return _CATEGORY.fullmatch(text) is not None


def is_doi(text: str) -> bool:
    """Whether `text` is exactly a DOI (`10.48550/arXiv.2004.11886`)."""
    return _DOI.fullmatch(text) is not None
