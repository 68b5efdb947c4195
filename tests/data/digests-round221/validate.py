r"""Checks round221/expected.json against the digests and the shared catalogues.

Adapted from round219/validate.py (the label checks are the same code; the reuse report is round219's with round220 /
round221 in place of round218 / round219; round221 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round220's and round221's own (a digests-round220 / digests-round221 folder, or a file whose bytes equal round220's or
round221's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round221 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round220's expected.json (read only, from
/work/rounds/digests-round220/ or /work/main/tests/data/digests-round220/, when it exists), and on a paper in more
than one round221 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2227 .tridactylrc (`"` comments; `sanitise` first; known commands; `set` with known settings or searchurls.NAME, none
twice, booleans and search URLs; `bind [--mode=…] key excmd` with known modes, key shapes and ex commands, no key
twice per mode; `unbind` one key; `quickmark k URL` with one-character keys, none twice; `command name excmd`, none
twice, tabopen with one URL; colour scheme and sanitise targets);
2228 .nethackrc (`NAME=value` lines of known names; OPTIONS items known booleans (`!` allowed) or known compound
options with a value, known values for role / race / gender / align / pettype / windowtype / msg_window / runmode /
sortloot / symset, numbers, hilite_status rules, no option twice but hilite_status; MENUCOLOR `"re"=colour[&attr]`
with known colours; AUTOPICKUP_EXCEPTION `"<…"` / `">…"`; MSGTYPE `hide|show|stop|norep "…"`; name, role and
windowtype present);
2229 SConstruct (parses with the stdlib's `ast`; every name loaded is bound, a builtin or an SConscript global;
Environment(), one Default(), env.PDF and env.Command used; ARTYKULY a dict of unique file-name keys and URL values);
2230 qtile config.py (parses with `ast`; every name loaded is bound; imports only from libqtile; keys, groups,
layouts, screens and mouse defined; mod is mod1 / mod4; Key / KeyChord / Drag / Click with a modifier list of known
modifiers, no literal binding twice, Key with a command; LEITURAS a list of (key, URL, title) with one-character keys,
none twice);
2231 niri config.kdl (strings closed, braces balanced, four-space indentation by depth, known top-level nodes; every
`binds` line `Key [prop="…"] { action [args]; }` with known modifiers, properties and actions, no key twice, spawn
with a program, `xdg-open` with one URL; a binds block present);
2232 fhem.cfg (`\`-continued logical lines; `define name TYPE args` with known types, no device twice, FHEMWEB with a
port, `at` with a time spec, notify with regexp and command, Perl braces balanced and `;` doubled; `attr dev name
value` after the device's define, known attributes or ones declared in a userattr, no attribute twice, verbose
levels; known commands only; a WEB device);
2233 rootlogon.C (comments and strings stripped, strings closed, brackets balanced; one unnamed `{ … }` block; every
statement line ends in `;`, `{`, `,` or a closing brace; gStyle / gROOT / gSystem with known methods; a `const char
*name[][2]` table of `{"…", "URL"},` rows, used; printf `%s` counts match their arguments);
2234 .pryrc (comments and strings stripped, strings closed, brackets balanced; if / unless / begin / def / do … end
paired; known Pry.config settings, none twice, booleans; aliases and commands once; a frozen DOC_TUAN hash of
`"key" => "URL"` entries, commas right, no key twice);
2235 textadept init.lua (comments and strings stripped, strings closed, brackets balanced; function / if / for / while
paired with `end`, if with then, for / while with do; top-level names known or local; `keys['…']` once each with key
shapes; numbers and booleans for buffer / view settings; a `lecturi` table of `{'title', 'URL'},` rows);
2236 .bazelrc (one `command[:config] --option…` a line with known commands, option shapes, no startup config, no line
twice, every --config=NAME defined; `import` / `try-import` with one path).

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
# ================================================================ round221 shape checks
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
    `block` = (open, close) of block comments; `interp` keeps Ruby's #{…} from starting a comment inside strings"""
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


# ---------------------------------------------------------------- 2227 .tridactylrc
TRI_SET = {"smoothscroll", "modeindicator", "hintchars", "hintfiltermode", "allowautofocus", "editorcmd", "newtab",
           "searchengine", "theme", "tabopenpos", "relatedopenpos", "incsearch", "findcase", "hintdelay", "scrollduration"}
TRI_CMDS = {"sanitise", "colourscheme", "colors", "set", "seturl", "bind", "unbind", "bindurl", "quickmark", "command",
            "alias", "autocmd", "blacklistadd", "source", "guiset_quiet"}
