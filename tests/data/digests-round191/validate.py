r"""Checks round191/expected.json against the digests and the shared catalogues.

Adapted from round189/validate.py (the label checks are the same code; the reuse report is round189's with round190 /
round191 in place of round188 / round189; round191 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round190's and round191's own (a digests-round190 / digests-round191 folder, or a file whose bytes equal round190's or
round191's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round191 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round190's expected.json (read only, from
/work/rounds/digests-round190/ or /work/main/tests/data/digests-round190/, when it exists), and on a paper in more
than one round191 file.
Every digest is read raw (UTF-8) and in decoded forms: the JSON string values joined (1927, 1930, 1934, 1935). Titles
are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is
reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are cross-checked; every file LF, a final newline
— none for 1935 —, no trailing blanks):
1927 VCV Rack 1.x patch (JSON exactly as re-serialised with two-space indentation; keys version / modules / cables in
order; a 1.x version; modules with id, plugin, version, model, params, [data], pos in order, unique integer ids, known
Core / Fundamental models, params {id, value} numbered from 0, integer pos; Notes modules with data.text; cables
numbered 0…n, keys in order, between existing distinct modules, one cable per input, #rrggbb colours);
1928 TidalCycles session (blocks split by blank lines; `--` comments; every block starting as Tidal code — d1…d16 $,
hush, setcps, once $, xfadeIn / xfade, solo; strings closed; brackets balanced in code and in mini-notation strings,
`< >` included; every name and `#` parameter a known Tidal function or control; no block ending in `$` or `#`; a
setcps);
1929 LRC (ID tags first — known tags, none twice, [ti:] and [ar:], an integer offset, an mm:ss length —, one blank
line, then only [mm:ss.xx] lines with seconds below 60, strictly increasing, within the length, non-empty);
1930 Dialogflow ES intent (JSON exactly as re-serialised with two-space indentation; the intent keys in the export's
order; UUID ids; a known priority; boolean flags; contexts named and with a lifespan; parameters `$name` with an `@`
type; messages of type 0 / 1 / 4 with lang id; text variants non-empty, `$name` only for declared parameters; a
card with a known platform, a title, buttons of text / postback, well-formed URLs; a payload object);
1931 ESPHome YAML (a two-space YAML subset with `|-` blocks and `!secret` values; known top-level components; a valid
node name; a platform; ids unique; pins GPIOn; fonts with an id, an integer size and a gfonts:// or font file; a known
e-paper model; update_interval; `component.update` and every lambda's `id(…)` naming a declared id; the lambda's C++
strings closed and brackets balanced);
1932 Roblox Luau ModuleScript (`--!strict` first; tab indentation; strings closed; brackets balanced; function / do /
then blocks matched by `end`; a `return`; exhibits with exactly the Exhibit type's fields in order, unique ids, nil or
a quoted http(s) URL, Color3.fromRGB of three 0–255 integers, Vector3.new of three numbers);
1933 TADS 3 source (`#charset "utf-8"` first; adv3.h and en_us.h included; comments and strings closed — strings may
span lines —; brackets balanced; `<< >>` and `<q> </q>` balanced in double-quoted strings; object definitions of known
classes, each closed by `;`, `+` nesting one level at a time, no object twice, rooms at the top and things inside;
exits and initialPlayerChar naming defined objects; versionInfo and gameMain; an upper-case IFID);
1934 Desmos state (JSON exactly as `JSON.stringify(state, null, 2)` writes it; keys version / randomSeed / graph /
expressions; version 11; a 32-hex seed; a viewport with min below max; expression ids unique strings, known types,
folderId naming an earlier folder, Desmos palette colours, LaTeX with balanced braces and paired \left / \right,
sliders with min < max, step > 0 and the value in range, tables with equal columns of numbers);
1935 RPG Maker MZ CommonEvents.json (no final newline; `[`, `null,`, one event a line written compactly, `]`; events
with id / list / name / switchId / trigger in order, ids from 1, trigger 0–2; lists of code / indent / parameters
ending with code 0 at indent 0; known codes; indents rising one at a time; 401 / 405 / 408 / 655 following their
head at the same indent; Show Text with five parameters; Show Choices followed by When branches in order, each closed
by a code 0 one level in, and End Choices; script quotes and brackets balanced);
1936 Metalink 4 (the XML declaration; well-formed; the RFC 5854 namespace; known elements; an RFC 3339 published;
relative file names, unique, no `..`; integer sizes; hashes of the right length for their type; urls with a two-letter
location, a priority 1–999999 unique in the file, and an http(s) / ftp URL).

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
# ================================================================ round191 shape checks
URL = re.compile(r"https?://[\w.-]+(?::\d+)?(?:/[^\s\"'<>]*)?")
AXID = re.compile(r"\d{4}\.\d{4,5}")


def lines_of(f, raw, final=True):
    """a saved file: LF only, a final newline (or none, when final=False), no trailing blanks"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the program writes none)")
    L = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
    return L


def balanced(f, code, what):
    st = []
    for ch in code:
        if ch in "{[(": st.append(ch)
        elif ch in "}])":
            if not st or "{[(".index(st.pop()) != "}])".index(ch): errors.append(f"{f}: unbalanced {ch} in {what}"); return False
    if st: errors.append(f"{f}: unclosed {''.join(st)} in {what}"); return False
    return True


def xml_root(f, raw):
    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return None


