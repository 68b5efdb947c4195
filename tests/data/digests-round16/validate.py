#!/usr/bin/env python3
"""Checks round16/expected.json against the digests and the shared catalogues.

Adapted from round15/validate.py. Each digest is read in its raw form (UTF-8 text) and in decoded forms, the way a
reader of that shape would see it:
  - Jira wiki markup (177): links [text|url] as "text <url>", [url] as "<url>", the phrase markup (??cite??, *bold*,
    _italic_, {{mono}}, ^sup^) and the {quote}/{panel} macros removed;
  - phpBB BBCode (178): [url=X]text[/url] as "text <X>", [url]X[/url] as "<X>", every other tag removed;
  - RefWorks tagged (179): per record "T1 | JF | T2 | NO | DO | UL | U1" (tag prefixes removed);
  - Zotero MODS XML (180): per <mods> its title, identifiers, location URL, note texts (the escaped note HTML
    unescaped by the XML parser, tags stripped) and host title;
  - Mastodon API JSON (181): every JSON string (\\u003c… undone); per status the content's text (tags stripped,
    entities undone, each <a href> after its text, so the invisible/ellipsis spans read whole) and the card's
    url and title;
  - irssi log (182): the message texts without timestamps and nick columns;
  - Mailman MIME digest (183): every MIME part decoded (quoted-printable, charset), the HTML alternative's text with
    hrefs, the RFC 2047 headers decoded;
  - Blogger HTML (184): the page's text (tags stripped, entities undone, each <a href> after its text);
  - DokuWiki (185): [[target|text]] as "text <target>", ((footnotes)) inline, the \\\\ line breaks and
    formatting markup removed;
  - Google Keep Takeout JSON (186): every JSON string, each textHtml's text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 16
needs none: 179 writes the feedback-memory paper under its first arXiv title (a version title in the catalogue).

Shape checks (each digest is checked against the rules of the tool that writes its shape):
  - 177: LF only, no HTML tags, no Markdown links; headings "hN. " with N 1–6; {quote}, {panel}, {code},
    {noformat} macros balanced; every [...] link closed on its line and its target a URL, a [~user] mention or a
    [^attachment]; tables: header rows "||…||", data rows "|…|", one cell count per table (cells split outside
    [...] links);
  - 178: BBCode tags properly nested and closed ([b] [i] [u] [size] [color] [url] [list] [quote] [spoiler] [code]
    [attachment]), [*] only inside [list], [quote=name post_id=N time=T user_id=N] with a 10-digit time, [url=…]
    targets http(s), [size=N] with 50 ≤ N ≤ 200, no HTML tags;
  - 179: CRLF only, no BOM; records separated by one empty line; every line "TG value"; each record RT, SR, ID
    first, IDs 1…n, T1 present, tags only from RefWorks' set and in its order, A1 "Last, First";
  - 180: '<?xml version="1.0"?>\\n' then one line; modsCollection with the MODS 3.2 schemaLocation; per <mods> the
    translator's element order; partial items (conferencePaper, journalArticle, blogPost, webpage) with originInfo
    and the marcgt genre in relatedItem type="host", others not; roleTerm "aut" (marcrelator, code); location/url
    usage "primary display" with a dateLastAccessed "YYYY-MM-DD HH:MM:SS";
  - 181: the file is Rails' compact JSON (json.dumps(…, ensure_ascii=False, separators=(",", ":")) with "<", ">",
    "&" as \\u003c, \\u003e, \\u0026); statuses newest first; id >> 16 = created_at in ms; in_reply_to_id naming
    an older status; reblogs with empty content and url null; every content link's spans (invisible prefix,
    ≤ 30-character display, invisible suffix) reassembling its href, class "ellipsis" exactly when cut; hashtags in
    content = the tags field;
  - 182: every line a known irssi log line (message "HH:MM <Mnick> text", action, -!- join/quit/part/nick/topic,
    [Users] block, --- Log opened/closed, --- Day changed); log opened first and closed last; times non-decreasing
    within a day; the Day changed dates consecutive and their weekday right;
  - 183: ASCII only, LF only; multipart/mixed with masthead, Today's Topics, multipart/digest and Digest Footer;
    the masthead's Content-Description = the Subject; the topic count and the topic subjects = the enclosed
    messages (list prefix removed); each enclosed message with Message-ID, Date, From and the list's Subject prefix;
    quoted-printable lines ≤ 76 and every "=" an escape or a soft break; boundaries closed;
  - 184: UTF-8, <html dir='rtl' lang='ar'>; HTML tags balanced (void elements aside); post-body id = the postId
    meta; canonical = og:url = the timestamp link; <title> = blog title + ": " + post title; comment anchors and
    showComment links agree; label links = the percent-encoded label text;
  - 185: LF only; headings with matching "=" runs (2–6); table rows "^"/"|"-delimited with one cell count per table
    (outside [[…]], ((…)), {{…}}); [[…]], ((…)), {{…}} balanced; list items indented two spaces;
  - 186: the file is json.dumps(…, ensure_ascii=False, separators=(",", ":")) (no newline); Takeout's key order;
    every textHtml's text = its text; usec timestamps, created ≤ edited; annotations of source WEBLINK.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks."""
