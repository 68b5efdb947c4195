"""`paperlist browse`, driven headless with Textual's pilot: what a user sees, and what lands in the database."""

from __future__ import annotations

import asyncio
import os
import stat
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from paperlist.browse.app import BrowseApp, PaperList
from paperlist.browse.columns import fit, layout
from paperlist.models import PaperFilter, ReadStatus
from paperlist.store.db import open_store
from paperlist.store.papers import find_paper
from paperlist.views.search import search as search_command

LITE = "2004.11886"  # Lite Transformer, mentioned by two digests of the `library` fixture
CONTRASTIVE = "2011.04419"  # Towards Domain-Agnostic Contrastive Learning: its digest speaks of 对比学习

Scenario = Callable[[BrowseApp, Pilot[None]], Awaitable[None]]


def drive(db: Path, scenario: Scenario, size: tuple[int, int] = (80, 24), **filters: object) -> BrowseApp:
    """Open the app on `db`, run `scenario` against it headless, and return the app once it has quit."""
    store = open_store(db)
    app = BrowseApp(store, PaperFilter(**filters))  # type: ignore[arg-type]

    async def run() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await scenario(app, pilot)

    try:
        asyncio.run(run())
    finally:
        store.close()
    return app


def screen(app: BrowseApp) -> str:
    """The text on the whole screen, line by line, as the user sees it."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def settle(app: BrowseApp, pilot: Pilot[None]) -> None:
    """Wait for the detail pane to show the paper under the cursor: it follows once the cursor rests, on a
    timer, which a busy machine can delay well past its pause."""
    for _ in range(200):
        await pilot.pause(0.05)
        current = app.papers.current
        if app.detail_shows == (current.id if current is not None else None):
            await pilot.pause()  # and drawn
            return
    raise AssertionError("the detail pane never caught up with the cursor")


async def select(app: BrowseApp, pilot: Pilot[None], arxiv_id: str) -> None:
    """Move the cursor to the paper with this arXiv id, with the keys a user would press."""
    for _ in range(len(app.rows)):
        current = app.papers.current
        if current is not None and current.arxiv_id == arxiv_id:
            await settle(app, pilot)
            return
        await pilot.press("j")
    raise AssertionError(f"{arxiv_id} is not in the list")


async def search(app: BrowseApp, pilot: Pilot[None], words: str) -> None:
    await pilot.press("slash")
    for key in words:
        await pilot.press(key)
    await pilot.press("enter")
    await settle(app, pilot)


def stored(db: Path, ref: str) -> object:
    store = open_store(db)
    try:
        return find_paper(store, ref)
    finally:
        store.close()


def test_it_opens_on_the_next_ranking_with_the_digests_words_first(library: Path, isolated: Path) -> None:
    seen: dict[str, str] = {}

    async def look(app: BrowseApp, pilot: Pilot[None]) -> None:
        seen["top"] = screen(app)
        await select(app, pilot, LITE)
        seen["lite"] = screen(app)

    app = drive(isolated, look)
    first = seen["top"].splitlines()
    assert f"{len(app.rows)} papers" in first[0]
    assert "status reading,unread" in first[0]
    assert "Title" in first[1]
    assert "Status" in first[1]
    lite = seen["lite"]
    assert "Lite Transformer with Long-Short Range Attention" in lite
    assert "What the digests say (2)" in lite  # the digests' words come first in the detail pane
    assert "? Help" in lite.splitlines()[-1]  # the footer shows the main keys


def test_search_as_you_type_finds_what_the_search_command_finds(library: Path, isolated: Path) -> None:
    found: dict[str, list[int]] = {}

    async def type_words(app: BrowseApp, pilot: Pilot[None]) -> None:
        await search(app, pilot, "transformer")
        found["english"] = list(app.rows.ids)
        assert 'search "transformer"' in screen(app)
        await pilot.press("escape")  # back to the whole list
        await pilot.pause()
        found["cleared"] = list(app.rows.ids)
        await search(app, pilot, "对比学习")
        found["chinese"] = list(app.rows.ids)
        found["chinese_screen"] = [len(screen(app))]
        assert "matched in digest" in screen(app)

    drive(isolated, type_words)
    store = open_store(isolated)
    try:
        unread = PaperFilter(status=(ReadStatus.READING, ReadStatus.UNREAD))
        expected = [hit.paper.id for hit in search_command(store, "transformer", unread)]
        contrastive = find_paper(store, CONTRASTIVE).id
    finally:
        store.close()
    assert found["english"] == expected
    assert len(found["cleared"]) > len(found["english"])
    assert contrastive in found["chinese"]


def test_keys_mark_star_tag_and_note_write_the_database_at_once(
    library: Path, isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "fake-editor"
    editor.write_text(f"#!{sys.executable}\nimport sys\nopen(sys.argv[1], 'w').write('read on the train')\n")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)

    async def work(app: BrowseApp, pilot: Pilot[None]) -> None:
        await select(app, pilot, LITE)
        await pilot.press("r")  # reading
        await pilot.press("s")  # star
        await pilot.press("t")
        for key in "+edge -x":
            await pilot.press(key if key != " " else "space")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")  # the fake editor writes the note
        await pilot.pause()
        assert "★" in screen(app)

    drive(isolated, work)
    lite = stored(isolated, LITE)
    assert lite.status is ReadStatus.READING  # type: ignore[attr-defined]
    assert lite.starred  # type: ignore[attr-defined]
    assert lite.tags == ("edge",)  # type: ignore[attr-defined]
    assert lite.note == "read on the train"  # type: ignore[attr-defined]


def test_a_bad_tag_is_a_notice_and_changes_nothing(library: Path, isolated: Path) -> None:
    async def bad(app: BrowseApp, pilot: Pilot[None]) -> None:
        await select(app, pilot, LITE)
        await pilot.press("t")
        for key in "+a:b":
            await pilot.press(key)
        await pilot.press("enter")
        await pilot.pause()
        assert "not a valid tag" in app.notices[-1]

    drive(isolated, bad)
    assert stored(isolated, LITE).tags == ()  # type: ignore[attr-defined]


def test_filters_are_chosen_in_a_dialog_and_always_shown(library: Path, isolated: Path) -> None:
    async def choose(app: BrowseApp, pilot: Pilot[None]) -> None:
        await select(app, pilot, LITE)
        await pilot.press("s")
        await pilot.press("f")
        await pilot.pause()
        await pilot.click("#starred")
        await pilot.click("#apply")
        await pilot.pause()
        assert [paper.arxiv_id for paper in map(app.rows.paper, range(len(app.rows)))] == [LITE]
        assert "starred" in screen(app).splitlines()[0]

    drive(isolated, choose)


def test_the_detail_timer_calling_once_the_app_is_closing_does_no_harm(library: Path, isolated: Path) -> None:
    # The detail pane follows the cursor on a timer; when the app closes before it fires, the call comes
    # after the panes are gone (CI once crashed there). Removing the pane makes that moment certain.
    async def close_early(app: BrowseApp, pilot: Pilot[None]) -> None:
        await app.query_one("#detail").remove()
        await pilot.press("j")
        await pilot.pause(0.3)

    drive(isolated, close_early)


def test_the_list_starts_with_the_command_line_filters(library: Path, isolated: Path) -> None:
    async def nothing(app: BrowseApp, pilot: Pilot[None]) -> None:
        assert "status read" in screen(app).splitlines()[0]
        assert "No papers match" in screen(app)

    drive(isolated, nothing, status=(ReadStatus.READ,))


def test_the_wide_layout_puts_the_detail_beside_the_list(library: Path, isolated: Path) -> None:
    async def wide(app: BrowseApp, pilot: Pilot[None]) -> None:
        assert app.query_one("#main").has_class("-wide")
        assert app.query_one(PaperList).size.width < 120

    drive(isolated, wide, size=(120, 40))


def test_help_lists_every_key_and_q_quits(library: Path, isolated: Path) -> None:
    async def keys(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        shown = screen(app)
        for description in ("Reading", "Skip", "Copy BibTeX", "Light or dark", "Page down"):
            assert description in shown
        await pilot.press("escape")
        await pilot.press("q")
        await pilot.pause()

    app = drive(isolated, keys)
    assert app.return_code == 0


def test_titles_are_cut_at_a_word_and_columns_give_way_to_the_title() -> None:
    assert fit(text("Self-Supervised Learning from a Multi-View Perspective"), 40).plain.rstrip() == (
        "Self-Supervised Learning from a…"
    )
    assert layout(60, 99).title_width >= 30
    assert len(layout(60, 99).columns) < len(layout(120, 99).columns)


def text(plain: str) -> object:
    from rich.text import Text

    return Text(plain)


def test_other_commands_never_import_textual(library: Path, isolated: Path) -> None:
    code = (
        "import sys\n"
        "from paperlist.cli.app import main\n"
        "sys.argv = ['paperlist', 'list']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('textual' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ}, check=True
    )
    assert run.stdout.strip().splitlines()[-1] == "False"


def test_browse_without_a_terminal_says_so(cli: Callable[..., object], library: Path) -> None:
    result = cli("browse")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert "browse needs a terminal" in result.stderr  # type: ignore[attr-defined]


def test_remove_then_undo_brings_the_paper_back(library: Path, isolated: Path) -> None:
    counts: list[int] = []

    async def remove_and_undo(app: BrowseApp, pilot: Pilot[None]) -> None:
        counts.append(len(app.rows))
        await select(app, pilot, LITE)
        await pilot.press("delete")
        await pilot.pause()
        counts.append(len(app.rows))
        assert LITE not in [paper.arxiv_id for paper in map(app.rows.paper, range(len(app.rows))) if paper]
        assert "removed" in app.notices[-1]
        await pilot.press("z")
        await pilot.pause()
        counts.append(len(app.rows))
        assert "Undid" in app.notices[-1]

    drive(isolated, remove_and_undo)
    assert counts[1] == counts[0] - 1
    assert counts[2] == counts[0]
    assert stored(isolated, LITE).removed_at is None  # type: ignore[attr-defined]


def test_undo_with_nothing_to_undo_is_a_notice(library: Path, isolated: Path) -> None:
    async def undo(app: BrowseApp, pilot: Pilot[None]) -> None:
        await pilot.press("z")
        await pilot.pause()
        assert "nothing to undo" in app.notices[-1]

    drive(isolated, undo)


def test_an_ambiguous_paper_is_resolved_by_picking_a_candidate(
    cli: Callable[..., object], services: object, isolated: Path
) -> None:
    unsure = "Not All Memories are Created Equal: Learning to Expire"  # renamed on arXiv: a candidate, unsure
    assert cli("add", unsure).exit_code == 0  # type: ignore[attr-defined]

    async def pick(app: BrowseApp, pilot: Pilot[None]) -> None:
        await settle(app, pilot)
        assert "arXiv candidates (1)" in screen(app)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")  # the first candidate
        await pilot.pause()
        for _ in range(100):  # the metadata is fetched in the background from the imitation
            if "metadata" in " ".join(app.notices):
                break
            await pilot.pause(0.1)
        assert "resolved as arXiv 2105.06548" in " ".join(app.notices)

    drive(isolated, pick)
    resolved = stored(isolated, "2105.06548")
    assert resolved.decision == "2105.06548"  # type: ignore[attr-defined]
