"""Okular's annotations of a document (its `docdata` XML: `<documentInfo>`), read as the notes they hold.

Okular keeps a reader's notes on a PDF beside it: `<documentInfo url="…">` holds a `<page number="…">` per
annotated page, each with an `<annotationList>` of `<annotation>`s whose `<base author="…" contents="…">` is the
note (its line breaks written as `&#xa;`). Each note becomes a paragraph headed by its page and author
(`p. 6 · author`), its text as written; highlights with no words, positions and colours are left out.
"""

from __future__ import annotations

from paperlist.ingest.xmldoc import parse_document


def looks_like_okular(text: str) -> bool:
    head = text[:1000]
    return "<documentInfo" in head and "<pageList" in text[:5000]


def okular_to_text(text: str) -> str | None:
    """The annotations' notes as paragraphs (see the module's docstring); None when `text` is no docdata file."""
    root = parse_document(text)
    if root is None or root.tag != "documentInfo":
        return None
    blocks: list[str] = []
    for page in root.iter("page"):
        for base in page.iter("base"):
            note = (base.get("contents") or "").strip()
            if note:
                said = " · ".join(
                    part for part in (f"p. {page.get('number', '?')}", base.get("author", "")) if part
                )
                blocks.append(f"{said}\n\n{note}")
    return "\n\n".join(blocks) + "\n" if blocks else None
