#!/usr/bin/env python3
r"""Checks round72/expected.json against the digests and the shared catalogues.

Adapted from round71/validate.py (the label checks are the same code; the reuse report is round71's with round72 /
round73 in place of round71 / round70: round72 holds the odd positions from 3 on; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round72's and round73's own (a
digests-round72 / digests-round73 folder, or a file whose bytes equal round72's or round73's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round72 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper;
it fails on a paper shared with /work/main/tests/data/digests-round73/expected.json when that file exists (read
only), and on a paper in more than one round72 file.
Every digest is read raw (UTF-8; 739 Windows-1252; line ends kept) and in decoded forms: 737 the JSON decoded and
its description HTML without tags; 739 the whitespace-joined text (Notes wraps Body lines at 75); 740 / 741 / 742 /
743 / 745 the markup without tags; 744 the base64 targets of ConvertKit's tracked links; everything: HTML entities
undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 737 OpenProject HAL JSON (Rails' one-line form with \u003c \u003e \u0026,
collection counts, element key order, self links, ISO timestamps with ms, start <= due, status titles, ISO 8601
durations, description HTML balanced and empty iff raw is empty); 738 VuePress page (front matter, custom
containers closed and of known kinds, Badge types, table rows as wide as their header, unique {#anchors}, fences and
CodeGroup balanced); 739 Notes structured text (Windows-1252, CRLF only, form-feed separated documents, `Item:  value`
lines up to Body, required items, valid PostedDate, Body lines at most 75 wide unless one word, forwarded headers and
arXiv entries well formed); 740 Sigil EPUB 3 XHTML (well-formed XML, xhtml namespace, lang / xml:lang, noteref <->
footnote pairs numbered in order with back links, bibliography sorted by surname, every `&lt;URL&gt;` followed by
`[consultato il …]`); 741 Tellico XML (DOCTYPE, namespace, syntaxVersion 11, type 5, entry ids 1..n, only known or
declared fields, unique bibtex keys, bibtex entry types, valid cdate <= mdate, rating in range); 742 flat ODS
(office:document with the spreadsheet mimetype, every row as wide as the table's columns with repeats, rows summing to
1048576, date / float cells' text matching their values, links with xlink:type simple); 743 FluxBB viewtopic
(well-formed XHTML, post ids / permalinks / #n / rowodd-roweven / firstpost / blockpostN, ascending timestamps,
subjects, footer); 744 ConvertKit e-mail (balanced HTML, every link but the Kit badge a click-tracker URL whose base64
decodes to an http(s) URL, open pixel, preheader, unsubscribe link, every plain-text URL also a tracked target); 745
livedoor entry (balanced HTML, canonical = og:url = title link, abbr date = shown date, <br /> body, comments numbered
with ascending dates and counted in the footer); 746 dvc.yaml (no TAB, even indentation, known top-level keys, stages
with cmd or foreach + do, interpolations naming known variables).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, hashlib, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
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

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    if num(f) == 739:
        return open(path, "rb").read().decode("cp1252")
    return open(path, encoding="utf-8", newline="").read()


def untag(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


CK = r"https://click\.convertkit-mail4\.com/\w+/\w+/([A-Za-z0-9_-]+)"


def b64(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode("utf-8")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 737:
        d = json.loads(raw)
        forms.append(json.dumps(d, ensure_ascii=False, indent=1))
        forms += [untag(e["description"]["html"]) for e in d["_embedded"]["elements"]]
    if n == 739: forms.append(" ".join(raw.split()))
    if n in (740, 741, 742, 743, 745): forms.append(untag(raw))
    if n == 744: forms.append("\n".join(b64(m) for m in re.findall(CK, raw)))
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
ISO_MS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"


def valid_date(s, fmt):
    try: return datetime.datetime.strptime(s, fmt)
    except ValueError: return None


class _Tags(HTMLParser):
    VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "wbr", "source"}
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack, s.bad = [], []
    def handle_starttag(s, t, a):
        if t not in s.VOID: s.stack.append(t)
    def handle_startendtag(s, t, a):
        pass
    def handle_endtag(s, t):
        if t in s.VOID: return
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()


def balanced(f, h, what="HTML"):
    p = _Tags(); p.feed(h); p.close()
    if p.bad or p.stack: errors.append(f"{f}: {what} not balanced (stray {p.bad[:3]}, open {p.stack[-3:]})")


def rails_json(o):
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


WP_KEYS = ["derivedStartDate", "derivedDueDate", "spentTime", "_type", "id", "lockVersion", "subject", "description",
           "scheduleManually", "startDate", "dueDate", "estimatedTime", "derivedEstimatedTime", "duration",
           "ignoreNonWorkingDays", "percentageDone", "createdAt", "updatedAt", "_links"]
OP_STATUS = {"1": "New", "7": "In progress", "12": "Closed", "13": "Rejected"}


def check_openproject(f, raw):
    lf_final(f, raw, final=False)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if rails_json(d) != raw: errors.append(f"{f}: not in Rails' JSON form (one line, \\u003c \\u003e \\u0026, UTF-8 kept)")
    if d.get("_type") != "WorkPackageCollection": errors.append(f"{f}: not a WorkPackageCollection")
    els = (d.get("_embedded") or {}).get("elements") or []
    if not (d.get("total") == d.get("count") == len(els)): errors.append(f"{f}: total/count {d.get('total')}/{d.get('count')} != {len(els)} elements")
    ids = Counter()
    for e in els:
        i = e.get("id"); ids[i] += 1
        if list(e) != WP_KEYS: errors.append(f"{f}: work package {i}: keys {list(e)}")
        if e.get("_type") != "WorkPackage": errors.append(f"{f}: work package {i}: _type")
        L = e.get("_links", {})
        if (L.get("self") or {}).get("href") != f"/api/v3/work_packages/{i}": errors.append(f"{f}: work package {i}: self link")
        if (L.get("self") or {}).get("title") != e.get("subject"): errors.append(f"{f}: work package {i}: self title != subject")
        for x in ("createdAt", "updatedAt"):
            if not re.fullmatch(ISO_MS, str(e.get(x))): errors.append(f"{f}: work package {i}: {x} not ISO with ms")
        if str(e.get("updatedAt")) < str(e.get("createdAt")): errors.append(f"{f}: work package {i}: updated before created")
        sd, dd = e.get("startDate"), e.get("dueDate")
        for x in (sd, dd):
            if x is not None and not valid_date(str(x), "%Y-%m-%d"): errors.append(f"{f}: work package {i}: bad date {x}")
        if sd and dd and sd > dd: errors.append(f"{f}: work package {i}: start after due")
        st = (L.get("status") or {})
        m = re.fullmatch(r"/api/v3/statuses/(\d+)", str(st.get("href")))
        if not m or OP_STATUS.get(m.group(1)) != st.get("title"): errors.append(f"{f}: work package {i}: status {st}")
        for x in ("spentTime", "estimatedTime"):
            v = e.get(x)
            if v is not None and not re.fullmatch(r"P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?", v) or v in ("P", "PT"):
                errors.append(f"{f}: work package {i}: {x} {v!r} not an ISO 8601 duration")
        desc = e.get("description") or {}
        if desc.get("format") != "markdown": errors.append(f"{f}: work package {i}: description format")
        if bool(desc.get("raw")) != bool(desc.get("html")): errors.append(f"{f}: work package {i}: raw / html emptiness differs")
        balanced(f, desc.get("html") or "", f"work package {i} HTML")
        if not 0 <= e.get("percentageDone", -1) <= 100: errors.append(f"{f}: work package {i}: percentageDone")
    for i, c in ids.items():
        if c > 1: errors.append(f"{f}: work package id {i} repeated")


VP_CONT = {"tip", "warning", "danger", "details", "info", "note", "important", "caution"}


def check_vuepress(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[0] != "---" or "---" not in ls[1:]: errors.append(f"{f}: no front matter"); return
    end = ls.index("---", 1)
    for i, l in enumerate(ls[1:end], 2):
        if not re.fullmatch(r"[A-Za-z]\w*:( .*)?|  - .+", l): errors.append(f"{f}: line {i}: bad front matter line")
    cont, fence, anchors, table = None, False, Counter(), None
    cg = 0
    for i, l in enumerate(ls[end + 1:], end + 2):
        if l.startswith("```"):
            fence = not fence; continue
        if fence: continue
        m = re.fullmatch(r":::(?: (\w+)(?: .*)?)?", l)
        if m:
            if m.group(1):
                if cont: errors.append(f"{f}: line {i}: container inside container")
                if m.group(1) not in VP_CONT: errors.append(f"{f}: line {i}: unknown container {m.group(1)}")
                cont = m.group(1)
            else:
                if not cont: errors.append(f"{f}: line {i}: ':::' closes nothing")
                cont = None
            continue
        for b in re.findall(r"<Badge\b[^>]*>", l):
            if not re.fullmatch(r'<Badge type="(tip|warning|danger|info)" text="[^"]+"( vertical="(top|middle|bottom)")? />', b):
                errors.append(f"{f}: line {i}: bad Badge {b}")
        cg += l.count("<CodeGroup>") - l.count("</CodeGroup>")
        ma = re.match(r"#{1,6} .*\{#([\w-]+)\}$", l)
        if ma: anchors[ma.group(1)] += 1
        if l.startswith("|"):
            w = len(re.findall(r"(?<!\\)\|", l))
            if table is None:
                table = w
            elif w != table: errors.append(f"{f}: line {i}: table row with {w - 1} cells, header has {table - 1}")
        else:
            table = None
    if fence: errors.append(f"{f}: code fence not closed")
    if cont: errors.append(f"{f}: container {cont} not closed")
    if cg: errors.append(f"{f}: CodeGroup not balanced")
    for a, c in anchors.items():
        if c > 1: errors.append(f"{f}: anchor {a} used {c} times")


NOTES_NEED = ["Form", "From", "SendTo", "Subject", "PostedDate"]


def check_notes(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends are not all CRLF")
    docs = raw.split("\f")
    for n, d in enumerate(docs, 1):
        if not d.endswith("\r\n"): errors.append(f"{f}: document {n} does not end with CRLF")
        ls = d.split("\r\n")[:-1]
        items, body = {}, None
        for i, l in enumerate(ls):
            if body is None:
                m = re.fullmatch(r"(\$?\w+):(?:  (.*))?", l)
                if not m: errors.append(f"{f}: document {n} line {i + 1}: not 'Item:  value'"); continue
                if m.group(1) in items: errors.append(f"{f}: document {n}: item {m.group(1)} repeated")
                items[m.group(1)] = m.group(2) or ""
                if m.group(1) == "Body":
                    body = i
                    if len(m.group(2) or "") > 75 and " " in m.group(2): errors.append(f"{f}: document {n}: first body line wider than 75")
            elif len(l) > 75 and " " in l: errors.append(f"{f}: document {n} line {i + 1}: body line wider than 75")
        if body is None: errors.append(f"{f}: document {n}: no Body item")
        for x in NOTES_NEED:
            if x not in items: errors.append(f"{f}: document {n}: no {x} item")
        if not valid_date(items.get("PostedDate", ""), "%d.%m.%Y %H:%M:%S"): errors.append(f"{f}: document {n}: bad PostedDate")
        if not re.fullmatch(r"CN=[^/]+/OU=\w+/O=\w+", items.get("From", "")): errors.append(f"{f}: document {n}: From is not a Notes name")
        text = "\r\n".join(ls)
        for m in re.finditer(r"^arXiv:(\S+)\r\nDate: ([^\r\n]*)", text, re.M):
            if not re.fullmatch(r"\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d GMT   \(\d+kb\)", m.group(2)):
                errors.append(f"{f}: document {n}: arXiv entry {m.group(1)} with a bad Date line")
        if items.get("Subject", "").startswith("WG:") and "----- Weitergeleitet von" not in text:
            errors.append(f"{f}: document {n}: forward without Notes' forward header")


def check_epub(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'): errors.append(f"{f}: no XML declaration + HTML5 doctype")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    X = "{http://www.w3.org/1999/xhtml}"
    EP = "{http://www.idpf.org/2007/ops}type"
    if root.tag != X + "html": errors.append(f"{f}: root is not xhtml html")
    if root.get("lang") != root.get("{http://www.w3.org/XML/1998/namespace}lang"): errors.append(f"{f}: lang and xml:lang differ")
    refs = [a for a in root.iter(X + "a") if a.get(EP) == "noteref"]
    notes_ = [a for a in root.iter(X + "aside") if a.get(EP) == "footnote"]
    for i, a in enumerate(refs, 1):
        if a.get("id") != f"fnref{i}" or a.get("href") != f"#fn{i}": errors.append(f"{f}: noteref {i} numbered out of order")
    if len(refs) != len(notes_): errors.append(f"{f}: {len(refs)} noterefs, {len(notes_)} footnotes")
    for i, n_ in enumerate(notes_, 1):
        if n_.get("id") != f"fn{i}": errors.append(f"{f}: footnote {i} id {n_.get('id')}")
        back = n_.find(f".//{X}a")
        if back is None or back.get("href") != f"#fnref{i}": errors.append(f"{f}: footnote {i} without its back link")
    bib = [("".join(li.itertext())) for li in root.iter(X + "li") if li.get("class") == "Bibliografia"]
    if not bib: errors.append(f"{f}: no bibliography")
    sk = [b.split(",")[0].lower() for b in bib]
    if sk != sorted(sk): errors.append(f"{f}: bibliography not sorted by surname: {sk}")
    for m in re.finditer(r"&lt;(https?://[^&\s]+)&gt;(.{0,40})", raw):
        if not re.match(r" \[consultato il \d{1,2} \w+ \d{4}\]", m.group(2)): errors.append(f"{f}: URL {m.group(1)} without [consultato il …]")
    for b in bib:
        if b.count("‘") != b.count("’") - len(re.findall(r"\w’\w", b)): errors.append(f"{f}: unbalanced ‘ ’ in {b[:40]!r}")


TELLICO_FIELDS = {"title", "authors", "entry-type", "bibtex-key", "year", "journal", "booktitle", "howpublished",
                  "url", "note", "pages", "volume", "number", "publisher", "address", "doi", "editors", "month",
                  "institution", "organization", "school", "series", "edition", "isbn", "keywords", "abstract",
                  "cdate", "mdate", "crossref", "chapter"}
BIBTYPES = {"article", "inproceedings", "misc", "book", "incollection", "techreport", "phdthesis", "mastersthesis", "unpublished", "manual", "proceedings", "booklet", "inbook"}


def check_tellico(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE tellico PUBLIC '-//Robby Stephenson/DTD Tellico V11.0//EN' 'http://periapsis.org/tellico/dtd/v11/tellico.dtd'>\n"):
        errors.append(f"{f}: no Tellico V11 DOCTYPE")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    N = "{http://periapsis.org/tellico/}"
    if root.tag != N + "tellico" or root.get("syntaxVersion") != "11": errors.append(f"{f}: root is not tellico v11")
    col = root.find(N + "collection")
    if col is None or col.get("type") != "5": errors.append(f"{f}: not a bibliography collection (type 5)"); return
    declared = {x.get("name") for x in col.iter(N + "field")}
    plural = {"keyword": "keywords"}
    allowed = TELLICO_FIELDS | {plural.get(d, d) for d in declared}
    keys_ = Counter()
    for i, e in enumerate(col.findall(N + "entry"), 1):
        if e.get("id") != str(i): errors.append(f"{f}: entry id {e.get('id')} (want {i})")
        for c in e:
            t = c.tag.replace(N, "")
            if t not in allowed: errors.append(f"{f}: entry {i}: unknown field <{t}>")
        keys_[e.findtext(N + "bibtex-key")] += 1
        if e.findtext(N + "entry-type") not in BIBTYPES: errors.append(f"{f}: entry {i}: bad entry-type")
        if not re.fullmatch(r"\d{4}", e.findtext(N + "year") or ""): errors.append(f"{f}: entry {i}: bad year")
        ds = []
        for t in ("cdate", "mdate"):
            x = e.find(N + t)
            s = "-".join((x.findtext(N + p) or "") for p in ("year", "month", "day")) if x is not None else ""
            if not valid_date(s, "%Y-%m-%d"): errors.append(f"{f}: entry {i}: bad {t} {s!r}")
            ds.append(s)
        if ds[1] < ds[0]: errors.append(f"{f}: entry {i}: mdate before cdate")
        r = e.findtext(N + "rating")
        if r is not None and not (r.isdigit() and 1 <= int(r) <= 5): errors.append(f"{f}: entry {i}: rating {r}")
        au_ = e.find(N + "authors")
        if au_ is None or not [a for a in au_ if a.tag == N + "author"]: errors.append(f"{f}: entry {i}: no authors")
    for kk, c in keys_.items():
        if c > 1: errors.append(f"{f}: bibtex-key {kk} repeated")


def check_fods(f, raw):
    lf_final(f, raw)
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    XL = "{http://www.w3.org/1999/xlink}"
    if root.tag != O + "document" or root.get(O + "mimetype") != "application/vnd.oasis.opendocument.spreadsheet":
        errors.append(f"{f}: not a flat ODS office:document")
    rep = lambda el, a: int(el.get(TB + a, "1"))
    for t in root.iter(TB + "table"):
        name = t.get(TB + "name")
        ncol = sum(rep(c, "number-columns-repeated") for c in t.findall(TB + "table-column"))
        nrow = 0
        for r_ in t.findall(TB + "table-row"):
            nrow += rep(r_, "number-rows-repeated")
            w = sum(rep(c, "number-columns-repeated") for c in r_)
            if w != ncol: errors.append(f"{f}: table {name}: a row {w} cells wide, {ncol} columns")
            for c in r_:
                vt = c.get(O + "value-type")
                txt = "".join(c.itertext())
                if vt and c.get("{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type") != vt:
                    errors.append(f"{f}: table {name}: calcext:value-type differs from office:value-type")
                if vt == "date":
                    dv = c.get(O + "date-value", "")
                    if not valid_date(dv, "%Y-%m-%d") or txt != "{2}.{1}.{0}".format(*dv.split("-")): errors.append(f"{f}: table {name}: date cell {dv!r} shown as {txt!r}")
                if vt == "float":
                    v = c.get(O + "value", "")
                    if txt.replace(",", ".") != v and not (re.fullmatch(r"\d+", v) and txt == v): errors.append(f"{f}: table {name}: float {v!r} shown as {txt!r}")
                for a in c.iter(TX + "a"):
                    if a.get(XL + "type") != "simple" or not a.get(XL + "href"): errors.append(f"{f}: table {name}: link without xlink:type simple / href")
        if nrow != 1048576: errors.append(f"{f}: table {name}: {nrow} rows (LibreOffice writes 1048576)")


def check_fluxbb(f, raw):
    lf_final(f, raw)
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XHTML: {ex}"); return
    X = "{http://www.w3.org/1999/xhtml}"
    posts = [d for d in root.iter(X + "div") if "blockpost" in (d.get("class") or "").split()]
    if not posts: errors.append(f"{f}: no posts"); return
    topic = None; last = ""
    for n, d in enumerate(posts, 1):
        cls = d.get("class").split()
        pid = d.get("id", "")
        if ("rowodd" if n % 2 else "roweven") not in cls: errors.append(f"{f}: post {n}: row class {cls}")
        if ("firstpost" in cls) != (n == 1): errors.append(f"{f}: post {n}: firstpost class")
        if f"blockpost{n}" not in cls: errors.append(f"{f}: post {n}: no blockpost{n}")
        h2 = d.find(X + "h2")
        conr = "".join(h2.find(f"{X}span/{X}span").itertext()) if h2 is not None else ""
        if conr != f"#{n}": errors.append(f"{f}: post {n}: numbered {conr!r}")
        a = h2.find(f"{X}span/{X}a") if h2 is not None else None
        if a is None or a.get("href") != f"viewtopic.php?pid={pid[1:]}#{pid}": errors.append(f"{f}: post {n}: permalink does not match id {pid}")
        ts = a.text if a is not None else ""
        if not valid_date(ts or "", "%Y-%m-%d %H:%M:%S"): errors.append(f"{f}: post {n}: bad timestamp {ts!r}")
        elif ts < last: errors.append(f"{f}: post {n}: timestamp before the previous post")
        else: last = ts
        h3 = "".join(next(d.iter(X + "h3")).itertext())
        if n == 1: topic = h3
        elif h3 != "Re: " + topic: errors.append(f"{f}: post {n}: subject {h3!r}")
    if "Powered by <a href=\"http://fluxbb.org/\">FluxBB</a>" not in raw: errors.append(f"{f}: no FluxBB footer")


def check_convertkit(f, raw):
    lf_final(f, raw)
    balanced(f, raw)
    targets = set()
    for href in re.findall(r'<a href="([^"]*)"', raw):
        href = html.unescape(href)
        if href.startswith("https://convertkit.com?"): continue
        m = re.fullmatch(CK, href)
        if not m: errors.append(f"{f}: link {href[:60]} is not a ConvertKit click-tracker URL"); continue
        try:
            t = b64(m.group(1))
            if not re.fullmatch(r"https?://\S+", t): raise ValueError(t)
            targets.add(t)
        except (ValueError, UnicodeDecodeError): errors.append(f"{f}: tracked link {href[-30:]} does not decode to a URL")
    if not re.search(r'<img src="https://open\.convertkit-mail4\.com/\w+/\w+" alt="" width="1" height="1"', raw): errors.append(f"{f}: no open pixel")
    if 'class="preheader"' not in raw: errors.append(f"{f}: no preheader")
    if not any("unsubscribe" in t for t in targets): errors.append(f"{f}: no unsubscribe link")
    m = re.search(r"Liens en clair</h2>\n<p[^>]*>(.*?)</p>", raw)
    for u in (m.group(1).split("<br/>") if m else []):
        if u not in targets: errors.append(f"{f}: plain-text URL {u} is not a tracked link target")


def check_livedoor(f, raw):
    lf_final(f, raw)
    balanced(f, raw)
    can = re.search(r'<link rel="canonical" href="([^"]+)">', raw)
    og = re.search(r'<meta property="og:url" content="([^"]+)">', raw)
    ti = re.search(r'<h2 class="article-title entry-title"><a href="([^"]+)"', raw)
    if not (can and og and ti) or not (can.group(1) == og.group(1) == ti.group(1)): errors.append(f"{f}: canonical / og:url / title link differ")
    elif not re.fullmatch(r"http://blog\.livedoor\.jp/\w+/archives/\d+\.html", can.group(1)): errors.append(f"{f}: entry URL not livedoor's")
    ab = re.search(r'<abbr class="updated" title="(\d{4})-(\d\d)-(\d\d)T\d\d:\d\d:\d\d\+09:00">(.*?)</abbr>', raw)
    if not ab or ab.group(4) != f"{ab.group(1)}年{ab.group(2)}月{ab.group(3)}日": errors.append(f"{f}: abbr date and shown date differ")
    inner = re.search(r'<div class="article-body-inner">(.*?)</div>', raw, re.S)
    if not inner or "<p" in inner.group(1) or "<br />" not in inner.group(1): errors.append(f"{f}: body not written with <br /> lines")
    cm = re.findall(r'<p class="comment-author">(\d+)\. Posted by .*? <span class="comment-date">(.*?)</span>', raw)
    last = None
    for i, (n, d) in enumerate(cm, 1):
        if int(n) != i: errors.append(f"{f}: comment {i} numbered {n}")
        dt = valid_date(d, "%Y年%m月%d日 %H:%M")
        if not dt: errors.append(f"{f}: comment {i}: bad date {d!r}")
        elif last and dt < last: errors.append(f"{f}: comment {i}: date before the previous comment")
        else: last = dt
    m = re.search(r"コメント\((\d+)\)", raw)
    if not m or int(m.group(1)) != len(cm): errors.append(f"{f}: footer comment count != {len(cm)} comments")


DVC_TOP = {"vars", "stages", "plots", "metrics", "params", "artifacts"}
DVC_VARS = {"sample_rate", "num_workers", "split", "tokenizer", "train", "decode", "eval_sets", "item", "key", "preprocess"}


def check_dvc(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB in YAML")
    stages, cur, seen = {}, None, Counter()
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2: errors.append(f"{f}: line {i}: odd indentation")
        if ind == 0:
            m = re.fullmatch(r"([\w-]+):", l)
            if not m or m.group(1) not in DVC_TOP: errors.append(f"{f}: line {i}: unknown top-level key {l[:30]!r}")
            top = m.group(1) if m else None
        if ind == 2 and top == "stages":
            m = re.fullmatch(r"([A-Za-z][\w-]*):", l.strip())
            if not m: errors.append(f"{f}: line {i}: bad stage name"); continue
            cur = m.group(1); seen[cur] += 1; stages[cur] = set()
        elif ind == 4 and top == "stages" and cur:
            m = re.match(r"([\w-]+):", l.strip())
            if m: stages[cur].add(m.group(1))
        for v in re.findall(r"\$\{([^}]*)\}", l):
            if v.split(".")[0] not in DVC_VARS: errors.append(f"{f}: line {i}: interpolation ${{{v}}} names no variable")
        if l.count("${") != l.count("}") - l.count("{") + l.count("${"): errors.append(f"{f}: line {i}: unbalanced interpolation")
    for s, ks in stages.items():
        if "foreach" in ks and "do" not in ks: errors.append(f"{f}: stage {s}: foreach without do")
        if "cmd" not in ks and "foreach" not in ks: errors.append(f"{f}: stage {s}: no cmd")
    for s, c in seen.items():
        if c > 1: errors.append(f"{f}: stage {s} repeated")


def shape_checks(f, raw, path):
    n = num(f)
    {737: check_openproject, 738: check_vuepress, 739: check_notes, 740: check_epub, 741: check_tellico,
     742: check_fods, 743: check_fluxbb, 744: check_convertkit, 745: check_livedoor,
     746: check_dvc}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round72's and round73's, a byte-identical file counted once), and the round72 split (candidates sorted by
# (uses, catalogue title); round72 = odd positions from 3 on, one unbroken run; round73 shares no paper)
used = Counter()
TD = "/work/main/tests/data"
P73 = "/work/main/tests/data/digests-round73/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P73): own.add(open(P73, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round72", "digests-round73") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position: {even}")
if 1 in {pos.get(k) for k in mine}: errors.append(f"position 1 ({cands[0]['title']}) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r73 = set()
if os.path.exists(P73):
    try:
        r73 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P73)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round73/expected.json exists but could not be read (being written?)")
    if r73 & mine: errors.append(f"papers also in round73: {sorted(r73 & mine)}")
shared73 = len(r73 & mine) if os.path.exists(P73) else "(no digests-round73/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round72 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round73: {shared73}; papers in more than one round72 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
