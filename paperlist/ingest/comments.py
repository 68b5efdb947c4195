"""A program's source file read for its comments: the writer's words without their marks, its code left out.

A researcher keeps a list of papers in a module's documentation (a Haddock header's `= References`), above the
functions that implement them (`-- | After "Title" (ICML 2022)`), or in a script's comments. Each language marks a
comment its own way, so a source is known by its name's suffix (`_SYNTAXES`): C-like ones (SystemVerilog, shaders and
Arduino sketches too) by `//` and `/* … */`, VHDL and Ada by `--`, Haskell-like ones by `--` and `{- … -}` (Haddock's
`-- |`, `-- ^`, `-- *` and `{-|` marks too; TidalCycles sessions too), Lua by `--` and `--[[ … ]]`, ML-like ones by
`(* … *)`, TLA+ by `\\*` and `(* … *)`, Lisps by `;`, Erlang and MATLAB by `%` (MATLAB's `%{ … %}` blocks), R, Ruby,
Perl, Nim, Elixir, Nix and GDScript by `#` (R's roxygen `#'`). A comment's words keep their line, so that a sentence
wrapped over two comment lines reads on; a line of code is blank, so that a comment is a paragraph of its own and
never headed by the code above it — unless the code holds a link, words in quotes or an arXiv id in quotes (a table of
papers written as data), which is kept as it is. An example in a comment (`>>> f 0.2`, a doctest's prompt) is code
too. OCaml's comments are written in odoc's markup, read as the Markdown it means (`odoc_to_markdown`).

Scripts that say what they are by their first line (`#!/bin/bash`), and Python and Julia sources, keep their code
(`comments_as_text` takes only the `#` off): their strings are often the list itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from paperlist.ids import BARE_ID


@dataclass(frozen=True)
class CommentSyntax:
    """How a language marks a comment: a line comment's mark (at the start of a line, after its indent), and a
    block comment's opening and closing marks (or none)."""

    line: re.Pattern[str] | None
    block: tuple[str, str] | None = None
    block_not: str | None = None  # (an opening that is code: Haskell's `{-#` pragma)
    starred: bool = False  # (a block's lines each open with ` * `, as C's `/* … */` blocks are written)


def _line_mark(mark: str) -> re.Pattern[str]:
    return re.compile(rf"^(?P<indent>[ \t]*)(?:{mark})[ \t]?", re.MULTILINE)


# Haddock's marks after `--`: `|` (documents what follows), `^` (what precedes), `*` (a section), `$name` (a chunk);
# `-->` or `--|` with no space is an operator, not a comment.
_DASHES = _line_mark(r"--+(?![!#$%&*+./<=>?@\\^|~:])(?:[ \t]*(?:[|^]|\*+|\$\w*)(?=[ \t]|$))?")
_SLASHES = _line_mark(r"//+[!/]?")
_SLASH = CommentSyntax(_SLASHES, ("/*", "*/"), starred=True)
_HASKELL = CommentSyntax(_DASHES, ("{-", "-}"), block_not="{-#")
_SYNTAXES: dict[str, CommentSyntax] = {
    **dict.fromkeys(
        [
            "c",
            "h",
            "cc",
            "cpp",
            "cxx",
            "hpp",
            "cu",
            "cuh",
            "go",
            "rs",
            "java",
            "kt",
            "kts",
            "scala",
            "swift",
            "cs",
            "dart",
            "ts",
            "tsx",
            "jsx",
            "zig",
            "groovy",
            "sol",
            "proto",
            # (hardware description, shader and sketch languages: SystemVerilog, Arduino, Processing, OpenSCAD,
            # GLSL, HLSL, WGSL, QML)
            "sv",
            "svh",
            "vh",
            "ino",
            "pde",
            "scad",
            "glsl",
            "hlsl",
            "wgsl",
            "frag",
            "vert",
            "qml",
        ],
        _SLASH,
    ),
    # (VHDL and Ada: `--`)
    **dict.fromkeys(["vhd", "vhdl", "adb", "ads"], CommentSyntax(_line_mark(r"--+"))),
    # (and TidalCycles sessions, Haskell run live: `.tidal`)
    **dict.fromkeys(["hs", "elm", "purs", "agda", "idr", "tidal"], _HASKELL),
    "lua": CommentSyntax(_line_mark(r"--+(?!\[=*\[)"), ("--[[", "]]")),
    **dict.fromkeys(["ml", "mli", "sml"], CommentSyntax(None, ("(*", "*)"))),
    # (TLA+: `\*` and `(* … *)`)
    "tla": CommentSyntax(_line_mark(r"\\\*"), ("(*", "*)")),
    **dict.fromkeys(["fs", "fsi", "fsx"], CommentSyntax(_SLASHES, ("(*", "*)"))),
    **dict.fromkeys(
        ["el", "lisp", "cl", "clj", "cljs", "cljc", "scm", "ss", "rkt", "fnl"],
        CommentSyntax(_line_mark(r";+")),
    ),
    **dict.fromkeys(["erl", "hrl"], CommentSyntax(_line_mark(r"%+"))),
    "vb": CommentSyntax(_line_mark(r"'+")),
    "m": CommentSyntax(_line_mark(r"%+(?![{}])"), ("%{", "%}")),
    **dict.fromkeys(
        ["r", "rb", "pl", "pm", "nim", "ex", "exs", "cr", "tcl", "ps1", "nix", "gd"],
        CommentSyntax(_line_mark(r"#+'?(?![!\[{])")),
    ),
}

