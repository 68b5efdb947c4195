#!/usr/bin/env python3
r"""Checks round121/expected.json against the digests and the shared catalogues.

Adapted from round119/validate.py (the label checks are the same code; the reuse report is round119's with round120 /
round121 in place of round118 / round119: round121 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round120's and round121's own (a
digests-round120 / digests-round121 folder, or a file whose bytes equal round120's or round121's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round121 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round120's expected.json (read only, from /work/rounds/digests-round120/ or
/work/main/tests/data/digests-round120/, when it exists), and on a paper in more than one round121 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1227, 1229, 1236 every JSON string (\uXXXX
undone); 1230 with the ANSI colour sequences removed; 1231 every JSON string of the PRINT lines' values (the Greek
\uXXXX escapes undone); 1232 every SML string literal with String.toString's \ddd byte escapes undone; 1233 every Ion
string and long string (adjacent long strings joined); everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1227 Brave Search API answer (compact raw UTF-8, no final newline; top, query, web and video result keys in order;
meta_url re-derived from the url (scheme, netloc, hostname, `› a › b` path); profile url / long_name; age re-derived
from page_age; <strong> the only markup, balanced, and only in descriptions; an arXiv abs result titled `[id] Title`;
mixed.main lists each web result once, in order, and the videos block once; urls unique);
1228 recollq output (LF, final newline; the command; `Recoll query: (…)` balanced; `N results` = documents printed;
each document `mime<TAB>[url]<TAB>[title]<TAB>size<TAB>bytes<TAB>` then ABSTRACT / one line / /ABSTRACT; file urls raw,
not percent-escaped; an arXiv page titled `[id] Title`; urls unique);
1229 Sumo Logic messages answer (Jackson's default pretty form re-printed and compared; fields / messages keys; each
map's keys = the field names in order, every value a string; _raw `date time,ms LEVEL [modul] text`; _messagetime =
the Berlin time in epoch ms; _receipttime not earlier; _size = UTF-8 length of _raw; modul / nachricht = the parse;
newest first; Neu lines with a link or arXiv:id, WARN lines with neither; the start count and the summary re-counted);
1230 stern output (LF, final newline; `+ pod › container` lines with a green +; every line's colours = stern's pair
for FNV-32(pod) mod 6; a container's lines only after its + line; RFC 3339 nanosecond timestamps at +03:00, in time
order; every added link fetched (GET … -> 200) before; UYARI lines with no link or id; the start count and the
summary re-counted);
1231 ksqlDB CLI session (LF, final newline; the banner; SHOW STREAMS' header, rules and aligned rows; PRINT's format
lines, `rowtime: … Z, key: …, value: …, partition: 0` lines in time order, each value in the producer's JSON form,
the LIMIT count, `Topic printing ceased`; SET and its confirmation; the push query's table re-laid-out from the
PRINT records (equal columns from the border width, values hard-wrapped, null as `null`) and compared, then
Limit Reached / Query terminated / exit / Exiting ksqlDB.);
1232 SML/NJ session (LF, final newline; command and banner; the `= ` continuation prompt; the typed list read back and
its echo re-printed — String.toString's \ddd escapes, the 70-byte cut with #, sorted labels, the record layout — and
compared; both length answers; the filter's echo; the print lines; the closing lines);
1233 Amazon Ion text (LF, final newline; a lean tokenizer over the whole file: strings, long strings, quoted symbols,
timestamps, numbers, typed nulls, comments; `$ion_1_0` first; brackets balanced; no trailing commas; field names only
in structs; annotations on symbols; ids unique and ascending; adicionado timestamps ascending; each annotated item
with id, titulo, link (a https string or null.string); an arxiv field only with a null link);
1234 Bike file (LF, final newline; the XML declaration and html/head/meta/body frame; well-formed; one root
<ul id>; rows <li id> with a <p> then an optional <ul>; ids unique; data-type among Bike's row types; data-done only
on tasks, as …Z; inline tags among a, strong, em, code, mark, s, links http(s); two-space indentation per open element);
1235 [x]it! file (LF, final newline; groups separated by single blank lines; a title line only first in its group;
items `[ ]` / `[x]` / `[@]` / `[~]` / `[?]`, a space, an optional priority, text; continuation lines (four spaces)
only under an item; due dates valid; tags `#word`);
1236 Kagi Search API answer (compact raw UTF-8, no final newline; meta keys and a UUID id; results (t 0) with rank,
url, title, snippet and optional published / thumbnail in order; ranks 1..n; the related-searches object (t 1) last;
urls unique).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, base64, hashlib, html, json, os, re, sys, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import quote, unquote, urlparse
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


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|webcal://|mailto:|/)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


UUIDRX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")





def compact_equal(f, raw, final):
    d = json.loads(raw)
    want = json.dumps(d, ensure_ascii=False, separators=(",", ":")) + ("\n" if final else "")
    if want != raw: errors.append(f"{f}: not compact raw-UTF-8 JSON (spacing, escapes, {'a' if final else 'no'} final newline)")
    return d



# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


ANSI = re.compile(r"\x1b\[[0-9;]*m")
KSQL_PRINT = re.compile(r"rowtime: (\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{3}) Z, key: ([\w-]+), value: (\{.*\}), partition: (\d+)")


def sml_unescape(s):
    """String.toString's escapes undone (\\ddd bytes, \\" \\\\ \\n); the text decoded as UTF-8 (a cut may end mid-letter)"""
    out, i = bytearray(), 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            if s[i + 1:i + 4].isdigit() and len(s[i + 1:i + 4]) == 3: out.append(int(s[i + 1:i + 4])); i += 4; continue
            out += {"n": b"\n", "t": b"\t"}.get(s[i + 1], s[i + 1].encode()); i += 2; continue
        out += s[i].encode(); i += 1
    return out.decode("utf-8", errors="replace")


