"""A shell's history file (zsh's `.zsh_history` with its extended format, bash's `.bash_history` with
`HISTTIMEFORMAT`'s `#` stamps, fish's `fish_history`): the commands a researcher typed, read for the notes and
files they name.

zsh writes each command as `: <start>:<seconds>;<command>` (a command over several lines ends each but the last
with a backslash); bash writes `#<start>` on the line before a command; fish writes `- cmd: <command>` (its
backslashes and line breaks escaped as `\\\\` and `\\n`), then `  when: <start>` and the `  paths:` it named.
A researcher's history holds notes written by `echo "- Title: why" >> reading.md` or `printf`, papers fetched
(`wget https://arxiv.org/pdf/…`) and renamed to their titles (`mv 2307.01952 "Title.pdf"`), and commits whose
messages say what was read (`git commit -m "…"`).

The notes that `echo` and `printf` commands write, and a commit's message (unquoted), become lines: list items
written one after another make one list, any other note is a paragraph of its own. Any other command becomes a
paragraph of its own behind a `$ ` prompt, so that no note goes on into it. A multi-line command is joined, and the
stamps are left out.
"""

from __future__ import annotations

import re
import shlex

_ZSH_ENTRY = re.compile(r"^: [0-9]{9,11}:[0-9]+;", re.MULTILINE)
_BASH_STAMP = re.compile(r"^#[0-9]{9,11}[ \t]*$", re.MULTILINE)
_NAMES = (".zsh_history", ".bash_history", ".histfile", "zsh_history", "bash_history", "fish_history")
_FISH_ENTRY = re.compile(r"^- cmd: ", re.MULTILINE)
_FISH_FIELD = re.compile(r"^(?:  (?:when|paths):|    - )")  # (an entry's time, and the files it named)
_FISH_ESCAPE = re.compile(r"\\(?P<char>[\\n])")
_MIN_ENTRIES = 3
_HEAD = 20000  # characters looked at to tell a history
_ITEM = re.compile(r"[ \t]*(?:[-*+•][ \t]|[0-9]{1,3}[.)][ \t])")  # (a note that is a list's item)
_OPTION = re.compile(r"-[A-Za-z]{1,3}")  # (`echo -e`, `printf -v`)
_FORMAT = re.compile(r"(?:%[-0-9.]*[sdb](?:\\n)?[ \t]*)+")  # (`printf '%s\n' "…"`)
# A note a command writes: `echo "…" >> notes.md`, `printf '%s\n' "…" | tee -a notes.md`.
# A commit and its message: `git commit -m "…"`, `git -C ../notes commit -am '…'`.
_COMMIT_MESSAGE = re.compile(
    r"^[ \t]*git(?:[ \t]+-C[ \t]+\S+)?[ \t]+commit\b[^\"'\n]*?[ \t](?:-[a-z]*m|--message=?)[ \t]*"
    r"(?P<message>\"[^\"]*\"|'[^']*')"
)
# (a commit message's type or scope, as conventional commits write it: `docs: `, `notes(reading): `)
_COMMIT_TYPE = re.compile(r"^[a-z][\w\-/.]{0,24}(?:\([^()\n]{1,24}\))?!?:[ \t]+")
_WRITES = re.compile(r"^[ \t]*(?:echo|printf)\b(?P<args>.*?)(?:[ \t]*(?:>>?|\|)[^\"']*)?$", re.DOTALL)


def looks_like_shell_history(text: str, name: str) -> bool:
    """Whether `text` is a shell's history: named as one, or written in zsh's extended or bash's stamped format."""
    if text.startswith("- cmd: ") and len(_FISH_ENTRY.findall(text[:_HEAD])) >= _MIN_ENTRIES:
        return True
    if text.lstrip("\ufeff")[:2] not in (": ", "#1"):
        # (a history opens with its first entry's stamp: most texts are told by their first bytes)
        return name.rsplit("/", 1)[-1].casefold().endswith(_NAMES)
    head = text[:_HEAD]
    stamped = len(_ZSH_ENTRY.findall(head)) >= _MIN_ENTRIES or len(_BASH_STAMP.findall(head)) >= _MIN_ENTRIES
    return stamped or name.rsplit("/", 1)[-1].casefold().endswith(_NAMES)


def shell_history_to_text(text: str) -> str:
    """The commands of a shell history as paragraphs, the notes its `echo` and `printf` commands wrote as text."""
    commands: list[str] = []
    going_on = False
    fish = text.startswith("- cmd: ")
    for line in text.splitlines():
        if _BASH_STAMP.match(line) or (fish and _FISH_FIELD.match(line)):
            continue
        if fish and line.startswith("- cmd: "):
            commands.append(_FISH_ESCAPE.sub(_fish_character, line[len("- cmd: ") :]))
            continue
        entry = _ZSH_ENTRY.match(line)
        body = line[entry.end() :] if entry is not None else line
        if going_on and commands:
            commands[-1] = commands[-1][:-1].rstrip() + " " + body.strip()
        else:
            commands.append(body)
        going_on = body.endswith("\\")
    parts: list[str] = []
    for command in commands:
        if not command.strip():
            continue
        note = _note(command)
        if note is not None and parts and parts[-1] != "" and _ITEM.match(note) and _ITEM.match(parts[-1]):
            parts[-1] += "\n" + note  # (list items written one after another: one list)
        elif note is not None:
            parts.extend(
                [note] if _ITEM.match(note) else [note, ""]
            )  # (a line of prose: a paragraph of its own)
        else:
            # (a command alone, behind its prompt: nothing it says goes on into the next, nor is its link taken
            # for the paper of a title above it)
            parts.extend([f"$ {command}", ""])
    return "\n\n".join(part for part in parts if part) + "\n"


def _fish_character(escaped: re.Match[str]) -> str:
    """A character fish escaped in its history: a backslash, or a multi-line command's line break (read as `; `,
    so that the command stays one line)."""
    return "; " if escaped.group("char") == "n" else "\\"


def _note(command: str) -> str | None:
    """What a command writes when it is an `echo` or a `printf` of a note, or a commit's message, else None."""
    if " commit " in command and (committed := _COMMIT_MESSAGE.match(command)) is not None:
        try:
            message = " ".join(shlex.split(committed.group("message"))).strip()
            return _COMMIT_TYPE.sub("", message, count=1) or None
        except ValueError:
            return None
    match = _WRITES.match(command)
    if match is None:
        return None
    try:
        words = shlex.split(match.group("args"))
    except ValueError:  # (an unclosed quote: the command as typed)
        return None
    said = [word for word in words if not _OPTION.fullmatch(word) and not _FORMAT.fullmatch(word)]
    return " ".join(said).replace("\\n", " ").strip() or None
