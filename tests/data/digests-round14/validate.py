#!/usr/bin/env python3
"""Checks round14/expected.json against the digests and the shared catalogues.

Adapted from round13/validate.py. Each digest is read in its raw form (UTF-8 text; for the .odt the XML parts of the
zip concatenated) and in decoded forms, the way a reader of that shape would see it:
  - RIS (157): CR removed; per record "TI | T2 | JO | UR | DO | N1" with the tag prefixes dropped;
  - Confluence storage format (158): entities undone (&nbsp;, &ndash;, …), parsed inside a wrapper that declares
    the ac:/ri: prefixes; the page text with tags stripped, each <a href> followed by its target, ri:url values,
    ri:attachment file names, ri:page content titles and CDATA bodies (link bodies, code);
  - Bluesky getPostThread JSON (159): every JSON string; per post the text with each link facet's bytes replaced by
    the facet's full URL ("what the link points to"), and the external-card uri + title;
  - reveal.js HTML (160): the text of the deck (tags stripped, entities undone, speaker notes included), each <a>
    followed by its href;
  - GROBID TEI (161): per <biblStruct> its text (title, authors, monogr) + idno values + ptr targets, the raw
    reference notes on their own, and the body text;
  - Kindle "My Clippings.txt" (162): BOMs and CRs removed; per clipping "document title | clipped text";
  - Hugging Face model card (163): as written, and with Markdown links [text](url) turned into "text <url>";
  - git log --stat (164): commit messages un-indented and their lines joined, plus the changed paths;
  - LibreOffice .odt (165): content.xml per paragraph (text:s as spaces, text:tab, soft page breaks dropped,
    text:a followed by its xlink:href, footnotes and comments included) and every text:bibliography-mark as a line
    "identifier | type | title | author | journal/booktitle | note | url";
  - vCard 2.1 (166): quoted-printable soft line breaks joined and =XX bytes decoded as UTF-8, per card "FN | all
    values"; the PHOTO block left out;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below (Unicode
apostrophe; subtitle after the colon dropped), and the listed deviation must really explain the difference. Round 14
needs none: every recorded title is the catalogue's up to case (TEI raw references in sentence case, the Bahdanau
et al. title in capitals as highlighted from the PDF, CrossRef's "Deep residual learning…").

Shape checks (each digest is checked against the rules of the tool that writes its shape):
  - 157: CRLF only, no BOM; every line "XX  - value" or empty; records open with TY (a RIS type) and close with
    "ER  - " followed by an empty line; the tags between in Mendeley's alphabetical order; ID keys unique; TI in
    every record; BOOK, ELEC, COMP, GEN and THES records present;
  - 158: one line, no XML declaration, no root element; well-formed once wrapped; every ac:structured-macro has
    ac:name and a unique UUID-v4 ac:macro-id; ac:parameter only inside macros; task ids unique, statuses
    complete/incomplete, each task with uuid and body; every table row has as many cells as the colgroup has cols;
    <time datetime> valid dates; ri:user account ids in Atlassian's two forms; layout-section types known;
  - 159: the file is json.dumps(…, indent=2, ensure_ascii=False) + "\\n"; post uris at://<author did>/
    app.bsky.feed.post/<rkey> with the rkey the TID of createdAt; CIDs bafyrei + 52 base32; record keys (at every
    depth) in DAG-CBOR order; reply.root = the thread root, reply.parent = the enclosing post (uri and cid); replies
    created after their parents; facet byte ranges inside the UTF-8 text, link facets showing the app's short form
    of their URL, tags "#tag", mentions "@handle" of the mentioned did; replyCount = listed replies (deleted ones
    excepted); indexedAt after createdAt; the #view embed equal to the record embed; at most 300 characters;
  - 160: HTML5 doctype; div.reveal > div.slides; tags balanced (void elements excepted); section ids unique;
    every aside.notes inside a section; Reveal.initialize with the plugins whose scripts are loaded; one reveal.js
    version in every CDN URL;
  - 161: well-formed TEI in the TEI namespace with GROBID's application element; biblStruct xml:ids b0…bN in
    order; every <ref type="bibr"> target and every figure/table ref defined; every biblStruct with a monogr and a
    raw_reference note; every arXiv idno, CoRR abs/ volume and ptr target also in its raw reference;
  - 162: CRLF only; entries closed by "=========="; each title line starts with U+FEFF and ends "(Author)"; meta
    line "- Your Highlight|Note|Bookmark on page N[ | Location A-B] | Added on …" or "… at location A-B | …" with the
    weekday right for the date; an empty line; bookmarks empty; entries in time order;
  - 163: YAML front matter first with license, base_model, tags, datasets, pipeline_tag and model-index; arxiv
    tags "arxiv:ID"; metric values numbers; the model-card template's sections; code fences balanced; table rows
    with the header's number of columns;
  - 164: commits "commit <40 hex>", unique; "Merge: <7> <7>" naming commits further down; Author and
    "Date:   Ddd Mon D HH:MM:SS YYYY +ZZZZ" lines with the right weekday; newest first; message lines indented by
    four spaces; merges without stat; stat lines in path order with the count equal to the +/- bar, names padded
    to one width, lines within 80 columns, and the summary line equal to their totals; "This reverts commit X"
    naming a commit;
  - 165: zip whose first member is "mimetype", stored, equal to the ODF text media type; every other member listed
    in META-INF/manifest.xml with a media type and every listed file present; parts well-formed with
    office:version 1.3; every bibliography mark's identifier with one set of attributes and one index entry
    "Identifier: Author, Title, Year" (and no index entry without a mark); meta:paragraph-count = the non-empty
    text:p/text:h of office:text;
  - 166: CRLF only, ASCII only; cards BEGIN:VCARD / VERSION:2.1 / N / FN … END:VCARD; non-ASCII values only as
    CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE with every byte =XX, soft-broken lines of at most 75 characters ending
    in "="; the PHOTO block valid base64 of a JPEG.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks."""
