#!/usr/bin/env python3
r"""Checks round133/expected.json against the digests and the shared catalogues.

Adapted from round131/validate.py (the label checks are the same code; the reuse report is round131's with round132 /
round133 in place of round130 / round131: round133 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round132's and round133's own (a
digests-round132 / digests-round133 folder, or a file whose bytes equal round132's or round133's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round133 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round132's expected.json (read only, from /work/rounds/digests-round132/ or
/work/main/tests/data/digests-round132/, when it exists), and on a paper in more than one round133 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1347 the JSON bodies' strings; 1348 every JSON
string and the strings of the JSON request bodies inside them; 1349 every JSON string of the bsondump lines; 1350 the
strings of the logged JSON; 1351 the Lisp strings (`\"` / `\\` undone); 1352 the C strings with their octal escapes
undone (as UTF-8); 1353 every str in the REPL's Python reprs; 1354 and 1355 every JSON string (`\/` undone);
everything: HTML / XML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1347 mitmdump (the prompt and command; each flow `127.0.0.1:port: METHOD url HTTP/2.0`, lower-case headers indented by
four spaces, the body as the JSON view's four-space text, content-length = the compact UTF-8 body's bytes, GETs without
a body, ` << HTTP/2.0 code reason size` with the standard reason and pretty_size of the compact response body, response
headers, content-length again, `date` headers valid and not going back);
1348 Hoppscotch (no final newline; JSON.stringify's two-space layout; collection / folder / request keys in order,
request `v`, methods, `<<var>>` or https endpoints, params / headers as key-value-active, body contentType null iff body
null and a JSON body that parses, pw.* test scripts);
1349 bsondump (prompts; mongodump's two log lines; one compact canonical-Extended-JSON document a line, `_id` first with a
24-hex `$oid` whose first 4 bytes = addedAt's second, `$numberInt` / `$numberDouble` / `$date.$numberLong` forms; the
`N objects found` line = the documents = mongodump's count; log times in order);
1350 Apps Script (every line `H:MM:SS<TAB>level<TAB>message` with a Spanish level or a stack line after an Error; runs
opened by «Se ha iniciado la ejecución» and closed by «Se ha completado la ejecución» or an Error; times not going
back; the logged JSON compact; Logger maps / arrays with `.0` numbers and Java-style dates with the right weekday; a
warning for each logged row without link or arXiv id);
1351 EWW (the auto-generated header; the file = pp's layout of the parsed list; plists :url :title :time; times
current-time-string's layout with the right weekday, newest first; urls http(s));
1352 ltrace (the prototype file's lines; each traced call `qira-sync->name(args) = ret` of a prototyped function with its
arity; strings valid C escapes, octal for non-ASCII, decoding to UTF-8, cut ones exactly `-s` bytes; per row binds
1..5 then step = 101 and reset; the closing count = the steps; `+++ exited (status 0) +++`);
1353 Whoosh REPL (banner; `<Schema: [sorted names]>`; doc_count; `<Top N Results …>` with N = the hit lines; ranks from
0 with scores descending; the Hit repr = the rank-0 line; document() dicts with the schema's keys; the second search's
list ranked from 0; exit());
1354 Raycast (no final newline; Swift's prettyPrinted layout `"key" : value` with `\/`; objects name / text / keyword;
keywords unique, starting with `;`; only known placeholders);
1355 Node-RED (no final newline; JSON.stringify's four-space layout; the tab first, 16-hex ids unique, `z` = the tab,
wires to existing nodes, integer x / y, per-type keys in the editor's order, balanced mustache sections, a five-field
crontab);
1356 duplicity (collection-status' lines; the sets table's layout, volumes summed, chain start = the full set, end = the
last set, last full backup date; list-current-files' lines asctime-valid, in duplicity's order, every parent listed, no
mtime after the chain's end, no path with the grep -v pattern).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, html, json, math, os, re, sys
import datetime as dt
from collections import Counter
from http import HTTPStatus
from urllib.parse import quote, unquote, urlsplit
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
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def py_strs(v):
    if isinstance(v, str): return [v]
    if isinstance(v, (list, tuple)): return [s for i in v for s in py_strs(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in py_strs(k) + py_strs(i)]
    return []


def lisp_strings(raw):
    return [re.sub(r"\\(.)", r"\1", m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"', raw)]


def c_unescape(s):
    b, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            n = s[i + 1]
            if n in "01234567":
                b.append(int(s[i + 1:i + 4], 8)); i += 4; continue
            b += {"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"'}.get(n, n.encode()); i += 2; continue
        b += c.encode(); i += 1
    return bytes(b)


C_STR = re.compile(r'"((?:[^"\\]|\\[0-7]{3}|\\[ntr"\\])*)"(\.\.\.)?')


def json_blocks(lines):
    """the JSON documents shown as indented blocks (mitmdump bodies)"""
    out, cur = [], []
    for l in lines + [""]:
        if l.startswith("    ") and (cur or l[4:5] in "{["): cur.append(l[4:])
        elif cur:
            try: out.append(json.loads("\n".join(cur)))
            except ValueError: pass
            cur = []
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1347: forms.append("\n".join(s for o in json_blocks(raw.split("\n")) for s in json_strings(o)))
    if n in (1348, 1354, 1355):
        ss = json_strings(json.loads(raw))
        for s in list(ss):
            if s.lstrip().startswith("{"):
                try: ss += json_strings(json.loads(s))
                except ValueError: pass
        forms.append("\n".join(ss))
    if n == 1349: forms.append("\n".join(s for l in raw.split("\n") if l.startswith("{") for s in json_strings(json.loads(l))))
    if n == 1350: forms.append("\n".join(s for l in raw.split("\n") for m in [re.match(r"[\d:]+\t\w+\t(\{\".*)$", l)] if m for s in json_strings(json.loads(m.group(1)))))
    if n == 1351: forms.append("\n".join(lisp_strings(raw)))
    if n == 1352: forms.append("\n".join(c_unescape(m.group(1)).decode("utf-8", "replace") for m in C_STR.finditer(raw)))
    if n == 1353:
        ss = []
        for l in raw.split("\n"):
            c = l[5:-1] if l.startswith("<Hit {") else l
            if c[:1] in "{['":
                try: ss += py_strs(ast.literal_eval(c))
                except (ValueError, SyntaxError): pass
        forms.append("\n".join(ss))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms


# ---------------------------------------------------------------- shape checks
def lines_of(f, raw, final=True):
    lf_final(f, raw, final)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


PROMPT = re.compile(r"(?:\([\w-]+\) )?([\w.-]+)@([\w-]+):([^$#]+)[$#] (.*)")


def session(f, L):
    """split a pasted terminal into (command, output lines); the prompt string is the first line's; the last line is
    an empty prompt"""
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m: errors.append(f"{f}: the first line is not a shell prompt"); return []
    pre = L[0][:len(L[0]) - len(m.group(4))]
    if L[-1] != pre: errors.append(f"{f}: the last line is not an empty prompt {pre!r}")
    cmds = []
    for l in L[:-1]:
        if l.startswith(pre): cmds.append((l[len(pre):], []))
        elif not cmds: errors.append(f"{f}: text before the first prompt"); return []
        else: cmds[-1][1].append(l)
    return cmds


def cmd_out(f, cmds, rx):
    hits = [(c, o) for c, o in cmds if re.fullmatch(rx, c)]
    if not hits: errors.append(f"{f}: no command matching {rx!r}"); return None, []
    return hits[0]


def asctime_ok(s):
    try:
        d = dt.datetime.strptime(s, "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return d if s == f"{d:%a %b} {d.day:2d} {d:%H:%M:%S} {d.year}" else None


# ---- 1347 mitmdump
def pretty_size(n):
    if n < 1024: return f"{n}b"
    s = f"{n / 1024:.1f}"
    return (s[:-2] if s.endswith(".0") else s) + "k"


def check_mitmdump(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"mitmdump -nr \S+ --flow-detail 3")
    if c is None: return
    flows, i, last_date = 0, 0, None
    REQ = re.compile(r"127\.0\.0\.1:(\d+): (GET|POST|PUT|PATCH|DELETE) (https?://\S+) HTTP/2\.0")
    RESP = re.compile(r" << HTTP/2\.0 (\d{3}) (.+) (\d+b|\d+(?:\.\d)?k)")
    while i < len(out):
        m = REQ.fullmatch(out[i])
        if not m: errors.append(f"{f}: not a flow's request line: {out[i][:50]!r}"); return
        flows += 1; i += 1
        for part in ("request", "response"):
            hdr = {}
            while i < len(out) and out[i].startswith("    ") and not out[i].startswith("     "):
                hm = re.fullmatch(r"    ([a-z0-9-]+): (.+)", out[i])
                if not hm: errors.append(f"{f}: header line {out[i][:40]!r} (lower-case name: value)"); return
                hdr[hm.group(1)] = hm.group(2); i += 1
            body = None
            if i < len(out) and out[i] == "":
                j = i + 1
                while j < len(out) and out[j].startswith("    "): j += 1
                txt = "\n".join(l[4:] for l in out[i + 1:j])
                try: body = json.loads(txt)
                except ValueError: errors.append(f"{f}: flow {flows} {part} body is not JSON"); return
                if json.dumps(body, ensure_ascii=False, indent=4) != txt: errors.append(f"{f}: flow {flows} {part} body not in the JSON view's four-space layout")
                if j >= len(out) or out[j] != "": errors.append(f"{f}: flow {flows} {part} body without a blank line after it")
                i = j + 1
            blen = len(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()) if body is not None else None
            if part == "request":
                if m.group(2) == "GET" and (body is not None or "content-length" in hdr): errors.append(f"{f}: flow {flows}: a GET with a body")
                if m.group(2) != "GET" and hdr.get("content-length") != str(blen): errors.append(f"{f}: flow {flows}: request content-length {hdr.get('content-length')} (the compact body has {blen} bytes)")
                if i >= len(out): errors.append(f"{f}: flow {flows} without a response"); return
                rm = RESP.fullmatch(out[i])
                if not rm: errors.append(f"{f}: flow {flows}: response line {out[i][:40]!r}"); return
                i += 1
            else:
                code, reason, sz = rm.groups()
                try:
                    if HTTPStatus(int(code)).phrase != reason: errors.append(f"{f}: flow {flows}: reason {reason!r} for {code}")
                except ValueError: errors.append(f"{f}: flow {flows}: status {code}")
                if body is None or hdr.get("content-length") != str(blen) or sz != pretty_size(blen): errors.append(f"{f}: flow {flows}: response size / content-length not the body's ({sz}, {hdr.get('content-length')}, {blen})")
                try:
                    d = dt.datetime.strptime(hdr.get("date", ""), "%a, %d %b %Y %H:%M:%S GMT")
                    if hdr["date"] != d.strftime("%a, %d %b %Y %H:%M:%S GMT"): raise ValueError
                    if last_date and d < last_date: errors.append(f"{f}: flow {flows}: date goes back")
                    last_date = d
                except (ValueError, KeyError): errors.append(f"{f}: flow {flows}: date header {hdr.get('date')!r}")
    if flows < 3: errors.append(f"{f}: {flows} flows")


# ---- 1348 Hoppscotch
H_COLL = ["v", "name", "folders", "requests", "auth", "headers"]
H_REQ = ["v", "endpoint", "name", "params", "headers", "method", "auth", "preRequestScript", "testScript", "body", "requestVariables"]


def check_hoppscotch(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=2) != raw: errors.append(f"{f}: not JSON.stringify's two-space layout")
    if not isinstance(d, list) or not d: errors.append(f"{f}: not an array of collections"); return
    nreq = 0

    def coll(c, where):
        nonlocal nreq
        if not keys_are(f, where, c, H_COLL): return
        if c["v"] != 2 or not c["name"]: errors.append(f"{f}: {where}: v / name")
        for x in c["folders"]: coll(x, where + "/" + str(x.get("name")))
        for r in c["requests"]:
            nreq += 1
            w = f"{where}: request {r.get('name')!r}"
            if not keys_are(f, w, r, H_REQ): continue
            if r["v"] != "4": errors.append(f"{f}: {w}: v")
            if r["method"] not in ("GET", "POST", "PUT", "PATCH", "DELETE"): errors.append(f"{f}: {w}: method")
            if not re.fullmatch(r"(<<\w+>>|https://[\w.-]+)(/[\w./-]*)?", r["endpoint"]): errors.append(f"{f}: {w}: endpoint {r['endpoint']!r}")
            for kv in r["params"] + r["headers"]:
                keys_are(f, w + " param/header", kv, ["key", "value", "active"])
            b = r["body"]
            if keys_are(f, w + " body", b, ["contentType", "body"]):
                if (b["contentType"] is None) != (b["body"] is None): errors.append(f"{f}: {w}: contentType / body")
                if b["contentType"] == "application/json":
                    try: json.loads(b["body"])
                    except ValueError: errors.append(f"{f}: {w}: the JSON body does not parse")
                    if not any(h["key"] == "Content-Type" for h in r["headers"]): errors.append(f"{f}: {w}: a JSON body without Content-Type")
                if r["method"] == "GET" and b["body"] is not None: errors.append(f"{f}: {w}: a GET with a body")
            if r["testScript"] and "pw." not in r["testScript"]: errors.append(f"{f}: {w}: test script")
    for i, c in enumerate(d): coll(c, f"collection {i}")
    if nreq < 5: errors.append(f"{f}: {nreq} requests")


# ---- 1349 bsondump
LOGT = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4})\t(.+)")


def check_bsondump(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"mongodump --db=(\w+) --collection=(\w+) --out=(\S+)")
    if c is None: return
    db, col, od = re.fullmatch(r"mongodump --db=(\w+) --collection=(\w+) --out=(\S+)", c).groups()
    ms = [LOGT.fullmatch(l) for l in out]
    if len(out) != 2 or not all(ms): errors.append(f"{f}: mongodump's log lines"); return
    if ms[0].group(2) != f"writing {db}.{col} to {od}/{db}/{col}.bson": errors.append(f"{f}: mongodump's writing line")
    dm = re.fullmatch(rf"done dumping {db}\.{col} \((\d+) documents?\)", ms[1].group(2))
    if not dm: errors.append(f"{f}: mongodump's done line"); return
    c2, out2 = cmd_out(f, cmds, rf"bsondump {re.escape(od)}/{db}/{col}\.bson")
    if c2 is None: return
    docs, keys0 = out2[:-1], None
    lm = LOGT.fullmatch(out2[-1]) if out2 else None
    if not lm or lm.group(2) != f"{len(docs)} objects found": errors.append(f"{f}: the `N objects found` line")
    if int(dm.group(1)) != len(docs): errors.append(f"{f}: mongodump counted {dm.group(1)}, bsondump shows {len(docs)}")
    times = [m.group(1) for m in ms] + ([lm.group(1)] if lm else [])
    if times != sorted(times): errors.append(f"{f}: log times go back")

    def ext(v, w):
        if isinstance(v, dict) and len(v) == 1:
            k, x = next(iter(v.items()))
            if k == "$numberInt" and not (isinstance(x, str) and re.fullmatch(r"-?\d+", x)): errors.append(f"{f}: {w}: $numberInt {x!r}")
            if k == "$numberDouble" and not (isinstance(x, str) and x == repr(float(x))): errors.append(f"{f}: {w}: $numberDouble {x!r}")
            if k == "$date" and not (isinstance(x, dict) and list(x) == ["$numberLong"] and re.fullmatch(r"-?\d+", x["$numberLong"])): errors.append(f"{f}: {w}: $date not canonical")
        if isinstance(v, dict):
            for k, x in v.items(): ext(x, w + "." + k)
        if isinstance(v, list):
            for x in v: ext(x, w)
        if isinstance(v, (int, float)) and not isinstance(v, bool): errors.append(f"{f}: {w}: a bare number (canonical mode wraps numbers)")
    for n, l in enumerate(docs, 1):
        try: d = json.loads(l)
        except ValueError: errors.append(f"{f}: document {n} is not JSON"); continue
        if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}: document {n} not compact raw-UTF-8 JSON")
        if list(d)[:1] != ["_id"] or not re.fullmatch(r"[0-9a-f]{24}", str(d["_id"].get("$oid") if isinstance(d["_id"], dict) else "")): errors.append(f"{f}: document {n}: _id"); continue
        ext(d, f"document {n}")
        try:
            if int(d["_id"]["$oid"][:8], 16) != int(d["addedAt"]["$date"]["$numberLong"]) // 1000: errors.append(f"{f}: document {n}: the ObjectId's time is not addedAt's second")
        except (KeyError, TypeError, ValueError): errors.append(f"{f}: document {n}: addedAt")
        k = [x for x in d if x != "rating"]
        if keys0 is None: keys0 = k
        elif k != keys0: errors.append(f"{f}: document {n}: keys {k} differ from the first document's")


# ---- 1350 Apps Script
AS_LINE = re.compile(r"(\d{1,2}):(\d\d):(\d\d)\t(Aviso|Información|Advertencia|Error)\t(.+)")
AS_STACK = re.compile(r"(?:\w+|\(anónimo\))\t@ Código\.gs:\d+")
AS_KEYS = ["semana", "fecha", "titulo", "enlace", "arxiv", "ponente", "estado"]


def java_date_ok(s):
    try: d = dt.datetime.strptime(s, "%a %b %d %H:%M:%S GMT+02:00 %Y")
    except ValueError: return False
    return s == d.strftime("%a %b %d %H:%M:%S GMT+02:00 %Y")


def check_apps_script(f, raw):
    L = lines_of(f, raw)
    state, prev, runs, after_err, pend_warn = None, None, 0, False, []
    for l in L:
        m = AS_LINE.fullmatch(l)
        if not m:
            if not (after_err and AS_STACK.fullmatch(l)): errors.append(f"{f}: not a log line: {l[:50]!r}")
            continue
        t = tuple(int(x) for x in m.group(1, 2, 3))
        if prev and t < prev: errors.append(f"{f}: time goes back at {l[:8]!r}")
        prev = t
        lvl, msg = m.group(4), m.group(5)
        if msg == "Se ha iniciado la ejecución":
            if state == "open": errors.append(f"{f}: a run starts before the last one ended")
            state, runs, after_err = "open", runs + 1, False; continue
        if state != "open": errors.append(f"{f}: a log line outside a run: {l[:40]!r}"); continue
        if msg == "Se ha completado la ejecución":
            if lvl != "Aviso": errors.append(f"{f}: the end line's level")
            state = "closed"
            if pend_warn: errors.append(f"{f}: rows without link or arXiv id that got no warning: {pend_warn}")
            continue
        if lvl == "Error": state, after_err = "closed", True; continue
        if msg.startswith("{\""):
            try: js = json.loads(msg)
            except ValueError: errors.append(f"{f}: logged JSON does not parse"); continue
            if json.dumps(js, ensure_ascii=False, separators=(",", ":")) != msg: errors.append(f"{f}: logged JSON not JSON.stringify's compact form")
        elif msg.startswith("{"):
            kv = re.fullmatch(r"\{(.*)\}", msg).group(1).split(", ")
            ks = [x.split("=", 1)[0] for x in kv]
            if ks != AS_KEYS: errors.append(f"{f}: Logger map keys {ks}")
            else:
                d = dict(x.split("=", 1) for x in kv)
                if not re.fullmatch(r"\d+\.0", d["semana"]) or not java_date_ok(d["fecha"]): errors.append(f"{f}: Logger map number / date forms: {d['semana']!r} {d['fecha']!r}")
                if not d["enlace"] and not d["arxiv"]: pend_warn.append(d["titulo"])
        elif lvl == "Advertencia":
            wm = re.fullmatch(r"Fila sin enlace ni arXiv: «(.+)» — se envía solo el título", msg)
            if not wm or wm.group(1) not in pend_warn: errors.append(f"{f}: a warning for a row that was not logged without link: {msg[:50]!r}")
            else: pend_warn.remove(wm.group(1))
        if "[[" in msg or msg.endswith("]]"):
            for row in re.findall(r"\[(\d+\.0|Semana), ([^,\]]+),", msg):
                if row[0] != "Semana" and not java_date_ok(row[1]): errors.append(f"{f}: array date {row[1]!r}")
    if state == "open": errors.append(f"{f}: the last run is not closed")
    if runs < 1: errors.append(f"{f}: no run")


# ---- 1351 EWW bookmarks
def lisp_read(s, i=0):
    """a tiny reader for the bookmarks' data: lists, strings, keywords -> (value, next index)"""
    while s[i] in " \n": i += 1
    if s[i] == "(":
        out, i = [], i + 1
        while True:
            while s[i] in " \n": i += 1
            if s[i] == ")": return out, i + 1
            v, i = lisp_read(s, i); out.append(v)
    if s[i] == '"':
        m = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S).match(s, i)
        return re.sub(r"\\(.)", r"\1", m.group(1)), m.end()
    m = re.compile(r":[\w-]+").match(s, i)
    if not m: raise ValueError(f"unexpected {s[i:i + 10]!r}")
    return m.group(0), m.end()


def lstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_eww(f, raw):
    lf_final(f, raw)
    head = ";; Auto-generated file; don't edit -*- mode: lisp-data -*-\n"
    if not raw.startswith(head): errors.append(f"{f}: not the auto-generated header"); return
    try: v, end = lisp_read(raw, len(head))
    except (ValueError, IndexError, AttributeError) as ex: errors.append(f"{f}: does not read as Lisp data: {ex}"); return
    if raw[end:] != "\n": errors.append(f"{f}: text after the list")
    items, times = [], []
    for b in v:
        if not (isinstance(b, list) and b[0::2] == [":url", ":title", ":time"] and len(b) == 6): errors.append(f"{f}: a bookmark is not (:url … :title … :time …)"); return
        items.append("(" + " ".join(x if x.startswith(":") and i % 2 == 0 else lstr(x) for i, x in enumerate(b)) + ")")
        if not re.fullmatch(r"https?://\S+", b[1]): errors.append(f"{f}: url {b[1][:40]!r}")
        d = asctime_ok(b[5])
        if not d: errors.append(f"{f}: time {b[5]!r} is not current-time-string's")
        else: times.append(d)
    if head + "(" + "\n ".join(items) + ")\n" != raw: errors.append(f"{f}: not pp's layout (one bookmark a line, one-space indent)")
    if times != sorted(times, reverse=True): errors.append(f"{f}: bookmarks not newest first")


