#!/usr/bin/env python3
r"""Checks round151/expected.json against the digests and the shared catalogues.

Adapted from round149/validate.py (the label checks are the same code; the reuse report is round149's with round150 /
round151 in place of round148 / round149: round151 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round150's and round151's own (a
digests-round150 / digests-round151 folder, or a file whose bytes equal round150's or round151's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round151 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round150's expected.json (read only, from /work/rounds/digests-round150/ or
/work/main/tests/data/digests-round150/, when it exists), and on a paper in more than one round151 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: the strings of 1527's %O answers (octal and \t
escapes undone), every JSON string of 1529's bundle and 1530's body, 1533's raw body lines with \uXXXX and \/ undone,
1535's redis-cli strings with \xNN bytes undone; everything: HTML / XML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1527 Pike / Hilfe (a shell prompt running pike, the banner, `> ` / `>> ` inputs, `(n) Result: ` numbered from 1 for
expressions only, continuation lines indented under the value; %O strings with octal escapes for 128..255 and no raw
non-ASCII; arrays `({ /* N elements */` with N element lines; sizeof(rader), the foreach lines (numbers, %-6s names),
the filter counts and f[4] cross-checked against the column() answers; `quit`, `Exiting.`, an empty prompt);
1528 honcho (every line `HH:MM:SS name | text`, names padded to the longest; times rising; a process writes only after
`started (pid=N)` and before `stopped`; SIGTERM pids; gunicorn / access / rq / bot timestamps equal honcho's; gunicorn
pids the master's or a booted worker's; rq jobs: unique uuid4 ids, one at a time, each ended by Job OK or an exception);
1529 HAPI FHIR (no final newline; HAPI's pretty layout re-rendered; a searchset Bundle, total = entries, a self link;
fullUrl = base/Citation/id, search mode match, key order, meta (versionId, 16-character source, lastUpdated not after
the bundle's), dates valid and sorted by -date, one primary title, webLocation classifiers from the code list, arXiv
identifiers id-shaped, articleDate, contributors, the narrative an XHTML div showing both titles, notes with times);
1530 Paperless-ngx (shell prompts; curl -o silent with truncate_content; cat shows one line of DRF compact JSON with raw
Unicode; envelope keys, count / all = results; document keys in order, content ≤ 550 characters, created_date,
microsecond times, tag 14, ordered by -added; note keys, notes not older than the document; both jq listings
re-computed);
1531 TMSU (shell prompts; `tmsu tags` files in byte order, tags sorted; every `tmsu files` query — a tag, `not`, a
value comparison — re-computed from it; arxiv values id-shaped; the links file headed);
1532 git-bug (shell prompts; ls lines: 7-hex id, status, a title cell of 50 columns ending in one ◼ per label, a
15-column author, `%3d 💬`; each show: header id / status as in ls, the ls title = the show title cut to its cell,
opened / last-edited lines with Go times, labels count, actors = participants = commenters in order, comment numbers
#0.., replies = ls count, two blank lines after each comment);
1533 4get (shell prompts; curl -o silent; head -c N shows N bytes of PHP json_encode output — ASCII only, `\/`
escaped, 4get's envelope; status / length answers; each jq listing has `length` results of title / url / description,
the first matching the raw bytes);
1534 bibtex2html (the doctype, title = h1 = the -t argument in the generator comment, the footer; rows numbered 1..n
with unique anchors; each entry's lines within 79 bytes in .bbl form (entities back to TeX), \newblock lines starting
with one space, continuations with two, no TeX left; the link block `[ bib | http | .pdf ]` pointing at <bib>_bib.html);
1535 FalkorDB via redis-cli (a shell prompt, redis-cli prompts, an empty shell prompt at the end; every reply rebuilt
from its indices and re-rendered in redis-cli's TTY layout; strings in sdscatrepr form — no raw non-ASCII; header =
the RETURN list, rows as wide as the header, two statistics strings; count(p) = papers listed; the --raw run: header
lines, rows ordered by title, titles from the listing, the TTY-fetched note among its notes);
1536 ONIX 3.0 (the XML declaration, XML that parses, ONIXMessage release 3.0 in the reference namespace; the Header;
per product: unique record reference ending in the ISBN, NotificationType, ISBN-13 check digit and GTIN equal,
ProductForm (an e-book with its detail), title, contributor sequence and name parts, language, a MainSubject first,
Thema codes, publishing status against the date and availability (active: dated not after the message and available;
forthcoming: dated after and not yet available), prices, cover links named by the ISBN).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ET
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




# ---------------------------------------------------------------- 1527 Pike / Hilfe
PIKE_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def pike_unO(s, f=None):
    """undo sprintf("%O") of a string (the inside of the quotes)"""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\": 
            if ord(c) > 127 and f: errors.append(f"{f}: raw non-ASCII {c!r} inside a %O string")
            out.append(c); i += 1; continue
        n = s[i + 1] if i + 1 < len(s) else ""
        if n in "01234567":
            m = re.match(r"[0-7]{1,3}", s[i + 1:]).group(0)
            v = int(m, 8)
            if f and not 128 <= v <= 255: errors.append(f"{f}: octal escape \\{m} outside 128..255")
            out.append(chr(v)); i += 1 + len(m)
        elif n in 'tn"\\':
            out.append({"t": "\t", "n": "\n", '"': '"', "\\": "\\"}[n]); i += 2
        else:
            if f: errors.append(f"{f}: unknown escape \\{n}")
            out.append(n); i += 2
    return "".join(out)


def check_pike(f, raw):
    L = lines_of(f, raw)
    if len(L) < 4: errors.append(f"{f}: too short"); return
    m = PROMPT.fullmatch(L[0])
    if not m or m.group(5) != "pike": errors.append(f"{f}: does not start with a shell prompt running pike"); return
    pre = L[0][:-len("pike")]
    if not re.fullmatch(r"Pike v\d+\.\d+ release \d+ running Hilfe v\d+\.\d+ \(Incremental Pike Frontend\)", L[1]):
        errors.append(f"{f}: no Hilfe banner")
    if L[-3:] != ["> quit", "Exiting.", pre]: errors.append(f"{f}: the session does not end with quit / Exiting. / an empty prompt")
    body = L[2:-3]
    items, n, i = [], 0, 0   # (input lines, result lines or None, printed lines)
    while i < len(body):
        l = body[i]
        if not l.startswith("> "): errors.append(f"{f}: line {i + 3} is not an input: {l[:40]!r}"); return
        inp = [l[2:]]; i += 1
        while i < len(body) and body[i].startswith(">> "): inp.append(body[i][3:]); i += 1
        res, out = None, []
        if i < len(body) and body[i].startswith("("):
            mm = re.match(r"\((\d+)\) Result: ", body[i])
            if not mm: errors.append(f"{f}: bad result line {body[i][:30]!r}"); return
            n += 1
            if int(mm.group(1)) != n: errors.append(f"{f}: result ({mm.group(1)}) where ({n}) was due")
            pad = " " * len(mm.group(0))
            res = [body[i][len(mm.group(0)):]]; i += 1
            while i < len(body) and body[i].startswith(pad): res.append(body[i][len(pad):]); i += 1
        while i < len(body) and not body[i].startswith("> "): out.append(body[i]); i += 1
        src = " ".join(inp)
        is_decl = bool(re.match(r"(string|int|array|mapping|float|object|foreach|if|for)\b", src))
        if is_decl and res is not None: errors.append(f"{f}: a declaration / statement printed a result: {src[:40]!r}")
        if not is_decl and res is None: errors.append(f"{f}: an expression printed no result: {src[:40]!r}")
        if out and not src.startswith("foreach"): errors.append(f"{f}: output after {src[:40]!r}")
        items.append((src, res, out))

    def value(res):
        if res is None: return None
        if len(res) == 1 and re.fullmatch(r"-?\d+", res[0]): return int(res[0])
        if len(res) == 1 and res[0].startswith('"'): return pike_unO(res[0][1:-1], f)
        mm = re.fullmatch(r"\(\{ /\* (\d+) elements? \*/", res[0])
        if not mm or res[-1] != "})": errors.append(f"{f}: not an array in %O layout: {res[0][:30]!r}"); return None
        els = res[1:-1]
        if len(els) != int(mm.group(1)): errors.append(f"{f}: array says {mm.group(1)} elements, shows {len(els)}")
        vals = []
        for k, e in enumerate(els):
            want_comma = k < len(els) - 1
            em = re.fullmatch(r'    "((?:[^"\\]|\\.)*)"(,?)', e)
            if not em or bool(em.group(2)) != want_comma: errors.append(f"{f}: array element line {e[:40]!r}"); continue
            vals.append(pike_unO(em.group(1), f))
        return vals
    V = {src: value(res) for src, res, out in items}
    nrows, names, links = V.get("sizeof(rader);"), V.get("column(f, 2);"), V.get("column(f, 1);")
    if not (isinstance(names, list) and isinstance(links, list)): errors.append(f"{f}: column() results missing"); return
    if nrows != len(names) + 1 or len(links) != len(names): errors.append(f"{f}: sizeof(rader) {nrows} for {len(names)} rows")
    fe = next((out for src, res, out in items if src.startswith("foreach")), [])
    titles = []
    for k, l in enumerate(fe):
        if k >= len(names): errors.append(f"{f}: more foreach lines than rows"); break
        want = f"{k + 1:2d} {names[k]:<6s} "
        if not l.startswith(want): errors.append(f"{f}: foreach line {k + 1} does not match the row: {l[:30]!r}")
        titles.append(l[len(want):])
    if len(fe) != len(names): errors.append(f"{f}: {len(fe)} foreach lines for {len(names)} rows")
    for src, want in (('sizeof(filter(column(f, 1), `==, "-"));', sum(1 for x in links if x == "-")),
                      ('sizeof(filter(column(f, 1), has_prefix, "https://arxiv.org/"));', sum(1 for x in links if x.startswith("https://arxiv.org/")))):
        if src in V and V[src] != want: errors.append(f"{f}: {src} gives {V[src]}, the column says {want}")
    for src, v in V.items():
        mm = re.fullmatch(r"f\[(\d+)\];", src)
        if mm and isinstance(v, list):
            k = int(mm.group(1))
            if k >= len(names) or len(v) != 4 or v[0] != titles[k] or v[1] != links[k] or v[2] != names[k]:
                errors.append(f"{f}: {src} does not agree with the columns")
    hdr = V.get("rader[0];")
    if not isinstance(hdr, str) or len(hdr.split("\t")) != 4: errors.append(f"{f}: header row {hdr!r}")
    if not isinstance(V.get("sizeof(raw);"), int) or V["sizeof(raw);"] < sum(len(t.encode()) for t in titles):
        errors.append(f"{f}: sizeof(raw) too small for the rows shown")


# ---------------------------------------------------------------- 1528 honcho
def check_honcho(f, raw):
    L = lines_of(f, raw)
    rx = re.compile(r"(\d\d):(\d\d):(\d\d) (\S+)( *) \| (.*)")
    rows = []
    for l in L:
        m = rx.fullmatch(l)
        if not m: errors.append(f"{f}: not a honcho line: {l[:50]!r}"); return
        rows.append((int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)), m.group(4), len(m.group(4)) + len(m.group(5)), m.group(6)))
    names = {r[1] for r in rows}
    w = max(len(n) for n in names)
    if any(r[2] != w for r in rows): errors.append(f"{f}: process names not padded to {w}")
    if [r[0] for r in rows] != sorted(r[0] for r in rows): errors.append(f"{f}: times not rising")
    pid, stopped, gw, jobs = {}, set(), set(), {}
    hms = lambda t: f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
    last_ms = {}
    for t, p, _, s in rows:
        if p == "system":
            m = re.fullmatch(r"(\S+) started \(pid=(\d+)\)", s)
            if m: pid[m.group(1)] = int(m.group(2)); continue
            m = re.fullmatch(r"sending SIGTERM to (\S+) \(pid (\d+)\)", s)
            if m:
                if pid.get(m.group(1)) != int(m.group(2)): errors.append(f"{f}: SIGTERM to {m.group(1)} with a wrong pid")
                continue
            m = re.fullmatch(r"(\S+) stopped \(rc=(-?\d+)\)", s)
            if m:
                if m.group(1) not in pid: errors.append(f"{f}: {m.group(1)} stopped but never started")
                stopped.add(m.group(1)); continue
            if s == "SIGINT received": continue
            errors.append(f"{f}: unknown system line {s!r}"); continue
        if p not in pid: errors.append(f"{f}: {p} writes before it started"); continue
        if p in stopped: errors.append(f"{f}: {p} writes after it stopped")
        if p.startswith("web."):
            m = re.match(r"\[2024-06-03 (\d\d:\d\d:\d\d) \+0300\] \[(\d+)\] \[(INFO|WARNING|ERROR|DEBUG|CRITICAL)\] (.*)", s)
            a = re.match(r'\d+\.\d+\.\d+\.\d+ - - \[03/Jun/2024:(\d\d:\d\d:\d\d) \+0300\] "(GET|POST|HEAD) \S+ HTTP/1\.[01]" \d{3} \d+ "[^"]*" "[^"]*"$', s)
            if m:
                if m.group(1) != hms(t): errors.append(f"{f}: gunicorn time {m.group(1)} at {hms(t)}")
                bm = re.fullmatch(r"Booting worker with pid: (\d+)", m.group(4))
                if bm:
                    if int(m.group(2)) != int(bm.group(1)): errors.append(f"{f}: booted worker pid mismatch")
                    gw.add(int(bm.group(1)))
                elif int(m.group(2)) not in gw | {pid[p]}: errors.append(f"{f}: gunicorn pid {m.group(2)} unknown")
            elif a:
                if a.group(1) != hms(t): errors.append(f"{f}: access log time {a.group(1)} at {hms(t)}")
            else: errors.append(f"{f}: not a gunicorn line: {s[:50]!r}")
        elif p.startswith("worker."):
            m = re.match(r"(\d\d:\d\d:\d\d) (.*)", s)
            if m:
                if m.group(1) != hms(t): errors.append(f"{f}: rq time {m.group(1)} at {hms(t)}")
                x = m.group(2)
                jm = re.fullmatch(r"varsayilan: (\S.*) \(([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\)", x)
                if jm:
                    if jm.group(1).startswith("Job OK"):
                        if jobs.get(jm.group(2)) != "run": errors.append(f"{f}: Job OK for a job not running")
                        jobs[jm.group(2)] = "ok"
                    else:
                        if jm.group(2) in jobs: errors.append(f"{f}: job id {jm.group(2)} reused")
                        if "run" in jobs.values(): errors.append(f"{f}: a job starts while another runs")
                        jobs[jm.group(2)] = "run"
                fm = re.fullmatch(r"\[Job ([0-9a-f-]{36})\]: exception raised while executing \(\S+\)", x)
                if fm:
                    if jobs.get(fm.group(1)) != "run": errors.append(f"{f}: failure of a job not running")
                    jobs[fm.group(1)] = "failed"
                if "PID" in x and str(pid[p]) not in x: errors.append(f"{f}: rq worker pid differs from honcho's")
        elif p.startswith("bot."):
            m = re.fullmatch(r"2024-06-03 (\d\d:\d\d:\d\d),(\d{3}) (INFO|WARNING|ERROR|DEBUG) bulten\.bot: (.*)", s)
            if not m: errors.append(f"{f}: not a bot logging line: {s[:50]!r}"); continue
            if m.group(1) != hms(t): errors.append(f"{f}: bot time {m.group(1)} at {hms(t)}")
            ms = t * 1000 + int(m.group(2))
            if ms < last_ms.get(p, 0): errors.append(f"{f}: bot timestamps not rising")
            last_ms[p] = ms
    if set(pid) != stopped: errors.append(f"{f}: processes not all stopped: {sorted(set(pid) - stopped)}")
    if "run" in jobs.values(): errors.append(f"{f}: a job never finished")


# ---------------------------------------------------------------- 1529 HAPI FHIR Citation bundle
def hapi(v, ind=0):
    pad = " " * ind
    if isinstance(v, dict):
        return "{\n" + ",\n".join(f'{pad}  {json.dumps(k, ensure_ascii=False)}: {hapi(x, ind + 2)}' for k, x in v.items()) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[ " + ", ".join(hapi(x, ind) for x in v) + " ]"
    return json.dumps(v, ensure_ascii=False)


def iso_off(s, ms=True):
    rx = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d" + (r"\.\d{3}" if ms else "") + r"[+-]\d\d:\d\d"
    if not isinstance(s, str) or not re.fullmatch(rx, s): return None
    return dt.datetime.fromisoformat(s)


def check_fhir(f, raw):
    lf_final(f, raw, final=False)
    try: b = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if hapi(b) != raw: errors.append(f"{f}: not in HAPI's pretty layout")
    if b.get("resourceType") != "Bundle" or b.get("type") != "searchset": errors.append(f"{f}: not a searchset Bundle"); return
    E = b.get("entry") or []
    if b.get("total") != len(E): errors.append(f"{f}: total {b.get('total')} for {len(E)} entries")
    bl = iso_off(b.get("meta", {}).get("lastUpdated"))
    if not bl: errors.append(f"{f}: bundle lastUpdated")
    self_ = [l for l in b.get("link", []) if l.get("relation") == "self"]
    if len(self_) != 1 or "/Citation?" not in self_[0].get("url", ""): errors.append(f"{f}: self link")
    base = self_[0]["url"].split("/Citation?")[0] if self_ else ""
    ids, dates = set(), []
    CLS = {"abstract", "full-text", "webpage", "code-repository", "pdf", "doi-based", "supplement", "compressed-file", "not-specified"}
    for i, e in enumerate(E):
        if list(e) != ["fullUrl", "resource", "search"] or e["search"] != {"mode": "match"}: errors.append(f"{f}: entry {i} keys / search"); continue
        r = e["resource"]
        if r.get("resourceType") != "Citation": errors.append(f"{f}: entry {i} not a Citation"); continue
        if e["fullUrl"] != f"{base}/Citation/{r.get('id')}": errors.append(f"{f}: fullUrl {e['fullUrl']} for id {r.get('id')}")
        if r.get("id") in ids: errors.append(f"{f}: duplicate id {r.get('id')}")
        ids.add(r.get("id"))
        if list(r)[:3] != ["resourceType", "id", "meta"]: errors.append(f"{f}: entry {i} key order")
        mt = r.get("meta", {})
        if not str(mt.get("versionId", "")).isdigit() or not re.fullmatch(r"#\w{16}", mt.get("source", "")): errors.append(f"{f}: entry {i} meta")
        lu = iso_off(mt.get("lastUpdated"))
        if not lu or (bl and lu > bl): errors.append(f"{f}: entry {i} lastUpdated {mt.get('lastUpdated')}")
        if r.get("status") not in ("active", "draft", "retired"): errors.append(f"{f}: entry {i} status")
        d = r.get("date")
        if not (isinstance(d, str) and dt_ok(d, "%Y-%m-%d")): errors.append(f"{f}: entry {i} date {d!r}")
        else:
            dates.append(d)
            if lu and lu.date().isoformat() < d: errors.append(f"{f}: entry {i} updated before its date")
        ca = r.get("citedArtifact", {})
        tt = [t.get("text") for t in ca.get("title", [])]
        if len(tt) != 1 or not tt[0]: errors.append(f"{f}: entry {i} cited title"); continue
        for t in ca.get("title", []):
            if t.get("type") != [{"coding": [{"system": "http://hl7.org/fhir/title-type", "code": "primary"}]}]: errors.append(f"{f}: entry {i} title type")
        for w in ca.get("webLocation", []):
            cc = [c.get("code") for k in w.get("classifier", []) for c in k.get("coding", [])]
            if not cc or any(c not in CLS for c in cc) or not re.fullmatch(r"https?://\S+", w.get("url", "")): errors.append(f"{f}: entry {i} webLocation")
        for idf in ca.get("identifier", []):
            if idf.get("system") == "https://arxiv.org" and not re.fullmatch(r"\d{4}\.\d{4,5}", idf.get("value", "")): errors.append(f"{f}: entry {i} arXiv identifier")
        for p in ca.get("publicationForm", []):
            ad = p.get("articleDate", "")
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", ad): errors.append(f"{f}: entry {i} articleDate {ad!r}")
        if not ca.get("contributorship", {}).get("summary"): errors.append(f"{f}: entry {i} no contributors")
        div = r.get("text", {}).get("div", "")
        try:
            x = ET.fromstring(div)
            if x.tag != "{http://www.w3.org/1999/xhtml}div": errors.append(f"{f}: entry {i} narrative root {x.tag}")
            txt = "".join(x.itertext())
            if tt[0] not in txt or r.get("title") not in txt: errors.append(f"{f}: entry {i} narrative does not show its titles")
        except ET.ParseError as ex: errors.append(f"{f}: entry {i} narrative not XHTML: {ex}")
        for nt in r.get("note", []):
            if list(nt) != ["authorString", "time", "text"] or not iso_off(nt.get("time"), ms=False): errors.append(f"{f}: entry {i} note")
    if dates != sorted(dates, reverse=True): errors.append(f"{f}: entries not sorted by -date")


# ---------------------------------------------------------------- 1530 Paperless-ngx
PL_DOC = ["id", "correspondent", "document_type", "storage_path", "title", "content", "tags", "created", "created_date", "modified",
          "added", "deleted_at", "archive_serial_number", "original_file_name", "archived_file_name", "owner", "user_can_change",
          "is_shared_by_requester", "notes", "custom_fields", "page_count", "mime_type"]


def check_paperless(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"curl -s -H \"Authorization: Token \$\w+\" '(https://[^']+/api/documents/\?[^']*)' -o (\S+\.json)")
    if c is None: return
    if o: errors.append(f"{f}: curl -o printed something")
    if "truncate_content=true" not in c: errors.append(f"{f}: the query does not truncate content")
    c2, o2 = cmd(f, cmds, r"cat \S+\.json; echo")
    if c2 is None or len(o2) != 1: errors.append(f"{f}: cat should show one line"); return
    try: b = json.loads(o2[0])
    except ValueError as ex: errors.append(f"{f}: the body does not parse: {ex}"); return
    if json.dumps(b, ensure_ascii=False, separators=(",", ":")) != o2[0]: errors.append(f"{f}: the body is not DRF's compact JSON with raw Unicode")
    if list(b) != ["count", "next", "previous", "all", "results"]: errors.append(f"{f}: envelope keys {list(b)}"); return
    R = b["results"]
    if b["count"] != len(R) or b["all"] != [r.get("id") for r in R]: errors.append(f"{f}: count / all disagree with results")
    m = re.search(r"page_size=(\d+)", c)
    if m and len(R) > int(m.group(1)): errors.append(f"{f}: more results than page_size")
    if b["next"] is not None and len(R) < 25: errors.append(f"{f}: a next page with a short page")
    added = []
    for r in R:
        if list(r) != PL_DOC: errors.append(f"{f}: document {r.get('id')} keys"); continue
        if len(r["content"]) > 550: errors.append(f"{f}: document {r['id']} content longer than the truncation")
        if r["created_date"] != r["created"][:10] or not iso_off(r["created"], ms=False): errors.append(f"{f}: document {r['id']} created / created_date")
        for k in ("modified", "added"):
            if not (isinstance(r[k], str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+\d\d:\d\d", r[k])): errors.append(f"{f}: document {r['id']} {k}")
        added.append(r["added"])
        if not all(isinstance(t, int) for t in r["tags"]) or 14 not in r["tags"]: errors.append(f"{f}: document {r['id']} tags {r['tags']}")
        if not r["archived_file_name"].endswith(".pdf") or r["mime_type"] != "application/pdf": errors.append(f"{f}: document {r['id']} file fields")
        for n in r["notes"]:
            if list(n) != ["id", "note", "created", "user"] or list(n["user"]) != ["id", "username", "first_name", "last_name"]: errors.append(f"{f}: note keys in {r['id']}")
            elif n["created"] < r["added"]: errors.append(f"{f}: note older than its document {r['id']}")
    if added != sorted(added, reverse=True): errors.append(f"{f}: not ordered by -added")
    c3, o3 = cmd(f, cmds, r"jq -r '\.results\[\] \| \[\.id, \.title, \.original_file_name\] \| @tsv' \S+")
    if c3 is not None and o3 != [f"{r['id']}\t{r['title']}\t{r['original_file_name']}" for r in R]: errors.append(f"{f}: the @tsv listing differs from the body")
    c4, o4 = cmd(f, cmds, r"jq -r '.*\.notes\[\].*' \S+")
    if c4 is not None and o4 != [f"{r['id']} {n['user']['username']}: {n['note']}" for r in R for n in r["notes"]]: errors.append(f"{f}: the notes listing differs from the body")


# ---------------------------------------------------------------- 1531 TMSU
def check_tmsu(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"tmsu tags")
    if c is None: return
    tags, names = {}, []
    for l in o:
        m = re.fullmatch(r"(.+\S): (\S+(?: \S+)*)", l)
        if not m: errors.append(f"{f}: tmsu tags line {l[:40]!r}"); continue
        ts = m.group(2).split(" ")
        if ts != sorted(ts, key=lambda x: x.encode()): errors.append(f"{f}: tags of {m.group(1)!r} not sorted")
        tags[m.group(1)] = ts; names.append(m.group(1))
    if names != sorted(names, key=lambda x: x.encode()): errors.append(f"{f}: files not in byte order")

    def has(ts, q):
        return any(t == q or t.startswith(q + "=") for t in ts)
    for c_, o_ in cmds:
        m = re.fullmatch(r"tmsu files (.+)", c_)
        if not m: continue
        q = m.group(1).strip("'")
        if q.startswith("not "): want = [n for n in names if not has(tags[n], q[4:])]
        elif re.fullmatch(r"(\S+) > (\d+)", q):
            k, v = q.split(" > ")
            want = [n for n in names if any(t.startswith(k + "=") and t[len(k) + 1:].isdigit() and int(t[len(k) + 1:]) > int(v) for t in tags[n])]
        else: want = [n for n in names if has(tags[n], q)]
        if o_ != ["./" + n for n in want]: errors.append(f"{f}: tmsu files {q} differs from the tags")
    for t in (t for ts in tags.values() for t in ts):
        if t.startswith("arxiv=") and not re.fullmatch(r"arxiv=\d{4}\.\d{4,5}", t): errors.append(f"{f}: arxiv value {t}")
    c2, o2 = cmd(f, cmds, r"cat \S+\.md")
    if c2 is not None and (not o2 or not o2[0].startswith("# ")): errors.append(f"{f}: the links file has no heading")


# ---------------------------------------------------------------- 1532 git-bug
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in s)


def gb_cut(s, n):
    if dwidth(s) > n:
        out = ""
        for ch in s:
            if dwidth(out + ch) > n - 1: break
            out += ch
        s = out + "…"
    return s + " " * (n - dwidth(s))


def check_gitbug(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    c, o = cmd(f, cmds, r"git bug ls")
    if c is None: return
    ls = {}
    for l in o:
        m = re.fullmatch(r"([0-9a-f]{7}) (open|closed)\t(.*)\t(.*)\t(.*)", l)
        if not m: errors.append(f"{f}: ls line {l[:40]!r}"); continue
        cell = m.group(3)
        lab = re.search(r"( ◼)*$", cell).group(0)
        if dwidth(cell) != 50: errors.append(f"{f}: ls title cell of {m.group(1)} is {dwidth(cell)} columns, not 50")
        if dwidth(m.group(4)) != 15: errors.append(f"{f}: ls author cell of {m.group(1)} not 15 columns")
        cm = m.group(5)
        if cm and not re.fullmatch(r"[ \d]{2}\d 💬", cm): errors.append(f"{f}: ls comments cell {cm!r}")
        if m.group(1) in ls: errors.append(f"{f}: duplicate id {m.group(1)}")
        ls[m.group(1)] = (m.group(2), cell[:len(cell) - len(lab)], len(lab) // 2, m.group(4).rstrip(), int(cm.split()[0]) if cm else 0)
    shown = 0
    for c_, o_ in cmds:
        m = re.fullmatch(r"git bug show ([0-9a-f]{7})", c_)
        if not m: continue
        shown += 1
        i = m.group(1)
        if i not in ls: errors.append(f"{f}: show of {i}, not in ls"); continue
        st, tcell, nlab, author, ncom = ls[i]
        h = re.fullmatch(r"([0-9a-f]{7}) \[(open|closed)\] (.+)", o_[0]) if o_ else None
        if not h or h.group(1) != i or h.group(2) != st: errors.append(f"{f}: show {i} header"); continue
        if gb_cut(h.group(3).strip(), 50 - 2 * nlab) != tcell: errors.append(f"{f}: ls title of {i} is not the show title cut to its cell")
        TS = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0700 \+07"
        op = re.fullmatch(r"(.+) opened this issue (" + TS + ")", o_[2]) if len(o_) > 3 else None
        ed = re.fullmatch(r"This was last edited at (" + TS + ")", o_[3]) if len(o_) > 3 else None
        if o_[1] != "" or not op or not ed or op.group(1) != author or ed.group(1) < op.group(2): errors.append(f"{f}: show {i} opened / edited lines"); continue
        if o_[4] != "" or not o_[5].startswith("labels: ") or len([x for x in o_[5][8:].split(", ") if x]) != nlab: errors.append(f"{f}: show {i} labels")
        actors = o_[6][len("actors: "):].split(", ") if o_[6].startswith("actors: ") else None
        if actors is None or o_[7] != "participants: " + ", ".join(actors) or o_[8] != "": errors.append(f"{f}: show {i} actors / participants")
        heads = [k for k, l in enumerate(o_) if re.fullmatch(r"  [0-9a-f]{7} #\d+ .+ <[^>]+>", l)]
        nums = [int(re.search(r" #(\d+) ", o_[k]).group(1)) for k in heads]
        if nums != list(range(len(heads))): errors.append(f"{f}: show {i} comment numbers {nums}")
        if len(heads) - 1 != ncom: errors.append(f"{f}: show {i} has {len(heads) - 1} replies, ls says {ncom}")
        who = []
        for k in heads:
            nm = re.fullmatch(r"  [0-9a-f]{7} #\d+ (.+) <[^>]+>", o_[k]).group(1)
            if nm not in who: who.append(nm)
            if o_[k + 1] != "" or not o_[k + 2].startswith("  "): errors.append(f"{f}: show {i} comment layout")
        if heads and who[0] != author: errors.append(f"{f}: show {i} first comment not by the author")
        if actors is not None and who != actors: errors.append(f"{f}: show {i} actors differ from the commenters")
        if o_[-2:] != ["", ""]: errors.append(f"{f}: show {i} does not end with two blank lines")
    if not shown: errors.append(f"{f}: no git bug show")


# ---------------------------------------------------------------- 1533 4get API
def check_4get(f, raw):
    L = lines_of(f, raw)
    cmds = session(f, L)
    if not cmds: return
    k = 0
    files = {}
    for c_, o_ in cmds:
        m = re.fullmatch(r"curl -s '(https://[^/']+)/api/v1/web\?s=([^&']+)&scraper=(brave|ddg|google|yandex|mojeek|marginalia)' -o (\S+\.json)", c_)
        if m:
            if o_: errors.append(f"{f}: curl -o printed something")
            files[m.group(4)] = {"q": unquote_plus(m.group(2))}; continue
        m = re.fullmatch(r"head -c (\d+) (\S+\.json); echo", c_)
        if m:
            if m.group(2) not in files: errors.append(f"{f}: head of a file never fetched")
            if len(o_) != 1 or len(o_[0].encode()) != int(m.group(1)): errors.append(f"{f}: head -c {m.group(1)} shows {len(o_[0].encode()) if o_ else 0} bytes")
            elif not o_[0].startswith('{"status":"ok","spelling":'): errors.append(f"{f}: the body does not start as 4get's")
            elif not o_[0].isascii() or re.search(r'(?<!\\)/', o_[0]): errors.append(f"{f}: the raw body is not PHP's json_encode (escaped / and Unicode)")
            else: files[m.group(2)]["head"] = o_[0]
            continue
        m = re.fullmatch(r"jq -r '\.status, \(\.web \| length\)' (\S+\.json)", c_)
        if m:
            if len(o_) != 2 or o_[0] != "ok" or not o_[1].isdigit(): errors.append(f"{f}: status / length output {o_}"); continue
            files.setdefault(m.group(1), {})["n"] = int(o_[1]); continue
        m = re.fullmatch(r"jq -r '\.web\[\] \| .*' (\S+\.json)", c_)
        if m:
            fi = files.get(m.group(1), {})
            if len(o_) % 3 or len(o_) // 3 != fi.get("n"): errors.append(f"{f}: {m.group(1)}: {len(o_) // 3} results printed, length says {fi.get('n')}")
            for j in range(0, len(o_) - 2, 3):
                t, u, d = o_[j:j + 3]
                if not t or t.startswith(" ") or not re.fullmatch(r"  https?://\S+", u) or not d.startswith("  "): errors.append(f"{f}: result layout near {t[:30]!r}")
            if "head" in fi and o_:
                hm = re.search(r'"web":\[\{"title":"((?:[^"\\]|\\.)*)","description":"', fi["head"])
                if not hm or json.loads('"' + hm.group(1) + '"') != o_[0]: errors.append(f"{f}: the first raw title differs from jq's")
                um = re.search(r'"url":"((?:[^"\\]|\\.)*)"', fi["head"])
                if um and json.loads('"' + um.group(1) + '"') != o_[1].strip(): errors.append(f"{f}: the first raw url differs from jq's")
            continue
        errors.append(f"{f}: unexpected command {c_[:40]!r}")


# ---------------------------------------------------------------- 1534 bibtex2html
def bbl_len(s):
    for a, b in (("&eacute;", "{\\'e}"), ("&egrave;", "{\\`e}"), ("&ouml;", '{\\"o}'), ("&uuml;", '{\\"u}'), ("&nbsp;", "~"),
                 ("&ndash;", "--"), ("<em>", "{\\em "), ("</em>", "}")):
        s = s.replace(a, b)
    return len(s.encode("utf-8"))


def check_b2h(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"', '            "http://www.w3.org/TR/html4/loose.dtd">', "<html>"]:
        errors.append(f"{f}: not bibtex2html's doctype")
    t = re.search(r"<title>(.*)</title>", raw); h = re.search(r"<h1>(.*)</h1>", raw)
    cm = re.search(r'     bibtex2html -t "([^"]*)"(.*?) (\S+\.bib)  -->', raw)
    if not (t and h and cm) or not t.group(1) == h.group(1) == cm.group(1): errors.append(f"{f}: title / h1 / -t differ")
    if "This document was automatically generated with bibtex2html 1.99" not in raw or not raw.endswith(
            '<a href="http://www.lri.fr/~filliatr/bibtex2html/">bibtex2html</a> 1.99.</em></p>\n</body>\n</html>\n'):
        errors.append(f"{f}: generator comment or footer missing")
    bib = cm.group(3).replace(".bib", "_bib.html") if cm else ""
    rows = re.findall(r'<tr valign="top">\n<td align="right" class="bibtexnumber">\n\[<a name="([^"]+)">(\d+)</a>\]\n</td>\n<td class="bibtexitem">\n(.*?)\n</td>\n</tr>\n', raw, re.S)
    if len(rows) != raw.count('<tr valign="top">') or not rows: errors.append(f"{f}: table rows not in bibtex2html's layout")
    if [int(r[1]) for r in rows] != list(range(1, len(rows) + 1)): errors.append(f"{f}: entries not numbered 1..n")
    if len({r[0] for r in rows}) != len(rows): errors.append(f"{f}: duplicate keys")
    for key, n, body in rows:
        ls = body.split("\n")
        end = max(k for k, l in enumerate(ls) if l.startswith("[&nbsp;")) if any(l.startswith("[&nbsp;") for l in ls) else None
        close = next((k for k in range(end, len(ls)) if ls[k].endswith("&nbsp;]")), None) if end is not None else None
        if end is None or close is None or ls[close + 1:] != [""]: errors.append(f"{f}: entry {key}: link block not last"); continue
        text, links = ls[:end], "\n".join(ls[end:close + 1])
        if not text or text[0].startswith(" "): errors.append(f"{f}: entry {key}: authors line")
        for l in text:
            if bbl_len(l) > 79: errors.append(f"{f}: entry {key}: a line over 79 bytes in the .bbl: {l[:40]!r}")
            if l.startswith(" ") and not (l.startswith("  ") or (l[1:2] != " ")): errors.append(f"{f}: entry {key}: indentation")
            if re.search(r"[{}\\]", l): errors.append(f"{f}: entry {key}: TeX left over: {l[:40]!r}")
        blocks = [l for l in text if l.startswith(" ") and not l.startswith("  ")]
        if len(blocks) < 2: errors.append(f"{f}: entry {key}: fewer than two \\newblock lines")
        lm = re.fullmatch(r'\[&nbsp;<a href="([^"]+)">bib</a>((?:&nbsp;\| \n<a href="[^"]+">(?:http|\.pdf|DOI|\.ps)</a>)*)&nbsp;\]', links)
        if not lm or lm.group(1) != f"{bib}#{key}": errors.append(f"{f}: entry {key}: links {links[:60]!r}")
    try:
        from html.parser import HTMLParser
        HTMLParser().feed(raw)
    except Exception as ex: errors.append(f"{f}: HTML does not parse: {ex}")


# ---------------------------------------------------------------- 1535 FalkorDB through redis-cli
def rc_repr_ok(s):
    i = 0
    while i < len(s):
        if s[i] == "\\":
            if re.match(r"\\x[0-9a-f]{2}", s[i:]): i += 4; continue
            if s[i + 1:i + 2] in ('\\', '"', "n", "r", "t", "a", "b"): i += 2; continue
            return False
        if not (32 <= ord(s[i]) < 127) or s[i] == '"': return False
        i += 1
    return True


def rc_unrepr(s):
    b, i = bytearray(), 0
    while i < len(s):
        if s[i] == "\\":
            if s[i + 1] == "x": b.append(int(s[i + 2:i + 4], 16)); i += 4; continue
            b += {"\\": b"\\", '"': b'"', "n": b"\n", "r": b"\r", "t": b"\t", "a": b"\a", "b": b"\b"}[s[i + 1]].encode() if False else {"\\": b"\\", '"': b'"', "n": b"\n", "r": b"\r", "t": b"\t", "a": b"\a", "b": b"\b"}[s[i + 1]]
            i += 2; continue
        b += s[i].encode(); i += 1
    return b.decode("utf-8", "replace")


def rc_tty(r, prefix=""):
    if isinstance(r, list):
        if not r: return "(empty array)\n"
        idx = len(str(len(r)))
        child = prefix + " " * (idx + 2)
        return "".join(("" if i == 0 else prefix) + f"{i + 1:>{idx}d}) " + rc_tty(x, child) for i, x in enumerate(r))
    if r is None: return "(nil)\n"
    if isinstance(r, int): return f"(integer) {r}\n"
    return '"' + r + '"\n'   # r is kept in its printed (escaped) form


def rc_parse(f, lines):
    """rebuild the reply tree from redis-cli's TTY lines (markers `n) ` at their columns)"""
    root = []
    stack = [(-1, root)]
    for l in lines:
        pos, col = 0, 0
        m = re.match(r" *", l); col = len(m.group(0)); rest = l[col:]
        first = True
        while True:
            mm = re.match(r"( *)(\d+)\) ", rest)
            if not mm: break
            c = col + len(mm.group(1))
            while stack and stack[-1][0] >= c and len(stack) > 1: stack.pop()
            node = []
            stack[-1][1].append(node)
            stack.append((c, node))
            col = c + len(mm.group(2)) + 2
            rest = rest[len(mm.group(0)):]
            first = False
        if first: errors.append(f"{f}: reply line without an index: {l[:40]!r}"); return None
        if re.fullmatch(r'"(.*)"', rest): v = rest[1:-1]
        elif re.fullmatch(r"\(integer\) -?\d+", rest): v = int(rest.split()[1])
        elif rest == "(nil)": v = None
        else: errors.append(f"{f}: reply value {rest[:40]!r}"); return None
        # the innermost bracket was opened for this value: replace it by the value
        c, node = stack.pop()
        parent = stack[-1][1]
        parent[-1] = v
        stack.append((c, [None]))  # a leaf: children never attach (kept for the column)
        stack.pop()
    def fix(n):
        return [fix(x) if isinstance(x, list) else x for x in n]
    return fix(root)


