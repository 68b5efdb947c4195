"""`paperlist browse`: the reading list as an interactive terminal app (Textual).

Only this command imports Textual. The app is a view and a set of keys: every change it makes goes through the
same store functions as the commands (`mark`, `tag`, `note`, `star` ...), one transaction each, committed at
once, so a crash of the app loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region, Size
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.suggester import Suggester
from textual.timer import Timer
from textual.widgets import Button, Checkbox, Footer, Input, Label, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from paperlist.browse.columns import Layout, layout
from paperlist.browse.rows import Query, Rows
from paperlist.errors import PaperlistError
from paperlist.models import Paper, PaperFilter, ReadStatus
from paperlist.state import split_tag_args
from paperlist.store import journal, library, state
from paperlist.store.db import Store
from paperlist.store.papers import all_tags
from paperlist.views.formats import TextOutput, WriteContext, find_format, paper_to_show
from paperlist.views.links import open_in_browser, page_url
from paperlist.views.terminal import highlighted, paper_view
from paperlist.views.text import candidate_line, clean, shorten

WIDE = 110  # from this many columns the detail pane stands beside the list, not under it
DETAIL_PAUSE = 0.05  # the detail pane follows the cursor once it rests this long (moving fast stays fast)

EditText = Callable[[str], "str | None"]


# -- the list -------------------------------------------------------------------------------------------------


class PaperList(ScrollView, can_focus=True):
    """The papers of the current query, one line each; rows are read as they scroll into view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False),
        Binding("pagedown,ctrl+f,space", "page(1)", "Page down", show=False),
        Binding("home,g", "jump(0)", "First", show=False),
        Binding("end,G", "jump(-1)", "Last", show=False),
    ]
    DEFAULT_CSS = """
    PaperList { height: 1fr; overflow-x: hidden; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"paper-list--cursor"}

    cursor: reactive[int] = reactive(0, always_update=True)

    class Moved(Message):
        """The cursor is on another paper (or on none)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, rows: Rows) -> None:
        super().__init__(id="papers")
        self.rows = rows
        self.columns: Layout = layout(80, 1)
        # Rendered lines by (paper, width, under the cursor): scrolling and moving redraw from here.
        self._lines: LRUCache[tuple[int, int, bool], Strip] = LRUCache(1024)

    def forget(self) -> None:
        """Draw every line afresh (papers changed, or the theme did)."""
        self._lines.clear()
        self.refresh()

    def reload(self, keep: int | None = None) -> None:
        """Show the rows again (a new query): the cursor goes to paper `keep` if it is still there."""
        position = self.rows.position(keep) if keep is not None else None
        self._fit()
        self.cursor = position if position is not None else 0
        self.refresh()

    def _fit(self) -> None:
        width = max(self.scrollable_content_region.width, 20)  # what the scrollbar leaves
        self.columns = layout(width, max(max(self.rows.ids, default=1), len(self.rows)))
        self.virtual_size = Size(width, len(self.rows))
        self._lines.clear()

    def on_resize(self, event: events.Resize) -> None:
        self._fit()
        self.app.query_one("#list-header", Static).update(self.columns.header())
        self.refresh()

    def validate_cursor(self, index: int) -> int:
        return max(0, min(index, len(self.rows) - 1))

    def watch_cursor(self, index: int) -> None:
        self.scroll_to_region(Region(0, index, 1, 1), animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Moved(index))

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, step: int) -> None:
        self.cursor += step * max(1, self.size.height - 1)

    def action_jump(self, where: int) -> None:
        self.cursor = where if where >= 0 else len(self.rows) - 1

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self.rows):
            self.cursor = index

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        paper = self.rows.paper(index)
        if paper is None:
            return Strip.blank(width, self.rich_style)
        key = (paper.id, width, index == self.cursor)
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        line = self.columns.row(paper)
        if index == self.cursor:
            line.stylize(self.get_component_rich_style("paper-list--cursor"))
        segments = list(line.render(self.app.console, end=""))
        strip = Strip(segments).adjust_cell_length(width, self.rich_style).apply_style(self.rich_style)
        self._lines[key] = strip
        return strip

    @property
    def current(self) -> Paper | None:
        return self.rows.paper(self.cursor)


# -- dialogs --------------------------------------------------------------------------------------------------


