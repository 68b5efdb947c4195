#!/usr/bin/env python3
r"""Checks round49/expected.json against the digests and the shared catalogues.

Adapted from round47/validate.py (the label checks and the reuse report are the same code, with round48 / round49 in
place of round46 / round47; the readers and shape checks are new). The reuse report counts every
/work/main/tests/data/*/expected.json and /work/round2*/, /work/round3*/, /work/round4*/expected.json except round48's
and round49's own — a file whose bytes equal one already counted is counted once — and checks the round48/round49
split: round49 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as
one run from position 3 up to its last paper; it fails on a paper shared with /work/round48/expected.json when that
file exists (read only), and on a paper in more than one round49 file.
Every digest is UTF-8; each is also read in decoded forms, the way a reader of that shape would see it:
  - 507 (DocBook XML): the element text (ElementTree itertext), entities resolved;
  - 508 (Turtle): every string literal with its escapes undone (long literals included);
  - 509 (Cypher): every string literal with its escapes undone;
  - 513 (codemeta.json): every JSON string;
  - 514 (recfile): the text with "+ " continuation lines joined to their field (recsel's view);
  - the other files: the text;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 49
needs no deviation.

Shape checks (each digest against the rules of the program that writes or reads its shape):
  - 507 (DocBook 5): LF, well-formed XML, root <chapter> in the DocBook namespace with version 5.0 and an xml:id,
    unique xml:ids, every <citation> naming a bibliography entry's xml:id, every xlink:href http(s), every
    biblioentry / bibliomixed outside the software bibliodiv holding one <title>;
  - 508 (Turtle): LF, every prefixed name (outside strings, IRIs and comments) using a declared @prefix, @prefix
    lines well-formed, balanced [] and (), closed strings, every statement ending with " ." (the text outside
    strings / IRIs / comments ends with "."), every IRI without spaces;
  - 509 (Cypher): LF, balanced (), [], {} outside strings and comments, every statement ended by ";" (no text after
    the last ";"), :param lines well-formed, every MERGE'd Paper clave unique and every clave used in an UNWIND row
    declared, every url property http(s);
  - 510 (OneTab export): LF, every non-blank line "URL | title" with an http(s) URL without spaces and a non-empty
    title, single blank lines between groups, no blank first / last line;
  - 511 (Otter.ai export): LF, title, date line "Ddd, Mmm d, yyyy h:mmAM/PM • mm:ss", SUMMARY KEYWORDS, SPEAKERS, turns
    "Name  m:ss" whose names are in SPEAKERS, times increasing and within the duration, the "Transcribed by
    https://otter.ai" footer;
  - 512 (D2): LF, balanced {} outside strings / comments / the |md block, closed strings, every connection endpoint
    a declared key path, every link: value a URL;
  - 513 (codemeta.json): parses as JSON; CodeMeta 3.0 @context, @type SoftwareSourceCode, name / codeRepository /
    license present, every ScholarlyArticle with a name, every url / sameAs http(s), no duplicate article name;
  - 514 (recfile): LF, descriptors before records, "+ " lines only after a field, field names well-formed, each
    Articolo record with the %mandatory fields, fields in %allowed, unique %key, int / enum %type values valid;
  - 515 (Re:VIEW): LF, exactly one "= " chapter heading and it comes first after the #@ comments, //blocks{ closed by
    //}, inline @<cmd>{…} closed on their line, every @<fn>{id} with a //footnote[id] and every @<list>{id} with a
    //list[id], itemize lines " * ";
  - 516 (NEGATIVE, M3U8): LF, "#EXTM3U" first, every #EXTINF:int,title followed (after tags / comments) by one
    location (http(s) URL or relative media path), no location without an #EXTINF.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is
not an id of its own (kept from round17)."""

import csv, hashlib, html, io, json, os, re, sys, uuid
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, date
from urllib.parse import unquote, unquote_plus


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

def num(f):
    return int(f.split("_")[0])

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")

def crlf(f, raw):
    if raw.replace("\r\n", "").count("\n") or raw.replace("\r\n", "").count("\r"): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


PB_STR = re.compile(r'"((?:[^"\\\n]|\\.)*)"')

def unescape_str(s):
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] in "uU" and len(m.group(1)) > 1
                  else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), s)


