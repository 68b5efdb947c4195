r"""Checks round203/expected.json against the digests and the shared catalogues.

Adapted from round201/validate.py (the label checks are the same code; the reuse report is round201's with round202 /
round203 in place of round200 / round201; round203 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round202's and round203's own (a digests-round202 / digests-round203 folder, or a file whose bytes equal round202's or
round203's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round203 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round202's expected.json (read only, from
/work/rounds/digests-round202/ or /work/main/tests/data/digests-round202/, when it exists), and on a paper in more
than one round203 file.
Every digest is read raw (UTF-8) and in decoded forms: the JSON strings of 2051 decoded, LTspice's `\\n` escapes
undone in 2055's TEXT lines. Titles are matched after whitespace normalisation and case-blind; a title found only that
way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2047 ngspice netlist (a title line first; unindented `*` comments, `+` continuations, known dot commands, element
lines of known letters with 4+ fields and balanced brackets; `{…}` parameters defined by .param or the .subckt line;
X instances of a defined .subckt; .subckt / .ends and .control / .endc paired; known control commands; .end last);
2048 GNU Radio Companion flowgraph (YAML lines, two-space, no tabs; options / blocks / connections / metadata in that
order; the options block and every block with name, id, parameters, states in order, parameters sorted, the six state
keys, coordinates and rotations; known block ids; block names sorted and unique; quoted values closed, no `: ` in
plain values; connections between known blocks; metadata file_format 1 and a grc_version);
2049 Automake Makefile.am (assignments of known variables or `where_PRIMARY` forms, `=` once per variable;
continuations one tab in; recipes only under rules; .la libraries; _SOURCES / _LDFLAGS / _LIBADD / _LDADD of a declared
program or library; `xxx_DATA` with its xxxdir; .PHONY targets with rules; ACLOCAL_AMFLAGS);
2050 pkg-config file (`#` comments, `var=value` before the `Field: value` lines, known fields once each, Name /
Description / Version, a numeric Version, -l in Libs, `${var}` defined before use and closed, quotes closed);
2051 CMakePresets.json (JSON, byte-equal to its two-space json.dumps; known top-level, configure, build and test preset
keys; names unique; inherits and configurePreset references to (visible) configure presets; a generator for every
visible configure preset; version and cmakeMinimumRequired numbers; vendor keys that are domains);
2052 BitBake recipe (unindented assignments `VAR[:override] op "…"` with `\` continuations closed by a quote; inherit;
functions with four-space bodies closed by `}`; `=` once per variable; SUMMARY, LICENSE, LIC_FILES_CHKSUM with an md5,
SRC_URI, a 40-hex SRCREV; PV a version, optionally `+git`; S under ${WORKDIR});
2053 OpenWrt UCI config (`#` comments, `config type 'name'` after a blank line, tab-indented `option` / `list` lines with
single-quoted values, options once per section, sections once each, urls and dates, paper sections starting with
their title);
2054 xschem schematic (the `v {xschem version=… file_version=1.2` line first; v, G, K, V, S, E header objects; T, N, C
objects with their numeric fields, rotations and flips; `{lab=…}` on wires; `.sym` symbols; component names once
each; braces balanced);
2055 LTspice schematic (ASCII; `Version 4` then SHEET; WIRE / FLAG / SYMBOL / WINDOW / SYMATTR / TEXT lines with their
fields; WINDOW and SYMATTR only under a SYMBOL; every SYMBOL with a unique InstName; TEXT directives starting with a dot);
2056 Buildroot defconfig (`BR2_…=y|number|"string"` and `# BR2_… is not set` lines, `#` comments, no blank line, each
symbol once, one architecture, a kernel defconfig when the kernel is built).

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
# ================================================================ round203 shape checks
def lines_of(f, raw, final=True, eol="\n"):
    """a saved file: `eol` line ends only, a final line end, no trailing blanks"""
    if eol == "\n" and "\r" in raw: errors.append(f"{f}: CR characters")
    if final and not raw.endswith(eol): errors.append(f"{f}: no final newline")
    L = raw[:-len(eol)].split(eol) if raw.endswith(eol) else raw.split(eol)
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
    return L


def lead(l, ch=" "):
    return len(l) - len(l.lstrip(ch))


def json_strings(o):
    if isinstance(o, str): return [o]
    if isinstance(o, dict): return [s for k, v in o.items() for s in [k] + json_strings(v)]
    if isinstance(o, list): return [s for v in o for s in json_strings(v)]
    return []


# ---------------------------------------------------------------- 2047 ngspice netlist
SPICE_DOTS = {".include", ".lib", ".param", ".option", ".options", ".subckt", ".ends", ".control", ".endc", ".end",
              ".model", ".tran", ".global", ".meas", ".ic"}
SPICE_CTRL = {"set", "tran", "meas", "wrdata", "echo", "quit", "run", "plot", "print", "write", "op", "let"}


def check_spice(f, raw):
    L = lines_of(f, raw)
    if not L or not L[0].strip() or L[0][0] in "*.+ \t": errors.append(f"{f}: the first line is not a title line")
    params, subs, inst, open_sub, ctrl, ended = set(), set(), [], None, False, False
    for n, l in enumerate(L[1:], 2):
        s = l.strip()
        if ended and s: errors.append(f"{f}: line {n}: text after .end")
        if not s or s.startswith("*"):
            if l[:1] in " \t" and s: errors.append(f"{f}: line {n}: an indented comment")
            continue
        if l[:1] in " \t": errors.append(f"{f}: line {n}: an indented line"); continue
        w = s.split()
        if ctrl:
            if w[0] == ".endc": ctrl = False
            elif w[0] not in SPICE_CTRL: errors.append(f"{f}: line {n}: unknown control command {w[0]!r}")
            if w[0] == "echo" and not (s.count('"') == 2 and s.endswith('"')): errors.append(f"{f}: line {n}: echo string")
            continue
        if s.startswith("+"): continue
        if s.startswith("."):
            d = w[0].lower()
            if d not in SPICE_DOTS: errors.append(f"{f}: line {n}: unknown dot command {w[0]!r}"); continue
            if d == ".param":
                for a in w[1:]:
                    if not re.fullmatch(r"[a-z]\w*=[\w.+-]+", a): errors.append(f"{f}: line {n}: .param {a!r}")
                    params.add(a.split("=")[0])
            elif d == ".subckt":
                if open_sub: errors.append(f"{f}: line {n}: .subckt inside .subckt")
                open_sub = w[1]; subs.add(w[1])
                params.update(a.split("=")[0] for a in w[2:] if "=" in a)
            elif d == ".ends":
                if not open_sub or (len(w) > 1 and w[1] != open_sub): errors.append(f"{f}: line {n}: .ends without its .subckt")
                open_sub = None
            elif d == ".control":
                ctrl = True
            elif d == ".endc":
                errors.append(f"{f}: line {n}: .endc without .control")
            elif d == ".end":
                ended = True
            elif d == ".include" and len(w) != 2: errors.append(f"{f}: line {n}: .include takes one file")
            continue
        if not re.fullmatch(r"[RCLVIMXDEGBQJK]\w*", w[0]): errors.append(f"{f}: line {n}: unknown element {w[0]!r}"); continue
        if len(w) < 4: errors.append(f"{f}: line {n}: element with too few fields")
        if s.count("{") != s.count("}") or s.count("(") != s.count(")"): errors.append(f"{f}: line {n}: brackets not balanced")
        for b in re.findall(r"\{([^}]*)\}", s):
            for v in re.findall(r"[A-Za-z_]\w*", b):
                if v not in params: errors.append(f"{f}: line {n}: parameter {v!r} not defined")
        if w[0][0] == "X":
            inst.append((n, [a for a in w if "=" not in a][-1]))
    for n, s in inst:
        if s not in subs: errors.append(f"{f}: line {n}: subcircuit {s!r} not defined")
    if open_sub: errors.append(f"{f}: .subckt {open_sub} not closed")
    if ctrl: errors.append(f"{f}: .control not closed")
    if not ended: errors.append(f"{f}: no .end")


# ---------------------------------------------------------------- 2048 GNU Radio Companion flowgraph
GRC_IDS = {"variable", "note", "analog_wfm_rcv", "blocks_wavfile_sink", "osmosdr_source", "rational_resampler_xxx",
           "audio_sink", "blocks_throttle", "qtgui_freq_sink_x", "low_pass_filter"}
GRC_STATES = ["bus_sink", "bus_source", "bus_structure", "coordinate", "rotation", "state"]


def yscalar(f, n, v):
    v = v.strip()
    if v.startswith('"') and not (len(v) > 1 and v.endswith('"') and '"' not in v[1:-1]): errors.append(f"{f}: line {n}: double-quoted value not closed")
    elif v.startswith("'") and not (len(v) > 1 and v.endswith("'") and "'" not in v[1:-1].replace("''", "")): errors.append(f"{f}: line {n}: single-quoted value not closed")
    elif not v.startswith(("'", '"', "[")) and (": " in v or v.endswith(":") or " #" in v): errors.append(f"{f}: line {n}: a plain value with `: ` or ` #`")


def check_grc(f, raw):
    L = lines_of(f, raw)
    tops = [l.rstrip(":") for l in L if l and not l.startswith((" ", "-"))]
    if tops != ["options", "blocks", "connections", "metadata"]: errors.append(f"{f}: top-level keys {tops}")
    blocks, cur, sec, conns, meta, opt = [], None, None, [], {}, None
    for n, l in enumerate(L, 1):
        if not l: continue
        if "\t" in l: errors.append(f"{f}: line {n}: a tab"); continue
        if lead(l) % 2: errors.append(f"{f}: line {n}: odd indentation")
        if not l.startswith((" ", "-")):
            if not re.fullmatch(r"[a-z]+:", l): errors.append(f"{f}: line {n}: top-level line {l!r}")
            sec = l[:-1]; continue
        if sec == "connections":
            m = re.fullmatch(r"- \[(\w+), '(\d+)', (\w+), '(\d+)'\]", l)
            if not m: errors.append(f"{f}: line {n}: connection {l!r}")
            else: conns.append((n, m.group(1), m.group(3)))
            continue
        if sec == "metadata":
            m = re.fullmatch(r"  (\w+): (.+)", l)
            if not m: errors.append(f"{f}: line {n}: metadata line"); continue
            meta[m.group(1)] = m.group(2); continue
        m = re.fullmatch(r"(- |  )?( *)(\w+):(?: (.*))?", l)
        if not m: errors.append(f"{f}: line {n}: not a `key: value` line"); continue
        dash, ind, k, v = m.group(1), len(m.group(2)) + (2 if m.group(1) else 0), m.group(3), m.group(4)
        if sec == "blocks" and dash == "- ":
            if k != "name": errors.append(f"{f}: line {n}: a block not starting with name")
            cur = {"name": v, "line": n, "keys": ["name"], "params": [], "states": [], "in": None}; blocks.append(cur); continue
        tgt = cur if sec == "blocks" else (cur if cur and cur.get("opt") else None)
        if sec == "options" and tgt is None:
            cur = tgt = opt = {"name": "options", "line": n, "keys": [], "params": [], "states": [], "in": None, "opt": True}
        if tgt is None: errors.append(f"{f}: line {n}: outside a block"); continue
        if ind == 2:
            tgt["keys"].append(k)
            if k == "id": tgt["id"] = v
            tgt["in"] = k if k in ("parameters", "states") else None
            if k in ("parameters", "states") and v: errors.append(f"{f}: line {n}: {k} with a value")
        elif ind == 4 and tgt["in"]:
            tgt["params" if tgt["in"] == "parameters" else "states"].append(k)
            if v is None: errors.append(f"{f}: line {n}: {k} without a value")
            else: yscalar(f, n, v)
            if k == "coordinate" and not re.fullmatch(r"\[-?\d+, -?\d+\]", v or ""): errors.append(f"{f}: line {n}: coordinate")
            if k == "rotation" and v not in ("0", "90", "180", "270"): errors.append(f"{f}: line {n}: rotation")
        else:
            errors.append(f"{f}: line {n}: indentation {ind} out of place")
    names = [b["name"] for b in blocks]
    if not opt or opt["keys"] != ["parameters", "states"] or opt["params"] != sorted(opt["params"]) or opt["states"] != GRC_STATES or "id" not in opt["params"]:
        errors.append(f"{f}: options block")
    for b in blocks:
        if b["keys"] != ["name", "id", "parameters", "states"]: errors.append(f"{f}: block {b['name']}: keys {b['keys']}")
        if b.get("id") not in GRC_IDS: errors.append(f"{f}: block {b['name']}: unknown id {b.get('id')!r}")
        if b["params"] != sorted(b["params"]) or len(set(b["params"])) != len(b["params"]): errors.append(f"{f}: block {b['name']}: parameters not sorted / repeated")
        if b["states"] != GRC_STATES: errors.append(f"{f}: block {b['name']}: states {b['states']}")
        if b.get("id") == "note" and "note" not in b["params"]: errors.append(f"{f}: note block {b['name']} without note")
    if names != sorted(names) or len(set(names)) != len(names): errors.append(f"{f}: block names not sorted / repeated")
    for n, a, b in conns:
        for x in (a, b):
            if x not in names: errors.append(f"{f}: line {n}: connection to unknown block {x}")
    if meta.get("file_format") != "1" or not re.fullmatch(r"3\.\d+\.\d+\.\d+", meta.get("grc_version", "")): errors.append(f"{f}: metadata {meta}")


# ---------------------------------------------------------------- 2049 Automake Makefile.am
AM_PRIMARY = r"(PROGRAMS|LTLIBRARIES|LIBRARIES|SOURCES|LDFLAGS|LIBADD|LDADD|CFLAGS|CPPFLAGS|HEADERS|DATA|SCRIPTS|DEPENDENCIES)"
AM_GLOBAL = {"ACLOCAL_AMFLAGS", "AM_CFLAGS", "AM_CPPFLAGS", "AM_LDFLAGS", "SUBDIRS", "EXTRA_DIST", "CLEANFILES",
             "TESTS", "pkgconfigdir", "BUILT_SOURCES"}


def check_automake(f, raw):
    L = lines_of(f, raw)
    assigned, cont, rule, targets, phony, progs, used = {}, False, False, set(), [], set(), []
    for n, l in enumerate(L, 1):
        if cont:
            if not l.startswith("\t") or l.startswith("\t\t"): errors.append(f"{f}: line {n}: continuation not one tab in")
            cont = l.endswith("\\"); continue
        if l.startswith("\t"):
            if not rule: errors.append(f"{f}: line {n}: a recipe line outside a rule")
            continue
        rule = False
        if not l: continue
        if l.startswith("#"): continue
        if l[:1] == " ": errors.append(f"{f}: line {n}: a space-indented line"); continue
        m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*) (\+?=)(?: (.*))?", l)
        if m:
            v, op = m.group(1), m.group(2)
            if op == "=" and v in assigned: errors.append(f"{f}: line {n}: {v} assigned twice")
            assigned[v] = (m.group(3) or "").rstrip("\\").split()
            cont = l.endswith("\\")
            if v not in AM_GLOBAL and not re.fullmatch(r"\w+_" + AM_PRIMARY, v): errors.append(f"{f}: line {n}: unknown variable {v}")
            if re.fullmatch(r"\w+_(PROGRAMS|LTLIBRARIES)", v):
                for x in assigned[v]:
                    if v.endswith("LTLIBRARIES") and not x.endswith(".la"): errors.append(f"{f}: line {n}: library {x} not .la")
                    progs.add(re.sub(r"[^A-Za-z0-9@]", "_", x))
            elif re.fullmatch(r"\w+_(SOURCES|LDFLAGS|LIBADD|LDADD|DEPENDENCIES)", v):
                used.append((n, v.rsplit("_", 1)[0]))
            elif re.fullmatch(r"(\w+)_(DATA|HEADERS)", v):
                d = re.sub(r"^(dist_|nodist_)", "", v).rsplit("_", 1)[0]
                if d not in ("include", "doc", "data", "pkgdata", "noinst", "dist", "man", "sysconf") and d + "dir" not in assigned:
                    errors.append(f"{f}: line {n}: {d}dir not defined")
            continue
        m = re.fullmatch(r"([\w.$()-]+):(?: (.*))?", l)
        if m:
            if m.group(1) == ".PHONY": phony += (m.group(2) or "").split()
            else: targets.add(m.group(1))
            rule = True; continue
        errors.append(f"{f}: line {n}: neither assignment, rule nor comment")
    if cont: errors.append(f"{f}: a continuation at the end of the file")
    for n, p in used:
        if p not in progs: errors.append(f"{f}: line {n}: {p} is not a declared program or library")
    for p in phony:
        if p not in targets: errors.append(f"{f}: .PHONY {p} has no rule")
    if "ACLOCAL_AMFLAGS" not in assigned: errors.append(f"{f}: no ACLOCAL_AMFLAGS")


# ---------------------------------------------------------------- 2050 pkg-config file
PC_FIELDS = {"Name", "Description", "URL", "Version", "Requires", "Requires.private", "Conflicts", "Libs",
             "Libs.private", "Cflags"}


def check_pc(f, raw):
    L = lines_of(f, raw)
    var, seen, fields_started = set(), [], False
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        if l[:1] in " \t": errors.append(f"{f}: line {n}: an indented line"); continue
        m1 = re.fullmatch(r"([A-Za-z_][\w.]*)=(.*)", l)
        m2 = re.fullmatch(r"([A-Za-z][\w.]*): (.*)", l)
        if m2 and (not m1 or l.index(":") < l.index("=")):
            k = m2.group(1); fields_started = True
            if k not in PC_FIELDS: errors.append(f"{f}: line {n}: unknown field {k}")
            if k in seen: errors.append(f"{f}: line {n}: field {k} twice")
            seen.append(k); val = m2.group(2)
            if k == "Version" and not re.fullmatch(r"\d+(\.\d+)*", val): errors.append(f"{f}: line {n}: version {val!r}")
            if k == "Libs" and not re.search(r"(^| )-l\w", val): errors.append(f"{f}: line {n}: Libs without -l")
            if val.replace('\\"', "").count('"') % 2: errors.append(f"{f}: line {n}: a quote not closed")
        elif m1:
            if fields_started: errors.append(f"{f}: line {n}: a variable after the fields")
            if m1.group(1) in var: errors.append(f"{f}: line {n}: variable {m1.group(1)} twice")
            val = m1.group(2)
            var.add(m1.group(1))
        else:
            errors.append(f"{f}: line {n}: neither variable, field nor comment"); continue
        for r in re.findall(r"\$\{([^}]*)\}", val):
            if r not in var: errors.append(f"{f}: line {n}: ${{{r}}} not defined before")
        if val.count("${") != len(re.findall(r"\$\{[^}]*\}", val)): errors.append(f"{f}: line {n}: ${{ not closed")
    for k in ("Name", "Description", "Version"):
        if k not in seen: errors.append(f"{f}: no {k}")


# ---------------------------------------------------------------- 2051 CMakePresets.json
CP_TOP = {"version", "cmakeMinimumRequired", "include", "vendor", "configurePresets", "buildPresets", "testPresets",
          "packagePresets", "workflowPresets"}
CP_CONF = {"name", "hidden", "inherits", "condition", "vendor", "displayName", "description", "generator",
           "architecture", "toolset", "toolchainFile", "binaryDir", "installDir", "cmakeExecutable",
           "cacheVariables", "environment", "warnings", "errors", "debug"}
CP_BUILD = {"name", "hidden", "inherits", "condition", "vendor", "displayName", "description", "environment",
            "configurePreset", "inheritConfigureEnvironment", "jobs", "targets", "configuration", "cleanFirst",
            "verbose", "nativeToolOptions"}
CP_TEST = {"name", "hidden", "inherits", "condition", "vendor", "displayName", "description", "environment",
           "configurePreset", "inheritConfigureEnvironment", "configuration", "overwriteConfigurationFile", "output",
           "filter", "execution"}


def check_presets(f, raw):
    lines_of(f, raw)
    try:
        m = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if not isinstance(m, dict): errors.append(f"{f}: not an object"); return
    if json.dumps(m, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not two-space JSON as written")
    for k in m:
        if k not in CP_TOP: errors.append(f"{f}: unknown top-level key {k!r}")
    if not isinstance(m.get("version"), int) or not 1 <= m["version"] <= 10: errors.append(f"{f}: version {m.get('version')!r}")
    cmr = m.get("cmakeMinimumRequired", {})
    if not isinstance(cmr, dict) or any(k not in ("major", "minor", "patch") or not isinstance(v, int) for k, v in cmr.items()): errors.append(f"{f}: cmakeMinimumRequired")
    conf = {}
    for kind, allowed in (("configurePresets", CP_CONF), ("buildPresets", CP_BUILD), ("testPresets", CP_TEST)):
        names = set()
        for p in m.get(kind, []):
            if not isinstance(p, dict) or "name" not in p: errors.append(f"{f}: {kind}: a preset without name"); continue
            if p["name"] in names: errors.append(f"{f}: {kind}: {p['name']} twice")
            names.add(p["name"])
            for k in p:
                if k not in allowed: errors.append(f"{f}: {kind} {p['name']}: unknown key {k!r}")
            if kind == "configurePresets":
                conf[p["name"]] = p
                for v in (p.get("cacheVariables") or {}).values():
                    if not isinstance(v, (str, bool, dict)): errors.append(f"{f}: {p['name']}: cache variable value {v!r}")
            elif p.get("configurePreset") not in conf or conf[p["configurePreset"]].get("hidden"):
                errors.append(f"{f}: {kind} {p['name']}: configurePreset {p.get('configurePreset')!r} not a visible configure preset")
    for p in conf.values():
        inh = p.get("inherits", [])
        for i in ([inh] if isinstance(inh, str) else inh):
            if i not in conf: errors.append(f"{f}: {p['name']} inherits unknown {i!r}")
        chain, q_ = p, set()
        while isinstance(chain.get("inherits"), str) and chain["inherits"] in conf and chain["name"] not in q_:
            q_.add(chain["name"]); chain = conf[chain["inherits"]]
        if not p.get("hidden") and "generator" not in chain and "generator" not in p: errors.append(f"{f}: {p['name']} has no generator")
    for k in m.get("vendor", {}):
        if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]+(/[\w-]+)*", k): errors.append(f"{f}: vendor key {k!r} not a domain")


# ---------------------------------------------------------------- 2052 BitBake recipe
def check_bitbake(f, raw):
    L = lines_of(f, raw)
    vals, cont, func = {}, None, None
    for n, l in enumerate(L, 1):
        if func:
            if l == "}": func = None
            elif l and not (l.startswith("    ") and not l.startswith("     ")): errors.append(f"{f}: line {n}: function body not four spaces in")
            continue
        if cont is not None:
            vals[cont] += "\n" + l
            if not l.endswith("\\"):
                if not l.endswith('"'): errors.append(f"{f}: line {n}: continued value not closed by a quote")
                cont = None
            continue
        if not l or l.startswith("#"): continue
        if l[:1] in " \t": errors.append(f"{f}: line {n}: an indented line"); continue
        if re.fullmatch(r"inherit( [\w-]+)+", l): continue
        m = re.fullmatch(r"(do_\w+|[a-z_]\w*)(:(append|prepend))?\(\) \{", l)
        if m: func = m.group(1); continue
        m = re.fullmatch(r"([A-Z][A-Z0-9_]*(?::\$\{PN\}|:[a-z][\w-]*)*) (=|\?=|\?\?=|\+=|=\+|:=|\.=) (\".*)", l)
        if not m: errors.append(f"{f}: line {n}: not an assignment, inherit, function or comment"); continue
        k, v = m.group(1), m.group(3)
        if m.group(2) == "=" and k in vals: errors.append(f"{f}: line {n}: {k} set twice")
        vals[k] = v
        if v.endswith("\\"): cont = k
        elif not (v.endswith('"') and v.count('"') == 2): errors.append(f"{f}: line {n}: value not one quoted string")
    if func: errors.append(f"{f}: function {func} not closed")
    if cont: errors.append(f"{f}: a continuation at the end")
    for k in ("SUMMARY", "LICENSE", "LIC_FILES_CHKSUM", "SRC_URI", "SRCREV"):
        if k not in vals: errors.append(f"{f}: no {k}")
    if not re.fullmatch(r'"file://\w+;md5=[0-9a-f]{32}"', vals.get("LIC_FILES_CHKSUM", "")): errors.append(f"{f}: LIC_FILES_CHKSUM")
    if not re.fullmatch(r'"[0-9a-f]{40}"', vals.get("SRCREV", "")): errors.append(f"{f}: SRCREV not a commit")
    if not re.fullmatch(r'"\d+(\.\d+)*(\+git)?"', vals.get("PV", '"0"')): errors.append(f"{f}: PV {vals.get('PV')!r}")
    if "S" in vals and not vals["S"].startswith('"${WORKDIR}/'): errors.append(f"{f}: S not under WORKDIR")


# ---------------------------------------------------------------- 2053 OpenWrt UCI config
def check_uci(f, raw):
    L = lines_of(f, raw)
    sects, cur = set(), None
    for n, l in enumerate(L, 1):
        if not l: continue
        if l.startswith("#"): continue
        m = re.fullmatch(r"config (\w+)(?: '(\w+)')?", l)
        if m:
            if m.group(2) in sects: errors.append(f"{f}: line {n}: section {m.group(2)} twice")
            sects.add(m.group(2)); cur = {"type": m.group(1), "opts": set(), "line": n}
            if n > 1 and L[n - 2] != "": errors.append(f"{f}: line {n}: no blank line before a section")
            continue
        m = re.fullmatch(r"\t(option|list) (\w+) '([^']*)'", l)
        if not m: errors.append(f"{f}: line {n}: not a config / option / list line"); continue
        if cur is None: errors.append(f"{f}: line {n}: an option outside a section"); continue
        if m.group(1) == "option":
            if m.group(2) in cur["opts"]: errors.append(f"{f}: line {n}: option {m.group(2)} twice")
            cur["opts"].add(m.group(2))
        if m.group(2) == "url" and not re.fullmatch(r"https?://\S+", m.group(3)): errors.append(f"{f}: line {n}: url")
        if m.group(2) == "date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", m.group(3)): errors.append(f"{f}: line {n}: date")
        if cur["type"] == "paper" and len(cur["opts"]) == 1 and "title" not in cur["opts"]: errors.append(f"{f}: line {n}: a paper section not starting with its title")


# ---------------------------------------------------------------- 2054 xschem schematic
def xschem_objects(f, raw):
    """top-level objects: [line, letter, words and {brace groups}]; an object starts at a line start outside braces"""
    objs, depth, n, tok, grp, bol = [], 0, 1, "", "", True
    for c in raw:
        if depth:
            if c == "{": depth += 1
            elif c == "}": depth -= 1
            if depth: grp += c
            else: objs[-1][2].append("{" + grp + "}"); grp = ""
            if c == "\n": n += 1
            continue
        if c == "{":
            if not objs: errors.append(f"{f}: a brace before any object"); objs.append([n, "?", []])
            if tok: objs[-1][2].append(tok); tok = ""
            depth, bol = 1, False; continue
        if c == "}":
            errors.append(f"{f}: line {n}: a brace closed twice"); continue
        if c in " \n":
            if tok: objs[-1][2].append(tok); tok = ""
            if c == "\n": n += 1; bol = True
            continue
        if bol:
            objs.append([n, c, []]); bol = False; continue
        tok += c
    if depth: errors.append(f"{f}: braces not closed")
    return objs


def check_xschem(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"v \{xschem version=\d+\.\d+\.\d+ file_version=1\.2", L[0] if L else ""): errors.append(f"{f}: no xschem version line first")
    objs = xschem_objects(f, raw)
    letters = [o[1] for o in objs]
    if letters[:6] != ["v", "G", "K", "V", "S", "E"]: errors.append(f"{f}: header objects {letters[:6]}")
    names = set()
    num_ = r"-?\d+(\.\d+)?"
    for ln, c, a in objs[6:]:
        if c not in "TNCLBPA": errors.append(f"{f}: line {ln}: unknown object {c!r}"); continue
        g = [x for x in a]
        if c == "T":
            if len(g) != 8 or not g[0].startswith("{") or not g[7].startswith("{") or not all(re.fullmatch(num_, x) for x in g[1:7]) or g[3] not in "0123" or g[4] not in "01":
                errors.append(f"{f}: line {ln}: T object fields {g[1:7]}")
        elif c == "N":
            if len(g) != 5 or not all(re.fullmatch(num_, x) for x in g[:4]) or not re.fullmatch(r"\{lab=\w+\}", g[4]):
                errors.append(f"{f}: line {ln}: N object fields")
        elif c == "C":
            if len(g) != 6 or not re.fullmatch(r"\{[\w/.-]+\.sym\}", g[0]) or not all(re.fullmatch(num_, x) for x in g[1:5]) or g[3] not in "0123" or g[4] not in "01":
                errors.append(f"{f}: line {ln}: C object fields"); continue
            m = re.match(r"\{name=(\w+)", g[5])
            if not m: errors.append(f"{f}: line {ln}: component without name"); continue
            if m.group(1) in names: errors.append(f"{f}: line {ln}: name {m.group(1)} twice")
            names.add(m.group(1))


# ---------------------------------------------------------------- 2055 LTspice schematic
def check_asc(f, raw):
    L = lines_of(f, raw)
    if not raw.isascii(): errors.append(f"{f}: not ASCII")
    if L[:1] != ["Version 4"]: errors.append(f"{f}: no `Version 4` first")
    if len(L) < 2 or not re.fullmatch(r"SHEET 1 \d+ \d+", L[1]): errors.append(f"{f}: no SHEET line second")
    I = r"-?\d+"
    insts, sym, sym_has = set(), None, False
    for n, l in enumerate(L[2:], 3):
        w = l.split(" ")
        k = w[0]
        if k != "SYMATTR" and k != "WINDOW" and sym is not None:
            if not sym_has: errors.append(f"{f}: line {sym}: SYMBOL without InstName")
            sym = None
        if k == "WIRE":
            if len(w) != 5 or not all(re.fullmatch(I, x) for x in w[1:]): errors.append(f"{f}: line {n}: WIRE")
        elif k == "FLAG":
            if len(w) != 4 or not all(re.fullmatch(I, x) for x in w[1:3]): errors.append(f"{f}: line {n}: FLAG")
        elif k == "SYMBOL":
            if len(w) != 5 or not all(re.fullmatch(I, x) for x in w[2:4]) or not re.fullmatch(r"[RM](0|90|180|270)", w[4]): errors.append(f"{f}: line {n}: SYMBOL")
            sym, sym_has = n, False
        elif k == "WINDOW":
            if sym is None or len(w) != 6 or not re.fullmatch(r"(Left|Right|Center|Top|Bottom|VLeft|VRight|VCenter|VTop|VBottom|Invisible)", w[4]): errors.append(f"{f}: line {n}: WINDOW")
        elif k == "SYMATTR":
            if sym is None or len(w) < 3 or w[1] not in ("InstName", "Value", "Value2", "SpiceLine", "SpiceLine2", "Prefix", "SpiceModel"): errors.append(f"{f}: line {n}: SYMATTR")
            elif w[1] == "InstName":
                if w[2] in insts: errors.append(f"{f}: line {n}: InstName {w[2]} twice")
                insts.add(w[2]); sym_has = True
        elif k == "TEXT":
            m = re.fullmatch(r"TEXT (-?\d+) (-?\d+) (Left|Right|Center|Top|Bottom|VLeft|VRight) ([0-7]) ([!;])(.+)", l)
            if not m: errors.append(f"{f}: line {n}: TEXT")
            elif m.group(5) == "!" and not m.group(6).startswith("."): errors.append(f"{f}: line {n}: a directive not starting with a dot")
        else:
            errors.append(f"{f}: line {n}: unknown line {k!r}")
    if sym is not None and not sym_has: errors.append(f"{f}: line {sym}: SYMBOL without InstName")


# ---------------------------------------------------------------- 2056 Buildroot defconfig
def check_defconfig(f, raw):
    L = lines_of(f, raw)
    seen = set()
    for n, l in enumerate(L, 1):
        m = re.fullmatch(r"# (BR2_\w+) is not set", l)
        if m:
            k = m.group(1)
        elif l.startswith("#") or not l:
            if not l: errors.append(f"{f}: line {n}: a blank line")
            continue
        else:
            m = re.fullmatch(r"(BR2_\w+)=(y|\d+|0x[0-9a-f]+|\"(?:[^\"\\]|\\.)*\")", l)
            if not m: errors.append(f"{f}: line {n}: not `BR2_…=value`"); continue
            k = m.group(1)
        if k in seen: errors.append(f"{f}: line {n}: {k} twice")
        seen.add(k)
    arch = [k for k in seen if re.fullmatch(r"BR2_(aarch64|arm|x86_64|i386|riscv|mips\w*|powerpc\w*)", k)]
    if len(arch) != 1: errors.append(f"{f}: architecture {arch}")
    if "BR2_LINUX_KERNEL" in seen and "BR2_LINUX_KERNEL_DEFCONFIG" not in seen: errors.append(f"{f}: kernel without its defconfig")


def shape_checks(f, raw, path):
    n = num(f)
    {2047: check_spice, 2048: check_grc, 2049: check_automake, 2050: check_pc, 2051: check_presets,
     2052: check_bitbake, 2053: check_uci, 2054: check_xschem, 2055: check_asc,
     2056: check_defconfig}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """JSON strings decoded in 2051; LTspice's `\\n` escapes undone in 2055's TEXT lines"""
    if num(f) == 2051:
        try:
            return ["\n".join(json_strings(json.loads(raw)))]
        except ValueError:
            return []
    if num(f) == 2055:
        return [raw.replace("\\n", "\n")]
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
# /work/rounds/*/expected.json except round202's and round203's, a byte-identical file counted once), and the
# round202/round203 split (candidates sorted by (uses, catalogue title); round203 = odd positions from 3 on, one
# unbroken run; round202 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P202S = ["/work/rounds/digests-round202/expected.json", "/work/main/tests/data/digests-round202/expected.json"]
P202 = next((p for p in P202S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P202S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round202", "digests-round203") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round203 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r202 = set()
if P202:
    try:
        r202 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P202)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P202} exists but could not be read (being written?)")
    if r202 & mine: errors.append(f"papers also in round202: {sorted(r202 & mine)}")
shared202 = len(r202 & mine) if P202 else "(no round202 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round203 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round202: {shared202}; papers in more than one round203 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



