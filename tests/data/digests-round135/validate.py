#!/usr/bin/env python3
r"""Checks round135/expected.json against the digests and the shared catalogues.

Adapted from round133/validate.py (the label checks are the same code; the reuse report is round133's with round134 /
round135 in place of round132 / round133: round135 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round134's and round135's own (a
digests-round134 / digests-round135 folder, or a file whose bytes equal round134's or round135's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round135 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round134's expected.json (read only, from /work/rounds/digests-round134/ or
/work/main/tests/data/digests-round134/, when it exists), and on a paper in more than one round135 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1367 the Haskell string literals of pandoc's
native output (decimal escapes and `\&` undone); 1370 db_dump's key / value lines with their `\xx` escapes undone (as
UTF-8, the 0x1f separators as new lines); 1371 the request URIs with `+` and percent-escapes undone; 1373 every JSON
string of the cat / jq output and of the curl -d payloads; 1374 the parameter tuples and reprs (ast.literal_eval);
everything: HTML / XML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1367 pandoc (prompts; `pandoc --version | head -1` answering `pandoc N.N…`; the native output parses as Haskell values,
is pure ASCII, every string a valid `show` (decimal escapes, `\&` exactly before a digit after a numeric escape), is
laid out as the native writer's 72-column rule gives (flat when it fits, arguments two columns right of the
constructor, `[ ` / `, ` / `]` otherwise), has one block per Markdown block with the same words in the same order
(Str / Space / SoftBreak / Link / Emph / Code text = the Markdown's text with its syntax stripped), link targets = the
Markdown's URLs in order, header ids = pandoc's auto identifiers);
1368 pydoc (`Python Library Documentation: module X in Y`; sections NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA,
VERSION, AUTHOR, FILE in pydoc's order, bodies indented four columns with blank lines inside written as four spaces
(pydoc's indent()), a blank line after each section; the class tree sorted and equal to the class blocks; class lines
behind ` |  ` (blank ones exactly ` |  `), 70-dash rules; functions sorted; DATA lines `NAME = repr` cut at 70 columns
with `...`; the FILE path = the module's name as a path);
1369 osqueryi (banner; `osquery>` / `    ...>` prompts; pretty tables: rules, header, widths = the widest cell in code
points, cells left-aligned; the file listing in mtime order with valid datetimes; where_from rows ordered by the file
name's bytes, every name one of the listing's; agent counts summing to at most the listing; `.exit`);
1370 db_dump (`file`'s Berkeley DB line; the VERSION=3 / format=print / type=btree / db_pagesize / HEADER=END header; key
and value lines each behind one space, only printable ASCII, `\\` and lower-case `\xx` escapes, decoding to UTF-8;
keys strictly increasing in byte order; every record six 0x1f-separated fields; DATA=END; the Perl one-liner's lines =
the non-`_` keys in order with their tags field);
1371 uWSGI (the start-up lines; then request lines, Flask log lines and one traceback after `ERROR in app`; per-worker
and global request counters each going up by one; pids of spawned workers; ctime dates valid (weekday) and not going
back; every Flask line no later than the next request line; a views line right before every POST; URIs without raw
non-ASCII or spaces; the traceback's last line an exception);
1372 atuin (list lines `time<TAB>exit<TAB>duration<TAB>command`, times valid and increasing, durations atuin-shaped; the
full-text search output = the listed commands holding the query that exited 0, in order);
1373 Hasura (cat / jq . output = the two-space jq layout; run_sql answer TuplesOk, the header row = the SQL's select
list, values strings or null, ids increasing; jq -c lines compact with the GraphQL selection's keys in order and
integer ids; the error object's statement = the failing payload's SQL; payloads parse);
1374 SQLAlchemy REPL (banner, prompts, `exit()`; log lines `date,ms INFO sqlalchemy.engine.Engine …` not going back;
multi-line SQL with a trailing space before each new line; a parameter line after each statement with as many values
as `?`; the printed rows = len(rows); the GROUP BY counts = the printed rows plus the insert for the four topics; the
refresh SELECT's parameter = the printed id; `cached since` = the seconds since the statement was first generated);
1375 mblaze (mscan lines = the mshow blocks: date, sender padded to 17 display columns, thread dots, subject; headers
From / Subject / To / [Cc] / Date with a valid RFC 2822 date; a multipart's text/plain size = the text's bytes;
every quoted line a line of an earlier message);
1376 ffprobe (per input `Input #0, demuxers, from 'name':`; metadata keys padded to 16 columns with continuations under
an empty key; `Duration: HH:MM:SS.cc, start: …, bitrate: …`; streams numbered from 0; DAR = W:H reduced (SAR 1:1);
stream kb/s summing to at most the total).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, html, json, math, os, re, sys, unicodedata
import datetime as dt
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


def cmd_out(f, cmds, rx):
    hits = [(c, o) for c, o in cmds if re.fullmatch(rx, c)]
    if not hits: errors.append(f"{f}: no command matching {rx!r}"); return None, []
    return hits[0]


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def py_strs(v):
    if isinstance(v, str): return [v]
    if isinstance(v, (list, tuple)): return [s for i in v for s in py_strs(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in py_strs(k) + py_strs(i)]
    return []


# ---------------------------------------------------------------- Haskell values (pandoc native)
HS_TOK = re.compile(r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<int>-?\d+)|(?P<name>[A-Z][A-Za-z0-9]*)|(?P<p>[\[\](),]))')


def hs_unescape(lit):
    """a Haskell string literal's text; raises ValueError on a bad escape"""
    body, out, i = lit[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c != "\\": out.append(c); i += 1; continue
        n = body[i + 1] if i + 1 < len(body) else ""
        if n.isdigit():
            m = re.match(r"\d+", body[i + 1:]); out.append(chr(int(m.group()))); i += 1 + m.end(); continue
        if n == "&": i += 2; continue
        if n in '"\\': out.append(n); i += 2; continue
        if n == "n": out.append("\n"); i += 2; continue
        raise ValueError(f"escape \\{n}")
    return "".join(out)


def hs_show(s):
    r, prev_num = ['"'], False
    for ch in s:
        o = ord(ch)
        if prev_num and ch.isdigit() and o < 128: r.append("\\&")
        prev_num = False
        if ch == '"': r.append('\\"')
        elif ch == "\\": r.append("\\\\")
        elif ch == "\n": r.append("\\n")
        elif o > 126 or o < 32: r.append(f"\\{o}"); prev_num = True
        else: r.append(ch)
    return "".join(r) + '"'


class HsStr(str):
    pass


def hs_parse(text):
    toks, pos = [], 0
    while pos < len(text):
        m = HS_TOK.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip() == "": break
            raise ValueError(f"bad token at {pos}: {text[pos:pos + 20]!r}")
        toks.append((m.lastgroup, m.group(m.lastgroup))); pos = m.end()
    i = 0

    def val():
        nonlocal i
        kind, t = toks[i]
        if kind == "str": i += 1; return HsStr(hs_unescape(t)), t
        if kind == "int": i += 1; return int(t), t
        if kind == "name":
            i += 1; args = []
            while i < len(toks):
                k2, t2 = toks[i]
                if k2 == "p" and t2 in ",])": break
                if k2 == "name": args.append((t2,)); i += 1; continue
                args.append(val()[0])
            return (t, *args), None
        if t in "[(":
            close, items = "]" if t == "[" else ")", []
            i += 1
            while toks[i][1] != close:
                items.append(val()[0])
                if toks[i][1] == ",": i += 1
                elif toks[i][1] != close: raise ValueError("list / tuple syntax")
            i += 1
            return (items if close == "]" else ("__tuple__", *items)), None
        raise ValueError(f"unexpected {t!r}")
    v = val()[0]
    if i != len(toks): raise ValueError("trailing tokens")
    return v


def hs_is_ctor(v):
    return isinstance(v, tuple) and v and v[0] != "__tuple__"


def hs_flat(v):
    if isinstance(v, str): return hs_show(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "[]" if not v else "[ " + " , ".join(hs_flat(x) for x in v) + " ]"
    if hs_is_ctor(v): return " ".join([v[0]] + [hs_flat(x) for x in v[1:]])
    return "( " + " , ".join(hs_flat(x) for x in v[1:]) + " )"


def hs_render(v, col):
    f = hs_flat(v)
    items = v[1:] if isinstance(v, tuple) else None
    atomic = isinstance(v, tuple) and all(not isinstance(x, (list, tuple)) or (hs_is_ctor(x) and len(x) == 1) for x in items)
    if col + len(f) <= 72 or not isinstance(v, (list, tuple)) or atomic: return f
    pad = " " * col
    if isinstance(v, list):
        return "[ " + ("\n" + pad + ", ").join(hs_render(x, col + 2) for x in v) + "\n" + pad + "]"
    if hs_is_ctor(v):
        return v[0] + "".join("\n" + " " * (col + 2) + hs_render(x, col + 2) for x in v[1:])
    return "( " + ("\n" + pad + ", ").join(hs_render(x, col + 2) for x in items) + "\n" + pad + ")"


def hs_text(inl):
    """the visible text of a list of inlines, and the link targets in order"""
    out, links = [], []
    for x in inl:
        k = x[0]
        if k == "Str": out.append(x[1])
        elif k in ("Space", "SoftBreak"): out.append(" ")
        elif k == "Code": out.append(x[2])
        elif k == "Emph": t, l = hs_text(x[1]); out.append(t); links += l
        elif k == "Link": t, l = hs_text(x[2]); out.append(t); links += l + [x[3][1]]
        else: raise ValueError(f"inline {k}")
    return "".join(out), links


def md_text(s):
    links = []

    def link(m): links.append(m.group(2)); return m.group(1)

    def auto(m): links.append(m.group(1)); return m.group(1)
    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", link, s)
    s = re.sub(r"<(https?://[^>\s]+)>", auto, s)
    s = re.sub(r"\*([^*]+)\*", r"\1", s)
    s = re.sub(r"`([^`]+)`", r"\1", s)
    return re.sub(r"\s+", " ", s), links


def pandoc_ident(text):
    s = re.sub(r"[^\w\s.-]", "", text.lower())
    s = re.sub(r"\s+", "-", s.strip())
    return re.sub(r"^[\W\d_]+", "", s)


def check_pandoc(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"pandoc --version \| head -1")
    if c is not None and (len(out) != 1 or not re.fullmatch(r"pandoc \d+(\.\d+)+", out[0])): errors.append(f"{f}: pandoc --version line")
    c, md = cmd_out(f, cmds, r"cat (\S+\.md)")
    c2, nat = cmd_out(f, cmds, r"pandoc -f markdown -t native (\S+\.md)")
    if c is None or c2 is None: return
    if c.split()[-1] != c2.split()[-1]: errors.append(f"{f}: pandoc reads another file than the one shown")
    ntext = "\n".join(nat)
    if any(ord(ch) > 126 for ch in ntext): errors.append(f"{f}: raw non-ASCII in the native output (show escapes it)")
    for lit in re.findall(r'"(?:[^"\\]|\\.)*"', ntext):
        try:
            if hs_show(hs_unescape(lit)) != lit: errors.append(f"{f}: string literal not as show writes it: {lit[:40]}")
        except ValueError as ex: errors.append(f"{f}: bad string literal {lit[:30]} ({ex})")
    try: ast_ = hs_parse(ntext)
    except (ValueError, IndexError) as ex: errors.append(f"{f}: the native output does not parse: {ex}"); return
    if hs_render(ast_, 0) != ntext: errors.append(f"{f}: the native output is not laid out by the 72-column rule")
    blocks = [b for b in "\n".join(md).split("\n\n") if b.strip()]
    if len(blocks) != len(ast_): errors.append(f"{f}: {len(ast_)} native blocks for {len(blocks)} Markdown blocks"); return
    for b, v in zip(blocks, ast_):
        try:
            lines = b.split("\n")
            if v[0] == "Header":
                m = re.fullmatch(r"(#+) (.*)", b)
                want, wl = md_text(m.group(2)) if m else ("", [])
                got, gl = hs_text(v[3])
                if not m or v[1] != len(m.group(1)): errors.append(f"{f}: header level for {b[:30]!r}")
                if v[2][1] != pandoc_ident(m.group(2) if m else ""): errors.append(f"{f}: header id {v[2][1]!r} (pandoc makes {pandoc_ident(m.group(2) if m else '')!r})")
                pairs = [(want, wl, got, gl)]
            elif v[0] in ("BulletList", "OrderedList"):
                items = v[-1]
                if len(items) != len(lines): errors.append(f"{f}: {len(items)} list items for {len(lines)} lines"); continue
                pairs = []
                for l, it in zip(lines, items):
                    mm = re.fullmatch(r"(?:- |\d+\. )(.*)", l)
                    if not mm or it[0][0] != "Plain": errors.append(f"{f}: list item {l[:30]!r}"); continue
                    pairs.append((*md_text(mm.group(1)), *hs_text(it[0][1])))
            elif v[0] == "Para":
                pairs = [(*md_text(b), *hs_text(v[1]))]
            else:
                errors.append(f"{f}: block {v[0]}"); continue
            for want, wl, got, gl in pairs:
                if want != got: errors.append(f"{f}: native text {got[:40]!r} differs from the Markdown's {want[:40]!r}")
                if wl != gl: errors.append(f"{f}: link targets {gl} differ from the Markdown's {wl}")
        except (IndexError, TypeError, AttributeError) as ex:
            errors.append(f"{f}: unexpected native structure ({ex!r})")


# ---- 1368 pydoc
PD_SECTIONS = ["NAME", "DESCRIPTION", "PACKAGE CONTENTS", "SUBMODULES", "CLASSES", "FUNCTIONS", "DATA", "VERSION", "DATE", "AUTHOR", "CREDITS", "FILE"]


def check_pydoc(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"python3 -m pydoc ([\w.]+) \| cat")
    if c is None: return
    mod = c.split()[3]
    pkg = mod.rsplit(".", 1)[0] if "." in mod else None
    if not out or out[0] != f"Python Library Documentation: module {mod}" + (f" in {pkg}" if pkg else ""): errors.append(f"{f}: the first help line"); return
    if out[1:2] != [""] or out[-1:] != [""]: errors.append(f"{f}: blank lines around the help text")
    secs, cur = [], None
    for l in out[2:]:
        if l and not l.startswith(" "):
            if l not in PD_SECTIONS: errors.append(f"{f}: not a pydoc section {l!r}"); return
            cur = (l, []); secs.append(cur)
        elif cur is None: errors.append(f"{f}: text before the first section"); return
        else: cur[1].append(l)
    names = [s for s, _ in secs]
    if names != sorted(names, key=PD_SECTIONS.index) or len(set(names)) != len(names): errors.append(f"{f}: sections out of pydoc's order: {names}")
    if names[:1] != ["NAME"] or names[-1:] != ["FILE"]: errors.append(f"{f}: NAME first and FILE last")
    body = dict(secs)
    for s, b in secs:
        if not b or b[-1] != "" or (len(b) > 1 and b[-2] == ""): errors.append(f"{f}: section {s} not followed by one blank line")
        for l in b[:-1]:
            if l == "": errors.append(f"{f}: section {s}: an empty line inside (pydoc's indent writes four spaces)"); break
            if not l.startswith("    "): errors.append(f"{f}: section {s}: line not indented by four: {l[:30]!r}"); break
    if not body.get("NAME", [""])[0].startswith(f"    {mod} - "): errors.append(f"{f}: NAME line")
    if body.get("FILE", [""])[0].strip().replace("/", ".")[:-3].split(".")[-len(mod.split(".")):] != mod.split(".") or not body["FILE"][0].endswith(".py"):
        errors.append(f"{f}: FILE path does not end in the module's path")
    cl = body.get("CLASSES", [])
    tree = []
    i = 0
    if cl[:1] != ["    builtins.object"]: errors.append(f"{f}: class tree root")
    i = 1
    while i < len(cl) and re.fullmatch(r"        \w+", cl[i]): tree.append(cl[i].strip()); i += 1
    if tree != sorted(tree): errors.append(f"{f}: class tree not sorted")
    blocks = [m.group(1) for l in cl for m in [re.fullmatch(r"    class (\w+)\(builtins\.object\)", l)] if m]
    if blocks != tree: errors.append(f"{f}: class blocks {blocks} differ from the tree {tree}")
    inclass = False
    for l in cl[i:-1]:
        if re.fullmatch(r"    class \w+\(builtins\.object\)", l): inclass = True; continue
        if l == "    ": inclass = False; continue
        if inclass and not (l == "     |  " or (l.startswith("     |  ") and l[8:9] != "" and not l.endswith(" "))):
            errors.append(f"{f}: class line {l[:40]!r} (gutter ` |  `, blank gutter lines exactly ` |  `)")
        if inclass and l.startswith("     |  -") and l != "     |  " + "-" * 70: errors.append(f"{f}: a rule that is not 70 dashes")
    fn = [m.group(1) for l in body.get("FUNCTIONS", []) for m in [re.fullmatch(r"    (\w+)\(.*\)(?: -> \w+)?", l)] if m]
    if fn != sorted(fn): errors.append(f"{f}: functions not sorted: {fn}")
    for l in body.get("DATA", [])[:-1]:
        m = re.fullmatch(r"    (\w+) = (.*)", l)
        if not m: errors.append(f"{f}: DATA line {l!r}"); continue
        full = len(l) - 4
        if full > 73 or (full > 70 and not l.endswith("...")): errors.append(f"{f}: DATA line not cut at 70 columns: {l!r}")
    dn = [l.split()[0] for l in body.get("DATA", [])[:-1] if l.strip()]
    if dn != sorted(dn): errors.append(f"{f}: DATA names not sorted")


# ---- 1369 osqueryi
def os_table(f, L, i):
    """a pretty table starting at L[i]; returns (header, rows, next index)"""
    rule = L[i] if i < len(L) else ""
    if not re.fullmatch(r"\+(-+\+)+", rule): errors.append(f"{f}: a table rule expected at line {i}: {rule[:30]!r}"); return None, [], i + 1
    w = [len(x) - 2 for x in rule[1:-1].split("+")]
    def cells(l):
        if not (l.startswith("| ") and l.endswith(" |")): raise ValueError(l)
        parts, pos = [], 1
        for x in w:
            c = l[pos:pos + x + 2]
            if len(c) != x + 2 or c[0] != " " or c[-1] != " ": raise ValueError(l)
            parts.append(c[1:-1].rstrip()); pos += x + 3
            if l[pos - 1] != "|": raise ValueError(l)
        if pos != len(l): raise ValueError(l)
        return parts
    try:
        hdr = cells(L[i + 1])
        if L[i + 2] != rule: raise ValueError("rule")
        rows, j = [], i + 3
        while L[j] != rule: rows.append(cells(L[j])); j += 1
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: a malformed table near line {i} ({str(ex)[:40]!r})"); return None, [], i + 1
    want = [max([len(h)] + [len(r[k]) for r in rows]) for k, h in enumerate(hdr)]
    if want != w: errors.append(f"{f}: table widths {w} (the widest cells make {want})")
    return hdr, rows, j + 1


def check_osquery(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"osqueryi")
    if c is None: return
    if out[:1] != ["Using a virtual database. Need help, type '.help'"]: errors.append(f"{f}: osqueryi's banner")
    qs, i = [], 1
    while i < len(out):
        l = out[i]
        if l == "osquery> .exit":
            if i != len(out) - 1: errors.append(f"{f}: text after .exit")
            break
        if not l.startswith("osquery> "): errors.append(f"{f}: expected a query at {l[:30]!r}"); return
        q = l[9:]; i += 1
        while i < len(out) and out[i].startswith("    ...> "): q += " " + out[i][9:]; i += 1
        if not q.endswith(";"): errors.append(f"{f}: a query without ';'")
        hdr, rows, i = os_table(f, out, i)
        qs.append((q, hdr, rows))
    else:
        errors.append(f"{f}: no .exit")
    if len(qs) < 3: errors.append(f"{f}: {len(qs)} queries"); return
    (q1, h1, r1), (q2, h2, r2), (q3, h3, r3) = qs[:3]
    if h1 != ["filename", "size", "mtime"] or h2 != ["filename", "where_from"] or h3 != ["agent", "files"]: errors.append(f"{f}: table headers"); return
    times = []
    for r in r1:
        try: times.append(dt.datetime.strptime(r[2], "%Y-%m-%d %H:%M:%S"))
        except ValueError: errors.append(f"{f}: mtime {r[2]!r}")
        if not r[1].isdigit(): errors.append(f"{f}: size {r[1]!r}")
    if times != sorted(times): errors.append(f"{f}: the listing is not in mtime order")
    names = {r[0] for r in r1}
    if any(r[0] not in names for r in r2): errors.append(f"{f}: a where_from row for a file not listed")
    if [r[0].encode() for r in r2] != sorted(r[0].encode() for r in r2): errors.append(f"{f}: where_from rows not ordered by file name")
    if sum(int(r[1]) for r in r3) > len(r1) or [int(r[1]) for r in r3] != sorted((int(r[1]) for r in r3), reverse=True): errors.append(f"{f}: agent counts")
    m = re.search(r"directory = '([^']+)'", q1)
    if not m or any(f"directory = '{m.group(1)}'" not in q for q, _, _ in qs[1:3]): errors.append(f"{f}: the queries read different directories")


# ---- 1370 db_dump
def dbd_unescape(s):
    b, i = bytearray(), 0
    while i < len(s):
        if s[i] == "\\":
            if s[i + 1:i + 2] == "\\": b.append(0x5c); i += 2; continue
            h = s[i + 1:i + 3]
            if not re.fullmatch(r"[0-9a-f]{2}", h): raise ValueError(f"escape \\{h}")
            x = int(h, 16)
            if 0x20 <= x <= 0x7e and x != 0x5c: raise ValueError(f"printable byte escaped \\{h}")
            b.append(x); i += 3; continue
        if not 0x20 <= ord(s[i]) <= 0x7e: raise ValueError(f"raw byte {s[i]!r}")
        b += s[i].encode(); i += 1
    return bytes(b)


def dbd_items(out):
    try:
        a, b = out.index("HEADER=END"), out.index("DATA=END")
    except ValueError:
        return None, []
    return out[:a + 1], out[a + 1:b]


def check_dbdump(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"file (\S+\.db)")
    if c is not None and out != [f"{c.split()[1]}: Berkeley DB (Btree, version 9, native byte-order)"]: errors.append(f"{f}: file's answer")
    c2, out2 = cmd_out(f, cmds, r"db_dump -p (\S+\.db)")
    if c2 is None: return
    hdr, kv = dbd_items(out2)
    if hdr != ["VERSION=3", "format=print", "type=btree", "db_pagesize=4096", "HEADER=END"]: errors.append(f"{f}: db_dump header {hdr}")
    if not out2 or out2[-1] != "DATA=END": errors.append(f"{f}: DATA=END not last")
    if len(kv) % 2: errors.append(f"{f}: an odd number of key / value lines"); return
    keys_, recs = [], []
    for j in range(0, len(kv), 2):
        try:
            if not kv[j].startswith(" ") or not kv[j + 1].startswith(" "): raise ValueError("no leading space")
            k, v = dbd_unescape(kv[j][1:]), dbd_unescape(kv[j + 1][1:])
            k.decode("utf-8"); v = v.decode("utf-8")
        except (ValueError, UnicodeDecodeError) as ex:
            errors.append(f"{f}: record {j // 2 + 1}: {ex}"); continue
        keys_.append(k); recs.append((k.decode(), v))
    if keys_ != sorted(keys_) or len(set(keys_)) != len(keys_): errors.append(f"{f}: keys not strictly increasing in byte order")
    for k, v in recs:
        if not k.startswith("_") and len(v.split("\x1f")) != 6: errors.append(f"{f}: record {k}: {len(v.split(chr(31)))} fields (6 wanted)")
    c3, out3 = cmd_out(f, cmds, r"perl -MDB_File .*")
    if c3 is not None:
        want = [f"{k}\t{v.split(chr(31))[3]}" for k, v in recs if not k.startswith("_") and len(v.split("\x1f")) == 6]
        if out3 != want: errors.append(f"{f}: the Perl one-liner's lines differ from the dump's keys / tags")


# ---- 1371 uWSGI
UW_REQ = re.compile(r"\[pid: (\d+)\|app: 0\|req: (\d+)/(\d+)\] (\d+\.\d+\.\d+\.\d+) \(\) \{(\d+) vars in (\d+) bytes\} "
                    r"\[(\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})\] (GET|POST|PUT|DELETE|HEAD) (\S+) => generated (\d+) bytes in (\d+) msecs "
                    r"\(HTTP/1\.[01] (\d{3})\) (\d+) headers in (\d+) bytes \((\d+) switches on core 0\)")
UW_APP = re.compile(r"\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3})\] (DEBUG|INFO|WARNING|ERROR|CRITICAL) in (\w+): (.+)")


def check_uwsgi(f, raw):
    L = lines_of(f, raw)
    m0 = re.fullmatch(r"\*\*\* Starting uWSGI (\d+\.\d+\.\d+) \(64bit\) on \[(.+)\] \*\*\*", L[0]) if L else None
    if not m0: errors.append(f"{f}: the start line"); return
    try:
        last = dt.datetime.strptime(m0.group(2), "%a %b %d %H:%M:%S %Y")
    except ValueError: errors.append(f"{f}: the start date"); return
    workers, master, i = {}, None, 1
    while i < len(L) and not L[i].startswith("[pid: "):
        m = re.fullmatch(r"spawned uWSGI worker (\d+) \(pid: (\d+), cores: 1\)", L[i])
        if m: workers[m.group(2)] = int(m.group(1))
        m = re.fullmatch(r"spawned uWSGI master process \(pid: (\d+)\)", L[i])
        if m: master = m.group(1)
        i += 1
    if not workers or master is None: errors.append(f"{f}: no spawned master / workers"); return
    if f"WSGI app 0 (mountpoint='') ready in 1 seconds on interpreter " not in "\n".join(L[:i]): errors.append(f"{f}: no `WSGI app 0 … ready` line")
    per, g, pend, in_tb, tb_lines, pend_views = Counter(), 0, [], False, [], False
    app_last = None
    for l in L[i:]:
        if in_tb:
            tb_lines.append(l)
            if re.fullmatch(r"\w+(Error|Exception)?: .*", l) and not l.startswith(" "): in_tb = False
            elif not (l.startswith("  ") or l == "Traceback (most recent call last):"): errors.append(f"{f}: a traceback line {l[:40]!r}"); in_tb = False
            continue
        m = UW_REQ.fullmatch(l)
        if m:
            pid, w_n, g_n = m.group(1), int(m.group(2)), int(m.group(3))
            if pid not in workers: errors.append(f"{f}: request by pid {pid}, not a spawned worker")
            per[pid] += 1; g += 1
            if w_n != per[pid] or g_n != g: errors.append(f"{f}: req: {w_n}/{g_n} (want {per[pid]}/{g})")
            try:
                t = dt.datetime.strptime(m.group(7), "%a %b %d %H:%M:%S %Y")
                if t.strftime("%a") != m.group(7)[:3]: raise ValueError
            except ValueError: errors.append(f"{f}: request date {m.group(7)!r}"); continue
            if t < last: errors.append(f"{f}: request date goes back at {m.group(7)}")
            last = t
            for a in pend:
                if a > t: errors.append(f"{f}: an app line later than the request that follows it")
            if m.group(8) == "POST" and not (pend and pend_views): errors.append(f"{f}: a POST without the app's views line before it")
            if re.search(r"[^\x21-\x7e]", m.group(9)): errors.append(f"{f}: a URI with raw non-ASCII or spaces")
            if m.group(12) not in ("200", "201", "204", "301", "302", "304", "400", "403", "404", "409", "500"): errors.append(f"{f}: status {m.group(12)}")
            pend, pend_views = [], False
            continue
        m = UW_APP.fullmatch(l)
        if m:
            a = dt.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S")
            if app_last and a < app_last: errors.append(f"{f}: app log time goes back")
            if a < last: errors.append(f"{f}: an app line earlier than the request before it")
            app_last = a
            pend.append(a); pend_views = m.group(4) == "views"
            if m.group(3) == "ERROR" and m.group(4) == "app": in_tb = True; tb_lines = []
            continue
        if l == "Traceback (most recent call last):" and in_tb: continue
        errors.append(f"{f}: not a uWSGI / app line: {l[:50]!r}")
    if pend: errors.append(f"{f}: app lines after the last request")
    if in_tb: errors.append(f"{f}: a traceback without its exception line")


# ---- 1372 atuin
def atuin_dur_ok(s):
    return re.fullmatch(r"\d{1,3}ms|[1-5]?\d s|[1-9]\d*m [1-5]?\ds".replace(" s", "s"), s) is not None


def check_atuin(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r'atuin history list --cwd --format "\{time\}\\t\{exit\}\\t\{duration\}\\t\{command\}"')
    c2, out2 = cmd_out(f, cmds, r'atuin search --search-mode full-text --cwd \. --exit 0 --format "\{time\}\\t\{command\}" (\S+)')
    if c is None or c2 is None: return
    rows, last = [], None
    for l in out:
        p = l.split("\t", 3)
        if len(p) != 4: errors.append(f"{f}: list line {l[:40]!r}"); continue
        try: t = dt.datetime.strptime(p[0], "%Y-%m-%d %H:%M:%S")
        except ValueError: errors.append(f"{f}: time {p[0]!r}"); continue
        if last and t <= last: errors.append(f"{f}: times not increasing at {p[0]}")
        last = t
        if not re.fullmatch(r"\d{1,3}", p[1]): errors.append(f"{f}: exit {p[1]!r}")
        if not atuin_dur_ok(p[2]): errors.append(f"{f}: duration {p[2]!r}")
        rows.append(p)
    q = c2.split()[-1]
    want = [f"{p[0]}\t{p[3]}" for p in rows if p[1] == "0" and q in p[3]]
    if out2 != want: errors.append(f"{f}: the search output is not the listed commands holding {q!r} that exited 0")


# ---- 1373 Hasura
def check_hasura(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"cat (\S+\.json)")
    if c is None: return
    try:
        q1 = json.loads("\n".join(out))
        if json.dumps(q1, ensure_ascii=False, indent=2) != "\n".join(out): errors.append(f"{f}: the body file is not in the two-space layout")
    except ValueError: errors.append(f"{f}: the body file is not JSON"); return
    c2, out2 = cmd_out(f, cmds, r'curl -s -H "X-Hasura-Admin-Secret: \$HASURA_ADMIN_SECRET" -d @(\S+\.json) https://[\w.-]+/v2/query \| jq \.')
    if c2 is None: return
    if c2.split("-d @")[1].split()[0] != c.split()[1]: errors.append(f"{f}: curl sends another file than the one shown")
    try:
        r1 = json.loads("\n".join(out2))
        if json.dumps(r1, ensure_ascii=False, indent=2) != "\n".join(out2): errors.append(f"{f}: jq . output not in jq's layout")
    except ValueError: errors.append(f"{f}: the run_sql answer is not JSON"); return
    if list(r1) != ["result_type", "result"] or r1["result_type"] != "TuplesOk": errors.append(f"{f}: run_sql answer keys / result_type")
    sql = q1.get("args", {}).get("sql", "")
    m = re.match(r"SELECT (.+?) FROM", sql)
    hdr = r1["result"][0] if r1.get("result") else []
    if not m or [x.strip() for x in m.group(1).split(",")] != hdr: errors.append(f"{f}: the header row {hdr} is not the SQL's select list")
    ids = []
    for row in r1.get("result", [])[1:]:
        if len(row) != len(hdr) or any(not (x is None or isinstance(x, str)) for x in row): errors.append(f"{f}: a run_sql row not of strings / nulls: {row[:2]}")
        elif row[0] is not None and row[0].isdigit(): ids.append(int(row[0]))
    if ids != sorted(set(ids)): errors.append(f"{f}: ids not increasing")
    c3, out3 = cmd_out(f, cmds, r"""curl -s -H "X-Hasura-Admin-Secret: \$HASURA_ADMIN_SECRET" https://[\w.-]+/v1/graphql -d '(.+)' \| jq -c '\.data\.(\w+)\[\]'""")
    if c3 is not None:
        pl = re.search(r"-d '(.+)' \| jq", c3).group(1)
        try:
            gq = json.loads(pl)["query"]
            sel = re.search(r"\{ ([\w ]+) \} \}$", gq).group(1).split()
        except (ValueError, KeyError, AttributeError): errors.append(f"{f}: the GraphQL payload"); sel = []
        for l in out3:
            try: o = json.loads(l)
            except ValueError: errors.append(f"{f}: jq -c line not JSON"); continue
            if json.dumps(o, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}: jq -c line not compact")
            if list(o) != sel: errors.append(f"{f}: GraphQL keys {list(o)} (selection {sel})")
            if not isinstance(o.get("id"), int) or isinstance(o.get("id"), bool): errors.append(f"{f}: GraphQL id not an integer")
    fails = [(cm, o) for cm, o in cmds if "/v2/query -d '" in cm]
    for cm, o in fails:
        try:
            pl = json.loads(re.search(r"-d '(.+)' \| jq \.$", cm).group(1))
            r = json.loads("\n".join(o))
        except (ValueError, AttributeError): errors.append(f"{f}: the failing run_sql payload / answer"); continue
        if json.dumps(r, ensure_ascii=False, indent=2) != "\n".join(o): errors.append(f"{f}: error answer not in jq's layout")
        if list(r) != ["code", "error", "internal", "path"] or r["internal"].get("statement") != pl["args"]["sql"]: errors.append(f"{f}: the error answer's keys / statement")


# ---- 1374 SQLAlchemy
SA_LOG = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) INFO sqlalchemy\.engine\.Engine (.*)")


def check_sqlalchemy(f, raw):
    L = lines_of(f, raw)
    if len(L) < 3 or not re.fullmatch(r"Python 3\.\d+\.\d+ \(main, .+\) \[GCC [\d.]+\] on linux", L[0]) or L[1] != 'Type "help", "copyright", "credits" or "license" for more information.':
        errors.append(f"{f}: the REPL banner"); return
    if L[-1] != ">>> exit()": errors.append(f"{f}: does not end with exit()")
    last, stmt, stmts, i = None, None, {}, 2
    printed, out_blocks, cur = [], [], None
    while i < len(L):
        l = L[i]
        m = SA_LOG.fullmatch(l)
        if l.startswith(">>> ") or l.startswith("... "):
            cur = (l[4:], []); out_blocks.append(cur); i += 1; continue
        if m:
            t = dt.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S") + dt.timedelta(milliseconds=int(m.group(2)))
            if last and t < last: errors.append(f"{f}: log time goes back at {m.group(1)}")
            last = t
            msg = m.group(3)
            pm = re.fullmatch(r"\[(generated in \d\.\d{5}s|cached since ([\d.]+)s ago)\] (.*)", msg)
            if pm:
                if stmt is None: errors.append(f"{f}: a parameter line without a statement"); i += 1; continue
                try: params = ast.literal_eval(pm.group(3))
                except (ValueError, SyntaxError): errors.append(f"{f}: parameters {pm.group(3)[:30]!r}"); params = ()
                if not isinstance(params, tuple) or len(params) != stmt[0].count("?"): errors.append(f"{f}: {len(params) if isinstance(params, tuple) else '?'} parameters for {stmt[0].count('?')} placeholders")
                if pm.group(1).startswith("generated"):
                    stmts.setdefault(stmt[0], stmt[1])
                else:
                    t0 = stmts.get(stmt[0])
                    if t0 is None: errors.append(f"{f}: cached statement never generated")
                    elif f"{(stmt[1] - t0).total_seconds():.4g}" != pm.group(2): errors.append(f"{f}: cached since {pm.group(2)}s (the log says {(stmt[1] - t0).total_seconds():.4g})")
                if cur is not None: cur[1].append(("params", params))
                stmt = None; i += 1; continue
            sql = [msg]; i += 1
            while i < len(L) and re.match(r"(FROM|WHERE|ORDER BY|GROUP BY|LIMIT|JOIN) ", L[i]):
                if not sql[-1].endswith(" "): errors.append(f"{f}: no trailing space before the new SQL line {L[i][:20]!r}")
                sql.append(L[i]); i += 1
            if len(sql) > 1 and sql[-1].endswith(" "): errors.append(f"{f}: a trailing space on the SQL's last line")
            if msg in ("BEGIN (implicit)", "COMMIT", "ROLLBACK"): continue
            stmt = ("\n".join(sql), t)
            continue
        if cur is None: errors.append(f"{f}: output before any input"); i += 1; continue
        cur[1].append(("out", l)); i += 1
    if stmt is not None: errors.append(f"{f}: a statement without its parameter line")
    # cross-checks: len(rows), the printed rows, the refresh id, the GROUP BY counts
    def outs(k): return [x for c, o in out_blocks if c.startswith(k) for t, x in o if t == "out"]
    n = outs("len(rows)")
    rows = [l.split(" | ") for c, o in out_blocks if c.startswith("for p in rows") for t, l in o if t == "out"]
    rows += [l.split(" | ") for c, o in out_blocks if c == "" for t, l in o if t == "out"]
    if not n or not n[0].isdigit() or int(n[0]) != len(rows): errors.append(f"{f}: len(rows) {n[:1]} but {len(rows)} rows printed")
    pid = outs("p.id")
    ref = [x for c, o in out_blocks if c == "p.id" for t, x in o if t == "params"]
    if not pid or not ref or ref[0] != (int(pid[0]),): errors.append(f"{f}: the refresh SELECT's parameter is not the printed id")
    q = [c for c, o in out_blocks if c.startswith("q = select(")]
    ins = [x for c, o in out_blocks if c.startswith("s.add(p)") for t, x in o if t == "params"]
    gb = outs("s.execute(text(")
    try:
        topics = ast.literal_eval(re.search(r"in_\((\[.*?\])\)", q[0]).group(1))
        counts = dict(ast.literal_eval(gb[0]))
        byid = {}
        for c, o in out_blocks:
            pass
        want = Counter()
        # each printed row's topic is not printed; the GROUP BY must at least hold the listed rows plus the insert
        tot = sum(counts.get(t, 0) for t in topics)
        if tot != len(rows) + len(ins): errors.append(f"{f}: GROUP BY counts for the queried topics ({tot}) != printed rows + inserts ({len(rows) + len(ins)})")
        if [k.encode() for k in counts] != sorted(k.encode() for k in counts): errors.append(f"{f}: GROUP BY result not in byte order")
    except (IndexError, AttributeError, ValueError, SyntaxError, TypeError) as ex:
        errors.append(f"{f}: the select / GROUP BY cross-check ({ex!r})")


# ---- 1375 mblaze
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_mblaze(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"mscan")
    if c is None: return
    shows = [(int(cm.split()[1]), o) for cm, o in cmds if re.fullmatch(r"mshow \d+", cm)]
    if len(shows) != len(out) or [n for n, _ in shows] != list(range(1, len(out) + 1)): errors.append(f"{f}: mshow blocks do not match the mscan lines")
    earlier = set()
    for line, (n, o) in zip(out, shows):
        m = re.fullmatch(r"  (\d+) +(\d{4}-\d\d-\d\d) (.+?)(\.*)(\S.*)", line)
        if not m or int(m.group(1)) != n or line[2:6] != f"{n:<3} ": errors.append(f"{f}: mscan line {line[:30]!r}"); continue
        hdr, j = {}, 0
        while j < len(o) and o[j] != "":
            hm = re.fullmatch(r"(From|Subject|To|Cc|Date): (.+)", o[j])
            if not hm: errors.append(f"{f}: message {n}: header {o[j][:30]!r}"); break
            hdr[hm.group(1)] = hm.group(2); j += 1
        if list(hdr) not in (["From", "Subject", "To", "Date"], ["From", "Subject", "To", "Cc", "Date"]): errors.append(f"{f}: message {n}: headers {list(hdr)}"); continue
        try:
            d = dt.datetime.strptime(hdr["Date"], "%a, %d %b %Y %H:%M:%S %z")
            if d.strftime("%a, %d %b %Y %H:%M:%S %z") != hdr["Date"]: raise ValueError
        except ValueError: errors.append(f"{f}: message {n}: Date {hdr['Date']!r}"); continue
        name = hdr["From"].split(" <")[0]
        sender = line[17:17 + len(name)]
        if m.group(2) != f"{d:%Y-%m-%d}": errors.append(f"{f}: message {n}: mscan date")
        if sender != name or dwidth(name) > 17 or line[17 + len(name):17 + len(name) + 17 - dwidth(name) + 1].strip() != "":
            errors.append(f"{f}: message {n}: sender not padded to 17 columns")
        rest = line[17 + len(name) + max(0, 17 - dwidth(name)) + 1:]
        if rest != "." * (n - 1) + hdr["Subject"]: errors.append(f"{f}: message {n}: mscan subject / thread dots {rest[:30]!r}")
        body = o[j + 1:]
        parts = [k for k, l in enumerate(body) if re.fullmatch(r"--- \d+: [\w.+-]+/[\w.+-]+ size=\d+(?: name=\"[^\"]+\")? ---", l)]
        if parts:
            tm = [k for k in parts if "text/plain" in body[k]]
            if not tm: errors.append(f"{f}: message {n}: a multipart without text/plain")
            else:
                k = tm[0]; nxt = next((p for p in parts if p > k), len(body))
                text = "\n".join(body[k + 1:nxt]) + "\n"
                if text.endswith("\n\n"): text = text[:-1]
                if int(re.search(r"size=(\d+)", body[k]).group(1)) != len(text.encode()): errors.append(f"{f}: message {n}: text/plain size is not the text's bytes")
        for l in body:
            if l.startswith(">"):
                q = l[2:] if l.startswith("> ") else l[1:]
                if q and q not in earlier: errors.append(f"{f}: message {n}: quoted line not in an earlier message: {q[:30]!r}")
        earlier |= {l for l in body if not l.startswith(">")}


# ---- 1376 ffprobe
def check_ffprobe(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r'for f in \*; do ffprobe -hide_banner "\$f"; done')
    if c is None: return
    blocks = []
    for l in out:
        if l.startswith("Input #0, "): blocks.append([l])
        elif not blocks: errors.append(f"{f}: text before the first Input line"); return
        else: blocks[-1].append(l)
    if len(blocks) < 3: errors.append(f"{f}: {len(blocks)} inputs")
    for b in blocks:
        if not re.fullmatch(r"Input #0, [\w,]+, from '[^']+':", b[0]): errors.append(f"{f}: input line {b[0][:40]!r}")
        streams, prev_key, total, kbs = 0, None, None, 0
        for l in b[1:]:
            if re.fullmatch(r"(  |    )Metadata:", l): prev_key = None; continue
            mm = re.fullmatch(r"( {4}| {6})(.{16}): (.*)", l)
            if mm:
                k = mm.group(2)
                if k.strip() == "":
                    if prev_key is None: errors.append(f"{f}: a continuation line without a key")
                elif k != f"{k.strip():<16}" or " " in k.strip(): errors.append(f"{f}: metadata key {k!r} not padded to 16")
                else: prev_key = k
                continue
            mm = re.fullmatch(r"( {4}| {6})(\w{17,}): (.*)", l)
            if mm: prev_key = mm.group(2); continue
            dm = re.fullmatch(r"  Duration: (\d\d):([0-5]\d):([0-5]\d)\.(\d\d), (?:start: \d+\.\d{6}, )?bitrate: (\d+ kb/s|N/A)", l)
            if dm: total = int(dm.group(5).split()[0]) if dm.group(5) != "N/A" else None; prev_key = None; continue
            sm = re.fullmatch(r"  Stream #0:(\d+)(?:\[0x[0-9a-f]+\])?(?:\(\w{3}\))?: (Video|Audio): (.+)", l)
            if sm:
                if int(sm.group(1)) != streams: errors.append(f"{f}: stream #0:{sm.group(1)} out of order")
                streams += 1; prev_key = None
                r = re.search(r"(\d+)x(\d+) \[SAR 1:1 DAR (\d+):(\d+)\]", sm.group(3))
                if r:
                    w, h, a, d = map(int, r.groups()); g = math.gcd(w, h)
                    if (a, d) != (w // g, h // g): errors.append(f"{f}: DAR {a}:{d} for {w}x{h}")
                for x in re.findall(r"(\d+) kb/s", sm.group(3)): kbs += int(x)
                continue
            errors.append(f"{f}: not an ffprobe line: {l[:50]!r}")
        if total is not None and kbs > total: errors.append(f"{f}: streams' kb/s {kbs} above the total {total}")
        if not any(l.startswith("  Duration: ") for l in b): errors.append(f"{f}: an input without a Duration line")
        if streams == 0: errors.append(f"{f}: an input without streams")


def shape_checks(f, raw, path):
    n = num(f)
    {1367: check_pandoc, 1368: check_pydoc, 1369: check_osquery, 1370: check_dbdump, 1371: check_uwsgi,
     1372: check_atuin, 1373: check_hasura, 1374: check_sqlalchemy, 1375: check_mblaze, 1376: check_ffprobe}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1367: forms.append("\n".join(hs_unescape(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"', raw) if "\\" in x))
    if n == 1370:
        ss = []
        for l in raw.split("\n"):
            if l.startswith(" "):
                try: ss.append(dbd_unescape(l[1:]).decode("utf-8").replace("\x1f", "\n"))
                except (ValueError, UnicodeDecodeError): pass
        forms.append("\n".join(ss))
    if n == 1371: forms.append("\n".join(unquote_plus(m) for m in re.findall(r"\] (?:GET|POST|PUT|DELETE|HEAD) (\S+) =>", raw)))
    if n == 1373:
        ss, cur = [], []
        for l in raw.split("\n") + [""]:
            if l.startswith("{") and l.endswith("}") and not cur:
                try: ss += json_strings(json.loads(l))
                except ValueError: pass
                continue
            if l in ("{", "[") or cur:
                cur.append(l)
                if l in ("}", "]"):
                    try: ss += json_strings(json.loads("\n".join(cur)))
                    except ValueError: pass
                    cur = []
            for pl in re.findall(r"-d '(\{.+?\})'", l):
                try: ss += json_strings(json.loads(pl))
                except ValueError: pass
        forms.append("\n".join(ss))
    if n == 1374:
        ss = []
        for l in raw.split("\n"):
            m = re.search(r"\] (\(.*\))$", l)
            c = m.group(1) if m else (l if l[:1] in "'[(" else None)
            if c:
                try: ss += py_strs(ast.literal_eval(c))
                except (ValueError, SyntaxError): pass
        forms.append("\n".join(ss))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
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
# round134's and round135's, a byte-identical file counted once), and the round134/round135 split (candidates sorted by
# (uses, catalogue title); round135 = odd positions from 3 on, one unbroken run; round134 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P134S = ["/work/rounds/digests-round134/expected.json", "/work/main/tests/data/digests-round134/expected.json"]
P134 = next((p for p in P134S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P134S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round134", "digests-round135") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round135 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r134 = set()
if P134:
    try:
        r134 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P134)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P134} exists but could not be read (being written?)")
    if r134 & mine: errors.append(f"papers also in round134: {sorted(r134 & mine)}")
shared134 = len(r134 & mine) if P134 else "(no round134 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:98s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round135 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round134: {shared134}; papers in more than one round135 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

