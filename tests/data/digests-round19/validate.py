#!/usr/bin/env python3
"""Checks round19/expected.json against the digests and the shared catalogues.

Adapted from round18/validate.py (the label checks are the same; the readers and shape checks are new). Each digest
is read in its raw form (UTF-8 text; for the .jex tar archive its .md members joined) and in decoded forms, the way a
reader of that shape would see it:
  - TiddlyWiki JSON (207): every JSON string, and per tiddler its title, its fields as "name: value" lines and its
    wikitext rendered ([[label|url]] and [ext[label|url]] as "label <url>", [[Title]] as Title, ''/// __ ` markup,
    list/heading markers and table pipes removed);
  - Joplin JEX (208): per item the title and the Markdown body rendered ([text](url) as "text <url>", emphasis
    removed), and the metadata values;
  - Hypothesis JSON (209): every JSON string (\\uXXXX undone by the JSON parser), per annotation "document title
    <uri>", its text rendered as Markdown, and its quoted text;
  - Microsoft Graph Teams JSON (210): every JSON string, each body's HTML as text (hrefs after link text), and the
    strings of each messageReference attachment's JSON content;
  - WordPress WXR (211): the XML text (CDATA included), each content:encoded and comment as HTML text, slugs and links
    percent-decoded;
  - Chrome history JSON (212): every JSON string, per visit "title <url>", each URL with percent-escapes and "+"
    undone (Google queries);
  - Hebrew Hugo page with JSON-LD (213): the page's text after <body> (hrefs after link text), every JSON-LD string,
    per citation "name <url> <sameAs> identifier";
  - Word 2003 XML (214): per w:p the text of its runs joined (so titles split by w:proofErr and rsid runs are whole),
    each w:hlink's w:dest after its text;
  - Zim page (215): the wiki text rendered ([[url|label]] as "label <url>", markup and checkbox/table syntax removed,
    paragraphs' hard line breaks kept);
  - gettext PO (216): every msgid/msgstr/msgctxt string unescaped and joined, and the comments;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 19
needs none: 210 writes AdaLoRA, 214 AdamW and 215 AutoHAS under their first arXiv titles (version titles in the
catalogue); sentence case (207's "Transformer quality in linear time", 212's "…beyond a Fixed-Length Context") needs no
entry.

Shape checks (each digest is checked against the rules of the program that writes its shape):
  - 207: one line, no newline (JSON.stringify with 0 spaces, UTF-8 kept — re-serialising gives the bytes); an array
    of tiddlers, every field value a string, field names [a-z0-9._-]; title and text present, titles unique, no $:/
    system tiddler, order = case-blind title order ([!is[system]sort[title]]); created/modified 17-digit UTC stamps
    that are real times, created ≤ modified; tags and list fields valid title lists; every [[Title]] link, {{Title}}
    transclusion and list entry resolves; journal titles "DDth Month YYYY" with the right ordinal suffix and the
    created date; <<< blocks closed, [[…]] and [ext[…]] closed, table rows of one width;
  - 208: the tar opens; members <32 hex>.md at the top level, one resources/ directory and resources/<id>.<ext>;
    owner 0/0 without names; each item UTF-8, LF, no final newline, "title, empty line[, body, empty line], metadata"
    with Joplin's key order for its type_ (1 note, 2 folder, 4 resource, 5 tag, 6 note-tag), id = file name, ISO UTC
    times with milliseconds, created ≤ updated; notes in existing folders, folders under folders; note-tags joining a
    note and a tag; resources with their file, size and file_extension (a real PNG); every :/id link resolving; latitude/
    longitude with 8 decimals, altitude with 4; todo_due only on to-dos; Markdown tables of one width;
  - 209: `python3 -m json.tool` output (indent 4, ASCII with \\u escapes, final newline); total = number of rows;
    rows' keys in the presenter's order (references only on replies, last); 22-character ids, unique; timestamps with
    microseconds and +00:00, created ≤ updated, rows newest-updated first; acct:…@hypothes.is users with one display
    name each; permissions (read by the group, admin/update/delete by the user); one target whose source = uri;
    selectors: TextQuoteSelector exact non-empty, TextPositionSelector end − start = len(exact), RangeSelector XPaths and
    offsets; links html/incontext/json derived from the id and uri; replies pointing to a row of the same uri,
    without selectors;
  - 210: Graph's compact JSON (re-serialising gives the bytes, no final newline); @odata.context naming the chat;
    @odata.count = number of messages; chatMessage keys in v1.0 order; id = createdDateTime in epoch ms, etag =
    lastModifiedDateTime, lastEdited = lastModified on edited messages, deleted messages with an empty body; messages
    newest first, one chatId; users (GUIDs, one tenant, one name per id); system messages with from null,
    "<systemEventMessage/>" and a known eventDetail type; body HTML balanced; <at id="n"> ↔ mentions; every
    attachment referenced by <attachment id=…> in its body; a reference attachment named after its file; a
    messageReference pointing to an older message whose text is its messagePreview; reactions of known types by
    known users, after the message;
  - 211: WordPress' comment header and generator comment, LF, final newline; well-formed RSS 2.0 with the WXR 1.2
    namespaces; wxr_version 1.2, base URLs = channel link; dc:creator a known author login; terms' slugs = WordPress'
    percent-encoded slug of their names, items' category elements naming defined terms; item child order as the
    export template writes it; post ids unique; guid ?p=ID (attachments: the file URL); post_date_gmt/post_modified_gmt
    = Athens time − offset (EET/EEST), pubDate its RFC 2822 form (drafts: 0000-00-00 and "-0001"); modified ≥ date;
    links from the permalink structure /%year%/%monthnum%/%postname%/ (pages, attachments, drafts ?p=); post_name = slug
    of the title; attachment parents exist; comments unique, parents earlier in the same item, GMT dates, types;
    content: block comments balanced, HTML balanced, links into the site resolving to an item;
  - 212: Takeout's layout (indent 4, UTF-8 kept, final newline); one key "Browser History"; visit keys in order
    (favicon_url optional); page_transition from Chrome's list; ptoken {}; client_id = base64 of 16 bytes, at most two
    devices; time_usec strictly decreasing; titles consistent with URLs (arXiv abs "[id] …", OpenReview "… |
    OpenReview", Google "query - Google Search" with the query = q);
  - 213: doctype and <html lang="he" dir="rtl">, HTML balanced; one JSON-LD block = Go's MarshalIndent output (sorted
    keys, two spaces, \\u003c/\\u003e/\\u0026, no raw "<"); a BlogPosting whose headline = <h1> = og:title = <title>'s
    first part, description = meta description, mainEntityOfPage @id = canonical = og:url, dates = article:*_time;
    citations ScholarlyArticles with name, authors, a partial ISO date, http(s) url/sameAs, arXiv identifiers of the
    right shape; every citation name in the page text and one reference list item per citation, in order; dir values
    ltr/rtl, heading ids unique;
  - 214: the XML declaration and the mso-application PI on CRLF lines, then one line without a final newline;
    well-formed WordprocessingML 2003 (w:wordDocument, xml:space preserve); DocumentProperties Created ≤ LastSaved;
    every pStyle/rStyle/tblStyle defined with the right type; every ilfo defined; every wsp:rsid listed in wsp:rsids;
    hyperlinks http(s)/mailto; table rows spanning the grid, cell widths = grid widths, vmerge continuations under a
    restart; each wx:sub-section opening with a heading one level deeper than its parent's; proofErr start/end paired
    within a paragraph; footnotes inside FootnoteReference runs with a footnoteRef; sectPr last in the section;
  - 215: LF, final newline, no trailing blanks; the three header lines and the empty line; the page heading
    (6 "=") then "Created <weekday> <dd> <month> <yyyy>" = Creation-Date's date; headings of 2–5 "=" on both sides;
    [[…]] closed on their line with valid targets; bullets and checkboxes ([ ], [*], [x], [>], [<]) indented by tabs
    only; inline ** // __ ~~ '' paired per line; table rows of one width and one cell count with an alignment row;
    ''' blocks closed;
  - 216: UTF-8, LF, final newline; entries separated by one empty line; the header entry first with Babel's fields
    (Plural-Forms nplurals=2, charset utf-8, revision ≥ creation); only \\\\ \\" \\n \\t escapes, lines ≤ 79
    columns; (msgctxt, msgid) unique; plural entries with msgstr[0..1] only; python-format exactly on entries with
    %(name)s placeholders, the same placeholders in msgstr; #| only on fuzzy entries; #: references path:line; obsolete
    (#~) entries last, without references.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not
an id of its own (kept from round17)."""
import base64, calendar, html, io, json, os, re, struct, sys, tarfile, zlib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from urllib.parse import quote, unquote, unquote_plus, urlsplit, parse_qs

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


