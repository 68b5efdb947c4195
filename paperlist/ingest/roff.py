"""A troff source (groff's `-ms`, `-me`, `-mm`, `-mom` documents, a man page) as Markdown.

A line opening with `.` (or `'`) is a request or a macro: `.TL` opens the title, `.NH`/`.SH`/`.SS` a heading,
`.PP`/`.LP` a paragraph, `.IP`/`.TP` an item; `.I`/`.B` (and `.IR`, `.BI` …) set their arguments in a font; `.TS` …
`.TE` is a tbl table (its format lines, then rows with tab-separated cells); `.EQ` … `.EN` an equation, `.de` … `..`
a macro's definition (no text). Between `.[` and `.]` is a refer citation, its fields a line each (`%A` an author,
`%T` the title, `%J`/`%B` where it appeared, `%D` the date, `%O`/`%U` a link): written as a reference of its own.
Escapes are characters (`\\(em` a dash, `\\('e` é, `\\[u00E9]` é), fonts (`\\fI…\\fP`) emphasis, `\\"` a comment.
"""

from __future__ import annotations

import re
import unicodedata

# Requests and macros of the troff packages; enough of them on a file's first lines make it a troff source.
_MACRO_LINE = re.compile(r"^[.'][ \t]*(?P<name>[A-Za-z\[\]][A-Za-z0-9\[\]]?|\\\")(?=[ \t]|$)", re.MULTILINE)
_KNOWN = frozenset(
    [
        "TH",
        "SH",
        "SS",
        "PP",
        "LP",
        "P",
        "TP",
        "IP",
        "TL",
        "AU",
        "AI",
        "AB",
        "AE",
        "NH",
        "R1",
        "R2",
        "[",
        "]",
        "TS",
        "TE",
        "EQ",
        "EN",
        "DS",
        "DE",
        "ds",
        "nr",
        "de",
        "so",
        "ft",
        "sp",
        "br",
        "in",
        "fi",
        "nf",
        "B",
        "I",
        "BI",
        "IR",
        "RI",
        "BR",
        "RB",
        "IB",
        "HP",
        "RS",
        "RE",
        "UR",
        "UE",
        "MT",
        "ME",
        "QP",
        "XP",
        "FS",
        "FE",
        "KS",
        "KE",
        "ND",
        "DA",
        "RP",
        "H",
        "HU",
        "AL",
        "BL",
        "LI",
        "LE",
        "ML",
        "VL",
        "pp",
        "lp",
        "ip",
        "np",
        "sh",
        "uh",
    ]
)
_NAMES = (".ms", ".me", ".mm", ".mom", ".man", ".roff", ".tr", ".groff", ".nroff", ".troff", ".tmac")
_MAN_SECTION = re.compile(r"\.[1-9][a-z]{0,3}$")

_CHARACTERS = {
    "em": "—",
    "en": "–",
    "hy": "-",
    "dg": "†",
    "dd": "‡",
    "bu": "•",
    "co": "©",
    "rg": "®",
    "tm": "™",
    "lq": "“",
    "rq": "”",
    "oq": "‘",
    "cq": "’",
    "aq": "'",
    "dq": '"',
    "Fo": "«",
    "Fc": "»",
    "ga": "`",
    "aa": "´",
    "ti": "~",
    "ha": "^",
    "mu": "×",
    "di": "÷",
    "+-": "±",
    "<=": "≤",
    ">=": "≥",
    "!=": "≠",
    "->": "→",
    "<-": "←",
    "sc": "§",
    "de": "°",
    "ss": "ß",
    "ae": "æ",
    "AE": "Æ",
    "o/": "ø",
    "O/": "Ø",
    "ff": "ff",
    "fi": "fi",
    "fl": "fl",
    "rs": "\\",
    "sl": "/",
    "ba": "|",
    "ci": "○",
    "sq": "□",
    "sh": "#",
    "at": "@",
    "Do": "$",
    "lB": "[",
    "rB": "]",
    "lC": "{",
    "rC": "}",
    "la": "⟨",
    "ra": "⟩",
}
# Accents composed over a letter (`\('e`, `\(:u`, `\(~n`, `\(,c`, `\(^o`, `` \(`a ``, `\(oa`).
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    ":": "\u0308",
    "^": "\u0302",
    "~": "\u0303",
    ",": "\u0327",
    "o": "\u030a",
    "v": "\u030c",
}
_ESCAPE = re.compile(
    r"\\(?:\((?P<two>..)|\[(?P<long>[^\]\n]{1,20})\]|f(?:\((?P<font2>..)|\[(?P<fontl>[^\]\n]*)\]|(?P<font>.))"
    r"|\*(?:\(..|\[[^\]\n]*\]|.)|s[+-]?(?:\([0-9]{2}|\[[0-9]+\]|[0-9])|[hvwlLoDxXNbZ]'[^'\n]*'|k.|n(?:\(..|\[[^\]\n]*\]|.)"
    r"|(?P<plain>.))"
)
_REFER_FIELD = re.compile(r"^%(?P<key>[A-Z0-9])[ \t]*(?P<value>.*)$")


