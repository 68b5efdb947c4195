"""Bibliographic records: BibTeX entries, RIS records, CSL-JSON items and CSV/TSV rows, each one reference (or none).

A record names at most one paper. Its identifiers come from the fields that hold them (`eprint` with
`archivePrefix = arXiv`, a `10.48550/arXiv.ID` DOI, a URL, `arXiv:ID` in a journal field); its title is the
title field (or column) as written. Records of kinds that are not papers (books, software, web pages, blog
posts) are left out, and say so.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import TYPE_CHECKING, TypeGuard

from paperlist.cjk import CJK_LETTERS
from paperlist.digests import Reference, Rejected
from paperlist.ids import BARE_ID, find_ids, parse_arxiv_id
from paperlist.ingest.extract.bbcode import bbcode_to_markdown, looks_like_bbcode
from paperlist.ingest.extract.document import yaml_stream_body
from paperlist.ingest.extract.evidence import WEAK, Reason
from paperlist.ingest.extract.markup import html_value_to_markdown, is_html_value
from paperlist.ingest.extract.reader import (
    OTHER_LANGUAGE_WORK,
    SPACED_DASH,
    SUMMARY_LIMIT,
    bounded,
    capital_ratio,
    clean_title,
    code_url,
    named_as_other_kind,
    names_then_source,
    page_named_by,
    person_names,
    research_title,
    sentence_case_title,
    title_strength,
    titled_in_another_language,
    without_page_decoration,
    without_reading_verb,
)
from paperlist.ingest.extract.richtext import rich_text_markdown
from paperlist.ingest.extract.vocabulary import (
    A_PAPER,
    CODE_HOST,
    EDITION,
    NOT_PAPER_TYPES,
    NOT_PAPER_URL,
    NUMBERED_PART,
    OTHER_KIND_AFTER,
    PAPER_TYPES,
    PART_LEAD,
    READING_HEADERS,
    TRAILING_FUNCTION_WORDS,
    VENUE_NAMES,
    VENUE_YEAR,
    Label,
    ascii_folded,
    date_in,
    is_book_venue,
    is_paper_page,
    is_project_page,
    is_site_home,
    kind_in_own_parenthesis,
    label_of,
    mostly_other_script,
    names_a_dataset,
    names_its_column,
    paper_page_title,
    read_field,
    research_words,
    says_its_kind_in_parens,
    says_not_a_paper,
    says_not_papers,
    says_other_kind_after,
)
from paperlist.models import Evidence
from paperlist.quiet import quiet_library

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    import yaml
    from pylatexenc.latex2text import LatexNodes2Text

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'{}|\\^`]+", re.IGNORECASE)
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|ico|webp|avif)(?:[?#]|$)", re.IGNORECASE)


@dataclass
class Record:
    """One record on its way to a reference: what its fields say."""

    line: int  # 1-based line where it starts
    last_line: int
    raw: str
    title: str | None = None
    authors: str | None = None
    summary: str = ""
    category: str | None = None
    venue: str | None = None
    links: list[str] = field(default_factory=list)  # URLs the record gives for the paper
    id_text: list[tuple[str, Evidence | None]] = field(default_factory=list)  # text holding ids, how written
    not_paper: str | None = None  # why this record is not a paper
    kind: str = "record"  # bibtex, RIS, CSV ...
    paper_type: bool = False  # its type column says it is a paper (`journalArticle`, `preprint` ...)
    paper_column: bool = False  # its title is in a column headed as papers' (`Paper`, `论文`), not `Name`
    paper_headed: bool = False  # (that column's header itself says papers, not its neighbours' links)
    named: bool = False  # (a YAML or JSON mapping:) titled by its `name`, as a card or a board is
    cited: bool = False  # its title was given in a citation, with its authors (a table's `Source` cell)
    source_cited: bool = False  # its notes open citing its authors and its venue (`Name & Name, ICML 2019`)
    body: str = ""  # a feed item's own words as Markdown (a blog post's), read for the papers it names
    group: int = 0  # (a free-text value:) the item of the document's outermost list that holds it (a message)
    title_key: str = ""  # (a data document's record:) the key its title was given by
    among_papers: bool = False  # its title key titles the records that give papers' ids, most of them


# The kind of a record that is a data document's free text (a chat's message), read for the papers it names.
PROSE_VALUE = "text value"


_OPENS_ON_ARXIV = re.compile(r"[ \t\n]*<?https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/")


_LINK_AT_END = re.compile(r"[ \t(<]+https?://\S+$")


def to_reference(record: Record, rejected: list[Rejected]) -> Reference | None:
    """The reference a record makes, or None (with why in `rejected`)."""
    if record.kind == PROSE_VALUE:
        return None  # (no entry itself: its words are read for papers, see `extract_references`)
    title = clean_title(record.title) if record.title else None
    # (a bookmark of a paper's page on a paper site, titled by it: `Title | Nature Machine Intelligence`)
    paged = paper_page_title(record.title) if record.title else None
    if paged is not None:
        title = clean_title(paged[0])
    if title and "://" in title and len((unlinked := _LINK_AT_END.sub("", title)).split()) >= 2:
        title = (
            unlinked  # (`Title https://arxiv.org/abs/…` in a title column: its link after it, no part of it)
        )
    if record.not_paper:
        rejected.append(Rejected(record.line, _show(title or record.raw), record.not_paper))
        return None
    if record.title and kind_in_own_parenthesis(record.title.strip()):
        # (`CS 101: Title (a course, video)`: the record's title says what it is in its own parenthesis)
        rejected.append(
            Rejected(record.line, _show(record.title), "another kind of thing, by its own parenthesis")
        )
        return None
    if record.title and named_as_other_kind(record.title):
        # (a task `Blogginlägget ”The Bitter Lesson” (Sutton, 2019) som uppvärmning`: a post, named so)
        why = "named as another kind of thing (a book, a course …) before its quoted name"
        rejected.append(Rejected(record.line, _show(record.title), why))
        return None
    arxiv_id = version = openreview_id = None
    evidence = Evidence.TITLE_ONLY
    for text, written in record.id_text:
        for match in find_ids(text):
            if match.arxiv_id and arxiv_id is None:
                arxiv_id, version = match.arxiv_id, match.version
                evidence = written or match.evidence
            elif match.openreview_id and openreview_id is None:
                openreview_id = match.openreview_id
                if evidence is Evidence.TITLE_ONLY:
                    evidence = Evidence.OPENREVIEW_LINK
        if written is not None and arxiv_id is None and (parsed := _bare_id(text)) is not None:
            (arxiv_id, version), evidence = parsed, written
    if arxiv_id is None and openreview_id is None and title and "arxiv" in record.summary.casefold():
        # (`Title` … notes: `project page only, paper is arXiv 2310.08560`: the one arXiv id a titled record's
        # notes write out is its paper's, when nothing else of the record gives one)
        # (or the notes open on its arXiv page: `https://arxiv.org/abs/2305.16291` and what to read there)
        noted = [match for match in find_ids(record.summary) if match.arxiv_id]
        if len(noted) == 1 and (
            noted[0].evidence is Evidence.ARXIV_TEXT or _OPENS_ON_ARXIV.match(record.summary) is not None
        ):
            arxiv_id, version, evidence = noted[0].arxiv_id, noted[0].version, noted[0].evidence
    searched = _search_query(record) if arxiv_id is None and openreview_id is None and title else None
    if searched is not None:
        # (a browser's tab or bookmark of a search for the paper: `2207.12598 - Buscar con Google`, `Title - Google
        # Scholar`: what was searched for names it, its id or its title)
        parsed = parse_arxiv_id(searched)
        if parsed is not None:
            (arxiv_id, version), evidence, title = parsed, Evidence.ARXIV_TEXT, None
        else:
            title = searched
    if arxiv_id is None and openreview_id is None and title and (named := _ID_IN_TITLE.search(title)):
        # (`Resumen: Title (arXiv:2009.09761) – Blog`: a page on the paper names it by its id)
        for match in find_ids(named.group(0)):
            if match.arxiv_id:
                arxiv_id, version, evidence = match.arxiv_id, match.version, Evidence.ARXIV_TEXT
                break
        if (
            record.kind == "XBEL"
            and (other_note := _DASHED_NOTE_IN_OTHER_SCRIPT.search(title[: named.start()])) is not None
        ):
            # (`Title — код (arXiv:…)`: a bookmark's title, the writer's note in another script, then the id)
            title = title[: other_note.start()].rstrip()
    if (
        arxiv_id is None
        and openreview_id is None
        and title
        and (dashed := _ID_AFTER_DASH_IN_TITLE.search(title)) is not None
        and len(title[: dashed.start()].split()) >= 3
    ):
        # (`Title — arXiv 2103.14146 (ICCV'21), code`: a bookmark of the paper's code, its name giving the paper and
        # its id after a dash, then the writer's note)
        for match in find_ids(dashed.group("id")):
            if match.arxiv_id:
                arxiv_id, version, evidence = match.arxiv_id, match.version, Evidence.ARXIV_TEXT
                title = title[: dashed.start()]
                break
    if (
        title
        and title.endswith((")", "]"))
        and (given := _ID_IN_TITLE.search(title)) is not None
        and given.end() == len(title)
        and len(title[: given.start()].split()) >= 2
    ):
        # (`Title (arXiv:2006.16668)` in a sheet's paper column: the title, its id read with the row's)
        title = title[: given.start()].rstrip(" ,;–—-")
    if title and record.kind not in ("BibTeX", "RIS"):
        title = without_reading_verb(title)  # (`Lire Title`: a tracker's task to read the paper, its subject)
    code = next((link for link in record.links if CODE_HOST.search(link)), None)
    reason: Reason | None = Reason.RECORD if title else None
    if arxiv_id is None and openreview_id is None:
        if not title:
            rejected.append(Rejected(record.line, _show(record.raw), "no title and no identifier"))
            return None
        if record.venue and is_book_venue(record.venue):
            rejected.append(Rejected(record.line, _show(title), "a book (its only venue is a publisher)"))
            return None
        dash = _SPACED_DASH.search(title)
        if (
            dash is not None
            and len(title[: dash.start()].split()) >= 2
            and says_other_kind_after(title[dash.start() :])
        ):
            # (a launcher's or a list's item `Title – blog post by Name`: the words after its name say its kind)
            rejected.append(
                Rejected(record.line, _show(title), "a book, a post or a document by the words after it")
            )
            return None
        if record.venue and says_other_kind_after(record.venue):
            # (a sheet's source column: `คอร์สเรียน` (a course), `Leaderboard`, `Blog`: what the row names)
            rejected.append(
                Rejected(record.line, _show(title), f"its source says what it is: {record.venue}")
            )
            return None
        if record.kind in ("BibTeX", "RIS") and titled_in_another_language(title):
            # (a library's record of an article in the writer's language, a magazine's or a newspaper's, no id: as in
            # a reference list, the papers here are titled in English)
            rejected.append(Rejected(record.line, _show(title), OTHER_LANGUAGE_WORK))
            return None
        # (an icon's or a thumbnail's address is no page the record links: a chat's unfurled link has both)
        # (nor is a search engine's page the paper's, searched for by its title)
        links = list(
            dict.fromkeys(
                link
                for link in record.links
                if not _IMAGE.search(link) and not (searched and _SEARCH_PAGE.match(link))
            )
        )
        page = [link for link in links if not CODE_HOST.search(link)]
        spelled = any(page_named_by(link, title) for link in page)  # (its page's address spells the title)
        site = _SITE_AFTER.search(title) if not spelled else None
        if site is not None and any(page_named_by(link, title[: site.start()]) for link in page):
            # (`Title - CVPR 2021 Open Access`: its page's title, the site's name after the one its address spells)
            title, spelled = title[: site.start()], True
        if (
            not links
            and (site := _SITE_AFTER_BAR.search(title)) is not None
            and _names_a_site(site.group("site"))
        ):
            # (`ML for Science — reading group · Shelfmark`: a browser's page title, its site's name after it)
            rejected.append(
                Rejected(record.line, _show(title), "a web page's title, its site's name after it")
            )
            return None
        if spelled or paged is not None or any(is_paper_page(link) for link in page):
            reason = Reason.PAPER_PAGE
        elif page or (code and len(links) == 1 and not _typed(record)):
            link = (page or [code or ""])[0]
            why = "links to a repository, not a paper" if CODE_HOST.search(link) else "links to a web page"
            # (a paper's project page, named by its title: `Visual Instruction Tuning`, llava-vl.github.io)
            project = (
                is_project_page(link)
                and title_strength(title, structured=True) == 2
                and capital_ratio(title.split()) == 1
            )
            # (a sheet's paper column holding a research title, its link the paper's code: `HuBERT: Title`, the
            # fairseq example's page, in a form's answers; or its benchmark's leaderboard, its tasks' repository,
            # the title subtitled in sentence case: `Name: Quantifying and extrapolating …`)
            words = title.split()
            name, _, subtitle = title.partition(": ")
            coded = (
                record.paper_column
                and title_strength(title, structured=True) == 2
                and bool(CODE_HOST.search(link))
                and capital_ratio(words) == 1
                and research_words(words) >= 2
            ) or (
                record.paper_headed
                and title_strength(title, structured=True) == 2
                and (
                    (capital_ratio(words) == 1 and len(words) >= 5 and research_words(words) >= 1)
                    or (
                        bool(subtitle)
                        and len(name.split()) <= 6
                        and len(subtitle.split()) >= 4
                        and research_words(words) >= 2
                    )
                )
            )
            # (or a task whose notes open on where and when it appeared, its one link its code: `Title` / `ICLR 2020.
            # Code: https://github.com/…`)
            coded = coded or (
                bool(CODE_HOST.search(link))
                and VENUE_YEAR.match((record.venue or record.summary or record.body).lstrip()) is not None
                and title_strength(title, structured=True) == 2
                and capital_ratio(words) >= 0.75
            )
            # (a bookmark of a post on a paper, titled by the paper's whole title, its name and subtitle, and the
            # writer's note after a dash: `Name: Subtitle — our reading notes`, weakly the paper)
            dashed = _NOTE_AFTER_DASH.search(title) if record.kind == "XBEL" else None
            posted = title[: dashed.start()] if dashed is not None else ""
            about = (
                not CODE_HOST.search(link)
                and ": " in posted
                and title_strength(posted, structured=True) == 2
                and research_words(posted.split()) >= 2
            )
            if about:
                title, reason = posted, Reason.SHAPE
            if (
                not project
                and not coded
                and not about
                # (typed a journal's article or a conference's paper, in its journal: its one link a catalogue's page)
                and not (record.paper_type and record.venue)
                and (
                    NOT_PAPER_URL.search(link)
                    or CODE_HOST.search(link)  # (a repository's, on any forge: `git.example.edu/…` too)
                    or not _titled(title)
                    # (the record's title as written: the site's name after it is cut from the title read)
                    or _site_titled(record.title or title, link)
                    # (a site's home page: the site is what its title names, a book's or a tool's)
                    or is_site_home(link)
                    # (a data file's entry with a page on a site of no paper, not typed nor with its authors: a research
                    # title, or no paper: `Billets de train Paris – Grenoble`, a browser's tab)
                    or (
                        record.kind == "YAML"
                        and not _typed(record)
                        and record.authors is None
                        and not CODE_HOST.search(link)
                        and not (
                            research_title(title)
                            or (
                                title_strength(title, structured=True) == 2
                                and capital_ratio(title.split()) == 1
                            )
                            or (sentence_case_title(title) and research_words(title.split()) >= 2)
                        )
                    )
                )
            ):
                rejected.append(Rejected(record.line, _show(title), why))
                return None
            if project:
                reason = Reason.PAPER_PAGE
        # A bibliographic record (BibTeX, RIS, a row typed as a paper) or one linking a paper's page is a paper
        # by what it is: any title will do. A spreadsheet row with nothing else must read as a paper title.
        vouched = (
            reason is Reason.PAPER_PAGE
            or record.kind in ("BibTeX", "RIS")
            or _typed(record)  # (a title with its authors' list; a sheet's row with its authors and venue)
            or record.cited
        )
        if record.named and not vouched and not _named_as_paper(title):
            rejected.append(Rejected(record.line, _show(title), "a name, not a paper title"))
            return None
        bibliographic = record.kind in ("BibTeX", "RIS") or record.paper_type
        labelled = read_field(title) if not bibliographic and ":" in title[:24] else None
        if labelled is not None and labelled[0] is Label.NOT_PAPER:
            # (`Talk: evaluating agents (group seminar)`: a row named as another kind of thing)
            rejected.append(Rejected(record.line, _show(title), f"labelled {labelled[1]}: not a paper"))
            return None
        if not bibliographic and evidence is Evidence.TITLE_ONLY and _names_a_session(title):
            # (`Séance 6 : robustesse et raccourcis`: a session's number and its topic in the writer's words)
            rejected.append(
                Rejected(record.line, _show(title), "a session's number and its topic, not a title")
            )
            return None
        if (
            title.endswith((")", "）"))
            and (opens := max(title.rfind(" ("), title.rfind("（"))) > 0
            and says_its_kind_in_parens(title[opens:])
        ):
            # (`Russell & Norvig, part 1 (a book, no paper)`: the writer's parenthesis after it says its kind)
            rejected.append(Rejected(record.line, _show(title), _OTHER_KIND_SAID))
            return None
        authored = False
        if searched and title_strength(title, structured=True) == 2 and capital_ratio(title.split()) == 1:
            reason = (
                Reason.SHAPE
            )  # (searched for by a title in Title Case: weakly a paper, a service confirms it)
        elif not (
            _titled(title)
            # (a clipped document's title is vetted where it is read; a bibliography's entry is a reference)
            or record.kind in ("Kindle", "TEI")
            # (a bibliography's entry typed a paper may be titled in sentence case: `Understanding the difficulty
            # of training deep feedforward neural networks`)
            or (vouched and (title_strength(title, structured=True) >= 1 or sentence_case_title(title)))
            or (record.paper_column and title_strength(title, structured=False) >= 1)  # `Pointer Networks`
            # (or in sentence case, in research words: `Training language models to follow instructions with …`)
            or (record.paper_column and sentence_case_title(title) and research_words(title.split()) >= 2)
            # (`Long Short-Term Memory` in a log's message titled as the others, most of which give an id)
            or (
                record.among_papers
                and title_strength(title, structured=True) == 2
                and capital_ratio(title.split()) == 1
            )
            # (`language models (mostly) know what they know`, linked to `…/research/language-models-mostly-know-…`)
            or (spelled and len(title.split()) >= 3)
            # (a card's or a task's name that is a title of three words of research: `Generative Adversarial Networks`)
            or (record.named and _said_as_title(title))
        ):
            if not _authored_row(record, title):
                rejected.append(Rejected(record.line, _show(title), "does not read as a paper title"))
                return None
            authored = (
                True  # (a sheet's row with its authors names a work: `Smooth Adversarial Training`, weakly)
            )
        if reason is Reason.RECORD and record.kind in ("CSV", "TSV"):
            reason = Reason.SHAPE if authored else Reason.TABLE
    return Reference(
        evidence=evidence,
        line=record.line,
        raw=bounded(record.raw),
        arxiv_id=arxiv_id,
        version=version,
        openreview_id=openreview_id,
        title=title,
        summary=bounded(record.summary, SUMMARY_LIMIT),
        authors=record.authors,
        category=record.category,
        code_url=code_url(code) if code else None,
        lines=tuple(range(record.line, record.last_line + 1)),
        reason=reason.value if reason else None,
        weak=evidence is Evidence.TITLE_ONLY and reason in WEAK,
    )


# An arXiv id opening a value, the writer's words after it (`2108.04392 (ICLR 2021 outstanding paper)`).
_LEADING_BARE_ID = re.compile(rf"[ \t]*(?P<id>{BARE_ID})(?=[ \t]+[(\[–—-]|[,;][ \t])")
_ID_IN_TITLE = re.compile(rf"[(\[](?i:arxiv)[ \t]*:?[ \t]*{BARE_ID}[)\]]")
# An arXiv id after a spaced dash in a title (`Title — arXiv 2103.14146 (ICCV'21), code`).
_ID_AFTER_DASH_IN_TITLE = re.compile(rf"[ \t]+[—–-][ \t]+(?P<id>(?i:arxiv)[ \t]*:?[ \t]*{BARE_ID})\b")
# A search engine's results page, and the site name its title ends with (`Title - Google Scholar`, `… - Buscar con
# Google`, `… at DuckDuckGo`).
_SEARCH_PAGE = re.compile(
    r"^https?://(?:www\.)?(?:google\.[a-z.]+/search|scholar\.google\.[a-z.]+/scholar|bing\.com/search"
    r"|duckduckgo\.com/)\S*[?&]q=",
    re.IGNORECASE,
)
_SEARCH_SITE = re.compile(
    r"[ \t]+(?:[-–—|][ \t]+[^-–—|]*\b(?:Google|Bing|DuckDuckGo)\b[^-–—|]*|at[ \t]+DuckDuckGo)$"
)


def _search_query(record: Record) -> str | None:
    """What a record of a search engine's results page searched for, by its title less the engine's name: an
    arXiv id, or a title in Title Case (the words typed after it, an author's name in lower case, dropped)."""
    if not any(_SEARCH_PAGE.match(link) for link in record.links) or not record.title:
        return None
    site = _SEARCH_SITE.search(record.title)
    if site is None:
        return None
    query = record.title[: site.start()].strip()
    words = query.split()
    while len(words) > 1 and words[-1].islower() and words[-1].isalpha():
        words.pop()  # (`Generative Adversarial Networks goodfellow`: the author's name typed after the title)
    return " ".join(words) or None


def _authored_row(record: Record, title: str) -> bool:
    """Whether a sheet's row names its authors (people, not a team or a tool's maker) beside a title in Title Case
    that no other evidence vouches for: a work, weakly a paper (a book of theirs is told by its publisher)."""
    if record.kind not in ("CSV", "TSV") or record.authors is None or not person_names(record.authors):
        return False
    if title_strength(title, structured=True) >= 1 and capital_ratio(title.split()) == 1:
        return True
    # (its notes open citing its authors and where it appeared, `Glorot & Bengio, AISTATS 2010. …`, a tracker's
    # reading ticket: a work of theirs, its title in sentence case too)
    return record.source_cited and sentence_case_title(title) and research_words(title.split()) >= 2


# A note that opens on its paper's authors, then where and when it appeared (`Glorot & Bengio, AISTATS 2010.`,
# `Krizhevsky, Sutskever, Hinton — NIPS 2012.`, `Vaswani et al., NeurIPS 2017`): a venue's name holds two capitals
# at least (never a month's, `Ana Ruiz, Marzo 2024`).
_CITED_LEAD = re.compile(
    r"[*_]*(?:[^\n(—–:*_,.]{2,60}(?:,[^\n(—–:*_,.]{2,40}){0,6}?(?:[ \t]+et[ \t]+al\.?)?)[*_]*"
    r"(?:,|[ \t][—–-])[ \t]*(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{2,}[ \t]*'?(?:19|20)?[0-9]{2}\b"
)


def _typed(record: Record) -> bool:
    """Whether a record says what it is (typed a paper, given with its authors' list, or a sheet's row with its
    authors and venue): its only link, to a repository, is then the paper's code (`repository-code:` of a
    CITATION.cff reference), not the thing itself."""
    return (
        record.paper_type
        or (record.kind == "YAML" and record.authors is not None)
        or (record.kind in ("CSV", "TSV") and record.authors is not None and record.venue is not None)
    )


def _named_as_paper(name: str) -> bool:
    """Whether a mapping's `name` (a card's, a note's) is a paper's title in Title Case: not a to-do (`ask Piotr
    about DeepSpeed-MoE`), a booking (`Room booking SS24 + Zoom fallback`) or a nickname with its citation
    (`Sparsely-gated MoE (Shazeer et al. 2017)`)."""
    cited = re.search(r"[ \t]*\([^()]*\b(?:et al|19[5-9][0-9]|20[0-4][0-9])\b[^()]*\)$", name)
    words = name[: cited.start()] if cited is not None else name
    people = re.search(r"[ \t]*\((?P<who>[^()]+)\)$", words)
    if people is not None and person_names(people.group("who")):
        # (`Team Evaluation (Jonas Brettschneider, Aylin Koç)`: a team, its people)
        words = words[: people.start()]
    return (
        not words[:1].islower() and len(words.split()) >= 3 and title_strength(words, structured=False) == 2
    )


def _said_as_title(words: str) -> bool:
    """Whether the writer's words are a paper's title alone, in Title Case (a verb in lower case aside: `Deep
    Unsupervised Learning using Nonequilibrium Thermodynamics`), with no figure in them: four words or more, or
    three words of research (`Generative Adversarial Networks`)."""
    researched = len(words.split()) == 3 and research_words(words.split()) == 3
    return (
        _titled(words, fewest_words=3 if researched else 4)
        and capital_ratio([word for word in words.split() if word not in _LOWER_IN_TITLES]) == 1
        # (no number of its own, `week 3`; a name's or a word's figures will do, `Zero-1-to-3:`, `3D`)
        and not any(word.strip(".,;:").isdigit() for word in words.split())
        # (a subtitle of three words at least after a colon, not a label's topic: `3D: Gaussian Splatting`)
        and len(words.rpartition(":")[2].split()) >= 3
    )


# Words a title in Title Case writes in lower case besides its small words (`… Learning using Nonequilibrium …`).
_LOWER_IN_TITLES = frozenset(["using", "via", "versus", "vs", "vs."])


# Where a title in a description ends before the writer's note: a spaced dash, a parenthesis or a semicolon.
_NOTE_AFTER_TITLE = re.compile(r"[ \t]+(?:[-–—]|--)[ \t]+|[ \t]+\(|;[ \t]+")
# A name that opens a title, then its colon: a capital or a figure inside it (`AutoDropout:`, `Zero-1-to-3:`).
_COINED_NAME_COLON = re.compile(r"[A-Z][\w\-]*?[A-Z0-9][\w\-]*:[ \t](?![^:]*:)")


def _titled(title: str, *, fewest_words: int = 4) -> bool:
    """A record's title with no identifier or paper link must read as a paper title, not a note to self: of
    `fewest_words` words at least, unless a colon or a question mark says it is one."""
    named, dash, label = title.partition(" — ") if " — " in title else title.partition(" – ")
    if dash and label and len(label.split()) <= 3 and all(word[:1].islower() for word in label.split()):
        title = (
            named  # (`Decision Transformer — muistiinpanot`: a note's name, the writer's label after a dash)
        )
    words = title.split()
    if date_in(title) or title_strength(title, structured=True) < 2 or names_a_dataset(title):
        return False
    if len(words) > 30 or " = " in title or re.search(r"[.!?][ \t]+[A-Z]", title):
        return False  # `Legend: Type = paper / blog. Rating only once ...`: a note, in sentences
    return len(words) >= fewest_words or ":" in title or "?" in title


_OTHER_KIND_SAID = "a book, a post or a document by the words after it, not a paper"

# A web page's title as a browser shows it: the page's name, a dash or a bar, then its site (`… – Google Drive`).
_SITE_AFTER_BAR = re.compile(r"[ \t]+[|·][ \t]+(?P<site>[^–—|·]{2,40})$")
_SITE_AFTER = re.compile(r"[ \t]+[–—|·-][ \t]+(?P<site>[^–—|·]{2,40})$")
_PAGE_WORDS = frozenset(
    ["page", "home", "homepage", "website", "site", "blog", "wiki", "folder", "drive", "forum"]
)


def _names_a_site(words: str) -> bool:
    """Whether the words after a page title's bar are a site's name: a word or two, capitalised, not a research
    paper's (`Shelfmark`, `Google Drive`)."""
    names = words.split()
    return len(names) <= 2 and all(name[:1].isupper() for name in names) and not research_words(names)


def _site_titled(title: str, link: str) -> bool:
    """Whether a record's title is its linked page's, the site's name after a dash (`Reading group winter term –
    Doodle` linking doodle.…, `RG shared folder – Google Drive`, `ML Reading Group – Group page`)."""
    after = _SITE_AFTER.search(title)
    if after is None:
        return False
    words = {word.casefold() for word in re.findall(r"[A-Za-z]{3,}", after.group("site"))}
    host = link.split("://", 1)[-1].split("/", 1)[0].casefold()
    labels = set(re.split(r"[.\-]", host))
    spelled = "".join(re.findall(r"[a-z0-9]+", after.group("site").casefold()))  # (`Le Monde`: lemonde.fr)
    return (
        bool(words & _PAGE_WORDS)
        or any(word in labels for word in words if len(word) >= 4)
        or (len(spelled) >= 4 and spelled in labels)
    )


def _show(text: str) -> str:
    return bounded(" ".join(text.split()), 160)


# --- BibTeX -------------------------------------------------------------------------------------------------

# Entry types that are never papers: a whole book, software, a web page, a data set, a whole proceedings.
_BIB_NOT_PAPERS = {
    "phdthesis": "a thesis",
    "mastersthesis": "a thesis",
    "thesis": "a thesis",
    "book": "a book",
    "books": "a book",
    "mvbook": "a book",
    "booklet": "a booklet",
    "proceedings": "a whole proceedings volume",
    "mvproceedings": "a whole proceedings volume",
    "software": "software",
    "softwareversion": "software",
    "codefragment": "software",
    "online": "a web page",
    "electronic": "a web page",
    "www": "a web page",
    "webpage": "a web page",
    "dataset": "a data set",
    "data": "a data set",
    "manual": "a manual",
    "patent": "a patent",
    "video": "a video",
    "audio": "a recording",
    "music": "a recording",
    "artwork": "an artwork",
    "image": "an image",
}
# (`file`: JabRef's and Zotero's attachment, `{https://arxiv.org/pdf/….pdf}` or a local `…/2103.13646.pdf`)
_BIB_ID_FIELDS = (
    "url",
    "journal",
    "note",
    "howpublished",
    "booktitle",
    "eprint",
    "doi",
    "pdf",
    "arxiv",
    "arxivid",  # (Mendeley's `arxivId = {2103.14625}`)
    "arxiv_id",
    "arxiv-id",
    "file",
)
# Fields of the writer's own notes on an entry (Zotero's `annotation`, BibDesk's `annote`, JabRef's `comment`).
_BIB_NOTE_FIELDS = ("annotation", "annote", "comment", "comments", "notes")
# More fields holding a link, as reference managers number them: BibDesk's `bdsk-url-1`, `url2`, `url-3`.
_BIB_URL_FIELD = re.compile(r"(?:bdsk-)?url-?[0-9]+")
# What a `@misc` entry's `howpublished` says it is, when it is no paper: `GitHub repository`, `Site web`.
_PUBLISHED_AS = re.compile(
    r"[ \t]*(?:(?:GitHub|GitLab|Bitbucket|code|software|source)[ \t]+repository|(?:web[ \t]?|home[ \t]?)(?:site|page)"
    r"|site[ \t]+(?:web|internet)|sit(?:io|o)[ \t]+web|p[aá]gina[ \t]+web|(?:Web|Internet)seite|网站|网页|ウェブサイト)\b",
    re.IGNORECASE,
)


def bibtex_records(text: str) -> Iterator[Record]:
    """One Record per BibTeX entry (`@string`, `@comment` and `@preamble` are not entries)."""
    from bibtexparser.entrypoint import parse_string  # here: only BibTeX digests need it

    # (bibtexparser logs each entry it could not parse on stderr: such an entry is read below, its fields one by one)
    with quiet_library("bibtexparser"):
        library = parse_string(text)
    text_lines = text.split("\n")
    blocks: list[tuple[int, str, dict[str, str]]] = [
        (
            entry.start_line or 0,
            entry.entry_type.casefold(),
            {key.casefold(): str(value.value) for key, value in entry.fields_dict.items()},
        )
        for entry in library.entries
    ]
    for failed in library.failed_blocks:
        salvaged = _salvaged_entry(failed.raw or "")
        if salvaged is not None:
            blocks.append((failed.start_line or 0, *salvaged))
    blocks.sort(key=lambda block: block[0])
    for position, (start, kind, fields) in enumerate(blocks):
        following = blocks[position + 1][0] if position + 1 < len(blocks) else len(text_lines)
        end = max(start, following - 1)
        end = _last_line_of_entry(text_lines, start, end)
        raw = text_lines[start].strip() if start < len(text_lines) else ""
        yield _bib_record(fields, kind, start + 1, end + 1, raw)
    yield from _bib_comments(text_lines)


# An entry's opening (`@misc{key,`) and each of its fields (`title = {…}`, `title = "…"`, `year = 2016`), read one by
# one from an entry the parser gave up on (a closing brace or a comma missing, a stray quote).
_BIB_OPENING = re.compile(r"^[ \t]*@(?P<kind>[A-Za-z]+)[ \t]*[{(]")
_BIB_FIELD = re.compile(
    r"(?:^|[,{(])[ \t\n]*(?P<key>[A-Za-z][\w\-]*)[ \t]*=[ \t]*"
    r"(?:\{(?P<braced>(?:[^{}\n]|\{[^{}\n]*\})*)\}|\"(?P<quoted>[^\"\n]*)\"|(?P<bare>[\w.:/\-]+))",
    re.MULTILINE,
)
_NOT_ENTRIES = ("string", "comment", "preamble")


def _salvaged_entry(raw: str) -> tuple[str, dict[str, str]] | None:
    """(kind, fields) of a BibTeX entry bibtexparser could not parse, each field whole on its line; None for
    what is no entry (`@string`, `@comment`) or gives no field."""
    opening = _BIB_OPENING.match(raw)
    if opening is None or opening.group("kind").casefold() in _NOT_ENTRIES:
        return None
    fields: dict[str, str] = {}
    for found in _BIB_FIELD.finditer(raw, opening.end()):
        value = found.group("braced") if found.group("braced") is not None else found.group("quoted")
        fields.setdefault(found.group("key").casefold(), value if value is not None else found.group("bare"))
    return (opening.group("kind").casefold(), fields) if fields else None


def _bib_comments(text_lines: Sequence[str]) -> Iterator[Record]:
    """The writer's comments in a BibTeX file (`% the longer arXiv version is arXiv:1910.02054`), each run of
    comment lines read as a paragraph for what it names; a comment naming no id is left alone (most are the file's
    own notes: its generator, its sections)."""
    run: list[tuple[int, str]] = []
    for number, line in enumerate([*text_lines, ""], 1):
        if line.lstrip().startswith("%"):
            run.append((number, line.lstrip().lstrip("%").strip()))
            continue
        if run and any(True for _, said in run for _ in find_ids(said)):
            body = "\n".join(said for _, said in run)
            yield Record(line=run[0][0], last_line=run[-1][0], raw=body[:120], body=body, kind=PROSE_VALUE)
        run = []


def _bib_record(fields: dict[str, str], kind: str, line: int, last_line: int, raw: str) -> Record:
    """The Record of one BibTeX or biblatex entry: its fields by (casefolded) name, its entry type."""
    record = Record(line=line, last_line=last_line, raw=raw, kind="BibTeX")
    record.title = latex_text(fields["title"]) if fields.get("title") else None
    if fields.get("author"):
        record.authors = ", ".join(
            _person(name) for name in re.split(r"\s+and\s+", latex_text(fields["author"]))
        )
    record.summary = latex_text(fields.get("abstract", ""))
    record.category = fields.get("primaryclass") or fields.get("eprintclass") or None
    journal = fields.get("journal") or fields.get("journaltitle") or ""
    record.venue = latex_text(journal or fields.get("booktitle") or "") or None
    record.not_paper = _BIB_NOT_PAPERS.get(kind)
    prefix = (fields.get("archiveprefix") or fields.get("eprinttype") or "").casefold()
    numbered = sorted(name for name in fields if _BIB_URL_FIELD.fullmatch(name))
    for name in (*_BIB_ID_FIELDS, *numbered):
        value = fields.get(name)
        if not value:
            continue
        if name == "eprint":
            # `eprint = {2203.15556}` is an arXiv id when the entry says so (or the id is plainly one).
            if prefix in ("", "arxiv"):
                record.id_text.append((value, Evidence.ARXIV_TEXT))
            continue
        if name in ("arxivid", "arxiv_id", "arxiv-id"):
            record.id_text.append((value, Evidence.ARXIV_TEXT))  # (a field that is an arXiv id by its name)
            continue
        if name == "doi":
            record.id_text.append(("https://doi.org/" + value.strip(), Evidence.ARXIV_TEXT))
            continue
        record.id_text.append((value, None))
        record.links.extend(_URL.findall(value))
    given = any(
        match.arxiv_id or match.openreview_id for text, _ in record.id_text for match in find_ids(text)
    )
    notes = "\n".join(latex_text(fields[name]) for name in _BIB_NOTE_FIELDS if fields.get(name))
    if not given and notes and any(True for _ in find_ids(notes)):
        alone = _own_link_line(notes)
        if alone is not None:
            # (`annotation = {P-tuning. … preprint: arXiv:2103.10385 …}`: the one id its notes give, naming no
            # other paper, is the entry's)
            record.id_text.append((alone, Evidence.ARXIV_TEXT if "://" not in alone else None))
        else:
            record.body = notes  # (notes citing other papers by their ids: read for them, no id lost)
    volume = fields.get("volume", "")
    if volume.casefold().startswith("abs/") and journal.casefold() in ("corr", "arxiv"):
        # DBLP's arXiv entries: `journal = {CoRR}, volume = {abs/1810.04805}`.
        record.id_text.append((volume[4:], Evidence.ARXIV_TEXT))
    if record.not_paper is None and kind in ("misc", "unpublished"):
        record.not_paper = _web_only(record, fields.get("howpublished", ""))
    if (
        record.not_paper is None
        and kind in ("misc", "online", "electronic", "www")
        and notes
        and not given
        and OTHER_KIND_AFTER.match(notes)
    ):
        # (`@misc{…, url = {https://magazine.…/p/…}, annotation = {پست وبلاگ؛ …}}`: its notes open saying what it is)
        record.not_paper = "its notes say it is no paper: " + notes[:40]
    said = "\n".join(filter(None, (notes, latex_text(fields.get("note", "")))))
    if record.not_paper is None and kind in ("misc", "unpublished") and not given and says_not_a_paper(said):
        # (or its notes, or its `note`, say it is none: `note = {Skript zur Vorlesung, keine Publikation}`)
        record.not_paper = "its notes say it is no paper: " + said[:40]
    if kind in ("online", "electronic", "www") and any(
        match.arxiv_id or match.openreview_id for text, _ in record.id_text for match in find_ids(text)
    ):
        record.not_paper = (
            None  # (a preprint, as Zotero's BibLaTeX exports arXiv items: `@online`, its arXiv URL)
        )
    return record


# --- biblatex's .bbl (what biber writes for a document: `\entry{key}{type}{}` ... `\endentry`) ---------------

_BBL_ENTRY = re.compile(r"^[ \t]*\\entry\{(?P<key>[^{}]*)\}\{(?P<type>[A-Za-z]+)\}", re.MULTILINE)
_BBL_FIELD = re.compile(r"\\field\{(?P<name>[a-z]+)\}\{")
_BBL_VERB = re.compile(r"\\verb\{(?P<name>[a-z]+)\}\s*\\verb[ \t]+(?P<value>.*?)\s*\\endverb", re.DOTALL)
# biblatex's own punctuation macros in names and ranges (`Diederik\\bibnamedelima P.`, `1597\\bibrangedash 1607`).
_BBL_MACROS = re.compile(
    r"\\(bibnamedelim[a-z]|bibinitdelim|bibinithyphendelim|bibinitperiod|bibrangedash)\b ?"
)
_BBL_MACRO_TEXT = {"bibinitperiod": ".", "bibinithyphendelim": "-", "bibrangedash": "–"}
_BBL_NAME = re.compile(r"\\name\{author\}\{[0-9]+\}\{[^{}]*\}\{")
_BBL_PART = re.compile(r"\b(?P<part>family|given|prefix)=\{(?P<value>(?:[^{}]|\{[^{}]*\})*)\}")


def biblatex_records(text: str) -> Iterator[Record]:
    """One Record per entry of a biblatex `.bbl` file: `\\field{title}{...}`, `\\verb{eprint}`/`\\verb{doi}`/
    `\\verb{url}` values and `\\name{author}` parts, read as the BibTeX fields they were made from."""
    starts = list(_BBL_ENTRY.finditer(text))
    for position, match in enumerate(starts):
        end = text.find("\\endentry", match.end())
        following = starts[position + 1].start() if position + 1 < len(starts) else len(text)
        if end < 0 or end > following:
            end = following
        body = _BBL_MACROS.sub(
            lambda macro: _BBL_MACRO_TEXT.get(macro.group(1), " "), text[match.end() : end]
        )
        fields: dict[str, str] = {}
        for field_match in _BBL_FIELD.finditer(body):
            value = _braced(body, field_match.end() - 1)
            if value is not None:
                fields.setdefault(field_match.group("name").casefold(), value)
        for verb in _BBL_VERB.finditer(body):
            fields.setdefault(verb.group("name").casefold(), " ".join(verb.group("value").split()))
        names = _BBL_NAME.search(body)
        if names is not None:
            block = _braced(body, names.end() - 1) or ""
            people = []
            for person in re.split(r"\}\}%?\s*\{\{", block):
                parts = {
                    part.group("part"): latex_text(part.group("value")) for part in _BBL_PART.finditer(person)
                }
                if parts.get("family"):
                    given, prefix = parts.get("given", ""), parts.get("prefix", "")
                    people.append(" ".join(word for word in (given, prefix, parts["family"]) if word))
            if people:
                fields["author"] = " and ".join(people)
        line = text.count("\n", 0, match.start()) + 1
        last_line = text.count("\n", 0, end) + 1
        yield _bib_record(fields, match.group("type").casefold(), line, last_line, match.group(0).strip())


def _braced(text: str, opening: int) -> str | None:
    """The text inside the braces opening at `opening`, nested braces balanced (None when they never close)."""
    depth = 0
    for position in range(opening, min(len(text), opening + 20000)):
        char = text[position]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[opening + 1 : position]
    return None


def _last_line_of_entry(text_lines: Sequence[str], start: int, end: int) -> int:
    while end > start and not text_lines[end].strip().startswith("}") and "}" not in text_lines[end]:
        end -= 1
    return end


def _web_only(record: Record, published: str = "") -> str | None:
    """A `@misc` entry that gives only a web page (a repository, a blog, a site's home page), or says it is one
    (`howpublished = {GitHub repository}`), is that page, not a paper; one citing a paper's id never is."""
    if any(match.arxiv_id or match.openreview_id for text, _ in record.id_text for match in find_ids(text)):
        return None
    if any(text.casefold().startswith("https://doi.org/") for text, _ in record.id_text):
        return None
    if _PUBLISHED_AS.match(latex_text(published)):
        return "a web page or repository, not a paper"
    # (or names another kind of work, first: `howpublished = {Data set}`, `{Blog post, Lil'Log}`, `{Video}`)
    kind = latex_text(published).split(",", 1)[0].casefold().replace(" ", "")
    if kind in NOT_PAPER_TYPES:
        return f"published as {NOT_PAPER_TYPES[kind]}, not a paper"
    # (or its first word, a compound's: `{Video-Portal der ETH}`, `{Talk-Aufzeichnung}`)
    first = re.split(r"[\s\-–/]", latex_text(published).casefold(), maxsplit=1)[0]
    if first in NOT_PAPER_TYPES and first not in ("post", "thread"):
        return f"published as {NOT_PAPER_TYPES[first]}, not a paper"
    if record.links and all(
        NOT_PAPER_URL.search(link) or _HOME_PAGE.fullmatch(link) for link in record.links
    ):
        return "a web page or repository, not a paper"
    return None


# A site's home page (`https://www.image-net.org/`): never a paper's.
_HOME_PAGE = re.compile(r"https?://[^/\s]+/?")


_LATEX_HINTS = re.compile(r"[\\{}$~]")


def latex_text(value: str) -> str:
    """LaTeX as the text it prints (`{\\L}ukasz` → `Łukasz`, `{GShard}` → `GShard`)."""
    if "--" in value:
        value = value.replace("---", "—").replace("--", "–")  # (TeX's dashes: `Title --- dataset page`)
    if not _LATEX_HINTS.search(value):
        return " ".join(value.split())
    if "\\" not in value and "$" not in value:
        return " ".join(value.replace("{", "").replace("}", "").replace("~", " ").split())  # braces alone
    try:
        text = _latex_converter().latex_to_text(value)
    except Exception:  # pylatexenc raises several kinds on malformed LaTeX; the raw value is still a title
        text = value.replace("{", "").replace("}", "")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _latex_converter() -> LatexNodes2Text:
    """One converter for the process: building one costs more than converting a title."""
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text()


def _person(name: str) -> str:
    """`Vaswani, Ashish` → `Ashish Vaswani`; `{PyTorch Contributors}` and `Ashish Vaswani` stay."""
    name = name.strip()
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        return f"{first} {last}".strip()
    return name


# --- RIS ----------------------------------------------------------------------------------------------------

_RIS_NOT_PAPERS = {
    "BOOK": "a book",
    "EBOOK": "a book",
    "EDBOOK": "a book",
    "COMP": "software",
    "ELEC": "a web page",
    "WEB": "a web page",
    "BLOG": "a blog post",
    "DATA": "a data set",
    "VIDEO": "a video",
    "SOUND": "a recording",
    "MPCT": "a film",
    "NEWS": "a news article",
    "MGZN": "a magazine article",
    "PAT": "a patent",
    "THES": "a thesis",
    "MAP": "a map",
    "ART": "an artwork",
    "SLIDE": "slides",
    "CTLG": "a catalogue",
    "DICT": "a dictionary",
    "ENCYC": "an encyclopedia",
    "STAT": "a statute",
    "BILL": "a bill",
    "CASE": "a legal case",
    "HEAR": "a hearing",
    "PCOMM": "a personal communication",
    "STAND": "a standard",
    "GOVDOC": "a government document",
}
_RIS_START = re.compile(r"^TY  - ", re.MULTILINE)
# A generic record's note that opens by saying what it is (`N1  - Dataset. Local copy: …`).
# A record's note that opens by saying what kind of thing it is, in the languages its writers keep notes in (a book,
# a textbook, a course, a blog post, a video, a talk, a library, a repository, a data set), then a stop, a slash or
# a `not` (`Книга / підручник, не стаття.`, `Curso; clases 5 a 9`, `Livre, pas un article`).
NOTE_SAYS_ITS_KIND = re.compile(
    r"[ \t]*(?:an?[ \t]+|un[ae]?[ \t]+|ein[e]?[ \t]+)?(?P<kind>books?|textbook|course|blog(?:[ \t]post)?|video|talk|"
    r"library|repository|data[ \t]?set|software|tutorial|podcast|slides|"
    r"книга|книжка|підручник|учебник|курс|блог|відео|видео|доповідь|доклад|бібліотека|библиотека|репозиторі[йя]|"
    r"репозиторий|датасет|livre|libro|livro|buch|boek|kitap|książka|sách|buku|cours|curso|kurs|corso|vídeo|vidéo|"
    r"charla|vortrag|exposé|biblioteca|bibliothèque|bibliothek|repositorio|dépôt|datensatz|"
    r"kursus|cursus|buku|pustaka|kitap|ders|könyv|kurzus|kurssi|kirja|kniha|kurz|sách|khóa học|khoá học|giáo trình|강좌|"
    r"书|书籍|書籍|本|책|كتاب|课程|講義|강의|博客|ブログ|블로그|视频|動画|영상|讲座|講演|발표|库|ライブラリ|라이브러리|"
    r"数据集|データセット|데이터셋)"
    r"(?=[ \t]*(?:[/,.;:—–(-]|$)|[ \t]+(?:not|no|ne|не|kein|pas|non|nie|değil)\b)",
    re.IGNORECASE,
)
_LABEL_FIRST = re.compile(r"[^\W\d_][^:：\n]{0,30}[:：][ \t]+[A-Z0-9\"“«]")
_NOTE_KEYS = (
    "note",
    "notes",
    "comment",
    "comments",
    "remark",
    "remarks",
    "nota",
    "notiz",
    "примітка",
    "заметка",
)
_NOTE_SAYS_KIND = re.compile(
    r"[ \t]*(?:a[ \t]+|an[ \t]+)?(?:data[ \t]?set|software|code|thesis|book|blog[ \t]post|video|talk|slides|"
    r"web[ \t]?page|tutorial|course|podcast)[ \t]*(?:[.:;,—–-]|$)",
    re.IGNORECASE,
)


# RIS's types of a paper: a journal's article (in print or online), a conference's paper, a preprint.
_RIS_PAPERS = frozenset(["JOUR", "EJOUR", "JFULL", "CONF", "CPAPER", "INPR"])


def ris_records(text: str) -> Iterator[Record]:
    """One Record per RIS record (`TY  -` to `ER  -`)."""
    import rispy  # here: only RIS digests need it

    starts = [text.count("\n", 0, match.start()) for match in _RIS_START.finditer(text)]
    entries = rispy.loads(text, skip_unknown_tags=True)
    total = text.count("\n")
    for position, entry in enumerate(entries):
        start = starts[position] if position < len(starts) else total
        end = starts[position + 1] - 1 if position + 1 < len(starts) else total
        title = entry.get("title") or entry.get("primary_title") or entry.get("translated_title")
        record = Record(line=start + 1, last_line=end + 1, raw=f"TY  - {entry.get('type_of_reference', '')}")
        record.kind = "RIS"
        record.title = " ".join(str(title).split()) if title else None
        authors = entry.get("authors") or entry.get("first_authors") or []
        if authors:
            record.authors = ", ".join(_person(str(name)) for name in authors)
        record.summary = str(entry.get("abstract") or "")
        record.venue = str(entry.get("secondary_title") or entry.get("journal_name") or "") or None
        record.not_paper = _RIS_NOT_PAPERS.get(str(entry.get("type_of_reference", "")).upper())
        record.paper_type = str(entry.get("type_of_reference", "")).upper() in _RIS_PAPERS
        # (and the links to its full text, `L1`/`L2` in RIS: a PDF's address, an arXiv one among them)
        attached = [
            url
            for name in ("file_attachments1", "file_attachments2")
            for url in _as_list(entry.get(name))
            if _URL.match(url.strip())
        ]
        for url in _as_list(entry.get("urls")) + _as_list(entry.get("url")) + attached:
            record.id_text.append((url, None))
            record.links.append(url)
        if entry.get("doi"):
            record.id_text.append(("https://doi.org/" + str(entry["doi"]).strip(), Evidence.ARXIV_TEXT))
        for name in ("notes", "note", "custom1", "custom2", "number", "secondary_title", "journal_name"):
            for value in _as_list(entry.get(name)):
                record.id_text.append((value, None))
        # (dblp's arXiv preprints: `JO  - CoRR`, `VL  - abs/2101.01234`)
        journals = (
            "journal_name",
            "secondary_title",
            "alternate_title1",
            "alternate_title2",
            "alternate_title3",
        )
        venues = [value for name in journals for value in _as_list(entry.get(name))]
        record.id_text.extend(_corr_volume(str(entry.get("volume") or ""), venues))
        if record.not_paper in ("a web page", "a blog post") and any(
            match.arxiv_id or match.openreview_id
            for url in record.links
            for match in find_ids(url)
            if "://" in url[:12]
        ):
            # (`TY  - ELEC` / `UR  - https://arxiv.org/abs/…`: a library's record of the paper's page, a preprint,
            # as Zotero's BibLaTeX `@online` of an arXiv item is)
            record.not_paper = None
        if record.not_paper is None and str(entry.get("type_of_reference", "")).upper() == "GEN":
            record.not_paper = _web_only(record) if not record.id_text[len(record.links) :] else None
            for note in _as_list(entry.get("notes")) + _as_list(entry.get("note")):
                said = _NOTE_SAYS_KIND.match(note)
                if record.not_paper is None and said is not None:
                    record.not_paper = f"its note says: {said.group(0).strip(' .:')}"  # (`N1  - Dataset. …`)
        yield record


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if item]
    return [str(value)]


