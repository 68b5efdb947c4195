"""A LaTeX source's inline markup as the words it typesets, for the text readers: `\\emph{Title}` as `*Title*`
(emphasis, as Markdown writes it), `\\url{…}` as its link, `\\href{…}{text}` as `[text](…)`, a tie (`et~al.`) as a
space, a table's row (`a & b \\\\`) as a Markdown row (`| a | b |`). Line for line: a line keeps its number. A
bibliography's entries (`\\bibitem` … `\\newblock`) are left as written: the reference-list reader reads their LaTeX
itself."""

from __future__ import annotations

import re

_EMPHASIS = re.compile(r"\\(?:emph|textit|textsl)\{(?P<words>[^{}\n]{1,300})\}")
_URL = re.compile(r"\\url\{(?P<url>[^{}\s]{1,500})\}")
_HREF = re.compile(r"\\href\{(?P<url>[^{}\s]{1,500})\}\{(?P<words>[^{}\n]{1,300})\}")
_TIE = re.compile(r"(?<=[\w.])~(?=[\w\\])")
# A table (`tabular`, `tabularx`, `longtable`) and its rows, a line each (`7 & Zhang et~al.: … & Abschn.~1--3 \\`).
_TABULAR = re.compile(
    r"\\begin\{(?:tabular[x*]?|longtable)\}.*?(?:\\end\{(?:tabular[x*]?|longtable)\}|\Z)", re.DOTALL
)
_ROW = re.compile(r"^(?P<cells>[^\n]*?[ \t]&[ \t][^\n]*?)[ \t]*\\\\[ \t]*(?:\\hline)?[ \t]*$", re.MULTILINE)
_BIBLIOGRAPHY = re.compile(r"\\begin\{thebibliography\}.*?(?:\\end\{thebibliography\}|\Z)", re.DOTALL)


def looks_like_latex(text: str, name: str) -> bool:
    """A LaTeX source: named `.tex`, with a command of the markup read here in it."""
    return name.casefold().endswith(".tex") and ("\\emph{" in text or "\\url{" in text or "\\href{" in text)


def latex_inline_to_text(text: str) -> str:
    """`text` with its inline markup as the words it typesets (see the module), its bibliography left as is."""
    parts: list[str] = []
    position = 0
    for bibliography in _BIBLIOGRAPHY.finditer(text):
        parts += [_plain(text[position : bibliography.start()]), bibliography.group(0)]
        position = bibliography.end()
    parts.append(_plain(text[position:]))
    return "".join(parts)


def _table_row(match: re.Match[str]) -> str:
    """A table's row as Markdown writes one: its cells between bars."""
    cells = [cell.strip() for cell in re.split(r"(?<!\\)&", match.group("cells"))]
    return "| " + " | ".join(cells) + " |"


def _plain(text: str) -> str:
    if "&" in text and "\\begin{tabular" in text:
        text = _TABULAR.sub(lambda match: _ROW.sub(_table_row, match.group(0)), text)
    text = _HREF.sub(lambda match: f"[{match.group('words')}]({match.group('url')})", text)
    text = _URL.sub(lambda match: match.group("url"), text)
    text = _EMPHASIS.sub(lambda match: f"*{match.group('words')}*", text)
    return _TIE.sub(" ", text)