import email, html, json, os, quopri, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import decode_header
from html.parser import HTMLParser
from urllib.parse import quote, unquote

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
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " <" + m.group(1) + ">", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|blockquote)>|<br ?/?>", "\n", s)
    return strip_tags(s)


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

def jira_text(raw):
    s = re.sub(r"\[([^\[\]|]+)\|([^\[\]]+)\]", r"\1 <\2>", raw)
    s = re.sub(r"\[(https?://[^\]]+)\]", r"<\1>", s)
    s = re.sub(r"\{(quote|panel[^}]*|code[^}]*|noformat|color[^}]*)\}", " ", s)
    s = re.sub(r"\?\?(.+?)\?\?", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(\S.*?\S|\S)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<![\w_])_(\S.*?\S|\S)_(?![\w_])", r"\1", s)
    s = re.sub(r"\{\{(.+?)\}\}", r"\1", s)
    return [s]


def bbcode_text(raw):
    s = re.sub(r"\[url=([^\]]+)\](.*?)\[/url\]", r"\2 <\1>", raw, flags=re.S)
    s = re.sub(r"\[url\](.*?)\[/url\]", r"<\1>", s, flags=re.S)
    s = re.sub(r"\[/?[a-z*]+(?:=[^\]]*)?\]", "", s)
    return [s]


def refworks_records(raw):
    return [r for r in raw.replace("\r\n", "\n").split("\n\n") if r.strip()]


def refworks_text(raw):
    out = []
    for r in refworks_records(raw):
        vals = {}
        for l in r.split("\n"):
            if len(l) > 3: vals.setdefault(l[:2], []).append(l[3:])
        out.append(" | ".join(v for t in ("T1", "JF", "T2", "NO", "DO", "UL", "U1") for v in vals.get(t, [])))
    return ["\n".join(out)]


MODS = "{http://www.loc.gov/mods/v3}"


def mods_text(raw):
    root = ET.fromstring(raw.encode())
    out = []
    for m in root.findall(MODS + "mods"):
        parts = [m.findtext(f"{MODS}titleInfo/{MODS}title") or ""]
        parts += [i.text or "" for i in m.findall(MODS + "identifier")]
        parts += [u.text or "" for u in m.iter(MODS + "url")]
        parts += [strip_tags(n.text or "") for n in m.findall(MODS + "note")]
        parts += [t.text or "" for t in m.findall(f"{MODS}relatedItem/{MODS}titleInfo/{MODS}title")]
        out.append(" | ".join(parts))
    return ["\n".join(out)]


def masto_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for s in d:
        for x in (s, s.get("reblog") or {}):
            if x.get("content"): out.append(html_text(x["content"]))
            if x.get("card"): out.append(x["card"]["url"] + " | " + x["card"]["title"])
    return out


IRSSI_MSG = re.compile(r"^\d\d:\d\d <[ @+%](\S+)> (.*)$")
IRSSI_ACT = re.compile(r"^\d\d:\d\d  \* (\S+) (.*)$")


def irssi_text(raw):
    out = []
    for l in raw.split("\n"):
        m = IRSSI_MSG.match(l) or IRSSI_ACT.match(l)
        if m: out.append(m.group(2))
    return ["\n".join(out)]


def hdr(v):
    return "".join(t.decode(c or "utf-8") if isinstance(t, bytes) else t for t, c in decode_header(v or ""))


