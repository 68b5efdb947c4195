"""An OPML outline (`.opml`: Dynalist, WorkFlowy, Logseq, OmniOutliner and feed readers export them) as Markdown.

Each `<outline>` becomes a list item at its depth, its `text` the item's line and its `_note` (the outliners'
note) a paragraph of the item below it, so that a node is an entry as a list item with its
sub-items is in any Markdown digest. The document's `<head>` (its title, owner and dates) is its title alone.
"""

_MAX_DEPTH = 64  # levels of nesting read at most (a deeper outline is no reading list)


def looks_like_opml(text: str, name: str) -> bool:
    """An `.opml` file, or XML whose root is `<opml>`."""
    if name.casefold().endswith(".opml"):
        return True
    head = text[:2000].lstrip("\ufeff \t\r\n")
    return head.startswith(("<?xml", "<opml")) and "<opml" in head


def opml_to_markdown(text: str) -> str | None:
    """The outline as a Markdown list under its title, or None when `text` is no OPML."""
    from xml.etree.ElementTree import ParseError  # (only for outlines: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))  # (a digest is outside text: defusedxml expands no entity)
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "opml":
        return None
    lines: list[str] = []
    title = root.findtext("head/title")
    if title and title.strip():
        lines += [f"# {title.strip()}", ""]
    body = root.find("body")
    pending = [(node, 0) for node in reversed(body.findall("outline"))] if body is not None else []
    while pending:
        node, depth = pending.pop()
        indent = "  " * depth
        words = " ".join((node.get("text") or node.get("title") or "").split())
        link = node.get("url") or node.get("htmlUrl") or node.get("xmlUrl")
        if link and link not in words:
            words = f"{words} {link}".strip()
        if words:
            lines.append(f"{indent}- {words}")
            note = [line.strip() for line in (node.get("_note") or "").splitlines() if line.strip()]
            if note:  # (a paragraph of the item's own, not more words of its line)
                lines.append("")
                lines.extend(f"{indent}  {line}" for line in note)
                lines.append("")
        if depth < _MAX_DEPTH:
            pending.extend((child, depth + 1) for child in reversed(node.findall("outline")))
    return "\n".join(lines) + "\n"
