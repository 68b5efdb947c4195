r"""Checks round173/expected.json against the digests and the shared catalogues.

Adapted from round171/validate.py (the label checks are the same code; the reuse report is round171's with round172 /
round173 in place of round170 / round171: round173 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round172's and round173's own (a digests-round172 /
digests-round173 folder, or a file whose bytes equal round172's or round173's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round173 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round172's expected.json (read only, from /work/rounds/digests-round172/ or
/work/main/tests/data/digests-round172/, when it exists), and on a paper in more than one round173 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML entities undone, the JSON strings of 1748 and of the
JSON values printed in 1749, 1750 and 1755 decoded. Titles are matched after whitespace normalisation and case-blind;
a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1747 Node.js REPL (a pasted terminal ending on a bare prompt; `node -v` equal to the welcome line; inputs after `> `,
ending with .exit; `const papers = []` and writeFileSync echo `undefined`; push arguments parsed as object literals of
single-quoted strings with the same keys, each push echoing the new length; `.length`, the arXiv filter count, the
loop's lines and `undefined`, util.inspect's one-line/multi-line layout of an element and of the empty-url titles,
find()'s string re-computed; `wc -c` equal to the UTF-8 bytes of JSON.stringify(papers, null, 2));
1748 Simple Tab Groups backup (JSON.stringify(…, null, 2)'s exact layout, no final newline; group ids 1..n,
lastCreatedGroupPosition the largest, one main group, group and tab keys in order, known icon colours; an arXiv abs
tab titled `[id] …`; pinned tabs pinned);
1749 Spotify Web API (a pasted terminal; every api.spotify.com call with the bearer token; the listing in jq's
layout with total/limit/offset/next agreeing (next re-computed), items newest first with 22-character base62 ids and
positive durations; each episode fetched by an id of the listing, its name and date equal to the listing's);
1750 Teedy (a pasted terminal; the login by cookie jar printing 200; every API call with the jar on one host; the
@tsv listing's total equal to its rows, three fields, dates in create_date order; the loop's compact jq lines with
keys in order, uuid ids, exactly the listing's titles matching its select(test(…)) in order);
1751 Vue SFC (script setup, template, style scoped blocks in that order; script strings/comments tokenised and
brackets balanced; session objects with equal keys, dates weekly and rising, unique :key; template tags nested
properly, components imported, v-for over declared names; style braces balanced);
1752 Srcbook (the srcbook metadata comment with a language, a title cell, cells as `###### name.ext` over one fenced
block of the extension's language, package.json first and parsing, imports of earlier cells only, brackets balanced;
the results table re-computed from koszt.ts's constant, sizes and formulas);
1753 Evidence (front matter with a title; only named ```sql blocks, unique, ${…} references to earlier queries,
VALUES rows as wide as the column list; components' data={…} and {#each} over defined queries; {#each}/{#if}/
<DataTable> paired; known components only);
1754 nbb (a pasted terminal; the EDN file shown by cat parsed line by line: one vector of maps with the same keys,
values strings, integers or nil, comments only on top; the nbb REPL ending on a bare `user=> `; require and
writeFileSync print nil, def `#'user/name`; count, the filter count, doseq's numbered lines and nil, the remove/map
list re-computed from the EDN; `wc -c` equal to pr-str's UTF-8 bytes);
1755 Parse Server (a pasted terminal; every call with the application id and REST key headers against
/parse/classes; @tsv rows of four fields with known states; the POST with Content-Type answering compact
{objectId, createdAt}; the GET of that object in jq's layout with its fields, createdAt and objectId equal to the
POST's, keys ending createdAt, updatedAt, objectId; the count query equal to the rows plus the new object);
1756 numbat (a pasted terminal; nvidia-smi's CSV header and rows indexed from 0; the numbat session ending with quit;
each input evaluated (Decimal, units W, h, kWh, kW, kg; `ans` the previous result; `->` conversion) and its echo
(full unit names, ➞) and `= value unit    [Dimension]` answer re-computed).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""


import ast, base64, csv, hashlib, html, json, math, os, re, sys, unicodedata
from decimal import Decimal
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



# ================================================================ round173 shape checks
SH = r"[\w.-]+@[\w.-]+:\S*\$ "


def js_str(s):
    m = re.fullmatch(r"'([^'\\\n]*)'", s.strip())
    return None if not m else m[1]


# ---------------------------------------------------------------- 1747 Node.js REPL
def js_obj(s):
    """a one-line object literal of single-quoted strings: { k: 'v', ... } -> dict (None if not that)"""
    m = re.fullmatch(r"\{ (.*) \}", s)
    if not m: return None
    parts = re.findall(r"(\w+): '([^'\\]*)'(?:, |$)", m[1])
    if ", ".join(f"{k}: '{v}'" for k, v in parts) != m[1]: return None
    return dict(parts)


def inspect_lines(items, braces):
    one = braces[0] + " " + ", ".join(items) + " " + braces[1]
    if len(one) <= 80: return [one]
    return [braces[0]] + ["  " + x + ("," if i < len(items) - 1 else "") for i, x in enumerate(items)] + [braces[1]]


def check_node(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"node", "node REPL")
    if not m: return
    ver = next((o[0] for c, o in cmds if c == "node -v" and o), None)
    if len(b) < 3 or not re.fullmatch(r"Welcome to Node\.js (v\d+\.\d+\.\d+)\.", b[0]) or b[1] != 'Type ".help" for more information.':
        errors.append(f"{f}: no Node.js welcome lines"); return
    if ver and b[0] != f"Welcome to Node.js {ver}.": errors.append(f"{f}: node -v says {ver}, the REPL {b[0]}")
    steps = []
    for l in b[2:]:
        if l.startswith("> "): steps.append((l[2:], []))
        elif not steps: errors.append(f"{f}: REPL output before the first input"); return
        else: steps[-1][1].append(l)
    if not steps or steps[-1] != (".exit", []): errors.append(f"{f}: the REPL does not end with .exit")
    papers = None; saved = None
    for src, out in steps:
        if src == ".exit": continue
        if src == "const papers = []":
            papers = []
            if out != ["undefined"]: errors.append(f"{f}: a declaration echoed {out}")
            continue
        if papers is None: errors.append(f"{f}: {src[:30]!r} before papers is declared"); continue
        pm = re.fullmatch(r"papers\.push\((.*)\)", src)
        if pm:
            o = js_obj(pm[1])
            if o is None: errors.append(f"{f}: push argument is not an object literal of strings: {pm[1][:40]!r}"); continue
            if papers and list(o) != list(papers[0]): errors.append(f"{f}: pushed object keys differ")
            papers.append(o)
            if out != [str(len(papers))]: errors.append(f"{f}: push echoed {out}, the length is {len(papers)}")
        elif src == "papers.length":
            if out != [str(len(papers))]: errors.append(f"{f}: papers.length echoed {out}")
        elif src == "papers.filter(p => p.url.includes('arxiv.org')).length":
            if out != [str(sum("arxiv.org" in p.get("url", "") for p in papers))]: errors.append(f"{f}: the arXiv filter count")
        elif src.startswith("for (const [i, p] of papers.entries()) console.log("):
            if out != [f"{i + 1}. {p.get('title')}" for i, p in enumerate(papers)] + ["undefined"]: errors.append(f"{f}: the loop's lines do not follow the array")
        elif re.fullmatch(r"papers\[(\d+)\]", src):
            k = int(src[7:-1])
            if k >= len(papers) or out != inspect_lines([f"{a}: '{v}'" for a, v in papers[k].items()], "{}"): errors.append(f"{f}: {src} is not util.inspect of the element")
        elif src == "papers.filter(p => p.url === '').map(p => p.title)":
            if out != inspect_lines([f"'{p['title']}'" for p in papers if p.get("url") == ""], "[]"): errors.append(f"{f}: the empty-url titles")
        elif re.fullmatch(r"papers\.find\(p => p\.title\.startsWith\('([^']*)'\)\)\.(\w+)", src):
            mm = re.fullmatch(r"papers\.find\(p => p\.title\.startsWith\('([^']*)'\)\)\.(\w+)", src)
            hit = next((p for p in papers if p.get("title", "").startswith(mm[1])), None)
            if not hit or out != [f"'{hit.get(mm[2])}'"]: errors.append(f"{f}: find() echoed {out[:1]}")
        elif re.fullmatch(r"fs\.writeFileSync\('([\w.-]+)', JSON\.stringify\(papers, null, 2\)\)", src):
            saved = re.fullmatch(r"fs\.writeFileSync\('([\w.-]+)'.*", src)[1]
            if out != ["undefined"]: errors.append(f"{f}: writeFileSync echoed {out}")
        else:
            errors.append(f"{f}: unexpected REPL input {src[:40]!r}")
    if saved:
        m, b = first_cmd(f, cmds, r"wc -c " + re.escape(saved), "wc -c of the saved file")
        if m:
            n = len(json.dumps(papers, indent=2, ensure_ascii=False).encode())
            if b != [f"{n} {saved}"]: errors.append(f"{f}: wc -c printed {b}, JSON.stringify gives {n} bytes")


# ---------------------------------------------------------------- 1748 Simple Tab Groups backup
def check_stg(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (JSON.stringify writes none)")
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, indent=2, ensure_ascii=False) != raw: errors.append(f"{f}: not JSON.stringify(data, null, 2)'s layout")
    if not isinstance(v, dict) or not {"version", "groups", "lastCreatedGroupPosition"} <= set(v): errors.append(f"{f}: backup keys"); return
    g = v["groups"]
    ids = [x.get("id") for x in g]
    if ids != list(range(1, len(g) + 1)): errors.append(f"{f}: group ids {ids} not 1..n in creation order")
    if v["lastCreatedGroupPosition"] != max(ids, default=0): errors.append(f"{f}: lastCreatedGroupPosition is not the largest group id")
    GK = ["id", "title", "iconColor", "iconUrl", "iconViewType", "tabs", "catchTabRules", "catchTabContainers", "isSticky", "isMain", "dontDiscardTabsAfterHideThisGroup"]
    if sum(bool(x.get("isMain")) for x in g) != 1: errors.append(f"{f}: not exactly one main group")
    for x in g:
        if list(x) != GK: errors.append(f"{f}: group {x.get('id')} keys {list(x)}")
        if x.get("iconColor") not in ("blue", "turquoise", "green", "yellow", "orange", "red", "pink", "purple", "gray"): errors.append(f"{f}: icon colour {x.get('iconColor')}")
        for t in x.get("tabs", []):
            if list(t) != ["url", "title", "favIconUrl", "cookieStoreId"]: errors.append(f"{f}: tab keys {list(t)}")
            u = t.get("url", "")
            if not re.match(r"(https?|file)://", u): errors.append(f"{f}: tab url {u[:30]!r}")
            am = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})(v\d+)?", u)
            if am and not t.get("title", "").startswith(f"[{am[1]}] "): errors.append(f"{f}: arXiv tab title is not `[{am[1]}] …`")
    for t in v.get("pinnedTabs", []):
        if not t.get("pinned"): errors.append(f"{f}: a pinned tab without pinned")


# ---------------------------------------------------------------- 1749 Spotify Web API
B62 = re.compile(r"[0-9A-Za-z]{22}")


def check_spotify(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    listing = None
    for c, b in cmds:
        if "api.spotify.com" not in c: continue
        if '-H "Authorization: Bearer $TOKEN"' not in c: errors.append(f"{f}: Web API call without the bearer token"); continue
        m = re.search(r'"https://api\.spotify\.com/v1/shows/([0-9A-Za-z]+)/episodes\?market=([A-Z]{2})&limit=(\d+)"', c)
        e = re.search(r'"https://api\.spotify\.com/v1/episodes/([0-9A-Za-z]+)\?market=[A-Z]{2}"', c)
        if m:
            if not B62.fullmatch(m[1]): errors.append(f"{f}: show id {m[1]!r}")
            v = json_exact(f, b, "episode listing")
            if not v: continue
            if list(v) != ["total", "limit", "offset", "next", "items"]: errors.append(f"{f}: listing keys {list(v)}"); continue
            it = v["items"]
            if v["limit"] != int(m[3]) or len(it) != min(v["limit"], v["total"] - v["offset"]): errors.append(f"{f}: limit/items/total do not agree")
            want = None if v["offset"] + v["limit"] >= v["total"] else f"https://api.spotify.com/v1/shows/{m[1]}/episodes?offset={v['offset'] + v['limit']}&limit={v['limit']}&market={m[2]}"
            if v["next"] != want: errors.append(f"{f}: next is {v['next']!r}, want {want!r}")
            if any(list(i) != ["name", "id", "release_date", "duration_ms"] for i in it): errors.append(f"{f}: item keys")
            ds = [i.get("release_date", "") for i in it]
            if ds != sorted(ds, reverse=True) or not all(dt_ok(d, "%Y-%m-%d") for d in ds): errors.append(f"{f}: release dates not newest first")
            ids = [i.get("id", "") for i in it]
            if len(set(ids)) != len(ids) or not all(B62.fullmatch(i) for i in ids): errors.append(f"{f}: episode ids")
            if not all(isinstance(i.get("duration_ms"), int) and i["duration_ms"] > 0 for i in it): errors.append(f"{f}: duration_ms")
            listing = {i["id"]: i for i in it}
        elif e:
            if not c.endswith("| jq -r '.name, .release_date, .description'"): errors.append(f"{f}: episode call's jq filter"); continue
            i = (listing or {}).get(e[1])
            if i is None: errors.append(f"{f}: episode {e[1]} is not in the listing"); continue
            if len(b) != 3 or b[0] != i["name"] or b[1] != i["release_date"]: errors.append(f"{f}: episode {e[1]} differs from its listing item")
        else:
            errors.append(f"{f}: an unknown Web API call")
    if listing is None: errors.append(f"{f}: no episode listing")


# ---------------------------------------------------------------- 1750 Teedy
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def check_teedy(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"curl -s -c (\S+) -o /dev/null -w '%\{http_code\}\\n' .* (https://[\w.-]+)/api/user/login", "login")
    if not m: return
    jar, host = m[1], m[2]
    if b != ["200"]: errors.append(f"{f}: login printed {b}")
    rows = None
    for c, b in cmds:
        if "/api/" not in c or c.endswith("/api/user/login"): continue
        if c.count("curl ") != c.count(f"curl -s -b {jar} "): errors.append(f"{f}: an API call without the cookie jar"); continue
        if f"{host}/api/" not in c: errors.append(f"{f}: a second host")
        if c.startswith("curl") and "@tsv" in c:
            if not b or not b[0].isdigit(): errors.append(f"{f}: the listing has no total line"); continue
            rows = [l.split("\t") for l in b[1:]]
            if int(b[0]) != len(rows): errors.append(f"{f}: total {b[0]}, {len(rows)} rows")
            if any(len(r) != 3 for r in rows): errors.append(f"{f}: @tsv rows without three fields"); continue
            if "asc=true" in c and [r[0] for r in rows] != sorted(r[0] for r in rows): errors.append(f"{f}: rows not in create_date order")
            if not all(dt_ok(r[0], "%Y-%m-%d") for r in rows): errors.append(f"{f}: a date field")
        elif c.startswith("for id in"):
            sm = re.search(r'select\(\.title \| test\("([^"]+)"\)\)', c)
            if not sm or rows is None: errors.append(f"{f}: the loop without a title selection or before the listing"); continue
            want = [r[1] for r in rows if re.search(sm[1], r[1])]
            got, ids = [], []
            for l in b:
                v = compact(f, l, "document")
                if v is None: continue
                if list(v) != ["id", "title", "identifier", "source", "language"]: errors.append(f"{f}: document keys {list(v)}")
                if not UUID.fullmatch(str(v.get("id"))): errors.append(f"{f}: document id {v.get('id')!r}")
                got.append(v.get("title")); ids.append(v.get("id"))
            if got != want: errors.append(f"{f}: the loop's documents are not the listing's selection")
            if len(set(ids)) != len(ids): errors.append(f"{f}: repeated document ids")


# ---------------------------------------------------------------- 1751 Vue SFC
def js_code(f, s):
    out, i = [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None
            out.append(" " * 0); i = j + 2; continue
        c = s[i]
        if c in "\"'`":
            j = i + 1
            while j < len(s) and s[j] != c:
                if s[j] == "\\": j += 1
                if s[j] == "\n" and c != "`": errors.append(f"{f}: unterminated string"); return None
                j += 1
            out.append("S"); i = j + 1; continue
        out.append(c); i += 1
    return "".join(out)


VOID = {"input", "br", "img", "hr", "meta", "link"}


def check_vue(f, raw):
    L = text_file(f, raw)
    blocks = [(n, l) for n, l in enumerate(L) if re.fullmatch(r"</?(script|template|style)( setup| scoped)?>", l)]
    names = [l for _, l in blocks]
    if names != ["<script setup>", "</script>", "<template>", "</template>", "<style scoped>", "</style>"]: errors.append(f"{f}: SFC blocks {names}"); return
    (s0, _), (s1, _), (t0, _), (t1, _), (c0, _), (c1, _) = blocks
    code = js_code(f, "\n".join(L[s0 + 1:s1]))
    if code is None: return
    st = []
    for ch in code:
        if ch in "{[(": st.append(ch)
        elif ch in "}])":
            if not st or "{[(".index(st.pop()) != "}])".index(ch): errors.append(f"{f}: unbalanced {ch} in the script"); return
    if st: errors.append(f"{f}: unclosed {''.join(st)} in the script")
    rows = [l for l in L[s0 + 1:s1] if l.startswith("  { date: ")]
    objs = [js_obj(r.strip().rstrip(",")) for r in rows]
    if not objs or None in objs: errors.append(f"{f}: a session line is not an object literal of strings")
    else:
        if any(list(o) != list(objs[0]) for o in objs): errors.append(f"{f}: session objects with different keys")
        ds = [dt_ok(o.get("date"), "%Y-%m-%d") for o in objs]
        if None in ds or any((b - a).days <= 0 or (b - a).days % 7 for a, b in zip(ds, ds[1:])): errors.append(f"{f}: session dates are not weekly and rising")
        if len({o.get("date") for o in objs}) != len(objs): errors.append(f"{f}: repeated :key dates")
    script = "\n".join(L[s0 + 1:s1])
    declared = set(re.findall(r"^(?:const|function) (\w+)", script, re.M))
    for a, b_ in re.findall(r"^import (?:\{ ([\w, ]+) \}|(\w+)) from", script, re.M):
        declared |= {x.strip() for x in (a or b_).split(",") if x.strip()}
    tpl = "\n".join(L[t0 + 1:t1])
    stack = []
    for tm in re.finditer(r"<(/?)([A-Za-z][\w-]*)([^<>]*?)(/?)>", tpl):
        close, name, attrs, selfc = tm.groups()
        if close:
            if not stack or stack.pop() != name: errors.append(f"{f}: template </{name}> does not close the open tag"); return
        elif not selfc and name.lower() not in VOID: stack.append(name)
        if name[0].isupper() and name not in declared: errors.append(f"{f}: component {name} not imported")
    if stack: errors.append(f"{f}: template leaves {stack} open")
    for vf in re.findall(r'v-for="\w+ in (\w+)"', tpl):
        if vf not in declared: errors.append(f"{f}: v-for over undeclared {vf}")
    css = "\n".join(L[c0 + 1:c1])
    if css.count("{") != css.count("}"): errors.append(f"{f}: unbalanced braces in the style")


# ---------------------------------------------------------------- 1752 Srcbook
EXT = {"ts": "typescript", "json": "json", "js": "javascript", "mjs": "javascript"}


def check_srcbook(f, raw):
    L = text_file(f, raw)
    m = re.fullmatch(r"<!-- srcbook:(\{.*\}) -->", L[0]) if L else None
    meta = None
    if m:
        try: meta = json.loads(m[1])
        except ValueError: pass
    if not meta or meta.get("language") not in ("typescript", "javascript"): errors.append(f"{f}: no srcbook metadata comment with a language"); return
    if len(L) < 3 or L[1] != "" or not L[2].startswith("# "): errors.append(f"{f}: no title cell after the metadata")
    cells, i, fence = {}, 3, False
    for n, l in enumerate(L):
        if l.startswith("```"): fence = not fence
    if fence: errors.append(f"{f}: an unclosed code fence"); return
    while i < len(L):
        l = L[i]
        if l.startswith("# ") and i != 2: errors.append(f"{f}: a second title cell")
        if l.startswith("######"):
            cm = re.fullmatch(r"###### ([\w.-]+)\.(\w+)", l)
            if not cm: errors.append(f"{f}: cell heading {l!r}"); i += 1; continue
            name = cm[1] + "." + cm[2]
            if name in cells: errors.append(f"{f}: cell {name} twice")
            if i + 2 >= len(L) or L[i + 1] != "" or L[i + 2] != "```" + EXT.get(cm[2], "?"): errors.append(f"{f}: cell {name} not followed by a ```{EXT.get(cm[2])} block"); i += 1; continue
            j = L.index("```", i + 3) if "```" in L[i + 3:] else len(L)
            cells[name] = L[i + 3:j]; i = j + 1
            if name == "package.json":
                try: json.loads("\n".join(cells[name]))
                except ValueError: errors.append(f"{f}: package.json does not parse")
            continue
        if l.startswith("```"): errors.append(f"{f}: a code block outside a cell (line {i + 1})")
        i += 1
    if list(cells)[:1] != ["package.json"]: errors.append(f"{f}: package.json is not the first cell")
    seen = []
    for name, body in cells.items():
        if name.endswith(".ts"):
            for imp in re.findall(r"from '\./([\w.-]+)'", "\n".join(body)):
                if imp not in seen: errors.append(f"{f}: {name} imports {imp}, not an earlier cell")
            code = js_code(f, "\n".join(body))
            if code is not None and any(code.count(a) != code.count(b) for a, b in ("{}", "[]", "()")): errors.append(f"{f}: unbalanced brackets in {name}")
        seen.append(name)
    k = cells.get("koszt.ts")
    tab = [l for l in L if re.fullmatch(r"\| \d+ \|.*\|", l)]
    if k and tab:
        src = "\n".join(k)
        dd = int(re.search(r"const D = (\d+);", src)[1])
        ns = [int(x) for x in re.search(r"for \(const n of \[([\d, ]+)\]\)", src)[1].split(",")]
        div = float(re.search(r"koszt\(r, n\) / (1e\d)\)", src)[1])
        fm = {"pelna": lambda n: 2 * n * n * dd, "rzadka": lambda n: 2 * n * int(math.isqrt(n)) * dd, "liniowa": lambda n: 2 * n * dd * dd, "ssm": lambda n: 2 * n * dd * 16}
        want = [f"| {n} | " + " | ".join(f"{fm[r](n) / div:.1f}" for r in ("pelna", "rzadka", "liniowa", "ssm")) + " |" for n in ns]
        if tab != want: errors.append(f"{f}: the results table is not koszt.ts's output")


# ---------------------------------------------------------------- 1753 Evidence
def check_evidence(f, raw):
    L = text_file(f, raw)
    if not L or L[0] != "---" or "---" not in L[1:]: errors.append(f"{f}: no front matter"); return
    e = L.index("---", 1)
    fm = dict(re.fullmatch(r"(\w+): (.+)", l).groups() for l in L[1:e] if re.fullmatch(r"(\w+): (.+)", l))
    if "title" not in fm or len(fm) != e - 1: errors.append(f"{f}: front matter lines")
    queries, i = [], e + 1
    while i < len(L):
        l = L[i]
        if l.startswith("```"):
            qm = re.fullmatch(r"```sql (\w+)", l)
            if not qm: errors.append(f"{f}: a code block that is not a named sql query: {l!r}"); i += 1; continue
            if qm[1] in queries: errors.append(f"{f}: query {qm[1]} twice")
            j = next((k for k in range(i + 1, len(L)) if L[k] == "```"), None)
            if j is None: errors.append(f"{f}: unclosed query {qm[1]}"); return
            body = "\n".join(L[i + 1:j])
            for ref in re.findall(r"\$\{(\w+)\}", body):
                if ref not in queries: errors.append(f"{f}: {qm[1]} uses ${{{ref}}} before it is defined")
            vm = re.search(r"from \(values\n(.*)\n\) as \w+\(([\w, ]+)\)", body, re.S)
            if vm:
                width = len(vm[2].split(","))
                for r in vm[1].split("\n"):
                    cells = re.findall(r"'(?:[^']|'')*'|null|-?\d+(?:\.\d+)?", r)
                    rebuilt = "  (" + ", ".join(cells) + ")"
                    if len(cells) != width or r.rstrip(",") != rebuilt: errors.append(f"{f}: VALUES row of {len(cells)} cells for {width} columns")
            if body.count("(") != body.count(")"): errors.append(f"{f}: unbalanced parentheses in {qm[1]}")
            queries.append(qm[1]); i = j + 1; continue
        i += 1
    text = "\n".join(L[e + 1:])
    for d in re.findall(r"data=\{(\w+)\}", text):
        if d not in queries: errors.append(f"{f}: a component uses undefined query {d}")
    for d in re.findall(r"\{#each (\w+) as \w+\}", text):
        if d not in queries: errors.append(f"{f}: #each over undefined query {d}")
    for a, b in (("{#each", "{/each}"), ("{#if", "{/if}"), ("<DataTable", "</DataTable>")):
        if text.count(a) != text.count(b): errors.append(f"{f}: {a} and {b} do not pair")
    for comp in re.findall(r"<([A-Z]\w+)", text):
        if comp not in ("BigValue", "DataTable", "Column", "BarChart", "LineChart", "Value", "Details", "Alert"): errors.append(f"{f}: unknown component {comp}")


# ---------------------------------------------------------------- 1754 nbb
def edn_val(t):
    if t == "nil": return None
    if re.fullmatch(r"-?\d+", t): return int(t)
    m = re.fullmatch(r'"([^"\\]*)"', t)
    return m[1] if m else ValueError


def pr_str(v):
    if v is None: return "nil"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return '"' + v + '"'
    if isinstance(v, dict): return "{" + ", ".join(f":{k} {pr_str(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list): return "[" + " ".join(pr_str(x) for x in v) + "]"


def check_nbb(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"cat (\S+\.edn)", "cat of the EDN file")
    if not m: return
    src = m[1]
    body = [l for l in b if not l.startswith(";;")]
    if b[:len(b) - len(body)] != [l for l in b if l.startswith(";;")]: errors.append(f"{f}: comments inside the EDN data")
    recs, cur = [], None
    for n, l in enumerate(body):
        lm = re.fullmatch(r"(\[\{| \{|  ):(\w+) (nil|-?\d+|\"[^\"\\]*\")(\}?)(\]?)", l)
        if not lm: errors.append(f"{f}: EDN line {l[:40]!r}"); return
        opener, k, v, close, end = lm.groups()
        if opener in ("[{", " {"):
            if cur is not None or (opener == "[{") != (n == 0): errors.append(f"{f}: EDN map opened inside a map or [ misplaced"); return
            cur = {}
        elif cur is None: errors.append(f"{f}: EDN key outside a map"); return
        if k in cur: errors.append(f"{f}: EDN key :{k} twice in a map")
        cur[k] = edn_val(v)
        if close: recs.append(cur); cur = None
        if end and n != len(body) - 1: errors.append(f"{f}: EDN vector closed early")
    if cur is not None or not body or not body[-1].endswith("}]"): errors.append(f"{f}: EDN vector not closed"); return
    if any(list(r) != list(recs[0]) for r in recs): errors.append(f"{f}: EDN maps with different keys")
    m, b = first_cmd(f, cmds, r"npx nbb", "nbb REPL")
    if not m: return
    if not b or b[-1] != "user=> ": errors.append(f"{f}: the nbb session does not end on a bare user=> prompt"); return
    steps = []
    for l in b[:-1]:
        if l.startswith("user=> "): steps.append((l[7:], []))
        elif not steps: errors.append(f"{f}: REPL output before the first prompt"); return
        else: steps[-1][1].append(l)
    data, wrote = None, None
    for form, out in steps:
        dm = re.fullmatch(r"\(def (\S+) \(edn/read-string \(str \(fs/readFileSync \"([^\"]+)\" \"utf8\"\)\)\)\)", form)
        if form.startswith("(require "):
            if out != ["nil"]: errors.append(f"{f}: require printed {out}")
        elif dm:
            if dm[2] != src: errors.append(f"{f}: the REPL reads {dm[2]}, not the file shown")
            data, name = recs, dm[1]
            if out != [f"#'user/{name}"]: errors.append(f"{f}: def printed {out}")
        elif data is None: errors.append(f"{f}: {form[:30]!r} before the data is read")
        elif form == f"(count {name})":
            if out != [str(len(data))]: errors.append(f"{f}: count printed {out}")
        elif re.fullmatch(rf"\(count \(filter :(\w+) {name}\)\)", form):
            k = re.fullmatch(rf"\(count \(filter :(\w+) {name}\)\)", form)[1]
            if out != [str(sum(1 for r in data if r.get(k) not in (None, False)))]: errors.append(f"{f}: the filter count")
        elif form.startswith("(doseq [[i m] (map-indexed vector"):
            km = re.search(r"\(:(\w+) m\)", form)
            if not km or out != [f"{i + 1}. {r.get(km[1])}" for i, r in enumerate(data)] + ["nil"]: errors.append(f"{f}: doseq's lines do not follow the data")
        elif re.fullmatch(rf"\(map :(\w+) \(remove #\(or \(:(\w+) %\) \(:(\w+) %\)\) {name}\)\)", form):
            a_, b_, c_ = re.fullmatch(rf"\(map :(\w+) \(remove #\(or \(:(\w+) %\) \(:(\w+) %\)\) {name}\)\)", form).groups()
            if out != ["(" + " ".join(pr_str(r.get(a_)) for r in data if r.get(b_) is None and r.get(c_) is None) + ")"]: errors.append(f"{f}: the remove/map list")
        elif re.fullmatch(rf'\(fs/writeFileSync "([^"]+)" \(pr-str {name}\)\)', form):
            wrote = re.fullmatch(rf'\(fs/writeFileSync "([^"]+)".*', form)[1]
            if out != ["nil"]: errors.append(f"{f}: writeFileSync printed {out}")
        else:
            errors.append(f"{f}: unexpected REPL form {form[:40]!r}")
    if wrote:
        m, b = first_cmd(f, cmds, r"wc -c " + re.escape(wrote), "wc -c of the written file")
        if m and b != [f"{len(pr_str(data).encode())} {wrote}"]: errors.append(f"{f}: wc -c printed {b}, pr-str gives {len(pr_str(data).encode())} bytes")


# ---------------------------------------------------------------- 1755 Parse Server
OID = re.compile(r"[0-9A-Za-z]{10}")


def check_parse(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    HD = '-H "X-Parse-Application-Id: lukulista" -H "X-Parse-REST-API-Key: $PARSE_REST_KEY"'
    rows, post, body = None, None, None
    for c, b in cmds:
        if not c.startswith("curl"): continue
        if HD not in c: errors.append(f"{f}: a Parse call without the application id and REST key headers"); continue
        cm = re.search(r"(https://[\w.-]+/parse)/classes/(\w+)(?:/(\w+))?", c)
        if not cm: errors.append(f"{f}: not a /parse/classes call"); continue
        if "@tsv" in c:
            km = re.search(r"'keys=([\w,]+)'", c)
            rows = [l.split("\t") for l in b]
            if any(len(r) != 4 for r in rows): errors.append(f"{f}: @tsv rows without four fields")
            if any(r[0] not in ("luettu", "kesken", "lukematta") for r in rows): errors.append(f"{f}: an unknown tila")
        elif "-X POST" in c:
            bm = re.search(r"-d '([^']*)'", c)
            try: body = json.loads(bm[1])
            except (ValueError, TypeError): errors.append(f"{f}: POST body does not parse"); continue
            if '-H "Content-Type: application/json"' not in c: errors.append(f"{f}: POST without Content-Type")
            post = compact(f, b[0], "POST answer") if len(b) == 1 else None
            if not post or list(post) != ["objectId", "createdAt"] or not OID.fullmatch(str(post.get("objectId"))) or not iso_ms(post.get("createdAt")):
                errors.append(f"{f}: the POST answer is not {{objectId, createdAt}}"); post = None
        elif cm[3]:
            v = json_exact(f, b, "object")
            if not v: continue
            if not post or cm[3] != post["objectId"]: errors.append(f"{f}: GET of an object the POST did not create"); continue
            if list(v)[-3:] != ["createdAt", "updatedAt", "objectId"]: errors.append(f"{f}: object keys do not end with createdAt, updatedAt, objectId")
            if v.get("objectId") != post["objectId"] or v.get("createdAt") != post["createdAt"]: errors.append(f"{f}: the object differs from the POST answer")
            if (v.get("updatedAt") or "") < (v.get("createdAt") or ""): errors.append(f"{f}: updatedAt before createdAt")
            if any(v.get(k) != x for k, x in (body or {}).items()): errors.append(f"{f}: the object's fields differ from the POST body")
        elif "count=1" in c:
            v = compact(f, b[0], "count") if len(b) == 1 else None
            if v is None: errors.append(f"{f}: count answer"); continue
            if v.get("results") != [] or rows is None or v.get("count") != len(rows) + (1 if post else 0): errors.append(f"{f}: count {v.get('count')} is not the rows plus the new object")
        else:
            errors.append(f"{f}: an unknown Parse call")


# ---------------------------------------------------------------- 1756 numbat
NB_UNITS = {"W": (1, "watt", "Power"), "h": (1, "hour", None), "kWh": (1000, "kilowatt_hour", "Energy"),
            "kW": (1000, "kilowatt", "Power"), "kg": (1, "kilogram", "Mass")}


def nb_fmt(x):
    x = x.quantize(Decimal("0.01"))
    return format(x.normalize(), "f")


def check_numbat(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"nvidia-smi --query-gpu=index,name,power\.limit --format=csv", "nvidia-smi query")
    if m:
        if not b or b[0] != "index, name, power.limit [W]": errors.append(f"{f}: nvidia-smi CSV header")
        for i, l in enumerate(b[1:]):
            if not re.fullmatch(rf"{i}, [^,]+, \d+\.\d\d W", l): errors.append(f"{f}: nvidia-smi row {i}: {l!r}")
    m, b = first_cmd(f, cmds, r"numbat", "numbat session")
    if not m: return
    if not b or b[-1] != ">>> quit": errors.append(f"{f}: the numbat session does not end with quit"); return
    steps = []
    for l in b[:-1]:
        if l.startswith(">>> "): steps.append((l[4:], []))
        elif not steps: errors.append(f"{f}: numbat output before the first input"); return
        else: steps[-1][1].append(l)
    ans = ans_unit = None
    for src, out in steps:
        expr, _, target = src.partition(" -> ")
        toks = expr.split(" ")
        echo, val, ok = [], Decimal(1), True
        op = "×"
        for t in toks:
            if t in ("×", "/"): op = t; echo.append(t); continue
            if t == "ans":
                if ans is None: ok = False; break
                x = ans; echo.append(t)
            elif re.fullmatch(r"\d+(\.\d+)?", t): x = Decimal(t); echo.append(t)
            elif t in NB_UNITS: x = Decimal(NB_UNITS[t][0]); echo.append(NB_UNITS[t][1])
            else: ok = False; break
            val = val * x if op == "×" else val / x
        if not ok: errors.append(f"{f}: cannot evaluate {src!r}"); continue
        units = [t for t in toks if t in NB_UNITS]
        unit = target or next((u for u in units if NB_UNITS[u][2] and u != "W" and u != "kg"), None)
        if not target and "kg" in units: unit = "kg"
        if not target and units == [] and "ans" in toks and ans_unit: unit = ans_unit
        want_echo = "  " + " ".join(echo) + (f" ➞ {NB_UNITS[target][1]}" if target else "")
        shown = val / NB_UNITS[unit][0] if unit else val
        want = ["", want_echo, "", f"    = {nb_fmt(shown)}" + (f" {unit}    [{NB_UNITS[unit][2]}]" if unit else ""), ""]
        if out != want: errors.append(f"{f}: numbat answer to {src!r} is not {want[3].strip()!r}")
        ans, ans_unit = val, unit


def shape_checks(f, raw, path):
    n = num(f)
    {1747: check_node, 1748: check_stg, 1749: check_spotify, 1750: check_teedy, 1751: check_vue,
     1752: check_srcbook, 1753: check_evidence, 1754: check_nbb, 1755: check_parse,
     1756: check_numbat}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone; the JSON strings of 1748 (the whole file) and of every JSON value printed in 1749,
    1750 and 1755 (jq's pretty blocks and compact lines)"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) == 1748:
        try: vals = [json.loads(raw)]
        except ValueError: pass
    if num(f) in (1749, 1750, 1755):
        cur = []
        for l in raw.split("\n"):
            if l.startswith("{") and l.endswith("}") and not cur:
                try: vals.append(json.loads(l))
                except ValueError: pass
            elif l in ("{", "[") and not cur: cur = [l]
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
# (uses, catalogue title); round173 = odd positions from 3 on, one unbroken run; round172 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P172S = ["/work/rounds/digests-round172/expected.json", "/work/main/tests/data/digests-round172/expected.json"]
P172 = next((p for p in P172S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P172S:
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 1) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round173 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r172 = set()
if P172:
    try:
        r172 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P172)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P172} exists but could not be read (being written?)")
    if r172 & mine: errors.append(f"papers also in round172: {sorted(r172 & mine)}")
shared172 = len(r172 & mine) if P172 else "(no round172 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round173 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round172: {shared172}; papers in more than one round173 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


