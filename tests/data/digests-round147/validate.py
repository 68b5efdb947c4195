#!/usr/bin/env python3
r"""Checks round147/expected.json against the digests and the shared catalogues.

Adapted from round145/validate.py (the label checks are the same code; the reuse report is round145's with round146 /
round147 in place of round144 / round145: round147 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round146's and round147's own (a
digests-round146 / digests-round147 folder, or a file whose bytes equal round146's or round147's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round147 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round146's expected.json (read only, from /work/rounds/digests-round146/ or
/work/main/tests/data/digests-round146/, when it exists), and on a paper in more than one round147 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: every JSON string of 1489 and 1494 (one JSON
value each) and of the pretty JSON blocks of 1491; everything: HTML / XML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1487 ChkTeX (shell prompts; the .tex from `cat`: \documentclass first, \end{document} last, balanced braces, every
\cite key a \bibitem and every \bibitem cited, \ref to a \label, no capital before `. ` (warning 13 is not modelled);
the report re-computed from the three modelled rules (1: \LaTeX / \TeX followed by a space; 2: a space before
\cite / \ref; 8: a hyphen between digits outside \url{}): banner, `Warning N in FILE line L: MESSAGE`, the line, the
caret line padded in UTF-8 bytes, the count line; `echo $?` 2 when warnings were printed);
1488 J (jconsole from a shell prompt; input lines indented three spaces, `0 : 0` nouns read up to `)`; every answer
re-computed: `#`, `$ >` (bytes), the boxed 11x3 table (widths in characters, J's box-drawing characters), the `E.`
selections, fwrite's byte count; assignments and comments print nothing; ends with `exit 0`);
1489 Geekbot (one JSON array in jq's two-space layout with raw Unicode; report, member and question keys in order;
unique integer ids; one stand-up and channel; timestamps newest first within a week; one name per member id; the same
questions (ids, texts, colours) in every report; Slack `<url>` / `<url|label>` links well formed; unique question and
answer ids);
1490 Heynote (starts with a newline and `∞∞∞`, no final newline; blocks split at `\n∞∞∞<language>[-a]\n`, every ∞∞∞
a delimiter; languages from Heynote's list; no empty block; json blocks parse; ordered Markdown lists numbered 1..n;
math lines are assignments or expressions; the first block the welcome text-a block);
1491 Parseable (shell prompts; three curl calls POSTing a heredoc body {query, startTime, endTime} to /api/v1/query
through jq; answers in jq's layout; p_timestamp in ms without zone, sorted and inside the range; the first query's
records: keys in order, only add / info; the per-user counts re-computed from them; the warn / error rows' keys, none
of them an info record);
1492 CUBRID csql (the banner; statements at `csql> `, ended with `;`, `;exit` last; each result framed by a blank line,
`=== <Result of SELECT Command in Line 1> ===`, a blank line, the header (= the select list), a `=` rule as long as
the table, rows, a blank line, `N row(s) selected. (T sec) Committed.` with N = rows; header, rule and rows re-rendered
with widths and padding in UTF-8 bytes, strings quoted, NULL bare, integers right-aligned; paper ids unique, ordered by
week and id, arxiv values id-shaped; the per-presenter counts and the no-link count re-computed from the paper table);
1493 360搜索 (per page: 360搜索, the query, 搜索, the twelve tabs, `找到相关结果约N个`, title / snippet / `URL - 快照`
triples with URLs shown without scheme, 相关搜索 with six related searches, page numbers 1..10 and 下一页; arXiv
results titled `[id] Title - arXiv.org` with URL arxiv.org/abs/<id> and the reverse; GitHub / Zhihu titles; snippet
dates valid);
1494 Frictionless (one JSON object in two-space layout, raw Unicode, final newline; tabular-data-package profile,
name, semver version, RFC3339 created, contributor roles, licences; resources uniquely named, each tabular with
exactly one of data / path; inline rows with the schema's fields in order, every value valid for its field (type,
required, enum, pattern, minimum / maximum, uri format), primary key unique, rows in key order; arXiv URLs and the
arxiv column agree);
1495 codespell (commands cat README.md, codespell, codespell -w, codespell, git diff; `./path:line: typo ==> fix`
lines in codespell's walk order, the fix not the typo and in its case, README typos at the cat's lines; FIXED lines =
files with an unambiguous fix; the second run = the ambiguous ones; git diff: files = the fixed ones, header and index
lines, hunk counts, each removed line turned into the added one by exactly codespell's fixes, every fix in the diff,
README lines equal to cat's, README hunk headings by git's default funcname rule, README blob ids = git's SHA-1 of the
old and new contents);
1496 Ingres (shell prompt; login banner with version and date, `continue`; statements `* …\g`, `Executing . . .`, two
blank lines, a `+---+` table with header and rules, every cell padded to its column's width (characters), numbers
right-aligned and text left-aligned, `(N rows)` = rows, `continue`; the header = the select list; rows in the `order
by` column's order (dates and integers compared as such); `\q`, the commit message and the logout banner after the
login).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys
import datetime as dt
from collections import Counter
from urllib.parse import unquote, unquote_plus, urlsplit, parse_qsl
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




# ---------------------------------------------------------------- 1487 ChkTeX
CK_MSG = {1: "Command terminated with space.", 2: "Non-breaking space (`~') should have been used.",
          8: "Wrong length of dash may have been used."}


def ck_expected(lines):
    out = []
    for i, l in enumerate(lines, 1):
        masked = re.sub(r"\\url\{[^}]*\}", lambda m: "\0" * len(m.group()), l)
        for m in re.finditer(r"\\(LaTeX|TeX|LaTeXe) ", masked): out.append((i, m.start(), m.end() - 1 - m.start(), 1))
        for m in re.finditer(r" (?=\\(cite|ref)\{)", masked): out.append((i, m.start(), 1, 2))
        for m in re.finditer(r"(?<=\d)-(?=\d)", masked): out.append((i, m.start(), 1, 8))
    return sorted(out)


def check_chktex(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, tex = cmd(f, cmds, r"cat (\S+\.tex)")
    if c is None: return
    name = c.split()[1]
    if not tex or tex[0] != r"\documentclass[11pt,a4paper]{article}" and not tex[0].startswith(r"\documentclass"): errors.append(f"{f}: the .tex does not start with \\documentclass")
    if r"\begin{document}" not in tex or tex[-1] != r"\end{document}": errors.append(f"{f}: the .tex lacks \\begin{{document}} / ends otherwise than \\end{{document}}")
    body = "\n".join(tex)
    if body.count("{") != body.count("}"): errors.append(f"{f}: unbalanced braces in the .tex")
    cites = set(k for m in re.findall(r"\\cite\{([^}]*)\}", body) for k in m.split(","))
    items = re.findall(r"\\bibitem\{([^}]*)\}", body)
    if len(items) != len(set(items)): errors.append(f"{f}: duplicate \\bibitem keys")
    if cites - set(items): errors.append(f"{f}: \\cite without \\bibitem: {sorted(cites - set(items))}")
    if set(items) - cites: errors.append(f"{f}: \\bibitem never cited: {sorted(set(items) - cites)}")
    labels = set(re.findall(r"\\label\{([^}]*)\}", body))
    if set(re.findall(r"\\ref\{([^}]*)\}", body)) - labels: errors.append(f"{f}: \\ref to an unknown label")
    for i, l in enumerate(tex, 1):
        if re.search(r"[A-Z]\. [A-Z]", re.sub(r"\\url\{[^}]*\}", "", l)): errors.append(f"{f}: tex line {i}: a capital before `. ` (ChkTeX would add warning 13, not modelled)")
    c, out = cmd(f, cmds, r"chktex " + re.escape(name))
    if c is None: return
    want = ["ChkTeX v1.7.8 - Copyright 1995-96 Jens T. Berger Thielemann.", "Compiled with POSIX extended regex support."]
    ws = ck_expected(tex)
    for ln, col, n, w in ws:
        l = tex[ln - 1]
        want += [f"Warning {w} in {name} line {ln}: {CK_MSG[w]}", l, " " * len(l[:col].encode("utf-8")) + "^" * n]
    want.append(f"0 errors printed; {len(ws)} warnings printed; 0 user suppressed warnings; 0 line suppressed warnings.")
    if out != want:
        bad = next((i for i, (a, b) in enumerate(zip(out, want)) if a != b), min(len(out), len(want)))
        errors.append(f"{f}: chktex report differs from the modelled rules at report line {bad + 1}: {out[bad:bad + 1]} (want {want[bad:bad + 1]})")
    c, e = cmd(f, cmds, r"echo \$\?")
    if c is not None and e != ["2" if ws else "0"]: errors.append(f"{f}: exit status {e} (2 when warnings are printed)")


# ---------------------------------------------------------------- 1488 J (jconsole)
def j_box(cells):
    ncol = len(cells[0])
    w = [max(len(r[c]) for r in cells) for c in range(ncol)]
    out = ["┌" + "┬".join("─" * x for x in w) + "┐"]
    for i, r in enumerate(cells):
        out.append("│" + "│".join(r[c].ljust(w[c]) for c in range(ncol)) + "│")
        out.append(("├" + "┼".join("─" * x for x in w) + "┤") if i < len(cells) - 1 else ("└" + "┴".join("─" * x for x in w) + "┘"))
    return out


def check_j(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd(f, cmds, r"jconsole")
    if c is None: return
    nouns, i, answers = {}, 0, []   # answers: (input, [output lines])
    while i < len(out):
        l = out[i]
        if not l.startswith("   "): errors.append(f"{f}: J line {i + 1} is neither input (three spaces) nor an answer: {l[:40]!r}"); return
        inp = l[3:]
        m = re.fullmatch(r"(\w+) =: <;\._2 \(0 : 0\)", inp)
        if m:
            j = out.index(")", i + 1) if ")" in out[i + 1:] else None
            if j is None: errors.append(f"{f}: 0 : 0 without a closing )"); return
            nouns[m.group(1)] = out[i + 1:j]; i = j + 1; continue
        j = i + 1
        while j < len(out) and not out[j].startswith("   "): j += 1
        answers.append((inp, out[i + 1:j])); i = j
    if not answers or answers[-1] != ("exit 0", []): errors.append(f"{f}: the J session does not end with exit 0")
    T_, L_ = nouns.get("basliklar"), nouns.get("baglantilar")
    if T_ is None or L_ is None: errors.append(f"{f}: nouns basliklar / baglantilar not defined"); return
    wk = None
    for inp, ans in answers:
        m = re.fullmatch(r"hafta =: ([\d ]+)", inp)
        if m:
            wk = [int(x) for x in m.group(1).split()]
            if ans: errors.append(f"{f}: an assignment printed a value")
        elif inp.startswith("NB."):
            if ans: errors.append(f"{f}: a comment printed a value")
        elif inp in ("# basliklar", "# baglantilar"):
            if ans != [str(len(nouns[inp[2:]]))]: errors.append(f"{f}: `{inp}` answers {ans} (want {len(nouns[inp[2:]])})")
        elif inp == "$ > basliklar":
            if ans != [f"{len(T_)} {max(len(t.encode('utf-8')) for t in T_)}"]: errors.append(f"{f}: `$ > basliklar` answers {ans}")
        elif inp == "(<\"0 hafta) ,. basliklar ,. baglantilar":
            if wk is None or not (len(wk) == len(T_) == len(L_)): errors.append(f"{f}: ,. of nouns of different lengths"); continue
            if wk != sorted(wk): errors.append(f"{f}: weeks not in order")
            if ans != j_box([[str(w), t, l] for w, t, l in zip(wk, T_, L_)]): errors.append(f"{f}: the boxed table differs from the nouns")
        elif re.fullmatch(r"\(\+\./@\('(.+)'&E\.\)&> (\w+)\) # basliklar", inp):
            m = re.fullmatch(r"\(\+\./@\('(.+)'&E\.\)&> (\w+)\) # basliklar", inp)
            src = nouns.get(m.group(2), [])
            sel = [t for t, s in zip(T_, src) if m.group(1) in s]
            w_ = [len(t) for t in sel]
            want = ["┌" + "┬".join("─" * x for x in w_) + "┐", "│" + "│".join(sel) + "│", "└" + "┴".join("─" * x for x in w_) + "┘"]
            if ans != want: errors.append(f"{f}: the E. selection for {m.group(1)!r} differs")
        elif re.fullmatch(r"\(; \(,&LF\)&\.> basliklar\) fwrite '[^']+'", inp):
            if ans != [str(sum(len(t.encode("utf-8")) + 1 for t in T_))]: errors.append(f"{f}: fwrite's byte count {ans}")
        elif inp == "exit 0":
            pass
        else:
            errors.append(f"{f}: unmodelled J input {inp[:40]!r}")


# ---------------------------------------------------------------- 1489 Geekbot
GB_KEYS = ["id", "slack_ts", "standup_id", "timestamp", "channel", "is_anonymous", "member", "questions"]
GB_MEMBER = ["id", "role", "username", "realname", "profileImg"]
GB_Q = ["id", "question", "question_id", "color", "answer", "answer_id", "images"]


def check_geekbot(f, raw):
    L = lines_of(f, raw)
    v = json_block(f, L, "the reports file")
    if not isinstance(v, list) or not v: errors.append(f"{f}: not a non-empty JSON array"); return
    ids, members, qset, prev = set(), {}, None, None
    for r in v:
        if list(r) != GB_KEYS: errors.append(f"{f}: report keys {list(r)}"); continue
        if not isinstance(r["id"], int) or r["id"] in ids: errors.append(f"{f}: report id {r['id']} not a unique integer")
        ids.add(r["id"])
        if r["standup_id"] != v[0]["standup_id"] or r["channel"] != v[0]["channel"]: errors.append(f"{f}: reports of more than one stand-up")
        if not isinstance(r["timestamp"], int) or (prev is not None and r["timestamp"] > prev): errors.append(f"{f}: timestamps not newest first")
        prev = r["timestamp"]
        if r["slack_ts"] is not None or r["is_anonymous"] is not False: errors.append(f"{f}: slack_ts / is_anonymous")
        m = r["member"]
        if list(m) != GB_MEMBER or not re.fullmatch(r"U[0-9A-Z]{10}", m["id"]): errors.append(f"{f}: member object {m.get('username')}"); continue
        if members.setdefault(m["id"], (m["username"], m["realname"], m["profileImg"])) != (m["username"], m["realname"], m["profileImg"]): errors.append(f"{f}: member {m['id']} with two names")
        qs = r["questions"]
        if any(list(q) != GB_Q for q in qs): errors.append(f"{f}: question keys"); continue
        key = [(q["question_id"], q["question"], q["color"]) for q in qs]
        if qset is None: qset = key
        elif key != qset: errors.append(f"{f}: report {r['id']}: questions differ from the stand-up's")
        for q in qs:
            if not re.fullmatch(r"[0-9A-F]{6}", q["color"]): errors.append(f"{f}: colour {q['color']}")
            if not q["answer"].strip(): errors.append(f"{f}: empty answer")
            if q["answer"].count("<") != q["answer"].count(">"): errors.append(f"{f}: unbalanced Slack link in an answer")
            for lk in re.findall(r"<([^<>]*)>", q["answer"]):
                if not re.fullmatch(r"https?://[^|\s]+(\|[^|]+)?", lk): errors.append(f"{f}: Slack link {lk[:40]!r} malformed")
            if q["images"] != []: errors.append(f"{f}: images")
        qids = [q["id"] for q in qs] + [q["answer_id"] for q in qs]
        if len(set(qids)) != len(qids): errors.append(f"{f}: repeated question / answer ids")
    if len({x[0] for x in members.values()}) != len(members): errors.append(f"{f}: one username for two member ids")
    if v and not (v[-1]["timestamp"] >= v[0]["timestamp"] - 7 * 86400): errors.append(f"{f}: reports span more than a week")


# ---------------------------------------------------------------- 1490 Heynote
HN_LANGS = {"text", "math", "javascript", "typescript", "json", "python", "html", "sql", "markdown", "java", "lezer", "php",
            "css", "xml", "vue", "cpp", "rust", "csharp", "svelte", "ruby", "shell", "yaml", "golang", "clojure", "erlang"}


def check_heynote(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith("\n∞∞∞"): errors.append(f"{f}: a Heynote buffer starts with a newline and a block delimiter"); return
    parts = re.split(r"\n∞∞∞([A-Za-z]+(?:-a)?)\n", raw)
    if parts[0] != "": errors.append(f"{f}: text before the first delimiter")
    blocks = list(zip(parts[1::2], parts[2::2]))
    if raw.count("∞∞∞") != len(blocks): errors.append(f"{f}: a ∞∞∞ that is not a delimiter line")
    for lang, body in blocks:
        base = lang[:-2] if lang.endswith("-a") else lang
        if base not in HN_LANGS: errors.append(f"{f}: unknown block language {lang!r}")
        if not body.strip(): errors.append(f"{f}: an empty {lang} block")
        if base == "json":
            try: json.loads(body)
            except ValueError: errors.append(f"{f}: a json block does not parse")
        if base == "markdown":
            nums = [int(m) for m in re.findall(r"(?m)^(\d+)\. ", body)]
            if nums and nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: a markdown ordered list numbered {nums}")
        if base == "math":
            for l in body.split("\n"):
                if l and not re.fullmatch(r"[\w ]+=\s*[-\w.+*/ ()]+|[-\w.+*/ ()]+", l): errors.append(f"{f}: math line {l!r}")
    if not blocks or blocks[0][0] != "text-a": errors.append(f"{f}: the first block is not the welcome text-a block")


# ---------------------------------------------------------------- 1491 Parseable
PB_REC = ["p_timestamp", "p_tags", "p_metadata", "action", "bot", "chat", "level", "msg", "user"]


def check_parseable(f, raw):
    cmds = session(f, lines_of(f, raw))
    calls = []
    for c, out in cmds:
        if c == "": continue
        m = re.fullmatch(r"curl -s -u \"\w+:\$P_PASSWORD\" -H 'Content-Type: application/json' (https://[\w.-]+)/api/v1/query -d @- <<'EOF' \| jq \.", c)
        if not m: errors.append(f"{f}: command {c[:50]!r} is not a query call"); continue
        if len(out) < 3 or not out[0].startswith("> ") or out[1] != "> EOF": errors.append(f"{f}: heredoc lines"); continue
        try: body = json.loads(out[0][2:])
        except ValueError: errors.append(f"{f}: request body does not parse"); continue
        if list(body) != ["query", "startTime", "endTime"]: errors.append(f"{f}: request body keys {list(body)}")
        v = json_block(f, out[2:], "a query answer")
        calls.append((body, v))
    if len(calls) != 3: errors.append(f"{f}: {len(calls)} query calls (three modelled)"); return
    (b1, v1), (b2, v2), (b3, v3) = calls
    t0, t1 = (b1.get("startTime", "")[:-1], b1.get("endTime", "")[:-1])
    for b, v in calls:
        if (b.get("startTime"), b.get("endTime")) != (b1.get("startTime"), b1.get("endTime")): errors.append(f"{f}: calls with different time ranges")
        if not isinstance(v, list): errors.append(f"{f}: an answer that is not an array"); return
        ts = [r.get("p_timestamp") for r in v if "p_timestamp" in r]
        for t in ts:
            if not (isinstance(t, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", t)): errors.append(f"{f}: p_timestamp {t!r}")
            elif not t0 <= t < t1: errors.append(f"{f}: p_timestamp {t} outside the query's range")
        if ts != sorted(ts): errors.append(f"{f}: records not ordered by p_timestamp")
    if "action = 'add' AND level = 'info'" not in b1["query"]: errors.append(f"{f}: first query")
    for r in v1:
        if list(r) != PB_REC: errors.append(f"{f}: record keys {list(r)}"); continue
        if r["action"] != "add" or r["level"] != "info" or r["p_tags"] != "" or r["p_metadata"] != "": errors.append(f"{f}: a record the WHERE clause excludes")
    cnt = Counter(r.get("user") for r in v1)
    want = [{"user": u, "n": n} for u, n in sorted(cnt.items(), key=lambda x: (-x[1], x[0]))]
    if v2 != want: errors.append(f"{f}: the per-user counts differ from the first answer's records")
    for r in v3:
        if list(r) != ["p_timestamp", "user", "msg"]: errors.append(f"{f}: error row keys {list(r)}")
    msgs = {r.get("msg") for r in v1}
    if any(r.get("msg") in msgs for r in v3): errors.append(f"{f}: an info record among the warn / error rows")


# ---------------------------------------------------------------- 1492 CUBRID csql
def cs_cells(line, w):
    out, pos = [], 2
    b = line.encode("utf-8")
    for x in w:
        out.append(b[pos:pos + x].decode("utf-8", "replace").strip()); pos += x + 2
    return out


def check_cubrid(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd(f, cmds, r"csql -u \w+ \w+")
    if c is None: return
    if out[:6] != ["", "\tCUBRID SQL Interpreter", "", "", "Type `;help' for help messages.", ""]: errors.append(f"{f}: csql banner")
    stmts, cur = [], None
    for l in out[6:]:
        if l.startswith("csql> "): cur = (l[6:], []); stmts.append(cur)
        elif cur is None: errors.append(f"{f}: text before the first csql> prompt"); return
        else: cur[1].append(l)
    if not stmts or stmts[-1] != (";exit", []): errors.append(f"{f}: the session does not end with ;exit")
    tables = {}
    for q, res in stmts[:-1]:
        if not q.endswith(";"): errors.append(f"{f}: statement without ;"); continue
        if len(res) < 8 or res[0] != "" or res[1] != "=== <Result of SELECT Command in Line 1> ===" or res[2] != "" or res[-1] != "" or res[-3] != "":
            errors.append(f"{f}: result frame of {q[:30]!r}"); continue
        hdr, rule, rows = res[3], res[4], res[5:-3]
        m = re.fullmatch(r"(\d+) rows? selected\. \(\d+\.\d{6} sec\) Committed\.", res[-2])
        if not m or int(m.group(1)) != len(rows) or (len(rows) == 1) != res[-2].startswith("1 row "): errors.append(f"{f}: row count line {res[-2]!r} for {len(rows)} rows")
        cols = re.findall(r"\S+", hdr)
        sel = re.match(r"SELECT (.*?) FROM", q)
        if sel and [x.strip().lower() for x in sel.group(1).split(",")] != [x.lower() for x in cols]: errors.append(f"{f}: header {cols} differs from the select list")
        # widths from the header positions (bytes)
        hb = hdr.encode("utf-8")
        starts = [m.start() for m in re.finditer(rb"\S+", hb)]
        cells = []
        for r in rows:
            vals = []
            for tok in re.findall(r"'[^']*'|NULL|-?\d+", r): vals.append(None if tok == "NULL" else tok[1:-1] if tok.startswith("'") else int(tok))
            cells.append(vals)
        if any(len(v) != len(cols) for v in cells): errors.append(f"{f}: a row of {q[:30]!r} with a wrong number of values"); continue
        fmt = lambda v: "NULL" if v is None else str(v) if isinstance(v, int) else "'" + v + "'"
        num = [all(isinstance(r[i], int) for r in cells) and cells != [] for i in range(len(cols))]
        w = [max([len(cols[i].encode())] + [len(fmt(r[i]).encode()) for r in cells]) for i in range(len(cols))]
        def line(vals, header=False):
            parts = []
            for i, v in enumerate(vals):
                pad = " " * (w[i] - len(v.encode()))
                parts.append(pad + v if num[i] and not header else v + pad)
            return ("  " + "  ".join(parts)).rstrip()
        if hdr != line(cols, True): errors.append(f"{f}: header of {q[:30]!r} not padded in bytes")
        if rule != "=" * (2 + sum(w) + 2 * (len(w) - 1)): errors.append(f"{f}: the = rule of {q[:30]!r} has the wrong length")
        for r, v in zip(rows, cells):
            if r != line([fmt(x) for x in v]): errors.append(f"{f}: row {r[:40]!r} not padded in bytes")
        tables[q] = (cols, cells)
    paper = next((v for q, v in tables.items() if re.search(r"\* FROM paper|title, url, arxiv, presenter, week FROM paper ORDER", q)), None)
    if not paper: errors.append(f"{f}: no listing of the paper table"); return
    pc, pr = paper
    ids = [r[0] for r in pr]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate paper_id")
    if [(r[5], r[0]) for r in pr] != sorted((r[5], r[0]) for r in pr): errors.append(f"{f}: paper rows not ordered by week, paper_id")
    for r in pr:
        if r[3] is not None and not re.fullmatch(r"\d{4}\.\d{4,5}", r[3]): errors.append(f"{f}: arxiv column {r[3]!r}")
    for q, (cols, cells) in tables.items():
        if q.startswith("SELECT presenter, COUNT(*)"):
            c_ = Counter(r[4] for r in pr)
            want = [[p, n] for p, n in sorted(c_.items(), key=lambda x: (-x[1], x[0].encode()))]
            if cells != want: errors.append(f"{f}: the per-presenter counts differ from the paper table")
        if q.startswith("SELECT COUNT(*) FROM paper WHERE url IS NULL AND arxiv IS NULL"):
            if cells != [[sum(1 for r in pr if r[2] is None and r[3] is None)]]: errors.append(f"{f}: the no-link count differs from the paper table")


# ---------------------------------------------------------------- 1493 360搜索
SO_TABS = ["网页", "资讯", "视频", "图片", "良医", "地图", "百科", "文库", "英文", "软件", "问答", "更多"]


def check_so(f, raw):
    L = lines_of(f, raw)
    starts = [i for i, l in enumerate(L) if l == "360搜索"]
    if not starts: errors.append(f"{f}: no 360搜索 page"); return
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(L)
        pg = L[s:end]
        if pg[2] != "搜索" or pg[3:3 + len(SO_TABS)] != SO_TABS: errors.append(f"{f}: page {n + 1}: search box and tabs"); continue
        i = 3 + len(SO_TABS)
        if not re.fullmatch(r"找到相关结果约\d{1,3}(,\d{3})*个", pg[i]): errors.append(f"{f}: page {n + 1}: result count line {pg[i]!r}")
        i += 1
        try: rel = pg.index("相关搜索")
        except ValueError: errors.append(f"{f}: page {n + 1}: no 相关搜索"); continue
        res = pg[i:rel]
        if len(res) % 3: errors.append(f"{f}: page {n + 1}: results are not title / snippet / URL triples"); continue
        for t, sn, u in zip(res[0::3], res[1::3], res[2::3]):
            m = re.fullmatch(r"(\S+) - 快照", u)
            if not m or m.group(1).startswith("http"): errors.append(f"{f}: URL line {u[:40]!r}"); continue
            host = m.group(1).split("/")[0]
            if not re.fullmatch(r"[a-z0-9.-]+\.(org|com|cn|net|io)", host): errors.append(f"{f}: host {host!r}")
            ma = re.fullmatch(r"\[(\d{4}\.\d{4,5})\] (.+) - arXiv\.org", t)
            if ma and m.group(1) != f"arxiv.org/abs/{ma.group(1)}": errors.append(f"{f}: arXiv result {ma.group(1)} with URL {m.group(1)}")
            if (host == "arxiv.org") != bool(ma): errors.append(f"{f}: arXiv URL without an arXiv page title (or the reverse)")
            if host == "github.com" and not t.startswith("GitHub - "): errors.append(f"{f}: GitHub result title")
            if host.endswith("zhihu.com") and not t.endswith(" - 知乎"): errors.append(f"{f}: Zhihu result title")
            d = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日 — ", sn)
            if d and not dt_ok("-".join(d.groups()), "%Y-%m-%d"): errors.append(f"{f}: snippet date {d.group()}")
            if d and ma:
                pass
        tail = pg[rel + 1:]
        tail = [x for x in tail if x not in ("", ) and not x.startswith("## ")]
        if tail[-11:] != [str(k) for k in range(1, 11)] + ["下一页"]: errors.append(f"{f}: page {n + 1}: page numbers")
        if len(tail) - 11 != 6: errors.append(f"{f}: page {n + 1}: {len(tail) - 11} related searches (six shown)")


# ---------------------------------------------------------------- 1494 Frictionless Data Package
def fd_value_ok(v, fld):
    t = fld.get("type", "string")
    if v is None: return not fld.get("constraints", {}).get("required")
    if t == "integer": ok = isinstance(v, int) and not isinstance(v, bool)
    elif t == "string": ok = isinstance(v, str)
    else: ok = True
    if not ok: return False
    c = fld.get("constraints", {})
    if "enum" in c and v not in c["enum"]: return False
    if "pattern" in c and not re.fullmatch(c["pattern"], v): return False
    if "minimum" in c and v < c["minimum"] or "maximum" in c and v > c["maximum"]: return False
    if fld.get("format") == "uri" and not re.fullmatch(r"https?://[^\s]+", v): return False
    return True


def check_frictionless(f, raw):
    L = lines_of(f, raw)
    pkg = json_block(f, L, "the descriptor")
    if not isinstance(pkg, dict): return
    if pkg.get("profile") != "tabular-data-package": errors.append(f"{f}: package profile")
    if not re.fullmatch(r"[a-z0-9._-]+", pkg.get("name", "")): errors.append(f"{f}: package name")
    if not re.fullmatch(r"\d+\.\d+\.\d+", pkg.get("version", "")): errors.append(f"{f}: version not semver")
    if not dt_ok(pkg.get("created"), "%Y-%m-%dT%H:%M:%SZ"): errors.append(f"{f}: created not RFC3339")
    for c in pkg.get("contributors", []):
        if c.get("role") not in ("author", "contributor", "maintainer", "publisher", "wrangler"): errors.append(f"{f}: contributor role")
    for lic in pkg.get("licenses", []):
        if not lic.get("name") and not lic.get("path"): errors.append(f"{f}: licence without name or path")
    names = [r.get("name") for r in pkg.get("resources", [])]
    if len(set(names)) != len(names): errors.append(f"{f}: duplicate resource names")
    for r in pkg.get("resources", []):
        if r.get("profile") != "tabular-data-resource": errors.append(f"{f}: resource profile")
        if ("data" in r) == ("path" in r): errors.append(f"{f}: resource {r.get('name')} needs exactly one of data / path")
        flds = r.get("schema", {}).get("fields", [])
        fn = [x["name"] for x in flds]
        pk = r.get("schema", {}).get("primaryKey", [])
        if set(pk) - set(fn): errors.append(f"{f}: primaryKey names an unknown field")
        if "data" in r:
            seen = set()
            for row in r["data"]:
                if not isinstance(row, dict) or list(row) != fn: errors.append(f"{f}: a {r['name']} row's fields differ from the schema: {list(row)[:4]}"); continue
                for fld in flds:
                    if not fd_value_ok(row[fld["name"]], fld): errors.append(f"{f}: {r['name']} row {row.get(fn[0])}: {fld['name']}={row[fld['name']]!r} breaks the schema")
                k = tuple(row[x] for x in pk)
                if k in seen: errors.append(f"{f}: duplicate primary key {k}")
                seen.add(k)
                if row.get("kind") == "paper" and row.get("arxiv") and row.get("url") and "arxiv.org" in row["url"] and row["arxiv"] not in row["url"]: errors.append(f"{f}: arxiv column differs from the URL's id")
            ids_ = [row.get(fn[0]) for row in r["data"] if isinstance(row, dict)]
            if ids_ != sorted(ids_): errors.append(f"{f}: {r['name']} rows not in key order")


# ---------------------------------------------------------------- 1495 codespell
def git_blob(s):
    b = s.encode("utf-8")
    return hashlib.sha1(b"blob %d\0" % len(b) + b).hexdigest()[:7]


def check_codespell(f, raw):
    cmds = session(f, lines_of(f, raw))
    seq = [c for c, _ in cmds]
    if seq != ["cat README.md", "codespell", "codespell -w", "codespell", "git diff"]: errors.append(f"{f}: command sequence {seq}"); return
    readme = cmds[0][1]
    SP = re.compile(r"\./([\w./-]+):(\d+): (\w+) ==> (\w+(?:, \w+)*)")
    first, second = [], []
    for which, out in ((first, cmds[1][1]), (second, cmds[3][1])):
        for l in out:
            m = SP.fullmatch(l)
            if not m: errors.append(f"{f}: codespell line {l[:50]!r}"); continue
            which.append((m.group(1), int(m.group(2)), m.group(3), m.group(4)))
    if [x[0] for x in first] != sorted([x[0] for x in first], key=lambda p: (p.count("/"), p)): errors.append(f"{f}: codespell file order")
    for p, ln, w, fx in first:
        if w.lower() in [x.lower() for x in fx.split(", ")]: errors.append(f"{f}: suggestion equals the typo {w}")
        if w[0].isupper() != fx[0].isupper(): errors.append(f"{f}: case of the fix for {w}")
        if p == "README.md" and (ln > len(readme) or not re.search(r"\b" + w + r"\b", readme[ln - 1])): errors.append(f"{f}: README line {ln} holds no {w!r}")
    fixed = sorted({p for p, _, _, fx in first if "," not in fx}, key=lambda p: (p.count("/"), p))
    if cmds[2][1] != [f"FIXED: ./{p}" for p in fixed]: errors.append(f"{f}: codespell -w's FIXED lines differ from the fixable typos")
    if second != [x for x in first if "," in x[3]]: errors.append(f"{f}: the second run does not list exactly the ambiguous typos")
    # git diff
    D = cmds[4][1]
    files, cur = {}, None
    for l in D:
        m = re.fullmatch(r"diff --git a/(\S+) b/\1", l)
        if m: cur = m.group(1); files[cur] = []; continue
        if cur is None: errors.append(f"{f}: diff text before diff --git"); break
        files[cur].append(l)
    if sorted(files, key=lambda p: p) != sorted(fixed): errors.append(f"{f}: git diff files {list(files)} differ from the fixed files")
    fixmap = {(p, ln): (w, fx) for p, ln, w, fx in first if "," not in fx}
    for p, body in files.items():
        if len(body) < 4 or not re.fullmatch(r"index [0-9a-f]{7}\.\.[0-9a-f]{7} 100644", body[0]) or body[1:3] != [f"--- a/{p}", f"+++ b/{p}"]: errors.append(f"{f}: {p}: diff header"); continue
        old_lines, new_lines = {}, {}
        i = 3
        while i < len(body):
            m = re.fullmatch(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@(?: (.*))?", body[i])
            if not m: errors.append(f"{f}: {p}: hunk header {body[i][:40]!r}"); break
            a, na, b, nb = map(int, m.group(1, 2, 3, 4))
            j, ra, rb = i + 1, a, b
            while j < len(body) and not body[j].startswith("@@"):
                l = body[j]
                if l.startswith(" "): old_lines[ra] = new_lines[rb] = l[1:]; ra += 1; rb += 1
                elif l.startswith("-"): old_lines[ra] = l[1:]; ra += 1
                elif l.startswith("+"): new_lines[rb] = l[1:]; rb += 1
                else: errors.append(f"{f}: {p}: diff line {l[:30]!r}")
                j += 1
            if (ra - a, rb - b) != (na, nb): errors.append(f"{f}: {p}: hunk counts {na},{nb} for {ra - a},{rb - b} lines")
            if p == "README.md":
                head = next((readme[k] for k in range(a - 2, -1, -1) if re.match(r"[A-Za-z_$]", readme[k])), "")
                if (m.group(5) or "") != head: errors.append(f"{f}: README hunk heading {m.group(5)!r} (git's default funcname gives {head!r})")
            i = j
        for ln, o in old_lines.items():
            n = new_lines.get(ln)
            want = o
            if (p, ln) in fixmap:
                w, fx = fixmap[(p, ln)]
                want = re.sub(r"\b" + w + r"\b", fx, o)
            if n != want: errors.append(f"{f}: {p} line {ln}: the new line is not the old one with codespell's fix")
            if p == "README.md" and (ln > len(readme) or readme[ln - 1] != o): errors.append(f"{f}: README line {ln} in the diff differs from cat's")
        if {ln for (q, ln) in fixmap if q == p} - {ln for ln in old_lines if old_lines[ln] != new_lines.get(ln)}: errors.append(f"{f}: {p}: a fixed typo missing from the diff")
        if p == "README.md":
            old = "\n".join(readme) + "\n"
            new = "\n".join(re.sub(r"\b" + fixmap[(p, k + 1)][0] + r"\b", fixmap[(p, k + 1)][1], l) if (p, k + 1) in fixmap else l for k, l in enumerate(readme)) + "\n"
            if body[0] != f"index {git_blob(old)}..{git_blob(new)} 100644": errors.append(f"{f}: README blob ids are not git's SHA-1 of the contents")


# ---------------------------------------------------------------- 1496 Ingres terminal monitor
def check_ingres(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd(f, cmds, r"sql \w+")
    if c is None: return
    if not (len(out) > 7 and out[0].startswith("INGRES TERMINAL MONITOR Copyright ") and re.fullmatch(r"Ingres \w+ Version (II [\d.]+) \(a64\.lnx/\d+\) login", out[1])
            and dt_ok(out[2], "%a %b %d %H:%M:%S %Y") and out[4] == "" and out[5] == "continue"):
        errors.append(f"{f}: login banner"); return
    ver = re.search(r"Version (II [\d.]+ \([^)]*\))", out[1]).group(1)
    t_in = dt_ok(out[2], "%a %b %d %H:%M:%S %Y")
    if out[-4:] != ["Your SQL statement(s) have been committed.", "", f"Ingres Version {ver} logout", out[-1]] or not dt_ok(out[-1], "%a %b %d %H:%M:%S %Y"):
        errors.append(f"{f}: logout banner")
    elif dt_ok(out[-1], "%a %b %d %H:%M:%S %Y") <= t_in: errors.append(f"{f}: logout before login")
    if out[-5] != "* \\q": errors.append(f"{f}: the session does not end with \\q")
    i = 6
    while i < len(out) - 5:
        q = out[i]
        if not (q.startswith("* ") and q.endswith("\\g")): errors.append(f"{f}: line {q[:40]!r} where a `* ...\\g` statement was due"); return
        if out[i + 1:i + 4] != ["Executing . . .", "", ""]: errors.append(f"{f}: no `Executing . . .` and two blank lines after {q[:30]!r}"); return
        j = i + 4
        rule = out[j]
        if not re.fullmatch(r"\+(-+\+)+", rule): errors.append(f"{f}: table rule {rule[:30]!r}"); return
        w = [len(x) for x in rule[1:-1].split("+")]
        hdr = out[j + 1]
        if out[j + 2] != rule: errors.append(f"{f}: the rule under the header")
        k = j + 3
        rows = []
        while k < len(out) and out[k] != rule: rows.append(out[k]); k += 1
        if k + 2 >= len(out) or not re.fullmatch(r"\((\d+) rows?\)", out[k + 1]) or int(out[k + 1][1:].split()[0]) != len(rows) or out[k + 2] != "continue":
            errors.append(f"{f}: row count / continue after {q[:30]!r}"); return
        if (len(rows) == 1) != out[k + 1].endswith("row)"): errors.append(f"{f}: row / rows")
        sel = re.match(r"\* select (.*?) from ", q)
        for r in [hdr] + rows:
            if not (r.startswith("|") and r.endswith("|")): errors.append(f"{f}: row {r[:30]!r} not in bars"); continue
            cells = r[1:-1].split("|")
            if [len(x) for x in cells] != w: errors.append(f"{f}: cells of {r[:40]!r} not padded to the columns' widths ({[len(x) for x in cells]} vs {w})")
        hc = [x.strip() for x in hdr[1:-1].split("|")]
        if sel and hc != [x.strip() for x in sel.group(1).split(",")]: errors.append(f"{f}: header {hc} differs from the select list")
        for r in rows:
            for x in r[1:-1].split("|"):
                v = x.strip()
                isnum = bool(re.fullmatch(r"-?\d+(\.\d+)?", v))
                if v and x != (v.rjust(len(x)) if isnum else v.ljust(len(x))): errors.append(f"{f}: {'number' if isnum else 'text'} {v[:20]!r} not {'right' if isnum else 'left'}-aligned")
                if re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", v) and not dt_ok(v.title(), "%d-%b-%Y"): errors.append(f"{f}: date {v}")
        o = re.search(r" order by (\w+)", q)
        if o and o.group(1) in hc:
            ci = hc.index(o.group(1))
            keys_ = [r[1:-1].split("|")[ci].strip() for r in rows]
            if all(re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", x) for x in keys_): keys_ = [dt_ok(x.title(), "%d-%b-%Y") for x in keys_]
            elif all(re.fullmatch(r"-?\d+", x) for x in keys_): keys_ = [int(x) for x in keys_]
            if keys_ != sorted(keys_): errors.append(f"{f}: rows of {q[:30]!r} not in `order by {o.group(1)}` order")
        i = k + 3


def shape_checks(f, raw, path):
    n = num(f)
    {1487: check_chktex, 1488: check_j, 1489: check_geekbot, 1490: check_heynote, 1491: check_parseable,
     1492: check_cubrid, 1493: check_so, 1494: check_frictionless, 1495: check_codespell,
     1496: check_ingres}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_blocks(raw):
    """every JSON string of the JSON values in a digest: pretty blocks between a line `[` or `{` and the matching
    closing line at column 0, and lines that are one compact JSON object"""
    ss, cur = [], []
    for l in raw.split("\n"):
        if not cur and l.startswith("{") and l.endswith("}"):
            try: ss += json_strings(json.loads(l)); continue
            except ValueError: pass
        if l in ("[", "{") and not cur: cur = [l]; continue
        if cur:
            cur.append(l)
            if l in ("]", "}"):
                try: ss += json_strings(json.loads("\n".join(cur)))
                except ValueError: pass
                cur = []
    return ss


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1491:
        forms.append("\n".join(json_blocks(raw)))
    if n in (1489, 1494):
        try: forms.append("\n".join(json_strings(json.loads(raw))))
        except ValueError: pass
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
# round146's and round147's, a byte-identical file counted once), and the round146/round147 split (candidates sorted by
# (uses, catalogue title); round147 = odd positions from 3 on, one unbroken run; round146 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P146S = ["/work/rounds/digests-round146/expected.json", "/work/main/tests/data/digests-round146/expected.json"]
P146 = next((p for p in P146S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P146S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round146", "digests-round147") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round147 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r146 = set()
if P146:
    try:
        r146 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P146)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P146} exists but could not be read (being written?)")
    if r146 & mine: errors.append(f"papers also in round146: {sorted(r146 & mine)}")
shared146 = len(r146 & mine) if P146 else "(no round146 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round147 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round146: {shared146}; papers in more than one round147 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


