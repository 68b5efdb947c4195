#!/usr/bin/env python3
"""Checks round20/expected.json against the digests and the shared catalogues.

Adapted from round19/validate.py (the label checks are the same; the readers and shape checks are new). Each digest
is read in its raw form (UTF-8 text; the PDF as Latin-1 bytes) and in decoded forms, the way a reader of that shape
would see it:
  - Facebook Messenger JSON (217): every JSON string with Facebook's mojibake undone (the \\u00XX code units taken as
    bytes and decoded as UTF-8), and per message "content <share link> share_text";
  - Aegisub ASS (218): per event the text with {override} blocks removed and \\N, \\n, \\h as spaces, and the "Default"
    dialogue lines joined in time order (a sentence spoken across two cues is whole there);
  - Databricks notebook source (219): the notebook with the "# MAGIC " prefixes removed, Markdown cells rendered
    ([text](url) as "text <url>"), Python cells as they are;
  - sqlite3 dump (220): the dump loaded into an in-memory SQLite database; every text value of every table, and per
    paper "title <url> arxiv_id" (so '' is ' and replace(…,'\\n',char(10)) is a newline);
  - ReportLab PDF (221): the text drawn by each page's content stream (ASCII85 + Flate undone, Tj/TJ strings with
    PDF escapes and WinAnsi bytes decoded, a new line at T*, Td, Tm and ET), and each link annotation's URI;
  - Discourse topic JSON (222): every JSON string (the parser undoes \\u003c…), each post's cooked HTML as text
    (hrefs after link text);
  - Wikidata SPARQL JSON (223): every JSON string, per binding "title <fulltext> arxiv";
  - KOReader Lua (224): every string of the settings table (Lua %q escapes undone: a backslash-newline is a newline),
    per annotation "text / note";
  - Scrapbox export (225): per page the lines rendered ([url label] and [label url] as "label <url>", [* x], [/ x],
    [page] as their text, icons dropped, table cells separated by " | ", indentation removed);
  - KML (226): the XML text and each CDATA description as HTML text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 20
needs none: 217 writes CoT, 220 the vector-norms paper and 225 the feedback-memory paper under their first arXiv
titles, and 223 the trajectory transformer under its current title (version titles in the catalogue).

Shape checks (each digest is checked against the rules of the program that writes its shape):
  - 217: json.dumps(…, indent=2) of itself (ASCII, two spaces, no final newline); every \\u escape below \\u0100 and
    every string valid UTF-8 once the mojibake is undone; top-level keys in the export's order; messages newest first
    with strictly decreasing 13-digit timestamp_ms, keys in the export's order, content/photos/share present; senders
    and reaction actors among the participants, one reaction per actor; share links http(s) and written in the
    content when the message has text; photo and image uris under messages/<thread_path>/photos/ with creation times
    not after the message; thread_path "inbox/<ascii letters of the title>_<16 digits>";
  - 218: UTF-8 BOM, CRLF only, final CRLF; sections [Script Info], [Aegisub Project Garbage], [V4+ Styles], [Events]
    in order; ScriptType v4.00+, PlayResX/PlayResY; the Styles Format line with the 23 v4+ fields, each Style with 23
    values, &HAABBGGRR colours, Encoding 222 (Thai); the Events Format line with the 10 fields; Dialogue/Comment lines
    with 10 fields, H:MM:SS.cc times, start < end, known styles; {} blocks closed and not nested, only known override
    tags, \\pos inside PlayRes; "Default" dialogue in start order and not overlapping;
  - 219: first line "# Databricks notebook source", cells joined by "\\n\\n# COMMAND ----------\\n\\n", LF, one final
    newline; "# DBTITLE 1,…" only as a cell's first line; a cell is either Python (no "# MAGIC" line; compiles) or
    a magic cell ("# MAGIC %md|%sql|%pip|%sh|%run" first, every line "# MAGIC" or "# MAGIC " + text); Markdown links
    closed; Markdown table rows of one width;
  - 220: LF, final newline; the dump loads; re-dumping the loaded database as sqlite3 3.40's .dump does gives the
    file byte for byte; no foreign-key violations; sqlite_sequence equal to each AUTOINCREMENT table's max id; dates
    real ISO dates, a note not older than its paper; arxiv_id values of arXiv shape; urls http(s);
  - 221: "%PDF-1.4" and ReportLab's binary comment line; objects numbered 1…n in order; the xref table (20-byte lines,
    offsets of "n 0 obj"), /Size, startxref and %%EOF; each stream's /Length; ASCII85 + Flate decodable; page tree
    (/Count = Kids, /Parent back-links, /Type /Page); fonts used in content streams declared; BT/ET and q/Q balanced;
    link annotations with http(s) /URI actions and /Rect inside the MediaBox and the text frame; /ID two equal
    32-hex digests = MD5 of the bytes before xref; Info dates D:YYYYMMDDHHmmSS+00'00', ModDate ≥ CreationDate;
  - 222: Rails' JSON (compact, UTF-8 kept, "<", ">", "&" only as \\u003c/\\u003e/\\u0026, no final newline); post
    keys in Discourse's order (reply_to_user and link_counts only where they belong); posts_count = highest_post_number
    = posts = stream; post_number 1…n, ids increasing; created_at ISO with milliseconds, increasing, updated_at ≥
    created_at, version 2 exactly when edited; topic_id/topic_slug/post_url; reply_to_post_number earlier,
    reply_to_user its author, reply_count = replies; quote asides naming an earlier post of that user whose text holds
    the quote; mentions of participants; link_counts urls linked in cooked; participant_count and details.participants
    with post counts; last_posted_at, reply_count, like_count; slug = Discourse's ascii slug of the title; HTML
    balanced;
  - 223: Blazegraph's pretty print of itself (two spaces, `"key" : value`, `[ {`, no final newline); head vars; each
    binding's keys among the vars in their order; uri/literal terms with the right keys in order; item uris
    http://www.wikidata.org/entity/Q…; itemLabel a tagged literal or the item's own Q-id untagged; titles en-tagged;
    arxiv of arXiv shape; published xsd:dateTime, real dates, ascending; fulltext http(s);
  - 224: the header line and "return "; the table parses; dump() of the parsed table gives the file byte for byte
    (sorted keys, four-space indent, %q strings, %.14g numbers); annotations in page order, page = pos0.page =
    pos1.page, datetime "YYYY-MM-DD HH:MM:SS", datetime_updated after datetime; stats highlights/notes/pages/title
    consistent; percent_finished = last_page / doc_pages; partial_md5_checksum 32 hex; summary status, rating,
    modified not before the last annotation; doc_path a .pdf;
  - 225: json.dumps(…, ensure_ascii=False, indent=2) of itself, no final newline; keys; 24-hex page and user ids,
    unique; pages newest-updated first; each page's first line = its title; line times within the page's created …
    updated, updated ≤ exported; line userIds among the users; [ ] balanced per line outside code blocks; table rows
    of one cell count; internal links to an existing page or a user;
  - 226: the XML declaration, the KML 2.2 namespace, two-space indentation by depth, LF, no final newline;
    well-formed; Style ids "<StyleMap id>-normal/-highlight", each StyleMap pairing both, each styleUrl defined;
    icon colours = the id's RRGGBB as aabbggrr, label scale 0 (normal) / 1 (highlight); coordinates lon,lat,0 near
    the venue; a LineString with ≥ 2 points, a Polygon ring closed; Data names unique per Placemark.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not
an id of its own (kept from round17)."""
import base64, hashlib, html, json, os, re, sqlite3, sys, zlib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime
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


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path"}


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

