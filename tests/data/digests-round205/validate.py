r"""Checks round205/expected.json against the digests and the shared catalogues.

Adapted from round205/validate.py (the label checks are the same code; the reuse report is round205's with round204 /
round205 in place of round204 / round205; round205 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round204's and round205's own (a digests-round204 / digests-round205 folder, or a file whose bytes equal round204's or
round205's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round205 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round204's expected.json (read only, from
/work/rounds/digests-round204/ or /work/main/tests/data/digests-round204/, when it exists), and on a paper in more
than one round205 file.
Every digest is read raw (UTF-8) and in decoded forms: 2068's XML attribute values as the parser reads them, 2075's
GenBank continuation lines joined. Titles are matched after whitespace normalisation and case-blind; a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2067 PyMOL script (`#` comments, unindented known commands, comma-separated arguments, quotes and brackets closed,
objects loaded / selected / created before use, `set name, value`, `turn axis, angle`, ray before png);
2068 ROS 2 launch XML (the XML declaration first, well-formed, no `--` in comments, root `launch`, known tags, node
pkg + exec, param name + value, remap from + to, include file, `$(var …)` of a declared top-level arg, known
substitutions, unique node names);
2069 Alloy model (block comments closed, `module` first, known top-level words, sig declarations unique and extending
declared sigs, `X.cite` of declared sigs, braces closed, check of a declared assertion, run of a declared predicate,
scopes);
2070 SAOImage DS9 region file (the 4.1 header first, one global line before the coordinate system, known shapes with
their number of numeric arguments, `#` properties `key=value` with text / font values closed, no blank lines);
2071 MiniZinc model (`%` comments, strings closed, statements ended by `;`, known statement starts, brackets
balanced, exactly one solve, enum values unique, string arrays as long as their enum, indices that are enum values);
2072 Webots world (the `#VRML_SIM R20xx utf8` header, EXTERNPROTO URLs before the nodes, every PROTO node declared,
two-space indentation by depth, fields in lower case, strings closed, braces and brackets closed, WorldInfo and
Viewpoint);
2073 GAMS model (`$title` first, `$ontext` / `$offtext` paired, known dollar controls, `*` comments, texts closed,
statements ended by `;`, known statement starts, data lists closed, equations declared = equations defined with
=e= / =l= / =g=, solve of a declared model);
2074 VASP INCAR (SYSTEM first and ASCII, unindented `TAG = value` parts split by `;`, known tags once each, typed
values, `#` / `!` comments, ML_MODE with ML_LMLFF, IBRION with MDALGO);
2075 GenBank flat file (ASCII, 80 columns, the LOCUS line, keywords in order and padded, REFERENCE numbering,
sub-keywords, ORIGIN lines numbered in 60s of groups of 10, the length equal to LOCUS's, /translation equal to the
CDS translated, `//` last);
2076 POV-Ray scene (`#version` first, known directives, #macro / #end paired, top-level objects or declared macro
calls, braces, brackets and strings closed, a camera and a light).

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
# ================================================================ round205 shape checks
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


def strip_strings(s, q='"'):
    return re.sub(q + r'(?:[^' + q + r'\\\n]|\\.)*' + q, q + q, s)


# ---------------------------------------------------------------- 2067 PyMOL script
PML_CMDS = {"reinitialize", "set", "load", "hide", "show", "color", "select", "util.cnc", "isomesh", "distance",
            "pseudoatom", "label", "orient", "turn", "bg_color", "ray", "png", "zoom", "cartoon", "delete"}


def check_pml(f, raw):
    L = lines_of(f, raw)
    names, loaded, rayed = set(), False, False
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        if l[:1] in " \t": errors.append(f"{f}: line {n}: an indented command"); continue
        w = s.split(None, 1)
        if w[0] not in PML_CMDS: errors.append(f"{f}: line {n}: unknown command {w[0]!r}"); continue
        args = [a.strip() for a in w[1].split(",")] if len(w) > 1 else []
        if s.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        balanced(f, s, "()[]", f" on line {n}")
        if w[0] == "load":
            if len(args) != 2: errors.append(f"{f}: line {n}: load file, name")
            else: names.add(args[1]); loaded = True
        elif w[0] in ("select", "isomesh", "distance", "pseudoatom"):
            if not args or not re.fullmatch(r"[A-Za-z_]\w*", args[0]): errors.append(f"{f}: line {n}: {w[0]} without a name")
            else: names.add(args[0])
            if w[0] == "isomesh" and (len(args) < 3 or args[1] not in names): errors.append(f"{f}: line {n}: isomesh of an unknown map")
        elif w[0] in ("show", "hide", "color", "label", "orient"):
            obj = args[-1] if w[0] in ("show", "hide") and len(args) > 1 else (args[1] if w[0] in ("color",) and len(args) > 1 else (args[0] if args else ""))
            head = obj.split()[0] if obj else ""
            if head and head not in names and head not in ("everything", "labels") and not (w[0] in ("show", "hide") and len(args) == 1):
                errors.append(f"{f}: line {n}: {w[0]} of an unknown object {head!r}")
            if w[0] == "label" and (len(args) < 2 or not (args[1].startswith('"') and args[1].endswith('"'))): errors.append(f"{f}: line {n}: label expression not quoted")
        elif w[0] == "set":
            if not args or not re.fullmatch(r"[a-z_]+", args[0]) or len(args) < 2: errors.append(f"{f}: line {n}: set name, value")
        elif w[0] == "ray":
            rayed = True
            if not all(re.fullmatch(r"\d+", a) for a in args): errors.append(f"{f}: line {n}: ray width, height")
        elif w[0] == "png":
            if not rayed: errors.append(f"{f}: line {n}: png before ray")
            if not args or not args[0].endswith(".png"): errors.append(f"{f}: line {n}: png file")
        elif w[0] == "turn":
            if len(args) != 2 or args[0] not in ("x", "y", "z") or not re.fullmatch(r"-?\d+(\.\d+)?", args[1]): errors.append(f"{f}: line {n}: turn axis, angle")
    if not loaded: errors.append(f"{f}: nothing loaded")


# ---------------------------------------------------------------- 2068 ROS 2 launch XML
LAUNCH_TAGS = {"launch", "arg", "include", "node", "group", "push-ros-namespace", "param", "remap", "let", "set_env",
               "executable"}


def check_launch(f, raw):
    L = lines_of(f, raw)
    if L[:1] != ['<?xml version="1.0" encoding="UTF-8"?>']: errors.append(f"{f}: no XML declaration first")
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
    for c in re.findall(r"<!--(.*?)-->", raw, re.S):
        if "--" in c: errors.append(f"{f}: `--` inside a comment")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != "launch": errors.append(f"{f}: root {root.tag}")
    args = set()
    for el in root.iter():
        if el.tag not in LAUNCH_TAGS: errors.append(f"{f}: unknown tag {el.tag}")
        if el.tag == "arg" and "name" not in el.attrib: errors.append(f"{f}: arg without name")
        if el.tag == "arg" and el in list(root): args.add(el.get("name"))
        if el.tag == "node" and not ("pkg" in el.attrib and "exec" in el.attrib): errors.append(f"{f}: node without pkg/exec")
        if el.tag == "param" and not ("name" in el.attrib and "value" in el.attrib): errors.append(f"{f}: param without name/value")
        if el.tag == "remap" and not ("from" in el.attrib and "to" in el.attrib): errors.append(f"{f}: remap without from/to")
        if el.tag == "include" and "file" not in el.attrib: errors.append(f"{f}: include without file")
        if el.tag in ("param", "remap", "push-ros-namespace") and el in list(root): errors.append(f"{f}: {el.tag} at the top level")
    for el in root.iter():
        for k, v in el.attrib.items():
            for m in re.findall(r"\$\(var ([\w]+)\)", v):
                if m not in args: errors.append(f"{f}: $(var {m}) not declared")
            if v.count("$(") != v.count(")") - v.count("(") + v.count("$("): pass
            if re.search(r"\$\((?!var |find-pkg-share |env )", v): errors.append(f"{f}: unknown substitution in {v!r}")
    names = [el.get("name") for el in root.iter("node")]
    if len(names) != len(set(names)): errors.append(f"{f}: node names not unique")


# ---------------------------------------------------------------- 2069 Alloy model
ALS_TOP = ("module", "open", "sig", "abstract", "one", "lone", "some", "fact", "pred", "fun", "assert", "check", "run")


def check_alloy(f, raw):
    L = lines_of(f, raw)
    body = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), raw, flags=re.S)
    if "/*" in body or "*/" in body: errors.append(f"{f}: block comment not closed")
    code = [re.sub(r"(--|//).*", "", l) for l in body.split("\n")]
    sigs, asserts, preds, depth, seen_module = {"Int", "univ", "none"}, set(), set(), 0, False
    first = True
    for n, l in enumerate(code, 1):
        s = l.strip()
        if not s: continue
        if depth == 0:
            w = s.split()[0]
            if w not in ALS_TOP: errors.append(f"{f}: line {n}: unknown top-level word {w!r}")
            if first and w != "module": errors.append(f"{f}: line {n}: module not first")
            first = False
            if w == "module": seen_module = True
            m = re.match(r"(?:(?:abstract|one|lone|some)\s+)*sig\s+([\w\s,]+?)\s*(?:extends\s+(\w+)\s*)?\{", s)
            if "sig" in s.split()[:3]:
                if not m: errors.append(f"{f}: line {n}: sig declaration")
                else:
                    for nm in [x.strip() for x in m.group(1).split(",")]:
                        if nm in sigs: errors.append(f"{f}: line {n}: sig {nm} twice")
                        sigs.add(nm)
                    if m.group(2) and m.group(2) not in sigs: errors.append(f"{f}: line {n}: extends an undeclared sig {m.group(2)}")
            if w == "assert": asserts.add(s.split()[1])
            if w == "pred": preds.add(s.split()[1].split("[")[0])
            if w == "check" and (len(s.split()) < 2 or s.split()[1] not in asserts): errors.append(f"{f}: line {n}: check of an unknown assertion")
            if w == "run" and len(s.split()) > 1 and s.split()[1] not in preds and not s.split()[1].startswith("{"): errors.append(f"{f}: line {n}: run of an unknown predicate")
            if w in ("check", "run") and not re.search(r"\bfor \d+", s): errors.append(f"{f}: line {n}: {w} without a scope")
        depth += s.count("{") - s.count("}")
        if depth < 0: errors.append(f"{f}: line {n}: a `}}` too many"); depth = 0
        for nm in re.findall(r"\b([A-Z]\w*)\.(?:cite|theme|seance)\b", s):
            if nm not in sigs: errors.append(f"{f}: line {n}: {nm} not a declared sig")
    if depth: errors.append(f"{f}: braces not closed")
    if not seen_module: errors.append(f"{f}: no module line")


# ---------------------------------------------------------------- 2070 DS9 region file
DS9_SHAPES = {"circle": 3, "box": 5, "ellipse": 5, "point": 2, "text": 2, "line": 4, "polygon": None}
DS9_SYS = {"fk5", "fk4", "icrs", "galactic", "ecliptic", "image", "physical"}


def check_ds9(f, raw):
    L = lines_of(f, raw)
    if L[:1] != ["# Region file format: DS9 version 4.1"]: errors.append(f"{f}: no DS9 header first")
    sysline, glob_ = False, False
    num_ = r'-?\d+(?:\.\d+)?(?:"|\'|d)?'
    for n, l in enumerate(L, 1):
        if l.startswith("#") and not re.match(r"#\s*(text|circle|box)\(", l): continue
        if not l.strip(): errors.append(f"{f}: line {n}: a blank line"); continue
        if l.startswith("global "):
            if glob_ or sysline: errors.append(f"{f}: line {n}: global out of place")
            glob_ = True; props = l[7:]
        elif l in DS9_SYS:
            sysline = True; continue
        else:
            m = re.fullmatch(r"(\w+)\(([^()]*)\)(.*)", l)
            if not m: errors.append(f"{f}: line {n}: not a region"); continue
            shp, a, props = m.group(1), m.group(2).split(","), m.group(3)
            if not sysline: errors.append(f"{f}: line {n}: a region before the coordinate system")
            if shp not in DS9_SHAPES: errors.append(f"{f}: line {n}: unknown shape {shp}"); continue
            if DS9_SHAPES[shp] and len(a) != DS9_SHAPES[shp]: errors.append(f"{f}: line {n}: {shp} takes {DS9_SHAPES[shp]} numbers")
            if not all(re.fullmatch(num_, x) for x in a): errors.append(f"{f}: line {n}: a coordinate is not a number")
            props = props.strip()
            if props.startswith("#"): props = props[1:]
            elif props and shp != "text": errors.append(f"{f}: line {n}: properties without `#`")
        rest = re.sub(r"(text|font)=(\{[^{}]*\}|\"[^\"]*\")", "", props)
        if "{" in rest or "}" in rest or '"' in rest: errors.append(f"{f}: line {n}: a text or font value not closed")
        for kv in rest.split():
            if not re.fullmatch(r"[a-z]+=[\w.]+", kv) and not re.fullmatch(r"\d+", kv): errors.append(f"{f}: line {n}: property {kv!r}")
    if not glob_: errors.append(f"{f}: no global line")
    if not sysline: errors.append(f"{f}: no coordinate system")


# ---------------------------------------------------------------- 2071 MiniZinc model
MZN_START = ("include", "enum", "array", "int", "float", "bool", "set", "var", "constraint", "solve", "output",
             "predicate", "function")


def check_mzn(f, raw):
    L = lines_of(f, raw)
    code = "\n".join(strip_strings(re.sub(r"%.*", "", strip_strings(l))) if '"' in l or "%" in l else l for l in L)
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        if re.sub(r'"(?:[^"\\]|\\.)*"', "", l.split("%")[0] if '"' not in l else l).count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
    stmts = [s.strip() for s in code.split(";")]
    if stmts[-1]: errors.append(f"{f}: text after the last `;`")
    solves, enums, arrays = 0, {}, {}
    for s in stmts[:-1]:
        if not s: errors.append(f"{f}: an empty statement"); continue
        w = s.split()[0]
        if not w.startswith(MZN_START): errors.append(f"{f}: statement starting {w!r}")
        balanced(f, s, "()[]{}", f" in {s[:30]!r}")
        if w == "solve":
            solves += 1
            if not re.fullmatch(r"solve\s+(satisfy|(minimize|maximize)\s+.+)", s, re.S): errors.append(f"{f}: solve statement")
        m = re.fullmatch(r"enum\s+(\w+)\s*=\s*\{([^}]*)\}", s)
        if w == "enum":
            if not m: errors.append(f"{f}: enum statement")
            else: enums[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
        m = re.fullmatch(r"array\[(\w+)\] of string:\s*(\w+)\s*=\s*\[(.*)\]", s, re.S)
        if m: arrays[m.group(2)] = (m.group(1), m.group(3).count('""'))
    if solves != 1: errors.append(f"{f}: {solves} solve statements")
    for name, (ix, cnt) in arrays.items():
        if ix in enums and cnt != len(enums[ix]): errors.append(f"{f}: array {name} has {cnt} items for {len(enums[ix])} enum values")
    for e, vals in enums.items():
        if len(vals) != len(set(vals)): errors.append(f"{f}: enum {e} with a value twice")
    used = set(re.findall(r"\[(\w+)\]", code)) - set(enums) - {"a"}
    allv = {v for vs in enums.values() for v in vs}
    for u in used:
        if u not in allv: errors.append(f"{f}: index {u!r} is not an enum value")


# ---------------------------------------------------------------- 2072 Webots world
WBT_BUILTIN = {"WorldInfo", "Viewpoint", "Robot", "Solid", "Camera", "Shape", "Transform", "Pose", "DirectionalLight"}


def check_wbt(f, raw):
    L = lines_of(f, raw)
    if not L or not re.fullmatch(r"#VRML_SIM R20\d\d[ab] utf8", L[0]): errors.append(f"{f}: no #VRML_SIM header first")
    protos, depth = set(), 0
    for n, l in enumerate(L[1:], 2):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        s = l.strip()
        if not s or s.startswith("#"): continue
        if l.startswith("EXTERNPROTO"):
            m = re.fullmatch(r'EXTERNPROTO "(https://[^"]+/(\w+)\.proto)"', l)
            if not m: errors.append(f"{f}: line {n}: EXTERNPROTO"); continue
            if depth: errors.append(f"{f}: line {n}: EXTERNPROTO inside a node")
            protos.add(m.group(2)); continue
        if lead(l) != 2 * depth and not s.startswith(("}", "]")): errors.append(f"{f}: line {n}: indentation {lead(l)} at depth {depth}")
        t = strip_strings(s)
        if t.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        m = re.match(r"(?:DEF \w+ )?([A-Z]\w*) \{", t)
        if m and m.group(1) not in WBT_BUILTIN and m.group(1) not in protos: errors.append(f"{f}: line {n}: node {m.group(1)} without its EXTERNPROTO")
        if depth == 0 and not m and t != "": errors.append(f"{f}: line {n}: a top-level line that is not a node")
        if not m and not t.startswith(("}", "]", '""')) and not re.fullmatch(r"(?:[a-z]\w*|FPS)( .+| \[| \{)?|\"\"", t) and not t.startswith('"'):
            errors.append(f"{f}: line {n}: not a field")
        depth += t.count("{") + t.count("[") - t.count("}") - t.count("]")
        if depth < 0: errors.append(f"{f}: line {n}: closes too much"); depth = 0
    if depth: errors.append(f"{f}: nodes not closed")
    if "WorldInfo {" not in raw or "Viewpoint {" not in raw: errors.append(f"{f}: no WorldInfo / Viewpoint")


# ---------------------------------------------------------------- 2073 GAMS model
GMS_START = ("set", "sets", "parameter", "parameters", "table", "scalar", "scalars", "variable", "variables",
             "binary", "positive", "equation", "equations", "model", "solve", "display", "alias", "option")


def check_gams(f, raw):
    L = lines_of(f, raw)
    if not L or not L[0].startswith("$title "): errors.append(f"{f}: no $title first")
    code, in_text = [], False
    for n, l in enumerate(L, 1):
        if l.startswith("$"):
            d = l.split()[0].lower()
            if d == "$ontext":
                if in_text: errors.append(f"{f}: line {n}: $ontext inside $ontext")
                in_text = True
            elif d == "$offtext":
                if not in_text: errors.append(f"{f}: line {n}: $offtext without $ontext")
                in_text = False
            elif d != "$title": errors.append(f"{f}: line {n}: unknown dollar control {d}")
            continue
        if in_text or l.startswith("*"): continue
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        t = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"", "''", l)
        if t.count("'") % 2 or t.count('"') % 2 or re.search(r"'[^']*$", t.replace("''", "")): errors.append(f"{f}: line {n}: text not closed")
        code.append(t)
    if in_text: errors.append(f"{f}: $ontext not closed")
    stmts = [s.strip() for s in "\n".join(code).split(";")]
    if stmts[-1]: errors.append(f"{f}: text after the last `;`")
    eqs, defined, models, solved = set(), set(), set(), []
    for s in stmts[:-1]:
        if not s: continue
        w = s.split()[0].lower()
        m = re.fullmatch(r"(\w+)(?:\([\w,]+\))?\s*\.\.\s*(.+)", s, re.S)
        if m:
            defined.add(m.group(1))
            if not re.search(r"=[elgn]=", m.group(2)): errors.append(f"{f}: equation {m.group(1)} without =e= / =l= / =g=")
            continue
        if w not in GMS_START: errors.append(f"{f}: statement starting {w!r}"); continue
        balanced(f, s, "()", f" in {s[:30]!r}")
        if s.count("/") % 2: errors.append(f"{f}: a data list not closed in {s[:30]!r}")
        if w in ("equation", "equations"):
            eqs.update(re.findall(r"^\s*(?:equations?\s+)?(\w+)(?:\([\w,]+\))?\s+''", s, re.M | re.I))
        if w == "model":
            models.add(s.split()[1])
        if w == "solve":
            m = re.fullmatch(r"solve\s+(\w+)\s+using\s+(lp|mip|nlp|minlp|rmip)\s+(minimizing|maximizing)\s+\w+", s, re.I)
            if not m: errors.append(f"{f}: solve statement")
            else: solved.append(m.group(1))
    if eqs != defined: errors.append(f"{f}: equations declared {sorted(eqs)} but defined {sorted(defined)}")
    for m in solved:
        if m not in models: errors.append(f"{f}: solve of an undeclared model {m}")
    if not solved: errors.append(f"{f}: no solve")


# ---------------------------------------------------------------- 2074 VASP INCAR
INCAR_TAGS = {"SYSTEM", "ISTART", "ICHARG", "ENCUT", "PREC", "ALGO", "EDIFF", "LREAL", "ISMEAR", "SIGMA", "ISPIN",
              "LASPH", "IBRION", "MDALGO", "LANGEVIN_GAMMA", "LANGEVIN_GAMMA_L", "ISIF", "PMASS", "TEBEG", "TEEND",
              "POTIM", "NSW", "ISYM", "ML_LMLFF", "ML_MODE", "ML_RCUT1", "ML_RCUT2", "ML_MB", "ML_WTSIF", "LWAVE",
              "LCHARG", "NBLOCK", "NCORE", "KPAR", "NELM", "EDIFFG"}
INCAR_VAL = r"(\.TRUE\.|\.FALSE\.|-?\d+(\.\d+)?([Ee]-?\d+)?( -?\d+(\.\d+)?)*|[A-Za-z]+)"


def check_incar(f, raw):
    L = lines_of(f, raw)
    if not L or not L[0].startswith("SYSTEM = "): errors.append(f"{f}: SYSTEM not first")
    seen = set()
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith(("#", "!")): continue
        if l[:1] in " \t": errors.append(f"{f}: line {n}: an indented tag")
        body = re.split(r"\s[#!]", l, 1)[0].rstrip()
        for part in body.split(";"):
            m = re.fullmatch(r"\s*([A-Z][A-Z0-9_]*) = (.+?)\s*", part)
            if not m: errors.append(f"{f}: line {n}: not `TAG = value`"); continue
            k, v = m.group(1), m.group(2)
            if k not in INCAR_TAGS: errors.append(f"{f}: line {n}: unknown tag {k}")
            if k in seen: errors.append(f"{f}: line {n}: {k} twice")
            seen.add(k)
            if k != "SYSTEM" and not re.fullmatch(INCAR_VAL, v): errors.append(f"{f}: line {n}: value {v!r}")
            if k == "SYSTEM" and not v.isascii(): errors.append(f"{f}: line {n}: SYSTEM not ASCII")
    if "ML_LMLFF" in seen and "ML_MODE" not in seen: errors.append(f"{f}: ML_LMLFF without ML_MODE")
    if seen & {"MDALGO"} and "IBRION" not in seen: errors.append(f"{f}: MD without IBRION")


# ---------------------------------------------------------------- 2075 GenBank flat file
GB_KEYS = ["LOCUS", "DEFINITION", "ACCESSION", "VERSION", "KEYWORDS", "SOURCE", "REFERENCE", "COMMENT", "FEATURES",
           "ORIGIN"]
CODONS = {"gct": "A", "tgc": "C", "gat": "D", "gaa": "E", "ttc": "F", "ggc": "G", "cac": "H", "att": "I", "aaa": "K",
          "ctg": "L", "atg": "M", "aac": "N", "ccg": "P", "cag": "Q", "cgt": "R", "agc": "S", "acc": "T", "gtg": "V",
          "tgg": "W", "tat": "Y", "taa": "*", "tag": "*", "tga": "*"}


def check_genbank(f, raw):
    L = lines_of(f, raw)
    if not raw.isascii(): errors.append(f"{f}: not ASCII")
    m = re.fullmatch(r"LOCUS       (\S+) +(\d+) bp    DNA     (linear|circular) +[A-Z]{3} \d\d-[A-Z]{3}-\d{4}", L[0] if L else "")
    if not m: errors.append(f"{f}: LOCUS line"); length = None
    else: length = int(m.group(2))
    if L[-1:] != ["//"]: errors.append(f"{f}: no `//` last")
    order, refn, seq, in_origin = [], 0, "", False
    for n, l in enumerate(L, 1):
        if len(l) > 80: errors.append(f"{f}: line {n}: longer than 80 columns")
        if in_origin:
            if l == "//": in_origin = False; continue
            mm = re.fullmatch(r" *(\d+) ((?:[acgtn]{10} )*[acgtn]{1,10})", l)
            if not mm or len(l) - len(l.lstrip()) + len(mm.group(1)) != 9: errors.append(f"{f}: line {n}: sequence line"); continue
            if int(mm.group(1)) != len(seq) + 1: errors.append(f"{f}: line {n}: position {mm.group(1)} for {len(seq) + 1}")
            seq += mm.group(2).replace(" ", "")
            continue
        if l[:1] not in (" ", "/") and l:
            k = l.split()[0]
            if k not in GB_KEYS: errors.append(f"{f}: line {n}: unknown keyword {k}"); continue
            if k != "REFERENCE" and k in order: errors.append(f"{f}: line {n}: {k} twice")
            if order and GB_KEYS.index(k) < GB_KEYS.index(order[-1]): errors.append(f"{f}: line {n}: {k} out of order")
            order.append(k)
            if k == "REFERENCE":
                refn += 1
                if not re.match(rf"REFERENCE   {refn}(  \(bases \d+ to \d+\))?$", l): errors.append(f"{f}: line {n}: REFERENCE {refn} numbering")
            if k == "ORIGIN": in_origin = True
            elif k not in ("FEATURES",) and not re.match(r"[A-Z]+ +\S", l) or (k != "FEATURES" and len(l) > 11 and l[:12] != k.ljust(12)): errors.append(f"{f}: line {n}: keyword not padded to column 13")
        elif l.startswith("  ") and not l.startswith("            ") and not l.startswith("     "):
            if not re.match(r"  (AUTHORS|TITLE|JOURNAL|ORGANISM|PUBMED) ", l): errors.append(f"{f}: line {n}: sub-keyword")
    for k in GB_KEYS:
        if k not in order: errors.append(f"{f}: no {k}")
    if length is not None and len(seq) != length: errors.append(f"{f}: {len(seq)} bases for {length} in LOCUS")
    tr = re.search(r'/translation="([A-Z\s]+)"', raw)
    if not tr: errors.append(f"{f}: no /translation")
    else:
        prot = "".join(tr.group(1).split())
        cds = re.search(r"     CDS             (\d+)\.\.(\d+)", raw)
        if cds:
            s = seq[int(cds.group(1)) - 1:int(cds.group(2))]
            p = "".join(CODONS.get(s[i:i + 3], "X") for i in range(0, len(s), 3))
            if p != prot + "*": errors.append(f"{f}: /translation does not match the CDS")
        else: errors.append(f"{f}: no CDS")
    for n, l in enumerate(L, 1):
        if l.startswith("                     /") and l.count('"') == 1 and not re.search(r'/\w+="[^"]*$', l): errors.append(f"{f}: line {n}: qualifier quote")


# ---------------------------------------------------------------- 2076 POV-Ray scene
POV_TOP = {"camera", "light_source", "background", "global_settings", "box", "sphere", "plane", "text", "union",
           "object", "sky_sphere", "cylinder"}


def check_pov(f, raw):
    L = lines_of(f, raw)
    code = [re.sub(r"//.*", "", strip_strings(l)) for l in L]
    first = next((c.strip() for c in code if c.strip()), "")
    if not re.fullmatch(r"#version 3\.\d+;", first): errors.append(f"{f}: #version not first")
    macros, depth, in_macro = set(), 0, False
    for n, (l, c) in enumerate(zip(L, code), 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        if strip_strings(l).count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        s = c.strip()
        if not s: continue
        if s.startswith("#"):
            d = s.split()[0].split("(")[0]
            if d == "#macro":
                m = re.fullmatch(r"#macro (\w+)\(([\w, ]*)\)", s)
                if not m: errors.append(f"{f}: line {n}: #macro")
                else: macros.add(m.group(1))
                if in_macro: errors.append(f"{f}: line {n}: #macro inside #macro")
                in_macro = True
            elif d == "#end":
                if not in_macro: errors.append(f"{f}: line {n}: #end without #macro")
                in_macro = False
            elif d == "#include":
                if not re.fullmatch(r'#include ""', s): errors.append(f"{f}: line {n}: #include")
            elif d not in ("#version", "#declare", "#local"): errors.append(f"{f}: line {n}: unknown directive {d}")
            continue
        if depth == 0 and not in_macro:
            w = re.match(r"(\w+)", s)
            if not w: errors.append(f"{f}: line {n}: top-level line"); continue
            w = w.group(1)
            if w not in POV_TOP and w not in macros: errors.append(f"{f}: line {n}: {w!r} is not an object or a macro")
            if w in macros and not re.fullmatch(r"\w+\(.*\)", s): errors.append(f"{f}: line {n}: macro call")
        depth += s.count("{") - s.count("}")
        if depth < 0: errors.append(f"{f}: line {n}: `}}` too many"); depth = 0
        balanced(f, s, "()<>", f" on line {n}") if s.count("<") == s.count(">") and s.count("(") == s.count(")") else errors.append(f"{f}: line {n}: brackets not balanced")
    if depth: errors.append(f"{f}: braces not closed")
    if in_macro: errors.append(f"{f}: #macro not closed")
    if "camera {" not in raw or "light_source {" not in raw: errors.append(f"{f}: no camera / light")


def shape_checks(f, raw, path):
    n = num(f)
    {2067: check_pml, 2068: check_launch, 2069: check_alloy, 2070: check_ds9, 2071: check_mzn, 2072: check_wbt,
     2073: check_gams, 2074: check_incar, 2075: check_genbank,
     2076: check_pov}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


def lead(l, ch=" "):
    return len(l) - len(l.lstrip(ch))


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """2068's XML with comments and attribute values decoded by the parser; 2075's continuation lines joined (a
    GenBank field wraps at 79 columns)"""
    if num(f) == 2068:
        try:
            root = ET.fromstring(raw.encode("utf-8"))
            return ["\n".join(v for el in root.iter() for v in el.attrib.values())]
        except ET.ParseError:
            return []
    if num(f) == 2075:
        return [re.sub(r"\n {12,}(?=\S)", " ", raw)]
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
# /work/rounds/*/expected.json except round204's and round205's, a byte-identical file counted once), and the
# round204/round205 split (candidates sorted by (uses, catalogue title); round205 = odd positions from 3 on, one
# unbroken run; round204 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P204S = ["/work/rounds/digests-round204/expected.json", "/work/main/tests/data/digests-round204/expected.json"]
P204 = next((p for p in P204S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P204S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round204", "digests-round205") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round205 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r204 = set()
if P204:
    try:
        r204 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P204)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P204} exists but could not be read (being written?)")
    if r204 & mine: errors.append(f"papers also in round204: {sorted(r204 & mine)}")
shared204 = len(r204 & mine) if P204 else "(no round204 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round205 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round204: {shared204}; papers in more than one round205 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