TRI_EX = {"tabprev", "tabnext", "source", "tabdetach", "clipboard", "ex.next_completion", "ex.prev_completion",
          "tabopen", "open", "hint", "back", "forward", "reload", "tabclose", "undo", "scrollline", "scrollpage",
          "followpage", "zoom", "fillcmdline", "composite", "js", "mute", "pin", "winopen", "quickmark", "gobble"}
TRI_MODES = {"normal", "ex", "insert", "input", "hint", "visual", "browser"}


def check_tridactylrc(f, raw):
    L = lines_of(f, raw)
    sets, binds, qms, cmds = set(), set(), set(), set()
    first = None
    for n, l in content(L, '"'):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented command"); continue
        w = l.split()
        first = first or w[0]
        if w[0] not in TRI_CMDS: errors.append(f"{f}: line {n}: unknown command {w[0]}"); continue
        if w[0] == "set":
            if len(w) < 3: errors.append(f"{f}: line {n}: `set name value` shape"); continue
            if w[1] not in TRI_SET and not re.fullmatch(r"searchurls\.\w+", w[1]): errors.append(f"{f}: line {n}: unknown setting {w[1]}")
            if w[1] in sets: errors.append(f"{f}: line {n}: {w[1]} set twice")
            sets.add(w[1])
            if w[1].startswith("searchurls.") and not (len(w) == 3 and url_ok(w[2])): errors.append(f"{f}: line {n}: search URL")
            if w[1] in ("smoothscroll", "modeindicator", "allowautofocus", "incsearch") and w[2] not in ("true", "false"):
                errors.append(f"{f}: line {n}: {w[1]} not true/false")
        elif w[0] in ("bind", "unbind"):
            a = w[1:]
            mode = "normal"
            if a and a[0].startswith("--mode="):
                mode = a[0][7:]; a = a[1:]
                if mode not in TRI_MODES: errors.append(f"{f}: line {n}: unknown mode {mode}")
            if not a: errors.append(f"{f}: line {n}: {w[0]} without a key"); continue
            if not re.fullmatch(r"(?:<(?:[ACMS]-)+\w+>|<\w+>|[^\s<>]){1,3}", a[0]): errors.append(f"{f}: line {n}: key {a[0]}")
            if (mode, a[0]) in binds: errors.append(f"{f}: line {n}: {a[0]} bound twice in {mode} mode")
            binds.add((mode, a[0]))
            if w[0] == "bind":
                if len(a) < 2: errors.append(f"{f}: line {n}: bind without a command")
                elif a[1] not in TRI_EX: errors.append(f"{f}: line {n}: unknown ex command {a[1]}")
            elif len(a) != 1: errors.append(f"{f}: line {n}: unbind takes one key")
        elif w[0] == "quickmark":
            if len(w) != 3 or not re.fullmatch(r"[A-Za-z0-9]", w[1]) or not url_ok(w[2]): errors.append(f"{f}: line {n}: `quickmark key URL` shape"); continue
            if w[1] in qms: errors.append(f"{f}: line {n}: quickmark {w[1]} twice")
            qms.add(w[1])
        elif w[0] in ("command", "alias"):
            if len(w) < 3 or not re.fullmatch(r"\w+", w[1]): errors.append(f"{f}: line {n}: `command name ex…` shape"); continue
            if w[1] in cmds: errors.append(f"{f}: line {n}: command {w[1]} twice")
            cmds.add(w[1])
            if w[2] not in TRI_EX: errors.append(f"{f}: line {n}: unknown ex command {w[2]}")
            if w[2] in ("tabopen", "open") and not (len(w) == 4 and url_ok(w[3])): errors.append(f"{f}: line {n}: {w[2]} without one URL")
        elif w[0] == "sanitise" and not set(w[1:]) <= {"tridactyllocal", "tridactylsync", "commandline", "history"}:
            errors.append(f"{f}: line {n}: sanitise target")
        elif w[0] in ("colourscheme", "colors") and (len(w) != 2 or w[1] not in ("dark", "default", "greenmat", "shydactyl", "quake", "midnight")):
            errors.append(f"{f}: line {n}: colour scheme")
    if first != "sanitise": errors.append(f"{f}: the first command is not sanitise")


# ---------------------------------------------------------------- 2228 .nethackrc
NH_BOOL = {"autopickup", "autodig", "autoquiver", "cmdassist", "legacy", "news", "sparkle", "time", "showexp",
           "showscore", "color", "lit_corridor", "standout", "menucolors", "rest_on_space", "verbose", "mail",
           "hilite_pet", "number_pad", "confirm", "safe_pet", "silent"}
