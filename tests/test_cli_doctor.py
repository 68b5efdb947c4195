"""`paperlist merge` and `paperlist doctor`: one paper of two, and what looks wrong in the list."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import Run

Cli = Callable[..., Run]


def listed(cli: Cli) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(cli("list", "--format", "json").stdout)
    return found


def ingest(cli: Cli, tmp_path: Path, name: str, text: str) -> None:
    digest = tmp_path / name
    digest.write_text(text, encoding="utf-8")
    result = cli("ingest", str(digest), "--offline")
    assert result.exit_code == 0, result.stderr


def test_merge_makes_one_paper_with_every_mention_both_ids_and_the_users_state(
    cli: Cli, tmp_path: Path
) -> None:
    ingest(
        cli,
        tmp_path,
        "a.md",
        "1. Smooth Adversarial Training https://arxiv.org/abs/2006.14536\n光滑激活函数。\n",
    )
    ingest(
        cli,
        tmp_path,
        "b.md",
        "1. Smooth Activations for Adversarial Training (ICLR) https://openreview.net/forum?id=abcdef12\n",
    )
    first, second = sorted(paper["id"] for paper in listed(cli))
    cli("mark", str(first), "reading")
    cli("mark", str(second), "read")
    cli("tag", str(second), "+robust")
    cli("note", str(first), "one")
    cli("note", str(second), "two")
    cli("star", str(second))
    result = cli("merge", str(first), str(second))
    assert result.exit_code == 0, result.stderr
    assert f"merged with paper {second}" in result.stderr
    (merged,) = listed(cli)
    assert merged["id"] == first
    assert (merged["arxiv_id"], merged["openreview_id"]) == ("2006.14536", "abcdef12")
    assert {mention["digest"] for mention in merged["mentions"]} == {"a.md", "b.md"}
    assert merged["digest_count"] == 2
    assert (merged["status"], merged["tags"], merged["starred"]) == ("read", ["robust"], True)
    assert merged["note"] == "one\n\ntwo"
    both = cli("show", "https://openreview.net/forum?id=abcdef12").stdout
    assert both == cli("show", "2006.14536").stdout  # both ids name it


def test_merge_refuses_two_different_arxiv_papers(cli: Cli, library: Path) -> None:
    result = cli("merge", "2004.11886", "2011.04419")
    assert result.exit_code == 2
    assert "different arXiv ids (2004.11886, 2011.04419)" in result.stderr
    assert len(listed(cli)) == 38


def test_merge_failures(cli: Cli, library: Path) -> None:
    same = cli("merge", "2004.11886", "1")
    assert same.exit_code == 2
    assert "the same paper" in same.stderr
    unknown = cli("merge", "1", "9999")
    assert unknown.exit_code == 4
    assert "'9999'" in unknown.stderr


def test_doctor_finds_duplicates_of_every_kind(cli: Cli, tmp_path: Path, isolated: Path) -> None:
    ingest(
        cli,
        tmp_path,
        "a.md",
        "1. Smooth Adversarial Training https://arxiv.org/abs/2006.14536\n"
        "2. Memformer: A Memory-Augmented Transformer for Sequence Modeling\n"
        "3. Supervised Contrastive Learning https://arxiv.org/abs/2004.11362\n",
    )
    ingest(
        cli,
        tmp_path,
        "b.md",
        "1. Adversarial training with smooth activations (ICLR submission) https://openreview.net/forum?id=abcdef12\n"
        "2. Memformer: The Memory-Augmented Transformer\n"
        "3. Supervised Contrastive Learning https://arxiv.org/abs/2011.01403\n",
    )
    with sqlite3.connect(isolated) as conn:  # as OpenReview's note titles it, once enriched
        conn.execute(
            "UPDATE papers SET title = 'Smooth adversarial training.' WHERE openreview_id = 'abcdef12'"
        )
    report = json.loads(cli("doctor", "--format", "json").stdout)
    by_why = {item["why"]: item for item in report["duplicates"]}
    assert "an arXiv entry and an OpenReview entry with the same title" in by_why
    assert any(why.startswith("a renamed version") for why in by_why)
    assert len(report["duplicates"]) == 2  # two arXiv ids with one title are two papers
    table = cli("doctor")
    assert table.exit_code == 0
    assert "Likely duplicates" in table.stdout
    assert "paperlist merge" in table.stdout


def test_doctor_finds_missing_and_suspicious_metadata(cli: Cli, tmp_path: Path, isolated: Path) -> None:
    ingest(
        cli,
        tmp_path,
        "a.md",
        "1. Lite Transformer https://arxiv.org/abs/2004.11886\n2. Other https://arxiv.org/abs/2106.09685\n"
        "3. Third https://arxiv.org/abs/2011.04419\n",
    )
    with sqlite3.connect(isolated) as conn:
        conn.execute("UPDATE papers SET title = 'A title ' || id")
        conn.execute(
            "UPDATE papers SET published = '2019-01-02', enrichment = 'enriched', authors = '[\"A\"]'"
            " WHERE arxiv_id = '2004.11886'"
        )
        conn.execute("UPDATE papers SET title = NULL, enrichment = 'not_found' WHERE arxiv_id = '2106.09685'")
        conn.execute("INSERT INTO arxiv_missing VALUES ('2106.09685', 'now')")
        conn.execute(
            "UPDATE papers SET enrichment = 'ambiguous', arxiv_id = NULL,"
            ' candidates = \'[{"arxiv_id": "2011.04419", "title": "x"}]\' WHERE arxiv_id = \'2011.04419\''
        )
    report = json.loads(cli("doctor", "--format", "json").stdout)
    kinds = {(item["id"], item["kind"]) for item in report["problems"]}
    assert kinds == {(1, "date-before-id"), (2, "no-title"), (2, "missing-id"), (3, "ambiguous")}
    table = cli("doctor").stdout
    assert "Metadata to check" in table
    assert "paperlist resolve 3 N" in table


def test_doctor_on_a_clean_list(cli: Cli, tmp_path: Path) -> None:
    ingest(cli, tmp_path, "a.md", "1. Lite Transformer https://arxiv.org/abs/2004.11886\n")
    result = cli("doctor")
    assert result.exit_code == 0
    assert "Looked at 1 paper: no likely duplicates, no metadata to check." in result.stdout
