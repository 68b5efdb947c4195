#!/usr/bin/env python3
r"""Checks round54/expected.json against the digests and the shared catalogues.

Adapted from round52/validate.py (the label checks are the same code; the reuse report is round52's with round54 /
round55 in place of round52 / round53: round54 holds the odd positions, round55 the even ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round54's and round55's
own (a digests-round54 / digests-round55 folder, or a file whose bytes equal round54's or round55's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round54 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with /work/round55/expected.json when that file exists (read only), and on a paper
in more than one round54 file.
Every digest is read raw (UTF-8) and in decoded forms, the way a reader of that shape would see it:
  - 559 (Enscript PostScript): the "(…) s" strings with PostScript escapes undone (octal Latin-1, \( \) \\);
  - 562 (SurveyMonkey CSV): the cells joined by newlines;
  - 563 (Gerrit JSON after the ")]}'" line), 566 (Telegraph JSON): every JSON string (Gson / PHP escapes undone);
  - 564 (Nostr JSONL): every JSON string, and the JSON inside kind 0 / kind 6 contents;
  - 565 (Wayback page): the text with tags removed;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone (557's URL-encoded webLink).
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`. A recorded title must equal the catalogue title (or a version title) after
normalisation; round54 needs no deviation (560's MLA title case and 561's sentence case are case changes only).

Shape checks (each digest against the rules of the program that writes its shape):
  - 557 (GanttProject .gan): well-formed XML, GanttProject 3 root and prolog, unique task ids and 32-hex uids,
    milestones (meeting="true") exactly the zero-duration tasks, completion 0-100, no task with a duration starting
    on a weekend, #rrggbb colours, webLink URL-encoded, depend targets existing and not starting earlier, custom
    properties defined, allocations / vacations naming existing tasks and resources;
  - 558 (MoinMoin raw): processing instructions (#format wiki, #language) only at the top, [[ ]] << >> ~- -~
    balanced per line, symmetric heading markers, every table row closed and with its table's cell count, a
    Category line;
  - 559 (Enscript): %!PS-Adobe-3.0, Enscript creator, pure ASCII, a 256-name encoding vector, %%Page: (n) n
    consecutive = the %%Pages trailer, per page /pagenum and /pagenumstr, _S … _R S, movetos on the 11-pt grid from
    718 downwards each followed by a string, strings with valid escapes, printed lines of at most 80 columns, and in
    the printed mailing every record's id equal to its abs link, its two sizes equal and its date inside the window;
  - 560 (Google Docs .txt, MLA 9): BOM, CRLF paragraphs, the MLA heading date in Spanish, "Obras citadas" entries in
    alphabetical order and ending with ".", every parenthetical citation naming an entry, comment anchors [a] [b] …
    in order and equal to the comments listed at the end;
  - 561 (EndNote BibTeX): @type{RNn, records with three-space fields, commas between fields, a final `type` naming
    the EndNote reference type that fits the entry type, ISSN / DOI / ISBN in capitals, four-digit years, unique RN
    keys in library order, balanced braces;
  - 562 (SurveyMonkey CSV): BOM, CRLF, the nine respondent metadata columns, a second header row labelling every
    question column, equal row lengths, unique 11-12 digit respondent ids, 9-digit collector ids, MM/DD/YYYY hh:mm:ss
    AM/PM dates with end >= start, multi-select cells empty or equal to their choice label;
  - 563 (Gerrit REST): the ")]}'" line, no raw < > & = ' (Gson escapes them), id = project~branch~Change-Id,
    I + 40 hex, ref refs/changes/NN/number/patchset, the commit message's subject and Change-Id footer, message dates
    in order with updated = the newest, "Patch Set n" = _revision_number <= the current one, votes inside their
    ranges, a merged change with its merge message;
  - 564 (Nostr): one compact event per line in kind / id / pubkey / created_at / tags / content / sig order, id =
    sha256 of the NIP-01 serialisation, 64-hex pubkeys and 128-hex sigs, newest first, e tags naming earlier events
    of the file, replies with a root marker and a p tag of the parent's author, nostr:npub mentions with a valid
    bech32 checksum and a p tag, a kind 6 content equal to the reposted event, kind 0 contents JSON;
  - 565 (Wayback snapshot): wombat init timestamp = its epoch = FILE ARCHIVED date, rewrite-include end in <head>,
    one toolbar insert right after <body>, the print line, every href / src of the page rewritten to /web/<ts>/ with
    cs_ / js_ / im_ exactly for stylesheets / scripts / images, the page's HTML properly nested, playback timings;
  - 566 (NEGATIVE, Telegraph API getPage): ASCII only with escaped slashes, {"ok":true,"result":…} with the Page
    keys, url = https://telegra.ph/ + path ending in -MM-DD, only Telegraph's allowed tags and href / src attributes,
    description = the page's opening text.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the position / reuse rules; 8-12 papers and a 30-60% title-only share per
positive; and the shape checks."""

