#!/usr/bin/env python3
r"""Checks round167/expected.json against the digests and the shared catalogues.

Adapted from round165/validate.py (the label checks are the same code; the reuse report is round165's with round166 /
round167 in place of round164 / round165: round167 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round166's and round167's own (a digests-round166 /
digests-round167 folder, or a file whose bytes equal round166's or round167's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round167 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round166's expected.json (read only, from /work/rounds/digests-round166/ or
/work/main/tests/data/digests-round166/, when it exists), and on a paper in more than one round167 file.
Every digest is read raw (UTF-8) and in decoded forms: HTML entities undone, and the JSON strings of 1690's jq output
and of the JSON files 1691, 1693 and 1695 decoded. Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1687 radian (a pasted terminal ending on a bare `r$> ` prompt; R's banner; a blank line after every command's output;
`nrow` = the rows of the printed data.frame; the data.frame print: row names 1..n left-aligned, every column
right-aligned and padded to its widest cell, numeric columns with one common number of decimals; `table()` = the
printed column's counts, names sorted, trailing blanks as R prints them; the title/url lines pair up; `cat` of the
titles with a status gives as many lines as rows with that status);
1688 jira-cli (a pasted terminal; `jira issue list --plain --columns …`: header = the columns in capitals, Go
tabwriter's layout re-computed (tab stops of 8, padding 1, the last column unpadded), keys unique, CREATED newest
first; `jira issue view KEY --plain`: the header line's status / date / assignee / key = the list row, title = the
summary, the Description and `N Comments` rules, N comment heads in time order, only the last `• Latest comment`, the
footer's browse link to KEY);
1689 nb (a pasted terminal; `nb NB:list` lines `[NB:N] (🔖|✔️ )title`, ids newest first and unique, todos with a
checkbox; `nb show NB:N --print [| sed -n 1,Kp]`: K lines, the first heading = the list title, bookmarks with a
`<url>` line, sections Description / Tags / Content in order, `#tag` lines; markdown links well-formed; `[[NB:N]]`
wiki links to listed items);
1690 AnkiConnect (a pasted zsh terminal; the findNotes call and its one-line reply as AnkiConnect writes it, ids
ascending; notesInfo for exactly those ids, its jq output in the 2-space layout with the projected keys, notes in
the found order, field orders 0..n-1, balanced <a>/<b>/<i>; the `jq -c` rows: same ids, `mod` after the creation
second, card ids after the note id);
1691 pdfpc (json-glib's pretty layout: 2-space indent, ` : `; pdfpcFormat 2 first; pages with idx 0..n-1, a new label
(the next slide number) at overlay 0, overlays counting up under one label; endSlide within the labels; markdown
links in the notes well-formed);
1692 org-journal (day headings `* <Swedish weekday>, YYYY-MM-DD` with the right weekday, each followed by its
`:CREATED:  YYYYMMDD` property drawer; `** HH:MM` entries in time order; days ascending; no deeper headings; org
links `[[url][text]]` well-formed);
1693 Lepiter (NeoJSON's layout: sorted keys, tab indentation, ` : `; a page of schema 4.1 with a named page type and a
UUID; snippets of type textSnippet (string, paragraphStyle) or pharoSnippet (code) with exactly Lepiter's keys,
unique 16-byte base64 uids, e-mails, edit time not before create time; the page's create / edit times bound its
snippets'; markdown links well-formed);
1694 numpydoc (valid Python; every function and the module documented; section headers known to numpydoc with
underlines of their length; Parameters = the function's arguments in order; a Returns section; References last,
numbered `.. [n]` from 1, each cited `[n]_` when there are several or one is cited; __all__ = the module's functions);
1695 TagSpaces (one line of compact JSON, no newline, as JSON.stringify writes it; appName TagSpaces, a version, a
32-hex id, lastUpdated a time in ms; tags with title / color / textcolor (#RRGGBBAA) / type sidecar; markdown links in
the description well-formed);
1696 cheat (front matter with `syntax:` and `tags: [ … ]`; blocks separated by single blank lines, each one or more
`# ` comments followed by one or more commands).

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





# ================================================================ round167 shape checks
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


# ---------------------------------------------------------------- 1687 radian
def check_radian(f, raw):
    cmds, pre = shell(f, raw, r"r\$> ")
    if pre[:1] == [] or not re.fullmatch(r'R version \d+\.\d+\.\d+ \(\d{4}-\d\d-\d\d\) -- ".+"', pre[0]) or len(pre) != 3 \
            or not pre[1].startswith("Platform: ") or pre[2] != "":
        errors.append(f"{f}: radian's banner")
    for c, b in cmds:
        if not b or b[-1] != "": errors.append(f"{f}: no blank line after `{c[:30]}`")
    m, b = first_cmd(f, cmds, r"(\w+) <- read\.csv\(.+\)", "read.csv")
    if not m: return
    v = m[1]
    _, b = first_cmd(f, cmds, rf"nrow\({v}\)", "nrow")
    n = int(b[0][4:]) if b and re.fullmatch(r"\[1\] \d+", b[0]) else None
    if n is None: errors.append(f"{f}: nrow's output"); return
    m, b = first_cmd(f, cmds, re.escape(v) + r'\[, c\(((?:"\w+"(?:, )?)+)\)\]', "data.frame print")
    cols_seen = {}
    if m:
        cols = re.findall(r'"(\w+)"', m[1]); rows = b[:-1]
        if len(rows) != n + 1: errors.append(f"{f}: data.frame print has {len(rows) - 1} rows, nrow says {n}")
        rw = len(str(n))
        cells = [r[rw:].split() for r in rows]
        # columns may hold blanks ("da leggere"): cut by the header's right edges instead
        edges, pos = [], rw
        for c_ in cols:
            pos = rows[0].index(c_, pos) + len(c_); edges.append(pos)
        starts = [rw] + edges[:-1]
        for k, r in enumerate(rows):
            if len(r) != edges[-1]: errors.append(f"{f}: data.frame line {k} not as wide as the header"); continue
            if k and r[:rw] != str(k).ljust(rw): errors.append(f"{f}: row name {r[:rw]!r} != {k}")
            vals = [r[s:e] for s, e in zip(starts, edges)]
            for j, x in enumerate(vals):
                if not x.startswith(" ") or x != x.rstrip(): errors.append(f"{f}: cell {x!r} not right-aligned")
            if k: [cols_seen.setdefault(c_, []).append(x.strip()) for c_, x in zip(cols, vals)]
        for c_, xs in cols_seen.items():
            w = [max(len(c_), *(len(x) for x in xs))]
            num = [x for x in xs if x != "NA"]
            if all(re.fullmatch(r"-?\d+(\.\d+)?", x) for x in num) and len({len(x.split(".")[1]) if "." in x else 0 for x in num}) > 1:
                errors.append(f"{f}: numeric column {c_} without one common number of decimals")
            if max(len(x) for x in xs + [c_]) + 1 != edges[cols.index(c_)] - starts[cols.index(c_)]: errors.append(f"{f}: column {c_} not padded to its widest cell")
    m, b = first_cmd(f, cmds, r"table\(" + re.escape(v) + r"\$(\w+)\)", "table()")
    if m:
        if len(b) != 4 or b[0] != "" or not b[1].endswith(" ") or not b[2].endswith(" "): errors.append(f"{f}: table() layout")
        else:
            counts = [int(x) for x in b[2].split()]
            if sum(counts) != n: errors.append(f"{f}: table() counts sum {sum(counts)} != {n}")
            if m[1] in cols_seen:
                want = Counter(cols_seen[m[1]])
                names = sorted(want)
                line1 = " ".join(x.rjust(max(len(x), len(str(want[x])))) for x in names) + " "
                line2 = " ".join(str(want[x]).rjust(max(len(x), len(str(want[x])))) for x in names) + " "
                if [line1, line2] != b[1:3]: errors.append(f"{f}: table() != the printed column {m[1]}")
    m, b = first_cmd(f, cmds, r'with\(subset\(' + re.escape(v) + r', url != ""\), writeLines\(paste0\(titolo, "\\n  ", url\)\)\)', "title/url lines")
    if m:
        b = b[:-1]
        if len(b) % 2 or any(b[i].startswith(" ") or not re.fullmatch(r"  https?://\S+", b[i + 1]) for i in range(0, len(b), 2)):
            errors.append(f"{f}: title / url lines")
    m, b = first_cmd(f, cmds, r'cat\(' + re.escape(v) + r'\$titolo\[' + re.escape(v) + r'\$(\w+) == "([^"]+)"\], sep = "\\n"\)', "cat of titles")
    if m and m[1] in cols_seen and len(b) - 1 != cols_seen[m[1]].count(m[2]):
        errors.append(f"{f}: {len(b) - 1} titles for {cols_seen[m[1]].count(m[2])} rows with {m[1]} == {m[2]!r}")


# ---------------------------------------------------------------- 1688 jira-cli
def tabwrite(rows, tabwidth=8, padding=1):
    n = len(rows[0])
    w = [((max(len(r[j]) for r in rows) + padding + tabwidth - 1) // tabwidth) * tabwidth for j in range(n - 1)]
    return ["".join(r[j] + "\t" * (-(-(w[j] - len(r[j])) // tabwidth)) for j in range(n - 1)) + r[-1] for r in rows]


def check_jira(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:[^$]*\$ ")
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"jira issue list --plain --columns ([\w,]+)(?: --order-by created)?", "issue list")
    if not m: return
    cols = m[1].upper().split(",")
    rows = [re.split(r"\t+", l) for l in b]
    if not rows or rows[0] != cols: errors.append(f"{f}: list header {rows[:1]} != {cols}"); return
    if any(len(r) != len(cols) for r in rows): errors.append(f"{f}: a list row with the wrong number of cells"); return
    if tabwrite(rows) != b: errors.append(f"{f}: the list is not in tabwriter's layout (tab stops of 8, padding 1)")
    iss = {r[0]: dict(zip(cols, r)) for r in rows[1:]}
    if len(iss) != len(rows) - 1 or not all(re.fullmatch(r"[A-Z]+-\d+", k) for k in iss): errors.append(f"{f}: issue keys")
    if "CREATED" in cols:
        cr = [r[cols.index("CREATED")] for r in rows[1:]]
        if any(not dt_ok(x, "%Y-%m-%d %H:%M:%S") for x in cr) or cr != sorted(cr, reverse=True): errors.append(f"{f}: CREATED not newest first")
    m, b = first_cmd(f, cmds, r"jira issue view ([A-Z]+-\d+) --plain(?: --comments \d+)?", "issue view")
    if not m: return
    k = m[1]
    if k not in iss: errors.append(f"{f}: viewed issue {k} not in the list"); return
    i = iss[k]
    h = re.fullmatch(r"🐞 \w+  🚧 (.+?)  ⌛ (\w{3}, \d\d \w{3} \d\d)  👷 (.+?)  🔑️ ([A-Z]+-\d+)  💭 (\d+) comments  🧵 \d+ linked", b[0] if b else "")
    if not h: errors.append(f"{f}: the view's header line"); return
    day = lambda s: dt.datetime.strptime(s[:10], "%Y-%m-%d").strftime("%a, %d %b %y")
    if h[4] != k or h[1] != i.get("STATUS", h[1]) or h[3] != i.get("ASSIGNEE", h[3]) or ("CREATED" in i and h[2] != day(i["CREATED"])):
        errors.append(f"{f}: the view's header != the list row of {k}")
    if b[1] != "# " + i.get("SUMMARY", b[1][2:]): errors.append(f"{f}: the view's title != the list summary")
    if not re.fullmatch(r"⏱️  \w{3}, \d\d \w{3} \d\d by .+", b[2]) or b[3] != "": errors.append(f"{f}: the view's created line")
    sep = [n for n, l in enumerate(b) if re.fullmatch(r"-{24} .+ -{24}", l)]
    if len(sep) != 2 or b[sep[0]] != "-" * 24 + " Description " + "-" * 24: errors.append(f"{f}: the view's section rules"); return
    if b[sep[1]] != "-" * 24 + f" {h[5]} Comments " + "-" * 24: errors.append(f"{f}: comment rule != {h[5]} comments")
    heads = [(n, l) for n, l in enumerate(b[sep[1]:], sep[1]) if re.fullmatch(r" .+ • \w{3}, \d\d \w{3} \d\d(?: • Latest comment)?", l)]
    if len(heads) != int(h[5]): errors.append(f"{f}: {len(heads)} comments, the header says {h[5]}")
    for j, (n, l) in enumerate(heads):
        if l.endswith(" • Latest comment") != (j == len(heads) - 1): errors.append(f"{f}: `Latest comment` not on the last comment only")
        if b[n - 1] != "": errors.append(f"{f}: no blank line before a comment")
    dates = [dt.datetime.strptime(l.split(" • ")[1], "%a, %d %b %y") for _, l in heads]
    if dates != sorted(dates): errors.append(f"{f}: comments not in time order")
    if b[-1] != f"View this issue on Jira: " + b[-1].split(": ", 1)[-1] or not b[-1].endswith("/browse/" + k): errors.append(f"{f}: the view's footer")


# ---------------------------------------------------------------- 1689 nb
def check_nb(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:[^$]*\$ ")
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"nb (\w+):list", "nb list")
    if not m: return
    nbk = m[1]; items = {}
    for l in b:
        mm = re.fullmatch(r"\[" + nbk + r":(\d+)\] (?:(🔖|✔️) )?(.+)", l)
        if not mm: errors.append(f"{f}: list line {l[:30]!r}"); continue
        if mm[2] == "✔️" and not re.match(r"\[[ x]\] ", mm[3]): errors.append(f"{f}: todo line {l[:30]!r}")
        items[int(mm[1])] = (mm[2] or "", mm[3])
    ids = [int(re.match(r"\[\w+:(\d+)\]", l)[1]) for l in b if re.match(r"\[\w+:(\d+)\]", l)]
    if ids != sorted(set(ids), reverse=True): errors.append(f"{f}: list ids not newest first / repeated")
    for c, b in cmds:
        mm = re.fullmatch(r"nb show " + nbk + r":(\d+) --print(?: \| sed -n 1,(\d+)p)?", c)
        if not mm: continue
        n = int(mm[1])
        if n not in items: errors.append(f"{f}: shown item {n} not in the list"); continue
        if mm[2] and len(b) != int(mm[2]): errors.append(f"{f}: sed -n 1,{mm[2]}p printed {len(b)} lines")
        if not b or b[0] != "# " + items[n][1]: errors.append(f"{f}: item {n}'s heading != its list title")
        if items[n][0] == "🔖":
            if len(b) < 3 or b[1] != "" or not re.fullmatch(r"<https?://\S+>", b[2]): errors.append(f"{f}: bookmark {n} has no <url> line")
            secs = [l[3:] for l in b if l.startswith("## ")]
            if [s for s in ["Description", "Tags", "Content"] if s in secs] != secs: errors.append(f"{f}: bookmark {n} sections {secs}")
            for k_, l in enumerate(b):
                if l == "## Tags" and (k_ + 2 >= len(b) or not re.fullmatch(r"#[\w-]+(?: #[\w-]+)*", b[k_ + 2])): errors.append(f"{f}: bookmark {n} tags")
        txt = "\n".join(b)
        md_links(f, txt, f"item {n}")
        for r in re.findall(r"\[\[" + nbk + r":(\d+)\]\]", txt):
            if int(r) not in items: errors.append(f"{f}: [[{nbk}:{r}]] is not a listed item")


# ---------------------------------------------------------------- 1690 AnkiConnect
def check_anki(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+ \S+ % ")
    if pre: errors.append(f"{f}: text before the first prompt")
    rq = r"curl -s localhost:8765 -X POST -d '(\{.*?\})'"
    m, b = first_cmd(f, cmds, rq, "findNotes")
    if not m: return
    try: q = json.loads(m[1])
    except ValueError: errors.append(f"{f}: findNotes payload"); return
    if q.get("action") != "findNotes" or q.get("version") != 6 or len(b) != 1: errors.append(f"{f}: findNotes call / reply"); return
    try: ids = json.loads(b[0])["result"]
    except (ValueError, KeyError, TypeError): errors.append(f"{f}: findNotes reply does not parse"); return
    if b[0] != json.dumps({"result": ids, "error": None}): errors.append(f"{f}: findNotes reply not as AnkiConnect writes it")
    if ids != sorted(set(ids)): errors.append(f"{f}: findNotes ids not ascending")
    seen = 0
    for c, b in cmds:
        mm = re.fullmatch(rq + r" \| jq (-c )?'(.+)'", c)
        if not mm: continue
        try: q = json.loads(mm[1])
        except ValueError: errors.append(f"{f}: notesInfo payload"); continue
        if q.get("action") != "notesInfo" or q.get("params", {}).get("notes") != ids: errors.append(f"{f}: notesInfo not for the found notes"); continue
        seen += 1
        if mm[2]:
            if mm[3] != ".result[] | [.noteId, .mod, .cards]": continue
            got = []
            for l in b:
                v = compact(f, l, "jq -c row")
                if not (isinstance(v, list) and len(v) == 3): continue
                got.append(v[0])
                if not (v[0] // 1000 <= v[1] < v[0] // 1000 + 86400 * 30) or not v[2] or any(x <= v[0] for x in v[2]): errors.append(f"{f}: note {v[0]} mod / cards")
            if got != ids: errors.append(f"{f}: jq -c rows != the found notes")
        else:
            want = re.fullmatch(r"\.result\[\] \| \{(.+)\}", mm[3])
            vals = jq_values(f, b, "notesInfo")
            if [v.get("noteId") for v in vals] != ids: errors.append(f"{f}: notesInfo notes != the found notes")
            for v in vals:
                if want and list(v) != [x.strip() for x in want[1].split(",")]: errors.append(f"{f}: jq object keys {list(v)}")
                fl = v.get("fields", {})
                if [x.get("order") for x in fl.values()] != list(range(len(fl))): errors.append(f"{f}: field orders of {v.get('noteId')}")
                for x in fl.values():
                    h = x.get("value", "")
                    for t in ("a", "b", "i"):
                        if len(re.findall(rf"<{t}[ >]", h)) != h.count(f"</{t}>"): errors.append(f"{f}: unbalanced <{t}> in note {v.get('noteId')}")
    if seen < 2: errors.append(f"{f}: notesInfo calls missing")


# ---------------------------------------------------------------- 1691 pdfpc
def check_pdfpc(f, raw):
    L = text_file(f, raw)
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, indent=2, ensure_ascii=False, separators=(",", " : ")) + "\n" != raw: errors.append(f"{f}: not in json-glib's pretty layout")
    if not isinstance(v, dict) or list(v)[:1] != ["pdfpcFormat"] or v.get("pdfpcFormat") != 2 or not isinstance(v.get("pages"), list):
        errors.append(f"{f}: pdfpcFormat / pages"); return
    prev = None
    for n, p in enumerate(v["pages"]):
        if set(p) - {"idx", "label", "overlay", "note"} or p.get("idx") != n: errors.append(f"{f}: page {n} keys / idx"); continue
        if prev is None or p["overlay"] == 0:
            if p["overlay"] != 0 or p["label"] != str(int(prev["label"]) + 1 if prev else 1): errors.append(f"{f}: page {n} label {p['label']}")
        elif p["label"] != prev["label"] or p["overlay"] != prev["overlay"] + 1: errors.append(f"{f}: page {n} overlay")
        if "note" in p: md_links(f, p["note"], f"page {n}")
        prev = p
    if prev and not 1 <= v.get("endSlide", 1) <= int(prev["label"]): errors.append(f"{f}: endSlide {v.get('endSlide')}")


# ---------------------------------------------------------------- 1692 org-journal
SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def check_orgjournal(f, raw):
    L = text_file(f, raw)
    days, last_t = [], None
    for n, l in enumerate(L):
        if l.startswith("* "):
            m = re.fullmatch(r"\* (\w+), (\d{4}-\d\d-\d\d)", l)
            d = dt_ok(m[2], "%Y-%m-%d") if m else None
            if not d: errors.append(f"{f}: day heading {l[:30]!r}"); continue
            if m[1] != SV_DAYS[d.weekday()]: errors.append(f"{f}: {m[2]} is not a {m[1]}")
            if L[n + 1:n + 4] != [":PROPERTIES:", f":CREATED:  {d:%Y%m%d}", ":END:"]: errors.append(f"{f}: CREATED property of {m[2]}")
            days.append(d); last_t = None
        elif l.startswith("** "):
            m = re.fullmatch(r"\*\* (\d\d:\d\d) .+", l)
            if not m or not dt_ok(m[1], "%H:%M"): errors.append(f"{f}: entry heading {l[:30]!r}"); continue
            if last_t and m[1] < last_t: errors.append(f"{f}: entries not in time order at {l[:20]!r}")
            last_t = m[1]
        elif l.startswith("*"): errors.append(f"{f}: a heading deeper than org-journal's entries: {l[:20]!r}")
        elif not days: errors.append(f"{f}: text before the first day")
        for u, _ in re.findall(r"\[\[([^\]]*)\]\[([^\]]*)\]\]", l):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: org link {u[:30]!r}")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: an unbalanced org link on line {n + 1}")
    if days != sorted(set(days)): errors.append(f"{f}: days not in order / repeated")


# ---------------------------------------------------------------- 1693 Lepiter
def check_lepiter(f, raw):
    text_file(f, raw)
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, indent="\t", separators=(",", " : "), sort_keys=True, ensure_ascii=False) + "\n" != raw:
        errors.append(f"{f}: not in NeoJSON's layout (sorted keys, tabs, ` : `)")
    if v.get("__type") != "page" or v.get("__schema") != "4.1" or v.get("pageType", {}).get("__type") != "namedPage" \
            or not v["pageType"].get("title") or not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", v.get("uid", {}).get("uuid", "")):
        errors.append(f"{f}: page header"); return
    uids, times = set(), []

    def tm(x):
        s = x.get("time", {}).get("dateAndTimeString", "") if x.get("__type") == "time" else ""
        try: return dt.datetime.fromisoformat(s)
        except ValueError: errors.append(f"{f}: time {s!r}"); return None

    def walk(sn, path):
        if sn.get("__type") != "snippets": errors.append(f"{f}: {path} children"); return
        for k, s in enumerate(sn.get("items", [])):
            p = f"{path}/{k}"
            t = s.get("__type")
            want = {"textSnippet": {"string", "paragraphStyle"}, "pharoSnippet": {"code"}}.get(t)
            if want is None: errors.append(f"{f}: {p} type {t}"); continue
            if set(s) != {"__type", "children", "createEmail", "createTime", "editEmail", "editTime", "uid"} | want: errors.append(f"{f}: {p} keys {sorted(s)}")
            u = s.get("uid", {}).get("uidString", "")
            try: ok = len(base64.b64decode(u, validate=True)) == 16
            except ValueError: ok = False
            if s.get("uid", {}).get("__type") != "uid" or not ok or u in uids: errors.append(f"{f}: {p} uid {u!r}")
            uids.add(u)
            for e in ("createEmail", "editEmail"):
                if s.get(e, {}).get("__type") != "email" or not re.fullmatch(r"[\w.-]+@[\w.-]+", s[e].get("emailString", "")): errors.append(f"{f}: {p} {e}")
            c, e = tm(s.get("createTime", {})), tm(s.get("editTime", {}))
            if c and e:
                if e < c: errors.append(f"{f}: {p} edited before created")
                times.append((c, e))
            if t == "textSnippet": md_links(f, s.get("string", ""), p)
            walk(s.get("children", {}), p)
    walk(v.get("children", {}), "page")
    pc, pe = tm(v.get("createTime", {})), tm(v.get("editTime", {}))
    if pc and pe and times and (min(c for c, _ in times) < pc or max(e for _, e in times) != pe):
        errors.append(f"{f}: the page's create / edit time do not bound its snippets'")


# ---------------------------------------------------------------- 1694 numpydoc
NUMPYDOC_SECTIONS = {"Parameters", "Returns", "Yields", "Raises", "See Also", "Notes", "References", "Examples",
                     "Attributes", "Methods", "Warnings", "Other Parameters"}


def check_numpydoc(f, raw):
    text_file(f, raw)
    try: tree = ast.parse(raw)
    except SyntaxError as ex: errors.append(f"{f}: not valid Python: {ex}"); return
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    docs = [("module", ast.get_docstring(tree), None)] + [(n.name, ast.get_docstring(n), n) for n in funcs]
    for name, d, node in docs:
        if not d: errors.append(f"{f}: {name} has no docstring"); continue
        L = d.split("\n")
        secs = {}
        for k in range(len(L) - 1):
            if re.fullmatch(r"-{3,}", L[k + 1]) and L[k].strip():
                if L[k] not in NUMPYDOC_SECTIONS or len(L[k + 1]) != len(L[k]): errors.append(f"{f}: {name}: section {L[k]!r} / its underline")
                secs[L[k]] = k
        order = sorted(secs, key=secs.get)

        def body(s):
            k = secs[s] + 2
            nxt = min([secs[x] for x in secs if secs[x] > secs[s]] + [len(L)])
            return L[k:nxt]
        if node is not None:
            args = [a.arg for a in node.args.args]
            got = [m[1] for l in body("Parameters") for m in [re.fullmatch(r"(\w+) : .+", l)] if m] if "Parameters" in secs else []
            if got != args: errors.append(f"{f}: {name}: documented parameters {got} != {args}")
            if "Returns" not in secs: errors.append(f"{f}: {name}: no Returns section")
        if "References" in secs:
            if order[-1] != "References" and order[-1] != "Examples": errors.append(f"{f}: {name}: References not last")
            refs = [int(m[1]) for l in body("References") for m in [re.match(r"\.\. \[(\d+)\] ", l)] if m]
            if refs != list(range(1, len(refs) + 1)) or not refs: errors.append(f"{f}: {name}: references numbered {refs}")
            for l in body("References"):
                if l and not l.startswith(".. [") and not l.startswith("   "): errors.append(f"{f}: {name}: reference line {l[:30]!r}")
            before = "\n".join(L[:secs["References"]])
            if len(refs) > 1 or "[1]_" in before:
                for r in refs:
                    if f"[{r}]_" not in before: errors.append(f"{f}: {name}: reference [{r}] never cited")
    al = next((n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "__all__"), None)
    if al is None or ast.literal_eval(al.value) != [n.name for n in funcs if not n.name.startswith("_")]: errors.append(f"{f}: __all__ != the module's functions")


# ---------------------------------------------------------------- 1695 TagSpaces
def check_tagspaces(f, raw):
    if "\n" in raw: errors.append(f"{f}: not one line (JSON.stringify writes no newline)")
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact JSON as JSON.stringify writes it")
    if not isinstance(v, dict) or v.get("appName") != "TagSpaces" or not re.fullmatch(r"\d+\.\d+\.\d+", str(v.get("appVersionUpdated"))):
        errors.append(f"{f}: appName / appVersionUpdated"); return
    if not re.fullmatch(r"[0-9a-f]{32}", str(v.get("id", ""))): errors.append(f"{f}: folder id")
    lu = v.get("lastUpdated")
    if not isinstance(lu, int) or not 1420070400000 <= lu <= 1893456000000: errors.append(f"{f}: lastUpdated {lu!r} is not a time in ms")
    for t in v.get("tags", []):
        if set(t) != {"title", "color", "textcolor", "type"} or t["type"] != "sidecar" or not all(re.fullmatch(r"#[0-9a-f]{8}", t[c]) for c in ("color", "textcolor")):
            errors.append(f"{f}: tag {t}")
    md_links(f, v.get("description", ""), "description")


# ---------------------------------------------------------------- 1696 cheat
def check_cheat(f, raw):
    L = text_file(f, raw)
    if L[:1] != ["---"] or "---" not in L[1:]: errors.append(f"{f}: no front matter"); return
    e = L.index("---", 1)
    fm = L[1:e]
    if not all(re.fullmatch(r"syntax: \w+|tags: \[ [\w-]+(?:, [\w-]+)* \]", l) for l in fm) or not fm: errors.append(f"{f}: front matter {fm}")
    blocks, cur = [], []
    for l in L[e + 1:]:
        if l == "":
            if not cur: errors.append(f"{f}: two blank lines in a row")
            blocks.append(cur); cur = []
        else: cur.append(l)
    blocks.append(cur)
    for b in blocks:
        k = 0
        while k < len(b) and b[k].startswith("# "): k += 1
        if k == 0 or k == len(b) or any(l.startswith("#") for l in b[k:]): errors.append(f"{f}: a block that is not comments then commands: {b[:1]}")


def shape_checks(f, raw, path):
    n = num(f)
    {1687: check_radian, 1688: check_jira, 1689: check_nb, 1690: check_anki, 1691: check_pdfpc, 1692: check_orgjournal,
     1693: check_lepiter, 1694: check_numpydoc, 1695: check_tagspaces,
     1696: check_cheat}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """HTML entities undone; the JSON strings of 1690's jq output and of the JSON files 1691, 1693, 1695 decoded"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) in (1691, 1693, 1695):
        try: vals = [json.loads(raw)]
        except ValueError: pass
    if num(f) == 1690:
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
# round166's and round167's, a byte-identical file counted once), and the round166/round167 split (candidates sorted by
# (uses, catalogue title); round167 = odd positions from 3 on, one unbroken run; round166 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P166S = ["/work/rounds/digests-round166/expected.json", "/work/main/tests/data/digests-round166/expected.json"]
P166 = next((p for p in P166S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P166S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round166", "digests-round167") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round167 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r166 = set()
if P166:
    try:
        r166 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P166)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P166} exists but could not be read (being written?)")
    if r166 & mine: errors.append(f"papers also in round166: {sorted(r166 & mine)}")
shared166 = len(r166 & mine) if P166 else "(no round166 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round167 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round166: {shared166}; papers in more than one round167 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