_ODOC: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\{!(?:[a-z]+-)?(?P<name>[^{}\s]+)\}"), r"`\g<name>`"),
    (re.compile(r"\{([bie])[ \t\n]+(?P<words>[^{}]*)\}"), r"*\g<words>*"),
    (
        re.compile(r"\{\{:(?P<url>[^{}\s]+)\}[ \t\n]*(?P<words>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"),
        r"[\g<words>](\g<url>)",
    ),
    (re.compile(r"\{:(?P<url>[^{}\s]+)\}"), r"\g<url>"),
    (
        re.compile(r"^(?P<indent>[ \t]*)\{[1-6][ \t]+(?P<words>[^{}\n]*)\}", re.MULTILINE),
        r"\g<indent>## \g<words>",
    ),
    (re.compile(r"^(?P<indent>[ \t]*)\{(?:ul|ol)[ \t]*$", re.MULTILINE), r""),
    (re.compile(r"^(?P<indent>[ \t]*)\{[-+][ \t]*", re.MULTILINE), r"\g<indent>- "),
)
_RDOC_WRAPPED = re.compile(
    r"<(?P<tag>em|i|b|tt)>(?P<first>[^<>\n]*)\n[ \t]*(?P<second>[^<>\n]*)</(?P=tag)>(?P<rest>[^\n]*)"
)
_RDOC: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?P<marks>={1,6})[ \t]+", re.MULTILINE), "# "),
    (re.compile(r"</?(?:em|i)>"), "*"),
    (re.compile(r"</?(?:b|strong)>"), "**"),
    (re.compile(r"</?(?:tt|code)>"), "`"),
    (re.compile(r"(?<![\w+])\+(?P<name>[\w:./-]+)\+(?![\w+])"), r"`\g<name>`"),
    (
        re.compile(r"\{(?P<words>[^{}\n]+)\}\[(?P<url>(?:https?|ftp|mailto):[^\]\s]+)\]"),
        r"[\g<words>](\g<url>)",
    ),
    (re.compile(r"(?<![\w\]])(?P<word>\w+)\[(?P<url>https?://[^\]\s]+)\]"), r"[\g<word>](\g<url>)"),
)
_ODOC_CLOSING = re.compile(r"\}(?=[ \t]*$)", re.MULTILINE)
# (and a literate script's mark for its text, Pweave's and knitr's `spin`: `#' Words`)
_SCRIPT_COMMENT = re.compile(r"^(?P<indent>[ \t]*)#+'?(?![!\[])[ \t]?", re.MULTILINE)
# A literate script's chunk header, the options of the code below it (`#+ name, echo=False`): no words of the text.
_CHUNK_OPTIONS = re.compile(r"^[ \t]*#\+(?:[ \t].*)?$", re.MULTILINE)
_SCRIPT_SUFFIXES = (".py", ".jl")
# Words in quotes (three or more make a title, or a table's cell), in a line of code that is kept.
_QUOTED = re.compile(r"[\"'“](?P<inner>[^\"'“”\n]{5,300})[\"'”]")
_STAR = re.compile(r"^(?P<indent>[ \t]*)\*+(?!/)[ \t]?")  # (` * ` before each line of a `/* … */` block)
_DOC_MARK = re.compile(r"^[|^*!]")  # (a documentation block's mark after its opening: `{-|`, `/**`, `/*!`)
_DOCTEST = re.compile(r"^[ \t]*(?:>>>|λ>|ghci>)[ \t]")  # (an example's prompt in a comment)


