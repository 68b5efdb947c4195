"""TreePad outlines (`.hjt`: TreePad Lite's and TreePad's text files): `<Treepad version 3.0>`, then each node as
`dt=Text`, `<node>`, its title, its depth on a line of its own, its text, and `<end node> 5P9i0s8y19Z`.

A node is read as its title over its text, line for line (each line of the file keeps its number: the format's
own lines, and each node's depth, are left blank), so that a paper's title on a line of a node's text, with the
writer's notes below it, is read as in any note. (Its titles are not made Markdown headings: the node's text is no
Markdown, and reading it as such would join a title to the notes indented under it.)
"""

from __future__ import annotations

import re

_SIGNATURE = re.compile(r"\A\ufeff?<(?:hj-)?Treepad version [0-9][0-9.]*>[ \t]*\r?\n")
_NODE_TYPE = re.compile(r"dt=\w+")
_END_NODE = re.compile(r"<end node>(?: [0-9A-Za-z]+)?")
_DEPTH = re.compile(r"[0-9]{1,3}")


def looks_like_treepad(text: str) -> bool:
    """Whether a text is a TreePad outline: its first line says so."""
    return text[:1] in "<\ufeff" and _SIGNATURE.match(text) is not None


def treepad_to_text(text: str) -> str:
    """The outline as text of the same lines: each node's title over its text, the format's lines blank."""
    lines = text.split("\n")
    out = [""] * len(lines)
    position = 1  # (the signature's line stays blank)
    while position < len(lines):
        line = lines[position].rstrip("\r")
        if line == "<node>" and position + 2 < len(lines):
            title = lines[position + 1].strip()
            depth = lines[position + 2].strip()
            if _DEPTH.fullmatch(depth):
                out[position + 1] = title
                position += 3
                continue
        if _NODE_TYPE.fullmatch(line) or _END_NODE.fullmatch(line) or line == "<node>":
            position += 1
            continue
        out[position] = line
        position += 1
    return "\n".join(out)
