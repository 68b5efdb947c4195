#!/usr/bin/env python3
r"""Checks round123/expected.json against the digests and the shared catalogues.

Adapted from round121/validate.py (the label checks are the same code; the reuse report is round121's with round122 /
round123 in place of round120 / round121: round123 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round122's and round123's own (a
digests-round122 / digests-round123 folder, or a file whose bytes equal round122's or round123's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round123 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round122's expected.json (read only, from /work/rounds/digests-round122/ or
/work/main/tests/data/digests-round122/, when it exists), and on a paper in more than one round123 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1247, 1253, 1254, 1256 every JSON string
(\uXXXX undone: 1254 escapes every Bengali letter, 1247 writes & < > as \u0026 \u003c \u003e); 1248 every PUSH text
with \" undone; 1250 every gdb string with its octal byte escapes undone; 1252 and 1255 every double-quoted string
with its backslash escapes undone; everything: HTML entities undone once and twice, percent-escapes undone. Titles
are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is
reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1247 ZincSearch search answer (Go's compact encoding/json form re-printed and compared: raw UTF-8, \u003c \u003e
\u0026, no final newline; top keys took / timed_out / hits / buckets / error; hits.total.value = the hits printed;
max_score = the first score; scores descending; each hit _index, _type, _id (27 base62), _score, @timestamp,
_source with its keys sorted and the fixed field set; every hit matches the query term; a paper with no url says so);
1248 Sonic channel over telnet (LF, final newline; shell prompt, telnet's Trying / Connected / Escape lines, the
CONNECTED banner; START → STARTED <mode> protocol(1) buffer(20000); PUSH only in ingest mode, a quoted text → OK, an
unquoted one → ERR invalid_format(…); COUNT ≥ the objects pushed; PING → PONG; QUERY / SUGGEST only in search mode,
PENDING <8 chars> then EVENT with the same id; query results = the pushed objects holding the word (up to LIMIT);
suggestions = pushed words with the prefix; QUIT → ENDED quit → Connection closed; two connections);
1249 fly logs (LF, final newline; every line `<time>Z <source>[<14-hex machine>] <region> [<level>] <message>`; one
machine and region; times in order; the Python log lines' local time = UTC + 3 h, in order; added lines with a link or
arXiv id, WARNING lines with neither; the summary re-counted; Starting init first, the exit line, the runner's last);
1250 GDB session (LF, final newline; the command and first lines; value history $1, $2, … in order; one-line and
pretty structs with the fields title, url, arxiv, zametka, god in order, pretty indentation and commas; strings
`0x… "…"` with no raw non-ASCII byte (octal escapes, host charset ASCII), escapes that are UTF-8, a cut `"…"...`
exactly at 200 elements; the char[24] array's NULs (`'\000' <repeats N times>` over ten, inline otherwise, 23 in
all); backtrace frames 0..n and `frame` echoes equal to them; `set print pretty on` used; the SIGSEGV line; the
program's own output pairs; the quit dialog);
1251 NebulaGraph console (LF, final newline; Welcome!; prompts with the current space, USE → Execution succeeded;
each table: rule, header, rule, rows, rule, every row's display width = the rule's (Thai marks width 0), every cell
padded to its column, each column its widest cell + 2, values quoted strings / numbers / __NULL__, `Got N rows` = the
rows; blank, RFC 1123 time at +07, blank after each statement, times in order; :exit → Bye root!);
1252 Timewarrior data file (LF, final newline; `inc <start>[ - <end>][ # tags][ # "annotation"]`; valid times in
2024-05; end after start; no overlap; only the last interval open; tags in byte order, unique, quoted only when they
hold a space or a quote; annotation quotes escaped);
1253 Taskbook storage (JSON.stringify(…, null, 4) re-printed and compared, no final newline; keys 1..n = _id; a task's
and a note's keys in order; _date = toDateString() of _timestamp at +03:30; timestamps in order; boards `@…` or `My
Board`; priority 1–3; not complete and in progress at once);
1254 TreeLine 3 file (json.dump(indent=0, sort_keys=True) re-printed and compared: ASCII only, no final newline; top
keys formats / nodes / properties; field types known; nodes with children / data / format / uid, uuid4 hex ids,
unique; data fields declared by the node's format; links `<a href="url">url</a>`; text fields escaped (&amp;, <br />);
every node a child once but the top node; properties tlversion / topnodes);
1255 TOON (LF, final newline; two-space indentation; `key: value`, `key:` with indented members, `name[N]{fields}:`
with N rows of as many values, `name[N]: a,b,c` with N values; every value quoted exactly when TOON's rules need it,
quoted strings with only \\ \" \n \r \t escapes);
1256 Gingko Writer JSON (JSON.stringify(tree, null, 2) re-printed and compared, no final newline; every card
content / children, content not empty).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import html, json, os, re, sys, unicodedata
import datetime as dt
from collections import Counter
from urllib.parse import unquote
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


SONIC_PUSH = re.compile(r'PUSH (\S+) (\S+) (\S+) "((?:[^"\\]|\\.)*)"((?: LANG\(\w+\))?)')


def sonic_texts(raw):
    return [re.sub(r"\\(.)", r"\1", m.group(4)) for m in SONIC_PUSH.finditer(raw)]


GDB_STR = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def gdb_unescape(s):
    """gdb's C escapes undone (\\ooo octal bytes, \\" \\\\ \\n …), the bytes decoded as UTF-8 (a 200-element cut may
    end mid-letter)"""
    out, i = bytearray(), 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            m = re.match(r"[0-7]{1,3}", s[i + 1:])
            if m: out.append(int(m.group(0), 8)); i += 1 + len(m.group(0)); continue
            out += {"n": b"\n", "t": b"\t", "a": b"\a", "e": b"\x1b"}.get(s[i + 1], s[i + 1].encode()); i += 2; continue
        out += s[i].encode(); i += 1
    return out.decode("utf-8", errors="replace")


def gdb_strings(raw):
    return [gdb_unescape(m) for m in GDB_STR.findall(raw)]


def quoted_strings(raw):
    """double-quoted strings with backslash escapes (Timewarrior tags and annotations, TOON values) undone"""
    esc = {"n": "\n", "r": "\r", "t": "\t"}
    return [re.sub(r"\\(.)", lambda x: esc.get(x.group(1), x.group(1)), m) for m in re.findall(r'"((?:[^"\\\n]|\\.)*)"', raw)]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1247, 1253, 1254, 1256): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1248: forms.append("\n".join(sonic_texts(raw)))
    if n == 1250: forms.append("\n".join(gdb_strings(raw)))
    if n in (1252, 1255): forms.append("\n".join(quoted_strings(raw)))
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
def ascending(f, where, xs, strict=False):
    for a, b in zip(xs, xs[1:]):
        if b < a or (strict and b == a): errors.append(f"{f}: {where}: {b} after {a}"); return


def lines_of(f, raw):
    lf_final(f, raw)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


ARXIV_TEXT = re.compile(r"arXiv:\d{4}\.\d{4,5}")
ANY_LINK = re.compile(r"https?://")
ID_OR_LINK = re.compile(r"https?://|arXiv:\d{4}\.\d{4,5}")


# ---- 1247 ZincSearch search API (Go encoding/json, compact)
def go_json(v):
    s = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def check_zinc(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if go_json(d) != raw: errors.append(f"{f}: not Go's compact encoding/json form (spacing, raw UTF-8, \\u003c/\\u003e/\\u0026 escapes, no final newline)")
    if not keys_are(f, "top", d, ["took", "timed_out", "hits", "buckets", "error"]): return
    if not keys_are(f, "hits", d["hits"], ["total", "max_score", "hits"]): return
    hs = d["hits"]["hits"]
    if d["hits"]["total"] != {"value": len(hs)}: errors.append(f"{f}: hits.total {d['hits']['total']} for {len(hs)} hits")
    if hs and d["hits"]["max_score"] != hs[0]["_score"]: errors.append(f"{f}: max_score is not the first hit's score")
    if d["timed_out"] is not False or d["error"] != "" or d["buckets"] is not None: errors.append(f"{f}: timed_out / error / buckets")
    ids = []
    for i, h in enumerate(hs):
        if not keys_are(f, f"hit {i}", h, ["_index", "_type", "_id", "_score", "@timestamp", "_source"]): continue
        if h["_index"] != "ronbun" or h["_type"] != "_doc": errors.append(f"{f}: hit {i}: _index / _type")
        if not re.fullmatch(r"[0-9A-Za-z]{27}", h["_id"]): errors.append(f"{f}: hit {i}: _id {h['_id']!r} (27 base62 characters)")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z", h["@timestamp"]): errors.append(f"{f}: hit {i}: @timestamp")
        s = h["_source"]
        if list(s) != sorted(s): errors.append(f"{f}: hit {i}: _source keys not sorted (Go writes a map's keys sorted)")
        if set(s) != {"added_by", "kind", "memo", "tags", "title", "url"}: errors.append(f"{f}: hit {i}: _source fields {sorted(s)}")
        elif "拡散" not in s["memo"] + s["title"] + "".join(s["tags"]): errors.append(f"{f}: hit {i}: does not match the query term")
        elif s["url"] and not re.fullmatch(r"https://\S+", s["url"]): errors.append(f"{f}: hit {i}: url {s['url']!r}")
        elif s["kind"] == "論文" and not s["url"] and "タイトルのみ" not in s["memo"] and "URL" not in s["memo"]: errors.append(f"{f}: hit {i}: a paper with no url and no note saying so")
        ids.append(h["_id"])
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate _id")
    sc = [h.get("_score") for h in hs]
    if sc != sorted(sc, reverse=True): errors.append(f"{f}: scores not descending")


# ---- 1248 Sonic channel over telnet
def check_sonic(f, raw):
    L = lines_of(f, raw)
    i, conns, objs = 0, 0, {}
    W = lambda s: re.findall(r"\w+", s.lower())
    while i < len(L):
        m = re.fullmatch(r"(\w+)@([\w-]+):~\$ (.*)", L[i])
        if not m: errors.append(f"{f}: line {i + 1}: a shell prompt expected: {L[i][:60]!r}"); return
        if m.group(3) == "":
            if i != len(L) - 1: errors.append(f"{f}: line {i + 1}: an empty prompt before the end")
            break
        tm = re.fullmatch(r"telnet (\S+) (\d+)", m.group(3))
        if not tm: errors.append(f"{f}: line {i + 1}: not a telnet command"); return
        host = tm.group(1)
        want = [re.compile(r"Trying [\d.]+\.\.\."), re.compile(re.escape(f"Connected to {host}.")),
                re.compile(re.escape("Escape character is '^]'.")), re.compile(r"CONNECTED <sonic-server v\d+\.\d+\.\d+>")]
        for k, rx in enumerate(want, 1):
            if i + k >= len(L) or not rx.fullmatch(L[i + k]): errors.append(f"{f}: line {i + k + 1}: telnet/sonic greeting"); return
        i += 5
        sm = re.fullmatch(r"START (ingest|search|control) (\S+)", L[i]) if i < len(L) else None
        if not sm or L[i + 1] != f"STARTED {sm.group(1)} protocol(1) buffer(20000)": errors.append(f"{f}: line {i + 1}: START / STARTED"); return
        mode = sm.group(1); i += 2; conns += 1
        while i < len(L) and L[i] != "QUIT":
            c, r = L[i], L[i + 1] if i + 1 < len(L) else ""
            if c.startswith("PUSH "):
                if mode != "ingest": errors.append(f"{f}: line {i + 1}: PUSH outside ingest mode")
                pm = SONIC_PUSH.fullmatch(c)
                if pm:
                    if r != "OK": errors.append(f"{f}: line {i + 2}: a valid PUSH answered {r!r}")
                    if len(pm.group(4).encode()) > 20000: errors.append(f"{f}: line {i + 1}: text over the buffer")
                    objs[pm.group(3)] = re.sub(r"\\(.)", r"\1", pm.group(4))
                elif r != 'ERR invalid_format(PUSH <collection> <bucket> <object> "<text>")': errors.append(f"{f}: line {i + 2}: a malformed PUSH answered {r!r}")
                i += 2; continue
            if c.startswith("COUNT "):
                rm = re.fullmatch(r"RESULT (\d+)", r)
                if not rm or int(rm.group(1)) < len(objs): errors.append(f"{f}: line {i + 2}: COUNT answer {r!r} (at least the {len(objs)} objects pushed)")
                i += 2; continue
            if c == "PING":
                if r != "PONG": errors.append(f"{f}: line {i + 2}: PING not answered PONG")
                i += 2; continue
            qm = re.fullmatch(r'(QUERY|SUGGEST) (\S+) (\S+) "([^"]*)"(?: LIMIT\((\d+)\))?(?: LANG\(\w+\))?', c)
            if qm:
                if mode != "search": errors.append(f"{f}: line {i + 1}: {qm.group(1)} outside search mode")
                pm = re.fullmatch(r"PENDING ([A-Za-z0-9]{8})", r)
                ev = L[i + 2] if i + 2 < len(L) else ""
                if not pm or not ev.startswith(f"EVENT {qm.group(1)} {pm.group(1)}"): errors.append(f"{f}: line {i + 2}: PENDING / EVENT {qm.group(1)} with the same id"); i += 3; continue
                res = ev.split()[3:]
                lim, term = int(qm.group(5) or 10), qm.group(4).lower()
                if len(res) > lim: errors.append(f"{f}: line {i + 3}: more results than LIMIT({lim})")
                if qm.group(1) == "QUERY":
                    for o in res:
                        if o not in objs or term not in W(objs[o]): errors.append(f"{f}: line {i + 3}: {o} was not pushed with the word {term!r}")
                    if len(res) < lim and set(res) != {o for o in objs if term in W(objs[o])}: errors.append(f"{f}: line {i + 3}: QUERY results miss pushed objects holding {term!r}")
                else:
                    vocab = {w for t in objs.values() for w in W(t)}
                    for w in res:
                        if not w.startswith(term) or w not in vocab: errors.append(f"{f}: line {i + 3}: suggestion {w!r}")
                i += 3; continue
            errors.append(f"{f}: line {i + 1}: unexpected line {c[:60]!r}"); i += 1
        if L[i:i + 3] != ["QUIT", "ENDED quit", "Connection closed by foreign host."]: errors.append(f"{f}: line {i + 1}: QUIT / ENDED quit / Connection closed"); return
        i += 3
    if conns != 2: errors.append(f"{f}: {conns} sonic connections (want ingest, then search)")


# ---- 1249 fly logs
FLY = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) (app|runner|proxy)\[([0-9a-f]{14})\] ([a-z]{3}) \[(info|warn|error)\] (.*)")
PYLOG = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) (INFO|WARNING|ERROR|DEBUG) ([\w.]+): (.*)")


def check_fly(f, raw):
    L = lines_of(f, raw)
    ts, mids, added, warns, skipped, summary, logtimes = [], set(), 0, 0, 0, None, []
    init = []
    for n, l in enumerate(L, 1):
        m = FLY.fullmatch(l)
        if not m: errors.append(f"{f}: line {n}: not `<time>Z <source>[<machine>] <region> [<level>] <message>`"); continue
        t, src, mid, reg, lvl, msg = m.groups()
        utc = dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ")
        ts.append(utc); mids.add((mid, reg))
        if msg.startswith(" INFO ") or msg.startswith(" WARN "): init.append(msg.strip())
        p = PYLOG.fullmatch(msg)
        if p:
            if src != "app": errors.append(f"{f}: line {n}: the process's output from {src}")
            loc = dt.datetime.strptime(p.group(1), "%Y-%m-%d %H:%M:%S")
            if loc - dt.timedelta(hours=3) != utc: errors.append(f"{f}: line {n}: local time {p.group(1)} is not the UTC time + 3 h (IDT)")
            logtimes.append((loc, int(p.group(2))))
            body = p.group(5)
            if "נוסף:" in body:
                added += 1
                if not ID_OR_LINK.search(body): errors.append(f"{f}: line {n}: an added paper without a link or id")
            if p.group(3) == "WARNING":
                warns += 1
                if ID_OR_LINK.search(body): errors.append(f"{f}: line {n}: a title-only warning with a link or id")
            if body.startswith("דולג"): skipped += 1
            sm = re.search(r"(\d+) מאמרים \((\d+) עם קישור/מזהה, (\d+) כותרת בלבד\), (\d+) קישורים דולגו", body)
            if sm: summary = tuple(int(x) for x in sm.groups())
    ascending(f, "fly times", ts)
    ascending(f, "python log times", logtimes)
    if len(mids) != 1: errors.append(f"{f}: more than one machine / region: {sorted(mids)}")
    if summary != (added + warns, added, warns, skipped): errors.append(f"{f}: summary {summary} (counted {(added + warns, added, warns, skipped)})")
    if not init or not init[0].startswith("INFO Starting init") or "INFO Main child exited normally with code: 0" not in init: errors.append(f"{f}: init lines (Starting init first, the exit line)")
    if not L or not L[-1].endswith("machine exited with exit code 0, not restarting"): errors.append(f"{f}: the runner's exit line last")


# ---- 1250 gdb session
def gdb_arr_ok(s, n=24):
    m = re.fullmatch(r"""'\\000' <repeats (\d+) times>""", s)
    if m: return int(m.group(1)) == n - 1
    m = re.fullmatch(r"""("(?:[^"\\]|\\.)*"), '\\000' <repeats (\d+) times>""", s)
    if m: return len(gdb_unescape(m.group(1)[1:-1]).encode()) + int(m.group(2)) == n - 1 and int(m.group(2)) > 10
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', s)
    if m:
        b = gdb_unescape(m.group(1)).encode()
        return len(b) == n - 1 and b.count(b"\0") <= 10
    return False


