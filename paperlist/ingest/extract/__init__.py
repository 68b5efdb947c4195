"""Pure: a digest's text → the papers it references. No network, no database.

`extract_references(text, shape)` reads a digest by its shape (`document.sniff` chooses it from the file name
and the content):

- records (BibTeX, RIS, CSL-JSON, CSV/TSV, feeds): one reference per record (`records.py`);
- documents (Markdown, HTML turned Markdown, org-mode, plain text): their structure first (`outline.py`), then
  their entries (`entries.py`: list items, table rows, field records, reference lists, arXiv listings, title
  and authors lines), then the free text left over, line by line (`reader.py`);

and merges what the readers found, one reference per paper per digest.
"""

from __future__ import annotations

import contextlib
import json
import re
from bisect import bisect_right
from dataclasses import fields, replace
from itertools import islice
from typing import Any

from paperlist.digests import Extraction, Reference, Rejected
from paperlist.ids import find_ids
from paperlist.ingest.extract.document import sniff
from paperlist.ingest.extract.entries import is_author_tail, parse_citation, read_entries
from paperlist.ingest.extract.evidence import Reason
from paperlist.ingest.extract.linescan import line_matches, line_search
from paperlist.ingest.extract.outline import Outline, outline
from paperlist.ingest.extract.reader import (
    list_siblings,
    person_names,
    read_lines,
    research_title,
    sibling_reference,
    split_joined_titles,
    title_strength,
)
from paperlist.ingest.extract.records import (
    PROSE_VALUE,
    Record,
    biblatex_records,
    bibtex_records,
    clippings_records,
    csl_records,
    data_records,
    dblp_records,
    endnote_records,
    feed_records,
    front_matter_references,
    jats_records,
    looks_like_table,
    mods_records,
    named_tables,
    refer_records,
    ris_records,
    table_delimiter,
    table_records,
    tei_records,
    to_reference,
    xbel_records,
    zotero_rdf_records,
)
from paperlist.ingest.extract.triples import triples_records
from paperlist.ingest.extract.vocabulary import (
    AND_WORD,
    NOT_PAPER_TYPES,
    ONE_PERSON,
    Label,
    label_of,
    names_a_venue,
    research_words,
)
from paperlist.models import Evidence
from paperlist.rawtext import is_text, whole_characters
from paperlist.shapes import Shape

__all__ = ["Shape", "extract_document", "extract_references", "sniff"]


def extract_document(text: str, name: str, *, html: bool = False, markdown: bool = False) -> Extraction:
    """The references in a digest named `name` (its file name or URL), read as the shape it has (`html`, `markdown`:
    what decoding made of it, whatever its name says)."""
    extraction = extract_references(text, Shape.MARKDOWN if markdown else sniff(name, text, html=html))
    return _stored_as_text(extraction)


def _stored_as_text(extraction: Extraction) -> Extraction:
    """The extraction with every character whole: a JSON or YAML reader unescapes an emoji's two halves
    (`\\ud83d\\ude42`) one by one, and such halves cannot be stored."""
    mended = []
    for reference in extraction.references:
        changes: dict[str, Any] = {
            field.name: whole_characters(value)
            for field in fields(reference)
            if isinstance(value := getattr(reference, field.name), str) and not is_text(value)
        }
        mended.append(replace(reference, **changes) if changes else reference)
    if all(new is old for new, old in zip(mended, extraction.references, strict=True)) and all(
        is_text(name.raw) for name in extraction.names
    ):
        return extraction  # (the common case: nothing to mend)
    return replace(
        extraction,
        references=tuple(mended),
        names=tuple(
            replace(name, name=whole_characters(name.name), raw=whole_characters(name.raw))
            for name in extraction.names
        ),
        rejected=tuple(replace(item, text=whole_characters(item.text)) for item in extraction.rejected),
    )


def extract_references(
    text: str, shape: Shape | str | None = None, *, walls: frozenset[int] = frozenset(), page: bool = True
) -> Extraction:
    """Find every paper `text` references (ids, links, titles) and what it says about each.

    `shape` says how to read it; without one it is told from the content (Markdown, BibTeX, RIS or text).
    `walls` (0-based lines) end whatever entry is above them, as a message header does: where the pieces of a
    text put together meet. Without `page`, `text` is no page with a headline (a data file's values put together).
    """
    chosen = sniff("", text) if shape is None else Shape(shape)
    if chosen.is_record:
        records = _records(text, chosen)
        if records is not None:
            rejected: list[Rejected] = []
            found = _not_venues(_record_references(records, rejected), rejected)
            if chosen is Shape.YAML and "#" in text:
                # (and its comments, the writer's words beside the records: `# to add in v1.0:` / `#   Title`)
                # (a paper a record gives keeps the record's title, not the words of a comment near it)
                given = {reference.key for reference in found}
                commented = extract_references(_yaml_comments(text), Shape.TEXT, page=False)
                found.extend(reference for reference in commented.references if reference.key not in given)
            references = _merge(found)
            return Extraction(references=references, shape=chosen.value, rejected=tuple(rejected))
        if chosen is Shape.YAML and "#" in text:
            # (a program's settings in YAML, no reading list's entries: its comments are the writer's words, read
            # without their marks, `#   * Title` as `  * Title`, not as headings)
            text = _YAML_COMMENT.sub(r"\g<indent>", text)
        chosen = Shape.TEXT  # not what its name says: read it as text
    if chosen is Shape.TEXT and text.startswith(("<?xml", "\ufeff<?xml")) and "&" in text:
        # (an XML document no reader knows, a bug tracker's export, read as text: its words as written, `&amp;`
        # as `&`; `&lt;` and `&gt;` stay, so that no word becomes a tag)
        text = _XML_REFERENCE.sub(_xml_character, text)
    if not text.isascii() and _NATIVE_DIGIT.search(text) is not None:
        text = _NATIVE_ITEM_NUMBER.sub(_ascii_number, text)
    if chosen in (Shape.TEXT, Shape.MARKDOWN) and ("│" in text or "┃" in text):
        text = _without_gutters(text)
    if chosen in (Shape.TEXT, Shape.MARKDOWN) and "\n*" in text:
        text = _without_star_comments(text)
    if chosen is Shape.TEXT and _CARD.match(text) is not None:
        text = _without_card_sequences(text)
    if chosen is Shape.TEXT and "   " in text:
        text = _without_padded_leads(text)
    if chosen is Shape.TEXT and "Member Key: " in text:
        text = _members_as_fields(text)
    keys: dict[int, tuple[str, str]] = {}  # (1-based line: each record key read as a number, and the key)
    if chosen is Shape.TEXT and line_search(_RECORD_KEY, text) is not None:
        text, keys = _keys_as_numbers(text)
    if chosen in (Shape.TEXT, Shape.MARKDOWN) and ":" in text:
        text = _without_match_places(text)
    embedded: list[Reference] = []
    embedded_rejected: list[Rejected] = []
    if "\\begin{filecontents" in text:
        text, embedded = _embedded_bibliographies(text, embedded_rejected)
    if "CSL_CITATION" in text:
        text, objects = _citation_fields(text, embedded_rejected)
        embedded.extend(objects)
    if chosen is Shape.TEXT and '\n{"' in text:
        text, objects = _embedded_json_lines(text, embedded_rejected)
        embedded.extend(objects)
    if chosen in (Shape.TEXT, Shape.MARKDOWN) and ("\n[\n" in text or "\n{\n" in text):
        text, objects = _embedded_json_blocks(text, embedded_rejected)
        embedded.extend(objects)
    if chosen in (Shape.TEXT, Shape.MARKDOWN) and text.startswith("---\n") and "\n  - " in text:
        text, objects = _front_matter_lists(text, embedded_rejected)
        embedded.extend(objects)
    structure = outline(text, chosen)
    entries = read_entries(structure)
    cited = _front_matter_references(structure)
    body = "\n".join(structure.lines) if chosen in (Shape.ORG, Shape.RST) else text
    lines = read_lines(
        body,
        entries.claimed | entries.masked,
        entries.walls | walls,
        entries.prose - entries.masked,
        page=page,
    )
    venues: list[Rejected] = []
    if entries.found or cited or embedded:
        references = _merge(
            _not_venues(
                [found.to_reference() for found in entries.found] + list(lines.references) + cited + embedded,
                venues,
            )
        )
    else:
        references = tuple(_not_venues(list(lines.references), venues))  # (merged already by the line reader)
    rejected = sorted(
        [*entries.rejected, *lines.rejected, *embedded_rejected, *venues], key=lambda item: item.line
    )
    text_lines = text.split("\n")
    references = _sibling_records(_titled_on_their_line(references, text_lines), text_lines)
    if siblings := list_siblings(references, text_lines, rejected):
        references = _merge([*references, *siblings])  # (a title given twice, weakly and not, is one paper)
    if any(reference.title and " and " in reference.title for reference in references):
        split = split_joined_titles(references)
        if len(split) != len(references):
            references = _merge(split)  # (`Name: Subtitle and Improving …`: two papers, read as one title)
    if entries.claimed:
        references = _ids_of_claimed_lines(references, text_lines, entries.claimed)
    if any(reference.title and ", " in reference.title[:60] for reference in references):
        references = tuple(_without_authors_before(reference) for reference in references)
    if keys:
        references = tuple(_with_keys(reference, keys) for reference in references)
    return Extraction(references=references, names=lines.names, shape=chosen.value, rejected=tuple(rejected))


