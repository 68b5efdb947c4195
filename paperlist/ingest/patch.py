"""A patch (`git format-patch`'s mail, a `.diff`), read as the message and the text it adds.

A lab's reading list kept in a repository changes by patches: `From <commit> …`, `Subject: [PATCH] …`, the
message, a diffstat, then for each file `diff --git`, `index`, `--- a/…`, `+++ b/…` and hunks (`@@ -5,26 +5,36 @@`)
whose lines start with a space (unchanged), `+` (added) or `-` (removed). What the patch says is the new text: its
message, and each hunk's unchanged and added lines without their first column (so a Markdown list added to a README
is read as the list it is); removed lines, file headers, hunk headers, the diffstat and the signature (`-- ` and
git's version) are no text.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A(?:From [0-9a-f]{40} |diff --git |--- \S|Index: \S)")
_DIFF_START = re.compile(r"^diff --git |^--- \S+.*\n\+\+\+ \S", re.MULTILINE)
_DIFFSTAT = re.compile(r"^ \S.*\|[ \t]+(?:[0-9]+ [+-]*|Bin\b.*)$|^ [0-9]+ files? changed\b")
_FILE_HEADER = re.compile(
    r"^(?:diff --git |index [0-9a-f]|--- |\+\+\+ |new file mode|deleted file mode|similarity|rename )"
)


def looks_like_patch(text: str, name: str) -> bool:
    return name.casefold().endswith((".patch", ".diff")) or (
        _START.match(text) is not None and _DIFF_START.search(text, 0, 200_000) is not None
    )


def patch_to_text(text: str) -> str | None:
    """The message and the new text of a patch; None when `text` holds no diff."""
    diff = _DIFF_START.search(text)
    if diff is None:
        return None
    out: list[str] = []
    for line in text[: diff.start()].split("\n"):
        if line == "---" or _DIFFSTAT.match(line):
            continue  # (the line that ends the message; the diffstat)
        out.append(line)
    in_hunk = False
    for line in text[diff.start() :].split("\n"):
        if _FILE_HEADER.match(line):
            in_hunk = False
            continue
        if line.startswith("@@"):
            in_hunk = True
            out.append("")  # (hunks apart, as the file's parts they are)
            continue
        if not in_hunk:
            continue
        if line.startswith(("+", " ")):
            out.append(line[1:])
        elif line == "":
            out.append("")
        elif line in ("-- ", "--"):
            in_hunk = False  # (the mail's signature: git's version follows)
        # (`-` lines are removed text; `\ No newline at end of file` is git's note)
    return "\n".join(out).strip("\n") + "\n"