def gdb_string_ok(f, where, s):
    m = re.fullmatch(r'0x[0-9a-f]+ "((?:[^"\\]|\\.)*)"(\.\.\.)?', s)
    if not m: errors.append(f"{f}: {where}: not `0x… \"…\"`: {s[:50]!r}"); return
    body, cut = m.groups()
    if re.search(r"[^\x20-\x7e]", body): errors.append(f"{f}: {where}: a raw non-ASCII byte in gdb's output (host charset ASCII)")
    b = gdb_unescape(body).encode("utf-8", errors="surrogateescape")
    raw_len = len(re.findall(r"\\[0-7]{3}|\\.|.", body))
    if cut and raw_len != 200: errors.append(f"{f}: {where}: a cut string of {raw_len} elements (gdb stops at 200)")
    if not cut:
        if raw_len > 200: errors.append(f"{f}: {where}: a string of {raw_len} elements not cut at 200")
        try: bytes(int(x[1:], 8) if x.startswith("\\") and len(x) == 4 else ord(x[-1]) for x in re.findall(r"\\[0-7]{3}|\\.|.", body)).decode("utf-8")
        except (UnicodeDecodeError, ValueError): errors.append(f"{f}: {where}: octal escapes that are not UTF-8")


GDB_FIELDS = ["title", "url", "arxiv", "zametka", "god"]


