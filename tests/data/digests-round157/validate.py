#!/usr/bin/env python3
r"""Checks round157/expected.json against the digests and the shared catalogues.

Adapted from round155/validate.py (the label checks are the same code; the reuse report is round155's with round156 /
round157 in place of round154 / round155: round157 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round156's and round157's own (a digests-round156 /
digests-round157 folder, or a file whose bytes equal round156's or round157's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round157 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round156's expected.json (read only, from /work/rounds/digests-round156/ or
/work/main/tests/data/digests-round156/, when it exists), and on a paper in more than one round157 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: HTML / XML entities undone once and twice,
percent-escapes undone (1588's query string; 1589's &amp; in hxselect output). Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1587 MySQL Shell (the `mysqlsh --js user@host:33060/schema` line and banner, X protocol, `Default schema ... accessible
through db.`; JS / SQL prompts built from host and schema; every find() answer a run of 4-space JSON documents with the
keys in MySQL's JSON order (length, then bytes) and `N document(s) in set (0.dddd sec)` = the documents; fields([...])
projections hold exactly those keys; _id 28 hex; find() = count(); modify() on an _id shown before, with its Query OK /
Rows matched lines; \sql's answer; SQL tables fit their borders, `N rows in set` = rows, GROUP BY counts sum to count()
and keep ORDER BY n DESC; the ERROR line shape; \q, Bye! and a bare shell prompt last);
1588 Podcast Index (the pi.sh wrapper with X-Auth-Key / X-Auth-Date / sha1 Authorization; search/byterm plus-encoded,
status "true", count = the feed objects in jq's 2-space layout; .status / .count / .description of the saved episodes;
@tsv rows of 4, newest first, pretty dates; the .items[k] object in jq's layout with the API's keys in order,
datePublishedPretty and dateCrawled following datePublished, equal to @tsv row k and to the listed description; count
= @tsv rows = listed items, titles in the same order; ends on a bare prompt);
1589 html-xml-utils (curl | hxnormalize -x into a file first; only hxselect / hxwls after; whole selected elements and -c
contents well-formed; every href shown is in the hxwls listing; grep -c arxiv = the listing's count; bare prompt last);
1590 dyff (the figlet banner with both file names; `returned <n> difference(s)` = the path blocks; each detail header
well-formed — ± value change with - / + lines, `+ n list|map entr(y|ies) added:` with n entries; --set-exit-code 1);
1591 xBrowserSync backup (2-space JSON, one xbrowsersync root; date yyyymmddhhmmss; sync id 32 hex, type, https url;
[xbs] containers at the top; ids numbered depth first from 1; bookmarks title + http(s) url, tags strings;
"[id] title" page titles and "Abstract page for arXiv paper id: title" descriptions agree with the url);
1592 MindMup map (one line of compact JSON; formatVersion 3, id "root", one centre under "1", root title = centre
title; rank keys non-zero numbers; int ids unique; note index = its idea's id; links between existing ideas);
1593 NeDB datafile (one compact JSON document per line, final newline; $$indexCreated lines; _id 16 alphanumerics;
createdAt / updatedAt {"$$date": ms}, createdAt <= updatedAt; updates keep createdAt and follow a live document;
$$deleted only for a live _id; the unique message_id index holds over the live documents);
1594 ArchieML (a lean reader: :skip / :endskip, {scope}, [array], [+freeform], :end, :ignore; meta slug / headline /
byline / pubdate (ISO date); body types text / subhead / pullquote / pullquote_author; every [papers] object has title,
authors, year, blurb; urls http(s); the headline's number word = the [papers] objects; no stray :end);
1595 amsrefs .ltb (every \bib / \bib* entry closed, brace-balanced, its fields one `  name={...},` a line; keys unique;
title and a four-digit date everywhere; authors as Surname, Given; xref only to an earlier \bib*; eprint arXiv-shaped;
no text outside entries and % comments);
1596 GNU datamash (the cat'ed TSV is rectangular; `datamash check`, the grouped count / sum by room, sum / mean / max,
and the per-presenter count / unique answers are re-computed from it; the out-of-range field error; bare prompt last).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
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





# ================================================================ round157 shape checks
def ends_on_prompt(f, L, ps):
    if L[-1] != ps: errors.append(f"{f}: does not end on a bare prompt {ps!r}")


def shell_cmds(f, L, ps):
    """(line index, command) for every prompt line of a pasted terminal; the file ends on a bare prompt, no newline"""
    ends_on_prompt(f, L, ps)
    return [(i, l[len(ps):]) for i, l in enumerate(L) if l.startswith(ps) and l != ps]


def bodies(L, cmds):
    return [(i, c, L[i + 1:(cmds[k + 1][0] if k + 1 < len(cmds) else len(L) - 1)]) for k, (i, c) in enumerate(cmds)]


# ---------------------------------------------------------------- 1587 MySQL Shell (mysqlsh --js, X DevAPI)
def mysql_order(v):
    if isinstance(v, dict):
        return [(k, mysql_order(x)) for k, x in sorted(v.items(), key=lambda kv: (len(kv[0].encode()), kv[0].encode()))]
    return v


def check_mysqlsh(f, raw):
    L = raw.split("\n")
    m = re.fullmatch(r"([\w.-]+@[\w.-]+:\S*\$ )mysqlsh --js (\w+)@([\w.-]+:33060)/(\w+)", L[0])
    if not m: errors.append(f"{f}: first line is not a mysqlsh --js command"); return
    sh, host, schema = m[1], m[3], m[4]
    for want in ("Type '\\help' or '\\?' for help; '\\quit' to exit.", f"Default schema `{schema}` accessible through db."):
        if want not in L: errors.append(f"{f}: banner line missing: {want}")
    if not any(re.fullmatch(r"MySQL Shell 8\.\d+\.\d+", l) for l in L[:6]): errors.append(f"{f}: no MySQL Shell version line")
    if not any(re.fullmatch(r"Your MySQL connection id is \d+ \(X protocol\)", l) for l in L): errors.append(f"{f}: no X protocol connection line")
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")
    ends_on_prompt(f, L, sh)
    if L[-3:-1] != [f" MySQL  {host}+ ssl  {schema}  SQL > \\q", "Bye!"]: errors.append(f"{f}: \\q / Bye! not last")
    pj, psql = f" MySQL  {host}+ ssl  {schema}  JS > ", f" MySQL  {host}+ ssl  {schema}  SQL > "
    cmds = [(i, l[len(p):]) for i, l in enumerate(L) for p in (pj, psql) if l.startswith(p)]
    cmds.append((len(L) - 1, None))
    total, ids, after_sql = None, [], False
    for k, (i, c) in enumerate(cmds[:-1]):
        body = L[i + 1:cmds[k + 1][0]]
        if c == "\\sql":
            after_sql = True
            if body != ["Switching to SQL mode... Commands end with ;"]: errors.append(f"{f}:{i + 1}: \\sql answer")
            continue
        if after_sql and not L[i].startswith(psql): errors.append(f"{f}:{i + 1}: JS prompt after \\sql")
        if c.endswith(".count()"):
            total = int(body[0]) if body and body[0].isdigit() else None
        elif ".find(" in c:
            if not body: errors.append(f"{f}:{i + 1}: find without answer"); continue
            mm = re.fullmatch(r"(\d+) documents? in set \(0\.\d{4} sec\)", body[-1])
            docs = json_docs(f, body[:-1], i)
            if not mm or int(mm[1]) != len(docs): errors.append(f"{f}:{i + 1}: '{body[-1]}' != {len(docs)} documents")
            fm = re.search(r"\.fields\(\[(.*?)\]\)", c)
            want = set(json.loads("[" + fm[1] + "]")) if fm else None
            for d in docs:
                if want is not None and set(d) != want: errors.append(f"{f}:{i + 1}: projected keys {sorted(d)} != {sorted(want)}")
                if "_id" in d:
                    if not re.fullmatch(r"[0-9a-f]{28}", d["_id"]): errors.append(f"{f}: _id {d['_id']}")
                    ids.append(d["_id"])
            if c.endswith(".find()") or re.search(r"\.find\(\)\.fields", c):
                if total is not None and len(docs) != total: errors.append(f"{f}:{i + 1}: find() {len(docs)} != count() {total}")
        elif ".modify(" in c:
            if not body or not re.fullmatch(r"Query OK, 1 item affected \(0\.\d{4} sec\)", body[0]) or "Rows matched: 1  Changed: 1  Warnings: 0" not in body:
                errors.append(f"{f}:{i + 1}: modify answer")
            mid = re.search(r"_id = '([0-9a-f]{28})'", c)
            if not mid or mid[1] not in ids_all(raw): errors.append(f"{f}:{i + 1}: modify on an _id never shown")
        elif L[i].startswith(psql) and c.upper().startswith("SELECT"):
            if body and body[0].startswith("ERROR"):
                if not re.fullmatch(r"ERROR: \d{4} \(\w{5}\): .+", body[0]): errors.append(f"{f}:{i + 1}: error line {body[0]}")
                continue
            rows = sql_table(f, body, i)
            if rows is None: continue
            if "GROUP BY" in c and total is not None:
                try:
                    if sum(int(r[-1]) for r in rows) != total: errors.append(f"{f}:{i + 1}: group counts do not sum to count() {total}")
                    if [int(r[-1]) for r in rows] != sorted((int(r[-1]) for r in rows), reverse=True): errors.append(f"{f}:{i + 1}: ORDER BY n DESC not kept")
                except ValueError: errors.append(f"{f}:{i + 1}: non-numeric count")
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate _id")
    if total is None: errors.append(f"{f}: no count() answer")


def ids_all(raw):
    return set(re.findall(r'"_id": "([0-9a-f]{28})"', raw))


def json_docs(f, lines, i):
    """consecutive documents as mysqlsh prints them: 4-space JSON, keys in MySQL's order, one after another"""
    docs, cur = [], []
    for l in lines:
        cur.append(l)
        if l == "}":
            try:
                v = json.loads("\n".join(cur))
            except ValueError:
                errors.append(f"{f}:{i + 1}: a document does not parse"); cur = []; continue
            if json.dumps(v, indent=4, ensure_ascii=False).split("\n") != cur: errors.append(f"{f}:{i + 1}: a document not in mysqlsh's 4-space layout")
            if [k for k, _ in mysql_order(v)] != list(v): errors.append(f"{f}:{i + 1}: keys {list(v)} not in MySQL's JSON order")
            docs.append(v); cur = []
    if cur: errors.append(f"{f}:{i + 1}: trailing lines {cur[:2]}")
    return docs