import base64, binascii, html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone
from html.entities import name2codepoint
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

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


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


# ---------------------------------------------------------------- readers

def ris_records(raw):
    recs, cur = [], None
    for line in raw.replace("\r\n", "\n").split("\n"):
        m = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        if not m:
            continue
        tag, val = m.groups()
        if tag == "TY":
            cur = [("TY", val)]
        elif tag == "ER":
            if cur is not None: recs.append(cur)
            cur = None
        elif cur is not None:
            cur.append((tag, val))
    return recs


def ris_text(raw):
    out = [raw.replace("\r", "")]
    for r in ris_records(raw):
        d = {}
        for t, v in r: d.setdefault(t, []).append(v)
        out.append(" | ".join("; ".join(d.get(t, [])) for t in ("TI", "T2", "JO", "UR", "DO", "N1")))
    return out


AC_NS = "http://atlassian.com/content"
RI_NS = "http://atlassian.com/resource/identifier"


def conf_tree(raw):
    def ent(m):
        n = m.group(1)
        if n in ("amp", "lt", "gt", "quot", "apos"): return m.group(0)
        return f"&#{name2codepoint[n]};" if n in name2codepoint else m.group(0)
    body = re.sub(r"&([a-zA-Z]+);", ent, raw)
    return ET.fromstring(f'<root xmlns:ac="{AC_NS}" xmlns:ri="{RI_NS}">{body}</root>')


def conf_text(raw):
    root = conf_tree(raw)
    out, extra = [], []

    def walk(el):
        if el.text: out.append(el.text)
        for c in el:
            walk(c)
            if c.tag == "a" and c.get("href"): out.append(f" <{c.get('href')}>")
            if c.tag in ("p", "li", "tr", "th", "td", "h1", "h2", "h3"): out.append("\n")
            if c.tail: out.append(c.tail)
    walk(root)
    for el in root.iter():
        for k, v in el.attrib.items():
            if k in (f"{{{RI_NS}}}value", f"{{{RI_NS}}}filename", f"{{{RI_NS}}}content-title"):
                extra.append(v)
    return ["".join(out), "\n".join(extra)]


def short_url(url):
    u = urlsplit(url)
    path = ("" if u.path == "/" else u.path) + (("?" + u.query) if u.query else "") + (("#" + u.fragment) if u.fragment else "")
    return u.netloc + (path[:13] + "..." if len(path) > 15 else path)


def bsky_posts(node, parent=None):
    if node.get("$type") != "app.bsky.feed.defs#threadViewPost":
        yield None, node, parent
        return
    yield node["post"], node, parent
    for r in node.get("replies", []):
        yield from bsky_posts(r, node)


def bsky_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for post, node, parent in bsky_posts(d["thread"]):
        if not post: continue
        rec = post["record"]
        b = rec["text"].encode()
        for fc in sorted(rec.get("facets", []), key=lambda x: -x["index"]["byteStart"]):
            for ft in fc["features"]:
                if ft["$type"].endswith("#link"):
                    b = b[:fc["index"]["byteStart"]] + ft["uri"].encode() + b[fc["index"]["byteEnd"]:]
        out.append(b.decode())
        ext = rec.get("embed", {}).get("external")
        if ext: out.append(f"{ext['title']} <{ext['uri']}>")
    return out


