#!/usr/bin/env python3
r"""Checks round159/expected.json against the digests and the shared catalogues.

Adapted from round157/validate.py (the label checks are the same code; the reuse report is round157's with round158 /
round159 in place of round156 / round157: round159 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round158's and round159's own (a digests-round158 /
digests-round159 folder, or a file whose bytes equal round158's or round159's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round159 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round158's expected.json (read only, from /work/rounds/digests-round158/ or
/work/main/tests/data/digests-round158/, when it exists), and on a paper in more than one round159 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: HTML / XML entities undone once and twice
(1611's attribute values hold &amp;), percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1607 trafilatura (a pasted terminal ending on a bare prompt; --version answer; the --with-metadata --links run: the
`---` header with known keys in trafilatura's order, url = the fetched url, hostname a suffix of its host, ISO date,
16-hex fingerprint; no blank lines; [text](url) links well-formed; `--no-comments | wc -w` = the words of the text before
the first comment header, links reduced to their anchors; `grep -o | sort -u` = the sorted arxiv.org links; wc -l);
1608 Auphonic API (productions @tsv: limit rows of uuid (22 alphanumerics) / Done / HH:MM:SS.mmm / title; the saved
production is a listed uuid and curl prints nothing; status_code 200, "Done", its length string and the chapter count;
the metadata object in jq's 2-space layout with the listed title; chapter lines `start  title  url`, starts ascending
from 0 and inside the length; the .chapters[k] object with keys in order, start_sec = start, equal to listed line k);
1609 tsv-utils (only tsv-* / wc commands; wc -l - 1 = tsv-pretty rows; tsv-pretty -u columns as wide as their widest
cell, two-space gaps, no trailing blanks; status counts re-computed from the table in first-seen order; the --not-empty
/ --empty link filters split the table's articles in order; per-presenter counts sum to the rows, unique sessions
without repeats and holding every --empty row's session; the tsv-select field error);
1610 cue sheet (CRLF throughout, final CRLF; disc-level REM / PERFORMER / TITLE before the first FILE; FILE "name"
WAVE; TRACK nn AUDIO numbered 01.. across files; each track one TITLE, one PERFORMER, one INDEX 01 (REM allowed);
INDEX mm:ss:ff with ss < 60, ff < 75, 00:00:00 first in each FILE and strictly ascending; no other line);
1611 CmapTools CXL (XML declaration, well-formed, cmap root in the CmapTools namespace; res-meta dc:title, format
x-cmap/x-storable, language, created <= modified; ids unique and in CmapTools' shape; every connection joins a concept
and a linking phrase; every phrase has an incoming and an outgoing connection; appearance ids = the concept / phrase /
connection ids, positions inside the map; resource groups on existing concepts, resources with label and http(s) url);
1612 VimOutliner (final newline; tab indentation only; a plain top heading; headings one level at a time, each with
[_] / [X]; body text ": " and preformatted "; " one level under a heading; parents' percentages = the mean of their
children's (done leaf 100) computed again, [X] exactly at 100%, no percentage on a leaf);
1613 MultiMarkdown (metadata `Key: value` lines up to the first blank line, Title present, keys unique; citations
[..][#key], footnotes [^n] and reference links [..][id] each defined once and used, link references http(s); one MMD
table: separator row, equal widths, contiguous rows, a [caption] line; headings `# .. #`);
1614 Falkon bookmarks.json (QJsonDocument's layout: 4 spaces, sorted keys, raw UTF-8, final newline; roots
bookmark_bar / bookmark_menu / other and version 1; folders and bookmarks with exactly Falkon's keys, http(s) urls,
visit_count >= 0; separators; "[id] title" names agree with the url's arXiv id);
1615 Tokyo Cabinet tchmgr (only tchmgr commands; inform lines in tchmgr's order, path = the database, hash database,
record number = the keys listed; list -pv -fm prefix = the listed keys with that prefix, in order, values compact JSON;
get = the listed value; out of a listed key, then get answers `tchmgr: db: 22: no record found`; record number after
out and a later modified time; list -fm = the live keys);
1616 BBDB (the coding cookie and `;;; file-format: 9`; one 13-field Lisp vector a line read by a small reader: names,
nil affix, aka / organization string lists, [label number] phones, 6-field addresses, mails with @, (symbol . string)
xfields, uuid, creation-date <= timestamp as `%Y-%m-%d %H:%M:%S %z`, nil cache; records sorted by name, uuids unique).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, hashlib, html, json, os, re, sys, unicodedata
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





# ================================================================ round159 shape checks
def ends_on_prompt(f, L, ps):
    if L[-1] != ps: errors.append(f"{f}: does not end on a bare prompt {ps!r}")


def shell_cmds(f, L, ps):
    """(line index, command) for every prompt line of a pasted terminal; the file ends on a bare prompt, no newline"""
    ends_on_prompt(f, L, ps)
    return [(i, l[len(ps):]) for i, l in enumerate(L) if l.startswith(ps) and l != ps]


def bodies(L, cmds):
    return [(i, c, L[i + 1:(cmds[k + 1][0] if k + 1 < len(cmds) else len(L) - 1)]) for k, (i, c) in enumerate(cmds)]


def term(f, raw):
    """a pasted terminal: LF only, the prompt from the first line, no final newline after the last (bare) prompt"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if raw.endswith("\n"): errors.append(f"{f}: a final newline after the prompt")
    L = raw.split("\n")
    m = re.match(r"[\w.-]+@[\w.-]+:[^$]*\$ ", L[0])
    if not m: errors.append(f"{f}: the first line is not a shell prompt"); return None, []
    ps = m.group(0)
    return L, bodies(L, shell_cmds(f, L, ps))


