"""An AsciiDoc document (`.adoc`: a lab handbook, Antora docs, a GitHub README) as the Markdown it means, line
for line.

`= Title` and `== Section` are headings, `. item` a numbered item, `URL[text]` and `link:URL[text]` links,
attributes (`:url-arxiv: https://arxiv.org/abs`) are put in where `{url-arxiv}` stands, cross-references
(`<<key,text>>`, `xref:page.adoc[text]`) and inline macros (`icon:star[]`, `kbd:[...]`, `footnote:[...]`) keep their
words, listing and literal blocks are code, attribute lines, comments, conditionals and includes are no prose, and a
line's hard break (` +`) is its end.
"""

import re

_ATTRIBUTE = re.compile(r"^:(?P<name>[\w-]+):[ \t]*(?P<value>.*)$")
_REFERENCE = re.compile(r"\{(?P<name>[\w-]+)\}")
_HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]+(?=\S)")
_NUMBERED = re.compile(r"^(?P<dots>\.{1,5})[ \t]+(?=\S)")
_BULLET = re.compile(r"^(?P<stars>\*{1,5})[ \t]+(?=\S)")
_NO_PROSE = re.compile(
    r"^(?://.*|\[[^\]]*\]|(?:ifdef|ifndef|ifeval|endif|include|image|video|audio|toc)::.*|\+|:[\w-]+!?:.*)$"
)
_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|/{4,}|`{3}.*)$")
_LINK = re.compile(r"(?:link:)?(?P<url>https?://[^\s\[\]]+)\[(?P<text>[^\]\n]*)\]")
_CROSS_REFERENCE = re.compile(r"<<(?P<key>[^,>\n]+)(?:,[ \t]*(?P<text>[^>\n]+))?>>")
_ANCHOR = re.compile(r"\[\[\[?[^\[\]\n]*\]\]\]?[ \t]*")  # (`[[[ntm,1]]]` opens a bibliography entry)
_XREF = re.compile(r"xref:[^\[\s]+\[(?P<text>[^\]\n]*)\]")
_MACRO = re.compile(r"\b(?:icon|kbd|btn|menu|stem|latexmath|asciimath|pass|footnote|anchor)(?::[\w-]*)?\[")

SUFFIXES = (".adoc", ".asciidoc", ".asc")


def looks_like_asciidoc(text: str, name: str) -> bool:
    """An `.adoc` file, or text whose title and attributes are AsciiDoc's (`= Title` then `:attribute:` lines)."""
    if name.casefold().endswith(SUFFIXES):
        return True
    head = text[:4000]
    return head.startswith("= ") and len(re.findall(r"^:[\w-]+:", head, re.MULTILINE)) >= 3


def asciidoc_to_markdown(text: str) -> str:
    """The document as Markdown, line for line (see the module's docstring)."""
    attributes: dict[str, str] = {}
    out: list[str] = []
    fenced = ""
    for line in text.split("\n"):
        stripped = line.rstrip()
        if fenced:
            # (a comment block closes on nothing, as it opened: a fence there would open a code block over the
            # rest of the document)
            out.append("```" if stripped == fenced and not fenced.startswith("/") else "")
            fenced = "" if stripped == fenced else fenced
            continue
        if _DELIMITER.match(stripped):
            if stripped.startswith("/"):
                fenced = stripped  # a comment block: nothing in it is prose
                out.append("")
            else:
                fenced = (
                    "```" if stripped.startswith("`") else stripped
                )  # (a fence closes with its bare marks)
                out.append("```")
            continue
        attribute = _ATTRIBUTE.match(stripped)
        if attribute is not None:
            attributes[attribute.group("name")] = attribute.group("value")
            out.append("")
            continue
        if _NO_PROSE.match(stripped):
            out.append("")
            continue
        if "{" in stripped:
            stripped = _REFERENCE.sub(
                lambda match: attributes.get(match.group("name"), match.group(0)), stripped
            )
        if stripped.endswith(" +"):
            stripped = stripped[:-2].rstrip()  # (`Title +`: a hard line break, the line's end as written)
        out.append(_inline(_block_start(stripped)))
    return "\n".join(out)


def _block_start(line: str) -> str:
    heading = _HEADING.match(line)
    if heading is not None:
        return "#" * len(heading.group("marks")) + " " + line[heading.end() :]
    numbered = _NUMBERED.match(line)
    if numbered is not None:
        return "   " * (len(numbered.group("dots")) - 1) + "1. " + line[numbered.end() :]
    bullet = _BULLET.match(line)
    if bullet is not None:
        return "  " * (len(bullet.group("stars")) - 1) + "- " + line[bullet.end() :]
    if line.startswith(".") and not line.startswith("..") and len(line) > 1 and line[1] != " ":
        return ""  # `.Block title`: a caption of the block below
    return line


def _inline(line: str) -> str:
    if "[[" in line:
        line = _ANCHOR.sub("", line)
    if "[" in line:
        line = _LINK.sub(
            lambda match: (
                f"[{(match.group('text') or match.group('url')).rstrip('^')}]({match.group('url')})"
            ),
            line,
        )
        line = _XREF.sub(lambda match: match.group("text"), line)
        line = _MACRO.sub("[", line).replace("[]", "")
    if "<<" in line:
        line = _CROSS_REFERENCE.sub(lambda match: match.group("text") or match.group("key"), line)
    return line
