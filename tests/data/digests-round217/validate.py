r"""Checks round217/expected.json against the digests and the shared catalogues.

Adapted from round215/validate.py (the label checks are the same code; the reuse report is round215's with round216 /
round217 in place of round214 / round215; round217 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round216's and round217's own (a digests-round216 / digests-round217 folder, or a file whose bytes equal round216's or
round217's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round217 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round216's expected.json (read only, from
/work/rounds/digests-round216/ or /work/main/tests/data/digests-round216/, when it exists), and on a paper in more
than one round217 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2187 helmfile.yaml (lean YAML: no tabs, even indentation, quotes and flow lists closed, keys or list items only; known
top-level keys once; repositories with name and https url; releases with name / namespace / chart, known release
keys, chart local or from a declared repository, semver versions, boolean `installed`, `set` entries name + value,
`needs` naming an existing namespace/release, no release twice; helmDefaults shape);
2188 kustomization.yaml (the YAML checks; apiVersion kustomize.config.k8s.io/v1beta1 and kind Kustomization first,
known keys once, namespace a DNS label, configMapGenerator literals KEY=value with no key twice, behavior, image
tags, JSON-patch ops, every patch with a target);
2189 i3 config (`# i3 config file (v4)` first; known commands; `set $name value` before every use of a variable;
bindsym keys and commands, quotes paired; mode / bar blocks opened and closed, not nested, only bindsym in a mode,
known bar options; every `mode $x` switched to is defined);
2190 kitty.conf (known options, none twice but include / map; map lines with a key and a known action, open_url with
one http(s) URL, no key mapped twice; number, cursor and yes/no values; `{{{` / `}}}` folds paired);
2191 .zshrc (quotes closed, brackets and `[[ ]]` paired, if/fi paired, aliases `name='…'` once each, functions once,
oh-my-zsh's ZSH set and plugins before it is sourced, `typeset -A` tables with `key "value"` entries, HISTSIZE /
SAVEHIST numbers, exports NAME=);
2192 .vimrc (known Ex commands; single quotes paired; Plug lines inside plug#begin/end as 'user/repo'; augroup /
autocmd / END, function! / endfunction / execute, command! names upper-case and defined before use; mappings with
right sides, Ex mappings ending in <CR>; no abbreviation or key twice; `let` and `set` shapes; called functions defined);
2193 W&B sweep.yaml (the YAML checks; known top-level keys once; method grid/random/bayes, bayes with a metric
name + goal; program .py; parameter fields, distributions, min below max, values lists, not value and values;
early_terminate hyperband; command macros);
2194 setup.cfg (parses with configparser; known sections and metadata keys; name and version, PEP 440 version,
author_email, long_description `file:`, classifiers, project_urls `Name = http…`, find: with its section,
install_requires specifiers, python_requires, entry points, flake8 max-line-length);
2195 .latexmkrc (Perl: strings closed, brackets balanced, statements end with `;`, top-level statements are
assignments to known latexmk variables, add_cus_dep or push; $pdf_mode, $lualatex with %O %S, $bibtex_use,
add_cus_dep calling a defined sub, default files .tex);
2196 .dockerignore (one pattern a line, no blanks, glob shapes, no pattern twice, `!` exceptions re-including
something ignored).

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
# ================================================================ round217 shape checks
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
    """lean YAML (round217's): no tabs, indentation in steps of `step`, quotes closed on their line, every plain line a
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


def yaml_tree(f, ys):
    """top-level keys in order, and for list items under `releases` / similar the (indent, key, value) groups"""
    top = [(k, v, n) for i, k, v, n in ys if i == 0]
    names = [k for k, _, _ in top]
    if len(set(names)) != len(names): errors.append(f"{f}: a top-level key twice")
    return top, names


# ---------------------------------------------------------------- 2187 helmfile.yaml
HELMFILE_KEYS = {"repositories", "environments", "helmDefaults", "releases", "bases", "helmfiles", "missingFileHandler"}
RELEASE_KEYS = {"name", "namespace", "chart", "version", "labels", "values", "set", "needs", "installed", "wait", "timeout"}


def check_helmfile(f, raw):
    L = lines_of(f, raw)
    ys = yaml_lines(f, L)
    top, names = yaml_tree(f, ys)
    for k, v, n in top:
        if k not in HELMFILE_KEYS: errors.append(f"{f}: line {n}: unknown helmfile key {k!r}")
    repos = set(re.findall(r"^  - name: ([\w-]+)\n    url: https://\S+$", raw, re.M))
    if len(repos) != len(re.findall(r"^    url: ", raw, re.M)): errors.append(f"{f}: a repository without name and https url")
    rel_part = raw.split("\nreleases:\n", 1)[1] if "\nreleases:\n" in raw else ""
    rels = re.split(r"^  - (?=name: )", rel_part, flags=re.M)[1:]
    if not rels: errors.append(f"{f}: no releases")
    ids, needs = [], []
    for r in rels:
        d = dict(re.findall(r"^(?:|    )(\w+):(?: (.*))?$", r, re.M))
        for k in d:
            if k not in RELEASE_KEYS: errors.append(f"{f}: release key {k!r}")
        for need in ("name", "namespace", "chart"):
            if not d.get(need): errors.append(f"{f}: release without {need}")
        ch = d.get("chart", "")
        if not ch.startswith("./") and ch.split("/")[0] not in repos: errors.append(f"{f}: chart {ch!r} from no repository")
        if "version" in d and not re.fullmatch(r"\d+\.\d+\.\d+", d["version"]): errors.append(f"{f}: version {d['version']!r}")
        if "installed" in d and d["installed"] not in ("true", "false"): errors.append(f"{f}: installed not a boolean")
        ids.append(f"{d.get('namespace')}/{d.get('name')}")
        needs += re.findall(r"^      - ([\w-]+/[\w-]+)$", r.split("    needs:\n", 1)[1], re.M) if "    needs:\n" in r else []
        for m in re.finditer(r"^    set:\n((?:      .*\n|    #.*\n)+)", r, re.M):
            items = re.findall(r"^      - name: (\S+)\n        value: (.+)$", m.group(1), re.M)
            if len(items) != len(re.findall(r"^      - ", m.group(1), re.M)): errors.append(f"{f}: a set entry without name and value")
    if len(ids) != len(set(ids)): errors.append(f"{f}: a release twice")
    for nd in needs:
        if nd not in ids: errors.append(f"{f}: needs {nd} not a release")
    if not re.search(r"^helmDefaults:\n  wait: (true|false)\n  timeout: \d+\n", raw, re.M): errors.append(f"{f}: helmDefaults shape")


# ---------------------------------------------------------------- 2188 kustomization.yaml
KUST_KEYS = {"apiVersion", "kind", "namespace", "resources", "labels", "images", "configMapGenerator", "patches",
             "namePrefix", "nameSuffix", "commonLabels", "secretGenerator", "replicas"}


def check_kustomize(f, raw):
    L = lines_of(f, raw)
    ys = yaml_lines(f, L)
    top, names = yaml_tree(f, ys)
    if names[:2] != ["apiVersion", "kind"]: errors.append(f"{f}: apiVersion and kind not first")
    d = {k: v for k, v, _ in top}
    if d.get("apiVersion") != "kustomize.config.k8s.io/v1beta1": errors.append(f"{f}: apiVersion")
    if d.get("kind") != "Kustomization": errors.append(f"{f}: kind")
    for k, v, n in top:
        if k not in KUST_KEYS: errors.append(f"{f}: line {n}: unknown kustomization key {k!r}")
    if not re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", d.get("namespace", "x")): errors.append(f"{f}: namespace not a DNS label")
    lits = re.findall(r"^      - (.*)$", raw.split("    literals:\n", 1)[1].split("\n  - name:", 1)[0], re.M) if "    literals:\n" in raw else []
    keys_ = []
    for l in lits:
        m = re.fullmatch(r"([A-Z][A-Z0-9_]*)=(.+)", l)
        if not m: errors.append(f"{f}: literal not KEY=value: {l[:30]!r}"); continue
        keys_.append(m.group(1))
    if len(keys_) != len(set(keys_)): errors.append(f"{f}: a literal key twice")
    for m in re.finditer(r"^    newTag: (.*)$", raw, re.M):
        if not re.fullmatch(r"[\w][\w.-]{0,127}", m.group(1)): errors.append(f"{f}: newTag {m.group(1)!r}")
    for m in re.finditer(r"^    behavior: (.*)$", raw, re.M):
        if m.group(1) not in ("create", "replace", "merge"): errors.append(f"{f}: behavior {m.group(1)}")
    for m in re.finditer(r"^ +- op: (.*)$", raw, re.M):
        if m.group(1) not in ("add", "remove", "replace", "move", "copy", "test"): errors.append(f"{f}: JSON patch op {m.group(1)}")
    for m in re.finditer(r"^  - (?:path|patch): .*\n((?:    .*\n|      .*\n)*)", raw, re.M):
        if "    target:\n" not in m.group(1): errors.append(f"{f}: a patch without target")


# ---------------------------------------------------------------- 2189 i3 config
I3_CMDS = {"set", "font", "exec", "exec_always", "floating_modifier", "tiling_drag", "bindsym", "bindcode", "mode",
           "for_window", "assign", "bar", "workspace", "default_border", "gaps", "focus_follows_mouse"}
I3_BAR = {"status_command", "position", "font", "mode", "tray_output"}


def check_i3(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("# i3 config file (v4)"): errors.append(f"{f}: no `# i3 config file (v4)` first line")
    depth, block, vars_, modes, used_modes = 0, None, set(), set(), set()
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        if s == "}":
            depth -= 1; block = None
            if depth < 0: errors.append(f"{f}: line {n}: `}}` without a block"); depth = 0
            continue
        w = s.split()
        if depth and block == "bar":
            if w[0] not in I3_BAR: errors.append(f"{f}: line {n}: unknown bar option {w[0]}")
            continue
        if depth and block == "mode":
            if w[0] != "bindsym": errors.append(f"{f}: line {n}: only bindsym inside a mode")
        elif w[0] not in I3_CMDS: errors.append(f"{f}: line {n}: unknown command {w[0]!r}")
        if l.startswith(" ") and not depth: errors.append(f"{f}: line {n}: indented outside a block")
        if w[0] == "set":
            if len(w) < 3 or not w[1].startswith("$"): errors.append(f"{f}: line {n}: set without $name value")
            else: vars_.add(w[1])
        for v in re.findall(r"\$\w+", s if w[0] != "set" else " ".join(w[2:])):
            if v not in vars_: errors.append(f"{f}: line {n}: variable {v} not set")
        if w[0] in ("bindsym", "bindcode"):
            if len(w) < 3: errors.append(f"{f}: line {n}: bindsym without a command")
            elif not re.fullmatch(r"(?:(?:\$mod|Mod[1-5]|Shift|Control|Ctrl|Mod4)\+)*[\w]+", w[1]): errors.append(f"{f}: line {n}: key {w[1]!r}")
            m = re.search(r"\bmode (\$\w+|\"[^\"]*\")\s*$", s)
            if m: used_modes.add(m.group(1))
            if s.count('"') % 2 or s.count("'") % 2: errors.append(f"{f}: line {n}: quotes not paired")
        if w[0] in ("mode", "bar") and s.endswith("{"):
            if depth: errors.append(f"{f}: line {n}: nested block")
            depth += 1; block = w[0]
            if w[0] == "mode": modes.add(w[1])
    if depth: errors.append(f"{f}: a block not closed")
    for m in used_modes - modes - {'"default"'}:
        errors.append(f"{f}: mode {m} switched to but not defined")


# ---------------------------------------------------------------- 2190 kitty.conf
KITTY_OPTS = {"font_family", "bold_font", "italic_font", "bold_italic_font", "font_size", "cursor_shape",
              "cursor_blink_interval", "scrollback_lines", "scrollback_pager", "tab_bar_edge", "tab_bar_style",
              "tab_powerline_style", "enabled_layouts", "background_opacity", "include", "kitty_mod", "map",
              "enable_audio_bell", "confirm_os_window_close", "shell_integration", "allow_remote_control", "listen_on"}
KITTY_ACTIONS = {"new_window_with_cwd", "new_tab_with_cwd", "load_config_file", "open_url", "launch", "new_tab",
                 "close_window", "copy_to_clipboard", "paste_from_clipboard"}


def check_kitty(f, raw):
    L = lines_of(f, raw)
    seen, folds, keys_ = set(), 0, []
    for n, l in enumerate(L, 1):
        if l.startswith("#"):
            folds += l.count("{{{") - l.count("}}}")
            if folds < 0: errors.append(f"{f}: line {n}: fold closed before opened"); folds = 0
            continue
        if not l: continue
        w = l.split()
        if l[0] == " ": errors.append(f"{f}: line {n}: indented option")
        if w[0] not in KITTY_OPTS: errors.append(f"{f}: line {n}: unknown option {w[0]!r}"); continue
        if len(w) < 2: errors.append(f"{f}: line {n}: option without a value")
        if w[0] != "map":
            if w[0] in seen and w[0] != "include": errors.append(f"{f}: option {w[0]} twice")
            seen.add(w[0])
        else:
            if len(w) < 3: errors.append(f"{f}: line {n}: map without an action"); continue
            if w[2] not in KITTY_ACTIONS: errors.append(f"{f}: line {n}: unknown action {w[2]!r}")
            if not re.fullmatch(r"(?:(?:kitty_mod|ctrl|shift|alt|super|cmd)\+)*(?:f\d{1,2}|enter|[a-z0-9]|escape|tab)", w[1]): errors.append(f"{f}: line {n}: key {w[1]!r}")
            keys_.append(w[1])
            if w[2] == "open_url" and (len(w) != 4 or not re.fullmatch(r"https?://\S+", w[3])): errors.append(f"{f}: line {n}: open_url without one URL")
        if w[0] in ("font_size", "background_opacity", "cursor_blink_interval") and not re.fullmatch(r"\d+(?:\.\d+)?", w[1]): errors.append(f"{f}: {w[0]} not a number")
        if w[0] == "scrollback_lines" and not re.fullmatch(r"-?\d+", w[1]): errors.append(f"{f}: scrollback_lines not an integer")
        if w[0] == "cursor_shape" and w[1] not in ("block", "beam", "underline"): errors.append(f"{f}: cursor_shape {w[1]}")
        if w[0] in ("enable_audio_bell",) and w[1] not in ("yes", "no"): errors.append(f"{f}: {w[0]} not yes/no")
    if folds: errors.append(f"{f}: a fold not closed")
    if len(keys_) != len(set(keys_)): errors.append(f"{f}: a key mapped twice")


# ---------------------------------------------------------------- 2191 .zshrc
def sh_bare(f, raw):
    """drop comments and quoted text (single quotes literal, double quotes with escapes); report unclosed quotes"""
    out, i, s = [], 0, raw
    while i < len(s):
        ch = s[i]
        if ch == "#" and (i == 0 or s[i - 1] in " \t\n("):
            j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if ch == "\\": out.append("  "); i += 2; continue
        if ch in "'\"":
            j = i + 1
            while j < len(s) and s[j] != ch:
                if ch == '"' and s[j] == "\\": j += 1
                j += 1
            if j >= len(s): errors.append(f"{f}: quote not closed at {s[i:i + 30]!r}"); break
            out.append(ch + ch); i = j + 1; continue
        out.append(ch); i += 1
    return "".join(out)


def check_zsh(f, raw):
    L = lines_of(f, raw)
    b = sh_bare(f, raw)
    balanced(f, b, "(){}")
    if b.count("[[") != b.count("]]"): errors.append(f"{f}: [[ … ]] not paired")
    ifs, fis = len(re.findall(r"(?<![\w-])if\b", b)), len(re.findall(r"(?<![\w-])fi\b", b))
    if ifs != fis: errors.append(f"{f}: if/fi not paired")
    funcs = re.findall(r"^(\w+)\(\) \{$", raw, re.M)
    if len(funcs) != len(set(funcs)): errors.append(f"{f}: a function defined twice")
    aliases = re.findall(r"^alias ([\w.-]+)=(.*)$", raw, re.M)
    names = [a for a, _ in aliases]
    if len(names) != len(set(names)): errors.append(f"{f}: an alias twice")
    for a, v in aliases:
        if not re.fullmatch(r"'[^']*'|\"[^\"]*\"", v): errors.append(f"{f}: alias {a} value not one quoted word")
    for m in re.finditer(r"^alias (?!\w[\w.-]*=)", raw, re.M): errors.append(f"{f}: alias without name=value")
    if 'source $ZSH/oh-my-zsh.sh' in raw and not re.search(r'^export ZSH=', raw, re.M): errors.append(f"{f}: oh-my-zsh sourced without ZSH")
    if 'source $ZSH/oh-my-zsh.sh' in raw and raw.find("plugins=(") > raw.find("source $ZSH/oh-my-zsh.sh"): errors.append(f"{f}: plugins set after oh-my-zsh is sourced")
    arrays = set(re.findall(r"^typeset -A (\w+)$", raw, re.M))
    for m in re.finditer(r"^(\w+)=\($", raw, re.M):
        if m.group(1) not in arrays: errors.append(f"{f}: {m.group(1)} assigned as a table without typeset -A")
    for a in arrays:
        m = re.search(r"^" + a + r"=\(\n(.*?)\n\)$", raw, re.M | re.S)
        if not m: errors.append(f"{f}: table {a} not assigned"); continue
        for l in m.group(1).split("\n"):
            if not re.fullmatch(r"  [\w-]+ +\"[^\"]+\"", l): errors.append(f"{f}: table {a} entry {l.strip()[:30]!r} not `key \"value\"`")
    for v in ("HISTSIZE", "SAVEHIST"):
        m = re.search(r"^" + v + r"=(.*)$", raw, re.M)
        if m and not m.group(1).isdigit(): errors.append(f"{f}: {v} not a number")
    for m in re.finditer(r"^export (\w+)=", raw, re.M):
        if not m.group(1).isupper() and m.group(1) != "PATH": errors.append(f"{f}: export {m.group(1)}")
    for m in re.finditer(r"^export (?!\w+=)", raw, re.M): errors.append(f"{f}: export without NAME=")


# ---------------------------------------------------------------- 2192 .vimrc
VIM_CMDS = {"set", "filetype", "syntax", "let", "call", "Plug", "nnoremap", "inoremap", "vnoremap", "iabbrev",
            "augroup", "autocmd", "autocmd!", "function!", "endfunction", "execute", "command!", "map", "nmap"}


def check_vimrc(f, raw):
    L = lines_of(f, raw)
    plug, aug, fn = False, False, False
    abbrevs, maps, cmds, funcs = [], [], set(), set()
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith('"'): continue
        w = s.split()
        if w[0] not in VIM_CMDS: errors.append(f"{f}: line {n}: unknown command {w[0]!r}"); continue
        if s.count("'") % 2: errors.append(f"{f}: line {n}: single quotes not paired")
        if w[0] == "call" and w[1] == "plug#begin('~/.vim/plugged')": plug = True
        elif w[0] == "call" and w[1] == "plug#end()":
            if not plug: errors.append(f"{f}: line {n}: plug#end without plug#begin")
            plug = False
        elif w[0] == "Plug":
            if not plug: errors.append(f"{f}: line {n}: Plug outside plug#begin/end")
            if not re.fullmatch(r"Plug '[\w.-]+/[\w.-]+'", s): errors.append(f"{f}: line {n}: Plug not 'user/repo'")
        elif w[0] == "call":
            m = re.fullmatch(r"call (\w+)\(\)", s)
            if m and m.group(1) not in funcs: errors.append(f"{f}: line {n}: {m.group(1)}() not defined")
        if w[0] == "augroup":
            if w[1] == "END":
                if not aug: errors.append(f"{f}: line {n}: augroup END without augroup")
                aug = False
            else:
                if aug: errors.append(f"{f}: line {n}: augroup inside augroup")
                aug = True
        if w[0] in ("autocmd", "autocmd!") and not aug: errors.append(f"{f}: line {n}: autocmd outside an augroup")
        if w[0] == "autocmd" and len(w) > 1 and w[1] != "!" and not re.fullmatch(r"(?:BufRead|BufNewFile|FileType|BufWritePre|VimEnter)(?:,(?:BufRead|BufNewFile|FileType|BufWritePre|VimEnter))*", w[1]): errors.append(f"{f}: line {n}: event {w[1]}")
        if w[0] == "function!":
            m = re.fullmatch(r"function! ([A-Z]\w*)\(\)(?: abort)?", s)
            if not m: errors.append(f"{f}: line {n}: function name must start upper-case")
            else: funcs.add(m.group(1))
            if fn: errors.append(f"{f}: line {n}: nested function")
            fn = True
        if w[0] == "endfunction":
            if not fn: errors.append(f"{f}: line {n}: endfunction without function")
            fn = False
        if w[0] == "execute" and not fn: errors.append(f"{f}: line {n}: execute outside a function")
        if w[0] == "command!":
            if not re.fullmatch(r"[A-Z]\w*", w[1]): errors.append(f"{f}: line {n}: user command must start upper-case")
            cmds.add(w[1])
        if w[0] == "iabbrev":
            if len(w) < 3: errors.append(f"{f}: line {n}: iabbrev without expansion")
            else: abbrevs.append(w[1])
        if w[0].endswith("map"):
            if len(w) < 3: errors.append(f"{f}: line {n}: mapping without right side"); continue
            maps.append(w[1])
            rhs = s.split(None, 2)[2]
            if rhs.startswith(":") and not re.search(r"<CR>(?:<CR>)?$", rhs): errors.append(f"{f}: line {n}: ex mapping without <CR>")
            for c in re.findall(r"^:([A-Z]\w*)", rhs):
                if c not in cmds: errors.append(f"{f}: line {n}: :{c} not defined before")
        if w[0] == "let" and not re.fullmatch(r"let [gbsw]?:?\w+(?:#\w+)* = .+", s): errors.append(f"{f}: line {n}: let shape")
        if w[0] == "set":
            for o in w[1:]:
                if not re.fullmatch(r"[a-z]+|[a-z]+[+^-]?=[\w,.~/-]*", o): errors.append(f"{f}: line {n}: option {o!r}")
    if plug: errors.append(f"{f}: plug#begin without plug#end")
    if aug: errors.append(f"{f}: augroup not ended")
    if fn: errors.append(f"{f}: function not ended")
    if len(abbrevs) != len(set(abbrevs)): errors.append(f"{f}: an abbreviation twice")
    if len(maps) != len(set(maps)): errors.append(f"{f}: a key mapped twice")


# ---------------------------------------------------------------- 2193 wandb sweep.yaml
SWEEP_KEYS = {"program", "name", "description", "method", "metric", "parameters", "early_terminate", "command",
              "project", "entity", "run_cap"}
SWEEP_PARAM = {"values", "value", "distribution", "min", "max", "mu", "sigma", "q", "probabilities"}
SWEEP_DIST = {"constant", "categorical", "int_uniform", "uniform", "q_uniform", "log_uniform_values", "q_log_uniform_values",
              "inv_log_uniform_values", "normal", "q_normal", "log_normal", "q_log_normal"}


def check_sweep(f, raw):
    L = lines_of(f, raw)
    ys = yaml_lines(f, L)
    top, names = yaml_tree(f, ys)
    d = {k: v for k, v, _ in top}
    for k, v, n in top:
        if k not in SWEEP_KEYS: errors.append(f"{f}: line {n}: unknown sweep key {k!r}")
    if d.get("method") not in ("grid", "random", "bayes"): errors.append(f"{f}: method {d.get('method')}")
    if "metric" in d:
        m = re.search(r"^metric:\n  name: (\S+)\n  goal: (\w+)\n", raw, re.M)
        if not m or m.group(2) not in ("minimize", "maximize"): errors.append(f"{f}: metric needs name and goal minimize|maximize")
    if d.get("method") == "bayes" and "metric" not in d: errors.append(f"{f}: bayes without a metric")
    if not d.get("program", "").endswith(".py"): errors.append(f"{f}: program not a .py")
    params, cur = {}, None
    for i, k, v, n in ys:
        if i == 0: cur = k; continue
        if cur != "parameters": continue
        if i == 2: pname = k; params[pname] = {}
        elif i == 4:
            if k not in SWEEP_PARAM: errors.append(f"{f}: line {n}: parameter field {k!r}")
            params[pname][k] = v
    for p, fields in params.items():
        if not fields: errors.append(f"{f}: parameter {p} empty")
        if "distribution" in fields:
            if fields["distribution"] not in SWEEP_DIST: errors.append(f"{f}: {p}: distribution {fields['distribution']}")
            if "min" in fields and "max" in fields:
                try:
                    if float(fields["min"]) >= float(fields["max"]): errors.append(f"{f}: {p}: min not below max")
                except ValueError: errors.append(f"{f}: {p}: min/max not numbers")
            elif fields["distribution"] != "categorical": errors.append(f"{f}: {p}: distribution without min and max")
        if "values" in fields and not re.fullmatch(r"\[.+\]", fields["values"]): errors.append(f"{f}: {p}: values not a list")
        if "value" in fields and "values" in fields: errors.append(f"{f}: {p}: value and values")
    m = re.search(r"^early_terminate:\n  type: (\w+)\n", raw, re.M)
    if "early_terminate" in d and (not m or m.group(1) != "hyperband"): errors.append(f"{f}: early_terminate type")
    for mac in re.findall(r"\$\{(\w+)\}", raw):
        if mac not in ("env", "interpreter", "program", "args", "args_no_hyphens", "args_json", "args_json_file", "args_no_boolean_flags"): errors.append(f"{f}: command macro ${{{mac}}}")
    if "command" in d and "${program}" not in raw: errors.append(f"{f}: command without ${{program}}")


# ---------------------------------------------------------------- 2194 setup.cfg
import configparser
CFG_SECTIONS = {"metadata", "options", "options.packages.find", "options.extras_require", "options.entry_points",
                "tool:pytest", "flake8", "options.package_data"}
CFG_META = {"name", "version", "author", "author_email", "description", "long_description",
            "long_description_content_type", "license", "url", "classifiers", "project_urls", "keywords"}


def check_setupcfg(f, raw):
    L = lines_of(f, raw)
    cp = configparser.ConfigParser(interpolation=None)
    try:
        cp.read_string(raw)
    except configparser.Error as ex:
        errors.append(f"{f}: not INI: {str(ex)[:80]}"); return
    for s in cp.sections():
        if s not in CFG_SECTIONS: errors.append(f"{f}: unknown section [{s}]")
    for need in ("metadata", "options"):
        if need not in cp: errors.append(f"{f}: no [{need}]"); return
    md = cp["metadata"]
    for k in md:
        if k not in CFG_META: errors.append(f"{f}: unknown metadata key {k}")
    for need in ("name", "version"):
        if need not in md: errors.append(f"{f}: no metadata {need}")
    if not re.fullmatch(r"\d+(?:\.\d+){1,2}(?:(?:a|b|rc|\.dev|\.post)\d+)?", md.get("version", "")): errors.append(f"{f}: version not PEP 440")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", md.get("author_email", "x@y.z")): errors.append(f"{f}: author_email")
    if not re.fullmatch(r"file: \S+", md.get("long_description", "file: x")): errors.append(f"{f}: long_description not file:")
    for c in md.get("classifiers", "").strip().split("\n"):
        if c and not re.fullmatch(r"[A-Z][\w ]+(?: :: [\w /().+-]+)+", c): errors.append(f"{f}: classifier {c!r}")
    for u in md.get("project_urls", "").strip().split("\n"):
        if u and not re.fullmatch(r"[\w ]+ = https?://\S+", u): errors.append(f"{f}: project_urls entry {u!r}")
    op = cp["options"]
    if op.get("packages") == "find:" and "options.packages.find" not in cp: errors.append(f"{f}: find: without [options.packages.find]")
    for r in op.get("install_requires", "").strip().split("\n"):
        if r and not re.fullmatch(r"[A-Za-z][\w.-]*(?:\[[\w,]+\])?(?:(?:>=|<=|==|~=|<|>|!=)[\w.*]+)?(?:,(?:>=|<=|==|~=|<|>|!=)[\w.*]+)*", r): errors.append(f"{f}: requirement {r!r}")
    if "python_requires" in op and not re.fullmatch(r"(?:>=|~=|==)\d+\.\d+", op["python_requires"]): errors.append(f"{f}: python_requires")
    for k, v in (cp["options.entry_points"].items() if "options.entry_points" in cp else []):
        for e in v.strip().split("\n"):
            if not re.fullmatch(r"[\w-]+ = [\w.]+:\w+", e): errors.append(f"{f}: entry point {e!r}")
    if "flake8" in cp and not cp["flake8"].get("max-line-length", "79").isdigit(): errors.append(f"{f}: max-line-length")


# ---------------------------------------------------------------- 2195 .latexmkrc (Perl)
LMK_VARS = {"$pdf_mode", "$lualatex", "@default_files", "$out_dir", "$bibtex_use", "$max_repeat", "@generated_exts",
            "$clean_ext", "$pdf_previewer", "$pdflatex", "$xelatex", "$aux_dir", "$ENV"}


def perl_bare(f, raw):
    out, i, s = [], 0, raw
    while i < len(s):
        ch = s[i]
        if ch == "#":
            j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if ch in "'\"":
            j = i + 1
            while j < len(s) and s[j] != ch:
                if s[j] == "\\": j += 1
                j += 1
            if j >= len(s): errors.append(f"{f}: string not closed at {s[i:i + 30]!r}"); break
            out.append(ch + ch); i = j + 1; continue
        out.append(ch); i += 1
    return "".join(out)


def check_latexmkrc(f, raw):
    L = lines_of(f, raw)
    b = perl_bare(f, raw)
    balanced(f, b)
    depth = 0
    stmt = ""
    for n, l in enumerate(b.split("\n"), 1):
        s = l.strip()
        if not s: continue
        depth_before = depth
        depth += s.count("{") - s.count("}")
        if s.endswith("{") or s == "}": continue
        if not s.endswith(";"): errors.append(f"{f}: line {n}: statement without `;`")
        if depth_before == 0:
            m = re.match(r"([$@]\w+)(?:\{[^}]*\})?\s*=", s)
            if m and m.group(1) not in LMK_VARS: errors.append(f"{f}: line {n}: unknown latexmk variable {m.group(1)}")
            if not m and not re.match(r"(?:add_cus_dep|push)\b", s): errors.append(f"{f}: line {n}: not an assignment, add_cus_dep or push")
    m = re.search(r"^\$pdf_mode = (\d+);", raw, re.M)
    if not m or m.group(1) not in ("0", "1", "2", "3", "4", "5"): errors.append(f"{f}: $pdf_mode")
    if m and m.group(1) == "4" and not re.search(r"^\$lualatex = '[^']*%O %S';", raw, re.M): errors.append(f"{f}: $lualatex without %O %S")
    if not re.search(r"^\$bibtex_use = [0-2](?:\.5)?;", raw, re.M): errors.append(f"{f}: $bibtex_use")
    for m in re.finditer(r"^add_cus_dep\('(\w+)', '(\w+)', ([01]), '(\w+)'\);$", raw, re.M):
        if not re.search(r"^sub " + m.group(4) + r" \{$", raw, re.M): errors.append(f"{f}: add_cus_dep calls undefined sub {m.group(4)}")
    if len(re.findall(r"^add_cus_dep", raw, re.M)) != len(re.findall(r"^add_cus_dep\('(\w+)', '(\w+)', ([01]), '(\w+)'\);$", raw, re.M)): errors.append(f"{f}: add_cus_dep shape")
    for m in re.finditer(r"^@default_files = \((.*)\);$", raw, re.M):
        for t in re.findall(r"'([^']*)'", m.group(1)):
            if not t.endswith(".tex"): errors.append(f"{f}: default file {t}")


# ---------------------------------------------------------------- 2196 .dockerignore
def check_dockerignore(f, raw):
    L = lines_of(f, raw)
    pats = []
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        if l != l.strip(): errors.append(f"{f}: line {n}: blanks around a pattern")
        if " " in l.strip(): errors.append(f"{f}: line {n}: a pattern with a space (one pattern a line)")
        if re.search(r"\*\*\*|\[\]|^!$", l): errors.append(f"{f}: line {n}: bad glob {l!r}")
        pats.append(l)
    if len(pats) != len(set(pats)): errors.append(f"{f}: a pattern twice")
    for p in pats:
        if p.startswith("!") and not any(not q.startswith("!") and q.split("*")[0].rstrip("/") and p[1:].startswith(q.split("*")[0].rstrip("/")) for q in pats):
            errors.append(f"{f}: exception {p} re-includes nothing ignored")
    if not pats: errors.append(f"{f}: no pattern")


def shape_checks(f, raw, path):
    n = num(f)
    {2187: check_helmfile, 2188: check_kustomize, 2189: check_i3, 2190: check_kitty, 2191: check_zsh, 2192: check_vimrc,
     2193: check_sweep, 2194: check_setupcfg, 2195: check_latexmkrc,
     2196: check_dockerignore}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round217 (every digest is plain UTF-8 text)"""
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
# /work/rounds/*/expected.json except round216's and round217's, a byte-identical file counted once), and the
# round216/round217 split (candidates sorted by (uses, catalogue title); round217 = odd positions from 3 on, one
# unbroken run; round216 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P216S = ["/work/rounds/digests-round216/expected.json", "/work/main/tests/data/digests-round216/expected.json"]
P216 = next((p for p in P216S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P216S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round216", "digests-round217") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round217 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r216 = set()
if P216:
    try:
        r216 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P216)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P216} exists but could not be read (being written?)")
    if r216 & mine: errors.append(f"papers also in round216: {sorted(r216 & mine)}")
shared216 = len(r216 & mine) if P216 else "(no round216 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round217 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round216: {shared216}; papers in more than one round217 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