# --- CSV and TSV --------------------------------------------------------------------------------------------

# Column headers, lower-cased, by what the column holds.
# Headers that say the column holds papers, not just names of things.
_PAPER_HEADERS = frozenset(
    [
        "paper",
        "paper title",
        "paper name",
        "article",
        "publication",
        "论文",
        "论文标题",
        "論文",
        "論文タイトル",
    ]
)
# A title, as a sheet's header or a data file's key names it in the languages its users write: Spanish, Portuguese,
# French, German, Italian, Polish, Korean, Turkish, Russian and Ukrainian, Vietnamese, Indonesian, Czech, Greek,
# Arabic and Persian, Hindi, Hebrew, Finnish, Estonian, Hungarian, Romanian, Croatian and Serbian, Lithuanian.
_TITLE_WORDS_ABROAD = (
    *("título", "titulo", "titre", "titel", "titolo", "tytuł", "제목", "başlık", "название", "назва"),
    *("tiêu đề", "judul", "název", "τίτλος", "عنوان", "العنوان", "शीर्षक", "כותרת"),
    *("otsikko", "nimeke", "pealkiri", "cím", "titlu", "naslov", "pavadinimas"),
    *(
        "पेपर",
        "शोधपत्र",
        "পেপার",
        "เปเปอร์",
        "บทความ",
        "ชื่อเรื่อง",
        "논문",
        "논문 제목",
        "статья",
        "стаття",
        "άρθρο",
    ),
)
_TITLE_HEADERS = frozenset(
    [
        "title",
        "name",
        "paper",
        "paper title",
        "paper name",
        "article",
        "publication",
        "work",
        "reading",
        "论文",
        "标题",
        "题目",
        "论文标题",
        "名称",
        "題名",
        "タイトル",
        "論文",
        "論文タイトル",
        "item",
        "entry",
        *READING_HEADERS,
        *_TITLE_WORDS_ABROAD,
        # (a work, a publication: Polish, Spanish, Portuguese, Italian, German, Dutch, Czech)
        *(
            "praca",
            "publikacja",
            "trabajo",
            "publicación",
            "trabalho",
            "publicação",
            "lavoro",
            "pubblicazione",
        ),
        *("arbeit", "veröffentlichung", "publikation", "werk", "publicatie", "práce", "publikace"),
    ]
)
_LINK_HEADERS = frozenset(
    [
        "url",
        "link",
        "links",
        "pdf",
        "arxiv",
        "arxiv link",
        "arxiv url",
        "paper link",
        "paper url",
        "doi",
        "openreview",
        "source",
        "href",
        "链接",
        "论文链接",
        "地址",
        "リンク",
        "url(s)",
        "website",
        "landing page url",  # (OpenAlex's locations: the page and the PDF of a work where it is published)
        "pdf url",
        "link / doi",
        "link bzw. doi",
        "url / doi",
        "enlace",
        "lien",
        "reference url",  # (a config's `reference-url`: the page of the paper its `reference` names)
        "reference link",
        # (the word for a link in the languages a sheet is kept in: Icelandic, Lithuanian, Latvian, Estonian,
        # Portuguese, Italian, Czech, Polish, Swedish, Norwegian, Dutch, Turkish, Indonesian)
        *("hlekkur", "tengill", "nuoroda", "saite", "viide", "ligação", "collegamento", "odkaz", "odnośnik"),
        *("länk", "lenke", "koppeling", "bağlantı", "tautan"),
    ]
)
_AUTHOR_HEADERS = frozenset(
    [
        "author",
        "authors",
        "creator",
        "creators",
        "by",
        "作者",
        "著者",
        "저자",
        # (in German, with its inclusive forms, French, Spanish, Portuguese, Italian)
        "autor",
        "autoren",
        "autorin",
        "autorinnen",
        "autor:innen",
        "autor*innen",
        "auteur",
        "auteurs",
        "autores",
        "autori",
    ]
)
_VENUE_HEADERS = frozenset(
    [
        *("venue", "journal", "publication", "publication title", "publisher", "source", "会议/期刊"),
        # (where it was published, in the languages of a sheet's headers: Spanish, Portuguese, German, Chinese,
        # Japanese, Korean, Russian, Thai, Vietnamese)
        *("fuente", "fonte", "quelle", "出处", "来源", "出典", "출처", "источник", "แหล่งตีพิมพ์", "nguồn"),
    ]
)
_TYPE_HEADERS = frozenset(
    [
        *("item type", "type", "@type", "kind", "issue type", "类型", "種類", "種別", "tipo", "typ"),
        # (an export's type of entry: Tellico's `entry-type`, bibtexparser's `ENTRYTYPE`, Scopus' `Document Type`)
        *("entry type", "entrytype", "document type", "publication type", "reference type", "record type"),
        *("class", "clase", "classe", "klasse"),
        *("סוג", "نوع", "тип", "유형", "종류", "tür", "loại", "jenis"),  # (Hebrew, Arabic, Russian, Korean …)
        *("druh", "rodzaj", "soort", "tyyppi", "laji", "típus", "vrsta"),  # (Czech, Polish, Dutch, Finnish …)
        *(
            "tegund",
            "tipas",
            "tüüp",
            "τύπος",
        ),  # (Icelandic, Lithuanian, Estonian, Greek; not `tips`, English's too)
        # (its category, as an app's field names it in those languages: `분류`, `分類`, `категория`)
        *(
            "분류",
            "구분",
            "分類",
            "分类",
            "类别",
            "категория",
            "kategorie",
            "catégorie",
            "categoría",
            "categoria",
        ),
    ]
)
# Keys of a feed's record (a feed reader's subscription: Miniflux's, FreshRSS's, an OPML outline's `xmlUrl`).
_FEED_KEYS = frozenset(["feed url", "feedurl", "xmlurl", "rss url", "rssurl", "feed link"])
# A logged message's keys: its severity and its time.
_LOG_MESSAGE_KEYS = frozenset(["level", "severity", "log level", "loglevel", "timestamp", "@timestamp"])
_SUMMARY_HEADERS = frozenset(
    [
        *("abstract", "abstract note", "summary", "notes", "note", "tl;dr", "tldr", "摘要", "备注", "メモ"),
        *("notas", "notizen", "resumen", "resumo", "résumé"),  # (Spanish, Portuguese, German, French)
    ]
)
# Item types of a to-do or planning app's export (Todoist's `TYPE`, a tracker's `Kind`): the row is the writer's
# own words, read for the papers it names, never an entry itself.
_PROSE_TYPES = frozenset(
    # (and an issue tracker's tickets: Jira's `Epic`, `Story`, `Sub-task`, `Bug`)
    [
        "task",
        "checklist",  # (TickTick's kinds of task: `TEXT`, `CHECKLIST`, `NOTE`)
        "text",
        "subtask",
        "sub-task",
        "todo",
        "to-do",
        "note",
        "comment",
        "section",
        "reminder",
        "event",
        "epic",
        "story",
        "bug",
        "issue",
        "ticket",
        "improvement",
        "action",  # (OmniFocus' kinds of row: an `Action`, the `Project` it belongs to)
        "project",
    ]
)