# ---------------------------------------------------------------- YAML subset (1912 four-space, 1915 two-space)
def yaml_scalar(f, v, n):
    v = re.sub(r"\s+#.*$", "", v) if not v.startswith(("'", '"')) else v
    if v.startswith('"'):
        m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(\s+#.*)?', v)
        if not m: errors.append(f"{f}: line {n}: unclosed or bad double-quoted scalar"); return v
        return json.loads('"' + m.group(1) + '"')
    if v.startswith("'"):
        m = re.fullmatch(r"'((?:[^']|'')*)'(\s+#.*)?", v)
        if not m: errors.append(f"{f}: line {n}: unclosed or bad single-quoted scalar"); return v
        return m.group(1).replace("''", "'")
    if v.startswith("["):
        if not v.endswith("]"): errors.append(f"{f}: line {n}: unclosed flow list"); return v
        return [yaml_scalar(f, x.strip(), n) for x in v[1:-1].split(",") if x.strip()]
    if ": " in v or v.endswith(":"): errors.append(f"{f}: line {n}: ': ' in a plain scalar")
    if v in ("true", "True", "false", "False"): return v.lower() == "true"
    if re.fullmatch(r"-?\d+", v): return int(v)
    if re.fullmatch(r"-?\d+\.\d*(?:e[+-]?\d+)?", v): return float(v)
    return v


def yaml_tree(f, raw, step):
    """a second, line-based pass: (indent, key or '-', value) rows, used to rebuild nested maps and lists"""
    rows = []
    for n, l in enumerate(raw.split("\n"), 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        rows.append((len(l) - len(l.lstrip(" ")), l.strip(), n))

    def block(i, ind):
        if i < len(rows) and rows[i][1].startswith("- "):
            out = []
            while i < len(rows) and rows[i][0] == ind and rows[i][1].startswith("- "):
                item = rows[i][1][2:]
                m = re.fullmatch(r"([\w.-]+):(?: (.*))?", item)
                if m:
                    rows[i] = (ind + 2, item, rows[i][2])
                    d, i = mapping(i, ind + 2)
                    out.append(d)
                else:
                    out.append(yaml_scalar(f, item, rows[i][2])); i += 1
            return out, i
        return mapping(i, ind)

    def mapping(i, ind):
        d = {}
        while i < len(rows) and rows[i][0] == ind and not rows[i][1].startswith("- "):
            s, n = rows[i][1], rows[i][2]
            m = re.fullmatch(r"([\w.-]+):(?: (.*))?", s)
            if not m: errors.append(f"{f}: line {n}: not 'key: value': {s[:40]!r}"); i += 1; continue
            k, v = m.group(1), m.group(2)
            if k in d: errors.append(f"{f}: line {n}: key {k} twice")
            i += 1
            if v is None or v.startswith("#"):
                if i < len(rows) and rows[i][0] > ind:
                    if rows[i][0] != ind + step and not (rows[i][1].startswith("- ") and rows[i][0] in (ind, ind + step)):
                        errors.append(f"{f}: line {rows[i][2]}: indentation {rows[i][0]}, want {ind + step}")
                    d[k], i = block(i, rows[i][0])
                elif i < len(rows) and rows[i][0] == ind and rows[i][1].startswith("- "):
                    d[k], i = block(i, ind)
                else:
                    d[k] = None
            else:
                d[k] = yaml_scalar(f, v, n)
        return d, i

    for _, l, n in [(0, l, n) for n, l in enumerate(raw.split("\n"), 1)]:
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
    tree, i = mapping(0, 0)
    if i < len(rows): errors.append(f"{f}: line {rows[i][2]}: bad indentation")
    return tree


# ---------------------------------------------------------------- 1927 VCV Rack 1.x patch
VCV_MODELS = {"Core": {"AudioInterface", "AudioInterface16", "MIDIToCVInterface", "MIDICCToCVInterface", "CV-MIDI",
                       "MIDITriggerToCVInterface", "Notes", "Blank"},
              "Fundamental": {"VCO", "VCO2", "Noise", "VCF", "ADSR", "VCA", "VCA-1", "Scope", "LFO", "Mixer",
                              "Delay", "SEQ3", "Unity", "8vert", "Octave"}}
HEX = re.compile(r"#[0-9a-f]{6}")


def same_json(f, raw, obj, **kw):
    """the file is exactly what the program's serialiser writes for its own content"""
    if json.dumps(obj, ensure_ascii=False, **kw) + "\n" != raw:
        errors.append(f"{f}: not laid out as the program writes it (indentation, key spacing or escaping changed)")


def load_json(f, raw):
    try:
        return json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return None


def check_vcv(f, raw):
    lines_of(f, raw)
    d = load_json(f, raw)
    if d is None: return
    same_json(f, raw, d, indent=2)
    if list(d) != ["version", "modules", "cables"]: errors.append(f"{f}: top-level keys {list(d)}")
    if not re.fullmatch(r"1\.\d+\.\d+", str(d.get("version"))): errors.append(f"{f}: patch version {d.get('version')!r} (Rack 1.x)")
    ids = {}
    for m in d.get("modules") or []:
        ks = [k for k in m if k != "data"]
        if ks != ["id", "plugin", "version", "model", "params", "pos"]: errors.append(f"{f}: module keys {list(m)}")
        i = m.get("id")
        if not isinstance(i, int) or i in ids: errors.append(f"{f}: module id {i!r} not an integer or twice")
        ids[i] = m
        if m.get("model") not in VCV_MODELS.get(m.get("plugin"), ()): errors.append(f"{f}: unknown module {m.get('plugin')}/{m.get('model')}")
        if not re.fullmatch(r"\d+\.\d+\.\d+", str(m.get("version"))): errors.append(f"{f}: module {i}: version {m.get('version')!r}")
        ps = m.get("params")
        if not isinstance(ps, list) or [p.get("id") for p in ps] != list(range(len(ps))) or \
                any(not isinstance(p.get("value"), (int, float)) or set(p) != {"id", "value"} for p in ps):
            errors.append(f"{f}: module {i}: params not {{id, value}} numbered from 0")
        pos = m.get("pos")
        if not (isinstance(pos, list) and len(pos) == 2 and all(isinstance(x, int) and x >= 0 for x in pos)):
            errors.append(f"{f}: module {i}: pos {pos!r}")
        if m.get("model") == "Notes" and not isinstance((m.get("data") or {}).get("text"), str):
            errors.append(f"{f}: Notes module {i} without data.text")
    slots = {}
    for n_, c in enumerate(d.get("cables") or []):
        if list(c) != ["id", "outputModuleId", "outputId", "inputModuleId", "inputId", "color"]: errors.append(f"{f}: cable keys {list(c)}")
        if c.get("id") != n_: errors.append(f"{f}: cable ids not 0..n in order ({c.get('id')!r})")
        for k in ("outputModuleId", "inputModuleId"):
            if c.get(k) not in ids: errors.append(f"{f}: cable {c.get('id')}: {k} {c.get(k)!r} is no module")
        for k in ("outputId", "inputId"):
            if not isinstance(c.get(k), int) or c.get(k) < 0: errors.append(f"{f}: cable {c.get('id')}: {k} {c.get(k)!r}")
        if c.get("outputModuleId") == c.get("inputModuleId"): errors.append(f"{f}: cable {c.get('id')} from a module to itself")
        if not HEX.fullmatch(str(c.get("color"))): errors.append(f"{f}: cable {c.get('id')}: colour {c.get('color')!r}")
        key = (c.get("inputModuleId"), c.get("inputId"))
        if key in slots: errors.append(f"{f}: two cables into input {key}")
        slots[key] = 1


# ---------------------------------------------------------------- 1928 TidalCycles
TIDAL_WORDS = {"d" + str(i) for i in range(1, 17)} | {
    "setcps", "hush", "once", "xfadeIn", "xfade", "solo", "unsolo", "silence", "sound", "s", "n", "note", "gain", "speed",
    "pan", "rand", "irand", "legato", "lpf", "hpf", "cutoff", "resonance", "room", "size", "orbit", "crush", "shape",
    "coarse", "sometimesBy", "degradeBy", "every", "rev", "slow", "fast", "scale", "jux", "chop", "striate", "stut",
    "off", "whenmod", "sometimes", "often", "rarely", "almostNever", "almostAlways", "hurry", "range", "sine", "saw",
    "square", "tri", "perlin", "up", "vowel", "delay", "delaytime", "delayfeedback", "begin", "end", "loopAt", "struct"}
TIDAL_HEAD = re.compile(r"(?:d(?:[1-9]|1[0-6]) \$ |hush$|setcps |once \$ |xfadeIn \d+ \d+ \$ |xfade \d+ \$ |solo \d|unsolo \d)")


def check_tidal(f, raw):
    L = lines_of(f, raw)
    blocks, cur = [], []
    for n, l in enumerate(L, 1):
        if l.startswith(" ") and not cur: errors.append(f"{f}: line {n}: an indented line outside a block")
        if not l.strip():
            if cur: blocks.append(cur); cur = []
            continue
        if l.lstrip().startswith("--"):
            if cur and not l.startswith("--"): pass
            continue
        code = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group(0)) - 2) + '"', l)
        if code.count('"') % 2: errors.append(f"{f}: line {n}: an unclosed string"); continue
        cut = code.find(" --")
        cur.append((n, l[:cut] if cut >= 0 else l))
    if cur: blocks.append(cur)
    for b in blocks:
        n0, first = b[0]
        if not TIDAL_HEAD.match(first): errors.append(f"{f}: line {n0}: a block that does not start as Tidal code: {first[:30]!r}")
        src = " ".join(l for _, l in b)
        strs = re.findall(r'"([^"]*)"', src)
        bare = re.sub(r'"[^"]*"', '""', src)
        balanced(f, bare, f"the block at line {n0}")
        for s in strs:
            balanced(f, s.replace("<", "(").replace(">", ")"), f"a pattern string at line {n0}")
        for w in re.findall(r"(?<![\w.])([A-Za-z_][\w']*)", bare):
            if w not in TIDAL_WORDS: errors.append(f"{f}: line {n0}: unknown name {w!r}")
        for p in re.findall(r"# (\S+)", bare):
            if p not in TIDAL_WORDS: errors.append(f"{f}: line {n0}: unknown parameter {p!r}")
        if re.search(r"\$\s*$|#\s*$", bare): errors.append(f"{f}: line {n0}: a block ending in $ or #")
    if not any(b[0][1].startswith("setcps") for b in blocks): errors.append(f"{f}: no setcps")