NH_COMP = {"windowtype", "name", "role", "race", "gender", "align", "pettype", "catname", "dogname", "horsename",
           "fruit", "pickup_types", "msghistory", "msg_window", "runmode", "sortloot", "symset", "hilite_status",
           "statushilites", "menustyle", "disclose", "paranoid_confirmation", "pile_limit", "boulder"}
NH_VALUES = {"role": {"Archeologist", "Barbarian", "Caveman", "Healer", "Knight", "Monk", "Priest", "Rogue", "Ranger",
                      "Samurai", "Tourist", "Valkyrie", "Wizard"},
             "race": {"human", "elf", "dwarf", "gnome", "orc"}, "gender": {"male", "female"},
             "align": {"lawful", "neutral", "chaotic"}, "pettype": {"cat", "dog", "horse", "none"},
             "windowtype": {"tty", "curses", "X11", "Qt"}, "msg_window": {"single", "combination", "full", "reversed"},
             "runmode": {"teleport", "run", "walk", "crawl"}, "sortloot": {"full", "loot", "none"},
             "symset": {"DECgraphics", "IBMgraphics", "curses", "plain", "Enhanced1"}}
NH_COLORS = {"black", "red", "green", "brown", "blue", "magenta", "cyan", "gray", "orange", "lightgreen", "yellow",
             "lightblue", "lightmagenta", "lightcyan", "white", "no-color"}
NH_ATTRS = {"none", "bold", "dim", "underline", "blink", "inverse"}


def check_nethackrc(f, raw):
    L = lines_of(f, raw)
    seen = set()
    for n, l in content(L):
        m = re.fullmatch(r"([A-Z_]+)=(.+)", l)
        if not m: errors.append(f"{f}: line {n}: not NAME=value"); continue
        k, v = m.groups()
        if k == "OPTIONS":
            for it in v.split(","):
                if not it: errors.append(f"{f}: line {n}: empty option"); continue
                if ":" in it:
                    o, val = it.split(":", 1)
                    if o not in NH_COMP: errors.append(f"{f}: line {n}: unknown compound option {o}")
                    if not val: errors.append(f"{f}: line {n}: {o} without a value")
                    if o in NH_VALUES and val not in NH_VALUES[o]: errors.append(f"{f}: line {n}: {o} value {val}")
                    if o in ("msghistory", "pile_limit") and not val.isdigit(): errors.append(f"{f}: line {n}: {o} not a number")
                    if o == "hilite_status" and not re.fullmatch(r"\w+/[^/]+/[a-z-]+(?:&[a-z]+)*", val): errors.append(f"{f}: line {n}: hilite_status rule")
                else:
                    o = it[1:] if it.startswith("!") else it
                    if o not in NH_BOOL: errors.append(f"{f}: line {n}: unknown boolean option {o}" + (" (a compound option without a value)" if o in NH_COMP else ""))
                if o in seen and o != "hilite_status": errors.append(f"{f}: line {n}: option {o} twice")
                seen.add(o)
        elif k == "MENUCOLOR":
            mm = re.fullmatch(r'"([^"]+)"=([a-z-]+)(?:&([a-z]+))?', v)
            if not mm: errors.append(f"{f}: line {n}: MENUCOLOR shape"); continue
            if mm.group(2) not in NH_COLORS: errors.append(f"{f}: line {n}: colour {mm.group(2)}")
            if mm.group(3) and mm.group(3) not in NH_ATTRS: errors.append(f"{f}: line {n}: attribute {mm.group(3)}")
        elif k == "AUTOPICKUP_EXCEPTION":
            if not re.fullmatch(r'"[<>][^"]+"', v): errors.append(f"{f}: line {n}: AUTOPICKUP_EXCEPTION shape")
        elif k == "MSGTYPE":
            if not re.fullmatch(r'(?:hide|show|stop|norep) "[^"]+"', v): errors.append(f"{f}: line {n}: MSGTYPE shape")
        elif k not in ("BIND", "SYMBOLS", "SOUND", "SOUNDDIR", "CHOOSE"):
            errors.append(f"{f}: line {n}: unknown option line {k}")
    for need in ("name", "role", "windowtype"):
        if need not in seen: errors.append(f"{f}: no {need} option")


# ---------------------------------------------------------------- 2229 SConstruct
SCONS_NAMES = {"Environment", "Glob", "Depends", "Default", "Alias", "Help", "Command", "AddOption", "GetOption",
               "ARGUMENTS", "Export", "Import", "SConscript", "Clean", "AlwaysBuild", "File", "Dir", "Return",
               "EnsureSConsVersion", "Decider", "COMMAND_LINE_TARGETS", "BUILD_TARGETS"}