def gdb_struct(f, where, fields):
    if [k for k, _ in fields] != GDB_FIELDS: errors.append(f"{f}: {where}: fields {[k for k, _ in fields]}"); return
    d = dict(fields)
    gdb_string_ok(f, where + " title", d["title"]); gdb_string_ok(f, where + " zametka", d["zametka"])
    if d["url"] != "0x0": gdb_string_ok(f, where + " url", d["url"])
    if not gdb_arr_ok(d["arxiv"]): errors.append(f"{f}: {where}: char[24] arxiv printed as {d['arxiv']!r}")
    if not re.fullmatch(r"-?\d+", d["god"]): errors.append(f"{f}: {where}: god")


def split_fields(s):
    out, depth, cur, q = [], 0, "", False
    i = 0
    while i < len(s):
        ch = s[i]
        if q:
            cur += ch
            if ch == "\\": cur += s[i + 1]; i += 2; continue
            if ch == '"': q = False
        elif ch == '"': q = True; cur += ch
        elif ch == "'" and s[i:i + 6] == "'\\000'": cur += s[i:i + 6]; i += 6; continue
        elif ch == "," and s[i + 1:i + 2] == " " and re.match(r" \w+ = ", s[i + 1:]): out.append(cur); cur = ""; i += 2; continue
        else: cur += ch
        i += 1
    out.append(cur)
    return [tuple(x.split(" = ", 1)) for x in out]


