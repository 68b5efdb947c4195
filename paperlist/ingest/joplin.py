"""A Joplin export (`.jex`: a tar of the notebook's items, each `<id>.md`) as one Markdown page of its notes.

Joplin writes every item as a text file: a note's title on its first line, a blank line, its Markdown body, then
a block of `key: value` lines saying what the item is (`type_: 1` a note, `2` a notebook, `4` a resource, `5` a
tag, `6` a note's tag) and where it came from (`source_url:`, the page a web clip was taken from). Each note is
read as a section: its title a heading, its body as written, its source address below it; notebooks, tags and
resources are no text of their own.
"""

from __future__ import annotations

import re

_NOTE = "1"
_MAX_ITEMS = 50_000
_MAX_BYTES = 20 * 1024 * 1024
_META_LINE = re.compile(r"^[a-z_]+:(?: .*)?$")


def looks_like_jex(data: bytes, name: str) -> bool:
    """A tar archive (`ustar` at its header's place) named `.jex`, or holding Joplin's items."""
    return data[257:262] == b"ustar" and (name.casefold().endswith(".jex") or b"\ntype_: " in data[:200_000])


def jex_to_markdown(data: bytes) -> str | None:
    """The export's notes as Markdown sections (see the module's docstring), or None when it holds none."""
    import io
    import tarfile

    notes: list[tuple[str, str, str, str]] = []  # (created, title, body, source)
    try:
        with tarfile.open(fileobj=io.BytesIO(data)) as archive:
            read = 0
            for member in archive.getmembers()[:_MAX_ITEMS]:
                if not member.isfile() or not member.name.endswith(".md") or "/" in member.name.strip("./"):
                    continue
                read += member.size
                if read > _MAX_BYTES:
                    break
                handle = archive.extractfile(member)
                if handle is None:
                    continue
                item = _item(handle.read().decode("utf-8", errors="replace"))
                if item is not None:
                    notes.append(item)
    except (tarfile.TarError, OSError, EOFError, ValueError):
        return None
    if not notes:
        return None
    lines: list[str] = []
    for _, title, body, source in sorted(notes):
        lines += [f"# {title}" if title else "#", "", body.strip(), ""]
        if source:
            lines += [f"Source: {source}", ""]
    return "\n".join(lines)


def _item(text: str) -> tuple[str, str, str, str] | None:
    """A note's (created time, title, body, source address), or None for another kind of item."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    start = len(lines)
    while start > 0 and _META_LINE.match(lines[start - 1]):
        start -= 1
    meta = dict(line.split(":", 1) for line in lines[start:])
    if meta.get("type_", "").strip() != _NOTE:
        return None
    content = lines[:start]
    title = content[0].strip() if content else ""
    body = "\n".join(content[2:] if len(content) > 1 and not content[1].strip() else content[1:])
    return meta.get("created_time", "").strip(), title, body, meta.get("source_url", "").strip()
