"""The same digests as copies of them arrive: saved on Windows (CRLF, a BOM), re-encoded as GB18030, pasted from a
web page (no-break spaces after colons), indented with tabs, bulleted with `*`, with trailing spaces (format=flowed
mail, Markdown line breaks), curly apostrophes, or HTML minified onto one line. None of that changes what a digest
says, so none of it may change the papers read from it: every labelled digest of tests/data/digests-dev and
digests-own is read as written and in each variant, and the papers (ids and titles) must be the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document
from tests.variants import VARIANTS, page_with_chrome, rendered_html

DATA = Path(__file__).parent / "data"
DIGESTS = sorted(
    (*(DATA / "digests-dev" / "digests").iterdir(), *(DATA / "digests-own" / "digests").iterdir())
)


def _papers(data: bytes, name: str) -> list[tuple[str | None, str | None, str]]:
    text, encoding = decode_digest(data, name)
    found = extract_document(text, name, html=encoding.startswith("html/")).references
    # (titles compared as the corpus's scorer compares them: apostrophes and spacing aside)
    return [(r.arxiv_id, r.openreview_id, _folded(r.title)) for r in found]


def _folded(title: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (title or "").casefold()).split())


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_digest_copied_another_way_gives_the_same_papers(variant: str) -> None:
    changed = []
    for path in DIGESTS:
        if path.name in ("README.md", "expected.json"):
            continue
        data = path.read_bytes()
        written = _papers(data, path.name)
        copied = _papers(VARIANTS[variant](path.name, data.decode("utf-8")), path.name)
        if copied != written:
            lost = [paper for paper in written if paper not in copied]
            gained = [paper for paper in copied if paper not in written]
            changed.append(f"{path.name}: lost {lost}, gained {gained}")
    assert not changed, "\n".join(changed)


def test_a_blogs_menu_sidebar_and_footer_add_no_paper() -> None:
    added = []
    for path in DIGESTS:
        if path.suffix != ".md":
            continue
        text = path.read_text("utf-8")
        bare = _papers(rendered_html(path.name, text), path.name)
        dressed = _papers(page_with_chrome(path.name, text), path.name)
        extra = [paper for paper in dressed if paper not in bare]
        if extra:
            added.append(f"{path.name}: {extra}")
    assert not added, "\n".join(added)