import base64, codecs, csv, hashlib, html, io, json, os, re, sys, unicodedata
from collections import Counter
from datetime import datetime, timezone
from html.parser import HTMLParser
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def untag(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


PS_LINE = re.compile(r"^\((.*)\) s$")
def ps_unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            m = re.match(r"[0-7]{3}", s[i + 1:])
            if m: out.append(bytes([int(m.group(0), 8)]).decode("latin-1")); i += 4; continue
            out.append(s[i + 1]); i += 2; continue
        out.append(c); i += 1
    return "".join(out)


def ps_text(raw):
    return "\n".join(ps_unescape(PS_LINE.match(l).group(1)) for l in raw.split("\n") if PS_LINE.match(l))


def nostr_events(raw):
    return [json.loads(l) for l in raw.split("\n") if l.strip()]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    body = raw.lstrip("\ufeff")
    if n == 559: forms.append(ps_text(raw))
    if n == 562: forms.append("\n".join(c for row in csv.reader(io.StringIO(body, newline="")) for c in row))
    if n == 563: forms.append("\n".join(strings_of(json.loads(raw.split("\n", 1)[1]), [])))
    if n == 564:
        evs = nostr_events(raw)
        forms.append("\n".join(strings_of(evs, [])))
        for e in evs:
            if e["kind"] in (0, 6): forms.append("\n".join(strings_of(json.loads(e["content"]), [])))
    if n == 565: forms.append(untag(raw))
    if n == 566:
        forms.append("\n".join(strings_of(json.loads(raw), [])))
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
import xml.etree.ElementTree as ET
from datetime import date as _date

def check_gan(f, raw):
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != "project" or not re.fullmatch(r"3\.\d+\.\d+", root.get("version", "")): errors.append(f"{f}: not a GanttProject 3 project")
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<project '): errors.append(f"{f}: prolog / root")
    props = {p.get("id") for p in root.iter("taskproperty")}
    tasks = list(root.iter("task"))
    ids = [t.get("id") for t in tasks]; uids = [t.get("uid") for t in tasks]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate task ids")
    if len(set(uids)) != len(uids) or not all(re.fullmatch(r"[0-9a-f]{32}", u or "") for u in uids): errors.append(f"{f}: task uids")
    byid = {t.get("id"): t for t in tasks}
    for t in tasks:
        tid = t.get("id")
        try:
            st = _date.fromisoformat(t.get("start", ""))
        except ValueError:
            errors.append(f"{f}: task {tid} start {t.get('start')!r}"); continue
        dur = int(t.get("duration", "-1")); comp = int(t.get("complete", "-1"))
        if (t.get("meeting") == "true") != (dur == 0): errors.append(f"{f}: task {tid} milestone flag vs duration {dur}")
        if not 0 <= comp <= 100: errors.append(f"{f}: task {tid} complete {comp}")
        if dur and st.weekday() >= 5: errors.append(f"{f}: task {tid} starts on a weekend")
        if not re.fullmatch(r"#[0-9a-f]{6}", t.get("color", "")): errors.append(f"{f}: task {tid} colour")
        w = t.get("webLink")
        if w is not None and ("://" in w or "%3A%2F%2F" not in w): errors.append(f"{f}: task {tid} webLink not URL-encoded")
        for d in t.findall("depend"):
            s = byid.get(d.get("id"))
            if s is None: errors.append(f"{f}: task {tid} depends to missing {d.get('id')}"); continue
            if s.get("start", "") < t.get("start", ""): errors.append(f"{f}: successor {d.get('id')} starts before {tid}")
            if d.get("type") not in ("1", "2", "3", "4") or d.get("hardness") not in ("Strong", "Rubber"): errors.append(f"{f}: depend attributes")
        for c in t.findall("customproperty"):
            if c.get("taskproperty-id") not in props: errors.append(f"{f}: custom property {c.get('taskproperty-id')} undefined")
    res = {r.get("id") for r in root.iter("resource")}
    for a in root.iter("allocation"):
        if a.get("task-id") not in byid or a.get("resource-id") not in res: errors.append(f"{f}: allocation {a.attrib} dangling")
    for v in root.iter("vacation"):
        if v.get("resourceid") not in res: errors.append(f"{f}: vacation of unknown resource")


def check_moin(f, raw):
    lines = raw.split("\n")
    pis = []
    for l in lines:
        if not l.startswith("#"): break
        pis.append(l)
    if "#format wiki" not in pis: errors.append(f"{f}: no #format wiki processing instruction at the top")
    if not any(p.startswith("#language ") for p in pis): errors.append(f"{f}: no #language")
    cells = None
    for i, l in enumerate(lines[len(pis):], len(pis) + 1):
        if l.startswith("#"): errors.append(f"{f}: line {i}: processing instruction after the header")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: line {i}: [[ ]] unbalanced")
        if l.count("<<") != l.count(">>"): errors.append(f"{f}: line {i}: << >> unbalanced")
        if l.count("~-") != l.count("-~"): errors.append(f"{f}: line {i}: ~- -~ unbalanced")
        m = re.fullmatch(r"(=+) (.+) (=+)", l)
        if l.startswith("=") and (not m or m.group(1) != m.group(3)): errors.append(f"{f}: line {i}: heading markers {l[:30]!r}")
        if l.startswith("||"):
            if not l.endswith("||"): errors.append(f"{f}: line {i}: table row not closed")
            c = len(re.findall(r"\|\|", re.sub(r"\[\[[^\]]*\]\]", "", l))) - 1
            if cells is None: cells = c
            elif c != cells: errors.append(f"{f}: line {i}: table row with {c} cells, first row {cells}")
        else:
            cells = None
    if not re.search(r"^Category\w+( Category\w+)*$", raw, re.M): errors.append(f"{f}: no category line")


def check_enscript(f, raw):
    lines = raw.split("\n")
    if lines[0] != "%!PS-Adobe-3.0": errors.append(f"{f}: not PostScript (first line {lines[0]!r})")
    if lines[-2:] != ["%%EOF", ""]: errors.append(f"{f}: does not end with %%EOF")
    if "%%Creator: GNU Enscript" not in raw: errors.append(f"{f}: no Enscript creator")
    if any(ord(c) > 126 or (ord(c) < 32 and c not in "\n\t") for c in raw): errors.append(f"{f}: non-ASCII bytes in the PostScript")
    ev = re.search(r"/encoding_vector \[\n(.*?)\n\] def", raw, re.S)
    if not ev or len(ev.group(1).split()) != 256: errors.append(f"{f}: encoding vector not 256 names")
    pages = re.findall(r"^%%Page: \((\d+)\) (\d+)$", raw, re.M)
    if [(int(a), int(b)) for a, b in pages] != [(i, i) for i in range(1, len(pages) + 1)]: errors.append(f"{f}: page comments {pages}")
    tr = re.search(r"^%%Trailer\n%%Pages: (\d+)$", raw, re.M)
    if not tr or int(tr.group(1)) != len(pages): errors.append(f"{f}: %%Pages trailer vs {len(pages)} pages")
    for n, body in enumerate(re.split(r"^%%Page: .*$", raw, flags=re.M)[1:], 1):
        if f"/pagenum {n} def" not in body or f"/pagenumstr ({n}) def" not in body: errors.append(f"{f}: page {n} number strings")
        if not body.lstrip("\n").startswith("%%BeginPageSetup\n_S\n") or "\n_R\nS\n" not in body: errors.append(f"{f}: page {n} not saved/restored")
        ys = [int(y) for y in re.findall(r"^5 (\d+) M$", body, re.M)]
        if ys != sorted(ys, reverse=True) or any((718 - y) % 11 or y < 718 - 65 * 11 for y in ys): errors.append(f"{f}: page {n} line positions")
        bl = body.split("\n")
        for i, l in enumerate(bl):
            if re.fullmatch(r"5 \d+ M", l) and not (i + 1 < len(bl) and PS_LINE.match(bl[i + 1])): errors.append(f"{f}: page {n}: moveto without a string")
            if l.startswith("(") and l.endswith(" s"):
                inner = PS_LINE.match(l).group(1)
                if re.search(r"(?<!\\)(?:\\\\)*[()]", inner.replace("\\\\", "")) or re.search(r"\\(?![()\\0-7])", inner.replace("\\\\", "")): errors.append(f"{f}: page {n}: bad string escape {l[:40]!r}")
    text = ps_text(raw)
    if any(len(l) > 80 for l in text.split("\n")): errors.append(f"{f}: a printed line longer than 80 columns")
    w = re.search(r"received from  \w{3} (\d\d \w{3} \d\d \d\d:\d\d:\d\d) GMT  to  \w{3} (\d\d \w{3} \d\d \d\d:\d\d:\d\d) GMT", text)
    if not w: errors.append(f"{f}: no mailing window"); return
    lo, hi = (datetime.strptime(x, "%d %b %y %H:%M:%S") for x in w.groups())
    recs = re.findall(r"\\\\\narXiv:(\d{4}\.\d{5})\nDate: \w{3}, (\d\d? \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb\)\n.*?\n\\\\ \( https://arxiv\.org/abs/([\d.]+) ,  (\d+)kb\)", text, re.S)
    if not recs or len(recs) != text.count("\\\\ ( https://arxiv.org/abs/"): errors.append(f"{f}: mailing records not parsed")
    for a, dt, kb1, b, kb2 in recs:
        if a != b: errors.append(f"{f}: record {a} ends with abs/{b}")
        if kb1 != kb2: errors.append(f"{f}: record {a} sizes {kb1} / {kb2}")
        if not lo <= datetime.strptime(dt, "%d %b %Y %H:%M:%S") < hi: errors.append(f"{f}: record {a} dated {dt} outside the window")


ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
def check_mla(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM (Google Docs .txt has one)")
    body = raw.lstrip("\ufeff")
    if re.search(r"(?<!\r)\n", body) or not body.endswith("\r\n"): errors.append(f"{f}: not CRLF paragraphs")
    paras = body.split("\r\n")[:-1]
    if not re.fullmatch(r"\d{1,2} de (%s) de \d{4}" % "|".join(ES_MONTHS), paras[3]): errors.append(f"{f}: MLA heading date {paras[3]!r}")
    if "Obras citadas" not in paras: errors.append(f"{f}: no Obras citadas"); return
    k = paras.index("Obras citadas")
    ents = []
    for p in paras[k + 1:]:
        if not p: break
        ents.append(p)
    essay = "\n".join(paras[:k])
    comments = [p for p in paras if re.match(r"^\[[a-z]\]", p)]
    heads = [e.split(",")[0] for e in ents]
    if heads != sorted(heads, key=str.lower): errors.append(f"{f}: works cited not alphabetical")
    for e in ents:
        if not e.endswith("."): errors.append(f"{f}: entry without final period: {e[-30:]!r}")
    for cite in re.findall(r"\(([A-ZÁÉÍÓÚ][^()\d]*?)(?: \d[\d-]*|, cap\. \d+)?\)", essay):
        name = cite.split(" et al.")[0].split(" y ")[0].strip()
        if not any(e.startswith(name) for e in ents): errors.append(f"{f}: in-text citation ({cite}) has no works-cited entry")
    marks = re.findall(r"\[([a-z])\]", essay)
    if marks != [c[1] for c in comments] or marks != [chr(97 + i) for i in range(len(marks))]: errors.append(f"{f}: comment anchors {marks} vs comments {[c[1] for c in comments]}")


EN_TYPES = {"Journal Article": "article", "Conference Proceedings": "inproceedings", "Book": "book", "Thesis": "phdthesis",
            "Generic": "misc", "Web Page": "misc", "Computer Program": "misc", "Report": "techreport", "Book Section": "incollection"}
def check_endnote(f, raw):
    if raw.count("{") != raw.count("}"): errors.append(f"{f}: unbalanced braces")
    chunks = [c for c in raw.split("\n\n") if c.strip()]
    keys_ = []
    for c in chunks:
        m = re.match(r"@(\w+)\{(RN\d+),\n((?:   \w+ = \{.*\},?\n)+)\}\n?$", c + ("\n" if not c.endswith("\n") else ""))
        if not m: errors.append(f"{f}: record not in EndNote BibTeX form: {c[:40]!r}"); continue
        keys_.append(m.group(2))
        fl = m.group(3).rstrip("\n").split("\n")
        if not all(x.endswith(",") for x in fl[:-1]) or fl[-1].endswith(","): errors.append(f"{f}: {m.group(2)} field commas")
        last = re.match(r"   type = \{(.*)\}$", fl[-1])
        if not last: errors.append(f"{f}: {m.group(2)} does not end with type"); continue
        if EN_TYPES.get(last.group(1)) != m.group(1): errors.append(f"{f}: {m.group(2)} @{m.group(1)} vs type {last.group(1)}")
        for x in fl:
            if re.match(r"   (issn|doi|isbn) = ", x): errors.append(f"{f}: {m.group(2)} lower-case {x.split()[0]} (EndNote writes it in capitals)")
        y = re.search(r"   year = \{(.*)\}", m.group(3))
        if not y or not re.fullmatch(r"\d{4}", y.group(1)): errors.append(f"{f}: {m.group(2)} year")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate RN keys")
    if [int(k[2:]) for k in keys_] != sorted(int(k[2:]) for k in keys_): errors.append(f"{f}: records not in RN order")


SM_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"]
SM_DATE = "%m/%d/%Y %I:%M:%S %p"
def check_surveymonkey(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    if re.search(r"(?<!\r)\n", body): errors.append(f"{f}: not CRLF rows")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    h1, h2 = rows[0], rows[1]
    if h1[:9] != SM_META or any(h2[:9]): errors.append(f"{f}: respondent metadata header"); return
    if any(len(r) != len(h1) for r in rows): errors.append(f"{f}: rows of different length")
    ids = [r[0] for r in rows[2:]]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"\d{11,12}", i) for i in ids): errors.append(f"{f}: respondent ids")
    for j, c in enumerate(h2[9:], 9):
        if not c: errors.append(f"{f}: column {j} without a second-row label")
        if h1[j] and c not in ("Response", "Open-Ended Response") and (j + 1 >= len(h1) or h1[j + 1]): errors.append(f"{f}: single choice column {j} labelled {c!r}")
    groups, cur = [], None
    for j in range(9, len(h1)):
        if h1[j]: cur = [j]; groups.append(cur)
        else: cur.append(j)
    for r in rows[2:]:
        if not re.fullmatch(r"\d{9}", r[1]): errors.append(f"{f}: collector id {r[1]!r}")
        try:
            s, e = datetime.strptime(r[2], SM_DATE), datetime.strptime(r[3], SM_DATE)
            if e < s: errors.append(f"{f}: {r[0]} ends before it starts")
        except ValueError:
            errors.append(f"{f}: {r[0]} dates {r[2]!r} {r[3]!r}")
        for g in groups:
            if len(g) > 1:
                for j in g:
                    if h2[j] != "Inne (proszę podać)" and r[j] and r[j] != h2[j]: errors.append(f"{f}: {r[0]} multi-select cell {r[j]!r} under {h2[j]!r}")
    single = [g[0] for g in groups if len(g) == 1 and h2[g[0]] == "Response"]
    for j in single:
        vals = {r[j] for r in rows[2:] if r[j]}
        if len(vals) > 6: errors.append(f"{f}: single-choice column {j} with free answers")


GTS = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9}$")
def check_gerrit(f, raw):
    if not raw.startswith(")]}'\n"): errors.append(f"{f}: no XSSI prefix line"); return
    js = raw.split("\n", 1)[1]
    if re.search(r"[<>&=']", js): errors.append(f"{f}: an HTML-unsafe character not escaped the Gson way")
    d = json.loads(js)
    cid = d["change_id"]
    if not re.fullmatch(r"I[0-9a-f]{40}", cid): errors.append(f"{f}: change id {cid}")
    if d["id"] != d["project"].replace("/", "%2F") + "~" + d["branch"] + "~" + cid: errors.append(f"{f}: id triplet")
    rev = d["revisions"].get(d["current_revision"])
    if not rev: errors.append(f"{f}: current revision missing"); return
    if rev["_number"] != d["current_revision_number"]: errors.append(f"{f}: revision number")
    if rev["ref"] != f"refs/changes/{d['_number'] % 100:02d}/{d['_number']}/{rev['_number']}": errors.append(f"{f}: ref {rev['ref']}")
    if not rev["commit"]["message"].endswith(f"\nChange-Id: {cid}\n"): errors.append(f"{f}: commit message Change-Id footer")
    if rev["commit"]["subject"] != d["subject"] or not rev["commit"]["message"].startswith(d["subject"] + "\n\n"): errors.append(f"{f}: subject")
    dates = [m["date"] for m in d["messages"]]
    if dates != sorted(dates): errors.append(f"{f}: messages not in date order")
    for k in ("created", "updated", "submitted"):
        if not GTS.match(d.get(k, "")): errors.append(f"{f}: {k} timestamp form")
    if d["updated"] != max(dates): errors.append(f"{f}: updated is not the newest message")
    for m in d["messages"]:
        if not GTS.match(m["date"]): errors.append(f"{f}: message date form")
        if m["_revision_number"] > rev["_number"]: errors.append(f"{f}: message on a later patch set")
        ps = re.match(r"Patch Set (\d+)", m["message"])
        if ps and int(ps.group(1)) != m["_revision_number"]: errors.append(f"{f}: message {m['id']} Patch Set {ps.group(1)} vs {m['_revision_number']}")
    for lab, v in d["labels"].items():
        for a in v["all"]:
            r = a.get("permitted_voting_range")
            if r and not r["min"] <= a["value"] <= r["max"]: errors.append(f"{f}: {lab} vote outside range")
            if "%+d" % a["value"] not in v["values"] and " 0" not in v["values"]: errors.append(f"{f}: {lab} value unknown")
    if d["status"] == "MERGED" and not any(m.get("tag") == "autogenerated:gerrit:merged" for m in d["messages"]): errors.append(f"{f}: merged without merge message")


