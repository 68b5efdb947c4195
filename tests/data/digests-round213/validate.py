r"""Checks round213/expected.json against the digests and the shared catalogues.

Adapted from round211/validate.py (the label checks are the same code; the reuse report is round211's with round212 /
round213 in place of round210 / round211; round213 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round212's and round213's own (a digests-round212 / digests-round213 folder, or a file whose bytes equal round212's or
round213's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round213 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round212's expected.json (read only, from
/work/rounds/digests-round212/ or /work/main/tests/data/digests-round212/, when it exists), and on a paper in more
than one round213 file.
Every digest is read raw (UTF-8); no file needs a decoded form. Titles are matched after whitespace normalisation and
case-blind; a title found only that way is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2147 pdfmark (ASCII, `%!PS` first, PostScript strings closed with only known escapes, `<< >>` and `[ ]` balanced,
every mark `[ … /KIND pdfmark` of a known kind, DOCINFO first, outline entries with /Title and /Page in page order and
/Count equal to the children that follow, link annotations with /Rect and a /URI action of an http(s) address);
2148 curl config (known options, values where an option takes one and none where it does not, quoted values closed,
numbers for retry options, every `url` an http(s) address followed by its own `output`, no output twice);
2149 SGF (one game tree, brackets and property values closed, known root properties, GM[1] FF[4] SZ, DT and KM shapes,
moves on the board, colours alternating along each line of play);
2150 PGN (tag pairs, the seven-tag roster in order, no tag twice, Date shape, a blank line, comments closed,
variations balanced, every token a SAN move / move number / NAG, main-line move numbers 1, 2, …, the result token
equal to the Result tag, PlyCount equal to the main line's plies);
2151 ABC (`%abc-2.1`, tunes X:1, 2, … after a blank line, T: right after X:, known header fields, K: last, M: and
L: present, every bar as long as the meter — broken rhythm counted — repeats closed on their line);
2152 WGSL (comments closed, brackets balanced, no strings, statements ended by `;`, one `@compute @workgroup_size`
entry point, `@group/@binding` declarations well formed, no binding twice, storage with an access mode, arrays
declared, called functions defined, a barrier);
2153 LLVM IR (ASCII, ModuleID / source_filename / datalayout / triple, string constants whose `[N x i8]` equals their
bytes with `\XX` escapes and a final `\00`, valid UTF-8, every string used and defined, array lengths, labels
defined, blocks ended by a terminator, numbered values in order, values defined before use, calls declared,
attribute groups and metadata defined);
2154 CloudFormation YAML (no tabs, even indentation, quotes closed, the format version first, known top-level keys
once, resources of known types with Type first, parameters with Type, !Ref / ${…} / !GetAtt / !FindInMap / !If naming
defined things, tag values aligned, at most 256 characters, no tag key twice);
2155 Gruntfile.js (comments and strings closed, brackets balanced, no trailing comma and no missing comma,
module.exports function and grunt.initConfig, no config key twice, configured tasks' plugins loaded, registered task
lists naming known tasks, a default task, `<%= … %>` naming a config key, list entries of title and url / note, http(s)
urls);
2156 youtube-dl batch file (every line a URL or a `#` / `;` / `]` comment, YouTube ids of 11 characters, Vimeo URLs
numeric, no URL twice).

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
# ================================================================ round213 shape checks
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


def strings_closed(f, code, q='"'):
    for n, l in enumerate(code.split("\n"), 1):
        if strip_strings(l, q).count(q) % 2: errors.append(f"{f}: line {n}: string not closed")


# ---------------------------------------------------------------- 2147 pdfmark
def check_pdfmark(f, raw):
    L = lines_of(f, raw)
    if not raw.isascii(): errors.append(f"{f}: not ASCII (PDFDocEncoding letters must be octal escapes)")
    if not L[0].startswith("%!PS"): errors.append(f"{f}: no %!PS header")
    code = "\n".join(l for l in L if not l.startswith("%"))
    # PostScript strings: balanced parentheses unless escaped
    bare, depth = [], 0
    i = 0
    while i < len(code):
        ch = code[i]
        if depth and ch == "\\":
            if i + 1 < len(code) and code[i + 1] in "()\\nrtbf": i += 2; continue
            if re.match(r"\\[0-7]{3}", code[i:i + 4]): i += 4; continue
            errors.append(f"{f}: bad escape {code[i:i + 4]!r}"); i += 1; continue
        if ch == "(": depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0: errors.append(f"{f}: `)` without `(`"); depth = 0
        elif not depth: bare.append(ch)
        i += 1
    if depth: errors.append(f"{f}: string not closed")
    bare = "".join(bare)
    marks = re.split(r"\bpdfmark\b", bare)
    if marks[-1].strip(): errors.append(f"{f}: text after the last pdfmark")
    kinds = []
    for m in marks[:-1]:
        m = m.strip()
        if m.count("[") - m.count("]") != 1: errors.append(f"{f}: brackets of a mark not balanced ({m[:30]!r})")
        balanced(f, m.replace("[", "").replace("]", "").replace("<<", "{").replace(">>", "}"), where=" in a mark")
        if not m.startswith("["): errors.append(f"{f}: pdfmark without `[` ({m[:30]!r})"); continue
        k = m.split()[-1]
        if k not in ("/DOCINFO", "/DOCVIEW", "/OUT", "/ANN", "/DEST"): errors.append(f"{f}: unknown pdfmark {k}")
        kinds.append((k, m))
    pages, count = [], 0
    for k, m in kinds:
        if k == "/OUT":
            if "/Title" not in m: errors.append(f"{f}: outline entry without /Title")
            p = re.search(r"/Page (\d+)", m)
            if not p: errors.append(f"{f}: outline entry without /Page")
            else: pages.append(int(p.group(1)))
            c = re.search(r"/Count (-?\d+)", m)
            if count and c: errors.append(f"{f}: outline parent inside a parent's children")
            if c: count = abs(int(c.group(1)))
            elif count: count -= 1
        if k == "/ANN":
            if not re.search(r"/Rect \[\d+ \d+ \d+ \d+\]", m): errors.append(f"{f}: annotation without /Rect")
            if "/Subtype /Link" not in m or "/Subtype /URI" not in m: errors.append(f"{f}: link annotation without /URI action")
    if count: errors.append(f"{f}: outline /Count larger than its children")
    if pages != sorted(pages): errors.append(f"{f}: outline pages not in order {pages}")
    if [k for k, _ in kinds][:1] != ["/DOCINFO"]: errors.append(f"{f}: DOCINFO not first")
    for u in re.findall(r"/URI \(([^)]*)\)", code):
        if not re.match(r"https?://", u): errors.append(f"{f}: URI {u!r}")


# ---------------------------------------------------------------- 2148 curl config
CURL_OPTS = {"create-dirs", "location", "fail", "silent", "show-error", "remote-time", "retry", "retry-delay",
             "user-agent", "url", "output", "compressed", "max-time", "connect-timeout"}
CURL_ARG = {"retry", "retry-delay", "user-agent", "url", "output", "max-time", "connect-timeout"}


def check_curlrc(f, raw):
    L = lines_of(f, raw)
    pend = None
    outs = set()
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"([a-z][a-z-]*)(?:\s*[=:]\s*|\s+)?(.*)", l)
        if not m or m.group(1) not in CURL_OPTS: errors.append(f"{f}: line {n}: unknown option {l[:30]!r}"); continue
        o, v = m.group(1), m.group(2)
        if o in CURL_ARG and not v: errors.append(f"{f}: line {n}: {o} without a value")
        if o not in CURL_ARG and v: errors.append(f"{f}: line {n}: {o} takes no value")
        if v.startswith('"') and not re.fullmatch(r'"(?:[^"\\]|\\.)*"', v): errors.append(f"{f}: line {n}: string not closed")
        if o in ("retry", "retry-delay") and not v.isdigit(): errors.append(f"{f}: line {n}: {o} not a number")
        if o == "url":
            if pend: errors.append(f"{f}: line {n}: url without output before it")
            if not re.fullmatch(r'"https?://\S+"', v): errors.append(f"{f}: line {n}: url {v!r}")
            pend = n
        if o == "output":
            if not pend: errors.append(f"{f}: line {n}: output without url")
            if v in outs: errors.append(f"{f}: line {n}: output {v} twice")
            outs.add(v); pend = None
    if pend: errors.append(f"{f}: url on line {pend} without output")


# ---------------------------------------------------------------- 2149 SGF
SGF_ROOT = {"GM", "FF", "CA", "AP", "SZ", "KM", "RU", "PB", "PW", "DT", "GN", "EV", "PC", "C", "RE"}


def check_sgf(f, raw):
    L = lines_of(f, raw)
    s = raw.strip()
    if not s.startswith("(;"): errors.append(f"{f}: not a game tree"); return
    toks, i, depth = [], 0, 0
    while i < len(s):
        ch = s[i]
        if ch == "[":
            j = i + 1
            while j < len(s) and s[j] != "]":
                j += 2 if s[j] == "\\" else 1
            if j >= len(s): errors.append(f"{f}: property value not closed"); return
            toks.append(("V", s[i + 1:j])); i = j + 1; continue
        if ch in "();": toks.append((ch, ch))
        elif ch.isupper():
            m = re.match(r"[A-Z]+", s[i:]); toks.append(("P", m.group(0))); i += len(m.group(0)); continue
        elif not ch.isspace(): errors.append(f"{f}: stray {ch!r}"); return
        i += 1
    for t, v in toks:
        if t == "(": depth += 1
        elif t == ")":
            depth -= 1
            if depth < 0: errors.append(f"{f}: `)` without `(`"); return
    if depth: errors.append(f"{f}: game tree not closed")
    nodes, cur, prop = [], None, None
    for t, v in toks:
        if t == ";": cur = []; nodes.append(cur); prop = None
        elif t == "P": prop = v; cur.append([v])
        elif t == "V":
            if not prop: errors.append(f"{f}: value without property"); return
            if prop != "C" and ("\n" in v or "[" in v): errors.append(f"{f}: {prop} value runs on ({v[:20]!r})")
            cur[-1].append(v)
        else: prop = None
    root = {p[0]: p[1:] for p in nodes[0]}
    for p in root:
        if p not in SGF_ROOT: errors.append(f"{f}: unknown root property {p}")
    for need in ("GM", "FF", "SZ"):
        if need not in root: errors.append(f"{f}: root without {need}")
    if root.get("GM") != ["1"] or root.get("FF") != ["4"]: errors.append(f"{f}: not a Go FF[4] record")
    size = int(root.get("SZ", ["19"])[0])
    letters = "abcdefghijklmnopqrs"[:size]
    if "DT" in root and not re.fullmatch(r"\d{4}-\d\d-\d\d", root["DT"][0]): errors.append(f"{f}: DT {root['DT']}")
    if "KM" in root and not re.fullmatch(r"-?\d+(\.\d+)?", root["KM"][0]): errors.append(f"{f}: KM {root['KM']}")
    # moves: colours alternate along the main line and each variation (lean: along the node sequence of each branch)
    def walk(seq, last):
        pass
    stack, last, seen = [], None, set()
    for t, v in toks:
        if t == "(": stack.append(last)
        elif t == ")": last = stack.pop() if stack else None
    last_stack, last = [], None
    cur_props = None
    for t, v in toks:
        if t == "(": last_stack.append(last)
        elif t == ")": last = last_stack.pop() if last_stack else None
        elif t == ";": cur_props = "node"
        elif t == "P": cur_props = v
        elif t == "V" and cur_props in ("B", "W"):
            if not re.fullmatch(f"[{letters}]{{2}}", v): errors.append(f"{f}: move {cur_props}[{v}] off the board")
            if last == cur_props: errors.append(f"{f}: {cur_props} plays twice in a row ({v})")
            last = cur_props
        elif t == "P" and v not in SGF_ROOT | {"B", "W"}: errors.append(f"{f}: unknown property {v}")


# ---------------------------------------------------------------- 2150 PGN
PGN_TAGS = ["Event", "Site", "Date", "Round", "White", "Black", "Result"]


def check_pgn(f, raw):
    L = lines_of(f, raw)
    tags, i = [], 0
    while i < len(L) and L[i].startswith("["):
        m = re.fullmatch(r'\[(\w+) "((?:[^"\\]|\\.)*)"\]', L[i])
        if not m: errors.append(f"{f}: line {i + 1}: tag pair")
        else: tags.append((m.group(1), m.group(2)))
        i += 1
    names = [t for t, _ in tags]
    if names[:7] != PGN_TAGS: errors.append(f"{f}: seven-tag roster {names[:7]}")
    if len(set(names)) != len(names): errors.append(f"{f}: a tag twice")
    td = dict(tags)
    if not re.fullmatch(r"[\d?]{4}\.[\d?]{2}\.[\d?]{2}", td.get("Date", "")): errors.append(f"{f}: Date {td.get('Date')}")
    if i >= len(L) or L[i] != "": errors.append(f"{f}: no blank line after the tags")
    mt = "\n".join(l for l in L[i:] if not l.startswith(";"))
    if mt.count("{") != mt.count("}"): errors.append(f"{f}: comment not closed"); return
    body = re.sub(r"\{[^}]*\}", " ", mt)
    body = re.sub(r";[^\n]*", " ", body)
    balanced(f, body, "()")
    toks = body.replace("(", " ( ").replace(")", " ) ").split()
    if not toks or toks[-1] != td.get("Result"): errors.append(f"{f}: movetext does not end with the Result tag")
    SAN = r"(?:O-O(?:-O)?|[KQRBN][a-h]?[1-8]?x?[a-h][1-8]|[a-h](?:x[a-h])?[1-8](?:=[QRBN])?)[+#]?[!?]{0,2}"
    depth, plies, expect = 0, 0, [(1, "w")]
    for t in toks[:-1]:
        if t == "(":
            depth += 1; continue
        if t == ")":
            depth -= 1; continue
        if re.fullmatch(r"\$\d+", t): continue
        m = re.fullmatch(r"(\d+)\.(\.\.)?", t)
        if m: continue
        if not re.fullmatch(SAN, t): errors.append(f"{f}: not a move {t!r}"); continue
        if depth == 0: plies += 1
    # move numbers of the main line count up by one
    main = re.sub(r"\([^()]*\)", " ", body)
    nums = [int(x) for x in re.findall(r"(?<![\d.])(\d+)\.(?!\.)", main)]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: move numbers {nums}")
    if td.get("PlyCount") and td["PlyCount"] != str(plies): errors.append(f"{f}: PlyCount {td['PlyCount']} but {plies} plies")


# ---------------------------------------------------------------- 2151 ABC
from fractions import Fraction


def abc_len(bar, unit):
    bar = re.sub(r'"[^"]*"|![^!]*!|\[[A-Za-z]:[^\]]*\]', "", bar)
    total = Fraction(0)
    notes = re.findall(r"([_^=]*[A-Ga-gz][,']*)(\d*)(/*\d*)(>|<)?", bar)
    broken = None
    for _, num_, den, br in notes:
        d = Fraction(int(num_) if num_ else 1)
        if den:
            d /= int(den.strip("/")) if den.strip("/") else 2 ** den.count("/")
        if broken is not None:
            d *= broken; broken = None
        if br == ">": d *= Fraction(3, 2); broken = Fraction(1, 2)
        elif br == "<": d *= Fraction(1, 2); broken = Fraction(3, 2)
        total += d
    return total * unit


def check_abc(f, raw):
    L = lines_of(f, raw)
    if L[0] != "%abc-2.1": errors.append(f"{f}: no %abc-2.1 line")
    tunes, cur = [], None
    for n, l in enumerate(L, 1):
        if l.startswith("%"): continue
        if l.startswith("X:"):
            if cur is not None and not cur["blank"]: errors.append(f"{f}: line {n}: no blank line before X:")
            cur = {"X": l[2:], "h": [], "K": False, "body": [], "blank": False, "n": n}; tunes.append(cur); continue
        if cur is None:
            if l: errors.append(f"{f}: line {n}: text before the first tune"); continue
            continue
        if not l: cur["blank"] = True; continue
        m = re.match(r"([A-Za-z]):", l)
        if m and not cur["K"]:
            if m.group(1) not in "TCONHSZMLQKBDFGRW": errors.append(f"{f}: line {n}: unknown field {m.group(1)}")
            cur["h"].append((m.group(1), l[2:].strip()))
            if m.group(1) == "K": cur["K"] = True
            continue
        if not cur["K"]: errors.append(f"{f}: line {n}: music before K:"); continue
        if cur["blank"]: errors.append(f"{f}: line {n}: music after the tune ended")
        cur["body"].append((n, l))
    xs = [t["X"] for t in tunes]
    if xs != [str(i) for i in range(1, len(tunes) + 1)]: errors.append(f"{f}: X: numbers {xs}")
    for t in tunes:
        h = dict(t["h"])
        fields = [k for k, _ in t["h"]]
        if not fields or fields[0] != "T": errors.append(f"{f}: tune {t['X']}: T: not right after X:")
        if not t["K"]: errors.append(f"{f}: tune {t['X']}: no K:"); continue
        if fields[-1] != "K": errors.append(f"{f}: tune {t['X']}: K: not the last header")
        if not re.fullmatch(r"\d+/\d+", h.get("M", "")) or not re.fullmatch(r"1/\d+", h.get("L", "")): errors.append(f"{f}: tune {t['X']}: M: / L:"); continue
        meter = Fraction(h["M"]); unit = Fraction(h["L"])
        if not re.fullmatch(r"[A-G][b#]?(m|min|maj|dor|mix)?", h["K"]): errors.append(f"{f}: tune {t['X']}: K:{h['K']}")
        if not t["body"]: errors.append(f"{f}: tune {t['X']}: no music")
        mus = "\n".join(l for _, l in t["body"])
        if mus.count("|:") != mus.count(":|"): errors.append(f"{f}: tune {t['X']}: repeats not closed")
        for n, l in t["body"]:
            for bar in re.split(r"\|:|:\||\|", l):
                if not bar.strip(): continue
                if abc_len(bar, unit) != meter: errors.append(f"{f}: line {n}: bar {bar.strip()!r} is {abc_len(bar, unit)}, not {meter}")


# ---------------------------------------------------------------- 2152 WGSL
def check_wgsl(f, raw):
    L = lines_of(f, raw)
    if raw.count("/*") != raw.count("*/"): errors.append(f"{f}: block comment not closed")
    code = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), raw, flags=re.S)
    code = re.sub(r"//[^\n]*", "", code)
    balanced(f, code)
    if '"' in code or "'" in code: errors.append(f"{f}: quotes in WGSL code")
    for n, l in enumerate(code.split("\n"), 1):
        s = l.strip()
        if not s or s in ("{", "}", "},") or s.endswith("{") or s.endswith("}"): continue
        if s.endswith(",") or s.endswith("(") or s.endswith(") {"): continue
        if not s.endswith(";") and not re.fullmatch(r"@[\w(), ]+", s) and not re.search(r"[,(]$", s) and not s.endswith(")"):
            errors.append(f"{f}: line {n}: statement not ended by `;`: {s[:40]!r}")
    top_fns = re.findall(r"^fn (\w+)\(", code, re.M)
    if len(top_fns) != len(set(top_fns)): errors.append(f"{f}: a function defined twice")
    ents = re.findall(r"@compute @workgroup_size\((\d+)\)\s*\nfn (\w+)\(", code)
    if len(ents) != 1: errors.append(f"{f}: want one @compute entry point with @workgroup_size")
    binds = re.findall(r"^@group\((\d+)\) @binding\((\d+)\) var(?:<(\w+)(?:, (read|read_write))?>)? (\w+) : ([\w<>, ]+);", code, re.M)
    nb = len(re.findall(r"^@group", code, re.M))
    if len(binds) != nb: errors.append(f"{f}: a @group/@binding declaration is malformed")
    if len({(g, b) for g, b, *_ in binds}) != len(binds): errors.append(f"{f}: a binding used twice")
    for g, b, space, acc, name, ty in binds:
        if space not in ("uniform", "storage"): errors.append(f"{f}: address space {space} for {name}")
        if space == "storage" and not acc: errors.append(f"{f}: storage {name} without access mode")
    declared = {m for m in re.findall(r"\b(?:var|let|const)(?:<[\w, ]+>)? (\w+)", code)} | {x[4] for x in binds}
    declared |= set(re.findall(r"(\w+) : vec3<u32>", code)) | set(re.findall(r"\((\w+) : u32", code)) | set(re.findall(r", (\w+) : u32\)", code))
    for name in set(re.findall(r"\b([a-z_]\w*)\[", code)):
        if name not in declared: errors.append(f"{f}: array {name} not declared")
    for fn in set(re.findall(r"\b([a-z_]\w*)\(", code)) - {"fn", "for", "if", "while", "array", "vec3", "max", "min", "exp", "workgroupBarrier", "workgroup_size", "builtin", "group", "binding", "sqrt", "select", "main"}:
        if fn not in top_fns: errors.append(f"{f}: {fn}() not defined")
    if "workgroupBarrier();" not in code: errors.append(f"{f}: no barrier")


# ---------------------------------------------------------------- 2153 LLVM IR
def llvm_unesc(s):
    return re.sub(rb"\\([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), s.encode("latin-1", "backslashreplace"))


def check_llvm(f, raw):
    L = lines_of(f, raw)
    if not raw.isascii(): errors.append(f"{f}: not ASCII (LLVM writes other bytes as \\XX)")
    if not L[0].startswith("; ModuleID = '"): errors.append(f"{f}: no ModuleID")
    for need in ('source_filename = "', 'target datalayout = "', 'target triple = "'):
        if not any(l.startswith(need) for l in L): errors.append(f"{f}: no {need.split(' =')[0]}")
    strs = {}
    for n, l in enumerate(L, 1):
        m = re.match(r'@([\w.]+) = private unnamed_addr constant \[(\d+) x i8\] c"([^"]*)", align 1$', l)
        if l.startswith("@.str") and not m: errors.append(f"{f}: line {n}: string constant"); continue
        if m:
            b = llvm_unesc(m.group(3))
            if "\\" in re.sub(r"\\[0-9A-Fa-f]{2}", "", m.group(3)): errors.append(f"{f}: line {n}: bad escape")
            if len(b) != int(m.group(2)): errors.append(f"{f}: line {n}: [{m.group(2)} x i8] but {len(b)} bytes")
            if not b.endswith(b"\x00"): errors.append(f"{f}: line {n}: string without \\00")
            try: b.decode("utf-8")
            except UnicodeDecodeError: errors.append(f"{f}: line {n}: bytes not UTF-8")
            if m.group(1) in strs: errors.append(f"{f}: @{m.group(1)} defined twice")
            strs[m.group(1)] = b
    body = "\n".join(re.sub(r'c"[^"]*"|"[^"]*"', '""', l) for l in L if not l.startswith(";"))
    balanced(f, body)
    for r_ in set(re.findall(r"@(\.str[\w.]*)", body)):
        if r_ not in strs: errors.append(f"{f}: @{r_} used but not defined")
    for r_ in strs:
        if not re.search(r"@" + re.escape(r_) + r"(?![\w.])", "\n".join(l for l in L if not l.startswith("@" + r_ + " "))): errors.append(f"{f}: @{r_} never used")
    for m in re.finditer(r"constant \[(\d+) x ([^\]]+)\] \[(.*)\], align", raw):
        if len(re.findall(r"(?:^|, )(?:ptr|%struct\.\w+) ", m.group(3))) - (len(re.findall(r"\{ ptr", m.group(3))) * 2 if "%struct" in m.group(2) else 0) != int(m.group(1)):
            errors.append(f"{f}: array of {m.group(1)} has another number of elements")
    fn = re.search(r"^define [^\n]*\{\n(.*?)\n\}$", raw, re.M | re.S)
    if not fn: errors.append(f"{f}: no function body"); return
    labels = re.findall(r"^([\w.]+):$", fn.group(1), re.M)
    if len(labels) != len(set(labels)): errors.append(f"{f}: a label twice")
    for t in re.findall(r"label %([\w.]+)", fn.group(1)):
        if t not in labels: errors.append(f"{f}: branch to undefined label %{t}")
    blocks = re.split(r"^[\w.]+:$", fn.group(1), flags=re.M)[1:]
    for lab, blk in zip(labels, blocks):
        last = [x for x in blk.strip().split("\n") if x.strip()][-1].strip()
        if not re.match(r"(br|ret|switch|unreachable)\b", last): errors.append(f"{f}: block {lab} not ended by a terminator")
    defs = re.findall(r"^  (%[\w.]+) = ", fn.group(1), re.M)
    if len(defs) != len(set(defs)): errors.append(f"{f}: a value defined twice")
    nums = [int(d[1:]) for d in defs if d[1:].isdigit()]
    if nums != list(range(len(nums))): errors.append(f"{f}: unnamed values not numbered in order {nums}")
    for u in set(re.findall(r"(%[\w.]+)", fn.group(1))):
        if u not in defs and not u.startswith("%struct") and u[1:] not in labels: errors.append(f"{f}: {u} used but not defined")
    for c in set(re.findall(r"@(\w+)\(", body)):
        if c != "main" and not re.search(r"^declare [^\n]*@" + c + r"\(", raw, re.M): errors.append(f"{f}: @{c} called but not declared")
    for a in set(re.findall(r"#(\d+)", body)):
        if not re.search(r"^attributes #" + a + " = ", raw, re.M): errors.append(f"{f}: attribute group #{a} not defined")
    for m_ in set(re.findall(r"!(\d+)", body)):
        if not re.search(r"^!" + m_ + " = ", raw, re.M): errors.append(f"{f}: metadata !{m_} not defined")


# ---------------------------------------------------------------- 2154 CloudFormation YAML
CFN_TOP = ["AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Mappings", "Conditions", "Resources", "Outputs"]
CFN_TYPES = {"AWS::EC2::SecurityGroup", "AWS::EC2::Instance", "AWS::S3::Bucket", "AWS::CloudWatch::Alarm", "AWS::EC2::LaunchTemplate"}


def check_cfn(f, raw):
    L = lines_of(f, raw)
    if "\t" in raw: errors.append(f"{f}: tab in YAML")
    top = []
    block = None
    for n, l in enumerate(L, 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2: errors.append(f"{f}: line {n}: odd indentation")
        if ind == 0:
            m = re.fullmatch(r"(\w+):(?: (.*))?", l)
            if not m: errors.append(f"{f}: line {n}: top-level line {l[:30]!r}"); continue
            top.append(m.group(1))
        s = l.strip()
        if s.count('"') % 2: errors.append(f"{f}: line {n}: string not closed")
        if not re.match(r"- |[\w:.-]+:( |$)|[\w{}$!/\[\]\"'<>.,()|& -]", s): errors.append(f"{f}: line {n}: not a YAML line")
    if top[:1] != ["AWSTemplateFormatVersion"]: errors.append(f"{f}: AWSTemplateFormatVersion not first")
    for t in top:
        if t not in CFN_TOP: errors.append(f"{f}: unknown top-level key {t}")
    if len(top) != len(set(top)): errors.append(f"{f}: a top-level key twice")
    if 'AWSTemplateFormatVersion: "2010-09-09"' not in raw: errors.append(f"{f}: format version")
    sec = lambda name: re.search(r"^" + name + r":\n(.*?)(?=^\w|\Z)", raw, re.M | re.S)
    params = re.findall(r"^  (\w+):$", sec("Parameters").group(1), re.M) if sec("Parameters") else []
    res_sec = sec("Resources")
    res = re.findall(r"^  (\w+):$", res_sec.group(1), re.M) if res_sec else []
    conds = re.findall(r"^  (\w+):", sec("Conditions").group(1), re.M) if sec("Conditions") else []
    maps = re.findall(r"^  (\w+):$", sec("Mappings").group(1), re.M) if sec("Mappings") else []
    if len(res) != len(set(res)): errors.append(f"{f}: a resource twice")
    if res_sec:
        for r_ in res:
            m = re.search(r"^  " + r_ + r":\n    Type: (\S+)", res_sec.group(1), re.M)
            if not m: errors.append(f"{f}: resource {r_} without Type first")
            elif m.group(1) not in CFN_TYPES: errors.append(f"{f}: resource {r_} of unknown type {m.group(1)}")
    for p in params:
        m = re.search(r"^  " + p + r":\n((?:    .*\n|\s*\n)*)", sec("Parameters").group(1), re.M)
        if not m or "    Type: " not in m.group(1): errors.append(f"{f}: parameter {p} without Type")
    pseudo = {"AWS::Region", "AWS::AccountId", "AWS::StackName"}
    for r_ in re.findall(r'!Ref "?([\w:]+)"?', raw):
        if r_ not in params and r_ not in res and r_ not in pseudo: errors.append(f"{f}: !Ref {r_} undefined")
    for r_ in re.findall(r"\$\{([\w:]+)(?:\.\w+)?\}", raw):
        if r_ not in params and r_ not in res and r_ not in pseudo: errors.append(f"{f}: ${{{r_}}} undefined")
    for r_ in re.findall(r"!GetAtt (\w+)\.\w+", raw):
        if r_ not in res: errors.append(f"{f}: !GetAtt {r_} undefined")
    for r_ in re.findall(r"!FindInMap \[(\w+),", raw):
        if r_ not in maps: errors.append(f"{f}: mapping {r_} undefined")
    for r_ in re.findall(r"!If \[(\w+),", raw):
        if r_ not in conds: errors.append(f"{f}: condition {r_} undefined")
    for m in re.finditer(r"^(\s+)- Key: (\S+)\n(\s+)Value: (.*)$", raw, re.M):
        if len(m.group(3)) != len(m.group(1)) + 2: errors.append(f"{f}: tag {m.group(2)} Value misaligned")
        if len(m.group(4).strip('"')) > 256: errors.append(f"{f}: tag {m.group(2)} value over 256 characters")
    for m in re.finditer(r"Tags:\n((?:\s+- Key: .*\n\s+Value: .*\n)+)", raw):
        keys_ = re.findall(r"- Key: (\S+)", m.group(1))
        if len(keys_) != len(set(keys_)): errors.append(f"{f}: a tag key twice")
    for m in re.finditer(r"(?:Value|Description|GroupDescription|AlarmDescription): (.*)$", raw, re.M):
        pass


# ---------------------------------------------------------------- 2155 Gruntfile.js
def js_bare(f, raw):
    """JavaScript with comments removed and strings emptied (a small scanner); reports unclosed ones"""
    out, i, n = [], 0, len(raw)
    while i < n:
        c = raw[i]
        if raw.startswith("/*", i):
            j = raw.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: block comment not closed"); break
            out.append("\n" * raw.count("\n", i, j)); i = j + 2; continue
        if raw.startswith("//", i):
            j = raw.find("\n", i); i = n if j < 0 else j; continue
        if c in "'\"`":
            j = i + 1
            while j < n and raw[j] != c and raw[j] != "\n":
                j += 2 if raw[j] == "\\" else 1
            if j >= n or raw[j] != c: errors.append(f"{f}: line {raw.count(chr(10), 0, i) + 1}: string not closed"); i = j; continue
            out.append(c + c); i = j + 1; continue
        out.append(c); i += 1
    return "".join(out)


def check_grunt(f, raw):
    L = lines_of(f, raw)
    bare = js_bare(f, raw)
    code = bare
    balanced(f, bare)
    if not re.search(r"^module\.exports = function \(grunt\) \{$", raw, re.M): errors.append(f"{f}: no module.exports function")
    if "grunt.initConfig({" not in raw: errors.append(f"{f}: no grunt.initConfig")
    if re.search(r",\s*[}\]]", bare): errors.append(f"{f}: trailing comma")
    if re.search(r"[}\]'\"\w]\n\s*['\"\w]+\s*:", bare): errors.append(f"{f}: a property without the comma before it")
    if re.search(r"[}\]'\"]\s*\n\s*\{", bare): errors.append(f"{f}: an array element without the comma before it")
    cfg = re.search(r"grunt\.initConfig\(\{\n(.*?)\n  \}\);", raw, re.S)
    tasks = re.findall(r"^    (\w+): ", cfg.group(1), re.M) if cfg else []
    if len(tasks) != len(set(tasks)): errors.append(f"{f}: a config key twice")
    plug = {"clean": "grunt-contrib-clean", "copy": "grunt-contrib-copy", "nunjucks": "grunt-nunjucks-2-html",
            "htmlmin": "grunt-contrib-htmlmin", "watch": "grunt-contrib-watch"}
    loaded = re.findall(r"grunt\.loadNpmTasks\('([\w-]+)'\);", raw)
    for t, p in plug.items():
        if t in tasks and p not in loaded: errors.append(f"{f}: {t} configured but {p} not loaded")
    registered = re.findall(r"grunt\.registerTask\('(\w+)'", raw)
    if "default" not in registered: errors.append(f"{f}: no default task")
    for m in re.finditer(r"grunt\.registerTask\('\w+', \[([^\]]*)\]\);", raw):
        for t in re.findall(r"'(\w+)'", m.group(1)):
            if t not in tasks and t not in registered: errors.append(f"{f}: task {t} neither configured nor registered")
    for m in re.finditer(r"<%= (\w+) %>", raw):
        if m.group(1) not in tasks: errors.append(f"{f}: template <%= {m.group(1)} %> names no config key")
    for m in re.finditer(r"\{ title: [\"']", raw):
        line = raw[m.start():raw.index("\n", m.start())]
        if not re.fullmatch(r"\{ title: \"[^\"]+\", (url: '[^']+'|note: '[^']+') \},?", line): errors.append(f"{f}: list entry {line[:40]!r}")
    for u in re.findall(r"url: '([^']*)'", raw):
        if not re.match(r"https?://", u): errors.append(f"{f}: url {u!r}")


# ---------------------------------------------------------------- 2156 youtube-dl batch file
def check_ytdl(f, raw):
    L = lines_of(f, raw)
    for n, l in enumerate(L, 1):
        if not l or l[0] in "#;]": continue
        if not re.fullmatch(r"https?://\S+", l): errors.append(f"{f}: line {n}: neither a URL nor a comment: {l[:40]!r}"); continue
        m = re.fullmatch(r"https://www\.youtube\.com/watch\?v=([\w-]+)", l)
        if "youtube" in l and (not m or len(m.group(1)) != 11): errors.append(f"{f}: line {n}: YouTube id not 11 characters")
        if "vimeo.com/" in l and not re.fullmatch(r"https://vimeo\.com/\d+", l): errors.append(f"{f}: line {n}: Vimeo URL")
    urls = [l for l in L if l.startswith("http")]
    if len(urls) != len(set(urls)): errors.append(f"{f}: a URL twice")
    if not urls: errors.append(f"{f}: no URL")


def shape_checks(f, raw, path):
    n = num(f)
    {2147: check_pdfmark, 2148: check_curlrc, 2149: check_sgf, 2150: check_pgn, 2151: check_abc, 2152: check_wgsl,
     2153: check_llvm, 2154: check_cfn, 2155: check_grunt,
     2156: check_ytdl}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """no decoded forms in round213 (every digest is plain UTF-8 text)"""
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
# /work/rounds/*/expected.json except round212's and round213's, a byte-identical file counted once), and the
# round212/round213 split (candidates sorted by (uses, catalogue title); round213 = odd positions from 3 on, one
# unbroken run; round212 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P212S = ["/work/rounds/digests-round212/expected.json", "/work/main/tests/data/digests-round212/expected.json"]
P212 = next((p for p in P212S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P212S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round212", "digests-round213") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round213 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r212 = set()
if P212:
    try:
        r212 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P212)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P212} exists but could not be read (being written?)")
    if r212 & mine: errors.append(f"papers also in round212: {sorted(r212 & mine)}")
shared212 = len(r212 & mine) if P212 else "(no round212 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round213 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round212: {shared212}; papers in more than one round213 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



