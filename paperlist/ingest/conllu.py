"""A treebank in CoNLL-U (Universal Dependencies' format: `.conllu`), read as the text its sentences hold.

Each sentence is a block: comment lines (`# sent_id = …`, `# text = …`), then a line per word of ten tab-separated
columns (its number, form, lemma, tags, head, relation …), a blank line after. The `# text = …` line is the sentence
as written: the sentences are read in order, a line each; a new paragraph or document (`# newpar`, `# newdoc`)
starts after a blank line; the word lines, which spell the same words apart, are left out.
"""

from __future__ import annotations

import re

_TEXT = re.compile(r"^#[ \t]*text[ \t]*=[ \t]?(?P<text>.*)$")
_NEW_BLOCK = re.compile(r"^#[ \t]*new(?:par|doc)\b")
_WORD = re.compile(
    r"^[0-9]+(?:[-.][0-9]+)?\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t"
)


def looks_like_conllu(text: str) -> bool:
    """Sentences (`# text = …`) and word lines of ten columns among the first lines."""
    lines = text[:20_000].split("\n")
    return any(_TEXT.match(line) for line in lines) and sum(1 for line in lines if _WORD.match(line)) >= 3


def conllu_to_text(text: str) -> str | None:
    """The treebank's sentences (see the module's docstring); None when it has none."""
    out: list[str] = []
    for line in text.split("\n"):
        if _NEW_BLOCK.match(line) and out and out[-1]:
            out.append("")
        elif (sentence := _TEXT.match(line)) is not None and sentence.group("text").strip():
            out.append(sentence.group("text").strip())
    return "\n".join(out).strip() + "\n" if any(out) else None