# ---------------------------------------------------------------- 1929 LRC
LRC_TAGS = {"ti", "ar", "al", "au", "by", "offset", "length", "re", "ve", "#"}


def check_lrc(f, raw):
    L = lines_of(f, raw)
    i, tags = 0, {}
    while i < len(L) and L[i].strip():
        m = re.fullmatch(r"\[([a-z#]+):(.*)\]", L[i])
        if not m or m.group(1) not in LRC_TAGS: errors.append(f"{f}: line {i + 1}: not an ID tag: {L[i][:30]!r}"); i += 1; continue
        if m.group(1) in tags: errors.append(f"{f}: line {i + 1}: tag {m.group(1)} twice")
        tags[m.group(1)] = m.group(2); i += 1
    for k in ("ti", "ar"):
        if k not in tags: errors.append(f"{f}: no [{k}:] tag")
    if "offset" in tags and not re.fullmatch(r"[+-]?\d+", tags["offset"]): errors.append(f"{f}: offset {tags['offset']!r}")
    length = None
    if "length" in tags:
        m = re.fullmatch(r"(\d{1,3}):(\d{2})", tags["length"])
        if not m or int(m.group(2)) > 59: errors.append(f"{f}: length {tags['length']!r}")
        else: length = int(m.group(1)) * 60 + int(m.group(2))
    if i < len(L) and not L[i].strip(): i += 1
    prev = -1.0
    for n in range(i, len(L)):
        m = re.fullmatch(r"\[(\d{2}):(\d{2})\.(\d{2})\](.*)", L[n])
        if not m: errors.append(f"{f}: line {n + 1}: not a timed line: {L[n][:30]!r}"); continue
        if int(m.group(2)) > 59: errors.append(f"{f}: line {n + 1}: seconds {m.group(2)}")
        t = int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3)) / 100
        if t <= prev: errors.append(f"{f}: line {n + 1}: time not after the line before")
        if length is not None and t > length: errors.append(f"{f}: line {n + 1}: time beyond [length:]")
        if not m.group(4).strip(): errors.append(f"{f}: line {n + 1}: an empty timed line")
        prev = t


