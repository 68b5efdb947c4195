"""Microsoft Word's citation sources (`Sources.xml`, the master list its References tab keeps; a document's
`customXml` bibliography): each `<b:Source>` as a JSON record.

A source gives its kind (`<b:SourceType>`: `JournalArticle`, `ConferenceProceedings`, `Book`, `InternetSite` …),
its title, its authors as a name list, its venue, year, URL, DOI and the writer's comments; the export is then read
as any JSON export of records is (a `type` of book or web page is no paper).
"""

from __future__ import annotations

import json
import re

_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"
_START = re.compile(r"<(?:\w+:)?Sources\b[^>]*" + re.escape(_NAMESPACE))
# Word's source types, as the record reader names kinds.
_TYPES = {
    "book": "book",
    "booksection": "book",
    "internetsite": "webpage",
    "documentfrominternetsite": "webpage",
    "film": "video",
    "sound recording": "recording",
    "soundrecording": "recording",
    "art": "artwork",
    "patent": "patent",
    "case": "a legal case",
    "interview": "interview",
    "electronicsource": "webpage",
    "journalarticle": "article",
    "articleinaperiodical": "article",
    "conferenceproceedings": "paper",
    "report": "report",
    "misc": "",
}
_FIELDS = {
    "Title": "title",
    "URL": "url",
    "DOI": "doi",
    "Year": "year",
    "JournalName": "venue",
    "ConferenceName": "venue",
    "PeriodicalTitle": "venue",
    "Publisher": "publisher",
    "Comments": "note",
    "StandardNumber": "identifier",
}


def looks_like_word_sources(text: str) -> bool:
    return _START.search(text[:2000]) is not None


def word_sources_to_json(text: str) -> str | None:
    """The sources as a JSON list of flat objects; None when `text` is no such list."""
    from xml.etree.ElementTree import ParseError  # (only for such a file: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException, ValueError):
        return None
    records: list[dict[str, str]] = []
    for source in root.iter(f"{{{_NAMESPACE}}}Source"):
        record: dict[str, str] = {}
        for child in source:
            name = _local(child.tag)
            value = " ".join("".join(child.itertext()).split())
            if name == "SourceType":
                record.setdefault("type", _TYPES.get(value.casefold(), value))
            elif name == "ThesisType" and value:
                record["type"] = "thesis"  # (a `Report` that is a thesis: `Praca magisterska`)
            elif name == "Author":
                people = [
                    " ".join(
                        part
                        for part in (
                            person.findtext(f"{{{_NAMESPACE}}}First", ""),
                            person.findtext(f"{{{_NAMESPACE}}}Middle", ""),
                            person.findtext(f"{{{_NAMESPACE}}}Last", ""),
                        )
                        if part
                    )
                    for person in child.iter(f"{{{_NAMESPACE}}}Person")
                ]
                if people:
                    record["authors"] = ", ".join(people)
            elif name in _FIELDS and value:
                record.setdefault(_FIELDS[name], value)
        if record.get("title"):
            records.append({key: value for key, value in record.items() if value})
    return json.dumps(records, ensure_ascii=False, indent=1) if records else None


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]
