#!/usr/bin/env python3
r"""Checks round85/expected.json against the digests and the shared catalogues.

Adapted from round83/validate.py (the label checks are the same code; the reuse report is round83's with round84 /
round85 in place of round82 / round83: round85 holds the odd positions from 3; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round84's and round85's own (a
digests-round84 / digests-round85 folder, or a file whose bytes equal round84's or round85's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round85 holds the odd positions of the
candidates sorted by (uses, catalogue title), positions 1 left out, as one run from position 3 up to its last paper; it
fails on a paper shared with round84's expected.json (read only, from /work/rounds/digests-round84/ or
/work/main/tests/data/digests-round84/, when it exists), and on a paper in more than one round85 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 870, 871 and 873 every JSON string value (873's
`\/` and `\uXXXX` undone that way); 872 every logfmt value with Go's quoting undone; 869 Lektor's extra dash on dash
lines removed; everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after
whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a
`note:`.

Shape checks (lean, grammar-level): 867 clickhouse-client session (banner, `host :) ` prompts each followed by the
echoed query, a `Query id:` UUID, PrettyCompact frames rectangular with column rules aligned, one-space padding and
numeric columns right-aligned, Vertical records with `Row n:` rules and aligned values, `N row(s) in set` = rows shown);
868 IPython transcript (banner, In numbers consecutive from 1, continuation prompts right-aligned to their In prompt,
Out[n] only after In [n], every cell valid Python once `!` / `%` lines are set aside, tracebacks naming their cell);
869 Lektor contents.lr (fields split by `---`, `name:` / multi-line `name:` + blank line, `_model` first, dash lines
escaped, flow blocks `#### name ####` with fields split by `----`, ISO pub_date); 870 BigQuery getQueryResults (key
order, two-space layout with Gson's escapes and no raw `= < > & '`, totalRows = rows, every row with one cell per
schema field, INTEGER / DATE / TIMESTAMP (Java `d.dddE9`) forms, REQUIRED not null, REPEATED as lists, RECORD as `f`);
871 Azure DevOps work items (one line without final newline, compact separators, count = items, url ends with the id,
ISO dates with Z and ChangedDate not before CreatedDate, known work item types and states, identity refs whose
imageUrl = avatar href, HTML fields balanced); 872 slog logfmt (time / level / msg first, times non-decreasing,
levels known, quotes exactly when Go's TextHandler quotes); 873 TT-RSS getHeadlines (one line, bytes = PHP json_encode
of the parsed value, seq/status, headline key order, guid JSON with SHA1, newest first, content HTML balanced); 874
imessage-exporter TXT (date-line grammar, `Me` / contact senders, `Read by them` only on Me's messages, times
non-decreasing, reply blocks indented four spaces and repeated at top level with the reply note); 875 flomo export
(HTML balanced, memos with time / content / files in that order, times descending, header count = memos); 876
tmuxinator YAML (no tabs, two-space indentation, known top-level keys, windows as one-key maps, known layouts).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, email.header, hashlib, html, json, os, re, sys, unicodedata
from collections import Counter
from html.parser import HTMLParser
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


LOGFMT = re.compile(r'([A-Za-z_][\w.]*)=("(?:[^"\\]|\\.)*"|[^\s"]*)(?: |$)')


def go_unquote(v):
    if not v.startswith('"'): return v
    return json.loads(v)  # the escapes used here (\" \\ \n \t \uXXXX) read the same in JSON


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (870, 871, 873): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 872: forms.append("\n".join(go_unquote(m.group(2)) for l in raw.split("\n") for m in LOGFMT.finditer(l)))
    if n == 869: forms.append(re.sub(r"(?m)^-(-{3,})$", r"\1", raw))
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
VOID = {"meta", "link", "img", "br", "hr", "input"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.st, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.st.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.st or self.st[-1] != tag: self.bad.append(f"</{tag}> closes <{self.st[-1] if self.st else '-'}>")
        else: self.st.pop()


def html_balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b.bad[:1] + ([f"{len(b.st)} element(s) not closed: {b.st[:3]}"] if b.st else [])


UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def check_clickhouse(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not any(re.fullmatch(r"ClickHouse client version \d+\.\d+\.\d+\.\d+ \(official build\)\.", l) for l in ls[:3]):
        errors.append(f"{f}: no clickhouse-client banner")
    if not any(re.fullmatch(r"Connected to ClickHouse server version [\d.]+ revision \d+\.", l) for l in ls[:6]):
        errors.append(f"{f}: no 'Connected to ClickHouse server' line")
    hosts, k, shown, pending = set(), 0, 0, False
    while k < len(ls):
        l = ls[k]
        m = re.fullmatch(r"(\S+) :\) (.*)", l)
        if m:
            hosts.add(m.group(1)); q = m.group(2)
            if pending: errors.append(f"{f}: line {k + 1}: previous query has no 'rows in set' line")
            if q == "exit": k += 1; continue
            j = k + 2
            if ls[k + 1:k + 2] != [""]: errors.append(f"{f}: line {k + 2}: no blank line before the echo")
            while j < len(ls) and ls[j] != "": j += 1
            echo = "\n".join(ls[k + 2:j])
            sq = lambda s: re.sub(r"[\s()]", "", s)
            if not echo or not (sq(q) == sq(echo) or (echo.endswith(" VALUES") and sq(q).startswith(sq(echo)))): errors.append(f"{f}: line {k + 3}: echo does not match the query")
            if not re.fullmatch("Query id: " + UUID4, ls[j + 1] if j + 1 < len(ls) else ""):
                errors.append(f"{f}: line {j + 2}: no 'Query id: <uuid>' line")
            k, shown, pending = j + 2, 0, True; continue
        if l.startswith("┌"):
            j = k
            while j < len(ls) and not ls[j].startswith("└"): j += 1
            box = ls[k:j + 1]
            if len({len(x) for x in box}) != 1: errors.append(f"{f}: line {k + 1}: frame lines of different widths")
            cuts = [i for i, c in enumerate(box[0]) if c == "┬"]
            if [i for i, c in enumerate(box[-1]) if c == "┴"] != cuts: errors.append(f"{f}: line {j + 1}: bottom rule not under the columns")
            for r_ in box[1:-1]:
                if [i for i, c in enumerate(r_) if c == "│"][1:-1] != cuts or not (r_.startswith("│") and r_.endswith("│")):
                    errors.append(f"{f}: line {k + 1 + box.index(r_)}: row cells not on the column rules"); continue
            edges = [0] + cuts + [len(box[0]) - 1]
            for c in range(len(edges) - 1):
                cells = [r_[edges[c] + 1:edges[c + 1]] for r_ in box[1:-1]]
                if any(not (x.startswith(" ") and x.endswith(" ")) for x in cells): errors.append(f"{f}: line {k + 1}: a cell without one-space padding")
                vals = [x[1:-1] for x in cells]
                head = box[0][edges[c] + 1:edges[c + 1]]
                if vals and all(re.fullmatch(r" *\d+(\.\d+)?", v) for v in vals):
                    if any(v != v.rstrip() or (len(v.strip()) < len(v) and not v.startswith(" ")) for v in vals): errors.append(f"{f}: line {k + 1}: numeric column not right-aligned")
                    if not head.endswith("─") or re.search(r"\w─+$", head[:-1]): errors.append(f"{f}: line {k + 1}: numeric column name not right-aligned")
                elif vals and any(v != v.rstrip() + " " * (len(v) - len(v.rstrip())) or v.startswith(" ") for v in vals if v.strip()):
                    errors.append(f"{f}: line {k + 1}: text column not left-aligned")
            shown += len(box) - 2; k = j + 1; continue
        m = re.fullmatch(r"Row (\d+):", l)
        if m:
            if ls[k + 1:k + 2] != ["─" * len(l)]: errors.append(f"{f}: line {k + 2}: Row rule not as long as its label")
            j = k + 2
            while j < len(ls) and ls[j]: j += 1
            cols = {re.match(r"\w+: *", x).end() if re.match(r"\w+: *", x) else -1 for x in ls[k + 2:j]}
            if len(cols) != 1 or -1 in cols: errors.append(f"{f}: line {k + 1}: Vertical values not aligned")
            shown += 1; k = j; continue
        if l == "Ok.": shown += 1
        m = re.fullmatch(r"(\d+) rows? in set\. Elapsed: \d+\.\d{3} sec\.(?: Processed [\d.]+ rows, [\d.]+ [KM]?B \([\d.]+ thousand rows/s\., [\d.]+ [KM]?B/s\.\))? ", l)
        if m:
            n_ = int(m.group(1))
            if (n_ == 1) != (" row in set" in l): errors.append(f"{f}: line {k + 1}: row / rows wrong")
            if n_ != shown: errors.append(f"{f}: line {k + 1}: {n_} rows in set but {shown} shown")
            pending = False
        elif "rows in set" in l or "row in set" in l:
            errors.append(f"{f}: line {k + 1}: 'rows in set' line malformed")
        k += 1
    if len(hosts) != 1: errors.append(f"{f}: prompts name {len(hosts)} hosts")


def check_ipython(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not any(re.fullmatch(r"IPython \d+\.\d+\.\d+ -- An enhanced Interactive Python\. Type '\?' for help\.", l) for l in ls[:6]):
        errors.append(f"{f}: no IPython banner")
    want, k, cur = 1, 0, None
    while k < len(ls):
        l = ls[k]
        m = re.match(r"In \[(\d+)\]: ", l)
        if m:
            n_ = int(m.group(1))
            if n_ != want: errors.append(f"{f}: line {k + 1}: In [{n_}] where In [{want}] was due")
            if k and ls[k - 1] != "": errors.append(f"{f}: line {k + 1}: no blank line before the prompt")
            want, cur = n_ + 1, n_
            pw = len(m.group(0)); src = [l[pw:]]; k += 1
            while k < len(ls) and re.match(r" *\.\.\.:", ls[k]):
                c = ls[k]
                if not (c.startswith(" " * (pw - 5) + "...:") and c[pw - 5:pw - 1] == "...:" and (len(c) == pw - 1 or c[pw - 1] == " ")):
                    errors.append(f"{f}: line {k + 1}: continuation prompt not aligned with In [{n_}]")
                src.append(c[pw:]); k += 1
            code = "\n".join("pass" if s.lstrip().startswith(("!", "%")) else s for s in src)
            if src[0] != "exit":
                try:
                    compile(code + "\n", f"In[{n_}]", "exec")
                except SyntaxError as ex:
                    errors.append(f"{f}: In [{n_}]: not valid Python: {ex.msg}")
            continue
        m = re.match(r"Out\[(\d+)\]:", l)
        if m and int(m.group(1)) != cur: errors.append(f"{f}: line {k + 1}: Out[{m.group(1)}] after In [{cur}]")
        m = re.match(r"Cell In\[(\d+)\], line \d+", l)
        if m and int(m.group(1)) != cur: errors.append(f"{f}: line {k + 1}: traceback names cell {m.group(1)} in In [{cur}]")
        k += 1


def check_lektor(f, raw):
    lf_final(f, raw)
    chunks = raw[:-1].split("\n---\n")
    names = []
    for c in chunks:
        m = re.match(r"([a-z_][a-z0-9_]*):( |\n\n|$)", c)
        if not m: errors.append(f"{f}: field chunk not 'name:' ({c[:30]!r})"); continue
        names.append(m.group(1))
        if m.group(2) == " " and "\n" in c: errors.append(f"{f}: {m.group(1)}: one-line field with more lines")
        if any(re.fullmatch(r"-{1,3}", l) for l in c.split("\n")): errors.append(f"{f}: {m.group(1)}: a dash line not escaped")
        if m.group(1) == "pub_date" and not re.fullmatch(r"pub_date: \d{4}-\d{2}-\d{2}", c): errors.append(f"{f}: pub_date not ISO")
        if m.group(1) == "body":
            body = re.sub(r"(?m)^-(-{3,})$", r"\1", c[len("body:\n\n"):])
            parts = re.split(r"(?m)^#### ([\w-]+) ####\n", body)
            if parts[0].strip(): errors.append(f"{f}: body text before the first flow block")
            for name, blk in zip(parts[1::2], parts[2::2]):
                for fc in blk.rstrip("\n").split("\n---\n"):
                    if not re.match(r"[a-z_][a-z0-9_]*:( |\n\n)", fc): errors.append(f"{f}: block {name}: field chunk not 'name:' ({fc[:30]!r})")
                    if any(re.fullmatch(r"-{1,3}", l) for l in fc.split("\n")): errors.append(f"{f}: block {name}: a dash line not escaped")
    if names[:1] != ["_model"]: errors.append(f"{f}: _model is not the first field")
    if len(names) != len(set(names)): errors.append(f"{f}: a field twice")


GSON = {"=": "\\u003d", "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
BQ_KEYS = ["kind", "etag", "schema", "jobReference", "totalRows", "rows", "totalBytesProcessed", "jobComplete", "cacheHit"]


def bq_cell(f, where, c, fld):
    if not isinstance(c, dict) or list(c) != ["v"]: errors.append(f"{f}: {where}: cell not {{\"v\": …}}"); return
    v, typ, mode = c["v"], fld["type"], fld["mode"]
    if mode == "REPEATED":
        if not isinstance(v, list): errors.append(f"{f}: {where}: REPEATED value not a list"); return
        for x in v: bq_cell(f, where, x, dict(fld, mode="NULLABLE"))
        return
    if v is None:
        if mode == "REQUIRED": errors.append(f"{f}: {where}: null in a REQUIRED field")
        return
    if typ == "RECORD":
        if not isinstance(v, dict) or list(v) != ["f"] or len(v["f"]) != len(fld["fields"]): errors.append(f"{f}: {where}: RECORD not {{\"f\": […]}}"); return
        for x, s in zip(v["f"], fld["fields"]): bq_cell(f, where + "." + s["name"], x, s)
        return
    if not isinstance(v, str): errors.append(f"{f}: {where}: value not a string"); return
    pat = {"INTEGER": r"-?\d+", "DATE": r"\d{4}-\d{2}-\d{2}", "TIMESTAMP": r"\d\.\d+E\d+", "BOOLEAN": r"true|false"}.get(typ)
    if pat and not re.fullmatch(pat, v): errors.append(f"{f}: {where}: {typ} value {v!r} not in the API's form")


def check_bigquery(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if list(d) != BQ_KEYS: errors.append(f"{f}: keys {list(d)} not in the API's order")
    if re.sub(r"[=<>&']", lambda m: GSON[m.group(0)], json.dumps(d, indent=2, ensure_ascii=False)) + "\n" != raw:
        errors.append(f"{f}: not the API's two-space layout with Gson escapes")
    if re.search(r"[=<>&']", raw): errors.append(f"{f}: a raw = < > & ' (Gson escapes them)")
    if d.get("kind") != "bigquery#getQueryResultsResponse" or d.get("jobComplete") is not True: errors.append(f"{f}: not a complete getQueryResults response")
    fields = d["schema"]["fields"]
    if d.get("totalRows") != str(len(d.get("rows", []))): errors.append(f"{f}: totalRows {d.get('totalRows')} != {len(d.get('rows', []))} rows")
    for i, r in enumerate(d.get("rows", [])):
        if list(r) != ["f"] or len(r["f"]) != len(fields): errors.append(f"{f}: row {i}: not one cell per schema field"); continue
        for c, s in zip(r["f"], fields): bq_cell(f, f"row {i}.{s['name']}", c, s)


AZ_TYPES = {"User Story": {"New", "Active", "Resolved", "Closed", "Removed"}, "Task": {"New", "Active", "Closed", "Removed"},
            "Bug": {"New", "Active", "Resolved", "Closed"}, "Epic": {"New", "Active", "Resolved", "Closed"},
            "Feature": {"New", "Active", "Resolved", "Closed"}, "Issue": {"Active", "Closed"}}
AZ_DATE = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z"


def check_azure(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: more than one line")
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not Newtonsoft's compact JSON")
    if d.get("count") != len(d.get("value", [])): errors.append(f"{f}: count != items")
    for it in d.get("value", []):
        i, fl = it.get("id"), it.get("fields", {})
        if not str(it.get("url", "")).endswith(f"/_apis/wit/workItems/{i}"): errors.append(f"{f}: {i}: url does not end with its id")
        if not isinstance(it.get("rev"), int) or it["rev"] < 1: errors.append(f"{f}: {i}: rev")
        t, st = fl.get("System.WorkItemType"), fl.get("System.State")
        if t not in AZ_TYPES or st not in AZ_TYPES.get(t, ()): errors.append(f"{f}: {i}: state {st!r} not one of a {t!r}")
        for k in ("System.CreatedDate", "System.ChangedDate"):
            if not re.fullmatch(AZ_DATE, str(fl.get(k))): errors.append(f"{f}: {i}: {k} not ISO with Z")
        if str(fl.get("System.ChangedDate")) < str(fl.get("System.CreatedDate")): errors.append(f"{f}: {i}: changed before created")
        for k, v in fl.items():
            if isinstance(v, dict):
                if not (v.get("displayName") and re.fullmatch(UUID4, v.get("id", "")) and str(v.get("descriptor", "")).startswith("aad.")
                        and v.get("imageUrl") == v.get("_links", {}).get("avatar", {}).get("href") and "@" in v.get("uniqueName", "")):
                    errors.append(f"{f}: {i}: {k} not an identity ref")
            if k in ("System.Description", "Microsoft.VSTS.Common.AcceptanceCriteria", "Microsoft.VSTS.TCM.ReproSteps"):
                for b in html_balanced(v): errors.append(f"{f}: {i}: {k}: {b}")
        if "System.Tags" in fl and any(x != x.strip() or not x for x in fl["System.Tags"].split("; ")): errors.append(f"{f}: {i}: tags not joined by '; '")


def slog_needs_quote(s):
    return s == "" or any(c in ' ="' or not c.isprintable() for c in s)


def check_logfmt(f, raw):
    lf_final(f, raw)
    prev = ""
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        ms = list(LOGFMT.finditer(l))
        if "".join(m.group(0) for m in ms) != l: errors.append(f"{f}: line {k}: not logfmt"); continue
        keys_ = [m.group(1) for m in ms]
        if keys_[:3] != ["time", "level", "msg"]: errors.append(f"{f}: line {k}: does not start time= level= msg=")
        if len(set(keys_)) != len(keys_): errors.append(f"{f}: line {k}: a key twice")
        t = ms[0].group(2)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}", t): errors.append(f"{f}: line {k}: time not RFC 3339 with ms")
        if t < prev: errors.append(f"{f}: line {k}: time goes backwards")
        prev = t
        if ms[1].group(2) not in ("DEBUG", "INFO", "WARN", "ERROR"): errors.append(f"{f}: line {k}: unknown level")
        for m in ms:
            v = m.group(2)
            try:
                u = go_unquote(v)
            except ValueError:
                errors.append(f"{f}: line {k}: {m.group(1)}: bad quoting"); continue
            if v.startswith('"') != slog_needs_quote(u): errors.append(f"{f}: line {k}: {m.group(1)}: quoted {'without' if v.startswith(chr(34)) else 'but'} need")


TT_KEYS = ["id", "guid", "unread", "marked", "published", "updated", "is_updated", "title", "link", "feed_id", "tags",
           "attachments", "content", "labels", "feed_title", "comments_count", "comments_link",
           "always_display_attachments", "author", "score", "note", "lang"]


def check_ttrss(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") != raw: errors.append(f"{f}: not PHP json_encode's bytes")
    if d.get("seq") != 0 or d.get("status") != 0 or not isinstance(d.get("content"), list): errors.append(f"{f}: not a getHeadlines answer")
    prev = None
    for h in d.get("content", []):
        i = h.get("id")
        if list(h) != TT_KEYS: errors.append(f"{f}: {i}: headline keys not in the API's order")
        try:
            g = json.loads(h["guid"])
            if g.get("ver") != 2 or not re.fullmatch(r"SHA1:[0-9a-f]{40}", g.get("hash", "")): raise ValueError
        except (ValueError, KeyError, TypeError, AttributeError):
            errors.append(f"{f}: {i}: guid not {{ver:2, hash:SHA1:…}}")
        if prev is not None and h.get("updated", 0) > prev: errors.append(f"{f}: {i}: not newest first")
        prev = h.get("updated", 0)
        if not isinstance(h.get("tags"), list) or not h["tags"]: errors.append(f"{f}: {i}: tags not a non-empty list")
        for b in html_balanced(h.get("content", "")): errors.append(f"{f}: {i}: content: {b}")


IM_DATE = r"[A-Z][a-z]{2} \d{2}, \d{4} [ 1]\d:\d{2}:\d{2} [AP]M"


def check_imessage(f, raw):
    lf_final(f, raw)
    blocks = re.split(r"\n\n+", raw.rstrip("\n"))
    senders, prev, replies, tops = set(), None, [], []
    for b in blocks:
        ls = b.split("\n")
        m = re.fullmatch(f"({IM_DATE})(?: \\(Read by (them|you) after (\\d+ (?:day|hour|minute|second)s?(?:, \\d+ (?:day|hour|minute|second)s?)*)\\))?", ls[0])
        if not m: errors.append(f"{f}: block {ls[0][:30]!r}: no date line"); continue
        if len(ls) < 3: errors.append(f"{f}: {ls[0]}: no sender or no body"); continue
        who = ls[1]; senders.add(who)
        if m.group(2) and (m.group(2) == "them") != (who == "Me"): errors.append(f"{f}: {ls[0]}: 'Read by {m.group(2)}' on a message from {who}")
        t = datetime.datetime.strptime(m.group(1).replace("  ", " "), "%b %d, %Y %I:%M:%S %p")
        if prev and t < prev: errors.append(f"{f}: {ls[0]}: time goes backwards")
        prev = t
        body = ls[2:]
        ind = [x for x in body if x.startswith("    ")]
        if ind:
            replies.append("\n".join(x[4:] for x in ind))
            if not re.fullmatch(IM_DATE + r".*", ind[0][4:]): errors.append(f"{f}: {ls[0]}: indented reply without its date line")
        if body[-1] == "This message responded to an earlier message.": tops.append("\n".join(ls[:-1]))
        if "Reactions:" in body and not re.fullmatch(r"\w+ by .+", body[body.index("Reactions:") + 1] if body.index("Reactions:") + 1 < len(body) else ""):
            errors.append(f"{f}: {ls[0]}: Reactions: without a reaction line")
    for r in replies:
        if r not in tops: errors.append(f"{f}: a threaded reply not repeated at top level with the reply note")
    if len(senders) != 2 or "Me" not in senders: errors.append(f"{f}: senders {sorted(senders)} (want Me and one contact)")


def check_flomo(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: no doctype")
    for b in html_balanced(raw): errors.append(f"{f}: {b}")
    memos = re.findall(r'<div class="memo">\n<div class="time">([^<]*)</div>\n<div class="content">(.*?)</div>\n<div class="files">(.*?)</div>\n</div>', raw)
    if len(memos) != raw.count('<div class="memo">'): errors.append(f"{f}: a memo without time / content / files in order")
    m = re.search(r'<div class="date">于 (\d{4}-\d{2}-\d{2}) 导出 (\d+) 条 MEMO</div>', raw)
    if not m or int(m.group(2)) != len(memos): errors.append(f"{f}: header count does not match the memos")
    times = [t for t, _, _ in memos]
    if any(not re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", t) for t in times): errors.append(f"{f}: a memo time not YYYY-MM-DD HH:MM:SS")
    if times != sorted(times, reverse=True) or len(set(times)) != len(times): errors.append(f"{f}: memos not newest first")
    if m and times and times[0][:10] > m.group(1): errors.append(f"{f}: a memo after the export date")
    for _, _, files in memos:
        if files and not re.fullmatch(r'(<img src="file/[^"]+" />)+', files): errors.append(f"{f}: files not relative file/ images")


TMUX_TOP = {"name", "root", "windows", "on_project_start", "on_project_first_start", "on_project_restart",
            "on_project_exit", "on_project_stop", "pre_window", "tmux_options", "tmux_command", "socket_name",
            "startup_window", "startup_pane", "attach", "enable_pane_titles", "pane_title_position"}
TMUX_LAYOUTS = {"even-horizontal", "even-vertical", "main-horizontal", "main-vertical", "tiled"}


def check_tmuxinator(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab (YAML indentation is spaces)")
    state = None
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2: errors.append(f"{f}: line {k}: odd indentation")
        if ind == 0:
            m = re.fullmatch(r"(\w+):(?: (.*))?", l)
            if not m or m.group(1) not in TMUX_TOP: errors.append(f"{f}: line {k}: unknown top-level key {l[:30]!r}"); continue
            state = m.group(1); continue
        if state == "windows" and ind == 2 and not re.fullmatch(r"  - [\w-]+:(?: .*)?", l): errors.append(f"{f}: line {k}: window not a one-key map")
        m = re.fullmatch(r" *layout: (.*)", l)
        if m and m.group(1) not in TMUX_LAYOUTS: errors.append(f"{f}: line {k}: unknown layout {m.group(1)!r}")
        if state != "windows": errors.append(f"{f}: line {k}: indented line outside windows:")
    if not re.search(r"(?m)^windows:$", raw): errors.append(f"{f}: no windows:")


def shape_checks(f, raw, path):
    n = num(f)
    {867: check_clickhouse, 868: check_ipython, 869: check_lektor, 870: check_bigquery, 871: check_azure,
     872: check_logfmt, 873: check_ttrss, 874: check_imessage, 875: check_flomo,
     876: check_tmuxinator}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
            if aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round84's and round85's, a byte-identical file counted once), and the round84/round85 split (candidates sorted by
# (uses, catalogue title); round85 = odd positions from 3 on, one unbroken run; round84 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P84S = ["/work/rounds/digests-round84/expected.json", "/work/main/tests/data/digests-round84/expected.json"]
P84 = next((p for p in P84S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P84S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round84", "digests-round85") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round85 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r84 = set()
if P84:
    try:
        r84 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P84)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P84} exists but could not be read (being written?)")
    if r84 & mine: errors.append(f"papers also in round84: {sorted(r84 & mine)}")
shared84 = len(r84 & mine) if P84 else "(no round84 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round85 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round84: {shared84}; papers in more than one round85 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
