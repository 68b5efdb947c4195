"""A chat app's text export that writes a message a line, tab-separated (LINE: `20:35<TAB>name<TAB>message`), as
the messages it holds.

A message of several lines is quoted (`"first line` … `last line"`, a quote inside doubled as CSV does), so its
later lines carry no header. Each message is rewritten as its header alone on a line (`20:35<TAB>name<TAB>`: a
thread header, which ends the message above it) and its text, unquoted, below it: a title opening a message, with
its link on the message's next line, then reads as any digest's title line over its link does.
"""

import re

from paperlist.ingest.extract.vocabulary import TAB_CHAT_NAME, TAB_CHAT_TIME

# (a system line, `21:30<TAB><TAB>… joined`, has no name)
_MESSAGE = re.compile(r"^(?P<head>" + TAB_CHAT_TIME + TAB_CHAT_NAME + r"{0,60}\t)(?P<text>.*)$")
_ENOUGH = 3  # message lines that make a text such an export


def looks_like_tab_chat(text: str) -> bool:
    """Three message lines or more among the first hundred lines."""
    if "\t" not in text[:20000]:
        return False
    lines = text[:20000].split("\n", 100)[:100]
    return sum(1 for line in lines if _MESSAGE.match(line)) >= _ENOUGH


def tab_chat_to_text(text: str) -> str:
    """Each message as its header on a line, then its text, unquoted (see the module's docstring)."""
    out: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        message = _MESSAGE.match(lines[index])
        index += 1
        if message is None:
            out.append(lines[index - 1])
            continue
        out.append(message.group("head"))
        body = message.group("text")
        if body.startswith('"') and not _closed(body[1:]):
            # (a quoted message of several lines: up to the line whose quote closes it)
            parts = [body[1:]]
            while index < len(lines) and not _MESSAGE.match(lines[index]):
                parts.append(lines[index])
                index += 1
                if _closed(parts[-1]):
                    break
            parts[-1] = parts[-1][:-1] if parts[-1].endswith('"') else parts[-1]
            out.extend(part.replace('""', '"') for part in parts)
        else:
            out.append(body)
    return "\n".join(out)


def _closed(line: str) -> bool:
    """Whether a line ends a quoted message: a quote at its end that is not one of a doubled pair."""
    stripped = line.rstrip()
    trailing = len(stripped) - len(stripped.rstrip('"'))
    return trailing % 2 == 1


# Zoom's saved in-meeting chat (`meeting_saved_chat.txt`): a header line `18:19:44 From Name to Everyone:` (or `to
# Name (Direct Message)`), then the message's lines, each indented by a tab. A reaction (`Reacted to "…" with 👍`)
# and the quote a reply opens with (`Replying to "first words…"`, cut at twenty characters) are no words of the
# message's own.
_ZOOM_HEADER = re.compile(
    r"^[0-9]{1,2}:[0-9]{2}:[0-9]{2}[ \t]+From[ \t]+.{1,80}?[ \t]+to[ \t]+.{1,80}?:[ \t]*$"
)
_ZOOM_QUOTE = re.compile(r'^(?:Reacted to|Replying to|Removed a) "', re.IGNORECASE)


def looks_like_zoom_chat(text: str) -> bool:
    """Three Zoom message headers or more among the first two hundred lines."""
    lines = text[:40000].split("\n", 200)[:200]
    return sum(1 for line in lines if _ZOOM_HEADER.match(line)) >= _ENOUGH


def zoom_chat_to_text(text: str) -> str:
    """Each message as its header line, then its own lines unindented, then a blank line; reactions and the
    quotes replies open with left out."""
    out: list[str] = []
    for line in text.split("\n"):
        if _ZOOM_HEADER.match(line):
            if out and out[-1]:
                out.append("")
            out.append(line)
            continue
        body = line[1:] if line.startswith("\t") else line
        out.append("" if _ZOOM_QUOTE.match(body.strip()) else body)
    return "\n".join(out)
