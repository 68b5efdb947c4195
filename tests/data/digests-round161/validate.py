#!/usr/bin/env python3
r"""Checks round161/expected.json against the digests and the shared catalogues.

Adapted from round159/validate.py (the label checks are the same code; the reuse report is round159's with round160 /
round161 in place of round158 / round159: round161 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round160's and round161's own (a digests-round160 /
digests-round161 folder, or a file whose bytes equal round160's or round161's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round161 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round160's expected.json (read only, from /work/rounds/digests-round160/ or
/work/main/tests/data/digests-round160/, when it exists), and on a paper in more than one round161 file.
Every digest is read raw (UTF-8; 1629 Windows-1252, line ends kept) and in decoded forms: HTML / XML entities undone
once and twice (1630's HTML, 1633's &#38; style escapes, 1627's &hellip;), percent-escapes undone (1633's Locations).
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1627 Postlight Parser (a pasted terminal ending on a bare prompt; the run redirected to a file prints nothing; `jq
'del(.content)'` is jq's 2-space JSON with Mercury's keys in order, url = the parsed url, domain = its host, ISO
date_published, direction / pages; the content's turndown list markers and [text](url) links; word_count and the
200-character &hellip; excerpt re-computed from the content; `grep -o | sort -u` = the content's sorted arxiv links);
1628 Sapling (the smartlog: node lines `@`/`o`, 9-hex hash, relative date, user or remote bookmark, summary lines with
`│`/`╭─╯`, exactly one @, ending in `~`; `sl log -v -l N`: at most N entries of commit (12 hex) / user / date (hg's
format) / sorted files / description, dates descending; smartlog hashes are the log's prefixes in order, summaries the
descriptions' first lines, relative dates re-computed from the log's; `sl status` letters; `sl diff` of a modified file
with a hunk header whose counts equal its lines);
1629 TreePad (Windows-1252 — no UTF-8 byte pairs read as mojibake —, CRLF throughout with a final CRLF; `<Treepad version 3.0>`; every node `dt=Text`,
`<node>`, a non-empty title, a level, its text, `<end node> 5P9i0s8y19Z`; one root at level 0, levels rising one at a
time);
1630 rawdog output.html (HTML 4.01 doctype, balanced tags, body#rawdog; the feeds table's rows with a site link, an
XML button and last / next fetch times, next after last; day headings as descending dates; items numbered item-1..,
class `item feed-HASH feed-ID` with HASH = md5 of the listed feed url, from a listed feed with its title; the footer);
1631 glow (a terminal ending on a bare prompt; the rendered file in `ls -l`; the output framed by blank lines, no line
longer than -w, no trailing blanks, the 2-space margin, no markdown syntax left, continuation lines under an item,
quote lines together; `| grep -c arxiv.org` = the rendered lines holding it);
1632 sqsh (the banner and password prompt; `1>` / `2> go` query pairs; horizontal results: a dashed rule, cells inside
their columns, ints right-aligned, a blank line and `(N rows affected)` = the rows shown; `go -m vert`: `name: value`
lines padded to one column, a blank line after each row, the row count; count(*) = the rows of the full listing, ids
ascending; the filtered vertical rows = the full listing's rows with that value; `\quit`);
1633 iTunes Library.xml (the plist prolog; tab indentation, one key a line; parsed by plistlib: versions, Tracks keyed
by Track ID, Size = bit rate × total time + 4 KiB, 16-hex unique Persistent IDs, percent-encoded file://localhost/
Locations, release before added, podcasts' Unplayed exactly when no Play Count; playlist items are known tracks, one
master playlist holding every track, the Podcasts playlist holding exactly the podcast tracks);
1634 Editor.js (JSON.stringify's 2-space layout, raw UTF-8, no final newline; time in epoch milliseconds, blocks,
version; blocks with id / type / data in order, 10-character ids, unique; each type's data keys; header levels; list
styles; linkTool link and meta; table rows of equal length; inline HTML only a / b / i / code / mark / br, balanced,
hrefs absolute);
1635 Invidious API (a terminal ending on a bare prompt; the playlist summary in jq's layout with its four keys; the
@tsv listing of the same playlist: indices 0.., 11-character video ids, lengths, rows = videoCount; every fetched video
is in the playlist, its title and length the listing's, published not after the playlist's update; descriptions
fetched with `jq -r .description`);
1636 abook (the header comment and [format] section; sections [0].. in order, closed by a blank line; only abook's
field names, in abook's order, no repeats; a name; well-formed comma-separated e-mail addresses).

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





# ================================================================ round161 shape checks
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


def body_of(B, rx):
    return next(((c, b) for i, c, b in B if re.fullmatch(rx, c)), (None, None))


def json_exact(f, lines, what, indent=2):
    """lines that must be one JSON value as jq / JSON.stringify print it (indent, raw UTF-8)"""
    try: v = json.loads("\n".join(lines))
    except (ValueError, TypeError) as ex: errors.append(f"{f}: {what} does not parse: {ex}"); return None
    if json.dumps(v, indent=indent, ensure_ascii=False).split("\n") != lines: errors.append(f"{f}: {what} is not in the {indent}-space layout")
    return v


# ---------------------------------------------------------------- 1627 Postlight Parser
MERCURY_KEYS = ["title", "author", "date_published", "dek", "lead_image_url", "content", "next_page_url", "url", "domain",
                "excerpt", "word_count", "direction", "total_pages", "rendered_pages"]


def md_plain(md):
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", md)
    s = re.sub(r"^(#+|\*) +", "", s, flags=re.M)
    return s.replace("_", "")


def check_postlight(f, raw):
    L, B = term(f, raw)
    if L is None: return
    c, b = body_of(B, r"postlight-parser (https?://\S+) --format=markdown > (\S+)")
    if c is None: errors.append(f"{f}: no postlight-parser run saved to a file"); return
    url, out = re.fullmatch(r"postlight-parser (https?://\S+) --format=markdown > (\S+)", c).groups()
    if b: errors.append(f"{f}: the redirected run printed something")
    c2, meta = body_of(B, rf"jq 'del\(\.content\)' {re.escape(out)}")
    mv = json_exact(f, meta or ["null"], "the result without content")
    if not isinstance(mv, dict): return
    if list(mv) != [k for k in MERCURY_KEYS if k != "content"]: errors.append(f"{f}: result keys {list(mv)}")
    if mv.get("url") != url: errors.append(f"{f}: url != the parsed url")
    if mv.get("domain") != urlsplit(url).hostname: errors.append(f"{f}: domain != the url's host")
    if not iso_ms(mv.get("date_published")): errors.append(f"{f}: date_published {mv.get('date_published')}")
    if mv.get("direction") not in ("ltr", "rtl") or mv.get("total_pages") != mv.get("rendered_pages"): errors.append(f"{f}: direction / pages")
    c3, content = body_of(B, rf"jq -r \.content {re.escape(out)}")
    if content is None: errors.append(f"{f}: no content"); return
    text = "\n".join(content)
    for l in content:
        if l.startswith(("-", "+ ")) or (l.startswith("*") and not l.startswith("*   ")): errors.append(f"{f}: not turndown's list marker: {l[:20]!r}")
        if "](" in l and not re.search(r"\[[^\]]+\]\(https?://[^)\s]+\)", l): errors.append(f"{f}: a broken link {l[:30]!r}")
    p = md_plain(text)
    if mv.get("word_count") != len(p.split()): errors.append(f"{f}: word_count {mv.get('word_count')} != {len(p.split())}")
    ex = " ".join(p.split())[:200].rstrip() + "&hellip;"
    if mv.get("excerpt") != ex: errors.append(f"{f}: excerpt is not the first 200 characters of the text")
    links = sorted(set(re.findall(r"https://arxiv\.org/[^)]*", text)))
    c4, srt = body_of(B, re.escape(f"jq -r .content {out} | grep -o 'https://arxiv.org/[^)]*' | sort -u"))
    if srt != links: errors.append(f"{f}: sorted arxiv links {srt} != the content's {links}")


# ---------------------------------------------------------------- 1628 Sapling
SL_NODE = re.compile(r"(  )?([@o])  ([0-9a-f]{9})  (Today at \d\d:\d\d|Yesterday at \d\d:\d\d|[A-Z][a-z]{2} \d\d at \d\d:\d\d)  (\S+)")


def check_sapling(f, raw):
    L, B = term(f, raw)
    if L is None: return
    c, sm = body_of(B, r"sl")
    if sm is None: errors.append(f"{f}: no smartlog"); return
    nodes, k = [], 0
    while k < len(sm):
        m = SL_NODE.fullmatch(sm[k])
        if m:
            summ = sm[k + 1] if k + 1 < len(sm) else ""
            sm_ = re.fullmatch(r"(?:  │  |╭─╯  )(.+)", summ) if m[1] else None
            nodes.append((m[2], m[3], m[4], m[5], sm_[1] if sm_ else None)); k += 2; continue
        if sm[k] not in ("│", "  │", "~", "╷"): errors.append(f"{f}: smartlog line {sm[k][:30]!r}")
        k += 1
    if sum(1 for n in nodes if n[0] == "@") != 1: errors.append(f"{f}: smartlog needs exactly one @")
    if sm[-1:] != ["~"]: errors.append(f"{f}: smartlog does not end with ~")
    c, lg = body_of(B, r"sl log -v -l (\d+)")
    if lg is None: errors.append(f"{f}: no sl log -v"); return
    lim = int(re.fullmatch(r"sl log -v -l (\d+)", c)[1])
    ents, k = [], 0
    while k < len(lg):
        hdr = lg[k:k + 5]
        ms = [re.fullmatch(rx, l) for rx, l in zip([r"commit:      ([0-9a-f]{12})", r"user:        (.+ <[^@>]+@[^>]+>)",
                                                     r"date:        (.+)", r"files:       (.+)", r"description:"], hdr)]
        if len(hdr) < 5 or not all(ms): errors.append(f"{f}: log entry header at {lg[k][:30]!r}"); return
        d = dt_ok(ms[2][1], "%a %b %d %H:%M:%S %Y %z")
        if not d: errors.append(f"{f}: log date {ms[2][1]!r}")
        files = ms[3][1].split()
        if files != sorted(files): errors.append(f"{f}: files not sorted")
        j = k + 5
        while j < len(lg) and not (lg[j] == "" and j + 1 < len(lg) and lg[j + 1] == ""): j += 1
        desc = lg[k + 5:j]
        ents.append((ms[0][1], d, desc)); k = j + 2
    if len(ents) > lim: errors.append(f"{f}: {len(ents)} log entries > -l {lim}")
    ds = [e[1] for e in ents if e[1]]
    if ds != sorted(ds, reverse=True): errors.append(f"{f}: log dates not descending")
    if [n[1] for n in nodes] != [e[0][:9] for e in ents[:len(nodes)]]: errors.append(f"{f}: smartlog hashes are not the log's, in order")
    today = ents[0][1].date() if ents and ents[0][1] else None
    for n, e in zip(nodes, ents):
        if n[4] is not None and e[2][:1] != [n[4]]: errors.append(f"{f}: smartlog summary {n[4]!r} != the description's first line")
        if e[1] and today:
            d = e[1]
            want = ("Today at " if d.date() == today else "Yesterday at " if (today - d.date()).days == 1 else d.strftime("%b %d at ")) + d.strftime("%H:%M")
            if n[2] != want: errors.append(f"{f}: smartlog date {n[2]!r} != {want!r}")
    c, st = body_of(B, r"sl status")
    mod = [l[2:] for l in (st or []) if l.startswith("M ")]
    if st is None or any(not re.fullmatch(r"[MARC!?] \S+", l) for l in st): errors.append(f"{f}: sl status lines")
    c, df = body_of(B, r"sl diff (\S+)")
    if df is None: errors.append(f"{f}: no sl diff"); return
    path = c.split()[-1]
    if path not in mod: errors.append(f"{f}: the diffed file is not modified in sl status")
    if df[:3] != [f"diff --git a/{path} b/{path}", f"--- a/{path}", f"+++ b/{path}"]: errors.append(f"{f}: diff header")
    m = re.fullmatch(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@", df[3] if len(df) > 3 else "")
    if not m: errors.append(f"{f}: hunk header"); return
    h = df[4:]
    old = sum(1 for l in h if l[:1] in (" ", "-")); new = sum(1 for l in h if l[:1] in (" ", "+"))
    if any(l[:1] not in (" ", "-", "+") for l in h): errors.append(f"{f}: a hunk line without a marker")
    if (int(m[2]), int(m[4])) != (old, new): errors.append(f"{f}: hunk counts {m[2]},{m[4]} != {old},{new}")


# ---------------------------------------------------------------- 1629 TreePad
TP_END = "<end node> 5P9i0s8y19Z"


def check_treepad(f, raw):
    if not raw.endswith("\r\n") or re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CRLF throughout with a final CRLF")
    if re.search("[\u00c2\u00c3\u00c5][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178]", raw): errors.append(f"{f}: UTF-8 bytes in a Windows-1252 file (mojibake)")
    L = raw.split("\r\n")[:-1]
    if L[:1] != ["<Treepad version 3.0>"]: errors.append(f"{f}: no TreePad header"); return
    k, levels = 1, []
    while k < len(L):
        if L[k:k + 2] != ["dt=Text", "<node>"]: errors.append(f"{f}:{k + 1}: a node does not start with dt=Text / <node>"); return
        title, lvl = (L[k + 2:k + 4] + ["", ""])[:2]
        if not title.strip(): errors.append(f"{f}:{k + 3}: an empty node title")
        if not lvl.isdigit(): errors.append(f"{f}:{k + 4}: level {lvl!r}"); return
        lv = int(lvl)
        if (not levels and lv != 0) or (levels and not 1 <= lv <= levels[-1] + 1): errors.append(f"{f}:{k + 4}: level {lv} after {levels[-1:]}")
        levels.append(lv)
        j = k + 4
        while j < len(L) and L[j] != TP_END:
            if L[j] in ("dt=Text", "<node>"): errors.append(f"{f}:{j + 1}: a node opened inside a node"); return
            j += 1
        if j == len(L): errors.append(f"{f}: a node is not closed"); return
        k = j + 1
    if levels.count(0) != 1: errors.append(f"{f}: {levels.count(0)} roots")


# ---------------------------------------------------------------- 1630 rawdog
class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ev, self.stack, self.bad, self.decl = [], [], [], None
    def handle_decl(self, d): self.decl = d
    def handle_starttag(self, t, a):
        self.ev.append(("start", t, dict(a)))
        if t not in ("meta", "link", "br", "img"): self.stack.append(t)
    def handle_endtag(self, t):
        self.ev.append(("end", t, {}))
        if not self.stack or self.stack[-1] != t: self.bad.append(t)
        else: self.stack.pop()
    def handle_data(self, d): self.ev.append(("data", d, {}))


def check_rawdog(f, raw):
    lf_final(f, raw)
    p = Tags(); p.feed(raw); p.close()
    if not (p.decl or "").startswith("DOCTYPE HTML PUBLIC"): errors.append(f"{f}: no HTML 4.01 doctype")
    if p.bad or p.stack: errors.append(f"{f}: unbalanced tags {p.bad[:3]} {p.stack[:3]}")
    ev = p.ev
    idx = lambda cond: [i for i, e in enumerate(ev) if cond(e)]
    if not idx(lambda e: e[0] == "start" and e[1] == "body" and e[2].get("id") == "rawdog"): errors.append(f"{f}: no body#rawdog")
    feeds, i = {}, 0
    rows = idx(lambda e: e[0] == "start" and e[1] == "tr" and e[2].get("class") == "feedsrow")
    for r in rows:
        seg = ev[r:next((j for j in range(r, len(ev)) if ev[j][:2] == ("end", "tr")), len(ev))]
        a = [e[2] for e in seg if e[0] == "start" and e[1] == "a"]
        tds = [e[1].strip() for e in seg if e[0] == "data" and re.fullmatch(r"\s*\d{4}-\d\d-\d\d \d\d:\d\d\s*", e[1])]
        if len(a) != 2 or a[1].get("class") != "xmlbutton" or len(tds) != 2: errors.append(f"{f}: a feeds row"); continue
        t1, t2 = (dt_ok(x, "%Y-%m-%d %H:%M") for x in tds)
        if not t1 or not t2 or t2 <= t1: errors.append(f"{f}: next fetch not after the last")
        feeds[a[0].get("href")] = (a[0].get("title"), a[1].get("href"))
    if not feeds: errors.append(f"{f}: no feeds table")
    days = [dt_ok(ev[j + 1][1], "%d. %m. %Y") for j in idx(lambda e: e[:2] == ("start", "h3"))]
    if None in days or days != sorted(days, reverse=True) or len(set(days)) != len(days): errors.append(f"{f}: day headings not descending dates")
    items = idx(lambda e: e[0] == "start" and e[1] == "div" and (e[2].get("class") or "").startswith("item "))
    ids = []
    for n, j in enumerate(items, 1):
        cls, iid = ev[j][2].get("class", ""), ev[j][2].get("id")
        m = re.fullmatch(r"item feed-([0-9a-f]{8}) feed-([\w-]+)", cls)
        ids.append(iid)
        if not m: errors.append(f"{f}: item class {cls!r}"); continue
        k0 = next((k for k in range(j, min(j + 40, len(ev))) if ev[k][0] == "start" and ev[k][2].get("class") == "itemfrom"), None)
        frm = next((ev[k][2] for k in range(k0, min(k0 + 5, len(ev))) if ev[k][:2] == ("start", "a")), None) if k0 is not None else None
        if not frm or frm.get("href") not in feeds: errors.append(f"{f}: item {iid} is not from a listed feed"); continue
        t, furl = feeds[frm["href"]]
        if frm.get("title") != t: errors.append(f"{f}: item {iid} feed title")
        if hashlib.md5(furl.encode()).hexdigest()[:8] != m[1]: errors.append(f"{f}: item {iid} feed hash != md5 of {furl}")
    if ids != [f"item-{n}" for n in range(1, len(items) + 1)]: errors.append(f"{f}: item ids {ids[:3]}…")
    if not re.search(r'<p id="aboutrawdog">Generated by\n<a href="https://offog\.org/code/rawdog/">rawdog</a>\nversion \d+\.\d+\n', raw): errors.append(f"{f}: rawdog footer")


# ---------------------------------------------------------------- 1631 glow
def check_glow(f, raw):
    L, B = term(f, raw)
    if L is None: return
    c, ls = body_of(B, r"ls -l")
    c, out = body_of(B, r"glow -w (\d+) (\S+\.md)")
    if out is None: errors.append(f"{f}: no glow run"); return
    w, name = re.fullmatch(r"glow -w (\d+) (\S+\.md)", c).groups()
    if not ls or not any(re.fullmatch(rf"-rw-r--r-- 1 \w+ \w+ \d+ \w{{3}} [ \d]\d \d\d:\d\d {re.escape(name)}", l) for l in ls): errors.append(f"{f}: the rendered file is not in ls -l")
    if out[:1] != [""] or out[-1:] != [""]: errors.append(f"{f}: glow output without its blank first / last line")
    prev = ""
    for l in out:
        if len(l) > int(w): errors.append(f"{f}: a line longer than -w {w}: {l[:30]!r}")
        if l != l.rstrip(): errors.append(f"{f}: trailing blanks kept in {l[:30]!r}")
        if l and not l.startswith("  "): errors.append(f"{f}: no document margin: {l[:30]!r}")
        if "](" in l or "**" in l or re.match(r"  #{4,} ", l): errors.append(f"{f}: markdown left unrendered: {l[:30]!r}")
        if l.startswith("    ") and not (prev.startswith("  • ") or prev.startswith("    ")): errors.append(f"{f}: a continuation line without its item: {l[:30]!r}")
        if l.startswith("  │ ") and not (prev.startswith("  │ ") or prev == ""): errors.append(f"{f}: a quote line out of place")
        prev = l
    c, n = body_of(B, rf"glow -w {w} {re.escape(name)} \| grep -c arxiv\.org")
    if n != [str(sum(1 for l in out if "arxiv.org" in l))]: errors.append(f"{f}: grep -c {n} != the rendered lines with arxiv.org")


# ---------------------------------------------------------------- 1632 sqsh
def check_sqsh(f, raw):
    L, B = term(f, raw)
    if L is None: return
    c, ban = body_of(B, r"sqsh -S \w+ -U \w+ -D \w+")
    if not ban or not re.fullmatch(r"sqsh-\d+\.\d+\.\d+(\.\d+)? Copyright \(C\) 1995-2001 Scott C\. Gray", ban[0]) or ban[4:5] != ["Password: "]:
        errors.append(f"{f}: no sqsh banner / password prompt"); return
    body = ban[5:]
    if body[-1:] != ["1> \\quit"]: errors.append(f"{f}: the session does not end with \\quit")
    qs, k = [], 0
    while k < len(body) - 1:
        if not body[k].startswith("1> ") or not body[k + 1].startswith("2> go"): errors.append(f"{f}: query lines at {body[k][:30]!r}"); return
        j = k + 2
        while j < len(body) and not body[j].startswith("1> "): j += 1
        qs.append((body[k][3:], body[k + 1][3:], body[k + 2:j])); k = j
    tables = {}
    for sql, go, res in qs:
        m = re.fullmatch(r"\((\d+) rows? affected\)", res[-1] if res else "")
        if not m: errors.append(f"{f}: no (N rows affected) after {sql[:30]!r}"); continue
        n = int(m[1])
        if (n == 1) != res[-1].startswith("(1 row "): errors.append(f"{f}: row / rows")
        if go == "go":
            if res[-2:-1] != [""]: errors.append(f"{f}: no blank line before the count")
            hdr, rule, rows = res[0], res[1], res[2:-2]
            if not re.fullmatch(r" -+( -+)*", rule): errors.append(f"{f}: horizontal rule {rule[:20]!r}"); continue
            spans, x = [], 1
            for d in rule[1:].split(" "): spans.append((x, x + len(d))); x += len(d) + 1
            if len(rows) != n: errors.append(f"{f}: {len(rows)} rows shown != {n} affected")
            cells = []
            for r in [hdr] + rows:
                if len(r) > spans[-1][1] or any(r[a - 1:a].strip() for a, z in spans): errors.append(f"{f}: a row off its columns: {r[:30]!r}")
                cells.append([r[a:z] for a, z in spans])
            names = [x.strip() for x in cells[0]]
            for r in cells[1:]:
                for v in r:
                    if v.strip().isdigit() and v.rstrip() != v.rstrip().rjust(len(v)) and v[-1:] == " ": errors.append(f"{f}: an int not right-aligned: {v!r}")
            tables[sql] = (names, [[v.strip() for v in r] for r in cells[1:]])
        elif go == "go -m vert":
            blocks, cur = [], []
            for l in res[:-1]:
                if l == "": blocks.append(cur); cur = []
                else: cur.append(l)
            if cur: errors.append(f"{f}: vertical rows not closed by a blank line")
            if len(blocks) != n: errors.append(f"{f}: {len(blocks)} vertical rows != {n} affected")
            cols = [re.fullmatch(r"(\w+):( +)(.*)", l) for b in blocks for l in b]
            if not all(cols): errors.append(f"{f}: a vertical line is not name: value"); continue
            if len({len(m[1]) + 1 + len(m[2]) for m in cols}) != 1: errors.append(f"{f}: vertical names not padded to one column")
            tables[sql] = ([m[1] for m in cols[:len(blocks[0])]] if blocks else [], [[l.split(":", 1)[1].strip() for l in b] for b in blocks])
        else:
            errors.append(f"{f}: go option {go!r}")
    cnt = next((v for s, v in tables.items() if s.startswith("select count(*) from ")), None)
    full = next(((s, v) for s, v in tables.items() if re.fullmatch(r"select id, .* from (\S+) order by id", s)), None)
    if not cnt or not full: errors.append(f"{f}: no count(*) or full listing"); return
    if cnt[1] != [[str(len(full[1][1]))]]: errors.append(f"{f}: count(*) {cnt[1]} != the {len(full[1][1])} rows listed")
    ids = [r[0] for r in full[1][1]]
    if ids != sorted(ids, key=int) or len(set(ids)) != len(ids): errors.append(f"{f}: ids not ascending / unique")
    for s, (names, rows) in tables.items():
        m = re.fullmatch(r"select id, .* from \S+ where (\w+) = '(\w+)' order by id", s)
        if m and m[1] in full[1][0]:
            j = full[1][0].index(m[1])
            want = [r[0] for r in full[1][1] if r[j] == m[2]]
            if [r[0] for r in rows] != want: errors.append(f"{f}: the filtered rows {[r[0] for r in rows]} != {want}")


# ---------------------------------------------------------------- 1633 iTunes Library.xml
def check_itunes(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple Computer//DTD PLIST 1.0//EN"'): errors.append(f"{f}: plist prolog")
    for n, l in enumerate(raw.split("\n")[:-1], 1):
        if l.lstrip("\t").startswith(" "): errors.append(f"{f}:{n}: space indentation")
        if l.count("<key>") > 1: errors.append(f"{f}:{n}: two keys on a line")
    try:
        import plistlib
        d = plistlib.loads(raw.encode("utf-8"))
    except Exception as ex:
        errors.append(f"{f}: not a plist: {ex!r}"); return
    if d.get("Major Version") != 1 or d.get("Minor Version") != 1 or "Tracks" not in d or "Playlists" not in d: errors.append(f"{f}: library keys"); return
    pids = []
    for k, t in d["Tracks"].items():
        if str(t.get("Track ID")) != k: errors.append(f"{f}: track key {k} != Track ID {t.get('Track ID')}")
        if t.get("Size") != t.get("Bit Rate", 0) * 125 * t.get("Total Time", 0) // 1000 + 4096: errors.append(f"{f}: track {k} Size != bit rate × time + tag")
        pids.append(t.get("Persistent ID"))
        if not re.fullmatch(r"[0-9A-F]{16}", t.get("Persistent ID") or ""): errors.append(f"{f}: track {k} Persistent ID")
        loc_ = t.get("Location", "")
        if not loc_.startswith("file://localhost/") or re.search(r"[^\x21-\x7e]", loc_) or re.search(r"%(?![0-9A-F]{2})", loc_): errors.append(f"{f}: track {k} Location not a percent-encoded file URL")
        if "Release Date" in t and t["Release Date"] > t.get("Date Added"): errors.append(f"{f}: track {k} added before its release")
        if t.get("Podcast") and bool(t.get("Unplayed")) == bool(t.get("Play Count")): errors.append(f"{f}: track {k} Unplayed / Play Count disagree")
    if len(set(pids)) != len(pids): errors.append(f"{f}: duplicate Persistent IDs")
    ids = {t["Track ID"] for t in d["Tracks"].values() if "Track ID" in t}
    masters = [p for p in d["Playlists"] if p.get("Master")]
    for p in d["Playlists"]:
        its = [i.get("Track ID") for i in p.get("Playlist Items", [])]
        if not set(its) <= ids: errors.append(f"{f}: playlist {p.get('Name')} holds unknown tracks")
        if p.get("Podcasts") and set(its) != {t["Track ID"] for t in d["Tracks"].values() if t.get("Podcast")}: errors.append(f"{f}: the Podcasts playlist != the podcast tracks")
    if len(masters) != 1 or {i["Track ID"] for i in masters[0].get("Playlist Items", [])} != ids: errors.append(f"{f}: the master playlist != all tracks")


# ---------------------------------------------------------------- 1634 Editor.js
EJS_DATA = {"header": ["text", "level"], "paragraph": ["text"], "quote": ["text", "caption", "alignment"],
            "list": ["style", "items"], "delimiter": [], "linkTool": ["link", "meta"], "table": ["withHeadings", "content"]}


def inline_ok(s):
    st = []
    for m in re.finditer(r"<(/?)(\w+)([^>]*)>", s):
        if m[2] not in ("a", "b", "i", "br", "mark", "code"): return False
        if m[2] == "br": continue
        if m[1]: 
            if not st or st.pop() != m[2]: return False
        else:
            if m[2] == "a" and not re.fullmatch(r' href="https?://[^"\s]+"', m[3]): return False
            st.append(m[2])
    return not st


def check_editorjs(f, raw):
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (JSON.stringify writes none)")
    v = json_exact(f, raw.split("\n"), "the saved data")
    if not isinstance(v, dict): return
    if list(v) != ["time", "blocks", "version"]: errors.append(f"{f}: top keys {list(v)}"); return
    if not isinstance(v["time"], int) or not 10 ** 12 <= v["time"] < 10 ** 13: errors.append(f"{f}: time is not epoch milliseconds")
    if not re.fullmatch(r"\d+\.\d+\.\d+", str(v["version"])): errors.append(f"{f}: version")
    ids = []
    for b in v["blocks"]:
        if not isinstance(b, dict) or list(b) != ["id", "type", "data"]: errors.append(f"{f}: block keys {list(b) if isinstance(b, dict) else b}"); continue
        ids.append(b["id"])
        if not re.fullmatch(r"[A-Za-z0-9_-]{10}", str(b["id"])): errors.append(f"{f}: block id {b['id']!r}")
        t, d = b["type"], b["data"]
        if t not in EJS_DATA or list(d) != EJS_DATA[t]: errors.append(f"{f}: block {b['id']} {t} data keys {list(d)}"); continue
        texts = []
        if t == "header":
            if d["level"] not in range(1, 7): errors.append(f"{f}: header level")
            texts.append(d["text"])
        elif t in ("paragraph", "quote"): texts += [d["text"]] + ([d["caption"]] if t == "quote" else [])
        elif t == "list":
            if d["style"] not in ("ordered", "unordered") or not all(isinstance(i, str) for i in d["items"]): errors.append(f"{f}: list data")
            texts += [i for i in d["items"] if isinstance(i, str)]
        elif t == "linkTool":
            if not re.fullmatch(r"https?://\S+", d["link"]) or not isinstance(d["meta"], dict) or "title" not in d["meta"]: errors.append(f"{f}: linkTool data")
        elif t == "table":
            if not isinstance(d["withHeadings"], bool) or len({len(r) for r in d["content"]}) != 1: errors.append(f"{f}: table rows of unequal length")
        for s in texts:
            if not inline_ok(s): errors.append(f"{f}: block {b['id']}: inline HTML not well-formed: {s[:40]!r}")
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate block ids")


# ---------------------------------------------------------------- 1635 Invidious API
def check_invidious(f, raw):
    L, B = term(f, raw)
    if L is None: return
    rx = r"curl -s '(https://[\w.-]+)/api/v1/playlists/(PL[A-Za-z0-9_-]{32})' \| jq '\{title, author, videoCount, updated\}'"
    c, summ = body_of(B, rx)
    if c is None: errors.append(f"{f}: no playlist summary"); return
    host, pl = re.fullmatch(rx, c).groups()
    s = json_exact(f, summ, "the playlist summary")
    if not isinstance(s, dict) or list(s) != ["title", "author", "videoCount", "updated"]: errors.append(f"{f}: summary keys"); return
    c, tsv = body_of(B, rf"curl -s '{re.escape(host)}/api/v1/playlists/{pl}' \| jq -r '\.videos\[\] \| \[\.index, \.videoId, \.lengthSeconds, \.title\] \| @tsv'")
    if tsv is None: errors.append(f"{f}: no @tsv listing of the same playlist"); return
    vids = {}
    for n, l in enumerate(tsv):
        p = l.split("\t")
        if len(p) != 4 or p[0] != str(n) or not re.fullmatch(r"[A-Za-z0-9_-]{11}", p[1]) or not p[2].isdigit(): errors.append(f"{f}: @tsv row {l[:30]!r}"); continue
        vids[p[1]] = (int(p[2]), p[3])
    if len(tsv) != s.get("videoCount"): errors.append(f"{f}: {len(tsv)} rows != videoCount {s.get('videoCount')}")
    for i, c, b in B:
        m = re.fullmatch(rf"curl -s '{re.escape(host)}/api/v1/videos/([A-Za-z0-9_-]{{11}})\?fields=([\w,]+)' \| jq (-r )?(\S+)", c)
        if not m: continue
        if m[1] not in vids: errors.append(f"{f}: video {m[1]} is not in the playlist"); continue
        if m[2] == "title,lengthSeconds,published":
            v = json_exact(f, b, f"video {m[1]}")
            if not isinstance(v, dict) or list(v) != m[2].split(","): errors.append(f"{f}: video {m[1]} fields"); continue
            if (v["lengthSeconds"], v["title"]) != vids[m[1]]: errors.append(f"{f}: video {m[1]} title / length != the playlist's")
            if v["published"] > s.get("updated", 0): errors.append(f"{f}: video {m[1]} published after the playlist's update")
        elif m[2] == "description":
            if (m[3], m[4]) != ("-r ", ".description") or not b: errors.append(f"{f}: description fetch of {m[1]}")


# ---------------------------------------------------------------- 1636 abook
ABOOK_FIELDS = ["name", "email", "address", "address2", "city", "state", "zip", "country", "phone", "workphone", "fax",
                "mobile", "nick", "url", "notes", "anniversary", "groups", "custom1", "custom2", "custom3", "custom4", "custom5"]


def check_abook(f, raw):
    lf_final(f, raw)
    if not raw.startswith("# abook addressbook file\n\n[format]\nprogram=abook\nversion=0.6.1\n\n\n"): errors.append(f"{f}: abook header"); return
    secs = raw[len("# abook addressbook file\n\n[format]\nprogram=abook\nversion=0.6.1\n\n\n"):].split("\n\n")
    if secs[-1] != "": errors.append(f"{f}: the last entry is not closed by a blank line")
    for n, s in enumerate(secs[:-1]):
        L = s.split("\n")
        if L[0] != f"[{n}]": errors.append(f"{f}: section {L[0]!r} != [{n}]"); continue
        ks = []
        for l in L[1:]:
            m = re.fullmatch(r"([a-z0-9]+)=(.+)", l)
            if not m or m[1] not in ABOOK_FIELDS: errors.append(f"{f}: [{n}] line {l[:30]!r}"); continue
            ks.append(m[1])
            if m[1] == "email" and any(not re.fullmatch(r"[^@\s,]+@[^@\s,]+\.[a-z]+", x) for x in m[2].split(",")): errors.append(f"{f}: [{n}] email")
        if "name" not in ks: errors.append(f"{f}: [{n}] without a name")
        if ks != sorted(ks, key=ABOOK_FIELDS.index) or len(set(ks)) != len(ks): errors.append(f"{f}: [{n}] fields not in abook's order")
    if len(secs) < 2: errors.append(f"{f}: no entries")


def shape_checks(f, raw, path):
    n = num(f)
    {1627: check_postlight, 1628: check_sapling, 1629: check_treepad, 1630: check_rawdog, 1631: check_glow, 1632: check_sqsh,
     1633: check_itunes, 1634: check_editorjs, 1635: check_invidious,
     1636: check_abook}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("cp1252" if num(f) == 1629 else "utf-8")


def decoded_forms(f, raw, path):
    """HTML / XML entities undone once and twice (1630, 1633, 1627), percent-escapes undone (1633), and both together"""
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
# round160's and round161's, a byte-identical file counted once), and the round160/round161 split (candidates sorted by
# (uses, catalogue title); round161 = odd positions from 3 on, one unbroken run; round160 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P160S = ["/work/rounds/digests-round160/expected.json", "/work/main/tests/data/digests-round160/expected.json"]
P160 = next((p for p in P160S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P160S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round160", "digests-round161") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round161 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r160 = set()
if P160:
    try:
        r160 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P160)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P160} exists but could not be read (being written?)")
    if r160 & mine: errors.append(f"papers also in round160: {sorted(r160 & mine)}")
shared160 = len(r160 & mine) if P160 else "(no round160 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round161 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round160: {shared160}; papers in more than one round161 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