def sql_table(f, body, i):
    if len(body) < 5: errors.append(f"{f}:{i + 1}: short table"); return None
    sep = body[0]
    if not re.fullmatch(r"\+(-+\+)+", sep) or body[2] != sep: errors.append(f"{f}:{i + 1}: table border"); return None
    end = body.index(sep, 3) if sep in body[3:] else -1
    if end < 0: errors.append(f"{f}:{i + 1}: table not closed"); return None
    w = [len(x) for x in sep.split("+")[1:-1]]
    rows = []
    for l in body[1:2] + body[3:end]:
        cells = l.split(" | ")
        if not l.startswith("| ") or not l.endswith(" |") or len(l) != len(sep) or len(cells) != len(w):
            errors.append(f"{f}:{i + 1}: row does not fit the border: {l[:40]}"); return None
        rows.append([c.strip(" |") for c in cells])
    mm = re.fullmatch(r"(\d+) rows? in set \(0\.\d{4} sec\)", body[end + 1]) if len(body) > end + 1 else None
    if not mm or int(mm[1]) != len(rows) - 1: errors.append(f"{f}:{i + 1}: row count line != {len(rows) - 1} rows")
    return rows[1:]


# ---------------------------------------------------------------- 1588 Podcast Index API through curl / jq
def pretty_pi(ts):
    t = dt.datetime.fromtimestamp(ts, dt.timezone.utc)
    return f"{t.strftime('%B')} {t.day}, {t.year} {t.hour % 12 or 12}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"


