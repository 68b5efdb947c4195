#!/usr/bin/env python3
"""Checks round12/expected.json against the digests and the shared catalogues.

Adapted from round11/validate.py. Each digest is read in its raw form (UTF-8 text; for the .docx the XML parts of
the zip, concatenated) and in decoded forms, the way a reader of that shape would see it:
  - Word .docx (137): unzipped; document.xml walked paragraph by paragraph (table cells included) with the w:t runs
    joined (inside w:hyperlink and w:ins too), w:noBreakHyphen read as "-", w:tab as a tab, w:delText left out;
    each w:hyperlink followed by its relationship target from word/_rels/document.xml.rels, each field instruction
    (w:instrText, e.g. HYPERLINK "url") kept; a second form with deleted text kept; comments, header and footer;
  - WordPad .rtf (137): RTF decoded (groups, \\'xx in cp1252, \\uN? with \\uc skipping, \\ldblquote & co.,
    \\par as newline, font/colour tables and {\\*…} destinations dropped, \\lang runs inside words joined, the
    HYPERLINK field instruction kept as "<HYPERLINK url>" before the field result);
  - EndNote Refer .enw (139): as written (byte-order mark dropped), and record by record with tags removed;
  - Zotero RDF .rdf (140): parsed, every text node and every rdf:about / rdf:resource value, per node; the notes'
    escaped HTML also tag-stripped;
  - Roam JSON (141) and OpenReview JSON (142): every JSON string value;
  - mbox (144): split into messages and parsed with the email package: RFC 2047 headers decoded, each part's payload
    decoded (quoted-printable soft line breaks joined, base64 undone) in its charset, HTML parts also tag-stripped,
    the mboxo ">From " escaping undone;
  - HTML (145): entities undone, tags stripped, and also with the bidi marks U+200E / U+200F removed;
  - CSV (146): every cell;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Shape checks:
  - 137: a zip whose first member is [Content_Types].xml with an Override for every part, members dated 1980-01-01,
    every part well-formed XML; every r:id used in document.xml defined in document.xml.rels, every hyperlink
    relationship External; comment ranges/references match comments.xml ids; fldChar begin/separate/end balanced;
    numIds defined in numbering.xml; at least one w:ins, one w:del, one w:tbl, one w:noBreakHyphen;
  - 138: {\\rtf1\\ansi\\ansicpg1252 … Riched20 header, CRLF line ends, ends with "}" CRLF NUL, ASCII only, braces
    balanced, every \\fN and \\cfN defined in the tables, every \\uN followed by its "?" fallback, every field
    {\\field{\\*\\fldinst{HYPERLINK …}}{\\fldrslt{…}}};
  - 139: UTF-8 byte-order mark, CRLF, records separated by one empty line, each starting with %0 and a known
    reference type, only known tags, every record with %T; Computer Program, Web Page, Book, Thesis, Audiovisual
    Material, Dataset and Generic records present;
  - 140: rdf:RDF with the Zotero namespaces; every item has z:itemType and the element Zotero uses for that type;
    every link:link / dcterms:isReferencedBy / dcterms:hasPart / dcterms:isPartOf resource resolves; every
    attachment and memo has exactly one parent (or collection);
  - 141: one line; a list of pages with title/uid/create-time/edit-time (children optional: referenced-only pages
    have none); page titles unique; daily-note uids equal their titles' dates; block uids unique and 9 characters;
    every ((uid)) and every refs uid resolves to a block or an exported page; edit-time is not before create-time;
  - 142: {"notes": […], "count": len}; every content field is {"value": …}; submissions have id == forum, a
    /pdf/<40 hex>.pdf, venue/venueid, a _bibtex whose url is their forum unless withdrawn (withdrawn ones have
    none); replies point at a submission in the dump; cdate <= mdate;
  - 143: badges, "## Updated on YYYY.MM.DD", table of contents entries = sections, one "back to top" per section,
    every table row |**date**|**title**|First Author et.al.|[id](http://arxiv.org/abs/id)|code|, the date equal
    to the catalogue's v1 date of the id, badge references defined;
  - 144: "From " separator lines, no unescaped "From " line inside a message, four messages, RFC 2047 subjects,
    QP and base64 lines at most 76 characters, the newsletter multipart/alternative (QP text/plain + base64
    text/html), replies' In-Reply-To pointing at earlier Message-IDs;
  - 145: balanced tags, dir="rtl", WordPress markers, "N دیدگاه" equal to the number of comment and pingback items,
    every <time datetime> equal to its Solar Hijri date in Persian digits;
  - 146: every row as long as the header, issue keys unique, Parent ids existing, Created/Updated dates in Jira's
    format, CRLF row ends.
As before it fails on an unlabelled OpenReview id or an unlabelled catalogue/distractor title anywhere in a digest
(in any decoded form), and notes id-like strings."""
import base64, csv, email, html, io, json, mailbox, os, re, sys, tempfile, zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, date, timezone, timedelta
from email.header import decode_header, make_header
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


