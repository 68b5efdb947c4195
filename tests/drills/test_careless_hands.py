"""Careless-hands drill (second round): what a user can type, point at or press by mistake must never lose
what is stored, and every failure is one line with a documented exit code.

Runs the real `paperlist` process on a copy of a library holding the seeds and the user's own state, and
compares the database before and after. Each test names the item of the second round of attacks it covers.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from paperlist.errors import ExitCode
from tests.conftest import SEEDS
from tests.drills.harness import (
    PAPERLIST,
    Done,
    Entry,
    Running,
    copy_database,
    descendants,
    environment,
    integrity,
    is_alive,
    poll,
    run,
    set_user_state,
    snapshot,
    synthetic_records,
    write_digests,
)
from tests.drills.test_bad_input import AS_USER, needs_permissions, one_error, paperlist

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


# -- 3. a file name that is not UTF-8 ------------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_does_not_stop_an_ingest(library: Path, tmp_path: Path) -> None:
    """Item 3: one GBK file name (from a Windows zip) aborted the whole ingest with an internal error."""
    folder = tmp_path / "zip"
    folder.mkdir()
    gbk_bytes = "论文速递".encode("gbk") + b".md"  # the bytes a Windows zip leaves on disk
    gbk_name = os.fsdecode(gbk_bytes)
    (folder / gbk_name).write_text("## A paper\nhttps://arxiv.org/abs/2101.00001\n", encoding="utf-8")
    (folder / "zz_after.md").write_text("## Another\nhttps://arxiv.org/abs/2101.00002\n", encoding="utf-8")
    done = paperlist("ingest", str(folder), "--offline", db=library)
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Read 2 digests (2 new)" in done.stderr
    shown = run("--db", str(library), "show", "2101.00001", "--format", "json")
    assert shown.code == 0, shown.stderr
    (mention,) = json.loads(shown.stdout)["mentions"]
    assert mention["digest"] == gbk_bytes.decode("utf-8", "backslashreplace")  # its bytes, shown safely
    assert run("--db", str(library), "show", "2101.00002").code == 0  # the file after it was read too
    again = paperlist("ingest", str(folder), "--offline", db=library)  # and it is the same digest next time
    assert "2 unchanged" in again.stderr, again.stderr
    assert integrity(library) == ["ok"]


# -- 4. an editor that writes another encoding, or deletes its file -------------------------------------------


def editor(tmp_path: Path, name: str, body: str) -> str:
    """An editor program: a script doing `body` to the file it is given (sys.argv[1])."""
    script = tmp_path / f"{name}.py"
    script.write_text(f"#!{sys.executable}\nimport os, sys\npath = sys.argv[1]\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def note_of(db: Path, arxiv_id: str) -> str | None:
    done = run("--db", str(db), "show", arxiv_id, "--format", "json")
    assert done.code == 0, done.stderr
    note = json.loads(done.stdout)["note"]
    return str(note) if note is not None else None


@pytest.mark.parametrize(
    ("encoding", "typed"), [("gbk", "读完了：局部用卷积，全局用注意力"), ("latin-1", "café, naïve, déjà vu")]
)
def test_a_note_an_editor_saved_in_another_encoding_is_kept(
    encoding: str, typed: str, library: Path, tmp_path: Path
) -> None:
    """Item 4: an editor that writes GBK or Latin-1 lost the typed note with an internal error."""
    write = editor(tmp_path, "ed", f"open(path, 'wb').write({typed.encode(encoding)!r})")
    env = environment(EDITOR=write, VISUAL="")
    done = run("--db", str(library), "note", "2011.04419", env=env)
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert note_of(library, "2011.04419") == typed
    (warning,) = [line for line in done.lines if line.startswith("warning: ")]
    assert "not save the note as UTF-8" in warning
    kept = Path(warning.rsplit(": ", 1)[1])
    assert kept.read_bytes() == typed.encode(encoding)  # the file as the editor wrote it, kept and named
    kept.unlink()


def test_an_editor_that_deletes_its_file_changes_nothing_and_says_so(library: Path, tmp_path: Path) -> None:
    """Item 4: an editor that deletes its temporary file crashed `note` with an internal error."""
    before = snapshot(library)
    env = environment(EDITOR=editor(tmp_path, "rm", "os.unlink(path)"), VISUAL="")
    one_error(run("--db", str(library), "note", "2004.11886", env=env), ExitCode.USAGE, "editor")
    assert snapshot(library) == before


def test_a_note_too_long_to_store_is_kept_in_the_editors_file(library: Path, tmp_path: Path) -> None:
    """Items 4 and 18: what was typed is never lost, even when it cannot be stored."""
    before = snapshot(library)
    env = environment(EDITOR=editor(tmp_path, "big", "open(path, 'w').write('x' * 300_000)"), VISUAL="")
    line = one_error(run("--db", str(library), "note", "2004.11886", env=env), ExitCode.USAGE, "100,000")
    kept = Path(line.rsplit("kept in ", 1)[1])
    assert kept.read_text() == "x" * 300_000
    kept.unlink()
    assert snapshot(library) == before


# -- 12. huge numbers ------------------------------------------------------------------------------------------

HUGE = "999999999999999999999"


@pytest.mark.parametrize(
    ("command", "papers"),
    [
        (("list", "--limit", HUGE), 38),
        (("list", "--sort", "relevance", "--limit", HUGE), 38),
        (("list", "--min-mentions", HUGE), 0),
        (("next", "--limit", HUGE, "--status", "read", "--status", "reading", "--status", "unread"), 38),
        (("search", "transformer", "--limit", HUGE), None),
        (("export", "--format", "json", "--limit", HUGE), 38),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else str(value),
)
def test_a_huge_count_means_all(command: tuple[str, ...], papers: int | None, library: Path) -> None:
    """Item 12: numbers beyond SQLite's integers crashed with an OverflowError."""
    done = (
        run("--db", str(library), *command, "--format", "json")
        if command[0] != "export"
        else run("--db", str(library), *command)
    )
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr
    found = json.loads(done.stdout)
    assert len(found) == papers if papers is not None else len(found) > 1


