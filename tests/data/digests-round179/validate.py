r"""Checks round179/expected.json against the digests and the shared catalogues.

Adapted from round177/validate.py (the label checks are the same code; the reuse report is round177's with round178 /
round179 in place of round176 / round177: round179 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round178's and round179's own (a digests-round178 /
digests-round179 folder, or a file whose bytes equal round178's or round179's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round179 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round178's expected.json (read only, from /work/rounds/digests-round178/ or
/work/main/tests/data/digests-round178/, when it exists), and on a paper in more than one round179 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML entities undone; the JSON strings of 1808's response
and of 1813 (the whole file); 1809's Power Fx strings with their doubled quotes undone. Titles are matched after
whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a
`note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1807 Deno REPL (a pasted terminal ending on a bare prompt; `deno` then Deno's banner and `> ` steps; a declaration
answered by `undefined`; `.length` equal to the loop's items; the filtered titles' array in Deno's layout (one line
when it fits 72 columns, else one string a line) equal to the loop's titles whose status is not the filtered one; the
loop's console.log lines (status padEnd(10), a second line indented 10 with the link or the fallback and the note),
then `undefined`; the groupBy counts in first-seen order, keys quoted only when not identifiers; close() last);
1808 ES|QL through curl (a pasted terminal; curl -X POST to one host's /_query, the password prompt; the `?pretty`
response in Elasticsearch's layout (two-space indent, ` : `); columns equal to the query's KEEP list with known
types; every row as wide as the columns, integers for integer, strings or null for text/keyword; rows in the SORT
order; the `format=txt` table: header centred and cells left-aligned in columns at least 15 wide, the dashed rule
with `+`, the counts summing to the first query's rows (same WHERE), sorted by n descending);
1809 Power Apps source (`App As appinfo:`; four-space property lines `Name: =formula` or `Name: |` with an
eight-space block starting with `=`; Power Fx tokens — strings with doubled quotes; brackets balanced; ClearCollect
over a Table of records all with the same fields in the same order, Blank() or a literal per field, Jaar an
integer; Filter/CountRows on the collected name, the compared Status values present in the records; `;` chaining);
1810 Leptos component (`use leptos::*;` first; strings and comments blanked, braces balanced; the Paper struct's
fields; every `Paper {` literal with the struct's fields in order, Option fields Some("…") or None, dates ISO, weekly,
one weekday; #[component] fn with a view! block whose HTML-like tags nest; text in tags as string literals);
1811 Pico CMS page (YAML header between `---` lines with Pico's known keys; placeholders among Pico's %…%; links
http(s) or %base_url%; the table even with an alignment row; session dates d/m/yyyy weekly on one weekday);
1812 ExDoc cheatsheet (`# ` title first; `{: .class}` lines directly after a heading, classes ExDoc knows; `##`
sections; code fences closed with a language; tables even with an alignment row; list-N attributes before lists of
N items);
1813 GitHub Issues notebook (one line, no final newline, compact JSON; an array of cells with exactly kind, language
and value; kind 1 markdown, kind 2 github-issues; `$variables` defined before use, qualifiers the extension knows;
markdown links http(s));
1814 PSPP (a pasted terminal; `cat` of the syntax: TITLE, DATA LIST LIST with its delimiter and variables, the
inline rows split at the delimiter outside quotes as many fields as variables, F fields integers, A fields within
their widths; VARIABLE LABELS and FREQUENCIES naming declared variables; `pspp FILE`'s frequency table re-computed
from the rows (counts, percents, cumulative, widths, rules));
1815 Midori XBEL export (XML declaration, XBEL DOCTYPE, root xbel version 1.0; folders with a title first;
bookmarks with an http(s) href, a title, a desc and Midori's info/metadata block; two-space indent by depth below
the root's children);
1816 Guix manifest (`;;` comments; strings and comments blanked, parentheses balanced; one
`(specifications->manifest (list …))` form of package specifications `name` or `name@version`, none twice).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""



import ast, base64, csv, hashlib, html, itertools, json, math, os, re, sys, unicodedata
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


# ================================================================ round175 helpers (kept)
SH = r"[\w.-]+@[\w.-]+:\S*\$ "
ISO_MS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
AXID = re.compile(r"\d{4}\.\d{4,5}")


def steps_of(f, lines, prompt, cont=None):
    """REPL lines -> [(input, [continuation inputs], [output lines])]"""
    steps = []
    for l in lines:
        if l.startswith(prompt): steps.append((l[len(prompt):], [], []))
        elif cont is not None and l.startswith(cont) and steps and not steps[-1][2]: steps[-1][1].append(l[len(cont):])
        elif not steps: errors.append(f"{f}: output before the first {prompt.strip()!r} prompt"); return []
        else: steps[-1][2].append(l)
    return steps


def js_code(f, s):
    """JS/TS with strings (', ", `) and comments blanked out, for bracket counting (round173's)"""
    out, i = [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None
            i = j + 2; continue
        c = s[i]
        if c in "\"'`":
            j = i + 1
            while j < len(s) and s[j] != c:
                if s[j] == "\\": j += 1
                if j < len(s) and s[j] == "\n" and c != "`": errors.append(f"{f}: unterminated string"); return None
                j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None
            out.append("S"); i = j + 1; continue
        out.append(c); i += 1
    return "".join(out)


def balanced(f, code, what):
    st = []
    for ch in code:
        if ch in "{[(": st.append(ch)
        elif ch in "}])":
            if not st or "{[(".index(st.pop()) != "}])".index(ch): errors.append(f"{f}: unbalanced {ch} in {what}"); return False
    if st: errors.append(f"{f}: unclosed {''.join(st)} in {what}"); return False
    return True


VOID = {"input", "br", "img", "hr", "meta", "link", "wbr"}


def html_nesting(f, text, what):
    stack = []
    for tm in re.finditer(r"<(/?)([A-Za-z][\w-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", text):
        close, name, _, selfc = tm.groups()
        if close:
            if not stack or stack.pop() != name: errors.append(f"{f}: {what}: </{name}> does not close the open tag"); return
        elif not selfc and name.lower() not in VOID: stack.append(name)
    if stack: errors.append(f"{f}: {what} leaves {stack} open")


def weekly(ds):
    return None not in ds and all((b - a).days > 0 and (b - a).days % 7 == 0 for a, b in zip(ds, ds[1:]))


# ================================================================ round179 shape checks
# ---------------------------------------------------------------- 1807 Deno REPL
def check_deno(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, out = first_cmd(f, cmds, r"deno", "deno command")
    if m is None: return
    if len(out) < 3 or not re.fullmatch(r"Deno \d+\.\d+\.\d+", out[0]) or out[1] != "exit using ctrl+d, ctrl+c, or close()":
        errors.append(f"{f}: Deno's banner"); return
    steps = steps_of(f, out[2:], "> ")
    if not steps or steps[-1][0] != "close()" or steps[-1][2]: errors.append(f"{f}: the session does not end with close()")
    n = loop = arr = groups = None; filt = None
    for inp, _, o in steps:
        if re.match(r"(const|let) \w+ = ", inp):
            if o != ["undefined"]: errors.append(f"{f}: a declaration not answered by undefined")
        elif re.fullmatch(r"\w+\.length", inp):
            if len(o) != 1 or not o[0].isdigit(): errors.append(f"{f}: .length answer {o}")
            else: n = int(o[0])
        elif inp.startswith("for (const p of"):
            if not o or o[-1] != "undefined": errors.append(f"{f}: the loop is not followed by undefined"); continue
            body = o[:-1]
            if len(body) % 2: errors.append(f"{f}: the loop prints an odd number of lines"); continue
            fm = re.search(r'\?\? "([^"]*)"', inp)
            loop = []
            for a, b in zip(body[::2], body[1::2]):
                st, t = a[:10].rstrip(), a[10:]
                if not st or a[len(st):10].strip() or len(a) <= 10 or t.startswith(" "): errors.append(f"{f}: status not padded to 10: {a[:20]!r}")
                if not b.startswith(" " * 10) or " | " not in b: errors.append(f"{f}: second loop line {b[:30]!r}"); continue
                link = b[10:].split(" | ")[0]
                if not (re.fullmatch(r"https?://\S+", link) or (fm and link == fm[1])): errors.append(f"{f}: loop link {link!r}")
                loop.append((st, t))
        elif ".filter(" in inp and ".map(" in inp:
            fm = re.search(r'p\.status (!==|===) "([^"]+)"', inp)
            filt = fm.groups() if fm else None
            if len(o) == 1:
                if len(o[0]) > 72: errors.append(f"{f}: a one-line array wider than 72 columns")
                txt = o[0]
            else:
                if o[0] != "[" or o[-1] != "]" or any(not l.startswith("  ") for l in o[1:-1]): errors.append(f"{f}: array layout"); continue
                if len("[ " + ", ".join(l.strip().rstrip(",") for l in o[1:-1]) + " ]") <= 72: errors.append(f"{f}: an array broken though it fits")
                for j, l in enumerate(o[1:-1]):
                    if l.endswith(",") == (j == len(o) - 3): errors.append(f"{f}: array commas")
                txt = "\n".join(o)
            try: arr = json.loads(txt)
            except ValueError: errors.append(f"{f}: the array does not parse"); arr = None
        elif "groupBy" in inp:
            gm = re.fullmatch(r"\{ (.*) \}", o[0]) if len(o) == 1 else None
            if not gm: errors.append(f"{f}: groupBy answer {o}"); continue
            groups = []
            for part in gm[1].split(", "):
                km = re.fullmatch(r'([A-Za-z_$][\w$]*|"[^"]+"): (\d+)', part)
                if not km: errors.append(f"{f}: groupBy entry {part!r}"); continue
                k = km[1]
                if k.startswith('"') and re.fullmatch(r"[A-Za-z_$][\w$]*", k[1:-1]): errors.append(f"{f}: key {k} quoted though an identifier")
                groups.append((k.strip('"'), int(km[2])))
        elif inp != "close()": errors.append(f"{f}: unexpected input {inp[:40]!r}")
    if loop is None: errors.append(f"{f}: no loop"); return
    if n != len(loop): errors.append(f"{f}: length {n} but the loop prints {len(loop)} items")
    if arr is not None and filt:
        want = [t for s, t in loop if (s != filt[1]) == (filt[0] == "!==")]
        if arr != want: errors.append(f"{f}: the filtered titles are not the loop's")
    if groups is not None:
        c = {}
        for s, _ in loop: c[s] = c.get(s, 0) + 1
        if groups != list(c.items()): errors.append(f"{f}: groupBy counts {groups} are not {list(c.items())}")


# ---------------------------------------------------------------- 1808 ES|QL through curl
ES_TYPES = {"text", "keyword", "integer", "long", "double", "date", "boolean"}


def esql_txt(cols, rows):
    w = [max(15, len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    head = "|".join(" " * ((w[i] - len(c)) // 2) + c + " " * (w[i] - len(c) - (w[i] - len(c)) // 2) for i, c in enumerate(cols))
    return [head, "+".join("-" * x for x in w)] + ["|".join(r[i].ljust(w[i]) for i in range(len(cols))) for r in rows]


def check_esql(f, raw):
    cmds, pre = shell(f, raw, SH)
    curls = [(c, o) for c, o in cmds if c.startswith("curl ")]
    if len(curls) != 2: errors.append(f"{f}: want two curl calls"); return
    hosts, res = set(), []
    for c, o in curls:
        cm = re.fullmatch(r"curl -s -u (\w+) -H 'Content-Type: application/json' -X POST '(https://[\w.-]+:\d+)/_query\?(pretty|format=txt)' -d '(\{.*\})'", c)
        if not cm: errors.append(f"{f}: curl call {c[:60]!r}"); return
        hosts.add(cm[2])
        try: body = json.loads(cm[4])
        except ValueError: errors.append(f"{f}: request body does not parse"); return
        if set(body) != {"query"}: errors.append(f"{f}: request body keys {sorted(body)}")
        if not o or o[0] != f"Enter host password for user '{cm[1]}':": errors.append(f"{f}: no password prompt"); return
        res.append((cm[3], body.get("query", ""), o[1:]))
    if len(hosts) != 1: errors.append(f"{f}: two hosts")
    (k1, q1, o1), (k2, q2, o2) = res
    if k1 != "pretty" or k2 != "format=txt": errors.append(f"{f}: want a pretty JSON call then a txt call"); return
    try: v = json.loads("\n".join(o1))
    except ValueError as ex: errors.append(f"{f}: the response does not parse: {ex}"); return
    if json.dumps(v, indent=2, ensure_ascii=False, separators=(",", " : ")).split("\n") != o1: errors.append(f"{f}: the response is not in Elasticsearch's pretty layout")
    if list(v) != ["columns", "values"]: errors.append(f"{f}: response keys {list(v)}"); return
    qp = [p.strip() for p in q1.split("|")]
    if not re.fullmatch(r"FROM [\w-]+", qp[0]): errors.append(f"{f}: query source {qp[0]!r}")
    keep = next((p[5:].split(", ") for p in qp if p.startswith("KEEP ")), None)
    cols = [c.get("name") for c in v["columns"]]
    if keep and cols != keep: errors.append(f"{f}: columns {cols} are not the KEEP list {keep}")
    for c in v["columns"]:
        if set(c) != {"name", "type"} or c["type"] not in ES_TYPES: errors.append(f"{f}: column {c}")
    for r in v["values"]:
        if len(r) != len(cols): errors.append(f"{f}: a row of {len(r)} values for {len(cols)} columns"); continue
        for x, c in zip(r, v["columns"]):
            t = c.get("type")
            if x is not None and ((t in ("integer", "long") and type(x) is not int) or (t in ("text", "keyword") and not isinstance(x, str))):
                errors.append(f"{f}: value {x!r} in {t} column {c.get('name')}")
    sm = next((p for p in qp if p.startswith("SORT ")), None)
    if sm:
        keys_ = [(s.split()[0], s.split()[1] if len(s.split()) > 1 else "ASC") for s in sm[5:].split(", ")]
        rows = v["values"]
        for a, b in zip(rows, rows[1:]):
            for name, d in keys_:
                i = cols.index(name) if name in cols else None
                if i is None: errors.append(f"{f}: sort key {name} not kept"); break
                if a[i] == b[i]: continue
                if (a[i] > b[i]) == (d == "ASC"): errors.append(f"{f}: rows not in the SORT order"); 
                break
    lm = next((p for p in qp if p.startswith("LIMIT ")), None)
    if lm and len(v["values"]) > int(lm[6:]): errors.append(f"{f}: more rows than LIMIT")
    w1 = next((p for p in qp if p.startswith("WHERE ")), None); q2p = [p.strip() for p in q2.split("|")]
    if w1 not in q2p or q2p[0] != qp[0]: errors.append(f"{f}: the two queries differ in FROM/WHERE")
    st = next((p for p in q2p if p.startswith("STATS ")), "")
    stm = re.fullmatch(r"STATS (\w+) = COUNT\(\*\) BY (\w+)", st)
    if not stm: errors.append(f"{f}: STATS {st!r}"); return
    if len(o2) < 2: errors.append(f"{f}: txt output too short"); return
    hdr = [h.strip() for h in o2[0].split("|")]
    if hdr != [stm[1], stm[2]]: errors.append(f"{f}: txt header {hdr}")
    rows2 = [[c.rstrip() for c in l.split("|")] for l in o2[2:]]
    if esql_txt(hdr, rows2) != o2: errors.append(f"{f}: the txt table is not in ES|QL's text layout")
    try: ns = [int(r[0]) for r in rows2]
    except ValueError: errors.append(f"{f}: txt counts"); return
    if sum(ns) != len(v["values"]): errors.append(f"{f}: counts sum to {sum(ns)}, the first query has {len(v['values'])} rows")
    if "SORT n DESC" in q2p and ns != sorted(ns, reverse=True): errors.append(f"{f}: txt rows not sorted by n descending")


# ---------------------------------------------------------------- 1809 Power Apps .fx.yaml
def fx_tokens(f, s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace(): i += 1; continue
        if c == '"':
            j = i + 1
            while True:
                j = s.find('"', j)
                if j < 0: errors.append(f"{f}: unterminated Power Fx string"); return None
                if s.startswith('""', j): j += 2; continue
                break
            toks.append(("S", s[i + 1:j].replace('""', '"'))); i = j + 1; continue
        m = re.match(r"\d+(?:\.\d+)?|[A-Za-z_][\w]*|<>|<=|>=|.", s[i:])
        t = m.group(0)
        toks.append(("N" if t[0].isdigit() else "I" if t[0].isalpha() or t[0] == "_" else "P", t)); i += len(t)
    return toks


def fx_split(toks, sep=","):
    parts, cur, d = [], [], 0
    for t in toks:
        if t[0] == "P" and t[1] in "({[": d += 1
        if t[0] == "P" and t[1] in ")}]": d -= 1
        if t == ("P", sep) and d == 0: parts.append(cur); cur = []
        else: cur.append(t)
    parts.append(cur)
    return parts


def check_fx(f, raw):
    L = text_file(f, raw)
    if L[0] != "App As appinfo:": errors.append(f"{f}: first line {L[0]!r}")
    props, cur = {}, None
    for n, l in enumerate(L[1:], 2):
        pm = re.fullmatch(r"    (\w+): (=.*|\|)", l)
        if pm: cur = pm[1]; props[cur] = [] if pm[2] == "|" else [pm[2]]; continue
        if cur and l.startswith("        ") and props[cur] is not None: props[cur].append(l[8:]); continue
        errors.append(f"{f}: line {n}: not a property or its block: {l[:40]!r}")
    if "OnStart" not in props: errors.append(f"{f}: no OnStart"); return
    for k, v in props.items():
        if not v or not v[0].startswith("="): errors.append(f"{f}: property {k} is not a formula")
    s = "\n".join(props["OnStart"])[1:]
    toks = fx_tokens(f, s)
    if toks is None: return
    if not balanced(f, "".join(t[1] if t[0] == "P" else "x" for t in toks), "OnStart"): return
    stmts = fx_split(toks, ";")
    coll, fields, values = None, None, {}
    for st in stmts:
        if len(st) < 3 or st[0][0] != "I" or st[1] != ("P", "(") or st[-1] != ("P", ")"): errors.append(f"{f}: statement {' '.join(t[1] for t in st[:4])!r}"); continue
        args = fx_split(st[2:-1])
        if st[0][1] == "ClearCollect":
            if len(args) != 2 or len(args[0]) != 1 or args[0][0][0] != "I": errors.append(f"{f}: ClearCollect arguments"); continue
            coll = args[0][0][1]
            tb = args[1]
            if tb[:2] != [("I", "Table"), ("P", "(")] or tb[-1] != ("P", ")"): errors.append(f"{f}: ClearCollect without Table()"); continue
            for rec in fx_split(tb[2:-1]):
                if not rec or rec[0] != ("P", "{") or rec[-1] != ("P", "}"): errors.append(f"{f}: a Table entry is not a record"); continue
                names = []
                for fld in fx_split(rec[1:-1]):
                    if len(fld) < 3 or fld[0][0] != "I" or fld[1] != ("P", ":"): errors.append(f"{f}: record field"); continue
                    names.append(fld[0][1]); val = fld[2:]
                    if not (len(val) == 1 and val[0][0] in "SN") and val != [("I", "Blank"), ("P", "("), ("P", ")")]: errors.append(f"{f}: field {fld[0][1]} is not a literal or Blank()")
                    if fld[0][1] == "Jaar" and not (len(val) == 1 and val[0][0] == "N" and val[0][1].isdigit()): errors.append(f"{f}: Jaar not an integer")
                    if len(val) == 1: values.setdefault(fld[0][1], set()).add(val[0][1])
                if fields is None: fields = names
                elif names != fields: errors.append(f"{f}: a record's fields {names} differ from {fields}")
        elif st[0][1] == "Set":
            if len(args) != 2 or len(args[0]) != 1: errors.append(f"{f}: Set arguments"); continue
            body = args[1]
            for i, t in enumerate(body):
                if t[0] == "I" and t[1] in ("Filter", "CountRows") and (i + 2 >= len(body) or body[i + 2] not in (("I", coll), ("I", "Filter"))): errors.append(f"{f}: {t[1]} not over {coll}")
                if t == ("P", "=") and i and body[i - 1][0] == "I":
                    fn = body[i - 1][1]
                    if fields and fn not in fields: errors.append(f"{f}: unknown field {fn}")
                    elif i + 1 < len(body) and body[i + 1][0] == "S" and body[i + 1][1] not in values.get(fn, set()): errors.append(f"{f}: {fn} = {body[i + 1][1]!r} matches no record")
        else: errors.append(f"{f}: unknown function {st[0][1]}")
    if coll is None: errors.append(f"{f}: no ClearCollect")


# ---------------------------------------------------------------- 1810 Leptos component
def rust_code(f, s):
    out, i = [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s[i] == '"':
            j = i + 1
            while j < len(s) and s[j] != '"':
                if s[j] == "\\": j += 1
                j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None
            out.append('""'); i = j + 1; continue
        out.append(s[i]); i += 1
    return "".join(out)


def check_leptos(f, raw):
    L = text_file(f, raw)
    if L[0] != "use leptos::*;": errors.append(f"{f}: first line {L[0]!r}")
    code = rust_code(f, raw)
    if code is None or not balanced(f, code, "the file"): return
    sm = re.search(r"struct (\w+) \{\n((?:    \w+: [^\n]+,\n)+)\}", raw)
    if not sm: errors.append(f"{f}: no struct"); return
    fields = re.findall(r"    (\w+): ([^\n]+),", sm[2])
    names = [a for a, _ in fields]
    lits = re.findall(r"\n    " + sm[1] + r" \{\n(.*?)\n    \},", raw, re.S)
    if not lits: errors.append(f"{f}: no {sm[1]} literals")
    dates = []
    for lit in lits:
        got = re.findall(r"^        (\w+): (.*),$", lit, re.M)
        if [a for a, _ in got] != names or len(got) != len(lit.split("\n")): errors.append(f"{f}: a literal's fields {[a for a, _ in got]}"); continue
        for (a, v), (_, t) in zip(got, fields):
            if t.startswith("Option<"):
                if v != "None" and not re.fullmatch(r'Some\("[^"\\]*"\)', v): errors.append(f"{f}: {a}: {v[:30]!r}")
            elif not re.fullmatch(r'"[^"\\]*"', v): errors.append(f"{f}: {a}: not a string literal")
            if a == "url" and v != "None" and not re.fullmatch(r'Some\("https?://\S+"\)', v): errors.append(f"{f}: url {v[:40]!r}")
            if a == "arxiv" and v != "None" and not re.fullmatch(r'Some\("\d{4}\.\d{4,5}"\)', v): errors.append(f"{f}: arxiv {v!r}")
            if a == "date": dates.append(dt_ok(v.strip('"'), "%Y-%m-%d"))
    if dates and (not weekly(dates) or len({d.weekday() for d in dates if d}) != 1): errors.append(f"{f}: dates not weekly on one weekday")
    if not re.search(r"#\[component\]\npub fn [A-Z]\w*\(", raw): errors.append(f"{f}: no #[component] fn")
    vm = raw.find("    view! {\n")
    if vm < 0: errors.append(f"{f}: no view! block"); return
    end = raw.find("\n    }\n", vm)
    view = raw[vm:end]
    html_nesting(f, view, "view!")
    for tm in re.finditer(r">([^<>{}\n]+)<", view):
        if tm[1].strip() and not re.fullmatch(r'\s*"[^"]*"\s*', tm[1]): errors.append(f"{f}: unquoted text in view!: {tm[1][:30]!r}")


# ---------------------------------------------------------------- 1811 Pico CMS page
PICO_KEYS = {"Title", "Description", "Author", "Date", "Formatted Date", "Time", "Robots", "Template", "Hidden"}
PICO_PH = {"%site_title%", "%base_url%", "%theme_url%", "%version%", "%config.theme%"}


def check_pico(f, raw):
    L = text_file(f, raw)
    if L[0] != "---" or "---" not in L[1:]: errors.append(f"{f}: no YAML header"); return
    e = L.index("---", 1)
    for l in L[1:e]:
        km = re.fullmatch(r"([A-Z][\w ]*): (.+)", l)
        if not km or km[1] not in PICO_KEYS: errors.append(f"{f}: header line {l!r}")
        elif km[1] == "Date" and not dt_ok(km[2], "%Y-%m-%d"): errors.append(f"{f}: Date {km[2]!r}")
    body = "\n".join(L[e + 1:])
    for ph in re.findall(r"%[\w.]+%", body):
        if ph not in PICO_PH and not re.fullmatch(r"%meta\.\w+%", ph): errors.append(f"{f}: placeholder {ph}")
    for t, u in re.findall(r"\[([^\]\n]+)\]\(([^)\s]*)\)", body):
        if not re.fullmatch(r"https?://\S+|%base_url%/\S*", u): errors.append(f"{f}: link {u[:30]!r}")
    tab = [l for l in L[e + 1:] if l.startswith("|")]
    cells = [[c.strip() for c in l.strip("|").split("|")] for l in tab]
    if len(cells) < 3 or any(len(c) != len(cells[0]) for c in cells) or not all(re.fullmatch(r":?-+:?", c) for c in cells[1]):
        errors.append(f"{f}: the table is uneven or has no alignment row"); return
    ds = [dt_ok(r[0], "%d/%m/%Y") for r in cells[2:]]
    if not weekly(ds) or len({d.weekday() for d in ds}) != 1: errors.append(f"{f}: session dates not weekly on one weekday")


# ---------------------------------------------------------------- 1812 ExDoc cheatsheet
CHEAT_CLS = {"col-2", "col-3", "col-2-left", "col-3-left", "width-50", "list-4", "list-6", "wrap", "h2-col-2"}


def check_cheatmd(f, raw):
    L = text_file(f, raw)
    if not L[0].startswith("# "): errors.append(f"{f}: no `# ` title first")
    fence, prev = None, ""
    for n, l in enumerate(L, 1):
        if fence:
            if l == "```": fence = None
            continue
        if l.startswith("```"):
            if not re.fullmatch(r"```[a-z]+", l): errors.append(f"{f}: line {n}: a fence without a language")
            fence = n; continue
        am = re.fullmatch(r"\{: (\.[\w-]+(?: \.[\w-]+)*)\}", l)
        if l.startswith("{:"):
            if not am or not re.match(r"#{2,4} ", prev): errors.append(f"{f}: line {n}: attribute line not after a heading")
            else:
                for c in am[1].split():
                    if c[1:] not in CHEAT_CLS: errors.append(f"{f}: line {n}: class {c}")
                    lm = re.fullmatch(r"\.list-(\d+)", c)
                    if lm:
                        items = []
                        for x in L[n:]:
                            if x.startswith("- "): items.append(x)
                            elif x.strip() or items: break
                        if len(items) != int(lm[1]): errors.append(f"{f}: line {n}: list-{lm[1]} before {len(items)} items")
        if re.match(r"#+[^# ]", l): errors.append(f"{f}: line {n}: heading without a blank")
        if l.strip(): prev = l
    if fence: errors.append(f"{f}: a code fence opened on line {fence} is not closed")
    blocks, cur = [], []
    for l in L + [""]:
        if l.startswith("|"): cur.append(l)
        elif cur: blocks.append(cur); cur = []
    for b in blocks:
        cells = [[c.strip() for c in l.strip("|").split("|")] for l in b]
        if len(cells) < 3 or any(len(c) != len(cells[0]) for c in cells) or not all(re.fullmatch(r":?-+:?", c) for c in cells[1]): errors.append(f"{f}: an uneven table")
    md_links(f, raw, "cheatsheet")


# ---------------------------------------------------------------- 1813 GitHub Issues notebook
GH_QUAL = {"repo", "is", "label", "assignee", "author", "sort", "milestone", "state", "in", "no", "mentions", "created", "updated", "closed", "org", "type"}


def check_ghnb(f, raw):
    if "\n" in raw: errors.append(f"{f}: more than one line (JSON.stringify writes one)")
    v = compact(f, raw, "the notebook")
    if not isinstance(v, list) or not v: errors.append(f"{f}: not an array of cells"); return
    defined = set()
    for i, c in enumerate(v):
        if not isinstance(c, dict) or list(c) != ["kind", "language", "value"]: errors.append(f"{f}: cell {i} keys"); continue
        if (c["kind"], c["language"]) not in ((1, "markdown"), (2, "github-issues")): errors.append(f"{f}: cell {i}: kind {c['kind']} with {c['language']}")
        if c["kind"] == 1: md_links(f, c["value"], f"cell {i}")
        else:
            for line in c["value"].split("\n"):
                dm = re.fullmatch(r"(\$\w+)=(.+)", line)
                terms = dm[2].split() if dm else line.split()
                for t in terms:
                    if t.startswith("$"):
                        if t not in defined: errors.append(f"{f}: cell {i}: {t} used before it is defined")
                    else:
                        qm = re.fullmatch(r"-?(\w+):\S+", t)
                        if not qm or qm[1] not in GH_QUAL: errors.append(f"{f}: cell {i}: term {t!r}")
                if dm: defined.add(dm[1])
    if v[0].get("kind") != 1: notes.append(f"{f}: the notebook does not open with markdown")


# ---------------------------------------------------------------- 1814 PSPP
def pspp_fields(line, delim):
    out, cur, q, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if ch == '"': q = not q; cur += ch
        elif ch == delim and not q: out.append(cur); cur = ""
        else: cur += ch
        i += 1
    out.append(cur)
    return out, q


def pspp_freq(title, cats, counts):
    n = sum(counts)
    rows, cum = [], 0.0
    for c, k in zip(cats, counts):
        p = 100 * k / n; cum += p
        rows.append(["", c, str(k), f"{p:.1f}%", f"{p:.1f}%", f"{cum:.1f}%"])
    rows[0][0] = "Valid"
    rows.append(["", "Total", str(n), "100.0%", "", ""])
    head = ["", "", "Frequency", "Percent", "Valid Percent", "Cumulative Percent"]
    w = [max(len(r[i]) for r in rows + [head]) for i in range(6)]
    line = lambda r: "│" + r[0].ljust(w[0]) + " " + r[1].ljust(w[1]) + "│" + "│".join(r[i].rjust(w[i]) for i in range(2, 6)) + "│"
    ww = [w[0] + 1 + w[1]] + w[2:]
    top = "╭" + "┬".join("─" * x for x in ww) + "╮"
    return [title.center(len(top)).rstrip(), top, line(head), "├" + "┼".join("─" * x for x in ww) + "┤"] + [line(r) for r in rows] + ["╰" + "┴".join("─" * x for x in ww) + "╯"]


def check_pspp(f, raw):
    cmds, pre = shell(f, raw, SH)
    m, sps = first_cmd(f, cmds, r"cat ([\w.-]+\.sps)", "cat of a syntax file")
    if m is None: return
    m2, out = first_cmd(f, cmds, r"pspp " + re.escape(m[1]), "pspp run of the file")
    if not sps or not re.fullmatch(r"TITLE '[^']*'\.", sps[0]): errors.append(f"{f}: no TITLE first")
    dl = next((l for l in sps if l.startswith("DATA LIST")), None)
    dm = re.fullmatch(r'DATA LIST LIST \("(.)"\) /((?:\w+ \([AF][\d.]+\) ?)+)\.', dl or "")
    if not dm: errors.append(f"{f}: DATA LIST {dl!r}"); return
    vars_ = re.findall(r"(\w+) \(([AF])([\d.]+)\)", dm[2])
    names = [v[0] for v in vars_]
    if "BEGIN DATA" not in sps or "END DATA." not in sps: errors.append(f"{f}: no inline data"); return
    b, e = sps.index("BEGIN DATA"), sps.index("END DATA.")
    rows, var = [], None
    for l in sps[b + 1:e]:
        fl, open_ = pspp_fields(l, dm[1])
        if open_ or len(fl) != len(vars_): errors.append(f"{f}: data row with {len(fl)} fields for {len(vars_)} variables"); continue
        row = {}
        for (nm, t, w), x in zip(vars_, fl):
            if t == "F" and not re.fullmatch(r"-?\d+", x): errors.append(f"{f}: {nm} {x!r} not a number")
            if t == "A":
                if not (x.startswith('"') and x.endswith('"')): errors.append(f"{f}: {nm} not quoted")
                if len(x[1:-1].encode("utf-8")) > int(float(w)): errors.append(f"{f}: {nm} longer than A{w}")
            row[nm] = x.strip('"')
        rows.append(row)
    for l in sps[e + 1:]:
        if l.startswith("VARIABLE LABELS"):
            for nm in re.findall(r"(\w+) '[^']*'", l[15:]):
                if nm not in names: errors.append(f"{f}: label for undeclared {nm}")
        elif l.startswith("FREQUENCIES"):
            fm = re.fullmatch(r"FREQUENCIES /VARIABLES=(\w+)\.", l)
            if not fm or fm[1] not in names: errors.append(f"{f}: FREQUENCIES {l!r}"); continue
            var = fm[1]
        elif not l.startswith("*"): errors.append(f"{f}: syntax line {l[:30]!r}")
    if out is None: return
    if var is None: errors.append(f"{f}: no FREQUENCIES"); return
    lab = re.search(r"\b" + var + r" '([^']*)'", next((l for l in sps if l.startswith("VARIABLE LABELS")), ""))
    cats = []
    for r in rows:
        if r[var] not in cats: cats.append(r[var])
    want = pspp_freq(lab[1] if lab else var, cats, [sum(1 for r in rows if r[var] == c) for c in cats])
    if out != want: errors.append(f"{f}: the frequency table is not the one the data give")


# ---------------------------------------------------------------- 1815 Midori XBEL
def check_xbel(f, raw):
    L = text_file(f, raw)
    if L[0] != '<?xml version="1.0" encoding="UTF-8"?>' or not L[1].startswith('<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML"'):
        errors.append(f"{f}: XML declaration or DOCTYPE")
    try: root = ET.fromstring(raw.split("\n", 2)[2])
    except ET.ParseError as ex: errors.append(f"{f}: XML: {ex}"); return
    if root.tag != "xbel" or root.get("version") != "1.0": errors.append(f"{f}: root {root.tag} {root.attrib}")
    def walk(el):
        for ch in el:
            if ch.tag == "folder":
                if not len(ch) or ch[0].tag != "title" or not (ch[0].text or "").strip(): errors.append(f"{f}: a folder without a title first")
                walk(ch)
            elif ch.tag == "bookmark":
                if not re.fullmatch(r"https?://\S+", ch.get("href", "")): errors.append(f"{f}: bookmark href {ch.get('href')!r}")
                if [c.tag for c in ch] != ["title", "desc", "info"]: errors.append(f"{f}: bookmark children {[c.tag for c in ch]}")
                md = ch.find("info/metadata")
                if md is None or md.get("owner") != "http://www.twotoasts.de" or md.find("app") is None: errors.append(f"{f}: bookmark without Midori's metadata")
            elif ch.tag not in ("title", "separator", "info", "desc"): errors.append(f"{f}: element {ch.tag}")
    walk(root)
    depth = 0
    for n, l in enumerate(L[2:], 3):
        s = l.lstrip(" "); ind = len(l) - len(s)
        closing = s.startswith("</")
        d = depth - 1 if closing else depth
        want = 0 if d <= 1 else 2 * (d - 1)
        if ind != want: errors.append(f"{f}: line {n}: indent {ind}, want {want}"); break
        opens = re.fullmatch(r"<([\w:]+)(?: [^>]*)?>", s) and not s.endswith("/>")
        if closing: depth -= 1
        elif opens: depth += 1


# ---------------------------------------------------------------- 1816 Guix manifest
def check_guix(f, raw):
    L = text_file(f, raw)
    code, strs = [], []
    for l in L:
        out, i = "", 0
        while i < len(l):
            if l[i] == ";": break
            if l[i] == '"':
                j = l.find('"', i + 1)
                if j < 0: errors.append(f"{f}: unterminated string"); return
                strs.append(l[i + 1:j]); out += "S"; i = j + 1; continue
            out += l[i]; i += 1
        code.append(out)
    c = " ".join(" ".join(code).split())
    if not balanced(f, c, "the manifest"): return
    if not re.fullmatch(r"\(specifications->manifest \(list(?: S)+\)\)", c): errors.append(f"{f}: not one (specifications->manifest (list …)) form")
    for s in strs:
        if not re.fullmatch(r"[a-z0-9][a-z0-9+.-]*(?:@[\w.]+)?(?::\w+)?", s): errors.append(f"{f}: package spec {s!r}")
    if len(set(strs)) != len(strs): errors.append(f"{f}: a package twice")


def shape_checks(f, raw, path):
    n = num(f)
    {1807: check_deno, 1808: check_esql, 1809: check_fx, 1810: check_leptos, 1811: check_pico,
     1812: check_cheatmd, 1813: check_ghnb, 1814: check_pspp, 1815: check_xbel,
     1816: check_guix}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone; the JSON strings of 1808's response and of 1813 (the whole file); 1809's Power Fx
    strings with their doubled quotes undone"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) == 1813:
        try: vals = [json.loads(raw)]
        except ValueError: pass
    if num(f) == 1808:
        cur = []
        for l in raw.split("\n"):
            if l == "{" and not cur: cur = [l]
            elif cur:
                cur.append(l)
                if l == "}":
                    try: vals.append(json.loads("\n".join(cur)))
                    except ValueError: pass
                    cur = []
    if num(f) == 1809: forms.append(raw.replace('""', '"'))
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
# round178's and round179's, a byte-identical file counted once), and the round178/round179 split (candidates sorted by
# (uses, catalogue title); round179 = odd positions from 3 on, one unbroken run; round178 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P178S = ["/work/rounds/digests-round178/expected.json", "/work/main/tests/data/digests-round178/expected.json"]
P178 = next((p for p in P178S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P178S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round178", "digests-round179") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round179 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r178 = set()
if P178:
    try:
        r178 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P178)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P178} exists but could not be read (being written?)")
    if r178 & mine: errors.append(f"papers also in round178: {sorted(r178 & mine)}")
shared178 = len(r178 & mine) if P178 else "(no round178 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round179 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round178: {shared178}; papers in more than one round179 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


