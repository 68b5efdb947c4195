"""Entries: the units a digest is made of, each naming at most one paper.

An entry is a list item with its sub-items, a table row, a record of `Label: value` fields (with the line that
leads it), a reference-list item, an arXiv listing record or a title line with its authors line. Each is read
whole: its identifiers, its title (with the reason it is one), and what it says about the paper. Metadata
inside an entry (`Priority:`, `Topics:`, dates, author and venue lines) describes the paper and never becomes
one.

What an entry cannot settle (a list item with neither an identifier nor evidence of its own) is left to the
line reader (`reader.py`), which reads free text; every line read here is *claimed*, so it reads them once.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import overload

from paperlist.cjk import CJK_TEXT
from paperlist.digests import Reference, Rejected
from paperlist.ids import BARE_ID, IdMatch, parse_arxiv_id
from paperlist.ids import find_ids as _all_ids
from paperlist.ingest.extract.evidence import WEAK, Reason
from paperlist.ingest.extract.outline import TODO_KEYWORD, Item, Outline, Table, item_lines
from paperlist.ingest.extract.reader import (
    CAPITAL_SMALL_WORD,
    ID_THEN_DASH,
    NOT_A_NAME,
    NOTE_DASH,
    OTHER_KIND_BEFORE,
    OTHER_LANGUAGE_WORK,
    PAPER_SHORT_NAME,
    PERSONAL,
    SENTENCE_BETWEEN,
    WRAP_WORDS,
    bounded,
    capital_ratio,
    clean_title,
    code_url,
    english_title_after_other_language,
    exclaims,
    in_another_language,
    join_wrapped,
    label_only,
    named_as_other_kind,
    names_an_institution,
    names_only,
    names_then_source,
    narrates,
    nicknamed,
    outside_parens,
    page_named_by,
    reports_a_deed,
    research_title,
    sentence_case_research_title,
    short_sentence_case,
    shown_title,
    title_after_lead,
    title_case_then_prose,
    title_cited_before,
    title_in_parens_after,
    title_in_parens_before,
    title_past_name,
    title_strength,
    titled_in_another_language,
    word_set,
    wrap_width,
    wrapped_at,
    wraps_into,
)
from paperlist.ingest.extract.records import NOTE_SAYS_ITS_KIND
from paperlist.ingest.extract.records import latex_text as _latex
from paperlist.ingest.extract.vocabulary import (
    A_PAPER,
    ABOUT_PAPERS,
    AND_WORD,
    ARXIV_CLASS,
    AUTHORS_YEAR_FIRST,
    CHROME,
    CHROME_LINES,
    CODE_HOST,
    COMMA_AUTHORS,
    DATESTAMP,
    EDITION,
    FULL_NAME,
    ID_IN_BRACKETS,
    JOURNAL_VOLUME,
    JOURNAL_VOLUME_AT_END,
    JOURNAL_YEAR,
    KIND_CITED,
    KIND_LABELS,
    LEADING_FIELDS,
    MORE_AUTHORS,
    NOT_PAPER_TYPES,
    NOT_PAPER_URL,
    NUMBERED_PART,
    ONE_PERSON,
    OTHER_AND,
    OTHER_ET_AL_WORDS,
    PAPER_SECTION,
    PUBLISHER,
    READING_HEADERS,
    READING_ROLE,
    REFERENCE_LINK_LABEL,
    REFERENCE_SECTION,
    SITE_PAGE_TITLE,
    TAG_LABELS,
    THREAD_HEADER,
    THREAD_HEADER_LINES,
    TIMESTAMP,
    VENUE_NAMES,
    VENUE_YEAR,
    VERSIONED,
    VOLUME,
    WORD_PROCESSOR_TITLE,
    YEAR,
    Label,
    ascii_folded,
    date_in,
    english_et_al,
    in_a_volume,
    indexed_document,
    is_book_venue,
    is_paper_page,
    is_project_page,
    is_venue_site,
    label_of,
    mostly_other_script,
    names_its_column,
    people_listed,
    read_field,
    research_words,
    says_its_kind_in_parens,
    says_not_papers,
    says_other_kind_after,
    year_early,
)
from paperlist.models import Evidence
from paperlist.shapes import Shape

_HAS_CJK = re.compile(f"[{CJK_TEXT}]")
# A letter of no Latin alphabet (Chinese, Japanese, Cyrillic, Arabic …).
_OTHER_SCRIPT_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_HAS_LATIN = re.compile(r"[A-Za-z]{3}")
_DIGIT = re.compile(r"[0-9]")
_EARLY_COLON = re.compile(r"^[^\n:：]{1,47}[:：]", re.MULTILINE)
# What an item line needs to say more than a title: a link or id, a label, a tail after a separator or in
# parentheses, emphasis, quotes, a bracketed label.
_MAY_SAY_MORE = re.compile(r"[/(（—–|·,\[【*_\"“《]|[ \t]-[ \t]|arxiv|\d{4}|et al", re.IGNORECASE)
_MD_LINK = re.compile(r"\[(?P<label>[^\[\]\n]{0,300})\]\((?P<url>[^()\s]{1,2000})\)")
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+|<https?://[^>\s]+>", re.IGNORECASE)
_BARE_HOST_URL = re.compile(r"(?<![\w.@/])(?:[a-z0-9\-]+\.)+(?:org|com|net|io|ai|co|cn|edu)/[^\s)\]>]*", re.I)
_CHECKBOX = re.compile(r"^\[[ xX\-✓✔]\][ \t]*")
# A note's way back to where it is cited: Zhihu's `^Title`, Wikipedia's `^ a b Title`, `↑ Title`.
_BACKLINK = re.compile(r"^[\^↑][ \t]*(?:[a-z](?:[ \t]+|$)){0,5}")
# (a number marked with a star or a dagger, `2*.`, is an item a handout marks as required)
_LIST_MARKER = re.compile(
    r"^[ \t]*(?:[-*+•·▪●◆■▶►][ \t]+|・[ \t]*|(?:[0-9]{1,3}[*†]?(?:[.)、]|/(?![0-9]))|\([0-9]{1,3}\)|[①-⑳])[ \t]*)"
)
# A schedule's day without its year before a title, month and day or day and month apart by a slash (`5/23 Title`,
# `23/5 (Ana) – Title`).
_DAY_MONTH_LEAD = re.compile(
    r"[0-3]?[0-9]/[0-3]?[0-9](?:[ \t]*[(（][^()（）\n]{1,24}[)）])?[ \t]*(?:[-–—|·:][ \t]*)?(?=[A-Z\"“«*_\[])"
)
# A bracketed label of any script before a title: `[CV]`, `【对比学习】`, `(NLP)`, `[Survey]`.
_BRACKET_LABEL = re.compile(r"^[\[【(（][ \t]*(?P<label>[^\]】)）\n]{1,20}?)[ \t]*[\]】)）][ \t]*")
_CITATION_PAREN = re.compile(
    r"[ \t]*[(（](?=[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\b|[ \t]*(?:,|&|and)[ \t]*[A-Z][\w'’\-]+)[^()\n]{0,80}?(?:19|20)[0-9]{2}[)）])"
)
_TRAILING_VENUE = re.compile(rf"[,;][ \t]*(?:In[ \t]+)?(?:{VENUE_YEAR.pattern})[ \t.]*$")
_TRAILING_PAREN = re.compile(r"[ \t]*[(（](?P<inner>[^()（）]{1,120})[)）][ \t.。]*$")
# Words that frame an item before a colon, as a writer's clause or phrase does (`For the theory people:`, `Classic
# background if you never saw self-play:`), and a title's name part seldom.
_FRAMING_LEAD = re.compile(
    r"[^:\n]*\b(?:[Ii]f|[Ff]or|[Ww]hen|[Bb]efore|[Aa]fter|[Bb]ecause|[Ww]hile)\b[^:\n]*:[ \t]"
)
# A parenthesis that opens what follows a head's title (`(Zhang et al., ICLR 2017). What it does`).
_PAREN_AHEAD = re.compile(r"[ \t]*[(（](?P<inner>[^()（）]{1,120})[)）]")
# What ends a title in a head: a spaced dash, bar or dot, org's description-list `::`.
_SEPARATORS = re.compile(
    r"[ \t]+(?:——|—|–|--|-|\||·|•|::|←|→|⇐|⇒|<-|->|=>)[ \t]+|[ \t]*[—–][ \t]*(?=[A-Z(\[])"
)  # (an arrow too: `Title 2312.00752 ← what it does`)
# A bare new-style arXiv id after a title's words (`Mamba: … State Spaces 2312.00752 ← …`): the title ends there.
_BARE_ID_IN_HEAD = re.compile(r"[ \t]+[(\[]?(?P<id>[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,3})?)[)\]]?(?=[ \t,;:]|$)")
# A short name before a title: one capitalised word (a model's name: `Graphormer`, `HuBERT`, `GPT-2`).
_DASH_START = re.compile(r"[ \t]*(?:——|—|–|--)[ \t]+")
# An item opening (past its marker) with a short name, emphasised or not, and a dash (`- **BYOL** — Title`).
_NAME_DASH = re.compile(
    _LIST_MARKER.pattern + "?" + r"[*_]{0,2}" + PAPER_SHORT_NAME.pattern + r"[*_]{0,2}" + _DASH_START.pattern
)
_QUOTED_START = re.compile(r"^[\"“«„「『《][ \t]?(?P<title>[^\"”»“」』》\n]{4,300}?)[ \t]?[\"”»“」』》]")
_LEAD_THEN_QUOTED = re.compile(r"^[^\"“”\n]{2,60}?[:.,][ \t]+[\"“](?P<title>[A-Z0-9][^\"”\n]{4,300})[\"”]")
# A few words leading into a quoted title without a stop, the title's citation right after its closing quote (`- Top-k
# comes from "Title" (Fan et al., ACL 2018)`): the quotes bound the title; the lead is the writer's sentence (not a
# title of its own before a separator: `Title? - a chapter in "Book"`).
_LEAD_THEN_QUOTED_CITED = re.compile(
    r"^(?:(?![ \t]-[ \t])[^\"“”\n?!—–:]){2,40}?[ \t]+[\"“](?P<title>[A-Z0-9][^\"”\n]{4,300})[\"”]"
    r"(?=[ \t]*[(（][^)）\n]{0,80}?(?:\bet al\b|\b(?:19|20)[0-9]{2}\b))"
)
_EMPHASIS_START = re.compile(
    r"^(?:\*\*|__)(?P<title>[^*_\n]{2,300}?)(?:\*\*|__)|^[*_/](?P<em>[^*_/\n]{2,300}?)[*_/](?![*_\w])"
)
# A head that names the authors first, then the title in emphasis or quotes (`Hu et al., *Title*`).
_AUTHORS_FIRST = re.compile(
    r"(?P<lead>[^*_\"“\[\n]{2,120}?)[ \t]*[,:.][ \t]*(?=\*{1,2}[^*\s]|_{1,2}[^_\s]|[\"“])"
)
# A first author (or two) and `et al.` in any of the digests' languages opening a head, a title after them.
_ET_AL_LEAD = re.compile(
    r"(?P<lead>[A-Z][\w'’\-]+(?:[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+)?[ \t]+"
    rf"(?:et[ \t]+al|{OTHER_ET_AL_WORDS})\.?)[ \t]+(?=[A-Z0-9\"“«„])"
)
_TITLE_START_END = re.compile(r"[.(\[]|https?://")


def _reads_as_title_start(text: str) -> bool:
    """Whether the words up to a full stop, a parenthesis or a link read as a title: a name and a colon, or most
    words capitalised."""
    words = _TITLE_START_END.split(text, maxsplit=1)[0].split()
    return len(words) >= 2 and (":" in " ".join(words[:4]) or capital_ratio(words) >= 0.6)


# Obsidian's and Logseq's links to a note (`[[Title]]`, `[[Title|shown]]`), and their tags saying it is a paper.
_WIKILINK = re.compile(r"\[\[(?P<page>[^\[\]|\n]{2,300})(?:\|(?P<shown>[^\[\]\n]{0,300}))?\]\]")
_NOTE_LINKS = re.compile(r"\[\[|\]\]")  # `[[Jonathan Ho]], [[Ajay Jain]]`: names as note links
# Tags that name a kind of thing that is not a paper. (Not `video`, `dataset`, `software` or `tutorial`: a paper
# about videos, a dataset's paper, a tutorial paper are tagged so too; and `books-to-buy` is a topic.)
_KIND_TAGS = frozenset(
    [
        "blog",
        "blogpost",
        "blog-post",
        "book",
        "books",
        "podcast",
        "podcasts",
        "talk",
        "tweet",
        "tweets",
        "newsletter",
    ]
)
_PAPER_KIND = re.compile(r"^[\[\s\"'`]*(?:paper|preprint|article|论文|論文|논문)[\]\s\"'`]*$", re.IGNORECASE)
_PAPER_TAG = re.compile(r"(?:^|[ \t])#(?:paper|papers|论文|論文|논문)(?![\w/-])", re.IGNORECASE)
_ET_AL = re.compile(r"\bet[ \t]+al\b\.?", re.IGNORECASE)
# A citation's year in parentheses right before its quoted title (`Hinton & Williams (1986) "Title"`).
_YEAR_THEN_QUOTE = re.compile(r"\((?:19|20)[0-9]{2}[a-z]?\)[ \t]*[\"“]")
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĪĮİĴĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŴŶŸŹŻŽ][\w'’\-]*\.?|[A-Z]\.(?:-[A-Z]\.)?|"
    r"van|von|de|den|der|del|della|di|da|du|dos|das|las|los|le|la|ter|ten|zu|bin|al|"
    r"and|&|et|al\.?|Jr\.?|Sr\.?|II|III)$"
)
_SENTENCE_END = re.compile(r"[.!。！][ \t]+[A-Z]")


@dataclass
class Found:
    """A paper an entry names, on its way to a Reference."""

    line: int  # 0-based first line of the entry
    lines: set[int]
    raw: str
    title: str | None = None
    reason: Reason | None = None
    arxiv_id: str | None = None
    version: int | None = None
    openreview_id: str | None = None
    evidence: Evidence = Evidence.TITLE_ONLY
    authors: str | None = None
    affiliations: str | None = None
    category: str | None = None
    code_url: str | None = None
    summary: list[str] = field(default_factory=list)

    def to_reference(self) -> Reference:
        title = self.title or None
        reason = self.reason if title else None
        if title is None and (self.arxiv_id or self.openreview_id):
            reason = Reason.ID_ONLY
        numbers = tuple(sorted(index + 1 for index in self.lines))
        return Reference(
            evidence=self.evidence,
            line=self.line + 1,
            raw=bounded(self.raw),
            arxiv_id=self.arxiv_id,
            version=self.version,
            openreview_id=self.openreview_id,
            title=title,
            summary=bounded("\n".join(part for part in self.summary if part), 4000),
            authors=self.authors,
            affiliations=self.affiliations,
            category=self.category,
            code_url=self.code_url,
            lines=numbers or (self.line + 1,),
            reason=reason.value if reason else None,
            weak=self.evidence is Evidence.TITLE_ONLY and reason in WEAK,
        )


@dataclass
class Entries:
    """What the entry readers found: papers, the lines they read (claimed), and what they turned down."""

    found: list[Found] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    masked: set[int] = field(default_factory=set)  # lines that are never a paper (chrome, code, metadata)
    walls: set[int] = field(default_factory=set)  # message and comment headers: an entry ends at them
    # An entry's lines of the digest's own words: titles named there are read (`Background: Title (Li, 2021)`).
    prose: set[int] = field(default_factory=set)
    rejected: list[Rejected] = field(default_factory=list)
    list_items: int = 0  # list items read so far, and how many of them are papers (for `_sibling_paper`)
    list_papers: int = 0

    def reject(self, line: int, text: str, why: str) -> None:
        self.rejected.append(Rejected(line + 1, bounded(" ".join(text.split()), 160), why))


# --- identifiers and links inside an entry ------------------------------------------------------------------


def find_ids(text: str) -> Iterable[IdMatch]:
    """The ids in `text` (`ids.find_ids`), at once nothing for text without a `.` or `/`: every id has one."""
    if "." not in text and "/" not in text:
        return ()
    return _all_ids(text)


def _bare_id_in_head(text: str, end: int | None = None) -> tuple[int, tuple[str, int | None]] | None:
    """Where a bare arXiv id written after a title's words (three or more) stands in a head, and the id."""
    bare = _BARE_ID_IN_HEAD.search(text, 0, len(text) if end is None else end)
    if bare is None or len(text[: bare.start()].split()) < 3:
        return None
    parsed = parse_arxiv_id(bare.group("id"))
    return (bare.start(), parsed) if parsed is not None else None


def _take_bare_id(found: Found, head_text: str) -> None:
    """Give `found` the bare arXiv id written right after its head's title (`Title 2312.00752 ← note`), if any."""
    bare = _bare_id_in_head(head_text)
    if bare is not None:
        (found.arxiv_id, found.version), found.evidence = bare[1], Evidence.ARXIV_TEXT


def _ids_sentences_apart(text: str) -> bool:
    """Whether an arXiv id and an OpenReview id stand in different sentences of `text`, each its own paper's."""
    matches = list(find_ids(text))
    for first, second in itertools.pairwise(matches):
        if bool(first.arxiv_id) != bool(second.arxiv_id) and SENTENCE_BETWEEN.search(
            text, first.end, second.start
        ):
            return True
    return False


def _take_ids(found: Found, text: str) -> int:
    """Give `found` the first arXiv and OpenReview ids in `text`; return how many distinct arXiv ids it holds."""
    return _take_id_matches(found, find_ids(text))


def _take_id_matches(found: Found, matches: Iterable[IdMatch]) -> int:
    """`_take_ids` of ids already found."""
    arxiv_ids: set[str] = set()
    for match in matches:
        if match.arxiv_id:
            arxiv_ids.add(match.arxiv_id)
            if found.arxiv_id is None:
                found.arxiv_id, found.version = match.arxiv_id, match.version
                if found.evidence is not Evidence.ARXIV_LINK:
                    found.evidence = match.evidence
            elif match.arxiv_id == found.arxiv_id and match.evidence is Evidence.ARXIV_LINK:
                found.evidence = Evidence.ARXIV_LINK
                found.version = found.version or match.version
        elif match.openreview_id and found.openreview_id is None:
            found.openreview_id = match.openreview_id
            if found.evidence is Evidence.TITLE_ONLY:
                found.evidence = Evidence.OPENREVIEW_LINK
    return len(arxiv_ids)


def _urls(text: str) -> list[str]:
    # (a Markdown link holds `](`, a bare host's address a `/`: where a text holds neither, their patterns, the
    # second tried at every position, are not)
    linked = "](" in text
    urls = [match.group("url") for match in _MD_LINK.finditer(text)] if linked else []
    rest = _MD_LINK.sub(" ", text) if linked else text
    urls += [url.strip("<>").rstrip(".,;:!?'\")]】") for url in _URL.findall(rest)]
    if "/" in rest:
        urls += [url.rstrip(".,;:!?'\")]】") for url in _BARE_HOST_URL.findall(_URL.sub(" ", rest))]
    return [url for url in urls if not url.startswith("#")]


def _code(urls: Iterable[str]) -> str | None:
    for url in urls:
        if CODE_HOST.search(url) and "huggingface.co" not in url.casefold():
            found = code_url(url if "://" in url else "https://" + url)
            if found:
                return found
    return None


def _is_id_url(url: str) -> bool:
    return any(True for _ in find_ids(url))


# --- reading a head: the title at the start of an entry and what follows it ---------------------------------


@dataclass
class Head:
    title: str
    link: str | None  # the URL given with the title (its Markdown link, or right after it)
    tail: str  # what follows the title on its line (authors, venue, nickname, the digest's words)
    label: str | None  # a bracketed label before the title (`[CV]`, `【对比学习】`)
    emphasised: bool  # bold, italic, quoted or the text of a link
    field: str | None = None  # the emphasised label it is the value of (`**Base LLM paper:** Title`)


# A task's fields after its text, as a note-taking app's task plugin writes them: a sign and a date (`📅 2024-05-15`
# due, `⏳` scheduled, `🛫` start, `✅` done, `➕` created, `❌` cancelled), a priority sign (`⏫`), a time estimate
# (`⏱ 45 min`), and the tags after.
_FIELD_STARTS = frozenset("\u2b50\u2605\U0001f31f12")
_TASK_FIELDS = re.compile(
    r"(?:[ \t]+(?:[\U0001F4C5\u23F3\U0001F6EB\u2705\u2795\u274C\U0001F53A\u23EB\U0001F53C\U0001F53D\u23EC\U0001F501]"
    r"\ufe0f?(?:[ \t]*\d{4}-\d{2}-\d{2})?"
    # (and a time it is given: `⏱ 45 min`, `⏱ 1 h`, `⌛ 2h`)
    r"|[\u23F1\u231B]\ufe0f?[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:h|hrs?|hours?|min|mins|minutes?|d|days?)\b))+"
    r"(?:[ \t]+#[\w/-]+)*[ \t]*$"
)


# A document's sign before a title, a star or a flame before it (`📄 Title`, `⭐📄 Title`): an awesome list's mark
# of a paper (other signs head a topic: `🕸️ Graphs & reasoning`).
_LEADING_EMOJI = re.compile(
    "^(?:[\u2b50\U0001f31f\U0001f525\u2728]\ufe0f?)*[\U0001f4c4\U0001f4c3\U0001f4d1\U0001f4dc\U0001f4dd]\ufe0f?"
    "[ \t]+(?=[A-Za-z0-9\"“‘'*_\\[])"
)


# A year alone leading an item, then a colon or a dash: `2006: Title`, `2019 — Title`.
_YEAR_LEAD = re.compile(r"(?:19|20)[0-9]{2}[a-z]?(?::[ \t]+|[ \t]*[–—|·][ \t]*)(?=\S)")
# A reference's number opening its entry: `[1] `, `[12] `.
_REFERENCE_NUMBER = re.compile(r"\[[0-9]{1,3}\][ \t]+(?=\S)")


def strip_marks(text: str) -> tuple[str, str | None]:
    """A head without its list marker, checkbox, TODO keyword and bracketed labels: (text, first label)."""
    text = _LIST_MARKER.sub("", text.strip(), count=1)
    text = TIMESTAMP.sub("", text, count=1)  # `08:45 Title`: a video's chapter
    if text[:1].isdigit() and (stamp := DATESTAMP.match(text) or _DAY_MONTH_LEAD.match(text)) is not None:
        text = text[stamp.end() :]  # (`2024-04-23 (Ana) Title`: a schedule's day, and who presents it)
    elif text[:2] in ("19", "20") and (year := _YEAR_LEAD.match(text)) is not None:
        text = text[year.end() :]  # (`2006: Title. Venue`: a timeline's year, the list ordered by it)
    text = _CHECKBOX.sub("", text)
    text = TODO_KEYWORD.sub("", text)
    text = _TASK_FIELDS.sub("", text)
    text = (
        LEADING_FIELDS.sub("", text, count=1) if text[:1] in _FIELD_STARTS else text
    )  # (`⭐ 4.1k · 2015-03 · `)
    if text[:1] >= "\u2600":
        text = _LEADING_EMOJI.sub(
            "", text, count=1
        )  # (`📄 Title`, `⭐📄 Title`: an awesome list's signs of a paper)
    text = _BACKLINK.sub("", text, count=1)
    if ":" in text[:32] or "：" in text[:32]:
        role = READING_ROLE.match(text)
        text = (
            text[role.end() :] if role is not None else text
        )  # (`Core: "Title" (Authors, Venue)`: its part)
    if (text[:1].isalpha() or text[:1].isdigit()) and any(char.isdigit() for char in text[:16]):
        part = NUMBERED_PART.match(text)
        text = (
            text[part.end() :] if part is not None else text
        )  # (`Week 5 — Title`: the session that reads it)
    label = None
    for _ in range(3):
        # (`[[Title]]` is a note's link, not a label)
        match = _BRACKET_LABEL.match(text) if not text.startswith("[[") else None
        if match is None:
            break
        inner = match.group("label")
        if inner.strip().isdigit() and text.startswith("[") and "](" not in text[: match.end() + 1]:
            text = text[match.end() :]  # `- [4] Lester et al., …`: a reference's number after the bullet
            continue
        if (
            any(True for _ in find_ids(f"[{inner}]"))
            or inner.strip().isdigit()
            or "](" in text[match.end() - 1 : match.end() + 1]
        ):
            break
        label = label or inner.strip()
        text = text[match.end() :]
    return text.strip(), label


_LABEL_WORDS = 5  # (words of an emphasised label before a title at most: `**Week 3**:`, `**Must read** —`)


def read_head(text: str) -> Head | None:
    """The title a head starts with, past its marks: bold, a link's text, quotes, or the words before a
    separator, a link, an identifier or a trailing parenthesis."""
    if (indexed := indexed_document(text)) is not None:
        # (a desktop search's hit: its document's title, then its address)
        text = f"{indexed[0]} {indexed[1]}"
    body, label = strip_marks(text)
    if not body:
        return None
    link: str | None = None
    emphasised = True
    authors = ""
    lead = _AUTHORS_FIRST.match(body) if body[:1].isupper() else None
    if lead is not None and is_author_tail(lead.group("lead")):
        # `Hu et al., *LoRA: ...*, ICLR 2022`: the authors first, then the title, emphasised or quoted.
        authors, body = lead.group("lead"), body[lead.end() :]
    elif body[:1].isupper() and year_early(body) and (dated := AUTHORS_YEAR_FIRST.match(body)) is not None:
        who = dated.group("lead")
        if is_author_tail(who) or _one_name(YEAR.sub(" ", who).strip(" \t,()")):
            authors, body = who, body[dated.end() :]  # `Vaswani et al. 2017 - Attention Is All You Need`
    elif (
        body[:1].isupper()
        and " " in body[:40]
        and (first_author := _ET_AL_LEAD.match(body)) is not None
        and _reads_as_title_start(body[first_author.end() :])
    ):
        # `Ramesh et al. Hierarchical Text-Conditional …`, `Rombach u.c. Title (…)`: its first author and `et al.` in
        # the list's language, then the title (not `Ho et al. The appendix has …`: a sentence on it)
        authors, body = first_author.group("lead"), body[first_author.end() :]
    elif body[1:2] == "." and body[:1].isupper() and (cited := _initials_first_citation(body)) is not None:
        # `K. He et al. Title. CVPR 2016. The writer's note`: a reference written as a list's item, its authors
        # with their initials first, then the title, then its source
        authors, body = cited[1], f"{cited[0]} — {cited[2]}"
    match = _EMPHASIS_START.match(body)
    if match is not None:
        title = match.group("title") or match.group("em") or ""
        rest = body[match.end() :]
        inner = _MD_LINK.fullmatch(title.strip())
        if inner is not None:
            title, link = inner.group("label"), inner.group("url")
        after = _LEAD_SEPARATOR_START.match(rest)
        if (
            inner is None
            and title.rstrip().endswith((":", "："))
            and (named := title_past_name(title.rstrip().rstrip(":："), ": " + rest.lstrip())) is not None
        ):
            # `**Sentence-BERT:** Sentence Embeddings using Siamese BERT-Networks`: a short name in bold, its
            # title going on after it
            title, rest = named[0], rest.lstrip()[named[1] - 2 :]
        elif inner is None and title.rstrip().endswith((":", "：")) and rest.strip():
            # `**Developed by:** Kestrel Vision Lab`, `**Model type:** …`: a field's label; what follows is its value
            value = read_head(rest.lstrip())
            return None if value is None else replace(value, field=title.strip().rstrip(":：").strip())
        if (
            inner is None
            and after is not None
            and (
                date_in(title)
                # (a label is a few words; a sentence-case title in italics is not one: `*Understanding the
                # difficulty of training deep feedforward neural networks* – Xavier Glorot, …`)
                or (len(title.split()) <= _LABEL_WORDS and title_strength(title, structured=True) < 2)
            )
        ):
            # `**Jan 26** — Title`, `**Week 3**: Title`: an emphasised date or label before the title.
            following = read_head(rest[after.end() :])
            if following is not None:
                return following
    elif "[[" in body[:60] and (wiki := _WIKILINK.search(body, 0, 400)) is not None and wiki.start() <= 40:
        # A note-taking app's link to a note (`[[Title]]`, `Read [[Title]] again`): the note is named by it.
        title, rest = shown_title(wiki.group("page"), wiki.group("shown")), body[wiki.end() :]
    elif body.startswith("[") and (listed := ID_IN_BRACKETS.match(body)) is not None:
        # `[2006.11239] Title`: the id in brackets, as arXiv's listings and its PDFs' names write it, then the title
        title, rest = _cut(body[listed.end() :])
        rest = listed.group(0) + " " + rest
    elif body[4:5] == "." and (numbered := ID_THEN_DASH.match(body)) is not None:
        # (`2104.00298v3 – Title.pdf`, a file named by its id and title: the id is the entry's, not its title's)
        title, rest = _cut(body[numbered.end() :])
        rest = numbered.group("lead") + " " + rest
    elif body.startswith("[") and (md := _MD_LINK.match(body)) is not None:
        title, link, rest = md.group("label"), md.group("url"), body[md.end() :]
        bold = _EMPHASIS_START.match(title)
        if bold is not None:
            title = bold.group("title") or bold.group("em") or title
        named = title_past_name(title, rest)
        if named is not None:
            # `[BERT](https://…): Pre-training of Deep Bidirectional Transformers …`: the link names the paper by its
            # short name, and its title goes on past the link.
            title, rest = named[0], rest[named[1] :]
    elif (quoted := _QUOTED_START.match(body)) is not None:
        title, rest = quoted.group("title"), body[quoted.end() :]
    elif ('"' in body or "“" in body) and (
        led := _LEAD_THEN_QUOTED.match(body) or _cited_after_lead(body)
    ) is not None:
        # `Starting point, obviously: "Title" (Authors)`, `Theory week. "Title"`: a run-in lead, then the title.
        title, rest = led.group("title"), body[led.end() :]
    else:
        emphasised = False
        title, rest = _cut(body)
        dash = _DASH_START.match(rest) if PAPER_SHORT_NAME.fullmatch(title.strip()) else None
        if dash is not None:
            # `Graphormer — Do Transformers Really Perform Bad for Graph Representation?`: its short name, then
            # its title.
            following = read_head(rest[dash.end() :])
            if (
                following is not None
                and len(following.title.split()) >= 4
                and title_strength(following.title, structured=True) == 2
            ):
                return following
    title = title.strip().rstrip(",;:").strip()
    paren = _TRAILING_PAREN.search(title)
    if paren is not None and _paren_is_tail(paren.group("inner")):
        rest = title[paren.start() :] + " " + rest
        title = title[: paren.start()]
        volume = JOURNAL_VOLUME_AT_END.search(title) if YEAR.fullmatch(paren.group("inner").strip()) else None
        if volume is not None and len(title[: volume.start()].split()) >= 2:
            # (`Title, Nature Machine Intelligence 2 (2020)`: the journal and its volume before the year)
            rest = title[volume.start() :] + " " + rest
            title = title[: volume.start()]
    if not emphasised and ": " in title and _FRAMING_LEAD.match(title):
        # `- For the theory people: Understanding deep learning requires rethinking generalization (Zhang et al.,
        # ICLR 2017)`: the writer's words framing the item and a colon before the title its citation follows (not a
        # title's own name part: `Bootstrap your own latent: A new approach …`)
        after = _PAREN_AHEAD.match(rest)
        if after is not None and (YEAR.search(after.group("inner")) is not None or "et al" in after.group(0)):
            title = title_after_lead(title.strip(), cited=True) or title
    if link is None:
        urls = _urls(rest[:300])
        link = urls[0] if urls and rest.lstrip(" \t-–—:|(（").startswith(("http", "www", "[", "<")) else None
    title = clean_title(title)
    if not title:
        return None
    tail = f"{rest.strip()} — {authors}" if authors and rest.strip() else authors or rest.strip()
    return Head(title=title, link=link, tail=tail, label=label, emphasised=emphasised)


def _cited_after_lead(body: str) -> re.Match[str] | None:
    """A quoted title cited right after a lead of a few words (`_LEAD_THEN_QUOTED_CITED`); None when there is none
    or the lead names another kind of thing (`a blog post "…" (2022)`), which the item's checks then refuse."""
    led = _LEAD_THEN_QUOTED_CITED.match(body)
    return None if led is None or named_as_other_kind(body[: led.end()]) else led