# ---------------------------------------------------------------- 1930 Dialogflow ES intent
DF_KEYS = ["id", "name", "auto", "contexts", "responses", "priority", "webhookUsed", "webhookForSlotFilling",
           "fallbackIntent", "events", "conditionalResponses", "condition", "conditionalFollowupEvents"]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_dialogflow(f, raw):
    lines_of(f, raw)
    d = load_json(f, raw)
    if d is None: return
    same_json(f, raw, d, indent=2)
    if list(d) != DF_KEYS: errors.append(f"{f}: intent keys {list(d)}")
    if not UUID.fullmatch(str(d.get("id"))): errors.append(f"{f}: intent id {d.get('id')!r}")
    if d.get("priority") not in (-1, 250000, 500000, 750000, 1000000): errors.append(f"{f}: priority {d.get('priority')!r}")
    for k in ("auto", "webhookUsed", "webhookForSlotFilling", "fallbackIntent"):
        if not isinstance(d.get(k), bool): errors.append(f"{f}: {k} not a boolean")
    for r in d.get("responses") or []:
        if r.get("action") and not re.fullmatch(r"[\w.-]+", r["action"]): errors.append(f"{f}: action {r['action']!r}")
        for c in r.get("affectedContexts") or []:
            if not re.fullmatch(r"[\w-]+", str(c.get("name"))) or not isinstance(c.get("lifespan"), int) or c["lifespan"] < 1:
                errors.append(f"{f}: affected context {c!r}")
        pnames = set()
        for p in r.get("parameters") or []:
            if not UUID.fullmatch(str(p.get("id"))): errors.append(f"{f}: parameter id {p.get('id')!r}")
            if p.get("value") != "$" + str(p.get("name")): errors.append(f"{f}: parameter {p.get('name')}: value {p.get('value')!r}")
            if not str(p.get("dataType", "")).startswith("@"): errors.append(f"{f}: parameter {p.get('name')}: dataType")
            pnames.add(p.get("name"))
        for m in r.get("messages") or []:
            t = m.get("type")
            if t not in (0, 1, 4): errors.append(f"{f}: message type {t!r}"); continue
            if m.get("lang") != "id": errors.append(f"{f}: message lang {m.get('lang')!r}")
            if t == 0:
                sp = m.get("speech")
                if not isinstance(sp, list) or not sp or any(not isinstance(s, str) or not s.strip() for s in sp):
                    errors.append(f"{f}: a text message without speech variants"); continue
                for s in sp:
                    for v in re.findall(r"\$(\w+)", s):
                        if v not in pnames: errors.append(f"{f}: speech uses ${v}, no such parameter")
            if t == 1:
                if m.get("platform") not in ("telegram", "facebook", "slack", "line", "kik", "viber", "skype"): errors.append(f"{f}: card platform {m.get('platform')!r}")
                if not m.get("title"): errors.append(f"{f}: a card without a title")
                for b in m.get("buttons") or []:
                    if set(b) != {"text", "postback"} or not b["text"]: errors.append(f"{f}: card button {b!r}")
                    elif b["postback"].startswith("http") and not URL.fullmatch(b["postback"]): errors.append(f"{f}: postback {b['postback']!r}")
                if m.get("imageUrl") and not URL.fullmatch(m["imageUrl"]): errors.append(f"{f}: imageUrl {m['imageUrl']!r}")
            if t == 4 and not isinstance(m.get("payload"), dict): errors.append(f"{f}: a custom payload that is not an object")


# ---------------------------------------------------------------- 1931 ESPHome YAML
ESPH_TOP = {"esphome", "esp32", "esp8266", "logger", "api", "ota", "wifi", "captive_portal", "spi", "i2c", "font",
            "time", "globals", "button", "display", "sensor", "text_sensor", "binary_sensor", "switch", "web_server",
            "substitutions", "image", "color", "interval", "script", "http_request", "deep_sleep"}
ESPH_EPD = {"1.54in", "2.13in-ttgo", "2.90in", "4.20in", "5.83in", "7.50in", "7.50inV2", "7.50in-bV2", "7.50in-hd-b"}


def esphome_tree(f, raw):
    """the YAML subset with `|-` blocks (kept apart, by line number) and `!secret` values"""
    L = raw.split("\n")
    out, blocks, i = [], {}, 0
    while i < len(L):
        l = L[i]; out.append(l)
        m = re.fullmatch(r"( *)(?:- )?[\w.-]+: \|-?", l)
        if m:
            ind = len(l) - len(l.lstrip(" ")) + (2 if l.lstrip().startswith("- ") else 0)
            j, body = i + 1, []
            while j < len(L) and (not L[j].strip() or len(L[j]) - len(L[j].lstrip(" ")) > ind):
                body.append((j + 1, L[j])); j += 1
            while body and not body[-1][1].strip(): body.pop(); j -= 1
            bi = min((len(x) - len(x.lstrip(" ")) for _, x in body if x.strip()), default=0)
            if bi != ind + 2: errors.append(f"{f}: line {i + 2}: block scalar indented {bi}, want {ind + 2}")
            blocks[i + 1] = [(n, x[bi:]) for n, x in body]
            out[-1] = l.rsplit(": ", 1)[0] + ": BLOCK" + str(i + 1)
            out += [""] * (j - i - 1); i = j; continue
        i += 1
    src = "\n".join(re.sub(r": !secret ([a-z_][a-z0-9_]*)$", r": SECRET_\1", l) for l in out)
    for n, l in enumerate(out, 1):
        if "!secret" in l and not re.search(r": SECRET_", re.sub(r": !secret ([a-z_][a-z0-9_]*)$", r": SECRET_\1", l)):
            errors.append(f"{f}: line {n}: a bad !secret")
    return yaml_tree(f, src, 2), blocks


