#!/usr/bin/env python3
r"""Checks round89/expected.json against the digests and the shared catalogues.

Adapted from round87/validate.py (the label checks are the same code; the reuse report is round87's with round88 /
round89 in place of round86 / round87: round89 holds the odd positions from 3; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round88's and round89's own (a
digests-round88 / digests-round89 folder, or a file whose bytes equal round88's or round89's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round89 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it
fails on a paper shared with round88's expected.json (read only, from /work/rounds/digests-round88/ or
/work/main/tests/data/digests-round88/, when it exists), and on a paper in more than one round89 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 908, 909 and 915 every JSON string value
(909's `\u003d` / `\u0026` and 915's `\u003c` / `\u0026` escapes undone that way); everything: HTML entities undone once
and twice, percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 907 sqlcmd session (shell line, `Password: `, input prompts numbered 1, 2 … up to
`GO`, results as a heading padded to a dash rule, rows padded to the rule's full width with blank column gaps, int
columns right-aligned and text left-aligned, a blank line and `(N rows affected)` = rows shown (`row` for one), DML
feedback, `Msg n, Level n, State n, Server X, Line n` errors, `1> exit` last); 908 Trilium `!!!meta.json` (bytes =
tab-indented JSON.stringify, no final newline, formatVersion 2, note keys in the exporter's order, 12-character note
ids, notePath = parent's + own id, notePosition 10, 20 …, attributes of Trilium's shape with positions 10, 20 …,
promoted-attribute definitions, relations pointing inside the export, dataFileName = the sanitised title cut to 30
characters + `.html` on every leaf, dirFileName = the sanitised title on notes with children, no repeated file name in
a folder); 909 Firestore REST list (bytes = two-space JSON with `\u003d` `\u0026` `\u003c` `\u003e` `\u0027` escapes +
newline, documents / nextPageToken, document keys, resource names with 20-character auto ids in id order, one
collection, typed values of their shapes, field names sorted, one schema, microsecond create/update times, created ≤
updated, addedAt ≤ createTime); 910 Nikola reST source (metadata comments `.. key: value` of Nikola's keys, title first,
slug, `date` / `updated` forms and order, type; one TEASER_END; section underlines at least as long as their titles,
a blank line after them, two levels; auto-numbered footnote references = definitions; hyperlink targets http(s) or
Nikola `link://` magic links, a named target never reused for another URL; known directives with well-formed options,
list-table rows as wide as the header and `:widths:`; no comment of unknown form; enumerated list numbered 1, 2 …;
list continuation lines aligned); 911 Jupytext percent (the header, valid Python,
cells opened by `# %%` / `# %% [markdown]` with one blank line between cells, Markdown lines commented, no uncommented
magic); 912 `aws logs tail` (line grammar with millisecond times, non-decreasing, each stream opening with INIT_START
on its date, START / app lines / END / REPORT per request, the Python runtime's `[LEVEL]\ttime\trequest\tmessage` with
the event's time and the open request, REPORT duration = END − START, billed = ceiling, memory used ≤ size, Init
Duration on a stream's first request only); 913 Pivotal Tracker CSV (header, field counts, minimal quoting with LF,
ids, story URLs, types / states / priorities, estimates only on features, iteration columns against the state,
one-week Monday iterations, `Mon D, YYYY` dates, Accepted at iff accepted, deadlines only on releases, labels, comments
`text (Name - date)` by known people, task statuses); 914 HWPML (one line, no final newline, declaration and root,
attributes in alphabetical order, HEAD / BODY / TAIL, SecCnt, list Counts and ids, shape / style / border-fill / font
references, FIELDBEGIN / FIELDEND pairs, Hangul's `https\://…;1;0;0;` hyperlink commands, SECDEF first, table row /
column counts, cell addresses, spans, widths and heights); 915 Keybase chat read (one line, bytes = Go's compact JSON
with HTML-safe escapes, result / pagination / ratelimits, message keys in struct order, ids and times newest first,
sent_at = sent_at_ms / 1000, one conversation and channel, consistent senders, prev pointers, content {type, <type>},
mentions matching bodies, reactions to earlier messages); 916 HTTPie session (`http` commands, status lines with
their reason phrases, headers sorted, bodies in HTTPie's JSON formatting, Content-Length = compact JSON bytes,
Express weak ETag, GMT dates non-decreasing, error bodies only with error statuses, a bare prompt last).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, csv, datetime, email.utils, html, io, json, math, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from http import HTTPStatus
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


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (908, 909, 915): forms.append("\n".join(json_strings(json.loads(raw))))
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
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def keys_in_order(have, order):
    """`have` (a list of keys) is a subsequence of `order`"""
    it = iter(order)
    return all(k in it for k in have)


def sqlcmd_result(f, ls, k):
    """ls[k] is a result heading; returns the index after the `(N rows affected)` line"""
    head, rule = ls[k], ls[k + 1] if k + 1 < len(ls) else ""
    if not re.fullmatch(r"-+( -+)*", rule): errors.append(f"{f}: line {k + 2}: no dash rule under the heading"); return k + 1
    spans, pos = [], 0
    for g in rule.split(" "):
        spans.append((pos, pos + len(g))); pos += len(g) + 1
    if len(head) != len(rule): errors.append(f"{f}: line {k + 1}: heading not padded to the rule's width")
    for a, b in spans:
        if head[a:a + 1] == " " or (b < len(head) and head[b] != " "): errors.append(f"{f}: line {k + 1}: heading not on its column")
    j, rows = k + 2, []
    while j < len(ls) and ls[j] != "":
        r = ls[j]
        if len(r) != len(rule): errors.append(f"{f}: line {j + 1}: row not padded to the rule's width ({len(r)} / {len(rule)})")
        for _, b in spans[:-1]:
            if b < len(r) and r[b] != " ": errors.append(f"{f}: line {j + 1}: a value runs into the column gap")
        rows.append(r); j += 1
    for c, (a, b) in enumerate(spans):
        vals = [r[a:b] for r in rows]
        if vals and all(re.fullmatch(r" *-?\d+ *", v) for v in vals):
            if any(v[-1] == " " for v in vals): errors.append(f"{f}: line {k + 1}: int column {c + 1} not right-aligned")
        elif any(v[:1] == " " and v.strip() for v in vals): errors.append(f"{f}: line {k + 1}: text column {c + 1} not left-aligned")
    m = re.fullmatch(r"\((\d+) (rows?) affected\)", ls[j + 1] if j + 1 < len(ls) else "")
    if not m: errors.append(f"{f}: line {j + 2}: no blank line and '(N rows affected)' after the rows"); return j + 1
    if int(m.group(1)) != len(rows): errors.append(f"{f}: line {j + 2}: {m.group(1)} rows affected but {len(rows)} shown")
    if (m.group(2) == "row") != (len(rows) == 1): errors.append(f"{f}: line {j + 2}: row / rows wrong")
    return j + 2


def check_sqlcmd(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not re.fullmatch(r"\S+@[\w.-]+:\S*\$ sqlcmd( -\w( \S+)?)+", ls[0]): errors.append(f"{f}: line 1: not a sqlcmd shell line")
    if ls[1:2] != ["Password: "]: errors.append(f"{f}: line 2: no 'Password: ' prompt")
    if ls[-1:] != ["1> exit"]: errors.append(f"{f}: does not end with '1> exit'")
    k = 2
    while k < len(ls):
        if ls[k] == "1> exit":
            if k != len(ls) - 1: errors.append(f"{f}: line {k + 1}: lines after exit")
            break
        stmt, n = [], 1
        while k < len(ls) and ls[k].startswith(f"{n}> ") and ls[k][len(f"{n}> "):].upper() != "GO":
            stmt.append(ls[k][len(f"{n}> "):]); n += 1; k += 1
        if k >= len(ls) or ls[k] != f"{n}> GO":
            errors.append(f"{f}: line {k + 1}: prompt {n}> (or its GO) missing"); k += 1; continue
        k += 1
        sql = " ".join(stmt).strip()
        if k < len(ls) and ls[k].startswith("Msg "):
            m = re.fullmatch(r"Msg \d+, Level \d+, State \d+, Server [\w-]+, Line (\d+)", ls[k])
            if not m or int(m.group(1)) > len(stmt) or not ls[k + 1:k + 2] or not ls[k + 1].strip():
                errors.append(f"{f}: line {k + 1}: error message not sqlcmd's")
            k += 2; continue
        if re.match(r"(insert|update|delete)\b", sql, re.I):
            if ls[k:k + 2] != ["", "(1 row affected)"] and not (ls[k:k + 1] == [""] and re.fullmatch(r"\(\d+ rows affected\)", ls[k + 1] if k + 1 < len(ls) else "")):
                errors.append(f"{f}: line {k + 1}: DML feedback not a blank line and '(N rows affected)'")
            k += 2; continue
        if not re.match(r"select\b", sql, re.I): errors.append(f"{f}: line {k}: unknown batch {sql[:30]!r}")
        k = sqlcmd_result(f, ls, k)


TRILIUM_KEYS = ["isClone", "noteId", "notePath", "title", "notePosition", "prefix", "isExpanded", "type", "mime",
                "attributes", "format", "dataFileName", "attachments", "dirFileName", "children"]


def check_trilium(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, indent="\t", ensure_ascii=False) != raw: errors.append(f"{f}: not JSON.stringify(…, null, '\\t') output")
    if list(d) != ["formatVersion", "appVersion", "files"] or d.get("formatVersion") != 2 or \
            not re.fullmatch(r"\d+\.\d+\.\d+", str(d.get("appVersion"))):
        errors.append(f"{f}: not a Trilium export meta (formatVersion 2, appVersion, files)")
    ids, rels = set(), []

    def walk(n, path, siblings_pos, names):
        i = n.get("noteId", "?")
        if not keys_in_order(list(n), TRILIUM_KEYS) or not all(k in n for k in TRILIUM_KEYS[:10] + ["attachments"]):
            errors.append(f"{f}: note {i}: keys {list(n)} not the exporter's")
        if not re.fullmatch(r"[A-Za-z0-9]{12}", str(i)) or i in ids: errors.append(f"{f}: note {i}: noteId not 12 base62 characters or repeated")
        ids.add(i)
        if n.get("notePath") != path + [i]: errors.append(f"{f}: note {i}: notePath is not its parent's path + its id")
        if n.get("isClone") is not False: errors.append(f"{f}: note {i}: isClone")
        siblings_pos.append(n.get("notePosition"))
        if n.get("type") == "text" and (n.get("mime") != "text/html" or n.get("format") != "html"):
            errors.append(f"{f}: note {i}: a text note not text/html with format html")
        for p, a in enumerate(n.get("attributes", []), 1):
            if list(a) != ["type", "name", "value", "isInheritable", "position"] or a["type"] not in ("label", "relation") \
                    or a["position"] != 10 * p or not re.fullmatch(r"[\w:]+", a["name"]):
                errors.append(f"{f}: note {i}: attribute {a.get('name')!r} not of Trilium's shape / position")
            if a.get("type") == "relation": rels.append((i, a["value"]))
            if a.get("type") == "label" and a["name"].startswith("label:") and \
                    not re.fullmatch(r"promoted,(single|multi),(text|number|boolean|date|datetime|url)", a["value"]):
                errors.append(f"{f}: note {i}: promoted attribute definition {a['value']!r}")
        base = re.sub(r'[/?<>\\:*|"\x00-\x1f]', "", n.get("title", ""))
        kids = n.get("children")
        if "dataFileName" in n:
            stem = base.strip()
            stem = stem[:30].strip() if len(stem) > 30 else stem
            want = stem if stem.lower().endswith(".html") else stem + ".html"
            if n["dataFileName"] != want: errors.append(f"{f}: note {i}: dataFileName {n['dataFileName']!r} (want {want!r})")
            if n["dataFileName"].lower() in names: errors.append(f"{f}: note {i}: file name repeated in its folder")
            names.add(n["dataFileName"].lower())
        elif not kids: errors.append(f"{f}: note {i}: a leaf without dataFileName")
        if kids:
            if n.get("dirFileName") != base: errors.append(f"{f}: note {i}: dirFileName not the sanitised title")
            if base.lower() in names: errors.append(f"{f}: note {i}: folder name repeated")
            names.add(base.lower())
            pos, sub = [], set()
            for c in kids: walk(c, path + [i], pos, sub)
            if pos != [10 * (x + 1) for x in range(len(pos))]: errors.append(f"{f}: note {i}: children's notePosition not 10, 20 …")
        elif "dirFileName" in n: errors.append(f"{f}: note {i}: dirFileName without children")

    for top in d.get("files", []): walk(top, [], [], set())
    for i, v in rels:
        if v not in ids: errors.append(f"{f}: note {i}: relation to {v}, not in the export")


FS_TS = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z"


def fs_value(f, where, v):
    if not isinstance(v, dict) or len(v) != 1: errors.append(f"{f}: {where}: not a typed value"); return None
    (t, x), = v.items()
    ok = {"stringValue": lambda: isinstance(x, str), "integerValue": lambda: isinstance(x, str) and re.fullmatch(r"-?\d+", x),
          "booleanValue": lambda: isinstance(x, bool), "nullValue": lambda: x is None,
          "doubleValue": lambda: isinstance(x, (int, float)) and not isinstance(x, bool),
          "timestampValue": lambda: isinstance(x, str) and re.fullmatch(FS_TS, x),
          "arrayValue": lambda: isinstance(x, dict) and list(x) in ([], ["values"]),
          "mapValue": lambda: isinstance(x, dict) and list(x) in ([], ["fields"])}.get(t)
    if not ok or not ok(): errors.append(f"{f}: {where}: {t} {str(x)[:30]!r} not of its shape"); return t
    if t == "arrayValue":
        for n_, y in enumerate(x.get("values", [])): fs_value(f, f"{where}[{n_}]", y)
    if t == "mapValue": fs_fields(f, where, x.get("fields", {}))
    return "stringValue" if t == "nullValue" else t


def fs_fields(f, where, fields):
    if list(fields) != sorted(fields): errors.append(f"{f}: {where}: field names not sorted")
    return {k: fs_value(f, f"{where}.{k}", v) for k, v in fields.items()}


def check_firestore(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    want = json.dumps(d, indent=2, ensure_ascii=False)
    for ch, esc in (("&", "\\u0026"), ("=", "\\u003d"), ("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027")):
        want = want.replace(ch, esc)
    if want + "\n" != raw: errors.append(f"{f}: not the API's two-space JSON with HTML-safe escapes")
    if list(d) != ["documents", "nextPageToken"]: errors.append(f"{f}: keys {list(d)} (want documents, nextPageToken)")
    names, schema = [], None
    for doc in d.get("documents", []):
        if list(doc) != ["name", "fields", "createTime", "updateTime"]: errors.append(f"{f}: document keys {list(doc)}"); continue
        m = re.fullmatch(r"projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/databases/\(default\)/documents/([\w-]+)/([A-Za-z0-9]{20})", doc["name"])
        if not m: errors.append(f"{f}: document name {doc['name'][-40:]!r} not a Firestore path with an auto id"); continue
        names.append((m.group(1), m.group(2)))
        types = fs_fields(f, m.group(2), doc["fields"])
        if schema is None: schema = types
        elif types != schema: errors.append(f"{f}: {m.group(2)}: fields differ from the other documents'")
        for k in ("createTime", "updateTime"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", doc[k]): errors.append(f"{f}: {m.group(2)}: {k} not microsecond RFC 3339")
        if doc["updateTime"] < doc["createTime"]: errors.append(f"{f}: {m.group(2)}: updated before created")
        at = doc["fields"].get("addedAt", {}).get("timestampValue")
        if at and at[:23] > doc["createTime"][:23]: errors.append(f"{f}: {m.group(2)}: addedAt after createTime")
    if len({c for c, _ in names}) > 1: errors.append(f"{f}: documents of more than one collection")
    if [i for _, i in names] != sorted(i for _, i in names): errors.append(f"{f}: documents not in id order")


NIKOLA_KEYS = ["title", "slug", "date", "updated", "tags", "category", "link", "description", "type", "author",
               "status", "has_math", "previewimage", "template", "nocomments", "enclosure", "pretty_url"]
NIKOLA_DIRECTIVES = {"image", "figure", "list-table", "csv-table", "youtube", "vimeo", "code", "code-block", "math",
                     "note", "warning", "raw", "gist", "listing", "media", "thumbnail", "contents"}


def check_nikola(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    meta, k = {}, 0
    while k < len(ls) and ls[k] != "":
        m = re.fullmatch(r"\.\. ([a-z_]+): ?(.*)", ls[k])
        if not m or m.group(1) not in NIKOLA_KEYS or m.group(1) in meta: errors.append(f"{f}: line {k + 1}: not a Nikola metadata comment")
        else: meta[m.group(1)] = m.group(2)
        k += 1
    if list(meta)[:1] != ["title"] or not meta.get("title"): errors.append(f"{f}: metadata does not start with a title")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", meta.get("slug", "")): errors.append(f"{f}: slug not a slug")
    for key in ("date", "updated"):
        if key in meta and not re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC[+-]\d{2}:\d{2}", meta[key]):
            errors.append(f"{f}: {key} not 'YYYY-MM-DD HH:MM:SS UTC+HH:MM'")
    if meta.get("updated", "9") < meta.get("date", ""): errors.append(f"{f}: updated before date")
    if meta.get("type", "text") not in ("text", "micro"): errors.append(f"{f}: type {meta.get('type')!r}")
    body = ls[k + 1:]
    text = "\n".join(body)
    if text.count(".. TEASER_END") != 1: errors.append(f"{f}: not one TEASER_END")
    adorn = []
    for n_, l in enumerate(body):
        if n_ and re.fullmatch(r"([-=~^\"'`#*+])\1{2,}", l) and body[n_ - 1].strip() and not body[n_ - 1].startswith(" "):
            if len(l) < len(body[n_ - 1]): errors.append(f"{f}: line {k + 2 + n_}: section underline shorter than its title")
            if l[0] not in adorn: adorn.append(l[0])
            if n_ + 1 < len(body) and body[n_ + 1] != "": errors.append(f"{f}: line {k + 2 + n_}: no blank line after a section title")
    if len(adorn) > 2: errors.append(f"{f}: more than two section levels ({adorn})")
    refs = re.findall(r"\[#([\w-]*)\]_", text)
    defs = re.findall(r"^\.\. \[#([\w-]*)\] ", text, re.M)
    if sorted(refs) != sorted(defs) or len(set(defs)) != len(defs): errors.append(f"{f}: footnote references {refs} / definitions {defs}")
    names = {}
    for name, url, anon in re.findall(r"`([^`<]+?)\s*<([^>]+)>`(__?)", text):
        if not re.fullmatch(r"(https?://\S+|link://(slug|post_path|tag|category)/\S+)", url): errors.append(f"{f}: link target {url!r}")
        if anon == "_" and names.setdefault(" ".join(name.lower().split()), url) != url: errors.append(f"{f}: named link {name!r} twice with other targets")
    for n_, l in enumerate(body):
        m = re.match(r"\.\. ([\w-]+)::", l)
        if m:
            if m.group(1) not in NIKOLA_DIRECTIVES: errors.append(f"{f}: line {k + 2 + n_}: unknown directive {m.group(1)}")
            j = n_ + 1
            while j < len(body) and body[j].startswith("   :"):
                if not re.fullmatch(r"   :[\w-]+:( .+)?", body[j]): errors.append(f"{f}: line {k + 2 + j}: directive option malformed")
                j += 1
            if m.group(1) == "list-table":
                rows, widths = [], None
                for l2 in body[n_ + 1:]:
                    if l2.startswith("   :widths:"): widths = len(l2.split(":", 2)[2].split())
                    elif l2.startswith("   * - "): rows.append(1)
                    elif l2.startswith("     - "): rows[-1] += 1
                    elif l2 and not l2.startswith("   "): break
                if not rows or len(set(rows)) != 1 or (widths and widths != rows[0]): errors.append(f"{f}: line {k + 2 + n_}: list-table rows of different widths")
        elif re.match(r"\.\. (?!\[#|TEASER_END$|_)", l):
            errors.append(f"{f}: line {k + 2 + n_}: a comment or directive of unknown form")
    items = [int(m.group(1)) for m in re.finditer(r"^(\d+)\. ", text, re.M)]
    if items and items != list(range(1, len(items) + 1)): errors.append(f"{f}: enumerated list not numbered 1, 2 …")
    for n_, l in enumerate(body):
        if re.match(r"\d+\. |- ", l):
            ind = len(re.match(r"\d+\. |- ", l).group(0))
            j = n_ + 1
            while j < len(body) and body[j] and not re.match(r"\d+\. |- ", body[j]):
                if len(body[j]) - len(body[j].lstrip(" ")) != ind: errors.append(f"{f}: line {k + 2 + j}: list item continuation not aligned")
                j += 1


JT_HEAD = re.compile(r"# ---\n# jupyter:\n#   jupytext:\n#     text_representation:\n#       extension: \.py\n"
                     r"#       format_name: percent\n#       format_version: '1\.3'\n#       jupytext_version: \d+\.\d+\.\d+\n"
                     r"#   kernelspec:\n#     display_name: .+\n#     language: python\n#     name: \S+\n# ---\n\n")


def check_jupytext(f, raw):
    lf_final(f, raw)
    m = JT_HEAD.match(raw)
    if not m: errors.append(f"{f}: no Jupytext percent header"); return
    try:
        ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not valid Python: {ex}")
    cells = raw[m.end():-1].split("\n\n# %%")
    cells = [cells[0]] + ["# %%" + c for c in cells[1:]]
    for n_, c in enumerate(cells, 1):
        ls = c.split("\n")
        if ls[0] not in ("# %%", "# %% [markdown]"): errors.append(f"{f}: cell {n_}: does not open with '# %%'"); continue
        if len(ls) < 2 or not ls[1].strip(): errors.append(f"{f}: cell {n_}: empty, or a blank line after its marker")
        if ls[-1] == "": errors.append(f"{f}: cell {n_}: more than one blank line before the next cell")
        if ls[0].endswith("[markdown]"):
            for l in ls[1:]:
                if not (l == "#" or l.startswith("# ")): errors.append(f"{f}: cell {n_}: Markdown line {l[:30]!r} not commented"); break
        elif any(l.startswith(("# %%", "#%%")) for l in ls[1:]): errors.append(f"{f}: cell {n_}: a cell marker inside a cell")
    if re.search(r"^%|^!", raw, re.M): errors.append(f"{f}: an uncommented magic")


CW_LINE = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})000\+00:00 (\d{4})/(\d{2})/(\d{2})/\[\$LATEST\]([0-9a-f]{32}) (.+)")
CW_APP = re.compile(r"\[(INFO|WARNING|ERROR|DEBUG|CRITICAL)\]\t(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})Z\t(" + UUID + r")\t\S.*")
CW_REPORT = re.compile(r"REPORT RequestId: (" + UUID + r")\tDuration: (\d+\.\d{2}) ms\tBilled Duration: (\d+) ms\t"
                       r"Memory Size: (\d+) MB\tMax Memory Used: (\d+) MB\t(Init Duration: \d+\.\d{2} ms\t)?")


def check_cloudwatch(f, raw):
    lf_final(f, raw)
    prev, st = "", {}
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        m = CW_LINE.fullmatch(l)
        if not m: errors.append(f"{f}: line {k}: not `aws logs tail` detailed output"); continue
        t, y, mo, dd, sid, msg = m.groups()
        if t < prev: errors.append(f"{f}: line {k}: time goes backwards")
        prev = t
        s = st.setdefault(sid, {"new": True, "open": None, "ended": None, "n": 0, "start": None})
        if s["new"]:
            if not msg.startswith("INIT_START Runtime Version: ") or t[:10] != f"{y}-{mo}-{dd}":
                errors.append(f"{f}: line {k}: a log stream that does not open with INIT_START on its date")
            s["new"] = False
            if not re.fullmatch(r"INIT_START Runtime Version: python:3\.\d+\.v\d+\tRuntime Version ARN: "
                                r"arn:aws:lambda:[a-z]{2}-[a-z]+-\d::runtime:[0-9a-f]{64}", msg):
                errors.append(f"{f}: line {k}: INIT_START line malformed")
            continue
        ms = re.fullmatch(r"START RequestId: (" + UUID + r") Version: \$LATEST", msg)
        me = re.fullmatch(r"END RequestId: (" + UUID + r")", msg)
        mr = CW_REPORT.fullmatch(msg)
        ma = CW_APP.fullmatch(msg)
        if ms:
            if s["open"] or s["ended"]: errors.append(f"{f}: line {k}: START while another request is open")
            s["open"], s["start"] = ms.group(1), t; s["n"] += 1
        elif me:
            if me.group(1) != s["open"]: errors.append(f"{f}: line {k}: END of a request that is not open")
            s["ended"], s["open"], s["end"] = me.group(1), None, t
        elif mr:
            if mr.group(1) != s["ended"]: errors.append(f"{f}: line {k}: REPORT not right after its END")
            else:
                dur = float(mr.group(2))
                span = (datetime.datetime.fromisoformat(s["end"]) - datetime.datetime.fromisoformat(s["start"])).total_seconds() * 1000
                if abs(dur - span) > 2 or int(mr.group(3)) != math.ceil(dur) or int(mr.group(5)) > int(mr.group(4)):
                    errors.append(f"{f}: line {k}: REPORT durations / memory inconsistent")
                if bool(mr.group(6)) != (s["n"] == 1): errors.append(f"{f}: line {k}: Init Duration only on a stream's first request")
            s["ended"] = None
        elif ma:
            if ma.group(3) != s["open"]: errors.append(f"{f}: line {k}: a log line outside its request")
            if ma.group(2) != t: errors.append(f"{f}: line {k}: logged time differs from the event time")
        else:
            errors.append(f"{f}: line {k}: unknown message {msg[:30]!r}")
    for sid, s in st.items():
        if s["open"] or s["ended"]: errors.append(f"{f}: stream {sid[:8]}: a request not ended and reported")


PT_FIXED = ["Id", "Title", "Labels", "Iteration", "Iteration Start", "Iteration End", "Type", "Estimate", "Priority",
            "Current State", "Created at", "Accepted at", "Deadline", "Requested By", "Description", "URL"]
PT_DATE = re.compile(rf"({MON}) (\d{{1,2}}), (\d{{4}})")


def pt_date(s):
    m = PT_DATE.fullmatch(s)
    return datetime.date(int(m.group(3)), MON.split("|").index(m.group(1)) + 1, int(m.group(2))) if m else None


def check_pivotal(f, raw):
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not minimally quoted CSV with LF line ends")
    head = rows[0] if rows else []
    rest = head[len(PT_FIXED):]
    if head[:len(PT_FIXED)] != PT_FIXED or not re.fullmatch(r"(Owned By,)+(Comment,)*(Task,Task Status,)*", ",".join(rest) + ","):
        errors.append(f"{f}: header not Pivotal Tracker's"); return
    col = {h: i for i, h in reversed(list(enumerate(head)))}
    people, iters, ids = set(), {}, set()
    for r in rows[1:]: people.add(r[col["Requested By"]]) if len(r) == len(head) else None
    for n_, r in enumerate(rows[1:], 2):
        if len(r) != len(head): errors.append(f"{f}: row {n_}: {len(r)} fields for {len(head)} columns"); continue
        g = lambda h: r[col[h]]
        i = g("Id")
        if not i.isdigit() or i in ids: errors.append(f"{f}: row {n_}: Id not a new number")
        ids.add(i)
        if g("URL") != f"https://www.pivotaltracker.com/story/show/{i}": errors.append(f"{f}: row {n_}: URL not the story's")
        typ, state, est = g("Type"), g("Current State"), g("Estimate")
        if typ not in ("feature", "chore", "bug", "release"): errors.append(f"{f}: row {n_}: type {typ!r}")
        if state not in ("unscheduled", "unstarted", "started", "finished", "delivered", "accepted", "rejected"):
            errors.append(f"{f}: row {n_}: state {state!r}")
        if est and (typ != "feature" or not est.isdigit()): errors.append(f"{f}: row {n_}: estimate on a {typ}")
        if g("Priority") not in ("None", "p0 - Critical", "p1 - High", "p2 - Medium", "p3 - Low"): errors.append(f"{f}: row {n_}: priority")
        it, s_, e_ = g("Iteration"), g("Iteration Start"), g("Iteration End")
        if (state == "unscheduled") != (it == "") or bool(it) != bool(s_) or bool(it) != bool(e_):
            errors.append(f"{f}: row {n_}: iteration columns do not match the state")
        if it:
            sd, ed = pt_date(s_), pt_date(e_)
            if not sd or not ed or (ed - sd).days != 6 or sd.weekday() != 0: errors.append(f"{f}: row {n_}: iteration dates")
            elif iters.setdefault(int(it), sd) != sd: errors.append(f"{f}: row {n_}: iteration {it} with another start")
        cr, ac, dl = pt_date(g("Created at")), g("Accepted at"), g("Deadline")
        if not cr: errors.append(f"{f}: row {n_}: Created at not 'Mon D, YYYY'")
        if (state == "accepted") != bool(ac) or (ac and (not pt_date(ac) or (cr and pt_date(ac) < cr))):
            errors.append(f"{f}: row {n_}: Accepted at and state disagree")
        if dl and (typ != "release" or not pt_date(dl)): errors.append(f"{f}: row {n_}: deadline on a {typ}")
        labels = g("Labels")
        if labels and any(x != x.strip() or not x or x != x.lower() for x in labels.split(", ")): errors.append(f"{f}: row {n_}: labels")
        for h, v in zip(head, r):
            if h == "Owned By" and v and v not in people | {g("Requested By")}: pass
            if h == "Comment" and v:
                m = re.fullmatch(rf"(?s).+ \((.+) - ({MON}) (\d{{1,2}}), (\d{{4}})\)", v)
                if not m or m.group(1) not in people: errors.append(f"{f}: row {n_}: comment not 'text (Name - Mon D, YYYY)'")
        tasks = [(r[j], r[j + 1]) for j, h in enumerate(head) if h == "Task"]
        for t_, s2 in tasks:
            if bool(t_) != bool(s2) or (s2 and s2 not in ("completed", "not completed")): errors.append(f"{f}: row {n_}: task status")
    if iters:
        base = min(iters)
        for n_, sd in iters.items():
            if (sd - iters[base]).days != 7 * (n_ - base): errors.append(f"{f}: iteration {n_} not one week after the one before")


HWP_LISTS = {"BORDERFILLLIST": "BORDERFILL", "CHARSHAPELIST": "CHARSHAPE", "TABDEFLIST": "TABDEF",
             "PARASHAPELIST": "PARASHAPE", "STYLELIST": "STYLE"}


def check_hwpml(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw or "\r" in raw: errors.append(f"{f}: a line break (Hangul writes HWPML in one line)")
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8" standalone="no" ?><HWPML '): errors.append(f"{f}: no HWPML declaration / root")
    for tag in re.findall(r"<([A-Z]+)((?: [A-Za-z]+=\"[^\"]*\")*) ?/?>", raw):
        names = re.findall(r" ([A-Za-z]+)=", tag[1])
        if names != sorted(names): errors.append(f"{f}: <{tag[0]}> attributes not in alphabetical order"); break
    root = ET.fromstring(raw.encode("utf-8"))
    if root.tag != "HWPML" or [c.tag for c in root] != ["HEAD", "BODY", "TAIL"] or not root.get("Version"):
        errors.append(f"{f}: HWPML not HEAD, BODY, TAIL"); return
    head, body = root.find("HEAD"), root.find("BODY")
    if head.get("SecCnt") != str(len(body.findall("SECTION"))): errors.append(f"{f}: SecCnt not the number of sections")
    ids = {}
    for lst, item in HWP_LISTS.items():
        e = head.find(f"MAPPINGTABLE/{lst}")
        kids = [] if e is None else e.findall(item)
        if e is None or e.get("Count") != str(len(kids)): errors.append(f"{f}: {lst} Count not its number of {item}")
        ids[item] = {k.get("Id") for k in kids}
    faces = head.findall("MAPPINGTABLE/FACENAMELIST/FONTFACE")
    if len({x.get("Lang") for x in faces}) != 7: errors.append(f"{f}: FACENAMELIST not one FONTFACE per language")
    for x in faces:
        if x.get("Count") != str(len(x.findall("FONT"))) or [y.get("Id") for y in x.findall("FONT")] != [str(n_) for n_ in range(len(x.findall("FONT")))]:
            errors.append(f"{f}: FONTFACE {x.get('Lang')} Count / Ids")
    nfont = min((len(x.findall("FONT")) for x in faces), default=0)
    for cs in head.iter("CHARSHAPE"):
        if cs.get("BorderFillId") not in ids["BORDERFILL"]: errors.append(f"{f}: CHARSHAPE {cs.get('Id')}: unknown BorderFillId")
        fid = cs.find("FONTID")
        if fid is None or any(int(v) >= nfont for v in fid.attrib.values()): errors.append(f"{f}: CHARSHAPE {cs.get('Id')}: FONTID out of range")
    for s in head.iter("STYLE"):
        if s.get("CharShape") not in ids["CHARSHAPE"] or s.get("ParaShape") not in ids["PARASHAPE"]: errors.append(f"{f}: STYLE {s.get('Id')}: unknown shape")
    for p in body.iter("P"):
        if p.get("ParaShape") not in ids["PARASHAPE"] or p.get("Style") not in ids["STYLE"]: errors.append(f"{f}: a P with an unknown ParaShape / Style")
    for t in body.iter("TEXT"):
        if t.get("CharShape") not in ids["CHARSHAPE"]: errors.append(f"{f}: a TEXT with an unknown CharShape")
        opened = []
        for c in t:
            if c.tag == "FIELDBEGIN":
                opened.append(c.get("InstId"))
                if c.get("Type") == "Hyperlink" and not re.fullmatch(r"[a-z]+\\://[^;\s]+;1;0;0;", c.get("Command", "")):
                    errors.append(f"{f}: hyperlink command {c.get('Command', '')[:40]!r} not Hangul's")
            if c.tag == "FIELDEND" and (not opened or opened.pop() != c.get("InstId")): errors.append(f"{f}: FIELDEND without its FIELDBEGIN")
        if opened: errors.append(f"{f}: FIELDBEGIN without FIELDEND")
    first = body.find("SECTION/P/TEXT")
    if first is None or first.find("SECDEF") is None: errors.append(f"{f}: the first paragraph holds no SECDEF")
    for c in body.iter("CELL"):
        if c.get("BorderFill") not in ids["BORDERFILL"]: errors.append(f"{f}: a CELL with an unknown BorderFill")
    for tb in body.iter("TABLE"):
        rows = tb.findall("ROW")
        size = tb.find("SHAPEOBJECT/SIZE")
        if tb.get("RowCount") != str(len(rows)): errors.append(f"{f}: TABLE RowCount not its rows")
        hsum = 0
        for r_, row in enumerate(rows):
            cells = row.findall("CELL")
            addr = 0
            for c in cells:
                if c.get("RowAddr") != str(r_) or c.get("ColAddr") != str(addr): errors.append(f"{f}: table row {r_}: cell addresses")
                addr += int(c.get("ColSpan"))
            if addr != int(tb.get("ColCount")): errors.append(f"{f}: table row {r_}: spans do not add up to ColCount")
            if size is None or sum(int(c.get("Width")) for c in cells) != int(size.get("Width")): errors.append(f"{f}: table row {r_}: cell widths do not add up to the table's")
            hsum += max(int(c.get("Height")) for c in cells)
        if size is None or hsum != int(size.get("Height")): errors.append(f"{f}: row heights do not add up to the table's")


KB_MSG = ["id", "conversation_id", "channel", "sender", "sent_at", "sent_at_ms", "content", "prev", "unread",
          "revoked_device", "offline", "kbfs_encrypted", "is_ephemeral", "is_ephemeral_expired", "e_time", "reactions",
          "has_pairwise_macs", "at_mention_usernames", "channel_mention", "channel_name_mentions", "bot_info"]


def check_keybase(f, raw):
    lf_final(f, raw)
    if raw.count("\n") != 1: errors.append(f"{f}: not one line")
    d = json.loads(raw)
    go = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    go = go.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if go + "\n" != raw: errors.append(f"{f}: not Go's compact JSON (HTML-safe escapes, UTF-8)")
    res = d.get("result", {})
    if list(d) != ["result"] or list(res) != ["messages", "pagination", "ratelimits"]: errors.append(f"{f}: not a chat read answer")
    msgs = [x.get("msg", {}) for x in res.get("messages", [])]
    pg = res.get("pagination", {})
    if list(pg) != ["next", "previous", "num", "last"] or pg.get("num") != len(msgs): errors.append(f"{f}: pagination not {{next, previous, num, last}} with num = messages")
    ids = [m.get("id") for m in msgs]
    if ids != sorted(ids, reverse=True) or len(set(ids)) != len(ids): errors.append(f"{f}: messages not newest first")
    users = {}
    for m in msgs:
        i = m.get("id")
        if not keys_in_order(list(m), KB_MSG) or list(m)[:9] != KB_MSG[:9]: errors.append(f"{f}: {i}: message keys not in struct order")
        if m.get("conversation_id") != msgs[0].get("conversation_id") or not re.fullmatch(r"0000[0-9a-f]{60}", str(m.get("conversation_id"))):
            errors.append(f"{f}: {i}: conversation_id")
        if m.get("channel") != msgs[0].get("channel") or list(m.get("channel", {})) != ["name", "members_type", "topic_type", "topic_name"]:
            errors.append(f"{f}: {i}: channel")
        s = m.get("sender", {})
        if list(s) != ["uid", "username", "device_id", "device_name"] or not re.fullmatch(r"[0-9a-f]{30}19", s.get("uid", "")) or \
                users.setdefault(s.get("username"), s.get("uid")) != s.get("uid"):
            errors.append(f"{f}: {i}: sender")
        if m.get("sent_at") != m.get("sent_at_ms", 0) // 1000: errors.append(f"{f}: {i}: sent_at not sent_at_ms / 1000")
        if not m.get("prev") or m["prev"][0].get("id", i) >= i: errors.append(f"{f}: {i}: prev pointer")
        c = m.get("content", {})
        t = c.get("type")
        if t not in ("text", "reaction", "edit", "delete", "attachment") or list(c) != ["type", t]: errors.append(f"{f}: {i}: content not {{type, <type>}}")
        elif t == "text":
            tx = c["text"]
            if list(tx)[:4] != ["body", "payments", "userMentions", "teamMentions"]: errors.append(f"{f}: {i}: text keys")
            um = [x.get("text") for x in tx.get("userMentions") or []]
            if um != m.get("at_mention_usernames", []) or any("@" + u not in tx.get("body", "") for u in um):
                errors.append(f"{f}: {i}: mentions do not match the body")
        elif t == "reaction":
            r = c["reaction"]
            if list(r) != ["m", "b"] or r.get("m") not in ids or r.get("m") >= i: errors.append(f"{f}: {i}: reaction to an unknown message")
    ms_ = [m.get("sent_at_ms") for m in msgs]
    if ms_ != sorted(ms_, reverse=True): errors.append(f"{f}: sent_at_ms not newest first")


def check_httpie(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    prompt = re.compile(r"\S+@[\w.-]+:\S*\$ ")
    if not ls or not prompt.fullmatch(ls[-1]): errors.append(f"{f}: does not end with a bare prompt")
    k, prev = 0, None
    while k < len(ls) - 1:
        if not re.fullmatch(prompt.pattern + r"http( [A-Z]+)? https://\S+( \S+)*", ls[k]): errors.append(f"{f}: line {k + 1}: an http command was due"); k += 1; continue
        m = re.fullmatch(r"HTTP/1\.1 (\d{3}) (.+)", ls[k + 1])
        if not m or HTTPStatus(int(m.group(1))).phrase != m.group(2): errors.append(f"{f}: line {k + 2}: status line"); k += 1; continue
        j, hdr = k + 2, []
        while j < len(ls) and ls[j] != "":
            hm = re.fullmatch(r"([A-Za-z-]+): (.+)", ls[j])
            if not hm: errors.append(f"{f}: line {j + 1}: not a header")
            else: hdr.append(hm.groups())
            j += 1
        if [h for h, _ in hdr] != sorted((h for h, _ in hdr), key=str.lower): errors.append(f"{f}: line {k + 3}: headers not sorted (HTTPie's default)")
        hd = dict(hdr)
        e = j + 1
        while e < len(ls) and not (ls[e] == "" and (e + 1 >= len(ls) or prompt.match(ls[e + 1]))): e += 1
        body = "\n".join(ls[j + 1:e])
        try:
            b = json.loads(body)
        except ValueError:
            errors.append(f"{f}: line {j + 2}: body not JSON"); k = e + 1; continue
        if json.dumps(b, ensure_ascii=False, indent=4, sort_keys=True) != body: errors.append(f"{f}: line {j + 2}: body not HTTPie's formatting (4 spaces, sorted keys)")
        compact = json.dumps(b, ensure_ascii=False, separators=(",", ":")).encode()
        if hd.get("Content-Length") != str(len(compact)): errors.append(f"{f}: line {k + 1}: Content-Length not the body's bytes")
        if not re.fullmatch(rf'W/"{len(compact):x}-[A-Za-z0-9+/]{{27}}"', hd.get("ETag", "")): errors.append(f"{f}: line {k + 1}: ETag not Express's")
        if not hd.get("Content-Type", "").startswith("application/json"): errors.append(f"{f}: line {k + 1}: Content-Type")
        try:
            t = email.utils.parsedate_to_datetime(hd.get("Date", ""))
            if not hd["Date"].endswith(" GMT") or (prev and t < prev): raise ValueError
            prev = t
        except (ValueError, TypeError, KeyError):
            errors.append(f"{f}: line {k + 1}: Date missing, not GMT or going backwards")
        if (m.group(1) != "200") != (isinstance(b, dict) and list(b) == ["error"]): errors.append(f"{f}: line {k + 2}: status and body disagree")
        k = e + 1


def shape_checks(f, raw, path):
    n = num(f)
    {907: check_sqlcmd, 908: check_trilium, 909: check_firestore, 910: check_nikola, 911: check_jupytext,
     912: check_cloudwatch, 913: check_pivotal, 914: check_hwpml, 915: check_keybase,
     916: check_httpie}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round88's and round89's, a byte-identical file counted once), and the round88/round89 split (candidates sorted by
# (uses, catalogue title); round89 = odd positions from 3 on, one unbroken run; round88 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P88S = ["/work/rounds/digests-round88/expected.json", "/work/main/tests/data/digests-round88/expected.json"]
P88 = next((p for p in P88S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P88S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round88", "digests-round89") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round89 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r88 = set()
if P88:
    try:
        r88 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P88)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P88} exists but could not be read (being written?)")
    if r88 & mine: errors.append(f"papers also in round88: {sorted(r88 & mine)}")
shared88 = len(r88 & mine) if P88 else "(no round88 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round89 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round88: {shared88}; papers in more than one round89 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
