"""An XML export of records no reader here knows by name (a reference manager's library, a tool's catalogue), read as
the JSON records it holds.

Such a file repeats one element (`<doc>`, `<entry>`, `<item>`) under one parent, each holding fields as child
elements with text (`<bib_title>…</bib_title>`), some named by an attribute instead (`<bib_extra key="url">…`).
Each repeated element becomes a JSON object of its fields (a field's name its tag, or its `key`/`name`/`type`
attribute; a prefix many fields share, `bib_`, left out; a field given twice a list; the fields of an element that
only wraps others, as an OAI-PMH record's `<metadata><oai_dc:dc>` does, the record's own), so that the record readers
read it as they read a JSON export: its title, authors, links and notes. Of the elements repeated, the ones holding
the most fields are the records (a library's documents, not its list of tags), and a file is read so only when most
of them are references (a `title` field and an `author…` one): other XML (a schedule's events, a map's places) is
read as text, or by the reader of its kind (feeds, JATS, Zotero's RDF: see `paperlist.ingest.extract.document`).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_NAMING_ATTRIBUTES = ("key", "name", "type", "field")
_TITLE_FIELDS = frozenset(["title", "titel", "titre", "título", "titulo"])
_MIN_RECORDS = 2
# Attributes that hold a link (PreTeXt's and HTML's `href`, JATS's and TEI's `xlink:href`, `target`'s `url`).
_LINK_ATTRIBUTES = ("href", "{http://www.w3.org/1999/xlink}href", "url", "uri")


def looks_like_xml_records(text: str) -> bool:
    head = text[:200].lstrip("\ufeff \t\r\n")
    return head.startswith("<?xml") or (
        head.startswith("<") and not head.startswith(("<!", "<html", "<HTML"))
    )


def xml_records_to_json(text: str) -> str | None:
    """The records of an XML export as a JSON list (see the module's docstring), or None when `text` holds none."""
    root = parse_document(text)
    if root is None:
        return None
    records = _records(root)
    if records is None:
        return None
    return json.dumps(records, ensure_ascii=False, indent=1)


def _records(root: Element) -> list[dict[str, object]] | None:
    """The objects of the element repeated under one parent that hold the most fields, when most have a title."""
    best: list[dict[str, object]] | None = None
    best_size = 0
    for parent in root.iter():
        counts = Counter(_local(child.tag) for child in parent if len(child))
        for tag, count in counts.items():
            if count < _MIN_RECORDS:
                continue
            records = _without_prefix(
                [_fields(child) for child in parent if _local(child.tag) == tag and len(child)]
            )
            size = sum(len(record) for record in records)
            cited = sum(1 for record in records if _cited(record))
            if cited * 2 > len(records) and size > best_size:
                best, best_size = records, size
    return best


def _cited(record: dict[str, object]) -> bool:
    """Whether a record is a reference's: a title and its authors."""
    names = [name.casefold() for name in record]
    # (Dublin Core's `creator`, as OAI-PMH repositories write their records, is an author too)
    return bool(_TITLE_FIELDS.intersection(names)) and any(
        "author" in name or name == "creator" for name in names
    )


def _without_prefix(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """The records with the prefix many of their fields' names share (a third or more) taken off (`bib_title`:
    `title`)."""
    names = Counter(name.partition("_")[0] + "_" for record in records for name in record if "_" in name[1:])
    total = sum(len(record) for record in records)
    if not names:
        return records
    prefix, count = names.most_common(1)[0]
    if count * 3 < total:
        return records  # (a prefix of a few fields only: the names as they are)
    return [{name.removeprefix(prefix): value for name, value in record.items()} for record in records]


def _fields(element: Element) -> dict[str, object]:
    """An element's fields: each child with text, by its tag or its naming attribute (a list when repeated)."""
    fields: dict[str, object] = {}
    for child in element:
        parts = list(child)
        if (
            parts
            and not (child.text or "").strip()
            and (len(parts) == 1 or len({part.tag for part in parts}) > 1)
        ):
            # (a wrapper of fields, `<metadata><oai_dc:dc><dc:title>…`, `<header><identifier>…`: its fields are the
            # record's, a name given in two wrappers a list of both)
            for key, value in _fields(child).items():
                _add(fields, key, value)
            continue
        if len(parts) >= 2 and len({part.tag for part in parts}) == 1 and not (child.text or "").strip():
            # (`<authors><author>A</author><author>B</author></authors>`: a list, its items apart)
            value = ", ".join(" ".join("".join(part.itertext()).split()) for part in parts)
        else:
            value = " ".join("".join(child.itertext()).split())
        address = next((child.get(name) for name in _LINK_ATTRIBUTES if child.get(name)), None)
        if address is not None:
            value = address  # (`<url href="https://…"/>`, `<link xlink:href="…">OpenReview</link>`: where it links)
        if not value:
            continue
        name = next((child.get(attribute) for attribute in _NAMING_ATTRIBUTES if child.get(attribute)), None)
        _add(fields, name or _local(child.tag), value)
    loose = " ".join(" ".join([element.text or "", *(child.tail or "" for child in element)]).split()).strip(
        " .,;()"
    )
    if any(char.isalnum() for char in loose):
        # (mixed content, the words between a record's fields: PreTeXt's `<biblio type="raw">…<title>…</title>.
        # arXiv:1410.5401 (<year>2014</year>).`)
        _add(fields, "text", loose)
    return fields


def _add(fields: dict[str, object], key: str, value: object) -> None:
    """`value` set as the field `key`, or added to the values it has (a list)."""
    held = fields.get(key)
    values = value if isinstance(value, list) else [value]
    if held is None:
        fields[key] = value
    elif isinstance(held, list):
        held.extend(values)
    else:
        fields[key] = [held, *values]


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]