def py_names(tree):
    """names bound at module level (imports, assignments, loop targets, functions) and names loaded anywhere"""
    bound, loaded = set(dir(__builtins__)) if not isinstance(__builtins__, dict) else set(__builtins__), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            bound.update(a.asname or a.name for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.Name):
            (bound if isinstance(node.ctx, ast.Store) else loaded).add(node.id)
    return bound, loaded


def check_sconstruct(f, raw):
    L = lines_of(f, raw)
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not Python: {ex.msg} (line {ex.lineno})"); return
    bound, loaded = py_names(tree)
    for x in sorted(loaded - bound - SCONS_NAMES): errors.append(f"{f}: name {x} neither defined nor an SConscript global")
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    meths = [n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
    if "Environment" not in calls: errors.append(f"{f}: no Environment()")
    if calls.count("Default") != 1: errors.append(f"{f}: Default() not called once")
    if "PDF" not in meths: errors.append(f"{f}: no PDF builder")
    if "Command" not in meths: errors.append(f"{f}: no Command builder")
    d = {n.targets[0].id: n.value for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)}.get("ARTYKULY")
    if not isinstance(d, ast.Dict): errors.append(f"{f}: ARTYKULY not a dict"); return
    ks = [k.value for k in d.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if len(ks) != len(d.keys) or len(set(ks)) != len(ks): errors.append(f"{f}: ARTYKULY keys not unique strings")
    for k in ks:
        if not re.fullmatch(r"[a-z0-9_-]+", k): errors.append(f"{f}: ARTYKULY key {k!r} not a file name")
    for v in d.values:
        if not (isinstance(v, ast.Constant) and isinstance(v.value, str) and url_ok(v.value)): errors.append(f"{f}: an ARTYKULY value that is not a URL")


# ---------------------------------------------------------------- 2230 qtile config.py
QT_MODS = {"mod1", "mod4", "shift", "control"}


def check_qtile(f, raw):
    L = lines_of(f, raw)
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not Python: {ex.msg} (line {ex.lineno})"); return
    bound, loaded = py_names(tree)
    for x in sorted(loaded - bound): errors.append(f"{f}: name {x} not defined")
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and not (node.module or "").startswith("libqtile"): errors.append(f"{f}: import from {node.module}")
        if isinstance(node, ast.Import): errors.append(f"{f}: plain import {node.names[0].name} (only libqtile wanted)")
    top = {n.targets[0].id: n.value for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)}
    for need in ("keys", "groups", "layouts", "screens", "mouse"):
        if need not in top: errors.append(f"{f}: no {need}")
    if not (isinstance(top.get("mod"), ast.Constant) and top["mod"].value in ("mod1", "mod4")): errors.append(f"{f}: mod not mod1/mod4")
    seen = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Key", "KeyChord", "Drag", "Click"):
            if len(node.args) < 2 or not isinstance(node.args[0], ast.List): errors.append(f"{f}: line {node.lineno}: {node.func.id} without a modifier list"); continue
            mods = []
            for m in node.args[0].elts:
                if isinstance(m, ast.Name) and m.id == "mod": mods.append("mod")
                elif isinstance(m, ast.Constant) and m.value in QT_MODS: mods.append(m.value)
                else: errors.append(f"{f}: line {node.lineno}: unknown modifier")
            if isinstance(node.args[1], ast.Constant):
                k = (node.func.id in ("Drag", "Click"), tuple(sorted(mods)), node.args[1].value)
                if k in seen: errors.append(f"{f}: line {node.lineno}: {'+'.join(mods + [node.args[1].value])} bound twice")
                seen.add(k)
            if node.func.id == "Key" and len(node.args) < 3: errors.append(f"{f}: line {node.lineno}: Key without a command")
    lt = top.get("LEITURAS")
    if not isinstance(lt, ast.List): errors.append(f"{f}: LEITURAS not a list"); return
    ks = []
    for e in lt.elts:
        if not (isinstance(e, ast.Tuple) and len(e.elts) == 3 and all(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in e.elts)):
            errors.append(f"{f}: line {e.lineno}: a LEITURAS entry that is not (key, URL, title)"); continue
        k, u, t = (x.value for x in e.elts)
        if not re.fullmatch(r"[a-z0-9]", k): errors.append(f"{f}: line {e.lineno}: chord key {k!r}")
        if not url_ok(u): errors.append(f"{f}: line {e.lineno}: {u!r} not a URL")
        ks.append(k)
    if len(ks) != len(set(ks)): errors.append(f"{f}: a chord key twice in LEITURAS")


