"""A notebook saved as a Python source file, read as the page its cells make.

Databricks exports a notebook as `.py` ("Source file"): it opens with `# Databricks notebook source`, its cells
are parted by `# COMMAND ----------`, a Markdown cell is `# MAGIC %md` then its lines each after `# MAGIC `, and
another language's cell (`%sql`, `%pip`, `%sh`) is `# MAGIC` lines too. Jupytext's "percent" format parts cells by
`# %%` lines; a Markdown cell is `# %% [markdown]` with its lines commented out. A Pluto.jl notebook (`.jl`, opening
`### A Pluto.jl notebook ###`) parts its cells by `# ╔═╡ <cell id>` lines; a Markdown cell is `md` and a triple-quoted string, and the
package environment it stores (`PLUTO_PROJECT_TOML_CONTENTS`, `PLUTO_MANIFEST_TOML_CONTENTS`) and its cell order
are no cells of the writer's. A marimo notebook (`.py`, `import marimo` and `app = marimo.App(...)`) is a function
per cell under `@app.cell`; a Markdown cell calls `mo.md` with a (triple-quoted) string, indented as the function's
body.

A Markdown cell is the writer's words, as a Jupyter notebook's are. A code cell's comments are the writer's words
too (a notebook's code cites the paper a constant comes from, `# FlashAttention-2: … (arXiv:2307.08691), fig. 4`),
and its code lines stay as they are, as code a digest quotes (a dictionary of titles and ids is read line by
line); another language's cells (`%pip install …`) are left out.
"""

from __future__ import annotations

import re
import textwrap

_DATABRICKS = "# Databricks notebook source"
_DATABRICKS_CELL = re.compile(r"^# COMMAND -{5,}[ \t]*$", re.MULTILINE)
_PERCENT_CELL = re.compile(r"^# %%(?P<rest>[^\n]*)$", re.MULTILINE)
_MAGIC = re.compile(r"^# MAGIC ?", re.MULTILINE)
_COMMENT = re.compile(r"^[ \t]*# ?")
_PLUTO = "### A Pluto.jl notebook ###"
_PLUTO_CELL = re.compile(r"^# ╔═╡ (?P<id>[^\n]*)$", re.MULTILINE)
_MARIMO_APP = re.compile(r"^app = marimo\.App\(", re.MULTILINE)
# A cell (or the setup block, a function or a class a newer marimo writes at the top level), and where the cells end.
_MARIMO_CELL = re.compile(
    r"^(?:@app\.(?:cell|function|class_definition)\b[^\n]*|with app\.setup[^\n]*:)$", re.MULTILINE
)
_MARIMO_MAIN = re.compile(r"^if __name__ == [\"']__main__[\"']:", re.MULTILINE)
# `mo.md(r"""…""")`, `mo.md(f"""…""")` or `mo.md("…")`: its text is Markdown.
_MARIMO_MARKDOWN = re.compile(
    r"\bmo\.md\(\s*[rRfFuU]{0,2}(?:\"\"\"(?P<triple>.*?)\"\"\"|'\'\''(?P<single>.*?)'\'\''|\"(?P<line>[^\"\n]*)\")",
    re.DOTALL,
)
_PLUTO_MARKDOWN = re.compile(
    r'\A[ \t]*md"""\n?(?P<body>.*?)"""[ \t]*\Z|\A[ \t]*md"(?P<line>[^"\n]*)"[ \t]*\Z', re.DOTALL
)


def looks_like_notebook_source(text: str, name: str) -> bool:
    """A `.py` file that is a notebook: Databricks' source export, or Jupytext's percent format; a `.jl` file that is
    a Pluto.jl notebook."""
    head = text.lstrip("\ufeff")[:200]
    if name.casefold().endswith(".jl"):
        return head.startswith(_PLUTO)
    if not name.casefold().endswith(".py"):
        return False
    return (
        head.startswith(_DATABRICKS)
        or len(_PERCENT_CELL.findall(text, 0, 100_000)) >= 2
        or ("import marimo" in text[:4096] and _MARIMO_APP.search(text, 0, 4096) is not None)
    )


def notebook_source_to_markdown(text: str) -> str:
    """The cells of a notebook saved as Python, as Markdown: Markdown cells as written, code cells' comments as
    paragraphs and their code as lines, another language's cells left out."""
    text = text.lstrip("\ufeff")
    parts: list[str] = []
    if text.startswith(_PLUTO):
        pieces = _PLUTO_CELL.split(text)
        for cell_id, body in zip(pieces[1::2], pieces[2::2], strict=False):
            if cell_id.strip().startswith(("Cell order", "00000000-0000-0000-0000-00000000000")):
                continue  # (the cell order; the package environment's cells)
            body = body.strip("\n")
            markdown = _PLUTO_MARKDOWN.match(body)
            if markdown is not None:
                parts.append((markdown.group("body") or markdown.group("line") or "").strip("\n"))
            elif not body.lstrip().startswith(
                ("PLUTO_PROJECT_TOML_CONTENTS", "PLUTO_MANIFEST_TOML_CONTENTS")
            ):
                parts.append(_code_cell(body.splitlines()))
    elif "import marimo" in text[:4096] and _MARIMO_APP.search(text, 0, 4096) is not None:
        parts.extend(_marimo_cells(text))
    elif text.startswith(_DATABRICKS):
        for cell in _DATABRICKS_CELL.split(text[len(_DATABRICKS) :]):
            body = cell.strip("\n")
            lines = body.splitlines()
            lines = [line for line in lines if not line.startswith("# DBTITLE")]  # (the cell's name)
            if lines and all(line.startswith("# MAGIC") for line in lines):
                magic = _MAGIC.sub("", "\n".join(lines)).strip("\n")
                first, _, rest = magic.partition("\n")
                if first.strip().startswith("%md"):
                    parts.append(rest.strip("\n"))
                continue  # (`%pip`, `%sql`, `%sh`: another language's cell)
            parts.append(_code_cell(lines))
    else:
        pieces = _PERCENT_CELL.split(text)
        parts.append(_code_cell(pieces[0].splitlines()))
        for header, body in zip(pieces[1::2], pieces[2::2], strict=False):
            lines = body.strip("\n").splitlines()
            if "[markdown]" in header or "[md]" in header:
                parts.append("\n".join(_COMMENT.sub("", line, count=1) for line in lines))
            else:
                parts.append(_code_cell(lines))
    return "\n\n".join(part for part in parts if part.strip()) + "\n"


def _marimo_cells(text: str) -> list[str]:
    """A marimo notebook's cells, in order: each Markdown string as written (dedented), the rest as code."""
    end = _MARIMO_MAIN.search(text)
    cells = _MARIMO_CELL.split(text[: end.start() if end is not None else len(text)])[1:]
    parts: list[str] = []
    for cell in cells:
        position = 0
        for markdown in _MARIMO_MARKDOWN.finditer(cell):
            parts.append(_code_cell(cell[position : markdown.start()].splitlines()))
            body = markdown.group("triple") or markdown.group("single") or markdown.group("line") or ""
            parts.append(textwrap.dedent(body.strip("\n")))
            position = markdown.end()
        parts.append(_code_cell(cell[position:].splitlines()))
    return parts


def _code_cell(lines: list[str]) -> str:
    """A code cell's lines: each comment as a line of prose, each block of code as lines."""
    out: list[str] = []
    for line in lines:
        if _COMMENT.match(line) and not line.lstrip().startswith("#!"):
            out.append(_COMMENT.sub("", line, count=1))
        else:
            out.append(line)
    return "\n".join(out)
