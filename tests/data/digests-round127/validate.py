#!/usr/bin/env python3
r"""Checks round127/expected.json against the digests and the shared catalogues.

Adapted from round125/validate.py (the label checks are the same code; the reuse report is round125's with round126 /
round127 in place of round124 / round125: round127 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round126's and round127's own (a
digests-round126 / digests-round127 folder, or a file whose bytes equal round126's or round127's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round127 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round126's expected.json (read only, from /work/rounds/digests-round126/ or
/work/main/tests/data/digests-round126/, when it exists), and on a paper in more than one round127 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1287 and 1291 every JSON string; 1288 every
quoted string util.inspect printed; 1289 `\n` in the logged Python repr undone; 1293 every N-Triples literal (\uXXXX
\UXXXXXXXX \" \\ \n undone); 1294 every JSON string of the Jackson-printed values; 1295 git's C-quoted paths (octal
UTF-8 bytes) undone; 1296 every CSV field; everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1287 YaCy yacysearch.json (parsed and re-printed in the template's layout and compared; channel title / description
/ link / image from searchTerms and the peer, `&amp;` in links; digit-string totals, items ≤ itemsPerPage and ≤
totalResults; each item's keys in order, host / path / file from the link, guid = urlhash (12 characters of YaCy's
base64), faviconUrl naming the urlhash, RFC 822 pubDate with the right weekday, sizename from size, the query in title
or description, rankings strictly descending, no link twice; facet elements' keys and modifiers, counts adding up to
totalResults, every item's host in the domains facet);
1288 newman run (the command and final prompt; "newman" and the collection name; request blocks `→ name`, the request
line `[code status, size, time]`, console boxes `┌ │ └` with balanced brackets and no one-line object over 80 columns,
`✓` assertions and failures numbered 1, 2, …; the summary table's rows as wide as its header, executed / failed
counts = requests, test scripts, assertions and failures counted in the blocks; average / min / max / s.d. of the
response times and total data received re-computed, run duration not shorter than the requests; the failure list
repeating each failure's number, name and request);
1289 home-assistant.log (every line `date time.ms LEVEL (Thread) [logger] message`; times ascending; automation lines
only Running / Executing step / Already running (a warning), steps inside a run; the system_log lines right after a
step, `Nový záznam: … – URL`; feedreader's fetch → entries found → completed (or a fetch error) per feed; the Telegram
error's byte offset = the unclosed `_` in its text, its text = the last written title and link);
1290 Steampipe (the command, the welcome lines, `> ` prompts, `.timing on` and its answer; every table's rules and
cells by display width, columns as wide as their widest cell, columns = the selected ones; published timestamps
RFC 3339 and descending under `order by published desc`; after each table a blank line and `Time: …ms. Rows returned:
N. …` with N = the rows; the missing-qual error naming the query's table and its required key column, which the query lacks; `.exit`, the
shell prompt);
1291 Karakeep API + jq (re-printed in jq's layout and compared; top keys, bookmark keys in order, cuid2 ids unique,
ISO times with milliseconds, modified not before created, newest first; tags' keys, attachedBy ai/human, one id per
tag name, no AI tags while tagging is pending; content keys per type (link / text / asset), crawledAt between created
and modified, an arXiv abstract page's title starting with [id], screenshot / banner / uploaded assets listed in
assets, no assets on text; nextCursor = base64 JSON of the last bookmark's id and createdAt);
1292 Miller session (prompts; each command's output in its format: PPRINT columns padded by code points to the widest
cell + 1, no empty cell (`-`), no trailing spaces; XTAB keys padded per record; JSON in Miller's layout with
number-like values unquoted; --barred rules; the first `cut -f` table keeps the file's field order and is the
reference: count-distinct counts it, the XTAB / PPRINT filters give its matching rows with the same values, head -n
its first rows, the JSON records its ids and arxiv values; the unknown-option error);
1293 rapper N-Triples (ASCII only; every line subject, predicate, object and ` .` with rapper's escapes — \uXXXX in
upper-case hex, \" \\ \n —; a subject's triples contiguous; typed literals valid
for their XSD type; blank nodes described; every article with one English title and creators; sessions discuss
articles described here; session dates ascending);
1294 avro-tools (prompts and commands, log4j's three warnings after each; the schema and every record re-printed with
Jackson's default pretty printer and compared; every record valid against the schema: field order, unions as
{branch: value}, enum symbols, longs, bytes as characters below U+0100, arrays; event ids unique uuid4; ts strictly
ascending);
1295 git grep (prompts and commands; each output line a path then `:line:text` or `:count`; with core.quotePath on a
path is C-quoted exactly when it holds non-ASCII bytes, octal escapes only, off: never quoted; files in byte order,
line numbers ascending in a file, each line matching the pattern (case-blind with -i), the same file and line with the
same text in every output; -c counts = the matches shown for the same pattern);
1296 Diigo CSV (LF, final newline; the header; seven fields a record; title and URL; comma-separated tags;
annotation lines `Highlight:` / `Sticky Note:`; created_at `YYYY/MM/DD HH:MM:SS +0000`, newest first; re-written with
minimal quoting and compared).
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


JS_STR = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")


def js_strings(raw):
    """the quoted strings util.inspect printed (\\' \\\\ \\n undone)"""
    out = []
    for m in JS_STR.finditer(raw):
        out.append(re.sub(r"\\(.)", lambda x: {"n": "\n", "t": "\t"}.get(x.group(1), x.group(1)), m.group(0)[1:-1]))
    return out


def nt_unescape(s):
    return re.sub(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)', lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] in "uU" and len(m.group(1)) > 1
                  else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), s)


def nt_literals(raw):
    return [nt_unescape(m) for m in re.findall(r'"((?:[^"\\\n]|\\.)*)"', raw)]


def cunquote(p):
    """git's C-quoted path (octal escapes of the UTF-8 bytes, \\" \\\\ \\t \\n) back to text"""
    if not (p.startswith('"') and p.endswith('"')): return p
    b, i, s = bytearray(), 0, p[1:-1]
    while i < len(s):
        if s[i] == "\\":
            if re.fullmatch(r"[0-7]{3}", s[i + 1:i + 4]): b.append(int(s[i + 1:i + 4], 8)); i += 4; continue
            b += {"n": b"\n", "t": b"\t", '"': b'"', "\\": b"\\"}.get(s[i + 1], s[i + 1].encode()); i += 2; continue
        b += s[i].encode(); i += 1
    try: return b.decode("utf-8")
    except UnicodeDecodeError: errors.append(f"a C-quoted path that is not UTF-8 after unquoting: {p[:40]!r}"); return p


def json_blocks(raw):
    """top-level JSON values printed one after another (Jackson's pretty output: `{` … `}` at column 0)"""
    out, cur = [], None
    for l in raw.split("\n"):
        if l == "{": cur = [l]; continue
        if cur is not None:
            cur.append(l)
            if l == "}": out.append("\n".join(cur)); cur = None
    return out