# ---- 1352 ltrace
def check_ltrace(f, raw):
    cmds = session(f, lines_of(f, raw))
    c0, conf = cmd_out(f, cmds, r"cat (\S+\.conf)")
    c, out = cmd_out(f, cmds, r"ltrace -F (\S+) -s (\d+) -e 'sqlite3_\*' (\./\S+) (\S+)")
    if c is None or c0 is None: return
    cf, lim, prog = re.fullmatch(r"ltrace -F (\S+) -s (\d+) -e 'sqlite3_\*' \./(\S+) (\S+)", c).group(1, 2, 3)
    lim = int(lim)
    if c0 != f"cat {cf}": errors.append(f"{f}: the prototype file shown is not the one used")
    proto = {}
    for l in conf:
        if l.startswith("#") or not l: continue
        m = re.fullmatch(r"int (\w+)\(((?:\w+)(?:, \w+)*)\);", l)
        if not m: errors.append(f"{f}: prototype line {l!r}"); continue
        proto[m.group(1)] = m.group(2).split(", ")
    CALL = re.compile(rf"{re.escape(prog)}->(\w+)\((.*)\) = (-?\d+)")
    binds, steps, done = [], 0, False
    for l in out:
        m = CALL.fullmatch(l)
        if not m:
            if l == "+++ exited (status 0) +++": done = True
            elif not re.search(r"[\u0600-\u06ff]", l): errors.append(f"{f}: not an ltrace line or the program's output: {l[:50]!r}")
            else:
                cm = re.search(r"(\d+) سجل", l)
                if cm and int(cm.group(1)) != steps: errors.append(f"{f}: the program says {cm.group(1)} rows, {steps} steps traced")
            continue
        name, args, ret = m.groups()
        if name not in proto: errors.append(f"{f}: {name} is traced but has no prototype"); continue
        parts, rest = [], args
        while rest:
            sm = C_STR.match(rest)
            if rest.startswith('"') and sm: tok, rest = sm.group(0), rest[sm.end():]
            else:
                tm = re.match(r"[^,]+", rest); tok, rest = tm.group(0), rest[tm.end():]
            parts.append(tok)
            if rest.startswith(", "): rest = rest[2:]
            elif rest: errors.append(f"{f}: argument list of {name}: {args[:40]!r}"); break
        if len(parts) != len(proto[name]): errors.append(f"{f}: {name} with {len(parts)} arguments (prototype {len(proto[name])})"); continue
        for a, t in zip(parts, proto[name]):
            if t == "string":
                sm = C_STR.fullmatch(a)
                if not sm: errors.append(f"{f}: {name}: string argument {a[:30]!r} (C escapes, octal for non-ASCII)"); continue
                if re.search(r"[^\x20-\x7e]", sm.group(1)): errors.append(f"{f}: {name}: a raw non-ASCII byte in a string")
                b = c_unescape(sm.group(1))
                if sm.group(2) and len(b) != lim: errors.append(f"{f}: {name}: a cut string of {len(b)} bytes (-s {lim})")
                if not sm.group(2):
                    if len(b) > lim: errors.append(f"{f}: {name}: a string longer than -s {lim} not cut")
                    try: b.decode("utf-8")
                    except UnicodeDecodeError: errors.append(f"{f}: {name}: a string that is not UTF-8")
            elif t == "addr" and not re.fullmatch(r"0x[0-9a-f]+|0", a): errors.append(f"{f}: {name}: address {a!r}")
            elif t in ("int", "long") and not re.fullmatch(r"-?\d+", a): errors.append(f"{f}: {name}: integer {a!r}")
        if name.startswith("sqlite3_bind_"): binds.append(int(parts[1]))
        if name == "sqlite3_step":
            if binds != [1, 2, 3, 4, 5]: errors.append(f"{f}: binds {binds} before a step (want 1..5)")
            if ret != "101": errors.append(f"{f}: sqlite3_step = {ret} (SQLITE_DONE is 101)")
            steps += 1; binds = []
        if name == "sqlite3_prepare_v2" and parts[1].count("?") != 5: errors.append(f"{f}: the statement's placeholders")
    if not done: errors.append(f"{f}: no `+++ exited (status 0) +++`")
    if binds: errors.append(f"{f}: binds left without a step")


