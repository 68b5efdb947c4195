"""Pure: decide which arXiv (or Semantic Scholar) record, if any, a title names. No I/O.

What the real world does (tests/data/catalogue.json holds real examples): titles change between versions while arXiv's search sees
only the current one, OpenReview titles differ from arXiv's, digests shorten titles, and real papers exist
whose titles share most words with the one we look for. So a title is accepted on its own only when it is the
same title, the same title shortened to its head ("EfficientNetV2"), or the same title with one word dropped;
anything looser needs the authors (first author and most of the others) and a plausible year. Two candidates
that pass equally well make the answer ambiguous. Never a wrong id: when in doubt, record the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import IntEnum
from functools import lru_cache

from paperlist.metadata import Metadata
from paperlist.titles import match_key

_HEAD_SEPARATOR = re.compile(r"\s*(?::|\s[-–—]\s|\?)\s*")
_AUTHOR_SEPARATOR = re.compile(r"\s*(?:[,;、，；/·•|]|\band\b|&|\s{2,})\s*")

_STOP = "a an the of for and or in on at to by with from via is are be as its it this that into over under"
STOPWORDS = frozenset((_STOP + " do does we our your how what why when not all").split(" "))
# Words so common in machine-learning titles that they say little about which paper is meant.
_COMMON = (
    "learning neural network networks deep model models transformer transformers generation language",
    "training using based towards toward data efficient representation representations self supervised",
    "pre trained large scale image images analysis approach method methods new improving understanding",
)
COMMON_WORDS = frozenset(word for line in _COMMON for word in line.split(" "))


def content_words(title: str) -> list[str]:
    return [word for word in match_key(title).split() if word not in STOPWORDS]


# What a digest writes around a paper's whole title, which arXiv's phrase search does not see past:
# - its short name, a venue or a year in parentheses (`Masked Autoencoders Are Scalable Vision Learners (MAE)`,
#   `SimSiam (Exploring Simple Siamese Representation Learning)`);
_PARENTHESISED_AT_END = re.compile(r"(?P<outer>[^()（）]+?)\s*[(（](?P<inner>[^()（）]+)[)）]\s*")
# - its title quoted or marked in the writer's sentence (`Tengyu Ma, «Title»`, POD's `I<Title>`);
_MARKED = re.compile(
    r"«(?P<a>[^«»]+)»|“(?P<b>[^“”]+)”|\"(?P<c>[^\"]+)\"|《(?P<d>[^《》]+)》|\b[IB]<(?P<e>[^<>]+)>"
)
# - the writer's words before it: lower-case words or a date (`und Title`, `and, for fun, Title`, `2024-03-06
#   Title`), up to three words and a comma (`Pertama, Title`, `Li & Liang, Title`), or a label with a word in lower
#   case other than a title's small words, then a colon or `=` (`VLM week: Title`, `He init = Title`); a lead of
#   capitalised words may be the paper's own name (`Prefix-Tuning:`, `Learning to Rank:`) and is never dropped;
_LOWER_LEAD = re.compile(r"(?:(?:[a-z][\w'’]*|[0-9][0-9./-]*)[,;]?\s+){1,4}(?=[A-Z0-9])")
_COMMA_LEAD = re.compile(r"(?:[^\s,:;]+\s+){0,2}[^\s,:;]+,\s+(?=[A-Z0-9])")
_LABEL_LEAD = re.compile(r"(?P<label>[^:=,;\s][^:=,;]{0,40}?)\s*(?::|\s=)\s+")
_TAIL_AFTER_COMMA = re.compile(r"(?P<title>[^,]+),\s+(?P<tail>[^,]+(?:,\s+[^,]+){0,3})")
_MARK_AT_END = re.compile(r"\s*(?:→|->|\[[a-z]{1,2}\])\s*$")


def _labelled(text: str) -> re.Match[str] | None:
    """A label before a colon or `=` that is the writer's (a word in lower case, not a title's small word)."""
    labelled = _LABEL_LEAD.match(text)
    if labelled is None or len(labelled.group("label").split()) > 4:
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", labelled.group("label"))
    return labelled if any(word[0].islower() and word not in STOPWORDS for word in words) else None


def title_parts(title: str) -> list[str]:
    """The part of what a digest gave as a title that is the paper's title alone, when the rest is plainly not a
    title's: at least three content words. A record whose title is one of them is a close match, never an exact
    one, so a record with the whole title written wins over it."""
    text = " ".join(title.split())
    found: list[str] = []
    if (marked := _MARK_AT_END.search(text)) is not None:
        text = text[: marked.start()]
        found.append(text)
    if (parenthesised := _PARENTHESISED_AT_END.fullmatch(text)) is not None:
        outer, inner = parenthesised.group("outer").strip(), parenthesised.group("inner").strip()
        found += [part for part, other in ((outer, inner), (inner, outer)) if len(other.split()) <= 2]
    for quoted in _MARKED.finditer(text):
        span = next(group for group in quoted.groups() if group is not None)
        if len(text) - len(span) <= 40:  # (the writer's words around it are a few)
            found.append(span)
    for lead in _LOWER_LEAD.match(text), _COMMA_LEAD.match(text), _labelled(text):
        if lead is not None:
            found.append(text[lead.end() :])
    tailed = _TAIL_AFTER_COMMA.fullmatch(text) if "(" not in text else None
    if tailed is not None and len(tailed.group("tail").split()) <= 4:
        found.append(tailed.group("title"))
    parts = [part.strip(" ,;:") for part in found]
    return [
        part
        for part in dict.fromkeys(parts)
        if part != title and len([word for word in content_words(part) if len(word) > 1]) >= 3
    ]


def head(title: str) -> str | None:
    """The part before a colon (or ` - `, `?`): the name a paper goes by ("EfficientNetV2", "Memformer")."""
    parts = _HEAD_SEPARATOR.split(title.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    return match_key(parts[0]) or None


_ET_AL = re.compile(r"\bet\.?[ \t]+al\b\.?", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9]")
# A paper's header marks each author's affiliation and role: `Albert Gu¹`, `Tri Dao*†`, `Hao Peng^7`, and, where a
# PDF's superscripts come out as plain text, `Stefano Ermon1` or `Atri Rudra4,5`: the marks are no part of the name.
_AFFILIATION_MARKS = re.compile(
    r"[\u00b9\u00b2\u00b3\u2070-\u209f\u1d2c-\u1d6a*†‡§¶‖⋆✝#]+|\^\{?[\w,]+\}?|(?<=[^\W\d_])\d{1,2}$"
)


def surname(name: str) -> str | None:
    """The family name as digests abbreviate authors ("Y H Tsai" → "tsai", "Quoc V. Le" → "le")."""
    words = match_key(name).split()
    return words[-1] if words else None


def surnames(authors: str | Iterable[str] | None) -> tuple[str, ...]:
    """Surnames from a digest's authors line ("Y H Tsai, Y Wu, R Salakhutdinov") or a list of names."""
    if authors is None:
        return ()
    names = _AUTHOR_SEPARATOR.split(authors) if isinstance(authors, str) else list(authors)
    found: list[str] = []
    for name in names:
        # `Peters et al., NAACL 2018`, `Le, Q. V`: what is no surname (et al, a venue and year, initials) is left out
        name = _AFFILIATION_MARKS.sub("", _ET_AL.sub(" ", name or "").strip())
        if not name.strip() or _DIGIT.search(name) or name.strip().casefold() == "anonymous":
            continue
        family = surname(name)
        if family and len(family) > 1 and family not in found:
            found.append(family)
    return tuple(found)