# A citation's authors before its title, surnames and initials (`Tan, M. ; Le, Q. V. Title`, `Jiang, W. et al.
# Title`), a reading's label before them maybe (`Reading: …`, `Lecture : …`): who wrote it, not its title's words.
_AUTHORS_BEFORE = re.compile(
    r"(?:[^\W\d_][\w'’ ]{0,20}?[ \t]?:[ \t]+)?"
    r"(?P<authors>(?:[A-ZÀ-ÝĀ-Ž][\w'’\-]+(?:[ \t][A-ZÀ-ÝĀ-Ž][\w'’\-]+)?,[ \t]*(?:[A-ZÀ-ÝĀ-Ž]\.[ \t\-]?){1,3}[ \t]*"
    r"(?:[;,&][ \t]*|and[ \t]+|et[ \t]+(?!al\b))?)+(?:et[ \t]+al\.?[ \t]*)?)"
    r"(?=[A-Z0-9][^ \t]*[ \t][^ \t])"
)
# ... or their surnames alone, the last after `and` in the writer's language, and a comma (`Pennington, Socher e
# Manning, GloVe: …`).
_SURNAMES_BEFORE = re.compile(
    rf"(?P<authors>(?:[A-Z][\w'’\-]+,[ \t]+){{1,5}}[A-Z][\w'’\-]+[ \t]+(?:and|&|{AND_WORD})[ \t]+[A-Z][\w'’\-]+),[ \t]+"
    r"(?=[A-Z0-9][^ \t]*[ \t][^ \t])"
)


def _without_authors_before(reference: Reference) -> Reference:
    """The reference, its title without the authors a reader took with it (`Tan, M. ; Le, Q. V. EfficientNetV2:
    Title`, a syllabus's reading cited in full above its link), which become its authors when it has none."""
    title = reference.title
    cited = (
        (_AUTHORS_BEFORE.match(title) or _SURNAMES_BEFORE.match(title))
        if title and ", " in title[:60]
        else None
    )
    if title is None or cited is None:
        return reference
    rest = title[cited.end() :]
    if len(rest.split()) < 2 or not (
        cited.group("authors").rstrip().endswith((".", "al")) or cited.re is _SURNAMES_BEFORE
    ):
        return reference
    authors = reference.authors or cited.group("authors").strip(" ;,")
    venue = _VENUE_AND_YEAR_LAST.search(rest)
    if venue is not None and len(rest[: venue.start()].split()) >= 2:
        # (`Title. ICML 2021`: where the citation was published, after its title)
        rest = rest[: venue.start()]
    return replace(reference, title=rest, authors=authors)


# A citation's venue and year after its title's full stop (`. ICML 2021`, `. Proceedings of the IEEE, 1998`).
_VENUE_AND_YEAR_LAST = re.compile(r"\.[ \t]+[A-Z][^.!?\n]{0,60}?(?:19|20)[0-9]{2}[a-z]?\.?$")


# A card image: 72 columns of text, then its sequence field, a letter maybe and a number right-aligned in the last
# eight (an IGES file's `S      1`, a FORTRAN or COBOL deck's numbers in columns 73 to 80).
_CARD = re.compile(r"[^\n]{72}[A-Z ][ 0-9]{6}[0-9][ \t]*(?:\n|$)")


def _without_card_sequences(text: str) -> str:
    """The text without its cards' sequence fields, when most of its lines are such cards: a title on a card is
    its 72 columns, not the number the deck counts it by."""
    lines = text.split("\n")
    cards = [_CARD.fullmatch(line + "\n") is not None for line in lines]
    if sum(cards) < 5 or sum(cards) * 3 < sum(1 for line in lines if line.strip()) * 2:
        return text
    return "\n".join(line[:72].rstrip() if card else line for line, card in zip(lines, cards, strict=True))


def _ids_of_claimed_lines(
    references: tuple[Reference, ...], text_lines: list[str], claimed: set[int]
) -> tuple[Reference, ...]:
    """The references, and every id the entries' lines hold that none of them carries, with the id alone: an entry
    read as one paper may hold several (records a reader could not tell apart), and the line reader, which takes
    every id it meets, never reads an entry's lines; an id in a digest is never lost."""
    given = {reference.arxiv_id or reference.openreview_id for reference in references}
    added: list[Reference] = []
    for index in sorted(claimed):
        line = text_lines[index] if index < len(text_lines) else ""
        for match in find_ids(line):
            identifier = match.arxiv_id or match.openreview_id
            if identifier not in given:
                given.add(identifier)
                added.append(
                    Reference(
                        evidence=match.evidence,
                        line=index + 1,
                        raw=line.strip(),
                        arxiv_id=match.arxiv_id,
                        version=match.version,
                        openreview_id=match.openreview_id,
                        lines=(index + 1,),
                    )
                )
    return (*references, *added) if added else references