def c_code(f, n0, text, what):
    """strip // comments and string literals from C++ and check brackets and quotes"""
    bare = []
    for n, l in text:
        s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', l)
        if s.count('"') % 2: errors.append(f"{f}: line {n}: an unclosed C string")
        s = s.split("//")[0]
        bare.append(s)
    code = "\n".join(bare)
    balanced(f, code, what)
    return code


def check_esphome(f, raw):
    lines_of(f, raw)
    tree, blocks = esphome_tree(f, raw)
    for k in tree:
        if k not in ESPH_TOP: errors.append(f"{f}: unknown top-level key {k}")
    es = tree.get("esphome") or {}
    if not re.fullmatch(r"[a-z0-9-]+", str(es.get("name"))): errors.append(f"{f}: esphome name {es.get('name')!r}")
    if not ("esp32" in tree or "esp8266" in tree): errors.append(f"{f}: no platform (esp32 / esp8266)")
    ids = set()

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "id":
                    if v in ids: errors.append(f"{f}: id {v} twice")
                    ids.add(v)
                if k.endswith("_pin") and not re.fullmatch(r"GPIO\d{1,2}", str(v)): errors.append(f"{f}: {k} {v!r}")
                walk(v)
        elif isinstance(x, list):
            for y in x: walk(y)
    walk(tree)
    for fo in tree.get("font") or []:
        if not isinstance(fo, dict) or not isinstance(fo.get("size"), int) or not fo.get("id"): errors.append(f"{f}: font {fo!r}")
        elif not re.fullmatch(r"gfonts://[A-Za-z ]+(?:@\d{3})?|[\w/.-]+\.(?:ttf|otf)", str(fo.get("file"))): errors.append(f"{f}: font file {fo.get('file')!r}")
    for dsp in tree.get("display") or []:
        if dsp.get("platform") == "waveshare_epaper" and dsp.get("model") not in ESPH_EPD: errors.append(f"{f}: e-paper model {dsp.get('model')!r}")
        ui = str(dsp.get("update_interval"))
        if not re.fullmatch(r"\d+(?:ms|s|min|h)|never", ui): errors.append(f"{f}: update_interval {ui!r}")
    refs = re.findall(r"component\.update: (\S+)", raw)
    for r_ in refs:
        if r_ not in ids: errors.append(f"{f}: component.update of an undeclared id {r_}")
    for n0, body in blocks.items():
        code = c_code(f, n0, body, f"the lambda at line {n0}")
        for r_ in re.findall(r"\bid\((\w+)\)", code):
            if r_ not in ids: errors.append(f"{f}: lambda at line {n0}: id({r_}) undeclared")
    for m in re.finditer(r"lambda: '([^']*)'", raw):
        balanced(f, re.sub(r'"[^"]*"', "", m.group(1)), "an inline lambda")
        for r_ in re.findall(r"\bid\((\w+)\)", m.group(1)):
            if r_ not in ids: errors.append(f"{f}: inline lambda: id({r_}) undeclared")


# ---------------------------------------------------------------- 1932 Roblox Luau
def luau_strip(f, L):
    """code without comments; strings replaced by "" (strings must close on their line)"""
    out = []
    for n, l in enumerate(L, 1):
        s, i, acc = l, 0, ""
        while i < len(s):
            ch = s[i]
            if s.startswith("--", i): break
            if ch in "\"'":
                j = i + 1
                while j < len(s) and s[j] != ch:
                    j += 2 if s[j] == "\\" else 1
                if j >= len(s): errors.append(f"{f}: line {n}: an unclosed string"); break
                acc += '""'; i = j + 1; continue
            acc += ch; i += 1
        out.append(acc)
    return out