def comments_as_text(text: str, name: str, *, read_elsewhere: bool = False) -> str:
    """`text` as the words of its comments when `name` (or its first line) says it is a program's source, else as
    it is. `read_elsewhere` says another reader reads it by its own shape (a notebook saved as a Python source, a
    Lua data file): left as it is."""
    if read_elsewhere:
        return text
    if text.startswith("#!") or name.casefold().endswith(_SCRIPT_SUFFIXES):
        if "#+" in text:
            text = _CHUNK_OPTIONS.sub("", text)
        return _SCRIPT_COMMENT.sub(r"\g<indent>", text)
    suffix = name.casefold().rsplit("/", 1)[-1].rpartition(".")[2]
    syntax = _SYNTAXES.get(suffix)
    if syntax is None or not _has_comments(text, syntax):
        return text  # (a data file under a source's name is left as it is)
    words = "\n".join(_commented_lines(text.split("\n"), syntax))
    if suffix in ("ml", "mli") and "{" in words:
        return odoc_to_markdown(words)
    if suffix in _JAVADOC_SUFFIXES and ("<cite" in words or "{@" in words):
        return javadoc_to_markdown(words)
    if suffix in _XMLDOC_SUFFIXES and _XMLDOC_SIGN.search(words) is not None:
        return xmldoc_to_markdown(words)
    return rdoc_to_markdown(words) if suffix == "rb" else words


def javadoc_to_markdown(text: str) -> str:
    """Javadoc's (and KDoc's, Scaladoc's) inline tags as the words they show, line for line: `{@link Name label}`
    its label, `{@code …}` code, `<cite>Title</cite>` the title in quotes, as the writer's sentence cites it (its
    HTML blocks, `<p>`, `<ul>`, `<a href>`, are read as HTML is, in place)."""
    for pattern, replacement in _JAVADOC:
        text = pattern.sub(replacement, text)
    return text


_JAVADOC_SUFFIXES = frozenset(["java", "kt", "kts", "scala", "groovy"])
_XMLDOC_SUFFIXES = frozenset(["cs", "fs", "fsi", "fsx", "vb"])
_XMLDOC_SIGN = re.compile(r"<(?:summary|remarks|para|see|seealso)\b")
_XMLDOC: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"<(?P<tag>see|seealso|a)[ \t]+href=\"(?P<url>[^\"\s]+)\"[ \t]*>(?P<words>[^<\n]+)</(?P=tag)>"
        ),
        r"[\g<words>](\g<url>)",
    ),
    (re.compile(r"<(?:see|seealso)[ \t]+href=\"(?P<url>[^\"\s]+)\"[ \t]*/>"), r"\g<url>"),
    # (a name the comment points to: a type or member (`T:`, `M:` for its kind), a parameter, a keyword)
    (
        re.compile(
            r"<(?:see|seealso|paramref|typeparamref)[ \t]+(?:cref|langword|name)=\"(?:[A-Z]:)?(?P<name>[^\"]+)\"[ \t]*/>"
        ),
        r"`\g<name>`",
    ),
    (re.compile(r"<c>(?P<code>[^<\n]*)</c>"), r"`\g<code>`"),
    (re.compile(r"<term>(?P<term>[^<\n]*)</term>[ \t]*"), r"\g<term>: "),
    (re.compile(r"^(?P<indent>[ \t]*)<item>[ \t]*", re.MULTILINE), r"\g<indent>- "),
    (re.compile(r"^(?P<indent>[ \t]*)</?code>[ \t]*$", re.MULTILINE), r"\g<indent>```"),
)
# (every other documentation tag: its words are kept, the tag is not)
_XMLDOC_TAG = re.compile(
    r"</?(?:summary|remarks|para|returns|value|example|exception|param|typeparam|list|listheader|item|description"
    r"|term|code|inheritdoc|include|permission|copyright|see|seealso|a)\b[^<>\n]*>"
)
_JAVADOC: tuple[tuple[re.Pattern[str], str], ...] = (
    # (`{@link #name(Type, Type)}`, `{@link Name label}`: the label, else the name)
    (re.compile(r"\{@(?:link|linkplain)[ \t]+[^\s(){}]+(?:\([^(){}]*\))?[ \t]+([^{}\n]+)\}"), r"\1"),
    (re.compile(r"\{@(?:link|linkplain|code|literal|value)[ \t]+([^{}\n]+)\}"), r"`\1`"),
    # (a cited work's title in the writer's sentence: read as a quoted one is)
    (re.compile(r"<cite>([^<\n]+)</cite>", re.IGNORECASE), r"“\1”"),
)


