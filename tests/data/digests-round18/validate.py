#!/usr/bin/env python3
"""Checks round18/expected.json against the digests and the shared catalogues.

Adapted from round17/validate.py (the label checks are the same; the readers and shape checks are new). Each digest
is read in its raw form (UTF-8 text; for the .xmind package its JSON/XML members joined) and in decoded forms, the
way a reader of that shape would see it:
  - CITATION.cff (197): every string of the YAML (parsed by the small block-YAML reader below: plain, quoted and
    folded scalars), and per reference "title <url>" followed by its doi, identifiers and notes;
  - XMind (198): every JSON string of content.json (topic titles with their line breaks, notes, labels), per topic
    "title <href>" with its line breaks made spaces, and the text of content.xml;
  - Zulip API JSON (199): every JSON string, each message's rendered HTML as text (tags stripped, entities undone,
    each <a href> after its text) and each edit's prev_content;
  - LINE export (200): the message texts without the "HH:MM<TAB>name<TAB>" prefix, quoted multi-line messages
    unwrapped;
  - JSON Feed (201): every JSON string (\\u003c… undone by the JSON parser) and each content_html as text;
  - Crossref JSON (202): every JSON string ("\\/" undone by the JSON parser), per reference all its fields joined,
    the JATS abstract as text;
  - Medium export (203): the page's text after <body> (tags stripped, entities undone, hrefs after link text);
  - FictionBook (204): the text of every element, per notes section its text with each l:href after the link text,
    and every l:href;
  - Google Docs HTML (205): the page's text after <body> with each Google redirect replaced by its percent-decoded
    target (so the arXiv/Hugging Face URLs appear as such);
  - man page (206): the troff source rendered roughly as man(1) would (macro names dropped, \\- \\e \\& \\(em \\(lq
    \\(rq \\('a \\[uXXXX] \\f fonts undone);
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 18
needs none: 201 writes Memformer and the trajectory transformer under their first arXiv titles, 205 BiT likewise
(version titles in the catalogue); sentence case (197's none, 200's CPC, 202's Springer-style references, 203's ELMo)
needs no entry.

Shape checks (each digest is checked against the rules of the program that writes its shape):
  - 197: UTF-8 without BOM, LF only, no tabs, no trailing blanks; block YAML that the reader below parses (two-space
    indentation, sequences under their key, quotes where plain scalars are not allowed); CFF 1.2.0: cff-version
    "1.2.0", message, title, authors; top-level, person, entity, identifier and reference keys from the schema;
    type software/dataset; date-released a quoted YYYY-MM-DD; ORCIDs https://orcid.org/… with a right check
    character; DOIs and URLs matching the schema's patterns; identifier types doi/url/swh/other with matching values;
    reference types from the schema's list, each reference with title and non-empty authors, year an integer,
    start ≤ end; licences SPDX ids from the list below;
  - 198: the zip opens and tests clean; members content.json, content.xml, metadata.json, manifest.json,
    Thumbnails/thumbnail.png in that order; manifest.json lists every member except itself and the legacy
    content.xml, and nothing else; content.json is XMind's compact JSON (re-serialising gives the bytes); sheets
    with class "sheet", id, title, rootTopic, theme; topics with class "topic", 26-character base-36 ids unique in
    the file, children only "attached"/"detached"; hrefs http(s); notes with plain text equal to the realHTML
    text; labels strings; markers from XMind's families; relationships ending on topics of the same sheet;
    metadata.json's activeSheetId an existing sheet; content.xml well-formed xmap-content; the thumbnail a PNG with
    valid chunk CRCs;
  - 199: jq's pretty print (json.dumps(indent=2), UTF-8 kept, newline at the end); result "success"; anchor for
    anchor=newest; message keys in the API's order; ids ascending, timestamps non-decreasing; one stream, one topic,
    one recipient_id; sender_email/avatar_url derived from the sender id; one name per sender id; content_type
    text/html, content HTML balanced, user mentions naming existing users; flags from Zulip's list, "mentioned"
    exactly on messages that mention the user who fetched them (Hana, 14); reactions by known users, no duplicates;
    edit_history after the message with last_edit_timestamp = its last edit; submessages of the message, the poll
    widget first and votes on existing options; <time> text = datetime;
  - 200: no BOM, LF only, final newline; "[LINE] <name>のトーク履歴", "保存日時：YYYY/MM/DD HH:MM", an empty line; date
    lines "YYYY/MM/DD(曜)" with the right weekday, increasing, each after an empty line; messages "HH:MM<TAB>name<TAB>
    text", system lines "HH:MM<TAB><TAB>text" ending like LINE's system messages; multi-line messages wrapped in
    double quotes (inner quotes doubled); times non-decreasing within a day; saved after the last message;
  - 201: JSON Feed 1.1 (version URL, title, home_page_url, feed_url ending feed.json, authors, items), only known
    keys or "_" extensions; items with unique id, url on the site, content_html, RFC 3339 dates with offset,
    date_modified ≥ date_published, newest first, tags; Hugo's jsonify output: no raw <, > or & anywhere, each
    string value written exactly as Go's encoding/json writes it; the template layout (two-space indentation, one
    key per line); content_html balanced;
  - 202: the API's bytes: compact JSON with every "/" escaped, no trailing newline; status ok, message-type work,
    message-version 1.0.0; DOI and URL = https://doi.org/DOI, prefix; reference-count = references-count = number of
    references; reference keys …_CR1…n in order; each reference with unstructured, article-title or DOI;
    doi-asserted-by exactly with a DOI; DOIs matching Crossref's pattern; date-time = timestamp = date-parts in every
    dated object; created ≤ deposited ≤ indexed; issued = published = published-online; ISSN check digits, issn-type =
    ISSN; one first author, first; ORCIDs http://orcid.org/… with a right check character and authenticated-orcid;
    page "a-b" with a < b; the JATS abstract well-formed; assertion orders increasing per group;
  - 203: Medium's export head; HTML balanced; <title> = h1.p-name = the graf--title h3; subtitle section = the
    graf--subtitle h4; every graf with name = id (four hex digits, unique), kind matching its tag, graf-after--<kind of
    the previous graf>, graf--leading on the first and graf--trailing on the last only; every body link a
    markup--anchor with data-href = href and markup--<graf kind>-anchor; the footer's post id in the canonical link,
    an ISO time with milliseconds, "Exported from Medium on …";
  - 204: declaration, CRLF only; well-formed FictionBook 2.0 with the xlink namespace; title-info (genre, author,
    book-title, lang), document-info (id, version, program-used, date), publish-info with a valid ISBN-13; date
    value attributes YYYY-MM-DD; every note link "#n_k" to a section of the notes body, each note referenced, in
    order; the coverpage image a binary that decodes to a PNG; no section mixing paragraphs and sub-sections; a
    section's title first; ids unique; external l:hrefs http(s); indentation by single spaces;
  - 205: one line, no newline; Docs' head (content-type meta, one style with the fonts @import); HTML balanced;
    every class used in <body> defined in the style; every link either #cmnt/#ftnt or Google's redirect
    (…/url?q=<target>&amp;sa=D&amp;source=editors&amp;ust=<16 digits>&amp;usg=AOvVaw<22>) with no raw "=" or "&" in
    the target; comment and footnote anchors paired and numbered 1…n; heading ids "h.<12>" unique; table rows with
    one cell count; each list id's first <ul> marked "start"; text nodes with quotes and apostrophes escaped;
  - 206: LF only, final newline, no blank lines, no trailing blanks; comment lines, then .TH NAME SECTION "date"
    "source" "manual" (date YYYY-MM-DD); .SH NAME first, then "name \\- description"; .SH names upper case with NAME,
    SYNOPSIS, DESCRIPTION first; only man(7) macros; .EX/.EE, .RS/.RE, .UR/.UE balanced; \\f font escapes closed on
    their line; no unescaped "-" starting an option; only known escapes.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not
an id of its own (kept from round17)."""
import base64, csv, hashlib, html, io, json, os, re, struct, sys, zipfile, zlib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta, timezone
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
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|td|blockquote|pre|figcaption)>|<br ?/?>", "\n", s)
    return strip_tags(s).replace("\x02", "<").replace("\x03", ">")


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path", "empty-line", "image"}


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


