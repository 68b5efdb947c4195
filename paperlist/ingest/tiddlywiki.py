"""A TiddlyWiki's tiddlers exported as JSON ("export all": `tiddlers.json`), their wikitext written as Markdown.

The export is a list of tiddlers, each a flat object of strings: `title`, `text`, `tags`, `created` and `modified`
(17-digit stamps, `20240311183002115`) and any field the user added. Its `text` is TiddlyWiki's own markup, which
no reader of Markdown knows: `!!` headings, `*` and `#` items (bulleted, numbered), `|!Head|…|` tables, `<<<`
quotation blocks, `[[Title]]` and `[[label|url]]` or `[ext[label|url]]` links, `''bold''` and `//italic//`,
`<<macros>>` and `{{transclusions}}`. Each `text` is rewritten in the Markdown it means, line for line, and the
export is read as any JSON export of notes is.
"""

from __future__ import annotations

import json
import re

_STAMP = re.compile(r'"created"\s*:\s*"[0-9]{17}"')
_HEADING = re.compile(r"^(?P<marks>!{1,6})[ \t]*(?P<text>.*)$")
_ITEM = re.compile(r"^(?P<marks>[*#]+)[ \t]+(?P<text>.*)$")
_TABLE_ROW = re.compile(r"^\|.*\|[a-z]?[ \t]*$")
_LINK = re.compile(r"\[(?:ext)?\[(?P<label>[^\[\]|]+)\|(?P<target>[^\[\]]+)\]\]")
_MACRO = re.compile(r"<<[^<>]*>>|\{\{[^{}]*\}\}")
_BOLD = re.compile(r"''(?P<text>[^'\n]+)''")
_ITALIC = re.compile(r"(?<![:/])//(?P<text>[^/\n]+)//")


def looks_like_tiddlers(text: str) -> bool:
    head = text[:4000]
    return head.lstrip().startswith("[") and '"title"' in head and _STAMP.search(head) is not None


def tiddlers_to_json(text: str) -> str | None:
    """The export with each tiddler's `text` in Markdown; None when it is no tiddlers' list."""
    try:
        tiddlers = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(tiddlers, list) or not all(isinstance(tiddler, dict) for tiddler in tiddlers):
        return None
    for tiddler in tiddlers:
        if isinstance(tiddler.get("text"), str) and tiddler.get("type") in (None, "", "text/vnd.tiddlywiki"):
            tiddler["text"] = wikitext_to_markdown(tiddler["text"])
    return json.dumps(tiddlers, ensure_ascii=False, indent=1)


def wikitext_to_markdown(text: str) -> str:
    """TiddlyWiki's markup as the Markdown it means, line for line (see the module's docstring)."""
    out: list[str] = []
    in_table = False
    for raw in text.split("\n"):
        line = _LINK.sub(_link, raw.rstrip())  # (first: a link's `|` is no cell's)
        if _TABLE_ROW.match(line):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            header = all(cell.startswith("!") for cell in cells if cell)
            row = "| " + " | ".join(_inline(cell.lstrip("!")) for cell in cells) + " |"
            if not in_table and not header:
                out += ["| " + " | ".join("" for _ in cells) + " |", "|" + " --- |" * len(cells)]
            out.append(row)
            if header:
                out.append("|" + " --- |" * len(cells))
            in_table = True
            continue
        if in_table:
            out.append("")
            in_table = False
        if line.startswith("<<<"):
            out.append("")  # (a quotation block's fence: its lines are read as they stand)
            continue
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading is not None:
            out.append("#" * len(heading.group("marks")) + " " + _inline(heading.group("text")))
        elif item is not None:
            marks = item.group("marks")
            marker = "1." if marks[-1] == "#" else "-"
            out.append("  " * (len(marks) - 1) + f"{marker} {_inline(item.group('text'))}")
        else:
            out.append(_inline(line))
    return "\n".join(out)


def _link(match: re.Match[str]) -> str:
    """A link to a page of the web as a Markdown link; a link to another tiddler as `[[Title]]`, which the readers
    know as a note's link."""
    target = match.group("target").strip()
    if target.startswith(("http://", "https://")):
        return f"[{match.group('label')}]({target})"
    return f"[[{target}]]"


def _inline(text: str) -> str:
    """A line's emphasis as Markdown's, its macros and transclusions left out."""
    text = _MACRO.sub("", text)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    return _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