# ---------------------------------------------------------------- readers

def fb_fix(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def fb_walk(o):
    if isinstance(o, str): return fb_fix(o)
    if isinstance(o, dict): return {fb_fix(k): fb_walk(v) for k, v in o.items()}
    if isinstance(o, list): return [fb_walk(v) for v in o]
    return o


def messenger_text(raw):
    d = fb_walk(json.loads(raw))
    out = ["\n".join(json_strings(d))]
    for m in d.get("messages", []):
        sh = m.get("share", {})
        out.append(m.get("content", "") + " <" + sh.get("link", "") + "> " + sh.get("share_text", ""))
    return out


ASS_EVENT = re.compile(r"^(Dialogue|Comment): (.*)$")


def ass_events(raw):
    evs = []
    for l in raw.lstrip("\ufeff").replace("\r\n", "\n").split("\n"):
        m = ASS_EVENT.match(l)
        if m:
            parts = m.group(2).split(",", 9)
            evs.append((m.group(1), parts))
    return evs


def ass_render(text):
    return re.sub(r"\{[^}]*\}", "", text).replace("\\N", " ").replace("\\n", " ").replace("\\h", " ")


def ass_text(raw):
    evs = ass_events(raw)
    out = ["\n".join(ass_render(p[9]) for _, p in evs if len(p) == 10)]
    spoken = [p for k, p in evs if k == "Dialogue" and len(p) == 10 and p[3] == "Default"]
    out.append(" ".join(ass_render(p[9]) for p in sorted(spoken, key=lambda p: ass_time(p[1]) or 0)))
    return out


def ass_time(s):
    m = re.fullmatch(r"(\d):([0-5]\d):([0-5]\d)\.(\d\d)", s)
    return None if not m else ((int(m.group(1)) * 60 + int(m.group(2))) * 60 + int(m.group(3))) * 100 + int(m.group(4))


DBX_SEP = "\n\n# COMMAND ----------\n\n"


def dbx_cells(raw):
    body = raw[len("# Databricks notebook source\n"):] if raw.startswith("# Databricks notebook source\n") else raw
    return body.rstrip("\n").split(DBX_SEP)


def dbx_text(raw):
    out = []
    for c in dbx_cells(raw):
        lines = [l for l in c.split("\n") if not l.startswith("# DBTITLE")]
        if lines and lines[0].startswith("# MAGIC"):
            lines = [re.sub(r"^# MAGIC ?", "", l) for l in lines]
            out.append(md_text("\n".join(lines)))
        else:
            out.append("\n".join(lines))
    return ["\n".join(out)]


def sql_load(raw):
    db = sqlite3.connect(":memory:")
    db.executescript(raw)
    return db


def sql_value(v):
    if v is None: return "NULL"
    if isinstance(v, int): return str(v)
    if isinstance(v, float):
        s = "%.15g" % v
        return s if any(c in s for c in ".eEn") else s + ".0"
    q = "'" + v.replace("'", "''").replace("\r", "\\r").replace("\n", "\\n") + "'"
    if "\r" in v: q = f"replace({q},'\\r',char(13))"
    if "\n" in v: q = f"replace({q},'\\n',char(10))"
    return q


def sql_dump(db):
    out = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;"]
    for name, sql in db.execute("SELECT name, sql FROM sqlite_schema WHERE type='table' AND sql NOT NULL ORDER BY tbl_name='sqlite_sequence', rowid").fetchall():
        out.append("DELETE FROM sqlite_sequence;" if name == "sqlite_sequence" else sql + ";")
        order = "" if "WITHOUT ROWID" in sql.upper() else " ORDER BY rowid"
        for row in db.execute(f'SELECT * FROM "{name}"{order}'):
            out.append(f"INSERT INTO {name} VALUES(" + ",".join(sql_value(v) for v in row) + ");")
    for (sql,) in db.execute("SELECT sql FROM sqlite_schema WHERE sql NOT NULL AND type IN ('index','trigger','view')"):
        out.append(sql + ";")
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


def sql_text(raw):
    db = sql_load(raw)
    out = []
    for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type='table'").fetchall():
        for row in db.execute(f'SELECT * FROM "{name}"'):
            out.append("\n".join(v for v in row if isinstance(v, str)))
    for t, u, a in db.execute("SELECT title, url, arxiv_id FROM papers"):
        out.append(f"{t} <{u or ''}> {a or ''}")
    return ["\n".join(out)]


# PDF ------------------------------------------------------------------------------------------
PDF_OBJ = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj\n", re.S)


def pdf_objects(data):
    return [(int(m.group(1)), m.start(), m.group(2)) for m in PDF_OBJ.finditer(data)]


def pdf_stream(body):
    m = re.match(rb"<<\n(.*?)\n>>\nstream\n(.*)endstream$", body, re.S)
    if not m: return None, None, None
    return m.group(1), m.group(2), int(re.search(rb"/Length (\d+)", m.group(1)).group(1))


def a85_flate(data):
    if not data.endswith(b"~>"): raise ValueError("no ~> at the end of an ASCII85 stream")
    return zlib.decompress(base64.a85decode(data[:-2]))


PDF_TOK = re.compile(rb"\((?:\\.|[^\\)])*\)|\[|\]|/[^\s/\[\]()<>]+|-?\d*\.?\d+|[A-Za-z*'\"]+|<<|>>|\S", re.S)


def pdf_unstr(tok):
    s, out, i = tok[1:-1], bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            n = s[i + 1:i + 2]
            if n.isdigit():
                j = i + 1
                while j < len(s) and j < i + 4 and s[j:j + 1].isdigit(): j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF); i = j; continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(n, n); i += 2; continue
        out.append(c); i += 1
    return out.decode("cp1252", errors="replace")


def pdf_content_lines(stream):
    """-> (lines of text, ops list) from a content stream"""
    lines, cur, ops, stack = [], [], [], []
    for m in PDF_TOK.finditer(stream):
        t = m.group(0)
        if t.startswith(b"(") or t.startswith(b"/") or t in (b"[", b"]") or re.fullmatch(rb"-?\d*\.?\d+", t):
            stack.append(t); continue
        op = t.decode("latin-1")
        ops.append((op, stack))
        if op in ("Tj", "'", '"'):
            cur.append(pdf_unstr(stack[-1]))
        elif op == "TJ":
            for x in stack:
                if x.startswith(b"("): cur.append(pdf_unstr(x))
                elif re.fullmatch(rb"-?\d*\.?\d+", x) and float(x) < -200: cur.append(" ")
        if op in ("T*", "Td", "TD", "Tm", "ET", "'", '"'):
            if cur: lines.append("".join(cur))
            cur = []
        stack = []
    if cur: lines.append("".join(cur))
    return lines, ops


def pdf_parse(data):
    objs = {n: body for n, _, body in pdf_objects(data)}
    pages = []
    for n, body in sorted(objs.items()):
        if re.search(rb"/Type /Page\n", body) or body.rstrip().endswith(b"/Type /Page"):
            pages.append(n)
    return objs, pages


