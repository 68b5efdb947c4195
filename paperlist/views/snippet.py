"""Pure: show why a search matched, as a short excerpt of the best-matching field with the matches marked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from paperlist.cjk import CJK_LETTERS
from paperlist.models import Paper
from paperlist.store.fts import cjk_char

_WORD = re.compile(r"[^\W_]+")


def term_fields(terms: Sequence[str], columns: Sequence[str | None]) -> list[str | None]:
    """The field each of `term_patterns(terms)` may match in (None: any), from the terms' index columns."""
    fields: list[str | None] = []
    for index, term in enumerate(terms):
        column = columns[index] if index < len(columns) else None
        fields += [FIELD_OF_COLUMN.get(column) if column else None] * len(_WORD.findall(term))
    return fields


def term_patterns(terms: Sequence[str]) -> list[re.Pattern[str]]:
    """One pattern per searchable word: CJK as an exact substring, Latin words by their stem."""
    patterns: list[re.Pattern[str]] = []
    for term in terms:
        for word in _WORD.findall(term):
            if cjk_char().search(word):
                patterns.append(re.compile(re.escape(word)))
            else:
                stem = word if len(word) <= 4 else word[: max(4, len(word) - 2)]
                # A Latin word starts and ends next to anything but a Latin letter or digit:
                # "的Transformer模型" marks just "Transformer".
                patterns.append(
                    re.compile(
                        rf"(?<![^\W_{CJK_LETTERS}]){re.escape(stem)}[^\W_{CJK_LETTERS}]*", re.IGNORECASE
                    )
                )
    return patterns


# The search index's column → the field a hit is shown as matching in.
FIELD_OF_COLUMN = {
    "title": "title",
    "authors": "authors",
    "abstract": "abstract",
    "digest_text": "digest",
    "note": "note",
    "tags": "tags",
}


def fields_of(paper: Paper) -> list[tuple[str, str]]:
    """The searchable text of a paper, by field, in the order a match there tells most: the title and your
    tags first, the abstract last (a field earlier here is shown when two match as many words)."""
    digest_words = "\n".join(
        " ".join(part for part in (mention.title, mention.text) if part) for mention in paper.mentions
    )
    return [
        ("title", paper.title or ""),
        ("tags", " ".join(paper.tags)),
        ("authors", ", ".join(paper.authors)),
        ("digest", digest_words),
        ("note", paper.note or ""),
        ("abstract", paper.abstract or ""),
    ]


def make_snippet(
    paper: Paper, terms: Sequence[str], columns: Sequence[str | None] = (), width: int = 160
) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """(field, excerpt, spans of the matches inside the excerpt) for the field that matches best.

    `columns[i]`: the index column `terms[i]` is restricted to (`tag:robustness`): it is looked for there
    only, so the field shown is one the query really matched in.
    """
    patterns = term_patterns(terms)
    fields = term_fields(terms, columns)
    best: tuple[int, str, str, list[tuple[int, int]]] | None = None
    for field, text in fields_of(paper):
        if not text:
            continue
        spans: list[tuple[int, int]] = []
        matched = 0
        for pattern, only in zip(patterns, fields, strict=True):
            if only is not None and only != field:
                continue
            found = [m.span() for m in pattern.finditer(text)]
            if found:
                matched += 1
                spans.extend(found)
        if matched and (best is None or matched > best[0]):
            best = (matched, field, text, sorted(spans))
    if best is None:
        return "title", paper.display_title[:width], ()
    _, field, text, spans = best
    return (field, *_window(text, spans, width))


def _window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut `text` to about `width` characters around the first match, keeping the spans inside it. The match
    stays in the first third of the excerpt, even near the end of the text (a table shows a cell's first lines)."""
    flat = text.replace("\n", " ")
    if len(flat) <= width:
        return flat, tuple(spans)
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = start + width
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, min(b, end) + shift) for a, b in spans if a >= start and a < end)
    return prefix + flat[start:end] + suffix, inside
