"""Hostile-text drill: titles, abstracts, authors, notes and digests carrying terminal escape sequences, rich
markup, HTML and `<script>`, right-to-left overrides, spreadsheet formulas, TeX commands and very long lines
are shown inert in every view and format, and exported escaped.

The text enters the way it would in life: in a digest file, in an arXiv answer (Atom allows C1 controls and
bidi marks but not ESC), in an OpenReview note (JSON carries ESC too) and in the user's own note.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.drills.harness import Done, environment, run
from tests.servers.arxiv_api import ArxivImitation, Record, Version
from tests.servers.openreview_api import ForumNote, OpenReviewImitation
from tests.servers.semanticscholar_api import S2Imitation

pytestmark = pytest.mark.slow

ESCAPES = "\x1b]0;pwned\x07\x1b[31m\x1b[2J\x1bc\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\\x07\x08\r"
MARKUP = "[bold red]ALARM[/bold red] [link=http://evil.example]x[/link] [/]"
HTML = "<script>alert(1)</script><img src=x onerror=alert(2)></textarea>&amp;\"'"
BIDI = "\u202egnp.exe\u202c \u2066iso\u2069 \u200f"
C1 = "\x9b31m\x9d0;t\x9c"
FORMULA = '=HYPERLINK("http://evil.example","x")'
TEX = r"$\input{/etc/passwd}$ \write18{touch /tmp/pwned} } @misc{evil,"
MARKDOWN = "](javascript:alert(3)) | cell | ![i](http://evil.example/i.png) `code` # head"

# A title from a digest: every hostile kind at once (the extractor keeps a long title line whole).
DIGEST_TITLE = f"Attention {ESCAPES}{MARKUP} {HTML} {BIDI} {MARKDOWN} Is All"
ARXIV_ID = "2101.00777"
FORUM = "HostileForum1"

# Characters that must never reach a terminal or a file raw (JSON may carry them as \u escapes).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def hostile_record() -> Record:
    title = f"{FORMULA} {MARKUP} {HTML} {BIDI} {C1} {TEX}"
    abstract = f"{MARKUP} {HTML} {BIDI} {C1} " + "long " * 20000
    version = Version(1, title, "2021-01-15", abstract)
    return Record(
        arxiv_id=ARXIV_ID,
        title=title,
        abstract=abstract,
        authors=(f"{FORMULA}", f"Eve {MARKUP}", f"{BIDI} Mallory", "@SUM(A1:A9)"),
        primary_category="cs.LG",
        categories=("cs.LG",),
        published="2021-01-15",
        comment=f"{HTML} {C1}",
        doi=None,
        journal_ref=f"{TEX}",
        versions=(version,),
    )


def hostile_note() -> ForumNote:
    return ForumNote(
        FORUM,
        f"Forum {ESCAPES} {MARKUP} {HTML} {BIDI}",
        (f"Zed {ESCAPES}", "-2+3"),
        f"{ESCAPES}{HTML} " + "x" * 100_000,
        f"ICLR {MARKUP}",
        1601287470000,
    )


def write_digest(folder: Path) -> Path:
    folder.mkdir()
    long_line = "很长的一行" * 40_000 + " " + "y" * 200_000
    lines = [
        f"# {MARKUP} {HTML}",
        "",
        f"## {DIGEST_TITLE}",
        "https://arxiv.org/abs/2004.11886",
        f"本文 {ESCAPES} {MARKUP} {HTML} {BIDI} {FORMULA} {TEX}",
        "",
        f"## 敌意论文 {HTML}",
        f"https://arxiv.org/abs/{ARXIV_ID}",
        f"摘要:{long_line}",
        "",
        "## Forum paper",
        f"论文链接:https://openreview.net/forum?id={FORUM}",
        f"{BIDI}{ESCAPES}",
        "",
    ]
    path = folder / "digest [bold red]ALARM <b>.md"
    path.write_text("\n".join(lines), "utf-8")
    return path


@dataclass
class Library:
    db: Path
    env: dict[str, str]

    def run(self, *args: str) -> Done:
        done = run("--db", str(self.db), *args, env=self.env, timeout=120)
        assert "Traceback" not in done.stderr, done.stderr
        return done


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("hostile")
    with (
        ArxivImitation({ARXIV_ID: hostile_record()}) as arxiv,
        OpenReviewImitation(api=2, notes={FORUM: hostile_note()}) as v2,
        OpenReviewImitation(api=1) as v1,
        S2Imitation(records={}) as s2,
    ):
        env = environment(
            PAPERLIST_ARXIV_URL=arxiv.url,
            PAPERLIST_OPENREVIEW_URL=v2.base_url,
            PAPERLIST_OPENREVIEW_V1_URL=v1.base_url,
            PAPERLIST_S2_URL=s2.url,
            PAPERLIST_S2_DELAY="0.01",
            PAPERLIST_ARXIV_DELAY="0.01",
            PAPERLIST_OPENREVIEW_DELAY="0.01",
            COLUMNS="120",
        )
        library = Library(root / "hostile.db", env)
        done = library.run("ingest", str(write_digest(root / "digests")))
        assert done.code == 0, done.stderr
        assert "Traceback" not in done.stderr
        for args in (
            ("note", ARXIV_ID, f"{ESCAPES}{MARKUP}{HTML}{BIDI}{FORMULA}"),
            ("tag", ARXIV_ID, "+ok"),
            ("mark", ARXIV_ID, "reading"),
            ("star", ARXIV_ID),
        ):
            done = library.run(*args)
            assert done.code == 0, done.stderr
        yield library


def inert(text: str, where: str) -> None:
    """No escape sequence, control character or bidi override, raw, anywhere in `text`."""
    found = _FORBIDDEN.search(text.replace("\r\n", "\n").replace("\t", " "))
    assert found is None, (
        f"{where}: raw {found.group()!r} at {found.start()}: {text[max(0, found.start() - 60) : found.start() + 60]!r}"
    )


VIEWS = [
    ("list",),
    ("next",),
    ("search", "attention"),
    ("search", "ALARM"),
    ("show", ARXIV_ID),
    ("show", "2004.11886"),
    ("show", f"https://openreview.net/forum?id={FORUM}"),
    ("stats",),
]
FORMATS = ["table", "json", "jsonl", "csv", "md"]


@pytest.mark.parametrize("view", VIEWS, ids=" ".join)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_view_in_every_format_is_inert(library: Library, view: tuple[str, ...], fmt: str) -> None:
    done = library.run(*view, "--format", fmt)
    assert done.code == 0, done.stderr
    inert(done.stdout, f"{' '.join(view)} --format {fmt}")
    inert(done.stderr, f"{' '.join(view)} --format {fmt} (stderr)")
    if fmt in ("json", "jsonl"):
        for document in [done.stdout] if fmt == "json" else done.stdout.splitlines():
            json.loads(document)  # escaped, and still valid JSON that gives back the text as stored
    if fmt == "table" and view[0] in ("list", "show", "search") and "ALARM" in done.stdout:
        assert "[bold red]ALARM[/bold red]" in done.stdout  # shown as written, never read as markup
    if fmt == "table":
        assert max(len(line) for line in done.stdout.splitlines() or [""]) <= 120  # long lines wrapped
    if fmt == "csv":
        check_csv(done.stdout)
    if fmt == "md":
        check_markdown(done.stdout)


def test_json_gives_back_the_text_as_stored(library: Library) -> None:
    done = library.run("show", ARXIV_ID, "--format", "json")
    paper = json.loads(done.stdout)
    assert paper["title"] == hostile_record().title  # escaped in transit, not altered
    assert "\\u202e" in done.stdout or "\\u202E" in done.stdout


def check_csv(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            # A cell a spreadsheet would run (OWASP: = @ tab CR first, or + - then a call or DDE link).
            assert not re.match(r"[=@\t\r]|[+-].*[(|!=]", cell, re.DOTALL), cell[:80]


def check_markdown(text: str) -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(text)
    check_html(html, "markdown rendered to HTML")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def check_html(html: str, where: str) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in {"script", "img", "iframe", "textarea", "object"}, (where, tag, attrs)
        for name, value in attrs:
            assert not name.startswith("on"), (where, tag, name)
            assert not (value or "").strip().lower().startswith(("javascript:", "http://evil")), (
                where,
                tag,
                value,
            )


EXPORTS = ["bibtex", "csl-json", "markdown", "csv", "json", "html"]
# Of the three papers, 2004.11886 is one the imitation does not know: arXiv says it does not exist, and exports
# leave it out (saying so).
EXPORTED = 2


@pytest.mark.parametrize("fmt", EXPORTS)
def test_every_export_is_escaped(library: Library, fmt: str, tmp_path: Path) -> None:
    to_stdout = library.run("export", "--format", fmt)
    assert to_stdout.code == 0, to_stdout.stderr
    inert(to_stdout.stdout, f"export --format {fmt}")
    inert(to_stdout.stderr, f"export --format {fmt} (stderr)")
    assert "2004.11886" in to_stdout.stderr
    target = tmp_path / f"out.{fmt}"
    to_file = library.run("export", "--format", fmt, "-o", str(target))
    assert to_file.code == 0, to_file.stderr
    written = target.read_text("utf-8")
    inert(written, f"export --format {fmt} -o")
    if fmt == "html":
        check_html(written, "HTML export")
        assert "&lt;script&gt;" in written
    elif fmt == "markdown":
        check_markdown(written)
    elif fmt == "csv":
        check_csv(written)
    elif fmt in ("json", "csl-json"):
        assert len(json.loads(written)) == EXPORTED
    elif fmt == "bibtex":
        check_bibtex(written)


def check_bibtex(text: str) -> None:
    import bibtexparser

    library = bibtexparser.parse_string(text)
    assert len(library.entries) == EXPORTED, [entry.key for entry in library.entries]  # no entry smuggled in
    assert not library.failed_blocks
    # TeX that would read or write files when the bibliography is compiled stays text.
    for command in ("\\input", "\\write18", "\\include", "\\openout", "\\read"):
        assert command not in text, command


def test_hostile_file_names_and_messages_are_inert(library: Library, tmp_path: Path) -> None:
    name = tmp_path / f"bad{ESCAPES.replace('/', '')}{BIDI}.md"  # a file name holds anything but / and NUL
    name.write_bytes(b"\x00\x01binary")
    done = library.run("ingest", str(name), "--offline")
    assert done.code == 3
    inert(done.stderr, "error naming a hostile file")
    done = library.run("show", f"x{ESCAPES}")
    assert done.code == 2
    inert(done.stderr, "error quoting a hostile id")
    done = library.run("tag", ARXIV_ID, f"+bad{ESCAPES}")
    assert done.code == 2
    inert(done.stderr, "error quoting a hostile tag")