class Level(IntEnum):
    """How well a candidate's title agrees with the one we look for."""

    NONE = 0
    PARTIAL = 1  # shares words: only authors can confirm it
    CLOSE = 2  # same title shortened to its head, same head and same words, or one word dropped
    EXACT = 3  # the same title once case, accents and punctuation are set aside


@dataclass(frozen=True, slots=True)
class Wanted:
    """What we know about the paper we look for: its title(s), author surnames, year."""

    titles: tuple[str, ...]  # the digest's title, the OpenReview title ... (first is the main one)
    surnames: tuple[str, ...] = ()
    year: int | None = None
    parts: tuple[str, ...] = field(init=False)  # each title's part that is a title alone (`title_parts`)

    def __post_init__(self) -> None:
        parts = dict.fromkeys(part for title in self.titles for part in title_parts(title))
        object.__setattr__(self, "parts", tuple(part for part in parts if part not in self.titles))

    @property
    def title(self) -> str:
        return self.titles[0]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One arXiv record weighed against what we look for."""

    arxiv_id: str
    title: str
    level: Level
    similarity: float  # 0..1 character similarity of the normalised titles
    authors: float | None  # 0..1 agreement of author surnames; None when we know no authors
    first_author: bool | None
    year_gap: int | None
    accepted: bool
    s2_id: str | None = None  # Semantic Scholar's paperId, for a record from Semantic Scholar
    record_authors: tuple[str, ...] = ()  # the record's authors, shown to the user who settles it
    published: str | None = None  # the record's v1 date

    @property
    def why(self) -> str:
        """Why this record was not taken on its own, in words for the user who settles it."""
        if self.accepted:
            return "another candidate fits as well"
        doubts = [
            {
                Level.EXACT: "",
                Level.CLOSE: "the title is close, not the same",
                Level.PARTIAL: "the title only shares some words",
                Level.NONE: "the title differs",
            }[self.level]
        ]
        if self.authors is None:
            doubts.append("no authors to compare")
        elif self.authors == 0.0:
            doubts.append("no author in common")
        elif self.first_author is False:
            doubts.append("another first author")
        elif self.authors < 0.5:
            doubts.append("few authors in common")
        if self.year_gap is not None and self.year_gap > 1:
            doubts.append(f"{self.year_gap} years apart")
        return "; ".join(doubt for doubt in doubts if doubt) or "not sure enough"

    @property
    def key(self) -> str:
        return record_key(self.arxiv_id or None, self.s2_id, self.title)

    @property
    def score(self) -> float:
        """One number to sort by and to show: title first, then authors, then year."""
        authors = 0.5 if self.authors is None else self.authors
        year = 0.5 if self.year_gap is None else (1.0 if self.year_gap <= 1 else 0.0)
        return round(0.15 * int(self.level) + 0.4 * self.similarity + 0.3 * authors + 0.1 * year, 3)

    def as_record(self) -> dict[str, object]:
        record: dict[str, object] = {
            "arxiv_id": self.arxiv_id,
            "title": self.title,
            "score": self.score,
            "level": self.level.name,
            "authors": list(self.record_authors),
            "published": self.published,
            "why": self.why,
        }
        if self.s2_id:
            record["s2_id"] = self.s2_id
        return record


def record_key(arxiv_id: str | None, s2_id: str | None, title: str) -> str:
    """What tells records apart: the arXiv id, else S2's paperId (papers not on arXiv), else the title."""
    if arxiv_id:
        return arxiv_id
    return f"s2:{s2_id}" if s2_id else f"title:{match_key(title)}"


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one wanted paper: a match, ambiguity (candidates kept) or nothing."""

    match: Metadata | None
    candidates: tuple[Candidate, ...] = field(default=())

    @property
    def ambiguous(self) -> bool:
        return self.match is None and bool(self.candidates)


def title_similarity(wanted: str, found: str) -> tuple[Level, float]:
    """(level, character similarity) of two titles."""
    a, b = match_key(wanted), match_key(found)
    if not a or not b:
        return Level.NONE, 0.0
    if a == b:
        return Level.EXACT, 1.0
    ratio = _ratio(a, b)
    words_a, words_b = set(content_words(wanted)), set(content_words(found))
    head_a, head_b = head(wanted), head(found)
    if a in {head_b, head_a} or (b == head_a):
        # The digest shortened the title to the paper's name ("EfficientNetV2"), or the other way round.
        return Level.CLOSE, ratio
    if head_a and head_a == head_b and (words_a <= words_b or words_b <= words_a):
        return Level.CLOSE, ratio
    extra = (words_a - words_b) | (words_b - words_a)
    one_sided = words_a <= words_b or words_b <= words_a
    if one_sided and len(extra) <= 1 and ratio >= 0.9:
        # A word dropped or added between versions ("Attention Module is Not Only..." → "Attention is ...").
        return Level.CLOSE, ratio
    if words_a & words_b:
        return Level.PARTIAL, ratio
    return Level.NONE, ratio


@lru_cache(maxsize=8_192)  # (a few MB at most)
def _ratio(a: str, b: str) -> float:
    """How alike two titles' keys are, by characters (a third of the pairs recur: a record found by several of
    a title's searches, a title weighed in several of its forms)."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def names_another_paper(given: str, found: str) -> bool:
    """Whether a title a digest gave beside an id names another paper than the one the id is (`found`: the
    service's title for it), as when a link below a list is taken for the wrong item's: the two share almost
    no word. A short name (`the ViT paper`), a title in another script or a shortened one never does."""
    level, ratio = title_similarity(given, found)
    if level in (Level.EXACT, Level.CLOSE):
        return False
    letters = [char for char in given if char.isalpha()]
    if not letters or sum(1 for char in letters if char.isascii()) * 10 < len(letters) * 9:
        return False  # (a translated title: its words are not the service's)
    words = set(content_words(given))
    if len(words) < 3:
        return False
    shared = {_stem(word) for word in words} & {_stem(word) for word in content_words(found)}
    return len(shared) * 4 < len(words) and ratio < 0.5


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _year(published: str | None) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    return None