class TagWords(Suggester):
    """Completes the last word of `+nlp -todo rob…` from the tags in the library."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _, word = value.rpartition(" ")
        sign = word[:1] if word[:1] in "+-" else ""
        stem = word[len(sign) :].lower()
        if not stem:
            return None
        for tag in self.tags:
            if tag.startswith(stem) and tag != stem:
                return f"{head} {sign}{tag}".lstrip() if head else f"{sign}{tag}"
        return None


class Ask(ModalScreen[str | None]):
    """One line of input (tags, a file name): Enter gives it, Escape gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, value: str = "", suggester: Suggester | None = None) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.suggester = suggester

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question)
            yield Input(value=self.value, suggester=self.suggester, id="answer", compact=True)

    @on(Input.Submitted)
    def give(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Filters(ModalScreen[PaperFilter | None]):
    """Status, tag, category, starred, unresolved: the filters `list` has, for the browse list."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: PaperFilter, tags: list[str]) -> None:
        super().__init__()
        self.current = current
        self.tags = tags

    def compose(self) -> ComposeResult:
        statuses = self.current.status or (ReadStatus.READING, ReadStatus.UNREAD)
        with Vertical(classes="dialog"):
            yield Label("Status (space toggles)")
            yield SelectionList[str](
                *((status.value, status.value, status in statuses) for status in ReadStatus), id="status"
            )
            yield Label("Tag (all of them; space between tags)")
            yield Input(" ".join(self.current.tags), suggester=TagWords(self.tags), id="tag", compact=True)
            yield Label("Category (e.g. cs.CL, or cs for all of cs)")
            yield Input(" ".join(self.current.categories), id="category", compact=True)
            yield Checkbox("Starred only", self.current.starred, id="starred", compact=True)
            yield Checkbox(
                "Unresolved only (no metadata yet)", self.current.unresolved, id="unresolved", compact=True
            )
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="apply", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    @on(Button.Pressed, "#apply")
    @on(Input.Submitted)
    def apply(self) -> None:
        chosen = self.query_one("#status", SelectionList).selected
        self.dismiss(
            replace(
                self.current,
                status=tuple(ReadStatus(value) for value in chosen),
                tags=tuple(self.query_one("#tag", Input).value.lower().split()),
                categories=tuple(self.query_one("#category", Input).value.split()),
                starred=self.query_one("#starred", Checkbox).value,
                unresolved=self.query_one("#unresolved", Checkbox).value,
            )
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


NO_ARXIV = -1  # the choice "it has no arXiv version" in the resolve dialog


class Candidates(ModalScreen[int | None]):
    """The arXiv papers a title search was not sure of: the user picks one (its number), or none."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, paper: Paper) -> None:
        super().__init__()
        self.paper = paper

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        for number, candidate in enumerate(self.paper.candidates, start=1):
            line = Text(f"{number}. ", style="bold")
            line.append(clean(candidate.arxiv_id), style="cyan")
            line.append("  " + clean(candidate.title))
            detail = candidate_line(candidate)
            if detail:
                line.append("\n   " + clean(detail), style="dim")
            if candidate.why:
                line.append("\n   not sure: " + clean(candidate.why), style="dim")
            options.append(Option(line, id=str(number)))
        options.append(Option(Text("It has no arXiv version", style="italic"), id=str(NO_ARXIV)))
        with Vertical(classes="dialog"):
            yield Label(Text(f"Which arXiv paper is {clean(shorten(self.paper.display_title, 50))}?"))
            yield OptionList(*options, id="choices")

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or NO_ARXIV))

    def action_cancel(self) -> None:
        self.dismiss(None)