def html_text(s):
    """tags stripped, entities undone, each <a href> followed by its target"""
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " \x02" + m.group(1) + "\x03", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|td|th|blockquote|pre|figcaption|ul|ol)>|<br ?/?>", "\n", s)
    return strip_tags(s).replace("\x02", "<").replace("\x03", ">")


def md_text(s):
    """Markdown: [text](url) as 'text <url>', emphasis markers removed"""
    s = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)\)", r"\1 <\2>", s)
    return re.sub(r"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s))", "", s)


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path", "systemeventmessage"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.bad.append((tag, self.getpos()[0], self.stack[-1] if self.stack else None))
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag: self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()


def balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b


def png_ok(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n": return False
    i, kinds = 8, []
    while i < len(data):
        if i + 12 > len(data): return False
        n = struct.unpack(">I", data[i:i + 4])[0]
        kind, body = data[i + 4:i + 8], data[i + 8:i + 8 + n]
        if struct.unpack(">I", data[i + 8 + n:i + 12 + n])[0] != zlib.crc32(kind + body) & 0xFFFFFFFF: return False
        kinds.append(kind); i += 12 + n
    return kinds[:1] == [b"IHDR"] and kinds[-1:] == [b"IEND"]


# ---------------------------------------------------------------- readers

def tw_list(s):
    """a TiddlyWiki title list ('a [[b c]] d') -> ['a', 'b c', 'd']; None if brackets do not close"""
    out, i = [], 0
    while i < len(s):
        if s[i] == " ": i += 1; continue
        if s.startswith("[[", i):
            j = s.find("]]", i)
            if j < 0: return None
            out.append(s[i + 2:j]); i = j + 2
        else:
            j = s.find(" ", i)
            j = len(s) if j < 0 else j
            tok = s[i:j]
            if "[[" in tok or "]]" in tok: return None
            out.append(tok); i = j
    return out


def tw_render(text):
    s = re.sub(r"\[ext\[([^|\]]*)\|([^\]]*)\]\]", r"\1 <\2>", text)
    s = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", r"\1 <\2>", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"''|(?<!:)//|__|`", "", s)
    s = re.sub(r"(?m)^(!+|[*#]+)\s*", "", s)
    return s.replace("|", " | ")


def tw_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for t in d:
        fields = "\n".join(f"{k}: {v}" for k, v in t.items() if k not in ("text", "title"))
        out.append(t.get("title", "") + "\n" + fields + "\n" + tw_render(t.get("text", "")))
    return out


def jex_members(path):
    tf = tarfile.open(path)
    return tf, {m.name: (m, tf.extractfile(m).read() if m.isfile() else None) for m in tf.getmembers()}


def jex_raw(path):
    _, mem = jex_members(path)
    return "\n".join(b.decode("utf-8") for n, (m, b) in sorted(mem.items()) if n.endswith(".md"))


JEX_META = re.compile(r"^([a-z_]+): ?(.*)$")


def jex_split(text):
    """-> (title, body, meta dict, meta key list) following BaseItem.unserialize: metadata = the trailing key: value lines"""
    lines = text.split("\n")
    i = len(lines)
    while i > 0 and JEX_META.match(lines[i - 1]): i -= 1
    meta_lines = lines[i:]
    keys = [JEX_META.match(l).group(1) for l in meta_lines]
    meta = {JEX_META.match(l).group(1): JEX_META.match(l).group(2) for l in meta_lines}
    head = lines[:i]
    title = head[0] if head else ""
    body = "\n".join(head[2:-1]) if len(head) > 2 else ""
    return title, body, meta, keys, head


def jex_text(path):
    _, mem = jex_members(path)
    out = []
    for n, (m, b) in sorted(mem.items()):
        if not n.endswith(".md"): continue
        title, body, meta, _, _ = jex_split(b.decode("utf-8"))
        out.append(title + "\n" + md_text(body) + "\n" + " ".join(meta.values()))
    return out


def hypo_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for r in d["rows"]:
        quotes = [s.get("exact", "") for t in r["target"] for s in t.get("selector", []) if s["type"] == "TextQuoteSelector"]
        out.append(" ".join(r["document"].get("title", [])) + " <" + r["uri"] + ">\n" + md_text(r["text"]) + "\n" + "\n".join(quotes))
    return out


def teams_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for m in d["value"]:
        out.append(html_text(m["body"]["content"]))
        for a in m["attachments"]:
            if a["contentType"] == "messageReference":
                out.append("\n".join(json_strings(json.loads(a["content"]))))
    return out


WP = "{http://wordpress.org/export/1.2/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def wxr_text(raw):
    root = ET.fromstring(raw.encode())
    out = [" ".join(root.itertext())]
    for it in root.iter("item"):
        out.append(html_text(it.findtext(CONTENT) or ""))
        for c in it.iter(WP + "comment"):
            out.append(html_text(c.findtext(WP + "comment_content") or ""))
        out.append(unquote(it.findtext("link") or "") + " " + unquote(it.findtext(WP + "post_name") or ""))
    return out


def chrome_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for v in d["Browser History"]:
        out.append(v["title"] + " <" + v["url"] + ">\n" + unquote_plus(v["url"]))
    return out


def jsonld_blocks(raw):
    return re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', raw, re.S)


def hebrew_text(raw):
    body = raw.split("<body", 1)[1] if "<body" in raw else raw
    out = [html_text(body)]
    for b in jsonld_blocks(raw):
        d = json.loads(b)
        out.append("\n".join(json_strings(d)))
        for c in d.get("citation", []):
            ident = c.get("identifier", {})
            out.append(f"{c.get('name')} <{c.get('url', '')}> <{c.get('sameAs', '')}> {ident.get('propertyID', '') if isinstance(ident, dict) else ''} "
                       f"{ident.get('value', '') if isinstance(ident, dict) else ident}")
    return out


W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
WSP = "{http://schemas.microsoft.com/office/word/2003/wordml/sp2}"
O = "{urn:schemas-microsoft-com:office:office}"


def w_para_text(p):
    out = []

    def walk(e):
        for c in e:
            if c.tag in (W + "footnote", W + "p"): continue
            if c.tag == W + "t": out.append(c.text or "")
            elif c.tag == W + "hlink":
                walk(c); out.append(" <" + c.get(W + "dest", "") + ">")
            else: walk(c)
    walk(p)
    return "".join(out)


def wordml_text(raw):
    root = ET.fromstring(raw.encode())
    return ["\n".join(w_para_text(p) for p in root.iter(W + "p"))]


def zim_render(s):
    s = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", r"\2 <\1>", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\*\*|(?<!:)//|__|~~|''", "", s)
    s = re.sub(r"(?m)^\t*(\* |\[[ *x<>]\] )", "", s)
    return s.replace("|", " | ")


def zim_text(raw):
    return [zim_render(raw)]


PO_STR = re.compile(r'^(?:#~ )?(?:(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) )?"((?:[^"\\]|\\.)*)"$')


def po_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(m.group(1), "\\" + m.group(1)), s)


def po_entries(raw):
    """-> list of entries: {'comments': [...], 'fields': {key: str}, 'obsolete': bool, 'keys': [...], 'lines': [...]}"""
    ents = []
    for block in raw.rstrip("\n").split("\n\n"):
        e = {"comments": [], "fields": {}, "keys": [], "obsolete": False, "lines": block.split("\n"), "bad": []}
        cur = None
        for l in e["lines"]:
            m = PO_STR.match(l)
            if m and (m.group(1) or cur):
                if l.startswith("#~ "): e["obsolete"] = True
                if m.group(1):
                    cur = m.group(1); e["keys"].append(cur); e["fields"][cur] = ""
                e["fields"][cur] += po_unescape(m.group(2))
            elif l.startswith("#"):
                e["comments"].append(l)
            else:
                e["bad"].append(l)
        ents.append(e)
    return ents