def _initials_first_citation(body: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of an item that is a reference whose authors are written initials first
    (`A. Gu, T. Dao. Title. arXiv:2312.00752.`), read as a reference list's entry is; None when it is not one."""
    if not (YEAR.search(body, 0, 400) or "arXiv" in body[:400]):
        return None
    parsed = _parsed_citation(body)
    if parsed is None or not parsed[1] or not body.startswith(parsed[1]) or not is_author_tail(parsed[1]):
        return None
    return parsed


# An author's full name after a comma, before the names that end in `et al.` (`…, Michael Poli, Stefano Massaroli,
# Eric Nguyen et al.`).
_FULL_NAME_BEFORE = re.compile(rf",[ \t]+{FULL_NAME}$")
# Two authors' full names or more after the title and a comma, then where and when it appeared (`Title, Xavier
# Glorot, Yoshua Bengio, AISTATS 2010.`, `Title, Sepp Hochreiter, Jürgen Schmidhuber, Neural Computation 9(8),
# 1997.`): an informal citation, the title first.
_FULL_NAMES_THEN_YEAR = re.compile(
    rf",[ \t]+(?={FULL_NAME}(?:,[ \t]+{FULL_NAME})*(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]+){FULL_NAME},[ \t]+"
    r"[^\n]{0,80}?\b(?:19|20)[0-9]{2}\b)"
)


def _cut(body: str) -> tuple[str, str]:
    """Split a plain head at the first of: a URL, an identifier, a Markdown link, a separator."""
    end = len(body)
    for match in find_ids(body):
        end = min(end, match.start)
        break
    url = _URL.search(body)
    if url is not None:
        end = min(end, url.start())
    bare = _BARE_HOST_URL.search(body)
    if bare is not None:
        end = min(end, bare.start())
    md = body.find("](")
    if md >= 0:
        opening = body.rfind("[", 0, md)
        while opening > 0 and body[opening - 1] == "[":
            opening -= 1  # `Title [[paper]](url)`
        if opening >= 0:
            end = min(end, opening)
    separator = outside_parens(_SEPARATORS, body, end)
    if separator is not None:
        end = separator.start()
    if not _HAS_CJK.search(body[:1]) and (cjk := _HAS_CJK.search(body, 0, end)) is not None:
        before = body[: cjk.start()]
        if (
            len(before.split()) >= 3
            and (before.endswith((" ", "\t")) or body[cjk.start()] in "（【「《，、；")
            and title_strength(before, structured=True) == 2
        ):
            # (`Title はGAU…`: a Latin title, then the writer's Japanese or Chinese words; `Title（Authors）—— …`: its
            # authors in full-width parentheses)
            end = cjk.start()
    bare_id = _bare_id_in_head(body, end)
    if bare_id is not None:
        end = bare_id[0]
    cited = re.search(r"[ \t]*[(（][ \t]*(?:arxiv|https?:|www\.)", body[:end], re.IGNORECASE)
    if cited is not None:
        end = cited.start()
    cited = _CITATION_PAREN.search(body, 0, end)
    if cited is not None and len(body[: cited.start()].split()) >= 2:
        end = cited.start()  # `Title (Geirhos et al., 2020) is the most readable paper`
    if ", " in body[:end] and (" et al" in body[:end] or " and " in body[:end] or "&" in body[:end]):
        authors = COMMA_AUTHORS.search(body, 0, end)
        before = body[: authors.start()] if authors is not None else ""
        if authors is not None and len(before.split()) >= 3 and before.count("(") <= before.count(")"):
            end = authors.start()  # `Title, Gilmer et al., ICML 2017`: the title, then who wrote it
            while (named := _FULL_NAME_BEFORE.search(body, 0, end)) is not None and len(
                body[: named.start()].split()
            ) >= 3:
                end = (
                    named.start()
                )  # (`Title, Michael Poli, Stefano Massaroli, Eric Nguyen et al.`: all its authors)
    if (
        ", " in body[:end]
        and (listed := _FULL_NAMES_THEN_YEAR.search(body, 0, end)) is not None
        and len(body[: listed.start()].split()) >= 2
        and body.count("(", 0, listed.start()) <= body.count(")", 0, listed.start())
        and not ONE_PERSON.fullmatch(
            body[: listed.start()]
        )  # (`Nicola De Cao, Gautier Izacard, …`: all names)
    ):
        end = listed.start()  # `Title, Xavier Glorot, Yoshua Bengio, AISTATS 2010`: the title, who, where
    venue = _TRAILING_VENUE.search(body, 0, end)
    if venue is not None:
        end = venue.start()  # `Title, ICCV 2023 — [arXiv](...)`
    title = body[:end]
    rest = body[end:]
    question = title.find("? ")
    if question > 0 and is_author_tail(title[question + 2 :].split(". ", 1)[0].strip(" .")):
        # `Are ... a Mirage? Schaeffer, Miranda, Koyejo. NeurIPS 2023.`: a question mark ends the title, its
        # authors follow.
        return title[: question + 1], title[question + 1 :] + rest
    # `Title. Rest of the sentence.`: a head whose title ends with a full stop before more prose.
    stop = re.search(r"[.。][ \t]+(?=\S)", title)
    if stop is not None and len(title[: stop.start()].split()) >= 2:
        rest = title[stop.end() :] + rest
        title = title[: stop.start()]
    elif not rest.strip() and (run := title_case_then_prose(title)) is not None:
        # `Title is the only paper on the list that …`: the title, then its sentence
        title, rest = run[0], f" {run[1]}"
    return title, rest


_HANDLES = re.compile(r"@[\w.\-]+(?:[ \t]*[,&/][ \t]*@[\w.\-]+)*")


def _paren_is_tail(inner: str) -> bool:
    """Whether a trailing parenthesis is not part of the title: an id, a link, a venue, a year, a nickname."""
    stripped = inner.strip()
    if any(True for _ in find_ids(stripped)) or "://" in stripped or "www." in stripped:
        return True
    if VENUE_YEAR.search(stripped) or YEAR.search(stripped) or "," in stripped or "，" in stripped:
        return True
    if ("&" in stripped or " and " in stripped or "et al" in stripped) and is_author_tail(stripped):
        return True  # `(Loshchilov & Hutter)`: who wrote it
    words = stripped.split()
    if stripped.casefold().startswith(("aka", "a.k.a", "i.e", "e.g", "see ", "the ", "code", "pdf", "not ")):
        return True
    if _HANDLES.fullmatch(stripped):
        return True  # `(@hana)`, `(@ivo, @mei)`: who proposed it, the list's own note
    # A nickname: one or two words, with a capital or a digit after the first letter (`P-tuning`, `DINO`).
    return len(words) <= 2 and bool(re.search(r"[A-Z0-9\-]", stripped[1:] if len(stripped) > 1 else stripped))


def tail_reason(tail: str) -> Reason | None:
    """Evidence in what follows a title: its authors, or its venue and year."""
    text = tail.strip(" \t-–—|·:,;")
    if not text or says_other_kind_after(tail):
        return None  # (`(Hwu, Kirk, El Hajj; 4th ed.)`, `(O'Reilly, 2022) — book`: a book's authors, a book)
    if VENUE_YEAR.search(_WRITERS_SENTENCE.split(text, maxsplit=1)[0]):
        # (in the words right after it: `The sampling defaults. We set … "Title" (ICLR 2020)` gives another's)
        return Reason.VENUE
    cited = _CITING_SENTENCE.match(text)
    if cited is not None:
        # `Hochreiter & Schmidhuber, Neural Computation 9(8), 1997. Dense; …`: the sentence that cites it, then
        # the writer's note
        text = cited.group("citation")
    inner = text
    if inner[:1] in "(（" and inner[-1:] in ")）":
        inner = inner[1:-1]
    elif inner[:1] in "(（" and (close := re.search(r"[)）]", inner)) is not None:
        # `(Geirhos et al., 2020) is the most readable ...`: cited, then prose
        inner = inner[1 : close.start()]
    if is_author_tail(inner) or _authors_before_words(inner) is not None:
        return Reason.AUTHORS
    if JOURNAL_YEAR.fullmatch(inner.strip()):
        return (
            Reason.VENUE
        )  # (`(Nature 596, 2021)`, `(J. Comput. Phys. 2019)`: a journal, its volume and year)
    if "(" in text and JOURNAL_VOLUME.match(text.replace("*", "").replace("_", " ")) is not None:
        # (`*Neural Computation* 18(7). The writer's note`: a journal, its volume and issue)
        return Reason.VENUE
    if cited is not None:
        # `Hochreiter & Schmidhuber, Neural Computation 9(8), 1997`: its authors, then its journal and year
        parts = inner.split(", ")
        for cut in range(len(parts) - 1, 0, -1):
            if YEAR.search(", ".join(parts[cut:])) and is_author_tail(", ".join(parts[:cut])):
                return Reason.AUTHORS
    who = tail.rsplit(" — ", 1)[1].strip() if " — " in tail else ""
    if who and YEAR.search(who) and is_author_tail(YEAR.sub(" ", who).strip(" \t,()")):
        # (`Glorot & Bengio (2010). Title. AISTATS.`: its authors and year before it, which `read_head` puts last)
        return Reason.AUTHORS
    return None


# Where the writer's own sentence starts after a title: a full stop, then a capital word and a word in lower case.
_WRITERS_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z][a-z]+[ \t]+[a-z])")
# (it ends at its year: a full stop, a note in parentheses or a dash follow; its authors' initials have theirs:
# `David E. Rumelhart, …, Nature 323, 1986.`)
_CITING_SENTENCE = re.compile(
    r"(?P<citation>(?:[^.]|\b[A-Z]\.(?=[ \t][A-Z][a-z]))(?:[^.]|\b[A-Z]\.(?=[ \t][A-Z][a-z])){2,159}?\b(?:19|20)[0-9]{2}[a-z]?\)?)(?:\.[ \t]+\S|[ \t]*\(|[ \t]+[–—][ \t])"
)


# Where the authors end before the digest's words: a spaced dash, a `;`, or a colon after `et al.` (`Scott Reed, Konrad
# Zolna et al.: what the writer says`).
# (each way opens on one character of a class, the look backs after it choosing the way, in the order the ways had:
# the engine scans for that class instead of trying the pattern at every position)
_AUTHORS_END = re.compile(r"[ \t;:](?:(?<=[ \t])[ \t]*[—–-][ \t]+|(?<=;)|(?<=\bal\.:)|(?<=\bal:))")


def _authors_before_words(text: str) -> str | None:
    """`Lewis et al. 2019 — what the digest says`: the authors before a dash (or `;`) and the digest's words."""
    first = _AUTHORS_END.split(text, maxsplit=1)[0]
    return first if first != text and is_author_tail(first) else None


# A full stop after a word, then words: the authors' list ended there, and a title followed.
_SENTENCE_BEFORE = re.compile(r"[a-z]{2,}\.[ \t]+[A-Z][a-z]*[ \t]+[A-Za-z]")
# `and` in another language between two names (`Loshchilov et Hutter`, `Glorot e Bengio`, `Li und Liang`).
_OTHER_AND = re.compile(rf"(?<=[a-z])[ \t]+{OTHER_AND}[ \t]+(?=[A-Z])")
_NAMED_AND = re.compile(rf"(?<=[a-z])[ \t]+{AND_WORD}[ \t]+(?=[A-Z])")
# Another language's `and` before a last author's full name, given name and surname (`… y Sanjeev Arora`).
_AND_BEFORE_FULL_NAME = re.compile(rf"(?<=[a-z])[ \t]+{AND_WORD}[ \t]+(?=[A-Z][\w'’\-]*[ \t]+[A-Z])")
# The full stop that ends a citation's names: after a word of two letters or more (not an initial's).
_NAMES_END = re.compile(r"(?<=[^\W\d_]{2})\.[ \t]")


def is_author_tail(text: str) -> bool:
    """`Rumelhart, Hinton & Williams (1986)`, `Goodfellow et al. (2014)`, `He et al., CVPR 2016` (`Wu i dr.` too)."""
    dated = YEAR.search(text) is not None
    text = re.sub(r"[(（][^()（）]*[)）]", " ", english_et_al(text))
    text = YEAR.sub(" ", text).strip(" \t,.;")
    if dated:
        # (a citation's names joined by another language's `and`: `Ho, Jain e Abbeel (2020)`, `Li und Liang, 2021`)
        text = _NAMED_AND.sub(", ", text)
    if not text or len(text) > 300 or _HAS_CJK.search(text):
        return False
    if len(CAPITAL_SMALL_WORD.findall(text)) >= 2:
        return False  # `THEORY OF LIABILITY, WHETHER IN CONTRACT, …`: a sentence in capitals, not names
    has_et_al = _ET_AL.search(text) is not None
    text = _ET_AL.sub(" ", text)
    parts = [part.strip() for part in re.split(r",|;|&|\band\b|·", text) if part.strip()]
    if not parts:
        return has_et_al
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 4 or not all(_NAME_TOKEN.match(token) for token in tokens):
            return False
        if not any(token[:1].isupper() for token in tokens):
            return False
    if len(parts) >= 2 and sum(1 for part in parts if research_words(part.split())) * 2 >= len(parts):
        return False  # (`Computer Vision · Representation Learning · Robustness`: topics, no people)
    return has_et_al or len(parts) >= 2 or bool(YEAR.search(text))


_SEVERAL = "several"  # (not a rejection: an item that names several papers by their ids)
_NO_TITLE_SHAPE = "does not read as a paper title"
_SENTENCE = "a sentence of prose"
_LINKS_ELSEWHERE = "links to a repository or a web page, not a paper"


def _tagged_with_venue(fields: Sequence[tuple[Label, str, str, int]]) -> bool:
    """Whether an entry's tags or labels name a venue with its year (`Labels: NeurIPS 2021, guidance`, a mind
    map's topic labels): it was published there, as a venue field would say."""
    return any(label.casefold() in TAG_LABELS and VENUE_YEAR.search(value) for _, label, value, _ in fields)


# Why an item is no paper's entry when it is words of the writer's, whose prose may still name a paper.
_PROSE_ITEM = frozenset({_NO_TITLE_SHAPE, _SENTENCE, _LINKS_ELSEWHERE})


def title_quality(title: str, *, evidenced: bool = False) -> str | None:
    """Why `title` is not a paper title, or None when it reads as one.

    `evidenced`: the entry shows it names a paper (its authors, venue, label): a title in sentence case
    (`Understanding the difficulty of training deep feedforward neural networks`) is then a title too.
    """
    strength = title_strength(title, structured=True)
    if mostly_other_script(title):
        return "words in another script than a paper's English title"  # (`PyTorch 공식 문서의 … 튜토리얼`)
    if (
        strength < 2
        and not (
            evidenced
            and (
                _sentence_case_title(title)
                # (typed all in lower case, as a to-do is: `barlow twins: self-supervised learning via … (ICML 2021)`,
                # long and in research words: `bug fixes (Name, Name)` is none)
                or (
                    title[:1].islower()
                    and len(title.split()) >= 4
                    and research_words(title.split()) >= 2
                    and _sentence_case_title(title[:1].upper() + title[1:])
                )
            )
        )
    ):
        return _NO_TITLE_SHAPE
    if KIND_CITED.search(title):
        return "cited as another kind of thing (a blog post, a video …), not a paper"
    if "(" in title and ARXIV_CLASS.search(title):
        return "arXiv's subject classes, not a title"  # (`Computation and Language (cs.CL); …`)
    if named_as_other_kind(title):
        return "named as another kind of thing (a book, a course …) before its quoted name"  # (`Sách "…", chương 11`)
    if date_in(title) or THREAD_HEADER.search(title) or CHROME.match(title):
        return "a date, a thread header or page chrome"
    if VOLUME.match(title):
        return "a volume of proceedings, not a paper in it"
    if EDITION.search(title) or VERSIONED.search(title):
        return "a book's edition or a document's version, not a paper"
    words = title.split()
    if _SENTENCE_END.search(title) or (title.endswith(".") and len(words) > 6):
        return _SENTENCE
    if _SHORTHAND.search(title):
        return "the writer's shorthand for papers named elsewhere (`DINO (#7)`, `ViT + BiT refresher`)"
    if (_ALL_NAMES.search(english_et_al(title)) or (title.count(",") >= 2 and people_listed(title))) and (
        is_author_tail(title)
    ):
        # `[4] Lester, Al-Rfou & Constant, EMNLP 2021`, `- Zhiyuan Li, Yi Zhang, Sanjeev Arora（ICLR 2021）`
        return "names its authors only, not a title"
    return None


# What joins authors' names and never a title's words (`Show, Attend and Tell` is a title).
_ALL_NAMES = re.compile(r"[ \t]&[ \t]|\bet[ \t]al\b")


# A reference to another row or item (`(#6)`), two names joined by a plus, or two short names by a spaced slash
# (`PagedAttention / vLLM`): a schedule's shorthand, no title.
_SHORTHAND = re.compile(
    r"\(#[0-9]{1,4}\)|[ \t]\+[ \t]|^[^ /]+(?:[ \t][^ /]+)?[ \t]/[ \t][^ /]+(?:[ \t][^ /]+)?$"
)


def _long_title(title: str) -> bool:
    """Long or shaped enough to be a paper's title without other evidence (`Name: what it does`, 4+ words)."""
    return len(title.split()) >= 4 or ":" in title or "?" in title


def _sentence_case_title(title: str) -> bool:
    words = title.split()
    if not 2 <= len(words) <= 35 or not (title[0].isupper() or title[0].isdigit()):
        return False
    letters = sum(1 for char in title if char.isalpha())
    return letters >= 0.6 * len(title.replace(" ", "")) and not title.endswith(".") and not _urls(title)


# --- the readers --------------------------------------------------------------------------------------------


def read_entries(outline: Outline) -> Entries:
    """Every entry of a digest that its structure makes plain, and the lines that are never papers."""
    result = Entries()
    text_lines = outline.lines
    sections = _sections(outline)
    # (code is no prose, but a paper's id in it is the paper's: `{ title: 'Title', url: 'https://arxiv.org/…' }` in a
    # notebook's cell, a page's data; those lines are read as a script's are)
    result.masked |= {index for index in outline.code if not _has_id(text_lines[index])}
    # Thread headers, chrome and metadata fields, each found by one scan of the whole text.
    for index, header, length in outline.matches(THREAD_HEADER_LINES, short=True):
        if index in outline.code or length > 200:
            continue
        # A header ends the message above it; a header alone on its line is never a paper, while an inline
        # one (`[10:02] kai: have you read ...`) leads the message that follows it on its line.
        result.walls.add(index)
        if len(text_lines[index].rstrip()) - (header.end() - header.start()) <= 2:  # (it starts at the line)
            result.masked.add(index)
    for index, _, length in outline.matches(CHROME_LINES, short=True):
        if length <= 200 and index not in result.walls:
            result.masked.add(index)
    for index, _, length in outline.matches(_EARLY_COLON, short=True) if outline.has_text(":", "：") else ():
        if length > 200 or index in result.masked or index in result.walls:
            continue
        stripped = text_lines[index].strip()
        field_ = read_field(stripped)
        if (
            field_ is not None
            and field_[0] in (Label.META, Label.NOT_PAPER)
            and not _has_id(stripped)
            # (`Week 2: Rumelhart, Hinton & Williams (1986) "Title", Nature 323`: a day's field whose value cites)
            and not (field_[0] is Label.META and _YEAR_THEN_QUOTE.search(field_[2]))
            # (nor a numbered part of a plan whose value is a research title, `week 1: Title`, its link maybe
            # under it: the line reader's title line, not a field)
            and not (
                NUMBERED_PART.match(stripped) is not None
                and len(field_[2].split()) >= 3
                and title_strength(field_[2], structured=True) == 2
            )
        ):
            result.masked.add(index)
    if outline.front:
        _front_matter_record(outline, result)
    _reference_sections(outline, result)
    _citation_runs(outline, result)
    _author_date_citations(outline, result)
    _paragraph_citations(outline, result)
    _capital_surname_runs(outline, result)
    _lone_citations(outline, result)
    _citation_definitions(outline, result)
    _semicolon_lines(outline, result)
    _listing_records(outline, result)
    if outline.shape is Shape.TEXT and outline.tables:
        # (a plain text's tables: tabs part their cells, see `outline`)
        _tables(outline, result, sections)
    _tab_rows(outline, result)
    if outline.shape is not Shape.TEXT:
        _tables(outline, result, sections)
        _lists(outline, result, sections)
        _field_records(outline, result, sections)
    _title_author_pairs(outline, result)
    if outline.headings:
        _titles_from_headings(outline, result)
    return result


def _titles_from_headings(outline: Outline, result: Entries) -> None:
    """A heading and its body are one entry: a paper found below a heading by its id alone (`## LLaMA: Open and
    Efficient ...` / its paragraph / `- Paper: https://arxiv.org/abs/...`) takes the heading as its title, when
    the heading reads as a paper's title and its section names no other paper."""
    starts = sorted(outline.headings)
    untitled = [
        found for found in result.found if not found.title and (found.arxiv_id or found.openreview_id)
    ]
    if not untitled:
        return
    lines_found = sorted(found.line for found in result.found)
    for found in untitled:
        position = bisect_right(starts, found.line) - 1
        if position < 0:
            continue
        heading = starts[position]
        end = starts[position + 1] if position + 1 < len(starts) else len(outline.lines)
        if (
            heading in result.claimed
            or bisect_right(lines_found, end - 1) - bisect_right(lines_found, heading) != 1
        ):
            continue  # the heading is another entry's, or its section names several papers
        head = read_head(outline.headings[heading][1])
        if head is None or title_strength(head.title, structured=True) < 2 or title_quality(head.title):
            continue
        found.title, found.reason = head.title, Reason.ABOVE_LINK
        found.summary.extend(
            text
            for line in range(heading + 1, found.line)
            if line not in result.claimed and (text := outline.lines[line].strip())
        )
        found.lines.add(heading)
        found.line = heading
        result.claimed.add(heading)


def _other_kind(value: str) -> str | None:
    """What a kind field's value (`#books`, `[[podcast]]`, `Tweets`) says an item is, when not a paper."""
    word = value.strip(" \t#[]\"'`*_").casefold()
    singular = word[:-1] if word.endswith("s") and len(word) > 3 else word
    for key in (singular, word):
        said = NOT_PAPER_TYPES.get(key.replace(" ", ""))
        if said is not None:
            return said
        if label_of(key) is Label.NOT_PAPER:
            return f"a {key}"
    return "a post on social media" if singular in ("tweet", "toot", "skeet", "status") else None


_TAG_WORD = re.compile(r"\[\[([^\[\]\n]{1,40})\]\]|#([\w-]{1,40})|([^\s,;#\[\]]{1,40})")


def _tagged_kind(value: str) -> str | None:
    """What kind of thing one of an item's tags (`[[blog]]`, `#podcast`, `video, ssl`) says it is, if not a paper."""
    for match in _TAG_WORD.finditer(value):
        word = next(group for group in match.groups() if group is not None).casefold()
        if word in _KIND_TAGS:
            return _other_kind(word)
    return None


def _sentence_cased(title: str) -> bool:
    """A title in sentence case, as bibliographies lower-case them (`Batch normalization: accelerating deep
    network training by ...`): read as one where a label says it is the title, never on its shape alone."""
    words = title.split()
    return (
        title[:1].isupper()
        and 3 <= len(words) <= 30
        and not title.endswith((".", "!", "?", ","))
        and not _URL.search(title)
    )


def _has_id(text: str) -> bool:
    return any(True for _ in find_ids(text))


# An image in a heading, linked or not: a README's badges (`[![Awesome](…/badge.svg)](https://awesome.re)`).
_HEADING_IMAGE = re.compile(r"\[?!\[[^\]\n]*\]\([^)\n]*\)(?:\]\([^)\n]*\))?")


# An HTML comment in Markdown, unseen when it is rendered.
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|$)")


def _sections(outline: Outline) -> list[bool]:
    """Per line: whether it is in a section whose heading says its items are not papers."""
    paper_ok = [True] * len(outline.lines)
    levels: list[tuple[int, bool]] = []
    current = True
    for index in range(len(outline.lines)):
        heading = outline.headings.get(index)
        if heading is not None:
            level, text = heading
            while levels and levels[-1][0] >= level:
                levels.pop()
            if "![" in text:
                text = _HEADING_IMAGE.sub(
                    " ", text
                )  # (its badges: `![License: CC0-1.0](…)` says nothing of papers)
            if "<!--" in text:
                # (a note tool's metadata in a comment after the heading, `## To read <!-- type: Note; … -->`: no word
                # of the heading's)
                text = _HTML_COMMENT.sub(" ", text)
            # (a heading that links its post, `## [Notes: two CNN backbones](https://blog.example.id/…)`: its words
            # say what the section holds, never its link's address)
            own = not says_not_papers(
                _MD_LINK.sub(lambda link: link.group("label"), text) if "](" in text else text
            )
            inherited = levels[-1][1] if levels else True
            # (`## Papers` under any heading holds papers)
            current = own and (inherited or level == 1 or PAPER_SECTION.search(text) is not None)
            levels.append((level, current))
        paper_ok[index] = current
    return paper_ok


# --- reference sections -------------------------------------------------------------------------------------