# Columns only a task tracker's export has (Asana's, Jira's, Trello's, ClickUp's): its rows are tasks, named by the
# writer's words (`Raum buchen`), a paper's title among them.
_TASK_HEADERS = frozenset(
    [
        *("assignee", "assignees", "assignee email", "assigned to", "reporter", "members"),
        *("due date", "due", "completed at", "completed date", "parent task", "section/column", "list name"),
        *("sprint", "story points", "blocked by (dependencies)", "blocking (dependencies)"),
        # (a project plan's: how long a task lasts and who does it, in the languages plans are kept in)
        *("% complete", "percent complete", "resource names", "predecessors", "outline number"),
        *("dauer", "ressourcen", "vorgänger", "gliederungsnummer", "durée", "ressources", "prédécesseurs"),
        *("duración", "recursos", "predecesoras", "durata", "risorse", "predecessori", "duur", "voorgangers"),
        *("kestus", "ressurss", "czas trwania", "zasoby", "doba trvání", "varaktighet", "resurser"),
    ]
)
# (columns only a library of books has: a Zotero export's `ISBN`, `Publisher` and `Pages` hold papers too)
_BOOK_HEADERS = frozenset(["number of pages", "binding", "bookshelves", "exclusive shelf"])


# A cell's line that ends on three words in Title Case, and one that opens on two: where a form's text box wrapped
# the title typed in it (`The Curious Case of Neural` / `Text Degeneration（…）`).
_TITLE_CASE_END = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][A-Za-z\-]*|of|and|the|for|in|on|with|to|a|an|via|from|by)[ \t]+){2}[A-Z][A-Za-z\-]*[ \t]*\r?$"
)
_TITLE_CASE_OPENING = re.compile(r"[ \t]*[A-Z][a-z][A-Za-z\-]*[ \t]+[A-Z]")


def _unwrapped_cell(cell: str) -> str:
    """A cell's text with a title it wrapped put back on one line."""
    if "\n" not in cell:
        return cell
    lines = cell.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if _TITLE_CASE_END.search(out[-1]) and _TITLE_CASE_OPENING.match(line):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


# A row's key: a number of five digits or more (`187204228`), or a project's key and a number (`ML-42`).
_ROW_KEY = re.compile(r"[0-9]{5,}|[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}")
_ADDRESS_PARTS = re.compile(r"[^\w-]+")  # (an address's parts between its slashes, `?`, `=` and `&`)


def _rows_own_page(url: str, cells: Sequence[str]) -> bool:
    """Whether `url` is the row's own page in the app it was exported from, its key in the address (a tracker's
    story, `https://www.pivotaltracker.com/story/show/187204228` in the row keyed `187204228`), not a page the
    row links to."""
    if any(True for _ in find_ids(url)) or is_paper_page(url):
        return False
    words = set(_ADDRESS_PARTS.split(url))
    return any(
        _ROW_KEY.fullmatch(key := cell.strip()) and key in words for cell in cells if cell and len(cell) <= 20
    )


def table_records(text: str, delimiter: str) -> Iterator[Record]:
    """One Record per row of a CSV or TSV export; its columns are found by their header and their content."""
    rows = list(_rows(text, delimiter))
    # (an app's backup may open on lines of its own before the header, a cell each: TickTick's `"Date: …"`,
    # `"Version: 7.1"`; the header is the first row of several cells)
    # (or rows that fill one cell of many, Excel's title lines over a table: `Groupe de lecture …;;;;;;`)
    lead = next((position for position, (_, cells) in enumerate(rows[:10]) if _filled(cells) >= 3), 0)
    if all(_filled(cells) <= 1 for _, cells in rows[:lead]):
        rows = rows[lead:]
    if len(rows) < 2:
        return
    (header_line, header), body = rows[0], rows[1:]
    # (a database's or a survey tool's column names join their words with `_`: REDCap's `paper_title`)
    names = [_header_name(cell) for cell in header]
    title_column = _column(names, _TITLE_HEADERS)
    if title_column is None:
        # (a column headed by the word for a paper in the sheet's language: `Artículo`, `Стаття`, `מאמר`)
        title_column = next((index for index, name in enumerate(names) if A_PAPER.fullmatch(name)), None)
    link_columns = [index for index, name in enumerate(names) if name in _LINK_HEADERS]
    if title_column is not None and _links_column([cells for _, cells in body], title_column):
        # (a column headed as the paper, `Статья`, that holds its link: a column of links; the titles are in
        # another, a tracker's `subject`)
        link_columns.append(title_column)
        title_column = _titlest_column(
            [cells for _, cells in body], len(header), _column(names, _DESCRIPTION_HEADERS)
        )
    coded = title_column is not None and names[title_column] == "name" and _codes_column(body, title_column)
    if coded:
        # (a tracker's `Name` that holds its tasks' codes, Kitsu's `LEK_010`: no titles; its description says them)
        title_column = None
    author_column = _column(names, _AUTHOR_HEADERS)
    type_column = _column(names, _TYPE_HEADERS)
    summary_column = _column(names, _SUMMARY_HEADERS)
    prose_column = _column(names, _DESCRIPTION_HEADERS)
    tags_column = _column(names, _TAGS_HEADERS)
    venue_column = _column(names, _VENUE_HEADERS)
    if venue_column is None:
        # (a column headed in another language, `Congreso / revista`, that names venues: `NeurIPS`, `ICLR`)
        venue_column = _venues_column([cells for _, cells in body], len(header))
    # (or headed by the word for a paper in the sheet's language: `Стаття`, `Artículo`, `מאמר`)
    paper_column = title_column is not None and (
        names[title_column] in _PAPER_HEADERS or A_PAPER.fullmatch(names[title_column]) is not None
    )
    totals = next(
        (position for position, (_, cells) in enumerate(body) if _totals_row(cells, title_column)), None
    )
    if totals is not None:
        body = body[:totals]  # (a sheet's totals row ends its table: the notes below it are no records)
    if title_column is None and not (coded and prose_column is not None):
        # (a column headed as the writer's words, a time sheet's `Description`, is no column of titles)
        title_column = _titlest_column([cells for _, cells in body], len(header), prose_column)
    asked = None
    if title_column is None or names[title_column] == "name":
        # (no column of titles by its header or its cells, or only one headed `Name`, a survey's respondent: a
        # question that asks for a paper heads the column of titles)
        asked = _asked_for_papers([cells for _, cells in body], names)
        if asked is not None:
            title_column, paper_column = asked, True
    if title_column is None and prose_column is None:
        # (and with no column of titles, one headed as notes, a focus timer's `Note`, holds the writer's words)
        prose_column = summary_column
    # (a table whose described rows mostly name things, not papers: a radar's blips, a glossary's terms; a name
    # there that reads as a title, `Kuantisashon di 4 bit despues di training`, is one of its things too)
    described_names = [
        _cell(cells, title_column) for _, cells in body if _is_prose_cell(_cell(cells, prose_column))
    ]
    # (a name read without its label: `Ανάγνωση: Title`, `Reading: Title` names the paper)
    things_named = sum(not _reads_as_paper_name(clean_title(name)) for name in described_names) * 2 > len(
        described_names
    )
    # (no column of titles at all: a sheet of the writer's words, a copy-editor's queries and their answers, whose
    # cells cite papers in their sentences: `Ye un articlo: Dao, T. et al. (2022). Title. Venue.`)
    # (but a tracker whose names count sessions or are codes has its words in its description column: read below)
    worded = (
        title_column is None
        and not (coded and prose_column is not None)
        and sum(1 for _, cells in body if any(map(_is_prose_cell, cells))) * 2 >= len(body)
    )
    # (a table whose rows mostly give a paper's id or page holds papers' titles, whatever its header says in
    # whatever language, `Teitl y papur`: a row without a link whose title reads as a paper's is one too, short)
    papers_around = not paper_column and _papers_by_row(body) * 2 >= len(body)
    kind = "TSV" if delimiter == "\t" else "CSV"
    typed_papers = type_column is not None and any(
        _cell(cells, type_column).casefold().replace(" ", "") in PAPER_TYPES for _, cells in body
    )
    # (a library's shelf: Goodreads', LibraryThing's or Calibre's export, its books' ISBN and pages or binding)
    bookshelf = (
        type_column is None
        and any(name.startswith("isbn") for name in names)
        and any(name in _BOOK_HEADERS for name in names)
    )
    tasks = type_column is None and sum(name in _TASK_HEADERS for name in names) >= 2
    papers_part = (
        True  # (a sheet's rows under a part's label that says they are not papers, `Ressources (hors
    )
    # articles)`, alone in its row, are none; a part's label that does not say so ends that)
    for position, (line, cells) in enumerate(body):
        last = body[position + 1][0] - 1 if position + 1 < len(body) else line
        if _filled(cells) == 1 and not any(find_ids(" ".join(cells))) and not _URL.search(" ".join(cells)):
            label = next(cell for cell in cells if cell.strip())
            if len(label.split()) <= 6:
                papers_part = not says_not_papers(label)
        record = Record(line=line, last_line=max(line, last), raw=delimiter.join(cells), kind=kind)
        if not papers_part:
            record.not_paper = "in a part of the sheet whose label says its rows are not papers"
        cell = _cell(cells, title_column)
        record.title = (_answered_title(cell) if asked is not None else cell) or None
        if title_column is not None and names_its_column(cell, names[title_column]):
            record.not_paper = "a remark that names its column, where a title would stand"
        if len({match.arxiv_id or match.openreview_id for match in find_ids(cell)}) > 1:
            # (a cell citing two papers, each with its id: read as the writer's words, a paper each)
            record.title, record.kind, record.body = None, PROSE_VALUE, cell
            yield record
            continue
        if asked is not None and "\n" in cell.strip():
            # (an answer naming a second paper on its next line, `Title A` / `and with it Title B`: read for it)
            record.body = cell.strip().split("\n", 1)[1]
        if asked is not None and title_strength(record.title or "", structured=True) == 0:
            # (an answer that names no paper, `Other` with the title in the next column, `-`: the row is read as
            # the writer's words, for the papers its other answers name)
            record.title, record.kind = None, PROSE_VALUE
            record.body = "\n\n".join(_unwrapped_cell(cell) for cell in cells if cell)
            yield record
            continue
        record.authors = _cell(cells, author_column) or None
        record.summary = _cell(cells, summary_column)
        if _CITES.search(record.summary):
            # (a note that quotes or cites a paper, `Resumen de «Title» (Robinson et al., ICLR 2021)`: read for it)
            record.body = record.summary
        record.venue = _cell(cells, venue_column) or None
        kind_of_item = "task" if tasks else _cell(cells, type_column).casefold().replace(" ", "")
        said = (
            [
                cell
                for cell in cells
                if _said_as_title(cell.strip().rstrip(". ")) and research_title(cell.strip())
            ]
            if worded
            else []
        )
        if (
            worded
            and len(said) == 1
            and not any(map(_is_prose_cell, cells))
            and not _URL.search(" ".join(cells))
            and not any(find_ids(" ".join(cells)))
        ):
            # (a chat's message that is a paper's title alone, pasted, among the writer's sentences: Viber's export,
            # `04/03/2024,20:17:02,Name,+30…,Title`: named by it, as a card is)
            record.title, record.named = said[0].strip().rstrip(". "), True
        elif worded:
            record.kind = PROSE_VALUE
            record.body = "\n\n".join(_unwrapped_cell(cell) for cell in cells if cell)
            yield record
            continue
        described = _cell(cells, prose_column)
        if record.venue is None and (opened := VENUE_YEAR.match(described.lstrip())) is not None:
            record.venue = (
                opened.group()
            )  # (`ICLR 2020. Code: https://…`: a description opening on where it appeared)
        # (the description's words before the writer's note after a dash or their parenthesis: `Title - klasyka, od
        # tego zaczynamy.`, `Title (Song i Ermon)`)
        # (or before the cell's next line: `Title⏎Maths in the appendix, not required.`)
        opening = _NOTE_AFTER_TITLE.split(described.strip().split("\n", 1)[0], maxsplit=1)[0].rstrip(". ")
        if title_column is None and prose_column is not None and _said_as_title(described.rstrip(". ")):
            # (no column of titles but one of the writer's words, a time sheet's `Description`: a row that says
            # only a paper's title in Title Case is named by it, as a card is)
            record.title, record.named = described, True
        elif (
            title_column is None
            and prose_column is not None
            and opening != described.strip().rstrip(". ")
            and not any(mark in opening for mark in '"“”„«»')
            # (a colon after a name only, `AutoDropout: Title`, not after the writer's label, `Okuma: Title`)
            and (":" not in opening or _COINED_NAME_COLON.match(opening) is not None)
            and _said_as_title(opening)
        ):
            # (or that opens on one, then the writer's note: a task list's `Title - classic, we start with it`)
            record.title, record.named = opening, True
        elif title_column is None and prose_column is not None:
            # (what the other rows say is read as a short paragraph, `Okuma: Title`, its links and ids with it)
            record.kind = PROSE_VALUE
            record.body = "\n\n".join(
                cell
                for index, cell in enumerate(cells)
                if cell and (index == prose_column or _URL.search(cell) or any(find_ids(cell)))
            )
            yield record
            continue
        named = clean_title(record.title) if record.title else ""  # (`Sitzung 3: Title`: the title)
        tagged_paper = (
            len(named.split())
            >= 3  # (not a nickname: `BIG-bench` tagged `paper` names the paper, not its title)
            and _tagged_paper(cells, tags_column)
            and title_strength(named, structured=True) >= 1
        )
        if kind_of_item in _PROSE_TYPES and not (
            named and not _URL.search(named) and (_said_as_title(named) or tagged_paper)
        ):
            # (`task,Confirm talk title with Priya,...`: read as a paragraph for what it cites, its links too; a
            # line a cell, so that a task named by a title heads what its other cells say. A task named by a title
            # in Title Case, `task,"Do As I Can, Not As I Say: Grounding …"`, is a card's: named by it)
            record.kind = PROSE_VALUE
            record.body = "\n".join(
                cell
                for index, cell in enumerate(cells)
                if cell
                and index != type_column
                and (
                    index in (title_column, summary_column, prose_column)
                    or _URL.search(cell)
                    or any(find_ids(cell))
                )
            )
            yield record
            continue
        record.named = record.named or kind_of_item in _PROSE_TYPES
        if (
            kind_of_item in _PROSE_TYPES
            and described
            and not record.body
            and described.strip() != cell.strip()
        ):
            record.body = described  # (a task named by a title: the papers its description names besides)
        if record.authors is None and described:
            # (no column of authors: the names the description opens on, `Xie, Tan, Gong et al. What it does.`)
            record.authors = _opening_authors(described)
            record.source_cited = (
                record.authors is not None and _CITED_LEAD.match(described.lstrip()) is not None
            )
        if (
            not record.named
            and described
            # (or a short one naming a paper by its id, the row named in another script: a card named for a session)
            and (
                _is_prose_cell(described)
                or (mostly_other_script(cell) and any(True for _ in find_ids(described)))
            )
            and (
                things_named
                or not _reads_as_paper_name(clean_title(cell))
                or _names_a_session(clean_title(cell))
            )
            # (a row with its authors names a work, never a radar's thing: `Smooth Adversarial Training` by five)
            and not (record.authors and person_names(record.authors))
        ):
            # (a technology radar's blip, a glossary's term: `DoRA,Trial,…,"<p>… Title (arXiv:…) …</p>"`: the row
            # names a thing, its description the papers; read as the writer's words, never an entry itself)
            record.kind = PROSE_VALUE
            record.body = html_value_to_markdown(described) if is_html_value(described) else described
            yield record
            continue
        record.not_paper = (
            record.not_paper
            or NOT_PAPER_TYPES.get(kind_of_item)
            or ("a book" if bookshelf else None)
            or _tagged_as(cells, tags_column)
        )
        if record.not_paper is None and kind_of_item and typed_papers and kind_of_item not in PAPER_TYPES:
            record.not_paper = f"a {kind_of_item}, not a paper"  # (its type column says papers elsewhere)
        record.paper_type = kind_of_item in PAPER_TYPES or tagged_paper  # (or tagged so: `doc-paper`)
        record.paper_headed = paper_column
        record.paper_column = paper_column or (
            papers_around
            and title_strength(cell, structured=False) >= 1
            and capital_ratio(cell.split()) == 1
            and not any(char.isdigit() for char in cell)
        )
        for index, value in enumerate(cells):
            if index == summary_column and value and (alone := _own_link_line(value)) is not None:
                # (a task's notes, `Tom B. Brown, … et al.` / `https://arxiv.org/abs/2005.14165` / `Fokus: …`: the
                # line that is its paper's link alone is the row's; other papers its notes cite are not)
                record.links.extend(_URL.findall(alone))
                record.id_text.append((alone, None))
                continue
            if index == summary_column and value and not record.body and any(True for _ in find_ids(value)):
                # (notes that cite other papers by their ids, `see also "Title" https://arxiv.org/abs/…`: read for
                # the papers they name, every id kept)
                record.body = value
            if index == summary_column or not value:
                continue
            if asked is not None and index != asked and index not in link_columns and _is_prose_cell(value):
                # (a survey's answer in the writer's words, `Why this paper?`: the papers it names are read from
                # it, its links are not the asked paper's)
                if _URL.search(value) or any(True for _ in find_ids(value)):
                    record.body = "\n\n".join(part for part in (record.body, value) if part)
                continue
            urls = [url for url in _URL.findall(value) if not _rows_own_page(url, cells)]
            if index in link_columns and not urls and _URL.search(value):
                continue  # (a tracker's `URL` column: the story's own page, its id in the address)
            if (
                urls
                and index not in link_columns
                and _RELATION_CELL.fullmatch(value)
                and not _papers_linked(value)
            ):
                continue  # (Notion's relation to another page of its workspace: `Week 2 (https://www.notion.so/…)`)
            if index in link_columns or urls:
                record.links.extend(urls or ([value] if index in link_columns and "/" in value else []))
            column = names[index] if index < len(names) else ""
            written = (
                Evidence.ARXIV_TEXT
                # (or a cell that is an arXiv id and nothing else: `2104.14294` in a sheet's link column; not a
                # link in a column whose question names arXiv, `Link to the paper (arXiv, OpenReview…)`)
                if (
                    (column == "doi" or column in _DATA_ID_KEYS or "arxiv" in column)
                    and not urls
                    and not _PAPER_HOST.search(value)
                )
                or _ID_CELL.fullmatch(value)
                else None
            )
            record.id_text.append((value, written))  # (`2004.05150` in an `arXiv` column is that id)
        yield record
    del header_line


