"""`paperlist export ID...`: one paper or a few, by any id, with or without filters; removed papers keep keys."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, enrich

Cli = Callable[..., Run]


def test_export_one_paper_by_any_id(cli: Cli, library: Path) -> None:
    for ref in ("1", "2004.11886", "https://arxiv.org/abs/2004.11886v1"):
        result = cli("export", ref)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.count("@misc{") == 1
        assert "@misc{wu2020lite," in result.stdout
    assert cli("show", "1", "--format", "bibtex").stdout == cli("export", "1").stdout


def test_export_several_ids_in_any_format_and_with_filters(cli: Cli, library: Path) -> None:
    both = json.loads(cli("export", "2004.11886", "2011.04419", "--format", "csl-json").stdout)
    assert sorted(item["number"] for item in both) == ["arXiv:2004.11886", "arXiv:2011.04419"]
    filtered = json.loads(
        cli("export", "2004.11886", "2011.04419", "-f", "json", "--category", "cs.CL").stdout
    )
    assert [paper["arxiv_id"] for paper in filtered] == ["2004.11886"]


def test_export_of_an_unknown_id_writes_nothing(cli: Cli, library: Path, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    result = cli("export", "2004.11886", "9999", "-o", str(target))
    assert result.exit_code == 4
    assert "'9999'" in result.stderr
    assert not target.exists()


def test_removing_a_paper_never_hands_its_key_to_another(
    cli: Cli, library: Path, tmp_path: Path, isolated: Path
) -> None:
    digest = tmp_path / "twin.md"
    digest.write_text("1. Lite Transformer, again https://arxiv.org/abs/2106.09685\n", "utf-8")
    cli("ingest", str(digest), "--offline")
    # The same first author, year and first title word: a key that clashes with wu2020lite.
    enrich(
        isolated, "2106.09685", {"title": "Lite Again", "authors": ["Zhanghao Wu"], "published": "2020-06-01"}
    )
    before = cli("export", "-f", "csl-json").stdout
    keys = {item.get("number"): item["id"] for item in json.loads(before)}
    cli("remove", "2004.11886")
    after = {item.get("number"): item["id"] for item in json.loads(cli("export", "-f", "csl-json").stdout)}
    assert "arXiv:2004.11886" not in after
    assert (keys["arXiv:2004.11886"], keys["arXiv:2106.09685"]) == ("wu2020lite", "wu2020litea")
    assert after["arXiv:2106.09685"] == keys["arXiv:2106.09685"]