# ---------------------------------------------------------------- 2231 niri config.kdl
NIRI_TOP = {"input", "output", "layout", "spawn-at-startup", "prefer-no-csd", "screenshot-path", "window-rule",
            "binds", "environment", "cursor", "hotkey-overlay", "animations", "layer-rule", "workspace"}
NIRI_ACTS = {"show-hotkey-overlay", "spawn", "close-window", "focus-column-left", "focus-column-right",
             "focus-window-down", "focus-window-up", "move-column-left", "move-column-right", "focus-workspace",
             "move-column-to-workspace", "switch-preset-column-width", "maximize-column", "fullscreen-window",
             "screenshot", "screenshot-window", "quit", "toggle-window-floating", "power-off-monitors",
             "focus-workspace-down", "focus-workspace-up", "consume-window-into-column", "expel-window-from-column"}
NIRI_MODS = {"Mod", "Super", "Alt", "Ctrl", "Shift", "Win", "ISO_Level3_Shift"}


def check_niri(f, raw):
    L = lines_of(f, raw)
    bare = code_bare(f, raw, "//", '"', ("/*", "*/"))
    balanced(f, bare, "{}")
    depth, in_binds, keys_ = 0, False, set()
    for n, l in enumerate(L, 1):
        b = code_bare(f, l, "//", '"').strip() if l.strip() else ""
        if not b: continue
        if (len(l) - len(l.lstrip(" "))) != 4 * depth - (4 if b.startswith("}") else 0) or "\t" in l:
            errors.append(f"{f}: line {n}: indentation")
        if depth == 0:
            node = b.split()[0]
            if node not in NIRI_TOP: errors.append(f"{f}: line {n}: unknown top-level node {node}")
            in_binds = node == "binds"
        elif in_binds and depth == 1 and not b.startswith("}"):
            m = re.fullmatch(r'(\S+)((?: [\w-]+="[^"]*")*) \{ ((?:[\w-]+(?: (?:"[^"]*"|[\d.]+))*; )+)\}', l.strip())
            if not m: errors.append(f"{f}: line {n}: not `Key [prop=\"…\"] {{ action; }}`"); continue
            parts = m.group(1).split("+")
            for p in parts[:-1]:
                if p not in NIRI_MODS: errors.append(f"{f}: line {n}: unknown modifier {p}")
            if not parts[-1]: errors.append(f"{f}: line {n}: no key")
            if m.group(1) in keys_: errors.append(f"{f}: line {n}: {m.group(1)} bound twice")
            keys_.add(m.group(1))
            for pr in re.findall(r' ([\w-]+)=', m.group(2)):
                if pr not in ("hotkey-overlay-title", "allow-when-locked", "cooldown-ms", "repeat"): errors.append(f"{f}: line {n}: unknown property {pr}")
            for act in re.findall(r'([\w-]+)((?: (?:"[^"]*"|[\d.]+))*); ', m.group(3)):
                if act[0] not in NIRI_ACTS: errors.append(f"{f}: line {n}: unknown action {act[0]}")
                args = re.findall(r'"([^"]*)"|([\d.]+)', act[1])
                if act[0] == "spawn" and not args: errors.append(f"{f}: line {n}: spawn without a program")
                if act[0] == "spawn" and args and args[0][0] == "xdg-open" and not (len(args) == 2 and url_ok(args[1][0])):
                    errors.append(f"{f}: line {n}: xdg-open without one URL")
        depth += b.count("{") - b.count("}")
        if depth < 0: errors.append(f"{f}: line {n}: a brace closes nothing"); depth = 0
    if "binds" not in re.findall(r"^([\w-]+)", raw, re.M): errors.append(f"{f}: no binds block")


# ---------------------------------------------------------------- 2232 fhem.cfg
FHEM_TYPES = {"FHEMWEB", "FileLog", "autocreate", "eventTypes", "notify", "dummy", "TelegramBot", "at", "DOIF",
              "telnet", "SVG", "readingsGroup", "watchdog", "HTTPMOD", "Twilight", "weblink"}
FHEM_ATTRS = {"userattr", "autoload_undefined_devices", "language", "logfile", "modpath", "motd", "statefile",
              "verbose", "editConfig", "stylesheetPrefix", "filelog", "room", "alias", "setList", "webCmd", "group",
              "icon", "devStateIcon", "comment", "defaultPeer", "pollingTimeout", "disable", "sortby", "title"}