ITEM_KEYS = ["id", "title", "link", "description", "guid", "datePublished", "datePublishedPretty", "dateCrawled", "enclosureUrl",
             "enclosureType", "enclosureLength", "duration", "explicit", "episode", "episodeType", "season", "image", "feedItunesId",
             "feedImage", "feedId", "feedLanguage", "feedDead", "feedDuplicateOf", "chaptersUrl", "transcriptUrl"]


def check_podcastindex(f, raw):
    L = raw.split("\n")
    ps = L[0][:L[0].index("$ ") + 2]
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")
    cmds = shell_cmds(f, L, ps)
    B = bodies(L, cmds)
    wrap = next((b for i, c, b in B if c == "cat pi.sh"), None)
    if not wrap or not any("https://api.podcastindex.org/api/1.0/$1" in l for l in wrap) or not all(h in "\n".join(wrap) for h in ("X-Auth-Key", "X-Auth-Date", "Authorization", "sha1sum")):
        errors.append(f"{f}: no pi.sh wrapper with the Podcast Index auth headers")
    feed_ids, n, tsv, item, listing = [], None, None, None, None
    for i, c, b in B:
        if c.startswith("./pi.sh 'search/byterm?q="):
            q = re.match(r"\./pi\.sh 'search/byterm\?q=([\w+%.-]+)'", c)
            if not q: errors.append(f"{f}:{i + 1}: query not plus-encoded")
            if b[:1] != ['"true"'] or len(b) < 2 or not b[1].isdigit(): errors.append(f"{f}:{i + 1}: status / count"); continue
            feeds = json_values(f, b[2:], "search feeds")
            if int(b[1]) != len(feeds): errors.append(f"{f}:{i + 1}: count {b[1]} != {len(feeds)} feeds")
            feed_ids = [x.get("id") for x in feeds]
            for x in feeds:
                if set(x) != {"id", "title", "url", "language"}: errors.append(f"{f}: feed keys {sorted(x)}")
        elif c.startswith("jq '.status, .count, .description'"):
            if len(b) != 3 or b[0] != '"true"' or not b[1].isdigit() or b[2] != '"Found matching items."': errors.append(f"{f}:{i + 1}: status / count / description")
            else: n = int(b[1])
        elif "@tsv" in c:
            tsv = [l.split("\t") for l in b]
            if any(len(r) != 4 for r in tsv): errors.append(f"{f}:{i + 1}: @tsv rows of 4 wanted"); tsv = None; continue
            eps = [int(r[0]) for r in tsv]
            if eps != sorted(eps, reverse=True): errors.append(f"{f}:{i + 1}: episodes not newest first")
            for r in tsv:
                if not re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d\d[ap]m", r[1]): errors.append(f"{f}: datePublishedPretty {r[1]!r}")
        elif re.fullmatch(r"jq '\.items\[\d+\]' \S+", c):
            k = int(re.search(r"\[(\d+)\]", c)[1])
            v = json_block(f, b, "the .items[k] object")
            if v is None: continue
            item = (k, v)
            if list(v) != ITEM_KEYS: errors.append(f"{f}: item keys {list(v)}")
            elif v["datePublishedPretty"] != pretty_pi(v["datePublished"]) or v["dateCrawled"] < v["datePublished"]:
                errors.append(f"{f}: datePublishedPretty / dateCrawled do not follow datePublished")
        elif c.startswith("jq -r '.items[] | \"== \""):
            listing, cur = [], None
            for l in b:
                if l.startswith("== "): cur = [l[3:]]; listing.append(cur)
                elif cur is not None: cur.append(l)
    if n is None or tsv is None or listing is None: errors.append(f"{f}: a view is missing"); return
    if len(tsv) != n or len(listing) != n: errors.append(f"{f}: count {n} != @tsv rows {len(tsv)} / listed items {len(listing)}")
    if [r[3] for r in tsv] != [x[0] for x in listing]: errors.append(f"{f}: the listing's titles != the @tsv titles in order")
    if any(len(x) != 3 or x[2] != "" for x in listing): errors.append(f"{f}: listing groups are not title / description / blank")
    if item:
        k, v = item
        if k >= len(tsv) or tsv[k] != [str(v["episode"]), v["datePublishedPretty"], str(v["duration"]), v["title"]]:
            errors.append(f"{f}: .items[{k}] != @tsv row {k}")
        elif listing[k][1] != v["description"]: errors.append(f"{f}: .items[{k}].description != the listed description")
        if feed_ids and v["feedId"] != feed_ids[0]: errors.append(f"{f}: feedId {v['feedId']} is not the searched feed")


