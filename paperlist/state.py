"""Pure: what the user's state commands mean. Statuses, tags and the `tag` command's `+add -remove` words.

Nothing here touches the database; `store/state.py` writes what these functions decide.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from paperlist.errors import UsageError
from paperlist.models import ReadStatus

STATUSES = ", ".join(status.value for status in ReadStatus)

# A tag is one word: letters or digits of any script, then also - _ . / ; stored lower-case.
TAG_MAX = 64
_TAG = re.compile(rf"[^\W_][\w./-]{{0,{TAG_MAX - 1}}}")
TAG_RULE = (
    f"a tag is one word of letters and digits (any script), may also hold - _ . / inside, "
    f"and has at most {TAG_MAX} characters"
)


# A note is a few paragraphs, at most a few pages: 100,000 characters is some 40 pages. A bigger one is a file
# pasted by mistake (a 50 MB note made `show` take two minutes).
NOTE_MAX_CHARS = 100_000


def check_note(note: str) -> str:
    """`note`, or UsageError when it is longer than a note can be."""
    if len(note) > NOTE_MAX_CHARS:
        raise UsageError(
            f"the note would be {len(note):,} characters long; a note holds at most {NOTE_MAX_CHARS:,}",
            "keep the long text in a file and write its name (or the part that matters) in the note",
        )
    return note


def parse_status(word: str) -> ReadStatus | None:
    """The status a word names (case-blind), or None."""
    try:
        return ReadStatus(word.strip().lower())
    except ValueError:
        return None


def split_mark_args(args: Sequence[str]) -> tuple[list[str], ReadStatus]:
    """`ID... STATUS` (or `STATUS ID...`) → (ids, status); UsageError naming a bad status."""
    if len(args) < 2:
        raise UsageError(
            "give one or more paper ids and a status",
            f"e.g. `paperlist mark 2004.11886 read`; statuses: {STATUSES}",
        )
    last = parse_status(args[-1])
    if last is not None:
        return list(args[:-1]), last
    first = parse_status(args[0])
    if first is not None:
        return list(args[1:]), first
    raise UsageError(f"'{args[-1]}' is not a reading status", f"use one of {STATUSES}")


def tag_key(tag: str) -> str:
    """How a tag is stored and compared: full-width forms as the ordinary ones (NFKC: `ＮＬＰ` is `nlp`), and
    lower-case. `list --tag NLP` finds a tag stored as `nlp`."""
    return (unicodedata.normalize("NFKC", tag) if not tag.isascii() else tag).lower()


def normalise_tag(tag: str) -> str:
    """The stored form of a tag (`tag_key`), or UsageError saying what a tag may hold."""
    key = tag_key(tag)
    if not _TAG.fullmatch(key):
        shown = tag if tag.strip() else "an empty tag"
        raise UsageError(f"'{shown}' is not a valid tag", TAG_RULE)
    return key


@dataclass(frozen=True, slots=True)
class TagEdit:
    """What `paperlist tag` was asked to do."""

    refs: tuple[str, ...]
    add: tuple[str, ...]
    remove: tuple[str, ...]


def split_tag_args(args: Sequence[str], is_ref: Callable[[str], bool]) -> TagEdit:
    """`ID... +add -remove bare` → a TagEdit. An id-shaped bare word is an id (write `+2024` for such a tag)."""
    refs: list[str] = []
    add: dict[str, None] = {}
    remove: dict[str, None] = {}
    for arg in args:
        if arg.startswith("+"):
            add[normalise_tag(arg[1:])] = None
        elif arg.startswith("-"):
            remove[normalise_tag(arg[1:])] = None
        elif is_ref(arg):
            refs.append(arg)
        else:
            add[normalise_tag(arg)] = None
    if not refs:
        raise UsageError(
            "give at least one paper id before the tags", "e.g. `paperlist tag 2004.11886 +nlp -todo`"
        )
    if not add and not remove:
        raise UsageError("no tag to add or remove", "e.g. `paperlist tag 2004.11886 +nlp -todo`")
    both = sorted(set(add) & set(remove))
    if both:
        raise UsageError(f"tag '{both[0]}' is both added and removed", "give it once, with + or -")
    return TagEdit(refs=tuple(refs), add=tuple(add), remove=tuple(remove))