def looks_like_roff(text: str, name: str) -> bool:
    """A troff source: by its name (`.ms`, `.me`, a man page's `.1` …) with macro lines, or by its first lines,
    most of whose requests are the troff packages' macros."""
    head = text[:20_000]
    if not head.startswith((".", "'")) and "\n." not in head and "\n'" not in head:
        return False  # (no line opens on a request: cheap test first)
    macros = [match.group("name") for match in _MACRO_LINE.finditer(head)]
    known = sum(1 for macro in macros if macro in _KNOWN or macro == '\\"')
    base = name.casefold().rsplit("/", 1)[-1].split("?", 1)[0]
    if base.endswith(_NAMES) or _MAN_SECTION.search(base):
        return known >= 3
    lines = sum(1 for line in head.split("\n") if line.strip())
    return (
        known >= 8
        and known * 5 >= lines
        and any(macro in ("TH", "SH", "TL", "NH", "PP", "LP") for macro in macros)
    )


def roff_to_markdown(text: str) -> str:
    """The source's text as Markdown (see the module's docstring)."""
    out: list[str] = []
    lines = text.lstrip("\ufeff").split("\n")
    index = 0
    pending: str | None = None  # (a heading's or an item's marks, for the text line after its macro)
    references: list[str] = []  # (refer's citations, in the order they are cited)
    while index < len(lines):
        line = lines[index]
        index += 1
        while line.endswith("\\") and not line.endswith("\\\\") and index < len(lines):
            line = line[:-1] + lines[index]  # (an escaped newline joins the next line)
            index += 1
        if line[:1] not in (".", "'"):
            inline = _inline(line)
            if pending is not None and inline.strip():
                out.append(pending + inline)
                if pending.startswith("#"):
                    out.append("")  # (a heading is a line of its own)
                pending = None
            else:
                out.append(inline)
            continue
        request = line[1:].strip()
        name, _, rest = request.partition(" ")
        rest = rest.strip()
        if name.startswith('\\"') or not name:
            continue
        if name == "[":
            fields: list[tuple[str, str]] = []
            while index < len(lines) and not lines[index].startswith(".]"):
                field = _REFER_FIELD.match(lines[index])
                if field is not None:
                    fields.append((field.group("key"), _inline(field.group("value")).strip()))
                index += 1
            index += 1
            if any(key == "T" for key, _ in fields):
                # (cited where it stands by its first author's name and year, listed with the others at the end,
                # as refer prints them)
                references.append(_reference(fields))
                _append(out, f"[{_label(fields)}]", None)
            continue
        if name in ("TS",):
            table, index = _table(lines, index)
            out.extend(["", *table, ""])
            continue
        if name in ("EQ", "de", "ig", "R1", "PS", "G1", "GS"):
            end = {"EQ": ".EN", "de": "..", "ig": "..", "R1": ".R2", "PS": ".PE", "G1": ".G2", "GS": ".GE"}[
                name
            ]
            while index < len(lines) and not lines[index].startswith(end):
                index += 1
            index += 1
            continue
        pending = None
        if name == "TL":
            pending = "# "
        elif name in ("NH", "SH", "SS", "H", "HU", "sh", "uh"):
            depth = 3 if name in ("SS",) else 2
            words = _arguments(rest)
            if name in ("H", "sh") and words:
                words = words[1:]  # (the level first)
            if name == "NH":
                words = []
            if words:
                out.extend(["", "#" * depth + " " + _inline(" ".join(words)), ""])
            else:
                out.append("")
                pending = "#" * depth + " "
        elif name in (
            "PP",
            "LP",
            "P",
            "QP",
            "XP",
            "pp",
            "lp",
            "AB",
            "AE",
            "br",
            "sp",
            "DS",
            "DE",
            "RS",
            "RE",
            "FS",
            "FE",
        ):
            out.append("")
        elif name in ("IP", "TP", "HP", "LI", "ip", "np", "bu"):
            words = _arguments(rest)
            label = _inline(words[0]).strip() if words and name in ("IP", "ip", "LI") else ""
            out.append("")
            if name == "TP":
                pending = "- "
            elif label and label not in ("•", "-", "*") and not label.isdigit():
                pending = "- " + label + " "
            else:
                pending = "- "
        elif name in ("AU", "AI"):
            out.append("")
        elif name in ("I", "B", "BI", "IB", "IR", "RI", "BR", "RB", "SM", "SB", "CW", "UL", "BX"):
            words = _arguments(rest)
            if not words and index < len(lines):
                words = [lines[index]]  # (the font for the next line)
                index += 1
            if name in ("I", "B", "CW", "UL", "BX", "SM", "SB"):
                mark = "*" if name == "I" else "**" if name == "B" else ""
                said = _inline(words[0]) if words else ""
                after = "".join(_inline(word) for word in words[1:])
                piece = f"{mark}{said}{mark}{after}" if said else after
            else:
                # (`.BR "notetool announce" .`: the arguments in the two fonts by turns, run together)
                marks = [_font_mark(name[0]), _font_mark(name[1])]
                piece = "".join(
                    f"{marks[turn % 2]}{_inline(word)}{marks[turn % 2]}" if word else ""
                    for turn, word in enumerate(words)
                )
            _append(out, piece, pending)
            pending = None
        elif name in ("UR", "pdfhref"):
            words = _arguments(rest)
            address = next((word for word in words if word.startswith(("http://", "https://"))), None)
            if address is not None:
                label = " ".join(words[words.index("--") + 1 :]) if "--" in words else ""
                _append(out, f"[{_inline(label) or address}]({address})" if label else address, pending)
                pending = None
        elif name in ("URL",):
            words = _arguments(rest)
            if words:
                _append(out, f"[{_inline(words[1]) if len(words) > 1 else words[0]}]({words[0]})", pending)
    if references:
        out.extend(["", "## References", ""])
        out.extend(f"{number}. {reference}" for number, reference in enumerate(references, 1))
    return "\n".join(out)


