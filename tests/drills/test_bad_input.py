"""Bad-input drill: every kind of bad path, file, URL, id, query and database gets one clear line on stderr
naming the culprit and saying what to do, a documented exit code, no traceback, and nothing already stored
is lost (the database is compared before and after).

Runs the real `paperlist` process. Tests run as root here: where a check needs a user the file system says
no to, the command runs as root without the capabilities that bypass permissions (setpriv), which is what
an ordinary user is; where that is impossible the test says why it skips.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperlist.errors import ExitCode
from tests.conftest import SEEDS
from tests.drills.harness import DigestPages, Done, copy_database, integrity, run, set_user_state, snapshot
from tests.servers.base import Fault, hang

pytestmark = pytest.mark.slow

SETPRIV = shutil.which("setpriv")
# Root without the capabilities that let it read and write any file: permissions apply to it as to anyone.
AS_USER: tuple[str, ...] = (
    (SETPRIV, "--bounding-set", "-dac_override,-dac_read_search", "--")
    if os.geteuid() == 0 and SETPRIV
    else ()
)
needs_permissions = pytest.mark.skipif(
    os.geteuid() == 0 and not SETPRIV,
    reason="running as root without setpriv: file permissions cannot be made to apply",
)


def paperlist(*args: str, db: Path, wrapper: Sequence[str] = (), timeout: float = 60) -> Done:
    """Run paperlist on `db`, optionally under `wrapper` (setpriv)."""
    return run("--db", str(db), *args, wrapper=wrapper, timeout=timeout)


def one_error(done: Done, code: ExitCode, *names: str) -> str:
    """The run failed with `code`, saying so in exactly one line that names `names` and what to do."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.code == code, done.stderr
    errors = [line for line in done.lines if line.startswith("paperlist: error: ")]
    assert len(errors) == 1, done.stderr
    (line,) = errors
    for name in names:
        assert name in line, line
    assert "; " in line, f"no advice in: {line}"  # "what happened; what to do"
    assert len(done.lines) == 1, done.stderr
    return line


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seeds and the user's state on two papers (made once, copied per test)."""
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


@pytest.fixture
def unchanged(library: Path) -> Iterator[Path]:
    """The library, checked to be exactly as it was once the test is done."""
    before = snapshot(library)
    yield library
    assert integrity(library) == ["ok"]
    assert snapshot(library) == before


# -- paths and files --------------------------------------------------------------------------------------


def test_a_missing_path(unchanged: Path, tmp_path: Path) -> None:
    one_error(paperlist("ingest", str(tmp_path / "nowhere"), db=unchanged), ExitCode.INPUT, "nowhere")


def test_an_empty_folder_and_a_folder_of_images(unchanged: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    one_error(paperlist("ingest", str(empty), db=unchanged), ExitCode.INPUT, "empty")
    images = tmp_path / "images"
    images.mkdir()
    for name in ("a.png", "b.jpg", "c.gif"):
        (images / name).write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(256))
    one_error(paperlist("ingest", str(images), db=unchanged), ExitCode.INPUT, "images")