def orcid_ok(d16):
    """ISO 7064 MOD 11-2 check character of a 16-character ORCID iD (digits without hyphens)"""
    total = 0
    for c in d16[:15]:
        total = (total + int(c)) * 2
    r = (12 - total % 11) % 11
    return d16[15] == ("X" if r == 10 else str(r))


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


# ---------------------------------------------------------------- a small block-YAML reader (for CITATION.cff)

class YamlError(Exception):
    pass


def yaml_scalar(s, ln):
    s = s.strip()
    if s.startswith("'"):
        if not s.endswith("'") or len(s) < 2: raise YamlError(f"line {ln}: unclosed single quote")
        inner = s[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", "")): raise YamlError(f"line {ln}: stray quote")
        return inner.replace("''", "'")
    if s.startswith('"'):
        try: return json.loads(s)
        except ValueError: raise YamlError(f"line {ln}: bad double-quoted scalar")
    if re.search(r"(?:^|\s)#", s): s = re.split(r"\s+#", s)[0]
    if s in ("", "~", "null"): return None
    if s in ("true", "false"): return s == "true"
    if re.fullmatch(r"-?\d+", s): return int(s)
    if re.fullmatch(r"-?\d+\.\d*(e[-+]?\d+)?", s, re.I): return float(s)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s): return date.fromisoformat(s)
    if re.match(r"[\[\]{}&*!|>%@`'\"]", s) or ": " in s or s.endswith(":"): raise YamlError(f"line {ln}: {s[:30]!r} needs quotes")
    return s


def yaml_load(text):
    lines = []
    for ln, l in enumerate(text.split("\n"), 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2: raise YamlError(f"line {ln}: odd indentation")
        lines.append((ind, l.strip(), ln))
    pos = [0]

    def block(ind):
        if pos[0] >= len(lines): raise YamlError("unexpected end")
        i0, t, ln = lines[pos[0]]
        if i0 != ind: raise YamlError(f"line {ln}: indentation {i0}, expected {ind}")
        return seq(ind) if t.startswith("- ") or t == "-" else mapping(ind)

    def value_after_key(rest, ind, ln):
        if rest == "":
            if pos[0] < len(lines) and lines[pos[0]][0] > ind: return block(lines[pos[0]][0])
            return None
        if rest in (">-", ">", "|", "|-"):
            parts = []
            while pos[0] < len(lines) and lines[pos[0]][0] > ind:
                parts.append(lines[pos[0]][1]); pos[0] += 1
            return (" " if rest.startswith(">") else "\n").join(parts)
        return yaml_scalar(rest, ln)

    def mapping(ind, first=None):
        out = {}
        while pos[0] < len(lines):
            i0, t, ln = lines[pos[0]]
            if first is not None:
                t, first = first, None
            elif i0 != ind:
                if i0 > ind: raise YamlError(f"line {ln}: unexpected indentation {i0}")
                break
            m = re.match(r"^([A-Za-z0-9_-]+):(?: (.*)|)$", t)
            if not m: raise YamlError(f"line {ln}: not a 'key: value' line: {t[:40]!r}")
            pos[0] += 1
            k = m.group(1)
            if k in out: raise YamlError(f"line {ln}: duplicate key {k}")
            rest = (m.group(2) or "").strip()
            if rest == "" and pos[0] < len(lines) and lines[pos[0]][0] == ind and lines[pos[0]][1].startswith("- "):
                out[k] = seq(ind)
            else:
                out[k] = value_after_key(rest, ind, ln)
        return out

    def seq(ind):
        out = []
        while pos[0] < len(lines):
            i0, t, ln = lines[pos[0]]
            if i0 != ind or not (t.startswith("- ") or t == "-"): break
            rest = t[2:].strip()
            if re.match(r"^[A-Za-z0-9_-]+:(?: |$)", rest):
                out.append(mapping(ind + 2, first=rest))
            else:
                pos[0] += 1
                out.append(yaml_scalar(rest, ln))
        return out

    doc = block(0)
    if pos[0] != len(lines): raise YamlError(f"line {lines[pos[0]][2]}: content after the document")
    return doc


# ---------------------------------------------------------------- readers

def cff_text(raw):
    d = yaml_load(raw)
    out = ["\n".join(str(s) for s in json_strings(d))]
    for r in d.get("references", []):
        ids = " ".join(str(i.get("value")) for i in r.get("identifiers", []))
        out.append(f"{r.get('title')} <{r.get('url', '')}> {r.get('doi', '')} {ids} {r.get('notes', '')}")
    return out


def xmind_parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n) for n in z.namelist()}


def xmind_topics(t):
    yield t
    for k in ("attached", "detached"):
        for c in t.get("children", {}).get(k, []): yield from xmind_topics(c)


def xmind_text(path):
    _, parts = xmind_parts(path)
    sheets = json.loads(parts["content.json"])
    out = ["\n".join(json_strings(sheets))]
    for s in sheets:
        for t in xmind_topics(s["rootTopic"]):
            out.append(re.sub(r"\s+", " ", t["title"]) + (" <" + t["href"] + ">" if t.get("href") else "") + " "
                       + t.get("notes", {}).get("plain", {}).get("content", "") + " " + " ".join(t.get("labels", [])))
    out.append(" ".join(ET.fromstring(parts["content.xml"]).itertext()))
    return ["\n".join(out)]


def zulip_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for m in d["messages"]:
        out.append(html_text(m["content"]))
        for e in m.get("edit_history", []): out.append(e.get("prev_content", ""))
    return out


LINE_MSG = re.compile(r"^(\d\d):(\d\d)\t([^\t]*)\t(.*)$")


def line_text(raw):
    out = []
    for l in raw.split("\n"):
        m = LINE_MSG.match(l)
        t = m.group(4) if m else l
        out.append(t)
    s = "\n".join(out)
    return [s, s.replace('"', "")]


def feed_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for it in d.get("items", []):
        out.append(html_text(it.get("content_html", "")))
    return out


def crossref_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for r in d["message"].get("reference", []):
        out.append(" ".join(str(v) for v in r.values()))
    out.append(strip_tags(d["message"].get("abstract", "")))
    return out


def body_text(raw):
    body = raw.split("<body", 1)[1] if "<body" in raw else raw
    return [html_text(body)]


FB = "{http://www.gribuser.ru/xml/fictionbook/2.0}"
FXL = "{http://www.w3.org/1999/xlink}href"