class Help(ModalScreen[None]):
    """Every key, from the app's own bindings (one home: what the keys do is said once)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        from rich.table import Table

        table = Table.grid(padding=(0, 1))
        for _ in range(2):
            table.add_column(style="bold", justify="right", no_wrap=True)
            table.add_column()
        half = (len(self.keys) + 1) // 2
        right_column = [*self.keys[half:], ("", "")][:half]
        for left, right in zip(self.keys[:half], right_column, strict=True):
            table.add_row(*left, *right)
        with VerticalScroll(classes="dialog help"):
            yield Static(Text("paperlist browse: keys (Esc closes)", style="bold"))
            yield Static(table)
            yield Static(Text("Mouse: click a paper to select it, the wheel scrolls.", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)


# -- the app --------------------------------------------------------------------------------------------------

# The keys that change or act on the selected paper. Help, the footer and the tests read them from here.
APP_KEYS: list[BindingType] = [
    Binding("question_mark", "help", "Help", tooltip="Show every key (this list)"),
    Binding(
        "slash",
        "search",
        "Search",
        tooltip="Search as you type (title:, author:, tag: narrow a word); Enter keeps it",
    ),
    Binding(
        "f",
        "filters",
        "Filter",
        tooltip="Choose the filters: statuses, tags, categories, starred, unresolved",
    ),
    Binding("r", "mark('reading')", "Reading", show=False, tooltip="Mark the paper reading"),
    Binding("d", "mark('read')", "Read", tooltip="Mark the paper read"),
    Binding("x", "mark('skipped')", "Skip", show=False, tooltip="Mark the paper skipped"),
    Binding("u", "mark('unread')", "Unread", show=False, tooltip="Mark the paper unread again"),
    Binding("s", "star", "Star", tooltip="Star the paper, or take its star away"),
    Binding("t", "tag", "Tag", tooltip="Add (+TAG) and remove (-TAG) tags; Tab completes your tags"),
    Binding("n", "note", "Note", tooltip="Write your note in $VISUAL or $EDITOR, then come back"),
    Binding("o", "open(False)", "Open", show=False, tooltip="Open the paper's abstract page in your browser"),
    Binding("p", "open(True)", "PDF", show=False, tooltip="Open the paper's PDF in your browser"),
    Binding(
        "b",
        "copy_bibtex",
        "Copy BibTeX",
        show=False,
        tooltip="Copy the paper's BibTeX entry to the clipboard (OSC 52, works over SSH)",
    ),
    Binding(
        "B",
        "save_bibtex",
        "Save BibTeX to a file",
        show=False,
        tooltip="Append the paper's BibTeX entry to a file",
    ),
    Binding(
        "delete,D",
        "remove",
        "Remove",
        show=False,
        tooltip="Remove the paper from the list (z brings it back)",
    ),
    Binding(
        "c",
        "resolve",
        "Resolve",
        show=False,
        tooltip="Settle which arXiv paper it is: pick a candidate, or none",
    ),
    Binding("z", "undo", "Undo", tooltip="Undo your last change (here or from the commands)"),
    Binding(
        "ctrl+r",
        "reload",
        "Run the query again",
        show=False,
        tooltip="Run the query again (papers you changed take their new place)",
    ),
    Binding(
        "T",
        "toggle_theme",
        "Light or dark",
        show=False,
        tooltip="Switch between the light and the dark theme",
    ),
    Binding(
        "escape",
        "clear_search",
        "Clear the search",
        show=False,
        tooltip="Leave the search: the whole list again",
    ),
    Binding("q", "quit", "Quit", tooltip="Quit (everything is already saved)"),
]


class BrowseApp(App[None]):
    """The reading list to go through: a list pane, a detail pane, keys for everything."""

    TITLE = "paperlist"
    ENABLE_COMMAND_PALETTE = False  # every action has its key (? lists them); the footer keeps its room
    BINDINGS: ClassVar[list[BindingType]] = APP_KEYS
    CSS = """
    Screen { layout: vertical; }
    #query { height: 1; padding: 0 1; background: $boost; color: $text-muted; }
    #search { display: none; height: 3; }
    #search.-active { display: block; }
    #main { height: 1fr; layout: vertical; }
    #main.-wide { layout: horizontal; }
    #list-pane { height: 45%; }
    #main.-wide #list-pane { height: 1fr; width: 3fr; }
    #list-header { height: 1; padding: 0 0; }
    #detail { height: 1fr; border-top: solid $primary 30%; padding: 0 1; }
    #main.-wide #detail { width: 2fr; border-top: none; border-left: solid $primary 30%; }
    PaperList > .paper-list--cursor { background: $accent 35%; text-style: bold; }
    .dialog { width: 70; max-width: 95%; height: auto; max-height: 90%; padding: 1 2;
              background: $panel; border: thick $primary 40%; }
    Ask, Filters, Help, Candidates { align: center middle; }
    .dialog OptionList { height: auto; max-height: 16; }
    .help { width: 100; }
    .dialog Label { margin-top: 1; }
    .dialog SelectionList { height: auto; border: none; padding: 0; }
    .dialog Input { margin: 0 0; }
    .buttons { height: auto; margin-top: 1; }
    .buttons Button { margin-right: 2; }
    """

    def __init__(self, store: Store, paper_filter: PaperFilter, edit_text: EditText | None = None) -> None:
        super().__init__()
        self.store = store
        self.rows = Rows(store, Query(paper_filter))
        self.edit_text = edit_text or self._edit_in_editor
        self.notices: list[str] = []  # every notice shown, latest last
        self._detail_timer: Timer | None = None
        self.detail_shows: int | None = None  # the id of the paper in the detail pane, once it is drawn

    # -- layout ---------------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="query")
        yield Input(
            placeholder="Search: words, Chinese too (title:, author:, tag: narrow a word)", id="search"
        )
        with Vertical(id="main"):
            with Vertical(id="list-pane"):
                yield Static(id="list-header")
                yield PaperList(self.rows)
            with VerticalScroll(id="detail"):
                yield Static(id="detail-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.papers.focus()
        self.papers.reload()
        self._show_query()
        self._show_detail()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one("#main").set_class(event.size.width >= WIDE, "-wide")

    @property
    def papers(self) -> PaperList:
        return self.query_one(PaperList)

    def _show_query(self) -> None:
        query = self.rows.query
        shown = describe(query.paper_filter)
        if query.searching:
            shown.insert(0, f'search "{query.text.strip()}"')
        count = f"{len(self.rows)}{'+' if self.rows.capped else ''} papers"
        line = Text(count, style="bold")
        line.append("  ·  " + " · ".join(shown) if shown else "")
        self.query_one("#query", Static).update(line)

    def _show_detail(self) -> None:
        body = next(self.query("#detail-body").results(Static), None)
        if body is None:  # the cursor's timer may call once the app has begun to close and its panes are gone
            return
        index = self.papers.cursor
        paper = self.rows.paper(index)
        self.detail_shows = paper.id if paper is not None else None
        if paper is None:
            body.update(Text("No papers match. f changes the filters; / searches.", style="dim"))
            return
        parts: list[RenderableType] = []
        hit = self.rows.hit(index)
        if hit is not None:
            line = Text(f"matched in {hit.field}: ", style="dim")
            parts.append(line + highlighted(hit.snippet, hit.spans, marks=self.no_color))
            parts.append(Text())
        parts.append(paper_view(paper, digests_first=True))
        body.update(Group(*parts))
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)

    @on(PaperList.Moved)
    def moved(self) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_PAUSE, self._show_detail)

    # -- search and filters --------------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-active")
        search.focus()

    @on(Input.Changed, "#search")
    def typed(self, event: Input.Changed) -> None:
        # Each keystroke searches at once: the search core answers in milliseconds (benchmarks/bench_browse.py).
        self.run_query(text=event.value)

    @on(Input.Submitted, "#search")
    def searched(self, event: Input.Submitted) -> None:
        self.run_query(text=event.value)
        self.papers.focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if not search.has_class("-active"):
            return
        search.value = ""
        search.remove_class("-active")
        self.run_query(text="")
        self.papers.focus()

    def run_query(self, *, text: str | None = None, paper_filter: PaperFilter | None = None) -> None:
        """Run the list's query again, with new search text or filters; the cursor stays on its paper."""
        current = self.papers.current
        query = self.rows.query
        self.rows.run(
            Query(
                paper_filter if paper_filter is not None else query.paper_filter,
                text if text is not None else query.text,
            )
        )
        self.papers.reload(keep=current.id if current else None)
        self._show_query()

    def action_filters(self) -> None:
        def chosen(paper_filter: PaperFilter | None) -> None:
            if paper_filter is not None:
                self.run_query(paper_filter=paper_filter)

        self.push_screen(Filters(self.rows.query.paper_filter, self._tags()), chosen)

    def action_reload(self) -> None:
        self.rows.forget(list(self.rows.ids))
        self.papers.forget()
        self.run_query()

    # -- changes to the selected paper -------------------------------------------------------------------------

    def _selected(self) -> Paper | None:
        paper = self.papers.current
        if paper is None:
            self.say("No paper selected.", severity="warning")
        return paper

    def _changed(self, paper: Paper, what: str) -> None:
        self.rows.forget([paper.id])
        self.papers.forget()
        self._show_detail()
        self.say(f"{paper.id}: {what}", timeout=2)

    def _attempt(self, change: Callable[[], object]) -> bool:
        """Run a change; an expected failure (a locked database, a bad tag) is a notice, not a crash."""
        try:
            change()
        except PaperlistError as error:
            self.say(str(error), severity="error", timeout=6)
            return False
        return True

    def action_mark(self, status: str) -> None:
        paper = self._selected()
        if paper is not None:
            wanted = ReadStatus(status)
            if self._attempt(lambda: state.mark(self.store, [str(paper.id)], wanted)):
                self._changed(paper, f"marked {wanted.value}")

    def action_star(self) -> None:
        paper = self._selected()
        if paper is not None and self._attempt(
            lambda: state.set_starred(self.store, [str(paper.id)], not paper.starred)
        ):
            self._changed(paper, "unstarred" if paper.starred else "starred")

    def action_tag(self) -> None:
        paper = self._selected()
        if paper is None:
            return

        def tagged(answer: str | None) -> None:
            if not answer or not answer.strip():
                return

            def change() -> None:
                edit = split_tag_args([str(paper.id), *answer.split()], lambda word: word == str(paper.id))
                state.change_tags(self.store, edit.refs, edit.add, edit.remove)

            if self._attempt(change):
                self._changed(paper, f"tagged {answer.strip()}")

        current = " ".join(f"+{tag}" for tag in paper.tags)
        question = f"Tags for {paper.id} (now: {current or 'none'}): +TAG adds, -TAG removes; Tab completes"
        self.push_screen(Ask(question, suggester=TagWords(self._tags())), tagged)

    def action_note(self) -> None:
        paper = self._selected()
        if paper is None:
            return
        try:
            edited = self.edit_text(paper.note or "")
        except PaperlistError as error:
            self.say(str(error), severity="error", timeout=6)
            return
        if edited is None:
            self.say("Note unchanged (the editor was closed without saving).")
            return
        if self._attempt(lambda: state.set_note(self.store, str(paper.id), edited)):
            self._changed(paper, "note saved" if edited.strip() else "note cleared")

    def action_open(self, pdf: bool) -> None:
        paper = self._selected()
        if paper is None:
            return
        try:
            url = page_url(paper, pdf=pdf)
        except PaperlistError as error:
            self.say(str(error), severity="warning", timeout=6)
            return
        if open_in_browser(url):
            self.say(f"Opened {url}")
        else:
            self.say(f"No browser could be started (set $BROWSER): {url}", severity="warning", timeout=10)

    def action_remove(self) -> None:
        paper = self._selected()
        if paper is not None and self._attempt(lambda: library.remove(self.store, [str(paper.id)])):
            index = self.papers.cursor
            self.rows.drop([paper.id])
            self.papers.reload()
            self.papers.cursor = index
            self._show_query()
            self.say(f"{paper.id}: removed (z brings it back)")

    def action_undo(self) -> None:
        try:
            undone = journal.undo_last(self.store)
        except PaperlistError as error:
            self.say(str(error), severity="warning")
            return
        self.rows.forget(undone.change.paper_ids)
        self.papers.forget()
        self.run_query()  # a removed paper may be back, a merged one apart again
        self.say(f"Undid: {undone.change.summary}")

    def action_resolve(self) -> None:
        paper = self._selected()
        if paper is None:
            return
        if not paper.candidates:
            self.say(
                f"{paper.id} has no candidates to choose from: `paperlist resolve {paper.id} --arxiv ID` links it",
                severity="warning",
                timeout=8,
            )
            return

        def decided(choice: int | None) -> None:
            if choice is None:
                return
            number = None if choice == NO_ARXIV else choice
            try:
                resolved = library.resolve(self.store, str(paper.id), candidate=number, none=number is None)
            except PaperlistError as error:
                self.say(str(error), severity="error", timeout=6)
                return
            self.rows.forget([paper.id, resolved.paper_id])
            self.papers.forget()
            self._show_detail()
            what = f"arXiv {resolved.arxiv_id}" if resolved.arxiv_id else "no arXiv version"
            self.say(f"{paper.id}: resolved as {what}; fetching its metadata")
            self.enrich([resolved.paper_id])

        self.push_screen(Candidates(paper), decided)

    @work(thread=True, exclusive=True, group="enrich")
    def enrich(self, paper_ids: list[int]) -> None:
        """Fetch metadata for these papers in the background (its own connection: SQLite's are per thread)."""
        from paperlist.config import service_settings
        from paperlist.enrich.run import enrich_papers
        from paperlist.store.db import open_store

        try:
            store = open_store(self.store.path)
            try:
                report = enrich_papers(store, paper_ids, settings=service_settings())
            finally:
                store.close()
        except PaperlistError as error:
            self.call_from_thread(self.say, f"metadata not fetched: {error}", severity="warning", timeout=8)
            return
        message = f"metadata: {report.stopped}" if report.stopped else "metadata fetched"
        self.call_from_thread(self._fetched, paper_ids, message)

    def _fetched(self, paper_ids: list[int], message: str) -> None:
        self.rows.forget(paper_ids)
        self.papers.forget()
        self._show_detail()
        self.say(message)

    def _bibtex(self, paper: Paper) -> str:
        bibtex = find_format("bibtex", "show")
        out = TextOutput()
        bibtex.write_paper(paper_to_show(self.store, str(paper.id), bibtex), WriteContext(), out)
        return out.text

    def action_copy_bibtex(self) -> None:
        paper = self._selected()
        if paper is not None:
            self.copy_to_clipboard(self._bibtex(paper))  # OSC 52: works over SSH in most terminals
            self.say(f"{paper.id}: BibTeX copied to the clipboard")

    def action_save_bibtex(self) -> None:
        paper = self._selected()
        if paper is None:
            return

        def save(answer: str | None) -> None:
            if not answer or not answer.strip():
                return
            target = Path(answer.strip()).expanduser()
            try:
                with target.open("a", encoding="utf-8") as handle:
                    handle.write(("\n" if target.stat().st_size else "") + self._bibtex(paper))
            except OSError as error:
                self.say(f"cannot write {target}: {error.strerror or error}", severity="error")
                return
            self.say(f"{paper.id}: BibTeX appended to {target}")

        self.push_screen(Ask("Append the BibTeX entry to file:", "references.bib"), save)

    # -- the rest ------------------------------------------------------------------------------------------

    def say(self, message: str, *, severity: SeverityLevel = "information", timeout: float = 3) -> None:
        """A notice in the corner; outside text in it is never read as markup. Kept in `notices` too."""
        self.notices.append(message)
        self.notify(message, severity=severity, timeout=timeout, markup=False)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.papers.forget()

    def action_help(self) -> None:
        self.push_screen(Help(keys()))

    def _tags(self) -> list[str]:
        return [tag for tag, _ in all_tags(self.store)]

    def _edit_in_editor(self, text: str) -> str | None:
        """The text after the user edited it in $VISUAL / $EDITOR, the app suspended meanwhile."""
        import click
        from textual.app import SuspendNotSupported

        from paperlist.errors import UsageError

        try:
            try:
                with self.suspend():
                    return click.edit(text, extension=".md", require_save=True)
            except SuspendNotSupported:  # no terminal to give the editor (headless): run it as it is
                return click.edit(text, extension=".md", require_save=True)
        except click.ClickException as error:
            raise UsageError(
                f"could not start the editor: {error.format_message()}", "set $EDITOR"
            ) from error