def pdf_text(raw):
    data = raw.encode("latin-1")
    objs, _ = pdf_parse(data)
    out = []
    for n, body in sorted(objs.items()):
        d, s, _ = pdf_stream(body)
        if s is not None:
            out.append("\n".join(pdf_content_lines(a85_flate(s))[0]))
        for u in re.findall(rb"/URI (\((?:\\.|[^\\)])*\))", body):
            out.append(pdf_unstr(u))
    return ["\n".join(out)]


def discourse_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for p in d["post_stream"]["posts"]:
        out.append(html_text(p["cooked"]))
    return out


def sparql_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for b in d["results"]["bindings"]:
        out.append(f"{b.get('title', {}).get('value', '')} <{b.get('fulltext', {}).get('value', '')}> {b.get('arxiv', {}).get('value', '')}")
    return out


# Lua --------------------------------------------------------------------------------------------
class LuaError(ValueError):
    pass


def lua_parse(s, i=0):
    def ws(i):
        while i < len(s) and s[i] in " \t\n": i += 1
        return i

    def value(i):
        i = ws(i)
        if s.startswith("{", i):
            i += 1; tab = {}
            while True:
                i = ws(i)
                if s.startswith("}", i): return tab, i + 1
                if not s.startswith("[", i): raise LuaError(f"expected [ at {i}")
                k, i = value(i + 1)
                i = ws(i)
                if not s.startswith("]", i): raise LuaError(f"expected ] at {i}")
                i = ws(i + 1)
                if not s.startswith("=", i): raise LuaError(f"expected = at {i}")
                v, i = value(i + 1)
                if k in tab: raise LuaError(f"duplicate key {k!r}")
                tab[k] = v
                i = ws(i)
                if s.startswith(",", i): i += 1
                elif not s.startswith("}", i): raise LuaError(f"expected , or }} at {i}")
        if s.startswith('"', i):
            out, i = [], i + 1
            while True:
                if i >= len(s): raise LuaError("unterminated string")
                c = s[i]
                if c == '"': return "".join(out), i + 1
                if c == "\n": raise LuaError(f"raw newline in a string at {i}")
                if c == "\\":
                    n = s[i + 1]
                    if n == "\n": out.append("\n"); i += 2; continue
                    if n.isdigit():
                        m = re.match(r"\d{1,3}", s[i + 1:]); out.append(chr(int(m.group(0)))); i += 1 + len(m.group(0)); continue
                    out.append({"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}.get(n, "\x00BAD")); i += 2; continue
                out.append(c); i += 1
        m = re.match(r"-?\d+(\.\d+)?(e[-+]?\d+)?|true|false", s[i:])
        if not m: raise LuaError(f"unexpected {s[i:i + 10]!r} at {i}")
        t = m.group(0)
        v = True if t == "true" else False if t == "false" else (int(t) if re.fullmatch(r"-?\d+", t) else float(t))
        return v, i + len(t)
    return value(i)


def lua_q(s):
    out = ['"']
    for ch in s:
        out.append("\\" + ch if ch in '"\\' else "\\\n" if ch == "\n" else "\\r" if ch == "\r" else "\\000" if ch == "\0" else ch)
    return "".join(out) + '"'


def lua_num(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and abs(v) < 1e15): return str(int(v))
    return "%.14g" % v


def lua_dump(o, indent=0):
    if isinstance(o, dict):
        keys = sorted(o, key=lambda k: (0, k, "") if isinstance(k, int) else (1, 0, k))
        if not keys: return "{}"
        pad = "    " * (indent + 1)
        return "{" + "".join(f"\n{pad}[{lua_num(k) if isinstance(k, int) else lua_q(k)}] = {lua_dump(o[k], indent + 1)}," for k in keys) + "\n" + "    " * indent + "}"
    if isinstance(o, str): return lua_q(o)
    return lua_num(o)


LUA_HEAD = "-- we can read Lua syntax here!\nreturn "


def lua_strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            if isinstance(k, str): yield k
            yield from lua_strings(v)


def koreader_text(raw):
    d, _ = lua_parse(raw[len(LUA_HEAD):] if raw.startswith(LUA_HEAD) else raw)
    out = ["\n".join(lua_strings(d))]
    for a in d.get("annotations", {}).values():
        out.append(a.get("text", "") + " / " + a.get("note", ""))
    return out


# Scrapbox ----------------------------------------------------------------------------------------
SB_URL = r"https?://[^\s\]]+"


def sb_render_line(t):
    t = re.sub(r"\[[^\[\]]*\.icon\]", "", t)
    t = re.sub(r"\[(" + SB_URL + r") ([^\]]+)\]", r"\2 <\1>", t)
    t = re.sub(r"\[([^\]]+) (" + SB_URL + r")\]", r"\1 <\2>", t)
    t = re.sub(r"\[[*/\-]+ ([^\]]*)\]", r"\1", t)
    t = re.sub(r"\[([^\]]*)\]", r"\1", t)
    return t.strip().replace("\t", " | ")


def scrapbox_text(raw):
    d = json.loads(raw)
    out = []
    for p in d["pages"]:
        lines, code = [], None
        for ln in p["lines"]:
            t = ln["text"]
            ind = len(t) - len(t.lstrip(" \t"))
            if code is not None and ind > code: lines.append(t); continue
            code = ind if t.strip().startswith("code:") else None
            lines.append(sb_render_line(t))
        out.append("\n".join(lines))
    return out


KML = "{http://www.opengis.net/kml/2.2}"


def kml_text(raw):
    root = ET.fromstring(raw.encode())
    out = [" ".join(root.itertext())]
    for dsc in root.iter(KML + "description"):
        out.append(html_text(dsc.text or ""))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 217: forms += messenger_text(raw)
    if n == 218: forms += ass_text(raw)
    if n == 219: forms += dbx_text(raw)
    if n == 220: forms += sql_text(raw)
    if n == 221: forms += pdf_text(raw)
    if n == 222: forms += discourse_text(raw)
    if n == 223: forms += sparql_text(raw)
    if n == 224: forms += koreader_text(raw)
    if n == 225: forms += scrapbox_text(raw)
    if n == 226: forms += kml_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

FB_TOP = ["participants", "messages", "title", "is_still_participant", "thread_path", "magic_words", "image", "joinable_mode"]
FB_MSG = ["sender_name", "timestamp_ms", "content", "photos", "share", "reactions", "is_geoblocked_for_viewer"]


def check_messenger(f, raw):
    try:
        d0 = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d0, indent=2) != raw: errors.append(f"{f}: not Facebook's layout (json indent 2, ASCII escapes, no final newline)")
    for m in re.finditer(r"\\u([0-9a-fA-F]{4})", raw):
        if int(m.group(1), 16) > 0xFF: errors.append(f"{f}: escape \\u{m.group(1)} is not a mojibake byte"); break
    for s in json_strings(d0):
        try:
            s.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            errors.append(f"{f}: string {s[:30]!r} is not UTF-8 bytes in disguise"); break
    d = fb_walk(d0)
    if list(d) != FB_TOP: errors.append(f"{f}: top-level keys {list(d)}")
    people = [p.get("name") for p in d.get("participants", [])]
    if len(set(people)) != len(people): errors.append(f"{f}: duplicate participants")
    tp = d.get("thread_path", "")
    slug = re.sub(r"[^a-z0-9]", "", "".join(c for c in d.get("title", "").lower() if c.isascii()))
    if not re.fullmatch(re.escape("inbox/" + slug) + r"_\d{16}", tp): errors.append(f"{f}: thread_path {tp!r} does not follow the title {d.get('title')!r}")
    prev = None
    for m in d.get("messages", []):
        ts = m.get("timestamp_ms")
        if [k for k in m if k in FB_MSG] != [k for k in FB_MSG if k in m] or set(m) - set(FB_MSG): errors.append(f"{f}: message {ts}: keys {list(m)}")
        if not isinstance(ts, int) or len(str(ts)) != 13: errors.append(f"{f}: timestamp {ts!r}"); continue
        if prev is not None and ts >= prev: errors.append(f"{f}: message {ts} not older than the one before it (newest first)")
        prev = ts
        if not any(k in m for k in ("content", "photos", "share")): errors.append(f"{f}: message {ts} without content")
        if m.get("sender_name") not in people: errors.append(f"{f}: message {ts}: sender {m.get('sender_name')!r} not a participant")
        actors = [r.get("actor") for r in m.get("reactions", [])]
        if len(set(actors)) != len(actors) or any(a not in people for a in actors): errors.append(f"{f}: message {ts}: reactions")
        if "share" in m:
            link = m["share"].get("link", "")
            if not re.match(r"https?://", link) or ("content" in m and link not in m["content"]): errors.append(f"{f}: message {ts}: share link {link!r}")
        for ph in m.get("photos", []):
            if not ph.get("uri", "").startswith(f"messages/{tp}/photos/") or ph.get("creation_timestamp", 0) > ts // 1000:
                errors.append(f"{f}: message {ts}: photo {ph.get('uri')}")
        if m.get("is_geoblocked_for_viewer") is not False: errors.append(f"{f}: message {ts}: is_geoblocked_for_viewer")
    if not d.get("image", {}).get("uri", "").startswith(f"messages/{tp}/photos/"): errors.append(f"{f}: thread image uri")


ASS_STYLE_FIELDS = ("Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, "
                    "StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding")
ASS_EVENT_FIELDS = "Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"
ASS_TAG = re.compile(r"\\(an[1-9]|pos\((\d+),(\d+)\)|fad\(\d+,\d+\)|i[01]|b[01]|fs\d+|c&H[0-9A-F]{6}&)")


def check_ass(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Aegisub writes one)")
    body = raw.lstrip("\ufeff")
    if re.search(r"(?<!\r)\n", body) or re.search(r"\r(?!\n)", body) or not body.endswith("\r\n"): errors.append(f"{f}: not CRLF throughout with a final CRLF")
    lines = body.replace("\r\n", "\n").rstrip("\n").split("\n")
    sections = [l for l in lines if l.startswith("[") and l.endswith("]")]
    if sections != ["[Script Info]", "[Aegisub Project Garbage]", "[V4+ Styles]", "[Events]"]: errors.append(f"{f}: sections {sections}")
    info = dict(re.findall(r"^(\w[\w ]*): (.*)$", "\n".join(lines[:lines.index("[Aegisub Project Garbage]")] if "[Aegisub Project Garbage]" in lines else lines), re.M))
    if info.get("ScriptType") != "v4.00+": errors.append(f"{f}: ScriptType {info.get('ScriptType')}")
    try:
        resx, resy = int(info["PlayResX"]), int(info["PlayResY"])
    except (KeyError, ValueError):
        errors.append(f"{f}: PlayResX/PlayResY"); resx, resy = 384, 288
    styles = {}
    fmt_style = [l for l in lines if l.startswith("Format: ") and "Fontname" in l]
    if fmt_style != ["Format: " + ASS_STYLE_FIELDS]: errors.append(f"{f}: Styles Format line")
    for l in lines:
        if l.startswith("Style: "):
            v = l[7:].split(",")
            if len(v) != 23: errors.append(f"{f}: style {v[0]!r} has {len(v)} fields"); continue
            styles[v[0]] = v
            if not all(re.fullmatch(r"&H[0-9A-F]{8}", c) for c in v[3:7]): errors.append(f"{f}: style {v[0]}: colours")
            if v[22] != "222": errors.append(f"{f}: style {v[0]}: Encoding {v[22]} (Thai is 222)")
            if v[18] not in "123456789" or len(v[18]) != 1: errors.append(f"{f}: style {v[0]}: Alignment {v[18]}")
    if [l for l in lines if l.startswith("Format: ") and "Layer" in l] != ["Format: " + ASS_EVENT_FIELDS]: errors.append(f"{f}: Events Format line")
    ev_start = lines.index("[Events]") if "[Events]" in lines else len(lines)
    spoken = []
    for i, l in enumerate(lines[ev_start + 1:], ev_start + 2):
        if l.startswith("Format: ") or not l: continue
        m = ASS_EVENT.match(l)
        if not m: errors.append(f"{f}: line {i}: not an event: {l[:40]!r}"); continue
        p = m.group(2).split(",", 9)
        if len(p) != 10: errors.append(f"{f}: line {i}: {len(p)} fields"); continue
        s, e = ass_time(p[1]), ass_time(p[2])
        if s is None or e is None or s >= e: errors.append(f"{f}: line {i}: times {p[1]} → {p[2]}")
        if p[3] not in styles: errors.append(f"{f}: line {i}: style {p[3]!r} not defined")
        if not p[0].isdigit() or not all(x.isdigit() for x in p[5:8]): errors.append(f"{f}: line {i}: layer/margins")
        text = p[9]
        depth = 0
        for ch in text:
            depth += ch == "{"; depth -= ch == "}"
            if depth not in (0, 1): errors.append(f"{f}: line {i}: override blocks nested or unbalanced"); break
        if depth: errors.append(f"{f}: line {i}: override block not closed")
        for blk in re.findall(r"\{([^}]*)\}", text):
            rest = ASS_TAG.sub("", blk)
            if rest: errors.append(f"{f}: line {i}: unknown override {rest!r}")
            for x, y in re.findall(r"\\pos\((\d+),(\d+)\)", blk):
                if int(x) > resx or int(y) > resy: errors.append(f"{f}: line {i}: \\pos outside PlayRes")
        if m.group(1) == "Dialogue" and p[3] == "Default" and s is not None and e is not None:
            spoken.append((i, s, e))
    for (i1, s1, e1), (i2, s2, e2) in zip(spoken, spoken[1:]):
        if s2 < s1 or s2 < e1: errors.append(f"{f}: line {i2}: Default dialogue starts before the previous one ends")


DBX_MAGICS = ("%md", "%sql", "%pip", "%sh", "%run", "%python", "%scala")


def check_dbx(f, raw):
    if not raw.startswith("# Databricks notebook source\n"): errors.append(f"{f}: first line is not '# Databricks notebook source'")
    if "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR, or not exactly one final newline")
    if re.search(r"# COMMAND -+", raw.replace(DBX_SEP, "")): errors.append(f"{f}: a COMMAND separator without its empty lines")
    for k, c in enumerate(dbx_cells(raw), 1):
        lines = c.split("\n")
        for j, l in enumerate(lines):
            if l.startswith("# DBTITLE") and (j != 0 or not re.fullmatch(r"# DBTITLE 1,\S.*", l)): errors.append(f"{f}: cell {k}: DBTITLE {l!r}")
        if lines and lines[0].startswith("# DBTITLE"): lines = lines[1:]
        magic = [l for l in lines if l.startswith("# MAGIC")]
        if magic:
            if len(magic) != len(lines): errors.append(f"{f}: cell {k}: a magic cell with lines lacking '# MAGIC'")
            if not lines[0].startswith("# MAGIC %") or lines[0][8:].split(" ")[0] not in DBX_MAGICS: errors.append(f"{f}: cell {k}: first line {lines[0]!r}")
            for l in magic:
                if l != "# MAGIC" and not l.startswith("# MAGIC "): errors.append(f"{f}: cell {k}: {l[:30]!r}")
            body = [l[8:] for l in magic]
            if lines[0].startswith("# MAGIC %md"):
                for l in body:
                    if l.count("[") != l.count("]") or l.count("](") != len(re.findall(r"\]\([^)\s]+\)", l)): errors.append(f"{f}: cell {k}: Markdown link in {l[:40]!r}")
                widths = []
                for l in body + [""]:
                    if l.startswith("|"): widths.append(len(re.findall(r"(?<!\\)\|", l)))
                    else:
                        if len(set(widths)) > 1: errors.append(f"{f}: cell {k}: table rows of widths {sorted(set(widths))}")
                        widths = []
        else:
            try:
                compile("\n".join(lines), f"cell{k}", "exec")
            except SyntaxError as ex:
                errors.append(f"{f}: cell {k}: Python does not compile: {ex.msg} (line {ex.lineno})")


