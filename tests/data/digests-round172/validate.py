r"""Checks round172/expected.json against the digests and the shared catalogues.

Adapted from round171/validate.py (the label checks are the same code; the reuse report is round171's with round172 /
round173 in place of round170 / round171: round172 holds the even positions from 4; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round172's and round173's own (a digests-round172 /
digests-round173 folder, or a file whose bytes equal round172's or round173's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round172 holds the even positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 4 up to its last paper; it fails on a paper
shared with round173's expected.json (read only, from /work/rounds/digests-round173/ or
/work/main/tests/data/digests-round173/, when it exists), and on a paper in more than one round172 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML entities undone, the JSON strings of 1737's jq output
decoded, Twig's \' escapes undone in 1743. Titles are matched after whitespace normalisation and case-blind; a title
found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1737 Mayan EDMS (a pasted terminal ending on a bare prompt; every curl with the Token header against one host's
/api/v4/documents/; jq's 2-space layout; {count, next, previous} with next null and count = the @tsv rows; the @tsv
rows id/date/label with ids in order; one document with Mayan's keys in order, its url and file_latest url built from
the ids, a v4 uuid, the ISO time, equal to its @tsv row; the arXiv selection: descriptions naming arXiv, ids in the
listing's order, agreeing with the shown document);
1738 hexapdf (a pasted terminal; curl -sL -o NAME URL downloads present in the listing; `ls -l` under ja_JP: 合計 = the
4 KiB blocks' sum, the size column right-aligned, names in order; the Title loop's lines = the *.pdf files in order;
each `hexapdf info` in one value column, known keys in order, File name = the argument, File size = ls's size, Title =
the loop's, Pages a number, modified not before created);
1739 Codebraid (a YAML metadata block with a codebraid key; every fence a ```{.python .cb-…} block with a known
Codebraid command, closed, its code valid Python; inline `code`{.python .cb-expr} attributes known and the code a
Python expression; sessions named inline run by a block; Markdown links absolute);
1740 mcabber (records `TI YYYYMMDDTHH:MM:SSZ NNN text`: M with R/S/I, S with a status letter; NNN continuation lines
follow and are there; statuses single-line; times UTC and in order);
1741 Opera Hotlist (the version 2.0 header; #FOLDER/#URL records of tab-indented known KEY=VALUE lines, ID first and
UNIQUEID last, a blank line after each; `-` closing an open folder, none left open; IDs 1..n in file order; VISITED
not before CREATED; UNIQUEIDs 32 upper-case hex digits, unique; URL records with an http(s) URL);
1742 QuickStatements V1 (CREATE blocks of LAST|property|value commands with V1 value forms and /* summaries */; each
item P31 Q13442814, an English P1476 equal to its Len and Lfi labels, P577 with its precision matching the date,
descriptions naming P577's year, P2093 ordinals 1..n, P818 arXiv-shaped and naming the same paper as an arXiv P953);
1743 Twig (an extends tag first; {% %}, {{ }} and {# #} closed; block/for/if paired with their end tags, else inside
if/for, inline sets only, known tags; blocks unique; the hand-kept list's hashes sharing their keys, values Twig
literals, dates in order; the HTML's table tags closed as often as opened);
1744 novelWriter (the %%~name/path/kind/hash/date meta lines in order; path = two 13-hex-digit handles; a known
kind; hash = the text's SHA-1; created <= updated; the text starts with the heading %%~name gives; headings set off
by blank lines; synopses right after their headings; known @keywords; ** paired);
1745 WikkaWiki (a level-1 heading first; headings with the same number of = on both sides; ~ list lines; [[links]]
balanced and to a URL or a WikiWord; **, //, ## and "" paired outside URLs; known actions; Category WikiWords last);
1746 bartib (every line an activity `start - end | project | description`, only the last one running; each ending
after it starts; none starting before the previous one ends).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""


import ast, base64, csv, hashlib, html, json, os, re, sys, unicodedata
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






# ================================================================ round167 helpers (kept)
def json_exact(f, lines, what, indent=2):
    """lines that must be one JSON value as jq prints it (indent, raw UTF-8)"""
    try: v = json.loads("\n".join(lines))
    except (ValueError, TypeError) as ex: errors.append(f"{f}: {what} does not parse: {ex}"); return None
    if json.dumps(v, indent=indent, ensure_ascii=False).split("\n") != lines: errors.append(f"{f}: {what} is not in the {indent}-space layout")
    return v


def compact(f, line, what):
    """one JSON value written compact (no blanks after separators), raw UTF-8"""
    try: v = json.loads(line)
    except ValueError as ex: errors.append(f"{f}: {what} does not parse: {ex}"); return None
    if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != line: errors.append(f"{f}: {what} is not compact JSON as written")
    return v


def text_file(f, raw):
    """a saved file: UTF-8, LF only, a final newline, no trailing blanks"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    L = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" ") and not l.endswith("\t"): errors.append(f"{f}: trailing blanks on line {n}")
    return L


