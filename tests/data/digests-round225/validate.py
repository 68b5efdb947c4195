r"""Checks round225/expected.json against the digests and the shared catalogues.

Adapted from round223/validate.py (the label checks are the same code; the reuse report is round223's with round224 /
round225 in place of round222 / round223; round225 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round224's and round225's own (a digests-round224 / digests-round225 folder, or a file whose bytes equal round224's or
round225's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round225 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round224's expected.json (read only, from
/work/rounds/digests-round224/ or /work/main/tests/data/digests-round224/, when it exists), and on a paper in more
than one round225 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2267 .xpdfrc (one option per line, not indented, none twice but bind / unbind; known options; yes/no, enumerated
values, colours, quoted command strings, urlCommand with %s, initialZoom; no comment after a value; `bind KEY CONTEXT
COMMAND…` with key-name shapes, known contexts, no key+context twice, known commands with or without `(argument)` as
each needs, numeric arguments, `run(xdg-open URL)` with one URL; initialZoom and textEncoding present);
2268 .ratpoisonrc (known commands, not indented, quotes closed; escape KEY; startup_message on|off; `set` of known
variables with integer / gravity / colour / enumerated / string values, none twice; bind / definekey with key shapes,
no key twice per keymap, keymaps made by newkmap first; readkey of a known keymap; alias and addhook (known hooks);
commands known or aliased; `exec xdg-open URL` with one URL; an escape key present);
2269 .myclirc (configobj INI: known sections, none twice, no key before the first, `key = value`, none twice per
section; quoted values closed with no inner quote of their kind; an unquoted value with a comma (a list) or a quote
reported; [main] known options, True/False, enumerations, a number; [colors] style strings; [favorite_queries] quoted
SQL starting with a statement, single quotes paired, `$1..$n` placeholders, a final `;` (multi_line is on), URLs well
formed; [alias_dsn] mysql:// DSNs; [main] and [favorite_queries] present);
2270 AppDaemon apps.yaml (`YamlLite`, round223's block-YAML subset parser, with its checks; app names, module and
class shapes, dependencies on known apps, known constraints, entity-id domains, `notify/…` services, constrain_days,
HH:MM:SS times, an input_boolean constraint; the `artikler` list: known keys, weeks 1–53 once each, a title, one of
url (well formed) / arxiv (a quoted id));
2271 Grace project (.agr) (`# Grace project file` first; every other line a `#` comment, an `@` command, a data row
or `&`; known top-level commands and graph properties after `@with g0`; @version, map colours 0–255, axis scales,
quoted titles, set comments and legends; each `@target G0.Sn` followed by `@type xy`, rows of two numbers and `&`;
data once per set, sets with properties and data both; points inside the world, x > 0 on a log axis);
2272 .procmailrc (assignments of known variables, `$VAR` only after it is set; recipes `:0 [flags] [:lock]` with
known flags, none twice; `*` conditions that compile as regular expressions (or `?` / `<` / `>` tests); one action per
recipe — a folder, `| command`, `! address` or a `{ … }` block; no blank or comment line inside a recipe's head;
blocks closed; MAILDIR and DEFAULT set);
2273 kanata .kbd (S-expressions with `;;` and `#| |#` comments, strings closed, parentheses balanced; known forms;
defcfg key / value pairs with known values; defsrc of known keys, none twice; defvar; aliases once each; every layer
as long as defsrc; keys known, `_` / `XX`, `@alias` and `$var` defined; actions known with their argument counts,
tap-hold times, layers existing; `cmd` only with `danger-enable-cmd yes`, `cmd xdg-open URL` with one URL; every alias
in some layer);
2274 OpenArena autoexec.cfg (Quake III console: `//` comments; top-level seta / set / bind / unbind / echo / exec /
vstr, not indented, one command per line; `seta|set|bind NAME "VALUE"`; known cvars, none twice, numbers where
numeric; known key names, none bound twice; bind and set strings split on `;` into known commands — weapon 1–13,
vote yes|no, say with ASCII text of at most 150 characters, vstr of a variable that is set somewhere, set NAME VALUE;
quotes closed; a name set);
2275 Pulsar snippets.cson (CSON subset: `'key':` lines at indentation 0 (scope selectors, once each), 2 (snippet
names, once per scope) and 4 (known fields, once each); values single- or double-quoted, or a triple-quoted block closed;
no `#{` interpolation in double-quoted strings; prefix and body in every snippet, prefixes once per scope; tab stops
`$N` / `${N:…}` closed; Markdown links in bodies well formed);
2276 Gentoo make.conf (`NAME="value"` or `NAME=value`, not indented; known variables, none twice; `${VAR}` only after
it is set; MAKEOPTS, EMERGE_DEFAULT_OPTS, PORTAGE_NICENESS, FEATURES, CPU_FLAGS_X86 (known, sorted), VIDEO_CARDS, USE
(flag shapes, none twice), Python targets, L10N, mirrors, paths and ACCEPT_LICENSE shapes; COMMON_FLAGS, CFLAGS, USE
and MAKEOPTS present).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""



import tomllib, ast, base64, csv, hashlib, html, itertools, json, math, os, re, sys, unicodedata
from decimal import Decimal
from html.parser import HTMLParser
import xml.etree.ElementTree as ET
import datetime as dt
from collections import Counter
from urllib.parse import quote, unquote, unquote_plus, urlsplit, parse_qsl
ROOT = os.path.dirname(os.path.abspath(__file__))
DIG = os.path.join(ROOT, "digests")
exp = json.load(open(os.path.join(ROOT, "expected.json")))
pool, distract = {}, []
for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json"):
    for e in json.load(open(p)):
        if e.get("role") == "distractor":
            distract.append(e); continue
        if not e.get("title") and not e.get("arxiv_id"):
            continue
        key = e["arxiv_id"] or ("title:" + (e["title"] or ""))
        pool.setdefault(key, e)
no_arxiv_titles = {e["title"].lower(): e for e in pool.values() if not e["arxiv_id"] and e["title"]}
distract_ids = {e["arxiv_id"] for e in distract if e.get("arxiv_id")}
pool_ids = {e["arxiv_id"] for e in pool.values() if e["arxiv_id"]}

# titles written with a deviation from the catalogue (case changes need no entry: titles are compared case-blind)
DEVIATIONS = {}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []
FIELDS = ("arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id")
for _f, _recs in exp.items():
    for _r in _recs:
        for _k in FIELDS:
            if _k not in _r:
                errors.append(f"{_f}: a record without {_k}"); _r[_k] = "" if _k in ("title", "evidence") else None

def num(f):
    return int(f.split("_")[0])
# ================================================================ round225 shape checks
def lines_of(f, raw, final=True, eol="\n"):
    """a saved file: `eol` line ends only, a final line end, no trailing blanks"""
    if eol == "\n" and "\r" in raw: errors.append(f"{f}: CR characters")
    if final and not raw.endswith(eol): errors.append(f"{f}: no final newline")
    L = raw[:-len(eol)].split(eol) if raw.endswith(eol) else raw.split(eol)
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
    return L


def balanced(f, s, pairs="()[]{}", where=""):
    st = []
    op, cl = pairs[0::2], pairs[1::2]
    for ch in s:
        if ch in op: st.append(ch)
        elif ch in cl:
            if not st or op.index(st.pop()) != cl.index(ch): errors.append(f"{f}: brackets not balanced{where}"); return
    if st: errors.append(f"{f}: brackets not closed{where}")


def content(L, c="#"):
    """(line number, line) for the lines that are neither blank nor comments"""
    return [(n, l) for n, l in enumerate(L, 1) if l.strip() and not l.lstrip().startswith(c)]


def code_bare(f, s, line_comment, quotes='"', block=None, interp=False):
    """strip comments and string literals (backslash escapes; strings end on their line); report strings not closed.
    `block` = (open, close) of block comments"""
    out, i = [], 0
    while i < len(s):
        if block and s.startswith(block[0], i):
            j = s.find(block[1], i + len(block[0]))
            if j < 0: errors.append(f"{f}: block comment not closed"); break
            i = j + len(block[1]); continue
        if s.startswith(line_comment, i):
            j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        ch = s[i]
        if ch in quotes:
            j = i + 1
            while j < len(s) and s[j] != ch and s[j] != "\n":
                if s[j] == "\\": j += 1
                j += 1
            if j >= len(s) or s[j] != ch:
                errors.append(f"{f}: string not closed at {s[i:i + 30]!r}"); i = j; continue
            out.append(ch + ch); i = j + 1; continue
        out.append(ch); i += 1
    return "".join(out)


def url_ok(u):
    return re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(?:/\S*)?", u) is not None


def one_url_open(f, where, args, opener="xdg-open"):
    """`xdg-open URL` (or another opener) with exactly one well-formed URL"""
    if len(args) != 2 or args[0] != opener or not url_ok(args[1]):
        errors.append(f"{f}: {where}: `{opener} URL` wanted, got {' '.join(args)[:60]!r}")


# ---------------------------------------------------------------- a block-style YAML subset (round223's, used by 2270)
class YamlLite:
    """mappings, sequences (of mappings or scalars), plain / quoted scalars, flow lists of scalars, folded / literal
    block scalars, `#` comments, `---` / `...` markers; reports tabs, indentation, duplicate keys, unclosed quotes"""

    def __init__(self, f, raw):
        self.f, self.L, self.i = f, raw.rstrip("\n").split("\n"), 0

    def err(self, n, m):
        errors.append(f"{self.f}: line {n}: {m}")

    def peek(self):
        while self.i < len(self.L):
            s = self.L[self.i]
            if not s.strip() or s.lstrip().startswith("#") or s in ("---", "..."): self.i += 1; continue
            if "\t" in s[:len(s) - len(s.lstrip())]: self.err(self.i + 1, "tab in indentation")
            return len(s) - len(s.lstrip(" ")), s.strip()
        return None

    def node(self, ind):
        p = self.peek()
        if p is None: return None
        return self.seq(ind) if p[1] == "-" or p[1].startswith("- ") else self.map(ind)

    def map(self, ind):
        d = {}
        while True:
            p = self.peek()
            if p is None or p[0] < ind or p[1] == "-" or p[1].startswith("- "):
                if p is not None and p[0] > ind: self.err(self.i + 1, "a sequence item inside a mapping"); self.i += 1; continue
                return d
            n = self.i + 1
            if p[0] > ind: self.err(n, "indentation"); self.i += 1; continue
            m = re.match(r"([\w./-]+|\"[^\"]*\"|'[^']*'):(?: (.*)|$)", p[1])
            if not m: self.err(n, f"not `key: value`: {p[1][:40]!r}"); self.i += 1; continue
            k = m.group(1).strip("'\"")
            if k in d: self.err(n, f"key {k} twice")
            self.i += 1
            d[k] = self.value(m.group(2), ind, n)

    def seq(self, ind):
        out = []
        while True:
            p = self.peek()
            if p is None or p[0] < ind or not (p[1] == "-" or p[1].startswith("- ")): return out
            n = self.i + 1
            if p[0] > ind: self.err(n, "indentation"); self.i += 1; continue
            rest = p[1][2:]
            if re.match(r"([\w./-]+|\"[^\"]*\"|'[^']*'):(?: |$)", rest):
                self.L[self.i] = " " * (ind + 2) + rest
                out.append(self.map(ind + 2))
            else:
                self.i += 1
                out.append(self.scalar(rest, n))

    def value(self, v, ind, n):
        v = (v or "").strip()
        if v[:1] in (">", "|"):
            if not re.fullmatch(r"[>|][-+]?", v): self.err(n, "block scalar header")
            parts = []
            while self.i < len(self.L) and (not self.L[self.i].strip() or len(self.L[self.i]) - len(self.L[self.i].lstrip(" ")) > ind):
                parts.append(self.L[self.i].strip()); self.i += 1
            if not any(parts): self.err(n, "empty block scalar")
            return (" " if v[0] == ">" else "\n").join(x for x in parts if x)
        if v == "" or v.startswith("#"):
            p = self.peek()
            if p is None: return None
            if p[0] > ind: return self.node(p[0])
            if p[0] == ind and (p[1] == "-" or p[1].startswith("- ")): return self.seq(ind)
            return None
        return self.scalar(v, n)

    def scalar(self, v, n):
        v = v.strip()
        if v[:1] in ('"', "'"):
            q, j = v[0], 1
            while j < len(v):
                if q == '"' and v[j] == "\\": j += 2; continue
                if v[j] == q:
                    if q == "'" and v[j + 1:j + 2] == "'": j += 2; continue
                    break
                j += 1
            if j >= len(v): self.err(n, f"string not closed: {v[:30]!r}"); return v[1:]
            rest = v[j + 1:].strip()
            if rest and not rest.startswith("#"): self.err(n, f"text after a quoted scalar: {rest[:20]!r}")
            return v[1:j].replace("''", "'") if q == "'" else v[1:j]
        if v.startswith("["):
            depth_q, j = None, 1
            items, cur = [], ""
            while j < len(v):
                ch = v[j]
                if depth_q:
                    cur += ch
                    if ch == depth_q: depth_q = None
                elif ch in "'\"": depth_q = ch; cur += ch
                elif ch == ",": items.append(cur); cur = ""
                elif ch == "]": items.append(cur); break
                else: cur += ch
                j += 1
            if j >= len(v): self.err(n, "flow list not closed"); return []
            rest = v[j + 1:].strip()
            if rest and not rest.startswith("#"): self.err(n, "text after a flow list")
            return [self.scalar(x, n) for x in items if x.strip()]
        v = re.split(r"\s#", v, 1)[0].strip()
        if v[:1] in ("@", "`", "%", "&", "*", "!", "{", "]", "}"): self.err(n, f"plain scalar starting with a reserved character: {v[:20]!r}")
        if ": " in v: self.err(n, f"`: ` inside a plain scalar: {v[:30]!r}")
        if v in ("true", "false"): return v == "true"
        if re.fullmatch(r"-?\d+", v): return int(v)
        if re.fullmatch(r"-?\d*\.\d+", v): return float(v)
        return v

    def parse(self):
        p = self.peek()
        if p is None: return None
        if p[0] != 0: self.err(self.i + 1, "the document does not start at column 0")
        doc = self.node(0)
        if self.peek() is not None: self.err(self.i + 1, "text after the document ends")
        return doc


# ---------------------------------------------------------------- 2267 .xpdfrc
XP_BOOL = {"initialSidebarState", "reverseVideoInvertImages", "antialias", "vectorAntialias", "textPageBreaks",
           "savePageNumbers", "continuousView", "enableFreeType", "initialToolbarState", "strokeAdjust"}
XP_ENUM = {"initialDisplayMode": {"single", "continuous", "sideBySideSingle", "sideBySideContinuous", "horizontalContinuous"},
           "textEncoding": {"UTF-8", "Latin1", "ASCII7", "Symbol", "ZapfDingbats", "UCS-2"},
           "textEOL": {"unix", "dos", "mac"}, "psPaperSize": {"letter", "legal", "A4", "A3", "match"}}
XP_COLOR = {"paperColor", "matteColor", "fullScreenMatteColor", "selectionColor"}
XP_STR = {"urlCommand", "launchCommand", "printCommand"}
XP_OTHER = {"initialZoom", "bind", "unbind", "include", "fontDir"}
XP_COLOURS = {"white", "black", "ivory", "gray", "grey", "slategray", "dimgray", "lightgray", "beige", "linen", "wheat",
              "navy", "darkslategray", "whitesmoke", "seashell", "cornsilk"}
XP_CMDS_ARG = {"run", "gotoPage", "scrollDown", "scrollUp", "scrollLeft", "scrollRight", "zoomPercent", "openFile",
               "gotoDest", "scrollDownNextPage", "scrollUpPrevPage"}
XP_CMDS = XP_CMDS_ARG | {"quit", "reload", "zoomFitWidth", "zoomFitPage", "zoomIn", "zoomOut", "gotoLastPage", "pageDown",
                         "pageUp", "nextPage", "prevPage", "toggleFullScreenMode", "fullScreenMode", "windowMode",
                         "continuousMode", "singlePageMode", "toggleSidebar", "toggleToolbar", "find", "findNext",
                         "findPrevious", "copy", "goBackward", "goForward", "open", "print", "saveAs", "rotateCW",
                         "rotateCCW", "followLink", "startSelection", "endSelection", "newTab", "nextTab", "prevTab",
                         "closeTabOrQuit", "about", "help"}
XP_CTX = {"fullScreen", "window", "continuous", "singlePage", "overLink", "offLink", "scrLockOn", "scrLockOff"}


def xp_commands(f, n, s):
    """`name` or `name(args)` separated by blanks; args may hold blanks, not parentheses"""
    out, i = [], 0
    while i < len(s):
        m = re.match(r"(\w+)(\(([^()]*)\))?(?: +|$)", s[i:])
        if not m: errors.append(f"{f}: line {n}: command list {s[i:i + 30]!r}"); return out
        out.append((m.group(1), m.group(3))); i += m.end()
    return out


def check_xpdfrc(f, raw):
    L = lines_of(f, raw)
    seen, bound = set(), set()
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented line")
        w = l.split(None, 1)
        k, rest = w[0], (w[1] if len(w) > 1 else "")
        if k not in XP_BOOL | set(XP_ENUM) | XP_COLOR | XP_STR | XP_OTHER: errors.append(f"{f}: line {n}: unknown option {k}"); continue
        if not rest: errors.append(f"{f}: line {n}: {k} without a value"); continue
        if re.search(r"\s#", re.sub(r'"[^"]*"', '""', rest)): errors.append(f"{f}: line {n}: a comment after a value (xpdf reads it as arguments)")
        if k not in ("bind", "unbind"):
            if k in seen: errors.append(f"{f}: line {n}: {k} set twice")
            seen.add(k)
        if k in XP_BOOL and rest not in ("yes", "no"): errors.append(f"{f}: line {n}: {k} not yes/no")
        if k in XP_ENUM and rest not in XP_ENUM[k]: errors.append(f"{f}: line {n}: {k} value {rest!r}")
        if k in XP_COLOR and not (re.fullmatch(r"#[0-9a-fA-F]{6}", rest) or rest in XP_COLOURS): errors.append(f"{f}: line {n}: {k} colour {rest!r}")
        if k in XP_STR and not re.fullmatch(r'"[^"]+"|\S+', rest): errors.append(f"{f}: line {n}: {k} string {rest!r}")
        if k == "urlCommand" and "%s" not in rest: errors.append(f"{f}: line {n}: urlCommand without %s")
        if k == "initialZoom" and not re.fullmatch(r"\d+|page|width", rest): errors.append(f"{f}: line {n}: initialZoom value")
        if k in ("bind", "unbind"):
            m = re.fullmatch(r"(\S+) (\S+)(?: (.+))?", rest)
            if not m: errors.append(f"{f}: line {n}: not `{k} KEY CONTEXT …`"); continue
            key, ctx, cmds = m.groups()
            if not re.fullmatch(r"(?:(?:shift|ctrl|alt)-)*(?:[!-~]|space|tab|return|enter|backspace|esc|insert|delete|home|end|pgup|pgdn|left|right|up|down|f\d{1,2}|mouse(?:Press|Release|Click|DoubleClick)\d|wheel(?:Up|Down))", key):
                errors.append(f"{f}: line {n}: key name {key!r}")
            if ctx != "any" and not all(c in XP_CTX for c in ctx.split(",")): errors.append(f"{f}: line {n}: context {ctx!r}")
            if (key, ctx) in bound: errors.append(f"{f}: line {n}: {key} bound twice in {ctx}")
            bound.add((key, ctx))
            if k == "unbind":
                if cmds: errors.append(f"{f}: line {n}: unbind takes no command")
                continue
            if not cmds: errors.append(f"{f}: line {n}: bind without a command"); continue
            for name, arg in xp_commands(f, n, cmds):
                if name not in XP_CMDS: errors.append(f"{f}: line {n}: unknown command {name}"); continue
                if (name in XP_CMDS_ARG) != (arg is not None): errors.append(f"{f}: line {n}: {name} {'needs' if name in XP_CMDS_ARG else 'takes no'} argument")
                if name in ("gotoPage", "scrollDown", "scrollUp", "scrollLeft", "scrollRight", "zoomPercent") and arg is not None and not arg.isdigit():
                    errors.append(f"{f}: line {n}: {name}({arg}) not a number")
                if name == "run" and arg and arg.split()[:1] == ["xdg-open"]: one_url_open(f, f"line {n}", arg.split())
    for need in ("initialZoom", "textEncoding"):
        if need not in seen: errors.append(f"{f}: no {need}")


# ---------------------------------------------------------------- 2268 .ratpoisonrc
RP_CMDS = {"escape", "startup_message", "set", "exec", "bind", "unbind", "definekey", "undefinekey", "newkmap",
           "delkmap", "readkey", "alias", "unalias", "addhook", "remhook", "echo", "banish", "warp", "select", "focus",
           "focuslast", "only", "split", "hsplit", "vsplit", "remove", "kill", "delete", "next", "prev", "other",
           "gnew", "gselect", "gnext", "gprev", "colon", "time", "windows", "info", "title", "source", "chdir",
           "setenv", "restart", "quit", "redisplay", "abort", "meta", "fdump", "frestore", "nextscreen", "prevscreen"}
RP_SET = {"font": "S", "border": "I", "barborder": "I", "barpadding": "II", "padding": "IIII", "inputwidth": "I",
          "msgwait": "I", "framemsgwait": "I", "waitcursor": "I", "historysize": "I", "maxundos": "I", "resizeunit": "I",
          "gap": "I", "winname": {"name", "title", "class"}, "bargravity": "G", "wingravity": "G",
          "maxsizegravity": "G", "transgravity": "G", "fgcolor": "C", "bgcolor": "C", "fwcolor": "C", "bwcolor": "C",
          "winliststyle": {"row", "column"}, "startupmessage": "I", "onlyborder": "I", "warp": "I"}
RP_GRAV = {"nw", "n", "ne", "w", "c", "center", "e", "sw", "s", "se"}
RP_HOOKS = {"key", "switchwin", "switchframe", "switchgroup", "quit", "restart", "deletewindow", "newwindow", "titlechanged"}
RP_COLOURS = {"white", "black", "gray", "grey", "steelblue", "navy", "red", "orange", "yellow", "green", "darkgreen",
              "lightgray", "darkgray", "slategray"} | {f"gray{i}" for i in range(101)} | {f"grey{i}" for i in range(101)}


def check_ratpoisonrc(f, raw):
    L = lines_of(f, raw)
    kmaps, aliases, bound, seen_set = {"top", "root"}, set(), set(), set()

    def key_ok(n, k):
        if not re.fullmatch(r"(?:[CMASsH]-)*(?:[A-Za-z0-9]|Print|Return|space|question|exclam|slash|Tab|Escape|Delete|BackSpace|F\d{1,2}|[A-Z][a-z]+)", k):
            errors.append(f"{f}: line {n}: key {k!r}")

    def command(n, words):
        if not words: errors.append(f"{f}: line {n}: empty command"); return
        c = words[0]
        if c not in RP_CMDS and c not in aliases: errors.append(f"{f}: line {n}: unknown command {c}"); return
        if c == "exec":
            if len(words) < 2: errors.append(f"{f}: line {n}: exec without a program")
            if words[1:2] == ["xdg-open"]: one_url_open(f, f"line {n}", words[1:])
        if c == "readkey" and (len(words) != 2 or words[1] not in kmaps): errors.append(f"{f}: line {n}: readkey of an unknown keymap")
        if c in ("echo",) and len(words) < 2: errors.append(f"{f}: line {n}: echo without text")

    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented line")
        if l.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        w = l.split()
        c = w[0]
        if c not in RP_CMDS: errors.append(f"{f}: line {n}: unknown command {c}"); continue
        if c == "escape":
            if len(w) != 2: errors.append(f"{f}: line {n}: escape KEY")
            else: key_ok(n, w[1])
        elif c == "startup_message":
            if w[1:] not in (["on"], ["off"]): errors.append(f"{f}: line {n}: startup_message on|off")
        elif c == "set":
            if len(w) < 3 or w[1] not in RP_SET: errors.append(f"{f}: line {n}: set of an unknown variable"); continue
            if w[1] in seen_set: errors.append(f"{f}: line {n}: {w[1]} set twice")
            seen_set.add(w[1])
            spec, vals = RP_SET[w[1]], w[2:]
            if isinstance(spec, set): ok = len(vals) == 1 and vals[0] in spec
            elif spec == "S": ok = bool(re.fullmatch(r'"[^"]+"|\S+', " ".join(vals)))
            elif spec == "G": ok = len(vals) == 1 and vals[0] in RP_GRAV
            elif spec == "C": ok = len(vals) == 1 and (vals[0] in RP_COLOURS or re.fullmatch(r"#[0-9a-fA-F]{6}", vals[0]) is not None)
            else: ok = len(vals) == len(spec) and all(v.isdigit() for v in vals)
            if not ok: errors.append(f"{f}: line {n}: set {w[1]} value {' '.join(vals)!r}")
        elif c in ("bind", "definekey"):
            km = "root" if c == "bind" else (w[1] if len(w) > 1 else "")
            rest = w[1:] if c == "bind" else w[2:]
            if c == "definekey" and km not in kmaps: errors.append(f"{f}: line {n}: definekey in an unknown keymap {km}")
            if len(rest) < 2: errors.append(f"{f}: line {n}: {c} without a key and a command"); continue
            key_ok(n, rest[0])
            if (km, rest[0]) in bound: errors.append(f"{f}: line {n}: {rest[0]} bound twice in {km}")
            bound.add((km, rest[0]))
            command(n, rest[1:])
        elif c == "unbind":
            if len(w) != 2: errors.append(f"{f}: line {n}: unbind KEY")
        elif c == "newkmap":
            if len(w) != 2 or w[1] in kmaps: errors.append(f"{f}: line {n}: newkmap NAME (new)")
            else: kmaps.add(w[1])
        elif c == "alias":
            if len(w) < 3: errors.append(f"{f}: line {n}: alias NAME COMMAND"); continue
            command(n, w[2:]); aliases.add(w[1])
        elif c == "addhook":
            if len(w) < 3 or w[1] not in RP_HOOKS: errors.append(f"{f}: line {n}: addhook HOOK COMMAND")
            else: command(n, w[2:])
        else:
            command(n, w)
    if "escape" not in {l.split()[0] for _, l in content(L)}: errors.append(f"{f}: no escape key")


# ---------------------------------------------------------------- 2269 .myclirc (configobj INI)
MY_SECTIONS = {"main", "colors", "favorite_queries", "alias_dsn"}
MY_BOOL = {"smart_completion", "multi_line", "destructive_warning", "timing", "wider_completion_menu", "less_chatty",
           "login_path_as_host", "auto_vertical_output", "enable_pager", "null_string"}
MY_MAIN = MY_BOOL | {"log_file", "log_level", "audit_log", "beep_after_seconds", "table_format", "syntax_style",
                     "key_bindings", "prompt", "prompt_continuation", "keyword_casing", "pager"}
MY_ENUM = {"log_level": {"CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG", "NONE"},
           "table_format": {"ascii", "double", "github", "psql", "plain", "simple", "grid", "fancy_grid", "pipe", "orgtbl",
                            "rst", "mediawiki", "html", "latex", "latex_booktabs", "textile", "moinmoin", "jira",
                            "vertical", "tsv", "csv"},
           "syntax_style": {"manni", "igor", "xcode", "vim", "autumn", "vs", "rrt", "native", "perldoc", "borland",
                            "tango", "emacs", "friendly", "monokai", "paraiso", "colorful", "murphy", "bw", "pastie",
                            "trac", "default", "fruity"},
           "key_bindings": {"emacs", "vi"}, "keyword_casing": {"lower", "upper", "auto"}}


def check_myclirc(f, raw):
    L = lines_of(f, raw)
    sec, secs, keys_ = None, [], set()
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented line")
        m = re.fullmatch(r"\[([\w.-]+)\]", l.strip())
        if m:
            sec = m.group(1)
            if sec not in MY_SECTIONS: errors.append(f"{f}: line {n}: unknown section [{sec}]")
            if sec in secs: errors.append(f"{f}: line {n}: section [{sec}] twice")
            secs.append(sec); continue
        m = re.fullmatch(r"([\w.-]+) = (.*)", l.strip())
        if not m: errors.append(f"{f}: line {n}: not `key = value` ({l.strip()[:40]!r})"); continue
        if sec is None: errors.append(f"{f}: line {n}: a key before the first section"); continue
        k, v = m.groups()
        if (sec, k) in keys_: errors.append(f"{f}: line {n}: {k} twice in [{sec}]")
        keys_.add((sec, k))
        if v[:1] in "'\"":
            q = v[0]
            if len(v) < 2 or not v.endswith(q) or q in v[1:-1]: errors.append(f"{f}: line {n}: quoted value not closed or with its quote inside"); continue
            val = v[1:-1]
        else:
            val = re.split(r"\s#", v, 1)[0].strip()
            if "," in val: errors.append(f"{f}: line {n}: an unquoted value with a comma (configobj reads a list)")
            if "'" in val or '"' in val: errors.append(f"{f}: line {n}: a quote inside an unquoted value")
        if sec == "main":
            if k not in MY_MAIN: errors.append(f"{f}: line {n}: unknown option {k}"); continue
            if k in MY_BOOL and val not in ("True", "False"): errors.append(f"{f}: line {n}: {k} not True/False")
            if k in MY_ENUM and val not in MY_ENUM[k]: errors.append(f"{f}: line {n}: {k} value {val!r}")
            if k == "beep_after_seconds" and not re.fullmatch(r"\d+(?:\.\d+)?", val): errors.append(f"{f}: line {n}: beep_after_seconds not a number")
        elif sec == "colors":
            if not re.fullmatch(r"[a-z-]+(?:\.[a-z-]+)*", k): errors.append(f"{f}: line {n}: colour key {k!r}")
            if v[:1] not in "'\"" or not re.fullmatch(r"(?:(?:bg:|fg:)?#[0-9a-fA-F]{6}|bold|italic|underline|noinherit)(?: (?:(?:bg:|fg:)?#[0-9a-fA-F]{6}|bold|italic|underline|noinherit))*", val):
                errors.append(f"{f}: line {n}: colour value {v!r}")
        elif sec == "favorite_queries":
            if v[:1] not in "'\"": errors.append(f"{f}: line {n}: a favourite query not quoted"); continue
            if not re.match(r"(?:SELECT|INSERT|UPDATE|DELETE|SHOW|DESCRIBE|EXPLAIN|WITH)\b", val, re.I): errors.append(f"{f}: line {n}: {k} does not start with an SQL statement")
            if val.count("'") % 2: errors.append(f"{f}: line {n}: {k}: SQL string not closed")
            ph = sorted({int(x) for x in re.findall(r"\$(\d+)", val)})
            if ph and ph != list(range(1, len(ph) + 1)): errors.append(f"{f}: line {n}: {k}: placeholders {ph} not $1..$n")
            if not val.rstrip().endswith(";"): errors.append(f"{f}: line {n}: {k}: no `;` (multi_line is on)")
            for u in re.findall(r"'(https?://[^']*)'", val):
                if not url_ok(u): errors.append(f"{f}: line {n}: {k}: URL {u!r}")
        elif sec == "alias_dsn":
            if not re.fullmatch(r"mysql://(?:[\w.]+(?::[^@\s]+)?@)?[\w.-]+(?::\d+)?(?:/\w+)?", val): errors.append(f"{f}: line {n}: DSN {val!r}")
    for need in ("main", "favorite_queries"):
        if need not in secs: errors.append(f"{f}: no [{need}] section")


# ---------------------------------------------------------------- 2270 AppDaemon apps.yaml
AD_APP_KEYS = {"module", "class", "dependencies", "priority", "log", "plugin", "global_dependencies", "disable",
               "constrain_days", "constrain_start_time", "constrain_end_time", "constrain_input_boolean",
               "constrain_input_select", "constrain_presence"}
AD_DOMAINS = {"light", "switch", "sensor", "binary_sensor", "input_boolean", "input_text", "input_select", "media_player",
              "notify", "tts", "climate", "cover", "person", "automation", "script", "scene", "timer"}
AD_DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def check_appdaemon(f, raw):
    L = lines_of(f, raw)
    d = YamlLite(f, raw).parse()
    if not isinstance(d, dict): errors.append(f"{f}: the document is not a mapping"); return
    for app, cfg in d.items():
        if app == "global_modules": continue
        if not re.fullmatch(r"[a-z][a-z0-9_]*", app): errors.append(f"{f}: app name {app!r}")
        if not isinstance(cfg, dict): errors.append(f"{f}: app {app} not a mapping"); continue
        for need in ("module", "class"):
            if need not in cfg: errors.append(f"{f}: app {app} without {need}")
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", str(cfg.get("module", "")) or "-"): errors.append(f"{f}: {app}: module {cfg.get('module')!r}")
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", str(cfg.get("class", "")) or "-"): errors.append(f"{f}: {app}: class {cfg.get('class')!r}")
        for dep in cfg.get("dependencies") or []:
            if dep not in d: errors.append(f"{f}: {app}: dependency on an unknown app {dep!r}")
        for k, v in cfg.items():
            if k.startswith("constrain_") and k not in AD_APP_KEYS: errors.append(f"{f}: {app}: unknown constraint {k}")
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", x) and "/" not in x and not re.match(r"https?:", x):
                    if x.split(".")[0] not in AD_DOMAINS: errors.append(f"{f}: {app}.{k}: unknown entity domain in {x!r}")
                if isinstance(x, str) and "/" in x and not x.startswith("http") and not re.fullmatch(r"(?:notify|tts|light|media_player|input_text)/[a-z0-9_]+", x):
                    errors.append(f"{f}: {app}.{k}: service {x!r}")
        if "constrain_days" in cfg and not all(x in AD_DAYS for x in str(cfg["constrain_days"]).split(",")): errors.append(f"{f}: {app}: constrain_days {cfg['constrain_days']!r}")
        for k in ("constrain_start_time", "constrain_end_time", "tidspunkt"):
            if k in cfg and not re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d", str(cfg[k])): errors.append(f"{f}: {app}: {k} not HH:MM:SS")
        if "constrain_input_boolean" in cfg and not str(cfg["constrain_input_boolean"]).startswith("input_boolean."): errors.append(f"{f}: {app}: constrain_input_boolean not an input_boolean")
        if "artikler" in cfg:
            arts = cfg["artikler"]
            if not isinstance(arts, list): errors.append(f"{f}: {app}: artikler not a list"); continue
            weeks = []
            for i, a in enumerate(arts):
                if not isinstance(a, dict): errors.append(f"{f}: {app}: artikler[{i}] not a mapping"); continue
                for k in a:
                    if k not in ("uke", "tittel", "url", "arxiv"): errors.append(f"{f}: {app}: artikler[{i}]: unknown key {k}")
                if not (isinstance(a.get("uke"), int) and 1 <= a["uke"] <= 53): errors.append(f"{f}: {app}: artikler[{i}]: uke {a.get('uke')!r}")
                weeks.append(a.get("uke"))
                if not (isinstance(a.get("tittel"), str) and a["tittel"].strip()): errors.append(f"{f}: {app}: artikler[{i}]: no tittel")
                if ("url" in a) == ("arxiv" in a): errors.append(f"{f}: {app}: artikler[{i}]: one of url / arxiv wanted")
                if "url" in a and not url_ok(str(a["url"])): errors.append(f"{f}: {app}: artikler[{i}]: url {a['url']!r}")
                if "arxiv" in a and not (isinstance(a["arxiv"], str) and re.fullmatch(r"\d{4}\.\d{4,5}", a["arxiv"])): errors.append(f"{f}: {app}: artikler[{i}]: arxiv not a quoted id")
            if len(set(weeks)) != len(weeks): errors.append(f"{f}: {app}: a week twice")


# ---------------------------------------------------------------- 2271 Grace project (.agr)
AGR_TOP = {"version", "page", "link", "map", "reference", "date", "default", "background", "timestamp", "with",
           "target", "type", "r0", "r1", "r2", "r3", "r4"}
AGR_GRAPH = {"world", "stack", "znorm", "view", "title", "subtitle", "xaxes", "yaxes", "xaxis", "yaxis", "altxaxis",
             "altyaxis", "legend", "frame"}
AGR_SET = {"hidden", "type", "symbol", "line", "baseline", "dropline", "fill", "avalue", "errorbar", "comment", "legend"}


def check_agr(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != "# Grace project file": errors.append(f"{f}: first line is not `# Grace project file`")
    world, with_g, props, data, cur, xlog = None, False, set(), {}, None, False
    for n, l in enumerate(L, 1):
        if not l.strip() or l.startswith("#"): continue
        if l.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        if cur is not None:
            if l == "&": cur = None; continue
            if l == "@type xy" and L[n - 2].startswith("@target"): continue
            if l.startswith("@"): errors.append(f"{f}: line {n}: a command inside a data block (missing `&`)"); cur = None
            else:
                p = l.split()
                if len(p) != 2 or not all(re.fullmatch(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", x) for x in p): errors.append(f"{f}: line {n}: data row {l!r}"); continue
                data[cur].append((float(p[0]), float(p[1]))); continue
        if not l.startswith("@"): errors.append(f"{f}: line {n}: neither a command, a comment nor data"); continue
        body = l[1:]
        if body.startswith("    "):
            if not with_g: errors.append(f"{f}: line {n}: a graph property before `@with g0`")
            w = body.split()
            m = re.fullmatch(r"s(\d+)", w[0])
            if m:
                if len(w) < 3 or w[1] not in AGR_SET: errors.append(f"{f}: line {n}: set property {' '.join(w[1:2])!r}")
                props.add(int(m.group(1)))
                if w[1] in ("comment", "legend") and not re.fullmatch(r'@    s\d+ (?:comment|legend) +"[^"]*"', l): errors.append(f"{f}: line {n}: {w[1]} not a quoted string")
                if w[1:3] == ["symbol", "color"] and not (len(w) == 4 and w[3].isdigit()): errors.append(f"{f}: line {n}: symbol color")
                continue
            if w[0] not in AGR_GRAPH: errors.append(f"{f}: line {n}: unknown graph property {w[0]}"); continue
            if w[0] == "world" and len(w) == 5 and world is None:
                try: world = [float(x.rstrip(",")) for x in w[1:]]
                except ValueError: errors.append(f"{f}: line {n}: world not numbers")
                else:
                    if not (world[0] < world[2] and world[1] < world[3]): errors.append(f"{f}: line {n}: world min >= max")
            if w[0] in ("xaxes", "yaxes") and w[1] == "scale":
                if w[2:] not in (["Normal"], ["Logarithmic"], ["Reciprocal"]): errors.append(f"{f}: line {n}: axis scale {' '.join(w[2:])!r}")
                if w[0] == "xaxes" and w[2:] == ["Logarithmic"]: xlog = True
            if w[0] in ("title", "subtitle") and len(w) > 1 and w[1].startswith('"') and not l.rstrip().endswith('"'): errors.append(f"{f}: line {n}: title string")
            continue
        w = body.split()
        head = w[0]
        if re.fullmatch(r"g\d+", head): continue
        if head not in AGR_TOP: errors.append(f"{f}: line {n}: unknown command @{head}"); continue
        if head == "version" and not (len(w) == 2 and re.fullmatch(r"5\d{4}", w[1])): errors.append(f"{f}: line {n}: version")
        if head == "with":
            if w[1:] != ["g0"]: errors.append(f"{f}: line {n}: @with g0 wanted")
            with_g = True
        if head == "map" and w[1:2] == ["color"]:
            m = re.fullmatch(r'map color \d+ to \((\d+), (\d+), (\d+)\), "[\w ]+"', body)
            if not m or any(int(x) > 255 for x in m.groups()): errors.append(f"{f}: line {n}: map color")
        if head == "target":
            m = re.fullmatch(r"target G0\.S(\d+)", body)
            if not m: errors.append(f"{f}: line {n}: target G0.Sn"); continue
            s = int(m.group(1))
            if s in data: errors.append(f"{f}: line {n}: data for S{s} twice")
            nxt = L[n] if n < len(L) else ""
            if nxt != "@type xy": errors.append(f"{f}: line {n}: `@type xy` does not follow the target")
            data[s] = []; cur = s
        if head == "type":
            if L[n - 2].startswith("@target"): continue
            errors.append(f"{f}: line {n}: @type without a target")
    if cur is not None: errors.append(f"{f}: the last data block has no `&`")
    if world is None: errors.append(f"{f}: no world")
    for s in sorted(props):
        if s not in data: errors.append(f"{f}: set s{s} has properties but no data")
    for s, pts in sorted(data.items()):
        if s not in props: errors.append(f"{f}: data for S{s} without set properties")
        if not pts: errors.append(f"{f}: S{s} without data")
        for x, y in pts:
            if world and not (world[0] <= x <= world[2] and world[1] <= y <= world[3]): errors.append(f"{f}: S{s} point ({x:g}, {y:g}) outside the world")
            if xlog and x <= 0: errors.append(f"{f}: S{s}: x <= 0 on a log axis")


# ---------------------------------------------------------------- 2272 .procmailrc
PM_VARS = {"SHELL", "PATH", "MAILDIR", "DEFAULT", "LOGFILE", "VERBOSE", "LOGABSTRACT", "LOCKFILE", "ORGMAIL",
           "SENDMAIL", "FORMAIL", "UMASK", "COMSAT", "LINEBUF", "HOME", "INCLUDERC", "SWITCHRC", "TRAP"}


def check_procmailrc(f, raw):
    L = lines_of(f, raw)
    defined, depth, state = {"HOME", "LOGNAME", "USER"}, 0, None
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith("#"):
            if state in ("start", "cond"): errors.append(f"{f}: line {n}: a blank or comment line between a recipe start and its action")
            continue
        if state in ("start", "cond"):
            if s.startswith("*"):
                c = s[1:].strip()
                if c.startswith("?"): state = "cond"; continue
                if re.fullmatch(r"[<>] \d+", c): state = "cond"; continue
                c = c[1:].strip() if c.startswith("!") else c
                try: re.compile(c)
                except re.error as ex: errors.append(f"{f}: line {n}: condition does not compile: {ex}")
                state = "cond"; continue
            if s == "{": depth += 1; state = None; continue
            if s.startswith("|"):
                if len(s) < 3: errors.append(f"{f}: line {n}: a pipe without a command")
            elif s.startswith("!"):
                if not re.fullmatch(r"! [\w.+-]+@[\w.-]+\.[a-z]{2,}", s): errors.append(f"{f}: line {n}: forward address")
            elif not re.fullmatch(r"(?:\$\w+/?|\.?[\w.-]+/?|/[\w./-]+)", s): errors.append(f"{f}: line {n}: action {s[:30]!r}")
            for v in re.findall(r"\$(\w+)", s):
                if v not in defined: errors.append(f"{f}: line {n}: ${v} not set")
            state = None; continue
        m = re.fullmatch(r":0 ?([HBDAaEehbfcwWir]*)(?: ?:([\w.-]*))?", s)
        if m:
            fl = m.group(1)
            if len(set(fl)) != len(fl): errors.append(f"{f}: line {n}: a flag twice")
            state = "start"; continue
        if s.startswith(":"): errors.append(f"{f}: line {n}: recipe start {s!r}"); continue
        if s == "}":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {n}: `}}` closes nothing"); depth = 0
            continue
        m = re.fullmatch(r"([A-Za-z_]\w*)=(\S*)", s)
        if m:
            if depth: errors.append(f"{f}: line {n}: an assignment inside a block")
            if m.group(1).isupper() and m.group(1) not in PM_VARS: errors.append(f"{f}: line {n}: unknown variable {m.group(1)}")
            for v in re.findall(r"\$(\w+)", m.group(2)):
                if v not in defined: errors.append(f"{f}: line {n}: ${v} used before it is set")
            defined.add(m.group(1)); continue
        errors.append(f"{f}: line {n}: not a recipe, an assignment or a comment: {s[:40]!r}")
    if state is not None: errors.append(f"{f}: the last recipe has no action")
    if depth: errors.append(f"{f}: a block not closed")
    for need in ("MAILDIR", "DEFAULT"):
        if need not in defined: errors.append(f"{f}: no {need}")


# ---------------------------------------------------------------- 2273 kanata .kbd
KN_KEYS = set("abcdefghijklmnopqrstuvwxyz0123456789") | {"esc", "grv", "caps", "spc", "tab", "ret", "bspc", "lctl",
          "rctl", "lsft", "rsft", "lalt", "ralt", "lmet", "rmet", "menu", ";", "'", ",", ".", "/", "-", "=", "[", "]",
          "\\", "del", "ins", "home", "end", "pgup", "pgdn", "left", "right", "up", "down", "prnt"} | {f"f{i}" for i in range(1, 25)}
KN_CFG = {"process-unmapped-keys": {"yes", "no"}, "danger-enable-cmd": {"yes", "no"}, "log-layer-changes": {"yes", "no"},
          "concurrent-tap-hold": {"yes", "no"}, "linux-dev": None, "sequence-timeout": None}
KN_ACT = {"tap-hold": 4, "tap-hold-press": 4, "tap-hold-release": 4, "layer-while-held": 1, "layer-switch": 1,
          "layer-toggle": 1, "cmd": None, "multi": None, "macro": None, "one-shot": 2, "unicode": 1}


def kn_parse(f, raw):
    """S-expressions: `;;` line comments, `#| … |#` block comments, "strings"; a list is a Python list of tokens"""
    toks = re.findall(r'#\|.*?\|#|;;[^\n]*|"[^"\n]*"|[()]|[^\s()"]+|"', raw, re.S)
    stack, top = [[]], None
    for t in toks:
        if t.startswith("#|") or t.startswith(";;"): continue
        if t == '"': errors.append(f"{f}: string not closed"); continue
        if t == "(": stack.append([])
        elif t == ")":
            if len(stack) == 1: errors.append(f"{f}: `)` closes nothing"); continue
            x = stack.pop(); stack[-1].append(x)
        else: stack[-1].append(t)
    if len(stack) != 1: errors.append(f"{f}: parentheses not closed")
    return stack[0]


def check_kanata(f, raw):
    L = lines_of(f, raw)
    forms = kn_parse(f, raw)
    cfg, src, layers, aliases, vars_ = {}, None, {}, {}, {}
    for fm in forms:
        if not isinstance(fm, list) or not fm or isinstance(fm[0], list): errors.append(f"{f}: a top-level item that is not a (def… ) form"); continue
        h, rest = fm[0], fm[1:]
        if h == "defcfg":
            if len(rest) % 2: errors.append(f"{f}: defcfg not key / value pairs")
            for k, v in zip(rest[0::2], rest[1::2]):
                if k not in KN_CFG: errors.append(f"{f}: unknown defcfg key {k}")
                elif KN_CFG[k] and v not in KN_CFG[k]: errors.append(f"{f}: defcfg {k} value {v!r}")
                cfg[k] = v
        elif h == "defsrc":
            if src is not None: errors.append(f"{f}: defsrc twice")
            src = rest
            for k in rest:
                if k not in KN_KEYS: errors.append(f"{f}: defsrc: unknown key {k!r}")
            if len(set(map(str, rest))) != len(rest): errors.append(f"{f}: defsrc: a key twice")
        elif h == "defvar":
            if len(rest) % 2: errors.append(f"{f}: defvar not name / value pairs")
            for k, v in zip(rest[0::2], rest[1::2]): vars_[k] = v
        elif h == "defalias":
            if len(rest) % 2: errors.append(f"{f}: defalias not name / action pairs")
            for k, v in zip(rest[0::2], rest[1::2]):
                if not isinstance(k, str): errors.append(f"{f}: alias name {k!r}"); continue
                if k in aliases: errors.append(f"{f}: alias {k} twice")
                aliases[k] = v
        elif h == "deflayer":
            if not rest or not isinstance(rest[0], str): errors.append(f"{f}: deflayer without a name"); continue
            if rest[0] in layers: errors.append(f"{f}: layer {rest[0]} twice")
            layers[rest[0]] = rest[1:]
        else: errors.append(f"{f}: unknown form ({h} …)")
    if src is None: errors.append(f"{f}: no defsrc"); return

    def action(where, a):
        if isinstance(a, str):
            if a.startswith("@"):
                if a[1:] not in aliases: errors.append(f"{f}: {where}: unknown alias {a}")
            elif a.startswith("$"):
                if a[1:] not in vars_: errors.append(f"{f}: {where}: unknown variable {a}")
            elif a not in KN_KEYS and a not in ("_", "XX"): errors.append(f"{f}: {where}: unknown key {a!r}")
            return
        if not a or not isinstance(a[0], str) or a[0] not in KN_ACT: errors.append(f"{f}: {where}: unknown action {a[:1]!r}"); return
        h, args = a[0], a[1:]
        if KN_ACT[h] is not None and len(args) != KN_ACT[h]: errors.append(f"{f}: {where}: {h} takes {KN_ACT[h]} arguments")
        if h.startswith("tap-hold") and len(args) == 4:
            for t in args[:2]:
                if not (isinstance(t, str) and (t.isdigit() or (t.startswith("$") and t[1:] in vars_))): errors.append(f"{f}: {where}: {h} time {t!r}")
            for k in args[2:]: action(where, k)
        if h.startswith("layer-") and args and args[0] not in layers: errors.append(f"{f}: {where}: unknown layer {args[0]!r}")
        if h == "cmd":
            if cfg.get("danger-enable-cmd") != "yes": errors.append(f"{f}: {where}: cmd without danger-enable-cmd yes")
            if not args or not all(isinstance(x, str) for x in args): errors.append(f"{f}: {where}: cmd without a program")
            elif args[0] == "xdg-open": one_url_open(f, where, args)
    for k, v in aliases.items(): action(f"alias {k}", v)
    for name, keys_ in layers.items():
        if len(keys_) != len(src): errors.append(f"{f}: layer {name} has {len(keys_)} keys, defsrc {len(src)}")
        for k in keys_: action(f"layer {name}", k)
    used = {t[1:] for ks in layers.values() for t in ks if isinstance(t, str) and t.startswith("@")}
    for k in aliases:
        if k not in used: errors.append(f"{f}: alias {k} is in no layer")


# ---------------------------------------------------------------- 2274 OpenArena autoexec.cfg (Quake III console)
OA_CVARS_NUM = {"cg_fov", "cg_drawFPS", "com_maxfps", "r_mode", "r_customwidth", "r_customheight", "r_picmip",
                "s_volume", "sensitivity", "cg_autoswitch", "cg_drawCrosshair", "cg_crosshairSize", "cl_allowDownload",
                "m_pitch", "r_gamma", "cg_drawGun", "s_musicvolume", "com_hunkmegs", "snaps", "rate", "cl_maxpackets"}
OA_CVARS = OA_CVARS_NUM | {"name", "model", "headmodel", "color1", "color2", "cl_renderer"}
OA_KEYS = set("abcdefghijklmnopqrstuvwxyz0123456789") | {"SPACE", "CTRL", "ALT", "SHIFT", "TAB", "ENTER", "ESCAPE",
          "BACKSPACE", "MOUSE1", "MOUSE2", "MOUSE3", "MOUSE4", "MOUSE5", "MWHEELUP", "MWHEELDOWN", "UPARROW",
          "DOWNARROW", "LEFTARROW", "RIGHTARROW", "INS", "DEL", "PGUP", "PGDN", "HOME", "END"} | {f"F{i}" for i in range(1, 13)}
OA_CMDS = {"+forward", "+back", "+moveleft", "+moveright", "+moveup", "+movedown", "+attack", "+zoom", "+scores",
           "+speed", "+strafe", "weapnext", "weapprev", "weapon", "messagemode", "messagemode2", "vote", "say",
           "say_team", "screenshot", "screenshotJPEG", "vstr", "set", "seta", "toggleconsole", "echo", "kill",
           "exec", "bind", "unbind", "unbindall", "toggle", "record", "stoprecord", "connect", "reconnect"}


def oa_words(f, n, s):
    """split a console line into commands on `;` outside quotes, each into words (quotes kept as one word)"""
    cmds, cur, q, w = [], [], False, ""
    for ch in s:
        if ch == '"':
            q = not q; w += ch; continue
        if not q and ch == ";":
            if w: cur.append(w); w = ""
            cmds.append(cur); cur = []; continue
        if not q and ch.isspace():
            if w: cur.append(w); w = ""
            continue
        w += ch
    if q: errors.append(f"{f}: line {n}: string not closed")
    if w: cur.append(w)
    cmds.append(cur)
    return cmds


def check_openarena(f, raw):
    L = lines_of(f, raw)
    sets, binds, seta, vstrs = set(), set(), set(), []

    def command(n, ws, where):
        if not ws: errors.append(f"{f}: line {n}: empty command in {where}"); return
        c = ws[0].strip('"')
        if c not in OA_CMDS: errors.append(f"{f}: line {n}: unknown command {c!r} in {where}"); return
        args = [x.strip('"') for x in ws[1:]]
        if c == "weapon" and not (len(args) == 1 and args[0].isdigit() and 1 <= int(args[0]) <= 13): errors.append(f"{f}: line {n}: weapon N")
        if c == "vote" and args not in (["yes"], ["no"]): errors.append(f"{f}: line {n}: vote yes|no")
        if c in ("say", "say_team"):
            t = " ".join(ws[1:]).strip('"')
            if not t: errors.append(f"{f}: line {n}: say without text")
            if any(ord(ch) > 126 for ch in t): errors.append(f"{f}: line {n}: non-ASCII text in say (the chat cannot show it)")
            if len(t) > 150: errors.append(f"{f}: line {n}: say text over 150 characters")
        if c == "vstr" and len(args) != 1: errors.append(f"{f}: line {n}: vstr NAME")
        if c == "vstr" and args: vstrs.append((n, args[0]))
        if c == "set" and len(args) < 2: errors.append(f"{f}: line {n}: set NAME VALUE")

    for n, l in content(L, "//"):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented line")
        parts = oa_words(f, n, l)
        if len(parts) != 1: errors.append(f"{f}: line {n}: more than one command on a top-level line")
        ws = parts[0]
        if not ws: continue
        c = ws[0]
        if c not in ("seta", "set", "bind", "unbind", "echo", "exec", "vstr", "unbindall"): errors.append(f"{f}: line {n}: unexpected top-level command {c!r}"); continue
        if c in ("seta", "set", "bind") and (len(ws) != 3 or not (ws[2].startswith('"') and ws[2].endswith('"') and len(ws[2]) >= 2)):
            errors.append(f"{f}: line {n}: {c} NAME \"VALUE\" wanted"); continue
        if c == "seta":
            k, v = ws[1], ws[2][1:-1]
            if k not in OA_CVARS: errors.append(f"{f}: line {n}: unknown cvar {k}")
            if k in seta: errors.append(f"{f}: line {n}: {k} set twice")
            seta.add(k)
            if k in OA_CVARS_NUM and not re.fullmatch(r"-?\d+(?:\.\d+)?", v): errors.append(f"{f}: line {n}: {k} not a number")
        elif c == "set":
            sets.add(ws[1])
            for cmd in oa_words(f, n, ws[2][1:-1]): command(n, cmd, f"set {ws[1]}")
        elif c == "bind":
            if ws[1] not in OA_KEYS: errors.append(f"{f}: line {n}: key name {ws[1]!r}")
            if ws[1] in binds: errors.append(f"{f}: line {n}: {ws[1]} bound twice")
            binds.add(ws[1])
            for cmd in oa_words(f, n, ws[2][1:-1]): command(n, cmd, f"bind {ws[1]}")
        elif c == "vstr":
            command(n, ws, "vstr")
    if "name" not in seta: errors.append(f"{f}: no name")
    for n, v in vstrs:
        if v not in sets: errors.append(f"{f}: line {n}: vstr of a variable never set: {v}")


# ---------------------------------------------------------------- 2275 Pulsar snippets.cson
CS_FIELDS = {"prefix", "body", "description", "descriptionMoreURL", "leftLabel", "rightLabelHTML"}


def cs_tabstops(f, where, body):
    """tab stops: `$N` or `${N:placeholder}` with balanced braces; a `$` escaped as `\\$` is text"""
    i = 0
    while i < len(body):
        if body[i] == "\\": i += 2; continue
        if body[i] == "$":
            m = re.match(r"\$(\d+)|\$\{(\d+):", body[i:])
            if not m: errors.append(f"{f}: {where}: a `$` that is not a tab stop"); i += 1; continue
            if m.group(2) is not None:
                depth, j = 1, i + m.end()
                while j < len(body) and depth:
                    if body[j] == "\\": j += 2; continue
                    depth += {"{": 1, "}": -1}.get(body[j], 0); j += 1
                if depth: errors.append(f"{f}: {where}: a `${{` tab stop not closed")
            i += m.end(); continue
        i += 1


def check_cson(f, raw):
    L = lines_of(f, raw)
    scopes, cur_scope, cur_snip, snip, prefixes, block, names = [], None, None, {}, {}, None, set()

    def close_snip():
        if cur_snip is None: return
        for need in ("prefix", "body"):
            if need not in snip: errors.append(f"{f}: snippet {cur_snip!r} without {need}")

    for n, l in enumerate(L, 1):
        if block is not None:
            if l.strip() == '"""':
                cs_tabstops(f, f"{block[0]!r} body", "\n".join(block[1])); snip["body"] = "\n".join(block[1]); block = None
            else:
                if "#{" in l: errors.append(f"{f}: line {n}: `#{{` interpolates inside a \"\"\" string")
                block[1].append(l)
            continue
        s = l.strip()
        if not s or s.startswith("#"): continue
        ind = len(l) - len(l.lstrip(" "))
        if "\t" in l[:ind + 1]: errors.append(f"{f}: line {n}: tab in indentation")
        m = re.fullmatch(r"'((?:[^'\\]|\\.)*)':(?: (.*))?", s)
        if not m: errors.append(f"{f}: line {n}: not `'key': …` ({s[:40]!r})"); continue
        k, v = m.group(1), m.group(2)
        if ind == 0:
            close_snip(); cur_snip = None
            if v: errors.append(f"{f}: line {n}: a scope with a value")
            if not re.fullmatch(r"\.[a-z][\w.-]*(?:, \.[a-z][\w.-]*)*", k): errors.append(f"{f}: line {n}: scope selector {k!r}")
            if k in scopes: errors.append(f"{f}: line {n}: scope {k} declared twice (the later one wins)")
            scopes.append(k); cur_scope = k; names = set(); prefixes.setdefault(k, set()); continue
        if ind == 2:
            close_snip()
            if cur_scope is None: errors.append(f"{f}: line {n}: a snippet outside a scope")
            if v: errors.append(f"{f}: line {n}: a snippet name with a value")
            if k in names: errors.append(f"{f}: line {n}: snippet {k!r} twice in {cur_scope}")
            names.add(k); cur_snip, snip = k, {}; continue
        if ind != 4: errors.append(f"{f}: line {n}: indentation {ind}"); continue
        if cur_snip is None: errors.append(f"{f}: line {n}: a field outside a snippet"); continue
        if k not in CS_FIELDS: errors.append(f"{f}: line {n}: unknown field {k!r}")
        if k in snip: errors.append(f"{f}: line {n}: field {k} twice")
        if v == '"""': block = (cur_snip, []); snip[k] = None; continue
        sm = re.fullmatch(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", v or "")
        if not sm: errors.append(f"{f}: line {n}: {k}: not a quoted string ({(v or '')[:30]!r})"); continue
        val = sm.group(1) if sm.group(1) is not None else sm.group(2)
        if sm.group(2) is not None and "#{" in val: errors.append(f"{f}: line {n}: `#{{` interpolates inside a \"…\" string")
        snip[k] = val
        if k == "prefix":
            if not re.fullmatch(r"[\w-]+", val): errors.append(f"{f}: line {n}: prefix {val!r}")
            if val in prefixes.get(cur_scope, set()): errors.append(f"{f}: line {n}: prefix {val!r} twice in {cur_scope}")
            prefixes.setdefault(cur_scope, set()).add(val)
        if k == "body":
            cs_tabstops(f, f"{cur_snip!r} body", val)
            for u in re.findall(r"\]\((\S+?)\)", val):
                if not url_ok(u): errors.append(f"{f}: line {n}: link {u!r}")
    if block is not None: errors.append(f"{f}: a \"\"\" string not closed")
    close_snip()
    if not scopes: errors.append(f"{f}: no scope")


# ---------------------------------------------------------------- 2276 Gentoo /etc/portage/make.conf
GM_VARS = {"COMMON_FLAGS", "CFLAGS", "CXXFLAGS", "FCFLAGS", "FFLAGS", "LDFLAGS", "RUSTFLAGS", "MAKEOPTS",
           "EMERGE_DEFAULT_OPTS", "PORTAGE_NICENESS", "FEATURES", "CPU_FLAGS_X86", "VIDEO_CARDS", "INPUT_DEVICES",
           "USE", "ACCEPT_LICENSE", "ACCEPT_KEYWORDS", "PYTHON_TARGETS", "PYTHON_SINGLE_TARGET", "L10N", "LINGUAS",
           "GRUB_PLATFORMS", "GENTOO_MIRRORS", "PKGDIR", "DISTDIR", "PORTAGE_TMPDIR", "LC_MESSAGES", "CHOST"}
GM_CPU = {"aes", "avx", "avx2", "avx512_bf16", "avx512_bitalg", "avx512_vbmi2", "avx512_vnni", "avx512_vpopcntdq",
          "avx512bw", "avx512cd", "avx512dq", "avx512f", "avx512ifma", "avx512vbmi", "avx512vl", "f16c", "fma3", "fma4",
          "mmx", "mmxext", "pclmul", "popcnt", "rdrand", "sha", "sse", "sse2", "sse3", "sse4_1", "sse4_2", "sse4a",
          "ssse3", "vpclmulqdq", "padlock", "3dnow", "3dnowext", "xop"}
GM_FEATURES = {"parallel-fetch", "parallel-install", "buildpkg", "candy", "ccache", "distcc", "getbinpkg", "sandbox",
               "usersandbox", "network-sandbox", "split-log", "split-elog", "test", "nostrip", "splitdebug", "sign"}
GM_VIDEO = {"nvidia", "amdgpu", "radeonsi", "intel", "i915", "nouveau", "vesa", "fbdev", "virgl", "radeon", "qxl"}


def check_makeconf(f, raw):
    L = lines_of(f, raw)
    seen = set()
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented line")
        m = re.fullmatch(r'([A-Z_][A-Z0-9_]*)=(?:"([^"]*)"|([^\s"\'#]*))', l)
        if not m: errors.append(f"{f}: line {n}: not NAME=\"value\" ({l[:40]!r})"); continue
        k, v = m.group(1), m.group(2) if m.group(2) is not None else m.group(3)
        if k not in GM_VARS: errors.append(f"{f}: line {n}: unknown variable {k}")
        if k in seen: errors.append(f"{f}: line {n}: {k} set twice")
        for ref in re.findall(r"\$\{?(\w+)\}?", v):
            if ref not in seen: errors.append(f"{f}: line {n}: ${{{ref}}} used before it is set")
        if "${" in v and not re.fullmatch(r"(?:[^$]|\$\{\w+\})*", v): errors.append(f"{f}: line {n}: a `${{` not closed")
        seen.add(k)
        w = v.split()
        if k == "MAKEOPTS" and not all(re.fullmatch(r"-[jl]\d+", x) for x in w): errors.append(f"{f}: line {n}: MAKEOPTS {v!r}")
        if k == "EMERGE_DEFAULT_OPTS" and not all(re.fullmatch(r"--[a-z-]+(?:=\S+)?", x) for x in w): errors.append(f"{f}: line {n}: EMERGE_DEFAULT_OPTS {v!r}")
        if k == "PORTAGE_NICENESS" and not re.fullmatch(r"\d{1,2}", v): errors.append(f"{f}: line {n}: PORTAGE_NICENESS")
        if k == "FEATURES":
            for x in w:
                if x.lstrip("-") not in GM_FEATURES: errors.append(f"{f}: line {n}: unknown FEATURE {x}")
        if k == "CPU_FLAGS_X86":
            for x in w:
                if x not in GM_CPU: errors.append(f"{f}: line {n}: unknown CPU flag {x}")
            if w != sorted(w): errors.append(f"{f}: line {n}: CPU_FLAGS_X86 not sorted as cpuid2cpuflags writes it")
        if k == "VIDEO_CARDS":
            for x in w:
                if x not in GM_VIDEO: errors.append(f"{f}: line {n}: unknown VIDEO_CARDS value {x}")
        if k == "USE":
            for x in w:
                if not re.fullmatch(r"-?[A-Za-z0-9][A-Za-z0-9+_-]*", x): errors.append(f"{f}: line {n}: USE flag {x!r}")
            if len({x.lstrip("-") for x in w}) != len(w): errors.append(f"{f}: line {n}: a USE flag twice")
        if k in ("PYTHON_TARGETS", "PYTHON_SINGLE_TARGET"):
            if not all(re.fullmatch(r"python3_\d{1,2}|pypy3(?:_\d+)?", x) for x in w) or (k == "PYTHON_SINGLE_TARGET" and len(w) != 1): errors.append(f"{f}: line {n}: {k} {v!r}")
        if k == "L10N" and not all(re.fullmatch(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?", x) for x in w): errors.append(f"{f}: line {n}: L10N {v!r}")
        if k == "GENTOO_MIRRORS":
            for u in w:
                if not (url_ok(u) and u.endswith("/")): errors.append(f"{f}: line {n}: mirror {u!r}")
        if k in ("PKGDIR", "DISTDIR") and not v.startswith("/"): errors.append(f"{f}: line {n}: {k} not an absolute path")
        if k == "ACCEPT_LICENSE" and not all(re.fullmatch(r"-?(?:@[A-Z][A-Z-]*|[A-Za-z0-9][\w.+-]*|\*)", x) for x in w): errors.append(f"{f}: line {n}: ACCEPT_LICENSE {v!r}")
    for need in ("COMMON_FLAGS", "CFLAGS", "USE", "MAKEOPTS"):
        if need not in seen: errors.append(f"{f}: no {need}")


def shape_checks(f, raw, path):
    n = num(f)
    {2267: check_xpdfrc, 2268: check_ratpoisonrc, 2269: check_myclirc, 2270: check_appdaemon, 2271: check_agr,
     2272: check_procmailrc, 2273: check_kanata, 2274: check_openarena, 2275: check_cson,
     2276: check_makeconf}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round225 (every digest is plain UTF-8 text)"""
    return []

def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)

files = sorted(os.listdir(DIG), key=num)
if sorted(exp) != sorted(files):
    errors.append(f"keys {sorted(exp)} != files {sorted(files)}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    path = os.path.join(DIG, f)
    try:
        raw = read_raw(f, path)
    except (UnicodeDecodeError, ValueError) as ex:
        errors.append(f"{f}: not in its charset: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    try:
        shape_checks(f, raw, path)
    except Exception as ex:
        errors.append(f"{f}: shape check crashed: {ex!r}")
    try:
        forms = decoded_forms(f, raw, path)
    except Exception as ex:  # a broken file must not hide the other checks
        errors.append(f"{f}: cannot decode: {ex!r}"); forms = []
    alltext = raw + "\n\u241e\n" + "\n\u241e\n".join(forms)
    ntext = norm(alltext)
    nraw = norm(raw)
    recs = exp.get(f, [])
    seen = set()
    for r in recs:
        if set(r) != {"arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id"}: errors.append(f"{f}: fields {sorted(r)}")
        t, ev, tid, aid, oid = r["title"], r["evidence"], r["true_arxiv_id"], r["arxiv_id"], r["openreview_id"]
        key = tid or oid or t.lower()
        if key in seen: errors.append(f"{f}: duplicate {key}")
        seen.add(key)
        if tid:
            e = pool.get(tid)
            if not e: errors.append(f"{f}: true_arxiv_id {tid} not in the catalogues"); continue
            if tid in distract_ids: errors.append(f"{f}: {tid} is a distractor")
        else:
            e = no_arxiv_titles.get(t.lower())
            if not e: errors.append(f"{f}: title-only no-arxiv paper not in pool: {t}"); continue
        cat_titles = {norm(e["title"])} | {norm(v["title"]) for v in e.get("versions") or [] if v.get("title")}
        if norm(t) not in cat_titles:
            dev = DEVIATIONS.get((f, t))
            ok = (dev == "unicode-apostrophe" and norm(t.replace("\u2019", "'")) in cat_titles) or \
                 (dev == "subtitle-dropped" and any(c.startswith(norm(t) + ":") for c in cat_titles))
            if ok:
                notes.append(f"{f}: title written with a recorded deviation ({dev}): {t!r} for {e['title']!r}")
            else:
                errors.append(f"{f}: title {t!r} does not match the catalogue's {e['title']!r}")
        elif norm(t) != norm(e["title"]):
            notes.append(f"{f}: title recorded under a version title: {t!r} (current: {e['title']!r})")
        if oid and e.get("openreview_id") != oid: errors.append(f"{f}: openreview {oid} not {tid}'s")
        if t in raw: pass
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: notes.append(f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: notes.append(f"{f}: title found only after decoding + normalising: {t!r}")
        else: errors.append(f"{f}: title not in digest: {t!r}")
        if ev == "title-only":
            if aid or oid: errors.append(f"{f}: title-only with ids {t}")
            for i in (tid, e.get("openreview_id")):
                if i and i in alltext: errors.append(f"{f}: title-only paper's id {i} appears")
        elif ev == "link":
            if oid:
                if not re.search(r"openreview\.net/(?:forum|pdf)\?id=" + re.escape(oid), alltext):
                    errors.append(f"{f}: no openreview link for {oid}")
                if aid: errors.append(f"{f}: both ids set for {t}")
                if tid and re.search(ID_URL + re.escape(tid), alltext): errors.append(f"{f}: OpenReview record {oid} also has an arXiv link")
            elif not aid:
                errors.append(f"{f}: link record without arxiv_id or openreview_id: {t}")
            else:
                if aid != tid: errors.append(f"{f}: arxiv_id != true for {t}")
                if not re.search(ID_URL + re.escape(aid), alltext):
                    errors.append(f"{f}: no arXiv-form link for {aid}")
                elif not re.search(ID_URL + re.escape(aid), raw):
                    notes.append(f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
        else:
            errors.append(f"{f}: bad evidence {ev}")
    labelled = {r["true_arxiv_id"] for r in recs} | {r["openreview_id"] for r in recs}
    for m in sorted(set(re.findall(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])", alltext))):
        if m in labelled:
            continue
        if m in pool_ids or m in distract_ids:
            errors.append(f"{f}: unlabelled catalogue{' distractor' if m in distract_ids else ''} arXiv id {m}")
        elif valid_arxiv_shape(m):
            errors.append(f"{f}: unlabelled valid-shaped arXiv id {m!r}")
        else:
            notes.append(f"{f}: id-like string that is not an arXiv id: {m!r}")
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/rounds/*/expected.json except round224's and round225's, a byte-identical file counted once), and the
# round224/round225 split (candidates sorted by (uses, catalogue title); round225 = odd positions from 3 on, one
# unbroken run; round224 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P224S = ["/work/rounds/digests-round224/expected.json", "/work/main/tests/data/digests-round224/expected.json"]
P224 = next((p for p in P224S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P224S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round224", "digests-round225") or not os.path.exists(pth): continue
        b = open(pth, "rb").read()
        if b in counted or b in own: continue
        counted.add(b)
        for recs in json.loads(b).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
pos = {pkey(e): i + 1 for i, e in enumerate(cands)}
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
last = max((pos[k] for k in mine if k in pos), default=0)
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 1) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round225 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r224 = set()
if P224:
    try:
        r224 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P224)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P224} exists but could not be read (being written?)")
    if r224 & mine: errors.append(f"papers also in round224: {sorted(r224 & mine)}")
shared224 = len(r224 & mine) if P224 else "(no round224 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round225 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round224: {shared224}; papers in more than one round225 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