def _titled_on_their_line(references: tuple[Reference, ...], lines: list[str]) -> tuple[Reference, ...]:
    """An id read with no title, and the one title read with no id on the same line right beside it (a field's name
    at most between them), as one reference: two readers' halves of one paper (`{ title: 'Title', url:
    'https://arxiv.org/abs/…', … }`, a record's literal); not a title the writer's words part from the id (`Title
    and ModelName (https://arxiv.org/abs/…)`, two papers)."""
    by_line: dict[int, list[int]] = {}
    for position, reference in enumerate(references):
        by_line.setdefault(reference.line, []).append(position)
    pairs: dict[int, int] = {}  # (the id's position: the title's)
    for positions in by_line.values():
        if len(positions) != 2:
            continue
        bare, titled = positions if references[positions[0]].title is None else positions[::-1]
        if (
            references[bare].title is None
            and (references[bare].arxiv_id or references[bare].openreview_id)
            and references[titled].title is not None
            and references[titled].arxiv_id is None
            and references[titled].openreview_id is None
            and _side_by_side(references[bare], references[titled], lines)
        ):
            pairs[bare] = titled
    if not pairs:
        return references
    dropped = set(pairs.values())
    return tuple(
        _combine(reference, references[pairs[position]]) if position in pairs else reference
        for position, reference in enumerate(references)
        if position not in dropped
    )


# A quoted string on a line, in single or double quotes (a program's literal, a SQL value).
_QUOTED_VALUE = re.compile(r"'(?P<single>[^'\n]{1,300})'|\"(?P<double>[^\"\n]{1,300})\"")


def _quoted_values(line: str) -> list[tuple[int, str]]:
    return [
        (match.start(), match.group("single") or match.group("double"))
        for match in _QUOTED_VALUE.finditer(line)
    ]


# A note beside a title in one value: a spaced dash, a parenthesis, a sentence's end.
_NOTED = re.compile(r" [—–-] |[(（]|\. ")


# (a command's option before the value: `launch --title "Title" …`, `-t 'Title'`)
_OPTION_LAST = re.compile(r"(?:^|[ \t])--?[A-Za-z][\w-]*$")
_FIRST_ARGUMENT = re.compile(r"(?<=\()[^\W\d]\w*(?=,)")
_BARE_WORD = re.compile(r"(?<![\w.:/])[:]?[^\W\d_]{2,}(?![\w.:/])")


def _record_shape(line: str, values: list[tuple[int, str]], position: int) -> str:
    """A record line's shape up to its `position`-th quoted value: its text there with every value emptied, every
    number a 0 and a call's bare first argument a `w` (`(0, '', `, `{ title: `, `paper(w, `: a fact's key differs
    from line to line, a field's name does not), or "" when it has no such value."""
    if position >= len(values):
        return ""
    at = values[position][0]
    shape = re.sub(r"[0-9]+", "0", " ".join(_QUOTED_VALUE.sub("''", line[:at]).split()))
    return _FIRST_ARGUMENT.sub("w", shape)


def _sibling_records(references: tuple[Reference, ...], lines: list[str]) -> tuple[Reference, ...]:
    """Titles of a run of records written one a line in a program's or a query's literal (`{ title: 'Title', url:
    null }`, `(9, 'Title', null, 'read')`): where two lines or more of a run of three or more, alike up to the same
    quoted value, had that value read as a paper's title, the same value of the run's other lines is a paper's title
    too, when it reads as one (an item among papers: weak until a service confirms it)."""
    quoted = [reference for reference in references if reference.title and 0 < reference.line <= len(lines)]
    if len(quoted) < 2 or not any(
        f"'{ref.title}'" in lines[ref.line - 1] or f'"{ref.title}"' in lines[ref.line - 1] for ref in quoted
    ):
        return references
    by_line: dict[int, list[int]] = {}
    for position, reference in enumerate(references):
        by_line.setdefault(reference.line, []).append(position)
    # (the value's place and the shape of the line before it: the lines titled by that value)
    shapes: dict[tuple[int, str], set[int]] = {}
    for reference in quoted:
        values = _quoted_values(lines[reference.line - 1])
        for n, (_, value) in enumerate(values):
            if " ".join(value.split()).casefold() == (reference.title or "").casefold():
                shape = _record_shape(lines[reference.line - 1], values, n)
                if shape.strip(" \t,") and (
                    any(mark in shape for mark in "{([,:=") or _OPTION_LAST.search(shape) is not None
                ):
                    shapes.setdefault((n, shape), set()).add(reference.line)
                break
    added: list[Reference] = []
    titled: dict[int, str] = {}
    for (n, shape), titled_lines in shapes.items():
        if len(titled_lines) < 2:
            continue
        runs = {
            number: stride for line in titled_lines for number, stride in _run_around(lines, line, n, shape)
        }
        for number, stride in sorted(runs.items()):
            text = lines[number - 1]
            values = _quoted_values(text)
            title = " ".join(values[n][1].split())
            # (an id on the record's other lines, `make("Title",` above `2020, "https://arxiv.org/abs/…", …)`, is the
            # record's own)
            identified = [
                p
                for m in range(number + 1, number + stride)
                for p in by_line.get(m, [])
                if references[p].arxiv_id or references[p].openreview_id
            ]
            if number in titled_lines:
                if (
                    len(identified) == 1
                    and (references[identified[0]].title or "").casefold() != title.casefold()
                ):
                    titled[identified[0]] = title
                continue
            # (the record's other fields: its quoted values and its bare words, `book`, `'blog'`, `:kind :talk`)
            others = [value.strip().casefold() for m, (_, value) in enumerate(values) if m != n]
            others += [
                word.lstrip(":").casefold() for word in _BARE_WORD.findall(_QUOTED_VALUE.sub(" ", text))
            ]
            if (
                len(title.split()) < 3
                or title_strength(title, structured=True) < 2
                # (a title alone, no note, parenthesis or sentence beside it, in a research paper's words: not a
                # chapter, a course, a venue or a remark)
                or _NOTED.search(title) is not None
                or not (research_title(title) or research_words(title.split()) >= 1)
                or names_a_venue(title)
                # (`kind: 'book'`: a field saying its kind)
                or any(other in NOT_PAPER_TYPES for other in others)
                or any(
                    (references[p].title or "").casefold() == title.casefold()
                    for p in by_line.get(number, [])
                )
            ):
                continue
            bare = [p for p in by_line.get(number, []) if references[p].title is None]
            if len(bare) == 1:
                titled[bare[0]] = title  # (its id read, its title not: this one)
            elif len(identified) == 1 and not by_line.get(number):
                titled[identified[0]] = title
            elif not by_line.get(number):
                added.append(sibling_reference(number, text, title))
    if not titled and not added:
        return references
    kept = [
        replace(reference, title=titled[position], reason=Reason.SIBLINGS.value)
        if position in titled
        else reference
        for position, reference in enumerate(references)
    ]
    return _merge(kept + added)  # (a title now given twice, with its id and without, is one paper)