def fb2_text(raw):
    root = ET.fromstring(raw.encode())
    out = [" ".join(root.itertext())]
    for body in root.iter(FB + "body"):
        if body.get("name") != "notes": continue
        for sec in body.iter(FB + "section"):
            s = ""
            for e in sec.iter():
                if e.text: s += e.text
                if e.tag == FB + "a" and e.get(FXL): s += " <" + e.get(FXL) + ">"
                if e.tail and e is not sec: s += e.tail
            out.append(s)
    out.append("\n".join(e.get(FXL) for e in root.iter() if e.get(FXL)))
    return out


GREDIR = re.compile(r"https://www\.google\.com/url\?q=([^\"&]*)&amp;sa=D&amp;source=editors&amp;ust=(\d+)&amp;usg=([\w-]+)")


def gdocs_text(raw):
    s = GREDIR.sub(lambda m: unquote(m.group(1)), raw)
    return body_text(s) + [s]


TROFF_GLYPH = {"em": "—", "en": "–", "lq": "“", "rq": "”", "aq": "'", "'a": "á", "'e": "é", "bu": "•", "co": "©"}


def troff_line(t):
    t = re.sub(r"\\\[u([0-9A-Fa-f]{4})\]", lambda m: chr(int(m.group(1), 16)), t)
    t = re.sub(r"\\\((..)", lambda m: TROFF_GLYPH.get(m.group(1), "?"), t)
    t = re.sub(r"\\f[BIRP]|\\f\(CW", "", t)
    return t.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "").replace("\\~", " ")


def man_text(raw):
    out = []
    for l in raw.split("\n"):
        if l.startswith('.\\"'): continue
        m = re.match(r"^\.([A-Za-z]+)\s*(.*)$", l)
        if m:
            args = re.findall(r'"([^"]*)"|(\S+)', m.group(2))
            l = " ".join(a or b for a, b in args) if m.group(1) in ("B", "I", "BR", "RB", "IR", "RI", "BI", "IB", "SH", "SS", "UR", "TH") else ""
            if m.group(1) in ("BR", "RB", "IR", "RI", "BI", "IB"): l = "".join(a or b for a, b in args)
        out.append(troff_line(l))
    return ["\n".join(out)]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 197: forms += cff_text(raw)
    if n == 198: forms += xmind_text(path)
    if n == 199: forms += zulip_text(raw)
    if n == 200: forms += line_text(raw)
    if n == 201: forms += feed_text(raw)
    if n == 202: forms += crossref_text(raw)
    if n == 203: forms += body_text(raw)
    if n == 204: forms += fb2_text(raw)
    if n == 205: forms += gdocs_text(raw)
    if n == 206: forms += man_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

CFF_TOP = {"abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi", "identifiers", "keywords", "license",
           "license-url", "message", "preferred-citation", "references", "repository", "repository-artifact", "repository-code", "title",
           "type", "url", "version"}
CFF_PERSON = {"address", "affiliation", "alias", "city", "country", "email", "family-names", "fax", "given-names", "name-particle",
              "name-suffix", "orcid", "post-code", "region", "tel", "website"}
CFF_ENTITY = {"address", "alias", "city", "country", "date-end", "date-start", "email", "fax", "location", "name", "orcid", "post-code",
              "region", "tel", "website"}
CFF_REF = {"abbreviation", "abstract", "authors", "collection-doi", "collection-title", "collection-type", "commit", "conference",
           "contact", "copyright", "data-type", "database", "database-provider", "date-accessed", "date-downloaded", "date-published",
           "date-released", "department", "doi", "edition", "editors", "editors-series", "end", "entry", "filename", "format",
           "identifiers", "institution", "isbn", "issn", "issue", "issue-date", "issue-title", "journal", "keywords", "languages",
           "license", "license-url", "loc-end", "loc-start", "location", "medium", "month", "nihmsid", "notes", "number",
           "number-volumes", "pages", "patent-states", "pmcid", "publisher", "recipients", "repository", "repository-artifact",
           "repository-code", "scope", "section", "senders", "start", "status", "term", "thesis-type", "title", "translators",
           "type", "url", "version", "volume", "volume-title", "year", "year-original"}
CFF_REF_TYPES = {"art", "article", "audiovisual", "bill", "blog", "book", "catalogue", "conference", "conference-paper", "data", "database",
                 "dictionary", "edited-work", "encyclopedia", "film-broadcast", "generic", "government-document", "grant", "hearing",
                 "historical-work", "legal-case", "legal-rule", "magazine-article", "manual", "map", "multimedia", "music",
                 "newspaper-article", "pamphlet", "patent", "personal-communication", "proceedings", "report", "serial", "slides",
                 "software", "software-code", "software-container", "software-executable", "software-virtual-machine", "sound-recording",
                 "standard", "statute", "thesis", "unpublished", "video", "website"}
SPDX = {"Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause", "GPL-3.0-only", "GPL-3.0-or-later", "CC-BY-4.0", "CC-BY-NC-4.0",
        "CC-BY-SA-4.0", "CC0-1.0", "LGPL-3.0-only"}
CFF_DOI = re.compile(r"^10\.\d{4,9}(\.\d+)?/[A-Za-z0-9:/_;\-\.\(\)\[\]\\]+$")
CFF_URL = re.compile(r"^(https|http|ftp|sftp)://.+")
CFF_SWH = re.compile(r"^swh:1:(snp|rel|rev|dir|cnt):[0-9a-fA-F]{40}$")