def check_fhemcfg(f, raw):
    L = lines_of(f, raw)
    logical, buf, start = [], "", None
    for n, l in enumerate(L, 1):
        if buf == "" and (not l.strip() or l.startswith("#")): continue
        if start is None: start = n
        if l.endswith("\\"):
            buf += l[:-1] + "\n"; continue
        logical.append((start, buf + l)); buf, start = "", None
    if buf: errors.append(f"{f}: a continued line at the end of the file")
    devs, attrs, uattr = {"global": "global"}, set(), {}
    for n, l in logical:
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented command"); continue
        w = l.split(" ", 3)
        if w[0] == "define":
            if len(w) < 3: errors.append(f"{f}: line {n}: define without a type"); continue
            if w[1] in devs: errors.append(f"{f}: line {n}: {w[1]} defined twice")
            if not re.fullmatch(r"[\w.]+", w[1]): errors.append(f"{f}: line {n}: device name {w[1]!r}")
            devs[w[1]] = w[2]
            if w[2] not in FHEM_TYPES: errors.append(f"{f}: line {n}: unknown type {w[2]}")
            args = w[3] if len(w) > 3 else ""
            if w[2] == "FHEMWEB" and not re.match(r"\d+\b", args): errors.append(f"{f}: line {n}: FHEMWEB without a port")
            if w[2] == "at" and not re.match(r"[+*]{0,2}\d\d:\d\d:\d\d ", args): errors.append(f"{f}: line {n}: at without a time spec")
            if w[2] == "notify" and not re.match(r"\S+ \S", args): errors.append(f"{f}: line {n}: notify without regexp and command")
            if "{" in args:
                perl = args[args.index("{"):]
                balanced(f, re.sub(r'"(?:[^"\\]|\\.)*"', '""', perl), "{}()", f" in {w[1]}'s Perl")
                if re.search(r"(?<!;);(?!;)", re.sub(r'"(?:[^"\\]|\\.)*"', '""', perl)): errors.append(f"{f}: line {n}: a single `;` in {w[1]}'s Perl (fhem.cfg wants `;;`)")
        elif w[0] == "attr":
            if len(w) < 3: errors.append(f"{f}: line {n}: attr without a name"); continue
            if w[1] not in devs: errors.append(f"{f}: line {n}: attr of {w[1]} before its define")
            if (w[1], w[2]) in attrs and w[2] != "userattr": errors.append(f"{f}: line {n}: attr {w[2]} of {w[1]} twice")
            attrs.add((w[1], w[2]))
            if w[2] == "userattr": uattr.setdefault(w[1], set()).update(x.split(":")[0] for x in (w[3] if len(w) > 3 else "").split())
            elif w[2] not in FHEM_ATTRS and w[2] not in uattr.get(w[1], set()) | uattr.get("global", set()):
                errors.append(f"{f}: line {n}: unknown attribute {w[2]} (not in a userattr)")
            if w[2] == "verbose" and not (len(w) > 3 and w[3] in "012345"): errors.append(f"{f}: line {n}: verbose level")
        elif w[0] not in ("set", "setuuid", "setstate", "save"):
            errors.append(f"{f}: line {n}: unknown command {w[0]}")
    for need in ("WEB",):
        if need not in devs: errors.append(f"{f}: no {need} device")


# ---------------------------------------------------------------- 2233 rootlogon.C
ROOT_METHODS = {"SetStyle", "SetOptStat", "SetOptFit", "SetPalette", "SetPadTickX", "SetPadTickY", "SetTitleFont",
                "SetLabelFont", "SetLegendBorderSize", "SetHistLineWidth", "ForceStyle", "AddIncludePath", "Load",
                "SetCanvasColor", "SetFrameBorderMode", "SetPadColor", "SetStatColor", "SetTitleSize", "SetMarkerStyle",
                "ProcessLine", "SetBatch"}


def check_rootlogon(f, raw):
    L = lines_of(f, raw)
    bare = code_bare(f, raw, "//", '"', ("/*", "*/"))
    balanced(f, bare)
    code = bare.strip()
    if not (code.startswith("{") and code.endswith("}")): errors.append(f"{f}: not one unnamed `{{ … }}` block")
    for n, l in enumerate(bare.split("\n"), 1):
        s = l.strip()
        if not s or s in ("{", "}"): continue
        if not s.endswith((";", "{", "},", "};", ",")): errors.append(f"{f}: line {n}: statement without `;`")
        for obj, meth in re.findall(r"\b(g[A-Z]\w+)->(\w+)\(", s):
            if obj not in ("gStyle", "gROOT", "gSystem", "gInterpreter", "gEnv"): errors.append(f"{f}: line {n}: unknown global {obj}")
            if meth not in ROOT_METHODS: errors.append(f"{f}: line {n}: unknown method {meth}")
    m = re.search(r"const char \*(\w+)\[\]\[2\] = \{\n((?:.*\n)*?)\s*\};", raw)
    if not m: errors.append(f"{f}: no `const char *name[][2]` table"); return
    for r in m.group(2).splitlines():
        e = re.fullmatch(r'\s+\{"([^"\\]+)", "([^"\\]+)"\},', r)
        if not e: errors.append(f"{f}: table row {r.strip()[:40]!r}"); continue
        if not url_ok(e.group(2)): errors.append(f"{f}: table URL {e.group(2)!r}")
    for pm in re.finditer(r'printf\("((?:[^"\\]|\\.)*)"((?:, [^;]*)?)\);', raw):
        if pm.group(1).count("%s") != (len(pm.group(2).split(",")) - 1 if pm.group(2) else 0):
            errors.append(f"{f}: printf arguments do not match its format")
    if m.group(1) not in re.sub(r"const char \*\w+", "", raw): errors.append(f"{f}: table {m.group(1)} never used")


