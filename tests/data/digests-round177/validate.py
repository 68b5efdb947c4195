r"""Checks round177/expected.json against the digests and the shared catalogues.

Adapted from round175/validate.py (the label checks are the same code; the reuse report is round175's with round176 /
round177 in place of round174 / round175: round177 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round176's and round177's own (a digests-round176 /
digests-round177 folder, or a file whose bytes equal round176's or round177's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round177 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round176's expected.json (read only, from /work/rounds/digests-round176/ or
/work/main/tests/data/digests-round176/, when it exists), and on a paper in more than one round177 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML entities undone; the JSON strings of 1794 (the whole
file), of the JSON printed by jq in 1790 and of the rendered values in 1793 (then HTML-unescaped); 1790's page URLs
percent-decoded; the SQL strings of 1789 and the M strings of 1795 with their doubled quotes undone. Titles are matched
after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as
a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1787 GNU ed (a pasted terminal ending on a bare prompt; `ed -p '*' FILE` printing the byte count of the buffer its
first `,n` lists; every later command replayed on that buffer — searches forward/backward with wrap-around, `?` and
`h`'s `No match` for a failed one, `s///` with its p flag, `a`/`i`/`c` input closed by a lone `.`, `g/re/n`, `$=`,
`w` printing the buffer's UTF-8 byte count, `q` (a `?` first when unsaved) — each answer compared; `grep -c` on the
saved file re-counted);
1788 clingo (a pasted terminal; `cat` of the program: statements split at their dots, comments and strings kept
apart, every statement a known fact or one of the schedule's rules; `clingo FILE`: version, `Reading from FILE`,
`Solving...`, `Answer: 1`, the shown (week,"title","person") terms covering every week and every paper once and
satisfying every rule (presenters at most max_por_pessoa times, never two weeks running, unavailable weeks, the
preferred paper's presenter, the depois orders), SATISFIABLE, the statistics block with `Models : 1+`; `clingo FILE
0 -q`: the model count re-computed (paper orders x presenter sequences));
1789 DB Browser for SQLite export (BEGIN TRANSACTION; … COMMIT;; CREATE TABLE IF NOT EXISTS in DB4S's tab layout,
commas, PRIMARY KEY AUTOINCREMENT, FOREIGN KEY to an earlier table; the tables before the inserts; INSERTs table by
table with the table's column list, values parsed (strings with '' doubled, NULL, integers) and checked against the
column types, NOT NULL, UNIQUE, CHECK lists and DEFAULTs, rising ids, foreign keys pointing at inserted rows; the index
on an existing column; links, arXiv ids, years, weekly session dates);
1790 Semantic MediaWiki ask API (a pasted terminal; curl -G calls to one wiki's api.php with action=ask and
format=json; the jq output in jq's layout: query-continue-offset (present exactly when more results follow, equal to
offset + count) and query with printrequests (the page column, then one per `?property`, label and key as the query
writes them), results keyed by fulltext in printrequest order, fullurl as MediaWiki encodes the title, one namespace a
prefix, typed printouts (_txt, _uri, _wpg pages, _dat dates whose raw and UTC timestamp agree), serializer, version
2, meta count/offset; results sorted by the sort property; the @tsv page at the previous continue offset, in date
order after it, no page twice);
1791 GNOME Planner (XML declaration; libxml2's two-space indent by depth; project attributes and children in
Planner's order; the calendar's day types, default week and working intervals; task attributes in Planner's order;
each leaf task's start at its predecessors' end (or the project start), work-start the next working minute, end the
work laid over the calendar; summary tasks spanning their children with summed work and work-weighted
percent-complete; milestones without work at their predecessor's end; predecessor and allocation references);
1792 Blazor component (@page first, directives before the markup; @foreach / @if / else headers each followed by a
`{` line and closed; HTML nesting with Razor expressions blanked; every `@name` a member of the @code block, a loop
or pattern variable, record fields after the loop variable; @bind on a member; the @code block's braces balanced with
strings and comments blanked; list entries fitting the positional record (date, then strings or null where the
parameter is nullable), weekly dates on one weekday, urls and arXiv ids well formed);
1793 Gorilla REPL worksheet (the file-format header; `;; **` markdown and `;; @@` code segments set off by blank
lines, `;;; ` lines, console output `;; ->`/`;; <-` ending with a bare `;;; `, values `;; =>` one compact JSON line
`;; <=`; every rendered value well formed (html spans whose class fits the printed value, HTML-escaped; list-like
open/close/separator by class, map entries, `value` the items' printed forms joined); the code re-evaluated on the
data read from the def: the var, count, frequencies in first-seen order, the filter/map lazy seq, the doseq's printed
lines);
1794 OpenRefine templating export (no final newline; the default prefix/suffix; the file re-rendered from its parsed
rows with the default row template and jsonize; same columns in every row; links, years, a small source set; no
character the older org.json jsonize would escape);
1795 Power Query M (`let` / `in` at the margin, steps indented; tokens — strings with doubled quotes, #"quoted"
names, comments; brackets balanced; steps `name = expression`, each reading the previous step and only earlier steps;
the #table's rows as wide as its column list; TransformColumnTypes, AddColumn, SelectRows and Sort naming existing
columns; Int64 columns holding integers; the `in` returning the last step);
1796 xaringan slides (YAML front matter with output: xaringan::moon_reader and nature; code fences closed; slides split
at `---`; slide properties only before a slide's content (an include=FALSE chunk may precede them); at most one
`???` a slide; `.class[` … `]` balanced; markdown tables even, with an alignment row, bold totals equal to the rows'
sums).

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


# ================================================================ round177 shape checks
# ---------------------------------------------------------------- 1787 GNU ed
def ed_bre(p):
    """the basic regular expressions an ed session types -> Python (`\\x` literal, `^ . $ *`, bracket expressions)"""
    out, i = "", 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            if i + 1 >= len(p): return None
            out += re.escape(p[i + 1]); i += 2; continue
        if c == "[":
            j = p.find("]", i + 2)
            if j < 0: return None
            out += p[i:j + 1]; i = j + 1; continue
        out += c if c in "^.$*" else re.escape(c); i += 1
    return out


def ed_bytes(buf):
    return sum(len(l.encode("utf-8")) + 1 for l in buf)


ED_ADDR = r"(,|/(?:[^/\\]|\\.)*/|\?(?:[^?\\]|\\.)*\?|(?:\d+|\$|\.)(?:,(?:\d+|\$|\.))?)?"


def check_ed(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, b = first_cmd(f, cmds, r"ed (?:-p '([^']*)' )?([\w.-]+)", "ed session")
    if not m: return
    ps, fname = m[1] or "", m[2]
    if not b or not b[0].isdigit(): errors.append(f"{f}: ed did not print the file's byte count"); return
    if len(b) < 2 or b[1] != ps + ",n": errors.append(f"{f}: the session does not start with ,n (the buffer cannot be read)"); return
    buf, i = [], 2
    while i < len(b) and re.match(r"\d+\t", b[i]) and int(b[i].split("\t")[0]) == len(buf) + 1:
        buf.append(b[i].split("\t", 1)[1]); i += 1
    if int(b[0]) != ed_bytes(buf): errors.append(f"{f}: ed read {b[0]} bytes, the listed buffer has {ed_bytes(buf)}")
    cur, err, saved, dirty, quit_ = len(buf), "", list(buf), False, False

    def search(pat, back=False):
        rx = ed_bre(pat)
        if rx is None or not buf: return None
        n = len(buf)
        for k in range(1, n + 1):
            j = ((cur - 1 - k) % n + 1) if back else ((cur - 1 + k) % n + 1)
            if re.search(rx, buf[j - 1]): return j
        return None

    def line_no(a):
        return {"$": len(buf), ".": cur}.get(a) or int(a)

    while i < len(b):
        l = b[i]; i += 1
        if quit_: errors.append(f"{f}: output after q: {l[:30]!r}"); break
        if not l.startswith(ps) or (ps == "" and False): errors.append(f"{f}: {l[:40]!r} is neither a command nor its output"); break
        c = l[len(ps):]
        want, rng, inp = [], None, None
        gm = re.fullmatch(r"g/((?:[^/\\]|\\.)*)/([np])", c)
        cm = re.fullmatch(ED_ADDR + r"(n|p|=|a|i|c|d|w|q|h|s/(?:[^/\\]|\\.)*/[^/]*/[gp]*|)", c)
        if gm:
            rx = ed_bre(gm[1])
            hit = [j for j, x in enumerate(buf, 1) if rx and re.search(rx, x)]
            if not hit: want, err = ["?"], "No match"
            else:
                want = [f"{j}\t{buf[j - 1]}" if gm[2] == "n" else buf[j - 1] for j in hit]; cur = hit[-1]
        elif cm:
            addr, op = cm[1], cm[2]
            if addr is None: rng = None
            elif addr == ",": rng = (1, len(buf))
            elif addr[0] in "/?":
                j = search(addr[1:-1], addr[0] == "?")
                if j is None: want, err, op = ["?"], "No match", "!"
                else: rng = (j, j)
            else:
                a = addr.split(","); rng = (line_no(a[0]), line_no(a[-1]))
                if not 1 <= rng[0] <= rng[1] <= len(buf): want, err, op = ["?"], "Invalid address", "!"
            if op == "!": pass
            elif op in ("n", "p"):
                r0, r1 = rng or (cur, cur)
                want = [f"{j}\t{buf[j - 1]}" if op == "n" else buf[j - 1] for j in range(r0, r1 + 1)]; cur = r1
            elif op == "":
                if rng: cur = rng[1]; want = [buf[cur - 1]]
            elif op == "=":
                want = [str(rng[1] if rng else len(buf))]
            elif op == "h":
                want = [err] if err else []
            elif op == "w":
                want = [str(ed_bytes(buf))]; saved, dirty = list(buf), False
            elif op == "q":
                if dirty: want, err, dirty = ["?"], "Warning: buffer modified", False
                else: quit_ = True
            elif op == "d":
                r0, r1 = rng or (cur, cur); del buf[r0 - 1:r1]; cur = min(r0, len(buf)); dirty = True
            elif op in ("a", "i", "c"):
                inp = []
                while i < len(b) and b[i] != ".": inp.append(b[i]); i += 1
                if i >= len(b): errors.append(f"{f}: input mode not closed by a lone ."); return
                i += 1
                r0, r1 = rng or (cur, cur)
                at = r1 if op == "a" else r0 - 1
                if op == "c": del buf[r0 - 1:r1]
                buf[at:at] = inp; cur = at + len(inp) if inp else at; dirty = True
            elif op.startswith("s/"):
                sm = re.fullmatch(r"s/((?:[^/\\]|\\.)*)/([^/]*)/([gp]*)", op)
                rx = ed_bre(sm[1]); r0, r1 = rng or (cur, cur); hit = False
                for j in range(r0, r1 + 1):
                    new = re.sub(rx, lambda _: sm[2], buf[j - 1], count=0 if "g" in sm[3] else 1)
                    if new != buf[j - 1]: buf[j - 1] = new; cur = j; hit = True
                if not hit: want, err = ["?"], "No match"
                else:
                    dirty = True
                    if "p" in sm[3]: want = [buf[cur - 1]]
        else:
            errors.append(f"{f}: an ed command this check does not know: {c!r}"); break
        got = b[i:i + len(want)]
        if got != want: errors.append(f"{f}: ed answered {got[:2]} to {c!r}, want {want[:2]}"); return
        i += len(want)
    if not quit_: errors.append(f"{f}: the ed session does not end with q")
    for c, out in cmds:
        gm = re.fullmatch(r"grep -c '([^']*)' " + re.escape(fname), c)
        if gm:
            rx = ed_bre(gm[1])
            n = sum(1 for x in saved if rx and re.search(rx, x))
            if out != [str(n)]: errors.append(f"{f}: grep -c printed {out}, the saved file has {n} matching lines")


# ---------------------------------------------------------------- 1788 clingo
def asp_statements(f, lines):
    """an ASP program's statements (comments dropped, strings kept), split at the dot that ends each"""
    src = "\n".join(lines)
    out, cur, i, instr = [], "", 0, False
    while i < len(src):
        ch = src[i]
        if instr:
            cur += ch
            if ch == "\\": cur += src[i + 1]; i += 2; continue
            if ch == '"': instr = False
        elif ch == '"': instr = True; cur += ch
        elif ch == "%":
            j = src.find("\n", i); i = len(src) if j < 0 else j; continue
        elif ch == "." and not (src[i + 1:i + 2] == "." or cur.endswith(".")) and not src[i + 1:i + 2].isdigit():
            out.append(" ".join(cur.split())); cur = ""
        else: cur += ch
        i += 1
    if instr: errors.append(f"{f}: an unterminated string in the program")
    if cur.strip(): errors.append(f"{f}: program text after the last statement: {cur.strip()[:30]!r}")
    return out