# ---------------------------------------------------------------- readers

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def docx_parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n).decode("utf-8") for n in z.namelist()}


def docx_text(xml, rels, keep_deleted=False):
    """paragraph texts of a WordprocessingML part, runs joined"""
    root = ET.fromstring(xml)
    out = []

    def walk(el, buf):
        tag = el.tag
        if tag == W + "t" or (keep_deleted and tag == W + "delText"):
            buf.append(el.text or "")
        elif tag == W + "noBreakHyphen":
            buf.append("-")
        elif tag == W + "tab":
            buf.append("\t")
        elif tag in (W + "br", W + "cr"):
            buf.append("\n")
        elif tag == W + "instrText":
            buf.append(" <" + (el.text or "").strip() + "> ")
        elif tag == W + "delText":
            pass
        if tag == W + "del" and not keep_deleted:
            return
        for c in el:
            walk(c, buf)
        if tag == W + "hyperlink" and el.get(RNS + "id") in rels:
            buf.append(" <" + rels[el.get(RNS + "id")] + "> ")

    for p in root.iter(W + "p"):
        buf = []
        for c in p:
            walk(c, buf)
        out.append("".join(buf))
    return "\n".join(out)


RTF_SYMS = {"ldblquote": "\u201c", "rdblquote": "\u201d", "lquote": "\u2018", "rquote": "\u2019",
            "endash": "\u2013", "emdash": "\u2014", "bullet": "\u2022", "tab": "\t", "par": "\n", "line": "\n",
            "~": "\u00a0", "_": "-", "-": ""}
RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "generator", "pict", "listtable", "listoverridetable",
            "pn", "themedata", "header", "footer"}


def rtf_text(raw, keep_fldinst=True):
    out, stack = [], []
    uc, skip, pending, i, n = 1, 0, 0, 0, len(raw)
    while i < n:
        c = raw[i]
        if c == "{":
            stack.append((uc, skip)); i += 1; continue
        if c == "}":
            uc, skip = stack.pop() if stack else (1, 0); i += 1; continue
        if c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)", raw[i:], re.S)
            i += m.end()
            if m.group(3):
                if pending:
                    pending -= 1; continue
                if not skip: out.append(bytes([int(m.group(3), 16)]).decode("cp1252"))
                continue
            if m.group(4):
                ch = m.group(4)
                if ch == "*":
                    skip = 1
                elif ch in "\\{}" and not skip:
                    out.append(ch)
                elif ch in RTF_SYMS and not skip:
                    out.append(RTF_SYMS[ch])
                continue
            word, arg = m.group(1), m.group(2)
            if word == "fldinst" and keep_fldinst:
                j, depth = i, 1
                while j < n and depth:
                    depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
                out.append(" <" + rtf_text(raw[i:j - 1], keep_fldinst=False).strip() + "> ")
                i = j - 1
                continue
            if word in RTF_SKIP:
                skip = 1; continue
            if word == "uc":
                uc = int(arg); continue
            if word == "u":
                if not skip:
                    v = int(arg); out.append(chr(v + 65536 if v < 0 else v))
                pending = uc; continue
            if word in RTF_SYMS and not skip:
                out.append(RTF_SYMS[word])
            continue
        i += 1
        if c in "\r\n\x00":
            continue
        if pending:
            pending -= 1; continue
        if not skip:
            out.append(c)
    return "".join(out)


def mbox_messages(raw):
    with tempfile.NamedTemporaryFile("w", suffix=".mbox", delete=False, encoding="utf-8", newline="") as t:
        t.write(raw)
    try:
        return [m for m in mailbox.mbox(t.name, create=False)]
    finally:
        os.unlink(t.name)


def mail_text(m):
    parts = []
    for k in ("Subject", "From", "To"):
        if m[k]:
            parts.append(f"{k}: " + str(make_header(decode_header(m[k]))))
    for part in m.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        text = payload.decode(part.get_content_charset() or "utf-8", "replace")
        text = re.sub(r"(?m)^>From ", "From ", text)
        parts.append(text)
        if part.get_content_type() == "text/html":
            parts.append(strip_tags(text))
    return "\n".join(parts)


