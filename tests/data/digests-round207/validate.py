r"""Checks round207/expected.json against the digests and the shared catalogues.

Adapted from round205/validate.py (the label checks are the same code; the reuse report is round205's with round206 /
round207 in place of round204 / round205; round207 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round206's and round207's own (a digests-round206 / digests-round207 folder, or a file whose bytes equal round206's or
round207's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round207 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round206's expected.json (read only, from
/work/rounds/digests-round206/ or /work/main/tests/data/digests-round206/, when it exists), and on a paper in more
than one round207 file.
Every digest is read raw (UTF-8) and in decoded forms: 2090's XML attribute values as the parser reads them (`&#10;`
and entities decoded). Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2087 Gmsh .geo (`//` comments, statements ended by `;`, known entities and options, Point / Line / Curve Loop / Plane
Surface ids unique and referring to defined entities, variables defined before use, unique physical groups, Printf
format / argument count, brackets and strings closed);
2088 Abaqus keyword file (*Heading first, `**` comments, known keywords with `key=value` options, numeric data, node ids
unique, element connectivity of defined nodes with the type's node count, node sets, materials and element sets
defined before use, history data inside *Step … *End Step, model data outside);
2089 NWChem input (start first, known directives, geometry / basis / ecp / dft blocks ended by `end`, geometry lines
element + three numbers, a basis for every element, title string, memory, task theory and operation of a defined
block);
2090 PsychoPy experiment (the XML declaration first, well-formed, root and version, Settings / Routines / Flow, known
tags, Param's four attributes, valTypes and bool / num values, unique component names, Flow routines defined, loops
paired, Code component texts that parse as Python);
2091 JAGS model (`model {` first, `#` comments, two-space indentation by depth, for loops, `~` with known
distributions, `<-`, brackets and braces closed);
2092 Celestia .ssc (`#` comments, `"name" "Sol"` headers with unique names, tab indentation by depth, known fields
with typed values, InfoURL URLs, EllipticalOrbit's seven elements in order, eccentricity below 1, braces closed);
2093 ADIF (ASCII, a header not starting with `<`, one <EOH>, `<NAME:len>` lengths that end their values, known fields,
ADIF_VER, every record closed by <EOR> with CALL / QSO_DATE / TIME_ON / BAND / MODE, valid date, time, callsign shape,
FREQ inside BAND, RST shape for the mode);
2094 YARA rules (block comments closed, import / rule at the top level, unique rule names, meta / strings / condition
in order, meta values typed, text and hex strings, string identifiers unique, declared and used, modules imported,
brackets and strings closed);
2095 NONMEM control stream ($PROBLEM first, known records once each in order, `;` comments, $INPUT with ID TIME DV,
ADVAN / TRANS, abbreviated code using defined names, S2 for ADVAN2, THETA / ETA / EPS counts equal to $THETA / $OMEGA /
$SIGMA, THETA bounds ordered, METHOD, $TABLE items defined);
2096 Humdrum **kern (reference records, **kern spines first, every line with the same number of tab-separated spines,
known interpretations, barlines equal across spines, kern tokens, every bar filled to the meter, `*-` last).

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
# ================================================================ round207 shape checks
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


NUMRE = r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"

# ---------------------------------------------------------------- 2087 Gmsh .geo
GEO_CMDS = {"Point", "Line", "Curve Loop", "Plane Surface", "Physical Curve", "Physical Surface", "Printf", "SetFactory",
            "Transfinite Curve", "Recombine Surface"}


def check_geo(f, raw):
    L = lines_of(f, raw)
    code = re.sub(r"//[^\n]*", "", strip_strings(raw))
    if code.count('"') % 2: errors.append(f"{f}: string not closed")
    for n, l in enumerate(L, 1):
        if strip_strings(re.sub(r"//.*", "", l)).count('"') % 2 and '"' in re.sub(r"//.*", "", l): errors.append(f"{f}: line {n}: string not closed")
    stmts = [s.strip() for s in code.split(";")]
    if stmts[-1]: errors.append(f"{f}: text after the last `;`")
    ent = {"Point": set(), "Line": set(), "Curve Loop": set(), "Plane Surface": set()}
    refs = {"Line": "Point", "Curve Loop": "Line", "Plane Surface": "Curve Loop", "Physical Curve": "Line", "Physical Surface": "Plane Surface"}
    var, phys = set(), set()
    for s in stmts[:-1]:
        s = " ".join(s.split())
        balanced(f, s, "()[]{}", f" in {s[:40]!r}")
        m = re.fullmatch(r"([A-Z][A-Za-z]*(?: [A-Z][a-z]+)?)\((\d+|\"\w*\"(?:, \d+)?)\) = \{([^}]*)\}", s)
        if m:
            kind, ident, body = m.groups()
            if kind not in GEO_CMDS: errors.append(f"{f}: unknown entity {kind!r}"); continue
            if kind in ent:
                if int(ident) in ent[kind]: errors.append(f"{f}: {kind}({ident}) twice")
                ent[kind].add(int(ident))
            else:
                if ident in phys: errors.append(f"{f}: physical group {ident} twice")
                phys.add(ident)
            items = [x.strip() for x in body.split(",")]
            if kind == "Point":
                if len(items) not in (3, 4): errors.append(f"{f}: Point({ident}) needs 3 or 4 values")
                for x in items:
                    for w in re.findall(r"[A-Za-z_]\w*", x):
                        if w not in var: errors.append(f"{f}: Point({ident}) uses undefined {w!r}")
            else:
                for x in items:
                    if not re.fullmatch(r"-?\d+", x) or abs(int(x)) not in ent[refs[kind]]: errors.append(f"{f}: {kind}({ident}) refers to an undefined {refs[kind]} {x!r}")
            continue
        m = re.fullmatch(r"([A-Za-z_]\w*) = (.+)", s)
        if m:
            for w in re.findall(r"[A-Za-z_]\w*", m.group(2)):
                if w not in var: errors.append(f"{f}: {m.group(1)} uses undefined {w!r}")
            var.add(m.group(1)); continue
        m = re.fullmatch(r"Mesh\.([A-Z]\w*) = (.+)", s)
        if m:
            if m.group(1) not in ("Algorithm", "MeshSizeMax", "MeshSizeMin", "ElementOrder", "RecombineAll"): errors.append(f"{f}: unknown option Mesh.{m.group(1)}")
            continue
        m = re.fullmatch(r"Point\{(\d+)\} In Surface\{(\d+)\}", s)
        if m:
            if int(m.group(1)) not in ent["Point"] or int(m.group(2)) not in ent["Plane Surface"]: errors.append(f"{f}: In Surface of undefined entities")
            continue
        if re.fullmatch(r'Printf\(""(?:, [A-Za-z_]\w*)*\)', s):
            fmts = re.findall(r'^Printf\("([^"]*)"', raw, re.M)
            k = len(re.findall(r"%[gdf]", fmts.pop(0) if fmts else "")); a = s.count(",")
            if k != a: errors.append(f"{f}: Printf format / argument count")
            continue
        errors.append(f"{f}: unknown statement {s[:50]!r}")
    if not ent["Plane Surface"]: errors.append(f"{f}: no surface")


# ---------------------------------------------------------------- 2088 Abaqus keyword file
INP_KW = {"heading", "preprint", "node", "element", "nset", "elset", "solid section", "material", "elastic", "density",
          "step", "static", "boundary", "cload", "output", "end step"}
NODES_PER = {"C3D8": 8, "C3D4": 4, "C3D10": 10, "S4": 4}


def check_inp(f, raw):
    L = lines_of(f, raw)
    if not L or L[0].strip().lower() != "*heading": errors.append(f"{f}: *Heading not first")
    nodes, nsets, elsets, mats, used_mats = set(), set(), set(), set(), []
    kw, opts, in_step, steps, data_n = None, {}, False, 0, 0
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        if l.startswith("**"): continue
        if l.startswith("*"):
            parts = [p.strip() for p in l[1:].split(",")]
            kw = parts[0].lower()
            if kw not in INP_KW: errors.append(f"{f}: line {n}: unknown keyword *{parts[0]}"); kw = None; continue
            opts = {}
            for p in parts[1:]:
                if "=" not in p:
                    if not (kw == "output" and p.lower() in ("field", "history")): errors.append(f"{f}: line {n}: option {p!r} without a value")
                    continue
                k, v = p.split("=", 1); opts[k.strip().lower()] = v.strip()
            if kw == "step":
                if in_step: errors.append(f"{f}: line {n}: *Step inside a step")
                in_step = True; steps += 1
            if kw == "end step":
                if not in_step: errors.append(f"{f}: line {n}: *End Step without *Step")
                in_step = False
            if kw in ("static", "boundary", "cload", "output") and not in_step: errors.append(f"{f}: line {n}: *{parts[0]} outside a step")
            if kw in ("node", "element", "material", "solid section") and in_step: errors.append(f"{f}: line {n}: model data inside a step")
            if kw == "element":
                if opts.get("type") not in NODES_PER: errors.append(f"{f}: line {n}: element type")
                if "elset" in opts: elsets.add(opts["elset"])
            if kw == "nset":
                if "nset" not in opts: errors.append(f"{f}: line {n}: *Nset without nset=")
                else: nsets.add(opts["nset"])
            if kw == "material":
                if "name" not in opts: errors.append(f"{f}: line {n}: *Material without name=")
                else: mats.add(opts["name"])
            if kw == "solid section":
                used_mats.append((n, opts.get("material"))); 
                if opts.get("elset") not in elsets: errors.append(f"{f}: line {n}: section of an undefined elset")
            continue
        if kw is None: continue
        if kw == "heading": continue
        vals = [v.strip() for v in l.split(",")]
        if kw == "solid section" and l.strip() == ",": continue
        if kw in ("node", "element", "nset", "elastic", "density", "static"):
            for v in vals:
                if not re.fullmatch(NUMRE, v): errors.append(f"{f}: line {n}: not a number {v!r}")
        if kw == "node":
            if len(vals) != 4: errors.append(f"{f}: line {n}: node id, x, y, z")
            elif re.fullmatch(r"\d+", vals[0]):
                if int(vals[0]) in nodes: errors.append(f"{f}: line {n}: node {vals[0]} twice")
                nodes.add(int(vals[0]))
        if kw == "element" and opts.get("type") in NODES_PER:
            if len(vals) != NODES_PER[opts["type"]] + 1: errors.append(f"{f}: line {n}: wrong node count")
            for v in vals[1:]:
                if v.isdigit() and int(v) not in nodes: errors.append(f"{f}: line {n}: undefined node {v}")
        if kw == "nset":
            for v in vals:
                if v.isdigit() and int(v) not in nodes: errors.append(f"{f}: line {n}: undefined node {v}")
        if kw in ("boundary", "cload"):
            if vals[0] not in nsets and not vals[0].isdigit(): errors.append(f"{f}: line {n}: undefined node set {vals[0]}")
            if kw == "cload" and (len(vals) != 3 or not re.fullmatch(r"[1-6]", vals[1]) or not re.fullmatch(NUMRE, vals[2])): errors.append(f"{f}: line {n}: *Cload set, dof, value")
    for n, m in used_mats:
        if m not in mats: errors.append(f"{f}: line {n}: undefined material {m}")
    if in_step: errors.append(f"{f}: step not ended")
    if not steps: errors.append(f"{f}: no step")


# ---------------------------------------------------------------- 2089 NWChem input
NW_TOP = {"start", "restart", "title", "echo", "memory", "permanent_dir", "scratch_dir", "geometry", "basis", "ecp",
          "dft", "scf", "task", "charge"}
NW_BLOCKS = {"geometry", "basis", "ecp", "dft", "scf"}
ELEMENTS = {"H", "C", "N", "O", "Pt", "Pd", "Cu", "Ni", "Fe", "Co", "S", "P"}


def check_nw(f, raw):
    L = lines_of(f, raw)
    block, first, tasks, geo = None, None, 0, set()
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        s = l.split("#", 1)[0].strip() if not l.lstrip().startswith("title") else l.strip()
        if not s: continue
        w = s.split()
        if block:
            if w[0] == "end": block = None; continue
            if w[0] in NW_TOP - {"basis", "ecp"} and w[0] not in ("charge",): errors.append(f"{f}: line {n}: {w[0]} inside {block} (block not ended)")
            if block == "geometry":
                if len(w) != 4 or w[0] not in ELEMENTS or not all(re.fullmatch(NUMRE, x) for x in w[1:]): errors.append(f"{f}: line {n}: geometry line")
                else: geo.add(w[0])
            if block in ("basis", "ecp"):
                if len(w) != 3 or w[1] != "library": errors.append(f"{f}: line {n}: {block} line")
                elif w[0] not in geo and w[0] != "*": errors.append(f"{f}: line {n}: {block} for an element not in the geometry")
            continue
        if first is None:
            first = w[0]
            if w[0] not in ("start", "restart"): errors.append(f"{f}: line {n}: start not first")
        if w[0] not in NW_TOP: errors.append(f"{f}: line {n}: unknown directive {w[0]!r}"); continue
        if w[0] in NW_BLOCKS: block = w[0]
        if w[0] == "title" and not re.fullmatch(r'title "[^"]*"', s): errors.append(f"{f}: line {n}: title string")
        if w[0] == "memory" and not re.fullmatch(r"memory (?:total )?\d+ (?:mb|gb)", s): errors.append(f"{f}: line {n}: memory")
        if w[0] == "task":
            tasks += 1
            if len(w) < 2 or w[1] not in ("dft", "scf", "mp2") or (len(w) > 2 and w[2] not in ("energy", "optimize", "frequencies", "gradient")): errors.append(f"{f}: line {n}: task theory operation")
            if w[1:2] and w[1] not in seen_blocks(L[:n]): errors.append(f"{f}: line {n}: task of a theory without its block")
    if block: errors.append(f"{f}: {block} block not ended")
    if not tasks: errors.append(f"{f}: no task")
    elems_basis = {l.split()[0] for l in L if re.match(r"  [A-Z][a-z]? +library", l)}
    if geo - elems_basis: errors.append(f"{f}: no basis for {sorted(geo - elems_basis)}")


def seen_blocks(L):
    return {l.split()[0] for l in L if l and not l.startswith((" ", "#")) and l.split()[0] in NW_BLOCKS}


# ---------------------------------------------------------------- 2090 PsychoPy experiment
PSY_TAGS = {"PsychoPy2experiment", "Settings", "Routines", "Routine", "Flow", "Param", "TextComponent",
            "KeyboardComponent", "CodeComponent", "ImageComponent", "LoopInitiator", "LoopTerminator"}


def check_psyexp(f, raw):
    L = lines_of(f, raw)
    if L[:1] != ['<?xml version="1.0" ?>']: errors.append(f"{f}: no XML declaration first")
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        if (len(l) - len(l.lstrip(" "))) % 2: errors.append(f"{f}: line {n}: odd indentation")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != "PsychoPy2experiment" or not re.fullmatch(r"20\d\d\.\d\.\d", root.get("version", "")): errors.append(f"{f}: root / version")
    if [c.tag for c in root] != ["Settings", "Routines", "Flow"]: errors.append(f"{f}: Settings, Routines, Flow wanted")
    for el in root.iter():
        if el.tag not in PSY_TAGS: errors.append(f"{f}: unknown tag {el.tag}")
        if el.tag == "Param":
            if set(el.attrib) != {"val", "valType", "updates", "name"}: errors.append(f"{f}: Param attributes {sorted(el.attrib)}")
            if el.get("valType") not in ("str", "code", "list", "bool", "num", "color", "file", "extendedStr", "extendedCode"): errors.append(f"{f}: valType {el.get('valType')}")
            if el.get("valType") == "bool" and el.get("val") not in ("True", "False"): errors.append(f"{f}: bool value {el.get('val')}")
            if el.get("valType") == "num" and not re.fullmatch(NUMRE, el.get("val", "")): errors.append(f"{f}: num value {el.get('val')}")
        if el.tag.endswith("Component") and not el.get("name"): errors.append(f"{f}: a component without a name")
    comps = [el.get("name") for el in root.iter() if el.tag.endswith("Component")]
    if len(comps) != len(set(comps)): errors.append(f"{f}: component names not unique")
    routines = {el.get("name") for el in root.find("Routines") or []} if root.find("Routines") is not None else set()
    flow = root.find("Flow")
    if flow is None: return
    loops = []
    for el in flow:
        if el.tag == "Routine" and el.get("name") not in routines: errors.append(f"{f}: Flow names an undefined routine {el.get('name')}")
        if el.tag == "LoopInitiator": loops.append(el.get("name"))
        if el.tag == "LoopTerminator":
            if not loops or loops.pop() != el.get("name"): errors.append(f"{f}: LoopTerminator without its initiator")
    if loops: errors.append(f"{f}: loop not terminated")
    for el in root.iter():
        if el.tag == "Param" and el.get("valType") == "extendedCode":
            try: ast.parse(el.get("val"))
            except SyntaxError: errors.append(f"{f}: code of {el.get('name')} does not parse")


# ---------------------------------------------------------------- 2091 JAGS model
JAGS_DIST = {"dcat", "ddirch", "dnorm", "dbeta", "dgamma", "dbern", "dunif", "dbin", "dpois"}


def check_jags(f, raw):
    L = lines_of(f, raw)
    code = [l.split("#", 1)[0].rstrip() for l in L]
    body = [(n, c) for n, c in enumerate(code, 1) if c.strip()]
    if not body or body[0][1] != "model {": errors.append(f"{f}: `model {{` not the first statement")
    depth = 0
    for n, c in body:
        s = c.strip()
        if "\t" in c: errors.append(f"{f}: line {n}: a tab")
        if depth > 0 and len(c) - len(c.lstrip()) != 2 * depth - (2 if s == "}" else 0): errors.append(f"{f}: line {n}: indentation")
        balanced(f, s.rstrip("{").rstrip() if s.endswith("{") else s.replace("}", ""), "()[]", f" on line {n}")
        if s == "model {" and depth == 0: pass
        elif s == "}": pass
        elif re.fullmatch(r"for \(\w+ in \w+:\w+\) \{", s): pass
        elif "~" in s:
            m = re.fullmatch(r"[\w\[\], :]+ ~ (\w+)\(.*\)", s)
            if not m: errors.append(f"{f}: line {n}: stochastic node")
            elif m.group(1) not in JAGS_DIST: errors.append(f"{f}: line {n}: unknown distribution {m.group(1)}")
        elif "<-" in s:
            if not re.fullmatch(r"[\w\[\], :]+ <- .+", s): errors.append(f"{f}: line {n}: logical node")
        else: errors.append(f"{f}: line {n}: unknown statement {s[:40]!r}")
        depth += s.count("{") - s.count("}")
        if depth < 0: errors.append(f"{f}: line {n}: `}}` too many"); depth = 0
    if depth: errors.append(f"{f}: braces not closed")


# ---------------------------------------------------------------- 2092 Celestia .ssc
SSC_FIELDS = {"Class", "Texture", "Radius", "InfoURL", "Mesh", "Albedo", "EllipticalOrbit"}
SSC_ORBIT = ["Period", "SemiMajorAxis", "Eccentricity", "Inclination", "AscendingNode", "ArgOfPericenter", "MeanAnomaly"]


def check_ssc(f, raw):
    L = lines_of(f, raw)
    depth, names, obj, orbit = 0, set(), None, []
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        if l.lstrip("\t") != l.lstrip(): errors.append(f"{f}: line {n}: spaces in the indentation")
        ind = len(l) - len(l.lstrip("\t"))
        if strip_strings(s).count('"') % 2: errors.append(f"{f}: line {n}: string not closed"); continue
        if s == "{":
            if ind != depth: errors.append(f"{f}: line {n}: indentation")
            depth += 1; continue
        if s == "}":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {n}: `}}` too many"); depth = 0
            if ind != depth: errors.append(f"{f}: line {n}: indentation")
            if depth == 1 and orbit is not None:
                if orbit != SSC_ORBIT: errors.append(f"{f}: {obj}: orbit elements {orbit}")
            if depth == 0: obj = None
            continue
        if ind != depth: errors.append(f"{f}: line {n}: indentation")
        if depth == 0:
            m = re.fullmatch(r'"([^"]+)" "Sol"', s)
            if not m: errors.append(f"{f}: line {n}: object header"); continue
            if m.group(1) in names: errors.append(f"{f}: line {n}: object {m.group(1)} twice")
            names.add(m.group(1)); obj = m.group(1); orbit = None
            if L[n].strip() != "{": errors.append(f"{f}: line {n}: `{{` must follow the header")
            continue
        w = s.split(None, 1)
        if depth == 1:
            if w[0] not in SSC_FIELDS: errors.append(f"{f}: line {n}: unknown field {w[0]}"); continue
            if w[0] == "EllipticalOrbit": orbit = []; continue
            v = w[1] if len(w) > 1 else ""
            if w[0] == "Class" and v not in ('"asteroid"', '"comet"', '"moon"', '"planet"'): errors.append(f"{f}: line {n}: class {v}")
            if w[0] in ("Texture", "InfoURL", "Class", "Mesh") and not re.fullmatch(r'"[^"]*"', v): errors.append(f"{f}: line {n}: {w[0]} needs a string")
            if w[0] == "InfoURL" and not re.fullmatch(r'"https?://\S+"', v): errors.append(f"{f}: line {n}: InfoURL not a URL")
            if w[0] in ("Radius", "Albedo") and not re.fullmatch(NUMRE, v): errors.append(f"{f}: line {n}: {w[0]} not a number")
        elif depth == 2:
            if orbit is None: errors.append(f"{f}: line {n}: orbit element outside EllipticalOrbit"); continue
            orbit.append(w[0])
            if len(w) != 2 or not re.fullmatch(NUMRE, w[1]): errors.append(f"{f}: line {n}: orbit element value")
            elif w[0] == "Eccentricity" and not 0 <= float(w[1]) < 1: errors.append(f"{f}: line {n}: eccentricity out of range")
    if depth: errors.append(f"{f}: braces not closed")
    if not names: errors.append(f"{f}: no object")


# ---------------------------------------------------------------- 2093 ADIF log
ADIF_FIELDS = {"ADIF_VER", "CREATED_TIMESTAMP", "PROGRAMID", "PROGRAMVERSION", "CALL", "QSO_DATE", "TIME_ON", "BAND",
               "MODE", "FREQ", "RST_SENT", "RST_RCVD", "COMMENT", "NOTES"}
BANDS = {"160m": (1.8, 2.0), "80m": (3.5, 4.0), "40m": (7.0, 7.3), "20m": (14.0, 14.35), "15m": (21.0, 21.45), "10m": (28.0, 29.7)}


def check_adif(f, raw):
    L = lines_of(f, raw)
    if not raw.isascii(): errors.append(f"{f}: not ASCII")
    if raw.startswith("<"): errors.append(f"{f}: a header must not start with `<`")
    head, sep, body = raw.partition("<EOH>")
    if not sep or raw.count("<EOH>") != 1: errors.append(f"{f}: <EOH> not once"); return
    def fields(s, where):
        out, i = [], 0
        while True:
            j = s.find("<", i)
            if j < 0: break
            m = re.match(r"<(\w+):(\d+)(?::\w)?>", s[j:])
            if not m:
                if s[j:j + 5].upper() == "<EOR>": out.append(("EOR", "")); i = j + 5; continue
                errors.append(f"{f}: {where}: bad tag at {s[j:j + 20]!r}"); i = j + 1; continue
            k, ln = m.group(1).upper(), int(m.group(2))
            v = s[j + m.end():j + m.end() + ln]
            nxt = s[j + m.end() + ln:j + m.end() + ln + 1]
            if nxt not in ("", " ", "\n"): errors.append(f"{f}: {where}: {k} length {ln} does not end its value")
            out.append((k, v)); i = j + m.end() + ln
        return out
    hf = dict(fields(head, "header"))
    if hf.get("ADIF_VER") != "3.1.4": errors.append(f"{f}: ADIF_VER")
    recs, cur = [], []
    for k, v in fields(body, "body"):
        if k == "EOR": recs.append(cur); cur = []; continue
        if k not in ADIF_FIELDS: errors.append(f"{f}: unknown field {k}")
        cur.append((k, v))
    if cur: errors.append(f"{f}: a record without <EOR>")
    if body.strip() and not body.rstrip().endswith("<EOR>"): errors.append(f"{f}: text after the last <EOR>")
    for i, r in enumerate(recs, 1):
        d = dict(r)
        if len(d) != len(r): errors.append(f"{f}: record {i}: a field twice")
        for k in ("CALL", "QSO_DATE", "TIME_ON", "BAND", "MODE"):
            if k not in d: errors.append(f"{f}: record {i}: no {k}")
        try: dt.date(int(d.get("QSO_DATE", "x")[:4]), int(d["QSO_DATE"][4:6]), int(d["QSO_DATE"][6:]))
        except (ValueError, KeyError): errors.append(f"{f}: record {i}: QSO_DATE")
        if not re.fullmatch(r"([01]\d|2[0-3])[0-5]\d", d.get("TIME_ON", "")): errors.append(f"{f}: record {i}: TIME_ON")
        if not re.fullmatch(r"[A-Z0-9]{1,3}\d[A-Z]{1,4}", d.get("CALL", "")): errors.append(f"{f}: record {i}: CALL")
        if d.get("MODE") not in ("SSB", "CW", "FT8", "FM", "AM", "RTTY"): errors.append(f"{f}: record {i}: MODE")
        b = BANDS.get(d.get("BAND"))
        if not b: errors.append(f"{f}: record {i}: BAND")
        elif "FREQ" in d:
            try:
                if not b[0] <= float(d["FREQ"]) <= b[1]: errors.append(f"{f}: record {i}: FREQ outside BAND")
            except ValueError: errors.append(f"{f}: record {i}: FREQ")
        rst = r"[1-5][1-9]" if d.get("MODE") in ("SSB", "FM", "AM") else (r"[1-5][1-9][1-9]" if d.get("MODE") in ("CW", "RTTY") else r"[-+]\d\d")
        for k in ("RST_SENT", "RST_RCVD"):
            if k in d and not re.fullmatch(rst, d[k]): errors.append(f"{f}: record {i}: {k} for {d.get('MODE')}")
    if not recs: errors.append(f"{f}: no records")


# ---------------------------------------------------------------- 2094 YARA rules
def check_yara(f, raw):
    L = lines_of(f, raw)
    body = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), raw, flags=re.S)
    if "/*" in body or "*/" in body: errors.append(f"{f}: block comment not closed")
    code = [re.sub(r"//.*", "", strip_strings(l)) for l in body.split("\n")]
    rules, imports, rule, sec, depth = set(), set(), None, None, 0
    strs, cond = set(), []
    def end_rule(n):
        if rule is None: return
        if sec != "condition" or not " ".join(cond).strip(): errors.append(f"{f}: rule {rule}: no condition")
        c = " ".join(cond)
        for ref in re.findall(r"[$#@!](\w*)\*?", c):
            if ref and not any(s == ref or (s.startswith(ref) and "$" + ref + "*" in c) for s in strs): errors.append(f"{f}: rule {rule}: ${ref} not declared")
        for mod in re.findall(r"\b(math|pe|elf|hash)\.", c):
            if mod not in imports: errors.append(f"{f}: rule {rule}: module {mod} not imported")
        if strs and "them" not in c:
            for s in strs:
                if not re.search(r"[$#@!]" + re.escape(s) + r"\b", c) and not any(c.count("$" + p + "*") for p in [s[:i] for i in range(1, len(s))]): errors.append(f"{f}: rule {rule}: ${s} unused")
    for n, (l, c) in enumerate(zip(L, code), 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        if re.sub(r"//.*", "", strip_strings(l)).count('"') % 2 and "/*" not in l and not l.lstrip().startswith("//"): errors.append(f"{f}: line {n}: string not closed")
        s = c.strip()
        if not s: continue
        if depth == 0:
            m = re.fullmatch(r'import ""', s)
            if m:
                imports.add(re.search(r'import "(\w+)"', l).group(1)); continue
            m = re.fullmatch(r"(?:private |global )*rule ([A-Za-z_]\w*)", s)
            if not m:
                if s != "{": errors.append(f"{f}: line {n}: unknown top-level {s[:30]!r}")
            else:
                if m.group(1) in rules: errors.append(f"{f}: line {n}: rule {m.group(1)} twice")
                rules.add(m.group(1)); rule = m.group(1); sec = None; strs = set(); cond = []
            if s == "{": depth = 1
            continue
        if s == "}":
            end_rule(n); rule = None; depth = 0; continue
        if s == "{": errors.append(f"{f}: line {n}: a `{{` inside a rule"); continue
        m = re.fullmatch(r"(meta|strings|condition):", s)
        if m:
            order = ["meta", "strings", "condition"]
            if sec is not None and order.index(m.group(1)) <= order.index(sec): errors.append(f"{f}: line {n}: section order")
            sec = m.group(1); continue
        if sec == "meta":
            if l.strip().startswith("//"): continue
            cut = re.search(r"//", strip_strings(l))
            raw_l = (l[:cut.start()] if cut else l).strip()
            if not re.fullmatch(r'\w+ = (?:"(?:[^"\\]|\\.)*"|-?\d+|true|false)', raw_l): errors.append(f"{f}: line {n}: meta line")
        elif sec == "strings":
            ls = re.sub(r"\s+//.*", "", l.strip())
            m = re.fullmatch(r'\$(\w+) = (?:"(?:[^"\\]|\\.)*"(?: (?:ascii|wide|nocase|fullword))*|\{ ([0-9A-F?]{2}(?: [0-9A-F?]{2})*) \})', ls)
            if not m: errors.append(f"{f}: line {n}: string definition")
            else:
                if m.group(1) in strs: errors.append(f"{f}: line {n}: ${m.group(1)} twice")
                strs.add(m.group(1))
        elif sec == "condition":
            cond.append(s); balanced(f, s, "()[]", f" on line {n}")
        else: errors.append(f"{f}: line {n}: outside a section")
    if depth: errors.append(f"{f}: rule not closed")


# ---------------------------------------------------------------- 2095 NONMEM control stream
NM_RECS = {"$PROBLEM", "$INPUT", "$DATA", "$SUBROUTINES", "$PK", "$ERROR", "$THETA", "$OMEGA", "$SIGMA",
           "$ESTIMATION", "$COVARIANCE", "$TABLE"}


def check_nonmem(f, raw):
    L = lines_of(f, raw)
    if not L or not L[0].startswith("$PROBLEM "): errors.append(f"{f}: $PROBLEM not first")
    recs, cur, seen = {}, None, []
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        s = l.split(";", 1)[0].rstrip()
        if not s.strip(): continue
        if s.startswith("$"):
            w = s.split()[0]
            if w not in NM_RECS: errors.append(f"{f}: line {n}: unknown record {w}"); cur = None; continue
            if w in recs: errors.append(f"{f}: line {n}: {w} twice")
            cur = w; recs[w] = [s[len(w):].strip()] if w != "$PROBLEM" else [s]
            seen.append(w); continue
        if cur is None: errors.append(f"{f}: line {n}: text before a record"); continue
        recs[cur].append(s.strip())
    order = [r for r in ["$PROBLEM", "$INPUT", "$DATA", "$SUBROUTINES", "$PK", "$ERROR", "$THETA", "$OMEGA", "$SIGMA", "$ESTIMATION", "$COVARIANCE", "$TABLE"] if r in recs]
    if seen != order: errors.append(f"{f}: records out of order")
    inp = " ".join(recs.get("$INPUT", [])).split()
    for c in ("ID", "TIME", "DV"):
        if c not in inp: errors.append(f"{f}: $INPUT without {c}")
    sub = " ".join(recs.get("$SUBROUTINES", []))
    if not re.fullmatch(r"ADVAN(\d+) TRANS(\d+)", sub): errors.append(f"{f}: $SUBROUTINES")
    abbr = recs.get("$PK", []) + recs.get("$ERROR", [])
    defined = set(inp) | {"F"}
    abbr = [x for x in abbr if x]
    for s in abbr:
        balanced(f, s, "()", f" in {s!r}")
        m = re.fullmatch(r"(?:IF \(.+\) )?([A-Z]\w*) *= *(.+)", s)
        if not m: errors.append(f"{f}: abbreviated code {s!r}"); continue
        for v in re.findall(r"\b([A-Z][A-Z0-9_]*)\b(?!\()", m.group(2)):
            if v not in defined and v not in ("EQ", "NE", "GT", "LT"): errors.append(f"{f}: {m.group(1)} uses undefined {v}")
        defined.add(m.group(1))
    if "S2" not in defined and "ADVAN2" in sub: errors.append(f"{f}: ADVAN2 without S2")
    code = " ".join(abbr)
    th = [x for x in re.findall(r"\(([^()]*)\)", " ".join(recs.get("$THETA", [])))]
    for x in th:
        v = [y.strip() for y in x.split(",")]
        if not all(re.fullmatch(NUMRE, y) for y in v) or not 1 <= len(v) <= 3: errors.append(f"{f}: $THETA ({x})")
        elif len(v) >= 2 and not all(float(v[i]) <= float(v[i + 1]) for i in range(len(v) - 1)): errors.append(f"{f}: $THETA bounds ({x})")
    def count(rec):
        toks = [t for t in " ".join(recs.get(rec, [])).split() if t != "FIX"]
        if not all(re.fullmatch(NUMRE, t) for t in toks): errors.append(f"{f}: {rec} values")
        return len(toks)
    for name, n_ in (("THETA", len(th)), ("ETA", count("$OMEGA")), ("EPS", count("$SIGMA"))):
        used_ = {int(x) for x in re.findall(r"\b" + name + r"\((\d+)\)", code)}
        if used_ != set(range(1, n_ + 1)): errors.append(f"{f}: {name}s used {sorted(used_)} but {n_} declared")
    est = " ".join(recs.get("$ESTIMATION", []))
    if not re.search(r"\bMETHOD=(?:0|1|COND|SAEM|IMP)\b", est): errors.append(f"{f}: $ESTIMATION METHOD")
    tab = " ".join(recs.get("$TABLE", [])).split()
    for t in tab:
        if "=" in t or t in ("NOPRINT", "ONEHEADER", "NOAPPEND", "CWRES", "PRED", "IPRED", "DV"): continue
        if t not in defined: errors.append(f"{f}: $TABLE item {t} undefined")


# ---------------------------------------------------------------- 2096 Humdrum **kern
def kern_dur(tok):
    m = re.match(r"\[?\(?(\d+)(\.*)", tok)
    if not m: return None
    d = Decimal(1) / Decimal(int(m.group(1)))
    return d * (2 - Decimal(1) / (2 ** len(m.group(2))))


def check_kern(f, raw):
    L = lines_of(f, raw)
    spines, started, ended, meter, acc = None, False, False, None, None
    for n, l in enumerate(L, 1):
        if l.startswith("!!"):
            if l.startswith("!!!") and not re.match(r"!!!\w+(?:@\w+)?(?:\*\*kern)?: ", l): errors.append(f"{f}: line {n}: reference record")
            continue
        if not l: errors.append(f"{f}: line {n}: an empty line"); continue
        if ended: errors.append(f"{f}: line {n}: data after *-"); continue
        t = l.split("\t")
        if spines is None:
            if not all(x == "**kern" for x in t): errors.append(f"{f}: line {n}: **kern header first"); return
            spines = len(t); acc = [Decimal(0)] * spines; started = True; continue
        if len(t) != spines: errors.append(f"{f}: line {n}: {len(t)} spines, {spines} wanted"); continue
        if t[0].startswith("*"):
            if not all(x.startswith("*") for x in t): errors.append(f"{f}: line {n}: mixed interpretation line")
            if all(x == "*-" for x in t): ended = True
            for i, x in enumerate(t):
                m = re.fullmatch(r"\*M(\d+)/(\d+)", x)
                if m: meter = Decimal(int(m.group(1))) / Decimal(int(m.group(2)))
                elif not re.fullmatch(r"\*(?:-|staff\d|clef[GFC]\d|k\[[a-g#-]*\]|[A-Ga-g][#-]?:|)", x): errors.append(f"{f}: line {n}: interpretation {x!r}")
            continue
        if t[0].startswith("!"):
            if not all(x.startswith("!") for x in t): errors.append(f"{f}: line {n}: mixed comment line")
            continue
        if t[0].startswith("="):
            if len(set(t)) != 1 or not re.fullmatch(r"=(?:\d+-?|=)", t[0]): errors.append(f"{f}: line {n}: barline {t}")
            if meter is not None and acc != [Decimal(0)] * spines and any(a != meter for a in acc): errors.append(f"{f}: line {n}: a bar not filled to the meter: {[str(a) for a in acc]}")
            acc = [Decimal(0)] * spines; continue
        for i, x in enumerate(t):
            if x == ".": continue
            if not re.fullmatch(r"\[?\(?\d+\.*(?:[a-g]+|[A-G]+|r)(?:#|-|n)?[\])]?", x): errors.append(f"{f}: line {n}: kern token {x!r}"); continue
            acc[i] += kern_dur(x)
    if not started: errors.append(f"{f}: no **kern spines")
    if not ended: errors.append(f"{f}: spines not terminated with *-")
    if not re.search(r"^!!!OTL", raw, re.M) or not re.search(r"^!!!COM", raw, re.M): errors.append(f"{f}: no COM / OTL reference records")


def shape_checks(f, raw, path):
    n = num(f)
    {2087: check_geo, 2088: check_inp, 2089: check_nw, 2090: check_psyexp, 2091: check_jags, 2092: check_ssc,
     2093: check_adif, 2094: check_yara, 2095: check_nonmem,
     2096: check_kern}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


def lead(l, ch=" "):
    return len(l) - len(l.lstrip(ch))


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """2090's XML attribute values decoded by the parser (`&#10;`, `&quot;`, `&lt;`)"""
    if num(f) == 2090:
        try:
            root = ET.fromstring(raw.encode("utf-8"))
            return ["\n".join(v for el in root.iter() for v in el.attrib.values())]
        except ET.ParseError:
            return []
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
# /work/rounds/*/expected.json except round206's and round207's, a byte-identical file counted once), and the
# round206/round207 split (candidates sorted by (uses, catalogue title); round207 = odd positions from 3 on, one
# unbroken run; round206 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P206S = ["/work/rounds/digests-round206/expected.json", "/work/main/tests/data/digests-round206/expected.json"]
P206 = next((p for p in P206S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P206S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round206", "digests-round207") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round207 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r206 = set()
if P206:
    try:
        r206 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P206)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P206} exists but could not be read (being written?)")
    if r206 & mine: errors.append(f"papers also in round206: {sorted(r206 & mine)}")
shared206 = len(r206 & mine) if P206 else "(no round206 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round207 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round206: {shared206}; papers in more than one round207 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