def iso_date(s):
    try:
        return date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def check_sql(f, raw):
    if "\r" in raw or not raw.endswith(";\n"): errors.append(f"{f}: CR or no final newline")
    try:
        db = sql_load(raw)
    except sqlite3.Error as ex:
        errors.append(f"{f}: the dump does not load: {ex}"); return
    if sql_dump(db) != raw: errors.append(f"{f}: re-dumping the loaded database does not give the file (not sqlite3 .dump output)")
    if db.execute("PRAGMA foreign_key_check").fetchall(): errors.append(f"{f}: foreign-key violations {db.execute('PRAGMA foreign_key_check').fetchall()}")
    for name, seq in db.execute("SELECT name, seq FROM sqlite_sequence").fetchall():
        mx = db.execute(f'SELECT max(rowid) FROM "{name}"').fetchone()[0]
        if mx != seq: errors.append(f"{f}: sqlite_sequence {name}={seq} but max id {mx}")
    added = {}
    for pid, a, ax, u in db.execute("SELECT id, added, arxiv_id, url FROM papers"):
        added[pid] = iso_date(a)
        if not added[pid]: errors.append(f"{f}: paper {pid}: added {a!r}")
        if ax is not None and not re.fullmatch(r"\d{4}\.\d{4,5}", ax): errors.append(f"{f}: paper {pid}: arxiv_id {ax!r}")
        if u is not None and not re.match(r"https?://", u): errors.append(f"{f}: paper {pid}: url {u!r}")
    for nid, pid, c in db.execute("SELECT id, paper_id, created FROM notes"):
        d = iso_date(c)
        if not d or (added.get(pid) and d < added[pid]): errors.append(f"{f}: note {nid}: created {c!r} before its paper was added")
    for sid, h in db.execute("SELECT id, held_on FROM seminars"):
        if not iso_date(h): errors.append(f"{f}: seminar {sid}: date {h!r}")