def check_cff(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: BOM")
    if "\r" in raw or "\t" in raw: errors.append(f"{f}: CR or tab in the YAML")
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    for i, l in enumerate(raw.split("\n"), 1):
        if l != l.rstrip(): errors.append(f"{f}: line {i}: trailing blank")
    try:
        d = yaml_load(raw)
    except YamlError as ex:
        errors.append(f"{f}: YAML: {ex}"); return
    if not isinstance(d, dict): errors.append(f"{f}: not a mapping"); return
    for k in d:
        if k not in CFF_TOP: errors.append(f"{f}: unknown top-level key {k}")
    if d.get("cff-version") != "1.2.0": errors.append(f"{f}: cff-version {d.get('cff-version')!r}")
    for k in ("message", "title", "authors"):
        if not d.get(k): errors.append(f"{f}: missing {k}")
    if d.get("type", "software") not in ("software", "dataset"): errors.append(f"{f}: type {d.get('type')}")
    if "date-released" in d and not (isinstance(d["date-released"], str) and re.fullmatch(r"\d{4}-\d\d-\d\d", d["date-released"])):
        errors.append(f"{f}: date-released not a quoted YYYY-MM-DD")
    if d.get("license") and d["license"] not in SPDX: errors.append(f"{f}: licence {d['license']}")

    def who(lst, where):
        if not isinstance(lst, list) or not lst: errors.append(f"{f}: {where}: authors empty"); return
        for a in lst:
            if not isinstance(a, dict): errors.append(f"{f}: {where}: author {a!r}"); continue
            allowed = CFF_ENTITY if "name" in a else CFF_PERSON
            for k in a:
                if k not in allowed: errors.append(f"{f}: {where}: author key {k}")
            if "name" not in a and not (a.get("family-names") or a.get("given-names")): errors.append(f"{f}: {where}: author without a name")
            if "orcid" in a:
                m = re.fullmatch(r"https://orcid\.org/(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])", str(a["orcid"]))
                if not m or not orcid_ok("".join(m.groups())): errors.append(f"{f}: {where}: ORCID {a['orcid']}")
            for k in ("website",):
                if k in a and not CFF_URL.match(a[k]): errors.append(f"{f}: {where}: {k} {a[k]}")

    def ent(e, where):
        if not isinstance(e, dict) or "name" not in e: errors.append(f"{f}: {where}: entity without name"); return
        for k in e:
            if k not in CFF_ENTITY: errors.append(f"{f}: {where}: entity key {k}")

    def idents(lst, where):
        for i in lst or []:
            t, v = i.get("type"), str(i.get("value"))
            ok = {"doi": CFF_DOI.match(v), "url": CFF_URL.match(v), "swh": CFF_SWH.match(v), "other": bool(v)}.get(t)
            if not ok: errors.append(f"{f}: {where}: identifier {t} {v!r}")
            for k in i:
                if k not in ("type", "value", "description"): errors.append(f"{f}: {where}: identifier key {k}")

    who(d.get("authors"), "software")
    idents(d.get("identifiers"), "software")
    for k in ("url", "repository-code", "repository-artifact"):
        if k in d and not CFF_URL.match(d[k]): errors.append(f"{f}: {k} {d[k]}")
    if "doi" in d and not CFF_DOI.match(str(d["doi"])): errors.append(f"{f}: doi {d['doi']}")
    for n, r in enumerate(d.get("references", []), 1):
        w = f"reference {n}"
        if not isinstance(r, dict): errors.append(f"{f}: {w} not a mapping"); continue
        for k in r:
            if k not in CFF_REF: errors.append(f"{f}: {w}: unknown key {k}")
        if r.get("type") not in CFF_REF_TYPES: errors.append(f"{f}: {w}: type {r.get('type')}")
        if not r.get("title"): errors.append(f"{f}: {w}: no title")
        who(r.get("authors"), w)
        if "year" in r and not isinstance(r["year"], int): errors.append(f"{f}: {w}: year {r['year']!r}")
        if "doi" in r and not CFF_DOI.match(str(r["doi"])): errors.append(f"{f}: {w}: doi {r['doi']}")
        for k in ("url", "repository-code", "repository-artifact"):
            if k in r and not CFF_URL.match(str(r[k])): errors.append(f"{f}: {w}: {k} {r[k]}")
        if "license" in r and r["license"] not in SPDX: errors.append(f"{f}: {w}: licence {r['license']}")
        for k in ("conference", "institution", "publisher"):
            if k in r: ent(r[k], w)
        idents(r.get("identifiers"), w)
        if "start" in r or "end" in r:
            if not (isinstance(r.get("start"), int) and isinstance(r.get("end"), int) and r["start"] <= r["end"]): errors.append(f"{f}: {w}: start/end")
        for k in ("date-published", "date-released", "date-accessed"):
            if k in r and not (isinstance(r[k], str) and re.fullmatch(r"\d{4}-\d\d-\d\d", r[k])): errors.append(f"{f}: {w}: {k} not a quoted date")


XMIND_ORDER = ["content.json", "content.xml", "metadata.json", "manifest.json", "Thumbnails/thumbnail.png"]
XMIND_MARKERS = re.compile(r"^(priority|task|smiley|flag|star|people|arrow|symbol|month|week|c_simbol)-[a-z0-9-]+$")


def check_xmind(f, path):
    try:
        z, parts = xmind_parts(path)
    except zipfile.BadZipFile as ex:
        errors.append(f"{f}: not a zip: {ex}"); return
    if z.testzip() is not None: errors.append(f"{f}: zip member fails its CRC")
    names = [i.filename for i in z.infolist()]
    if names != XMIND_ORDER: errors.append(f"{f}: members {names}")
    try:
        man = json.loads(parts.get("manifest.json", b"{}"))
    except ValueError:
        errors.append(f"{f}: manifest.json not JSON"); man = {}
    listed = set(man.get("file-entries", {}))
    want = set(names) - {"manifest.json", "content.xml"}
    if listed != want: errors.append(f"{f}: manifest lists {sorted(listed)}, package has {sorted(want)}")
    raw = parts["content.json"].decode("utf-8")
    sheets = json.loads(raw)
    if json.dumps(sheets, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: content.json not XMind's compact JSON")
    ids = []
    for s in sheets:
        if s.get("class") != "sheet" or not s.get("id") or not s.get("title") or "rootTopic" not in s or "theme" not in s:
            errors.append(f"{f}: sheet {s.get('title')!r} layout")
        ids.append(s.get("id"))
        sheet_topics = set()
        for t in xmind_topics(s["rootTopic"]):
            tid = t.get("id", "")
            ids.append(tid); sheet_topics.add(tid)
            if t.get("class") != "topic" or not re.fullmatch(r"[0-9a-z]{26}", tid) or not isinstance(t.get("title"), str):
                errors.append(f"{f}: topic {tid!r} layout")
            for k in t.get("children", {}):
                if k not in ("attached", "detached"): errors.append(f"{f}: topic {tid}: children.{k}")
            if "href" in t and not re.match(r"https?://\S+$", t["href"]): errors.append(f"{f}: topic {tid}: href {t['href']!r}")
            if "notes" in t:
                plain = t["notes"].get("plain", {}).get("content")
                rh = t["notes"].get("realHTML", {}).get("content", "")
                lines = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r"<div>(.*?)</div>", rh)]
                if plain is None or "\n".join(lines) != plain: errors.append(f"{f}: topic {tid}: notes plain != realHTML")
            if not all(isinstance(x, str) for x in t.get("labels", [])): errors.append(f"{f}: topic {tid}: labels")
            for mk in t.get("markers", []):
                if not XMIND_MARKERS.match(mk.get("markerId", "")): errors.append(f"{f}: topic {tid}: marker {mk}")
        for r in s.get("relationships", []):
            if r.get("class") != "relationship" or r.get("end1Id") not in sheet_topics or r.get("end2Id") not in sheet_topics:
                errors.append(f"{f}: relationship {r.get('id')} ends")
            ids.append(r.get("id"))
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate ids")
    meta = json.loads(parts["metadata.json"])
    if meta.get("activeSheetId") not in [s.get("id") for s in sheets] or not meta.get("creator", {}).get("version"): errors.append(f"{f}: metadata.json")
    try:
        root = ET.fromstring(parts["content.xml"])
        if root.tag != "{urn:xmind:xmap:xmlns:content:2.0}xmap-content": errors.append(f"{f}: content.xml root {root.tag}")
    except ET.ParseError as ex:
        errors.append(f"{f}: content.xml: {ex}")
    if not png_ok(parts.get("Thumbnails/thumbnail.png", b"")): errors.append(f"{f}: thumbnail not a valid PNG")


ZULIP_KEYS = ["avatar_url", "client", "content", "content_type", "display_recipient", "flags", "id", "is_me_message", "last_edit_timestamp",
              "reactions", "recipient_id", "sender_email", "sender_full_name", "sender_id", "sender_realm_str", "stream_id", "subject",
              "submessages", "timestamp", "topic_links", "type", "edit_history"]
ZULIP_FLAGS = {"read", "starred", "collapsed", "mentioned", "wildcard_mentioned", "has_alert_word", "historical"}
ZULIP_ME = 14


