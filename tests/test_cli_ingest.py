"""`paperlist ingest`: the seeds go in, re-ingesting changes nothing, bad paths fail clearly."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from paperlist.errors import DigestNotRead
from tests.conftest import Run

SEED_ARXIV_IDS = {
    "2004.11886", "2004.11362", "2004.07780", "2004.08955", "2104.00298", "2102.05918", "2101.08809",
    "2101.03958", "2101.01761", "2012.08561", "2012.07177", "2011.04419", "2006.14536",
}  # fmt: skip


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def listed(cli: Callable[..., Run]) -> list[dict[str, object]]:
    result = cli("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    papers = json.loads(result.stdout)
    assert isinstance(papers, list)
    return papers


def test_ingest_seeds_finds_every_linked_arxiv_paper(cli: Callable[..., Run], seeds: Path) -> None:
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # people-facing text goes to stderr
    assert "Read 5 digests" in result.stderr
    assert "await enrichment" in result.stderr
    found = {paper["arxiv_id"] for paper in listed(cli)}
    assert found >= SEED_ARXIV_IDS


def test_summary_line_counts_new_and_known_papers(cli: Callable[..., Run], seeds: Path) -> None:
    first = cli("ingest", str(seeds / "000_146ccdcc23f85c39.txt"), "--offline")
    second = cli("ingest", str(seeds), "--offline")
    assert "new" in first.stderr
    papers_in_000 = len(listed(cli)) and sum(
        1
        for paper in listed(cli)
        if any(m["digest"] == "000_146ccdcc23f85c39.txt" for m in paper["mentions"])
    )
    assert f"{papers_in_000} already known" in second.stderr.replace("\n", " ")
    assert "1 unchanged" in second.stderr


def test_reingesting_unchanged_digests_changes_nothing(
    cli: Callable[..., Run], seeds: Path, isolated: Path
) -> None:
    cli("ingest", str(seeds), "--offline")
    before = dump(isolated)
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0
    assert "5 unchanged" in result.stderr
    assert dump(isolated) == before


def test_copy_of_a_digest_elsewhere_is_not_counted_twice(
    cli: Callable[..., Run], seeds: Path, tmp_path: Path
) -> None:
    cli("ingest", str(seeds), "--offline")
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes((seeds / "000_146ccdcc23f85c39.txt").read_bytes())
    before = listed(cli)
    result = cli("ingest", str(copy), "--offline")
    assert "1 duplicate" in result.stderr
    assert listed(cli) == before


def test_edited_digest_replaces_its_mentions_and_keeps_user_state(
    cli: Callable[..., Run], seeds: Path, isolated: Path
) -> None:
    digest = seeds / "000_146ccdcc23f85c39.txt"
    cli("ingest", str(seeds), "--offline")
    with sqlite3.connect(isolated) as conn:  # the user marks Lite Transformer as read
        conn.execute(
            "UPDATE user_state SET status = 'read' WHERE paper_id = (SELECT id FROM papers WHERE arxiv_id = ?)",
            ("2004.11886",),
        )
    text = digest.read_text(encoding="utf-8")
    # The editor drops the Supervised Contrastive Learning entry and adds a note under Lite Transformer.
    text = text.replace("https://arxiv.org/abs/2004.11362v1", "(link removed)")
    digest.write_text(text, encoding="utf-8")
    result = cli("ingest", str(seeds), "--offline")
    assert "1 changed" in result.stderr
    papers = {paper["arxiv_id"]: paper for paper in listed(cli)}
    assert "2004.11362" not in papers  # nobody mentions it any more and the user never touched it
    lite = papers["2004.11886"]
    assert lite["status"] == "read"
    assert len(lite["mentions"]) == 1


def test_missing_path_is_a_clear_error(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("ingest", str(tmp_path / "nope"))
    assert result.exit_code == 3
    assert "no such file or folder" in result.stderr
    assert "nope" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_folder_is_a_clear_error(cli: Callable[..., Run], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.png").write_bytes(b"\x89PNG\r\n")
    result = cli("ingest", str(empty))
    assert result.exit_code == 3
    assert "no digests in" in result.stderr


def test_unreadable_digest_is_skipped_and_the_rest_ingested(cli: Callable[..., Run], seeds: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    blocked = seeds / "zz_blocked.txt"
    blocked.write_text("arXiv:2004.11886", encoding="utf-8")
    blocked.chmod(0)
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0
    assert "zz_blocked.txt" in result.stderr
    assert {paper["arxiv_id"] for paper in listed(cli)} >= SEED_ARXIV_IDS


def test_fifo_in_a_folder_is_skipped_without_hanging(cli: Callable[..., Run], seeds: Path) -> None:
    os.mkfifo(seeds / "pipe.txt")
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0
    assert "pipe.txt: not a regular file" in result.stderr


def test_unreadable_database_is_a_clear_error(cli: Callable[..., Run], seeds: Path, tmp_path: Path) -> None:
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = cli("--db", str(bad), "ingest", str(seeds), "--offline")
    assert result.exit_code == 5
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"this is not sqlite" * 100  # nothing of the user's was touched


def test_db_option_and_environment_choose_the_file(
    cli: Callable[..., Run], seeds: Path, tmp_path: Path, isolated: Path
) -> None:
    chosen = tmp_path / "other" / "mine.db"
    assert cli("--db", str(chosen), "ingest", str(seeds), "--offline").exit_code == 0
    assert chosen.exists()
    assert not isolated.exists()


def test_dangling_symlink_is_skipped_with_a_warning(cli: Callable[..., Run], seeds: Path) -> None:
    (seeds / "gone.txt").symlink_to(seeds / "does-not-exist.txt")
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0
    assert "warning:" in result.stderr
    assert "gone.txt" in result.stderr
    assert "1 skipped" in result.stderr
    assert {paper["arxiv_id"] for paper in listed(cli)} >= SEED_ARXIV_IDS


def test_a_digest_whose_reading_fails_on_a_bug_is_skipped_and_said_not_the_whole_folder(
    cli: Callable[..., Run], seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (a reading rule that meets a shape it was not written for, as a blind round once found one: the folder's
    # other digests must still go in, and the user be told which digest to report)
    from paperlist.ingest import parse

    real = parse.extract_document

    def failing(text: str, name: str, **options: bool) -> object:
        if name == "zz_odd.txt":
            raise ValueError("list.remove(x): x not in list")
        return real(text, name, **options)

    monkeypatch.setattr(parse, "extract_document", failing)
    (seeds / "zz_odd.txt").write_text("Some title\nhttps://arxiv.org/abs/2007.14062\n", encoding="utf-8")
    result = cli("ingest", str(seeds), "--offline")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    warning = next(line for line in result.stderr.splitlines() if "zz_odd.txt" in line)
    assert "ValueError" in warning
    assert "report" in warning
    assert "1 skipped" in result.stderr
    assert {paper["arxiv_id"] for paper in listed(cli)} >= SEED_ARXIV_IDS
    assert "2007.14062" not in {paper["arxiv_id"] for paper in listed(cli)}
    # Alone, the same digest is an internal error: exit 1, one line, and --debug shows where.
    alone = cli("extract", str(seeds / "zz_odd.txt"))
    assert alone.exit_code == 1
    assert "Traceback" not in alone.stderr
    assert alone.stderr.count("\n") == 1
    assert "zz_odd.txt" in alone.stderr
    with pytest.raises(DigestNotRead) as raised:
        cli("--debug", "extract", str(seeds / "zz_odd.txt"))
    assert isinstance(raised.value.__cause__, ValueError)