def mime_text(raw):
    m = email.message_from_string(raw)
    out = []
    for p in m.walk():
        for k in ("Subject", "From"):
            if p[k]: out.append(hdr(p[k]))
        if p.is_multipart() or p.get_content_maintype() != "text": continue
        data = p.get_payload(decode=True) or b""
        t = data.decode(p.get_content_charset() or "us-ascii")
        out.append(t)
        if p.get_content_type() == "text/html": out.append(html_text(t))
    return out


def blogger_text(raw):
    body = raw.split("<body", 1)[1] if "<body" in raw else raw
    return [html_text(body)]


def doku_text(raw):
    s = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", r"\2 <\1>", raw)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"<\1>", s)
    s = re.sub(r"\(\((.*?)\)\)", r" (\1)", s, flags=re.S)
    s = s.replace("\\\\ ", " ").replace("**", "").replace("//", "/ /".replace(" ", "") if False else "//")
    s = re.sub(r"(?<!:)//(.+?)(?<!:)//", r"\1", s)
    return [s]


def keep_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for it in d.get("listContent", []):
        out.append(strip_tags(it.get("textHtml", "")))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 177: forms += jira_text(raw)
    if n == 178: forms += bbcode_text(raw)
    if n == 179: forms += refworks_text(raw)
    if n == 180: forms += mods_text(raw)
    if n == 181: forms += masto_text(raw)
    if n == 182: forms += irssi_text(raw)
    if n == 183: forms += mime_text(raw)
    if n == 184: forms += blogger_text(raw)
    if n == 185: forms += doku_text(raw)
    if n == 186: forms += keep_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

