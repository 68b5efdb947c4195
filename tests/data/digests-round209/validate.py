r"""Checks round209/expected.json against the digests and the shared catalogues.

Adapted from round207/validate.py (the label checks are the same code; the reuse report is round207's with round208 /
round209 in place of round206 / round207; round209 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round208's and round209's own (a digests-round208 / digests-round209 folder, or a file whose bytes equal round208's or
round209's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round209 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round208's expected.json (read only, from
/work/rounds/digests-round208/ or /work/main/tests/data/digests-round208/, when it exists), and on a paper in more
than one round209 file.
Every digest is read raw (UTF-8) and in decoded forms: 2114's JSON strings as a parser reads them, 2115's TEXT values
with R12's `\U+XXXX` escapes decoded. Titles are matched after whitespace normalisation and case-blind; a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2107 IGES (ASCII, 80 columns, section letters S G D P T in order, sequence numbers per section, the Global section's
Hollerith strings and fields ended by `,` / `;`, units, D entries in pairs of the same type pointing at P records that
point back, type-110 records of six numbers ended by `;`, Terminate counts);
2108 SD file (records ended by `$$$$`, unique names, V2000 counts line, atom lines with known elements, bond lines of
defined atoms and known types, `M  END`, `>  <NAME>` data items with values ended by a blank line, ID_CONJUNTO);
2109 SFZ (block comments closed, known headers, <control> first, known opcodes with typed values, keys and velocities
in 0..127, sample file names, default_path ending in `/`, regions with a sample and pitch_keycenter in lokey..hikey);
2110 Promela (comments closed, brackets balanced, do / od and if / fi paired, every name declared (mtype, chan,
#define, globals, locals, proctypes, ltl), sends / receives on declared channels with mtype messages, `::` options
with `->`, no tabs);
2111 Excellon (M48 first, a header of comments, FMAT, units and unique tools with sizes, `%`, G90 / G05, tool changes
to defined tools, coordinates after a tool, M30 last);
2112 MapServer mapfile (blocks MAP … END with MAP outermost, two-space indentation by depth, known keywords with typed
values, EXTENT ordered, colours 0..255, METADATA of string pairs, strings closed);
2113 xbps-src template (first line `# Template file for '<pkgname>'`, known variables once each in order, the
required ones present, version / revision / short_desc / maintainer / checksum / homepage / distfiles shapes, tab-
indented function bodies);
2114 Max patcher (JSON in Max's layout, patcher keys, unique `obj-N` ids, known maxclasses, in / outlet counts and
outlettype, patching_rect, comment linecount, patchlines between defined boxes within their in / outlets);
2115 DXF R12 (ASCII, code / value pairs with 3-column codes, 999 comments first, SECTION … ENDSEC with HEADER, TABLES,
ENTITIES in order, $ACADVER AC1009, LINE and TEXT with their group codes, numbers where wanted, \U+ escapes of four hex
digits, layers defined in the LAYER table, EOF last);
2116 Tripos MOL2 (`#` comments, MOLECULE first, counts equal to the ATOM and BOND records, molecule and charge types,
atom lines of nine fields with SYBYL types, bonds of defined atoms and known types).

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
# ================================================================ round209 shape checks
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


# ---------------------------------------------------------------- 2107 IGES
def check_iges(f, raw):
    L = lines_of(f, raw)
    order, seq, counts = "SGDPT", {}, Counter()
    last = -1
    for n, l in enumerate(L, 1):
        if not raw.isascii(): errors.append(f"{f}: not ASCII"); break
        if len(l) != 80: errors.append(f"{f}: line {n}: {len(l)} columns, not 80"); continue
        sec, sq = l[72], l[73:]
        if sec not in order: errors.append(f"{f}: line {n}: section letter {sec!r}"); continue
        if order.index(sec) < last: errors.append(f"{f}: line {n}: section {sec} out of order")
        last = order.index(sec)
        counts[sec] += 1
        if not re.fullmatch(r" *\d+", sq) or int(sq) != counts[sec]: errors.append(f"{f}: line {n}: sequence number {sq!r}")
    for s in "SGDPT":
        if not counts[s]: errors.append(f"{f}: no {s} section")
    G = "".join(l[:72].rstrip() for l in L if len(l) == 80 and l[72] == "G")
    # Hollerith strings and the record end
    i, fields = 0, []
    while i < len(G):
        m = re.match(r"(\d+)H", G[i:])
        if m:
            k = int(m.group(1)); s = G[i + len(m.group(0)):i + len(m.group(0)) + k]
            if len(s) != k: errors.append(f"{f}: Hollerith string too short"); break
            fields.append(s); i += len(m.group(0)) + k
        else:
            j = min([x for x in (G.find(",", i), G.find(";", i)) if x >= 0] or [len(G)])
            fields.append(G[i:j]); i = j
        if i >= len(G) or G[i] not in ",;": errors.append(f"{f}: Global section: a field not ended by `,` or `;` at {i}"); break
        if G[i] == ";":
            if G[i + 1:]: errors.append(f"{f}: text after the Global section's `;`")
            break
        i += 1
    if len(fields) < 24: errors.append(f"{f}: Global section has {len(fields)} fields")
    elif fields[14] not in ("MM", "IN", "M", "FT"): errors.append(f"{f}: units {fields[14]!r}")
    D = [l for l in L if len(l) == 80 and l[72] == "D"]
    P = [l for l in L if len(l) == 80 and l[72] == "P"]
    if len(D) % 2: errors.append(f"{f}: odd number of D lines")
    for k in range(0, len(D) - 1, 2):
        a, b = D[k], D[k + 1]
        t1, t2, pp = a[0:8].strip(), b[0:8].strip(), a[8:16].strip()
        if t1 != t2 or not t1.isdigit(): errors.append(f"{f}: D{k + 1}: entity types {t1!r} / {t2!r}"); continue
        if not pp.isdigit() or not 1 <= int(pp) <= len(P): errors.append(f"{f}: D{k + 1}: parameter pointer {pp!r}"); continue
        pl = P[int(pp) - 1]
        if pl[:64].split(",")[0].strip() != t1: errors.append(f"{f}: D{k + 1}: P{pp} is not a type {t1}")
        if pl[64:72].strip() != str(k + 1): errors.append(f"{f}: P{pp}: back pointer {pl[64:72].strip()!r} not D{k + 1}")
    for n, pl in enumerate(P, 1):
        body = pl[:64].rstrip()
        if not body.endswith(";"): errors.append(f"{f}: P{n}: record not ended by `;`")
        vals = body.rstrip(";").split(",")
        if vals[0] == "110" and (len(vals) != 7 or not all(re.fullmatch(r"-?\d*\.?\d*(?:[ED][-+]?\d+)?", v) and v for v in vals[1:])): errors.append(f"{f}: P{n}: line needs six numbers")
    T = [l for l in L if len(l) == 80 and l[72] == "T"]
    if T:
        m = re.fullmatch(r"S *(\d+)G *(\d+)D *(\d+)P *(\d+)", T[0][:32])
        if not m or [int(x) for x in m.groups()] != [counts[s] for s in "SGDP"]: errors.append(f"{f}: Terminate counts")


# ---------------------------------------------------------------- 2108 SD file
ELEMENTS = {"H", "C", "N", "O", "F", "S", "P", "Cl", "Br", "I"}


def check_sdf(f, raw):
    L = lines_of(f, raw)
    recs, cur = [], []
    for l in L:
        cur.append(l)
        if l == "$$$$": recs.append(cur); cur = []
    if cur: errors.append(f"{f}: text after the last `$$$$`")
    if not recs: errors.append(f"{f}: no records")
    names = set()
    for r, R in enumerate(recs, 1):
        if len(R) < 5: errors.append(f"{f}: record {r} too short"); continue
        if R[0] in names: errors.append(f"{f}: record name {R[0]!r} twice")
        names.add(R[0])
        m = re.fullmatch(r"([ \d]{3})([ \d]{3})(?:[ \d]{3}){8}999 V2000", R[3])
        if not m: errors.append(f"{f}: record {r}: counts line"); continue
        na, nb = int(m.group(1)), int(m.group(2))
        atoms = R[4:4 + na]; bonds = R[4 + na:4 + na + nb]
        for a in atoms:
            ok = len(a) == 69 and all(re.fullmatch(r" *-?\d+\.\d{4}", a[k:k + 10]) for k in (0, 10, 20)) and a[30] == " " \
                and re.fullmatch(r"(?: +\d+){12}", a[34:])
            if not ok: errors.append(f"{f}: record {r}: atom line {a!r}"); continue
            if a[31:34].strip() not in ELEMENTS: errors.append(f"{f}: record {r}: element {a[31:34].strip()!r}")
        for b in bonds:
            m = re.fullmatch(r"([ \d]{3})([ \d]{3})([ \d]{3})(?:  0)+", b)
            if not m: errors.append(f"{f}: record {r}: bond line {b!r}"); continue
            x, y, t = (int(v) for v in m.groups())
            if not (1 <= x <= na and 1 <= y <= na) or x == y: errors.append(f"{f}: record {r}: bond to an undefined atom")
            if t not in (1, 2, 3, 4): errors.append(f"{f}: record {r}: bond type {t}")
        k = 4 + na + nb
        if k >= len(R) or R[k] != "M  END": errors.append(f"{f}: record {r}: no `M  END` after the tables"); continue
        items, i = set(), k + 1
        while i < len(R) - 1:
            m = re.fullmatch(r">  <([A-Za-z_][\w]*)>", R[i])
            if not m: errors.append(f"{f}: record {r}: data header {R[i]!r}"); break
            if m.group(1) in items: errors.append(f"{f}: record {r}: data item {m.group(1)} twice")
            items.add(m.group(1)); i += 1
            vals = []
            while i < len(R) - 1 and R[i] != "":
                vals.append(R[i]); i += 1
            if not vals: errors.append(f"{f}: record {r}: empty data item {m.group(1)}")
            if i >= len(R) - 1: errors.append(f"{f}: record {r}: data item not ended by a blank line"); break
            i += 1
        if "ID_CONJUNTO" not in items: errors.append(f"{f}: record {r}: no ID_CONJUNTO")


# ---------------------------------------------------------------- 2109 SFZ
SFZ_HEADERS = {"control", "global", "master", "group", "region", "curve", "effect", "midi"}
SFZ_OPC = {"default_path": "s", "note_offset": "i", "ampeg_attack": "f", "ampeg_release": "f", "volume": "f",
           "lovel": "i", "hivel": "i", "sample": "s", "lokey": "i", "hikey": "i", "pitch_keycenter": "i", "tune": "i"}


def check_sfz(f, raw):
    L = lines_of(f, raw)
    if raw.count("/*") != raw.count("*/"): errors.append(f"{f}: block comment not closed")
    code = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), raw, flags=re.S)
    header, seen = None, []
    for n, l in enumerate(code.split("\n"), 1):
        l = re.sub(r"(^|\s)//.*", "", l).strip()
        if not l: continue
        toks = re.findall(r"<[^>]*>|[^\s=]+=\S+|\S+", l)
        vals = {}
        for t in toks:
            if t.startswith("<"):
                h = t[1:-1]
                if h not in SFZ_HEADERS: errors.append(f"{f}: line {n}: unknown header <{h}>")
                header = h; seen.append(h); vals = {}
                continue
            if "=" not in t: errors.append(f"{f}: line {n}: not an opcode {t!r}"); continue
            k, v = t.split("=", 1)
            if header is None: errors.append(f"{f}: line {n}: opcode before any header")
            if k not in SFZ_OPC: errors.append(f"{f}: line {n}: unknown opcode {k}"); continue
            ty = SFZ_OPC[k]
            if ty == "i" and not re.fullmatch(r"-?\d+", v) or ty == "f" and not re.fullmatch(NUMRE, v): errors.append(f"{f}: line {n}: {k}={v!r}"); continue
            if k in ("lokey", "hikey", "pitch_keycenter", "lovel", "hivel") and not 0 <= int(v) <= 127: errors.append(f"{f}: line {n}: {k} out of 0..127")
            if k == "sample" and not re.fullmatch(r"[\w./-]+\.(?:wav|flac|ogg)", v): errors.append(f"{f}: line {n}: sample file {v!r}")
            if k == "default_path" and not v.endswith("/"): errors.append(f"{f}: line {n}: default_path without a final `/`")
            vals[k] = v
        if header == "region" and toks and toks[0] == "<region>":
            if "sample" not in vals: errors.append(f"{f}: line {n}: region without sample")
            lo, hi, kc = (int(vals.get(x, -1)) for x in ("lokey", "hikey", "pitch_keycenter"))
            if not lo <= kc <= hi: errors.append(f"{f}: line {n}: pitch_keycenter outside lokey..hikey")
    if "region" not in seen: errors.append(f"{f}: no region")
    if seen and seen[0] != "control": errors.append(f"{f}: <control> not first")


# ---------------------------------------------------------------- 2110 Promela
def check_promela(f, raw):
    L = lines_of(f, raw)
    if raw.count("/*") != raw.count("*/"): errors.append(f"{f}: block comment not closed")
    code = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), raw, flags=re.S)
    code = re.sub(r"//[^\n]*", "", code)
    balanced(f, code, "()[]{}")
    words = re.findall(r"\b\w+\b", code)
    if words.count("do") != words.count("od"): errors.append(f"{f}: do / od not paired")
    if words.count("if") != words.count("fi"): errors.append(f"{f}: if / fi not paired")
    mtypes = set()
    for m in re.finditer(r"mtype\s*=\s*\{([^}]*)\}\s*;", code):
        mtypes |= {x.strip() for x in m.group(1).split(",")}
    chans = set(re.findall(r"\bchan\s+(\w+)\s*=\s*\[\d+\]\s+of\s*\{[^}]*\}\s*;", code))
    defs = set(re.findall(r"^#define\s+(\w+)\s+\S+$", code, re.M))
    glob = set(re.findall(r"^(?:byte|bool|int|short|bit)\s+(\w+)", code, re.M))
    procs = re.findall(r"^(?:active\s+(?:\[\d+\]\s+)?)?proctype\s+(\w+)\s*\(\)\s*\{", code, re.M)
    if not procs: errors.append(f"{f}: no proctype")
    if len(set(procs)) != len(procs): errors.append(f"{f}: proctype defined twice")
    loc = set(re.findall(r"^\s+(?:byte|bool|int|short|bit)\s+(\w+)\s*;", code, re.M))
    known = mtypes | chans | defs | glob | loc | set(procs) | {"mtype", "chan", "of", "byte", "bool", "int", "short", "bit",
        "active", "proctype", "do", "od", "if", "fi", "else", "skip", "break", "true", "false", "ltl", "init", "run", "goto", "assert", "printf", "timeout", "define"}
    ltl = re.findall(r"^ltl\s+(\w+)\s*\{", code, re.M)
    known |= set(ltl)
    for w in set(re.findall(r"\b[A-Za-z_]\w*\b", code)):
        if w not in known: errors.append(f"{f}: undeclared name {w!r}")
    for m in re.finditer(r"\b(\w+)\s*[!?]\s*(\w+)", code):
        if m.group(1) not in chans: errors.append(f"{f}: send / receive on an undeclared channel {m.group(1)}")
        if m.group(2) not in mtypes: errors.append(f"{f}: message {m.group(2)} not an mtype")
    for n, l in enumerate(code.split("\n"), 1):
        s = l.strip()
        if s.startswith("::") and not re.fullmatch(r":: (?:else|[\w ?!,<>=]+) ->.*", s): errors.append(f"{f}: line {n}: option without `->`")
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")


# ---------------------------------------------------------------- 2111 Excellon
def check_excellon(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != "M48": errors.append(f"{f}: M48 not first")
    if "%" not in L: errors.append(f"{f}: no `%` ending the header"); return
    h = L.index("%")
    tools, units = {}, None
    for n, l in enumerate(L[1:h], 2):
        if l.startswith(";"): continue
        if l in ("METRIC", "INCH", "METRIC,TZ", "METRIC,LZ", "INCH,TZ", "INCH,LZ"):
            units = l; continue
        if re.fullmatch(r"FMAT,[12]", l): continue
        m = re.fullmatch(r"T(\d+)C(\d*\.\d+)", l)
        if m:
            if int(m.group(1)) in tools: errors.append(f"{f}: line {n}: tool T{m.group(1)} twice")
            if not 0.05 <= float(m.group(2)) <= 6.5: errors.append(f"{f}: line {n}: drill size {m.group(2)}")
            tools[int(m.group(1))] = float(m.group(2)); continue
        errors.append(f"{f}: line {n}: unknown header line {l[:40]!r}")
    if not units: errors.append(f"{f}: no units in the header")
    if not tools: errors.append(f"{f}: no tools")
    cur, holes = None, 0
    body = L[h + 1:]
    if not body or body[-1] != "M30": errors.append(f"{f}: M30 not last")
    for n, l in enumerate(body[:-1], h + 2):
        if l in ("G90", "G05") or l.startswith(";"): continue
        m = re.fullmatch(r"T(\d+)", l)
        if m:
            cur = int(m.group(1))
            if cur and cur not in tools: errors.append(f"{f}: line {n}: undefined tool T{cur}")
            continue
        if re.fullmatch(r"X-?\d+(?:\.\d+)?Y-?\d+(?:\.\d+)?", l):
            if not cur: errors.append(f"{f}: line {n}: a hole with no tool selected")
            holes += 1; continue
        errors.append(f"{f}: line {n}: unknown body line {l[:40]!r}")
    if "M30" in body[:-1]: errors.append(f"{f}: M30 before the end")
    if not holes: errors.append(f"{f}: no holes")


# ---------------------------------------------------------------- 2112 MapServer mapfile
MAP_BLOCKS = {"MAP", "WEB", "METADATA", "LAYER", "CLASS", "STYLE", "PROJECTION"}
MAP_KW = {"NAME": "s", "STATUS": ("ON", "OFF", "DEFAULT"), "EXTENT": "4", "SIZE": "2", "UNITS": ("METERS", "DD", "FEET"),
          "IMAGECOLOR": "c", "TYPE": ("POLYGON", "LINE", "POINT", "RASTER"), "DATA": "s", "CLASSITEM": "s",
          "EXPRESSION": "s", "COLOR": "c", "OUTLINECOLOR": "c"}


def check_mapfile(f, raw):
    L = lines_of(f, raw)
    stack = []
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        s = l.strip()
        if not s or s.startswith("#"): continue
        if strip_strings(s).count('"') % 2 or re.sub(r'"(?:[^"\\]|\\.)*"', "", s).count('"'): errors.append(f"{f}: line {n}: string not closed"); continue
        ind = len(l) - len(l.lstrip(" "))
        depth = len(stack) - (1 if s == "END" else 0)
        if ind != 2 * depth: errors.append(f"{f}: line {n}: indentation")
        if s == "END":
            if not stack: errors.append(f"{f}: line {n}: END without a block")
            else: stack.pop()
            continue
        if s in MAP_BLOCKS:
            if s == "MAP" and stack or s != "MAP" and not stack: errors.append(f"{f}: line {n}: MAP must be the outer block")
            stack.append(s); continue
        top = stack[-1] if stack else None
        if top == "METADATA":
            if not re.fullmatch(r'"[\w]+" "(?:[^"\\]|\\.)*"', s): errors.append(f"{f}: line {n}: METADATA needs two strings")
            continue
        if top == "PROJECTION":
            if not re.fullmatch(r'"[^"]+"', s): errors.append(f"{f}: line {n}: PROJECTION needs strings")
            continue
        kw, _, rest = s.partition(" ")
        if kw not in MAP_KW: errors.append(f"{f}: line {n}: unknown keyword {kw}"); continue
        t = MAP_KW[kw]
        if isinstance(t, tuple):
            if rest not in t: errors.append(f"{f}: line {n}: {kw} {rest!r}")
        elif t == "s":
            if not re.fullmatch(r'"[^"]*"', rest): errors.append(f"{f}: line {n}: {kw} needs a string")
        elif t in "24":
            v = rest.split()
            if len(v) != int(t) or not all(re.fullmatch(NUMRE, x) for x in v): errors.append(f"{f}: line {n}: {kw} needs {t} numbers")
            elif t == "4" and not (float(v[0]) < float(v[2]) and float(v[1]) < float(v[3])): errors.append(f"{f}: line {n}: EXTENT min not below max")
        elif t == "c":
            v = rest.split()
            if len(v) != 3 or not all(x.isdigit() and int(x) <= 255 for x in v): errors.append(f"{f}: line {n}: {kw} needs three values 0..255")
    if stack: errors.append(f"{f}: blocks not closed: {stack}")


# ---------------------------------------------------------------- 2113 xbps-src template
TPL_VARS = ["pkgname", "version", "revision", "build_style", "hostmakedepends", "depends", "checkdepends", "short_desc",
            "maintainer", "license", "homepage", "distfiles", "checksum"]


def check_template(f, raw):
    L = lines_of(f, raw)
    seen, vals = [], {}
    depth = 0
    for n, l in enumerate(L, 1):
        if depth:
            if l == "}": depth = 0
            elif not l.startswith("\t"): errors.append(f"{f}: line {n}: function body not tab-indented")
            continue
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"(\w+)\(\) \{", l)
        if m:
            if m.group(1) not in ("do_check", "post_install", "pre_build", "do_install", "post_patch"): errors.append(f"{f}: line {n}: unknown function {m.group(1)}")
            depth = 1; continue
        m = re.fullmatch(r"(\w+)=(\"[^\"]*\"|[^\s\"']*)", l)
        if not m: errors.append(f"{f}: line {n}: not an assignment {l[:40]!r}"); continue
        k, v = m.group(1), m.group(2).strip('"')
        if k not in TPL_VARS: errors.append(f"{f}: line {n}: unknown variable {k}"); continue
        if k in vals: errors.append(f"{f}: line {n}: {k} twice")
        seen.append(k); vals[k] = v
    if depth: errors.append(f"{f}: function not closed")
    if seen != [k for k in TPL_VARS if k in seen]: errors.append(f"{f}: variables out of order")
    for k in ("pkgname", "version", "revision", "short_desc", "maintainer", "license", "homepage", "distfiles", "checksum"):
        if k not in vals: errors.append(f"{f}: no {k}")
    if not L or L[0] != f"# Template file for '{vals.get('pkgname')}'": errors.append(f"{f}: first line not `# Template file for '<pkgname>'`")
    if "-" in vals.get("version", "") or not re.fullmatch(r"[\w.]+", vals.get("version", "")): errors.append(f"{f}: version {vals.get('version')!r}")
    if not re.fullmatch(r"[1-9]\d*", vals.get("revision", "")): errors.append(f"{f}: revision {vals.get('revision')!r}")
    sd = vals.get("short_desc", "")
    if len(sd) > 72 or sd.endswith(".") or not sd[:1].isupper(): errors.append(f"{f}: short_desc {sd!r}")
    if not re.fullmatch(r"[^<>]+ <[\w.+-]+@[\w.-]+>", vals.get("maintainer", "")): errors.append(f"{f}: maintainer")
    if not re.fullmatch(r"[0-9a-f]{64}", vals.get("checksum", "")): errors.append(f"{f}: checksum not 64 hex digits")
    if not vals.get("homepage", "").startswith("https://"): errors.append(f"{f}: homepage")
    if "${version}" not in vals.get("distfiles", ""): errors.append(f"{f}: distfiles without ${{version}}")


# ---------------------------------------------------------------- 2114 Max patcher
MAX_CLASSES = {"comment", "newobj", "message", "ezdac~", "toggle", "button", "number", "flonum"}


def check_maxpat(f, raw):
    lines_of(f, raw)
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    p = d.get("patcher") if isinstance(d, dict) else None
    if not isinstance(p, dict): errors.append(f"{f}: no patcher"); return
    for k in ("fileversion", "appversion", "rect", "boxes", "lines"):
        if k not in p: errors.append(f"{f}: patcher without {k}")
    if not re.search(r'^\t"patcher" : \{$', raw, re.M): errors.append(f"{f}: not saved in Max's layout (tabs, ` : `)")
    boxes = {}
    for b in p.get("boxes", []):
        b = b.get("box", {})
        i = b.get("id")
        if not re.fullmatch(r"obj-\d+", str(i)): errors.append(f"{f}: box id {i!r}")
        if i in boxes: errors.append(f"{f}: box {i} twice")
        boxes[i] = b
        if b.get("maxclass") not in MAX_CLASSES: errors.append(f"{f}: {i}: unknown maxclass {b.get('maxclass')!r}")
        if not isinstance(b.get("numinlets"), int) or not isinstance(b.get("numoutlets"), int): errors.append(f"{f}: {i}: in/outlet counts")
        elif len(b.get("outlettype", [])) != b["numoutlets"]: errors.append(f"{f}: {i}: outlettype length")
        r = b.get("patching_rect")
        if not (isinstance(r, list) and len(r) == 4): errors.append(f"{f}: {i}: patching_rect")
        if b.get("maxclass") in ("comment", "newobj") and not b.get("text"): errors.append(f"{f}: {i}: no text")
        if b.get("maxclass") == "comment" and b.get("linecount") != b.get("text", "").count("\n") + 1: errors.append(f"{f}: {i}: linecount")
    for ln in p.get("lines", []):
        pl = ln.get("patchline", {})
        (s, so), (t, ti) = pl.get("source", [None, 0]), pl.get("destination", [None, 0])
        if s not in boxes or t not in boxes: errors.append(f"{f}: a patchline to an undefined box"); continue
        if not 0 <= so < boxes[s].get("numoutlets", 0): errors.append(f"{f}: patchline from {s} outlet {so}")
        if not 0 <= ti < boxes[t].get("numinlets", 0): errors.append(f"{f}: patchline to {t} inlet {ti}")


# ---------------------------------------------------------------- 2115 DXF R12
DXF_ENT = {"LINE": {8, 10, 20, 30, 11, 21, 31}, "TEXT": {8, 10, 20, 30, 40, 1}}


def check_dxf(f, raw):
    L = lines_of(f, raw)
    if not raw.isascii(): errors.append(f"{f}: not ASCII (R12 writes \\U+XXXX escapes)")
    if len(L) % 2: errors.append(f"{f}: odd number of lines"); return
    pairs = []
    for k in range(0, len(L), 2):
        c, v = L[k], L[k + 1]
        if not re.fullmatch(r" {0,2}\d{1,3}", c) or len(c) != 3: errors.append(f"{f}: line {k + 1}: group code {c!r}"); return
        pairs.append((int(c), v))
    for c, v in pairs:
        if c in (10, 20, 30, 11, 21, 31, 40) and not re.fullmatch(NUMRE, v): errors.append(f"{f}: code {c}: not a number {v!r}")
        for m in re.finditer(r"\\U\+(\w*)", v):
            if not re.fullmatch(r"[0-9A-F]{4}", m.group(1)[:4]): errors.append(f"{f}: bad \\U+ escape in {v[:30]!r}")
    if pairs[-1] != (0, "EOF"): errors.append(f"{f}: EOF not last")
    sections, i, layers, used = [], 0, set(), set()
    while i < len(pairs) and pairs[i][0] == 999: i += 1
    while i < len(pairs) and pairs[i] != (0, "EOF"):
        if pairs[i] != (0, "SECTION") or i + 1 >= len(pairs) or pairs[i + 1][0] != 2: errors.append(f"{f}: group {i}: SECTION expected, got {pairs[i]}"); return
        name = pairs[i + 1][1]; sections.append(name); i += 2
        ents = []
        while i < len(pairs) and pairs[i] != (0, "ENDSEC"):
            c, v = pairs[i]
            if c == 0 and v in ("SECTION", "EOF"): errors.append(f"{f}: section {name} not ended"); return
            if name == "ENTITIES" and c == 0: ents.append([v, set()])
            elif name == "ENTITIES" and ents:
                ents[-1][1].add(c)
                if c == 8: used.add(v)
            if name == "TABLES" and c == 2 and pairs[i - 1] == (0, "LAYER"): layers.add(v)
            if name == "HEADER" and c == 9 and not v.startswith("$"): errors.append(f"{f}: header variable {v!r}")
            i += 1
        if i >= len(pairs): errors.append(f"{f}: section {name} not ended"); return
        i += 1
        for t, codes in ents:
            if t not in DXF_ENT: errors.append(f"{f}: unknown entity {t}")
            elif codes != DXF_ENT[t]: errors.append(f"{f}: {t} with group codes {sorted(codes)}")
    if sections != ["HEADER", "TABLES", "ENTITIES"]: errors.append(f"{f}: sections {sections}")
    if "$ACADVER" not in raw or "AC1009" not in raw: errors.append(f"{f}: no $ACADVER AC1009")
    for u in used - layers: errors.append(f"{f}: layer {u!r} not in the LAYER table")
    if i + 1 != len(pairs): errors.append(f"{f}: groups after EOF")


def dxf_decode(s):
    return re.sub(r"\\U\+([0-9A-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


# ---------------------------------------------------------------- 2116 Tripos MOL2
def check_mol2(f, raw):
    L = lines_of(f, raw)
    body = [(n, l) for n, l in enumerate(L, 1) if not l.startswith("#")]
    while body and body[0][1] == "": body.pop(0)
    secs = {}
    cur = None
    for n, l in body:
        if l.startswith("@<TRIPOS>"):
            cur = l[9:]
            if cur in secs: errors.append(f"{f}: section {cur} twice")
            secs[cur] = []; continue
        if cur is None: errors.append(f"{f}: line {n}: text before @<TRIPOS>MOLECULE"); continue
        secs[cur].append((n, l))
    if list(secs)[:1] != ["MOLECULE"]: errors.append(f"{f}: MOLECULE not first"); return
    for s in ("ATOM", "BOND"):
        if s not in secs: errors.append(f"{f}: no {s} section"); return
    mol = [l for _, l in secs["MOLECULE"]]
    if len(mol) < 4: errors.append(f"{f}: MOLECULE record too short"); return
    m = re.fullmatch(r" *(\d+) +(\d+) +(\d+)(?: +\d+){0,2}", mol[1])
    if not m: errors.append(f"{f}: MOLECULE counts line"); return
    na, nb = int(m.group(1)), int(m.group(2))
    if mol[2] not in ("SMALL", "BIOPOLYMER", "PROTEIN", "NUCLEIC_ACID", "SACCHARIDE"): errors.append(f"{f}: molecule type {mol[2]!r}")
    if mol[3] not in ("NO_CHARGES", "DEL_RE", "GASTEIGER", "GAST_HUCK", "HUCKEL", "PULLMAN", "GAUSS80_CHARGES", "AMPAC_CHARGES", "MULLIKEN_CHARGES", "DICT_CHARGES", "MMFF94_CHARGES", "USER_CHARGES"): errors.append(f"{f}: charge type {mol[3]!r}")
    atoms = [l for _, l in secs["ATOM"]]
    bonds = [l for _, l in secs["BOND"]]
    if len(atoms) != na: errors.append(f"{f}: {len(atoms)} atoms, the counts say {na}")
    if len(bonds) != nb: errors.append(f"{f}: {len(bonds)} bonds, the counts say {nb}")
    for k, a in enumerate(atoms, 1):
        v = a.split()
        if len(v) != 9 or v[0] != str(k) or not all(re.fullmatch(NUMRE, x) for x in v[2:5] + v[8:]): errors.append(f"{f}: atom line {k}"); continue
        if not re.fullmatch(r"(?:C|N|O|S|P|H|F|Cl|Br|I)(?:\.(?:1|2|3|ar|am|pl3|4|co2|o|o2|2))?", v[5]): errors.append(f"{f}: atom type {v[5]!r}")
    for k, b in enumerate(bonds, 1):
        v = b.split()
        if len(v) != 4 or v[0] != str(k) or not all(x.isdigit() for x in v[1:3]): errors.append(f"{f}: bond line {k}"); continue
        if not (1 <= int(v[1]) <= na and 1 <= int(v[2]) <= na) or v[1] == v[2]: errors.append(f"{f}: bond {k} to an undefined atom")
        if v[3] not in ("1", "2", "3", "am", "ar", "du", "un", "nc"): errors.append(f"{f}: bond type {v[3]!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {2107: check_iges, 2108: check_sdf, 2109: check_sfz, 2110: check_promela, 2111: check_excellon, 2112: check_mapfile,
     2113: check_template, 2114: check_maxpat, 2115: check_dxf,
     2116: check_mol2}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """2114's JSON strings as a JSON parser reads them (`\\n` decoded); 2115's TEXT values with R12's `\\U+XXXX`
    escapes decoded"""
    if num(f) == 2114:
        try:
            d = json.loads(raw)
        except ValueError:
            return []
        out = []
        def walk(x):
            if isinstance(x, dict): [walk(v) for v in x.values()]
            elif isinstance(x, list): [walk(v) for v in x]
            elif isinstance(x, str): out.append(x)
        walk(d)
        return ["\n".join(out)]
    if num(f) == 2115:
        return [dxf_decode(raw)]
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
# /work/rounds/*/expected.json except round208's and round209's, a byte-identical file counted once), and the
# round208/round209 split (candidates sorted by (uses, catalogue title); round209 = odd positions from 3 on, one
# unbroken run; round208 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P208S = ["/work/rounds/digests-round208/expected.json", "/work/main/tests/data/digests-round208/expected.json"]
P208 = next((p for p in P208S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P208S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round208", "digests-round209") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round209 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r208 = set()
if P208:
    try:
        r208 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P208)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P208} exists but could not be read (being written?)")
    if r208 & mine: errors.append(f"papers also in round208: {sorted(r208 & mine)}")
shared208 = len(r208 & mine) if P208 else "(no round208 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round209 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round208: {shared208}; papers in more than one round209 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