def _run_around(lines: list[str], start: int, position: int, shape: str) -> list[tuple[int, int]]:
    """(1-based first line, lines a record) of each record of the run that holds line `start`, its records alike up
    to their `position`-th quoted value: one a line, or of two or three lines each when a record's first line leaves
    a bracket open (`make("Title",` with its other fields on the next line)."""

    def alike(number: int) -> bool:
        return (
            0 < number <= len(lines)
            and _record_shape(lines[number - 1], _quoted_values(lines[number - 1]), position) == shape
        )

    for stride in (1, 2, 3):
        if stride > 1 and not _left_open(lines[start - 1]):
            break  # (a record goes on over the next lines only when its brackets are left open)
        first = start
        while alike(first - stride) and not any(alike(first - n) for n in range(1, stride)):
            first -= stride
        last = start
        while alike(last + stride) and not any(alike(last + n) for n in range(1, stride)):
            last += stride
        if last - first >= 2 * stride:
            return [(number, stride) for number in range(first, last + 1, stride)]
    return []


def _left_open(line: str) -> bool:
    """Whether a line opens more brackets than it closes, its quoted values aside (`make("Title",`)."""
    bare = _QUOTED_VALUE.sub("", line)
    return sum(bare.count(mark) for mark in "([{") > sum(bare.count(mark) for mark in ")]}")


def _side_by_side(bare: Reference, titled: Reference, lines: list[str]) -> bool:
    """Whether `titled`'s title and `bare`'s id stand on their line with at most one word between them, past
    addresses (a field's name: `url`, `link`), and no dash."""
    if not 0 < bare.line <= len(lines) or titled.title is None:
        return False
    line = lines[bare.line - 1]
    named = bare.arxiv_id or bare.openreview_id or ""
    at_id, at_title = line.find(named), line.find(titled.title)
    if at_id < 0 or at_title < 0:
        return False
    if at_title < at_id:
        between = line[at_title + len(titled.title) : at_id]
    else:
        between = line[at_id + len(named) : at_title]
    between = _ADDRESS_START.sub(" ", between)
    # (nor a dash, the writer's next clause: `(arXiv:…), the second — "Title"`)
    return len(_WORD.findall(between)) <= 1 and "—" not in between and "–" not in between


