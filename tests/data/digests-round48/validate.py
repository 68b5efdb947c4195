#!/usr/bin/env python3
r"""Checks round48/expected.json against the digests and the shared catalogues.

Adapted from round47/validate.py (the label checks are the same code; the reuse report is round47's with the parity
flipped and round48 / round49 in place of round46 / round47; the readers and shape checks are new). The reuse report
counts every /work/main/tests/data/*/expected.json and /work/round2*/, /work/round3*/, /work/round4*/expected.json
except round48's and round49's own — a file whose bytes equal one already counted is counted once — and checks the
round48/round49 split: round48 holds the even positions of the candidates sorted by (uses, catalogue title), as one
run from position 2 up to its last paper ("Efficient Transformers: A Survey" must not be used); it fails on a paper
shared with /work/round49/expected.json when that file exists (read only), and on a paper in more than one round48
file.
Every digest is UTF-8; each is also read in decoded forms, the way a reader of that shape would see it:
  - 502 (Airtable CSV): every cell (csv module, BOM removed), one per line;
  - 503 (GitHub API JSON): every JSON string (json module: escapes undone, CRLF in bodies);
  - the other files: the text;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 48
needs no deviation.

Shape checks (each digest against the rules of the program that writes or reads its shape):
  - 497 (WorkFlowy plain-text export): LF, every line a "- " item or a double-quoted note, indentation in steps of
    two spaces with no jump of more than one level, a note directly under an item and one level deeper, "[COMPLETE]"
    only right after "- ", one top-level item;
  - 498 (awesome list, reference-style links): LF, the awesome badge, every [text][ref] / [ref] reference in the body
    defined exactly once at the bottom, every definition used, the table of contents' anchors matching headings;
  - 499 (Gmail print, pdftotext): pages separated by form feeds, each page starting with the same print header
    and ending with the mail.google.com print URL and "n/N" numbered 1..N, the "1 message" line, the
    "---------- Forwarded message ---------" block with From / Date / Subject / To, every listing entry with
    "\\" / arXiv:ID / "replaced with revised version" / Title / Authors / Categories / the "\\ ( https://arxiv.org/abs/ID" line
    for the same id;
  - 500 (ISO 690 references): LF, form-feed-separated pages each with the running head and a page number in
    sequence, the entries in alphabetical order of their first word, every entry with a year after the authors;
  - 501 (Mendeley BibTeX): the three Mendeley header lines, balanced braces outside entries' values, unique keys,
    fields in alphabetical order within each entry, no indentation, every title in double braces, every entry
    with mendeley-groups, arxivId equal to eprint where present, file fields as {:path:pdf};
  - 502 (Airtable CSV): UTF-8 BOM, CRLF, every row with the header's column count, Criado em as M/D/YYYY h:mmam|pm,
    Lido empty or "checked", Nota empty or 1-5, attachment cells as "name (url)";
  - 503 (GitHub timeline JSON): a JSON array, two-space indentation as gh prints it, every item with an event
    name from the timeline set, commented events with id / user / body / author_association / reactions whose
    total_count is the sum, CRLF-only line ends inside bodies, ISO 8601 UTC times in order;
  - 504 (Juejin Markdown): LF, the theme / highlight front matter first, one H1, balanced code fences, tables with a
    constant column count;
  - 505 (PukiWiki source): LF, the #author(...) first line with an ISO time, #contents, headings with [#anchor]
    ids (unique), tables with a constant column count and one |h header row each, balanced [[ ]];
  - 506 (NEGATIVE, Threads copy): LF, the "Thread" header, every post starting with a user name line and a
    relative date line ("N g"), counters as bare numbers.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is
not an id of its own (kept from round17)."""

import csv, hashlib, html, io, json, os, re, sys, tomllib, uuid
from collections import Counter
from datetime import datetime, date
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

