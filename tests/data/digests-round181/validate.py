r"""Checks round181/expected.json against the digests and the shared catalogues.

Adapted from round179/validate.py (the label checks are the same code; the reuse report is round179's with round180 /
round181 in place of round178 / round179 and /work/rounds/*/expected.json counted too; round181 holds the odd
positions from 3; the shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json and
every /work/rounds/*/expected.json except round180's and round181's own (a digests-round180 / digests-round181 folder,
or a file whose bytes equal round180's or round181's expected.json) — a file whose bytes equal one already counted is
counted once — and checks the split: round181 holds the odd positions of the candidates sorted by (uses, catalogue
title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper shared with
round180's expected.json (read only, from /work/rounds/digests-round180/ or /work/main/tests/data/digests-round180/,
when it exists), and on a paper in more than one round181 file.
Every digest is read raw (UTF-8) and in decoded forms: XML/HTML character references undone (1832's networkx escapes,
1835's attribute references); the JSON strings of 1833 and 1834 (the whole file) and of 1829's list; Pascal's doubled
apostrophes (1828) and CFML's doubled quotes (1831) undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1827 rofi script mode (a bash script: the shebang; backslash-continued lines joined; every line splits as the shell
quotes it; if/fi, case/esac and function braces balanced, case arms `pattern) … ;;`; rofi's protocol lines
`printf '\0OPTION\x1fVALUE\n'` with options rofi knows, the message's markup nested; the row function's printf
`%s\0info\x1f%s\x1fmeta\x1f%s\n` with known row options and one %s per argument; every call after its definition with
that many arguments; INFO a link or a PDF file name, none twice; the script reads ROFI_RETV / ROFI_INFO);
1828 Free Pascal session (a pasted terminal ending on a bare prompt: `cat X.pas`, `fpc X.pas`, `./X` in that order;
fpc's banner, Compiling/Linking, ld's link.res warning and "N lines compiled" with N the file's line count; the source:
`program X;` first, `end.` last, comments and '' strings stripped, brackets balanced, begin/record/case as many as end;
the enumeration, the record type, the names array as long as the enumeration, the typed constant array[1..N] holding N
record constants with the record's fields in order, integers and enumeration values where declared; the run's output
re-computed from the records with the program's Format strings);
1829 JSONiq query (`(: :)` comments closed, strings JSON literals, brackets balanced; the `let $x := [ … ]` list is
JSON: objects with the same keys in the same order, `an` integers, `link` null or http(s); every $variable bound by
let/for/group by; every `.key` a key of the objects; a compared value present in the data; known functions; a
return clause);
1830 Mako template (the magic encoding comment first; <%inherit>; the <%! %> block is Python holding a list of
dict(...) calls with literal values and the same keys, links http(s) or None, dates weekly on one weekday (Wednesday
when the page says so); % for / % if / % else / % endif / % endfor control lines balanced, the loop over the list;
<%def> and <%block> closed; every ${…} a Python expression whose c['key'] keys exist; the remaining HTML nested);
1831 ColdFusion page (`<!--- --->` comments closed; cf tags known and nested, <cfelse> inside <cfif>; the <cfscript>
block tokenised (CFML strings with "" doubling, no lone #), brackets balanced, the list an array of struct literals
with the same keys, links http(s), `ano` numbers; the filter closure's compared value present; createDate a valid date,
a Thursday as the page says; in <cfoutput> every # paired, functions and variables known, l.key keys present, the
cfloop over the list; the HTML inside nested);
1832 networkx GML (the file parses as GML; one `graph [`; the lines are exactly networkx's write_gml layout for the
parsed structure; `directed 1` first, graph attributes, all nodes, then all edges; every string escaped as networkx
escapes (non-ASCII, `"` and `&` as decimal references); nodes with id then label, ids 0..n-1, labels unique, known
`tyyppi`, url http(s), arxiv id-shaped, pdf a .pdf path, a paper node with url, arxiv or pdf; edges with source then
target between existing nodes);
1833 eLabFTW experiment (one line; JSON; exactly json_encode's output under Symfony JsonResponse's default flags; the
experiment's keys in order; integer fields; created_at <= modified_at; elabid and date carry the creation date;
colours; tags and tags_id of equal number; canread/canwrite permission JSON; the sharelink to this id; an HTML body
whose tags nest and whose links are http(s); session dates weekly Thursdays; steps, uploads and comments of this item,
steps ordered, finished with finished_time, sha256 upload hashes, an upload's long_name in the folder named by
its first two characters);
1834 Pale Moon bookmarks backup (one line; JSON.stringify's compact output; placesRoot and its four roots with their
guids, root names and ids 1–5; every node's keys in the places backup order, type-specific keys, annos as
description entries; 12-character guids, unique ids, PRTime microseconds, lastModified >= dateAdded, children added
after their folder, a folder's lastModified its newest child's, index = position; place uris http(s) or file:///);
1835 JetBrains live templates (XML; <templateSet group>; every line one of the IDE's template lines at its indent,
attribute values without raw newlines, quotes or markup; unique names; every $VAR$ but END/SELECTION declared by a
<variable> and every variable used; variables then context; known context options; a comment template's lines all
`# ` comments or $END$);
1836 Renovate config (JSON in Prettier's layout; known top-level options; the schema URL; preset names; package rules
with a match condition and an action; schedules in Renovate's words).

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



# ================================================================ round181 shape checks
import shlex, textwrap


def strings_of(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for x in v for s in strings_of(x)]
    if isinstance(v, dict): return [s for k, x in v.items() for s in [k] + strings_of(x)]
    return []


# ---------------------------------------------------------------- 1827 rofi script mode
ROFI_OPTS = {"prompt", "message", "markup-rows", "urgent", "active", "delim", "no-custom", "use-hot-keys",
             "keep-selection", "keep-filter", "new-selection", "data", "theme"}
ROW_OPTS = {"icon", "display", "meta", "nonselectable", "permanent", "info", "urgent", "active"}


def check_rofi(f, raw):
    L = text_file(f, raw)
    if L[0] != "#!/usr/bin/env bash": errors.append(f"{f}: first line {L[0]!r}")
    logical, cur, start = [], None, 0
    for n, l in enumerate(L, 1):
        if cur is None: cur, start = l, n
        else: cur += " " + l.strip()
        if l.endswith("\\") and not l.lstrip().startswith("#"):
            cur = cur[:-1].rstrip(); continue
        logical.append((start, cur)); cur = None
    if cur is not None: errors.append(f"{f}: the file ends inside a continued line")
    stack, funcs, fmt, rows, infos = [], {}, {}, 0, set()
    for n, l in logical:
        s = l.strip()
        if not s or s.startswith("#"): continue
        try: toks = shlex.split(s, comments=True)
        except ValueError as ex: errors.append(f"{f}: line {n}: {ex}"); continue
        if not toks: continue
        fm = re.fullmatch(r"(\w+)\(\) \{", s)
        if fm: stack.append(("{", fm[1])); funcs[fm[1]] = None; continue
        if s == "}":
            if not stack or stack.pop()[0] != "{": errors.append(f"{f}: line {n}: }} closes nothing")
            continue
        if toks[0] == "if":
            if not s.endswith("; then"): errors.append(f"{f}: line {n}: if without '; then'")
            stack.append(("if", n)); continue
        if toks[0] == "fi":
            if not stack or stack.pop()[0] != "if": errors.append(f"{f}: line {n}: fi closes no if")
            continue
        if toks[0] == "case":
            if toks[-1] != "in": errors.append(f"{f}: line {n}: case without in")
            stack.append(("case", n)); continue
        if toks[0] == "esac":
            if not stack or stack.pop()[0] != "case": errors.append(f"{f}: line {n}: esac closes no case")
            continue
        if stack and stack[-1][0] == "case":
            if not re.fullmatch(r"[^()\s]+\) .+ ;;", s): errors.append(f"{f}: line {n}: case arm {s[:40]!r}")
            continue
        inside = next((x[1] for x in reversed(stack) if x[0] == "{"), None)
        if toks[0] == "printf":
            fs = toks[1] if len(toks) > 1 else ""
            if inside:
                pm = re.fullmatch(r"%s\\0(.+)\\n", fs)
                if not pm: errors.append(f"{f}: line {n}: row format {fs!r}"); continue
                parts = pm[1].split("\\x1f")
                if len(parts) % 2: errors.append(f"{f}: line {n}: row options not in name/value pairs"); continue
                for o in parts[::2]:
                    if o not in ROW_OPTS: errors.append(f"{f}: line {n}: unknown row option {o!r}")
                nargs = fs.count("%s")
                if len(toks) - 2 != nargs: errors.append(f"{f}: line {n}: {nargs} %s for {len(toks) - 2} arguments")
                funcs[inside] = nargs
            else:
                pm = re.fullmatch(r"\\0([\w-]+)\\x1f(.*)\\n", fs)
                if not pm or pm[1] not in ROFI_OPTS or len(toks) != 2: errors.append(f"{f}: line {n}: protocol line {fs[:40]!r}"); continue
                if pm[1] == "message": html_nesting(f, pm[2], "the message")
            continue
        if toks[0] in funcs:
            if funcs[toks[0]] is None: errors.append(f"{f}: line {n}: {toks[0]} has no printf"); continue
            if len(toks) - 1 != funcs[toks[0]]: errors.append(f"{f}: line {n}: {toks[0]} with {len(toks) - 1} arguments, wants {funcs[toks[0]]}"); continue
            if toks[0] == "rad":
                rows += 1
                t, info, meta = toks[1:]
                if not t.strip() or not meta.strip(): errors.append(f"{f}: line {n}: empty title or meta")
                if not (re.fullmatch(r"https?://\S+", info) or re.fullmatch(r"[\w.-]+\.pdf", info)): errors.append(f"{f}: line {n}: info {info!r} is neither a link nor a file name")
                if info in infos: errors.append(f"{f}: line {n}: info {info!r} twice")
                infos.add(info)
            continue
        if re.fullmatch(r"[A-Z_]+=\S+", s) or s in ("exit 0",): continue
        if re.fullmatch(r"(rad|rubrik)\b.*", s): errors.append(f"{f}: line {n}: {toks[0]} used before it is defined"); continue
        errors.append(f"{f}: line {n}: unexpected command {s[:40]!r}")
    if stack: errors.append(f"{f}: unclosed {[x[0] for x in stack]}")
    if not rows: errors.append(f"{f}: no rows")
    if "ROFI_RETV" not in raw or "ROFI_INFO" not in raw: errors.append(f"{f}: the script never reads ROFI_RETV / ROFI_INFO")


# ---------------------------------------------------------------- 1828 Free Pascal session
def pascal_strip(f, src):
    """Pascal source with comments ({ }, (* *), //) removed and strings replaced by \\x01; returns (code, strings)"""
    out, strs, i = [], [], 0
    while i < len(src):
        if src.startswith("{", i):
            j = src.find("}", i)
            if j < 0: errors.append(f"{f}: unterminated {{ comment"); return None, []
            if src.startswith("{$", i): out.append(" ")
            i = j + 1; continue
        if src.startswith("(*", i):
            j = src.find("*)", i)
            if j < 0: errors.append(f"{f}: unterminated (* comment"); return None, []
            i = j + 2; continue
        if src.startswith("//", i):
            j = src.find("\n", i); i = len(src) if j < 0 else j; continue
        if src[i] == "'":
            j, s = i + 1, ""
            while True:
                if j >= len(src) or src[j] == "\n": errors.append(f"{f}: unterminated string"); return None, []
                if src[j] == "'":
                    if src.startswith("''", j): s += "'"; j += 2; continue
                    break
                s += src[j]; j += 1
            strs.append(s); out.append("\x01"); i = j + 1; continue
        out.append(src[i]); i += 1
    return "".join(out), strs


def fpc_output(recs, names, enum):
    out, cnt = [], {e: 0 for e in enum}
    for i, r in enumerate(recs, 1):
        out.append(f"{i:2d}. [{names[r['Stan']]}] {r['Tytul']} ({r['Rok']})")
        if r["Adres"]: out.append("    " + r["Adres"])
        if r["Uwagi"]: out.append("    uwagi: " + r["Uwagi"])
        cnt[r["Stan"]] += 1
    out.append("")
    for e in enum:
        out.append(f"{(names[e] + ':'):<17s} {cnt[e]:2d}")
    return out


def check_fpc(f, raw):
    cmds, pre = shell(f, raw, SH)
    if pre: errors.append(f"{f}: text before the first prompt")
    m, src = first_cmd(f, cmds, r"cat ([\w-]+)\.pas", "cat of a .pas file")
    if m is None: return
    prog = m[1]
    m2, comp = first_cmd(f, cmds, r"fpc " + re.escape(prog) + r"\.pas", "fpc run of the file")
    m3, out = first_cmd(f, cmds, r"\./" + re.escape(prog), "run of the program")
    if [c for c, _ in cmds] != [f"cat {prog}.pas", f"fpc {prog}.pas", f"./{prog}"]: errors.append(f"{f}: want cat, fpc, run in that order")
    if comp is not None:
        pats = [r"Free Pascal Compiler version \d+\.\d+\.\d+\S* \[\d{4}/\d\d/\d\d\] for x86_64",
                r"Copyright \(c\) 1993-\d{4} by Florian Klaempfl and others", r"Target OS: Linux for x86-64",
                re.escape(f"Compiling {prog}.pas"), re.escape(f"Linking {prog}"),
                re.escape("/usr/bin/ld.bfd: warning: link.res contains output sections; did you forget -T?"),
                r"(\d+) lines compiled, \d+\.\d sec"]
        if len(comp) != len(pats) or not all(re.fullmatch(p, l) for p, l in zip(pats, comp)): errors.append(f"{f}: fpc's output")
        else:
            lm = re.fullmatch(pats[-1], comp[-1])
            if int(lm[1]) != len(src): errors.append(f"{f}: fpc says {lm[1]} lines, the file has {len(src)}")
    if not src: return
    pm = re.fullmatch(r"program (\w+);", src[0])
    if not pm or pm[1].lower() != prog.lower(): errors.append(f"{f}: first line {src[0]!r}")
    if src[-1] != "end.": errors.append(f"{f}: the program does not end with 'end.'")
    code, strs = pascal_strip(f, "\n".join(src))
    if code is None: return
    if not balanced(f, code, "the program"): return
    low = code.lower()
    opens = len(re.findall(r"\b(?:begin|record|case)\b", low)); ends = len(re.findall(r"\bend\b", low))
    if opens != ends: errors.append(f"{f}: {opens} begin/record/case for {ends} end")
    em = re.search(r"\n  (\w+) = \((\w+(?:, \w+)*)\);", code)
    rm = re.search(r"\n  (\w+) = record\n((?:    \w+: \w+;\n)+)  end;", code)
    if not em or not rm: errors.append(f"{f}: no enumeration or record type"); return
    enum = em[2].split(", ")
    fields = re.findall(r"    (\w+): (\w+);", rm[2])
    names_m = re.search(r"\n  (\w+): array\[" + em[1] + r"\] of string = \(((?:\x01, )*\x01)\);", code)
    if not names_m: errors.append(f"{f}: no status names array"); return
    arr_m = re.search(r"\n  (\w+): array\[1\.\.(\d+)\] of " + rm[1] + r" = \(\n(.*?)\n  \);", code, re.S)
    if not arr_m: errors.append(f"{f}: no typed constant array of {rm[1]}"); return
    starts = [k for k, ch in enumerate(code) if ch == "\x01"]
    def strings_in(a, b):
        return [strs[k] for k, p in enumerate(starts) if a <= p < b]
    names = dict(zip(enum, strings_in(names_m.start(2), names_m.end(2))))
    if len(names) != len(enum) or len(strings_in(names_m.start(2), names_m.end(2))) != len(enum): errors.append(f"{f}: status names do not match the enumeration")
    body = arr_m[3]
    lits = re.findall(r"\(((?:[^()]|\([^()]*\))*)\)", body)
    recs = []
    base = arr_m.start(3)
    for lm in re.finditer(r"\((" + r";".join([r"\s*" + a + r": (\x01|-?\d+|\w+)" for a, _ in fields]) + r")\)", body):
        svals = iter(strings_in(base + lm.start(), base + lm.end()))
        r = {}
        for (a, t), v in zip(fields, lm.groups()[1:]):
            if t == "string":
                if v != "\x01": errors.append(f"{f}: field {a} is not a string"); continue
                r[a] = next(svals)
            elif t == "Integer":
                if not re.fullmatch(r"-?\d+", v): errors.append(f"{f}: field {a} is not an integer"); continue
                r[a] = int(v)
            elif t == em[1]:
                if v not in enum: errors.append(f"{f}: {a} = {v} is not a {em[1]} value")
                r[a] = v
        recs.append(r)
    if len(recs) != len(lits) or len(recs) != int(arr_m[2]): errors.append(f"{f}: array[1..{arr_m[2]}] holds {len(lits)} constants, {len(recs)} with the record's fields in order")
    for r in recs:
        if r.get("Adres") and not re.fullmatch(r"https?://\S+", r["Adres"]): errors.append(f"{f}: Adres {r['Adres'][:30]!r}")
    want_stmts = ["WriteLn(Format('%2d. [%s] %s (%d)', [i, NazwyStanow[Stan], Tytul, Rok]));", "WriteLn('    ', Adres);",
                  "WriteLn('    uwagi: ', Uwagi);", "WriteLn(Format('%-17s %2d', [NazwyStanow[s] + ':', Licz[s]]));"]
    for w in want_stmts:
        if not any(l.strip() == w for l in src): errors.append(f"{f}: the program's output statement {w[:30]!r} is missing")
    if out is not None and len(recs) == int(arr_m[2]) and all(len(r) == len(fields) and r.get('Stan') in enum for r in recs) and len(names) == len(enum):
        if out != fpc_output(recs, names, enum): errors.append(f"{f}: the program's output is not what its data give")


# ---------------------------------------------------------------- 1829 JSONiq query
def jsoniq_strip(f, s):
    """comments (: :) (nested) removed; strings kept as JSON literals; returns the code or None"""
    out, i, depth = [], 0, 0
    while i < len(s):
        if s.startswith("(:", i): depth += 1; i += 2; continue
        if depth:
            if s.startswith(":)", i): depth -= 1; i += 2
            else: i += 1
            continue
        if s[i] == '"':
            j = i + 1
            while j < len(s) and s[j] != '"':
                if s[j] == "\\": j += 1
                if j < len(s) and s[j] == "\n": errors.append(f"{f}: a string across lines"); return None
                j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None
            try: json.loads(s[i:j + 1])
            except ValueError: errors.append(f"{f}: string {s[i:i + 30]!r} is not a JSON string literal")
            out.append(s[i:j + 1]); i = j + 1; continue
        out.append(s[i]); i += 1
    if depth: errors.append(f"{f}: an unclosed (: comment"); return None
    return "".join(out)


JSONIQ_FN = {"size", "count", "string", "concat", "json-lines", "json-file", "keys", "distinct-values", "sum", "avg"}


def check_jsoniq(f, raw):
    text_file(f, raw)
    code = jsoniq_strip(f, raw)
    if code is None: return
    blank = re.sub(r'"(?:[^"\\\n]|\\.)*"', lambda m: '"' + "x" * (len(m[0]) - 2) + '"', code)
    if not balanced(f, blank.replace("{|", "{").replace("|}", "}"), "the query"): return
    lm = re.search(r"let \$(\w+) := \[", code)
    if not lm: errors.append(f"{f}: no let $var := [ … ]"); return
    i, d = lm.end() - 1, 0
    for j in range(i, len(blank)):
        if blank[j] in "[{": d += 1
        elif blank[j] in "]}": d -= 1
        if d == 0: break
    try: arr = json.loads(code[i:j + 1])
    except ValueError as ex: errors.append(f"{f}: the list is not JSON: {ex}"); return
    if not isinstance(arr, list) or not arr or not all(isinstance(o, dict) for o in arr): errors.append(f"{f}: the list is not an array of objects"); return
    ks = list(arr[0])
    vals = {}
    for o in arr:
        if list(o) != ks: errors.append(f"{f}: an object's keys {list(o)} differ from {ks}")
        for k, v in o.items(): vals.setdefault(k, set()).add(v if not isinstance(v, (dict, list)) else None)
        if "an" in o and type(o["an"]) is not int: errors.append(f"{f}: an = {o['an']!r} is not an integer")
        if "link" in o and o["link"] is not None and not re.fullmatch(r"https?://\S+", str(o["link"])): errors.append(f"{f}: link {o['link']!r}")
    rest = blank[:i] + blank[j + 1:]
    declared = {lm[1]}
    for dm in re.finditer(r"\b(?:let|for|group by)\s+\$(\w+)", rest): declared.add(dm[1])
    for um in re.finditer(r"\$(\w+)", rest):
        if um[1] not in declared: errors.append(f"{f}: ${um[1]} is never bound")
    for km in re.finditer(r"\$(?:\$|\w+)\.(\w+)", rest):
        if km[1] not in ks: errors.append(f"{f}: .{km[1]} is not a key of the list's objects")
    for cm in re.finditer(r"\$(?:\$|\w+)\.(\w+) (?:eq|ne|lt|gt|le|ge) (\"[^\"]*\")", code[:i] + code[j + 1:]):
        if json.loads(cm[2]) not in vals.get(cm[1], set()): errors.append(f"{f}: {cm[1]} compared with {cm[2]}, a value no object has")
    for fm in re.finditer(r"(?<![\w$.-])([a-z][\w-]*)\(", rest):
        if fm[1] not in JSONIQ_FN: errors.append(f"{f}: unknown function {fm[1]}()")
    if not re.search(r"\breturn\b", rest): errors.append(f"{f}: no return clause")
    for l in raw.split("\n"):
        if l.startswith("let ") and not l.startswith("let $"): errors.append(f"{f}: let without a variable")


# ---------------------------------------------------------------- 1830 Mako template
def check_mako(f, raw):
    L = text_file(f, raw)
    if L[0] != "## -*- coding: utf-8 -*-": errors.append(f"{f}: no magic encoding comment first")
    if not re.search(r'^<%inherit file="[\w/.-]+\.mako"/>$', raw, re.M): errors.append(f"{f}: no <%inherit>")
    mb = re.search(r"^<%!\n(.*?)\n%>$", raw, re.M | re.S)
    if not mb: errors.append(f"{f}: no module-level <%! %> block"); return
    try: tree = ast.parse(textwrap.dedent(mb[1]))
    except SyntaxError as ex: errors.append(f"{f}: the <%! %> block is not Python: {ex}"); return
    recs, listname = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            listname = node.targets[0].id
            recs = []
            for el in node.value.elts:
                if not (isinstance(el, ast.Call) and isinstance(el.func, ast.Name) and el.func.id == "dict" and not el.args):
                    errors.append(f"{f}: a list entry is not dict(...)"); continue
                r = {}
                for kw in el.keywords:
                    if not isinstance(kw.value, ast.Constant): errors.append(f"{f}: {kw.arg} is not a literal"); continue
                    r[kw.arg] = kw.value.value
                recs.append(r)
    if not recs: errors.append(f"{f}: no list of dicts"); return
    ks = list(recs[0])
    for r in recs:
        if list(r) != ks: errors.append(f"{f}: a dict's keys {list(r)} differ from {ks}")
        if r.get("odkaz") is not None and not re.fullmatch(r"https?://\S+", r["odkaz"]): errors.append(f"{f}: odkaz {r['odkaz']!r}")
    ds = [dt_ok(r.get("datum"), "%Y-%m-%d") for r in recs]
    if not weekly(ds) or len({d.weekday() for d in ds}) != 1: errors.append(f"{f}: dates not weekly on one weekday")
    elif ds[0].weekday() != 2 and "ve středu" in raw: errors.append(f"{f}: the page says Wednesday, the dates are not")
    stack = []
    rest = raw[:mb.start()] + raw[mb.end():]
    for n, l in enumerate(rest.split("\n"), 1):
        s = l.strip()
        if s.startswith("%") and not s.startswith("%>"):
            cm = re.fullmatch(r"% (for|if|elif|else|endfor|endif)\b(.*)", s)
            if not cm: errors.append(f"{f}: control line {s[:30]!r}"); continue
            k, tail = cm[1], cm[2]
            if k in ("for", "if", "elif", "else") and not tail.endswith(":"): errors.append(f"{f}: control line without ':'")
            if k == "for":
                fm = re.fullmatch(r" (\w+) in (\w+):", tail)
                if not fm or fm[2] != listname: errors.append(f"{f}: % for over {tail!r}")
                stack.append("for")
            elif k == "if": stack.append("if")
            elif k in ("elif", "else"):
                if not stack or stack[-1] != "if": errors.append(f"{f}: % {k} outside % if")
            elif k == "endfor":
                if not stack or stack.pop() != "for": errors.append(f"{f}: % endfor closes no % for")
            elif k == "endif":
                if not stack or stack.pop() != "if": errors.append(f"{f}: % endif closes no % if")
    if stack: errors.append(f"{f}: unclosed control lines {stack}")
    tags = re.findall(r"<(/?)%(def|block|inherit|include|namespace|doc)\b", rest)
    st = []
    for close, name in tags:
        if name in ("inherit", "include", "namespace"): continue
        if close:
            if not st or st.pop() != name: errors.append(f"{f}: </%{name}> closes nothing")
        else: st.append(name)
    if st: errors.append(f"{f}: unclosed <%{st}>")
    for em in re.finditer(r"\$\{(.*?)\}", rest):
        expr = em[1].split(" | ")[0]
        try: ast.parse(expr, mode="eval")
        except SyntaxError: errors.append(f"{f}: ${{{em[1]}}} is not a Python expression"); continue
        for km in re.finditer(r"\w\['(\w+)'\]", expr):
            if km[1] not in ks: errors.append(f"{f}: key {km[1]!r} is not in the list's dicts")
    html = "\n".join(l for l in re.sub(r"<%(?:def|block)[^>]*>|</%(?:def|block)>|<%inherit[^>]*/>|\$\{.*?\}", "", rest).split("\n")
                     if not l.strip().startswith(("%", "##")))
    html_nesting(f, html, "the template's HTML")


# ---------------------------------------------------------------- 1831 ColdFusion page
CF_PAIRED = {"cfscript", "cfoutput", "cfloop", "cfif"}
CF_SINGLE = {"cfset", "cfinclude", "cfelse"}
CF_FN = {"encodeForHTML", "arrayLen", "dateFormat", "len", "createDate", "dateAdd"}


def cf_script_value(f, toks, i):
    """parse a CFScript literal at toks[i]: string, number, [array] or {struct}; returns (value, next index)"""
    t = toks[i]
    if t[0] == "S": return t[1], i + 1
    if t[0] == "N": return int(t[1]), i + 1
    if t == ("P", "["):
        out, i = [], i + 1
        while toks[i] != ("P", "]"):
            v, i = cf_script_value(f, toks, i); out.append(v)
            if toks[i] == ("P", ","): i += 1
        return out, i + 1
    if t == ("P", "{"):
        out, i = {}, i + 1
        while toks[i] != ("P", "}"):
            if toks[i][0] != "I" or toks[i + 1] not in (("P", ":"), ("P", "=")): raise ValueError(f"struct key at {toks[i]}")
            k = toks[i][1]; v, i = cf_script_value(f, toks, i + 2)
            if k in out: raise ValueError(f"key {k} twice")
            out[k] = v
            if toks[i] == ("P", ","): i += 1
        return out, i + 1
    raise ValueError(f"unexpected {t}")


def cf_tokens(f, s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace(): i += 1; continue
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i)
            if j < 0: errors.append(f"{f}: unterminated /* comment"); return None
            i = j + 2; continue
        if c == '"':
            j, v = i + 1, ""
            while True:
                if j >= len(s) or s[j] == "\n": errors.append(f"{f}: unterminated CFScript string"); return None
                if s[j] == '"':
                    if s.startswith('""', j): v += '"'; j += 2; continue
                    break
                v += s[j]; j += 1
            if "#" in v.replace("##", ""): errors.append(f"{f}: a single # inside a string {v[:30]!r}")
            toks.append(("S", v)); i = j + 1; continue
        m = re.match(r"\d+|[A-Za-z_]\w*|!=|==|.", s[i:])
        t = m.group(0)
        toks.append(("N" if t[0].isdigit() else "I" if t[0].isalpha() or t[0] == "_" else "P", t)); i += len(t)
    return toks


def check_cfml(f, raw):
    L = text_file(f, raw)
    if raw.count("<!---") != raw.count("--->"): errors.append(f"{f}: unbalanced <!--- ---> comments"); return
    text = re.sub(r"<!---.*?--->", "", raw, flags=re.S)
    st = []
    for tm in re.finditer(r"<(/?)(cf\w+)\b([^>]*)>", text):
        close, name = tm[1], tm[2].lower()
        if name in CF_SINGLE:
            if close: errors.append(f"{f}: </{name}>")
            if name == "cfelse" and (not st or st[-1] != "cfif"): errors.append(f"{f}: <cfelse> outside <cfif>")
            continue
        if name not in CF_PAIRED: errors.append(f"{f}: tag <{name}>"); continue
        if close:
            if not st or st.pop() != name: errors.append(f"{f}: </{name}> closes nothing open"); return
        else: st.append(name)
    if st: errors.append(f"{f}: unclosed {st}"); return
    sm = re.search(r"<cfscript>\n(.*?)\n</cfscript>", text, re.S)
    if not sm: errors.append(f"{f}: no <cfscript> block"); return
    toks = cf_tokens(f, sm[1])
    if toks is None: return
    if not balanced(f, "".join(t[1] if t[0] == "P" else "x" for t in toks), "the cfscript block"): return
    try:
        k = toks.index(("I", "leituras"))
        if toks[k + 1] != ("P", "="): raise ValueError("no assignment")
        arr, nxt = cf_script_value(f, toks, k + 2)
        if toks[nxt] != ("P", ";"): raise ValueError("no ; after the array")
    except (ValueError, IndexError) as ex: errors.append(f"{f}: the list does not parse: {ex}"); return
    if not arr or not all(isinstance(x, dict) for x in arr): errors.append(f"{f}: not an array of structs"); return
    ks = list(arr[0])
    for x in arr:
        if list(x) != ks: errors.append(f"{f}: a struct's keys {list(x)} differ from {ks}")
        if x.get("link") and not re.fullmatch(r"https?://\S+", x["link"]): errors.append(f"{f}: link {x['link'][:30]!r}")
        if "ano" in x and type(x["ano"]) is not int: errors.append(f"{f}: ano not a number")
    for cm in re.finditer(r"l\.(\w+) (?:!=|==) \"([^\"]*)\"", sm[1]):
        if cm[1] not in ks or cm[2] not in {x.get(cm[1]) for x in arr}: errors.append(f"{f}: filter on {cm[1]} = {cm[2]!r} matches nothing")
    dm = re.search(r"createDate\((\d+), (\d+), (\d+)\)", sm[1])
    d = dt_ok(f"{dm[1]}-{dm[2]}-{dm[3]}", "%Y-%m-%d") if dm else None
    if d is None: errors.append(f"{f}: no valid createDate")
    elif "às quintas" in raw and d.weekday() != 3: errors.append(f"{f}: the first meeting is not a Thursday")
    om = re.search(r"<cfoutput>\n(.*?)\n</cfoutput>", text, re.S)
    if not om: errors.append(f"{f}: no <cfoutput>"); return
    known = {"pageTitle", "leituras", "pendentes", "primeiroEncontro", "ultimoEncontro", "l"}
    for n, l in enumerate(om[1].split("\n"), 1):
        if l.replace("##", "").count("#") % 2: errors.append(f"{f}: cfoutput line {n}: unpaired #"); continue
        for em in re.findall(r"#([^#]+)#", l.replace("##", "")):
            for fn in re.findall(r"(\w+)\(", em):
                if fn not in CF_FN: errors.append(f"{f}: unknown function {fn}")
            for v in re.findall(r"(?<![\w.\"])([A-Za-z_]\w*)(?![\w(])", re.sub(r'"[^"]*"', "", em)):
                if v not in known: errors.append(f"{f}: unknown variable {v}")
            for km in re.findall(r"\bl\.(\w+)", em):
                if km not in ks: errors.append(f"{f}: l.{km} is not a key of the structs")
    lm = re.search(r'<cfloop array="#(\w+)#" item="(\w+)">', om[1])
    if not lm or lm[1] != "leituras": errors.append(f"{f}: the loop is not over the list")
    html_nesting(f, re.sub(r"</?cf\w+[^>]*>", "", om[1]), "the cfoutput HTML")


# ---------------------------------------------------------------- 1832 networkx GML
def gml_escape(text):
    return re.sub('[^ -~]|[&"]', lambda m: "&#" + str(ord(m.group(0))) + ";", text)


def gml_parse(f, raw):
    toks = re.findall(r'\s*(?:("[^"]*")|(\[)|(\])|([A-Za-z][A-Za-z0-9]*)|([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\S))', raw)
    pos = [0]
    def value():
        s, o, c, k, n, bad = toks[pos[0]]
        pos[0] += 1
        if s: return ("s", s[1:-1])
        if n: return ("i", int(n)) if re.fullmatch(r"[+-]?\d+", n) else ("f", float(n))
        if o: return ("l", lst(True))
        raise ValueError(f"unexpected {bad or c or k!r}")
    def lst(inner):
        out = []
        while pos[0] < len(toks):
            s, o, c, k, n, bad = toks[pos[0]]
            if c:
                if not inner: raise ValueError("] at the top level")
                pos[0] += 1; return out
            if not k: raise ValueError(f"a key expected, got {s or n or bad!r}")
            pos[0] += 1
            out.append((k, value()))
        if inner: raise ValueError("unclosed [")
        return out
    return lst(False)


def gml_lines(items, ind):
    L = []
    for k, (t, v) in items:
        if t == "l": L += [" " * ind + k + " ["] + gml_lines(v, ind + 2) + [" " * ind + "]"]
        elif t == "s": L.append(" " * ind + k + ' "' + v + '"')
        else: L.append(" " * ind + k + " " + str(v))
    return L


GML_TYPES = {"artikkeli", "blogi", "repo", "dokumentaatio"}


def check_gml(f, raw):
    L = text_file(f, raw)
    try: top = gml_parse(f, raw)
    except (ValueError, IndexError) as ex: errors.append(f"{f}: GML does not parse: {ex}"); return
    if len(top) != 1 or top[0][0] != "graph" or top[0][1][0] != "l": errors.append(f"{f}: not one graph [ … ]"); return
    g = top[0][1][1]
    if gml_lines(top, 0) != L: errors.append(f"{f}: not in networkx's write_gml layout")
    if not g or g[0] != ("directed", ("i", 1)): errors.append(f"{f}: `directed 1` is not first")
    seen_node = seen_edge = False
    for k, _ in g:
        if k == "node":
            if seen_edge: errors.append(f"{f}: a node after the edges (networkx writes all nodes first)")
            seen_node = True
        elif k == "edge": seen_edge = True
        elif seen_node or seen_edge: errors.append(f"{f}: graph attribute {k} after the nodes")
    def strs(items):
        for k, (t, v) in items:
            if t == "s": yield v
            elif t == "l": yield from strs(v)
    for s in strs(top):
        if gml_escape(html.unescape(s)) != s: errors.append(f"{f}: string {s[:30]!r} is not escaped as networkx escapes")
    ids, labels = [], set()
    for k, (t, v) in g:
        if k != "node": continue
        if t != "l" or len(v) < 2 or v[0][0] != "id" or v[1][0] != "label": errors.append(f"{f}: a node without id then label"); continue
        ids.append(v[0][1][1])
        lab = v[1][1][1]
        if lab in labels: errors.append(f"{f}: label {lab[:30]!r} twice")
        labels.add(lab)
        a = dict((x, y[1]) for x, y in v[2:])
        if len(a) != len(v) - 2: errors.append(f"{f}: a node attribute twice")
        if a.get("tyyppi") not in GML_TYPES: errors.append(f"{f}: tyyppi {a.get('tyyppi')!r}")
        if "url" in a and not re.fullmatch(r"https?://\S+", a["url"]): errors.append(f"{f}: url {a['url'][:30]!r}")
        if "arxiv" in a and not re.fullmatch(r"\d{4}\.\d{4,5}", a["arxiv"]): errors.append(f"{f}: arxiv {a['arxiv']!r}")
        if "pdf" in a and not re.fullmatch(r"[\w/.-]+\.pdf", a["pdf"]): errors.append(f"{f}: pdf {a['pdf']!r}")
        if "vuosi" in a and not (isinstance(a["vuosi"], int) and 1990 <= a["vuosi"] <= 2025): errors.append(f"{f}: vuosi {a['vuosi']!r}")
        if a.get("tyyppi") == "artikkeli" and not ({"url", "arxiv", "pdf"} & set(a)): errors.append(f"{f}: a paper node without url, arxiv or pdf")
    if ids != list(range(len(ids))): errors.append(f"{f}: node ids {ids} are not 0..{len(ids) - 1} in order")
    for k, (t, v) in g:
        if k != "edge": continue
        if t != "l" or len(v) < 2 or v[0][0] != "source" or v[1][0] != "target": errors.append(f"{f}: an edge without source then target"); continue
        s_, t_ = v[0][1][1], v[1][1][1]
        if s_ not in ids or t_ not in ids: errors.append(f"{f}: an edge {s_}->{t_} to a missing node")
        if s_ == t_: errors.append(f"{f}: a loop edge")


# ---------------------------------------------------------------- 1833 eLabFTW experiment (API JSON)
def php_json(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "[" + ",".join(php_json(x) for x in v) + "]"
    if isinstance(v, dict): return "{" + ",".join(php_json(k) + ":" + php_json(x) for k, x in v.items()) + "}"
    out = []
    for ch in v:
        o = ord(ch)
        if ch == "\\": out.append("\\\\")
        elif ch == "/": out.append("\\/")
        elif ch in "<>&'\"": out.append("\\u%04X" % o)
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif o < 0x20: out.append("\\u%04x" % o)
        elif o < 0x80: out.append(ch)
        elif o < 0x10000: out.append("\\u%04x" % o)
        else:
            o -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
    return '"' + "".join(out) + '"'


ELAB_KEYS = ["id", "elabid", "date", "title", "body", "content_type", "category", "category_title", "category_color",
             "status", "status_title", "status_color", "rating", "locked", "userid", "fullname", "firstname", "lastname",
             "orcid", "team", "team_name", "custom_id", "created_at", "modified_at", "state", "metadata", "tags",
             "tags_id", "canread", "canwrite", "sharelink", "page", "type", "steps", "experiments_links", "items_links",
             "uploads", "comments"]
TS = "%Y-%m-%d %H:%M:%S"


def check_elab(f, raw):
    if "\n" in raw: errors.append(f"{f}: more than one line (the API answers with one)")
    if "\r" in raw: errors.append(f"{f}: CR characters")
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if not isinstance(v, dict): errors.append(f"{f}: not an object"); return
    if php_json(v) != raw: errors.append(f"{f}: not json_encode's output with JsonResponse's default flags (\\/, \\uXXXX, \\u003C …)")
    if list(v) != ELAB_KEYS: errors.append(f"{f}: keys {list(v)[:6]}… are not the experiment's"); return
    for k in ("id", "content_type", "category", "status", "rating", "locked", "userid", "team", "state"):
        if type(v[k]) is not int: errors.append(f"{f}: {k} is not an integer")
    cr, md = dt_ok(v["created_at"], TS), dt_ok(v["modified_at"], TS)
    if not cr or not md or md < cr: errors.append(f"{f}: created_at / modified_at")
    em = re.fullmatch(r"(\d{8})-[0-9a-f]{40}", str(v["elabid"]))
    if not em or not cr or em[1] != cr.strftime("%Y%m%d"): errors.append(f"{f}: elabid {v['elabid']!r} does not carry the creation date")
    if not cr or v["date"] != cr.strftime("%Y-%m-%d"): errors.append(f"{f}: date {v['date']!r} is not the creation date")
    for k in ("category_color", "status_color"):
        if not re.fullmatch(r"[0-9A-F]{6}", str(v[k])): errors.append(f"{f}: {k} {v[k]!r}")
    if len(str(v["tags"]).split("|")) != len(str(v["tags_id"]).split(",")): errors.append(f"{f}: tags and tags_id differ in number")
    for k in ("canread", "canwrite"):
        try:
            p = json.loads(v[k])
            if set(p) != {"base", "teams", "users", "teamgroups"} or p["base"] not in (10, 20, 30, 40, 50): raise ValueError
        except (ValueError, TypeError): errors.append(f"{f}: {k} is not a permission object")
    if not re.fullmatch(r"https://[\w.-]+/experiments\.php\?mode=view&id=" + str(v["id"]), str(v["sharelink"])): errors.append(f"{f}: sharelink")
    if v["content_type"] != 1: errors.append(f"{f}: the body is not HTML (content_type {v['content_type']})")
    body = v["body"]
    html_nesting(f, body, "the body")
    for u in re.findall(r'href="([^"]*)"', body):
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: body link {u[:30]!r}")
    rows = re.findall(r"<tr>\n<td>(\d\d/\d\d)</td>", body)
    ds = [dt_ok(f"{r}/{cr.year}", "%d/%m/%Y") for r in rows] if cr else []
    if not rows or not weekly(ds) or {d.weekday() for d in ds} != {3}: errors.append(f"{f}: session dates not weekly Thursdays")
    elif "els dijous" not in body: notes.append(f"{f}: the body does not name the weekday")
    for name in ("steps", "uploads", "comments"):
        for x in v[name]:
            if x.get("item_id") != v["id"]: errors.append(f"{f}: a {name[:-1]} of another item")
    if [s["ordering"] for s in v["steps"]] != list(range(1, len(v["steps"]) + 1)): errors.append(f"{f}: steps' ordering")
    for s in v["steps"]:
        if (s["finished"] == 1) != (s["finished_time"] is not None): errors.append(f"{f}: a step's finished and finished_time disagree")
    for u in v["uploads"]:
        if not re.fullmatch(r"[0-9a-f]{64}", u.get("hash", "")) or u.get("hash_algorithm") != "sha256": errors.append(f"{f}: upload hash")
        lm = re.fullmatch(r"([0-9a-f]{2})/([0-9a-f]+)\.\w+", u.get("long_name", ""))
        if not lm or not lm[2].startswith(lm[1]): errors.append(f"{f}: upload long_name {u.get('long_name')!r} not in its two-character folder")


# ---------------------------------------------------------------- 1834 Pale Moon bookmarks backup
PM_ROOTS = [("root________", "placesRoot", 1), ("menu________", "bookmarksMenuFolder", 2), ("toolbar_____", "toolbarFolder", 3),
            ("tags________", "tagsFolder", 4), ("unfiled_____", "unfiledBookmarksFolder", 5)]
PM_HEAD = ["guid", "title", "index", "dateAdded", "lastModified", "id"]


def check_palemoon(f, raw):
    if "\n" in raw: errors.append(f"{f}: more than one line (the backup is one JSON line)")
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify's compact output")
    if not isinstance(v, dict): return
    got = [(v.get("guid"), v.get("root"), v.get("id"))] + [(c.get("guid"), c.get("root"), c.get("id")) for c in v.get("children", [])]
    if got != PM_ROOTS: errors.append(f"{f}: the roots are not placesRoot and its four folders in order")
    ids = set()
    def walk(n, parent):
        ks = list(n)
        t = n.get("type")
        if ks[:6] != PM_HEAD: errors.append(f"{f}: node keys {ks[:6]}"); return
        rest = ks[6:]
        if rest and rest[0] == "annos":
            for a in n["annos"]:
                if list(a) != ["name", "flags", "expires", "value"] or a["name"] != "bookmarkProperties/description": errors.append(f"{f}: anno {a}")
            rest = rest[1:]
        want = {"text/x-moz-place-container": [["type", "root", "children"], ["type", "root"], ["type", "children"], ["type"]],
                "text/x-moz-place": [["type", "uri"]], "text/x-moz-place-separator": [["type"]]}.get(t)
        if want is None or rest not in want: errors.append(f"{f}: {n.get('title', '')[:20]!r}: keys {rest} for type {t}"); return
        if not re.fullmatch(r"[A-Za-z0-9_-]{12}", str(n["guid"])): errors.append(f"{f}: guid {n['guid']!r}")
        if n["id"] in ids: errors.append(f"{f}: id {n['id']} twice")
        ids.add(n["id"])
        for k in ("dateAdded", "lastModified"):
            if not (type(n[k]) is int and 10 ** 15 <= n[k] < 10 ** 16): errors.append(f"{f}: {k} {n[k]!r} is not PRTime")
        if n["lastModified"] < n["dateAdded"]: errors.append(f"{f}: lastModified before dateAdded")
        if parent is not None and n["dateAdded"] < parent["dateAdded"]: errors.append(f"{f}: {n['title'][:20]!r} added before its folder")
        if t == "text/x-moz-place":
            if not re.fullmatch(r"https?://\S+|file:///\S+", n["uri"]): errors.append(f"{f}: uri {n['uri'][:30]!r}")
        if t == "text/x-moz-place-separator" and n["title"]: errors.append(f"{f}: a separator with a title")
        kids = n.get("children", [])
        for i, k in enumerate(kids):
            if k.get("index") != i: errors.append(f"{f}: {k.get('title', '')[:20]!r} index {k.get('index')} at position {i}")
            walk(k, n)
        if kids and n["lastModified"] < max(k["lastModified"] for k in kids if "lastModified" in k): errors.append(f"{f}: a folder older than its newest child")
    walk(v, None)


# ---------------------------------------------------------------- 1835 JetBrains live templates
LT_CTX = {"Python", "OTHER", "PY_COMMENT", "Python_Class", "HTML", "JAVA_SCRIPT", "SHELL_SCRIPT"}


def check_livetemplates(f, raw):
    L = text_file(f, raw)
    try: root = ET.fromstring(raw)
    except ET.ParseError as ex: errors.append(f"{f}: XML: {ex}"); return
    if root.tag != "templateSet" or list(root.attrib) != ["group"]: errors.append(f"{f}: root {root.tag} {dict(root.attrib)}")
    if not re.fullmatch(r'<templateSet group="[^"<>&]+">', L[0]) or L[-1] != "</templateSet>": errors.append(f"{f}: first or last line")
    ATTR = r'"(?:[^"<>&\n]|&(?:#10|quot|amp|lt|gt|apos);)*"'
    pats = [("  ", re.compile(r'<template name="[\w-]+" value=' + ATTR + ' description=' + ATTR + ' toReformat="(?:true|false)" toShortenFQNames="(?:true|false)">')),
            ("    ", re.compile(r'<variable name="\w+" expression=' + ATTR + ' defaultValue=' + ATTR + ' alwaysStopAt="(?:true|false)" />')),
            ("    ", re.compile(r"<context>")), ("      ", re.compile(r'<option name="\w+" value="(?:true|false)" />')),
            ("    ", re.compile(r"</context>")), ("  ", re.compile(r"</template>"))]
    for n, l in enumerate(L[1:-1], 2):
        if not any(l.startswith(ind) and not l[len(ind)].isspace() and p.fullmatch(l[len(ind):]) for ind, p in pats):
            errors.append(f"{f}: line {n}: not a template line in the IDE's layout: {l[:40]!r}")
    names = set()
    for t in root:
        if t.tag != "template": errors.append(f"{f}: element {t.tag}"); continue
        nm = t.get("name")
        if nm in names: errors.append(f"{f}: template {nm} twice")
        names.add(nm)
        val = t.get("value", "")
        used = set(re.findall(r"\$(\w+)\$", val)) - {"END", "SELECTION"}
        if val.count("$END$") > 1: errors.append(f"{f}: {nm}: $END$ twice")
        vs = [c.get("name") for c in t if c.tag == "variable"]
        if set(vs) != used: errors.append(f"{f}: {nm}: variables {sorted(vs)} for placeholders {sorted(used)}")
        kids = [c.tag for c in t]
        if kids != ["variable"] * len(vs) + ["context"]: errors.append(f"{f}: {nm}: children {kids}")
        ctx = t.find("context")
        if ctx is not None:
            if not len(ctx): errors.append(f"{f}: {nm}: an empty context")
            for o in ctx:
                if o.get("name") not in LT_CTX: errors.append(f"{f}: {nm}: context {o.get('name')}")
        if val.startswith("#"):
            for line in val.split("\n"):
                if line != "$END$" and not line.startswith("# "): errors.append(f"{f}: {nm}: a value line that is not a comment: {line[:30]!r}")


# ---------------------------------------------------------------- 1836 Renovate config
RENOVATE_KEYS = {"$schema", "description", "extends", "labels", "reviewers", "assignees", "prConcurrentLimit", "prHourlyLimit",
                 "rangeStrategy", "packageRules", "lockFileMaintenance", "vulnerabilityAlerts", "schedule", "timezone", "automerge"}
RULE_KEYS = {"description", "matchDepTypes", "matchUpdateTypes", "matchPackageNames", "matchPackagePatterns", "matchManagers",
             "groupName", "automerge", "enabled", "allowedVersions", "schedule", "labels"}


def prettier_json(v, ind=0, pre=""):
    sp = " " * ind
    if isinstance(v, dict):
        L = [sp + pre + "{"]
        for i, (k, x) in enumerate(v.items()):
            sub = prettier_json(x, ind + 2, json.dumps(k, ensure_ascii=False) + ": ")
            if i < len(v) - 1: sub[-1] += ","
            L += sub
        return L + [sp + "}"]
    if isinstance(v, list):
        one = "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]"
        if all(not isinstance(x, (dict, list)) for x in v) and len(sp + pre + one) + 1 <= 80:
            return [sp + pre + one]
        L = [sp + pre + "["]
        for i, x in enumerate(v):
            sub = prettier_json(x, ind + 2)
            if i < len(v) - 1: sub[-1] += ","
            L += sub
        return L + [sp + "]"]
    return [sp + pre + json.dumps(v, ensure_ascii=False)]


def check_renovate(f, raw):
    L = text_file(f, raw)
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: does not parse: {ex}"); return
    if prettier_json(v) != L: errors.append(f"{f}: not in Prettier's layout")
    if not isinstance(v, dict): return
    for k in v:
        if k not in RENOVATE_KEYS: errors.append(f"{f}: unknown option {k}")
    if v.get("$schema") != "https://docs.renovatebot.com/renovate-schema.json": errors.append(f"{f}: $schema")
    for p in v.get("extends", []):
        if not re.fullmatch(r"(?:[\w-]+:[\w-]+|:[\w-]+)(?:\([^()]*\))?", p): errors.append(f"{f}: preset {p!r}")
    for r in v.get("packageRules", []):
        if set(r) - RULE_KEYS: errors.append(f"{f}: rule keys {sorted(set(r) - RULE_KEYS)}")
        if not any(k.startswith("match") for k in r): errors.append(f"{f}: a rule without a match condition")
        if not any(not k.startswith("match") and k != "description" for k in r): errors.append(f"{f}: a rule without an action")
    for s in v.get("lockFileMaintenance", {}).get("schedule", []):
        if not re.fullmatch(r"(?:before|after) \d{1,2}(?:am|pm) on \w+|every weekend", s): errors.append(f"{f}: schedule {s!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {1827: check_rofi, 1828: check_fpc, 1829: check_jsoniq, 1830: check_mako, 1831: check_cfml,
     1832: check_gml, 1833: check_elab, 1834: check_palemoon, 1835: check_livetemplates,
     1836: check_renovate}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML/HTML entities undone (1832's and 1835's character references among them); the JSON strings of 1833 and 1834
    (the whole file) and of 1829's list; Pascal's and CFML's doubled quotes undone (1828, 1831)"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    if num(f) in (1833, 1834):
        try: vals = [json.loads(raw)]
        except ValueError: pass
    if num(f) == 1829:
        m = re.search(r"let \$\w+ := (\[.*?\n\])", raw, re.S)
        if m:
            try: vals = [json.loads(m[1])]
            except ValueError: pass
    if num(f) == 1828: forms.append(raw.replace("''", "'"))
    if num(f) == 1831: forms.append(raw.replace('""', '"'))
    if vals:
        s = "\n".join(strings_of(vals))
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








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/rounds/*/expected.json except round180's and round181's, a byte-identical file counted once), and the
# round180/round181 split (candidates sorted by (uses, catalogue title); round181 = odd positions from 3 on, one
# unbroken run; round180 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P180S = ["/work/rounds/digests-round180/expected.json", "/work/main/tests/data/digests-round180/expected.json"]
P180 = next((p for p in P180S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P180S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round180", "digests-round181") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round181 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r180 = set()
if P180:
    try:
        r180 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P180)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P180} exists but could not be read (being written?)")
    if r180 & mine: errors.append(f"papers also in round180: {sorted(r180 & mine)}")
shared180 = len(r180 & mine) if P180 else "(no round180 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round181 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round180: {shared180}; papers in more than one round181 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


