"""A Typst document (`.typ`: lecture notes, a paper's draft) as the Markdown it means, line for line.

`= Heading` is a heading, `+ item` a numbered item, `#link("URL")[Text]` a link, `_Title_` and `*Title*` emphasis,
`#footnote[...]` its words in place; a dictionary's `key: "value"` fields (`title: "..."`, `arxiv: "1409.0473"`)
are `key: value` lines that the field reader reads; set, show, let and import rules, comments and `#bibliography`
are no prose.
"""

import re

_HEADING = re.compile(r"^(=+)[ \t]+", re.M)
_NUMBERED = re.compile(r"^([ \t]*)\+[ \t]+", re.M)
_TERM = re.compile(r"^([ \t]*)/[ \t]+([^:\n]+):", re.M)  # `/ Term: description`
_LINK = re.compile(
    r"#link\(\s*\"(?P<url>[^\"\n]+)\"\s*\)"
    r"(?:\[(?P<text>[^\[\]]{0,400}(?:\[[^\[\]\n]*\][^\[\]]{0,400})*)\])?"
)
_RULE = re.compile(r"^[ \t]*#(?:set|show|let|import|include|pagebreak|outline|bibliography|v|h)\b.*$", re.M)
_COMMENT = re.compile(r"(?<![:/])//.*$", re.M)
_FIELD = re.compile(r"^([ \t]*)(?P<key>[A-Za-z][\w-]*):[ \t]*\"(?P<value>[^\"\n]*)\",?[ \t]*$", re.M)
_FUNCTION_OPEN = re.compile(
    r"#(?:footnote|note|remark|definition|block|align|text|figure|emph|strong)\b(?:\([^()\n]*\))?\["
)
_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")

SUFFIXES = (".typ",)


def looks_like_typst(text: str, name: str) -> bool:
    """A `.typ` file, or text whose rules and links are Typst's (`#set`, `#let`, `#link("...")[...]`)."""
    if name.casefold().endswith(SUFFIXES):
        return True
    head = text[:20000]
    return head.count("#set ") + head.count("#let ") >= 2 and "#link(" in head


def typst_to_markdown(text: str) -> str:
    """The document as Markdown, line for line (see the module's docstring)."""
    text = _COMMENT.sub("", text)
    text = _RULE.sub("", text)
    text = _FIELD.sub(
        lambda match: f"{match.group(1)}{match.group('key').title()}: {match.group('value')}", text
    )
    text = _LINK.sub(_link, text)
    text = text.replace("#footnote[", " (")  # (a footnote's words in place, in parentheses; its `]` is left)
    text = _FUNCTION_OPEN.sub("", text)  # (their closing `]` is left: it harms no title)
    text = _HEADING.sub(lambda match: "#" * min(6, len(match.group(1))) + " ", text)
    text = _NUMBERED.sub(lambda match: f"{match.group(1)}1. ", text)
    text = _TERM.sub(lambda match: f"{match.group(1)}- **{match.group(2).strip()}**:", text)
    return _STRONG.sub(lambda match: f"**{match.group(1)}**", text)


def _link(match: re.Match[str]) -> str:
    """`[Text](URL)`; a text wrapped over lines is one line, the lines it took kept after it (line for line)."""
    url, label = match.group("url"), match.group("text")
    if not label or not label.strip():
        return url
    return f"[{' '.join(label.split())}]({url})" + "\n" * label.count("\n")