# A cell naming other pages of the workspace, each with its address, as Notion exports a relation:
# `Week 2 (https://www.notion.so/Week-2-…)`, `Alice (https://…), Bob (https://…)`.
def _filled(cells: Sequence[str]) -> int:
    """How many of a row's cells hold anything."""
    return sum(1 for cell in cells if cell.strip())


_PAPER_TAG_WORDS = frozenset(["paper", "papers", "论文", "論文", "논문"])
# Words that, in a tag, say the opposite of the word after them (`non-paper`, `not_paper`, `kein Paper`, `非论文`).
_TAG_NEGATIONS = frozenset(["non", "not", "no", "kein", "keine", "nicht", "sin", "sem", "pas", "非", "不是"])


def _paper_tags(cells: Sequence[str], tags_column: int | None) -> Iterator[bool]:
    """For each of a row's tags that names papers (`doc-paper`, `paper`, `论文`), whether it says the row is one
    (`non-paper`, `非论文`: a tag that says it is not)."""
    for part in re.split(r"[,;]", _cell(cells, tags_column)):
        words = [word for word in re.split(r"[-_/ ]", part.strip().casefold()) if word]
        if words and words[0][:1] == "非" and words[0][1:] in _PAPER_TAG_WORDS:
            yield False
        # (or the word for a paper in the list's language: `Artikel`, `artículo`, `статья`)
        elif any(word in _PAPER_TAG_WORDS or A_PAPER.fullmatch(word) for word in words):
            yield not any(word in _TAG_NEGATIONS for word in words)


def _tagged_paper(cells: Sequence[str], tags_column: int | None) -> bool:
    """Whether a row's tags say it is a paper (`doc-paper,prompt`, `paper`, `论文`): its name is then a title."""
    return any(_paper_tags(cells, tags_column))


def _tagged_as(cells: Sequence[str], tags_column: int | None) -> str | None:
    """The kind of thing a row's tags say it is (`teaching, slides`, `thesis, draft`: a library's tags; `non-paper`),
    when it is not a paper and the row gives no paper's id or page."""
    if False in _paper_tags(cells, tags_column) and not any(
        _papers_linked(value) for value in cells if value
    ):
        return "tagged as no paper"
    tag = _kind_tagged(_cell(cells, tags_column))
    said = NOT_PAPER_TYPES[tag] if tag is not None else None
    return said if said is not None and not any(_papers_linked(value) for value in cells if value) else None


def _kind_tagged(tags: str) -> str | None:
    """The first of a row's or a record's tags (`teaching, slides`, `blog,escalado`) that names a kind of thing other
    than a paper, or None."""
    return next(
        (tag for part in re.split(r"[,;]", tags) if (tag := part.strip().casefold()) in NOT_PAPER_TYPES), None
    )


_CITES = re.compile(r"[«“„\"][^«»“”„\"]{12,}[»”“\"][ \t]*\([^()]*\b(?:et al|(?:19|20)[0-9]{2})\b")
_TAGS_HEADERS = frozenset([
    "tags", "tag", "labels", "etiquetas", "schlagwörter", "étiquettes", "etiketter", "etiketten", "etichette",
    "tagit", "címkék", "štítky", "etykiety", "метки", "теги", "标签", "標籤", "タグ", "태그",
])  # fmt: skip
_RELATION_CELL = re.compile(
    r"[^()\n]{1,120}[ \t]\(https?://[^\s()]+\)(?:,[ \t]*[^()\n]{1,120}[ \t]\(https?://[^\s()]+\))*"
)


def _papers_linked(value: str) -> bool:
    """Whether a cell gives a paper's id or links a paper's page."""
    return any(True for _ in find_ids(value)) or any(is_paper_page(url) for url in _URL.findall(value))


# Headers of a column of the writer's words about the row's thing (not a paper's own abstract).
_DESCRIPTION_HEADERS = frozenset(
    [
        *("description", "details", "comment", "comments", "body", "text", "content", "entry"),
        # (in the languages a tracker's export is written in: Spanish, Portuguese, Italian, French, German, Dutch,
        # Polish, Czech, Russian, Ukrainian, Turkish, Vietnamese, Indonesian, Chinese, Japanese, Korean)
        *("descripción", "descrição", "descrizione", "beschreibung", "beschrijving", "opis", "popis"),
        *("описание", "опис", "açıklama", "mô tả", "deskripsi", "描述", "说明", "説明", "설명"),
        # (and Persian, Arabic, Hebrew, Hindi, Bengali, Thai, Greek, Georgian, Romanian, Hungarian, Swedish, Finnish)
        *("توضیحات", "الوصف", "תיאור", "विवरण", "বিবরণ", "รายละเอียด", "περιγραφή", "აღწერა", "descriere"),
        *("leírás", "beskrivning", "kuvaus"),
        # (and a comment's column, as time sheets and trackers name it: Norwegian, Danish, Swedish, German, French,
        # Spanish, Portuguese, Italian, Dutch, Polish, Czech, Slovak, Russian, Ukrainian, Turkish, Finnish, Hungarian)
        *("kommentar", "kommentarer", "merknad", "beskrivelse", "bemærkning", "anmerkung", "commentaire"),
        *("comentario", "comentário", "commento", "opmerking", "komentarz", "komentář", "komentár"),
        *("комментарий", "коментар", "yorum", "kommentti", "megjegyzés"),
        # (and Icelandic, Lithuanian, Latvian, Estonian, Croatian and Slovenian, Romanian, Greek, Indonesian)
        *(
            "athugasemdir",
            "athugasemd",
            "lýsing",
            "komentaras",
            "komentarai",
            "aprašymas",
            "komentārs",
            "apraksts",
        ),
        *("kommentaar", "kirjeldus", "komentar", "komentari", "comentariu", "σχόλια", "σχόλιο", "catatan"),
        *(
            "task content",
            "task description",
            "card description",
            "issue description",
        ),  # (ClickUp's, Trello's)
    ]
)
# Every column's name the headers above know: a header in two languages is read by the part that is one of them.
_KNOWN_HEADERS = (
    _PAPER_HEADERS
    | _TITLE_HEADERS
    | _LINK_HEADERS
    | _AUTHOR_HEADERS
    | _VENUE_HEADERS
    | _TYPE_HEADERS
    | _SUMMARY_HEADERS
    | _TAGS_HEADERS
    | _DESCRIPTION_HEADERS
)
_HEADER_LANGUAGES = re.compile(r"[ \t]+[/|][ \t]+")
_PROSE_WORDS = 12  # words a description holds, at least, to be read as prose
_PROSE_CJK_LETTERS = 20  # (or Chinese, Japanese or Korean letters)
_CJK_LETTER = re.compile(f"[{CJK_LETTERS}]")


def _is_prose_cell(value: str) -> bool:
    """A cell of prose: HTML, or a dozen words and more (in Chinese or Japanese, written without spaces, a dozen
    words' characters)."""
    return bool(value) and (
        is_html_value(value)
        or len(value.split()) >= _PROSE_WORDS
        or len(_CJK_LETTER.findall(value, 0, 200)) >= _PROSE_CJK_LETTERS
    )


# The lead of a row's description up to where its authors would end: a dash, a parenthesis, `et al.`, a comma
# before a venue in capitals (`Gatopoulos & Tomczak — https://…`, `**Foret, Kleiner et al.**, ICLR 2021`).
_AUTHORS_LEAD = re.compile(
    r"[*_]*(?P<who>[^\n(—–:*_]{3,160}?)[*_]*(?:[ \t]+[—–-][ \t]|[ \t]*\(|,[ \t]+(?=[A-Z]{3,}[ \t]*(?:19|20)?[0-9]{2})"
    r"|(?<=\bal)\.|[ \t]*$)",
    re.MULTILINE,
)


def _opening_authors(described: str) -> str | None:
    """The authors' names a row's description opens on (then its venue, link or the writer's note), if any."""
    lead = _AUTHORS_LEAD.match(described.lstrip())
    who = lead.group("who").strip(" ,.;") if lead is not None else ""
    return who if who and person_names(who) else None


def _reads_as_paper_name(name: str) -> bool:
    """Whether a row's name reads as a paper's title (then its description is about that paper)."""
    return title_strength(name, structured=True) == 2 and (
        len(name.split()) >= 4 or ":" in name or "?" in name
    )


def _names_a_session(name: str) -> bool:
    """Whether a row's name is a session's number and its topic (`Séance 6 : robustesse et raccourcis`), no paper's
    title: what the session reads is in its description."""
    return PART_LEAD.match(name) is not None and NUMBERED_PART.match(name) is None


def _papers_by_row(body: Sequence[tuple[int, list[str]]]) -> int:
    """How many rows give a paper's arXiv or OpenReview id, or a link to a paper's page, in any cell."""
    return sum(1 for _, cells in body if any(_papers_linked(cell) for cell in cells if cell))


# What a sheet's totals row says, in the languages its users write (`Total`, `Summe`, `Итого`, `合计`).
_TOTALS = frozenset(
    [
        *(
            "total",
            "totals",
            "grand total",
            "sum",
            "summe",
            "gesamt",
            "insgesamt",
            "totale",
            "totaal",
            "suma",
        ),
        *("razem", "celkem", "yhteensä", "summa", "toplam", "tổng", "tổng cộng", "jumlah", "итого", "всего"),
        *(
            "разом",
            "усього",
            "合计",
            "总计",
            "合計",
            "總計",
            "합계",
            "총계",
            "σύνολο",
            "المجموع",
            "الإجمالي",
            "कुल",
        ),
        *("סה״כ", 'סה"כ', "جمع کل", "รวม"),
    ]
)


def _totals_row(cells: Sequence[str], title_column: int | None) -> bool:
    """A row of sums: no title, and a cell that says `Total` (in any language) with a number after it."""
    if title_column is None:
        return False
    titled = _cell(cells, title_column)
    if titled:
        # (`Total présentés : 5 / 8` in the titles' column: a count, no title)
        first = titled.casefold().split(None, 1)[0].rstrip(" :：")
        return (
            first in _TOTALS and any(char.isdigit() for char in titled) and (":" in titled or "：" in titled)
        )
    for index, cell in enumerate(cells):
        if cell.casefold().rstrip(" :：") in _TOTALS:
            return any(value.replace(".", "").replace(",", "").isdigit() for value in cells[index + 1 :])
    return False


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(1-based first line, cells) of each non-empty row."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    previous_end = 0
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            stripped = [cell.strip() for cell in cells]
            if any(stripped):
                yield start, stripped
    except csv.Error:
        return  # a broken quote: the rows read so far stand


def _header_name(cell: str) -> str:
    """A column's name as its header cell gives it, in lower case, its words one space apart (a database's `_` read
    as a space: REDCap's `paper_title`); of a header in two languages, the part that names a known column
    (`Paper / بابەت`, `ڕێکەوت / Date`)."""
    name = " ".join(cell.casefold().replace("_", " ").split())
    if " / " in name or " | " in name:
        for part in _HEADER_LANGUAGES.split(name):
            if part in _KNOWN_HEADERS or A_PAPER.fullmatch(part):
                return part
    return name


def _column(names: Sequence[str], wanted: Iterable[str]) -> int | None:
    """The first column whose header is one of `wanted`, as written or without its diacritics (a database's
    column names are often ASCII: `baslik` for `başlık`, `tur` for `tür`)."""
    wanted = set(wanted)
    found = next((index for index, name in enumerate(names) if name in wanted), None)
    if found is not None:
        return found
    folded = {ascii_folded(name) for name in wanted}
    return next((index for index, name in enumerate(names) if name.isascii() and name in folded), None)


_ID_CELL = re.compile(BARE_ID)
_VENUE_CELL = re.compile(r"(?:" + VENUE_NAMES + r"|IEEE|ACM|Proc\b|Proceedings|Journal|Transactions)\b")
_VENUE_SHARE = 0.6  # (of a column's cells naming a venue, at least, for it to be the venues' column)


def _venues_column(rows: Sequence[Sequence[str]], width: int) -> int | None:
    """The column whose cells mostly name a venue (for a header that says so in words not known here)."""
    for index in range(width):
        cells = [row[index] for row in rows if index < len(row) and row[index]]
        if len(cells) >= 2 and sum(
            1 for cell in cells if len(cell) <= 60 and _VENUE_CELL.match(cell)
        ) >= _VENUE_SHARE * len(cells):
            return index
    return None


def _links_column(rows: Sequence[Sequence[str]], index: int) -> bool:
    """Whether most of a column's filled cells are a link and nothing else."""
    cells = [row[index].strip() for row in rows if index < len(row) and row[index].strip()]
    return bool(cells) and sum(1 for cell in cells if _URL.fullmatch(cell)) * 2 > len(cells)


def _codes_column(body: Sequence[tuple[int, Sequence[str]]], index: int) -> bool:
    """Whether a column's cells are mostly codes: one word each, with a digit (`LEK_010`, `SHOT-0040`), or the
    same words and a number that counts (`Reading club week 1`, `Reading club week 2`, …), maybe before a dash and
    the session's topic (`Reading 1 - foundations`)."""
    cells = [cells[index] for _, cells in body if index < len(cells) and cells[index]]
    coded = sum(1 for cell in cells if len(cell.split()) == 1 and any(char.isdigit() for char in cell))
    # (the label before a dash or a colon, the session's topic after it aside: `Reading 7 - 3D from one image`)
    labels = [_LABEL_END.split(cell, maxsplit=1)[0] for cell in cells]
    numbered = [_DIGITS.sub("#", label).casefold() for label in labels if _DIGITS.search(label)]
    serial = max((numbered.count(label) for label in set(numbered)), default=0)
    return bool(cells) and max(coded, serial if serial >= 3 else 0) * 3 >= len(cells) * 2


_DIGITS = re.compile(r"[0-9]+")
_LABEL_END = re.compile(r"[ \t]+[-–—:][ \t]+|:[ \t]+")


def _titlest_column(rows: Sequence[Sequence[str]], width: int, prose: int | None) -> int | None:
    """The column whose cells read most like paper titles (for a header that names none), other than `prose`."""
    best, best_score = None, 0.0
    for index in range(width):
        if index == prose:
            continue
        cells = [row[index] for row in rows if index < len(row) and row[index]]
        if not cells or len(set(cells)) * 2 <= len(cells):
            continue  # (a column that mostly repeats itself, a time sheet's user or project, names no papers)
        if sum(1 for cell in cells if len(cell.split()) >= 2) * 2 < len(cells):
            continue  # (a column of one word a cell, a tracker's keys `KEY-7`, names no papers)
        # (a short title, `Layer Normalization`, counts half: a sheet of papers has them beside long ones)
        # (a column of people's names, `Aguilar Ruiz, Lucía`, is a sheet's students or authors: no titles)
        score = sum(
            min(title_strength(cell, structured=True), 2) / 2 for cell in cells if not person_names(cell)
        ) / len(rows)
        if score > best_score:
            best, best_score = index, score
    return best if best_score >= 0.5 else None


def _asked_for_papers(rows: Sequence[Sequence[str]], names: Sequence[str]) -> int | None:
    """The column a survey's question heads that asks for a paper (`Suggest a paper to discuss (title or link)`,
    in any language): its answers are short, a title or a link, never the writer's sentences (the column that asks
    `Why this paper?` holds those; an answer may add a few words after its title)."""
    for index, name in enumerate(names):
        if A_PAPER.search(name) is None:
            continue
        cells = [row[index] for row in rows if index < len(row) and row[index].strip()]
        if len(cells) < 2 or _links_column(rows, index):
            continue  # (`Link to the paper`: its page's address)
        answers = [_answered_title(cell) for cell in cells]
        if sum(map(_is_prose_cell, answers)) * 3 <= len(answers) and sum(
            title_strength(answer, structured=True) >= 1 for answer in answers
        ) * 2 > len(answers):
            return index
    return None


# A paper's page written without its scheme (`arxiv.org/abs/1706.03762v5`): a link all the same.
_PAPER_HOST = re.compile(r"\b(?:arxiv\.org|openreview\.net)/", re.IGNORECASE)
# Where an answer's title ends: at a link or a line break (a spaced dash stands between it and a note).
_LINK_OR_BREAK = re.compile(r"(?:https?://|www\.)|\n")