class Deck(HTMLParser):
    VOID = {"meta", "link", "br", "img", "hr", "input", "source", "col", "area", "base", "embed", "param", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.stack, self.problems, self.ids, self.hrefs = [], [], [], Counter(), []
        self.sections, self.notes_outside, self.skip = 0, 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"): self.ids[a["id"]] += 1
        if tag == "section": self.sections += 1
        if tag == "aside" and "notes" in (a.get("class") or "") and "section" not in self.stack: self.notes_outside += 1
        if tag in ("script", "style"): self.skip += 1
        if tag not in self.VOID: self.stack.append(tag)
        self.hrefs.append(a.get("href") if tag == "a" else None)

    def handle_endtag(self, tag):
        if tag in self.VOID: return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag: pass
            return
        self.stack.pop()
        if tag in ("script", "style"): self.skip -= 1
        if tag == "a":
            href = next((h for h in reversed(self.hrefs) if h), None)
            if href: self.out.append(f" <{href}>")
        if tag in ("p", "li", "section", "aside", "h1", "h2", "h3", "span", "div"): self.out.append("\n")

    def handle_data(self, data):
        if not self.skip: self.out.append(data)


def deck_text(raw):
    d = Deck(); d.feed(raw); d.close()
    return ["".join(d.out)]


TEI = "{http://www.tei-c.org/ns/1.0}"


def tei_text(raw):
    root = ET.fromstring(raw.encode())
    out = []
    for b in root.iter(TEI + "biblStruct"):
        parts = [t.strip() for el in b for t in el.itertext() if t.strip() and el.tag != TEI + "note"]
        parts += [p.get("target") for p in b.iter(TEI + "ptr")]
        out.append(" | ".join(parts))
        out.append(b.findtext(TEI + "note") or "")
    body = root.find(f"{TEI}text/{TEI}body")
    if body is not None: out.append(" ".join(body.itertext()))
    return out


def kindle_entries(raw):
    return [e for e in raw.split("==========\r\n") if e.strip()]


def kindle_text(raw):
    out = [raw.replace("\ufeff", "").replace("\r", "")]
    for e in kindle_entries(raw):
        ls = e.replace("\ufeff", "").split("\r\n")
        out.append(ls[0] + " | " + " ".join(ls[3:]).strip())
    return out


def md_text(raw):
    return [re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r"\1 <\2>", raw)]


def gitlog_commits(raw):
    return [c for c in re.split(r"(?m)^(?=commit [0-9a-f]{40}$)", raw) if c.startswith("commit ")]


def gitlog_text(raw):
    out = []
    for c in gitlog_commits(raw):
        msg = [l[4:] for l in c.split("\n") if l.startswith("    ")]
        out.append(re.sub(r"\s+", " ", " ".join(msg)))
        out += [l.split("|")[0].strip() for l in c.split("\n") if re.match(r"^ \S.* \| +\d+", l)]
    return ["\n".join(out)]


OTX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OOF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
XL = "{http://www.w3.org/1999/xlink}"


def odt_parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n) for n in z.namelist()}


def odt_par(el):
    buf = []

    def walk(e):
        if e.text: buf.append(e.text)
        for c in e:
            if c.tag == OTX + "s": buf.append(" " * int(c.get(OTX + "c", "1")))
            elif c.tag == OTX + "tab": buf.append("\t")
            elif c.tag == OTX + "line-break": buf.append("\n")
            else:
                walk(c)
                if c.tag == OTX + "a": buf.append(f" <{c.get(XL + 'href')}>")
            if c.tail: buf.append(c.tail)
    walk(el)
    return "".join(buf)


def odt_text(path):
    z, parts = odt_parts(path)
    root = ET.fromstring(parts["content.xml"])
    out = [odt_par(p) for p in root.iter() if p.tag in (OTX + "p", OTX + "h")]
    for m in root.iter(OTX + "bibliography-mark"):
        out.append(" | ".join(m.get(OTX + k, "") for k in ("identifier", "bibliography-type", "title", "author",
                                                           "journal", "booktitle", "note", "url")))
    return ["\n".join(out)]


def vcard_lines(raw):
    """logical lines: QP soft breaks joined; the PHOTO block dropped"""
    out, lines, i = [], raw.split("\r\n"), 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("PHOTO;"):
            i += 1
            while i < len(lines) and lines[i].startswith(" "): i += 1
            continue
        while "ENCODING=QUOTED-PRINTABLE" in l.split(":", 1)[0] and l.endswith("=") and i + 1 < len(lines):
            i += 1; l = l[:-1] + lines[i]
        out.append(l); i += 1
    return out