def decoded_forms(f, raw, path):
    import csv as _csv, io as _io
    n, forms = num(f), []
    if n in (1287, 1291): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1288: forms.append("\n".join(js_strings(raw)))
    if n == 1289: forms.append(raw.replace("\\n", "\n"))
    if n == 1293: forms.append("\n".join(nt_literals(raw)))
    if n == 1294: forms.append("\n".join(s for b in json_blocks(raw) for s in json_strings(json.loads(b))))
    if n == 1295: forms.append("\n".join(cunquote(m) for m in re.findall(r'^("(?:[^"\\]|\\.)*")', raw, re.M)))
    if n == 1296: forms.append("\n".join(c for r in _csv.reader(_io.StringIO(raw)) for c in r))
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


def ascending(f, where, xs, strict=False):
    for a, b in zip(xs, xs[1:]):
        if b < a or (strict and b == a): errors.append(f"{f}: {where}: {b} after {a}"); return


def dwidth(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


ARXIV_TEXT = re.compile(r"arXiv:\d{4}\.\d{4,5}")
ID_OR_LINK = re.compile(r"https?://|arXiv:\d{4}\.\d{4,5}|\b\d{4}\.\d{4,5}\b")
PROMPT = re.compile(r"([\w.-]+)@([\w-]+):(\S+)\$ (.*)")


# ---- 1287 YaCy yacysearch.json
def yacy_render(d):
    s = lambda v: json.dumps(v, ensure_ascii=False)
    c = d["channels"][0]
    out = ["{", '  "channels": [{', f'    "title": {s(c["title"])},', f'    "description": {s(c["description"])},',
           f'    "link": {s(c["link"])},', '    "image": {', f'      "url": {s(c["image"]["url"])},',
           f'      "title": {s(c["image"]["title"])},', f'      "link": {s(c["image"]["link"])}', '    },',
           f'    "totalResults": {s(c["totalResults"])},', f'    "startIndex": {s(c["startIndex"])},',
           f'    "itemsPerPage": {s(c["itemsPerPage"])},', f'    "searchTerms": {s(c["searchTerms"])},', '', '    "items": [']
    for n, it in enumerate(c["items"]):
        out.append("    {")
        ks = list(it)
        out += [f'      "{k}": {s(it[k])}' + ("," if j < len(ks) - 1 else "") for j, k in enumerate(ks)]
        out.append("    }" + ("," if n < len(c["items"]) - 1 else ""))
    out += ["    ],", "", '    "navigation": [']
    for n, fc in enumerate(c["navigation"]):
        out.append("    {")
        out += [f'      "{k}": {s(fc[k])},' for k in list(fc)[:-1]]
        out.append('      "elements": [')
        els = fc["elements"]
        out += ["        {" + ", ".join(f'"{k}": {s(v)}' for k, v in e.items()) + "}" + ("," if j < len(els) - 1 else "") for j, e in enumerate(els)]
        out += ["      ]", "    }" + ("," if n < len(c["navigation"]) - 1 else "")]
    out += ["    ]", "  }]", "}"]
    return "\n".join(out) + "\n"


ITEM_KEYS = ["title", "link", "code", "description", "pubDate", "size", "sizename", "guid", "faviconUrl", "host", "path", "file", "urlhash", "ranking"]


def check_yacy(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if not keys_are(f, "top", d, ["channels"]) or len(d["channels"]) != 1: return
    c = d["channels"][0]
    if not keys_are(f, "channel", c, ["title", "description", "link", "image", "totalResults", "startIndex", "itemsPerPage", "searchTerms", "items", "navigation"]): return
    try:
        if yacy_render(d) != raw: errors.append(f"{f}: not YaCy's template layout")
    except (KeyError, TypeError, IndexError) as ex: errors.append(f"{f}: cannot re-render: {ex!r}")
    q = c["searchTerms"]
    if c["title"] != "YaCy P2P-Search for " + q or c["description"] != "Search for " + q or c["image"]["title"] != "Search for " + q: errors.append(f"{f}: channel title / description")
    lm = re.fullmatch(r"(https?://[\w.-]+(?::\d+)?)/yacysearch\.html\?query=" + re.escape(q) + r"&amp;resource=(local|global)&amp;contentdom=text", c["link"])
    if not lm or c["image"]["link"] != c["link"] or c["image"]["url"] != lm.group(1) + "/env/grafics/yacy.png": errors.append(f"{f}: channel link / image"); return
    peer = lm.group(1)
    for k in ("totalResults", "startIndex", "itemsPerPage"):
        if not re.fullmatch(r"\d+", c[k]): errors.append(f"{f}: {k} not a digit string")
    if not all(re.fullmatch(r"\d+", c[k]) for k in ("totalResults", "startIndex", "itemsPerPage")): return
    items, tot = c["items"], int(c["totalResults"])
    if len(items) > int(c["itemsPerPage"]) or len(items) > tot: errors.append(f"{f}: {len(items)} items for itemsPerPage {c['itemsPerPage']} / totalResults {tot}")
    links, ranks = [], []
    for i, it in enumerate(items):
        if not keys_are(f, f"item {i}", it, ITEM_KEYS): continue
        m = re.fullmatch(r"https?://([^/?#]+)(/[^?#]*)?(\?[^#]*)?", it["link"])
        if not m: errors.append(f"{f}: item {i}: link {it['link']!r}"); continue
        if it["host"] != m.group(1): errors.append(f"{f}: item {i}: host {it['host']!r} for {it['link']!r}")
        path = (m.group(2) or "/") + (m.group(3) or "")
        if it["path"] != path or it["file"] != (m.group(2) or "/").rsplit("/", 1)[1]: errors.append(f"{f}: item {i}: path / file")
        if it["guid"] != it["urlhash"] or not re.fullmatch(r"[A-Za-z0-9_-]{12}", it["urlhash"]): errors.append(f"{f}: item {i}: guid / urlhash")
        if it["faviconUrl"] != f"{peer}/ViewImage.png?width=16&amp;height=16&amp;code={it['urlhash']}&amp;isStatic=true": errors.append(f"{f}: item {i}: faviconUrl")
        try:
            pd = dt.datetime.strptime(it["pubDate"], "%a, %d %b %Y %H:%M:%S %z")
            if pd.strftime("%a") != it["pubDate"][:3]: errors.append(f"{f}: item {i}: pubDate weekday")
        except ValueError: errors.append(f"{f}: item {i}: pubDate {it['pubDate']!r} not RFC 822")
        if not re.fullmatch(r"\d+", it["size"]): errors.append(f"{f}: item {i}: size"); continue
        sz = int(it["size"])
        want = f"{sz // 1024} kbyte" if sz < 1048576 else f"{sz / 1048576:.1f} mbyte".replace(".0 ", " ")
        if it["sizename"] != want: errors.append(f"{f}: item {i}: sizename {it['sizename']!r} for size {sz}")
        if it["code"] != "": errors.append(f"{f}: item {i}: code")
        if q.lower() not in (it["title"] + " " + it["description"]).lower(): errors.append(f"{f}: item {i}: the query is in neither title nor description")
        if not re.fullmatch(r"\d+", it["ranking"]): errors.append(f"{f}: item {i}: ranking"); continue
        links.append(it["link"]); ranks.append(-int(it["ranking"]))
    if len(set(links)) != len(links): errors.append(f"{f}: a link twice")
    ascending(f, "rankings (best first)", ranks, strict=True)
    hosts = set()
    for fc in c["navigation"]:
        if not keys_are(f, "facet", fc, ["facetname", "displayname", "type", "min", "max", "mean", "elements"]): continue
        if sum(int(e["count"]) for e in fc["elements"]) != tot: errors.append(f"{f}: facet {fc['facetname']}: counts do not add up to totalResults")
        pre = {"domains": "site%3A", "filetypes": "filetype%3A"}.get(fc["facetname"], "")
        for e in fc["elements"]:
            if list(e) != ["name", "count", "modifier", "url"] or e["modifier"] != pre + e["name"] or not e["url"].startswith(f"/yacysearch.json?query={q}+{e['modifier']}&amp;"): errors.append(f"{f}: facet element {e.get('name')!r}")
            if fc["facetname"] == "domains": hosts.add(e["name"])
    for it in items:
        if isinstance(it, dict) and it.get("host") not in hosts: errors.append(f"{f}: host {it.get('host')!r} not in the domains facet")


# ---- 1288 newman run (CLI reporter)
def check_newman(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0])
    if not m or not m.group(4).startswith("newman run ") or L[-1] != L[0][:L[0].index("$ ") + 2]: errors.append(f"{f}: the newman run command / final prompt"); return
    if L[1:3] != ["newman", ""] or not L[3] or L[4] != "": errors.append(f"{f}: newman's header (newman, the collection name)"); return
    i, reqs, tests, fails = 5, [], [], []
    REQ = re.compile(r"  (GET|POST|PUT|PATCH|DELETE) (https?://\S+) \[(\d{3}) ([A-Za-z ]+), (\d+B|\d+(?:\.\d\d)?kB), (\d+)ms\]")
    while i < len(L) and L[i].startswith("→ "):
        name = L[i][2:]
        rm = REQ.fullmatch(L[i + 1]) if i + 1 < len(L) else None
        if not rm: errors.append(f"{f}: line {i + 2}: the request line of {name!r}"); return
        size = rm.group(5)
        reqs.append((name, int(rm.group(6)), int(size[:-1]) if size.endswith("B") and not size.endswith("kB") else round(float(size[:-2]) * 1000), rm.group(3)))
        i += 2
        while i < len(L) and L[i] != "":
            l = L[i]
            if l == "  ┌":
                j = i + 1
                while j < len(L) and L[j].startswith("  │ "): j += 1
                if j == i + 1 or j >= len(L) or L[j] != "  └": errors.append(f"{f}: line {i + 1}: a console box not closed"); return
                box = "\n".join(x[4:] for x in L[i + 1:j])
                for bl in box.split("\n"):
                    if len(bl) > 80 and not re.fullmatch(r" *\w+: '.*',?| *'.*',?", bl): errors.append(f"{f}: line {i + 2}: an inspect line over 80 columns that could break")
                if box.count("{") != box.count("}") or box.count("[") - box.count("[ Array") != box.count("]") - box.count("[ Array"):
                    errors.append(f"{f}: line {i + 1}: unbalanced braces in a console box")
                for one in box.split("\n"):
                    if one.startswith("{ ") and len(one) > 80: errors.append(f"{f}: line {i + 1}: a one-line object over 80 columns")
                i = j + 1; continue
            tm = re.fullmatch(r"  ✓  (\S.*)", l)
            fm = re.fullmatch(r"  (\d+)\. (\S.*)", l)
            if tm: tests.append((name, tm.group(1), True))
            elif fm:
                tests.append((name, fm.group(2), False)); fails.append((int(fm.group(1)), fm.group(2), name))
            else: errors.append(f"{f}: line {i + 1}: neither a console box nor an assertion: {l[:40]!r}")
            i += 1
        i += 1
    if [n for n, _, _ in fails] != list(range(1, len(fails) + 1)): errors.append(f"{f}: failures not numbered 1, 2, …")
    T_ = L[i:]
    if not T_ or not T_[0].startswith("┌"): errors.append(f"{f}: no summary table after the requests"); return
    W = [len(x) for x in T_[0][1:-1].split("┬")]
    box = [l for l in T_ if l[:1] and l[:1] in "┌│├└"]
    rows = {}
    for l in box:
        cells = re.fullmatch(r"│ *(\S*) │ *(\S+) │ *(\S+) │", l)
        if cells:
            if [len(x) for x in l[1:-1].split("│")] != W: errors.append(f"{f}: summary row {l[:30]!r} not as wide as the header")
            rows[cells.group(1) or "head"] = (cells.group(2), cells.group(3))
        elif l[0] in "├┌└" and l != T_[0] and not re.fullmatch(r"[├└]─+[┤┘]|├[─┼┴]+┤", l): errors.append(f"{f}: a rule {l[:20]!r}")
    want = {"head": ("executed", "failed"), "iterations": ("1", "0"), "requests": (str(len(reqs)), "0"),
            "test-scripts": (str(len(reqs)), "0"), "assertions": (str(len(tests)), str(len(fails)))}
    for k, v in want.items():
        if rows.get(k) != v: errors.append(f"{f}: summary {k}: {rows.get(k)} (want {v})")
    full = sum(W) + 2
    foot = [re.fullmatch(r"│ (.*?) *│", l).group(1) for l in box if re.fullmatch(r"│ [a-z].*│", l) and not re.fullmatch(r"│ *\S* │ *\S+ │ *\S+ │", l)]
    for l in box:
        if re.fullmatch(r"│ [a-z].*│", l) and not re.fullmatch(r"│ *\S* │ *\S+ │ *\S+ │", l) and len(l) != full + 2 and not l.endswith(" │"): errors.append(f"{f}: a footer line neither as wide as the box nor closed after its text")
    ts = [t for _, t, _, _ in reqs]
    mean = sum(ts) / len(ts)
    sd = round((sum((t - mean) ** 2 for t in ts) / len(ts)) ** .5)
    if f"average response time: {round(mean)}ms [min: {min(ts)}ms, max: {max(ts)}ms, s.d.: {sd}ms]" not in foot: errors.append(f"{f}: the average response time line does not follow from the requests")
    tm = [re.fullmatch(r"total data received: (\d+\.\d\d)kB \(approx\)", x) for x in foot]
    if not any(tm) or abs(float(next(x for x in tm if x).group(1)) * 1000 - sum(s for _, _, s, _ in reqs)) > 5 * len(reqs) + 5: errors.append(f"{f}: total data received does not add up (the request sizes, as shown rounded)")
    dm = [re.fullmatch(r"total run duration: (\d+(?:\.\d)?)s", x) for x in foot]
    if not any(dm) or float(next(x for x in dm if x).group(1)) * 1000 < sum(ts) - 50: errors.append(f"{f}: total run duration shorter than the requests")
    rest = T_[len(box):]
    if rest[:3] != ["", "  #  failure         detail", ""]: errors.append(f"{f}: the failure list header"); return
    k, got = 3, []
    while k < len(rest) - 1:
        hm = re.fullmatch(r" (\d+)\.  (\w+) {2,}(\S.*)", rest[k])
        if not hm: errors.append(f"{f}: failure line {rest[k][:40]!r}"); return
        det = []
        k += 1
        while k < len(rest) and rest[k].startswith(" " * 21): det.append(rest[k][21:]); k += 1
        got.append((int(hm.group(1)), hm.group(3), det[-1] if det else ""))
        if k < len(rest) and rest[k] == "": k += 1
    if [(n, t, f'inside "{r}"') for n, t, r in fails] != got: errors.append(f"{f}: the failure list does not repeat the failed assertions (number, name, request)")


# ---- 1289 home-assistant.log
HA = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) \((MainThread|SyncWorker_\d+|Recorder|ImportExecutor_\d+)\) \[([\w.]+)\] (.+)")