def check_gdb(f, raw):
    L = lines_of(f, raw)
    if not L[0].endswith("# gdb -q ./chitalka") or L[1:3] != ["Reading symbols from ./chitalka...", "(gdb) run spisok.tsv"]: errors.append(f"{f}: the gdb command and its first lines")
    nums, i, cmds, bt = [], 0, [], {}
    while i < len(L):
        l = L[i]
        if l.startswith("(gdb) "): cmds.append(l[6:])
        m = re.match(r"\$(\d+) = (.*)", l)
        if m:
            nums.append(int(m.group(1)))
            v = m.group(2)
            if v in ("{", "{{"):
                ind, end, sep = (2, "}", None) if v == "{" else (4, "  }}", "  }, {")
                j, block = i + 1, []
                while j < len(L) and L[j] != end:
                    if L[j] == sep: gdb_struct(f, f"line {j + 1}", block); block = []
                    else:
                        fm = re.fullmatch(r"( +)(\w+) = (.*?)(,?)", L[j])
                        if not fm or len(fm.group(1)) != ind: errors.append(f"{f}: line {j + 1}: pretty field indentation"); break
                        nxt = L[j + 1] if j + 1 < len(L) else ""
                        if (fm.group(4) == ",") != (nxt not in (end, sep)): errors.append(f"{f}: line {j + 1}: comma after a field (only between fields)")
                        block.append((fm.group(2), fm.group(3)))
                    j += 1
                if j >= len(L): errors.append(f"{f}: line {i + 1}: pretty block not closed"); break
                gdb_struct(f, f"line {j + 1}", block)
                i = j
            elif v.startswith("{") and v.endswith("}"):
                gdb_struct(f, f"line {i + 1}", split_fields(v[1:-1]))
            elif v.startswith("0x") and '"' in v: gdb_string_ok(f, f"line {i + 1}", v)
            elif not re.fullmatch(r"0x0|-?\d+", v): errors.append(f"{f}: line {i + 1}: value {v[:40]!r}")
        bm = re.fullmatch(r"#(\d)  (.*)", l)
        if bm:
            k = int(bm.group(1))
            bt.setdefault(k, bm.group(2))
            if bt[k] != bm.group(2): errors.append(f"{f}: line {i + 1}: frame {k} differs from the backtrace")
        i += 1
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: value history numbers {nums}")
    if sorted(bt) != list(range(len(bt))): errors.append(f"{f}: backtrace frames {sorted(bt)}")
    pr = cmds.index("set print pretty on") if "set print pretty on" in cmds else None
    if pr is None: errors.append(f"{f}: no `set print pretty on` before the pretty prints")
    if L[-6:-1] != ["A debugging session is active.", "", "\tInferior 1 [process 4187] will be killed.", "", "Quit anyway? (y or n) y"] or cmds[-1:] != ["quit"]:
        errors.append(f"{f}: the quit dialog")
    if "Program received signal SIGSEGV, Segmentation fault." not in L: errors.append(f"{f}: no SIGSEGV line")
    for n, l in enumerate(L, 1):
        if re.match(r"\$\d+ = |  +\w+ = ", l) and re.search(r"[^\x00-\x7f]", l): errors.append(f"{f}: line {n}: raw non-ASCII in gdb's value output")
    out = [l for l in L[:L.index("Program received signal SIGSEGV, Segmentation fault.") if "Program received signal SIGSEGV, Segmentation fault." in L else 0] if re.match(r"\[\d+\] |    \S", l)]
    for a_, b_ in zip(out[::2], out[1::2]):
        if not re.fullmatch(r"\[\d+\] .+ \(\d{4}\)", a_) or not re.fullmatch(r"    https?://\S+  # .+", b_): errors.append(f"{f}: program output pair {a_[:30]!r}")


