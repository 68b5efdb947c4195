"""What the failure drills share: paperlist run as a real process, corpora the imitations can resolve, and a
normalised dump of a database to compare runs by.

The drills run `python -m paperlist` in a child process (never in-process) whenever the process itself is the
subject: kill -9, two writers at once, a run that must end within a bound. All network traffic goes to the
loopback imitations in `tests/servers/`.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.servers.arxiv_api import Record, Version
from tests.servers.base import Answer, LoopbackServer
from tests.servers.openreview_api import ForumNote

PAPERLIST = (sys.executable, "-m", "paperlist")


# -- running paperlist -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Done:
    """A finished paperlist process."""

    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def lines(self) -> list[str]:
        """The non-empty lines it printed on stderr."""
        return [line for line in self.stderr.splitlines() if line.strip()]


def environment(**overrides: str) -> dict[str, str]:
    """The current environment (the autouse fixture already points it at a private database and at closed
    local ports for the services) with `overrides`."""
    env = {**os.environ, **overrides}
    env.pop("FORCE_COLOR", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(
    *args: str, env: Mapping[str, str] | None = None, timeout: float = 90.0, wrapper: Sequence[str] = ()
) -> Done:
    """Run paperlist to its end (at most `timeout` seconds: a drill that hangs fails, it does not stall),
    under `wrapper` if given (e.g. setpriv)."""
    start = time.monotonic()
    result = subprocess.run(
        [*wrapper, *PAPERLIST, *args],
        env=dict(env) if env is not None else environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return Done(result.returncode, result.stdout, result.stderr, time.monotonic() - start)


class Running:
    """A paperlist process started in the background, its output going to files (no pipe can fill up).

    It runs in a session of its own, as a command typed at a terminal runs in its own process group, so
    `interrupt()` can send Ctrl-C to the whole group the way a terminal does; and with Ctrl-C's default
    action, as at a terminal, even when the tests themselves run where it is ignored (a job started in the
    background by a script, `nohup`: its children would inherit the ignored signal and never be interrupted).
    """

    def __init__(self, args: Sequence[str], folder: Path, env: Mapping[str, str] | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._out = (folder / "stdout").open("w+b")
        self._err = (folder / "stderr").open("w+b")
        self.started = time.monotonic()
        self.orphans: list[int] = []  # processes it started that outlived it after a kill -9
        self.process = subprocess.Popen(
            [*PAPERLIST, *args],
            env=dict(env) if env is not None else environment(),
            stdout=self._out,
            stderr=self._err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_default_ctrl_c,
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def interrupt(self) -> None:
        """Ctrl-C at a terminal: SIGINT to every process of the foreground group (workers included)."""
        os.killpg(self.process.pid, signal.SIGINT)

    def kill9(self, grace: float = 3.0) -> None:
        """SIGKILL: no handler, no finally, no atexit runs; exactly what a power cut or OOM kill does.

        Processes it had started (workers) must not outlive it: those still there after `grace` seconds are
        recorded in `orphans`, then killed (they are this drill's own).
        """
        children = descendants(self.process.pid)
        if self.alive():
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        poll(lambda: not any(is_alive(pid) for pid in children), grace, interval=0.05)
        self.orphans = [pid for pid in children if is_alive(pid)]
        for pid in self.orphans:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def wait(self, timeout: float = 90.0) -> Done:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill9()
            raise
        return self._done(code)

    def killed(self) -> Done:
        self.kill9()
        return self._done(self.process.returncode)

    def _done(self, code: int) -> Done:
        outputs = []
        for handle in (self._out, self._err):
            handle.seek(0)
            outputs.append(handle.read().decode("utf-8", "replace"))
            handle.close()
        return Done(code, outputs[0], outputs[1], time.monotonic() - self.started)


def _default_ctrl_c() -> None:
    """In the child, before paperlist starts: SIGINT does what it does at a terminal (an ignored SIGINT would
    be inherited through exec, and Python then never raises KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def descendants(pid: int) -> list[int]:
    """Every process below `pid` right now (children, their children...), read from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: list[int] = []
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


def is_alive(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie waiting for its reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def poll(condition: Callable[[], bool], timeout: float, interval: float = 0.002) -> bool:
    """Call `condition` until it holds (True) or `timeout` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False


# -- looking at a database from outside ----------------------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """A plain reader, as another program would open the file (no busy wait: it must never block)."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def integrity(path: Path) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check`: ["ok"] for a sound database."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        rows += [f"foreign key: {tuple(row)}" for row in conn.execute("PRAGMA foreign_key_check")]
        return rows
    finally:
        conn.close()


def scalar(path: Path, sql: str, params: Sequence[Any] = ()) -> Any:
    """One value read by a separate connection; None when the database cannot be read right now."""
    try:
        conn = connect(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def writer_active(path: Path) -> bool:
    """Whether another connection holds the write lock right now, i.e. is inside a write transaction.

    Asks for the write lock without waiting: refused means someone else has it. Taken for an instant only.
    """
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy (the backup API, so a WAL not yet checkpointed comes along)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


# Columns that record when something happened: they differ between two runs that did the same thing.
_TIMESTAMPS = {
    "created_at",
    "enriched_at",
    "ingested_at",
    "added_at",
    "updated_at",
    "checked_at",
    "applied_at",
    "read_at",
    "s2_checked_at",
    "citations_fetched_at",
    "edited_at",
    "decided_at",
    "changed_at",
    "undone_at",
}


def snapshot(path: Path) -> dict[str, list[str]]:
    """Every row of every table, normalised so two runs that did the same thing compare equal.

    Timestamps are dropped; surrogate keys (`id`, `paper_id`, `digest_id`, FTS rowids) are replaced by what
    they stand for (a paper's arXiv id / OpenReview id / title, a digest's path), so the order in which rows
    were written does not matter, but a duplicate row does: rows are kept as a sorted list, not a set.
    """
    conn = sqlite3.connect(path, timeout=10)
    conn.row_factory = sqlite3.Row
    try:
        papers = {row["id"]: _paper_key(row) for row in conn.execute("SELECT * FROM papers")}
        digests = {row["id"]: row["path"] for row in conn.execute("SELECT id, path FROM digests")}
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE TABLE ''%'"  # FTS5 shadow tables
            )
            if not row[0].startswith("papers_fts_")
        ]
        dump: dict[str, list[str]] = {}
        for table in sorted(tables):
            virtual = table == "papers_fts"
            rows = conn.execute(f"SELECT {'rowid AS id, ' if virtual else ''}* FROM {table}").fetchall()
            normalised = []
            for row in rows:
                record: dict[str, Any] = {}
                for key in row.keys():  # noqa: SIM118 (sqlite3.Row is not a mapping)
                    value = row[key]
                    if key in _TIMESTAMPS or (
                        key == "id" and table in {"digests", "mentions", "names", "journal"}
                    ):
                        continue
                    if table == "journal" and key == "before":
                        continue  # the rows a change replaced, by surrogate ids: what `undo` needs, not state
                    if key == "removed_at":
                        value = value is not None  # removed or not (when is a timestamp)
                    if key == "paper_ids":
                        value = sorted(
                            papers.get(paper_id, f"<no paper {paper_id}>") for paper_id in json.loads(value)
                        )
                    if key == "paper_id" or (key == "id" and (table == "papers" or virtual)):
                        value = papers.get(value, f"<no paper {value}>")
                    elif key == "digest_id":
                        value = digests.get(value, f"<no digest {value}>")
                    elif key == "id" and table == "_sqlite_migrations":
                        continue
                    elif virtual and isinstance(value, str):
                        # A paper's index text joins its mentions in the order they were written; two runs
                        # that read digests in another order index the same lines.
                        value = sorted(value.split("\n"))
                    record[key] = value
                normalised.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
            dump[table] = sorted(normalised)
        return dump
    finally:
        conn.close()


def _paper_key(row: sqlite3.Row) -> str:
    """What identifies a paper whatever its surrogate id: its arXiv id, else OpenReview id, else title."""
    if row["arxiv_id"]:
        return f"arXiv:{row['arxiv_id']}"
    if row["openreview_id"]:
        return f"openreview:{row['openreview_id']}"
    return f"title:{row['title']}"


def differences(expected: dict[str, list[str]], actual: dict[str, list[str]], most: int = 6) -> list[str]:
    """A readable account of how two snapshots differ (empty when they are the same): rows of one paper
    that differ are shown field by field."""
    lines: list[str] = []
    for table in sorted(set(expected) | set(actual)):
        want, got = expected.get(table, []), actual.get(table, [])
        if want == got:
            continue
        missing = _minus(want, got)
        extra = _minus(got, want)
        lines.append(f"{table}: {len(want)} rows expected, {len(got)} found")
        paired = _pair_by_key(missing, extra)
        for old, new in paired[:most]:
            changed = {
                key: (old.get(key), new.get(key))
                for key in old.keys() | new.keys()
                if old.get(key) != new.get(key)
            }
            lines.append(
                f"  ~ {_key_of(old)}: "
                + "; ".join(
                    f"{k}: {str(a)[:80]!r} -> {str(b)[:80]!r}" for k, (a, b) in sorted(changed.items())
                )
            )
        done_old = {json.dumps(old, sort_keys=True, ensure_ascii=False) for old, _ in paired}
        done_new = {json.dumps(new, sort_keys=True, ensure_ascii=False) for _, new in paired}
        lines += [f"  - {row[:300]}" for row in missing if row not in done_old][:most]
        lines += [f"  + {row[:300]}" for row in extra if row not in done_new][:most]
    return lines


def _key_of(row: dict[str, Any]) -> Any:
    return row.get("id") or row.get("paper_id") or row.get("path")


def _pair_by_key(missing: list[str], extra: list[str]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Rows on both sides that describe the same paper (or digest), differing in some fields."""
    found = {}
    for row in extra:
        record = json.loads(row)
        key = _key_of(record)
        if key is not None and not isinstance(key, list):
            found.setdefault(json.dumps(key), record)
    pairs = []
    for row in missing:
        record = json.loads(row)
        key = _key_of(record)
        if key is not None and not isinstance(key, list) and json.dumps(key) in found:
            pairs.append((record, found.pop(json.dumps(key))))
    return pairs


def _minus(left: list[str], right: list[str]) -> list[str]:
    remaining = list(right)
    out = []
    for row in left:
        if row in remaining:
            remaining.remove(row)
        else:
            out.append(row)
    return out


def no_duplicates(path: Path) -> list[str]:
    """Rows that say the same thing twice: two papers for one arXiv id or title, two mentions of one place."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        checks = {
            "papers sharing an arXiv id": "SELECT arxiv_id FROM papers WHERE arxiv_id IS NOT NULL"
            " GROUP BY arxiv_id HAVING count(*) > 1",
            "papers sharing an OpenReview id": "SELECT openreview_id FROM papers WHERE openreview_id IS NOT NULL"
            " GROUP BY openreview_id HAVING count(*) > 1",
            "digest-only papers sharing a title": "SELECT title FROM papers WHERE arxiv_id IS NULL AND"
            " openreview_id IS NULL GROUP BY title HAVING count(*) > 1",
            "mentions recorded twice": "SELECT digest_id, line, paper_id FROM mentions"
            " GROUP BY digest_id, line, paper_id HAVING count(*) > 1",
            "papers without user state": "SELECT id FROM papers WHERE id NOT IN (SELECT paper_id FROM user_state)",
            "papers missing from the search index": "SELECT id FROM papers WHERE id NOT IN"
            " (SELECT rowid FROM papers_fts)",
            "index rows of no paper": "SELECT rowid FROM papers_fts WHERE rowid NOT IN (SELECT id FROM papers)",
        }
        return [f"{name}: {rows}" for name, sql in checks.items() if (rows := conn.execute(sql).fetchall())]
    finally:
        conn.close()


class DigestPages(LoopbackServer):
    """A web server on loopback whose every page is the same digest, unless a fault says otherwise."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        return Answer(200, self.text.encode("utf-8"), "text/markdown; charset=utf-8")


# -- a corpus the imitations can resolve ----------------------------------------------------------------------

_WORDS = [
    "sparse",
    "attention",
    "contrastive",
    "graph",
    "diffusion",
    "memory",
    "retrieval",
    "policy",
    "reward",
    "scaling",
    "quantised",
    "pruning",
    "multimodal",
    "alignment",
    "adversarial",
    "variational",
    "kernel",
    "flow",
    "sequence",
    "convolution",
    "segmentation",
    "detection",
    "federated",
    "causal",
    "symbolic",
    "spectral",
    "manifold",
    "curriculum",
    "tokenizer",
    "mixture",
    "experts",
    "routing",
    "distilled",
    "robust",
    "efficient",
    "linear",
    "recurrent",
    "implicit",
    "neural",
    "fields",
    "latent",
    "hierarchical",
]
_ZH = "提出了一种新的方法在多个基准上取得了最好的结果显著降低计算开销并提升泛化能力实验表明该模型对比学习卷积注意力"
_SURNAMES = ("Wang", "Li", "Zhang", "Chen", "Smith", "Kumar", "Garcia", "Müller", "Tanaka", "Nguyen")


def title_for(rng: random.Random) -> str:
    words = rng.sample(_WORDS, rng.randint(5, 8))
    return " ".join([words[0].capitalize(), *words[1:]])


def synthetic_records(count: int, seed: int = 3) -> dict[str, Record]:
    """`count` arXiv papers with distinct ids and titles, for an ArxivImitation(records=...)."""
    rng = random.Random(seed)
    records: dict[str, Record] = {}
    titles: set[str] = set()
    while len(records) < count:
        arxiv_id = f"2{rng.randint(100, 412):03d}.{rng.randint(10000, 29999):05d}"
        if int(arxiv_id[2:4]) not in range(1, 13):
            continue
        title = title_for(rng)
        if arxiv_id in records or title.casefold() in titles:
            continue
        titles.add(title.casefold())
        date = f"20{arxiv_id[:2]}-{arxiv_id[2:4]}-15"
        abstract = " ".join(rng.choice(_WORDS) for _ in range(40)) + "."
        records[arxiv_id] = Record(
            arxiv_id=arxiv_id,
            title=title,
            abstract=abstract,
            authors=tuple(f"{chr(65 + rng.randint(0, 25))}. {rng.choice(_SURNAMES)}" for _ in range(3)),
            primary_category="cs.LG",
            categories=("cs.LG", "cs.CL"),
            published=date,
            comment=None,
            doi=None,
            journal_ref=None,
            versions=(Version(1, title, date, abstract),),
        )
    return records


def synthetic_notes(records: Iterable[Record], count: int, seed: int = 5) -> dict[str, ForumNote]:
    """OpenReview forums for `count` of the records (the OpenReview title is the arXiv one)."""
    rng = random.Random(seed)
    chosen = list(records)[:count]
    notes = {}
    for record in chosen:
        forum = "".join(rng.choice("ABCDEFGHabcdefgh0123456789_-") for _ in range(10))
        notes[forum] = ForumNote(
            forum, record.title, record.authors, record.abstract, "ICLR 2021", 1601287470000
        )
    return notes


@dataclass(frozen=True)
class Entry:
    """How one digest entry names its paper."""

    kind: str  # "link" | "text" | "title" | "forum" | "unknown"
    record: Record | None = None
    forum: str | None = None


def write_digests(
    folder: Path,
    entries: Sequence[Entry],
    *,
    digests: int,
    per_digest: int = 6,
    padding: int = 0,
    seed: int = 11,
    prefix: str = "d",
) -> list[Path]:
    """Write `digests` Markdown digests naming the `entries` (cycling through them, shuffled) with Chinese
    summaries; `padding` extra characters of prose per entry make a corpus slower to read."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    order = list(entries)
    rng.shuffle(order)
    paths = []
    position = 0
    for number in range(digests):
        lines = [f"# 论文速递 第{number}期", ""]
        for item in range(per_digest):
            entry = order[position % len(order)]
            position += 1
            lines += _entry_lines(entry, item + 1, rng)
            summary = "".join(rng.choice(_ZH) for _ in range(rng.randint(40, 90)))
            lines += [summary + "。", ""]
            if padding:
                lines += ["".join(rng.choice(_ZH) for _ in range(padding)) + "。", ""]
        path = folder / f"{prefix}{number:05d}.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _entry_lines(entry: Entry, number: int, rng: random.Random) -> list[str]:
    record = entry.record
    # Every digest gives a paper the same title, so which digest is read first does not change the paper.
    if entry.kind == "link" and record is not None:
        return [f"## {record.title}", f"https://arxiv.org/abs/{record.arxiv_id}v{rng.randint(1, 2)}", ""]
    if entry.kind == "text" and record is not None:
        return [f"{record.title} arXiv:{record.arxiv_id}", ""]
    if entry.kind == "title" and record is not None:
        authors = ", ".join(record.authors)
        return [f"论文标题:{record.title}", f"作者:{authors}", ""]
    if entry.kind == "forum" and entry.forum is not None:
        title = record.title if record is not None else "An anonymous submission"
        return [f"## {title}", f"论文链接:https://openreview.net/forum?id={entry.forum}", ""]
    # An id arXiv does not have: it must end up not_found, remembered, never asked twice.
    return [
        f"Unpublished work {number} arXiv:2{rng.randint(100, 412):03d}.{rng.randint(30000, 39999):05d}",
        "",
    ]


def mixed_entries(
    records: Mapping[str, Record], notes: Mapping[str, ForumNote], unknown: int = 4
) -> list[Entry]:
    """Entries that name the records in every way a digest does: links, `arXiv:` text, titles, forums."""
    by_title = {record.title: record for record in records.values()}
    forums = {note.title: forum for forum, note in notes.items()}
    entries = []
    for index, record in enumerate(records.values()):
        if record.title in forums:
            entries.append(Entry("forum", record, forums[record.title]))
        elif index % 5 == 3:
            entries.append(Entry("title", by_title[record.title]))
        elif index % 2:
            entries.append(Entry("text", record))
        else:
            entries.append(Entry("link", record))
    entries += [Entry("unknown") for _ in range(unknown)]
    return entries


# -- the user's own state -----------------------------------------------------------------------------------


def set_user_state(path: Path, changes: Iterable[tuple[str, str, Sequence[str], str | None]]) -> None:
    """Mark, tag, star and annotate papers with the real commands: (arXiv id, status, tags, note) each."""
    from typer.testing import CliRunner

    from paperlist.cli.app import app

    runner = CliRunner()

    def command(*args: str) -> None:
        result = runner.invoke(app, ["--db", str(path), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr

    items = list(changes)
    for status in sorted({status for _, status, _, _ in items}):
        command("mark", *[arxiv_id for arxiv_id, wanted, _, _ in items if wanted == status], status)
    for arxiv_id, _, tags, note in items:
        command("tag", arxiv_id, *[f"+{tag}" for tag in tags])
        if note is not None:
            command("note", arxiv_id, note)
    command("star", *[arxiv_id for arxiv_id, _, _, _ in items])
