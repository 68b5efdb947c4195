"""views/text.py: outside text made inert in the text formats (found by the hostile-text drill)."""

from __future__ import annotations

import csv
import io
import json

from paperlist.views.export import bibtex_title
from paperlist.views.text import to_csv, to_json, to_jsonl


def test_json_escapes_what_a_terminal_would_act_on_and_decodes_to_the_same_text() -> None:
    value = {"title": "a\u202eb\x9b31m\x1b[2J\u2028c", "n": 1}
    for document in (to_json(value), to_jsonl([value])):
        assert not any(ch in document for ch in "\u202e\x9b\x1b\u2028")
        assert json.loads(document) == value


def test_csv_cells_that_a_spreadsheet_would_run_open_as_text() -> None:
    cells = {
        "formula": '=HYPERLINK("http://evil.example","x")',
        "at": "@SUM(A1:A9)",
        "dde": "-cmd|' /C calc'!A0",
        "score": "-1.0975",
        "forum": "-bdp_8Itjwp",
        "plain": "Attention Is All You Need",
    }
    (row,) = csv.DictReader(io.StringIO(to_csv([cells], list(cells))))
    assert row["formula"] == "'" + cells["formula"]
    assert row["at"] == "'@SUM(A1:A9)"
    assert row["dde"] == "'" + cells["dde"]
    assert (row["score"], row["forum"], row["plain"]) == (cells["score"], cells["forum"], cells["plain"])


def test_bibtex_keeps_math_but_not_tex_that_reads_writes_or_redefines() -> None:
    assert bibtex_title("Linear $O(n)$ Attention") == "Linear $O(n)$ Attention"
    for smuggled in (r"$\input{/etc/passwd}$", r"$\immediate\write18{rm}$", "$^^5cinput x$", r"$\def\a{b}$"):
        encoded = bibtex_title(f"Title {smuggled}")
        assert "\\input" not in encoded
        assert "\\write18" not in encoded
        assert "\\def" not in encoded
        assert "^^" not in encoded