_REF_MARKER = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+(?=\[|[0-9]{1,3}[ \t]+[A-Z]))?(?:\[(?:[^\W_]|\+)[\w+.:-]{0,29}\]|[0-9]{1,3}[*†]?[.)]|\([0-9]{1,3}\)|[-*•]|"
    # (a footnote's bare number, as an e-book's or a Word document's notes give it: `4 Nils Reimers e …`)
    # (or a PNAS entry's, its first author's initials alone before the surname: `4 K He, X Zhang, …`)
    r"[0-9]{1,3}(?=[ \t]+[A-Z][\w'’\-]*[ \t,])|"
    # (an author-year label, as German `alphadin`/`natdin` styles write it: `[Geirhos u. a. 2020]`, `[He 2016a]`)
    # (`[Gal 23]`, `[von Platen 22]`, `[岡谷 22]`: the Japanese Society for AI's, a two-digit year, any script)
    r"\[(?:[A-Z]|[a-z]{2,4}[ \t][A-Z]|[^\W\d_A-Za-z])[^\[\]\n]{0,40}?[ \t](?:(?:19|20)[0-9]{2}|[0-9]{2})[a-z]?\]|"
    # (a bare number before a wide gap: a report's numbered rows, `  9     Title`; a bracketed number alone on its
    # line, as a publisher's page lays out its references, `[3]` over the entry's fields)
    r"[0-9]{1,3}(?=[ \t]{2}))(?:[ \t]+|(?<=\])[ \t]*\r?$)"
    r"|^[ \t]*\\bibitem(?:\[[^\]\n]*\])?\{[^}\n]*\}[ \t]*"
)
CITATION_LIMIT = 2000  # characters of a reference-list entry read for its title
_REFERENCE_HEADINGS = re.compile(REFERENCE_SECTION.pattern, REFERENCE_SECTION.flags | re.MULTILINE)
_LATEX_END = re.compile(r"^[ \t]*\\end\{thebibliography\}")
_NEWBLOCK = re.compile(r"\\newblock\b")
_REF_START = re.compile(
    r"^[ \t]*(?:\[[0-9A-Za-z+][0-9A-Za-z+_.:-]{0,29}\][ \t]+)?[A-Z][\w'’\-]+(?:,|[ \t]+[A-Z])"
)
# Title positions in the usual citation styles.
_APA_TITLE = re.compile(r"\((?:19|20)[0-9]{2}[a-z]?(?:,[^)]{0,30})?\)[.:]?[ \t]+(?P<title>.+)")
# (the year may follow the last name with no comma: `Bo Zhao, Konda Reddy Mopuri, Hakan Bilen 2021. Title.`)
_ACL_TITLE = re.compile(
    r"(?:(?:^|[.,][ \t]+)(?:19|20)[0-9]{2}[a-z]?|(?<=[a-z])[ \t]+(?:19|20)[0-9]{2})\.[ \t]+(?P<title>.+)"
)
_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"“”]{6,300}?)[,.]?[\"”]")
# (and in single quotes, as Harvard and British styles quote it: `(2016) ‘Deep residual learning …’, in …`; the
# closing mark is no apostrophe: a word does not go on after it)
_SINGLE_QUOTED_TITLE = re.compile(r"‘(?P<title>[^‘\"“”]{6,300}?)[,.]?’(?![\w])")
# (or in typewriter single quotes after its year, as a PDF's copy of Harvard's and the Australian style's quotes come:
# `(2021) 'Title', Venue`; no apostrophe inside, none after)
_ASCII_QUOTED_TITLE = re.compile(
    r"\((?:19|20)[0-9]{2}[a-z]?\)[ \t]+'(?P<title>[A-Z0-9][^'\"“”\n]{5,300}?)'(?=[,.;:]?(?:[ \t]|$))"
)
# (quoted in the marks of the writer's language: „Title“)
_LOW_QUOTED_TITLE = re.compile(r"„(?P<title>[^\"“”„]{6,300}?)[,.]?[\"”“]")
# (in the corner brackets of Japanese and the guillemets of other languages: `Rumelhart, Hinton, Williams「Title」Nature`)
_CORNER_QUOTED_TITLE = re.compile(r"[「『«](?P<title>[^「」『』«»\[\]\n]{6,300}?)[,.]?[」』»]")
_GBT_TITLE = re.compile(r"(?:^|\.[ \t]+)(?P<title>[^.\[\]]{6,300}?)[ \t]*\[(?:[JCMDRPSNAZ]|EB/OL|[JCM]/OL)\]")
# (in emphasis, as Markdown writes italics, right after the authors: `Loshchilov et Hutter, *Title*, ICLR 2019`)
_EMPHASISED_TITLE = re.compile(
    r"(?<![*\w])(?P<mark>[*_]{1,2})(?P<title>[A-Z0-9][^*_\n]{3,300}?)(?P=mark)(?![*\w])"
)
# A capital of the Latin alphabet, with its diacritics too (`Ł. Kaiser`, `Ö. Aydın`).
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ſ]"
# Authors as surnames and initials, then the title with no year between (the year closes the entry): Nature
# (`He, K., Zhang, X. & Sun, J. Title. In Proc. ... (2016).`), ABNT NBR 6023 as Brazilian theses write it (`HOWARD,
# J.; RUDER, S. Title. In: …`) and Vancouver (`He K, Zhang X, et al. Title. Venue.
# 2016;...`).
_SURNAME = (
    rf"(?:(?:van|von|de|der|den|da|di|del|du|le|la)[ \t])*{_CAPITAL}[\w'’\-]+(?:[ \t]{_CAPITAL}[\w'’\-]+)?"
)
_INITIALS = rf"{_CAPITAL}\.(?:[ \t\-]?{_CAPITAL}\.){{0,3}}"
_NATURE_NAME = rf"{_SURNAME},[ \t]{_INITIALS}"
_VANCOUVER_NAME = rf"{_SURNAME}[ \t][A-Z](?:-?[A-Z]){{0,2}}"  # (`Hsieh C-J`: a hyphen between initials too)
_LNCS_TITLE = re.compile(r"^[^:]{3,400}?[A-Z]\.(?:,[^:]{0,200})?:[ \t]+(?P<title>.+)")
# DIN 1505 (German theses' `alphadin`): each author `Surname, Given names`, `;` between them, a colon, the title
# (`Glorot, Xavier ; Bengio, Yoshua: Understanding … In: Proceedings …`).
# (one author alone by a given name and initials only: `Zhang, Mareike:`, never `Szeliski, Computer Vision:`)
_DIN_NAME = rf"{_SURNAME},[ \t]+{_CAPITAL}[\w'’\-]*\.?(?:[ \t]+{_CAPITAL}[\w'’\-]*\.?){{0,3}}"
_DIN_ALONE = rf"{_SURNAME},[ \t]+{_CAPITAL}[\w'’\-]*\.?(?:[ \t]+{_CAPITAL}\.)*"
_DIN_TITLE = re.compile(
    rf"^(?:{_DIN_NAME}(?:[ \t]*;[ \t]*{_DIN_NAME}){{1,30}}|{_DIN_ALONE})"
    r"(?:[ \t]+(?:u\.[ \t]?a\.|et[ \t]+al\.))?[ \t]*:[ \t]+(?P<title>.+)"
)
# ISO 690 (as citace PRO and Czech, Slovak, Polish theses cite): each author `SURNAME, Given names` with the surname
# in capitals, `;` between them (the last after `and`: see `_ISO_OTHER_AND`), a full stop, the title
# (`PENNINGTON, Jeffrey; SOCHER, Richard a MANNING, Christopher D. GloVe: … In: Proceedings …`).
_ISO_NAME = (
    r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-]+)?,[ \t]+(?:[A-Z]\.|[A-Z][\w'’\-]+)"
)
_ISO_GIVEN_MORE = r"(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’\-]+)){0,3}"
_ISO_TITLE = re.compile(
    # (the names parted by semicolons, `and`, or commas: `KIM, Jin, LEE, Ana M. and PARK, Su.`)
    rf"^{_ISO_NAME}{_ISO_GIVEN_MORE}(?:(?:;|,|,?[ \t]+and)[ \t]+{_ISO_NAME}{_ISO_GIVEN_MORE}){{0,30}}"
    r"(?:,?[ \t]+et[ \t]+al\.?)?(?:(?<=\.)|\.)[ \t]+(?![A-Z]\.[ \t])(?P<title>[A-Z0-9\"“].+)"
)
# ... and as GOST and many a European department's list write them, the surname then its dotted initials
# (`Hochreiter S., Schmidhuber J. Title. Venue, 1997.`, `Manning C. D.`).
_SURNAME_INITIALS_NAME = rf"{_SURNAME}[ \t]{_INITIALS}"
# `et al.` as reference lists write it in the digests' languages (`і інш.`, `и др.`, `u. a.`, `ve ark.`).
_ET_AL_IN_REFERENCE = rf"(?:et[ \t]al|{OTHER_ET_AL_WORDS})"
# ... and initials first, as BibTeX's plain styles, SIAM and many a lab's page write them (`T. B. Brown, B. Mann,
# and N. Ryder. Title. Venue, 2020.`).
_FIRST_INITIALS_NAME = rf"{_INITIALS}[ \t]{_SURNAME}"
# PNAS's style: each author's initials with no full stops before the surname, all apart by commas, then a comma and
# the title (`GE Hinton, S Osindero, YW Teh, A Fast Learning Algorithm for Deep Belief Nets. Neural Comput. 18,
# 1527–1554 (2006).`, `X Glorot, Y Bengio, Title in Proceedings of …`).
_PNAS_NAME = rf"{_CAPITAL}{{1,3}}[ \t]{_SURNAME}"
# (its conference after the title with no mark between: `Title in Proceedings of the …`)
_IN_PROCEEDINGS = re.compile(
    r"[ \t]in[ \t]+(?=Proceedings\b|Proc\.|Advances[ \t]+in\b|(?:The[ \t]+)?(?:[A-Z][\w.]*[ \t]+){1,6}"
    r"(?:Conference|Workshop|Symposium|Meeting)\b)"
)
_PNAS_TITLE = re.compile(
    rf"^(?P<authors>{_PNAS_NAME}(?:,[ \t]{_PNAS_NAME})*(?:,?[ \t]+et[ \t]+al\.?)?),[ \t]+(?P<title>[A-Z0-9].+)"
)
_INITIALS_TITLE = re.compile(
    rf"^(?P<authors>{_NATURE_NAME}(?:[,;][ \t]{_NATURE_NAME}){{0,30}}(?:,?[ \t](?:&|and)[ \t]{_NATURE_NAME})?"
    rf"(?:,?[ \t]{_ET_AL_IN_REFERENCE}\.)?|"
    rf"{_SURNAME_INITIALS_NAME}(?:,[ \t]{_SURNAME_INITIALS_NAME}){{0,30}}(?:,?[ \t]{_ET_AL_IN_REFERENCE}\.)?|"
    rf"{_VANCOUVER_NAME}(?:,[ \t]{_VANCOUVER_NAME}){{0,30}}"
    rf"(?:,[ \t]{_ET_AL_IN_REFERENCE})?\.|{_FIRST_INITIALS_NAME}(?:,[ \t]{_FIRST_INITIALS_NAME}){{0,30}}"
    rf"(?:,?[ \t](?:&|and)[ \t]{_FIRST_INITIALS_NAME})?(?:,?[ \t]{_ET_AL_IN_REFERENCE})?\.)"
    # (here and in ISO 690's, not a title opening on a given name's initial: `RUMELHART, D. E. – HINTON, G. E.:
    # Title`, STN ISO 690's names parted by dashes, whose colon LNCS's pattern reads)
    r"[ \t]+(?![A-Z]\.[ \t])(?P<title>[*_\"“]?[A-Z0-9].+)"
)


def _plain_latex(text: str) -> str:
    """LaTeX markup of a bibliography entry as plain text: ``x'' → "x", ~ → space, {\\L}ukasz → Łukasz."""
    text = text.replace("``", "“").replace("''", "”").replace("~", " ").replace("--", "–")
    text = text.replace("\\&", "&").replace("\\_", "_").replace("\\%", "%")
    if "\\" in text or "{" in text:
        text = _latex(text)
    return text


# A word broken at a line's end (`continual learn- ing`, `Pre- training`), its lines joined with a space.
_HYPHENATED = re.compile(r"\b(\w+)- ([a-z]\w*)")
# An entry's authors, two or more written with their initials first, then a few words in lower case before the full
# stop: another language's `et al.` (`Y. Song, J. Sohl-Dickstein, D. P. Kingma le ba bang. Title.`), whatever its words.
_INITIALED_NAME = r"(?:[A-Z]\.[ \t\-]?){1,3}[ \t]?[A-Z][\w'’\-]+"
_INITIALED_THEN_LOWER = re.compile(
    rf"^(?P<names>(?:{_INITIALED_NAME},[ \t]+)+{_INITIALED_NAME})[ \t]+(?:[^\W\d_A-Z]{{1,8}}[ \t]+){{0,2}}"
    r"[^\W\d_A-Z]{1,8}\.(?=[ \t])"
)
# What keeps its hyphen when a line breaks after it: a prefix or a short word of a compound (`Pre-training`,
# `self-supervised`, `state-of-the-art`).
_HYPHEN_KEPT = word_set(
    "pre post non self semi multi cross co anti inter intra over under out sub super long short high low large "
    "small well zero few one two three end fine real open data model task meta de un re of the and in on to by "
    "vision language text image"
)


# ... and the second word of such a compound (`human-level`, `attention-based`, `split-attention`).
_HYPHEN_KEPT_AFTER = word_set(
    "level based aware scale shot free wise like driven specific agnostic efficient grained oriented supervised "
    "trained tuned tuning training attention layer order step time resolution term range world art context"
)


def _unhyphenated(match: re.Match[str]) -> str:
    """`learn- ing` as `learning`, `Pre- training` as `Pre-training`, `human- level` as `human-level`: a
    typesetter's hyphen is not the word's, a compound's is."""
    first, rest = match.group(1), match.group(2)
    kept = (
        first.casefold() in _HYPHEN_KEPT
        or first[:1].isdigit()
        or rest.casefold().rstrip(".,;:’'\"”") in _HYPHEN_KEPT_AFTER
    )
    return f"{first}-{rest}" if kept else first + rest


_TITLED_LINK = 8  # (characters of a link's text at least, to title the entry it links: not `[PDF]`)


def parse_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of one reference-list entry in the ACL, APA, IEEE, Chicago, MLA, GB/T 7714,
    LNCS or LaTeX (`\\newblock`) style; None if it follows none of them. A title followed by what GOST and DSTU
    write after a spaced colon, the kind of document in lower case (`Neural Turing Machines : preprint`), is the
    title alone."""
    parsed = _parse_citation_styles(text)
    if (
        parsed is not None
        and _OTHER_SCRIPT_LETTER.match(parsed[0]) is not None
        and (note := _OTHER_SCRIPT_WORD.search(text)) is not None
        and (entry := _parse_citation_styles(text[: note.start()])) is not None
        and _LATIN_LETTER.match(entry[0]) is not None
    ):
        # (`Authors. Title. Venue, 2021. <the writer's note in their own script>`: read as a title after a year, the
        # note opens the title; the entry is what stands before the note's first word, the note part of its rest)
        return entry[0], entry[1], f"{entry[2]} {text[note.start() :]}".strip()
    return parsed


# A word in a script other than Latin letters (Arabic, Cyrillic, Devanagari, Chinese …).
_OTHER_SCRIPT_WORD = re.compile(rf"\b{_OTHER_SCRIPT_LETTER.pattern}{{2,}}")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _parse_citation_styles(text: str) -> tuple[str, str, str] | None:
    if ", " in text[:300] and (dated := _year_comma_citation(text)) is not None:
        return dated
    parsed = (
        _initials_first_colon(" ".join(_REF_MARKER.sub("", text[:CITATION_LIMIT], count=1).split()))
        if ": " in text[:300] and (text.lstrip()[:1].isupper() or text.lstrip()[:1] == "[")
        else None
    ) or _parsed_citation(text)
    if parsed is None or " : " not in parsed[0]:
        return parsed
    title, authors, rest = parsed
    cut = _GOST_DESIGNATION.search(title)
    if cut is None or len(title[: cut.start()].split()) < 2:
        return parsed
    designation = title[cut.start() + 3 :].replace("[", "").replace("]", "")
    return title[: cut.start()], authors, f"{designation} {rest}".strip()


# The year between commas after an entry's authors, then its title (`Tan, M. dan Le, Q.V., 2021, Title, Proceedings
# of …`: the style of Indonesian and Malay theses), and another language's `and` before the last name.
_YEAR_BETWEEN_COMMAS = re.compile(r",[ \t]+(?:19|20)[0-9]{2}[a-z]?,[ \t]+")
_YEAR_BETWEEN_COMMAS_SPACED = re.compile(r",\s+(?:19|20)[0-9]{2}[a-z]?,\s")  # (before its lines are joined)
_AND_BEFORE_LAST_NAME = re.compile(rf"(?<=[a-z.])[ \t]+{OTHER_AND}[ \t]+(?=[A-Z])")
_JOINED_INITIALS = re.compile(r"\b[A-Z]\.(?=[A-Z]\.)")


def _year_comma_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of `Names, I. and Names, I., 2021, Title, Venue …`: the title runs to the comma
    before its venue; None without one (`…, 2018, Title, Edition, Publisher, City`: a book's, no paper's)."""
    if _YEAR_BETWEEN_COMMAS_SPACED.search(text, 0, CITATION_LIMIT) is None:
        return None  # (cheap first: every entry is asked)
    text = " ".join(text[:CITATION_LIMIT].split())
    year = _YEAR_BETWEEN_COMMAS.search(text, 0, 300)
    if year is None:
        return None
    authors = text[: year.start()]
    # (initials written together, `I.J.`, read apart)
    names = _AND_BEFORE_LAST_NAME.sub(", ", _JOINED_INITIALS.sub(r"\g<0> ", authors))
    if not is_author_tail(f"{names} ({text[year.start() + 1 : year.end()].strip(' ,')})"):
        return None
    whole = text[year.end() :]
    venue = _COMMA_VENUE.search(whole)
    if venue is None or len(whole[: venue.start()].split()) < 2:
        return None
    return whole[: venue.start()].strip(), authors, whole[venue.start() + 1 :].strip()


# The medium a reference notes in brackets after its title, in the list's language (ISO 690's `[online]`).
_MEDIUM_NOTED = re.compile(
    r"[ \t]*\[(?:online|on-line|em linha|en línea|en linea|en ligne|in linea|Online-Ressource|электронный ресурс"
    r"|електронний ресурс|elektronický zdroj|zdroj online)\](?=[ \t.,;:]|$)",
    re.IGNORECASE,
)


# Another language's `and` before the last name of an ISO 690 list, its surname in capitals (`… Jeremy a RUDER,
# Sebastian`, `… D. y GARCÍA, Ana`, `… und MÜLLER, Jan`).
_ISO_OTHER_AND = re.compile(
    rf"(?<=[a-zà-ÿ.])[ \t]+(?:a|{AND_WORD})[ \t]+"
    r"(?=[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-]+,[ \t])"
)
# What GOST and DSTU write after a title's spaced colon: the kind of document, in lower case (`: preprint`,
# `: монографія`, `: навч. посіб.`, `: дис. … канд. техн. наук`).
# (in brackets too: `: [блог]`, `: [электронный ресурс]`)
_GOST_DESIGNATION = re.compile(r" : (?=\[?[^\W\d_A-ZА-ЯІЇЄҐ])")


# An entry's author–year label before its authors, who are named with their initials first.
_LABEL_BEFORE_AUTHORS = re.compile(
    r"^\S*?[A-Z][\w'’\-]+(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w'’\-]+|[ \t]+et[ \t]+al\.?)?,?[ \t]*"
    r"\((?:19|20)[0-9]{2}[a-z]?\)[ \t]+(?=(?:[A-Z]\.[ \t\-]?){1,3}[ \t]?[A-Z][\w'’\-]+)"
)


# Authors with their initials first, then a colon and the title (`I. Sutskever, O. Vinyals, Q. V. Le: Title, Venue`,
# as Japanese syllabi and IPSJ's style write them).
_INITIALS_FIRST_COLON = re.compile(
    r"(?P<authors>(?:[A-ZÀ-ÞĀ-Ž]\.(?:[ \t\-]?[A-ZÀ-ÞĀ-Ž]\.)*[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]+)(?:,[ \t]+(?:[A-ZÀ-ÞĀ-Ž]\."
    r"(?:[ \t\-]?[A-ZÀ-ÞĀ-Ž]\.)*[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]+))*(?:,?[ \t]+et[ \t]+al\.)?):[ \t]+(?P<title>[^\n]+)"
)


_COMMA_YEAR = re.compile(r",[ \t]+(?=(?:19|20)[0-9]{2}\b)")  # (`…: Title, 2014.`: its year after a comma)


def _initials_first_colon(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of `I. Sutskever, O. Vinyals: Title, Venue (Year), pp. …` or `…: Title, 2014.`"""
    matched = _INITIALS_FIRST_COLON.fullmatch(text.strip())
    if matched is None:
        return None
    whole = matched.group("title")
    venue = _COMMA_VENUE.search(whole) or _COMMA_YEAR.search(whole)
    title = (whole[: venue.start()] if venue is not None else whole.split(". ", 1)[0]).strip(" .")
    if len(title.split()) < 2:
        return None
    return title, matched.group("authors"), whole[len(title) :].strip(" ,.")


def _parsed_citation(text: str) -> tuple[str, str, str] | None:
    # A citation is a few hundred characters: a longer "entry" is prose, read no further than that.
    text = " ".join(_REF_MARKER.sub("", text[:CITATION_LIMIT], count=1).split())
    if _NEWBLOCK.search(text):
        # natbib/BibTeX output: authors \newblock title \newblock venue.
        blocks = [_plain_latex(block).strip() for block in _NEWBLOCK.split(text)]
        if len(blocks) >= 3 and blocks[1]:
            return blocks[1].strip(" ."), blocks[0].strip(" ."), " ".join(blocks[2:])
        text = " ".join(blocks)
    elif "\\" in text or "``" in text:
        text = _plain_latex(text)
    text = _HYPHENATED.sub(_unhyphenated, text)  # a word hyphenated across lines
    text = _INITIALED_THEN_LOWER.sub(r"\g<names> et al.", text, count=1)
    # (`Ruochen Wang, Minhao Cheng 等. Title. ICLR 2021.`: another language's et al. read as one)
    text = english_et_al(text).replace(" et al..", " et al.")
    names_end = _NAMES_END.search(text, 0, 300)
    if (
        names_end is not None
        and _AND_BEFORE_FULL_NAME.search(text, 0, names_end.start()) is not None
        and is_author_tail(joined := _AND_BEFORE_FULL_NAME.sub(" and ", text[: names_end.start()]))
    ):
        # (`Name Surname, Name Surname y Name Surname. Title. En Venue, 2021.`: the last author after another
        # language's `and`, read as `and`, in the names before the first full stop only, when they are names)
        text = joined + text[names_end.start() :]
    if "(" in text[:80]:
        # (`Choromanski et al. (2021) K. Choromanski et al. Title. ICLR 2021.`: the entry's author–year label, as
        # a page shows it before the entry; a LaTeX label's key may run into it, `choromanski2021Choromanski …`)
        text = _LABEL_BEFORE_AUTHORS.sub("", text, count=1)
    # (ISO 690's names, the last after another language's `and`: `HOWARD, Jeremy a RUDER, Sebastian.`)
    text = _ISO_OTHER_AND.sub(" and ", text)
    if " //" in text or "[" in text or " / " in text:
        gost = _gost_citation(text)
        if gost is not None:
            return gost
    if text[1:2] == "." and (science := _science_citation(text)) is not None:
        return science  # (before the styles whose names end at a full stop: `K. He, X. Zhang, …, Title. Nature …`)
    if "[" in text:
        # (ISO 690's and Portugal's NP 405's brackets: `CARON, Mathilde [et al.] – Title [Em linha]. [S.l.] : …`,
        # the medium noted after the title in the list's language)
        text = _MEDIUM_NOTED.sub("", text.replace("[et al.]", "et al."))
    for pattern in (
        _GBT_TITLE,
        _LOW_QUOTED_TITLE,
        _QUOTED_TITLE,
        _SINGLE_QUOTED_TITLE,
        _CORNER_QUOTED_TITLE,
        _ASCII_QUOTED_TITLE,
    ):
        match = pattern.search(text)
        if match is not None:
            title = match.group("title").strip(" ,.")
            if len(title.split()) >= 2:
                return title, text[: match.start()].strip(' ,."“'), text[match.end() :].strip(' ,."”')
    emphasised = _EMPHASISED_TITLE.search(text) if "*" in text or "_" in text else None
    before = text[: emphasised.start()].strip(" ,.:;") if emphasised is not None else ""
    if (
        emphasised is not None
        and not _SENTENCE_BEFORE.search(before)  # (`BROWN, T. et al. Title. In: **Venue**`: the venue's)
        and is_author_tail(_OTHER_AND.sub(", ", before))
    ):
        # (the emphasis right after the authors is the title's; after a title, APA's is the journal's)
        title = emphasised.group("title").strip(" ,.")
        if len(title.split()) >= 2:
            return title, text[: emphasised.start()].strip(" ,.:;"), text[emphasised.end() :].strip(" ,.")
    if "; " in text[:400] and (semicolon := _semicolon_citation(text)) is not None:
        return semicolon  # (before the styles whose names end at a full stop: `David E. Rumelhart, …;`)
    for pattern in (
        _APA_TITLE,
        _ACL_TITLE,
        _INITIALS_TITLE,
        # (ISO 690's surnames in capitals before LNCS's `Name, I.: Title`, which would take a title's own colon:
        # `KIM, Jin. Name: Subtitle …`)
        _ISO_TITLE,
        _LNCS_TITLE,
        _DIN_TITLE,
        _PNAS_TITLE,
    ):
        match = pattern.search(text)
        if match is None:
            continue
        title, rest = _title_until_venue(match.group("title"))
        colon = _COLON_AFTER_NAMES.match(title)
        if colon is not None or text[: match.start("title")].rstrip().endswith(":"):
            # (IPSJ's style, and others Japanese writers use: `Clark, K., …, Manning, C. D.: Title, Venue, pp. (Year).`:
            # the names end at a colon, the title at the comma before its venue)
            whole = match.group("title")[colon.end() :] if colon is not None else match.group("title")
            title = title[colon.end() :] if colon is not None else title
            venue = _COMMA_VENUE.search(whole)
            if venue is not None and venue.start() < len(title):
                # (the comma inside what the full stops gave: DIN's `Title. Preprint, 2020` keeps its title)
                title, rest = whole[: venue.start()], whole[venue.start() + 1 :].strip()
        if pattern is _PNAS_TITLE and (held := _IN_PROCEEDINGS.search(title)) is not None:
            title, rest = title[: held.start()], f"{title[held.start() :].strip()} {rest}"
        if pattern is _INITIALS_TITLE and not (YEAR.search(rest) or _VENUE_START.match(rest)):
            continue  # (no year and no venue after it: not a citation)
        if pattern is _INITIALS_TITLE and _ET_AL.search(title):
            continue  # (`John D. Smith, Ann Lee et al. Title.`: a first name and its initial, not a surname's)
        if pattern is _APA_TITLE and not rest and text[text.find(")", match.start()) + 1 :].startswith(":"):
            continue  # (`DeCandia et al. (2007): Title` and nothing after: a list's lead, read below)
        if pattern is _APA_TITLE and (
            match.group("title")[:1] in "—–-"
            or (
                research_words((before_year := text[: match.start()]).split()) >= 2
                and not is_author_tail(before_year.strip(" ,."))
            )
        ):
            continue  # (`Title in Research Words (2022) — the writer's note`: a title and its year, no authors)
        if pattern is _ACL_TITLE and re.search(r"[a-z]{3,}\.[ \t]+[A-Z][a-z]", text[: match.start()]):
            continue  # (`Authors. Title. ..., New York, 2006. Association for ...`: the year ends the entry)
        if (
            pattern is _ACL_TITLE
            and not is_author_tail(text[: match.start()].strip(" ,."))
            and (siam := _aps_citation(text) or _named_commas_citation(text)) is not None
        ):
            # (`Y. Sun, L. Dong, et al., Title, preprint, 2023. Versión leída: …`: what the year ends is a whole
            # entry in SIAM's style, or with full names (`Yann LeCun, Léon Bottou et al., Title, Proceedings of
            # the IEEE, 1998. Läs avsnitt I–II.`), the writer's note after it)
            return siam
        lead = title.split(", ", 1)[0] if ", " in title else ""
        if " and " in lead and is_author_tail(lead):
            continue  # (`Diederik P. Kingma and Jimmy Ba, Title, ICLR 2015`: a middle initial, not a full stop)
        if (
            title
            and sum(1 for word in title.split() if sum(char.isalpha() for char in word) >= 2) >= 2
            and not is_author_tail(title)
            and "://" not in title
        ):
            # (not `David E. Rumelhart, Geoffrey E. Hinton, and ...`: names after a first name's initial; nor the
            # entry's link after its year, `…, preprint (2014). URL: https://…`; nor what follows a year that ends
            # the entry's source, its pages or its issue, `… arXiv:1412.6980. 2014. 13 p.`, `2021. № 3.`)
            return title, text[: match.start("title")].strip(" ,.("), rest
    dashed = _AUTHORS_DASH.match(text)
    if dashed is not None and is_author_tail(dashed.group("authors")):
        # `Z. Liu, H. Mao, S. Xie — A ConvNet for the 2020s (CVPR 2022)`: the authors, a dash, the title.
        title, rest = _title_until_venue(dashed.group("title"))
        paren = _TRAILING_PAREN.search(title)
        if paren is not None and _paren_is_tail(paren.group("inner")):
            title, rest = title[: paren.start()], paren.group("inner") + " " + rest
        if len(title.split()) >= 2:
            return title.strip(" *_"), dashed.group("authors"), rest or dashed.group("title")
    cited = AUTHORS_YEAR_FIRST.match(text) if year_early(text) else None
    if cited is not None and is_author_tail(VENUE_YEAR.sub(" ", cited.group("lead"))):
        # `Peters et al., NAACL 2018 — Title`, `Liu et al., 2019 — Title. https://...`: cited, then named.
        title, rest = _title_until_venue(_URL.split(text[cited.end() :], maxsplit=1)[0])
        paren = _TRAILING_PAREN.search(title)
        if paren is not None and _paren_is_tail(paren.group("inner")):
            title = title[: paren.start()]  # `Title (OpenAI)`
        if len(title.split()) >= 2:
            lead = cited.group("lead")
            return title.strip(" *_"), lead, rest or lead  # (its venue is in the lead when nothing follows)
    names = _NAMES_THEN_TITLE.match(text)
    if names is not None and (is_author_tail(names.group("authors")) or _one_name(names.group("authors"))):
        # `Xu, Hu, Leskovec, Jegelka. How Powerful are Graph Neural Networks? ICLR 2019.`, `Kaplan et al. Title.
        # 2020.`: no year after the authors; the title runs to the full stop (or `?`) before a venue or a year.
        title, rest = _title_until_venue(names.group("title"))
        paren = _TRAILING_PAREN.search(title) if not rest else None
        if paren is not None and any(True for _ in find_ids(paren.group("inner"))):
            # (`Graves et al. Title (arXiv:…)`: its id in parentheses after it)
            title, rest = title[: paren.start()], paren.group("inner")
        if (
            len(title.split()) >= 2
            and "://"
            not in title  # (`…, preprint (2014). URL: https://…`: the entry's link after it, no title)
            and (_VENUE_START.match(rest) or YEAR.search(rest))
        ):
            return title.strip(" *_"), names.group("authors"), rest
    return (
        _commas_citation(text)
        or _aps_citation(text)
        or _acs_citation(text)
        or _named_commas_citation(text)
        or _iop_citation(text)
        or (_initials_commas_citation(text) if text[1:2] == "." else None)
    )


# The American Physical Society's and AIP's style (REVTeX's `apsrev`), and Elsevier's: initials before each surname, names apart
# by commas (the last after `and`, or `et al.`), a comma, the title with no marks, then `, in Proceedings … (Year)`
# or `, Journal Vol, page (Year)`: `J. Jumper, R. Evans, et al., Highly accurate …, Nature 596, 583 (2021).`
_APS_NAME = r"(?:[A-Z][a-z]?\.(?:[ \t\-]?[A-Z][a-z]?\.)*[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|le|la)[ \t]+)*[A-Z][\w'’\-]+|[A-Z][\w'’\-]+[ \t]Project)"
_APS_CITATION = re.compile(
    rf"^(?P<authors>{_APS_NAME}(?:,?[ \t]+(?:and[ \t]+)?{_APS_NAME})*(?:,[ \t]+et[ \t]+al\.)?),[ \t]+"
    r"(?P<title>[A-Z0-9][^\n]{5,300}?[^,])(?:,|(?<=[?!]))[ \t]+"
    r"(?P<rest>in[ \t]+[A-Z][^\n]*?\([^()\n]*?(?:19|20)[0-9]{2}\)|[A-Z][\w.&\- ]{1,60}?[ \t]+[0-9]{1,4},[ \t]+[A-Za-z0-9\-–]+[ \t]+\((?:19|20)[0-9]{2}\)"
    # (and Elsevier's numbered style, the year after the volume and the pages after it: `Nature 323 (1986) 533–536`,
    # `preprint (2014)`, `in: Proceedings of …, ACM, 2006, pp. 369–376`)
    r"|[A-Za-z][\w.&/\- ]{1,60}?(?:[ \t]+[0-9]{1,4}(?:[ \t]?\([0-9]{1,3}\))?)?[ \t]+\((?:19|20)[0-9]{2}\)"
    # (a chapter's book after `In:` as the list's language writes it: Polish `W:`, Spanish `En:`, French `Dans :`)
    r"|(?:[Ii]n|W|En|Em|Dans|В)[ \t]?:[ \t]+[A-Z][^\n]*?\b(?:19|20)[0-9]{2}\b"
    # (or a conference's short name and year alone, as a course's list writes them: `…, Title, ICML 2022.`)
    r"|(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][\w&\-]{1,15}(?:[ \t]+[A-Z][\w&\-]{1,15}){0,2}[ \t]+'?(?:19|20)?[0-9]{2}\b"
    # (or SIAM's, its proceedings after `in` and the year after a comma, or a preprint and its year: `…, Title, in
    # Advances in Neural Information Processing Systems, vol. 33, 2020, pp. …`, `…, Title, preprint, 2023.`)
    r"|in[ \t]+(?:Proceedings|Proc\.|Advances|(?:The[ \t]+)?(?:[A-Z][\w.]*[ \t]+){1,6}(?:Conference|Workshop|Symposium))"
    r"[^\n]{0,200}?,[ \t]+(?:19|20)[0-9]{2}\b|preprint,[ \t]+(?:19|20)[0-9]{2}\b)"
)


# The American Chemical Society's style: `Surname, I. I.; Surname, I.` (the names apart by `;`), then the title to
# its full stop, then the venue, the year and the pages apart by `;` (`In Proceedings …; 2015; pp 1026–1034.`).
_ACS_NAME = r"[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?,[ \t]+(?:[A-Z]\.[ \t\-]?){1,3}"
_ACS_AUTHORS = re.compile(
    rf"^(?P<authors>{_ACS_NAME}(?:;[ \t]+{_ACS_NAME})*(?:;?[ \t]+et[ \t]+al\.)?)[ \t]+(?=[A-Z0-9])"
)


def _acs_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of an ACS-style entry (see `_ACS_AUTHORS`), or None."""
    match = _ACS_AUTHORS.match(text)
    if match is None:
        return None
    title, rest = _title_until_venue(text[match.end() :])
    if len(title.split()) < 2 or not YEAR.search(rest or text[match.end() :]):
        return None
    return title, match.group("authors").strip(), rest


# Science's and AAAS's style: initials before each surname (or the first author and `et al.`), a comma, the title
# and its full stop (or its question mark), then the journal, its volume, its pages and the year in parentheses
# (`J. Doe, A. Roe, Title. Nature 596, 583–589 (2021).`), or an arXiv id and the year (`Title. arXiv:2010.08895
# [cs.LG] (2020).`).
_SCIENCE_CITATION = re.compile(
    rf"^(?P<authors>{_APS_NAME}(?:,[ \t]+{_APS_NAME})*(?:[ \t]+et[ \t]+al\.)?),[ \t]+"
    r"(?P<title>[A-Z0-9][^\n]{5,300}?)(?:\.|(?<=\?))[ \t]+"
    r"(?P<rest>[A-Z][\w.&\- ]{1,60}?[ \t]+[0-9]{1,4},[ \t]+[A-Za-z0-9\-–]+[ \t]+\((?:19|20)[0-9]{2}\)"
    r"|arXiv:[0-9]{4}\.[0-9]{4,5}[^\n]{0,20}?\((?:19|20)[0-9]{2}\))"
)


def _science_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of a Science-style entry (see `_SCIENCE_CITATION`), or None."""
    match = _SCIENCE_CITATION.match(text)
    if match is None or len(match.group("title").split()) < 2 or _NAMES_IN_TITLE.search(match.group("title")):
        return None  # (`M. Raissi, P. Perdikaris, and G. E. Karniadakis, Title, J. Comput. Phys. …`: APS's, read so)
    return match.group("title"), match.group("authors"), text[match.start("rest") :]


# An initial opening what was read as a title, or a last author after `and`: the authors go on, no title yet.
_NAMES_IN_TITLE = re.compile(r"^[A-Z][a-z]?\.[ \t]|(?:^|[ \t,])and[ \t]+[A-Z][a-z]?\.[ \t]")


def _aps_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of an APS-style entry (see `_APS_CITATION`), or None."""
    match = _APS_CITATION.match(text)
    if match is None or len(match.group("title").split()) < 2:
        return None
    return match.group("title"), match.group("authors"), text[match.start("rest") :]


# GOST 7.1 and 7.0.5, as Russian, Ukrainian and Belarusian theses write their references: the title's part ends at
# `//` before the venue (`Peters M. E. et al. Title //Proceedings … – 2018.`), or at the medium noted in brackets
# (`Title [Электронный ресурс]. – 2020. – URL: …`); four authors or more follow the title after a slash
# (`Title / M. Lewis, Y. Liu, N. Goyal [et al.] // Venue`).
_GOST_VENUE = re.compile(r"[ \t]//[ \t]?(?=\S)")
_GOST_MEDIUM = re.compile(
    r"[ \t]*\[(?:Электронный[ \t]+ресурс|Електронний[ \t]+ресурс|Электронны[ \t]+рэсурс|Electronic[ \t]+resource|"
    r"Текст|Text)\][ \t]*",
    re.IGNORECASE,
)
_GOST_ET_AL = re.compile(r"\[(et[ \t]+al\.|и[ \t]+др\.|і[ \t]+ін\.|та[ \t]+ін\.)\]")


# Where GOST ends an area of an entry and opens the next: a full stop, a spaced dash (`… [et al.]. – 2020. – Текст`).
_GOST_AREA = re.compile(r"\.[ \t]+[–—-][ \t]+")
# The heading a GOST entry opens on, its first author's surname and initials (`Hochreiter, S.`, `Гудфеллоу, Я.`).
_GOST_HEADING = re.compile(
    r"^[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?,[ \t]+(?:[A-ZА-ЯЁІЇЄҐ]\.[ \t]?-?){1,3}[ \t]*(?=\S)"
)


def _gost_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of a GOST entry, or None when the text is not one."""
    cut = _GOST_VENUE.search(text) or _GOST_MEDIUM.search(text)
    if cut is None and (slash_at := text.find(" / ")) > 0:
        # (or, in a book's or a report's entry, the area after its authors: `Surname, I. Title / I. Surname, I.
        # Surname. – Place : Publisher, 2014. – 26 p.`)
        cut = _GOST_AREA.search(text, slash_at)
    if cut is None:
        return None
    head, rest = _GOST_ET_AL.sub(r"\1", text[: cut.start()]), text[cut.end() :].strip(" .–-")
    head = _GOST_MEDIUM.sub(" ", head).strip(" .")
    # (GOST parts its areas with `. – `: `Title / A. Fan, E. Grave [et al.]. – 2020. – Текст : электронный // …`,
    # the year and the medium after the authors)
    head = _GOST_AREA.split(head, maxsplit=1)[0].strip(" .")
    title, slash, authors = head.partition(" / ")
    if slash:
        authors = _GOST_MEDIUM.sub(" ", authors).strip(" .")
        heading = _GOST_HEADING.match(title)
        if heading is not None and len(title[heading.end() :].split()) >= 2:
            title = title[
                heading.end() :
            ]  # (`Hochreiter, S. Title / S. Hochreiter, …`: the first author's heading)
        if len(title.split()) >= 2 and is_author_tail(authors):
            return title.strip(), authors, rest
        return None
    named = _INITIALS_TITLE.match(head)
    if named is not None and len(named.group("title").split()) >= 2:
        return named.group("title").strip(" ."), head[: named.start("title")].strip(" ,."), rest
    return None


def _commas_citation(text: str) -> tuple[str, str, str] | None:
    """`Li & Liang, Prefix-Tuning: Optimizing Continuous Prompts for Generation, ACL 2021`, `Hu et al., Title,
    ICLR 2022`: the authors, the title and the venue with its year, all between commas. The authors run over
    the parts that are names, to the one with the last author (after `&`, `and`, or ending `et al.`)."""
    venue = _VENUE_LAST.search(text)
    if venue is None:
        return None
    parts = english_et_al(text[: venue.start()]).split(", ")
    for count, part in enumerate(parts[:-1], start=1):
        tokens = part.split()
        if not 1 <= len(tokens) <= 4 or not all(_NAME_TOKEN.match(token) for token in tokens):
            return None
        if _ALL_NAMES.search(part) or re.search(r"\band\b", part):
            authors, title = ", ".join(parts[:count]), ", ".join(parts[count:]).strip()
            if len(title.split()) < 2 or not is_author_tail(authors):
                return None
            return title, authors, venue.group("venue")
    return None


def _named_commas_citation(text: str) -> tuple[str, str, str] | None:
    """The AMS's style (`amsalpha`, `amsplain`) and others like it: the authors' full names apart by commas (the
    last after `and`, or `et al.` after them), a comma, the title, a comma, then where and when it appeared
    (`Xinlei Chen and Kaiming He, Title, Proceedings of …, 2021, pp. 15750–15758.`, `…, et al., Title, arXiv
    preprint arXiv:1807.03748 (2018).`). The title runs to the comma before a venue's usual first words, a
    publisher or a year; None when the text is not so."""
    parts = english_et_al(text).split(", ")
    for count, part in enumerate(parts[:32], start=1):
        tokens = part.split()
        if part == "et al." and count > 1:
            break  # (`…, Dirk Weissenborn, et al.,`)
        if not 2 <= len(tokens) <= (9 if "and" in tokens else 5) or not all(
            _NAME_TOKEN.match(t) for t in tokens
        ):
            return None  # (a name of two to five words; two names joined by `and`, `Diederik P. Kingma and Jimmy Ba`)
        given = tokens[1] if tokens[0] in ("and", "&") else tokens[0]
        if given.endswith("."):
            return None  # (`I. Goodfellow, Y. Bengio, and …`: initials first, IEEE's style, read above)
        if tokens[0] in ("and", "&") or " and " in part or part.endswith(" et al."):
            break  # (the last author: `and Geoffrey Hinton`, `Xinlei Chen and Kaiming He`)
    else:
        return None
    authors, rest = ", ".join(parts[:count]), parts[count:]
    if len(rest) < 2 or not is_author_tail(authors):
        return None
    told = _title_then_where(rest)
    return (told[0], authors, told[1]) if told is not None else None


# One author as IEEE writes them, initials before the surname (`K. T. Nowak`, `J.-H. Park`, `and T. N. Vo`).
_INITIALS_NAME = re.compile(
    r"(?:and[ \t]+)?[A-Z][a-z]?\.(?:[ \t\-]?[A-Z][a-z]?\.){0,3}[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|le|la)"
    r"[ \t]+)*[A-Z][\w'’\-]+(?:[ \t]et[ \t]al\.)?"
)


def _initials_commas_citation(text: str) -> tuple[str, str, str] | None:
    """IEEE's style without the quotes around the title, as a syllabus or a thesis copied from a PDF writes it:
    every author's initials before the surname, all apart by commas, then the title, a comma, and where and when it
    appeared (`K. Nowak, P. Zielinski, Title, Neural Computation, 31(4), 2019, pp. …`). The authors run over
    the parts that are such names; the title to the comma before a venue's usual first words, a publisher or a
    year (`_title_then_where`)."""
    parts = english_et_al(text).split(", ")
    count = 0
    for part in parts[:32]:
        if part == "et al." and count:
            count += 1
            break
        if _INITIALS_NAME.fullmatch(part) is None:
            break
        count += 1
    if count == 0 or len(parts) - count < 2:
        return None
    authors = ", ".join(parts[:count])
    if not is_author_tail(authors):
        return None
    told = _title_then_where(parts[count:])
    return (told[0], authors, told[1]) if told is not None else None


def _title_then_where(rest: Sequence[str]) -> tuple[str, str] | None:
    """(title, where and when it appeared) of the parts after a citation's authors, apart at their commas: the
    title runs to the comma before a venue's usual first words, a publisher, a journal's short name or a year
    (and a year must follow); None when they are not so."""
    ends = next(
        (
            index
            for index in range(1, len(rest))
            if _VENUE_START.match(rest[index])
            or _COMMA_VENUE.match(", " + rest[index])
            or YEAR.match(rest[index])
            or PUBLISHER.match(rest[index])  # (`…, Deep Learning, MIT Press, 2016`: a book's, weighed below)
            or _ACRONYM.fullmatch(rest[index])  # (`…, Title, JMLR, 2014`: a journal's short name)
            # (a conference's short name without its year, `…, Title, NeurIPS, 2022`, or a preprint's note)
            or _VENUE_ALONE.fullmatch(rest[index])
        ),
        None,
    )
    if ends is None or not YEAR.search(", ".join(rest[ends:])):
        return None
    title = ", ".join(rest[:ends]).strip()
    if len(title.split()) < 2 or "://" in title or PUBLISHER.search(title):
        return None
    return title, ", ".join(rest[ends:])


# Authors' full names apart by commas, then a semicolon before the title (`Sepp Hochreiter, Jürgen Schmidhuber;
# Long Short-Term Memory, Neural Computation, vol. 9, 1997`), as some universities' course pages list readings.
_NAMES_SEMICOLON = re.compile(r"^(?P<authors>[^;:\n]{3,400}?);[ \t]+(?=[A-Z0-9\"“])")


def _semicolon_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of an entry whose authors end at a semicolon (see `_NAMES_SEMICOLON`), or None."""
    match = _NAMES_SEMICOLON.match(text)
    if match is None:
        return None
    authors = english_et_al(match.group("authors")).strip()
    for part in authors.split(", "):
        tokens = part.removesuffix(" et al.").split()
        if not 2 <= len(tokens) <= 5 or not all(_NAME_TOKEN.match(token) for token in tokens):
            return None
    if not is_author_tail(authors):
        return None
    told = _title_then_where(text[match.end() :].split(", "))
    return (told[0], authors, told[1]) if told is not None else None


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}\.?")
_VENUE_ALONE = re.compile(
    rf"{VENUE_NAMES}(?:-[A-Z]{{2,6}})?(?:[ \t]+Workshops?)?\.?|(?i:(?:arXiv[ \t]+)?preprint)\b.*"
)


# The Institute of Physics' style (and Vancouver's with the year first): surnames and their initials with no full
# stops (`Tsai Y-H H, Wu Y, Salakhutdinov R and Morency L-P`, `Dosovitskiy A et al`), the year, then the title in
# sentence case with no mark after it, and the venue abbreviated (`Proc. IEEE/CVF Conf. on …`, `Int. Conf. on …`).
_IOP_NAME = (
    r"(?:(?:van|von|de|der|den|da|di|du|del|le|la)[ \t]+)*[A-Z][\w'’\-]+"
    r"[ \t]+[A-Z](?:-?[A-Z]){0,3}(?:[ \t][A-Z](?:-[A-Z])?)?"
)
_IOP_CITATION = re.compile(
    rf"^(?P<authors>{_IOP_NAME}(?:,[ \t]+{_IOP_NAME})*(?:[ \t]+and[ \t]+{_IOP_NAME}|[ \t]+et[ \t]+al\.?)?)"
    r"[ \t]+(?:19|20)[0-9]{2}[a-z]?[ \t]+(?P<title>[A-Z0-9][^\n]{5,400})"
)
# Where the title of such an entry ends: the venue's abbreviation, a report's kind, a parenthesis, a link.
_IOP_VENUE = re.compile(
    r"[ \t](?=(?:Proc\.|Int\.|J\.|Adv\.|Trans\.|Conf\.|Ann\.|Phys\.|IEEE[ \t]|ACM[ \t]|Nature\b|Science\b"
    r"|Neural[ \t]+Comput\.|Mach\.|Technical[ \t]+Report|PhD[ \t]+[Tt]hesis|Preprint|preprint|arXiv|URL[ \t]|\())"
)


def _iop_citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of an entry in the IOP's style (see `_IOP_CITATION`), or None."""
    match = _IOP_CITATION.match(text)
    if match is None:
        return None
    written = match.group("title")
    end = _IOP_VENUE.search(written)
    title = (written[: end.start()] if end is not None else written).strip(" .,")
    if len(title.split()) < 2 or "://" in title:
        return None
    return title, match.group("authors"), written[len(title) :].strip()


_AUTHORS_DASH = re.compile(r"^(?P<authors>[^—–\n]{3,300}?)[ \t]+[—–][ \t]+(?P<title>[A-Z0-9\"“*].+)")
# (full names may hold middle initials: `Paul N. Whatmough, and Venkatesh Saligrama. Title. In ...`, `Tengyu Ma.`)
_NAMES_THEN_TITLE = re.compile(
    r"^(?P<authors>(?:\b[A-Z]\.|[^.?!]){3,300}?[A-Za-z][a-z])\.[ \t]+(?P<title>[*_]{0,2}[A-Z0-9].+)"
)
_VENUE_START = re.compile(
    VENUE_YEAR.pattern + r"|(?:In[ \t]+|Proceedings|Proc\.|Advances in|arXiv|Journal|Transactions)",
    re.IGNORECASE,
)


# The last initials of a name list that ends at a colon (`Manning, C. D.: Title`), read as the title's start.
_COLON_AFTER_NAMES = re.compile(r"(?:[A-Z]\.(?:-[A-Z]\.)?[ \t]?){1,3}:[ \t]+")
# A comma, then where a paper appeared: a venue's usual first words, a volume, or a Japanese journal's name.
_COMMA_VENUE = re.compile(
    r",[ \t]+(?=(?:"
    + _VENUE_START.pattern
    + r"|International\b|Conference\b|Workshop\b|Symposium\b|CoRR\b|Vol\.|IEEE\b|ACM\b|Nature\b|Science\b"
    r"|Neural[ \t]+Computation|Machine[ \t]+Learning\b|[\u3040-\u30ff\u4e00-\u9fff]"
    # (`…: Title, in Advances in Neural …`, `, in Proceedings of …`: the JSAI's and IPSJ's `in` before the venue)
    r"|in[ \t]+(?:Proceedings|Advances|International|Conference|Workshop|Annual|Findings|Transactions|Journal"
    r"|[A-Z]{2,}\b)))",
)
# A venue and its year closing a citation after a comma, with nothing but a full stop after them.
_VENUE_LAST = re.compile(rf",[ \t]+(?P<venue>{VENUE_YEAR.pattern})[ \t.]*$")


def _title_until_venue(text: str) -> tuple[str, str]:
    """A citation's title runs to the full stop (or `?`) before its venue (or to the comma before a venue and
    its year that end it: `Title, ACL 2018`)."""
    position = 0
    while True:
        stop = re.search(r"[.?!][ \t]+", text[position:])
        if stop is None:
            venue = _VENUE_LAST.search(text, position)
            if venue is not None:
                return text[: venue.start()].strip(" ."), venue.group("venue")
            return text.strip(" ."), ""
        end = position + stop.end()
        title = text[: position + stop.start() + (1 if text[position + stop.start()] in "?!" else 0)]
        after = text[end:]
        word_before = title.rsplit(" ", 1)[-1]
        # `e.g.`, `vs.`, `U.S.` or an initial inside a title: not its end.
        if len(word_before) <= 2 and word_before[:1].isupper() and text[position + stop.start()] == ".":
            position = end
            continue
        if word_before.casefold() in ("vs", "e.g", "i.e", "etc", "al", "st"):
            position = end
            continue
        if (
            text[position + stop.start()] == "?"
            and _SUBTITLE_AFTER_QUESTION.match(after)
            and not _VENUE_START.match(after)  # (`Title? In T. Roughgarden, editor, …`: its venue)
        ):
            # `How to train your ViT? Data, Augmentation, and … Transformers. TMLR.`: a question, then its subtitle
            following = re.search(r"\.[ \t]+", after)
            rest = after[following.end() :] if following is not None else ""
            venue_next = _VENUE_START.match(rest) or YEAR.search(rest[:40]) or re.match(r"[A-Z]{2,}\b", rest)
            if venue_next and not YEAR.search(after[: following.start() if following is not None else 40]):
                position = end
                continue
        return title.strip(), after.strip()


# A subtitle after a title's question: a capital word, no venue's or year's (`Data, Augmentation, and …`).
_SUBTITLE_AFTER_QUESTION = re.compile(r"[A-Z](?:[a-z][\w\-]*)?(?:,|[ \t]+[A-Za-z])")


# A manual's title (`cuDNN developer guide`, `PyTorch documentation`): a company's or a project's document.
_DOCUMENT_TITLE = re.compile(
    r"\b(?:developer|user|reference|programming|installation)['’]?s?[ \t]+(?:guide|manual)$|\bdocumentation(?:$|:[ \t])"
    # (a user's guide in the languages of the lists: Portuguese, Spanish, French, Italian, German, Russian)
    r"|\b(?:guia|manual)[ \t]+d[oe][ \t]+usu[aá]rio$|\bgu[ií]a[ \t]+del[ \t]+usuario$|\bguide[ \t]+de[ \t]+l['’]utilisateur$"
    r"|\bmanuel[ \t]+d['’]utilisation$|\bguida[ \t]+(?:per[ \t]+l['’]|all['’])utente$|\bbenutzerhandbuch$"
    r"|\bруководство[ \t]+пользователя$",
    re.IGNORECASE,
)
# A reference marked as another kind of thing: `Alammar, "The Illustrated BERT" (blog)`, `[video]`.
_KIND_MARK_WORDS = (
    r"(?P<kind>blog(?: post)?|video|talk|slides|podcast|tutorial|book|textbook|course|website|"
    r"web ?page|code|repo(?:sitory)?|software|computer software|data ?set|newsletter|news|thesis|thread"
    # (in Chinese, Japanese and Korean, in full-width parentheses too: `Hugging Face Course 第 1–3 章（课程）`)
    r"|课程|課程|教程|书籍?|書籍|博客|博文|视频|動画|ブログ|講義|강의|책|블로그|영상|数据集|データセット|代码|仓库|ソフトウェア|软件"
    # (a book in the list's language: `(sách)`, `(libro)`, `(книга)`)
    r"|sách|libro|livre|livro|buch|boek|książka|kniha|kitap|книга|книжка|βιβλίο|ספר|كتاب|किताब|หนังสือ|도서"
    # (ISO 690's designation in the list's language: `[софтвер]`, `[Software]`, `[logiciel]`, `[video]`)
    r"|софтвер|софтуер|программное обеспечение|програмне забезпечення|oprogramowanie|logiciel|yazılım|phần mềm|"
    r"λογισμικό|תוכנה|نرم‌افزار|برمجيات|सॉफ़्टवेयर|ซอฟต์แวร์|видео|відео|βίντεο|skup podataka|набор данных|"
    r"набор от данни|скуп података|набір даних|zbiór danych|veri seti|jeu de données|conjunto de datos|datensatz)"
)
_KIND_MARK = re.compile(
    rf"[(\[（]{_KIND_MARK_WORDS}"
    # (a word may follow it: `[software online]`, `[видео онлајн]`)
    r"(?:[ \t]+[^\s()\[\]（）]{1,20})?"
    r"(?:[)\]）]|[,;，、][ \t]?)",  # (APA's `[Data set]`, `[Computer software]` too)
    re.IGNORECASE,
)
# APA's description in square brackets opening on a word or two in the list's language: `[Entrada de blog]`,
# `[Billet de blog]`, `[Archivo de video]`.
_KIND_DESCRIBED = re.compile(rf"\[(?:[^\W\d][\w'’\-]*[ \t]+){{1,2}}{_KIND_MARK_WORDS}\]", re.IGNORECASE)


def _goes_on_indented(text_lines: Sequence[str], n: int) -> bool:
    """Whether the indented line `n`, in lower case, goes on with the indented line right above it, at the same
    indentation (a search result's snippet wrapped onto a last word, `     sources`): a paragraph's line, no
    heading."""
    line = text_lines[n]
    indent = len(line) - len(line.lstrip(" \t"))
    if indent == 0 or n == 0 or not line.lstrip()[:1].islower() or not text_lines[n - 1].strip():
        return False
    above = text_lines[n - 1]
    return len(above) - len(above.lstrip(" \t")) == indent


def _reference_sections(outline: Outline, result: Entries) -> None:
    text_lines = outline.lines
    count = len(text_lines)
    candidates = [
        n
        for n, _, length in outline.matches(_REFERENCE_HEADINGS, short=True)
        # (its words, not the gap a printed page's running head leaves before its number)
        if (length <= 60 or len(" ".join(text_lines[n].split())) <= 60)
        and n not in outline.code  # (not a front matter's `references:` key, not code)
        and not _in_menu(text_lines, n)
        and not _goes_on_indented(text_lines, n)
    ]

    index = 0
    for heading_line in candidates:
        if heading_line < index:
            continue
        index = heading_line
        heading_level = outline.headings.get(index, (0, ""))[0]
        start = index + 1
        end = start
        while end < count:
            candidate = text_lines[end]
            level = outline.headings.get(end, (0, ""))[0]
            if level and (heading_level == 0 or level <= heading_level):
                break
            if _LATEX_END.match(candidate):
                result.claimed.add(end)
                break
            if end > start and _is_appendix_heading(text_lines, end):
                break
            if end > start and _PART_RULE.match(candidate):
                break  # (`----- Notes -----`, `=====`: the text's next part)
            if (
                heading_level == 0
                and end > start
                and _LABEL_LINE.match(candidate)
                and not _REF_MARKER.match(candidate)
            ):
                break  # (`Questions:` after a review's plain `References` line: the list is over)
            end += 1
        result.claimed.add(index)
        unread: set[int] = set()
        # (a table under the heading is the table reader's, which reads its cells' references one by one)
        tabled = {
            n for table in outline.tables if start <= table.start < end for n in range(table.start, table.end)
        }
        first = start
        while first < end and (first in tabled or not text_lines[first].strip()):
            first += 1
        for entry_lines in _citation_items(text_lines, first, end):
            if not _read_citation(text_lines, entry_lines, result):
                unread.update(entry_lines)  # (prose under the heading, not a reference: the line reader's)
        result.claimed.update(n for n in range(first, end) if n not in unread and n not in tabled)
        index = end


_MENU_ITEM = re.compile(r"[ \t]*[A-ZÀ-Ý][\w'’\-]{0,15}[ \t]*")


def _in_menu(text_lines: Sequence[str], index: int) -> bool:
    """Whether a line is an item of a page's menu copied with it (a word processor's ribbon, `Inicio`,
    `Insertar`, `Referencias`, `Revisar`): a single word with single words on its lines above and below."""
    around = [text_lines[n] for n in (index - 2, index - 1, index + 1, index + 2) if 0 <= n < len(text_lines)]
    return len(around) == 4 and all(_MENU_ITEM.fullmatch(line) for line in around)


# A rule across a plain text, alone or around a part's name (`----- Notes -----`).
_PART_RULE = re.compile(r"^[ \t]*(?:[-*_=—─~][ \t]*){3,}(?:[^-*_=—─~\s].*?(?:[ \t]*[-*_=—─~]){3,})?[ \t]*$")
# A form's label alone on its line (`Questions:`): the next field, past a reference list
# that had no heading of its own to end at.
_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z]+(?:[ \t][A-Za-z]+){0,4}:[ \t]*$")
# A numbered or bulleted reference: `1. Krizhevsky, A., ...`, `[3] K. He, X. Zhang ...`, `- Hinton, G. E. (2006)`,
# `2. He K, Zhang X, ...`, `[7] A.~Vyas, ...` (LaTeX's tie between an initial and its surname), `[3] M. Zaheer
# et al.` (`k.a.`, `и др.`: a lower-case word after one author's name), `2. Ho e.o., “Title,” 4.`.
_CITATION_START = re.compile(
    r"^[ \t]*(?:\[[0-9]{1,3}\]|\([0-9]{1,3}\)|[0-9]{1,3}[*†]?[.)]|[0-9]{1,3}(?=[ \t])|[-*•])[ \t]+(?:[A-Z][\w'’\-]+,?[ \t]+(?:[A-Z]\.|[A-Z][a-z]+|et[ \t]al\.|"
    r"[a-z]{1,3}\.[ \t]?[a-z]{0,3}\.?,|&[ \t]+[A-Z])|"
    r"[A-Z]\.(?:[ \t~]?[A-Z]\.)*[ \t~]+[A-Z][\w'’\-]+(?:,|[ \t]+[a-z])|[A-Z][\w'’\-]+[ \t][A-Z]{1,3}[,.][ \t])",
    re.MULTILINE,
)