# ---- 1251 NebulaGraph console
def dwidth(s):
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else (2 if unicodedata.east_asian_width(c) in ("W", "F") else 1) for c in s)


NEB_PROMPT = re.compile(r"\(root@nebula\) \[([\w()]+)\]> (.*)")
RFC1123 = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+07")


def check_nebula(f, raw):
    L = lines_of(f, raw)
    if L[1:4] != ["", "Welcome!", ""]: errors.append(f"{f}: no `Welcome!` after the command")
    i, space, stamps = 4, "(none)", []
    while i < len(L):
        m = NEB_PROMPT.fullmatch(L[i])
        if not m: errors.append(f"{f}: line {i + 1}: a prompt expected: {L[i][:50]!r}"); return
        if m.group(1) != space: errors.append(f"{f}: line {i + 1}: prompt space {m.group(1)} (want {space})")
        q = m.group(2)
        if q == ":exit":
            if L[i + 1:i + 3] != ["", "Bye root!"] or not RFC1123.fullmatch(L[i + 3] if i + 3 < len(L) else "") or L[i + 4:] != [""]:
                errors.append(f"{f}: line {i + 1}: the exit lines")
            else: stamps.append(L[i + 3])
            break
        if not q.endswith(";"): errors.append(f"{f}: line {i + 1}: a statement without `;`")
        um = re.fullmatch(r"USE (\w+);", q)
        i += 1
        if um:
            if not re.fullmatch(r"Execution succeeded \(time spent \d+\.\d{3}ms/\d+\.\d{3}ms\)", L[i]): errors.append(f"{f}: line {i + 1}: USE answer")
            space = um.group(1); i += 1
        else:
            rule = L[i]
            if not re.fullmatch(r"\+(-+\+)+", rule) or i + 2 >= len(L) or L[i + 2] != rule: errors.append(f"{f}: line {i + 1}: a table (rule, header, rule) expected"); return
            ws = [len(x) for x in rule[1:-1].split("+")]
            j, rows = i + 1, []
            while j < len(L) and L[j] != rule or j == i + 2:
                if j == i + 2: j += 1; continue
                r = L[j]
                if not r.startswith("|"): break
                if dwidth(r) != len(rule): errors.append(f"{f}: line {j + 1}: row display width {dwidth(r)} (rule {len(rule)})")
                cells = r[1:-1].split("|")
                if len(cells) != len(ws): errors.append(f"{f}: line {j + 1}: {len(cells)} cells for {len(ws)} columns")
                else:
                    for c, w_ in zip(cells, ws):
                        if not (c.startswith(" ") and c.endswith(" ") and dwidth(c) == w_ and not c.startswith("  ")): errors.append(f"{f}: line {j + 1}: cell {c.strip()[:30]!r} not laid out to {w_}")
                rows.append([c.strip() for c in cells]); j += 1
            if j >= len(L) or L[j] != rule: errors.append(f"{f}: line {j + 1}: the bottom rule"); return
            hdr, data = rows[0], rows[1:]
            for k, w_ in enumerate(ws):
                if max(dwidth(r[k]) for r in rows if len(r) == len(ws)) + 2 != w_: errors.append(f"{f}: table at line {i + 1}: column {k + 1} width {w_} is not its widest cell + 2")
            for r in data:
                for v in r:
                    if not (v == "__NULL__" or re.fullmatch(r'"[^"]*"', v) or re.fullmatch(r"-?\d+(\.\d+)?", v)): errors.append(f"{f}: table value {v[:30]!r} (quoted string, number or __NULL__)")
            gm = re.fullmatch(r"Got (\d+) rows? \(time spent \d+\.\d{3}ms/\d+\.\d{3}ms\)", L[j + 1] if j + 1 < len(L) else "")
            if not gm or int(gm.group(1)) != len(data): errors.append(f"{f}: line {j + 2}: `Got N rows` with N = {len(data)}")
            i = j + 2
        if L[i:i + 3:2] != ["", ""] or not RFC1123.fullmatch(L[i + 1]): errors.append(f"{f}: line {i + 1}: blank, time (+07), blank after a statement"); return
        stamps.append(L[i + 1]); i += 3
    times = [dt.datetime.strptime(s[5:25], "%d %b %Y %H:%M:%S") for s in stamps]
    ascending(f, "console times", times)


