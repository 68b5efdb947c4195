"""The README is a front door and docs/ is the manual: generated parts current, every page linked, no dead link."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md"))
_LINK = re.compile(r"\]\((?P<target>[^)\s#]+)(?:#[^)\s]*)?\)")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)  # examples in code are not links


def test_command_reference_in_docs_is_current() -> None:
    generator = runpy.run_path(str(ROOT / "scripts" / "command_reference.py"))
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert generator["updated_reference"](reference) == reference, "docs/cli.md is stale: run `make docs`"


def test_format_table_in_docs_is_the_registry() -> None:
    generator = runpy.run_path(str(ROOT / "scripts" / "command_reference.py"))
    usage = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    assert generator["updated_usage"](usage) == usage, "docs/usage.md is stale: run `make docs`"


def test_readme_opens_with_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## ", 2)[1]
    assert "make run" in setup
    assert "make test" in setup
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_is_short_and_links_every_page_of_the_manual() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 200
    assert DOCS, "docs/ holds the manual"
    for page in DOCS:
        assert f"](docs/{page.name})" in readme, f"README.md does not link docs/{page.name}"


@pytest.mark.parametrize("page", [ROOT / "README.md", *DOCS], ids=lambda path: path.name)
def test_relative_links_lead_somewhere(page: Path) -> None:
    text = _CODE.sub("", page.read_text(encoding="utf-8"))
    for match in _LINK.finditer(text):
        target = match.group("target")
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (page.parent / target).exists(), f"{page.name} links {target}, which does not exist"