# (a bracketed number, maybe after a letter or two of its list's own, `[P3]`, `[R12]`, as a syllabus labels its
# readings)
_BRACKET_NUMBERED = re.compile(r"^[ \t]*\[[A-Z]{0,2}[0-9]{1,3}\][ \t]+\S", re.MULTILINE)


def _citation_runs(outline: Outline, result: Entries) -> None:
    """Reference lists without a heading (a syllabus's readings, a PDF's numbered list): two or more numbered
    or bulleted items in a row, each with authors, a year and a title in a citation style."""
    text_lines = outline.lines
    # (and any `[n]` item: a list of them is numbered as a reference list is, whatever its entries' first words)
    marked = (
        {n for n, _, _ in outline.matches(_BRACKET_NUMBERED)}
        if outline.has_text("1] ", "2] ")  # (`[1] `, `[R1] `)
        else set()
    )
    starts = sorted(
        n for n in {n for n, _, _ in outline.matches(_CITATION_START)} | marked if n not in result.claimed
    )
    runs: list[list[int]] = []
    position = 0
    while position < len(starts):
        runs.append([starts[position]])
        while position + 1 < len(starts) and _continues_run(text_lines, runs[-1][-1], starts[position + 1]):
            position += 1
            runs[-1].append(starts[position])
        position += 1
    marks: set[str] = set()  # (how the entries of the lists read so are marked: `3.`, `[3]`, `-`)
    for run in [run for run in runs if len(run) >= 2]:
        if _read_citation_run(text_lines, run, result):
            marks.add(_entry_mark(text_lines[run[0]]))
    marks.discard("")
    # (a list the writer parted under headings of their own, one entry under the last, marked as the others are:
    # the document's reference list all the same)
    for run in [run for run in runs if len(run) == 1]:
        if _entry_mark(text_lines[run[0]]) in marks:
            _read_citation_run(text_lines, run, result)


def _entry_mark(line: str) -> str:
    """How a list's entry is marked, as a kind: `N.`, `[N]`, `(N)`, a bullet; "" for none."""
    marked = _ENTRY_MARK.match(line)
    return re.sub(r"[0-9]+", "N", marked.group(0).strip()) if marked is not None else ""


_ENTRY_MARK = re.compile(r"[ \t]*(?:[0-9]{1,3}[.)]|\[[0-9]{1,3}\]|\([0-9]{1,3}\)|[-*•])[ \t]")


def _read_citation_run(text_lines: Sequence[str], run: list[int], result: Entries) -> bool:
    """Read the entries of a run of citations' first lines, if they are a reference list's (see `_citation_runs`)."""
    end = run[-1] + 1
    while end < len(text_lines) and text_lines[end].strip() and text_lines[end][:1] in (" ", "\t"):
        end += 1  # the last item's continuation lines
    numbered = _BRACKET_NUMBER.match(text_lines[run[-1]]) is not None
    while (
        end < len(text_lines)
        and end - run[-1] <= (_WRAPPED_NUMBERED if numbered else _WRAPPED_LINES)
        and text_lines[end].strip()
        and not _REF_MARKER.match(text_lines[end])
        and not YEAR.search(" ".join(text_lines[run[-1] : end]))
        # (nor a shell's prompt after it: the list was a command's output)
        and not _SHELL_PROMPT.match(text_lines[end])
    ):
        end += 1  # (its unindented ones, up to its year: `… Visual Features` / `without Supervision. TMLR 2024.`)
    while end < len(text_lines) and _URL.fullmatch(text_lines[end].strip().rstrip(".,;")):
        end += 1  # (and its link after its year: `… Representations (2015),` / `https://arxiv.org/abs/…`)
    items = [list(range(first, following)) for first, following in zip(run, [*run[1:], end], strict=True)]
    items = [
        part
        for item in items
        for part in _split_unmarked(text_lines, [n for n in item if text_lines[n].strip()])
    ]
    cited = [item for item in items if parse_citation(" ".join(text_lines[n].strip() for n in item))]
    # (most entries cite papers; a list numbered `[1]`, `[2]` … one after the other is a reference list when
    # half do, its others books, software and data)
    dated = sum(
        # (a note's short form: no year, a page; or its arXiv id in place of its year: `Graves et al. Title (arXiv:…)`)
        1
        for written in (" ".join(text_lines[n] for n in item) for item in cited)
        if YEAR.search(written) or _SHORT_NOTE.search(written) or _has_id(written)
    )
    # (all of them dated; in a list numbered `[1]`, `[2]` …, two in three, the others cut short, as a search
    # tool's hits show an entry's first line only)
    if len(cited) * (2 if numbered else 3) < len(items) * (1 if numbered else 2) or (
        dated * 3 < len(cited) * 2 if numbered else dated < len(cited)
    ):
        return False
    for item in items:
        _read_citation(text_lines, item, result)
        result.claimed.update(item)
    return True


# A citation opening its line with no mark: a surname (in capitals, as a patent office writes it, or not), then
# `et al.,` or its initials (`KITAEV et al., "Title", …`, `Kitaev, N., …`).
_UNMARKED_CITATION = re.compile(r"[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.,|,[ \t]+(?:[A-Z]\.[ \t\-]?){1,3}[,(&])")


def _split_unmarked(text_lines: Sequence[str], item: list[int]) -> list[list[int]]:
    """A marked item's lines, split where an unmarked citation opens a line after one that ended its entry (a
    list whose marks are the examiner's, `* FEDUS et al., …` then `KITAEV et al., …`)."""
    parts = [item[:1]]
    for previous, line in itertools.pairwise(item):
        if text_lines[previous].rstrip().endswith(".") and _UNMARKED_CITATION.match(
            text_lines[line].lstrip()
        ):
            parts.append([line])
        else:
            parts[-1].append(line)
    return parts


# An entry in an author-date style (APA, Harvard) opening its line, with or without a bullet: surnames with their
# initials, then the year in parentheses and a full stop before the title (`De Cao, N., Izacard, G., & Petroni, F.
# (2021). Title. Venue.`): a reference wherever it stands, under a heading or not (a data file's `references`).
_AUTHOR_DATE_START = re.compile(
    # (or after a lead and its colon, as a reply gives the reference asked for: `Ye un articlo: Dao, T. et al. …`)
    r"^[ \t]*(?:[-*•][ \t]+)?(?:[^:\n]{1,100}:[ \t]+)?(?:(?:[A-Za-z][\w'’\-]*[ \t]){0,2}[A-Z][\w'’\-]+,[ \t]+"
    r"(?:[A-Z]\.[ \t\-]?){1,3}"
    r"[^\n]{0,400}?"
    # (or surnames alone, as a short citation writes them: `Hochreiter & Schmidhuber (1997). Title. Venue.`,
    # `Rumelhart, Hinton & Williams (1986). Title.`, `Jumper et al. (2021). Title.`)
    r"|[A-Z][\w'’\-]+(?:(?:,[ \t]+|,?[ \t]+(?:&|and)[ \t]+)[A-Z][\w'’\-]+){0,5}(?:[ \t]+et[ \t]+al\.)?[ \t]+)"
    r"\((?:19|20)[0-9]{2}[a-z]?(?:,[^)\n]{0,30})?\)\.[ \t]+[A-Z0-9\"“]",
    re.MULTILINE,
)
_AUTHOR_DATE_LINES = 6  # lines of one entry at most (a long one wrapped by a hard-wrapped page)


def _author_date_citations(outline: Outline, result: Entries) -> None:
    """References in an author-date style outside any reference section (`_AUTHOR_DATE_START`): each from its
    first line to the next blank line or the next such entry."""
    if not outline.has_text("(19", "(20"):
        return  # (no year in parentheses anywhere: no such entry)
    text_lines = outline.lines
    starts = [
        index
        for index, _, _ in outline.matches(_AUTHOR_DATE_START)
        if index not in result.claimed and index not in result.masked and index not in outline.code
    ]
    opening = set(starts)
    for index in starts:
        entry = [index]
        following = index + 1
        while (
            following < len(text_lines)
            and len(entry) < _AUTHOR_DATE_LINES
            and text_lines[following].strip()
            and following not in opening
            and following not in result.claimed
        ):
            entry.append(following)
            following += 1
        if parse_citation(" ".join(text_lines[n].strip() for n in entry)) is None:
            continue
        _read_citation(text_lines, entry, result)
        result.claimed.update(entry)


# Lines of a reference a paragraph at most (a long one wrapped by a PDF's narrow column).
_PARAGRAPH_LINES = 10


def _paragraph_citations(outline: Outline, result: Entries) -> None:
    """References copied from a PDF with no heading over them, a paragraph each, unmarked (ICML's and NeurIPS's
    natbib style: `Brown, T., Mann, B., …, et al. Title. In Venue, …, 2020.` over several lines): two or more such
    paragraphs, each opening on a surname and its initials and read as a citation with a year."""
    text_lines = outline.lines
    found: list[list[int]] = []
    index = 0
    while index < len(text_lines):
        if not text_lines[index].strip() or (index > 0 and text_lines[index - 1].strip()):
            index += 1
            continue
        paragraph = [index]
        while (
            paragraph[-1] + 1 < len(text_lines)
            and text_lines[paragraph[-1] + 1].strip()
            and len(paragraph) <= _PARAGRAPH_LINES
        ):
            paragraph.append(paragraph[-1] + 1)
        index = paragraph[-1] + 1
        if (
            len(paragraph) <= _PARAGRAPH_LINES
            and _UNMARKED_CITATION.match(text_lines[paragraph[0]].lstrip()) is not None
            and not any(n in result.claimed or n in result.masked or n in outline.code for n in paragraph)
        ):
            joined = " ".join(text_lines[n].strip() for n in paragraph)
            if YEAR.search(joined) and parse_citation(joined) is not None:
                found.append(paragraph)
    if len(found) < 2:
        return
    for paragraph in found:
        _read_citation(text_lines, paragraph, result)
        result.claimed.update(paragraph)


# An ISO 690 or GOST reference opening its line unmarked: its first author's surname in capitals, a comma, then
# the given name (`KIM, Jin, LEE, Ana M. i PARK, Su. Title. …`).
_ISO_SURNAME_LINE = re.compile(
    r"^[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ'’\-]+(?:[ \t][A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ'’\-]+)?,[ \t]+\w"
)
_CAPITAL_RUN = 3  # (lines in a row, at least, half of them opening so, to be a reference list)


def _capital_surname_runs(outline: Outline, result: Entries) -> None:
    """A bibliography copied with no heading and no marks, an entry a line, in a style that writes surnames in
    capitals (ISO 690, GOST): three lines or more in a row, half of them opening on a surname in capitals and a
    comma (a shell's prompt may stand around them); each such line is read as a reference-list entry."""
    text_lines = outline.lines
    if not any(_ISO_SURNAME_LINE.match(line) for line in text_lines):
        return
    index = 0
    while index < len(text_lines):
        end = index
        while end < len(text_lines) and text_lines[end].strip() and end not in outline.code:
            end += 1
        run = range(index, end)
        opening = [n for n in run if n not in result.claimed and _ISO_SURNAME_LINE.match(text_lines[n])]
        if len(run) >= _CAPITAL_RUN and len(opening) * 2 >= len(run):
            for line in opening:
                if parse_citation(text_lines[line].strip()) is not None:
                    _read_citation(text_lines, [line], result)
                    result.claimed.add(line)
        index = max(end, index + 1)


def _lone_citations(outline: Outline, result: Entries) -> None:
    """A line that is a whole reference on its own, outside any list of them (a slide's or a page's source
    line): `Song & Ermon. Generative Modeling by Estimating Gradients of the Data Distribution. NeurIPS 2019.`
    Its authors (a list, or `et al.`), its title, then a venue and year or a year, and nothing more."""
    text_lines = outline.lines
    if not outline.has_text(". ", ".\t"):
        return  # (no full stop after authors)
    for index, _, length in outline.matches(_LONE_CITATION):
        if length > 400 or index in result.claimed or index in result.masked or index in outline.code:
            continue
        # (a source line may give two sources apart by a centred dot or a bar: `Ramesh et al. Title. 2022. · …`)
        line = _SOURCES_APART.split(text_lines[index].strip(), maxsplit=1)[0]
        if not _TWO_DIGITS.search(line):
            continue  # (no year: no reference, and no citation to parse)
        parsed = parse_citation(line)
        if parsed is None:
            continue
        _, authors, rest = parsed
        # (what may end the reference after its year: its arXiv id, DOI or link, `… ICLR 2021. arXiv:…`)
        cited = _IDENTIFIER_AT_END.sub("", rest).strip(" .,;")
        if not (_ET_AL.search(authors) or is_author_tail(authors)) or "](" in line:
            continue  # (a title that is a link's text: the line reader's, with its link)
        if len(cited) > 60 or not (
            VENUE_YEAR.fullmatch(cited) or YEAR.fullmatch(cited) or _JOURNAL_ISSUE_YEAR.fullmatch(cited)
        ):
            continue  # (a year and a venue, and no more words: not a sentence that happens to have periods)
        _read_citation(text_lines, [index], result, text=line)
        result.claimed.add(index)


# A citation's definition, as MultiMarkdown writes it under a note's text: `[#key]: `, then the reference. (Not a
# footnote's, `[^key]: `: the writer's words, or a reference in any order, the line reader's.)
_CITATION_DEFINITION = re.compile(r"^[ \t]{0,3}\[#[^\]\s]{1,60}\]:[ \t]+(?P<text>\S.*)$", re.MULTILINE)


def _citation_definitions(outline: Outline, result: Entries) -> None:
    """A citation defined by its key (`[#chen2021]: Lili Chen et al. *Title.* NeurIPS 2021. <https://…>`): the
    reference it gives, when it reads as one."""
    text_lines = outline.lines
    if not outline.has_text("[#"):
        return  # (no key to define)
    for index, match, length in outline.matches(_CITATION_DEFINITION):
        if (
            length > CITATION_LIMIT
            or index in result.claimed
            or index in result.masked
            or index in outline.code
        ):
            continue
        text = match.group("text")
        if parse_citation(text) is None:
            continue  # (a note in the writer's words: the line reader's)
        _read_citation(text_lines, [index], result, text=text)
        result.claimed.add(index)


def _semicolon_lines(outline: Outline, result: Entries) -> None:
    """A line that is a whole reference whose authors end at a semicolon (`Sepp Hochreiter, Jürgen Schmidhuber;
    Long Short-Term Memory, Neural Computation, vol. 9, 1997`), as a course page lists its readings, even one at a
    time and after a short label (`Week 7 - …`)."""
    text_lines = outline.lines
    if not outline.has_text(";"):
        return  # (no semicolon to end the authors at)
    for index, match, length in outline.matches(_SEMICOLON_LINE):
        if length > 600 or index in result.claimed or index in result.masked or index in outline.code:
            continue
        line = text_lines[index].strip()[match.end("label") - match.start("label") :].lstrip(" -*•")
        if _semicolon_citation(" ".join(line.split())) is None:
            continue
        _read_citation(text_lines, [index], result, text=line)
        result.claimed.add(index)


# (the line's first words and their semicolon; a short label before them: `Semana 7 - `, `Week 3 – `, `- `)
_SEMICOLON_LINE = re.compile(
    r"^[ \t]*(?P<label>(?:[-*•][ \t]+)?(?:[^\W\d_]{2,20}(?:[ \t][0-9]{1,3})?[ \t]+[-–—][ \t]+)?)"
    r"[A-Z][^;\n]{2,400}?;[ \t]+[A-Z0-9\"“]",
    re.MULTILINE,
)
_SOURCES_APART = re.compile(r"[ \t]+[·|][ \t]+")
_SHELL_PROMPT = re.compile(r"[\w.\-]+@[\w.\-]+:[^\n$#]{0,80}[$#](?:[ \t]|$)")
_CODE_HOST_NAME = re.compile(r"(?:GitHub|GitLab|Bitbucket|Codeberg|Hugging[ \t]?Face)\b", re.IGNORECASE)
# A reference's arXiv id, DOI or link at its end, after its year (`… NeurIPS 2023. arXiv:2401.01234`).
_IDENTIFIER_AT_END = re.compile(
    r"(?:[ \t.,;]+(?:arXiv:[ \t]?\S+|doi:[ \t]?\S+|https?://\S+|10\.[0-9]{4,9}/\S+))+[ \t.]*$", re.IGNORECASE
)
# A journal's name, its volume (and issue, and pages), then its year: `Neural Networks Letters 12(3), 2011`,
# `Nature 521:436-444, 2015`, `J. Mach. Learn. Res. 15 (2014)`.
_JOURNAL_ISSUE_YEAR = re.compile(
    r"[A-Z][\w.&\-]*(?:[ \t]+(?:[A-Z][\w.&\-]*|of|on|in|and|for|the|&)){0,8},?[ \t]+[0-9]{1,4}"
    r"(?:[ \t]?\([0-9]{1,4}\))?(?:[:,][ \t]*(?:pp\.[ \t]?)?[0-9]+(?:[-–][0-9]+)?)?"
    r"(?:,[ \t]*(?:19|20)[0-9]{2}|[ \t]+\((?:19|20)[0-9]{2}\))"
)
_TWO_DIGITS = re.compile(r"[0-9]{2}")
# Who wrote it, a full stop, then more: a line that may be a whole reference (`Ramesh et al. Title. 2022.`). A
# name may be whole, with a middle initial (`Yann A. LeCun, Léon Bottou, Yoshua Bengio. Title. …`).
_LONE_NAME = r"[A-Z][\w'’\-]+(?:[ \t]+(?:[A-Z]\.(?:-?[A-Z]\.)?|[A-Z][\w'’\-]+)){0,3}"
_LONE_CITATION = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?{_LONE_NAME}(?:,[ \t]+{_LONE_NAME})*(?:,?[ \t]+(?:&|and)[ \t]+{_LONE_NAME}|"
    r"[ \t]+et[ \t]+al)?\.[ \t]+[A-Z]",
    re.MULTILINE,
)


def _continues_run(text_lines: Sequence[str], previous: int, following: int) -> bool:
    """Whether the item starting at `following` belongs to the list of the one at `previous` (only its own
    continuation lines, or one blank line, between them)."""
    between = range(previous + 1, following)
    blanks = sum(1 for n in between if not text_lines[n].strip())
    if _numbered_next(text_lines[previous], text_lines[following]) and len(between) <= _WRAPPED_NUMBERED:
        # (`[7] X. Glorot and Y. Bengio, Understanding the` / … / `[8] …`: numbered one after the other, an entry
        # wrapped over many short lines, as `pdftotext` gives a two-column page's, a page's footer between)
        return True
    if (
        blanks == 0
        and len(between) <= _WRAPPED_LINES
        and not any(_REF_MARKER.match(text_lines[n]) for n in between)
    ):
        return True  # (an entry wrapped where its text was cut, unindented: `pdftotext`'s, a plain text's)
    return blanks <= 1 and all(not text_lines[n].strip() or text_lines[n][:1] in (" ", "\t") for n in between)


_WRAPPED_LINES = 2  # unindented lines an entry of a list of citations goes on over, at most
_WRAPPED_NUMBERED = 10  # (and lines between two entries numbered one after the other: `[7] …`, `[8] …`)
_BRACKET_NUMBER = re.compile(r"^[ \t]*[\[(][A-Z]{0,2}([0-9]{1,3})[\])][ \t]")


def _numbered_next(first: str, second: str) -> bool:
    """Whether two lines open on bracketed numbers one after the other (`[7] …`, `[8] …`)."""
    one, two = _BRACKET_NUMBER.match(first), _BRACKET_NUMBER.match(second)
    return one is not None and two is not None and int(two.group(1)) == int(one.group(1)) + 1


def _is_appendix_heading(text_lines: Sequence[str], index: int) -> bool:
    """`A Hyperparameters`, `Appendix B`, `## Supplementary`: a short line alone, after the last reference."""
    line = text_lines[index].strip()
    before = text_lines[index - 1].strip() if index > 0 else ""
    after = text_lines[index + 1].strip() if index + 1 < len(text_lines) else ""
    if not line or before or after or len(line) > 60 or line.endswith((".", ",")) or line.isdigit():
        return False  # (a number alone is a page's, printed where the list went on over a page: `72`)
    return bool(
        re.match(r"^(?:[A-Z](?:\.[0-9]+)*|Appendix|Supplementary|[0-9]+(?:\.[0-9]+)*)\b", line)
    ) and not YEAR.search(line)


def _numbered_in_order(text_lines: Sequence[str], marked: set[int]) -> bool:
    """Whether three markers or more number the entries one after another (`[1]`, `[2]`, `[3]`): a list's entries,
    however many lines each wraps over (a narrow column copied from a PDF gives them seven or eight)."""
    numbers = [
        int(numbered.group(1))
        for index in sorted(marked)
        if (numbered := _BRACKET_NUMBER.match(text_lines[index])) is not None
    ]
    return len(numbers) >= 3 and all(after == before + 1 for before, after in itertools.pairwise(numbers))


# A page's number alone, or with the running head in capitals (`88 ΒΙΒΛΙΟΓΡΑΦΙΑ`, `REFERENCES 23`): where a page of a
# PDF ended and the next began, in a reference list copied from it; no entry's words.
_PAGE_CHROME = re.compile(
    r"^[ \t]*(?:[0-9]{1,4}|[0-9]{1,4}[ \t]+[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){0,3}|[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){0,3}[ \t]+[0-9]{1,4})[ \t]*$"
)


def _page_chrome(line: str) -> bool:
    """Whether a line of a reference section is a page's number, or it and the page's running head in capitals."""
    return _PAGE_CHROME.match(line) is not None and not any(char.islower() for char in line)