def xmldoc_to_markdown(text: str) -> str:
    """.NET's XML documentation comments (C#'s, F#'s and Visual Basic's `///` and `'''`) as Markdown, line for line:
    `<see href="url">words</see>` a link, `<see cref="Name"/>` and `<c>…</c>` code, `<item><description>` a list
    item, `<code>` an example's fence; the other tags (`<summary>`, `<para>`, `<param name="…">`) are left out and
    their words kept, and the XML's entities (`&amp;`, `&lt;`) read as the characters they stand for."""
    for pattern, replacement in _XMLDOC:
        text = pattern.sub(replacement, text)
    return unescape(_XMLDOC_TAG.sub("", text))


def odoc_to_markdown(text: str) -> str:
    """OCaml's documentation markup (odoc's) as Markdown, line for line: `{{:url} text}` a link, `{!Name}` a
    name, `{b …}`/`{i …}`/`{e …}` emphasis, `{1 …}` a heading, `{ul`/`{ol` and `{- …}` a list and its items;
    a brace that closes one of them is left out."""
    for pattern, replacement in _ODOC:
        text = pattern.sub(replacement, text)
    return _ODOC_CLOSING.sub("", text)


def rdoc_to_markdown(text: str) -> str:
    """Ruby's documentation markup (RDoc's) as Markdown, line for line: `= Title` a heading, `<em>`/`<i>` and
    `<b>` emphasis, `<tt>` and `+name+` code, `{text}[url]` and `word[url]` links. An emphasis its writer wrapped
    onto the next line (`<em>Title … Improving` / `Generalization</em>`) is put on one line, the second left
    blank, so that the title it marks is read whole."""
    text = _RDOC_WRAPPED.sub(r"<\g<tag>>\g<first> \g<second></\g<tag>>\g<rest>\n", text)
    for pattern, replacement in _RDOC:
        text = pattern.sub(replacement, text)
    return text


def _has_comments(text: str, syntax: CommentSyntax) -> bool:
    return (syntax.block is not None and syntax.block[0] in text) or (
        syntax.line is not None and syntax.line.search(text) is not None
    )


# A string that is an arXiv id and nothing else.
_QUOTED_ID = re.compile(BARE_ID)


def _commented_lines(lines: list[str], syntax: CommentSyntax) -> list[str]:
    """A source's lines: a comment's words without its marks (a block comment's lines without the indent they
    share, so that none reads as Markdown's code), a line of code that holds a link or words in quotes as it is,
    any other line of code (and an example's prompt) blank."""
    opening, closing = syntax.block or ("", "")
    in_block = False
    out: list[str] = []
    block: list[int] = []  # (the lines of the block comment being read)
    for line in lines:
        stripped = line.lstrip()
        opens = not in_block and bool(opening) and stripped.startswith(opening)
        if opens and syntax.block_not is not None and stripped.startswith(syntax.block_not):
            opens = False
        if in_block or opens:
            start = line.find(opening) + len(opening) if opens else 0
            end = line.find(closing, start)
            in_block = end < 0
            words = line[start:] if end < 0 else line[start:end]
            if opens:
                words = _DOC_MARK.sub("", words, count=1).lstrip()
            elif syntax.starred:
                words = _STAR.sub(r"\g<indent>", words, count=1)
            block.append(len(out))
            out.append("" if _DOCTEST.match(words) else words.rstrip())
            if not in_block:
                _dedent(out, block[1:])
                block = []
        elif syntax.line is not None and (mark := syntax.line.match(line)) is not None:
            words = line[mark.end() :]
            out.append("" if _DOCTEST.match(words) else words)  # (a comment's place in the code is no indent)
        elif "://" in line or any(
            quoted.group("inner").count(" ") >= 2 or _QUOTED_ID.fullmatch(quoted.group("inner"))
            for quoted in _QUOTED.finditer(line)
        ):
            out.append(line)  # (and a string that is an arXiv id: `:arxiv "2006.05990"`, a record's field)
        else:
            out.append("")
    _dedent(out, block[1:])
    return out


def _dedent(out: list[str], lines: list[int]) -> None:
    """The indent these lines share (blank ones aside) taken off each."""
    written = [out[line] for line in lines if out[line].strip()]
    if not written:
        return
    shared = min(len(text) - len(text.lstrip(" \t")) for text in written)
    for line in lines:
        out[line] = out[line][shared:]
