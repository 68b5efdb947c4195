#!/usr/bin/env python3
r"""Checks round77/expected.json against the digests and the shared catalogues.

Adapted from round75/validate.py (the label checks are the same code; the reuse report is round75's with round76 /
round77 in place of round74 / round75: round77 holds the even positions, round76 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round76's and round77's
own (a digests-round76 / digests-round77 folder, or a file whose bytes equal round76's or round77's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round77 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round76/expected.json when that file
exists (read only), and on a paper in more than one round77 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 790 each mongosh result read back as JSON
(single-quoted strings, unquoted keys, ObjectId / ISODate); 792 the NestedText read as JSON; 793 Gson's \uXXXX escapes undone; everything: HTML entities undone once and twice, percent-escapes
undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a
decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 787 bzr log (60-dash rules indented four spaces a merge level, revno / tags /
author / committer / branch nick / timestamp / fixes bugs / message: order, right weekday, mainline revnos and
timestamps descending, dotted revnos only under a [merge], message lines indented, file lists); 788 Airflow (every line
`[date, time UTC] {file.py:N} LEVEL - msg` but `*** ` source lines and a traceback after "Task failed with exception",
times ascending per attempt, attempt numbers agree with the file name and AIRFLOW_CTX_TRY_NUMBER); 789 Muse (#title
first, directives before the body, headings, balanced [[ ]] links to http(s), <example> closed, footnote references
and definitions match); 790 mongosh (banner, ObjectId / ISODate forms, no trailing commas, even indentation, one-line
containers within 80 columns, results read back, countDocuments = documents shown); 791 Pug (extends first, two-space
indentation one level at a time, no TABs, top-level extends / block / mixin / include only, +calls name defined
mixins, strings and parentheses closed, #[ ] closed, #{…} names a variable, text blocks after `tag.` and comments); 792 NestedText (a reader reports bad lines, indentation, TABs, repeated keys; sessions have dates,
articles título); 793 logcat threadtime (line grammar, tag padded to eight, times ascending, OkHttp body byte count);
794 git blame --porcelain (group headers with four numbers, further lines with three, final line numbers
consecutive, group sizes, commit details once per commit in git's order with boundary / previous and filename, TAB
before every content line); 795 Pollen (#lang pollen, balanced braces outside ◊; comments, lozenge followed by a name / ( / ; / |,
◊link targets, define-meta form); 796 Zellij KDL (balanced braces and strings, closed block comments, known node
names, property values, `layout` first).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import datetime, html, json, os, re, sys
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


def mongosh_blocks(raw):
    """the result blocks after each `db> ` prompt line, as lists of lines"""
    blocks, cur = [], None
    for l in raw.split("\n"):
        if re.match(r"[\w-]+> ", l):
            cur = []; blocks.append((l, cur)); continue
        if cur is not None: cur.append(l)
    return blocks


def mongosh_to_json(lines):
    s = "\n".join(lines).strip()
    s = re.sub(r"(ObjectId|ISODate)\('([^']*)'\)", r'"\1(\2)"', s)
    out, i = [], 0
    while i < len(s):  # single-quoted strings to JSON strings
        c = s[i]
        if c == '"':
            j = i + 1
            while s[j] != '"': j += 2 if s[j] == "\\" else 1
            out.append(s[i:j + 1]); i = j + 1
        elif c == "'":
            j, buf = i + 1, []
            while s[j] != "'":
                if s[j] == "\\": buf.append(s[j + 1]); j += 2
                else: buf.append(s[j]); j += 1
            out.append(json.dumps("".join(buf), ensure_ascii=False)); i = j + 1
        else:
            out.append(c); i += 1
    s = re.sub(r"(?m)^(\s*)([A-Za-z_$][\w$]*): ", r'\1"\2": ', "".join(out))
    s = re.sub(r"([{,] )([A-Za-z_$][\w$]*): ", r'\1"\2": ', s)
    return json.loads(s)


def nt_load(f, raw, report=True):
    """a lean NestedText reader: returns the value, reports bad lines"""
    ls = [(k, l) for k, l in enumerate(raw.split("\n")[:-1], 1) if l.strip() and not l.lstrip().startswith("#")]
    pos = [0]

    def err(k, m):
        if report: errors.append(f"{f}: line {k}: {m}")

    def block(ind):
        k, l = ls[pos[0]]
        s = l[ind:]
        if s.startswith(">"):
            parts = []
            while pos[0] < len(ls) and ls[pos[0]][1][ind:].startswith(">") and len(ls[pos[0]][1]) - len(ls[pos[0]][1].lstrip(" ")) == ind:
                t = ls[pos[0]][1][ind:]
                if t not in (">",) and not t.startswith("> "): err(ls[pos[0]][0], "'>' not followed by a space")
                parts.append(t[2:]); pos[0] += 1
            return "\n".join(parts)
        if s == "-" or s.startswith("- "):
            v = []
            while pos[0] < len(ls):
                k, l = ls[pos[0]]
                cur = len(l) - len(l.lstrip(" "))
                if cur < ind: break
                if cur > ind: err(k, "unexpected indentation"); pos[0] += 1; continue
                t = l[ind:]
                if not (t == "-" or t.startswith("- ")): err(k, "a list item expected"); pos[0] += 1; continue
                pos[0] += 1
                if t == "-": v.append(sub(ind, k))
                else: v.append(t[2:])
            return v
        d = {}
        while pos[0] < len(ls):
            k, l = ls[pos[0]]
            cur = len(l) - len(l.lstrip(" "))
            if cur < ind: break
            if cur > ind: err(k, "unexpected indentation"); pos[0] += 1; continue
            m = re.fullmatch(r"([^\s#>:-][^:]*?|[^\s#>:-])(?::|: (.*))", l[ind:])
            if not m: err(k, f"not a dict item: {l[:40]!r}"); pos[0] += 1; continue
            if m.group(1) in d: err(k, f"key {m.group(1)!r} repeated")
            pos[0] += 1
            d[m.group(1)] = m.group(2) if m.group(2) is not None else sub(ind, k)
        return d

    def sub(ind, k):
        if pos[0] < len(ls):
            nl = ls[pos[0]][1]
            ni = len(nl) - len(nl.lstrip(" "))
            if ni > ind: return block(ni)
        return ""

    if "\t" in raw: err(0, "TAB characters")
    try:
        return block(0)
    except IndexError:
        err(0, "reader ran off the end"); return None


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 790:
        for _, lines in mongosh_blocks(raw):
            if lines and lines[0][:1] and lines[0][:1] in "[{":
                forms.append(json.dumps(mongosh_to_json(lines), ensure_ascii=False, indent=1))
    if n == 792: forms.append(json.dumps(nt_load(f, raw, report=False), ensure_ascii=False, indent=1))
    if n == 793: forms.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw))
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
def check_bzr(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    starts = [i for i, l in enumerate(ls) if re.fullmatch(r"( {4})*-{60}", l)]
    if not starts or starts[0] != 0: errors.append(f"{f}: does not start with a 60-dash rule"); return
    main_prev, merge_open = None, False
    for a, b in zip(starts, starts[1:] + [len(ls)]):
        p = ls[a][:len(ls[a]) - 60]; lvl = len(p) // 4
        blk = ls[a + 1:b]
        if any(not l.startswith(p) for l in blk): errors.append(f"{f}: line {a + 2}: block not indented like its rule"); continue
        blk = [l[len(p):] for l in blk]
        i = 0
        m = re.fullmatch(r"revno: (\d+(?:\.\d+\.\d+)?)( \[merge\])?", blk[0]) if blk else None
        if not m: errors.append(f"{f}: line {a + 2}: no revno line"); continue
        i = 1
        while i < len(blk) and re.match(r"(tags|author): ", blk[i]): i += 1
        hdr = blk[i:i + 3]
        if len(hdr) < 3 or not hdr[0].startswith("committer: ") or not re.fullmatch(r"committer: [^<>]+ <[^@\s]+@[^>\s]+>", hdr[0]) \
           or not re.fullmatch(r"branch nick: \S+", hdr[1]) or not hdr[2].startswith("timestamp: "):
            errors.append(f"{f}: revno {m.group(1)}: committer / branch nick / timestamp lines wrong"); continue
        ts = hdr[2][11:]
        try:
            d = datetime.datetime.strptime(ts, "%a %Y-%m-%d %H:%M:%S %z")
            if d.strftime("%a %Y-%m-%d %H:%M:%S %z") != ts: errors.append(f"{f}: revno {m.group(1)}: timestamp {ts!r} (weekday?)")
        except ValueError: errors.append(f"{f}: revno {m.group(1)}: bad timestamp {ts!r}"); d = None
        i += 3
        if i < len(blk) and blk[i].startswith("fixes bugs: "): i += 1
        if i >= len(blk) or blk[i] != "message:": errors.append(f"{f}: revno {m.group(1)}: no 'message:' line"); continue
        i += 1
        if i >= len(blk) or not blk[i].startswith("  "): errors.append(f"{f}: revno {m.group(1)}: empty message")
        while i < len(blk) and blk[i].startswith("  "): i += 1
        while i < len(blk):
            if blk[i] not in ("added:", "modified:", "removed:", "renamed:", "kind changed:"): errors.append(f"{f}: revno {m.group(1)}: unexpected line {blk[i][:40]!r}"); break
            i += 1
            if i >= len(blk) or not blk[i].startswith("  "): errors.append(f"{f}: revno {m.group(1)}: empty file list")
            while i < len(blk) and blk[i].startswith("  "): i += 1
        dotted = "." in m.group(1)
        if dotted != (lvl > 0): errors.append(f"{f}: revno {m.group(1)} at merge level {lvl}")
        if lvl > 0 and not merge_open: errors.append(f"{f}: revno {m.group(1)}: nested revision without a [merge] above")
        if lvl == 0:
            merge_open = bool(m.group(2))
            if main_prev:
                if int(m.group(1)) >= main_prev[0]: errors.append(f"{f}: revno {m.group(1)} not below {main_prev[0]}")
                if d and main_prev[1] and d > main_prev[1]: errors.append(f"{f}: revno {m.group(1)}: timestamp after the newer revision's")
            main_prev = (int(m.group(1)), d)


AF = re.compile(r"\[(\d{4}-\d\d-\d\d), (\d\d:\d\d:\d\d) UTC\] \{[\w.]+\.py:\d+\} (DEBUG|INFO|WARNING|ERROR|CRITICAL) - (.*)")


def check_airflow(f, raw):
    lf_final(f, raw)
    prev, tb, attempt = None, False, 0
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        if l.startswith("*** "):
            m = re.search(r"attempt=(\d+)\.log$", l)
            if m: attempt = int(m.group(1)); prev = None
            continue
        m = AF.fullmatch(l)
        if not m:
            if not tb: errors.append(f"{f}: line {k}: not an Airflow log line: {l[:50]!r}")
            continue
        tb = m.group(4) == "Task failed with exception"
        t = datetime.datetime.strptime(m.group(1) + " " + m.group(2), "%Y-%m-%d %H:%M:%S")
        if prev and t < prev: errors.append(f"{f}: line {k}: time goes back")
        prev = t
        ma = re.match(r"Starting attempt (\d+) of (\d+)", m.group(4))
        if ma and int(ma.group(1)) != attempt: errors.append(f"{f}: line {k}: attempt {ma.group(1)} in the log of attempt={attempt}")
        mc = re.search(r"AIRFLOW_CTX_TRY_NUMBER='(\d+)'", m.group(4))
        if mc and int(mc.group(1)) != attempt: errors.append(f"{f}: line {k}: AIRFLOW_CTX_TRY_NUMBER {mc.group(1)} in attempt {attempt}")


def check_muse(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls or not ls[0].startswith("#title "): errors.append(f"{f}: no #title directive first")
    body = False; ex = 0; refs, defs = set(), set(); foot = False
    for k, l in enumerate(ls, 1):
        if l.startswith("#") and re.match(r"#[a-z]+ ", l):
            if body: errors.append(f"{f}: line {k}: directive after the body began")
            continue
        if l.strip(): body = True
        if l.startswith(";"): continue
        if l.strip() == "<example>": ex += 1; continue
        if l.strip() == "</example>": ex -= 1; continue
        if ex: continue
        if l == "Footnotes:": foot = True; continue
        if foot and re.match(r"\[(\d+)\] ", l): defs.add(re.match(r"\[(\d+)\]", l).group(1)); continue
        if re.match(r"\*+ ", l) and len(l.split(" ")[0]) > 5: errors.append(f"{f}: line {k}: heading deeper than 5")
        if re.match(r"\*+[^*\s]", l) and not re.match(r"\*\S.*\S\*", l): errors.append(f"{f}: line {k}: heading without a space")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: line {k}: unbalanced [[ ]]")
        for u in re.findall(r"\[\[([^\]]*)\]\[", l):
            if not re.match(r"https?://", u): errors.append(f"{f}: line {k}: link target {u[:30]!r}")
        refs |= set(re.findall(r"\S\[(\d+)\]", l))
        if l.startswith("||") or l.startswith("|") and "|" in l[1:]:
            pass
    if ex: errors.append(f"{f}: <example> not closed")
    if refs - defs: errors.append(f"{f}: footnotes without a definition: {sorted(refs - defs)}")
    if defs - refs: errors.append(f"{f}: footnote definitions never referenced: {sorted(defs - refs)}")


def check_mongosh(f, raw):
    lf_final(f, raw)
    if not raw.startswith("Current Mongosh Log ID:\t"): errors.append(f"{f}: no mongosh banner")
    count = None
    for prompt, lines in mongosh_blocks(raw):
        body = "\n".join(lines)
        for o in re.findall(r"ObjectId\('([^']*)'\)", body):
            if not re.fullmatch(r"[0-9a-f]{24}", o): errors.append(f"{f}: bad ObjectId {o!r}")
        for d in re.findall(r"ISODate\('([^']*)'\)", body):
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", d): errors.append(f"{f}: bad ISODate {d!r}")
        if re.search(r",\n\s*[}\]]", body): errors.append(f"{f}: trailing comma after {prompt[:40]!r}")
        for l in lines:
            if len(l) - len(l.lstrip(" ")) % 2 and l.strip(): pass
            if (len(l) - len(l.lstrip(" "))) % 2: errors.append(f"{f}: odd indentation {l[:40]!r}")
            if len(l) > 80 and l.rstrip().endswith(("]", "}", "],", "},")) and re.search(r"[\[{] .* [\]}]", l):
                errors.append(f"{f}: a one-line container wider than 80 columns: {l[:40]!r}")
        if lines and lines[0][:1] and lines[0][:1] in "[{":
            try: v = mongosh_to_json(lines)
            except Exception as ex: errors.append(f"{f}: result of {prompt[:40]!r} does not read: {ex!r}"); continue
            if ".find(" in prompt and "papers" in prompt and count is not None and isinstance(v, list) and len(v) != count:
                errors.append(f"{f}: countDocuments gave {count}, find shows {len(v)}")
        elif ".countDocuments(" in prompt:
            count = int(lines[0]) if lines and lines[0].isdigit() else None


def check_pug(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if "\t" in raw: errors.append(f"{f}: TAB characters (this site indents with two spaces)")
    if not ls or not ls[0].startswith("extends "): errors.append(f"{f}: first line is not 'extends'")
    mixins, names, prev, text_block = set(), set(), 0, None
    for k, l in enumerate(ls, 1):
        if not l.strip(): continue
        ind = len(l) - len(l.lstrip(" "))
        if text_block is not None:
            if ind > text_block: continue
            text_block = None
        if ind % 2: errors.append(f"{f}: line {k}: odd indentation")
        if ind > prev + 2: errors.append(f"{f}: line {k}: indentation jumps more than one level")
        prev = ind
        t = l.strip()
        if t.startswith("//"): text_block = ind; continue
        if ind == 0 and not re.match(r"(extends|block|mixin|include) \S", t): errors.append(f"{f}: line {k}: top-level line {t[:30]!r}")
        m = re.match(r"mixin ([\w-]+)\(([^)]*)\)", t)
        if m: mixins.add(m.group(1)); names.update(x.strip() for x in m.group(2).split(","))
        m = re.match(r"- var (\w+) = ", t)
        if m: names.add(m.group(1))
        m = re.match(r"\+([\w-]+)\(", t)
        if m and m.group(1) not in mixins: errors.append(f"{f}: line {k}: +{m.group(1)} calls no defined mixin")
        code = re.sub(r'"(?:[^"\\]|\\.)*"', "S", t)
        if '"' in code: errors.append(f"{f}: line {k}: unclosed string")
        if not t.startswith("|") and not re.match(r"[\w.#-]*[.#\w-]*\s", t) and code.count("(") != code.count(")"):
            errors.append(f"{f}: line {k}: unbalanced ( )")
        if t.count("#[") > t.count("]"): errors.append(f"{f}: line {k}: unclosed #[ ]")
        for v in re.findall(r"#\{(\w+)\}", t):
            if v not in names: errors.append(f"{f}: line {k}: #{{{v}}} names no variable")
        if re.fullmatch(r"[a-z][\w-]*(?:[.#][\w-]+)*\.", t): text_block = ind


def check_nt(f, raw):
    lf_final(f, raw)
    v = nt_load(f, raw)
    if not isinstance(v, dict) or "sesiones" not in v: errors.append(f"{f}: top level is not the programme dict")
    else:
        for s in v["sesiones"]:
            if not isinstance(s, dict) or not re.fullmatch(r"\d{4}-\d\d-\d\d", s.get("fecha", "")): errors.append(f"{f}: a session without a date")
            for a in s.get("artículos", []) if isinstance(s, dict) else []:
                if not isinstance(a, dict) or "título" not in a: errors.append(f"{f}: an article without título")


LC = re.compile(r"(\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) ([ \d]{5}) ([ \d]{5}) ([VDIWEF]) (\S.*?): (.*)")


def check_logcat(f, raw):
    lf_final(f, raw)
    prev, body = None, None
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        if re.fullmatch(r"--------- beginning of (main|system|crash|events|radio)", l): continue
        m = LC.fullmatch(l)
        if not m: errors.append(f"{f}: line {k}: not a threadtime line: {l[:50]!r}"); continue
        tag = l[33:].split(": ", 1)[0]
        if len(tag) < 8 or (len(tag.rstrip()) < 8 and len(tag) != 8) or (len(tag.rstrip()) >= 8 and tag != tag.rstrip()):
            errors.append(f"{f}: line {k}: tag not padded to eight columns")
        if not m.group(2).strip().isdigit() or not m.group(3).strip().isdigit(): errors.append(f"{f}: line {k}: PID / TID")
        t = datetime.datetime.strptime("2024-" + m.group(1), "%Y-%m-%d %H:%M:%S.%f")
        if prev and t < prev: errors.append(f"{f}: line {k}: time goes back")
        prev = t
        mb = re.fullmatch(r"<-- END HTTP \((\d+)-byte body\)", m.group(6))
        if mb and body is not None and int(mb.group(1)) != len(body.encode("utf-8")): errors.append(f"{f}: line {k}: body length {mb.group(1)} but {len(body.encode('utf-8'))} bytes")
        body = m.group(6)


BLAME_KEYS = ["author", "author-mail", "author-time", "author-tz", "committer", "committer-mail", "committer-time",
              "committer-tz", "summary"]


def check_blame(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    i, final, seen, left, cur = 0, 1, set(), 0, None
    while i < len(ls):
        m = re.fullmatch(r"([0-9a-f]{40}) (\d+) (\d+)(?: (\d+))?", ls[i])
        if not m: errors.append(f"{f}: line {i + 1}: not a porcelain header: {ls[i][:40]!r}"); i += 1; continue
        if int(m.group(3)) != final: errors.append(f"{f}: line {i + 1}: final line {m.group(3)} where {final} expected")
        if m.group(4):
            if left: errors.append(f"{f}: line {i + 1}: new group while {left} lines of the last are missing")
            left, cur = int(m.group(4)), m.group(1)
        elif m.group(1) != cur or not left: errors.append(f"{f}: line {i + 1}: three-number header outside its group")
        i += 1
        if m.group(4) and m.group(1) not in seen:
            seen.add(m.group(1))
            got = [ls[i + j].split(" ", 1)[0] for j in range(len(BLAME_KEYS))]
            if got != BLAME_KEYS: errors.append(f"{f}: line {i + 1}: commit details not in git's order: {got}")
            for j, k in enumerate(BLAME_KEYS):
                v = ls[i + j][len(k) + 1:]
                if k.endswith("-time") and not v.isdigit(): errors.append(f"{f}: line {i + j + 1}: {k} {v!r}")
                if k.endswith("-tz") and not re.fullmatch(r"[+-]\d{4}", v): errors.append(f"{f}: line {i + j + 1}: {k} {v!r}")
                if k.endswith("-mail") and not re.fullmatch(r"<[^<>\s]+@[^<>\s]+>", v): errors.append(f"{f}: line {i + j + 1}: {k} {v!r}")
            i += len(BLAME_KEYS)
            if i < len(ls) and (ls[i] == "boundary" or re.fullmatch(r"previous [0-9a-f]{40} \S+", ls[i])): i += 1
            else: errors.append(f"{f}: line {i + 1}: neither 'boundary' nor 'previous'")
            if i < len(ls) and ls[i].startswith("filename "): i += 1
            else: errors.append(f"{f}: line {i + 1}: no 'filename' line")
        elif i < len(ls) and re.match(r"(author|summary|filename) ", ls[i]): errors.append(f"{f}: line {i + 1}: commit details repeated")
        if i >= len(ls) or not ls[i].startswith("\t"): errors.append(f"{f}: line {i + 1}: content line without a TAB"); continue
        i += 1; final += 1; left -= 1
    if left: errors.append(f"{f}: the last group is {left} lines short")


def check_pollen(f, raw):
    lf_final(f, raw)
    if not raw.startswith("#lang pollen\n"): errors.append(f"{f}: first line is not '#lang pollen'")
    depth, k = 0, 1
    s = re.sub(r"◊;(?!\{).*", "", raw)
    for i, c in enumerate(s):
        if c == "\n": k += 1
        if c == "{": depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {k}: '}}' without '{{'"); depth = 0
        elif c == "◊":
            nxt = s[i + 1:i + 2]
            if not re.match(r"[a-z(;|]", nxt): errors.append(f"{f}: line {k}: lozenge followed by {nxt!r}")
    if depth: errors.append(f"{f}: {depth} unclosed '{{'")
    for u in re.findall(r"◊link\[(.*?)\]\{", raw):
        if not re.fullmatch(r'"https?://[^"\s]+"', u): errors.append(f"{f}: ◊link target {u[:40]!r}")
    for l in raw.split("\n"):
        if l.startswith("◊(define-meta") and not re.fullmatch(r"◊\(define-meta [a-z-]+ (\"[^\"]*\"|'\(.*\))\)", l): errors.append(f"{f}: bad define-meta {l[:40]!r}")


ZNODES = {"layout", "default_tab_template", "pane_template", "tab_template", "tab", "pane", "plugin", "children", "args", "cwd",
          "command", "close_on_exit", "start_suspended", "swap_tiled_layout", "swap_floating_layout", "floating_panes", "venv", "gpu"}


def check_kdl(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB characters")
    s = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), raw, flags=re.S)
    if "/*" in s or "*/" in s: errors.append(f"{f}: unclosed block comment")
    depth, first = 0, None
    for k, l in enumerate(s.split("\n"), 1):
        l = re.sub(r'"(?:[^"\\]|\\.)*"', '«»', l)
        if '"' in l: errors.append(f"{f}: line {k}: unclosed string")
        l = re.sub(r"//.*", "", l).strip()
        if not l: continue
        for st in re.split(r";", l):
            st = st.strip().lstrip("/-")
            m = re.match(r"([A-Za-z_][\w-]*)", st)
            if m and m.group(1) not in ZNODES and depth >= 0 and not st.startswith("}"):
                errors.append(f"{f}: line {k}: unknown node {m.group(1)!r}")
            if m and first is None: first = m.group(1)
            for prop in re.findall(r"\s([\w-]+)=(\S+)", st):
                if not re.fullmatch(r'«»|true|false|\d+|\{', prop[1].rstrip("{").strip() or "{"): errors.append(f"{f}: line {k}: property value {prop[1]!r}")
        depth += l.count("{") - l.count("}")
        if depth < 0: errors.append(f"{f}: line {k}: '}}' without '{{'"); depth = 0
    if depth: errors.append(f"{f}: {depth} unclosed '{{'")
    if first != "layout": errors.append(f"{f}: the first node is not 'layout'")


def shape_checks(f, raw, path):
    n = num(f)
    {787: check_bzr, 788: check_airflow, 789: check_muse, 790: check_mongosh, 791: check_pug, 792: check_nt, 793: check_logcat,
     794: check_blame, 795: check_pollen, 796: check_kdl}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round76's and round77's, a byte-identical file counted once), and the round76/round77 split (candidates sorted by
# (uses, catalogue title); round77 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P76 = "/work/main/tests/data/digests-round76/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P76): own.add(open(P76, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round76", "digests-round77") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round76 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r76 = set()
if os.path.exists(P76):
    try:
        r76 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P76)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round76/expected.json exists but could not be read (being written?)")
    if r76 & mine: errors.append(f"papers also in round76: {sorted(r76 & mine)}")
shared76 = len(r76 & mine) if os.path.exists(P76) else "(no digests-round76/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round77 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round76: {shared76}; papers in more than one round77 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