def sml_strings(raw):
    return [sml_unescape(m) for m in re.findall(r'"((?:[^"\\\n]|\\.)*)"', raw)]


ION_ESC = {"n": "\n", "t": "\t", '"': '"', "'": "'", "\\": "\\", "/": "/"}


def ion_strings(raw):
    """Ion short strings and long strings ('''…''', adjacent ones joined), escapes undone; comments skipped"""
    out, i, longbuf = [], 0, None
    while i < len(raw):
        if raw.startswith("//", i): i = raw.find("\n", i) if raw.find("\n", i) >= 0 else len(raw); continue
        if raw.startswith("/*", i): i = raw.index("*/", i) + 2; continue
        if raw.startswith("'''", i):
            j = raw.index("'''", i + 3)
            longbuf = (longbuf or "") + raw[i + 3:j]; i = j + 3; continue
        if longbuf is not None and not raw[i].isspace():
            out.append(longbuf); longbuf = None
        if raw[i] == '"':
            m = re.compile(r'"((?:[^"\\\n]|\\.)*)"').match(raw, i)
            out.append(re.sub(r"\\(.)", lambda x: ION_ESC.get(x.group(1), x.group(0)), m.group(1))); i = m.end(); continue
        i += 1
    if longbuf is not None: out.append(longbuf)
    return [re.sub(r"\\(.)", lambda x: ION_ESC.get(x.group(1), x.group(0)), s) for s in out]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1227, 1229, 1236): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1230: forms.append(ANSI.sub("", raw))
    if n == 1231: forms.append("\n".join(s for m in KSQL_PRINT.finditer(raw) for s in json_strings(json.loads(m.group(3)))))
    if n == 1232: forms.append("\n".join(sml_strings(raw)))
    if n == 1233: forms.append("\n".join(ion_strings(raw)))
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
def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


def descending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b > a: errors.append(f"{f}: {where}: {b} after {a} (want newest / highest first)"); return


def lines_of(f, raw):
    lf_final(f, raw)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


ARXIV_TEXT = re.compile(r"arXiv:\d{4}\.\d{4,5}")
ANY_LINK = re.compile(r"https?://")
MONTHS = "January February March April May June July August September October November December".split()


# ---- 1227 Brave Search API
BR_TOP = ["query", "mixed", "type", "videos", "web"]
BR_Q = ["original", "show_strict_warning", "is_navigational", "is_news_breaking", "spellcheck_off", "country",
        "bad_results", "should_fallback", "postal_code", "city", "header_country", "more_results_available", "state"]
BR_WEB = ["title", "url", "is_source_local", "is_source_both", "description", "page_age", "profile", "language",
          "family_friendly", "type", "subtype", "is_live", "meta_url", "age"]
BR_VID = ["type", "url", "title", "description", "age", "page_age", "video", "meta_url", "thumbnail"]


def brave_meta(f, where, url, m):
    p = urlparse(url)
    segs = [s for s in p.path.split("/") if s]
    if not keys_are(f, f"{where} meta_url", m, ["scheme", "netloc", "hostname", "favicon", "path"]): return
    if (m["scheme"], m["netloc"], m["hostname"]) != (p.scheme, p.netloc, p.hostname) or \
       m["path"] != (("› " + " › ".join(segs)) if segs else "") or not m["favicon"].startswith("https://imgs.search.brave.com/"):
        errors.append(f"{f}: {where}: meta_url does not follow the url")


def brave_age(f, where, r):
    if ("age" in r) != ("page_age" in r): errors.append(f"{f}: {where}: age without page_age or the reverse"); return
    if "age" in r:
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T\d\d:\d\d:\d\d", r["page_age"])
        if not m or r["age"] != f"{MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}, {m.group(1)}":
            errors.append(f"{f}: {where}: age {r['age']!r} does not match page_age {r['page_age']!r}")