def _answered_title(cell: str) -> str:
    """The title a survey's answer gives, without the link or the note after it (`Title, https://…`,
    `"Title"` / `https://…`, `Title — a recording exists`), or the authors before it (`Tan & Le — Title`): of the
    parts a spaced dash parts, the one that reads most as a title."""
    ending = _LINK_OR_BREAK.search(cell)
    answer = cell[: ending.start()] if ending is not None else cell
    parts = [part.strip().rstrip(",;:").strip(' "“”«»') for part in SPACED_DASH.split(answer)]
    # (the part naming no authors first: `Ruiz & Okafor (NeurIPS 2021) — Title` reads as strongly as the title does)
    return max(
        parts, key=lambda part: (title_strength(part, structured=True), _opening_authors(part) is None)
    )


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def table_delimiter(text: str, named: str) -> str:
    """The delimiter a CSV or TSV export uses: the one its file's kind names, unless its header splits more
    often on another (Excel in a locale whose decimal mark is a comma writes `;`)."""
    header = next((line for line in text[:4000].split("\n") if line.strip()), "")
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > counts[named] else named


def looks_like_table(text: str, delimiter: str) -> bool:
    """Whether a text named as a CSV/TSV export is one: a header and rows of cells (a row may leave out its
    empty cells at the end, as hand-made files and copies that strip line ends do; a quoted cell may hold
    line breaks, as Notion's and spreadsheets' notes do)."""
    sample = text[:20000] if len(text) <= 20000 else text[: text.rfind("\n", 0, 20000) + 1]  # (whole lines)
    try:
        rows = [
            row
            for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
            if any(cell.strip() for cell in row)
        ]
    except csv.Error:
        rows = [row.split(delimiter) for row in sample.split("\n") if row.strip()]
    lead = next((position for position, row in enumerate(rows[:10]) if len(row) >= 3), 0)
    rows = rows[lead:][:20]  # (past an app's lines of its own before the header: see `table_records`)
    if len(rows) < 3:
        return False
    counts = [len(row) - 1 for row in rows]
    return counts[0] >= 1 and sum(1 for count in counts if count >= 1) >= 0.8 * len(counts)


def named_tables(text: str, delimiter: str) -> list[tuple[int, str]] | None:
    """The tables of a CSV export that holds several, each under its name (Apple Numbers writes a sheet's tables
    so: a line with the table's name, its header and rows, a blank line, the next table's name …), as (the number of
    lines before it, its text); None when the text does not open on such a name."""
    lines = text.split("\n")
    starts = [
        index
        for index in range(len(lines) - 1)
        if (index == 0 or not lines[index - 1].strip())
        and lines[index].strip()
        and delimiter not in lines[index]
        and lines[index + 1].count(delimiter) >= 1
    ]
    if not starts or starts[0] != 0:
        return None
    tables: list[tuple[int, str]] = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        tables.append((start + 1, "\n".join(lines[start + 1 : end])))
    return tables


# --- RSS and Atom feeds -------------------------------------------------------------------------------------

_FEED_ITEM = re.compile(r"<(?P<tag>item|entry)\b[^>]*>(?P<body>.*?)</(?P=tag)>", re.DOTALL | re.IGNORECASE)
_FEED_TITLE = re.compile(r"<title\b[^>]*>(?P<value>.*?)</title>", re.DOTALL | re.IGNORECASE)
_FEED_LINK = re.compile(
    r"<link\b[^>]*?href=[\"'](?P<href>[^\"']+)[\"'][^>]*>|<link\b[^>]*>(?P<text>.*?)</link>|"
    r"<guid\b[^>]*>(?P<guid>.*?)</guid>|<id>(?P<id>.*?)</id>",
    re.DOTALL | re.IGNORECASE,
)
_FEED_SUMMARY = re.compile(
    r"<(?P<tag>description|summary|content)\b[^>]*>(?P<value>.*?)</(?P=tag)>", re.DOTALL | re.IGNORECASE
)
_FEED_AUTHOR = re.compile(
    r"<(?:dc:creator|name)\b[^>]*>(?P<value>.*?)</(?:dc:creator|name)>", re.DOTALL | re.I
)
_CDATA = re.compile(r"<!\[CDATA\[(?P<value>.*?)\]\]>", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
# arXiv's feeds end a title with its id: `Title. (arXiv:2106.01345v1 [cs.LG])`.
_ARXIV_TITLE_TAIL = re.compile(r"\.?[ \t]*\(arXiv:[^)]*\)[ \t]*$")


def _feed_text(value: str) -> str:
    import html

    value = _CDATA.sub(lambda match: match.group("value"), value)
    return " ".join(html.unescape(_TAGS.sub(" ", html.unescape(value))).split())


def feed_records(text: str) -> Iterator[Record]:
    """One Record per RSS `<item>` or Atom `<entry>`: a paper when it links one (arXiv's own feeds, a journal's)."""
    for match in _FEED_ITEM.finditer(text):
        body = match.group("body")
        start = text.count("\n", 0, match.start())
        record = Record(
            line=start + 1,
            last_line=start + 1 + body.count("\n"),
            raw=_show(_feed_text(body))[:160],
            kind="feed",
        )
        title = _FEED_TITLE.search(body)
        if title is not None:
            record.title = _ARXIV_TITLE_TAIL.sub("", _feed_text(title.group("value"))) or None
        for link in _FEED_LINK.finditer(body):
            url = _feed_text(
                link.group("href") or link.group("text") or link.group("guid") or link.group("id") or ""
            )
            if url.startswith(("http://", "https://")):
                record.links.append(url)
                record.id_text.append((url, None))
        summary = _FEED_SUMMARY.search(body)
        if summary is not None:
            record.summary = _feed_text(summary.group("value"))
            record.id_text.append((record.summary[:300], None))
        authors = [_feed_text(found.group("value")) for found in _FEED_AUTHOR.finditer(body)]
        record.authors = ", ".join(author for author in authors if author) or None
        publisher = _FEED_PUBLISHER.search(body)
        if publisher is not None:
            record.venue = (
                _feed_text(publisher.group("value")) or None
            )  # (a book's publisher: weighed as a book)
        if _FEED_ISBN.search(body) is not None or (record.title and EDITION.search(record.title)):
            # (an e-book catalogue's entry, OPDS's `urn:isbn:`, or a title that names its edition: `(2nd edition)`)
            record.not_paper = "a book (its ISBN or edition)"
        if record.links and not any(
            is_paper_page(link) or any(True for _ in find_ids(link)) for link in record.links
        ):
            record.not_paper = "a feed item linking a web page, not a paper"
            content = _FEED_CONTENT.search(body) or summary
            if content is not None:
                record.body = _feed_markdown(content.group("value"))  # (a post about papers names them)
            # (a WordPress export's comments under the post: the readers' words, read for the papers they name)
            comments = [_feed_markdown(found.group("value")) for found in _FEED_COMMENT.finditer(body)]
            if comments:
                record.body = "\n\n".join([record.body, *comments]).strip("\n")
        yield record


# A feed entry's publisher (Dublin Core's, as OPDS catalogues give it) and an ISBN among its identifiers.
_FEED_PUBLISHER = re.compile(
    r"<dc(?:terms)?:publisher\b[^>]*>(?P<value>.*?)</dc(?:terms)?:publisher>", re.S | re.I
)
_FEED_ISBN = re.compile(r"<dc(?:terms)?:identifier\b[^>]*>[ \t]*urn:isbn:", re.IGNORECASE)
_FEED_COMMENT = re.compile(
    r"<wp:comment_content\b[^>]*>(?P<value>.*?)</wp:comment_content>", re.DOTALL | re.IGNORECASE
)
_FEED_CONTENT = re.compile(
    r"<content:encoded\b[^>]*>(?P<value>.*?)</content:encoded>", re.DOTALL | re.IGNORECASE
)
_FEED_ANCHOR = re.compile(
    r"""<a\s[^>]*?href\s*=\s*["'](?P<url>[^"']+)["'][^>]*>(?P<label>.*?)</a\s*>""", re.I | re.S
)
_FEED_BREAK = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|tr)\s*>|<br\s*/?>", re.IGNORECASE)
_FEED_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)


def _feed_markdown(value: str) -> str:
    """A feed item's HTML (escaped once or twice, or in CDATA) as Markdown: paragraphs as lines, links kept."""
    import html

    value = _CDATA.sub(lambda match: match.group("value"), value)
    while "&lt;" in value[:2000] and "<" not in value[:2000]:
        value = html.unescape(value)
    value = _FEED_ANCHOR.sub(
        lambda match: (
            f"[{' '.join(_TAGS.sub(' ', match.group('label')).split())}]({html.unescape(match.group('url'))})"
        ),
        value,
    )
    value = _FEED_BREAK.sub("\n\n", value)
    value = _FEED_CELL_END.sub(
        " — ", value
    )  # (a table's row a line, its cells parted as a title and its note are)
    lines = (" ".join(html.unescape(_TAGS.sub(" ", line)).split()).strip(" —") for line in value.split("\n"))
    return "\n".join(lines)


# --- CSL-JSON -----------------------------------------------------------------------------------------------

# CSL item types that are not papers (`type`, lower-cased without `-` or `_`); Zotero's own `itemType` names are
# in `NOT_PAPER_TYPES`.
_CSL_NOT_PAPERS = {
    "book": "a book",
    "chapter": "a book chapter",
    "webpage": "a web page",
    "postweblog": "a blog post",
    "post": "a forum post",
    "dataset": "a data set",
    "motionpicture": "a video",
    "broadcast": "a broadcast",
    "song": "a recording",
    "graphic": "an image",
    "figure": "an image",
    "map": "a map",
    "patent": "a patent",
    "legislation": "a statute",
    "legalcase": "a legal case",
    "interview": "an interview",
    "personalcommunication": "a personal communication",
    "entry": "an encyclopedia entry",
    "entryencyclopedia": "an encyclopedia entry",
    "entrydictionary": "a dictionary entry",
    "articlenewspaper": "a news article",
    "articlemagazine": "a magazine article",
    "speech": "a talk",
    "musicalscore": "a score",
    "reviewbook": "a book review",
    "standard": "a standard",
}
_CSL_PAPERS = frozenset(["articlejournal", "paperconference", "report", "thesis", "manuscript", "article"])
_CSL_ID_FIELDS = ("URL", "url", "number", "note", "archive_location", "eprint", "arxiv", "container-title")


def csl_records(text: str) -> list[Record] | None:
    """One Record per item of a CSL-JSON export (Zotero, Mendeley, pandoc), or None when `text` is not one.

    The items are decoded one at a time, so each record knows the lines it came from."""
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if text[position : position + 1] == "{":  # `{"items": [...]}` (Better BibTeX) or one item alone
        document, _ = decoder.raw_decode(text, position)
        items = document.get("items") if isinstance(document, dict) else None
        if isinstance(items, list):
            located = [(item, 1, text.count("\n") + 1) for item in items]
        else:
            located = [(document, 1, text.count("\n") + 1)]
    elif text[position : position + 1] == "[":
        located = []
        position = _skip_space(text, position + 1)
        while position < len(text) and text[position] != "]":
            item, end = decoder.raw_decode(text, position)
            first = text.count("\n", 0, position) + 1
            located.append((item, first, first + text.count("\n", position, end)))
            position = _skip_space(text, end)
            if text[position : position + 1] == ",":
                position = _skip_space(text, position + 1)
    else:
        return None
    if not located or not all(isinstance(item, dict) for item, _, _ in located):
        return None
    if not any("title" in item and ("type" in item or "itemType" in item) for item, _, _ in located):
        return None
    if not any(len(_CSL_KEYS.intersection(item)) >= 2 or _csl_typed(item) for item, _, _ in located):
        # (an API's list of things with a title and a type, Basecamp's to-dos: no bibliography's; nor an app's
        # record whose type is its own and that shares one key with CSL's, a notebook entry's `page`)
        return None
    return [_csl_record(item, first, last) for item, first, last in located]


# Keys only a bibliography's items have (CSL's, and Zotero's own JSON), and CSL's item types.
_CSL_KEYS = frozenset(
    [
        *("author", "issued", "container-title", "DOI", "URL", "editor", "publisher", "page", "volume"),
        *("creators", "itemType", "abstract", "citation-key", "ISBN", "ISSN", "collection-title"),
    ]
)
_CSL_TYPES = frozenset(
    [
        *("article", "article-journal", "article-magazine", "article-newspaper", "book", "chapter"),
        *("dataset", "document", "manuscript", "paper-conference", "patent", "post", "post-weblog"),
        *("report", "review", "software", "speech", "thesis", "webpage", "entry-encyclopedia"),
        *("entry-dictionary", "motion_picture"),
    ]
)


def _csl_typed(item: dict[str, object]) -> bool:
    """Whether an item's `type` is one of CSL's (`article-journal`, `paper-conference` …)."""
    kind = item.get("type")
    return isinstance(kind, str) and kind in _CSL_TYPES


# EndNote's reference types (`<ref-type name="...">`) that are not papers, and those that are.
_ENDNOTE_NOT_PAPERS = {
    "book": "a book",
    "edited book": "a book",
    "book section": "a book chapter",
    "web page": "a web page",
    "computer program": "software",
    "thesis": "a thesis",
    "dataset": "a data set",
    "blog": "a blog post",
    "film or broadcast": "a video",
    "audiovisual material": "a video",
    "newspaper article": "a news article",
    "magazine article": "a magazine article",
}
_ENDNOTE_PAPERS = frozenset(
    ["journal article", "conference proceedings", "conference paper", "electronic article", "manuscript"]
)
_RECORD_TAG = re.compile(r"<record>")


def endnote_records(text: str) -> list[Record] | None:
    """One Record per `<record>` of an EndNote XML export, or None when `text` is none. Its title, authors,
    journal, links, DOI and notes; its reference type says whether it is a paper (a Book, a Web Page, a
    Computer Program is not)."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring  # (a digest is outside text: no entity expansion)

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    records_node = root.find("records")
    if root.tag != "xml" or records_node is None:
        return None
    starts = [text.count("\n", 0, match.start()) + 1 for match in _RECORD_TAG.finditer(text)]
    records: list[Record] = []
    for number, node in enumerate(records_node.findall("record")):
        line = starts[number] if number < len(starts) else 1
        words = partial(_element_words, node)
        ref_type = node.find("ref-type")
        kind = (ref_type.get("name", "") if ref_type is not None else "").casefold()
        titles = words("titles/title")
        record = Record(
            line=line, last_line=line, raw=f"{kind}: {titles[0] if titles else ''}", kind="EndNote"
        )
        record.title = titles[0] if titles else None
        record.authors = "; ".join(words("contributors/authors/author")) or None
        journal = words("titles/secondary-title")
        record.venue = journal[0] if journal else None
        record.summary = " ".join(words("abstract") + words("research-notes"))
        record.not_paper = _ENDNOTE_NOT_PAPERS.get(kind)
        record.paper_type = kind in _ENDNOTE_PAPERS
        for url in words("urls/related-urls/url") + words("urls/pdf-urls/url") + words("urls/web-urls/url"):
            record.links.append(url)
            record.id_text.append((url, None))
        for doi in words("electronic-resource-num"):
            record.id_text.append(
                ("https://doi.org/" + doi.removeprefix("https://doi.org/"), Evidence.ARXIV_TEXT)
            )
        for other in journal + words("notes") + words("custom1") + words("accession-num"):
            record.id_text.append((other, Evidence.ARXIV_TEXT))
        records.append(record)
    return records


# dblp's publication types (its XML's element names, and its search API's `<type>` words) that are not papers.
_DBLP_NOT_PAPERS = {
    "book": "a book",
    "incollection": "a book chapter",
    "proceedings": "a volume of proceedings",
    "phdthesis": "a thesis",
    "mastersthesis": "a thesis",
    "www": "a person's or a project's page",
    "data": "a data set",
    "books and theses": "a book or a thesis",
    "parts in books or collections": "a book chapter",
    "editorship": "a volume of proceedings",
    "reference works": "a reference work",
    "data and artifacts": "a data set",
}
_DBLP_PAPERS = frozenset(
    [
        "article",
        "inproceedings",
        "journal articles",
        "conference and workshop papers",
        "informal and other publications",
        "informal publications",
    ]
)
_DBLP_TAGS = "article|inproceedings|incollection|proceedings|book|phdthesis|mastersthesis|www|data|hit"
_DBLP_RECORD = re.compile(rf"<(?:{_DBLP_TAGS})[\s>]")
_DBLP_WHOLE = re.compile(rf"<({_DBLP_TAGS})[\s>].*?</\1>", re.DOTALL)
_DBLP_ROOTS = frozenset(["dblpperson", "dblp", "result", "dblpvenue", "bht"])
# A named entity of HTML (`&ouml;`, which dblp.xml declares in its DTD): the XML parser knows only five.
_NAMED_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});")


def dblp_records(text: str) -> list[Record] | None:
    """One Record per publication of a dblp XML file (a person's page `<dblpperson>`, a search API answer
    `<result><hits><hit><info>`, a slice of `dblp.xml`), or None when `text` is none. Its title, authors,
    venue (`booktitle` or `journal`) and year; its electronic editions (`<ee>`) and a CoRR volume
    (`abs/2202.10447`) give its ids. dblp lists a paper's CoRR preprint and its published version as two
    records with one title: they are merged as any two references to one title are."""
    import html
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring  # (a digest is outside text: no entity expansion)

    def parsed(xml: str) -> Element | None:
        try:
            return fromstring(_NAMED_ENTITY.sub(lambda match: html.unescape(match.group(0)), xml))
        except (ParseError, DefusedXmlException):
            return None

    root = parsed(text.lstrip("\ufeff"))
    if root is not None and root.tag not in _DBLP_ROOTS:
        return None
    if root is not None:
        starts = [text.count("\n", 0, match.start()) + 1 for match in _DBLP_RECORD.finditer(text)]
        nodes = [
            node
            for node in root.iter()
            if node.tag in _DBLP_NOT_PAPERS or node.tag in _DBLP_PAPERS or node.tag == "hit"
        ]
    else:  # (a page cut short, a record broken: each whole record is still read)
        read = [(match, parsed(match.group(0))) for match in _DBLP_WHOLE.finditer(text)]
        starts = [text.count("\n", 0, match.start()) + 1 for match, node in read if node is not None]
        nodes = [node for _, node in read if node is not None]
    records: list[Record] = []
    for number, node in enumerate(nodes):
        line = starts[number] if number < len(starts) else 1
        info = node.find("info") if node.tag == "hit" else node
        if info is None or info.find("title") is None:
            continue
        words = partial(_element_words, info)
        kind = (words("type") or [node.tag])[0].casefold()
        title = words("title")[0].rstrip(".")
        record = Record(line=line, last_line=line, raw=f"{kind}: {title}", kind="dblp")
        record.title = title or None
        record.authors = ", ".join(words("author") + words("authors/author")) or None
        venue = words("booktitle") + words("journal") + words("venue")
        record.venue = " ".join(venue[:1] + words("year")[:1]) or None
        record.not_paper = _DBLP_NOT_PAPERS.get(kind)
        record.paper_type = kind in _DBLP_PAPERS
        for url in words("ee"):
            record.links.append(url)
            record.id_text.append((url, None))
        for volume in words("volume"):
            record.id_text.extend(_corr_volume(volume, venue))
        records.append(record)
    return records


def _corr_volume(volume: str, venue: Sequence[str]) -> list[tuple[str, Evidence | None]]:
    """The arXiv id a CoRR volume gives (`CoRR, abs/2103.10385`, as dblp and GROBID write an arXiv preprint)."""
    if volume.casefold().startswith("abs/") and "corr" in " ".join(venue).casefold():
        return [("arXiv:" + volume[4:], Evidence.ARXIV_TEXT)]
    return []


# --- TEI (GROBID's reading of a paper): its bibliography's `<biblStruct>`s ----------------------------------------

_MODS = "{http://www.loc.gov/mods/v3}"
_MODS_RECORD = re.compile(r"<(?:mods:)?mods\b")


def xbel_records(text: str) -> list[Record] | None:
    """One Record per `<bookmark>` of an XBEL file (the XML Bookmark Exchange Language: Floccus', Konqueror's), or
    None when `text` is none: its `<title>` as the page's title, its `href` as its link, its `<desc>` as the
    writer's words; read as any bookmark is (a paper's page titles a paper, a repository or a blog is none)."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "xbel":
        return None
    starts = [text.count("\n", 0, match.start()) + 1 for match in _XBEL_BOOKMARK.finditer(text)]
    records: list[Record] = []
    for number, bookmark in enumerate(root.iter("bookmark")):
        line = starts[number] if number < len(starts) else 1
        title = " ".join((bookmark.findtext("title") or "").split())
        href = (bookmark.get("href") or "").strip()
        record = Record(line=line, last_line=line, raw=title or href, kind="XBEL")
        record.title = _local_pdf_name(title, href) or None
        if href.startswith(("http://", "https://")):
            record.links.append(href)
            record.id_text.append((href, None))
        record.summary = " ".join((bookmark.findtext("desc") or "").split())
        records.append(record)
    return records


_XBEL_BOOKMARK = re.compile(r"<bookmark\b")
# The writer's note after a spaced dash at a title's end (`Title — our reading notes`).
_NOTE_AFTER_DASH = re.compile(r"[ \t]+[—–][ \t]+\S[^—–]*$")
# A spaced dash, then words in another script than Latin to the end (`Title — код`).
_SPACED_DASH = re.compile(r"[ \t][–—-][ \t]")  # (between a name and the words on it)
_DASHED_NOTE_IN_OTHER_SCRIPT = re.compile(r"[ \t]+[—–-][ \t]+[^\x00-\u024f]+[ \t]*$")


def _local_pdf_name(title: str, href: str) -> str:
    """A bookmark's title without the `.pdf` of a local file's name (`file:///…/x.pdf` titled `Title.pdf`)."""
    if href.startswith("file:") and title.casefold().endswith(".pdf"):
        return title[:-4].rstrip()
    return title


