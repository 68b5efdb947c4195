#!/usr/bin/env python3
r"""Checks round171/expected.json against the digests and the shared catalogues.

Adapted from round169/validate.py (the label checks are the same code; the reuse report is round169's with round170 /
round171 in place of round168 / round169: round171 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round170's and round171's own (a digests-round170 /
digests-round171 folder, or a file whose bytes equal round170's or round171's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round171 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round170's expected.json (read only, from /work/rounds/digests-round170/ or
/work/main/tests/data/digests-round170/, when it exists), and on a paper in more than one round171 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML entities undone, the JSON strings of 1727's `TO json`
lines, of 1729's jq output and of 1731 decoded. Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1727 spyql (a pasted terminal ending on a bare prompt; `wc -l`'s count; each spyql query of the form SELECT … FROM json
[WHERE] [GROUP BY] [ORDER BY] TO pretty|csv|json; `TO pretty` re-laid out as tabulate's "simple" format, its header
the select list's names; the GROUP BY counts in order and summing to wc's count; WHERE rows as many as the counts give
and each meeting the condition; `TO csv` minimally quoted with the select list as header; `TO json` lines in
json.dumps's form meeting the WHERE);
1728 yaegi (a pasted terminal; the REPL started with `yaegi`, ending on a bare `> `; declarations and statements
print nothing; appends parsed as Go strings; `len(papers)`, the range loop's lines, the arXiv count and `papers[k]`'s
%v re-computed from the appends; fmt.Print* followed by `: {n <nil>}` with n the bytes written);
1729 Shlink (a pasted terminal; every curl with the X-Api-Key header against one host's /rest/v3/short-urls; jq's
2-space layout; pagination counts; the @tsv listing: five fields, in dateCreated order, as many rows as totalItems;
one short URL with Shlink's keys in order, shortUrl = host/shortCode, visits total = nonBots + bots, equal to its
@tsv row; the arxiv.org selection equal to the listing's; the POST's compact answer with the custom slug);
1730 ToDoList (the XML declaration; TODOLIST with a PROJECTNAME; unique task IDs in creation order, NEXTUNIQUEID = the
largest + 1; POS 0..n-1 among siblings; OLE dates equal to their locale strings; created <= modified and <= done;
DONEDATE iff 100%; percent and priority in range; COMMENTSTYPE with comments; tab-indented lines);
1731 jsMind (one line, JSON.stringify's compact form, no final newline; meta, format node_tree, data; node keys id,
topic, expanded, direction on the root's children only, children last and never empty; ids unique, 16 hex digits
below the root);
1732 MindForger (the first line the outline heading with its Metadata comment and importance/urgency/progress; every
other heading a `##` note with its Metadata comment; created <= modified <= read; reads >= revision >= 1; the
outline's modified and read = its latest note's; headings set off by blank lines; markdown links absolute);
1733 PlDoc (comments and quoted items tokenised; `:- module(Name, [PI, …])` first; a `/** <module>` comment with
@author; only use_module directives; clause heads' name/arity, each predicate's clauses together; every export
defined and documented by a `%!` comment with mode-annotated arguments before its first clause);
1734 literate Haskell (a metadata block on top; Bird-style: code and prose lines never adjacent, `> ` code lines;
the module header first, imports before definitions, every signature defined and every export signed);
1735 Natural Docs (strings and comments tokenised, brackets balanced; a File: comment first; each block comment with a
Natural Docs keyword line and tab-indented text; every Function: comment followed by its function, its Parameters
the arguments in order, a Returns:; every function documented; (start code)/(end) paired; <cross-references> to
defined names);
1736 ROBODoc (brackets balanced outside strings and comments; a `/****h*` module header first; headers
`/****X* parent/name` with known items, indented text, the ` ******` end marker and ` */`; NAME `name -- …`; a
function header followed by its definition, equal to its SYNOPSIS; a structure header followed by its struct; every
function with a header).

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



# ================================================================ round171 shape checks
def tabulate_simple(f, lines, what):
    """tabulate's "simple" layout (spyql's TO pretty): header, dashes, rows; columns at least the header's width + 2,
    two blanks between; a column of integers right-aligned (header too), text left-aligned and padded"""
    if len(lines) < 3 or not re.fullmatch(r"-+(  -+)*", lines[1]): errors.append(f"{f}: {what}: no tabulate rule"); return []
    w = [len(x) for x in lines[1].split("  ")]
    starts = [sum(w[:j]) + 2 * j for j in range(len(w))]
    cut = lambda l: [l[s:s + n] for s, n in zip(starts, w)]
    rows = [[c.strip() for c in cut(l)] for l in [lines[0]] + lines[2:]]
    head, body = rows[0], rows[1:]
    num_ = [all(re.fullmatch(r"-?\d+", r[j]) for r in body) for j in range(len(w))]
    want_w = [max([len(head[j]) + 2] + [len(r[j]) for r in body]) for j in range(len(w))]
    cell = lambda s, j: s.rjust(want_w[j]) if num_[j] else s.ljust(want_w[j])
    want = ["  ".join(cell(c, j) for j, c in enumerate(head)), "  ".join("-" * x for x in want_w)] + \
           ["  ".join(cell(c, j) for j, c in enumerate(r)) for r in body]
    if want != lines: errors.append(f"{f}: {what}: not tabulate's simple layout")
    return rows


# ---------------------------------------------------------------- 1727 spyql
def check_spyql(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:\S*\$ ")
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"wc -l (\S+)", "wc -l")
    n = None
    if m:
        mm = re.fullmatch(r"(\d+) " + re.escape(m[1]), b[0]) if len(b) == 1 else None
        if not mm: errors.append(f"{f}: wc -l output")
        else: n = int(mm[1])
    Q = r'spyql "SELECT (.*?) FROM json(?: WHERE (.*?))?(?: GROUP BY (\d+))?(?: ORDER BY (\d+))? TO (pretty|csv|json)" < (\S+)'
    counts = {}
    for c, b in cmds:
        if not c.startswith("spyql "): continue
        q = re.fullmatch(Q, c)
        if not q: errors.append(f"{f}: spyql command {c[:50]!r}"); continue
        cols = [re.fullmatch(r"(?:json->(\w+)|count_agg\(\*\))(?: AS (\w+))?|\*", s.strip()) for s in q[1].split(",")]
        if not all(cols): errors.append(f"{f}: select list {q[1][:40]!r}"); continue
        names = [x[2] or x[1] or "*" for x in cols]
        if q[5] == "pretty":
            rows = tabulate_simple(f, b, c[:40])
            if rows and rows[0] != names: errors.append(f"{f}: pretty header {rows[0]} for {names}")
            if q[3] and rows:
                counts = {r[0]: int(r[1]) for r in rows[1:]}
                if [r[0] for r in rows[1:]] != sorted(r[0] for r in rows[1:]): errors.append(f"{f}: GROUP BY rows not in ORDER BY order")
                if n is not None and sum(counts.values()) != n: errors.append(f"{f}: status counts sum {sum(counts.values())}, wc -l {n}")
            elif rows and q[2]:
                w = re.fullmatch(r"json->(\w+) (==|!=) '([^']*)'", q[2])
                if w and counts:
                    want = counts.get(w[3], 0) if w[2] == "==" else sum(v for k, v in counts.items() if k != w[3])
                    if len(rows) - 1 != want: errors.append(f"{f}: {len(rows) - 1} rows where the counts give {want}")
                    j = names.index(w[1]) if w[1] in names else None
                    if j is not None and any((r[j] == w[3]) != (w[2] == "==") for r in rows[1:]): errors.append(f"{f}: a row breaks WHERE {q[2]}")
        elif q[5] == "csv":
            rr = list(csv.reader(b))
            if not rr or rr[0] != names: errors.append(f"{f}: CSV header {rr[:1]}"); continue
            if any(go_csv(r) != l for r, l in zip(rr, b)): errors.append(f"{f}: CSV not minimally quoted")
            if any(len(r) != len(names) for r in rr): errors.append(f"{f}: CSV row width")
            w = re.fullmatch(r"json->(\w+) == '([^']*)'", q[2] or "")
            if w and counts and len(rr) - 1 != counts.get(w[2], 0): errors.append(f"{f}: {len(rr) - 1} CSV rows, the counts give {counts.get(w[2], 0)}")
        else:
            for l in b:
                try: v = json.loads(l)
                except ValueError: errors.append(f"{f}: TO json line does not parse"); continue
                if json.dumps(v) != l: errors.append(f"{f}: TO json line is not json.dumps's form")
                w = re.fullmatch(r"'([^']*)' in json->(\w+)", q[2] or "")
                if w and w[1] not in str(v.get(w[2], "")): errors.append(f"{f}: TO json row breaks WHERE")


def go_csv(fields):
    def q(s):
        if s == "" or not any(c in s for c in ',"\r\n'): return s
        return '"' + s.replace('"', '""') + '"'
    return ",".join(q(x) for x in fields)


# ---------------------------------------------------------------- 1728 yaegi
def go_str(s):
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', s.strip())
    return None if not m else re.sub(r'\\(.)', lambda x: {"n": "\n", "t": "\t"}.get(x[1], x[1]), m[1])


def check_yaegi(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:\S*\$ ")
    m, b = first_cmd(f, cmds, r"yaegi", "yaegi command")
    if not m: return
    if not b or b[-1] != "> ": errors.append(f"{f}: the yaegi session does not end on a bare `> ` (Ctrl-D)")
    steps = []
    for l in b[:-1]:
        if l.startswith("> "): steps.append((l[2:], []))
        elif not steps: errors.append(f"{f}: output before the first yaegi prompt"); return
        else: steps[-1][1].append(l)
    papers = []
    P = re.compile(r'papers = append\(papers, Paper\{("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*")\}\)')
    for src, out in steps:
        if re.fullmatch(r'import "[\w/]+"|type \w+ struct \{.*\}|var \w+ \[\]\w+|\w+ := \d+|for .*\{.*\}|papers = append\(.*\)', src) and not src.startswith("for i, p"):
            if out: errors.append(f"{f}: a statement printed something: {src[:40]!r}")
            mm = P.fullmatch(src)
            if src.startswith("papers = append"):
                if not mm: errors.append(f"{f}: append line {src[:40]!r}")
                else: papers.append(tuple(go_str(x) for x in mm.groups()))
            continue
        if src == "len(papers)":
            if out != [f": {len(papers)}"]: errors.append(f"{f}: len(papers) printed {out}, {len(papers)} appended")
        elif src.startswith("for i, p := range papers"):
            if out != [f"{i + 1}. {t}" for i, (t, u, n_) in enumerate(papers)]: errors.append(f"{f}: the range loop's lines do not follow the slice")
        elif src == "links":
            if out != [f": {sum('arxiv.org' in u for t, u, n_ in papers)}"]: errors.append(f"{f}: links count")
        elif re.fullmatch(r"papers\[(\d+)\]", src):
            k = int(src[7:-1])
            if k >= len(papers) or out != [": {" + " ".join(papers[k]) + "}"]: errors.append(f"{f}: {src} printed {out[:1]}")
        elif src.startswith("fmt.Print"):
            mm = re.fullmatch(r": \{(\d+) <nil>\}", out[-1]) if out else None
            if not mm: errors.append(f"{f}: {src[:30]} without its (n, err) value"); continue
            text = "\n".join(out[:-1]) + "\n"
            if int(mm[1]) != len(text.encode()): errors.append(f"{f}: {src[:30]} wrote {len(text.encode())} bytes, printed {mm[1]}")
            cm = re.fullmatch(r"fmt\.(Println|Printf)\((.*)\)", src)
            FLD = {"Title": 0, "URL": 1, "Note": 2}
            def arg(a):
                a = a.strip(); pm = re.fullmatch(r"papers\[(\d+)\]\.(\w+)", a)
                if pm: return papers[int(pm[1])][FLD[pm[2]]] if int(pm[1]) < len(papers) and pm[2] in FLD else None
                return go_str(a)
            args = [arg(a) for a in re.findall(r'"(?:[^"\\]|\\.)*"|[^,]+', cm[2])] if cm else [None]
            if None in args: errors.append(f"{f}: cannot evaluate {src[:40]!r}"); continue
            want = " ".join(args) + "\n" if cm[1] == "Println" else args[0].replace("%%", "\0") % tuple(args[1:])
            if want != text: errors.append(f"{f}: {src[:30]} printed text that is not its arguments'")
        else:
            errors.append(f"{f}: unexpected REPL input {src[:40]!r}")


# ---------------------------------------------------------------- 1729 Shlink
def check_shlink(f, raw):
    cmds, pre = shell(f, raw, r"[\w.-]+@[\w.-]+:\S*\$ ")
    if pre: errors.append(f"{f}: text before the first prompt")
    CURL = r'curl -s -H "X-Api-Key: \$SHLINK_API_KEY" '
    base = None; total = None; rows = []
    for c, b in cmds:
        if not c.startswith("curl"): continue
        if not re.match(CURL, c): errors.append(f"{f}: curl without the API key header"); continue
        u = re.search(r'"?(https://[\w.-]+)/rest/v3/short-urls', c)
        if not u: errors.append(f"{f}: not a Shlink v3 short-urls call"); continue
        base = base or u[1]
        if u[1] != base: errors.append(f"{f}: two Shlink hosts")
        if c.endswith("| jq '.shortUrls.pagination'"):
            v = json_exact(f, b, "pagination")
            if v:
                if set(v) != {"currentPage", "pagesCount", "itemsPerPage", "itemsInCurrentPage", "totalItems"}: errors.append(f"{f}: pagination keys")
                elif v["pagesCount"] == 1 and v["itemsInCurrentPage"] != v["totalItems"]: errors.append(f"{f}: pagination counts")
                else: total = v["totalItems"]
                ipp = re.search(r"itemsPerPage=(\d+)", c)
                if ipp and v.get("itemsPerPage") != int(ipp[1]): errors.append(f"{f}: itemsPerPage differs from the query")
        elif "@tsv" in c:
            rows = [l.split("\t") for l in b]
            if any(len(r) != 5 for r in rows): errors.append(f"{f}: @tsv rows without five fields")
            if total is not None and len(rows) != total: errors.append(f"{f}: {len(rows)} @tsv rows, totalItems {total}")
            if "dateCreated-ASC" in c and [r[1] for r in rows] != sorted(r[1] for r in rows): errors.append(f"{f}: @tsv rows not in dateCreated order")
            if any(not re.fullmatch(r"\d{4}-\d\d-\d\d", r[1]) or not r[2].isdigit() for r in rows if len(r) == 5): errors.append(f"{f}: @tsv date or visits field")
        elif re.search(r"/rest/v3/short-urls/([\w-]+)\" \| jq$", c):
            code = re.search(r"/rest/v3/short-urls/([\w-]+)\"", c)[1]
            v = json_exact(f, b, "short URL")
            if not v: continue
            keys_ = ["shortCode", "shortUrl", "longUrl", "deviceLongUrls", "dateCreated", "visitsSummary", "tags", "meta", "domain", "title", "crawlable", "forwardQuery"]
            if list(v) != keys_: errors.append(f"{f}: short URL keys {list(v)}")
            if v.get("shortCode") != code or v.get("shortUrl") != f"{base}/{code}": errors.append(f"{f}: shortCode/shortUrl not the one asked for")
            vs = v.get("visitsSummary") or {}
            if vs.get("total") != vs.get("nonBots", 0) + vs.get("bots", 0): errors.append(f"{f}: visits total != nonBots + bots")
            if not dt_ok(str(v.get("dateCreated")), "%Y-%m-%dT%H:%M:%S%z"): errors.append(f"{f}: dateCreated format")
            r = [x for x in rows if x[0] == code]
            if rows and (not r or r[0][1:] != [v["dateCreated"][:10], str(vs.get("total")), v["title"], v["longUrl"]]): errors.append(f"{f}: {code} differs from its @tsv row")
        elif "select(.longUrl" in c:
            want = [f"{base}/{r[0]} -> {r[4]}" for r in rows if len(r) == 5 and "arxiv.org" in r[4]]
            if b != want: errors.append(f"{f}: the arxiv.org selection does not match the listing")
        elif "-d '" in c:
            body = re.search(r"-d '([^']*)'", c)[1]
            try: v = json.loads(body)
            except ValueError: errors.append(f"{f}: POST body does not parse"); continue
            if not re.search(r"-H \"Content-Type: application/json\"", c): errors.append(f"{f}: POST without Content-Type")
            r = compact(f, b[0], "jq -c output") if len(b) == 1 else None
            if not r or r.get("shortUrl") != f"{base}/{v.get('customSlug')}": errors.append(f"{f}: POST answer's shortUrl is not the custom slug")
            elif rows and r["dateCreated"][:10] < max(x[1] for x in rows): errors.append(f"{f}: the new short URL is older than the listed ones")


# ---------------------------------------------------------------- 1730 ToDoList
def ole_str(v, s, f, what):
    try: d = dt.datetime(1899, 12, 30) + dt.timedelta(days=float(v))
    except ValueError: errors.append(f"{f}: {what} {v!r}"); return None
    d = (d + dt.timedelta(seconds=30)).replace(second=0, microsecond=0)
    if d.strftime("%Y. %m. %d. %H:%M") != s: errors.append(f"{f}: {what} {v} is not its string {s!r}")
    return float(v)


def check_todolist(f, raw):
    L = text_file(f, raw)
    if not L[0].startswith('<?xml version="1.0" encoding="utf-8"'): errors.append(f"{f}: XML declaration")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: XML does not parse: {ex}"); return
    if root.tag != "TODOLIST" or not root.get("PROJECTNAME"): errors.append(f"{f}: root is not a TODOLIST with a PROJECTNAME"); return
    tasks = list(root.iter("TASK"))
    ids = [int(t.get("ID", "0")) for t in tasks]
    if len(set(ids)) != len(ids) or min(ids) < 1: errors.append(f"{f}: task IDs not unique")
    if int(root.get("NEXTUNIQUEID", "0")) != max(ids) + 1: errors.append(f"{f}: NEXTUNIQUEID is not the largest ID + 1")
    for par in [root] + tasks:
        kids = [k for k in par if k.tag == "TASK"]
        if [k.get("POS") for k in kids] != [str(i) for i in range(len(kids))]: errors.append(f"{f}: POS of {par.get('ID', 'root')}'s tasks not 0..n-1")
    cre = {}
    for t in tasks:
        i = t.get("ID")
        if any(t.get(a) is None for a in ("TITLE", "PERCENTDONE", "PRIORITY", "CREATIONDATE", "LASTMOD")): errors.append(f"{f}: task {i} misses attributes"); continue
        c = ole_str(t.get("CREATIONDATE"), t.get("CREATIONDATESTRING"), f, f"task {i} CREATIONDATE")
        m = ole_str(t.get("LASTMOD"), t.get("LASTMODSTRING"), f, f"task {i} LASTMOD")
        if c is not None and m is not None and m < c: errors.append(f"{f}: task {i} modified before it was created")
        cre[int(i)] = c or 0
        p = int(t.get("PERCENTDONE"))
        if not 0 <= p <= 100 or not 0 <= int(t.get("PRIORITY")) <= 10: errors.append(f"{f}: task {i} percent/priority out of range")
        if (t.get("DONEDATE") is not None) != (p == 100): errors.append(f"{f}: task {i} DONEDATE and PERCENTDONE disagree")
        if t.get("DONEDATE"):
            d = ole_str(t.get("DONEDATE"), t.get("DONEDATESTRING"), f, f"task {i} DONEDATE")
            if d is not None and c is not None and d < c: errors.append(f"{f}: task {i} done before it was created")
        if t.get("COMMENTS") and t.get("COMMENTSTYPE") != "PLAIN_TEXT": errors.append(f"{f}: task {i} comments without COMMENTSTYPE")
        ref = t.get("FILEREFPATH")
        if ref is not None and not re.fullmatch(r"https?://\S+|[A-Z]:\\\S+", ref): errors.append(f"{f}: task {i} FILEREFPATH {ref[:30]!r}")
    if [k for k, _ in sorted(cre.items())] != [k for k, _ in sorted(cre.items(), key=lambda x: (x[1], x[0]))]: errors.append(f"{f}: task IDs not in creation order")
    for n, l in enumerate(L[2:-1], 3):
        if not re.match(r"\t+<", l) and l != "</TODOLIST>": errors.append(f"{f}: line {n} is not tab-indented markup")


# ---------------------------------------------------------------- 1731 jsMind
def check_jsmind(f, raw):
    if raw.endswith("\n") or "\n" in raw: errors.append(f"{f}: not one line without a final newline (JSON.stringify)")
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify's compact form")
    if list(v) != ["meta", "format", "data"] or v.get("format") != "node_tree": errors.append(f"{f}: not a node_tree mind"); return
    if set(v["meta"]) != {"name", "author", "version"}: errors.append(f"{f}: meta keys")
    root = v["data"]; seen = set()
    if root.get("id") != "root": errors.append(f"{f}: the root's id is not 'root'")

    def walk(n, depth):
        ks = list(n)
        base = ["id", "topic", "expanded"]
        if ks[:3] != base: errors.append(f"{f}: node keys {ks[:3]}")
        rest = ks[3:]
        if depth == 1:
            if rest[:1] != ["direction"] or n["direction"] not in ("left", "right"): errors.append(f"{f}: root child {n.get('id')} without direction")
            rest = rest[1:]
        elif "direction" in n: errors.append(f"{f}: direction below the first level")
        if "children" in rest and rest[-1] != "children": errors.append(f"{f}: children not last in {n.get('id')}")
        if "children" in n and not n["children"]: errors.append(f"{f}: empty children list")
        if n["id"] in seen: errors.append(f"{f}: duplicate id {n['id']}")
        seen.add(n["id"])
        if depth and not re.fullmatch(r"[0-9a-f]{16}", n["id"]): errors.append(f"{f}: id {n['id']!r} is not jsMind's 16 hex digits")
        if not isinstance(n["topic"], str) or not n["topic"].strip(): errors.append(f"{f}: empty topic")
        for c in n.get("children", []): walk(c, depth + 1)
    walk(root, 0)


# ---------------------------------------------------------------- 1732 MindForger
MF = re.compile(r"(#{1,6}) (.+?) <!-- Metadata: type: (\w+); (?:tags: ([\w,]+); )?created: ([\d-]+ [\d:]+); reads: (\d+); "
                r"read: ([\d-]+ [\d:]+); revision: (\d+); modified: ([\d-]+ [\d:]+); (importance: [0-5]/5; urgency: [0-5]/5; progress: \d+%; )?-->")


def check_mindforger(f, raw):
    L = text_file(f, raw)
    heads = [(n, l) for n, l in enumerate(L, 1) if re.match(r"#{1,6} ", l)]
    if not heads or heads[0][0] != 1: errors.append(f"{f}: does not start with the outline heading"); return
    notes = []
    for n, l in heads:
        m = MF.fullmatch(l)
        if not m: errors.append(f"{f}: line {n}: heading without MindForger metadata"); continue
        lvl, title, typ, tags, cr, reads, rd, rev, mo, extra = m.groups()
        tm = [dt_ok(x, "%Y-%m-%d %H:%M:%S") for x in (cr, rd, mo)]
        if None in tm: errors.append(f"{f}: line {n}: a bad time"); continue
        if not tm[0] <= tm[2] <= tm[1]: errors.append(f"{f}: line {n}: not created <= modified <= read")
        if int(reads) < int(rev) or int(rev) < 1: errors.append(f"{f}: line {n}: reads < revision")
        if n == 1:
            if lvl != "#" or typ != "Outline" or not extra: errors.append(f"{f}: the first heading is not an Outline with importance/urgency/progress")
            outl = tm
        else:
            if lvl == "#" or typ == "Outline" or extra: errors.append(f"{f}: line {n}: a second outline heading")
            notes.append(tm)
    if notes and heads and MF.fullmatch(heads[0][1]):
        if outl[2] != max(t[2] for t in notes) or outl[1] != max(t[1] for t in notes): errors.append(f"{f}: the outline's modified/read times are not its latest note's")
        if any(t[0] < outl[0] for t in notes): errors.append(f"{f}: a note created before its outline")
    for n, l in heads[1:]:
        if L[n - 2] != "" or (n < len(L) and L[n] != ""): errors.append(f"{f}: line {n}: heading not set off by blank lines")
    md_links(f, raw, "markdown")


# ---------------------------------------------------------------- 1733 PlDoc / Prolog
def pl_strip(f, s):
    """Prolog text with comments blanked and quoted items replaced by placeholders; returns (code, ok)"""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "%": j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: unterminated comment"); return "", False
            i = j + 2; continue
        if c in "\"'":
            m = re.compile(c + r"((?:[^" + c + r"\\\n]|\\.)*)" + c).match(s, i)
            if not m: errors.append(f"{f}: unterminated quoted item at {s[i:i + 30]!r}"); return "", False
            out.append("q" if c == "'" else "S"); i = m.end(); continue
        out.append(c); i += 1
    return "".join(out), True


def top_args(s):
    depth, parts, cur = 0, [], ""
    for c in s:
        if c in "([{": depth += 1
        elif c in ")]}": depth -= 1
        if c == "," and depth == 0: parts.append(cur); cur = ""
        else: cur += c
    return parts + [cur]


def check_pldoc(f, raw):
    L = text_file(f, raw)
    code, ok = pl_strip(f, raw)
    if not ok: return
    clauses = [c.strip() for c in re.split(r"\.(?=\s|$)", code) if c.strip()]
    if not clauses or not clauses[0].startswith(":- module("): errors.append(f"{f}: does not start with a module declaration"); return
    m = re.fullmatch(r":- module\(\s*(\w+)\s*,\s*\[(.*)\]\s*\)", clauses[0], re.S)
    if not m: errors.append(f"{f}: module declaration"); return
    exports = [x.strip() for x in m[2].split(",")]
    if "/** <module>" not in raw: errors.append(f"{f}: no /** <module> comment")
    if not re.search(r"^@author ", raw, re.M): errors.append(f"{f}: the module comment has no @author")
    defined, order = {}, []
    for c in clauses[1:]:
        if c.startswith(":-"):
            if not re.fullmatch(r":- use_module\(library\(\w+\)\)", c): errors.append(f"{f}: directive {c[:30]!r}")
            continue
        head = c.split(":-")[0].strip()
        hm = re.fullmatch(r"([a-z]\w*)(?:\((.*)\))?", head, re.S)
        if not hm: errors.append(f"{f}: clause head {head[:30]!r}"); continue
        if c.count("(") != c.count(")") or c.count("[") != c.count("]"): errors.append(f"{f}: unbalanced clause {head[:30]!r}")
        pi = f"{hm[1]}/{len(top_args(hm[2])) if hm[2] is not None else 0}"
        if pi not in defined: order.append(pi)
        elif order[-1] != pi: errors.append(f"{f}: clauses of {pi} not together")
        defined[pi] = 1
    for e in exports:
        if e not in defined: errors.append(f"{f}: {e} exported but not defined")
    docs = {}
    for n, l in enumerate(L):
        dm = re.match(r"%!\s+([a-z]\w*)\((.*)\)(?: is (det|semidet|nondet|multi|failure))?\.$", l)
        if dm:
            args = top_args(dm[2])
            if not all(re.fullmatch(r"\s*[+\-?:@!]?[A-Z]\w*(?::[\w()]+)?\s*", a) for a in args): errors.append(f"{f}: line {n + 1}: PlDoc arguments")
            docs[f"{dm[1]}/{len(args)}"] = n
    first = {}
    for n, l in enumerate(L):
        hm = re.match(r"([a-z]\w*)\(", l)
        if hm and not l.startswith(":-"):
            for pi in defined:
                if pi.startswith(hm[1] + "/") and pi not in first: first[pi] = n
    for e in exports:
        if e not in docs: errors.append(f"{f}: exported {e} has no %! comment")
        elif e in first and docs[e] > first[e]: errors.append(f"{f}: the %! comment of {e} comes after its clauses")


# ---------------------------------------------------------------- 1734 literate Haskell
def check_lhs(f, raw):
    L = text_file(f, raw)
    if L[0] != "---" or "---" not in L[1:8]: errors.append(f"{f}: no metadata block on top")
    for n in range(1, len(L)):
        a, b = L[n - 1], L[n]
        if (a.startswith(">") != b.startswith(">")) and a.strip() and b.strip():
            errors.append(f"{f}: line {n + 1}: code and prose not separated by a blank line")
    code = [l for l in L if l.startswith(">")]
    if any(l != ">" and not l.startswith("> ") for l in code): errors.append(f"{f}: a code line without the blank after >")
    src = [l[2:] for l in code]
    body = [l for l in src if l.strip() and not l.startswith("{-#")]
    if not body or not body[0].startswith("module "): errors.append(f"{f}: the first code line is not the module header")
    mods = re.search(r"module \w+\s*\((.*?)\)\s*where", "\n".join(src), re.S)
    exported = [x.strip() for x in mods[1].split(",")] if mods else []
    first_def = next((i for i, l in enumerate(src) if re.match(r"[a-z]\w*'? .*=|[a-z]\w*'? ::", l)), len(src))
    if any(l.startswith("import ") for l in src[first_def:]): errors.append(f"{f}: an import after the first definition")
    sigs = {m[1] for m in (re.match(r"([a-z]\w*'?) ::", l) for l in src) if m}
    defs = {m[1] for m in (re.match(r"([a-z]\w*'*)(?=\s)[^:]*=", l) for l in src) if m}
    for s in sigs:
        if s not in defs: errors.append(f"{f}: {s} has a signature but no definition")
    for e in exported:
        if e not in sigs: errors.append(f"{f}: exported {e} has no signature")


# ---------------------------------------------------------------- 1735 Natural Docs / JavaScript
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


def check_naturaldocs(f, raw):
    L = text_file(f, raw)
    code = js_code(f, raw)
    if code is None: return
    st = []
    for c in code:
        if c in "{[(": st.append(c)
        elif c in "}])":
            if not st or "{[(".index(st.pop()) != "}])".index(c): errors.append(f"{f}: unbalanced {c}"); return
    if st: errors.append(f"{f}: unclosed {''.join(st)}"); return
    blocks = list(re.finditer(r"/\*\n(.*?)\n\*/\n", raw, re.S))
    if not blocks or not re.match(r"\tFile: \S+", blocks[0][1]): errors.append(f"{f}: no File: comment first")
    for b in blocks:
        body = b[1].split("\n")
        k = re.fullmatch(r"\t(File|Function|Constant|Variable|Topic|Class|Section|Group): (.+)", body[0])
        if not k: errors.append(f"{f}: a comment without a Natural Docs keyword line: {body[0][:30]!r}"); continue
        if any(l and not l.startswith("\t") for l in body): errors.append(f"{f}: {k[2]}: comment lines not tab-indented")
        if b[1].count("(start code)") != b[1].count("(end)"): errors.append(f"{f}: {k[2]}: (start code) without (end)")
        after = raw[b.end():].split("\n", 1)[0]
        if k[1] == "Function":
            fm = re.fullmatch(r"function (\w+)\(([^)]*)\) \{", after)
            if not fm or fm[1] != k[2]: errors.append(f"{f}: Function: {k[2]} is not followed by its function"); continue
            args = [a.strip() for a in fm[2].split(",") if a.strip()]
            params, on = [], False
            for l in body:
                if re.fullmatch(r"\t\w[\w ]*:", l): on = l == "\tParameters:"; continue
                if on and l.startswith("\t\t"):
                    pm = re.match(r"\t\t(\w+) - \S", l)
                    if pm: params.append(pm[1])
            if params != args: errors.append(f"{f}: {k[2]}: Parameters {params} for arguments {args}")
            if "\tReturns:" not in body: errors.append(f"{f}: {k[2]}: no Returns:")
        elif k[1] == "Constant" and not re.fullmatch(rf"const {k[2]} = .+;", after): errors.append(f"{f}: Constant: {k[2]} not followed by its const")
    documented = {re.match(r"\t\w+: (\S+)", b[1])[1] for b in blocks if re.match(r"\tFunction: ", b[1])}
    for fn in re.findall(r"^function (\w+)\(", raw, re.M):
        if fn not in documented: errors.append(f"{f}: function {fn} has no Natural Docs comment")
    for ref in re.findall(r"<(\w+)>", raw):
        if ref not in documented and not re.search(rf"^(?:function|const) {ref}\b", raw, re.M): errors.append(f"{f}: cross-reference <{ref}> to nothing")


# ---------------------------------------------------------------- 1736 ROBODoc / C
RD_ITEMS = {"NAME", "COPYRIGHT", "SYNOPSIS", "FUNCTION", "DESCRIPTION", "AUTHOR", "CREATION DATE", "MODIFICATION HISTORY",
            "HISTORY", "INPUTS", "ARGUMENTS", "OPTIONS", "PARAMETERS", "OUTPUT", "SIDE EFFECTS", "RESULT", "RETURN VALUE",
            "EXAMPLE", "NOTES", "DIAGNOSTICS", "WARNINGS", "ERRORS", "BUGS", "TODO", "IDEAS", "PORTABILITY", "SEE ALSO",
            "ATTRIBUTES", "USES", "SOURCE"}


def check_robodoc(f, raw):
    L = text_file(f, raw)
    code = js_code(f, re.sub(r"^#.*$", "", raw, flags=re.M).replace("'\\0'", "0"))
    if code is None: return
    st = []
    for c in code:
        if c in "{[(": st.append(c)
        elif c in "}])":
            if not st or "{[(".index(st.pop()) != "}])".index(c): errors.append(f"{f}: unbalanced {c}"); return
    if st: errors.append(f"{f}: unclosed {''.join(st)}"); return
    heads = [n for n, l in enumerate(L) if l.startswith("/****")]
    if not heads or not re.fullmatch(r"/\*\*\*\*h\* \w+/\w+", L[heads[0]]): errors.append(f"{f}: does not start with a /****h* module header")
    names = {}
    for h in heads:
        m = re.fullmatch(r"/\*\*\*\*([hfsvdcmu])\* (\w+)/(\w+)", L[h])
        if not m: errors.append(f"{f}: line {h + 1}: header {L[h][:30]!r}"); continue
        end = next((i for i in range(h + 1, len(L)) if L[i] == " ******"), None)
        if end is None or L[end + 1] != " */": errors.append(f"{f}: {m[3]}: header without the ****** end marker"); continue
        items = {}
        for l in L[h + 1:end]:
            if not l.startswith(" *"): errors.append(f"{f}: {m[3]}: a header line without ' *'"); break
            im = re.fullmatch(r" \* ([A-Z][A-Z ]+)", l)
            if im:
                if im[1] not in RD_ITEMS: errors.append(f"{f}: {m[3]}: unknown item {im[1]!r}")
                items[im[1]] = 1
            elif l != " *" and not l.startswith(" *   "): errors.append(f"{f}: {m[3]}: item text not indented")
        if "NAME" not in items: errors.append(f"{f}: {m[3]}: no NAME")
        nm = L[h + 2] if h + 2 < len(L) else ""
        if not nm.startswith(f" *   {m[3]} -- "): errors.append(f"{f}: {m[3]}: NAME line is not `{m[3]} -- ...`")
        if m[1] == "f":
            syn = next((L[i + 1][5:] for i in range(h, end) if L[i] == " * SYNOPSIS"), None)
            after = L[end + 2] if end + 2 < len(L) else ""
            if syn is None or syn != after: errors.append(f"{f}: {m[3]}: SYNOPSIS {syn!r} is not the definition {after!r}")
            if not re.match(rf"[\w\s\*]+\b{m[3]}\(", after): errors.append(f"{f}: {m[3]}: header not followed by its function")
        if m[1] == "s" and not (end + 2 < len(L) and L[end + 2] == f"struct {m[3]} {{"): errors.append(f"{f}: {m[3]}: structure header not followed by its struct")
        if m[1] != "h" and m[2] not in names and m[2] != L[heads[0]].split("/")[-1]: errors.append(f"{f}: {m[3]}: parent {m[2]} unknown")
        names[m[3]] = m[1]
    for fn in re.findall(r"^(?:int|void|double|static \w+) \**(\w+)\(", raw, re.M):
        if names.get(fn) != "f": errors.append(f"{f}: function {fn} has no /****f* header")


def shape_checks(f, raw, path):
    n = num(f)
    {1727: check_spyql, 1728: check_yaegi, 1729: check_shlink, 1730: check_todolist, 1731: check_jsmind,
     1732: check_mindforger, 1733: check_pldoc, 1734: check_lhs, 1735: check_naturaldocs,
     1736: check_robodoc}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone; the JSON strings of 1727's TO json lines, of 1729's jq output and of 1731"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) == 1731:
        try: vals = [json.loads(raw)]
        except ValueError: pass
    if num(f) == 1727:
        for l in raw.split("\n"):
            if l.startswith("{"):
                try: vals.append(json.loads(l))
                except ValueError: pass
    if num(f) == 1729:
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
# round170's and round171's, a byte-identical file counted once), and the round170/round171 split (candidates sorted by
# (uses, catalogue title); round171 = odd positions from 3 on, one unbroken run; round170 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P170S = ["/work/rounds/digests-round170/expected.json", "/work/main/tests/data/digests-round170/expected.json"]
P170 = next((p for p in P170S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P170S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round170", "digests-round171") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round171 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r170 = set()
if P170:
    try:
        r170 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P170)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P170} exists but could not be read (being written?)")
    if r170 & mine: errors.append(f"papers also in round170: {sorted(r170 & mine)}")
shared170 = len(r170 & mine) if P170 else "(no round170 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round171 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round170: {shared170}; papers in more than one round171 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