def qp_decode(v):
    return re.sub(rb"=([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), v.encode("ascii", "replace")).decode("utf-8", "replace")


def vcard_text(raw):
    cards, cur = [], []
    for l in vcard_lines(raw):
        if ":" not in l: continue
        name, val = l.split(":", 1)
        if "QUOTED-PRINTABLE" in name: val = qp_decode(val)
        if name == "BEGIN": cur = []
        elif name == "END": cards.append(" | ".join(cur))
        else: cur.append(val)
    return ["\n".join(cards)]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 157: forms += ris_text(raw)
    if n == 158: forms += conf_text(raw)
    if n == 159: forms += bsky_text(raw)
    if n == 160: forms += deck_text(raw)
    if n == 161: forms += tei_text(raw)
    if n == 162: forms += kindle_text(raw)
    if n == 163: forms += md_text(raw)
    if n == 164: forms += gitlog_text(raw)
    if n == 165: forms += odt_text(path)
    if n == 166: forms += vcard_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

RIS_TYPES = {"ABST", "BOOK", "CHAP", "COMP", "CONF", "CPAPER", "DATA", "ELEC", "GEN", "JOUR", "MGZN", "RPRT", "THES", "UNPB"}


def check_ris(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: BOM")
    bare = len(re.findall(r"(?<!\r)\n", raw))
    if bare: errors.append(f"{f}: {bare} bare LF line end(s)")
    lines = [l[:-1] if l.endswith("\r") else l for l in raw.split("\n")]
    if lines[-1] != "": errors.append(f"{f}: no final line end")
    state, tags, ids, types, i = "out", [], Counter(), set(), 0
    for i, l in enumerate(lines[:-1], 1):
        if l == "":
            if state == "in": errors.append(f"{f}: empty line inside a record at line {i}")
            state = "out"; continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: errors.append(f"{f}: line {i} not a RIS tag line: {l[:40]!r}"); continue
        tag, val = m.groups()
        if tag == "TY":
            if state != "out": errors.append(f"{f}: TY at line {i} without an empty line before")
            if val not in RIS_TYPES: errors.append(f"{f}: type {val}")
            state, tags = "in", []; types.add(val); continue
        if state != "in": errors.append(f"{f}: {tag} outside a record at line {i}"); continue
        if tag == "ER":
            if val: errors.append(f"{f}: ER with a value")
            if "TI" not in tags: errors.append(f"{f}: record ending at line {i} without TI")
            if tags != sorted(tags): errors.append(f"{f}: tags not in alphabetical order in the record ending at line {i}: {tags}")
            state = "er"; continue
        if state == "er": errors.append(f"{f}: line {i} after ER without an empty line")
        if tag == "ID": ids[val] += 1
        tags.append(tag)
    if state == "in": errors.append(f"{f}: last record not closed")
    for k, n in ids.items():
        if n > 1: errors.append(f"{f}: ID {k} twice")
    for t in ("BOOK", "ELEC", "COMP", "GEN", "THES"):
        if t not in types: errors.append(f"{f}: no {t} record")


UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def check_confluence(f, raw):
    if "\n" in raw: errors.append(f"{f}: storage format saved with line breaks")
    if raw.startswith("<?xml"): errors.append(f"{f}: XML declaration")
    try:
        root = conf_tree(raw)
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    A, R = f"{{{AC_NS}}}", f"{{{RI_NS}}}"
    mids = Counter()
    for m in root.iter(A + "structured-macro"):
        if not m.get(A + "name"): errors.append(f"{f}: macro without ac:name")
        mid = m.get(A + "macro-id") or ""
        if not re.fullmatch(UUID4, mid): errors.append(f"{f}: macro {m.get(A + 'name')} macro-id {mid!r}")
        mids[mid] += 1
    for k, n in mids.items():
        if n > 1: errors.append(f"{f}: macro-id {k} used {n} times")
    parent = {c: p for p in root.iter() for c in p}
    for prm in root.iter(A + "parameter"):
        if parent[prm].tag != A + "structured-macro": errors.append(f"{f}: ac:parameter outside a macro")
    tids = Counter()
    for t in root.iter(A + "task"):
        tids[t.findtext(A + "task-id")] += 1
        if not re.fullmatch(r"\d+", t.findtext(A + "task-id") or ""): errors.append(f"{f}: task id")
        if t.findtext(A + "task-status") not in ("complete", "incomplete"): errors.append(f"{f}: task status")
        if not re.fullmatch(UUID4, t.findtext(A + "task-uuid") or ""): errors.append(f"{f}: task uuid")
        if t.find(A + "task-body") is None: errors.append(f"{f}: task without body")
    for k, n in tids.items():
        if n > 1: errors.append(f"{f}: task id {k} twice")
    for tb in root.iter("table"):
        ncol = len(tb.findall("colgroup/col"))
        for i, tr in enumerate(tb.iter("tr")):
            cells = [c for c in tr if c.tag in ("td", "th")]
            if len(cells) != ncol: errors.append(f"{f}: table row {i} has {len(cells)} cells for {ncol} cols")
    for t in root.iter("time"):
        try:
            datetime.strptime(t.get("datetime"), "%Y-%m-%d")
        except (TypeError, ValueError):
            errors.append(f"{f}: time {t.get('datetime')}")
    for u in root.iter(R + "user"):
        if not re.fullmatch(r"[0-9a-f]{24}|\d{6}:" + UUID4, u.get(R + "account-id") or ""):
            errors.append(f"{f}: account id {u.get(R + 'account-id')}")
    for s in root.iter(A + "layout-section"):
        if s.get(A + "type") not in ("single", "fixed-width", "two_equal", "two_left_sidebar", "two_right_sidebar",
                                      "three_equal", "three_with_sidebars"): errors.append(f"{f}: layout {s.get(A + 'type')}")


B32 = "234567abcdefghijklmnopqrstuvwxyz"


def tid_time(rkey):
    v = 0
    for ch in rkey: v = v * 32 + B32.index(ch)
    return (v >> 10)


def cbor_order(keys):
    return sorted(keys, key=lambda k: (len(k.encode()), k.encode()))


def check_cbor(f, o, where):
    if isinstance(o, dict):
        if list(o) != cbor_order(o): errors.append(f"{f}: {where}: keys {list(o)} not in DAG-CBOR order")
        for k, v in o.items(): check_cbor(f, v, where + "." + k)
    elif isinstance(o, list):
        for v in o: check_cbor(f, v, where)


def iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def check_bsky(f, raw):
    d = json.loads(raw)
    if raw != json.dumps(d, indent=2, ensure_ascii=False) + "\n": errors.append(f"{f}: not as jq prints it")
    root = d["thread"]
    if root.get("$type") != "app.bsky.feed.defs#threadViewPost": errors.append(f"{f}: thread root type")
    handles = {}
    for post, node, parent in bsky_posts(root):
        if post: handles[post["author"]["did"]] = post["author"]["handle"]
    ruri, rcid = root["post"]["uri"], root["post"]["cid"]
    for post, node, parent in bsky_posts(root):
        if not post:
            if node.get("$type") != "app.bsky.feed.defs#notFoundPost" or not node.get("notFound"): errors.append(f"{f}: odd node {node.get('$type')}")
            continue
        uri, rec = post["uri"], post["record"]
        m = re.fullmatch(r"at://(did:plc:[a-z2-7]{24})/app\.bsky\.feed\.post/([2-7a-z]{13})", uri)
        if not m or m.group(1) != post["author"]["did"]: errors.append(f"{f}: uri {uri}"); continue
        ct = iso(rec["createdAt"])
        if tid_time(m.group(2)) != int(ct.timestamp() * 1_000_000): errors.append(f"{f}: rkey {m.group(2)} is not the TID of {rec['createdAt']}")
        if not re.fullmatch(r"bafyrei[a-z2-7]{52}", post["cid"]): errors.append(f"{f}: cid {post['cid']}")
        check_cbor(f, rec, uri[-13:])
        if parent is None:
            if "reply" in rec: errors.append(f"{f}: root with a reply ref")
        else:
            rp = rec.get("reply")
            if not rp or rp["root"] != {"cid": rcid, "uri": ruri}: errors.append(f"{f}: {uri[-13:]} reply.root")
            if not rp or rp["parent"] != {"cid": parent["post"]["cid"], "uri": parent["post"]["uri"]}: errors.append(f"{f}: {uri[-13:]} reply.parent")
            if ct <= iso(parent["post"]["record"]["createdAt"]): errors.append(f"{f}: {uri[-13:]} created before its parent")
        if iso(post["indexedAt"]) < ct: errors.append(f"{f}: {uri[-13:]} indexed before created")
        if len(rec["text"]) > 300: errors.append(f"{f}: {uri[-13:]} longer than 300 characters")
        b = rec["text"].encode()
        for fc in rec.get("facets", []):
            s, e = fc["index"]["byteStart"], fc["index"]["byteEnd"]
            if not 0 <= s < e <= len(b): errors.append(f"{f}: {uri[-13:]} facet range {s}-{e}"); continue
            shown = b[s:e].decode("utf-8", "replace")
            for ft in fc["features"]:
                t = ft["$type"]
                if t.endswith("#link") and shown != short_url(ft["uri"]): errors.append(f"{f}: {uri[-13:]} link shown as {shown!r} for {ft['uri']}")
                if t.endswith("#tag") and shown != "#" + ft["tag"]: errors.append(f"{f}: {uri[-13:]} tag {shown!r}")
                if t.endswith("#mention") and shown != "@" + handles.get(ft["did"], "?"): errors.append(f"{f}: {uri[-13:]} mention {shown!r}")
        listed = [r for r in node["replies"] if r.get("$type") == "app.bsky.feed.defs#threadViewPost"]
        if post["replyCount"] != len(listed): errors.append(f"{f}: {uri[-13:]} replyCount {post['replyCount']} for {len(listed)} replies")
        if "embed" in rec:
            v, x = post.get("embed", {}).get("external", {}), rec["embed"]["external"]
            if (v.get("uri"), v.get("title"), v.get("description")) != (x["uri"], x["title"], x["description"]): errors.append(f"{f}: {uri[-13:]} embed view differs")


def check_deck(f, raw):
    if not raw.startswith("<!doctype html>"): errors.append(f"{f}: doctype")
    d = Deck(); d.feed(raw); d.close()
    for p in d.problems: errors.append(f"{f}: {p}")
    if d.stack: errors.append(f"{f}: unclosed {d.stack}")
    for k, n in d.ids.items():
        if n > 1: errors.append(f"{f}: id {k} {n} times")
    if d.notes_outside: errors.append(f"{f}: speaker notes outside a section")
    if not re.search(r'<div class="reveal">\s*<div class="slides">', raw): errors.append(f"{f}: no div.reveal > div.slides")
    if d.sections < 5: errors.append(f"{f}: {d.sections} sections")
    vers = set(re.findall(r"reveal\.js@([\d.]+)", raw))
    if len(vers) != 1: errors.append(f"{f}: reveal.js versions {vers}")
    m = re.search(r"plugins:\s*\[([^\]]*)\]", raw)
    want = {"notes/notes.js": "RevealNotes", "highlight/highlight.js": "RevealHighlight", "math/math.js": "RevealMath"}
    if "Reveal.initialize(" not in raw or not m: errors.append(f"{f}: no Reveal.initialize with plugins")
    else:
        for js, name in want.items():
            if (js in raw) != (name in m.group(1)): errors.append(f"{f}: plugin {name} and its script disagree")


def check_tei(f, raw):
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if root.tag != TEI + "TEI": errors.append(f"{f}: root {root.tag}")
    app = root.find(f".//{TEI}appInfo/{TEI}application")
    if app is None or app.get("ident") != "GROBID" or not re.fullmatch(r"\d+\.\d+\.\d+", app.get("version") or ""):
        errors.append(f"{f}: no GROBID application element")
    XID = "{http://www.w3.org/XML/1998/namespace}id"
    bibs = list(root.iter(TEI + "listBibl"))[0].findall(TEI + "biblStruct") if list(root.iter(TEI + "listBibl")) else []
    ids = [b.get(XID) for b in bibs]
    if ids != [f"b{i}" for i in range(len(ids))]: errors.append(f"{f}: biblStruct ids {ids}")
    allids = {e.get(XID) for e in root.iter() if e.get(XID)}
    for r in root.iter(TEI + "ref"):
        t = r.get("target")
        if r.get("type") in ("bibr", "figure", "table") and (not t or t[1:] not in allids): errors.append(f"{f}: {r.get('type')} ref {t} undefined")
    for b in bibs:
        rawref = b.findtext(f"{TEI}note[@type='raw_reference']")
        if b.find(TEI + "monogr") is None: errors.append(f"{f}: {b.get(XID)} without monogr")
        if not rawref: errors.append(f"{f}: {b.get(XID)} without raw_reference"); continue
        for i in b.iter(TEI + "idno"):
            if i.get("type") == "arXiv" and i.text.replace("arXiv:", "") not in rawref: errors.append(f"{f}: {b.get(XID)} idno not in raw")
        for s in b.iter(TEI + "biblScope"):
            if (s.text or "").startswith("abs/") and s.text not in rawref: errors.append(f"{f}: {b.get(XID)} CoRR volume not in raw")
        for p in b.iter(TEI + "ptr"):
            if p.get("target") not in rawref: errors.append(f"{f}: {b.get(XID)} ptr {p.get('target')} not in raw")


KMETA = re.compile(r"- Your (Highlight|Note|Bookmark) (?:on page \d+(?: \| Location \d+(?:-\d+)?)?|at location \d+(?:-\d+)?) "
                   r"\| Added on (\w+), (\d{1,2}) (\w+) (\d{4}) (\d\d:\d\d:\d\d)")


def check_kindle(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    if not raw.endswith("==========\r\n"): errors.append(f"{f}: does not end with a separator")
    last = None
    for i, e in enumerate(kindle_entries(raw)):
        ls = e.split("\r\n")
        if not ls[0].startswith("\ufeff"): errors.append(f"{f}: entry {i} title line without BOM")
        if not re.search(r"\([^()]+\)$", ls[0]): errors.append(f"{f}: entry {i} title line {ls[0][:40]!r}")
        m = KMETA.fullmatch(ls[1]) if len(ls) > 1 else None
        if not m: errors.append(f"{f}: entry {i} meta line {ls[1] if len(ls) > 1 else None!r}"); continue
        kind, wd, day, month, year, hms = m.groups()
        try:
            t = datetime.strptime(f"{day} {month} {year} {hms}", "%d %B %Y %H:%M:%S")
        except ValueError:
            errors.append(f"{f}: entry {i} date"); continue
        if t.strftime("%A") != wd: errors.append(f"{f}: entry {i} {wd} for {t:%A}")
        if last and t < last: errors.append(f"{f}: entry {i} older than the one before")
        last = t
        if len(ls) < 4 or ls[2] != "" or ls[-1] != "": errors.append(f"{f}: entry {i} layout")
        elif (kind == "Bookmark") != (ls[3] == ""): errors.append(f"{f}: entry {i} {kind} text")


def check_model_card(f, raw):
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no front matter"); return
    fm = m.group(1)
    for k in ("license", "base_model", "tags", "datasets", "pipeline_tag", "model-index", "library_name"):
        if not re.search(rf"^{k}:", fm, re.M): errors.append(f"{f}: front matter without {k}")
    for t in re.findall(r"^- (arxiv:.*)$", fm, re.M):
        if not re.fullmatch(r"arxiv:\d{4}\.\d{4,5}", t): errors.append(f"{f}: tag {t}")
    for v in re.findall(r"^\s+value: (.*)$", fm, re.M):
        if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(f"{f}: metric value {v}")
    for h in ("## Model Details", "## Uses", "## Bias, Risks, and Limitations", "## Training Details", "## Evaluation",
              "## Environmental Impact", "### Framework versions"):
        if not re.search(rf"^{re.escape(h)}", raw, re.M): errors.append(f"{f}: no {h}")
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    body = re.sub(r"```.*?```", "", raw, flags=re.S)
    for tbl in re.findall(r"(?:^\|.*\|\n)+", body, re.M):
        rows = tbl.strip("\n").split("\n")
        n = rows[0].count("|")
        for r in rows:
            if r.count("|") != n: errors.append(f"{f}: table row {r[:40]!r}")
        if not re.fullmatch(r"\|(?:\s*:?-+:?\s*\|)+", rows[1]): errors.append(f"{f}: table separator {rows[1]!r}")


def check_gitlog(f, raw):
    commits = gitlog_commits(raw)
    if len(commits) < 10: errors.append(f"{f}: {len(commits)} commits")
    hashes = [c.split("\n", 1)[0][7:] for c in commits]
    for k, n in Counter(hashes).items():
        if n > 1: errors.append(f"{f}: commit {k} twice")
    last = None
    for j, c in enumerate(commits):
        ls = c.rstrip("\n").split("\n")
        h = hashes[j]
        i = 1
        if ls[i].startswith("Merge: "):
            for p in ls[i][7:].split():
                if not re.fullmatch(r"[0-9a-f]{7}", p) or not any(x.startswith(p) for x in hashes[j + 1:]): errors.append(f"{f}: {h[:7]} parent {p}")
            merge = True; i += 1
        else:
            merge = False
        if not re.fullmatch(r"Author: [^<>]+ <[^<>@\s]+@[^<>\s]+>", ls[i]): errors.append(f"{f}: {h[:7]} author line")
        m = re.fullmatch(r"Date:   (\w{3}) (\w{3}) (\d{1,2}) (\d\d:\d\d:\d\d) (\d{4}) ([+-]\d{4})", ls[i + 1])
        if not m: errors.append(f"{f}: {h[:7]} date line {ls[i + 1]!r}"); continue
        t = datetime.strptime(f"{m.group(3)} {m.group(2)} {m.group(5)} {m.group(4)} {m.group(6)}", "%d %b %Y %H:%M:%S %z")
        if t.strftime("%a") != m.group(1): errors.append(f"{f}: {h[:7]} weekday")
        if last and t > last: errors.append(f"{f}: {h[:7]} newer than the commit above it")
        last = t
        if ls[i + 2] != "": errors.append(f"{f}: {h[:7]} no empty line after Date")
        rest = ls[i + 3:]
        msg = [l for l in rest if l.startswith("    ") or l == ""]
        stat = [l for l in rest if l.startswith(" ") and not l.startswith("    ")]
        if any(not (l.startswith("    ") or l == "" or l in stat) for l in rest): errors.append(f"{f}: {h[:7]} odd line")
        if merge:
            if stat: errors.append(f"{f}: merge {h[:7]} with a stat")
            continue
        if not stat: errors.append(f"{f}: {h[:7]} without a stat"); continue
        files, summ = stat[:-1], stat[-1]
        ins = dels = 0
        widths = set()
        for l in files:
            if len(l) > 80: errors.append(f"{f}: {h[:7]} stat line longer than 80")
            sm = re.fullmatch(r" (\S.*?)( *) \| ( *\d+) (\+*)(-*)", l)
            if not sm: errors.append(f"{f}: {h[:7]} stat line {l!r}"); continue
            name, pad, cnt, plus, minus = sm.groups()
            widths.add((len(name) + len(pad), len(cnt)))
            if int(cnt) != len(plus) + len(minus): errors.append(f"{f}: {h[:7]} {name}: {cnt.strip()} for a bar of {len(plus) + len(minus)}")
            ins += len(plus); dels += len(minus)
        if len(widths) > 1: errors.append(f"{f}: {h[:7]} stat columns not aligned")
        names = [re.match(r" (\S+)", l).group(1) for l in files]
        if names != sorted(names): errors.append(f"{f}: {h[:7]} stat paths not in git's order")
        n = len(files)
        want = f" {n} file{'s' if n > 1 else ''} changed" + (f", {ins} insertion{'s' if ins > 1 else ''}(+)" if ins else "") + \
               (f", {dels} deletion{'s' if dels > 1 else ''}(-)" if dels else "")
        if summ != want: errors.append(f"{f}: {h[:7]} summary {summ!r} != {want!r}")
    for r in re.findall(r"This reverts commit ([0-9a-f]{40})", raw):
        if r not in hashes: errors.append(f"{f}: reverts unknown commit {r[:7]}")


def check_odt(f, path):
    try:
        z, parts = odt_parts(path)
    except zipfile.BadZipFile:
        errors.append(f"{f}: not a zip"); return
    infos = z.infolist()
    MT = "application/vnd.oasis.opendocument.text"
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or parts["mimetype"] != MT.encode():
        errors.append(f"{f}: mimetype is not the first, stored member")
    try:
        man = ET.fromstring(parts["META-INF/manifest.xml"])
    except (KeyError, ET.ParseError) as ex:
        errors.append(f"{f}: manifest: {ex!r}"); return
    M = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
    listed = {e.get(M + "full-path"): e.get(M + "media-type") for e in man}
    if listed.get("/") != MT: errors.append(f"{f}: manifest root media type")
    for n in parts:
        if n not in ("mimetype", "META-INF/manifest.xml") and not listed.get(n): errors.append(f"{f}: {n} not in the manifest")
    for n in listed:
        if n != "/" and n not in parts: errors.append(f"{f}: manifest lists missing {n}")
    for n, b in parts.items():
        if n.endswith((".xml", ".rdf")):
            try:
                r = ET.fromstring(b)
            except ET.ParseError as ex:
                errors.append(f"{f}: {n} not well-formed: {ex}"); return
            if n in ("content.xml", "styles.xml", "meta.xml", "settings.xml") and r.get(OOF + "version") != "1.3":
                errors.append(f"{f}: {n} office:version {r.get(OOF + 'version')}")
    root = ET.fromstring(parts["content.xml"])
    marks = {}
    for m in root.iter(OTX + "bibliography-mark"):
        k = m.get(OTX + "identifier")
        if k in marks and marks[k] != dict(m.attrib): errors.append(f"{f}: mark {k} with two sets of fields")
        marks[k] = dict(m.attrib)
        if "".join(m.itertext()) != f"[{k}]": errors.append(f"{f}: mark {k} shows {''.join(m.itertext())!r}")
    body = root.find(f".//{OTX}bibliography/{OTX}index-body")
    entries = {}
    for p in (body.findall(OTX + "p") if body is not None else []):
        t = "".join(p.itertext())
        if ": " in t: entries[t.split(": ", 1)[0]] = t
    for k, a in marks.items():
        want = f"{k}: {a.get(OTX + 'author', '')}, {a.get(OTX + 'title')}, {a.get(OTX + 'year')}"
        if entries.get(k) != want: errors.append(f"{f}: index entry for {k} is {entries.get(k)!r}")
    for k in entries:
        if k not in marks: errors.append(f"{f}: index entry {k} without a mark")
    text = root.find(f".//{OOF}text")
    n = sum(1 for el in text.iter() if el.tag in (OTX + "p", OTX + "h") and "".join(el.itertext()).strip())
    meta = ET.fromstring(parts["meta.xml"])
    st = meta.find(".//{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}document-statistic")
    if st is None or st.get("{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}paragraph-count") != str(n):
        errors.append(f"{f}: meta paragraph-count != {n}")


def check_vcard(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character (must be quoted-printable)")
    phys = raw.split("\r\n")
    for i, l in enumerate(phys):
        first = re.match(r"[A-Z][A-Z0-9;=\-]*QUOTED-PRINTABLE:", l)
        if l.startswith("=") and len(l) > 75: errors.append(f"{f}: QP line {i + 1} longer than 75")
        if first and len(l) - first.end() > 75: errors.append(f"{f}: QP line {i + 1}: first chunk longer than 75")
    state, nprops, i = "out", 0, 0
    lines = vcard_lines(raw)
    for l in lines:
        if l == "": continue
        if l == "BEGIN:VCARD":
            if state != "out": errors.append(f"{f}: nested BEGIN")
            state, props = "in", []; continue
        if l == "END:VCARD":
            if state != "in": errors.append(f"{f}: END without BEGIN")
            if props[:3] != ["VERSION", "N", "FN"]: errors.append(f"{f}: card starts {props[:3]}")
            state = "out"; continue
        if ":" not in l: errors.append(f"{f}: line {l[:30]!r}"); continue
        name, val = l.split(":", 1)
        props.append(name.split(";")[0])
        if props[-1] == "VERSION" and val != "2.1": errors.append(f"{f}: VERSION {val}")
        if "QUOTED-PRINTABLE" in name:
            if "CHARSET=UTF-8" not in name: errors.append(f"{f}: QP without CHARSET=UTF-8")
            if not re.fullmatch(r"(?:=[0-9A-F]{2})+", val): errors.append(f"{f}: {props[-1]} not fully =XX-encoded")
            try:
                qp_decode(val).encode()
                re.sub(rb"=([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), val.encode()).decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{f}: {props[-1]} not UTF-8 after decoding")
    if state != "out": errors.append(f"{f}: last card not closed")
    pm = re.search(r"PHOTO;ENCODING=BASE64;JPEG:(\S+)\r\n((?: \S+\r\n)*)\r\n", raw)
    if "PHOTO;" in raw:
        if not pm: errors.append(f"{f}: PHOTO block layout")
        else:
            try:
                data = base64.b64decode(pm.group(1) + pm.group(2).replace(" ", "").replace("\r\n", ""), validate=True)
                if not data.startswith(b"\xff\xd8") or not data.endswith(b"\xff\xd9"): errors.append(f"{f}: PHOTO not a JPEG")
            except binascii.Error:
                errors.append(f"{f}: PHOTO not base64")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 157: check_ris(f, raw)
    if n == 158: check_confluence(f, raw)
    if n == 159: check_bsky(f, raw)
    if n == 160: check_deck(f, raw)
    if n == 161: check_tei(f, raw)
    if n == 162: check_kindle(f, raw)
    if n == 163: check_model_card(f, raw)
    if n == 164: check_gitlog(f, raw)
    if n == 165: check_odt(f, path)
    if n == 166: check_vcard(f, raw)


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
    if f.endswith(".odt"):
        try:
            raw = "\n".join(v.decode("utf-8") for k, v in odt_parts(path)[1].items() if k.endswith((".xml", ".rdf")) or k == "mimetype")
        except (zipfile.BadZipFile, UnicodeDecodeError):
            raw = ""
    else:
        raw = open(path, encoding="utf-8", newline="").read()
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=([\w-]+)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier rounds used each paper
used = Counter()
for r in ("round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13"):
    pth = os.path.join(ROOT, "..", r, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:58s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier-round uses of the papers (rounds 5-13): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"papers in more than one round14 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
