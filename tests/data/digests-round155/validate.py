#!/usr/bin/env python3
r"""Checks round155/expected.json against the digests and the shared catalogues.

Adapted from round153/validate.py (the label checks are the same code; the reuse report is round153's with round154 /
round155 in place of round152 / round153: round155 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round154's and round155's own (a digests-round154 /
digests-round155 folder, or a file whose bytes equal round154's or round155's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round155 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round154's expected.json (read only, from /work/rounds/digests-round154/ or
/work/main/tests/data/digests-round154/, when it exists), and on a paper in more than one round155 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: HTML / XML entities undone once and twice,
percent-escapes undone (1568's query strings; 1573's &#13;&#10; in notes). Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1567 Mailpit API (the list query through curl and jq @tsv; messages_count = the rows; rows of ID (22 alphanumerics,
unique), Created (ISO with ms and offset), From, Subject, newest first; then the loop printing `== Subject` + Text,
the subjects in the list's order; ends on a bare prompt);
1568 LibreY (shell prompts; api.php?q=…&p=0&t=0 URLs with the query plus-encoded; the `jq .` block parses as a list of
{title, url, base_url, description} in jq's 2-space layout, base_url = scheme://host/ of url; the `jq -r` listing in
groups of title / url / blank; `jq length` = that group count; ends on a bare prompt);
1569 links2 -dump (the command line with -width W; no dumped line wider than W by display width; the table's link
column starts at one column on every row; final newline);
1570 Nashorn jjs (the jjs command, the JDK 11 warning, `jjs> ` prompts; list.length = the numbered items 1..n; each
item followed by its link line; the filter answer = the items without a link; the JSON.stringify block parses and equals
the item it names; the TypeError text; exit() and a bare prompt last);
1571 harelba q (head -4 parses as CSV with the header's 6 columns; count(*) = the group counts' sum; group rows sorted
by count then name; the -b block's columns start at the header's columns; `-D "|"` rows have 3 fields; ends on a prompt);
1572 RDFa Lite (doctype, lang ko, balanced tags; body vocab schema.org; every typeof=ScholarlyArticle item has one
property=name and authors typed Person; the introduction's count = the items; datePublished = the visible year);
1573 MLO XML (CRLF line ends throughout; parses; root MyLifeOrganized-xml ver="1.2"; every TaskNode a Caption and a
unique {GUID} IDD; dates ISO; PlacesList holds every Place used);
1574 Diaro XML backup (LF; parses; root data version="2"; tables folders / tags / locations / entries; uids 32 hex,
unique; entries' folder_uid, location_uid and ,tag, lists refer to rows; date = epoch milliseconds with tz_offset);
1575 vym map (the XML declaration and DOCTYPE on one line; parses; vymmap root; branchCount = the branch elements;
url attributes http(s); every branch one heading);
1576 CHICKEN csi (the banner; `#;N> ` prompts numbered 1.. in order; (length program) = the `N. hafta` lines; the
unbound-variable error block; ,q and a bare prompt last).

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





# ================================================================ round155 shape checks
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def ends_on_prompt(f, L, ps):
    if L[-1] != ps: errors.append(f"{f}: does not end on a bare prompt {ps!r}")


# ---------------------------------------------------------------- 1567 Mailpit API
def check_mailpit(f, raw):
    L = raw.split("\n")
    ps = L[0][:L[0].index("$ ") + 2]
    ends_on_prompt(f, L, ps)
    if not re.fullmatch(re.escape(ps) + r"curl -s 'http://127\.0\.0\.1:8025/api/v1/messages\?limit=50' \| jq -r '\.messages_count, \(\.messages\[\] \| \[\.ID, \.Created, \.From\.Address, \.Subject\] \| @tsv\)'", L[0]):
        errors.append(f"{f}: first line is not the Mailpit list query")
    try:
        n = int(L[1])
    except ValueError:
        errors.append(f"{f}: no messages_count"); return
    rows = [l.split("\t") for l in L[2:2 + n]]
    if len(rows) != n or any(len(r) != 4 for r in rows): errors.append(f"{f}: {n} @tsv rows of 4 wanted"); return
    times = []
    for r in rows:
        if not re.fullmatch(r"[0-9A-Za-z]{22}", r[0]): errors.append(f"{f}: bad Mailpit ID {r[0]}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+\d\d:\d\d", r[1]): errors.append(f"{f}: bad Created {r[1]}")
        if not re.fullmatch(r"[\w.-]+@[\w.-]+", r[2]): errors.append(f"{f}: bad From {r[2]}")
        times.append(r[1])
    if times != sorted(times, reverse=True): errors.append(f"{f}: list not newest first")
    if len({r[0] for r in rows}) != n: errors.append(f"{f}: duplicate IDs")
    if not L[2 + n].startswith(ps + "for id in $("): errors.append(f"{f}: no loop after the list"); return
    subs = [l[3:] for l in L[3 + n:] if l.startswith("== ")]
    if subs != [r[3] for r in rows]: errors.append(f"{f}: the loop's subjects != the list's subjects in order")
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")


# ---------------------------------------------------------------- 1568 LibreY
def check_librey(f, raw):
    L = raw.split("\n")
    ps = next((l for l in L if l.endswith("$ ")), None) or "?"
    if "\n" in raw[-1:]: errors.append(f"{f}: a final newline after the prompt")
    ends_on_prompt(f, L, ps)
    cmds = [(i, l[len(ps):]) for i, l in enumerate(L) if l.startswith(ps) and l != ps]
    for i, c in cmds:
        if c.startswith("curl"):
            m = re.match(r"curl -s '(https://[\w.-]+/api\.php)\?q=([\w+%.-]+)&p=0&t=0' \| (.*)$", c)
            if not m: errors.append(f"{f}:{i + 1}: bad LibreY curl line"); continue
    listing = None
    for k, (i, c) in enumerate(cmds):
        end = cmds[k + 1][0] if k + 1 < len(cmds) else len(L) - 1
        body = L[i + 1:end]
        if c.endswith("| jq ."):
            try:
                v = json.loads("\n".join(body))
            except ValueError: errors.append(f"{f}:{i + 1}: the jq . block does not parse"); continue
            if "\n".join(body) != json.dumps(v, indent=2, ensure_ascii=False): errors.append(f"{f}:{i + 1}: not jq's 2-space layout")
            for r in v:
                if set(r) != {"title", "url", "base_url", "description"}: errors.append(f"{f}: result keys {sorted(r)}"); continue
                u = urlsplit(r["url"])
                if r["base_url"] != f"{u.scheme}://{u.netloc}/": errors.append(f"{f}: base_url {r['base_url']} for {r['url']}")
        elif ".title, .url" in c:
            if len(body) % 3 or any(body[j + 2] != "" or not body[j + 1].startswith("http") for j in range(0, len(body) - 2, 3)):
                errors.append(f"{f}:{i + 1}: the -r listing is not title / url / blank groups")
            listing = len(body) // 3
        elif c.endswith("| jq length"):
            if listing is None or body != [str(listing)]: errors.append(f"{f}:{i + 1}: jq length {body} != {listing}")


# ---------------------------------------------------------------- 1569 links2 -dump
def check_links(f, raw):
    L = lines_of(f, raw)
    m = re.match(r"[\w.-]+@[\w.-]+:\S*\$ links -dump -width (\d+) -codepage utf-8 '(https?://\S+)'$", L[0])
    if not m: errors.append(f"{f}: first line is not the links -dump command"); return
    w = int(m[1])
    for i, l in enumerate(L[1:], 2):
        if dwidth(l) > w: errors.append(f"{f}:{i}: wider than {w}")
    rows = [l for l in L if re.match(r"   \d+ +\S", l)]
    cols = {dwidth(l[:l.rfind(" ") + 1]) for l in rows}
    if not rows or len(cols) != 1: errors.append(f"{f}: the table's link column is not aligned {sorted(cols)}")


# ---------------------------------------------------------------- 1570 Nashorn jjs
def check_jjs(f, raw):
    L = raw.split("\n")
    if not L[0].endswith("$ jjs") or L[1] != "Warning: The jjs tool is planned to be removed from a future JDK release":
        errors.append(f"{f}: no jjs start / JDK warning")
    ps = L[0][:-3]
    ends_on_prompt(f, L, ps)
    if L[-2] != "jjs> exit()": errors.append(f"{f}: exit() not last")
    items = [(i, l) for i, l in enumerate(L) if re.match(r"\d+\. ", l)]
    if [int(l.split(".")[0]) for _, l in items] != list(range(1, len(items) + 1)): errors.append(f"{f}: items not numbered 1..n")
    try:
        n = int(L[L.index("jjs> list.length") + 1])
    except ValueError:
        errors.append(f"{f}: no list.length answer"); n = -1
    if n != len(items): errors.append(f"{f}: list.length {n} != {len(items)} items")
    nolink = []
    for i, l in items:
        lk = L[i + 1]
        if not lk.startswith("   "): errors.append(f"{f}:{i + 2}: item without its link line")
        if lk.strip() == "（无链接）": nolink.append(re.sub(r"^\d+\. (.*) \[[^\]]+\]$", r"\1", l))
    fi = next((i for i, l in enumerate(L) if l.startswith("jjs> list.filter")), None)
    if fi is None or L[fi + 1:fi + 1 + len(nolink)] != nolink or not L[fi + 1 + len(nolink)].startswith("jjs> "):
        errors.append(f"{f}: the filter answer != the items without a link")
    si = next((i for i, l in enumerate(L) if l.startswith("jjs> print(JSON.stringify(list[")), None)
    if si is not None:
        k = int(re.search(r"list\[(\d+)\]", L[si])[1])
        e = next(j for j in range(si + 1, len(L)) if L[j] == "}")
        try:
            v = json.loads("\n".join(L[si + 1:e + 1]))
            if v["title"] != re.sub(r"^\d+\. (.*) \[[^\]]+\]$", r"\1", items[k][1]): errors.append(f"{f}: stringified entry is not list[{k}]")
        except (ValueError, KeyError, IndexError): errors.append(f"{f}: the JSON.stringify block does not parse")
    if not any(re.fullmatch(r'<shell>:1 TypeError: Cannot read property "\w+" from undefined', l) for l in L): errors.append(f"{f}: no TypeError line")


# ---------------------------------------------------------------- 1571 harelba q
def check_q(f, raw):
    L = raw.split("\n")
    ps = L[0][:L[0].index("$ ") + 2]
    ends_on_prompt(f, L, ps)
    cmds = [(i, l[len(ps):]) for i, l in enumerate(L) if l.startswith(ps) and l != ps]
    nxt = lambda k: cmds[k + 1][0] if k + 1 < len(cmds) else len(L) - 1
    total = groups = None
    for k, (i, c) in enumerate(cmds):
        body = L[i + 1:nxt(k)]
        if c.startswith("head -4"):
            rows = list(csv.reader(body))
            if len(rows) != 4 or any(len(r) != len(rows[0]) for r in rows) or len(rows[0]) != 6: errors.append(f"{f}: head -4 is not 4 CSV rows of 6")
        elif "count(*) from" in c and "group by" not in c:
            total = int(body[0]) if body and body[0].isdigit() else None
        elif "group by" in c:
            pairs = [l.rsplit(" ", 1) for l in body]
            try:
                groups = sum(int(n) for _, n in pairs)
                if pairs != sorted(pairs, key=lambda p: (-int(p[1]), p[0])): errors.append(f"{f}: group rows not sorted")
            except ValueError: errors.append(f"{f}: bad group rows")
        elif " -b " in c:
            hdr = body[0]
            starts = [m.start() for m in re.finditer(r"(?<= )\S", " " + hdr)]
            for l in body[1:]:
                for s in starts[1:]:
                    if l[s - 2] != " " or l[s - 1] == " ": errors.append(f"{f}: -b column not aligned: {l[:30]}"); break
        elif '-D "|"' in c:
            if not body or any(len(l.split("|")) != 3 for l in body): errors.append(f"{f}: -D | rows without 3 fields")
    if total is None or total != groups: errors.append(f"{f}: count(*) {total} != group sum {groups}")


# ---------------------------------------------------------------- 1572 RDFa
VOID = {"meta", "link", "br", "img", "hr", "input"}
class Tags(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack, s.bad, s.items, s.body_vocab, s.cur = [], [], [], None, None
    def handle_starttag(s, t, a):
        a = dict(a)
        if t == "body": s.body_vocab = a.get("vocab")
        if a.get("typeof") == "ScholarlyArticle": s.cur = {"name": 0, "person": 0, "year": None, "text": ""}; s.items.append(s.cur); s.depth = len(s.stack)
        if s.cur is not None:
            if a.get("property") == "name" and s.stack and "author" not in [x[1] for x in s.stack[s.depth:]] and "isPartOf" not in [x[1] for x in s.stack[s.depth:]]: s.cur["name"] += 1
            if a.get("property") == "author" and a.get("typeof") == "Person": s.cur["person"] += 1
            if a.get("property") == "datePublished": s.cur["year"] = a.get("datetime")
        if t not in VOID: s.stack.append((t, a.get("property")))
    def handle_endtag(s, t):
        if t in VOID: return
        if not s.stack or s.stack[-1][0] != t: s.bad.append(t); return
        s.stack.pop()
        if s.cur is not None and len(s.stack) == s.depth: s.cur = None
def check_rdfa(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="ko">'): errors.append(f"{f}: doctype / lang")
    p = Tags(); p.feed(raw); p.close()
    if p.bad or p.stack: errors.append(f"{f}: unbalanced tags {p.bad[:3]} {p.stack[:3]}")
    if p.body_vocab != "https://schema.org/": errors.append(f"{f}: body vocab {p.body_vocab}")
    for k, it in enumerate(p.items, 1):
        if it["name"] != 1 or it["person"] < 1 or not (it["year"] or "").isdigit(): errors.append(f"{f}: ScholarlyArticle {k}: {it}")
    m = re.search(r"총 (\d+)편", raw)
    if not m or int(m[1]) != len(p.items): errors.append(f"{f}: the count {m and m[1]} != {len(p.items)} items")
    for y in re.findall(r'datetime="(\d{4})">(\d{4})<', raw):
        if y[0] != y[1]: errors.append(f"{f}: datePublished {y}")


# ---------------------------------------------------------------- 1573 MLO XML
GUID = re.compile(r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}")
def check_mlo(f, raw):
    if not raw.endswith("\r\n") or raw.count("\n") != raw.count("\r\n") or raw.count("\r") != raw.count("\r\n"): errors.append(f"{f}: not CRLF throughout")
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: XML does not parse: {ex}"); return
    if root.tag != "MyLifeOrganized-xml" or root.get("ver") != "1.2": errors.append(f"{f}: root {root.tag} {root.attrib}")
    ids = []
    for n in root.iter("TaskNode"):
        c, i = n.find("Caption"), n.find("IDD")
        if c is None or not (c.text or "").strip() or i is None or not GUID.fullmatch(i.text or ""): errors.append(f"{f}: TaskNode without Caption / GUID IDD"); continue
        ids.append(i.text)
        for tag in ("Created", "DueDateTime", "CompletionDateTime"):
            x = n.find(tag)
            if x is not None and not dt_ok(x.text or "", "%Y-%m-%dT%H:%M:%S"): errors.append(f"{f}: {tag} {x.text!r}")
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate IDD")
    used_ = {p.text for n in root.iter("Places") for p in n}
    listed = {p.text for p in root.iter("Place") if p not in [q for n in root.iter("Places") for q in n]}
    listed = {p.text for p in (root.find("PlacesList") or [])}
    if not used_ <= listed: errors.append(f"{f}: places {used_ - listed} not in PlacesList")


# ---------------------------------------------------------------- 1574 Diaro
def check_diaro(f, raw):
    lf_final(f, raw)
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: XML does not parse: {ex}"); return
    if root.tag != "data" or root.get("version") != "2": errors.append(f"{f}: root {root.tag} {root.attrib}")
    T_ = {t.get("name"): t for t in root.findall("table")}
    if list(T_) != ["diaro_folders", "diaro_tags", "diaro_locations", "diaro_entries"]: errors.append(f"{f}: tables {list(T_)}"); return
    uids = {k: [r.findtext("uid") for r in t.findall("r")] for k, t in T_.items()}
    allu = [u for v in uids.values() for u in v]
    if any(not re.fullmatch(r"[0-9a-f]{32}", u or "") for u in allu) or len(allu) != len(set(allu)): errors.append(f"{f}: uids not 32 hex / not unique")
    for r in T_["diaro_entries"].findall("r"):
        if r.findtext("folder_uid") not in uids["diaro_folders"]: errors.append(f"{f}: entry folder_uid dangling")
        lu = r.findtext("location_uid")
        if lu and lu not in uids["diaro_locations"]: errors.append(f"{f}: entry location_uid dangling")
        tg = r.findtext("tags") or ""
        if tg and (not (tg.startswith(",") and tg.endswith(",")) or any(x not in uids["diaro_tags"] for x in tg.strip(",").split(","))): errors.append(f"{f}: bad tags {tg}")
        d, tz = r.findtext("date") or "", r.findtext("tz_offset") or ""
        if not re.fullmatch(r"1[67]\d{11}", d) or not re.fullmatch(r"[+-]\d\d:\d\d", tz): errors.append(f"{f}: date / tz_offset {d} {tz}")


# ---------------------------------------------------------------- 1575 vym
def check_vym(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE vymmap>\n'): errors.append(f"{f}: declaration / DOCTYPE line")
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: XML does not parse: {ex}"); return
    if root.tag != "vymmap": errors.append(f"{f}: root {root.tag}")
    br = list(root.iter("branch"))
    if root.get("branchCount") != str(len(br)): errors.append(f"{f}: branchCount {root.get('branchCount')} != {len(br)}")
    for b in br:
        if len(b.findall("heading")) != 1: errors.append(f"{f}: a branch without one heading")
        if b.get("url") and not re.match(r"https?://", b.get("url")): errors.append(f"{f}: url {b.get('url')}")


# ---------------------------------------------------------------- 1576 CHICKEN csi
def check_csi(f, raw):
    L = raw.split("\n")
    ps = L[0][:-3]
    if not L[0].endswith("$ csi") or L[1] != "CHICKEN" or not L[4].startswith("Version 5.") or L[7] != "Type ,? for help.": errors.append(f"{f}: csi banner")
    ends_on_prompt(f, L, ps)
    nums = [int(m[1]) for l in L for m in [re.match(r"#;(\d+)> ", l)] if m]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: prompts not numbered 1..n: {nums}")
    try:
        n = int(L[L.index("#;3> (length program)") + 1])
    except ValueError:
        n = -1
    weeks = [l for l in L if re.match(r"\d+\. hafta ", l)]
    if n != len(weeks): errors.append(f"{f}: (length program) {n} != {len(weeks)} week lines")
    if not any(l.startswith("Error: unbound variable: ") for l in L) or "\tCall history:" not in L: errors.append(f"{f}: no error block")
    if not re.fullmatch(r"#;\d+> ,q", L[-2]): errors.append(f"{f}: ,q not last")


def shape_checks(f, raw, path):
    n = num(f)
    {1567: check_mailpit, 1568: check_librey, 1569: check_links, 1570: check_jjs, 1571: check_q, 1572: check_rdfa,
     1573: check_mlo, 1574: check_diaro, 1575: check_vym,
     1576: check_csi}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round154's and round155's, a byte-identical file counted once), and the round154/round155 split (candidates sorted by
# (uses, catalogue title); round155 = odd positions from 3 on, one unbroken run; round154 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P154S = ["/work/rounds/digests-round154/expected.json", "/work/main/tests/data/digests-round154/expected.json"]
P154 = next((p for p in P154S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P154S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round154", "digests-round155") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round155 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r154 = set()
if P154:
    try:
        r154 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P154)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P154} exists but could not be read (being written?)")
    if r154 & mine: errors.append(f"papers also in round154: {sorted(r154 & mine)}")
shared154 = len(r154 & mine) if P154 else "(no round154 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round155 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round154: {shared154}; papers in more than one round155 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