def jq_values(f, lines, what):
    vals, cur = [], []
    for l in lines:
        cur.append(l)
        if l in ("}", "]"):
            v = json_exact(f, cur, what)
            if v is not None: vals.append(v)
            cur = []
    if cur: errors.append(f"{f}: {what}: trailing lines")
    return vals


def shell(f, raw, rx):
    """a pasted terminal: LF only, no final newline, the last line a bare prompt; the prompt is the first prompt line's
    match of `rx`; returns [(command, output lines)] and the lines before the first prompt"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline after the prompt")
    L = raw.split("\n")
    first = next((l for l in L if re.match(rx, l)), None)
    if first is None: errors.append(f"{f}: no shell prompt"); return [], []
    ps = re.match(rx, first).group(0)
    if L[-1] != ps: errors.append(f"{f}: does not end on a bare prompt {ps!r}")
    pre, cmds = [], []
    for l in L[:-1]:
        if l.startswith(ps): cmds.append((l[len(ps):], []))
        elif not cmds: pre.append(l)
        else: cmds[-1][1].append(l)
    return cmds, pre


def first_cmd(f, cmds, rx, what):
    for c, b in cmds:
        m = re.fullmatch(rx, c)
        if m: return m, b
    errors.append(f"{f}: no {what}")
    return None, None


def md_links(f, s, where):
    for t, u in re.findall(r"\[([^\]\n]+)\]\(([^)\s]*)\)", s):
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: {where}: markdown link {u[:30]!r}")



# ================================================================ round172 shape checks
# ---------------------------------------------------------------- 1737 Mayan EDMS
MAYAN_KEYS = ["datetime_created", "description", "document_type", "file_latest", "id", "label", "language", "url", "uuid"]


def check_mayan(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:\S*\$ ")
    if pre: errors.append(f"{f}: text before the first prompt")
    CURL = r'curl -s -H "Authorization: Token \$MAYAN_TOKEN" "(https://[\w.-]+)(/api/v4/documents/(?:\?[^"]*|\d+/))"'
    base, count, rows, one, sel = None, None, [], None, None
    for c, b in cmds:
        if not c.startswith("curl"): continue
        m = re.match(CURL, c)
        if not m: errors.append(f"{f}: curl without the token header or not a documents call: {c[:50]!r}"); continue
        base = base or m[1]
        if m[1] != base: errors.append(f"{f}: two Mayan hosts")
        rest = c[m.end():]
        if rest == " | jq '{count, next, previous}'":
            v = json_exact(f, b, "counts")
            if v is not None:
                if list(v) != ["count", "next", "previous"] or v["next"] is not None: errors.append(f"{f}: counts object")
                else: count = v["count"]
        elif "@tsv" in rest:
            rows = [l.split("\t") for l in b]
            if any(len(r) != 3 or not r[0].isdigit() or not re.fullmatch(r"\d{4}-\d\d-\d\d", r[1]) for r in rows): errors.append(f"{f}: @tsv rows (id, date, label)")
            elif [int(r[0]) for r in rows] != sorted({int(r[0]) for r in rows}): errors.append(f"{f}: @tsv ids not unique and in order (ordering=id)")
            if count is not None and len(rows) != count: errors.append(f"{f}: {len(rows)} rows, count {count}")
        elif rest == " | jq":
            one = json_exact(f, b, "document")
            if one is None: continue
            if list(one) != MAYAN_KEYS: errors.append(f"{f}: document keys {list(one)}")
            want = re.fullmatch(r"/api/v4/documents/(\d+)/", m[2])
            url = f"{base}/api/v4/documents/{one.get('id')}/"
            if not want or str(one.get("id")) != want[1] or one.get("url") != url: errors.append(f"{f}: the document is not the one asked for / url")
            fl = one.get("file_latest") or {}
            if fl.get("url") != f"{url}files/{fl.get('id')}/": errors.append(f"{f}: file_latest url")
            if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", str(one.get("uuid"))): errors.append(f"{f}: uuid form")
            if not dt_ok(str(one.get("datetime_created")), "%Y-%m-%dT%H:%M:%S.%f%z"): errors.append(f"{f}: datetime_created form")
            r = [x for x in rows if x[0] == str(one.get("id"))]
            if rows and (not r or r[0][1:] != [str(one.get("datetime_created"))[:10], one.get("label")]): errors.append(f"{f}: the document differs from its @tsv row")
        elif "select(.description" in rest:
            sel = [l.split("\t", 1) for l in b]
            if any(len(s) != 2 or not re.search(r"arxiv", s[1], re.I) for s in sel): errors.append(f"{f}: a selected description without arXiv")
            ids = [int(s[0]) for s in sel if s[0].isdigit()]
            if ids != sorted(ids) or any(str(i) not in [r[0] for r in rows] for i in ids): errors.append(f"{f}: selection ids not in the listing's order")
        else:
            errors.append(f"{f}: unexpected curl pipeline {rest[:40]!r}")
    if one is not None and sel is not None:
        hit = [s for s in sel if s[0] == str(one["id"])]
        if bool(re.search("arxiv", one["description"], re.I)) != bool(hit) or (hit and hit[0][1] != one["description"]): errors.append(f"{f}: the selection disagrees with the document's description")


# ---------------------------------------------------------------- 1738 hexapdf
HEXA_KEYS = ["File name", "File size", "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "Creation date",
             "Modification date", "Pages", "Version", "Encrypted"]


def check_hexapdf(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:\S*\$ ")
    if pre: errors.append(f"{f}: text before the first prompt")
    got = [re.fullmatch(r"curl -sL -o (\S+) '?(https://\S+?)'?", c) for c, b in cmds if c.startswith("curl")]
    if not all(got): errors.append(f"{f}: a curl that is not `curl -sL -o NAME URL`")
    dl = {m[1] for m in got if m}
    m, b = first_cmd(f, cmds, r"ls -l", "ls -l")
    size, names = {}, []
    if m:
        tm = re.fullmatch(r"合計 (\d+)", b[0]) if b else None
        R = re.compile(r"([-dl][rwx-]{9}) (\d+) (\S+) (\S+) +(\d+) ([ \d]\d)月 ([ \d]\d) ([ \d]\d:\d\d| \d{4}) (.+)")
        rows = [R.fullmatch(l) for l in b[1:]]
        if not tm or not all(rows): errors.append(f"{f}: ls -l output is not 合計 + long rows")
        else:
            if len({r.start(6) for r in rows}) != 1: errors.append(f"{f}: ls -l size column not right-aligned")
            if int(tm[1]) != sum(-(-int(r[5]) // 4096) * 4 for r in rows): errors.append(f"{f}: ls -l total is not the 4 KiB blocks' sum")
            names = [r[9] for r in rows]
            if names != sorted(names, key=lambda s: s.encode()): errors.append(f"{f}: ls -l names not in order")
            size = {r[9]: int(r[5]) for r in rows}
            if dl - set(names): errors.append(f"{f}: downloaded files missing from ls -l: {sorted(dl - set(names))}")
    titles = {}
    m, b = first_cmd(f, cmds, r"for f in \*\.pdf; do .*hexapdf info .*grep '\^Title:'; done", "Title loop")
    if m:
        pdfs = [n for n in names if n.endswith(".pdf")]
        got = [re.fullmatch(r"(.+?)\tTitle: +(.+)", l) for l in b]
        if not all(got) or [g[1] for g in got] != pdfs: errors.append(f"{f}: the loop's lines are not the *.pdf files in order")
        else: titles = {g[1]: g[2] for g in got}
    for c, b in cmds:
        im = re.fullmatch(r"hexapdf info (\S+)", c)
        if not im: continue
        kv = [re.fullmatch(r"([A-Z][a-z]+(?: [a-z]+)?):( +)(.+)", l) for l in b]
        if not all(kv): errors.append(f"{f}: hexapdf info line format"); continue
        if len({len(k[1]) + 1 + len(k[2]) for k in kv}) != 1: errors.append(f"{f}: hexapdf info values not in one column")
        ks = [k[1] for k in kv]
        if [k for k in HEXA_KEYS if k in ks] != ks: errors.append(f"{f}: hexapdf info keys {ks}")
        d = {k[1]: k[3] for k in kv}
        if d.get("File name") != im[1]: errors.append(f"{f}: File name is not the argument")
        if im[1] in size and d.get("File size") != f"{size[im[1]]} bytes": errors.append(f"{f}: File size differs from ls -l")
        if im[1] in titles and d.get("Title") != titles[im[1]]: errors.append(f"{f}: Title differs from the loop's")
        if not d.get("Pages", "").isdigit(): errors.append(f"{f}: Pages")
        if d.get("Modification date", "") < d.get("Creation date", ""): errors.append(f"{f}: modified before created")


# ---------------------------------------------------------------- 1739 Codebraid
CB_CMDS = {"cb-run", "cb-nb", "cb-code", "cb-expr", "cb-paste", "cb-out", "cb-stdout", "cb-stderr"}


def check_codebraid(f, raw):
    L = text_file(f, raw)
    if L[0] != "---" or "---" not in L[1:12]: errors.append(f"{f}: no YAML metadata block on top"); return
    end = L.index("---", 1)
    if not any(re.fullmatch(r"codebraid:", l) for l in L[1:end]): errors.append(f"{f}: the metadata has no codebraid key")
    i, sessions, used = end + 1, set(), set()
    while i < len(L):
        l = L[i]
        if l.startswith("```"):
            m = re.fullmatch(r"```\{\.python \.(cb-\w+)(?: session=(\w+))?\}", l)
            if not m or m[1] not in CB_CMDS: errors.append(f"{f}: line {i + 1}: fence {l[:40]!r} is not a Codebraid block"); return
            j = next((k for k in range(i + 1, len(L)) if L[k] == "```"), None)
            if j is None: errors.append(f"{f}: line {i + 1}: unclosed code block"); return
            code = "\n".join(L[i + 1:j])
            try: ast.parse(code)
            except SyntaxError as ex: errors.append(f"{f}: line {i + 1}: the block is not valid Python: {ex.msg}")
            if m[1] in ("cb-run", "cb-nb") and m[2]: sessions.add(m[2])
            i = j + 1; continue
        for code, attrs in re.findall(r"`([^`]+)`\{([^}]*)\}", l):
            am = re.fullmatch(r"\.python \.(cb-\w+)(?: session=(\w+))?", attrs)
            if not am or am[1] not in CB_CMDS: errors.append(f"{f}: line {i + 1}: inline attributes {attrs!r}"); continue
            try: ast.parse(code, mode="eval")
            except SyntaxError: errors.append(f"{f}: line {i + 1}: inline code {code[:20]!r} is not a Python expression")
            if am[2]: used.add((am[2], i + 1))
        i += 1
    for s_, n in used:
        if s_ not in sessions: errors.append(f"{f}: line {n}: session {s_} has no run block")
    md_links(f, raw, "markdown")


# ---------------------------------------------------------------- 1740 mcabber
def check_mcabber(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    L = raw[:-1].split("\n")
    i, last = 0, ""
    H = re.compile(r"([MS])([A-Z_]) (\d{8}T\d\d:\d\d:\d\dZ) (\d{3}) (.*)")
    while i < len(L):
        m = H.fullmatch(L[i])
        if not m: errors.append(f"{f}: line {i + 1} is not a history record: {L[i][:30]!r}"); return
        if m[2] not in ({"R", "S", "I"} if m[1] == "M" else {"O", "F", "A", "N", "D", "I", "_"}): errors.append(f"{f}: line {i + 1}: type {m[1]}{m[2]}")
        if not dt_ok(m[3], "%Y%m%dT%H:%M:%SZ"): errors.append(f"{f}: line {i + 1}: time {m[3]}")
        if m[3] < last: errors.append(f"{f}: line {i + 1}: time before the previous record's")
        last = m[3]
        n = int(m[4])
        if m[1] == "S" and n: errors.append(f"{f}: line {i + 1}: a status with continuation lines")
        if i + n >= len(L): errors.append(f"{f}: line {i + 1}: {n} continuation lines announced, fewer left"); return
        i += 1 + n


# ---------------------------------------------------------------- 1741 Opera Hotlist
OPERA_KEYS = {"ID", "NAME", "URL", "CREATED", "VISITED", "DESCRIPTION", "SHORT NAME", "UNIQUEID", "TRASH FOLDER", "EXPANDED", "ON PERSONALBAR"}


def check_opera(f, raw):
    L = text_file(f, raw)
    if L[:3] != ["Opera Hotlist version 2.0", "Options: encoding = utf8, version=3", ""]: errors.append(f"{f}: not an Opera Hotlist 2.0 header")
    i, depth, ids, uids = 3, 0, [], set()
    while i < len(L):
        if L[i] == "-":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {i + 1}: `-` closes no folder")
            if i + 1 < len(L) and L[i + 1] != "": errors.append(f"{f}: line {i + 1}: no blank line after `-`")
            i += 2; continue
        if L[i] not in ("#FOLDER", "#URL"): errors.append(f"{f}: line {i + 1}: {L[i][:30]!r} starts no record"); return
        kind, j, rec, order = L[i], i + 1, {}, []
        while j < len(L) and L[j].startswith("\t"):
            km = re.fullmatch(r"\t([A-Z ]+)=(.*)", L[j])
            if not km or km[1] not in OPERA_KEYS: errors.append(f"{f}: line {j + 1}: field {L[j][:30]!r}")
            else: rec[km[1]] = km[2]; order.append(km[1])
            j += 1
        if j < len(L) and L[j] != "": errors.append(f"{f}: line {j + 1}: no blank line after the record")
        if order[:1] != ["ID"] or order[-1:] != ["UNIQUEID"]: errors.append(f"{f}: line {i + 1}: record not ID … UNIQUEID")
        if not rec.get("NAME") or (kind == "#URL" and not re.fullmatch(r"https?://\S+", rec.get("URL", ""))): errors.append(f"{f}: line {i + 1}: record without NAME/URL")
        if kind == "#FOLDER" and "URL" in rec: errors.append(f"{f}: line {i + 1}: a folder with a URL")
        if not rec.get("ID", "").isdigit() or not rec.get("CREATED", "").isdigit(): errors.append(f"{f}: line {i + 1}: ID/CREATED not numbers")
        else:
            ids.append(int(rec["ID"]))
            if "VISITED" in rec and (not rec["VISITED"].isdigit() or int(rec["VISITED"]) < int(rec["CREATED"])): errors.append(f"{f}: line {i + 1}: VISITED before CREATED")
        u = rec.get("UNIQUEID", "")
        if not re.fullmatch(r"[0-9A-F]{32}", u) or u in uids: errors.append(f"{f}: line {i + 1}: UNIQUEID {u[:10]!r}")
        uids.add(u)
        if kind == "#FOLDER": depth += 1
        i = j + 1
    if depth: errors.append(f"{f}: {depth} folders left open")
    if ids != list(range(1, len(ids) + 1)): errors.append(f"{f}: IDs not 1..n in file order")


# ---------------------------------------------------------------- 1742 QuickStatements
QS_VAL = r'(?:Q\d+|"[^"|]*"|[a-z]{2}:"[^"|]*"|\+\d{4}-\d\d-\d\dT00:00:00Z/(?:9|10|11))'


def check_qs(f, raw):
    L = text_file(f, raw)
    blocks = []
    for n, l in enumerate(L, 1):
        if l == "CREATE": blocks.append([]); continue
        if not blocks: errors.append(f"{f}: line {n} before the first CREATE"); return
        m = re.fullmatch(r'LAST\|([LD][a-z]{2}|P\d+)\|(' + QS_VAL + r')((?:\|P\d+\|' + QS_VAL + r')*)( /\* [^*]+ \*/)?', l)
        if not m: errors.append(f"{f}: line {n}: not a QuickStatements V1 command: {l[:40]!r}"); continue
        blocks[-1].append((m[1], m[2], m[3], n))
    for b in blocks:
        d = {}
        for p, v, q, n in b: d.setdefault(p, []).append((v, q, n))
        n0 = b[0][3] if b else 0
        if d.get("P31", [[None]])[0][0] != "Q13442814": errors.append(f"{f}: CREATE near line {n0}: no P31 scholarly article")
        t = d.get("P1476", [[""]])[0][0]
        tm = re.fullmatch(r'en:"(.*)"', t)
        if not tm: errors.append(f"{f}: CREATE near line {n0}: no English P1476 title"); continue
        for lab in ("Len", "Lfi"):
            if d.get(lab, [[""]])[0][0] != f'"{tm[1]}"': errors.append(f"{f}: CREATE near line {n0}: {lab} is not the title")
        date = d.get("P577", [[""]])[0][0]
        dm = re.fullmatch(r"\+(\d{4})-(\d\d)-(\d\d)T00:00:00Z/(9|10|11)", date)
        if not dm: errors.append(f"{f}: CREATE near line {n0}: P577"); continue
        if dm[4] == "9" and (dm[2], dm[3]) != ("00", "00") or dm[4] == "11" and not dt_ok(date[1:11], "%Y-%m-%d"): errors.append(f"{f}: CREATE near line {n0}: P577 precision and date disagree")
        for lab in ("Den", "Dfi"):
            if dm[1] not in d.get(lab, [[""]])[0][0]: errors.append(f"{f}: CREATE near line {n0}: {lab} without the year {dm[1]}")
        ords = [re.fullmatch(r'\|P1545\|"(\d+)"', q) for v, q, n in d.get("P2093", [])]
        if not ords or not all(ords) or [int(o[1]) for o in ords] != list(range(1, len(ords) + 1)): errors.append(f"{f}: CREATE near line {n0}: author ordinals not 1..n")
        ax = [v.strip('"') for v, q, n in d.get("P818", [])]
        if ax and not re.fullmatch(r"\d{4}\.\d{4,5}", ax[0]): errors.append(f"{f}: CREATE near line {n0}: P818 form")
        for v, q, n in d.get("P953", []):
            um = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", v)
            if um and ax and um[1] != ax[0]: errors.append(f"{f}: CREATE near line {n0}: P953 and P818 name different papers")


# ---------------------------------------------------------------- 1743 Twig
TWIG_OPEN = {"block": "endblock", "for": "endfor", "if": "endif"}


def check_twig(f, raw):
    L = text_file(f, raw)
    if not re.fullmatch(r"\{% extends '[\w/.-]+\.twig' %\}", L[0]): errors.append(f"{f}: the first line is not an extends tag")
    toks, i = [], 0
    while True:
        m = re.compile(r"\{([%{#])").search(raw, i)
        if not m: break
        close = {"%": "%}", "{": "}}", "#": "#}"}[m[1]]
        j = raw.find(close, m.end())
        if j < 0: errors.append(f"{f}: unclosed {{{m[1]} at {raw[m.start():m.start() + 30]!r}"); return
        toks.append((m[1], raw[m.end():j].strip())); i = j + 2
    stack, blocks = [], []
    for k, t in toks:
        if k != "%": continue
        w = t.split()[0] if t else ""
        if w in TWIG_OPEN:
            if w == "block":
                blocks.append(t.split()[1])
                if len(t.split()) > 2: continue  # {% block name value %} shortcut is not used here
            stack.append(w)
        elif w in ("endblock", "endfor", "endif"):
            if not stack or TWIG_OPEN[stack.pop()] != w: errors.append(f"{f}: {w} closes nothing of its kind"); return
        elif w in ("else", "elseif"):
            if not stack or stack[-1] not in ("if", "for") or (w == "elseif" and stack[-1] != "if"): errors.append(f"{f}: {w} outside if/for")
        elif w == "set":
            if "=" not in t: errors.append(f"{f}: a block set (endset) is not used here: {t[:30]!r}")
        elif w not in ("extends", "include"):
            errors.append(f"{f}: unknown tag {w!r}")
    if stack: errors.append(f"{f}: unclosed {stack}")
    if len(set(blocks)) != len(blocks): errors.append(f"{f}: a block defined twice")
    # the hand-kept list: hashes with the same keys in the same order, dates in order
    sm = re.search(r"\{% set (\w+) = \[(.*?)\] %\}", raw, re.S)
    if sm:
        hashes = re.findall(r"\{(.*?)\n    \}", sm[2], re.S)
        ks = [re.findall(r"^\s+(\w+): ", h, re.M) for h in hashes]
        if not hashes or any(k != ks[0] for k in ks): errors.append(f"{f}: the {sm[1]} hashes do not share their keys")
        for h in hashes:
            for v in re.findall(r"^\s+\w+: (.*?),?$", h, re.M):
                if not re.fullmatch(r"'(?:[^'\\]|\\.)*'|null|true|false|\d+", v): errors.append(f"{f}: value {v[:30]!r} is not a Twig literal")
        dates = re.findall(r"fecha: '(\d{4}-\d\d-\d\d)'", sm[2])
        if dates != sorted(dates) or len(dates) != len(hashes): errors.append(f"{f}: session dates not in order")
    for tag in ("section", "table", "thead", "tbody", "tr", "td", "p"):
        if len(re.findall(rf"<{tag}(?=[\s>{{])", raw)) != raw.count(f"</{tag}>"): errors.append(f"{f}: <{tag}> not closed as often as opened")


# ---------------------------------------------------------------- 1744 novelWriter
NW_KW = {"@tag", "@pov", "@focus", "@char", "@plot", "@time", "@location", "@object", "@entity", "@custom", "@story", "@mention"}


def check_novelwriter(f, raw):
    L = text_file(f, raw)
    meta = [re.fullmatch(r"%%~(\w+): (.*)", l) for l in L[:5]]
    if not all(meta) or [m[1] for m in meta] != ["name", "path", "kind", "hash", "date"]: errors.append(f"{f}: no novelWriter meta lines on top"); return
    v = {m[1]: m[2] for m in meta}
    if not re.fullmatch(r"[0-9a-f]{13}/[0-9a-f]{13}", v["path"]): errors.append(f"{f}: %%~path is not parent/handle")
    if not re.fullmatch(r"(NOVEL|PLOT|CHARACTER|WORLD|TIMELINE|OBJECT|ENTITY|CUSTOM|ARCHIVE|TRASH)/(DOCUMENT|NOTE)", v["kind"]): errors.append(f"{f}: %%~kind")
    body = "\n".join(L[5:]) + "\n"
    if v["hash"] != hashlib.sha1(body.encode()).hexdigest(): errors.append(f"{f}: %%~hash is not the text's SHA-1")
    dm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", v["date"])
    if not dm or dm[1] > dm[2]: errors.append(f"{f}: %%~date is not created/updated")
    B = L[5:]
    heads = [n for n, l in enumerate(B) if re.match(r"#{1,4}!? ", l)]
    if not heads or heads[0] != 0: errors.append(f"{f}: the text does not start with a heading"); return
    if B[0].split(" ", 1)[1] != v["name"]: errors.append(f"{f}: %%~name is not the first heading")
    for n in heads[1:]:
        if B[n - 1] != "" or (n + 1 < len(B) and B[n + 1] != ""): errors.append(f"{f}: heading {B[n][:20]!r} not set off by blank lines")
    for n, l in enumerate(B):
        if l.startswith("#") and not re.match(r"#{1,4}!? \S", l): errors.append(f"{f}: bad heading {l[:20]!r}")
        if l.startswith("%") and re.match(r"%\s*(synopsis|short):", l, re.I):
            prev = [x for x in B[:n] if x.strip()]
            if not prev or not prev[-1].startswith("#"): errors.append(f"{f}: a synopsis not right after its heading")
        if l.startswith("@"):
            km = re.fullmatch(r"(@\w+): \S.*", l)
            if not km or km[1] not in NW_KW: errors.append(f"{f}: keyword line {l[:20]!r}")
        if l.count("**") % 2: errors.append(f"{f}: unpaired ** in {l[:20]!r}")


# ---------------------------------------------------------------- 1745 WikkaWiki
def check_wikka(f, raw):
    L = text_file(f, raw)
    if not re.fullmatch(r"======[^=].*[^=]======", L[0]): errors.append(f"{f}: the page does not start with a level-1 heading")
    for n, l in enumerate(L, 1):
        if l.startswith("="):
            hm = re.fullmatch(r"(={2,6})([^=].*?[^=])(={2,6})", l)
            if not hm or hm[1] != hm[3]: errors.append(f"{f}: line {n}: heading without matching = on both sides")
        if l.startswith("~") and not re.match(r"~+(?:- |\d+\) )", l): errors.append(f"{f}: line {n}: list line")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: line {n}: unbalanced [[ ]]")
        for lk in re.findall(r"\[\[(.*?)\]\]", l):
            if not re.fullmatch(r"https?://\S+(?: .+)?|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?: .+)?", lk): errors.append(f"{f}: line {n}: link {lk[:30]!r}")
        plain = re.sub(r"https?://[^\s#\]]+", "", l)
        for mk in ("**", "//", "##", '""'):
            if plain.count(mk) % 2: errors.append(f"{f}: line {n}: unpaired {mk}")
        for a in re.findall(r"\{\{(\w+)", l):
            if a not in ("toc", "category", "files", "image", "color", "lastedit", "backlinks"): errors.append(f"{f}: line {n}: unknown action {a}")
    if not re.fullmatch(r"(Category[A-Z]\w+)( Category[A-Z]\w+)*", L[-1]): errors.append(f"{f}: the last line is not the Category WikiWords")


# ---------------------------------------------------------------- 1746 bartib
def check_bartib(f, raw):
    L = text_file(f, raw)
    prev = None
    for n, l in enumerate(L, 1):
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d)(?: - (\d{4}-\d\d-\d\d \d\d:\d\d))? \| ([^\s|]+) \| ([^|]+)", l)
        if not m: errors.append(f"{f}: line {n} is not a bartib activity"); continue
        s = dt_ok(m[1], "%Y-%m-%d %H:%M"); e = dt_ok(m[2], "%Y-%m-%d %H:%M") if m[2] else None
        if s is None or (m[2] and e is None): errors.append(f"{f}: line {n}: a bad time"); continue
        if m[2] is None and n != len(L): errors.append(f"{f}: line {n}: a running activity that is not the last")
        if e is not None and e <= s: errors.append(f"{f}: line {n}: ends before it starts")
        if prev is not None and s < prev: errors.append(f"{f}: line {n}: starts before the previous activity ends")
        prev = e or s


def shape_checks(f, raw, path):
    n = num(f)
    {1737: check_mayan, 1738: check_hexapdf, 1739: check_codebraid, 1740: check_mcabber, 1741: check_opera,
     1742: check_qs, 1743: check_twig, 1744: check_novelwriter, 1745: check_wikka,
     1746: check_bartib}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone; the JSON strings of 1737's jq output; Twig's \\' escapes undone in 1743"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    if num(f) == 1743 and "\\'" in raw: forms.append(raw.replace("\\'", "'"))
    vals = []
    if num(f) == 1737:
        cur = []
        for l in raw.split("\n"):
            if l in ("{", "[") and not cur: cur = [l]
            elif cur:
                cur.append(l)
                if l in ("}", "]"):
                    try: vals.append(json.loads("\n".join(cur)))
                    except ValueError: pass
                    cur = []
    if vals:
        s = "\n".join(json_strings(vals))
        forms += [s, html.unescape(s)]
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
# round172's and round173's, a byte-identical file counted once), and the round172/round173 split (candidates sorted by
# (uses, catalogue title); round172 = even positions from 4 on, one unbroken run; round173 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P173S = ["/work/rounds/digests-round173/expected.json", "/work/main/tests/data/digests-round173/expected.json"]
P173 = next((p for p in P173S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P173S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round172", "digests-round173") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 4 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round172 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r173 = set()
if P173:
    try:
        r173 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P173)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P173} exists but could not be read (being written?)")
    if r173 & mine: errors.append(f"papers also in round173: {sorted(r173 & mine)}")
shared173 = len(r173 & mine) if P173 else "(no round173 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round172 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 4..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round173: {shared173}; papers in more than one round172 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)



