#!/usr/bin/env python3
r"""Checks round119/expected.json against the digests and the shared catalogues.

Adapted from round117/validate.py (the label checks are the same code; the reuse report is round117's with round118 /
round119 in place of round116 / round117: round119 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round118's and round119's own (a
digests-round118 / digests-round119 folder, or a file whose bytes equal round118's or round119's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round119 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round118's expected.json (read only, from /work/rounds/digests-round118/ or
/work/main/tests/data/digests-round118/, when it exists), and on a paper in more than one round119 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1207, 1209, 1213, 1215 every JSON string
(\uXXXX undone; 1209 also the JSON inside its @ExtendedProperties cell); 1210 every Pkl string literal (escapes undone)
and multi-line string; 1212 every Scheme string literal; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1207 SearXNG JSON (json.dumps's default form: ", " / ": ", \u escapes, no final newline; top keys in order; paper.html
and default.html result keys in order; parsed_url = urlparse(url); score = result_score (weight = positions);
scores descending; arxiv-engine results with http://arxiv.org/abs/<id>vN and the matching pdf_url; urls unique);
1208 TypeDB console (LF, final newline; command and welcome lines; server-level lines; the read-transaction prompt;
each query followed by an empty line; answers as `{` / `    $var value isa type;` / `}` with the get's variables
sorted; `answers: N` = blocks printed; the count = distinct paper titles answered; close, Transaction closed, exit);
1209 Kusto v1 REST answer (compact raw UTF-8, no final newline; Table_0..Table_3; column DataType / ColumnType pairs;
row widths; table of contents; @ExtendedProperties JSON in a string; QueryStatus columns; datetimes; AddedAt
descending when IsQuerySorted; Link / ArxivId never both, ArxivId `arXiv:id`);
1210 Pkl (LF, final newline; module clause; balanced braces outside strings and comments; the arxiv() helper; each
`new { … }` entry's properties, nested autorzy Listing only for articles, link null / "https://…" / arxiv("id");
multi-line string indentation; the doc comment's counts re-counted; the JsonRenderer output block last);
1211 Drill sqlline (LF, final newline; banner; prompts with the schema after USE; every table re-laid-out (widths,
centred headers) and compared; `N row(s) selected`; COUNT(*) = the rows of the three selections; ORDER BY kept;
arxiv / lien column values; !quit last);
1212 Chez Scheme (LF, final newline; banner; the quoted list read by a small s-expression reader, entries
(kind "title" "link" "note"); both length answers and the for-each's lines re-computed; (exit) last);
1213 Datadog Logs Search answer (compact raw UTF-8, no final newline; data / meta keys; event keys, attribute keys
alphabetical; ids, status, tags repeating service / host, timestamps with milliseconds, descending; paper.* attributes
repeated in the message; title-only events (only they) at warn; the start count and the summary re-counted);
1214 CircleCI step output (LF, final newline; `#!/bin/bash -eo pipefail` and the command first; [digest] lines or a
Python warning with its source line; entries numbered in Bengali digits; input count and summary re-counted; added
entries end with a link or `(arXiv:id, লিংক নেই)`, warnings hold neither);
1215 Podio item filter answer (jq's two-space form, raw UTF-8, final newline; total ≥ filtered = items; item, field,
embed, category and created_by keys in order; title = the 제목 field; embed urls / hostname; an arXiv abs embed's title
`[id] Title`; arXiv field `arXiv:id` and never with a link; memo HTML balanced; created_on descending; ids unique);
1216 Xapian quest output (LF, final newline; the command; Parsed Query repeating the words as Z stems with
positions; `Exactly N matches` = matches printed; `docid: [weight]` with six significant digits, weights descending;
omindex data keys in order; an empty line after each match; docids unique).
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
from urllib.parse import quote, unquote, urlparse
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





def compact_equal(f, raw, final):
    d = json.loads(raw)
    want = json.dumps(d, ensure_ascii=False, separators=(",", ":")) + ("\n" if final else "")
    if want != raw: errors.append(f"{f}: not compact raw-UTF-8 JSON (spacing, escapes, {'a' if final else 'no'} final newline)")
    return d



# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


PKL_ESC = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r"}


def pkl_strings(raw):
    """Pkl one-line string literals with \\" \\\\ \\n \\t \\r undone (interpolations \\( kept as written), and the
    multi-line strings' bodies"""
    out = [re.sub(r'\\(.)', lambda m: PKL_ESC.get(m.group(1), m.group(0)), m) for m in re.findall(r'(?<!")"((?:[^"\\\n]|\\.)*)"(?!")', raw)]
    out += re.findall(r'"""\n(.*?)\n\s*"""', raw, re.S)
    return out