N_KEYS = ["kind", "id", "pubkey", "created_at", "tags", "content", "sig"]
B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def _pm(values):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; chk = 1
    for v in values:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5): chk ^= g[i] if ((b >> i) & 1) else 0
    return chk
def npub_hex(s):
    hrp, data = s.split("1", 1)
    vals = [B32.index(c) for c in data]
    if _pm([ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + vals) != 1: return None
    acc = bits = 0; out = bytearray()
    for v in vals[:-6]:
        acc = (acc << 5) | v; bits += 5
        if bits >= 8: bits -= 8; out.append((acc >> bits) & 255)
    return out.hex()
def check_nostr(f, raw):
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    evs = []
    for i, l in enumerate(raw.rstrip("\n").split("\n"), 1):
        try: e = json.loads(l)
        except ValueError: errors.append(f"{f}: line {i} not JSON"); continue
        if list(e) != N_KEYS: errors.append(f"{f}: line {i} key order {list(e)}"); continue
        if l != json.dumps(e, ensure_ascii=False, separators=(",", ":")): errors.append(f"{f}: line {i} not compact")
        ser = json.dumps([0, e["pubkey"], e["created_at"], e["kind"], e["tags"], e["content"]], ensure_ascii=False, separators=(",", ":"))
        if hashlib.sha256(ser.encode()).hexdigest() != e["id"]: errors.append(f"{f}: line {i} id is not the NIP-01 hash")
        if not re.fullmatch(r"[0-9a-f]{64}", e["pubkey"]) or not re.fullmatch(r"[0-9a-f]{128}", e["sig"]): errors.append(f"{f}: line {i} pubkey / sig form")
        evs.append(e)
    if [e["created_at"] for e in evs] != sorted((e["created_at"] for e in evs), reverse=True): errors.append(f"{f}: not newest first")
    ids = {e["id"]: e for e in evs}
    for e in evs:
        es = [t for t in e["tags"] if t[0] == "e"]; ps = {t[1] for t in e["tags"] if t[0] == "p"}
        for t in es:
            if t[1] not in ids: errors.append(f"{f}: {e['id'][:8]} refers to a missing event")
            elif ids[t[1]]["created_at"] > e["created_at"]: errors.append(f"{f}: {e['id'][:8]} refers to a later event")
        if e["kind"] == 1 and es and not any(len(t) > 3 and t[3] == "root" for t in es): errors.append(f"{f}: reply {e['id'][:8]} without a root marker")
        if e["kind"] == 1:
            for t in es:
                if len(t) > 3 and t[3] == "reply" and ids.get(t[1], {}).get("pubkey") not in ps: errors.append(f"{f}: reply {e['id'][:8]} does not p-tag the parent author")
        for m in re.findall(r"nostr:(npub1[02-9ac-hj-np-z]+)", e["content"]):
            hx = npub_hex(m)
            if hx is None: errors.append(f"{f}: bad npub checksum in {e['id'][:8]}")
            elif hx not in ps: errors.append(f"{f}: npub mention of {hx[:8]} without a p tag")
        if e["kind"] == 6:
            inner = json.loads(e["content"])
            if not es or inner.get("id") != es[0][1]: errors.append(f"{f}: repost content is not the reposted event")
        if e["kind"] == 0: json.loads(e["content"])
        if e["kind"] == 7 and not es: errors.append(f"{f}: reaction without e tag")


class Nest(HTMLParser):
    VOID = {"meta", "link", "input", "br", "img", "hr"}
    def __init__(self):
        super().__init__(); self.st = []; self.bad = []
    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID: self.st.append(tag)
    def handle_endtag(self, tag):
        if tag in self.VOID: return
        if not self.st or self.st[-1] != tag: self.bad.append((tag, list(self.st[-3:])))
        else: self.st.pop()
def check_wayback(f, raw):
    w = re.search(r'__wm\.wombat\("([^"]+)","(\d{14})","https://web\.archive\.org/","web","https://web-static\.archive\.org/_static/",\s*"(\d+)"\);', raw)
    if not w: errors.append(f"{f}: no wombat init"); return
    orig, ts, ep = w.groups()
    if int(datetime.strptime(ts, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc).timestamp()) != int(ep): errors.append(f"{f}: wombat epoch {ep} != {ts}")
    head, _, rest = raw.partition("<!-- End Wayback Rewrite JS Include -->")
    if not rest or "<head>" not in head: errors.append(f"{f}: no rewrite include end in head")
    if rest.count("<!-- BEGIN WAYBACK TOOLBAR INSERT -->") != 1 or rest.count("<!-- END WAYBACK TOOLBAR INSERT -->") != 1: errors.append(f"{f}: toolbar markers")
    if not re.search(r"<body><!-- BEGIN WAYBACK TOOLBAR INSERT -->", raw): errors.append(f"{f}: toolbar not right after <body>")
    fa = re.search(r"FILE ARCHIVED ON (\d\d:\d\d:\d\d \w{3} \d\d, \d{4}) AND RETRIEVED", raw)
    if not fa or datetime.strptime(fa.group(1), "%H:%M:%S %b %d, %Y").strftime("%Y%m%d%H%M%S") != ts: errors.append(f"{f}: FILE ARCHIVED date vs {ts}")
    if f'The Wayback Machine - https://web.archive.org/web/{ts}/{orig}' not in raw: errors.append(f"{f}: print line")
    page = rest.split("<!-- END WAYBACK TOOLBAR INSERT -->")[-1]
    for u in re.findall(r'(?:href|src)="([^"]*)"', rest.split("<!-- BEGIN WAYBACK TOOLBAR INSERT -->")[0] + page):
        if u.startswith("mailto:"): continue
        m = re.match(r"(?:https://web\.archive\.org)?/web/(\d{14})(im_|cs_|js_)?/(https?://.+)$", u)
        if not m: errors.append(f"{f}: link not rewritten: {u[:60]!r}"); continue
        if m.group(1) != ts: errors.append(f"{f}: link with another timestamp {m.group(1)}")
        kind = {"css": "cs_", "js": "js_", "png": "im_", "ico": "im_", "jpg": "im_"}.get(m.group(3).rsplit(".", 1)[-1].lower())
        if kind and kind != m.group(2): errors.append(f"{f}: asset {m.group(3)[-30:]} rewritten with {m.group(2)}")
        if m.group(2) and not kind: errors.append(f"{f}: page link {m.group(3)[-30:]} with an asset modifier")
    p = Nest(); p.feed("<html><body>" + re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)); p.close()
    if p.bad or p.st: errors.append(f"{f}: HTML nesting {p.bad[:3]} open {p.st}")
    if "playback timings (ms):" not in raw[-900:]: errors.append(f"{f}: no playback timings comment at the end")