PDF_INFO_DATE = re.compile(r"D:(\d{14})\+00'00'")


def check_pdf(f, raw):
    data = raw.encode("latin-1")
    if not data.startswith(b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document http://www.reportlab.com\n"): errors.append(f"{f}: PDF header")
    if not data.endswith(b"%%EOF\n"): errors.append(f"{f}: no %%EOF at the end")
    objs = pdf_objects(data)
    if [n for n, _, _ in objs] != list(range(1, len(objs) + 1)): errors.append(f"{f}: objects not numbered 1..n in order")
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 5] != b"xref\n": errors.append(f"{f}: startxref does not point at the xref table"); return
    xr = int(m.group(1))
    xm = re.match(rb"xref\n0 (\d+)\n((?:\d{10} \d{5} [fn] \n)+)trailer\n<<\n(.*?)\n>>\n", data[xr:], re.S)
    if not xm: errors.append(f"{f}: xref table or trailer malformed"); return
    entries = re.findall(rb"(\d{10}) (\d{5}) ([fn]) \n", xm.group(2))
    if int(xm.group(1)) != len(entries) or len(entries) != len(objs) + 1: errors.append(f"{f}: xref has {len(entries)} entries for {len(objs)} objects")
    for (n, off, _), (o, g, k) in zip(objs, entries[1:]):
        if int(o) != off or k != b"n": errors.append(f"{f}: xref offset of object {n} is {int(o)}, the object is at {off}")
    trailer = xm.group(3)
    if not re.search(rb"/Size %d\b" % (len(objs) + 1), trailer): errors.append(f"{f}: trailer /Size")
    ids = re.search(rb"/ID \n\[<([0-9a-f]{32})><([0-9a-f]{32})>\]", trailer)
    if not ids or ids.group(1) != ids.group(2) or ids.group(1).decode() != hashlib.md5(data[:xr]).hexdigest(): errors.append(f"{f}: /ID is not the digest of the document")
    byn = {n: body for n, _, body in objs}
    ref = lambda k: int(re.search(k + rb" (\d+) 0 R", trailer).group(1)) if re.search(k + rb" (\d+) 0 R", trailer) else None
    root, info = ref(rb"/Root"), ref(rb"/Info")
    if root not in byn or b"/Type /Catalog" not in byn[root]: errors.append(f"{f}: /Root is not a catalog"); return
    pages_n = int(re.search(rb"/Pages (\d+) 0 R", byn[root]).group(1))
    pt = byn.get(pages_n, b"")
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", pt).group(1))] if b"/Kids" in pt else []
    cnt = re.search(rb"/Count (\d+)", pt)
    if not cnt or int(cnt.group(1)) != len(kids): errors.append(f"{f}: /Count differs from the number of Kids")
    fonts_dict = {}
    for kid in kids:
        pg = byn.get(kid, b"")
        if not re.search(rb"/Type /Page\n>>$", pg) or (b"/Parent %d 0 R" % pages_n) not in pg: errors.append(f"{f}: page {kid}: /Type or /Parent"); continue
        mb = [float(x) for x in re.search(rb"/MediaBox \[ ([\d. ]+) \]", pg).group(1).split()]
        fd = int(re.search(rb"/Font (\d+) 0 R", pg).group(1))
        fonts_dict = dict((k.decode(), int(v)) for k, v in re.findall(rb"/(F\d+) (\d+) 0 R", byn.get(fd, b"")))
        for name, on in fonts_dict.items():
            if not re.search(rb"/Name /" + name.encode() + rb" /Subtype /Type1 /Type /Font", byn.get(on, b"")): errors.append(f"{f}: font {name} object {on}")
        cn = int(re.search(rb"/Contents (\d+) 0 R", pg).group(1))
        d, s, ln = pdf_stream(byn.get(cn, b""))
        if s is None: errors.append(f"{f}: page {kid}: contents {cn} is not a stream"); continue
        if ln != len(s): errors.append(f"{f}: stream {cn}: /Length {ln} for {len(s)} bytes")
        if b"/Filter [ /ASCII85Decode /FlateDecode ]" not in d: errors.append(f"{f}: stream {cn}: filters")
        try:
            content = a85_flate(s)
        except (ValueError, zlib.error) as ex:
            errors.append(f"{f}: stream {cn} does not decode: {ex}"); continue
        lines, ops = pdf_content_lines(content)
        bt = q = 0
        for op, args in ops:
            if op == "BT": bt += 1
            elif op == "ET": bt -= 1
            elif op == "q": q += 1
            elif op == "Q": q -= 1
            elif op == "Tf" and args and args[0].decode("latin-1")[1:] not in fonts_dict: errors.append(f"{f}: stream {cn}: font {args[0]!r} not declared")
            if bt not in (0, 1) or q < 0: errors.append(f"{f}: stream {cn}: BT/ET or q/Q unbalanced"); break
        if bt or q: errors.append(f"{f}: stream {cn}: BT/ET or q/Q not closed")
        annots = [int(a) for a in re.findall(rb"(\d+) 0 R", re.search(rb"/Annots \[(.*?)\]", pg).group(1))] if b"/Annots" in pg else []
        for an in annots:
            a = byn.get(an, b"")
            u = re.search(rb"/S /URI /Type /Action /URI (\((?:\\.|[^\\)])*\))", a)
            r = re.search(rb"/Rect \[ ([-\d. ]+) \]", a)
            if b"/Subtype /Link /Type /Annot" not in a or not u or not r: errors.append(f"{f}: annotation {an} malformed"); continue
            if not re.match(r"https?://", pdf_unstr(u.group(1))): errors.append(f"{f}: annotation {an}: URI")
            x0, y0, x1, y1 = [float(v) for v in r.group(1).split()]
            if not (mb[0] + 72 <= x0 < x1 <= mb[2] - 72 + 0.01 and mb[1] < y0 < y1 < mb[3]): errors.append(f"{f}: annotation {an}: /Rect outside the text frame")
    if info in byn:
        dates = [PDF_INFO_DATE.search(x) for x in re.findall(rb"/(?:Creation|Mod)Date \(([^)]*)\)", byn[info]) for x in [x.decode()]]
        if len(dates) != 2 or not all(dates) or dates[1].group(1) < dates[0].group(1): errors.append(f"{f}: Info dates")
        else:
            for dm in dates:
                try:
                    datetime.strptime(dm.group(1), "%Y%m%d%H%M%S")
                except ValueError:
                    errors.append(f"{f}: Info date {dm.group(1)} not a real time")
    else:
        errors.append(f"{f}: no /Info")