# ---------------------------------------------------------------- 1607 trafilatura
TRAF_KEYS = ["title", "author", "url", "hostname", "description", "sitename", "date", "categories", "tags", "fingerprint"]
COMMENT_HEAD = re.compile(r".+ — \d{1,2} \w+ \d{4} à \d{1,2} h \d\d")
MDLINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def check_trafilatura(f, raw):
    L, B = term(f, raw)
    if L is None: return
    ver = next((b for i, c, b in B if c == "trafilatura --version"), None)
    if not ver or not re.fullmatch(r"Trafilatura \d+\.\d+\.\d+ - Python 3\.\d+\.\d+", ver[0] if ver else ""): errors.append(f"{f}: version answer {ver}")
    page = next(((c, b) for i, c, b in B if c.startswith("trafilatura --with-metadata --links -u ")), None)
    if not page: errors.append(f"{f}: no --with-metadata --links run"); return
    c, b = page
    url = re.fullmatch(r"trafilatura --with-metadata --links -u '(https?://[^']+)'", c)
    if not url: errors.append(f"{f}: the url is not quoted"); return
    url = url[1]
    if b[:1] != ["---"] or "---" not in b[1:]: errors.append(f"{f}: no metadata header"); return
    end = b.index("---", 1)
    meta = []
    for l in b[1:end]:
        m = re.fullmatch(r"(\w+): (.*)", l)
        if not m: errors.append(f"{f}: metadata line {l!r}"); continue
        meta.append((m[1], m[2]))
    ks = [k for k, _ in meta]
    if [k for k in TRAF_KEYS if k in ks] != ks or "title" not in ks: errors.append(f"{f}: metadata keys {ks}")
    md = dict(meta)
    if md.get("url") != url: errors.append(f"{f}: metadata url != the fetched url")
    host = urlsplit(url).hostname or ""
    if not md.get("hostname") or not host.endswith(md["hostname"]): errors.append(f"{f}: hostname {md.get('hostname')} not the url's")
    if not dt_ok(md.get("date"), "%Y-%m-%d"): errors.append(f"{f}: date {md.get('date')}")
    if not re.fullmatch(r"[0-9a-f]{16}", md.get("fingerprint", "")): errors.append(f"{f}: fingerprint")
    text = b[end + 1:]
    if not text or any(not l.strip() for l in text): errors.append(f"{f}: empty text or blank lines in the text")
    k = next((j for j, l in enumerate(text) if COMMENT_HEAD.fullmatch(l)), len(text))
    main = text[:k]
    for l in text:
        if "](" in l and not MDLINK.search(l): errors.append(f"{f}: a broken link {l[:40]!r}")
    words = sum(len(MDLINK.sub(r"\1", l).split()) for l in main)
    wc = next((b for i, c, b in B if re.fullmatch(r"trafilatura --no-comments -u '[^']+' \| wc -w", c)), None)
    if wc != [str(words)]: errors.append(f"{f}: wc -w {wc} != {words} words in the text without comments")
    urls = sorted(set(re.findall(r"https://arxiv\.org/[^)]*", "\n".join(text).replace("\n", ")"))))
    srt = next((b for i, c, b in B if c.endswith("grep -o 'https://arxiv.org/[^)]*' | sort -u")), None)
    if srt != urls: errors.append(f"{f}: the sorted arxiv links {srt} != the page's {urls}")
    n = next((b for i, c, b in B if c.endswith("sort -u | wc -l")), None)
    if n != [str(len(urls))]: errors.append(f"{f}: wc -l {n} != {len(urls)}")


# ---------------------------------------------------------------- 1608 Auphonic API
def secs_ts(s):
    m = re.fullmatch(r"(\d\d):([0-5]\d):([0-5]\d\.\d{3})", s or "")
    return int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3]) if m else None


