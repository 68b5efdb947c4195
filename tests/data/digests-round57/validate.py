#!/usr/bin/env python3
r"""Checks round57/expected.json against the digests and the shared catalogues.

Adapted from round55/validate.py (the label checks are the same code; the reuse report is round55's with round56 /
round57 in place of round54 / round55: round57 holds the even positions, round56 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round56's and round57's
own (a digests-round56 / digests-round57 folder, or a file whose bytes equal round56's or round57's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round57 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/round56/expected.json when that file exists (read only), and on
a paper in more than one round57 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 588 (Elasticsearch response), 589 (unstructured JSON): every JSON string;
  - 591 (XLIFF), 593 (Yammer CSV): the text without tags / every CSV cell;
  - 594 (groff ms): the text with groff escapes (\(:u, \('e, \fI …) undone;
  - 595 (PmWiki page file): the text= value urldecoded;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 587 XWiki 2.1 (balanced = headings, macros {{x}}…{{/x}} closed, [[label>>target]] links, |= table
header rows); 588 Elasticsearch (took / timed_out / _shards / hits.total = number of hits, scores descending, the
` : ` pretty-print separator); 589 unstructured (a list, element keys, known types, 32-hex unique ids, parent_id
pointing to an earlier Title, links' start_index); 590 Mathpix Markdown (\title first, $$ balanced, \tag numbering,
cdn.mathpix.com image links, tabular closed, references numbered in order); 591 XLIFF 1.2 (namespace, version, file
attributes, unique trans-unit ids, source + target, known states); 592 Chatterino (start / stop lines, every other line
"[HH:MM:SS]  text", times not going back); 593 Yammer Messages.csv (header, 20 columns, reply rows pointing to earlier
ids in the same thread, UTC times, api_url = id); 594 groff ms (.R1/.R2, .TL before .AU, .[ .] and .TS/.TE balanced,
refer fields known, every citation with %T); 595 PmWiki (first line, urlencoded=1, no raw newline / '<' in values,
name Group.Page, history keys with times, time ≥ ctime); 596 AutoHotkey v2 (#Requires v2, braces and continuation
sections balanced, hotstrings well formed).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, html, io, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import unquote, unquote_plus


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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


GROFF = {r"\('e": "é", r"\('a": "á", r"\(:u": "ü", r"\(:o": "ö", r"\(em": "—", r"\(dg": "†", r"\(bu": "•",
         r"\(lq": "“", r"\(rq": "”"}
def groff_text(s):
    for k, v in GROFF.items(): s = s.replace(k, v)
    return re.sub(r"\\f(?:\(..|.)", "", s)


def pmwiki_values(raw):
    return "\n".join(unquote(l.split("=", 1)[1]) for l in raw.split("\n") if "=" in l)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (588, 589): forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n == 591: forms.append(strip_tags(raw))
    if n == 593: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw)) for c in row))
    if n == 594: forms.append(groff_text(raw))
    if n == 595: forms.append(pmwiki_values(raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def xml_root(f, data):
    try:
        return ET.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}")


def check_xwiki(f, raw):
    lf_final(f, raw)
    for l in raw.split("\n"):
        m = re.match(r"^(=+) .* (=+)$", l)
        if l.startswith("=") and (not m or len(m.group(1)) != len(m.group(2))): errors.append(f"{f}: bad heading {l!r}")
    opens = re.findall(r"\{\{(\w+)(?: [^}]*?)?(?<!/)\}\}", raw)
    closes = re.findall(r"\{\{/(\w+)\}\}", raw)
    if Counter(opens) != Counter(closes): errors.append(f"{f}: macros not closed: {Counter(opens) - Counter(closes)}")
    if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: [[ ]] unbalanced")
    for lab in re.findall(r"\[\[([^\]]*)\]\]", raw):
        if ">>" not in lab: errors.append(f"{f}: link without >> target: {lab!r}")
    for l in raw.split("\n"):
        if l.startswith("|") and l.endswith("|"): errors.append(f"{f}: XWiki table rows do not end with |: {l!r}")
    if "](http" in raw: errors.append(f"{f}: Markdown link in XWiki syntax")


def check_es(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    for k in ("took", "timed_out", "_shards", "hits"):
        if k not in d: errors.append(f"{f}: no {k}")
    h = d["hits"]
    if h["total"]["value"] != len(h["hits"]) or h["total"]["relation"] != "eq": errors.append(f"{f}: hits.total mismatch")
    sc = [x["_score"] for x in h["hits"]]
    if sc != sorted(sc, reverse=True) or h["max_score"] != sc[0]: errors.append(f"{f}: scores not descending / max_score")
    for x in h["hits"]:
        if set(x) - {"_index", "_id", "_score", "_source", "highlight"} or not re.fullmatch(r"[\w-]{20}", x["_id"]):
            errors.append(f"{f}: bad hit {x.get('_id')}")
    if re.search(r'"\w+": ', raw): errors.append(f"{f}: not Jackson's pretty-print separator")
    for a in d.get("aggregations", {}).values():
        if "doc_count_error_upper_bound" in a and [b["doc_count"] for b in a["buckets"]] != sorted([b["doc_count"] for b in a["buckets"]], reverse=True):
            errors.append(f"{f}: terms buckets not ordered by doc_count")


UTYPES = {"Title", "NarrativeText", "ListItem", "Header", "Footer", "UncategorizedText", "Table", "Image", "FigureCaption"}
def check_unstructured(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if not isinstance(d, list): errors.append(f"{f}: not a list"); return
    seen, titles = set(), set()
    for e in d:
        if set(e) != {"type", "element_id", "text", "metadata"}: errors.append(f"{f}: element keys {sorted(e)}")
        if e["type"] not in UTYPES: errors.append(f"{f}: type {e['type']}")
        if not re.fullmatch(r"[0-9a-f]{32}", e["element_id"]) or e["element_id"] in seen: errors.append(f"{f}: bad id {e['element_id']}")
        seen.add(e["element_id"])
        md = e["metadata"]
        if md.get("parent_id") and md["parent_id"] not in titles: errors.append(f"{f}: parent_id not an earlier Title")
        for ln in md.get("links", []):
            if e["text"][ln["start_index"]:ln["start_index"] + len(ln["text"])] != ln["text"]: errors.append(f"{f}: link start_index wrong")
        if e["type"] == "Title": titles.add(e["element_id"])
    if '\n    {\n        "type"' not in raw: errors.append(f"{f}: not indent 4")


def check_mmd(f, raw):
    lf_final(f, raw)
    if not raw.startswith("\\title{"): errors.append(f"{f}: \\title not first")
    if raw.count("$$") % 2: errors.append(f"{f}: $$ unbalanced")
    tags = re.findall(r"\\tag\{2\.(\d+)\}", raw)
    if tags != [str(i + 1) for i in range(len(tags))]: errors.append(f"{f}: \\tag numbering {tags}")
    if raw.count("\\begin{tabular}") != raw.count("\\end{tabular}"): errors.append(f"{f}: tabular unbalanced")
    for u in re.findall(r"!\[\]\(([^)]*)\)", raw):
        if not u.startswith("https://cdn.mathpix.com/cropped/"): errors.append(f"{f}: image not on cdn.mathpix.com")
    refs = [int(x) for x in re.findall(r"^\[(\d+)\] ", raw, re.M)]
    if refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: references numbered {refs}")
    cited = {int(x) for x in re.findall(r"\^\{\[(\d+)\]\}", raw)}
    if cited - set(refs): errors.append(f"{f}: cited but not listed {cited - set(refs)}")


X12 = "{urn:oasis:names:tc:xliff:document:1.2}"
def check_xliff(f, raw):
    lf_final(f, raw)
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != X12 + "xliff" or r.get("version") != "1.2": errors.append(f"{f}: not XLIFF 1.2")
    for fl in r.iter(X12 + "file"):
        for a in ("original", "source-language", "target-language", "datatype"):
            if not fl.get(a): errors.append(f"{f}: file without {a}")
    ids = [u.get("id") for u in r.iter(X12 + "trans-unit")]
    if len(ids) != len(set(ids)) or not ids: errors.append(f"{f}: trans-unit ids not unique")
    for u in r.iter(X12 + "trans-unit"):
        s, t = u.find(X12 + "source"), u.find(X12 + "target")
        if s is None or t is None: errors.append(f"{f}: unit {u.get('id')} without source/target"); continue
        if t.get("state") not in ("new", "needs-translation", "translated", "final", "signed-off", "needs-review-translation"):
            errors.append(f"{f}: state {t.get('state')}")


CHAT = re.compile(r"^\[(\d\d):(\d\d):(\d\d)\]  \S.*$")
def check_chatterino(f, raw):
    lf_final(f, raw)
    ls = raw.rstrip("\n").split("\n")
    if not ls[0].startswith("# Start logging at ") or not ls[-1].startswith("# Stop logging at "): errors.append(f"{f}: start/stop lines")
    prev = ""
    for l in ls[1:-1]:
        m = CHAT.match(l)
        if not m: errors.append(f"{f}: bad line {l!r}"); continue
        if l[1:9] < prev: errors.append(f"{f}: time goes back at {l[:10]}")
        prev = l[1:9]


YAM = ["id", "replied_to_id", "thread_id", "conversation_id", "group_id", "group_name", "participants", "in_private_group",
       "in_private_conversation", "sender_id", "sender_type", "sender_name", "sender_email", "body", "api_url", "attachments",
       "deleted_by_id", "deleted_by_type", "created_at", "deleted_at"]
def check_yammer(f, raw):
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw)))
    if rows[0] != YAM: errors.append(f"{f}: header {rows[0]}")
    thread = {}
    for r in rows[1:]:
        if len(r) != 20: errors.append(f"{f}: row with {len(r)} columns"); continue
        d = dict(zip(YAM, r))
        if d["replied_to_id"] and thread.get(d["replied_to_id"]) != d["thread_id"]: errors.append(f"{f}: reply {d['id']} to an unknown/other thread")
        if not d["replied_to_id"] and d["thread_id"] != d["id"]: errors.append(f"{f}: thread starter {d['id']} with another thread_id")
        thread[d["id"]] = d["thread_id"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", d["created_at"]): errors.append(f"{f}: created_at {d['created_at']}")
        if d["api_url"] != "https://www.yammer.com/api/v1/messages/" + d["id"]: errors.append(f"{f}: api_url")
        if not d["sender_email"].endswith(".example"): errors.append(f"{f}: non-example e-mail")
    ts = [r[18] for r in rows[1:]]
    if ts != sorted(ts): errors.append(f"{f}: rows not in time order")


REFER = set("ABCDEGIJKLNOPQRSTVX")
def check_ms(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if ".R1" not in ls or ".R2" not in ls or ls.index(".R1") > ls.index(".R2"): errors.append(f"{f}: .R1/.R2")
    if ls.index(".TL") > ls.index(".AU"): errors.append(f"{f}: .TL after .AU")
    if ls.count(".[") != ls.count(".]") or ls.count(".TS") != ls.count(".TE") or ls.count(".EQ") != ls.count(".EN"):
        errors.append(f"{f}: unbalanced .[ .] / .TS .TE / .EQ .EN")
    inref, fields = False, []
    for l in ls:
        if l == ".[": inref, fields = True, []; continue
        if l == ".]":
            if fields and "T" not in fields: errors.append(f"{f}: citation without %T")
            inref = False; continue
        if inref and l.startswith("%"):
            if l[1] not in REFER: errors.append(f"{f}: unknown refer field {l[:3]}")
            fields.append(l[1])
        if l.startswith(".") and not re.match(r"^\.(\\\"|[A-Za-z]{1,2}\b|\[|\]|[A-Z][A-Z0-9]\b)", l): errors.append(f"{f}: odd request {l!r}")


def check_pmwiki(f, raw):
    lf_final(f, raw)
    ls = raw.rstrip("\n").split("\n")
    if not re.fullmatch(r"version=pmwiki-2\.\d+\.\d+ ordered=1 urlencoded=1", ls[0]): errors.append(f"{f}: first line {ls[0]!r}")
    kv = {}
    for l in ls[1:]:
        k, sep, v = l.partition("=")
        if not sep: errors.append(f"{f}: line without = {l[:30]!r}"); continue
        if "<" in v: errors.append(f"{f}: raw '<' in {k}")
        if not re.fullmatch(r"[a-z]+(?::\d{10})*:?", k): errors.append(f"{f}: key {k!r}")
        kv[k] = v
    for k in ("name", "text", "time", "ctime", "rev"):
        if k not in kv: errors.append(f"{f}: no {k}=")
    if not re.fullmatch(r"[A-Z]\w*\.[A-Z]\w*", kv.get("name", "")): errors.append(f"{f}: name {kv.get('name')}")
    if int(kv.get("time", 0)) < int(kv.get("ctime", 0)): errors.append(f"{f}: time < ctime")
    hist = sorted({int(k.split(":")[1]) for k in kv if ":" in k}, reverse=True)
    if hist and hist[0] != int(kv["time"]): errors.append(f"{f}: newest history entry != time")


def check_ahk(f, raw):
    lf_final(f, raw)
    if "#Requires AutoHotkey v2" not in raw: errors.append(f"{f}: no #Requires v2")
    code = "\n".join(l for l in raw.split("\n") if not l.lstrip().startswith(";"))
    if code.count("{") - code.count("{дата}") * 1 - len(re.findall(r"\{[^{}\n]*\}", code)) < 0: pass
    depth = 0
    for l in raw.split("\n"):
        s = l.strip()
        if s.startswith(";") or s.startswith("::") or s.startswith(":*:"): continue
        if s.endswith("{"): depth += 1
        if s == "}" or s.startswith("}"): depth -= 1
    if depth: errors.append(f"{f}: braces unbalanced ({depth})")
    opens = sum(1 for l in raw.split("\n") if l.strip() == "(")
    closes = sum(1 for l in raw.split("\n") if l.strip().startswith(")"))
    if opens != closes: errors.append(f"{f}: continuation sections unbalanced")
    for l in raw.split("\n"):
        if re.match(r"^:[*X]*:", l) and not re.match(r"^:[*X]*:[^:\s]+::", l): errors.append(f"{f}: bad hotstring {l!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {587: check_xwiki, 588: check_es, 589: check_unstructured, 590: check_mmd, 591: check_xliff, 592: check_chatterino,
     593: check_yammer, 594: check_ms, 595: check_pmwiki, 596: check_ahk}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round56's and round57's, a byte-identical file counted once), and the round56/round57 split (candidates sorted by
# (uses, catalogue title); round57 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P56 = "/work/round56/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P56): own.add(open(P56, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round56", "digests-round57") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round56 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r56 = set()
if os.path.exists(P56):
    try:
        r56 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P56)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round56/expected.json exists but could not be read (being written?)")
    if r56 & mine: errors.append(f"papers also in round56: {sorted(r56 & mine)}")
shared56 = len(r56 & mine) if os.path.exists(P56) else "(no /work/round56/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round57 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round56: {shared56}; papers in more than one round57 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
