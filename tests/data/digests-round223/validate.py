r"""Checks round223/expected.json against the digests and the shared catalogues.

Adapted from round221/validate.py (the label checks are the same code; the reuse report is round221's with round222 /
round223 in place of round220 / round221; round223 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round222's and round223's own (a digests-round222 / digests-round223 folder, or a file whose bytes equal round222's or
round223's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round223 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round222's expected.json (read only, from
/work/rounds/digests-round222/ or /work/main/tests/data/digests-round222/, when it exists), and on a paper in more
than one round223 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2247 matplotlibrc (`key: value` lines, `#` starting a comment anywhere; known rc keys, none twice, not indented;
booleans, numbers and enumerated values; figure.figsize `w, h`; axes.prop_cycle a cycler of six-digit hex colours
written without `#`; commented-out defaults of known keys only; figsize and savefig.format present);
2248 mpv input.conf (`KEY command…` lines with Shift/Ctrl/Alt/Meta modifiers and known key names, no key twice;
commands split on `;` outside quotes, known commands, quotes closed; `run "xdg-open" "URL"` with one URL; seek with a
number; show-text "text" [duration]; add / multiply / set with two arguments; cycle-values with two values or more);
2249 helix config.toml (parses with the stdlib's `tomllib`; known top-level, editor and editor sub-table keys;
line-number, bufferline, cursor shapes, statusline elements, booleans and rulers; keys per mode (normal / insert /
select) with key-name shapes, nested minor modes, known typable and static commands, `:sh xdg-open` with one URL);
2250 KataGo gtp.cfg (`key = value` lines, known keys, none twice; booleans, numbers, rules and other enumerations;
logDir, rules and numSearchThreads present);
2251 ranger rc.conf (known commands; `set option value` with known options and values, none twice; `alias name
command` of known commands; `map key command…` with key shapes (`<C-n>`, `,1`), no key twice, known commands or
aliases, known `%` macros, `shell [-f] xdg-open` with one URL);
2252 lazygit config.yml (a block-style YAML subset parsed by `YamlLite`: indentation, tabs, duplicate keys, quotes,
reserved plain-scalar starts; known top-level, gui, theme, git and git.paging keys, colour lists, booleans,
nerdFontsVersion, sidePanelWidth, editPreset; customCommands entries with known fields, key shapes, known contexts
and outputs, no key twice per context, `xdg-open` with one URL, descriptions not empty);
2253 ImageJ StartupMacros.fiji.ijm (comments and strings stripped, strings closed, brackets balanced; every line
ends in `;`, `{`, `}`, `(` or `,`; macro / var / function only at the top level; `macro "Name [key]" {` names and
shortcuts once each, shortcut shapes; known run() commands and Dialog methods; call() only to BrowserLauncher;
`papers` and `paperUrls` newArray lists of equal length, commas right, URLs well formed, both used);
2254 .vmdrc (Tcl: `#` comments only outside braces, quotes closed per line, braces and brackets balanced; known
top-level commands; display / color Display Background / axes location / mol default / menu values; `user add key KEY
{command}` once per key; `proc name {args} {`; a `set anagnoseis {…}` list of `{{title} URL}` rows, lindex indices
inside it, vmd_open_url with a list entry or a URL; the anagnoseis proc defined);
2255 wezterm.lua (comments and strings stripped, strings closed, brackets balanced; function / if / for / while
paired with `end`, for / while with do, if with then; top-level names local or known; known config.* settings, none
twice; known act.* actions; a leader table; config.keys entries `{ key, mods, action }` with known modifiers and no
key+mods twice, counting the clanci rows bound to LEADER; a `clanci` table of `{ 'k', 'title', 'URL' },` rows, used;
`return config` last);
2256 .clang-tidy (`---` first; `YamlLite` as for 2252; known keys; Checks and WarningsAsErrors globs with known check
groups, none twice; HeaderFilterRegex compiles; FormatStyle value; ExtraArgs a list of flags; CheckOptions a list of
{key, value} maps with `check.Option` keys, none twice, each for an enabled check).

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
# ================================================================ round223 shape checks
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


# ---------------------------------------------------------------- a block-style YAML subset (2252, 2256)
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


# ---------------------------------------------------------------- 2247 matplotlibrc
MPL_BOOL = {"figure.constrained_layout.use", "text.usetex", "axes.grid", "axes.spines.top", "axes.spines.right",
            "axes.spines.left", "axes.spines.bottom", "axes.formatter.use_mathtext", "legend.frameon",
            "xtick.minor.visible", "ytick.minor.visible", "figure.autolayout", "axes.axisbelow", "legend.fancybox"}
MPL_NUM = {"figure.dpi", "savefig.dpi", "font.size", "grid.alpha", "grid.linewidth", "lines.linewidth",
           "lines.markersize", "pdf.fonttype", "axes.linewidth", "legend.framealpha", "xtick.major.size",
           "ytick.major.size"}
MPL_ENUM = {"font.family": {"serif", "sans-serif", "monospace", "cursive", "fantasy"},
            "axes.grid.which": {"major", "minor", "both"}, "grid.linestyle": {"-", "--", "-.", ":", "solid", "dashed", "dashdot", "dotted"},
            "savefig.format": {"pdf", "png", "svg", "eps", "ps", "pgf"}, "savefig.bbox": {"tight", "standard"},
            "xtick.direction": {"in", "out", "inout"}, "ytick.direction": {"in", "out", "inout"},
            "legend.loc": {"best", "upper right", "upper left", "lower left", "lower right", "right", "center left",
                           "center right", "lower center", "upper center", "center"},
            "axes.titlesize": {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large"},
            "axes.labelsize": {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large"},
            "legend.fontsize": {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large"},
            "image.cmap": {"viridis", "plasma", "inferno", "magma", "cividis", "gray", "Greys", "RdBu_r", "coolwarm"},
            "axes.autolimit_mode": {"data", "round_numbers"}, "text.hinting": {"default", "no_autohint", "force_autohint", "no_hinting", "auto", "native", "either", "none"}}
MPL_OTHER = {"figure.figsize", "font.serif", "font.sans-serif", "text.latex.preamble", "axes.prop_cycle",
             "figure.facecolor", "savefig.transparent"}
MPL_KEYS = MPL_BOOL | MPL_NUM | set(MPL_ENUM) | MPL_OTHER


def check_matplotlibrc(f, raw):
    L = lines_of(f, raw)
    seen = set()
    for n, l in enumerate(L, 1):
        s = l.split("#", 1)[0].strip()
        cm = re.match(r"#([a-z][\w.-]*\.[\w.-]+):\s", l)
        if cm and cm.group(1) not in MPL_KEYS: errors.append(f"{f}: line {n}: commented-out default of an unknown key {cm.group(1)}")
        if not s: continue
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented setting")
        m = re.fullmatch(r"([a-z][\w.-]*):\s*(.+)", s)
        if not m: errors.append(f"{f}: line {n}: not `key: value` ({s[:40]!r})"); continue
        k, v = m.group(1), m.group(2).strip()
        if k not in MPL_KEYS: errors.append(f"{f}: line {n}: unknown rc key {k}"); continue
        if k in seen: errors.append(f"{f}: line {n}: {k} set twice")
        seen.add(k)
        if k in MPL_BOOL and v not in ("True", "False", "true", "false"): errors.append(f"{f}: line {n}: {k} not a boolean")
        if k in MPL_NUM and not re.fullmatch(r"\d+(?:\.\d+)?", v): errors.append(f"{f}: line {n}: {k} not a number")
        if k in MPL_ENUM and v not in MPL_ENUM[k] and not (k.endswith("size") and re.fullmatch(r"\d+(?:\.\d+)?", v)):
            errors.append(f"{f}: line {n}: {k} value {v!r}")
        if k == "figure.figsize" and not re.fullmatch(r"\d+(?:\.\d+)?,\s*\d+(?:\.\d+)?", v): errors.append(f"{f}: line {n}: figure.figsize not `w, h`")
        if k == "axes.prop_cycle":
            cm2 = re.fullmatch(r"cycler\('color', \[((?:'[0-9A-Fa-f]{6}'(?:, )?)+)\]\)", v)
            if not cm2: errors.append(f"{f}: line {n}: prop_cycle not cycler('color', ['RRGGBB', …])")
    for need in ("figure.figsize", "savefig.format"):
        if need not in seen: errors.append(f"{f}: no {need}")


# ---------------------------------------------------------------- 2248 mpv input.conf
MPV_NAMED = {"SPACE", "RIGHT", "LEFT", "UP", "DOWN", "BS", "ENTER", "ESC", "TAB", "PGUP", "PGDWN", "HOME", "END",
             "DEL", "INS", "SHARP", "MBTN_LEFT", "MBTN_RIGHT", "MBTN_LEFT_DBL", "WHEEL_UP", "WHEEL_DOWN", "PLAY",
             "PAUSE", "STOP", "NEXT", "PREV", "MUTE", "VOLUME_UP", "VOLUME_DOWN", "POWER", "CLOSE_WIN"} | {f"F{i}" for i in range(1, 13)} | {f"KP{i}" for i in range(10)}
MPV_CMDS = {"seek", "cycle", "add", "multiply", "set", "screenshot", "script-binding", "cycle-values", "quit",
            "quit-watch-later", "run", "show-text", "ignore", "playlist-next", "playlist-prev", "frame-step",
            "frame-back-step", "show-progress", "sub-seek", "sub-step", "revert-seek", "ab-loop", "loadfile",
            "write-watch-later-config", "script-message"}


def mpv_split(f, n, s):
    """split a command line on whitespace and `;`, keeping quoted strings; report unclosed quotes"""
    toks, cur, q, i = [], "", None, 0
    while i < len(s):
        ch = s[i]
        if q:
            if ch == "\\" and q == '"': cur += s[i:i + 2]; i += 2; continue
            if ch == q: toks.append(("S", cur)); cur = ""; q = None
            else: cur += ch
        elif ch in "\"'": q = ch
        elif ch == ";":
            if cur: toks.append(("W", cur)); cur = ""
            toks.append((";", ";"))
        elif ch.isspace():
            if cur: toks.append(("W", cur)); cur = ""
        else: cur += ch
        i += 1
    if q: errors.append(f"{f}: line {n}: string not closed")
    if cur: toks.append(("W", cur))
    cmds, c = [], []
    for t in toks:
        if t[0] == ";":
            cmds.append(c); c = []
        else: c.append(t)
    cmds.append(c)
    return cmds


def check_mpv_input(f, raw):
    L = lines_of(f, raw)
    keys_ = set()
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented binding"); continue
        k, _, rest = l.partition(" ")
        if not re.fullmatch(r"(?:(?:Shift|Ctrl|Alt|Meta)\+)*(?:[A-Z][A-Z0-9_]+|[^\s#])", k) or (len(k.split("+")[-1]) > 1 and k.split("+")[-1] not in MPV_NAMED):
            errors.append(f"{f}: line {n}: key {k!r}")
        if k in keys_: errors.append(f"{f}: line {n}: {k} bound twice")
        keys_.add(k)
        if not rest.strip(): errors.append(f"{f}: line {n}: no command"); continue
        for c in mpv_split(f, n, rest):
            if not c: errors.append(f"{f}: line {n}: empty command (stray `;`)"); continue
            name = c[0][1]
            if c[0][0] != "W" or name not in MPV_CMDS: errors.append(f"{f}: line {n}: unknown command {name!r}"); continue
            args = [t[1] for t in c[1:]]
            if name == "run":
                if [t[0] for t in c[1:]] != ["S", "S"]: errors.append(f"{f}: line {n}: run wants a quoted program and a quoted argument")
                one_url_open(f, f"line {n}", args)
            if name == "seek" and not (args and re.fullmatch(r"-?\d+(?:\.\d+)?", args[0])): errors.append(f"{f}: line {n}: seek without a number")
            if name == "show-text" and not (c[1:2] and c[1][0] == "S" and all(re.fullmatch(r"\d+", a) for a in args[1:2]) and len(args) <= 3):
                errors.append(f"{f}: line {n}: show-text \"text\" [duration]")
            if name in ("add", "multiply", "set") and len(args) != 2: errors.append(f"{f}: line {n}: {name} property value")
            if name == "cycle-values" and len(args) < 3: errors.append(f"{f}: line {n}: cycle-values with fewer than two values")
            if name in ("cycle", "script-binding") and len(args) != 1: errors.append(f"{f}: line {n}: {name} takes one argument")


# ---------------------------------------------------------------- 2249 helix config.toml
HX_EDITOR = {"line-number", "mouse", "rulers", "bufferline", "color-modes", "true-color", "auto-save", "idle-timeout",
             "shell", "scrolloff", "cursorline", "auto-format", "completion-trigger-len", "text-width", "popup-border",
             "cursor-shape", "file-picker", "soft-wrap", "lsp", "statusline", "indent-guides", "whitespace", "search"}
HX_SUB = {"cursor-shape": {"insert", "normal", "select"}, "file-picker": {"hidden", "git-ignore", "follow-symlinks"},
          "soft-wrap": {"enable", "max-wrap", "max-indent-retain", "wrap-indicator"},
          "lsp": {"display-inlay-hints", "display-messages", "auto-signature-help"},
          "statusline": {"left", "center", "right", "separator"}}
HX_STATUS = {"mode", "spinner", "file-name", "file-modification-indicator", "diagnostics", "selections", "position",
             "file-encoding", "file-type", "version-control", "position-percentage", "total-line-numbers"}
HX_TYPABLE = {"write", "w", "quit", "q", "sh", "run-shell-command", "open", "o", "reload", "config-reload",
              "buffer-close", "bc", "write-quit", "wq", "format", "fmt", "vsplit", "hsplit", "theme", "set-option"}
HX_STATIC = {"collapse_selection", "keep_primary_selection", "extend_line_above", "extend_line_below", "goto_file_start",
             "goto_file_end", "file_picker", "buffer_picker", "normal_mode", "save_selection", "no_op", "command_mode"}


def check_helix(f, raw):
    L = lines_of(f, raw)
    try:
        d = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as ex:
        errors.append(f"{f}: not TOML: {ex}"); return
    for k in d:
        if k not in ("theme", "editor", "keys"): errors.append(f"{f}: unknown top-level key {k}")
    ed = d.get("editor", {})
    for k, v in ed.items():
        if k not in HX_EDITOR: errors.append(f"{f}: unknown editor key {k}"); continue
        if k in HX_SUB:
            if not isinstance(v, dict): errors.append(f"{f}: editor.{k} not a table"); continue
            for k2 in v:
                if k2 not in HX_SUB[k]: errors.append(f"{f}: unknown key editor.{k}.{k2}")
    if ed.get("line-number", "absolute") not in ("absolute", "relative"): errors.append(f"{f}: line-number value")
    if ed.get("bufferline", "never") not in ("never", "always", "multiple"): errors.append(f"{f}: bufferline value")
    for k in ("mouse", "color-modes", "true-color", "auto-save"):
        if k in ed and not isinstance(ed[k], bool): errors.append(f"{f}: editor.{k} not a boolean")
    if not all(isinstance(x, int) for x in ed.get("rulers", [])): errors.append(f"{f}: rulers not integers")
    for m, v in ed.get("cursor-shape", {}).items():
        if v not in ("block", "bar", "underline", "hidden"): errors.append(f"{f}: cursor shape {v!r}")
    for side, els in ed.get("statusline", {}).items():
        for e in els if isinstance(els, list) else []:
            if e not in HX_STATUS: errors.append(f"{f}: unknown statusline element {e!r}")
    if "theme" in d and not isinstance(d["theme"], str): errors.append(f"{f}: theme not a string")

    def walk(tbl, path):
        for k, v in tbl.items():
            where = ".".join(path + [k])
            if not re.fullmatch(r"(?:[CAS]-)*(?:[a-zA-Z0-9]|esc|space|ret|tab|backspace|del|minus|up|down|left|right|home|end|pageup|pagedown|F\d{1,2})", k):
                errors.append(f"{f}: key name {where!r}")
            if isinstance(v, dict): walk(v, path + [k]); continue
            for c in (v if isinstance(v, list) else [v]):
                if not isinstance(c, str): errors.append(f"{f}: {where}: command not a string"); continue
                if c.startswith(":"):
                    w = c[1:].split()
                    if not w or w[0] not in HX_TYPABLE: errors.append(f"{f}: {where}: unknown typable command {c[:30]!r}"); continue
                    if w[0] in ("sh", "run-shell-command") and w[1:2] == ["xdg-open"]: one_url_open(f, where, w[1:])
                    if w[0] in ("sh", "run-shell-command", "open", "o") and len(w) < 2: errors.append(f"{f}: {where}: {w[0]} without an argument")
                elif c not in HX_STATIC: errors.append(f"{f}: {where}: unknown command {c!r}")
    ks = d.get("keys", {})
    for mode, tbl in ks.items():
        if mode not in ("normal", "insert", "select"): errors.append(f"{f}: unknown mode keys.{mode}"); continue
        walk(tbl, ["keys", mode])


# ---------------------------------------------------------------- 2250 KataGo gtp.cfg
KG_BOOL = {"logAllGTPCommunication", "logSearchInfo", "logToStderr", "allowResignation", "ponderingEnabled",
           "conservativePass", "friendlyPassOk"}
KG_NUM = {"analysisPVLen", "resignThreshold", "resignConsecTurns", "resignMinScoreDifference", "maxVisits",
          "maxPlayouts", "maxTime", "lagBuffer", "searchFactorAfterOnePass", "searchFactorAfterTwoPass",
          "numSearchThreads", "nnCacheSizePowerOfTwo", "nnMutexPoolSizePowerOfTwo", "nnMaxBatchSize",
          "numNNServerThreadsPerModel", "cudaDeviceToUseThread0", "maxTimePondering", "playoutDoublingAdvantage"}
KG_ENUM = {"rules": {"tromp-taylor", "chinese", "chinese-ogs", "chinese-kgs", "japanese", "korean", "stone-scoring",
                     "aga", "bga", "new-zealand", "aga-button"},
           "reportAnalysisWinratesAs": {"BLACK", "WHITE", "SIDETOMOVE"},
           "cudaUseFP16": {"true", "false", "auto"}, "cudaUseNHWC": {"true", "false", "auto"}}
KG_KEYS = KG_BOOL | KG_NUM | set(KG_ENUM) | {"logDir", "logFile"}


def check_katago(f, raw):
    L = lines_of(f, raw)
    seen = set()
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented line")
        m = re.fullmatch(r"([A-Za-z]\w*) = (\S+)", l.strip())
        if not m: errors.append(f"{f}: line {n}: not `key = value` ({l.strip()[:40]!r})"); continue
        k, v = m.groups()
        if k not in KG_KEYS: errors.append(f"{f}: line {n}: unknown key {k}"); continue
        if k in seen: errors.append(f"{f}: line {n}: {k} set twice")
        seen.add(k)
        if k in KG_BOOL and v not in ("true", "false"): errors.append(f"{f}: line {n}: {k} not true/false")
        if k in KG_NUM and not re.fullmatch(r"-?\d+(?:\.\d+)?", v): errors.append(f"{f}: line {n}: {k} not a number")
        if k in KG_ENUM and v not in KG_ENUM[k]: errors.append(f"{f}: line {n}: {k} value {v}")
    for need in ("logDir", "rules", "numSearchThreads"):
        if need not in seen: errors.append(f"{f}: no {need}")


# ---------------------------------------------------------------- 2251 ranger rc.conf
RG_SET = {"column_ratios": r"\d+(?:,\d+)+", "show_hidden": "B", "draw_borders": {"none", "both", "outline", "separators"},
          "line_numbers": {"false", "absolute", "relative"}, "dirname_in_tabs": "B", "update_title": "B",
          "colorscheme": {"default", "jungle", "snow", "solarized"}, "preview_images": "B",
          "preview_images_method": {"w3m", "iterm2", "kitty", "urxvt", "urxvt-full", "ueberzug", "sixel", "terminology"},
          "use_preview_script": "B", "vcs_aware": "B", "sort": {"natural", "basename", "size", "mtime", "ctime", "atime", "type", "extension", "random"},
          "sort_directories_first": "B", "confirm_on_delete": {"multiple", "always", "never"}, "preview_files": "B",
          "collapse_preview": "B", "mouse_enabled": "B", "autosave_bookmarks": "B", "padding_right": "B"}
RG_CMDS = {"shell", "cd", "console", "edit", "quit", "quitall", "mark", "tab_new", "tab_close", "open_with", "set",
           "scout", "search", "rename", "delete", "mkdir", "touch", "chain", "eval", "move", "yank", "paste", "filter",
           "bulkrename", "flat", "reload_cwd"}


def check_ranger(f, raw):
    L = lines_of(f, raw)
    sets, maps, aliases = set(), set(), {}
    for n, l in content(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented command"); continue
        w = l.split()
        if w[0] == "set":
            if len(w) != 3: errors.append(f"{f}: line {n}: `set option value` shape"); continue
            if w[1] not in RG_SET: errors.append(f"{f}: line {n}: unknown option {w[1]}"); continue
            if w[1] in sets: errors.append(f"{f}: line {n}: {w[1]} set twice")
            sets.add(w[1])
            rule = RG_SET[w[1]]
            if rule == "B":
                if w[2] not in ("true", "false"): errors.append(f"{f}: line {n}: {w[1]} not true/false")
            elif isinstance(rule, set):
                if w[2] not in rule: errors.append(f"{f}: line {n}: {w[1]} value {w[2]}")
            elif not re.fullmatch(rule, w[2]): errors.append(f"{f}: line {n}: {w[1]} value {w[2]}")
        elif w[0] == "alias":
            if len(w) < 3 or not re.fullmatch(r"[a-z]\w*", w[1]): errors.append(f"{f}: line {n}: `alias name command` shape"); continue
            if w[1] in aliases: errors.append(f"{f}: line {n}: alias {w[1]} twice")
            if w[2] not in RG_CMDS: errors.append(f"{f}: line {n}: alias of an unknown command {w[2]}")
            aliases[w[1]] = w[2]
        elif w[0] == "map":
            if len(w) < 3: errors.append(f"{f}: line {n}: map without a command"); continue
            units = re.findall(r"<[A-Za-z][\w-]*>|[^\s<>]", w[1])
            if "".join(units) != w[1] or not 1 <= len(units) <= 4: errors.append(f"{f}: line {n}: key {w[1]!r}")
            if w[1] in maps: errors.append(f"{f}: line {n}: {w[1]} mapped twice")
            maps.add(w[1])
            if w[2] not in RG_CMDS and w[2] not in aliases: errors.append(f"{f}: line {n}: unknown command {w[2]}")
            for mac in re.findall(r"%(\w+)", l):
                if mac not in ("s", "f", "d", "c", "t", "p", "space", "any"): errors.append(f"{f}: line {n}: unknown macro %{mac}")
            if w[2] == "shell":
                a = w[3:]
                if a[:1] == ["-f"]: a = a[1:]
                if not a: errors.append(f"{f}: line {n}: shell without a command")
                elif a[0] == "xdg-open": one_url_open(f, f"line {n}", a)
        elif w[0] not in ("unmap", "copymap", "default_linemode", "setlocal", "cmap", "pmap", "tmap"):
            errors.append(f"{f}: line {n}: unknown command {w[0]}")


# ---------------------------------------------------------------- 2252 lazygit config.yml
LG_TOP = {"gui", "git", "os", "keybinding", "customCommands", "update", "refresher", "confirmOnQuit",
          "quitOnTopLevelReturn", "disableStartupPopups", "notARepository", "promptToReturnFromSubprocess", "services"}
LG_GUI = {"language", "nerdFontsVersion", "showRandomTip", "showCommandLog", "sidePanelWidth", "theme", "showIcons",
          "mouseEvents", "scrollHeight", "expandFocusedSidePanel", "showFileTree", "border", "timeFormat"}
LG_THEME = {"activeBorderColor", "inactiveBorderColor", "selectedLineBgColor", "optionsTextColor", "cherryPickedCommitBgColor"}
LG_COLORS = {"default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "bold", "reverse", "underline"}
LG_CONTEXTS = {"status", "files", "worktrees", "localBranches", "remotes", "remoteBranches", "tags", "commits",
               "reflogCommits", "subCommits", "commitFiles", "stash", "global"}


def check_lazygit(f, raw):
    L = lines_of(f, raw)
    d = YamlLite(f, raw).parse()
    if not isinstance(d, dict): errors.append(f"{f}: the document is not a mapping"); return
    for k in d:
        if k not in LG_TOP: errors.append(f"{f}: unknown top-level key {k}")
    gui = d.get("gui") or {}
    for k in gui:
        if k not in LG_GUI: errors.append(f"{f}: unknown gui key {k}")
    for k, v in (gui.get("theme") or {}).items():
        if k not in LG_THEME: errors.append(f"{f}: unknown theme key {k}")
        if not isinstance(v, list) or not all(c in LG_COLORS for c in v): errors.append(f"{f}: theme.{k} not a list of colours")
    for k in ("showRandomTip", "showCommandLog"):
        if k in gui and not isinstance(gui[k], bool): errors.append(f"{f}: gui.{k} not a boolean")
    if "nerdFontsVersion" in gui and gui["nerdFontsVersion"] not in ("2", "3"): errors.append(f"{f}: nerdFontsVersion not \"2\"/\"3\"")
    if "sidePanelWidth" in gui and not (isinstance(gui["sidePanelWidth"], float) and 0 < gui["sidePanelWidth"] < 1): errors.append(f"{f}: sidePanelWidth not a fraction")
    git = d.get("git") or {}
    for k in git:
        if k not in ("paging", "autoFetch", "commit", "merging", "log", "autoRefresh", "overrideGpg", "branchLogCmd"): errors.append(f"{f}: unknown git key {k}")
    for k in (git.get("paging") or {}):
        if k not in ("colorArg", "pager", "useConfig", "externalDiffCommand"): errors.append(f"{f}: unknown git.paging key {k}")
    if (git.get("paging") or {}).get("colorArg", "always") not in ("always", "never"): errors.append(f"{f}: colorArg value")
    if (d.get("os") or {}).get("editPreset", "vim") not in ("vim", "nvim", "emacs", "nano", "vscode", "sublime", "kakoune", "helix", "micro", "zed", "lvim", "nvim-remote"):
        errors.append(f"{f}: unknown editPreset")
    cc = d.get("customCommands")
    if not isinstance(cc, list): errors.append(f"{f}: customCommands not a list"); return
    seen = set()
    for i, c in enumerate(cc):
        if not isinstance(c, dict): errors.append(f"{f}: custom command {i} not a mapping"); continue
        for k in c:
            if k not in ("key", "context", "command", "description", "output", "loadingText", "prompts", "subprocess", "stream", "showOutput"):
                errors.append(f"{f}: custom command {i}: unknown field {k}")
        for need in ("key", "context", "command"):
            if need not in c: errors.append(f"{f}: custom command {i} without {need}")
        k, ctx = c.get("key"), c.get("context")
        if not (isinstance(k, str) and re.fullmatch(r"[^\s<>]|<(?:c-[a-z]|f\d{1,2}|[a-z]+)>", k)): errors.append(f"{f}: custom command {i}: key {k!r}")
        if ctx not in LG_CONTEXTS: errors.append(f"{f}: custom command {i}: context {ctx!r}")
        if (k, ctx) in seen: errors.append(f"{f}: custom command {i}: {k} bound twice in {ctx}")
        seen.add((k, ctx))
        if c.get("output", "none") not in ("none", "terminal", "log", "logWithPty", "popup"): errors.append(f"{f}: custom command {i}: output {c.get('output')!r}")
        cmd = c.get("command")
        if isinstance(cmd, str) and cmd.split()[:1] == ["xdg-open"]: one_url_open(f, f"custom command {i}", cmd.split())
        if "description" in c and not (isinstance(c["description"], str) and c["description"].strip()): errors.append(f"{f}: custom command {i}: empty description")


# ---------------------------------------------------------------- 2253 ImageJ StartupMacros.fiji.ijm
IJ_RUN = {"Colors...", "Scale Bar...", "Z Project...", "Split Channels", "Merge Channels...", "Close All",
          "Enhance Contrast", "Set Scale...", "Duplicate...", "8-bit", "Gaussian Blur...", "Subtract Background..."}
IJ_DIALOG = {"create", "addChoice", "addNumber", "addString", "addCheckbox", "addMessage", "show", "getChoice",
             "getNumber", "getString", "getCheckbox"}


def check_imagej(f, raw):
    L = lines_of(f, raw)
    bare = code_bare(f, raw, "//", "\"'", ("/*", "*/"))
    balanced(f, bare)
    depth, names, shortcuts = 0, set(), set()
    BL = bare.split("\n")
    for n, (b, l) in enumerate(zip(BL, L), 1):
        s = b.strip()
        if s:
            nxt = next((x.strip() for x in BL[n:] if x.strip()), "")
            if not s.endswith((";", "{", "}", "(", ",")) and not nxt.startswith(")"): errors.append(f"{f}: line {n}: statement without `;`")
            if s.startswith("macro ") and depth != 0: errors.append(f"{f}: line {n}: macro inside a block")
            if s.startswith("var ") and depth != 0: errors.append(f"{f}: line {n}: `var` inside a block")
            if depth == 0 and not re.match(r"(?:macro|var|function)\b|\)|\"", s): errors.append(f"{f}: line {n}: top-level statement outside a macro")
            m = re.match(r'\s*macro "([^"]+)" \{$', l)
            if s.startswith("macro ") and not m: errors.append(f"{f}: line {n}: not `macro \"Name [key]\" {{`")
            if m:
                nm = m.group(1)
                if nm in names: errors.append(f"{f}: line {n}: macro {nm!r} twice")
                names.add(nm)
                sk = re.search(r"\[([^\]]+)\]$", nm)
                if sk:
                    if not re.fullmatch(r"[a-z0-9]|[A-Z]|f(?:[1-9]|1[0-2])|n\d", sk.group(1)): errors.append(f"{f}: line {n}: shortcut [{sk.group(1)}]")
                    if sk.group(1) in shortcuts: errors.append(f"{f}: line {n}: shortcut [{sk.group(1)}] twice")
                    shortcuts.add(sk.group(1))
        depth += s.count("{") - s.count("}")
    for m in re.finditer(r'\brun\("([^"]+)"', raw):
        if m.group(1) not in IJ_RUN: errors.append(f"{f}: unknown command run({m.group(1)!r})")
    for m in re.finditer(r"\bDialog\.(\w+)\(", raw):
        if m.group(1) not in IJ_DIALOG: errors.append(f"{f}: unknown Dialog.{m.group(1)}")
    for m in re.finditer(r'\bcall\("([\w.]+)"', raw):
        if m.group(1) != "ij.plugin.BrowserLauncher.openURL": errors.append(f"{f}: unexpected call({m.group(1)!r})")
    arrs = {}
    for m in re.finditer(r"^var (\w+) = newArray\(\n((?:  .*\n)*?)\);$", raw, re.M):
        rows = m.group(2).rstrip("\n").split("\n")
        vals = []
        for i, r in enumerate(rows):
            e = re.fullmatch(r'  "([^"\\]+)"(,?)', r)
            if not e: errors.append(f"{f}: {m.group(1)} entry {r.strip()[:40]!r}"); continue
            if (e.group(2) == "") != (i == len(rows) - 1): errors.append(f"{f}: {m.group(1)} entry {e.group(1)[:30]!r}: comma")
            vals.append(e.group(1))
        arrs[m.group(1)] = vals
    if "papers" not in arrs or "paperUrls" not in arrs: errors.append(f"{f}: no papers / paperUrls arrays"); return
    if len(arrs["papers"]) != len(arrs["paperUrls"]): errors.append(f"{f}: papers and paperUrls differ in length")
    if len(set(arrs["papers"])) != len(arrs["papers"]): errors.append(f"{f}: a choice twice in papers")
    for u in arrs["paperUrls"]:
        if not url_ok(u): errors.append(f"{f}: paperUrls entry {u!r} not a URL")
    if "Dialog.addChoice(" not in raw or "paperUrls[i]" not in raw: errors.append(f"{f}: the arrays are not used")


# ---------------------------------------------------------------- 2254 .vmdrc (Tcl)
VMD_TOP = {"menu", "display", "color", "axes", "mol", "user", "set", "proc", "puts", "light", "material", "rotate",
           "scale", "translate", "source", "package", "after", "render", "animate"}
VMD_COLOURS = {"blue", "red", "gray", "orange", "yellow", "tan", "silver", "green", "white", "pink", "cyan", "purple",
               "lime", "mauve", "ochre", "iceblue", "black"}
VMD_DISPLAY = {"projection": {"Orthographic", "Perspective"}, "depthcue": {"on", "off"},
               "rendermode": {"Normal", "GLSL", "Acrobat3D"}, "ambientocclusion": {"on", "off"}, "shadows": {"on", "off"},
               "culling": {"on", "off"}, "antialias": {"on", "off"}}
VMD_MOLDEF = {"style": {"Lines", "Bonds", "CPK", "VDW", "Licorice", "NewCartoon", "Cartoon", "NewRibbons", "QuickSurf", "Surf", "Tube", "Trace"},
              "color": {"Name", "Type", "Element", "ResName", "ResType", "ResID", "Chain", "SegName", "Structure", "ColorID", "Index", "Beta"},
              "material": {"Opaque", "Transparent", "BrushedMetal", "Diffuse", "Ghost", "Glass1", "Glass2", "Glass3", "Glossy",
                           "HardPlastic", "MetallicPastel", "Steel", "Translucent", "Edgy", "EdgyShiny", "EdgyGlass", "Goodsell",
                           "AOShiny", "AOChalky", "AOEdgy", "BlownGlass", "GlassBubble", "RTChrome"}}


def check_vmdrc(f, raw):
    L = lines_of(f, raw)
    depth, keys_, procs = 0, set(), set()
    nonc = []
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s: continue
        if s.startswith("#"):
            if depth != 0: errors.append(f"{f}: line {n}: a `#` line inside braces (Tcl reads it as words there)")
            continue
        if s.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        nonc.append(s)
        if depth == 0:
            w = s.split()
            if w[0] not in VMD_TOP: errors.append(f"{f}: line {n}: unknown command {w[0]}")
            if w[0] == "display" and (len(w) != 3 or w[1] not in VMD_DISPLAY or w[2] not in VMD_DISPLAY[w[1]]): errors.append(f"{f}: line {n}: display {' '.join(w[1:])}")
            if w[0] == "color" and w[1:3] == ["Display", "Background"] and (len(w) != 4 or w[3] not in VMD_COLOURS): errors.append(f"{f}: line {n}: background colour")
            if w[0] == "axes" and (len(w) != 3 or w[1] != "location" or w[2] not in ("Off", "Origin", "LowerLeft", "LowerRight", "UpperLeft", "UpperRight")): errors.append(f"{f}: line {n}: axes location")
            if w[0] == "mol" and w[1:2] == ["default"] and (len(w) != 4 or w[2] not in VMD_MOLDEF or w[3] not in VMD_MOLDEF[w[2]]): errors.append(f"{f}: line {n}: mol default {' '.join(w[2:])}")
            if w[0] == "menu" and not (len(w) >= 3 and (w[2] in ("on", "off") and len(w) == 3 or w[2] == "move" and len(w) == 5 and w[3].isdigit() and w[4].isdigit())): errors.append(f"{f}: line {n}: menu shape")
            if w[0] == "user":
                m = re.fullmatch(r"user add key ((?:(?:Alt|Control)-)?(?:[A-Za-z0-9]|F\d{1,2})) \{(.+)\}", s)
                if not m: errors.append(f"{f}: line {n}: not `user add key KEY {{command}}`"); continue
                if m.group(1) in keys_: errors.append(f"{f}: line {n}: key {m.group(1)} twice")
                keys_.add(m.group(1))
            if w[0] == "proc":
                m = re.fullmatch(r"proc (\w+) \{[\w ]*\} \{", s)
                if not m: errors.append(f"{f}: line {n}: not `proc name {{args}} {{`")
                else: procs.add(m.group(1))
        for ch in s:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0: errors.append(f"{f}: line {n}: a brace closes nothing"); depth = 0
    if depth: errors.append(f"{f}: braces not closed")
    balanced(f, "\n".join(nonc), "[]{}")
    m = re.search(r"^set anagnoseis \{\n((?:.*\n)*?)\}$", raw, re.M)
    if not m: errors.append(f"{f}: no `set anagnoseis {{…}}` list"); return
    rows = m.group(1).rstrip("\n").split("\n")
    for r in rows:
        e = re.fullmatch(r"    \{\{([^{}\\]+)\} (\S+)\}", r)
        if not e: errors.append(f"{f}: list row {r.strip()[:40]!r}"); continue
        if not url_ok(e.group(2)): errors.append(f"{f}: list URL {e.group(2)!r}")
    for i in re.findall(r"\[lindex \$::anagnoseis (\d+) 1\]", raw):
        if int(i) >= len(rows): errors.append(f"{f}: lindex {i} past the end of the list")
    for c in re.findall(r"\{vmd_open_url (.+?)\}$", raw, re.M):
        if not re.fullmatch(r"\[lindex \$::anagnoseis \d+ 1\]|https?://\S+", c): errors.append(f"{f}: vmd_open_url argument {c[:40]!r}")
    if "anagnoseis" not in procs: errors.append(f"{f}: no anagnoseis proc")


# ---------------------------------------------------------------- 2255 wezterm.lua
WZ_CONFIG = {"color_scheme", "font", "font_size", "hide_tab_bar_if_only_one_tab", "window_background_opacity",
             "scrollback_lines", "audible_bell", "leader", "keys", "default_prog", "enable_tab_bar", "use_fancy_tab_bar",
             "window_padding", "initial_cols", "initial_rows", "front_end", "term"}
WZ_ACT = {"SplitHorizontal", "SplitVertical", "ActivatePaneDirection", "TogglePaneZoomState", "SpawnTab", "SendKey",
          "CloseCurrentPane", "ActivateTabRelative", "CopyTo", "PasteFrom", "ReloadConfiguration", "ShowLauncher"}
WZ_MODS = {"CTRL", "SHIFT", "ALT", "SUPER", "CMD", "LEADER", "NONE", "OPT", "META"}


def check_wezterm(f, raw):
    L = lines_of(f, raw)
    bare = code_bare(f, raw, "--", "\"'")
    balanced(f, bare)
    words = re.findall(r"(?<![\w.:])(function|if|for|while|end)(?![\w])", bare)
    opens = sum(words.count(w) for w in ("function", "if", "for", "while"))
    if opens != words.count("end"): errors.append(f"{f}: {opens} blocks opened, {words.count('end')} `end`")
    for m in re.finditer(r"\b(for|while)\b(.*?)(\bdo\b|$)", bare, re.M):
        if m.group(3) != "do": errors.append(f"{f}: {m.group(1)} without do")
    for m in re.finditer(r"\bif\b(.*?)(\bthen\b|$)", bare, re.M):
        if m.group(2) != "then": errors.append(f"{f}: if without then")
    local = set(re.findall(r"\blocal (\w+)", bare))
    for n, l in enumerate(bare.split("\n"), 1):
        m = re.match(r"^([A-Za-z_]\w*)", l)
        if m and m.group(1) not in {"local", "for", "end", "return", "if", "table"} | local: errors.append(f"{f}: line {n}: unknown global {m.group(1)}")
    seen = set()
    for m in re.finditer(r"^config\.(\w+) = ", raw, re.M):
        if m.group(1) not in WZ_CONFIG: errors.append(f"{f}: unknown config.{m.group(1)}")
        if m.group(1) in seen: errors.append(f"{f}: config.{m.group(1)} set twice")
        seen.add(m.group(1))
    for m in re.finditer(r"\bact\.(\w+)", raw):
        if m.group(1) not in WZ_ACT: errors.append(f"{f}: unknown action act.{m.group(1)}")
    if not re.search(r"^config\.leader = \{ key = '[^']+', mods = '[A-Z|]+', timeout_milliseconds = \d+ \}$", raw, re.M): errors.append(f"{f}: leader shape")
    bound = set()
    for m in re.finditer(r"^  \{ key = '([^']+)', mods = '([^']+)', action = (.+) \},$", raw, re.M):
        for mod in m.group(2).split("|"):
            if mod not in WZ_MODS: errors.append(f"{f}: unknown modifier {mod}")
        if (m.group(1), m.group(2)) in bound: errors.append(f"{f}: {m.group(2)}+{m.group(1)} bound twice")
        bound.add((m.group(1), m.group(2)))
    km = re.search(r"^config\.keys = \{\n((?:.*\n)*?)\}$", raw, re.M)
    if not km: errors.append(f"{f}: no config.keys list")
    else:
        for r in km.group(1).rstrip("\n").split("\n"):
            if not re.fullmatch(r"  \{ key = '[^']+', mods = '[^']+', action = .+ \},", r): errors.append(f"{f}: key entry {r.strip()[:40]!r}")
    cm = re.search(r"^local clanci = \{\n((?:.*\n)*?)\}$", raw, re.M)
    if not cm: errors.append(f"{f}: no clanci table"); return
    for r in cm.group(1).rstrip("\n").split("\n"):
        e = re.fullmatch(r"  \{ '([^'\\])', '([^'\\]+)', '([^'\\]+)' \},", r)
        if not e: errors.append(f"{f}: clanci row {r.strip()[:40]!r}"); continue
        if (e.group(1), "LEADER") in bound: errors.append(f"{f}: LEADER+{e.group(1)} bound twice")
        bound.add((e.group(1), "LEADER"))
        if not url_ok(e.group(3)): errors.append(f"{f}: clanci URL {e.group(3)!r}")
    if "ipairs(clanci)" not in raw: errors.append(f"{f}: clanci never used")
    last = [l for l in bare.split("\n") if l.strip()]
    if not last or last[-1].strip() != "return config": errors.append(f"{f}: the file does not end with `return config`")


# ---------------------------------------------------------------- 2256 .clang-tidy
CT_TOP = {"Checks", "WarningsAsErrors", "HeaderFilterRegex", "FormatStyle", "CheckOptions", "ExtraArgs",
          "ExtraArgsBefore", "InheritParentConfig", "SystemHeaders", "User", "UseColor"}
CT_GROUPS = {"abseil", "altera", "android", "boost", "bugprone", "cert", "clang-analyzer", "concurrency",
             "cppcoreguidelines", "darwin", "fuchsia", "google", "hicpp", "linuxkernel", "llvm", "llvmlibc", "misc",
             "modernize", "mpi", "objc", "openmp", "performance", "portability", "readability", "zircon"}


def check_clang_tidy(f, raw):
    L = lines_of(f, raw)
    if not raw.startswith("---\n"): errors.append(f"{f}: no `---` document start")
    d = YamlLite(f, raw).parse()
    if not isinstance(d, dict): errors.append(f"{f}: the document is not a mapping"); return
    for k in d:
        if k not in CT_TOP: errors.append(f"{f}: unknown key {k}")

    def globs(name):
        v = d.get(name)
        if not isinstance(v, str): errors.append(f"{f}: {name} not a string"); return []
        gs = [g.strip() for g in v.split(",")]
        for g in gs:
            if not re.fullmatch(r"-?(?:\*|[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:-\*|\*)?)", g): errors.append(f"{f}: {name} glob {g!r}"); continue
            grp = g.lstrip("-").rstrip("*").rstrip("-")
            if grp and not any(grp == c or grp.startswith(c + "-") for c in CT_GROUPS): errors.append(f"{f}: {name}: unknown check group in {g!r}")
        if len(set(gs)) != len(gs): errors.append(f"{f}: {name}: a glob twice")
        return gs
    on = [g for g in globs("Checks") if not g.startswith("-")]
    if "WarningsAsErrors" in d: globs("WarningsAsErrors")
    if "HeaderFilterRegex" in d:
        try: re.compile(d["HeaderFilterRegex"])
        except re.error: errors.append(f"{f}: HeaderFilterRegex does not compile")
    if d.get("FormatStyle", "none") not in ("none", "file", "llvm", "google", "chromium", "mozilla", "webkit"): errors.append(f"{f}: FormatStyle value")
    ea = d.get("ExtraArgs", [])
    if not isinstance(ea, list) or not all(isinstance(x, str) and x.startswith("-") for x in ea): errors.append(f"{f}: ExtraArgs not a list of flags")
    co = d.get("CheckOptions")
    if not isinstance(co, list): errors.append(f"{f}: CheckOptions not a list"); return
    seen = set()
    for i, o in enumerate(co):
        if not (isinstance(o, dict) and set(o) == {"key", "value"}): errors.append(f"{f}: CheckOptions entry {i} not {{key, value}}"); continue
        k = o["key"]
        m = re.fullmatch(r"([a-z][a-z0-9-]*)\.([A-Z]\w*)", str(k))
        if not m: errors.append(f"{f}: CheckOptions key {k!r}"); continue
        if k in seen: errors.append(f"{f}: CheckOptions key {k} twice")
        seen.add(k)
        if not any(m.group(1) == g or (g.endswith("*") and m.group(1).startswith(g[:-1])) for g in on): errors.append(f"{f}: option {k} for a check that is not enabled")
        if o["value"] in (None, ""): errors.append(f"{f}: CheckOptions {k} without a value")


def shape_checks(f, raw, path):
    n = num(f)
    {2247: check_matplotlibrc, 2248: check_mpv_input, 2249: check_helix, 2250: check_katago, 2251: check_ranger,
     2252: check_lazygit, 2253: check_imagej, 2254: check_vmdrc, 2255: check_wezterm,
     2256: check_clang_tidy}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round223 (every digest is plain UTF-8 text)"""
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
# /work/rounds/*/expected.json except round222's and round223's, a byte-identical file counted once), and the
# round222/round223 split (candidates sorted by (uses, catalogue title); round223 = odd positions from 3 on, one
# unbroken run; round222 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P222S = ["/work/rounds/digests-round222/expected.json", "/work/main/tests/data/digests-round222/expected.json"]
P222 = next((p for p in P222S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P222S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round222", "digests-round223") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round223 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r222 = set()
if P222:
    try:
        r222 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P222)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P222} exists but could not be read (being written?)")
    if r222 & mine: errors.append(f"papers also in round222: {sorted(r222 & mine)}")
shared222 = len(r222 & mine) if P222 else "(no round222 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round223 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round222: {shared222}; papers in more than one round223 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