def check_auphonic(f, raw):
    L, B = term(f, raw)
    if L is None: return
    lst = next(((c, b) for i, c, b in B if "/api/productions.json?limit=" in c and "@tsv" in c), None)
    if not lst: errors.append(f"{f}: no productions listing"); return
    lim = int(re.search(r"limit=(\d+)", lst[0])[1])
    rows = [l.split("\t") for l in lst[1]]
    if len(rows) != lim or any(len(r) != 4 for r in rows): errors.append(f"{f}: {len(rows)} @tsv rows of 4 != limit {lim}"); return
    for r in rows:
        if not re.fullmatch(r"[A-Za-z0-9]{22}", r[0]) or r[1] != "Done" or secs_ts(r[2]) is None: errors.append(f"{f}: production row {r[:3]}")
    byid = {r[0]: r for r in rows}
    sv = next(((c, b) for i, c, b in B if re.fullmatch(r"curl -s .* https://auphonic\.com/api/production/(\w+)\.json > (\S+)", c)), None)
    if not sv: errors.append(f"{f}: no saved production"); return
    u, out = re.fullmatch(r"curl -s .* https://auphonic\.com/api/production/(\w+)\.json > (\S+)", sv[0]).groups()
    if u not in byid or sv[1]: errors.append(f"{f}: the saved production {u} is not listed (or curl printed something)"); return
    row = byid[u]
    st = next((b for i, c, b in B if c.startswith("jq '.status_code, .data.status_string, .data.length_timestring, (.data.chapters | length)'")), None)
    if not st or len(st) != 4 or st[0] != "200" or st[1] != '"Done"' or st[2] != f'"{row[2]}"' or not st[3].isdigit():
        errors.append(f"{f}: status answer {st} does not match the listed production"); return
    meta = next((b for i, c, b in B if c == f"jq '.data.metadata' {out}"), None)
    mv = json_block(f, meta or ["null"], "the metadata object")
    if not isinstance(mv, dict) or mv.get("title") != row[3]: errors.append(f"{f}: metadata title != the listed title")
    chs = next((b for i, c, b in B if c.startswith("jq -r '.data.chapters[]")), None)
    if chs is None: errors.append(f"{f}: no chapter listing"); return
    if len(chs) != int(st[3]): errors.append(f"{f}: {len(chs)} chapters listed != length {st[3]}")
    starts = []
    for l in chs:
        p = l.split("  ")
        if len(p) != 3 or secs_ts(p[0]) is None: errors.append(f"{f}: chapter line {l[:40]!r}"); continue
        if p[2] and not re.match(r"https?://", p[2]): errors.append(f"{f}: chapter url {p[2]!r}")
        starts.append(secs_ts(p[0]))
    if starts[:1] != [0.0] or starts != sorted(set(starts)) or (starts and starts[-1] >= secs_ts(row[2])): errors.append(f"{f}: chapter starts not ascending from 0 inside the length")
    one = next(((c, b) for i, c, b in B if re.fullmatch(rf"jq '\.data\.chapters\[\d+\]' {re.escape(out)}", c)), None)
    if one:
        k = int(re.search(r"\[(\d+)\]", one[0])[1])
        v = json_block(f, one[1], "the chapter object")
        if not isinstance(v, dict) or list(v) != ["start", "start_sec", "title", "url", "image"]: errors.append(f"{f}: chapter keys"); return
        if secs_ts(v["start"]) != v["start_sec"]: errors.append(f"{f}: start_sec {v['start_sec']} != start {v['start']}")
        if k >= len(chs) or chs[k] != f"{v['start']}  {v['title']}  {v['url']}": errors.append(f"{f}: .chapters[{k}] != listed chapter {k}")