def _citation_items(text_lines: Sequence[str], start: int, end: int) -> list[list[int]]:
    """Split a reference section into its entries: by markers (`[1]`, `1.`), else by blank lines, else (one
    reference per line, or hanging indents) by the lines that start a new one."""
    chrome = {index for index in range(start, end) if _page_chrome(text_lines[index])}
    content = [index for index in range(start, end) if text_lines[index].strip() and index not in chrome]
    if not content:
        return []
    marked = {index for index in content if _REF_MARKER.match(text_lines[index])}
    paragraphs: list[list[int]] = []
    previous = -2
    for index in content:
        # (a page's number and running head between two lines join them still: an entry goes on over the page)
        if not paragraphs or any(between not in chrome for between in range(previous + 1, index)):
            paragraphs.append([index])
        else:
            paragraphs[-1].append(index)
        previous = index
    if len(marked) >= max(2, len(content) // 6) or _numbered_in_order(text_lines, marked):
        # Entries start at their markers; a paragraph without one is an entry of its own (the section mixes
        # paragraphs and a list), unless it is indented under the entry above (its continuation).
        groups: list[list[int]] = []
        after_marked = False
        for paragraph in paragraphs:
            first_marked = next(
                (position for position, index in enumerate(paragraph) if index in marked), None
            )
            if first_marked:
                # (`Tiếng Anh` / `[4] Dosovitskiy A., …`: a part's name right above its entries, no blank line
                # between: a group of its own, and the entries below it theirs)
                groups.append(paragraph[:first_marked])
                paragraph = paragraph[first_marked:]
            if paragraph[0] not in marked:
                if after_marked and text_lines[paragraph[0]][:1] in (" ", "\t"):
                    groups[-1].extend(paragraph)
                else:
                    groups.append(paragraph)
                    after_marked = False
                continue
            for index in paragraph:
                if index in marked:
                    groups.append([index])
                else:
                    groups[-1].append(index)
            after_marked = True
        return groups
    if len(paragraphs) >= 2:
        # (each paragraph an entry; but a paragraph of a reference a line, MLA's `Works Cited` saved as text with
        # a note after it, is as many entries)
        split: list[list[int]] = []
        for paragraph in paragraphs:
            lines = _by_first_lines(text_lines, paragraph)
            cited = sum(
                1 for group in lines if parse_citation(" ".join(text_lines[index].strip() for index in group))
            )
            # (or most open on their authors' full names: natbib's list, its software and data sets no citation)
            named = sum(1 for group in lines if _FULL_NAMES_START.match(text_lines[group[0]]))
            split.extend(
                lines if len(lines) >= 3 and max(cited, named) * 3 >= len(lines) * 2 else [paragraph]
            )
        return split
    written = [index for index in range(content[0], end) if text_lines[index].strip()]
    if (records := _under_header_lines(text_lines, written)) is not None:
        return records  # (its record names read as a page's running heads above: `REFERENCE   2`)
    if (pairs := _titles_over_links(text_lines, content)) is not None:
        return pairs
    # One paragraph: a reference per line, or continuation lines indented under their first line.
    groups = _by_first_lines(text_lines, content)
    if len(content) <= 3 and not all(
        parse_citation(" ".join(text_lines[index].strip() for index in group)) for group in groups
    ):
        return paragraphs  # (one reference wrapped over a few lines)
    return groups


# A field's name in capitals padded with spaces to the column its value starts at (`REFERENCE   2`, `COMMENT     …`).
_PADDED_NAME = re.compile(r"[A-Z][A-Z_]{1,15}[ \t]{2,}\S")


def _under_header_lines(text_lines: Sequence[str], lines: Sequence[int]) -> list[list[int]] | None:
    """A flat file's records, each a short unindented line that names it over its indented fields (a sequence
    database's `REFERENCE   2` / `  AUTHORS …` / `  TITLE …` / `  JOURNAL …`), split at those lines; None for a
    section laid out otherwise (two unindented lines in a row: references a line each, or wrapped with no indent)."""
    headers = [position for position, index in enumerate(lines) if text_lines[index][:1] not in (" ", "\t")]
    if (
        len(headers) < 2
        or any(
            position + 1 >= len(lines)
            or lines[position + 1] != lines[position] + 1
            or text_lines[lines[position + 1]][:1] not in (" ", "\t")
            # (a record's name: a few words, or a field's name padded to its value's column, `COMMENT     …`)
            or (
                len(text_lines[lines[position]].split()) > 4
                and _PADDED_NAME.match(text_lines[lines[position]]) is None
            )
            for position in headers[:-1]
        )
    ):
        return None
    starts = [0, *headers] if headers[0] else headers
    return [list(lines[begin:end]) for begin, end in zip(starts, [*starts[1:], len(lines)], strict=True)]


# A line that is a link alone, in angle brackets maybe (`https://arxiv.org/abs/…`, `<https://…>`).
_LINK_ALONE = re.compile(r"[ \t]*<?(?:https?://|www\.)[^\s<>]+>?[.,;]?[ \t]*")


def _titles_over_links(text_lines: Sequence[str], lines: Sequence[int]) -> list[list[int]] | None:
    """A section of indented lines, each a title over its link alone on a deeper line (`Sources:` / `  Title` /
    `    https://arxiv.org/…`), as pairs; None for any other layout."""
    lines = list(lines)
    while lines and not any(character.isalnum() for character in text_lines[lines[-1]]):
        lines.pop()  # (a comment's close after it, `*/`, `-->`: no line of the section's)
    if len(lines) < 4 or any(b != a + 1 for a, b in itertools.pairwise(lines)):
        return None
    indents = [len(text_lines[index]) - len(text_lines[index].lstrip(" \t")) for index in lines]
    base = min(indents)
    if base == 0:
        return None
    pairs: list[list[int]] = []
    for position, index in enumerate(lines):
        linked = _LINK_ALONE.fullmatch(text_lines[index]) is not None
        if indents[position] == base and not linked:
            pairs.append([index])
        elif indents[position] > base and linked and pairs and len(pairs[-1]) == 1:
            pairs[-1].append(index)
        else:
            return None
    return pairs if all(len(pair) == 2 for pair in pairs) else None


def _bare_title_over_link(text_lines: Sequence[str], entry_lines: list[int]) -> bool:
    """Whether an entry is a research title alone (no citation: no authors, no year) over its link alone: the line
    reader's title and link, not a reference-list entry's."""
    if len(entry_lines) != 2 or _LINK_ALONE.fullmatch(text_lines[entry_lines[1]]) is None:
        return False
    first = text_lines[entry_lines[0]].strip()
    return (
        _URL.search(first) is None
        and YEAR.search(first) is None
        and parse_citation(first) is None
        and not is_author_tail(first)
        and title_strength(first, structured=True) == 2
    )


def _by_first_lines(text_lines: Sequence[str], lines: Sequence[int]) -> list[list[int]]:
    """Lines grouped into references: one starts at each unindented line that opens as a reference does (a
    surname) and holds a year; the others (indented, or not opening so) go on the reference above."""
    groups: list[list[int]] = []
    for position, index in enumerate(lines):
        line = text_lines[index]
        indented = line[:1] in (" ", "\t")
        if not groups or (
            not indented
            and _REF_START.match(line)
            # (not after a line that stops mid-phrase, at a comma or a word in lower case: natbib's entries wrapped
            # by pdftotext with no indent, `… Conference on Learning` / `Representations, 2020.`, `…, Arthit
            # Suriyawongkul,` / `Lalita Lowphansirikul, and Pattarawat Chormai. Title, 2016.`)
            and (
                not _STOPS_MID_PHRASE.search(text_lines[groups[-1][-1]])
                # (nor at its link: `…, accessed 12 February 2026. https://openreview.net/forum?id=…` ends one)
                or _ENDS_AT_LINK.search(text_lines[groups[-1][-1]]) is not None
                # (unless it opens on names and their year in parentheses, as Springer's basic style does, whose
                # entries end with no full stop: `…, Cambridge, MA` / `Vaswani A, Shazeer N, et al (2017) Title`)
                or _NAMES_THEN_YEAR_OPENING.match(line) is not None
            )
            and (
                # (a year of its own: not an address's or an arXiv id's digits, `…/pdf/2006.03656.pdf`)
                YEAR.search(_ADDRESS_OR_ID.sub(" ", line))
                or (
                    # (AAAI's `Clark, K.; …; and Manning, C. D.` / `2020. Title. …`: its authors over its year, on
                    # lines of their own, the entry above ended by its full stop)
                    text_lines[groups[-1][-1]].rstrip().endswith(".")
                    and (
                        _SEMICOLON_AUTHORS.match(line) is not None
                        # (Harvard's `Zhang, H., Wu, C., …, Man-` / `matha, R. … (2022) ‘Title’`: names wrapped
                        # past the line its year is on)
                        or _COMMA_AUTHORS.match(line) is not None
                        # (natbib's `Kevin Clark, Minh-Thang Luong, …` / `Xiang Lisa Li and Percy Liang. Title`: full
                        # names, their year lines below)
                        or _FULL_NAMES_START.match(line) is not None
                        # (ISO 690's `CARON, Mathilde [et al.] – Title` / `…`: the surname in capitals, a given name)
                        or _CAPITAL_SURNAME_START.match(line) is not None
                        or (
                            position + 1 < len(lines)
                            and _YEAR_OPENING.match(text_lines[lines[position + 1]]) is not None
                        )
                    )
                )
            )
        ):
            groups.append([index])
        else:
            groups[-1].append(index)
    return groups


# A reference's first line opening on its authors' names alone (each word capitalised, `et al` among them), then
# its year in parentheses and the title (`Vaswani A, Shazeer N, et al (2017) Attention …`).
_NAMES_THEN_YEAR_OPENING = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^\s,()]*(?:[ \t,]+(?:[A-ZÀ-ÖØ-Þ][^\s,()]*|et[ \t]al\.?|and|&)){1,24}"
    r"[ \t]+\((?:19|20)[0-9]{2}[a-z]?\)[ \t]+\S"
)
_ADDRESS_OR_ID = re.compile(rf"{_URL.pattern}|\b{BARE_ID}\b", re.IGNORECASE)
_CAPITAL_SURNAME_START = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)?,[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+\b"
)
_FULL_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t](?:[A-Z]\.|[A-Z][a-z]+))?[ \t](?:(?:de|van|von|der|da|di|le)[ \t])?[A-Z][\w'’\-]+"
_FULL_NAMES_START = re.compile(rf"{_FULL_NAME}(?:,[ \t]+{_FULL_NAME}|,?[ \t]+and[ \t]+{_FULL_NAME}\.)")
# (a comma, a word, or ISO 690's spaced colon between place and publisher: `[S.l.] :` / `PMLR, 2020.`)
_STOPS_MID_PHRASE = re.compile(r"(?:[,A-Za-z]|[ \t]:)[ \t]*$")
_ENDS_AT_LINK = re.compile(r"[ \t]https?://\S+[ \t]*$")
_COMMA_AUTHORS = re.compile(
    r"[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?,[ \t](?:[A-Z]\.(?:[ \t\-]?[A-Z]\.)*),[ \t]"
    r"[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?,[ \t](?:[A-Z]\.(?:[ \t\-]?[A-Z]\.)*)[, \t]"
)
_YEAR_OPENING = re.compile(r"[ \t]*(?:19|20)[0-9]{2}[a-z]?\.[ \t]")
# Authors as AAAI's style lists them, apart by semicolons (`Conneau, A.; Khandelwal, K.; …`).
_SEMICOLON_AUTHORS = re.compile(
    r"[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?,[ \t](?:[A-Z]\.(?:[ \t\-]?[A-Z]\.)*);[ \t]"
)


# An entry that is a link with its title as its text (after its number or bullet).
_LINKED_ENTRY = re.compile(
    r"[ \t]*(?:[0-9]{1,3}[.)][ \t]*|[-*+•][ \t]+)?\[(?P<label>[^\[\]\n]{8,300})\]\([^()\s]+\)"
)
# What a bibliography style writes in place of a venue for a thesis or a piece of software.
_VENUE_KIND = re.compile(
    r"^(?:(?:Ph\.?[ \t]?D\.?|Doctoral|Master['’]?s|M\.?[ \t]?Sc\.?|Bachelor['’]?s|Diploma|Habilitation)[ \t]+"
    r"(?:thesis|dissertation)|(?:Dissertation|Thesis)\b"
    # (in the languages theses are written in: `Masterarbeit, Fakultät für …`, `Thèse de doctorat`, `Tesi di laurea`)
    r"|(?P<thesis>(?:Master|Bachelor|Diplom|Doktor|Studien|Abschluss)arbeit\b|Habilitationsschrift\b|Thèse\b"
    r"|These[ \t]+de\b|M[eé]moire\b|Tesis\b|Tese\b|Disserta[çc][ãa]o\b|Tesi\b|Proefschrift\b|Scriptie\b"
    r"|Praca[ \t]+(?:magisterska|doktorska|licencjacka|dyplomowa)\b|(?:硕士|博士|学士)?学位论文|(?:修士|博士|卒業)論文"
    # (Czech and Slovak, Russian and Ukrainian, Turkish, Hungarian, Swedish, Finnish, Spanish, Korean, Vietnamese)
    r"|(?:Diplomová|Bakalářská|Disertační|Bakalárska|Dizertačná|Rigorózní)[ \t]+prác[ea]\b"
    r"|(?:Магистерская[ \t]+)?[Дд]иссертация\b|[Дд]исертація\b|Дипломн(?:ая|а)[ \t]+(?:работа|робота)"
    r"|Выпускная[ \t]+квалификационная[ \t]+работа|(?:Yüksek[ \t]+Lisans|Doktora)[ \t]+Tezi\b"
    r"|Szakdolgozat\b|Diplomamunka\b|Doktori[ \t]+értekezés|Examensarbete\b|Pro[ \t]+gradu\b"
    r"|Trabajo[ \t]+(?:de[ \t]+)?fin[ \t]+de[ \t]+(?:grado|máster)|Trabajo[ \t]+de[ \t]+grado\b|(?:석사|박사)[ \t]?학위[ \t]?논문|Luận[ \t]+(?:văn|án)\b))"
    r"|(?:^|[.;][ \t]+)(?:Computer[ \t]+)?Software[,.][ \t]*(?:version\b|v?[0-9]|$)"
    r"|\bversion[ \t]+v?[0-9]+\.[0-9]+(?:\.[0-9]+)?\b"
    # (`R. Wightman, “PyTorch image models,” GitHub repository, 2019`: published as code)
    r"|^(?:GitHub|GitLab|Bitbucket|code|software|source)[ \t]+repository\b"
    # (a regulator's or a company's own documents: `Draft guidance https://...`, `White paper`, `Press release`)
    r"|^(?:draft[ \t]+)?guidance\b|^(?:white[ \t]+paper|press[ \t]+release)\b"
    # (a tutorial, a video, slides or a course, in the languages bibliographies are written in: `“Main NLP tasks”.
    # Tutoriel. En ligne.`)
    # (never `Lecture Notes in Computer Science`, a series of papers)
    r"|^(?P<other>tutori[ae]l|tutorial|vid[eé]o|v[ií]deo|podcast|slides|diapositiv[ae]s|cours|course|curso"
    # (and a blog post: `[1] Lilian Weng. What are Diffusion Models? 博客文章, 2021.`)
    r"|blog(?:[ \t]+post)?|blogbeitrag|billet[ \t]+de[ \t]+blog|entrada[ \t]+de[ \t]+blog|博客文章|博文|博客|ブログ記事|ブログ"
    r"|블로그(?:[ \t]?글)?|блог|บล็อก)\b",
    re.IGNORECASE,
)
# The day a web page was read, as a bibliography style cites one (`Accessed 9 Oct 2023`, `Retrieved March 3, 2024,
# from`, `[Online]. Available: … (accessed Jan. 5, 2024)`).
_ACCESSED = re.compile(
    r"\b(?:accessed|retrieved|last[ \t]+visited"
    # (in the languages theses cite in: ABNT's `Acesso em: 20 fev. 2023`, `Consultado el`, `Consulté le`, `Zugriff
    # am`, `Abgerufen am`, `Consultato il`, `Geraadpleegd op`, `Dostęp`)
    r"|acess(?:o|ado)[ \t]+em|consultad[oa][ \t]+(?:el|en|em)|consulté[ \t]+le|zugriff[ \t]+am|abgerufen[ \t]+am"
    r"|consultato[ \t]+il|geraadpleegd[ \t]+op|dostęp|zugriffsdatum|abrufdatum"
    # (and more: Bulgarian, Romanian, Catalan, Italian, Czech, Croatian, Slovenian, Hungarian, Finnish, Estonian,
    # Latvian, Lithuanian, Swedish, Norwegian, Danish, Turkish, Indonesian, Malay, Vietnamese and Greek words for it)
    r"|посетен[оа]?[ \t]+на|достъпен[ \t]+на|прегледан[оа]?[ \t]+на|пристапен[оа]?[ \t]+на|приступљено"
    r"|переглянуто|accesat[ \t]+(?:la|în|pe)|consultat[ \t]+el|ultimo[ \t]+accesso"
    r"|citováno|navštíveno|pristupljeno|dostopano|letöltve|megtekintve|viitattu|luettu|vaadatud|skatīts|žiūrėta"
    r"|hämtad|hämtat|hentet|besøgt|erişim(?:[ \t]+tarihi)?|diakses[ \t]+(?:pada|tanggal)|dicapai[ \t]+pada"
    r"|truy[ \t]+cập[ \t]+(?:ngày|lúc)|ανακτήθηκε|πρόσβαση)\b[ \t:]*(?:on[ \t]+)?[0-9A-Z]"
    # (ISO 690's date of citing, in brackets: `[cit. 2024-04-18]`, `[viewed 2024-04-18]`, `[дата обращения: …]`)
    r"|\[(?:cit\.|viewed|zit\.|дата[ \t]+обращения:?|дата[ \t]+звернення:?)[ \t]*[0-9]",
    re.IGNORECASE,
)
# A bare arXiv id ending a reference (`… ICLR. 2006.03654.`).
_BARE_ID_LAST = re.compile(rf"(?:^|[ \t,;(])(?P<id>{BARE_ID})[).]?[ \t]*$")
# A note's short form: a quoted short title and a page, nothing after (`“Scaling Laws,” 12.`, `"Title," 14–15.`).
_SHORT_NOTE = re.compile(r"[,.]?[\"”][ \t]*,?[ \t]+[0-9]{1,4}(?:[–-][0-9]{1,4})?\.?[ \t]*$")
# Two authors' names and nothing else (`"Gulrajani & Lopez-Paz" = DomainBed`): who wrote a paper, not its title.
_NAMES_PAIR = re.compile(r"^[A-Z][\w'’\-]+[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.?)?$")
# A sentence's opening, a pronoun and its verb (`He is an Associate Professor with …`, `She received …`): the
# prose after a reference list (an author's biography), never a title.
_PRONOUN_SENTENCE = re.compile(
    r"^(?:He|She|They|We|I|It|This|There)[ \t]+(?:is|are|was|were|has|have|had|serves|served|received|leads|led|"
    r"works|worked|joined|holds|held)\b"
)
# A citation in running text, in parentheses (`… from Title (Zaheer et al., NeurIPS 2020); we only …`): prose that
# cites, never a reference list's entry, which names its authors first.
_CITED_IN_TEXT = re.compile(
    r"[(（][A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.?|[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+)?,[ \t]*"
    r"(?:[A-Z][A-Za-z]{1,12}[ \t]+)?(?:19|20)[0-9]{2}[a-z]?[)）]"
)
# A data set cited by its name alone (`Wang, X. et al. ChestX-ray14 dataset. NIH Clinical Center ...`).
_DATASET_TITLE = re.compile(
    # (and a dump of one, with its date or version: `Arabic Wikipedia database dump (arwiki-20230601)`)
    r"^[^:]{1,60}[ \t](?:data[ \t]?set|corpus|database)(?:[ \t]+(?:dump|snapshot|export))?(?:[ \t]*\([^()\n]{1,40}\))?$",
    re.IGNORECASE,
)
# A book's number (`ISBN 978-0-387-31073-2`): cited with no proceedings, journal or pages, a book.
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?[ \t]*[0-9][0-9Xx \-–]{8,20}")
# What a paper's venue names and a book's does not: proceedings, a journal, a preprint server, a volume and pages.
_PAPER_VENUE = re.compile(
    # (or an edited book's chapter: `In Tim Roughgarden, editor, …`, `in T. Roughgarden (ed.), …, ch. 21`)
    r"\b(?:In\b|Proc\.|Proceedings|Conference|Workshop|Symposium|Journal|Transactions|Letters|Review|arXiv|"
    r"preprint|vol\.|volume|pp\.|eds?\.|editors?\b|ch\.|chapter\b)|[0-9]+[–-][0-9]+",
    re.IGNORECASE,
)


def _fielded_entry(text_lines: Sequence[str], entry_lines: list[int]) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of an entry a publisher's page lays out a field a line, as ScienceDirect's
    references copy (`[3]` / `K. He, X. Zhang` / `Title` / `Venue (2016), pp. 770-778` / its links' labels, the
    reader's note); None for an entry written as one citation."""
    lines = [text_lines[index].strip() for index in entry_lines[:12] if text_lines[index].strip()]
    if lines and _REF_MARKER.fullmatch(lines[0] + " "):
        lines = lines[1:]
    if len(lines) < 3 or YEAR.search(lines[1]) or not YEAR.search(lines[2]) or not names_only(lines[0]):
        return None
    if lines[0].endswith((",", ";", " and", "&")) or names_only(lines[1]) or is_author_tail(lines[1]):
        return None  # (a list of names wrapped onto the next line: an entry written as one citation)
    title = lines[1].rstrip(" .")
    # (its names above and its source and year below vouch for a title in sentence case too)
    if (
        len(title.split()) < 2
        or not title[:1].isupper()
        or (title_strength(title, structured=True) < 1 and (not sentence_case_research_title(title)))
    ):
        return None
    return title, lines[0].rstrip(" ,."), lines[2]  # (its venue line; its links' labels and notes follow)


# A field of a flat file's record: its name in capitals, padded to its value's column (`  TITLE     Title`).
_PADDED_FIELD = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z_]{1,15})[ \t]{2,}(?P<value>\S.*)$")


def _padded_fields_entry(text_lines: Sequence[str], entry_lines: list[int]) -> tuple[str, str, str] | None:
    """(title, authors, the rest) of a record whose fields are named in capitals, padded to their values' column,
    a value wrapped onto lines indented to that column (GenBank's `  AUTHORS   …` / `  TITLE     …` /
    `            …` / `  JOURNAL   …`); None for an entry with no field named as its title."""
    values: list[tuple[Label | None, list[str]]] = []
    column = 0
    for index in entry_lines[:40]:
        line = text_lines[index]
        named = _PADDED_FIELD.match(line)
        if named is not None:
            values.append((label_of(named.group("name")), [named.group("value").strip()]))
            column = named.start("value")
        elif values and column and len(line) - len(line.lstrip()) >= column:
            values[-1][1].append(line.strip())  # (its value wrapped to the next line, at its column)
        elif values:
            return None  # (a line neither a field nor a field's wrapped value: no such record)
    titles = [" ".join(words) for label, words in values if label is Label.TITLE]
    if len(titles) != 1 or len(titles[0].split()) < 2:
        return None
    authors = next((" ".join(words) for label, words in values if label is Label.AUTHORS), "")
    rest = " ".join(" ".join(words) for label, words in values if label not in (Label.TITLE, Label.AUTHORS))
    return titles[0].rstrip(" ."), authors, rest


# A sentence's end, a spaced dash, then another paper named by its short name and a colon (`… 2018. — BERT: Title`).
_NEXT_PAPER = re.compile(r"[.;)][ \t]+[—–][ \t]+(?P<head>[A-Z][\w\-]{1,30}:[ \t]+[A-Z])")


# What joins two citations in one cell or line: a dash, a semicolon or a slash, and the list's `and` maybe.
_CITATIONS_JOINED = re.compile(rf"[ \t]*[—–;/][ \t]*(?:(?:and|{AND_WORD})[ \t]*[—–][ \t]*)?[ \t]*(?=[A-Z])")


def _two_citations(text: str) -> tuple[str, str] | None:
    """The two citations a text holds one after the other, each ending on its own id, joined by a dash or a
    semicolon (and the list's `and`); None for any other text."""
    found = list(find_ids(text))
    if len(found) != 2 or (found[0].arxiv_id or found[0].openreview_id) == (
        found[1].arxiv_id or found[1].openreview_id
    ):
        return None
    joined = _CITATIONS_JOINED.match(text, found[0].end)
    if joined is None or not (YEAR.search(text, 0, found[0].start) or YEAR.search(text, joined.end())):
        return None  # (a year cited in one of them at least: references, not a sentence's links)
    return text[: found[0].end], text[joined.end() :]


def _read_citation(
    text_lines: Sequence[str], entry_lines: list[int], result: Entries, text: str | None = None
) -> bool:
    """The reference of a reference-list entry at these lines (`text`: the part of them that is the entry); False
    when they are no reference at all (no citation's grammar, no link, no id), left for the line reader."""
    if text is None and _bare_title_over_link(text_lines, entry_lines):
        return False  # (`  Title` / `    https://arxiv.org/…` under `Sources:`: the line reader's title and link)
    fielded = (
        (_fielded_entry(text_lines, entry_lines) or _padded_fields_entry(text_lines, entry_lines))
        if text is None
        else None
    )
    if text is None:
        text = " ".join(
            text_lines[index].strip()
            for index in entry_lines[:40]
            # (`View Article`, `Google Scholar`: a journal page's links under the entry, copied with it)
            if not REFERENCE_LINK_LABEL.match(text_lines[index])
        )[: CITATION_LIMIT * 2]
    if fielded is None and (parts := _two_citations(text)) is not None:
        # (`Authors (2020). Title A. arXiv:… — and — Authors (2021). Title B. https://arxiv.org/abs/…`: two entries
        # in one, each with its id)
        for part in parts:
            _read_citation(text_lines, entry_lines, result, text=part)
        return True
    found = Found(line=entry_lines[0], lines=set(entry_lines), raw=text_lines[entry_lines[0]].strip())
    _take_ids(found, text)
    parsed = fielded or parse_citation(text)
    if (
        parsed is not None
        and (found.arxiv_id or found.openreview_id)
        and (other := _NEXT_PAPER.search(parsed[2])) is not None
        and not _has_id(parsed[2][: other.start()])
        and (named := read_head(parsed[2][other.start("head") :])) is not None
        and title_strength(named.title, structured=True) == 2
    ):
        # (`Radford et al., “Title A”, informe técnico, 2018 (sin arXiv). — Title B — https://arxiv.org/…`: the id
        # after another paper's title is that one's; the cited one has none)
        second = Found(line=found.line, lines=set(found.lines), raw=found.raw)
        _take_ids(second, parsed[2][other.start() :])
        second.title, second.reason = clean_title(named.title), Reason.BESIDE_LINK
        result.found.append(second)
        found = Found(line=entry_lines[0], lines=set(entry_lines), raw=found.raw)
    if parsed is None:
        linked = _LINKED_ENTRY.match(text)
        if linked is None and (identifier := found.arxiv_id or found.openreview_id):
            # (prose that links as it goes, under a source's `# References`: `The kernel is the one in
            # [Title](https://arxiv.org/abs/…), section 3.2.1.`: titled by the link to its id)
            linked = next(
                (
                    link
                    for link in _MD_LINK.finditer(text)
                    if identifier in link.group("url") and len(link.group("label")) >= _TITLED_LINK
                ),
                None,
            )
        label = clean_title(linked.group("label")) if linked is not None else ""
        if label and title_strength(label, structured=True) >= 1 and len(label.split()) >= 2:
            # `2. [Title](https://arxiv.org/abs/…) – the writer's words`: a list of links under a references
            # heading, each titled by its link's text (never a site's name: `[OpenReview](…)`)
            found.title, found.reason = label, Reason.LINK_TEXT
        elif (
            (text[:2] in ("- ", "* ", "+ ", "• ") or _REFERENCE_NUMBER.match(text) is not None)
            and (head := read_head(text)) is not None
            and title_strength(head.title, structured=True) == 2
            # (by its number, its title alone: no authors before it, `[3] D. Podell, Z. English, … Title`)
            and (text[:1] != "[" or ("," not in head.title and not is_author_tail(head.title.split(". ")[0])))
            and (found.arxiv_id or found.openreview_id or tail_reason(head.tail) is not None)
        ):
            # `- *Title* — Albert Gu, Tri Dao。 链接：[arXiv](…)`: an entry written as a list's item is, under a
            # references heading; so is one by its number alone, `[1] Title` / its link
            found.title, found.reason = head.title, tail_reason(head.tail) or Reason.BESIDE_LINK
        if found.arxiv_id or found.openreview_id or found.reason is Reason.AUTHORS:
            result.found.append(found)
        elif _CITED_IN_TEXT.search(text):
            return False  # (prose that cites as it goes, `… from Title (Zaheer et al., NeurIPS 2020)`: the line reader's)
        else:
            result.reject(entry_lines[0], text, "a reference-list entry whose title could not be found")
        return True
    title, authors, rest = parsed
    if (
        "=" in text
        and found.arxiv_id is None
        and found.openreview_id is None
        and re.search(rf"=[ \t]*[\"“']{re.escape(title)}", text) is not None
    ):
        # (`/organism="synthetic construct"` under a sequence record's `FEATURES`: a key's value, not a cited title)
        result.reject(entry_lines[0], text, "a key's quoted value, not a title")
        return True
    if "{" in title and title_strength(title, structured=True) == 0:
        # (`log::warn!("unknown attention_impl {other:?}, …")` under a source's `# References`: code, no entry)
        result.reject(entry_lines[0], text, "a program's format string, not a title")
        return True
    if title.isupper() and not research_words(title.split()) and not (found.arxiv_id or found.openreview_id):
        # (`APROBADO POR RES. DEL CONSEJO DE FAC. ING. DE FECHA …`: a form's stamp in capitals under the list)
        result.reject(entry_lines[0], text, "words in capitals with no research word, not a title")
        return True
    if (
        found.arxiv_id is None
        and found.openreview_id is None
        and (OTHER_KIND_BEFORE.search(authors[-60:]) or says_other_kind_after(rest))
    ):
        # (`Before class: Lilian Weng's blog "What are Diffusion Models?", printed`: a post, by what precedes it;
        # `NPTEL का "Deep Learning" कोर्स`: a course, by what follows it)
        result.reject(entry_lines[0], text, "names another kind of thing (a post, a video, a book …)")
        return True
    if (
        found.arxiv_id is None
        and found.openreview_id is None
        and (bare := _BARE_ID_LAST.search(rest)) is not None
    ):
        parsed_id = parse_arxiv_id(bare.group("id"))  # (`… ICLR. 2006.03654.`: its arXiv id, bare, ends it)
        if parsed_id is not None:
            (found.arxiv_id, found.version), found.evidence = parsed_id, Evidence.ARXIV_TEXT
    if (
        found.arxiv_id is None
        and found.openreview_id is None
        and _SHORT_NOTE.search(text)
        and not YEAR.search(text)
    ):
        # `Kaplan et al., “Scaling Laws,” 12.`: a note's short form of a work cited in full elsewhere (its short
        # title, a page), no title of its own
        result.reject(entry_lines[0], text, "a note's short form of a reference given in full elsewhere")
        return True
    kind = _KIND_MARK.search(text) or (_KIND_DESCRIBED.search(text) if "[" in text else None)
    if kind is not None and found.arxiv_id is None and found.openreview_id is None:
        result.reject(entry_lines[0], text, f"marked as a {kind.group('kind')}, not a paper")
        return True
    if found.arxiv_id is None and found.openreview_id is None:
        venue = rest
        if (
            not _URL.sub(" ", venue).strip(" ,.")
            and ", " in title
            and not any(f"{mark}{title}" in text for mark in "“\"'‘")
        ):
            # (`Prince SJD (2023) Understanding deep learning, MIT Press, Cambridge MA.`, `Agency (2025) Name,
            # accessed 12 February 2026. https://…`: an unquoted title whose publisher or day of access the same
            # sentence gives after a comma)
            cut, _, after = title.partition(", ")
            if is_book_venue(after) or _ACCESSED.search(after):
                title, venue = cut, f"{after} {venue}".strip()
        # (a preprint cited with no venue: `Shoeybi, Patwary, Puri et al. 2019. Megatron-LM: Training …`)
        # (or by many authors, as a book seldom is: `Gunasekar S. et al. (2023). Title in five words.`)
        unpublished = (
            not venue.strip()
            and (research_words(title.split()) >= 2 or (len(title.split()) >= 4 and _ET_AL.search(authors)))
            and YEAR.search(authors)
        ) or (
            # (an IEEE entry cut after its quoted title, as a search tool's hit shows its first line only:
            # `[7] A. Author, B. Author, “Title”,`)
            not venue.strip(" ,.")
            and any(f"{mark}{title}" in text for mark in '“"')
            and research_words(title.split()) >= 1
            and is_author_tail(authors.strip(" ,"))
        )
        if (not venue.strip() and not unpublished) or is_book_venue(venue) or EDITION.search(text):
            result.reject(entry_lines[0], text, "a book (its only venue is a publisher)")
            return True
        urls = [url for url in _urls(text) if not url.casefold().split("?")[0].endswith(".pdf")]
        if (
            re.search(r"\bblog\b", _URL.sub(" ", venue), re.IGNORECASE)
            and urls
            and not any(map(is_paper_page, urls))
        ):
            # `Raschka, S. (2023): Title. Lightning AI Blog, https://lightning.ai/pages/...`: a post, cited with its
            # page. (`Radford et al. ... OpenAI Blog` alone, or with its PDF, is the GPT-2 report: a paper.)
            result.reject(entry_lines[0], text, "a blog post (its venue is a blog, and it links to the post)")
            return True
        pages = [url for url in urls if not is_paper_page(url)]
        if pages and _ACCESSED.search(venue):
            # `Rush A (2022) The annotated S4. https://srush.github.io/annotated-s4/. Accessed 9 Oct 2023`: a web
            # page, cited with the day it was read
            result.reject(entry_lines[0], text, "a web page (cited with the day it was accessed)")
            return True
        if (
            pages
            and all(CODE_HOST.search(url) for url in pages)
            # (or the host's name, and a label of the address: `GitHub. Available: https://github.com/…`)
            and len(_URL.sub(" ", venue).strip(" \t.,;:").split()) <= 3
            and (not _URL.sub(" ", venue).strip(" \t.,;:") or _CODE_HOST_NAME.match(venue.strip()))
        ):
            # `... (2022) xFormers: a modular ... library. https://github.com/…`: nothing but its repository
            result.reject(entry_lines[0], text, "software (its only venue is its repository)")
            return True
        addressed = _URL.sub(" ", venue)
        dated = YEAR.search(addressed)
        if pages and dated is not None and not YEAR.sub(" ", addressed[: dated.end()]).strip(" \t.,;:()"):
            # (`Jane Roe. Name: A fast tokenizer. https://tool.example.org/, 2019.`: nothing but a
            # site's address and a year where a paper's venue would stand, a tool's or a data set's page; what
            # follows the year is no venue, a PDF's running footer maybe)
            result.reject(entry_lines[0], text, "a web page (its only venue is its address)")
            return True
        other = _VENUE_KIND.search(venue)
        if other is not None:
            # `\newblock PhD thesis, University of ...`, `\newblock {\em Software}, version 0.3.1`: what the
            # bibliography style writes in place of a venue says what the work is.
            stands = other.group(0).casefold()
            said = (
                "a thesis"
                if "thes" in stands or "dissert" in stands or other.group("thesis")
                else "a blog post, a tutorial, a video, slides or a course"
                if other.group("other")
                else "a guidance, a white paper or a press release"
                if "guidance" in stands or "paper" in stands or "release" in stands
                else "software"
            )
            result.reject(entry_lines[0], text, f"{said} (by what stands in place of its venue)")
            return True
        if _DOCUMENT_TITLE.search(title):
            result.reject(entry_lines[0], text, "a manual or a project's documentation (by its title)")
            return True
    found.title = clean_title(title)
    if found.arxiv_id is None and found.openreview_id is None:
        if VERSIONED.search(found.title):
            result.reject(entry_lines[0], text, "a versioned release (a data set's, a tool's), not a paper")
            return True
        tail = title[-24:]
        after_title = text[text.rfind(tail) + len(tail) :] if tail in text else rest
        if (
            (PUBLISHER.search(rest) or _ISBN.search(rest))
            and _PAPER_VENUE.search(_ISBN.sub(" ", after_title)) is None  # (its digits are no pages)
            and not in_a_volume(after_title)
        ):
            # (`Habash, N. Y. 2010. Title. Synthesis Lectures on … Morgan & Claypool.`: a publisher, and no
            # proceedings, journal or pages: a book)
            result.reject(entry_lines[0], text, "a book (its only venue is its publisher)")
            return True
        if _DATASET_TITLE.match(found.title) and len(found.title.split()) <= 6:
            result.reject(entry_lines[0], text, "a data set cited by its name, not a paper")
            return True
        if _NAMES_PAIR.match(found.title):
            result.reject(entry_lines[0], text, "names its authors only, not a title")
            return True
        latin = sum(1 for char in found.title if char.isascii() and char.isalpha())
        if titled_in_another_language(found.title) or len(_OTHER_SCRIPT_LETTER.findall(found.title)) > latin:
            # (`Ortega Salas, Lucía. “Las máquinas que conversan.” El Diario de Valdemora, 12 mar. 2023`: a work in
            # the writer's language, a newspaper's article, a book; the papers here are titled in English)
            result.reject(entry_lines[0], text, OTHER_LANGUAGE_WORK)
            return True
        if _PRONOUN_SENTENCE.match(found.title):
            result.reject(entry_lines[0], text, "a sentence of prose (an author's biography), not a title")
            return True
        if SITE_PAGE_TITLE.search(found.title):
            # (`PyTorch Geliştiricileri. (2023). torch.nn.init — PyTorch 2.1 belgeleri. Erişim adresi https://…`)
            result.reject(entry_lines[0], text, "a web page's title (a repository's, a documentation site's)")
            return True
    found.reason = Reason.REFERENCE
    found.authors = authors or None
    found.code_url = _code(_urls(text))
    result.found.append(found)
    return True


# --- arXiv listing records ----------------------------------------------------------------------------------

# (on a listing page saved as HTML, the id is a link: `[1] [arXiv:2404.19756](/abs/2404.19756) [[pdf](...)]`)
# (or quoted in a reply, each line after the mail's `> ` marks)
_LISTING_ID = re.compile(
    r"^(?P<quote>(?:[ \t]*>)*[ \t]?)[ \t]*(?:\[[0-9]+\][ \t]*)?\[?arXiv:[ \t]*(?P<id>[^\s\]]+)",
    re.IGNORECASE | re.MULTILINE,
)
_LISTING_FIELD = re.compile(r"^(?P<label>[A-Z][A-Za-z\-]{1,20}):[ \t]*(?P<value>.*)$")
_LISTING_END = re.compile(r"^[ \t]*(?:-{10,}|={10,}|%%--)|^\\\\ \(")


# The marks a reply puts before each line it quotes (`> `, `>> `), and the one space after them.
_QUOTE_MARKS = re.compile(r"(?:[ \t]*>)+[ \t]?")


