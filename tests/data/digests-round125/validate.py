#!/usr/bin/env python3
r"""Checks round125/expected.json against the digests and the shared catalogues.

Adapted from round123/validate.py (the label checks are the same code; the reuse report is round123's with round124 /
round125 in place of round122 / round123: round125 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round124's and round125's own (a
digests-round124 / digests-round125 folder, or a file whose bytes equal round124's or round125's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round125 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round124's expected.json (read only, from /work/rounds/digests-round124/ or
/work/main/tests/data/digests-round124/, when it exists), and on a paper in more than one round125 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1267 every JSON string (Google's \u003c \u003e
\u0026 \u003d \u0027 undone); 1268 Markdown backslash escapes undone; 1269 the strings of the JSON objects the Worker
logged; 1270 every Python string literal (adjacent literals — pprint's split of a long string — joined); 1271 every
Rust Debug string (\" \\ \n \u{…} undone); 1272 every plist string (\Uxxxx UTF-16 units with surrogate pairs, \"
\\ \n undone); 1274 every XML attribute value and text; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1267 Google Custom Search JSON (re-printed in Google's form and compared: two-space indent, raw UTF-8, < > & = ' as
\u00XX, final newline; top keys kind / url / queries / context / searchInformation / items; request count = items,
nextPage = request but startIndex; totalResults / formattedTotalResults / formattedSearchTime agree; each item's keys
in order, displayLink = the link's host, formattedUrl = link, htmlTitle / htmlSnippet / htmlFormattedUrl = the plain
fields marked up (<b> on the query term, <br> at line breaks, entities), the query term in title or snippet, titles
over 62 characters cut with " ...", arXiv items titled "[id] " + citation_title (cut) with citation_arxiv_id and
citation_pdf_url agreeing; no link twice);
1268 Jina s.jina.ai text (LF, final newline; blocks [1], [2], … in order, each Title, URL Source, Description,
optional Published Time (ISO), Markdown Content, a blank line between blocks; an arXiv page's Title starts with [id];
setext underlines of fifteen = or - under a heading line; `*   ` bullets; images numbered 1, 2, … per page; table
rows closed with the same cell count);
1269 wrangler tail --format pretty (LF, final newline; the banner, the tail creation and connection lines; every line
an event (`METHOD https://<worker>.….workers.dev/… - <outcome> @ dd.mm.yyyy, hh:mm:ss` or a cron event) or a
`  (log|warn|error) …` line under one; every event with a log line; times ascending, none after the tail expired
(Kyiv time = UTC + 3 h); logged JSON in JSON.stringify's form, update_ids increasing; stored numbers consecutive, what
was stored an arXiv link, "лише arXiv:…, без посилання" or "(без посилання)"; title-only warnings with no link or id);
1270 pdb session (LF, final newline; the python3 -m pdb command, the stop at line 1, `c` first and `q` last; the
traceback, the KeyError and the two post-mortem lines, the stop = the last frame; `pp papers` = pprint.pformat(width=80)
of its own value, `p p` = repr(papers[i-1]) with i from `p i`, the KeyError's key missing there and present in every
earlier entry, the program's output = the entries before the crash, `p [...]` and `p p.keys()` re-evaluated; `l` in
pdb's line format (numbers in a run from current-5, `->` on the current line, its text = the traceback's); `w` = the
traceback's frames; the prompt after q);
1271 cargo run + dbg! (LF, final newline; the command, Compiling first, the warning summary counting the warnings,
Finished, Running with the same crate and argument; every dbg! value parsed and re-printed in {:#?}'s layout (four
spaces, trailing commas, Some( … ), [], Rust string escapes) and compared; the count dbg! = papers with no url; stdout
= the papers before the first with no url; the panic lines; the prompt);
1272 defaults read (LF, final newline; the command and the final prompt; ASCII only; the old-style plist parsed and
re-printed as NSDictionary's description (sorted keys, `key =     (` / sixteen-space `{` inside arrays, commas,
quotes only when a string is not all ASCII letters and digits) and compared; escapes only \Uxxxx (no lone high
surrogate), \" \\ \n; data lengths; queue items' keys, dates, urls, dates ascending);
1273 litecli session (LF, final newline; the command, litecli's banner, prompts with the database name; every table:
rules, header, rows, each row as wide as the rule by display width, cells padded and left-aligned, columns as wide as
their widest cell, NULL as <null>; `N rows in set` = the rows after a SELECT; `Time: 0.00Ns`; an SQLite error line;
exit → Goodbye!);
1274 Task Coach .tsk (LF, final newline; the XML and taskcoach processing instructions, <tasks> … </tasks>;
well-formed; one element a line, no indentation, attributes in name order, &amp; / &lt; / &quot; escaping; uuid1 ids,
unique; dates "YYYY-MM-DD HH:MM:SS[.ffffff]", modified not before created, due not before the planned start;
percentageComplete 1–100 when written, completiondate exactly with 100; priorities; URI attachments; efforts that
stop after they start; categories naming tasks; tasks, then categories, then a uuid4 guid);
1275 Quizlet export (LF, no final newline; every line one tab between a non-empty term and definition; terms unique);
1276 jj log (LF, final newline; the command and the final prompt; node and description lines in pairs; node lines:
graph column, change id (8 letters k–z), e-mail, timestamp, refs, commit id (8 hex); one @, first; immutable ◆ commits
only below the mutable ones; ids unique; timestamps newest first; descriptions aligned with their node's text; ╮ and
╯ balanced; ~ at the end).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import html, json, os, re, sys, unicodedata
import datetime as dt
from collections import Counter
from urllib.parse import unquote
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


def md_unescape(s):
    """Markdown backslash escapes undone (Jina's reader writes generative\\_agents, \\[cs.CL\\], 1\\.)"""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|])", r"\1", s)


def log_json_strings(raw):
    """the JSON objects the Worker logged (`  (log) {...}`), their strings"""
    out = []
    for m in re.finditer(r"^  \(log\) (\{.*\})$", raw, re.M):
        try: out += json_strings(json.loads(m.group(1)))
        except ValueError: pass
    return out


PY_STR = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")


def py_strings(raw):
    """Python string literals (repr / pprint), adjacent literals (pprint's split of a long string) joined"""
    import ast
    out, run, last_end = [], [], None
    for m in PY_STR.finditer(raw):
        try: v = ast.literal_eval(m.group(0))
        except (ValueError, SyntaxError): continue
        if run and raw[last_end:m.start()].strip() == "": run.append(v)
        else:
            if run: out.append("".join(run))
            run = [v]
        last_end = m.end()
    if run: out.append("".join(run))
    return out


def rust_unescape(s):
    return re.sub(r'\\(u\{([0-9a-f]+)\}|.)', lambda m: chr(int(m.group(2), 16)) if m.group(2) else {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(m.group(1), m.group(1)), s)


def rust_strings(raw):
    return [rust_unescape(m) for m in re.findall(r'"((?:[^"\\\n]|\\.)*)"', raw)]


def plist_unescape(s):
    """\\Uxxxx (UTF-16 units, surrogate pairs joined), \\" \\\\ \\n undone"""
    units, out = [], []
    i = 0
    while i < len(s):
        if s.startswith("\\U", i) and re.fullmatch(r"[0-9a-fA-F]{4}", s[i + 2:i + 6]):
            units.append(int(s[i + 2:i + 6], 16)); i += 6; continue
        if units:
            out.append(b"".join(u.to_bytes(2, "big") for u in units).decode("utf-16-be", errors="replace")); units = []
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t"}.get(s[i + 1], s[i + 1])); i += 2; continue
        out.append(s[i]); i += 1
    if units: out.append(b"".join(u.to_bytes(2, "big") for u in units).decode("utf-16-be", errors="replace"))
    return "".join(out)


def plist_strings(raw):
    return [plist_unescape(m) for m in re.findall(r'"((?:[^"\\\n]|\\.)*)"', raw)]


def xml_texts(raw):
    import xml.etree.ElementTree as ET
    out = []
    for el in ET.fromstring(raw.encode("utf-8")).iter():
        out += list(el.attrib.values())
        if el.text: out.append(el.text)
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1267: forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1268: forms.append(md_unescape(raw))
    if n == 1269: forms.append("\n".join(log_json_strings(raw)))
    if n == 1270: forms.append("\n".join(py_strings(raw)))
    if n == 1271: forms.append("\n".join(rust_strings(raw)))
    if n == 1272: forms.append("\n".join(plist_strings(raw)))
    if n == 1274: forms.append("\n".join(xml_texts(raw)))
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


ARXIV_TEXT = re.compile(r"arXiv:\d{4}\.\d{4,5}")
ID_OR_LINK = re.compile(r"https?://|arXiv:\d{4}\.\d{4,5}")


# ---- 1267 Google Programmable Search (Custom Search JSON API v1)
def google_json(v):
    s = json.dumps(v, ensure_ascii=False, indent=2)
    for c in "<>&='":
        s = s.replace(c, "\\u%04x" % ord(c))
    return s + "\n"


def check_cse(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if google_json(d) != raw: errors.append(f"{f}: not Google's JSON form (two-space indent, raw UTF-8, < > & = ' as \\u003c \\u003e \\u0026 \\u003d \\u0027, final newline)")
    if not keys_are(f, "top", d, ["kind", "url", "queries", "context", "searchInformation", "items"]): return
    if d["kind"] != "customsearch#search": errors.append(f"{f}: kind {d['kind']!r}")
    req = d["queries"]["request"][0]; nxt = d["queries"].get("nextPage", [{}])[0]
    items, si = d["items"], d["searchInformation"]
    q = req["searchTerms"]
    if req["count"] != len(items): errors.append(f"{f}: request count {req['count']} for {len(items)} items")
    if req["startIndex"] != 1 or nxt.get("startIndex") != 1 + len(items): errors.append(f"{f}: startIndex / nextPage startIndex")
    if {k: v for k, v in nxt.items() if k != "startIndex"} != {k: v for k, v in req.items() if k != "startIndex"}: errors.append(f"{f}: nextPage differs from request beyond startIndex")
    if req["title"] != "Google Custom Search - " + q: errors.append(f"{f}: request title")
    if not (req["totalResults"] == si["totalResults"] and si["formattedTotalResults"] == f"{int(si['totalResults']):,}"): errors.append(f"{f}: totalResults / formattedTotalResults")
    if si["formattedSearchTime"] != f"{si['searchTime']:.2f}": errors.append(f"{f}: formattedSearchTime")
    if not 1 <= len(items) <= 10: errors.append(f"{f}: {len(items)} items on a page")
    links = []
    for i, it in enumerate(items):
        want = ["kind", "title", "htmlTitle", "link", "displayLink", "snippet", "htmlSnippet"] + (["cacheId"] if "cacheId" in it else []) + ["formattedUrl", "htmlFormattedUrl", "pagemap"]
        if not keys_are(f, f"item {i}", it, want): continue
        if it["kind"] != "customsearch#result": errors.append(f"{f}: item {i}: kind")
        m = re.match(r"https?://([^/]+)", it["link"])
        if not m or it["displayLink"] != m.group(1): errors.append(f"{f}: item {i}: displayLink {it['displayLink']!r} for {it['link']!r}")
        if it["formattedUrl"] != it["link"]: errors.append(f"{f}: item {i}: formattedUrl")
        bold = lambda s: re.sub(r"(?i)\b(" + re.escape(q) + r")\b", r"<b>\1</b>", s)
        if it["htmlFormattedUrl"] != bold(it["formattedUrl"]): errors.append(f"{f}: item {i}: htmlFormattedUrl")
        t = it["title"]
        if len(t) > 62 and not t.endswith(" ..."): errors.append(f"{f}: item {i}: a title over 62 characters not cut with ' ...'")
        if len(t) > 66: errors.append(f"{f}: item {i}: title too long for Google's cut")
        if it["htmlTitle"] != bold(html.escape(t, quote=False)): errors.append(f"{f}: item {i}: htmlTitle is not the title with the query term in <b>")
        hs = bold(html.escape(it["snippet"], quote=True).replace("&#x27;", "&#39;")).replace("\n", "<br>\n")
        if it["htmlSnippet"] != hs: errors.append(f"{f}: item {i}: htmlSnippet is not the snippet marked up (<b>, <br>, entities)")
        if q.lower() not in (t + it["snippet"]).lower(): errors.append(f"{f}: item {i}: the query term is in neither title nor snippet")
        if not isinstance(it["pagemap"], dict) or not it["pagemap"]: errors.append(f"{f}: item {i}: pagemap")
        mt = (it["pagemap"].get("metatags") or [{}])[0]
        if it["displayLink"] == "arxiv.org":
            aid = it["link"].rsplit("/", 1)[1]
            if not t.startswith(f"[{aid}] "): errors.append(f"{f}: item {i}: an arXiv title without its [id]")
            if mt.get("citation_arxiv_id") != aid or mt.get("citation_pdf_url") != f"https://arxiv.org/pdf/{aid}": errors.append(f"{f}: item {i}: citation_arxiv_id / citation_pdf_url")
            full = "[" + aid + "] " + mt.get("citation_title", "")
            if not (full == t or (t.endswith(" ...") and full.startswith(t[:-4]))): errors.append(f"{f}: item {i}: title is not citation_title (cut)")
        links.append(it["link"])
    if len(set(links)) != len(links): errors.append(f"{f}: a link twice")


# ---- 1268 Jina s.jina.ai plain-text answer
def check_jina(f, raw):
    L = lines_of(f, raw)
    n, i, blocks = 0, 0, 0
    while i < len(L):
        if L[i] == "" and i + 1 < len(L) and L[i + 1].startswith(f"[{n + 1}] Title: "): i += 1; continue
        m = re.fullmatch(r"\[(\d+)\] Title: (.+)", L[i])
        if not m:
            if n == 0: errors.append(f"{f}: line {i + 1}: a result block must start the file"); return
            i += 1; continue
        k = int(m.group(1))
        if k != n + 1: errors.append(f"{f}: line {i + 1}: result [{k}] after [{n}]")
        if n and L[i - 1] != "": errors.append(f"{f}: line {i + 1}: no blank line before result [{k}]")
        n = k; blocks += 1; j = i + 1
        title = m.group(2)
        um = re.fullmatch(rf"\[{k}\] URL Source: (https://\S+)", L[j]) if j < len(L) else None
        if not um: errors.append(f"{f}: line {j + 1}: [{k}] URL Source"); return
        url = um.group(1); j += 1
        if not (j < len(L) and L[j].startswith(f"[{k}] Description: ")): errors.append(f"{f}: line {j + 1}: [{k}] Description")
        j += 1
        if j < len(L) and L[j].startswith(f"[{k}] Published Time: "):
            if not re.fullmatch(rf"\[{k}\] Published Time: \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{{3}})?(Z|[+-]\d\d:\d\d)", L[j]): errors.append(f"{f}: line {j + 1}: Published Time")
            j += 1
        if not (j < len(L) and L[j] == f"[{k}] Markdown Content:"): errors.append(f"{f}: line {j + 1}: [{k}] Markdown Content"); return
        j += 1; start = j
        while j < len(L) and not (L[j] == "" and j + 1 < len(L) and re.match(rf"\[{k + 1}\] Title: ", L[j + 1])): j += 1
        body = L[start:j]
        am = re.fullmatch(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", url)
        if am and not title.startswith(f"[{am.group(1)}] "): errors.append(f"{f}: [{k}] an arXiv page whose Title lacks [id]")
        imgs = [int(x) for x in re.findall(r"!\[Image (\d+): ", "\n".join(body))]
        if imgs != list(range(1, len(imgs) + 1)): errors.append(f"{f}: [{k}] images numbered {imgs} (1, 2, … per page)")
        for b, line in enumerate(body):
            if re.fullmatch(r"[=-]+", line):
                if len(line) != 15: errors.append(f"{f}: [{k}] a setext underline of {len(line)} (Jina writes 15)")
                if b == 0 or not body[b - 1].strip(): errors.append(f"{f}: [{k}] an underline with no heading text")
            if re.match(r"[*+-] \S", line) and line != "* * *": errors.append(f"{f}: [{k}] a bullet not written `*   `: {line[:30]!r}")
            if line.startswith("|"):
                if not line.endswith("|"): errors.append(f"{f}: [{k}] a table row not closed")
        rows = [l for l in body if l.startswith("|")]
        if rows:
            ncol = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
            if len(ncol) != 1: errors.append(f"{f}: [{k}] table rows with different cell counts {sorted(ncol)}")
        i = j
    if blocks < 3: errors.append(f"{f}: {blocks} result blocks")


# ---- 1269 wrangler tail --format pretty
def check_wrangler(f, raw):
    L = lines_of(f, raw)
    if L[:3] != [" ⛅️ wrangler 3.57.1", "-" * 19, ""]: errors.append(f"{f}: wrangler banner"); return
    m = re.fullmatch(r"Successfully created tail, expires at (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)", L[3])
    cm = re.fullmatch(r"Connected to ([\w-]+), waiting for logs\.\.\.", L[4])
    if not m or not cm: errors.append(f"{f}: tail creation / connection lines"); return
    expires = dt.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%SZ")
    worker = cm.group(1)
    EV = re.compile(r"(GET|POST|PUT|DELETE) (https://([\w.-]+)/\S*) - (Ok|Exception Thrown|Canceled|Exceeded CPU Limit) @ (\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d)")
    CR = re.compile(r'"([\d*/,-]+(?: [\d*/,-]+){4})" @ (\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d) - (Ok|Exceeded CPU Limit)')
    times, cur_logs, upd, nums = [], None, [], []
    for n, l in enumerate(L[5:], 6):
        em, crm = EV.fullmatch(l), CR.fullmatch(l)
        if em or crm:
            if cur_logs == 0: errors.append(f"{f}: line {n - 1}: an event with no log line")
            cur_logs = 0
            t = dt.datetime.strptime((em.group(5) if em else crm.group(2)), "%d.%m.%Y, %H:%M:%S")
            times.append(t)
            if em and em.group(3).split(".")[0] != worker: errors.append(f"{f}: line {n}: an event of another worker {em.group(3)}")
            if em and not em.group(3).endswith(".workers.dev"): errors.append(f"{f}: line {n}: not a workers.dev host")
            continue
        lm = re.fullmatch(r"  \((log|warn|error|info|debug)\) (.+)", l)
        if not lm or cur_logs is None: errors.append(f"{f}: line {n}: neither an event nor a log line: {l[:50]!r}"); continue
        cur_logs += 1
        msg = lm.group(2)
        if msg.startswith("{"):
            try:
                o = json.loads(msg)
                if json.dumps(o, ensure_ascii=False, separators=(",", ":")) != msg: errors.append(f"{f}: line {n}: not JSON.stringify's form")
                upd.append(o.get("update_id"))
            except ValueError: errors.append(f"{f}: line {n}: a broken JSON log")
        am = re.match(r"додано #(\d+): (.+) — (.+)$", msg)
        if am:
            nums.append(int(am.group(1)))
            w = am.group(3)
            if not (re.fullmatch(r"https://arxiv\.org/(abs|pdf)/\d{4}\.\d{4,5}(v\d+)?", w) or w == "(без посилання)" or re.fullmatch(r"лише arXiv:\d{4}\.\d{4,5}, без посилання", w)):
                errors.append(f"{f}: line {n}: what was stored: {w[:40]!r}")
        if lm.group(1) == "warn" and "лише назву" in msg and ID_OR_LINK.search(msg): errors.append(f"{f}: line {n}: a title-only warning with a link or id")
    if cur_logs == 0: errors.append(f"{f}: the last event has no log line")
    ascending(f, "event times", times)
    if times and times[-1] - dt.timedelta(hours=3) > expires: errors.append(f"{f}: an event after the tail expired")
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else False: errors.append(f"{f}: stored numbers {nums} not consecutive")
    if upd != sorted(set(upd)): errors.append(f"{f}: update_ids not increasing")


def ascending(f, where, xs, strict=False):
    for a, b in zip(xs, xs[1:]):
        if b < a or (strict and b == a): errors.append(f"{f}: {where}: {b} after {a}"); return


# ---- 1270 pdb post-mortem session
def check_pdb(f, raw):
    import ast, pprint
    L = lines_of(f, raw)
    PR = "(Pdb) "
    m = re.fullmatch(r"(\w+)@([\w-]+):(\S+)\$ python3 -m pdb (\S+\.py) (\S+)", L[0])
    if not m: errors.append(f"{f}: line 1: the python3 -m pdb command"); return
    cmds = [(n, l[len(PR):]) for n, l in enumerate(L) if l.startswith(PR)]
    if not cmds or cmds[0][1] != "c" or cmds[-1][1] != "q": errors.append(f"{f}: the session must start with c and end with q"); return
    if not re.fullmatch(r"> /\S+\.py\(1\)<module>\(\)", L[1]) or not L[2].startswith("-> "): errors.append(f"{f}: the first stop at line 1")
    out = {}
    for k, (n, c) in enumerate(cmds):
        end = cmds[k + 1][0] if k + 1 < len(cmds) else len(L)
        out[c] = L[n + 1:end]
    run = out["c"]
    try:
        tb = run.index("Traceback (most recent call last):")
    except ValueError:
        errors.append(f"{f}: no traceback after c"); return
    prog = run[:tb]
    rest = run[tb:]
    ex = next((j for j, l in enumerate(rest) if re.fullmatch(r"\w+Error: .*", l)), None)
    if ex is None or rest[ex + 1:ex + 3] != ["Uncaught exception. Entering post mortem debugging", "Running 'cont' or 'step' will restart the program"]:
        errors.append(f"{f}: the post-mortem lines"); return
    frames, j = [], 1
    while j < ex:
        fm = re.fullmatch(r'  File "([^"]+)", line (\d+), in (\S+)', rest[j])
        if not fm: errors.append(f"{f}: traceback line {rest[j][:40]!r}"); return
        src = rest[j + 1][4:] if j + 1 < ex and rest[j + 1].startswith("    ") else None
        frames.append((fm.group(1), int(fm.group(2)), fm.group(3), src)); j += 2 if src else 1
    last = frames[-1]
    stop = rest[ex + 3:ex + 5]
    if stop != [f"> {last[0]}({last[1]}){last[2]}()", "-> " + (last[3] or "")]: errors.append(f"{f}: the post-mortem stop is not the last frame")
    keyerr = re.fullmatch(r"KeyError: '(\w+)'", rest[ex])
    try:
        papers = ast.literal_eval("\n".join(out["pp papers"]))
        if pprint.pformat(papers, width=80).split("\n") != out["pp papers"]: errors.append(f"{f}: pp papers is not pprint.pformat(width=80) of its value")
        i = ast.literal_eval(out["p i"][0]); cur = ast.literal_eval(out["p p"][0])
        if papers[i - 1] != cur or repr(cur) != out["p p"][0]: errors.append(f"{f}: p p is not papers[i-1] / not its repr")
        if keyerr and keyerr.group(1) in cur: errors.append(f"{f}: the KeyError's key is in p")
        if keyerr and any(keyerr.group(1) not in p for p in papers[:i - 1]): errors.append(f"{f}: an earlier entry lacks the key too")
        want = [f"{k}. {p['shirshak']} — {p['link']}" for k, p in enumerate(papers[:i - 1], 1)]
        if prog[1:] != want or not re.fullmatch(rf"\S+ {len(papers)} \S+", prog[0]): errors.append(f"{f}: the program's output is not the entries before the crash")
        lc = [c for c in out if c.startswith("p [")]
        for c in lc:
            if out[c] != [repr(eval(c[2:], {"papers": papers}))]: errors.append(f"{f}: {c!r} answered otherwise")
        if "p p.keys()" in out and out["p p.keys()"] != [repr(cur.keys())]: errors.append(f"{f}: p p.keys()")
    except (ValueError, SyntaxError, KeyError, IndexError, TypeError) as e:
        errors.append(f"{f}: pdb values: {e!r}")
    ls = out.get("l", [])
    nums = []
    for l in ls:
        lm = re.fullmatch(r"( {0,2}\d+) ?([ B])(->|>>|  )?\t(.*)", l)
        if not lm: errors.append(f"{f}: l line {l[:30]!r}"); continue
        s = lm.group(1).rjust(3)
        if len(l.split("\t")[0]) not in (5, 7): errors.append(f"{f}: l line number column {l[:8]!r}")
        nums.append(int(lm.group(1)))
        if (lm.group(3) == "->") != (int(lm.group(1)) == last[1]): errors.append(f"{f}: l marks line {lm.group(1)} wrongly")
        if int(lm.group(1)) == last[1] and lm.group(4).strip() != last[3]: errors.append(f"{f}: l's current line differs from the traceback")
    if nums and (nums != list(range(nums[0], nums[0] + len(nums))) or nums[0] != max(1, last[1] - 5)): errors.append(f"{f}: l lines {nums}")
    wl = out.get("w", [])
    want = []
    for k, (fl, n, fn, src) in enumerate(frames):
        want.append(("> " if k == len(frames) - 1 else "  ") + f"{fl}({n}){fn}()")
        if src: want.append("-> " + src)
    if wl and wl != want: errors.append(f"{f}: w does not list the traceback's frames")
    if L[-1] != f"{m.group(1)}@{m.group(2)}:{m.group(3)}$ ": errors.append(f"{f}: no prompt after q")


# ---- 1271 cargo run + dbg!
class RSome:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, RSome) and o.v == self.v


def rust_parse(s, i=0):
    """the {:#?} subset: Name { f: v, }, [v, ], Some(v, ), None, "str", ints (whitespace free)"""
    ws = lambda i: len(s) - len(s[i:].lstrip())
    i = ws(i) if False else i + (len(s[i:]) - len(s[i:].lstrip()))
    if s.startswith('"', i):
        m = re.compile(r'"((?:[^"\\\n]|\\.)*)"').match(s, i)
        return rust_unescape(m.group(1)), m.end()
    if s.startswith("None", i): return None, i + 4
    if s.startswith("Some(", i):
        v, j = rust_parse(s, i + 5)
        j += len(s[j:]) - len(s[j:].lstrip())
        if s.startswith(",", j): j += 1
        j += len(s[j:]) - len(s[j:].lstrip())
        if not s.startswith(")", j): raise ValueError(f"Some( not closed at {j}")
        return RSome(v), j + 1
    if s.startswith("[]", i): return [], i + 2
    if s.startswith("[", i):
        out, j = [], i + 1
        while True:
            j += len(s[j:]) - len(s[j:].lstrip())
            if s.startswith("]", j): return out, j + 1
            v, j = rust_parse(s, j); out.append(v)
            if s.startswith(",", j): j += 1
    m = re.compile(r"\d+").match(s, i)
    if m: return int(m.group(0)), m.end()
    m = re.compile(r"([A-Z]\w*) \{").match(s, i)
    if m:
        fields, j = [], m.end()
        while True:
            j += len(s[j:]) - len(s[j:].lstrip())
            if s.startswith("}", j): return (m.group(1), fields), j + 1
            fm = re.compile(r"(\w+): ").match(s, j)
            if not fm: raise ValueError(f"a field expected at {j}")
            v, j = rust_parse(s, fm.end()); fields.append((fm.group(1), v))
            if s.startswith(",", j): j += 1
    raise ValueError(f"cannot read a value at {i}: {s[i:i + 20]!r}")


def rust_render(v, ind=0):
    p = " " * ind
    if v is None: return "None"
    if isinstance(v, int): return str(v)
    if isinstance(v, str):
        return '"' + "".join({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(c, c if ord(c) >= 32 and ord(c) != 127 else "\\u{%x}" % ord(c)) for c in v) + '"'
    if isinstance(v, RSome): return "Some(\n" + p + "    " + rust_render(v.v, ind + 4) + ",\n" + p + ")"
    if isinstance(v, list):
        return "[]" if not v else "[\n" + "".join(p + "    " + rust_render(x, ind + 4) + ",\n" for x in v) + p + "]"
    name, fields = v
    return name + " {\n" + "".join(f"{p}    {k}: {rust_render(x, ind + 4)},\n" for k, x in fields) + p + "}"


def check_dbg(f, raw):
    L = lines_of(f, raw)
    pm = re.fullmatch(r"(\w+)@([\w-]+):(\S+)\$ cargo run -- (\S+)", L[0])
    if not pm: errors.append(f"{f}: line 1: the cargo run command"); return
    comp = next((i for i, l in enumerate(L) if re.fullmatch(r"   Compiling (\w+) v\d+\.\d+\.\d+ \(/\S+\)", l)), None)
    fin = next((i for i, l in enumerate(L) if re.fullmatch(r"    Finished `dev` profile \[unoptimized \+ debuginfo\] target\(s\) in \d+\.\d\ds", l)), None)
    if comp != 1 or fin is None: errors.append(f"{f}: cargo's Compiling / Finished lines"); return
    crate = re.match(r"   Compiling (\w+)", L[1]).group(1)
    if L[fin + 1] != f"     Running `target/debug/{crate} {pm.group(4)}`": errors.append(f"{f}: the Running line")
    warns = [l for l in L[2:fin] if l.startswith("warning: ") and not l.startswith(f"warning: `{crate}`")]
    sm = [l for l in L[2:fin] if l.startswith(f"warning: `{crate}` (bin \"{crate}\") generated ")]
    if len(sm) != 1 or not sm[0].startswith(f"warning: `{crate}` (bin \"{crate}\") generated {len(warns)} warning"): errors.append(f"{f}: the warning summary does not count the warnings")
    text = "\n".join(L[fin + 2:])
    DB = re.compile(r"^\[src/(\w+)\.rs:(\d+):(\d+)\] (.+?) = ", re.M)
    marks = list(DB.finditer(text))
    if not marks: errors.append(f"{f}: no dbg! line"); return
    values = []
    for k, mk in enumerate(marks):
        try:
            v, j = rust_parse(text, mk.end())
        except (ValueError, AttributeError) as e:
            errors.append(f"{f}: dbg! value of {mk.group(4)}: {e}"); continue
        if text[mk.end():j] != rust_render(v): errors.append(f"{f}: dbg! value of {mk.group(4)} is not {{:#?}}'s layout")
        if not text.startswith("\n", j): errors.append(f"{f}: text after the dbg! value of {mk.group(4)}")
        values.append((mk.group(4), v, j))
    if len({(int(m.group(2)), int(m.group(3))) for m in marks}) != len(marks): errors.append(f"{f}: two dbg! at one place")
    papers = dict((e, v) for e, v, _ in values).get("&papers")
    if not isinstance(papers, list): errors.append(f"{f}: no &papers value"); return
    for k, p in enumerate(papers):
        if not (isinstance(p, tuple) and [x for x, _ in p[1]] == ["titlos", "url", "arxiv", "simeiosi", "etos", "etiketes"]): errors.append(f"{f}: paper {k}: fields")
    papers = [dict(p[1]) for p in papers]
    cnt = dict((e, v) for e, v, _ in values).get("papers.iter().filter(|p| p.url.is_none()).count()")
    if cnt != sum(1 for p in papers if p["url"] is None): errors.append(f"{f}: the count of papers with no url")
    after = text[values[-1][2] + 1:].split("\n")
    want = []
    for p in papers:
        if p["url"] is None: break
        want.append(f"{p['titlos']} <{p['url'].v}>")
    if after[:len(want)] != want: errors.append(f"{f}: the program's stdout is not the papers before the first with no url")
    tail = after[len(want):]
    if not (re.fullmatch(r"thread 'main' panicked at src/main\.rs:\d+:\d+:", tail[0]) and tail[1] == "called `Option::unwrap()` on a `None` value"
            and tail[2] == "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"): errors.append(f"{f}: the panic lines")
    if tail[3:] != [f"{pm.group(1)}@{pm.group(2)}:{pm.group(3)}$ "]: errors.append(f"{f}: lines after the panic")


# ---- 1272 defaults read (old-style plist, NSDictionary description)
class PQ(str): pass      # a quoted string
class PD(str): pass      # data {length = n, bytes = 0x…}


def plist_parse(s, i):
    if s.startswith("{length = ", i):
        m = re.compile(r"\{length = (\d+), bytes = 0x([0-9a-f]+(?: \.\.\. [0-9a-f]+)?)\}").match(s, i)
        if not m: raise ValueError(f"bad data at {i}")
        if " ... " not in m.group(2) and len(m.group(2)) != 2 * int(m.group(1)): raise ValueError("data length")
        return PD(m.group(0)), m.end()
    if s.startswith('"', i):
        m = re.compile(r'"((?:[^"\\\n]|\\.)*)"').match(s, i)
        return PQ(m.group(1)), m.end()
    m = re.compile(r"[A-Za-z0-9]+").match(s, i)
    if m: return m.group(0), m.end()
    ws = re.compile(r"[ \n]*")
    if s.startswith("(", i):
        out, j = [], ws.match(s, i + 1).end()
        while not s.startswith(")", j):
            v, j = plist_parse(s, j); out.append(v)
            j = ws.match(s, j).end()
            if s.startswith(",", j): j = ws.match(s, j + 1).end()
        return out, j + 1
    if s.startswith("{", i):
        out, j = [], ws.match(s, i + 1).end()
        while not s.startswith("}", j):
            k, j = plist_parse(s, j)
            if not s.startswith(" = ", j): raise ValueError(f"' = ' expected at {j}")
            v, j = plist_parse(s, ws.match(s, j + 3).end())
            if not s.startswith(";", j): raise ValueError(f"';' expected at {j}")
            out.append((k, v)); j = ws.match(s, j + 1).end()
        return dict(out) if len(dict(out)) == len(out) else out, j + 1
    raise ValueError(f"cannot read a value at {i}: {s[i:i + 20]!r}")


def plist_render(v, L):
    ind = "    " * L
    coll = lambda x: isinstance(x, (dict, list))
    sc = lambda x: '"' + x + '"' if isinstance(x, PQ) else x
    if isinstance(v, dict):
        return ind + "{\n" + "".join("    " * (L + 1) + sc(k) + " = " + (plist_render(x, L + 1) if coll(x) else sc(x)) + ";\n" for k, x in sorted(v.items())) + ind + "}"
    return ind + "(\n" + "".join("    " * (L + 1) + (plist_render(x, L + 1) if coll(x) else sc(x)) + ("," if k < len(v) - 1 else "") + "\n" for k, x in enumerate(v)) + ind + ")"


def check_defaults(f, raw):
    L = lines_of(f, raw)
    m = re.fullmatch(r"(\w+)@([\w-]+) ~ % defaults read ([\w.-]+)", L[0])
    if not m: errors.append(f"{f}: line 1: the defaults read command"); return
    if L[-1] != f"{m.group(1)}@{m.group(2)} ~ % ": errors.append(f"{f}: the last line is not the prompt")
    body = "\n".join(L[1:-1])
    if any(ord(c) > 127 for c in body): errors.append(f"{f}: a non-ASCII character in defaults' output (it writes \\Uxxxx)")
    try:
        v, j = plist_parse(body, 0)
    except (ValueError, AttributeError) as e:
        errors.append(f"{f}: not an old-style plist: {e}"); return
    if j != len(body): errors.append(f"{f}: text after the top dictionary")
    if not isinstance(v, dict): errors.append(f"{f}: the top value is not a dictionary (or has a key twice)"); return
    if plist_render(v, 0) != body: errors.append(f"{f}: not NSDictionary's description layout (sorted keys, indentation, commas, quoting)")
    def walk(x, where):
        items = x.items() if isinstance(x, dict) else enumerate(x) if isinstance(x, list) else []
        if isinstance(x, dict):
            for k in x:
                if isinstance(k, PQ) and re.fullmatch(r"[A-Za-z0-9]+", k): errors.append(f"{f}: {where}: key {k!r} quoted without need")
        for k, y in items:
            if isinstance(y, PQ):
                if re.fullmatch(r"[A-Za-z0-9]+", y): errors.append(f"{f}: {where}/{k}: {y!r} quoted without need")
                if re.search(r'\\(?![U"\\n])|\\U(?![0-9a-f]{4})', y): errors.append(f"{f}: {where}/{k}: a bad escape")
                if re.search(r"\\U(d[89ab][0-9a-f]{2})(?!\\Ud[c-f])", y): errors.append(f"{f}: {where}/{k}: a lone high surrogate")
            walk(y, f"{where}/{k}")
    walk(v, "")
    for k, it in enumerate(v.get("ReadingQueue", [])):
        if not isinstance(it, dict) or sorted(it) != ["addedAt", "note", "status", "tags", "title", "url"]: errors.append(f"{f}: ReadingQueue/{k}: keys"); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000", it["addedAt"]): errors.append(f"{f}: ReadingQueue/{k}: addedAt")
        if it["url"] and not re.fullmatch(r"https://\S+", it["url"]): errors.append(f"{f}: ReadingQueue/{k}: url")
    ascending(f, "ReadingQueue addedAt", [it["addedAt"] for it in v.get("ReadingQueue", []) if isinstance(it, dict) and "addedAt" in it])


# ---- 1273 litecli
def check_litecli(f, raw):
    L = lines_of(f, raw)
    m = re.fullmatch(r"(\w+)@([\w-]+):(\S+)\$ litecli (\S+)", L[0])
    if not m: errors.append(f"{f}: line 1: the litecli command"); return
    db = m.group(4)
    if not (re.fullmatch(r"Version: \d+\.\d+\.\d+", L[1]) and L[2] == "Mail: https://groups.google.com/forum/#!forum/litecli-users" and L[3] == "GitHub: https://github.com/dbcli/litecli"):
        errors.append(f"{f}: litecli's banner")
    P = db + "> "
    i = 4
    W = lambda s: sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    while i < len(L):
        if not L[i].startswith(P): errors.append(f"{f}: line {i + 1}: a prompt expected: {L[i][:40]!r}"); return
        sql = L[i][len(P):]; i += 1
        if sql == "exit":
            if L[i:] != ["Goodbye!", f"{m.group(1)}@{m.group(2)}:{m.group(3)}$ "]: errors.append(f"{f}: the end after exit")
            return
        if i < len(L) and L[i].startswith("+"):
            rule = L[i]
            if not re.fullmatch(r"(\+-+)+\+", rule): errors.append(f"{f}: line {i + 1}: a bad rule")
            ws = [len(x) - 2 for x in rule.split("+")[1:-1]]
            def row(n):
                l = L[n]
                if W(l) != len(rule): errors.append(f"{f}: line {n + 1}: row width {W(l)} for a rule of {len(rule)}"); return None
                cells = l[1:-1].split("|")
                if len(cells) != len(ws): errors.append(f"{f}: line {n + 1}: {len(cells)} cells for {len(ws)} columns"); return None
                for c, w_ in zip(cells, ws):
                    if not (c.startswith(" ") and c.endswith(" ") and W(c) == w_ + 2 and not c[1:].startswith(" ")): errors.append(f"{f}: line {n + 1}: a cell not padded / left-aligned: {c[:20]!r}")
                return [c.strip() for c in cells]
            head = row(i + 1)
            if L[i + 2] != rule: errors.append(f"{f}: line {i + 3}: the rule under the header")
            j, rows = i + 3, []
            while j < len(L) and L[j] != rule:
                rows.append(row(j)); j += 1
            if j >= len(L): errors.append(f"{f}: a table not closed"); return
            cols = list(zip(*([head] + [r for r in rows if r])))
            for k, c in enumerate(cols):
                if max(W(x) for x in c) != ws[k]: errors.append(f"{f}: line {i + 1}: column {k} is not as wide as its widest cell")
            i = j + 1
            if sql.startswith("SELECT"):
                want = f"{len(rows)} row{'s' if len(rows) != 1 else ''} in set"
                if L[i] != want: errors.append(f"{f}: line {i + 1}: {L[i]!r} (want {want!r})")
                i += 1
            for r in rows:
                for x in r or []:
                    if x in ("NULL", "None", "null"): errors.append(f"{f}: a NULL written {x!r} (litecli writes <null>)")
            if not re.fullmatch(r"Time: \d\.\d{3}s", L[i]): errors.append(f"{f}: line {i + 1}: the Time line")
            i += 1
        else:
            if i < len(L) and not L[i].startswith(P) and not re.fullmatch(r"(no such (column|table): \w+|near \".*\": syntax error)", L[i]):
                errors.append(f"{f}: line {i + 1}: an error message expected")
            i += 1
    errors.append(f"{f}: no exit")


# ---- 1274 Task Coach .tsk
UUID1 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def check_taskcoach(f, raw):
    import xml.etree.ElementTree as ET
    L = lines_of(f, raw)
    if L[:3] != ['<?xml version="1.0" encoding="UTF-8"?>', '<?taskcoach release="1.4.6" tskversion="37"?>', "<tasks>"] or L[-1] != "</tasks>":
        errors.append(f"{f}: Task Coach's header / root lines")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as e:
        errors.append(f"{f}: not well-formed XML: {e}"); return
    for n, l in enumerate(L):
        if l != l.lstrip(): errors.append(f"{f}: line {n + 1}: indented (Task Coach writes none)")
        for tag in re.findall(r"^<(\w+) ", l):
            names = re.findall(r' (\w+)="', l.split(">")[0])
            if names != sorted(names): errors.append(f"{f}: line {n + 1}: attributes of <{tag}> not in name order")
    if re.search(r'="[^"]*[<>][^"]*"', raw): errors.append(f"{f}: a raw < or > in an attribute")
    if re.search(r"&(?!(amp|lt|gt|quot|#\d+);)", raw): errors.append(f"{f}: a raw & (ElementTree writes &amp;)")
    ids, tasks = [], []
    D = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?")
    for el in root.iter():
        a = el.attrib
        if "id" in a:
            ids.append(a["id"])
            if not UUID1.fullmatch(a["id"]): errors.append(f"{f}: <{el.tag}> id {a['id']} (uuid1)")
        for k in ("creationDateTime", "modificationDateTime", "duedate", "plannedstartdate", "completiondate", "start", "stop"):
            if k in a and not D.fullmatch(a[k]): errors.append(f"{f}: <{el.tag}> {k}={a[k]!r}")
        if "creationDateTime" in a and "modificationDateTime" in a and a["modificationDateTime"] < a["creationDateTime"]: errors.append(f"{f}: <{el.tag}> modified before created")
        if el.tag == "task":
            tasks.append(a["id"])
            pct = int(a.get("percentageComplete", "0"))
            if not 0 <= pct <= 100 or a.get("percentageComplete") == "0": errors.append(f"{f}: task {a.get('subject', '')[:30]!r}: percentageComplete")
            if ("completiondate" in a) != (pct == 100): errors.append(f"{f}: task {a.get('subject', '')[:30]!r}: completiondate and 100% go together")
            if "priority" in a and a["priority"] not in ("1", "2", "3", "-1", "-2"): errors.append(f"{f}: priority {a['priority']}")
            if "duedate" in a and "plannedstartdate" in a and a["duedate"] < a["plannedstartdate"]: errors.append(f"{f}: due before the planned start")
            if not a.get("subject"): errors.append(f"{f}: a task with no subject")
        if el.tag == "attachment" and (a.get("type") != "uri" or not re.fullmatch(r"https?://\S+", a.get("location", ""))): errors.append(f"{f}: an attachment not a URI")
        if el.tag == "effort" and not a.get("start", "") < a.get("stop", ""): errors.append(f"{f}: an effort that stops before it starts")
        if el.tag == "category":
            for x in a.get("categorizables", "").split():
                if x not in tasks: errors.append(f"{f}: category {a.get('subject')!r} names {x}, no task")
    if len(set(ids)) != len(ids): errors.append(f"{f}: an id twice")
    g = root.find("guid")
    if g is None or not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", g.text or ""): errors.append(f"{f}: the file's guid")
    kids = [c.tag for c in root]
    if kids != sorted(kids, key=lambda t: ["task", "category", "guid"].index(t) if t in ("task", "category", "guid") else 9) or "guid" not in kids[-1:]:
        errors.append(f"{f}: <tasks> children not tasks, then categories, then the guid")


# ---- 1275 Quizlet export (Tab / New line)
def check_quizlet(f, raw):
    L = lines_of(f, raw, final=False)
    terms = []
    for n, l in enumerate(L, 1):
        if l.count("\t") != 1: errors.append(f"{f}: line {n}: {l.count(chr(9))} tabs (one between term and definition)"); continue
        t, d = l.split("\t")
        if not t.strip() or not d.strip() or t != t.strip() or d != d.strip(): errors.append(f"{f}: line {n}: an empty or padded term / definition")
        terms.append(t)
    if len(set(terms)) != len(terms): errors.append(f"{f}: a term twice")
    if len(L) < 2: errors.append(f"{f}: fewer than two cards")


# ---- 1276 jj log
def check_jj(f, raw):
    L = lines_of(f, raw)
    m = re.fullmatch(r"(\w+)@([\w-]+):(\S+)\$ jj log", L[0])
    if not m or L[-1] != f"{m.group(1)}@{m.group(2)}:{m.group(3)}$ ": errors.append(f"{f}: the jj log command / final prompt"); return
    body = L[1:-1]
    if len(body) % 2: errors.append(f"{f}: node and description lines do not pair"); return
    NODE = re.compile(r"((?:│ )*)([@◉◆○×])((?: │)*) {2,4}([k-z]{8}) (\S+@\S+) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)((?: \S+)*) ([0-9a-f]{8})")
    cids, commits, times, kinds, ats = [], [], [], [], 0
    for k in range(0, len(body), 2):
        node, desc = body[k], body[k + 1]
        nm = NODE.fullmatch(node)
        if not nm: errors.append(f"{f}: line {k + 2}: not a jj node line: {node[:50]!r}"); continue
        ats += nm.group(2) == "@"
        kinds.append(nm.group(2))
        cids.append(nm.group(4)); commits.append(nm.group(8)); times.append(nm.group(6))
        refs = nm.group(7).split()
        if not re.fullmatch(r"[│├─╮╯~ ]*?[│├─╮╯~] {1,4}\S.*", desc): errors.append(f"{f}: line {k + 3}: a description line without its graph column")
        if len(desc) - len(desc.lstrip("│├─╮╯~ ")) != len(node) - len(node[len(nm.group(1)) + 1 + len(nm.group(3)):].lstrip(" ")) and not desc.startswith("~"):
            errors.append(f"{f}: line {k + 3}: the description is not aligned with its node's text")
        for r in refs:
            if not re.fullmatch(r"[\w.-]+(\*|\??|@origin|@git)?", r): errors.append(f"{f}: line {k + 2}: ref {r!r}")
    if ats != 1 or kinds[0] != "@": errors.append(f"{f}: one working-copy commit @, first")
    if "◆" in kinds and any(x != "◆" for x in kinds[kinds.index("◆"):]): errors.append(f"{f}: a mutable commit below an immutable one")
    if len(set(cids)) != len(cids) or len(set(commits)) != len(commits): errors.append(f"{f}: a change or commit id twice")
    ascending(f, "timestamps (newest first)", [-int(re.sub(r"\D", "", t)) for t in times])
    if not body[-1].startswith("~"): errors.append(f"{f}: elided history not marked with ~")
    opens = sum(l.count("╮") for l in body); closes = sum(l.count("╯") for l in body)
    if opens != closes: errors.append(f"{f}: {opens} branch openings, {closes} closings")


def shape_checks(f, raw, path):
    n = num(f)
    {1267: check_cse, 1268: check_jina, 1269: check_wrangler, 1270: check_pdb, 1271: check_dbg,
     1272: check_defaults, 1273: check_litecli, 1274: check_taskcoach, 1275: check_quizlet,
     1276: check_jj}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round124's and round125's, a byte-identical file counted once), and the round124/round125 split (candidates sorted by
# (uses, catalogue title); round125 = odd positions from 3 on, one unbroken run; round124 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P124S = ["/work/rounds/digests-round124/expected.json", "/work/main/tests/data/digests-round124/expected.json"]
P124 = next((p for p in P124S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P124S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round124", "digests-round125") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round125 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r124 = set()
if P124:
    try:
        r124 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P124)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P124} exists but could not be read (being written?)")
    if r124 & mine: errors.append(f"papers also in round124: {sorted(r124 & mine)}")
shared124 = len(r124 & mine) if P124 else "(no round124 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round125 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round124: {shared124}; papers in more than one round125 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