# ---------------------------------------------------------------- 1609 tsv-utils
def check_tsvutils(f, raw):
    L, B = term(f, raw)
    if L is None: return
    for i, c, b in B:
        if not c.startswith("#") and not re.match(r"(tsv-\w+|wc) ", c): errors.append(f"{f}:{i + 1}: not a tsv-utils command: {c[:30]}")
    wc = next((b for i, c, b in B if c == "wc -l leeslijst.tsv"), None)
    m = re.fullmatch(r"(\d+) leeslijst\.tsv", (wc or [""])[0])
    if not m: errors.append(f"{f}: no wc -l answer"); return
    n = int(m[1]) - 1
    pr = next((b for i, c, b in B if c.endswith("| tsv-pretty -u")), None)
    if not pr or len(pr) < 2: errors.append(f"{f}: no tsv-pretty table"); return
    if not re.fullmatch(r"-+(  -+)*", pr[1]): errors.append(f"{f}: tsv-pretty underline {pr[1][:20]!r}"); return
    spans, x = [], 0
    for d in pr[1].split("  "):
        spans.append((x, x + len(d))); x += len(d) + 2
    tab = []
    for l in [pr[0]] + pr[2:]:
        if len(l) > spans[-1][1] or l != l.rstrip(): errors.append(f"{f}: a tsv-pretty line overruns its columns: {l[:30]!r}")
        cells = [l[a:z].rstrip() for a, z in spans]
        for (a, z), cc in zip(spans[1:], cells[1:]):
            if l[a - 2:a].strip(): errors.append(f"{f}: a column gap is not blank in {l[:30]!r}")
        tab.append(cells)
    hdr, rows = tab[0], tab[1:]
    if len(rows) != n: errors.append(f"{f}: tsv-pretty shows {len(rows)} rows != wc -l {n}")
    for j, (a, z) in enumerate(spans):
        if z - a != max(len(r[j]) for r in tab): errors.append(f"{f}: column {hdr[j]} width {z - a} != its widest cell")
    col = {h: [r[j] for r in rows] for j, h in enumerate(hdr)}
    st = next((b for i, c, b in B if c == "tsv-summarize -H --group-by status --count leeslijst.tsv"), None)
    if "status" in col:
        order = list(dict.fromkeys(col["status"]))
        want = ["status\tcount"] + [f"{s}\t{col['status'].count(s)}" for s in order]
        if st != want: errors.append(f"{f}: status counts {st} != {want}")
    arts = [t for t, s in zip(col.get("titel", []), col.get("soort", [])) if s == "artikel"]
    withl = next((b for i, c, b in B if "--not-empty link" in c), None)
    nol = next((b for i, c, b in B if "--empty link" in c), None)
    if withl is None or nol is None: errors.append(f"{f}: the --not-empty / --empty filters are missing"); return
    ta = [l.split("\t")[0] for l in withl[1:]]
    tb = [l.split("\t")[0] for l in nol[1:]]
    if withl[:1] != ["titel\tlink"] or any(len(l.split("\t")) != 2 or not l.split("\t")[1] for l in withl[1:]): errors.append(f"{f}: --not-empty output shape")
    if nol[:1] != ["titel\tvoorsteller\tsessie"] or any(len(l.split("\t")) != 3 for l in nol[1:]): errors.append(f"{f}: --empty output shape")
    if sorted(ta + tb) != sorted(arts) or [t for t in arts if t in ta] != ta or [t for t in arts if t in tb] != tb:
        errors.append(f"{f}: the two filters do not split the articles of the table in order")
    pv = next((b for i, c, b in B if c.startswith("tsv-summarize -H --group-by voorsteller --count --unique-values sessie")), None)
    if not pv or pv[0] != "voorsteller\tcount\tsessie_unique_values": errors.append(f"{f}: per-presenter summary header"); return
    tot, uv = 0, {}
    for l in pv[1:]:
        p = l.split("\t")
        if len(p) != 3 or not p[1].isdigit() or not re.fullmatch(r"\d+(\|\d+)*", p[2]) or len(set(p[2].split("|"))) != len(p[2].split("|")):
            errors.append(f"{f}: summary row {l!r}"); continue
        tot += int(p[1]); uv[p[0]] = p[2].split("|")
        if int(p[1]) < len(uv[p[0]]): errors.append(f"{f}: {p[0]} has more sessions than rows")
    if tot != n: errors.append(f"{f}: per-presenter counts sum to {tot} != {n}")
    for l in nol[1:]:
        t, who, s = l.split("\t")
        if s not in uv.get(who, []): errors.append(f"{f}: {who}'s session {s} missing from the summary")
    err = next(((c, b) for i, c, b in B if re.fullmatch(r"tsv-select -f \d+ leeslijst\.tsv", c)), None)
    if not err or err[1] != ["Error [tsv-select]: Not enough fields in line. File: leeslijst.tsv, Line: 1"]: errors.append(f"{f}: no field error")


# ---------------------------------------------------------------- 1610 cue sheet
CUE_Q = r'"[^"]*"'


def check_cue(f, raw):
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    L = raw.split("\r\n")[:-1]
    state, track, file_seen, prev, cur = "disc", 0, False, None, None
    def close(t):
        if t is not None and not {"TITLE", "PERFORMER", "INDEX"} <= t[1]: errors.append(f"{f}: track {t[0]} lacks {sorted({'TITLE', 'PERFORMER', 'INDEX'} - t[1])}")
    for n, l in enumerate(L, 1):
        if state == "disc" and re.fullmatch(rf"(REM \w+ .+|PERFORMER {CUE_Q}|TITLE {CUE_Q})", l):
            continue
        m = re.fullmatch(rf'FILE ("[^"]+") (WAVE|MP3|AIFF|BINARY)', l)
        if m:
            close(cur); cur = None; state, prev, file_seen = "file", None, True; continue
        m = re.fullmatch(r"  TRACK (\d\d) AUDIO", l)
        if m and file_seen:
            close(cur)
            track += 1
            if int(m[1]) != track: errors.append(f"{f}:{n}: TRACK {m[1]} != {track:02d}")
            cur = (m[1], set()); continue
        m = re.fullmatch(rf"    (TITLE|PERFORMER) {CUE_Q}|    (REM) \w+ .+|    INDEX 01 (\d\d):(\d\d):(\d\d)", l)
        if m and cur is not None:
            k = m[1] or m[2] or "INDEX"
            if k in cur[1] and k != "REM": errors.append(f"{f}:{n}: {k} twice in track {cur[0]}")
            cur[1].add(k)
            if k == "INDEX":
                mm, ss, ff = int(m[3]), int(m[4]), int(m[5])
                if ss > 59 or ff > 74: errors.append(f"{f}:{n}: INDEX {m[3]}:{m[4]}:{m[5]} out of range")
                t = (mm * 60 + ss) * 75 + ff
                if prev is None and t != 0: errors.append(f"{f}:{n}: the first track of a FILE does not start at 00:00:00")
                if prev is not None and t <= prev: errors.append(f"{f}:{n}: INDEX not after the previous track's")
                prev = t
            continue
        errors.append(f"{f}:{n}: not a cue sheet line: {l[:40]!r}")
    close(cur)
    if not track: errors.append(f"{f}: no tracks")


