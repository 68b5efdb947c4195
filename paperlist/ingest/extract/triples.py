"""Records of an RDF graph written as N-Triples or N-Quads (`rapper -o ntriples`, `riot`, a triple store's dump,
dblp's RDF): a line per statement, `<subject> <predicate> <object> .`. Each subject described with a title is a
record: its types say whether it is a paper (`bibo:AcademicArticle`, `schema:ScholarlyArticle`) or another thing
(a person, an event, a book); its identifiers, addresses, authors and abstract come from the statements about it,
whatever vocabulary names them (Dublin Core, schema.org, BIBO, FOAF, dblp's own), by the predicate's local name.
A paper's address that only appears as another subject's object (`<session> ex:discusses <…arxiv.org/abs/…>`) is
a record too; the free text of subjects that are no paper (a comment, a description) is read for the papers it
names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from paperlist.ids import find_ids
from paperlist.ingest.extract.document import STATEMENT
from paperlist.ingest.extract.records import PROSE_VALUE, Record
from paperlist.ingest.extract.vocabulary import CODE_HOST, NOT_PAPER_TYPES, PAPER_TYPES, is_paper_page
from paperlist.models import Evidence

_ESCAPE = re.compile(r"\\(?:u(?P<short>[0-9A-Fa-f]{4})|U(?P<long>[0-9A-Fa-f]{8})|(?P<char>.))")
_CHARACTERS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}

# What a predicate says, by its local name (the part after the namespace's `#` or last `/`), casefolded.
_TITLES = ("title", "headline", "name", "label", "preflabel")  # (in the order one is preferred)
_AUTHORS = frozenset(["creator", "author", "authoredby", "contributor", "hasauthor"])
_PERSON_NAMES = frozenset(["name", "label", "primarycreatorname", "primaryfullcreatorname", "fullname"])
_SUMMARIES = frozenset(["abstract", "description", "comment", "note"])
# (a value naming the thing by an identifier: `bibo:identifier "arXiv:…"`, `bibo:doi`, `fabio:hasArXivId`)
_IDENTIFIERS = frozenset(
    ["identifier", "doi", "arxiv", "arxivid", "hasarxivid", "eprint", "hasdoi", "bibcode"]
)
# (an address of the thing itself: `owl:sameAs`, `schema:url`, `foaf:page`, dblp's `primaryDocumentPage`)
_ADDRESSES = frozenset(
    [
        "sameas",
        "url",
        "page",
        "uri",
        "doi",
        "documentpage",
        "primarydocumentpage",
        "isprimarytopicof",
        "seealso",
    ]
)
# Types of things no paper is, besides the kinds records of other formats name (`NOT_PAPER_TYPES`).
_NOT_PAPERS = {
    "person": "a person",
    "agent": "a person",
    "organization": "an organisation",
    "organisation": "an organisation",
    "group": "a group",
    "event": "an event",
    "session": "a session",
    "meeting": "a meeting",
    "seminar": "a seminar",
    "collection": "a collection",
    "place": "a place",
    "project": "a project",
    "concept": "a concept",
    "softwaresourcecode": "software",
    "softwareapplication": "software",
}
# Types of papers besides those of other formats (`PAPER_TYPES`): BIBO's, dblp's (`Informal`: a preprint).
_PAPERS = frozenset(["academicarticle", "informal", "publication", "conferencepaper", "scholarlyarticle"])


@dataclass
class _Subject:
    line: int
    last_line: int
    said: dict[str, list[str]] = field(default_factory=dict)  # predicate's local name -> objects as written


def triples_records(text: str) -> list[Record] | None:
    """One Record per subject of the graph described with a title, and per paper address only pointed at; the
    free text of the other subjects as values to read. None when `text` holds no statement."""
    subjects: dict[str, _Subject] = {}
    pointed: dict[str, int] = {}  # (addresses in object position, at their first line)
    for number, line in enumerate(text.splitlines(), 1):
        statement = STATEMENT.match(line)
        if statement is None:
            continue
        subject = subjects.setdefault(statement.group("subject"), _Subject(number, number))
        subject.last_line = number
        said = subject.said.setdefault(_local(statement.group("predicate")), [])
        said.append(statement.group("object"))
        if statement.group("object").startswith("<"):
            pointed.setdefault(statement.group("object"), number)
    if not subjects:
        return None
    people = {
        value for subject in subjects.values() for key in _AUTHORS for value in subject.said.get(key, [])
    }
    records: list[Record] = []
    for name, subject in subjects.items():
        if name not in people:  # (an author, named with the paper)
            records.extend(_subject_records(name, subject, subjects))
    for name, first in pointed.items():
        address = _iri(name)
        if name not in subjects and any(match.arxiv_id or match.openreview_id for match in find_ids(address)):
            only = Record(line=first, last_line=first, raw=address, kind="N-Triples")
            only.links.append(address)
            only.id_text.append((address, None))
            records.append(only)
    return sorted(records, key=lambda record: record.line)


def _subject_records(name: str, subject: _Subject, subjects: dict[str, _Subject]) -> Iterator[Record]:
    said = subject.said
    types = {_local(_iri(kind)) for kind in said.get("type", [])}
    title = next(
        (_text(value) for key in _TITLES for value in said.get(key, []) if value.startswith('"')), ""
    )
    address = _iri(name) if name.startswith("<") else ""
    # (its addresses that name a paper or its code: the graph's own names for its nodes, `<https://kg.example/
    # paper/7>`, and other sites' entities are no page of it)
    addresses = [
        link
        for link in [address, *(_iri(value) for key in _ADDRESSES for value in said.get(key, []))]
        if link.startswith(("http://", "https://"))
        and (any(find_ids(link)) or is_paper_page(link) or CODE_HOST.search(link) is not None)
    ]
    identifiers = [
        _text(value) for key in _IDENTIFIERS for value in said.get(key, []) if value.startswith('"')
    ]
    not_paper = next(
        (what for kind in sorted(types) if (what := _NOT_PAPERS.get(kind) or NOT_PAPER_TYPES.get(kind))), None
    )
    notes = [_text(value) for key in _SUMMARIES for value in said.get(key, []) if value.startswith('"')]
    # (typed as a paper and as nothing else: dblp types a book `Publication` and `Book`)
    paper = bool(types & (_PAPERS | PAPER_TYPES)) and not_paper is None
    if not paper and (not_paper or not title):
        if notes:  # (a session's, a person's words: read for the papers they name)
            words = Record(line=subject.line, last_line=subject.last_line, raw=title, kind=PROSE_VALUE)
            words.body = "\n\n".join(notes)
            yield words
        return
    if not title and not any(find_ids(" ".join(addresses + identifiers))):
        return
    record = Record(line=subject.line, last_line=subject.last_line, raw=title or address, kind="N-Triples")
    record.title = title or None
    record.paper_type = paper
    record.not_paper = not_paper
    record.authors = ", ".join(_authors(said, subjects)) or None
    record.summary = " ".join(notes)
    for link in dict.fromkeys(addresses):
        record.links.append(link)
        record.id_text.append((link, None))
    for value in identifiers:
        record.id_text.append((value, Evidence.ARXIV_TEXT))
    yield record


def _authors(said: dict[str, list[str]], subjects: dict[str, _Subject]) -> Iterator[str]:
    for key in sorted(_AUTHORS & said.keys()):
        for value in said[key]:
            if value.startswith('"'):
                yield _text(value)
            elif (person := subjects.get(value)) is not None:
                yield from (
                    _text(named)
                    for part in sorted(_PERSON_NAMES & person.said.keys())
                    for named in person.said[part][:1]
                    if named.startswith('"')
                )


def _local(iri: str) -> str:
    """A predicate's or a type's local name, casefolded: `<http://purl.org/dc/terms/title>` -> `title`."""
    inner = iri.strip("<>")
    return re.split(r"[#/:]", inner.rstrip("/#"))[-1].casefold()


def _iri(term: str) -> str:
    return _unescape(term[1:-1]) if term.startswith("<") else term


def _text(literal: str) -> str:
    """A literal's value, its escapes undone and its spaces single: `"Titre"@fr` -> `Titre`."""
    value = literal[1 : literal.rindex('"')]
    return " ".join(_unescape(value).split())


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPE.sub(_escaped, value)


def _escaped(match: re.Match[str]) -> str:
    code = match.group("short") or match.group("long")
    if code:
        point = int(code, 16)
        return chr(point) if point < 0x110000 and not 0xD800 <= point < 0xE000 else "\ufffd"
    char = match.group("char")
    return _CHARACTERS.get(char, char)