# ---- 1353 Whoosh REPL
def check_whoosh(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"python3")
    if c is None: return
    if not (len(out) > 2 and out[0].startswith("Python 3.") and out[1] == 'Type "help", "copyright", "credits" or "license" for more information.'):
        errors.append(f"{f}: the banner"); return
    blocks, cur = [], None
    for l in out[2:]:
        if l.startswith(">>> "): cur = [l[4:], []]; blocks.append(cur)
        elif l.startswith("... ") or l == "...": cur[0] += "\n" + l[4:]
        elif cur is None: errors.append(f"{f}: output before the first prompt"); return
        else: cur[1].append(l)
    get = lambda src: next((o for s, o in blocks if s == src), None)
    if not blocks or blocks[0][0] != "from whoosh.index import open_dir": errors.append(f"{f}: the import first")
    if blocks and blocks[-1][0] != "exit()": errors.append(f"{f}: no exit()")
    sch = get("ix.schema")
    m = re.fullmatch(r"<Schema: (\[.*\])>", sch[0]) if sch else None
    names = ast.literal_eval(m.group(1)) if m else []
    if not m or names != sorted(names): errors.append(f"{f}: the schema repr (sorted names)")
    dc = get("ix.doc_count()")
    if not dc or not dc[0].isdigit(): errors.append(f"{f}: doc_count"); return
    rr = get("r")
    tm = re.fullmatch(r"<Top (\d+) Results for (.+) runtime=\d\.\d+(?:e-\d+)?>", rr[0]) if rr else None
    q = get("q")
    if not tm or not q or tm.group(2) != q[0]: errors.append(f"{f}: the Results repr (its query = q's repr)"); return
    loop = next((o for s, o in blocks if s.startswith("for h in r:")), None)
    if loop is None: errors.append(f"{f}: no loop over the hits"); return
    if int(tm.group(1)) != len(loop): errors.append(f"{f}: Top {tm.group(1)} but {len(loop)} hit lines")
    scores, ids = [], []
    for i, l in enumerate(loop):
        lm = re.fullmatch(r"(\d+) (\d+\.\d+) (\S+) \| (.+) \| (\S+)", l)
        if not lm or int(lm.group(1)) != i: errors.append(f"{f}: hit line {l[:40]!r} (rank from 0)"); continue
        scores.append(float(lm.group(2))); ids.append(lm.group(3))
        term = re.search(r"Term\('\w+', '(\w+)'\)", q[0]).group(1)
    if scores != sorted(scores, reverse=True): errors.append(f"{f}: scores not descending")
    if len(set(ids)) != len(ids) or len(ids) > int(dc[0]): errors.append(f"{f}: hit ids repeat or exceed doc_count")
    h0 = get("r[0]")
    hm = re.fullmatch(r"<Hit (\{.*\})>", h0[0]) if h0 else None
    if not hm: errors.append(f"{f}: the Hit repr")
    else:
        d = ast.literal_eval(hm.group(1))
        if list(d) != names or [d["id"], d["tieu_de"], d["lien_ket"] or d["arxiv"] or "-"] != [ids[0], *re.fullmatch(r"\d+ \S+ \S+ \| (.+) \| (\S+)", loop[0]).groups()]:
            errors.append(f"{f}: the Hit repr is not the rank-0 hit with the schema's fields")
    for s, o in blocks:
        dm = re.fullmatch(r's\.document\(id="([\w-]+)"\)', s)
        if dm:
            try: d = ast.literal_eval(o[0])
            except (ValueError, SyntaxError, IndexError): errors.append(f"{f}: {s}: not a dict repr"); continue
            if list(d) != names or d["id"] != dm.group(1): errors.append(f"{f}: {s}: keys / id")
    r2 = next((o for s, o in blocks if s.startswith("[(h.rank")), None)
    if r2:
        t = ast.literal_eval(r2[0])
        if [x[0] for x in t] != list(range(len(t))): errors.append(f"{f}: second search's ranks")


