r"""Checks round219/expected.json against the digests and the shared catalogues.

Adapted from round217/validate.py (the label checks are the same code; the reuse report is round217's with round218 /
round219 in place of round216 / round217; round219 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round218's and round219's own (a digests-round218 / digests-round219 folder, or a file whose bytes equal round218's or
round219's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round219 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round218's expected.json (read only, from
/work/rounds/digests-round218/ or /work/main/tests/data/digests-round218/, when it exists), and on a paper in more
than one round219 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2207 .pythonrc (parses with the stdlib's `ast`; readline and atexit imported, tab completion bound, history written at
exit; LECTURAS a dict of unique string keys and http(s) URL values; PENDIENTES a list of strings; no function twice;
`del` only of known names);
2208 zathurarc (`set` with known options, none twice, numbers and "#rrggbb" colours where wanted; `map [mode] key
function [arg]` with known shortcut functions, no key twice per mode, feedkeys arguments `":cmd …<Return>"`, `:exec
firefox` with a URL; quotes closed; no unknown command);
2209 .pylintrc (parses with `configparser`, strict; known sections and keys; numbers, yes/no, comma lists without
blanks or repeats, message names, py-version, naming styles);
2210 .psqlrc (every line a `--` comment or a known meta-command; `\set NAME value` with one argument, single quotes
closed with '' escapes, no variable set twice but QUIET, QUIET 1 first and 0 last; HISTSIZE a number; saved SELECTs
end in `;` with balanced parentheses; known `\pset` options and values; `\x` and `\timing` arguments);
2211 .tigrc (`set name = value` with known options, none twice, numbers and booleans; `bind keymap key action` with
known keymaps, key shapes, no key twice per keymap, `!` / `@` / `?` / `:` commands or known actions, `@xdg-open`
with one URL; `color area fg bg [attr]` with known areas, colours and attributes);
2212 .condarc (lean YAML: no tabs, even indentation, quotes closed; known top-level keys once; list keys holding list
items, booleans, channel_priority values; channels present);
2213 sxhkdrc (hotkey lines unindented, each followed by one tab-indented command line; known modifiers; no hotkey
twice; `{…}` sequences paired and expanding to as many commands as chords);
2214 .bashrc (quotes closed, braces balanced, if/fi, case/esac, do/done and [[ ]] paired; the interactive guard;
aliases single-quoted and once each; functions once; HISTSIZE / HISTFILESIZE numbers; known shopt options; a
`declare -A` table with `[key]="value"` entries, no key twice, every `${name[…]}` declared; exports NAME=value);
2215 dunstrc (sections once, `    key = value` lines, no key twice per section, known keys for [global], urgency and
rule sections; numbers, colours, booleans, urgency, origin and offset values; quotes closed; the three urgency
sections present; every rule section with a filter key and a style key);
2216 .gitignore (one pattern a line, no blanks around it, glob shapes, no pattern twice, a `!` exception after the
`dir/*` pattern it re-includes from, no blank last line).

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
# ================================================================ round219 shape checks
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


def yaml_lines(f, L, step=2):
    """lean YAML (round219's): no tabs, indentation in steps of `step`, quotes closed on their line, every plain line a
    key, a list item, a comment or inside a block scalar; returns [(indent, key or None, value, line number)]"""
    out, block = [], None
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: tab")
        s = l.strip()
        ind = len(l) - len(l.lstrip(" "))
        if block is not None:
            if not s or ind > block: continue
            block = None
        if not s or s.startswith("#"): continue
        if ind % step: errors.append(f"{f}: line {n}: indentation {ind} not a multiple of {step}")
        body = s[2:] if s.startswith("- ") else s
        m = re.match(r"([\w@./$-]+|'[^']*'|\"[^\"]*\"):(?:\s+(.*))?$", body)
        val = (m.group(2) or "") if m else body
        v = re.sub(r"\s+#.*$", "", val) if not val.startswith(("'", '"')) else val
        if v.startswith("'") and not re.fullmatch(r"'(?:[^']|'')*'", v): errors.append(f"{f}: line {n}: quote not closed")
        if v.startswith('"') and not re.fullmatch(r'"(?:[^"\\]|\\.)*"', v): errors.append(f"{f}: line {n}: quote not closed")
        if v.startswith("[") and not v.endswith("]"): errors.append(f"{f}: line {n}: flow sequence not closed")
        if not m and not s.startswith("- "): errors.append(f"{f}: line {n}: neither a key nor a list item: {s[:30]!r}")
        if v in ("|", ">", "|-", ">-"): block = ind
        out.append((ind, m.group(1) if m else None, v, n))
    return out


def content(L, c="#"):
    """(line number, line) for the lines that are neither blank nor comments"""
    return [(n, l) for n, l in enumerate(L, 1) if l.strip() and not l.lstrip().startswith(c)]


# ---------------------------------------------------------------- 2207 .pythonrc
def check_pythonrc(f, raw):
    L = lines_of(f, raw)
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not Python: {ex.msg} (line {ex.lineno})"); return
    imported = {a.asname or a.name for node in tree.body if isinstance(node, ast.Import) for a in node.names}
    for need in ("readline", "atexit"):
        if need not in imported: errors.append(f"{f}: {need} not imported")
    if not re.search(r'^readline\.parse_and_bind\("tab: complete"\)$', raw, re.M): errors.append(f"{f}: no readline tab completion")
    if "atexit.register(readline.write_history_file" not in raw: errors.append(f"{f}: history not saved at exit")
    funcs = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    if len(funcs) != len(set(funcs)): errors.append(f"{f}: a function defined twice")
    assigned = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            assigned[node.targets[0].id] = node.value
    d = assigned.get("LECTURAS")
    if not isinstance(d, ast.Dict): errors.append(f"{f}: LECTURAS not a dict")
    else:
        ks = [k.value for k in d.keys if isinstance(k, ast.Constant)]
        if len(ks) != len(d.keys) or len(set(ks)) != len(ks): errors.append(f"{f}: LECTURAS keys not unique strings")
        for v in d.values:
            if not (isinstance(v, ast.Constant) and isinstance(v.value, str) and re.fullmatch(r"https?://\S+", v.value)):
                errors.append(f"{f}: a LECTURAS value that is not a URL")
    p = assigned.get("PENDIENTES")
    if not isinstance(p, ast.List) or not all(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in p.elts):
        errors.append(f"{f}: PENDIENTES not a list of strings")
    dels = [t.id for n in tree.body if isinstance(n, ast.Delete) for t in n.targets if isinstance(t, ast.Name)]
    for x in dels:
        if x not in imported and x not in assigned and x not in funcs: errors.append(f"{f}: del of an unknown name {x}")


# ---------------------------------------------------------------- 2208 zathurarc
ZA_OPTS = {"selection-clipboard", "adjust-open", "pages-per-row", "scroll-page-aware", "scroll-step", "zoom-min",
           "zoom-max", "guioptions", "window-title-basename", "statusbar-h-padding", "statusbar-v-padding",
           "recolor-lightcolor", "recolor-darkcolor", "default-bg", "default-fg", "font", "database", "recolor",
           "first-page-column", "incremental-search", "sandbox", "smooth-scroll", "window-title-home-tilde"}
ZA_FUNCS = {"scroll", "toggle_page_mode", "reload", "rotate", "zoom", "recolor", "print", "toggle_fullscreen",
            "feedkeys", "navigate", "quit", "search", "toggle_index", "toggle_statusbar", "adjust_window", "follow"}


def check_zathurarc(f, raw):
    L = lines_of(f, raw)
    seen, keys_ = set(), set()
    for n, l in content(L):
        w = l.split(None, 1)
        rest = w[1] if len(w) > 1 else ""
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented")
        if rest.count('"') % 2: errors.append(f"{f}: line {n}: quote not closed")
        if w[0] == "set":
            m = re.fullmatch(r"([a-z-]+) (\"[^\"]*\"|\S+)", rest)
            if not m: errors.append(f"{f}: line {n}: `set` shape"); continue
            if m.group(1) not in ZA_OPTS: errors.append(f"{f}: line {n}: unknown option {m.group(1)}")
            if m.group(1) in seen: errors.append(f"{f}: line {n}: option {m.group(1)} set twice")
            seen.add(m.group(1))
            if m.group(1).endswith(("padding", "step", "-min", "-row")) and not m.group(2).isdigit():
                errors.append(f"{f}: line {n}: {m.group(1)} not a number")
            if "color" in m.group(1) or m.group(1).endswith("-bg"):
                if not re.fullmatch(r'"#[0-9a-fA-F]{6}"', m.group(2)): errors.append(f"{f}: line {n}: colour {m.group(2)}")
        elif w[0] == "map":
            m = re.fullmatch(r"(\[(?:normal|fullscreen|presentation|index)\] )?(<[\w-]+>|\S) (\w+)(?: (.+))?", rest)
            if not m: errors.append(f"{f}: line {n}: `map` shape"); continue
            if m.group(3) not in ZA_FUNCS: errors.append(f"{f}: line {n}: unknown shortcut function {m.group(3)}")
            k = (m.group(1), m.group(2))
            if k in keys_: errors.append(f"{f}: line {n}: key {m.group(2)} mapped twice")
            keys_.add(k)
            if m.group(3) == "feedkeys" and not re.fullmatch(r'":\w+ [^"]*<Return>"', m.group(4) or ""):
                errors.append(f"{f}: line {n}: feedkeys argument")
            if m.group(4) and ":exec firefox" in m.group(4) and not re.search(r":exec firefox https?://\S+<Return>", m.group(4)):
                errors.append(f"{f}: line {n}: :exec firefox without a URL")
        elif w[0] not in ("include", "unmap"):
            errors.append(f"{f}: line {n}: unknown command {w[0]}")


# ---------------------------------------------------------------- 2209 .pylintrc
PYL = {"MAIN": {"jobs", "ignore", "ignore-patterns", "load-plugins", "persistent", "py-version"},
       "MESSAGES CONTROL": {"disable", "enable"},
       "BASIC": {"good-names", "bad-names", "argument-naming-style", "class-naming-style", "const-rgx"},
       "FORMAT": {"max-line-length", "indent-string", "expected-line-ending-format"},
       "DESIGN": {"max-args", "max-attributes", "max-branches"},
       "SIMILARITIES": {"min-similarity-lines", "ignore-comments", "ignore-docstrings"},
       "TYPECHECK": {"generated-members", "ignored-modules"}}


def check_pylintrc(f, raw):
    import configparser
    L = lines_of(f, raw)
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str
    try:
        cp.read_string(raw)
    except configparser.Error as ex:
        errors.append(f"{f}: not INI: {str(ex).splitlines()[0]}"); return
    for s in cp.sections():
        if s not in PYL: errors.append(f"{f}: unknown section [{s}]"); continue
        for k, v in cp[s].items():
            if k not in PYL[s]: errors.append(f"{f}: unknown key {k} in [{s}]")
            if k.startswith(("max-", "min-")) or k == "jobs":
                if not v.isdigit(): errors.append(f"{f}: {k} not a number")
            if k in ("persistent", "ignore-comments", "ignore-docstrings") and v not in ("yes", "no"): errors.append(f"{f}: {k} not yes/no")
            if k in ("good-names", "bad-names", "disable", "load-plugins", "generated-members"):
                items = [x.strip() for x in v.replace("\n", "").split(",")]
                if any(not x or " " in x for x in items): errors.append(f"{f}: {k} not a comma list")
                if len(items) != len(set(items)): errors.append(f"{f}: an item twice in {k}")
            if k == "disable":
                for x in v.replace("\n", "").split(","):
                    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*|[CRWEIF]\d{4}", x.strip()): errors.append(f"{f}: message {x.strip()!r}")
            if k == "py-version" and not re.fullmatch(r"3\.\d+", v): errors.append(f"{f}: py-version {v}")
            if k.endswith("naming-style") and v not in ("snake_case", "camelCase", "PascalCase", "UPPER_CASE", "any"):
                errors.append(f"{f}: naming style {v}")
    if "MAIN" not in cp.sections(): errors.append(f"{f}: no [MAIN]")


# ---------------------------------------------------------------- 2210 .psqlrc
PSQL_META = {"set", "pset", "x", "timing", "echo", "unset", "i", "setenv"}
PSET = {"null", "border", "linestyle", "format", "pager", "expanded", "footer", "title"}


def psql_args(f, n, s):
    """split a meta-command's arguments: single-quoted strings with '' escapes, or bare words"""
    out, i = [], 0
    while i < len(s):
        if s[i] == " ": i += 1; continue
        if s[i] == "'":
            m = re.match(r"'(?:[^']|'')*'", s[i:])
            if not m: errors.append(f"{f}: line {n}: quote not closed"); return out
            out.append(m.group(0)); i += m.end()
            if i < len(s) and s[i] not in " ": errors.append(f"{f}: line {n}: text after a quoted argument"); return out
        else:
            j = s.find(" ", i); j = len(s) if j < 0 else j
            if "'" in s[i:j]: errors.append(f"{f}: line {n}: stray quote")
            out.append(s[i:j]); i = j
    return out


def check_psqlrc(f, raw):
    L = lines_of(f, raw)
    defined, quiet = {}, []
    for n, l in content(L, "--"):
        m = re.match(r"\\(\w+)(?: (.*))?$", l)
        if not m: errors.append(f"{f}: line {n}: not a meta-command"); continue
        cmd, args = m.group(1), psql_args(f, n, m.group(2) or "")
        if cmd not in PSQL_META: errors.append(f"{f}: line {n}: unknown meta-command \\{cmd}"); continue
        if cmd == "set":
            if not args or not re.fullmatch(r"[A-Za-z_]\w*", args[0]): errors.append(f"{f}: line {n}: \\set name"); continue
            if len(args) != 2: errors.append(f"{f}: line {n}: \\set {args[0]} wants one value")
            if args[0] in defined and args[0] != "QUIET": errors.append(f"{f}: line {n}: {args[0]} set twice")
            defined[args[0]] = args[1:]
            if args[0] == "QUIET": quiet.append(args[1:])
            if args[0] == "HISTSIZE" and not (args[1:] and args[1].isdigit()): errors.append(f"{f}: HISTSIZE not a number")
            if args[1:] and args[1].startswith("'SELECT") and not args[1].endswith(";'"): errors.append(f"{f}: line {n}: saved query without `;`")
            if args[1:] and args[1].startswith("'SELECT"):
                balanced(f, args[1][1:-1].replace("''", ""), "()", f" in {args[0]}")
        elif cmd == "pset":
            if not args or args[0] not in PSET: errors.append(f"{f}: line {n}: unknown \\pset option"); continue
            if args[0] == "border" and args[1:] != ["2"] and args[1:] not in (["0"], ["1"]): errors.append(f"{f}: border value")
            if args[0] == "linestyle" and args[1:] not in (["ascii"], ["old-ascii"], ["unicode"]): errors.append(f"{f}: linestyle value")
        elif cmd == "x" and args not in ([], ["on"], ["off"], ["auto"]): errors.append(f"{f}: line {n}: \\x {args}")
        elif cmd == "timing" and args not in ([], ["on"], ["off"]): errors.append(f"{f}: line {n}: \\timing {args}")
    if quiet != [["1"], ["0"]]: errors.append(f"{f}: QUIET not set 1 at the start and 0 at the end")


# ---------------------------------------------------------------- 2211 .tigrc
TIG_SET = {"main-view", "blame-view", "tab-size", "ignore-case", "wrap-lines", "line-graphics", "mouse",
           "refresh-mode", "diff-highlight", "diff-context", "vertical-split", "split-view-height"}
TIG_MAPS = {"generic", "main", "diff", "log", "tree", "blob", "blame", "refs", "stash", "status", "stage", "pager", "help"}
TIG_ACTS = {"move-first-line", "move-last-line", "refresh", "quit", "view-main", "view-diff", "enter", "next", "previous"}
TIG_COLORS = {"default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"}
TIG_AREAS = {"cursor", "title-focus", "title-blur", "diff-header", "date", "author", "status", "id", "graph-commit"}


def check_tigrc(f, raw):
    L = lines_of(f, raw)
    sets, binds = set(), set()
    for n, l in content(L):
        w = l.split()
        if w[0] == "set":
            if len(w) < 4 or w[2] != "=": errors.append(f"{f}: line {n}: `set name = value` shape"); continue
            if w[1] not in TIG_SET: errors.append(f"{f}: line {n}: unknown option {w[1]}")
            if w[1] in sets: errors.append(f"{f}: line {n}: {w[1]} set twice")
            sets.add(w[1])
            if w[1] == "tab-size" and not w[3].isdigit(): errors.append(f"{f}: line {n}: tab-size not a number")
            if w[1] in ("wrap-lines", "mouse", "diff-highlight") and w[3] not in ("yes", "no", "true", "false"): errors.append(f"{f}: line {n}: {w[1]} not a boolean")
        elif w[0] == "bind":
            if len(w) < 4: errors.append(f"{f}: line {n}: bind without an action"); continue
            if w[1] not in TIG_MAPS: errors.append(f"{f}: line {n}: unknown keymap {w[1]}")
            if not re.fullmatch(r"<[A-Z][\w-]*>|\S", w[2]): errors.append(f"{f}: line {n}: key {w[2]}")
            if (w[1], w[2]) in binds: errors.append(f"{f}: line {n}: {w[2]} bound twice in {w[1]}")
            binds.add((w[1], w[2]))
            a = w[3]
            if a[0] in "!@?": 
                if len(a) < 2: errors.append(f"{f}: line {n}: external command missing")
            elif a[0] == ":": pass
            elif a not in TIG_ACTS: errors.append(f"{f}: line {n}: unknown action {a}")
            if a == "@xdg-open" and not (len(w) == 5 and re.fullmatch(r"https?://\S+", w[4])): errors.append(f"{f}: line {n}: xdg-open without one URL")
        elif w[0] == "color":
            if not 4 <= len(w) <= 5: errors.append(f"{f}: line {n}: color shape"); continue
            if w[1] not in TIG_AREAS: errors.append(f"{f}: line {n}: unknown colour area {w[1]}")
            for c_ in w[2:4]:
                if c_ not in TIG_COLORS: errors.append(f"{f}: line {n}: unknown colour {c_}")
            if len(w) == 5 and w[4] not in ("bold", "underline", "reverse", "standout", "blink"): errors.append(f"{f}: line {n}: attribute {w[4]}")
        else:
            errors.append(f"{f}: line {n}: unknown command {w[0]}")


# ---------------------------------------------------------------- 2212 .condarc
CONDA_LISTS = {"channels", "envs_dirs", "pkgs_dirs", "create_default_packages", "default_channels"}
CONDA_BOOLS = {"auto_activate_base", "show_channel_urls", "changeps1", "report_errors", "ssl_verify", "always_yes"}
CONDA_KEYS = CONDA_LISTS | CONDA_BOOLS | {"channel_priority"}


def check_condarc(f, raw):
    L = lines_of(f, raw)
    ys = yaml_lines(f, L)
    top = [(k, v, n) for i, k, v, n in ys if i == 0]
    names = [k for k, _, _ in top]
    if len(set(names)) != len(names): errors.append(f"{f}: a top-level key twice")
    cur = None
    items = Counter()
    for i, k, v, n in ys:
        if i == 0:
            if k not in CONDA_KEYS: errors.append(f"{f}: line {n}: unknown conda key {k!r}")
            if k in CONDA_LISTS and v: errors.append(f"{f}: line {n}: {k} wants a list")
            if k in CONDA_BOOLS and v not in ("true", "false"): errors.append(f"{f}: line {n}: {k} not a boolean")
            if k == "channel_priority" and v not in ("strict", "flexible", "disabled"): errors.append(f"{f}: line {n}: channel_priority {v}")
            cur = k
        else:
            if cur not in CONDA_LISTS or i != 2 or k is not None: errors.append(f"{f}: line {n}: item outside a list key")
            items[cur] += 1
            if not re.fullmatch(r"[\w~/.-]+", v): errors.append(f"{f}: line {n}: list item {v!r}")
    for k in names:
        if k in CONDA_LISTS and not items[k]: errors.append(f"{f}: {k} empty")
    if "channels" not in names: errors.append(f"{f}: no channels")


# ---------------------------------------------------------------- 2213 sxhkdrc
SX_MODS = {"super", "alt", "ctrl", "shift", "hyper", "meta", "mode_switch", "lock", "mod1", "mod4"}


def sx_count(f, n, s):
    """how many chords / commands a line expands to: the product of its `{…}` sequences"""
    total = 1
    for grp in re.findall(r"\{([^{}]*)\}", s):
        c_ = 0
        for it in grp.split(","):
            m = re.fullmatch(r"\s*(\w)-(\w)\s*", it)
            c_ += (ord(m.group(2)) - ord(m.group(1)) + 1) if m else 1
        total *= c_
    if re.sub(r"\{[^{}]*\}", "", s).count("{") or re.sub(r"\{[^{}]*\}", "", s).count("}"): errors.append(f"{f}: line {n}: braces not paired")
    return total


def check_sxhkdrc(f, raw):
    L = lines_of(f, raw)
    hot, seen = None, set()
    for n, l in content(L):
        if l.startswith("\t"):
            if hot is None: errors.append(f"{f}: line {n}: a command without a hotkey"); continue
            if l.startswith("\t "): errors.append(f"{f}: line {n}: command indentation")
            hn, hc = hot
            cc = sx_count(f, n, l)
            if "{" in l and cc != hc: errors.append(f"{f}: line {n}: {cc} commands for {hc} chords (line {hn})")
            hot = None
        elif l.startswith(" "):
            errors.append(f"{f}: line {n}: command indented with spaces")
        else:
            if hot is not None: errors.append(f"{f}: line {hot[0]}: hotkey without a command")
            toks = [t.strip() for t in re.sub(r"\{[^{}]*\}", "X", l).split("+")]
            for t in toks[:-1]:
                if t.lstrip("@~") not in SX_MODS and t != "X": errors.append(f"{f}: line {n}: unknown modifier {t}")
            if not toks[-1]: errors.append(f"{f}: line {n}: hotkey without a key")
            if l in seen: errors.append(f"{f}: line {n}: hotkey twice")
            seen.add(l)
            hot = (n, sx_count(f, n, l))
    if hot is not None: errors.append(f"{f}: line {hot[0]}: hotkey without a command")


# ---------------------------------------------------------------- 2214 .bashrc
def sh_bare(f, raw):
    """strip comments and quoted text (single quotes literal, double quotes with backslash escapes); report quotes not
    closed"""
    out, i, s = [], 0, raw
    while i < len(s):
        ch = s[i]
        if ch == "\\": out.append("__"); i += 2; continue
        if ch == "#" and (i == 0 or s[i - 1] in " \t\n;"):
            j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if ch == "'":
            j = s.find("'", i + 1)
            if j < 0: errors.append(f"{f}: single quote not closed at {s[i:i + 30]!r}"); break
            out.append("''"); i = j + 1; continue
        if ch == '"':
            j = i + 1
            while j < len(s) and s[j] != '"':
                if s[j] == "\\": j += 1
                j += 1
            if j >= len(s): errors.append(f"{f}: double quote not closed at {s[i:i + 30]!r}"); break
            out.append('""'); i = j + 1; continue
        out.append(ch); i += 1
    return "".join(out)


def check_bashrc(f, raw):
    L = lines_of(f, raw)
    b = sh_bare(f, raw)
    balanced(f, b.replace("[[", "").replace("]]", "").replace("*)", "").replace("i*)", ""), "{}")
    words = re.findall(r"(?<![\w$-])(if|fi|case|esac|do|done)(?![\w-])", b)
    for o, c_ in (("if", "fi"), ("case", "esac"), ("do", "done")):
        if words.count(o) != words.count(c_): errors.append(f"{f}: {o}/{c_} not paired")
    if b.count("[[") != b.count("]]"): errors.append(f"{f}: [[ ]] not paired")
    if not re.search(r"^case \$- in\n    \*i\*\) ;;\n      \*\) return;;\nesac$", raw, re.M): errors.append(f"{f}: no interactive guard")
    al = re.findall(r"^alias ([\w.-]+)=(.*)$", raw, re.M)
    names = [a for a, _ in al]
    if len(names) != len(set(names)): errors.append(f"{f}: an alias twice")
    for a, v in al:
        if not re.fullmatch(r"'[^']*'", v): errors.append(f"{f}: alias {a} not single-quoted")
    fn = re.findall(r"^([\w-]+)\(\) \{$", raw, re.M)
    if len(fn) != len(set(fn)): errors.append(f"{f}: a function twice")
    for k in ("HISTSIZE", "HISTFILESIZE"):
        if not re.search(rf"^{k}=\d+$", raw, re.M): errors.append(f"{f}: {k} not a number")
    for m in re.finditer(r"^shopt -s (\w+)$", raw, re.M):
        if m.group(1) not in ("histappend", "checkwinsize", "globstar", "autocd", "cdspell"): errors.append(f"{f}: shopt {m.group(1)}")
    for m in re.finditer(r"^declare -A (\w+)=\(\n((?:.*\n)*?)\)$", raw, re.M):
        ks = []
        for l in m.group(2).splitlines():
            e = re.fullmatch(r"    \[(\w+)\]=\"([^\"]*)\"", l)
            if not e: errors.append(f"{f}: table entry {l.strip()[:30]!r}"); continue
            ks.append(e.group(1))
        if len(ks) != len(set(ks)): errors.append(f"{f}: a table key twice")
    if not re.search(r"^declare -A \w+=\($", raw, re.M): errors.append(f"{f}: no declare -A table")
    for m in re.finditer(r"\$\{(\w+)\[", raw):
        if not re.search(rf"^declare -A {m.group(1)}=", raw, re.M): errors.append(f"{f}: {m.group(1)} not declared")
    for m in re.finditer(r"^export (.*)$", raw, re.M):
        if not re.fullmatch(r"[A-Z_][A-Z0-9_]*=\S+", m.group(1)): errors.append(f"{f}: export {m.group(1)[:30]!r}")


# ---------------------------------------------------------------- 2215 dunstrc
DU_GLOBAL = {"monitor", "follow", "width", "height", "origin", "offset", "notification_limit", "indicate_hidden",
             "separator_height", "padding", "horizontal_padding", "frame_width", "font", "markup", "format",
             "alignment", "word_wrap", "show_indicators", "browser", "dmenu", "mouse_left_click",
             "mouse_middle_click", "mouse_right_click", "frame_color", "sort", "idle_threshold"}
DU_STYLE = {"background", "foreground", "frame_color", "timeout", "urgency", "history_ignore", "new_icon", "format",
            "skip_display", "set_stack_tag"}
DU_FILTER = {"appname", "summary", "body", "category", "msg_urgency", "desktop_entry", "icon"}


def check_dunstrc(f, raw):
    L = lines_of(f, raw)
    sec, keys_, secs = None, set(), []
    for n, l in content(L):
        m = re.fullmatch(r"\[([\w-]+)\]", l)
        if m:
            if m.group(1) in secs: errors.append(f"{f}: line {n}: section [{m.group(1)}] twice")
            sec, keys_ = m.group(1), set(); secs.append(sec); continue
        m = re.fullmatch(r"    (\w+) = (.+)", l)
        if not m: errors.append(f"{f}: line {n}: not `    key = value`"); continue
        if sec is None: errors.append(f"{f}: line {n}: a key outside a section"); continue
        k, v = m.groups()
        if k in keys_: errors.append(f"{f}: line {n}: {k} twice in [{sec}]")
        keys_.add(k)
        allowed = DU_GLOBAL if sec == "global" else DU_STYLE | (DU_FILTER if not sec.startswith("urgency_") else set())
        if k not in allowed: errors.append(f"{f}: line {n}: unknown key {k} in [{sec}]")
        if v.startswith('"') and not re.fullmatch(r'"(?:[^"\\]|\\.)*"', v): errors.append(f"{f}: line {n}: quote not closed")
        if k in ("timeout", "width", "height", "padding", "frame_width", "monitor", "notification_limit") and not v.isdigit():
            errors.append(f"{f}: line {n}: {k} not a number")
        if k in ("background", "foreground", "frame_color") and not re.fullmatch(r'"#[0-9a-fA-F]{6}"', v): errors.append(f"{f}: line {n}: colour {v}")
        if k in ("indicate_hidden", "word_wrap", "show_indicators", "history_ignore") and v not in ("yes", "no", "true", "false"):
            errors.append(f"{f}: line {n}: {k} not a boolean")
        if k == "urgency" and v not in ("low", "normal", "critical"): errors.append(f"{f}: line {n}: urgency {v}")
        if k == "origin" and v not in ("top-left", "top-center", "top-right", "bottom-left", "bottom-center", "bottom-right", "left-center", "center", "right-center"):
            errors.append(f"{f}: line {n}: origin {v}")
        if k == "offset" and not re.fullmatch(r"\d+x\d+", v): errors.append(f"{f}: line {n}: offset {v}")
    for s in ("global", "urgency_low", "urgency_normal", "urgency_critical"):
        if s not in secs: errors.append(f"{f}: no [{s}]")
    for m in re.finditer(r"^\[([\w-]+)\]\n((?:    .*\n)*)", raw, re.M):
        s = m.group(1)
        if s == "global" or s.startswith("urgency_"): continue
        ks = set(re.findall(r"^    (\w+) =", m.group(2), re.M))
        if not ks & DU_FILTER: errors.append(f"{f}: rule [{s}] matches nothing")
        if not ks & DU_STYLE: errors.append(f"{f}: rule [{s}] changes nothing")


# ---------------------------------------------------------------- 2216 .gitignore
def check_gitignore(f, raw):
    L = lines_of(f, raw)
    pats = []
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        if l != l.strip(): errors.append(f"{f}: line {n}: blanks around a pattern")
        if " " in l: errors.append(f"{f}: line {n}: a pattern with a space (one pattern a line)")
        if re.search(r"\*\*\*|\[\]|^!$", l): errors.append(f"{f}: line {n}: bad glob {l!r}")
        pats.append(l)
    if len(pats) != len(set(pats)): errors.append(f"{f}: a pattern twice")
    for p in pats:
        if p.startswith("!"):
            parent = p[1:].rsplit("/", 1)[0] + "/" if "/" in p[1:] else None
            if not parent or (parent + "*") not in pats: errors.append(f"{f}: exception {p} re-includes nothing ignored by a `dir/*` pattern")
            elif pats.index(parent + "*") > pats.index(p): errors.append(f"{f}: exception {p} before its pattern")
    if not pats: errors.append(f"{f}: no pattern")
    if L and L[-1] == "": errors.append(f"{f}: a blank last line")


def shape_checks(f, raw, path):
    n = num(f)
    {2207: check_pythonrc, 2208: check_zathurarc, 2209: check_pylintrc, 2210: check_psqlrc, 2211: check_tigrc,
     2212: check_condarc, 2213: check_sxhkdrc, 2214: check_bashrc, 2215: check_dunstrc,
     2216: check_gitignore}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round219 (every digest is plain UTF-8 text)"""
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
# /work/rounds/*/expected.json except round218's and round219's, a byte-identical file counted once), and the
# round218/round219 split (candidates sorted by (uses, catalogue title); round219 = odd positions from 3 on, one
# unbroken run; round218 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P218S = ["/work/rounds/digests-round218/expected.json", "/work/main/tests/data/digests-round218/expected.json"]
P218 = next((p for p in P218S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P218S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round218", "digests-round219") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round219 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r218 = set()
if P218:
    try:
        r218 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P218)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P218} exists but could not be read (being written?)")
    if r218 & mine: errors.append(f"papers also in round218: {sorted(r218 & mine)}")
shared218 = len(r218 & mine) if P218 else "(no round218 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round219 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round218: {shared218}; papers in more than one round219 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