DC_POST = ["id", "name", "username", "avatar_template", "created_at", "cooked", "post_number", "post_type", "updated_at", "reply_count",
           "reply_to_post_number", "reply_to_user", "quote_count", "incoming_link_count", "reads", "readers_count", "score", "yours",
           "topic_id", "topic_slug", "display_username", "primary_group_name", "flair_name", "flair_url", "flair_bg_color",
           "flair_color", "flair_group_id", "version", "can_edit", "can_delete", "can_recover", "can_see_hidden_post", "can_wiki",
           "link_counts", "read", "user_title", "bookmarked", "actions_summary", "moderator", "admin", "staff", "user_id", "hidden",
           "trust_level", "deleted_at", "user_deleted", "edit_reason", "can_view_edit_history", "wiki", "post_url"]
DC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def discourse_slug(title):
    import unicodedata
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s) or "topic"


def check_discourse(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    want = json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if want != raw: errors.append(f"{f}: not Rails' JSON (compact, UTF-8, <>& escaped, no final newline)")
    posts = d["post_stream"]["posts"]
    n = len(posts)
    if not (d.get("posts_count") == d.get("highest_post_number") == n == len(d["post_stream"]["stream"])): errors.append(f"{f}: posts_count/highest_post_number/stream")
    if d["post_stream"]["stream"] != [p["id"] for p in posts] or [p["id"] for p in posts] != sorted(set(p["id"] for p in posts)): errors.append(f"{f}: stream ids")
    if d.get("slug") != discourse_slug(d.get("title", "")): errors.append(f"{f}: slug {d.get('slug')!r} is not the ascii slug of the title")
    users = {}
    prev = ""
    for i, p in enumerate(posts, 1):
        keys = [k for k in DC_POST if k in p]
        if list(p) != keys or set(p) - set(DC_POST): errors.append(f"{f}: post {i}: keys out of Discourse's order")
        if p.get("post_number") != i: errors.append(f"{f}: post {i}: post_number {p.get('post_number')}")
        if not DC_TIME.match(p.get("created_at", "")) or not DC_TIME.match(p.get("updated_at", "")) or p["updated_at"] < p["created_at"] or p["created_at"] <= prev:
            errors.append(f"{f}: post {i}: created_at/updated_at")
        prev = p.get("created_at", "")
        if (p.get("version") == 1) != (p.get("updated_at") == p.get("created_at")): errors.append(f"{f}: post {i}: version vs edit")
        if p.get("topic_id") != d["id"] or p.get("topic_slug") != d["slug"] or p.get("post_url") != f"/t/{d['slug']}/{d['id']}/{i}": errors.append(f"{f}: post {i}: topic id/slug/url")
        u = p.get("username")
        if users.setdefault(u, (p.get("user_id"), p.get("name"))) != (p.get("user_id"), p.get("name")) or p.get("display_username") != p.get("name"):
            errors.append(f"{f}: post {i}: user {u} with two ids or names")
        rt = p.get("reply_to_post_number")
        if rt is not None:
            if not (1 <= rt < i) or p.get("reply_to_user", {}).get("username") != posts[rt - 1]["username"]: errors.append(f"{f}: post {i}: reply_to")
        elif "reply_to_user" in p: errors.append(f"{f}: post {i}: reply_to_user without reply_to_post_number")
        if p.get("reply_count") != sum(1 for q in posts if q.get("reply_to_post_number") == i): errors.append(f"{f}: post {i}: reply_count")
        cooked = p.get("cooked", "")
        b = balanced(cooked)
        if b.bad or b.stack: errors.append(f"{f}: post {i}: cooked HTML not balanced {b.bad[:2]} {b.stack[:2]}")
        quotes = re.findall(r'<aside class="quote no-group" data-username="([^"]+)" data-post="(\d+)" data-topic="(\d+)">.*?<blockquote>\n<p>(.*?)</p>', cooked, re.S)
        if p.get("quote_count") != len(quotes): errors.append(f"{f}: post {i}: quote_count")
        for qu, qp, qt, qtext in quotes:
            qp = int(qp)
            if int(qt) != d["id"] or not (1 <= qp < i) or posts[qp - 1]["username"] != qu or strip_tags(qtext) not in strip_tags(posts[qp - 1]["cooked"]):
                errors.append(f"{f}: post {i}: quote of post {qp} by {qu} does not match it")
        hrefs = re.findall(r'href="([^"]+)"', cooked)
        for lc in p.get("link_counts", []):
            if lc.get("url") not in hrefs: errors.append(f"{f}: post {i}: link_counts url {lc.get('url')} not in cooked")
        for mu in re.findall(r'<a class="mention" href="/u/([^"]+)">@([^<]+)</a>', cooked):
            if mu[0] != mu[1] or mu[0] not in [q["username"] for q in posts]: errors.append(f"{f}: post {i}: mention @{mu[1]}")
    if d.get("participant_count") != len(users): errors.append(f"{f}: participant_count")
    parts = {x["username"]: x for x in d.get("details", {}).get("participants", [])}
    if set(parts) != set(users) or any(parts[u]["post_count"] != sum(1 for p in posts if p["username"] == u) or parts[u]["id"] != users[u][0] for u in parts):
        errors.append(f"{f}: details.participants")
    if d.get("last_posted_at") != posts[-1]["created_at"] or d.get("created_at") != posts[0]["created_at"]: errors.append(f"{f}: created_at/last_posted_at")
    if d.get("reply_count") != n - 1: errors.append(f"{f}: topic reply_count")
    if d.get("like_count") != sum(a["count"] for p in posts for a in p["actions_summary"] if a["id"] == 2): errors.append(f"{f}: like_count")
    if d["details"]["created_by"]["username"] != posts[0]["username"] or d["details"]["last_poster"]["username"] != posts[-1]["username"]:
        errors.append(f"{f}: details.created_by/last_poster")


def blaze(o, ind=""):
    if isinstance(o, dict):
        inner = ind + "  "
        return "{\n" + ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)} : {blaze(v, inner)}" for k, v in o.items()) + "\n" + ind + "}"
    if isinstance(o, list):
        if all(isinstance(x, str) for x in o):
            return "[ " + ", ".join(json.dumps(x, ensure_ascii=False) for x in o) + " ]"
        return "[ " + ", ".join(blaze(x, ind) for x in o) + " ]"
    return json.dumps(o, ensure_ascii=False)


