"""A patch (`git format-patch`'s mail, a `.diff`), read as the message and the text it adds.

A lab's reading list kept in a repository changes by patches: `From <commit> …`, `Subject: [PATCH] …`, the
message, a diffstat, then for each file `diff --git`, `index`, `--- a/…`, `+++ b/…` and hunks (`@@ -5,26 +5,36 @@`)
whose lines start with a space (unchanged), `+` (added) or `-` (removed). What the patch says is the new text: its
message, and each hunk's unchanged and added lines without their first column (so a Markdown list added to a README
is read as the list it is); removed lines, file headers, hunk headers, the diffstat and the signature (`-- ` and
git's version) are no text. A log of changes with their patches (`hg log -p`, `git log -p`) is read so too, each
change's message (not its user, date or files) before its hunks.
"""

from __future__ import annotations

import re

_START = re.compile(
    r"\A(?:From [0-9a-f]{40} |diff --git |diff -r |--- \S|Index: \S|changeset: +[0-9]+:[0-9a-f]+|commit [0-9a-f]{40})"
)
_DIFF_START = re.compile(r"^diff --git |^diff -r |^--- \S+.*\n\+\+\+ \S", re.MULTILINE)
# A log's next change (`hg log -p`'s `changeset:   22:ba133c2c6255`, `git log -p`'s `commit 1a2b…`), and the fields
# of its header that are no message (`user:`, `date:`, `files:`; git's `Author:`, `Date:`).
_CHANGE = re.compile(r"^(?:changeset: +[0-9]+:[0-9a-f]+|commit [0-9a-f]{40})")
_CHANGE_FIELD = re.compile(
    r"^(?:changeset|tag|branch|parent|user|date|files|description|bookmark|phase|Author|AuthorDate|Commit|"
    r"CommitDate|Date|Merge):"
)
_DIFFSTAT = re.compile(r"^ \S.*\|[ \t]+(?:[0-9]+ [+-]*|Bin\b.*)$|^ [0-9]+ files? changed\b")
_FILE_HEADER = re.compile(
    r"^(?:diff --git |diff -r |index [0-9a-f]|--- |\+\+\+ |new file mode|deleted file mode|similarity|rename )"
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
    in_header = False  # (a log's next change: its message, up to its diff)
    for line in text[diff.start() :].split("\n"):
        if _FILE_HEADER.match(line):
            in_hunk = in_header = False
            continue
        if _CHANGE.match(line):
            in_hunk, in_header = False, True
            out.append("")
            continue
        if in_header:
            if not _CHANGE_FIELD.match(line):
                out.append(line.strip())
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