def weigh(wanted: Wanted, record: Metadata) -> Candidate:
    """Compare one record with what we look for, and say whether it may be accepted on its own."""
    level, similarity = max(title_similarity(title, record.title) for title in wanted.titles)
    if level < Level.CLOSE and any(match_key(part) == match_key(record.title) for part in wanted.parts):
        level = Level.CLOSE  # (the whole title inside the writer's words around it: `VLM week: Title`)
    found = surnames(record.authors)
    authors: float | None = None
    first: bool | None = None
    if wanted.surnames and found:
        shared = len(set(wanted.surnames) & set(found))
        authors = shared / min(len(wanted.surnames), len(found))
        first = wanted.surnames[0] == found[0]
    # Semantic Scholar gives the year of publication; arXiv the v1 date.
    year = record.year if record.year is not None else _year(record.published)
    gap = abs(year - wanted.year) if year is not None and wanted.year is not None else None
    # An arXiv version more than a year away from the submission is another paper (latent-GLAT, 2022, for a
    # 2020 submission by the same group).
    year_ok = gap is None or gap <= 1
    if level == Level.EXACT:
        accepted = year_ok and not (authors == 0.0 and len(wanted.surnames) >= 2)
    elif level == Level.CLOSE:
        accepted = year_ok and (authors is None or authors > 0.0)
    elif level == Level.PARTIAL:
        # A different title (OpenReview vs arXiv, renamed versions): the authors must say it is the same work.
        accepted = bool(first) and authors is not None and authors >= 0.5 and year_ok and similarity >= 0.3
    else:
        accepted = False
    return Candidate(
        arxiv_id=record.arxiv_id or "",
        title=record.title,
        level=level,
        similarity=round(similarity, 3),
        authors=None if authors is None else round(authors, 3),
        first_author=first,
        year_gap=gap,
        accepted=accepted,
        s2_id=record.s2_id,
        record_authors=record.authors,
        published=record.published,
    )


