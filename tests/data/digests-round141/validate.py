#!/usr/bin/env python3
r"""Checks round141/expected.json against the digests and the shared catalogues.

Adapted from round139/validate.py (the label checks are the same code; the reuse report is round139's with round140 /
round141 in place of round138 / round139: round141 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round140's and round141's own (a
digests-round140 / digests-round141 folder, or a file whose bytes equal round140's or round141's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round141 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round140's expected.json (read only, from /work/rounds/digests-round140/ or
/work/main/tests/data/digests-round140/, when it exists), and on a paper in more than one round141 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: every JSON string of the JSON blocks of 1428
(jq), 1432 (the Things file), 1434 (the level-5 payload lines), 1435 (json.tool, `\uXXXX` undone) and 1436; the
Rust string literals of 1429 with their escapes undone; 1431's comments with TC's literal `\n` as line breaks;
everything: HTML / XML entities undone once and twice, percent-escapes undone (1432's link, 1433's Wikipedia URL,
1436's dq). Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in
a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1427 xidel (shell prompts; only `xidel URL [-f '…'] -e '…'` commands on one page; every page a `**** Retrieving (GET):
URL ****` / `**** Processing: URL ****` pair before its results; //title one line; the joined rows five cells with a
date; the hrefs unique URLs, as many as the anchor texts in the rows; -f follows exactly the arxiv.org/abs hrefs in
order, each giving one `Title:` line and the start page none; count() = the rows);
1428 fatcat (shell prompts; the TSV's three fields, id `-` or a versioned arXiv id; the while loop prints one line per
row: `sin id: title` for `-`, an all-empty @tsv line for a NotFound (explained later by its error body, fatcat's
compact JSON), else ident (26 base32), year (= the id's), `submitted`, the row's title; the retry with another
version; the expanded release in jq's layout, its title / ext_ids = its lookup, repository URL = arxiv.org/pdf/<id>,
wayback URLs well formed; the for loop's URLs = the idents' ids);
1429 evcxr (one `evcxr`, its banner, `>> ` inputs, `:quit`; the vec! literal parsed; len, the filter's Vec, E0596 before
`let mut`, the sort (byte order), the for loop's lines and the `{:#?}` block re-computed);
1430 Pig (one `pig -x local`; log lines `date time,ms [thread] INFO  class - msg` never going back; assignments print
nothing; DESCRIBE = the LOAD schema; each DUMP: the Script Statistics (Features = ScriptState's, StartedAt ≤
FinishedAt, Job DAG = HadoopJobId, jobs numbered 1, 2, 3), read = the rows, stored = written = the tuples printed,
the FILTER's tuples = the rows without a URL, the GROUP's counts per key and in total, keys sorted, null first);
1431 descript.ion (a BOM; CR LF only, a final one; `name comment` or `"name with spaces" comment`, quotes only around
names with a space; no entry for descript.ion; names unique case-blind and all with an extension (the folder holds only files); TC's multi-line marker U+0004 U+00C2 exactly
at the end of the lines holding a literal `\n`; an arXiv-named file never carries another paper's arXiv link);
1432 Things 3 (zsh prompts; the file parses in the two-space layout: an array of `project`s, project / to-do /
heading / checklist-item keys from the URL scheme's sets, `when` a keyword or a date, dates valid, to-dos not after
the project's deadline; the printed link = `things:///json?reveal=true&data=` + the file's compact JSON percent-encoded
with safe=""; `open` prints nothing);
1433 ddgr (`ddgr -x -n N [-r xx-yy] "query"` commands, a blank line, results numbered on across pages (`%2d.` then two
spaces), each with a URL line and a snippet indented five columns and wrapped at 100, a blank line after each; at
most N per page; omniprompt answers `n` … then `q`);
1434 Zotero debug output (the system-information line, version = appVersion; a blank line; every line `(level)(+7
digits): text`; JSON payloads compact, at level 5, a saveItems payload right after each saveItems request with items
holding itemType and title and valid accessDates; Notifier 'add' item ids increasing, keys of Zotero's alphabet, a
'modify' only for a known item with its key; a saved file's storage folder = the key of the attachment item added
next; itemData rows only for known items and inserted valueIDs);
1435 Review Board (shell prompts; curl | json.tool: four-space layout with ASCII escapes, `stat: ok`, links.self = the
request; the list: total_results = the requests, newest first by last_updated, absolute_url / url / self / diffs /
reviews links from the id, status and group = the query's, approved ⇔ ship_it_count > 0 ⇔ no approval_failure, times
valid and added ≤ updated, text types known, user links from the user name; the reviews: total_results, URLs from
the request and review ids, timestamps valid and in order);
1436 Google Books (the response in Google's two-space layout; kind / totalItems / items; item keys and volumeInfo keys
in the documented order; ids, etags, selfLink; publishedDate valid; ISBN check digits, ISBN-10 = ISBN-13's body;
previewLink's id and `cd` = the position, one dq; info / canonical / image / reader links carry the id; FOR_SALE ⇔
a price, amountInMicros = amount × 10⁶; NO_PAGES ⇔ no imageLinks ⇔ not embeddable ⇔ accessViewStatus NONE, and
readingModes.image false; one country).
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



def lines_crlf(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (the writer uses CR LF)")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    return raw[:-2].split("\r\n") if raw.endswith("\r\n") else raw.split("\r\n")


def json_block(f, lines, what, indent=2, ascii_=False):
    """lines that must be one JSON value in a given pretty layout"""
    try: v = json.loads("\n".join(lines))
    except ValueError as ex: errors.append(f"{f}: {what} does not parse: {ex}"); return None
    if json.dumps(v, indent=indent, ensure_ascii=ascii_).split("\n") != lines:
        errors.append(f"{f}: {what} is not in the {indent}-space layout{' with ASCII escapes' if ascii_ else ''}")
    return v


def iso_ok(s):
    return dt_ok(s, "%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- 1427 xidel
RETR = re.compile(r"\*\*\*\* Retrieving \(GET\): (\S+) \*\*\*\*")
PROC = re.compile(r"\*\*\*\* Processing: (\S+) \*\*\*\*")


def xidel_pages(f, out):
    """split a xidel output into [(url, result lines)]: every page is a Retrieving / Processing pair for one URL"""
    pages, k = [], 0
    while k < len(out):
        m1 = RETR.fullmatch(out[k])
        m2 = PROC.fullmatch(out[k + 1]) if m1 and k + 1 < len(out) else None
        if not (m1 and m2 and m1.group(1) == m2.group(1)):
            if not pages: errors.append(f"{f}: xidel output does not start with a Retrieving / Processing pair"); return []
            pages[-1][1].append(out[k]); k += 1; continue
        pages.append((m1.group(1), [])); k += 2
    return pages


def check_xidel(f, raw):
    cmds = session(f, lines_of(f, raw))
    rows, hrefs, url0 = None, None, None
    for c, out in cmds:
        m = re.fullmatch(r"xidel (\S+)( -f '([^']+)')? -e '([^']+)'", c)
        if not m: errors.append(f"{f}: not a xidel command: {c!r}"); continue
        url, fol, expr = m.group(1), m.group(3), m.group(4)
        url0 = url0 or url
        if url != url0: errors.append(f"{f}: another page {url}")
        pages = xidel_pages(f, out)
        if not pages: continue
        if pages[0][0] != url: errors.append(f"{f}: first page retrieved is not {url}")
        if fol:
            if pages[0][1]: errors.append(f"{f}: -f: the -e applies to the followed pages, not the start page")
            want = [h for h in (hrefs or []) if "arxiv.org/abs/" in h]
            if [u for u, _ in pages[1:]] != want: errors.append(f"{f}: followed pages {[u for u, _ in pages[1:]]} != the abs hrefs {want}")
            for u, res in pages[1:]:
                if len(res) != 1 or not res[0].startswith("Title:") or len(res[0]) < 10:
                    errors.append(f"{f}: followed page {u} does not give one `Title:` line")
            continue
        if len(pages) != 1: errors.append(f"{f}: {expr!r} retrieved {len(pages)} pages")
        res = pages[0][1]
        if expr == "//title":
            if len(res) != 1 or not res[0].strip(): errors.append(f"{f}: //title gives {len(res)} lines")
        elif "string-join(td" in expr:
            rows = res
            for r in res:
                if r.count(" | ") != 4: errors.append(f"{f}: a row without five cells: {r!r}")
                elif not re.fullmatch(r"\d\d/\d\d", r.split(" | ")[0]): errors.append(f"{f}: row date {r[:10]!r}")
        elif expr.endswith("//a/@href"):
            hrefs = res
            for h in res:
                if not re.fullmatch(r"https?://\S+", h): errors.append(f"{f}: href {h!r}")
            if len(set(res)) != len(res): errors.append(f"{f}: an href twice")
            if rows is not None:
                anchors = sum(len(r.split(" | ")[3].split(" / ")) for r in rows
                              if r.split(" | ")[3] and not re.search(r"arXiv:\d|資料なし", r.split(" | ")[3]))
                if anchors != len(res): errors.append(f"{f}: {anchors} anchor texts in the rows but {len(res)} hrefs")
        elif expr.startswith("count("):
            if rows is None or res != [str(len(rows))]: errors.append(f"{f}: count {res} != the {len(rows or [])} rows")
        else:
            errors.append(f"{f}: unknown expression {expr!r}")


# ---------------------------------------------------------------- 1428 fatcat
IDENT = re.compile(r"[a-z2-7]{26}")


def check_fatcat(f, raw):
    cmds = session(f, lines_of(f, raw))
    tsv, idents, missing = None, {}, set()
    for c, out in cmds:
        if c == "cat pendientes.tsv":
            tsv = [l.split("\t") for l in out]
            for r in tsv:
                if len(r) != 3 or not (r[0] == "-" or re.fullmatch(r"\d{4}\.\d{5}v\d+", r[0])): errors.append(f"{f}: tsv row {r}")
        elif c.startswith("#"):
            if out: errors.append(f"{f}: a comment with output")
        elif c.startswith("while IFS=$'\\t' read -r id titulo quien;"):
            if tsv is None: errors.append(f"{f}: the loop before the file is shown"); continue
            if "< pendientes.tsv" not in c or "[.ident, .release_year, .release_stage, .title] | @tsv" not in c:
                errors.append(f"{f}: loop command"); continue
            if len(out) != len(tsv): errors.append(f"{f}: the loop printed {len(out)} lines for {len(tsv)} rows"); continue
            for r, l in zip(tsv, out):
                if r[0] == "-":
                    if l != f"sin id: {r[1]}": errors.append(f"{f}: loop line for {r[1]!r}: {l!r}")
                elif l == "\t\t\t": missing.add(r[0])
                else:
                    p = l.split("\t")
                    if len(p) != 4 or not IDENT.fullmatch(p[0]) or not re.fullmatch(r"(19|20)\d\d", p[1]) or p[2] != "submitted" or p[3] != r[1]:
                        errors.append(f"{f}: lookup line {l!r} does not fit {r[:2]}")
                    elif p[1] != "20" + r[0][:2]: errors.append(f"{f}: release_year {p[1]} for arXiv id {r[0]}")
                    else: idents[p[0]] = r
        elif re.fullmatch(r"curl -s https://api\.fatcat\.wiki/v0/release/lookup\?arxiv=(\S+)", c):
            aid = c.rsplit("=", 1)[1]
            if aid not in missing: errors.append(f"{f}: an error body for {aid}, which the loop found")
            if out != [json.dumps({"success": False, "error": "NotFound", "message": f"Not found: {aid}"}, separators=(",", ":"))]:
                errors.append(f"{f}: fatcat's NotFound body for {aid}")
            missing.discard(aid)
        elif (m := re.fullmatch(r"curl -s 'https://api\.fatcat\.wiki/v0/release/lookup\?arxiv=(\S+)&hide=abstracts,refs' \| jq -r '\[\.ident, \.release_year, \.release_stage, \.title\] \| @tsv'", c)):
            aid = m.group(1)
            row = next((r for r in (tsv or []) if r[0] != "-" and r[0].split("v")[0] == aid.split("v")[0]), None)
            p = out[0].split("\t") if len(out) == 1 else []
            if not row or len(p) != 4 or not IDENT.fullmatch(p[0]) or p[3] != row[1] or p[2] != "submitted":
                errors.append(f"{f}: retry of {aid}: {out}")
            else: idents[p[0]] = [aid] + row[1:]
        elif (m := re.fullmatch(r"curl -s 'https://api\.fatcat\.wiki/v0/release/([a-z2-7]{26})\?expand=files&hide=abstracts,refs' \| jq '\{title, release_date, ext_ids, files: \[\.files\[\] \| \{size, mimetype, urls\}\]\}'", c)):
            v = json_block(f, out, "jq's answer")
            row = idents.get(m.group(1))
            if v is None: continue
            if not row: errors.append(f"{f}: release {m.group(1)} not from a lookup"); continue
            if list(v) != ["title", "release_date", "ext_ids", "files"]: errors.append(f"{f}: jq keys {list(v)}")
            if v.get("title") != row[1] or v.get("ext_ids") != {"arxiv": row[0]}: errors.append(f"{f}: release does not fit its lookup")
            if not dt_ok(v.get("release_date"), "%Y-%m-%d") or v["release_date"][2:4] != row[0][:2]: errors.append(f"{f}: release_date")
            for fl in v.get("files", []):
                if list(fl) != ["size", "mimetype", "urls"] or not isinstance(fl["size"], int): errors.append(f"{f}: file keys")
                reps = [u["url"] for u in fl["urls"] if u.get("rel") == "repository"]
                if reps != [f"https://arxiv.org/pdf/{row[0]}"]: errors.append(f"{f}: repository url {reps}")
                for u in fl["urls"]:
                    if u.get("rel") == "webarchive" and not re.fullmatch(r"https://web\.archive\.org/web/\d{14}/https?://\S+", u["url"]):
                        errors.append(f"{f}: wayback url {u['url']}")
        elif (m := re.fullmatch(r"for i in ((?:[a-z2-7]{26} ?)+); do curl -s \"https://api\.fatcat\.wiki/v0/release/\$i\?expand=files\" \| jq -r '\.files\[\]\.urls\[\] \| select\(\.rel == \"repository\"\) \| \.url'; done", c)):
            ids_ = m.group(1).split()
            want = [f"https://arxiv.org/pdf/{idents[i][0]}" if i in idents else None for i in ids_]
            if None in want: errors.append(f"{f}: an ident in the for loop not from a lookup")
            elif out != want: errors.append(f"{f}: repository urls {out} != {want}")
        else:
            errors.append(f"{f}: unknown command {c[:60]!r}")
    if missing: errors.append(f"{f}: failed lookups never explained: {missing}")


# ---------------------------------------------------------------- 1429 evcxr
def rdbg(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


RSTR = r'"((?:[^"\\]|\\.)*)"'
RUN = lambda s: re.sub(r"\\(.)", r"\1", s)


def check_evcxr(f, raw):
    cmds = session(f, lines_of(f, raw))
    if len(cmds) != 1 or cmds[0][0] != "evcxr": errors.append(f"{f}: want one `evcxr` command"); return
    out = cmds[0][1]
    if out[:1] != ["Welcome to evcxr. For help, type :help"]: errors.append(f"{f}: no evcxr banner")
    if out[-1:] != [">> :quit"]: errors.append(f"{f}: the session does not end with :quit")
    blocks, cur = [], None
    for l in out[1:]:
        if l.startswith(">> "): cur = [l[3:], []]; blocks.append(cur)
        elif cur is None: errors.append(f"{f}: output before the first >>"); return
        else: cur[1].append(l)
    items, mut, sorted_ = None, False, False
    for inp, res in blocks:
        if inp.startswith("#[derive(Debug)] struct Paper {"):
            if res: errors.append(f"{f}: a struct definition printed something")
        elif inp == "let list = vec![":
            if res[-1:] != ["];"]: errors.append(f"{f}: vec! not closed"); continue
            items = []
            for l in res[:-1]:
                m = re.fullmatch(r"    Paper \{ title: " + RSTR + r", link: (None|Some\(" + RSTR + r"\)), memo: " + RSTR + r" \},", l)
                if not m: errors.append(f"{f}: vec! element {l[:50]!r}"); continue
                items.append((RUN(m.group(1)), RUN(m.group(3)) if m.group(3) is not None else None, RUN(m.group(4))))
        elif items is None:
            errors.append(f"{f}: {inp!r} before the list")
        elif inp == "list.len()":
            if res != [str(len(items))]: errors.append(f"{f}: len {res} != {len(items)}")
        elif inp == "list.iter().filter(|p| p.link.is_none()).map(|p| p.title).collect::<Vec<_>>()":
            if res != ["[" + ", ".join(rdbg(t) for t, l, _ in items if l is None) + "]"]: errors.append(f"{f}: the filter's Vec")
        elif inp == "list.sort_by_key(|p| p.title);":
            if not mut:
                if not res or not res[0].startswith("[E0596] Error: cannot borrow `list` as mutable"): errors.append(f"{f}: sorting an immutable list without E0596")
            else:
                if res: errors.append(f"{f}: sort printed something"); continue
                items.sort(key=lambda r: r[0].encode()); sorted_ = True
        elif inp == "let mut list = list;":
            mut = True
            if res: errors.append(f"{f}: let printed something")
        elif inp == 'for p in &list { if let Some(u) = p.link { println!("{} -> {}", p.title, u); } }':
            if not sorted_: errors.append(f"{f}: printing before the sort")
            if res != [f"{t} -> {l}" for t, l, _ in items if l]: errors.append(f"{f}: the for loop's lines")
        elif (m := re.fullmatch(r'println!\("\{:#\?\}", &list\[\.\.(\d+)\]\);', inp)):
            want = ["["]
            for t, l, mm in items[:int(m.group(1))]:
                want += ["    Paper {", f"        title: {rdbg(t)},"]
                want += ["        link: None,"] if l is None else ["        link: Some(", f"            {rdbg(l)},", "        ),"]
                want += [f"        memo: {rdbg(mm)},", "    },"]
            if res != want + ["]"]: errors.append(f"{f}: pretty Debug of the first {m.group(1)}")
        elif inp == ":quit":
            if res: errors.append(f"{f}: output after :quit")
        else:
            errors.append(f"{f}: unknown input {inp[:50]!r}")


# ---------------------------------------------------------------- 1430 Pig
PIGLOG = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) (?:\[([\w]+)\] INFO  [\w.]+ - .*|INFO pig\.ExecTypeProvider: .*)")


def check_pig(f, raw):
    cmds = session(f, lines_of(f, raw))
    if len(cmds) != 1 or cmds[0][0] != "pig -x local": errors.append(f"{f}: want one `pig -x local`"); return
    out = cmds[0][1]
    last, blocks, cur = None, [], None
    for l in out:
        m = PIGLOG.fullmatch(l)
        if m:
            t = dt_ok(m.group(1), "%Y-%m-%d %H:%M:%S")
            if not t: errors.append(f"{f}: log time {m.group(1)}"); continue
            t = t + dt.timedelta(milliseconds=int(m.group(2)))
            if last and t < last: errors.append(f"{f}: log time goes back at {m.group(1)}")
            last = t
        elif re.match(r"\d{4}-\d\d-\d\d \d\d:", l): errors.append(f"{f}: log line format {l[:60]!r}")
        if l.startswith("grunt> "): cur = [l[7:], []]; blocks.append(cur)
        elif cur: cur[1].append(l)
    if not blocks or blocks[-1][0] != "quit": errors.append(f"{f}: no quit")
    rel, papers, jobs = {}, None, []
    for stmt, res in blocks:
        if (m := re.fullmatch(r"(\w+) = (.+);", stmt)):
            rel[m.group(1)] = m.group(2)
            if res: errors.append(f"{f}: an assignment printed something")
        elif (m := re.fullmatch(r"DESCRIBE (\w+);", stmt)):
            sm = re.search(r"AS \((.*)\)$", rel.get(m.group(1), ""))
            want = f"{m.group(1)}: {{" + ",".join(x.strip().replace(":", ": ") for x in sm.group(1).split(",")) + "}" if sm else None
            if res != [want]: errors.append(f"{f}: DESCRIBE {m.group(1)} {res} != {[want]}")
        elif (m := re.fullmatch(r"DUMP (\w+);", stmt)):
            tuples = [l for l in res if l.startswith("(") and l.endswith(")")]
            if not tuples or res[-len(tuples):] != tuples: errors.append(f"{f}: DUMP {m.group(1)}: tuples not at the end"); continue
            txt = "\n".join(res)
            rd = re.search(r'Successfully read (\d+) records from: "file://(\S+)"', txt)
            st = re.search(r'Successfully stored (\d+) records in: "(\S+)"', txt)
            tw = re.search(r"Total records written : (\d+)", txt)
            jid = re.findall(r"HadoopJobId: (job_local\d+_(\d{4}))", txt)
            dag = re.search(r"Job DAG:\n(\S+)\n", txt)
            feat = re.search(r"Pig features used in the script: (\S+)", txt)
            stats = re.search(r"\n(2\.\d\.\d)\t(0\.\d+\.\d)\t(\w+)\t([\d: -]+)\t([\d: -]+)\t(\S+)\n\nSuccess!\n", txt)
            if not (rd and st and tw and jid and dag and feat and stats): errors.append(f"{f}: DUMP {m.group(1)}: Script Statistics incomplete"); continue
            if int(st.group(1)) != len(tuples) or int(tw.group(1)) != len(tuples): errors.append(f"{f}: DUMP {m.group(1)}: stored / written != {len(tuples)} tuples")
            if dag.group(1) != jid[0][0]: errors.append(f"{f}: Job DAG != HadoopJobId")
            if stats.group(6) != feat.group(1): errors.append(f"{f}: Features != the ScriptState line")
            if stats.group(4) > stats.group(5): errors.append(f"{f}: StartedAt after FinishedAt")
            jobs.append(int(jid[0][1]))
            src = re.search(r"LOAD '([^']+)'", rel.get("papers", ""))
            if not src or not rd.group(2).endswith("/" + src.group(1)): errors.append(f"{f}: read from another file")
            if m.group(1) == "papers":
                papers = tuples
                if int(rd.group(1)) != len(tuples): errors.append(f"{f}: read {rd.group(1)} but dumped {len(tuples)}")
                for t in tuples:
                    if not re.match(r"\(\d+,", t): errors.append(f"{f}: tuple without its int week: {t[:30]!r}")
            elif papers is None: errors.append(f"{f}: DUMP {m.group(1)} before DUMP papers")
            elif rel.get(m.group(1), "").startswith("FILTER papers BY (link IS NULL"):
                if tuples != [t for t in papers if "://" not in t]: errors.append(f"{f}: the FILTER's tuples")
                if feat.group(1) != "FILTER": errors.append(f"{f}: FILTER feature")
            elif rel.get(m.group(1), "").startswith("FOREACH"):
                g = re.fullmatch(r"FOREACH (\w+) GENERATE group, COUNT\(papers\)", rel[m.group(1)])
                if not g or not rel.get(g.group(1), "").startswith("GROUP papers BY"): errors.append(f"{f}: FOREACH over no GROUP"); continue
                keys_, tot = [], 0
                for t in tuples:
                    k_, n_ = t[1:-1].rsplit(",", 1)
                    keys_.append(k_); tot += int(n_)
                    if k_ and sum(1 for p in papers if f",{k_}," in p) != int(n_): errors.append(f"{f}: COUNT for {k_} != its tuples")
                if tot != len(papers): errors.append(f"{f}: counts add up to {tot}, not {len(papers)}")
                if keys_ != sorted(keys_, key=lambda k: (k != "", k.encode())): errors.append(f"{f}: groups not sorted by key")
                if feat.group(1) != "GROUP_BY": errors.append(f"{f}: GROUP_BY feature")
        elif stmt != "quit":
            errors.append(f"{f}: unknown statement {stmt[:40]!r}")
    if jobs != list(range(1, len(jobs) + 1)): errors.append(f"{f}: job numbers {jobs}")


# ---------------------------------------------------------------- 1431 descript.ion
def check_descript(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 byte-order mark")
    L = lines_crlf(f, raw.lstrip("\ufeff"))
    names = []
    for l in L:
        m = re.fullmatch(r'"([^"]+)" (.+)|([^" ]+) (.+)', l)
        if not m: errors.append(f"{f}: not `name comment`: {l[:50]!r}"); continue
        name, com = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if m.group(1) and " " not in name: errors.append(f"{f}: {name!r} quoted without a space in it")
        if name.lower() == "descript.ion": errors.append(f"{f}: an entry for descript.ion itself")
        if not re.search(r"\.\w{2,4}$", name): errors.append(f"{f}: {name!r} has no extension (this folder holds only files)")
        names.append(name.lower())
        multi = "\\n" in com
        if com.endswith("\x04\u00c2") != multi: errors.append(f"{f}: multi-line marker and `\\n` disagree for {name!r}")
        if "\x04" in com[:-2] or "\t" in com: errors.append(f"{f}: control character inside the comment of {name!r}")
        if re.fullmatch(r"\d{4}\.\d{5}v\d+\.pdf", name) and name[:10] not in com and "arxiv.org" in com:
            errors.append(f"{f}: {name} with a link to another paper")
    if len(set(names)) != len(names): errors.append(f"{f}: a file named twice (case-blind)")


# ---------------------------------------------------------------- 1432 Things 3
TODO_KEYS = {"title", "notes", "when", "deadline", "tags", "checklist-items", "list", "list-id", "heading", "heading-id",
             "completed", "canceled", "creation-date", "completion-date"}
PROJ_KEYS = {"title", "notes", "when", "deadline", "tags", "area", "area-id", "items", "completed", "canceled",
             "creation-date", "completion-date"}


def when_ok(w):
    return w in ("today", "tomorrow", "evening", "anytime", "someday") or dt_ok(w, "%Y-%m-%d")


def check_things(f, raw):
    cmds = session(f, lines_of(f, raw))
    data, script = None, None
    for c, out in cmds:
        if c == "cat things_olvasas.json":
            data = json_block(f, out, "the Things JSON")
            if not isinstance(data, list): errors.append(f"{f}: the JSON is not an array"); data = None; continue
            for p in data:
                if p.get("type") != "project" or set(p) != {"type", "attributes"}: errors.append(f"{f}: top-level object {p.get('type')}"); continue
                a = p["attributes"]
                if set(a) - PROJ_KEYS: errors.append(f"{f}: project keys {set(a) - PROJ_KEYS}")
                if "deadline" in a and not dt_ok(a["deadline"], "%Y-%m-%d"): errors.append(f"{f}: project deadline")
                for it in a.get("items", []):
                    t, ia = it.get("type"), it.get("attributes", {})
                    if t == "heading":
                        if set(ia) != {"title"}: errors.append(f"{f}: heading keys {set(ia)}")
                    elif t == "to-do":
                        if set(ia) - TODO_KEYS or "title" not in ia: errors.append(f"{f}: to-do keys {set(ia) - TODO_KEYS}")
                        if "when" in ia and not when_ok(ia["when"]): errors.append(f"{f}: when {ia['when']!r}")
                        if a.get("deadline") and dt_ok(ia.get("when", ""), "%Y-%m-%d") and ia["when"] > a["deadline"]:
                            errors.append(f"{f}: a to-do after the project's deadline")
                        if not all(isinstance(x, str) for x in ia.get("tags", [])): errors.append(f"{f}: tags")
                        for ci in ia.get("checklist-items", []):
                            if ci.get("type") != "checklist-item" or set(ci.get("attributes", {})) - {"title", "completed", "canceled"}:
                                errors.append(f"{f}: checklist item {ci}")
                    else:
                        errors.append(f"{f}: item type {t!r}")
        elif c == "cat things_link.py":
            script = out
            if not any("quote(json.dumps(data, ensure_ascii=False, separators=(\",\", \":\")), safe=\"\")" in l for l in out):
                errors.append(f"{f}: the script does not encode as described")
        elif c == "python3 things_link.py things_olvasas.json":
            if data is None or script is None: errors.append(f"{f}: the link before the file or the script"); continue
            want = "things:///json?reveal=true&data=" + quote(json.dumps(data, ensure_ascii=False, separators=(",", ":")), safe="")
            if out != [want]: errors.append(f"{f}: the printed link is not the file's JSON encoded")
        elif c == 'open "$(python3 things_link.py things_olvasas.json)"':
            if out: errors.append(f"{f}: open printed something")
        else:
            errors.append(f"{f}: unknown command {c[:50]!r}")


# ---------------------------------------------------------------- 1433 ddgr
def check_ddgr(f, raw):
    cmds = session(f, lines_of(f, raw))
    for c, out in cmds:
        m = re.fullmatch(r'ddgr -x -n (\d+)( -r [a-z]{2}-[a-z]{2})? "([^"]+)"', c)
        if not m: errors.append(f"{f}: not a ddgr search: {c[:50]!r}"); continue
        n = int(m.group(1))
        if out[:1] != [""]: errors.append(f"{f}: no blank line after the command")
        k, page, i, prompts = 0, 0, 1, []
        while i < len(out):
            l = out[i]
            if l.startswith("ddgr (? for help) "):
                prompts.append(l[18:])
                if page > n or page == 0: errors.append(f"{f}: a page of {page} results for -n {n}")
                page = 0
                if l[18:] == "n":
                    if out[i + 1:i + 2] != [""]: errors.append(f"{f}: no blank line after `n`")
                    i += 2; continue
                i += 1; continue
            r = re.fullmatch(r"( ?\d+)\.  (\S.*)", l)
            if not r: errors.append(f"{f}: expected a result line, got {l[:50]!r}"); i += 1; continue
            k += 1; page += 1
            if int(r.group(1)) != k or len(r.group(1)) != 2: errors.append(f"{f}: result number {r.group(1)!r}, want {k:2d}")
            if i + 1 >= len(out) or not re.fullmatch(r"     https?://\S+", out[i + 1]): errors.append(f"{f}: result {k} without its URL line (-x)")
            j = i + 2
            while j < len(out) and out[j] != "":
                if not out[j].startswith("     ") or out[j].startswith("      ") or len(out[j]) > 100:
                    errors.append(f"{f}: snippet line of result {k} not wrapped at five columns / 100: {out[j][:40]!r}")
                j += 1
            if j == i + 2: errors.append(f"{f}: result {k} without a snippet")
            if j >= len(out) or out[j] != "": errors.append(f"{f}: no blank line after result {k}")
            i = j + 1
        if not prompts or prompts[-1] != "q" or any(p != "n" for p in prompts[:-1]): errors.append(f"{f}: omniprompt answers {prompts}")


# ---------------------------------------------------------------- 1434 Zotero debug output
ZLINE = re.compile(r"\(([1-5])\)\(\+(\d{7})\): (.+)")
ZKEY = re.compile(r"[23456789A-HJ-NP-Z]{8}|[23456789A-Z]{8}")


def check_zotero(f, raw):
    L = lines_of(f, raw)
    if not L or not re.fullmatch(r"version => [\d.]+, platform => \w+, oscpu => [^,]+(?:; [^,]+)*, locale => [\w-]+, appName => Zotero, appVersion => [\d.]+, extensions => .+", L[0]):
        errors.append(f"{f}: the first line is not Zotero's system information")
    elif re.search(r"version => ([\d.]+)", L[0]).group(1) != re.search(r"appVersion => ([\d.]+)", L[0]).group(1):
        errors.append(f"{f}: version != appVersion")
    if L[1:2] != [""]: errors.append(f"{f}: no blank line after the system information")
    ids, last_key, want_json, pending_file, values = [], {}, False, None, {}
    for l in L[2:]:
        m = ZLINE.fullmatch(l)
        if not m: errors.append(f"{f}: not a debug line: {l[:50]!r}"); continue
        lv, text = m.group(1), m.group(3)
        if text.startswith("{"):
            try: v = json.loads(text)
            except ValueError: errors.append(f"{f}: a JSON payload does not parse"); continue
            if lv != "5": errors.append(f"{f}: a JSON payload below level 5")
            if json.dumps(v, ensure_ascii=False, separators=(",", ":")) != text: errors.append(f"{f}: payload not compact JSON")
            if want_json:
                if not isinstance(v.get("items"), list) or not v["items"] or "uri" not in v: errors.append(f"{f}: saveItems payload")
                for it in v.get("items", []):
                    if not it.get("itemType") or not it.get("title"): errors.append(f"{f}: an item without itemType / title")
                    if it.get("accessDate") and not iso_ok(it["accessDate"]): errors.append(f"{f}: accessDate {it['accessDate']}")
            want_json = False
            continue
        if want_json: errors.append(f"{f}: saveItems without its payload")
        want_json = text == "Connector Server: Handling request /connector/saveItems"
        if (n := re.fullmatch(r"Notifier\.trigger\('(add|modify)', 'item', \[(\d+)\], (\{.*\})\) called \[observers: \d+\]", text)):
            i = int(n.group(2))
            try: d = json.loads(n.group(3))
            except ValueError: errors.append(f"{f}: Notifier data"); continue
            k = d.get(str(i), {}).get("key", "")
            if not re.fullmatch(r"[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}", k): errors.append(f"{f}: item key {k!r}")
            if n.group(1) == "add":
                if ids and i <= ids[-1]: errors.append(f"{f}: item id {i} not increasing")
                ids.append(i); last_key[i] = k
                if pending_file and pending_file != k: errors.append(f"{f}: saved file's folder {pending_file} != the attachment key {k}")
                pending_file = None
            elif i not in last_key: errors.append(f"{f}: modify of an unknown item {i}")
            elif last_key[i] != k: errors.append(f"{f}: item {i} changed key")
        elif (s := re.fullmatch(r"Saved file to C:\\Users\\\w+\\Zotero\\storage\\(\w{8})\\(.+\.pdf)", text)):
            pending_file = s.group(1)
        elif text.startswith("Saved file to"): errors.append(f"{f}: saved file path {text[:60]!r}")
        elif (s := re.fullmatch(r"INSERT INTO itemDataValues VALUES \(\?,\?\) \[(\d+), '(.*)'\]", text)):
            values[int(s.group(1))] = s.group(2)
        elif (s := re.fullmatch(r"REPLACE INTO itemData VALUES \(\?,\?,\?\) \[(\d+), (\d+), (\d+)\]", text)):
            if int(s.group(1)) not in last_key: errors.append(f"{f}: itemData for unknown item {s.group(1)}")
            if int(s.group(3)) not in values: errors.append(f"{f}: itemData with a valueID never inserted")
    if pending_file: errors.append(f"{f}: a saved file without its attachment item")


# ---------------------------------------------------------------- 1435 Review Board
def check_reviewboard(f, raw):
    cmds = session(f, lines_of(f, raw))
    for c, out in cmds:
        m = re.fullmatch(r"curl -s -H 'Accept: application/json' '?(https://[\w.-]+)(/api/[^' ]+)'? \| python3 -m json\.tool", c)
        if not m: errors.append(f"{f}: unknown command {c[:50]!r}"); continue
        host, path = m.group(1), m.group(2)
        v = json_block(f, out, "json.tool's output", indent=4, ascii_=True)
        if v is None: continue
        if v.get("stat") != "ok": errors.append(f"{f}: stat {v.get('stat')}")
        if v.get("links", {}).get("self", {}).get("href") != host + path: errors.append(f"{f}: links.self != the request")
        if (q := re.fullmatch(r"/api/review-requests/\?(.*)", path)):
            params = dict(x.split("=") for x in q.group(1).split("&"))
            rrs = v.get("review_requests", [])
            if v.get("total_results") != len(rrs): errors.append(f"{f}: total_results {v.get('total_results')} != {len(rrs)}")
            if [r["last_updated"] for r in rrs] != sorted((r["last_updated"] for r in rrs), reverse=True): errors.append(f"{f}: not newest first")
            for r in rrs:
                i = r.get("id")
                if r.get("absolute_url") != f"{host}/r/{i}/" or r.get("url") != f"/r/{i}/": errors.append(f"{f}: urls of r/{i}")
                if r["links"]["self"]["href"] != f"{host}/api/review-requests/{i}/": errors.append(f"{f}: self link of r/{i}")
                for k_ in ("diffs", "reviews"):
                    if r["links"].get(k_, {}).get("href") != f"{host}/api/review-requests/{i}/{k_}/": errors.append(f"{f}: {k_} link of r/{i}")
                if r.get("status") != params.get("status"): errors.append(f"{f}: r/{i} status {r.get('status')}")
                if params.get("to-groups") not in [g["title"] for g in r.get("target_groups", [])]: errors.append(f"{f}: r/{i} not for {params.get('to-groups')}")
                if r.get("approved") != (r.get("ship_it_count", 0) > 0) or (r.get("approval_failure") is None) != r.get("approved"):
                    errors.append(f"{f}: r/{i} approved / ship_it_count / approval_failure disagree")
                if not (iso_ok(r.get("time_added")) and iso_ok(r.get("last_updated"))) or r["time_added"] > r["last_updated"]:
                    errors.append(f"{f}: r/{i} times")
                for k_ in ("description_text_type", "testing_done_text_type", "close_description_text_type"):
                    if r.get(k_) not in ("plain", "markdown", "html"): errors.append(f"{f}: r/{i} {k_}")
                for p in r.get("target_people", []):
                    if p["href"] != f"{host}/api/users/{p['title']}/": errors.append(f"{f}: user link {p['title']}")
        elif (q := re.fullmatch(r"/api/review-requests/(\d+)/reviews/", path)):
            rv = v.get("reviews", [])
            if v.get("total_results") != len(rv): errors.append(f"{f}: reviews total_results")
            for r in rv:
                if r.get("absolute_url") != f"{host}/r/{q.group(1)}/#review{r.get('id')}": errors.append(f"{f}: review {r.get('id')} url")
                if r["links"]["self"]["href"] != f"{host}{path}{r.get('id')}/": errors.append(f"{f}: review {r.get('id')} self link")
                if not iso_ok(r.get("timestamp")): errors.append(f"{f}: review timestamp")
            if [r["timestamp"] for r in rv] != sorted(r["timestamp"] for r in rv): errors.append(f"{f}: reviews not oldest first")
        else:
            errors.append(f"{f}: unknown API path {path}")


# ---------------------------------------------------------------- 1436 Google Books
VI_ORDER = ["title", "subtitle", "authors", "publisher", "publishedDate", "description", "industryIdentifiers",
            "readingModes", "pageCount", "printType", "categories", "maturityRating", "allowAnonLogging", "contentVersion",
            "panelizationSummary", "imageLinks", "language", "previewLink", "infoLink", "canonicalVolumeLink"]


def isbn_ok(t, s):
    if t == "ISBN_13":
        return bool(re.fullmatch(r"97[89]\d{10}", s)) and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10 == 0
    if t == "ISBN_10":
        return bool(re.fullmatch(r"\d{9}[\dX]", s)) and sum((10 if c == "X" else int(c)) * (10 - i) for i, c in enumerate(s)) % 11 == 0
    return False


def check_gbooks(f, raw):
    L = lines_of(f, raw)
    v = json_block(f, L, "the response")
    if not isinstance(v, dict): return
    if list(v) != ["kind", "totalItems", "items"] or v["kind"] != "books#volumes": errors.append(f"{f}: top-level keys {list(v)}")
    items = v.get("items", [])
    if not isinstance(v.get("totalItems"), int) or v["totalItems"] < len(items): errors.append(f"{f}: totalItems")
    dqs = set()
    for n, it in enumerate(items, 1):
        vid = it.get("id", "")
        if list(it) != ["kind", "id", "etag", "selfLink", "volumeInfo", "saleInfo", "accessInfo", "searchInfo"]: errors.append(f"{f}: item {n} keys")
        if it.get("kind") != "books#volume" or not re.fullmatch(r"[\w-]{12}", vid) or not re.fullmatch(r"[\w+/-]{11}", it.get("etag", "")):
            errors.append(f"{f}: item {n} kind / id / etag")
        if it.get("selfLink") != f"https://www.googleapis.com/books/v1/volumes/{vid}": errors.append(f"{f}: item {n} selfLink")
        vi = it.get("volumeInfo", {})
        ks = list(vi)
        if ks != [k for k in VI_ORDER if k in vi] or set(ks) - set(VI_ORDER): errors.append(f"{f}: item {n} volumeInfo key order")
        if not (dt_ok(vi.get("publishedDate"), "%Y-%m-%d") or dt_ok(vi.get("publishedDate"), "%Y-%m") or dt_ok(vi.get("publishedDate"), "%Y")):
            errors.append(f"{f}: item {n} publishedDate")
        for ii in vi.get("industryIdentifiers", []):
            if not isbn_ok(ii.get("type"), ii.get("identifier", "")): errors.append(f"{f}: item {n} {ii.get('type')} {ii.get('identifier')} check digit")
        i13 = [ii["identifier"] for ii in vi.get("industryIdentifiers", []) if ii["type"] == "ISBN_13"]
        i10 = [ii["identifier"] for ii in vi.get("industryIdentifiers", []) if ii["type"] == "ISBN_10"]
        if i10 and (not i13 or i13[0][3:12] != i10[0][:9]): errors.append(f"{f}: item {n} ISBN-10 and ISBN-13 disagree")
        pv = re.fullmatch(r"http://books\.google\.\w+/books\?id=([\w-]+)&printsec=frontcover&dq=([^&]+)&hl=&cd=(\d+)&source=gbs_api", vi.get("previewLink", ""))
        if not pv or pv.group(1) != vid or int(pv.group(3)) != n: errors.append(f"{f}: item {n} previewLink (id, cd)")
        else: dqs.add(pv.group(2))
        if not vi.get("infoLink", "").startswith(f"http://books.google.gr/books?id={vid}&dq="): errors.append(f"{f}: item {n} infoLink")
        if not vi.get("canonicalVolumeLink", "").endswith(f".html?hl=&id={vid}"): errors.append(f"{f}: item {n} canonicalVolumeLink")
        for u in vi.get("imageLinks", {}).values():
            if f"id={vid}&" not in u: errors.append(f"{f}: item {n} image link id")
        si, ai = it.get("saleInfo", {}), it.get("accessInfo", {})
        if (si.get("saleability") == "FOR_SALE") != ("listPrice" in si): errors.append(f"{f}: item {n} saleability / price")
        for o in si.get("offers", []):
            if o["listPrice"]["amountInMicros"] != round(si["listPrice"]["amount"] * 1e6): errors.append(f"{f}: item {n} amountInMicros")
        nop = ai.get("viewability") == "NO_PAGES"
        if nop != ("imageLinks" not in vi) or nop == ai.get("embeddable") or nop != (ai.get("accessViewStatus") == "NONE"):
            errors.append(f"{f}: item {n} NO_PAGES / imageLinks / embeddable / accessViewStatus disagree")
        if vi.get("readingModes", {}).get("image") == nop: errors.append(f"{f}: item {n} readingModes.image")
        if vid not in ai.get("webReaderLink", ""): errors.append(f"{f}: item {n} webReaderLink")
        if si.get("country") != ai.get("country"): errors.append(f"{f}: item {n} countries differ")
        if not it.get("searchInfo", {}).get("textSnippet"): errors.append(f"{f}: item {n} without a snippet")
    if len(dqs) > 1: errors.append(f"{f}: previewLinks with different queries")


def shape_checks(f, raw, path):
    n = num(f)
    {1427: check_xidel, 1428: check_fatcat, 1429: check_evcxr, 1430: check_pig, 1431: check_descript,
     1432: check_things, 1433: check_ddgr, 1434: check_zotero, 1435: check_reviewboard,
     1436: check_gbooks}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_blocks(raw, n):
    """every JSON string of the JSON values in a digest: pretty blocks between a line `[` or `{` and the matching
    closing line, and (1434) lines that are one compact JSON object after the `(level)(+ms): ` prefix"""
    ss, cur = [], []
    for l in raw.split("\n"):
        if n == 1434:
            m = re.match(r"\(\d\)\(\+\d{7}\): (\{.*)", l)
            if m:
                try: ss += json_strings(json.loads(m.group(1)))
                except ValueError: pass
            continue
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
    if n in (1428, 1432, 1434, 1435, 1436):
        forms.append("\n".join(json_blocks(raw, n)))
    if n == 1429:
        forms.append("\n".join(RUN(s) for s in re.findall(RSTR, raw)))
    if n == 1431:
        forms.append(raw.replace("\\n", "\n"))
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
# round140's and round141's, a byte-identical file counted once), and the round140/round141 split (candidates sorted by
# (uses, catalogue title); round141 = odd positions from 3 on, one unbroken run; round140 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P140S = ["/work/rounds/digests-round140/expected.json", "/work/main/tests/data/digests-round140/expected.json"]
P140 = next((p for p in P140S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P140S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round140", "digests-round141") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round141 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r140 = set()
if P140:
    try:
        r140 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P140)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P140} exists but could not be read (being written?)")
    if r140 & mine: errors.append(f"papers also in round140: {sorted(r140 & mine)}")
shared140 = len(r140 & mine) if P140 else "(no round140 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round141 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round140: {shared140}; papers in more than one round141 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


