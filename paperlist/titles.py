"""Pure: paper titles compared the way a reader compares them."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def title_key(title: str) -> str:
    """Normalise a title for identity: case, width, accents, punctuation and spacing do not matter.

    "Self-Supervised Learning from a Multi-View Perspective" and
    "Self-supervised learning from a multi-view perspective." have the same key.
    """
    if title.isascii():  # (most titles: no width, no accents, and normalising ASCII changes nothing)
        text = title.casefold()
    else:
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", title).casefold())
        text = "".join(char for char in text if not unicodedata.combining(char))
    return _NON_WORD.sub(" ", text).replace("_", " ").strip()