def scheme_strings(raw):
    return [re.sub(r'\\(.)', r"\1", m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"', raw)]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1207, 1209, 1213, 1215): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1209:  # the @ExtendedProperties cell is JSON in a string
        forms.append("\n".join(json_strings(json.loads(json.loads(raw)["Tables"][1]["Rows"][0][0]))))
    if n == 1210: forms.append("\n".join(pkl_strings(raw)))
    if n == 1212: forms.append("\n".join(scheme_strings(raw)))
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


def descending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b > a: errors.append(f"{f}: {where}: {b} after {a} (want newest / highest first)"); return


def lines_of(f, raw):
    lf_final(f, raw)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


ARXIV_TEXT = re.compile(r"arXiv:\d{4}\.\d{4,5}")


# ---- 1207 SearXNG
SX_TOP = ["query", "number_of_results", "results", "answers", "corrections", "infoboxes", "suggestions", "unresponsive_engines"]
SX_PAPER = ["template", "url", "title", "publishedDate", "content", "doi", "authors", "journal", "tags", "comments", "pdf_url",
            "engine", "parsed_url", "img_src", "priority", "engines", "positions", "score", "category"]
SX_WEB = ["url", "title", "content", "publishedDate", "thumbnail", "engine", "parsed_url", "template", "img_src", "priority",
          "engines", "positions", "score", "category"]


def check_searxng(f, raw):
    d = json.loads(raw)
    if json.dumps(d) != raw: errors.append(f"{f}: not json.dumps's default form (', ' / ': ', \\u escapes, no final newline)")
    if not keys_are(f, "top", d, SX_TOP): return
    if not isinstance(d["number_of_results"], int): errors.append(f"{f}: number_of_results")
    if any(not (isinstance(u, list) and len(u) == 2) for u in d["unresponsive_engines"]): errors.append(f"{f}: unresponsive_engines not [engine, error] pairs")
    scores, urls = [], []
    for i, r in enumerate(d["results"]):
        want = SX_PAPER if list(r)[:1] == ["template"] else SX_WEB
        if not keys_are(f, f"result {i}", r, want): continue
        if r["parsed_url"] != list(urlparse(r["url"])): errors.append(f"{f}: result {i}: parsed_url is not urlparse(url)")
        if r["engine"] != r["engines"][0] or len(r["engines"]) != len(r["positions"]): errors.append(f"{f}: result {i}: engine / engines / positions")
        w = float(len(r["positions"]))
        if r["score"] != sum(w / p for p in r["positions"]): errors.append(f"{f}: result {i}: score {r['score']} is not result_score's")
        if want is SX_PAPER:
            m = re.fullmatch(r"http://arxiv\.org/abs/(\d{4}\.\d{4,5})v\d+", r["url"])
            if r["engine"] != "arxiv" or r["category"] != "science" or r["template"] != "paper.html" or not m or \
               r["pdf_url"] != r["url"].replace("/abs/", "/pdf/"):
                errors.append(f"{f}: result {i}: an arxiv-engine result's url / pdf_url / template / category")
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", r["publishedDate"] or ""): errors.append(f"{f}: result {i}: publishedDate")
        elif r["template"] != "default.html" or r["category"] != "general" or r["engine"] == "arxiv":
            errors.append(f"{f}: result {i}: a web result's template / category / engine")
        scores.append(r["score"]); urls.append(r["url"])
    descending(f, "scores", scores)
    if len(set(urls)) != len(urls): errors.append(f"{f}: duplicate urls (SearXNG merges them)")


# ---- 1208 TypeDB console
TDB_VAR = re.compile(r"    \$([\w-]+) (.+) isa ([\w-]+);")


def check_typedb(f, raw):
    L = lines_of(f, raw)
    head = ["$ typedb console --core=localhost:1729", "", "Welcome to TypeDB Console. You are now in TypeDB Wonderland!",
            "Copyright (C) 2022 Vaticle", ""]
    if L[:5] != head: errors.append(f"{f}: console command / welcome lines")
    i = 5
    db = None
    while i < len(L) and L[i].startswith("> "):
        m = re.fullmatch(r"> transaction (\w+) data read", L[i])
        if m: db = m.group(1); i += 1; break
        if L[i] == "> database list":
            i += 1
            while i < len(L) and re.fullmatch(r"\w+", L[i]): i += 1
            continue
        errors.append(f"{f}: line {i + 1}: unexpected server-level line {L[i][:50]!r}"); return
    if not db: errors.append(f"{f}: no read transaction opened"); return
    P = f"{db}::data::read> "
    paper_titles, count = set(), None
    while i < len(L):
        l = L[i]
        if not l.startswith(P): errors.append(f"{f}: line {i + 1}: expected the transaction prompt: {l[:50]!r}"); return
        q = l[len(P):]
        if q == "close":
            if L[i + 1:] != ["Transaction closed", "> exit"]: errors.append(f"{f}: close not followed by 'Transaction closed' and exit")
            break
        if L[i + 1] != "": errors.append(f"{f}: line {i + 2}: a query is sent with an empty line")
        i += 2
        if q.endswith("get; count;"):
            if not re.fullmatch(r"\d+", L[i]): errors.append(f"{f}: line {i + 1}: a count prints a number"); return
            count = int(L[i]); i += 1; continue
        gm = re.search(r"get ((?:\$[\w-]+(?:, )?)+);$", q)
        if not q.startswith("match ") or not gm: errors.append(f"{f}: line {i - 1}: not a match … get query"); return
        want = sorted(v[1:] for v in gm.group(1).split(", "))
        n = 0
        while i < len(L) and L[i] == "{":
            j = i + 1; vars_ = []
            while j < len(L) and L[j] != "}":
                m = TDB_VAR.fullmatch(L[j])
                if not m: errors.append(f"{f}: line {j + 1}: not a `    $var value isa type;` line"); return
                vars_.append(m.groups()); j += 1
            if [v for v, _, _ in vars_] != want: errors.append(f"{f}: line {i + 1}: answer variables {[v for v, _, _ in vars_]} (want the get's, sorted: {want})")
            if q.startswith("match $p isa paper"):
                paper_titles.update(val for v, val, t in vars_ if t == "title")
            n += 1; i = j + 1
        m = re.fullmatch(r"answers: (\d+), total duration: \d+ ms", L[i] if i < len(L) else "")
        if not m: errors.append(f"{f}: line {i + 1}: no answers line"); return
        if int(m.group(1)) != n: errors.append(f"{f}: line {i + 1}: answers {m.group(1)} != {n} printed")
        i += 1
    if count != len(paper_titles): errors.append(f"{f}: count {count} != {len(paper_titles)} papers answered")


# ---- 1209 Kusto v1
KTYPES = {"DateTime": "datetime", "String": "string", "Int32": "int", "Int64": "long", "Guid": "guid", "Boolean": "bool",
          "Double": "real"}
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_kusto(f, raw):
    d = compact_equal(f, raw, False)
    if not keys_are(f, "top", d, ["Tables"]): return
    T_ = d["Tables"]
    if [t.get("TableName") for t in T_] != [f"Table_{i}" for i in range(len(T_))] or len(T_) != 4:
        errors.append(f"{f}: table names {[t.get('TableName') for t in T_]}"); return
    for t in T_:
        if not keys_are(f, t["TableName"], t, ["TableName", "Columns", "Rows"]): return
        for c in t["Columns"]:
            if list(c) != ["ColumnName", "DataType", "ColumnType"] or KTYPES.get(c["DataType"]) != c["ColumnType"]:
                errors.append(f"{f}: {t['TableName']}: column {c}")
        for r in t["Rows"]:
            if len(r) != len(t["Columns"]): errors.append(f"{f}: {t['TableName']}: a row of {len(r)} cells for {len(t['Columns'])} columns")
    toc = T_[3]["Rows"]
    if [r[:3] for r in toc] != [[0, "QueryResult", "PrimaryResult"], [1, "QueryProperties", "@ExtendedProperties"], [2, "QueryStatus", "QueryStatus"]] \
       or any(not GUID.fullmatch(r[3]) for r in toc):
        errors.append(f"{f}: table of contents")
    try:
        ext = json.loads(T_[1]["Rows"][0][0])
    except (ValueError, IndexError, TypeError):
        errors.append(f"{f}: @ExtendedProperties is not JSON in a string"); ext = {}
    st = dict(zip([c["ColumnName"] for c in T_[2]["Columns"]], T_[2]["Rows"][0]))
    if list(st) != ["Timestamp", "Severity", "SeverityName", "StatusCode", "StatusDescription", "Count", "RequestId",
                    "ActivityId", "SubActivityId", "ClientActivityId"] or st.get("StatusCode") != 0 or \
       not re.fullmatch(r"KD2RunQuery;" + GUID.pattern, st.get("ClientActivityId", "")):
        errors.append(f"{f}: QueryStatus")
    cols = [c["ColumnName"] for c in T_[0]["Columns"]]
    rows = [dict(zip(cols, r)) for r in T_[0]["Rows"]]
    for c, r in zip(T_[0]["Columns"], zip(*T_[0]["Rows"])):
        if c["ColumnType"] == "datetime" and any(not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,7})?Z", v) for v in r):
            errors.append(f"{f}: {c['ColumnName']}: not Kusto datetimes")
        if c["ColumnType"] == "string" and any(not isinstance(v, str) for v in r): errors.append(f"{f}: {c['ColumnName']}: a non-string cell")
    if ext.get("IsQuerySorted"): descending(f, "AddedAt (order by … desc)", [r["AddedAt"] for r in rows])
    for i, r in enumerate(rows):
        if r["Link"] and r["ArxivId"]: errors.append(f"{f}: row {i}: both Link and ArxivId")
        if r["ArxivId"] and not ARXIV_TEXT.fullmatch(r["ArxivId"]): errors.append(f"{f}: row {i}: ArxivId {r['ArxivId']!r}")
        if r["Link"] and not r["Link"].startswith("https://"): errors.append(f"{f}: row {i}: Link {r['Link']!r}")
        if r["Kind"] not in ("paper", "course", "docs"): errors.append(f"{f}: row {i}: Kind {r['Kind']!r}")


# ---- 1210 Pkl
def check_pkl(f, raw):
    L = lines_of(f, raw)
    depth, objs, cur, in_ml, in_auth = 0, [], None, False, False
    body = re.sub(r'"""\n.*?\n\s*"""', '""', raw, flags=re.S)
    stripped = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', body)
    stripped = "\n".join(l for l in stripped.split("\n") if not l.lstrip().startswith("//"))
    if stripped.count("{") != stripped.count("}"): errors.append(f"{f}: braces not balanced")
    if not re.search(r"^local function arxiv\(id: String\): String = \"https://arxiv\.org/abs/\\\(id\)\"$", raw, re.M):
        errors.append(f"{f}: the arxiv() helper")
    if not raw.endswith("output {\n  renderer = new JsonRenderer {}\n}\n"): errors.append(f"{f}: no JsonRenderer output block at the end")
    if not re.search(r"^module [\w.]+$", raw, re.M): errors.append(f"{f}: no module clause")
    s = L.index("pozycje: Listing<Pozycja> = new {") if "pozycje: Listing<Pozycja> = new {" in L else None
    if s is None: errors.append(f"{f}: no pozycje listing"); return
    i = s + 1
    while i < len(L) and L[i] != "}":
        if L[i] != "  new {": errors.append(f"{f}: line {i + 1}: expected `  new {{`: {L[i][:40]!r}"); return
        o, i = {}, i + 1
        while L[i] != "  }":
            l = L[i]
            if l == "    autorzy {":
                a, i = [], i + 1
                while L[i] != "    }":
                    if not re.fullmatch(r'      "[^"\\]+"', L[i]): errors.append(f"{f}: line {i + 1}: an author line")
                    a.append(L[i].strip()); i += 1
                o["autorzy"] = a; i += 1; continue
            if l == '    uwagi = """':
                j = i + 1
                while L[j] != '      """':
                    if not L[j].startswith("      "): errors.append(f"{f}: line {j + 1}: multi-line string not indented like its closing quotes")
                    j += 1
                o["uwagi"] = "ml"; i = j + 1; continue
            m = re.fullmatch(r'    (\w+) = (.+)', l)
            if not m: errors.append(f"{f}: line {i + 1}: not a property line: {l[:40]!r}"); return
            if m.group(1) in o: errors.append(f"{f}: line {i + 1}: {m.group(1)} twice")
            o[m.group(1)] = m.group(2); i += 1
        i += 1
        objs.append(o)
    for k, o in enumerate(objs):
        if not set(o) <= {"tytul", "typ", "autorzy", "rok", "link", "referent", "uwagi"} or not {"tytul", "link", "referent"} <= set(o):
            errors.append(f"{f}: entry {k + 1}: properties {sorted(o)}")
        typ = o.get("typ", '"artykuł"')
        if typ not in ('"artykuł"', '"repozytorium"', '"wykład"'): errors.append(f"{f}: entry {k + 1}: typ {typ}")
        if (typ == '"artykuł"') != ("autorzy" in o): errors.append(f"{f}: entry {k + 1}: autorzy only (and always) for an article")
        ln = o.get("link", "")
        if not re.fullmatch(r'null|"https://[^"\s]+"|arxiv\("\d{4}\.\d{4,5}"\)', ln): errors.append(f"{f}: entry {k + 1}: link {ln}")
        if "rok" in o and not re.fullmatch(r"(19|20)\d\d", o["rok"]): errors.append(f"{f}: entry {k + 1}: rok {o['rok']}")
    m = re.search(r"^/// (\d+) artykułów i (\d+) inne pozycje\.", raw, re.M)
    na = sum(1 for o in objs if o.get("typ", '"artykuł"') == '"artykuł"')
    if not m or (int(m.group(1)), int(m.group(2))) != (na, len(objs) - na): errors.append(f"{f}: header counts {m and m.groups()} != {(na, len(objs) - na)}")


# ---- 1211 Drill sqlline
def drill_table(cols, rows):
    w = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    cen = lambda s, x: " " * ((x - len(s)) // 2) + s + " " * (x - len(s) - (x - len(s)) // 2)
    return [rule, "| " + " | ".join(cen(c, x) for c, x in zip(cols, w)) + " |", rule] + \
           ["| " + " | ".join(v.ljust(x) for v, x in zip(r, w)) + " |" for r in rows] + [rule]


def check_drill(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["$ bin/drill-embedded", "Apache Drill 1.21.1"] or not re.fullmatch(r'"[^"]+"', L[2]): errors.append(f"{f}: drill-embedded banner")
    i, schema, res = 3, None, []
    while i < len(L):
        m = re.fullmatch(r"apache drill(?: \(([\w.]+)\))?> (.*)", L[i])
        if not m: errors.append(f"{f}: line {i + 1}: expected a prompt: {L[i][:50]!r}"); return
        if m.group(1) != schema: errors.append(f"{f}: line {i + 1}: prompt schema {m.group(1)} (current {schema})")
        sql = m.group(2)
        if sql == "!quit":
            if i != len(L) - 1: errors.append(f"{f}: lines after !quit")
            break
        j = i + 1
        while j < len(L) and not re.fullmatch(r"\d+ rows? selected \(\d+\.\d{3} seconds\)", L[j]): j += 1
        if j == len(L): errors.append(f"{f}: line {i + 1}: no 'rows selected' line"); return
        tab = L[i + 1:j]
        if len(tab) < 5: errors.append(f"{f}: line {i + 2}: no table"); return
        split = lambda l: [c.strip() for c in l[2:-2].split(" | ")]
        cols = split(tab[1]); rows = [tuple(c.rstrip() for c in l[2:-2].split(" | ")) for l in tab[3:-1]]
        if drill_table(cols, rows) != tab: errors.append(f"{f}: line {i + 2}: table not laid out as sqlline does (widths, centred headers)")
        n = int(L[j].split()[0])
        if n != len(rows) or (n == 1) != (" row selected" in L[j]): errors.append(f"{f}: line {j + 1}: {L[j]!r} for {len(rows)} rows")
        um = re.fullmatch(r"USE ([\w.]+);", sql)
        if um:
            if rows != [("true", f"Default schema changed to [{um.group(1)}]")]: errors.append(f"{f}: USE answer")
            schema = um.group(1)
        res.append((sql, cols, rows)); i = j + 1
    cnt = next((int(r[0][0]) for s, c, r in res if s.startswith("SELECT COUNT(*)")), None)
    parts = [(s, c, r) for s, c, r in res if s.startswith("SELECT titre")]
    if cnt != sum(len(r) for s, c, r in parts): errors.append(f"{f}: COUNT(*) {cnt} != {sum(len(r) for s, c, r in parts)} rows in the three selections")
    for s, c, r in parts:
        if "ORDER BY titre" in s and [x[0] for x in r] != sorted(x[0] for x in r): errors.append(f"{f}: ORDER BY titre not kept")
        if c == ["titre", "arxiv"] and any(not ARXIV_TEXT.fullmatch(x[1]) for x in r): errors.append(f"{f}: arxiv column values")
        if c == ["titre", "lien"] and any(not x[1].startswith("https://") for x in r): errors.append(f"{f}: lien column values")
    titles = [x[0] for s, c, r in parts for x in r]
    if len(set(titles)) != len(titles): errors.append(f"{f}: a row in two selections")


# ---- 1212 Chez Scheme
def sexp(s, i=0):
    """a minimal reader: lists, quoted lists, strings, symbols; returns (value, next index)"""
    while s[i].isspace(): i += 1
    if s[i] == "'":
        v, i = sexp(s, i + 1); return ["quote", v], i
    if s[i] == "(":
        out, i = [], i + 1
        while True:
            while s[i].isspace(): i += 1
            if s[i] == ")": return out, i + 1
            v, i = sexp(s, i); out.append(v)
    if s[i] == '"':
        m = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S).match(s, i)
        return ("str", re.sub(r"\\(.)", r"\1", m.group(1))), m.end()
    m = re.compile(r"[^\s()'\"]+").match(s, i)
    return m.group(0), m.end()


def check_chez(f, raw):
    L = lines_of(f, raw)
    if L[:4] != ["$ scheme", "Chez Scheme Version 10.0.0", "Copyright 1984-2024 Cisco Systems, Inc.", ""]: errors.append(f"{f}: banner")
    if L[-1] != "> (exit)": errors.append(f"{f}: no (exit) at the end")
    src = "\n".join(L)
    k = src.find("> (define fehrest")
    if k < 0: errors.append(f"{f}: no (define fehrest …)"); return
    try:
        form, end = sexp(src, k + 2)
    except (IndexError, AttributeError):
        errors.append(f"{f}: the define does not parse"); return
    if form[:2] != ["define", "fehrest"] or form[2][0] != "quote": errors.append(f"{f}: the define's shape"); return
    ents = form[2][1]
    for e in ents:
        if len(e) != 4 or e[0] not in ("paper", "book", "video") or any(x[0] != "str" for x in e[1:]):
            errors.append(f"{f}: entry {e[:2]} is not (kind \"title\" \"link\" \"note\")"); return
    rest = src[end:].split("\n")[1:]
    want = ["> (length fehrest)", str(len(ents)), "> (length (filter (lambda (e) (eq? (car e) 'paper)) fehrest))",
            str(sum(1 for e in ents if e[0] == "paper"))]
    if rest[:4] != want: errors.append(f"{f}: length answers not computed from the list")
    try:
        lp = rest.index("    fehrest)")
    except ValueError:
        errors.append(f"{f}: no for-each"); return
    got = rest[lp + 1:-1]
    if got != [f"{e[1][1]}  ←  {e[2][1] or '—'}" for e in ents if e[0] == "paper"]: errors.append(f"{f}: for-each output not computed from the list")
    for e in ents:
        if e[2][1] and not e[2][1].startswith("https://"): errors.append(f"{f}: link {e[2][1]!r}")


# ---- 1213 Datadog
def check_datadog(f, raw):
    d = compact_equal(f, raw, False)
    if not keys_are(f, "top", d, ["data", "meta"]): return
    if not keys_are(f, "meta", d["meta"], ["elapsed", "request_id", "status"]) or d["meta"]["status"] != "done": errors.append(f"{f}: meta")
    ts, ids, msgs = [], [], []
    for i, e in enumerate(d["data"]):
        if not keys_are(f, f"event {i}", e, ["id", "type", "attributes"]): continue
        a = e["attributes"]
        if not keys_are(f, f"event {i} attributes", a, sorted(a)) or list(a) != ["attributes", "host", "message", "service", "status", "tags", "timestamp"]:
            errors.append(f"{f}: event {i}: attribute keys {list(a)}"); continue
        if e["type"] != "log" or not re.fullmatch(r"AQAAAY[A-Za-z0-9]{30,}", e["id"]): errors.append(f"{f}: event {i}: type / id")
        if a["status"] not in ("debug", "info", "warn", "error"): errors.append(f"{f}: event {i}: status {a['status']}")
        if f"service:{a['service']}" not in a["tags"] or f"host:{a['host']}" not in a["tags"]: errors.append(f"{f}: event {i}: tags do not repeat service / host")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", a["timestamp"]): errors.append(f"{f}: event {i}: timestamp {a['timestamp']}")
        p = a["attributes"].get("paper")
        if p and p["title"] not in a["message"]: errors.append(f"{f}: event {i}: paper.title not in the message")
        if p and "url" in p and f"<{p['url']}>" not in a["message"]: errors.append(f"{f}: event {i}: paper.url not in the message")
        if p and "arxiv_id" in p and f"arXiv:{p['arxiv_id']}" not in a["message"]: errors.append(f"{f}: event {i}: paper.arxiv_id not in the message")
        if ("タイトルのみ" in a["message"] and "完了" not in a["message"]) != (a["status"] == "warn"): errors.append(f"{f}: event {i}: title-only events (only they) at warn")
        ts.append(a["timestamp"]); ids.append(e["id"]); msgs.append(a["message"])
    descending(f, "timestamps (sort -timestamp)", ts)
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate event ids")
    items = [m for m in msgs if re.match(r"(登録|リンクもIDもなし|スキップ)", m)]
    st = next((re.search(r"入力 (\d+) 件", m) for m in msgs if m.startswith("週次ダイジェスト開始")), None)
    if not st or int(st.group(1)) != len(items): errors.append(f"{f}: start count != {len(items)} item events")
    nl = sum(1 for m in items if m.startswith("登録")); nt = sum(1 for m in items if m.startswith("リンクもIDもなし")); ns = sum(1 for m in items if m.startswith("スキップ"))
    sm = next((re.match(r"完了: 論文 (\d+) 件 \(リンク・ID (\d+) / タイトルのみ (\d+)\)、スキップ (\d+) 件", m) for m in msgs if m.startswith("完了")), None)
    if not sm or tuple(map(int, sm.groups())) != (nl + nt, nl, nt, ns): errors.append(f"{f}: summary {sm and sm.groups()} != counted {(nl + nt, nl, nt, ns)}")


# ---- 1214 CircleCI
BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def check_circleci(f, raw):
    L = lines_of(f, raw)
    if L[0] != "#!/bin/bash -eo pipefail" or not L[1].startswith("python scripts/weekly_digest.py "): errors.append(f"{f}: step header lines")
    body, i = [], 2
    while i < len(L):
        l = L[i]
        if re.fullmatch(r"/home/circleci/project/[\w/]+\.py:\d+: \w+Warning: .+", l):
            if i + 1 >= len(L) or not L[i + 1].startswith("  "): errors.append(f"{f}: line {i + 1}: a warning without its source line")
            i += 2; continue
        if not l.startswith("[digest] "): errors.append(f"{f}: line {i + 1}: not a [digest] line: {l[:40]!r}")
        body.append(l[9:]); i += 1
    ents = [(int(m.group(1).translate(BN)), m.group(2)) for l in body for m in [re.match(r"([০-৯]+)\. (.*)", l)] if m]
    if [n for n, _ in ents] != list(range(1, len(ents) + 1)): errors.append(f"{f}: entries not numbered ১… in order")
    st = next((re.search(r"\(([০-৯]+)টি এন্ট্রি\)", l) for l in body if l.startswith("সপ্তাহ")), None)
    if not st or int(st.group(1).translate(BN)) != len(ents): errors.append(f"{f}: input count != {len(ents)} entries")
    nl = sum(1 for _, m in ents if m.startswith("যোগ করা হলো:")); nt = sum(1 for _, m in ents if m.startswith("সতর্কতা:"))
    ns = sum(1 for _, m in ents if m.startswith("বাদ দেওয়া হলো"))
    if nl + nt + ns != len(ents): errors.append(f"{f}: an entry of no known kind")
    for _, m in ents:
        if m.startswith("যোগ করা হলো:") and not re.search(r" — https://\S+$|\(arXiv:\d{4}\.\d{4,5}, লিংক নেই\)$", m): errors.append(f"{f}: an added entry without link or id: {m[:40]!r}")
        if m.startswith("সতর্কতা:") and re.search(r"https?://|arXiv:", m): errors.append(f"{f}: a title-only warning with a link or id")
    sm = next((re.fullmatch(r"সারাংশ: ([০-৯]+)টি পেপার \(([০-৯]+)টি লিংক/আইডিসহ, ([০-৯]+)টি শুধু শিরোনাম\), ([০-৯]+)টি বাদ", l) for l in body if l.startswith("সারাংশ")), None)
    if not sm or tuple(int(x.translate(BN)) for x in sm.groups()) != (nl + nt, nl, nt, ns): errors.append(f"{f}: summary != counted {(nl + nt, nl, nt, ns)}")


# ---- 1215 Podio
PD_ITEM = ["item_id", "app_item_id", "app_item_id_formatted", "title", "link", "fields", "created_on", "created_by",
           "comment_count", "file_count", "tags"]
PD_EMBED = ["embed_id", "type", "title", "description", "original_url", "resolved_url", "url", "hostname", "embed_html",
            "embed_width", "embed_height", "created_on"]


def check_podio(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=2) + "\n" != raw: errors.append(f"{f}: not jq's two-space pretty form with a final newline")
    if not keys_are(f, "top", d, ["total", "filtered", "items"]): return
    if d["filtered"] != len(d["items"]) or d["total"] < d["filtered"]: errors.append(f"{f}: total / filtered / items")
    created, ids, aids = [], [], []
    for i, it in enumerate(d["items"]):
        if not keys_are(f, f"item {i}", it, PD_ITEM): continue
        if it["app_item_id_formatted"] != str(it["app_item_id"]) or not it["link"].endswith(f"/items/{it['app_item_id']}"): errors.append(f"{f}: item {i}: app_item_id / link")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", it["created_on"]): errors.append(f"{f}: item {i}: created_on")
        cb = it["created_by"]
        if list(cb) != ["type", "id", "name", "url", "avatar_type"] or cb["url"] != f"https://podio.com/users/{cb['id']}": errors.append(f"{f}: item {i}: created_by")
        fl = {x.get("external_id"): x for x in it["fields"]}
        for x in it["fields"]:
            if list(x) != ["field_id", "type", "external_id", "label", "values"] or len(x["values"]) != 1: errors.append(f"{f}: item {i}: field keys {list(x)}")
        if fl.get("jemog", {}).get("values", [{}])[0].get("value") != it["title"]: errors.append(f"{f}: item {i}: title != the 제목 field")
        e = fl.get("ringkeu")
        if e:
            v = e["values"][0]
            if list(v) != ["embed", "file"] or list(v["embed"]) != PD_EMBED: errors.append(f"{f}: item {i}: embed keys"); continue
            em = v["embed"]
            if not (em["url"] == em["original_url"] == em["resolved_url"]) or em["hostname"] != urlparse(em["url"]).netloc: errors.append(f"{f}: item {i}: embed urls / hostname")
            m = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", em["url"])
            if m and em["title"] != f"[{m.group(1)}] {it['title']}": errors.append(f"{f}: item {i}: an arXiv abs embed's title is `[id] Title`")
        if "arxiv" in fl and (e or not ARXIV_TEXT.fullmatch(fl["arxiv"]["values"][0]["value"])): errors.append(f"{f}: item {i}: arXiv field with a link, or not arXiv:id")
        c = fl.get("bunryu")
        if not c or list(c["values"][0]["value"]) != ["status", "text", "id", "color"]: errors.append(f"{f}: item {i}: category value")
        memo = fl.get("memo", {}).get("values", [{}])[0].get("value", "")
        if not memo.startswith("<p>"): errors.append(f"{f}: item {i}: memo is not Podio's HTML")
        html_balanced(f, f"item {i} memo", memo, {"p", "strong", "em", "a", "br"})
        created.append(it["created_on"]); ids.append(it["item_id"]); aids.append(it["app_item_id"])
    descending(f, "created_on (sort_desc)", created)
    if len(set(ids)) != len(ids) or len(set(aids)) != len(aids): errors.append(f"{f}: duplicate item ids")


# ---- 1216 Xapian quest
QKEYS = ["url", "sample", "title", "caption", "type", "modtime", "size"]


def check_quest(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\$ quest -d \S+ '[^']+'", L[0]): errors.append(f"{f}: the quest command line")
    words = re.search(r"'([^']+)'", L[0]).group(1).split() if "'" in L[0] else []
    m = re.fullmatch(r"Parsed Query: Query\(\((.+)\)\)", L[1])
    if not m or [t.split("@")[0] for t in m.group(1).split(" OR ")] != ["Z" + w[:len(t.split("@")[0]) - 1] for w, t in zip(words, m.group(1).split(" OR "))] \
       or [int(t.split("@")[1]) for t in m.group(1).split(" OR ")] != list(range(1, len(words) + 1)):
        errors.append(f"{f}: Parsed Query does not repeat the query's words (Z stems, positions)")
    ex = re.fullmatch(r"Exactly (\d+) matches", L[2])
    if not ex or L[3] != "MSet:": errors.append(f"{f}: Exactly / MSet lines"); return
    i, ws, docs = 4, [], []
    while i < len(L):
        mm = re.fullmatch(r"(\d+): \[([\d.e+-]+)\]", L[i])
        if not mm: errors.append(f"{f}: line {i + 1}: expected `docid: [weight]`: {L[i][:40]!r}"); return
        w = float(mm.group(2))
        if f"{w:.6g}" != mm.group(2): errors.append(f"{f}: line {i + 1}: weight not printed with six significant digits")
        ws.append(w); docs.append(mm.group(1))
        j, ks = i + 1, []
        while j < len(L) and L[j] != "":
            km = re.fullmatch(r"(\w+)=(.*)", L[j])
            if not km: errors.append(f"{f}: line {j + 1}: not a key=value data line"); return
            ks.append(km.group(1))
            if km.group(1) in ("modtime", "size") and not km.group(2).isdigit(): errors.append(f"{f}: line {j + 1}: {km.group(1)} not an integer")
            if km.group(1) == "type" and not re.fullmatch(r"[a-z]+/[\w.+-]+", km.group(2)): errors.append(f"{f}: line {j + 1}: type not a MIME type")
            j += 1
        if ks != [k for k in QKEYS if k in ks] or not {"url", "sample", "caption", "type", "modtime", "size"} <= set(ks): errors.append(f"{f}: line {i + 1}: data keys {ks}")
        if j == len(L): errors.append(f"{f}: no empty line after the last match"); break
        i = j + 1
    descending(f, "weights", ws)
    if int(ex.group(1)) != len(ws): errors.append(f"{f}: Exactly {ex.group(1)} matches but {len(ws)} printed")
    if len(set(docs)) != len(docs): errors.append(f"{f}: duplicate docids")


def shape_checks(f, raw, path):
    n = num(f)
    {1207: check_searxng, 1208: check_typedb, 1209: check_kusto, 1210: check_pkl, 1211: check_drill,
     1212: check_chez, 1213: check_datadog, 1214: check_circleci, 1215: check_podio,
     1216: check_quest}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round118's and round119's, a byte-identical file counted once), and the round118/round119 split (candidates sorted by
# (uses, catalogue title); round119 = odd positions from 3 on, one unbroken run; round118 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P118S = ["/work/rounds/digests-round118/expected.json", "/work/main/tests/data/digests-round118/expected.json"]
P118 = next((p for p in P118S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P118S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round118", "digests-round119") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round119 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r118 = set()
if P118:
    try:
        r118 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P118)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P118} exists but could not be read (being written?)")
    if r118 & mine: errors.append(f"papers also in round118: {sorted(r118 & mine)}")
shared118 = len(r118 & mine) if P118 else "(no round118 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round119 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round118: {shared118}; papers in more than one round119 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