class _Unquoted(Sequence[str]):
    """A document's lines as a reply quotes them, read without the reply's marks (`> arXiv:…` as `arXiv:…`)."""

    def __init__(self, lines: Sequence[str], marks: str) -> None:
        self.lines, self.marks, self.bare = lines, marks, marks.rstrip()

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(len(self)))]
        line = self.lines[index]
        if line.startswith(self.marks):
            return line[len(self.marks) :]
        return "" if line.rstrip() == self.bare else line


def _listing_records(outline: Outline, result: Entries) -> None:
    """arXiv listing emails and pages: `arXiv:ID` then `Date:`, `Title:`, `Authors:` ... and the abstract."""
    written = outline.lines
    count = len(written)
    index = 0
    for start_line, _, _ in outline.matches(_LISTING_ID, short=True):
        if start_line < index or start_line in result.claimed:
            continue
        index = start_line
        quote = _QUOTE_MARKS.match(written[index])
        marks = quote.group(0) if quote is not None and quote.group(0).strip() else ""
        text_lines = _Unquoted(written, marks) if marks else written
        title_line = next(
            (n for n in range(index + 1, min(count, index + 5)) if text_lines[n].startswith("Title:")), None
        )
        if title_line is None:
            index += 1
            continue
        found = Found(line=index, lines={index}, raw=text_lines[index].strip())
        _take_ids(found, text_lines[index])
        fields: dict[str, list[str]] = {}
        current: str | None = None
        end = index + 1
        abstract: list[str] = []
        in_abstract = False
        while end < count:
            line = text_lines[end]
            if _LISTING_ID.match(line) or _LISTING_END.match(line):
                if line.strip().startswith("\\\\ ("):
                    found.lines.add(end)
                    end += 1
                break
            if line.strip() == "\\\\":
                in_abstract = bool(fields)
                current = None
                end += 1
                continue
            if in_abstract:
                if line.strip():
                    abstract.append(line.strip())
                end += 1
                continue
            labelled = _LISTING_FIELD.match(line)
            if labelled is not None:
                current = labelled.group("label")
                fields[current] = [labelled.group("value").strip()]
            elif "Title" in fields and "Authors" not in fields and "](" in line:
                # A listing page's authors: links to author searches, with no label.
                names = _MD_LINK.sub(lambda match: match.group("label"), line).strip()
                if is_author_tail(names):
                    fields["Authors"] = [names]
            elif current is not None and line[:1] in (" ", "\t") and line.strip():
                fields[current].append(line.strip())
            elif not line.strip():
                current = None
            end += 1
        title = " ".join(fields.get("Title", []))
        found.title = clean_title(title) if title else None
        found.reason = Reason.LISTING
        found.authors = " ".join(fields.get("Authors", [])) or None
        categories = " ".join(fields.get("Categories", []) or fields.get("Subjects", []))
        category = re.search(r"[a-z\-]+\.[A-Z]{2}|[a-z\-]+\.[A-Za-z\-]{2,}", categories)
        found.category = category.group(0) if category else None
        found.summary = [" ".join(abstract)] if abstract else []
        found.lines.update(n for n in range(index, end) if text_lines[n].strip())
        result.found.append(found)
        result.claimed.update(range(index, end))
        index = end


# --- tables -------------------------------------------------------------------------------------------------

_TITLE_COLUMNS = re.compile(
    r"^(?:name|work|item|论文|标题|题目|论文标题|名称|題名|タイトル|論文|논문|제목|논문 제목|título|titulo|titre|titel|"
    r"artículo|articulo|artigo|articolo|статья|название|"
    # (in more of the digests' languages: Turkish, Polish, Czech, Italian, Swedish, Finnish, Hungarian, Vietnamese,
    # Indonesian, Ukrainian, Greek, Hebrew, Arabic, Persian, Hindi, Thai)
    r"makale(?: başlığı| adı)?|başlık|tytuł|artykuł|název|článek|titolo|artikel|otsikko|artikkeli|cím|"
    # (a work, a publication: Polish, Spanish, Portuguese, Italian, German, Dutch, Czech)
    r"praca|publikacja|trabajo|publicación|trabalho|publicação|lavoro|pubblicazione|arbeit|veröffentlichung|"
    r"publikation|werk|publicatie|práce|publikace|"
    r"tiêu đề|bài báo|tên bài báo|judul|makalah|назва|стаття|τίτλος|άρθρο|כותרת|מאמר|"
    r"العنوان|عنوان|الورقة|مقاله|शीर्षक|लेख|ชื่อเรื่อง|บทความ|ชื่อบทความ|"
    # (the word `paper` as Hindi, Bengali, Thai and Urdu write it, and a research paper in Hindi)
    r"पेपर|शोधपत्र|शोध पत्र|পেপার|เปเปอร์|پیپر|"
    # (a title, a paper in Bengali, Tamil, Telugu, Georgian, Armenian, Amharic, Slovak, Romanian, Malay)
    r"শিরোনাম|গবেষণাপত্র|தலைப்பு|శీర్షిక|სათაური|სტატია|վերնագիր|ርዕስ|názov|titlu|tajuk|"
    r"εργασία|работа|робота)$"
    r"|\b(?:papers?|titles?|readings?|articles?|publications?)\b",
    re.IGNORECASE,
)
_FOLDED_TITLE_COLUMNS = re.compile(ascii_folded(_TITLE_COLUMNS.pattern), re.IGNORECASE)


def _names_titles(header: str) -> bool:
    """Whether a column's header names its papers' titles, as written or as a database's column name is, in
    snake case and without diacritics (`tieu_de`, `baslik`)."""
    plain = ascii_folded(header.replace("_", " "))
    if _KEY_COLUMN.search(plain) is not None:
        return False  # (`paper_id`, `paper no.`: the papers' keys, not their titles)
    if _TITLE_COLUMNS.search(header) or header.strip().casefold() in READING_HEADERS:
        return True
    # (a header typed without its diacritics, `Baslik`, as well as one folded here)
    return _FOLDED_TITLE_COLUMNS.search(plain) is not None


_GENERIC_COLUMNS = re.compile(r"^(?:name|item|entry|名称)$", re.IGNORECASE)
# A column of keys named after what they key (`paper_id`, `paper no.`, `paper #`).
_KEY_COLUMN = re.compile(r"[ \t](?:id|ids|no|nr|num|number|key|#)\.?$", re.IGNORECASE)
_BADGE = re.compile(r"img\.shields\.io|badge\.fury\.io|badgen\.net|/badges?/|\.svg(?:\?|$)", re.IGNORECASE)
_CODE_COLUMNS = re.compile(
    r"^(?:code|github|repo|repository|implementation|代码|コード|"
    # (in more of the digests' languages: Korean, Spanish and Portuguese, Italian, German, French, Czech and Slovak,
    # Polish, Russian and Ukrainian, Greek, Hindi, Bengali, Thai, Persian, Arabic, Hebrew, Vietnamese, Indonesian)
    r"코드|código|codice|kód|kod|код|κώδικας|कोड|কোড|โค้ด|کد|الكود|קוד|mã nguồn|kode|implementierung|"
    r"implémentation|implementación|implementação|implementazione)$",
    re.I,
)
# Columns of what goes with a paper, not the paper's own page: its slides, a blog post to read beside it, a video.
_EXTRA_COLUMNS = re.compile(
    r"^(?:materials?|resources?|slides|background|extras?|further reading|see also|videos?|recordings?|"
    r"notes?|comments?|资料|补充)$",
    re.IGNORECASE,
)
_AUTHOR_COLUMNS = re.compile(r"^(?:authors?|by|作者|著者)$", re.I)
# Columns of where a paper appeared: a row whose cell there gives a venue and a year is a paper's.
_VENUE_COLUMNS = re.compile(
    r"^(?:venue|conference|conf\.?|journal|published(?: in| at)?|会议|期刊|会議|掲載)$", re.I
)
# The words a row labels the links that go with its paper by (`[[code]]`, `[project]`, `[blog]`): never its page.
_EXTRA_LINK_LABEL = re.compile(
    r"^(?:code|github|repo|project(?:[ \t]+page)?|page|blog|post|demo|website|homepage|slides|video|talk|poster|"
    r"colab|data(?:set)?|models?|weights|docs?)$",
    re.I,
)
_LABELLED_LINK = re.compile(
    r"\[\[?(?P<label>[^\[\]\n]{1,40})\]?\]\((?P<url>[^)\s]+)\)"
)  # (`[[code]](…)` too)
_SUMMARY_COLUMNS = re.compile(
    r"^(?:notes?|description|summary|tl;?dr|comments?|why|remarks?|takeaways?|what|简介|说明|备注|概要|メモ)$",
    re.I,
)


def _tables(outline: Outline, result: Entries, sections: list[bool]) -> None:
    """Read each table's rows; a table whose cells tabs part, only when a column holds papers' titles (by its
    header or its cells): tab-parted lines are as often flash cards or a chat, read line by line."""
    for table in outline.tables:
        if table.start in result.claimed:
            continue
        if table.tabbed and not _has_title_column(table):
            continue
        result.claimed.update(range(table.start, table.end))
        _read_table(outline, table, result, sections[table.start])


def _has_title_column(table: Table) -> bool:
    names = [_plain(cell).casefold() for cell in table.header]
    return any(map(_names_titles, names)) or _title_like_column(table, len(names)) is not None


def _plain(cell: str) -> str:
    return clean_title(_MD_LINK.sub(lambda m: m.group("label"), cell))


# A cell in italics throughout, with no bold inside: the writer's remark.
_REMARK_CELL = re.compile(r"(?:\*[^*\n]+\*|_[^_\n]+_)")


def _italic_title(cell: str) -> bool:
    """Whether a cell in italics throughout is a paper's title set in italics, as titles often are (`_Attention is
    Not Only a Weight: Analyzing Transformers with Vector Norms_`): five words or more, reading as a title."""
    inner = cell[1:-1]
    return len(inner.split()) >= 5 and title_strength(inner, structured=False) == 2


def _read_table(outline: Outline, table: Table, result: Entries, papers_here: bool) -> None:
    if _is_field_table(table):
        _read_field_table(outline, table, result)
        return
    citations = _citations_column(table)
    if citations is not None:
        # (`| Artigo | RUMELHART, D. E.; … Title. Nature, v. 323, 1986. |`: a syllabus's references, a row each, the
        # reference written whole in one cell: each read as a reference list's entry is)
        for line, cells in table.rows:
            cell = cells[citations].strip() if citations < len(cells) else ""
            if not cell:
                continue
            result.claimed.add(line)
            row_kind = next(
                (
                    said
                    for n, other in enumerate(cells)
                    if n != citations
                    and len(other.split()) <= 3
                    and (said := _other_kind(_plain(other))) is not None
                ),
                None,
            )
            if row_kind is not None and not _has_id(cell):
                result.reject(line, cell, f"{row_kind}, by its row's type, not a paper")  # (`| Livro | … |`)
                continue
            _read_citation(outline.lines, [line], result, text=cell)
        return
    names = [_plain(cell).casefold() for cell in table.header]
    title_column = next((n for n, name in enumerate(names) if _names_titles(name)), None)
    by_shape = False  # (the column was chosen for its cells reading as paper titles, nothing else)
    if title_column is None and _read_transposed(table, result, papers_here):
        return
    if title_column is None and (titled := _title_like_column(table, len(names))) is not None:
        # No header names the papers, but one column's cells read as their titles (its rows' ids may stand in a
        # column of their own: `| Date | Presenter | Title | arXiv:1807.03748 |`)
        title_column, by_shape = titled, True
    if title_column is None:
        # (or a column of files, two of them PDFs named by research titles: a folder's listing, whose PDFs are
        # read by their names below)
        title_column = _pdf_names_column(table, len(names))
    if title_column is None:
        # No header names the papers: the column whose cells link to papers, if one does.
        scores = [0] * len(names)
        for _, cells in table.rows:
            for n, cell in enumerate(cells[: len(names)]):
                # (or holds its arXiv id alone, as a table's cell may: `| 2206.14858 |`)
                if _names_paper(cell) or any(True for _ in find_ids(f"|{cell}|")):
                    scores[n] += 1
        best = max(range(len(scores)), key=lambda n: scores[n], default=None)
        if best is None or scores[best] == 0:
            result.reject(table.start, outline.lines[table.start], "a table with no column of papers")
            if any(
                A_PAPER.search(cell) is not None and any(mark in cell for mark in '"“«„「')
                for _, cells in table.rows
                for cell in cells
            ):
                # (unless its cells quote papers, calling them so: `| AdamW | docs | paper: «Title» (Authors) |`,
                # read as the writer's words are, for the papers they name)
                result.claimed.difference_update(range(table.start + 1, table.end))
            return
        title_column = best
    named = _names_titles(names[title_column])
    generic = _GENERIC_COLUMNS.match(names[title_column]) is not None  # `Name`: of anything, not only papers
    # (the venues' column, by its header or, headed in a language of its own, `Sede`, by its cells: `ICML 2021`)
    venue_columns = {
        n
        for n in range(len(names))
        if n != title_column
        and (
            _VENUE_COLUMNS.match(names[n])
            or sum(1 for _, cells in table.rows if n < len(cells) and VENUE_YEAR.search(cells[n])) * 5
            >= len(table.rows) * 3
        )
    }
    # A column no header names, whose cells name papers by their ids in two rows or more: its other cells' titles
    # are papers too, weakly (a syllabus's reading column, its header in a language of its own).
    by_company = (
        not named
        and sum(
            1 for _, cells in table.rows if title_column < len(cells) and _names_paper(cells[title_column])
        )
        >= 2
    )
    # (a table whose rows fill most of their cells: a row that fills only its title's cell is a note written
    # across the table, `| | Kolom Link: volledige URL …; anders leeg laten | | |`, when it reads as a sentence)
    filled = [sum(1 for other in cells if other.strip()) for _, cells in table.rows]
    full_rows = sum(1 for count in filled if count >= 3) * 2 >= len(filled)
    names_columns = _names_columns(table, len(names), title_column)
    for line, cells in table.rows:
        if title_column >= len(cells):
            continue
        cell = cells[title_column]
        if _REMARK_CELL.fullmatch(cell.strip()) and not _urls(cell) and not _italic_title(cell.strip()):
            continue  # (`*Christmas break, no meeting*`: a remark in italics where a paper would be)
        if title_column < len(names) and names_its_column(_plain(cell), names[title_column]):
            continue  # (`| Keine Lektüre |` under `Lektüre`: a remark where a title would stand)
        noted = next(
            (
                kind_said
                for n, other in enumerate(cells)
                if n != title_column
                and n < len(names)
                and _NOTE_COLUMNS.search(names[n]) is not None
                and len(other.split()) >= 2
                and (kind_said := NOTE_SAYS_ITS_KIND.match(other.strip(" *_")))
            ),
            None,
        )
        if noted is not None and not _has_id(" ".join(cells)):
            # (`| CS231n: Deep Learning for Computer Vision | Stanford | … | Kursus; catatan kuliah tentang CNN. |`)
            result.reject(line, cell, f"its note says: {noted.group('kind')}, not a paper")
            continue
        if full_rows and _sentence_across(cell, cells):
            result.reject(
                line, cell, "a note written across a table whose rows fill their cells, not a paper"
            )
            continue
        typed = next(
            (
                said
                for n, other in enumerate(cells[: len(names)])
                if n != title_column
                and names[n] in KIND_LABELS
                and (said := _other_kind(_plain(other))) is not None
            ),
            None,
        )
        if typed is not None and not any(match.arxiv_id or match.openreview_id for match in find_ids(cell)):
            result.reject(line, cell, f"{typed}, by its row's type, not a paper")  # (`| buch | Title |`)
            continue
        kind = _KIND_MARK.search(cell) if "(" in cell else None
        if (
            kind is not None
            and kind.group(0)[:1]
            == "("  # (not a link's label: `[code](https://github.com/…)` goes with a paper)
            and kind.group("kind").casefold()
            not in ("code", "repo", "repository", "website", "webpage", "web page")
            and not any(match.arxiv_id or match.openreview_id for match in find_ids(cell))
        ):
            # `| Murphy, Probabilistic Machine Learning: Advanced Topics, ch. 32 (book; on reserve). |`
            result.reject(line, cell, f"marked as a {kind.group('kind')}, not a paper")
            continue
        cited = _cell_citations(cell)
        if cited:
            # `| 4 | Tue Feb 6 | … | Khosla, Teterwak, Wang, et al. Supervised Contrastive Learning, NeurIPS 2020.
            # Chen, He. Exploring Simple Siamese Representation Learning, CVPR 2021. |`: a syllabus's readings, each
            # a reference (with its link, if any)
            for segment, title, authors in cited:
                reading = Found(line=line, lines={line}, raw=outline.lines[line].strip())
                _take_ids(reading, segment)
                reading.title, reading.reason = (title, Reason.REFERENCE) if title else (None, None)
                reading.authors = authors
                if reading.title or reading.arxiv_id or reading.openreview_id:
                    result.found.append(reading)
            continue
        found = Found(line=line, lines={line}, raw=outline.lines[line].strip())
        head = read_head(cell)
        # (another cell naming a paper of its own, its title and its id, `Title (arXiv 2007.01434)`: a second
        # paper of the row, not the row paper's id)
        own: dict[int, Head] = {}
        for n, other in enumerate(cells):
            if n != title_column and (other_head := _own_paper_cell(other, head)) is not None:
                own[n] = other_head
        row_text = " | ".join(c for n, c in enumerate(cells) if n not in own)
        if _take_ids(found, row_text) > 1:
            _take_ids(found := Found(line=line, lines={line}, raw=found.raw), cell)
        for n, other_head in own.items():
            second = Found(line=line, lines={line}, raw=cells[n].strip())
            _take_ids(second, cells[n])
            second.title, second.reason = other_head.title, Reason.TABLE
            result.found.append(second)
        cell_urls = _urls(cell)
        row_urls = _urls(row_text)
        found.code_url = _code(
            [
                url
                for n, c in enumerate(cells)
                if n < len(names) and _CODE_COLUMNS.match(names[n])
                for url in _urls(c)
            ]
            or row_urls
        )
        for n, other in enumerate(cells):
            if n < len(names) and n != title_column:
                if _AUTHOR_COLUMNS.match(names[n]) and other:
                    found.authors = _plain(other)
                elif _SUMMARY_COLUMNS.match(names[n]) and other and other not in ("-", "—"):
                    found.summary.append(_plain(other))
        link_text = False
        if head is not None:
            link_text = bool(cell.lstrip("*_ ").startswith("[")) and head.link is not None
            found.title = head.title
            found.reason = Reason.LINK_TEXT if link_text else Reason.TABLE
            if head.tail and not _urls(head.tail):
                found.summary.insert(0, _plain(head.tail))
        if found.arxiv_id or found.openreview_id:
            if (
                found.title
                and title_strength(found.title, structured=True) == 0
                and not (link_text and _sentence_case_title(found.title))  # the text of the paper's own link
            ):
                found.title, found.reason = None, None
            result.found.append(found)
            continue
        if (
            head is not None
            and ":" in cell[:30]
            and (labelled := read_field(cell.strip(" *_"))) is not None
            and labelled[0] is Label.NOT_PAPER
        ):
            # (`| 7 | Lecture: graph networks, part 2 (recording) |`: a cell that says it names a talk)
            result.reject(line, cell, f"labelled {labelled[1]}: not a paper")
            continue
        if head is not None and head.tail and says_its_kind_in_parens(head.tail):
            # (`| 3 | Russell & Norvig, part 1 (a book, no paper) |`: the writer's words after it say its kind)
            result.reject(line, cell, "a book, a post or a document by the words after it, not a paper")
            continue
        if by_shape and head is not None and says_other_kind_after(cell.partition(head.title)[2]):
            # (a row of a column chosen by its cells' shape, `Title (printed blog post)`: the words after it say
            # its kind, as a line's would)
            result.reject(line, cell, "a book, a post or a document by the words after it, not a paper")
            continue
        tailed = tail_reason(head.tail) if head is not None else None
        evidenced = tailed is not None
        if tailed is Reason.AUTHORS:
            # (`Glorot & Bengio (2010). Title in sentence case. AISTATS.`: cited so)
            found.reason = Reason.AUTHORS
        published = any(
            n in venue_columns and VENUE_YEAR.search(other)
            for n, other in enumerate(cells)
            if n != title_column
        )
        if published and not evidenced and head is not None:
            # `| **Title** | NeurIPS 2021 | [[code]](https://github.com/…) |`: where it appeared, and its extras
            evidenced, found.reason = True, Reason.VENUE
        # (a code column's links, star badges included, are the paper's code, not a page the row is about)
        # (and so is a link the row labels as code: `[code](https://github.com/...)` in a `Link` column)
        labelled_code = {
            link.group("url")
            for link in _MD_LINK.finditer(row_text)
            if _CODE_COLUMNS.match(_plain(link.group("label")).strip())
            and CODE_HOST.search(link.group("url"))
        }
        page_urls = [
            url
            for n, c in enumerate(cells)
            if not (n < len(names) and (_CODE_COLUMNS.match(names[n]) or _EXTRA_COLUMNS.match(names[n])))
            for url in _urls(c)
            if not _BADGE.search(url) and url not in labelled_code
        ]
        if published:
            extras = {
                link.group("url")
                for link in _LABELLED_LINK.finditer(row_text)
                if _EXTRA_LINK_LABEL.match(link.group("label").strip())
            }
            page_urls = [url for url in page_urls if url not in extras]
            cell_urls = [url for url in cell_urls if url not in extras]
        weak = by_company and not (named or evidenced) and not cell_urls
        if weak and found.title and title_strength(found.title, structured=True) == 2:
            evidenced, found.reason = True, Reason.SIBLINGS
        elif by_shape and not evidenced and found.title and title_strength(found.title, structured=True) == 2:
            evidenced, found.reason = True, Reason.SHAPE
        elif not evidenced and found.title and _pdf_name_title(cell) is not None:
            # (`| Title.pdf | 1412360 | 2024-03-24 |`: a PDF its file's name titles, as a folder's listing shows it)
            evidenced, found.reason = True, Reason.SHAPE
        if (
            not evidenced
            and found.title
            and any(n < len(cells) and is_author_tail(_plain(cells[n])) for n in names_columns)
        ):
            # (`| 2 | Layer Normalization | Jimmy Lei Ba, Jamie Ryan Kiros | |`: its authors, in a column of them)
            evidenced, found.reason = True, Reason.AUTHORS
        why = _title_only_problem(
            found.title,
            cell_urls or page_urls[:1],
            named or evidenced,
            papers_here,
            # (its authors or where it appeared, `| Title in sentence case | AISTATS 2010 |`, say it is one)
            authored=found.reason in (Reason.AUTHORS, Reason.VENUE),
        )
        if (
            why == _NO_TITLE_SHAPE
            and named
            and not generic
            and found.title
            and len(found.title.split()) >= 2
            and all(word[:1].isupper() for word in found.title.split())
            and not any(
                mark in found.title for mark in ",、，;；/"
            )  # (`CTC、AlphaGo Zero`: two names listed)
            and title_strength(found.title, structured=True) == 1
        ):
            # `| SAM | Segment Anything | … |` in a column its header says holds the papers: a short title, weakly
            why, found.reason = None, Reason.SIBLINGS
        if why is None and generic and not evidenced and not cell_urls and not _long_title(found.title or ""):
            why = "a short name in a table of anything, with nothing to show it is a paper"
        if why is not None:
            result.reject(line, cell or found.raw, why)
            continue
        if cell_urls and any(is_paper_page(url) for url in cell_urls):
            found.reason = Reason.PAPER_PAGE
        result.found.append(found)


# A table's column of the writer's notes on each row, by its header in the digests' languages.
_NOTE_COLUMNS = re.compile(
    r"^(?:notes?|comments?|remarks?|catatan|keterangan|nota[s]?|notiz(?:en)?|bemerkung(?:en)?|anmerkung(?:en)?|"
    r"opmerking(?:en)?|uwagi|poznámk[ay]|примечани[ея]|заметк[иа]|примітк[иа]|not(?:lar)?|ghi chú|备注|メモ|비고|"
    r"ملاحظات|הערות|टिप्पणी)$"
)


def _sentence_across(cell: str, cells: Sequence[str]) -> bool:
    """Whether a row's only filled cell is a sentence, most of its words in lower case, with no id or link."""
    if sum(1 for other in cells if other.strip()) != 1 or _urls(cell) or any(find_ids(cell)):
        return False
    words = [word for word in _plain(cell).split() if len(word) >= 4 and word[:1].isalpha()]
    return len(words) >= 4 and sum(1 for word in words if word[:1].islower()) * 2 >= len(words)


# The share of a table's rows whose cell in one column must read as a paper's full title for that column to be
# taken as the papers' when no header names it and no cell links a paper (a header in a language of its own).
_TITLE_LIKE_SHARE = 0.75


def _title_like_column(table: Table, width: int) -> int | None:
    """The column of a table of three rows or more whose cells nearly all read as papers' full titles (four words
    or more, in a paper title's shape, no question in sentence case), half of them in a research paper's words,
    while no other column's do; None when there is no such column (a table of machines, of talks, of questions)."""
    if len(table.rows) < 3:
        return None
    shares: list[float] = []
    for n in range(width):
        cells = [_plain(cells[n]) for _, cells in table.rows if n < len(cells)]
        titled = [
            cell
            for cell in cells
            if 4 <= len(cell.split()) <= 30
            and ". " not in cell  # (an answer, a note: sentences, not a title)
            and title_strength(cell, structured=True) == 2
            and not (cell.endswith("?") and not research_title(cell))
        ]
        researched = [cell for cell in titled if research_title(cell) or research_words(cell.split()) >= 2]
        shares.append(len(titled) / len(table.rows) if len(researched) * 2 >= len(table.rows) else 0.0)
    ranked = sorted(range(width), key=lambda n: shares[n], reverse=True)
    if not ranked or shares[ranked[0]] < _TITLE_LIKE_SHARE or (len(ranked) > 1 and shares[ranked[1]] >= 0.5):
        return None
    return ranked[0]


def _pdf_name_title(cell: str) -> str | None:
    """The research title a PDF's file name gives (`Deep Image Prior.pdf`), or None."""
    written = _MD_LINK.sub(lambda link: link.group("label"), cell).strip(" `'\"*_")
    if not written.casefold().endswith(".pdf"):
        return None
    stem = clean_title(written)
    return stem if len(stem.split()) >= 3 and research_title(stem) else None


def _pdf_names_column(table: Table, width: int) -> int | None:
    """The column whose cells are files, two or more of them PDFs named by research titles; None if none is."""
    for n in range(width):
        named = sum(1 for _, cells in table.rows if n < len(cells) and _pdf_name_title(cells[n]) is not None)
        if named >= 2:
            return n
    return None


def _read_transposed(table: Table, result: Entries, papers_here: bool) -> bool:
    """A table laid on its side, a paper a column (a comparison: `| | MAE | BEiT |` over `| Paper | Title |
    [Title](url) |`): the row its first cell labels as the title gives each column's paper, the rows labelled as
    its link or code give their ids and code. Whether the table is one."""
    rows = [(table.start, table.header), *table.rows]
    labelled = [(line, cells, label_of(_plain(cells[0]))) for line, cells in rows if len(cells) > 1]
    titled = next(((line, cells) for line, cells, label in labelled if label is Label.TITLE), None)
    if titled is None:
        return False
    line, cells = titled
    for n, cell in enumerate(cells[1:], 1):
        head = read_head(cell)
        if head is None or not cell.strip(" -—"):
            continue
        found = Found(line=line, lines={line}, raw=cell.strip())
        found.title, found.reason = head.title, Reason.TABLE
        linked = [
            other[n] for _, other, label in labelled if label in (Label.LINK, Label.CODE) and n < len(other)
        ]
        _take_ids(found, " | ".join([cell, *linked]))
        found.code_url = _code(_urls(" | ".join(linked)))
        if not (found.arxiv_id or found.openreview_id):
            why = _title_only_problem(found.title, _urls(cell), True, papers_here)
            if why is not None:
                result.reject(line, cell, why)
                continue
        result.found.append(found)
    return True


def _names_paper(cell: str) -> bool:
    """Whether a table cell names a paper by its id: an arXiv or OpenReview link or id, or a paper's page."""
    return any(_is_id_url(url) or is_paper_page(url) for url in _urls(cell)) or any(
        match.arxiv_id or match.openreview_id for match in find_ids(cell)
    )


# Where one reference ends and the next begins in a cell: after a full stop or a link, the next one's first two
# authors (`… CVPR 2021. Xinlei Chen, Kaiming He. Title, …`); never after `et al.`
_NEXT_REFERENCE = re.compile(
    r"(?<=[.)])(?<!al\.)[ \t]+(?=(?:[A-Z][\w'’\-]+[ \t]+){1,2}[A-Z][\w'’\-]+,[ \t]+[A-Z][\w'’\-]+[ \t]+[A-Z])"
    # (or a dash, as a cell's lines or list items are parted, before a surname and its initials or full names: `…
    # pp. 1–9. — Vaswani, A., …`)
    r"|[ \t]+—[ \t]+(?=[A-ZÀ-Þ][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?,[ \t]+[A-Z]\.|(?:[A-Z][\w'’\-]+[ \t]+){1,2}[A-Z][\w'’\-]+,"
    # (or its number in brackets: `… pp. 1–9. — [2] A. Vaswani, …`)
    r"|\[[0-9]{1,3}\][ \t])"
)
# A link's word in parentheses after a reference (`[(arXiv)](https://…)`), a parenthesised id (`(arXiv:2103.03230)`),
# and a syllabus's label before or after it (`Required:`, `Optional:`).
_REFERENCE_EXTRAS = re.compile(
    r"\[\((?:arxiv|pdf|openreview|paper|html|doi|link)\)\]\([^)\s]+\)|[ \t]*\((?:arxiv:?[ \t]*)?[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?\)"
    r"|^[A-Z][a-z]+:[ \t]+|[ \t]+[A-Z][a-z]+:$",
    re.IGNORECASE,
)


# A preprint's reference with no venue: `Aaron van den Oord, Yazhe Li, Oriol Vinyals. Title, 2018.`
_AUTHORS_TITLE_YEAR = re.compile(
    r"(?P<authors>[A-Z][^.]{2,200}?(?:et[ \t]+al)?)\.[ \t]+(?P<title>[A-Z][^\n]{8,250}?),[ \t]*"
    r"(?P<year>(?:19|20)[0-9]{2})\.?"
)


# A sentence's end, then a word in a script other than Latin: where the writer's note starts after a reference.
_NOTE_IN_OTHER_SCRIPT = re.compile(r"(?<=[0-9a-z)\]”\"])\.[ \t]+(?=[^\W\d_A-Za-z\u00c0-\u024f])")


def _cell_citations(cell: str) -> list[tuple[str, str | None, str | None]]:
    """The references a table cell gives, one after another (a syllabus's readings: `Authors. Title, Venue Year.
    [(arXiv)](…)`), as (its text, title, authors) — the title None where one does not parse but an id is there;
    empty unless the first reads as a reference with its authors."""
    if "," not in cell or len(cell) < 40:
        return []
    found: list[tuple[str, str | None, str | None]] = []
    for whole in _NEXT_REFERENCE.split(cell.strip()):
        segment, after = whole, ""
        if (other := _NEXT_PAPER.search(whole)) is not None:
            # (`…, “Title A”, informe técnico, 2018. — BERT: Title B — https://…`: another paper after it, its link)
            segment, after = whole[: other.start() + 1], whole[other.start("head") :]
        found_after: tuple[str, str | None, str | None] | None = None
        if (
            after
            and (named := read_head(after)) is not None
            and title_strength(named.title, structured=True) == 2
        ):
            found_after = (after, clean_title(named.title), None)
        plain = " ".join(_REFERENCE_EXTRAS.sub("", segment.strip()).split())
        parsed = parse_citation(plain) if plain else None
        if parsed is None and (note := _NOTE_IN_OTHER_SCRIPT.search(plain)) is not None:
            # (`Glorot & Bengio, “Title”, AISTATS 2010. Προαιρετικά: …`: the reference, then the writer's note)
            parsed = parse_citation(plain[: note.start() + 1])
        if parsed is None and (preprint := _AUTHORS_TITLE_YEAR.fullmatch(plain)) is not None:
            parsed = preprint.group("title"), preprint.group("authors"), preprint.group("year")
        if (
            parsed is not None
            and is_author_tail(parsed[1])
            # (in sentence case too, cited with its authors and where it appeared)
            and (title_strength(parsed[0], structured=True) >= 1 or _sentence_case_title(parsed[0]))
        ):
            if is_book_venue(parsed[2]) and not any(True for _ in find_ids(segment)):
                continue  # (`Goodfellow, I., … (2016). Deep Learning. MIT Press.`: a book among the readings)
            found.append((segment, clean_title(parsed[0]), parsed[1]))
        elif not found:
            return []
        elif any(match.arxiv_id or match.openreview_id for match in find_ids(segment)):
            found.append((segment, None, None))
        if found_after is not None and found:
            found.append(found_after)
    return found


def _own_paper_cell(cell: str, row_head: Head | None) -> Head | None:
    """The title of a cell that names a paper of its own beside the row's: a full title of three words or more
    with an arXiv or OpenReview id of its own (not the row's title again, nor a link's word such as `arXiv`)."""
    if not any(match.arxiv_id or match.openreview_id for match in find_ids(cell)):
        return None
    head = read_head(cell)
    if head is None or len(head.title.split()) < 3 or title_strength(head.title, structured=True) < 2:
        return None
    if row_head is not None and head.title.casefold() == row_head.title.casefold():
        return None
    return head


def _citations_column(table: Table) -> int | None:
    """The column whose cells are references written whole (authors, title, venue, year), in two rows or more and
    half its filled cells: each row is then that reference."""
    for n in range(len(table.header)):
        cells = [cells[n].strip() for _, cells in table.rows if n < len(cells) and cells[n].strip()]
        if len(cells) < 2:
            continue
        cited = sum(
            1 for cell in cells if len(cell) >= 40 and YEAR.search(cell) and parse_citation(cell) is not None
        )
        if cited >= 2 and cited * 2 >= len(cells):
            return n
    return None


def _is_field_table(table: Table) -> bool:
    """A table of one item's fields, a name and a value a row (`| Item Type | Preprint |`, `| URL | ... |`), as a
    reference manager's report or an infobox gives them: two columns, short names, several known labels."""
    rows = [table.header, *(cells for _, cells in table.rows)]
    if len(table.header) != 2 or len(rows) < 3 or any(len(cells) > 2 for cells in rows):
        return False
    names = [_plain(cells[0]) for cells in rows if cells]
    if any(len(name.split()) > 3 or "://" in name for name in names):
        return False
    named = [
        name.casefold() for name in names if label_of(name) is not Label.AUTHORS
    ]  # (`| Author |` a row each)
    if len(set(named)) * 3 < len(named) * 2 or any(named.count(name) >= 3 for name in set(named)):
        return False  # (`| Livro | … |`, `| Artigo | … |` again and again: each row an entry of its kind, not a field)
    known = sum(1 for name in names if label_of(name) is not None)
    return known >= 3 and known * 3 >= len(names)


def _read_field_table(outline: Outline, table: Table, result: Entries) -> None:
    """One item's field table: its title is its `Title` row, else the heading right above the table."""
    rows = [(table.start, table.header), *table.rows]
    found = Found(line=table.start, lines=set(range(table.start, table.end)), raw=outline.lines[table.start])
    title: str | None = None
    authors: list[str] = []
    for _, cells in rows:
        name, value = _plain(cells[0]), cells[1].strip() if len(cells) > 1 else ""
        label = label_of(name)
        if label is Label.TITLE and value and title is None:
            title = _plain(value)
        elif label is Label.AUTHORS and value:
            authors.append(_plain(value))
        elif name.casefold() in KIND_LABELS or name.casefold() == "item type":
            kind = NOT_PAPER_TYPES.get(value.casefold().replace(" ", ""))
            if kind is not None:
                result.reject(table.start, f"{_plain(value)}: {title or ''}", f"{kind}, not a paper")
                return
        _take_ids(found, f"{name}: {value}")
    above = table.start - 1
    while above >= 0 and not outline.lines[above].strip() and table.start - above <= 3:
        above -= 1
    if title is None and above in outline.headings:
        title, found.line = outline.headings[above][1], above
        found.lines.add(above)
        result.claimed.add(above)
    found.authors = ", ".join(authors) or None
    if title is not None and title_strength(title, structured=True) >= 1:
        found.title, found.reason = clean_title(title), Reason.RECORD
    if found.arxiv_id or found.openreview_id or found.title:
        result.found.append(found)