def describe(paper_filter: PaperFilter) -> list[str]:
    """The filters in words, for the line that always shows them."""
    shown = [
        "status " + ",".join(status.value for status in paper_filter.status)
        if paper_filter.status
        else "status reading,unread"
    ]
    shown += [f"tag {tag}" for tag in paper_filter.tags]
    shown += [f"category {category}" for category in paper_filter.categories]
    if paper_filter.author:
        shown.append(f"author {paper_filter.author}")
    if paper_filter.digest:
        shown.append(f"digest {paper_filter.digest}")
    if paper_filter.since or paper_filter.until:
        shown.append(f"published {paper_filter.since or '…'}–{paper_filter.until or '…'}")
    if paper_filter.starred:
        shown.append("starred")
    if paper_filter.unresolved:
        shown.append("unresolved")
    if paper_filter.min_mentions:
        shown.append(f"≥{paper_filter.min_mentions} digests")
    return shown


def keys(*, long: bool = False) -> list[tuple[str, str]]:
    """Every key of the app and what it does: in a word for the help screen, in a sentence (`long`) for
    docs/usage.md."""
    bindings = _bindings(APP_KEYS) + _bindings(PaperList.BINDINGS)
    return [
        (_key_names(binding), (binding.tooltip if long else "") or binding.description)
        for binding in bindings
    ]


def _bindings(bindings: list[BindingType]) -> list[Binding]:
    return [binding for binding in bindings if isinstance(binding, Binding)]


def _key_names(binding: Binding) -> str:
    names = {"question_mark": "?", "slash": "/", "escape": "Esc"}
    return ", ".join(names.get(key, key) for key in binding.key.split(","))
