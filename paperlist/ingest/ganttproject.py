"""A GanttProject plan (`.gan`: XML whose root is `<project>`, its tasks under `<tasks>`) as Markdown.

Each `task` (nested in the task it is part of) is a list item of its `name`, as deep as it is nested; its
`notes` (CDATA) follow it, indented under it, and its custom columns' values (`customproperty`, a link column's
address) and its own link (`webLink`, percent-encoded) go on its line. The project's name is the page's heading, its `description` a paragraph; resources,
roles, views, dependencies and the calendar are no text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?<project\b[^>]*\b(?:view-date|gantt-divider-location)="
)
_MAX_DEPTH = 32


def looks_like_ganttproject(text: str) -> bool:
    return _START.match(text) is not None and "<tasks" in text


def ganttproject_to_markdown(text: str) -> str | None:
    """The plan's tasks as a Markdown list, or None when `text` is no GanttProject file."""
    root = parse_document(text)
    if root is None:
        return None
    if root.tag != "project":
        return None
    out: list[str] = []
    if root.get("name"):
        out += [f"# {' '.join(root.get('name', '').split())}", ""]
    description = root.findtext("description")
    if description and description.strip():
        out += [description.strip(), ""]
    tasks = root.find("tasks")
    if tasks is not None:
        for task in tasks.findall("task"):
            _task(task, 0, out)
    return "\n".join(out) + "\n"


def _task(task: Element, depth: int, out: list[str]) -> None:
    if depth > _MAX_DEPTH:
        return
    indent = "  " * depth
    values = [
        value
        for prop in task.findall("customproperty")
        if (value := " ".join((prop.get("value") or "").split()))
    ]
    link = unquote(
        task.get("webLink") or ""
    ).strip()  # (its link, percent-encoded: `https%3A%2F%2Farxiv.org…`)
    if link.startswith(("http://", "https://")) and link not in ("http://", "https://"):
        values.append(link)
    name = " ".join((task.get("name") or "").split())
    out.append(f"{indent}- {' — '.join([name, *values]) if name else ' — '.join(values)}")
    notes = task.findtext("notes")
    if notes and notes.strip():
        out.append("")
        out.extend(f"{indent}  {line}" if line.strip() else "" for line in notes.strip().split("\n"))
        out.append("")
    for child in task.findall("task"):
        _task(child, depth + 1, out)