ASP_RULES = [
 "1 { sessao(S, A) : artigo(A, _, _) } 1 :- semana(S)",
 ":- artigo(A, _, _), #count { S : sessao(S, A) } != 1",
 "1 { apresenta(S, P) : pessoa(P) } 1 :- semana(S)",
 ":- pessoa(P), #count { S : apresenta(S, P) } > max_por_pessoa",
 ":- apresenta(S, P), apresenta(S+1, P)",
 ":- apresenta(S, P), indisponivel(P, S)",
 ":- prefere(P, A), sessao(S, A), not apresenta(S, P)",
 ":- depois(A, B), sessao(S1, A), sessao(S2, B), S1 <= S2",
 "#show",
 "#show (S, T, P) : sessao(S, A), artigo(A, T, _), apresenta(S, P)",
]
STR = r'"((?:[^"\\]|\\.)*)"'


def clingo_head(f, out, lp, what):
    if len(out) < 3 or not re.fullmatch(r"clingo version \d+\.\d+\.\d+", out[0]) or out[1] != f"Reading from {lp}" or out[2] != "Solving...":
        errors.append(f"{f}: {what}: clingo's first lines"); return None
    return out[3:]


def clingo_stats(f, tail, models, what):
    want = [r"SATISFIABLE", r"", r"Models       : " + re.escape(models), r"Calls        : 1",
            r"Time         : (\d+\.\d{3})s \(Solving: (\d+\.\d\d)s 1st Model: (\d+\.\d\d)s Unsat: (\d+\.\d\d)s\)", r"CPU Time     : \d+\.\d{3}s"]
    if len(tail) != len(want) or any(not re.fullmatch(w, t) for w, t in zip(want, tail)):
        errors.append(f"{f}: {what}: the result and statistics lines are not clingo's ({tail[:1]})"); return
    tm = re.fullmatch(want[4], tail[4])
    if float(tm[2]) > float(tm[1]) + 0.005: errors.append(f"{f}: {what}: solving time above the total time")


