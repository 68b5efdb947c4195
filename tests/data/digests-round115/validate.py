#!/usr/bin/env python3
r"""Checks round115/expected.json against the digests and the shared catalogues.

Adapted from round113/validate.py (the label checks are the same code; the reuse report is round113's with round114 /
round115 in place of round112 / round113: round115 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round114's and round115's own (a
digests-round114 / digests-round115 folder, or a file whose bytes equal round114's or round115's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round115 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round114's expected.json (read only, from /work/rounds/digests-round114/ or
/work/main/tests/data/digests-round114/, when it exists), and on a paper in more than one round115 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1167, 1172, 1174 every JSON string (\uXXXX
undone); 1176 every JSON string of every line; 1175 every CSV field (doubled quotes undone); everything: HTML
entities undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1167 Weaviate GraphQL answer (one compact line and a final newline, equal to its own re-encoding with Go's
\u0026 / \u003c / \u003e escapes; data.Get.LabPaper only; at most the query's limit 10; object keys sorted as Go
writes a map; _additional {distance, id}; ids UUIDv4, unique; distances ascending in [0, 2]; kind known; no object
with both url and ref);
1168 glog INFO file (LF, final newline; the four header lines; every line `Lyyyymmdd hh:mm:ss.uuuuuu tid file:line]
msg` on the header's date, not before its time, times not decreasing; the first line's thread is the main thread;
one file:line, one severity; the list count, and the summary's paper / with-link-or-id / title-only / skipped counts
re-counted from the lines);
1169 kotlinc REPL (LF, final newline; `$ kotlinc`, the banner, `>>> ` / `... ` prompts; `resN` numbered by snippet
from 0; the Paper(...) list parsed, and size, the filter, the count, groupingBy, the indexed toString with the data
class's `Line_N` and the loop's lines re-computed; :quit last);
1170 loguru log (LF, final newline; `date time.ms | LEVEL    | module:function:line - msg` with the level padded to 8,
known levels, times not decreasing; other lines only as one traceback after an ERROR, ending with `Exc: msg`;
sheet rows numbered from 2; the row count and the SUCCESS line's paper / other counts re-counted);
1171 tcsh session (LF, final newline; `user@host:cwd> ` prompts following cd; foreach? lines up to `end`; cat's file
held and grep -c, the awk filter, the loop's `== file` lines and wc -l's counts and total re-computed; exit, logout);
1172 Chroma query answer (no newline at all; compact, equal to its re-encoding; keys in order; one query; equal inner
lengths; ids unique; distances ascending; metadata values scalars (no null); `included` = the non-null fields;
no metadata with both url and arxiv);
1173 elvish session (LF, final newline; `cwd> ` prompts following cd; cat's JSON equal to two-space JSON; count,
indexed put, the map put (keys sorted, quoting, $nil) and the loop's lines re-computed; exit last);
1174 Dgraph answer (LF, final newline; equal to `jq .`-style two-space JSON; data.items with keys in query order,
absent predicates left out; uids hex, unique; added ascending; total_ns = the sum of the parts; num_uids
re-computed; no item with both url and arxiv);
1175 MeisterTask CSV (BOM; CRLF records, LF only inside quoted notes; equal to its minimal-quoting re-encoding; header;
nine fields; Section / Status known; Completed at iff completed and not before Created at; dates valid);
1176 bunyan log (LF, final newline; every line compact JSON equal to its re-encoding; name, hostname, pid first,
level after the optional component, msg, time, v last; v 0; one name / hostname / pid; known levels; times in ms Z,
not decreasing; err {message, name, stack} only at 50 and above; durationMs = last time − first time).
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


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|webcal://|mailto:|/)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


UUIDRX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")



# ---------------------------------------------------------------- readers (raw text and decoded forms)
import csv, io


def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1167, 1172, 1174): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1176: forms.append("\n".join(s for l in raw.splitlines() if l.strip() for s in json_strings(json.loads(l))))
    if n == 1175: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
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
def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


# ---- 1167 Weaviate
WV_KEYS = ["_additional", "addedBy", "kind", "note", "ref", "tags", "title", "url"]


def check_weaviate(f, raw):
    lf_final(f, raw)
    if raw.count("\n") != 1: errors.append(f"{f}: not one compact line")
    d = json.loads(raw)
    go = json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    if go + "\n" != raw: errors.append(f"{f}: not Go's compact encoding (key order, spacing or \\u0026-style escapes)")
    if not keys_are(f, "top", d, ["data"]) or not keys_are(f, "data", d["data"], ["Get"]) or not keys_are(f, "Get", d["data"]["Get"], ["LabPaper"]): return
    objs = d["data"]["Get"]["LabPaper"]
    if not 1 <= len(objs) <= 10: errors.append(f"{f}: {len(objs)} objects (limit 10)")
    ids, dist = [], []
    for i, o in enumerate(objs):
        if not keys_are(f, f"object {i}", o, WV_KEYS): continue
        if not keys_are(f, f"object {i} _additional", o["_additional"], ["distance", "id"]): continue
        ids.append(o["_additional"]["id"]); dist.append(o["_additional"]["distance"])
        if not UUIDRX.fullmatch(o["_additional"]["id"]): errors.append(f"{f}: object {i}: id not a UUIDv4")
        if not 0 <= o["_additional"]["distance"] <= 2: errors.append(f"{f}: object {i}: distance out of range")
        if o["kind"] not in ("paper", "blog", "docs"): errors.append(f"{f}: object {i}: kind {o['kind']!r}")
        if o["url"] and o["ref"]: errors.append(f"{f}: object {i}: both url and ref")
        if not o["title"]: errors.append(f"{f}: object {i}: no title")
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate ids")
    ascending(f, "distance", dist)


# ---- 1168 glog
GL_HEAD = re.compile(r"Log file created at: (\d{4})/(\d\d)/(\d\d) (\d\d:\d\d:\d\d)\nRunning on machine: [\w.-]+\n"
                     r"Running duration \(h:mm:ss\): 0:00:00\n"
                     r"Log line format: \[IWEF\]yyyymmdd hh:mm:ss\.uuuuuu threadid file:line\] msg\n")
GL_LINE = re.compile(r"([IWEF])(\d{8}) (\d\d:\d\d:\d\d\.\d{6}) +(\d+) ([\w.-]+\.(?:cc|cpp|h):\d+)\] (.*)")


def check_glog(f, raw):
    lf_final(f, raw)
    m = GL_HEAD.match(raw)
    if not m: errors.append(f"{f}: glog's header lines"); return
    date, t0 = "".join(m.groups()[:3]), m.group(4)
    sev, times, tids, body = {}, [], [], []
    for i, l in enumerate(raw[m.end():].rstrip("\n").split("\n")):
        g = GL_LINE.fullmatch(l)
        if not g: errors.append(f"{f}: line {i + 5} not a glog line: {l[:60]!r}"); continue
        lv, d, t, tid, src, msg = g.groups()
        if d != date: errors.append(f"{f}: line {i + 5}: date {d} not the header's {date}")
        if sev.setdefault(src, lv) != lv: errors.append(f"{f}: {src} logs at two severities")
        times.append(t); tids.append(int(tid)); body.append(msg)
    if times and times[0][:8] < t0: errors.append(f"{f}: first line before the file was created")
    ascending(f, "time", times)
    if tids and min(tids) != tids[0]: errors.append(f"{f}: the first line is not the main thread's")
    if tids and tids[-1] != tids[0]: errors.append(f"{f}: the summary is not the main thread's")
    parsed = sum(1 for b in body if b.startswith("HTTP 200, 解析标题:") or b.startswith("已记录:"))
    only = sum(1 for b in body if b.startswith("条目没有链接，仅保留标题:"))
    skipped = sum(1 for b in body if "非论文" in b)
    tot = next((int(x) for b in body for x in re.findall(r"读取阅读清单: .* \(共 (\d+) 条\)", b)), None)
    s = next((re.fullmatch(r"完成: 论文 (\d+) 篇 \(有链接或编号 (\d+)，仅标题 (\d+)\)，跳过 (\d+) 条", b) for b in body if b.startswith("完成:")), None)
    if not s: errors.append(f"{f}: no summary line"); return
    want = (parsed + only, parsed, only, skipped)
    if tuple(map(int, s.groups())) != want: errors.append(f"{f}: summary {s.groups()} != counted {want}")
    if tot != parsed + only + skipped: errors.append(f"{f}: list count {tot} != {parsed + only + skipped}")


# ---- 1169 kotlinc
KT_PAPER = re.compile(r'\.\.\.     Paper\(("[^"]*"|null), ("[^"]*"|null), "([^"]*)", "([^"]*)"\),')


def check_kotlin(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if L[:3] != ["$ kotlinc", L[1], "Type :help for help, :quit for quit"] or not re.fullmatch(r"Welcome to Kotlin version \d+\.\d+\.\d+ \(JRE [\w.+-]+\)", L[1]):
        errors.append(f"{f}: kotlinc's banner"); return
    if L[-1] != ">>> :quit": errors.append(f"{f}: :quit is not last")
    snip, snips, cur = -1, [], None
    for i, l in enumerate(L[3:], 4):
        if l.startswith(">>> "):
            snip += 1; cur = [l[4:]]; snips.append((cur, []))
        elif l.startswith("... "):
            if cur is None or snips[-1][1]: errors.append(f"{f}: line {i}: a continuation after output")
            else: cur.append(l[4:])
        elif snip < 0: errors.append(f"{f}: line {i}: output before a prompt")
        else:
            snips[-1][1].append(l)
            r = re.match(r"res(\d+): ", l)
            if r and int(r.group(1)) != snip: errors.append(f"{f}: line {i}: res{r.group(1)} in snippet {snip}")
    P = []
    for i, l in enumerate(L):
        m = KT_PAPER.fullmatch(l)
        if m: P.append(tuple(None if x == "null" else x.strip('"') if x.startswith('"') else x for x in m.groups()))
        elif l.startswith("...     Paper("): errors.append(f"{f}: line {i + 1}: a Paper(...) line not parsed")
    dc = next((k for k, (c, o) in enumerate(snips) if c[0].startswith("data class Paper(")), None)
    if not P or dc is None: errors.append(f"{f}: no Paper list / data class"); return
    expect = {
        "papers.size": [f"res{{}}: kotlin.Int = {len(P)}"],
        "papers.filter { it.link == null }.map { it.title }": ["res{}: kotlin.collections.List<kotlin.String> = [" + ", ".join(t for t, l, b, x in P if l is None) + "]"],
        'papers.count { it.link?.startsWith("https://arxiv.org") == true }': [f"res{{}}: kotlin.Int = {sum(1 for p in P if p[1] and p[1].startswith('https://arxiv.org'))}"],
    }
    cnt = {}
    for p in P: cnt[p[2]] = cnt.get(p[2], 0) + 1
    expect["papers.groupingBy { it.by }.eachCount()"] = ["res{}: kotlin.collections.Map<kotlin.String, kotlin.Int> = {" + ", ".join(f"{k}={v}" for k, v in cnt.items()) + "}"]
    for k, (c, o) in enumerate(snips):
        src = "\n".join(c)
        m = re.fullmatch(r"papers\[(\d+)\]", src)
        if src in expect: want = [w.replace("res{}", f"res{k}", 1) for w in expect[src]]
        elif m:
            t, l, b, x = P[int(m.group(1))]
            want = [f"res{k}: Line_{dc}.Paper = Paper(title={t}, link={'null' if l is None else l}, by={b}, note={x})"]
        elif src.startswith("for (p in papers)"):
            want = ["- " + t + (" — " + l if l else "") for t, l, b, x in P]
        else:
            want = []
        if o != want: errors.append(f"{f}: snippet {k} ({src[:30]!r}) output {o[:1]} != {want[:1]}")


# ---- 1170 loguru
LG = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \| (\w+) *\| ([\w.]+):(\w+):(\d+) - (.*)")
LG_LEVELS = {"TRACE", "DEBUG", "INFO", "SUCCESS", "WARNING", "ERROR", "CRITICAL"}


def check_loguru(f, raw):
    lf_final(f, raw)
    times, msgs, prev, tb = [], [], None, None
    for i, l in enumerate(raw.rstrip("\n").split("\n"), 1):
        m = LG.fullmatch(l)
        if m:
            if tb is not None and not re.fullmatch(r"[\w.]+(?:Error|Exception)\w*: .*", tb[-1]): errors.append(f"{f}: line {i}: traceback not ended by an exception line")
            tb = None
            ts, lv, mod, fn, ln, msg = m.groups()
            if lv not in LG_LEVELS: errors.append(f"{f}: line {i}: level {lv}")
            if l[24:36] != "| " + lv.ljust(8) + " |" and len(lv) <= 8: errors.append(f"{f}: line {i}: level not padded to 8")
            try: dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S.%f")
            except ValueError: errors.append(f"{f}: line {i}: bad time {ts}")
            times.append(ts); msgs.append(msg); prev = lv
        elif tb is None and prev == "ERROR" and l == "Traceback (most recent call last):":
            tb = [l]
        elif tb is not None:
            tb.append(l)
        else:
            errors.append(f"{f}: line {i}: not a loguru line: {l[:50]!r}")
    ascending(f, "time", times)
    rows = [int(x) for m_ in msgs for x in re.findall(r"^(?:Dodano pracę \(wiersz|Wiersz) (\d+)\b", m_)]
    if rows != list(range(2, 2 + len(rows))): errors.append(f"{f}: sheet rows {rows} not 2, 3, …")
    papers = sum(1 for m_ in msgs if m_.startswith("Dodano pracę") or "zapisuję sam tytuł" in m_)
    other = sum(1 for m_ in msgs if "nie jest praca naukowa" in m_)
    got = next((x for m_ in msgs for x in re.findall(r"Pobrano (\d+) wierszy", m_)), None)
    if got is None or int(got) != len(rows): errors.append(f"{f}: row count {got} != {len(rows)}")
    s = next((re.fullmatch(r"Wysłano wydanie #\d+: (\d+) prac, (\d+) inne linki", m_) for m_ in msgs if m_.startswith("Wysłano")), None)
    if not s or (int(s.group(1)), int(s.group(2))) != (papers, other): errors.append(f"{f}: SUCCESS counts {s and s.groups()} != {(papers, other)}")


# ---- 1171 tcsh
TC = re.compile(r"lucia@nlp-login2:(\S+)> (.*)")


def check_tcsh(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    blocks, cwd = [], "~"
    for i, l in enumerate(L, 1):
        m = TC.fullmatch(l)
        if m:
            if m.group(1) != cwd: errors.append(f"{f}: line {i}: prompt cwd {m.group(1)} != {cwd}")
            c = m.group(2); blocks.append([c, []])
            if c.startswith("cd "): cwd = cwd.rstrip("/") + "/" + c[3:].strip()
        elif not blocks: errors.append(f"{f}: line {i}: output before a prompt")
        else: blocks[-1][1].append(l)
    files, out = {}, {}
    for c, o in blocks:
        if c == "cat lista.txt": files["lista.txt"] = o
        if c == "ls": out["ls"] = o
    lista = files.get("lista.txt")
    if lista is None: errors.append(f"{f}: no cat lista.txt"); return
    if not any("lista.txt" in x.split() for x in out.get("ls", [])): errors.append(f"{f}: ls does not show lista.txt")
    rec = [x.split("|") for x in lista]
    if any(len(r) != 4 for r in rec): errors.append(f"{f}: lista.txt rows without four fields")
    for c, o in blocks:
        if c == "grep -c arxiv.org lista.txt" and o != [str(sum("arxiv.org" in x for x in lista))]: errors.append(f"{f}: grep -c {o}")
        if c.startswith("awk -F'|' '$4 == \"\"") and o != [r[2] for r in rec if len(r) == 4 and r[3] == ""]: errors.append(f"{f}: awk output {o}")
        if c.startswith("foreach "):
            if "foreach? end" not in o or any(not x.startswith("foreach? ") for x in o[:o.index("foreach? end")]):
                errors.append(f"{f}: foreach? lines"); continue
            res = o[o.index("foreach? end") + 1:]
            out["loop"] = [x[3:] for x in res if x.startswith("== ")]
            if len(res) != 2 * len(out["loop"]): errors.append(f"{f}: foreach output not two lines per file")
        if c.startswith("wc -l "):
            counts = [re.fullmatch(r" *(\d+) (\S+)", x) for x in o]
            if not all(counts): errors.append(f"{f}: wc -l lines"); continue
            names = [m.group(2) for m in counts[:-1]]
            if counts[-1].group(2) != "total" or int(counts[-1].group(1)) != sum(int(m.group(1)) for m in counts[:-1]): errors.append(f"{f}: wc -l total")
            if "loop" in out and names != out["loop"]: errors.append(f"{f}: wc -l files {names} != the loop's {out['loop']}")
            if len({len(x) - len(x.lstrip()) + len(m.group(1)) for x, m in zip(o, counts)}) != 1: errors.append(f"{f}: wc -l columns not aligned")
    if blocks[-1][0] != "exit" or blocks[-1][1][:1] != ["logout"]: errors.append(f"{f}: not ended by exit / logout")


# ---- 1172 Chroma
CH_KEYS = ["ids", "distances", "embeddings", "metadatas", "documents", "uris", "data", "included"]


def check_chroma(f, raw):
    if "\n" in raw or "\r" in raw: errors.append(f"{f}: line breaks (FastAPI writes one compact line, no newline)")
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact raw-UTF-8 JSON")
    if not keys_are(f, "top", d, CH_KEYS): return
    inc = [k for k in ("distances", "metadatas", "documents", "embeddings", "uris", "data") if d[k] is not None]
    if sorted(d["included"]) != sorted(inc): errors.append(f"{f}: included {d['included']} != {inc}")
    lists = [d[k] for k in ["ids"] + inc]
    if any(len(x) != 1 for x in lists): errors.append(f"{f}: not one query"); return
    n = len(d["ids"][0])
    if any(len(x[0]) != n for x in lists): errors.append(f"{f}: inner lengths differ")
    if len(set(d["ids"][0])) != n: errors.append(f"{f}: duplicate ids")
    ascending(f, "distances", d["distances"][0])
    for i, m in enumerate(d["metadatas"][0]):
        for k, v in m.items():
            if not isinstance(v, (str, int, float, bool)): errors.append(f"{f}: metadata {i} {k}: {type(v).__name__} is not a scalar")
        if "url" in m and "arxiv" in m: errors.append(f"{f}: metadata {i}: both url and arxiv")
        if m.get("kind") not in ("paper", "course", "blog"): errors.append(f"{f}: metadata {i}: kind {m.get('kind')!r}")


# ---- 1173 elvish
EL = re.compile(r"(~[^ >]*)> (.*)")
EL_BARE = re.compile(r"[\w\-:%+,./@!]+")


def el_val(v):
    if v is None: return "$nil"
    if isinstance(v, str): return v if EL_BARE.fullmatch(v) else "'" + v.replace("'", "''") + "'"
    if isinstance(v, dict): return "[" + " ".join(f"&{k}={el_val(v[k])}" for k in sorted(v)) + "]"
    return f"(num {v})"


def check_elvish(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    blocks, cwd, i = [], "~", 0
    while i < len(L):
        m = EL.fullmatch(L[i])
        if not m:
            if not blocks: errors.append(f"{f}: line {i + 1}: output before a prompt")
            else: blocks[-1][1].append(L[i])
            i += 1; continue
        if m.group(1) != cwd: errors.append(f"{f}: line {i + 1}: prompt {m.group(1)} != {cwd}")
        c = [m.group(2)]
        if c[0].endswith("{"):
            while i + 1 < len(L) and L[i].strip() != "}":
                i += 1; c.append(L[i])
        blocks.append(["\n".join(c), []])
        if c[0].startswith("cd "): cwd = c[0][3:].strip()
        i += 1
    P = None
    for c, o in blocks:
        if c == "cat papers.json":
            try: P = json.loads("\n".join(o))
            except ValueError: errors.append(f"{f}: cat papers.json is not JSON"); return
            if json.dumps(P, ensure_ascii=False, indent=2).split("\n") != o: errors.append(f"{f}: papers.json is not two-space JSON")
    if P is None: errors.append(f"{f}: no cat papers.json"); return
    for c, o in blocks:
        m1 = re.fullmatch(r"put \$papers\[(\d+)\]\[(\w+)\]", c)
        m2 = re.fullmatch(r"put \$papers\[(\d+)\]", c)
        if c == "count $papers": want = [f"▶ {el_val(len(P))}"]
        elif m1: want = [f"▶ {el_val(P[int(m1.group(1))][m1.group(2)])}"]
        elif m2: want = [f"▶ {el_val(P[int(m2.group(1))])}"]
        elif c.startswith("for p $papers {"): want = ["- " + p["title"] for p in P if p["url"] is None]
        else: continue
        if o != want: errors.append(f"{f}: {c.splitlines()[0]!r}: output {o[:1]} != {want[:1]}")
    if blocks[-1][0] != "exit" or blocks[-1][1]: errors.append(f"{f}: exit is not last")


# ---- 1174 Dgraph
DG_ORDER = ["uid", "title", "kind", "url", "arxiv", "note@ru", "added", "added_by"]


def check_dgraph(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=2) + "\n" != raw: errors.append(f"{f}: not jq's two-space JSON")
    if not keys_are(f, "top", d, ["data", "extensions"]) or not keys_are(f, "data", d["data"], ["items"]): return
    it = d["data"]["items"]
    for i, x in enumerate(it):
        ks = list(x)
        if ks != [k for k in DG_ORDER if k in x] or set(ks) - set(DG_ORDER): errors.append(f"{f}: item {i}: keys {ks}")
        for k in ("uid", "title", "kind", "note@ru", "added", "added_by"):
            if k not in x: errors.append(f"{f}: item {i}: {k} missing")
        if "url" in x and "arxiv" in x: errors.append(f"{f}: item {i}: both url and arxiv")
        if not re.fullmatch(r"0x[0-9a-f]+", x.get("uid", "")): errors.append(f"{f}: item {i}: uid {x.get('uid')}")
        if x.get("kind") not in ("статья", "курс", "книга"): errors.append(f"{f}: item {i}: kind {x.get('kind')}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", x.get("added", "")): errors.append(f"{f}: item {i}: added {x.get('added')}")
        if list(x.get("added_by", {})) != ["name"]: errors.append(f"{f}: item {i}: added_by")
    uids = [x.get("uid", "") for x in it]
    if len(set(uids)) != len(uids): errors.append(f"{f}: duplicate uids")
    ascending(f, "added", [x.get("added", "") for x in it])
    ext = d["extensions"]
    if not keys_are(f, "extensions", ext, ["server_latency", "txn", "metrics"]): return
    lat = ext["server_latency"]
    if keys_are(f, "server_latency", lat, ["parsing_ns", "processing_ns", "encoding_ns", "assign_timestamp_ns", "total_ns"]) and \
            lat["total_ns"] != sum(v for k, v in lat.items() if k != "total_ns"): errors.append(f"{f}: total_ns not the sum")
    n = len(it)
    want = {"added": n, "added_by": n, "arxiv": n, "kind": n, "name": n, "note": n, "shelf": 1, "title": n, "uid": 2 * n, "url": n}
    want = {"_total": sum(want.values()), **want}
    if ext["metrics"] != {"num_uids": want}: errors.append(f"{f}: num_uids {ext['metrics']} != {want}")


# ---- 1175 MeisterTask CSV
MT_HEAD = ["Name", "Notes", "Section", "Status", "Assignee", "Tags", "Due date", "Created at", "Completed at"]


def check_meister(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    if not body.endswith("\r\n"): errors.append(f"{f}: last record not ended by CRLF")
    if re.search(r"\r(?!\n)", body): errors.append(f"{f}: a bare CR")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not minimal-quoting CSV with CRLF records")
    if re.search(r"(?<!\r)\n", re.sub(r'"(?:[^"]|"")*"', "", body)): errors.append(f"{f}: LF outside a quoted field")
    if not rows or rows[0] != MT_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 9: errors.append(f"{f}: record {i}: {len(r)} fields"); continue
        name, notes, sec, st, who, tags, due, cr, done = r
        if sec not in ("Cần đọc", "Đang đọc", "Đã trình bày"): errors.append(f"{f}: record {i}: section {sec!r}")
        if st not in ("open", "completed"): errors.append(f"{f}: record {i}: status {st!r}")
        if bool(done) != (st == "completed"): errors.append(f"{f}: record {i}: Completed at vs status")
        try:
            c = dt.datetime.strptime(cr, "%Y-%m-%d %H:%M")
            if done and dt.datetime.strptime(done, "%Y-%m-%d %H:%M") < c: errors.append(f"{f}: record {i}: completed before created")
            if due: dt.datetime.strptime(due, "%Y-%m-%d")
        except ValueError as ex: errors.append(f"{f}: record {i}: {ex}")
        if tags and any(not t.strip() or t != t.strip() for t in tags.split(", ")): errors.append(f"{f}: record {i}: tags {tags!r}")
        if not name: errors.append(f"{f}: record {i}: no name")


# ---- 1176 bunyan
def check_bunyan(f, raw):
    lf_final(f, raw)
    first, times = None, []
    recs = []
    for i, l in enumerate(raw.rstrip("\n").split("\n"), 1):
        try: d = json.loads(l)
        except ValueError: errors.append(f"{f}: line {i}: not JSON"); continue
        recs.append(d)
        if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}: line {i}: not compact raw-UTF-8 JSON")
        ks = list(d)
        lvi = 4 if len(ks) > 3 and ks[3] == "component" else 3
        if ks[:3] != ["name", "hostname", "pid"] or len(ks) <= lvi or ks[lvi] != "level" or ks[-3:] != ["msg", "time", "v"]:
            errors.append(f"{f}: line {i}: keys {ks} not in bunyan's order"); continue
        if d["v"] != 0: errors.append(f"{f}: line {i}: v {d['v']}")
        if d["level"] not in (10, 20, 30, 40, 50, 60): errors.append(f"{f}: line {i}: level {d['level']}")
        if first is None: first = (d["name"], d["hostname"], d["pid"])
        elif (d["name"], d["hostname"], d["pid"]) != first: errors.append(f"{f}: line {i}: another process")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", d["time"]): errors.append(f"{f}: line {i}: time {d['time']}")
        times.append(d["time"])
        if "err" in d and (d["level"] < 50 or list(d["err"]) != ["message", "name", "stack"]): errors.append(f"{f}: line {i}: err at level {d['level']}")
    ascending(f, "time", times)
    if recs and "durationMs" in recs[-1]:
        ms = lambda s: round((dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ") - dt.datetime(2000, 1, 1)).total_seconds() * 1000)
        if recs[-1]["durationMs"] != ms(recs[-1]["time"]) - ms(recs[0]["time"]): errors.append(f"{f}: durationMs != last − first time")


def shape_checks(f, raw, path):
    n = num(f)
    {1167: check_weaviate, 1168: check_glog, 1169: check_kotlin, 1170: check_loguru, 1171: check_tcsh,
     1172: check_chroma, 1173: check_elvish, 1174: check_dgraph, 1175: check_meister,
     1176: check_bunyan}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round114's and round115's, a byte-identical file counted once), and the round114/round115 split (candidates sorted by
# (uses, catalogue title); round115 = odd positions from 3 on, one unbroken run; round114 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P114S = ["/work/rounds/digests-round114/expected.json", "/work/main/tests/data/digests-round114/expected.json"]
P114 = next((p for p in P114S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P114S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round114", "digests-round115") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round115 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r114 = set()
if P114:
    try:
        r114 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P114)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P114} exists but could not be read (being written?)")
    if r114 & mine: errors.append(f"papers also in round114: {sorted(r114 & mine)}")
shared114 = len(r114 & mine) if P114 else "(no round114 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round115 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round114: {shared114}; papers in more than one round115 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