# ---- 1252 Timewarrior data file


def check_timew(f, raw):
    L = lines_of(f, raw)
    prev_end = None
    for n, l in enumerate(L, 1):
        m = re.fullmatch(r'inc (\d{8}T\d{6}Z)(?: - (\d{8}T\d{6}Z))?(?: #(.*?))?(?: # "((?:[^"\\]|\\.)*)")?', l)
        if not m: errors.append(f"{f}: line {n}: not `inc <start>[ - <end>][ # tags][ # \"annotation\"]`"); continue
        s, e, tags, ann = m.groups()
        try:
            S = dt.datetime.strptime(s, "%Y%m%dT%H%M%SZ"); E = dt.datetime.strptime(e, "%Y%m%dT%H%M%SZ") if e else None
        except ValueError: errors.append(f"{f}: line {n}: a bad time"); continue
        if E and E <= S: errors.append(f"{f}: line {n}: end not after start")
        if not E and n != len(L): errors.append(f"{f}: line {n}: an open interval that is not the last line")
        if prev_end and S < prev_end: errors.append(f"{f}: line {n}: overlaps the interval before")
        prev_end = E or S
        if S.strftime("%Y-%m") != "2024-05": errors.append(f"{f}: line {n}: an interval outside the month's file 2024-05")
        toks = re.findall(r'"(?:[^"\\]|\\.)*"|\S+', tags or "")
        if tags is not None and tags.strip() == "" and ann is None: errors.append(f"{f}: line {n}: an empty tag list")
        if tags and tags.strip() and not tags.startswith(" "): errors.append(f"{f}: line {n}: tags not after `# `")
        vals = []
        for t in toks:
            if t.startswith('"'):
                v = re.sub(r"\\(.)", r"\1", t[1:-1])
                if " " not in v and '"' not in v: errors.append(f"{f}: line {n}: tag {t} quoted without need")
            else:
                v = t
            vals.append(v)
        if vals != sorted(vals, key=lambda x: x.encode()): errors.append(f"{f}: line {n}: tags not in byte order")
        if len(set(vals)) != len(vals): errors.append(f"{f}: line {n}: a repeated tag")
        if ann is not None and re.search(r'(?<!\\)"', ann): errors.append(f"{f}: line {n}: an unescaped quote in the annotation")