def mods_records(text: str) -> list[Record] | None:
    """One Record per `<mods>` of a MODS document (Zotero's, Mendeley's or a library's export), or None when `text`
    is no MODS: its title (`titleInfo/title` and `subTitle`), authors (`name/namePart`), genre (a paper's
    `conferencePaper`, `journalArticle`, `preprint`; a `book`, `webpage`, `computerProgram` ... is none), the
    title of the journal or proceedings it is in (`relatedItem type="host"`) and its year, its links
    (`location/url`), identifiers (`identifier type="doi|arxiv"`), notes and abstract."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    if root.tag not in (_MODS + "modsCollection", _MODS + "mods"):
        return None
    entries = [root] if root.tag == _MODS + "mods" else root.findall(_MODS + "mods")
    starts = [text.count("\n", 0, match.start()) + 1 for match in _MODS_RECORD.finditer(text)]
    return [
        _mods_record(entry, starts[number] if number < len(starts) else 1)
        for number, entry in enumerate(entries)
    ]


def _mods_record(entry: Element, line: int) -> Record:
    def words(node: Element | None) -> str:
        return " ".join("".join(node.itertext()).split()) if node is not None else ""

    info = entry.find(_MODS + "titleInfo")
    title = words(info.find(_MODS + "title")) if info is not None else ""
    subtitle = words(info.find(_MODS + "subTitle")) if info is not None else ""
    if subtitle:
        title = f"{title}: {subtitle}"
    record = Record(line=line, last_line=line, raw=title, kind="MODS")
    record.title = title or None
    names = []
    for name in entry.findall(_MODS + "name"):
        parts = {part.get("type", ""): words(part) for part in name.findall(_MODS + "namePart")}
        names.append(
            " ".join(part for part in (parts.get("given"), parts.get("family"), parts.get("")) if part)
        )
    record.authors = ", ".join(name for name in names if name) or None
    genre = "".join(words(node) for node in entry.findall(_MODS + "genre")[:1]).casefold().replace(" ", "")
    record.not_paper = NOT_PAPER_TYPES.get(genre)
    record.paper_type = genre in PAPER_TYPES or genre == "conferencepublication"  # (as MARC genres call it)
    host = next((item for item in entry.findall(_MODS + "relatedItem") if item.get("type") == "host"), None)
    venue = words(host.find(f"{_MODS}titleInfo/{_MODS}title")) if host is not None else ""
    years = [
        words(node)[:4] for node in entry.iter() if node.tag in (_MODS + "dateIssued", _MODS + "dateCreated")
    ]
    record.venue = (
        " ".join(part for part in (venue, next((year for year in years if year), "")) if part) or None
    )
    record.summary = " ".join(words(node) for node in entry.findall(_MODS + "abstract"))
    for url in entry.iter(_MODS + "url"):
        address = words(url)
        if address:
            record.links.append(address)
            record.id_text.append((address, None))
    for identifier in entry.iter(_MODS + "identifier"):
        kind, value = (identifier.get("type") or "").casefold(), words(identifier)
        if kind == "doi":
            record.id_text.append(("https://doi.org/" + value.removeprefix("https://doi.org/"), None))
        elif kind == "arxiv":
            record.id_text.append((value if ":" in value else "arXiv:" + value, Evidence.ARXIV_TEXT))
    for note in entry.findall(_MODS + "note"):
        record.id_text.append((words(note), Evidence.ARXIV_TEXT))
    return record


_JATS_REF = re.compile(r"<ref\b")
_JATS_CITATIONS = ("mixed-citation", "element-citation", "citation", "nlm-citation")
# JATS publication types of things that are not papers (`book` is a book or one of its chapters).
_JATS_NOT_PAPERS = {
    "book": "a book",
    "webpage": "a web page",
    "web": "a web page",
    "data": "a data set",
    "dataset": "a data set",
    "software": "software",
    "thesis": "a thesis",
    "patent": "a patent",
    "standard": "a standard",
    "blog": "a blog post",
}
_JATS_PAPERS = frozenset(["journal", "confproc", "conference", "preprint", "report", "working-paper"])


def jats_records(text: str) -> list[Record] | None:
    """One Record per `<ref>` of a JATS article's reference list (PubMed Central's and most journals' XML), or None
    when `text` is no JATS article: the cited work's `article-title`, its authors (`person-group`), where it
    appeared (`source`, `conf-name`) and its year, its ids (`pub-id pub-id-type="arxiv|doi"`, `ext-link`) and the
    citation's own text (`arXiv:2006.14536 [cs.LG]`); a `publication-type` of `book`, `webpage`, `data`,
    `software`, `thesis` ... is no paper."""
    import html
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(
            _NAMED_ENTITY.sub(lambda match: html.unescape(match.group(0)), text.lstrip("\ufeff"))
        )
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "article":
        return None
    starts = [text.count("\n", 0, match.start()) + 1 for match in _JATS_REF.finditer(text)]
    return [
        _jats_record(entry, starts[number] if number < len(starts) else 1)
        for number, entry in enumerate(root.iter("ref"))
    ]


def _jats_record(entry: Element, line: int) -> Record:
    def words(node: Element | None) -> str:
        return " ".join("".join(node.itertext()).split()) if node is not None else ""

    citation = next((node for node in entry if node.tag in _JATS_CITATIONS), entry)
    title = words(citation.find(".//article-title"))
    record = Record(line=line, last_line=line, raw=words(citation), kind="JATS")
    record.title = title or None
    names = []
    for name in citation.iter("name"):
        names.append(
            " ".join(part for part in (words(name.find("given-names")), words(name.find("surname"))) if part)
        )
    record.authors = ", ".join(name for name in names if name) or None
    kind = (citation.get("publication-type") or citation.get("citation-type") or "").casefold()
    record.not_paper = _JATS_NOT_PAPERS.get(kind)
    record.paper_type = kind in _JATS_PAPERS
    venue = words(citation.find("source")) or words(citation.find("conf-name"))
    year = words(citation.find("year"))
    record.venue = " ".join(part for part in (venue, year) if part) or None
    for identifier in citation.iter("pub-id"):
        value, id_type = words(identifier), (identifier.get("pub-id-type") or "").casefold()
        if id_type == "arxiv":
            record.id_text.append((value if ":" in value else "arXiv:" + value, Evidence.ARXIV_TEXT))
        elif id_type == "doi":
            record.id_text.append(("https://doi.org/" + value.removeprefix("https://doi.org/"), None))
    for link in citation.iter("ext-link"):
        address = link.get("{http://www.w3.org/1999/xlink}href") or words(link)
        if address:
            record.links.append(address)
            record.id_text.append((address, None))
    record.id_text.append((record.raw, None))  # (`arXiv:2006.14536 [cs.LG]` in the citation's own words)
    return record


_TEI = "{http://www.tei-c.org/ns/1.0}"
_TEI_BIBL = re.compile(r"<biblStruct\b")


def tei_records(text: str) -> list[Record] | None:
    """One Record per entry of a TEI document's bibliography (`<listBibl><biblStruct>`, as GROBID writes a paper's
    references), or None when `text` is no TEI: the article's title (`<analytic><title>`), else the monograph's, its
    authors, its venue (the monograph's title or meeting) and year, its ids (`<idno type="arXiv|DOI">`, `<ptr
    target>`), and the reference as the paper printed it (`<note type="raw_reference">`) as its summary. A book (a
    monograph alone whose publisher or edition says so) and a blog post (by its venue) are no papers."""
    import html
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(
            _NAMED_ENTITY.sub(lambda match: html.unescape(match.group(0)), text.lstrip("\ufeff"))
        )
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != _TEI + "TEI":
        return None
    starts = [text.count("\n", 0, match.start()) + 1 for match in _TEI_BIBL.finditer(text)]
    position = {id(entry): number for number, entry in enumerate(root.iter(_TEI + "biblStruct"))}
    records: list[Record] = []
    for bibliography in root.iter(_TEI + "listBibl"):
        for entry in bibliography.iter(_TEI + "biblStruct"):
            number = position[id(entry)]
            records.append(_tei_record(entry, starts[number] if number < len(starts) else 1))
    return records


def _tei_record(entry: Element, line: int) -> Record:
    def words(path: str) -> list[str]:
        return [" ".join("".join(node.itertext()).split()) for node in entry.iterfind(path)]

    article = words(f"{_TEI}analytic/{_TEI}title")
    monograph = words(f"{_TEI}monogr/{_TEI}title")
    title = (article or monograph or [""])[0]
    record = Record(line=line, last_line=line, raw=title, kind="TEI")
    record.title = title or None
    names: list[str] = []
    for author in entry.iterfind(f".//{_TEI}author"):
        parts = [
            " ".join("".join(node.itertext()).split())
            for node in author.iter()
            if node.tag in (_TEI + "forename", _TEI + "surname")
        ]
        if any(parts):
            names.append(" ".join(part for part in parts if part))
    record.authors = ", ".join(names) or None
    venue = (monograph[:1] if article else []) + words(f"{_TEI}monogr/{_TEI}meeting")
    years = [date.get("when", "")[:4] for date in entry.iterfind(f".//{_TEI}date")]
    record.venue = " ".join(venue[:1] + [year for year in years if year][:1]) or None
    record.summary = " ".join(words(f"{_TEI}note[@type='raw_reference']"))
    for idno in entry.iterfind(f".//{_TEI}idno"):
        kind = (idno.get("type") or "").casefold()
        value = " ".join("".join(idno.itertext()).split())
        if kind == "arxiv":
            record.id_text.append((value if ":" in value else "arXiv:" + value, Evidence.ARXIV_TEXT))
        elif kind == "doi":
            record.id_text.append(("https://doi.org/" + value, None))
    for volume in words(f".//{_TEI}biblScope[@unit='volume']"):
        record.id_text.extend(_corr_volume(volume, monograph))
    for pointer in entry.iterfind(f".//{_TEI}ptr"):
        target = pointer.get("target") or ""
        record.links.append(target)
        record.id_text.append((target, None))
    if (
        article and monograph and says_other_kind_after(monograph[0])
    ):  # (`<title level="m">Blog post</title>`)
        record.not_paper = f"a {monograph[0].casefold()}, not a paper"
    # A monograph alone is often a paper GROBID read wrong: only its publisher or edition says it is a book.
    printed = " ".join([record.summary, *words(f".//{_TEI}publisher")])
    if not article and not record.id_text and (is_book_venue(printed) or EDITION.search(printed)):
        record.not_paper = "a book"
    return record


# A Refer / EndNote tagged export (`.enw`: EndNote's "Refer Export", Google Scholar's "EndNote" link): records
# apart by blank lines, a field a line as `%T value` (`%0` the reference type, EndNote's names), a line without a
# tag going on with the field above.
_REFER_FIELD = re.compile(r"^%([0-9A-Z@!#$&()*+^~>\]])[ \t]?(.*)$")


# --- a Kindle's `My Clippings.txt` -----------------------------------------------------------------------------

# A store book's authors as its catalogue writes them, `Last, First` (`Jurafsky, Dan;Martin, James H.`), and a web
# article's site (`lilianweng.github.io`): neither is a paper's. A PDF sent to the Kindle shows the names its
# metadata holds (`Tomas Mikolov`), or `Unknown`.
_STORE_NAME = r"[\w'’\-]+,[ \t]*[\w'’\-]+(?:[ \t]+[\w'’.\-]+){0,2}"
_STORE_AUTHORS = re.compile(rf"^{_STORE_NAME}(?:[ \t]*;[ \t]*{_STORE_NAME})*$")
_SITE = re.compile(r"^[\w\-]+(?:\.[\w\-]+)+$")
_CLIPPED_DOCUMENT = re.compile(r"^(?P<title>.+?)[ \t]*\((?P<author>[^()]*)\)[ \t]*$")
_FILE_STEM = re.compile(r"^[\w.\-]+$")  # (a document named by its file: `glorot10a`, `1409.0473v7`)


def clippings_records(text: str) -> list[Record]:
    """One Record per document of a Kindle's `My Clippings.txt`: its title and authors (the head line of its
    clippings, `Title (Author)`), its highlights and notes as its body (read for the papers they name). A PDF named
    by its arXiv id is that paper; one named by another file name takes as its title the first highlight on its
    first page, when that reads as a title (the reader marked it). Store books and web articles are not papers."""
    documents: dict[str, Record] = {}
    clips: dict[str, list[str]] = {}
    lines = text.split("\n")
    number = 0
    while number < len(lines):
        head = lines[number].strip().lstrip("\ufeff").strip()
        start = number + 1
        end = number + 1
        while end < len(lines) and not lines[end].startswith("=========="):
            end += 1
        location = lines[start].strip() if start < len(lines) else ""
        words = " ".join(line.strip() for line in lines[start + 1 : end] if line.strip())
        number = end + 1
        if not head or not location.startswith("- "):
            continue
        record = documents.get(head)
        if record is None:
            record = documents[head] = _clipped_document(head, number=start)
            clips[head] = []
        record.last_line = max(record.last_line, end)
        if words:
            clips[head].append(words)
            page_one = re.search(r"\b1\b", location.split("|", 1)[0]) is not None
            named_by_file = record.title is None and record.not_paper is None and not record.id_text
            if named_by_file and page_one and (_titled(words) or _sentence_titled(words)):
                record.title, record.raw = words, f"{head}: {words}"
    for head, record in documents.items():
        # (headed by the document's line, as a page by its title: the first clipping is no page's headline)
        record.body = "\n\n".join([f"# {head}", *clips[head]])
    return list(documents.values())


def _clipped_document(head: str, number: int) -> Record:
    """The record of one clipped document, from its head line `Title (Author)`."""
    match = _CLIPPED_DOCUMENT.match(head)
    title, author = (match.group("title"), match.group("author").strip()) if match else (head, "")
    record = Record(line=number, last_line=number, raw=head, kind="Kindle")
    if author and author.casefold() != "unknown":
        record.authors = author
    if _STORE_AUTHORS.match(author) or _SITE.match(author):
        record.not_paper = "a store book or a web article, not a paper"
    elif _FILE_STEM.match(title):
        # `1409.0473v7`: arXiv's name for its PDF; another file's name leaves the title to its first highlight
        if any(find_ids(title + ".pdf")):
            record.id_text.append((title + ".pdf", Evidence.ARXIV_TEXT))
    elif EDITION.search(title) or not (_titled(title) or _sentence_titled(title)):
        record.not_paper = "a book or a document, not a paper"
    else:
        record.title = title
    return record


def _sentence_titled(text: str) -> bool:
    """A title in sentence case (`Deep contextualized word representations`): three words or more, a capital first,
    no sentence's end, no clause after a comma."""
    words = text.split()
    return 3 <= len(words) <= 25 and text[:1].isupper() and not re.search(r"[.!?;,]", text)


def refer_records(text: str) -> list[Record]:
    """One Record per record of a Refer (EndNote tagged) export: its title (`%T`), authors (`%A`), journal or
    proceedings (`%J`, `%B`), links (`%U`), DOI (`%R`), abstract and notes (`%X`, `%Z`); its reference type
    (`%0`) says whether it is a paper, as an EndNote XML record's does."""
    records: list[Record] = []
    fields: list[tuple[str, str]] = []
    first = 0

    def close(last: int) -> None:
        if fields:
            records.append(_refer_record(fields, first, last))
            fields.clear()

    lines = text.lstrip("\ufeff").split("\n")
    for number, line in enumerate(lines, start=1):
        field_line = _REFER_FIELD.match(line)
        if field_line is not None:
            tag, value = field_line.groups()
            if tag == "0" or not fields:
                close(number - 1)
                first = number
            fields.append((tag, value.strip()))
        elif not line.strip():
            close(number - 1)
        elif fields:  # (a value going on on the next line)
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value} {line.strip()}")
    close(len(lines))
    return records


def _refer_record(fields: Sequence[tuple[str, str]], first: int, last: int) -> Record:
    values: dict[str, list[str]] = {}
    for tag, value in fields:
        if value:
            values.setdefault(tag, []).append(value)
    kind = " ".join(values.get("0", [""])[:1]).casefold()
    titles = values.get("T", [])
    record = Record(
        line=first, last_line=last, raw=f"%0 {kind}: {titles[0] if titles else ''}", kind="EndNote"
    )
    record.title = titles[0] if titles else None
    record.authors = "; ".join(_person(name) for name in values.get("A", [])) or None
    venues = values.get("J", []) + values.get("B", [])
    record.venue = venues[0] if venues else None
    record.summary = " ".join(values.get("X", []) + values.get("Z", []))
    record.not_paper = _ENDNOTE_NOT_PAPERS.get(kind)
    record.paper_type = kind in _ENDNOTE_PAPERS
    for url in values.get("U", []):
        record.links.append(url)
        record.id_text.append((url, None))
    for doi in values.get("R", []):
        record.id_text.append(
            ("https://doi.org/" + doi.removeprefix("https://doi.org/"), Evidence.ARXIV_TEXT)
        )
    for tag in ("J", "B", "S", "N", "Z", "1", "2", "3", "4", "M"):
        for other in values.get(tag, []):
            record.id_text.append((other, Evidence.ARXIV_TEXT))
    return record


# Zotero's RDF export (`Export Collection… → Zotero RDF`): items are the top nodes with a `dc:title`; their
# attachments, notes (`bib:Memo`) and collections are nodes of their own, which items point at.
_RDF_NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "z": "http://www.zotero.org/namespaces/export#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "bib": "http://purl.org/net/biblio#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "link": "http://purl.org/rss/1.0/modules/link/",
    "prism": "http://prismstandard.org/namespaces/1.2/basic/",
}
_RDF = "{" + _RDF_NAMESPACES["rdf"] + "}"
_RDF_ABOUT, _RDF_RESOURCE = _RDF + "about", _RDF + "resource"
# Nodes that are no item: an item's parts, its people, its container, the library's own organisation.
_RDF_NOT_ITEMS = frozenset(
    ["Attachment", "Memo", "Collection", "Person", "Organization", "Journal", "Series", "Conference"]
)
# The tags of an item node whose `z:itemType` is missing, as Zotero names them.
_RDF_TAG_TYPES = {"Book": "book", "Data": "computerProgram", "Thesis": "thesis", "BookSection": "bookSection"}


def zotero_rdf_records(text: str) -> list[Record] | None:
    """One Record per item of a Zotero RDF export, or None when `text` is none: its title, authors, container,
    abstract, its URL and identifiers (`DOI 10.48550/arXiv.…`, Extra's `arXiv:ID`), its attachments' addresses;
    its notes are read for the papers they name. Its item type says whether it is a paper."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring  # (a digest is outside text: no entity expansion)

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != _RDF + "RDF":
        return None
    nodes = {node.get(_RDF_ABOUT, ""): node for node in root}
    records: list[Record] = []
    cited: set[str] = set()  # (notes an item points at: read with it)
    position = 0
    for node in root:
        local = node.tag.rsplit("}", 1)[-1]
        about = node.get(_RDF_ABOUT, "")
        found = text.find(f'"{about}"', position) if about else -1
        line = text.count("\n", 0, found) + 1 if found >= 0 else 1
        position = max(position, found)
        if local in _RDF_NOT_ITEMS or node.find("dc:title", _RDF_NAMESPACES) is None:
            continue
        records.append(_zotero_item(node, local, nodes, line, cited))
    for about, node in nodes.items():
        if node.tag.endswith("}Memo") and about not in cited:  # (a note of its own in the collection)
            line = text.count("\n", 0, max(0, text.find(f'"{about}"'))) + 1
            memo = Record(line=line, last_line=line, raw="note", kind=PROSE_VALUE)
            memo.body = _feed_markdown("".join(node.findtext("rdf:value", "", _RDF_NAMESPACES)))
            records.append(memo)
    return records


def _zotero_item(node: Element, local: str, nodes: dict[str, Element], line: int, cited: set[str]) -> Record:
    words = partial(_rdf_words, node)
    kind = " ".join(words("z:itemType")[:1]) or _RDF_TAG_TYPES.get(local, local)
    title = words("dc:title")[0]
    record = Record(line=line, last_line=line, raw=f"{kind}: {title}", kind="Zotero RDF")
    record.title = title
    people = node.findall("bib:authors/rdf:Seq/rdf:li/foaf:Person", _RDF_NAMESPACES)
    names = [
        " ".join(
            person.findtext(f"foaf:{part}", "", _RDF_NAMESPACES).strip() for part in ("givenName", "surname")
        )
        for person in people
    ]
    record.authors = ", ".join(name.strip() for name in names if name.strip()) or None
    container = node.find("dcterms:isPartOf", _RDF_NAMESPACES)
    if container is not None:
        held = nodes.get(container.get(_RDF_RESOURCE, ""), container)
        venue = [" ".join(found.split()) for found in held.itertext() if found.strip()]
        record.venue = venue[0] if venue else None
    record.summary = " ".join(words("dcterms:abstract"))
    folded = kind.casefold().replace(" ", "")
    record.not_paper = NOT_PAPER_TYPES.get(folded) or _CSL_NOT_PAPERS.get(folded)
    record.paper_type = folded in PAPER_TYPES
    about = node.get(_RDF_ABOUT, "")
    links = [about] if about.startswith(("http://", "https://")) else []
    links += words("dc:identifier/dcterms:URI/rdf:value")
    for pointer in node.findall("link:link", _RDF_NAMESPACES):
        attachment = nodes.get(pointer.get(_RDF_RESOURCE, ""))
        if attachment is not None:
            links += _rdf_words(attachment, "dc:identifier/dcterms:URI/rdf:value")
    for url in dict.fromkeys(links):
        record.links.append(url)
        record.id_text.append((url, None))
    for other in words("dc:identifier") + words("dc:description") + words("prism:number"):
        # (`DOI 10.48550/arXiv.ID`, Extra's `arXiv:ID [cs, stat]`, `arXiv:ID` as the preprint's number)
        value = "https://doi.org/" + other[4:].strip() if other.startswith("DOI 10.") else other
        if value:
            record.id_text.append((value, Evidence.ARXIV_TEXT))
    notes = []
    for pointer in node.findall("dcterms:isReferencedBy", _RDF_NAMESPACES):
        memo = nodes.get(pointer.get(_RDF_RESOURCE, ""))
        if memo is not None:
            cited.add(pointer.get(_RDF_RESOURCE, ""))
            notes.append(_feed_markdown(memo.findtext("rdf:value", "", _RDF_NAMESPACES)))
    record.body = "\n\n".join(notes)
    return record


def _rdf_words(node: Element, path: str) -> list[str]:
    """The text of each element at `path` under `node` (Zotero's namespaces), its spaces as single spaces."""
    return [" ".join("".join(found.itertext()).split()) for found in node.findall(path, _RDF_NAMESPACES)]


def _element_words(node: Element, path: str) -> list[str]:
    """The text of each element at `path` under `node`, its spaces as single spaces (EndNote's `<style>` runs)."""
    return [" ".join("".join(found.itertext()).split()) for found in node.findall(path)]


def front_matter_references(front: str, first_line: int) -> list[Record]:
    """The CSL-YAML entries a Pandoc, Quarto or R Markdown document's front matter lists under `references:`,
    each a record at its lines (`first_line`: the 1-based line of the digest where `front` starts)."""
    import yaml  # (only for these documents: start-up stays light)

    try:
        root = yaml.compose(front, Loader=yaml.BaseLoader)
        data = yaml.load(front, Loader=yaml.BaseLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return []
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        return []
    node = next(
        (
            value
            for key, value in root.value
            if isinstance(key, yaml.ScalarNode) and key.value == "references"
        ),
        None,
    )
    items = data.get("references")
    if not isinstance(node, yaml.SequenceNode) or not isinstance(items, list):
        return []
    records = []
    for item_node, item in zip(node.value, items, strict=False):
        if isinstance(item, dict) and item.get("title"):
            first = item_node.start_mark.line + first_line
            last = item_node.end_mark.line + first_line - (0 if item_node.end_mark.column else 1)
            records.append(_csl_record(item, first, max(first, last)))
    return records


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _csl_record(item: dict[str, object], first: int, last: int) -> Record:
    kind = str(item.get("type") or item.get("itemType") or "")
    record = Record(line=first, last_line=last, raw=f"{kind}: {item.get('title', '')}", kind="CSL-JSON")
    title = item.get("title")
    record.title = " ".join(str(title).split()) if title else None
    names = item.get("author")
    if isinstance(names, list):
        record.authors = ", ".join(_csl_name(name) for name in names if isinstance(name, dict)) or None
    record.summary = str(item.get("abstract") or item.get("abstractNote") or "")
    record.venue = str(item.get("container-title") or "") or None
    normalised = kind.casefold().replace("-", "").replace("_", "")
    record.not_paper = _CSL_NOT_PAPERS.get(normalised) or NOT_PAPER_TYPES.get(normalised)
    record.paper_type = normalised in _CSL_PAPERS or normalised in PAPER_TYPES
    for name in _CSL_ID_FIELDS:
        value = item.get(name)
        if isinstance(value, str) and value:
            if name.casefold() == "url":
                record.links.append(value)
            record.id_text.append((value, None))
    doi = item.get("DOI") or item.get("doi")
    if isinstance(doi, str) and doi.strip():
        record.id_text.append(("https://doi.org/" + doi.strip(), Evidence.ARXIV_TEXT))
    return record


def _csl_name(name: dict[str, object]) -> str:
    if name.get("literal"):
        return str(name["literal"])
    return " ".join(str(part) for part in (name.get("given"), name.get("family")) if part)


# --- YAML and JSON reading lists: any mapping with a title or a paper's link is a record ---------------------

# Keys, lower-cased with `_` and `-` as spaces, by what their value gives (the CSV headers' words, and more).
_DATA_TITLE_KEYS = (
    "title",
    "paper title",
    "paper",
    "name",
    "论文",
    "论文标题",
    "标题",
    "タイトル",
    "論文",
    *_TITLE_WORDS_ABROAD,
    # (a name, as `name` is: Spanish, Portuguese and Italian, French, Japanese, Chinese, Korean)
    "nombre",
    "nome",
    "nom",
    "名前",
    "名称",
    "이름",
    "reference",  # (a config's or a setting's `reference = \"Title\"`: the paper it follows)
)
_NAME_KEYS = frozenset(["name", "nombre", "nome", "nom", "名前", "名称", "이름"])
_TITLE_KEY_SET = frozenset(_DATA_TITLE_KEYS)
_DATA_ID_KEYS = frozenset(["arxiv", "arxiv id", "eprint", "id", "openreview", "openreview id"])
_DATA_CODE_KEYS = frozenset(["code", "github", "repo", "repository", "code url", "repository code", "代码"])
# Keys whose list of mappings gives the record's own identifiers (`identifiers: [{type: doi, value: …}]`, as a
# CITATION.cff's references give them), and the keys of such a mapping that hold one.
_IDENTIFIER_LISTS = frozenset(["identifiers", "ids", "external ids", "externalids"])
_IDENTIFIER_VALUES = frozenset(["value", "id", "url"])
# Keys whose list of texts gives the record's identifiers, one of them its arXiv id (Dublin Core's `identifier`).
_IDENTIFIER_LISTS_OF_TEXT = frozenset(["identifier", "identifiers", "ids"])
# A note that opens with the paper's arXiv id (`notes: 'arXiv:2402.09353; ICML 2024. …'`, Zotero's `extra:
# arXiv: 2402.09353`): the record's own id.
_NOTE_OPENS_WITH_ID = re.compile(
    r"^[ \t]*(?:arxiv[ \t]*(?:preprint[ \t]*)?(?:arxiv)?[ \t]*[:：]?[ \t]*)[0-9]{4}\.[0-9]{4,5}", re.I
)
# Keys of a record's notes kept as a mapping of their text and its type (Microsoft Graph's `itemBody`).
_BODY_KEYS = frozenset(["body", "notes", "note", "description"])
# A line of notes that is a paper's link alone (after a short label: `PDF: https://arxiv.org/pdf/…`).
_LINK_LINE = re.compile(
    r"^[ \t]*(?:[^\W\d_][\w ]{0,15}[:：][ \t]*)?<?(?:https?://)?(?:www\.|export\.)?"
    r"(?:arxiv\.org/(?:abs|pdf|html)/|openreview\.net/(?:forum|pdf)\?id=)\S+[ \t\r]*$",
    re.MULTILINE,
)


