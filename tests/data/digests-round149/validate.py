#!/usr/bin/env python3
r"""Checks round149/expected.json against the digests and the shared catalogues.

Adapted from round147/validate.py (the label checks are the same code; the reuse report is round147's with round148 /
round149 in place of round146 / round147: round149 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round148's and round149's own (a
digests-round148 / digests-round149 folder, or a file whose bytes equal round148's or round149's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round149 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round148's expected.json (read only, from /work/rounds/digests-round148/ or
/work/main/tests/data/digests-round148/, when it exists), and on a paper in more than one round149 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: every JSON string of 1508's log lines, 1512's
records, 1514's board and 1515's body; everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1507 Carrot2 DCS (shell prompts, the last one an empty prompt; `wc -l` = the TSV's rows; every row three tab-separated
fields, the link field `-`, `arXiv:<id>` or an http(s) URL; jq's `.documents | length` = rows; curl's answer in
Jackson's pretty layout (re-rendered), without a final newline so the next prompt follows the closing brace; clusters
with labels, ascending valid document indices, empty subclusters, scores falling; every label in each of its
documents' title or snippet; the jq summary re-computed from the answer and the TSV);
1508 Eliot (shell prompts; `wc -l` = the log's lines; every log line one JSON object in json.dumps' default layout
(ASCII escapes); standard keys first / last as Eliot writes them; timestamps rising; tasks not interleaved, levels
1..n, a started action closed by succeeded / failed; field values within eliot-tree's 100-character limit; the whole
eliot-tree output re-rendered from the log: uuids, ⇒ statuses, UTC times, ⧖ durations, box-drawing fields);
1509 GDL (shell prompt, `gdl`, the banner, `GDL> ` inputs; every answer re-computed from the lines printed by the FOR
loop: FILE_LINES in I12, HELP lines, the loop in I8, WHERE / STRMATCH counts and indices in I12, an element, STRSPLIT
and STRTRIM, STRLEN in bytes; `exit` then the shell prompt);
1510 YottaDB (shell prompts; direct mode: every `YDB>` prompt preceded by a newline; $ZYRELEASE, $ZCHSET UTF-8;
ZWRITE lines `^RDL(n,"key")=value` in M collation (the unsubscripted node, numbers ascending, keys in byte order),
strings quoted with `""` doubled, the top node = the last id; the $ORDER loop re-computed with ?4 tabs; $DATA and the
no-link count re-computed; `halt` then the shell prompt);
1511 zk (shell prompts; `zk list` sorted by path, four-character ids, titles, `Found N notes` = N; each `cat` note
headed `# <its list title>`; every grep line `./<id>.md:<n>:<text>` naming a listed note, matching arxiv / openreview
case-blind, at the right line of a shown note, and every matching line of a shown note in the grep; `zk new
--print-path` a new id under the notebook);
1512 JSON text sequence (RFC 7464: every record ASCII RS, one JSON text in jq's -c layout with raw Unicode, LF; no
other bytes; the same keys in order; ids consecutive; RFC 3339 dates with offsets, rising; type paper / link / video;
url null or http(s), required for links and videos; arxiv null or id-shaped);
1513 yamllint (shell prompts; the YAML from `cat`; both runs re-computed from it with the modelled rules
(document-start, line-length with the non-breakable-word exception, trailing-spaces, truthy, comments, key-duplicates):
the standard format (file line, problems padded to columns 12 and 21, a blank line) and the parsable format with the
inline config's limits; exit statuses 1 when an error was printed);
1514 Nullboard (one line, no final newline, JSON.stringify's compact layout with raw Unicode; board / list / note keys
in order; format 20190412; the id a plausible millisecond time; revision a positive integer; list titles unique;
notes with text, raw and min booleans, raw notes one line);
1515 Are.na (one line, no final newline, Rails' JSON: compact, raw Unicode, `<` `>` `&` only as \u003c \u003e \u0026;
envelope keys, length = blocks; block, user, source and image keys in order; unique ids, positions 1..n, classes;
millisecond UTC times, connected after created; content_html / description_html the escaped paragraphs of content /
description; Link blocks with a source URL and provider (arXiv.org for arxiv.org, an abs page titled `[<id>] …`);
image URLs under the block id);
1516 OPDS (XML that parses; an Atom feed with the dc / opds / pse namespaces; feed id, title, updated, author, self /
start / search links; totals; every entry with a unique urn:uuid id, title, RFC 3339 updated, authors, dc:language
ka / en, dc:issued a year, ISBN-13 check digits, a summary, image links and one acquisition link whose type matches its
file extension and whose path names the entry's series; entries newest first, none newer than the feed).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys
import datetime as dt
from collections import Counter
from urllib.parse import unquote, unquote_plus, urlsplit, parse_qsl
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


def lines_of(f, raw, final=True):
    lf_final(f, raw, final)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


PROMPT = re.compile(r"(?:\([\w.-]+\) )?([\w.-]+)@([\w.-]+)(?::([^$#%]+)[$#] | ([^ ]+) % )(.*)")


def session(f, L):
    """split a pasted terminal into (command, output lines); the prompt string is the first line's; the last line is
    an empty prompt"""
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m: errors.append(f"{f}: the first line is not a shell prompt"); return []
    pre = L[0][:len(L[0]) - len(m.group(5))]
    if L[-1] != pre: errors.append(f"{f}: the last line is not an empty prompt {pre!r}")
    cmds = []
    for l in L[:-1]:
        if l.startswith(pre): cmds.append((l[len(pre):], []))
        elif not cmds: errors.append(f"{f}: text before the first prompt"); return []
        else: cmds[-1][1].append(l)
    return cmds


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


def json_block(f, lines, what, indent=2, ascii_=False, slashes=False):
    """lines that must be one JSON value in a given pretty layout"""
    try: v = json.loads("\n".join(lines))
    except ValueError as ex: errors.append(f"{f}: {what} does not parse: {ex}"); return None
    want = json.dumps(v, indent=indent, ensure_ascii=ascii_)
    if slashes: want = want.replace("/", "\\/")
    if want.split("\n") != lines:
        errors.append(f"{f}: {what} is not in the {indent}-space layout{' with ASCII escapes' if ascii_ else ''}")
    return v


def json_values(f, lines, what):
    """consecutive pretty JSON values (jq's output of a stream): each starts with `{` or `[` at column 0"""
    vals, cur = [], []
    for l in lines:
        cur.append(l)
        if l in ("}", "]"):
            v = json_block(f, cur, what)
            if v is not None: vals.append(v)
            cur = []
    if cur: errors.append(f"{f}: {what}: trailing lines {cur[:2]}")
    return vals


def iso_ms(s):
    return dt_ok(s, "%Y-%m-%dT%H:%M:%S.%fZ") if isinstance(s, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s) else None


def cmd(f, cmds, rx):
    hits = [(c, o) for c, o in cmds if re.fullmatch(rx, c)]
    if not hits: errors.append(f"{f}: no command matching {rx[:60]!r}"); return None, []
    return hits[0]




# ---------------------------------------------------------------- 1507 Carrot2 DCS
def jackson(v, ind=0):
    pad = "  " * ind
    if isinstance(v, dict):
        if not v: return "{ }"
        return "{\n" + ",\n".join(f'{pad}  {json.dumps(k)} : {jackson(x, ind + 1)}' for k, x in v.items()) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v: return "[ ]"
        return "[ " + ", ".join(jackson(x, ind) for x in v) + " ]"
    return json.dumps(v, ensure_ascii=False)


def check_carrot2(f, raw):
    L = lines_of(f, raw)
    if not L: return
    m = PROMPT.fullmatch(L[0])
    if not m: errors.append(f"{f}: the first line is not a shell prompt"); return
    pre = L[0][:len(L[0]) - len(m.group(5))]
    if ("}" + pre) not in raw: errors.append(f"{f}: curl's answer should end without a newline, the prompt after its brace")
    L2 = []
    for l in L:
        if l.startswith("}" + pre): L2 += ["}", l[1:]]
        else: L2.append(l)
    cmds = session(f, L2)
    if not cmds: return
    c, o = cmd(f, cmds, r"wc -l (\S+\.tsv)")
    if c is None: return
    c2, tsv = cmd(f, cmds, r"cat \S+\.tsv")
    rows = [r.split("\t") for r in tsv]
    if o != [f"{len(tsv)} {c.split()[2]}"]: errors.append(f"{f}: wc -l says {o} for {len(tsv)} rows")
    for r in rows:
        if len(r) != 3 or not all(x.strip() for x in r): errors.append(f"{f}: TSV row not three fields: {r[:1]}"); continue
        if not (r[1] == "-" or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", r[1]) or re.fullmatch(r"https?://\S+", r[1])):
            errors.append(f"{f}: TSV link field {r[1]!r}")
    c3, o3 = cmd(f, cmds, r"jq '\.documents \| length' \S+")
    if c3 is not None and o3 != [str(len(rows))]: errors.append(f"{f}: jq length {o3} for {len(rows)} rows")
    c4, o4 = cmd(f, cmds, r"curl -s -H 'Content-Type: application/json' --data-binary @\S+ '[^']*/service/cluster\?indent' \| tee \S+")
    if c4 is None: return
    try: resp = json.loads("\n".join(o4))
    except ValueError as ex: errors.append(f"{f}: the clustering answer does not parse: {ex}"); return
    if jackson(resp).split("\n") != o4: errors.append(f"{f}: the answer is not in Jackson's pretty layout")
    cl = resp.get("clusters") if isinstance(resp, dict) else None
    if not isinstance(cl, list) or not cl: errors.append(f"{f}: no clusters"); return
    scores = []
    for k in cl:
        if list(k) != ["labels", "documents", "clusters", "score"]: errors.append(f"{f}: cluster keys {list(k)}"); continue
        d = k["documents"]
        if d != sorted(set(d)) or not all(isinstance(i, int) and 0 <= i < len(rows) for i in d): errors.append(f"{f}: cluster documents {d}")
        if k["clusters"] != []: errors.append(f"{f}: unexpected subclusters")
        scores.append(k["score"])
        for lb in k["labels"]:
            for i in d:
                if 0 <= i < len(rows) and len(rows[i]) == 3 and lb.lower() not in (rows[i][0] + " " + rows[i][2]).lower():
                    errors.append(f"{f}: label {lb!r} not in document {i}")
    if scores != sorted(scores, reverse=True): errors.append(f"{f}: cluster scores not falling")
    c5, o5 = cmd(f, cmds, r"jq -r --slurpfile q \S+ '.*' \S+")
    if c5 is not None:
        want = [f"{', '.join(k['labels'])} [{len(k['documents'])}]: " + " | ".join(rows[i][0] for i in k["documents"] if 0 <= i < len(rows)) for k in cl]
        if o5 != want: errors.append(f"{f}: the jq summary differs from the answer")


# ---------------------------------------------------------------- 1508 Eliot / eliot-tree
EL_STD = ("timestamp", "task_uuid", "task_level", "action_type", "action_status", "message_type")


def el_tree(recs):
    out, by = [], {}
    for r in recs: by.setdefault(r["task_uuid"], []).append(r)
    ts = lambda x: dt.datetime.fromtimestamp(x, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
    lv = lambda r: "/".join(map(str, r["task_level"]))
    def flds(r, pre, last_too=True):
        ks = [k for k in r if k not in EL_STD]
        return [pre + ("└── " if n == len(ks) - 1 and last_too else "├── ") + f"{k}: {r[k]}" for n, k in enumerate(ks)]
    for u, rs in by.items():
        s, e = rs[0], rs[-1]
        out += [u, f"└── {s['action_type']}/{lv(s)} ⇒ {s['action_status']} {ts(s['timestamp'])} ⧖ {e['timestamp'] - s['timestamp']:.3f}s"]
        out += flds(s, "    ", False)
        for m in rs[1:-1]:
            out.append(f"    ├── {m['message_type']}/{lv(m)} {ts(m['timestamp'])}")
            out += flds(m, "    │   ")
        out.append(f"    └── {e['action_type']}/{lv(e)} ⇒ {e['action_status']} {ts(e['timestamp'])}")
        out += flds(e, "        ")
        out.append("")
    return out


def check_eliot(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, o = cmd(f, cmds, r"wc -l (\S+\.log)")
    c2, log = cmd(f, cmds, r"cat \S+\.log")
    if c is None or c2 is None: return
    if o != [f"{len(log)} {c.split()[2]}"]: errors.append(f"{f}: wc -l says {o} for {len(log)} lines")
    recs = []
    for l in log:
        try: r = json.loads(l)
        except ValueError: errors.append(f"{f}: a log line does not parse: {l[:60]}"); continue
        if json.dumps(r) != l: errors.append(f"{f}: a log line is not in json.dumps' default layout: {l[:60]}")
        ks = list(r)
        if ks[-3:] != ["timestamp", "task_uuid", "task_level"] or ks[0] not in ("action_status", "message_type") or \
           (ks[0] == "action_status" and ks[1] != "action_type"):
            errors.append(f"{f}: Eliot keys out of order: {ks[:3]}")
        for k, v in r.items():
            if k not in EL_STD and len(str(v)) > 100: errors.append(f"{f}: field {k} longer than eliot-tree's limit")
        recs.append(r)
    if not recs: return
    tss = [r["timestamp"] for r in recs]
    if tss != sorted(tss): errors.append(f"{f}: log timestamps not rising")
    seen, cur = [], None
    for r in recs:
        if r["task_uuid"] != cur:
            if r["task_uuid"] in seen: errors.append(f"{f}: task {r['task_uuid']} interleaved")
            seen.append(r["task_uuid"]); cur = r["task_uuid"]; lvl = 0
            if r.get("action_status") != "started": errors.append(f"{f}: a task not opened by a started action")
        lvl += 1
        if r["task_level"] != [lvl]: errors.append(f"{f}: task level {r['task_level']} where [{lvl}] is due")
    by = {}
    for r in recs: by.setdefault(r["task_uuid"], []).append(r)
    for u, rs in by.items():
        if rs[-1].get("action_status") not in ("succeeded", "failed") or any("action_status" in r for r in rs[1:-1]):
            errors.append(f"{f}: task {u} not closed by succeeded / failed")
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u): errors.append(f"{f}: task uuid {u}")
    c3, tr = cmd(f, cmds, r"eliot-tree \S+\.log")
    if c3 is not None:
        try:
            want = el_tree(recs)
            if tr != want:
                bad = next((i for i, (a, b) in enumerate(zip(tr, want)) if a != b), min(len(tr), len(want)))
                errors.append(f"{f}: eliot-tree output differs from the log at its line {bad + 1}")
        except (KeyError, TypeError) as ex: errors.append(f"{f}: eliot-tree cannot be re-rendered: {ex!r}")


# ---------------------------------------------------------------- 1509 GDL
def check_gdl(f, raw):
    cmds = session(f, lines_of(f, raw))
    if not cmds or cmds[0][0] != "gdl": errors.append(f"{f}: no `gdl` session"); return
    out = cmds[0][1]
    ban = out[:6]
    if not (ban and re.fullmatch(r"  GDL - GNU Data Language, Version \d+\.\d+(\.\d+)?", ban[0]) and ban[1] == "- For basic information type HELP,/INFO" and ban[-1] == ""):
        errors.append(f"{f}: the GDL banner"); return
    G = "GDL> "
    steps = []
    for l in out[6:]:
        if l.startswith(G): steps.append((l[len(G):], []))
        elif not steps: errors.append(f"{f}: output before the first GDL prompt"); return
        else: steps[-1][1].append(l)
    if not steps or steps[-1] != ("exit", []): errors.append(f"{f}: the session does not end with exit")
    st = {c: o for c, o in steps}
    for c, o in steps:
        if (c.startswith(";") or re.match(r"\w+ = |openr|readf|free_lun|exit", c)) and o: errors.append(f"{f}: {c!r} printed output")
    loop = next((o for c, o in steps if c.startswith("for i=0, n-1 do print, i, ': ', lineas[i]")), None)
    if loop is None: errors.append(f"{f}: no FOR loop over the lines"); return
    lines = []
    for i, l in enumerate(loop):
        if l[:10] != f"{i:8d}: ": errors.append(f"{f}: loop line {i} not `I8: ` numbered"); return
        lines.append(l[10:])
    n = len(lines)
    i12 = lambda v: f"{v:12d}"
    want = {"print, n": [i12(n)], "help, lineas": [f"{'LINEAS':16s}STRING    = Array[{n}]"]}
    k = [i for i, l in enumerate(lines) if "arxiv.org" in l]
    s = [i for i, l in enumerate(lines) if "sin enlace" in l.lower()]
    want["print, cnt"] = [i12(len(k))]
    want["print, k"] = ["".join(i12(x) for x in k) if k else i12(-1)]
    want["print, ns"] = [i12(len(s))]
    for c, o in steps:
        m = re.fullmatch(r"print, lineas\[s\[(\d+)\]\]", c)
        if m: want[c] = [lines[s[int(m.group(1))]]] if int(m.group(1)) < len(s) else ["<error>"]
        m = re.fullmatch(r"partes = strsplit\(lineas\[(\d+)\], '\|', /extract\)", c)
        if m:
            partes = lines[int(m.group(1))].split("|")
            want["help, partes"] = [f"{'PARTES':16s}STRING    = Array[{len(partes)}]"]
            want["print, strtrim(partes[1], 2)"] = [partes[1].strip()]
        m = re.fullmatch(r"print, strlen\(lineas\[(\d+)\]\)", c)
        if m: want[c] = [i12(len(lines[int(m.group(1))].encode()))]
    for c, w in want.items():
        if c not in st: errors.append(f"{f}: no `{c}`")
        elif st[c] != w: errors.append(f"{f}: `{c}` printed {st[c]} where {w} is due")


# ---------------------------------------------------------------- 1510 YottaDB direct mode
def m_parse(v):
    if re.fullmatch(r"-?\d+", v): return int(v)
    if len(v) >= 2 and v[0] == v[-1] == '"' and '"' not in v[1:-1].replace('""', ""): return v[1:-1].replace('""', '"')
    return None


def check_yottadb(f, raw):
    cmds = session(f, lines_of(f, raw))
    ses = next((o for c, o in cmds if c == "ydb"), None)
    if ses is None: errors.append(f"{f}: no `ydb` direct-mode session"); return
    if cmds[-1][0] != "ydb": errors.append(f"{f}: commands after the direct-mode session")
    Y = "YDB>"
    steps = []
    for i, l in enumerate(ses):
        if l.startswith(Y):
            prev = steps[-1][1] if steps else None
            if i == 0 or (ses[i - 1] != "" and not (prev is not None and prev and not prev[-1] == "" and steps[-1][0].startswith("write") and not steps[-1][0].endswith(",!"))):
                errors.append(f"{f}: prompt at session line {i + 1} not preceded by a newline")
            steps.append((l[len(Y):], []))
        elif not steps:
            if l != "": errors.append(f"{f}: text before the first YDB> prompt")
        else: steps[-1][1].append(l)
    steps = [(c, o[:-1] if o and o[-1] == "" else o) for c, o in steps]
    if not steps or steps[-1] != ("halt", []): errors.append(f"{f}: the session does not end with halt"); return
    st = dict(steps)
    if st.get("write $zchset,!") != ["UTF-8"]: errors.append(f"{f}: $ZCHSET is not UTF-8 (non-ASCII data)")
    if not re.fullmatch(r"YottaDB r\d\.\d\d Linux x86_64", (st.get("write $zyrelease") or [""])[0]): errors.append(f"{f}: $ZYRELEASE")
    zw = st.get("zwrite ^RDL")
    if not zw: errors.append(f"{f}: no zwrite ^RDL"); return
    data, top, keys_ = {}, None, []
    for l in zw:
        m = re.fullmatch(r'\^RDL(?:\((\d+),"([a-z]+)"\))?=(.*)', l)
        if not m or m_parse(m.group(3)) is None: errors.append(f"{f}: zwrite line {l[:50]!r}"); continue
        if m.group(1) is None:
            if keys_: errors.append(f"{f}: the unsubscripted node not first")
            top = m_parse(m.group(3)); continue
        keys_.append((int(m.group(1)), m.group(2).encode()))
        data.setdefault(int(m.group(1)), {})[m.group(2)] = m_parse(m.group(3))
    if keys_ != sorted(keys_) or len(set(keys_)) != len(keys_): errors.append(f"{f}: zwrite not in M collation order")
    if top != max(data, default=None): errors.append(f"{f}: ^RDL={top} is not the last id {max(data, default=None)}")
    if sorted(data) != list(range(1, len(data) + 1)): errors.append(f"{f}: ids not 1..n")
    for i, d in data.items():
        if "title" not in d or not isinstance(d.get("wk"), int): errors.append(f"{f}: item {i} lacks title / wk")
    loopc = next((c for c in st if c.startswith('set i="" for  set i=$order(^RDL(i)) quit:i=""  write i,?4,^RDL(i,"title"),!')), None)
    if loopc is None: errors.append(f"{f}: no $order loop")
    else:
        want = [str(i) + " " * max(4 - len(str(i)), 0) + str(data[i].get("title")) for i in sorted(data)]
        if st[loopc] != want: errors.append(f"{f}: the $order loop's output differs from the global")
    for c, o in steps:
        m = re.fullmatch(r"write \$data\(\^RDL\((\d+)\)\),!", c)
        if m:
            i = int(m.group(1))
            if o != [str(11 if i in data else 0)]: errors.append(f"{f}: $data(^RDL({i})) printed {o}")
    cnt = next((c for c in st if "set:'$data(^RDL(i,\"link\")) n=n+1" in c), None)
    if cnt is None or st[cnt] != []: errors.append(f"{f}: no silent no-link count")
    elif st.get("write n,!") != [str(sum(1 for d in data.values() if "link" not in d))]: errors.append(f"{f}: the no-link count")


# ---------------------------------------------------------------- 1511 zk
def check_zk(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, o = cmd(f, cmds, r'zk list --sort path --format "\{\{path\}\}  \{\{title\}\}"')
    if c is None: return
    if len(o) < 2 or o[-2] != "" or not re.fullmatch(r"Found \d+ notes?", o[-1]): errors.append(f"{f}: zk list lacks `Found N notes`"); return
    items = o[:-2]
    if o[-1] != f"Found {len(items)} notes": errors.append(f"{f}: {o[-1]!r} for {len(items)} notes")
    notes = {}
    for l in items:
        m = re.fullmatch(r"([a-z0-9]{4})\.md  (\S.*)", l)
        if not m: errors.append(f"{f}: zk list line {l[:40]!r}"); continue
        notes[m.group(1)] = m.group(2)
    if list(notes) != sorted(notes): errors.append(f"{f}: zk list not sorted by path")
    shown = {}
    for c_, o_ in cmds:
        m = re.fullmatch(r"cat ([a-z0-9]{4})\.md", c_)
        if m:
            nid = m.group(1)
            if nid not in notes: errors.append(f"{f}: cat of an unlisted note {nid}"); continue
            if not o_ or o_[0] != "# " + notes[nid]: errors.append(f"{f}: note {nid}'s heading is not its list title")
            shown[nid] = o_
    if not shown: errors.append(f"{f}: no note shown")
    c2, g = cmd(f, cmds, r"grep -rni --include='\*\.md' -e 'arxiv' -e 'openreview' \.")
    if c2 is not None:
        got = set()
        for l in g:
            m = re.fullmatch(r"\./([a-z0-9]{4})\.md:(\d+):(.*)", l)
            if not m: errors.append(f"{f}: grep line {l[:40]!r}"); continue
            nid, n, t = m.group(1), int(m.group(2)), m.group(3)
            if nid not in notes: errors.append(f"{f}: grep names an unlisted note {nid}")
            if not re.search("arxiv|openreview", t, re.I): errors.append(f"{f}: grep line without a match: {l[:40]!r}")
            if nid in shown and (n > len(shown[nid]) or shown[nid][n - 1] != t): errors.append(f"{f}: grep line {nid}:{n} differs from the note")
            got.add((nid, n))
        for nid, body in shown.items():
            for n, t in enumerate(body, 1):
                if re.search("arxiv|openreview", t, re.I) and (nid, n) not in got: errors.append(f"{f}: grep missed {nid}:{n}")
    c3, o3 = cmd(f, cmds, r'zk new --title "[^"]+" --print-path')
    if c3 is not None:
        m = re.fullmatch(r"(/home/\w+/zettel)/([a-z0-9]{4})\.md", o3[0] if len(o3) == 1 else "")
        if not m or m.group(2) in notes: errors.append(f"{f}: zk new printed {o3}")


# ---------------------------------------------------------------- 1512 JSON text sequence
def check_jsonseq(f, raw):
    if not raw.startswith("\x1e") or not raw.endswith("\n"): errors.append(f"{f}: not RS-led / LF-ended records")
    parts = raw.split("\x1e")[1:]
    recs, keys0 = [], None
    for p in parts:
        if not p.endswith("\n") or "\n" in p[:-1]: errors.append(f"{f}: a record not one line ended by LF"); continue
        try: r = json.loads(p)
        except ValueError: errors.append(f"{f}: a record does not parse: {p[:40]!r}"); continue
        if json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" != p: errors.append(f"{f}: a record not in jq -c's layout: {p[:40]!r}")
        if keys0 is None: keys0 = list(r)
        elif list(r) != keys0: errors.append(f"{f}: record keys differ: {list(r)}")
        recs.append(r)
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if keys0 != ["id", "date", "from", "chat", "type", "title", "url", "arxiv", "text", "tags", "status"]: errors.append(f"{f}: keys {keys0}")
    if not recs: return
    ids = [r.get("id") for r in recs]
    if ids != list(range(ids[0], ids[0] + len(ids))): errors.append(f"{f}: ids not consecutive: {ids}")
    ds = []
    for r in recs:
        d = dt_ok(r.get("date") or "", "%Y-%m-%dT%H:%M:%S%z")
        if not d: errors.append(f"{f}: date {r.get('date')!r}")
        else: ds.append(d)
        if r.get("type") not in ("paper", "link", "video"): errors.append(f"{f}: type {r.get('type')!r}")
        u = r.get("url")
        if u is not None and not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: url {u!r}")
        if r.get("type") in ("link", "video") and u is None: errors.append(f"{f}: a {r.get('type')} without url")
        a = r.get("arxiv")
        if a is not None and not re.fullmatch(r"\d{4}\.\d{4,5}", str(a)): errors.append(f"{f}: arxiv {a!r}")
        if not isinstance(r.get("tags"), list): errors.append(f"{f}: tags not a list")
    if ds != sorted(ds): errors.append(f"{f}: dates not rising")


# ---------------------------------------------------------------- 1513 yamllint
YL_TRUTHY = {"yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off", "YES", "NO", "ON", "OFF", "True", "False", "TRUE", "FALSE"}


def yl_problems(lines, max_len=80, doc_start=True, allowed=("true", "false")):
    out = []
    first = next((i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith("#")), 0)
    if doc_start and lines[first] != "---": out.append((first + 1, 1, "warning", 'missing document start "---"', "document-start"))
    seen = {}
    for n, l in enumerate(lines, 1):
        if len(l) > max_len:
            body = l.lstrip()
            if body.startswith("- "): body = body[2:]
            if " " in body: out.append((n, max_len + 1, "error", f"line too long ({len(l)} > {max_len} characters)", "line-length"))
        if l != l.rstrip(" "): out.append((n, len(l.rstrip(" ")) + 1, "error", "trailing spaces", "trailing-spaces"))
        m = re.search(r"(?:^|\s)#", l)
        if m:
            h = m.end() - 1
            if h > 0 and l[:h].strip() and not l[:h].endswith("  "): out.append((n, h + 1, "warning", "too few spaces before comment", "comments"))
            if len(l) > h + 1 and l[h + 1] not in " #": out.append((n, h + 1, "warning", "missing starting space in comment", "comments"))
        m = re.match(r"(\s*(?:- )?)([\w-]+): (\S+)\s*(?:#.*)?$", l)
        if m and m.group(3) in YL_TRUTHY and m.group(3) not in allowed:
            out.append((n, m.start(3) + 1, "warning", f"truthy value should be one of [{', '.join(sorted(allowed))}]", "truthy"))
        m = re.match(r"(\s*)(- )?([\w-]+):", l)
        if m:
            ind = len(m.group(1)) + (2 if m.group(2) else 0)
            if m.group(2) or ind not in seen: seen = {k: v for k, v in seen.items() if k < ind}; seen[ind] = set()
            seen = {k: v for k, v in seen.items() if k <= ind}
            if m.group(3) in seen[ind]: out.append((n, ind + 1, "error", f'duplication of key "{m.group(3)}" in mapping', "key-duplicates"))
            seen[ind].add(m.group(3))
    return sorted(out, key=lambda p: (p[0], p[1]))


def check_yamllint(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, y = cmd(f, cmds, r"cat (\S+\.ya?ml)")
    if c is None: return
    fn = c.split()[1]
    c1, o1 = cmd(f, cmds, r"yamllint " + re.escape(fn))
    if c1 is not None:
        want = [fn]
        for ln, col, lv, msg, rule in yl_problems(y):
            s = f"  {ln}:{col}"; s += " " * max(12 - len(s), 0) + lv; s += " " * max(21 - len(s), 0) + msg + f"  ({rule})"
            want.append(s)
        want.append("")
        if o1 != want: errors.append(f"{f}: yamllint's standard output differs from the file ({len(o1)} lines, {len(want)} due)")
    c2, o2 = cmd(f, cmds, r'yamllint -f parsable -d "(\{.*\})" ' + re.escape(fn))
    if c2 is not None:
        cfg = re.search(r'-d "(\{.*\})"', c2).group(1)
        mx = re.search(r"line-length: \{max: (\d+)\}", cfg)
        al = re.search(r"truthy: \{allowed-values: \[([^\]]*)\]\}", cfg)
        allowed = tuple(x.strip(" '") for x in al.group(1).split(",")) if al else ("true", "false")
        p2 = yl_problems(y, int(mx.group(1)) if mx else 80, "document-start: disable" not in cfg, allowed)
        want = [f"{fn}:{ln}:{col}: [{lv}] {msg} ({rule})" for ln, col, lv, msg, rule in p2]
        if o2 != want: errors.append(f"{f}: yamllint's parsable output differs from the file")
    else: p2 = []
    ech = [(i, o) for i, (c_, o) in enumerate(cmds) if c_ == "echo $?"]
    runs = [i for i, (c_, o) in enumerate(cmds) if c_.startswith("yamllint")]
    for i, o in ech:
        prev = max((r for r in runs if r < i), default=None)
        if prev is None: continue
        err = any("  error  " in l or "[error]" in l for l in cmds[prev][1])
        if o != ["1" if err else "0"]: errors.append(f"{f}: exit status {o} after {'errors' if err else 'no errors'}")


# ---------------------------------------------------------------- 1514 Nullboard
def check_nullboard(f, raw):
    if "\n" in raw: errors.append(f"{f}: the export is not one line")
    try: b = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(b, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify's compact layout")
    if list(b) != ["format", "id", "revision", "title", "lists"]: errors.append(f"{f}: board keys {list(b)}"); return
    if b["format"] != 20190412: errors.append(f"{f}: format {b['format']}")
    if not (isinstance(b["id"], int) and 1420070400000 <= b["id"] <= 1893456000000): errors.append(f"{f}: board id {b['id']} not a ms time")
    if not (isinstance(b["revision"], int) and b["revision"] > 0): errors.append(f"{f}: revision {b['revision']}")
    ts = [l.get("title") for l in b["lists"]]
    if len(set(ts)) != len(ts) or not all(ts): errors.append(f"{f}: list titles {ts}")
    texts = []
    for l in b["lists"]:
        if list(l) != ["title", "notes"]: errors.append(f"{f}: list keys {list(l)}"); continue
        for n in l["notes"]:
            if list(n) != ["text", "raw", "min"] or not isinstance(n["raw"], bool) or not isinstance(n["min"], bool) or not n["text"].strip():
                errors.append(f"{f}: note {str(n)[:40]}"); continue
            if n["raw"] and "\n" in n["text"]: errors.append(f"{f}: a raw note over several lines")
            texts.append(n["text"])
    if len(set(texts)) != len(texts): errors.append(f"{f}: duplicate notes")


# ---------------------------------------------------------------- 1515 Are.na
AR_BLOCK = ["id", "title", "updated_at", "created_at", "state", "comment_count", "generated_title", "content_html",
            "description_html", "visibility", "content", "description", "source", "image", "embed", "attachment",
            "metadata", "base_class", "class", "user", "position", "selected", "connection_id", "connected_at",
            "connected_by_user_id", "connected_by_username", "connected_by_user_slug"]
AR_USER = ["id", "slug", "username", "first_name", "last_name", "full_name", "avatar", "channel_count", "following_count",
           "follower_count", "profile_id", "initials"]


def check_arena(f, raw):
    if "\n" in raw: errors.append(f"{f}: the body is not one line")
    try: b = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    want = json.dumps(b, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if want != raw: errors.append(f"{f}: not Rails' JSON (compact, raw Unicode, <>& escaped)")
    if list(b) != ["contents", "length", "per", "current_page", "total_pages", "channel_title"]: errors.append(f"{f}: envelope keys {list(b)}"); return
    bl = b["contents"]
    if b["length"] != len(bl) or b["per"] < len(bl) or b["current_page"] != 1 or b["total_pages"] != 1: errors.append(f"{f}: envelope counts")
    ids = [x.get("id") for x in bl]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate block ids")
    iso = lambda s: isinstance(s, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s) and dt_ok(s, "%Y-%m-%dT%H:%M:%S.%fZ")
    para = lambda s: f"<p>{html.escape(s, quote=False)}</p>" if s else ""
    for i, x in enumerate(bl, 1):
        if list(x) != AR_BLOCK: errors.append(f"{f}: block {i} keys"); continue
        if x["position"] != i: errors.append(f"{f}: block {i} at position {x['position']}")
        if x["class"] not in ("Link", "Text", "Image", "Media", "Attachment") or x["base_class"] != "Block": errors.append(f"{f}: block {i} class {x['class']}")
        if not (iso(x["created_at"]) and iso(x["updated_at"]) and iso(x["connected_at"])): errors.append(f"{f}: block {i} times"); continue
        if x["connected_at"] < x["created_at"] or x["updated_at"] < x["created_at"]: errors.append(f"{f}: block {i} connected / updated before created")
        if x["content_html"] != para(x["content"]) or x["description_html"] != para(x["description"]): errors.append(f"{f}: block {i} html differs from its text")
        if list(x["user"]) != AR_USER or x["connected_by_user_id"] != x["user"]["id"] or x["connected_by_user_slug"] != x["user"]["slug"]: errors.append(f"{f}: block {i} user")
        if x["class"] == "Text" and (x["content"] == "" or x["source"] is not None): errors.append(f"{f}: text block {i}")
        if x["class"] in ("Link", "Media"):
            s = x["source"]
            if not s or list(s) != ["url", "title", "provider"] or not re.fullmatch(r"https://\S+", s["url"] or ""): errors.append(f"{f}: block {i} source"); continue
            host = urlsplit(s["url"]).hostname or ""
            if host.endswith("arxiv.org") and s["provider"] != {"name": "arXiv.org", "url": "https://arxiv.org"}: errors.append(f"{f}: block {i} provider")
            m = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", s["url"])
            if m and not (x["title"] or "").startswith(f"[{m.group(1)}] "): errors.append(f"{f}: block {i}: an arXiv abs page not titled [{m.group(1)}]")
        if x["image"]:
            for k in ("thumb", "display", "original"):
                if f"/{x['id']}/" not in x["image"][k]["url"]: errors.append(f"{f}: block {i} image URL not under its id")


# ---------------------------------------------------------------- 1516 OPDS
def isbn_ok(s):
    d = s.replace("-", "")
    return len(d) == 13 and d.isdigit() and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0


def check_opds(f, raw):
    import xml.etree.ElementTree as ET
    lines_of(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\n'): errors.append(f"{f}: XML declaration")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: XML does not parse: {ex}"); return
    A, DC, OP = "{http://www.w3.org/2005/Atom}", "{http://purl.org/dc/terms/}", "{http://opds-spec.org/2010/catalog}"
    if root.tag != A + "feed": errors.append(f"{f}: root {root.tag}"); return
    for ns in ('xmlns:dc="http://purl.org/dc/terms/"', 'xmlns:opds="http://opds-spec.org/2010/catalog"', 'xmlns:pse="http://vaemendis.net/opds-pse/ns"'):
        if ns not in raw: errors.append(f"{f}: namespace {ns} missing")
    r3339 = lambda s: dt_ok(s or "", "%Y-%m-%dT%H:%M:%S%z")
    fu = r3339(root.findtext(A + "updated"))
    if not root.findtext(A + "id") or not root.findtext(A + "title") or not fu: errors.append(f"{f}: feed id / title / updated")
    rels = [l.get("rel") for l in root.findall(A + "link")]
    for r in ("self", "start", "search"):
        if r not in rels: errors.append(f"{f}: no {r} link")
    ents = root.findall(A + "entry")
    try:
        if int(root.findtext(OP + "itemsPerPage")) < len(ents) or int(root.findtext(OP + "totalResults")) < len(ents): errors.append(f"{f}: totals")
    except (TypeError, ValueError): errors.append(f"{f}: opds totals missing")
    ids, ups = set(), []
    EXT = {"application/epub+zip": "epub", "application/pdf": "pdf"}
    for e in ents:
        i = e.findtext(A + "id") or ""
        if not re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", i) or i in ids: errors.append(f"{f}: entry id {i!r}")
        ids.add(i)
        u = r3339(e.findtext(A + "updated"))
        if not u: errors.append(f"{f}: entry updated"); continue
        ups.append(u)
        if fu and u > fu: errors.append(f"{f}: an entry newer than the feed")
        if not e.findtext(A + "title") or not e.findall(A + "author") or not e.findtext(A + "summary"): errors.append(f"{f}: entry {i} lacks title / author / summary")
        if e.findtext(DC + "language") not in ("ka", "en"): errors.append(f"{f}: language {e.findtext(DC + 'language')!r}")
        if not re.fullmatch(r"(19|20)\d\d", e.findtext(DC + "issued") or ""): errors.append(f"{f}: dc:issued {e.findtext(DC + 'issued')!r}")
        for idf in e.findall(DC + "identifier"):
            if idf.text.startswith("urn:isbn:") and not isbn_ok(idf.text[9:]): errors.append(f"{f}: ISBN check digit {idf.text}")
        acq = [l for l in e.findall(A + "link") if l.get("rel") == "http://opds-spec.org/acquisition"]
        if len(acq) != 1: errors.append(f"{f}: entry {i}: {len(acq)} acquisition links"); continue
        a = acq[0]
        if EXT.get(a.get("type")) != (a.get("href") or "").rsplit(".", 1)[-1]: errors.append(f"{f}: acquisition type {a.get('type')} for {a.get('href')}")
        m = re.search(r"/series/(\d+)/chapter/(\d+)/download/(\d+)-(\d+)\.", a.get("href") or "")
        if not m or m.group(1) != m.group(3) or m.group(2) != m.group(4): errors.append(f"{f}: acquisition href {a.get('href')}")
        img = [l.get("href") for l in e.findall(A + "link") if l.get("rel", "").startswith("http://opds-spec.org/image")]
        if not img or (m and any(not h.endswith(f"seriesId={m.group(1)}") for h in img)): errors.append(f"{f}: image links of entry {i}")
        if not (a.get("length") or "").isdigit(): errors.append(f"{f}: acquisition length")
    if ups != sorted(ups, reverse=True): errors.append(f"{f}: entries not newest first")

def shape_checks(f, raw, path):
    n = num(f)
    {1507: check_carrot2, 1508: check_eliot, 1509: check_gdl, 1510: check_yottadb, 1511: check_zk,
     1512: check_jsonseq, 1513: check_yamllint, 1514: check_nullboard, 1515: check_arena,
     1516: check_opds}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_blocks(raw):
    """every JSON string of the JSON values in a digest: pretty blocks between a line `[` or `{` and the matching
    closing line at column 0, and lines that are one compact JSON object"""
    ss, cur = [], []
    for l in raw.split("\n"):
        if not cur and l.startswith("{") and l.endswith("}"):
            try: ss += json_strings(json.loads(l)); continue
            except ValueError: pass
        if l in ("[", "{") and not cur: cur = [l]; continue
        if cur:
            cur.append(l)
            if l in ("]", "}"):
                try: ss += json_strings(json.loads("\n".join(cur)))
                except ValueError: pass
                cur = []
    return ss


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1508:
        forms.append("\n".join(json_blocks(raw)))
    if n == 1512:
        ss = []
        for rec in raw.split("\x1e"):
            try: ss += json_strings(json.loads(rec))
            except ValueError: pass
        forms.append("\n".join(ss))
    if n in (1514, 1515):
        try: forms.append("\n".join(json_strings(json.loads(raw))))
        except ValueError: pass
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
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








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round148's and round149's, a byte-identical file counted once), and the round148/round149 split (candidates sorted by
# (uses, catalogue title); round149 = odd positions from 3 on, one unbroken run; round148 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P148S = ["/work/rounds/digests-round148/expected.json", "/work/main/tests/data/digests-round148/expected.json"]
P148 = next((p for p in P148S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P148S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round148", "digests-round149") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round149 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r148 = set()
if P148:
    try:
        r148 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P148)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P148} exists but could not be read (being written?)")
    if r148 & mine: errors.append(f"papers also in round148: {sorted(r148 & mine)}")
shared148 = len(r148 & mine) if P148 else "(no round148 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round149 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round148: {shared148}; papers in more than one round149 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


