"""A chat app's text export that writes a message a line, tab-separated (LINE: `20:35<TAB>name<TAB>message`), as
the messages it holds.

A message of several lines is quoted (`"first line` … `last line"`, a quote inside doubled as CSV does), so its
later lines carry no header. Each message is rewritten as its header alone on a line (`20:35<TAB>name<TAB>`: a
thread header, which ends the message above it) and its text, unquoted, below it: a title opening a message, with
its link on the message's next line, then reads as any digest's title line over its link does.
"""

import re

from paperlist.ingest.extract.vocabulary import TAB_CHAT_TIME

# (a system line, `21:30<TAB><TAB>… joined`, has no name)
_MESSAGE = re.compile(r"^(?P<head>" + TAB_CHAT_TIME + r"[^\t\n]{0,60}\t)(?P<text>.*)$")
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
