#!/usr/bin/env python3
r"""Checks round79/expected.json against the digests and the shared catalogues.

Adapted from round77/validate.py (the label checks are the same code; the reuse report is round77's with round78 /
round79 in place of round76 / round77: round79 holds the even positions, round78 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round78's and round79's
own (a digests-round78 / digests-round79 folder, or a file whose bytes equal round78's or round79's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round79 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round78/expected.json when that file
exists (read only), and on a paper in more than one round79 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 809 and 812 every JSON string value; 811 every
XML-RPC <string> value (XML entities undone, then HTML entities once more); 813 the HOCON strings with \" and \\
undone; everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 807 darcs log (patch / Author / Date lines, right weekday, dates descending,
`  * ` or `  tagged ` name line, comment lines indented two, summary lines `    M ./x -a +b` / `    A ./x` / `    R ./x`
/ `    ./a -> ./b`); 808 Celery (banner with [config] / [queues] / [tasks], every later line
`[date time,ms: LEVEL/Process] msg` but a traceback after an ERROR, times ascending, task names declared in
[tasks], every succeeded / retry / raised line after its `received`, worker numbers within the concurrency);
809 Meilisearch (jq layout, top-level keys, estimatedTotalHits, `_formatted` equal to the stored values once <em>
tags and crops are undone, facet counts); 810 Julia (balanced \"\"\" docstrings each followed by a definition,
balanced #= =#, no unescaped $ in a non-raw docstring, exports defined, @ref targets defined); 811 XML-RPC
(well-formed, the IXR envelope and two-space member lines, dateTime.iso8601 form, PHP htmlspecialchars escaping
(no raw " or '), percent-encoded ASCII post_name, date_gmt = date − 3:30); 812 Webex (one line, no final newline,
items newest first, ids base64 of ciscospark://us/<TYPE>/<uuid>, one roomId, parentId inside the list, html iff
markdown, mentionedPeople = spark-mention ids, created form); 813 HOCON (strings and triple-quoted strings closed,
balanced braces / brackets, URLs quoted, ${path} substitutions resolve); 814 Mallard (well-formed, page root with
id / type, info first, sections with id and a title first, links with href or xref, known elements, no ASCII space
before : ; ? ! in French text); 815 PKG-INFO (header grammar, Metadata-Version first, known fields in setuptools'
order, extras declared before use, classifier form, non-empty body); 816 CMake (balanced parentheses, known block
pairs if / foreach / function, bracket comment closed, command-name form).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import unquote, unquote_plus

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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (809, 812): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 811:
        vals = [e.text or "" for e in ET.fromstring(raw.encode()).iter("string")]
        forms.append("\n".join(vals)); forms.append(html.unescape("\n".join(vals)))
    if n == 813: forms.append(re.sub(r'\\(["\\])', r"\1", raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def check_darcs(f, raw):
    lf_final(f, raw)
    blocks = raw[:-1].split("\n\npatch ")
    prev = None
    for bi, b in enumerate(blocks):
        ls = (b if bi == 0 else "patch " + b).split("\n")
        if not re.fullmatch(r"patch [0-9a-f]{40}", ls[0]): errors.append(f"{f}: block {bi + 1}: bad patch line {ls[0][:50]!r}"); continue
        if len(ls) < 4 or not re.fullmatch(r"Author: [^<>]+ <[^@\s]+@[^>\s]+>", ls[1]): errors.append(f"{f}: {ls[0][6:14]}: bad Author line"); continue
        m = re.fullmatch(r"Date:   (\w{3}) (\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) EET (\d{4})", ls[2])
        if not m: errors.append(f"{f}: {ls[0][6:14]}: bad Date line {ls[2]!r}"); continue
        d = datetime.datetime.strptime(f"{m.group(2)} {m.group(3).strip()} {m.group(5)} {m.group(4)}", "%b %d %Y %H:%M:%S")
        if d.strftime("%a") != m.group(1): errors.append(f"{f}: {ls[0][6:14]}: weekday {m.group(1)} wrong for {d:%Y-%m-%d}")
        if prev and d > prev: errors.append(f"{f}: {ls[0][6:14]}: date after the newer patch's")
        prev = d
        if not (ls[3].startswith("  * ") or re.fullmatch(r"  tagged \S+", ls[3])): errors.append(f"{f}: {ls[0][6:14]}: no name line")
        body = ls[4:]
        n_s = 0
        while n_s < len(body) and re.match(r"    \S", body[len(body) - 1 - n_s]): n_s += 1
        if n_s and (n_s == len(body) or body[len(body) - 1 - n_s] != ""): n_s = 0
        for l in body[len(body) - n_s:]:
            if not re.fullmatch(r"    (?:M \./\S+(?: -\d+)?(?: \+\d+)?|[AR] \./\S*|\./\S+ -> \./\S+)", l): errors.append(f"{f}: {ls[0][6:14]}: bad summary line {l!r}")
        for l in body[:len(body) - n_s]:
            if l and not l.startswith("  "): errors.append(f"{f}: {ls[0][6:14]}: comment line not indented: {l[:40]!r}")


CEL = re.compile(r"\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): (DEBUG|INFO|WARNING|ERROR|CRITICAL)/(MainProcess|Beat|ForkPoolWorker-(\d+))\] (.+)")


def check_celery(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    try:
        ti = ls.index("[tasks]")
    except ValueError:
        errors.append(f"{f}: no [tasks] section"); return
    head = "\n".join(ls[:ti])
    if not re.search(r"^ -------------- celery@\S+ v5\.\d+\.\d+ \(", head, re.M) or "[config]" not in head or "[queues]" not in head:
        errors.append(f"{f}: banner lacks the celery@host line, [config] or [queues]")
    m = re.search(r"\.> concurrency: (\d+) \(prefork\)", head)
    conc = int(m.group(1)) if m else 0
    tasks, i = set(), ti + 1
    while i < len(ls) and ls[i].startswith("  . "): tasks.add(ls[i][4:]); i += 1
    if i < len(ls) and ls[i] == "": i += 1
    prev, tb, received = None, False, set()
    for k in range(i, len(ls)):
        l = ls[k]
        m = CEL.fullmatch(l)
        if not m:
            if tb and (l.startswith("  ") or l == "Traceback (most recent call last):" or re.match(r"[\w.]+(Error|Exception): ", l)): continue
            errors.append(f"{f}: line {k + 1}: not a Celery log line: {l[:60]!r}"); continue
        tb = m.group(2) == "ERROR"
        t = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f")
        if prev and t < prev: errors.append(f"{f}: line {k + 1}: time goes back")
        prev = t
        if m.group(4) and not 1 <= int(m.group(4)) <= conc: errors.append(f"{f}: line {k + 1}: worker {m.group(4)} beyond concurrency {conc}")
        msg = m.group(5)
        for name in re.findall(r"(?:Task |^)(digest\.tasks\.\w+)\[", msg):
            if name not in tasks: errors.append(f"{f}: line {k + 1}: task {name} not in [tasks]")
        mt = re.match(r"Task (\S+\[[0-9a-f-]{36}\]) (received|succeeded in [\d.]+s: .+|retry: .+|raised unexpected: .+)$", msg)
        if mt:
            if mt.group(2) == "received": received.add(mt.group(1))
            elif mt.group(1) not in received: errors.append(f"{f}: line {k + 1}: {mt.group(1)} finished before it was received")
        elif msg.startswith("Task "): errors.append(f"{f}: line {k + 1}: bad Task line {msg[:60]!r}")


def unformat(s):
    return s.replace("<em>", "").replace("</em>", "")


def check_meili(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, indent=2, ensure_ascii=False) + "\n": errors.append(f"{f}: not in jq's layout (two spaces, raw UTF-8, final newline)")
    if list(d) != ["hits", "query", "processingTimeMs", "limit", "offset", "estimatedTotalHits", "facetDistribution", "facetStats"]:
        errors.append(f"{f}: top-level keys {list(d)}")
    hits = d.get("hits", [])
    if d.get("estimatedTotalHits") != len(hits): errors.append(f"{f}: estimatedTotalHits {d.get('estimatedTotalHits')} != {len(hits)} hits")
    for h in hits:
        fm = h.get("_formatted")
        if not isinstance(fm, dict): errors.append(f"{f}: hit {h.get('id')}: no _formatted"); continue
        if list(fm) != [k for k in h if k != "_formatted"]: errors.append(f"{f}: hit {h.get('id')}: _formatted keys differ")
        for k, v in fm.items():
            o = h.get(k)
            if isinstance(o, int) and not isinstance(o, bool): ok = v == str(o)
            elif isinstance(o, str): ok = unformat(v) == o or (unformat(v).endswith("…") and o.startswith(unformat(v)[:-1]))
            elif isinstance(o, list): ok = [unformat(x) if isinstance(x, str) else x for x in v] == o
            else: ok = v == o
            if not ok: errors.append(f"{f}: hit {h.get('id')}: _formatted.{k} does not match the stored value")
    fd = Counter(h.get("loai") for h in hits)
    if d.get("facetDistribution", {}).get("loai") != dict(sorted(fd.items())): errors.append(f"{f}: facetDistribution.loai {d.get('facetDistribution', {}).get('loai')} != {dict(fd)}")
    ys = [h["year"] for h in hits if isinstance(h.get("year"), int)]
    if ys and d.get("facetStats", {}).get("year") != {"min": min(ys), "max": max(ys)}: errors.append(f"{f}: facetStats.year wrong")


def check_julia(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if raw.count("#=") != raw.count("=#"): errors.append(f"{f}: unbalanced #= =#")
    defined, k, inside = set(), 0, None
    for k, l in enumerate(ls):
        m = re.match(r"(?:mutable struct|struct|abstract type|function|const|macro)\s+(\w+)|(\w+)\(.*\)\s*=", l)
        if m and inside is None: defined.add(m.group(1) or m.group(2))
        if '"""' in l:
            if inside is None:
                inside = (k, l.startswith("@doc raw"))
                if l.count('"""') != 1: errors.append(f"{f}: line {k + 1}: docstring opened and closed on one line")
            else:
                if l.strip() != '"""': errors.append(f"{f}: line {k + 1}: text beside a closing \"\"\"")
                nxt = ls[k + 1] if k + 1 < len(ls) else ""
                if not re.match(r"(?:mutable struct|struct|abstract type|function|const|macro)\s+\w+|\w+\(.*\)\s*=", nxt):
                    errors.append(f"{f}: line {k + 2}: docstring not followed by a definition")
                inside = None
        elif inside is not None and not inside[1] and re.search(r"(?<!\\)\$", l):
            errors.append(f"{f}: line {k + 1}: unescaped $ in a docstring (interpolation)")
    if inside is not None: errors.append(f"{f}: docstring opened on line {inside[0] + 1} not closed")
    ex = re.search(r"^export (.+?)\n(?!\s)", raw, re.S | re.M)
    for name in re.findall(r"\w+", ex.group(1) if ex else ""):
        if name not in defined: errors.append(f"{f}: exported {name} not defined")
    for name in re.findall(r"\[`(\w+)`\]\(@ref\)", raw):
        if name not in defined: errors.append(f"{f}: @ref to undefined {name}")