def rdf_nodes(root):
    out = []
    for node in root:
        vals = [t.strip() for t in node.itertext() if t.strip()]
        for el in node.iter():
            for k, v in el.attrib.items():
                if k.endswith("}about") or k.endswith("}resource"):
                    vals.append(v)
        out.append(" | ".join(vals))
    return out


def decoded_forms(f, raw, path):
    forms = []
    if f.endswith(".docx"):
        z, parts = docx_parts(path)
        rels_root = ET.fromstring(parts["word/_rels/document.xml.rels"])
        rels = {r.get("Id"): r.get("Target") for r in rels_root}
        forms.append(docx_text(parts["word/document.xml"], rels))
        forms.append(docx_text(parts["word/document.xml"], rels, keep_deleted=True))
        for n in ("word/comments.xml", "word/header1.xml", "word/footer1.xml"):
            forms.append(docx_text(parts[n], {}))
        forms.append("\n".join(rels.values()))
    if f.endswith(".rtf"):
        forms.append(rtf_text(raw))
    if f.endswith(".enw"):
        recs = raw.lstrip("\ufeff").replace("\r\n", "\n").split("\n\n")
        forms += [" | ".join(l[3:] for l in r.split("\n")) for r in recs]
    if f.endswith(".rdf"):
        root = ET.fromstring(raw)
        nodes = rdf_nodes(root)
        forms += nodes + [strip_tags(x) for x in nodes]
    if f.endswith(".json"):
        forms.append("\n".join(json_strings(json.loads(raw))))
    if f.endswith(".mbox"):
        forms += [mail_text(m) for m in mbox_messages(raw)]
    if f.endswith(".html"):
        st = strip_tags(raw)
        forms += [html.unescape(raw), st, re.sub("[\u200e\u200f]", "", st)]
    if f.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(raw, newline="")))
        forms.append("\n".join(c for r in rows for c in r))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


