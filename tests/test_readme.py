"""The README's command reference is the program's own --help, kept current."""

from __future__ import annotations

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_command_reference_in_readme_is_current() -> None:
    generator = runpy.run_path(str(ROOT / "scripts" / "command_reference.py"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert generator["updated_readme"](readme) == readme, "README.md is stale: run `make docs`"


def test_readme_opens_with_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## ", 2)[1]
    assert "make run" in setup
    assert "make test" in setup
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
