"""A Crossref REST API answer (`api.crossref.org/works/{doi}`, or a list of works) as the Markdown it means.

Crossref describes a published work as JSON: `{"message-type": "work", "message": {...}}`, or a search's or a
listing's `"work-list"` with the works under `message.items`. A work gives its `title` (a list), its `author`s,
its `container-title` (the journal or proceedings), its `DOI`, its `abstract` (JATS XML) and, for many, the
`reference` list it cites: each reference an `unstructured` citation as the publisher printed it, or its parts
(`author`, `year`, `article-title`, `volume-title`, `journal-title`) and a `DOI`. Each work is read as a page
would show it: its title as the headline, its authors, where it appeared, its abstract, then its references as a
numbered reference list (each with its DOI as a link: the arXiv DOI, `10.48550/arXiv.…`, names a preprint).
"""

import json
import re

_SIGNS = ('"message-type"', '"message"')
_TAG = re.compile(r"<[^>]+>")
_MAX_WORKS = 10_000


def looks_like_crossref(text: str) -> bool:
    """JSON whose head says it is a Crossref answer of a work or a list of works."""
    head = text[:4000]
    return all(sign in head for sign in _SIGNS) and ('"work"' in head or '"work-list"' in head)


def crossref_to_markdown(text: str) -> str | None:
    """The works of a Crossref answer as Markdown, or None when `text` is no such answer."""
    try:
        answer = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(answer, dict) or not isinstance(answer.get("message"), dict):
        return None
    message = answer["message"]
    works = message.get("items") if answer.get("message-type") == "work-list" else [message]
    if not isinstance(works, list):
        return None
    lines: list[str] = []
    for work in works[:_MAX_WORKS]:
        if isinstance(work, dict):
            lines.extend(_work_lines(work))
    return "\n".join(lines) + "\n" if lines else None


def _work_lines(work: dict[str, object]) -> list[str]:
    lines: list[str] = []
    title = _first(work.get("title"))
    if title:
        subtitle = _first(work.get("subtitle"))
        lines += [f"# {title}: {subtitle}" if subtitle else f"# {title}", ""]
    authors = ", ".join(filter(None, (_person(author) for author in _list(work.get("author")))))
    if authors:
        lines += [authors, ""]
    venue = _first(work.get("container-title"))
    year = _year(work)
    if venue or year:  # (as its page says where it appeared: a line of prose, never a title)
        lines += [f"Published in {venue or 'print'}{', ' + year if year else ''}.", ""]
    abstract = " ".join(_TAG.sub(" ", _text(work.get("abstract"))).split())
    if abstract:
        lines += [abstract, ""]
    references = [_reference(item) for item in _list(work.get("reference")) if isinstance(item, dict)]
    references = [reference for reference in references if reference]
    if references:
        lines += ["## References", ""]
        lines += [f"{number}. {reference}" for number, reference in enumerate(references, 1)]
        lines.append("")
    return lines


def _reference(item: dict[str, object]) -> str:
    """A reference as its citation reads: the publisher's own, or one made of its parts; its DOI as a link."""
    doi = _text(item.get("DOI"))
    citation = " ".join(_text(item.get("unstructured")).split())
    if not citation:
        who = _text(item.get("author"))
        year = _text(item.get("year"))
        title = _text(item.get("article-title"))
        venue = _text(item.get("volume-title")) or _text(item.get("journal-title"))
        head = f"{who} ({year})" if who and year else who or (f"({year})" if year else "")
        citation = " ".join(
            part for part in [head, f"{title}." if title else "", f"{venue}." if venue else ""] if part
        )
    if doi and doi.casefold() not in citation.casefold():
        citation = f"{citation} https://doi.org/{doi}".strip()
    return citation


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _first(value: object) -> str:
    """The first of a Crossref list of strings (`"title": ["..."]`), or the string itself."""
    first = next(iter(_list(value)), "") if isinstance(value, list) else value
    return " ".join(_text(first).split())


def _person(author: object) -> str:
    if not isinstance(author, dict):
        return ""
    return " ".join(filter(None, [_text(author.get("given")), _text(author.get("family"))])) or _text(
        author.get("name")
    )


def _year(work: dict[str, object]) -> str:
    for key in ("published", "published-print", "published-online", "issued"):
        dated = work.get(key)
        parts = dated.get("date-parts") if isinstance(dated, dict) else None
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return str(parts[0][0])
    return ""