MIN_KEPT_SIMILARITY = 0.5  # a rejected record closer than this is recorded as a candidate
MAX_KEPT = 3


def decide(wanted: Wanted, records: Sequence[Metadata]) -> Decision:
    """Pick the record `wanted` names, or none: ambiguous when two pass alike, nothing when none passes."""
    by_id = {record_key(record.arxiv_id, record.s2_id, record.title): record for record in records}
    weighed = sorted(
        (weigh(wanted, record) for record in by_id.values()),
        key=lambda candidate: (candidate.accepted, candidate.level, candidate.score),
        reverse=True,
    )
    kept = tuple(
        candidate
        for candidate in weighed
        if candidate.accepted or candidate.level >= Level.CLOSE or candidate.similarity >= MIN_KEPT_SIMILARITY
    )[:MAX_KEPT]
    accepted = [candidate for candidate in weighed if candidate.accepted]
    if not accepted:
        return Decision(match=None, candidates=kept)
    best = accepted[0]
    if len(accepted) > 1:
        runner = accepted[1]
        if runner.level == best.level and best.score - runner.score < 0.1:
            return Decision(match=None, candidates=kept)
    return Decision(match=by_id[best.key], candidates=kept)


# -- what to ask for ---------------------------------------------------------------------------------------


def _phrase(text: str) -> str | None:
    """A title part fit to quote: ASCII, no characters that break arXiv's query syntax."""
    cleaned = re.sub(r'[:()"\[\]{}\\?!]', " ", text)
    cleaned = "".join(ch if ord(ch) < 128 else " " for ch in cleaned)
    words = cleaned.split()
    while words and words[0].casefold() in STOPWORDS:
        words = words[1:]
    return " ".join(words) if any(re.search(r"[A-Za-z]", word) for word in words) else None


def _distinctive(word: str) -> bool:
    """A single word worth searching on its own: a coined name (Memformer, EfficientNetV2, HiPPO, COTR)."""
    return len(word) >= 4 and (
        any(ch.isdigit() for ch in word) or any(ch.isupper() for ch in word[1:]) or word.endswith("former")
    )


def fallback_clauses(wanted: Wanted) -> list[str]:
    """Broader searches for a paper whose quoted full title found nothing sure.

    The title's parts (around a colon) as phrases, catch a renamed version that kept one part; and, when the
    authors are known, the first author with the title's rarest words, which finds an arXiv version whose
    title shares little with the OpenReview one.
    """
    clauses: list[str] = []
    for title in wanted.titles:
        parts = _HEAD_SEPARATOR.split(title.strip())
        if len(parts) > 1:
            for part in parts:
                phrase = _phrase(part)
                if phrase is None:
                    continue
                words = phrase.split()
                if len(words) >= 2 or (len(words) == 1 and _distinctive(words[0])):
                    clauses.append(f'ti:"{phrase}"')
    family = wanted.surnames[0] if wanted.surnames else None
    if family and family.isascii() and family.isalpha():
        words = list(dict.fromkeys(w for t in wanted.titles for w in content_words(t) if len(w) > 3))
        rare = sorted(words, key=lambda word: (word in COMMON_WORDS, -len(word)))[:3]
        if rare:
            terms = " OR ".join(f"ti:{word}" for word in rare)
            clauses.append(f"(au:{family} AND ({terms}))")
    return list(dict.fromkeys(clauses))
