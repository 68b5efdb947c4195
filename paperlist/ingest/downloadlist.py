"""A download manager's input file (`aria2c -i`, `wget -i` with aria2's options), written as the Markdown list it is.

Each download is a URI at the start of its line (mirrors of it after tabs), then its options on the lines below,
each indented: `out=` names the file it is saved as, often the paper's title (`out=Title.pdf`), `dir=` where it
goes. Lines that start with `#` are the writer's comments, often on the download below them. Read as text, a
download's file name sits between its own URI above and the next download's below, and is paired with the wrong
one; written as a list, each download is one item: its file's name and its URI on one line, the comments
paragraphs of their own.
"""

from __future__ import annotations

import re

_URI = re.compile(r"^(?:https?|ftp|sftp)://\S+")
_OPTION = re.compile(r"^[ \t]+(?P<key>[a-z][a-z0-9\-]*)=(?P<value>.*)$")
_MIN_DOWNLOADS = 2
_NAMING_KEYS = frozenset(["out", "output"])


def looks_like_download_list(text: str) -> bool:
    """Two downloads or more, each a URI with an option below it, and nothing but downloads, their options and
    comments in the file."""
    if "=" not in text[:40000] or "://" not in text[:40000]:
        return False  # (no option and no address: no download list)
    downloads = options = other = 0
    previous_uri = False
    for line in text[:40000].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            previous_uri = False
            continue
        if _URI.match(line):
            previous_uri = True
            continue
        if _OPTION.match(line):
            options += 1
            downloads += previous_uri
        else:
            other += 1
        previous_uri = False
    return downloads >= _MIN_DOWNLOADS and other * 10 <= options


def download_list_to_markdown(text: str) -> str:
    """The comments as paragraphs, each download as an item: the file it is saved as, then its URI."""
    out: list[str] = []
    uri: str | None = None
    name = ""

    def flush() -> None:
        nonlocal uri, name
        if uri is not None:
            out.extend(["- " + " ".join(filter(None, (name, uri))), ""])
        uri, name = None, ""

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("#"):
            flush()
            out.extend([stripped.lstrip("#").strip(), ""])
            continue
        if _URI.match(line):
            flush()
            uri = line.split("\t", 1)[0].strip()  # (its mirrors, after tabs, are the same file)
            continue
        option = _OPTION.match(line)
        if option is not None and option.group("key") in _NAMING_KEYS:
            name = re.sub(r"\.pdf$", "", option.group("value").strip(), flags=re.IGNORECASE)
    flush()
    return "\n".join(out) + "\n"
