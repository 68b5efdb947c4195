r"""Checks round175/expected.json against the digests and the shared catalogues.

Adapted from round173/validate.py (the label checks are the same code; the reuse report is round173's with round174 /
round175 in place of round172 / round173: round175 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round174's and round175's own (a digests-round174 /
digests-round175 folder, or a file whose bytes equal round174's or round175's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round175 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round174's expected.json (read only, from /work/rounds/digests-round174/ or
/work/main/tests/data/digests-round174/, when it exists), and on a paper in more than one round175 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML entities undone; the JSON strings of 1771 (the whole
file), of 1775 (each line), of the JSON values printed in 1769 and 1770, of 1770's record values (JSON inside a JSON
string) and of 1768's agtype vertices and edges; 1771's URLs with their query strings unquoted. Titles are matched after
whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a
`note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1767 PyPy REPL (a pasted terminal ending on a bare prompt; `pypy3 --version` equal to the REPL banner's first lines;
inputs after `>>>> `, continuations after `.... `, ending with exit(); the list literal parsed (ast.literal_eval) as
dicts with the same keys; len(), the Counter of a key, the list comprehension, an element, a value, the one-line for
loop's printed lines (closed by a bare continuation) re-computed with repr(); `wc -c` equal to the UTF-8 bytes of
json.dump(…, ensure_ascii=False, indent=n));
1768 psql + Apache AGE (a pasted terminal; psql's ru_RU banner; LOAD 'age' and the search_path before any cypher();
one graph; RETURN items as many as the AS columns; each answer in psql's aligned layout (header centred, dashes,
cells padded but the last column's, the Russian row-count footer with its plural form) re-rendered; ORDER BY order;
agtype cells: NULL, integers, JSON strings, vertices (id, label, properties) and edges (id, label, end_id, start_id,
properties) with properties in jsonb key order and agtype's printed layout; the vertex agreeing with the paper listing;
edge ends Paper vertices, label ids >= 3 (1 and 2 are AGE's own), edge sequence numbers within count(c));
1769 Payload CMS (a pasted terminal; the login storing the JWT and printing nothing; every API call with the JWT header
on one host; the jq listing's pagination fields (totalDocs, limit, totalPages, page, pagingCounter, has…Page,
prev/nextPage) re-computed; docs sorted by the sort field, same keys, 24-hex ObjectIds whose first 8 hex digits are
createdAt's seconds, createdAt <= updatedAt; the page-2 @tsv rows as many as left, in date order after page 1; the
single document equal to its row; totalDocs equal to the documents seen);
1770 Redpanda rpk (a pasted terminal; `rpk topic list` and `describe -p` tables aligned as Go's tabwriter pads them;
partitions as listed; consumed records in rpk's JSON layout with keys in order, the topic's, offsets consecutive from
the log start offset and ending at the high watermark when the whole topic is read, 13-digit millisecond timestamps not
falling; each value compact JSON with the same keys);
1771 Tab Wrangler export (JSON.stringify's compact layout, no final newline; the four export keys; totals non-negative,
removed >= wrangled >= saved tabs, unwrangled <= wrangled; tab keys Chrome's in alphabetical order plus a last
`closedAt`; closedAt strictly falling (newest first), lastAccessed before closedAt, unique ids; arXiv abs tabs titled
`[id] …`, OpenReview tabs `… | OpenReview`, Scholar tabs titled with their query);
1772 Angular standalone component (brackets balanced with strings and comments blanked; the interface; @Component
keys selector/standalone/imports/template/styles, an `app-` selector, imports imported; @for with a track on the loop
variable, @if … as, @else / @empty attached to the right block, all closed; template tags nested; pipes' classes in the
component's imports; every name a template expression uses a class member or template variable; session objects with
the interface's keys, weekly rising unique dates, urls and arXiv ids well formed; style braces balanced);
1773 Lume page in Vento (front matter in the YAML subset used, plain scalars that would need quotes reported; layout
.vto and a title; termine with the same keys, weekly rising dates, arxiv ids quoted strings; Vento tags: for … of a
front-matter list, if / else if / else / /if and /for nested, set before use, known filters after `|>`, loop fields
among the list's keys; {{# #}} comments closed; HTML tags nested);
1774 Microsoft Fabric notebook (`# Fabric notebook source`; blocks after `# KIND ********************` markers set off by
blank lines; META lines holding JSON, the notebook's kernel and lakehouse ids; markdown lines `# ` or `#`; every cell
followed by its METADATA with language_group synapse_pyspark; `# MAGIC %%sql` cells sparksql and reading only tables
saved by earlier cells; python cells parsing (ast), the Rows with the same fields, df columns and select()s among them;
the markdown tally re-computed from the Rows);
1775 doccano export (JSONL in json.dumps' layout; keys id, text, url, 来源, label, Comments; ids rising; labels a
non-empty list without repeats from a small label set; url empty or http(s));
1776 GNU units (a pasted terminal; the start-up lines; `You have:` / `You want:` exchanges each answered by tab-indented
`* value` and `/ reciprocal` in %.8g, re-computed (Decimal; space binds tighter than `/`); an empty `You have:` at the
end (Ctrl-D); numbers echoed into the note among units' answers (or twice one); tail ending with the echoed lines).

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


# ================================================================ round175 shape checks
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


# ---------------------------------------------------------------- 1767 PyPy REPL
def check_pypy(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, ver = first_cmd(f, cmds, r"pypy3 --version", "pypy3 --version")
    if m and (len(ver) != 2 or not re.fullmatch(r"Python \d+\.\d+\.\d+ \(\w+, \w{3} +\d+ \d{4}, \d\d:\d\d:\d\d\)", ver[0])
              or not re.fullmatch(r"\[PyPy \d+\.\d+\.\d+ with [^\]]+\]", ver[1])):
        errors.append(f"{f}: pypy3 --version lines"); ver = None
    m, b = first_cmd(f, cmds, r"pypy3", "PyPy REPL")
    if not m: return
    if len(b) < 3 or (ver and b[:2] != [ver[0], ver[1] + " on linux"]) or b[2] != 'Type "help", "copyright", "credits" or "license" for more information.':
        errors.append(f"{f}: the REPL banner is not pypy3 --version's"); return
    steps = steps_of(f, b[3:], ">>>> ", ".... ")
    if not steps or steps[-1] != ("exit()", [], []): errors.append(f"{f}: the REPL does not end with exit()")
    data, saved = None, None
    for src, cont, out in steps:
        if src == "exit()": continue
        if src in ("import json", "from collections import Counter"):
            if out or cont: errors.append(f"{f}: {src} printed {out}")
            continue
        am = re.fullmatch(r"(\w+) = \[", src)
        if am:
            try: data = ast.literal_eval("[" + "\n".join(cont))
            except (ValueError, SyntaxError): errors.append(f"{f}: the list literal does not parse"); return
            name = am[1]
            if not cont or cont[-1] != "]" or any(not c.startswith("    ") for c in cont[:-1]): errors.append(f"{f}: list continuation lines")
            if not data or any(not isinstance(d, dict) or list(d) != list(data[0]) for d in data): errors.append(f"{f}: list items are not dicts with the same keys"); return
            if any(not isinstance(v, str) for d in data for v in d.values()): errors.append(f"{f}: a non-string value")
            if out: errors.append(f"{f}: the assignment printed {out}")
            continue
        if data is None: errors.append(f"{f}: {src[:30]!r} before the list is defined"); continue
        want = None
        if src == f"len({name})": want = [repr(len(data))]
        elif re.fullmatch(rf'Counter\((\w+)\["([^"]+)"\] for \1 in {name}\)', src):
            k = re.fullmatch(rf'Counter\((\w+)\["([^"]+)"\] for \1 in {name}\)', src)[2]
            want = [repr(Counter(d.get(k) for d in data))]
        elif re.fullmatch(rf'\[(\w+)\["([^"]+)"\] for \1 in {name} if not \1\["([^"]+)"\]\]', src):
            _, a, c = re.fullmatch(rf'\[(\w+)\["([^"]+)"\] for \1 in {name} if not \1\["([^"]+)"\]\]', src).groups()
            want = [repr([d.get(a) for d in data if not d.get(c)])]
        elif re.fullmatch(rf"{name}\[(-?\d+)\]", src):
            i = int(re.fullmatch(rf"{name}\[(-?\d+)\]", src)[1])
            want = [repr(data[i])] if -len(data) <= i < len(data) else ["IndexError"]
        elif re.fullmatch(rf'{name}\[(-?\d+)\]\["([^"]+)"\]', src):
            i, k = re.fullmatch(rf'{name}\[(-?\d+)\]\["([^"]+)"\]', src).groups()
            want = [repr(data[int(i)].get(k))] if -len(data) <= int(i) < len(data) else ["IndexError"]
        elif re.fullmatch(rf'for i, (\w+) in enumerate\({name}, 1\): print\(i, \1\["([^"]+)"\]\)', src):
            k = re.fullmatch(rf'for i, (\w+) in enumerate\({name}, 1\): print\(i, \1\["([^"]+)"\]\)', src)[2]
            if cont != [""]: errors.append(f"{f}: a one-line for statement not closed by a bare continuation prompt")
            want = [f"{i} {d.get(k)}" for i, d in enumerate(data, 1)]
        elif re.fullmatch(rf'with open\("([\w.-]+)", "w", encoding="utf-8"\) as f: json\.dump\({name}, f, ensure_ascii=False, indent=(\d+)\)', src):
            wm = re.fullmatch(rf'with open\("([\w.-]+)", "w", encoding="utf-8"\) as f: json\.dump\({name}, f, ensure_ascii=False, indent=(\d+)\)', src)
            if cont != [""]: errors.append(f"{f}: a one-line with statement not closed by a bare continuation prompt")
            saved = (wm[1], len(json.dumps(data, ensure_ascii=False, indent=int(wm[2])).encode()))
            want = []
        else:
            errors.append(f"{f}: unexpected REPL input {src[:40]!r}"); continue
        if out != want: errors.append(f"{f}: {src[:40]!r} answered {out[:1]}, want {want[:1]}")
    if saved:
        m, b = first_cmd(f, cmds, r"wc -c " + re.escape(saved[0]), "wc -c of the dumped file")
        if m and b != [f"{saved[1]} {saved[0]}"]: errors.append(f"{f}: wc -c printed {b}, json.dump gives {saved[1]} bytes")


# ---------------------------------------------------------------- 1768 psql + Apache AGE
def ru_rows(n):
    if n % 10 == 1 and n % 100 != 11: w = "строка"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14: w = "строки"
    else: w = "строк"
    return f"({n} {w})"


def psql_table(f, heads, out, what):
    """psql's aligned output (border 1) for the given column names: returns the rows' cells, checks the layout"""
    if len(out) < 4 or out[-1] != "": errors.append(f"{f}: {what}: no table with a footer and blank line"); return None
    body = out[2:-2]
    cells = []
    for l in body:
        if not l.startswith(" "): errors.append(f"{f}: {what}: row {l[:30]!r}"); return None
        c = l[1:].split(" | ", len(heads) - 1)
        if len(c) != len(heads): errors.append(f"{f}: {what}: a row with {len(c)} cells for {len(heads)} columns"); return None
        cells.append([x.rstrip(" ") if i < len(heads) - 1 else x for i, x in enumerate(c)])
    w = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(heads)]
    head = " " + " | ".join(" " * ((w[i] - len(h)) // 2) + h + " " * ((w[i] - len(h) + 1) // 2) for i, h in enumerate(heads))
    if out[0] != head: errors.append(f"{f}: {what}: the header is not centred over the column widths")
    if out[1] != "-" + "-+-".join("-" * x for x in w) + "-": errors.append(f"{f}: {what}: the dashes do not follow the widths")
    for l, r in zip(body, cells):
        if l != " " + " | ".join(c.ljust(w[i]) if i < len(heads) - 1 else c for i, c in enumerate(r)): errors.append(f"{f}: {what}: a row not padded to the widths")
    if out[-2] != ru_rows(len(cells)): errors.append(f"{f}: {what}: footer {out[-2]!r}, want {ru_rows(len(cells))!r}")
    return cells


def jsonb_order(keys):
    return sorted(keys, key=lambda k: (len(k.encode()), k.encode()))


def agtype(f, s):
    """one agtype cell: '' (NULL), an integer, a JSON string, or a vertex/edge"""
    if s == "": return None
    if re.fullmatch(r"-?\d+", s): return int(s)
    m = re.fullmatch(r"(\{.*\})::(vertex|edge)", s)
    if m:
        try: v = json.loads(m[1])
        except ValueError: errors.append(f"{f}: agtype {m[2]} does not parse"); return None
        want = ["id", "label", "properties"] if m[2] == "vertex" else ["id", "label", "end_id", "start_id", "properties"]
        if list(v) != want: errors.append(f"{f}: {m[2]} keys {list(v)}")
        p = v.get("properties", {})
        if list(p) != jsonb_order(p): errors.append(f"{f}: {m[2]} properties not in jsonb key order")
        rend = "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(x, ensure_ascii=False)}" for k, x in v.items() if k != "properties")
        rend += ', "properties": {' + ", ".join(f"{json.dumps(k)}: {json.dumps(x, ensure_ascii=False)}" for k, x in p.items()) + "}}"
        if rend != m[1]: errors.append(f"{f}: {m[2]} not in agtype's printed layout")
        v["_kind"] = m[2]
        return v
    try: v = json.loads(s)
    except ValueError: errors.append(f"{f}: agtype cell {s[:30]!r}"); return None
    if not isinstance(v, str) or json.dumps(v, ensure_ascii=False) != s: errors.append(f"{f}: agtype string {s[:30]!r}")
    return v


def check_age(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"psql (?:-P pager=off )?-d (\w+)", "psql session")
    if not m: return
    db = m[1]
    if len(b) < 3 or not re.fullmatch(r"psql \(\d+\.\d+[^)]*\)+", b[0]) or b[1] != 'Введите "help", чтобы получить справку.' or b[2] != "":
        errors.append(f"{f}: psql banner (ru locale)"); return
    steps = steps_of(f, b[3:], db + "=# ")
    if not steps or steps[-1] != ("\\q", [], []): errors.append(f"{f}: the psql session does not end with \\q")
    loaded = path = False
    graph, papers, vid_label, edge_ids, n_edges = None, None, set(), set(), None
    for src, _, out in steps:
        if src == "\\q": continue
        if src == "LOAD 'age';":
            loaded = True
            if out != ["LOAD", ""]: errors.append(f"{f}: LOAD printed {out}")
            continue
        if src == 'SET search_path = ag_catalog, "$user", public;':
            path = True
            if out != ["SET", ""]: errors.append(f"{f}: SET printed {out}")
            continue
        cm = re.fullmatch(r"SELECT \* FROM cypher\('(\w+)', \$\$ (.*) \$\$\) AS \((\w+ agtype(?:, \w+ agtype)*)\);", src)
        if not cm: errors.append(f"{f}: unexpected psql input {src[:40]!r}"); continue
        if not (loaded and path): errors.append(f"{f}: a cypher() call before LOAD 'age' and the search_path")
        if graph is None: graph = cm[1]
        elif cm[1] != graph: errors.append(f"{f}: a second graph {cm[1]}")
        cy, heads = cm[2], [c.split()[0] for c in cm[3].split(", ")]
        rets = re.search(r"RETURN (.*?)(?: ORDER BY (.*))?$", cy)
        if not rets or len(rets[1].split(", ")) != len(heads): errors.append(f"{f}: RETURN items and AS columns differ: {cy[:40]!r}"); continue
        cells = psql_table(f, heads, out, cy[:30])
        if cells is None: continue
        vals = [[agtype(f, c) for c in r] for r in cells]
        if rets[2]:
            keys_ = [rets[1].split(", ").index(k) for k in rets[2].split(", ")]
            got = [[r[k] for k in keys_] for r in vals]
            if got != sorted(got, key=lambda r: [(x is None, x) for x in r]): errors.append(f"{f}: rows not in ORDER BY order: {cy[:40]!r}")
        if re.fullmatch(r"MATCH \(p:Paper\) RETURN p\.year, p\.title, p\.url ORDER BY p\.year, p\.title", cy):
            papers = {r[1]: (r[0], r[2]) for r in vals}
            if any(not isinstance(r[0], int) or not isinstance(r[1], str) for r in vals): errors.append(f"{f}: year/title types")
        elif re.fullmatch(r"MATCH \(:Paper\)-\[c:CITES\]->\(:Paper\) RETURN count\(c\)", cy):
            if len(vals) != 1 or not isinstance(vals[0][0], int): errors.append(f"{f}: count(c) is not one integer")
            else: n_edges = vals[0][0]
        elif "RETURN a.title" in cy:
            if papers is None or any(r[0] not in papers for r in vals): errors.append(f"{f}: a citing title not among the papers")
        elif cy.endswith("RETURN p"):
            for (v,) in vals:
                if not isinstance(v, dict) or v.get("_kind") != "vertex" or v.get("label") != "Paper": errors.append(f"{f}: not a Paper vertex"); continue
                p = v["properties"]
                vid_label.add(v["id"] >> 48)
                if papers is None or p.get("title") not in papers or papers[p["title"]] != (p.get("year"), p.get("url")): errors.append(f"{f}: vertex {v['id']} differs from the paper listing")
                wm = re.search(r"WHERE p\.(\w+) IS NOT NULL", cy)
                if wm and p.get(wm[1]) is None: errors.append(f"{f}: a vertex without {wm[1]}")
                if "arxiv" in p and not AXID.fullmatch(str(p["arxiv"])): errors.append(f"{f}: arxiv property {p['arxiv']!r}")
        elif cy.endswith("RETURN c"):
            for (v,) in vals:
                if not isinstance(v, dict) or v.get("_kind") != "edge" or v.get("label") != "CITES": errors.append(f"{f}: not a CITES edge"); continue
                if v["id"] in edge_ids: errors.append(f"{f}: edge {v['id']} twice")
                edge_ids.add(v["id"])
                if v["start_id"] == v["end_id"]: errors.append(f"{f}: a self-citation edge")
                if (v["start_id"] >> 48) not in vid_label or (v["end_id"] >> 48) not in vid_label: errors.append(f"{f}: edge ends are not Paper vertices")
                if v["id"] >> 48 in vid_label or v["id"] >> 48 < 3: errors.append(f"{f}: edge label id {v['id'] >> 48}")
                if n_edges is None or not 1 <= (v["id"] & 0xFFFFFFFFFFFF) <= n_edges: errors.append(f"{f}: edge sequence number beyond count(c)")
        elif re.search(r"MATCH \(r:Resource\) RETURN r\.name, r\.url", cy):
            if any(not isinstance(r[0], str) or not str(r[1]).startswith("http") for r in vals): errors.append(f"{f}: resource rows")
        else:
            errors.append(f"{f}: unknown cypher query {cy[:40]!r}")
    if any(x < 3 for x in vid_label): errors.append(f"{f}: a vertex label id below 3 (1 and 2 are AGE's own)")
    if papers is None: errors.append(f"{f}: no paper listing")


# ---------------------------------------------------------------- 1769 Payload CMS
OID24 = re.compile(r"[0-9a-f]{24}")
PAGING = ["docs", "totalDocs", "limit", "totalPages", "page", "pagingCounter", "hasPrevPage", "hasNextPage", "prevPage", "nextPage"]


def payload_doc(f, d, keys_):
    if keys_ and list(d) != keys_: errors.append(f"{f}: document keys {list(d)}")
    if not OID24.fullmatch(str(d.get("id"))): errors.append(f"{f}: id {d.get('id')!r} is not an ObjectId"); return
    c, u = d.get("createdAt"), d.get("updatedAt")
    if not (isinstance(c, str) and ISO_MS.fullmatch(c) and isinstance(u, str) and ISO_MS.fullmatch(u)) or u < c: errors.append(f"{f}: createdAt/updatedAt of {d['id']}"); return
    ts = int(dt.datetime.strptime(c[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc).timestamp())
    if int(d["id"][:8], 16) != ts: errors.append(f"{f}: ObjectId {d['id']} does not start with createdAt's seconds")
    if d.get("status") not in ("besproken", "gepland"): errors.append(f"{f}: status {d.get('status')!r}")
    if not isinstance(d.get("datum"), str) or not ISO_MS.fullmatch(d["datum"]): errors.append(f"{f}: datum {d.get('datum')!r}")
    if d.get("link") is not None and not re.fullmatch(r"https?://\S+", d["link"]): errors.append(f"{f}: link {d['link']!r}")
    if d.get("arxivId") is not None and not AXID.fullmatch(d["arxivId"]): errors.append(f"{f}: arxivId {d['arxivId']!r}")


def check_payload(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"export TOKEN=\$\(curl -s -X POST (https://[\w.-]+)/api/users/login -H 'Content-Type: application/json' -d .* \| jq -r \.token\)", "login")
    if not m: return
    host = m[1]
    if b: errors.append(f"{f}: the login printed {b}")
    total, limit, keys_, listed, last_date = None, None, None, {}, ""
    for c, b in cmds:
        if not c.startswith("curl") or "/api/users/login" in c: continue
        if '-H "Authorization: JWT $TOKEN"' not in c: errors.append(f"{f}: an API call without the JWT header"); continue
        lm = re.search(re.escape(host) + r"/api/(\w+)\?limit=(\d+)(?:&page=(\d+))?&sort=(\w+)&depth=0'", c)
        gm = re.search(re.escape(host) + r"/api/(\w+)/([0-9a-f]{24}) \| jq$", c)
        if lm and c.endswith("| jq"):
            v = json_exact(f, b, "listing")
            if not v: continue
            if list(v) != PAGING: errors.append(f"{f}: listing keys {list(v)}"); continue
            lim, pg, tot = int(lm[2]), int(lm[3] or 1), v["totalDocs"]
            pages = -(-tot // lim)
            want = {"limit": lim, "totalPages": pages, "page": pg, "pagingCounter": (pg - 1) * lim + 1, "hasPrevPage": pg > 1,
                    "hasNextPage": pg < pages, "prevPage": pg - 1 if pg > 1 else None, "nextPage": pg + 1 if pg < pages else None}
            for k, x in want.items():
                if v[k] != x: errors.append(f"{f}: {k} is {v[k]!r}, want {x!r}")
            docs = v["docs"]
            if len(docs) != max(0, min(lim, tot - (pg - 1) * lim)): errors.append(f"{f}: {len(docs)} docs on page {pg} of {tot}")
            keys_ = keys_ or (list(docs[0]) if docs else None)
            for d in docs:
                payload_doc(f, d, keys_)
                listed[d.get("id")] = d
            ds = [str(d.get(lm[4])) for d in docs]
            if ds != sorted(ds) or (ds and ds[0] < last_date): errors.append(f"{f}: docs not sorted by {lm[4]}")
            if ds: last_date = ds[-1]
            total, limit = tot, lim
        elif lm and "@tsv" in c:
            if total is None: errors.append(f"{f}: @tsv page before the first page"); continue
            pg = int(lm[3] or 1)
            rows = [l.split("\t") for l in b]
            if any(len(r) != 4 for r in rows): errors.append(f"{f}: @tsv rows without four fields"); continue
            if len(rows) != max(0, min(limit, total - (pg - 1) * limit)): errors.append(f"{f}: {len(rows)} rows on page {pg} of {total}")
            for r in rows:
                if not OID24.fullmatch(r[0]) or r[0] in listed: errors.append(f"{f}: row id {r[0]!r}")
                if not dt_ok(r[1], "%Y-%m-%d"): errors.append(f"{f}: row date {r[1]!r}")
                if not (r[3] == "-" or AXID.fullmatch(r[3]) or re.fullmatch(r"https?://\S+", r[3])): errors.append(f"{f}: row link {r[3]!r}")
                listed[r[0]] = {"id": r[0], "datum": r[1], "titel": r[2], "_row": r}
            ds = [r[1] for r in rows]
            if ds != sorted(ds) or (ds and ds[0] < last_date[:10]): errors.append(f"{f}: @tsv rows not in date order after page 1")
        elif gm:
            v = json_exact(f, b, "document")
            if not v: continue
            payload_doc(f, v, keys_)
            row = listed.get(gm[2])
            if v.get("id") != gm[2] or row is None: errors.append(f"{f}: GET of a document not in the listing"); continue
            if row.get("titel") != v.get("titel") or str(row.get("datum"))[:10] != str(v.get("datum"))[:10]: errors.append(f"{f}: the document differs from its listing row")
            if "_row" in row and row["_row"][3] != (v.get("link") or v.get("arxivId") or "-"): errors.append(f"{f}: the row's link column differs from the document")
        else:
            errors.append(f"{f}: an unknown Payload call")
    if total is None: errors.append(f"{f}: no listing")
    elif len(listed) != total: errors.append(f"{f}: {len(listed)} documents seen, totalDocs {total}")


# ---------------------------------------------------------------- 1770 Redpanda rpk
def tabwriter(f, lines, header, what):
    rows = [re.split(r"\s{2,}", l.rstrip()) for l in lines]
    if not rows or rows[0] != header: errors.append(f"{f}: {what} header {rows[:1]}"); return None
    if any(len(r) != len(header) for r in rows): errors.append(f"{f}: {what}: a row without {len(header)} columns"); return None
    w = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for l, r in zip(lines, rows):
        if l != "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip(): errors.append(f"{f}: {what}: columns not aligned as tabwriter pads them")
    return rows[1:]


def check_rpk(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"rpk topic list", "rpk topic list")
    topics = {r[0]: int(r[1]) for r in (tabwriter(f, b, ["NAME", "PARTITIONS", "REPLICAS"], "topic list") or [])} if m else {}
    m, b = first_cmd(f, cmds, r"rpk topic describe (\S+) -p", "rpk topic describe -p")
    parts = {}
    if m:
        if m[1] not in topics: errors.append(f"{f}: describe of a topic not in the list")
        rows = tabwriter(f, b, ["PARTITION", "LEADER", "EPOCH", "REPLICAS", "LOG-START-OFFSET", "HIGH-WATERMARK"], "describe -p") or []
        parts = {int(r[0]): (int(r[4]), int(r[5])) for r in rows}
        if sorted(parts) != list(range(topics.get(m[1], 0))): errors.append(f"{f}: partitions {sorted(parts)} for {topics.get(m[1])} in the list")
        if any(a > z for a, z in parts.values()): errors.append(f"{f}: log start after the high watermark")
    m, b = first_cmd(f, cmds, r"rpk topic consume (\S+) -o start -n (\d+)", "rpk topic consume")
    if not m: return
    recs = jq_values(f, b, "record")
    if len(recs) != int(m[2]): errors.append(f"{f}: {len(recs)} records for -n {m[2]}")
    nxt, ts, vkeys = {p: a for p, (a, z) in parts.items()}, 0, None
    for r in recs:
        if list(r) not in (["topic", "key", "value", "timestamp", "partition", "offset"], ["topic", "value", "timestamp", "partition", "offset"]):
            errors.append(f"{f}: record keys {list(r)}"); continue
        if r["topic"] != m[1]: errors.append(f"{f}: a record of topic {r['topic']}")
        p = r["partition"]
        if p not in nxt: errors.append(f"{f}: record in partition {p}"); continue
        if r["offset"] != nxt[p]: errors.append(f"{f}: offset {r['offset']}, want {nxt[p]}")
        nxt[p] = r["offset"] + 1
        if not isinstance(r["timestamp"], int) or r["timestamp"] < ts or len(str(r["timestamp"])) != 13: errors.append(f"{f}: timestamp {r['timestamp']}")
        ts = r["timestamp"]
        v = compact(f, r["value"], "record value") if isinstance(r["value"], str) else None
        if not isinstance(v, dict): errors.append(f"{f}: a value that is not a JSON object"); continue
        if vkeys and list(v) != vkeys: errors.append(f"{f}: value keys {list(v)}")
        vkeys = vkeys or list(v)
        if v.get("link") is not None and not re.fullmatch(r"https?://\S+", v["link"]): errors.append(f"{f}: value link {v['link']!r}")
    if any(nxt[p] > parts[p][1] for p in parts): errors.append(f"{f}: records consumed beyond the high watermark")
    if parts and int(m[2]) == sum(z - a for a, z in parts.values()) and any(nxt[p] != parts[p][1] for p in parts):
        errors.append(f"{f}: consuming the whole topic does not end at the high watermark")


# ---------------------------------------------------------------- 1771 Tab Wrangler export
TAB_KEYS = {"active", "audible", "autoDiscardable", "discarded", "groupId", "height", "highlighted", "id", "incognito",
            "index", "lastAccessed", "mutedInfo", "pinned", "selected", "status", "title", "url", "width", "windowId"}


def check_tabwrangler(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (JSON.stringify writes none)")
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify's compact layout")
    if not isinstance(v, dict) or list(v) != ["savedTabs", "totalTabsRemoved", "totalTabsUnwrangled", "totalTabsWrangled"]: errors.append(f"{f}: export keys"); return
    tabs = v["savedTabs"]
    if any(not isinstance(v[k], int) or v[k] < 0 for k in list(v)[1:]): errors.append(f"{f}: totals")
    elif not v["totalTabsRemoved"] >= v["totalTabsWrangled"] >= len(tabs) or v["totalTabsUnwrangled"] > v["totalTabsWrangled"]: errors.append(f"{f}: totals do not add up")
    ids, last = set(), None
    for t in tabs:
        ks = list(t)
        if ks[-1:] != ["closedAt"] or ks[:-1] != sorted(ks[:-1]) or not TAB_KEYS <= set(ks) or not set(ks) <= TAB_KEYS | {"favIconUrl", "closedAt"}:
            errors.append(f"{f}: tab keys {ks}"); continue
        if t["id"] in ids: errors.append(f"{f}: tab id {t['id']} twice")
        ids.add(t["id"])
        if last is not None and t["closedAt"] >= last: errors.append(f"{f}: savedTabs not newest-closed first")
        last = t["closedAt"]
        if not t["lastAccessed"] < t["closedAt"]: errors.append(f"{f}: lastAccessed not before closedAt")
        if t["index"] < 0 or t["mutedInfo"] != {"muted": False} or t["status"] != "complete" or t["pinned"]: errors.append(f"{f}: tab fields of {t['id']}")
        u, title = t["url"], t["title"]
        if not re.match(r"(https?|file)://", u): errors.append(f"{f}: tab url {u[:30]!r}")
        am = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})(v\d+)?", u)
        if am and not title.startswith(f"[{am[1]}] "): errors.append(f"{f}: arXiv tab title is not `[{am[1]}] …`")
        if re.match(r"https://openreview\.net/forum\?id=", u) and not title.endswith(" | OpenReview"): errors.append(f"{f}: OpenReview tab title")
        sm = re.match(r"https://scholar\.google\.com/scholar\?(.*)", u)
        if sm:
            qv = dict(parse_qsl(sm[1])).get("q", "")
            if title != f"{qv} - Google Scholar": errors.append(f"{f}: Scholar tab title is not its query")


# ---------------------------------------------------------------- 1772 Angular standalone component
def ts_obj(s):
    """a one-line object literal of single-quoted strings and null: { k: 'v', k: null } -> dict (None if not that)"""
    m = re.fullmatch(r"\{ (.*) \}", s)
    if not m: return None
    parts = re.findall(r"(\w+): ('[^'\\]*'|null)(?:, |$)", m[1])
    if ", ".join(f"{k}: {v}" for k, v in parts) != m[1]: return None
    return {k: None if v == "null" else v[1:-1] for k, v in parts}


def check_angular(f, raw):
    L = text_file(f, raw)
    code = js_code(f, raw)
    if code is None or not balanced(f, code, "the TypeScript"): return
    imported = {}
    for names, mod in re.findall(r"^import \{ ([\w, ]+) \} from '([@\w/.-]+)';$", raw, re.M):
        for n in names.split(", "): imported[n] = mod
    im = re.search(r"^interface (\w+) \{\n((?:  \w+: [^;\n]+;\n)+)\}$", raw, re.M)
    if not im: errors.append(f"{f}: no interface"); return
    fields = re.findall(r"^  (\w+): ", im[2], re.M)
    try: c0 = L.index("@Component({"); c1 = L.index("})", c0)
    except ValueError: errors.append(f"{f}: no @Component({{ … }}) decorator"); return
    if "Component" not in imported or imported.get("Component") != "@angular/core": errors.append(f"{f}: Component not imported from @angular/core")
    dec = L[c0 + 1:c1]
    dkeys = [re.match(r"  (\w+):", l)[1] for l in dec if re.match(r"  \w+:", l)]
    if dkeys != ["selector", "standalone", "imports", "template", "styles"]: errors.append(f"{f}: decorator keys {dkeys}")
    if not any(re.fullmatch(r"  selector: 'app-[a-z]+(?:-[a-z]+)*',", l) for l in dec): errors.append(f"{f}: selector")
    imps = next((re.fullmatch(r"  imports: \[([\w, ]*)\],", l) for l in dec if l.startswith("  imports:")), None)
    comp_imports = [x for x in (imps[1].split(", ") if imps and imps[1] else [])]
    for x in comp_imports:
        if x not in imported: errors.append(f"{f}: {x} in imports but not imported")
    try: t0 = L.index("  template: `", c0); t1 = L.index("  `,", t0)
    except ValueError: errors.append(f"{f}: no inline template"); return
    tpl = L[t0 + 1:t1]
    try: s0 = L.index("  styles: `", t1); s1 = L.index("  `,", s0)
    except ValueError: errors.append(f"{f}: no styles string"); return
    css = "\n".join(L[s0 + 1:s1])
    if css.count("{") != css.count("}"): errors.append(f"{f}: unbalanced braces in the styles")
    body = L[c1 + 1:]
    if not body or not re.fullmatch(r"export class \w+Component \{", body[0]) or body[-1] != "}": errors.append(f"{f}: the class after the decorator"); return
    members = set(re.findall(r"^  (?:private )?(?:readonly )?(\w+)(?:: [^=]+)? = ", "\n".join(body), re.M)) | set(re.findall(r"^  (\w+)\([^)]*\)(?:: [^{]+)? \{$", "\n".join(body), re.M))
    # control flow and tags
    stack, loopvars, html_lines, cf_exprs = [], set(), [], []
    for l in tpl:
        s = l.strip()
        fm = re.fullmatch(r"@for \((\w+) of ([\w.]+(?:\(\))?); track ([\w.]+)\) \{", s)
        im_ = re.fullmatch(r"@if \((.+?)(?:; as (\w+))?\) \{", s)
        if fm:
            stack.append("for"); loopvars.add(fm[1]); cf_exprs.append(fm[2])
            src = fm[2].replace("()", "")
            if src not in members: errors.append(f"{f}: @for over {src}, not a class member")
            if not fm[3].startswith(fm[1] + "."): errors.append(f"{f}: track expression {fm[3]} not on the loop variable")
        elif im_:
            stack.append("if"); cf_exprs.append(im_[1])
            if im_[2]: loopvars.add(im_[2])
        elif s == "} @else {":
            if not stack or stack[-1] != "if": errors.append(f"{f}: @else without @if")
            else: stack[-1] = "else"
        elif s == "} @empty {":
            if not stack or stack[-1] != "for": errors.append(f"{f}: @empty without @for")
            else: stack[-1] = "empty"
        elif s == "}":
            if not stack: errors.append(f"{f}: a closing }} without a block"); return
            stack.pop()
        elif s.startswith("@"): errors.append(f"{f}: unknown control-flow line {s[:30]!r}")
        else: html_lines.append(l)
    if stack: errors.append(f"{f}: template blocks left open {stack}")
    html_ = "\n".join(html_lines)
    html_nesting(f, re.sub(r"\{\{.*?\}\}", "", html_), "template")
    for expr in re.findall(r"\{\{ (.*?) \}\}", html_):
        for pipe in re.findall(r"\| (\w+)", expr):
            want = pipe[0].upper() + pipe[1:] + "Pipe"
            if want not in comp_imports: errors.append(f"{f}: pipe {pipe} used, {want} not in the component's imports")
    exprs = re.findall(r"\{\{ (.*?) \}\}", html_) + re.findall(r'[\[(][\w.]+[\])]="([^"]*)"', html_) + cf_exprs
    for e_ in exprs:
        e2 = re.sub(r"\|\s*\w+(?:\s*:\s*'[^']*')?", "", re.sub(r"'[^']*'", "''", e_))
        for name in re.findall(r"(?<![\w.$])([A-Za-z_]\w*)", e2):
            if name not in loopvars and name not in members and name not in ("true", "false", "null"):
                errors.append(f"{f}: template refers to {name}, not a class member or template variable")
    # the data
    rows = [l.strip().rstrip(",") for l in body if l.startswith("    { date: ")]
    objs = [ts_obj(r) for r in rows]
    if not objs or None in objs: errors.append(f"{f}: a session line is not an object literal of strings and null"); return
    if any(list(o) != fields for o in objs): errors.append(f"{f}: session keys differ from the interface's {fields}")
    ds = [dt_ok(o.get("date"), "%Y-%m-%d") for o in objs]
    if not weekly(ds): errors.append(f"{f}: session dates are not weekly and rising")
    if len({o.get("date") for o in objs}) != len(objs): errors.append(f"{f}: repeated track keys (dates)")
    for o in objs:
        if o.get("url") is not None and not re.fullmatch(r"https?://\S+", o["url"]): errors.append(f"{f}: url {o['url']!r}")
        if o.get("arxivId") is not None and not AXID.fullmatch(o["arxivId"]): errors.append(f"{f}: arxivId {o['arxivId']!r}")


# ---------------------------------------------------------------- 1773 Lume page in Vento
def yaml_scalar(f, s, raw_line):
    if s == "": return None
    if s[0] in "\"'":
        try: return json.loads(s) if s[0] == '"' else s[1:-1]
        except ValueError: errors.append(f"{f}: YAML string {s[:30]!r}"); return s
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s): return dt.date.fromisoformat(s)
    if re.fullmatch(r"-?\d+(\.\d+)?", s): return float(s) if "." in s else int(s)
    if ": " in s or s.endswith(":") or " #" in s: errors.append(f"{f}: a plain YAML scalar that needs quotes: {raw_line.strip()[:40]!r}")
    return s


def front_matter(f, lines):
    """the YAML subset a Lume page's front matter uses here: `key: scalar`, `key:` + `  - scalar` items, or `key:` +
    `  - k: v` / `    k: v` maps"""
    out, cur = {}, None
    for l in lines:
        m0 = re.fullmatch(r"(\w+):(?: (.*))?", l)
        mi = re.fullmatch(r"  - (?:(\w+):(?: (.*))?|(.+))", l)
        mk = re.fullmatch(r"    (\w+):(?: (.*))?", l)
        if m0:
            cur = m0[1]
            if cur in out: errors.append(f"{f}: front matter key {cur} twice")
            out[cur] = yaml_scalar(f, m0[2] or "", l) if m0[2] else []
        elif mi and cur and isinstance(out[cur], list):
            out[cur].append({mi[1]: yaml_scalar(f, mi[2] or "", l)} if mi[1] else yaml_scalar(f, mi[3], l))
        elif mk and cur and isinstance(out[cur], list) and out[cur] and isinstance(out[cur][-1], dict):
            if mk[1] in out[cur][-1]: errors.append(f"{f}: key {mk[1]} twice in an item")
            out[cur][-1][mk[1]] = yaml_scalar(f, mk[2] or "", l)
        else:
            errors.append(f"{f}: front matter line {l[:40]!r}")
    return out


def check_vento(f, raw):
    L = text_file(f, raw)
    if not L or L[0] != "---" or "---" not in L[1:]: errors.append(f"{f}: no front matter"); return
    e = L.index("---", 1)
    fm = front_matter(f, L[1:e])
    if not str(fm.get("layout", "")).endswith(".vto") or not fm.get("title"): errors.append(f"{f}: layout/title")
    items = fm.get("termine")
    if not isinstance(items, list) or not items or any(not isinstance(x, dict) for x in items): errors.append(f"{f}: no termine list"); return
    keys_ = list(items[0])
    if any(list(x) != keys_ for x in items): errors.append(f"{f}: termine with different keys")
    ds = [x.get("datum") if isinstance(x.get("datum"), dt.date) else None for x in items]
    if not weekly(ds): errors.append(f"{f}: termine dates are not weekly and rising")
    for x in items:
        if x.get("link") is not None and not re.fullmatch(r"https?://\S+", str(x["link"])): errors.append(f"{f}: link {x['link']!r}")
        if x.get("arxiv") is not None and not (isinstance(x["arxiv"], str) and AXID.fullmatch(x["arxiv"])): errors.append(f"{f}: arxiv {x['arxiv']!r} (YAML reads an unquoted id as a number)")
    body = "\n".join(L[e + 1:])
    if body.count("{{#") != body.count("#}}"): errors.append(f"{f}: an unclosed {{{{# comment #}}}}")
    body_nc = re.sub(r"\{\{#.*?#\}\}", "", body, flags=re.S)
    names = set(fm) | {"page", "search"}
    stack, loopvars = [], {}
    for tm in re.finditer(r"\{\{ (.*?) \}\}", body_nc):
        t = re.sub(r'"[^"]*"|'"'[^']*'", '""', tm[1])
        local = set(re.findall(r"\((\w+)\) =>|(?<![\w.])(\w+) =>", t) and [a or b for a, b in re.findall(r"\((\w+)\) =>|(?<![\w.])(\w+) =>", t)])
        fo = re.fullmatch(r"for (\w+) of (\w+)", t)
        if fo:
            if fo[2] not in names: errors.append(f"{f}: for over {fo[2]}, not in the page data")
            stack.append("for"); loopvars[fo[1]] = fo[2]; continue
        if t.startswith("if "): stack.append("if"); continue
        if t == "else" or t.startswith("else if "):
            if not stack or stack[-1] != "if": errors.append(f"{f}: {t} outside an if")
            continue
        if t in ("/for", "/if"):
            if not stack or stack.pop() != t[1:]: errors.append(f"{f}: {{{{ {t} }}}} does not close the open block"); return
            continue
        sm = re.fullmatch(r"set (\w+) = (.*)", t)
        if sm:
            for ref in re.findall(r"(?<![\w.])([a-zA-Z]\w*)\.", sm[2]):
                if ref not in names and ref not in local: errors.append(f"{f}: set uses {ref}, not defined")
            names.add(sm[1]); continue
        for pipe in re.findall(r"\|> (\w+)", t):
            if pipe not in ("date", "md", "url", "htmlUrl"): errors.append(f"{f}: unknown filter {pipe}")
        for ref, fld in re.findall(r"(?<![\w.])([a-zA-Z]\w*)\.(\w+)", t):
            if ref in loopvars:
                if fld not in keys_: errors.append(f"{f}: {ref}.{fld} is not a key of {loopvars[ref]}")
            elif ref not in names: errors.append(f"{f}: {ref} is not defined")
        for ref in re.findall(r"(?<![\w.\"'])([a-zA-Z]\w*)\[", t):
            if ref not in names: errors.append(f"{f}: {ref} is not defined")
    if stack: errors.append(f"{f}: Vento blocks left open {stack}")
    html_nesting(f, re.sub(r"\{\{.*?\}\}", "X", body_nc), "page body")


# ---------------------------------------------------------------- 1774 Microsoft Fabric notebook
MARK = re.compile(r"# (METADATA|MARKDOWN|CELL|PARAMETERS CELL) \*{20}")


def check_fabric(f, raw):
    L = text_file(f, raw)
    if L[:2] != ["# Fabric notebook source", ""]: errors.append(f"{f}: no `# Fabric notebook source` line"); return
    blocks, cur = [], None
    for n, l in enumerate(L[2:], 3):
        m = MARK.fullmatch(l)
        if m: cur = [m[1], []]; blocks.append(cur)
        elif l.startswith("# ") and l.endswith("*" * 20): errors.append(f"{f}: a malformed marker on line {n}")
        elif cur is None: errors.append(f"{f}: text before the first marker"); return
        else: cur[1].append(l)
    for j, (kind, lines) in enumerate(blocks):
        if not lines or lines[0] != "" or (j < len(blocks) - 1 and (len(lines) < 2 or lines[-1] != "")): errors.append(f"{f}: a {kind} block not set off by blank lines")
    if not blocks or blocks[0][0] != "METADATA": errors.append(f"{f}: no notebook METADATA first"); return
    metas = []
    for kind, lines in blocks:
        if kind == "METADATA":
            body = [l for l in lines if l]
            if any(not (l == "# META" or l.startswith("# META ")) for l in body): errors.append(f"{f}: a METADATA line without `# META`"); metas.append(None); continue
            try: metas.append(json.loads("\n".join(l[7:] for l in body)))
            except ValueError: errors.append(f"{f}: META JSON does not parse"); metas.append(None)
    nb = metas[0] or {}
    lh = (nb.get("dependencies") or {}).get("lakehouse") or {}
    if (nb.get("kernel_info") or {}).get("name") != "synapse_pyspark": errors.append(f"{f}: kernel_info")
    uu = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    if lh and (not re.fullmatch(uu, str(lh.get("default_lakehouse"))) or not re.fullmatch(uu, str(lh.get("default_lakehouse_workspace_id")))
               or {"id": lh.get("default_lakehouse")} not in lh.get("known_lakehouses", [])): errors.append(f"{f}: lakehouse ids")
    tables, cols, rows, mi = set(), [], None, 1
    for i, (kind, lines) in enumerate(blocks[1:], 1):
        content = lines[1:-1] if len(lines) > 1 and lines[-1] == "" else lines[1:]
        if kind == "MARKDOWN":
            if any(not (l == "#" or l.startswith("# ")) for l in content): errors.append(f"{f}: a markdown line without `# `")
        elif kind == "CELL":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if not nxt or nxt[0] != "METADATA": errors.append(f"{f}: a cell without its METADATA block"); continue
            meta = metas[[j for j, b in enumerate(blocks) if b[0] == "METADATA"].index(i + 1)] or {}
            if meta.get("language_group") != "synapse_pyspark": errors.append(f"{f}: language_group")
            if content and all(l.startswith("# MAGIC") for l in content):
                if content[0] != "# MAGIC %%sql" or meta.get("language") != "sparksql": errors.append(f"{f}: a magic cell that is not %%sql / sparksql")
                sql = "\n".join(l[8:] for l in content[1:])
                for t in re.findall(r"\bFROM (\w+)", sql):
                    if t not in tables: errors.append(f"{f}: SQL reads {t}, not saved by an earlier cell")
                for c in re.findall(r"SELECT (.*?)(?:,|\n)", sql):
                    if c.split()[0] not in cols and "(" not in c: errors.append(f"{f}: SQL column {c.split()[0]} not a Row field")
            else:
                if meta.get("language") != "python": errors.append(f"{f}: a python cell with language {meta.get('language')}")
                try: tree = ast.parse("\n".join(content))
                except SyntaxError as ex: errors.append(f"{f}: a python cell does not parse: {ex}"); continue
                tables |= set(re.findall(r'saveAsTable\("(\w+)"\)', "\n".join(content)))
                for node in ast.walk(tree):
                    if isinstance(node, ast.Assign) and isinstance(node.value, ast.List) and node.value.elts and all(
                            isinstance(e, ast.Call) and getattr(e.func, "id", "") == "Row" for e in node.value.elts):
                        rows = [[(k.arg, ast.literal_eval(k.value)) for k in e.keywords] for e in node.value.elts]
                        cols = [k for k, _ in rows[0]]
                        if any([k for k, _ in r] != cols for r in rows): errors.append(f"{f}: Rows with different fields")
                        if any(not (v is None or isinstance(v, str)) for r in rows for _, v in r): errors.append(f"{f}: a Row value that is not a string or None")
                for a in re.findall(r"\bdf\.(\w+)\b(?!\()", "\n".join(content)):
                    if a not in cols and a not in ("write", "filter", "select"): errors.append(f"{f}: df.{a} is not a Row field")
                for a in re.findall(r'\.select\(([^)]*)\)', "\n".join(content)):
                    for c in re.findall(r'"(\w+)"', a):
                        if c not in cols: errors.append(f"{f}: select of {c}, not a Row field")
        elif kind == "METADATA" and i > 0 and blocks[i - 1][0] != "CELL": errors.append(f"{f}: a METADATA block not after a cell")
    if rows is None: errors.append(f"{f}: no list of Rows"); return
    st = [dict(r).get("statut") for r in rows]
    tally = next((l for kind, lines in blocks if kind == "MARKDOWN" for l in lines if "entrées dans la table" in l), None)
    want = f"# - {len(rows)} entrées dans la table, dont {st.count('lu')} lues, {st.count('en cours')} en cours et {st.count('à lire')} à lire."
    if tally != want: errors.append(f"{f}: the tally {tally!r} is not the Rows' ({want!r})")
    if any(s not in ("lu", "en cours", "à lire") for s in st): errors.append(f"{f}: an unknown statut")


# ---------------------------------------------------------------- 1775 doccano export
def check_doccano(f, raw):
    L = text_file(f, raw)
    last, labels = 0, set()
    for n, l in enumerate(L, 1):
        try: v = json.loads(l)
        except ValueError: errors.append(f"{f}: line {n} is not JSON"); continue
        if json.dumps(v, ensure_ascii=False) != l: errors.append(f"{f}: line {n} is not json.dumps' layout")
        if not isinstance(v, dict) or list(v) != ["id", "text", "url", "来源", "label", "Comments"]: errors.append(f"{f}: line {n} keys"); continue
        if not isinstance(v["id"], int) or v["id"] <= last: errors.append(f"{f}: ids not rising at line {n}")
        last = v["id"] if isinstance(v["id"], int) else last
        if not isinstance(v["text"], str) or not v["text"].strip(): errors.append(f"{f}: empty text at line {n}")
        if v["url"] and not re.fullmatch(r"https?://\S+", v["url"]): errors.append(f"{f}: url at line {n}")
        lab = v["label"]
        if not isinstance(lab, list) or not lab or len(set(lab)) != len(lab) or any(not isinstance(x, str) or not x for x in lab): errors.append(f"{f}: labels at line {n}")
        else: labels |= set(lab)
        if not isinstance(v["Comments"], list) or any(not isinstance(x, str) for x in v["Comments"]): errors.append(f"{f}: Comments at line {n}")
        if not re.fullmatch(r"周报第\d+期", str(v["来源"])): errors.append(f"{f}: 来源 at line {n}")
    if len(labels) > 12: errors.append(f"{f}: {len(labels)} labels; a classification project has a small label set")


# ---------------------------------------------------------------- 1776 GNU units
UNITS = {"km": (Decimal(1000), (1, 0, 0)), "m": (Decimal(1), (1, 0, 0)), "mm": (Decimal("0.001"), (1, 0, 0)), "cm": (Decimal("0.01"), (1, 0, 0)),
         "inch": (Decimal("0.0254"), (1, 0, 0)), "miles": (Decimal("1609.344"), (1, 0, 0)), "liter": (Decimal("0.001"), (3, 0, 0)),
         "s": (Decimal(1), (0, 1, 0)), "min": (Decimal(60), (0, 1, 0)), "h": (Decimal(3600), (0, 1, 0)), "hours": (Decimal(3600), (0, 1, 0)),
         "terabyte": (Decimal(8) * Decimal(10) ** 12, (0, 0, 1)), "megabit": (Decimal(10) ** 6, (0, 0, 1))}


def u_mul(a, b, sign=1):
    return (a[0] * b[0] if sign == 1 else a[0] / b[0]), tuple(x + sign * y for x, y in zip(a[1], b[1]))


def u_eval(expr):
    """GNU units' grammar as far as this session types it (space binds tighter than `/`; `*` and `/` left to right;
    `a / (b)`; `a + b` of one dimension)"""
    if " + " in expr:
        ps = [u_eval(p) for p in expr.split(" + ")]
        if any(p is None or p[1] != ps[0][1] for p in ps): return None
        return sum(p[0] for p in ps), ps[0][1]
    m = re.fullmatch(r"(.*) / \((.*)\)", expr)
    if m:
        a, b = u_eval(m[1]), u_eval(m[2])
        return None if a is None or b is None else u_mul(a, b, -1)
    toks = re.split(r"\s*([*/])\s*", expr)
    val = None
    for op, t in zip(["*"] + toks[1::2], toks[0::2]):
        fac = (Decimal(1), (0, 0, 0))
        for tok in t.split():
            if re.fullmatch(r"\d+(\.\d+)?", tok): x = (Decimal(tok), (0, 0, 0))
            elif tok in UNITS: x = UNITS[tok]
            else: return None
            fac = u_mul(fac, x)
        val = fac if val is None else u_mul(val, fac, 1 if op == "*" else -1)
    return val


def check_units(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"units", "units session")
    if not m: return
    if len(b) < 4 or not re.fullmatch(r"Currency exchange rates from .+ on \d{4}-\d\d-\d\d ?", b[0]) or not re.fullmatch(r"\d+ units, \d+ prefixes, \d+ nonlinear units", b[1]) or b[2] != "":
        errors.append(f"{f}: units start-up lines"); return
    rest, answers = b[3:], []
    if rest[-1:] != ["You have: "]: errors.append(f"{f}: the session does not end on an empty `You have:` (Ctrl-D)"); return
    rest = rest[:-1]
    if len(rest) % 4: errors.append(f"{f}: units exchanges are not have/want/*//"); return
    for i in range(0, len(rest), 4):
        h, w, s1, s2 = rest[i:i + 4]
        if not h.startswith("You have: ") or not w.startswith("You want: "): errors.append(f"{f}: exchange {i // 4 + 1} prompts"); continue
        a, t = u_eval(h[10:]), UNITS.get(w[10:])
        if a is None or t is None or a[1] != t[1]: errors.append(f"{f}: cannot convert {h[10:]!r} to {w[10:]!r}"); continue
        r = a[0] / t[0]
        want = ["\t* " + "%.8g" % float(r), "\t/ " + "%.8g" % float(1 / r)]
        if [s1, s2] != want: errors.append(f"{f}: {h[10:]!r} -> {w[10:]!r} answered {s1.strip()!r} {s2.strip()!r}, want {want[0].strip()!r} {want[1].strip()!r}")
        answers.append(r)
    echoed = []
    for c, b2 in cmds:
        em = re.fullmatch(r"echo '([^']*)' >> ([\w.-]+)", c)
        if em:
            echoed.append(em[1])
            if b2: errors.append(f"{f}: echo printed {b2}")
            for x in re.findall(r"(?<![\d.])\d+\.\d+(?![\d.])", em[1]):
                if not any(Decimal(x) == Decimal("%.8g" % float(a)) or Decimal(x) == 2 * Decimal("%.8g" % float(a)) for a in answers):
                    errors.append(f"{f}: {x} in the note is none of units' answers")
    tm = [(c, b2) for c, b2 in cmds if re.fullmatch(r"tail -n (\d+) [\w.-]+", c)]
    if tm:
        n = int(tm[-1][0].split()[2])
        if len(tm[-1][1]) != n or tm[-1][1][-len(echoed):] != echoed: errors.append(f"{f}: tail does not end with the echoed lines")


def shape_checks(f, raw, path):
    n = num(f)
    {1767: check_pypy, 1768: check_age, 1769: check_payload, 1770: check_rpk, 1771: check_tabwrangler,
     1772: check_angular, 1773: check_vento, 1774: check_fabric, 1775: check_doccano,
     1776: check_units}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone; the JSON strings of 1771 (the whole file) and 1775 (each line), of every JSON value
    printed in 1769 and 1770 (jq's and rpk's pretty blocks), of 1770's record values (JSON inside a JSON string) and of
    1768's agtype vertices and edges; 1771's URLs with their query strings unquoted"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) == 1771:
        try: vals = [json.loads(raw)]
        except ValueError: pass
        forms += [unquote_plus(x) for x in re.findall(r"https?://[^\s\"]+", raw) if unquote_plus(x) != x]
    if num(f) == 1775:
        for l in raw.split("\n"):
            try: vals.append(json.loads(l))
            except ValueError: pass
    if num(f) == 1768:
        for m in re.finditer(r"(\{.*\})::(?:vertex|edge)", raw):
            try: vals.append(json.loads(m[1]))
            except ValueError: pass
    if num(f) in (1769, 1770):
        cur = []
        for l in raw.split("\n"):
            if l == "{" and not cur: cur = [l]
            elif cur:
                cur.append(l)
                if l == "}":
                    try: vals.append(json.loads("\n".join(cur)))
                    except ValueError: pass
                    cur = []
    if num(f) == 1770:
        for v in list(vals):
            if isinstance(v, dict) and isinstance(v.get("value"), str):
                try: vals.append(json.loads(v["value"]))
                except ValueError: pass
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
# round174's and round175's, a byte-identical file counted once), and the round174/round175 split (candidates sorted by
# (uses, catalogue title); round175 = odd positions from 3 on, one unbroken run; round174 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P174S = ["/work/rounds/digests-round174/expected.json", "/work/main/tests/data/digests-round174/expected.json"]
P174 = next((p for p in P174S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P174S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round174", "digests-round175") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round175 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r174 = set()
if P174:
    try:
        r174 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P174)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P174} exists but could not be read (being written?)")
    if r174 & mine: errors.append(f"papers also in round174: {sorted(r174 & mine)}")
shared174 = len(r174 & mine) if P174 else "(no round174 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round175 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round174: {shared174}; papers in more than one round175 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