# ---------------------------------------------------------------- 1611 CmapTools CXL
CX = "{http://cmap.ihmc.us/xml/cmap/}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCT = "{http://purl.org/dc/terms/}"


def check_cxl(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'): errors.append(f"{f}: no XML declaration")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if root.tag != CX + "cmap": errors.append(f"{f}: root {root.tag}"); return
    meta = root.find(CX + "res-meta")
    if meta is None or not (meta.findtext(DC + "title") or "").strip() or meta.findtext(DC + "format") != "x-cmap/x-storable" or not meta.findtext(DC + "language"):
        errors.append(f"{f}: res-meta title / format / language")
    else:
        c_, m_ = dt_ok(meta.findtext(DCT + "created"), "%Y-%m-%dT%H:%M:%S%z"), dt_ok(meta.findtext(DCT + "modified"), "%Y-%m-%dT%H:%M:%S%z")
        if not c_ or not m_ or c_ > m_: errors.append(f"{f}: created / modified")
    mp = root.find(CX + "map")
    if mp is None: errors.append(f"{f}: no map"); return
    W, H = int(mp.get("width", 0)), int(mp.get("height", 0))
    def ids(lst, tag):
        e = mp.find(CX + lst)
        return [] if e is None else e.findall(CX + tag)
    con, phr, cnx = ids("concept-list", "concept"), ids("linking-phrase-list", "linking-phrase"), ids("connection-list", "connection")
    C, P, X = [e.get("id") for e in con], [e.get("id") for e in phr], [e.get("id") for e in cnx]
    allids = C + P + X
    if len(allids) != len(set(allids)): errors.append(f"{f}: duplicate ids")
    if any(not re.fullmatch(r"1[0-9A-Z]{8}-[0-9A-Z]{7}-[0-9A-Z]{2}", i or "") for i in allids): errors.append(f"{f}: an id not in CmapTools' shape")
    if any(not e.get("label") for e in con + phr): errors.append(f"{f}: a concept or phrase without a label")
    ins, outs = Counter(), Counter()
    for e in cnx:
        a, b = e.get("from-id"), e.get("to-id")
        if not ((a in C and b in P) or (a in P and b in C)): errors.append(f"{f}: connection {e.get('id')} does not join a concept and a phrase"); continue
        outs[a] += 1; ins[b] += 1
    for p in P:
        if not ins[p] or not outs[p]: errors.append(f"{f}: linking phrase {p} is not between two concepts")
    for lst, tag, want in (("concept-appearance-list", "concept-appearance", C), ("linking-phrase-appearance-list", "linking-phrase-appearance", P),
                           ("connection-appearance-list", "connection-appearance", X)):
        got = [e.get("id") for e in ids(lst, tag)]
        if sorted(got) != sorted(want): errors.append(f"{f}: {tag} ids != the {tag.split('-appearance')[0]} ids")
        for e in ids(lst, tag):
            if "x" in e.attrib and not (0 <= int(e.get("x")) <= W and 0 <= int(e.get("y")) <= H): errors.append(f"{f}: {tag} {e.get('id')} outside the map")
    for g in ids("resource-group-list", "resource-group"):
        if g.get("parent-id") not in C: errors.append(f"{f}: resource group for an unknown concept {g.get('parent-id')}")
        for r in g.findall(CX + "resource"):
            if not r.get("label") or not re.match(r"https?://", r.get("resource-url", "")): errors.append(f"{f}: resource {r.get('id')} label / url")


# ---------------------------------------------------------------- 1612 VimOutliner
def check_otl(f, raw):
    lf_final(f, raw)
    L = raw[:-1].split("\n")
    if not L or L[0].startswith(("\t", " ")) or L[0].startswith("["): errors.append(f"{f}: no plain top heading"); return
    nodes = []  # [depth, line no, box, pct, children]
    stack = []
    for n, l in enumerate(L, 1):
        if l.startswith(" ") or re.match(r"\t* ", l): errors.append(f"{f}:{n}: space indentation"); continue
        d = len(l) - len(l.lstrip("\t"))
        s = l[d:]
        if s.startswith((": ", "; ")) or s in (":", ";"):
            if not stack or d != stack[-1][0] + 1: errors.append(f"{f}:{n}: body text not one level under its heading")
            continue
        while stack and stack[-1][0] >= d: stack.pop()
        if n > 1 and (not stack or d != stack[-1][0] + 1): errors.append(f"{f}:{n}: heading skips a level"); continue
        m = re.fullmatch(r"\[([_X])\] (?:(\d+)% )?(.+)", s)
        node = [d, n, m[1] if m else None, int(m[2]) if m and m[2] else None, []]
        if n > 1 and not m: errors.append(f"{f}:{n}: a heading without a checkbox")
        if stack: stack[-1][4].append(node)
        stack.append(node); nodes.append(node)
    def val(nd):
        if not nd[4]:
            if nd[3] is not None: errors.append(f"{f}:{nd[1]}: a percentage on a leaf")
            return 100 if nd[2] == "X" else 0
        p = sum(val(k) for k in nd[4]) // len(nd[4])
        if nd[2] is not None:
            if nd[3] != p: errors.append(f"{f}:{nd[1]}: {nd[3]}% != {p}% computed from its children")
            if (nd[2] == "X") != (p == 100): errors.append(f"{f}:{nd[1]}: [{nd[2]}] with {p}%")
        return p
    if nodes: val(nodes[0])


# ---------------------------------------------------------------- 1613 MultiMarkdown
def check_mmd(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if "" not in L: errors.append(f"{f}: no blank line after the metadata"); return
    k = L.index("")
    keys_ = []
    for l in L[:k]:
        m = re.fullmatch(r"([A-Za-z][\w ]*): +(\S.*)", l)
        if not m: errors.append(f"{f}: metadata line {l[:30]!r}"); continue
        keys_.append(m[1].lower())
    if "title" not in keys_ or len(keys_) != len(set(keys_)): errors.append(f"{f}: metadata keys {keys_}")
    body = L[k + 1:]
    defs_c = [re.match(r"\[#([\w:-]+)\]: ", l)[1] for l in body if re.match(r"\[#([\w:-]+)\]: ", l)]
    defs_f = [re.match(r"\[\^(\w+)\]: ", l)[1] for l in body if re.match(r"\[\^(\w+)\]: ", l)]
    defs_l = [re.match(r"\[([\w-]+)\]: (\S+)", l)[1] for l in body if re.match(r"\[([\w-]+)\]: (\S+)", l)]
    text = "\n".join(l for l in body if not re.match(r"\[(#[\w:-]+|\^\w+|[\w-]+)\]: ", l))
    use_c = re.findall(r"\[[^\]]*\]\[#([\w:-]+)\]", text)
    use_f = re.findall(r"\[\^(\w+)\](?!:)", text)
    use_l = re.findall(r"\[[^\]]+\]\[([\w-]+)\]", text)
    for what, d, u in (("citation", defs_c, use_c), ("footnote", defs_f, use_f), ("link reference", defs_l, use_l)):
        if len(d) != len(set(d)): errors.append(f"{f}: a {what} defined twice")
        if set(d) != set(u): errors.append(f"{f}: {what}s used {sorted(set(u) - set(d))} undefined / defined {sorted(set(d) - set(u))} unused")
    for l in body:
        m = re.match(r"\[([\w-]+)\]: (\S+)", l)
        if m and not re.match(r"https?://", m[2]): errors.append(f"{f}: link reference {m[1]} is not a URL")
    rows = [(n, l) for n, l in enumerate(body) if l.startswith("|")]
    if rows:
        width = rows[0][1].count("|")
        if len(rows) < 3 or not re.fullmatch(r"\|( :?-+:? \|)+", rows[1][1]): errors.append(f"{f}: table separator row")
        if any(l.count("|") != width for _, l in rows): errors.append(f"{f}: table rows of different widths")
        if any(b - a != 1 for (a, _), (b, _) in zip(rows, rows[1:])): errors.append(f"{f}: table rows not contiguous")
        cap = body[rows[-1][0] + 1] if rows[-1][0] + 1 < len(body) else ""
        if not re.fullmatch(r"\[[^\]]+\]", cap): errors.append(f"{f}: no table caption")
    for l in body:
        if l.startswith("#") and not re.fullmatch(r"(#+) \S.*?(?: \1)?", l): errors.append(f"{f}: heading {l[:30]!r}")


# ---------------------------------------------------------------- 1614 Falkon bookmarks.json
def check_falkon(f, raw):
    lf_final(f, raw)
    try:
        v = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: JSON does not parse: {ex}"); return
    if json.dumps(v, indent=4, ensure_ascii=False, sort_keys=True) + "\n" != raw: errors.append(f"{f}: not in QJsonDocument's layout (4 spaces, sorted keys)")
    if not isinstance(v, dict) or set(v) != {"roots", "version"} or v.get("version") != 1: errors.append(f"{f}: root keys"); return
    roots = v["roots"]
    if set(roots) != {"bookmark_bar", "bookmark_menu", "other"}: errors.append(f"{f}: roots {sorted(roots)}")
    def walk(n, top=False):
        t = n.get("type")
        if t == "folder":
            if set(n) != {"children", "description", "expanded", "expanded_sidebar", "name", "type"} or not isinstance(n["children"], list) \
                    or not all(isinstance(n[k], bool) for k in ("expanded", "expanded_sidebar")):
                errors.append(f"{f}: folder keys {sorted(n)}"); return
            for c in n["children"]: walk(c)
        elif t == "url" and not top:
            if set(n) != {"description", "keyword", "name", "type", "url", "visit_count"}: errors.append(f"{f}: bookmark keys {sorted(n)}"); return
            if not re.match(r"https?://", n["url"]) or not n["name"] or not isinstance(n["visit_count"], int) or n["visit_count"] < 0:
                errors.append(f"{f}: bookmark {n.get('name')!r} url / name / visit_count")
            mt = re.match(r"\[(\d{4}\.\d{4,5})\] ", n["name"])
            mu = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", n["url"])
            if mt and (not mu or mu[1] != mt[1]): errors.append(f"{f}: page title id {mt[1]} is not the url's")
        elif t == "separator" and not top:
            if set(n) != {"type"}: errors.append(f"{f}: separator keys")
        else: errors.append(f"{f}: node type {t!r}")
    for k, r in roots.items(): walk(r, top=True)


# ---------------------------------------------------------------- 1615 Tokyo Cabinet tchmgr
TC_INFORM = ["path", "database type", "additional flags", "bucket number", "alignment", "free block pool", "inode number",
             "modified time", "options", "record number", "file size"]


def check_tchmgr(f, raw):
    L, B = term(f, raw)
    if L is None: return
    db = None
    for i, c, b in B:
        if not c.startswith("#") and not c.startswith("tchmgr "): errors.append(f"{f}:{i + 1}: not a tchmgr command {c[:30]}")
    inf = next(((c, b) for i, c, b in B if re.fullmatch(r"tchmgr inform (\S+)", c)), None)
    if not inf: errors.append(f"{f}: no tchmgr inform"); return
    db = inf[0].split()[2]
    kv = [l.split(":", 1) for l in inf[1]]
    if [k for k, *_ in kv] != TC_INFORM or any(len(x) != 2 or (x[1] and not x[1].startswith(" ")) for x in kv):
        errors.append(f"{f}: inform lines {[k for k, *_ in kv]}"); return
    info = {k: x.strip() for k, x in kv}
    if info["path"] != db or info["database type"] != "hash database": errors.append(f"{f}: inform path / type")
    if not dt_ok(info["modified time"], "%Y-%m-%dT%H:%M:%S%z"): errors.append(f"{f}: modified time")
    keys_ = next((b for i, c, b in B if c == f"tchmgr list {db}"), None)
    if keys_ is None: errors.append(f"{f}: no key list"); return
    if str(len(keys_)) != info["record number"]: errors.append(f"{f}: record number {info['record number']} != {len(keys_)} keys listed")
    if len(keys_) != len(set(keys_)): errors.append(f"{f}: duplicate keys")
    vals = {}
    for c, b in ((c, b) for i, c, b in B if re.fullmatch(rf"tchmgr list -pv -fm (\S+) {re.escape(db)}", c)):
        pre = c.split()[4]
        got = [l.split("\t", 1)[0] for l in b]
        if got != [k for k in keys_ if k.startswith(pre)]: errors.append(f"{f}: list -pv -fm {pre} keys != the key list's")
        for l in b:
            if "\t" not in l: errors.append(f"{f}: a -pv line without TAB"); continue
            k, val = l.split("\t", 1)
            vals[k] = val
            try:
                if json.dumps(json.loads(val), ensure_ascii=False, separators=(",", ":")) != val: errors.append(f"{f}: value of {k} is not the bot's compact JSON")
            except ValueError: errors.append(f"{f}: value of {k} is not JSON")
    gone = set()
    for i, c, b in B:
        m = re.fullmatch(rf"tchmgr (get|out) {re.escape(db)} (\S+)", c)
        if not m: continue
        k = m[2]
        if m[1] == "out":
            if b or k not in keys_ or k in gone: errors.append(f"{f}:{i + 1}: out of {k}")
            gone.add(k)
        elif k in gone:
            if b != [f"tchmgr: {db}: 22: no record found"]: errors.append(f"{f}:{i + 1}: get of a deleted key answers {b}")
        elif k in vals and b != [vals[k]]: errors.append(f"{f}:{i + 1}: get {k} != the listed value")
        elif k not in keys_: errors.append(f"{f}:{i + 1}: get of an unknown key")
    g = next((b for i, c, b in B if c.startswith(f"tchmgr inform {db} | grep")), None)
    if g is not None:
        d = dict(l.split(": ", 1) for l in g if ": " in l)
        if d.get("record number") != str(len(keys_) - len(gone)): errors.append(f"{f}: record number after out {d.get('record number')} != {len(keys_) - len(gone)}")
        if "modified time" in d and not (d["modified time"] > info["modified time"]): errors.append(f"{f}: modified time did not advance")
    for c, b in ((c, b) for i, c, b in B if re.fullmatch(rf"tchmgr list -fm (\S+) {re.escape(db)}", c)):
        pre = c.split()[3]
        if b != [k for k in keys_ if k.startswith(pre) and k not in gone]: errors.append(f"{f}: list -fm {pre} != the live keys")


# ---------------------------------------------------------------- 1616 BBDB
def lisp_read(s, i=0):
    """a tiny reader for BBDB's printed records: strings, symbols, lists (with dotted pairs), vectors"""
    while s[i] == " ": i += 1
    c = s[i]
    if c == '"':
        j, out = i + 1, []
        while s[j] != '"':
            if s[j] == "\\": j += 1
            out.append(s[j]); j += 1
        return "".join(out), j + 1
    if c in "([":
        close, items, j, dot = {"(": ")", "[": "]"}[c], [], i + 1, None
        while True:
            while s[j] == " ": j += 1
            if s[j] == close: break
            if s[j] == "." and s[j + 1] == " " and c == "(":
                dot, j = lisp_read(s, j + 1); continue
            x, j = lisp_read(s, j); items.append(x)
        if dot is not None: return ("cons", items, dot), j + 1
        return (items if c == "(" else ("vec", items)), j + 1
    m = re.match(r"[^\s()\[\]\"]+", s[i:])
    if not m: raise ValueError(f"bad token at {i}")
    tok = m.group(0)
    return (None if tok == "nil" else ("sym", tok)), i + len(tok)


def check_bbdb(f, raw):
    lf_final(f, raw)
    L = raw[:-1].split("\n")
    if L[:2] != [";; -*- mode: Emacs-Lisp; coding: utf-8; -*-", ";;; file-format: 9"]: errors.append(f"{f}: BBDB header lines")
    recs, uu = [], []
    for n, l in enumerate(L[2:], 3):
        try:
            v, j = lisp_read(l)
            if j != len(l): raise ValueError("trailing text")
        except (ValueError, IndexError) as ex:
            errors.append(f"{f}:{n}: not one Lisp record: {ex}"); continue
        if not (isinstance(v, tuple) and v[0] == "vec" and len(v[1]) == 13): errors.append(f"{f}:{n}: not a 13-field vector"); continue
        x = v[1]
        strs = lambda e: e is None or (isinstance(e, list) and e and all(isinstance(s, str) for s in e))
        if not isinstance(x[0], str) or not isinstance(x[1], str) or x[2] is not None or not strs(x[3]) or not strs(x[4]): errors.append(f"{f}:{n}: name / affix / aka / organization")
        if x[5] is not None and not all(isinstance(p, tuple) and p[0] == "vec" and len(p[1]) == 2 and all(isinstance(s, str) for s in p[1]) for p in x[5]): errors.append(f"{f}:{n}: phones")
        if x[6] is not None and not all(isinstance(a, tuple) and a[0] == "vec" and len(a[1]) == 6 and isinstance(a[1][1], list) for a in x[6]): errors.append(f"{f}:{n}: addresses")
        if not strs(x[7]) or any("@" not in m for m in (x[7] or [])): errors.append(f"{f}:{n}: mail")
        if not isinstance(x[8], list) or not all(isinstance(p, tuple) and p[0] == "cons" and len(p[1]) == 1 and isinstance(p[1][0], tuple) and isinstance(p[2], str) for p in x[8]):
            errors.append(f"{f}:{n}: xfields are not (symbol . string) pairs")
        if not isinstance(x[9], str) or not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", x[9]): errors.append(f"{f}:{n}: uuid")
        c_, t_ = (dt_ok(x[k], "%Y-%m-%d %H:%M:%S %z") if isinstance(x[k], str) else None for k in (10, 11))
        if not c_ or not t_ or c_ > t_: errors.append(f"{f}:{n}: creation-date / timestamp")
        if x[12] is not None: errors.append(f"{f}:{n}: a cache saved in the file")
        recs.append((x[1] + " " + x[0]).lower()); uu.append(x[9])
    if recs != sorted(recs): errors.append(f"{f}: records not sorted by name")
    if len(uu) != len(set(uu)): errors.append(f"{f}: duplicate uuids")
    if not recs: errors.append(f"{f}: no records")


def shape_checks(f, raw, path):
    n = num(f)
    {1607: check_trafilatura, 1608: check_auphonic, 1609: check_tsvutils, 1610: check_cue, 1611: check_cxl, 1612: check_otl,
     1613: check_mmd, 1614: check_falkon, 1615: check_tchmgr,
     1616: check_bbdb}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """HTML / XML entities undone once and twice (1611), percent-escapes undone, and both together"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    u2 = html.unescape(u)
    if u2 != u: forms.append(u2)
    for s in [raw] + forms[:1]:
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
# round158's and round159's, a byte-identical file counted once), and the round158/round159 split (candidates sorted by
# (uses, catalogue title); round159 = odd positions from 3 on, one unbroken run; round158 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P158S = ["/work/rounds/digests-round158/expected.json", "/work/main/tests/data/digests-round158/expected.json"]
P158 = next((p for p in P158S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P158S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round158", "digests-round159") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round159 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r158 = set()
if P158:
    try:
        r158 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P158)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P158} exists but could not be read (being written?)")
    if r158 & mine: errors.append(f"papers also in round158: {sorted(r158 & mine)}")
shared158 = len(r158 & mine) if P158 else "(no round158 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round159 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round158: {shared158}; papers in more than one round159 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