def check_xmlrpc(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse>\n  <params>\n    <param>\n      <value>\n      <array><data>\n'):
        errors.append(f"{f}: not IXR's methodResponse envelope")
    if not raw.endswith("</data></array>\n      </value>\n    </param>\n  </params>\n</methodResponse>\n"): errors.append(f"{f}: envelope not closed as IXR does")
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    for l in raw.split("\n"):
        if "<member>" in l and not l.startswith("  <member><name>"): errors.append(f"{f}: member line not as IXR writes it: {l[:50]!r}")
    for m in re.finditer(r"<string>([^<]*)</string>", raw):
        if '"' in m.group(1) or "'" in m.group(1): errors.append(f"{f}: raw quote in a string (htmlspecialchars escapes them)"); break
    for d in root.iter("dateTime.iso8601"):
        if not re.fullmatch(r"\d{8}T\d\d:\d\d:\d\d", d.text or ""): errors.append(f"{f}: bad dateTime.iso8601 {d.text!r}")
    for st in root.iter("struct"):
        mem = {m.findtext("name"): m.find("value") for m in st.findall("member")}
        if "post_id" not in mem: continue
        pn = mem["post_name"].findtext("string") or ""
        if not re.fullmatch(r"[a-z0-9%\-]*", pn): errors.append(f"{f}: post_name {pn[:30]!r} not percent-encoded lowercase")
        try:
            loc = datetime.datetime.strptime(mem["post_date"].findtext("dateTime.iso8601"), "%Y%m%dT%H:%M:%S")
            gmt = datetime.datetime.strptime(mem["post_date_gmt"].findtext("dateTime.iso8601"), "%Y%m%dT%H:%M:%S")
            if loc - gmt != datetime.timedelta(hours=3, minutes=30): errors.append(f"{f}: post {mem['post_id'].findtext('string')}: post_date_gmt not post_date − 3:30")
        except (TypeError, ValueError): errors.append(f"{f}: post dates unreadable")


def b64id(s):
    try:
        return base64.b64decode(s + "=" * (-len(s) % 4)).decode()
    except Exception:
        return ""


def check_webex(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: more than one line")
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    items = d.get("items", [])
    ids = {i.get("id") for i in items}
    rooms = {i.get("roomId") for i in items}
    if len(rooms) != 1 or not re.fullmatch(r"ciscospark://us/ROOM/[0-9a-f-]{36}", b64id(next(iter(rooms)))): errors.append(f"{f}: roomId not one ROOM id")
    prev = None
    for it in items:
        if not re.fullmatch(r"ciscospark://us/MESSAGE/[0-9a-f-]{36}", b64id(it.get("id", ""))): errors.append(f"{f}: bad message id {it.get('id', '')[:20]}")
        if not re.fullmatch(r"ciscospark://us/PEOPLE/[0-9a-f-]{36}", b64id(it.get("personId", ""))): errors.append(f"{f}: bad personId")
        c = it.get("created", "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", c): errors.append(f"{f}: bad created {c!r}")
        if prev and c > prev: errors.append(f"{f}: items not newest first at {c}")
        prev = c
        if "parentId" in it and it["parentId"] not in ids: errors.append(f"{f}: parentId outside the list")
        if ("markdown" in it) != ("html" in it): errors.append(f"{f}: markdown without html or html without markdown")
        men = re.findall(r'<spark-mention data-object-type="person" data-object-id="([^"]+)">', it.get("html", ""))
        if men != it.get("mentionedPeople", []): errors.append(f"{f}: mentionedPeople disagree with the html")
        for k in ("text", "personEmail"):
            if k not in it: errors.append(f"{f}: item without {k}")


def hocon_scan(f, raw):
    """strips comments and strings; returns (text with strings as "S", list of (line, quoted string))"""
    out, strs, i, line = [], [], 0, 1
    while i < len(raw):
        c = raw[i]
        if raw.startswith('"""', i):
            j = raw.find('"""', i + 3)
            if j < 0: errors.append(f"{f}: line {line}: triple-quoted string not closed"); break
            line += raw.count("\n", i, j); out.append('"S"'); i = j + 3; continue
        if c == '"':
            j = i + 1
            while j < len(raw) and raw[j] not in '"\n': j += 2 if raw[j] == "\\" else 1
            if j >= len(raw) or raw[j] != '"': errors.append(f"{f}: line {line}: string not closed"); i = j; continue
            strs.append((line, raw[i + 1:j])); out.append('"S"'); i = j + 1; continue
        if c == "#" or raw.startswith("//", i):
            j = raw.find("\n", i); i = len(raw) if j < 0 else j; continue
        if c == "\n": line += 1
        out.append(c); i += 1
    return "".join(out), strs


def check_hocon(f, raw):
    lf_final(f, raw)
    t, strs = hocon_scan(f, raw)
    depth = []
    for k, l in enumerate(t.split("\n"), 1):
        for c in l:
            if c in "{[": depth.append(c)
            elif c in "}]":
                if not depth or {"{": "}", "[": "]"}[depth.pop()] != c: errors.append(f"{f}: line {k}: unbalanced {c}")
        if "://" in l or re.search(r"\w:\s*$", l): errors.append(f"{f}: line {k}: unquoted URL (cut by //) or value ending in ':'")
    if depth: errors.append(f"{f}: {len(depth)} brackets not closed")
    keys = set(re.findall(r"([\w-]+)\s*(?:=|:|\{|\+=)", t))
    for sub in re.findall(r"\$\{(\??)([\w.-]+)\}", t):
        if not sub[0] and sub[1].split(".")[-1] not in keys: errors.append(f"{f}: substitution ${{{sub[1]}}} does not resolve")


MAL = "{http://projectmallard.org/1.0/}"
MAL_EL = {"page", "info", "link", "revision", "credit", "name", "email", "years", "license", "desc", "title", "p", "note",
          "section", "em", "app", "gui", "guiseq", "key", "keyseq", "code", "terms", "item", "list", "steps", "table", "tr", "td", "media", "cmd", "file"}


def check_mallard(f, raw):
    lf_final(f, raw)
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if root.tag != MAL + "page" or not root.get("id") or root.get("type") not in ("topic", "guide"): errors.append(f"{f}: not a Mallard page root")
    if not len(root) or root[0].tag != MAL + "info": errors.append(f"{f}: <info> is not the first child")
    for el in root.iter():
        tag = el.tag.replace(MAL, "")
        if el.tag.startswith(MAL) and tag not in MAL_EL: errors.append(f"{f}: unknown element <{tag}>")
        if tag == "section" and (not el.get("id") or not len(el) or el[0].tag != MAL + "title"): errors.append(f"{f}: section {el.get('id')} without id or leading title")
        if tag == "link" and not (el.get("href") or el.get("xref")): errors.append(f"{f}: <link> without href or xref")
    body = re.sub(r"<[^>]+>", "", raw.split("</info>", 1)[-1])
    for m in re.finditer(r"\w ([:;?!])(?=\s)", body):
        errors.append(f"{f}: ASCII space before {m.group(1)!r} (French text uses a no-break space)"); break


PKG_ORDER = ["Metadata-Version", "Name", "Version", "Summary", "Home-page", "Author", "Author-email", "License",
             "Project-URL", "Keywords", "Classifier", "Requires-Python", "Description-Content-Type", "License-File",
             "Requires-Dist", "Provides-Extra"]


def check_pkginfo(f, raw):
    lf_final(f, raw)
    head, sep, body = raw.partition("\n\n")
    if not sep or not body.strip(): errors.append(f"{f}: no description body")
    last, extras, seen = -1, set(), Counter()
    for k, l in enumerate(head.split("\n"), 1):
        m = re.fullmatch(r"([A-Z][A-Za-z-]+): (.+)", l)
        if not m: errors.append(f"{f}: line {k}: not a header line: {l[:40]!r}"); continue
        n_, v = m.groups()
        if n_ not in PKG_ORDER: errors.append(f"{f}: line {k}: unknown field {n_}"); continue
        seen[n_] += 1
        idx = PKG_ORDER.index(n_)
        if n_ in ("Requires-Dist", "Provides-Extra"): idx = PKG_ORDER.index("Requires-Dist")
        if idx < last: errors.append(f"{f}: line {k}: {n_} out of setuptools' order")
        last = idx
        if n_ == "Provides-Extra": extras.add(v)
        me = re.search(r'; extra == "([^"]+)"$', v) if n_ == "Requires-Dist" else None
        if me and me.group(1) not in extras: errors.append(f"{f}: line {k}: extra {me.group(1)!r} used before Provides-Extra")
        if n_ == "Classifier" and not re.fullmatch(r"[^:]+( :: [^:]+)+", v): errors.append(f"{f}: line {k}: bad classifier")
    if not head.startswith("Metadata-Version: 2."): errors.append(f"{f}: Metadata-Version not first")
    for n_ in ("Name", "Version"):
        if seen[n_] != 1: errors.append(f"{f}: {n_} appears {seen[n_]} times")


def check_cmake(f, raw):
    lf_final(f, raw)
    t = raw
    t = re.sub(r"#\[\[.*?\]\]", lambda m: "\n" * m.group(0).count("\n"), t, flags=re.S)
    if "#[[" in t: errors.append(f"{f}: bracket comment not closed")
    t = re.sub(r'"(?:[^"\\]|\\.)*"', '""', t)
    t = re.sub(r"#[^\n]*", "", t)
    stack, depth, start = [], 0, 0
    pairs = {"if": "endif", "foreach": "endforeach", "function": "endfunction", "macro": "endmacro", "while": "endwhile"}
    for k, l in enumerate(t.split("\n"), 1):
        if depth == 0 and l.strip():
            m = re.match(r"\s*([A-Za-z_]\w*)\s*\(", l)
            if not m: errors.append(f"{f}: line {k}: not a command: {l.strip()[:40]!r}")
            else:
                c = m.group(1).lower()
                if c in pairs: stack.append((c, k))
                elif c in pairs.values():
                    if not stack or pairs[stack[-1][0]] != c: errors.append(f"{f}: line {k}: {c}() without its opener")
                    else: stack.pop()
                elif c in ("elseif", "else") and (not stack or stack[-1][0] != "if"): errors.append(f"{f}: line {k}: {c}() outside if()")
            start = k
        depth += l.count("(") - l.count(")")
        if depth < 0: errors.append(f"{f}: line {k}: unbalanced )"); depth = 0
    if depth: errors.append(f"{f}: command from line {start} not closed")
    for c, k in stack: errors.append(f"{f}: {c}() on line {k} not closed")


def shape_checks(f, raw, path):
    n = num(f)
    {807: check_darcs, 808: check_celery, 809: check_meili, 810: check_julia, 811: check_xmlrpc, 812: check_webex,
     813: check_hocon, 814: check_mallard, 815: check_pkginfo, 816: check_cmake}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
            if aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round78's and round79's, a byte-identical file counted once), and the round78/round79 split (candidates sorted by
# (uses, catalogue title); round79 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P78 = "/work/main/tests/data/digests-round78/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P78): own.add(open(P78, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round78", "digests-round79") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round78 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r78 = set()
if os.path.exists(P78):
    try:
        r78 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P78)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round78/expected.json exists but could not be read (being written?)")
    if r78 & mine: errors.append(f"papers also in round78: {sorted(r78 & mine)}")
shared78 = len(r78 & mine) if os.path.exists(P78) else "(no digests-round78/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round79 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round78: {shared78}; papers in more than one round79 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
