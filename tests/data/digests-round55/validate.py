#!/usr/bin/env python3
r"""Checks round55/expected.json against the digests and the shared catalogues.

Adapted from round53/validate.py (the label checks are the same code; the reuse report is round53's with round54 /
round55 in place of round52 / round53: round55 holds the even positions, round54 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round54's and round55's
own (a digests-round54 / digests-round55 folder, or a file whose bytes equal round54's or round55's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round55 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/round54/expected.json when that file exists (read only), and on
a paper in more than one round55 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 567 (Gopher menu): the display strings of the menu lines (type character and tab fields removed), one per line,
    so a title wrapped over info lines is found;
  - 568 (Simplenote): every JSON string;
  - 569 (GIFT): the text with GIFT's escapes (\: \= \# \{ \} \~) undone;
  - 571 (AbiWord), 576 (SMS backup): the text without tags;
  - 572 (flat ODP): the text without tags, text:line-break as a line break, text:s as spaces;
  - 573 (Trac wiki): the text with the !CamelCase escapes undone;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 55
needs no deviation.

Shape checks (each digest against the rules of the program that writes or reads its shape):
  - 567 (Gopher menu, RFC 1436 as Gophernicus sends it): CRLF only, the "." line last, four tab fields per line,
    known item types, numeric ports, info lines "\t\tnull.host\t1" of at most 70 characters, other items on the
    server, h items with URL: selectors, absolute selectors, the Gophernicus footer;
  - 568 (Simplenote notes.json): JSON.stringify(…, null, 2) layout, activeNotes / trashedNotes, note keys, 32-hex ids
    unique, ISO dates with milliseconds, created <= modified, tags, publicURL form, example-domain collaborators;
  - 569 (Moodle GIFT): final newline, $CATEGORY blocks, every question with a unique ::name:: and one {…} answer
    block, no unescaped ~ = # : in question text or answers (except the answer markers, one # feedback, one ->),
    numerical answers;
  - 570 (Foswiki topic file): TOPICINFO first (10-digit date, reprev = version), TOPICPARENT second, trailing META
    lines only at the end and well formed, attachments dated no later than the topic, name = attachment, table rows
    closed, bullets indented by threes, headings, [[ ]] balanced, <verbatim> balanced, colours closed;
  - 571 (AbiWord .abw): prolog + DOCTYPE, the comment box, abiword root fileformat 1.1, xids unique and <= xid-max,
    history versions ordered, within last-saved and xid-max, styles and lists defined, list paragraphs with a
    list_label field, http(s) links, table cells with right = left + 1, bot = top + 1 and no holes;
  - 572 (flat ODP): LibreOffice's opening, office:document with the presentation mimetype, LibreOffice generator,
    office children in order, every used style defined (master styles' Cours-* aside), pages named page1…n, master
    pages defined, a title frame per page, notes thumbnails numbered as their page, http(s) links, text:s c >= 2;
  - 573 (Trac wiki text): CRLF only, no final line end, a = title = first, balanced headings, table rows closed and of
    one width, list items with their leading space, [[ ]] balanced, external links with labels, {{{ }}} balanced;
  - 574 (txt2tags): final newline, the three header lines (title, author, %%mtime), %! settings before the body and
    well formed, balanced titles, unique [labels], no [URL label] links (txt2tags writes [label URL]), ``` areas
    closed, table rows of one width;
  - 575 (WeeChat log): every line "YYYY-MM-DD HH:MM:SS<TAB>prefix<TAB>message", times not going back, join and
    part / quit lines in WeeChat's wording, nick prefixes valid with a stable mode character, IRC line length;
  - 576 (NEGATIVE, SMS Backup & Restore XML): the app's XML declaration, comment and sms.xsl PI, smses count =
    records, the sms attributes in the app's order, dates ascending, type 1 / 2, date_sent 0 for sent messages,
    readable_date = date in UTC+3, subject / toa "null", backup_date after the last message, no raw line breaks in
    bodies.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, binascii, gzip, html, json, os, re, sys, time, zlib
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


def gopher_display(raw):
    return "\n".join(l.split("\t")[0][1:] for l in raw.split("\r\n") if l and l != ".")


def gift_unescape(s):
    return re.sub(r"\\([~=#{}:])", r"\1", s).replace("\\n", "\n")


def odf_text(s):
    s = s.replace("<text:line-break/>", "\n").replace("</text:p>", "</text:p>\n")
    s = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)), s).replace("<text:s/>", " ")
    return strip_tags(s)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 567: forms.append(gopher_display(raw))
    if n == 568: forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n == 569: forms.append(gift_unescape(raw))
    if n in (571, 576): forms.append(strip_tags(raw))
    if n == 572: forms.append(odf_text(raw))
    if n == 573: forms.append(re.sub(r"!(?=[A-Z][a-z]+[A-Z])", "", raw))
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


GOPHER_TYPES = set("0123456789+gIThis:;<d")
def check_gopher(f, raw):
    if not raw.endswith("\r\n.\r\n"): errors.append(f"{f}: the menu does not end with the '.' line")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (RFC 1436 menus use CRLF)")
    lines = raw.split("\r\n")
    if lines[-1] != "" or lines[-2] != ".": return
    for k, l in enumerate(lines[:-2], 1):
        parts = l.split("\t")
        if len(parts) != 4: errors.append(f"{f}: line {k}: {len(parts)} tab fields, not 4"); continue
        d, sel, host, port = parts
        if not d or d[0] not in GOPHER_TYPES: errors.append(f"{f}: line {k}: item type {d[:1]!r} unknown")
        if not port.isdigit(): errors.append(f"{f}: line {k}: port {port!r} not numeric")
        if d[:1] == "i":
            if sel or host != "null.host" or port != "1": errors.append(f"{f}: line {k}: info line not '\\t\\tnull.host\\t1'")
            if len(d) - 1 > 70: errors.append(f"{f}: line {k}: info line of {len(d) - 1} characters (> 70)")
        else:
            if host != "gopher.kret.example" or port != "70": errors.append(f"{f}: line {k}: item on {host}:{port}, not the server")
            if d[:1] == "h" and not re.fullmatch(r"URL:https?://\S+", sel): errors.append(f"{f}: line {k}: h item without a URL: selector")
            if d[:1] in "019I" and not sel.startswith("/"): errors.append(f"{f}: line {k}: selector {sel!r} not absolute")
    if not any(l.startswith("iGophered by Gophernicus/") for l in lines): errors.append(f"{f}: no Gophernicus footer")


SN_KEYS = {"id", "content", "creationDate", "lastModified", "tags", "markdown", "pinned", "publicURL", "collaboratorEmails"}
SN_DATE = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"
def check_simplenote(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, ensure_ascii=False, indent=2): errors.append(f"{f}: not JSON.stringify(…, null, 2) layout")
    if not isinstance(d, dict) or list(d) != ["activeNotes", "trashedNotes"]: errors.append(f"{f}: top-level keys not activeNotes, trashedNotes"); return
    ids = set()
    for n in d["activeNotes"] + d["trashedNotes"]:
        if not {"id", "content", "creationDate", "lastModified", "tags"} <= set(n) or set(n) - SN_KEYS:
            errors.append(f"{f}: note keys {sorted(n)}"); continue
        if not re.fullmatch(r"[0-9a-f]{32}", n["id"]) or n["id"] in ids: errors.append(f"{f}: bad or repeated id {n['id']!r}")
        ids.add(n["id"])
        for k in ("creationDate", "lastModified"):
            if not re.fullmatch(SN_DATE, n[k]): errors.append(f"{f}: {n['id']}: {k} {n[k]!r}")
        if n["creationDate"] > n["lastModified"]: errors.append(f"{f}: {n['id']}: modified before created")
        if not isinstance(n["tags"], list) or not all(isinstance(t, str) and t and " " not in t for t in n["tags"]):
            errors.append(f"{f}: {n['id']}: tags {n['tags']!r}")
        if not n["content"].strip(): errors.append(f"{f}: {n['id']}: empty note")
        if "publicURL" in n and not re.fullmatch(r"http://simp\.ly/p/\w+", n["publicURL"]): errors.append(f"{f}: publicURL {n['publicURL']!r}")
        for e in n.get("collaboratorEmails", []):
            if not re.search(r"@[\w.-]*example\.(com|org|net)$", e): errors.append(f"{f}: collaborator {e!r} not at an example domain")


def check_gift(f, raw):
    lf_final(f, raw)
    names = set()
    for blk in re.split(r"\n\s*\n", raw.strip("\n")):
        lines = [l for l in blk.split("\n") if not l.startswith("//")]
        if not lines: continue
        if lines[0].startswith("$CATEGORY:"):
            if len(lines) > 1 or not re.fullmatch(r"\$CATEGORY: \$course\$/top(/[^/\n]+)*", lines[0]): errors.append(f"{f}: bad category block {lines[0][:60]!r}")
            continue
        q = "\n".join(lines)
        m = re.match(r"::((?:[^:\\]|\\.)+)::", q)
        if not m: errors.append(f"{f}: question without a ::name:: {q[:50]!r}"); continue
        if m.group(1) in names: errors.append(f"{f}: question name {m.group(1)!r} twice")
        names.add(m.group(1))
        body = q[m.end():]
        unesc = re.sub(r"\\.", "", body)
        if unesc.count("{") != 1 or unesc.count("}") != 1 or unesc.index("{") > unesc.index("}"):
            errors.append(f"{f}: {m.group(1)}: not exactly one answer block {{…}}"); continue
        text, ans = unesc.split("{", 1)
        ans = ans.rsplit("}", 1)[0]
        if re.search(r"[=~#:]", re.sub(r"^\[(html|moodle|markdown|plain)\]", "", text)): errors.append(f"{f}: {m.group(1)}: unescaped special character in the question text")
        if ans.strip() and not re.fullmatch(r"TRUE|FALSE|T|F", ans.split("#")[0].strip()) and not ans.strip().startswith("#"):
            for al in [a.strip() for a in ans.split("\n") if a.strip()]:
                if al[0] not in "=~": errors.append(f"{f}: {m.group(1)}: answer line {al[:30]!r} without = or ~"); continue
                inner = re.sub(r"^[=~](%-?\d+%)?", "", al)
                if "->" in inner: inner = inner.replace("->", "", 1)
                if re.search(r"[=~:{}]", inner) or inner.count("#") > 1: errors.append(f"{f}: {m.group(1)}: unescaped special character in {al[:40]!r}")
        if ans.strip().startswith("#") and not re.fullmatch(r"#-?\d+(\.\d+)?(:\d+(\.\d+)?)?", ans.strip()): errors.append(f"{f}: {m.group(1)}: bad numerical answer")


def check_foswiki(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")[:-1]
    m = re.fullmatch(r'%META:TOPICINFO\{author="(\w+)" comment="" date="(\d{10})" format="1\.1" reprev="(\d+)" version="(\d+)"\}%', lines[0])
    if not m: errors.append(f"{f}: first line is not %META:TOPICINFO{{…}}%"); return
    tdate = int(m.group(2))
    if m.group(3) != m.group(4): errors.append(f"{f}: reprev != version")
    if not re.fullmatch(r'%META:TOPICPARENT\{name="\w+"\}%', lines[1]): errors.append(f"{f}: no TOPICPARENT second")
    meta_tail = [k for k, l in enumerate(lines) if l.startswith("%META:") and k > 1]
    if meta_tail and meta_tail != list(range(meta_tail[0], len(lines))): errors.append(f"{f}: %META lines inside the body")
    for l in lines:
        if l.startswith("%META:"):
            if not re.fullmatch(r'%META:\w+\{(\w+="[^"\n]*"\s?)+\}%', l): errors.append(f"{f}: malformed META line {l[:60]!r}")
            if l.startswith("%META:FILEATTACHMENT"):
                d = int(re.search(r' date="(\d+)"', l).group(1))
                if d > tdate: errors.append(f"{f}: attachment dated after the topic's last save")
                if 'attachment="' + re.search(r'name="([^"]+)"', l).group(1) + '"' not in l: errors.append(f"{f}: attachment name != attachment")
        elif l.startswith("|"):
            if not l.endswith("|"): errors.append(f"{f}: table row not closed {l[:40]!r}")
        elif re.match(r" +\*", l) and (len(l) - len(l.lstrip(" "))) % 3: errors.append(f"{f}: bullet not indented by multiples of 3")
        elif re.match(r"-{3}\+", l) and not re.match(r"-{3}\+{1,6} \S", l): errors.append(f"{f}: bad heading {l[:40]!r}")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: unbalanced [[ ]] in {l[:50]!r}")
    rows = [l for l in lines if l.startswith("|")]
    widths = {}
    for l in rows:
        pass
    if raw.count("<verbatim>") != raw.count("</verbatim>"): errors.append(f"{f}: unbalanced <verbatim>")
    for c in re.findall(r"%(RED|GREEN|ORANGE|BLUE)%", raw):
        pass
    if raw.count("%ENDCOLOR%") != len(re.findall(r"%(RED|GREEN|ORANGE|BLUE)%", raw)): errors.append(f"{f}: colour without %ENDCOLOR%")


AW = "{http://www.abisource.com/awml.dtd}"
def check_abiword(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">\n'):
        errors.append(f"{f}: not AbiWord's prolog + DOCTYPE")
    if "<!-- This file is an AbiWord document." not in raw: errors.append(f"{f}: no AbiWord comment box")
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != AW + "abiword" or r.get("fileformat") != "1.1": errors.append(f"{f}: root not abiword fileformat 1.1"); return
    xmax = int(r.get("xid-max", "0"))
    xids = [int(e.get("xid")) for e in r.iter() if e.get("xid")]
    if len(xids) != len(set(xids)): errors.append(f"{f}: an xid twice")
    if xids and max(xids) > xmax: errors.append(f"{f}: xid {max(xids)} above xid-max {xmax}")
    h = r.find(AW + "history")
    if h is not None:
        last = int(h.get("last-saved"))
        prev = 0
        vs = h.findall(AW + "version")
        if h.get("version") != str(len(vs)): errors.append(f"{f}: history version != number of versions")
        for v in vs:
            st, tx = int(v.get("started")), int(v.get("top-xid"))
            if st < prev or st > last: errors.append(f"{f}: version {v.get('id')} started out of order")
            if tx > xmax: errors.append(f"{f}: version {v.get('id')} top-xid above xid-max")
            prev = st
    styles = {s.get("name") for s in r.iter(AW + "s")}
    lists = {l.get("id") for l in r.iter(AW + "l")}
    for p in r.iter(AW + "p"):
        if p.get("style") and p.get("style") not in styles: errors.append(f"{f}: paragraph style {p.get('style')!r} undefined")
        if p.get("listid") and p.get("listid") not in lists: errors.append(f"{f}: list {p.get('listid')} undefined")
        if p.get("listid") and (len(p) == 0 or p[0].tag != AW + "field" or p[0].get("type") != "list_label"): errors.append(f"{f}: list paragraph without a list_label field")
    for a in r.iter(AW + "a"):
        if not re.match(r"https?://", a.get("{http://www.w3.org/1999/xlink}href", "")): errors.append(f"{f}: link without an http(s) target")
    for t in r.iter(AW + "table"):
        cells = set()
        for c in t.findall(AW + "cell"):
            pr = dict(kv.split(":") for kv in c.get("props").replace(" ", "").split(";") if kv)
            le, ri, to, bo = (int(pr[k]) for k in ("left-attach", "right-attach", "top-attach", "bot-attach"))
            if ri != le + 1 or bo != to + 1: errors.append(f"{f}: cell attach {pr}")
            cells.add((to, le))
        nr, nc = max(a for a, _ in cells) + 1, max(b for _, b in cells) + 1
        if cells != {(a, b) for a in range(nr) for b in range(nc)}: errors.append(f"{f}: table grid has holes")


ODF = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0", "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
       "xlink": "http://www.w3.org/1999/xlink"}
def Q(p, n): return "{" + ODF[p] + "}" + n
def check_fodp(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n\n<office:document '): errors.append(f"{f}: not LibreOffice's flat-XML opening")
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != Q("office", "document") or r.get(Q("office", "mimetype")) != "application/vnd.oasis.opendocument.presentation":
        errors.append(f"{f}: not an office:document of mimetype presentation"); return
    gen = r.find(".//" + Q("meta", "generator"))
    if gen is None or not gen.text.startswith("LibreOffice/"): errors.append(f"{f}: no LibreOffice generator")
    order = [c.tag.split("}")[1] for c in r]
    if order != ["meta", "font-face-decls", "styles", "automatic-styles", "master-styles", "body"]: errors.append(f"{f}: office children {order}")
    defined = {s.get(Q("style", "name")) for s in r.iter() if s.get(Q("style", "name"))}
    for e in r.iter():
        for a in ("text", "draw", "presentation"):
            for attr in ("style-name", "text-style-name"):
                v = e.get(Q(a, attr))
                if v and v not in defined and not v.startswith("Cours-"): errors.append(f"{f}: style {v!r} used but not defined")
    pages = r.findall(".//" + Q("draw", "page"))
    masters = {m.get(Q("style", "name")) for m in r.iter(Q("style", "master-page"))}
    for k, pg in enumerate(pages, 1):
        if pg.get(Q("draw", "name")) != f"page{k}": errors.append(f"{f}: page {k} named {pg.get(Q('draw', 'name'))!r}")
        if pg.get(Q("draw", "master-page-name")) not in masters: errors.append(f"{f}: page {k}: master page undefined")
        if not any(fr.get(Q("presentation", "class")) == "title" for fr in pg.findall(Q("draw", "frame"))): errors.append(f"{f}: page {k} without a title frame")
        th = pg.find(".//" + Q("draw", "page-thumbnail"))
        if th is None or th.get(Q("draw", "page-number")) != str(k): errors.append(f"{f}: page {k}: notes thumbnail page-number wrong")
    for a in r.iter(Q("text", "a")):
        if not re.match(r"https?://", a.get(Q("xlink", "href"), "")): errors.append(f"{f}: text:a without an http(s) href")
    for s in r.iter(Q("text", "s")):
        c = s.get(Q("text", "c"))
        if c is not None and (not c.isdigit() or int(c) < 2): errors.append(f"{f}: text:s with c={c!r}")


def check_trac(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (the stored page has CRLF)")
    if raw.endswith("\n"): errors.append(f"{f}: a final line end (the stored text has none)")
    lines = raw.split("\r\n")
    if not re.fullmatch(r"= .+ =", lines[0]): errors.append(f"{f}: the page does not open with a = title =")
    tbl = None
    for k, l in enumerate(lines, 1):
        h = re.match(r"(=+) (.+?) (=+)(\s*#\S+)?$", l)
        if l.startswith("=") and (not h or len(h.group(1)) != len(h.group(3))): errors.append(f"{f}: line {k}: unbalanced heading")
        if l.startswith("||"):
            if not l.endswith("||"): errors.append(f"{f}: line {k}: table row not closed")
            cells = len(re.findall(r"\|\|", l)) - 1
            if tbl is not None and cells != tbl: errors.append(f"{f}: line {k}: {cells} cells, the table has {tbl}")
            tbl = cells
        else:
            tbl = None
        if re.match(r"\*|\d+\.", l): errors.append(f"{f}: line {k}: list item without the leading space")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: line {k}: unbalanced [[ ]]")
        for m_ in re.finditer(r"(?<!\[)\[(https?://[^\s\]]+)(?: ([^\]]+))?\](?!\])", l):
            if not m_.group(2): errors.append(f"{f}: line {k}: external link without a label")
        if re.search(r"(?<![!\w/.:])(?:[A-Z][a-z]+){2,}\b", re.sub(r"\[[^\]]*\]|`[^`]*`|wiki:\S+|source:\S+|\{\{\{.*", "", l)):
            pass
    opens = sum(1 for l in lines if l.startswith("{{{")); closes = sum(1 for l in lines if l == "}}}")
    if opens != closes: errors.append(f"{f}: unbalanced {{{{{{ }}}}}} blocks")


def check_t2t(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")[:-1]
    if not lines[0].strip() or lines[0].startswith(("%", "=")): errors.append(f"{f}: first header line (title) missing")
    if not re.fullmatch(r"%%mtime\([^)]*\)", lines[2]): errors.append(f"{f}: third header line is not %%mtime(…)")
    body_started = False
    labels, verb = set(), False
    for k, l in enumerate(lines[3:], 4):
        if l == "```": verb = not verb; continue
        if verb: continue
        if l.startswith("%!"):
            if body_started: errors.append(f"{f}: line {k}: %! setting after the body began")
            if not re.fullmatch(r"%! ?(Target|Options|Encoding|Style|PreProc|PostProc)(\([a-z]+\))? *: .+", l): errors.append(f"{f}: line {k}: bad setting")
            continue
        if l and not l.startswith("%"): body_started = True
        t = re.fullmatch(r"(=+) (.+?) (=+)(\[([\w-]+)\])?", l)
        if l.startswith("=") and (not t or len(t.group(1)) != len(t.group(3))): errors.append(f"{f}: line {k}: unbalanced title")
        if t and t.group(5):
            if t.group(5) in labels: errors.append(f"{f}: label {t.group(5)!r} twice")
            labels.add(t.group(5))
        for m_ in re.finditer(r"\[([^\[\]]+) (https?://\S+?)\]", l):
            pass
        if re.search(r"\[https?://\S+ [^\]]+\]", l): errors.append(f"{f}: line {k}: link written [URL label] (txt2tags is [label URL])")
    if verb: errors.append(f"{f}: unclosed ``` verbatim area")
    rows = [l for l in lines if l.startswith("|")]
    if rows and len({len(re.findall(r"\|", r.lstrip("|"))) for r in rows}) != 1: errors.append(f"{f}: table rows of different widths")


WEE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\t([^\t]+)\t(.*)$")
def check_weechat(f, raw):
    lf_final(f, raw)
    prev, modes = "", {}
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        m = WEE.match(l)
        if not m: errors.append(f"{f}: line {k} not 'date<TAB>prefix<TAB>message'"); continue
        t, pre, msg = m.groups()
        if t < prev: errors.append(f"{f}: line {k}: time goes back")
        prev = t
        if pre == "-->":
            if not re.fullmatch(r"\S+ \(~?\S+@\S+\) has joined #\S+", msg): errors.append(f"{f}: line {k}: bad join line")
        elif pre == "<--":
            if not re.fullmatch(r"\S+ \(~?\S+@\S+\) has (quit \(.*\)|left #\S+( \(.*\))?)", msg): errors.append(f"{f}: line {k}: bad part/quit line")
        elif pre in ("--", " *"):
            pass
        else:
            mm = re.fullmatch(r"([@+%]?)([A-Za-z_\[\]\\`^{}|][\w\[\]\\`^{}|-]*)", pre)
            if not mm: errors.append(f"{f}: line {k}: prefix {pre!r} is not a nick"); continue
            if modes.setdefault(mm.group(2), mm.group(1)) != mm.group(1): errors.append(f"{f}: line {k}: {mm.group(2)}'s mode changes without a mode line")
        if len(msg.encode()) > 450: errors.append(f"{f}: line {k}: message longer than an IRC line allows")


SMS_ATTRS = ["protocol", "address", "date", "type", "subject", "body", "toa", "sc_toa", "service_center", "read", "status",
             "locked", "date_sent", "sub_id", "readable_date", "contact_name"]
def check_sms(f, raw):
    lf_final(f, raw)
    head = raw.split("\n")[:4]
    if head[0] != "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>": errors.append(f"{f}: not the app's XML declaration")
    if not re.fullmatch(r"<!--File Created By SMS Backup & Restore v[\d.]+ on \d\d/\d\d/\d{4} \d\d:\d\d:\d\d-->", head[1]): errors.append(f"{f}: no 'File Created By' comment")
    if head[2] != '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>': errors.append(f"{f}: no sms.xsl stylesheet")
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != "smses": errors.append(f"{f}: root {r.tag}"); return
    sms = list(r)
    if r.get("count") != str(len(sms)): errors.append(f"{f}: count {r.get('count')} != {len(sms)} records")
    prev = 0
    for k, s in enumerate(sms, 1):
        if s.tag != "sms" or list(s.attrib) != SMS_ATTRS: errors.append(f"{f}: record {k}: attributes {list(s.attrib)}"); continue
        d = int(s.get("date"))
        if d < prev: errors.append(f"{f}: record {k} out of date order")
        prev = d
        if s.get("type") not in ("1", "2"): errors.append(f"{f}: record {k}: type {s.get('type')}")
        ds = int(s.get("date_sent"))
        if (s.get("type") == "2") != (ds == 0) or ds > d: errors.append(f"{f}: record {k}: date_sent {ds}")
        t = time.gmtime(d / 1000 + 3 * 3600)
        rd_ = f"{t.tm_mday} {time.strftime('%b', t)} {t.tm_year} {t.tm_hour % 12 or 12}:{t.tm_min:02d}:{t.tm_sec:02d} {'am' if t.tm_hour < 12 else 'pm'}"
        if s.get("readable_date") != rd_: errors.append(f"{f}: record {k}: readable_date {s.get('readable_date')!r} != {rd_!r}")
        if s.get("subject") != "null" or s.get("toa") != "null": errors.append(f"{f}: record {k}: subject / toa not 'null'")
    if sms and int(r.get("backup_date", "0")) < prev: errors.append(f"{f}: backup_date before the last message")
    if re.search(r'body="[^"]*\n', raw): errors.append(f"{f}: a raw line break inside body (the app writes &#10;)")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 567: check_gopher(f, raw)
    elif n == 568: check_simplenote(f, raw)
    elif n == 569: check_gift(f, raw)
    elif n == 570: check_foswiki(f, raw)
    elif n == 571: check_abiword(f, raw)
    elif n == 572: check_fodp(f, raw)
    elif n == 573: check_trac(f, raw)
    elif n == 574: check_t2t(f, raw)
    elif n == 575: check_weechat(f, raw)
    elif n == 576: check_sms(f, raw)


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
# (uses, catalogue title); round55 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P54 = "/work/round54/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P54): own.add(open(P54, "rb").read())
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round54 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r54 = set()
if os.path.exists(P54):
    try:
        r54 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P54)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round54/expected.json exists but could not be read (being written?)")
    if r54 & mine: errors.append(f"papers also in round54: {sorted(r54 & mine)}")
shared54 = len(r54 & mine) if os.path.exists(P54) else "(no /work/round54/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round55 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round54: {shared54}; papers in more than one round55 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
