"""Careless-hands drill (second round): what a user can type, point at or press by mistake must never lose
what is stored, and every failure is one line with a documented exit code.

Runs the real `paperlist` process on a copy of a library holding the seeds and the user's own state, and
compares the database before and after. Each test names the item of the second round of attacks it covers.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from paperlist.errors import ExitCode
from tests.conftest import SEEDS
from tests.drills.harness import copy_database, environment, integrity, run, set_user_state, snapshot
from tests.drills.test_bad_input import one_error, paperlist

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, and the user's state on two papers (made once, copied per test)."""
    db = tmp_path_factory.mktemp("template") / "library.db"
    done = paperlist("ingest", str(SEEDS), "--offline", db=db)
    assert done.code == 0, done.stderr
    set_user_state(db, [("2004.11886", "read", ["nlp"], "a note"), ("2011.04419", "reading", ["cv"], None)])
    return db


@pytest.fixture
def library(template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "library" / "library.db"
    db.parent.mkdir()
    copy_database(template, db)
    return db


def papers(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM papers").fetchone()[0])
    finally:
        conn.close()


# -- 1. export -o onto the database ---------------------------------------------------------------------------


def test_export_never_writes_over_the_database_another_database_or_a_folder(
    library: Path, template: Path, tmp_path: Path
) -> None:
    """Item 1: `export -o library.db` replaced the database with BibTeX and exited 0."""
    before = snapshot(library)
    other = tmp_path / "other.db"
    copy_database(template, other)
    folder = tmp_path / "exports"
    folder.mkdir()
    link = tmp_path / "link.bib"
    link.symlink_to(library)
    cases = {
        str(library): "library.db",  # the database itself
        os.path.relpath(library): "library.db",  # ... by another name
        str(link): "link.bib",  # ... through a symbolic link
        str(library) + "-wal": "library.db-wal",  # its journal
        str(other): "other.db",  # any SQLite database
    }
    for target, name in cases.items():
        one_error(paperlist("export", "-o", target, db=library), ExitCode.USAGE, name)
    done = paperlist("export", "-o", str(folder), db=library)
    assert done.code == ExitCode.USAGE, done.stderr
    assert "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []
    assert integrity(library) == ["ok"]
    assert snapshot(library) == before
    assert integrity(other) == ["ok"]
    assert papers(other) == papers(library)


def test_an_export_is_written_whole_or_not_at_all(library: Path, tmp_path: Path) -> None:
    """Item 1: exports are written atomically: a temporary file beside the target, then renamed over it."""
    target = tmp_path / "refs.bib"
    target.write_text("% my old bibliography\n", encoding="utf-8")
    target.chmod(0o640)
    done = paperlist("export", "-o", str(target), db=library)
    assert done.code == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("@misc{")
    assert target.stat().st_mode & 0o777 == 0o640  # the file keeps its permissions
    assert sorted(path.name for path in tmp_path.iterdir()) == ["library", "refs.bib"]  # no leftover
    # A folder that cannot be written: the old file is left exactly as it was.
    locked = tmp_path / "locked"
    locked.mkdir()
    kept = locked / "refs.bib"
    kept.write_text("% keep me\n", encoding="utf-8")
    locked.chmod(0o500)
    try:
        from tests.drills.test_bad_input import AS_USER

        if not AS_USER and os.geteuid() == 0:
            pytest.skip("running as root without setpriv: a read-only folder cannot be made to apply")
        done = paperlist("export", "-o", str(kept), db=library, wrapper=AS_USER)
    finally:
        locked.chmod(0o700)
    one_error(done, ExitCode.USAGE, "refs.bib")
    assert kept.read_text(encoding="utf-8") == "% keep me\n"
    assert [path.name for path in locked.iterdir()] == ["refs.bib"]


# -- 2. --db is a path, always ---------------------------------------------------------------------------------


def test_a_db_that_looks_like_an_sqlite_uri_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 2: `--db 'file:y.db?mode=memory'` was opened as a URI: 38 papers ingested, nothing saved."""
    monkeypatch.chdir(tmp_path)
    name = "file:y.db?mode=memory"
    done = run("--db", name, "ingest", str(SEEDS), "--offline")
    assert done.code == 0, done.stderr
    assert (tmp_path / name).is_file()
    assert papers(tmp_path / name) == 38
    listed = run("--db", name, "list", "--format", "json")
    assert listed.code == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 38


@pytest.mark.parametrize("where", ["option", "environment"])
def test_an_empty_db_is_an_error_not_the_default_library(where: str, tmp_path: Path) -> None:
    """Item 2: `--db ""` and `PAPERLIST_DB=""` used the default library."""
    home = tmp_path / "home"
    env = environment(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PAPERLIST_DB="")
    if where == "option":
        env.pop("PAPERLIST_DB")
    args = ("--db", "") if where == "option" else ()
    done = run(*args, "ingest", str(SEEDS), "--offline", env=env)
    one_error(done, ExitCode.USAGE, "--db" if where == "option" else "$PAPERLIST_DB")
    assert not home.exists()  # the default library was not touched (nor created)


# -- papercut: a typo in --db ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("list",),
        ("next",),
        ("search", "transformer"),
        ("show", "1"),
        ("stats",),
        ("export",),
        ("mark", "1", "read"),
        ("tag", "1", "+x"),
        ("star", "1"),
        ("note", "1", "text"),
        ("enrich", "--dry-run"),
    ],
    ids=lambda command: command[0],
)
def test_a_database_that_does_not_exist_is_named_not_created(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    """Issue 13 papercut: a typo in --db quietly started a new, empty library. Only `ingest` creates one."""
    typo = tmp_path / "libary.db"
    one_error(run("--db", str(typo), *command), ExitCode.DATABASE, str(typo), "paperlist ingest")
    assert list(tmp_path.iterdir()) == []
    done = run("--db", str(typo), "ingest", str(SEEDS), "--offline")
    assert done.code == 0, done.stderr
    assert papers(typo) == 38