def po_text(raw):
    ents = po_entries(raw)
    return ["\n".join(v for e in ents for v in e["fields"].values()) + "\n" + "\n".join(c for e in ents for c in e["comments"])]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 207: forms += tw_text(raw)
    if n == 208: forms += jex_text(path)
    if n == 209: forms += hypo_text(raw)
    if n == 210: forms += teams_text(raw)
    if n == 211: forms += wxr_text(raw)
    if n == 212: forms += chrome_text(raw)
    if n == 213: forms += hebrew_text(raw)
    if n == 214: forms += wordml_text(raw)
    if n == 215: forms += zim_text(raw)
    if n == 216: forms += po_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

TW_STAMP = re.compile(r"^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{3})$")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def tw_stamp(s):
    m = TW_STAMP.match(s or "")
    if not m: return None
    try:
        return datetime(*[int(x) for x in m.groups()[:6]], int(m.group(7)) * 1000)
    except ValueError:
        return None


def check_tw(f, raw):
    if raw.startswith("\ufeff") or "\n" in raw or "\r" in raw: errors.append(f"{f}: not one line (BOM or line break)")
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify(data, null, 0) output")
    if not isinstance(d, list) or not all(isinstance(t, dict) for t in d): errors.append(f"{f}: not an array of tiddlers"); return
    titles = [t.get("title") for t in d]
    if len(set(titles)) != len(titles): errors.append(f"{f}: duplicate titles")
    if titles != sorted(titles, key=lambda x: (x or "").lower()): errors.append(f"{f}: not in [sort[title]] order")
    tset = set(titles)
    for t in d:
        ti = t.get("title")
        for k, v in t.items():
            if not re.fullmatch(r"[a-z0-9._-]+", k): errors.append(f"{f}: {ti}: field name {k!r}")
            if not isinstance(v, str): errors.append(f"{f}: {ti}: field {k} not a string")
        if not ti or "text" not in t: errors.append(f"{f}: tiddler without title or text")
        if (ti or "").startswith("$:/"): errors.append(f"{f}: system tiddler {ti} in an [!is[system]] export")
        c, m = tw_stamp(t.get("created")), tw_stamp(t.get("modified"))
        if not c or not m or c > m: errors.append(f"{f}: {ti}: created/modified {t.get('created')}/{t.get('modified')}")
        tags = tw_list(t.get("tags", ""))
        if tags is None: errors.append(f"{f}: {ti}: tags field not a title list")
        for fld in ("list",):
            if fld in t:
                lst = tw_list(t[fld])
                if lst is None: errors.append(f"{f}: {ti}: {fld} field not a title list")
                else:
                    for x in lst:
                        if x not in tset: errors.append(f"{f}: {ti}: list entry {x!r} missing")
        if "type" in t and t["type"] not in ("text/vnd.tiddlywiki", "text/x-markdown", "text/plain", "application/json", "text/html"):
            errors.append(f"{f}: {ti}: type {t['type']}")
        if "Journal" in (tags or []):
            jm = re.fullmatch(r"(\d+)(st|nd|rd|th) (" + "|".join(MONTHS) + r") (\d{4})", ti or "")
            if not jm or ordinal(int(jm.group(1))) != jm.group(1) + jm.group(2) or not c or \
                    (c.year, c.month, c.day) != (int(jm.group(4)), MONTHS.index(jm.group(3)) + 1, int(jm.group(1))):
                errors.append(f"{f}: journal tiddler {ti!r} not titled by its creation date")
        text = t.get("text", "")
        for l in text.split("\n"):
            bare = re.sub(r"<<[^>]*>>", "", l)
            bare = re.sub(r"\[ext\[[^\]]*\]\]", "", bare)
            if bare.count("[[") != bare.count("]]") or "[ext[" in bare: errors.append(f"{f}: {ti}: unclosed link in {l[:40]!r}")
        for target in re.findall(r"\[\[([^|\]]+)\]\]", text) + re.findall(r"\{\{([^}|!]+)\}\}", text):
            if target not in tset: errors.append(f"{f}: {ti}: link to missing tiddler {target!r}")
        if sum(1 for l in text.split("\n") if l.startswith("<<<")) % 2: errors.append(f"{f}: {ti}: <<< block not closed")
        widths = []
        for l in text.split("\n") + [""]:
            if l.startswith("|") and l.endswith("|"):
                widths.append(re.sub(r"\[(ext)?\[[^\]]*\]\]", "", l).count("|"))
            else:
                if len(set(widths)) > 1: errors.append(f"{f}: {ti}: table rows of widths {sorted(set(widths))}")
                widths = []


JEX_KEYS = {
    "1": ["id", "parent_id", "created_time", "updated_time", "is_conflict", "latitude", "longitude", "altitude", "author", "source_url",
          "is_todo", "todo_due", "todo_completed", "source", "source_application", "application_data", "order", "user_created_time",
          "user_updated_time", "encryption_cipher_text", "encryption_applied", "markup_language", "is_shared", "share_id",
          "conflict_original_id", "master_key_id", "user_data", "deleted_time", "type_"],
    "2": ["id", "created_time", "updated_time", "user_created_time", "user_updated_time", "encryption_cipher_text", "encryption_applied",
          "parent_id", "is_shared", "share_id", "master_key_id", "icon", "user_data", "deleted_time", "type_"],
    "4": ["id", "mime", "filename", "created_time", "updated_time", "user_created_time", "user_updated_time", "file_extension",
          "encryption_cipher_text", "encryption_applied", "encryption_blob_encrypted", "size", "is_shared", "share_id", "master_key_id",
          "user_data", "blob_updated_time", "ocr_text", "ocr_details", "ocr_status", "ocr_error", "type_"],
    "5": ["id", "created_time", "updated_time", "user_created_time", "user_updated_time", "encryption_cipher_text", "encryption_applied",
          "is_shared", "parent_id", "user_data", "type_"],
    "6": ["id", "note_id", "tag_id", "created_time", "updated_time", "user_created_time", "user_updated_time", "encryption_cipher_text",
          "encryption_applied", "is_shared", "type_"],
}
JEX_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def check_jex(f, path):
    try:
        tf, mem = jex_members(path)
    except (tarfile.TarError, OSError) as ex:
        errors.append(f"{f}: not a tar archive: {ex}"); return
    items = {}
    files = {}
    for n, (m, b) in mem.items():
        if m.uid or m.gid or m.uname or m.gname: errors.append(f"{f}: {n}: owner not portable")
        if m.isdir():
            if n.rstrip("/") != "resources": errors.append(f"{f}: unexpected directory {n}")
            continue
        if re.fullmatch(r"[0-9a-f]{32}\.md", n):
            try:
                txt = b.decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{f}: {n}: not UTF-8"); continue
            if "\r" in txt or txt.endswith("\n"): errors.append(f"{f}: {n}: CR or final newline (Joplin writes neither)")
            items[n[:-3]] = txt
        elif re.fullmatch(r"resources/[0-9a-f]{32}\.\w+", n):
            files[n] = b
        else:
            errors.append(f"{f}: unexpected member {n}")
    parsed = {}
    for iid, txt in items.items():
        title, body, meta, keys, head = jex_split(txt)
        ty = meta.get("type_")
        if ty not in JEX_KEYS: errors.append(f"{f}: {iid}: type_ {ty}"); continue
        if keys != JEX_KEYS[ty]: errors.append(f"{f}: {iid}: metadata keys not in Joplin's order for type {ty}")
        if meta.get("id") != iid: errors.append(f"{f}: {iid}: id {meta.get('id')} differs from the file name")
        if ty == "6":
            if head: errors.append(f"{f}: {iid}: note-tag with a title")
        elif ty == "1":
            if len(head) < 4 or head[1] != "" or head[-1] != "" or not title: errors.append(f"{f}: {iid}: note layout (title, empty, body, empty)")
        elif len(head) != 2 or head[1] != "" or not title:
            errors.append(f"{f}: {iid}: item layout (title, empty line)")
        for k in ("created_time", "updated_time", "user_created_time", "user_updated_time"):
            if k in meta and not JEX_TIME.match(meta[k]): errors.append(f"{f}: {iid}: {k} {meta[k]!r}")
        if meta.get("created_time", "") > meta.get("updated_time", "~") or meta.get("user_created_time", "") > meta.get("user_updated_time", "~"):
            errors.append(f"{f}: {iid}: created after updated")
        parsed[iid] = (ty, title, body, meta)
    kinds = {i: p[0] for i, p in parsed.items()}
    for iid, (ty, title, body, meta) in parsed.items():
        if ty == "1":
            if kinds.get(meta["parent_id"]) != "2": errors.append(f"{f}: note {title!r}: parent {meta['parent_id']} not a notebook")
            for k in ("latitude", "longitude"):
                if not re.fullmatch(r"-?\d+\.\d{8}", meta[k]): errors.append(f"{f}: {iid}: {k} {meta[k]}")
            if not re.fullmatch(r"-?\d+\.\d{4}", meta["altitude"]): errors.append(f"{f}: {iid}: altitude")
            if meta["is_todo"] not in ("0", "1") or (meta["is_todo"] == "0" and meta["todo_due"] != "0"): errors.append(f"{f}: {iid}: to-do fields")
            if meta["source_url"] and not re.match(r"https?://", meta["source_url"]): errors.append(f"{f}: {iid}: source_url")
            for target in re.findall(r"\]\(:/([0-9a-f]{32})\)", body):
                if kinds.get(target) not in ("1", "4"): errors.append(f"{f}: note {title!r}: link to missing item :/{target}")
            if re.search(r"\(:/(?![0-9a-f]{32}\))", body): errors.append(f"{f}: note {title!r}: malformed :/ link")
            widths = []
            for l in body.split("\n") + [""]:
                if l.startswith("|"):
                    widths.append(len(re.findall(r"(?<!\\)\|", l)))
                else:
                    if len(set(widths)) > 1: errors.append(f"{f}: note {title!r}: table rows of widths {sorted(set(widths))}")
                    widths = []
        elif ty == "2":
            if meta["parent_id"] and kinds.get(meta["parent_id"]) != "2": errors.append(f"{f}: notebook {title!r}: parent")
        elif ty == "6":
            if kinds.get(meta["note_id"]) != "1" or kinds.get(meta["tag_id"]) != "5": errors.append(f"{f}: note-tag {iid}: ends")
        elif ty == "4":
            fn = f"resources/{iid}.{meta['file_extension']}"
            data = files.get(fn)
            if data is None: errors.append(f"{f}: resource {iid}: no file {fn}"); continue
            if str(len(data)) != meta["size"]: errors.append(f"{f}: resource {iid}: size {meta['size']} for {len(data)} bytes")
            if meta["mime"] == "image/png" and not png_ok(data): errors.append(f"{f}: resource {iid}: not a valid PNG")
    for fn in files:
        if kinds.get(fn.split("/")[1].split(".")[0]) != "4": errors.append(f"{f}: {fn} without its resource item")