def check_ha(f, raw):
    L = lines_of(f, raw)
    times, fetching, runs = [], {}, {}
    last_msg = None
    for n, l in enumerate(L, 1):
        m = HA.fullmatch(l)
        if not m: errors.append(f"{f}: line {n}: not a Home Assistant log line: {l[:50]!r}"); continue
        t, lvl, th, lg, msg = m.groups()
        times.append(t)
        if lg.startswith("homeassistant.components.automation."):
            am = re.fullmatch(r"(.+): (Running automation actions|Executing step call service|Already running)", msg)
            if not am: errors.append(f"{f}: line {n}: automation message {msg[:40]!r}"); continue
            if am.group(2) == "Running automation actions":
                if lvl != "INFO": errors.append(f"{f}: line {n}: level")
                runs[lg] = n
            elif am.group(2) == "Executing step call service":
                if runs.get(lg) is None or n - runs[lg] > 4: errors.append(f"{f}: line {n}: a step outside a run")
            elif lvl != "WARNING": errors.append(f"{f}: line {n}: Already running is a warning")
        if lg == "ctenarsky_klub":
            if not (n >= 2 and L[n - 2].endswith("Executing step call service")): errors.append(f"{f}: line {n}: system_log.write's line not after a step")
            sm = re.fullmatch(r"Nový záznam: (.+) – (https?://\S+)", msg)
            if not sm: errors.append(f"{f}: line {n}: the written message {msg[:40]!r}")
            else: last_msg = sm
        if lg.endswith("feedreader.coordinator"):
            fm = re.fullmatch(r"Fetching new data from feed (\S+)|(\d+) entries found in feed (\S+)|Fetch from feed (\S+) completed|Error fetching feed data from (\S+) : .+", msg)
            if not fm: errors.append(f"{f}: line {n}: feedreader message {msg[:40]!r}"); continue
            if fm.group(1): fetching[fm.group(1)] = "fetching"
            elif fm.group(3):
                if fetching.get(fm.group(3)) != "fetching": errors.append(f"{f}: line {n}: entries found without a fetch")
                fetching[fm.group(3)] = "found"
            elif fm.group(4):
                if fetching.get(fm.group(4)) != "found": errors.append(f"{f}: line {n}: completed without entries found")
                fetching[fm.group(4)] = None
            elif fm.group(5):
                if fetching.get(fm.group(5)) != "fetching" or lvl != "WARNING": errors.append(f"{f}: line {n}: a fetch error without a fetch")
                fetching[fm.group(5)] = None
        if lg == "homeassistant.components.telegram_bot":
            tm = re.fullmatch(r"Error sending message: Can't parse entities: can't find end of the entity starting at byte offset (\d+)\. Args: \((-?\d+), '(.*)'\), kwargs: \{.*\}", msg)
            if not tm or lvl != "ERROR": errors.append(f"{f}: line {n}: telegram_bot's error"); continue
            text = tm.group(3).replace("\\n", "\n")
            if "_" not in text or len(text.encode().split(b"_")[0]) != int(tm.group(1)): errors.append(f"{f}: line {n}: the byte offset is not the unclosed entity's")
            if not last_msg or f"*{last_msg.group(1)}*\n{last_msg.group(2)}" != text: errors.append(f"{f}: line {n}: the Telegram text is not the last written message")
    ascending(f, "times", times)
    if any(v for v in fetching.values()): errors.append(f"{f}: a fetch with no end")


