"""Moodle's GIFT question format (a question bank's export, `.gift` or `.txt`): each question as the prose it asks.

A GIFT file holds questions one after another, blank lines between them: an optional `::name::`, the question's
text (after a `[html]`, `[markdown]`, `[moodle]` or `[plain]` format mark), then its answers in braces (`{=right
~wrong #feedback}`, `{T}`, `{#3.14:0.01}`), with the text sometimes going on after them. `//` lines are comments
(Moodle's export writes `// question: 1052  name: …` before each), `$CATEGORY:` lines name the bank's category.
The characters that mean something to GIFT are escaped with a backslash in text (`\\:`, `\\=`, `\\~`, `\\#`, `\\{`,
`\\}`), as a paper's title with a colon is (`AutoDropout\\: Learning Dropout Patterns …`).

Each question becomes a paragraph of its text (HTML made Markdown) and each answer a list item under it, with its
feedback after a dash (a matching question's pair, `=seq2seq -> Title`, its two sides a dash apart too); names, comments, categories and marks of weight (`%50%`) are left out.
"""

from __future__ import annotations

import re

from paperlist.ingest.extract.markup import html_value_to_markdown

_NAME = re.compile(r"^[ \t]*::(?:[^:\\\n]|\\.)*::", re.MULTILINE)
_ANSWERS = re.compile(r"(?<!\\)\{(?P<body>(?:[^{}\\]|\\.)*)(?<!\\)\}", re.DOTALL)
_FORMAT = re.compile(r"^[ \t]*\[(?:html|markdown|moodle|plain)\][ \t]*", re.IGNORECASE)
_ESCAPED = re.compile(r"\\([:=~#{}\\n])")
# An answer: `=` right or `~` wrong, an optional weight (`%50%`, `%-100%`), its text, then `#` and its feedback.
_ANSWER = re.compile(
    r"(?<!\\)[=~](?:%-?[0-9.]+%)?(?P<text>(?:[^=~#\\]|\\.)*)(?:(?<!\\)#(?P<feedback>(?:[^=~\\]|\\.)*))?"
)
_MATCHED = re.compile(r"[ \t]+->[ \t]+")
_MIN_QUESTIONS = 2
_HEAD = 20000  # characters looked at to tell a question bank


def looks_like_gift(text: str) -> bool:
    """Whether `text` is a GIFT question bank: named questions, each with its answers in braces."""
    if text.find("::", 0, _HEAD) < 0 or text.find("{", 0, _HEAD) < 0:
        return False  # (most texts: no pattern tried, nothing copied)
    head = text[:_HEAD]
    return len(_NAME.findall(head)) >= _MIN_QUESTIONS and len(_ANSWERS.findall(head)) >= _MIN_QUESTIONS


def gift_to_markdown(text: str) -> str:
    """The questions of a GIFT file as paragraphs of prose, their answers as list items."""
    kept = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("//", "$CATEGORY:")))
    blocks: list[str] = []
    for question in re.split(r"\n[ \t]*\n", kept):
        question = _NAME.sub("", question.strip(), count=1)
        if not question.strip():
            continue
        html = _FORMAT.match(question) is not None and "[html]" in question[:12].casefold()
        question = _FORMAT.sub("", question, count=1)
        answers = _ANSWERS.search(question)
        stem = question if answers is None else question[: answers.start()] + " " + question[answers.end() :]
        lines = [_plain(stem, html=html)]
        if answers is not None:
            for answer in _ANSWER.finditer(answers.group("body")):
                said = _plain(answer.group("text"), html=html)
                # (a matching question's pair, `=seq2seq -> Title`: the name, matched to what it names)
                said = _MATCHED.sub(" — ", said, count=1)
                feedback = _plain(answer.group("feedback") or "", html=html)
                if said or feedback:
                    lines.append(f"- {said} — {feedback}" if feedback else f"- {said}")
        blocks.append("\n".join(line for line in lines if line))
    return "\n\n".join(blocks) + "\n"


def _plain(text: str, *, html: bool) -> str:
    """A piece of a question unescaped, on one line (its HTML made Markdown when the question is HTML)."""
    words = _ESCAPED.sub(lambda match: "\n" if match.group(1) == "n" else match.group(1), text)
    if html and "<" in words:
        words = html_value_to_markdown(words)
    return " ".join(words.split())
