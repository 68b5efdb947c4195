"""Subversion's log as XML (`svn log --xml`, with `-v` its changed paths), read as its commit messages.

`<log>` holds a `<logentry revision="…">` per commit: its `<author>`, `<date>`, the `<paths>` it changed and its
`<msg>`. Each commit becomes a line naming it (`r401 · author · date`) and its message below as written (its
lines kept), a blank line between commits, so that each message is read as the writer's words; the paths it
changed are files, never papers, and are left out.
"""

from __future__ import annotations

import re

from paperlist.ingest.xmldoc import parse_document

_START = re.compile(r"<log>\s*<logentry\b")


def looks_like_svn_log(text: str) -> bool:
    return "<logentry" in text[:2000] and _START.search(text[:2000]) is not None


def svn_log_to_text(text: str) -> str | None:
    """The log's commits as text (see the module's docstring); None when `text` is no Subversion log."""
    root = parse_document(text)
    if root is None or root.tag != "log":
        return None
    blocks: list[str] = []
    for entry in root.iter("logentry"):
        said = [
            f"r{entry.get('revision', '?')}",
            (entry.findtext("author") or "").strip(),
            (entry.findtext("date") or "").strip()[:10],
        ]
        message = (entry.findtext("msg") or "").strip("\n")
        blocks.append(
            " · ".join(part for part in said if part) + ("\n\n" + message if message.strip() else "")
        )
    return "\n\n".join(blocks) + "\n" if blocks else None