def _label(fields: list[tuple[str, str]]) -> str:
    """A citation's label in the text: its first author's surname and its year (`Hochreiter 1997`)."""
    author = next((value for key, value in fields if key == "A"), "")
    surname = (
        author.replace(",", " ").split()[-1] if "," not in author and author.split() else author.split(",")[0]
    )
    year = re.search(r"(?:19|20)[0-9]{2}", next((value for key, value in fields if key == "D"), ""))
    return " ".join(part for part in (surname, year.group(0) if year else "") if part)


def _append(out: list[str], piece: str, pending: str | None) -> None:
    """A font macro's words: on the line being written (troff fills them into one paragraph)."""
    if pending is not None:
        out.append(pending + piece)
    elif out and out[-1].strip():
        out[-1] = out[-1] + ("" if piece[:1] in ".,;:)" else " ") + piece
    else:
        out.append(piece)


def _arguments(rest: str) -> list[str]:
    """A request's arguments: words, or strings in double quotes (`""` a quote inside)."""
    words: list[str] = []
    position = 0
    while position < len(rest):
        if rest[position] in " \t":
            position += 1
            continue
        if rest[position] == '"':
            end = position + 1
            word = ""
            while end < len(rest):
                if rest[end] == '"':
                    if rest[end + 1 : end + 2] == '"':
                        word += '"'
                        end += 2
                        continue
                    break
                word += rest[end]
                end += 1
            words.append(word)
            position = end + 1
            continue
        if rest.startswith('\\"', position):
            break  # (a comment)
        end = position
        while end < len(rest) and rest[end] not in " \t":
            end += 1
        words.append(rest[position:end])
        position = end
    return words