def check_brave(f, raw):
    d = compact_equal(f, raw, False)
    if not keys_are(f, "top", d, BR_TOP): return
    keys_are(f, "query", d["query"], BR_Q)
    if d["type"] != "search" or d["web"].get("type") != "search" or d["videos"].get("type") != "videos": errors.append(f"{f}: type fields")
    W, V = d["web"]["results"], d["videos"]["results"]
    urls = []
    for i, r in enumerate(W):
        want = [k for k in BR_WEB if k in r and k in ("page_age", "age")] and BR_WEB or [k for k in BR_WEB if k not in ("page_age", "age")]
        if not keys_are(f, f"web {i}", r, want): continue
        if r["type"] != "search_result" or r["profile"].get("url") != r["url"] or r["profile"].get("long_name") != urlparse(r["url"]).hostname:
            errors.append(f"{f}: web {i}: type / profile url / long_name")
        brave_meta(f, f"web {i}", r["url"], r["meta_url"]); brave_age(f, f"web {i}", r)
        html_balanced(f, f"web {i} description", r["description"], {"strong"})
        if "<" in r["title"]: errors.append(f"{f}: web {i}: markup in a title")
        m = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", r["url"])
        if m and not r["title"].startswith(f"[{m.group(1)}] "): errors.append(f"{f}: web {i}: an arXiv abs result's title is `[id] Title`")
        urls.append(r["url"])
    for i, r in enumerate(V):
        if not keys_are(f, f"video {i}", r, BR_VID): continue
        if r["type"] != "video_result" or list(r["video"]) != ["duration", "creator", "publisher"]: errors.append(f"{f}: video {i}: type / video keys")
        brave_meta(f, f"video {i}", r["url"], r["meta_url"]); brave_age(f, f"video {i}", r)
        urls.append(r["url"])
    mx = d["mixed"]
    if list(mx) != ["type", "main", "top", "side"]: errors.append(f"{f}: mixed keys")
    else:
        idx = [x.get("index") for x in mx["main"] if x.get("type") == "web"]
        if idx != list(range(len(W))): errors.append(f"{f}: mixed.main does not list every web result once, in order: {idx}")
        if sum(1 for x in mx["main"] if x.get("type") == "videos") != (1 if V else 0): errors.append(f"{f}: mixed.main videos entry")
    if len(set(urls)) != len(urls): errors.append(f"{f}: duplicate urls")


# ---- 1228 recollq
def check_recollq(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\$ recollq -A (?:-n [\d-]+ )?'[^']+'", L[0]): errors.append(f"{f}: the recollq command line")
    q = L[1][len("Recoll query: "):] if L[1].startswith("Recoll query: ") else None
    depth = 0
    for ch in q or "":
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0: break
    if q is None or depth != 0 or not q.startswith("("): errors.append(f"{f}: the `Recoll query: (...)` line")
    m = re.fullmatch(r"(\d+) results", L[2])
    if not m: errors.append(f"{f}: `N results` line"); return
    i, docs, urls = 3, 0, []
    while i < len(L):
        parts = L[i].split("\t")
        if len(parts) != 6 or parts[4] != "bytes" or parts[5] != "" or not parts[3].isdigit() or \
           not re.fullmatch(r"[a-z]+/[\w.+-]+", parts[0]) or not (parts[1][:1] == "[" and parts[1][-1:] == "]") or \
           not (parts[2][:1] == "[" and parts[2][-1:] == "]"):
            errors.append(f"{f}: line {i + 1}: not `mime<TAB>[url]<TAB>[title]<TAB>size<TAB>bytes<TAB>`"); return
        url, title = parts[1][1:-1], parts[2][1:-1]
        if not re.match(r"(?:file:///|https?://)", url): errors.append(f"{f}: line {i + 1}: url scheme")
        if url.startswith("file://") and "%" in url: errors.append(f"{f}: line {i + 1}: recoll writes file urls raw, not percent-escaped")
        am = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", url)
        if am and not title.startswith(f"[{am.group(1)}] "): errors.append(f"{f}: line {i + 1}: an arXiv page's title is `[id] Title`")
        if L[i + 1:i + 2] != ["ABSTRACT"] or L[i + 3:i + 4] != ["/ABSTRACT"] or not L[i + 2].strip():
            errors.append(f"{f}: line {i + 1}: the abstract block (ABSTRACT / one line / /ABSTRACT)"); return
        docs += 1; urls.append(url); i += 4
    if int(m.group(1)) != docs: errors.append(f"{f}: {m.group(1)} results but {docs} printed")
    if len(set(urls)) != len(urls): errors.append(f"{f}: duplicate urls")


# ---- 1229 Sumo Logic (Jackson pretty form)
def jackson(v, objs=0):
    if isinstance(v, dict):
        if not v: return "{ }"
        pad = "  " * (objs + 1)
        return "{\n" + ",\n".join(f'{pad}{jstr(k)} : {jackson(x, objs + 1)}' for k, x in v.items()) + "\n" + "  " * objs + "}"
    if isinstance(v, list): return "[ ]" if not v else "[ " + ", ".join(jackson(x, objs) for x in v) + " ]"
    if isinstance(v, bool): return "true" if v else "false"
    if v is None: return "null"
    if isinstance(v, int): return str(v)
    return jstr(v)


def jstr(s):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ord(ch) < 0x20: out.append(f"\\u{ord(ch):04X}")
        else: out.append(ch)
    return '"' + "".join(out) + '"'


