"""A library's MARC 21 records in their mnemonic text (`.mrk`: MarcEdit's MarcBreaker, `yaz-marcdump`'s line
format), read as JSON records.

A record is a block of fields, a line each: `=LDR  …` (the leader), `=001  …`, then data fields as a tag, two
indicators and subfields, each opened by `$` and a code (`=245  10$aTitle :$bsubtitle /$cby whom.`); MarcEdit writes a
blank indicator as `\\`. Read here: the title (245 `$a` and `$b`, without the marks cataloguing puts before the next
subfield), the authors (100 and 700 `$a`, then 245 `$c`), the links (856 `$u`), identifiers (024 and 035: an arXiv
id as `(arXiv)2012.08561` or `arXiv:…`), the source a part appeared in (773 `$t`), the notes (500, 520, 590 `$a`),
and what kind of item it is: a book when it has an ISBN (020), else by the leader's type of record (data, a film,
a sound, music, a map, software). Each record becomes a JSON object, read as any record of a reading list is.
"""

from __future__ import annotations

import json
import re

_FIELD = re.compile(r"^=(?P<tag>LDR|[0-9]{3})  (?P<value>.*)$")
_SUBFIELD = re.compile(r"\$(?P<code>[a-z0-9])(?P<text>[^$]*)")
_PREFIX = re.compile(r"\((?P<source>[^()]{1,30})\)")  # (035's source before its number: `(OCoLC)123`)
_ISBD_END = re.compile(
    r"[ \t]*[/:;=,.][ \t]*$"
)  # (` /` before the statement of who wrote it, ` :` a subtitle)
# The leader's type of record (its sixth character) for items that are no text.
_RECORD_TYPES = {
    "m": "dataset",
    "g": "video",
    "i": "podcast",
    "j": "podcast",
    "c": "score",
    "d": "score",
    "e": "map",
    "f": "map",
    "k": "image",
    "r": "object",
}


def looks_like_marc(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("=LDR  ") and "\n=245  " in text[:20_000]


def marc_to_json(text: str) -> str | None:
    """The records as a JSON list (see the module's docstring); None when there is no record with a title."""
    records: list[dict[str, object]] = []
    fields: list[tuple[str, str]] = []
    for line in [*text.lstrip("\ufeff").split("\n"), "=LDR  "]:
        field = _FIELD.match(line.rstrip("\r"))
        if field is None:
            continue
        if field.group("tag") == "LDR" and fields:
            record = _record(fields)
            if record is not None:
                records.append(record)
            fields = []
        fields.append((field.group("tag"), field.group("value")))
    return json.dumps(records, ensure_ascii=False, indent=1) if records else None


def _identifier(codes: dict[str, str]) -> dict[str, str]:
    """An identifier as `{type, value}`: its source from 024's `$2` or 035's `(prefix)`, an arXiv id written
    `arXiv:…` whichever way the record gives it (`(arXiv)1301.3781`, `$aarXiv:2012.08561$2arxiv`)."""
    value = codes["a"].strip()
    prefixed = _PREFIX.match(value)
    source = prefixed.group("source") if prefixed is not None else codes.get("2", "")
    number = value[prefixed.end() :] if prefixed is not None else value
    if source.casefold() == "arxiv" and not number.casefold().startswith("arxiv"):
        number = f"arXiv:{number}"
    return {"type": source, "value": number}


def _record(fields: list[tuple[str, str]]) -> dict[str, object] | None:
    """One record's fields as a reading list's record; None when it has no title."""
    subfields: dict[str, list[dict[str, str]]] = {}
    leader = ""
    for tag, value in fields:
        if tag == "LDR":
            leader = value
            continue
        codes: dict[str, str] = {}
        for subfield in _SUBFIELD.finditer(value[2:] if len(value) > 2 and value[2] == "$" else value):
            codes.setdefault(subfield.group("code"), subfield.group("text"))
        subfields.setdefault(tag, []).append(codes)

    def first(tag: str, code: str) -> str:
        return next((codes[code] for codes in subfields.get(tag, []) if code in codes), "")

    title = _ISBD_END.sub("", first("245", "a"))
    subtitle = _ISBD_END.sub("", first("245", "b"))
    if not title:
        return None
    names = [
        _ISBD_END.sub("", codes.get("a", "")) for tag in ("100", "700") for codes in subfields.get(tag, [])
    ]
    record: dict[str, object] = {
        "control_number": next((value for tag, value in fields if tag == "001"), ""),
        "title": f"{title}: {subtitle}" if subtitle else title,
        "authors": _ISBD_END.sub("", first("245", "c")) or "; ".join(name for name in names if name),
        "url": " ".join(codes["u"] for codes in subfields.get("856", []) if "u" in codes),
        "identifiers": [
            _identifier(codes) for tag in ("024", "035") for codes in subfields.get(tag, []) if "a" in codes
        ],
        "journal": _ISBD_END.sub("", first("773", "t")),
        "notes": [
            codes["a"] for tag in ("500", "520", "590") for codes in subfields.get(tag, []) if "a" in codes
        ],
    }
    kind = "book" if "020" in subfields else _RECORD_TYPES.get(leader[6:7], "")
    if kind:
        record["type"] = kind
    return record