# What an address opens with up to its id (`https://arxiv.org/abs/`, `openreview.net/forum?id=`), and a word.
_ADDRESS_START = re.compile(r"(?:https?://)?[\w.\-]+\.[a-z]{2,}/[\w/.\-]*(?:\?[\w=&]*)?|arXiv:", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")


# A row's first column padded with spaces before a title in Title Case (`to read   Title`, as a program prints
# its rows with `padEnd`): a word or two with no digit opening the line, then two spaces or more.
_PADDED_LEAD = re.compile(
    r"^([^\W\d_][^\s\d]{0,14}(?: [^\W\d_][^\s\d]{0,14})?) {2,}(?=[A-Z0-9\"“])", re.MULTILINE
)
_PADDED_ROWS = 3


def _without_padded_leads(text: str) -> str:
    """The text with a padded first column made a list's mark (every other line and column as it was): where three
    lines or more have a short lead of words padded to the same column before a Title Case title, that column's
    lead, a status in lower case as a program prints its rows, is no part of the title, on those lines and on the
    lines between them whose lead of the same width ends there (`en curso Title`, the lead filling its column)."""
    columns: dict[int, list[int]] = {}  # (the width of the padded column: the lines that open on it)
    number, counted = 0, 0  # (the line a match opens, counted as the matches go)
    for match in line_matches(_PADDED_LEAD, text):
        number, counted = number + text.count("\n", counted, match.start()), match.start()
        columns.setdefault(match.end() - match.start(), []).append(number)
    spans = {width: (rows[0], rows[-1]) for width, rows in columns.items() if len(rows) >= _PADDED_ROWS}
    if not spans:
        return text
    lines = text.split("\n")
    for width, (first, last) in spans.items():
        for index in range(first, last + 1):
            line = lines[index]
            lead = line[:width]
            if (
                len(line) > width
                and lead.endswith(" ")
                and line[width].isupper()
                and lead[:1].islower()
                and len(lead.split()) <= 2
                and not any(char.isdigit() for char in lead)
            ):
                lines[index] = "-" + " " * (width - 1) + line[width:]  # (an item of its own: a row)
    return "\n".join(lines)


def _with_keys(reference: Reference, keys: dict[int, tuple[str, str]]) -> Reference:
    """A reference whose line opened on a record's key read as a number, its words as the digest wrote them."""
    number, key = keys.get(reference.line, ("", ""))
    if number and reference.raw.startswith(number):
        return replace(reference, raw=key + reference.raw[len(number) :])
    return reference


# The decimal digits of the scripts digests are written in beside Latin (Arabic, Persian, the Indic scripts, Thai,
# Lao, Tibetan, Myanmar, Khmer, fullwidth).
_NATIVE_DIGITS = (
    "\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f"
    "\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9"
    "\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\uff10-\uff19"
)
_NATIVE_DIGIT = re.compile(
    f"[{_NATIVE_DIGITS}]"
)  # (a quick scan before the pattern below, tried line by line)
# A list item numbered in those digits (`३.`, `٣)`, `৩.`), as Nepali, Arabic or Bengali posts write them: read as
# numbered as `3.` is (the same number of characters, so every line keeps its offsets).
_NATIVE_ITEM_NUMBER = re.compile(
    f"^(?P<lead>[ \t]*)(?P<number>[{_NATIVE_DIGITS}]{{1,3}})(?=[.)、．）][ \t])", re.MULTILINE
)


def _ascii_number(match: re.Match[str]) -> str:
    return match.group("lead") + "".join(str(int(digit)) for digit in match.group("number"))


# A LaTeX document's bibliography written inside it (`\begin{filecontents*}{\jobname.bib}` … `\end{filecontents*}`),
# as a self-contained draft, an Overleaf export or a journal's single-file submission carries it.
_FILECONTENTS = re.compile(
    r"^[ \t]*\\begin\{filecontents\*?\}(?:\[[^\]\n]*\])?\{[^}\n]*\}[^\n]*\n(?P<body>.*?)^[ \t]*\\end\{filecontents\*?\}",
    re.MULTILINE | re.DOTALL,
)


# A data file's value that is a BibTeX entry (a text expander's snippet, a note's field): `@inproceedings{key, …`.
_BIBTEX_VALUE = re.compile(r"\s*@[A-Za-z]+[ \t]*\{[^,\n]*,")


def _bibtex_value(record: Record, rejected: list[Rejected]) -> list[Reference]:
    """The references of a data file's value that holds BibTeX entries, each at the value's line."""
    found: list[Reference] = []
    with contextlib.suppress(Exception):  # (a value that only looked like BibTeX: nothing from it)
        for inner in bibtex_records(record.body):
            inner.line, inner.last_line = record.line, record.last_line
            reference = to_reference(inner, rejected)
            if reference is not None:
                found.append(reference)
    return found


def _record_references(records: list[Record], rejected: list[Rejected]) -> list[Reference]:
    """The references a data file's records give, and those their free text names."""
    found: list[Reference | None] = []
    values: list[Record] = []
    for record in records:
        if record.kind == PROSE_VALUE:
            if _BIBTEX_VALUE.match(record.body):
                found.extend(_bibtex_value(record, rejected))
            else:
                values.append(record)
            continue
        reference = to_reference(record, rejected)
        found.append(reference)
        if record.body:  # a feed item that is a post, a library item's notes: the papers they name
            found.extend(_within(record))
    found.extend(_values_within(values))
    return [reference for reference in found if reference is not None]


def _embedded_json_lines(text: str, rejected: list[Rejected]) -> tuple[str, list[Reference]]:
    """The references of JSON objects a text holds one a line, two or more in a row (what `bsondump`, `jq -c` or a
    program's log prints in a terminal), read as a data file's records, each at its own line; and the text with
    those lines left blank (every other line keeps its number) for the text readers."""
    lines = text.split("\n")
    found: list[Reference] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _json_object_line(lines[end]):
            end += 1
        if end - index >= 2:
            records = data_records("\n".join(lines[index:end]))
            for record in records or []:
                record.line += index
                record.last_line += index
            found.extend(_record_references(records or [], rejected))
            lines[index:end] = [""] * (end - index)
        index = max(end, index + 1)
    return "\n".join(lines), found


_JSON_BLOCK_START = re.compile(r"^[\[{]$", re.MULTILINE)


# A citation field a reference manager's plugin puts in a word processor's document, as its field codes show:
# `{ ADDIN ZOTERO_ITEM CSL_CITATION {…JSON…} }` (Zotero), `{ ADDIN CSL_CITATION {…} }` (Mendeley).
_CITATION_FIELD = re.compile(r"ADDIN[ \t]+(?:ZOTERO_ITEM[ \t]+)?CSL_CITATION[ \t]*(?=\{)")


def _citation_fields(text: str, rejected: list[Rejected]) -> tuple[str, list[Reference]]:
    """The papers a document's citation fields cite, each field's items read as a CSL-JSON export's at the field's
    line; and the text with each field's JSON replaced by the citation it shows (`(Lewis et al., 2019)`), so that
    no reader pairs one field's title with the next field's link."""
    decoder = json.JSONDecoder()
    found: list[Reference] = []
    pieces: list[str] = []
    position = 0
    for field_ in _CITATION_FIELD.finditer(text):
        if field_.start() < position:
            continue
        try:
            value, end = decoder.raw_decode(text, field_.end())
        except ValueError:
            continue
        if not isinstance(value, dict):
            continue
        items = [
            item["itemData"]
            for item in value.get("citationItems") or []
            if isinstance(item, dict) and isinstance(item.get("itemData"), dict)
        ]
        shown = value.get("properties")
        citation = (
            (shown.get("plainCitation") or shown.get("formattedCitation")) if isinstance(shown, dict) else ""
        )
        line = text.count("\n", 0, field_.start()) + 1
        # (items that only looked like CSL's: the field's citation alone)
        with contextlib.suppress(Exception):
            for record in csl_records(json.dumps(items)) or []:
                record.line = record.last_line = line
                reference = to_reference(record, rejected)
                if reference is not None:
                    found.append(reference)
        kept_lines = "\n" * text.count("\n", field_.start(), end)
        pieces.append(
            text[position : field_.start()] + (citation if isinstance(citation, str) else "") + kept_lines
        )
        position = end
    if not pieces:
        return text, []
    return "".join(pieces) + text[position:], found


def _embedded_json_blocks(text: str, rejected: list[Rejected]) -> tuple[str, list[Reference]]:
    """The references of pretty-printed JSON documents a text holds, each opening on a line of its own (`[` or
    `{`: what `jq .` prints in a terminal session after its prompt), read as a data file's records at their own
    lines; and the text with those lines left blank (every other line keeps its number) for the text readers."""
    decoder = json.JSONDecoder()
    found: list[Reference] = []
    blanked: list[tuple[int, int]] = []
    position = 0
    while (start := _JSON_BLOCK_START.search(text, position)) is not None:
        try:
            value, end = decoder.raw_decode(text, start.start())
        except ValueError:
            position = start.end()
            continue
        position = end
        items = value if isinstance(value, list) else []
        if (
            not items
            or not all(isinstance(item, dict) for item in items)
            or (end < len(text) and text[end] != "\n")
            or not any(_wrapped_title(item) for item in items)
        ):
            # (only a list of records whose titles are each a list of one string, as AnyStyle, Crossref and
            # CSL-JSON give them: the text readers read other JSON a terminal shows line by line)
            continue
        first = text.count("\n", 0, start.start())
        # (a value given as a list of one string, as AnyStyle and Crossref give a title: `"title": ["Title"]`)
        unwrapped = [{key: _one_string(field) for key, field in item.items()} for item in items]
        records = data_records(_as_lines(unwrapped, text[start.start() : end])) or []
        for record in records:
            record.line += first
            record.last_line += first
        found.extend(_record_references(records, rejected))
        blanked.append((start.start(), end))
    for begin, finish in reversed(blanked):
        text = text[:begin] + "\n" * text.count("\n", begin, finish) + text[finish:]
    return text, found


# A page's front matter at its top, within its `---` fences (a static site's page: Jekyll, Hugo, Lume, Eleventy).
_FRONT_MATTER = re.compile(r"---\n(?P<body>.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)


def _front_matter_lists(text: str, rejected: list[Rejected]) -> tuple[str, list[Reference]]:
    """The references of a list of records a page's front matter holds (`sessions:`, each `- title: … link: …`,
    the data its template shows), read as a YAML reading list is, at their own lines; and the text with the front
    matter left blank for the text readers. A front matter with no such list is left to them."""
    import yaml  # (only for pages whose front matter holds a list)

    matter = _FRONT_MATTER.match(text)
    if matter is None:
        return text, []
    body = matter.group("body")
    try:
        data = yaml.load(body, Loader=yaml.BaseLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return text, []
    if not isinstance(data, dict) or not any(
        isinstance(value, list)
        and sum(
            isinstance(item, dict) and any(label_of(key) is Label.TITLE for key in item) for item in value
        )
        >= 2
        for value in data.values()
    ):
        return text, []
    records = data_records(body) or []
    for record in records:
        record.line += 1  # (the body opens on the line after the fence)
        record.last_line += 1
    found = _record_references(records, rejected)
    if not found:
        return text, []
    end = matter.end()
    return "\n" * text.count("\n", 0, end) + text[end:], found


def _wrapped_title(item: dict[str, object]) -> bool:
    """Whether a record gives its title as a list of one string (`"title": ["Title"]`)."""
    return any(
        label_of(key) is Label.TITLE
        and isinstance(field, list)
        and len(field) == 1
        and isinstance(field[0], str)
        for key, field in item.items()
    )


def _one_string(value: object) -> object:
    """A list holding one string as that string; any other value as it is."""
    return value[0] if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str) else value


def _as_lines(items: list[dict[str, object]], written: str) -> str:
    """`items` as JSON of as many lines as `written`, each item opening at the line where it was written (so that
    each record keeps its own line number)."""
    braces = list(re.finditer(r"^([ \t]*)\{", written, re.MULTILINE))
    indent = min((len(match.group(1)) for match in braces), default=0)
    opened = [match.start() for match in braces if len(match.group(1)) == indent]
    lines = [""] * (written.count("\n") + 1)
    lines[0] = "["
    lines[-1] = "]"
    for number, item in enumerate(items):
        at = written.count("\n", 0, opened[number]) if number < len(opened) else 0
        lines[at] = (
            (lines[at] + " " if lines[at] else "")
            + json.dumps(item, ensure_ascii=False)
            + ("," if number + 1 < len(items) else "")
        )
    return "\n".join(lines)


def _json_object_line(line: str) -> bool:
    """Whether a line is a JSON object and nothing else (`{"title": "…", "url": "…"}`)."""
    stripped = line.strip()
    if len(stripped) < 8 or stripped[0] != "{" or stripped[-1] != "}" or '"' not in stripped[:3]:
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:
        return False


def _embedded_bibliographies(text: str, rejected: list[Rejected]) -> tuple[str, list[Reference]]:
    """The references of the BibTeX a LaTeX document writes out with `filecontents`, each at its own line, and
    the document with those lines left blank (every other line keeps its number) for the text readers."""
    found: list[Reference] = []
    parts: list[str] = []
    position = 0
    for block in _FILECONTENTS.finditer(text):
        body = block.group("body")
        if "@" not in body:
            continue
        offset = text.count("\n", 0, block.start("body"))
        for record in bibtex_records(body):
            record.line += offset
            record.last_line += offset
            reference = to_reference(record, rejected)
            if reference is not None:
                found.append(reference)
        parts += [text[position : block.start()], "\n" * block.group(0).count("\n")]
        position = block.end()
    return "".join([*parts, text[position:]]), found


def _front_matter_references(structure: Outline) -> list[Reference]:
    """The references a Pandoc, Quarto or R Markdown document's front matter lists (`references:`, CSL-YAML):
    the document cites them (`[@key]`), as a bibliography file would list them."""
    if not structure.front or not any(
        structure.lines[index].startswith("references:") for index in structure.front
    ):
        return []
    lines = sorted(structure.front)
    front = "\n".join(structure.lines[index] for index in lines[1:-1])  # (within its `---` fences)
    found = [to_reference(record, []) for record in front_matter_references(front, lines[1] + 1)]
    return [reference for reference in found if reference is not None]


def _within(record: Record) -> list[Reference]:
    """The papers a feed item's own words name (a blog post about a paper), placed at the item's lines."""
    inner = extract_references(record.body, Shape.MARKDOWN).references
    offset = record.line - 1
    last = record.last_line
    return [
        replace(
            reference,
            line=min(reference.line + offset, last),
            lines=tuple(sorted({min(line + offset, last) for line in reference.lines})),
        )
        for reference in inner
    ]


# A console's box drawn down the left of what it prints, its bar before each line and its corners above and below
# (`┌` / `│ { title: 'Title', … }` / `└`: newman's, a test runner's, a log viewer's), no bar at the right.
_GUTTER = re.compile(
    r"^(?P<indent>[ \t]*)(?:[│┃][ \t]?(?![^\n]*[│┃][ \t]*$)|[┌└┏┗][─━]*[ \t]*$)", re.MULTILINE
)


# A JSON member as a packet dissector prints its tree (Wireshark's, `tshark -O json`): its key's line, then its
# value's one level down (`Member Key: title` / `    String value: Title`).
# (and the key again under its value, as Wireshark repeats it: `Key: title`)
_MEMBER_KEY_AGAIN = re.compile(r"^(?P<indent>[ \t]+)Key: (?P<key>[\w\-]{1,40})$", re.MULTILINE)
_MEMBER_KEY = re.compile(
    r"^(?P<indent>[ \t]*)Member Key: (?P<key>[^\n]{1,60})\n(?P<below>[ \t]+)String value:(?: |$)",
    re.MULTILINE,
)


def _members_as_fields(text: str) -> str:
    """The text with each dissected JSON member's string value read as its key's field (`title: Title`), on the
    value's line, the key's lines its label alone (`title:`): every line keeps its number."""
    return _MEMBER_KEY_AGAIN.sub(r"\g<indent>\g<key>:", _MEMBER_KEY.sub(_member_as_field, text))


def _member_as_field(member: re.Match[str]) -> str:
    indent, key, below = member.group("indent"), member.group("key"), member.group("below")
    return f"{indent}{key}:\n{below}{key}: "


# A line opening on a record's key, a letter or three then its number (`k07 Title — note`, `R-12 Title`), as a
# program prints its records one a line.
_RECORD_KEY = re.compile(r"^(?P<key>[A-Za-z]{1,3}[-_]?)(?P<number>[0-9]{1,4})[ \t]+(?=\S)", re.MULTILINE)


def _keys_as_numbers(text: str) -> tuple[str, dict[int, tuple[str, str]]]:
    """The text with the keys of records printed one a line read as a numbered list's (`k07 Title` as `7.  Title`,
    as long), where three lines or more in a row open on one key's letters and numbers that count up by one: so
    that what follows a key is read as an item's title, not with the key run into it. Also, by 1-based line, the
    number each key became and the key."""
    lines = text.split("\n")
    keys: dict[int, tuple[str, str]] = {}
    keyed = [_RECORD_KEY.match(line) for line in lines]
    index = 0
    while index < len(lines):
        start = index
        while (
            index + 1 < len(lines)
            and (this := keyed[index]) is not None
            and (following := keyed[index + 1]) is not None
            and following.group("key") == this.group("key")
            and int(following.group("number")) == int(this.group("number")) + 1
        ):
            index += 1
        if index - start >= 2:
            for number in range(start, index + 1):
                key = keyed[number]
                assert key is not None
                item = f"{int(key.group('number'))}.".ljust(key.end())
                keys[number + 1] = (item, key.group(0))
                lines[number] = item + lines[number][key.end() :]
        index += 1
    return "\n".join(lines), keys


def _without_star_comments(text: str) -> str:
    """The text without the star a block of comment lines opens each line with (a SPICE netlist's `*`, a C block
    comment's ` * `), where a run of such lines holds a star alone or a star before an indent (`*` / `*   - Title`),
    which no Markdown list's items do: each line then reads as written, a list's items as a list's."""
    if _STAR_GAP.search(text) is None:
        return text  # (one scan: a Markdown list's stars, most texts' only ones, are never split into lines here)
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines):
        if _STAR_COMMENT.match(lines[index]) is None:
            index += 1
            continue
        end = index
        while end < len(lines) and _STAR_COMMENT.match(lines[end]) is not None:
            end += 1
        run = lines[index:end]
        if end - index >= 3 and any(_STAR_ALONE_OR_INDENTED.match(line) for line in run):
            lines[index:end] = [_STAR_COMMENT.sub("", line, count=1) for line in run]
            changed = True
        index = end
    return "\n".join(lines) if changed else text


# A comment line's star (` * `, `*`), then its words; a star alone, or before an indent of two or more.
_STAR_COMMENT = re.compile(r"^[ \t]?\*(?:[ \t]|$)")
_STAR_ALONE_OR_INDENTED = re.compile(r"^[ \t]?\*(?:[ \t]*$|[ \t]{2,}\S)")
_STAR_GAP = re.compile(_STAR_ALONE_OR_INDENTED.pattern, re.MULTILINE)


def _without_gutters(text: str) -> str:
    """The text without a console's box down the left of its lines (its bar and corners), where two lines or more
    carry one, so that what it printed reads as written: a record's fields, a list's items."""
    if len(_GUTTER.findall(text, 0, 200_000)) < 2:
        return text
    return _GUTTER.sub(lambda gutter: gutter.group("indent"), text)


# Where a search program found a line, before the line (`grep -n`, `git grep -n`, `rg -n`): the file's path (quoted,
# its bytes escaped, as git writes a path not in ASCII), its line's number, and a colon (a dash: a line of context).
_MATCH_PLACE = re.compile(
    r'^(?:"(?:[^"\\\n]|\\.){1,300}"|[^\s:"]{0,300}/[^\s:"]{1,300}|[^\s:"/]{1,200}\.[A-Za-z0-9]{1,8}):[0-9]{1,7}[:-]',
    re.MULTILINE,
)
# (what ends every place of theirs, the line's number between colons or before a dash: a text that holds none, as most
# do, has no line of its tried for the place's path, which the engine reads up to 300 characters for at each line)
_MATCH_PLACE_END = re.compile(r":[0-9]{1,7}[:-]")


def _without_match_places(text: str) -> str:
    """The text without a search program's places before the lines it found (`notes/week3.md:12:- Title`), where
    three lines or more carry one, so that each line is read as it is in its file: an item, a heading, a field."""
    if (
        _MATCH_PLACE_END.search(text) is None
        or len(list(islice(line_matches(_MATCH_PLACE, text, 200_000), 3))) < 3
    ):
        return text
    return _MATCH_PLACE.sub("", text)


# A YAML comment on a line of its own, its mark and the space after it.
_YAML_COMMENT = re.compile(r"^(?P<indent>[ \t]*)#+[ \t]?", re.MULTILINE)


def _yaml_comments(text: str) -> str:
    """A YAML document's comments on lines of their own, without their marks, every other line left empty (so
    that each comment keeps its line number, and a block of them stays a paragraph of its own)."""
    return "\n".join(
        _YAML_COMMENT.sub(r"\g<indent>", line) if line.lstrip().startswith("#") else ""
        for line in text.split("\n")
    )


_XML_REFERENCE = re.compile(r"&(?:(amp|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
_XML_NAMED = {"amp": "&", "quot": '"', "apos": "'"}


def _xml_character(reference: re.Match[str]) -> str:
    named, decimal, hexadecimal = reference.groups()
    if named:
        return _XML_NAMED[named]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if 0 < code < 0x110000 and code not in (0x3C, 0x3E) and not 0xD800 <= code < 0xE000:
        return chr(code)
    return reference.group(0)


def _values_within(records: list[Record]) -> list[Reference]:
    """The papers a data document's free text names (a chat export's messages, a board's cards), each at its
    value's line. The values are read as one Markdown document of a paragraph each, at once (an export holds
    thousands); the blank line between the values of two messages (two items of the document's outermost list)
    is a wall, so that a link in one message never takes its title from another, while the pieces of one message
    (Telegram's text entities) are read together."""
    if not records:
        return []
    starts: list[int] = []
    line = 1
    for record in records:
        starts.append(line)
        line += record.body.count("\n") + 2
    between = frozenset(  # (0-based: the blank line above each value that starts another message)
        start - 2
        for start, record, previous in zip(starts[1:], records[1:], records, strict=False)
        if record.group != previous.group or record.group == 0
    )
    joined = "\n\n".join(record.body for record in records)
    inner = extract_references(joined, Shape.MARKDOWN, walls=between, page=False).references

    def placed(position: int) -> int:
        return records[bisect_right(starts, position) - 1].line

    return [
        replace(
            reference, line=placed(reference.line), lines=tuple(sorted({placed(n) for n in reference.lines}))
        )
        for reference in inner
    ]


def _records(text: str, shape: Shape) -> list[Record] | None:
    """The records of a BibTeX, RIS or CSV/TSV digest, or None when it is not one after all."""
    try:
        if shape is Shape.BIBTEX:
            return list(bibtex_records(text))
        if shape is Shape.BIBLATEX:
            return list(biblatex_records(text)) or None
        if shape is Shape.RIS:
            return list(ris_records(text))
        if shape is Shape.CSL_JSON:
            csl: list[Record] | None = None
            with contextlib.suppress(Exception):  # (JSON that only looked like CSL: a chat export's messages)
                csl = csl_records(text)
            return csl or data_records(text)
        if shape in (Shape.YAML, Shape.JSON):
            return data_records(text)
        if shape is Shape.ENDNOTE:
            return endnote_records(text)
        if shape is Shape.REFER:
            return refer_records(text) or None
        if shape is Shape.ZOTERO_RDF:
            return zotero_rdf_records(text)
        if shape is Shape.DBLP:
            return dblp_records(text)
        if shape is Shape.CLIPPINGS:
            return clippings_records(text) or None
        if shape is Shape.TEI:
            return tei_records(text)
        if shape is Shape.MODS:
            return mods_records(text)
        if shape is Shape.JATS:
            return jats_records(text)
        if shape is Shape.TRIPLES:
            return triples_records(text)
        if shape is Shape.XBEL:
            return xbel_records(text)
        if shape is Shape.FEED:
            records = list(feed_records(text))
            return records or None
        delimiter = table_delimiter(text, "\t" if shape is Shape.TSV else ",")
        tables = named_tables(text, delimiter)
        if tables is not None:
            # (several tables, each under its name: read one by one, every record at its line in the file)
            read: list[Record] = []
            for before, table in tables:
                if looks_like_table(table, delimiter) or table.count("\n") == 1:
                    for record in table_records(table, delimiter):
                        record.line += before
                        record.last_line += before
                        read.append(record)
            return _cited_cells(read) or None
        if not looks_like_table(text, delimiter):
            return None
        return _cited_cells(list(table_records(text, delimiter)))
    except Exception:  # a parser's own error on a malformed file: the text is still worth reading
        return None


def _cited_cells(records: list[Record]) -> list[Record]:
    """Table rows whose title cell is a whole citation (`Glorot & Bengio (2010). Understanding the difficulty of
    training deep feedforward neural networks.`, a glossary's source column): the paper's title is the citation's,
    and a row cited with its authors is a paper's, in any letter case. Where most titled rows are cited so, a
    row not cited (`Course: Machine Learning (Andrew Ng)`) names something else, unless an id or a link says more."""
    cited: list[Record] = []
    for record in records:
        parsed = parse_citation(record.title) if record.title and not record.not_paper else None
        if parsed is not None and is_author_tail(parsed[1]):
            title, authors, rest = parsed
            record = replace(
                record, title=title, authors=record.authors or authors, venue=record.venue or rest, cited=True
            )
        cited.append(record)
    titled = [record for record in cited if record.title]
    if sum(record.cited for record in titled) * 2 < len(titled):
        return cited
    return [
        replace(record, not_paper=_UNCITED)
        if record.title and not record.cited and not record.links and not _gives_id(record)
        else record
        for record in cited
    ]


_UNCITED = "not cited as the table's papers are (authors, year, title): a name of something else"


def _gives_id(record: Record) -> bool:
    return any(any(True for _ in find_ids(text)) for text, _ in record.id_text)


# --- one paper named twice in a digest is one reference -----------------------------------------------------

_NOT_KEY = re.compile(r"[^0-9a-z]+")
_TRAILING_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _key(title: str | None) -> str:
    return _NOT_KEY.sub("", (title or "").casefold())


def _short_keys(title: str) -> tuple[str, str]:
    """(the title's short name before a colon, the title without a trailing parenthesis) as keys."""
    short = _key(title.split(":", 1)[0]) if ":" in title else ""
    bare = _key(_TRAILING_PAREN.sub("", title)) if title.rstrip().endswith((")", "）")) else ""
    return short, bare


def _not_venues(references: list[Reference], rejected: list[Rejected]) -> list[Reference]:
    """The references but those whose only title is a venue's name (`Advances in Neural Information Processing
    Systems`, `ACL 2021 System Demonstrations`: what a citation's container or a list's column says), noted in
    `rejected`."""
    kept: list[Reference] = []
    for reference in references:
        if reference.title and names_a_venue(reference.title):
            rejected.append(Rejected(reference.line, reference.title, "a venue's name, not a paper"))
            if reference.evidence is not Evidence.TITLE_ONLY:
                kept.append(
                    replace(reference, title=None)
                )  # (`NeurIPS 2022 version: https://…`: its id alone)
        else:
            kept.append(reference)
    return kept


def _merge(references: list[Reference]) -> tuple[Reference, ...]:
    """Merge references to one paper: the same id, the same title, or a short name (`ReAct (OpenReview
    version)`, `Bootstrap your own latent`) that another reference's full title begins with before its colon
    (`ReAct: Synergizing ...`), unless ids differ."""
    ordered = sorted(references, key=lambda reference: reference.line)
    kept: list[Reference] = []
    by_id: dict[str, int] = {}
    by_title: dict[str, int] = {}
    by_short: dict[str, int] = {}
    for reference in ordered:
        target = None
        for key in _id_keys(reference):
            if key in by_id:
                target = by_id[key]
                break
        if target is None and reference.title:
            key = _key(reference.title)
            short, bare = _short_keys(reference.title)
            for candidate in (
                by_title.get(key),
                # (`the „Bootstrap your own latent” paper`, in another part, after `BYOL — Bootstrap your own
                # latent: A new approach …`: named by its title's short name, as one reader merges them too)
                by_short.get(key) if len(key) >= 8 else None,
                by_short.get(bare) if bare else None,
                by_title.get(bare) if bare else None,
            ):
                if candidate is not None and _compatible(kept[candidate], reference):
                    target = candidate
                    break
        if target is None:
            kept.append(reference)
            target = len(kept) - 1
        else:
            kept[target] = _combine(kept[target], reference)
        merged = kept[target]
        for key in _id_keys(merged):
            by_id.setdefault(key, target)
        for title in (merged.title, reference.title):
            if title:
                by_title.setdefault(_key(title), target)
                short, _ = _short_keys(title)
                if len(short) >= 4:
                    by_short.setdefault(short, target)
    return tuple(
        sorted(_without_authors_run_on(_without_cut_titles(kept)), key=lambda reference: reference.line)
    )


def _without_authors_run_on(kept: list[Reference]) -> list[Reference]:
    """`kept` without a title-only reference whose title is another's with its authors' names run on after it
    (`BEiT: BERT Pre-Training of Image Transformers Hangbo Bao`, an abstract's first line: its title, its authors):
    the same paper, read again. (Each title's shorter forms are looked up, a few names' worth: a digest of
    thousands of titles is not compared pair by pair.)"""
    titles = {reference.title for reference in kept if reference.title and len(reference.title) >= 16}
    if len(titles) < 2:
        return kept
    return [
        reference
        for reference in kept
        if reference.arxiv_id
        or reference.openreview_id
        or not reference.title
        or not _authors_run_on(reference.title, titles)
    ]


_RUN_ON_WORDS = 12  # (the most words of names looked for after a title)


def _authors_run_on(title: str, titles: set[str]) -> bool:
    """Whether `title` is another of `titles` followed by people's names."""
    words = title.split(" ")
    for count in range(1, min(_RUN_ON_WORDS, len(words) - 1) + 1):
        head, tail = " ".join(words[:-count]), " ".join(words[-count:])
        if head in titles and (person_names(tail) or ONE_PERSON.fullmatch(tail) is not None):
            return True
    return False


def _without_cut_titles(kept: list[Reference]) -> list[Reference]:
    """`kept` with a title cut short (`Efficient Estimation of Word Representations in…`, a terminal table's cell)
    merged into the reference whose full title it begins, when one does."""
    cut = [index for index, reference in enumerate(kept) if (reference.title or "").endswith(("…", "..."))]
    if not cut:
        return kept
    gone: set[int] = set()
    for index in cut:
        title = kept[index].title or ""
        prefix = _key(title.rstrip(" .…"))
        if len(prefix) < 16:
            continue
        for other, reference in enumerate(kept):
            if (
                other != index
                and other not in gone
                and reference.title
                and not reference.title.endswith(("…", "..."))
                and _key(reference.title).startswith(prefix)
                and _compatible(reference, kept[index])
            ):
                kept[other] = replace(_combine(reference, kept[index]), title=reference.title)
                gone.add(index)
                break
    return [reference for index, reference in enumerate(kept) if index not in gone]


def _id_keys(reference: Reference) -> list[str]:
    keys = []
    if reference.arxiv_id:
        keys.append("arxiv:" + reference.arxiv_id)
    if reference.openreview_id:
        keys.append("openreview:" + reference.openreview_id)
    return keys


def _compatible(kept: Reference, other: Reference) -> bool:
    if kept.arxiv_id and other.arxiv_id and kept.arxiv_id != other.arxiv_id:
        return False
    return not (kept.openreview_id and other.openreview_id and kept.openreview_id != other.openreview_id)


def _combine(kept: Reference, other: Reference) -> Reference:
    """One reference from two places of a digest: ids and fields from both, every line, the first title."""
    from dataclasses import replace

    evidence = kept.evidence
    arxiv_id, version = kept.arxiv_id, kept.version
    if arxiv_id is None and other.arxiv_id is not None:
        arxiv_id, version, evidence = other.arxiv_id, other.version, other.evidence
    elif other.arxiv_id == arxiv_id and other.evidence is Evidence.ARXIV_LINK:
        evidence = Evidence.ARXIV_LINK
        version = version or other.version
    openreview_id = kept.openreview_id or other.openreview_id
    if evidence is Evidence.TITLE_ONLY and openreview_id:
        evidence = Evidence.OPENREVIEW_LINK
    title, reason = kept.title, kept.reason
    if title is None and other.title is not None:
        title, reason = other.title, other.reason
    elif (
        title is not None
        and other.title is not None
        and not other.weak
        and title_strength(title, structured=True) < 2 <= title_strength(other.title, structured=True)
    ):
        # `[position interpolation][pi]` in the prose, the paper's own title where the link is defined: the
        # title that reads as a paper's is the one to keep.
        title, reason = other.title, other.reason
    summary = kept.summary
    if other.summary and other.summary not in summary:
        summary = (summary + "\n" + other.summary).strip()[:4000]
    return replace(
        kept,
        evidence=evidence,
        arxiv_id=arxiv_id,
        version=version,
        openreview_id=openreview_id,
        title=title,
        reason=reason,
        summary=summary,
        authors=kept.authors or other.authors,
        affiliations=kept.affiliations or other.affiliations,
        category=kept.category or other.category,
        code_url=kept.code_url or other.code_url,
        lines=tuple(sorted({*kept.lines, *other.lines, kept.line, other.line})),
        weak=kept.weak and other.weak and evidence is Evidence.TITLE_ONLY,
    )