def check_sumo(f, raw):
    d = json.loads(raw)
    if jackson(d) != raw: errors.append(f"{f}: not Jackson's default pretty form (\" : \", [ {{ … }}, {{ … }} ], indentation, no final newline)")
    if not keys_are(f, "top", d, ["fields", "messages"]): return
    names = []
    for i, fl in enumerate(d["fields"]):
        if keys_are(f, f"field {i}", fl, ["name", "fieldType", "keyField"]): names.append(fl["name"])
    times, counts = [], Counter()
    for i, m in enumerate(d["messages"]):
        if not keys_are(f, f"message {i}", m, ["map"]): continue
        mp = m["map"]
        if list(mp) != names: errors.append(f"{f}: message {i}: map keys are not the fields in order"); continue
        if any(not isinstance(v, str) for v in mp.values()): errors.append(f"{f}: message {i}: a map value that is not a string")
        r = mp["_raw"]
        rm = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (INFO |WARN |ERROR) \[(\w+)\] (.+)", r)
        if not rm: errors.append(f"{f}: message {i}: _raw not `date time,ms LEVEL [modul] text`"); continue
        t = dt.datetime.strptime(rm.group(1), "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))
        if mp["_messagetime"] != str(int(t.timestamp() * 1000 + 0.5)): errors.append(f"{f}: message {i}: _messagetime is not the line's Berlin time in epoch ms")
        if int(mp["_receipttime"]) < int(mp["_messagetime"]): errors.append(f"{f}: message {i}: received before it was written")
        if mp["_size"] != str(len(r.encode("utf-8"))): errors.append(f"{f}: message {i}: _size is not the UTF-8 length of _raw")
        if (mp["modul"], mp["nachricht"]) != (rm.group(3), rm.group(4)): errors.append(f"{f}: message {i}: modul / nachricht are not parse's fields")
        lvl, text = rm.group(2).strip(), rm.group(4)
        if text.startswith("Neu: "):
            counts["neu"] += 1
            if not (re.search(r"https://(?:arxiv\.org|openreview\.net)/", text) or ARXIV_TEXT.search(text)): errors.append(f"{f}: message {i}: a Neu line without a link or an id")
        if lvl == "WARN":
            counts["warn"] += 1
            if ANY_LINK.search(text) or ARXIV_TEXT.search(text): errors.append(f"{f}: message {i}: a title-only warning holds a link or an id")
        if text.startswith("Übersprungen"): counts["skip"] += 1
        times.append(int(mp["_messagetime"]))
    descending(f, "_messagetime", times)
    for m in d["messages"]:
        x = m.get("map", {}).get("nachricht", "")
        s = re.search(r"Wochenlauf gestartet: (\d+) Einträge", x)
        if s and int(s.group(1)) != counts["neu"] + counts["warn"] + counts["skip"]: errors.append(f"{f}: start count {s.group(1)} is not the entries handled")
        s = re.search(r"Fertig: (\d+) Paper \((\d+) mit Link oder Kennung, (\d+) nur Titel\), (\d+) übersprungen", x)
        if s and tuple(map(int, s.groups())) != (counts["neu"] + counts["warn"], counts["neu"], counts["warn"], counts["skip"]):
            errors.append(f"{f}: summary {s.group(0)!r} does not re-count")


# ---- 1230 stern
STERN_PAIRS = [(96, 36), (92, 32), (95, 35), (93, 33), (94, 34), (91, 31)]


def fnv32(s):
    h = 0x811C9DC5
    for b in s.encode():
        h = (h * 0x01000193) & 0xFFFFFFFF
        h ^= b
    return h


def check_stern(f, raw):
    L = lines_of(f, raw)
    followed, times, counts, fetched, start = set(), [], Counter(), set(), None
    C = lambda code, s: f"\x1b[{code}m{s}\x1b[0m"
    for i, l in enumerate(L):
        m = re.fullmatch(r"\x1b\[32m\+\x1b\[0m \x1b\[(\d+)m([\w-]+)\x1b\[0m › \x1b\[(\d+)m([\w-]+)\x1b\[0m", l)
        if m:
            pc, cc = STERN_PAIRS[fnv32(m.group(2)) % 6]
            if (int(m.group(1)), int(m.group(3))) != (pc, cc): errors.append(f"{f}: line {i + 1}: colours are not stern's pair for the pod")
            followed.add((m.group(2), m.group(4))); continue
        m = re.fullmatch(r"\x1b\[(\d+)m([\w-]+)\x1b\[0m \x1b\[(\d+)m([\w-]+)\x1b\[0m (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}\+03:00) (.+)", l)
        if not m: errors.append(f"{f}: line {i + 1}: not a stern line: {ANSI.sub('', l)[:60]!r}"); return
        pc, cc = STERN_PAIRS[fnv32(m.group(2)) % 6]
        if (int(m.group(1)), int(m.group(3))) != (pc, cc): errors.append(f"{f}: line {i + 1}: colours are not stern's pair for the pod")
        if (m.group(2), m.group(4)) not in followed: errors.append(f"{f}: line {i + 1}: a container's line before its `+` line")
        times.append(m.group(5))
        msg = m.group(6)
        g = re.fullmatch(r"GET (\S+) -> 200 \(\d+ ms\)", msg)
        if g: fetched.add(g.group(1))
        e = re.fullmatch(r"\[BİLGİ\] eklendi: (.+?) \| (\S+)(?: .*)? \| öneren: @[\w.]+", msg)
        if e:
            counts["added"] += 1
            if e.group(2).startswith("http"):
                if e.group(2) not in fetched: errors.append(f"{f}: line {i + 1}: an added link the fetcher did not GET first")
            elif not ARXIV_TEXT.fullmatch(e.group(2)): errors.append(f"{f}: line {i + 1}: an added entry with neither a link nor arXiv:id")
        if msg.startswith("[UYARI]"):
            counts["warn"] += 1
            if ANY_LINK.search(msg) or ARXIV_TEXT.search(msg): errors.append(f"{f}: line {i + 1}: a title-only warning holds a link or an id")
        if msg.startswith("[BİLGİ] atlandı"): counts["skip"] += 1
        s = re.search(r"özet: (\d+) makale eklendi \((\d+) bağlantı/kimlik ile, (\d+) yalnızca başlık\), (\d+) bağlantı atlandı", msg)
        if s and tuple(map(int, s.groups())) != (counts["added"] + counts["warn"], counts["added"], counts["warn"], counts["skip"]):
            errors.append(f"{f}: line {i + 1}: summary does not re-count")
        s = re.search(r"kanalından (\d+) mesaj alındı", msg)
        if s: start = (i, int(s.group(1)))
    ascending(f, "timestamps", times)
    if start is None: errors.append(f"{f}: no start line (`kanalından N mesaj alındı`)")
    elif start[1] != counts["added"] + counts["warn"] + counts["skip"]: errors.append(f"{f}: the start count is not the messages handled")


# ---- 1231 ksqlDB CLI
KSQL_BANNER_END = ["Copyright 2017-2022 Confluent Inc.", ""]


def ksql_row(cells, cw):
    parts = [[c[j:j + cw] for j in range(0, len(c), cw)] or [""] for c in cells]
    n = max(len(p) for p in parts)
    return ["|" + "|".join((p[k] if k < len(p) else "").ljust(cw) for p in parts) + "|" for k in range(n)]


def check_ksql(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\$ ksql https?://\S+", L[0]) or L[2].strip() != "=" * 43 or "The Database purpose-built" not in L[9] or \
       L[13:15] != KSQL_BANNER_END or L[16] != "Server Status: RUNNING" or \
       not re.fullmatch(r"CLI v([\d.]+), Server v([\d.]+) located at " + re.escape(L[0][len("$ ksql "):]), L[15]):
        errors.append(f"{f}: the CLI banner")
    try:
        i = L.index("ksql> SHOW STREAMS;")
    except ValueError:
        errors.append(f"{f}: no SHOW STREAMS"); return
    hdr, rule = L[i + 2], L[i + 3]
    cols = [c.strip() for c in hdr.strip().split(" | ")]
    if cols != ["Stream Name", "Kafka Topic", "Key Format", "Value Format", "Windowed"] or L[i + 1] != "" or rule != "-" * len(hdr):
        errors.append(f"{f}: SHOW STREAMS header / rule")
    j = i + 4
    while j < len(L) and L[j] != rule:
        if len(L[j]) != len(hdr) or [len(x) for x in L[j].split(" | ")] != [len(x) for x in hdr.split(" | ")]: errors.append(f"{f}: line {j + 1}: SHOW STREAMS row not aligned")
        j += 1
    pm = re.fullmatch(r"ksql> PRINT '(\w+)' FROM BEGINNING LIMIT (\d+);", L[j + 1] if j + 1 < len(L) else "")
    if not pm or L[j + 2:j + 4] != ["Key format: KAFKA_STRING", "Value format: JSON or KAFKA_STRING"]: errors.append(f"{f}: PRINT command / format lines"); return
    k, recs, times = j + 4, [], []
    while k < len(L) and L[k].startswith("rowtime: "):
        m = KSQL_PRINT.fullmatch(L[k])
        if not m: errors.append(f"{f}: line {k + 1}: PRINT line shape"); return
        v = json.loads(m.group(3))
        if json.dumps(v, separators=(",", ":")) != m.group(3): errors.append(f"{f}: line {k + 1}: the producer's JSON form (\\u escapes, no spaces)")
        recs.append(v); times.append(m.group(1)); k += 1
    ascending(f, "rowtime", times)
    if len(recs) != int(pm.group(2)) or L[k] != "Topic printing ceased": errors.append(f"{f}: PRINT LIMIT {pm.group(2)} but {len(recs)} records, or no `Topic printing ceased`")
    k += 1
    if not re.fullmatch(r"ksql> SET '([\w.]+)' = '(\w+)';", L[k]) or not L[k + 1].startswith("Successfully changed local property"): errors.append(f"{f}: SET / confirmation")
    sm = re.fullmatch(r"ksql> SELECT (.+) FROM (\w+) EMIT CHANGES LIMIT (\d+);", L[k + 2])
    if not sm: errors.append(f"{f}: the push query"); return
    cols = [c.strip() for c in sm.group(1).split(",")]
    border = L[k + 3]
    cw = (len(border) - 1) // len(cols) - 1
    want = ["+" + "+".join("-" * cw for _ in cols) + "+"] + ksql_row(cols, cw) + ["+" + "+".join("-" * cw for _ in cols) + "+"]
    for v in recs[:int(sm.group(3))]:
        want += ksql_row([("null" if v.get(c.lower()) is None else str(v.get(c.lower()))) for c in cols], cw)
    want += ["Limit Reached", "Query terminated", "ksql> exit", "Exiting ksqlDB."]
    got = L[k + 3:]
    if got != want:
        bad = next((n for n, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        errors.append(f"{f}: line {k + 4 + bad}: the push query's table is not the records laid out in {cw}-wide wrapped cells (or the closing lines differ)")


# ---- 1232 SML/NJ
def sml_tostring(s, depth=70):
    b = s.encode("utf-8")
    out = []
    for x in b[:depth]:
        if x == 0x22: out.append('\\"')
        elif x == 0x5C: out.append("\\\\")
        elif 32 <= x <= 126: out.append(chr(x))
        else: out.append(f"\\{x:03d}")
    return '"' + "".join(out) + ("#" if len(b) > depth else "") + '"'


def sml_echo(name, es, ty):
    out = [f"val {name} ="]
    for i, e in enumerate(es):
        fields = [f"{k}={sml_tostring(v)}" for k, v in sorted(e.items())]
        lead, tail = ("  [" if i == 0 else "   "), ("]" if i == len(es) - 1 else ",")
        one = lead + "{" + ",".join(fields) + "}" + tail
        if len(one) <= 79: out.append(one); continue
        out.append(lead + "{" + fields[0] + ",")
        out += [" " * (len(lead) + 1) + x + "," for x in fields[1:-1]]
        out.append(" " * (len(lead) + 1) + fields[-1] + "}" + tail)
    out[-1] += f" : {ty}"
    return out


def check_sml(f, raw):
    L = lines_of(f, raw)
    if L[0] != "$ sml" or not re.fullmatch(r"Standard ML of New Jersey \(64-bit\) v110\.\d+(?:\.\d+)? \[built: \w{3} \w{3} \d\d \d\d:\d\d:\d\d \d{4}\]", L[1]):
        errors.append(f"{f}: command / banner")
    try:
        s = next(i for i, l in enumerate(L) if l.startswith("- val spysok"))
        e = L.index("= ];", s)
    except (StopIteration, ValueError):
        errors.append(f"{f}: the list definition"); return
    if any(not l.startswith("= ") for l in L[s + 1:e + 1]): errors.append(f"{f}: continuation lines without the `= ` prompt")
    src = " ".join(l[2:] for l in L[s + 1:e])
    recs = []
    for m in re.finditer(r'\{((?:[^{}"]|"(?:[^"\\]|\\.)*")*)\}', src):
        r = {k: re.sub(r'\\(.)', r"\1", v) for k, v in re.findall(r'(\w+) = "((?:[^"\\]|\\.)*)"', m.group(1))}
        recs.append(r)
    if not recs or any(set(r) != {"nazva", "posylannia", "prymitka"} for r in recs): errors.append(f"{f}: list records not read"); return
    want = sml_echo("spysok", recs, "stattia list")
    if L[e + 1:e + 1 + len(want)] != want: errors.append(f"{f}: the echo of spysok is not String.toString's (escapes, 70-byte cut with #, record layout)")
    i = e + 1 + len(want)
    if L[i:i + 2] != ["- length spysok;", f"val it = {len(recs)} : int"]: errors.append(f"{f}: length spysok answer")
    B = [r for r in recs if r["posylannia"] == ""]
    wb = sml_echo("bez_posylan", B, "stattia list")
    if not L[i + 2].startswith("- val bez_posylan = List.filter") or L[i + 3:i + 3 + len(wb)] != wb: errors.append(f"{f}: the filter's echo")
    i += 3 + len(wb)
    if L[i:i + 2] != ["- length bez_posylan;", f"val it = {len(B)} : int"]: errors.append(f"{f}: length bez_posylan answer")
    if L[i + 3:i + 3 + len(B)] != [f"{r['nazva']}  —  {r['prymitka']}" for r in B] or L[i + 3 + len(B):] != ["val it = () : unit", "- OS.Process.exit OS.Process.success;"]:
        errors.append(f"{f}: the app/print lines or the closing lines")
    for r in B:
        if ANY_LINK.search(r["prymitka"]): errors.append(f"{f}: a no-link entry with a link in its note")


# ---- 1233 Amazon Ion text
ION_TS = re.compile(r"\d{4}-\d\d-\d\dT(?:\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[+-]\d\d:\d\d|Z))?")


def ion_tokens(raw):
    rx = re.compile(r"""(?P<ws>\s+)|(?P<c1>//[^\n]*)|(?P<c2>/\*.*?\*/)|(?P<long>'''(?:[^'\\]|\\.|'(?!''))*''')|(?P<str>"(?:[^"\\\n]|\\.)*")|"""
                    r"""(?P<qsym>'(?:[^'\\\n]|\\.)+')|(?P<ts>\d{4}-\d\d-\d\dT(?:\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[+-]\d\d:\d\d|Z))?)|"""
                    r"""(?P<num>-?\d+(?:\.\d+)?(?:[de]-?\d+)?)|(?P<null>null(?:\.\w+)?)|(?P<bool>true|false)|(?P<sym>\$?[A-Za-z_][\w$]*)|"""
                    r"""(?P<ann>::)|(?P<p>[{}\[\](),:])""", re.S)
    i, out = 0, []
    while i < len(raw):
        m = rx.match(raw, i)
        if not m: raise ValueError(f"Ion: unexpected text at {i}: {raw[i:i + 30]!r}")
        if m.lastgroup not in ("ws", "c1", "c2"): out.append((m.lastgroup, m.group()))
        i = m.end()
    return out


def check_ion(f, raw):
    lines_of(f, raw)
    try:
        toks = ion_tokens(raw)
    except ValueError as ex:
        errors.append(f"{f}: {ex}"); return
    if toks[:1] != [("sym", "$ion_1_0")]: errors.append(f"{f}: no $ion_1_0 version marker first")
    stack, ids, added, prev = [], [], [], None
    for k, (kind, v) in enumerate(toks):
        if kind == "p" and v in "{[(":
            stack.append(v)
        elif kind == "p" and v in "}])":
            if not stack or {"}": "{", "]": "[", ")": "("}[v] != stack.pop(): errors.append(f"{f}: unbalanced {v}"); return
            if prev == (",", "p") or (prev and prev[0] == ","): errors.append(f"{f}: a trailing comma before {v}")
        elif kind == "p" and v == ":" and (not stack or stack[-1] != "{"): errors.append(f"{f}: a field name outside a struct")
        if kind == "ann" and (k == 0 or toks[k - 1][0] not in ("sym", "qsym")): errors.append(f"{f}: an annotation that is not a symbol")
        if kind == "sym" and k + 2 < len(toks) and toks[k + 1] == ("p", ":"):
            if v == "id": ids.append(int(toks[k + 2][1]))
            if v == "adicionado":
                if toks[k + 2][0] != "ts": errors.append(f"{f}: adicionado is not a timestamp")
                else: added.append(toks[k + 2][1][:10])
        prev = (v, kind)
    if stack: errors.append(f"{f}: {stack} not closed")
    ascending(f, "ids", ids); ascending(f, "adicionado", added)
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate ids")
    items_seen = []
    # every artigo struct: titulo first after id, link a string or null.string, arxiv only with a null link
    for m in re.finditer(r"^    (\w+)::\{\n(.*?)\n    \}", raw, re.S | re.M):
        body = m.group(2)
        fields = re.findall(r"^      (\w+): ", body, re.M)
        items_seen.append(m.group(1))
        if fields[:2] != ["id", "titulo"] or "link" not in fields: errors.append(f"{f}: {m.group(1)} {fields[:2]}: want id, titulo, link")
        link = re.search(r"^      link: (.+?),?$", body, re.M)
        if link and not re.fullmatch(r'"https://[^"\s]+"|null\.string', link.group(1)): errors.append(f"{f}: a link that is not a https string or null.string")
        if "arxiv" in fields and (not link or link.group(1) != "null.string"): errors.append(f"{f}: an arxiv field next to a link")
        if m.group(1) not in ("artigo", "repositorio", "podcast", "curso"): errors.append(f"{f}: unknown annotation {m.group(1)}")
    if len(items_seen) != len(ids) or not items_seen: errors.append(f"{f}: {len(items_seen)} annotated items but {len(ids)} ids")


# ---- 1234 Bike
BIKE_TYPES = {"heading", "note", "quote", "code", "task", "ordered", "unordered", "hr"}


def check_bike(f, raw):
    L = lines_of(f, raw)
    if L[:7][:6] != ['<?xml version="1.0" encoding="UTF-8"?>', "<html>", "  <head>", '    <meta charset="utf-8"/>', "  </head>", "  <body>"] or \
       L[-3:] != ["    </ul>", "  </body>", "</html>"]:
        errors.append(f"{f}: the XML declaration / html / head / body frame")
    try:
        root = ET.fromstring(raw.split("\n", 1)[1])
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    body = root.find("body")
    uls = list(body) if body is not None else []
    if len(uls) != 1 or uls[0].tag != "ul" or not re.fullmatch(r"[0-9A-Za-z]{6,10}", uls[0].get("id", "")): errors.append(f"{f}: body must hold one root <ul id>"); return
    ids = []

    def walk(ul, depth):
        for li in ul:
            if li.tag != "li" or not re.fullmatch(r"[0-9A-Za-z]{2,4}", li.get("id", "")): errors.append(f"{f}: a row that is not <li id=…>"); continue
            ids.append(li.get("id"))
            kids = list(li)
            if not kids or kids[0].tag != "p" or len(kids) > 2 or (len(kids) == 2 and kids[1].tag != "ul"): errors.append(f"{f}: row {li.get('id')}: want <p> then an optional <ul>")
            t = li.get("data-type")
            if t is not None and t not in BIKE_TYPES: errors.append(f"{f}: row {li.get('id')}: data-type {t}")
            if li.get("data-done") and (t != "task" or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", li.get("data-done"))): errors.append(f"{f}: row {li.get('id')}: data-done")
            if set(li.attrib) - {"id", "data-type", "data-done"}: errors.append(f"{f}: row {li.get('id')}: attributes {sorted(li.attrib)}")
            for el in kids[0].iter():
                if el.tag not in ("p", "a", "strong", "em", "code", "mark", "s"): errors.append(f"{f}: row {li.get('id')}: inline <{el.tag}>")
                if el.tag == "a" and not re.fullmatch(r"https?://\S+", el.get("href", "")): errors.append(f"{f}: row {li.get('id')}: a link without an http(s) href")
            if len(kids) == 2: walk(kids[1], depth + 1)
    walk(uls[0], 0)
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate row ids")
    # indentation: every line's indent is two spaces per open element
    depth = 0
    for n, l in enumerate(L[1:], 2):
        s = l.lstrip(" ")
        if s.startswith("</"): depth -= 1
        if len(l) - len(s) != 2 * depth: errors.append(f"{f}: line {n}: indentation {len(l) - len(s)} (want {2 * depth})"); break
        if not s.startswith("</") and not s.endswith("/>") and not re.fullmatch(r"<(\w+)[^>]*>.*</\1>", s): depth += 1


# ---- 1235 [x]it!
XIT_ITEM = re.compile(r"\[([ x@~?])\] (?:(\.*!+\.*|!+) )?(\S.*)")


def check_xit(f, raw):
    L = lines_of(f, raw)
    groups, cur = [], []
    for n, l in enumerate(L, 1):
        if l == "":
            if not cur: errors.append(f"{f}: line {n}: more than one blank line between groups")
            groups.append(cur); cur = []; continue
        cur.append((n, l))
    groups.append(cur)
    for g in groups:
        for k, (n, l) in enumerate(g):
            if l.startswith("    "):
                if k == 0 or not (XIT_ITEM.fullmatch(g[k - 1][1]) or g[k - 1][1].startswith("    ")): errors.append(f"{f}: line {n}: a continuation line not under an item")
                continue
            if l.startswith("["):
                if not XIT_ITEM.fullmatch(l): errors.append(f"{f}: line {n}: not `[ ]`/`[x]`/`[@]`/`[~]`/`[?]` + space + text")
                continue
            if k != 0 or l[:1].isspace(): errors.append(f"{f}: line {n}: a title line that is not a group's first line")
        for n, l in g:
            for d in re.findall(r"-> (\S+)", l):
                if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
                    try: dt.date.fromisoformat(d)
                    except ValueError: errors.append(f"{f}: line {n}: due date {d}")
                elif not re.fullmatch(r"\d{4}-W\d\d|\d{4}-\d\d|\d{4}", d): errors.append(f"{f}: line {n}: due date {d!r}")
            for t in re.findall(r"(?<!\S)#(\S*)", l):
                if not re.fullmatch(r"[\w-]+", t): errors.append(f"{f}: line {n}: tag #{t}")


# ---- 1236 Kagi Search API
def check_kagi(f, raw):
    d = compact_equal(f, raw, False)
    if not keys_are(f, "top", d, ["meta", "data"]): return
    keys_are(f, "meta", d["meta"], ["id", "node", "ms", "api_balance"])
    if not UUIDRX.fullmatch(d["meta"]["id"]): errors.append(f"{f}: meta.id")
    ranks, urls = [], []
    for i, r in enumerate(d["data"]):
        if r.get("t") == 0:
            want = ["t", "rank", "url", "title", "snippet"] + [k for k in ("published", "thumbnail") if k in r]
            if not keys_are(f, f"data {i}", r, want): continue
            if "published" in r and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["published"]): errors.append(f"{f}: data {i}: published")
            if "thumbnail" in r and list(r["thumbnail"]) != ["url", "height", "width"]: errors.append(f"{f}: data {i}: thumbnail keys")
            ranks.append(r["rank"]); urls.append(r["url"])
        elif r.get("t") == 1:
            if list(r) != ["t", "list"] or i != len(d["data"]) - 1: errors.append(f"{f}: the related-searches object (t: 1) last, keys t / list")
        else: errors.append(f"{f}: data {i}: t")
    if ranks != list(range(1, len(ranks) + 1)): errors.append(f"{f}: ranks {ranks}")
    if len(set(urls)) != len(urls): errors.append(f"{f}: duplicate urls")


def shape_checks(f, raw, path):
    n = num(f)
    {1227: check_brave, 1228: check_recollq, 1229: check_sumo, 1230: check_stern, 1231: check_ksql,
     1232: check_sml, 1233: check_ion, 1234: check_bike, 1235: check_xit,
     1236: check_kagi}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round120's and round121's, a byte-identical file counted once), and the round120/round121 split (candidates sorted by
# (uses, catalogue title); round121 = odd positions from 3 on, one unbroken run; round120 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P120S = ["/work/rounds/digests-round120/expected.json", "/work/main/tests/data/digests-round120/expected.json"]
P120 = next((p for p in P120S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P120S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round120", "digests-round121") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round121 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r120 = set()
if P120:
    try:
        r120 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P120)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P120} exists but could not be read (being written?)")
    if r120 & mine: errors.append(f"papers also in round120: {sorted(r120 & mine)}")
shared120 = len(r120 & mine) if P120 else "(no round120 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round121 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round120: {shared120}; papers in more than one round121 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