# ---------------------------------------------------------------- 1589 html-xml-utils
def check_hx(f, raw):
    L = raw.split("\n")
    ps = L[0][:L[0].index("$ ") + 2]
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")
    cmds = shell_cmds(f, L, ps)
    m = re.fullmatch(r"curl -s '(https?://\S+)' \| hxnormalize -x(?: -l \d+)? > (\S+)", cmds[0][1]) if cmds else None
    if not m: errors.append(f"{f}: first command is not curl | hxnormalize -x > file"); return
    doc = m[2]
    wls, count, seen_hrefs = None, None, []
    for i, c, b in bodies(L, cmds)[1:]:
        if not re.match(r"hx(select|wls)\b", c) and not c.startswith("#"): errors.append(f"{f}:{i + 1}: not an html-xml-utils command: {c[:30]}")
        if c.startswith("hxselect"):
            if not c.endswith(f"< {doc}") and not c.endswith(f"< {doc}; echo"): errors.append(f"{f}:{i + 1}: hxselect does not read {doc}")
            if "-c" not in c.split():
                for l in b:
                    try:
                        ET.fromstring(l)
                    except ET.ParseError:
                        errors.append(f"{f}:{i + 1}: a selected element is not well-formed: {l[:40]}")
                    if not re.fullmatch(r"<(\w+)>.*</\1>", l): errors.append(f"{f}:{i + 1}: not a whole element: {l[:40]}")
            else:
                for l in b:
                    try:
                        ET.fromstring("<x>" + l + "</x>")
                    except ET.ParseError:
                        errors.append(f"{f}:{i + 1}: content is not well-formed XML: {l[:40]}")
            seen_hrefs += re.findall(r'href="([^"]+)"', "\n".join(b))
        elif c == f"hxwls {doc}":
            wls = b
        elif c == f"hxwls {doc} | grep -c arxiv":
            count = b
    if wls is None: errors.append(f"{f}: no hxwls listing"); return
    missing = [h for h in seen_hrefs if h not in wls]
    if missing: errors.append(f"{f}: hrefs not in the hxwls listing: {missing}")
    if count != [str(sum("arxiv" in w for w in wls))]: errors.append(f"{f}: grep -c arxiv {count} != the listing's {sum('arxiv' in w for w in wls)}")


