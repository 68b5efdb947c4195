"""A SageMath worksheet (`.sagews`, CoCalc's) as the text it shows: its cells' input as written (a `%md` cell's
Markdown as Markdown, a code cell's code) and what each cell printed.

A cell opens on a line marked `︠uuid︠` (its id between two U+FE20 marks); its output is one line marked
`︡uuid︡`, then JSON messages apart by U+FE21 marks (`{"stdout": "…"}`, `{"md": "…"}`, `{"done": true}`). A
Markdown cell's output repeats its input, so only what code printed (`stdout`) is kept of the output, its escaped
line breaks made lines.
"""

from __future__ import annotations

import json

_INPUT = "\ufe20"
_OUTPUT = "\ufe21"
_MAGIC = ("%md", "%html", "%auto", "%hide", "%hideall")


def looks_like_sagews(text: str) -> bool:
    """Whether `text` holds a worksheet's cell marks (`︠uuid︠` / `︡uuid︡`)."""
    head = text[:20_000]
    return head.count(_INPUT) >= 2 or head.count(_OUTPUT) >= 2


def sagews_to_text(text: str) -> str:
    """The worksheet's cells as text, a cell's mark line blank (see the module's docstring)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith(_INPUT):
            out.append("")
        elif line.startswith(_OUTPUT):
            printed: list[str] = []
            for part in line.split(_OUTPUT)[2:]:
                try:
                    message = json.loads(part)
                except ValueError:
                    continue
                if isinstance(message, dict) and isinstance(message.get("stdout"), str):
                    printed.append(message["stdout"].rstrip("\n"))
            out.append("\n".join(printed))
        elif line.strip() in _MAGIC:
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)
