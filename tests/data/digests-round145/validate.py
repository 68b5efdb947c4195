#!/usr/bin/env python3
r"""Checks round145/expected.json against the digests and the shared catalogues.

Adapted from round143/validate.py (the label checks are the same code; the reuse report is round143's with round144 /
round145 in place of round142 / round143: round145 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round144's and round145's own (a
digests-round144 / digests-round145 folder, or a file whose bytes equal round144's or round145's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round145 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round144's expected.json (read only, from /work/rounds/digests-round144/ or
/work/main/tests/data/digests-round144/, when it exists), and on a paper in more than one round145 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: every JSON string of the JSON blocks and
compact JSON lines of 1468, 1471, 1473 and 1475, every JSON string of 1472 (one JSON array); 1469's Scheme strings
(`\"` and `\\` undone); everything: HTML / XML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is
reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1467 textlint (shell prompts; `cat -n` numbering in six columns and a tab; the .textlintrc.json parses and names the
preset; the version line; the stylish report: a blank line, the absolute path (home and cwd from the prompt), rows
`line:col  error  message  rule` re-rendered as text-table columns (line right-aligned, column left-aligned, message
padded, trailing ASCII period stripped), sorted by position, each problem holding in the file (the ！, かも, 、 or
kanji run at that column; the mixed-period column at the line's end), the set of problems equal to the modelled
rules' (every ！, かも, kanji run of 7+, fourth 、 in a sentence, paragraph line without 。), the summary line and
`echo $?`);
1468 LanguageTool (shell prompts; the text = the `cat` output with its final newline; curl with --data-urlencode
text@file, language=uk-UA, -o and no output; the summary object's language and match count; each match's keys in
order, offset / length in UTF-16 units inside the text, increasing, the context re-computed (40 units each side,
`...` where cut, newlines as spaces, its offset), the sentence inside the match's line and holding the flagged text,
rule-specific sense (repeated spaces, lower-case sentence start with its capitalised replacement, a space before
punctuation, a misspelt word not among its replacements, «flagged» in a replace rule's message); the jq -r lines);
1469 MIT/GNU Scheme (`mit-scheme` from a shell prompt, the banner; the transcript parsed into balanced inputs at
`N ]=> ` / `N error> ` prompts with the level following errors and (restart 1); the quoted list read by a small
S-expression reader, each entry (string, string or #f, integer, string, symbol); every answer re-computed: define
values, length, the unbound-variable report and RESTART menu, ;Abort!, the filter count, map car in `write` form, the
for-each display lines (stable sort by week) and ;Unspecified return value, assoc; a blank line after each answer; the
session ends with (exit) and ;Moriturus te saluto.);
1470 Argo Workflows (shell prompts; argo list a tabwriter table with three spaces, statuses, ages, durations, failed
rows with a message; argo get: `%-20s %v` header lines, name / namespace / status = the newest listed, Created /
Started / Finished parsed, Duration = Finished - Started humanised and equal to the list's, conditions, Progress =
pods; the step tree a tabwriter table with two spaces, root row, ├───✔ / └───✔ branches, pod names
workflow-template-hash, durations; argo logs: `pod: time,ms LEVEL logger: message`, known pods in tree order and
contiguous, times never going back, inside the run (KST header, UTC logs) and inside each pod's duration; the sheet
count, resolve rows numbered 1..n, their levels and the resolve summary and render count re-computed);
1471 CommaFeed (shell prompts; the Entries object in jq's layout, its keys and each entry's keys in order; offset /
limit = the query's, hasMore; ids unique digit strings; date ≤ insertedDate ≤ timestamp; one name / url / link per
feed id; iconUrl = /rest/feed/favicon/<feedId>; url on the feed's site; rtl ⇔ an Arabic title; flags; order by date
as the query asks; the second call the same URL and its @tsv lines = feed name and title);
1472 MinerU (one JSON array in four-space layout with raw Unicode, no final newline; item keys per type in order;
text_level 1; page_idx from 0, in order, no gaps; image paths images/<64 hex>.jpg, unique; equations `$$…$$` latex;
captions and footnotes lists of strings; table bodies html/body/table rows of equal width; references [1]..[n]);
1473 Weblate (shell prompts; the page in jq's layout: count = results, no next / previous; unit keys in order; the
translation URL = the call's; positions 1..n; states 0 / 10 / 20 / 30 and the fuzzy / translated / approved flags;
an empty target ⇔ state 0; num_words = the source's words; unique ids and their urls; web_url's checksum = id_hash +
2^63 in 16 hex digits; source_unit; microsecond times, timestamp ≤ last_updated; the same links in source and
target; the select lines and the statistics re-computed);
1474 Kanbn (shell prompts; index.md's front matter, heading, columns and `- [id](tasks/id.md)` links, each task in one
column; ls -1 = the index's tasks in byte order; head -n N: `==> file <==` blocks in ls order with a blank line
between, none longer than N lines; each task's front matter keys, js-yaml dates, created ≤ updated, progress in
[0, 1], started / completed ⇔ the column (Done ⇒ progress 1), the `# name` heading whose param case is the file
name, sub-task, relation (to a known task) and comment lines);
1475 VictoriaLogs (every command a LogsQL query through curl; compact JSON lines with raw Unicode and string values;
records' keys in order, _stream built from app / host, one 48-hex _stream_id per stream, the phrase in every _msg,
levels, _time RFC3339 with trailing zeros trimmed, sorted, within the query's window; the stats rows = query 1's
records counted by user, sorted desc; the errors query's rows `_time, _msg`, sorted);
1476 SaltStack (shell prompts; per minion a `minion:` line and state blocks under `----------` with labels
right-aligned to column 12 in the outputter's order, Name only where it differs from the ID, Result True, Started /
Duration formats, changes nested under 14 spaces; the Summary re-computed: states, changed=, Failed 0, twelve
dashes, total states, total run time = the sum of durations (s above 1000 ms); each state starting after the
previous one ended; the cmd.run motd = the managed file's new content for every minion).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import html, json, os, re, sys
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


# ---------------------------------------------------------------- 1467 textlint
TL_ROW = re.compile(r"  ( *\d+):(\d+)( *)  error  (.*?) *  (ja-technical-writing/[a-z-]+)")


def tl_render(probs):
    rows = [["", str(l), str(c), "error", m, r] for l, c, m, r in probs]
    w = [max(len(r[i]) for r in rows) for i in range(6)]
    out = []
    for r in rows:
        cells = [r[0].ljust(w[0]), r[1].rjust(w[1]), r[2].ljust(w[2]), r[3].ljust(w[3]), r[4].ljust(w[4]), r[5]]
        out.append(re.sub(r"(\d+)\s+(\d+)", r"\1:\2", "  ".join(cells).rstrip(), count=1))
    return out


def tl_expected(md):
    """the problems the modelled rules must report, computed from the Markdown lines"""
    want = set()
    for i, l in enumerate(md, 1):
        body = re.sub(r"<[^>]*>|\([^)]*://[^)]*\)", lambda m: " " * len(m.group()), l)
        for m in re.finditer("！", body): want.add((i, m.start() + 1, "no-exclamation-question-mark"))
        for m in re.finditer(r"[\u4e00-\u9fff]{7,}", body): want.add((i, m.start() + 1, "max-kanji-continuous-len"))
        for m in re.finditer("かも", body): want.add((i, m.start() + 1, "ja-no-weak-phrase"))
        pos = 0
        for s in re.findall(r"[^。！]*[。！]?", l):
            if s.count("、") >= 4: want.add((i, pos + [j for j, ch in enumerate(s) if ch == "、"][3] + 1, "max-ten"))
            pos += len(s)
        if l and not l.startswith(("#", "-", "<")) and not l.endswith(("。", "！")): want.add((i, len(l), "ja-no-mixed-period"))
    return want


def check_textlint(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, cat = cmd(f, cmds, r"cat -n (\S+\.md)")
    if c is None: return
    md = []
    for k, l in enumerate(cat, 1):
        m = re.fullmatch(r"( *\d+)\t(.*)", l)
        if not m or len(m.group(1)) != 6 or int(m.group(1)) != k: errors.append(f"{f}: cat -n line {k} malformed"); return
        md.append(m.group(2))
    mdpath = c.split()[-1]
    c, rc = cmd(f, cmds, r"cat \.textlintrc\.json")
    try:
        conf = json.loads("\n".join(rc))
        if "preset-ja-technical-writing" not in conf["rules"]: errors.append(f"{f}: textlintrc without the preset")
    except (ValueError, KeyError, TypeError): errors.append(f"{f}: textlintrc does not parse")
    c, v = cmd(f, cmds, r"npx textlint --version")
    if c is not None and (len(v) != 1 or not re.fullmatch(r"v\d+\.\d+\.\d+", v[0])): errors.append(f"{f}: textlint version line")
    c, out = cmd(f, cmds, r"npx textlint " + re.escape(mdpath))
    if c is None: return
    cwd = PROMPT.fullmatch(raw.split("\n")[0]).group(3).replace("~", "/home/" + PROMPT.fullmatch(raw.split("\n")[0]).group(1))
    if len(out) < 5 or out[0] != "" or out[1] != cwd + "/" + mdpath or out[-2] != "": errors.append(f"{f}: stylish frame (blank, path, rows, blank, summary)"); return
    probs, got = [], set()
    for r in out[2:-2]:
        m = TL_ROW.fullmatch(r)
        if not m: errors.append(f"{f}: stylish row {r[:60]!r}"); continue
        ln, col, msg, rule = int(m.group(1)), int(m.group(2)), m.group(4), m.group(5)
        probs.append((ln, col, msg, rule))
        if not 1 <= ln <= len(md): errors.append(f"{f}: problem on line {ln} outside the file"); continue
        L, short = md[ln - 1], rule.split("/")[1]
        got.add((ln, col, short))
        ok = {"no-exclamation-question-mark": L[col - 1:col] == "！" and msg == 'Disallow to use "！"',
              "ja-no-weak-phrase": L[col - 1:col + 1] == "かも" and msg == '弱い表現: "かも" が使われています。',
              "ja-no-mixed-period": col == len(L) and not L.endswith("。") and msg == '文末が"。"で終わっていません。',
              "max-ten": L[col - 1:col] == "、" and msg == '一つの文で"、"を4つ以上使用しています',
              "max-kanji-continuous-len": bool(re.match(r"[\u4e00-\u9fff]{7,}", L[col - 1:])) and
                  msg == "漢字が7つ以上連続しています: " + re.match(r"[\u4e00-\u9fff]+", L[col - 1:]).group()}.get(short)
        if not ok: errors.append(f"{f}: problem {ln}:{col} {short} does not hold in the file")
    if probs != sorted(probs): errors.append(f"{f}: problems not sorted by position")
    if probs and tl_render(probs) != out[2:-2]: errors.append(f"{f}: stylish table layout")
    if got != tl_expected(md): errors.append(f"{f}: reported problems differ from the modelled rules: missing {sorted(tl_expected(md) - got)}, extra {sorted(got - tl_expected(md))}")
    n = len(probs)
    if out[-1] != f"✖ {n} problem{'s' if n != 1 else ''} ({n} error{'s' if n != 1 else ''}, 0 warnings)": errors.append(f"{f}: summary line")
    c, e = cmd(f, cmds, r"echo \$\?")
    if c is not None and e != ["1" if n else "0"]: errors.append(f"{f}: exit status")


# ---------------------------------------------------------------- 1468 LanguageTool
def u16(s):
    return len(s.encode("utf-16-le")) // 2


def from16(s, a, b):
    return s.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le")


LT_KEYS = ["message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "rule", "issueType", "category"]


def check_languagetool(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, txt = cmd(f, cmds, r"cat (\S+\.txt)")
    if c is None: return
    fn = c.split()[1]
    text = "\n".join(txt) + "\n"
    c, o = cmd(f, cmds, r"curl -s (https://\S+/v2/check) --data-urlencode \"text@" + re.escape(fn) + r"\" -d language=uk-UA( -d \w+=[\w-]+)* -o lt\.json")
    if c is not None and o: errors.append(f"{f}: curl -o prints nothing")
    c, o = cmd(f, cmds, r"jq '\{version: .*\}' lt\.json")
    summ = json_values(f, o, "summary") if c else []
    c, o = cmd(f, cmds, r"jq '\.matches\[\] \| \{message, .*\}' lt\.json")
    ms = json_values(f, o, "matches") if c else []
    if summ and (summ[0].get("language") != "uk-UA" or summ[0].get("matches") != len(ms)): errors.append(f"{f}: the summary's language or match count")
    tot, last = u16(text), -1
    for m in ms:
        if list(m) != LT_KEYS: errors.append(f"{f}: match keys {list(m)}"); continue
        off, ln = m["offset"], m["length"]
        if not (isinstance(off, int) and isinstance(ln, int) and 0 <= off and ln > 0 and off + ln <= tot): errors.append(f"{f}: offset/length out of the text"); continue
        if off <= last: errors.append(f"{f}: matches not in offset order")
        last = off
        flag = from16(text, off, off + ln)
        a, b = max(0, off - 40), min(tot, off + ln + 40)
        ctx = ("..." if a > 0 else "") + from16(text, a, b).replace("\n", " ") + ("..." if b < tot else "")
        if m["context"] != {"text": ctx, "offset": off - a + (3 if a > 0 else 0), "length": ln}: errors.append(f"{f}: context of the match at {off}")
        cp = len(from16(text, 0, off))
        line_start = text.rfind("\n", 0, cp) + 1
        line = text[line_start:text.find("\n", cp)]
        at = cp - line_start
        if not m["sentence"] or flag.strip() and flag.strip() not in m["sentence"] or \
                not any(k <= at <= k + len(m["sentence"]) for k in (x.start() for x in re.finditer(re.escape(m["sentence"]), line))):
            errors.append(f"{f}: sentence of the match at {off}")
        if not m["replacements"] or not all(isinstance(x, str) for x in m["replacements"]): errors.append(f"{f}: replacements at {off}")
        r = m["rule"]
        if r == "WHITESPACE_RULE" and (flag.strip(" ") or len(flag) < 2): errors.append(f"{f}: whitespace rule on {flag!r}")
        if r == "UPPERCASE_SENTENCE_START" and (not flag[:1].islower() or m["replacements"][0] != flag[:1].upper() + flag[1:] or not m["sentence"].startswith(flag)): errors.append(f"{f}: uppercase rule on {flag!r}")
        if r == "COMMA_PARENTHESIS_WHITESPACE" and not re.fullmatch(r" +[.,;:!?]", flag): errors.append(f"{f}: punctuation-space rule on {flag!r}")
        if r.startswith("MORFOLOGIK") and (not re.fullmatch(r"\w+", flag) or flag in m["replacements"]): errors.append(f"{f}: spelling rule on {flag!r}")
        if r.startswith("UK_SIMPLE_REPLACE") and f"«{flag}»" not in m["message"]: errors.append(f"{f}: replace rule message does not name {flag!r}")
    c, o = cmd(f, cmds, r"jq -r '\.matches\[\] \| .*' lt\.json")
    if c is not None and o != [f"{m['offset']}\t{m['length']}\t{m['rule']}" for m in ms if isinstance(m, dict) and "offset" in m]: errors.append(f"{f}: the jq -r lines")


# ---------------------------------------------------------------- 1469 MIT/GNU Scheme
MS_BANNER = ["MIT/GNU Scheme running under GNU/Linux", "Type `^C' (control-C) followed by `H' to obtain information about interrupts.", "",
             "Copyright (C) 2022 Massachusetts Institute of Technology",
             "This is free software; see the source for copying conditions. There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.",
             "", "Image saved on Sunday January 8, 2023 at 10:41:48 AM", "  Release 12.1 || SF || LIAR/x86-64", ""]
SX_TOK = re.compile(r'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|(\')|([^\s()"\']+))')


class Sym(str): pass


def sx_read(s):
    toks, i = [], 0
    s = s.rstrip()
    while i < len(s):
        m = SX_TOK.match(s, i)
        if not m or m.end() == i: raise ValueError(f"bad token at {i}")
        i = m.end()
        if m.group(1): toks.append("(")
        elif m.group(2): toks.append(")")
        elif m.group(3) is not None: toks.append(("str", re.sub(r"\\(.)", r"\1", m.group(3))))
        elif m.group(4): toks.append("'")
        else: toks.append(("atom", m.group(5)))
    pos = [0]

    def one():
        t = toks[pos[0]]; pos[0] += 1
        if t == "(":
            out = []
            while toks[pos[0]] != ")": out.append(one())
            pos[0] += 1
            return out
        if t == ")": raise ValueError("unbalanced")
        if t == "'": return [Sym("quote"), one()]
        if t[0] == "str": return t[1]
        a = t[1]
        if re.fullmatch(r"-?\d+", a): return int(a)
        if a == "#f": return False
        if a == "#t": return True
        return Sym(a)
    v = one()
    if pos[0] != len(toks): raise ValueError("trailing tokens")
    return v


def sx_write(v):
    if v is False: return "#f"
    if v is True: return "#t"
    if isinstance(v, Sym): return str(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "(" + " ".join(sx_write(x) for x in v) + ")"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def balanced(s):
    d, q, esc = 0, False, False
    for ch in s:
        if q:
            if esc: esc = False
            elif ch == "\\": esc = True
            elif ch == '"': q = False
        elif ch == '"': q = True
        elif ch == "(": d += 1
        elif ch == ")": d -= 1
    return d == 0 and not q


def check_mitscheme(f, raw):
    L = lines_of(f, raw)
    sh = L[0][:len(L[0]) - len("mit-scheme")]
    if not L[0].endswith("$ mit-scheme") or L[-1] != sh: errors.append(f"{f}: not a shell running mit-scheme"); return
    if L[1:1 + len(MS_BANNER)] != MS_BANNER: errors.append(f"{f}: banner"); return
    body = L[1 + len(MS_BANNER):-1]
    ints, level = [], 1
    i = 0
    while i < len(body):
        m = re.match(r"(\d+) (\]=>|error>) (.*)", body[i])
        if not m: errors.append(f"{f}: expected a prompt, got {body[i][:40]!r}"); return
        if int(m.group(1)) != level or (m.group(2) == "error>") != (level > 1): errors.append(f"{f}: prompt level {body[i][:10]!r} (expected level {level})")
        inp = [m.group(3)]
        i += 1
        while not balanced("\n".join(inp)) and i < len(body): inp.append(body[i]); i += 1
        outp = []
        while i < len(body) and not re.match(r"\d+ (\]=>|error>) ", body[i]): outp.append(body[i]); i += 1
        ints.append(("\n".join(inp), outp))
        if outp and outp[0].startswith(";Unbound variable:"): level += 1
        if "\n".join(inp) == "(restart 1)": level = 1
    env, bound = {}, {"length", "filter", "map", "car", "cadr", "caddr", "list-ref", "eq?", "not", "for-each", "display", "newline", "sort", "assoc", "exit", "define", "lambda", "restart", "quote"}
    for k, (inp, outp) in enumerate(ints):
        last = k == len(ints) - 1
        if last:
            if inp != "(exit)" or outp != ["", ";Moriturus te saluto."]: errors.append(f"{f}: the session does not end with (exit)")
            continue
        if not outp or outp[-1] != "": errors.append(f"{f}: no blank line after {inp[:30]!r}"); continue
        res = outp[:-1]
        try: form = sx_read(inp)
        except (ValueError, IndexError) as ex: errors.append(f"{f}: unreadable input {inp[:30]!r}: {ex}"); continue
        if isinstance(form, list) and form[:1] == [Sym("define")]:
            name = form[1][0] if isinstance(form[1], list) else form[1]
            if not isinstance(form[1], list):
                if form[2][:1] != [Sym("quote")]: errors.append(f"{f}: define of a non-literal"); continue
                env[name] = form[2][1]
            bound.add(name)
            if res != [f";Value: {name}"]: errors.append(f"{f}: define answer for {name}")
            continue
        if isinstance(form, list) and form and isinstance(form[0], Sym) and form[0] not in bound and form[0] not in env:
            v = form[0]
            want = [f";Unbound variable: {v}", ";To continue, call RESTART with an option number:",
                    f"; (RESTART 3) => Specify a value to use instead of {v}.", f"; (RESTART 2) => Define {v} to a given value.",
                    "; (RESTART 1) => Return to read-eval-print level 1."]
            if res != want: errors.append(f"{f}: unbound-variable report for {v}")
            continue
        if inp == "(restart 1)":
            if res != [";Abort!"]: errors.append(f"{f}: restart answer")
            continue
        dl = env.get("doc-list")
        if not isinstance(dl, list): errors.append(f"{f}: no doc-list defined"); return
        paper = [e for e in dl if len(e) > 4 and e[4] == "paper"]
        want = {"(length doc-list)": [f";Value: {len(dl)}"],
                "(length (filter bai-bao? doc-list))": [f";Value: {len(paper)}"],
                "(map car (filter (lambda (e) (not (cadr e))) doc-list))": [";Value: " + sx_write([e[0] for e in dl if e[1] is False])]}
        if inp in want:
            if res != want[inp]: errors.append(f"{f}: answer to {inp!r}")
        elif inp.startswith("(for-each (lambda (e) (display (caddr e))"):
            if res != [f"{e[2]} {e[0]}" for e in sorted(paper, key=lambda e: e[2])] + [";Unspecified return value"]: errors.append(f"{f}: the for-each display lines")
        elif isinstance(form, list) and form[:1] == [Sym("assoc")]:
            hit = next((e for e in dl if e[0] == form[1]), False)
            if res != [";Value: " + sx_write(hit)]: errors.append(f"{f}: assoc answer")
        else:
            errors.append(f"{f}: unmodelled input {inp[:40]!r}")
    for e in env.get("doc-list") or []:
        if not (isinstance(e, list) and len(e) == 5 and isinstance(e[0], str) and (e[1] is False or isinstance(e[1], str))
                and isinstance(e[2], int) and isinstance(e[3], str) and isinstance(e[4], Sym)): errors.append(f"{f}: entry shape {sx_write(e)[:60]}")


# ---------------------------------------------------------------- 1470 Argo Workflows
def tw_cells(lines, hdr):
    starts = [hdr.index(h) for h in hdr.split()]
    return [[l[a:b].rstrip() if b else l[a:].rstrip() for a, b in zip(starts, starts[1:] + [None])] for l in lines]


def tw_render(rows, pad):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return ["".join(c.ljust(w[i] + pad) for i, c in enumerate(r[:-1])) + r[-1] for r in rows]


def ago(s):
    return s


def check_argo(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, lst = cmd(f, cmds, r"argo list -n ([\w-]+)")
    if c is None: return
    ns = c.split()[-1]
    rows = tw_cells(lst, lst[0])
    if tw_render(rows, 3) != lst: errors.append(f"{f}: argo list is not a tabwriter table (padding 3)")
    if rows[0] != ["NAME", "STATUS", "AGE", "DURATION", "PRIORITY", "MESSAGE"]: errors.append(f"{f}: argo list header")
    for r in rows[1:]:
        if r[1] not in ("Succeeded", "Failed", "Running", "Error") or not re.fullmatch(r"\d+[smhd]", r[2]) or not re.fullmatch(r"(\d+m)?(\d+s)?", r[3]) or not r[3]:
            errors.append(f"{f}: argo list row {r[0]}")
        if (r[1] == "Failed") != bool(r[5]): errors.append(f"{f}: a failed row without message (or a message on success)")
    c, get = cmd(f, cmds, r"argo get -n " + re.escape(ns) + r" @latest")
    if c is None: return
    if "" not in get: errors.append(f"{f}: argo get without a blank line before the tree"); return
    hl, tl = get[:get.index("")], get[get.index("") + 1:]
    hd = {}
    for l in hl:
        if len(l) < 21 or l[20] != " ": errors.append(f"{f}: header line not %-20s %v: {l[:30]!r}"); continue
        hd[l[:20].rstrip()] = l[21:]
    wf = rows[1][0] if len(rows) > 1 else None
    if hd.get("Name:") != wf or hd.get("Namespace:") != ns: errors.append(f"{f}: get's name / namespace differ from the newest listed")
    if hd.get("Status:") != (rows[1][1] if len(rows) > 1 else None): errors.append(f"{f}: get's status differs from the list")
    tt = {}
    for k in ("Created:", "Started:", "Finished:"):
        m = re.fullmatch(r"(\w{3} \w{3} \d\d \d\d:\d\d:\d\d [+-]\d{4}) \((\d+ \w+ ago)\)", hd.get(k, ""))
        if not m: errors.append(f"{f}: {k} line"); continue
        tt[k] = dt.datetime.strptime("2024 " + m.group(1), "%Y %a %b %d %H:%M:%S %z")
    dur = None
    if len(tt) == 3:
        dur = int((tt["Finished:"] - tt["Started:"]).total_seconds())
        mi, se = divmod(dur, 60)
        want = (f"{mi} minute{'s' if mi != 1 else ''} " if mi else "") + f"{se} second{'s' if se != 1 else ''}"
        if hd.get("Duration:") != want: errors.append(f"{f}: Duration {hd.get('Duration:')!r} != {want!r}")
        if len(rows) > 1 and rows[1][3] != (f"{mi}m" if mi else "") + (f"{se}s" if se or not mi else ""): errors.append(f"{f}: list DURATION differs from get")
    if [k for k in hd if k.startswith(" ")][:2] != [" PodRunning", " Completed"] or hd.get("Conditions:") != "": errors.append(f"{f}: conditions")
    trows = tw_cells(tl, tl[0])
    if tw_render(trows, 2) != tl: errors.append(f"{f}: the step tree is not a tabwriter table (padding 2)")
    if trows[0] != ["STEP", "TEMPLATE", "PODNAME", "DURATION", "MESSAGE"] or trows[1][0] != f" ✔ {wf}" or trows[1][2:4] != ["", ""]: errors.append(f"{f}: tree header / root row")
    pods, pdur = [], {}
    for k, r in enumerate(trows[2:]):
        lastrow = k == len(trows) - 3
        m = re.fullmatch(r" (├|└)───✔ ([\w-]+)", r[0])
        if not m or (m.group(1) == "└") != lastrow: errors.append(f"{f}: tree branch {r[0]!r}")
        if not re.fullmatch(re.escape(f"{wf}-{r[1]}-") + r"\d{6,10}", r[2]): errors.append(f"{f}: pod name {r[2]!r} is not workflow-template-hash")
        if not re.fullmatch(r"\d+s", r[3]): errors.append(f"{f}: step duration {r[3]!r}")
        else: pdur[r[2]] = int(r[3][:-1])
        pods.append(r[2])
    if hd.get("Progress:") != f"{len(pods)}/{len(pods)}": errors.append(f"{f}: Progress")
    c, logs = cmd(f, cmds, r"argo logs -n " + re.escape(ns) + r" @latest")
    if c is None: return
    seen, times, per = [], [], {}
    for l in logs:
        m = re.fullmatch(r"([\w-]+): (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) (INFO|WARNING|ERROR|DEBUG) ([\w.]+): (.*)", l)
        if not m: errors.append(f"{f}: log line {l[:50]!r}"); continue
        p = m.group(1)
        if p not in pods: errors.append(f"{f}: log from unknown pod {p}")
        if not seen or seen[-1] != p:
            if p in seen: errors.append(f"{f}: pod {p}'s lines not contiguous")
            seen.append(p)
        t = dt.datetime.strptime(m.group(2), "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc) + dt.timedelta(milliseconds=int(m.group(3)))
        times.append(t); per.setdefault(p, []).append((t, m.group(4), m.group(6)))
    if times != sorted(times): errors.append(f"{f}: log times go back")
    if len(tt) == 3 and times and not (tt["Started:"] <= times[0] and times[-1] <= tt["Finished:"]): errors.append(f"{f}: logs outside the workflow's run")
    if seen != [p for p in pods if p in per]: errors.append(f"{f}: pods' logs not in tree order")
    for p, ls in per.items():
        if p in pdur and (ls[-1][0] - ls[0][0]).total_seconds() > pdur[p]: errors.append(f"{f}: {p}'s logs span more than its duration")
    msgs = [x for ls in per.values() for x in ls]
    m = next((re.search(r"행 (\d+)개 읽음 \(논문 (\d+), 기타 (\d+)\)", x[2]) for x in msgs if "읽음" in x[2]), None)
    res = [x for x in msgs if re.match(r"\[\d+/\d+\]", x[2])]
    if not m: errors.append(f"{f}: no sheet count"); return
    n = int(m.group(1))
    if int(m.group(2)) + int(m.group(3)) != n: errors.append(f"{f}: sheet count parts")
    if [re.match(r"\[(\d+)/(\d+)\]", x[2]).groups() for x in res] != [(str(i), str(n)) for i in range(1, n + 1)]: errors.append(f"{f}: resolve rows not numbered 1..{n}")
    k = lambda rx: sum(1 for x in res if re.search(rx, x[2]))
    link, idonly, none, other = k(r" -> https://arxiv\.org/"), k(r" -> arXiv:"), k(r"링크 없음"), k(r"논문 아님")
    if link + idonly + none + other != n or other != int(m.group(3)): errors.append(f"{f}: resolve rows do not add up")
    if any(x[1] != ("WARNING" if "링크 없음" in x[2] else "INFO") for x in res): errors.append(f"{f}: resolve levels")
    s = next((x[2] for x in msgs if x[2].startswith("완료 ")), "")
    if s != f"완료 링크={link} id_only={idonly} title_only={none} 기타={other}": errors.append(f"{f}: resolve summary {s!r}")
    r = next((x[2] for x in msgs if "작성 (" in x[2]), "")
    if not r.endswith(f"({n}항목)"): errors.append(f"{f}: render count")


# ---------------------------------------------------------------- 1471 CommaFeed
CF_TOP = ["name", "message", "errorCount", "timestamp", "hasMore", "offset", "limit", "entries", "ignoredReadStatus"]
CF_ENTRY = ["id", "guid", "title", "content", "categories", "rtl", "author", "enclosureUrl", "enclosureType", "mediaDescription",
            "mediaThumbnailUrl", "mediaThumbnailWidth", "mediaThumbnailHeight", "date", "insertedDate", "feedId", "feedName",
            "feedUrl", "feedLink", "iconUrl", "url", "read", "starred", "markable", "tags"]


def check_commafeed(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, o = cmd(f, cmds, r"curl -s -u \"\w+:\$\w+\" '(https://\S+/rest/category/entries\?\S+)' \| jq \.")
    if c is None: return
    url = re.search(r"'(\S+)'", c).group(1)
    q = dict(parse_qsl(urlsplit(url).query))
    v = json_block(f, o, "the entries")
    if not isinstance(v, dict): return
    if list(v) != CF_TOP: errors.append(f"{f}: top-level keys {list(v)}"); return
    es = v["entries"]
    if v["offset"] != int(q.get("offset", 0)) or v["limit"] != int(q.get("limit", 20)): errors.append(f"{f}: offset / limit differ from the query")
    if v["hasMore"] != (len(es) >= v["limit"]) or len(es) > v["limit"]: errors.append(f"{f}: hasMore")
    feeds, ids = {}, set()
    for e in es:
        if list(e) != CF_ENTRY: errors.append(f"{f}: entry keys {list(e)[:5]}"); continue
        if not re.fullmatch(r"\d+", e["id"]) or e["id"] in ids: errors.append(f"{f}: entry id {e['id']!r}")
        ids.add(e["id"])
        if not (isinstance(e["date"], int) and isinstance(e["insertedDate"], int) and e["date"] <= e["insertedDate"] <= v["timestamp"]): errors.append(f"{f}: dates of entry {e['id']}")
        fd = (e["feedName"], e["feedUrl"], e["feedLink"])
        if feeds.setdefault(e["feedId"], fd) != fd: errors.append(f"{f}: feed {e['feedId']} named two ways")
        if e["iconUrl"] != f"/rest/feed/favicon/{e['feedId']}": errors.append(f"{f}: iconUrl of entry {e['id']}")
        if urlsplit(e["url"]).netloc != urlsplit(e["feedLink"]).netloc: errors.append(f"{f}: entry {e['id']}'s url is not on its feed's site")
        if e["rtl"] != any("\u0600" <= ch <= "\u06ff" for ch in e["title"]): errors.append(f"{f}: rtl flag of entry {e['id']}")
        if e["markable"] is not True or e["tags"] != [] or not isinstance(e["read"], bool) or not isinstance(e["starred"], bool): errors.append(f"{f}: flags of entry {e['id']}")
    ds = [e["date"] for e in es if isinstance(e, dict) and "date" in e]
    if ds != sorted(ds, reverse=(q.get("order", "desc") == "desc")): errors.append(f"{f}: entries not in date order")
    c2, o2 = cmd(f, cmds, r"curl -s -u \"\w+:\$\w+\" '(\S+)' \| jq -r '\.entries\[\] \| \[\.feedName, \.title\] \| @tsv'")
    if c2 is not None:
        if re.search(r"'(\S+)'", c2).group(1) != url: errors.append(f"{f}: the two calls differ")
        if o2 != [f"{e['feedName']}\t{e['title']}" for e in es if isinstance(e, dict) and "title" in e]: errors.append(f"{f}: the tsv lines")


# ---------------------------------------------------------------- 1472 MinerU content_list
MU_KEYS = {"equation": ["type", "img_path", "text", "text_format", "page_idx"],
           "table": ["type", "img_path", "table_caption", "table_footnote", "table_body", "page_idx"],
           "image": ["type", "img_path", "img_caption", "img_footnote", "page_idx"]}


def check_mineru(f, raw):
    lf_final(f, raw, final=False)
    try: v = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(v, ensure_ascii=False, indent=4) != raw: errors.append(f"{f}: not in the four-space layout with raw Unicode")
    if not isinstance(v, list) or not v: errors.append(f"{f}: not a non-empty array"); return
    pages, paths, refs = [], set(), []
    for k, it in enumerate(v):
        if not isinstance(it, dict): errors.append(f"{f}: item {k} not an object"); continue
        t = it.get("type")
        want = MU_KEYS.get(t) or (["type", "text", "text_level", "page_idx"] if "text_level" in it else ["type", "text", "page_idx"])
        if t not in ("text", "equation", "table", "image") or list(it) != want: errors.append(f"{f}: item {k} keys {list(it)}"); continue
        if not isinstance(it["page_idx"], int): errors.append(f"{f}: item {k} page_idx"); continue
        pages.append(it["page_idx"])
        if t == "text":
            if not isinstance(it["text"], str) or not it["text"].strip(): errors.append(f"{f}: item {k} empty text")
            if "text_level" in it and it["text_level"] != 1: errors.append(f"{f}: item {k} text_level")
            m = re.match(r"\[(\d+)\] ", it["text"])
            if m: refs.append(int(m.group(1)))
        else:
            if not re.fullmatch(r"images/[0-9a-f]{64}\.jpg", it["img_path"]) or it["img_path"] in paths: errors.append(f"{f}: item {k} img_path")
            paths.add(it["img_path"])
        if t == "equation" and (it["text_format"] != "latex" or not re.fullmatch(r"\$\$\n.+\n\$\$", it["text"], re.S)): errors.append(f"{f}: item {k} equation")
        if t in ("table", "image"):
            for key in [x for x in want if x.endswith(("caption", "footnote"))]:
                if not isinstance(it[key], list) or not all(isinstance(s, str) and s for s in it[key]): errors.append(f"{f}: item {k} {key}")
        if t == "table":
            m = re.fullmatch(r"<html><body><table>((?:<tr>(?:<td>[^<]*</td>)+</tr>)+)</table></body></html>", it["table_body"])
            if not m: errors.append(f"{f}: item {k} table_body"); continue
            widths = {len(re.findall("<td>", r)) for r in re.findall(r"<tr>.*?</tr>", m.group(1))}
            if len(widths) != 1: errors.append(f"{f}: item {k} rows of different widths")
    if pages != sorted(pages) or (pages and (pages[0] != 0 or set(pages) != set(range(pages[-1] + 1)))): errors.append(f"{f}: page_idx not 0.. without gaps, in order")
    if refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not numbered 1..{len(refs)}")


# ---------------------------------------------------------------- 1473 Weblate
WL_UNIT = ["translation", "source", "previous_source", "target", "id_hash", "content_hash", "location", "context", "note", "flags",
           "labels", "state", "fuzzy", "translated", "approved", "position", "has_suggestion", "has_comment", "has_failing_check",
           "num_words", "source_unit", "priority", "id", "web_url", "url", "explanation", "extra_flags", "pending", "timestamp", "last_updated"]
WL_TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"


def check_weblate(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, o = cmd(f, cmds, r"curl -s -H \"Authorization: Token \$\w+\" \"(https://\S+/api/translations/[\w-]+/[\w-]+/[\w-]+/)units/\" \| jq \.")
    if c is None: return
    tr = re.search(r"\"(https://\S+/)units/\"", c).group(1)
    base = tr.split("/api/")[0]
    proj, comp, lang = tr.rstrip("/").split("/")[-3:]
    v = json_block(f, o, "the units page")
    if not isinstance(v, dict): return
    if list(v) != ["count", "next", "previous", "results"] or v["count"] != len(v["results"]) or v["next"] or v["previous"]: errors.append(f"{f}: page frame")
    R = v["results"]
    ids = set()
    for k, u in enumerate(R, 1):
        if list(u) != WL_UNIT: errors.append(f"{f}: unit keys {list(u)[:4]}"); continue
        st = u["state"]
        if u["translation"] != tr or u["position"] != k: errors.append(f"{f}: unit {k} translation / position")
        if st not in (0, 10, 20, 30) or u["fuzzy"] != (st == 10) or u["translated"] != (st >= 20) or u["approved"] != (st == 30): errors.append(f"{f}: unit {k} state flags")
        if (u["target"] == [""]) != (st == 0) or len(u["source"]) != 1 or len(u["target"]) != 1: errors.append(f"{f}: unit {k} target vs state")
        if u["num_words"] != len(u["source"][0].split()): errors.append(f"{f}: unit {k} num_words")
        if u["id"] in ids or u["url"] != f"{base}/api/units/{u['id']}/": errors.append(f"{f}: unit {k} id / url")
        ids.add(u["id"])
        if not (isinstance(u["id_hash"], int) and -2 ** 63 <= u["id_hash"] < 2 ** 63) or u["web_url"] != f"{base}/translate/{proj}/{comp}/{lang}/?checksum={u['id_hash'] + (1 << 63):016x}": errors.append(f"{f}: unit {k} web_url checksum")
        if not re.fullmatch(re.escape(base) + r"/api/units/\d+/", u["source_unit"]): errors.append(f"{f}: unit {k} source_unit")
        if not (re.fullmatch(WL_TIME, u["timestamp"]) and re.fullmatch(WL_TIME, u["last_updated"]) and u["timestamp"] <= u["last_updated"]): errors.append(f"{f}: unit {k} times")
        if st and sorted(re.findall(r"https?://\S+?(?=[)\s]|$)", u["source"][0])) != sorted(re.findall(r"https?://\S+?(?=[)\s]|$)", u["target"][0])): errors.append(f"{f}: unit {k} links differ between source and target")
    R = [u for u in R if isinstance(u, dict) and list(u) == WL_UNIT]
    c2, o2 = cmd(f, cmds, r"curl .*units/\" \| jq -r '\.results\[\] \| select\(\.state < 20\) \| .*'")
    if c2 is not None and o2 != [f"{u['position']}\t{u['state']}\t{u['source'][0][:40]}" for u in R if u["state"] < 20]: errors.append(f"{f}: the select lines")
    c3, o3 = cmd(f, cmds, r"curl .*statistics/\" \| jq '\{total, translated, fuzzy, approved, translated_percent, total_words, translated_words\}'")
    if c3 is not None:
        s = json_values(f, o3, "statistics")
        tot, trn = len(R), sum(u["translated"] for u in R)
        want = {"total": tot, "translated": trn, "fuzzy": sum(u["fuzzy"] for u in R), "approved": sum(u["approved"] for u in R),
                "translated_percent": round(100 * trn / max(tot, 1), 1), "total_words": sum(u["num_words"] for u in R),
                "translated_words": sum(u["num_words"] for u in R if u["translated"])}
        if s != [want]: errors.append(f"{f}: statistics")


# ---------------------------------------------------------------- 1474 Kanbn
def kb_param(name):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    s = re.sub(r"([A-Z])([A-Z][a-z])", r"\1 \2", s)
    return "-".join(w.lower() for w in re.split(r"[^A-Za-z0-9]+", s) if w)


KB_DATE = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"


def check_kanbn(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, idx = cmd(f, cmds, r"cat \.kanbn/index\.md")
    if c is None: return
    if idx[:6] != ["---", "startedColumns:", "  - 'In Progress'", "completedColumns:", "  - Done", "---"] or idx[6] != "" or not idx[7].startswith("# "): errors.append(f"{f}: index front matter / heading"); return
    col, where = None, {}
    cols = []
    for l in idx[8:]:
        if l.startswith("## "): col = l[3:]; cols.append(col); continue
        m = re.fullmatch(r"- \[([a-z0-9-]+)\]\(tasks/([a-z0-9-]+)\.md\)", l)
        if m:
            if m.group(1) != m.group(2) or col is None: errors.append(f"{f}: index link {l[:50]!r}")
            if m.group(1) in where: errors.append(f"{f}: task {m.group(1)} in two columns")
            where[m.group(1)] = col
        elif l.startswith("- "): errors.append(f"{f}: index line {l[:50]!r}")
    c, ls = cmd(f, cmds, r"ls -1 \.kanbn/tasks/")
    if c is None: return
    if ls != sorted(ls, key=lambda s: s.encode()) or sorted(x[:-3] for x in ls) != sorted(where): errors.append(f"{f}: ls -1 differs from the index (or is not in byte order)")
    c, hd = cmd(f, cmds, r"head -n (\d+) \.kanbn/tasks/\*\.md")
    if c is None: return
    n = int(c.split()[2])
    blocks, cur = [], None
    for l in hd:
        m = re.fullmatch(r"==> \.kanbn/tasks/(\S+) <==", l)
        if m:
            if cur is not None:
                if not cur[1] or cur[1][-1] != "": errors.append(f"{f}: no blank line before {l}")
                else: cur[1].pop()
            cur = (m.group(1), []); blocks.append(cur)
        elif cur is None: errors.append(f"{f}: head output before the first header"); return
        else: cur[1].append(l)
    if [b[0] for b in blocks] != ls: errors.append(f"{f}: head's files differ from ls")
    names = {}
    for fn, bl in blocks:
        if len(bl) > n: errors.append(f"{f}: {fn} longer than head -n {n}")
        if bl[:1] != ["---"] or "---" not in bl[1:]: errors.append(f"{f}: {fn} front matter"); continue
        end = bl.index("---", 1)
        fm, key = {}, None
        for l in bl[1:end]:
            m = re.fullmatch(r"(\w+): ?(.*)", l)
            if m: key = m.group(1); fm[key] = m.group(2)
            elif re.fullmatch(r"  - \S.*", l) and key == "tags": fm.setdefault("_tags", []).append(l[4:])
            else: errors.append(f"{f}: {fn} front matter line {l!r}")
        for k in ("created", "updated", "started", "completed", "due"):
            if k in fm and not re.fullmatch(KB_DATE, fm[k]): errors.append(f"{f}: {fn} {k} date")
        if not {"created", "updated", "progress"} <= set(fm) or fm.get("updated", "") < fm.get("created", ""): errors.append(f"{f}: {fn} created / updated / progress")
        try:
            if not 0 <= float(fm.get("progress", "x")) <= 1: raise ValueError
        except ValueError: errors.append(f"{f}: {fn} progress")
        cl = where.get(fn[:-3])
        if ("completed" in fm) != (cl == "Done") or ("started" in fm) != (cl in ("In Progress", "Done")): errors.append(f"{f}: {fn} started / completed vs column {cl}")
        if cl == "Done" and fm.get("progress") != "1": errors.append(f"{f}: {fn} done but progress {fm.get('progress')}")
        rest = bl[end + 1:]
        if rest[:1] != [""] or len(rest) < 2 or not rest[1].startswith("# "): errors.append(f"{f}: {fn} heading"); continue
        names[fn] = rest[1][2:]
        if kb_param(rest[1][2:]) + ".md" != fn: errors.append(f"{f}: {fn} is not the param case of {rest[1][2:]!r}")
        sec = None
        for l in rest[2:]:
            if l.startswith("## "): sec = l[3:]; continue
            if sec == "Sub-tasks" and l and not re.fullmatch(r"- \[[x ]\] \S.*", l): errors.append(f"{f}: {fn} sub-task {l!r}")
            if sec == "Relations" and l:
                m = re.fullmatch(r"- \[(\w+) ([a-z0-9-]+)\]\(([a-z0-9-]+)\.md\)", l)
                if not m or m.group(2) != m.group(3) or m.group(2) not in where: errors.append(f"{f}: {fn} relation {l[:50]!r}")
            if sec == "Comments" and l and not (re.fullmatch(r"- author: \w+", l) or re.fullmatch(r"  date: " + KB_DATE, l) or l.startswith("  ")): errors.append(f"{f}: {fn} comment line {l[:40]!r}")


# ---------------------------------------------------------------- 1475 VictoriaLogs
VL_KEYS = ["_msg", "_stream", "_stream_id", "_time", "app", "host", "level"]


def vl_time(s):
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z", s or "")
    if not m or (m.group(2) and m.group(2).endswith("0")): return None
    return dt.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S") + dt.timedelta(microseconds=int((m.group(2) or "0").ljust(9, "0")[:6]))


def vl_lines(f, out, what):
    vs = []
    for l in out:
        try: v = json.loads(l)
        except ValueError: errors.append(f"{f}: {what}: not a JSON line {l[:40]!r}"); continue
        if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}: {what}: not compact JSON with raw Unicode")
        if not isinstance(v, dict) or not all(isinstance(x, str) for x in v.values()): errors.append(f"{f}: {what}: values must be strings")
        else: vs.append(v)
    return vs


def check_victorialogs(f, raw):
    cmds = session(f, lines_of(f, raw))
    Q = r"curl -s http://[\w.:]+/select/logsql/query --data-urlencode 'query=(.*)'"
    qs = [(re.fullmatch(Q, c), o) for c, o in cmds]
    if not qs or not all(m for m, _ in qs): errors.append(f"{f}: every command is a LogsQL query through curl"); return
    m1 = re.fullmatch(r'_time:(\d+)d app:(\w+) "([^"]+)" \| sort by \(_time\)', qs[0][0].group(1))
    if not m1 or len(qs) != 3: errors.append(f"{f}: first query / query count"); return
    days, app, phrase = int(m1.group(1)), m1.group(2), m1.group(3)
    recs = vl_lines(f, qs[0][1], "query 1")
    ts, sid = [], {}
    for r in recs:
        if list(r)[:7] != VL_KEYS or set(list(r)[7:]) - {"user"}: errors.append(f"{f}: record keys {list(r)}"); continue
        if r["_stream"] != f'{{app="{r["app"]}",host="{r["host"]}"}}' or r["app"] != app: errors.append(f"{f}: _stream / app of a record")
        if not re.fullmatch(r"0{16}[0-9a-f]{32}", r["_stream_id"]) or sid.setdefault(r["_stream"], r["_stream_id"]) != r["_stream_id"]: errors.append(f"{f}: _stream_id")
        if phrase not in r["_msg"]: errors.append(f"{f}: a record without the phrase")
        if r["level"] not in ("debug", "info", "warn", "error"): errors.append(f"{f}: level {r['level']!r}")
        t = vl_time(r["_time"])
        if not t: errors.append(f"{f}: _time {r['_time']!r}"); continue
        ts.append(t)
    if ts != sorted(ts) or (ts and ts[-1] - ts[0] > dt.timedelta(days=days)): errors.append(f"{f}: query 1 not sorted by _time or wider than {days}d")
    m2 = re.fullmatch(r'_time:(\d+)d app:(\w+) "([^"]+)" \| stats by \(user\) count\(\) (\w+) \| sort by \((\w+) desc\)', qs[1][0].group(1))
    if not m2 or m2.groups()[:3] != m1.groups() or m2.group(4) != m2.group(5): errors.append(f"{f}: second query"); return
    st = vl_lines(f, qs[1][1], "query 2")
    cnt = Counter(r.get("user", "") for r in recs)
    fld = m2.group(4)
    if sorted((s.get("user"), s.get(fld)) for s in st) != sorted((u, str(n)) for u, n in cnt.items()) or any(list(s) != ["user", fld] for s in st): errors.append(f"{f}: stats rows differ from query 1's records")
    ns = [int(s.get(fld, "0")) for s in st]
    if ns != sorted(ns, reverse=True): errors.append(f"{f}: stats not sorted desc")
    m3 = re.fullmatch(r'_time:(\d+)d app:(\w+) level:(\w+) \| sort by \(_time\) \| fields _time, _msg', qs[2][0].group(1))
    if not m3: errors.append(f"{f}: third query"); return
    er = vl_lines(f, qs[2][1], "query 3")
    et = [vl_time(r.get("_time")) for r in er]
    if any(list(r) != ["_time", "_msg"] for r in er) or None in et or et != sorted(et): errors.append(f"{f}: query 3 rows (fields, times, order)")


# ---------------------------------------------------------------- 1476 SaltStack
SALT_LABEL = re.compile(r" *(ID|Function|Name|Result|Comment|Started|Duration|Changes): ?(.*)")


def check_salt(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd(f, cmds, r"sudo salt '([\w*.-]+)' state\.apply [\w.-]+")
    if c is None: return
    hosts, i, motd_new = [], 0, {}
    while i < len(out):
        m = re.fullmatch(r"([\w.-]+):", out[i])
        if not m: errors.append(f"{f}: expected a minion line at {out[i][:40]!r}"); return
        host = m.group(1); hosts.append(host); i += 1
        states = []
        while i < len(out) and out[i] == "----------":
            st, ch = {}, []
            i += 1
            while i < len(out) and out[i] not in ("----------", ""):
                l = out[i]
                if "Changes" in st:
                    if not l.startswith(" " * 14): break
                    ch.append(l)
                else:
                    lm = SALT_LABEL.fullmatch(l)
                    if not lm or l.index(":") != 12: errors.append(f"{f}: state line not right-aligned: {l[:40]!r}")
                    else: st[lm.group(1)] = lm.group(2)
                    if lm and lm.group(1) == "Changes" and l != "     Changes:   ": errors.append(f"{f}: Changes label")
                i += 1
            order = [k for k in ("ID", "Function", "Name", "Result", "Comment", "Started", "Duration", "Changes") if k in st]
            if list(st) != order or not {"ID", "Function", "Result", "Comment", "Started", "Duration", "Changes"} <= set(st): errors.append(f"{f}: state {st.get('ID')} labels {list(st)}")
            if st.get("Result") != "True": errors.append(f"{f}: state {st.get('ID')} result")
            if st.get("Name") == st.get("ID"): errors.append(f"{f}: Name shown though equal to the ID")
            if not re.fullmatch(r"\d\d:\d\d:\d\d\.\d{6}", st.get("Started", "")) or not re.fullmatch(r"\d+\.\d{1,3} ms", st.get("Duration", "")): errors.append(f"{f}: state {st.get('ID')} time fields")
            if any(not l.startswith(" " * 14) for l in ch) or (ch and ch[0] != " " * 14 + "----------"): errors.append(f"{f}: state {st.get('ID')} changes not nested under 14 spaces")
            if st.get("Function") == "file.managed" and st.get("ID") == "/etc/motd":
                motd_new[host] = [l[19:] for l in ch if re.match(r" {18}[ +](?!\+\+ )", l)]
            st["changed"] = bool(ch)
            states.append(st)
        if i >= len(out) or out[i] != "": errors.append(f"{f}: no blank line before {host}'s summary"); return
        i += 1
        summ = out[i:i + 7]; i += 7
        good = [s for s in states if "Duration" in s and re.fullmatch(r"\d+\.\d+ ms", s["Duration"])]
        tot = sum(float(s["Duration"].split()[0]) for s in good)
        want = [f"Summary for {host}", "-" * 12, f"Succeeded: {len(states)} (changed={sum(s['changed'] for s in states)})", "Failed:    0", "-" * 12,
                f"Total states run: {len(states):>5}", f"Total run time: {tot / 1000:>7.3f} s" if tot >= 1000 else f"Total run time: {tot:>7.3f} ms"]
        if summ != want: errors.append(f"{f}: {host}'s summary {summ[2:3]} / {summ[-1:]} (want {want[2]} / {want[-1]})")
        prev = None
        for s in good:
            if not re.fullmatch(r"\d\d:\d\d:\d\d\.\d{6}", s.get("Started", "")): continue
            h, mi, sec = s["Started"].split(":")
            t = (int(h) * 3600 + int(mi) * 60) * 1000 + float(sec) * 1000
            if prev is not None and t < prev: errors.append(f"{f}: {host}: state {s['ID']} starts before the previous one ended")
            prev = t + float(s["Duration"].split()[0])
    c2, o2 = cmd(f, cmds, r"sudo salt '([\w*.-]+)' cmd\.run 'cat /etc/motd'")
    if c2 is None: return
    got, h = {}, None
    for l in o2:
        if re.fullmatch(r"[\w.-]+:", l): h = l[:-1]; got[h] = []
        elif h and l.startswith("    "): got[h].append(l[4:])
        else: errors.append(f"{f}: cmd.run line {l[:40]!r}")
    if list(got) != hosts or any(got[x] != motd_new.get(x) for x in hosts): errors.append(f"{f}: cmd.run motd differs from the managed file's new content")


def shape_checks(f, raw, path):
    n = num(f)
    {1467: check_textlint, 1468: check_languagetool, 1469: check_mitscheme, 1470: check_argo, 1471: check_commafeed,
     1472: check_mineru, 1473: check_weblate, 1474: check_kanbn, 1475: check_victorialogs,
     1476: check_salt}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
    if n in (1468, 1471, 1473, 1475):
        forms.append("\n".join(json_blocks(raw)))
    if n == 1472:
        try: forms.append("\n".join(json_strings(json.loads(raw))))
        except ValueError: pass
    if n == 1469:
        forms.append("\n".join(re.sub(r"\\(.)", r"\1", x) for x in re.findall(r'"((?:[^"\\]|\\.)*)"', raw)))
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
# round144's and round145's, a byte-identical file counted once), and the round144/round145 split (candidates sorted by
# (uses, catalogue title); round145 = odd positions from 3 on, one unbroken run; round144 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P144S = ["/work/rounds/digests-round144/expected.json", "/work/main/tests/data/digests-round144/expected.json"]
P144 = next((p for p in P144S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P144S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round144", "digests-round145") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round145 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r144 = set()
if P144:
    try:
        r144 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P144)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P144} exists but could not be read (being written?)")
    if r144 & mine: errors.append(f"papers also in round144: {sorted(r144 & mine)}")
shared144 = len(r144 & mine) if P144 else "(no round144 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round145 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round144: {shared144}; papers in more than one round145 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


