"""Pure: paper titles compared the way a reader compares them. Both title normalisers live here.

There are two, and they must differ:

- `title_key` decides *identity* inside the library ("is this the paper we already have?"). It keeps every
  script's letters, so a Chinese or Japanese title is a key too, and ignores only case, width, accents,
  punctuation and spacing.
- `match_key` decides *likeness* to an arXiv record. arXiv titles are English and carry LaTeX
  (`$\\textit{latent}$-GLAT`), and arXiv's search cannot read other scripts, so it keeps ASCII letters and
  digits only, after dropping LaTeX commands: a Chinese title has no match key, and is never matched by it.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+")
_ASCII_WORD = re.compile(r"[a-z0-9]+")


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


def match_key(title: str) -> str:
    """Normalise a title for matching against arXiv: drop case, accents, LaTeX markup and punctuation, keep
    ASCII words: `$\\textit{latent}$-GLAT` → `latent glat`."""
    if title.isascii():  # (no accents to drop: most titles)
        text = title
    else:
        text = unicodedata.normalize("NFKD", title)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _LATEX_COMMAND.sub(" ", text)
    return " ".join(_ASCII_WORD.findall(text.casefold()))