HYPO_KEYS = ["id", "created", "updated", "user", "uri", "text", "tags", "group", "permissions", "target", "document", "links", "user_info",
             "flagged", "hidden"]
HYPO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$")


def check_hypo(f, raw):
    d = json.loads(raw)
    if json.dumps(d, indent=4) + "\n" != raw: errors.append(f"{f}: not `python3 -m json.tool` output")
    if list(d) != ["total", "rows"] or d["total"] != len(d["rows"]): errors.append(f"{f}: total/rows")
    rows = d["rows"]
    by_id = {r.get("id"): r for r in rows}
    if len(by_id) != len(rows): errors.append(f"{f}: duplicate annotation ids")
    names = {}
    ups = [r.get("updated", "") for r in rows]
    if ups != sorted(ups, reverse=True): errors.append(f"{f}: rows not newest-updated first")
    for r in rows:
        i = r.get("id", "")
        want = HYPO_KEYS + (["references"] if "references" in r else [])
        if list(r) != want: errors.append(f"{f}: {i}: keys {list(r)}")
        if not re.fullmatch(r"[A-Za-z0-9_-]{22}", i): errors.append(f"{f}: {i}: id shape")
        if not HYPO_TIME.match(r.get("created", "")) or not HYPO_TIME.match(r.get("updated", "")) or r["created"] > r["updated"]:
            errors.append(f"{f}: {i}: created/updated")
        u = r.get("user", "")
        if not re.fullmatch(r"acct:[A-Za-z0-9._]{3,30}@hypothes\.is", u): errors.append(f"{f}: {i}: user {u}")
        dn = r.get("user_info", {}).get("display_name")
        if names.setdefault(u, dn) != dn: errors.append(f"{f}: {i}: two display names for {u}")
        perm = r.get("permissions", {})
        if perm != {"read": [f"group:{r.get('group')}"], "admin": [u], "update": [u], "delete": [u]}: errors.append(f"{f}: {i}: permissions")
        tg = r.get("target", [])
        if len(tg) != 1 or tg[0].get("source") != r["uri"]: errors.append(f"{f}: {i}: target source != uri")
        sels = {s["type"]: s for s in (tg[0].get("selector", []) if tg else [])}
        if sels:
            q, pos = sels.get("TextQuoteSelector"), sels.get("TextPositionSelector")
            if not q or not q.get("exact") or not pos or pos["end"] - pos["start"] != len(q["exact"]):
                errors.append(f"{f}: {i}: quote/position selectors disagree")
            rs = sels.get("RangeSelector")
            if rs:
                if not all(re.fullmatch(r"(/[a-z0-9-]+\[\d+\])+", rs[k]) for k in ("startContainer", "endContainer")): errors.append(f"{f}: {i}: XPath")
                if q and rs["startContainer"] == rs["endContainer"] and rs["endOffset"] - rs["startOffset"] != len(q["exact"]):
                    errors.append(f"{f}: {i}: range offsets != quote length")
        nos = r["uri"].split("://", 1)[-1]
        if r.get("links") != {"html": f"https://hypothes.is/a/{i}", "incontext": f"https://hyp.is/{i}/{nos}", "json": f"https://hypothes.is/api/annotations/{i}"}:
            errors.append(f"{f}: {i}: links")
        if not isinstance(r.get("document", {}).get("title"), list) or len(r["document"]["title"]) != 1: errors.append(f"{f}: {i}: document title")
        if r.get("flagged") is not False or r.get("hidden") is not False: errors.append(f"{f}: {i}: flagged/hidden")
        if "references" in r:
            for ref in r["references"]:
                par = by_id.get(ref)
                if not par or par["uri"] != r["uri"] or par["created"] >= r["created"]: errors.append(f"{f}: {i}: reply to {ref}")
            if sels: errors.append(f"{f}: {i}: reply with selectors")


TEAMS_KEYS = ["id", "replyToId", "etag", "messageType", "createdDateTime", "lastModifiedDateTime", "lastEditedDateTime", "deletedDateTime",
              "subject", "summary", "chatId", "importance", "locale", "webUrl", "channelIdentity", "policyViolation", "eventDetail", "from",
              "body", "attachments", "mentions", "reactions"]
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
REACT = {"like": "Like", "heart": "Heart", "laugh": "Laugh", "surprised": "Surprised", "sad": "Sad", "angry": "Angry"}
EVENTS = {"#microsoft.graph.membersAddedEventMessageDetail", "#microsoft.graph.membersDeletedEventMessageDetail",
          "#microsoft.graph.chatRenamedEventMessageDetail", "#microsoft.graph.callEndedEventMessageDetail"}