def check_jira(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR in a Jira text field")
    if re.search(r"</?(p|div|a|b|i|span|br)\b[^>]*>", raw): errors.append(f"{f}: HTML tag in wiki markup")
    if re.search(r"\]\(https?://", raw): errors.append(f"{f}: Markdown link in wiki markup")
    for mac in ("quote", "noformat"):
        if raw.count("{" + mac + "}") % 2: errors.append(f"{f}: unbalanced {{{mac}}}")
    for mac in ("panel", "code", "color"):
        opens = len(re.findall(r"\{" + mac + r"(?::[^}]*)?\}", raw))
        if opens % 2: errors.append(f"{f}: unbalanced {{{mac}}}")
    table = None
    for i, l in enumerate(raw.split("\n"), 1):
        if re.match(r"^h\d", l) and not re.match(r"^h[1-6]\. \S", l): errors.append(f"{f}: line {i}: bad heading {l[:20]!r}")
        for m in re.finditer(r"(?<!\\)\[([^\]]*)(\]?)", l):
            inner, closed = m.group(1), m.group(2)
            if not closed: errors.append(f"{f}: line {i}: unclosed link {l[m.start():m.start() + 30]!r}"); continue
            tgt = inner.split("|")[-1]
            if not (re.match(r"https?://\S+$", tgt) or re.match(r"~[\w.]+$", tgt) or re.match(r"\^[\w.-]+$", tgt)):
                errors.append(f"{f}: line {i}: link target {tgt!r}")
        if l.startswith("|"):
            cells = re.sub(r"\[[^\]]*\]", "L", l)
            hdr_row = cells.startswith("||")
            n = len(cells.strip("|").split("||" if hdr_row else "|"))
            if hdr_row and not cells.endswith("||"): errors.append(f"{f}: line {i}: header row not closed")
            if not hdr_row and not cells.endswith("|"): errors.append(f"{f}: line {i}: row not closed")
            if table is None: table = n
            elif n != table: errors.append(f"{f}: line {i}: {n} cells, table has {table}")
        else:
            table = None


BB_PAIRED = ("b", "i", "u", "size", "color", "url", "list", "quote", "spoiler", "code", "attachment")


def check_bbcode(f, raw):
    if re.search(r"</?(p|div|a|b|i|span|br)\b[^>]*>", raw): errors.append(f"{f}: HTML tag in BBCode")
    stack = []
    for m in re.finditer(r"\[(/?)([a-z*]+)(=[^\]]*)?\]", raw):
        close, tag, arg = m.group(1), m.group(2), m.group(3) or ""
        where = raw[:m.start()].count("\n") + 1
        if tag == "*":
            if not stack or stack[-1] != "list": errors.append(f"{f}: line {where}: [*] outside [list]")
            continue
        if tag not in BB_PAIRED: errors.append(f"{f}: line {where}: unknown tag [{tag}]"); continue
        if close:
            if not stack or stack[-1] != tag: errors.append(f"{f}: line {where}: [/{tag}] closes {stack[-1] if stack else 'nothing'}"); continue
            stack.pop()
        else:
            stack.append(tag)
            if tag == "quote" and arg and not re.fullmatch(r'=\w[\w.-]* post_id=\d+ time=\d{10} user_id=\d+', arg):
                errors.append(f"{f}: line {where}: quote attributes {arg!r}")
            if tag == "url" and arg and not re.match(r"=https?://", arg): errors.append(f"{f}: line {where}: url target {arg!r}")
            if tag == "size" and not (arg[1:].isdigit() and 50 <= int(arg[1:]) <= 200): errors.append(f"{f}: line {where}: size {arg!r}")
    if stack: errors.append(f"{f}: unclosed tags {stack}")


RW_ORDER = ["RT", "SR", "ID", "A1", "T1", "JF", "T2", "YR", "FD", "VO", "SP", "OP", "K1", "AB", "NO", "PB", "PP", "SN",
            "LA", "DO", "DS", "DB", "UL", "RD", "U1"]
RW_TYPES = {"Journal Article", "Conference Proceedings", "Generic", "Book, Whole", "Book, Section", "Web Page",
            "Computer Program", "Dissertation/Thesis", "Video/ DVD", "Report"}


def check_refworks(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: BOM")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    if "\r\n\r\n\r\n" in raw: errors.append(f"{f}: more than one empty line between records")
    recs = refworks_records(raw)
    for k, r in enumerate(recs, 1):
        lines = r.strip("\n").split("\n")
        tags = [l[:2] for l in lines]
        for l in lines:
            if not re.fullmatch(r"[A-Z][A-Z0-9] \S.*", l): errors.append(f"{f}: record {k}: line {l[:30]!r}")
        if tags[:3] != ["RT", "SR", "ID"]: errors.append(f"{f}: record {k}: starts {tags[:3]}")
        if lines[0][3:] not in RW_TYPES: errors.append(f"{f}: record {k}: reference type {lines[0][3:]!r}")
        if len(lines) > 2 and lines[2][3:] != str(k): errors.append(f"{f}: record {k}: ID {lines[2][3:]}")
        if "T1" not in tags: errors.append(f"{f}: record {k}: no T1")
        bad = [t for t in tags if t not in RW_ORDER]
        if bad: errors.append(f"{f}: record {k}: unknown tags {bad}")
        idx = [RW_ORDER.index(t) for t in tags if t in RW_ORDER]
        if idx != sorted(idx): errors.append(f"{f}: record {k}: tags out of RefWorks order")
        for l in lines:
            if l.startswith("A1 ") and not re.fullmatch(r"A1 [^,]+, \S.*", l): errors.append(f"{f}: record {k}: author {l!r}")


MODS_ORDER = ["titleInfo", "typeOfResource", "genre", "name", "accessCondition", "part", "originInfo",
              "physicalDescription", "identifier", "classification", "location", "abstract", "note", "subject",
              "language", "recordInfo", "relatedItem"]
PARTIAL = {"blogPost", "bookSection", "conferencePaper", "dictionaryEntry", "encyclopediaArticle", "forumPost",
           "journalArticle", "magazineArticle", "newspaperArticle", "webpage"}


def check_mods(f, raw):
    if not raw.startswith('<?xml version="1.0"?>\n') or re.search(r">\s+<", raw[22:]) or raw.endswith("\n"):
        errors.append(f"{f}: not declaration + XMLSerializer's unindented output")
    root = ET.fromstring(raw.encode())
    XSI = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
    if root.tag != MODS + "modsCollection" or root.get(XSI) != "http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-2.xsd":
        errors.append(f"{f}: modsCollection root/schemaLocation")
    for k, m in enumerate(root.findall(MODS + "mods"), 1):
        kids = [c.tag.replace(MODS, "") for c in m]
        # notes from child notes come before subjects, the Extra note after language; relatedItem host before series
        seq = [MODS_ORDER.index(t) for t in kids if t != "note"]
        if seq != sorted(seq) or (kids and kids[0] != "titleInfo"): errors.append(f"{f}: mods {k}: element order {kids}")
        genres = m.findall(MODS + "genre")
        local = genres[0].text if genres and genres[0].get("authority") == "local" else None
        if not local: errors.append(f"{f}: mods {k}: first genre not the local item type"); continue
        host = [r for r in m.findall(MODS + "relatedItem") if r.get("type") == "host"]
        if local in PARTIAL:
            if m.find(MODS + "originInfo") is not None: errors.append(f"{f}: mods {k}: originInfo outside the host of a {local}")
            if local in ("conferencePaper", "journalArticle") and (not host or host[0].find(MODS + "originInfo") is None):
                errors.append(f"{f}: mods {k}: {local} without host originInfo")
        elif host:
            errors.append(f"{f}: mods {k}: host relatedItem on a {local}")
        for n in m.findall(MODS + "name"):
            rt = n.find(f"{MODS}role/{MODS}roleTerm")
            if rt is None or rt.text != "aut" or rt.get("authority") != "marcrelator" or rt.get("type") != "code":
                errors.append(f"{f}: mods {k}: roleTerm")
        for u in m.iter(MODS + "url"):
            if u.get("usage") != "primary display" or not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", u.get("dateLastAccessed") or ""):
                errors.append(f"{f}: mods {k}: url attributes")


def rails_json(d):
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def check_masto(f, raw):
    d = json.loads(raw)
    if rails_json(d) != raw: errors.append(f"{f}: not Rails' compact HTML-safe JSON")
    ids = [int(s["id"]) for s in d]
    if ids != sorted(ids, reverse=True): errors.append(f"{f}: statuses not newest first")
    by_id = {s["id"]: s for s in d}
    for s in d:
        ms = int(datetime.strptime(s["created_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).timestamp() * 1000)
        if int(s["id"]) >> 16 != ms: errors.append(f"{f}: status {s['id']} id does not encode created_at")
        r = s["in_reply_to_id"]
        if r and (r not in by_id or int(r) >= int(s["id"])): errors.append(f"{f}: status {s['id']} replies to unknown/newer {r}")
        if s["reblog"]:
            if s["content"] or s["url"] is not None: errors.append(f"{f}: reblog {s['id']} with content/url")
        for x in (s, s["reblog"] or {}):
            c = x.get("content") or ""
            for m in re.finditer(r'<a href="([^"]+)" target="_blank" rel="nofollow noopener noreferrer" translate="no"><span class="invisible">([^<]*)</span><span class="([^"]*)">([^<]*)</span><span class="invisible">([^<]*)</span></a>', c):
                href, pre, cls, disp, suf = (html.unescape(g) for g in m.groups())
                if pre + disp + suf != href: errors.append(f"{f}: status {x['id']}: link spans do not make {href}")
                if len(disp) > 30 or (cls == "ellipsis") != bool(suf): errors.append(f"{f}: status {x['id']}: ellipsis span for {href}")
            n_links = len(re.findall(r'<a href="[^"]+" target="_blank"', c))
            n_ok = len(re.findall(r'translate="no"><span class="invisible">', c))
            if n_links != n_ok: errors.append(f"{f}: status {x.get('id')}: link without Mastodon's span layout")
            tags = sorted(t.lower() for t in re.findall(r'class="mention hashtag" rel="tag">#<span>([^<]+)</span>', c))
            if tags != sorted(t["name"] for t in x.get("tags", [])): errors.append(f"{f}: status {x.get('id')}: tags field != hashtags")


IRSSI_LINE = re.compile(
    r"^(?:\d\d:\d\d <[ @+%]\S+> .*"
    r"|\d\d:\d\d  \* \S+ .*"
    r"|\d\d:\d\d -!- \S+ \[[^\]]+\] has (?:joined \#\S+|quit \[.*\]|left \#\S+ \[.*\])"
    r"|\d\d:\d\d -!- \S+ is now known as \S+"
    r"|\d\d:\d\d -!- Topic for \#\S+: .*"
    r"|\d\d:\d\d -!- Topic set by \S+ \[[^\]]+\] \[\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\]"
    r"|\d\d:\d\d -!- Channel \#\S+ created \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}"
    r"|\d\d:\d\d -!- Irssi: .*"
    r"|\d\d:\d\d \[Users \#\S+\]"
    r"|\d\d:\d\d (?:\[[@+% ][^\]]+\] ?)+"
    r"|--- Log (?:opened|closed) \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}"
    r"|--- Day changed \w{3} \w{3} [ \d]\d \d{4})$")


def check_irssi(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR in an irssi log")
    lines = raw.rstrip("\n").split("\n")
    if not lines[0].startswith("--- Log opened") or not lines[-1].startswith("--- Log closed"): errors.append(f"{f}: log not opened/closed")
    day = datetime.strptime(lines[0][15:], "%a %b %d %H:%M:%S %Y")
    last = "00:00"
    for i, l in enumerate(lines, 1):
        if not IRSSI_LINE.match(l): errors.append(f"{f}: line {i} not an irssi log line: {l[:40]!r}"); continue
        if l.startswith("--- Day changed"):
            d = datetime.strptime(l[16:], "%a %b %d %Y")
            if d.date() != (day + timedelta(days=1)).date() or d.strftime("%a") != l[16:19]: errors.append(f"{f}: line {i}: day changed to {l[16:]}")
            day, last = d, "00:00"
        elif l.startswith("--- Log"):
            d = datetime.strptime(l[15:], "%a %b %d %H:%M:%S %Y")
            if d.date() != day.date() or d.strftime("%a") != l[15:18]: errors.append(f"{f}: line {i}: log date {l[15:]}")
        else:
            t = l[:5]
            if t < last: errors.append(f"{f}: line {i}: time {t} before {last}")
            last = t


def check_mime(f, raw):
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character in a mail file")
    if "\r" in raw: errors.append(f"{f}: CR (the file is saved with LF)")
    m = email.message_from_string(raw)
    top = m.get_payload() if m.is_multipart() else []
    descs = [p.get("Content-Description") for p in top]
    subj = hdr(m["Subject"])
    if m.get_content_type() != "multipart/mixed" or len(top) != 4 or top[2].get_content_type() != "multipart/digest":
        errors.append(f"{f}: not masthead / topics / multipart/digest / footer"); return
    if descs[0] != subj: errors.append(f"{f}: masthead description {descs[0]!r} != Subject {subj!r}")
    if descs[3] != "Digest Footer": errors.append(f"{f}: no Digest Footer")
    msgs = [p.get_payload()[0] for p in top[2].get_payload()]
    if any(p.get_content_type() != "message/rfc822" for p in top[2].get_payload()): errors.append(f"{f}: digest part not message/rfc822")
    if descs[1] != f"Today's Topics ({len(msgs)} messages)": errors.append(f"{f}: {descs[1]!r} for {len(msgs)} messages")
    topics = re.findall(r"^ {2,3}\d+\. (.*) \(([^()]*)\)$", top[1].get_payload(), re.M)
    want = [re.sub(r"^(Re: )?\[Agents-RG\] ", r"\1", hdr(x["Subject"])) for x in msgs]
    if [t[0] for t in topics] != want: errors.append(f"{f}: topics {[t[0] for t in topics]} != subjects {want}")
    for x in msgs:
        for h_ in ("Message-ID", "Date", "From", "Subject", "X-Mailman-Version"):
            if not x[h_]: errors.append(f"{f}: enclosed message without {h_}")
        if "[Agents-RG] " not in (x["Subject"] or ""): errors.append(f"{f}: enclosed Subject without the list prefix")
    for b in re.findall(r'boundary="([^"]+)"', raw):
        if f"\n--{b}--" not in raw: errors.append(f"{f}: boundary {b} not closed")
    for p in m.walk():
        if p.get("Content-Transfer-Encoding") == "quoted-printable":
            body = p.get_payload()
            if any(len(l) > 76 for l in body.split("\n")): errors.append(f"{f}: quoted-printable line longer than 76")
            bad = re.findall(r"=(?![0-9A-F]{2}|\n|$)", body)
            if bad: errors.append(f"{f}: {len(bad)} bare '=' in quoted-printable")


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr"}


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


def check_blogger(f, raw):
    if not re.search(r"<html [^>]*dir='rtl' lang='ar'", raw): errors.append(f"{f}: html element not dir=rtl lang=ar")
    b = Balance(); b.feed(raw); b.close()
    for tag, line, top in b.bad: errors.append(f"{f}: line {line}: </{tag}> closes {top}")
    if b.stack: errors.append(f"{f}: unclosed {b.stack[:3]}")
    pid = re.search(r"<meta content='(\d+)' itemprop='postId'/>", raw)
    if not pid or f"id='post-body-{pid.group(1)}'" not in raw: errors.append(f"{f}: post-body id != postId")
    canon = re.search(r"<link href='([^']+)' rel='canonical'/>", raw).group(1)
    og = re.search(r'<meta property="og:url" content="([^"]+)"', raw).group(1)
    ts = re.search(r"<a class='timestamp-link' href='([^']+)'", raw).group(1)
    if not canon == og == ts: errors.append(f"{f}: canonical/og:url/timestamp link differ")
    blog = strip_tags(re.search(r"<h1 class='title'>(.*?)</h1>", raw).group(1)).strip()
    post = re.search(r"<h3 class='post-title entry-title' itemprop='name'>\s*(.*?)\s*</h3>", raw, re.S).group(1)
    title = html.unescape(re.search(r"<title>(.*?)</title>", raw).group(1))
    if title != f"{blog}: {post}": errors.append(f"{f}: <title> != blog: post")
    for cid in re.findall(r"<li class='comment' id='(c\d+)'>", raw):
        if not re.search(r"showComment=\d{13}#" + cid + "'", raw): errors.append(f"{f}: comment {cid} without its showComment link")
    for href, text in re.findall(r"<a href='https://[^/]+/search/label/([^']+)' rel='tag'>([^<]+)</a>", raw):
        if href != quote(text): errors.append(f"{f}: label link {href[:20]} != {text}")


def check_doku(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR in a DokuWiki page")
    for a, b in (("[[", "]]"), ("((", "))"), ("{{", "}}")):
        if raw.count(a) != raw.count(b): errors.append(f"{f}: {a} {b} unbalanced")
    table = None
    for i, l in enumerate(raw.split("\n"), 1):
        m = re.match(r"^(=+)(.*?)(=+)\s*$", l)
        if m and (len(m.group(1)) != len(m.group(3)) or not 2 <= len(m.group(1)) <= 6 or not m.group(2).startswith(" ")):
            errors.append(f"{f}: line {i}: heading {l[:30]!r}")
        if re.match(r"^\s*[*-] ", l) and not re.match(r"^(  )+[*-] ", l): errors.append(f"{f}: line {i}: list item not indented by two spaces")
        if l[:1] in ("^", "|"):
            cells = re.sub(r"\[\[.*?\]\]|\(\(.*?\)\)|\{\{.*?\}\}", "X", l)
            if cells.rstrip()[-1:] not in ("^", "|"): errors.append(f"{f}: line {i}: table row not closed")
            n = len(re.findall(r"[|^]", cells.rstrip())) - 1
            if table is None: table = n
            elif n != table: errors.append(f"{f}: line {i}: {n} cells, table has {table}")
        else:
            table = None


KEEP_KEYS = ["color", "isTrashed", "isPinned", "isArchived", "textContent", "listContent", "title",
             "userEditedTimestampUsec", "createdTimestampUsec", "textContentHtml", "labels", "annotations", "sharees"]


def check_keep(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not Takeout's compact JSON")
    idx = [KEEP_KEYS.index(k) if k in KEEP_KEYS else -1 for k in d]
    if -1 in idx or idx != sorted(idx): errors.append(f"{f}: key order {list(d)}")
    for k in ("userEditedTimestampUsec", "createdTimestampUsec"):
        if not re.fullmatch(r"\d{16}", str(d.get(k))): errors.append(f"{f}: {k}")
    if d.get("createdTimestampUsec", 0) > d.get("userEditedTimestampUsec", 0): errors.append(f"{f}: created after edited")
    for it in d.get("listContent", []):
        if list(it) != ["textHtml", "text", "isChecked"]: errors.append(f"{f}: list item keys {list(it)}")
        if strip_tags(it["textHtml"]) != it["text"]: errors.append(f"{f}: textHtml != text for {it['text'][:30]!r}")
    for a in d.get("annotations", []):
        if list(a) != ["description", "source", "title", "url"] or a["source"] != "WEBLINK": errors.append(f"{f}: annotation layout")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 177: check_jira(f, raw)
    if n == 178: check_bbcode(f, raw)
    if n == 179: check_refworks(f, raw)
    if n == 180: check_mods(f, raw)
    if n == 181: check_masto(f, raw)
    if n == 182: check_irssi(f, raw)
    if n == 183: check_mime(f, raw)
    if n == 184: check_blogger(f, raw)
    if n == 185: check_doku(f, raw)
    if n == 186: check_keep(f, raw)


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
        raw = open(path, encoding="utf-8", newline="").read()
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
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
for r in ("round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14", "round15"):
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
print(f"earlier-round uses of the papers (rounds 5-15): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"papers in more than one round16 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