def _names_columns(table: Table, width: int, title_column: int) -> set[int]:
    """The columns other than the titles' whose filled cells (two or more) nearly all list people's names: the
    papers' authors, whatever the header calls them (`syggrafeis`, `autori`)."""
    found: set[int] = set()
    for n in range(width):
        if n == title_column:
            continue
        cells = [_plain(cells[n]) for _, cells in table.rows if n < len(cells) and cells[n].strip(" -—")]
        if len(cells) >= 2 and sum(1 for cell in cells if is_author_tail(cell)) * 4 >= len(cells) * 3:
            found.add(n)
    return found


def _title_only_problem(
    title: str | None, urls: Sequence[str], strong_place: bool, papers_here: bool, authored: bool = False
) -> str | None:
    """Why a title with no identifier is not a paper here, or None (`authored`: its row gives its authors)."""
    if not title:
        return "no title and no identifier"
    if any(page_named_by(url, title) and not CODE_HOST.search(url) for url in urls):
        return None  # (the address of its page spells it, in any case: `scaling vision transformers`)
    if any(is_paper_page(url) for url in urls):
        return None if title_strength(title, structured=True) >= 1 else "does not read as a title"
    if urls and all(is_venue_site(url) for url in urls) and strong_place:
        return title_quality(
            title
        )  # (`| Title | NeurIPS 2020 | [proceedings](https://proceedings.neurips.cc/) |`)
    if any(is_project_page(url, title) for url in urls) and research_title(title):
        return title_quality(
            title
        )  # (`[Title](https://textual-inversion.github.io/)`: the paper its page shows)
    for url in urls:
        if CODE_HOST.search(url):
            return "links to a repository, not a paper"
        if NOT_PAPER_URL.search(url) or not url.casefold().split("?")[0].endswith(".pdf"):
            return "links to a web page that is not a paper's"
    if urls and papers_here:
        return title_quality(title)  # (`Title ([OpenAI PDF](https://cdn.openai.com/….pdf))`: its PDF)
    if not papers_here:
        return "in a section whose heading says its items are not papers"
    if not strong_place:
        return "a title with nothing to show it is a paper"
    return title_quality(title, evidenced=authored)


# --- lists --------------------------------------------------------------------------------------------------


def _lists(outline: Outline, result: Entries, sections: list[bool]) -> None:
    # First every item on its own evidence; then, in a digest whose list items are mostly papers, the items
    # left with a title's shape and nothing else are (weakly) papers too.
    pending: list[tuple[Item, int, int]] = []
    for items in outline.lists:
        if not items or items[0].start in result.claimed:
            continue
        _read_list(outline, items, result, sections, None, pending)
    total = result.list_items
    papers = result.list_papers
    for item, list_papers, count in pending:
        if item.start in result.claimed:
            continue
        share = (list_papers, count) if count >= 3 else (papers, total)
        sibling = _sibling_paper(outline, item, share[0], share[1], sections)
        if sibling is not None:
            result.found.append(sibling)
            result.claimed.update(item_lines(item))
            result.prose.update(_replies(item))


def _replies(item: Item) -> list[int]:
    """The lines of a paper's item's sub-items, whose prose may name another paper (`- Title — for the robustness
    thread.` / `  - +1, and pair it with *Other Title* (Nature MI 2020).`): read for titles as prose is."""
    return [line for child in item.children for line in item_lines(child)]


def _lazy_lines(outline: Outline, item: Item) -> list[int]:
    """The lines Markdown folds into an item without their indent (a paragraph right under a list, no blank line
    between: `- Title (https://…)` / `Readings for later: "Title", "Title"`): the writer's next words, read for
    titles as prose is."""
    column = _indent(outline.lines[item.start])
    return [line for line in item.own[1:] if _indent(outline.lines[line]) <= column]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _field_of(outline: Outline, item: Item) -> tuple[Label, str, str] | None:
    if not item.own:
        return None
    return read_field(outline.lines[item.own[0]].strip())


def _is_field_list(outline: Outline, items: Sequence[Item]) -> bool:
    """A list of one paper's fields (`- Title: ...`, `- arXiv: ...`, `- Priority: ...`): not when it names
    several papers, by two title fields or by links to two different papers (`- Paper: <id1>`, `- Paper: <id2>`)."""
    fields = [field_ for item in items if (field_ := _field_of(outline, item)) is not None]
    if len(items) < 2 or len(fields) < 0.6 * len(items):
        return False
    if sum(1 for kind, _, _ in fields if kind is Label.TITLE) > 1:
        return False
    linked = {
        match.arxiv_id or match.openreview_id
        for kind, _, value in fields
        if kind is Label.LINK
        for match in _all_ids(value)
    }
    return len(linked) <= 1


def _lead_of(outline: Outline, start: int, result: Entries) -> list[int]:
    """The line(s) right above a list that introduce it (`**Devlin et al. (2018)** - BERT`)."""
    above = start - 1
    if (
        above < 0
        or not outline.lines[above].strip()
        or above in outline.in_structure
        or above in result.claimed
    ):
        return []
    first = above
    while first - 1 >= 0 and outline.lines[first - 1].strip() and first - 1 not in outline.headings:
        if first - 1 in outline.in_structure or first - 1 in result.claimed or above - first >= 2:
            break
        first -= 1
    if first in outline.code:
        return []
    return list(range(first, above + 1))


def _read_list(
    outline: Outline,
    items: Sequence[Item],
    result: Entries,
    sections: list[bool],
    lead: list[int] | None,
    pending: list[tuple[Item, int, int]],
) -> None:
    if _is_field_list(outline, items):
        lead_lines = lead if lead is not None else _lead_of(outline, items[0].start, result)
        _read_record(
            outline, lead_lines, [line for item in items for line in item_lines(item)], result, sections
        )
        return
    decided: list[tuple[Item, Found | None, str | None]] = []
    for item in items:
        decided.append(_read_item(outline, item, result, sections))
    # (an item naming several papers by their ids is left to the line reader, but counts as papers for its list)
    papers = sum(1 for _, found, why in decided if found is not None or why == _SEVERAL)
    counted = [entry for entry in decided if entry[2] != "group"]
    result.list_items += len(counted)
    result.list_papers += papers
    if not papers and len(counted) >= 3 and all(_research_title(outline, item) for item, _, _ in counted):
        # (a list of nothing but research titles, `- Prefix-Tuning: Optimizing Continuous Prompts for Generation`:
        # its items are papers as a list of papers' are, weakly)
        papers = len(counted)
    # (an emphasised title in sentence case is a paper where its list's other items are, its one-line items with no
    # evidence of their own that are emphasised research titles counted as papers for it: `- **Title** (arXiv:…) –
    # note`, `- **Title: Subtitle** – note`, `- **Title in sentence case** – note`, and the writer's one other item)
    titled = (
        [
            item
            for item, _, why in decided
            if len(item_lines(item)) == 1
            and (
                (why is None and _research_title(outline, item) and _emphasised_head(outline, item))
                or (why == _NO_TITLE_SHAPE and _emphasised_sentence_title(outline, item))
            )
        ]
        if papers and len(counted) >= 3 and any(why == _NO_TITLE_SHAPE for _, _, why in decided)
        else []
    )
    for item, found, why in decided:
        if found is not None:
            result.found.append(found)
            result.claimed.update(item_lines(item))
            result.prose.update(_replies(item))
            result.prose.update(_lazy_lines(outline, item))
            continue
        if why == "group":
            result.claimed.update(item.own)
            _read_list(outline, item.children, result, sections, item.own[:1], pending)
            continue
        if why == _SEVERAL:
            continue
        if why is None:
            # No evidence of its own: decided once every list is read (see `_lists`); unless an item of a
            # list of papers, the line reader reads it as free text.
            pending.append((item, papers, len(counted)))
            continue
        if why == _NO_TITLE_SHAPE and item in titled:
            # (`- **Training deep networks with noisy labels** – the writer's note`: in sentence case, emphasised
            # as its list's titles are; a paper if they are papers)
            pending.append((item, papers + len(titled), len(counted)))
            continue
        result.claimed.update(item_lines(item))
        result.reject(item.start, outline.lines[item.start], why)
        if why in _PROSE_ITEM:
            # (`*Learned forgetting.* *Title: Subtitle* predicts ...`: no paper's entry, but its prose may name one)
            result.prose.update(item_lines(item))


def _emphasised_head(outline: Outline, item: Item) -> bool:
    """Whether a list item opens on an emphasised title (`- **Title** – note`), no label's value nor a link's text."""
    head = read_head(_item_text(outline, item)[0])
    return head is not None and head.emphasised and not head.label and not head.link and not head.field


def _emphasised_sentence_title(outline: Outline, item: Item) -> bool:
    """Whether a list item opens on an emphasised title in sentence case: six words or more, three of research."""
    return _sentence_title_emphasised(read_head(_item_text(outline, item)[0]))


def _sentence_title_emphasised(head: Head | None) -> bool:
    if head is None or not head.emphasised or head.label or head.link:
        return False
    words = head.title.split()
    return (
        len(words) >= 6
        and research_words(words) >= 3
        and title_strength(head.title, structured=True) < 2
        and _sentence_case_title(head.title)
    )


def _research_title(outline: Outline, item: Item) -> bool:
    """Whether a list item is a research title and little else: four words or more in Title Case, two of them
    words of research, reading as a title."""
    head = read_head(_item_text(outline, item)[0])
    if head is None or item.children:
        return False  # (an item with notes under it is more than a title: a slide's bullet, a plan's point)
    words = head.title.split()
    capitalised = [word for word in words if word[:1].isupper() or word[:1].isdigit()]
    return (
        len(words) >= 4
        and len(capitalised) * 4 >= len(words) * 3 - 2
        and research_words(words) >= 2
        and title_strength(head.title, structured=False) == 2
    )


def _ends_with_url(line: str) -> bool:
    """Whether a line's only link ends it, after words of its own."""
    urls = list(_URL.finditer(line))
    return len(urls) == 1 and urls[0].start() >= 8 and not line[urls[0].end() :].strip()


def _item_text(
    outline: Outline, item: Item, claimed: set[int] | frozenset[int] = frozenset()
) -> tuple[str, list[int], list[tuple[Label, str, str, int]]]:
    """(head text, the item's own continuation lines, its fields) — fields from `Label:` lines and sub-items.
    A line another entry has claimed (a reference on its own line under the item) never goes on its head."""
    head_lines = [item.own[0]] if item.own else [item.start]
    fields: list[tuple[Label, str, str, int]] = []
    rest: list[int] = []
    for line in item.own[1:]:
        field_ = read_field(outline.lines[line].strip())
        if field_ is not None:
            fields.append((*field_, line))
        elif (
            not fields
            and not rest
            and line == head_lines[-1] + 1
            and line not in claimed
            and not _authors_below(outline.lines[line])
            and (
                (len(outline.lines[head_lines[-1]].strip()) > 50 and not _urls(outline.lines[line])[:1])
                or (
                    outline.lines[head_lines[-1]].rsplit(None, 1)[-1].casefold() in WRAP_WORDS
                    and (not _urls(outline.lines[line])[:1] or _ends_with_url(outline.lines[line]))
                )
            )
        ):
            # a long head wrapped onto the next line, or one cut after a small word (`- ZeRO: Memory
            # Optimizations Toward` / `  Training Trillion Parameter Models  https://…`), its link at the end
            head_lines.append(line)
        else:
            rest.append(line)
    for child in item.children:
        field_ = _field_of(outline, child)
        if field_ is not None:
            fields.extend((*field_, line) for line in child.own[:1])
            rest.extend(line for line in item_lines(child) if line not in child.own[:1])
    head = " ".join(outline.lines[line].strip() for line in head_lines)
    first = outline.lines[head_lines[0]].strip()
    if (
        len(head_lines) > 1
        and first[-1:].isalnum()  # (not cut after a comma, a hyphen or a colon: a wrapped title goes on)
        and outline.lines[head_lines[1]].lstrip()[:1].isupper()
        and not _reads_as_title(head)
        and _reads_as_title(first)
    ):
        # `4. Beyond the Imitation Game: Quantifying … of language models` / `   BIG-bench itself: 204 tasks, …`: a
        # title whole on its line, the writer's note after it in the same paragraph
        rest = [*head_lines[1:], *rest]
        head, head_lines = first, head_lines[:1]
    return head, rest, fields


def _authors_below(text: str) -> bool:
    """Whether a line under an item's title is its authors line (`Long Ouyang, Jeff Wu, … et al. — NeurIPS 2022`,
    `… Abu Awal Md Shoeb وأكثر من 400 مؤلف`): names, then maybe where it appeared or words in another script."""
    if "," not in text:
        return False  # (no comma between names: `english_et_al` adds none)
    names = english_et_al(text.strip())
    end = _NAMES_BELOW_END.search(names)
    if end is not None:
        names = names[: end.start()]
    return names.count(",") >= 1 and is_author_tail(names.strip(" ,;"))


# Where the names under an item's title end: a spaced dash, a parenthesis (blanks before it too), a letter of another
# script (Hebrew to Thai, Japanese, Chinese, Korean). (It opens on one character set, a look back after a blank
# choosing the way, which the engine scans for fast: the same first match as `[ \t]+[—–-][ \t]+|[ \t]*[(（]|[…]`,
# which is tried at every position of the line, a paragraph's often.)
_NAMES_BELOW_END = re.compile(
    r"[ \t(（\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u9fff\uac00-\ud7af]"
    r"(?:(?<=[ \t])[ \t]*(?:[—–-][ \t]+|[(（])|(?<=[^ \t]))"
)


def _reads_as_title(text: str) -> bool:
    """Whether an item's head text gives a title that reads as a paper's."""
    head = read_head(text)
    return head is not None and title_quality(head.title) is None


def _read_item(
    outline: Outline, item: Item, result: Entries, sections: list[bool]
) -> tuple[Item, Found | None, str | None]:
    """(item, the paper it names or None, why not: a reason, `group`, or None when it cannot tell)."""
    if not item.children and len(item.own) == 1:
        line = outline.lines[item.own[0]]
        if not _MAY_SAY_MORE.search(line) and read_field(line) is None:
            if not sections[item.start] and not _has_id(line):
                # (`## 非论文资料` / `- Hugging Face Course 第 1–3 章（课程）`: an item under a heading that says so)
                return item, None, "in a section whose heading says its items are not papers"
            return item, None, None  # a bare title line: nothing here to tell; the line reader reads it
    head_text, rest_lines, fields = _item_text(outline, item, result.claimed)
    entry_children = [child for child in item.children if _field_of(outline, child) is None]
    # (a sub-item that is the paper's link alone, labelled or not: `- Title` / `  - https://arxiv.org/abs/…`)
    link_children = [child for child in entry_children if _link_field(outline, child) is not None]
    entry_children = [child for child in entry_children if child not in link_children]
    if (
        entry_children
        and not _has_id(" ".join(outline.lines[line] for line in item.own[:12]))
        and (
            not any(kind in _ENTRY_FIELDS for kind, *_ in fields)  # (its own fields: a paper's entry)
            # (unless two of its sub-items are papers by their ids: `- Lecture 4` / `  - [2112.10752] Title` /
            # `  - Paper: Title` / `  - Title (arXiv:…)`, a lecture's readings, one of them labelled)
            or sum(1 for child in entry_children if _child_is_entry(outline, child)) >= 2
        )
        and _is_group(outline, head_text, entry_children)
    ):
        return item, None, "group"
    first_field = read_field(head_text)
    if first_field is not None and first_field[0] is Label.NOT_PAPER:
        return item, None, f"labelled {first_field[1]}: not a paper"
    if first_field is not None and first_field[0] is Label.META and not _has_id(head_text):
        if _has_id("\n".join(outline.lines[line] for line in item_lines(item))):
            # (`- type: ja` / `  strings:` / `    KEY: "Title https://arxiv.org/abs/…"`, a program's data as a
            # list: its head says nothing of the papers its lines link; the line reader reads them)
            return item, None, None
        return item, None, f"a {first_field[1]} line, not a paper"
    found = Found(line=item.start, lines=set(item_lines(item)), raw=outline.lines[item.start].strip())
    own_text = "\n".join(
        [
            head_text,
            *(outline.lines[line] for line in rest_lines),
            *(outline.lines[line] for *_, line in fields),
        ]
    )
    head_ids = list(find_ids(head_text))
    # (the papers its sub-items link alone name: `- Week 4` / `  - [Title](https://arxiv.org/abs/…)` / `  - [Title](…)`,
    # a lecture's readings, or `- [Title](…)` / `  - [Other Title](…)`, a bookmark folder's links nested under its
    # first)
    linked = {
        match.arxiv_id or match.openreview_id
        for child in link_children
        for match in find_ids(" ".join(outline.lines[line] for line in child.own))
    }
    if len(linked) >= 2 or (
        linked and head_ids and linked - {match.arxiv_id or match.openreview_id for match in head_ids}
    ):
        return item, None, _SEVERAL
    # (the ids of its whole text: its head's, found above, when its head is all it says)
    own_ids = head_ids if own_text == head_text else list(find_ids(own_text))
    if "(" in own_text and any(
        "\n" in own_text[: match.start] and title_in_parens_after(own_text, match.end) is not None
        for match in own_ids
    ):
        # (`- Title A? (ICLR 2021)` / `and behind it all: https://arxiv.org/abs/… (Title B, Geirhos et al.)`: a line
        # the item goes on over gives an id its own title, after it; the line reader pairs them)
        return item, None, _SEVERAL
    distinct = _take_id_matches(found, head_ids)
    if found.arxiv_id is None and found.openreview_id is None:
        distinct = _take_id_matches(found, own_ids)
    if found.arxiv_id is None and found.openreview_id is None:
        _take_bare_id(found, head_text)
    if found.arxiv_id is None and found.openreview_id is None:
        for child in link_children:
            # (`  - Verknüpfung: [arXiv](https://arxiv.org/abs/…)`, `  - https://arxiv.org/abs/…`: a link alone,
            # under a label no list here knows or none, is the item's own)
            link_field = _link_field(outline, child)
            if link_field is not None and _take_ids(found, link_field) <= 1:
                found.lines.update(item_lines(child))
                break
    # (a head's id, and two papers' more in the lines it goes on over: `notes: Sources:` / `  - Title — https://…` /
    # `  - Title — https://…`, a record's field whose lines list papers, wrapped into one item)
    listed = distinct == 1 and len({match.arxiv_id or match.openreview_id for match in own_ids}) >= 3
    if distinct > 1 or listed or (found.arxiv_id and found.openreview_id and _ids_sentences_apart(own_text)):
        # it plainly lists several papers: the line reader reads them (an arXiv and an OpenReview id a sentence
        # apart are two papers', not one paper's two links)
        return item, None, _SEVERAL
    title_field = next(((value, label) for kind, label, value, _ in fields if kind is Label.TITLE), None)
    if first_field is not None and first_field[0] is Label.TITLE:
        title_field = (first_field[2], first_field[1])
    head = read_head(head_text) if first_field is None or first_field[0] is not Label.TITLE else None
    for kind, _label, value, _line in fields:
        if kind is Label.AUTHORS:
            found.authors = _NOTE_LINKS.sub("", value)
        elif kind is Label.AFFILIATIONS:
            found.affiliations = value
        elif kind is Label.SUMMARY:
            found.summary.append(value)
    found.summary.extend(
        outline.lines[line].strip()
        for line in rest_lines
        if not _urls(outline.lines[line])[:1] or len(outline.lines[line]) > 80
    )
    found.code_url = _code(_urls(own_text))
    if head is not None and head.label and found.category is None and len(head.label) <= 12:
        found.category = head.label
    if title_field is not None:
        titled = read_head(title_field[0])
        found.title = titled.title if titled else clean_title(title_field[0])
        found.reason = Reason.LABEL
    elif head is not None:
        found.title = head.title
        link_is_id = head.link is not None and _is_id_url(head.link)
        found.reason = Reason.LINK_TEXT if head.emphasised and link_is_id else Reason.BESIDE_LINK
        run_in = (
            head.emphasised
            and len(head.title.split()) <= 3
            and title_strength(head.title, structured=True) < 2
        )
        if (not head.emphasised or run_in) and "](" in head.tail:
            # `Exercise 3.3: Compare with DoRA — [Weight-Decomposed Low-Rank Adaptation](arxiv...)`, `**Feedback.**
            # [Title](openreview...)`: the text of the paper's own link names it, not the words before it.
            for link in _MD_LINK.finditer(head.tail):
                label = link.group("label").strip()
                if (
                    _is_id_url(link.group("url"))
                    and len(label.split()) >= 3
                    and title_strength(label, structured=True) == 2
                ):
                    found.title, found.reason = clean_title(label), Reason.LINK_TEXT
                    break
        first_id = head_ids[0] if head_ids else None
        in_parens = (
            title_in_parens_before(head_text, first_id.start)
            or title_cited_before(head_text, first_id.start)
            or (
                title_in_parens_after(head_text, first_id.end)
                if label_only(head_text[: first_id.start])
                else None
            )
            if first_id is not None
            else None
        )
        if in_parens is not None:
            # (`Name, and S4 (Title, https://…)`: the parenthesis its link closes; `…, et la suite, Title (arXiv …)`:
            # the title right before it; the other titles the item names are its prose's)
            found.title = in_parens
            result.prose.update(item.own)
        placeholder = "[" in head.title or "]" in head.title  # (`[More Information Needed]`: a template's)
        if head.field and _PAPER_WORD.search(head.field) and not (head.link or head.tail or placeholder):
            found.reason = Reason.LABEL  # `**Base LLM paper:** Title`: a field that says its value is a paper
        tail = tail_reason(head.tail)
        if found.authors is None and tail is Reason.AUTHORS:
            found.authors = _authors_of(head.tail)
        if head.tail and not (found.arxiv_id or found.openreview_id) and tail is not None:
            found.reason = tail
            if found.title:
                # (`Nobel words of the writer's … behind Title in sentence case (Nature, 2021).`: the title only)
                found.title = english_title_after_other_language(found.title)
        elif (
            found.reason is Reason.BESIDE_LINK
            and head.link is None
            and not head.tail.strip(" .")
            and (note := _first_note(outline, item, rest_lines)) is not None
            and (cited := _note_cites(note)) is not None
        ):
            # `- Title` over `  NeurIPS 2021. What it does.` (or over its first sub-item, `  - NeurIPS 2020, Khosla
            # et al.`): its venue opens its note
            found.reason = cited
        elif (
            found.reason is Reason.BESIDE_LINK
            and head.link is None
            and (note := _first_note(outline, item, rest_lines)) is not None
            and _CODE_NOTE.search(note) is not None
            and title_strength(found.title or "", structured=True) == 2
        ):
            # `- [ ] 'Title' ⏱ 1 h` over `  - project page https://… · code https://github.com/…`: its code, labelled
            found.reason = Reason.CODE_BELOW
        elif found.reason is Reason.BESIDE_LINK and head.link is not None and CODE_HOST.search(head.link):
            if _tagged_with_venue(fields):
                found.reason = (
                    Reason.VENUE
                )  # `- Title https://github.com/…` over `- Labels: NeurIPS 2021`: its code
        elif found.reason is Reason.BESIDE_LINK and head.link is None:
            # A note's block whose fields say what it is: `venue:: ICML 2023`, `authors:: ...`, `type:: [[paper]]`.
            labels = {kind for kind, *_ in fields}
            # (a field labelled a venue says so of any venue with its year: `venue: Neural Computation 2006`)
            if (
                Label.VENUE in labels
                and any(
                    kind is Label.VENUE and (VENUE_YEAR.search(value) or YEAR.search(value))
                    for kind, _, value, _ in fields
                )
            ) or _tagged_with_venue(fields):
                found.reason = Reason.VENUE
            elif Label.AUTHORS in labels and found.authors and is_author_tail(found.authors):
                found.reason = Reason.AUTHORS
            elif any(
                label.casefold() in KIND_LABELS and _PAPER_KIND.match(value) for _, label, value, _ in fields
            ):
                found.reason = Reason.TAGGED
    if found.arxiv_id or found.openreview_id:
        if found.title and (title_strength(found.title, structured=True) == 0 or _is_link_word(found.title)):
            found.title, found.reason = None, None
        return item, found, None
    # No identifier: the item is a paper only with evidence of its own.
    if not sections[item.start]:
        return item, None, "in a section whose heading says its items are not papers"
    if found.title is None:
        return item, None, None
    if found.reason is Reason.AUTHORS and NOT_A_NAME.match(found.title):
        # (`**Projet Résumé-Juridique** (Inès, Paul-Antoine) : …`: a project, a session, a talk, with its people)
        return item, None, "names a project, a session or a document's part, not a paper"
    urls = _urls(own_text)
    if found.reason is Reason.LABEL:
        labelled = title_strength(found.title, structured=True) >= 1 or _sentence_cased(found.title)
        if labelled and not _HAS_CJK.search(found.title[:1]):
            return item, found, None
        return item, None, "the labelled title does not read as one"
    if head is not None and head.link is not None and is_paper_page(head.link):
        found.reason = Reason.PAPER_PAGE
        return item, found, None
    if (
        head is not None
        and _PAPER_TAG.search(head.tail)
        and title_strength(found.title, structured=True) >= 1
    ):
        found.reason = Reason.TAGGED  # `[[Title]] #paper`: the note's own tag says what it is
        return item, found, None
    for url in urls[:1]:
        if (
            CODE_HOST.search(url)
            and found.title
            and any(
                link.group("url") == url
                and found.title in link.group("label")
                and SITE_PAGE_TITLE.search(link.group("label").strip())
                for link in _MD_LINK.finditer(head_text)
            )
        ):
            # (`[GitHub - owner/repo: Title (ICLR 2019)](https://github.com/…)`: the title is a repository's link)
            return item, None, "links to a repository, not a paper"
        if CODE_HOST.search(url) and found.reason in (Reason.AUTHORS, Reason.VENUE):
            found.code_url = found.code_url or _code([url])
            break  # `**Title** — CVPR 2022 · [[code]](github...)`: cited by its venue, and its code
        if found.reason in (Reason.AUTHORS, Reason.VENUE) and (
            url not in head_text or _after_its_citation(head_text, found.title, url)
        ):
            # `Title` over `Graves et al., ICML 2006. … tutorial: https://…`, `Title – Hochreiter & Schmidhuber,
            # Neural Computation, 1997. Dense; Olah's blog post is the gentler way in: https://…`: a page its note
            # points to
            break
        if CODE_HOST.search(url) and _labelled_code(own_text, url):
            # (`*Title* — the writer's note. Code: [https://github.com/… repo]`: the paper's code, by its label)
            found.code_url = found.code_url or _code([url])
            break
        if any(
            link.group("url") == url and label_of(link.group("label")) is Label.CODE
            for link in _MD_LINK.finditer(head_text)
        ):
            # (`Title — the writer's note ([代码](https://t.example/l/…))`: its code's link, whatever address a
            # newsletter's click tracking gave it, named so in any language)
            break
        if (CODE_HOST.search(url) or NOT_PAPER_URL.search(url)) and not _in_its_note(
            head_text, found.title, url
        ):
            return item, None, _LINKS_ELSEWHERE
    if (
        head is not None
        and head.emphasised
        and not (found.arxiv_id or found.openreview_id)
        and head.tail.strip().startswith("(")
        and nicknamed(f"{head.title} {head.tail.strip()}")
    ):
        found.reason = Reason.NICKNAME
    if found.reason in (Reason.AUTHORS, Reason.VENUE, Reason.TAGGED, Reason.CODE_BELOW) or (
        found.reason is Reason.NICKNAME and head is not None and head.emphasised
    ):
        # (`- « Training language models to follow … » (InstructGPT)`: quoted, and given its short name, weakly)
        if found.reason is Reason.AUTHORS and _NAME_CITED_LAST.search(found.title):
            # (`- For spatial control (edges, poses), ControlNet (Zhang, Rao and Agrawala, 2023) adds …`: the
            # writer's sentence, whose last word is the method its citation names)
            return item, None, _SENTENCE
        why = title_quality(found.title, evidenced=True)
        return (item, found, None) if why is None else (item, None, why)
    if title_quality(found.title) is not None and not _HAS_CJK.search(head_text):
        return item, None, title_quality(found.title)
    return item, None, None


# A sentence's words in lower case, a comma, then one name of a method's shape (`ControlNet`, `GPT-3`, `T5`).
_NAME_CITED_LAST = re.compile(r"^[^,]*\b[a-z]{2,}\b[^,]*(?:,[^,]*)*,[ \t]+[A-Z][\w\-]*[A-Z0-9][\w\-]*$")


# A note giving an item's code, labelled (`code https://github.com/…`, `代码：https://github.com/…`).
_CODE_NOTE = re.compile(
    r"(?:\b(?:code|repo|repository|implementation|github)|代码|コード|코드)[ \t]*[:：]?[ \t]*(?:https?://)?(?:www\.)?"
    r"(?:github\.com|gitlab\.com)/",
    re.IGNORECASE,
)


def _first_note(outline: Outline, item: Item, rest_lines: Sequence[int]) -> str | None:
    """The first line of what an item says under its head: its next line, else its first sub-item's, unmarked."""
    if rest_lines:
        return outline.lines[rest_lines[0]]
    first = item.children[0] if item.children else None
    if first is None or not first.own:
        return None
    return _LIST_MARKER.sub("", outline.lines[first.own[0]], count=1)


def _note_cites(line: str) -> Reason | None:
    """The venue and year (or authors) that open the note under an item's title: `NeurIPS 2021. centrality …`,
    `Graves et al., ICML 2006. Still …`, `CQD · ICLR 2021 (outstanding paper). …`; never a venue in its prose."""
    lead = re.split(r"(?<!\bal)[.。;][ \t]|[.。]$", line.strip(), maxsplit=1)[0]
    venue = VENUE_YEAR.search(lead)
    if venue is not None:
        before = lead[: venue.start()].strip(" \t,·|—–-:")
        if not before or len(before.split()) == 1 or is_author_tail(before):
            return Reason.VENUE
        return None
    cited = len(lead) <= 80 and (_ET_AL.search(lead) or YEAR.search(lead)) and is_author_tail(lead)
    return Reason.AUTHORS if cited else None


def _is_link_word(text: str) -> bool:
    return text.casefold().strip(" .") in (
        "pdf",
        "arxiv",
        "link",
        "paper",
        "abs",
        "here",
        "this",
        "code",
        "openreview",
        "html",
        "url",
    )


_ENTRY_FIELDS = frozenset([Label.TITLE, Label.LINK, Label.AUTHORS, Label.VENUE])


def _is_group(outline: Outline, head_text: str, children: Sequence[Item]) -> bool:
    """Whether an item with no id of its own heads a list of entries (`- Vision:` / `  - Title (CVPR 2022)`,
    `- ## Week 1` / `\t- DONE [[Title]]`) rather than naming a paper its sub-items speak of."""
    if any(_child_is_entry(outline, child) or _heads_entries(outline, child) for child in children):
        return True
    titled = 0
    for child in children:
        child_head = read_head(outline.lines[child.own[0]] if child.own else "")
        titled += child_head is not None and _titled_leaf(outline, child, child_head.title, child_head.tail)
    if titled * 2 >= len(children):
        return True  # (`- Theory` / `  - Title` / `  - Title`: a topic over research titles, not a paper's notes)
    if len(children) < 2:
        return False
    head = read_head(head_text)
    if head is None or head_text.lstrip("-*+ \t").startswith("#") or head_text.rstrip().endswith((":", "：")):
        return True
    if title_quality(head.title, evidenced=tail_reason(head.tail) is not None) is not None:
        return True  # (no title: a topic; but `barlow twins: … (ICML 2021)`, cited in lower case, is a paper)
    cited = 0
    for child in children:
        child_head = read_head(outline.lines[child.own[0]] if child.own else "")
        cited += (
            child_head is not None
            and title_quality(child_head.title) is None
            and tail_reason(child_head.tail) is not None
        )
    return cited * 2 >= len(children)  # (its sub-items are titles with their authors or venue: a category)


def _heads_entries(outline: Outline, item: Item, depth: int = 0) -> bool:
    """Whether a sub-item heads entries of its own further down (a mind map's `- Topic` / `  - Subtopic` /
    `    - Title arXiv:…`): its parent is a group of groups."""
    return depth < 8 and any(
        _child_is_entry(outline, child) or _heads_entries(outline, child, depth + 1)
        for child in item.children
    )


def _child_is_entry(outline: Outline, child: Item) -> bool:
    """Whether a sub-item names a paper by its id or page, on its line or in its fields (a Logseq block's
    `url:: https://arxiv.org/abs/...` under its `[[Title]]`), or has a paper's fields (its venue, authors)."""
    text = " ".join(outline.lines[line] for line in child.own[:12])
    if _has_id(text) or any(is_paper_page(url) for url in _urls(text)):
        return True
    # (a mind map's `- Audio` / `  - Title` / `    - venue: ICLR 2021`: a sub-item with a paper's own fields)
    return any(
        (field_ := _field_of(outline, grandchild)) is not None and field_[0] in _ENTRY_FIELDS
        for grandchild in child.children
    )


def _authors_of(tail: str) -> str | None:
    text = tail.strip(" \t-–—|·:,;")
    if text[:1] in "(（" and (close := re.search(r"[)）]", text)) is not None:
        # `(Liu et al., Tsinghua) compare 25 models ...`: the parenthesis alone
        text = text[1 : close.start()]
    return _authors_before_words(text) or text or None


def _after_its_citation(head_text: str, title: str, url: str) -> bool:
    """Whether `url` comes after the end of the sentence that cites `title` (its authors, venue and year) on
    its line: in the writer's note on the paper, not as the paper's own link."""
    at = head_text.find(title)
    link = head_text.find(url)
    if at < 0 or link < 0:
        return False
    ended = re.search(r"\b(?:19|20)[0-9]{2}[a-z]?\)?\.[ \t]+\S", head_text[at + len(title) : link])
    return ended is not None


def _in_its_note(head_text: str, title: str, url: str) -> bool:
    """Whether `url` stands in the writer's note on `title`, which a spaced colon or dash parts from it, four words
    or more past it (`Title : 객체를 잘라서 … Detectron2로 구현 쉬워요 ([문서](https://…))`): a page the note names,
    not the title's."""
    at = head_text.find(title)
    link = head_text.find(url)
    if at < 0 or link < 0:
        return False
    between = head_text[at + len(title) : link]
    opened = _NOTE_OPENS.match(between)
    return opened is not None and len(between[opened.end() :].split()) >= 4


_NOTE_OPENS = re.compile(r"[ \t]+(?::|[—–]|--?)[ \t]+")


def _noted_title(head_text: str, title: str) -> bool:
    """Whether `title` is a Title Case title of four words or more that a dash parts from the writer's note on it
    (`Language Models are Few-Shot Learners -- obviously, since everybody quotes ...`)."""
    at = head_text.find(title)
    end = at + len(title)
    # (set apart by quotes or emphasis, a title in sentence case is one too: `"Bootstrap your own latent: A new
    # approach to self-supervised Learning" — the writer's note`)
    marked = at > 0 and head_text[at - 1] in _MARKS_AROUND and head_text[end : end + 1] in _MARKS_AROUND
    return (
        at >= 0
        and NOTE_DASH.match(head_text, end + (1 if marked else 0)) is not None
        and len(title.split()) >= 4
        and title_strength(title, structured=marked) == 2
    )


_MARKS_AROUND = frozenset('"“”«»*_')


# A label right before a link (`Code: [https://…`, `代码：https://…`).
_LABEL_BEFORE_LINK = re.compile(
    r"(?:^|[\s(\[;,.·|—–-])(?P<label>[^\s:：()\[\]]{2,20})[ \t]*[:：][ \t]*(?:\[[^\]\n]{0,80}\]\(|[\[(<])?$"
)


