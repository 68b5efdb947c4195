#!/usr/bin/env python3
r"""Checks round139/expected.json against the digests and the shared catalogues.

Adapted from round137/validate.py (the label checks are the same code; the reuse report is round137's with round138 /
round139 in place of round136 / round137: round139 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round138's and round139's own (a
digests-round138 / digests-round139 folder, or a file whose bytes equal round138's or round139's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round139 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round138's expected.json (read only, from /work/rounds/digests-round138/ or
/work/main/tests/data/digests-round138/, when it exists), and on a paper in more than one round139 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1407, 1411 and 1414 every JSON string of the
JSON outputs; 1412 every RON string with its escapes undone; everything: HTML / XML entities undone once and twice,
percent-escapes undone (1408's `@uri` and `-vu` lines). Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1407 Termux (prompts `~ $ `, the clipboard printed without a final newline so the next prompt follows on its line;
only termux-clipboard-get / -set and termux-notification-list commands; the notification list parses as JSON in
JsonWriter's two-space layout, keys id, tag, key, group, packageName, title, content, [lines], when, `key` =
`0|package|id|tag or null|uid`, `when` a valid local time; the jq filter's lines re-computed; a clipboard-get after a
clipboard-set prints the text set);
1408 Hyper Estraier (`estcmd inform` counts; every search answer between one repeated `--------[hex]--------` border and
its `:END`; the meta block VERSION / NODE / HIT / HINT#1 / TIME / DOCNUM / WORDNUM / VIEW with DOCNUM and WORDNUM =
inform's, HINT#1 = the normalised query and HIT, VIEW = the -v mode; no more records than -max or HIT; attributes
sorted, `@uri` = `file://` + the percent-encoded `_lreal`, `_lfile` its base name; each snippet has a hit line
`word<TAB>normalised` for the query; `-vu` lines `id<TAB>uri`; a document shown by `estcmd get` agrees with its search
record (attributes, every snippet piece found in its text, the query in its text when listed; every document that
`get` shows and that holds the query is counted in HIT and, for -vu, listed));
1409 wdiff (`ls`; `wc -w` per file and the total (`celkem`) at one width; the full wdiff output's markers balanced and
not nested, a change = `[-…-] {+…+}`; the old and new word counts from it = wc's; the two statistics lines (`words`,
common / deleted / changed, common / inserted / changed, `%.0f%%` percentages) re-computed);
1410 lftp (the shell line, then `lftp host:cwd> ` prompts following `cd ok, cwd=`; vsftpd listing lines (mode, links,
owner, group, 8-column size, `Mon DD HH:MM` or `Mon DD  YYYY`, name) in byte order; `cat` ends with `N bytes
transferred`, N = the listed size and = the shown text's bytes (a Windows-1251 file: one U+FFFD per non-ASCII byte);
`get` and `mirror` byte counts = listed sizes (mirror's New files a subset of the listed PDFs, Total = the PDFs), rates
re-computed; `bye`, then the shell prompt);
1411 Dataverse (both answers in jq's layout; the search answer's keys in Dataverse's order, total_count = items =
count_in_response, items newest first, url / global_id / storageIdentifier from the DOI, citation re-computed from
authors, year, name, DOI and version, citationHtml = citation with the DOI URL as a link, times in order; the native
fields: dsDescription before publication, compound values whose sub-fields name themselves with the right typeClass,
equal to the dataset's description and publications in the search answer);
1412 RON (parses; written again with ron's default PrettyConfig it gives the file byte for byte — four-space indents,
trailing commas, no final newline; ids 1..n; kinds, sources, statuses from their enums; an Arxiv / OpenReview source
agrees with its URL; shelves exist; dates valid and not after `updated`; ratings 1–5);
1413 Log Parser (CR LF throughout, no final line end; cmd.exe's blank line before each prompt; `chcp` answer; the CSV as
`type` shows it parses with one header; each query re-computed from it or from the listed folder — WHERE on equality,
LIKE with %, IS NULL — and printed as NAT tables: widths = the widest cell on the page, one space apart, a dash rule,
NULL as `-`, sizes right-aligned; -rtp:-1 never pages, the default pages every ten rows with `Press a key...` and the
header again; Statistics: processed = the input rows, output = the rows printed);
1414 gh / GitHub Projects (zsh prompts; the TTY table's header and columns by display width (Hangul two columns),
two spaces apart, a long title cut with `…` to its column; table rows = the JSON items (type, title or its cut prefix,
number, repository, id); the JSON in jq's layout with every object's keys sorted (Go maps), totalCount = items, drafts
without number / repository, issue and PR URLs from repository and number; the `--jq` lines = the Todo titles);
1415 urlwatch (75-character `=` and `-` rules; summary lines `NN. VERB: name` numbered from 01; a details block for
each CHANGED / ERROR job in summary order, none for NEW; `VERB: name ( url )`; unified diffs with `--- @` / `+++ @`
dates as email.utils writes them (valid, with their weekday, the new after the old) and hunk counts that add up; an
ERROR block is a Python traceback; the footer after `-- ` with `watched N URLs in S seconds`, N ≥ the summary lines);
1416 CUPS page_log (LF, a final newline; every line `printer user job [dd/Mon/yyyy:HH:MM:SS ±zzzz] total N billing
host job-name media sides` with known media and sides, job ids increasing, times valid and never going back).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, difflib, html, io, itertools, json, math, os, re, shlex, sys, unicodedata
import datetime as dt
from collections import Counter
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import quote, unquote, unquote_plus
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




def jdump(v):
    return json.dumps(v, indent=2, ensure_ascii=False)


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


# ---------------------------------------------------------------- 1407 Termux:API
TP = "~ $ "


def check_termux(f, raw):
    L = lines_of(f, raw)
    if not L or not L[0].startswith(TP): errors.append(f"{f}: the first line is not a Termux prompt"); return
    cmds = []   # [command, output lines, glued]
    for l in L:
        if l.startswith(TP): cmds.append([l[len(TP):], [], False])
        elif TP in l:
            k = l.index(TP)
            cmds[-1][1].append(l[:k]); cmds[-1][2] = True
            cmds.append([l[k + len(TP):], [], False])
        else: cmds[-1][1].append(l)
    if cmds[-1][0] != "" or cmds[-1][1]: errors.append(f"{f}: the last line is not an empty prompt")
    clip, notes_ = None, None
    for c, out, glued in cmds[:-1]:
        if c == "termux-clipboard-get":
            if out and not glued: errors.append(f"{f}: termux-clipboard-get output ends with a newline")
            if clip is not None and "\n".join(out) != clip: errors.append(f"{f}: the clipboard is not what was set")
        elif c.startswith("termux-clipboard-set "):
            m = re.fullmatch(r'termux-clipboard-set "([^"]*)"', c)
            if not m: errors.append(f"{f}: clipboard-set syntax"); continue
            if out: errors.append(f"{f}: termux-clipboard-set prints nothing")
            clip = m.group(1)
        elif c == "termux-notification-list":
            try: notes_ = json.loads("\n".join(out))
            except ValueError as ex: errors.append(f"{f}: the notification list does not parse: {ex}"); continue
            if jdump(notes_).split("\n") != out: errors.append(f"{f}: not JsonWriter's two-space layout")
            if not isinstance(notes_, list): errors.append(f"{f}: the notification list is not an array"); notes_ = []; continue
            for n in notes_:
                ks = list(n)
                want = ["id", "tag", "key", "group", "packageName", "title", "content"] + (["lines"] if "lines" in n else []) + ["when"]
                if ks != want: errors.append(f"{f}: notification keys {ks}")
                if not isinstance(n.get("id"), int): errors.append(f"{f}: id {n.get('id')!r}")
                if not re.fullmatch(r"0\|" + re.escape(str(n.get("packageName"))) + r"\|" + re.escape(str(n.get("id"))) + r"\|"
                                    + re.escape(n.get("tag") or "null") + r"\|\d{5}", str(n.get("key"))):
                    errors.append(f"{f}: notification key {n.get('key')!r}")
                if not dt_ok(n.get("when"), "%Y-%m-%d %H:%M:%S"): errors.append(f"{f}: when {n.get('when')!r}")
                if "lines" in n and not (isinstance(n["lines"], list) and all(isinstance(x, str) for x in n["lines"])):
                    errors.append(f"{f}: lines")
        elif c.startswith("termux-notification-list | jq -r "):
            m = re.fullmatch(r"termux-notification-list \| jq -r '\.\[\] \| select\(\.packageName == \"([\w.]+)\"\) \| \.content'", c)
            if not m: errors.append(f"{f}: jq filter {c!r}"); continue
            if notes_ is not None:
                want = "\n".join(n["content"] for n in notes_ if n.get("packageName") == m.group(1)).split("\n")
                if out != want: errors.append(f"{f}: the jq filter's output differs from the list")
        else: errors.append(f"{f}: not a Termux:API command: {c[:40]!r}")
    if notes_ is None: errors.append(f"{f}: no notification list")


# ---------------------------------------------------------------- 1408 Hyper Estraier
def check_estcmd(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"estcmd inform \S+")
    inform = {}
    for l in out:
        m = re.fullmatch(r"([a-z ]+):(?: (\d+))?", l)
        if not m: errors.append(f"{f}: inform line {l!r}")
        elif m.group(2): inform[m.group(1)] = int(m.group(2))
    docs = {}   # id -> (attrs, text lines) from estcmd get
    for c, out in cmds:
        m = re.fullmatch(r"estcmd get \S+ (\d+)", c)
        if not m: continue
        if "" not in out: errors.append(f"{f}: get {m.group(1)}: no blank line after the attributes"); continue
        k = out.index("")
        at = dict(l.split("=", 1) for l in out[:k] if "=" in l)
        if at.get("@id") != m.group(1): errors.append(f"{f}: get {m.group(1)} shows @id {at.get('@id')}")
        docs[m.group(1)] = (out[:k], out[k + 1:])
    for c, out in cmds:
        m = re.fullmatch(r"estcmd search -v([su])(?: -max (\d+))? \S+ (\S+)", c)
        if not m:
            if c.startswith("estcmd search"): errors.append(f"{f}: search command {c!r}")
            continue
        view, mx, q = {"s": "SNIPPET", "u": "URI"}[m.group(1)], m.group(2), m.group(3)
        b = out[0] if out else ""
        if not re.fullmatch(r"--------\[[0-9A-F]{8}\]--------", b): errors.append(f"{f}: border {b!r}"); continue
        if out[-1] != b + ":END": errors.append(f"{f}: the answer does not end with the border's :END"); continue
        meta = out[1:10]
        keys_ = [x.split("\t")[0] for x in meta[:8]]
        if keys_ != ["VERSION", "NODE", "HIT", "HINT#1", "TIME", "DOCNUM", "WORDNUM", "VIEW"] or meta[8:9] != [""]:
            errors.append(f"{f}: the meta block {keys_}"); continue
        mv = {x.split("\t")[0]: x.split("\t")[1:] for x in meta[:8]}
        hit = int(mv["HIT"][0])
        if mv["HINT#1"] != [q.lower(), str(hit)]: errors.append(f"{f}: HINT#1 {mv['HINT#1']} for {q!r} with HIT {hit}")
        if mv["VIEW"] != [view]: errors.append(f"{f}: VIEW {mv['VIEW']} for -v{m.group(1)}")
        if int(mv["DOCNUM"][0]) != inform.get("number of documents") or int(mv["WORDNUM"][0]) != inform.get("number of words"):
            errors.append(f"{f}: DOCNUM / WORDNUM differ from estcmd inform")
        body = out[10:-1]
        recs, cur = [], None
        for l in body:
            if l == b: cur = []; recs.append(cur)
            elif cur is None: errors.append(f"{f}: text before the first record border"); break
            else: cur.append(l)
        if view == "URI":
            recs = recs[0] if len(recs) == 1 else []
            ids = []
            for l in recs:
                mm = re.fullmatch(r"(\d+)\t(file:///\S+)", l)
                if not mm: errors.append(f"{f}: -vu line {l!r}"); continue
                ids.append(mm.group(1))
                if mm.group(1) in docs:
                    at = dict(x.split("=", 1) for x in docs[mm.group(1)][0])
                    if at.get("@uri") != mm.group(2): errors.append(f"{f}: -vu uri of {mm.group(1)} differs from get's")
            shown = ids
        else:
            shown = []
            for r in recs:
                if "" not in r: errors.append(f"{f}: a record without its blank line"); continue
                k = r.index("")
                attrs, snip = r[:k], r[k + 1:]
                names = [a.split("=", 1)[0] for a in attrs]
                if names != sorted(names) or any("=" not in a for a in attrs): errors.append(f"{f}: attributes not sorted / malformed")
                at = dict(a.split("=", 1) for a in attrs if "=" in a)
                if at.get("@uri") != "file://" + quote(at.get("_lreal", "")): errors.append(f"{f}: @uri is not the encoded _lreal")
                if at.get("_lfile") != os.path.basename(at.get("_lreal", "")): errors.append(f"{f}: _lfile")
                hl = [s for s in snip if "\t" in s]
                if not hl: errors.append(f"{f}: record {at.get('@id')}: no hit line in the snippet")
                for s in hl:
                    w, n_ = s.split("\t", 1)
                    if n_ != q.lower() or w.lower() != n_: errors.append(f"{f}: hit line {s!r} for {q!r}")
                shown.append(at.get("@id"))
                if at.get("@id") in docs:
                    if docs[at["@id"]][0] != attrs: errors.append(f"{f}: record {at['@id']}: attributes differ from get's")
                    text = " ".join(x for x in docs[at["@id"]][1] if x)
                    for s in snip:
                        piece = s.split("\t")[0]
                        if piece and piece not in text: errors.append(f"{f}: record {at['@id']}: snippet piece not in the text: {piece[:30]!r}")
        if mx and len(shown) > int(mx): errors.append(f"{f}: more records than -max {mx}")
        if len(shown) > hit or (not mx and len(shown) != hit): errors.append(f"{f}: {len(shown)} records for HIT {hit}")
        for i, (attrs, text) in docs.items():
            if q.lower() in "\n".join(text).lower():
                if not mx and i not in shown: errors.append(f"{f}: document {i} holds {q!r} but is not listed")
        held = sum(1 for i, (a, t) in docs.items() if q.lower() in "\n".join(t).lower())
        if held > hit: errors.append(f"{f}: HIT {hit} below the {held} shown documents holding {q!r}")


# ---------------------------------------------------------------- 1409 wdiff
def wdiff_parse(s):
    """-> list of (kind, text) with kind in common / del / ins; raises on unbalanced markers"""
    out, i = [], 0
    while i < len(s):
        a, b = s.find("[-", i), s.find("{+", i)
        nxt = min(x for x in (a, b, len(s)) if x >= 0)
        if nxt > i: out.append(("common", s[i:nxt]))
        if nxt == len(s): break
        end = s.find("-]" if nxt == a else "+}", nxt + 2)
        if end < 0: raise ValueError("an open marker")
        inner = s[nxt + 2:end]
        if "[-" in inner or "{+" in inner or "-]" in inner or "+}" in inner: raise ValueError("nested markers")
        out.append(("del" if nxt == a else "ins", inner))
        i = end + 2
    for k, t in out:
        if k == "common" and ("-]" in t or "+}" in t): raise ValueError("a closing marker without its opening")
    return out


def check_wdiff(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, ls = cmd_out(f, cmds, r"ls")
    c, wc = cmd_out(f, cmds, r"wc -w (\S+) (\S+)")
    if c is None: return
    A, B = c.split()[2:4]
    if ls != [f"{A}  {B}"]: errors.append(f"{f}: ls output")
    ms = [re.fullmatch(r"( *)(\d+) (\S+)", l) for l in wc]
    if len(wc) != 3 or not all(ms) or [m.group(3) for m in ms] != [A, B, "celkem"]: errors.append(f"{f}: wc -w output"); return
    if len({len(m.group(1) + m.group(2)) for m in ms}) != 1: errors.append(f"{f}: wc columns not at one width")
    na, nb, tot = (int(m.group(2)) for m in ms)
    if na + nb != tot: errors.append(f"{f}: wc total")
    c, wd = cmd_out(f, cmds, re.escape(f"wdiff {A} {B}"))
    try: parts = wdiff_parse("\n".join(wd))
    except ValueError as ex: errors.append(f"{f}: wdiff markers: {ex}"); return
    cnt = Counter()
    for k, (kind, t) in enumerate(parts):
        n = len(t.split())
        if kind == "common": cnt["common"] += n
        elif kind == "del":
            if k + 2 < len(parts) + 1 and parts[k + 1:k + 2] and parts[k + 1][0] == "common" and parts[k + 1][1] == " " and parts[k + 2:k + 3] and parts[k + 2][0] == "ins":
                cnt["chg_old"] += n
            else: cnt["deleted"] += n
        else:
            if k >= 2 and parts[k - 1] == ("common", " ") and parts[k - 2][0] == "del": cnt["chg_new"] += n
            else: cnt["inserted"] += n
    if cnt["common"] + cnt["deleted"] + cnt["chg_old"] != na: errors.append(f"{f}: the old file's words in wdiff ({cnt['common'] + cnt['deleted'] + cnt['chg_old']}) differ from wc ({na})")
    if cnt["common"] + cnt["inserted"] + cnt["chg_new"] != nb: errors.append(f"{f}: the new file's words in wdiff ({cnt['common'] + cnt['inserted'] + cnt['chg_new']}) differ from wc ({nb})")
    c, st = cmd_out(f, cmds, re.escape(f"wdiff -s {A} {B} | tail -n 2"))
    pc = lambda a, b: "%.0f%%" % (a * 100.0 / b)
    want = [f"{A}: {na} words  {cnt['common']} {pc(cnt['common'], na)} common  {cnt['deleted']} {pc(cnt['deleted'], na)} deleted  {cnt['chg_old']} {pc(cnt['chg_old'], na)} changed",
            f"{B}: {nb} words  {cnt['common']} {pc(cnt['common'], nb)} common  {cnt['inserted']} {pc(cnt['inserted'], nb)} inserted  {cnt['chg_new']} {pc(cnt['chg_new'], nb)} changed"]
    if st != want: errors.append(f"{f}: wdiff statistics {st} != {want}")


# ---------------------------------------------------------------- 1410 lftp
MONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def lftp_rate(b, s):
    r, units, u = b / s, ["B/s", "KiB/s", "MiB/s", "GiB/s"], 0
    while r >= 1024 and u < 3: r /= 1024; u += 1
    return (f"{r:.0f}" if r >= 100 else f"{r:.1f}" if r >= 10 else f"{r:.2f}") + " " + units[u]


def check_lftp(f, raw):
    L = lines_of(f, raw)
    m = re.fullmatch(r"([\w.-]+@[\w.-]+:~\$ )lftp ([\w.-]+)", L[0]) if L else None
    if not m: errors.append(f"{f}: the first line is not `lftp host` at a shell prompt"); return
    sh, host = m.group(1), m.group(2)
    if L[-1] != sh: errors.append(f"{f}: the last line is not the shell prompt")
    cmds, cwd = [], "~"
    pr = re.compile(r"lftp " + re.escape(host) + r":(\S+)> (.*)")
    for l in L[1:-1]:
        mm = pr.fullmatch(l)
        if mm:
            if mm.group(1) != cwd: errors.append(f"{f}: prompt cwd {mm.group(1)} where {cwd} is expected")
            cmds.append([mm.group(2), []])
        elif not cmds: errors.append(f"{f}: text before the first lftp prompt"); return
        else:
            cmds[-1][1].append(l)
            mc = re.fullmatch(r"cd ok, cwd=(/\S*)", l)
            if mc and cmds[-1][0].startswith("cd "): cwd = mc.group(1)
    if not cmds or cmds[-1] != ["bye", []]: errors.append(f"{f}: the lftp session does not end with bye")
    size, pdf = {}, []
    for c, out in cmds:
        if c.startswith("cd "):
            if len(out) != 1 or not re.fullmatch(r"cd ok, cwd=/\S*", out[0]): errors.append(f"{f}: cd answer")
            elif not out[0].endswith(c[3:].rstrip("/")): errors.append(f"{f}: cwd does not end with the cd argument")
        elif c == "ls":
            names = []
            for l in out:
                mm = re.fullmatch(r"([d-])([r-][w-][x-]){3} +(\d+) (\S+) +(\S+) +(\d+) (\w{3}) (\d\d) (\d\d:\d\d| \d{4}) (.+)", l)
                if not mm or mm.group(7) not in MONS or not 1 <= int(mm.group(8)) <= 31:
                    errors.append(f"{f}: ls line {l[:50]!r}"); continue
                if l != f"{mm.group(1)}{l[1:10]} {int(mm.group(3)):4d} {mm.group(4):<8s} {mm.group(5):<8s} {int(mm.group(6)):8d} {mm.group(7)} {mm.group(8)} {mm.group(9)} {mm.group(10)}":
                    errors.append(f"{f}: ls columns {l[:50]!r}")
                names.append(mm.group(10))
                if mm.group(1) == "-": size[mm.group(10)] = int(mm.group(6))
                if mm.group(10).endswith(".pdf") and mm.group(1) == "-": pdf.append(mm.group(10))
            if names != sorted(names, key=lambda s: s.encode()): errors.append(f"{f}: ls not in byte order")
        elif c.startswith("cat "):
            fn = c[4:]
            mm = re.fullmatch(r"(\d+) bytes transferred", out[-1]) if out else None
            if not mm: errors.append(f"{f}: cat without `bytes transferred`"); continue
            n = int(mm.group(1))
            if size.get(fn) != n: errors.append(f"{f}: cat {fn}: {n} bytes, listed {size.get(fn)}")
            text = "\n".join(out[:-1]) + "\n"
            if "\ufffd" in text:
                if sum(1 if ch == "\ufffd" or ord(ch) < 128 else 99 for ch in text) + 1 != n: errors.append(f"{f}: cat {fn}: the shown bytes do not add up to {n}")
            elif len(text.encode()) != n: errors.append(f"{f}: cat {fn}: the text is {len(text.encode())} bytes, not {n}")
        elif c.startswith("get "):
            fn = c[4:]
            mm = re.fullmatch(r"(\d+) bytes transferred in (\d+) seconds? \((.+)\)", out[0]) if len(out) == 1 else None
            if not mm: errors.append(f"{f}: get answer"); continue
            if int(mm.group(1)) != size.get(fn): errors.append(f"{f}: get {fn}: bytes differ from the listing")
            if mm.group(3) != lftp_rate(int(mm.group(1)), int(mm.group(2))): errors.append(f"{f}: get rate {mm.group(3)}")
        elif c.startswith("mirror "):
            if len(out) != 3: errors.append(f"{f}: mirror prints three lines here"); continue
            m1 = re.fullmatch(r"Total: 1 directory, (\d+) files, 0 symlinks", out[0])
            m2 = re.fullmatch(r"New: (\d+) files, 0 symlinks", out[1])
            m3 = re.fullmatch(r"(\d+) bytes transferred in (\d+) seconds \((.+)\)", out[2])
            if not (m1 and m2 and m3): errors.append(f"{f}: mirror lines"); continue
            if int(m1.group(1)) != len(pdf): errors.append(f"{f}: mirror Total {m1.group(1)} for {len(pdf)} PDFs")
            k, b = int(m2.group(1)), int(m3.group(1))
            if not any(sum(size[x] for x in cmb) == b for cmb in itertools.combinations(pdf, k)):
                errors.append(f"{f}: mirror bytes {b} are not the sizes of {k} listed PDFs")
            if m3.group(3) != lftp_rate(b, int(m3.group(2))): errors.append(f"{f}: mirror rate")
        elif c != "bye": errors.append(f"{f}: unexpected lftp command {c!r}")


# ---------------------------------------------------------------- 1411 Dataverse
ITEM_KEYS = ["name", "type", "url", "global_id", "description", "published_at", "publisher", "citationHtml",
             "identifier_of_dataverse", "name_of_dataverse", "citation", "storageIdentifier", "subjects", "fileCount",
             "versionId", "versionState", "majorVersion", "minorVersion", "createdAt", "updatedAt", "contacts",
             "publications", "authors"]


def json_values(lines):
    s, dec, i, out = "\n".join(lines), json.JSONDecoder(), 0, []
    while i < len(s):
        while i < len(s) and s[i] in " \n": i += 1
        if i >= len(s): break
        v, j = dec.raw_decode(s, i)
        out.append((v, s[i:j])); i = j
    return out


def check_dataverse(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r'curl -s "https://[\w.-]+/api/search\?q=\*&subtree=\w+&type=dataset&sort=date&order=desc" \| jq \.')
    if c is None: return
    try: [(sr, txt)] = json_values(out)
    except ValueError as ex: errors.append(f"{f}: the search answer does not parse as one JSON value: {ex}"); return
    if jdump(sr) != txt: errors.append(f"{f}: the search answer is not in jq's layout")
    if list(sr) != ["status", "data"] or list(sr["data"]) != ["q", "total_count", "start", "spelling_alternatives", "items", "count_in_response"]:
        errors.append(f"{f}: search answer keys"); return
    d = sr["data"]; items = d["items"]
    if not d["total_count"] == d["count_in_response"] == len(items): errors.append(f"{f}: total_count / count_in_response / items")
    if [i["published_at"] for i in items] != sorted((i["published_at"] for i in items), reverse=True): errors.append(f"{f}: items not newest first")
    byid = {}
    for it in items:
        if list(it) != ITEM_KEYS: errors.append(f"{f}: item keys {list(it)[:5]}…"); continue
        doi = it["global_id"][4:] if it["global_id"].startswith("doi:") else None
        byid[it["global_id"]] = it
        if not doi or it["url"] != "https://doi.org/" + doi or it["storageIdentifier"] != "s3://" + doi: errors.append(f"{f}: url / global_id / storage of {it['name'][:30]!r}")
        want = f"{'; '.join(it['authors'])}, {it['published_at'][:4]}, \"{it['name']}\", {it['url']}, DataverseNO, V{it['majorVersion']}"
        if it["citation"] != want: errors.append(f"{f}: citation of {it['name'][:30]!r}")
        if it["citationHtml"] != want.replace(it["url"], f'<a href="{it["url"]}" target="_blank">{it["url"]}</a>'): errors.append(f"{f}: citationHtml of {it['name'][:30]!r}")
        ts = [dt_ok(it[k], "%Y-%m-%dT%H:%M:%SZ") for k in ("createdAt", "published_at", "updatedAt")]
        if not all(ts) or not ts[0] <= ts[1] <= ts[2]: errors.append(f"{f}: times of {it['name'][:30]!r}")
        if it["versionState"] != "RELEASED" or it["type"] != "dataset": errors.append(f"{f}: versionState / type")
        for p in it["publications"]:
            if list(p) not in (["citation"], ["citation", "url"]): errors.append(f"{f}: publication keys {list(p)}")
        if not any(ct["name"] in it["authors"] for ct in it["contacts"]): errors.append(f"{f}: contact not an author")
    c, out = cmd_out(f, cmds, r'curl -s "https://[\w.-]+/api/datasets/:persistentId/\?persistentId=(doi:\S+)" \| jq .*')
    if c is None: return
    pid = re.search(r"persistentId=(doi:[^\"]+)\"", c).group(1)
    it = byid.get(pid)
    if it is None: errors.append(f"{f}: {pid} is not in the search answer"); return
    try: vals = json_values(out)
    except ValueError as ex: errors.append(f"{f}: the native answer does not parse: {ex}"); return
    if [v.get("typeName") for v, _ in vals] != ["dsDescription", "publication"]: errors.append(f"{f}: fields {[v.get('typeName') for v, _ in vals]}"); return
    for v, t in vals:
        if jdump(v) != t: errors.append(f"{f}: {v['typeName']} not in jq's layout")
        if list(v) != ["typeName", "multiple", "typeClass", "value"] or v["typeClass"] != "compound" or v["multiple"] is not True:
            errors.append(f"{f}: {v['typeName']} is not a multiple compound field"); continue
        for sub in v["value"]:
            for k, x in sub.items():
                cls = "controlledVocabulary" if k == "publicationIDType" else "primitive"
                if x != {"typeName": k, "multiple": False, "typeClass": cls, "value": x.get("value")} or not isinstance(x.get("value"), str):
                    errors.append(f"{f}: sub-field {k}")
            if v["typeName"] == "publication" and list(sub)[0] != "publicationCitation": errors.append(f"{f}: publication without its citation first")
    desc = [s["dsDescriptionValue"]["value"] for s in vals[0][0]["value"]]
    if desc != [it["description"]]: errors.append(f"{f}: dsDescription differs from the search answer's description")
    pubs = [{k: x for k, x in (("citation", s["publicationCitation"]["value"]), ("url", s.get("publicationURL", {}).get("value"))) if x}
            for s in vals[1][0]["value"]]
    if pubs != it["publications"]: errors.append(f"{f}: publications differ from the search answer's")
    for s in vals[1][0]["value"]:
        if s.get("publicationIDType", {}).get("value") == "arXiv":
            n = s.get("publicationIDNumber", {}).get("value", "")
            if not re.fullmatch(r"\d{4}\.\d{4,5}", n): errors.append(f"{f}: arXiv IDNumber {n!r}")
            u = s.get("publicationURL", {}).get("value")
            if u and n not in u: errors.append(f"{f}: the arXiv URL does not hold its IDNumber")


# ---------------------------------------------------------------- 1412 RON
class RV:
    def __init__(self, name, arg=None): self.name, self.arg = name, arg
    def __eq__(self, o): return isinstance(o, RV) and (self.name, self.arg) == (o.name, o.arg)


class RS(dict):
    pass


def ron_parse(s):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t\r": pos += 1

    def string():
        nonlocal pos
        assert s[pos] == '"'; pos += 1; out = []
        while True:
            ch = s[pos]
            if ch == "\\":
                e = s[pos + 1]
                if e in '"\\': out.append(e); pos += 2
                elif e in "ntr": out.append({"n": "\n", "t": "\t", "r": "\r"}[e]); pos += 2
                elif e == "u":
                    m = re.compile(r"u\{([0-9a-f]+)\}").match(s, pos + 1)
                    if not m: raise ValueError(f"escape at {pos}")
                    out.append(chr(int(m.group(1), 16))); pos = m.end()
                else: raise ValueError(f"escape at {pos}")
            elif ch == '"': pos += 1; return "".join(out)
            elif ch == "\n": raise ValueError(f"newline in a string at {pos}")
            else: out.append(ch); pos += 1

    def seq(close):
        nonlocal pos
        items = []
        while True:
            ws()
            if s[pos] == close: pos += 1; return items
            items.append(val()); ws()
            if s[pos] == ",": pos += 1
            elif s[pos] != close: raise ValueError(f"',' or {close!r} expected at {pos}")

    def val():
        nonlocal pos
        ws(); ch = s[pos]
        if ch == '"': return string()
        if ch == "[": pos += 1; return seq("]")
        if ch == "{":
            pos += 1; d = {}
            while True:
                ws()
                if s[pos] == "}": pos += 1; return d
                k = string(); ws()
                if s[pos] != ":": raise ValueError(f"':' expected at {pos}")
                pos += 1; d[k] = val(); ws()
                if s[pos] == ",": pos += 1
                elif s[pos] != "}": raise ValueError(f"',' or '}}' expected at {pos}")
        if ch == "(":
            pos += 1; d = RS()
            while True:
                ws()
                if s[pos] == ")": pos += 1; return d
                m = re.compile(r"[A-Za-z_]\w*").match(s, pos)
                if not m: raise ValueError(f"field name expected at {pos}")
                pos = m.end(); ws()
                if s[pos] != ":": raise ValueError(f"':' expected at {pos}")
                pos += 1; d[m.group()] = val(); ws()
                if s[pos] == ",": pos += 1
                elif s[pos] != ")": raise ValueError(f"',' or ')' expected at {pos}")
        m = re.compile(r"-?\d+").match(s, pos)
        if m: pos = m.end(); return int(m.group())
        m = re.compile(r"true|false").match(s, pos)
        if m: pos = m.end(); return m.group() == "true"
        m = re.compile(r"[A-Z]\w*").match(s, pos)
        if m:
            pos = m.end()
            if pos < len(s) and s[pos] == "(":
                pos += 1; a = val(); ws()
                if s[pos] != ")": raise ValueError(f"')' expected at {pos}")
                pos += 1; return RV(m.group(), a)
            return RV(m.group())
        raise ValueError(f"value expected at {pos}")
    v = val()
    if pos != len(s): raise ValueError("text after the value")
    return v


def ron_esc(x):
    out = []
    for ch in x:
        if ch in '"\\': out.append("\\" + ch)
        elif ch in "\n\t\r": out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}[ch])
        elif ord(ch) < 32 or ord(ch) == 127: out.append("\\u{%x}" % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'


def ron_ser(v, d=0):
    ind, ind1 = "    " * d, "    " * (d + 1)
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return ron_esc(v)
    if isinstance(v, RV): return v.name if v.arg is None else f"{v.name}({ron_ser(v.arg, d)})"
    if isinstance(v, RS): return "(\n" + "".join(f"{ind1}{k}: {ron_ser(x, d + 1)},\n" for k, x in v.items()) + ind + ")"
    if isinstance(v, dict):
        return "{}" if not v else "{\n" + "".join(f"{ind1}{ron_esc(k)}: {ron_ser(v[k], d + 1)},\n" for k in sorted(v)) + ind + "}"
    if isinstance(v, list):
        return "[]" if not v else "[\n" + "".join(f"{ind1}{ron_ser(x, d + 1)},\n" for x in v) + ind + "]"
    raise TypeError(v)


def ron_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, RV): return ron_strings(v.arg) if v.arg is not None else []
    if isinstance(v, dict): return [s for k, x in v.items() for s in ron_strings(k) + ron_strings(x)]
    if isinstance(v, list): return [s for x in v for s in ron_strings(x)]
    return []


def check_ron(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (ron's writer writes none)")
    try: v = ron_parse(raw)
    except (ValueError, IndexError, AssertionError) as ex: errors.append(f"{f}: does not parse as RON: {ex}"); return
    if ron_ser(v) != raw: errors.append(f"{f}: not as ron's default PrettyConfig writes it")
    if not isinstance(v, RS) or list(v) != ["version", "owner", "updated", "shelves", "papers"]: errors.append(f"{f}: top-level fields"); return
    upd = dt_ok(v["updated"][:19], "%Y-%m-%dT%H:%M:%S")
    if not upd or not re.fullmatch(r".{19}[+-]\d\d:\d\d", v["updated"]): errors.append(f"{f}: updated"); return
    F = ["id", "kind", "title", "authors", "year", "source", "url", "status", "shelf", "tags", "rating", "notes", "added"]
    for k, p in enumerate(v["papers"]):
        if not isinstance(p, RS) or list(p) != F: errors.append(f"{f}: entry {k + 1}: fields"); continue
        if p["id"] != k + 1: errors.append(f"{f}: ids not 1..n at {p['id']}")
        if not (isinstance(p["kind"], RV) and p["kind"].arg is None and p["kind"].name in ("Paper", "Repo", "Course", "Blog", "Video")): errors.append(f"{f}: kind of {p['id']}")
        if not (isinstance(p["status"], RV) and p["status"].name in ("ToRead", "Reading", "Done") and p["status"].arg is None): errors.append(f"{f}: status of {p['id']}")
        src, url = p["source"], p["url"]
        if not isinstance(src, RV) or src.name not in ("Arxiv", "OpenReview", "Local", "Web", "Doi") or (src.name == "Web") != (src.arg is None):
            errors.append(f"{f}: source of {p['id']}"); continue
        if not isinstance(url, RV) or url.name not in ("Some", "None") or (url.name == "Some") != isinstance(url.arg, str):
            errors.append(f"{f}: url of {p['id']}"); continue
        if src.name == "Arxiv" and (not re.fullmatch(r"\d{4}\.\d{4,5}", src.arg) or (url.arg and src.arg not in url.arg)): errors.append(f"{f}: Arxiv source and url of {p['id']}")
        if src.name == "OpenReview" and (not url.arg or "openreview.net/forum?id=" + src.arg not in url.arg): errors.append(f"{f}: OpenReview source and url of {p['id']}")
        if src.name == "Web" and url.arg is None: errors.append(f"{f}: a Web source without its url ({p['id']})")
        if p["shelf"] not in v["shelves"]: errors.append(f"{f}: shelf {p['shelf']!r} of {p['id']}")
        a = dt_ok(p["added"], "%Y-%m-%d")
        if not a or a > upd: errors.append(f"{f}: added date of {p['id']}")
        if not (isinstance(p["year"], int) and 1950 <= p["year"] <= upd.year): errors.append(f"{f}: year of {p['id']}")
        r = p["rating"]
        if not (isinstance(r, RV) and (r.name == "None" and r.arg is None or r.name == "Some" and isinstance(r.arg, int) and 1 <= r.arg <= 5)): errors.append(f"{f}: rating of {p['id']}")


# ---------------------------------------------------------------- 1413 Log Parser
def check_logparser(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if raw.endswith("\n"): errors.append(f"{f}: a final line end after the last prompt")
    L = raw.split("\r\n")
    pr = re.compile(r"([A-Z]:\\[^>]*)>(.*)")
    m = pr.fullmatch(L[0])
    if not m: errors.append(f"{f}: the first line is not a cmd.exe prompt"); return
    pre = m.group(1) + ">"
    if L[-1] != pre: errors.append(f"{f}: the last line is not an empty prompt")
    cmds = []
    for k, l in enumerate(L[:-1]):
        if l.startswith(pre):
            if k and L[k - 1] != "": errors.append(f"{f}: no blank line before the prompt at line {k + 1}")
            cmds.append([l[len(pre):], []])
        else: cmds[-1][1].append(l)
    if L[-2:-1] != [""]: errors.append(f"{f}: no blank line before the last prompt")
    rows, hdr = None, None
    for c, out in cmds:
        while out and out[-1] == "": out = out[:-1]
        if c == "chcp 65001":
            if out != ["Etkin kod sayfası: 65001"]: errors.append(f"{f}: chcp answer")
        elif c.startswith("type "):
            data = list(csv.reader(io.StringIO("\n".join(out) + "\n")))
            hdr, rows = data[0], data[1:]
            if any(len(r) != len(hdr) for r in rows): errors.append(f"{f}: CSV rows with another field count")
        elif c.startswith("LogParser "):
            try: args = shlex.split(c, posix=True)
            except ValueError: errors.append(f"{f}: cannot split {c[:40]!r}"); continue
            q = next((a for a in args[1:] if not a.startswith("-")), "")
            opts = [a for a in args[1:] if a.startswith("-")]
            mm = re.fullmatch(r"SELECT (.+?) FROM (\S+)(?: WHERE (.+?))?(?: ORDER BY (\w+))?", q)
            if not mm: errors.append(f"{f}: query {q[:50]!r}"); continue
            cols = [x.strip() for x in mm.group(1).split(",")]
            if "-i:CSV" in opts:
                if rows is None: errors.append(f"{f}: a CSV query before the CSV was shown"); continue
                recs = [dict(zip(hdr, r)) for r in rows]
                conds = re.split(r" OR ", mm.group(3) or "")
                def ok(r):
                    res = False
                    for cd in conds:
                        a = re.fullmatch(r"(\w+) = '([^']*)'", cd); b = re.fullmatch(r"(\w+) LIKE '%([^%']*)%'", cd); e = re.fullmatch(r"(\w+) IS NULL", cd)
                        if a: res |= r[a.group(1)] == a.group(2)
                        elif b: res |= b.group(2).lower() in r[b.group(1)].lower()
                        elif e: res |= r[e.group(1)] == ""
                        elif cd: raise ValueError(cd)
                        else: res = True
                    return res
                try: sel = [[r[x] or None for x in cols] for r in recs if ok(r)]
                except (ValueError, KeyError) as ex: errors.append(f"{f}: condition {ex}"); continue
                nproc, numeric = len(recs), ()
            elif "-i:FS" in opts:
                sel, nproc, numeric = None, None, (cols.index("Size"),) if "Size" in cols else ()
            else: errors.append(f"{f}: unknown input format"); continue
            paging = "-rtp:-1" not in opts
            if "Statistics:" not in out: errors.append(f"{f}: no Statistics block"); continue
            k = out.index("Statistics:")
            st = out[k:]
            if out[k - 1] != "" or len(st) != 5 or st[1] != "-----------": errors.append(f"{f}: Statistics block layout"); continue
            ms = [re.fullmatch(r"Elements processed: (\d+)", st[2]), re.fullmatch(r"Elements output:    (\d+)", st[3]), re.fullmatch(r"Execution time:     \d+\.\d\d seconds", st[4])]
            if not all(ms): errors.append(f"{f}: Statistics lines"); continue
            tab, pages, cur = out[:k - 1], [], []
            for l in tab:
                if l == "Press a key...": pages.append(cur); cur = None; continue
                if cur is None:
                    if l != "": errors.append(f"{f}: no blank line after Press a key...")
                    cur = []; continue
                cur.append(l)
            pages.append(cur)
            if not paging and len(pages) != 1: errors.append(f"{f}: paging with -rtp:-1")
            got = []
            for pg in pages:
                if len(pg) < 2: errors.append(f"{f}: a page without its header"); continue
                rule = pg[1]
                if not re.fullmatch(r"-+( -+)*", rule): errors.append(f"{f}: dash rule {rule!r}"); continue
                wd = [len(x) for x in rule.split(" ")]
                if len(wd) != len(cols): errors.append(f"{f}: {len(wd)} columns for {len(cols)} selected"); continue
                if paging and len(pg) - 2 > 10: errors.append(f"{f}: more than ten rows on a page")
                cells_all = []
                for l in [pg[0]] + pg[2:]:
                    cells, p0 = [], 0
                    for i, w in enumerate(wd):
                        cell = l[p0:p0 + w]
                        if i < len(wd) - 1 and l[p0 + w:p0 + w + 1] not in (" ",): errors.append(f"{f}: a cell wider than its column: {l[:40]!r}")
                        cells.append(cell); p0 += w + 1
                    if l[p0 - 1:] and len(l) > p0 - 1: errors.append(f"{f}: text beyond the last column: {l[:40]!r}")
                    cells_all.append(cells)
                for i, w in enumerate(wd):
                    if w != max(len(c_[i].strip()) for c_ in cells_all): errors.append(f"{f}: column {cols[i]} is {w} wide, not its widest cell")
                    for c_ in cells_all[1:]:
                        v = c_[i]
                        if i in numeric and v.strip() and v != v.strip().rjust(len(v)): errors.append(f"{f}: {cols[i]} not right-aligned")
                        if i not in numeric and v != v.rstrip().ljust(len(v)): errors.append(f"{f}: {cols[i]} not left-aligned")
                if [x.strip() for x in cells_all[0]] != cols: errors.append(f"{f}: header {cells_all[0]}")
                got += [[x.strip() for x in c_] for c_ in cells_all[1:]]
            if sel is not None:
                if got != [[("-" if v is None else v) for v in r] for r in sel]: errors.append(f"{f}: rows differ from the query over the CSV")
                if int(ms[0].group(1)) != nproc: errors.append(f"{f}: Elements processed {ms[0].group(1)} for {nproc} rows")
            else:
                if [r[0] for r in got] != sorted(r[0] for r in got): errors.append(f"{f}: FS rows not ordered by Name")
                for r in got:
                    if not r[0].lower().endswith(".pdf") or not r[1].isdigit() or not dt_ok(r[2], "%Y-%m-%d %H:%M:%S"): errors.append(f"{f}: FS row {r}")
                if int(ms[0].group(1)) != len(got): errors.append(f"{f}: FS Elements processed")
            if int(ms[1].group(1)) != len(got): errors.append(f"{f}: Elements output {ms[1].group(1)} for {len(got)} rows")
        else: errors.append(f"{f}: unexpected command {c[:40]!r}")


# ---------------------------------------------------------------- 1414 gh project
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def sorted_keys(v):
    if isinstance(v, dict): return list(v) == sorted(v) and all(sorted_keys(x) for x in v.values())
    if isinstance(v, list): return all(sorted_keys(x) for x in v)
    return True


def check_gh_project(f, raw):
    cmds = session(f, lines_of(f, raw))
    G = r"gh project item-list (\d+) --owner ([\w-]+)"
    c, tab = cmd_out(f, cmds, G)
    c2, js = cmd_out(f, cmds, G + r" --format json \| jq \.")
    c3, jq_ = cmd_out(f, cmds, G + r" --format json --jq '\.items\[\] \| select\(\.status == \"(\w[\w ]*)\"\) \| \.title'")
    if None in (c, c2): return
    try: data = json.loads("\n".join(js))
    except ValueError as ex: errors.append(f"{f}: JSON: {ex}"); return
    if jdump(data).split("\n") != js: errors.append(f"{f}: not jq's layout")
    if not sorted_keys(data): errors.append(f"{f}: object keys not sorted (gh writes Go maps)")
    items = data.get("items", [])
    if data.get("totalCount") != len(items): errors.append(f"{f}: totalCount")
    for it in items:
        cn = it.get("content", {})
        if cn.get("title") != it.get("title"): errors.append(f"{f}: item and content titles differ")
        if not re.fullmatch(r"PVTI_[A-Za-z0-9_-]{10,}", it.get("id", "")): errors.append(f"{f}: item id {it.get('id')!r}")
        if cn.get("type") == "DraftIssue":
            if set(cn) != {"body", "title", "type"} or "repository" in it: errors.append(f"{f}: a draft with repository fields")
        elif cn.get("type") in ("Issue", "PullRequest"):
            want = f"https://github.com/{cn.get('repository')}/{'pull' if cn['type'] == 'PullRequest' else 'issues'}/{cn.get('number')}"
            if cn.get("url") != want or it.get("repository") != "https://github.com/" + str(cn.get("repository")): errors.append(f"{f}: url / repository of #{cn.get('number')}")
        else: errors.append(f"{f}: content type {cn.get('type')!r}")
    if not tab or re.split(r"  +", tab[0].strip()) != ["TYPE", "TITLE", "NUMBER", "REPOSITORY", "ID"]: errors.append(f"{f}: table header"); return
    h = tab[0]
    starts = [h.index(x) for x in ("TYPE", "TITLE", "NUMBER", "REPOSITORY", "ID")]
    if len(tab) - 1 != len(items): errors.append(f"{f}: {len(tab) - 1} table rows for {len(items)} items"); return
    for l, it in zip(tab[1:], items):
        # cut the row by display columns
        cells, col, cur, k = [], 0, "", 1
        for ch in l:
            if k < 5 and col >= starts[k]: cells.append(cur); cur = ""; k += 1
            cur += ch; col += dwidth(ch)
        cells.append(cur)
        while len(cells) < 5: cells.append("")
        cells = [x.rstrip() for x in cells]
        for i in range(4):
            if dwidth(cells[i]) > starts[i + 1] - starts[i] - 2: errors.append(f"{f}: a cell runs into the next column: {cells[i][:30]!r}")
        cn = it["content"]
        if cells[0] != cn["type"] or cells[2] != str(cn.get("number", "")) or cells[3] != cn.get("repository", "") or cells[4] != it["id"]:
            errors.append(f"{f}: table row differs from its item: {l[:40]!r}")
        t = cells[1]
        if t != it["title"] and not (t.endswith("…") and it["title"].startswith(t[:-1])): errors.append(f"{f}: table title {t[:30]!r} is not the item's title or its cut")
        if t.endswith("…") and dwidth(it["title"]) <= starts[2] - starts[1] - 2: errors.append(f"{f}: a title cut that would fit")
    if c3 is not None:
        st = re.search(r'status == "([^"]+)"', c3).group(1)
        if jq_ != [it["title"] for it in items if it.get("status") == st]: errors.append(f"{f}: the --jq lines differ from the {st} titles")


# ---------------------------------------------------------------- 1415 urlwatch
def check_urlwatch(f, raw):
    L = lines_of(f, raw)
    EQ, DASH = "=" * 75, "-" * 75
    if L[:1] != [EQ]: errors.append(f"{f}: the first line is not the = rule"); return
    k = L.index(EQ, 1) if EQ in L[1:] else None
    if k is None: errors.append(f"{f}: no closing = rule"); return
    summ = []
    for i, l in enumerate(L[1:k]):
        m = re.fullmatch(r"(\d\d)\. (NEW|CHANGED|UNCHANGED|ERROR): (.+)", l)
        if not m or int(m.group(1)) != i + 1: errors.append(f"{f}: summary line {l[:40]!r}"); continue
        summ.append((m.group(2), m.group(3)))
    if L[k + 1:k + 2] != [""]: errors.append(f"{f}: no blank line after the summary")
    i, blocks = k + 2, []
    while i < len(L) and L[i] == DASH:
        m = re.fullmatch(r"(CHANGED|ERROR|NEW): (.+) \( (\S+) \)", L[i + 1])
        if not m or L[i + 2] != DASH: errors.append(f"{f}: block header at line {i + 2}"); return
        j = L.index(DASH, i + 3) if DASH in L[i + 3:] else None
        if j is None: errors.append(f"{f}: an open block"); return
        blocks.append((m.group(1), m.group(2), m.group(3), L[i + 3:j]))
        if L[j + 1:j + 2] != [""]: errors.append(f"{f}: no blank line after a block")
        i = j + 2
    want = [(v, n) for v, n in summ if v in ("CHANGED", "ERROR")]
    if [(b[0], b[1]) for b in blocks] != want: errors.append(f"{f}: detail blocks {[(b[0], b[1][:10]) for b in blocks]} do not follow the summary")
    for verb, name, url, body in blocks:
        if not re.fullmatch(r"https?://\S+", url): errors.append(f"{f}: url {url!r}")
        if verb == "ERROR":
            if body[:1] != ["Traceback (most recent call last):"] or not re.fullmatch(r"[\w.]+(Error|Exception|Timeout)\w*: .+", body[-1]): errors.append(f"{f}: ERROR block is not a traceback")
            continue
        if len(body) < 3 or not body[0].startswith("--- @\t") or not body[1].startswith("+++ @\t"): errors.append(f"{f}: diff header of {name[:20]!r}"); continue
        try:
            t0, t1 = parsedate_to_datetime(body[0][6:]), parsedate_to_datetime(body[1][6:])
            if format_datetime(t0) != body[0][6:] or format_datetime(t1) != body[1][6:]: errors.append(f"{f}: diff date not as email.utils writes it (weekday?)")
            if t1 <= t0: errors.append(f"{f}: the new date is not after the old")
        except (TypeError, ValueError): errors.append(f"{f}: diff dates"); continue
        j = 2
        while j < len(body):
            m = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", body[j])
            if not m: errors.append(f"{f}: hunk header {body[j][:30]!r}"); break
            a, b = int(m.group(2) or 1), int(m.group(4) or 1)
            j += 1
            while (a > 0 or b > 0) and j < len(body):
                t = body[j][:1]
                if t == " ": a -= 1; b -= 1
                elif t == "-": a -= 1
                elif t == "+": b -= 1
                else: break
                j += 1
            if a or b: errors.append(f"{f}: hunk counts do not add up in {name[:20]!r}"); break
    if L[i:i + 1] != ["-- "]: errors.append(f"{f}: no `-- ` footer line"); return
    ft = L[i + 1:]
    if len(ft) != 4 or not re.fullmatch(r"urlwatch \d+\.\d+, Copyright 2008-\d{4} Thomas Perl", ft[0]) or ft[1] != "Website: https://thp.io/2008/urlwatch/" \
            or ft[2] != "Support urlwatch development: https://github.com/sponsors/thp":
        errors.append(f"{f}: footer"); return
    m = re.fullmatch(r"watched (\d+) URLs in (\d+) seconds", ft[3])
    if not m or int(m.group(1)) < len(summ): errors.append(f"{f}: watched-URLs line")


# ---------------------------------------------------------------- 1416 CUPS page_log
CUPS = re.compile(r"(\S+) (\S+) (\d+) \[(\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d) ([+-]\d{4})\] total (\d+) (\S+) (\S+) (.+) "
                  r"((?:iso|na)_[a-z0-9]+_[\d.]+x[\d.]+(?:mm|in)) (one-sided|two-sided-long-edge|two-sided-short-edge)")


def check_cups(f, raw):
    L = lines_of(f, raw)
    last_job, last_t = 0, None
    for l in L:
        m = CUPS.fullmatch(l)
        if not m: errors.append(f"{f}: not a page_log line: {l[:50]!r}"); continue
        t = dt_ok(m.group(4) + " " + m.group(5), "%d/%b/%Y:%H:%M:%S %z")
        if not t: errors.append(f"{f}: time {m.group(4)}"); continue
        if int(m.group(3)) <= last_job: errors.append(f"{f}: job id {m.group(3)} not increasing")
        if last_t and t < last_t: errors.append(f"{f}: time goes back at job {m.group(3)}")
        last_job, last_t = int(m.group(3)), t
        if int(m.group(6)) < 1 or m.group(7) != "-": errors.append(f"{f}: pages / billing of job {m.group(3)}")
        if not re.fullmatch(r"[\w.-]+", m.group(8)): errors.append(f"{f}: host {m.group(8)!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {1407: check_termux, 1408: check_estcmd, 1409: check_wdiff, 1410: check_lftp, 1411: check_dataverse,
     1412: check_ron, 1413: check_logparser, 1414: check_gh_project, 1415: check_urlwatch,
     1416: check_cups}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1407, 1411, 1414):
        ss, cur, depth = [], [], 0
        for l in raw.split("\n"):
            if l in ("[", "{") and not cur: cur = [l]; continue
            if cur:
                cur.append(l)
                if l in ("]", "}"):
                    try: ss += json_strings(json.loads("\n".join(cur)))
                    except ValueError: pass
                    cur = []
        forms.append("\n".join(ss))
    if n == 1412:
        try: forms.append("\n".join(ron_strings(ron_parse(raw))))
        except (ValueError, IndexError, AssertionError): pass
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
# round138's and round139's, a byte-identical file counted once), and the round138/round139 split (candidates sorted by
# (uses, catalogue title); round139 = odd positions from 3 on, one unbroken run; round138 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P138S = ["/work/rounds/digests-round138/expected.json", "/work/main/tests/data/digests-round138/expected.json"]
P138 = next((p for p in P138S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P138S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round138", "digests-round139") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round139 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r138 = set()
if P138:
    try:
        r138 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P138)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P138} exists but could not be read (being written?)")
    if r138 & mine: errors.append(f"papers also in round138: {sorted(r138 & mine)}")
shared138 = len(r138 & mine) if P138 else "(no round138 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round139 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round138: {shared138}; papers in more than one round139 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