def test_huge_or_unreadable_numbers_elsewhere(library: Path) -> None:
    """Item 12: `stats --top` and `next --limit 1e23`."""
    done = run("--db", str(library), "stats", "--top", HUGE, "--format", "json")
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["papers"] == 38
    done = run("--db", str(library), "next", "--limit", "1e23")
    assert done.code == ExitCode.USAGE
    assert "Traceback" not in done.stderr
    assert "'1e23' is not a valid" in done.stderr


# -- 13. command-line words and stdin that are not UTF-8 ---------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("list", "--author", "\udcff"),
        ("search", os.fsdecode("注意力".encode("gbk"))),
        ("tag", "2004.11886", "+" + os.fsdecode("机器".encode("gbk"))),
        ("note", "2004.11886", os.fsdecode("笔记".encode("gbk"))),
        ("list", "--digest", "\udcb2"),
    ],
    ids=["author", "search", "tag", "note", "digest"],
)
def test_a_command_line_word_that_is_not_utf8_is_one_clear_error(
    command: tuple[str, ...], library: Path
) -> None:
    """Item 13: `list --author $'\\xff'` crashed (UnicodeEncodeError)."""
    before = snapshot(library)
    one_error(run("--db", str(library), *command), ExitCode.USAGE, "not UTF-8")
    assert snapshot(library) == before


def test_a_note_on_stdin_in_gbk_is_read(library: Path) -> None:
    """Item 13: `note ID -` with GBK input crashed."""
    typed = "对比学习的新思路，值得精读"
    result = subprocess.run(
        [*PAPERLIST, "--db", str(library), "note", "2004.11886", "-"],
        input=typed.encode("gbk"),
        capture_output=True,
        env=environment(),
        timeout=60,
        check=False,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    assert "GB18030" in stderr
    assert note_of(library, "2004.11886") == typed


# -- 14. folders that cannot be searched, read, or are nested very deep ---------------------------------------


@needs_permissions
def test_a_file_in_a_folder_that_cannot_be_searched(library: Path, tmp_path: Path) -> None:
    """Item 14: a path through a folder without search (x) permission crashed (PermissionError)."""
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "d.md").write_text("## A\nhttps://arxiv.org/abs/2101.00001\n", encoding="utf-8")
    closed.chmod(0o600)  # listable by its owner, but not searchable
    try:
        done = paperlist("ingest", str(closed / "d.md"), "--offline", db=library, wrapper=AS_USER)
    finally:
        closed.chmod(0o700)
    one_error(done, ExitCode.INPUT, "d.md", "permission")


