"""Pure: what the user's state commands mean. Statuses, tags and the `tag` command's `+add -remove` words,
what `add` was given (an id, a URL or a title) and the fields `edit` sets.

Nothing here touches the database; `store/state.py` writes what these functions decide.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from paperlist.errors import UsageError
from paperlist.models import EDITABLE, Evidence, ReadStatus

if TYPE_CHECKING:
    from paperlist.digests import Reference

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


# -- `paperlist add`: what each argument names ----------------------------------------------------------------

_DOI = re.compile(r"^(?:https?://)?(?:dx\.)?(?:doi\.org/)?10\.\d{4,9}/\S+$", re.IGNORECASE)


def parse_addition(text: str, line: int = 1) -> Reference:
    """What `paperlist add` was given, as a reference: an arXiv id in any form (URL, DOI 10.48550/arXiv.X,
    `arXiv:X`, with a version or not), an OpenReview URL, or else a title (looked up like a title-only reference).

    UsageError for what is neither: another site's URL or DOI, or a number (paperlist's ids name papers
    already in the list).
    """
    raw = " ".join(text.split())
    from paperlist.digests import Reference  # (start-up: `list` never builds the ingest side's values)
    from paperlist.ids import parse_arxiv_id, parse_openreview_id  # (its grammar costs start-up)

    parsed = parse_arxiv_id(raw)
    if parsed is not None:
        link = "/" in raw or raw.casefold().startswith(("10.", "http"))
        evidence = Evidence.ARXIV_LINK if link else Evidence.ARXIV_TEXT
        return Reference(evidence=evidence, line=line, raw=raw, arxiv_id=parsed[0], version=parsed[1])
    openreview_id = parse_openreview_id(raw)
    if openreview_id is not None:
        return Reference(evidence=Evidence.OPENREVIEW_LINK, line=line, raw=raw, openreview_id=openreview_id)
    if raw.casefold().startswith(("http://", "https://", "www.")) or _DOI.match(raw):
        raise UsageError(
            f"'{raw}' is neither an arXiv nor an OpenReview address",
            "give an arXiv id or URL (or its DOI 10.48550/arXiv.ID), an OpenReview forum URL, or the title",
        )
    if not any(char.isalpha() for char in raw):
        raise UsageError(
            f"'{raw}' is not an arXiv id, and has no letters to be a title",
            "give an arXiv id (2106.09685), an OpenReview URL, or the paper's title in quotes",
        )
    return Reference(evidence=Evidence.TITLE_ONLY, line=line, raw=raw, title=raw)


# -- `paperlist edit`: the fields a user may set ------------------------------------------------------------

EditValue = str | tuple[str, ...] | None  # None: back to the fetched value
YEAR_MIN, YEAR_MAX = 1000, 2999


def parse_edits(values: Mapping[str, object], where: str = "the edit") -> dict[str, EditValue]:
    """Check what the user wrote for `title`, `authors`, `year`, `venue` (from options or an edited file).

    An empty value means "back to the fetched value"; authors are a list, or one string with `;` between
    names. UsageError naming the field (and `where`, e.g. the edited file) for anything else.
    """
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise UsageError(
            f"{where}: '{unknown[0]}' is not a field you can edit", f"edit {', '.join(EDITABLE)}"
        )
    parsed: dict[str, EditValue] = {}
    for name, value in values.items():
        if value is None or (isinstance(value, str | list | tuple) and not value):
            parsed[name] = None
        elif name == "authors":
            names = value.split(";") if isinstance(value, str) else value
            if not isinstance(names, list | tuple) or not all(isinstance(item, str) for item in names):
                raise UsageError(
                    f"{where}: authors must be a list of names", 'e.g. authors = ["Ada Lovelace"]'
                )
            cleaned = tuple(" ".join(item.split()) for item in names if item.strip())
            parsed[name] = cleaned or None
        elif name == "year":
            text = str(value).strip()
            if isinstance(value, bool) or not text.isdigit() or not YEAR_MIN <= int(text) <= YEAR_MAX:
                raise UsageError(f"{where}: year '{value}' is not a year", "e.g. year = 2021")
            parsed[name] = str(int(text))
        elif isinstance(value, str):
            cleaned_text = " ".join(value.split())
            parsed[name] = cleaned_text or None
        else:
            raise UsageError(f"{where}: {name} must be text", f'e.g. {name} = "..."')
    return parsed


def parse_edit_file(text: str, where: str) -> dict[str, EditValue]:
    """The user's edits from the TOML file they edited (`edit_template`'s shape): each field present is set (or
    dropped when equal to the fetched value); a field deleted goes back to the fetched value.

    UsageError naming `where` and the line when the file is not TOML or a value is not what its field takes.
    """
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{where} is not valid TOML ({error})", "fix it") from None
    values: dict[str, object] = dict.fromkeys(EDITABLE)
    values.update(document)
    return parse_edits(values, where)