def _own_link_line(notes: str) -> str | None:
    """The line of a titled record's notes that is its paper's link alone (`Tom B. Brown, … et al.` /
    `https://arxiv.org/abs/2005.14165` / `Apresenta: Rafael.`) or its authors' line with the id as their source,
    when the notes give one id and no more."""
    if len({match.arxiv_id or match.openreview_id for match in find_ids(notes)}) != 1:
        return None
    line = _LINK_LINE.search(notes)
    if line is not None:
        return line.group(0)
    # (or its authors' line, the id as their source: `Hugo Touvron, … et al. — arXiv:2302.13971 (2023).`)
    cited = next(
        (
            text
            for text in notes.splitlines()
            if any(True for _ in find_ids(text)) and names_then_source(text.strip())
        ),
        None,
    )
    if cited is not None or _NAMES_ANOTHER.search(_URL.sub(" ", notes)) is not None:
        return cited
    # (or the one id of notes that name no other paper, no quoted or Title Case name: `BPE cho từ hiếm.
    # https://arxiv.org/abs/1508.07909`)
    return next((text for text in notes.splitlines() if any(True for _ in find_ids(text))), None)


# What names another paper in a record's notes: a quotation mark, or three words or more in Title Case.
_NAMES_ANOTHER = re.compile(
    r"[\"“”«»„「『]|\b[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|for|and|the|with|in|on|to|a|an|via|from)){2,}"
)


_DATA_NESTING = 64  # levels of nesting read at most (a deeper document is no reading list)


def _yaml_root(text: str) -> yaml.Node | None:
    """The node tree of a YAML or JSON document (of several documents apart by `---`, as `yaml.dump_all` writes a
    library's records (papis' export): one list of them), or None when `text` is neither.

    The base loader keeps every value as written: `arxiv: 2401.10020` stays that id, never a float. Its C build
    (libyaml), where installed, reads JSON and YAML digests twice as fast, extraction included (`bench_extract.py`);
    it refuses a few things JSON allows (an emoji escaped as two surrogates, `\\ud83d\\ude80`), which the Python
    build then reads."""
    import yaml  # (only for these files: start-up stays light)

    fast: list[type[yaml.CBaseLoader]] = [yaml.CBaseLoader] if yaml.__with_libyaml__ else []
    for loader in (*fast, yaml.BaseLoader):
        try:
            try:
                return yaml.compose(text, Loader=loader)
            except yaml.composer.ComposerError:
                documents = [node for node in yaml.compose_all(text, Loader=loader) if node is not None]
                if not documents:
                    return None
                return yaml.SequenceNode(
                    "tag:yaml.org,2002:seq", documents, documents[0].start_mark, documents[-1].end_mark
                )
        except (yaml.YAMLError, RecursionError, ValueError):
            continue
    return None


def data_records(text: str) -> list[Record] | None:
    """One Record per entry of a YAML or JSON reading list (`- title: ... url: ...`, `[{"title": ...}]`): each
    mapping that gives a title or a paper's link, at any depth, with the lines it spans. None when `text` is no
    YAML or JSON, or names no entry: it is then read as text."""
    import yaml  # (only for these files: start-up stays light)

    if _JSON_LINES.match(text):
        text = _json_lines_as_array(text)
    if "\t" in text and text.lstrip()[:1] in ("{", "["):
        # JSON indented with tabs (Obsidian's canvases) is no YAML; a JSON string holds no raw tab, so every tab
        # is indentation, and spaces do as well.
        text = text.replace("\t", "    ")
    if "\n---" in text:
        text = yaml_stream_body(text)  # (a program's documents, the terminal's prompt around them)
    root = _yaml_root(text)
    if root is None:
        return None
    records: list[Record] = []
    trees: dict[int, str | None] = {}  # (what each node shows as an editor's document, once weighed)
    # (node, depth, the key it is the value of, the title of the record it is inside): a mapping under `board:`,
    # `channel:` or `user:` names no paper
    pending: list[tuple[yaml.Node, int, str, Record | None]] = [(root, 0, "", None)]
    while pending:
        node, depth, key, inside = pending.pop()
        if depth > _DATA_NESTING or _rich_text(node, trees) is not None:
            continue  # (an editor's document tree is read whole, as the page it shows: see `_prose_values`)
        if isinstance(node, yaml.SequenceNode):
            # (`list: [...]` holds entries; `certificates: [...]` holds another kind of thing)
            kept = key if key in _NOT_PAPER_LISTS else ""
            pending.extend((item, depth + 1, kept, inside) for item in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            record = (
                _data_record(node)
                if key not in _CONTAINER_KEYS and key not in _NOT_PAPER_LISTS and not _describes_a_query(node)
                else None
            )
            if record is not None and inside is not None and _same_title(record.title, inside.title):
                # (an item's link preview, its embed, inside it: `{"title": "COCO — …", "url": …}`, the item again:
                # its links are the item's)
                inside.links.extend(link for link in record.links if link not in inside.links)
                inside.id_text.extend(record.id_text)
                record = None
            if record is not None:
                records.append(record)
                inside = record if record.title else inside
            for name, value in reversed(node.value):
                part = _key(name.value) if _is_scalar(name) else ""
                if _is_scalar(value) or (
                    record is not None and (part in _RECORD_PARTS or part in _AUTHOR_HEADERS)
                ):
                    continue  # (a record's authors, labels and ids are the record's, not records)
                pending.append((value, depth + 1, part, inside))
    records.extend(_prose_values(root, records, trees))
    records = _without_cut_titles(root, records)
    _mark_among_papers(records)
    records.sort(key=lambda record: record.line)
    if "#" in text:
        _comment_ids(text, records)
    return records or None


def _same_title(one: str | None, other: str | None) -> bool:
    """Whether two records' titles are the same words, whatever their case and spacing."""
    if not one or not other:
        return False
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


# A YAML comment (`# the paper is arXiv 2106.08254`): the writer's words, which YAML's reader leaves out.
_YAML_COMMENT = re.compile(r"^[ \t]*#(?P<words>.*)$", re.MULTILINE)


def _comment_ids(text: str, records: list[Record]) -> None:
    """Give a record with no id the arXiv or OpenReview id a comment right above it, or inside it, gives (`#
    TODO: … the paper is arXiv 2106.08254.` over `Paper: {URL: <its code>, Title: …}`)."""
    titled = [record for record in records if record.kind == "YAML" and record.title]
    for comment in _YAML_COMMENT.finditer(text):
        words = comment.group("words")
        if not any(match.arxiv_id or match.openreview_id for match in find_ids(words)):
            continue
        line = text.count("\n", 0, comment.start()) + 1
        below = next((record for record in titled if 0 < record.line - line <= 2), None)  # (right under it)
        around = [record for record in titled if record.line < line <= record.last_line]
        holder = below or min(around, key=lambda record: record.last_line - record.line, default=None)
        if holder is not None and not any(True for text_, _ in holder.id_text for _ in find_ids(text_)):
            holder.id_text.append((words, None))


# JSON Lines (`.jsonl`: a chat's bulk export, a tool's log): two or more lines that are each a JSON object.
_JSON_LINES = re.compile(r"\s*\{[^\n]*\}[ \t]*\r?\n\s*\{")


def _json_lines_as_array(text: str) -> str:
    """JSON Lines as one JSON array, each object on the line it had: `[` before the first, a comma after
    each but the last, `]` after the last."""
    lines = text.split("\n")
    written = [index for index, line in enumerate(lines) if line.strip()]
    for index in written[:-1]:
        lines[index] = lines[index].rstrip() + ","
    lines[written[0]] = "[" + lines[written[0]]
    lines[written[-1]] = lines[written[-1]].rstrip() + "]"
    return "\n".join(lines)


_HELD_SUMMARY_WORDS = 25
_RELEASE = re.compile(r"v?[0-9]+\.[0-9]+(?:\.[0-9]+)*(?:[-+.][\w.]+)?")


def _prose_values(
    root: yaml.Node, records: Sequence[Record], trees: dict[int, str | None]
) -> Iterator[Record]:
    """A record for each string value no entry holds that names papers or may (holds an id, or is prose): a chat
    export's messages (`"text": "today's paper: <https:\\/\\/arxiv.org\\/abs\\/2205.14135>"`), a note's free text.
    Its `body` is read for the papers it names, at its line (each distinct value once)."""
    import yaml

    # (a record's long description is read too: an API's `description: |` cites the papers its parts follow)
    held = {record.title for record in records} | {
        record.summary
        for record in records
        # (Chinese or Japanese is written without spaces: two of its characters count as a word)
        if len(record.summary.split()) + len(_CJK_LETTER.findall(record.summary)) // 2 < _HELD_SUMMARY_WORDS
        # (a short note that gives an id the record's own fields do not is read: `P-Tuning 原文：Title，arXiv:…`)
        and not (
            any(True for _ in find_ids(record.summary))
            and not any(True for text, _ in record.id_text for _ in find_ids(text))
            and not record.title
        )
    }
    # (the name of a record that is no paper, `"nombre": "COCO (Common Objects in Context) – conjunto de datos"`
    # with `"clase": "dataset"`: said by the record, never read again as prose)
    held.update(record.raw for record in records if record.not_paper)
    held.update(record.body for record in records if record.body)  # (a bookmark's notes read as its own)
    held.update(
        text for record in records for text, written in record.id_text if written is not None
    )  # (its ids)
    seen: set[str] = set()
    # (node, depth, group): the group is the item of the outermost list the node is in (a message, a card), or of
    # a list of entries inside one, so that the pieces of one message (Telegram's text entities) are read together
    # and two messages, or two bookmarks of a folder, apart.
    pending: list[tuple[yaml.Node, int, int]] = [(root, 0, 0)]
    items = 0
    while pending:
        node, depth, group = pending.pop()
        if depth > _DATA_NESTING:
            continue
        shown = _rich_text(node, trees)
        if shown is not None:
            # (an editor's document tree, Statamic's Bard field, a ProseMirror or Lexical document: its Markdown)
            if shown not in seen:
                seen.add(shown)
                line = node.start_mark.line + 1
                yield Record(
                    line=line, last_line=line, raw=shown[:120], body=shown, kind=PROSE_VALUE, group=group
                )
            continue
        runs = _text_runs(node) if isinstance(node, yaml.SequenceNode) else None
        if (
            runs is not None
        ):  # (one message's text written as runs: read whole, its links and emphasis as Markdown)
            plain = _plain_words(runs)
            if plain not in seen and (len(runs.split()) >= 5 or any(True for _ in find_ids(runs))):
                seen.add(plain)
                line = node.start_mark.line + 1
                yield Record(
                    line=line, last_line=line, raw=runs[:120], body=runs, kind=PROSE_VALUE, group=group
                )
            continue
        if isinstance(node, yaml.SequenceNode):
            # (and a list of entries nested in one, a bookmark folder's bookmarks, gives each its own group)
            if group == 0 or any(_entry_like(item) for item in node.value):
                pending.extend(
                    (item, depth + 1, items + n) for n, item in reversed(list(enumerate(node.value, 1)))
                )
                items += len(node.value)
            else:
                pending.extend((item, depth + 1, group) for item in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            rewrapped = _rewrapped_values(node)
            pending.extend(
                (value, depth + 1, group)
                for name, value in reversed(node.value)
                if not (_is_scalar(name) and _key(name.value) in _NO_PROSE_KEYS) and value not in rewrapped
            )
        elif _is_scalar(node) and node.value not in seen and " ".join(node.value.split()) not in held:
            value = node.value
            seen.add(value)
            seen.add(_plain_words(value))  # (a message's text, which its rich text runs write again)
            if is_html_value(value):  # (a chat message's `formatted_body`: its HTML as Markdown)
                value = html_value_to_markdown(value)
            elif "[/" in value and looks_like_bbcode(value):
                value = bbcode_to_markdown(
                    value
                )  # (a task's description in BBCode, Bitrix24's: `[LIST][*]…`)
            if len(value.split()) >= 5 or any(True for _ in find_ids(value)):
                line = node.start_mark.line + 1
                yield Record(
                    line=line, last_line=line, raw=value[:120], body=value, kind=PROSE_VALUE, group=group
                )


def _without_cut_titles(root: yaml.Node, records: list[Record]) -> list[Record]:
    """`records` without the titles that are another text value's start cut short, mid-word or at a space (a
    reply's `"title": "Avoimet mallit: LLaMA: Open and Efficien"`: a preview of the message it answers, whose
    text is elsewhere in the document); a record left with nothing else to show goes."""
    titled = {
        record.title
        for record in records
        if record.kind == "YAML" and record.title and len(record.title) >= 16
    }
    if not titled:
        return records
    import yaml

    by_start: dict[str, list[str]] = {}  # (each title by its first 16 characters: a value is checked once)
    for title in titled:
        by_start.setdefault(title[:16], []).append(title)
    cut: set[str] = set()
    pending = [root]
    while pending and len(cut) < len(titled):
        node = pending.pop()
        if isinstance(node, yaml.ScalarNode) and len(node.value) > 16:
            text = " ".join(node.value.split())
            cut.update(
                title
                for title in by_start.get(text[:16], ())
                if len(text) > len(title)
                and text.startswith(title)
                and (
                    (title[-1].isalnum() and text[len(title)].isalnum())  # (mid-word)
                    or title.rsplit(None, 1)[-1].casefold() in TRAILING_FUNCTION_WORDS  # (`… Beyond the`)
                )
            )
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(value for _, value in node.value)
    if not cut:
        return records
    for record in records:
        if record.kind == "YAML" and record.title in cut:
            record.title = None
    return [
        record
        for record in records
        if record.kind != "YAML" or record.title or record.id_text or record.links
    ]


def _bare_id(text: str) -> tuple[str, int | None] | None:
    """(arXiv id, version) of a field that holds one bare (`arxiv: 2011.03459`), alone or opening it before the
    writer's note (`2108.04392 (ICLR 2021 outstanding …)`)."""
    lead = _LEADING_BARE_ID.match(text)
    return parse_arxiv_id(text) or (parse_arxiv_id(lead.group("id")) if lead is not None else None)


def _gives_id(record: Record) -> bool:
    """Whether a record gives a paper's id: in a link or written out, or bare in a field for ids."""
    return any(
        any(match.arxiv_id or match.openreview_id for match in find_ids(text))
        or (written is not None and _bare_id(text) is not None)
        for text, written in record.id_text
    )


def _mark_among_papers(records: list[Record]) -> None:
    """Mark the records titled by a key (not a name's) that titles three or more of the document's records, most of
    which give a paper's id (a log's `"_title"` on each message, a query's `"titulo"` on each row): a short title
    there is a paper's, as a paper column's is."""
    groups: dict[str, list[Record]] = {}
    for record in records:
        if record.kind == "YAML" and record.title and record.title_key and not record.named:
            groups.setdefault(record.title_key, []).append(record)
    for group in groups.values():
        with_ids = [record for record in group if _gives_id(record)]
        # (or two in three at least give an id or a title that reads as a paper's: a chat bot's buttons, each a
        # title, some a link named `PDF`)
        papers = [record for record in group if _gives_id(record) or (record.title and _titled(record.title))]
        if len(group) >= 3 and (len(with_ids) * 2 >= len(group) or len(papers) * 3 >= len(group) * 2):
            for record in group:
                record.among_papers = True


def _cut_short_values(node: yaml.MappingNode) -> list[yaml.Node]:
    """The text values of a mapping that are the start of a longer one of its values, with no mark of their own."""
    values = [value for _, value in node.value if _is_scalar(value) and len(value.value) >= 24]
    if len(values) < 2:
        return []
    words = {id(value): " ".join(_plain_words(value.value).replace("#", " ").split()) for value in values}
    cut: list[yaml.Node] = []
    for value in values:
        start = words[id(value)].rsplit(" ", 1)[0]  # (its last word may be cut mid-word)
        if len(start) >= 16 and any(
            other is not value
            and len(words[id(other)]) > len(words[id(value)])
            and words[id(other)].startswith(start)
            for other in values
        ):
            cut.append(value)
    return cut


def _rewrapped_values(node: yaml.MappingNode) -> list[yaml.Node]:
    """The text values of a mapping that another of its values writes again with fewer line breaks: a drawing's
    `text` wrapped to its box's width beside the `originalText` its writer typed (Excalidraw), read once, unwrapped.
    And a value that is the start of another, cut short (a note's `snippet` beside its `content`, a post's
    `excerpt`): its last words are cut mid-title."""
    cut_short = _cut_short_values(node)
    texts = [value for _, value in node.value if _is_scalar(value) and "\n" in value.value]
    if not texts:
        return cut_short
    others = [value for _, value in node.value if _is_scalar(value) and len(value.value) > 20]
    return cut_short + [
        text
        for text in texts
        if any(
            other is not text
            and other.value.count("\n") < text.value.count("\n")
            and _plain_words(other.value) == _plain_words(text.value)
            for other in others
        )
    ]


# The fields of a run of rich text (Telegram's text entities, Slack's rich text elements).
_RUN_FIELDS = frozenset(["type", "text", "href", "url", "style", "language", "user id", "document id"])
# How a run of rich text is written as Markdown, by its type (Telegram's `bold`, `text_link`, `code` …); a type not
# named here (`plain`, `hashtag`, `mention`, `link`) is written as its text.
_RUN_MARKS = {"bold": "**", "italic": "*", "code": "`", "pre": "`", "strikethrough": "~~"}


_LINK_MARKUP = re.compile(r"<[^|<>\s]+\|(?P<slack>[^<>]+)>|\[(?P<md>[^\[\]]+)\]\([^()\s]+\)|[*`~]+")


def _plain_words(text: str) -> str:
    """A text's words without its links' and emphasis's markup (Slack's `<url|text>`, Markdown's `[text](url)`),
    so that a message's text and the same text written as rich-text runs are seen as one."""
    if "<" in text or "[" in text or "*" in text or "`" in text or "~" in text:
        text = _LINK_MARKUP.sub(lambda match: match.group("slack") or match.group("md") or "", text)
    return " ".join(text.split())


def _rich_text(node: yaml.Node, trees: dict[int, str | None]) -> str | None:
    """The Markdown a rich-text editor's document tree shows (see `richtext`), or None when `node` is none: a
    cheap look at its first item's `type` first; each node weighed once (`trees`, by the node's id: the records'
    walk and the values' walk both ask)."""
    if id(node) not in trees:
        trees[id(node)] = _rich_text_of(node)
    return trees[id(node)]


def _rich_text_of(node: yaml.Node) -> str | None:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        first = node.value[0] if node.value else None
    elif isinstance(node, yaml.MappingNode):
        first = node
    else:
        return None
    if not isinstance(first, yaml.MappingNode):
        return None
    kinds = [
        value.value.casefold()
        for name, value in first.value
        if _is_scalar(name) and name.value in ("type", "_type") and _is_scalar(value)
    ]
    if not kinds or not (
        kinds[0] in _RICH_TEXT_SIGNS if isinstance(node, yaml.SequenceNode) else kinds[0] in ("doc", "root")
    ):
        return None
    return rich_text_markdown(_plain_data(node))


# The type of a rich-text document's first block (`paragraph`, `heading` …: see `richtext`).
_RICH_TEXT_SIGNS = frozenset(
    [
        "paragraph",
        "heading",
        "bulletlist",
        "bullet_list",
        "orderedlist",
        "ordered_list",
        "blockquote",
        "block",
        "list",
        "quote",
        "codeblock",
        "code_block",
        "table",
        # (Prismic's blocks: `heading1` … `heading6`, list items, preformatted text)
        "heading1",
        "heading2",
        "heading3",
        "heading4",
        "heading5",
        "heading6",
        "list-item",
        "o-list-item",
        "preformatted",
    ]
)


def _plain_data(node: yaml.Node, depth: int = 0) -> object:
    """A YAML node as plain data: mappings, lists and strings (the base loader's scalars are all strings)."""
    import yaml

    if depth > _DATA_NESTING * 4:
        return None
    if isinstance(node, yaml.MappingNode):
        return {name.value: _plain_data(value, depth + 1) for name, value in node.value if _is_scalar(name)}
    if isinstance(node, yaml.SequenceNode):
        return [_plain_data(item, depth + 1) for item in node.value]
    return node.value if _is_scalar(node) else None


def _text_runs(node: yaml.SequenceNode) -> str | None:
    """A list of rich-text runs as one Markdown string, or None when the list is not one. A chat export (Telegram's
    `text` and `text_entities`) writes a message with emphasis or links as a list of plain strings and mappings each
    of a `type` and a `text` (and a link's `href`); read one by one, a title in italics would be torn from the
    authors after it and a link from the title before it."""
    import yaml

    pieces: list[str] = []
    typed = False
    for item in node.value:
        if _is_scalar(item):
            pieces.append(item.value)
            continue
        if not isinstance(item, yaml.MappingNode):
            return None
        fields = {_key(name.value): value for name, value in item.value if _is_scalar(name)}
        text, kind = fields.get("text"), fields.get("type")
        if (
            text is None
            or kind is None
            or not _is_scalar(text)
            or not _is_scalar(kind)
            or not fields.keys() <= _RUN_FIELDS
        ):
            return None  # (a list of messages, each with its own type and text, is no one message's runs)
        typed = True
        href = fields.get("href") or fields.get("url")
        words = text.value
        core = words.strip()
        if href is not None and _is_scalar(href) and href.value and core:
            words = words.replace(core, f"[{core}]({href.value})", 1)
        elif (mark := _RUN_MARKS.get(kind.value)) and core:
            words = words.replace(core, f"{mark}{core}{mark}", 1)
        pieces.append(words)
    return "".join(pieces) if typed else None


def _key(name: str) -> str:
    """A mapping's key as the headers are written: lower case, `_` and `-` as spaces (`paper_title`: `paper title`),
    and a word a capital starts in camel case too (`arxivId`: `arxiv id`, `paperTitle`: `paper title`)."""
    # (`title`, `url`: written so already, as most keys are; asked for each key of each record)
    if name.isascii() and name.isalpha() and name.islower():
        return name
    if name[:1].islower() and not name.islower():
        name = _CAMEL_WORD.sub(" ", name.replace("arXiv", "arxiv"))  # (`arXiv` is one word, `arxivId` two)
    return " ".join(name.casefold().replace("_", " ").replace("-", " ").split())


_CAMEL_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])")