# ---- 1253 Taskbook storage
TB_TASK = ["_id", "_date", "_timestamp", "description", "isStarred", "boards", "_isTask", "isComplete", "inProgress", "priority"]
TB_NOTE = TB_TASK[:7]


def check_taskbook(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=4) != raw: errors.append(f"{f}: not JSON.stringify(data, null, 4) (four-space indent, raw UTF-8, no final newline)")
    if list(d) != [str(i) for i in range(1, len(d) + 1)]: errors.append(f"{f}: item keys {list(d)} (want 1..n)")
    tz = dt.timezone(dt.timedelta(hours=3, minutes=30))
    prev = 0
    for k, it in d.items():
        task = it.get("_isTask")
        if not keys_are(f, f"item {k}", it, TB_TASK if task else TB_NOTE): continue
        if str(it["_id"]) != k: errors.append(f"{f}: item {k}: _id {it['_id']}")
        day = dt.datetime.fromtimestamp(it["_timestamp"] / 1000, tz).strftime("%a %b %d %Y")
        if it["_date"] != day: errors.append(f"{f}: item {k}: _date {it['_date']!r} is not toDateString() of _timestamp ({day})")
        if it["_timestamp"] < prev: errors.append(f"{f}: item {k}: _timestamp before the item before")
        prev = it["_timestamp"]
        if not it["boards"] or not all(isinstance(b, str) and (b.startswith("@") or b == "My Board") for b in it["boards"]): errors.append(f"{f}: item {k}: boards {it['boards']}")
        if not isinstance(it["isStarred"], bool): errors.append(f"{f}: item {k}: isStarred")
        if task:
            if it["priority"] not in (1, 2, 3): errors.append(f"{f}: item {k}: priority {it['priority']}")
            if not isinstance(it["isComplete"], bool) or not isinstance(it["inProgress"], bool) or (it["isComplete"] and it["inProgress"]): errors.append(f"{f}: item {k}: isComplete / inProgress")


# ---- 1254 TreeLine 3
def check_treeline(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, indent=0, sort_keys=True) != raw: errors.append(f"{f}: not json.dump(indent=0, sort_keys=True) (ASCII with \\u escapes, sorted keys, no indentation, no final newline)")
    if not keys_are(f, "top", d, ["formats", "nodes", "properties"]): return
    fmts = {}
    for x in d["formats"]:
        fmts[x.get("formatname")] = [fd.get("fieldname") for fd in x.get("fields", [])]
        for fd in x.get("fields", []):
            if fd.get("fieldtype") not in ("Text", "ExternalLink", "Number", "Choice", "HtmlText", "Date", "Boolean"): errors.append(f"{f}: format {x.get('formatname')}: field type {fd.get('fieldtype')}")
    byuid, seen = {}, Counter()
    for n in d["nodes"]:
        if not keys_are(f, "node", n, ["children", "data", "format", "uid"]): continue
        if not re.fullmatch(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}", n["uid"]): errors.append(f"{f}: uid {n['uid']!r} (uuid4 hex)")
        if n["uid"] in byuid: errors.append(f"{f}: duplicate uid {n['uid']}")
        byuid[n["uid"]] = n
        if n["format"] not in fmts: errors.append(f"{f}: node {n['uid']}: unknown format {n['format']}")
        elif set(n["data"]) - set(fmts[n["format"]]): errors.append(f"{f}: node {n['uid']}: fields {sorted(set(n['data']) - set(fmts[n['format']]))} not in format {n['format']}")
        for k, v in n["data"].items():
            if k == "Link":
                if not re.fullmatch(r'<a href="(https?://[^"\s]+)">\1</a>', v): errors.append(f"{f}: node {n['uid']}: link {v[:50]!r}")
            elif re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;)|[<>](?<!<br />)|\n", v.replace("<br />", "")): errors.append(f"{f}: node {n['uid']}: {k} is not TreeLine's escaped text")
        seen.update(n["children"])
    tops = d["properties"].get("topnodes", [])
    if list(d["properties"]) != ["tlversion", "topnodes"] or not re.fullmatch(r"3\.\d+\.\d+", d["properties"].get("tlversion", "")): errors.append(f"{f}: properties")
    for u in byuid:
        want = 0 if u in tops else 1
        if seen[u] != want: errors.append(f"{f}: node {u} is a child {seen[u]} times (want {want})")
    for u in seen:
        if u not in byuid: errors.append(f"{f}: child {u} is not a node")


