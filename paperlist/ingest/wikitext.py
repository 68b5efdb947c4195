"""MediaWiki wikitext (a Wikipedia article, a lab wiki's page) as Markdown, for the Markdown reader.

An article cites its papers in `<ref>{{cite journal |title=... |arxiv=...}}</ref>` templates inside its prose:
each becomes one entry of a `## References` list (`Authors, “Title,” Venue, Year. arXiv:ID. URL`) where the
article puts its `{{Reflist}}`, so the reference-list reader reads it as any other citation. Books, web pages,
news and theses are cited with their kind marked (`(book)`), which keeps them out. Everything else is turned
into its Markdown: headings, bold and italics, wiki links as their text, lists; infoboxes, maths and other
templates are left out.
"""

import re

# A page in wikitext: citation templates and refs, `== Heading ==` lines, `[[links]]`, `'''bold'''`.
_SIGNS = re.compile(
    r"\{\{\s*(?:cite|citation)\b|<ref[\s>]|^=+[^=\n]+=+[ \t]*$|\[\[[^\[\]\n]+\]\]|'''", re.I | re.M
)
_REF = re.compile(r"<ref(?:\s[^>]*)?/>|<ref(?:\s[^>]*)?>(?P<body>.*?)</ref\s*>", re.I | re.S)
_REFLIST = re.compile(
    r"\{\{\s*reflist\b[^{}]*\}\}|<references\s*/>|<references>.*?</references>", re.I | re.S
)
_DROPPED_TAGS = re.compile(
    r"<(math|gallery|syntaxhighlight|source|timeline|score)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_HEADING = re.compile(r"^(={1,6})[ \t]*(.+?)[ \t]*\1[ \t]*$", re.M)
_FILE_LINK = re.compile(
    r"\[\[(?:File|Image|Category|Datei|Fichier|Archivo|Kategorie|Catégorie):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]",
    re.I,
)
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_EXTERNAL_LINK = re.compile(r"(?<!\[)\[(https?://[^\s\]]+)(?:[ \t]+([^\]\n]+))?\]")
_LIST_ITEM = re.compile(r"^([*#:;]+)[ \t]*", re.M)
_TEXT_TEMPLATES = (
    "lang",
    "nowrap",
    "nobr",
    "small",
    "smaller",
    "big",
    "abbr",
    "transl",
    "noitalic",
    "keypress",
)
# Citation templates of things that are no papers, and the mark the reference reader knows them by.
_KINDS = {
    "book": "book",
    "web": "website",
    "news": "news",
    "magazine": "news",
    "press release": "news",
    "thesis": "thesis",
    "av media": "video",
    "video": "video",
    "podcast": "podcast",
    "episode": "video",
    "speech": "talk",
    "interview": "news",
    "tweet": "thread",
}


def looks_like_wikitext(text: str) -> bool:
    """Whether `text` is wikitext: citation templates or refs, or headings, links and bold in wiki markup."""
    head = text[:20000]
    if "{{" not in head and "[[" not in head and "'''" not in head:
        return False
    kinds = {match.group(0)[:2] for match in _SIGNS.finditer(head)}
    return len(kinds) >= 3 or ("{{" in kinds and "<r" in kinds)


# MoinMoin's and Trac's WikiFormatting, which share MediaWiki's `= Heading =` and bold in triple quotes: a link to an
# address in double brackets (`[[https://…|text]]`), tables of `||` cells (`||<tablewidth="100%"> cell ||`, Trac's
# header cells `||= Name =||`), a page's processing instructions (`#format wiki`, `## comment`), macros
# (`<<TableOfContents>>`, `[[PageOutline]]`), `{{{ … }}}` code blocks, `~-small-~` text and Trac's `!WikiWord`.
_ADDRESS_LINK = re.compile(r"\[\[(?P<url>https?://[^\[\]|\s]+)(?:\|(?P<text>[^\[\]\n]*))?\]\]")
_MOIN_ROW = re.compile(r"^[ \t]*\|\|(?P<cells>.*)\|\|[ \t]*$")
_CELL_ATTRIBUTES = re.compile(r"^[ \t]*(?:<[^<>\n]*>[ \t]*)+")
_PROCESSING = re.compile(r"\A(?:#[^\n]*\n)+")
_MACRO = re.compile(
    r"<<[^<>\n]*>>|\[\[(?:PageOutline|TOC|TitleIndex|RecentChanges|Image)\b[^\[\]\n]*\]\]|\[=#[^\]\n]*\]"
)
_CODE_BLOCK = re.compile(
    r"^[ \t]*\{\{\{(?:#!(?P<parser>[\w\-]*)[^\n]*)?\n(?P<code>.*?)^[ \t]*\}\}\}[ \t]*$", re.M | re.S
)
# A `{{{#!…` block that holds the page's own text, not code: MoinMoin's `#!wiki` section, namu wiki's `#!folding`
# (a table folded under a caption) and its styled `#!wiki` boxes.
_TEXT_SECTIONS = frozenset({"wiki", "folding", "creole", "html"})
_SIZED = re.compile(r"~-(?P<small>.*?)-~|~\+(?P<big>.*?)\+~")
_ESCAPED_WORD = re.compile(r"(?<![\w!])!(?=[A-Z][a-z]+[A-Z])")


def _moin_trac(text: str) -> str:
    """MoinMoin's and Trac's own signs as Markdown (or as the MediaWiki markup the rest converts)."""
    if text.startswith("#"):  # (each instruction's line left blank: every line keeps its number)
        text = _PROCESSING.sub(lambda match: "\n" * match.group(0).count("\n"), text)
    text = _CODE_BLOCK.sub(
        lambda match: (
            "\n" + match.group("code")  # (its text on its own lines: every line keeps its number)
            if (match.group("parser") or "").casefold() in _TEXT_SECTIONS
            else "```\n" + match.group("code") + "```"
        ),
        text,
    )
    text = _MACRO.sub("", text)
    text = _ADDRESS_LINK.sub(
        lambda match: f"[{(match.group('text') or match.group('url')).strip()}]({match.group('url')})", text
    )
    text = _SIZED.sub(lambda match: match.group("small") or match.group("big") or "", text)
    text = _ESCAPED_WORD.sub("", text)
    if "||" not in text:
        return text
    out: list[str] = []
    in_table = False
    for line in text.split("\n"):
        row = _MOIN_ROW.match(line)
        if row is None:
            in_table = False
            out.append(line)
            continue
        cells = [
            _CELL_ATTRIBUTES.sub("", cell).strip().strip("=").strip().replace("|", "\\|")
            for cell in row.group("cells").split("||")
        ]
        if not in_table and out and not out[-1].strip():
            # (the header row moves up onto the blank line above it, to make room for Markdown's rule under it:
            # every row keeps its line's number)
            out[-1] = "| " + " | ".join(cells) + " |"
            out.append("|" + " --- |" * len(cells))
            in_table = True
            continue
        out.append("| " + " | ".join(cells) + " |")
        if not in_table:
            out.append("|" + " --- |" * len(cells))
            in_table = True
    return "\n".join(out)


def wikitext_to_markdown(text: str) -> str:
    """The page as Markdown, its citations gathered in a `## References` list (see the module's docstring)."""
    references: list[str] = []
    text = _moin_trac(text)

    def ref(match: re.Match[str]) -> str:
        body = match.group("body")
        if body and body.strip():
            cited = _inline(_templates(body, citation=True)).strip()
            if cited and cited not in references:
                references.append(cited)
        return ""

    text = _DROPPED_TAGS.sub("", text)
    text = _REF.sub(ref, text)
    listed = "\n".join(f"{number}. {cited}" for number, cited in enumerate(references, 1))
    placed = False

    def reflist(_: re.Match[str]) -> str:
        nonlocal placed
        if placed:
            return ""
        placed = True
        return f"\n{listed}\n"

    text = _REFLIST.sub(reflist, text)
    text = _tables(_LIST_ITEM.sub(_list_marker, _templates(text, citation=True)))
    text = _inline(_HEADING.sub(lambda match: "#" * len(match.group(1)) + " " + match.group(2), text))
    if references and not placed:
        text = f"{text.rstrip()}\n\n## References\n\n{listed}\n"
    return text


def _list_marker(match: re.Match[str]) -> str:
    marks = match.group(1)
    depth = "  " * (len(marks) - 1)
    last = marks[-1]
    if last == "*":
        return f"{depth}- "
    if last == "#":
        return f"{depth}1. "
    return depth  # (`:` indents, `;` a term: as plain lines)


def _inline(text: str) -> str:
    text = _FILE_LINK.sub("", text)
    text = _WIKI_LINK.sub(lambda match: match.group(1), text)
    text = _EXTERNAL_LINK.sub(
        lambda match: f"[{match.group(2).strip()}]({match.group(1)})" if match.group(2) else match.group(1),
        text,
    )
    text = text.replace("'''''", "***").replace("'''", "**").replace("''", "*")
    return re.sub(r"<br\s*/?>", " ", text, flags=re.I)


def _templates(text: str, *, citation: bool) -> str:
    """`text` with each template replaced: a citation by its citation text, a few formatting templates by their
    text, any other (an infobox, `{{citation needed}}`) by nothing."""
    if "{{" not in text:
        return text
    pieces: list[str] = []
    position = 0
    while True:
        start = text.find("{{", position)
        if start < 0:
            pieces.append(text[position:])
            return "".join(pieces)
        end = _closing(text, start)
        pieces.append(text[position:start])
        if end < 0:  # (unclosed: the rest is left as it is)
            pieces.append(text[start:])
            return "".join(pieces)
        pieces.append(_template(text[start + 2 : end - 2], citation=citation))
        position = end


def _closing(text: str, start: int) -> int:
    """The end of the template opening at `start` (after its `}}`), or -1."""
    depth = 0
    position = start
    while position < len(text) - 1:
        pair = text[position : position + 2]
        if pair == "{{":
            depth += 1
            position += 2
        elif pair == "}}":
            depth -= 1
            position += 2
            if depth == 0:
                return position
        else:
            position += 1
    return -1


def _template(inner: str, *, citation: bool) -> str:
    parts = _split_params(inner)
    name = " ".join(parts[0].split()).casefold()
    if name.startswith(("cite ", "vcite")) or name == "citation":
        return _citation(name.removeprefix("cite ").removeprefix("vcite "), parts[1:]) if citation else ""
    if name in _TEXT_TEMPLATES and len(parts) > 1:
        return _templates(parts[-1].split("=", 1)[-1], citation=False)
    if name in ("arxiv", "arxiv ref") and len(parts) > 1:
        return f"arXiv:{parts[1].strip()}"
    return ""


def _split_params(inner: str) -> list[str]:
    """A template's name and parameters, split at the `|`s outside nested templates and links."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    position = 0
    while position < len(inner):
        pair = inner[position : position + 2]
        if pair in ("{{", "[["):
            depth += 1
            current.append(pair)
            position += 2
            continue
        if pair in ("}}", "]]"):
            depth = max(0, depth - 1)
            current.append(pair)
            position += 2
            continue
        char = inner[position]
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        position += 1
    parts.append("".join(current))
    return parts


def _citation(kind: str, params: list[str]) -> str:
    """A citation template as one reference-list entry: `Authors, “Title,” Venue, Year. arXiv:ID. URL (kind)`."""
    values: dict[str, str] = {}
    for param in params:
        key, equals, value = param.partition("=")
        if equals:
            cleaned = " ".join(_inline(_templates(value, citation=False)).split()).strip()
            if cleaned:
                values[key.strip().casefold()] = cleaned
    title = values.get("title", "")
    chapter = values.get("chapter") or values.get("contribution")
    venue = (
        values.get("journal") or values.get("conference") or values.get("book-title") or values.get("work")
    )
    mark = _KINDS.get(kind)
    if kind == "book" and chapter:  # a paper in proceedings cited as a chapter of the book
        title, venue, mark = chapter, title, None
    if not title:
        return ""
    title = title.replace("“", "'").replace("”", "'").replace('"', "'")
    pieces = [f"{_authors(values)}, “{title},”" if _authors(values) else f"“{title},”"]
    if venue or values.get("website") or values.get("publisher"):
        pieces.append(f"{venue or values.get('website') or values.get('publisher')},")
    year = values.get("year") or values.get("date", "")[-4:]
    pieces.append(f"{year}." if year else "")
    arxiv = values.get("arxiv") or values.get("eprint")
    if arxiv:
        pieces.append(f"arXiv:{arxiv}.")
    if values.get("url"):
        pieces.append(values["url"])
    if values.get("doi"):
        pieces.append(f"https://doi.org/{values['doi']}")
    if mark:
        pieces.append(f"({mark})")
    return " ".join(piece for piece in pieces if piece)


def _authors(values: dict[str, str]) -> str:
    if values.get("vauthors") or values.get("authors"):
        return values.get("vauthors") or values.get("authors") or ""
    names: list[str] = []
    for number in ("", *map(str, range(1, 31))):
        last = values.get(f"last{number}") or values.get(f"surname{number}")
        first = values.get(f"first{number}") or values.get(f"given{number}")
        author = values.get(f"author{number}")
        if last:
            names.append(f"{first} {last}" if first else last)
        elif author:
            names.append(author)
    if not names:
        return ""
    etal = values.get("display-authors", "").casefold() == "etal"
    return ", ".join(names) + (" et al." if etal else "")


def _tables(text: str) -> str:
    """Wiki tables (`{| ... |}`) as Markdown tables: one row a line, cells between `|`."""
    if "{|" not in text:
        return text
    out: list[str] = []
    row: list[str] = []
    in_table = False
    header_done = False

    def flush() -> None:
        nonlocal header_done
        if row:
            out.append("| " + " | ".join(row) + " |")
            if not header_done:
                out.append("|" + "---|" * len(row))
                header_done = True
            row.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("{|"):
            in_table, header_done = True, False
            continue
        if not in_table:
            out.append(line)
            continue
        if stripped.startswith("|}"):
            flush()
            in_table = False
            out.append("")
            continue
        if stripped.startswith("|-"):
            flush()
        elif stripped.startswith("|+"):
            out.append(stripped[2:].strip())
        elif stripped.startswith(("|", "!")):
            separator = "!!" if stripped.startswith("!") else "||"
            for cell in stripped[1:].split(separator):
                # (`style="..." | text`: the attributes before a single bar)
                row.append(
                    cell.split("|", 1)[-1].strip() if "|" in cell and "[" not in cell else cell.strip()
                )
        elif row:
            row[-1] += " " + stripped
    flush()
    return "\n".join(out)
