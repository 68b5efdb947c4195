#!/usr/bin/env python3
r"""Checks round131/expected.json against the digests and the shared catalogues.

Adapted from round129/validate.py (the label checks are the same code; the reuse report is round129's with round130 /
round131 in place of round128 / round129: round131 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round130's and round131's own (a
digests-round130 / digests-round131 folder, or a file whose bytes equal round130's or round131's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round131 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round130's expected.json (read only, from /work/rounds/digests-round130/ or
/work/main/tests/data/digests-round130/, when it exists), and on a paper in more than one round131 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1328 every JSON string (the `\/` and `\uXXXX`
escapes undone); 1329 every str that pickletools printed as a repr; 1333 every str the REPL printed as a repr and the
JSON strings inside them; 1335 every table cell; everything: HTML / XML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1327 transmission-show (prompts; `Name:` / `File:` = the command's file, GENERAL's fields in order, asctime()'s date
with the right weekday and a space-padded day, the piece count covering the total size, sizes with transmission's
precision (2 decimals under 100, 1 above), the files' sizes adding up to the total, files under the torrent's name in
byte order, tiers numbered from 1; the magnet link = the hash, the name and the trackers escaped as tr_http_escape);
1328 Matomo API (PHP json_encode's compact output with `\/` and `\uXXXX`, no final newline; three reports; rows sorted
by nb_visits; page rows' keys in order, labels with one leading space, uniq ≤ visits ≤ hits, avg_time_on_page,
bounce_rate and exit_rate recomputed, segments = the label percent-encoded; outlink domains with nb_hits = the
subtable's sum and nb_visits between its max and sum, each link's label = its url without the scheme and its host =
the domain, unique idsubdatatable; keywords lower-cased with their exit rate and segment);
1329 pickletools (the ls -l lines in the ko_KR layout with 합계 = the 4K blocks; every listing line parsed back into
its opcode and argument, the bytes rebuilt, offsets = the byte count so far, pickletools.dis of the rebuilt bytes = the
listing, pickle.loads of them a dict with a papers list, the ls size = the pickle's length);
1330 shiori print (each bookmark `ID. title` then `> url`, `+ excerpt`, `# tags` in that order, indented by the width of
`ID. `, a blank line after each, ids ascending; the `-j` output is json.MarshalIndent's 4-space JSON with Go's escapes,
the fields in order, each bookmark equal to its plain listing);
1331 tshark (the command's port and opening lines; each packet's summary lines, frame bytes = 66 + TCP Len, bits = 8 ×
bytes, Seq = 1 + the earlier Lens on that connection, Ack advancing; the request line's expert-info subtree; headers
`Name: value\r\n`; `[Content length]` under Content-Length; full URI, `[HTTP request k/k]`, `[Prev request in frame]`,
`File Data`; the JSON tree parsed back into the body, its compact UTF-8 length = Content-Length, TCP Len = headers +
body; frames ascending and `^CN packets captured` with N ≥ the last frame);
1332 Floccus XBEL (no final newline; the declaration, DOCTYPE, xbel and highestId comment lines, highestId = the largest
id, ids unique, hrefs http / https / file, the whole file = Floccus's serializer run on the parsed tree);
1333 Pyserini REPL (the `python` command, banner, import first; hit lines `{i+1:2} {docid:15} {score:.5f}` ranked 1…n
with n ≤ k, scores descending, docids unique; raw() = Jackson's pretty JSON `{"id" : …, "contents" : …}` of the doc
asked for; raw() and contents() agreeing; every shown hit holding a query term; num_docs ≥ the docs seen; exit());
1334 BasKet (`<!DOCTYPE basket>`; the file = the one-space-indented layout of its parsed tree; properties' children;
columnCount = the column groups, each with a width, nested groups without; note times ISO with lastModification ≥
added; link notes' attributes in order and a url, html notes `noteN.html` with no attributes and unique; known tag
ids);
1335 parquet-tools (inspect: meta fields in order, num_columns = the column list = the Column blocks, consistent
physical / logical / converted types; each `show --columns` table in tabulate's psql layout, widths = the widest cell,
integers right-aligned and text left, the header = the requested columns, num_rows rows, the same id order in both
tables);
1336 Zeek (zcat of a rotated log; the header's separator / markers / #path, #open = the file's start, the 30 #fields
and #types; raw records with 30 tab-separated fields, epoch ts with microseconds, C-uids; zeek-cut rows with as many
columns as asked and -d times; the sort | head output ordered, the grep -v output without the pattern, the uniq -c
counts in sort -rn order and equal to the grep output's per host, the raw record in the grep output at +0300; #close =
the file's end).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, html, io, json, math, os, pickle, pickletools, re, struct, sys, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import quote, unquote, urlsplit
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


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True



# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def py_strs(raw):
    """the Python str values a REPL or pickletools printed as reprs (a whole line, or pickletools' argument)"""
    out = []
    for l in raw.split("\n"):
        m = re.match(r"\s*\d+: \S+\s+(?:SHORT_)?BINUNICODE (.*)$", l)
        for c in ([m.group(1)] if m else []) + ([l] if l[:1] in "'\"" else []):
            try:
                v = ast.literal_eval(c)
                if isinstance(v, str): out.append(v)
            except (ValueError, SyntaxError): pass
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1328: forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1329: forms.append("\n".join(py_strs(raw)))
    if n == 1333:
        s = py_strs(raw)
        forms.append("\n".join(s + [x for v in s if v.startswith("{") for x in json_strings(json.loads(v))]))
    if n == 1335: forms.append("\n".join(c.strip() for l in raw.split("\n") if l.startswith("| ") for c in l[1:-1].split(" | ")))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms


# ---------------------------------------------------------------- shape checks
def lines_of(f, raw, final=True):
    lf_final(f, raw, final)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


PROMPT = re.compile(r"(?:\([\w-]+\) )?([\w.-]+)@([\w-]+):([^$]+)\$ (.*)")


def session(f, L):
    """split a pasted terminal into (command, output lines); the prompt string is the first line's; the last line is
    an empty prompt"""
    m = PROMPT.fullmatch(L[0]) if L else None
    if not m: errors.append(f"{f}: the first line is not a shell prompt"); return []
    pre = L[0][:len(L[0]) - len(m.group(4))]
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


# ---- 1327 transmission-show
SIZE = re.compile(r"(\d+) B|(\d+\.\d+) (kB|MB|GB|TB)")
MULT = {"kB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12}


def tr_size(f, s, where):
    """a transmission size string -> (low, high) bytes; checks the precision rule (2 decimals under 100, 1 above)"""
    m = SIZE.fullmatch(s)
    if not m: errors.append(f"{f}: {where}: size {s!r}"); return 0, 0
    if m.group(1): return int(m.group(1)), int(m.group(1))
    v, u = m.group(2), m.group(3)
    if len(v.split(".")[1]) != (2 if float(v) < 100 else 1): errors.append(f"{f}: {where}: {s!r} has the wrong precision")
    half = 0.5 * 10 ** -len(v.split(".")[1])
    return (float(v) - half) * MULT[u], (float(v) + half) * MULT[u]


def tr_esc(s):
    return "".join(chr(b) if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-_.~") else f"%{b:02X}" for b in s.encode())


def check_transmission(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"transmission-show '(.+\.torrent)'")
    if c is None: return
    tor = re.fullmatch(r"transmission-show '(.+)'", c).group(1)
    if out[:5] != [out[0], f"File: {tor}", "", "GENERAL", ""] or not out[0].startswith("Name: "):
        errors.append(f"{f}: the Name / File / GENERAL head"); return
    name = out[0][6:]
    try:
        i_tr, i_fi = out.index("TRACKERS"), out.index("FILES")
    except ValueError: errors.append(f"{f}: no TRACKERS / FILES section"); return
    gen = out[5:i_tr]
    keys_ = [re.match(r"  ([A-Z][a-z]+(?: [A-Za-z]+)?): ", l).group(1) for l in gen if re.match(r"  ([A-Z][a-z]+(?: [A-Za-z]+)?): ", l)]
    if keys_ != ["Name", "Hash", "Created by", "Created on", "Comment", "Piece Count", "Piece Size", "Total Size", "Privacy"]:
        errors.append(f"{f}: GENERAL fields {keys_}")
    g = {l.split(": ", 1)[0].strip(): l.split(": ", 1)[1] for l in gen if re.match(r"  [A-Z]", l) and ": " in l}
    if gen[-1] != "": errors.append(f"{f}: no blank line before TRACKERS")
    if g.get("Name") != name: errors.append(f"{f}: GENERAL Name differs from the head")
    if not re.fullmatch(r"[0-9a-f]{40}", g.get("Hash", "")): errors.append(f"{f}: hash {g.get('Hash')!r}")
    try:
        d = dt.datetime.strptime(g.get("Created on", ""), "%a %b %d %H:%M:%S %Y")
        if g["Created on"] != f"{d:%a %b} {d.day:2d} {d:%H:%M:%S} {d.year}": errors.append(f"{f}: Created on is not asctime()'s layout")
    except ValueError: errors.append(f"{f}: Created on {g.get('Created on')!r} (weekday / date)")
    if g.get("Privacy") not in ("Private torrent", "Public torrent"): errors.append(f"{f}: Privacy {g.get('Privacy')!r}")
    pm = re.fullmatch(r"(\d+\.\d+) (KiB|MiB)", g.get("Piece Size", ""))
    if not pm: errors.append(f"{f}: piece size {g.get('Piece Size')!r}"); return
    piece = float(pm.group(1)) * (1024 if pm.group(2) == "KiB" else 1 << 20)
    tl, th = tr_size(f, g.get("Total Size", ""), "total")
    pc = int(g.get("Piece Count", "0"))
    if not ((pc - 1) * piece < th and pc * piece >= tl): errors.append(f"{f}: piece count {pc} does not cover the total size")
    tiers, t = [], None
    for l in out[i_tr + 1:i_fi]:
        m = re.fullmatch(r"  Tier #(\d+)", l)
        if m:
            if int(m.group(1)) != len(tiers) + 1: errors.append(f"{f}: tier numbering")
            tiers.append([])
        elif l.startswith("  ") and tiers: tiers[-1].append(l[2:])
        elif l != "": errors.append(f"{f}: tracker line {l!r}")
    files, lo, hi = [], 0, 0
    for l in out[i_fi + 1:]:
        if l == "": continue
        m = re.fullmatch(r"  (.+) \(([^()]+)\)", l)
        if not m: errors.append(f"{f}: file line {l[:40]!r}"); continue
        if not m.group(1).startswith(name + "/"): errors.append(f"{f}: file outside {name!r}: {m.group(1)[:40]!r}")
        a, b = tr_size(f, m.group(2), m.group(1)[-30:]); lo += a; hi += b
        files.append(m.group(1))
    if out[i_fi + 1] != "" or out[-1] != "": errors.append(f"{f}: FILES spacing")
    if files != sorted(files, key=lambda s: s.encode()): errors.append(f"{f}: files not in byte order")
    if len(set(files)) != len(files): errors.append(f"{f}: a file twice")
    if not (lo <= th and hi >= tl): errors.append(f"{f}: the files' sizes do not add up to the total size")
    c2, out2 = cmd_out(f, cmds, r"transmission-show -m '(.+\.torrent)'")
    if c2 is not None:
        want = f"magnet:?xt=urn:btih:{g.get('Hash')}&dn={tr_esc(name)}" + "".join(f"&tr={tr_esc(x)}" for tt in tiers for x in tt)
        if out2 != [want]: errors.append(f"{f}: the magnet link is not the torrent's (hash, escaped name, trackers)")


# ---- 1328 Matomo API
MT_PAGE = ["label", "nb_visits", "nb_uniq_visitors", "nb_hits", "sum_time_spent", "entry_nb_uniq_visitors", "entry_nb_visits",
           "entry_nb_actions", "entry_sum_visit_length", "entry_bounce_count", "exit_nb_uniq_visitors", "exit_nb_visits",
           "avg_time_on_page", "bounce_rate", "exit_rate", "segment"]
MT_DOM = ["label", "nb_visits", "nb_hits", "sum_time_spent", "idsubdatatable", "segment", "subtable"]
MT_SUB = ["label", "nb_visits", "nb_hits", "sum_time_spent", "url"]
MT_KW = ["label", "nb_visits", "nb_pages_per_search", "sum_time_spent", "exit_nb_visits", "exit_rate", "segment"]


def pct(a, b):
    return f"{round(100 * a / b) if b else 0}%"


def check_matomo(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") != raw:
        errors.append(f"{f}: not PHP json_encode's output (compact, \\/ and \\uXXXX escapes)")
    if not (isinstance(d, list) and len(d) == 3 and all(isinstance(x, list) for x in d)): errors.append(f"{f}: not a bulk answer of three reports"); return
    pages, outl, kw = d
    for name, rows in (("page titles", pages), ("outlinks", outl), ("keywords", kw)):
        vs = [(-r.get("nb_visits", 0), r.get("label", "")) for r in rows]
        if vs != sorted(vs): errors.append(f"{f}: {name} not sorted by nb_visits")
    for r in pages:
        if not keys_are(f, f"page {r.get('label', '')[:30]!r}", r, MT_PAGE): continue
        if not r["label"].startswith(" ") or r["label"].startswith("  "): errors.append(f"{f}: a page-title label without its one leading space")
        if not r["nb_uniq_visitors"] <= r["nb_visits"] <= r["nb_hits"]: errors.append(f"{f}: {r['label'][:30]!r}: uniq ≤ visits ≤ hits")
        if r["avg_time_on_page"] != round(r["sum_time_spent"] / r["nb_hits"]): errors.append(f"{f}: {r['label'][:30]!r}: avg_time_on_page")
        if r["bounce_rate"] != pct(r["entry_bounce_count"], r["entry_nb_visits"]) or r["exit_rate"] != pct(r["exit_nb_visits"], r["nb_visits"]):
            errors.append(f"{f}: {r['label'][:30]!r}: bounce / exit rate")
        if r["entry_bounce_count"] > r["entry_nb_visits"] or r["entry_nb_visits"] > r["nb_visits"] or r["exit_nb_visits"] > r["nb_visits"]:
            errors.append(f"{f}: {r['label'][:30]!r}: entry / exit counts exceed the visits")
        if r["segment"] != "pageTitle==" + quote(r["label"], safe=""): errors.append(f"{f}: {r['label'][:30]!r}: segment")
    subids = []
    for r in outl:
        if not keys_are(f, f"outlink domain {r.get('label')!r}", r, MT_DOM): continue
        subids.append(r["idsubdatatable"])
        if r["segment"] != "outlinkUrl=@" + quote(r["label"], safe=""): errors.append(f"{f}: {r['label']}: segment")
        sub = r["subtable"]
        if r["nb_hits"] != sum(s.get("nb_hits", 0) for s in sub): errors.append(f"{f}: {r['label']}: nb_hits is not the subtable's sum")
        if not max(s.get("nb_visits", 0) for s in sub) <= r["nb_visits"] <= sum(s.get("nb_visits", 0) for s in sub): errors.append(f"{f}: {r['label']}: nb_visits outside max–sum of its links")
        vs = [(-s.get("nb_visits", 0), s.get("label", "")) for s in sub]
        if vs != sorted(vs): errors.append(f"{f}: {r['label']}: subtable not sorted by nb_visits")
        for s in sub:
            if not keys_are(f, f"outlink {s.get('label')!r}", s, MT_SUB): continue
            if s["label"] != s["url"].split("://", 1)[-1] or urlsplit(s["url"]).hostname != r["label"]: errors.append(f"{f}: outlink {s['label'][:40]!r}: label / url / domain")
            if s["nb_visits"] > s["nb_hits"]: errors.append(f"{f}: outlink {s['label'][:40]!r}: visits > hits")
    if len(set(subids)) != len(subids): errors.append(f"{f}: idsubdatatable twice")
    for r in kw:
        if not keys_are(f, f"keyword {r.get('label')!r}", r, MT_KW): continue
        if r["exit_rate"] != pct(r["exit_nb_visits"], r["nb_visits"]) or r["segment"] != "siteSearchKeyword==" + quote(r["label"], safe=""):
            errors.append(f"{f}: keyword {r['label']!r}: exit rate / segment")
        if r["label"] != r["label"].lower(): errors.append(f"{f}: keyword {r['label']!r} not lower-cased as Matomo stores it")


# ---- 1329 pickletools
def check_pickletools(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"python3 -m pickletools (\S+)")
    if c is None: return
    pkl = c.split()[-1]
    lc, lout = cmd_out(f, cmds, r"ls -l (\S+)/")
    size = None
    if lc is not None:
        m = re.fullmatch(r"합계 (\d+)", lout[0]) if lout else None
        rows = [re.fullmatch(r"-rw-r--r-- 1 (\S+) \1 (\d+) ( ?\d+월) ([ \d]\d) (\d\d:\d\d) (\S+)", l) for l in lout[1:]]
        if not m or not all(rows): errors.append(f"{f}: ls -l layout (ko_KR: 합계, ` 5월 14 21:06`)")
        else:
            if int(m.group(1)) != sum(math.ceil(int(r.group(2)) / 4096) * 4 for r in rows): errors.append(f"{f}: 합계 is not the files' 4K blocks")
            size = next((int(r.group(2)) for r in rows if pkl.endswith("/" + r.group(6))), None)
    if not out or out[-1] != "highest protocol among opcodes = 4": errors.append(f"{f}: no `highest protocol` line"); return
    code = {o.name: o for o in pickletools.opcodes}
    data = bytearray()
    for l in out[:-1]:
        m = re.fullmatch(r" *(\d+): (\S+) +([A-Z_0-9]+)(?: +(.*))?", l)
        if not m or m.group(3) not in code: errors.append(f"{f}: not a pickletools line: {l[:50]!r}"); return
        op, arg = code[m.group(3)], m.group(4)
        if int(m.group(1)) != len(data): errors.append(f"{f}: offset {m.group(1)} (the byte count is {len(data)})")
        data += op.code.encode("latin-1")
        try:
            a = op.arg.name if op.arg else None
            if a in ("uint1",): data += struct.pack("<B", int(arg))
            elif a == "uint4": data += struct.pack("<I", int(arg))
            elif a == "uint8": data += struct.pack("<Q", int(arg))
            elif a in ("unicodestring1", "unicodestring4", "unicodestring8"):
                b = ast.literal_eval(arg).encode("utf-8")
                data += struct.pack({"unicodestring1": "<B", "unicodestring4": "<I", "unicodestring8": "<Q"}[a], len(b)) + b
            elif a in ("bytes1", "bytes4"):
                b = ast.literal_eval(arg)
                data += struct.pack("<B" if a == "bytes1" else "<I", len(b)) + b
            elif a is not None: errors.append(f"{f}: opcode {op.name} not handled by the checker"); return
        except (ValueError, SyntaxError, struct.error, TypeError, AttributeError): errors.append(f"{f}: bad argument {arg!r} of {op.name}"); return
    buf = io.StringIO()
    try:
        pickletools.dis(bytes(data), out=buf)
        obj = pickle.loads(bytes(data))
    except Exception as ex: errors.append(f"{f}: the listed opcodes are not a valid pickle: {ex!r}"); return
    if buf.getvalue().rstrip("\n").split("\n") != out: errors.append(f"{f}: the listing is not pickletools.dis's text for its own bytes")
    if size is not None and size != len(data): errors.append(f"{f}: ls size {size} but the pickle has {len(data)} bytes")
    if not (isinstance(obj, dict) and isinstance(obj.get("papers"), list)): errors.append(f"{f}: the pickle is not the reading-list dict")


# ---- 1330 shiori
def check_shiori(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"shiori print")
    if c is None: return
    marks, cur = {}, None
    for l in out:
        m = re.fullmatch(r"(\d+)\. (.+)", l)
        if m and cur is None:
            cur = {"id": int(m.group(1)), "title": m.group(2), "pad": " " * (len(m.group(1)) + 2), "lines": []}
        elif cur is not None and l == "":
            ks = [x[0] for x in cur["lines"]]
            if not ks or ks[0] != ">" or ks != sorted(ks, key="> + #".split().index) or len(set(ks)) != len(ks): errors.append(f"{f}: bookmark {cur['id']}: > / + / # lines")
            marks[cur["id"]] = cur; cur = None
        elif cur is not None and l.startswith(cur["pad"]) and l[len(cur["pad"]):len(cur["pad"]) + 2] in ("> ", "+ ", "# ") and l[len(cur["pad"])] != " ":
            cur["lines"].append((l[len(cur["pad"])], l[len(cur["pad"]) + 2:]))
        else: errors.append(f"{f}: not shiori's print layout: {l[:40]!r}"); cur = None
    if cur is not None: errors.append(f"{f}: the last bookmark has no blank line after it")
    ids = list(marks)
    if ids != sorted(ids) or len(ids) != len(out) - sum(len(m["lines"]) + 1 for m in marks.values()): errors.append(f"{f}: bookmark ids not ascending / unique")
    for m in marks.values():
        d = dict(m["lines"])
        if not re.fullmatch(r"(https?|file)://\S+", d.get(">", "")): errors.append(f"{f}: bookmark {m['id']}: url {d.get('>')!r}")
        if "#" in d and any(not t or t != t.strip() for t in d["#"].split(", ")): errors.append(f"{f}: bookmark {m['id']}: tags")
    for cj, oj in [(c_, o_) for c_, o_ in cmds if re.fullmatch(r"shiori print [\d ,-]+ -j", c_)]:
        txt = "\n".join(oj)
        try: js = json.loads(txt)
        except ValueError: errors.append(f"{f}: `{cj}` is not JSON"); continue
        if json.dumps(js, ensure_ascii=False, indent=4).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") != txt:
            errors.append(f"{f}: `{cj}` is not json.MarshalIndent's four-space layout with Go's escapes")
        for b in js:
            if not keys_are(f, f"json bookmark {b.get('id')}", b, ["id", "url", "title", "excerpt", "author", "public", "modified", "imageURL", "hasContent", "hasArchive", "tags", "createArchive"]): continue
            p = marks.get(b["id"])
            if not p: errors.append(f"{f}: json bookmark {b['id']} not in the plain listing"); continue
            d = dict(p["lines"])
            if (b["title"], b["url"], b["excerpt"], ", ".join(t["name"] for t in b["tags"])) != (p["title"], d.get(">"), d.get("+", ""), d.get("#", "")):
                errors.append(f"{f}: json bookmark {b['id']} differs from the plain listing")
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", b["modified"]): errors.append(f"{f}: modified {b['modified']!r}")


# ---- 1331 tshark
def json_tree(f, L, i, ind):
    """parse Wireshark's JSON tree from L[i] at indent `ind` (4 spaces a level) -> (value, next index)"""
    s = " " * (4 * ind)
    l = L[i] if i < len(L) else ""
    if not l.startswith(s) or l[len(s):].startswith(" "): raise ValueError(f"indent at {l[:40]!r}")
    t = l[len(s):]
    if t == "Object":
        d, i = {}, i + 1
        while i < len(L) and L[i].startswith(s + "    Member Key: "):
            k = L[i][len(s) + 16:]
            v, i = json_tree(f, L, i + 1, ind + 2)
            if i >= len(L) or L[i] != s + f"        Key: {k}": raise ValueError(f"no `Key: {k}` line")
            d[k] = v; i += 1
        return d, i
    if t == "Array":
        a, i = [], i + 1
        while i < len(L) and L[i].startswith(s + "    ") and not L[i].startswith(s + "     ") and not L[i].startswith(s + "    Key: "):
            v, i = json_tree(f, L, i, ind + 1); a.append(v)
        return a, i
    if t.startswith("String value: "): return t[14:], i + 1
    if t.startswith("Number value: "): return json.loads(t[14:]), i + 1
    if t in ("True value", "False value", "Null value"): return {"True value": True, "False value": False, "Null value": None}[t], i + 1
    raise ValueError(f"not a JSON tree line: {t[:40]!r}")


def check_tshark(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"sudo tshark -i lo -f \"tcp port (\d+)\" -Y 'http\.request\.method == \"POST\"' -O http,json")
    if c is None: return
    port = re.search(r"tcp port (\d+)", c).group(1)
    if out[:2] != ['Running as user "root" and group "root". This could be dangerous.', "Capturing on 'Loopback: lo'"]: errors.append(f"{f}: tshark's opening lines")
    m = re.fullmatch(r"\^C(\d+) packets captured", out[-1]) if out else None
    if not m or out[-2] != "": errors.append(f"{f}: no `^CN packets captured` after a blank line"); return
    packets, cur = [], None
    for l in out[2:-2]:
        if l.startswith("Frame "): cur = [l]; packets.append(cur)
        elif l == "": cur = None
        elif cur is None: errors.append(f"{f}: text outside a packet: {l[:40]!r}")
        else: cur.append(l)
    conn, frames = {}, []
    for P in packets:
        fm = re.fullmatch(r"Frame (\d+): (\d+) bytes on wire \((\d+) bits\), \2 bytes captured \(\3 bits\) on interface lo, id 0", P[0])
        tm = re.fullmatch(r"Transmission Control Protocol, Src Port: (\d+), Dst Port: (\d+), Seq: (\d+), Ack: (\d+), Len: (\d+)", P[3] if len(P) > 3 else "")
        if not fm or not tm or P[1] != "Ethernet II, Src: 00:00:00_00:00:00 (00:00:00:00:00:00), Dst: 00:00:00_00:00:00 (00:00:00:00:00:00)" \
                or P[2] != "Internet Protocol Version 4, Src: 127.0.0.1, Dst: 127.0.0.1" or P[4] != "Hypertext Transfer Protocol":
            errors.append(f"{f}: {P[0][:20]}: the summary lines"); continue
        fr, ln = int(fm.group(1)), int(tm.group(5))
        frames.append(fr)
        if int(fm.group(3)) != 8 * int(fm.group(2)) or int(fm.group(2)) != ln + 66: errors.append(f"{f}: frame {fr}: length ≠ 66 + TCP Len / bits")
        if tm.group(2) != port: errors.append(f"{f}: frame {fr}: not the filtered port")
        st = conn.setdefault(tm.group(1), {"seq": 1, "n": 0, "prev": None, "ack": 0})
        if int(tm.group(3)) != st["seq"]: errors.append(f"{f}: frame {fr}: Seq {tm.group(3)} (the earlier requests end at {st['seq']})")
        if int(tm.group(4)) <= st["ack"]: errors.append(f"{f}: frame {fr}: Ack does not advance")
        st["ack"] = int(tm.group(4)); st["n"] += 1
        rq = re.fullmatch(r"    POST (\S+) HTTP/1\.1\\r\\n", P[5] if len(P) > 5 else "")
        if not rq: errors.append(f"{f}: frame {fr}: no POST request line"); continue
        uri = rq.group(1)
        want = [f"        [Expert Info (Chat/Sequence): POST {uri} HTTP/1.1\\r\\n]", f"            [POST {uri} HTTP/1.1\\r\\n]",
                "            [Severity level: Chat]", "            [Group: Sequence]", "        Request Method: POST",
                f"        Request URI: {uri}", "        Request Version: HTTP/1.1"]
        if P[6:13] != want: errors.append(f"{f}: frame {fr}: the request line's subtree")
        i, hdrs = 13, []
        while i < len(P) and P[i] != "    \\r\\n":
            hm = re.fullmatch(r"    ([\w-]+): (.*)\\r\\n", P[i])
            if hm: hdrs.append((hm.group(1), hm.group(2)))
            elif not re.fullmatch(r"        \[Content length: \d+\]", P[i]): errors.append(f"{f}: frame {fr}: header line {P[i][:40]!r}")
            i += 1
        H = dict(hdrs)
        cl = H.get("Content-Length", "-1")
        if f"        [Content length: {cl}]" not in P: errors.append(f"{f}: frame {fr}: no [Content length] under Content-Length")
        rest = P[i + 1:]
        want = [f"    [Full request URI: http://{H.get('Host')}{uri}]", f"    [HTTP request {st['n']}/{st['n']}]"] + \
               ([f"    [Prev request in frame: {st['prev']}]"] if st["prev"] else []) + [f"    File Data: {cl} bytes", "JavaScript Object Notation: application/json"]
        if rest[:len(want)] != want: errors.append(f"{f}: frame {fr}: the lines after the headers (full URI, request k/k, prev frame, File Data)")
        try:
            body, j = json_tree(f, rest, len(want), 1)
            if j != len(rest): raise ValueError("lines after the JSON tree")
        except (ValueError, IndexError) as ex: errors.append(f"{f}: frame {fr}: JSON tree: {ex}"); continue
        blen = len(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
        if str(blen) != cl: errors.append(f"{f}: frame {fr}: Content-Length {cl} but the body has {blen} bytes")
        head = f"POST {uri} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs) + "\r\n"
        if ln != len(head.encode()) + blen: errors.append(f"{f}: frame {fr}: TCP Len {ln} ≠ headers + body {len(head.encode()) + blen}")
        st["seq"] += ln; st["prev"] = fr
    if frames != sorted(set(frames)) or (frames and int(m.group(1)) < frames[-1]): errors.append(f"{f}: frame numbers / the captured count")


# ---- 1332 Floccus XBEL
XBEL_HEAD = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML" "http://pyxml.sourceforge.net/topics/dtds/xbel.dtd">',
             '<xbel version="1.0">']


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def floccus(el):
    if el.tag == "bookmark":
        return f'<bookmark href="{xesc(el.get("href"))}" id="{el.get("id")}">\n    <title>{xesc(el.findtext("title"))}</title>\n</bookmark>'
    kids = [k for k in el if k.tag in ("folder", "bookmark")]
    return f'<folder id="{el.get("id")}">\n    <title>{xesc(el.findtext("title"))}</title>\n    ' + "\n".join(floccus(k) for k in kids) + "\n</folder>"


def check_xbel(f, raw):
    L = lines_of(f, raw, final=False)
    if L[:3] != XBEL_HEAD: errors.append(f"{f}: the XML declaration / DOCTYPE / xbel head")
    m = re.fullmatch(r"<!--- highestId :(\d+): for Floccus bookmark sync browser extension -->", L[3] if len(L) > 3 else "")
    if not m: errors.append(f"{f}: no Floccus highestId comment"); return
    try: root = ET.fromstring(raw.encode())
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    ids = [int(e.get("id")) for e in root.iter() if e.tag in ("folder", "bookmark")]
    if len(set(ids)) != len(ids): errors.append(f"{f}: an id twice")
    if ids and int(m.group(1)) != max(ids): errors.append(f"{f}: highestId {m.group(1)} but the largest id is {max(ids)}")
    for e in root.iter("bookmark"):
        if not re.fullmatch(r"(https?|file)://\S+", e.get("href") or ""): errors.append(f"{f}: bookmark {e.get('id')}: href {e.get('href')!r}")
        if [k.tag for k in e] != ["title"]: errors.append(f"{f}: bookmark {e.get('id')}: children")
    for e in root.iter("folder"):
        if [k.tag for k in e][:1] != ["title"]: errors.append(f"{f}: folder {e.get('id')}: no title first")
    want = "\n".join(XBEL_HEAD + [L[3]] + [floccus(k) for k in root if k.tag in ("folder", "bookmark")] + ["</xbel>"])
    if want != raw: errors.append(f"{f}: not Floccus's serialization of its own tree (indentation, escapes, attribute order)")


# ---- 1333 Pyserini REPL
def jackson(did, contents):
    return "{\n  \"id\" : " + json.dumps(did, ensure_ascii=False) + ",\n  \"contents\" : " + json.dumps(contents, ensure_ascii=False) + "\n}"


def check_pyserini(f, raw):
    L = lines_of(f, raw)
    m = PROMPT.fullmatch(L[0])
    if not m or m.group(4) != "python": errors.append(f"{f}: not a `python` command first"); return
    pre = L[0][:-len("python")]
    if L[-1] != pre or L[-2] != ">>> exit()": errors.append(f"{f}: no exit() and a prompt at the end")
    if not (re.fullmatch(r"Python 3\.\d+\.\d+ \(main, .+\) \[GCC [\d.]+\] on linux", L[1]) and L[2] == 'Type "help", "copyright", "credits" or "license" for more information.'):
        errors.append(f"{f}: the Python banner")
    blocks, cur = [], None
    for l in L[3:-1]:
        if l.startswith(">>> ") or l.startswith("... ") or l == "...": cur = [l, []]; blocks.append(cur)
        elif cur is None: errors.append(f"{f}: output before a statement")
        else: cur[1].append(l)
    if not blocks or blocks[0][0] != ">>> from pyserini.search.lucene import LuceneSearcher": errors.append(f"{f}: no LuceneSearcher import"); return
    docs, nd, seen_hits, q = {}, None, set(), None
    for i, (st, out) in enumerate(blocks):
        if st == ">>> searcher.num_docs":
            if len(out) != 1 or not out[0].isdigit(): errors.append(f"{f}: num_docs output")
            else: nd = int(out[0])
        sm = re.fullmatch(r">>> hits = searcher\.search\('([^']+)', k=(\d+)\)", st)
        if sm: q = (sm.group(1).lower().split(), int(sm.group(2)))
        if st == "..." :
            rows = [re.fullmatch(r"([ \d]\d) (\S+) *(\d+\.\d{5})", l) for l in out]
            if not all(rows) or any(len(l) != 2 + 1 + max(15, len(r.group(2))) + 1 + len(r.group(3)) for l, r in zip(out, rows)): errors.append(f"{f}: hit lines not `{{i+1:2}} {{docid:15}} {{score:.5f}}`"); continue
            if q is None: errors.append(f"{f}: hits printed before a search"); continue
            if [int(r.group(1)) for r in rows] != list(range(1, len(rows) + 1)) or len(rows) > q[1]: errors.append(f"{f}: hit ranks / more hits than k")
            sc = [float(r.group(3)) for r in rows]
            if sc != sorted(sc, reverse=True): errors.append(f"{f}: hit scores not descending")
            if len({r.group(2) for r in rows}) != len(rows): errors.append(f"{f}: a docid twice in one hit list")
            seen_hits |= {(r.group(2), tuple(q[0])) for r in rows}
            seen_hits |= {(r.group(2), None) for r in rows}
        dm = re.fullmatch(r">>> (?:doc = searcher\.doc\('([\w-]+)'\)|print\(searcher\.doc\('([\w-]+)'\)\.(raw|contents)\(\)\)|searcher\.doc\('([\w-]+)'\)\.(raw|contents)\(\))", st)
        if st == ">>> doc.raw()":
            prev = next((re.fullmatch(r">>> doc = searcher\.doc\('([\w-]+)'\)", b[0]) for b in blocks[i - 1::-1] if b[0].startswith(">>> doc = ")), None)
            dm = None
            if prev and len(out) == 1:
                try: v = ast.literal_eval(out[0])
                except (ValueError, SyntaxError): v = None
                docs.setdefault(prev.group(1), []).append(("raw", v))
            else: errors.append(f"{f}: doc.raw() output")
        if dm and (dm.group(2) or dm.group(4)):
            did, kind = dm.group(2) or dm.group(4), dm.group(3) or dm.group(5)
            if dm.group(2): v = "\n".join(out)
            else:
                try: v = ast.literal_eval(out[0]) if len(out) == 1 else None
                except (ValueError, SyntaxError): v = None
            docs.setdefault(did, []).append((kind, v))
        im = re.fullmatch(r">>> searcher\.doc\('([\w-]+)'\) is None", st)
        if im and out not in (["True"], ["False"]): errors.append(f"{f}: `is None` output")
    for did, vs in docs.items():
        conts = set()
        for kind, v in vs:
            if not isinstance(v, str): errors.append(f"{f}: {did}: {kind} output is not a str"); continue
            if kind == "raw":
                try: j = json.loads(v)
                except ValueError: errors.append(f"{f}: {did}: raw() is not JSON"); continue
                if list(j) != ["id", "contents"] or j["id"] != did or v != jackson(did, j["contents"]): errors.append(f"{f}: {did}: raw() is not Jackson's pretty JSON of the doc"); continue
                conts.add(j["contents"])
            else: conts.add(v)
        if len(conts) > 1: errors.append(f"{f}: {did}: raw() and contents() disagree")
        for c_ in conts:
            for d_, qq in seen_hits:
                if d_ == did and qq and not any(t.rstrip("s") in c_.lower() for t in qq): errors.append(f"{f}: hit {did} holds no query term")
    if nd is None or nd < len({d for d, _ in seen_hits} | set(docs)): errors.append(f"{f}: num_docs missing or smaller than the docs seen")


# ---- 1334 BasKet
BK_TAGS = {"todo_done", "todo_unchecked", "priority_high", "important"}


def basket_lines(el, d):
    s = " " * d
    a = "".join(f' {k}="{xesc(v)}"' for k, v in el.attrib.items())
    if len(el) == 0:
        return [f"{s}<{el.tag}{a}>{xesc(el.text)}</{el.tag}>" if el.text else f"{s}<{el.tag}{a}/>"]
    return [f"{s}<{el.tag}{a}>"] + [l for k in el for l in basket_lines(k, d + 1)] + [f"{s}</{el.tag}>"]


def check_basket(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE basket>": errors.append(f"{f}: no `<!DOCTYPE basket>`")
    try: root = ET.fromstring(raw.encode())
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    if ["<!DOCTYPE basket>"] + basket_lines(root, 0) != L: errors.append(f"{f}: not QDom's one-space-indented layout of its own tree")
    if root.tag != "basket" or [k.tag for k in root] != ["properties", "notes"]: errors.append(f"{f}: basket / properties / notes"); return
    pr = root[0]
    if [k.tag for k in pr] != ["name", "icon", "appearance", "disposition", "shortcut", "protection"]: errors.append(f"{f}: properties' children")
    cols = list(root[1])
    disp = pr.find("disposition")
    if disp is None or disp.get("columnCount") != str(len(cols)): errors.append(f"{f}: columnCount is not the number of column groups")
    if any(c.tag != "group" or not (c.get("width") or "").isdigit() for c in cols): errors.append(f"{f}: a column that is not a group with a width")
    htmls = []
    for g in root[1].iter("group"):
        if g not in cols and g.get("width") is not None: errors.append(f"{f}: a nested group with a width")
        if g.get("folded") not in ("true", "false"): errors.append(f"{f}: group folded={g.get('folded')!r}")
    for n in root.iter("note"):
        a, mo = n.get("added") or "", n.get("lastModification") or ""
        if not (re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", a) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", mo)) or mo < a: errors.append(f"{f}: note times {a!r} / {mo!r}")
        c = n.find("content")
        if c is None: errors.append(f"{f}: a note without content"); continue
        if n.get("type") == "link":
            if list(c.attrib) != ["title", "icon", "autoTitle", "autoIcon"] or not re.fullmatch(r"(https?|file)://\S+", c.text or ""): errors.append(f"{f}: link note {(c.text or '')[:40]!r}: attributes / url")
            if any(c.get(k) not in ("true", "false") for k in ("autoTitle", "autoIcon")): errors.append(f"{f}: link note flags")
        elif n.get("type") == "html":
            if c.attrib or not re.fullmatch(r"note\d+\.html", c.text or ""): errors.append(f"{f}: html note content {c.text!r}")
            htmls.append(c.text)
        else: errors.append(f"{f}: note type {n.get('type')!r}")
        t = n.find("tags")
        if t is not None and not set((t.text or "").split(";")) <= BK_TAGS: errors.append(f"{f}: tags {t.text!r}")
    if len(set(htmls)) != len(htmls): errors.append(f"{f}: two notes share one file")


# ---- 1335 parquet-tools
def psql(f, out, where):
    """tabulate's psql table -> (header, rows); checks the rules, widths and alignment (numbers right, text left)"""
    if len(out) < 4: errors.append(f"{f}: {where}: a table too short"); return [], []
    w = [len(x) - 2 for x in out[0][1:-1].split("+")]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    if out[0] != rule or out[-1] != rule or out[2] != "|" + "+".join("-" * (x + 2) for x in w) + "|": errors.append(f"{f}: {where}: the rules"); return [], []
    cells = []
    for l in [out[1]] + out[3:-1]:
        if not (l.startswith("| ") and l.endswith(" |")): errors.append(f"{f}: {where}: row {l[:30]!r}"); return [], []
        cs = l[2:-2].split(" | ")
        if [len(c) for c in cs] != w: errors.append(f"{f}: {where}: a row out of the column widths: {l[:40]!r}"); return [], []
        cells.append(cs)
    for j in range(len(w)):
        col = [r[j] for r in cells]
        if w[j] != max(len(c.strip()) for c in col): errors.append(f"{f}: {where}: column {j} is wider than its widest cell")
        isnum = all(re.fullmatch(r"-?\d+", c.strip()) for c in col[1:])
        for c in col:
            if c.strip() and (c != c.strip().rjust(w[j]) if isnum else c != c.strip().ljust(w[j])): errors.append(f"{f}: {where}: column {col[0].strip()!r}: alignment"); break
    return [c.strip() for c in cells[0]], [[c.strip() for c in r] for r in cells[1:]]


def check_parquet(f, raw):
    cmds = session(f, lines_of(f, raw))
    c, out = cmd_out(f, cmds, r"parquet-tools inspect (\S+\.parquet)")
    if c is None: return
    if out[:2] != ["", "############ file meta data ############"]: errors.append(f"{f}: inspect's head"); return
    meta = dict(l.split(": ", 1) for l in out[2:9] if ": " in l)
    if list(meta) != ["created_by", "num_columns", "num_rows", "num_row_groups", "format_version", "serialized_size"] or out[8:11] != ["", "", "############ Columns ############"]:
        errors.append(f"{f}: file meta data fields"); return
    i = 11; cols = []
    while i < len(out) and out[i]: cols.append(out[i]); i += 1
    if int(meta["num_columns"]) != len(cols): errors.append(f"{f}: num_columns ≠ the column list")
    blocks = "\n".join(out[i:]).split("\n\n")
    bl = [b for b in blocks if b.strip()]
    if len(bl) != len(cols): errors.append(f"{f}: {len(bl)} column blocks for {len(cols)} columns")
    for name, b in zip(cols, bl):
        ls = b.strip("\n").split("\n")
        kv = dict(l.split(": ", 1) for l in ls[1:] if ": " in l)
        if ls[0] != f"############ Column({name}) ############" or list(kv) != ["name", "path", "max_definition_level", "max_repetition_level", "physical_type", "logical_type", "converted_type (legacy)", "compression"]:
            errors.append(f"{f}: Column({name}) block"); continue
        if kv["name"] != name or kv["path"] != name: errors.append(f"{f}: Column({name}): name / path")
        if (kv["physical_type"], kv["logical_type"], kv["converted_type (legacy)"]) not in (("BYTE_ARRAY", "String", "UTF8"), ("INT64", "None", "NONE"), ("DOUBLE", "None", "NONE")):
            errors.append(f"{f}: Column({name}): physical / logical / converted types disagree")
        if not re.fullmatch(r"SNAPPY \(space_saved: -?\d+%\)", kv["compression"]): errors.append(f"{f}: Column({name}): compression")
    ids = None
    for cs, o in cmds:
        sm = re.fullmatch(r"parquet-tools show --columns ([\w,]+) (\S+\.parquet)", cs)
        if not sm: continue
        want = sm.group(1).split(",")
        hdr, rows = psql(f, o, cs[:50])
        if hdr != want: errors.append(f"{f}: `{cs[:40]}`: header {hdr} (the command asks {want})")
        if any(w not in cols for w in want): errors.append(f"{f}: a shown column not in the file")
        if len(rows) != int(meta["num_rows"]): errors.append(f"{f}: `{cs[:40]}`: {len(rows)} rows, num_rows {meta['num_rows']}")
        if "id" in hdr:
            col = [r[hdr.index("id")] for r in rows]
            if ids is None: ids = col
            elif col != ids: errors.append(f"{f}: the tables' rows are not in the same order")
        for j, h in enumerate(hdr):
            blk = next((b for b in bl if b.startswith(f"############ Column({h})")), "")
            if "INT64" in blk and not all(re.fullmatch(r"-?\d+", r[j]) for r in rows): errors.append(f"{f}: INT64 column {h} holds a non-integer")


# ---- 1336 Zeek
ZF = "ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types".split()
ZT = "time string addr port addr port count string string string string string string string count count count string count string set[enum] string string set[string] vector[string] vector[string] vector[string] vector[string] vector[string] vector[string]".split()
ZHEAD = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\thttp"]


def check_zeek(f, raw):
    cmds = session(f, lines_of(f, raw))
    recs, opened, tz = [], None, None
    for c, out in cmds:
        if c.startswith("#"):
            if out: errors.append(f"{f}: a comment with output")
            continue
        m = re.fullmatch(r"zcat (http\.(\d\d:\d\d:\d\d)-(\d\d:\d\d:\d\d)\.log\.gz) \| (.*)", c)
        if not m: errors.append(f"{f}: not a zcat of a rotated http log: {c[:40]!r}"); continue
        rest = m.group(4)
        if rest == "head -8":
            if out[:5] != ZHEAD or len(out) != 8: errors.append(f"{f}: the log header"); continue
            om = re.fullmatch(r"#open\t(\d{4}-\d\d-\d\d)-(\d\d-\d\d-\d\d)", out[5])
            if not om or om.group(2).replace("-", ":") != m.group(2): errors.append(f"{f}: #open is not the file's start")
            opened = om and om.group(0)
            if out[6] != "#fields\t" + "\t".join(ZF) or out[7] != "#types\t" + "\t".join(ZT): errors.append(f"{f}: #fields / #types")
        elif rest.startswith("grep -m1 "):
            for l in out:
                v = l.split("\t")
                if len(v) != len(ZF): errors.append(f"{f}: a raw record with {len(v)} fields"); continue
                r = dict(zip(ZF, v))
                if not re.fullmatch(r"\d{10}\.\d{6}", r["ts"]) or not re.fullmatch(r"C[0-9A-Za-z]{17}", r["uid"]) or r["tags"] != "(empty)": errors.append(f"{f}: raw record ts / uid / tags")
                if any(x == "" for x in v): errors.append(f"{f}: an empty field (Zeek writes - or (empty))")
                if rest[9:] not in l: errors.append(f"{f}: a grep line without its pattern")
                recs.append(r)
        elif rest == "tail -1":
            cm = re.fullmatch(r"#close\t(\d{4}-\d\d-\d\d)-(\d\d-\d\d-\d\d)", out[0] if out else "")
            if len(out) != 1 or not cm or cm.group(2).replace("-", ":") != m.group(3): errors.append(f"{f}: #close is not the file's end")
        elif rest.startswith("zeek-cut "):
            zm = re.fullmatch(r"zeek-cut (-d )?([\w. ]+?)(?: \| (.*))?", rest)
            cols = zm.group(2).split() if zm else []
            if not zm or any(x not in ZF for x in cols): errors.append(f"{f}: zeek-cut columns {rest[:40]!r}"); continue
            pipe = zm.group(3) or ""
            rows = [l.split("\t") for l in out]
            if pipe == "sort | uniq -c | sort -rn":
                cnt = [re.fullmatch(r" *(\d+) (\S+)", l) for l in out]
                if not all(cnt) or any(len(l) != 8 + len(c_.group(2)) for l, c_ in zip(out, cnt)): errors.append(f"{f}: uniq -c layout"); continue
                if out != sorted(out, key=lambda l: (int(l.split()[0]), l.encode()), reverse=True): errors.append(f"{f}: not sort -rn's order")
                hosts = {c_.group(2): int(c_.group(1)) for c_ in cnt}
                continue
            for r in rows:
                if len(r) != len(cols): errors.append(f"{f}: a zeek-cut row with {len(r)} columns for {len(cols)}"); continue
                if "ts" in cols and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", r[cols.index("ts")]): errors.append(f"{f}: ts {r[cols.index('ts')]!r} not zeek-cut -d's")
            gm = re.fullmatch(r"grep -v -E '(.+)'", pipe)
            if gm:
                if any(re.search(gm.group(1), l) for l in out): errors.append(f"{f}: a line grep -v would drop")
                grepped = (cols, rows)
            sm = re.fullmatch(r"sort -t\$'\\t' -k(\d+),\1nr \| head -(\d+)", pipe)
            if sm:
                k = int(sm.group(1)) - 1
                if len(rows) > int(sm.group(2)) or [int(r[k]) for r in rows] != sorted((int(r[k]) for r in rows), reverse=True): errors.append(f"{f}: not sorted by column {k + 1} (numeric, reversed) / more than head's lines")
                top = (cols, rows)
        else: errors.append(f"{f}: command {rest[:40]!r}")
    # cross-checks: the grep -v output against the host counts, the raw record against the cut outputs
    try:
        gcols, grows = grepped
        hc = Counter(r[gcols.index("host")] for r in grows)
        for h, n_ in hc.items():
            if hosts.get(h) != n_: errors.append(f"{f}: {h}: {n_} lines in the grep output, uniq -c says {hosts.get(h)}")
        for h, n_ in hosts.items():
            if not re.search("mirror\\.", h) and hc.get(h, 0) != n_: errors.append(f"{f}: {h}: counted {n_} but not in the grep output")
        for r in recs:
            t = dt.datetime.fromtimestamp(float(r["ts"]), dt.timezone(dt.timedelta(hours=3))).strftime("%Y-%m-%dT%H:%M:%S%z")
            if [t, r["host"], r["uri"], r["status_code"]] not in grows: errors.append(f"{f}: the raw record is not in the grep output (ts as -d prints it at +0300, host, uri, status)")
        tcols, trows = top
        if len(trows) and trows[0][tcols.index("host")] not in hosts: errors.append(f"{f}: the biggest transfer's host is not counted")
    except NameError: errors.append(f"{f}: a zeek-cut query missing (grep -v, sort, uniq -c)")


def shape_checks(f, raw, path):
    n = num(f)
    {1327: check_transmission, 1328: check_matomo, 1329: check_pickletools, 1330: check_shiori, 1331: check_tshark,
     1332: check_xbel, 1333: check_pyserini, 1334: check_basket, 1335: check_parquet, 1336: check_zeek}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round130's and round131's, a byte-identical file counted once), and the round130/round131 split (candidates sorted by
# (uses, catalogue title); round131 = odd positions from 3 on, one unbroken run; round130 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P130S = ["/work/rounds/digests-round130/expected.json", "/work/main/tests/data/digests-round130/expected.json"]
P130 = next((p for p in P130S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P130S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round130", "digests-round131") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round131 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r130 = set()
if P130:
    try:
        r130 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P130)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P130} exists but could not be read (being written?)")
    if r130 & mine: errors.append(f"papers also in round130: {sorted(r130 & mine)}")
shared130 = len(r130 & mine) if P130 else "(no round130 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round131 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round130: {shared130}; papers in more than one round131 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