# ---- 1255 TOON
TOON_NUM = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|-?0\d+(?:\.\d+)?")


def toon_needs_quotes(x):
    return (x == "" or x != x.strip() or x in ("true", "false", "null") or bool(TOON_NUM.fullmatch(x)) or x.startswith("-")
            or any(c in x for c in ':"\\[]{},') or any(ord(c) < 32 for c in x))


def toon_values(f, where, s):
    out, i = [], 0
    while True:
        if s[i:i + 1] == '"':
            m = re.compile(r'"((?:[^"\\]|\\[\\"nrt])*)"').match(s, i)
            if not m: errors.append(f"{f}: {where}: a bad quoted string"); return out
            v = re.sub(r"\\(.)", lambda x: {"n": "\n", "r": "\r", "t": "\t"}.get(x.group(1), x.group(1)), m.group(1))
            if not toon_needs_quotes(v): errors.append(f"{f}: {where}: {m.group(0)[:40]} quoted without need")
            out.append(v); i = m.end()
        else:
            j = s.find(",", i); j = len(s) if j < 0 else j
            v = s[i:j]
            if v not in ("true", "false", "null") and not TOON_NUM.fullmatch(v) and toon_needs_quotes(v): errors.append(f"{f}: {where}: {v[:40]!r} needs quotes")
            out.append(v); i = j
        if i == len(s): return out
        if s[i] != ",": errors.append(f"{f}: {where}: text after a value"); return out
        i += 1


def check_toon(f, raw):
    L = lines_of(f, raw)
    n, expect_child = 0, False
    while n < len(L):
        l = L[n]; ind = len(l) - len(l.lstrip(" ")); body = l[ind:]
        if ind % 2: errors.append(f"{f}: line {n + 1}: indentation {ind} (two spaces a level)")
        if expect_child and ind == 0: errors.append(f"{f}: line {n + 1}: an object key with no indented members")
        expect_child = False
        tm = re.fullmatch(r"(\w+)\[(\d+)\]\{([\w,]+)\}:", body)
        am = re.fullmatch(r"(\w+)\[(\d+)\]: (.*)", body)
        km = re.fullmatch(r"(\w+):(?: (.*))?", body)
        if tm:
            cnt, fields = int(tm.group(2)), tm.group(3).split(",")
            rows = 0
            while n + 1 < len(L) and len(L[n + 1]) - len(L[n + 1].lstrip(" ")) == ind + 2:
                n += 1; rows += 1
                vals = toon_values(f, f"line {n + 1}", L[n][ind + 2:])
                if len(vals) != len(fields): errors.append(f"{f}: line {n + 1}: {len(vals)} values for {len(fields)} fields")
            if rows != cnt: errors.append(f"{f}: {tm.group(1)}[{cnt}] has {rows} rows")
        elif am:
            vals = toon_values(f, f"line {n + 1}", am.group(3))
            if len(vals) != int(am.group(2)): errors.append(f"{f}: line {n + 1}: {am.group(1)}[{am.group(2)}] has {len(vals)} values")
        elif km:
            if km.group(2) is None: expect_child = True
            else: toon_values(f, f"line {n + 1}", km.group(2))
        else: errors.append(f"{f}: line {n + 1}: not a TOON line: {body[:40]!r}")
        n += 1
    if expect_child: errors.append(f"{f}: the last key has no members")


# ---- 1256 Gingko Writer JSON
def check_gingko(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=2) != raw: errors.append(f"{f}: not JSON.stringify(tree, null, 2) (two-space indent, raw UTF-8, no final newline)")
    def walk(cards, where):
        if not isinstance(cards, list): errors.append(f"{f}: {where}: children not a list"); return
        for i, c in enumerate(cards):
            if keys_are(f, f"{where}/{i}", c, ["content", "children"]):
                if not isinstance(c["content"], str) or not c["content"].strip(): errors.append(f"{f}: {where}/{i}: empty content")
                walk(c["children"], f"{where}/{i}")
    walk(d, "tree")


def shape_checks(f, raw, path):
    n = num(f)
    {1247: check_zinc, 1248: check_sonic, 1249: check_fly, 1250: check_gdb, 1251: check_nebula,
     1252: check_timew, 1253: check_taskbook, 1254: check_treeline, 1255: check_toon,
     1256: check_gingko}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round122's and round123's, a byte-identical file counted once), and the round122/round123 split (candidates sorted by
# (uses, catalogue title); round123 = odd positions from 3 on, one unbroken run; round122 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P122S = ["/work/rounds/digests-round122/expected.json", "/work/main/tests/data/digests-round122/expected.json"]
P122 = next((p for p in P122S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P122S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round122", "digests-round123") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round123 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r122 = set()
if P122:
    try:
        r122 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P122)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P122} exists but could not be read (being written?)")
    if r122 & mine: errors.append(f"papers also in round122: {sorted(r122 & mine)}")
shared122 = len(r122 & mine) if P122 else "(no round122 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round123 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round122: {shared122}; papers in more than one round123 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

