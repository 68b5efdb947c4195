"""Which columns the browse list shows at a given width, and one paper as one line of them (pure, no UI).

The title is what people read: it keeps at least half the width, and secondary columns are dropped, least
useful first, before it would be squeezed. A line is cut at a word with an ellipsis, never mid-word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from rich.text import Text

from paperlist.models import EnrichState, Paper, ReadStatus
from paperlist.views.terminal import STATUS_STYLE
from paperlist.views.text import clean, digest_authors, year

TITLE_MIN: Final = 24
MARKS = {
    ReadStatus.UNREAD: "·",
    ReadStatus.READING: "▶",
    ReadStatus.READ: "✓",
    ReadStatus.SKIPPED: "×",
}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    width: int
    cell: Callable[[Paper], Text]
    keep: int  # lower is dropped first when the width is short


def _status(paper: Paper) -> Text:
    return Text(paper.status.value, style=STATUS_STYLE[paper.status])


def _author(paper: Paper) -> Text:
    return Text(clean(paper.first_author or digest_authors(paper) or ""))


def _year(paper: Paper) -> Text:
    return Text(year(paper))


def _category(paper: Paper) -> Text:
    return Text(clean(paper.primary_category or ""))


def _digests(paper: Paper) -> Text:
    return Text(str(paper.digest_count), justify="right")


SECONDARY: Final = (
    Column("Status", 8, _status, 5),
    Column("Year", 4, _year, 4),
    Column("First author", 18, _author, 3),
    Column("Category", 9, _category, 2),
    Column("Dg", 2, _digests, 1),
)


@dataclass(frozen=True, slots=True)
class Layout:
    """The columns of the list at one width: id, marks, title, then what fits."""

    width: int
    id_width: int
    title_width: int
    columns: tuple[Column, ...]

    def header(self) -> Text:
        line = Text("ID".rjust(self.id_width) + "    " + "Title".ljust(self.title_width), style="bold")
        for column in self.columns:
            line.append(" " + column.name[: column.width].ljust(column.width), style="bold")
        return line

    def row(self, paper: Paper) -> Text:
        line = Text(str(paper.id).rjust(self.id_width), style="cyan")
        line.append(" ")
        line.append(MARKS[paper.status], style=STATUS_STYLE[paper.status])
        line.append("★" if paper.starred else " ", style="yellow")
        line.append(" ")
        line.append_text(title_cell(paper, self.title_width))
        for column in self.columns:
            line.append(" ")
            line.append_text(fit(column.cell(paper), column.width))
        return line


def layout(width: int, largest_id: int) -> Layout:
    """The columns that fit `width`, the title keeping at least half of it (and TITLE_MIN cells)."""
    id_width = max(2, len(str(largest_id)))
    fixed = id_width + 4  # id, space, status mark, star, space
    chosen = list(SECONDARY)
    while chosen:
        rest = sum(column.width + 1 for column in chosen)
        title = width - fixed - rest
        if title >= max(TITLE_MIN, width // 2):
            break
        chosen.remove(min(chosen, key=lambda column: column.keep))
    title = max(1, width - fixed - sum(column.width + 1 for column in chosen))
    return Layout(width, id_width, title, tuple(chosen))


def title_cell(paper: Paper, width: int) -> Text:
    title = Text(
        clean(paper.display_title), style="" if paper.enrichment is EnrichState.ENRICHED else "italic"
    )
    return fit(title, width)


def fit(text: Text, width: int) -> Text:
    """`text` in exactly `width` cells: padded, or cut after a whole word with an ellipsis."""
    if text.cell_len <= width:
        text = text.copy()
        text.pad_right(width - text.cell_len)
        return text
    plain = text.plain
    cut = text.copy()
    cut.truncate(max(0, width - 1))
    kept = cut.plain
    mid_word = not kept[-1:].isspace() and not plain[len(kept) : len(kept) + 1].isspace()
    space = kept.rstrip().rfind(" ")
    if mid_word and space >= width // 2:  # end on a whole word when one is near
        cut.truncate(space)
    cut.rstrip()
    cut.append("…")
    cut.pad_right(width - cut.cell_len)
    return cut
