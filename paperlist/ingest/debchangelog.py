"""A Debian changelog (`debian/changelog`, as `dch` writes it), read as Markdown.

Each entry opens with `package (version) distribution; urgency=…`, holds its changes as items (`  * …`, sub-items
`    - …`, a maintainer's name in brackets `  [ Name ]` over the items they made), each wrapped at 80 columns with
its lines going on under it, and closes with ` -- Name <email>  date`. Each entry becomes a heading, each item a
list item with its wrapped lines put together, so that an item naming the paper a change implements reads as one
line; the closing lines are left out.
"""

from __future__ import annotations

import re

_ENTRY = re.compile(
    r"^(?P<package>[a-z0-9][a-z0-9+.\-]+) \((?P<version>[^()\s]+)\) [^;\n]+;[ \t]*urgency=\w+", re.M
)
_TRAILER = re.compile(r"^ -- .+<[^>]+>[ \t]+\S")
_BLANK_LINES = re.compile(r"\n{3,}")
_ITEM = re.compile(r"^(?P<indent>[ \t]+)(?P<mark>[*+-])[ \t]+(?P<text>.*)$")


def looks_like_debian_changelog(text: str, name: str) -> bool:
    """A `changelog` whose first line opens an entry and whose entries close with ` -- Name <email>  date`."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return _ENTRY.match(first) is not None and "\n -- " in text[:20_000]


def debian_changelog_to_markdown(text: str) -> str:
    """The changelog as Markdown (see the module's docstring)."""
    out: list[str] = []
    for line in text.split("\n"):
        entry = _ENTRY.match(line)
        if entry is not None:
            out += ["", f"## {entry.group('package')} {entry.group('version')}", ""]
        elif _TRAILER.match(line):
            out.append("")
        elif (item := _ITEM.match(line)) is not None:
            depth = "  " if len(item.group("indent").expandtabs()) > 2 else ""
            out.append(f"{depth}- {item.group('text').strip()}")
        elif line.strip().startswith("[") and line.strip().endswith("]"):
            out += ["", line.strip(), ""]  # (`[ Name ]`: who made the changes below)
        elif line.strip() and out and out[-1].lstrip().startswith("- "):
            out[-1] += " " + line.strip()  # (an item's wrapped line)
        else:
            out.append(line.strip())
    return _BLANK_LINES.sub("\n\n", "\n".join(out)).strip() + "\n"