def crlf(f, raw):
    if raw.replace("\r\n", "").count("\n") or raw.replace("\r\n", "").count("\r"): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def csv_rows(raw):
    return list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 502: forms.append("\n".join(c for r in csv_rows(raw) for c in r))
    if n == 503: forms.append("\n".join(strings_of(json.loads(raw), [])))
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
def check_workflowy(f, raw):
    lf_final(f, raw)
    prev_level, prev_kind, tops = -1, None, 0
    for i, ln in enumerate(raw.rstrip("\n").split("\n"), 1):
        ind = len(ln) - len(ln.lstrip(" "))
        body = ln[ind:]
        if ind % 2: errors.append(f"{f}: line {i}: odd indentation"); continue
        lev = ind // 2
        if body.startswith("- "):
            if lev > prev_level + 1 and prev_kind is not None and not (prev_kind == "note" and lev <= prev_level): errors.append(f"{f}: line {i}: indentation jumps more than one level")
            if "[COMPLETE]" in body and not body.startswith("- [COMPLETE] "): errors.append(f"{f}: line {i}: [COMPLETE] not right after the bullet")
            if lev == 0: tops += 1
            prev_level, prev_kind = lev, "item"
        elif body.startswith('"') and body.endswith('"') and len(body) > 1:
            if prev_kind != "item" or lev != prev_level + 1: errors.append(f"{f}: line {i}: note not directly under its item")
            prev_kind = "note"; prev_level = lev - 1
        else:
            errors.append(f"{f}: line {i}: neither a '- ' item nor a quoted note")
    if tops != 1: errors.append(f"{f}: {tops} top-level items (1 expected)")


def gh_anchor(h):
    h = h.strip().lower()
    h = re.sub(r"[^\w\- ]", "", h)
    return h.replace(" ", "-")


def check_awesome_refs(f, raw):
    lf_final(f, raw)
    if "awesome.re/badge" not in raw: errors.append(f"{f}: no awesome badge")
    lines = raw.split("\n")
    defs = Counter()
    body = []
    for ln in lines:
        m = re.match(r"\[([^\]]+)\]: (\S+)", ln)
        if m: defs[m.group(1).lower()] += 1
        else: body.append(ln)
    for k, v in defs.items():
        if v > 1: errors.append(f"{f}: reference [{k}] defined {v} times")
    text = "\n".join(body)
    used = {m.lower() for m in re.findall(r"\]\[([^\]]+)\]", text)}
    for u in sorted(used - set(defs)): errors.append(f"{f}: reference [{u}] used but not defined")
    for d in sorted(set(defs) - used): errors.append(f"{f}: reference [{d}] defined but not used")
    heads = {gh_anchor(h) for h in re.findall(r"^#{2,6} (.+)$", raw, re.M)}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in heads: errors.append(f"{f}: table-of-contents anchor #{a} matches no heading")


def check_gmail_print(f, raw):
    lf_final(f, raw)
    pages = raw.split("\f")
    n = len(pages)
    head0 = pages[0].split("\n", 1)[0]
    if "Valmarina Mail - " not in head0: errors.append(f"{f}: no print header on page 1")
    for i, pg in enumerate(pages, 1):
        ls = pg.rstrip("\n").split("\n")
        if ls[0] != head0: errors.append(f"{f}: page {i}: print header differs")
        m = re.match(r"https://mail\.google\.com/mail/u/\d/\?\S+\s+(\d+)/(\d+)$", ls[-1])
        if not m: errors.append(f"{f}: page {i}: no print footer"); continue
        if (int(m.group(1)), int(m.group(2))) != (i, n): errors.append(f"{f}: page {i}: footer says {m.group(1)}/{m.group(2)}")
    if "\n1 message\n" not in raw: errors.append(f"{f}: no '1 message' line")
    fw = raw.find("---------- Forwarded message ---------")
    if fw < 0: errors.append(f"{f}: no forwarded-message block")
    else:
        blk = raw[fw:fw + 400].split("\n")[1:5]
        if [b.split(":")[0] for b in blk] != ["From", "Date", "Subject", "To"]: errors.append(f"{f}: forwarded header lines {blk}")
    flat = "\n".join(l for pg in pages for l in pg.split("\n")[1:-1])
    for m in re.finditer(r"\\\\\narXiv:(\S+)\n(.*)\nTitle: .+\n(?:  .+\n)*Authors: .+\n(?:  .+\n)*Categories: .+\n(?:Comments: .+\n)?\\\\ \( https://arxiv\.org/abs/(\S+) ,", flat):
        if m.group(1) != m.group(3): errors.append(f"{f}: listing entry arXiv:{m.group(1)} links {m.group(3)}")
        if not m.group(2).startswith("replaced with revised version "): errors.append(f"{f}: entry {m.group(1)} is not a replacement line")
    if len(re.findall(r"^\\\\\narXiv:", flat, re.M)) != len(re.findall(r"\\\\\narXiv:(\S+)\n(.*)\nTitle: .+\n(?:  .+\n)*Authors: .+\n(?:  .+\n)*Categories: .+\n(?:Comments: .+\n)?\\\\ \( https://arxiv\.org/abs/", flat)):
        errors.append(f"{f}: a listing entry does not have the listing's field order")