# ---- 1290 Steampipe interactive query
def ascii_table(f, L, i):
    """a +---+ table from line i; returns (columns, rows, next line) or None"""
    rule = L[i]
    if not re.fullmatch(r"\+(-+\+)+", rule): return None
    ws = [len(x) - 2 for x in rule[1:-1].split("+")]
    def cells(l):
        parts = l[1:-1].split("|")
        if not l.startswith("|") or not l.endswith("|") or len(parts) != len(ws): return None
        for p, w in zip(parts, ws):
            if dwidth(p) != w + 2 or not p.startswith(" ") or (p.rstrip() != p and p.strip() and p[1] == " "): return None
        return [p[1:].rstrip() for p in parts]
    head = cells(L[i + 1]) if i + 1 < len(L) else None
    if head is None or L[i + 2] != rule: errors.append(f"{f}: line {i + 2}: a table header"); return None
    rows, j = [], i + 3
    while j < len(L) and L[j] != rule:
        c = cells(L[j])
        if c is None: errors.append(f"{f}: line {j + 1}: a table row not as wide as its rule (display width)"); return None
        rows.append(c); j += 1
    if j >= len(L): errors.append(f"{f}: a table not closed"); return None
    for k, w in enumerate(ws):
        if max([dwidth(head[k])] + [dwidth(r[k]) for r in rows]) != w: errors.append(f"{f}: line {i + 1}: column {head[k]!r} wider than its widest cell")
    return head, rows, j + 1


REQUIRED_QUAL = {"rss_item": "feed_link", "rss_channel": "feed_link"}  # the RSS plugin's required key columns


