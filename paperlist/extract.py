"""Pure: text → references. No network, no database."""

from __future__ import annotations

import re

from paperlist.ids import parse_arxiv_id
from paperlist.models import Evidence, Extraction, Reference

_ARXIV_LINK = re.compile(r"(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/\S+", re.IGNORECASE)
_ARXIV_TEXT = re.compile(r"arxiv:\s*\S+", re.IGNORECASE)


def extract_references(text: str) -> Extraction:
    """Find every arXiv reference in `text`, with the lines that follow it as its summary."""
    lines = text.splitlines()
    found: list[tuple[int, Evidence, str, str, int | None]] = []
    for number, line in enumerate(lines, start=1):
        for pattern, evidence in ((_ARXIV_LINK, Evidence.ARXIV_LINK), (_ARXIV_TEXT, Evidence.ARXIV_TEXT)):
            for match in pattern.finditer(line):
                parsed = parse_arxiv_id(match.group(0))
                if parsed:
                    found.append((number, evidence, match.group(0), parsed[0], parsed[1]))
    references: list[Reference] = []
    seen: set[str] = set()
    for index, (number, evidence, raw, arxiv_id, version) in enumerate(found):
        if arxiv_id in seen:
            continue
        seen.add(arxiv_id)
        end = found[index + 1][0] - 1 if index + 1 < len(found) else len(lines)
        line_text = lines[number - 1]
        title = line_text.replace(raw, "").strip() or None
        summary = "\n".join(row.strip() for row in lines[number:end] if row.strip())
        references.append(
            Reference(
                evidence=evidence,
                line=number,
                raw=raw,
                arxiv_id=arxiv_id,
                version=version,
                title=title,
                summary=summary,
                lines=(number,),
            )
        )
    return Extraction(references=tuple(references))