def check_falkor(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m: errors.append(f"{f}: the first line is not a shell prompt"); return
    sh = L[0][:len(L[0]) - len(m.group(5))]
    if L[-1] != sh: errors.append(f"{f}: the last line is not an empty shell prompt")
    RP = re.compile(r"(\d+\.\d+\.\d+\.\d+:\d+)> (.*)")
    blocks, cur = [], None
    for l in L[:-1]:
        if l.startswith(sh): cur = ("sh", l[len(sh):], []); blocks.append(cur); continue
        m = RP.fullmatch(l)
        if m and not l.startswith(" "): cur = ("rc", m.group(2), []); blocks.append(cur); continue
        if cur is None: errors.append(f"{f}: output before a prompt"); return
        cur[2].append(l)
    stats_rx = [r"Cached execution: [01]", r"Query internal execution time: \d+\.\d{6} milliseconds"]
    counts, titles, notes_tty = [], set(), {}
    for kind, c, out in blocks:
        if kind == "rc" and c == "exit":
            if out: errors.append(f"{f}: output after exit")
            continue
        if kind == "rc" and c == "GRAPH.LIST":
            if not out or not all(re.fullmatch(r' *\d+\) "\w+"', l) for l in out): errors.append(f"{f}: GRAPH.LIST reply")
            continue
        if kind == "rc":
            m = re.fullmatch(r'GRAPH\.QUERY (\w+) "(.*)"', c)
            if not m: errors.append(f"{f}: unknown redis command {c[:40]!r}"); continue
            for l in out:
                for s in re.findall(r'"((?:[^"\\]|\\.)*)"', l):
                    if not rc_repr_ok(s): errors.append(f"{f}: a string not in redis-cli's escaped form: {s[:30]!r}")
            tree = rc_parse(f, out)
            if tree is None: continue
            if rc_tty(tree).rstrip("\n").split("\n") != out: errors.append(f"{f}: reply to {m.group(2)[:30]!r} not in redis-cli's layout")
            if len(tree) != 3 or not all(isinstance(x, list) for x in tree): errors.append(f"{f}: reply is not header / rows / statistics"); continue
            hdr, rows, st = tree
            if len(st) != 2 or not all(isinstance(s, str) and re.fullmatch(r, s) for s, r in zip(st, stats_rx)): errors.append(f"{f}: statistics {st}")
            cols = [x.strip() for x in re.search(r"RETURN (.*?)(?: ORDER BY .*)?$", m.group(2)).group(1).split(",")]
            if hdr != cols: errors.append(f"{f}: header {hdr} for RETURN {cols}")
            for r in rows:
                if not isinstance(r, list) or len(r) != len(hdr): errors.append(f"{f}: a row with {len(r) if isinstance(r, list) else 0} cells for {len(hdr)} columns")
            if "count(p)" in hdr: counts.append(rows[0][0] if rows and rows[0] else None)
            if hdr[:1] == ["p.title"]:
                titles |= {r[0] for r in rows}
                if len(rows) != (counts[0] if counts else len(rows)): errors.append(f"{f}: {len(rows)} papers listed, count(p) says {counts[0]}")
            if hdr == ["p.note"] and rows:
                notes_tty[re.search(r"arxiv: '([^']+)'", m.group(2)).group(1) if "arxiv:" in m.group(2) else "?"] = rc_unrepr(rows[0][0])
            continue
        m = re.fullmatch(r'redis-cli -p \d+ --raw GRAPH\.QUERY \w+ "(.*)"', c)
        if m:
            cols = [x.strip() for x in re.search(r"RETURN (.*?)(?: ORDER BY .*)?$", m.group(1)).group(1).split(",")]
            if out[:len(cols)] != cols: errors.append(f"{f}: --raw header {out[:len(cols)]}")
            body, st = out[len(cols):-2], out[-2:]
            if len(st) != 2 or not all(re.fullmatch(r, s) for s, r in zip(st, stats_rx)): errors.append(f"{f}: --raw statistics")
            if len(body) % len(cols): errors.append(f"{f}: --raw rows do not fill {len(cols)} columns")
            pairs = [body[k:k + len(cols)] for k in range(0, len(body), len(cols))]
            if [p[0] for p in pairs] != sorted(p[0] for p in pairs) and "ORDER BY p.title" in m.group(1): errors.append(f"{f}: --raw rows not ordered by title")
            for p in pairs:
                if p[0] not in {rc_unrepr(t) for t in titles}: errors.append(f"{f}: --raw title {p[0][:30]!r} not in the listing")
            for v in notes_tty.values():
                if v not in [p[-1] for p in pairs]: errors.append(f"{f}: the note fetched in TTY mode is missing from --raw")
            continue
        if not re.fullmatch(r"redis-cli -p \d+", c): errors.append(f"{f}: unknown shell command {c[:40]!r}")


# ---------------------------------------------------------------- 1536 ONIX 3.0
def isbn13_ok(s):
    return bool(re.fullmatch(r"97[89]\d{10}", s)) and sum((1 if i % 2 == 0 else 3) * int(d) for i, d in enumerate(s)) % 10 == 0


def check_onix(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'): errors.append(f"{f}: XML declaration")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: XML does not parse: {ex}"); return
    N = "{http://ns.editeur.org/onix/3.0/reference}"
    if root.tag != N + "ONIXMessage" or root.get("release") != "3.0": errors.append(f"{f}: not an ONIX 3.0 reference-tag message"); return
    g = lambda e, p: (e.findtext(p.replace("/", "/" + N).join([N, ""]) if False else "/".join(N + x for x in p.split("/"))) or "")
    H = root.find(N + "Header")
    if H is None or not g(H, "Sender/SenderName") or not g(H, "MessageNumber").isdigit(): errors.append(f"{f}: Header"); return
    sent = dt_ok(g(H, "SentDateTime")[:8], "%Y%m%d")
    if not sent or not re.fullmatch(r"\d{8}T\d{4}[+-]\d{4}", g(H, "SentDateTime")): errors.append(f"{f}: SentDateTime")
    refs = set()
    for k, p in enumerate(root.findall(N + "Product")):
        ref = g(p, "RecordReference")
        if ref in refs or not ref: errors.append(f"{f}: product {k}: record reference {ref!r}")
        refs.add(ref)
        if g(p, "NotificationType") not in ("01", "02", "03", "04", "05"): errors.append(f"{f}: product {k}: NotificationType")
        ids = {x.findtext(N + "ProductIDType"): x.findtext(N + "IDValue") for x in p.findall(N + "ProductIdentifier")}
        isbn = ids.get("15")
        if not isbn or not isbn13_ok(isbn): errors.append(f"{f}: product {k}: ISBN-13 {isbn!r}")
        if ids.get("03", isbn) != isbn or not ref.endswith(isbn or "-"): errors.append(f"{f}: product {k}: GTIN / record reference differ from the ISBN")
        D = p.find(N + "DescriptiveDetail")
        if D is None: errors.append(f"{f}: product {k}: no DescriptiveDetail"); continue
        form = g(D, "ProductForm")
        if form not in ("BB", "BC", "ED", "EA", "BA"): errors.append(f"{f}: product {k}: ProductForm {form}")
        if form == "ED" and g(D, "ProductFormDetail") not in ("E101", "E107"): errors.append(f"{f}: product {k}: e-book without EPUB / PDF detail")
        if g(D, "TitleDetail/TitleType") != "01" or not g(D, "TitleDetail/TitleElement/TitleText"): errors.append(f"{f}: product {k}: title")
        cs = D.findall(N + "Contributor")
        if [c.findtext(N + "SequenceNumber") for c in cs] != [str(i) for i in range(1, len(cs) + 1)]: errors.append(f"{f}: product {k}: contributor sequence")
        for c in cs:
            if not re.fullmatch(r"[A-Z]\d\d", c.findtext(N + "ContributorRole") or "") or \
               c.findtext(N + "PersonNameInverted") != f"{c.findtext(N + 'KeyNames')}, {c.findtext(N + 'NamesBeforeKey')}" or \
               c.findtext(N + "PersonName") != f"{c.findtext(N + 'NamesBeforeKey')} {c.findtext(N + 'KeyNames')}":
                errors.append(f"{f}: product {k}: contributor names")
        if g(D, "Language/LanguageCode") not in ("cze", "slo", "eng"): errors.append(f"{f}: product {k}: language")
        subj = D.findall(N + "Subject")
        if not subj or subj[0].find(N + "MainSubject") is None or any(s.find(N + "MainSubject") is not None for s in subj[1:]): errors.append(f"{f}: product {k}: MainSubject")
        for s in subj:
            if s.findtext(N + "SubjectSchemeIdentifier") == "93" and not re.fullmatch(r"[A-Z0-9]{1,8}", s.findtext(N + "SubjectCode") or ""): errors.append(f"{f}: product {k}: Thema code")
        P = p.find(N + "PublishingDetail")
        st, date = g(P, "PublishingStatus"), dt_ok(g(P, "PublishingDate/Date"), "%Y%m%d")
        if not date: errors.append(f"{f}: product {k}: publishing date"); continue
        av = g(p, "ProductSupply/SupplyDetail/ProductAvailability")
        if st == "04" and (not sent or date > sent or av not in ("20", "21", "22", "23", "31", "32")): errors.append(f"{f}: product {k}: active but not yet published / unavailable")
        if st == "02" and (not sent or date <= sent or av != "10"): errors.append(f"{f}: product {k}: forthcoming but dated or available")
        for pr in p.iter(N + "Price"):
            if not re.fullmatch(r"\d+\.\d\d", pr.findtext(N + "PriceAmount") or "") or pr.findtext(N + "CurrencyCode") not in ("CZK", "EUR"): errors.append(f"{f}: product {k}: price")
        for rl in p.iter(N + "ResourceLink"):
            if isbn and isbn not in (rl.text or ""): errors.append(f"{f}: product {k}: cover link not named by the ISBN")


def shape_checks(f, raw, path):
    n = num(f)
    {1527: check_pike, 1528: check_honcho, 1529: check_fhir, 1530: check_paperless, 1531: check_tmsu,
     1532: check_gitbug, 1533: check_4get, 1534: check_b2h, 1535: check_falkor,
     1536: check_onix}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_blocks(raw):
    """every JSON string of the JSON values in a digest: lines that are one compact JSON object"""
    ss = []
    for l in raw.split("\n"):
        if l.startswith("{") and l.endswith("}"):
            try: ss += json_strings(json.loads(l))
            except ValueError: pass
    return ss


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1527:
        forms.append("\n".join(pike_unO(s) for s in PIKE_STR.findall(raw)))
    if n == 1529:
        try: forms.append("\n".join(json_strings(json.loads(raw))))
        except ValueError: pass
    if n == 1530:
        forms.append("\n".join(json_blocks(raw)))
    if n == 1533:
        forms.append("\n".join(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), l).replace("\\/", "/") for l in raw.split("\n") if l.startswith('{"status"')))
    if n == 1535:
        forms.append("\n".join(rc_unrepr(s) for s in re.findall(r'"((?:[^"\\]|\\.)*)"', raw)))
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
# round150's and round151's, a byte-identical file counted once), and the round150/round151 split (candidates sorted by
# (uses, catalogue title); round151 = odd positions from 3 on, one unbroken run; round150 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P150S = ["/work/rounds/digests-round150/expected.json", "/work/main/tests/data/digests-round150/expected.json"]
P150 = next((p for p in P150S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P150S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round150", "digests-round151") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round151 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r150 = set()
if P150:
    try:
        r150 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P150)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P150} exists but could not be read (being written?)")
    if r150 & mine: errors.append(f"papers also in round150: {sorted(r150 & mine)}")
shared150 = len(r150 & mine) if P150 else "(no round150 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round151 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round150: {shared150}; papers in more than one round151 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