def check_steampipe(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0])
    if not m or m.group(4) != "steampipe query" or L[-1] != L[0][:L[0].index("$ ") + 2]: errors.append(f"{f}: the steampipe query command / final prompt"); return
    if not re.fullmatch(r"Welcome to Steampipe v\d+\.\d+\.\d+", L[1]) or L[2] != "For more information, type .help": errors.append(f"{f}: Steampipe's welcome lines"); return
    i, timing, last = 3, False, None
    while i < len(L) - 1:
        l = L[i]
        if not l.startswith("> "): errors.append(f"{f}: line {i + 1}: expected a prompt: {l[:40]!r}"); return
        cmd = l[2:]; last = cmd; i += 1
        if cmd == ".timing on":
            if L[i] != "Timing is now on": errors.append(f"{f}: line {i + 1}: .timing on's answer")
            timing = True; i += 1; continue
        if cmd == ".exit":
            break
        if not re.fullmatch(r"select .+;", cmd): errors.append(f"{f}: line {i}: not a query: {cmd[:40]!r}")
        if L[i].startswith("Error: "):
            em = re.fullmatch(r"Error: 'List' call for table '(\w+)' is missing 1 required qual: column:'(\w+)' operator: =", L[i])
            if not em or f"from {em.group(1)}" not in cmd or REQUIRED_QUAL.get(em.group(1)) != em.group(2) or f"{em.group(2)} =" in cmd: errors.append(f"{f}: line {i + 1}: the missing-qual error does not fit the query")
            if L[i + 1] != "": errors.append(f"{f}: line {i + 2}: no blank line after the error")
            i += 2; continue
        t = ascii_table(f, L, i)
        if not t: return
        head, rows, i = t
        sel = re.match(r"select (.+?) from ", cmd)
        if sel and sel.group(1) != "*" and [c.strip() for c in sel.group(1).split(",")] != head: errors.append(f"{f}: line {i}: the table's columns are not the selected ones")
        if "feed_link" in cmd and "rss_" in cmd and "published" in head:
            ascending(f, "published (order by published desc)", [-int(re.sub(r"\D", "", r[head.index("published")])) for r in rows])
            for r in rows:
                if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r[head.index("published")]): errors.append(f"{f}: published {r[head.index('published')]!r}")
        if timing:
            if L[i] != "": errors.append(f"{f}: line {i + 1}: no blank line before the timing")
            tm = re.fullmatch(r"Time: (\d+)ms\. Rows returned: (\d+)\. Rows fetched: (\d+)\. Hydrate calls: (\d+)\.", L[i + 1])
            if not tm or int(tm.group(2)) != len(rows): errors.append(f"{f}: line {i + 2}: the timing line does not count the rows")
            i += 2
    if last != ".exit": errors.append(f"{f}: the session does not end with .exit")


# ---- 1291 Karakeep API (jq output)
CUID = re.compile(r"[a-z][a-z0-9]{23}")
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
BM_KEYS = ["id", "createdAt", "modifiedAt", "title", "archived", "favourited", "taggingStatus", "summarizationStatus", "note", "summary", "tags", "content", "assets"]
CONTENT_KEYS = {"link": ["type", "url", "title", "description", "imageUrl", "imageAssetId", "screenshotAssetId", "fullPageArchiveAssetId", "favicon", "crawledAt"],
                "text": ["type", "text", "sourceUrl"], "asset": ["type", "assetType", "assetId", "fileName", "sourceUrl"]}


