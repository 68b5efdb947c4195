#!/usr/bin/env python3
r"""Checks round163/expected.json against the digests and the shared catalogues.

Adapted from round161/validate.py (the label checks are the same code; the reuse report is round161's with round162 /
round163 in place of round160 / round161: round163 holds the odd positions from 3; the shape checks are new). The reuse
report counts every /work/main/tests/data/*/expected.json except round162's and round163's own (a digests-round162 /
digests-round163 folder, or a file whose bytes equal round162's or round163's expected.json) — a file whose bytes equal
one already counted is counted once — and checks the split: round163 holds the odd positions of the candidates sorted
by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper
shared with round162's expected.json (read only, from /work/rounds/digests-round162/ or
/work/main/tests/data/digests-round162/, when it exists), and on a paper in more than one round163 file.
Every digest is read raw (UTF-8) and in decoded forms: HTML entities undone, and the JSON strings of 1650's lines and
of 1655's and 1656's documents decoded. Titles are matched after whitespace normalisation and case-blind; a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1647 timetrap (a pasted terminal ending on a bare prompt; `t sheet` answered by "Switching to sheet"; `t display`: the
header, rows in the Day / Start - End / Duration / Notes columns, the day shown on a day's first row only and its
weekday right, end after start, rows in time order, each duration re-computed, each day closed by its subtotal under
the Duration column, the dashed rule and the Total re-computed; `--format csv`: the header and exactly the display's
entries from the --start date, same times and notes, the sheet's name);
1648 Pinry API (a pasted terminal; one API url; the counters in jq's layout; @tsv rows id / username / tags / url,
ids unique and newest first, rows = count; a pin shown in full has Pinry's keys in order and equals its @tsv row; the
standard / thumbnail renditions scaled from the original, the square 125 × 125; the descriptions' ids = the listing's);
1649 AV-98 (a pasted terminal; the banner and goodbye line; `AV-98> ` commands; each page's links numbered from 1,
with the scheme for non-Gemini links, no line longer than 80 columns, no trailing blanks, no gemtext left
unrendered; a followed link number exists on the page before; `ls -l` lists exactly the last page's links, numbers,
schemes and texts; `add` answered; ends with q);
1650 FreeTube history (NeDB lines: compact JSON, FreeTube's keys in order, 11-character video ids and 16-character
_ids unique, UC channel ids, epoch-millisecond times, published before watched, lines in watching order, progress
within the length);
1651 Notenik (`Label: value` fields separated by blank lines, known labels in order, Title first, Body last and not
empty; Status one of Notenik's defaults; Link a url; Date ISO; Timestamp = Date Added's digits; Seq dotted numbers;
body links well-formed);
1652 Pweave (valid Python; the three-line `#' %` title block; `#'` markdown lines; `#+ name, key=value` chunk lines
after a blank line, followed by code, names unique; markdown links well-formed);
1653 git request-pull (a pasted terminal; the base commit's 40-hex hash starting with the given one, subject and date;
repository url and branch; tip hash and date after the base's; the dashed rules and the branch-description line; the
shortlog's authors sorted and their counts = their subjects; the diffstat aligned, names sorted, counts = their +/-
bars, the summary line re-computed; the patch's hunk counts = their lines, and its per-file additions = the diffstat);
1654 750words (entries opened by `------ ENTRY ------`, Date / Words / Minutes, dates ascending, Words = the text's
whitespace-separated words, Minutes > 0);
1655 diaspora* export (one compact line; version / user / others_data; the profile author = username@pod; posts as
status_message entities by her, 32-hex guids unique, dates ascending, keys in order; relayables: hers in user, others'
in others_data, comments after their parent post, likes on a post or a comment that exists; post_subscriptions her
posts);
1656 NewPipe (one compact line; app_version, app_version_int, subscriptions of service_id / url / name with the url
shaped for the service, no url twice).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, csv, hashlib, html, json, os, re, sys, unicodedata
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





# ================================================================ round163 shape checks
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


def hms_s(s):
    m = re.fullmatch(r"(\d+):(\d\d):(\d\d)", s)
    return int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3]) if m and int(m[2]) < 60 and int(m[3]) < 60 else None


def hms(sec):
    return f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


# ---------------------------------------------------------------- 1647 timetrap
TT_ROW = re.compile(r"    (\w{3} \w{3} \d\d, \d{4}|)\s*(\d\d:\d\d:\d\d) - (\d\d:\d\d:\d\d)   (\d+:\d\d:\d\d)\s+(.+)")


def check_timetrap(f, raw):
    L, B = term(f, raw)
    if L is None: return
    c, b = body_of(B, r"t sheet (\w+)")
    if c is None: errors.append(f"{f}: no `t sheet`"); return
    sheet = c.split()[-1]
    if b != [f'Switching to sheet "{sheet}"']: errors.append(f"{f}: `t sheet` answer {b}")
    c, d = body_of(B, r"t display")
    if d is None: errors.append(f"{f}: no `t display`"); return
    if d[:2] != [f"Timesheet: {sheet}", "    Day                Start      End        Duration   Notes"]: errors.append(f"{f}: display header")
    rows, day, day_sum, total, last = [], None, 0, 0, None
    for l in d[2:]:
        m = TT_ROW.fullmatch(l)
        if m:
            if m[1]:
                if day is not None and m[1] != day and not rows_closed: errors.append(f"{f}: day {day} without its subtotal")
                if l[4:4 + 19] != m[1].ljust(19): errors.append(f"{f}: day column {l[:30]!r}")
                day = m[1]; rows_closed = False
            elif not l.startswith(" " * 23): errors.append(f"{f}: row {l[:30]!r}")
            if day is None: errors.append(f"{f}: a row before the first day"); continue
            s = dt_ok(f"{day} {m[2]}", "%a %b %d, %Y %H:%M:%S"); e = dt_ok(f"{day} {m[3]}", "%a %b %d, %Y %H:%M:%S")
            if not s or not e or e <= s: errors.append(f"{f}: times {m[2]}-{m[3]} on {day!r}"); continue
            if s.strftime("%a %b %d, %Y") != day: errors.append(f"{f}: weekday of {day}")
            sec = int((e - s).total_seconds())
            if hms_s(m[4]) != sec: errors.append(f"{f}: duration {m[4]} != {hms(sec)}")
            if l[45:45 + 11] != m[4].ljust(11): errors.append(f"{f}: duration column {l[:60]!r}")
            if last and s < last: errors.append(f"{f}: entries not in time order at {day} {m[2]}")
            last = e; day_sum += sec; total += sec
            rows.append((s, e, m[5]))
        elif re.fullmatch(r" {45}\d+:\d\d:\d\d", l):
            if hms_s(l.strip()) != day_sum: errors.append(f"{f}: subtotal {l.strip()} != {hms(day_sum)}")
            day_sum = 0; rows_closed = True
        elif l == "    " + "-" * 57: pass
        elif l.startswith("    Total"):
            if l != "    Total".ljust(45) + hms(total): errors.append(f"{f}: total {l.strip()} != {hms(total)}")
        else: errors.append(f"{f}: display line {l[:40]!r}")
    if not rows or not d[-1].startswith("    Total") or d[-2] != "    " + "-" * 57: errors.append(f"{f}: display without rule and total")
    c, csvb = body_of(B, r"t display --start (\d{4}-\d\d-\d\d) --format csv")
    if c is None: errors.append(f"{f}: no csv display"); return
    start = c.split()[3]
    want = [r for r in rows if r[0].strftime("%Y-%m-%d") >= start]
    got = list(csv.reader(csvb))
    if not got or got[0] != ["start", "end", "note", "sheet"]: errors.append(f"{f}: csv header"); return
    if [(r[0], r[1], r[2], r[3]) for r in got[1:]] != [(s.strftime("%Y-%m-%d %H:%M:%S"), e.strftime("%Y-%m-%d %H:%M:%S"), n, sheet) for s, e, n in want]:
        errors.append(f"{f}: csv rows != the display's entries from {start}")


# ---------------------------------------------------------------- 1648 Pinry API
def check_pinry(f, raw):
    L, B = term(f, raw)
    if L is None: return
    rx_api = r"curl -s '(https://[\w.-]+)/api/v2/pins/\?format=json&board=(\d+)&limit=(\d+)'"
    apis = {re.match(rx_api, c).group(0) for i, c, b in B if re.match(rx_api, c)}
    if len(apis) != 1: errors.append(f"{f}: not one API url: {apis}"); return
    api = re.escape(apis.pop())
    c, b = body_of(B, api + r" \| jq '\{count, next, previous\}'")
    s = json_exact(f, b or ["null"], "the page counters")
    if not isinstance(s, dict) or list(s) != ["count", "next", "previous"]: errors.append(f"{f}: counters"); return
    c, tsv = body_of(B, api + r" \| jq -r '\.results\[\] \| \[\.id, \.submitter\.username, \(\.tags \| join\(\",\"\)\), \.url\] \| @tsv'")
    if tsv is None: errors.append(f"{f}: no @tsv listing"); return
    rows = {}
    ids = []
    for l in tsv:
        p = l.split("\t")
        if len(p) != 4 or not p[0].isdigit() or not re.fullmatch(r"[a-z0-9_]+", p[1]) or not re.fullmatch(r"[\w-]+(,[\w-]+)*", p[2]) or not re.fullmatch(r"https?://\S+", p[3]):
            errors.append(f"{f}: @tsv row {l[:40]!r}"); continue
        rows[int(p[0])] = p; ids.append(int(p[0]))
    if ids != sorted(set(ids), reverse=True): errors.append(f"{f}: pins not newest first / repeated ids")
    if len(tsv) != s.get("count") or (s.get("next") is not None and len(tsv) < s["count"]): errors.append(f"{f}: {len(tsv)} rows != count {s.get('count')}")
    for i, c, b in B:
        m = re.fullmatch(api + r" \| jq '\.results\[\] \| select\(\.id == (\d+)\)'", c)
        if not m: continue
        v = json_exact(f, b, f"pin {m[1]}")
        if not isinstance(v, dict): continue
        if list(v) != ["id", "submitter", "url", "private", "referer", "description", "tags", "image", "board"]: errors.append(f"{f}: pin keys {list(v)}"); continue
        r = rows.get(v["id"])
        if int(m[1]) != v["id"] or not r or (r[1], r[2], r[3]) != (v["submitter"]["username"], ",".join(v["tags"]), v["url"]): errors.append(f"{f}: pin {m[1]} != its @tsv row")
        im = v["image"]
        for k, mw in (("standard", 600), ("thumbnail", 240)):
            sc = min(1, mw / im["width"])
            if (im[k]["width"], im[k]["height"]) != (round(im["width"] * sc), round(im["height"] * sc)): errors.append(f"{f}: pin {m[1]} {k} size")
        if (im["square"]["width"], im["square"]["height"]) != (125, 125): errors.append(f"{f}: pin {m[1]} square size")
        if not re.fullmatch(r"[0-9a-f]{32}", v["submitter"].get("gravatar", "")): errors.append(f"{f}: gravatar hash")
    c, ds = body_of(B, api + re.escape(""" | jq -r '.results[] | "\\(.id): \\(.description)"'"""))
    if ds is None: errors.append(f"{f}: no descriptions"); return
    if [int(l.split(":", 1)[0]) if re.match(r"\d+: ", l) else None for l in ds] != ids: errors.append(f"{f}: descriptions' ids != the listing's")


# ---------------------------------------------------------------- 1649 AV-98
def check_av98(f, raw):
    L, B = term(f, raw)
    if L is None: return
    c, b = body_of(B, r"av98")
    if b is None: errors.append(f"{f}: no av98 run"); return
    if b[:2] != ["Welcome to AV-98!", "Enjoy your patrol through Geminispace..."]: errors.append(f"{f}: banner")
    if b[-2:] != ["", "Thank you for flying AV-98!"]: errors.append(f"{f}: goodbye line")
    pages, cur = [], None
    for l in b[2:-2]:
        if l.startswith("AV-98> "):
            cur = (l[7:], []); pages.append(cur)
        elif cur is None: errors.append(f"{f}: output before the first command")
        else: cur[1].append(l)
    if not pages or pages[-1][0] != "q" or pages[-1][1]: errors.append(f"{f}: does not end with q")
    last_links = None
    for cmd_, out in pages:
        if cmd_.startswith("go ") or cmd_.isdigit():
            if not cmd_.isdigit() and not re.fullmatch(r"go gemini://[\w.-]+/\S*", cmd_): errors.append(f"{f}: go {cmd_!r}")
            if cmd_.isdigit() and (last_links is None or not 1 <= int(cmd_) <= len(last_links)): errors.append(f"{f}: link {cmd_} not on the page")
            links, cont, ind = [], False, 0
            for l in out:
                if len(l) > 80: errors.append(f"{f}: line longer than 80: {l[:30]!r}")
                if l != l.rstrip(): errors.append(f"{f}: trailing blank {l[:30]!r}")
                m = re.match(r"\[(\d+)(?: (\w+))?\] (.+)", l)
                if m:
                    links.append((m[2] or "gemini", m[3])); ind = len(l) - len(m[3]); cont = True
                    if int(m[1]) != len(links): errors.append(f"{f}: link number {m[1]} != {len(links)}")
                elif links and cont and l.startswith(" " * ind) and l[ind:ind + 1] != " ":
                    links[-1] = (links[-1][0], links[-1][1] + " " + l[ind:])
                else:
                    cont = False
                if l.startswith(("=>", "* ", "```")): errors.append(f"{f}: gemtext left unrendered {l[:20]!r}")
            last_links = links
        elif cmd_ == "ls -l":
            got = [re.fullmatch(r"\[(\d+)\] (\w+):(\S+) (.+)", l) for l in out]
            if None in got or last_links is None: errors.append(f"{f}: ls -l lines"); continue
            if [(int(m[1]), m[2], m[4]) for m in got] != [(i, s_, t) for i, (s_, t) in enumerate(last_links, 1)]: errors.append(f"{f}: ls -l != the page's links")
        elif cmd_ == "add":
            if out != ["Bookmark added."]: errors.append(f"{f}: add answer")
        elif cmd_ != "q": errors.append(f"{f}: unknown command {cmd_!r}")


# ---------------------------------------------------------------- 1650 FreeTube history
FT_KEYS = ["videoId", "title", "author", "authorId", "published", "description", "viewCount", "lengthSeconds",
           "watchProgress", "timeWatched", "isLive", "type", "_id"]


def check_freetube(f, raw):
    lf_final(f, raw)
    last, vids, ids = 0, set(), set()
    for n, l in enumerate(raw[:-1].split("\n"), 1):
        v = compact(f, l, f"line {n}")
        if not isinstance(v, dict): continue
        if list(v) != FT_KEYS: errors.append(f"{f}: line {n} keys"); continue
        if not re.fullmatch(r"[A-Za-z0-9_-]{11}", v["videoId"]) or v["videoId"] in vids: errors.append(f"{f}: line {n} videoId")
        if not re.fullmatch(r"[A-Za-z0-9]{16}", v["_id"]) or v["_id"] in ids: errors.append(f"{f}: line {n} _id")
        vids.add(v["videoId"]); ids.add(v["_id"])
        if not re.fullmatch(r"UC[A-Za-z0-9_-]{22}", v["authorId"]): errors.append(f"{f}: line {n} authorId")
        if not all(isinstance(v[k], int) and v[k] > 10 ** 12 for k in ("published", "timeWatched")): errors.append(f"{f}: line {n} times not epoch ms")
        elif v["published"] >= v["timeWatched"]: errors.append(f"{f}: line {n} watched before published")
        elif v["timeWatched"] < last: errors.append(f"{f}: line {n} not in watching order")
        else: last = v["timeWatched"]
        if not isinstance(v["lengthSeconds"], int) or not 0 <= v["watchProgress"] <= v["lengthSeconds"]: errors.append(f"{f}: line {n} progress")
        if v["type"] != "video" or not isinstance(v["isLive"], bool) or not isinstance(v["viewCount"], int): errors.append(f"{f}: line {n} type / isLive / viewCount")
    if not ids: errors.append(f"{f}: no entries")


# ---------------------------------------------------------------- 1651 Notenik
NOTENIK = ["Title", "Tags", "Link", "Status", "Type", "Seq", "Date", "Date Added", "Timestamp", "Body"]
STATUS = {"0 - Idea", "1 - Proposed", "2 - Approved", "3 - Planned", "4 - In Work", "6 - Completed", "8 - Canceled", "9 - Closed"}


def check_notenik(f, raw):
    lf_final(f, raw)
    head, sep, body = raw.partition("\n\nBody:\n\n")
    if not sep or not body.strip(): errors.append(f"{f}: no Body field last"); return
    fields = head.split("\n\n")
    got = {}
    for x in fields:
        m = re.fullmatch(r"([A-Z][A-Za-z ]*): (\S.*)", x)
        if not m or m[1] not in NOTENIK: errors.append(f"{f}: field {x[:30]!r}"); continue
        got[m[1]] = m[2]
    if list(got) != sorted(got, key=NOTENIK.index) or list(got)[:1] != ["Title"]: errors.append(f"{f}: fields out of order {list(got)}")
    if got.get("Status") not in STATUS: errors.append(f"{f}: Status {got.get('Status')!r}")
    if "Link" in got and not re.fullmatch(r"https?://\S+", got["Link"]): errors.append(f"{f}: Link")
    if "Date" in got and not dt_ok(got["Date"], "%Y-%m-%d"): errors.append(f"{f}: Date")
    da = dt_ok(got.get("Date Added"), "%Y-%m-%d %H:%M:%S")
    if not da or got.get("Timestamp") != da.strftime("%Y%m%d%H%M%S"): errors.append(f"{f}: Timestamp != Date Added")
    if "Seq" in got and not re.fullmatch(r"\d+(\.\d+)*", got["Seq"]): errors.append(f"{f}: Seq")
    for l in body.split("\n"):
        if "](" in l and not re.search(r"\[[^\]]+\]\(https?://[^)\s]+\)", l): errors.append(f"{f}: a broken link {l[:30]!r}")
        if re.search(r"\]\s+\(https?://", l): errors.append(f"{f}: a link split from its text {l[:30]!r}")


# ---------------------------------------------------------------- 1652 Pweave
def check_pweave(f, raw):
    lf_final(f, raw)
    try: ast.parse(raw)
    except SyntaxError as ex: errors.append(f"{f}: not valid Python: {ex}")
    L = raw[:-1].split("\n")
    if not (L[0].startswith("#' % ") and L[1].startswith("#' % ") and L[2].startswith("#' % ")): errors.append(f"{f}: no pandoc title block")
    names, prev = [], ""
    for n, l in enumerate(L):
        if l.startswith("#+"):
            m = re.fullmatch(r"#\+ (\w+)((?:, \w+=(?:True|False|'[^']*'|\d+))*)", l)
            if not m: errors.append(f"{f}: chunk options {l[:40]!r}"); continue
            names.append(m[1])
            if n + 1 >= len(L) or not L[n + 1] or L[n + 1].startswith("#'"): errors.append(f"{f}: chunk {m[1]} without code")
            if prev != "": errors.append(f"{f}: chunk {m[1]} not after a blank line")
        elif l.startswith("#'") and not (l == "#'" or l.startswith("#' ")): errors.append(f"{f}: markdown line {l[:20]!r}")
        elif l.startswith("#'") and "](" in l and not re.search(r"\[[^\]]+\]\(https?://[^)\s]+\)", l): errors.append(f"{f}: a broken link {l[:30]!r}")
        prev = l
    if len(set(names)) != len(names) or not names: errors.append(f"{f}: chunk names {names}")


# ---------------------------------------------------------------- 1653 git request-pull
def check_request_pull(f, raw):
    L, B = term(f, raw)
    if L is None: return
    rx = r"git request-pull -p ([0-9a-f]{7,40}) (https://\S+\.git) ([\w.-]+)"
    c, b = body_of(B, rx)
    if c is None: errors.append(f"{f}: no request-pull"); return
    start, url, branch = re.fullmatch(rx, c).groups()
    if len(b) < 14: errors.append(f"{f}: too short"); return
    m = re.fullmatch(r"The following changes since commit ([0-9a-f]{40}):", b[0])
    if not m or not m[1].startswith(start): errors.append(f"{f}: base commit line")
    date_rx = r"  .+ \((\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4})\)"
    if b[1] != "" or not re.fullmatch(date_rx, b[2]) or b[3] != "": errors.append(f"{f}: base subject line")
    if b[4:8] != ["are available in the Git repository at:", "", f"  {url} {branch}", ""]: errors.append(f"{f}: repository lines")
    if not re.fullmatch(r"for you to fetch changes up to [0-9a-f]{40}:", b[8]) or b[9] != "" or not re.fullmatch(date_rx, b[10]) or b[11] != "": errors.append(f"{f}: tip lines")
    if dt_ok(re.fullmatch(date_rx, b[2])[1], "%Y-%m-%d %H:%M:%S %z") >= dt_ok(re.fullmatch(date_rx, b[10])[1], "%Y-%m-%d %H:%M:%S %z"): errors.append(f"{f}: tip not after base")
    RULE = "-" * 64
    rules = [i for i, l in enumerate(b) if l == RULE]
    if len(rules) not in (1, 2) or rules[0] != 12: errors.append(f"{f}: the dashed rules"); return
    if len(rules) == 2 and b[13] != f"(from the branch description for {branch} local branch)": errors.append(f"{f}: branch description line")
    k = rules[-1] + 1
    subjects, authors = 0, []
    while k < len(b) and not b[k].startswith(" ") or (k < len(b) and b[k].startswith("      ")):
        m = re.fullmatch(r"(.+) \((\d+)\):", b[k])
        if not m: errors.append(f"{f}: shortlog line {b[k][:30]!r}"); return
        n = 0; k += 1
        while k < len(b) and b[k].startswith("      "): n += 1; k += 1
        if n != int(m[2]): errors.append(f"{f}: {m[1]} ({m[2]}) lists {n}")
        authors.append(m[1]); subjects += n
        if k < len(b) and b[k] == "": k += 1
    if authors != sorted(authors): errors.append(f"{f}: shortlog authors not sorted")
    stat = []
    while k < len(b) and re.fullmatch(r" \S+ +\| +\d+ [+-]*", b[k]):
        m = re.fullmatch(r" (\S+)( +)\| +(\d+) (\+*)(-*)", b[k]); stat.append((m[1], int(m[3]), len(m[4]), len(m[5]), len(m[1]) + len(m[2]))); k += 1
    if len({w for *_, w in stat}) != 1: errors.append(f"{f}: diffstat columns not aligned")
    ins, dels = sum(s[2] for s in stat), sum(s[3] for s in stat)
    want = f" {len(stat)} file{'s' if len(stat) != 1 else ''} changed" + (f", {ins} insertion{'s' if ins != 1 else ''}(+)" if ins else "") + (f", {dels} deletion{'s' if dels != 1 else ''}(-)" if dels else "")
    if k >= len(b) or b[k] != want: errors.append(f"{f}: summary line != {want!r}"); return
    if [s[0] for s in stat] != sorted(s[0] for s in stat) or any(s[1] != s[2] + s[3] for s in stat): errors.append(f"{f}: diffstat names / counts")
    patch = b[k + 2:]
    files, cur = {}, None
    i = 0
    while i < len(patch):
        l = patch[i]
        m = re.fullmatch(r"diff --git a/(\S+) b/(\S+)", l)
        if m: cur = m[2]; files[cur] = [0, 0]; i += 1; continue
        m = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(?: .*)?", l)
        if m:
            old, new = int(m[2] if m[2] is not None else 1), int(m[4] if m[4] is not None else 1)
            o = nw = 0; i += 1
            while i < len(patch) and patch[i][:1] in (" ", "+", "-") and not patch[i].startswith(("diff ", "--- ", "+++ ")):
                p = patch[i][:1]
                if p in " -": o += 1
                if p in " +": nw += 1
                if p == "+": files[cur][0] += 1
                if p == "-": files[cur][1] += 1
                i += 1
            if (o, nw) != (old, new): errors.append(f"{f}: hunk {l[:20]} counts {o},{nw}")
            continue
        i += 1
    if {n: tuple(v) for n, v in files.items()} != {s[0]: (s[2], s[3]) for s in stat}: errors.append(f"{f}: diffstat != the patch")


# ---------------------------------------------------------------- 1654 750words
def check_750(f, raw):
    lf_final(f, raw)
    if not raw.startswith("------ ENTRY ------\n"): errors.append(f"{f}: does not open on an entry"); return
    last = None
    for n, blk in enumerate(raw.split("------ ENTRY ------\n")[1:], 1):
        m = re.match(r"Date:    (\d{4}-\d\d-\d\d)\nWords:   (\d+)\nMinutes: (\d+)\n\n", blk)
        if not m: errors.append(f"{f}: entry {n} header"); continue
        d = dt_ok(m[1], "%Y-%m-%d")
        if not d or (last and d <= last): errors.append(f"{f}: entry {n} date {m[1]}")
        last = d
        text = blk[m.end():]
        if not text.endswith("\n\n\n") and n < raw.count("------ ENTRY ------"): errors.append(f"{f}: entry {n} not followed by blank lines")
        if int(m[2]) != len(text.split()): errors.append(f"{f}: entry {n} Words {m[2]} != {len(text.split())}")
        if int(m[3]) == 0: errors.append(f"{f}: entry {n} Minutes 0")


# ---------------------------------------------------------------- 1655 diaspora* export
def check_diaspora(f, raw):
    if "\n" in raw: errors.append(f"{f}: not one line / a final newline")
    v = compact(f, raw.rstrip("\n"), "the export")
    if not isinstance(v, dict) or list(v) != ["version", "user", "others_data"]: errors.append(f"{f}: top-level keys"); return
    u = v["user"]
    for k in ("username", "email", "language", "profile", "contact_groups", "contacts", "posts", "relayables", "followed_tags", "post_subscriptions"):
        if k not in u: errors.append(f"{f}: user without {k}")
    me = u["profile"]["entity_data"]["author"] if u.get("profile", {}).get("entity_type") == "profile" else None
    if not me or me.split("@")[0] != u.get("username"): errors.append(f"{f}: profile author != username@pod"); return
    guid = lambda x: re.fullmatch(r"[0-9a-f]{32}", x or "")
    seen, posts, last = set(), {}, ""
    for p in u["posts"]:
        d = p.get("entity_data", {})
        if p.get("entity_type") != "status_message" or d.get("author") != me or not guid(d.get("guid")) or d["guid"] in seen: errors.append(f"{f}: post {d.get('guid')}"); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d.get("created_at", "")) or d["created_at"] <= last: errors.append(f"{f}: post dates {d.get('created_at')}")
        last = d.get("created_at", ""); seen.add(d["guid"]); posts[d["guid"]] = d
        if list(d) != ["author", "guid", "created_at", "text", "public"]: errors.append(f"{f}: post keys {list(d)}")
    comments = {}
    for who, rels in (("user", u["relayables"]), ("others", v["others_data"]["relayables"])):
        for r in rels:
            d = r.get("entity_data", {})
            if not guid(d.get("guid")) or d["guid"] in seen: errors.append(f"{f}: relayable guid"); continue
            seen.add(d["guid"])
            if (d.get("author") == me) != (who == "user"): errors.append(f"{f}: relayable {d['guid'][:8]} in the wrong part")
            if r.get("entity_type") == "comment":
                if d.get("parent_guid") not in posts or d.get("created_at", "") <= posts[d["parent_guid"]]["created_at"]: errors.append(f"{f}: comment {d['guid'][:8]} parent / date")
                comments[d["guid"]] = d
    for rels in (u["relayables"], v["others_data"]["relayables"]):
        for r in rels:
            d = r.get("entity_data", {})
            if r.get("entity_type") == "like" and (d.get("parent_type"), d.get("parent_guid") in (posts if d.get("parent_type") == "Post" else comments)) not in (("Post", True), ("Comment", True)): errors.append(f"{f}: like {d.get('guid', '')[:8]} parent")
            elif r.get("entity_type") not in ("comment", "like"): errors.append(f"{f}: relayable type {r.get('entity_type')}")
    if not set(u["post_subscriptions"]) <= set(posts): errors.append(f"{f}: post_subscriptions not her posts")


# ---------------------------------------------------------------- 1656 NewPipe subscriptions
NP_URL = {0: r"https://www\.youtube\.com/channel/UC[A-Za-z0-9_-]{22}", 1: r"https://soundcloud\.com/[\w-]+",
          3: r"https://[\w.-]+/video-channels/\w+", 4: r"https://[\w-]+\.bandcamp\.com"}


def check_newpipe(f, raw):
    if "\n" in raw: errors.append(f"{f}: not one line / a final newline")
    v = compact(f, raw.rstrip("\n"), "the export")
    if not isinstance(v, dict) or list(v) != ["app_version", "app_version_int", "subscriptions"]: errors.append(f"{f}: keys"); return
    if not re.fullmatch(r"\d+\.\d+\.\d+", v["app_version"]) or not isinstance(v["app_version_int"], int): errors.append(f"{f}: app version")
    urls = set()
    for s in v["subscriptions"]:
        if list(s) != ["service_id", "url", "name"] or s["service_id"] not in NP_URL or not re.fullmatch(NP_URL[s["service_id"]], s["url"]) or not s["name"].strip():
            errors.append(f"{f}: subscription {str(s)[:50]}")
        if s.get("url") in urls: errors.append(f"{f}: repeated {s.get('url')}")
        urls.add(s.get("url"))
    if not urls: errors.append(f"{f}: no subscriptions")


def shape_checks(f, raw, path):
    n = num(f)
    {1647: check_timetrap, 1648: check_pinry, 1649: check_av98, 1650: check_freetube, 1651: check_notenik, 1652: check_pweave,
     1653: check_request_pull, 1654: check_750, 1655: check_diaspora,
     1656: check_newpipe}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """JSON strings decoded (1650's lines, 1655's and 1656's documents, the JSON of 1648), HTML entities undone"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    vals = []
    for chunk in ([raw] if num(f) in (1655, 1656) else raw.split("\n") if num(f) == 1650 else []):
        try: vals.append(json.loads(chunk))
        except ValueError: pass
    if vals: forms.append("\n".join(json_strings(vals)))
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
# round162's and round163's, a byte-identical file counted once), and the round162/round163 split (candidates sorted by
# (uses, catalogue title); round163 = odd positions from 3 on, one unbroken run; round162 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P162S = ["/work/rounds/digests-round162/expected.json", "/work/main/tests/data/digests-round162/expected.json"]
P162 = next((p for p in P162S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P162S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round162", "digests-round163") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round163 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r162 = set()
if P162:
    try:
        r162 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P162)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P162} exists but could not be read (being written?)")
    if r162 & mine: errors.append(f"papers also in round162: {sorted(r162 & mine)}")
shared162 = len(r162 & mine) if P162 else "(no round162 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round163 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round162: {shared162}; papers in more than one round163 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