BAD_FILES = {
    "photo.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "random.txt": bytes(range(256)) * 64,
    "paper.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8,
    "zeros.txt": b"\x00" * 5000,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_binary_file_named_alone(name: str, unchanged: Path, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    one_error(paperlist("ingest", str(path), "--offline", db=unchanged), ExitCode.INPUT, name)


def test_bad_files_in_a_folder_are_skipped_and_the_rest_ingested(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(SEEDS, folder)
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    big = folder / "huge.txt"
    with big.open("wb") as handle:  # 100 MB that take no disk: a sparse file
        handle.truncate(100 * 1024 * 1024)
    before = snapshot(library)
    done = paperlist("ingest", str(folder), "--offline", db=library, timeout=30)
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.lines if line.startswith("warning: ")]
    for name in [*BAD_FILES, "pipe.txt", "loop.txt", "huge.txt"]:
        assert sum(name in line for line in warnings) == 1, (name, done.stderr)
    assert "7 skipped" in done.stderr
    after = snapshot(library)
    # The seeds were already there (same content, other paths): nothing changed but the digests' paths.
    assert after["papers"] == before["papers"]
    assert after["user_state"] == before["user_state"]


def test_a_100_mb_file_is_refused_without_reading_it(unchanged: Path, tmp_path: Path) -> None:
    big = tmp_path / "huge.md"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    done = paperlist("ingest", str(big), "--offline", db=unchanged)
    one_error(done, ExitCode.INPUT, "huge.md", "too large")
    assert done.seconds < 5


def test_a_fifo_named_alone_does_not_hang(unchanged: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    one_error(
        paperlist("ingest", str(fifo), "--offline", db=unchanged, timeout=20), ExitCode.INPUT, "pipe.md"
    )


def test_a_symlink_loop(unchanged: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(tmp_path / "other.md")
    (tmp_path / "other.md").symlink_to(loop)
    line = one_error(paperlist("ingest", str(loop), "--offline", db=unchanged), ExitCode.INPUT, "loop.md")
    assert "loop" in line.split("loop.md", 1)[1]  # says it is a loop, not that it does not exist
    dangling = tmp_path / "gone.md"
    dangling.symlink_to(tmp_path / "deleted.md")
    line = one_error(paperlist("ingest", str(dangling), "--offline", db=unchanged), ExitCode.INPUT, "gone.md")
    assert "deleted.md" in line


def test_a_folder_that_links_to_itself_is_walked_once(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "again").symlink_to(folder)
    (folder / "x.md").write_text("arXiv:2004.11886\n", "utf-8")
    done = paperlist("ingest", str(folder), "--offline", db=library, timeout=20)
    assert done.code == 0, done.stderr
    assert "Read 1 digest" in done.stderr


@needs_permissions
def test_an_unreadable_file(unchanged: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("arXiv:2101.00001\n", "utf-8")
    secret.chmod(0)
    done = paperlist("ingest", str(secret), "--offline", db=unchanged, wrapper=AS_USER)
    line = one_error(done, ExitCode.INPUT, "secret.md")
    assert "permission" in line


# -- encodings ----------------------------------------------------------------------------------------------

CHINESE = "## 对比学习的新进展\nhttps://arxiv.org/abs/2004.11362\n本文提出了一种监督对比学习方法。\n"


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("gb18030", CHINESE.encode("gb18030")),
        ("utf-16 with a byte-order mark", CHINESE.encode("utf-16")),
        ("utf-8 with a byte-order mark", CHINESE.encode("utf-8-sig")),
    ],
)
def test_digests_in_other_encodings_are_read(
    encoding: str, data: bytes, library: Path, tmp_path: Path
) -> None:
    path = tmp_path / "digest.md"
    path.write_bytes(data)
    done = paperlist("ingest", str(path), "--offline", db=library)
    assert done.code == 0, done.stderr
    found = paperlist("search", "监督对比", "--format", "json", db=library)
    assert '"2004.11362"' in found.stdout, (encoding, found.stdout, found.stderr)


def test_invalid_utf8_is_named(unchanged: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_bytes("## 对比学习\n".encode() + b"arXiv:2101.00001 \xc3\x28 \x81\xa1 \xe2\x28\xa1\xff\n" * 20)
    one_error(paperlist("ingest", str(path), "--offline", db=unchanged), ExitCode.INPUT, "broken.md")


# -- URLs -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault(status=404, body=b"Not Found"), "HTTP 404"),
        (Fault(status=500, body=b"oops"), "HTTP 500"),
        (hang(60), "no whole answer within 1 s"),
        (Fault(kind="trickle", body=b"x" * 200, seconds=0.2), "no whole answer within 1 s"),
        (Fault(kind="reset"), "cannot fetch"),
    ],
    ids=["404", "500", "never answers", "one byte at a time", "connection reset"],
)
def test_a_url_that_fails(fault: Fault, words: str, unchanged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERLIST_TIMEOUT", "1")
    with DigestPages(CHINESE) as pages:
        pages.always = fault
        url = pages.base_url + "/digest.md"
        done = paperlist("ingest", url, "--offline", db=unchanged, timeout=30)
    one_error(done, ExitCode.INPUT, url, words)
    assert done.seconds < 15


def test_a_url_nobody_listens_on(unchanged: Path) -> None:
    one_error(
        paperlist("ingest", "http://127.0.0.1:9/d.md", "--offline", db=unchanged),
        ExitCode.INPUT,
        "127.0.0.1:9",
    )


# -- ids and queries --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("show", "not-an-id"), ExitCode.USAGE),
        (("show", "arXiv:abc"), ExitCode.USAGE),
        (("show", "https://openreview.net/forum?id="), ExitCode.USAGE),
        (("show", "2101.99999"), ExitCode.NOT_FOUND),
        (("show", "arXiv:9912.12345v2"), ExitCode.NOT_FOUND),
        (("show", "99999999999999999999999999"), ExitCode.NOT_FOUND),
        (("show", "0"), ExitCode.NOT_FOUND),
        (("show", "١٢٣"), ExitCode.USAGE),
        (("show", "²"), ExitCode.USAGE),
        (("mark", "2004.11886", "99999999999999999999", "read"), ExitCode.NOT_FOUND),
        (("tag", "2101.99999", "+x"), ExitCode.NOT_FOUND),
        (("note", "nope", "a note"), ExitCode.USAGE),
        (("star", "2004.11886", "12345678"), ExitCode.NOT_FOUND),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else None,
)
def test_malformed_and_unknown_ids(args: tuple[str, ...], code: ExitCode, unchanged: Path) -> None:
    culprit = next(
        arg for arg in args[1:] if arg not in {"read", "+x", "a note"} and not arg.startswith("2004.1188")
    )
    one_error(paperlist(*args, db=unchanged), code, culprit)


FTS_SYNTAX = [
    '"',
    '""',
    '"unbalanced',
    "*",
    "transformer*",
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "a NEAR/2 b",
    "(",
    ")",
    "title:",
    "{title abstract}: x",
    "^start",
    "col:*",
    "'; DROP TABLE papers; --",
    "\\",
    "a\x00b",
    '对比"学习',
    "+-+-",
    "x" * 5000,
]


def test_search_queries_full_of_fts_syntax(unchanged: Path) -> None:
    for query in FTS_SYNTAX:
        done = paperlist("search", "--format", "json", "--", query.replace("\x00", ""), db=unchanged)
        assert "Traceback" not in done.stderr
        assert done.code in (ExitCode.OK, ExitCode.USAGE), (query, done.stderr)
        if done.code == ExitCode.USAGE:
            one_error(done, ExitCode.USAGE)


# -- the database ---------------------------------------------------------------------------------------


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_database_that_is_not_one(tmp_path: Path) -> None:
    for name, data in (("garbage.db", b"this is not sqlite " * 500), ("zeros.db", bytes(8192))):
        path = tmp_path / name
        path.write_bytes(data)
        for args in (("list",), ("ingest", str(SEEDS), "--offline"), ("mark", "1", "read")):
            one_error(paperlist(*args, db=path), ExitCode.DATABASE, name)
        assert _bytes(path) == data


def test_a_corrupt_database(library: Path) -> None:
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(library.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(2 * page, len(data), page):  # every page but the first two: b-trees in pieces
        data[start : start + page] = b"\x0d" + b"\xa5" * (page - 1)
    library.write_bytes(bytes(data))
    for args in (("list",), ("search", "transformer"), ("show", "1"), ("ingest", str(SEEDS), "--offline")):
        one_error(paperlist(*args, db=library), ExitCode.DATABASE, library.name, "backup")
    assert library.read_bytes() == bytes(data)


def refused_untouched(path: Path, why: str) -> None:
    """Reading and writing commands both refuse the file with one line saying `why`; not a byte changes."""
    before = path.read_bytes()
    for args in (("list",), ("ingest", str(SEEDS), "--offline")):
        one_error(paperlist(*args, db=path), ExitCode.DATABASE, path.name, why)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_paperlist(library: Path) -> None:
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    refused_untouched(library, "newer paperlist")


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://arxiv.org')")
    conn.commit()
    conn.close()
    refused_untouched(other, "not a paperlist database")


def test_a_locked_database(unchanged: Path) -> None:
    """Another program holds the write lock for longer than paperlist waits (10 s): writers give up with a
    clear line, readers still read (WAL), and nothing is changed."""
    holder = sqlite3.connect(unchanged, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE user_state SET note = note")
    try:
        results: dict[str, Done] = {}

        def attempt(name: str, *args: str) -> None:
            results[name] = paperlist(*args, db=unchanged, timeout=40)

        threads = [
            threading.Thread(target=attempt, args=("ingest", "ingest", str(SEEDS / ".."), "--offline")),
            threading.Thread(target=attempt, args=("mark", "mark", "2004.11886", "skipped")),
        ]
        for thread in threads:
            thread.start()
        reader = paperlist("list", "--format", "json", db=unchanged)
        for thread in threads:
            thread.join(40)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert reader.code == 0, reader.stderr
    assert "2004.11886" in reader.stdout
    for name in ("ingest", "mark"):
        one_error(results[name], ExitCode.DATABASE, unchanged.name, "locked")


@needs_permissions
def test_a_read_only_database(library: Path, tmp_path: Path) -> None:
    """A database the user may read but not write (file and folder read-only): reading works, writing says
    why not. Root is made an ordinary user for this (setpriv) so that permissions apply."""
    before = snapshot(library)
    new = tmp_path / "new.md"
    new.write_text("## A new paper\nhttps://arxiv.org/abs/2101.00001\n", "utf-8")
    folder = library.parent
    library.chmod(0o444)
    folder.chmod(0o555)
    try:
        listed = paperlist("list", "--format", "json", db=library, wrapper=AS_USER)
        shown = paperlist("show", "2004.11886", db=library, wrapper=AS_USER)
        ingest = paperlist("ingest", str(new), "--offline", db=library, wrapper=AS_USER)
        mark = paperlist("mark", "2004.11886", "skipped", db=library, wrapper=AS_USER)
    finally:
        folder.chmod(0o755)
        library.chmod(0o644)
    assert listed.code == 0, listed.stderr
    assert '"2004.11886"' in listed.stdout
    assert shown.code == 0, shown.stderr
    one_error(ingest, ExitCode.DATABASE, library.name, "read-only")
    one_error(mark, ExitCode.DATABASE, library.name, "read-only")
    assert snapshot(library) == before


def _mount_tiny_tmpfs(target: Path, size: str) -> bool:
    target.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)], capture_output=True, check=False
    )
    return result.returncode == 0


def bulky_corpus(folder: Path, digests: int) -> Path:
    """Digests of 60 papers with long Chinese summaries each: a few MB to store."""
    folder.mkdir()
    for index in range(digests):
        lines = [
            f"https://arxiv.org/abs/2101.{10000 + index * 60 + k:05d}\n" + "长文" * 400 for k in range(60)
        ]
        (folder / f"d{index:03d}.md").write_text("\n".join(lines), "utf-8")
    return folder


def test_a_full_disk(tmp_path: Path) -> None:
    """A real full disk: a 1 MB tmpfs. The run fails with a clear line; what was stored stays whole."""
    disk = tmp_path / "disk"
    if not _mount_tiny_tmpfs(disk, "1m"):
        pytest.skip(
            "cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); the store-level full-disk test runs"
        )
    try:
        db = disk / "library.db"
        done = paperlist("ingest", str(SEEDS), "--offline", db=db)
        assert done.code == 0, done.stderr
        before = snapshot(db)
        full = paperlist("ingest", str(bulky_corpus(tmp_path / "corpus", 60)), "--offline", db=db)
        one_error(full, ExitCode.DATABASE, "library.db", "full")
        assert integrity(db) == ["ok"]
        assert snapshot(db) == before
        listed = paperlist("list", "--format", "json", db=db)
        assert listed.code == 0, listed.stderr
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_full_disk_simulated_by_a_page_limit(library: Path, tmp_path: Path) -> None:
    """Where no tmpfs can be mounted: SQLite's own size limit answers SQLITE_FULL as a full disk does."""
    from paperlist.errors import DatabaseError
    from paperlist.ingest.run import ingest_paths
    from paperlist.store.db import open_store

    before = snapshot(library)
    corpus = bulky_corpus(tmp_path / "corpus", 40)
    store = open_store(library)
    try:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(DatabaseError, match="is full") as raised:
            ingest_paths(store, [str(corpus)])
        assert "nothing stored was lost" in str(raised.value)
        assert not store.conn.in_transaction
    finally:
        store.close()
    assert integrity(library) == ["ok"]
    assert snapshot(library) == before


def test_a_full_disk_is_said_as_such_when_the_batch_would_commit_right_after(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a busy machine the batch's time slice may end at the very digest the disk fills on: the checkpoint after
    it must not commit a transaction SQLite has already rolled back (which would say `no transaction is active`
    instead of a full disk)."""
    from paperlist.errors import DatabaseError
    from paperlist.ingest.run import ingest_paths
    from paperlist.store.db import Store, open_store

    batch = Store.batch
    monkeypatch.setattr(
        Store, "batch", lambda self, seconds=0.5: batch(self, 0.0)
    )  # (a slice ends every digest)
    corpus = bulky_corpus(tmp_path / "corpus", 40)
    store = open_store(library)
    try:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(DatabaseError, match="is full") as raised:
            ingest_paths(store, [str(corpus)])
        assert "nothing stored was lost" in str(raised.value)
        assert not store.conn.in_transaction
    finally:
        store.close()
    assert integrity(library) == ["ok"]  # (and what each earlier slice committed is kept, whole)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.lists(
        st.sampled_from([*"\"*()^:-+{}[]\\'., \t", "AND", "OR", "NOT", "NEAR", "title", "au", "对比", "学"]),
        min_size=1,
        max_size=12,
    ).map("".join)
)
def test_any_query_is_searched_for_never_parsed(library: Path, query: str) -> None:
    """Whatever mix of FTS5 syntax a query holds, search answers (possibly nothing) or says there is nothing to
    search for; SQLite never sees it as syntax."""
    from paperlist.errors import UsageError
    from paperlist.models import PaperFilter
    from paperlist.store.db import open_store
    from paperlist.views.search import search

    store = open_store(library)
    try:
        search(store, query, PaperFilter(limit=5))
    except UsageError:
        pass
    finally:
        store.close()