class TagBalance(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
    LOOSE = {"p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "option", "html", "head", "body"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID and ":" not in tag:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID or ":" in tag:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t == tag: break
                if t not in self.LOOSE:
                    self.problems.append(f"<{t}> closed by </{tag}> at line {self.getpos()[0]}")
        else:
            self.problems.append(f"stray </{tag}> at line {self.getpos()[0]}")


# ---------------------------------------------------------------- shape checks

def check_docx(f, path):
    try:
        z, parts = docx_parts(path)
    except zipfile.BadZipFile:
        errors.append(f"{f}: not a zip"); return
    names = z.namelist()
    if names[0] != "[Content_Types].xml": errors.append(f"{f}: [Content_Types].xml is not the first member")
    for zi in z.infolist():
        if zi.date_time != (1980, 1, 1, 0, 0, 0): errors.append(f"{f}: {zi.filename} not dated 1980-01-01")
    for n, x in parts.items():
        try:
            ET.fromstring(x)
        except ET.ParseError as ex:
            errors.append(f"{f}: {n} is not well-formed: {ex}")
    for need in ("_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                 "word/numbering.xml", "word/comments.xml", "docProps/core.xml"):
        if need not in parts: errors.append(f"{f}: no {need}")
    ct = ET.fromstring(parts["[Content_Types].xml"])
    over = {o.get("PartName") for o in ct if o.tag.endswith("Override")}
    for n in names:
        if not n.endswith(".rels") and n != "[Content_Types].xml" and "/" + n not in over:
            errors.append(f"{f}: no content-type Override for {n}")
    rels = {r.get("Id"): r for r in ET.fromstring(parts["word/_rels/document.xml.rels"])}
    doc = parts["word/document.xml"]
    for rid in set(re.findall(r'r:id="(rId\d+)"', doc)):
        if rid not in rels: errors.append(f"{f}: {rid} not in document.xml.rels")
        elif rels[rid].get("Type").endswith("/hyperlink") and rels[rid].get("TargetMode") != "External":
            errors.append(f"{f}: hyperlink {rid} not External")
    for r in rels.values():
        if not r.get("Type").endswith("/hyperlink") and ("word/" + r.get("Target")) not in parts:
            errors.append(f"{f}: relationship target {r.get('Target')} missing")
    cids = set(re.findall(r'<w:comment w:id="(\d+)"', parts["word/comments.xml"]))
    for kind in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        got = set(re.findall(rf'<w:{kind} w:id="(\d+)"', doc))
        if got != cids: errors.append(f"{f}: {kind} ids {sorted(got)} != comments {sorted(cids)}")
    fc = re.findall(r'w:fldCharType="(\w+)"', doc)
    if "".join(x[0] for x in fc) != "bse" * (len(fc) // 3): errors.append(f"{f}: fldChar sequence {fc}")
    nums = set(re.findall(r'<w:num w:numId="(\d+)"', parts["word/numbering.xml"]))
    for n in set(re.findall(r'<w:numId w:val="(\d+)"', doc)):
        if n not in nums: errors.append(f"{f}: numId {n} not in numbering.xml")
    for t in ("<w:ins ", "<w:del ", "<w:tbl>", "<w:noBreakHyphen/>", "<w:hyperlink ", "<w:proofErr "):
        if t not in doc: errors.append(f"{f}: no {t.strip()} in document.xml")


def check_rtf(f, raw):
    if not raw.startswith("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat"): errors.append(f"{f}: header")
    if "{\\*\\generator Riched20 10.0." not in raw: errors.append(f"{f}: no Riched20 generator")
    if not raw.endswith("}\r\n\x00"): errors.append(f"{f}: does not end with }} CRLF NUL")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character")
    depth = 0
    for m in re.finditer(r"\\[\\{}]|[{}]", raw):
        depth += {"{": 1, "}": -1}.get(m.group(), 0)
        if depth < 0: errors.append(f"{f}: brace closes below zero"); break
    if depth: errors.append(f"{f}: braces unbalanced ({depth})")
    fonts = set(re.findall(r"\{\\f(\d+)\\f", raw.split("{\\colortbl")[0]))
    for x in set(re.findall(r"\\f(\d+)(?![\d])", raw.split("{\\*\\generator")[1])) - fonts:
        errors.append(f"{f}: font \\f{x} not in fonttbl")
    ncol = raw.split("{\\colortbl ;")[1].split("}")[0].count(";")
    for x in set(re.findall(r"\\cf(\d+)", raw)):
        if int(x) > ncol: errors.append(f"{f}: colour \\cf{x} not in colortbl")
    for m in re.finditer(r"\\u(-?\d+)", raw):
        if raw[m.end()] != "?": errors.append(f"{f}: \\u{m.group(1)} without fallback")
    fields = re.findall(r"\{\{\\field\{\\\*\\fldinst\{HYPERLINK (\"[^\"]+\"|\S+) \}\}\{\\fldrslt\{[^{}]*\}\}\}\}", raw)
    if len(fields) != raw.count("\\field"): errors.append(f"{f}: malformed field ({len(fields)}/{raw.count(chr(92) + 'field')})")


ENW_TAGS = set("0ABCDEFGHIJKLMNPQRSTUVWXYZ123456789") | set("@!#$]&()*+^>~")
ENW_TYPES = {"Journal Article", "Conference Proceedings", "Conference Paper", "Electronic Article", "Book",
             "Book Section", "Thesis", "Web Page", "Computer Program", "Audiovisual Material", "Dataset", "Generic",
             "Report"}


def check_enw(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    body = raw.lstrip("\ufeff").replace("\r\n", "\n")
    if not body.endswith("\n") or body.endswith("\n\n"): errors.append(f"{f}: trailing lines")
    recs = body.rstrip("\n").split("\n\n")
    types = set()
    for r in recs:
        lines = r.split("\n")
        m = re.match(r"%0 (.+)$", lines[0])
        if not m or m.group(1) not in ENW_TYPES:
            errors.append(f"{f}: record starts {lines[0][:30]!r}"); continue
        types.add(m.group(1))
        for l in lines:
            if not re.match(r"%(.) \S", l) or l[1] not in ENW_TAGS: errors.append(f"{f}: bad line {l[:40]!r}")
        if not any(l.startswith("%T ") for l in lines): errors.append(f"{f}: record without %T")
    for t in ("Computer Program", "Web Page", "Book", "Thesis", "Audiovisual Material", "Dataset", "Generic"):
        if t not in types: errors.append(f"{f}: no {t} record")


RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
ZNS = "{http://www.zotero.org/namespaces/export#}"
BIB = "{http://purl.org/net/biblio#}"
DCT = "{http://purl.org/dc/terms/}"
LINK = "{http://purl.org/rss/1.0/modules/link/}"
ZTYPE = {"journalArticle": BIB + "Article", "webpage": BIB + "Document", "blogPost": BIB + "Document",
         "computerProgram": BIB + "Data", "book": BIB + "Book", "attachment": ZNS + "Attachment",
         "conferencePaper": RDF + "Description", "preprint": RDF + "Description"}


def check_rdf(f, raw):
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as ex:
        errors.append(f"{f}: XML: {ex}"); return
    if root.tag != RDF + "RDF": errors.append(f"{f}: root is not rdf:RDF")
    for ns in ("xmlns:z=", "xmlns:bib=", "xmlns:dcterms=", "xmlns:foaf=", "xmlns:link=", "xmlns:dc="):
        if ns not in raw[:800]: errors.append(f"{f}: no {ns} declaration")
    abouts = Counter(n.get(RDF + "about") for n in root)
    for a, k in abouts.items():
        if k > 1: errors.append(f"{f}: {a} defined {k} times")
    parents = Counter()
    for n in root:
        it = n.findtext(ZNS + "itemType")
        if n.tag in (BIB + "Memo", ZNS + "Collection", BIB + "Journal"):
            pass
        elif it not in ZTYPE or ZTYPE[it] != n.tag:
            errors.append(f"{f}: {n.get(RDF + 'about')} itemType {it} as {n.tag}")
        for el in n.iter():
            r = el.get(RDF + "resource")
            if r is None or el.tag == RDF + "resource":
                continue
            if r not in abouts: errors.append(f"{f}: {el.tag} → {r} not defined")
            if el.tag in (LINK + "link", DCT + "isReferencedBy"): parents[r] += 1
            if el.tag == DCT + "hasPart": parents[r] += 0
    for n in root:
        if n.tag in (ZNS + "Attachment", BIB + "Memo"):
            a = n.get(RDF + "about")
            inside = any(p.get(RDF + "resource") == a for c in root if c.tag == ZNS + "Collection" for p in c)
            if parents[a] + inside != 1: errors.append(f"{f}: {a} has {parents[a]} parents")


def check_roam(f, raw):
    if "\n" in raw: errors.append(f"{f}: not one line")
    pages = json.loads(raw)
    if not isinstance(pages, list): errors.append(f"{f}: not a list"); return
    uids, blocks = Counter(), []

    def walk(b):
        blocks.append(b)
        for c in b.get("children", []): walk(c)
    for pg in pages:
        for k in ("title", "uid", "create-time", "edit-time"):
            if k not in pg: errors.append(f"{f}: page {pg.get('title')} without {k}")
        m = re.match(r"(\w+) (\d+)(?:st|nd|rd|th), (\d{4})$", pg["title"])
        if m:
            d = datetime.strptime(f"{m.group(1)} {m.group(2)} {m.group(3)}", "%B %d %Y").strftime("%m-%d-%Y")
            if pg["uid"] != d: errors.append(f"{f}: daily page {pg['title']} uid {pg['uid']}")
        uids[pg["uid"]] += 1
        for c in pg.get("children", []): walk(c)
    for b in blocks:
        for k in ("string", "uid", "create-time", "edit-time", ":create/user"):
            if k not in b: errors.append(f"{f}: block without {k}")
        if len(b["uid"]) != 9: errors.append(f"{f}: block uid {b['uid']}")
        uids[b["uid"]] += 1
        if b["edit-time"] < b["create-time"]: errors.append(f"{f}: block {b['uid']} edited before created")
    for u, k in uids.items():
        if k > 1: errors.append(f"{f}: uid {u} used {k} times")
    block_uids = {b["uid"] for b in blocks}
    for b in blocks:
        for u in re.findall(r"\(\(([\w-]{9})\)\)", b["string"]):
            if u not in block_uids: errors.append(f"{f}: block ref (({u})) unresolved")
        if [r["uid"] for r in b.get("refs", [])] != [r[":block/uid"] for r in b.get(":block/refs", [])]:
            errors.append(f"{f}: refs and :block/refs differ in {b['uid']}")
    page_uids = {pg["uid"] for pg in pages}
    dangling = {r["uid"] for b in blocks for r in b.get("refs", [])} - page_uids - block_uids
    if dangling: errors.append(f"{f}: refs to pages not in the export: {sorted(dangling)}")
    titles = Counter(pg["title"] for pg in pages)
    for t, k in titles.items():
        if k > 1: errors.append(f"{f}: page {t!r} twice")


def check_openreview(f, raw):
    d = json.loads(raw)
    notes_ = d.get("notes")
    if d.get("count") != len(notes_): errors.append(f"{f}: count {d.get('count')} != {len(notes_)}")
    subs = {}
    for n in notes_:
        for k in ("id", "forum", "invitations", "content", "cdate", "mdate", "signatures", "readers", "version"):
            if k not in n: errors.append(f"{f}: note {n.get('id')} without {k}")
        for k, v in n["content"].items():
            if not isinstance(v, dict) or set(v) != {"value"}: errors.append(f"{f}: {n['id']} content.{k} not {{value}}")
        if n["cdate"] > n["mdate"]: errors.append(f"{f}: {n['id']} mdate before cdate")
        if any(i.endswith("/-/Submission") for i in n["invitations"]):
            subs[n["id"]] = n
            c = {k: v["value"] for k, v in n["content"].items()}
            if n["id"] != n["forum"]: errors.append(f"{f}: submission {n['id']} forum {n['forum']}")
            if not re.fullmatch(r"/pdf/[0-9a-f]{40}\.pdf", c.get("pdf", "")): errors.append(f"{f}: {n['id']} pdf")
            for k in ("title", "authors", "abstract", "venue", "venueid"):
                if k not in c: errors.append(f"{f}: {n['id']} without {k}")
            withdrawn = c.get("venueid", "").endswith("/Withdrawn_Submission")
            if withdrawn and "_bibtex" in c: errors.append(f"{f}: withdrawn {n['id']} has _bibtex")
            if not withdrawn and f"url={{https://openreview.net/forum?id={n['id']}}}" not in c.get("_bibtex", ""):
                errors.append(f"{f}: {n['id']} _bibtex url")
    for n in notes_:
        if n["id"] not in subs:
            if n["forum"] not in subs or n.get("replyto") not in subs: errors.append(f"{f}: reply {n['id']} dangling")
    if not any(n["content"].get("venueid", {}).get("value", "").endswith("Withdrawn_Submission") for n in notes_):
        errors.append(f"{f}: no withdrawn submission")
    return subs


def check_daily(f, raw):
    for b in ("[![Contributors][contributors-shield]][contributors-url]", "[![Stargazers][stars-shield]]"):
        if b not in raw: errors.append(f"{f}: no badge {b[:30]}")
    m = re.search(r"^## Updated on (\d{4})\.(\d\d)\.(\d\d)$", raw, re.M)
    if not m: errors.append(f"{f}: no 'Updated on' heading"); return
    anchor = f"#updated-on-{m.group(1)}{m.group(2)}{m.group(3)}"
    toc = re.findall(r"<li><a href=#([\w-]+)>([^<]+)</a></li>", raw)
    secs = [s for s in re.findall(r"^## (.+)$", raw, re.M) if not s.startswith("Updated on")]
    if [t for _, t in toc] != secs: errors.append(f"{f}: TOC {toc} vs sections {secs}")
    for a, t in toc:
        if a != re.sub(r"[^\w-]", "", t.lower().replace(" ", "-")): errors.append(f"{f}: anchor {a} for {t}")
    if raw.count(f"(<a href={anchor}>back to top</a>)") != len(secs): errors.append(f"{f}: back-to-top links")
    for line in raw.split("\n"):
        if line.startswith("|**"):
            r = re.fullmatch(r"\|\*\*(\d{4}-\d\d-\d\d)\*\*\|\*\*([^|*]+)\*\*\|([^|]+) et\.al\.\|"
                             r"\[(\d{4}\.\d{5})\]\(http://arxiv\.org/abs/\4\)\|(null|\*\*\[link\]\(https://github\.com/[\w.-]+/[\w.-]+\)\*\*)\|", line)
            if not r: errors.append(f"{f}: bad row {line[:60]}"); continue
            e = pool.get(r.group(4))
            if not e or e.get("published") != r.group(1): errors.append(f"{f}: date {r.group(1)} for {r.group(4)}")
            if e and e["authors"][0] != r.group(3): errors.append(f"{f}: first author {r.group(3)} for {r.group(4)}")
    for ref in set(re.findall(r"\]\[([\w-]+)\]", raw)):
        if not re.search(rf"^\[{ref}\]: https://", raw, re.M): errors.append(f"{f}: [{ref}] undefined")


def check_mbox(f, raw):
    msgs = re.split(r"\n(?=From \S+ \w{3} \w{3} \d\d \d\d:\d\d:\d\d [+-]\d{4} \d{4}\n)", raw)
    if not raw.startswith("From "): errors.append(f"{f}: does not start with a From line")
    if len(msgs) != 4: errors.append(f"{f}: {len(msgs)} messages")
    ids = []
    for i, m in enumerate(msgs):
        lines = m.split("\n")
        if any(l.startswith("From ") for l in lines[1:]): errors.append(f"{f}: unescaped From line in message {i + 1}")
        msg = email.message_from_string("\n".join(lines[1:]))
        if re.search(r"[^\x00-\x7f]", msg.get("Subject", "")): errors.append(f"{f}: raw non-ASCII subject")
        for part in msg.walk():
            cte = (part.get("Content-Transfer-Encoding") or "").lower()
            if cte in ("quoted-printable", "base64"):
                for l in part.get_payload().split("\n"):
                    if len(re.sub(r"^>From ", "From ", l)) > 76: errors.append(f"{f}: {cte} line of {len(l)} chars in message {i + 1}")
        if msg.get("In-Reply-To") and msg["In-Reply-To"] not in ids:
            errors.append(f"{f}: In-Reply-To of message {i + 1} not earlier")
        ids.append(msg["Message-ID"])
        if i == 0:
            parts = [(p.get_content_type(), (p.get("Content-Transfer-Encoding") or "").lower()) for p in msg.walk()]
            if parts != [("multipart/alternative", ""), ("text/plain", "quoted-printable"), ("text/html", "base64")]:
                errors.append(f"{f}: newsletter parts {parts}")
            if "=?UTF-8?Q?" not in msg["Subject"]: errors.append(f"{f}: newsletter subject not encoded")


FA_DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def g2j(gy, gm, gd):
    """Gregorian → Solar Hijri (the jalaali algorithm)"""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def check_fa_html(f, raw):
    tb = TagBalance(); tb.feed(raw); tb.close()
    for pbl in tb.problems: errors.append(f"{f}: {pbl}")
    left = [t for t in tb.stack if t not in tb.LOOSE]
    if left: errors.append(f"{f}: unclosed tags {left}")
    for m in ('<html dir="rtl" lang="fa-IR"', 'content="WordPress', 'class="entry-content"', 'id="comments"',
              'class="comment-list"'):
        if m not in raw: errors.append(f"{f}: no {m}")
    for ch, name in (("\u200e", "LRM"), ("\u200f", "RLM"), ("\u200c", "ZWNJ")):
        if ch not in raw: errors.append(f"{f}: no {name}")
    n = int(re.search(r"([۰-۹]+) دیدگاه برای", raw).group(1).translate(FA_DIG))
    items = len(re.findall(r'<li id="comment-\d+" class="(?:comment|pingback)\b', raw))
    if n != items: errors.append(f"{f}: {n} دیدگاه but {items} items")
    for dt, shown in re.findall(r'<time[^>]*datetime="([^"]+)"[^>]*>([^<]+)</time>', raw):
        t = datetime.fromisoformat(dt)
        jy, jm, jd = g2j(t.year, t.month, t.day)
        m = re.match(r"([۰-۹]+) (\S+) ([۰-۹]+)(?: در ([۰-۹]+):([۰-۹]+) (ق\.ظ|ب\.ظ))?$", shown.strip())
        if not m: errors.append(f"{f}: time text {shown!r}"); continue
        d, mon, y = int(m.group(1).translate(FA_DIG)), m.group(2), int(m.group(3).translate(FA_DIG))
        if (y, FA_MONTHS.index(mon) + 1 if mon in FA_MONTHS else 0, d) != (jy, jm, jd):
            errors.append(f"{f}: {dt} shown as {shown} (is {jd} {FA_MONTHS[jm - 1]} {jy})")
        if m.group(4):
            h = int(m.group(4).translate(FA_DIG)) % 12 + (12 if m.group(6) == "ب.ظ" else 0)
            if (h, int(m.group(5).translate(FA_DIG))) != (t.hour, t.minute): errors.append(f"{f}: {dt} time {shown}")


def check_jira(f, raw):
    if not re.search(r"\r\n$", raw): errors.append(f"{f}: rows do not end in CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    head = rows[0]
    for c in ("Labels", "Comment", "Watchers", "Sprint"):
        if head.count(c) < 2: errors.append(f"{f}: {c} not repeated")
    keys, ids = Counter(), set()
    for r in rows[1:]:
        if len(r) != len(head): errors.append(f"{f}: row of {len(r)} cells"); continue
        d = dict(zip(head, r))
        keys[d["Issue key"]] += 1
        ids.add(d["Issue id"])
        for c in ("Created", "Updated"):
            if not re.fullmatch(r"\d\d/[A-Z][a-z]{2}/\d\d \d{1,2}:\d\d [AP]M", d[c]): errors.append(f"{f}: {c} {d[c]}")
    for k, n in keys.items():
        if n > 1: errors.append(f"{f}: {k} twice")
    pi = head.index("Parent")
    for r in rows[1:]:
        if r[pi] and r[pi] not in ids: errors.append(f"{f}: parent {r[pi]} missing")


def shape_checks(f, raw, path):
    if f.endswith(".docx"): check_docx(f, path)
    if f.endswith(".rtf"): check_rtf(f, raw)
    if f.endswith(".enw"): check_enw(f, raw)
    if f.endswith(".rdf"): check_rdf(f, raw)
    if f.startswith("141"): check_roam(f, raw)
    if f.startswith("142"): check_openreview(f, raw)
    if f.endswith(".md"): check_daily(f, raw)
    if f.endswith(".mbox"): check_mbox(f, raw)
    if f.endswith(".html"): check_fa_html(f, raw)
    if f.endswith(".csv"): check_jira(f, raw)


# ---------------------------------------------------------------- label checks

files = sorted(os.listdir(DIG))
if sorted(exp) != files:
    errors.append(f"keys {sorted(exp)} != files {files}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    path = os.path.join(DIG, f)
    if f.endswith(".docx"):
        try:
            raw = "\n".join(docx_parts(path)[1].values())
        except zipfile.BadZipFile:
            raw = ""
    else:
        raw = open(path, encoding="utf-8", newline="").read()
    shape_checks(f, raw, path)
    try:
        forms = decoded_forms(f, raw, path)
    except Exception as ex:  # a broken file must not hide the other checks
        errors.append(f"{f}: cannot decode: {ex!r}"); forms = []
    alltext = raw + "\n\u241e\n" + "\n\u241e\n".join(forms)
    ntext = norm(alltext)
    nraw = norm(raw)
    recs = exp.get(f, [])
    or_forums = {}
    if f.startswith("142"):
        for n in json.loads(raw)["notes"]:
            if n["id"] == n["forum"] and any(i.endswith("/-/Submission") for i in n["invitations"]):
                or_forums[n["id"]] = n
    seen = set()
    for r in recs:
        t, ev, tid, aid, oid = r["title"], r["evidence"], r["true_arxiv_id"], r["arxiv_id"], r["openreview_id"]
        key = tid or oid or t.lower()
        if key in seen: errors.append(f"{f}: duplicate {key}")
        seen.add(key)
        if tid:
            e = pool.get(tid)
            if not e: errors.append(f"{f}: {tid} not in pool"); continue
            if tid in distract_ids: errors.append(f"{f}: {tid} is a distractor")
        else:
            e = no_arxiv_titles.get(t.lower())
            if not e: errors.append(f"{f}: title-only no-arxiv paper not in pool: {t}"); continue
        if norm(e["title"]) != norm(t):
            notes.append(f"{f}: title as written differs from catalogue: {t!r} vs {e['title']!r}")
        if oid and e.get("openreview_id") != oid: errors.append(f"{f}: openreview {oid} not {tid}'s")
        if t in raw: pass
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities: {t!r}")
        elif t in alltext: notes.append(f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: notes.append(f"{f}: title found only after decoding + normalising: {t!r}")
        else: errors.append(f"{f}: title not in digest: {t!r}")
        if ev == "title-only":
            if aid or oid: errors.append(f"{f}: title-only with ids {t}")
            for i in (tid, e.get("openreview_id")):
                if i and i in alltext: errors.append(f"{f}: title-only paper's id {i} appears")
        elif ev == "link":
            if oid:
                if oid in or_forums:
                    if or_forums[oid]["content"]["title"]["value"] != t:
                        errors.append(f"{f}: forum {oid} note's title is not {t!r}")
                    if not re.search(r"openreview\.net/(?:forum|pdf)\?id=" + re.escape(oid), alltext):
                        notes.append(f"{f}: OpenReview {oid} only as the note's id/forum (no URL)")
                elif not re.search(r"openreview\.net/(?:forum|pdf)\?id=" + re.escape(oid), alltext):
                    errors.append(f"{f}: no openreview link for {oid}")
                if aid: errors.append(f"{f}: both ids set for {t}")
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
        if m not in labelled:
            notes.append(f"{f}: unlabelled id-like string {m!r}")
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=(?:3D(?=\w{9,12}\b))?([\w-]+)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    for oid in or_forums:
        if oid not in labelled: errors.append(f"{f}: submission note {oid} not labelled")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if (e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles:
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")

# reuse report: how often earlier rounds used each paper
used = Counter()
for r in ("round5", "round6", "round7", "round8", "round9", "round10", "round11"):
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
    print(f"{f:52s} {sum(per[f].values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per[f].items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only']/tot:.2f}")
print(f"earlier-round uses of the papers (rounds 5-11): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"papers in more than one round12 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
