"""Citation keys (BibTeX, CSL-JSON): their shape, `wu2020lite`, and the clash rule.

A paper's key is given the first time it is exported (or shown as BibTeX or CSL-JSON) and stored from then on
(`store/citekeys.py`), so it never changes, even when enrichment later brings another title or authors: a key
in someone's .bib file keeps pointing at its paper. The clash rule: a paper gets its plain key when no paper
holds it, else the letter after the last one given for that key (`wu2020litea`, `wu2020liteb` …); papers given
keys together get them in the order they were added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from paperlist.models import Paper

# Words a key never starts its title part with (Google Scholar style: wu2020lite, not wu2020the).
_KEY_SKIP = frozenset({"a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "is", "are", "via"})
_TITLE_WORDS = re.compile(r"[\s:/-]+")
_NOT_KEY = re.compile(r"[^a-z0-9]")
_KEY_PART_MAX = 40


def base_key(paper: Paper) -> str:
    """`<first author's surname><year><first title word>`, ASCII lower-case: `wu2020lite`. Each part is cut to
    `_KEY_PART_MAX` characters (a 5,000-character title once made an 8,010-character key)."""
    surname = _ascii_word(name_parts(paper.authors[0][:200])[1])[:_KEY_PART_MAX] if paper.authors else ""
    year = (paper.published or paper.dated or "")[:4]
    year = year if year.isdigit() else ""
    words = _TITLE_WORDS.split((paper.title or "")[:1000])
    word = next((w for w in (_ascii_word(w)[:_KEY_PART_MAX] for w in words) if w and w not in _KEY_SKIP), "")
    if surname:
        return f"{surname}{year}{word}"
    if word:
        return f"{word}{year}"  # no author known yet: never a key that starts with a digit
    if paper.arxiv_id:
        return "arxiv" + _ascii_word(paper.arxiv_id)[:_KEY_PART_MAX]
    if paper.openreview_id:
        return "openreview" + _ascii_word(paper.openreview_id)[:_KEY_PART_MAX]
    return f"paper{paper.id}"


def candidates(base: str, after: str) -> Iterator[str]:
    """The keys after `after` (`base` itself, or a key given before for `base`) in the order clashing papers
    get them: `base`a … `base`z, `base`aa …"""
    index = suffix_index(base, after)
    while True:
        index += 1
        yield base + _letters(index)


def suffix_index(base: str, key: str) -> int:
    """Where `key` stands among the keys of `base`: -1 for `base` itself, 0 for `base`a, 25 for `base`z …"""
    index = -1
    for letter in key[len(base) :]:
        index = (index + 1) * 26 + ord(letter) - ord("a")
    return index


def _letters(n: int) -> str:
    """0 → a, 25 → z, 26 → aa ..."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def _ascii_word(text: str) -> str:
    if text.isascii():
        return _NOT_KEY.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    return _NOT_KEY.sub("", decomposed.encode("ascii", "ignore").decode().lower())


def name_parts(name: str) -> tuple[str, str, str, str]:
    """(given, family, particle, suffix) by BibTeX's own name grammar ("Ludwig van Beethoven")."""
    words = name.split()
    if (
        words
        and "," not in name
        and "{" not in name
        and "\\" not in name
        and all(w[0].isupper() for w in words)
    ):
        # "Given Names Family", no particle (a particle starts lower-case) nor comma: what the grammar gives,
        # without its parser (most names; a first export gives thousands of keys)
        return " ".join(words[:-1]), words[-1], "", ""
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    parts = parse_single_name_into_parts(name.strip(), strict=False)
    return " ".join(parts.first), " ".join(parts.last), " ".join(parts.von), " ".join(parts.jr)