def _labelled_code(text: str, url: str) -> bool:
    """Whether a link is given under a label that says it is code (`Code:`, `GitHub:`, `代码：`)."""
    at = text.find(url)
    label = _LABEL_BEFORE_LINK.search(text, max(0, at - 120), at) if at > 0 else None
    return label is not None and label_of(label.group("label")) is Label.CODE


# A name ending as a group's or a meeting's does (`Machine Learning Reading Group -- every Tuesday`).
_GATHERING_END = re.compile(r"\b(?:Group|Circle|Channel|Chat|Server|Meeting|Session|Call|Sync|Stand-?up)s?$")


def _noted_research_title(head_text: str, title: str) -> bool:
    """Whether an item opens with a Title Case title in research words (`Smooth Adversarial Training`), then a
    dash and the writer's note on it, three words or more: weakly a paper whatever the list's other items are."""
    at = head_text.find(title)
    note = NOTE_DASH.match(head_text, at + len(title)) if at >= 0 else None
    return (
        note is not None
        and len(head_text[note.end() :].split()) >= 3
        and research_title(title)
        and not _GATHERING_END.search(title)
        and not says_other_kind_after(head_text[at + len(title) :])  # (`… — a blog post, good for newcomers`)
    )


def _research_leaf(outline: Outline, item: Item, title: str, tail: str, papers: int) -> bool:
    """Whether an item is a research title alone (`Self-Supervised Variational Auto-Encoders`), with no sub-item
    but the writer's notes on it, in a tree of items that names papers elsewhere (a mind map's, an outline's):
    a paper, weakly, as the tree's other leaves are; a topic has sub-items that are titles."""
    return papers >= 2 and item.depth > 0 and _titled_leaf(outline, item, title, tail)


def _titled_leaf(outline: Outline, item: Item, title: str, tail: str) -> bool:
    """A research title and nothing more, with no sub-item but the writer's notes (in lower case, or labelled)."""
    if tail.strip() or not research_title(title):
        return False
    for child in item.children:
        words = _BULLET_MARK.sub("", outline.lines[child.start].strip(), count=1)
        if not (words[:1].islower() or _NOTE_LABEL.match(words)):
            return False
    return True


_BULLET_MARK = re.compile(r"^(?:[-*+•]|[0-9]{1,3}[.)])[ \t]+")
_NOTE_LABEL = re.compile(r"^[\w][\w ]{0,30}:[ \t]")


def _sibling_paper(
    outline: Outline, item: Item, papers: int, count: int, sections: list[bool]
) -> Found | None:
    """An item without evidence in a list whose other items are mostly papers: weakly, a paper too; and in any
    list, an item that is a research title, a dash and the writer's note on it (`Random Feature Attention --
    volunteered, needs a date`)."""
    among_papers = count >= 3 and papers >= max(2, (count - 1) * 0.6)
    if not sections[item.start] or (
        not among_papers
        and not NOTE_DASH.search(outline.lines[item.start])
        and not (item.depth and papers >= 2)
    ):
        # (outside a list of papers, only a title with the writer's note after a dash will do, or a research
        # title alone deep in a tree that names papers: see `_research_leaf`)
        return None
    head_text, rest_lines, _ = _item_text(outline, item)
    if _HAS_CJK.search(head_text[:8]):
        return None
    head = read_head(head_text)
    # (a link labelled as the paper's code is no page of another thing: `… Code: [user/repo](https://github.com/…)`)
    elsewhere = [
        url for url in _urls(head_text) if not (CODE_HOST.search(url) and _labelled_code(head_text, url))
    ]
    # (an emphasised title in sentence case among papers: see `_read_list`)
    emphasised_sentence = among_papers and _sentence_title_emphasised(head)
    if head is None or title_quality(head.title, evidenced=emphasised_sentence) is not None or elsewhere:
        return None
    named_subtitled = (  # (`**BYOL** — Bootstrap your own latent: A new approach …`: a model's name, its title)
        _NAME_DASH.match(head_text) is not None and ": " in head.title and len(head.title.split()) >= 6
    )
    if title_strength(head.title, structured=False) == 0 and not named_subtitled and not emphasised_sentence:
        return None  # `LibriSpeech download + 960h manifest on the cluster`: a to-do, in the writer's case
    if ABOUT_PAPERS.search(head.title):
        return None  # `More papers next week`: about the list's papers, not one of them
    if PERSONAL.search(head.title) and not named_subtitled:
        return (
            None  # `MobileNets if we still have time`: the writer's words (a subtitled title says `your` too)
        )
    noted_research = _noted_research_title(head_text, head.title) or _research_leaf(
        outline, item, head.title, head.tail, papers
    )
    if not among_papers and not noted_research:
        return None
    # (a title, a dash, the writer's note on it)
    noted = noted_research or _noted_title(head_text, head.title)
    if emphasised_sentence and not noted and (at := head_text.find(head.title)) >= 0:
        # (`**Title in sentence case** – the writer's note`: the note after the emphasis's closing marks)
        closed = at + len(head.title)
        while closed < len(head_text) and head_text[closed] in _MARKS_AROUND:
            closed += 1
        noted = NOTE_DASH.match(head_text, closed) is not None
    # (`Title is het enige paper op de lijst …`: the sentence goes on from the title, calling it a paper)
    noted = noted or bool(head.tail and A_PAPER.search(" ".join(head.tail.split()[:6])))
    at = head_text.find(head.title)
    paren = _PAREN_AHEAD.match(head_text, at + len(head.title)) if at >= 0 and not noted else None
    if paren is not None and YEAR.search(paren.group("inner")) and NOTE_DASH.match(head_text, paren.end()):
        noted = True  # (`GPT Understands, Too (P-tuning, 2021) — the writer's note`: cited, then the note)
    if head_text.rstrip().endswith(".") and len(head_text.split()) > 6 and not head.emphasised and not noted:
        return None  # a sentence: an instruction or a note, not a title
    if head.title.endswith("?") and len(head.title.split()) > 6 and capital_ratio(head.title.split()) < 0.6:
        return None  # (`Everyone brings a slide: which model would you train …?`: a question to the group)
    if reports_a_deed(head.title):
        return None  # (`- Finished the 4-bit baseline`: the writer's report or to-do)
    if (
        head.tail
        and tail_reason(head.tail) is None
        and not _paren_is_tail(head.tail.strip(" \t-–—").strip("()（） "))
        and not noted
    ):
        return None  # more words after the title than a nickname: prose about something
    found = Found(line=item.start, lines=set(item_lines(item)), raw=outline.lines[item.start].strip())
    found.title, found.reason = head.title, Reason.SIBLINGS if among_papers else Reason.SHAPE
    found.summary.extend(outline.lines[line].strip() for line in rest_lines)
    return found


# --- records of `Label: value` fields -----------------------------------------------------------------------


# A field under a label of a word or two (`Verknüpfung: …`), its value after the colon.
_UNKNOWN_LABEL = re.compile(r"^[^\W\d_][\w .'-]{0,24}[:：][ \t]*(?P<value>\S.*)$")


def _link_field(outline: Outline, child: Item) -> str | None:
    """A sub-item that is a paper's link alone, or a field under a label of its own with a paper's link alone for
    its value (the text of its line), or None."""
    if child.children or len(child.own) != 1:
        return None
    text = outline.lines[child.start].strip()
    value = _LIST_MARKER.sub("", text, count=1)
    labelled = _UNKNOWN_LABEL.match(value) if not value.startswith(("http://", "https://")) else None
    if labelled is not None:
        value = labelled.group("value")
    if not (_URL.fullmatch(value.strip(" <>.,;")) or _alone_link(value)) or not _has_id(text):
        return None
    return text


# A short label of the writer's, then a link and nothing else (`ICLR 2020 评审意见：https://openreview.net/…`).
_LABELLED_LINK_LINE = re.compile(r"[^:：\n]{1,40}[:：][ \t]*https?://\S+[ \t]*")


def _read_record(
    outline: Outline, lead: list[int], field_lines: list[int], result: Entries, sections: list[bool]
) -> None:
    """A lead line and the fields under it (`**Devlin et al. (2018)** - BERT` / `- Title: ...` / `- arXiv: ...`)."""
    all_lines = sorted({*lead, *field_lines})
    result.claimed.update(all_lines)
    found = Found(line=all_lines[0], lines=set(all_lines), raw=outline.lines[all_lines[0]].strip())
    title: tuple[str, Reason] | None = None
    others: list[Found] = []  # papers an unlabelled line links to, besides the record's own
    noted: list[IdMatch] = []  # the ids its notes give
    pages: list[str] = []  # the addresses its link fields give
    for line in field_lines:
        text = outline.lines[line].strip()
        field_ = read_field(_LIST_MARKER.sub("", text, count=1))
        if field_ is None:
            unmarked = _LIST_MARKER.sub("", text, count=1)
            linked = Found(line=line, lines={line}, raw=text)
            if text and (_take_ids(linked, text) or linked.openreview_id):  # (an OpenReview link too)
                # `Paper: Title` then its link alone on the next line: the record's id. An id in a line of
                # prose is another paper's, kept on its own (the record's lines are no other reader's).
                if (
                    found.arxiv_id
                    or found.openreview_id
                    or not (_alone_link(unmarked) or _LABELLED_LINK_LINE.fullmatch(unmarked))
                ):
                    others.append(linked)
                else:
                    _take_ids(found, unmarked)
            elif text:
                found.summary.append(unmarked)
                result.prose.add(line)  # (`Background: Title (Janner, Li, 2021)`: another paper named)
            continue
        kind, label, value = field_
        if (
            kind is Label.TITLE
            and title is None
            and _HAS_LATIN.search(value)
            # (not a record's own title in the writer's language: a chapter's, a post's, in a writing tool's header)
            and not in_another_language(value)
        ):
            head = read_head(value)
            title = (head.title if head else clean_title(value), Reason.LABEL)
            _take_ids(found, value)
        elif kind in (Label.LINK, Label.CODE, Label.VENUE):
            linked = Found(line=line, lines={line}, raw=text)
            if found.arxiv_id and _take_ids(linked, text) and linked.arxiv_id != found.arxiv_id:
                # (the record's link already given, `@[card](…/abs/2101.00017)`, and a link field further down to
                # another paper, `PDF: …/pdf/2102.00018`: the next paragraph's, kept on its own)
                others.append(linked)
                continue
            _take_ids(found, text)  # with its label: `arXiv: 1711.05101` is an id, `1711.05101` alone is not
            found.code_url = found.code_url or _code(_urls(value))
            if kind is Label.LINK:
                pages.extend(_urls(value))
            if kind is Label.LINK and not found.arxiv_id and not found.openreview_id:
                for url in _urls(value):
                    if is_paper_page(url) and title is not None and title[1] is Reason.LABEL:
                        title = (title[0], Reason.LABEL)
        elif kind is Label.AUTHORS:
            found.authors = value
        elif kind is Label.AFFILIATIONS:
            found.affiliations = value
        elif kind is Label.SUMMARY:
            found.summary.append(value)
            noted.extend(find_ids(value))
        elif kind is Label.NOT_PAPER and label.casefold() in KIND_LABELS:
            result.reject(all_lines[0], found.raw, f"{label}: {value}: not a paper")
            return  # `Type: blog`: the whole entry says what it is
        elif label.casefold() in KIND_LABELS and (said := _other_kind(value)) is not None:
            result.reject(all_lines[0], found.raw, f"{label}: {value}: {said}, not a paper")
            return  # `Category: #books`, `Type: [[podcast]]`: a reader app's or a notebook's kind of item
        elif (
            label.casefold() in TAG_LABELS and (said := _tagged_kind(value)) is not None and not _has_id(text)
        ):
            result.reject(all_lines[0], found.raw, f"tagged {said}, not a paper")
            return  # `Tags: [[generalization]] [[blog]]`: one of its tags says what it is
        elif kind is Label.NOT_PAPER:
            result.reject(line, text, f"labelled {label}: not a paper")
    if (
        not found.arxiv_id
        and not found.openreview_id
        and len({match.arxiv_id or match.openreview_id for match in noted}) == 1
    ):
        # (`note: Session 2. arXiv:1802.05365, the link still to paste`: a record with no link of its own, whose note
        # gives one id and no other: its own)
        _take_id_matches(found, noted)
    lead_text = " ".join(outline.lines[line].strip().lstrip("#").strip() for line in lead)
    lead_head = read_head(lead_text) if lead else None
    if lead_head is not None and found.authors is None:
        # `**Devlin et al. (2018)** - BERT`: the lead names the authors (and a nickname), not the title.
        first = _LEAD_SEPARATOR.split(
            strip_marks(lead_text)[0].replace("**", "").replace("__", ""), maxsplit=1
        )
        if is_author_tail(first[0]):
            found.authors = first[0].strip()
        elif len(first) > 1 and is_author_tail(first[1]):
            found.authors = first[1].strip()
    if (
        title is None
        and lead_head is not None
        and title_quality(lead_head.title) is None
        and not is_author_tail(lead_head.title)
    ):
        title = (lead_head.title, Reason.ABOVE_LINK)
    if title is not None:
        found.title, found.reason = title
    result.found.extend(others)
    if found.arxiv_id or found.openreview_id:
        result.found.append(found)
        return
    if title is None or title[1] is not Reason.LABEL:
        result.reject(all_lines[0], found.raw, "no labelled title and no identifier")
        return
    if pages and all(
        NOT_PAPER_URL.search(url)
        and not CODE_HOST.search(url)
        and not is_paper_page(url)
        and not is_project_page(url, title[0])
        for url in pages
    ):
        # (`title: 'Some Library's Agents', url: 'https://docs.example.org/agents/'`: its link is a documentation's,
        # a blog's, a video's page: the record names that page)
        result.reject(all_lines[0], found.raw, "links to a web page, not a paper")
        return
    if not sections[all_lines[0]]:
        result.reject(all_lines[0], found.raw, "in a section whose heading says its items are not papers")
        return
    result.found.append(found)


def _alone_link(text: str) -> bool:
    """Whether `text` is one link and nothing else: a URL (`<URL>`), `[label](URL)`, or an embed of one (`@[card](URL)`,
    as Zenn and markdown-it's embed plugins write a link card)."""
    return (
        _URL.fullmatch(text) is not None
        or _MD_LINK.fullmatch(text) is not None
        or (text[:2] == "@[" and _MD_LINK.fullmatch(text, 1) is not None)
    )


_LEAD_SEPARATOR = re.compile(r"[ \t]+[-–—|][ \t]+")
_LEAD_SEPARATOR_START = re.compile(r"[ \t]*(?:[-–—|:：·•][ \t]+|[—–][ \t]*)")
_RULE_LINE = re.compile(r"^[ \t]*(?:[-*_=—─][ \t]*){3,}$")


_INNER_TAB = re.compile(r"\S\t+\S")
# A cell that only says when: a time, a span of times, a date.
_WHEN_CELL = re.compile(
    r"[0-9]{1,2}:[0-9]{2}(?:[ \t]*[-–~〜][ \t]*[0-9]{1,2}:[0-9]{2})?|[0-9]{1,4}[-/.][0-9]{1,2}(?:[-/.][0-9]{1,4})?"
)
_PLACEHOLDER = re.compile(r"^(?:TBD|TBA|TBC|N/?A|none|[-—–?]+)(?:$|[\W])", re.IGNORECASE)


def _tab_rows(outline: Outline, result: Entries) -> None:
    """Rows of a table written as text with tabs (a document or spreadsheet copied as text): `Week 3 (Oct 9)
    <tab> Presenter: Jonah <tab> Paper: Title <tab> link`, `Title <tab> 2006.05990 <tab> note`. The row names its
    paper by a title field, or by an id in a cell after a title."""
    text_lines = outline.lines
    for index, line in enumerate(text_lines):
        if (
            "\t" not in line
            or index in result.claimed
            or index in outline.code
            or not _INNER_TAB.search(line)
        ):
            continue
        row = line.strip()
        marker = _LIST_MARKER.match(row)
        if marker is not None and "\t" in marker.group():
            row = row[marker.end() :]  # `1.<tab>Title`: a word processor's numbered item, not a cell
        cells = [cell.strip() for cell in row.split("\t") if cell.strip()]
        while len(cells) > 2 and _WHEN_CELL.fullmatch(cells[0]):
            cells = cells[
                1:
            ]  # (`13:25 <tab> 「Title」 arXiv:… <tab> @speaker`: a timetable's time, then its row)
        if len(cells) < 2:
            continue
        fields = [read_field(cell) for cell in cells]
        if any(field_ is not None and field_[0] is Label.NOT_PAPER for field_ in fields):
            continue  # `Talk: "Learning from play"`
        titled = next(
            (field_[2] for field_ in fields if field_ is not None and field_[0] is Label.TITLE), None
        )
        if len({match.arxiv_id or match.openreview_id for match in find_ids(line)}) > 1:
            continue  # (a cell citing two papers, each with its id: the line reader's, a paper for each)
        found = Found(line=index, lines={index}, raw=line.strip())
        _take_ids(found, line)
        indexed = indexed_document(line)
        if indexed is not None and (
            found.arxiv_id or found.openreview_id or indexed[1].casefold().split("?")[0].endswith(".pdf")
        ):
            # (a desktop search's hit: its document's title, a paper's when its file is a PDF or its id is given)
            titled = indexed[0]
        elif indexed is not None:
            continue  # (a note's, a page's, a slide deck's: its title is the file's name or the page's)
        if titled is None:
            if not (found.arxiv_id or found.openreview_id) or fields[0] is not None:
                continue
            titled = cells[0]  # `Title <tab> 2006.05990 <tab> (a note)`
            if len(cells) >= 2 and title_strength(cells[0], structured=True) < 2:
                # (`ResNet <tab> Title — Authors — <link>`: a flash card's term, then the definition its title
                # opens)
                defined = read_head(cells[1])
                if defined is not None and title_strength(defined.title, structured=True) == 2:
                    titled = cells[1]
        head = read_head(titled)
        title = head.title if head is not None else clean_title(titled)
        if WORD_PROCESSOR_TITLE.search(titled.strip()) is not None:
            continue  # (`file.pdf<tab>Title: Microsoft Word - draft.doc`: a file's name, no title)
        if _PLACEHOLDER.match(title) or " + " in title or title_strength(title, structured=True) < 1:
            if found.arxiv_id or found.openreview_id:
                result.found.append(found)
                result.claimed.add(index)
            continue
        found.title, found.reason = title, Reason.LABEL
        found.code_url = _code(_urls(line))
        result.found.append(found)
        result.claimed.add(index)


def _field_records(outline: Outline, result: Entries, sections: list[bool]) -> None:
    """Paragraphs of `Label: value` lines led by a title field (`**论文 1：Title**`, `**論文**: Title`), with the
    field paragraphs and prose that follow it up to the next heading, rule or record."""
    text_lines = outline.lines
    paragraphs = outline.paragraphs()
    position = 0
    while position < len(paragraphs):
        start, end = paragraphs[position]
        if start in result.claimed:
            position += 1
            continue
        first = read_field(text_lines[start].strip())
        if first is None or first[0] is not Label.TITLE or not _HAS_LATIN.search(first[2]):
            position += 1
            continue
        field_lines = list(range(start, end))
        following = position + 1
        while following < len(paragraphs):
            next_start, next_end = paragraphs[following]
            between = range(field_lines[-1] + 1, next_start)
            if any(n in outline.headings or _RULE_LINE.match(text_lines[n]) for n in between):
                break
            if any(n in outline.in_structure or n in outline.code for n in between):
                break
            if _RULE_LINE.match(text_lines[next_start]) or next_start in result.claimed:
                break
            opening = read_field(text_lines[next_start].strip())
            if opening is not None and opening[0] is Label.TITLE:
                break
            field_lines.extend(range(next_start, next_end))
            following += 1
        lead = (
            [start - 2]
            if start >= 2 and start - 2 in outline.headings and not text_lines[start - 1].strip()
            else []
        )
        if start >= 1 and start - 1 in outline.headings:
            lead = [start - 1]
        _read_record(outline, [], field_lines, result, sections)
        if lead:
            result.claimed.update(lead)
            result.found[-1].lines.update(lead) if result.found and result.found[-1].line == start else None
        position = following


# --- a title line and its authors line ----------------------------------------------------------------------


def _authors_line(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 800 or _HAS_CJK.search(text):
        return False
    if (" — " in text or " – " in text) and names_then_source(text):
        return True  # (`Names — NeurIPS 2019`, `Names — arXiv:1301.3781 · the writer's note`: names, their source)
    if "://" in text or "www." in text:
        return False
    if "·" in text or " • " in text or " | " in text:
        # (most of the names of two words or more: `Save · Cite · Alert`, `Home · Blog · About` are buttons;
        # the ACL Anthology separates its authors with bars: `Kevin Clark | Minh-Thang Luong | Quoc Le`)
        parts = [part.strip() for part in re.split(r"[·•]| \| ", text) if part.strip()]
        return (
            len(parts) >= 2
            and all(is_author_tail(part + ", X") or _one_name(part) for part in parts)
            and len([part for part in parts if " " in part]) * 2 >= len(parts)
            # (not a page's institution and department: `Universitas Hasanuddin · Departemen Teknik Informatika`)
            and not any(names_an_institution(part) for part in parts)
        )
    if ("other" in text or "more" in text or "+" in text or "author" in text) and MORE_AUTHORS.search(text):
        text = MORE_AUTHORS.sub(" et al.", text)  # `Bo Peng, Eric Alcaide, and 27 others`
    return (
        is_author_tail(text)
        and ("," in text or " and " in text or "&" in text or _ET_AL.search(text) is not None)
    ) or names_then_source(text)  # (`Names — Venue Year. Notes`: a library guide's authors and their source)


def _one_name(part: str) -> bool:
    tokens = part.split()
    return (
        1 <= len(tokens) <= 5
        and all(_NAME_TOKEN.match(token) for token in tokens)
        and tokens[0][:1].isupper()
    )


def _title_author_pairs(outline: Outline, result: Entries) -> None:
    """Accepted-paper lists and programmes: a title line, its authors line (and maybe a venue line). In text
    hard-wrapped by a mail client, a title may run over up to three lines and an authors list over several."""
    text_lines = outline.lines
    width: int | None = None
    measured = False
    for start, end in outline.paragraphs():
        if end - start > 40 or end - start < 2:
            continue
        if not any(_may_name(text_lines[line]) for line in range(start + 1, end)):
            continue  # (no line below the first could list names: most paragraphs, tested cheaply)
        if any(line in result.claimed for line in range(start, end)):
            continue
        lines = [text_lines[line].strip() for line in range(start, end)]
        groups = _title_author_groups(lines, None)
        if groups is None and end - start > 2 and 50 <= max(map(len, lines)) <= 100:
            # (a paragraph of wrapped text has lines near the width it was wrapped at: at most 100)
            if not measured:
                width, measured = wrap_width(text_lines), True
            if width is not None:
                groups = _title_author_groups(lines, width)
        details: dict[int, list[int]] = {}
        if groups is None:
            # Not made of title and authors lines alone: maybe a programme's or a venue page's records, where
            # times, poster numbers, buttons and `Label:` fields surround each title and its authors.
            relaxed = _records_with_details(text_lines, list(range(start, end)), result.claimed)
            if relaxed is None:
                continue  # a paragraph that is not made of title and authors lines
            pairs, details = relaxed
            groups = [
                (range(title - start, last - start + 1), range(named - start, named - start + 1))
                for title, last, named in pairs
            ]
        for position, (titled, authored) in enumerate(groups):
            # (a record's link line below its authors, `[arXiv](https://…) · [PDF](…)`: a detail of it)
            following = groups[position + 1][0].start if position + 1 < len(groups) else len(lines)
            linked = [
                start + index
                for index in range(authored.stop, following)
                if _has_id(lines[index]) and _links_only(_NOTE_AFTER_LINK.split(lines[index], maxsplit=1)[0])
            ]
            if linked and start + titled.start not in details:
                details[start + titled.start] = linked
            text = join_wrapped([lines[index] for index in titled])
            if text.endswith((",", "，")) or exclaims(text):
                continue  # `Best,`, `See you on the 14th!` / `Camille & Théo`: a letter's sign-off, who signs it
            head = read_head(text)
            found = Found(
                line=start + titled.start,
                lines={start + index for index in (*titled, *authored)},
                raw=text,
            )
            _take_ids(found, text)
            found.authors = " ".join(lines[index] for index in authored).replace(" | ", ", ")
            if (
                not (found.arxiv_id or found.openreview_id)
                and research_words(found.authors.replace(",", " ").split())
                and not people_listed(found.authors)
            ):
                continue  # (`Computation and Language` / `Distributed, Parallel, and Cluster Computing`: subjects)
            if not (found.arxiv_id or found.openreview_id) and names_then_source(found.authors):
                # (`Yang Song, Stefano Ermon — NeurIPS 2019. Preprint: arXiv:1907.05600`: its id in its source)
                _take_ids(found, found.authors)
                found.authors = found.authors.partition(" — ")[0].partition(" – ")[0]
            if head is not None:
                if short_sentence_case(head.title) and not names_only(found.authors):
                    continue  # `08:50 Opening remarks` / `Ana Li and Bo Wu`: a programme's talk
                if narrates(head.title):
                    continue  # (`Before transformers the answer was recurrence.` / `Hochreiter and …, 1997, …`)
                found.title = head.title
                found.reason = Reason.AUTHORS
            why = (
                None
                if found.arxiv_id or found.openreview_id
                else title_quality(found.title or "", evidenced=True)
            )
            if why is not None:
                continue
            for detail in details.get(found.line, ()):
                _take_ids(found, text_lines[detail])
                found.lines.add(detail)
            if not (found.arxiv_id or found.openreview_id):
                for index in authored:
                    _take_ids(
                        found, lines[index]
                    )  # (a line it claims never hides an id: `ICLR 2020 评审：https://…`)
            result.found.append(found)
            result.claimed.update(found.lines)


def _may_name(line: str) -> bool:
    """Whether a line could be an authors line (`_authors_line`) at all: a cheap test of its separators."""
    return (
        "," in line
        or "·" in line
        or "•" in line
        or "&" in line
        or " and " in line
        or "et al" in line
        or " | " in line
    )


def _title_author_groups(lines: list[str], width: int | None) -> list[tuple[range, range]] | None:
    """The (title lines, authors lines) of a paragraph made only of title lines each followed by its authors
    line (the last maybe by a venue line), or None. With `width` (the text was wrapped at it), a title may go
    on over up to three lines cut by the wrapper, and its authors over several lines."""
    groups: list[tuple[range, range]] = []
    count = len(lines)
    index = 0
    while index < count:
        first = index
        if _authors_line(lines[index]) or lines[index].startswith(("·", "•", ",", "&")):
            return None  # authors with no title above them, or names going on from a line above
        while (
            width is not None
            and index + 1 < count
            and index - first < 2
            and not _authors_line(lines[index + 1])
            and wrapped_at(lines[index], lines[index + 1], width)
        ):
            index += 1
        index += 1
        if index >= count or not _authors_line(lines[index]):
            # (one line after the last entry's authors: its venue or affiliation)
            return groups if groups and index == count and index - first == 1 else None
        named = index
        index += 1
        while width is not None and index < count and _names_go_on(lines[index - 1], lines[index], width):
            index += 1
        groups.append((range(first, named), range(named, index)))
    return groups or None


def _names_go_on(previous: str, line: str, width: int) -> bool:
    """Whether `line` goes on with the authors list of `previous`, wrapped at `width`: more names, or the rest
    of a name cut in two (`... · Cho-Jui` / `Hsieh`)."""
    if _authors_line(line):
        return True
    if previous.endswith(("·", "•", ",", "&", " and")) or line.startswith(("·", "•", ",")):
        return _one_name(line.strip(" ·•,&"))
    return wrapped_at(previous, line, width) and len(line.split()) <= 2 and _one_name(line)


# The lines around a title and its authors in a programme or a venue's page: times, rooms, poster numbers,
# `Label: value` fields (`Published:`, `Keywords:`, `TL;DR:`), buttons (`[ Paper ] [ Poster ]`, `Download PDF`).
_DETAIL_FIELD = re.compile(r"^[A-Z][\w;&/ .-]{0,30}:(?:[ \t]|$)")
_BUTTONS = re.compile(r"^(?:\[[ \t]*[^\[\]\n]{1,24}?[ \t]*\][ \t]*)+$")
_BUTTON_WORDS = frozenset(
    [
        "download",
        "pdf",
        "bib",
        "abs",
        "paper",
        "poster",
        "slides",
        "video",
        "code",
        "openreview",
        "bibtex",
        "abstract",
        "supplementary",
        "show",
        "details",
        "html",
        "link",
        "links",
        "project",
        "page",
        "reviews",
    ]
)
_LETTER_WORDS = re.compile(r"[A-Za-z]+")


def _button_line(text: str) -> bool:
    words = _LETTER_WORDS.findall(text)
    return bool(_BUTTONS.match(text)) or (
        0 < len(words) <= 4 and all(word.casefold() in _BUTTON_WORDS for word in words)
    )


# A dash or a semicolon after a record's link, then the writer's note (`arXiv:2006.07733 — no URL yet`).
_NOTE_AFTER_LINK = re.compile(r"[ \t]+[—–][ \t]+|;[ \t]+|[ \t]+-[ \t]+(?=[^\W\d_])")


def _links_only(text: str) -> bool:
    """A line of links and their labels alone (`[arXiv: abs](https://…) · [PDF](https://…)`, a bare address)."""
    bare = _URL.sub(" ", re.sub(r"\]\([^()\s]+\)", "]", text))
    return len(_LETTER_WORDS.findall(bare)) <= 4


def _detail_line(text: str) -> bool:
    """A line of a record that says when, where or how a paper is shown, never which paper it is."""
    if _button_line(text) or _DETAIL_FIELD.match(text):
        return True
    if _URL.fullmatch(text):
        return True
    words = _LETTER_WORDS.findall(text)
    return len(words) <= 3 or (_DIGIT.search(text) is not None and len(words) <= 8 and not text.endswith("."))


def _may_list_authors(text: str) -> bool:
    """A cheap test before `_authors_line`: names separated by dots or by commas, not a sentence."""
    return ("·" in text or text.count(",") >= 2 or " | " in text) and not text.rstrip().endswith(
        (".", "。", ":", "?", "!")
    )


def _records_with_details(
    text_lines: Sequence[str], block: list[int], claimed: set[int]
) -> tuple[list[tuple[int, int, int]], dict[int, list[int]]] | None:
    """A paragraph of records: each a title line and its authors line (maybe with buttons between them),
    every other line a detail of the record above it (or the one below, before the first). None when any
    other line is prose or a second title, or there are no authors lines."""
    # Cheap tests first, as every paragraph comes here: a record has an authors line (names separated by dots or
    # commas), most of its lines are short; a paragraph of prose is made of long lines.
    if len(block) < 3:
        return None
    maybe = [line for line in block if _may_list_authors(text_lines[line])]
    if not maybe or sum(1 for line in block if text_lines[line].count(" ") > 12) * 3 > len(block) * 2:
        return None
    if any(line in claimed for line in block):
        return None
    texts = {line: text_lines[line].strip() for line in block}
    authors = [line for line in maybe if _authors_line(texts[line])]
    if not authors:
        return None
    pairs: list[tuple[int, int, int]] = []  # (first title line, last title line, authors line)
    used: set[int] = set()
    for author_line in authors:
        position = block.index(author_line) - 1
        while position >= 0 and _button_line(texts[block[position]]):
            used.add(block[position])
            position -= 1
        if position < 0 or block[position] in used or block[position] in authors:
            return None
        last = block[position]
        while (
            position > 0
            and block[position - 1] not in used
            and block[position - 1] not in authors
            and wraps_into(texts[block[position - 1]], texts[block[position]])
            and texts[block[position - 1]][-1:] != ":"
        ):
            # `10:00  Efficiently Modeling ... with Struc-` / `tured State Spaces`: the title starts a line above
            used.add(block[position])
            position -= 1
        pairs.append((block[position], last, author_line))
        used.update((block[position], author_line))
    details: dict[int, list[int]] = {}
    owner = pairs[0][0]
    starts = {title: title for title, _, _ in pairs}
    for line in block:
        if line in starts:
            owner = line
        if line in used:
            continue
        if not _detail_line(texts[line]):
            return None
        details.setdefault(owner, []).append(line)
    return pairs, details


# --- a note's front matter: the paper the note is about ----------------------------------------------------

_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,30}?)[ \t]*::?[ \t]*(?P<value>.*)$")
# Keys that hold the identity of the note's paper (a paper-notes template's, Zotero's or an Obsidian plugin's).
_FRONT_ID_KEYS = frozenset(
    [
        "arxiv",
        "arxiv_id",
        "arxiv-id",
        "arxivid",
        "eprint",
        "url",
        "link",
        "doi",
        "pdf",
        "openreview",
        "paper",
        "source",
    ]
)
_FRONT_TAG_KEYS = frozenset(["tags", "tag", "type", "category", "categories", "kind"])
_ID_TAG = re.compile(r"[ \t]*[\"']?arxiv:[ \t]*[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?[\"']?[ \t]*$", re.IGNORECASE)
# (`paper`, not `papers`: a post tagged `papers` speaks of several, in the writer's words)
_PAPER_WORD = re.compile(r"(?<![\w-])(?:paper|paper-notes?|论文|論文|논문)(?![\w-])", re.IGNORECASE)


def _front_matter_record(outline: Outline, result: Entries) -> None:
    """The paper a note is about, when its front matter says so: an arXiv or OpenReview id under a key that
    names the paper (`arxiv:`, `url:`, `doi:` ...), or tags that call it a paper; its `title:` is the title.
    A blog post's front matter (a title, a date, its own URL) is no paper."""
    lines = sorted(outline.front)
    found = Found(line=lines[0], lines=set(lines), raw="")
    title: tuple[int, str] | None = None
    tagged = False
    key = ""
    for index in lines:
        line = outline.lines[index]
        field_ = _FRONT_FIELD.match(line) if line[:1].isalpha() else None
        if field_ is not None:
            key, value = field_.group("key").casefold(), field_.group("value").strip()
        elif line.lstrip().startswith("- "):
            value = line.lstrip()[2:].strip()  # an item of the list under `key`
        else:
            continue
        if key in _FRONT_ID_KEYS:
            _take_ids(
                found,
                value
                if ":" in value or key not in ("arxiv", "arxiv_id", "arxiv-id", "arxivid", "eprint")
                else "arXiv:" + value,
            )
        elif key in _FRONT_TAG_KEYS and (
            ids := [tag for tag in re.split(r"[,\[\]]", value) if _ID_TAG.match(tag)]
        ):
            # `- arxiv:2304.08485` under `tags:`: a Hugging Face card's tag for each paper it cites (the Hub links it)
            for tag in ids:
                cited = Found(line=index, lines={index}, raw=line.strip())
                _take_ids(cited, tag)
                result.found.append(cited)
            result.claimed.add(index)
        elif key in _FRONT_TAG_KEYS and any(
            _PAPER_WORD.fullmatch(tag.strip(" \"'`")) for tag in re.split(r"[,\[\]]", value)
        ):
            tagged = True  # (a tag that is `paper`, not `đọc paper` or `papers`)
        elif key == "title" and title is None and value:
            title = (index, value.strip("\"'"))
    # Tagged only: a note about one paper, its title in the paper's own words (a post tagged `论文` that
    # gathers several is titled in the writer's words: `最近読んだ論文まとめ`).
    if not (found.arxiv_id or found.openreview_id) and (
        not tagged or title is None or _HAS_CJK.search(title[1]) or title_quality(title[1], evidenced=True)
    ):
        return
    if title is not None and title_strength(title[1], structured=True) >= 1:
        found.line, found.raw = title[0], outline.lines[title[0]].strip()
        found.title, found.reason = (
            clean_title(title[1]),
            (Reason.RECORD if found.arxiv_id or found.openreview_id else Reason.TAGGED),
        )
    else:
        found.raw = outline.lines[lines[0]]
    result.found.append(found)
    result.claimed.update(lines)