def graph_ms(s):
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{3})Z", s or "")
    if not m: return None
    return calendar.timegm(datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S").timetuple()) * 1000 + int(m.group(2))


def check_teams(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not Graph's compact JSON")
    if list(d) != ["@odata.context", "@odata.count", "value"] or d["@odata.count"] != len(d["value"]): errors.append(f"{f}: top-level keys/count")
    msgs = d["value"]
    chats = {m.get("chatId") for m in msgs}
    if len(chats) != 1: errors.append(f"{f}: more than one chatId"); return
    chat = chats.pop()
    if d["@odata.context"] != "https://graph.microsoft.com/v1.0/$metadata#chats('" + quote(chat, safe="") + "')/messages":
        errors.append(f"{f}: @odata.context does not name the chat")
    created = [m["createdDateTime"] for m in msgs]
    if created != sorted(created, reverse=True): errors.append(f"{f}: messages not newest first")
    names, tenants = {}, set()
    for m in msgs:
        if m["from"]:
            u = m["from"]["user"]
            if names.setdefault(u["id"], u["displayName"]) != u["displayName"]: errors.append(f"{f}: two names for {u['id']}")
    by_id = {m["id"]: m for m in msgs}
    if len(by_id) != len(msgs): errors.append(f"{f}: duplicate ids")
    for m in msgs:
        i = m.get("id")
        if list(m) != TEAMS_KEYS: errors.append(f"{f}: {i}: key order")
        c, mo = graph_ms(m["createdDateTime"]), graph_ms(m["lastModifiedDateTime"])
        if c is None or mo is None or str(c) != i or str(mo) != m["etag"] or mo < c: errors.append(f"{f}: {i}: id/etag/times")
        if m["lastEditedDateTime"] and m["lastEditedDateTime"] != m["lastModifiedDateTime"]: errors.append(f"{f}: {i}: lastEdited != lastModified")
        if m["deletedDateTime"] and (m["deletedDateTime"] != m["lastModifiedDateTime"] or m["body"]["content"] != ""): errors.append(f"{f}: {i}: deleted message")
        if not m["deletedDateTime"] and m["messageType"] == "message" and not m["body"]["content"]: errors.append(f"{f}: {i}: empty body")
        if m["locale"] != "en-us" or m["importance"] not in ("normal", "high", "urgent"): errors.append(f"{f}: {i}: locale/importance")
        if m["messageType"] == "systemEventMessage":
            ed = m["eventDetail"] or {}
            if m["from"] is not None or m["body"] != {"contentType": "html", "content": "<systemEventMessage/>"} or ed.get("@odata.type") not in EVENTS:
                errors.append(f"{f}: {i}: system message layout")
            ini = ed.get("initiator", {}).get("user", {}).get("id")
            if ini not in names: errors.append(f"{f}: {i}: initiator {ini}")
            for mb in ed.get("members", []):
                if mb["id"] not in names: errors.append(f"{f}: {i}: added member {mb['id']} never writes")
            continue
        if m["messageType"] != "message" or m["eventDetail"] is not None: errors.append(f"{f}: {i}: messageType/eventDetail")
        u = (m["from"] or {}).get("user") or {}
        if u.get("@odata.type") != "#microsoft.graph.teamworkUserIdentity" or not GUID.match(u.get("id", "")) or u.get("userIdentityType") != "aadUser":
            errors.append(f"{f}: {i}: sender identity")
        tenants.add(u.get("tenantId"))
        html_ = m["body"]["content"]
        if m["body"]["contentType"] != "html": errors.append(f"{f}: {i}: contentType")
        b = balanced(html_)
        if b.bad or b.stack: errors.append(f"{f}: {i}: body HTML not balanced {b.bad[:1] or b.stack[:1]}")
        ats = re.findall(r'<at id="(\d+)">([^<]*)</at>', html_)
        if [(str(x["id"]), x["mentionText"]) for x in m["mentions"]] != ats: errors.append(f"{f}: {i}: <at> tags and mentions differ")
        for x in m["mentions"]:
            if x["mentioned"]["user"]["id"] not in names: errors.append(f"{f}: {i}: mention of an unknown user")
        refs = re.findall(r'<attachment id="([^"]+)"></attachment>', html_)
        if sorted(refs) != sorted(a["id"] for a in m["attachments"]): errors.append(f"{f}: {i}: attachments not referenced in the body")
        for a in m["attachments"]:
            if a["contentType"] == "reference":
                if not (a["contentUrl"] or "").startswith("https://") or a["contentUrl"].rsplit("/", 1)[-1] != a["name"]: errors.append(f"{f}: {i}: file attachment")
            elif a["contentType"] == "messageReference":
                try:
                    ref = json.loads(a["content"])
                except ValueError:
                    errors.append(f"{f}: {i}: messageReference content not JSON"); continue
                par = by_id.get(ref.get("messageId"))
                if a["id"] != ref.get("messageId") or not par or par["createdDateTime"] >= m["createdDateTime"]:
                    errors.append(f"{f}: {i}: messageReference to {ref.get('messageId')}"); continue
                ptxt = re.sub(r"\s+", " ", strip_tags(re.sub(r"</(p|li)>", " ", par["body"]["content"]))).strip()
                if ref.get("messagePreview") != ptxt: errors.append(f"{f}: {i}: messagePreview is not the quoted message's text")
                if ref.get("messageSender", {}).get("user", {}).get("id") != par["from"]["user"]["id"]: errors.append(f"{f}: {i}: messageSender")
            else:
                errors.append(f"{f}: {i}: attachment type {a['contentType']}")
        for r in m["reactions"]:
            ru = r.get("user", {}).get("user", {})
            if REACT.get(r.get("reactionType")) != r.get("displayName") or ru.get("id") not in names or (graph_ms(r.get("createdDateTime")) or 0) < c:
                errors.append(f"{f}: {i}: reaction {r.get('reactionType')}")
    if len(tenants) != 1: errors.append(f"{f}: more than one tenant")


WXR_HEAD = ('<?xml version="1.0" encoding="UTF-8" ?>\n<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->\n')
WXR_ITEM = ["title", "link", "pubDate", "{http://purl.org/dc/elements/1.1/}creator", "guid", "description", CONTENT,
            "{http://wordpress.org/export/1.2/excerpt/}encoded", WP + "post_id", WP + "post_date", WP + "post_date_gmt", WP + "post_modified",
            WP + "post_modified_gmt", WP + "comment_status", WP + "ping_status", WP + "post_name", WP + "status", WP + "post_parent",
            WP + "menu_order", WP + "post_type", WP + "post_password", WP + "is_sticky"]
WXR_TAIL = [WP + "attachment_url", "category", WP + "postmeta", WP + "comment"]


def wp_slug(title):
    s = title.lower()
    s = re.sub(r"[«»:;,.!?()'\"’“”–—]", "", s)
    s = re.sub(r"\s+", "-", s.strip())
    return quote(s, safe="-").lower()


def athens_gmt(local):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    # EET (UTC+2) / EEST (UTC+3): from the last Sunday of March 03:00 local to the last Sunday of October 04:00 local
    def last_sunday(y, mo):
        x = date(y, mo, calendar.monthrange(y, mo)[1])
        return x - timedelta(days=(x.weekday() + 1) % 7)
    start = datetime.combine(last_sunday(d.year, 3), datetime.min.time()) + timedelta(hours=3)
    end = datetime.combine(last_sunday(d.year, 10), datetime.min.time()) + timedelta(hours=4)
    return d - timedelta(hours=3 if start <= d < end else 2)


def check_wxr(f, raw):
    if not raw.startswith(WXR_HEAD) or "\r" in raw or not raw.endswith("</rss>\n"): errors.append(f"{f}: not WordPress' export head/tail")
    gm = re.search(r'<!-- generator="WordPress/([\d.]+)" created="(\d{4}-\d\d-\d\d \d\d:\d\d)" -->', raw)
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if root.tag != "rss" or root.get("version") != "2.0" or 'xmlns:wp="http://wordpress.org/export/1.2/"' not in raw[:1500]: errors.append(f"{f}: root/namespaces")
    ch = root.find("channel")
    site = ch.findtext("link")
    if ch.findtext(WP + "wxr_version") != "1.2" or ch.findtext(WP + "base_site_url") != site or ch.findtext(WP + "base_blog_url") != site:
        errors.append(f"{f}: wxr_version/base URLs")
    if not gm or ch.findtext("generator") != f"https://wordpress.org/?v={gm.group(1)}": errors.append(f"{f}: generator comment/element")
    logins = {a.findtext(WP + "author_login") for a in ch.findall(WP + "author")}
    terms = {}
    for c in ch.findall(WP + "category"):
        nice, name = c.findtext(WP + "category_nicename"), c.findtext(WP + "cat_name")
        if nice != wp_slug(name) and nice != "uncategorized": errors.append(f"{f}: category slug {nice} for {name}")
        terms[("category", nice)] = name
    for t in ch.findall(WP + "tag"):
        nice, name = t.findtext(WP + "tag_slug"), t.findtext(WP + "tag_name")
        if nice != wp_slug(name): errors.append(f"{f}: tag slug {nice} for {name}")
        terms[("post_tag", nice)] = name
    items = ch.findall("item")
    ids, links, cids = {}, set(), set()
    for it in items:
        ids[it.findtext(WP + "post_id")] = it
        links.add(it.findtext("link"))
    for it in items:
        pid = it.findtext(WP + "post_id")
        tags = [c.tag for c in it]
        head, tail = tags[:len(WXR_ITEM)], tags[len(WXR_ITEM):]
        if head != WXR_ITEM or [x for x in WXR_TAIL if x in tail] != sorted(set(tail), key=WXR_TAIL.index) or \
                tail != sorted(tail, key=lambda x: WXR_TAIL.index(x) if x in WXR_TAIL else 99) or any(x not in WXR_TAIL for x in tail):
            errors.append(f"{f}: item {pid}: element order")
        if it.findtext("{http://purl.org/dc/elements/1.1/}creator") not in logins: errors.append(f"{f}: item {pid}: unknown author")
        ptype, status = it.findtext(WP + "post_type"), it.findtext(WP + "status")
        if ptype not in ("post", "page", "attachment", "nav_menu_item") or status not in ("publish", "draft", "inherit", "private", "pending", "future"):
            errors.append(f"{f}: item {pid}: type/status")
        guid = it.find("guid")
        want_guid = it.findtext(WP + "attachment_url") if ptype == "attachment" else f"{site}/?p={pid}"
        if guid.text != want_guid or guid.get("isPermaLink") != "false": errors.append(f"{f}: item {pid}: guid")
        pd, pg = it.findtext(WP + "post_date"), it.findtext(WP + "post_date_gmt")
        md, mg = it.findtext(WP + "post_modified"), it.findtext(WP + "post_modified_gmt")
        name = it.findtext(WP + "post_name")
        if status == "draft":
            if pg != "0000-00-00 00:00:00" or it.findtext("pubDate") != "Mon, 30 Nov -0001 00:00:00 +0000" or it.findtext("link") != f"{site}/?p={pid}":
                errors.append(f"{f}: item {pid}: draft dates/link")
        else:
            g = athens_gmt(pd)
            if pg != g.strftime("%Y-%m-%d %H:%M:%S"): errors.append(f"{f}: item {pid}: post_date_gmt {pg} for {pd}")
            if it.findtext("pubDate") != format_datetime(g.replace(tzinfo=timezone.utc)).replace("-0000", "+0000"): errors.append(f"{f}: item {pid}: pubDate")
            if name != wp_slug(it.findtext("title")): errors.append(f"{f}: item {pid}: post_name {name} is not the title's slug")
            if ptype == "post": want = f"{site}/{pd[:4]}/{pd[5:7]}/{name}/"
            elif ptype == "page": want = f"{site}/{name}/"
            else:
                par = ids.get(it.findtext(WP + "post_parent"))
                want = (par.findtext("link") if par is not None else "?") + name + "/"
            if it.findtext("link") != want: errors.append(f"{f}: item {pid}: link {it.findtext('link')} (permalink structure gives {want})")
        if mg != athens_gmt(md).strftime("%Y-%m-%d %H:%M:%S") or md < pd: errors.append(f"{f}: item {pid}: modified dates")
        if it.findtext(WP + "post_parent") != "0" and it.findtext(WP + "post_parent") not in ids: errors.append(f"{f}: item {pid}: parent")
        for c in it.findall("category"):
            if terms.get((c.get("domain"), c.get("nicename"))) != c.text: errors.append(f"{f}: item {pid}: category {c.get('nicename')} not defined")
        seen = []
        for c in it.findall(WP + "comment"):
            cid = c.findtext(WP + "comment_id")
            if cid in cids: errors.append(f"{f}: comment {cid} repeated")
            cids.add(cid)
            par = c.findtext(WP + "comment_parent")
            if par != "0" and par not in seen: errors.append(f"{f}: comment {cid}: parent {par} not an earlier comment of the post")
            seen.append(cid)
            cd = c.findtext(WP + "comment_date")
            if c.findtext(WP + "comment_date_gmt") != athens_gmt(cd).strftime("%Y-%m-%d %H:%M:%S") or cd < pd: errors.append(f"{f}: comment {cid}: dates")
            if c.findtext(WP + "comment_type") not in ("comment", "pingback", "trackback") or c.findtext(WP + "comment_approved") not in ("0", "1"):
                errors.append(f"{f}: comment {cid}: type/approved")
        content = it.findtext(CONTENT) or ""
        stack = []
        for m in re.finditer(r"<!-- (/?)wp:([a-z/-]+)(?: (\{.*?\}))? (/?)-->", content):
            if m.group(4): continue
            if m.group(1):
                if not stack or stack[-1] != m.group(2): errors.append(f"{f}: item {pid}: block wp:{m.group(2)} closes {stack[-1:] or 'nothing'}")
                else: stack.pop()
            else:
                stack.append(m.group(2))
                if m.group(3):
                    try: json.loads(m.group(3))
                    except ValueError: errors.append(f"{f}: item {pid}: block attributes not JSON")
        if stack: errors.append(f"{f}: item {pid}: unclosed blocks {stack}")
        b = balanced(content)
        if b.bad or b.stack: errors.append(f"{f}: item {pid}: content HTML not balanced {b.bad[:1] or b.stack[:1]}")
        for h in re.findall(r'href="([^"]+)"', content):
            if h.startswith(site) and h not in links: errors.append(f"{f}: item {pid}: internal link {h} to no item")


CHROME_TRANS = {"LINK", "TYPED", "AUTO_BOOKMARK", "AUTO_SUBFRAME", "MANUAL_SUBFRAME", "GENERATED", "AUTO_TOPLEVEL", "FORM_SUBMIT", "RELOAD",
                "KEYWORD", "KEYWORD_GENERATED"}


def check_chrome(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=4) + "\n" != raw: errors.append(f"{f}: not Takeout's layout (indent 4)")
    if list(d) != ["Browser History"]: errors.append(f"{f}: top-level keys {list(d)}"); return
    vs = d["Browser History"]
    ts = [v.get("time_usec") for v in vs]
    if any(not isinstance(x, int) for x in ts) or any(a <= b for a, b in zip(ts, ts[1:])): errors.append(f"{f}: time_usec not strictly decreasing")
    devices = set()
    for k, v in enumerate(vs):
        keys = [x for x in v if x != "favicon_url"]
        if keys != ["page_transition", "title", "ptoken", "url", "client_id", "time_usec"] or ("favicon_url" in v and list(v)[0] != "favicon_url"):
            errors.append(f"{f}: visit {k}: keys {list(v)}")
        if v.get("page_transition") not in CHROME_TRANS: errors.append(f"{f}: visit {k}: page_transition {v.get('page_transition')}")
        if v.get("ptoken") != {}: errors.append(f"{f}: visit {k}: ptoken")
        try:
            if len(base64.b64decode(v.get("client_id", ""), validate=True)) != 16: raise ValueError
        except ValueError:
            errors.append(f"{f}: visit {k}: client_id")
        devices.add(v.get("client_id"))
        url, title = v.get("url", ""), v.get("title", "")
        if not re.match(r"https?://", url): errors.append(f"{f}: visit {k}: url {url[:40]}")
        if "favicon_url" in v and not re.match(r"https://", v["favicon_url"]): errors.append(f"{f}: visit {k}: favicon_url")
        m = re.match(r"https://arxiv\.org/abs/(\d{4}\.\d{4,5})", url)
        if m and not title.startswith(f"[{m.group(1)}] "): errors.append(f"{f}: visit {k}: arXiv page title {title[:40]!r} for {url}")
        if re.match(r"https://openreview\.net/forum\?id=", url) and not title.endswith(" | OpenReview"): errors.append(f"{f}: visit {k}: OpenReview title")
        if url.startswith("https://www.google.com/search?"):
            q = parse_qs(urlsplit(url).query).get("q", [""])[0]
            if title != q + " - Google Search": errors.append(f"{f}: visit {k}: search title {title[:40]!r} for q={q[:40]!r}")
        if re.match(r"https://arxiv\.org/pdf/", url) and title and not re.match(r"\d{4}\.\d{4,5}(v\d+)?\.pdf$", title): errors.append(f"{f}: visit {k}: pdf title")
    if len(devices) > 2: errors.append(f"{f}: {len(devices)} devices")


def go_marshal_indent(o):
    s = json.dumps(o, ensure_ascii=False, indent=2, sort_keys=True)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def meta(raw, attr, name):
    m = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)">', raw)
    return html.unescape(m.group(1)) if m else None


def check_hebrew(f, raw):
    if not raw.startswith('<!DOCTYPE html>\n<html lang="he" dir="rtl">\n') or "\r" in raw or not raw.endswith("</html>\n"): errors.append(f"{f}: doctype/html element")
    b = balanced(raw)
    for tag, line, top in b.bad: errors.append(f"{f}: line {line}: </{tag}> closes {top}")
    if b.stack: errors.append(f"{f}: unclosed {b.stack[:3]}")
    blocks = jsonld_blocks(raw)
    if len(blocks) != 1: errors.append(f"{f}: {len(blocks)} JSON-LD blocks"); return
    try:
        ld = json.loads(blocks[0])
    except ValueError as ex:
        errors.append(f"{f}: JSON-LD not JSON: {ex}"); return
    if go_marshal_indent(ld) != blocks[0]: errors.append(f"{f}: JSON-LD not Go's MarshalIndent output (sorted keys, escapes)")
    if "<" in blocks[0]: errors.append(f"{f}: raw < inside the script")
    if ld.get("@context") != "https://schema.org" or ld.get("@type") != "BlogPosting": errors.append(f"{f}: @context/@type")
    h1 = re.search(r'<h1 class="post-title[^"]*">(.*?)</h1>', raw)
    title = re.search(r"<title>(.*?)</title>", raw)
    canon = re.search(r'<link rel="canonical" href="([^"]+)">', raw)
    hl = ld.get("headline")
    if not h1 or strip_tags(h1.group(1)) != hl or not title or html.unescape(title.group(1)).split(" | ")[0] != hl or meta(raw, "property", "og:title") != hl:
        errors.append(f"{f}: headline/h1/title/og:title differ")
    if ld.get("description") != meta(raw, "name", "description") or meta(raw, "property", "og:description") != ld.get("description"): errors.append(f"{f}: description")
    if not canon or ld.get("mainEntityOfPage", {}).get("@id") != canon.group(1) or meta(raw, "property", "og:url") != canon.group(1): errors.append(f"{f}: canonical/@id/og:url")
    if ld.get("datePublished") != meta(raw, "property", "article:published_time") or ld.get("dateModified") != meta(raw, "property", "article:modified_time") \
            or ld.get("dateModified", "") < ld.get("datePublished", ""):
        errors.append(f"{f}: dates")
    body = raw.split("<body", 1)[-1]
    text = re.sub(r"\s+", " ", strip_tags(body))
    cits = ld.get("citation", [])
    refs = re.search(r'<ol class="refs">\n(.*?)\n</ol>', raw, re.S)
    items = re.findall(r"<li>(.*?)</li>", refs.group(1)) if refs else []
    if len(items) != len(cits): errors.append(f"{f}: {len(items)} reference items for {len(cits)} citations")
    for k, c in enumerate(cits):
        n = c.get("name", "")
        if c.get("@type") != "ScholarlyArticle" or not n or not c.get("author") or not all(a.get("@type") == "Person" and a.get("name") for a in c["author"]):
            errors.append(f"{f}: citation {k}: type/name/authors")
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", c.get("datePublished", "")): errors.append(f"{f}: citation {k}: datePublished")
        for key in ("url", "sameAs"):
            if key in c and not re.match(r"https?://", c[key]): errors.append(f"{f}: citation {k}: {key}")
        ident = c.get("identifier")
        if ident is not None and (ident.get("@type") != "PropertyValue" or ident.get("propertyID") != "arXiv" or not re.fullmatch(r"\d{4}\.\d{4,5}", ident.get("value", ""))):
            errors.append(f"{f}: citation {k}: identifier")
        if n not in text.replace(" et al. ", " "): errors.append(f"{f}: citation {k}: {n[:40]!r} not in the page text")
        if k < len(items) and n not in html.unescape(strip_tags(items[k])): errors.append(f"{f}: reference item {k + 1} is not citation {k + 1}")
    for dv in re.findall(r'\bdir="([^"]*)"', raw):
        if dv not in ("ltr", "rtl", "auto"): errors.append(f"{f}: dir={dv}")
    hid = re.findall(r'<h2 id="([^"]+)"', raw)
    if len(hid) != len(set(hid)): errors.append(f"{f}: duplicate heading ids")


WORD_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n<w:wordDocument '


def check_wordml(f, raw):
    if not raw.startswith(WORD_HEAD) or raw.count("\n") != 2 or raw.count("\r") != 2 or raw.endswith("\n"): errors.append(f"{f}: not Word's layout (two CRLF PI lines, then one line)")
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if root.tag != W + "wordDocument" or root.get("{http://www.w3.org/XML/1998/namespace}space") != "preserve": errors.append(f"{f}: root element")
    dp = root.find(O + "DocumentProperties")
    if dp is None or not dp.findtext(O + "Title") or not (dp.findtext(O + "Created") or "~") <= (dp.findtext(O + "LastSaved") or ""):
        errors.append(f"{f}: DocumentProperties")
    styles = {(s.get(W + "type"), s.get(W + "styleId")) for s in root.iter(W + "style")}
    for tag, ty in (("pStyle", "paragraph"), ("rStyle", "character"), ("tblStyle", "table")):
        for e in root.iter(W + tag):
            if (ty, e.get(W + "val")) not in styles: errors.append(f"{f}: {tag} {e.get(W + 'val')} not defined")
    ilfos = {l.get(W + "ilfo") for l in root.iter(W + "list")}
    for e in root.iter(W + "ilfo"):
        if e.get(W + "val") not in ilfos: errors.append(f"{f}: list ilfo {e.get(W + 'val')} not defined")
    rsids = {e.get(WSP + "val") for e in root.iter(WSP + "rsid")} | {e.get(WSP + "val") for e in root.iter(WSP + "rsidRoot")}
    for e in root.iter():
        for a in (WSP + "rsidR", WSP + "rsidRDefault"):
            if e.get(a) and e.get(a) not in rsids: errors.append(f"{f}: rsid {e.get(a)} not in wsp:rsids"); break
    bookmarks = {e.get(W + "name") for e in root.iter(W + "bookmark")}
    for h in root.iter(W + "hlink"):
        dst = h.get(W + "dest")
        if not ((dst and re.match(r"(https?://|mailto:)", dst)) or h.get(W + "bookmark") in bookmarks): errors.append(f"{f}: hlink {dst}")
    for tbl in root.iter(W + "tbl"):
        grid = [int(g.get(W + "w")) for g in tbl.find(W + "tblGrid")]
        prev_vm = {}
        for ri, tr in enumerate(tbl.findall(W + "tr")):
            col, vm = 0, {}
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                span = int(pr.find(W + "gridSpan").get(W + "val")) if pr is not None and pr.find(W + "gridSpan") is not None else 1
                w = pr.find(W + "tcW") if pr is not None else None
                if w is None or int(w.get(W + "w")) != sum(grid[col:col + span]): errors.append(f"{f}: table row {ri + 1}: cell width at column {col + 1}")
                v = pr.find(W + "vmerge") if pr is not None else None
                if v is not None:
                    if v.get(W + "val") == "restart": vm[col] = True
                    elif not prev_vm.get(col): errors.append(f"{f}: table row {ri + 1}: vmerge continuation without a restart above")
                    else: vm[col] = True
                if not tc.findall(W + "p"): errors.append(f"{f}: table row {ri + 1}: cell without a paragraph")
                col += span
            if col != len(grid): errors.append(f"{f}: table row {ri + 1}: {col} columns for a grid of {len(grid)}")
            prev_vm = vm

    def heading_level(p):
        ps = p.find(f"{W}pPr/{W}pStyle")
        m = re.fullmatch(r"Heading(\d)", ps.get(W + "val")) if ps is not None else None
        return int(m.group(1)) if m else None

    def subsec(e, level):
        for c in e:
            if c.tag == WX + "sub-section":
                first = c[0] if len(c) else None
                if first is None or first.tag != W + "p" or heading_level(first) != level + 1: errors.append(f"{f}: wx:sub-section not opened by a Heading{level + 1}")
                subsec(c, level + 1)
    sects = root.findall(f"{W}body/{WX}sect")
    if len(sects) != 1 or sects[0][-1].tag != W + "sectPr": errors.append(f"{f}: body/sect/sectPr")
    else: subsec(sects[0], 0)
    for p in root.iter(W + "p"):
        st = [e.get(W + "type") for e in p if e.tag == W + "proofErr"]
        if st != ["spellStart", "spellEnd"] * (len(st) // 2) or len(st) % 2: errors.append(f"{f}: proofErr not paired in a paragraph"); break
    for r in root.iter(W + "r"):
        fn = r.find(W + "footnote")
        if fn is not None:
            rs = r.find(f"{W}rPr/{W}rStyle")
            if rs is None or rs.get(W + "val") != "FootnoteReference" or not list(fn.iter(W + "footnoteRef")): errors.append(f"{f}: footnote run")


ZIM_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def check_zim(f, raw):
    if raw.startswith("\ufeff") or "\r" in raw or not raw.endswith("\n"): errors.append(f"{f}: BOM, CR or no final newline")
    lines = raw.split("\n")[:-1]
    for i, l in enumerate(lines, 1):
        if l != l.rstrip(): errors.append(f"{f}: line {i}: trailing blank")
    cd = re.fullmatch(r"Creation-Date: (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d)", lines[2] if len(lines) > 2 else "")
    if lines[:2] != ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6"] or not cd or lines[3] != "": errors.append(f"{f}: header lines")
    if not re.fullmatch(r"====== \S.* ======", lines[4] if len(lines) > 4 else ""): errors.append(f"{f}: page heading")
    if cd:
        d = datetime.fromisoformat(cd.group(1))
        if lines[5] != f"Created {ZIM_WEEK[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}": errors.append(f"{f}: 'Created …' line {lines[5]!r}")
    in_verb = False
    table = []
    for i, l in enumerate(lines[6:] + [""], 7):
        if l == "'''":
            in_verb = not in_verb; continue
        if in_verb: continue
        if l.startswith("|"):
            table.append((i, l)); continue
        if table:
            if len({len(x) for _, x in table}) != 1 or len({x.count("|") for _, x in table}) != 1 or len(table) < 2 or \
                    not re.fullmatch(r"\|(:?-+:?\|)+", table[1][1]):
                errors.append(f"{f}: table at line {table[0][0]}: rows of different widths or no alignment row")
            table = []
        if l.startswith("="):
            if not re.fullmatch(r"(={2,5}) \S.* \1", l): errors.append(f"{f}: line {i}: heading {l[:30]!r}")
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: line {i}: [[ ]] not closed")
        for tgt in re.findall(r"\[\[([^|\]]*)", l):
            if not re.fullmatch(r"https?://\S+|\+[\w ]+(#[\w-]+)?|:?[\w ]+(:[\w -]+)*(#[\w-]+)?", tgt): errors.append(f"{f}: line {i}: link target {tgt!r}")
        if re.match(r"^ +\S", l): errors.append(f"{f}: line {i}: indented with spaces")
        m = re.match(r"^\t*\[(.)\] ", l)
        if m and m.group(1) not in " *x><": errors.append(f"{f}: line {i}: checkbox [{m.group(1)}]")
        bare = re.sub(r"\[\[[^\]]*\]\]|https?://\S+|''[^']*''", "", l)
        for mk in ("**", "//", "__", "~~"):
            if bare.count(mk) % 2: errors.append(f"{f}: line {i}: unpaired {mk}")
        if l.count("''") % 2: errors.append(f"{f}: line {i}: unpaired ''")
        for img in re.findall(r"\{\{([^}]*)\}\}", l):
            if not re.fullmatch(r"\./[\w.-]+\.(png|jpg|svg)(\?width=\d+)?", img): errors.append(f"{f}: line {i}: image {img}")
    if in_verb: errors.append(f"{f}: ''' block not closed")


PO_HEADER_KEYS = ["Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date", "Last-Translator", "Language",
                  "Language-Team", "Plural-Forms", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Generated-By"]
PY_FMT = re.compile(r"%\((\w+)\)[sd]")


def check_po(f, raw):
    if raw.startswith("\ufeff") or "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: BOM, CR or final newline")
    if "\n\n\n" in raw: errors.append(f"{f}: more than one empty line between entries")
    for i, l in enumerate(raw.split("\n"), 1):
        if len(l) > 79: errors.append(f"{f}: line {i}: {len(l)} columns")
        if l != l.rstrip(): errors.append(f"{f}: line {i}: trailing blank")
        for m in re.finditer(r"\\(.)", l if '"' in l else ""):
            if m.group(1) not in 'nt"\\': errors.append(f"{f}: line {i}: escape \\{m.group(1)}")
    ents = po_entries(raw)
    for e in ents:
        for l in e["bad"]: errors.append(f"{f}: not a PO line: {l[:40]!r}")
    hd = ents[0]
    if hd["fields"].get("msgid") != "" or "msgstr" not in hd["fields"]: errors.append(f"{f}: no header entry first"); return
    hdr = dict(re.findall(r"^([\w-]+): (.*)$", hd["fields"]["msgstr"], re.M))
    if list(hdr) != PO_HEADER_KEYS: errors.append(f"{f}: header fields {list(hdr)}")
    if hdr.get("Content-Type") != "text/plain; charset=utf-8" or not re.match(r"nplurals=2; plural=\(n != 1\);$", hdr.get("Plural-Forms", "")):
        errors.append(f"{f}: Content-Type/Plural-Forms")
    if hdr.get("PO-Revision-Date", "") < hdr.get("POT-Creation-Date", "~"): errors.append(f"{f}: revised before the template was created")
    seen, obsolete_started = set(), False
    for e in ents[1:]:
        flds, com = e["fields"], e["comments"]
        mid = flds.get("msgid")
        if mid is None: errors.append(f"{f}: entry without msgid: {e['lines'][:2]}"); continue
        if e["obsolete"]:
            obsolete_started = True
            if any(c.startswith("#:") for c in com): errors.append(f"{f}: obsolete entry {mid[:30]!r} with references")
            if any(not (l.startswith("#~ ") or l.startswith("#. ") or l.startswith("# ")) for l in e["lines"]): errors.append(f"{f}: obsolete entry {mid[:30]!r}: line without #~")
        elif obsolete_started:
            errors.append(f"{f}: active entry {mid[:30]!r} after obsolete ones")
        key = (flds.get("msgctxt"), mid, e["obsolete"])
        if key in seen: errors.append(f"{f}: duplicate msgid {mid[:30]!r}")
        seen.add(key)
        flags = [x.strip() for c in com if c.startswith("#,") for x in c[2:].split(",")]
        order = [k for k in e["keys"]]
        if "msgid_plural" in flds:
            if order[-3:] != ["msgid_plural", "msgstr[0]", "msgstr[1]"] or "msgstr" in flds: errors.append(f"{f}: plural entry {mid[:30]!r} forms")
        elif order[-1:] != ["msgstr"] or any(k.startswith("msgstr[") for k in order): errors.append(f"{f}: entry {mid[:30]!r} msgstr")
        if order[:2] not in (["msgid", "msgstr"], ["msgid", "msgid_plural"], ["msgctxt", "msgid"]): errors.append(f"{f}: entry {mid[:30]!r} key order {order}")
        has_fmt = bool(PY_FMT.search(mid))
        if has_fmt != ("python-format" in flags): errors.append(f"{f}: entry {mid[:30]!r}: python-format flag")
        for k, v in flds.items():
            if k.startswith("msgstr"):
                if not v and "fuzzy" not in flags: errors.append(f"{f}: entry {mid[:30]!r} untranslated")
                if has_fmt and v and sorted(PY_FMT.findall(v)) != sorted(PY_FMT.findall(mid + " " + flds.get("msgid_plural", ""))[:len(PY_FMT.findall(v))]) \
                        and set(PY_FMT.findall(v)) != set(PY_FMT.findall(mid)):
                    errors.append(f"{f}: entry {mid[:30]!r}: placeholders differ in {k}")
        if any(c.startswith("#|") for c in com) and "fuzzy" not in flags: errors.append(f"{f}: #| on an entry that is not fuzzy")
        for c in com:
            if c.startswith("#:"):
                for rf in c[2:].split():
                    if not re.fullmatch(r"[\w./-]+:\d+", rf): errors.append(f"{f}: reference {rf!r}")
            elif not re.match(r"#([.,|:~]| )", c): errors.append(f"{f}: comment {c[:30]!r}")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 207: check_tw(f, raw)
    if n == 208: check_jex(f, path)
    if n == 209: check_hypo(f, raw)
    if n == 210: check_teams(f, raw)
    if n == 211: check_wxr(f, raw)
    if n == 212: check_chrome(f, raw)
    if n == 213: check_hebrew(f, raw)
    if n == 214: check_wordml(f, raw)
    if n == 215: check_zim(f, raw)
    if n == 216: check_po(f, raw)


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
        if f.endswith(".jex"):
            raw = jex_raw(path)
        else:
            raw = open(path, encoding="utf-8", newline="").read()
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    except (tarfile.TarError, OSError) as ex:
        errors.append(f"{f}: not a tar archive: {ex}"); raw = ""
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-18) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 19)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r18 = set()
p18 = os.path.join(TD, "digests-round18", "expected.json")
if os.path.exists(p18):
    r18 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p18)).values() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:70s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (digests-own, rounds 8-18): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round18: {sum(1 for k in allrecs if k in r18)}; papers in more than one round19 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