TTL_STR = re.compile(r'"""(.*?)"""|\'\'\'(.*?)\'\'\'|"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'', re.S)
def ttl_strings(raw):
    out = []
    for m in TTL_STR.finditer(raw):
        out.append(unescape_str(next(g for g in m.groups() if g is not None)))
    return out


CY_STR = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"")
def strip_comments_strings(src, line_comment, strings):
    """replace comments and string literals with spaces (keeps the structure for bracket checks)"""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith(line_comment, i):
            j = src.find("\n", i); j = n if j < 0 else j
            out.append(" " * (j - i)); i = j; continue
        if src[i] in strings:
            q = src[i]; j = i + 1
            while j < n and src[j] != q:
                if src[j] == "\\": j += 1
                if j < n and src[j] == "\n": raise ValueError(f"string not closed on line {src.count(chr(10), 0, i) + 1}")
                j += 1
            if j >= n: raise ValueError("string not closed")
            out.append(" " * (j + 1 - i)); i = j + 1; continue
        out.append(src[i]); i += 1
    return "".join(out)


def rec_joined(raw):
    return raw.replace("\n+ ", "\n").replace("\n+\n", "\n\n")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 507: forms.append("\n".join(ET.fromstring(raw.encode("utf-8")).itertext()))
    if n == 508: forms.append("\n".join(ttl_strings(raw)))
    if n == 509: forms.append("\n".join(unescape_str(a or b) for a, b in CY_STR.findall(raw)))
    if n == 513: forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n == 514: forms.append(rec_joined(raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def balanced(f, code, pairs="()[]{}"):
    st = []
    op, cl = pairs[0::2], pairs[1::2]
    for c in code:
        if c in op: st.append(c)
        elif c in cl:
            if not st or op.index(st.pop()) != cl.index(c): errors.append(f"{f}: unbalanced {c!r}"); return
    if st: errors.append(f"{f}: unclosed {st[-1]!r}")


DB = "{http://docbook.org/ns/docbook}"
XL = "{http://www.w3.org/1999/xlink}href"
XID = "{http://www.w3.org/XML/1998/namespace}id"
def check_docbook(f, raw):
    lf_final(f, raw)
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != DB + "chapter": errors.append(f"{f}: root is {root.tag}, not a DocBook chapter")
    if root.get("version") != "5.0": errors.append(f"{f}: version is not 5.0")
    if not root.get(XID): errors.append(f"{f}: chapter without xml:id")
    ids = [e.get(XID) for e in root.iter() if e.get(XID)]
    for i, k in Counter(ids).items():
        if k > 1: errors.append(f"{f}: duplicate xml:id {i}")
    bib = {e.get(XID) for e in root.iter(DB + "biblioentry")} | {e.get(XID) for e in root.iter(DB + "bibliomixed")}
    for c in root.iter(DB + "citation"):
        if c.text not in bib: errors.append(f"{f}: <citation>{c.text}</citation> names no bibliography entry")
    for e in root.iter():
        h = e.get(XL)
        if h is not None and not re.match(r"https?://\S+$", h): errors.append(f"{f}: xlink:href {h!r} is not an http(s) URL")
    for div in root.iter(DB + "bibliography"):
        for e in list(div):
            if e.tag in (DB + "biblioentry", DB + "bibliomixed"):
                own = [t for t in e.findall(DB + "title")] + [t for ms in e.findall(DB + "bibliomset") if ms.get("relation") == "article" for t in ms.findall(DB + "title")]
                if len(own) != 1: errors.append(f"{f}: bibliography entry {e.get(XID)} without exactly one title of its own")


def check_turtle(f, raw):
    lf_final(f, raw)
    try:
        code = TTL_STR.sub(lambda m: " " * len(m.group(0)), raw)
        if re.search(r'["\']', re.sub(r"<[^<>\s]*>", "", re.sub(r"#[^\n]*", "", code))): errors.append(f"{f}: unclosed string")
    except Exception as ex:
        errors.append(f"{f}: {ex}"); return
    iris = re.findall(r"<([^<>]*)>", code)
    for i in iris:
        if re.search(r"\s", i): errors.append(f"{f}: IRI with whitespace <{i}>")
    code = re.sub(r"<[^<>\s]*>", " ", code)
    code = "\n".join(re.sub(r"#.*", "", l) for l in code.split("\n"))
    prefixes = set()
    for l in raw.split("\n"):
        if l.startswith("@prefix"):
            m = re.fullmatch(r"@prefix\s+([A-Za-z][\w-]*)?:\s+<[^<>\s]+>\s*\.", l.strip())
            if not m: errors.append(f"{f}: malformed @prefix line {l!r}")
            else: prefixes.add(m.group(1) or "")
    for m in re.finditer(r"(?<![\w:/.@^-])([A-Za-z][\w-]*)?:([\w-][\w.-]*)?", code):
        if m.group(0).startswith("_:"): continue
        if (m.group(1) or "") not in prefixes: errors.append(f"{f}: undeclared prefix in {m.group(0)!r}")
    balanced(f, code, "()[]")
    body = re.sub(r"@prefix[^\n]*", "", code).strip()
    if not body.endswith("."): errors.append(f"{f}: last statement not ended with '.'")


def check_cypher(f, raw):
    lf_final(f, raw)
    try:
        code = strip_comments_strings(raw, "//", "'\"")
    except ValueError as ex:
        errors.append(f"{f}: {ex}"); return
    balanced(f, code)
    stmts = [l for l in code.split("\n") if l.strip() and not l.startswith(":param")]
    tail = code[code.rfind(";") + 1:]
    if tail.strip(): errors.append(f"{f}: text after the last ';'")
    for l in raw.split("\n"):
        if l.startswith(":param") and not re.fullmatch(r":param \w+ => '[^']*';", l): errors.append(f"{f}: malformed :param {l!r}")
    claves = re.findall(r"MERGE \(p:Paper \{clave: '([^']+)'\}\)", raw)
    for c, k in Counter(claves).items():
        if k > 1: errors.append(f"{f}: Paper {c} MERGE'd twice")
    for rows in re.findall(r"UNWIND \[(.*?)\] AS (?:fila|par)", raw, re.S):
        for c in re.findall(r"\['([^']+)'", rows) + re.findall(r", '([a-z]+20\d\d\w*)'\]", rows):
            if c not in claves: errors.append(f"{f}: UNWIND row names undeclared Paper {c}")
    for u in re.findall(r"\.url = '([^']*)'", raw):
        if not re.match(r"https?://\S+$", u): errors.append(f"{f}: url {u!r} not http(s)")


def check_onetab(f, raw):
    lf_final(f, raw)
    lines = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    if not lines[0].strip() or not lines[-1].strip(): errors.append(f"{f}: blank first or last line")
    for i, l in enumerate(lines):
        if not l.strip():
            if i and not lines[i - 1].strip(): errors.append(f"{f}: two blank lines in a row at line {i + 1}")
            continue
        m = re.fullmatch(r"(https?://\S+) \| (.+)", l)
        if not m: errors.append(f"{f}: line {i + 1} is not 'URL | title': {l[:60]!r}")


def mmss(t):
    p = [int(x) for x in t.split(":")]
    return p[0] * 60 + p[1] if len(p) == 2 else p[0] * 3600 + p[1] * 60 + p[2]


def check_otter(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    m = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4} \d{1,2}:\d\d(AM|PM) • (\d+:\d\d(?::\d\d)?)", L[1])
    if not L[0].strip() or not m: errors.append(f"{f}: title / date line not in Otter's form"); return
    dur = mmss(m.group(4))
    if L[3] != "SUMMARY KEYWORDS": errors.append(f"{f}: no SUMMARY KEYWORDS")
    try:
        sp_i = L.index("SPEAKERS")
        speakers = [s.strip() for s in L[sp_i + 1].split(",")]
    except ValueError:
        errors.append(f"{f}: no SPEAKERS"); return
    last = -1
    end = next((i for i, l in enumerate(L) if l.strip() == "Transcribed by https://otter.ai"), None)
    if end is None: errors.append(f"{f}: no 'Transcribed by https://otter.ai' footer"); end = len(L)
    turns = 0
    for l in L[sp_i + 2:end]:
        t = re.fullmatch(r"(.+?)  (\d+:\d\d(?::\d\d)?)", l)
        if t:
            turns += 1
            if t.group(1) not in speakers: errors.append(f"{f}: speaker {t.group(1)!r} not in SPEAKERS")
            s = mmss(t.group(2))
            if s <= last: errors.append(f"{f}: turn time {t.group(2)} not after the previous one")
            if s > dur: errors.append(f"{f}: turn time {t.group(2)} after the recording's end")
            last = s
    if not turns: errors.append(f"{f}: no speaker turns")


def check_d2(f, raw):
    lf_final(f, raw)
    src = re.sub(r"\|md\n.*?\n\|", "|md|", raw, flags=re.S)
    try:
        code = strip_comments_strings(src, "#", '"')
    except ValueError as ex:
        errors.append(f"{f}: {ex}"); return
    code = re.sub(r"\$\{[^{}]*\}", "VAR", code)
    balanced(f, code, "{}")
    declared, stack = set(), []
    for l in code.split("\n"):
        s = l.strip()
        if not s: continue
        if s == "}" or s.startswith("}"):
            if stack: stack.pop()
            continue
        m = re.match(r"([^\s:{}>-][^:{}]*?)\s*:", s)
        if m and "->" not in s:
            key = m.group(1).strip()
            declared.add(".".join(stack + [key]))
            if s.endswith("{"): stack.append(key)
    for l in code.split("\n"):
        m = re.match(r"\s*([\w.]+)\s*->\s*([\w.]+)", l)
        if m:
            for ep in m.groups():
                if ep not in declared: errors.append(f"{f}: connection endpoint {ep!r} not declared")
    for u in re.findall(r"link:\s*(\S+)", raw):
        if not re.match(r"https?://\S+$", u): errors.append(f"{f}: link {u!r} is not a URL")


def check_codemeta(f, raw):
    lf_final(f, raw)
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if d.get("@context") != "https://w3id.org/codemeta/3.0": errors.append(f"{f}: @context is not CodeMeta 3.0")
    if d.get("@type") != "SoftwareSourceCode": errors.append(f"{f}: @type is not SoftwareSourceCode")
    for k in ("name", "codeRepository", "license"):
        if not d.get(k): errors.append(f"{f}: no {k}")
    names = []
    def walk(v):
        if isinstance(v, dict):
            if v.get("@type") == "ScholarlyArticle":
                if not v.get("name"): errors.append(f"{f}: ScholarlyArticle without a name")
                names.append(v.get("name"))
            for k, x in v.items():
                if k in ("url", "sameAs", "codeRepository") and not (isinstance(x, str) and re.match(r"https?://\S+$", x)):
                    errors.append(f"{f}: {k} {x!r} is not an http(s) URL")
                walk(x)
        elif isinstance(v, list):
            for x in v: walk(x)
    walk(d)
    for n_, k in Counter(names).items():
        if k > 1: errors.append(f"{f}: article {n_!r} listed twice")


def check_recfile(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")
    recs, cur, desc, prev_field = [], None, {}, False
    sets, curset = {}, None
    for i, l in enumerate(lines, 1):
        if l.startswith("#"): continue
        if not l.strip():
            if cur is not None: recs.append((curset, cur)); cur = None
            prev_field = False; continue
        if l.startswith("+"):
            if not prev_field: errors.append(f"{f}: line {i}: continuation line not after a field")
            if l != "+" and not l.startswith("+ "): errors.append(f"{f}: line {i}: continuation without the space")
            continue
        m = re.fullmatch(r"(%?[A-Za-z][\w]*): ?(.*)", l)
        if not m: errors.append(f"{f}: line {i}: not a field: {l[:50]!r}"); prev_field = False; continue
        k, v = m.groups(); prev_field = True
        if k.startswith("%"):
            if k == "%rec": curset = v; sets[curset] = {"%type": []}
            elif curset is None: errors.append(f"{f}: descriptor {k} before %rec")
            elif k == "%type": sets[curset]["%type"].append(v.split(None, 2))
            else: sets[curset][k] = v
        else:
            if curset is None: errors.append(f"{f}: record before any %rec")
            cur = cur if cur is not None else []
            cur.append((k, v))
    if cur is not None: recs.append((curset, cur))
    keys_seen = Counter()
    for s, fields in recs:
        d = sets.get(s, {})
        names = [k for k, _ in fields]
        for m_ in d.get("%mandatory", "").split():
            if m_ not in names: errors.append(f"{f}: {s} record without mandatory {m_}: {fields[0]}")
        allowed = d.get("%allowed", "").split()
        if allowed:
            for k in names:
                if k not in allowed: errors.append(f"{f}: field {k} not in %allowed of {s}")
        key = d.get("%key")
        if key:
            vals = [v for k, v in fields if k == key]
            if len(vals) != 1: errors.append(f"{f}: {s} record without exactly one key {key}")
            else: keys_seen[(s, vals[0])] += 1
        for t in d.get("%type", []):
            for k, v in fields:
                if k != t[0]: continue
                if t[1] == "int" and not re.fullmatch(r"-?\d+", v): errors.append(f"{f}: {k} {v!r} is not int")
                if t[1] == "enum" and v not in t[2].split(): errors.append(f"{f}: {k} {v!r} not in enum {t[2]}")
    for k, n_ in keys_seen.items():
        if n_ > 1: errors.append(f"{f}: duplicate key {k}")


def check_review(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    heads = [i for i, l in enumerate(L) if re.match(r"=[ \[{]", l) and not l.startswith("==")]
    if len(heads) != 1: errors.append(f"{f}: {len(heads)} chapter headings (one wanted)")
    elif any(l.strip() and not l.startswith("#@") for l in L[:heads[0]]): errors.append(f"{f}: text before the chapter heading")
    depth = 0
    fns = set(re.findall(r"^//footnote\[([^\]]+)\]", raw, re.M))
    lists = set(re.findall(r"^//list\[([^\]]+)\]", raw, re.M))
    for i, l in enumerate(L, 1):
        if re.match(r"//\w+(\[[^\]]*\])*\{$", l):
            if depth: errors.append(f"{f}: line {i}: block opened inside a block")
            depth += 1; continue
        if l == "//}":
            if not depth: errors.append(f"{f}: line {i}: //}} without an open block")
            depth = max(0, depth - 1); continue
        if depth and L[i - 2 if i >= 2 else 0].startswith("//list"): pass
        x = re.sub(r"@<\w+>\{(?:[^{}\\]|\\.)*\}", "", l)
        if "@<" in x: errors.append(f"{f}: line {i}: inline command not closed")
        for fid in re.findall(r"@<fn>\{([^}]*)\}", l):
            if fid not in fns: errors.append(f"{f}: @<fn>{{{fid}}} without //footnote")
        for lid in re.findall(r"@<list>\{([^}]*)\}", l):
            if lid not in lists: errors.append(f"{f}: @<list>{{{lid}}} without //list")
        if re.match(r"\s*\*", l) and not re.match(r" \*+ ", l): errors.append(f"{f}: line {i}: itemize not ' * '")
    if depth: errors.append(f"{f}: block not closed")


def check_m3u(f, raw):
    lf_final(f, raw)
    L = [l for l in raw.split("\n")]
    if L[0] != "#EXTM3U": errors.append(f"{f}: #EXTM3U is not the first line")
    pending = None
    for i, l in enumerate(L, 1):
        if not l.strip(): continue
        if l.startswith("#EXTINF"):
            if pending: errors.append(f"{f}: line {pending}: #EXTINF without a location")
            if not re.fullmatch(r"#EXTINF:-?\d+,.+", l): errors.append(f"{f}: line {i}: malformed #EXTINF")
            pending = i; continue
        if l.startswith("#"): continue
        if not pending: errors.append(f"{f}: line {i}: location without #EXTINF")
        if not (re.fullmatch(r"https?://\S+", l) or re.fullmatch(r"[\w./-]+\.(mp4|mkv|webm|mp3|ogg)", l)): errors.append(f"{f}: line {i}: bad location {l!r}")
        pending = None
    if pending: errors.append(f"{f}: line {pending}: #EXTINF without a location")


def shape_checks(f, raw, path):
    {507: check_docbook, 508: check_turtle, 509: check_cypher, 510: check_onetab, 511: check_otter,
     512: check_d2, 513: check_codemeta, 514: check_recfile, 515: check_review, 516: check_m3u}[num(f)](f, raw)



def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)
# ---------------------------------------------------------------- label checks

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
            if aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# /work/round2*/, /work/round3*/, /work/round4*/expected.json except round48's and round49's, a byte-identical file counted once),
# and the round48/round49 split (candidates sorted by (uses, catalogue title); round49 = odd positions from 3 on,
# one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
counted = set()
sources = [os.path.join(TD, d, "expected.json") for d in sorted(os.listdir(TD))] + \
          [os.path.join("/work", d, "expected.json") for d in sorted(os.listdir("/work"))
           if re.fullmatch(r"round[234]\d", d) and d not in ("round48", "round49")]
for pth in sources:
    if not os.path.exists(pth) or os.path.realpath(pth) == os.path.realpath(os.path.join(ROOT, "expected.json")): continue
    b = open(pth, "rb").read()
    if b in counted: continue
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
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round48 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r48 = set()
p48 = "/work/round48/expected.json"
if os.path.exists(p48):
    try:
        r48 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p48)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round48/expected.json exists but could not be read (being written?)")
    if r48 & mine: errors.append(f"papers also in round48: {sorted(r48 & mine)}")
shared48 = len(r48 & mine) if os.path.exists(p48) else "(no /work/round48/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:92s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round49 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round48: {shared48}; papers in more than one round49 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