TG_TAGS = {"a", "aside", "b", "blockquote", "br", "code", "em", "figcaption", "figure", "h3", "h4", "hr", "i", "iframe",
           "img", "li", "ol", "p", "pre", "s", "strong", "u", "ul", "video"}
def check_telegraph(f, raw):
    if re.search(r"[^\x00-\x7f]", raw): errors.append(f"{f}: raw non-ASCII (the API escapes it)")
    if re.search(r"(?<!\\)/", raw): errors.append(f"{f}: unescaped slash")
    d = json.loads(raw)
    if d.get("ok") is not True or list(d) != ["ok", "result"]: errors.append(f"{f}: not an ok API answer"); return
    r = d["result"]
    if list(r) != ["path", "url", "title", "description", "author_name", "author_url", "image_url", "content", "views", "can_edit"]: errors.append(f"{f}: page keys {list(r)}")
    if r["url"] != "https://telegra.ph/" + r["path"] or not re.search(r"-\d\d-\d\d$", r["path"]): errors.append(f"{f}: path / url")
    def walk(n):
        if isinstance(n, str): return n
        if set(n) - {"tag", "attrs", "children"} or n.get("tag") not in TG_TAGS: errors.append(f"{f}: node {str(n)[:40]}"); return ""
        if set(n.get("attrs", {})) - {"href", "src"}: errors.append(f"{f}: attrs {n['attrs']}")
        return "".join(walk(c) for c in n.get("children", []))
    text = "".join(walk(n) for n in r["content"])
    if r["description"] not in text: errors.append(f"{f}: description is not the page's opening text")


def shape_checks(f, raw, path):
    n = num(f)
    {557: check_gan, 558: check_moin, 559: check_enscript, 560: check_mla, 561: check_endnote, 562: check_surveymonkey,
     563: check_gerrit, 564: check_nostr, 565: check_wayback, 566: check_telegraph}[n](f, raw)
    if n not in (560, 562) and "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")


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
# round54's and round55's, a byte-identical file counted once), and the round54/round55 split (candidates sorted by
# (uses, catalogue title); round54 = odd positions from 3 on, one unbroken run; position 1 left out)
used = Counter()
TD = "/work/main/tests/data"
P55 = "/work/round55/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P55): own.add(open(P55, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round54", "digests-round55") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round55 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r55 = set()
if os.path.exists(P55):
    try:
        r55 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P55)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round55/expected.json exists but could not be read (being written?)")
    if r55 & mine: errors.append(f"papers also in round55: {sorted(r55 & mine)}")
shared55 = len(r55 & mine) if os.path.exists(P55) else "(no /work/round55/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round54 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round55: {shared55}; papers in more than one round54 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