# ---------------------------------------------------------------- 1590 dyff
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def check_dyff(f, raw):
    L = raw.split("\n")
    ps = L[0][:L[0].index("$ ") + 2]
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")
    cmds = shell_cmds(f, L, ps)
    B = bodies(L, cmds)
    rep = next(((i, c, b) for i, c, b in B if re.fullmatch(r"dyff between (\S+) (\S+)", c)), None)
    if not rep: errors.append(f"{f}: no dyff between command"); return
    i, c, b = rep
    a, z = c.split()[2:]
    m = re.fullmatch(r" \\__,_\|\\__, \|_\| \|_\|   returned (\w+) differences?", b[4]) if len(b) > 6 else None
    if b[:4] != ["     _        __  __", f"   _| |_   _ / _|/ _|  between {a}", f" / _' | | | | |_| |_       and {z}", "| (_| | |_| |  _|  _|"] \
            or not m or b[5:7] != ["        |___/", ""]:
        errors.append(f"{f}: dyff banner"); return
    blocks, cur = [], None
    for l in b[7:]:
        if l == "": cur = None; continue
        if not l.startswith(" "):
            cur = [l]; blocks.append(cur)
        elif cur is None: errors.append(f"{f}: a detail line outside a block: {l[:30]}")
        else: cur.append(l)
    if m[1] not in NUMW or NUMW.index(m[1]) != len(blocks): errors.append(f"{f}: 'returned {m[1]}' != {len(blocks)} blocks")
    for blk in blocks:
        k, det = 1, blk[1:]
        if not det: errors.append(f"{f}: empty block {blk[0]}")
        while k < len(blk):
            h = blk[k]
            if h == "  ± value change":
                if k + 2 >= len(blk) + 0 or not blk[k + 1].startswith("    - ") or not blk[k + 2].startswith("    + "):
                    errors.append(f"{f}: value change in {blk[0]} lacks - / + lines"); break
                k += 3; continue
            mm = re.fullmatch(r"  ([+-]) (\w+) (list|map) entr(y|ies) (added|removed):", h)
            if not mm or (mm[1] == "+") != (mm[5] == "added") or mm[2] not in NUMW or (mm[2] == "one") != (mm[4] == "y"):
                errors.append(f"{f}: bad detail header {h!r} in {blk[0]}"); break
            k += 1
            items = 0
            while k < len(blk) and blk[k].startswith("    "):
                if mm[3] == "list" and blk[k].startswith("    - "): items += 1
                if mm[3] == "map": items += 1
                k += 1
            if items != NUMW.index(mm[2]): errors.append(f"{f}: '{mm[2]}' {mm[3]} entries != {items} in {blk[0]}")
    ex = next((b for i, c, b in B if "--set-exit-code" in c), None)
    if ex is not None and ex != ["1" if blocks else "0"]: errors.append(f"{f}: --set-exit-code status {ex}")


# ---------------------------------------------------------------- 1591 xBrowserSync backup
XBS = {"[xbs] Menu", "[xbs] Mobile", "[xbs] Other", "[xbs] Toolbar"}