@needs_permissions
def test_an_unreadable_subfolder_is_skipped_and_said(library: Path, tmp_path: Path) -> None:
    """Item 14: an unreadable subfolder was skipped silently; a folder whose only subfolder is unreadable was
    reported as having "no digests"."""
    folder = tmp_path / "digests"
    (folder / "open").mkdir(parents=True)
    (folder / "locked").mkdir()
    (folder / "open" / "a.md").write_text("## A\nhttps://arxiv.org/abs/2101.00001\n", encoding="utf-8")
    (folder / "locked" / "b.md").write_text("## B\nhttps://arxiv.org/abs/2101.00002\n", encoding="utf-8")
    only = tmp_path / "only"
    (only / "locked").mkdir(parents=True)
    (only / "locked" / "c.md").write_text("## C\nhttps://arxiv.org/abs/2101.00003\n", encoding="utf-8")
    for locked in (folder / "locked", only / "locked"):
        locked.chmod(0o000)
    try:
        done = paperlist("ingest", str(folder), "--offline", db=library, wrapper=AS_USER)
        alone = paperlist("ingest", str(only), "--offline", db=library, wrapper=AS_USER)
    finally:
        for locked in (folder / "locked", only / "locked"):
            locked.chmod(0o700)
    assert done.code == 0, done.stderr
    (warning,) = [line for line in done.lines if line.startswith("warning: ")]
    assert "locked" in warning
    assert "cannot be read" in warning
    assert "Read 1 digest (1 new)" in done.stderr
    line = one_error(alone, ExitCode.INPUT, "locked", "cannot be read")
    assert "no digests in" not in line