# ---------------------------------------------------------------- 2234 .pryrc
PRY_CONFIG = {"editor", "color", "pager", "history_file", "prompt_name", "prompt", "auto_indent", "correct_indent",
              "collision_warning", "output_prefix", "default_window_size", "windows_console_warning", "commands"}


def check_pryrc(f, raw):
    L = lines_of(f, raw)
    bare = code_bare(f, raw, "#", "\"'")
    balanced(f, bare)
    opens = len(re.findall(r"^\s*(?:if|unless|begin|def|class|module|case|while|until)\b", bare, re.M)) + \
        len(re.findall(r"\bdo(?: \|[^|]*\|)?\s*$", bare, re.M))
    ends = len(re.findall(r"^\s*end\b", bare, re.M))
    if opens != ends: errors.append(f"{f}: {opens} blocks opened, {ends} `end`")
    seen = set()
    for m in re.finditer(r"^Pry\.config\.(\w+) = (.+)$", raw, re.M):
        if m.group(1) not in PRY_CONFIG: errors.append(f"{f}: unknown Pry.config.{m.group(1)}")
        if m.group(1) in seen: errors.append(f"{f}: Pry.config.{m.group(1)} set twice")
        seen.add(m.group(1))
        if m.group(1) in ("color", "pager", "auto_indent") and m.group(2) not in ("true", "false"): errors.append(f"{f}: Pry.config.{m.group(1)} not a boolean")
    al = re.findall(r'alias_command "(\w+)", "(\w+)"', raw)
    if len({a for a, _ in al}) != len(al): errors.append(f"{f}: an alias twice")
    cmds = re.findall(r'^Pry::Commands\.(?:block_command|create_command) "(\w+)"', raw, re.M)
    if len(cmds) != len(set(cmds)): errors.append(f"{f}: a command defined twice")
    m = re.search(r"^DOC_TUAN = \{\n((?:.*\n)*?)\}\.freeze$", raw, re.M)
    if not m: errors.append(f"{f}: no frozen DOC_TUAN hash"); return
    ks, rows = [], [r for r in m.group(1).splitlines() if not r.strip().startswith("#")]
    for i, r in enumerate(rows):
        e = re.fullmatch(r'  "(\w+)" => "([^"]+)"(,?)', r)
        if not e: errors.append(f"{f}: hash entry {r.strip()[:40]!r}"); continue
        ks.append(e.group(1))
        if not url_ok(e.group(2)): errors.append(f"{f}: hash value {e.group(2)!r} not a URL")
        if (e.group(3) == "") != (i == len(rows) - 1): errors.append(f"{f}: hash entry {e.group(1)} comma")
    if len(ks) != len(set(ks)): errors.append(f"{f}: a DOC_TUAN key twice")


# ---------------------------------------------------------------- 2235 textadept init.lua
TA_GLOBALS = {"buffer", "view", "textadept", "keys", "events", "io", "os", "ui", "lexer", "CURSES", "_USERHOME",
              "ipairs", "pairs", "reset", "table", "string", "local", "if", "for", "function", "end", "then", "not", "do"}