def check_xbs(f, raw):
    lf_final(f, raw)
    try:
        v = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: JSON does not parse: {ex}"); return
    if json.dumps(v, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not in the 2-space layout")
    x = v.get("xbrowsersync") if isinstance(v, dict) else None
    if not isinstance(x, dict) or list(v) != ["xbrowsersync"]: errors.append(f"{f}: root is not the xbrowsersync object"); return
    if not dt_ok(x.get("date"), "%Y%m%d%H%M%S") or len(x.get("date", "")) != 14: errors.append(f"{f}: date {x.get('date')}")
    s = x.get("sync") or {}
    if not re.fullmatch(r"[0-9a-f]{32}", s.get("id", "")) or s.get("type") != "xbrowsersync" or not str(s.get("url", "")).startswith("https://"):
        errors.append(f"{f}: sync block {s}")
    bm = (x.get("data") or {}).get("bookmarks")
    if not isinstance(bm, list) or not bm: errors.append(f"{f}: no data.bookmarks"); return
    if any(c.get("title") not in XBS or "children" not in c for c in bm): errors.append(f"{f}: top level holds something other than [xbs] containers")
    ids = []
    def walk(n):
        if not isinstance(n.get("id"), int): errors.append(f"{f}: id {n.get('id')!r}")
        ids.append(n.get("id"))
        if "children" in n:
            if "url" in n: errors.append(f"{f}: a folder with a url")
            for c in n["children"]: walk(c)
            return
        if not re.match(r"https?://", n.get("url", "")) or not n.get("title"): errors.append(f"{f}: bookmark without title / url: {n}")
        if set(n) - {"title", "url", "description", "tags", "id"}: errors.append(f"{f}: bookmark keys {sorted(n)}")
        if "tags" in n and (not isinstance(n["tags"], list) or not all(isinstance(t, str) and t for t in n["tags"])): errors.append(f"{f}: tags {n['tags']}")
        mt = re.match(r"\[(\d{4}\.\d{4,5})\] (.+)", n["title"])
        mu = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", n["url"])
        if mt and (not mu or mt[1] != mu[1]): errors.append(f"{f}: title id {mt[1]} is not the url's")
        md = re.fullmatch(r"Abstract page for arXiv paper (\d{4}\.\d{4,5}): (.+)", n.get("description", ""))
        if md and (not mt or (md[1], md[2]) != (mt[1], mt[2])): errors.append(f"{f}: arXiv meta description does not match its page title")
    for c in bm: walk(c)
    if ids != list(range(1, len(ids) + 1)): errors.append(f"{f}: ids are not numbered depth first from 1")


# ---------------------------------------------------------------- 1592 MindMup map
def check_mup(f, raw):
    if "\n" in raw or "\r" in raw: errors.append(f"{f}: not one line (MindMup writes compact JSON, no final newline)")
    try:
        v = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: JSON does not parse: {ex}"); return
    if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact JSON")
    if v.get("formatVersion") != 3 or v.get("id") != "root" or list(v.get("ideas", {})) != ["1"]: errors.append(f"{f}: root wrapper")
    centre = v.get("ideas", {}).get("1", {})
    if v.get("title") != centre.get("title"): errors.append(f"{f}: root title != the centre idea's")
    ids = []
    def walk(n):
        if not isinstance(n.get("title"), str) or not isinstance(n.get("id"), int): errors.append(f"{f}: idea without title / int id"); return
        ids.append(n["id"])
        note = (n.get("attr") or {}).get("note")
        if note is not None and (note.get("index") != n["id"] or not note.get("text")): errors.append(f"{f}: note of idea {n['id']}")
        for k, c in (n.get("ideas") or {}).items():
            if not re.fullmatch(r"-?\d+(?:\.\d+)?", k) or float(k) == 0: errors.append(f"{f}: rank key {k!r}")
            walk(c)
    walk(centre)
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate idea ids")
    for lk in v.get("links", []):
        if lk.get("ideaIdFrom") not in ids or lk.get("ideaIdTo") not in ids: errors.append(f"{f}: link between unknown ideas {lk}")


# ---------------------------------------------------------------- 1593 NeDB datafile
def check_nedb(f, raw):
    lf_final(f, raw)
    live, seen, createdat = {}, set(), {}
    for n, l in enumerate(raw[:-1].split("\n"), 1):
        try:
            v = json.loads(l)
        except ValueError:
            errors.append(f"{f}:{n}: not one JSON document"); continue
        if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}:{n}: not NeDB's compact serialisation")
        if "$$indexCreated" in v:
            ic = v["$$indexCreated"]
            if list(v) != ["$$indexCreated"] or not isinstance(ic.get("fieldName"), str) or not all(isinstance(ic.get(k), bool) for k in ("unique", "sparse")):
                errors.append(f"{f}:{n}: bad $$indexCreated line")
            continue
        if v.get("$$deleted") is True:
            if v.get("_id") not in live: errors.append(f"{f}:{n}: $$deleted for an _id not live")
            live.pop(v.get("_id"), None); continue
        i = v.get("_id", "")
        if not re.fullmatch(r"[A-Za-z0-9]{16}", i): errors.append(f"{f}:{n}: _id {i!r}")
        c, u = v.get("createdAt"), v.get("updatedAt")
        if not (isinstance(c, dict) and list(c) == ["$$date"] and isinstance(c["$$date"], int) and isinstance(u, dict) and list(u) == ["$$date"] and isinstance(u["$$date"], int)):
            errors.append(f"{f}:{n}: createdAt / updatedAt not {{\"$$date\": ms}}"); continue
        if not 1600000000000 < c["$$date"] <= u["$$date"] < 1800000000000: errors.append(f"{f}:{n}: dates out of order")
        if i in seen:
            if createdat.get(i) != c["$$date"]: errors.append(f"{f}:{n}: an update changed createdAt")
            if i not in live: errors.append(f"{f}:{n}: an update of a deleted document")
        seen.add(i); createdat[i] = c["$$date"]; live[i] = v
    mids = [d.get("message_id") for d in live.values()]
    if len(mids) != len(set(mids)): errors.append(f"{f}: unique index on message_id broken by live documents")


