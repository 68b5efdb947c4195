#!/usr/bin/env python3
r"""Checks round153/expected.json against the digests and the shared catalogues.

Adapted from round151/validate.py (the label checks are the same code; the reuse report is round151's with round152 /
round153 in place of round150 / round151: round153 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round152's and round153's own (a digests-round152 /
digests-round153 folder, or a file whose bytes equal round152's or round153's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round153 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round152's expected.json (read only, from /work/rounds/digests-round152/ or
/work/main/tests/data/digests-round152/, when it exists), and on a paper in more than one round153 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: HTML / XML entities undone once and twice,
percent-escapes undone (1551's file URIs, 1552's KEV strings after &amp;, 1555's search URLs). Titles are matched after
whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a
`note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1547 BaseX console (a shell prompt running basex, the banner, blocks `> COMMAND` + answer + a blank line; OPEN's
answer; every XQUERY ended by `Query executed in N.NN ms.` or a `Stopped at ., 1/N:` + `[XPST0003] …` error with N
inside the query; count = listing lines, listing numbered 1..n; serialised entries parse, indented by 2, and agree with
the listing and the url lines; the no-url titles = listing minus url lines; the state filter re-computed; EXIT /
See you. / an empty prompt);
1548 OpenAIRE Graph API (shell prompts; curl -o silent; the header in jq's 2-space layout with page / pageSize as
queried, numFound ≥ pageSize; the @tsv rows — type, date, title — as many as pageSize; the url / pid listing in
groups of three in the same order, arXiv pids id-shaped; the full result in jq's layout agreeing with its row and its
urls / pids, author ranks 1..n, fullName = name + surname, instances hosted by `10|…` keys);
1549 Metaflow (the banner and checks; every line `YYYY-MM-DD HH:MM:SS.mmm text`, times rising; one run-id; tasks
numbered 1.. in start order, each with one pid, writing only between `Task is starting.` and `Task finished
successfully.`; start → fetch × n (Foreach yields n) → join → end; at most --max-workers fetch tasks at once; fetch k
prints [k/n] and one source line; the join summary re-counted from the sources; Done! last);
1550 GNU parallel (shell prompts; --tag -k output `arg<TAB>line` in glob (byte) order, pdfinfo's `Title:` padded to
16 columns; `head -n 2` per notes file, tags grouped, the first line a `# ` heading; the joblog: header, Seq 1..n in
glob order, %14.3f / %10.3f times, rows in completion order, Command = the template with the argument, Exitval 1 iff no
output, Receive = the output's bytes);
1551 XSPF by VLC (the XML declaration; XSPF version 1; tab indentation by depth; track element order; locations
file:/// URIs, percent-encoded, no raw non-ASCII, UTF-8 when decoded; integer durations; trackNum 1..n per album; vlc:id
= track index; the playlist's vlc:item tids 0..n-1);
1552 COinS (the doctype and lang; balanced tags; COinS titles with &amp; and no spaces; the introduction's count =
entries; per entry: Z39.88-2004 url_ver / ctx_ver first, format and genre pairs, proceedings with btitle, atitle = the
visible title, rft.au = the visible authors, aufirst / aulast from the first author, date = the visible year, rft_id
shown (arXiv id as arXiv:…, URLs as written), every value encoded as encodeURIComponent does);
1553 WP-CLI (shell prompts; tables with borders as wide as the widest cell by display width, every cell padded;
post list header = --fields, rows ≤ posts_per_page, dates DESC, statuses; the post shown is in the list; block comments
balanced and nested, attributes JSON, top-level blocks separated by one blank line; meta rows of that post; the comment
CSV header = --fields, every row as PHP's fputcsv writes it, comments not older than the post);
1554 QuickJS (a shell prompt running qjs, the banner, `qjs > ` inputs; the printed file parses as JSON and every answer
— length, the forEach lines, the filter / map literal, the count, L[k] in the REPL's literal form, the TypeError past
the end, L[8].note — is re-computed from it; \q and an empty prompt);
1555 Tab Session Manager (one line without final newline, JSON.stringify's compact form with raw Unicode; session keys
in order, uuid4 ids; windowsNumber / windowsInfo / tabsNumber from the windows; start ≤ date ≤ lastEditedTime; tags;
tab id = key, windowId = window, indices 0..n-1, one active (= highlighted, not discarded) tab per window, lastAccessed
not after the save, favicons from the tab's host, window title = its active tab's title + ` — Mozilla Firefox`);
1556 Lmod (shell prompts; avail: tree headers centred in 80 columns, entries in Lmod's column-major layout re-computed,
sorted case-blind, one (D) per name with several versions, the legend listing the marks used; spider versions = avail's;
help header centred, for a module in avail; load of a module in avail; list numbered 1..n with every loaded module;
whatis lines padded to 20 columns).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, hashlib, html, json, os, re, sys, unicodedata
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




# ---------------------------------------------------------------- 1547 BaseX console
def check_basex(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m or m.group(5) != "basex": errors.append(f"{f}: does not start with a shell prompt running basex"); return
    pre = L[0][:-len("basex")]
    if not re.fullmatch(r"BaseX \d+\.\d+(\.\d+)? \[Standalone\]", L[1]) or L[2] != "Try 'help' to get more information." or L[3] != "":
        errors.append(f"{f}: no BaseX banner")
    if L[-3:] != ["> EXIT", "See you.", pre]: errors.append(f"{f}: the session does not end with EXIT / See you. / an empty prompt")
    blocks, cur = [], []
    for l in L[4:-3]:
        if l == "":
            if cur: blocks.append(cur); cur = []
            else: errors.append(f"{f}: two blank lines in a row")
        else: cur.append(l)
    if cur: errors.append(f"{f}: a block not followed by a blank line: {cur[0][:30]!r}")
    Q = {}
    for b in blocks:
        if not b[0].startswith("> "): errors.append(f"{f}: a block does not start with a command: {b[0][:30]!r}"); continue
        c = b[0][2:]
        if c.startswith("OPEN "):
            if len(b) != 2 or not re.fullmatch(r"Database '" + re.escape(c[5:]) + r"' was opened in \d+\.\d\d ms\.", b[1]): errors.append(f"{f}: OPEN answer")
            continue
        if not c.startswith("XQUERY "): errors.append(f"{f}: unknown command {c[:20]!r}"); continue
        q = c[7:]
        if len(b) >= 3 and b[1].startswith("Stopped at "):
            em = re.fullmatch(r"Stopped at \., 1/(\d+):", b[1])
            if not em or len(b) != 3 or not re.fullmatch(r"\[[A-Z]{4}\d{4}\] .+\.", b[2]) or not 1 <= int(em.group(1)) <= len(q):
                errors.append(f"{f}: malformed error answer to {q[:30]!r}")
            continue
        if not re.fullmatch(r"Query executed in \d+\.\d\d ms\.", b[-1]): errors.append(f"{f}: no 'Query executed' after {q[:30]!r}"); continue
        Q[q] = b[1:-1]
    lst = next((v for k, v in Q.items() if k.startswith("for $r in //ronbun order by")), None)
    if lst is None: errors.append(f"{f}: no ordered listing"); return
    rows = {}
    for k, l in enumerate(lst):
        mm = re.fullmatch(r"(\d+) \[(\S+)\] (.+)", l)
        if not mm or int(mm.group(1)) != k + 1: errors.append(f"{f}: listing line {l[:30]!r} out of order"); continue
        rows[int(mm.group(1))] = (mm.group(2), mm.group(3))
    if Q.get("count(//ronbun)") != [str(len(lst))]: errors.append(f"{f}: count(//ronbun) disagrees with the listing")
    urls = {}
    for k, v in Q.items():
        if k.startswith("for $r in //ronbun[url]"):
            for l in v:
                mm = re.fullmatch(r"(\d+) (https?://\S+)", l)
                if not mm or int(mm.group(1)) not in rows: errors.append(f"{f}: url line {l[:30]!r}")
                else: urls[int(mm.group(1))] = mm.group(2)
    nourl = Q.get("//ronbun[not(url)]/title/string()")
    if nourl is not None and nourl != [rows[n][1] for n in sorted(rows) if n not in urls]: errors.append(f"{f}: the no-url titles differ from the listing minus the url lines")
    for k, v in Q.items():
        mm = re.fullmatch(r"//ronbun\[@no = \"(\d+)\"\]", k)
        if mm:
            try: x = ET.fromstring("\n".join(v))
            except ET.ParseError as ex: errors.append(f"{f}: serialised entry does not parse: {ex}"); continue
            n = int(mm.group(1))
            if x.get("no") != str(n) or n not in rows or (x.get("joutai"), x.findtext("title")) != rows[n] or x.findtext("url") != urls.get(n):
                errors.append(f"{f}: entry {n} disagrees with the listing / url lines")
            if any(l != l.rstrip() or (len(l) - len(l.lstrip())) % 2 for l in v): errors.append(f"{f}: entry {n} indentation")
        mm = re.fullmatch(r"for \$r in //ronbun where \$r/@joutai = '(\S+)' return \$r/title/string\(\)", k)
        if mm and v != [rows[n][1] for n in sorted(rows) if rows[n][0] == mm.group(1)]: errors.append(f"{f}: the {mm.group(1)} filter differs from the listing")


# ---------------------------------------------------------------- 1548 OpenAIRE Graph API
def check_openaire(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"curl -s 'https://api\.openaire\.eu/graph/v1/researchProducts\?([^' ]+)' -o (\S+\.json)")
    if c is None: return
    if o: errors.append(f"{f}: curl -o printed something")
    qs = dict(parse_qsl(urlsplit(c.split("'")[1]).query))
    c2, o2 = cmd(f, cmds, r"jq '\.header' \S+\.json")
    hv = json_values(f, o2, "header") if c2 else []
    h = hv[0] if hv else {}
    if list(h) != ["numFound", "maxScore", "queryTime", "page", "pageSize"]: errors.append(f"{f}: header keys {list(h)}")
    elif str(h["page"]) != qs.get("page", "1") or h["numFound"] < h["pageSize"]: errors.append(f"{f}: header page / numFound")
    c3, o3 = cmd(f, cmds, r"jq -r '\.results\[\] \| \[\.type, \.publicationDate, \.mainTitle\] \| @tsv' \S+")
    rows = []
    for l in o3:
        p = l.split("\t")
        if len(p) != 3 or p[0] not in ("publication", "software", "dataset", "other") or not dt_ok(p[1], "%Y-%m-%d"): errors.append(f"{f}: tsv row {l[:40]!r}"); continue
        rows.append(p)
    if h and len(rows) != h.get("pageSize"): errors.append(f"{f}: {len(rows)} rows for pageSize {h.get('pageSize')}")
    if h and str(h.get("pageSize")) != qs.get("pageSize"): errors.append(f"{f}: pageSize differs from the query")
    c4, o4 = cmd(f, cmds, r"jq -r '\.results\[\] \| \.mainTitle, .*' \S+")
    UP = {}
    if len(o4) != 3 * len(rows): errors.append(f"{f}: url / pid listing has {len(o4)} lines for {len(rows)} results")
    for k in range(0, min(len(o4), 3 * len(rows)), 3):
        t, u, p = o4[k:k + 3]
        if t != rows[k // 3][2] or not u.startswith("  url: ") or not p.startswith("  pid: "): errors.append(f"{f}: url / pid group {k // 3}"); continue
        pids = [x.split(":", 1) for x in p[7:].split(" ") if x]
        for s, v in pids:
            if s == "arXiv" and not re.fullmatch(r"\d{4}\.\d{4,5}", v): errors.append(f"{f}: arXiv pid {v}")
        UP[k // 3] = (u[7:].split(" ") if u[7:] else [], [{"scheme": s, "value": v} for s, v in pids])
    for c_, o_ in cmds:
        mm = re.fullmatch(r"jq '\.results\[(\d+)\]' \S+", c_)
        if not mm: continue
        k = int(mm.group(1))
        v = json_block(f, o_, f"result {k}")
        if v is None or k >= len(rows): continue
        if [v.get("type"), v.get("publicationDate"), v.get("mainTitle")] != rows[k]: errors.append(f"{f}: result {k} differs from its tsv row")
        if k in UP and ([u for i in v.get("instances", []) for u in i.get("urls", [])], v.get("pids")) != UP[k]: errors.append(f"{f}: result {k} urls / pids differ from the listing")
        au_ = v.get("authors", [])
        if [a.get("rank") for a in au_] != list(range(1, len(au_) + 1)) or any(a.get("fullName") != f"{a.get('name')} {a.get('surname')}" for a in au_):
            errors.append(f"{f}: result {k} authors")
        for i in v.get("instances", []):
            if not i.get("hostedBy", {}).get("key", "").startswith("10|") or i.get("refereed") not in ("peerReviewed", "nonPeerReviewed"): errors.append(f"{f}: result {k} instance")


# ---------------------------------------------------------------- 1549 Metaflow
def check_metaflow(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m: errors.append(f"{f}: no shell prompt"); return
    pre = L[0][:len(L[0]) - len(m.group(5))]
    mw = re.search(r"--max-workers (\d+)", L[0])
    mw = int(mw.group(1)) if mw else 16
    if L[-1] != pre: errors.append(f"{f}: no empty prompt at the end")
    if not re.fullmatch(r"Metaflow \d+\.\d+\.\d+ executing (\w+) for user:\w+", L[1]) or L[2:6] != ["Validating your flow...", "    The graph looks good!", "Running pylint...", "    Pylint is happy!"]:
        errors.append(f"{f}: no Metaflow banner")
    rx = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (.*)")
    times, run = [], None
    tasks = {}   # tid -> dict
    order = []
    for l in L[6:-1]:
        mm = rx.fullmatch(l)
        if not mm: errors.append(f"{f}: not a Metaflow line: {l[:40]!r}"); return
        t = dt.datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M:%S.%f"); times.append(t)
        s = mm.group(2)
        w = re.fullmatch(r"Workflow starting \(run-id (\d+)\):", s)
        if w: run = w.group(1); continue
        if s == "Done!":
            if l != L[-2]: errors.append(f"{f}: Done! is not the last line")
            continue
        tm = re.fullmatch(r"\[(\d+)/(\w+)/(\d+) \(pid (\d+)\)\] (.*)", s)
        if not tm: errors.append(f"{f}: unknown line {s[:40]!r}"); continue
        if tm.group(1) != run: errors.append(f"{f}: run-id {tm.group(1)} differs from the workflow's")
        tid, step, pid, x = int(tm.group(3)), tm.group(2), tm.group(4), tm.group(5)
        if x == "Task is starting.":
            if tid in tasks: errors.append(f"{f}: task {tid} starts twice")
            tasks[tid] = {"step": step, "pid": pid, "start": t, "end": None, "lines": []}; order.append(tid); continue
        tk = tasks.get(tid)
        if not tk: errors.append(f"{f}: task {tid} writes before it starts"); continue
        if tk["pid"] != pid or tk["step"] != step: errors.append(f"{f}: task {tid} changes pid / step")
        if tk["end"]: errors.append(f"{f}: task {tid} writes after it finished")
        if x == "Task finished successfully.": tk["end"] = t
        else: tk["lines"].append(x)
    if times != sorted(times): errors.append(f"{f}: timestamps not rising")
    if order != sorted(order) or order != list(range(1, len(order) + 1)): errors.append(f"{f}: task ids not 1.. in start order")
    if len({t["pid"] for t in tasks.values()}) != len(tasks): errors.append(f"{f}: a pid shared by two tasks")
    if any(t["end"] is None for t in tasks.values()): errors.append(f"{f}: a task never finished"); return
    if len(L) < 2 or not L[-2].endswith(" Done!"): errors.append(f"{f}: the run does not end with Done!")
    steps = [tasks[i]["step"] for i in order]
    fe = [i for i in order if tasks[i]["step"] == "fetch"]
    if not steps or steps[0] != "start" or steps[-2:] != ["join", "end"]: errors.append(f"{f}: steps {steps}"); return
    fy = [x for x in tasks[order[0]]["lines"] if x.startswith("Foreach yields")]
    if not fy or fy[0] != f"Foreach yields {len(fe)} child steps.": errors.append(f"{f}: foreach count differs from the fetch tasks")
    for i in fe:
        if tasks[i]["start"] < tasks[order[0]]["end"]: errors.append(f"{f}: fetch {i} starts before start finished")
        run_ = sum(1 for j in fe if tasks[j]["start"] <= tasks[i]["start"] < tasks[j]["end"])
        if run_ > mw: errors.append(f"{f}: {run_} fetch tasks at once, max-workers {mw}")
    jn = tasks[order[-2]]
    if any(tasks[i]["end"] > jn["start"] for i in fe): errors.append(f"{f}: join starts before every fetch finished")
    if tasks[order[-1]]["start"] < jn["end"]: errors.append(f"{f}: end starts before join finished")
    src = Counter()
    for k, i in enumerate(fe):
        ls = tasks[i]["lines"]
        if not ls or ls[0].split("] ")[0] != f"[{k + 1}/{len(fe)}": errors.append(f"{f}: fetch {i} does not print [{k + 1}/{len(fe)}]")
        ss = [x[len("    출처: "):] for x in ls if x.startswith("    출처: ")]
        if len(ss) != 1: errors.append(f"{f}: fetch {i} has {len(ss)} source lines"); continue
        src["link" if ss[0].startswith("https://arxiv.org/") else "id" if re.match(r"arXiv:\d{4}\.\d{4,5}", ss[0]) else "title"] += 1
    sm = re.search(r"(\d+)편 중 arXiv 링크 (\d+)편, id만 (\d+)편, 제목만 (\d+)편", "\n".join(jn["lines"]))
    if not sm or [int(x) for x in sm.groups()] != [len(fe), src["link"], src["id"], src["title"]]: errors.append(f"{f}: the join summary differs from the sources {dict(src)}")


# ---------------------------------------------------------------- 1550 GNU parallel
def check_parallel(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"parallel --tag -k --joblog (\S+) \"(.+)\" ::: \*\.pdf")
    if c is None: return
    log = re.search(r"--joblog (\S+)", c).group(1); tmpl = re.search(r'"(.+)"', c).group(1)
    out = {}
    tags = []
    for l in o:
        p = l.split("\t", 1)
        if len(p) != 2 or not p[0].endswith(".pdf"): errors.append(f"{f}: untagged line {l[:40]!r}"); continue
        if not re.fullmatch(r"Title:\s+\S.*", p[1]) or len(re.match(r"Title:\s+", p[1]).group(0)) != 16: errors.append(f"{f}: pdfinfo Title: not padded to 16 columns for {p[0]}")
        if p[0] in out: errors.append(f"{f}: two lines for {p[0]}")
        out[p[0]] = p[1]; tags.append(p[0])
    c2, o2 = cmd(f, cmds, r"parallel --tag -k head -n (\d+) ::: (\S+)/\*\.md")
    if c2 is not None:
        n = int(re.search(r"head -n (\d+)", c2).group(1))
        nt = [l.split("\t", 1) for l in o2]
        if any(len(x) != 2 for x in nt): errors.append(f"{f}: untagged head line")
        else:
            seen = []
            for t, x in nt:
                if not seen or seen[-1][0] != t: seen.append([t, []])
                seen[-1][1].append(x)
            names = [t for t, _ in seen]
            if len(set(names)) != len(names): errors.append(f"{f}: -k output of a file split up")
            if names != sorted(names, key=lambda s: s.encode()): errors.append(f"{f}: notes not in glob order")
            for t, xs in seen:
                if len(xs) > n or not xs[0].startswith("# "): errors.append(f"{f}: head of {t}")
    c3, o3 = cmd(f, cmds, r"cat " + re.escape(log))
    if c3 is None: return
    if not o3 or o3[0] != "Seq\tHost\tStarttime\tJobRuntime\tSend\tReceive\tExitval\tSignal\tCommand": errors.append(f"{f}: joblog header"); return
    jobs, ends = {}, []
    for l in o3[1:]:
        p = l.split("\t")
        if len(p) != 9 or not re.fullmatch(r" *\d+\.\d{3}", p[2]) or len(p[2]) != 14 or len(p[3]) != 10 or not re.fullmatch(r" *\d+\.\d{3}", p[3]):
            errors.append(f"{f}: joblog row {l[:40]!r}"); continue
        fm = re.fullmatch(re.escape(tmpl).replace(re.escape("{}"), r"(\S+)"), p[8])
        if not fm: errors.append(f"{f}: joblog command {p[8][:40]!r}"); continue
        jobs[int(p[0])] = (fm.group(1), int(p[5]), int(p[6]))
        ends.append(float(p[2]) + float(p[3]))
    if ends != sorted(ends): errors.append(f"{f}: joblog rows not in completion order")
    if sorted(jobs) != list(range(1, len(jobs) + 1)): errors.append(f"{f}: joblog Seq not 1..n")
    files = [jobs[k][0] for k in sorted(jobs)]
    if files != sorted(files, key=lambda s: s.encode()): errors.append(f"{f}: Seq order is not the glob order")
    if [t for t in files if t in out] != tags or set(out) - set(files): errors.append(f"{f}: tagged output differs from the joblog's files / order")
    for k, (fn, rec, ex) in jobs.items():
        if (ex == 0) != (fn in out): errors.append(f"{f}: {fn}: Exitval {ex} but {'output' if fn in out else 'no output'}")
        if fn in out and rec != len((out[fn] + "\n").encode()): errors.append(f"{f}: {fn}: Receive {rec} bytes, output is {len((out[fn] + chr(10)).encode())}")


# ---------------------------------------------------------------- 1551 XSPF (VLC)
def check_xspf(f, raw):
    L = lines_of(f, raw)
    if L[0] != '<?xml version="1.0" encoding="UTF-8"?>': errors.append(f"{f}: XML declaration")
    try: root = ET.fromstring(raw.encode())
    except ET.ParseError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    N, V = "{http://xspf.org/ns/0/}", "{http://www.videolan.org/vlc/playlist/ns/0/}"
    if root.tag != N + "playlist" or root.get("version") != "1": errors.append(f"{f}: not an XSPF v1 playlist"); return
    for l in L[1:]:
        if re.match(r"[ ]+", l) or (l.strip() and l != l.rstrip()): errors.append(f"{f}: a line indented with spaces or trailing blanks: {l[:30]!r}"); break
    depth = 0
    for l in L[1:]:
        s = l.lstrip("\t")
        if s.startswith("</"): depth -= 1
        if len(l) - len(s) != depth: errors.append(f"{f}: tab depth {len(l) - len(s)} where {depth} was due: {s[:30]!r}"); break
        if re.fullmatch(r"<[^/!?][^>]*[^/]>", s) or re.fullmatch(r"<[a-z:]+>", s): depth += 1
    tl = root.find(N + "trackList")
    tracks = tl.findall(N + "track") if tl is not None else []
    if not tracks: errors.append(f"{f}: no tracks"); return
    ORDER = ["location", "title", "creator", "album", "trackNum", "annotation", "duration", "extension"]
    nums = []
    for i, t in enumerate(tracks):
        tags = [c.tag.replace(N, "") for c in t]
        if tags != [x for x in ORDER if x in tags] or "location" not in tags: errors.append(f"{f}: track {i} element order {tags}")
        loc = t.findtext(N + "location") or ""
        if not loc.startswith("file:///") or re.search(r"[^\x21-\x7e]", loc) or "/../" in loc: errors.append(f"{f}: track {i} location not an encoded file URI")
        else:
            try: unquote(loc, errors="strict")
            except UnicodeDecodeError: errors.append(f"{f}: track {i} location not UTF-8")
        if not (t.findtext(N + "duration") or "").isdigit(): errors.append(f"{f}: track {i} duration")
        tn = t.findtext(N + "trackNum")
        if tn is not None:
            if not tn.isdigit(): errors.append(f"{f}: track {i} trackNum")
            else: nums.append((t.findtext(N + "album"), int(tn)))
        ext = t.find(N + "extension")
        if ext is None or ext.get("application") != "http://www.videolan.org/vlc/playlist/0" or ext.findtext(V + "id") != str(i): errors.append(f"{f}: track {i} vlc:id")
    for a in {x for x, _ in nums}:
        ns = [n for x, n in nums if x == a]
        if ns != list(range(1, len(ns) + 1)): errors.append(f"{f}: trackNum of album {a!r} not 1..n in order")
    ext = root.findall(N + "extension")
    if len(ext) != 1 or [x.get("tid") for x in ext[0].findall(V + "item")] != [str(i) for i in range(len(tracks))]: errors.append(f"{f}: the playlist's vlc:item tids differ from the tracks")


# ---------------------------------------------------------------- 1552 COinS
class _Coins(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.refs, self.cls, self.stack, self.tags = [], [], [], []
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag not in ("br", "meta", "link"): self.tags.append(tag)
        if tag == "li" and a.get("class") == "ref": self.refs.append({"au": "", "ti": "", "text": "", "z": None})
        if tag == "span" and self.refs and self.tags.count("li"):
            self.cls.append(a.get("class"))
            if a.get("class") == "Z3988": self.refs[-1]["z"] = a.get("title")
        elif tag == "span": self.cls.append(None)
    def handle_endtag(self, tag):
        if tag in ("br", "meta", "link"): return
        if not self.tags or self.tags[-1] != tag: raise ValueError(f"</{tag}> closes <{self.tags[-1] if self.tags else None}>")
        self.tags.pop()
        if tag == "span" and self.cls: self.cls.pop()
    def handle_data(self, d):
        if self.refs and "li" in self.tags:
            r = self.refs[-1]; r["text"] += d
            if self.cls and self.cls[-1] in ("au", "ti"): r[self.cls[-1]] += d


def check_coins(f, raw):
    lines_of(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="th">'): errors.append(f"{f}: doctype / lang")
    p = _Coins()
    try: p.feed(raw); p.close()
    except ValueError as ex: errors.append(f"{f}: tags not balanced: {ex}"); return
    if p.tags: errors.append(f"{f}: unclosed {p.tags}")
    for a in re.findall(r'class="Z3988" title="([^"]*)"', raw):
        if re.search(r"&(?!amp;)", a) or " " in a: errors.append(f"{f}: a COinS title with a bare & or a space")
    m = re.search(r"<p>บทความ (\d+) เรื่อง", raw)
    if not m or int(m.group(1)) != len(p.refs): errors.append(f"{f}: the count in the introduction differs from the entries")
    for i, r in enumerate(p.refs):
        if not r["z"]: errors.append(f"{f}: entry {i} has no COinS"); continue
        kv = parse_qsl(r["z"], keep_blank_values=True)
        d = {}
        for k, v in kv: d.setdefault(k, []).append(v)
        one = lambda k: (d.get(k) or [None])[0]
        if one("url_ver") != "Z39.88-2004" or one("ctx_ver") != "Z39.88-2004" or [k for k, _ in kv][:2] != ["url_ver", "ctx_ver"]: errors.append(f"{f}: entry {i} ContextObject version")
        fmt, g = one("rft_val_fmt"), one("rft.genre")
        if (fmt, g) not in (("info:ofi/fmt:kev:mtx:journal", "preprint"), ("info:ofi/fmt:kev:mtx:journal", "article"), ("info:ofi/fmt:kev:mtx:book", "proceeding")): errors.append(f"{f}: entry {i} format / genre {fmt} {g}")
        if fmt and fmt.endswith("book") and not one("rft.btitle"): errors.append(f"{f}: entry {i} proceeding without btitle")
        if one("rft.atitle") != r["ti"]: errors.append(f"{f}: entry {i} atitle differs from the visible title")
        aus = d.get("rft.au", [])
        if ", ".join(aus) != r["au"]: errors.append(f"{f}: entry {i} rft.au differ from the visible authors")
        if aus and (one("rft.aulast") != aus[0].split()[-1] or one("rft.aufirst") != " ".join(aus[0].split()[:-1])): errors.append(f"{f}: entry {i} aufirst / aulast")
        ym = re.search(r"\((\d{4})\)", r["text"])
        if not ym or one("rft.date") != ym.group(1): errors.append(f"{f}: entry {i} date differs from the visible year")
        rid = one("rft_id")
        if rid:
            am = re.fullmatch(r"info:arxiv/(\d{4}\.\d{4,5})", rid)
            if am and "arXiv:" + am.group(1) not in r["text"]: errors.append(f"{f}: entry {i} arXiv rft_id not shown")
            if not am and rid not in r["text"]: errors.append(f"{f}: entry {i} rft_id URL not shown")
        for k, v in kv:
            if quote(v, safe="-_.!~*'()") not in r["z"]: errors.append(f"{f}: entry {i} {k} not encoded as encodeURIComponent"); break


# ---------------------------------------------------------------- 1553 WP-CLI
def wp_table(f, o, what):
    def w(s): return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    if len(o) < 4 or not re.fullmatch(r"(\+-+)+\+", o[0]) or o[2] != o[0] or o[-1] != o[0]: errors.append(f"{f}: {what}: not a WP-CLI table"); return None, []
    ws = [len(x) - 2 for x in o[0][1:-1].split("+")]
    out = []
    for l in [o[1]] + o[3:-1]:
        if not (l.startswith("| ") and l.endswith(" |")): errors.append(f"{f}: {what}: row {l[:30]!r}"); return None, []
        cells = l[2:-2].split(" | ")
        if len(cells) != len(ws) or any(w(c) != x for c, x in zip(cells, ws)): errors.append(f"{f}: {what}: a row not padded to the borders: {l[:30]!r}"); return None, []
        cells = [c.rstrip() for c in cells]
        out.append(cells)
    for i, x in enumerate(ws):
        if max(w(r[i]) for r in out) != x: errors.append(f"{f}: {what}: column {i} wider than its widest cell")
    return out[0], out[1:]


def fputcsv(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n\r\t \\') else v


def check_wpcli(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"wp post list .*--fields=(\S+).*")
    if c is None: return
    hdr, rows = wp_table(f, o, "post list")
    posts = {}
    if hdr is not None:
        if hdr != re.search(r"--fields=(\S+)", c).group(1).split(","): errors.append(f"{f}: post list header differs from --fields")
        pp = re.search(r"--posts_per_page=(\d+)", c)
        if pp and len(rows) > int(pp.group(1)): errors.append(f"{f}: more rows than posts_per_page")
        for r in rows:
            d = dict(zip(hdr, r))
            if not d.get("ID", "").isdigit() or not dt_ok(d.get("post_date"), "%Y-%m-%d %H:%M:%S") or d.get("post_status") not in ("publish", "draft", "pending", "private", "future"):
                errors.append(f"{f}: post row {r[:2]}")
            posts[d.get("ID")] = d
        dates = [dict(zip(hdr, r)).get("post_date") for r in rows]
        if dates != sorted(dates, reverse=True): errors.append(f"{f}: posts not ordered by date DESC")
    c2, o2 = cmd(f, cmds, r"wp post get (\d+) --field=post_content")
    pid = re.search(r"wp post get (\d+)", c2).group(1) if c2 else None
    if pid and pid not in posts: errors.append(f"{f}: post {pid} not in the list")
    stack = []
    for l in o2:
        for mm in re.finditer(r"<!-- (/?)wp:([a-z][a-z0-9/-]*)( \{.*?\})? (/?)-->", l):
            if mm.group(3):
                try: json.loads(mm.group(3))
                except ValueError: errors.append(f"{f}: block attributes not JSON: {mm.group(3)[:30]!r}")
            if mm.group(4): continue
            if mm.group(1):
                if not stack or stack[-1] != mm.group(2): errors.append(f"{f}: </wp:{mm.group(2)}> closes {stack[-1] if stack else None}"); return
                stack.pop()
            else: stack.append(mm.group(2))
    if stack: errors.append(f"{f}: unclosed blocks {stack}")
    top = "\n".join(o2).split("\n\n")
    for b in top:
        if not re.match(r"<!-- wp:", b) or not re.search(r"<!-- /wp:[a-z0-9/-]+ -->$", b): errors.append(f"{f}: top-level chunk is not one block: {b[:30]!r}")
    c3, o3 = cmd(f, cmds, r"wp post meta list (\d+)")
    if c3 is not None:
        h3, r3 = wp_table(f, o3, "meta list")
        if h3 is not None and (h3 != ["post_id", "meta_key", "meta_value"] or any(r[0] != c3.split()[-1] for r in r3)): errors.append(f"{f}: meta list rows")
        if c3.split()[-1] != pid: errors.append(f"{f}: meta of another post")
    c4, o4 = cmd(f, cmds, r"wp comment list --post_id=(\d+) --fields=(\S+) --format=csv")
    if c4 is not None:
        flds = re.search(r"--fields=(\S+)", c4).group(1).split(",")
        if not o4 or o4[0] != ",".join(flds): errors.append(f"{f}: comment csv header"); return
        for l in o4[1:]:
            r = next(csv.reader([l]))
            if len(r) != len(flds) or ",".join(fputcsv(x) for x in r) != l: errors.append(f"{f}: comment row not as fputcsv writes it: {l[:30]!r}"); continue
            d = dict(zip(flds, r))
            if pid in posts and d.get("comment_date", "9") < posts[pid].get("post_date", ""): errors.append(f"{f}: a comment older than its post")


# ---------------------------------------------------------------- 1554 QuickJS REPL
def qjs_lit(v):
    if v is None: return "null"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (int, float)): return str(v)
    if isinstance(v, list): return "[ " + ", ".join(qjs_lit(x) for x in v) + " ]" if v else "[]"
    return "{ " + ", ".join(f"{k}: {qjs_lit(x)}" for k, x in v.items()) + " }"


def check_qjs(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m or m.group(5) != "qjs": errors.append(f"{f}: no shell prompt running qjs"); return
    pre = L[0][:-3]
    if L[1] != 'QuickJS - Type "\\h" for help': errors.append(f"{f}: no QuickJS banner")
    if L[-2:] != ["qjs > \\q", pre]: errors.append(f"{f}: does not end with \\q and an empty prompt")
    items = []
    for l in L[2:-2]:
        if l.startswith("qjs > "): items.append((l[6:], []))
        elif not items: errors.append(f"{f}: output before the first qjs prompt"); return
        else: items[-1][1].append(l)
    data = None
    for src, out in items:
        if src.startswith("print(std.loadFile("):
            if out[-2:] != ["", "undefined"]: errors.append(f"{f}: print() of the file does not end with its newline and undefined")
            try: data = json.loads("\n".join(out[:-2]))
            except ValueError as ex: errors.append(f"{f}: the printed file is not JSON: {ex}")
    if not isinstance(data, list): errors.append(f"{f}: no list printed"); return
    for src, out in items:
        want = None
        if src.startswith("var ") or src.startswith("print("): want = None if src.startswith("print(") else ["undefined"]
        elif src == "L.length": want = [str(len(data))]
        elif src == "L.forEach((p, i) => print(i, p.title))": want = [f"{i} {p['title']}" for i, p in enumerate(data)] + ["undefined"]
        elif src == "L.filter(p => !p.url).map(p => p.title)": want = [qjs_lit([p["title"] for p in data if not p.get("url")])]
        elif re.fullmatch(r'L\.filter\(p => p\.url && p\.url\.startsWith\("([^"]+)"\)\)\.length', src):
            pfx = re.search(r'startsWith\("([^"]+)"\)', src).group(1)
            want = [str(sum(1 for p in data if p.get("url") and p["url"].startswith(pfx)))]
        elif re.fullmatch(r"L\[(\d+)\](\.(\w+))?", src):
            mm = re.fullmatch(r"L\[(\d+)\](\.(\w+))?", src); k = int(mm.group(1))
            if k >= len(data): want = [f"TypeError: cannot read property '{mm.group(3)}' of undefined", "    at <eval> (<evalScript>)"] if mm.group(3) else ["undefined"]
            else: want = [qjs_lit(data[k][mm.group(3)] if mm.group(3) else data[k])]
        else: errors.append(f"{f}: unknown input {src[:30]!r}"); continue
        if want is not None and out != want: errors.append(f"{f}: the answer to {src[:40]!r} differs from the list")


# ---------------------------------------------------------------- 1555 Tab Session Manager
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
TSM_KEYS = ["windows", "windowsNumber", "windowsInfo", "tabsNumber", "name", "date", "lastEditedTime", "tag", "sessionStartTime", "id"]


def check_tsm(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: more than one line (JSON.stringify writes one)")
    try: S = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(S, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify's compact form with raw Unicode")
    if not isinstance(S, list) or not S: errors.append(f"{f}: not a list of sessions"); return
    ids = set()
    for k, s in enumerate(S):
        if list(s) != TSM_KEYS: errors.append(f"{f}: session {k} keys {list(s)[:4]}"); continue
        if not UUID4.fullmatch(s["id"]) or s["id"] in ids: errors.append(f"{f}: session {k} id")
        ids.add(s["id"])
        W = s["windows"]
        if s["windowsNumber"] != len(W) or set(s["windowsInfo"]) != set(W): errors.append(f"{f}: session {k} windowsNumber / windowsInfo")
        if s["tabsNumber"] != sum(len(t) for t in W.values()): errors.append(f"{f}: session {k} tabsNumber {s['tabsNumber']}")
        if not (s["sessionStartTime"] <= s["date"] <= s["lastEditedTime"]): errors.append(f"{f}: session {k} times")
        if not s["tag"] or s["tag"][0] not in ("_user", "_auto", "_startup"): errors.append(f"{f}: session {k} tag {s['tag']}")
        for w, tabs in W.items():
            if s["windowsInfo"][w].get("id") != int(w): errors.append(f"{f}: session {k} window {w} info id")
            if sorted(t["index"] for t in tabs.values()) != list(range(len(tabs))): errors.append(f"{f}: session {k} window {w} tab indices")
            if sum(1 for t in tabs.values() if t["active"]) != 1: errors.append(f"{f}: session {k} window {w} active tabs")
            for tid, t in tabs.items():
                if str(t["id"]) != tid or t["windowId"] != int(w): errors.append(f"{f}: session {k} tab {tid} id / windowId")
                if t["lastAccessed"] > s["date"]: errors.append(f"{f}: session {k} tab {tid} accessed after the save")
                if t["active"] and t["discarded"]: errors.append(f"{f}: session {k} tab {tid} active but discarded")
                if t["active"] != t["highlighted"]: errors.append(f"{f}: session {k} tab {tid} active / highlighted")
                fu = t.get("favIconUrl")
                if fu and urlsplit(fu).hostname != urlsplit(t["url"]).hostname: errors.append(f"{f}: session {k} tab {tid} favicon from another host")
                if not re.fullmatch(r"https?://\S+", t["url"]): errors.append(f"{f}: session {k} tab {tid} url")
            act = next((t for t in tabs.values() if t["active"]), None)
            if act and s["windowsInfo"][w].get("title") != act["title"] + " — Mozilla Firefox": errors.append(f"{f}: session {k} window {w} title is not its active tab's")


# ---------------------------------------------------------------- 1556 Lmod
def lmod_cols(items, width=80):
    for ncol in range(len(items), 0, -1):
        nrow = -(-len(items) // ncol)
        cols = [c for c in (items[i * nrow:(i + 1) * nrow] for i in range(ncol)) if c]
        ws = [max(len(x) for x in c) for c in cols]
        if 3 + sum(ws) + 4 * (len(cols) - 1) <= width - 1:
            return [("   " + "    ".join(cols[c][r].ljust(ws[c]) for c in range(len(cols)) if r < len(cols[c]))).rstrip() for r in range(nrow)]
    return ["   " + x for x in items]


def check_lmod(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"module avail")
    if c is None: return
    mods, k, marks = {}, 0, set()
    if o[:1] != [""]: errors.append(f"{f}: avail does not start with a blank line")
    k = 1
    while k < len(o) and o[k].startswith("-"):
        hm = re.fullmatch(r"(-+) (/\S+) (-+)", o[k])
        if not hm or len(o[k]) != 80 or abs(len(hm.group(1)) - len(hm.group(3))) > 1: errors.append(f"{f}: tree header {o[k][:30]!r} not centred in 80 columns"); return
        j = k + 1
        while j < len(o) and o[j]: j += 1
        rows = o[k + 1:j]
        nrow = len(rows)
        cells = [re.split(r" {2,}", r.strip()) for r in rows]
        ncol = max((len(x) for x in cells), default=0)
        items = [cells[r][cc] for cc in range(ncol) for r in range(nrow) if cc < len(cells[r])]
        if lmod_cols(items) != rows: errors.append(f"{f}: tree {hm.group(2)} not in Lmod's column-major layout")
        names = [re.sub(r" \([A-Z]\)$", "", x) for x in items]
        if names != sorted(names, key=str.lower): errors.append(f"{f}: tree {hm.group(2)} not sorted")
        for x in items:
            mk = re.findall(r" \(([A-Z])\)", x); marks |= set(mk)
            mods[re.sub(r"( \([A-Z]\))+$", "", x)] = mk
        k = j + 1
    for n in {m.split("/")[0] for m in mods if "/" in m}:
        vs = [m for m in mods if m.startswith(n + "/")]
        nd = sum(1 for m in vs if "D" in mods[m])
        if (len(vs) > 1 and nd != 1) or (len(vs) == 1 and nd): errors.append(f"{f}: {n}: {nd} default versions of {len(vs)}")
    leg = o[k:k + 1 + len(marks)]
    if not leg or leg[0] != "  Where:" or sorted(x.split(":")[0].strip() for x in leg[1:]) != sorted(marks): errors.append(f"{f}: the legend does not list the marks used {sorted(marks)}")
    c2, o2 = cmd(f, cmds, r"module spider (\S+)")
    if c2 is not None:
        n = c2.split()[-1]
        vs = [l.strip() for l in o2 if re.fullmatch(r" {8}\S+", l)]
        if vs != [m for m in mods if m.startswith(n + "/")]: errors.append(f"{f}: spider versions differ from avail")
        if f"     $ module spider {n}/" not in "\n".join(o2): errors.append(f"{f}: spider example")
    for c_, o_ in cmds:
        mm = re.fullmatch(r"module help (\S+)", c_)
        if mm and (mm.group(1) not in mods or len(o_) < 2 or not re.fullmatch(r"-+ Module Specific Help for \"" + re.escape(mm.group(1)) + r"\" -+", o_[1]) or len(o_[1]) != 80):
            errors.append(f"{f}: help of {mm.group(1)}")
        mm = re.fullmatch(r"module load (\S+)", c_)
        if mm and mm.group(1) not in mods: errors.append(f"{f}: load of a module not in avail")
        mm = re.fullmatch(r"module whatis (\S+)", c_)
        if mm:
            for l in o_:
                wm = re.fullmatch(r"(\S+) +: (\w+): .+", l)
                if not wm or len(l.split(":")[0]) != 20 or not wm.group(1).startswith(mm.group(1) + "/") or wm.group(1) not in mods: errors.append(f"{f}: whatis line {l[:30]!r}")
    c3, o3 = cmd(f, cmds, r"module list")
    if c3 is not None:
        if o3[:2] != ["", "Currently Loaded Modules:"]: errors.append(f"{f}: module list heading"); return
        got = re.findall(r"(\d+)\) (\S+)", " ".join(o3[2:]))
        if [int(a) for a, _ in got] != list(range(1, len(got) + 1)) or any(b not in mods for _, b in got): errors.append(f"{f}: module list numbering / modules")
        loaded = [c_.split()[-1] for c_, _ in cmds if c_.startswith("module load ")]
        if any(x not in [b for _, b in got] for x in loaded): errors.append(f"{f}: a loaded module missing from module list")


def shape_checks(f, raw, path):
    n = num(f)
    {1547: check_basex, 1548: check_openaire, 1549: check_metaflow, 1550: check_parallel, 1551: check_xspf,
     1552: check_coins, 1553: check_wpcli, 1554: check_qjs, 1555: check_tsm,
     1556: check_lmod}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """HTML / XML entities undone once and twice, percent-escapes undone (1551's file URIs, 1552's KEV strings,
    1555's search URLs), and both together (1552: &amp; first, then the percent-escapes)"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    u2 = html.unescape(u)
    if u2 != u: forms.append(u2)
    for s in [raw] + forms[:1]:
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
# round152's and round153's, a byte-identical file counted once), and the round152/round153 split (candidates sorted by
# (uses, catalogue title); round153 = odd positions from 3 on, one unbroken run; round152 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P152S = ["/work/rounds/digests-round152/expected.json", "/work/main/tests/data/digests-round152/expected.json"]
P152 = next((p for p in P152S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P152S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round152", "digests-round153") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round153 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r152 = set()
if P152:
    try:
        r152 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P152)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P152} exists but could not be read (being written?)")
    if r152 & mine: errors.append(f"papers also in round152: {sorted(r152 & mine)}")
shared152 = len(r152 & mine) if P152 else "(no round152 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round153 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round152: {shared152}; papers in more than one round153 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


