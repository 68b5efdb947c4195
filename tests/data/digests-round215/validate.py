r"""Checks round215/expected.json against the digests and the shared catalogues.

Adapted from round213/validate.py (the label checks are the same code; the reuse report is round213's with round214 /
round215 in place of round212 / round213; round215 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round214's and round215's own (a digests-round214 / digests-round215 folder, or a file whose bytes equal round214's or
round215's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round215 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round214's expected.json (read only, from
/work/rounds/digests-round214/ or /work/main/tests/data/digests-round214/, when it exists), and on a paper in more
than one round215 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2167 pandoc defaults YAML (no tabs, even indentation, quotes closed, keys or list items only, `from` first, known
top-level keys once, booleans, top-level-division, toc-depth, `to`, input files .md, metadata date shape);
2168 Sphinx conf.py (parses as Python; project / copyright / author / release / extensions assigned, none twice;
extlinks and intersphinx need their extensions; extlinks tuples with one %s each; intersphinx tuples with https URLs;
rst_prolog lines are `.. |name| replace::` substitutions, none twice, backquotes paired, anonymous links with targets;
copyright shape; no name used unassigned);
2169 R DESCRIPTION (DCF fields, continuation lines, no blank line, known fields once, the required fields, Package,
Version and Date shapes, Title without a final period, Authors@R parentheses and quotes closed with a cre, Description
quotes paired and `<…>` references as URL / arXiv: / doi:, Depends / Imports / Suggests entries, URL entries,
Encoding);
2170 Pyomo model (parses as Python; imports only from pyomo.environ and only its names; no name used undefined;
components defined before use, rules named *_rule, only defined components used; PAPERS records with titel / url /
score, scores 1–5, urls http(s));
2171 SMT-LIB (`;` comments, `|…|` symbols and `""` strings closed; parentheses balanced; every top-level form a known
command; set-logic once and before declarations; check-sat, get-model after it; nothing declared twice; every symbol
of an assert declared; set-info with keyword and value);
2172 mix.exs (strings closed, brackets balanced, do/end counted, `defmodule ….MixProject do` / `use Mix.Project`,
project and application defined, called private functions defined, module attributes set before use, dependency
requirements, no dependency twice, reading entries `[title:, url: nil | "http…", week:]` with their commas);
2173 fly.toml (parses as TOML; app and primary_region, known keys, env names and string values, internal_port an
integer equal to PORT, concurrency limits and type, checks' durations and path, mounts, vm sizes, seed URLs);
2174 serverless.yml (the YAML checks above; service and frameworkVersion first, known top-level keys once, aws,
runtime, every function with a handler `file.function` and events, timeouts, methods, paths, custom values defined,
schedules, `${…}` closed);
2175 rollup.config.mjs (comments and strings closed, brackets balanced, one `export default`, imports with `from`,
imported and const names used, called functions imported, no empty element or missing comma before a property,
output formats, reading entries `{ judul, url | catatan },` with http(s) urls);
2176 .gitattributes (every line a comment or a pattern with attributes, attribute shapes, LFS lines exactly
`filter=lfs diff=lfs merge=lfs -text`, eol and text values, no pattern twice).

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
# ================================================================ round215 shape checks
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
    """lean YAML: no tabs, indentation in steps of `step`, quotes closed on their line, every plain line a key, a list
    item, a comment or inside a block scalar; returns [(indent, key or None, value, line number)]"""
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
        if not m and not s.startswith("- "): errors.append(f"{f}: line {n}: neither a key nor a list item: {s[:30]!r}")
        if v in ("|", ">", "|-", ">-"): block = ind
        out.append((ind, m.group(1) if m else None, v, n))
    return out


# ---------------------------------------------------------------- 2167 pandoc defaults file
PANDOC_KEYS = {"from", "to", "output-file", "pdf-engine", "input-files", "standalone", "number-sections",
               "top-level-division", "table-of-contents", "toc-depth", "resource-path", "citeproc", "bibliography",
               "csl", "metadata", "variables", "filters", "template", "include-in-header", "reference-doc"}


def check_pandoc(f, raw):
    L = lines_of(f, raw)
    ys = yaml_lines(f, L)
    top = [(k, v, n) for i, k, v, n in ys if i == 0]
    names = [k for k, _, _ in top]
    if names[:1] != ["from"]: errors.append(f"{f}: `from` not the first key")
    for k, v, n in top:
        if k not in PANDOC_KEYS: errors.append(f"{f}: line {n}: unknown defaults key {k!r}")
    if len(set(names)) != len(names): errors.append(f"{f}: a top-level key twice")
    d = {k: v for k, v, _ in top}
    for k in ("standalone", "number-sections", "citeproc", "table-of-contents"):
        if k in d and d[k] not in ("true", "false"): errors.append(f"{f}: {k} not a boolean")
    if d.get("top-level-division") not in (None, "chapter", "section", "part", "default"): errors.append(f"{f}: top-level-division {d['top-level-division']}")
    if not re.fullmatch(r"\d+", d.get("toc-depth", "1")): errors.append(f"{f}: toc-depth not a number")
    if "to" in d and d["to"] not in ("latex", "pdf", "html", "docx", "html5"): errors.append(f"{f}: to {d['to']}")
    for i, k, v, n in ys:
        if i == 2 and k and names and k in ("input-files",): pass
    items = [v for i, k, v, n in ys if k is None]
    for v in items:
        if v.startswith("kapitel/") and not v.endswith(".md"): errors.append(f"{f}: input file {v}")
    if "date" in raw and not re.search(r'date: "\d{4}-\d\d-\d\d"', raw): errors.append(f"{f}: metadata date shape")


# ---------------------------------------------------------------- 2168 Sphinx conf.py
def check_sphinx(f, raw):
    L = lines_of(f, raw)
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not Python: {ex}"); return
    assigned = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            nm = node.targets[0].id
            if nm in assigned: errors.append(f"{f}: {nm} assigned twice")
            assigned[nm] = node.value
    for need in ("project", "copyright", "author", "release", "extensions"):
        if need not in assigned: errors.append(f"{f}: no {need}")
    def lit(nm):
        try: return ast.literal_eval(assigned[nm]) if nm in assigned else None
        except ValueError: return None
    ext = lit("extensions") or []
    if "extlinks" in assigned and "sphinx.ext.extlinks" not in ext: errors.append(f"{f}: extlinks without sphinx.ext.extlinks")
    if "intersphinx_mapping" in assigned and "sphinx.ext.intersphinx" not in ext: errors.append(f"{f}: intersphinx_mapping without sphinx.ext.intersphinx")
    for k, v in (lit("extlinks") or {}).items():
        if not (isinstance(v, tuple) and len(v) == 2 and v[0].count("%s") == 1 and (v[1] is None or v[1].count("%s") == 1)):
            errors.append(f"{f}: extlinks {k!r} not (url with one %s, caption with one %s)")
    for k, v in (lit("intersphinx_mapping") or {}).items():
        if not (isinstance(v, tuple) and len(v) == 2 and str(v[0]).startswith("https://")): errors.append(f"{f}: intersphinx {k!r}")
    pro = lit("rst_prolog") or ""
    subs = []
    for n, l in enumerate(pro.split("\n")):
        if not l.strip(): continue
        m = re.fullmatch(r"\.\. \|([\w-]+)\| replace:: (.+)", l)
        if not m: errors.append(f"{f}: rst_prolog line not a substitution: {l[:40]!r}"); continue
        subs.append(m.group(1))
        if m.group(2).count("`") % 2: errors.append(f"{f}: substitution {m.group(1)}: backquotes not paired")
        for t in re.findall(r"`([^`]*)`__", m.group(2)):
            if not re.search(r" <https?://[^>\s]+>$", t): errors.append(f"{f}: anonymous link without a target: {t[:30]!r}")
    if len(subs) != len(set(subs)): errors.append(f"{f}: a substitution defined twice")
    if not re.fullmatch(r"\d{4}, .+", lit("copyright") or ""): errors.append(f"{f}: copyright shape")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in assigned and node.id not in ("os", "sys"):
            errors.append(f"{f}: name {node.id} used but not assigned")


# ---------------------------------------------------------------- 2169 R DESCRIPTION (DCF)
DCF_FIELDS = {"Package", "Type", "Title", "Version", "Date", "Authors@R", "Description", "License", "URL", "BugReports",
              "Depends", "Imports", "Suggests", "VignetteBuilder", "Language", "Encoding", "LazyData", "RoxygenNote",
              "Config/testthat/edition", "X-Seminario-Video"}


def check_dcf(f, raw):
    L = lines_of(f, raw)
    fields, cur = {}, None
    for n, l in enumerate(L, 1):
        if not l: errors.append(f"{f}: line {n}: blank line inside the record"); continue
        if l[0] in " \t":
            if cur is None: errors.append(f"{f}: line {n}: continuation before a field"); continue
            fields[cur] += "\n" + l; continue
        m = re.fullmatch(r"([A-Za-z][\w@/.-]*): ?(.*)", l)
        if not m: errors.append(f"{f}: line {n}: not a field: {l[:30]!r}"); cur = None; continue
        cur = m.group(1)
        if cur in fields: errors.append(f"{f}: field {cur} twice")
        if cur not in DCF_FIELDS: errors.append(f"{f}: unknown field {cur}")
        fields[cur] = m.group(2)
    for need in ("Package", "Version", "Title", "Description", "License"):
        if need not in fields: errors.append(f"{f}: no {need}")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]", fields.get("Package", "")): errors.append(f"{f}: Package name")
    if not re.fullmatch(r"\d+[.-]\d+(?:[.-]\d+)*", fields.get("Version", "")): errors.append(f"{f}: Version shape")
    if "Date" in fields and not re.fullmatch(r"\d{4}-\d\d-\d\d", fields["Date"]): errors.append(f"{f}: Date shape")
    if fields.get("Title", "").endswith("."): errors.append(f"{f}: Title ends with a period")
    a = fields.get("Authors@R", "")
    balanced(f, re.sub(r'"[^"]*"', '""', a), "()", " in Authors@R")
    if a.count('"') % 2: errors.append(f"{f}: Authors@R quotes not closed")
    if a and '"cre"' not in a: errors.append(f"{f}: Authors@R without a maintainer (cre)")
    d = fields.get("Description", "")
    if d.count('"') % 2: errors.append(f"{f}: Description quotes not paired")
    if d.count("<") != d.count(">"): errors.append(f"{f}: Description <…> not closed")
    for x in re.findall(r"<([^<>]*)>", d):
        if not re.fullmatch(r"https?://\S+|arXiv:\d{4}\.\d{4,5}(?:v\d+)?|doi:\S+", x): errors.append(f"{f}: Description reference <{x}> not a URL, arXiv: or doi:")
    for fld in ("Depends", "Imports", "Suggests"):
        for pk in filter(None, (p.strip() for p in fields.get(fld, "").replace("\n", " ").split(","))):
            if not re.fullmatch(r"[A-Za-z][\w.]*(?: \((?:>=|<=|==|>|<) [\d.-]+\))?", pk): errors.append(f"{f}: {fld} entry {pk!r}")
    for u in fields.get("URL", "").replace("\n", " ").split(","):
        if not re.fullmatch(r"https?://\S+", u.strip()): errors.append(f"{f}: URL entry {u.strip()!r}")
    if fields.get("Encoding") not in (None, "UTF-8", "latin1"): errors.append(f"{f}: Encoding")


# ---------------------------------------------------------------- 2170 Pyomo model
PYOMO_NAMES = {"Binary", "ConcreteModel", "Constraint", "Objective", "Param", "Set", "SolverFactory", "Var", "maximize",
               "minimize", "value", "NonNegativeIntegers", "RangeSet"}


def check_pyomo(f, raw):
    L = lines_of(f, raw)
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not Python: {ex}"); return
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.module != "pyomo.environ": errors.append(f"{f}: import from {node.module}")
            for a in node.names:
                if a.name not in PYOMO_NAMES: errors.append(f"{f}: pyomo.environ has no {a.name}")
                imported.add(a.asname or a.name)
    if not imported: errors.append(f"{f}: no import from pyomo.environ")
    defined = set(imported) | {"sorted", "sum", "print", "len", "range", "__name__"}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef): defined.add(node.name); defined.update(a.arg for a in node.args.args)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store): defined.add(node.id)
        elif isinstance(node, ast.comprehension):
            for t in ast.walk(node.target):
                if isinstance(t, ast.Name): defined.add(t.id)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in defined:
            errors.append(f"{f}: name {node.id} used but not defined or imported")
    comps = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute) and getattr(node.targets[0].value, "id", "") == "model":
            comps[node.targets[0].attr] = node.value
    for nm, v in comps.items():
        if isinstance(v, ast.Call):
            for kw in v.keywords:
                if kw.arg == "rule" and not (isinstance(kw.value, ast.Name) and kw.value.id.endswith("_rule")): errors.append(f"{f}: rule of {nm}")
            for a in v.args:
                if isinstance(a, ast.Attribute) and getattr(a.value, "id", "") == "model" and a.attr not in comps:
                    errors.append(f"{f}: model.{a.attr} used before it is defined")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") in ("model", "m") and isinstance(node.ctx, ast.Load):
            if node.attr not in comps and node.attr not in ("solve",): errors.append(f"{f}: component {node.attr} not on the model")
    data = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "PAPERS":
            data = ast.literal_eval(node.value)
    if not data: errors.append(f"{f}: no PAPERS dict"); return
    for k, v in data.items():
        if set(v) != {"titel", "url", "score"}: errors.append(f"{f}: paper {k} fields {sorted(v)}")
        if not isinstance(v.get("score"), int) or not 1 <= v["score"] <= 5: errors.append(f"{f}: paper {k} score")
        if v.get("url") and not re.fullmatch(r"https?://\S+", v["url"]): errors.append(f"{f}: paper {k} url")


# ---------------------------------------------------------------- 2171 SMT-LIB
SMT_CMDS = {"set-info", "set-option", "set-logic", "declare-const", "declare-fun", "define-fun", "assert", "check-sat",
            "get-model", "get-value", "push", "pop", "exit"}


def check_smt(f, raw):
    L = lines_of(f, raw)
    toks, i, s = [], 0, raw
    while i < len(s):
        ch = s[i]
        if ch == ";":
            j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if ch == "|":
            j = s.find("|", i + 1)
            if j < 0: errors.append(f"{f}: |…| symbol not closed"); return
            toks.append(("Q", s[i + 1:j])); i = j + 1; continue
        if ch == '"':
            j = i + 1
            while True:
                j = s.find('"', j)
                if j < 0: errors.append(f"{f}: string not closed"); return
                if s[j + 1:j + 2] == '"': j += 2; continue
                break
            toks.append(("S", s[i + 1:j])); i = j + 1; continue
        if ch in "()": toks.append((ch, ch)); i += 1; continue
        if ch.isspace(): i += 1; continue
        m = re.match(r"[^\s();|\"]+", s[i:]); toks.append(("A", m.group(0))); i += len(m.group(0))
    depth, forms, cur = 0, [], None
    for t, v in toks:
        if t == "(":
            depth += 1
            if depth == 1: cur = []; forms.append(cur)
            elif cur is not None: cur.append(("(", "("))
        elif t == ")":
            depth -= 1
            if depth < 0: errors.append(f"{f}: `)` without `(`"); return
            if depth and cur is not None: cur.append((")", ")"))
        else:
            if depth == 0: errors.append(f"{f}: {v!r} outside a command")
            elif cur is not None: cur.append((t, v))
    if depth: errors.append(f"{f}: parentheses not closed"); return
    heads = [c[0][1] if c else "" for c in forms]
    for h in heads:
        if h not in SMT_CMDS: errors.append(f"{f}: unknown command {h!r}")
    if "set-logic" not in heads: errors.append(f"{f}: no set-logic")
    elif any(h in ("declare-const", "declare-fun", "define-fun", "assert") for h in heads[:heads.index("set-logic")]): errors.append(f"{f}: declarations before set-logic")
    if "check-sat" not in heads: errors.append(f"{f}: no check-sat")
    elif "get-model" in heads and heads.index("get-model") < heads.index("check-sat"): errors.append(f"{f}: get-model before check-sat")
    if heads.count("set-logic") > 1: errors.append(f"{f}: set-logic twice")
    declared = {}
    OPS = {"and", "or", "not", "=>", "=", "distinct", "<", "<=", ">", ">=", "+", "-", "*", "ite", "true", "false", "Int", "Bool", "String", "Real"}
    for c in forms:
        h = c[0][1] if c else ""
        if h in ("declare-const", "define-fun", "declare-fun"):
            nm = c[1][1]
            if nm in declared: errors.append(f"{f}: {nm} declared twice")
            declared[nm] = h
        if h in ("assert", "define-fun"):
            local = set()
            if h == "define-fun":
                local = {v for t, v in c[3:] if t == "A"}  # lean: parameters and sort names of the signature count as bound
            for t, v in c[1:]:
                if t == "A" and not re.fullmatch(r"-?\d+", v) and v not in OPS and v not in declared and v not in local and not v.startswith(":"):
                    errors.append(f"{f}: {v} used but not declared")
        if h == "set-info":
            if len(c) < 3 or not c[1][1].startswith(":"): errors.append(f"{f}: set-info without a keyword and value")


# ---------------------------------------------------------------- 2172 mix.exs
def check_mix(f, raw):
    L = lines_of(f, raw)
    code = []
    for n, l in enumerate(L, 1):
        s = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', l)
        if s.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        s = re.sub(r"~r/(?:[^/\\\n]|\\.)*/", "~r//", s)
        s = re.sub(r"#.*$", "", s)
        code.append(s)
    c = "\n".join(code)
    balanced(f, c)
    opens = len(re.findall(r"\bdo\s*$", c, re.M))
    ends = len(re.findall(r"^\s*end\s*$", c, re.M))
    if opens != ends: errors.append(f"{f}: {opens} do-blocks but {ends} ends")
    if not re.match(r"defmodule [A-Z]\w*(?:\.[A-Z]\w*)*\.MixProject do\n  use Mix\.Project\n", raw): errors.append(f"{f}: not a Mix project module")
    defs = re.findall(r"^  defp? (\w+)", c, re.M)
    for need in ("project", "application"):
        if need not in defs: errors.append(f"{f}: no def {need}")
    for call in set(re.findall(r"\b(\w+)\(\)", c)):
        if call not in defs and call not in ("env",): errors.append(f"{f}: {call}() called but not defined")
    attrs = set(re.findall(r"^  @(\w+) ", c, re.M))
    for a in set(re.findall(r"@(\w+)\b", c)):
        if a not in attrs: errors.append(f"{f}: @{a} used but not set")
    for m in re.finditer(r"^\s+\{:(\w+), \"([^\"]*)\"", raw, re.M):
        if not re.fullmatch(r"(~>|>=|==) \d+\.\d+(\.\d+)?", m.group(2)): errors.append(f"{f}: dep {m.group(1)} requirement {m.group(2)!r}")
    deps = re.findall(r"\{:(\w+), \"", raw)
    if len(deps) != len(set(deps)): errors.append(f"{f}: a dependency twice")
    for m in re.finditer(r"^\s*(\[title: .*\]),?$", raw, re.M):
        e = m.group(1)
        if not re.fullmatch(r'\[title: "[^"]+", url: (?:nil|"https?://[^"\s]+"), week: \d+\]', e): errors.append(f"{f}: reading entry {e[:50]!r}")
    ent = re.findall(r"^    \[title: .*\](,?)$", raw, re.M)
    if ent and (ent[-1] == "," or "" in ent[:-1]): errors.append(f"{f}: commas of the reading list")
    for m in re.finditer(r"^\s+(.*[^,\[{(\s])\n(\s+)[\w\[{\"]", c, re.M):
        pass


# ---------------------------------------------------------------- 2173 fly.toml
def check_fly(f, raw):
    L = lines_of(f, raw)
    try:
        d = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as ex:
        errors.append(f"{f}: not TOML: {ex}"); return
    for need in ("app", "primary_region"):
        if not isinstance(d.get(need), str): errors.append(f"{f}: no {need}")
    if not re.fullmatch(r"[a-z0-9-]+", d.get("app", "")): errors.append(f"{f}: app name")
    if d.get("primary_region") not in ("ams", "arn", "cdg", "fra", "lhr", "waw", "iad", "ord", "sjc", "nrt", "sin", "syd"): errors.append(f"{f}: primary_region")
    known = {"app", "primary_region", "kill_signal", "kill_timeout", "build", "env", "http_service", "mounts", "vm", "deploy", "processes"}
    for k in d:
        if k not in known: errors.append(f"{f}: unknown key {k}")
    env = d.get("env", {})
    for k, v in env.items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", k): errors.append(f"{f}: env name {k}")
        if not isinstance(v, str): errors.append(f"{f}: env {k} not a string")
    hs = d.get("http_service", {})
    if not isinstance(hs.get("internal_port"), int): errors.append(f"{f}: internal_port not an integer")
    if "PORT" in env and str(hs.get("internal_port")) != env["PORT"]: errors.append(f"{f}: internal_port differs from PORT")
    c = hs.get("concurrency", {})
    if c and not (isinstance(c.get("soft_limit"), int) and isinstance(c.get("hard_limit"), int) and c["soft_limit"] <= c["hard_limit"]): errors.append(f"{f}: concurrency limits")
    if c and c.get("type") not in ("requests", "connections"): errors.append(f"{f}: concurrency type")
    for ch in hs.get("checks", []):
        for k in ("grace_period", "interval", "timeout"):
            if not re.fullmatch(r"\d+(ms|s|m)", str(ch.get(k, ""))): errors.append(f"{f}: check {k}")
        if not str(ch.get("path", "")).startswith("/"): errors.append(f"{f}: check path")
    for m in d.get("mounts", []):
        if not m.get("source") or not str(m.get("destination", "")).startswith("/"): errors.append(f"{f}: mount")
    for vm in d.get("vm", []):
        if not re.fullmatch(r"\d+(mb|gb)", str(vm.get("memory", ""))): errors.append(f"{f}: vm memory")
        if vm.get("cpu_kind") not in ("shared", "performance"): errors.append(f"{f}: cpu_kind")
        if not isinstance(vm.get("cpus"), int): errors.append(f"{f}: cpus")
    for u in env.get("SEED_PAPERS", "").split():
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: seed entry {u!r}")


# ---------------------------------------------------------------- 2174 serverless.yml
def check_sls(f, raw):
    L = lines_of(f, raw)
    ys = yaml_lines(f, L)
    top = [k for i, k, v, n in ys if i == 0]
    if top[:2] != ["service", "frameworkVersion"]: errors.append(f"{f}: service / frameworkVersion not first")
    for k in top:
        if k not in ("service", "frameworkVersion", "provider", "custom", "functions", "resources", "plugins", "package"): errors.append(f"{f}: unknown top-level key {k}")
    if len(set(top)) != len(top): errors.append(f"{f}: a top-level key twice")
    d = {(i, k): v for i, k, v, n in ys}
    if "name: aws" not in raw: errors.append(f"{f}: provider not aws")
    if not re.search(r"^  runtime: (python3\.(9|10|11|12)|nodejs(18|20)\.x)$", raw, re.M): errors.append(f"{f}: runtime")
    # functions: each with a handler file.function
    fn, have, cur = False, {}, None
    for i, k, v, n in ys:
        if i == 0: fn = k == "functions"; continue
        if not fn: continue
        if i == 2: cur = k; have[cur] = set()
        elif i == 4 and cur: 
            have[cur].add(k)
            if k == "handler" and not re.fullmatch(r"[\w/]+\.\w+", v): errors.append(f"{f}: {cur}: handler {v!r}")
            if k == "timeout" and not (v.isdigit() and int(v) <= 900): errors.append(f"{f}: {cur}: timeout")
    for nm, ks in have.items():
        if "handler" not in ks: errors.append(f"{f}: function {nm} without handler")
        if "events" not in ks: errors.append(f"{f}: function {nm} without events")
    for m in re.finditer(r"method: (\w+)", raw):
        if m.group(1) not in ("get", "post", "put", "delete", "patch", "any"): errors.append(f"{f}: method {m.group(1)}")
    for m in re.finditer(r"path: (\S+)", raw):
        if not m.group(1).startswith("/"): errors.append(f"{f}: path {m.group(1)}")
    for m in re.finditer(r"\$\{self:custom\.(\w+)\}", raw):
        if (2, m.group(1)) not in d: errors.append(f"{f}: custom.{m.group(1)} not defined")
    for m in re.finditer(r"schedule: (.*)", raw):
        if not re.fullmatch(r"rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.*\)", m.group(1)): errors.append(f"{f}: schedule {m.group(1)}")
    if raw.count("${") != len(re.findall(r"\$\{[^{}]+\}", raw)): errors.append(f"{f}: a ${{…}} not closed")


# ---------------------------------------------------------------- 2175 rollup.config.mjs
def js_bare(f, raw):
    """comments and strings (' " `) removed, line by line state; reports unclosed ones"""
    out, i, s = [], 0, raw
    while i < len(s):
        ch = s[i]
        if s.startswith("//", i):
            j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: block comment not closed"); break
            out.append("\n" * s[i:j].count("\n")); i = j + 2; continue
        if ch in "'\"`":
            j = i + 1
            while j < len(s) and s[j] != ch:
                if s[j] == "\\": j += 1
                if s[j] == "\n" and ch != "`": break
                j += 1
            if j >= len(s) or s[j] != ch: errors.append(f"{f}: string not closed at {s[i:i + 30]!r}"); i = j; continue
            out.append(ch + ch); i = j + 1; continue
        out.append(ch); i += 1
    return "".join(out)


def check_rollup(f, raw):
    L = lines_of(f, raw)
    b = js_bare(f, raw)
    balanced(f, b)
    if len(re.findall(r"^export default\b", b, re.M)) != 1: errors.append(f"{f}: not one `export default`")
    imps = re.findall(r"^import (.+?) from ''", b, re.M)
    names = set()
    for im in imps:
        for nm in re.findall(r"\b\w+\b", im): names.add(nm)
    if len(imps) != len(re.findall(r"^import ", b, re.M)): errors.append(f"{f}: an import without `from '…'`")
    consts = set(re.findall(r"^const (\w+) =", b, re.M))
    for nm in names | consts:
        if len(re.findall(r"\b" + nm + r"\b", b)) < 2: errors.append(f"{f}: {nm} defined but not used")
    for call in set(re.findall(r"(?<![.\w])(\w+)\(", b)):
        if call not in names and call not in ("JSON",): errors.append(f"{f}: {call}() not imported")
    if re.search(r",\s*,", b): errors.append(f"{f}: empty element")
    if re.search(r"[\w'\]})]\n\s+[\w'\[{]+\s*:", b): errors.append(f"{f}: a property without a comma before it")
    for m in re.finditer(r"format: '(\w+)'", raw):
        if m.group(1) not in ("es", "esm", "iife", "cjs", "umd", "amd", "system"): errors.append(f"{f}: format {m.group(1)}")
    ent = re.findall(r"^  \{ judul: '[^']+', (url|catatan): '([^']*)' \},$", raw, re.M)
    if len(ent) != len(re.findall(r"^  \{ judul:", raw, re.M)): errors.append(f"{f}: a reading entry not `{{ judul, url|catatan }},`")
    for k, v in ent:
        if k == "url" and not re.fullmatch(r"https?://\S+", v): errors.append(f"{f}: url {v!r}")


# ---------------------------------------------------------------- 2176 .gitattributes
def check_gitattr(f, raw):
    L = lines_of(f, raw)
    pats = []
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        parts = l.split()
        if len(parts) < 2: errors.append(f"{f}: line {n}: pattern without attributes"); continue
        pat, attrs = parts[0], parts[1:]
        pats.append(pat)
        for a in attrs:
            if not re.fullmatch(r"-?[a-z][\w-]*(?:=[\w-]+)?|!\w+", a): errors.append(f"{f}: line {n}: attribute {a!r}")
        lfs = [a for a in attrs if "lfs" in a]
        if lfs and attrs != ["filter=lfs", "diff=lfs", "merge=lfs", "-text"]: errors.append(f"{f}: line {n}: LFS line not `filter=lfs diff=lfs merge=lfs -text`")
        for a in attrs:
            if a.startswith("eol=") and a not in ("eol=lf", "eol=crlf"): errors.append(f"{f}: line {n}: {a}")
            if a.startswith("text=") and a != "text=auto": errors.append(f"{f}: line {n}: {a}")
    if len(pats) != len(set(pats)): errors.append(f"{f}: a pattern twice")
    if not pats: errors.append(f"{f}: no pattern")


def shape_checks(f, raw, path):
    n = num(f)
    {2167: check_pandoc, 2168: check_sphinx, 2169: check_dcf, 2170: check_pyomo, 2171: check_smt, 2172: check_mix,
     2173: check_fly, 2174: check_sls, 2175: check_rollup,
     2176: check_gitattr}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round215 (every digest is plain UTF-8 text)"""
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
# /work/rounds/*/expected.json except round214's and round215's, a byte-identical file counted once), and the
# round214/round215 split (candidates sorted by (uses, catalogue title); round215 = odd positions from 3 on, one
# unbroken run; round214 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P214S = ["/work/rounds/digests-round214/expected.json", "/work/main/tests/data/digests-round214/expected.json"]
P214 = next((p for p in P214S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P214S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round214", "digests-round215") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round215 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r214 = set()
if P214:
    try:
        r214 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P214)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P214} exists but could not be read (being written?)")
    if r214 & mine: errors.append(f"papers also in round214: {sorted(r214 & mine)}")
shared214 = len(r214 & mine) if P214 else "(no round214 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round215 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round214: {shared214}; papers in more than one round215 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