# ---------------------------------------------------------------- 1594 ArchieML
AML_KEY = re.compile(r"\s*([A-Za-z0-9_.-]+)[ \t]*:[ \t]*(.*)")
NUMUA = {6: "шість", 7: "сім", 8: "вісім", 9: "дев'ять", 10: "десять"}


def parse_aml(f, raw):
    """a lean ArchieML reader: {scope} / {}, [array] / [+freeform] / [], key: value, multi-line values closed by :end,
    :skip / :endskip, :ignore"""
    out, scope, arr, free, skip, last, multi = {}, None, None, False, False, None, []
    for n, l in enumerate(raw.split("\n"), 1):
        s = l.strip()
        if skip:
            if s.lower() == ":endskip": skip = False
            continue
        if s.lower() == ":skip": skip = True; continue
        if s.lower() == ":ignore": return out, True
        if s.lower() == ":end":
            if last is None or not multi: errors.append(f"{f}:{n}: :end without a multi-line value")
            else: last[0][last[1]] = "\n".join([last[0][last[1]]] + multi)
            last, multi = None, []; continue
        m = re.fullmatch(r"\{([\w.]*)\}", s)
        if m:
            scope = out.setdefault(m[1], {}) if m[1] else None; arr = None; last, multi = None, []; continue
        m = re.fullmatch(r"\[(\+?)([\w.]*)\]", s)
        if m:
            if m[2]: arr = out.setdefault(m[2], []); free = bool(m[1]); scope = None
            else: arr = None
            last, multi = None, []; continue
        m = AML_KEY.fullmatch(l)
        if m:
            if arr is not None and free:
                o = {"type": m[1], "value": m[2]}; arr.append(o); last = (o, "value")
            elif arr is not None:
                if not arr or m[1] in arr[-1]: arr.append({})
                arr[-1][m[1]] = m[2]; last = (arr[-1], m[1])
            else:
                tgt = scope if scope is not None else out
                tgt[m[1]] = m[2]; last = (tgt, m[1])
            multi = []; continue
        if last is not None and s: multi.append(l)
    return out, False


def check_aml(f, raw):
    lf_final(f, raw)
    if not raw.startswith(":skip\n"): errors.append(f"{f}: does not open with the template's :skip block")
    d, ignored = parse_aml(f, raw)
    if not ignored: errors.append(f"{f}: no :ignore before the editor's notes")
    meta = d.get("meta", {})
    for k in ("slug", "headline", "byline", "pubdate"):
        if not meta.get(k): errors.append(f"{f}: meta.{k} missing")
    if not dt_ok(meta.get("pubdate"), "%Y-%m-%d"): errors.append(f"{f}: pubdate {meta.get('pubdate')!r}")
    body = d.get("body", [])
    if not body or any(o["type"] not in ("text", "subhead", "pullquote", "pullquote_author") for o in body): errors.append(f"{f}: body types {[o['type'] for o in body]}")
    papers = d.get("papers", [])
    if not papers or any(not all(p.get(k) for k in ("title", "authors", "year", "blurb")) for p in papers): errors.append(f"{f}: [papers] objects lack title / authors / year / blurb")
    if any(p.get("url") and not re.match(r"https?://", p["url"]) for p in papers): errors.append(f"{f}: a papers url is not http(s)")
    if NUMUA.get(len(papers)) not in (meta.get("headline") or ""): errors.append(f"{f}: the headline's count != {len(papers)} papers")


# ---------------------------------------------------------------- 1595 amsrefs .ltb
def check_ltb(f, raw):
    lf_final(f, raw)
    ents, pos = [], 0
    for m in re.finditer(r"^\\bib(\*?)\{([\w:-]+)\}\{(\w+)\}\{$", raw, re.M):
        if m.start() < pos: errors.append(f"{f}: an entry starts inside another"); continue
        depth, j = 1, m.end()
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0) if raw[j - 1] != "\\" else 0
            j += 1
        if depth: errors.append(f"{f}: entry {m[2]} is not closed"); return
        ents.append((m[1], m[2], m[3], raw[m.end():j - 1])); pos = j
    if not ents: errors.append(f"{f}: no \\bib entries"); return
    stray = [l for l in re.sub(r"^\\bib\*?\{[^\n]*\n(?:.*\n)*?\}$", "", raw, flags=re.M).split("\n") if l.strip() and not l.startswith("%")]
    if stray: errors.append(f"{f}: text outside entries and comments: {stray[:2]}")
    keys_, xrefs = [e[1] for e in ents], {e[1] for e in ents if e[0]}
    if len(keys_) != len(set(keys_)): errors.append(f"{f}: duplicate keys")
    for star, k, typ, body in ents:
        lines = body.strip("\n").split("\n")
        if any(not re.fullmatch(r"  \w+=\{.*\},", l) for l in lines): errors.append(f"{f}: {k}: a field line is not `  name={{...}},`")
        if "  title={" not in body: errors.append(f"{f}: {k}: no title")
        if not re.search(r"^  date=\{\d{4}\},$", body, re.M): errors.append(f"{f}: {k}: no four-digit date")
        if not star:
            aus = re.findall(r"^  author=\{(.*)\},$", body, re.M)
            if not aus or any(", " not in a for a in aus): errors.append(f"{f}: {k}: authors not as Surname, Given")
        for x in re.findall(r"xref=\{([\w:-]+)\}", body):
            if x not in xrefs or keys_.index(x) > keys_.index(k): errors.append(f"{f}: {k}: xref {x} not defined by an earlier \\bib*")
        for e in re.findall(r"eprint=\{([^}]*)\}", body):
            if not re.fullmatch(r"arXiv:\d{4}\.\d{4,5}(v\d+)?", e): errors.append(f"{f}: {k}: eprint {e}")


