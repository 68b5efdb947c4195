"""A netCDF file's CDL text (`ncdump -h`, or `ncdump` with its data), read as what its attributes say.

CDL opens with `netcdf name {`, then `dimensions:`, `variables:` (each variable's attributes under it,
`var:name = "text" ;`), `// global attributes:` (`:name = "text" ;`) and `data:`. A string attribute may be
written in pieces, a quoted string a line (`"[1] …\\n",` / `"[2] …" ;`), its line breaks as `\\n`. Each string
attribute becomes a paragraph, `name:` on its own line and its text below with its line breaks, so that a
dataset's `references` read as a list of references and its `comment` as the writer's words; numbers, dimensions
and the data are left out.
"""

from __future__ import annotations

import re

_START = re.compile(
    r"\A\ufeff?netcdf[ \t]+[^\s{]+[ \t]*\{[ \t]*\n(?:[ \t]*\n)*(?:dimensions|variables|group):"
)
_ATTRIBUTE = re.compile(r"^[ \t]*(?P<variable>[\w.-]*):(?P<name>[\w.-]+)[ \t]*=[ \t]*(?P<rest>\"[^\n]*)$")
_PIECE = re.compile(r"\"(?P<text>(?:[^\"\\]|\\.)*)\"")
_ESCAPE = re.compile(r"\\(?P<character>[nt\"\\'])")
_ESCAPED = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}


def looks_like_cdl(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("netcdf") and _START.match(text[:2000]) is not None


def cdl_to_text(text: str) -> str | None:
    """The file's string attributes as paragraphs (see the module's docstring); None when it has none."""
    lines = text.split("\n")
    data = next((index for index, line in enumerate(lines) if line.strip() == "data:"), len(lines))
    paragraphs: list[str] = []
    index = 0
    while index < data:
        attribute = _ATTRIBUTE.match(lines[index])
        index += 1
        if attribute is None:
            continue
        written = attribute.group("rest")
        while not written.rstrip().endswith(";") and index < data:  # (its pieces, a line each, up to `;`)
            written += "\n" + lines[index]
            index += 1
        value = "".join(
            _ESCAPE.sub(lambda escape: _ESCAPED[escape.group("character")], piece.group("text"))
            for piece in _PIECE.finditer(written)
        ).strip()
        if value:
            owner = attribute.group("variable")
            name = f"{owner} {attribute.group('name')}" if owner else attribute.group("name")
            paragraphs.append(f"{name}:\n{value}")
    return "\n\n".join(paragraphs) + "\n" if paragraphs else None
