#!/usr/bin/env python3
r"""Checks round111/expected.json against the digests and the shared catalogues.

Adapted from round109/validate.py (the label checks are the same code; the reuse report is round109's with round110 /
round111 in place of round108 / round109: round111 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round110's and round111's own (a
digests-round110 / digests-round111 folder, or a file whose bytes equal round110's or round111's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round111 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round110's expected.json (read only, from /work/rounds/digests-round110/ or
/work/main/tests/data/digests-round110/, when it exists), and on a paper in more than one round111 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1128, 1130 every JSON string; 1133, 1135 every
JSON string of every line; 1127 every JSON string of cbq's answers; 1129 every JSON string of JSON data blocks; 1134
every JSON string of the …/today payloads; 1131 Ruby's `\"` undone; 1132 line protocol's `\"` undone; everything:
HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1127 cbq session (LF, final newline; the cbq command line, the banner, `cbq> ` statements ended by `;` or `-- `
comments, `\QUIT;` last; every answer byte-equal to four-space JSON of its parse, keys requestID / signature /
results / status / metrics; requestID UUID4 unique; status success; resultCount = rows, resultSize = bytes of the
printed results; elapsedTime ≥ executionTime; mutationCount only for a mutation and = its RETURNING rows; ORDER BY
honoured; signature and rows = the projection; the IS NULL query's rows = the listing's rows without enlace);
1128 Flowdock messages (no final newline; compact JSON with Rails' \u003c \u003e \u0026; message keys in order; ids and
sent increasing; created_at = sent; uuid form; known users; one flow; tags = hashtags, :user:ID for @mentions, :url
for links, and influx:<parent> first on comments; a comment's thread_id is its parent's; thread ids unique);
1129 memcached PuTTY log (CRLF only, final CRLF; PuTTY's header; the text protocol replayed: storage commands' data
blocks are exactly their byte count, answers STORED / EXISTS by the cas unique, append joins, get / gets answer the
stored state (flags, bytes, data, cas unchanged without a store), incr adds, delete answers by presence, quit last);
1130 Cosmos DB results (no final newline; JSON.stringify(…, null, 4), raw UTF-8; user keys then _rid _self _etag
_attachments _ts; ids unique; ORDER BY c.session; _rid 16 bytes base64, one container; _self from the rids; _etag's
last group = _ts in hex);
1131 irb session (LF, final newline; the shell's irb command first, the shell prompt last; prompts
`irb(main):NNN> ` numbered 1..n, exit last; every statement one `=> ` value last, in Ruby 3.3's inspect forms; puts
and `; nil` give nil; .size = rows printed; count = rows without url / ref; File.write = the Markdown's bytes;
an assignment answers its value; table rows `date  name  url|ref|-  title`);
1132 line protocol (LF, final newline; `#` comments and blank lines; points `measurement,tags fields ns` with
escapes; tag keys sorted; field types stable per measurement; 19-digit timestamps in 2024; the weekly point's
papers / minutes / avg_rating = the paper_read points');
1133 GELF lines (LF, final newline; each line byte-equal to compact ASCII json.dumps; standard keys in order, then
`_fields` (never `_id`); version 1.1, host, short_message; timestamps increasing; level 0–7; a paper without a ref
is logged `paper.added (bez linku)` at WARN; full_message starts with _title; _paper_count = paper.added lines);
1134 mosquitto_sub capture (LF, final newline; the command with `-F '%I %t %p'` first, `^C` last; lines `%I topic
payload`; times increasing; topics under the filter; status / today (compact JSON, keys in order, id = the day, not
both link and ref) / comments/<id> (a known paper) / votes/<id> (= the +1 comments so far));
1135 OTLP JSON lines (LF, final newline; compact JSON; resourceLogs → resource, scopeLogs → scope, logRecords with
keys in order; nano times decimal strings, increasing, observed ≥ time; severityNumber = severityText's; traceId 32
hex (one per line), spanId 16 hex unique; attribute values stringValue / intValue as a decimal string / boolValue);
1136 Logstash config (LF, final newline; input, filter, output in order at top level; known plugins; `key => value`
settings, conditionals; brackets balanced outside strings, regexes and comments).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, base64, hashlib, html, json, os, re, sys, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
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


def html_balanced(f, where, s, allowed, a_attrs=None):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag == "br" or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(a_attrs or r' href="https?://[^"\s]+"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


UUIDRX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def cbq_blocks(raw):
    """[(statement, printed text)] of a cbq session"""
    out, cur, buf = [], None, []
    for l in raw.split("\n"):
        if l.startswith("cbq> "):
            if cur is not None: out.append((cur, "\n".join(buf)))
            cur, buf = l[5:], []
        elif cur is not None: buf.append(l)
    if cur is not None: out.append((cur, "\n".join(buf)))
    return out


def lp_unescape_str(s):
    return s.replace('\\"', '"').replace("\\\\", "\\")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1128, 1130): forms.append("\n".join(json_strings(json.loads(raw))))
    if n in (1133, 1135): forms.append("\n".join(s for l in raw.splitlines() if l.strip() for s in json_strings(json.loads(l))))
    if n == 1127:
        for st, txt in cbq_blocks(raw):
            if txt.startswith("{"): forms.append("\n".join(json_strings(json.loads(txt))))
    if n == 1129:
        for l in raw.split("\r\n"):
            if l.startswith("{") or l.startswith("["):
                try: forms.append("\n".join(json_strings(json.loads(l))))
                except ValueError: pass
    if n == 1131: forms.append(raw.replace('\\"', '"').replace("\\\\", "\\"))
    if n == 1132: forms.append(lp_unescape_str(raw))
    if n == 1134:
        for l in raw.split("\n"):
            p = l.split(" ", 2)
            if len(p) == 3 and p[2].startswith("{"): forms.append("\n".join(json_strings(json.loads(p[2]))))
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
# ---- 1127 Couchbase cbq
CBQ_TOP = ["requestID", "signature", "results", "status", "metrics"]


def check_cbq(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not re.fullmatch(r"\$ \S*cbq -e https?://\S+ -u \S+", ls[0]): errors.append(f"{f}: first line not the cbq command")
    if " Connected to : " not in raw.split("cbq> ")[0]: errors.append(f"{f}: no cbq banner")
    blocks = cbq_blocks(raw)
    if not blocks or blocks[-1][0] != "\\QUIT;" or blocks[-1][1] != "": errors.append(f"{f}: the session does not end with \\QUIT;")
    rids, listing = set(), None
    for st, txt in blocks[:-1]:
        w = f"statement {st[:40]!r}"
        if st.startswith("-- "):
            if txt: errors.append(f"{f}: {w}: a comment with output")
            continue
        if not st.endswith(";"): errors.append(f"{f}: {w}: not ended by ';'")
        try: v = json.loads(txt)
        except ValueError as ex: errors.append(f"{f}: {w}: answer not JSON ({ex})"); continue
        if txt != json.dumps(v, indent=4, ensure_ascii=False): errors.append(f"{f}: {w}: answer not in cbq's layout")
        if not keys_are(f, w, v, CBQ_TOP): continue
        if not UUIDRX.fullmatch(v["requestID"]) or v["requestID"] in rids: errors.append(f"{f}: {w}: requestID bad or repeated")
        rids.add(v["requestID"])
        if v["status"] != "success": errors.append(f"{f}: {w}: status {v['status']}")
        m, res = v["metrics"], v["results"]
        if m.get("resultCount") != len(res): errors.append(f"{f}: {w}: resultCount {m.get('resultCount')} != {len(res)}")
        if m.get("resultSize") != len(json.dumps(res, indent=4, ensure_ascii=False).encode()): errors.append(f"{f}: {w}: resultSize wrong")
        ms = [float(re.fullmatch(r"([\d.]+)ms", m.get(k, "x")).group(1)) if re.fullmatch(r"([\d.]+)ms", m.get(k, "x")) else None for k in ("elapsedTime", "executionTime")]
        if None in ms or ms[0] < ms[1]: errors.append(f"{f}: {w}: elapsedTime / executionTime bad")
        upd = st.split()[0].upper() in ("UPDATE", "INSERT", "UPSERT", "DELETE")
        if upd != ("mutationCount" in m): errors.append(f"{f}: {w}: mutationCount present only for a mutation")
        if upd and "RETURNING" in st and m.get("mutationCount") != len(res): errors.append(f"{f}: {w}: mutationCount != returned rows")
        o = re.search(r"ORDER BY \w+\.(\w+);$", st)
        if o and all(o.group(1) in r for r in res):
            ks = [r[o.group(1)] for r in res]
            if ks != sorted(ks): errors.append(f"{f}: {w}: not ordered by {o.group(1)}")
        proj = re.match(r"SELECT ((?:\w+\.\w+, )*\w+\.\w+) FROM", st)
        if proj:
            want = sorted(x.split(".")[1] for x in proj.group(1).split(", "))
            if sorted(v["signature"]) != want: errors.append(f"{f}: {w}: signature {sorted(v['signature'])} != projection {want}")
            for r in res:
                if sorted(r) != want: errors.append(f"{f}: {w}: row keys {sorted(r)} != projection"); break
        if "ORDER BY l.sesion" in st and "IS NULL" not in st: listing = res
        if "enlace IS NULL" in st and listing is not None:
            want = [r["titulo"] for r in listing if r["enlace"] is None]
            if [r["titulo"] for r in res] != want: errors.append(f"{f}: {w}: rows are not the listing's rows without enlace")


# ---- 1128 Flowdock
FD_MSG = ["event", "tags", "uuid", "thread_id", "id", "flow", "content", "sent", "app", "created_at", "attachments", "user"]
FD_USERS = {"Aino": "231841", "Juha": "231907", "Sanna": "232015", "Mikko": "232140"}


def check_flowdock(f, raw):
    lf_final(f, raw, final=False)
    v = json.loads(raw)
    want = compact(v).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if raw != want: errors.append(f"{f}: not compact JSON with Rails' \\u003c \\u003e \\u0026 escapes")
    byid, last, flows = {}, None, set()
    for i, m in enumerate(v):
        w = f"message {i}"
        if not keys_are(f, w, m, FD_MSG): continue
        if m["event"] not in ("message", "comment"): errors.append(f"{f}: {w}: event {m['event']}")
        if last and (m["id"] <= last["id"] or m["sent"] <= last["sent"]): errors.append(f"{f}: {w}: id / sent not increasing")
        t = dt.datetime.fromtimestamp(m["sent"] / 1000, dt.timezone.utc)
        if m["created_at"] != t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{m['sent'] % 1000:03d}Z": errors.append(f"{f}: {w}: created_at is not sent")
        if not re.fullmatch(r"[0-9a-f]{16}", m["uuid"]): errors.append(f"{f}: {w}: uuid")
        if m["user"] not in FD_USERS.values(): errors.append(f"{f}: {w}: unknown user {m['user']}")
        if m["app"] != "chat" or m["attachments"] != []: errors.append(f"{f}: {w}: app / attachments")
        flows.add(m["flow"])
        text = m["content"] if m["event"] == "message" else (m["content"] or {}).get("text", "")
        if not isinstance(text, str): errors.append(f"{f}: {w}: content"); continue
        tags = re.findall(r"#(\w+)", text) + [":user:" + FD_USERS.get(u, "?") for u in re.findall(r"@(\w+)", text)]
        if re.search(r"https?://", text): tags.append(":url")
        if m["event"] == "comment":
            if not isinstance(m["content"], dict) or list(m["content"]) != ["title", "text"]: errors.append(f"{f}: {w}: comment content keys")
            it = [x for x in m["tags"] if x.startswith("influx:")]
            par = byid.get(int(it[0][7:])) if len(it) == 1 and it[0][7:].isdigit() else None
            if par is None: errors.append(f"{f}: {w}: comment without an earlier parent")
            elif par["thread_id"] != m["thread_id"]: errors.append(f"{f}: {w}: thread_id is not its parent's")
            tags = it[:1] + tags
        elif not re.fullmatch(r"thr_[0-9a-f]{20}", m["thread_id"] or ""): errors.append(f"{f}: {w}: thread_id")
        if m["tags"] != tags: errors.append(f"{f}: {w}: tags {m['tags']} (content gives {tags})")
        byid[m["id"]] = m; last = m
    if len(flows) != 1: errors.append(f"{f}: messages from {len(flows)} flows")
    if len({m.get("thread_id") for m in v if m.get("event") == "message"}) != sum(1 for m in v if m.get("event") == "message"):
        errors.append(f"{f}: two messages share a thread_id")


# ---- 1129 memcached (PuTTY log)
MC_STORE = {"set", "add", "replace", "append", "prepend", "cas"}


def check_memcached(f, raw):
    b = raw.encode("utf-8")
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): errors.append(f"{f}: a line end other than CRLF")
    if not b.endswith(b"\r\n"): errors.append(f"{f}: no final CRLF")
    first, _, b = b.partition(b"\r\n")
    if not re.fullmatch(rb"=~=~=~=~=~=~=~=~=~=~=~= PuTTY log \d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d =~=~=~=~=~=~=~=~=~=~=~=", first):
        errors.append(f"{f}: no PuTTY log header")
    pos, state, ncmd = 0, {}, 0

    def line():
        nonlocal pos
        e = b.find(b"\r\n", pos)
        if e < 0: raise ValueError("line not ended")
        l = b[pos:e]; pos = e + 2
        return l.decode("utf-8")
    try:
        while pos < len(b):
            c = line(); ncmd += 1; w = f"command {ncmd} {c[:40]!r}"
            p = c.split(" ")
            if p[0] == "quit":
                if pos != len(b): errors.append(f"{f}: text after quit")
                break
            if p[0] == "version":
                if not re.fullmatch(r"VERSION \d+\.\d+\.\d+", line()): errors.append(f"{f}: {w}: answer")
            elif p[0] in MC_STORE:
                if len(p) != (6 if p[0] == "cas" else 5) or not all(x.isdigit() for x in p[2:]): errors.append(f"{f}: {w}: arguments"); continue
                k, fl, n = p[1], int(p[2]), int(p[4])
                data = b[pos:pos + n]; pos += n
                if b[pos:pos + 2] != b"\r\n": errors.append(f"{f}: {w}: data block is not {n} bytes"); pos = b.find(b"\r\n", pos)
                pos += 2
                ans = line(); d = data.decode("utf-8", "replace")
                if p[0] == "cas":
                    ok = k in state and state[k][2] == int(p[5])
                    if ans != ("STORED" if ok else "EXISTS"): errors.append(f"{f}: {w}: answer {ans} (cas unique {'matches' if ok else 'stale'})")
                    if ok: state[k] = (fl, d, None)
                elif p[0] in ("append", "prepend"):
                    if k not in state: errors.append(f"{f}: {w}: {p[0]} to an unknown key")
                    elif ans != "STORED": errors.append(f"{f}: {w}: answer {ans}")
                    else:
                        o = state[k]; state[k] = (o[0], o[1] + d if p[0] == "append" else d + o[1], None)
                else:
                    if ans != "STORED": errors.append(f"{f}: {w}: answer {ans}")
                    state[k] = (fl, d, None)
            elif p[0] in ("get", "gets"):
                while True:
                    a = line()
                    if a == "END": break
                    m = re.fullmatch(r"VALUE (\S+) (\d+) (\d+)( \d+)?", a)
                    if not m or m.group(1) not in p[1:] or bool(m.group(4)) != (p[0] == "gets"): errors.append(f"{f}: {w}: line {a!r}"); break
                    k, fl, n = m.group(1), int(m.group(2)), int(m.group(3))
                    data = b[pos:pos + n]; pos += n
                    if b[pos:pos + 2] != b"\r\n": errors.append(f"{f}: {w}: value of {k} is not {n} bytes"); pos = b.find(b"\r\n", pos)
                    pos += 2
                    d = data.decode("utf-8", "replace")
                    cas = int(m.group(4)) if m.group(4) else None
                    if k in state:
                        if state[k][1] != d or state[k][0] != fl: errors.append(f"{f}: {w}: {k} is not what was stored")
                        if cas is not None and state[k][2] is not None and cas != state[k][2]: errors.append(f"{f}: {w}: cas of {k} changed without a store")
                        state[k] = (fl, d, cas if cas is not None else state[k][2])
                    else: state[k] = (fl, d, cas)
                vals = [k for k in p[1:]]
                if len(set(vals)) != len(vals): errors.append(f"{f}: {w}: a key asked twice")
            elif p[0] in ("incr", "decr"):
                a = line()
                k = p[1]
                if k in state:
                    if not state[k][1].isdigit(): errors.append(f"{f}: {w}: incr of a non-number")
                    else:
                        want = int(state[k][1]) + (int(p[2]) if p[0] == "incr" else -int(p[2]))
                        if a != str(want): errors.append(f"{f}: {w}: answer {a}, want {want}")
                        state[k] = (state[k][0], a, None)
                elif not a.isdigit(): errors.append(f"{f}: {w}: answer {a}")
                else: state[k] = (0, a, None)
            elif p[0] == "delete":
                a = line()
                if a not in ("DELETED", "NOT_FOUND") or (a == "DELETED") != (p[1] in state): errors.append(f"{f}: {w}: answer {a}")
                state.pop(p[1], None)
            else:
                errors.append(f"{f}: {w}: not a memcached command")
        else:
            errors.append(f"{f}: no quit")
    except (ValueError, UnicodeDecodeError) as ex:
        errors.append(f"{f}: {ex}")


# ---- 1130 Cosmos DB Data Explorer
CDB_SYS = ["_rid", "_self", "_etag", "_attachments", "_ts"]
CDB_USER = ["id", "type", "circle", "session", "presenter", "title", "link"]


def check_cosmos(f, raw):
    lf_final(f, raw, final=False)
    v = json.loads(raw)
    if raw != json.dumps(v, indent=4, ensure_ascii=False): errors.append(f"{f}: not JSON.stringify(…, null, 4) with raw UTF-8")
    ids, rids, prefix, last = set(), set(), None, ""
    for i, d in enumerate(v):
        w = f"item {i}"
        ks = list(d)
        if ks[-5:] != CDB_SYS or ks[:7] != CDB_USER or any(k.startswith("_") for k in ks[:-5]): errors.append(f"{f}: {w}: keys {ks}"); continue
        if d["id"] in ids: errors.append(f"{f}: {w}: id repeated")
        ids.add(d["id"])
        if d["type"] != "paper" or not d["circle"]: errors.append(f"{f}: {w}: type / partition key")
        if d["session"] < last: errors.append(f"{f}: {w}: not ORDER BY c.session")
        last = d["session"]
        try: rid = base64.b64decode(d["_rid"], validate=True)
        except ValueError: errors.append(f"{f}: {w}: _rid not base64"); continue
        if len(rid) != 16 or rid in rids: errors.append(f"{f}: {w}: _rid length or repeated")
        rids.add(rid)
        if prefix is None: prefix = rid[:8]
        if rid[:8] != prefix: errors.append(f"{f}: {w}: _rid of another container")
        b64 = lambda x: base64.b64encode(x).decode()
        if d["_self"] != f"dbs/{b64(rid[:4])}/colls/{b64(rid[:8])}/docs/{d['_rid']}/": errors.append(f"{f}: {w}: _self not the rids'")
        if not isinstance(d["_ts"], int) or not re.fullmatch(r'"[0-9a-f]{8}-0000-0d00-0000-' + f"{d['_ts']:08x}" + r'0000"', d["_etag"]):
            errors.append(f"{f}: {w}: _etag does not carry _ts")
        if d["_attachments"] != "attachments/": errors.append(f"{f}: {w}: _attachments")
        if d["link"] is not None and not re.fullmatch(r"https://\S+", d["link"]): errors.append(f"{f}: {w}: link")


# ---- 1131 irb
IRB_P = re.compile(r"irb\(main\):(\d{3})> (.*)")
RB_STR = r'"(?:[^"\\]|\\.)*"'
RB_VAL = r'(?:' + RB_STR + r'|nil|true|false|-?\d+)'


def check_irb(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not re.fullmatch(r"\S+@\S+:\S+\$ (bundle exec )?irb.*", ls[0]): errors.append(f"{f}: first line not the shell's irb command")
    if not re.fullmatch(r"\S+@\S+:\S+\$ ", ls[-1]): errors.append(f"{f}: the shell prompt is not last")
    steps, cur = [], None
    for l in ls[1:-1]:
        m = IRB_P.fullmatch(l)
        if m: cur = [int(m.group(1)), m.group(2), []]; steps.append(cur)
        elif cur is None: errors.append(f"{f}: output before the first prompt")
        else: cur[2].append(l)
    if [s[0] for s in steps] != list(range(1, len(steps) + 1)): errors.append(f"{f}: prompt numbers not 1..n")
    if not steps or steps[-1][1] != "exit" or steps[-1][2]: errors.append(f"{f}: the last statement is not exit")
    rows, size, md = None, None, None
    for n, code, out in steps[:-1]:
        w = f"statement {n}"
        if not out or not out[-1].startswith("=> "): errors.append(f"{f}: {w}: no `=> ` value"); continue
        val = out[-1][3:]
        if any(o.startswith("=> ") for o in out[:-1]): errors.append(f"{f}: {w}: two values")
        if code.endswith("; nil") or code.startswith("puts "):
            if val != "nil": errors.append(f"{f}: {w}: puts / `; nil` gives nil")
        if val.startswith("{"):
            if not re.fullmatch(r"\{(?::\w+=>" + RB_VAL + r")(?:, :\w+=>" + RB_VAL + r")*\}", val): errors.append(f"{f}: {w}: not Ruby 3.3's Hash#inspect")
        elif val.startswith("["):
            if not re.fullmatch(r"\[(?:" + RB_VAL + r"(?:, " + RB_VAL + r")*)?\]", val): errors.append(f"{f}: {w}: not Array#inspect")
        elif val.startswith('"'):
            if not re.fullmatch(RB_STR, val): errors.append(f"{f}: {w}: not String#inspect")
        elif not re.fullmatch(r"nil|true|false|-?\d+|#<[\w:]+ .*>", val): errors.append(f"{f}: {w}: value {val[:30]!r}")
        if code.endswith(".size"): size = int(val)
        if ".each" in code and code.endswith("; nil"): rows = out[:-1]
        if code.startswith("list.items.count"):
            if rows is None or int(val) != sum(1 for r in rows if r.split("  ")[2] == "-"): errors.append(f"{f}: {w}: count is not the table's rows without url / ref")
        if code.startswith("puts list.to_markdown"): md = out[:-1]
        if code.startswith("File.write") and (md is None or int(val) != len(("\n".join(md) + "\n").encode())): errors.append(f"{f}: {w}: bytes written are not the Markdown's")
        mm = re.match(r'\w+\.title = (".*")$', code)
        if mm and val != mm.group(1): errors.append(f"{f}: {w}: an assignment answers its value")
    if rows is not None and size != len(rows): errors.append(f"{f}: .size {size} != {len(rows)} rows printed")
    for r in rows or []:
        p = r.split("  ")
        if len(p) != 4 or not re.fullmatch(r"\d{4}-\d\d-\d\d", p[0]) or not re.fullmatch(r"-|https://\S+|arXiv:\d{4}\.\d{4,5}", p[2]): errors.append(f"{f}: table row {r[:40]!r}")


# ---- 1132 InfluxDB line protocol
LP_KEY = r"(?:[^\s,=\\]|\\[ ,=\\])+"
LP_FV = r'(?:"(?:[^"\\]|\\["\\])*"|-?\d+i|-?\d+\.\d+(?:e-?\d+)?|-?\d+|true|false)'


def lp_unesc(s):
    return re.sub(r"\\([ ,=\\])", r"\1", s)


def check_lineprotocol(f, raw):
    lf_final(f, raw)
    types, paper, weekly = {}, [], None
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        w = f"line {i}"
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"(" + LP_KEY + r")((?:," + LP_KEY + "=" + LP_KEY + r")*) (" + LP_KEY + "=" + LP_FV + "(?:," + LP_KEY + "=" + LP_FV + r")*) (\d{19})", l)
        if not m: errors.append(f"{f}: {w}: not a line-protocol point"); continue
        meas, tags, fields, ts = m.groups()
        tk = [lp_unesc(t.split("=")[0]) for t in re.findall(r"," + LP_KEY + "=" + LP_KEY, tags)]
        if tk != sorted(tk) or len(set(tk)) != len(tk): errors.append(f"{f}: {w}: tag keys not sorted / repeated")
        fv = {lp_unesc(k): v for k, v in re.findall(r"(" + LP_KEY + ")=(" + LP_FV + ")", fields)}
        for k, v in fv.items():
            t = "s" if v.startswith('"') else "i" if v.endswith("i") else "b" if v in ("true", "false") else "f"
            if types.setdefault((meas, k), t) != t: errors.append(f"{f}: {w}: field {k} changes type")
        t = dt.datetime.fromtimestamp(int(ts) / 1e9, dt.timezone.utc)
        if not dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc) <= t <= dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc): errors.append(f"{f}: {w}: timestamp {t}")
        if meas == "paper_read": paper.append(fv)
        if meas == "weekly": weekly = fv
    if weekly:
        ints = lambda k: [int(x[k][:-1]) for x in paper]
        if weekly.get("papers") != f"{len(paper)}i": errors.append(f"{f}: weekly papers != paper_read points")
        if weekly.get("minutes") != f"{sum(ints('minutes'))}i": errors.append(f"{f}: weekly minutes != their sum")
        if abs(float(weekly.get("avg_rating", "0")) - sum(ints("rating")) / max(len(paper), 1)) > 0.001: errors.append(f"{f}: weekly avg_rating wrong")


# ---- 1133 GELF
GELF_STD = ["version", "host", "short_message", "full_message", "timestamp", "level"]


def check_gelf(f, raw):
    lf_final(f, raw)
    last, added, summary = 0, 0, None
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        w = f"line {i}"
        try: d = json.loads(l)
        except ValueError: errors.append(f"{f}: {w}: not JSON"); continue
        if l != json.dumps(d, separators=(",", ":")): errors.append(f"{f}: {w}: not the handler's compact ASCII JSON")
        std = [k for k in d if not k.startswith("_")]
        if std != [k for k in GELF_STD if k in d] or any(k in GELF_STD for k in list(d)[len(std):]): errors.append(f"{f}: {w}: key order {list(d)}")
        if d.get("version") != "1.1" or not d.get("host") or not d.get("short_message"): errors.append(f"{f}: {w}: version / host / short_message")
        if not isinstance(d.get("timestamp"), (int, float)) or d["timestamp"] <= last: errors.append(f"{f}: {w}: timestamp not increasing")
        else: last = d["timestamp"]
        if d.get("level") not in range(8): errors.append(f"{f}: {w}: level {d.get('level')}")
        for k in d:
            if k not in GELF_STD and (not re.fullmatch(r"_[\w.\-]+", k) or k == "_id"): errors.append(f"{f}: {w}: additional field {k!r}")
        if d.get("short_message", "").startswith("paper.added"):
            added += 1
            if (d.get("_ref") == "") != (d["short_message"] == "paper.added (bez linku)") or d.get("level") != (4 if d.get("_ref") == "" else 6):
                errors.append(f"{f}: {w}: a paper without a ref must be logged as such (WARN)")
            if not d.get("full_message", "").startswith(d.get("_title", "\0")): errors.append(f"{f}: {w}: full_message does not start with _title")
        if "_paper_count" in d: summary = d["_paper_count"]
    if summary != added: errors.append(f"{f}: _paper_count {summary} != {added} paper.added lines")


# ---- 1134 mosquitto_sub
MQ_TODAY = ["id", "title", "link", "ref", "note", "lang"]


def check_mosquitto(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m0 = re.fullmatch(r"\$ mosquitto_sub .*-t '([^']+)' -F '%I %t %p'.*", ls[0])
    if not m0: errors.append(f"{f}: first line not the mosquitto_sub command"); return
    flt = m0.group(1)
    if ls[-1] != "^C": errors.append(f"{f}: not ended by ^C")
    last, votes, today = None, Counter(), set()
    for i, l in enumerate(ls[1:-1], 2):
        w = f"line {i}"
        p = l.split(" ", 2)
        if len(p) != 3: errors.append(f"{f}: {w}: not `time topic payload`"); continue
        try: t = dt.datetime.strptime(p[0], "%Y-%m-%dT%H:%M:%S%z")
        except ValueError: errors.append(f"{f}: {w}: time {p[0]!r} not %I"); continue
        if last and t <= last: errors.append(f"{f}: {w}: time not increasing")
        last = t
        top, pay = p[1], p[2]
        if not (flt.endswith("/#") and top.startswith(flt[:-1])): errors.append(f"{f}: {w}: topic {top} outside {flt}")
        sub = top[len(flt) - 1:]
        if sub == "status":
            if not re.fullmatch(r"online|offline.*", pay): errors.append(f"{f}: {w}: status payload")
        elif sub == "today":
            try: d = json.loads(pay)
            except ValueError: errors.append(f"{f}: {w}: today payload not JSON"); continue
            if pay != compact(d) or list(d) != MQ_TODAY: errors.append(f"{f}: {w}: today payload layout / keys")
            if d.get("id") != t.strftime("%Y-%m-%d"): errors.append(f"{f}: {w}: id is not the day")
            if d.get("link") and d.get("ref"): errors.append(f"{f}: {w}: both link and ref")
            today.add(d.get("id"))
        elif re.fullmatch(r"comments/\d{4}-\d\d-\d\d", sub):
            if sub[9:] not in today: errors.append(f"{f}: {w}: comment on an unknown paper")
            votes[sub[9:]] += pay.startswith("+1")
        elif re.fullmatch(r"votes/\d{4}-\d\d-\d\d", sub):
            if pay != str(votes[sub[6:]]): errors.append(f"{f}: {w}: votes {pay} != {votes[sub[6:]]} +1 comments")
        else: errors.append(f"{f}: {w}: unknown topic {top}")


# ---- 1135 OTLP JSON
OT_SEV = {"DEBUG": 5, "INFO": 9, "WARN": 13, "ERROR": 17}
OT_LR = ["timeUnixNano", "observedTimeUnixNano", "severityNumber", "severityText", "body", "attributes", "traceId", "spanId"]


def check_otlp(f, raw):
    lf_final(f, raw)
    last, spans = 0, set()
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        w = f"line {i}"
        try: v = json.loads(l)
        except ValueError: errors.append(f"{f}: {w}: not JSON"); continue
        if l != compact(v): errors.append(f"{f}: {w}: not compact JSON")
        if not keys_are(f, w, v, ["resourceLogs"]): continue
        traces = set()
        for rl in v["resourceLogs"]:
            if not keys_are(f, w, rl, ["resource", "scopeLogs"]): continue
            for sl in rl["scopeLogs"]:
                if not keys_are(f, w, sl, ["scope", "logRecords"]): continue
                for j, r in enumerate(sl["logRecords"]):
                    ww = f"{w} record {j}"
                    if not keys_are(f, ww, r, OT_LR): continue
                    if not (r["timeUnixNano"].isdigit() and r["observedTimeUnixNano"].isdigit()): errors.append(f"{f}: {ww}: times not decimal strings"); continue
                    if int(r["observedTimeUnixNano"]) < int(r["timeUnixNano"]): errors.append(f"{f}: {ww}: observed before time")
                    if int(r["timeUnixNano"]) <= last: errors.append(f"{f}: {ww}: time not increasing")
                    last = int(r["timeUnixNano"])
                    if OT_SEV.get(r["severityText"]) != r["severityNumber"]: errors.append(f"{f}: {ww}: severityNumber {r['severityNumber']} is not {r['severityText']}'s")
                    if not re.fullmatch(r"[0-9a-f]{32}", r["traceId"]) or not re.fullmatch(r"[0-9a-f]{16}", r["spanId"]) or r["spanId"] in spans: errors.append(f"{f}: {ww}: traceId / spanId")
                    spans.add(r["spanId"]); traces.add(r["traceId"])
                    for a in r["attributes"] + rl["resource"]["attributes"]:
                        val = a.get("value", {})
                        if list(a) != ["key", "value"] or len(val) != 1: errors.append(f"{f}: {ww}: attribute {a}"); continue
                        (kind, x), = val.items()
                        if kind == "intValue" and not (isinstance(x, str) and re.fullmatch(r"-?\d+", x)): errors.append(f"{f}: {ww}: intValue not a decimal string")
                        elif kind == "boolValue" and not isinstance(x, bool): errors.append(f"{f}: {ww}: boolValue")
                        elif kind == "stringValue" and not isinstance(x, str): errors.append(f"{f}: {ww}: stringValue")
                        elif kind not in ("intValue", "boolValue", "stringValue"): errors.append(f"{f}: {ww}: value kind {kind}")
                    if list(r["body"]) != ["stringValue"]: errors.append(f"{f}: {ww}: body")
        if len(traces) != 1: errors.append(f"{f}: {w}: {len(traces)} traces in one request")


# ---- 1136 Logstash
LS_SECTIONS = {"input", "filter", "output"}
LS_PLUGINS = {"gelf", "beats", "mutate", "grok", "date", "translate", "file", "opensearch", "elasticsearch", "stdout", "line", "rubydebug", "json"}


def check_logstash(f, raw):
    lf_final(f, raw)
    depth, stack, seen = 0, [], []
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        w = f"line {i}"
        s = l.strip()
        if not s or s.startswith("#"): continue
        code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', s)
        code = re.sub(r"=~ /(?:[^/\\]|\\.)*/", "=~ //", code)
        if code.count("{") - code.count("}") not in (-1, 0, 1) and not re.fullmatch(r"\w+ \{ .* \}", code): errors.append(f"{f}: {w}: unexpected braces")
        m = re.match(r"(\w+) \{", code)
        if m and not code.startswith(("if ", "else")) and "=>" not in code.split("{")[0]:
            name = m.group(1)
            if depth == 0:
                if name not in LS_SECTIONS: errors.append(f"{f}: {w}: top-level section {name}")
                seen.append(name)
            elif name not in LS_PLUGINS: errors.append(f"{f}: {w}: unknown plugin {name}")
        elif re.match(r"\} else \{|if |else if ", code) or code in ("}", "]", "],", ")"): pass
        elif re.match(r"\w+ => ", code) or re.fullmatch(r'(?:"")(?: +=> "")?,?', code) or code == "]" or code.startswith('"" =>'): pass
        elif not re.fullmatch(r'"",?', code): errors.append(f"{f}: {w}: not a setting {s[:40]!r}")
        for ch in code:
            if ch in "{[": stack.append(ch)
            elif ch in "}]":
                if not stack or {"}": "{", "]": "["}[ch] != stack.pop(): errors.append(f"{f}: {w}: unbalanced {ch}"); return
        depth = stack.count("{")
    if stack: errors.append(f"{f}: {stack} not closed")
    if seen != ["input", "filter", "output"]: errors.append(f"{f}: sections {seen}")


def shape_checks(f, raw, path):
    n = num(f)
    {1127: check_cbq, 1128: check_flowdock, 1129: check_memcached, 1130: check_cosmos, 1131: check_irb,
     1132: check_lineprotocol, 1133: check_gelf, 1134: check_mosquitto, 1135: check_otlp,
     1136: check_logstash}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round110's and round111's, a byte-identical file counted once), and the round110/round111 split (candidates sorted by
# (uses, catalogue title); round111 = odd positions from 3 on, one unbroken run; round110 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P110S = ["/work/rounds/digests-round110/expected.json", "/work/main/tests/data/digests-round110/expected.json"]
P110 = next((p for p in P110S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P110S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round110", "digests-round111") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round111 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r110 = set()
if P110:
    try:
        r110 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P110)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P110} exists but could not be read (being written?)")
    if r110 & mine: errors.append(f"papers also in round110: {sorted(r110 & mine)}")
shared110 = len(r110 & mine) if P110 else "(no round110 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round111 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round110: {shared110}; papers in more than one round111 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