# ---- 1354 Raycast
def swift_pretty(d):
    return json.dumps(d, ensure_ascii=False, indent=2).replace('": ', '" : ').replace("/", "\\/")


def check_raycast(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if swift_pretty(d) != raw: errors.append(f"{f}: not Swift's prettyPrinted layout (`\"key\" : value`, `\\/`)")
    kws = []
    for s in d:
        if not keys_are(f, f"snippet {s.get('name')!r}", s, ["name", "text", "keyword"]): continue
        kws.append(s["keyword"])
        if not s["keyword"].startswith(";") or " " in s["keyword"]: errors.append(f"{f}: keyword {s['keyword']!r}")
        for ph in re.findall(r"\{[^{}]*\}", s["text"]):
            if not re.fullmatch(r'\{(cursor|clipboard|date format="[^"]+")\}', ph): errors.append(f"{f}: unknown placeholder {ph!r}")
    if len(set(kws)) != len(kws): errors.append(f"{f}: a keyword twice")


# ---- 1355 Node-RED
NR_KEYS = {
 "comment": ["id", "type", "z", "name", "info", "x", "y", "wires"],
 "inject": ["id", "type", "z", "name", "props", "repeat", "crontab", "once", "onceDelay", "topic", "payload", "payloadType", "x", "y", "wires"],
 "function": ["id", "type", "z", "name", "func", "outputs", "timeout", "noerr", "initialize", "finalize", "libs", "x", "y", "wires"],
 "template": ["id", "type", "z", "name", "field", "fieldType", "format", "syntax", "template", "output", "x", "y", "wires"],
 "http request": ["id", "type", "z", "name", "method", "ret", "paytoqs", "url", "tls", "persist", "proxy", "insecureHTTPParser", "authType", "senderr", "headers", "x", "y", "wires"],
 "debug": ["id", "type", "z", "name", "active", "tosidebar", "console", "tostatus", "complete", "targetType", "statusVal", "statusType", "x", "y", "wires"],
}


def check_nodered(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=4) != raw: errors.append(f"{f}: not the export's four-space layout")
    if not d or not keys_are(f, "the tab", d[0], ["id", "type", "label", "disabled", "info", "env"]) or d[0]["type"] != "tab": errors.append(f"{f}: the tab is not first"); return
    tab = d[0]["id"]
    ids = [n.get("id") for n in d]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"[0-9a-f]{16}", str(i)) for i in ids): errors.append(f"{f}: node ids (16 hex digits, unique)")
    for n in d[1:]:
        w = f"node {n.get('id')} ({n.get('type')})"
        want = NR_KEYS.get(n.get("type"))
        if not want: errors.append(f"{f}: {w}: unknown type"); continue
        if not keys_are(f, w, n, want): continue
        if n["z"] != tab: errors.append(f"{f}: {w}: z is not the tab")
        if not (isinstance(n["x"], int) and isinstance(n["y"], int)): errors.append(f"{f}: {w}: x / y")
        outs = n.get("outputs", 0 if n["type"] in ("comment", "debug") else 1)
        if len(n["wires"]) != outs or any(t not in ids[1:] or t == n["id"] for port in n["wires"] for t in port): errors.append(f"{f}: {w}: wires")
        if n["type"] == "template":
            opened = re.findall(r"\{\{#(\w+)\}\}", n["template"]); closed = re.findall(r"\{\{/(\w+)\}\}", n["template"])
            if opened != closed: errors.append(f"{f}: {w}: mustache sections unbalanced")
        if n["type"] == "inject" and n["crontab"] and len(n["crontab"].split()) != 5: errors.append(f"{f}: {w}: crontab")
        if n["type"] == "function" and "return msg" not in n["func"]: errors.append(f"{f}: {w}: the function returns no msg")