# Keys whose list of mappings is part of one record (its authors' records, a card's attachments and labels, an API
# answer's external ids), not entries of their own: the mapping holding them is still a record.
_RECORD_PARTS = frozenset(
    [
        "attachments",
        "assets",  # (a bookmark's files: Karakeep's `assets: [{"id": …, "assetType": "bannerImage"}]`)
        "labels",
        "tags",
        "comments",
        "reactions",
        "members",
        "checklists",
        # (a task's steps and its app's links to it: Microsoft To Do's `checklistItems`, `linkedResources`)
        "checklist",
        "checklistitems",
        "subtasks",
        "linkedresources",
        "files",
        "versions",
        "external ids",
        "externalids",  # (Semantic Scholar's `externalIds`)
        "ids",
        "identifiers",
        "serial number",  # (Hayagriva's: `serial-number: {arxiv: …, doi: …}`)
        "custom fields",
        "badges",
        "links",
        "urls",
        "editors",
        "affiliations",
        # (OpenAlex's work: where it is published and who wrote it, each a mapping or a list of them)
        "primary location",
        "best oa location",
        "locations",
        "host venue",
        "authorships",
        # (an e-reader's book: KOReader's `doc_props`, its title and authors; its highlights, each on a page)
        "doc props",
        "annotations",
        "highlights",
    ]
)
# Parts that say where a work is published (its pages and PDFs): their links are the record's, and their words
# (a venue's name) are no prose to read for papers.
# (and an e-reader's book: KOReader's `doc_props` give the title and authors of the file its record is about)
# (and what a work is published in, a mapping of its own: Hayagriva's `parent`, a journal, a series, a volume of
# proceedings: its title is a venue's, never a paper's, nor prose)
_PUBLISHED_IN = frozenset(["parent", "container", "journal", "series", "proceedings", "periodical"])
_PUBLICATION_PARTS = frozenset(
    ["primary location", "best oa location", "locations", "host venue", "doc props", *_PUBLISHED_IN]
)
# Keys whose mapping is a place things are kept in or a person (a chat's channel, a board an action happened on, a
# message's user): its name is never a paper's title.
_CONTAINER_KEYS = frozenset(
    [
        "board",
        "list",
        "channel",
        "team",
        "workspace",
        "project",
        "organization",
        "group",
        "user",
        "member",
        "owner",
        # (a CITATION.cff reference's conference, publisher and institution: places and bodies, not papers)
        "conference",
        "publisher",
        "institution",
        "location",
        "database provider",
        # (a search engine's result's site, as Brave's and Kagi's answers give it: `profile: {name: "Meta AI", …}`)
        "profile",
        "meta url",
        "site",
        *_PUBLISHED_IN,
    ]
)


# Keys whose list holds things of other kinds than papers, as a CV (JSON Resume's `resume.json`) or a profile
# lists them: a certificate's or a course's `name` is no paper's title, nor what an interest's keywords say.
_NOT_PAPER_LISTS = frozenset(
    [
        *(
            "certificates",
            "certifications",
            "courses",
            "awards",
            "honors",
            "skills",
            "languages",
            "interests",
        ),
    ]
)
_NO_PROSE_KEYS = _PUBLICATION_PARTS | _NOT_PAPER_LISTS  # (values not read for the papers their words name)


# What a search engine's answer says of the query it answers (OpenSearch's `Query` element, as Google's Custom
# Search gives it: `{title: "Google Custom Search - diffusion", searchTerms: …, startIndex: …, totalResults: …}`).
_QUERY_KEYS = frozenset(["search terms", "start index", "total results", "start page", "items per page"])


def _describes_a_query(node: yaml.MappingNode) -> bool:
    """Whether a mapping describes a search's query (two of `_QUERY_KEYS`), not an item it found."""
    return sum(1 for key, _ in node.value if _is_scalar(key) and _key(str(key.value)) in _QUERY_KEYS) >= 2


def _person_named(node: yaml.Node) -> str | None:
    """An author as a list gives one: a name, or a mapping with `name` or `given` and `family` (CSL, APIs)."""
    import yaml

    if _is_scalar(node):
        return str(node.value) or None
    if not isinstance(node, yaml.MappingNode):
        return None
    parts: dict[str, str] = {
        _key(key.value): str(value.value)
        for key, value in node.value
        if _is_scalar(key) and _is_scalar(value)
    }
    if parts.get("name"):
        return parts["name"]
    return " ".join(part for part in (parts.get("given"), parts.get("family")) if part) or None


def _is_scalar(node: yaml.Node) -> TypeGuard[yaml.ScalarNode]:
    import yaml

    return isinstance(node, yaml.ScalarNode)


def _entry_like(node: yaml.Node) -> bool:
    """Whether a mapping in a list could be an entry: it gives a title, an id or a link of its own (an API
    answer's `authorships` and `locations`, `{"author_position": ..., "author": {...}}`, give none: parts of
    the record holding them)."""
    import yaml

    if not isinstance(node, yaml.MappingNode) or _name_value_pair(node) is not None:
        return False  # (`{"name": "arxiv", "value": "1409.0473"}`: an attribute of the record holding it)
    keys = {_key(name.value) for name, value in node.value if _is_scalar(name) and _is_scalar(value)}
    if keys & _ACCOUNT_KEYS and not keys & (_TITLE_KEY_SET - _NAME_KEYS):
        return False  # (`{"code": "m.tanaka", "name": "田中 美咲"}`: a person's account, as an app names who did it)
    return bool(keys & (_TITLE_KEY_SET | _DATA_ID_KEYS | _LINK_HEADERS))


def _is_author_key(key: str) -> bool:
    """Whether a data record's key names its authors, in the languages of sheets' headers and of field labels
    (`authors`, `autoren`, `авторы`, `著者`)."""
    return key in _AUTHOR_HEADERS or label_of(key) is Label.AUTHORS


def _name_value_pair(node: yaml.Node) -> tuple[str, yaml.Node] | None:
    """A mapping that is an attribute, a name and its value (Trilium's labels, `{"type": "label", "name": "arxiv",
    "value": "1409.0473"}`), as (the name as a key, its value); None for any other node."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return None
    parts = {_key(name.value): value for name, value in node.value if _is_scalar(name)}
    name = parts.get("name") or parts.get("label")
    value = parts.get("value") or _first_value(parts.get("values"))
    scheme = parts.get("system") or parts.get("scheme") or parts.get("type")
    if (
        name is None
        and scheme is not None
        and value is not None
        and _is_scalar(scheme)
        and "arxiv" in scheme.value.casefold()
        and _is_scalar(value)
    ):
        # (an identifier by its system, as FHIR and schemes of identifiers write one: `{"system":
        # "https://arxiv.org", "value": "1502.01852"}`, `{"scheme": "arXiv", "value": …}`)
        return ("arxiv", value) if set(parts) <= _IDENTIFIER_PAIR_KEYS else None
    if name is None or value is None or not _is_scalar(name) or not _is_scalar(value):
        return None
    if any(
        not (_is_scalar(parts[key]) and _FLAG_VALUE.fullmatch(parts[key].value))
        for key in set(parts) - _PAIR_KEYS
    ):
        return None  # (other keys than an attribute's, unless they only hold its flags: `"flags": 0, "expires": 4`)
    label = name.value.rpartition(":")[2]  # (`label:arxiv`: a template's declaration of the label)
    return (_key(label), value) if label else None


# (and an app's field, its label and its values, Podio's `{"label": "분류", "values": [{"value": {"text": …}}]}`)
_IDENTIFIER_PAIR_KEYS = frozenset(["system", "scheme", "type", "value", "use", "assigner", "period"])
_PAIR_KEYS = frozenset(
    ["name", "value", "type", "position", "is inheritable", "id", "note id", "label", "values", "field id",
     "external id"]
)  # fmt: skip


# A flag's value: a number, a truth value or nothing.
_FLAG_VALUE = re.compile(r"-?[0-9]+|true|false|null|~|", re.IGNORECASE)


def _first_value(node: yaml.Node | None) -> yaml.Node | None:
    """The value a field's list of values or a value's object gives first: its `value`, or its `text`."""
    import yaml

    if isinstance(node, yaml.SequenceNode):
        node = node.value[0] if node.value else None
    if not isinstance(node, yaml.MappingNode):
        return node
    inner = {_key(name.value): value for name, value in node.value if _is_scalar(name)}
    found = inner.get("value") or inner.get("text")
    if isinstance(found, yaml.MappingNode):
        return _first_value(found)  # (`{"value": {"text": "데이터셋", …}}`: a category's value, its text)
    return found if found is None or _is_scalar(found) else None


# The keys of a person's account in an app's record (kintone's `{code, name}`, GitHub's `{login, id, avatar_url}`).
_ACCOUNT_KEYS = frozenset(
    [
        "code",
        "login",
        "username",
        "user name",
        "email",
        "mail",
        "handle",
        "avatar url",
        "uid",
        "user id",
        "display name",
    ]
)


# An account's name, as an app records who made an item (`ines.haddad`, `jdoe_42`): no person's name as written.
_USER_NAME = re.compile(r"@?[a-z0-9][a-z0-9._\-]*")


# What may open a note's line before the title it names: a list's marker, a quote's, emphasis.
_LINE_MARKS = re.compile(r"^[\s*#>\-+•·\d.)]*[*_'/\[]*")


# Where a note's body (its lines run together, as a data file's value is read) breaks: a line, a list's marker,
# a sentence's end.
_BARE_ID = re.compile(r"(?<![\w./])[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,3})?(?![\w/])")  # (after a title: its id)
_NOTE_PIECES = re.compile(r"\n|\s[*•#]\s|(?<=[.!?])\s+(?=[A-Z])")


def _id_beside_other_title(body: str, title: str | None) -> bool:
    """Whether a note's body gives its id on a line that names a paper of its own, a title read as one before
    it, other than the note's (`* Mixed Precision Training — fp16 master weights, [[OpenReview|…]]` in a page
    titled `Memory & parallelism`): that id is the line's paper, not the note's."""
    for line in _NOTE_PIECES.split(body):
        found = next(iter(find_ids(line)), None)
        bare = _BARE_ID.search(line) if found is None else None
        if found is None and (bare is None or parse_arxiv_id(bare.group()) is None):
            continue
        start = found.start if found is not None else bare.start() if bare is not None else 0
        before = _LINE_MARKS.sub("", line[:start]).strip()
        named = re.split(r"[ \t]+(?:——|[—–-])[ \t]+|[,;(\[]|https?://", before, maxsplit=1)[0].strip(" *_'/")
        if (
            len(named.split()) >= 2
            and title_strength(named, structured=False) == 2
            and (title is None or named.casefold() != title.casefold())
        ):
            return True
    return False


# A file's name by its suffix: slides, documents, spreadsheets, pictures, recordings (never a paper's title).
_FILE_NAME = re.compile(
    r"\.(?:pptx?|docx?|xlsx?|key|odp|odt|ods|pages|numbers|png|jpe?g|gif|svg|mp4|mov|mp3|m4a|wav|zip)$",
    re.IGNORECASE,
)


def _data_record(node: yaml.MappingNode) -> Record | None:
    """The record a YAML/JSON mapping makes: its title, links, ids, authors, notes and kind."""
    import yaml

    fields: dict[str, yaml.Node] = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            fields.setdefault(_key(key.value), value)
    for value in list(fields.values()):
        # (or those of a mapping the record keeps what it cites in: FHIR's `citedArtifact: {identifier: […]}`)
        inner = [part for _, part in value.value] if isinstance(value, yaml.MappingNode) else []
        for listed in (value, *inner):
            if isinstance(listed, yaml.SequenceNode):
                for pair in listed.value:
                    attribute = _name_value_pair(pair)
                    if attribute is not None:
                        # (`attributes: [{name: arxiv, value: 1409.0473}]`: the record's own fields)
                        fields.setdefault(*attribute)
    if any(
        isinstance(value, yaml.SequenceNode)
        and any(_entry_like(item) for item in value.value)
        and key not in _RECORD_PARTS
        and key not in _AUTHOR_HEADERS
        for key, value in fields.items()
    ):
        return None  # a section holding entries (`- title: Week 1` / `papers: [...]`), not one itself
    scalars = {key: " ".join(value.value.split()) for key, value in fields.items() if _is_scalar(value)}
    body = next(
        (
            value.value
            for key in fields
            if key in _BODY_KEYS
            if isinstance(fields[key], yaml.MappingNode)
            for name, value in fields[key].value
            if _is_scalar(name)
            and _key(name.value) == "content"
            and _is_scalar(value)
            and value.value.strip()
        ),
        None,
    )  # (Microsoft Graph's `"body": {"content": "…", "contentType": "text"}`: a task's or a message's notes)
    for key in [name for name in fields if name in _RECORD_PARTS]:
        part = fields[key]
        mappings = (
            [part]  # `"externalIds": {"ArXiv": "1512.03385", "DOI": ...}`
            if isinstance(part, yaml.MappingNode)
            else [item for item in part.value if isinstance(item, yaml.MappingNode)]
            if isinstance(part, yaml.SequenceNode) and key in _PUBLICATION_PARTS
            else []
        )
        for mapping in mappings:
            for name, value in mapping.value:
                if _is_scalar(name) and _is_scalar(value) and value.value not in ("", "null", "~"):
                    scalars.setdefault(_key(name.value), " ".join(value.value.split()))
    identifiers = [
        " ".join(value.value.split())
        for key in fields
        if key in _IDENTIFIER_LISTS
        if isinstance(fields[key], yaml.SequenceNode)
        for item in fields[key].value
        if isinstance(item, yaml.MappingNode)
        for name, value in item.value
        if _is_scalar(name) and _is_scalar(value) and _key(name.value) in _IDENTIFIER_VALUES
    ]
    identifiers.extend(
        " ".join(item.value.split())
        for key in fields
        if key in _IDENTIFIER_LISTS_OF_TEXT
        if isinstance(fields[key], yaml.SequenceNode)
        for item in fields[key].value
        if _is_scalar(item) and any(True for _ in find_ids(item.value))
    )  # (Dublin Core's identifiers, one an arXiv id: `["https://repo…/handle/…", "arXiv:1810.04805"]`)
    for key in [name for name in fields if name in _LINK_HEADERS]:
        # (`"url": {"private_do_not_access_or_else_safe_url_do_not_use": "https://…"}`: a link kept in a mapping,
        # as Google Chat's link previews keep theirs)
        part = fields[key]
        if isinstance(part, yaml.MappingNode) and key not in scalars:
            address = next(
                (value.value for _, value in part.value if _is_scalar(value) and _URL.match(value.value)),
                None,
            )
            if address is not None:
                scalars[key] = address
    title_key = next((key for key in _DATA_TITLE_KEYS if scalars.get(key)), None)
    if body is not None and title_key is not None:
        scalars.setdefault(
            "notes", " ".join(body.split())
        )  # (a titled task's notes; a message's body is prose)
    else:
        body = None
    # (an API's kind of resource, `"kind": "tasks#task"`, `youtube#video`: what follows the `#`)
    # (of several, `"tipo": "recurso"` and `"clase": "dataset"`, the one that says what the record is)
    kinds = [
        scalars[key].casefold().replace(" ", "").rpartition("#")[2]
        for key in scalars
        if key in _TYPE_HEADERS and scalars[key]
    ]  # (in the record's own order: a set's would change from run to run)
    kind = next(
        (said for said in kinds if said in NOT_PAPER_TYPES or said in PAPER_TYPES), kinds[0] if kinds else ""
    )
    if not kind and (tagged := next((scalars[key] for key in scalars if key in _TAGS_HEADERS), None)):
        # (a bookmark's tags that say what it is: `blog,escalado,visión`, `foro,robustez`)
        kind = _kind_tagged(tagged) or ""
    # (a note that names its paper's authors is a paper's record, whatever its app calls its kind: Trilium's `text`)
    authored = any(scalars[key] and _is_author_key(key) for key in scalars)
    if (kind in _PROSE_TYPES or sum(key in _TASK_HEADERS for key in fields) >= 2) and not (
        title_key
        and (named := clean_title(scalars[title_key]))
        and not _URL.search(named)
        and (_said_as_title(named) or (authored and title_strength(named, structured=True) >= 1))
    ):
        # (a to-do app's task, `"title": "Longformer"` / `"notes": "Longformer: Title — arXiv:…"`: the writer's
        # words, read as prose for the papers they name, as a tracker's CSV row is; unless the task is named by a
        # title in Title Case alone, as a card is)
        return None
    ids = [key for key in scalars if key in _DATA_ID_KEYS or key in _LINK_HEADERS or key in _DATA_CODE_KEYS]
    if title_key is None and not ids and not identifiers:
        return None
    first = node.start_mark.line + 1
    last = max(first, node.end_mark.line + (1 if node.end_mark.column else 0))
    title = scalars.get(title_key) if title_key else None
    if title is not None:
        title = without_page_decoration(title)  # (a bookmark's name is its page's title)
    if title is not None and _FILE_NAME.search(title):
        # (`Week 9 — LLM agents (reading circle).pptx`: a shared file's name, slides or a spreadsheet, no paper)
        return None
    given = title
    if (
        title is not None
        and title_strength(title, structured=True) == 0
        # (typed a paper, `"@type": "ScholarlyArticle"`: its title in sentence case too)
        and not (kind in PAPER_TYPES and _sentence_titled(title))
    ):
        title = None  # `"name": "reader"` in a settings file: no paper's title
        if not ids:
            return None
    record = Record(
        line=first, last_line=last, raw=given or (scalars[ids[0]] if ids else identifiers[0]), kind="YAML"
    )
    record.title = title
    record.paper_column = title_key in _PAPER_HEADERS
    record.named = title_key in _NAME_KEYS
    record.title_key = title_key or ""
    # (its authors as names, before a mapping of one user's account: SharePoint's `"Author": {"Title": …}` beside
    # `"Authors": "Xiao Liu, …"`; in the record's own order, never a set's, which changes from run to run)
    author_key = next(
        (key for key in fields if _is_author_key(key) and not isinstance(fields[key], yaml.MappingNode)),
        next((key for key in fields if _is_author_key(key)), None),
    )
    if author_key is not None:
        names = fields[author_key]
        if isinstance(names, yaml.SequenceNode):
            record.authors = ", ".join(filter(None, map(_person_named, names.value))) or None
        elif author_key in scalars:
            record.authors = scalars[author_key] or None
    if record.authors is not None and _USER_NAME.fullmatch(record.authors):
        record.authors = (
            None  # (`"creator": "ines.haddad"`: the account that wrote the note, not a paper's authors)
        )
    record.summary = next((scalars[key] for key in scalars if key in _SUMMARY_HEADERS and scalars[key]), "")
    if record.venue is None and (opens := VENUE_YEAR.match(scalars.get("description", ""))) is not None:
        # (a bookmark's note opening on where and when it appeared: `NeurIPS 2020, code`)
        record.venue = opens.group(0)
    record.not_paper = NOT_PAPER_TYPES.get(kind)
    if record.not_paper is None and not _FEED_KEYS.isdisjoint(fields):
        # (`"feed": {"title": "Hugging Face - Blog", "feed_url": …}`: a feed reader's subscription, a site)
        record.not_paper = "a feed (a site's or a blog's subscription), not a paper"
    if (
        record.not_paper is None
        and _RELEASE.fullmatch(scalars.get("version", ""))
        # (`{"version": "1.1", "level": 6, "timestamp": …}`: a log message's format, GELF's, not a release)
        and _LOG_MESSAGE_KEYS.isdisjoint(fields)
    ):
        # (`info: {title: …, version: 1.4.0}`: an API's, a package's or a document's release, not a paper)
        record.not_paper = "a release with its version number (software, an API, a document), not a paper"
    record.paper_type = kind in PAPER_TYPES
    names_others = False
    misc = kind in ("misc", "unpublished")  # (BibTeX's types, in a library exported as data: Referencer's)
    for key, value in scalars.items():
        if not value or key in _SUMMARY_HEADERS or key == title_key:
            continue
        if len(value.split()) >= 12 and (
            len({match.arxiv_id or match.openreview_id for match in find_ids(value)}) > 1
            or _id_beside_other_title(value, title)
        ):
            names_others = True
            continue  # (a note's body naming several papers, or another: read as prose, never the note's own id)
        if key in _LINK_HEADERS or key in _DATA_CODE_KEYS or _URL.match(value):
            record.links.extend(_URL.findall(value) or ([value] if "/" in value else []))
        written = Evidence.ARXIV_TEXT if key in _DATA_ID_KEYS else None
        record.id_text.append((value, written))
    for value in identifiers:
        record.links.extend(_URL.findall(value))
        record.id_text.append((value, Evidence.ARXIV_TEXT))  # (an identifier by its key: no prose of its own)
    if _NOTE_OPENS_WITH_ID.match(record.summary):
        record.id_text.append((record.summary.split(";")[0].split(",")[0], Evidence.ARXIV_TEXT))
    elif body is not None and title is not None and (alone := _own_link_line(body)) is not None:
        record.id_text.append(
            (alone, None)
        )  # (`Names et al.` / `https://arxiv.org/abs/…` / `the writer's notes`)
    if misc and record.not_paper is None:
        record.not_paper = _web_only(record, scalars.get("howpublished", ""))
    note = next((scalars[key] for key in _NOTE_KEYS if scalars.get(key)), "")
    if (
        note
        and record.links
        and not any(is_paper_page(link) for link in record.links)
        and (any(True for _ in find_ids(note)) or _LABEL_FIRST.match(note))
    ):
        # (a bookmark of a repository or a post whose notes name the paper it goes with: `Artigo: Title, arXiv
        # 2005.00743`, `Artigo correspondente: Title — Authors`: read for the papers they name)
        record.body = note
    if (
        record.not_paper is None
        and (said := NOTE_SAYS_ITS_KIND.match(note)) is not None
        and not any(True for value in scalars.values() for _ in find_ids(value))
    ):
        # (`note: Книга / підручник, не стаття.`, `remark: Biblioteca, no es un artículo`: its note says what it is)
        record.not_paper = f"its note says: {said.group('kind')}"
    if names_others and not any(
        any(True for _ in find_ids(text)) or (written is not None and parse_arxiv_id(text) is not None)
        for text, written in record.id_text
    ):
        # (a wiki's page whose body lists papers, with no id of its own: a page about papers, not one)
        record.not_paper = record.not_paper or "a note that names other papers, with no id of its own"
    return record