def check_textadept(f, raw):
    L = lines_of(f, raw)
    bare = code_bare(f, raw, "--", "\"'")
    balanced(f, bare)
    words = re.findall(r"(?<![\w.:])(function|if|for|while|repeat|end|until)(?![\w])", bare)
    opens = sum(words.count(w) for w in ("function", "if", "for", "while"))
    if opens != words.count("end"): errors.append(f"{f}: {opens} blocks opened, {words.count('end')} `end`")
    if words.count("repeat") != words.count("until"): errors.append(f"{f}: repeat/until not paired")
    for m in re.finditer(r"\b(if|elseif)\b(.*?)(\bthen\b|$)", bare, re.M):
        if m.group(3) != "then": errors.append(f"{f}: {m.group(1)} without then")
    for m in re.finditer(r"\b(for|while)\b(.*?)(\bdo\b|$)", bare, re.M):
        if m.group(3) != "do": errors.append(f"{f}: {m.group(1)} without do")
    local = set(re.findall(r"\blocal (\w+)", bare))
    for a, b in re.findall(r"\bfor (\w+), (\w+)", bare): local |= {a, b}
    for n, l in enumerate(bare.split("\n"), 1):
        m = re.match(r"^([A-Za-z_]\w*)", l)
        if m and m.group(1) not in TA_GLOBALS and m.group(1) not in local: errors.append(f"{f}: line {n}: unknown global {m.group(1)}")
    ks = re.findall(r"^keys\['([^']+)'\] = ", raw, re.M)
    if len(ks) != len(set(ks)): errors.append(f"{f}: a key bound twice")
    for k in ks:
        if not re.fullmatch(r"(?:(?:ctrl|alt|shift|cmd|meta)\+)+[\w]+", k): errors.append(f"{f}: key {k!r}")
    for m in re.finditer(r"^(buffer|view)\.(\w+) = (.+)$", raw, re.M):
        if m.group(2) in ("tab_width", "edge_column") and not m.group(3).isdigit(): errors.append(f"{f}: {m.group(1)}.{m.group(2)} not a number")
        if m.group(2) == "use_tabs" and m.group(3) not in ("true", "false"): errors.append(f"{f}: use_tabs not a boolean")
    m = re.search(r"^local lecturi = \{\n((?:.*\n)*?)\}$", raw, re.M)
    if not m: errors.append(f"{f}: no lecturi table"); return
    for r in m.group(1).splitlines():
        e = re.fullmatch(r"  \{'([^'\\]+)', '([^'\\]+)'\},", r)
        if not e: errors.append(f"{f}: table row {r.strip()[:40]!r}"); continue
        if not url_ok(e.group(2)): errors.append(f"{f}: table URL {e.group(2)!r}")


# ---------------------------------------------------------------- 2236 .bazelrc
BZ_CMDS = {"startup", "common", "always", "build", "test", "run", "query", "cquery", "aquery", "coverage", "info",
           "fetch", "clean", "mobile-install", "sync"}


def check_bazelrc(f, raw):
    L = lines_of(f, raw)
    configs, used, seen = set(), set(), set()
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented"); continue
        w = l.split()
        if w[0] in ("import", "try-import"):
            if len(w) != 2: errors.append(f"{f}: line {n}: {w[0]} takes one path")
            continue
        m = re.fullmatch(r"([a-z-]+)(?::([\w-]+))?", w[0])
        if not m or m.group(1) not in BZ_CMDS: errors.append(f"{f}: line {n}: unknown command {w[0]}"); continue
        if m.group(2):
            if m.group(1) == "startup": errors.append(f"{f}: line {n}: startup options take no config")
            configs.add(m.group(2))
        if len(w) < 2: errors.append(f"{f}: line {n}: {w[0]} without an option")
        for o in w[1:]:
            if not re.fullmatch(r"--(?:@[\w/:.-]+|[a-z][a-z0-9_]*)(?:=\S+)?", o): errors.append(f"{f}: line {n}: option {o!r}")
            if o.startswith("--config="): used.add(o[9:])
        if l in seen: errors.append(f"{f}: line {n}: a line twice")
        seen.add(l)
    for c_ in sorted(used - configs): errors.append(f"{f}: --config={c_} defined nowhere")


def shape_checks(f, raw, path):
    n = num(f)
    {2227: check_tridactylrc, 2228: check_nethackrc, 2229: check_sconstruct, 2230: check_qtile, 2231: check_niri,
     2232: check_fhemcfg, 2233: check_rootlogon, 2234: check_pryrc, 2235: check_textadept,
     2236: check_bazelrc}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round221 (every digest is plain UTF-8 text)"""
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
# /work/rounds/*/expected.json except round220's and round221's, a byte-identical file counted once), and the
# round220/round221 split (candidates sorted by (uses, catalogue title); round221 = odd positions from 3 on, one
# unbroken run; round220 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P220S = ["/work/rounds/digests-round220/expected.json", "/work/main/tests/data/digests-round220/expected.json"]
P220 = next((p for p in P220S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P220S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round220", "digests-round221") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round221 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r220 = set()
if P220:
    try:
        r220 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P220)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P220} exists but could not be read (being written?)")
    if r220 & mine: errors.append(f"papers also in round220: {sorted(r220 & mine)}")
shared220 = len(r220 & mine) if P220 else "(no round220 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round221 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round220: {shared220}; papers in more than one round221 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