def check_iso690(f, raw):
    lf_final(f, raw)
    pages = raw.split("\f")
    head = pages[0].split("\n", 1)[0]
    entries = []
    for i, pg in enumerate(pages, 1):
        ls = pg.strip("\n").split("\n")
        if ls[0] != head: errors.append(f"{f}: page {i}: running head differs")
        nums = [l for l in ls if re.fullmatch(r"\d+", l)]
        if i < len(pages) and not nums: errors.append(f"{f}: page {i}: no page number")
        if nums and i > 1:
            pass
        paras = [p for p in re.split(r"\n\n+", pg) if re.match(r"[A-ZÀ-Ý][A-ZÀ-Ý' -]+, ", p)]
        entries += paras
    pn = [int(l) for pg in pages for l in pg.split("\n") if re.fullmatch(r"\d+", l)]
    if pn != list(range(pn[0], pn[0] + len(pn))) if pn else True: errors.append(f"{f}: page numbers not in sequence: {pn}")
    keys_ = [e.split(",")[0].upper() for e in entries]
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not in alphabetical order: {keys_}")
    for e in entries:
        if not re.search(r", (19|20)\d\d\. ", " ".join(e.split())): errors.append(f"{f}: entry without 'authors, year.': {e[:50]!r}")


def check_mendeley(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if ls[:5] != ["Automatically generated by Mendeley Desktop 1.19.8", "Any changes to this file will be lost if it is regenerated by Mendeley.", "",
                  "BibTeX export options can be customized via Options -> BibTeX in Mendeley Desktop", ""]:
        errors.append(f"{f}: Mendeley header lines missing or changed")
    keys_ = Counter()
    for m in re.finditer(r"^@(\w+)\{([^,\n]+),\n(.*?)\n\}$", raw, re.M | re.S):
        typ, key, body = m.groups()
        keys_[key] += 1
        names = []
        depth = 0
        for ln in body.split("\n"):
            if depth == 0:
                mm = re.match(r"([a-zA-Z-]+) = \{", ln)
                if not mm: errors.append(f"{f}: {key}: line not 'field = {{' : {ln[:40]!r}"); continue
                names.append(mm.group(1))
                val = ln[len(mm.group(0)) - 1:]
            else:
                val = ln
            depth += val.count("{") - val.count("}")
            if depth < 0: errors.append(f"{f}: {key}: unbalanced braces"); depth = 0
        if depth: errors.append(f"{f}: {key}: unbalanced braces")
        if names != sorted(names, key=str.lower): errors.append(f"{f}: {key}: fields not in alphabetical order")
        fields = dict(re.findall(r"^([a-zA-Z-]+) = \{(.*)\},?$", body, re.M))
        if not re.fullmatch(r"\{[^{}]+\}", fields.get("title", "")): errors.append(f"{f}: {key}: title not in double braces")
        if "mendeley-groups" not in fields: errors.append(f"{f}: {key}: no mendeley-groups")
        if "arxivId" in fields and fields.get("eprint") != fields["arxivId"]: errors.append(f"{f}: {key}: arxivId != eprint")
        if "file" in fields and not re.fullmatch(r":[^:]+\.pdf:pdf", fields["file"]): errors.append(f"{f}: {key}: file field not :path:pdf")
    n_at = len(re.findall(r"^@", raw, re.M))
    if sum(keys_.values()) != n_at: errors.append(f"{f}: {n_at - sum(keys_.values())} entries not parsed")
    for k, v in keys_.items():
        if v > 1: errors.append(f"{f}: duplicate key {k}")
    if re.search(r"^[ \t]+\S", raw, re.M): errors.append(f"{f}: indented lines (Mendeley does not indent)")


def check_airtable(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM")
    crlf(f, raw)
    rows = csv_rows(raw)
    if not rows: errors.append(f"{f}: empty"); return
    hdr = rows[0]
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(hdr): errors.append(f"{f}: row {i}: {len(r)} cells, header has {len(hdr)}"); continue
        d = dict(zip(hdr, r))
        if not re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d[ap]m", d.get("Criado em", "")): errors.append(f"{f}: row {i}: bad Criado em {d.get('Criado em')!r}")
        if d.get("Lido") not in ("", "checked"): errors.append(f"{f}: row {i}: Lido {d.get('Lido')!r}")
        if d.get("Nota (1-5)") not in ("", "1", "2", "3", "4", "5"): errors.append(f"{f}: row {i}: Nota {d.get('Nota (1-5)')!r}")
        if d.get("Anexos") and not re.fullmatch(r"[^,()]+ \(https?://[^)]+\)(?:,[^,()]+ \(https?://[^)]+\))*", d["Anexos"]): errors.append(f"{f}: row {i}: bad Anexos cell")


TIMELINE = {"commented", "labeled", "unlabeled", "assigned", "unassigned", "cross-referenced", "milestoned", "demilestoned",
            "renamed", "closed", "reopened", "referenced", "mentioned", "subscribed"}
def check_gh_timeline(f, raw):
    lf_final(f, raw)
    try:
        ev = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if not isinstance(ev, list): errors.append(f"{f}: not a JSON array"); return
    if raw != json.dumps(ev, indent=2, ensure_ascii=False) + "\n": errors.append(f"{f}: not in gh's two-space pretty print")
    last = ""
    for i, e in enumerate(ev):
        if e.get("event") not in TIMELINE: errors.append(f"{f}: item {i}: event {e.get('event')!r}")
        t = e.get("created_at", "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", t): errors.append(f"{f}: item {i}: created_at {t!r}")
        elif t < last: errors.append(f"{f}: item {i}: out of time order")
        else: last = t
        if e.get("event") == "commented":
            for k in ("id", "user", "body", "author_association", "reactions", "html_url"):
                if k not in e: errors.append(f"{f}: item {i}: commented event without {k}")
            b = e.get("body", "")
            if re.search(r"(?<!\r)\n", b) or re.search(r"\r(?!\n)", b): errors.append(f"{f}: item {i}: a body line end that is not CRLF")
            r = e.get("reactions", {})
            if r and r.get("total_count") != sum(v for k, v in r.items() if k not in ("url", "total_count")): errors.append(f"{f}: item {i}: reactions total_count wrong")


def check_juejin(f, raw):
    lf_final(f, raw)
    if not re.match(r"---\ntheme: [\w-]+\nhighlight: [\w-]+\n---\n", raw): errors.append(f"{f}: no theme/highlight front matter first")
    nofence = re.sub(r"```.*?```", "", raw, flags=re.S)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    h1 = re.findall(r"^# ", nofence, re.M)
    if len(h1) != 1: errors.append(f"{f}: {len(h1)} H1 headings")
    for blk in re.findall(r"(?:^\|.*\|\n)+", nofence, re.M):
        cols = {l.count("|") for l in blk.strip("\n").split("\n")}
        if len(cols) != 1: errors.append(f"{f}: a table with varying column counts")


def check_pukiwiki(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not re.fullmatch(r'#author\("\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+\d\d:\d\d","[^"]*","[^"]*"\)', ls[0]): errors.append(f"{f}: no #author(...) first line")
    if "#contents" not in ls: errors.append(f"{f}: no #contents")
    anchors = Counter()
    for ln in ls:
        if ln.startswith("*"):
            m = re.fullmatch(r"\*{1,3}[^*].* \[#([a-z0-9]+)\]", ln)
            if not m: errors.append(f"{f}: heading without [#anchor]: {ln[:40]!r}")
            else: anchors[m.group(1)] += 1
    for a, v in anchors.items():
        if v > 1: errors.append(f"{f}: anchor #{a} used {v} times")
    for blk in re.findall(r"(?:^\|.*\|h?\n)+", raw, re.M):
        rows = blk.strip("\n").split("\n")
        if len({r.rstrip("h").count("|") for r in rows}) != 1: errors.append(f"{f}: a table with varying column counts")
        if sum(r.endswith("|h") for r in rows) != 1: errors.append(f"{f}: a table without exactly one |h header row")
    if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: unbalanced [[ ]]")


def check_threads(f, raw):
    lf_final(f, raw)
    if not raw.startswith("Thread\n"): errors.append(f"{f}: no 'Thread' header")
    posts = [p for p in raw.split("\n\n")[1:] if p.strip()]
    for i, p in enumerate(posts, 1):
        ls = p.split("\n")
        if not re.fullmatch(r"[a-z0-9._]+", ls[0]) or not re.fullmatch(r"\d+ g", ls[1] if len(ls) > 1 else ""):
            errors.append(f"{f}: post {i}: no user-name / relative-date lines")
        tail = []
        for l in reversed(ls):
            if re.fullmatch(r"\d+", l): tail.append(l)
            else: break
        if not tail: errors.append(f"{f}: post {i}: no counters")


def shape_checks(f, raw, path):
    {497: check_workflowy, 498: check_awesome_refs, 499: check_gmail_print, 500: check_iso690, 501: check_mendeley,
     502: check_airtable, 503: check_gh_timeline, 504: check_juejin, 505: check_pukiwiki, 506: check_threads}[num(f)](f, raw)


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


# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/round2*/, /work/round3*/, /work/round4*/expected.json except round48's and round49's, a byte-identical file counted once),
# and the round48/round49 split (candidates sorted by (uses, catalogue title); round48 = even positions from 2 on,
# one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
counted = set()
sources = [os.path.join(TD, d, "expected.json") for d in sorted(os.listdir(TD))] + \
          [os.path.join("/work", d, "expected.json") for d in sorted(os.listdir("/work"))
           if re.fullmatch(r"round[234]\d", d) and d not in ("round48", "round49")]
for pth in sources:
    if not os.path.exists(pth) or os.path.realpath(pth) == os.path.realpath(os.path.join(ROOT, "expected.json")): continue
    b = open(pth, "rb").read()
    if b in counted: continue
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
odd = sorted(k for k in mine if pos.get(k, 0) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round49 takes the odd ones): {odd}")
if any(pool.get(k, {}).get("title") == "Efficient Transformers: A Survey" or k == "efficient transformers: a survey" for k in mine): errors.append("'Efficient Transformers: A Survey' is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r49 = set()
p49 = "/work/round49/expected.json"
if os.path.exists(p49):
    try:
        r49 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p49)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round49/expected.json exists but could not be read (being written?)")
    if r49 & mine: errors.append(f"papers also in round49: {sorted(r49 & mine)}")
shared49 = len(r49 & mine) if os.path.exists(p49) else "(no /work/round49/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:92s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round48 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round49: {shared49}; papers in more than one round48 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
