"""Shell completion of paper ids and tags from the reading list (typer calls these while you press Tab).

They never create a database and never fail: no database, or any error, completes nothing.
"""

from __future__ import annotations

from typing import Any

import typer

from paperlist.config import db_path
from paperlist.errors import PaperlistError
from paperlist.store.db import open_store
from paperlist.store.papers import all_tags, complete_refs
from paperlist.views.text import plural


def _db_option(ctx: typer.Context) -> Any:
    root = ctx.find_root()
    return root.params.get("db") if root.params else None


def paper_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Paper ids (arXiv ids, or paperlist's own) starting with what was typed, with their titles."""
    try:
        store = open_store(db_path(_db_option(ctx)), create=False)
    except PaperlistError:
        return []
    try:
        return complete_refs(store, incomplete)
    except PaperlistError:
        return []
    finally:
        store.close()


def tags(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Tags in use starting with what was typed (after an optional + or - for `paperlist tag`)."""
    sign = incomplete[:1] if incomplete[:1] in "+-" else ""
    typed = incomplete[len(sign) :].lower()
    try:
        store = open_store(db_path(_db_option(ctx)), create=False)
    except PaperlistError:
        return []
    try:
        return [
            (sign + tag, plural(count, "paper")) for tag, count in all_tags(store) if tag.startswith(typed)
        ]
    except PaperlistError:
        return []
    finally:
        store.close()