def check_sparql(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if blaze(d) != raw: errors.append(f"{f}: not Blazegraph's SPARQL JSON layout")
    if list(d) != ["head", "results"] or list(d["results"]) != ["bindings"]: errors.append(f"{f}: top-level keys")
    vars_ = d["head"]["vars"]
    prev = ""
    for k, b in enumerate(d["results"]["bindings"], 1):
        if list(b) != [v for v in vars_ if v in b] or set(b) - set(vars_): errors.append(f"{f}: binding {k}: variables {list(b)}")
        for v, t in b.items():
            if t.get("type") == "uri":
                if list(t) != ["type", "value"] or not re.match(r"https?://", t["value"]): errors.append(f"{f}: binding {k}: {v} uri")
            elif t.get("type") == "literal":
                if list(t) not in (["type", "value"], ["xml:lang", "type", "value"], ["datatype", "type", "value"]): errors.append(f"{f}: binding {k}: {v} literal keys")
            else:
                errors.append(f"{f}: binding {k}: {v} type {t.get('type')}")
        item = b.get("item", {}).get("value", "")
        qm = re.fullmatch(r"http://www\.wikidata\.org/entity/(Q\d+)", item)
        if not qm: errors.append(f"{f}: binding {k}: item {item!r}"); continue
        lab = b.get("itemLabel", {})
        if not ((lab.get("xml:lang") == "en" and lab.get("value")) or (list(lab) == ["type", "value"] and lab.get("value") == qm.group(1))):
            errors.append(f"{f}: binding {k}: itemLabel is neither an English label nor the item's Q-id")
        if b.get("title", {}).get("xml:lang") != "en": errors.append(f"{f}: binding {k}: title language")
        if "arxiv" in b and not re.fullmatch(r"\d{4}\.\d{4,5}", b["arxiv"]["value"]): errors.append(f"{f}: binding {k}: arxiv {b['arxiv']['value']!r}")
        pub = b.get("published", {})
        if pub.get("datatype") != "http://www.w3.org/2001/XMLSchema#dateTime" or not re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", pub.get("value", "")) \
                or not iso_date(pub.get("value", "")[:10]):
            errors.append(f"{f}: binding {k}: published {pub.get('value')!r}")
        elif pub["value"] < prev: errors.append(f"{f}: binding {k}: not in ORDER BY ?published order")
        else: prev = pub["value"]


KO_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")


def check_koreader(f, raw):
    if not raw.startswith(LUA_HEAD): errors.append(f"{f}: header line and 'return ' missing"); return
    try:
        d, end = lua_parse(raw[len(LUA_HEAD):])
    except (LuaError, IndexError) as ex:
        errors.append(f"{f}: Lua table does not parse: {ex}"); return
    if LUA_HEAD + lua_dump(d) + "\n" != raw: errors.append(f"{f}: not KOReader's dump() layout (order, indent, %q strings, numbers)")
    anns = [d["annotations"][k] for k in sorted(d.get("annotations", {}))]
    if sorted(d.get("annotations", {})) != list(range(1, len(anns) + 1)): errors.append(f"{f}: annotations not a 1..n array")
    pages = [a.get("page") for a in anns]
    if pages != sorted(pages): errors.append(f"{f}: annotations not in page order")
    last = ""
    for k, a in enumerate(anns, 1):
        if not (a.get("page") == a.get("pos0", {}).get("page") == a.get("pos1", {}).get("page")): errors.append(f"{f}: annotation {k}: page/pos0/pos1")
        if not KO_TIME.match(a.get("datetime", "")): errors.append(f"{f}: annotation {k}: datetime {a.get('datetime')!r}")
        if "datetime_updated" in a and (not KO_TIME.match(a["datetime_updated"]) or a["datetime_updated"] <= a["datetime"]): errors.append(f"{f}: annotation {k}: datetime_updated")
        if not 1 <= a.get("page", 0) <= d.get("doc_pages", 0): errors.append(f"{f}: annotation {k}: page outside the document")
        last = max(last, a.get("datetime_updated", a.get("datetime", "")))
    st = d.get("stats", {})
    if st.get("highlights") != len(anns) or st.get("notes") != sum(1 for a in anns if "note" in a) or st.get("pages") != d.get("doc_pages") \
            or st.get("title") != d.get("doc_props", {}).get("title"):
        errors.append(f"{f}: stats disagree with the annotations/doc_props")
    if lua_num(d.get("last_page", 0) / max(d.get("doc_pages", 1), 1)) != lua_num(d.get("percent_finished", -1)): errors.append(f"{f}: percent_finished != last_page/doc_pages")
    if not re.fullmatch(r"[0-9a-f]{32}", d.get("partial_md5_checksum", "")): errors.append(f"{f}: partial_md5_checksum")
    sm = d.get("summary", {})
    if sm.get("status") not in ("reading", "complete", "abandoned") or sm.get("rating") not in range(1, 6) or sm.get("modified", "") < last[:10]:
        errors.append(f"{f}: summary status/rating/modified")
    if not d.get("doc_path", "").endswith(".pdf"): errors.append(f"{f}: doc_path is not a pdf")


def check_scrapbox(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, ensure_ascii=False, indent=2) != raw: errors.append(f"{f}: not JSON.stringify(…, null, 2) output")
    if list(d) != ["name", "displayName", "exported", "users", "pages"]: errors.append(f"{f}: top-level keys")
    uids = {u["id"]: u["name"] for u in d["users"]}
    ids = [u["id"] for u in d["users"]] + [p["id"] for p in d["pages"]]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"[0-9a-f]{24}", i) for i in ids): errors.append(f"{f}: ids not unique 24-hex")
    ups = [p["updated"] for p in d["pages"]]
    if ups != sorted(ups, reverse=True): errors.append(f"{f}: pages not newest-updated first")
    titles = {p["title"] for p in d["pages"]}
    for p in d["pages"]:
        t = p["title"]
        if list(p) != ["title", "created", "updated", "id", "lines"]: errors.append(f"{f}: page {t}: keys")
        if not p["lines"] or p["lines"][0]["text"] != t: errors.append(f"{f}: page {t}: first line is not the title")
        if not p["created"] <= p["updated"] <= d["exported"]: errors.append(f"{f}: page {t}: created/updated/exported")
        if max(ln["updated"] for ln in p["lines"]) != p["updated"]: errors.append(f"{f}: page {t}: updated is not its newest line")
        code, table = None, []
        for k, ln in enumerate(p["lines"] + [{"text": "", "created": p["created"], "updated": p["created"], "userId": d["users"][0]["id"]}], 1):
            x = ln["text"]
            if list(ln) != ["text", "created", "updated", "userId"]: errors.append(f"{f}: page {t} line {k}: keys")
            if not p["created"] <= ln["created"] <= ln["updated"] <= p["updated"]: errors.append(f"{f}: page {t} line {k}: times")
            if ln["userId"] not in uids: errors.append(f"{f}: page {t} line {k}: unknown user")
            ind = len(x) - len(x.lstrip(" \t"))
            if code is not None and (ind > code or (x == "" and False)):
                continue
            code = ind if x.strip().startswith("code:") else None
            if table and ind > table[0]:
                table.append(x.count("\t")); continue
            if len(table) > 1 and len(set(table[1:])) != 1: errors.append(f"{f}: page {t}: table rows of different cell counts")
            table = [ind] if x.strip().startswith("table:") else []
            depth = 0
            for ch in x:
                depth += ch == "["; depth -= ch == "]"
                if depth < 0 or depth > 1: break
            if depth: errors.append(f"{f}: page {t} line {k}: [ ] not balanced")
            for lk in re.findall(r"\[([^\[\]]+)\]", x):
                if re.search(SB_URL, lk) or lk.endswith(".icon") or re.match(r"[*/\-]+ ", lk): continue
                if lk not in titles and lk not in uids.values(): errors.append(f"{f}: page {t} line {k}: link [{lk}] to no page")