def check_clingo(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, prog = first_cmd(f, cmds, r"cat ([\w.-]+\.lp)", "cat of the program")
    if not m: return
    lp = m[1]
    sts = asp_statements(f, prog)
    const, weeks, people, art, unav, pref, after = {}, [], [], {}, [], [], []
    for s in sts:
        if (cm := re.fullmatch(r"#const (\w+) = (\d+)", s)): const[cm[1]] = int(cm[2])
        elif (cm := re.fullmatch(r"semana\((\d+)\.\.(\d+)\)", s)): weeks = list(range(int(cm[1]), int(cm[2]) + 1))
        elif (cm := re.fullmatch(r"pessoa\((.*)\)", s)):
            people = re.findall(STR, cm[1])
            if "; ".join(f'"{p}"' for p in people) != cm[1]: errors.append(f"{f}: pessoa pool {cm[1][:30]!r}")
        elif (cm := re.fullmatch(r"artigo\((\w+), " + STR + ", " + STR + r"\)", s)):
            if cm[1] in art: errors.append(f"{f}: artigo {cm[1]} twice")
            art[cm[1]] = (cm[2], cm[3])
            if cm[3] and not re.fullmatch(r"https?://\S+", cm[3]): errors.append(f"{f}: link {cm[3]!r}")
        elif (cm := re.fullmatch(r"arxiv\((\w+), " + STR + r"\)", s)):
            if cm[1] not in art or not AXID.fullmatch(cm[2]): errors.append(f"{f}: arxiv fact {s[:40]!r}")
        elif (cm := re.fullmatch(r"material\(" + STR + ", " + STR + r"\)", s)):
            if not re.fullmatch(r"https?://\S+", cm[2]): errors.append(f"{f}: material link {cm[2]!r}")
        elif (cm := re.fullmatch(r"indisponivel\(" + STR + r", (\d+)\)", s)): unav.append((cm[1], int(cm[2])))
        elif (cm := re.fullmatch(r"prefere\(" + STR + r", (\w+)\)", s)): pref.append((cm[1], cm[2]))
        elif (cm := re.fullmatch(r"depois\((\w+), (\w+)\)", s)): after.append((cm[1], cm[2]))
        elif s not in ASP_RULES: errors.append(f"{f}: a statement this check does not know: {s[:50]!r}")
    missing = [r for r in ASP_RULES if r not in sts]
    if missing: errors.append(f"{f}: rules missing from the program: {missing[:1]}")
    for p, w in unav:
        if p not in people or w not in weeks: errors.append(f"{f}: indisponivel({p}, {w}) names no person/week")
    for p, a in pref:
        if p not in people or a not in art: errors.append(f"{f}: prefere({p}, {a}) names no person/paper")
    for a, b_ in after:
        if a not in art or b_ not in art: errors.append(f"{f}: depois({a}, {b_}) names no paper")
    mx = const.get("max_por_pessoa")
    if mx is None or not weeks or not people or not art: errors.append(f"{f}: the program's facts are incomplete"); return
    title_of = {t: a for a, (t, _) in art.items()}

    def order_ok(order):
        wk = {a: k for k, a in enumerate(order, 1)}
        return all(wk[a] > wk[b_] for a, b_ in after)

    def pres_ok(seq, wk_of):
        if any(seq.count(p) > mx for p in people) or any(x == y for x, y in zip(seq, seq[1:])): return False
        if any(seq[w - 1] == p for p, w in unav): return False
        return all(seq[wk_of[a] - 1] == p for p, a in pref)

    # the shown model
    m, out = first_cmd(f, cmds, re.escape(f"clingo {lp}"), "clingo run")
    if m:
        rest = clingo_head(f, out, lp, "the first run")
        if rest is not None:
            if len(rest) < 2 or rest[0] != "Answer: 1": errors.append(f"{f}: no `Answer: 1`")
            else:
                terms = re.findall(r"\((\d+)," + STR + "," + STR + r"\)", rest[1])
                if " ".join(f'({w},"{t}","{p}")' for w, t, p in terms) != rest[1]: errors.append(f"{f}: the answer line is not space-separated (week,\"title\",\"person\") terms")
                ws = sorted(int(w) for w, _, _ in terms)
                if ws != weeks: errors.append(f"{f}: the answer has weeks {ws}, the program {weeks}")
                elif sorted(t for _, t, _ in terms) != sorted(title_of) or any(p not in people for _, _, p in terms):
                    errors.append(f"{f}: the answer's titles/people are not the program's (each paper once)")
                else:
                    byw = {int(w): (title_of[t], p) for w, t, p in terms}
                    order = [byw[w][0] for w in weeks]; seq = [byw[w][1] for w in weeks]
                    if not order_ok(order): errors.append(f"{f}: the answer breaks a depois constraint")
                    if not pres_ok(seq, {a: k for k, a in enumerate(order, 1)}): errors.append(f"{f}: the answer breaks a presenter constraint")
                clingo_stats(f, rest[2:], "1+", "the first run")
    # the model count
    m, out = first_cmd(f, cmds, re.escape(f"clingo {lp} 0 -q"), "clingo count run")
    if m:
        rest = clingo_head(f, out, lp, "the count run")
        if rest is not None:
            # paper orders counted by the week of the preferred paper, presenter sequences by who presents that week
            per = Counter()
            pp, pa = pref[0] if len(pref) == 1 else (None, None)
            if len(pref) > 1: errors.append(f"{f}: more than one prefere fact (not counted here)")
            for order in itertools.permutations(list(art)):
                if order_ok(order): per[order.index(pa) + 1 if pa else 0] += 1
            saved_pref = list(pref); pref.clear()
            seqs = [seq for seq in itertools.product(people, repeat=len(weeks)) if pres_ok(list(seq), {})]
            pref.extend(saved_pref)
            total = sum(n_ * sum(1 for seq in seqs if not pa or seq[w - 1] == pp) for w, n_ in per.items())
            clingo_stats(f, rest, str(total), "the count run")


# ---------------------------------------------------------------- 1789 DB Browser for SQLite export
def sql_values(s):
    """a VALUES (…) tuple's literals: integers, 'strings' ('' doubled), NULL"""
    out, i = [], 0
    while i < len(s):
        if s[i] == "'":
            j, v = i + 1, ""
            while True:
                if j >= len(s): return None
                if s[j] == "'":
                    if s[j + 1:j + 2] == "'": v += "'"; j += 2; continue
                    break
                v += s[j]; j += 1
            out.append(v); i = j + 1
        else:
            m = re.match(r"NULL|-?\d+", s[i:])
            if not m: return None
            out.append(None if m[0] == "NULL" else int(m[0])); i += len(m[0])
        if i < len(s):
            if s[i] != ",": return None
            i += 1
    return out


def check_db4s(f, raw):
    L = text_file(f, raw)
    if not L or L[0] != "BEGIN TRANSACTION;" or L[-1] != "COMMIT;": errors.append(f"{f}: not wrapped in BEGIN TRANSACTION; … COMMIT;"); return
    tables, rows, phase, i = {}, {}, 0, 1
    while i < len(L) - 1:
        l = L[i]
        tm = re.fullmatch(r'CREATE TABLE IF NOT EXISTS "(\w+)" \(', l)
        im = re.fullmatch(r'INSERT INTO "(\w+)" \(([^)]*)\) VALUES \((.*)\);', l)
        xm = re.fullmatch(r'CREATE INDEX IF NOT EXISTS "(\w+)" ON "(\w+)" \(', l)
        if tm:
            if phase > 0: errors.append(f"{f}: a table created after the inserts")
            t, cols, fks, pk, j = tm[1], [], [], None, i + 1
            while j < len(L) and L[j] != ");":
                body = L[j]
                if j + 1 < len(L) and L[j + 1] != ");" and not body.endswith(","): errors.append(f"{f}: {t}: a line without its comma")
                if L[j + 1:j + 2] == [");"] and body.endswith(","): errors.append(f"{f}: {t}: a comma before );")
                body = body.rstrip(",")
                cm = re.fullmatch(r'\t"(\w+)"\t(INTEGER|TEXT|REAL|BLOB|NUMERIC)((?: NOT NULL| UNIQUE| DEFAULT \'[^\']*\'| CHECK\("\w+" IN \((?:\'[^\']*\'(?:, )?)+\)\))*)', body)
                pm = re.fullmatch(r'\tPRIMARY KEY\("(\w+)"(?: AUTOINCREMENT)?\)', body)
                fm = re.fullmatch(r'\tFOREIGN KEY\("(\w+)"\) REFERENCES "(\w+)"\("(\w+)"\)', body)
                if cm:
                    if pk or fks: errors.append(f"{f}: {t}: a column after the table constraints")
                    chk = re.search(r'CHECK\("(\w+)" IN \(((?:\'[^\']*\'(?:, )?)+)\)\)', cm[3])
                    if chk and chk[1] != cm[1]: errors.append(f"{f}: {t}: CHECK on {chk[1]} inside column {cm[1]}")
                    dm = re.search(r"DEFAULT '([^']*)'", cm[3])
                    allowed = re.findall(r"'([^']*)'", chk[2]) if chk else None
                    if dm and allowed and dm[1] not in allowed: errors.append(f"{f}: {t}.{cm[1]}: DEFAULT outside its CHECK list")
                    cols.append({"name": cm[1], "type": cm[2], "notnull": "NOT NULL" in cm[3], "unique": "UNIQUE" in cm[3], "check": allowed})
                elif pm:
                    pk = pm[1]
                    if pk not in [c["name"] for c in cols]: errors.append(f"{f}: {t}: primary key on an unknown column")
                elif fm:
                    if fm[1] not in [c["name"] for c in cols] or fm[2] not in tables or fm[3] != "id": errors.append(f"{f}: {t}: foreign key {fm[1]} -> {fm[2]}")
                    fks.append((fm[1], fm[2]))
                else: errors.append(f"{f}: {t}: a schema line not in DB4S's layout: {body[:40]!r}")
                j += 1
            if not pk: errors.append(f"{f}: {t}: no primary key")
            tables[t] = {"cols": cols, "fks": fks, "pk": pk}; rows[t] = []; i = j + 1; continue
        if im:
            phase = max(phase, 1)
            t = im[1]
            if t not in tables: errors.append(f"{f}: insert into unknown table {t}"); i += 1; continue
            if list(tables).index(t) < max((list(tables).index(x) for x in rows if rows[x]), default=0): errors.append(f"{f}: inserts not grouped table by table")
            names = [c["name"] for c in tables[t]["cols"]]
            if im[2] != ",".join(f'"{n}"' for n in names): errors.append(f"{f}: {t}: insert column list differs from the table's")
            vals = sql_values(im[3])
            if vals is None or len(vals) != len(names): errors.append(f"{f}: {t}: a VALUES list that does not parse or fit"); i += 1; continue
            row = dict(zip(names, vals))
            for c in tables[t]["cols"]:
                v = row[c["name"]]
                if v is None:
                    if c["notnull"]: errors.append(f"{f}: {t}.{c['name']}: NULL in a NOT NULL column")
                    continue
                if (c["type"] == "INTEGER") != isinstance(v, int): errors.append(f"{f}: {t}.{c['name']}: {v!r} in a {c['type']} column")
                if c["check"] and v not in c["check"]: errors.append(f"{f}: {t}.{c['name']}: {v!r} breaks its CHECK")
                if c["unique"] and any(r[c["name"]] == v for r in rows[t]): errors.append(f"{f}: {t}.{c['name']}: {v!r} twice in a UNIQUE column")
            pkv = row[tables[t]["pk"]]
            if rows[t] and not pkv > rows[t][-1][tables[t]["pk"]]: errors.append(f"{f}: {t}: ids not rising ({pkv})")
            for c, r in tables[t]["fks"]:
                if row[c] is not None and row[c] not in [x["id"] for x in rows.get(r, [])]: errors.append(f"{f}: {t}.{c} = {row[c]} points at no {r} row")
            rows[t].append(row); i += 1; continue
        if xm:
            phase = 2
            if L[i + 1:i + 3] == [] or not re.fullmatch(r'\t"(\w+)"', L[i + 1]) or L[i + 2] != ");": errors.append(f"{f}: index layout"); i += 1; continue
            col = L[i + 1].strip().strip('"')
            if xm[2] not in tables or col not in [c["name"] for c in tables[xm[2]]["cols"]]: errors.append(f"{f}: index on an unknown column")
            i += 3; continue
        errors.append(f"{f}: a line DB4S's export would not write: {l[:40]!r}"); i += 1
    for r in rows.get("articulos", []):
        if r.get("enlace") is not None and not re.fullmatch(r"https?://\S+", r["enlace"]): errors.append(f"{f}: enlace {r['enlace']!r}")
        if r.get("arxiv") is not None and not AXID.fullmatch(r["arxiv"]): errors.append(f"{f}: arxiv {r['arxiv']!r}")
        if r.get("anio") is not None and not (isinstance(r["anio"], int) and 1950 <= r["anio"] <= 2030): errors.append(f"{f}: anio {r['anio']!r}")
    ds = [dt_ok(r.get("fecha"), "%Y-%m-%d") for r in rows.get("sesiones", [])]
    if ds and not weekly(ds): errors.append(f"{f}: session dates are not weekly and rising")


# ---------------------------------------------------------------- 1790 Semantic MediaWiki ask API
SMW_TYPES = {"_txt", "_uri", "_wpg", "_dat", "_num"}


def wf_url(base, title):
    return base + quote(title.replace(" ", "_"), safe=":/;@$!*(),~")


def smw_query(c):
    qm = re.search(r"--data-urlencode 'query=([^']*)'", c)
    if not qm: return None
    parts = qm[1].split("|")
    conds, prs, opts = parts[0], [], {}
    for p in parts[1:]:
        if p.startswith("?"):
            prop, _, lab = p[1:].partition("=")
            prs.append((lab or prop, prop.replace(" ", "_")))
        else:
            k, _, v = p.partition("="); opts[k] = v
    return conds, prs, opts


def check_smw(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    calls = [(c, o) for c, o in cmds if c.startswith("curl ")]
    if not calls: errors.append(f"{f}: no API call"); return
    api, base_ns, seen, last_date, cont = None, {}, set(), None, None
    for c, out in calls:
        um = re.match(r"curl -sG '(https://[\w.-]+)/w/api\.php' ", c)
        if not um or "--data-urlencode 'action=ask'" not in c or "--data-urlencode 'format=json'" not in c: errors.append(f"{f}: not an ask API call: {c[:50]!r}"); continue
        host = um[1]
        if api and api != host: errors.append(f"{f}: a second wiki host")
        api = host
        q = smw_query(c)
        if not q: errors.append(f"{f}: no query parameter"); continue
        conds, prs, opts = q
        lim, off = int(opts.get("limit", 50)), int(opts.get("offset", 0))
        if cont is not None and off != cont: errors.append(f"{f}: offset {off} is not the previous query-continue-offset {cont}")
        if c.endswith(" | jq"):
            v = json_exact(f, out, "ask answer")
            if not isinstance(v, dict): continue
            top = list(v)
            if top not in (["query"], ["query-continue-offset", "query"]): errors.append(f"{f}: answer keys {top}"); continue
            qv = v["query"]
            if list(qv) != ["printrequests", "results", "serializer", "version", "meta"]: errors.append(f"{f}: query keys {list(qv)}"); continue
            want_pr = [{"label": "", "key": "", "redi": "", "typeid": "_wpg", "mode": 2}]
            if qv["printrequests"][:1] != want_pr: errors.append(f"{f}: the page printrequest")
            pr = qv["printrequests"][1:]
            if [(p.get("label"), p.get("key")) for p in pr] != prs: errors.append(f"{f}: printrequests differ from the query's ?properties")
            for p in pr:
                if list(p) != ["label", "key", "redi", "typeid", "mode", "format"] or p["mode"] != 1 or p["typeid"] not in SMW_TYPES: errors.append(f"{f}: printrequest {p.get('label')!r}")
            types = {p["label"]: p["typeid"] for p in pr}
            if qv["serializer"] != "SMW\\Serializers\\QueryResultSerializer" or qv["version"] != 2: errors.append(f"{f}: serializer/version")
            res, meta = qv["results"], qv["meta"]
            if list(meta) != ["hash", "count", "offset", "source", "time"] or not re.fullmatch(r"[0-9a-f]{32}", str(meta.get("hash"))) or not re.fullmatch(r"\d+\.\d{6}", str(meta.get("time"))):
                errors.append(f"{f}: meta {meta}")
            if meta.get("count") != len(res) or meta.get("offset") != off or len(res) > lim: errors.append(f"{f}: meta count/offset {meta.get('count')}/{meta.get('offset')} for {len(res)} results at offset {off}")
            more = v.get("query-continue-offset")
            if more is not None and more != off + len(res): errors.append(f"{f}: query-continue-offset {more}, want {off + len(res)}")
            if more is not None and len(res) < lim: errors.append(f"{f}: a continue offset on a short page")
            cont = more
            sortp = opts.get("sort")
            for name, r in res.items():
                if list(r) != ["printouts", "fulltext", "fullurl", "namespace", "exists", "displaytitle"]: errors.append(f"{f}: result keys {list(r)}"); continue
                if r["fulltext"] != name or r["fullurl"] != wf_url(host + "/wiki/", name) or r["exists"] != "1": errors.append(f"{f}: result {name!r}: fulltext/fullurl/exists")
                nsn = name.split(":")[0] if ":" in name else ""
                if base_ns.setdefault(nsn, r["namespace"]) != r["namespace"]: errors.append(f"{f}: namespace of {name!r}")
                if name in seen: errors.append(f"{f}: {name!r} on two pages")
                seen.add(name)
                po = r["printouts"]
                if list(po) != [p["label"] for p in pr]: errors.append(f"{f}: printouts of {name!r} not in printrequest order"); continue
                for lab, vals in po.items():
                    ty = types[lab]
                    for x in vals:
                        if ty == "_txt" and not isinstance(x, str): errors.append(f"{f}: {lab} value {x!r}")
                        if ty == "_txt" and lab.lower() == "arxiv" and not AXID.fullmatch(str(x)): errors.append(f"{f}: arXiv value {x!r}")
                        if ty == "_uri" and not (isinstance(x, str) and re.fullmatch(r"https?://\S+", x)): errors.append(f"{f}: {lab} value {x!r}")
                        if ty == "_wpg":
                            if not isinstance(x, dict) or list(x) != ["fulltext", "fullurl", "namespace", "exists", "displaytitle"] or x["fullurl"] != wf_url(host + "/wiki/", x["fulltext"]):
                                errors.append(f"{f}: page value in {lab} of {name!r}")
                        if ty == "_dat":
                            dm = re.fullmatch(r"1/(\d{4})/(\d{1,2})/(\d{1,2})", str(x.get("raw") if isinstance(x, dict) else ""))
                            ok = dm and isinstance(x, dict) and list(x) == ["timestamp", "raw"]
                            if ok:
                                d = dt.date(int(dm[1]), int(dm[2]), int(dm[3]))
                                ok = x["timestamp"] == str(int(dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc).timestamp()))
                            if not ok: errors.append(f"{f}: date value {x!r} (raw and timestamp disagree)")
            if sortp:
                key = [po_d(r["printouts"].get(sortp)) for r in res.values()]
                if key != sorted(key) or (last_date and key and key[0] < last_date): errors.append(f"{f}: results not sorted by {sortp}")
                if key: last_date = key[-1]
        elif "@tsv" in c:
            rows = [l.split("\t") for l in out]
            if any(len(r) != 4 for r in rows): errors.append(f"{f}: @tsv rows without four fields"); continue
            if len(rows) > lim: errors.append(f"{f}: {len(rows)} rows for limit {lim}")
            for r in rows:
                if r[0] in seen: errors.append(f"{f}: {r[0]!r} on two pages")
                seen.add(r[0])
                dm = re.fullmatch(r"1/(\d{4})/(\d{1,2})/(\d{1,2})", r[1])
                if not dm: errors.append(f"{f}: row date {r[1]!r}"); continue
                k = (int(dm[1]), int(dm[2]), int(dm[3]))
                if last_date and k < last_date: errors.append(f"{f}: @tsv rows not in date order after the previous page")
                last_date = k
                if not (r[3] == "-" or AXID.fullmatch(r[3]) or re.fullmatch(r"https?://\S+", r[3])): errors.append(f"{f}: row link {r[3]!r}")
            cont = None if len(rows) < lim else off + len(rows)
        else:
            errors.append(f"{f}: an ask call printed neither through jq nor @tsv")


def po_d(vals):
    if not vals or not isinstance(vals[0], dict): return (9999,)
    dm = re.fullmatch(r"1/(\d{4})/(\d{1,2})/(\d{1,2})", str(vals[0].get("raw")))
    return (int(dm[1]), int(dm[2]), int(dm[3])) if dm else (9999,)


# ---------------------------------------------------------------- 1791 GNOME Planner
PL_TS = "%Y%m%dT%H%M%SZ"
PL_TASK_ATTRS = ["id", "name", "note", "work", "start", "end", "work-start", "percent-complete", "priority", "type", "scheduling"]


def pl_next(t, week, iv):
    for _ in range(400):
        if week[t.weekday()] == "0":
            for a, b in iv:
                s, e = t.replace(hour=a[0], minute=a[1], second=0), t.replace(hour=b[0], minute=b[1], second=0)
                if t < e: return max(t, s)
        t = (t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0)
    return t


def pl_add(t, secs, week, iv):
    t = pl_next(t, week, iv)
    while secs > 0:
        e = next(t.replace(hour=b[0], minute=b[1], second=0) for a, b in iv if (t.hour, t.minute) < b)
        step = min(secs, int((e - t).total_seconds()))
        t += dt.timedelta(seconds=step); secs -= step
        if secs: t = pl_next(t, week, iv)
    return t


def check_planner(f, raw):
    L = text_file(f, raw)
    if not L or L[0] != '<?xml version="1.0"?>': errors.append(f"{f}: no XML declaration"); return
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: XML does not parse: {ex}"); return
    # layout: two-space indent by depth, one element a line
    depth = 0
    for n, l in enumerate(L[1:], 2):
        s = l.lstrip(" ")
        if s.startswith("</"): depth -= 1
        if len(l) - len(s) != 2 * depth: errors.append(f"{f}: line {n} not indented by its depth"); break
        if s.startswith("<") and not s.startswith("</") and not s.endswith("/>") and "</" not in s: depth += 1
    if root.tag != "project" or list(root.attrib) != ["name", "company", "manager", "phase", "project-start", "mrproject-version", "calendar"]: errors.append(f"{f}: project attributes"); return
    if [c.tag for c in root] != ["properties", "phases", "calendars", "tasks", "resource-groups", "resources", "allocations"]: errors.append(f"{f}: project children {[c.tag for c in root]}")
    p0 = dt_ok(root.get("project-start"), PL_TS)
    if not p0 or root.get("mrproject-version") != "2": errors.append(f"{f}: project-start / mrproject-version"); return
    cal = root.find(f"calendars/calendar[@id='{root.get('calendar')}']")
    dts = {d.get("id") for d in root.findall("calendars/day-types/day-type")}
    if cal is None or not {"0", "1", "2"} <= dts: errors.append(f"{f}: the project's calendar / day types"); return
    dw = cal.find("default-week")
    week = [dw.get(k) for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")] if dw is not None else []
    if len(week) != 7 or any(x not in dts for x in week): errors.append(f"{f}: default-week"); return
    iv = []
    for x in cal.findall("overridden-day-types/overridden-day-type[@id='0']/interval"):
        a, b = x.get("start", ""), x.get("end", "")
        if not re.fullmatch(r"\d{4}", a) or not re.fullmatch(r"\d{4}", b): errors.append(f"{f}: interval {a}-{b}"); return
        iv.append(((int(a[:2]), int(a[2:])), (int(b[:2]), int(b[2:]))))
    if not iv or any(a >= b for a, b in iv) or any(x[1] > y[0] for x, y in zip(iv, iv[1:])): errors.append(f"{f}: working intervals {iv}"); return
    tasks, parent = {}, {}

    def walk(el, par):
        for t in el.findall("task"):
            if list(t.attrib) != PL_TASK_ATTRS: errors.append(f"{f}: task {t.get('id')} attributes {list(t.attrib)}")
            tid = t.get("id")
            if tid in tasks: errors.append(f"{f}: task id {tid} twice")
            tasks[tid] = t; parent[tid] = par
            walk(t, tid)
    walk(root.find("tasks"), None)
    for tid, t in tasks.items():
        s, e, ws = (dt_ok(t.get(k), PL_TS) for k in ("start", "end", "work-start"))
        try: work, pct = int(t.get("work")), int(t.get("percent-complete"))
        except (TypeError, ValueError): errors.append(f"{f}: task {tid} work/percent"); continue
        if None in (s, e, ws) or not 0 <= pct <= 100 or t.get("type") not in ("normal", "milestone") or t.get("scheduling") not in ("fixed-work", "fixed-duration"):
            errors.append(f"{f}: task {tid} fields"); continue
        preds = [p.get("predecessor-id") for p in t.findall("predecessors/predecessor")]
        for p in t.findall("predecessors/predecessor"):
            if p.get("type") not in ("FS", "SS", "FF", "SF") or p.get("predecessor-id") not in tasks or p.get("predecessor-id") == tid: errors.append(f"{f}: task {tid} predecessor {p.get('predecessor-id')}")
        kids = [k for k, v in parent.items() if v == tid]
        if kids:
            ks = [tasks[k] for k in kids]
            kw = [int(k.get("work")) for k in ks]
            if work != sum(kw): errors.append(f"{f}: summary {tid} work {work}, children sum {sum(kw)}")
            if t.get("start") != min(k.get("start") for k in ks) or t.get("end") != max(k.get("end") for k in ks) or t.get("work-start") != min(k.get("work-start") for k in ks):
                errors.append(f"{f}: summary {tid} start/end do not span its children")
            if sum(kw) and pct != sum(w * int(k.get("percent-complete")) for w, k in zip(kw, ks)) // sum(kw): errors.append(f"{f}: summary {tid} percent-complete is not its children's work-weighted mean")
            continue
        pe = [dt_ok(tasks[p].get("end"), PL_TS) for p in preds if p in tasks]
        want_s = max(pe) if pe and None not in pe else p0
        if s != want_s: errors.append(f"{f}: task {tid} starts {t.get('start')}, its predecessors end {want_s.strftime(PL_TS)}")
        if t.get("type") == "milestone":
            if work != 0 or not s == e == ws: errors.append(f"{f}: milestone {tid} is not a point in time with no work")
            continue
        if work <= 0: errors.append(f"{f}: task {tid} without work"); continue
        if ws != pl_next(s, week, iv): errors.append(f"{f}: task {tid} work-start is not the first working time after its start")
        if e != pl_add(ws, work, week, iv): errors.append(f"{f}: task {tid} ends {t.get('end')}, its work over the calendar ends {pl_add(ws, work, week, iv).strftime(PL_TS)}")
        for u in re.findall(r"https?://\S+", t.get("note", "")):
            if "\n" in u: errors.append(f"{f}: a link broken by a newline")
    res = {r.get("id") for r in root.findall("resources/resource")}
    if len(res) != len(root.findall("resources/resource")): errors.append(f"{f}: resource ids repeat")
    for a in root.findall("allocations/allocation"):
        if a.get("task-id") not in tasks or a.get("resource-id") not in res or not 0 < int(a.get("units", "0")) <= 100: errors.append(f"{f}: allocation {a.attrib}")
        elif [k for k, v in parent.items() if v == a.get("task-id")]: errors.append(f"{f}: a summary task allocated")


# ---------------------------------------------------------------- 1792 Blazor component
def check_blazor(f, raw):
    L = text_file(f, raw)
    if not L or not re.fullmatch(r'@page "/[\w/-]*"', L[0]): errors.append(f"{f}: the first line is not an @page route"); return
    try: c0 = L.index("@code {")
    except ValueError: errors.append(f"{f}: no @code block"); return
    if L[-1] != "}": errors.append(f"{f}: the @code block is not the file's end")
    code = "\n".join(L[c0 + 1:-1])
    blank = js_code(f, code)
    if blank is None or not balanced(f, blank, "the @code block"): return
    members = set(re.findall(r"^    (?:private |public |protected )?(?:static )?(?:readonly )?[\w<>?,\[\]() ]+? (\w+)(?: =|;| =>|\()", code, re.M))
    rm = re.search(r"record (\w+)\(([^)]*)\);", code)
    if not rm: errors.append(f"{f}: no positional record"); return
    params = [tuple(p.strip().rsplit(" ", 1)) for p in rm[2].split(",")]
    pnames = [n for _, n in params]
    # markup: @foreach / @if / else headers each followed by a `{` line, blocks closed by `}` lines
    stack, html_lines, loopvars, after_if = [], [], {}, False
    for n, l in enumerate(L[1:c0], 2):
        s = l.strip()
        if re.fullmatch(r"@using [\w.]+|@inject [\w.<>]+ \w+", s):
            if html_lines: errors.append(f"{f}: a directive after the markup began")
            continue
        fm = re.fullmatch(r"@foreach \(var (\w+|\((?:\w+, )*\w+\)) in (\w+)\)", s)
        im = re.fullmatch(r"@if \((.+)\)", s)
        if fm or im or s == "else":
            if s == "else" and not after_if: errors.append(f"{f}: line {n}: else without an @if block")
            if (L[n].strip() if n < len(L) else "") != "{": errors.append(f"{f}: line {n}: a block header not followed by {{")
            if fm:
                if fm[2] not in members: errors.append(f"{f}: @foreach over {fm[2]}, not a member")
                for v in re.findall(r"\w+", fm[1]): loopvars[v] = fm[2]
            if im:
                for v in re.findall(r"is \w+ (\w+)", im[1]): loopvars[v] = "pattern"
                for name in re.findall(r"(?<![\w.\"])([A-Za-z_]\w*)\(", im[1]):
                    if name not in members: errors.append(f"{f}: @if calls {name}, not a member")
            stack.append(["if" if im else "for" if fm else "else", False]); after_if = False; continue
        if s == "{":
            if not stack or stack[-1][1]: errors.append(f"{f}: line {n}: a brace without a block header")
            else: stack[-1][1] = True
            continue
        if s == "}":
            if not stack or not stack[-1][1]: errors.append(f"{f}: line {n}: an unmatched }}"); return
            after_if = stack.pop()[0] == "if"; continue
        if s: after_if = False
        html_lines.append(l)
        for e in re.findall(r"@(\w+(?:\.\w+)*(?:\([^)]*\))?)", l):
            head = e.split(".")[0].split("(")[0]
            if head in ("bind", "onclick", "onchange", "ref", "key"): continue
            if head in loopvars:
                if loopvars[head] not in ("pattern", "links"):
                    fld = e.split(".")[1].split("(")[0] if "." in e else None
                    if fld and fld not in pnames: errors.append(f"{f}: @{e}: {fld} is not a field of {rm[1]}")
            elif head not in members: errors.append(f"{f}: @{e}: {head} is neither a member nor a loop variable")
        for b in re.findall(r'@bind="(\w+)"', l):
            if b not in members: errors.append(f"{f}: @bind of {b}, not a member")
    if stack: errors.append(f"{f}: markup blocks left open {stack}")
    html_nesting(f, re.sub(r"@\w+(?:\.\w+)*(?:\([^)]*\))?", "X", "\n".join(html_lines)), "markup")
    if "<PageTitle>" not in raw: errors.append(f"{f}: no <PageTitle>")
    # the data
    entries = re.findall(r"^        new\((.*)\),$", code, re.M)
    if not entries: errors.append(f"{f}: no list entries"); return
    days = []
    for e in entries:
        dm = re.match(r"new DateOnly\((\d{4}), (\d{1,2}), (\d{1,2})\), ", e)
        rest = e[dm.end():] if dm else ""
        vals = re.findall(r'"((?:[^"\\]|\\.)*)"|(null)', rest)
        if not dm or ", ".join('"' + a + '"' if not b else b for a, b in vals) != rest or len(vals) + 1 != len(params):
            errors.append(f"{f}: an entry that does not fit {rm[1]}({len(params)} parameters): {e[:40]!r}"); continue
        try: days.append(dt.date(int(dm[1]), int(dm[2]), int(dm[3])))
        except ValueError: errors.append(f"{f}: an invalid date"); continue
        for (ty, nm), (a, b) in zip(params[1:], vals):
            if b and not ty.endswith("?"): errors.append(f"{f}: null for the non-nullable {nm}")
            if nm == "Url" and a and not re.fullmatch(r"https?://\S+", a): errors.append(f"{f}: Url {a!r}")
            if nm == "ArxivId" and a and not AXID.fullmatch(a): errors.append(f"{f}: ArxivId {a!r}")
    if not weekly(days) or len(set(d.weekday() for d in days)) != 1: errors.append(f"{f}: session dates are not weekly on one weekday")
    for a, b in re.findall(r'^        \("([^"]*)", "([^"]*)"\),$', code, re.M):
        if not re.fullmatch(r"https?://\S+", b): errors.append(f"{f}: link {b!r}")


# ---------------------------------------------------------------- 1793 Gorilla REPL worksheet
def gorilla_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def gorilla_render(f, v, where):
    """a rendered value: returns its printed form, checks html spans and list-like structure"""
    if not isinstance(v, dict): errors.append(f"{f}: {where}: not a renderable"); return None
    if v.get("type") == "html":
        if list(v) != ["type", "content", "value"]: errors.append(f"{f}: {where}: html keys {list(v)}"); return None
        val = v["value"]
        cls = ("clj-nil" if val == "nil" else "clj-long" if re.fullmatch(r"-?\d+", val) else "clj-keyword" if val.startswith(":")
               else "clj-string" if val.startswith('"') else "clj-var" if val.startswith("#'") else "clj-unkown")
        if v["content"] != f"<span class='{cls}'>{gorilla_esc(val)}</span>": errors.append(f"{f}: {where}: content {v['content'][:40]!r} is not {cls} of {val[:30]!r}")
        return val
    if v.get("type") == "list-like":
        if list(v) != ["type", "open", "close", "separator", "items", "value"]: errors.append(f"{f}: {where}: list-like keys {list(v)}"); return None
        om = re.fullmatch(r"<span class='(clj-\w+(?:-\w+)*)'>(.*)</span>", v["open"])
        cm = re.fullmatch(r"<span class='(clj-\w+(?:-\w+)*)'>(.*)</span>", v["close"])
        if om and cm:
            o, c = om[2], cm[2]
            pairs = {"clj-map": ("{", "}", ", "), "clj-vector": ("[", "]", " "), "clj-lazy-seq": ("(", ")", " "), "clj-list": ("(", ")", " "), "clj-set": ("#{", "}", " ")}
            if om[1] != cm[1] or pairs.get(om[1], (None,)) [:2] != (o, c) or pairs[om[1]][2] != v["separator"]: errors.append(f"{f}: {where}: open/close/separator of {om[1]}"); return None
        elif v["open"] == v["close"] == "" and v["separator"] == " ":
            o, c = "[", "]"  # a map entry prints as a vector
            if len(v["items"]) != 2: errors.append(f"{f}: {where}: a map entry without two items")
        else: errors.append(f"{f}: {where}: open/close"); return None
        items = [gorilla_render(f, x, where) for x in v["items"]]
        if None in items: return None
        if om and om[1] == "clj-map" and any(not (isinstance(x, dict) and x.get("open") == "") for x in v["items"]): errors.append(f"{f}: {where}: map items are not entries")
        if om and om[1] == "clj-map": items = [x[1:-1] for x in items]  # an entry prints as [k v] alone, as k v in its map
        want = o + v["separator"].join(items) + c
        if v["value"] != want: errors.append(f"{f}: {where}: value {v['value'][:40]!r} is not its items' {want[:40]!r}")
        return v["value"]
    errors.append(f"{f}: {where}: type {v.get('type')!r}"); return None


def edn_read(s, i=0):
    """the EDN subset of the worksheet's data: vectors, maps, strings, keywords, nil, integers"""
    while i < len(s) and s[i] in " \n,": i += 1
    if s[i] == "[" or s[i] == "{":
        close, out, i = "]" if s[i] == "[" else "}", [], i + 1
        while True:
            while s[i] in " \n,": i += 1
            if s[i] == close: i += 1; break
            v, i = edn_read(s, i); out.append(v)
        if close == "}":
            if len(out) % 2: raise ValueError("odd map")
            return dict(zip(out[::2], out[1::2])), i
        return out, i
    if s[i] == '"':
        j, v = i + 1, ""
        while s[j] != '"':
            if s[j] == "\\": v += s[j + 1]; j += 2; continue
            v += s[j]; j += 1
        return ("str", v), j + 1
    m = re.match(r"nil|:[\w.-]+|-?\d+", s[i:])
    if not m: raise ValueError(f"unreadable at {s[i:i + 20]!r}")
    t = m[0]
    return (None if t == "nil" else ("kw", t) if t.startswith(":") else int(t)), i + len(t)


def clj_pr(v):
    if v is None: return "nil"
    if isinstance(v, int): return str(v)
    if v[0] == "kw": return v[1]
    return '"' + v[1].replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_gorilla(f, raw):
    if "\r" in raw or not raw.endswith("\n"): errors.append(f"{f}: CR characters or no final newline")
    L = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    if L[:2] != [";; gorilla-repl.fileformat = 1", ""]: errors.append(f"{f}: no worksheet header"); return
    i, segs = 2, []
    while i < len(L):
        if L[i] == ";; **":
            j = i + 1
            while j < len(L) and L[j] != ";; **":
                if not L[j].startswith(";;; "): errors.append(f"{f}: line {j + 1}: a markdown line without `;;; `")
                j += 1
            if j >= len(L): errors.append(f"{f}: an unclosed markdown segment"); return
            segs.append(("md", L[i + 1:j], None, None)); i = j + 1
        elif L[i] == ";; @@":
            j = L.index(";; @@", i + 1) if ";; @@" in L[i + 1:] else -1
            if j < 0: errors.append(f"{f}: an unclosed code segment"); return
            src, i, console, value = L[i + 1:j], j + 1, None, None
            if i < len(L) and L[i] == ";; ->":
                j = L.index(";; <-", i) if ";; <-" in L[i:] else -1
                if j < 0: errors.append(f"{f}: unclosed console output"); return
                console = L[i + 1:j]
                if any(not x.startswith(";;; ") for x in console) or console[-1:] != [";;; "]: errors.append(f"{f}: console lines (each `;;; `, the last one bare)")
                console = [x[4:] for x in console[:-1]]; i = j + 1
            if i < len(L) and L[i] == ";; =>":
                if i + 2 >= len(L) or L[i + 2] != ";; <=" or not L[i + 1].startswith(";;; {"): errors.append(f"{f}: a value block not of one `;;; ` JSON line"); return
                try: value = json.loads(L[i + 1][4:])
                except ValueError: errors.append(f"{f}: a value line that is not JSON"); return
                if json.dumps(value, ensure_ascii=False, separators=(",", ":")) != L[i + 1][4:]: errors.append(f"{f}: a value line not in compact JSON")
                i += 3
            segs.append(("code", src, console, value))
        else:
            errors.append(f"{f}: line {i + 1}: {L[i][:30]!r} outside a segment"); return
        if i < len(L):
            if L[i] != "": errors.append(f"{f}: segments not separated by a blank line at line {i + 1}")
            i += 1
    ns, env = None, {}
    for kind, src, console, value in segs:
        if kind != "code": continue
        text = "\n".join(src).strip()
        shown = gorilla_render(f, value, text[:30]) if value is not None else None
        if not text:
            if value is not None or console is not None: errors.append(f"{f}: output for an empty segment")
            continue
        if value is None: errors.append(f"{f}: {text[:30]!r} has no value"); continue
        want, out = None, None
        if (m := re.fullmatch(r"\(ns ([\w.-]+)\s[\s\S]*\)", text)): ns, want = m[1], "nil"
        elif (m := re.fullmatch(r"\(def ([\w-]+)\s+([\s\S]*)\)", text)):
            try:
                v, k = edn_read(m[2])
                if m[2][k:].strip(): raise ValueError("trailing text")
            except (ValueError, IndexError) as ex: errors.append(f"{f}: the def's data does not read: {ex}"); continue
            env[m[1]] = v; want = f"#'{ns}/{m[1]}"
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                if any(list(x) != list(v[0]) for x in v): errors.append(f"{f}: maps with different keys")
                for x in v:
                    u = x.get(("kw", ":baglanti"))
                    if u is not None and not (u[0] == "str" and re.fullmatch(r"https?://\S+", u[1])): errors.append(f"{f}: :baglanti {u!r}")
        elif (m := re.fullmatch(r"\(count ([\w-]+)\)", text)) and m[1] in env: want = str(len(env[m[1]]))
        elif (m := re.fullmatch(r"\(frequencies \(map (:[\w-]+) ([\w-]+)\)\)", text)) and m[2] in env:
            fr = {}
            for x in env[m[2]]: fr[clj_pr(x.get(("kw", m[1])))] = fr.get(clj_pr(x.get(("kw", m[1]))), 0) + 1
            want = "{" + ", ".join(f"{k} {n}" for k, n in fr.items()) + "}"
        elif (m := re.fullmatch(r"\(->> ([\w-]+)\s+\(filter #\(= (:[\w-]+) \((:[\w-]+) %\)\)\)\s+\(map (:[\w-]+)\)\)", text)) and m[1] in env:
            want = "(" + " ".join(clj_pr(x.get(("kw", m[4]))) for x in env[m[1]] if x.get(("kw", m[3])) == ("kw", m[2])) + ")"
        elif (m := re.fullmatch(r"\(doseq \[(\w+) ([\w-]+) :when \(nil\? \((:[\w-]+) \1\)\)\]\s+\(println \((:[\w-]+) \1\)\)\)", text)) and m[2] in env:
            want, out = "nil", [x.get(("kw", m[4]))[1] for x in env[m[2]] if x.get(("kw", m[3])) is None]
        else:
            errors.append(f"{f}: a code segment this check does not evaluate: {text[:40]!r}"); continue
        if shown != want: errors.append(f"{f}: {text[:30]!r} rendered {str(shown)[:40]!r}, want {want[:40]!r}")
        if (console or None) != (out or None): errors.append(f"{f}: {text[:30]!r} printed {console}, want {out}")


# ---------------------------------------------------------------- 1794 OpenRefine templating export
def check_openrefine(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (the template's suffix ends with `}}`)")
    if not raw.startswith('{\n  "rows" : [\n') or not raw.endswith("\n  ]\n}"): errors.append(f"{f}: not the default prefix/suffix"); return
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    rows = v.get("rows") if isinstance(v, dict) else None
    if not rows or list(v) != ["rows"] or any(not isinstance(r, dict) for r in rows): errors.append(f"{f}: no rows"); return
    cols = list(rows[0])
    if any(list(r) != cols for r in rows): errors.append(f"{f}: rows with different columns")

    def jz(x):
        if x is None: return "null"
        if isinstance(x, bool) or not isinstance(x, (int, str)): return None
        return str(x) if isinstance(x, int) else json.dumps(x, ensure_ascii=False)
    want = '{\n  "rows" : [\n' + ",\n".join("    {" + ",".join(f'\n      "{c}" : {jz(r.get(c))}' for c in cols) + "\n    }" for r in rows) + "\n  ]\n}"
    if want != raw: errors.append(f"{f}: not the default row template's output (jsonize of each cell)")
    for r in rows:
        for c, x in r.items():
            if isinstance(x, str) and any(0x80 <= ord(ch) < 0xA0 or 0x2000 <= ord(ch) < 0x2100 for ch in x): errors.append(f"{f}: {c}: a character org.json's jsonize would escape")
        if r.get("Liên kết") is not None and not re.fullmatch(r"https?://\S+", str(r["Liên kết"])): errors.append(f"{f}: link {r['Liên kết']!r}")
        if r.get("Năm") is not None and not (isinstance(r["Năm"], int) and 1990 <= r["Năm"] <= 2030): errors.append(f"{f}: year {r['Năm']!r}")
        if not r.get("Tiêu đề"): errors.append(f"{f}: a row without a title")
    if len({r.get("Nguồn") for r in rows}) > 5: errors.append(f"{f}: more sources than a clustered column would keep")


# ---------------------------------------------------------------- 1795 Power Query M
M_TOK = re.compile(r'\s+|//[^\n]*|/\*[\s\S]*?\*/|#"(?:[^"]|"")*"|"(?:[^"]|"")*"|#\w+|\d+(?:\.\d+)?|[^\W\d][\w.]*|<>|<=|>=|=>|[{}()\[\],=<>&+\-*/]|.', re.S)


def m_tokens(f, s):
    toks = []
    for m in M_TOK.finditer(s):
        t = m[0]
        if t.isspace() or t.startswith("//") or t.startswith("/*"): continue
        if t.startswith('"') and (len(t) < 2 or not t.endswith('"')): errors.append(f"{f}: an unterminated string"); return None
        toks.append(t)
    return toks


def m_str(t):
    return t[1:-1].replace('""', '"')


def m_name(t):
    return m_str(t[1:]) if t.startswith('#"') else t


def m_split(toks, sep=","):
    out, cur, depth = [], [], 0
    for t in toks:
        if t in "([{": depth += 1
        elif t in ")]}": depth -= 1
        if t == sep and depth == 0: out.append(cur); cur = []
        else: cur.append(t)
    out.append(cur)
    return out


def m_list(toks):
    """{a, b, …} -> [token lists]"""
    if not toks or toks[0] != "{" or toks[-1] != "}": return None
    return [x for x in m_split(toks[1:-1])] if len(toks) > 2 else []


def m_lit(t):
    if len(t) != 1: return ("bad",)
    t = t[0]
    if t == "null": return None
    if t.startswith('"'): return m_str(t)
    if re.fullmatch(r"\d+", t): return int(t)
    return ("bad",)


def check_m(f, raw):
    L = text_file(f, raw)
    if "let" not in L or "in" not in L: errors.append(f"{f}: no `let` … `in` at the margin"); return
    a, b = L.index("let"), L.index("in")
    if any(l and not l.startswith("//") for l in L[:a]) or any(not l.startswith("    ") for l in L[a + 1:b] + L[b + 1:] if l): errors.append(f"{f}: layout (steps indented four spaces)")
    toks = m_tokens(f, raw)
    if toks is None: return
    depth = 0
    for t in toks:
        depth += (t in "([{") - (t in ")]}")
        if depth < 0: errors.append(f"{f}: an unbalanced bracket"); return
    if depth: errors.append(f"{f}: an unclosed bracket"); return
    if toks[0] != "let" or "in" not in toks: errors.append(f"{f}: not a let expression"); return
    k = len(toks) - 1 - toks[::-1].index("in")
    steps, final = m_split(toks[1:k]), toks[k + 1:]
    names, cols, rows = [], None, None
    for st in steps:
        if len(st) < 3 or st[1] != "=": errors.append(f"{f}: a step that is not `name = expression`"); return
        nm, ex = m_name(st[0]), st[2:]
        if nm in names: errors.append(f"{f}: step {nm} twice")
        refs = [m_name(t) for t in ex if (t.startswith('#"') or re.fullmatch(r"[^\W\d][\w.]*", t)) and m_name(t) in names]
        if names and names[-1] not in refs: errors.append(f"{f}: step {nm} does not read the previous step")
        for t in ex:
            if t.startswith('#"') and m_name(t) not in names: errors.append(f"{f}: step {nm} reads {m_name(t)}, not an earlier step")
        used = {m_str(ex[j + 1]) if ex[j + 1].startswith('"') else m_name(ex[j + 1]) for j in range(len(ex) - 2) if ex[j] == "[" and ex[j + 2] == "]"}
        if ex[0] == "#table":
            parts = m_split(ex[2:-1])
            hdr, body = m_list(parts[0]), m_list(parts[1]) if len(parts) == 2 else None
            if hdr is None or body is None: errors.append(f"{f}: #table is not (columns, rows)"); return
            cols = [m_lit(h) for h in hdr]
            if any(not isinstance(c, str) for c in cols) or len(set(cols)) != len(cols): errors.append(f"{f}: #table column names")
            rows = []
            for r in body:
                vals = m_list(r)
                if vals is None or len(vals) != len(cols): errors.append(f"{f}: a #table row with {len(vals or [])} values for {len(cols)} columns"); continue
                rows.append([m_lit(v) for v in vals])
                if any(x == ("bad",) for x in rows[-1]): errors.append(f"{f}: a row value that is not a literal")
        elif cols is None: errors.append(f"{f}: step {nm} before the source table"); return
        elif ex[0] == "Table.TransformColumnTypes":
            for pair in m_list(m_split(ex[2:-1])[1]) or []:
                c = m_str(pair[1]); ty = " ".join(pair[3:-1])
                if c not in cols: errors.append(f"{f}: type change of unknown column {c}"); continue
                j = cols.index(c)
                for r in rows:
                    x = r[j] if j < len(r) else None
                    if ty == "Int64.Type" and x is not None and not isinstance(x, int): errors.append(f"{f}: {c}: {x!r} is not an integer")
                    if ty == "type text" and x is not None and not isinstance(x, str): errors.append(f"{f}: {c}: {x!r} is not text")
        elif ex[0] == "Table.AddColumn":
            args = m_split(ex[2:-1])
            if len(args) < 3 or len(args[1]) != 1 or args[2][:1] != ["each"]: errors.append(f"{f}: Table.AddColumn arguments"); continue
            for u in used:
                if u not in cols: errors.append(f"{f}: step {nm} uses [{u}], not a column")
            cols = cols + [m_str(args[1][0])]; rows = [r + [None] for r in rows]
        elif ex[0] in ("Table.SelectRows", "Table.Sort"):
            for u in used:
                if u not in cols: errors.append(f"{f}: step {nm} uses [{u}], not a column")
            if ex[0] == "Table.Sort":
                for pair in m_list(m_split(ex[2:-1])[1]) or []:
                    if m_str(pair[1]) not in cols or pair[3] not in ("Order.Ascending", "Order.Descending"): errors.append(f"{f}: sort key {pair}")
        else: errors.append(f"{f}: a step this check does not know: {ex[0]}")
        names.append(nm)
    if len(final) != 1 or m_name(final[0]) != names[-1]: errors.append(f"{f}: `in` does not return the last step")
    if cols and rows:
        for r in rows:
            d = dict(zip(cols, r))
            if d.get("Link") is not None and not re.fullmatch(r"https?://\S+", str(d["Link"])): errors.append(f"{f}: Link {d['Link']!r}")
            if isinstance(d.get("Rok"), int) and not 1990 <= d["Rok"] <= 2030: errors.append(f"{f}: Rok {d['Rok']}")


# ---------------------------------------------------------------- 1796 xaringan slides
XA_PROPS = {"class", "name", "layout", "background-image", "background-size", "background-position", "count", "template", "exclude", "seal"}


def check_xaringan(f, raw):
    L = text_file(f, raw)
    if not L or L[0] != "---" or "---" not in L[1:]: errors.append(f"{f}: no YAML front matter"); return
    e = L.index("---", 1)
    fm, stack_ind = {}, []
    for l in L[1:e]:
        m = re.fullmatch(r"( *)([\w:.-]+):(?: (.*))?", l)
        if not m: errors.append(f"{f}: front matter line {l[:30]!r}"); continue
        ind = len(m[1])
        if ind % 2: errors.append(f"{f}: front matter indentation {l[:30]!r}")
        stack_ind = [x for x in stack_ind if x[0] < ind] + [(ind, m[2])]
        path = "/".join(k for _, k in stack_ind)
        val = m[3]
        if val is not None and re.match(r"[\"']", val) and not re.fullmatch(r'"[^"]*"|\'[^\']*\'', val): errors.append(f"{f}: a quoted value not closed: {l[:30]!r}")
        if val is not None and not re.match(r"[\"'\[]", val) and (": " in val or " #" in val): errors.append(f"{f}: a plain value that needs quotes: {l[:30]!r}")
        fm[path] = val
    if not fm.get("title") or "output/xaringan::moon_reader" not in fm or "output/xaringan::moon_reader/nature" not in fm: errors.append(f"{f}: title / output: xaringan::moon_reader / nature")
    slides, cur, fence = [], [], None
    for n, l in enumerate(L[e + 1:], e + 2):
        if fence:
            cur.append(l)
            if l == "```": fence = None
            continue
        if re.match(r"```", l):
            if not re.fullmatch(r"```(\{r[^}]*\}|[a-z]+)", l): errors.append(f"{f}: line {n}: a code fence {l!r}")
            fence = l; cur.append(l); continue
        if l == "---": slides.append(cur); cur = []; continue
        cur.append(l)
    if fence: errors.append(f"{f}: an unclosed code fence")
    slides.append(cur)
    for k, s in enumerate(slides, 1):
        body, notes, seen_content, in_chunk, depth = [], 0, False, False, 0
        for l in s:
            if l.startswith("```{r") and not seen_content and "include=FALSE" in l: in_chunk = True; continue
            if in_chunk:
                if l == "```": in_chunk = False
                continue
            pm = re.fullmatch(r"([a-z-]+): .+", l)
            if pm and pm[1] in XA_PROPS:
                if seen_content: errors.append(f"{f}: slide {k}: property {pm[1]} after the slide's content")
                continue
            if l.strip(): seen_content = True
            if l == "???": notes += 1
            if notes and pm: errors.append(f"{f}: slide {k}: a property in the notes")
            if re.fullmatch(r"\.[\w-]+\[", l): depth += 1
            elif l == "]":
                depth -= 1
                if depth < 0: errors.append(f"{f}: slide {k}: a ] without a .class["); depth = 0
            body.append(l)
        if notes > 1: errors.append(f"{f}: slide {k}: ??? twice")
        if depth: errors.append(f"{f}: slide {k}: a .class[ left open")
        tab = [l for l in body if l.startswith("|")]
        if tab:
            cells = [[c.strip() for c in l.strip("|").split("|")] for l in tab]
            if any(len(c) != len(cells[0]) for c in cells) or len(cells) < 3 or not all(re.fullmatch(r":?-+:?", c) for c in cells[1]):
                errors.append(f"{f}: slide {k}: a table with uneven rows or no alignment row"); continue
            data = cells[2:]
            tot = [r for r in data if r[0].startswith("**")]
            for r in tot:
                for j, c in enumerate(r[1:], 1):
                    tm = re.fullmatch(r"\*\*(\d+)\*\*", c)
                    if tm:
                        vals = [re.match(r"(\d+)", x[j]) for x in data if x not in tot]
                        if any(v is None for v in vals) or sum(int(v[1]) for v in vals) != int(tm[1]): errors.append(f"{f}: slide {k}: total {tm[1]} in column {j + 1} is not the rows' sum")


def shape_checks(f, raw, path):
    n = num(f)
    {1787: check_ed, 1788: check_clingo, 1789: check_db4s, 1790: check_smw, 1791: check_planner,
     1792: check_blazor, 1793: check_gorilla, 1794: check_openrefine, 1795: check_m,
     1796: check_xaringan}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone; the JSON strings of 1794 (the whole file), of the JSON printed by jq in 1790 and of the
    rendered values in 1793 (each `;;; {…}` line); 1790's percent-encoded URLs decoded; 1789's SQL strings and 1795's M
    strings with their doubled quotes undone"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) == 1794:
        try: vals = [json.loads(raw)]
        except ValueError: pass
    if num(f) == 1793:
        for l in raw.split("\n"):
            if l.startswith(";;; {"):
                try: vals.append(json.loads(l[4:]))
                except ValueError: pass
    if num(f) == 1790:
        cur = []
        for l in raw.split("\n"):
            if l == "{" and not cur: cur = [l]
            elif cur:
                cur.append(l)
                if l == "}":
                    try: vals.append(json.loads("\n".join(cur)))
                    except ValueError: pass
                    cur = []
        forms += [unquote(x) for x in re.findall(r"https?://[^\s\"]+", raw) if unquote(x) != x]
    if num(f) == 1789: forms.append(raw.replace("''", "'"))
    if num(f) == 1795: forms.append(raw.replace('""', '"'))
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
# round176's and round177's, a byte-identical file counted once), and the round176/round177 split (candidates sorted by
# (uses, catalogue title); round177 = odd positions from 3 on, one unbroken run; round176 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P176S = ["/work/rounds/digests-round176/expected.json", "/work/main/tests/data/digests-round176/expected.json"]
P176 = next((p for p in P176S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P176S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round176", "digests-round177") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round177 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r176 = set()
if P176:
    try:
        r176 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P176)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P176} exists but could not be read (being written?)")
    if r176 & mine: errors.append(f"papers also in round176: {sorted(r176 & mine)}")
shared176 = len(r176 & mine) if P176 else "(no round176 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round177 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round176: {shared176}; papers in more than one round177 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


