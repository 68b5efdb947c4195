"""`linescan.line_matches`: the same matches as the pattern's own `finditer`, for every pattern handed to it.

It holds for a pattern compiled with re.MULTILINE whose every alternative opens on `^` and that matches no empty
string: each pattern the extractor hands it (`line_matches`, `line_search`, `Outline.matches`, reader's
`_LINE_PATTERNS`) is checked for both, then matched both ways over the labelled digests and texts made to try its
edges (a match on the first line, matches on lines in a row, a match that takes its line's break).
"""

from __future__ import annotations

import importlib
import re
import re._parser as sre_parse  # (the grammar `re` itself parses a pattern with: its alternatives, its widths)
from pathlib import Path
from typing import Any

import pytest

from paperlist.ingest import extract
from paperlist.ingest.extract import entries, linescan, reader

outline = importlib.import_module(
    "paperlist.ingest.extract.outline"
)  # (the module: the package names its function so)

PACKAGE = Path(extract.__file__).parent
DATA = Path(__file__).parent / "data"
_CALL = re.compile(r"(?:line_matches|line_search|\.matches)\((?P<name>[A-Z_][A-Z0-9_]*)\b")
MODULES = {"__init__.py": extract, "entries.py": entries, "outline.py": outline, "reader.py": reader}


def _handed() -> dict[str, re.Pattern[str]]:
    """Every pattern the extractor hands `linescan` (by the name it is called by where it is handed)."""
    found: dict[str, re.Pattern[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        for match in _CALL.finditer(path.read_text(encoding="utf-8")):
            module = MODULES[path.name]
            found[f"{path.name}:{match.group('name')}"] = getattr(module, match.group("name"))
    found.update(
        (f"reader.py:{name}", value)
        for name, value in vars(reader).items()
        if isinstance(value, re.Pattern) and value in reader._LINE_PATTERNS
    )
    return found


def _opens_lines(items: Any) -> bool:
    """Whether every way through the parsed pattern opens on `^`."""
    items = list(items)
    if not items:
        return False
    op, value = items[0]
    if op is sre_parse.AT:
        return value is sre_parse.AT_BEGINNING
    if op is sre_parse.SUBPATTERN:
        return _opens_lines(value[3])
    if op is sre_parse.BRANCH:
        return all(_opens_lines(branch) for branch in value[1])
    return False


HANDED = _handed()


def test_every_pattern_handed_is_found() -> None:
    assert len(HANDED) >= 18  # (the call sites' names resolved: a rename would leave a pattern unchecked)


@pytest.mark.parametrize("name", sorted(HANDED))
def test_each_pattern_opens_lines_and_matches_something(name: str) -> None:
    pattern = HANDED[name]
    assert pattern.flags & re.MULTILINE
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    assert _opens_lines(parsed), name
    assert parsed.getwidth()[0] > 0, name


def _texts() -> list[str]:
    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(DATA.glob("digests-*/digests/*"))
        if path.is_file()
    ]
    edges = [
        "Subject: Re: Title\nSubject: Another\n\nSubject: Third",
        "notes/a.md:12:- Title\nnotes/a.md:13:- Title\nnotes/b.md:2:- Title\n",
        "k07 Title — note\nk08 Title\nk09 Title\n",
        "Attention Is All You Need\nは読んどけ\nScaling Laws for Neural Language Models\nを読む\n",
        "\n\n[#ref1]: Title\n[#ref2]: Other Title",
        "Name:\nTitle: A\n  Label: b\n",
    ]
    return texts + edges + [text.replace("\n", "\r\n") for text in edges]


TEXTS = _texts()


@pytest.mark.parametrize("name", sorted(HANDED))
def test_same_matches_as_finditer(name: str) -> None:
    pattern = HANDED[name]
    for text in TEXTS:
        expected = [(match.span(), match.groups()) for match in pattern.finditer(text)]
        assert [(match.span(), match.groups()) for match in linescan.line_matches(pattern, text)] == expected
        cut = len(text) // 2
        expected = [(match.span(), match.groups()) for match in pattern.finditer(text, 0, cut)]
        assert [
            (match.span(), match.groups()) for match in linescan.line_matches(pattern, text, cut)
        ] == expected
        first = pattern.search(text)
        found = linescan.line_search(pattern, text)
        assert (found.span() if found else None) == (first.span() if first else None)