# ---- 1356 duplicity
def check_duplicity(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"duplicity collection-status (\S+)")
    if c is None: return
    url = c.split()[-1]
    head = ["Collection Status", "-----------------", "Connecting with backend: BackendWrapper"]
    if len(out) < 16 or out[1:4] != head or not re.fullmatch(r"Archive dir: /root/\.cache/duplicity/[0-9a-f]{32}", out[4]):
        errors.append(f"{f}: collection-status' head"); return
    lfb = out[0][len("Last full backup date: "):] if out[0].startswith("Last full backup date: ") else ""
    i_t = next((i for i, l in enumerate(out) if l.startswith(" Type of backup set:")), None)
    if i_t is None or out[i_t] != " Type of backup set:                            Time:      Num volumes:": errors.append(f"{f}: the sets table head"); return
    kv = dict(l.split(": ", 1) for l in out[5:i_t] if ": " in l and not l.startswith("Found"))
    rows = []
    for l in out[i_t + 1:]:
        m = re.fullmatch(r" *(Full|Incremental) +(\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}) +(\d+)", l)
        if not m: break
        if l != f"{m.group(1):>20} {m.group(2):>32} {m.group(3):>17}": errors.append(f"{f}: sets row layout {l!r}")
        if not asctime_ok(m.group(2)): errors.append(f"{f}: set time {m.group(2)!r}")
        rows.append(m.groups())
    if not rows or rows[0][0] != "Full" or any(r[0] != "Incremental" for r in rows[1:]): errors.append(f"{f}: the chain is not Full then Incrementals"); return
    if out[i_t + 1 + len(rows):] != ["-------------------------", "No orphaned or incomplete backup sets found."]: errors.append(f"{f}: collection-status' tail")
    ts = [asctime_ok(r[1]) for r in rows]
    if None in ts or ts != sorted(ts): errors.append(f"{f}: set times not in order")
    if kv.get("Chain start time") != rows[0][1] or kv.get("Chain end time") != rows[-1][1] or lfb != rows[0][1]: errors.append(f"{f}: chain start / end / last full backup date")
    if kv.get("Number of contained backup sets") != str(len(rows)) or kv.get("Total number of contained volumes") != str(sum(int(r[2]) for r in rows)):
        errors.append(f"{f}: sets / volumes totals")
    c2, out2 = cmd_out(f, cmds, rf"duplicity list-current-files {re.escape(url)} \| grep -v '(.+)'")
    if c2 is None: return
    pat = re.fullmatch(r".* \| grep -v '(.+)'", c2).group(1).replace("\\.", ".")
    if out2[:2] != ["Local and Remote metadata are synchronized, no sync needed.", f"Last full backup date: {rows[0][1]}"]: errors.append(f"{f}: list-current-files' head")
    paths, end = [], asctime_ok(rows[-1][1])
    for l in out2[2:]:
        m = re.fullmatch(r"(\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}) (.+)", l)
        if not m or not asctime_ok(m.group(1)): errors.append(f"{f}: file line {l[:40]!r}"); continue
        if end and asctime_ok(m.group(1)) > end: errors.append(f"{f}: {m.group(2)} modified after the chain's end")
        if pat in m.group(2): errors.append(f"{f}: {m.group(2)} should have been filtered by grep -v")
        paths.append(m.group(2))
    key = lambda p: () if p == "." else tuple(x.encode() for x in p.split("/"))
    if paths != sorted(paths, key=key) or len(set(paths)) != len(paths): errors.append(f"{f}: paths not in duplicity's order")
    for p in paths:
        if p != "." and ("/" in p and p.rsplit("/", 1)[0] not in paths or "/" not in p and "." not in paths): errors.append(f"{f}: {p}: its directory is not listed")


def shape_checks(f, raw, path):
    n = num(f)
    {1347: check_mitmdump, 1348: check_hoppscotch, 1349: check_bsondump, 1350: check_apps_script, 1351: check_eww,
     1352: check_ltrace, 1353: check_whoosh, 1354: check_raycast, 1355: check_nodered, 1356: check_duplicity}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round132's and round133's, a byte-identical file counted once), and the round132/round133 split (candidates sorted by
# (uses, catalogue title); round133 = odd positions from 3 on, one unbroken run; round132 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P132S = ["/work/rounds/digests-round132/expected.json", "/work/main/tests/data/digests-round132/expected.json"]
P132 = next((p for p in P132S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P132S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round132", "digests-round133") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round133 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r132 = set()
if P132:
    try:
        r132 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P132)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P132} exists but could not be read (being written?)")
    if r132 & mine: errors.append(f"papers also in round132: {sorted(r132 & mine)}")
shared132 = len(r132 & mine) if P132 else "(no round132 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round133 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round132: {shared132}; papers in more than one round133 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