def check_luau(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != "--!strict": errors.append(f"{f}: no --!strict first")
    for n, l in enumerate(L, 1):
        if re.match(r"^ +\S", l): errors.append(f"{f}: line {n}: indented with spaces (Studio and Rojo use tabs)")
    code = luau_strip(f, L)
    src = "\n".join(code)
    balanced(f, src, "the module")
    opens = len(re.findall(r"\bfunction\b|\bdo\b|\bthen\b", src)) - len(re.findall(r"\belseif\b", src))
    ends = len(re.findall(r"\bend\b", src))
    if opens != ends: errors.append(f"{f}: {opens} blocks opened (function / do / then), {ends} ends")
    last = [l for l in code if l.strip()]
    if not any(l.startswith("return") for l in last): errors.append(f"{f}: the module returns nothing")
    tm = re.search(r"export type Exhibit = \{(.*?)\n\}", raw, re.S)
    fields = re.findall(r"\t(\w+): ", tm.group(1)) if tm else []
    if not fields: errors.append(f"{f}: no Exhibit type")
    seen = set()
    for m in re.finditer(r"\n\t\{\n(.*?)\n\t\},", raw, re.S):
        got = re.findall(r"^\t\t(\w+) = ", m.group(1), re.M)
        if got != fields: errors.append(f"{f}: an exhibit with fields {got}, the type has {fields}")
        i_ = re.search(r'\tid = "([\w-]+)"', m.group(1))
        if not i_ or i_.group(1) in seen: errors.append(f"{f}: exhibit id missing or twice")
        else: seen.add(i_.group(1))
        u = re.search(r"\turl = (.*),$", m.group(1), re.M)
        if u and u.group(1) != "nil" and not (re.fullmatch(r'"[^"]*"', u.group(1)) and URL.fullmatch(u.group(1)[1:-1])):
            errors.append(f"{f}: exhibit url {u.group(1)!r}")
        for c_ in re.findall(r"Color3\.fromRGB\(([^)]*)\)", m.group(1)):
            v = [x.strip() for x in c_.split(",")]
            if len(v) != 3 or not all(x.isdigit() and int(x) <= 255 for x in v): errors.append(f"{f}: Color3.fromRGB({c_})")
        for c_ in re.findall(r"Vector3\.new\(([^)]*)\)", m.group(1)):
            v = [x.strip() for x in c_.split(",")]
            if len(v) != 3 or not all(re.fullmatch(r"-?\d+(?:\.\d+)?", x) for x in v): errors.append(f"{f}: Vector3.new({c_})")
    if not seen: errors.append(f"{f}: no exhibits")


# ---------------------------------------------------------------- 1933 TADS 3
TADS_CLASSES = {"GameID", "GameMainDef", "Room", "Actor", "Fixture", "Surface", "Readable", "Thing", "Container",
                "Decoration", "Distant", "Door", "Person", "OutdoorRoom", "DarkRoom", "Heavy", "Immovable", "Book"}
TADS_DIRS = {"north", "south", "east", "west", "up", "down", "in", "out", "northeast", "northwest", "southeast", "southwest"}


def tads_scan(f, raw):
    """split a TADS source into code (strings as placeholders) and its strings; /* */ and // comments dropped"""
    code, strs, i, n = [], [], 0, 1
    while i < len(raw):
        ch = raw[i]
        if raw.startswith("/*", i):
            j = raw.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: line {n}: an unclosed /* comment"); break
            n += raw.count("\n", i, j); i = j + 2; continue
        if raw.startswith("//", i):
            j = raw.find("\n", i); i = j if j >= 0 else len(raw); continue
        if ch in "\"'":
            j, s0 = i + 1, n
            while j < len(raw) and raw[j] != ch:
                if raw[j] == "\\": j += 1
                j += 1
            if j >= len(raw): errors.append(f"{f}: line {s0}: an unclosed string"); break
            body = raw[i + 1:j]
            strs.append((s0, ch, body)); code.append(ch + ch)
            n += body.count("\n"); i = j + 1; continue
        if ch == "\n": n += 1
        code.append(ch); i += 1
    return "".join(code), strs


def check_tads(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != '#charset "utf-8"': errors.append(f"{f}: no #charset line first")
    for inc in ("#include <adv3.h>", "#include <en_us.h>"):
        if inc not in L: errors.append(f"{f}: no {inc}")
    code, strs = tads_scan(f, raw)
    balanced(f, code, "the source")
    for n, q, s in strs:
        if q == '"':
            if s.count("<<") != s.count(">>"): errors.append(f"{f}: line {n}: unbalanced << >> in a string")
            if len(re.findall(r"<q>", s)) != len(re.findall(r"</q>", s)): errors.append(f"{f}: line {n}: unbalanced <q>")
    defs, depth, names = [], 0, {}
    for n, l in enumerate(code.split("\n"), 1):
        if not l or l[0] in " \t#": continue
        if l == ";": defs.append(None); continue
        m = re.fullmatch(r"(\+*) ?(\w+): ([\w, ]+?)(?: ''.*)?", l)
        if not m: errors.append(f"{f}: line {n}: not an object definition: {l[:40]!r}"); continue
        if defs and defs[-1] is not None: errors.append(f"{f}: line {n}: the object before is not closed with ;")
        d = len(m.group(1))
        if d > depth + 1: errors.append(f"{f}: line {n}: '+' nesting jumps from {depth} to {d}")
        depth = d if d else 0
        if m.group(2) in names: errors.append(f"{f}: line {n}: object {m.group(2)} defined twice")
        names[m.group(2)] = n
        for c_ in m.group(3).split(","):
            if c_.strip() not in TADS_CLASSES: errors.append(f"{f}: line {n}: unknown class {c_.strip()}")
        if re.search(r"\bRoom\b", m.group(3)) and d: errors.append(f"{f}: line {n}: a Room inside an object")
        if not re.search(r"\bRoom\b", m.group(3)) and m.group(3) not in ("GameID", "GameMainDef") and not d:
            errors.append(f"{f}: line {n}: a {m.group(3)} outside any room")
        defs.append(m.group(2))
    if defs and defs[-1] is not None: errors.append(f"{f}: the last object is not closed with ;")
    for n, l in enumerate(code.split("\n"), 1):
        m = re.fullmatch(r"    (\w+) = (\w+)", l)
        if m and m.group(1) in TADS_DIRS and m.group(2) not in names: errors.append(f"{f}: line {n}: exit to undefined {m.group(2)}")
        m = re.fullmatch(r"    initialPlayerChar = (\w+)", l)
        if m and m.group(1) not in names: errors.append(f"{f}: initialPlayerChar {m.group(1)} undefined")
    if "versionInfo" not in names or "gameMain" not in names: errors.append(f"{f}: no versionInfo / gameMain")
    m = re.search(r"IFID = '([^']*)'", raw)
    if not m or not re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", m.group(1)): errors.append(f"{f}: IFID")


# ---------------------------------------------------------------- 1934 Desmos state
DESMOS_COLORS = {"#c74440", "#2d70b3", "#388c46", "#6042a6", "#fa7e19", "#000000"}


def check_desmos(f, raw):
    lines_of(f, raw)
    d = load_json(f, raw)
    if d is None: return
    same_json(f, raw, d, indent=2)
    if list(d) != ["version", "randomSeed", "graph", "expressions"]: errors.append(f"{f}: top-level keys {list(d)}")
    if d.get("version") != 11: errors.append(f"{f}: state version {d.get('version')!r}")
    if not re.fullmatch(r"[0-9a-f]{32}", str(d.get("randomSeed"))): errors.append(f"{f}: randomSeed")
    vp = (d.get("graph") or {}).get("viewport") or {}
    try:
        if not (vp["xmin"] < vp["xmax"] and vp["ymin"] < vp["ymax"]): errors.append(f"{f}: viewport min not below max")
    except (KeyError, TypeError): errors.append(f"{f}: viewport")
    ids, folders = set(), set()
    for e in (d.get("expressions") or {}).get("list") or []:
        t, i = e.get("type"), e.get("id")
        if t not in ("expression", "text", "folder", "table"): errors.append(f"{f}: expression type {t!r}")
        if not isinstance(i, str) or i in ids: errors.append(f"{f}: expression id {i!r} not a string or twice")
        ids.add(i)
        if "folderId" in e and e["folderId"] not in folders: errors.append(f"{f}: {i}: folderId {e['folderId']!r} is no folder before it")
        if t == "folder": folders.add(i)
        if t == "folder" and not e.get("title"): errors.append(f"{f}: folder {i} without a title")
        if t == "text" and not isinstance(e.get("text"), str): errors.append(f"{f}: text {i} without text")
        if "color" in e and e["color"] not in DESMOS_COLORS: errors.append(f"{f}: {i}: colour {e['color']!r}")
        lx = [e.get("latex")] if t == "expression" else [c.get("latex") for c in e.get("columns") or []] if t == "table" else []
        for x in lx:
            if not isinstance(x, str) or not x: errors.append(f"{f}: {i}: no latex"); continue
            balanced(f, x.replace("\\left(", "(").replace("\\right)", ")"), f"the latex of {i}")
            if x.count("\\left") != x.count("\\right"): errors.append(f"{f}: {i}: \\left / \\right unpaired")
        if "slider" in e:
            s = e["slider"]
            try:
                if not float(s["min"]) < float(s["max"]) or float(s["step"]) <= 0: errors.append(f"{f}: {i}: slider range")
                m = re.fullmatch(r"(?:\\[a-z]+|[a-zA-Z])(?:_\{?\w+\}?)?=(-?[\d.]+)", e.get("latex", ""))
                if not m: errors.append(f"{f}: {i}: a slider on {e.get('latex')!r}")
                elif not float(s["min"]) <= float(m.group(1)) <= float(s["max"]): errors.append(f"{f}: {i}: slider value outside its range")
            except (KeyError, ValueError, TypeError): errors.append(f"{f}: {i}: slider fields")
        if t == "table":
            cols = e.get("columns") or []
            if len({len(c.get("values") or []) for c in cols}) != 1: errors.append(f"{f}: {i}: table columns of different lengths")
            for c in cols:
                for v in c.get("values") or []:
                    if not re.fullmatch(r"-?[\d.]*", v): errors.append(f"{f}: {i}: table value {v!r}")


# ---------------------------------------------------------------- 1935 RPG Maker MZ CommonEvents.json
RM_CODES = {0, 101, 401, 102, 402, 403, 404, 105, 405, 108, 408, 355, 655, 121, 122, 111, 411, 412, 117, 230, 250}
RM_CONT = {401: (101, 401), 405: (105, 405), 408: (108, 408), 655: (355, 655)}


def check_rpgmaker(f, raw):
    L = lines_of(f, raw, final=False)
    if L[:2] != ["[", "null,"] or L[-1] != "]": errors.append(f"{f}: not laid out as the editor writes it ('[', 'null,', one event a line, ']')")
    d = load_json(f, raw)
    if d is None: return
    if not isinstance(d, list) or not d or d[0] is not None: errors.append(f"{f}: the array does not start with null"); return
    for n, (ev, line) in enumerate(zip(d[1:], L[2:-1]), 1):
        want = json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + ("," if n < len(d) - 1 else "")
        if line != want: errors.append(f"{f}: event {n}: not written as the editor writes it")
        if not isinstance(ev, dict): errors.append(f"{f}: event {n} not an object"); continue
        if list(ev) != ["id", "list", "name", "switchId", "trigger"]: errors.append(f"{f}: event {n}: keys {list(ev)}")
        if ev.get("id") != n: errors.append(f"{f}: event {n}: id {ev.get('id')!r}")
        if ev.get("trigger") not in (0, 1, 2): errors.append(f"{f}: event {n}: trigger {ev.get('trigger')!r}")
        if not isinstance(ev.get("switchId"), int) or ev["switchId"] < 1: errors.append(f"{f}: event {n}: switchId")
        lst = ev.get("list") or []
        if not lst or lst[-1] != {"code": 0, "indent": 0, "parameters": []}: errors.append(f"{f}: event {n}: the list does not end with code 0 at indent 0")
        prev, choices = None, []
        for k, c in enumerate(lst):
            if list(c) != ["code", "indent", "parameters"]: errors.append(f"{f}: event {n} command {k}: keys {list(c)}"); prev = c; continue
            code, ind, p = c["code"], c["indent"], c["parameters"]
            if code not in RM_CODES: errors.append(f"{f}: event {n} command {k}: unknown code {code}")
            if prev is not None and ind > prev["indent"] + 1: errors.append(f"{f}: event {n} command {k}: indent jumps")
            if code in RM_CONT and (prev is None or prev.get("code") not in RM_CONT[code] or prev.get("indent") != ind):
                errors.append(f"{f}: event {n} command {k}: {code} does not follow {RM_CONT[code][0]}")
            if code in (401, 405, 408, 655) and (len(p) != 1 or not isinstance(p[0], str)): errors.append(f"{f}: event {n} command {k}: {code} parameters")
            if code == 101 and not (len(p) == 5 and isinstance(p[0], str) and p[1] in range(8) and p[2] in (0, 1, 2) and p[3] in (0, 1, 2) and isinstance(p[4], str)):
                errors.append(f"{f}: event {n} command {k}: Show Text parameters {p}")
            if code == 105 and not (len(p) == 2 and p[0] in range(1, 9) and isinstance(p[1], bool)): errors.append(f"{f}: event {n} command {k}: scrolling text parameters")
            if code == 102:
                if not (len(p) == 5 and isinstance(p[0], list) and -2 <= p[1] < len(p[0]) + 1): errors.append(f"{f}: event {n} command {k}: Show Choices parameters")
                choices.append([p[0] if p and isinstance(p[0], list) else [], ind, 0])
            if code == 402:
                if not choices or choices[-1][1] != ind: errors.append(f"{f}: event {n} command {k}: When outside Show Choices"); prev = c; continue
                ch = choices[-1]
                if p != [ch[2], ch[0][ch[2]] if ch[2] < len(ch[0]) else None]: errors.append(f"{f}: event {n} command {k}: When {p} out of order")
                if ch[2] and not (prev.get("code") == 0 and prev.get("indent") == ind + 1): errors.append(f"{f}: event {n} command {k}: the branch before is not closed")
                ch[2] += 1
            if code == 404:
                if not choices or choices[-1][1] != ind: errors.append(f"{f}: event {n} command {k}: End Choices without Show Choices")
                else:
                    ch = choices.pop()
                    if ch[2] != len(ch[0]): errors.append(f"{f}: event {n}: {ch[2]} When branches for {len(ch[0])} choices")
                    if not (prev.get("code") == 0 and prev.get("indent") == ind + 1): errors.append(f"{f}: event {n} command {k}: the last branch is not closed")
            if code == 355 or code == 655:
                balanced(f, re.sub(r"'[^']*'", "''", p[0] if p else ""), f"event {n} script")
                if (p[0] if p else "").count("'") % 2: errors.append(f"{f}: event {n} command {k}: an unclosed script string")
            prev = c
        if choices: errors.append(f"{f}: event {n}: Show Choices without End")


# ---------------------------------------------------------------- 1936 Metalink 4
ML = "{urn:ietf:params:xml:ns:metalink}"


def check_metalink(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != '<?xml version="1.0" encoding="UTF-8"?>': errors.append(f"{f}: no XML declaration first")
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != ML + "metalink": errors.append(f"{f}: root {r.tag} (want metalink in the RFC 5854 namespace)")
    for ch in r:
        if ch.tag not in {ML + x for x in ("generator", "published", "updated", "origin", "file")}: errors.append(f"{f}: unknown element {ch.tag}")
    pub = r.findtext(ML + "published") or ""
    try:
        dt.datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        errors.append(f"{f}: published {pub!r}")
    names = set()
    for fe in r.findall(ML + "file"):
        nm = fe.get("name") or ""
        if not nm or nm.startswith("/") or ".." in nm.split("/") or nm in names: errors.append(f"{f}: file name {nm!r}")
        names.add(nm)
        for ch in fe:
            if ch.tag not in {ML + x for x in ("description", "size", "hash", "url", "metaurl", "identity", "version", "language", "os", "publisher", "copyright", "license", "logo", "signature", "pieces")}:
                errors.append(f"{f}: {nm}: unknown element {ch.tag}")
        if not re.fullmatch(r"\d+", fe.findtext(ML + "size") or ""): errors.append(f"{f}: {nm}: size")
        for h in fe.findall(ML + "hash"):
            want = {"sha-256": 64, "sha-1": 40, "md5": 32, "sha-512": 128}.get(h.get("type"))
            if not want or not re.fullmatch(r"[0-9a-f]{%d}" % want, h.text or ""): errors.append(f"{f}: {nm}: hash {h.get('type')!r}")
        us = fe.findall(ML + "url")
        if not us: errors.append(f"{f}: {nm}: no url")
        pris = []
        for u in us:
            if not re.fullmatch(r"[a-z]{2}", u.get("location") or ""): errors.append(f"{f}: {nm}: location {u.get('location')!r}")
            p = u.get("priority") or ""
            if not p.isdigit() or not 1 <= int(p) <= 999999: errors.append(f"{f}: {nm}: priority {p!r}")
            pris.append(p)
            if not re.fullmatch(r"(?:https?|ftp)://[\w.-]+(?::\d+)?/\S*", u.text or ""): errors.append(f"{f}: {nm}: url {u.text!r}")
        if len(set(pris)) != len(pris): errors.append(f"{f}: {nm}: a priority twice")


def shape_checks(f, raw, path):
    n = num(f)
    {1927: check_vcv, 1928: check_tidal, 1929: check_lrc, 1930: check_dialogflow, 1931: check_esphome,
     1932: check_luau, 1933: check_tads, 1934: check_desmos, 1935: check_rpgmaker,
     1936: check_metalink}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)



# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """the JSON string values joined (1927, 1930, 1934, 1935)"""
    forms = []
    if num(f) in (1927, 1930, 1934, 1935):
        out = []

        def walk(x):
            if isinstance(x, str): out.append(x)
            elif isinstance(x, dict): [walk(v) for v in x.values()]
            elif isinstance(x, list): [walk(v) for v in x]
        try:
            walk(json.loads(raw))
        except ValueError:
            return forms
        forms.append("\n".join(out))
    return forms

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
    except UnicodeDecodeError as ex:
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
# /work/rounds/*/expected.json except round190's and round191's, a byte-identical file counted once), and the
# round190/round191 split (candidates sorted by (uses, catalogue title); round191 = odd positions from 3 on, one
# unbroken run; round190 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P190S = ["/work/rounds/digests-round190/expected.json", "/work/main/tests/data/digests-round190/expected.json"]
P190 = next((p for p in P190S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P190S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round190", "digests-round191") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round191 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r190 = set()
if P190:
    try:
        r190 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P190)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P190} exists but could not be read (being written?)")
    if r190 & mine: errors.append(f"papers also in round190: {sorted(r190 & mine)}")
shared190 = len(r190 & mine) if P190 else "(no round190 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round191 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round190: {shared190}; papers in more than one round191 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


