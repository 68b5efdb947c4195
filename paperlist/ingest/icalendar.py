"""An iCalendar file (`.ics`: a reading group's calendar exported from Google Calendar or Outlook, a task list
from Nextcloud or Thunderbird) as Markdown.

Each event (and each task, `VTODO`, and journal entry, `VJOURNAL`) becomes a section, its summary the heading and its description the body, so an event is an entry
as a heading with its body is in any Markdown digest. The format's own encoding is undone on the way: folded
lines (a line break and a space, anywhere, even inside a word or a URL) are joined, and `\\n`, `\\,`, `\\;` and
`\\\\` are the characters they stand for.
"""

import re

_FOLD = re.compile(r"\r?\n[ \t]")
_PROPERTY = re.compile(r"^(?P<name>[A-Z][A-Z0-9-]*)(?P<params>;[^:\n]*)?:(?P<value>.*)$")
_ESCAPE = re.compile(r"\\([nN,;\\])")
_SHOWN = ("SUMMARY", "DESCRIPTION", "LOCATION", "URL", "ATTACH")
# (an event; a task, as Nextcloud's, Thunderbird's and Apple's reminders export them; a journal entry)
_COMPONENTS = frozenset(["VEVENT", "VTODO", "VJOURNAL"])


def looks_like_icalendar(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("BEGIN:VCALENDAR")


def unfold(text: str) -> str:
    """The calendar with its folded lines joined (RFC 5545: a line break and one space or tab go), done before
    anything strips the spaces at the ends of lines, which may be the content's own (`Multimodal ` / ` Few-Shot`)."""
    return _FOLD.sub("", text)


def icalendar_to_markdown(text: str) -> str:
    """The calendar's name as the title, then each event: `## Summary` and its description, place and links."""
    lines: list[str] = []
    event: dict[str, list[str]] | None = None
    for raw in _FOLD.sub("", text).splitlines():
        match = _PROPERTY.match(raw)
        if match is None:
            continue
        name, value = match.group("name"), _unescape(match.group("value"))
        if name == "BEGIN" and value in _COMPONENTS:
            event = {}
        elif name == "END" and value in _COMPONENTS and event is not None:
            lines.extend(_event(event))
            event = None
        elif event is not None and name in _SHOWN:
            event.setdefault(name, []).append(value)
        elif event is None and name == "X-WR-CALNAME":
            lines[:0] = [f"# {value}", ""]
        elif event is None and name == "X-WR-CALDESC":
            lines.extend([value, ""])
    return "\n".join(lines) + "\n"


def _event(properties: dict[str, list[str]]) -> list[str]:
    summary = " ".join(properties.get("SUMMARY", ["(no title)"])[0].split())
    body = [line.rstrip() for value in properties.get("DESCRIPTION", []) for line in value.split("\n")]
    for name in ("LOCATION", "URL", "ATTACH"):
        body.extend(f"{name.title()}: {value}" for value in properties.get(name, []))
    return [f"## {summary}", "", *body, ""]


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), value)