def test_folders_nested_1500_deep_are_walked(library: Path) -> None:
    """Item 14: 1,500 nested folders crashed the walk (RecursionError)."""
    # Not under pytest's tmp_path: its clean-up (shutil.rmtree, recursive in Python 3.11) could not remove
    # this, and would fail every later pytest run on the machine if this test were ever cut short.
    top = Path(tempfile.mkdtemp(prefix="paperlist-deep-"))
    descriptor = os.open(top, os.O_RDONLY)
    try:
        for _ in range(1500):  # relative to the folder above: no path grows longer than the OS allows
            os.mkdir("d", dir_fd=descriptor)
            inner = os.open("d", os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        handle = os.open("x.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
        os.write(handle, b"## Deep\nhttps://arxiv.org/abs/2101.00001\n")
        os.close(handle)
    finally:
        os.close(descriptor)
    (top / "top.md").write_text("## Top\nhttps://arxiv.org/abs/2101.00002\n", encoding="utf-8")
    try:
        done = paperlist("ingest", str(top), "--offline", db=library)
    finally:
        _remove_nested(top, 1500)  # (pytest's own clean-up is recursive: it cannot remove this)
    assert done.code == 0, done.stderr
    assert "Read 2 digests (2 new)" in done.stderr
    assert run("--db", str(library), "show", "2101.00001").code == 0


def _remove_nested(top: Path, depth: int) -> None:
    """Remove `top`/d/d/.../d/x.md (`depth` folders), deepest first, each relative to the one above."""
    chain = [os.open(top, os.O_RDONLY)]
    for _ in range(depth):
        chain.append(os.open("d", os.O_RDONLY, dir_fd=chain[-1]))
    os.unlink("x.md", dir_fd=chain[-1])
    for level in range(depth, 0, -1):
        os.close(chain[level])
        os.rmdir("d", dir_fd=chain[level - 1])
    os.close(chain[0])
    os.unlink(top / "top.md")
    top.rmdir()


# -- 15. Ctrl-C in the first second of a large ingest -------------------------------------------------------------


@pytest.fixture(scope="module")
def large_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large") / "digests"
    records = list(synthetic_records(600, seed=41).values())
    write_digests(folder, [Entry("link", record) for record in records], digests=400, padding=200, seed=42)
    return folder


def test_ctrl_c_in_the_first_second_of_a_large_ingest_is_one_line(large_corpus: Path, tmp_path: Path) -> None:
    """Item 15: Ctrl-C while the worker processes were starting printed their KeyboardInterrupt tracebacks."""
    for attempt, delay in enumerate([0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0]):
        db = tmp_path / f"interrupted{attempt}.db"
        ingest = Running(
            ["--db", str(db), "ingest", str(large_corpus), "--offline"], tmp_path / f"run{attempt}"
        )
        assert poll(db.exists, 60)  # the command is running: the interpreter has started
        time.sleep(delay)
        ingest.interrupt()
        done = ingest.wait(60)
        assert "Traceback" not in done.stderr, (delay, done.stderr)
        assert "KeyboardInterrupt" not in done.stderr, (delay, done.stderr)
        # Killed by its SIGINT (-2) is what Python does after an interruption it handled, and what a shell
        # shows as 130 too.
        assert done.code in (ExitCode.INTERRUPTED, -signal.SIGINT), (delay, done.code, done.stderr)
        assert done.lines == [
            "paperlist: error: interrupted: everything stored before the interruption is kept"
        ]
        assert integrity(db) == ["ok"]
        assert not [pid for pid in descendants(ingest.process.pid) if pid], "workers outlived the ingest"


def test_workers_die_with_an_ingest_killed_outright_even_when_they_cannot_run(
    large_corpus: Path, tmp_path: Path
) -> None:
    """A kill -9 of a large ingest left a worker behind for seconds on a busy machine (its watch of the parent had to
    wait for the CPU). The kernel is asked to end the workers with their parent: a worker kept from running (stopped
    here, as a busy machine may keep it waiting) dies with it all the same."""
    db = tmp_path / "killed.db"
    ingest = Running(["--db", str(db), "ingest", str(large_corpus), "--offline"], tmp_path / "run")

    def started_workers() -> list[int]:
        # (a worker's start lowers its priority once the kernel has been asked: a niceness of 10 says it was)
        return [
            pid
            for pid in descendants(ingest.process.pid)
            if "spawn_main" in _command_line(pid) and _niceness(pid) >= 10
        ]

    try:
        assert poll(lambda: bool(started_workers()), 60), "no worker started"
        workers = started_workers()
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)
        ingest.process.send_signal(signal.SIGKILL)
        ingest.process.wait(timeout=10)
        gone = poll(lambda: not any(is_alive(pid) for pid in workers), 10, interval=0.05)
    finally:
        for pid in descendants(ingest.process.pid) + started_workers():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert gone, "a stopped worker outlived the ingest killed outright"


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def _niceness(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
    except (OSError, IndexError, ValueError):
        return 0


# -- 18. a note too large ------------------------------------------------------------------------------------------


def test_a_note_larger_than_a_note_can_be_is_refused(library: Path, tmp_path: Path) -> None:
    """Item 18: a 50 MB note made `show` take 120 s. Notes hold at most 100,000 characters."""
    before = snapshot(library)
    big = tmp_path / "big.txt"
    big.write_text("word " * 2_000_000, encoding="utf-8")  # 10 MB
    with big.open("rb") as stdin:
        result = subprocess.run(
            [*PAPERLIST, "--db", str(library), "note", "2004.11886", "-"],
            stdin=stdin,
            capture_output=True,
            text=True,
            env=environment(),
            timeout=60,
            check=False,
        )
    done = Done(result.returncode, result.stdout, result.stderr, 0.0)
    one_error(done, ExitCode.USAGE, "100,000")
    assert snapshot(library) == before
    appended = run("--db", str(library), "note", "2004.11886", "--append", "x" * 99_995)
    one_error(appended, ExitCode.USAGE, "100,000")  # "a note" + this: too long together


# -- 19. digests with a few bad bytes, or full of terminal escape codes --------------------------------------------


def test_a_digest_with_a_few_bad_bytes_is_read_and_the_repair_said(library: Path, tmp_path: Path) -> None:
    """Item 19: a digest with a few invalid bytes, or cut mid-character, was rejected whole."""
    text = (
        "# 本周论文\n\n## 对比学习的新方法\nhttps://arxiv.org/abs/2101.00001\n提出了一种新的对比学习方法。\n"
        * 20
    )
    data = text.encode("utf-8")
    damaged = tmp_path / "damaged.md"
    damaged.write_bytes(data[:300] + b"\xff\xfe\xc0" + data[300:])  # three bytes no UTF-8 text holds
    cut = tmp_path / "cut.md"
    cut.write_bytes((text + "## 最后一篇\nhttps://arxiv.org/abs/2101.00002\n末尾").encode("utf-8")[:-2])
    for path, replaced in ((damaged, 3), (cut, 1)):
        done = paperlist("ingest", str(path), "--offline", db=library)
        assert done.code == 0, done.stderr
        (warning,) = [line for line in done.lines if line.startswith("warning: ")]
        assert path.name in warning
        assert f"{replaced} invalid byte{'s' if replaced > 1 else ''} replaced" in warning
    assert run("--db", str(library), "show", "2101.00002").code == 0  # the end of the cut file was read


def test_a_digest_full_of_terminal_escape_codes_is_read_without_them(library: Path, tmp_path: Path) -> None:
    """Item 19: a digest full of escape codes (a captured terminal session) was rejected as binary."""
    lines = [
        f"\x1b[1;32m## Paper {n}\x1b[0m \x1b]0;title\x07https://arxiv.org/abs/2101.{n:05d}"
        for n in range(1, 60)
    ]
    path = tmp_path / "session.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = paperlist("ingest", str(path), "--offline", db=library)
    assert done.code == 0, done.stderr
    assert "59 papers found, 59 new" in done.stderr
    shown = run("--db", str(library), "show", "2101.00007", "--format", "json")
    assert "\x1b" not in shown.stdout
    assert "\\u001b" not in shown.stdout