# ---------------------------------------------------------------- 1596 GNU datamash
def dm_num(x):
    return format(x, ".14g")


def check_datamash(f, raw):
    L = raw.split("\n")
    ps = L[0][:L[0].index("$ ") + 2]
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")
    cmds = shell_cmds(f, L, ps)
    B = {c: b for i, c, b in bodies(L, cmds)}
    tsv = B.get("cat seminar.tsv")
    if not tsv: errors.append(f"{f}: no cat seminar.tsv"); return
    rows = [l.split("\t") for l in tsv]
    hdr, rows = rows[0], rows[1:]
    if any(len(r) != len(hdr) for r in rows): errors.append(f"{f}: ragged TSV"); return
    want = {"datamash check < seminar.tsv": [f"{len(rows) + 1} lines, {len(hdr)} fields"]}
    g = lambda c: sorted({r[c] for r in rows}, key=lambda s: s.encode())
    try:
        h = [float(r[3]) for r in rows]
    except ValueError:
        errors.append(f"{f}: hours not numeric"); return
    want["datamash -H -s -g 3 count 3 sum 4 < seminar.tsv"] = [f"GroupBy({hdr[2]})\tcount({hdr[2]})\tsum({hdr[3]})"] + [
        f"{k}\t{sum(r[2] == k for r in rows)}\t{dm_num(sum(float(r[3]) for r in rows if r[2] == k))}" for k in g(2)]
    want["datamash -H sum 4 mean 4 max 4 < seminar.tsv"] = [f"sum({hdr[3]})\tmean({hdr[3]})\tmax({hdr[3]})", f"{dm_num(sum(h))}\t{dm_num(sum(h) / len(h))}\t{dm_num(max(h))}"]
    want["datamash -H -s -g 6 count 6 unique 3 < seminar.tsv"] = [f"GroupBy({hdr[5]})\tcount({hdr[5]})\tunique({hdr[2]})"] + [
        f"{k}\t{sum(r[5] == k for r in rows)}\t{','.join(sorted({r[2] for r in rows if r[5] == k}, key=lambda s: s.encode()))}" for k in g(5)]
    for c, w in want.items():
        if B.get(c) != w: errors.append(f"{f}: `{c}` answer {B.get(c)} != {w}")
    err = [b for c, b in B.items() if re.fullmatch(r"datamash -H sum (\d+) < seminar.tsv", c) and int(c.split()[3]) > len(hdr)]
    if not err or not re.fullmatch(rf"datamash: invalid input: field \d+ requested, line 2 has only {len(hdr)} fields", (err[0] or [""])[0]):
        errors.append(f"{f}: no out-of-range field error")


def shape_checks(f, raw, path):
    n = num(f)
    {1587: check_mysqlsh, 1588: check_podcastindex, 1589: check_hx, 1590: check_dyff, 1591: check_xbs, 1592: check_mup,
     1593: check_nedb, 1594: check_aml, 1595: check_ltb,
     1596: check_datamash}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """HTML / XML entities undone once and twice, percent-escapes undone (1588's query string), and both together"""
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
# round156's and round157's, a byte-identical file counted once), and the round156/round157 split (candidates sorted by
# (uses, catalogue title); round157 = odd positions from 3 on, one unbroken run; round156 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P156S = ["/work/rounds/digests-round156/expected.json", "/work/main/tests/data/digests-round156/expected.json"]
P156 = next((p for p in P156S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P156S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round156", "digests-round157") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round157 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r156 = set()
if P156:
    try:
        r156 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P156)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P156} exists but could not be read (being written?)")
    if r156 & mine: errors.append(f"papers also in round156: {sorted(r156 & mine)}")
shared156 = len(r156 & mine) if P156 else "(no round156 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round157 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round156: {shared156}; papers in more than one round157 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