def check_kml(f, raw):
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n'): errors.append(f"{f}: declaration/namespace")
    if "\r" in raw or raw.endswith("\n") or not raw.endswith("</kml>"): errors.append(f"{f}: CR or final newline (My Maps writes none)")
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    depth = 0
    for i, l in enumerate(raw.split("\n")[1:], 2):
        s = l.strip()
        closing = s.startswith("</")
        d = depth - 1 if closing else depth
        if l != "  " * d + s: errors.append(f"{f}: line {i}: indentation"); break
        opens = re.match(r"<([A-Za-z]\w*)[^>]*?(/?)>", s)
        if opens and not opens.group(2) and not re.search(r"</\w+>$", s): depth += 1
        if closing: depth -= 1
    doc = root.find(KML + "Document")
    styles = {s.get("id"): s for s in doc.findall(KML + "Style")}
    maps = {m.get("id"): m for m in doc.findall(KML + "StyleMap")}
    for mid, m in maps.items():
        pairs = {p.findtext(KML + "key"): p.findtext(KML + "styleUrl") for p in m.findall(KML + "Pair")}
        if pairs != {"normal": f"#{mid}-normal", "highlight": f"#{mid}-highlight"} or f"{mid}-normal" not in styles or f"{mid}-highlight" not in styles:
            errors.append(f"{f}: StyleMap {mid}: pairs")
        rgb = re.search(r"-([0-9A-F]{6})(-|$)", mid)
        for mode in ("normal", "highlight"):
            st = styles.get(f"{mid}-{mode}")
            if st is None: continue
            col = st.findtext(f"{KML}IconStyle/{KML}color") or st.findtext(f"{KML}LineStyle/{KML}color")
            if rgb and col != ("ff" + rgb.group(1)[4:6] + rgb.group(1)[2:4] + rgb.group(1)[0:2]).lower(): errors.append(f"{f}: style {mid}-{mode}: colour {col}")
            ls = st.findtext(f"{KML}LabelStyle/{KML}scale")
            if ls is not None and ls != ("0" if mode == "normal" else "1"): errors.append(f"{f}: style {mid}-{mode}: label scale")
    names = []
    for pm in root.iter(KML + "Placemark"):
        nm = pm.findtext(KML + "name")
        names.append(nm)
        su = pm.findtext(KML + "styleUrl") or ""
        if su[1:] not in maps: errors.append(f"{f}: {nm}: styleUrl {su} not defined")
        dn = [x.get("name") for x in pm.iter(KML + "Data")]
        if len(set(dn)) != len(dn): errors.append(f"{f}: {nm}: duplicate Data names")
        for geo in ("Point", "LineString", "Polygon"):
            for g in pm.iter(KML + geo):
                pts = [tuple(float(v) for v in c.split(",")) for c in " ".join(x.text or "" for x in g.iter(KML + "coordinates")).split()]
                if any(len(p) != 3 or p[2] != 0 or not (-123.2 < p[0] < -123.0 and 49.25 < p[1] < 49.32) for p in pts): errors.append(f"{f}: {nm}: coordinates")
                if geo == "Point" and len(pts) != 1: errors.append(f"{f}: {nm}: point")
                if geo == "LineString" and len(pts) < 2: errors.append(f"{f}: {nm}: line")
                if geo == "Polygon" and (len(pts) < 4 or pts[0] != pts[-1]): errors.append(f"{f}: {nm}: polygon ring not closed")
    if len(set(names)) != len(names): errors.append(f"{f}: duplicate placemark names")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 217: check_messenger(f, raw)
    if n == 218: check_ass(f, raw)
    if n == 219: check_dbx(f, raw)
    if n == 220: check_sql(f, raw)
    if n == 221: check_pdf(f, raw)
    if n == 222: check_discourse(f, raw)
    if n == 223: check_sparql(f, raw)
    if n == 224: check_koreader(f, raw)
    if n == 225: check_scrapbox(f, raw)
    if n == 226: check_kml(f, raw)


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
        if f.endswith(".pdf"):
            raw = open(path, "rb").read().decode("latin-1")
        else:
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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-19) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 20)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r19 = set()
p19 = os.path.join(TD, "digests-round19", "expected.json")
if os.path.exists(p19):
    r19 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p19)).values() for x in recs}

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
print(f"earlier uses of the papers (digests-own, rounds 8-19): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round19: {sum(1 for k in allrecs if k in r19)}; papers in more than one round20 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