def _reference(fields: list[tuple[str, str]]) -> str:
    """A refer citation as a reference line: its authors, its title in emphasis, where and when it appeared,
    its links."""
    authors = [value for key, value in fields if key in ("A", "E") and value]
    title = next((value for key, value in fields if key == "T" and value), "")
    where = [value for key, value in fields if key in ("J", "B", "I", "C") and value]
    volume = next((value for key, value in fields if key == "V"), "")
    pages = next((value for key, value in fields if key == "P"), "")
    date = next((value for key, value in fields if key == "D"), "")
    others = [value for key, value in fields if key in ("R", "O", "U", "L") and value]
    parts: list[str] = []
    if authors:
        parts.append(", ".join(authors[:-1]) + (" and " if len(authors) > 1 else "") + authors[-1] + ".")
    if title:
        parts.append(f"*{title.rstrip('.')}*.")
    venue = ", ".join(where)
    if volume:
        venue += f" {volume}"
    if pages:
        venue += f", {pages}"
    if date:
        venue += f" ({date})" if venue else date
    if venue.strip():
        parts.append(venue.strip() + ".")
    parts.extend(others)
    return " ".join(parts)


def _table(lines: list[str], index: int) -> tuple[list[str], int]:
    """A tbl table (after `.TS`): its options and format lines, then rows of tab-separated cells, to `.TE`."""
    rows: list[list[str]] = []
    in_format = True
    tab = "\t"
    while index < len(lines) and not lines[index].startswith(".TE"):
        line = lines[index]
        index += 1
        if in_format:
            found = re.search(r"tab\s*\((.)\)", line)
            if found is not None:
                tab = found.group(1)
            if line.rstrip().endswith("."):
                in_format = False
            continue
        if line.startswith((".", "'")) or line.strip() in ("_", "=", ""):
            continue
        rows.append([_inline(cell).strip() for cell in line.split(tab)])
    index += 1
    if not rows:
        return [], index
    width = max(len(row) for row in rows)
    table = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    return [table[0], "|" + " --- |" * width, *table[1:]], index


def _inline(line: str) -> str:
    """A text line's escapes as the characters they print, its fonts as Markdown emphasis."""
    if "\\" not in line:
        return line
    font = "R"
    pieces: list[str] = []
    position = 0
    for match in _ESCAPE.finditer(line):
        pieces.append(line[position : match.start()])
        position = match.end()
        if match.group("two") is not None:
            pieces.append(_character(match.group("two")))
        elif match.group("long") is not None:
            pieces.append(_character(match.group("long")))
        elif (chosen := match.group("font") or match.group("font2") or match.group("fontl")) is not None:
            chosen = {"1": "R", "2": "I", "3": "B", "P": "R"}.get(chosen, chosen)
            if chosen != font:
                pieces.append(_font_mark(font) + _font_mark(chosen))
                font = chosen
        elif (plain := match.group("plain")) is not None:
            if plain == '"':
                break  # (a comment to the line's end)
            pieces.append(
                {
                    "-": "-",
                    "e": "\\",
                    " ": " ",
                    "~": " ",
                    "0": " ",
                    "\\": "\\",
                    ".": ".",
                    "'": "´",
                    "`": "`",
                    "t": "\t",
                    "c": "",
                    "&": "",
                    "|": "",
                    "^": "",
                    "%": "",
                    "/": "",
                    ",": "",
                    ")": "",
                    "{": "",
                    "}": "",
                    "p": "",
                    "a": "",
                    "E": "\\",
                }.get(plain, plain)
            )
    else:
        pieces.append(line[position:])
    pieces.append(_font_mark(font))
    return "".join(pieces).replace("**" + "**", "").replace("*" + "*", "")


def _font_mark(font: str) -> str:
    return "*" if font == "I" else "**" if font in ("B", "BI") else ""


def _character(name: str) -> str:
    """A special character by its name: `em`, `'e`, `u00E9`, `u0065_0301`."""
    if name in _CHARACTERS:
        return _CHARACTERS[name]
    if len(name) == 2 and name[0] in _ACCENTS and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + _ACCENTS[name[0]])
    if name.startswith("u") and re.fullmatch(r"u[0-9A-Fa-f]{4,6}(?:_[0-9A-Fa-f]{4,6})*", name):
        return unicodedata.normalize("NFC", "".join(chr(int(code, 16)) for code in name[1:].split("_")))
    return ""