def check_karakeep(f, raw):
    import base64
    lf_final(f, raw)
    d = json.loads(raw)
    if json.dumps(d, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not jq's layout (two-space indent, raw UTF-8)")
    if not keys_are(f, "top", d, ["bookmarks", "nextCursor"]): return
    ids, created, tagids = [], [], {}
    for i, b in enumerate(d["bookmarks"]):
        if not keys_are(f, f"bookmark {i}", b, BM_KEYS): continue
        ids.append(b["id"])
        if not CUID.fullmatch(b["id"]): errors.append(f"{f}: bookmark {i}: id {b['id']!r} not a cuid2")
        if not (ISO.fullmatch(b["createdAt"]) and ISO.fullmatch(b["modifiedAt"])): errors.append(f"{f}: bookmark {i}: times"); continue
        if b["modifiedAt"] < b["createdAt"]: errors.append(f"{f}: bookmark {i}: modified before created")
        created.append(b["createdAt"])
        if b["taggingStatus"] not in ("success", "pending", "failure"): errors.append(f"{f}: bookmark {i}: taggingStatus")
        if b["taggingStatus"] == "pending" and any(t["attachedBy"] == "ai" for t in b["tags"]): errors.append(f"{f}: bookmark {i}: AI tags while tagging is pending")
        for t in b["tags"]:
            if list(t) != ["id", "name", "attachedBy"] or t["attachedBy"] not in ("ai", "human") or not CUID.fullmatch(t["id"]): errors.append(f"{f}: bookmark {i}: tag {t}")
            elif tagids.setdefault(t["name"], t["id"]) != t["id"]: errors.append(f"{f}: tag {t['name']!r} with two ids")
        c = b["content"]
        if not isinstance(c, dict) or c.get("type") not in CONTENT_KEYS or not keys_are(f, f"bookmark {i} content", c, CONTENT_KEYS[c["type"]]): continue
        aset = {a["id"]: a["assetType"] for a in b["assets"]}
        if c["type"] == "link":
            if not re.fullmatch(r"https?://\S+", c["url"]): errors.append(f"{f}: bookmark {i}: url")
            if not (b["createdAt"] <= c["crawledAt"] <= b["modifiedAt"]): errors.append(f"{f}: bookmark {i}: crawledAt outside created–modified")
            am = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", c["url"])
            if am and not (c["title"] or "").startswith(f"[{am.group(1)}] "): errors.append(f"{f}: bookmark {i}: an arXiv page title without [id]")
            if aset.get(c["screenshotAssetId"]) != "screenshot": errors.append(f"{f}: bookmark {i}: screenshot asset not listed")
            if (c["imageAssetId"] is None) != (c["imageUrl"] is None) or (c["imageAssetId"] and aset.get(c["imageAssetId"]) != "bannerImage"): errors.append(f"{f}: bookmark {i}: banner image asset")
        if c["type"] == "asset" and aset.get(c["assetId"]) != "bookmarkAsset": errors.append(f"{f}: bookmark {i}: the uploaded asset is not listed")
        if c["type"] == "text" and b["assets"]: errors.append(f"{f}: bookmark {i}: assets on a text bookmark")
    if len(set(ids)) != len(ids): errors.append(f"{f}: an id twice")
    ascending(f, "createdAt (newest first)", [-int(re.sub(r"\D", "", c)) for c in created], strict=True)
    try:
        cur = json.loads(base64.b64decode(d["nextCursor"]))
        if cur != {"id": ids[-1], "createdAt": created[-1]}: errors.append(f"{f}: nextCursor does not point at the last bookmark")
    except (ValueError, TypeError, IndexError): errors.append(f"{f}: nextCursor not a cursor")


# ---- 1292 Miller session
def pprint_parse(f, block, barred=False):
    if barred:
        rule = block[0]
        ws = [len(x) - 2 for x in rule[1:-1].split("+")]
        if block[2] != rule or block[-1] != rule: errors.append(f"{f}: a barred table's rules"); return None
        rows = []
        for l in [block[1]] + block[3:-1]:
            parts = l[1:-1].split("|")
            if [len(p) for p in parts] != [w + 2 for w in ws]: errors.append(f"{f}: a barred row not as wide as its rule (code points): {l[:30]!r}"); return None
            rows.append([p.strip() for p in parts])
        cols = list(zip(*rows))
        if [max(len(x) for x in c) for c in cols] != ws: errors.append(f"{f}: a barred column wider than its widest cell")
        return rows[0], rows[1:]
    head = block[0].split(" ")
    head = [h for h in head if h]
    starts = [m.start() for m in re.finditer(r"(?:^| )(\S)", block[0])]
    starts = [s + (1 if s else 0) for s in starts]
    rows = []
    for l in block:
        cells = []
        for k, s in enumerate(starts):
            e = starts[k + 1] - 1 if k + 1 < len(starts) else len(l)
            if k + 1 < len(starts) and (len(l) <= e or l[e] != " " or (e and l[e - 1] == " " and l[s:e].strip() == "")): errors.append(f"{f}: a PPRINT line not aligned by code points: {l[:30]!r}"); return None
            cells.append(l[s:e].rstrip() if k + 1 < len(starts) else l[s:])
        if any(c == "" for c in cells) or l != l.rstrip(): errors.append(f"{f}: an empty PPRINT cell (Miller writes -) or trailing spaces"); return None
        rows.append(cells)
    for k in range(len(starts) - 1):
        if max(len(r[k]) for r in rows) + 1 != starts[k + 1] - starts[k]: errors.append(f"{f}: PPRINT column {rows[0][k]!r} not as wide as its widest cell + 1"); return None
    return rows[0], rows[1:]


def check_miller(f, raw):
    L = lines_of(f, raw)
    cmds, cur = [], None
    for l in L:
        m = PROMPT.fullmatch(l) or (PROMPT.fullmatch(l + " ") if l.endswith("$") else None)
        if m and l.split("$ ", 1)[0] == L[0].split("$ ", 1)[0]:
            cur = [m.group(4).strip(), []]; cmds.append(cur)
        elif cur is None: errors.append(f"{f}: text before the first prompt"); return
        else: cur[1].append(l)
    if not cmds or cmds[-1][0] != "" or cmds[-1][1]: errors.append(f"{f}: the session must end with an empty prompt"); return
    table = None
    for cmd, out in cmds[:-1]:
        if not cmd.startswith("mlr "): errors.append(f"{f}: not an mlr command: {cmd[:30]!r}"); continue
        if "--opprit" in cmd or re.search(r"--o(?!pprint|xtab|json)\w+", cmd):
            om = re.search(r"(--\w+)", cmd.replace("--icsv ", ""))
            if out != [f'mlr: option "{om.group(1)}" not recognized.', 'Please run "mlr --help" for usage information.']: errors.append(f"{f}: Miller's error for an unknown option")
            continue
        if "--oxtab" in cmd:
            recs, r = [], []
            for l in out + [""]:
                if l == "":
                    if r: recs.append(r); r = []
                    continue
                r.append(l)
            got = []
            for r in recs:
                kw = max(len(l.split(" ", 1)[0]) for l in r)
                rec = {}
                for l in r:
                    k = l.split(" ", 1)[0]
                    if len(l) < kw + 2 or l[:kw].rstrip() != k or l[kw] != " " or l[kw + 1] == " ": errors.append(f"{f}: an XTAB line not padded to the record's widest key: {l[:30]!r}")
                    rec[k] = l[kw + 1:]
                got.append(rec)
            fm = re.search(r"filter '\$(\S+) == \"(\S+)\"'", cmd)
            if table and fm:
                want = [r for r in table if r[fm.group(1)] == fm.group(2)]
                if [r["id"] for r in got] != [r["id"] for r in want]: errors.append(f"{f}: the XTAB filter output is not the rows with {fm.group(1)} == {fm.group(2)}")
                for g, w in zip(got, want):
                    if any(g.get(k) != v for k, v in w.items()): errors.append(f"{f}: XTAB record {g.get('id')} differs from the first table")
            continue
        if "--ojson" in cmd:
            try:
                v = json.loads("\n".join(out))
            except ValueError: errors.append(f"{f}: a broken JSON output"); continue
            lay = ["["]
            for i, r in enumerate(v):
                lay.append("{")
                lay += [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(x, ensure_ascii=False) if isinstance(x, str) else out_num(out, k, x)}" + ("," if j < len(r) - 1 else "") for j, (k, x) in enumerate(r.items())]
                lay.append("}," if i < len(v) - 1 else "}")
            lay.append("]")
            if lay != out: errors.append(f"{f}: not Miller's JSON layout")
            for r in v:
                for k, x in r.items():
                    if isinstance(x, str) and re.fullmatch(r"-?\d+(\.\d+)?", x): errors.append(f"{f}: a number-like CSV value quoted in JSON: {x!r}")
                if table:
                    t = next((t for t in table if t["id"] == str(r.get("id"))), None)
                    if not t or ("arxiv" in r and (str(r["arxiv"]) if r["arxiv"] != "" else "-") != t["arxiv"]): errors.append(f"{f}: JSON record {r.get('id')} differs from the first table")
            continue
        if "--opprint" in cmd:
            p = pprint_parse(f, out, barred="--barred" in cmd)
            if not p: continue
            head, rows = p
            cm = re.search(r"cut (-o )?-f (\S+)", cmd)
            if cm:
                fields = cm.group(2).split(",")
                if cm.group(1) and head != fields: errors.append(f"{f}: cut -o does not keep the -f order")
                if not cm.group(1) and sorted(head) != sorted(fields): errors.append(f"{f}: cut -f columns")
            recs = [dict(zip(head, r)) for r in rows]
            if table is None and cm and not cm.group(1) and "filter" not in cmd and "head" not in cmd: table = recs; continue
            if "count-distinct" in cmd and table:
                fld = re.search(r"-f (\S+)", cmd).group(1)
                want = {}
                for r in table: want[r[fld]] = want.get(r[fld], 0) + 1
                if [(r[fld], int(r["count"])) for r in recs] != list(want.items()): errors.append(f"{f}: count-distinct does not count the first table")
            hm = re.search(r"head -n (\d+)", cmd)
            if hm and table and [r["id"] for r in recs] != [r["id"] for r in table[:int(hm.group(1))]]: errors.append(f"{f}: head -n does not give the first rows")
            fm = re.search(r"filter '\$(\S+) == \"(\S+)\"'", cmd)
            if fm and table and [r["id"] for r in recs] != [r["id"] for r in table if r[fm.group(1)] == fm.group(2)]: errors.append(f"{f}: a PPRINT filter output is not the matching rows")


def out_num(out, k, x):
    return json.dumps(x) if not isinstance(x, float) else next((m for m in re.findall(rf'"{re.escape(k)}": (-?\d+\.\d+)', "\n".join(out)) if float(m) == x), repr(x))


# ---- 1293 N-Triples (rapper)
NT_IRI = r"<[^<>\"{}|^`\\\x00-\x20]+>"
NT_BN = r"_:genid\d+"
NT_LIT = r'"((?:[^"\\\n]|\\u[0-9A-F]{4}|\\U[0-9A-F]{8}|\\[tbnrf"\\])*)"(?:@([a-z]+(?:-[a-z0-9]+)*)|\^\^(' + NT_IRI + "))?"
NT = re.compile(rf"({NT_IRI}|{NT_BN}) ({NT_IRI}) ({NT_IRI}|{NT_BN}|{NT_LIT}) \.")


def check_nt(f, raw):
    L = lines_of(f, raw)
    subj_order, types, titles, creators, bn_obj, discusses, dates = [], {}, {}, {}, set(), [], []
    for n, l in enumerate(L, 1):
        if not l.isascii(): errors.append(f"{f}: line {n}: a non-ASCII character (rapper writes \\uXXXX)"); continue
        m = NT.fullmatch(l)
        if not m: errors.append(f"{f}: line {n}: not an N-Triples line as rapper writes it: {l[:60]!r}"); continue
        s, p, o = m.group(1), m.group(2), m.group(3)
        if re.search(r"\\u[0-9A-F]{4}", l) and re.search(r"\\u00[0-7][0-9A-F]", l) and not re.search(r"\\u00[01][0-9A-F]", l): errors.append(f"{f}: line {n}: an ASCII character escaped")
        if not subj_order or subj_order[-1] != s:
            if s in subj_order: errors.append(f"{f}: line {n}: subject {s[:50]} not contiguous (rapper keeps the Turtle order)")
            subj_order.append(s)
        if o.startswith("_:"): bn_obj.add(o)
        if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>": types.setdefault(s, []).append(o)
        if p == "<http://purl.org/dc/terms/title>": titles.setdefault(s, []).append(o)
        if p == "<http://purl.org/dc/terms/creator>": creators[s] = creators.get(s, 0) + 1
        if p.endswith("ns#discusses>"): discusses.append((n, o))
        if m.group(6):
            v = nt_unescape(m.group(4))
            dtp = m.group(6)
            try:
                if dtp.endswith("#date>"): dates.append(dt.date.fromisoformat(v))
                elif dtp.endswith("#gYear>") and not re.fullmatch(r"\d{4}", v): raise ValueError
                elif not dtp.startswith("<http://www.w3.org/2001/XMLSchema#"): raise ValueError
            except ValueError: errors.append(f"{f}: line {n}: {v!r} is not a valid {dtp}")
    for b in bn_obj:
        if b not in types: errors.append(f"{f}: blank node {b} used but never described")
    for s, ts in types.items():
        if "<http://purl.org/ontology/bibo/AcademicArticle>" in ts:
            if len(titles.get(s, [])) != 1 or not titles[s][0].endswith("@en") or not creators.get(s): errors.append(f"{f}: article {s} without one English title and its creators")
    for n, o in discusses:
        if "<http://purl.org/ontology/bibo/AcademicArticle>" not in types.get(o, []): errors.append(f"{f}: line {n}: a session discusses {o[:50]}, which is not an article here")
    ascending(f, "session dates", dates)


# ---- 1294 avro-tools getschema / tojson --pretty
LOG4J = ["log4j:WARN No appenders could be found for logger (org.apache.hadoop.metrics2.lib.MutableMetricsFactory).",
         "log4j:WARN Please initialize the log4j system properly.",
         "log4j:WARN See http://logging.apache.org/log4j/1.2/faq.html#noconfig for more info."]


def jackson_str(s):
    return '"' + "".join({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}.get(c, "\\u%04X" % ord(c) if ord(c) < 0x20 else c) for c in s) + '"'


def jackson(v, nest=0):
    if isinstance(v, dict):
        if not v: return "{ }"
        pad = "  " * (nest + 1)
        return "{\n" + ",\n".join(pad + jackson_str(k) + " : " + jackson(x, nest + 1) for k, x in v.items()) + "\n" + "  " * nest + "}"
    if isinstance(v, list): return "[ " + ", ".join(jackson(x, nest) for x in v) + " ]" if v else "[ ]"
    if v is None: return "null"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    return jackson_str(v)


def avro_ok(f, where, sch, v, named):
    if isinstance(sch, str) and sch in named: sch = named[sch]
    if isinstance(sch, list):
        if v is None: return "null" in sch
        if not isinstance(v, dict) or len(v) != 1: errors.append(f"{f}: {where}: a union value not written as {{type: value}}"); return False
        (k, x), = v.items()
        if k not in sch: errors.append(f"{f}: {where}: union branch {k!r} not in the schema"); return False
        return avro_ok(f, where, k, x, named)
    t = sch["type"] if isinstance(sch, dict) else sch
    if t == "string": ok = isinstance(v, str)
    elif t == "bytes": ok = isinstance(v, str) and all(ord(c) < 256 for c in v)
    elif t == "long": ok = isinstance(v, int) and not isinstance(v, bool)
    elif t == "null": ok = v is None
    elif t == "enum": named[sch["name"]] = sch; ok = v in sch["symbols"]
    elif t == "array": ok = isinstance(v, list) and all(avro_ok(f, where, sch["items"], x, named) for x in v)
    elif t == "record":
        named[sch["name"]] = sch
        if not isinstance(v, dict) or list(v) != [x["name"] for x in sch["fields"]]: errors.append(f"{f}: {where}: fields not in the schema's order"); return False
        ok = all(avro_ok(f, where + "." + x["name"], x["type"], v[x["name"]], named) for x in sch["fields"])
    else: ok = False
    if not ok: errors.append(f"{f}: {where}: {str(v)[:30]!r} does not fit {t}")
    return ok


def check_avro(f, raw):
    L = lines_of(f, raw)
    pre = L[0][:L[0].index("$ ") + 2] if "$ " in L[0] else None
    if not pre or L[-1] != pre: errors.append(f"{f}: the prompt lines"); return
    idx = [i for i, l in enumerate(L) if l.startswith(pre) and l != pre]
    schema, recs = None, []
    for k, i in enumerate(idx):
        cm = re.fullmatch(r"java -jar avro-tools-(\d+\.\d+\.\d+)\.jar (getschema|tojson --pretty) (\S+\.avro)", L[i][len(pre):])
        if not cm: errors.append(f"{f}: line {i + 1}: not an avro-tools command"); continue
        if L[i + 1:i + 4] != LOG4J: errors.append(f"{f}: line {i + 2}: log4j's three warnings")
        body = L[i + 4:(idx[k + 1] if k + 1 < len(idx) else len(L) - 1)]
        blocks = json_blocks("\n".join(body) + "\n")
        if "\n".join(blocks) != "\n".join(body): errors.append(f"{f}: line {i + 5}: output that is not whole JSON values")
        for b in blocks:
            try: v = json.loads(b)
            except ValueError: errors.append(f"{f}: a JSON value that does not parse"); continue
            if jackson(v) != b: errors.append(f"{f}: not Jackson's pretty layout (`\"k\" : v`, inline arrays, two spaces an object): {b[:40]!r}")
            if cm.group(2) == "getschema": schema = v
            else: recs.append(v)
    if not schema: errors.append(f"{f}: no schema"); return
    for n, r in enumerate(recs):
        avro_ok(f, f"record {n + 1}", schema, r, {})
    ids = [r.get("event_id") for r in recs]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", str(x)) for x in ids): errors.append(f"{f}: event ids not unique uuid4s")
    ascending(f, "ts", [r.get("ts", 0) for r in recs], strict=True)


# ---- 1295 git grep
def check_gitgrep(f, raw):
    L = lines_of(f, raw)
    pre = L[0][:L[0].index("$ ") + 2] if "$ " in L[0] else None
    if not pre or L[-1] != pre: errors.append(f"{f}: the prompt lines"); return
    idx = [i for i, l in enumerate(L) if l.startswith(pre) and l != pre] + [len(L) - 1]
    seen, counts_n = {}, None
    for a, b in zip(idx, idx[1:]):
        cmd = L[a][len(pre):]
        cm = re.fullmatch(r'git (-c core\.quotePath=(?:false|true) )?grep ((?:-[nci] )+)"(.+)"', cmd)
        if not cm: errors.append(f"{f}: line {a + 1}: not a git grep command"); continue
        quote = not (cm.group(1) or "").startswith("-c core.quotePath=false")
        flags = cm.group(2).split()
        pat = cm.group(3).replace("\\|", "|")
        count = "-c" in flags
        files, per = [], {}
        for n, l in enumerate(L[a + 1:b], a + 2):
            pm = re.match(r'("(?:[^"\\]|\\.)*"|[^":][^:]*):', l)
            if not pm: errors.append(f"{f}: line {n}: no path"); continue
            qp, p = pm.group(1), cunquote(pm.group(1))
            nonascii = not p.isascii()
            if quote and nonascii != qp.startswith('"'): errors.append(f"{f}: line {n}: quotePath on, but the path is {'not ' if nonascii else ''}quoted as git quotes")
            if not quote and qp.startswith('"'): errors.append(f"{f}: line {n}: a quoted path with core.quotePath=false")
            if qp.startswith('"') and re.search(r"\\(?![0-7]{3}|[\"\\tn])", qp): errors.append(f"{f}: line {n}: a bad escape in a quoted path")
            rest = l[pm.end():]
            if not files or files[-1] != p:
                if p in files: errors.append(f"{f}: line {n}: {p} twice")
                files.append(p)
            if count:
                if not re.fullmatch(r"\d+", rest): errors.append(f"{f}: line {n}: a count"); continue
                per[p] = int(rest); continue
            lm = re.fullmatch(r"(\d+):(.*)", rest)
            if not lm: errors.append(f"{f}: line {n}: no line number"); continue
            ln, text = int(lm.group(1)), lm.group(2)
            if not re.search(pat, text, re.I if "-i" in flags else 0): errors.append(f"{f}: line {n}: the line does not match {pat!r}")
            if per.get(p, 0) >= ln: errors.append(f"{f}: line {n}: line numbers not ascending in {p}")
            per[p] = ln
            if seen.setdefault((p, ln), text) != text: errors.append(f"{f}: line {n}: {p}:{ln} shown with two different texts")
            counts_n = counts_n
        if [x.encode() for x in files] != sorted(x.encode() for x in files): errors.append(f"{f}: line {a + 1}: files not in index (byte) order")
        if count:
            want = {}
            for (p, ln), t in seen.items():
                if re.search(pat, t, re.I if "-i" in flags else 0): want[p] = want.get(p, 0) + 1
            if per != want: errors.append(f"{f}: line {a + 1}: -c counts {per} are not the matches shown ({want})")


# ---- 1296 Diigo CSV export
def check_diigo(f, raw):
    import csv as _csv, io as _io
    lf_final(f, raw)
    rows = list(_csv.reader(_io.StringIO(raw)))
    if not rows or rows[0] != ["title", "url", "tags", "description", "comments", "annotations", "created_at"]: errors.append(f"{f}: Diigo's header"); return
    times = []
    for n, r in enumerate(rows[1:], 2):
        if len(r) != 7: errors.append(f"{f}: record {n}: {len(r)} fields"); continue
        if not r[0].strip() or not re.fullmatch(r"https?://\S+", r[1]): errors.append(f"{f}: record {n}: title / url")
        if r[2] and not re.fullmatch(r"[\w-]+(,[\w-]+)*", r[2]): errors.append(f"{f}: record {n}: tags {r[2]!r}")
        for a in r[5].split("\n") if r[5] else []:
            if not re.match(r"(Highlight|Sticky Note): \S", a): errors.append(f"{f}: record {n}: an annotation line {a[:30]!r}")
        if not re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \+0000", r[6]): errors.append(f"{f}: record {n}: created_at {r[6]!r}"); continue
        times.append(r[6])
    ascending(f, "created_at (newest first)", [-int(re.sub(r"\D", "", t)[:14]) for t in times], strict=True)
    buf = _io.StringIO(); _csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not written as Diigo's CSV (minimal quoting, LF)")


def shape_checks(f, raw, path):
    n = num(f)
    {1287: check_yacy, 1288: check_newman, 1289: check_ha, 1290: check_steampipe, 1291: check_karakeep,
     1292: check_miller, 1293: check_nt, 1294: check_avro, 1295: check_gitgrep,
     1296: check_diigo}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round126's and round127's, a byte-identical file counted once), and the round126/round127 split (candidates sorted by
# (uses, catalogue title); round127 = odd positions from 3 on, one unbroken run; round126 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P126S = ["/work/rounds/digests-round126/expected.json", "/work/main/tests/data/digests-round126/expected.json"]
P126 = next((p for p in P126S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P126S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round126", "digests-round127") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round127 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r126 = set()
if P126:
    try:
        r126 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P126)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P126} exists but could not be read (being written?)")
    if r126 & mine: errors.append(f"papers also in round126: {sorted(r126 & mine)}")
shared126 = len(r126 & mine) if P126 else "(no round126 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round127 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round126: {shared126}; papers in more than one round127 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