def check_zulip(f, raw):
    d = json.loads(raw)
    if json.dumps(d, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not jq's pretty print")
    if list(d) != ["result", "msg", "found_anchor", "found_oldest", "found_newest", "history_limited", "anchor", "messages"] or d["result"] != "success":
        errors.append(f"{f}: top-level keys/result")
    if d.get("found_newest") and d.get("anchor") != 10000000000000000: errors.append(f"{f}: anchor for anchor=newest")
    msgs = d.get("messages", [])
    names, last_id, last_ts = {}, 0, 0
    for m in msgs: names.setdefault(m["sender_id"], m["sender_full_name"])
    if len({(m["stream_id"], m["display_recipient"], m["subject"], m["recipient_id"]) for m in msgs}) != 1: errors.append(f"{f}: more than one stream/topic")
    for m in msgs:
        mid = m.get("id")
        idx = [ZULIP_KEYS.index(k) if k in ZULIP_KEYS else -1 for k in m]
        if -1 in idx or idx != sorted(idx): errors.append(f"{f}: message {mid}: key order")
        for k in ZULIP_KEYS:
            if k not in m and k not in ("last_edit_timestamp", "edit_history"): errors.append(f"{f}: message {mid}: missing {k}")
        if mid <= last_id or m["timestamp"] < last_ts: errors.append(f"{f}: message {mid}: ids/timestamps out of order")
        last_id, last_ts = mid, m["timestamp"]
        uid = m["sender_id"]
        realm = m["sender_realm_str"]
        em = f"user{uid}@{realm}.zulipchat.com"
        if m["sender_email"] != em or names[uid] != m["sender_full_name"]: errors.append(f"{f}: message {mid}: sender fields")
        if m["avatar_url"] != "https://secure.gravatar.com/avatar/" + hashlib.md5(em.encode()).hexdigest() + "?d=identicon&version=1":
            errors.append(f"{f}: message {mid}: avatar_url")
        if m["content_type"] != "text/html" or m["type"] != "stream" or m["is_me_message"] is not False: errors.append(f"{f}: message {mid}: type fields")
        b = balanced(m["content"])
        if b.bad or b.stack: errors.append(f"{f}: message {mid}: content HTML not balanced {b.bad[:1] or b.stack[:1]}")
        ments = re.findall(r'<span class="user-mention" data-user-id="(\d+)">@([^<]+)</span>', m["content"])
        for u, n in ments:
            if names.get(int(u)) != n: errors.append(f"{f}: message {mid}: mention of {n} ({u})")
        if not set(m["flags"]) <= ZULIP_FLAGS or "read" not in m["flags"]: errors.append(f"{f}: message {mid}: flags {m['flags']}")
        if ("mentioned" in m["flags"]) != any(int(u) == ZULIP_ME for u, _ in ments): errors.append(f"{f}: message {mid}: 'mentioned' flag")
        seen = set()
        for r in m["reactions"]:
            key = (r["emoji_code"], r["user_id"])
            if r["user_id"] not in names or key in seen or r["reaction_type"] != "unicode_emoji" or not re.fullmatch(r"[0-9a-f]{4,5}(-[0-9a-f]{4,5})*", r["emoji_code"]):
                errors.append(f"{f}: message {mid}: reaction {r}")
            seen.add(key)
        if "edit_history" in m or "last_edit_timestamp" in m:
            eh = m.get("edit_history", [])
            ts = [e["timestamp"] for e in eh]
            if not eh or m.get("last_edit_timestamp") != max(ts) or min(ts) <= m["timestamp"]: errors.append(f"{f}: message {mid}: edit history times")
            for e in eh:
                if e.get("user_id") not in names: errors.append(f"{f}: message {mid}: editor {e.get('user_id')}")
        sub = m["submessages"]
        if sub:
            if any(s_["message_id"] != mid for s_ in sub): errors.append(f"{f}: message {mid}: submessage of another message")
            w = json.loads(sub[0]["content"])
            if w.get("widget_type") != "poll": errors.append(f"{f}: message {mid}: first submessage not the poll widget")
            nopt = len(w.get("extra_data", {}).get("options", []))
            for s_ in sub[1:]:
                v = json.loads(s_["content"])
                mm = re.fullmatch(r"canned,(\d+)", v.get("key", ""))
                if v.get("type") != "vote" or not mm or int(mm.group(1)) >= nopt or s_["sender_id"] not in names: errors.append(f"{f}: message {mid}: vote {v}")
        for dt, txt in re.findall(r'<time datetime="([^"]+)">([^<]*)</time>', m["content"]):
            if dt != txt or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", dt): errors.append(f"{f}: message {mid}: <time> {dt}")


LINE_DAY = re.compile(r"^(\d{4})/(\d\d)/(\d\d)\((.)\)$")
LINE_SYS = ("を招待しました。", "が参加しました。", "が退出しました。", "がメッセージの送信を取り消しました", "をグループに追加しました。")
JA_WEEK = "月火水木金土日"


def check_line(f, raw):
    if raw.startswith("\ufeff") or "\r" in raw: errors.append(f"{f}: BOM or CR")
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    lines = raw.split("\n")[:-1]
    if not re.fullmatch(r"\[LINE\] .+のトーク履歴", lines[0]): errors.append(f"{f}: title line {lines[0]!r}")
    sm = re.fullmatch(r"保存日時：(\d{4}/\d\d/\d\d \d\d:\d\d)", lines[1]) if len(lines) > 1 else None
    if not sm or lines[2] != "": errors.append(f"{f}: saved-date line / empty line")
    day, last, last_dt, i = None, -1, None, 3
    while i < len(lines):
        l, ln = lines[i], i + 1
        i += 1
        m = LINE_DAY.match(l)
        if m:
            d = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if JA_WEEK[d.weekday()] != m.group(4): errors.append(f"{f}: line {ln}: weekday {m.group(4)} for {d.date()}")
            if day and d <= day: errors.append(f"{f}: line {ln}: date not after the previous day")
            if day and lines[ln - 2] != "": errors.append(f"{f}: line {ln}: no empty line before the date")
            day, last = d, -1
            continue
        if l == "":
            if i < len(lines) and not LINE_DAY.match(lines[i]): errors.append(f"{f}: line {ln}: empty line not before a date line")
            continue
        mm = LINE_MSG.match(l)
        if not mm: errors.append(f"{f}: line {ln}: neither date, message nor system line: {l[:30]!r}"); continue
        if day is None: errors.append(f"{f}: line {ln}: message before any date line")
        h, mi, name, text = int(mm.group(1)), int(mm.group(2)), mm.group(3), mm.group(4)
        if h > 23 or mi > 59: errors.append(f"{f}: line {ln}: time")
        t = h * 60 + mi
        if t < last: errors.append(f"{f}: line {ln}: time before the previous message")
        last = t
        if day: last_dt = day + timedelta(minutes=t)
        if name == "":
            if not text.endswith(LINE_SYS): errors.append(f"{f}: line {ln}: system line {text[:30]!r}")
            continue
        if text.startswith('"'):
            body = text[1:]
            while not (body.endswith('"') and not body.endswith('""')) or body == "":
                if i >= len(lines): errors.append(f"{f}: line {ln}: quoted message not closed"); break
                body += "\n" + lines[i]; i += 1
            inner = body[:-1]
            if re.search(r'(?<!")"(?!")', inner.replace('""', "")): errors.append(f"{f}: line {ln}: quote inside a quoted message not doubled")
            if "\n" not in inner: errors.append(f"{f}: line {ln}: quoted one-line message")
    if sm and last_dt and datetime.strptime(sm.group(1), "%Y/%m/%d %H:%M") < last_dt: errors.append(f"{f}: saved before the last message")


def go_json(v):
    s = json.dumps(v, ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


FEED_TOP = {"version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "authors",
            "author", "language", "expired", "hubs", "items"}
FEED_ITEM = {"id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image", "date_published",
             "date_modified", "authors", "author", "tags", "language", "attachments"}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def check_feed(f, raw):
    d = json.loads(raw)
    if re.search(r"[<>&]", raw): errors.append(f"{f}: raw <, > or & (jsonify escapes them)")
    for l in raw.rstrip("\n").split("\n"):
        if not re.fullmatch(r'(  )*(\{|\[|\]|\],|\}|\},|"[\w-]+": .*[^,\s],?|"[\w-]+": [\[{])', l): errors.append(f"{f}: template layout: {l[:50]!r}"); break
    for s in json_strings(d):
        if go_json(s) not in raw: errors.append(f"{f}: string not written as Go's encoding/json: {s[:40]!r}")
    if d.get("version") != "https://jsonfeed.org/version/1.1": errors.append(f"{f}: version")
    for k in d:
        if k not in FEED_TOP and not k.startswith("_"): errors.append(f"{f}: unknown top-level key {k}")
    home = d.get("home_page_url", "")
    if not d.get("title") or not home.startswith("https://") or not d.get("feed_url", "").endswith("/feed.json"): errors.append(f"{f}: title/home_page_url/feed_url")
    if not d.get("authors") or not all(a.get("name") for a in d["authors"]): errors.append(f"{f}: authors")
    items = d.get("items", [])
    if not items: errors.append(f"{f}: no items")
    ids, dates = set(), []
    for it in items:
        iid = it.get("id")
        for k in it:
            if k not in FEED_ITEM and not k.startswith("_"): errors.append(f"{f}: item {iid}: unknown key {k}")
        if not isinstance(iid, str) or iid in ids: errors.append(f"{f}: item id {iid!r} missing or repeated")
        ids.add(iid)
        if not it.get("url", "").startswith(home): errors.append(f"{f}: item {iid}: url not on the site")
        if "content_html" not in it and "content_text" not in it: errors.append(f"{f}: item {iid}: no content")
        dp = it.get("date_published", "")
        if not RFC3339.match(dp): errors.append(f"{f}: item {iid}: date_published {dp!r}"); continue
        t = datetime.fromisoformat(dp.replace("Z", "+00:00"))
        dates.append(t)
        if "date_modified" in it:
            if not RFC3339.match(it["date_modified"]) or datetime.fromisoformat(it["date_modified"].replace("Z", "+00:00")) < t: errors.append(f"{f}: item {iid}: date_modified")
        if not isinstance(it.get("tags", []), list): errors.append(f"{f}: item {iid}: tags")
        if "external_url" in it and not re.match(r"https?://", it["external_url"]): errors.append(f"{f}: item {iid}: external_url")
        b = balanced(it.get("content_html", ""))
        if b.bad or b.stack: errors.append(f"{f}: item {iid}: content_html not balanced {b.bad[:1] or b.stack[:1]}")
    if dates != sorted(dates, reverse=True): errors.append(f"{f}: items not newest first")


CR_DOI = re.compile(r"^10\.\d{4,9}/[-._;()/:A-Za-z0-9]+$")


def issn_ok(s):
    m = re.fullmatch(r"(\d{4})-(\d{3})([\dX])", s)
    if not m: return False
    d = m.group(1) + m.group(2)
    c = (11 - sum(int(x) * w for x, w in zip(d, range(8, 1, -1))) % 11) % 11
    return m.group(3) == ("X" if c == 10 else str(c))


def check_crossref(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/") != raw: errors.append(f"{f}: not the API's compact JSON with escaped slashes")
    if (d.get("status"), d.get("message-type"), d.get("message-version")) != ("ok", "work", "1.0.0"): errors.append(f"{f}: status/message-type/version")
    m = d["message"]
    doi = m.get("DOI", "")
    if not CR_DOI.match(doi) or m.get("URL") != "https://doi.org/" + doi or m.get("prefix") != doi.split("/")[0]: errors.append(f"{f}: DOI/URL/prefix")
    refs = m.get("reference", [])
    if not m.get("reference-count") == m.get("references-count") == len(refs): errors.append(f"{f}: reference-count {m.get('reference-count')}/{m.get('references-count')} for {len(refs)}")
    for k, r in enumerate(refs, 1):
        if not r.get("key", "").endswith(f"_CR{k}"): errors.append(f"{f}: reference {k}: key {r.get('key')}")
        if not (r.get("unstructured") or r.get("article-title") or r.get("DOI")): errors.append(f"{f}: reference {k}: empty")
        if ("DOI" in r) != ("doi-asserted-by" in r) or r.get("doi-asserted-by", "publisher") not in ("publisher", "crossref"): errors.append(f"{f}: reference {k}: doi-asserted-by")
        if "DOI" in r and not CR_DOI.match(r["DOI"]): errors.append(f"{f}: reference {k}: DOI {r['DOI']}")
        if "year" in r and not re.fullmatch(r"\d{4}", r["year"]): errors.append(f"{f}: reference {k}: year")

    def walk(o, path=""):
        if isinstance(o, dict):
            if "date-time" in o or "timestamp" in o:
                dt = datetime.strptime(o.get("date-time", ""), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", o.get("date-time", "")) else None
                if not dt or o.get("timestamp") != int(dt.timestamp()) * 1000 or o.get("date-parts") != [[dt.year, dt.month, dt.day]]:
                    errors.append(f"{f}: {path}: date-time/timestamp/date-parts disagree")
            for k, v in o.items(): walk(v, path + "/" + k)
        elif isinstance(o, list):
            for i, v in enumerate(o): walk(v, f"{path}[{i}]")
    walk(m)
    ts = [m.get(k, {}).get("timestamp", 0) for k in ("created", "deposited", "indexed")]
    if ts != sorted(ts): errors.append(f"{f}: created/deposited/indexed out of order")
    if not m.get("issued") == m.get("published") == m.get("published-online"): errors.append(f"{f}: issued/published/published-online differ")
    if not all(issn_ok(x) for x in m.get("ISSN", [])) or sorted(x["value"] for x in m.get("issn-type", [])) != sorted(m.get("ISSN", [])): errors.append(f"{f}: ISSN")
    au = m.get("author", [])
    if [a.get("sequence") for a in au][:1] != ["first"] or sum(a.get("sequence") == "first" for a in au) != 1: errors.append(f"{f}: author sequence")
    for a in au:
        if "ORCID" in a:
            mo = re.fullmatch(r"http://orcid\.org/(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])", a["ORCID"])
            if not mo or not orcid_ok("".join(mo.groups())) or not isinstance(a.get("authenticated-orcid"), bool): errors.append(f"{f}: author ORCID {a['ORCID']}")
        elif "authenticated-orcid" in a: errors.append(f"{f}: authenticated-orcid without ORCID")
    pg = re.fullmatch(r"(\d+)-(\d+)", m.get("page", ""))
    if not pg or int(pg.group(1)) >= int(pg.group(2)): errors.append(f"{f}: page {m.get('page')}")
    try:
        ET.fromstring('<r xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1">' + m.get("abstract", "") + "</r>")
    except ET.ParseError as ex:
        errors.append(f"{f}: abstract JATS: {ex}")
    groups = {}
    for a in m.get("assertion", []):
        g = a["group"]["name"]
        if a["order"] <= groups.get(g, 0): errors.append(f"{f}: assertion order in {g}")
        groups[g] = a["order"]


MEDIUM_HEAD = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>'
GRAF_TAG = {"p": "p", "h3": "h3", "h4": "h4", "figure": "figure", "pre": "pre", "blockquote": "blockquote", "li": "li"}


def check_medium(f, raw):
    if not raw.startswith(MEDIUM_HEAD): errors.append(f"{f}: not Medium's export head")
    b = balanced(raw)
    for tag, line, top in b.bad: errors.append(f"{f}: line {line}: </{tag}> closes {top}")
    if b.stack: errors.append(f"{f}: unclosed {b.stack[:3]}")
    title = html.unescape(re.search(r"<title>(.*?)</title>", raw).group(1))
    h1 = strip_tags(re.search(r'<h1 class="p-name">(.*?)</h1>', raw, re.S).group(1)).strip()
    grafs = re.findall(r'<(\w+) name="([^"]*)" id="([^"]*)" class="graf ([^"]*)">', raw)
    if not grafs: errors.append(f"{f}: no grafs"); return
    first = re.search(r'<h3 name="[^"]*" id="[^"]*" class="graf graf--h3[^"]*graf--title[^"]*">(.*?)</h3>', raw, re.S)
    if not first or not title == h1 == strip_tags(first.group(1)): errors.append(f"{f}: <title>/h1/graf--title differ")
    sub = re.search(r'<section data-field="subtitle" class="p-summary">\n(.*?)\n</section>', raw, re.S)
    subh = re.search(r'<h4 [^>]*graf--subtitle">(.*?)</h4>', raw, re.S)
    if sub and (not subh or strip_tags(subh.group(1)) != html.unescape(sub.group(1))): errors.append(f"{f}: subtitle section != graf--subtitle")
    names, prev = [], None
    for k, (tag, name, gid, cls) in enumerate(grafs):
        c = cls.split()
        kind = c[0][len("graf--"):] if c and c[0].startswith("graf--") else None
        if name != gid or not re.fullmatch(r"[0-9a-f]{4}", name): errors.append(f"{f}: graf {name}: name/id")
        names.append(name)
        if GRAF_TAG.get(kind) != tag: errors.append(f"{f}: graf {name}: kind {kind} on <{tag}>")
        after = [x[len("graf-after--"):] for x in c if x.startswith("graf-after--")]
        if after != ([prev] if prev else []): errors.append(f"{f}: graf {name}: graf-after {after} (previous {prev})")
        if ("graf--leading" in c) != (k == 0) or ("graf--trailing" in c) != (k == len(grafs) - 1): errors.append(f"{f}: graf {name}: leading/trailing")
        prev = kind
    if len(names) != len(set(names)): errors.append(f"{f}: graf names not unique")
    body = raw[raw.index('<section data-field="body"'):raw.index("<footer>")] if '<section data-field="body"' in raw and "<footer>" in raw else ""
    for m in re.finditer(r'<(\w+) name="[^"]*" id="[^"]*" class="graf graf--(\w+)[^"]*">(.*?)</\1>', body, re.S):
        for a in re.finditer(r"<a ([^>]*)>", m.group(3)):
            at = dict(re.findall(r'([\w-]+)="([^"]*)"', a.group(1)))
            ctx = m.group(2)
            if at.get("href") != at.get("data-href") or at.get("class") != f"markup--anchor markup--{ctx}-anchor" or at.get("rel") != "noopener":
                errors.append(f"{f}: link {at.get('href', '')[:40]} markup in a {ctx} graf")
    ft = re.search(r'<footer><p>By <a href="https://medium.com/@([\w.]+)" class="p-author h-card">[^<]+</a> on <a href="https://medium.com/p/([0-9a-f]{12})"><time class="dt-published" '
                   r'datetime="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)">[^<]+</time></a>\.</p><p><a href="https://medium.com/@\1/[\w-]+-(\w+)" class="p-canonical">Canonical link</a></p>'
                   r'<p>Exported from <a href="https://medium.com">Medium</a> on [A-Z][a-z]+ \d{1,2}, \d{4}\.</p></footer>', raw)
    if not ft or ft.group(2) != ft.group(4): errors.append(f"{f}: footer (author, post id, time, canonical link, export line)")


def check_fb2(f, raw):
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\r\n'): errors.append(f"{f}: declaration")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF")
    for i, l in enumerate(raw.split("\r\n"), 1):
        if "\t" in l or l != l.rstrip(): errors.append(f"{f}: line {i}: tab or trailing blank"); break
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if root.tag != FB + "FictionBook" or 'xmlns:l="http://www.w3.org/1999/xlink"' not in raw[:300]: errors.append(f"{f}: root/namespaces")
    ti = root.find(f"{FB}description/{FB}title-info")
    if ti is None or ti.find(FB + "genre") is None or ti.find(FB + "author") is None or not ti.findtext(FB + "book-title") or not ti.findtext(FB + "lang"):
        errors.append(f"{f}: title-info incomplete")
    di = root.find(f"{FB}description/{FB}document-info")
    if di is None or not all(di.findtext(FB + k) for k in ("id", "version", "program-used", "date")): errors.append(f"{f}: document-info incomplete")
    isbn = re.sub(r"-", "", root.findtext(f"{FB}description/{FB}publish-info/{FB}isbn") or "")
    if not re.fullmatch(r"\d{13}", isbn) or sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(isbn)) % 10: errors.append(f"{f}: ISBN {isbn}")
    for e in root.iter(FB + "date"):
        if e.get("value") and not re.fullmatch(r"\d{4}-\d\d-\d\d", e.get("value")): errors.append(f"{f}: date value {e.get('value')}")
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate ids")
    notes_body = [b for b in root.findall(FB + "body") if b.get("name") == "notes"]
    note_ids = [s.get("id") for s in notes_body[0].findall(FB + "section")] if notes_body else []
    refs = []
    for a in root.iter(FB + "a"):
        h = a.get(FXL, "")
        if a.get("type") == "note":
            if not h.startswith("#") or h[1:] not in note_ids: errors.append(f"{f}: note link {h} to no note")
            refs.append(h[1:])
        elif not re.match(r"https?://", h): errors.append(f"{f}: link {h!r}")
    if sorted(set(refs), key=refs.index) != note_ids or len(refs) != len(set(refs)): errors.append(f"{f}: notes not referenced once each, in order")
    bins = {b.get("id"): b for b in root.findall(FB + "binary")}
    for img in root.iter(FB + "image"):
        h = img.get(FXL, "")
        b = bins.get(h[1:])
        if b is None: errors.append(f"{f}: image {h} without binary"); continue
        try:
            data = base64.b64decode(b.text or "", validate=True)
        except ValueError:
            errors.append(f"{f}: binary {h} not base64"); continue
        if b.get("content-type") == "image/png" and not png_ok(data): errors.append(f"{f}: binary {h} not a PNG")
    for sec in root.iter(FB + "section"):
        kids = [k.tag[len(FB):] for k in sec]
        if "section" in kids and any(k in ("p", "poem", "subtitle", "cite", "empty-line", "table") for k in kids): errors.append(f"{f}: section mixes paragraphs and sections")
        if "title" in kids and kids.index("title") != 0: errors.append(f"{f}: section title not first")


GDOCS_HEAD = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
              '@import url(https://themes.googleusercontent.com/fonts/css?kit=')


def check_gdocs(f, raw):
    if "\n" in raw or "\r" in raw: errors.append(f"{f}: more than one line")
    if not raw.startswith(GDOCS_HEAD) or not raw.endswith("</body></html>"): errors.append(f"{f}: not Docs' head/tail")
    b = balanced(raw)
    for tag, line, top in b.bad: errors.append(f"{f}: </{tag}> closes {top}")
    if b.stack: errors.append(f"{f}: unclosed {b.stack[:3]}")
    style = re.search(r"<style[^>]*>(.*?)</style>", raw, re.S).group(1)
    defined = set(re.findall(r"\.([A-Za-z][\w-]*)", re.sub(r"url\([^)]*\)", "", style)))
    body = raw[raw.index("<body"):]
    for cls in re.findall(r'class="([^"]*)"', body):
        for c in cls.split():
            if c not in defined and c not in ("doc-content", "start", "li-bullet-0"): errors.append(f"{f}: class {c} not in the style")
    for h in re.findall(r'href="([^"]*)"', body):
        if h.startswith("#"):
            continue
        m = re.fullmatch(r"https://www\.google\.com/url\?q=(\S+?)&amp;sa=D&amp;source=editors&amp;ust=\d{16}&amp;usg=AOvVaw[\w-]{22}", h)
        if not m or "=" in m.group(1) or "&" in m.group(1) or not re.match(r"https?://", m.group(1)): errors.append(f"{f}: link {h[:70]!r}")
    for kind in ("cmnt", "ftnt"):
        refs = re.findall(rf'<a href="#{kind}(\d+)" id="{kind}_ref(\d+)">', body)
        backs = re.findall(rf'<a href="#{kind}_ref(\d+)" id="{kind}(\d+)">', body)
        if any(a != b for a, b in refs + backs) or [a for a, _ in refs] != [str(i) for i in range(1, len(refs) + 1)] or sorted(a for a, _ in backs) != sorted(a for a, _ in refs):
            errors.append(f"{f}: {kind} anchors not paired/numbered")
    hid = re.findall(r'id="(h\.[^"]*)"', body)
    if len(hid) != len(set(hid)) or not all(re.fullmatch(r"h\.[a-z0-9]{12}", x) for x in hid): errors.append(f"{f}: heading ids")
    for t in re.findall(r"<table[^>]*>(.*?)</table>", body):
        widths = {len(re.findall(r"<td\b", r)) for r in re.findall(r"<tr[^>]*>(.*?)</tr>", t)}
        if len(widths) != 1: errors.append(f"{f}: table rows with {sorted(widths)} cells")
    seen_lists = set()
    for cls in re.findall(r'<ul class="([^"]*)"', body):
        lid = re.search(r"lst-kix_(\w+)-0", cls)
        if not lid: errors.append(f"{f}: list without lst-kix class"); continue
        if (lid.group(1) not in seen_lists) != ("start" in cls.split()): errors.append(f"{f}: list {lid.group(1)}: 'start' marks")
        seen_lists.add(lid.group(1))
    for txt in re.findall(r">([^<>]+)<", body):
        if '"' in txt or "'" in txt: errors.append(f"{f}: unescaped quote in text {txt[:40]!r}"); break


MAN_MACROS = {"TH", "SH", "SS", "PP", "LP", "P", "TP", "IP", "HP", "RS", "RE", "B", "I", "BI", "IB", "BR", "RB", "IR", "RI", "SM", "SB",
              "EX", "EE", "UR", "UE", "MT", "ME", "br", "sp", "nf", "fi", "in", "ad", "na"}
MAN_ESC = re.compile(r"\\(-|e|&|~|f[BIRP]|\([a-z']{2}|\[u[0-9A-F]{4}\]|\"|\||\^)")


def check_man(f, raw):
    if "\r" in raw or not raw.endswith("\n"): errors.append(f"{f}: CR or no final newline")
    lines = raw.split("\n")[:-1]
    for i, l in enumerate(lines, 1):
        if l == "": errors.append(f"{f}: line {i}: blank line")
        if l != l.rstrip(): errors.append(f"{f}: line {i}: trailing blank")
    body = [(i, l) for i, l in enumerate(lines, 1) if not l.startswith('.\\"')]
    if not body: errors.append(f"{f}: empty"); return
    th = re.fullmatch(r'\.TH ([A-Z][A-Z0-9_-]*) (\d) "(\d{4}-\d\d-\d\d)" "([^"]+)" "([^"]+)"', body[0][1])
    if not th: errors.append(f"{f}: first line not .TH NAME SECTION \"date\" \"source\" \"manual\"")
    if len(body) < 3 or body[1][1] != ".SH NAME" or not (th and re.fullmatch(re.escape(th.group(1).lower()) + r" \\- \S.*", body[2][1])):
        errors.append(f"{f}: NAME section")
    shs = [l[4:] for _, l in body if l.startswith(".SH ")]
    if shs[:3] != ["NAME", "SYNOPSIS", "DESCRIPTION"] or any(s.strip('"') != s.strip('"').upper() for s in shs): errors.append(f"{f}: section names {shs[:4]}")
    stack = []
    pairs = {"EX": "EE", "RS": "RE", "UR": "UE", "nf": "fi"}
    for i, l in body:
        if l.startswith("'"): errors.append(f"{f}: line {i}: line starts with an apostrophe")
        if l.startswith("."):
            m = re.match(r"^\.([A-Za-z]+)", l)
            mac = m.group(1) if m else None
            if mac not in MAN_MACROS: errors.append(f"{f}: line {i}: unknown macro {l[:10]!r}"); continue
            if mac in pairs: stack.append((mac, i))
            if mac in pairs.values():
                if not stack or pairs[stack[-1][0]] != mac: errors.append(f"{f}: line {i}: .{mac} without its opener")
                else: stack.pop()
        fonts = re.findall(r"\\f([BIRP])", l)
        depth = 0
        for x in fonts: depth = 1 if x in "BI" else 0
        if depth: errors.append(f"{f}: line {i}: \\f font not closed")
        rest = MAN_ESC.sub("", l.replace("\\\\", ""))
        if "\\" in rest: errors.append(f"{f}: line {i}: unknown escape in {l[:40]!r}")
        if re.search(r"(?<![\\\w/.-])-{1,2}[a-z]", re.sub(r"https?://\S+", "", l)): errors.append(f"{f}: line {i}: unescaped option dash")
    for mac, i in stack: errors.append(f"{f}: line {i}: .{mac} not closed")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 197: check_cff(f, raw)
    if n == 198: check_xmind(f, path)
    if n == 199: check_zulip(f, raw)
    if n == 200: check_line(f, raw)
    if n == 201: check_feed(f, raw)
    if n == 202: check_crossref(f, raw)
    if n == 203: check_medium(f, raw)
    if n == 204: check_fb2(f, raw)
    if n == 205: check_gdocs(f, raw)
    if n == 206: check_man(f, raw)


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
        if f.endswith(".xmind"):
            raw = "\n".join(v.decode("utf-8") for k, v in xmind_parts(path)[1].items() if k.endswith((".json", ".xml")))
        else:
            raw = open(path, encoding="utf-8", newline="").read()
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    except zipfile.BadZipFile as ex:
        errors.append(f"{f}: not a zip package: {ex}"); raw = ""
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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-17) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 18)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r17 = set()
p17 = os.path.join(TD, "digests-round17", "expected.json")
if os.path.exists(p17):
    r17 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p17)).values() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:62s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (digests-own, rounds 8-17): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round17: {sum(1 for k in allrecs if k in r17)}; papers in more than one round18 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
