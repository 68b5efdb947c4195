#!/usr/bin/env python3
"""Checks round15/expected.json against the digests and the shared catalogues.

Adapted from round14/validate.py. Each digest is read in its raw form (UTF-8 text; for the .epub the text parts of
the zip concatenated) and in decoded forms, the way a reader of that shape would see it:
  - SubRip captions (167): BOM and CRs removed; the cue texts without <i>/<b>/<font> tags, joined over cue
    boundaries into one running text (so a title broken over two cues reads whole);
  - EPUB (168): each XHTML document's text (tags stripped, entities undone), each <a href> followed by its target;
    the OPF/NCX/nav titles;
  - OpenAlex JSON (169): every JSON string; per work "title | doi | primary/best-location landing and pdf URLs";
  - Evernote ENEX (170): per note its title, note-attributes source-url, the ENML body's text (tags stripped,
    entities undone) with each <a href> after its text, and the resource file names;
  - FreeMind (171): per node the TEXT attribute as the XML parser gives it (&#xa; as a line break, &#x..; as the
    character), LINK, attribute values, and the text of NODE/NOTE richcontent (tags stripped, entities undone);
  - the pasted reference list (172): as written;
  - Matrix/Element JSON (173): every JSON string; per message the body and the formatted_body's text with hrefs;
  - MHTML (174): the MIME parts decoded (quoted-printable and base64), the HTML part's text (tags stripped,
    entities undone, each <a href> after its text), the RFC 2047 Subject decoded;
  - Taskwarrior export (175): every JSON string of every task (JSON decoding undoes json::encode's "\\/");
  - yt-dlp JSON (176): every JSON string (\\u escapes undone);
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 15
needs none: the Nature-style sentence case of 172, OpenAlex's/CVF's "Simple Copy-Paste Is a…" in 169 and the lower-
cased InstructGPT title in 173 differ only in case.

Shape checks (each digest is checked against the rules of the tool that writes its shape):
  - 167: UTF-8 BOM, CRLF only; blocks "N / HH:MM:SS,mmm --> HH:MM:SS,mmm / 1–2 text lines / empty line", N from 1
    without gaps, start < end, cues in time order without overlap, visible line length ≤ 42, <i> tags balanced on
    every line, the file ending in an empty line;
  - 168: zip whose first member is "mimetype", stored, "application/epub+zip"; container.xml pointing at the OPF;
    every part well-formed; every manifest href present and every content file in the manifest; spine idrefs in the
    manifest; exactly one nav item; dc:identifier = the NCX dtb:uid = the unique-identifier; every NCX/nav target
    (file#id) present; XHTML lines wrapped at 72 columns (a longer line must be one unbreakable token);
  - 169: the file is json.dumps(…, ensure_ascii=False, separators=(",", ":")) (no newline); meta.count = number of
    results; per work: W id = ids.openalex, ids.doi = doi, title = display_name, publication_year = the date's
    year, authorship positions first/middle…/last, locations of the arXiv source pointing at arxiv.org abs/pdf or at
    the 10.48550 DOI of the same id as the work's doi; IEEE/NeurIPS/ICLR sources typed "conference";
  - 170: the en-export DOCTYPE and attributes; per note title, created ≤ updated (YYYYMMDDTHHMMSSZ), the CDATA body
    a well-formed ENML document (XML declaration, en-note DOCTYPE, root en-note); every <en-media hash> the MD5 of a
    resource of the same note with the same mime, every resource referenced; base64 lines ≤ 76; web clips
    (web.clip7) with a source-url;
  - 171: ASCII only; <map version="1.0.1"> with FreeMind's comment and one root node; IDs unique "ID_<digits>";
    CREATED ≤ MODIFIED; POSITION only on the root's children; every arrowlink DESTINATION an existing node; no raw
    line break inside an attribute value; richcontent TYPE NOTE/NODE with an <html> body;
  - 172: LF only; reference numbers consecutive, each "N." line followed by the reference, each reference ending
    in "(YEAR)."; link-label lines only from nature.com's set (Article, ADS, CAS, MATH, PubMed, Google Scholar);
  - 173: the file is json.dumps(…, indent=4, ensure_ascii=False) (JSON.stringify, no newline); export_date
    DD/MM/YYYY; event ids "$" + 43 base64url characters, unique; one room_id; origin_server_ts non-decreasing;
    age + origin_server_ts equal for every event (one export moment); replies pointing at earlier events with the
    fallback quoting their sender; edits (m.replace) of an earlier event of the same sender with "* " bodies;
    reactions on existing events; redacted events with empty content and redacted_because;
  - 174: ASCII only, CRLF only; Blink's header block; the boundary declared and closing; every part with
    Content-Type and Content-Location, the HTML part with the mhtml.blink Content-ID; quoted-printable lines ≤ 76,
    every "=" an escape or a soft break; base64 lines ≤ 76; Snapshot-Content-Location = the HTML part's location;
    the decoded Subject = the page's <title>; the stylesheet cid referenced from the HTML;
  - 175: "[\\n" … "\\n]\\n", one task per line; keys "id", the attributes in alphabetical order, then annotations,
    tags, depends, urgency; no unescaped "/" in any string; dates YYYYMMDDTHHMMSSZ; pending/waiting tasks numbered
    1…n in order, completed/deleted tasks with id 0 and an end date, after them; uuids unique, depends naming
    existing tasks; tags sorted;
  - 176: the file is json.dumps(…) + "\\n" (ASCII); playlist_count = number of entries; entries "url" type with
    an 11-character video id, the watch URL and thumbnails of that id; the _version block.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks."""
import base64, email, hashlib, html, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from email.header import decode_header
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
    s = re.sub(r"<a\b[^>]*?\bhref=\"([^\"]*)\"[^>]*>(.*?)</a>", lambda m: m.group(2) + " <" + m.group(1) + ">", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|div|tr|blockquote)>", "\n", s)
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

SRT_TIME = r"(\d{2}):(\d{2}):(\d{2}),(\d{3})"


def srt_cues(raw):
    body = raw.lstrip("\ufeff").replace("\r\n", "\n")
    return [b for b in body.split("\n\n") if b.strip()]


def srt_text(raw):
    texts = []
    for b in srt_cues(raw):
        ls = b.split("\n")
        texts.append(" ".join(re.sub(r"</?(i|b|u|font)[^>]*>", "", l) for l in ls[2:]))
    return [" ".join(texts)]


def epub_parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n) for n in z.namelist()}


def epub_text(path):
    z, parts = epub_parts(path)
    out = []
    for n, b in parts.items():
        if n.endswith(".xhtml"):
            out.append(html_text(b.decode("utf-8")))
        elif n.endswith((".opf", ".ncx")):
            out.append(strip_tags(b.decode("utf-8")))
    return ["\n".join(out)]


def openalex_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for w in d["results"]:
        locs = [w.get("primary_location") or {}, w.get("best_oa_location") or {}]
        out.append(" | ".join([w["title"] or "", w["doi"] or ""] + [l.get(k) or "" for l in locs for k in ("landing_page_url", "pdf_url")]))
    return out


def enml_body(content):
    return content[content.index("<en-note"):] if "<en-note" in content else content


def enex_text(raw):
    root = ET.fromstring(raw.encode())
    out = []
    for n in root.iter("note"):
        parts = [n.findtext("title") or "", n.findtext("note-attributes/source-url") or ""]
        parts.append(html_text(enml_body(n.findtext("content") or "")))
        parts += [r.findtext("resource-attributes/file-name") or "" for r in n.iter("resource")]
        out.append(" | ".join(parts))
    return ["\n".join(out)]


def mm_text(raw):
    root = ET.fromstring(raw.encode())
    out = []
    for n in root.iter("node"):
        parts = [n.get("TEXT") or "", n.get("LINK") or ""]
        parts += [a.get("VALUE") or "" for a in n.findall("attribute")]
        for rc in n.findall("richcontent"):
            parts.append(re.sub(r"\s+", " ", html.unescape(" ".join(rc.itertext()))))
        out.append(" | ".join(parts))
    return ["\n".join(out)]


def matrix_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for e in d["messages"]:
        c = e.get("content", {})
        if "body" in c: out.append(c["body"])
        if "formatted_body" in c: out.append(html_text(c["formatted_body"]))
    return out


def mhtml_parts(raw):
    return email.message_from_string(raw)


def mhtml_text(raw):
    m = mhtml_parts(raw)
    out = []
    subj = "".join(t.decode(c or "utf-8") if isinstance(t, bytes) else t for t, c in decode_header(m["Subject"]))
    out.append(subj)
    for p in m.walk():
        if p.get_content_maintype() == "multipart": continue
        data = p.get_payload(decode=True) or b""
        if p.get_content_type() == "text/html":
            h = data.decode("utf-8")
            out += [h, html_text(h)]
        elif p.get_content_type().startswith("text/"):
            out.append(data.decode("utf-8"))
    return out


def tw_text(raw):
    return ["\n".join(s for t in json.loads(raw) for s in json_strings(t))]


def json_text(raw):
    return ["\n".join(json_strings(json.loads(raw)))]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 167: forms += srt_text(raw)
    if n == 168: forms += epub_text(path)
    if n == 169: forms += openalex_text(raw)
    if n == 170: forms += enex_text(raw)
    if n == 171: forms += mm_text(raw)
    if n == 173: forms += matrix_text(raw)
    if n == 174: forms += mhtml_text(raw)
    if n == 175: forms += tw_text(raw)
    if n == 176: forms += json_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

def ms(m):
    h, mi, s, x = map(int, m)
    return ((h * 60 + mi) * 60 + s) * 1000 + x


def check_srt(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Subtitle Edit writes one)")
    bare = len(re.findall(r"(?<!\r)\n", raw))
    if bare: errors.append(f"{f}: {bare} bare LF line end(s)")
    if not raw.endswith("\r\n\r\n"): errors.append(f"{f}: last cue not followed by an empty line")
    last_end = -1
    for i, b in enumerate(srt_cues(raw), 1):
        ls = b.split("\n")
        if ls[0] != str(i): errors.append(f"{f}: cue {i} numbered {ls[0]!r}"); break
        m = re.fullmatch(SRT_TIME + " --> " + SRT_TIME, ls[1]) if len(ls) > 1 else None
        if not m: errors.append(f"{f}: cue {i} timing line {ls[1] if len(ls) > 1 else ''!r}"); continue
        a, z = ms(m.groups()[:4]), ms(m.groups()[4:])
        if a >= z: errors.append(f"{f}: cue {i} ends before it starts")
        if a < last_end: errors.append(f"{f}: cue {i} overlaps the previous one")
        last_end = z
        text = ls[2:]
        if not 1 <= len(text) <= 2: errors.append(f"{f}: cue {i} has {len(text)} text lines")
        for l in text:
            vis = re.sub(r"</?i>", "", l)
            if len(vis) > 42: errors.append(f"{f}: cue {i} line longer than 42: {vis!r}")
            if l.count("<i>") != l.count("</i>"): errors.append(f"{f}: cue {i} unbalanced <i> on a line")


def check_epub(f, path):
    try:
        z, parts = epub_parts(path)
    except zipfile.BadZipFile:
        errors.append(f"{f}: not a zip"); return
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or parts["mimetype"] != b"application/epub+zip":
        errors.append(f"{f}: mimetype is not the first, stored member")
    trees = {}
    for n, b in parts.items():
        if n.endswith((".xml", ".xhtml", ".opf", ".ncx")):
            try:
                trees[n] = ET.fromstring(b)
            except ET.ParseError as ex:
                errors.append(f"{f}: {n} not well-formed: {ex}")
    C = "{urn:oasis:names:tc:opendocument:xmlns:container}"
    cont = trees.get("META-INF/container.xml")
    opf_path = cont.find(f".//{C}rootfile").get("full-path") if cont is not None else None
    if opf_path not in trees: errors.append(f"{f}: container rootfile {opf_path} missing"); return
    O, DC = "{http://www.idpf.org/2007/opf}", "{http://purl.org/dc/elements/1.1/}"
    opf = trees[opf_path]
    base = os.path.dirname(opf_path)
    items = {i.get("id"): i for i in opf.iter(O + "item")}
    hrefs = {os.path.normpath(os.path.join(base, i.get("href"))) for i in items.values()}
    for i in items.values():
        if os.path.normpath(os.path.join(base, i.get("href"))) not in parts: errors.append(f"{f}: manifest lists missing {i.get('href')}")
    for n in parts:
        if n != "mimetype" and not n.startswith("META-INF/") and n not in hrefs and n != opf_path:
            errors.append(f"{f}: {n} not in the manifest")
    for r in opf.iter(O + "itemref"):
        if r.get("idref") not in items: errors.append(f"{f}: spine idref {r.get('idref')} not in the manifest")
    navs = [i for i in items.values() if "nav" in (i.get("properties") or "").split()]
    if len(navs) != 1: errors.append(f"{f}: {len(navs)} nav items")
    uid = opf.get("unique-identifier")
    ident = next((e.text for e in opf.iter(DC + "identifier") if e.get("id") == uid), None)
    N = "{http://www.daisy.org/z3986/2005/ncx/}"
    ncx_name = next((os.path.normpath(os.path.join(base, i.get("href"))) for i in items.values() if i.get("media-type") == "application/x-dtbncx+xml"), None)
    ncx = trees.get(ncx_name)
    if ncx is None: errors.append(f"{f}: no NCX"); return
    dtb = next((m.get("content") for m in ncx.iter(N + "meta") if m.get("name") == "dtb:uid"), None)
    if not ident or dtb != ident: errors.append(f"{f}: dtb:uid {dtb} != dc:identifier {ident}")
    ids_in = {n: {e.get("id") for e in t.iter() if e.get("id")} for n, t in trees.items()}
    targets = [c.get("src") for c in ncx.iter(N + "content")]
    navp = os.path.normpath(os.path.join(base, navs[0].get("href"))) if navs else None
    X = "{http://www.w3.org/1999/xhtml}"
    if navp in trees:
        targets += [a.get("href") for a in trees[navp].iter(X + "a") if not a.get("href", "").startswith("#")]
    for t in targets:
        fn, _, frag = t.partition("#")
        full = os.path.normpath(os.path.join(base, fn))
        if full not in parts: errors.append(f"{f}: toc target {t} missing")
        elif frag and frag not in ids_in.get(full, set()): errors.append(f"{f}: toc target {t} has no such id")
    for n, b in parts.items():
        if "/text/ch" in n:
            body = b.decode("utf-8").split("<body", 1)[1]
            for l in body.split("\n"):
                if len(l) > 72 and len(re.findall(r"(?:<[^>]*>|[^\s<])+", l)) > 1:
                    errors.append(f"{f}: {n} line not wrapped at 72: {l[:50]!r}…")


def check_openalex(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not the API's compact JSON")
    if d["meta"]["count"] != len(d["results"]): errors.append(f"{f}: meta.count {d['meta']['count']} != {len(d['results'])} results")
    for w in d["results"]:
        t = w["title"][:30]
        if not re.fullmatch(r"https://openalex\.org/W\d{8,11}", w["id"]) or w["ids"]["openalex"] != w["id"]: errors.append(f"{f}: {t}: id/ids.openalex")
        if w["ids"].get("doi") != w["doi"]: errors.append(f"{f}: {t}: ids.doi != doi")
        if w["title"] != w["display_name"]: errors.append(f"{f}: {t}: title != display_name")
        if str(w["publication_year"]) != w["publication_date"][:4]: errors.append(f"{f}: {t}: year != date")
        pos = [a["author_position"] for a in w["authorships"]]
        if pos and (pos[0] != "first" or (len(pos) > 1 and pos[-1] != "last") or any(p != "middle" for p in pos[1:-1])):
            errors.append(f"{f}: {t}: authorship positions {pos}")
        for l in (w["primary_location"], w["best_oa_location"]):
            if not l: continue
            src = l["source"]
            if src["id"] == "https://openalex.org/S4306400194":
                m = re.fullmatch(r"https?://(?:arxiv\.org/abs/|doi\.org/10\.48550/arxiv\.)(\d{4}\.\d{4,5})", l["landing_page_url"] or "")
                if not m: errors.append(f"{f}: {t}: arXiv location landing page {l['landing_page_url']}"); continue
                if l["pdf_url"] and l["pdf_url"].rsplit("/", 1)[1] != m.group(1): errors.append(f"{f}: {t}: pdf_url of another id")
                if w["doi"] and "10.48550" in w["doi"] and not w["doi"].endswith(m.group(1)): errors.append(f"{f}: {t}: doi and arXiv location disagree")
                if src["type"] != "repository": errors.append(f"{f}: {t}: arXiv source type")
            elif src["type"] != "conference":
                errors.append(f"{f}: {t}: source type {src['type']}")


def check_enex(f, raw):
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">'):
        errors.append(f"{f}: declaration/DOCTYPE")
    root = ET.fromstring(raw.encode())
    if root.tag != "en-export" or not re.fullmatch(r"\d{8}T\d{6}Z", root.get("export-date", "")) or root.get("application") != "Evernote":
        errors.append(f"{f}: en-export attributes")
    for n in root.iter("note"):
        t = (n.findtext("title") or "")[:30]
        if not t: errors.append(f"{f}: note without title")
        c, u = n.findtext("created") or "", n.findtext("updated") or ""
        if not (re.fullmatch(r"\d{8}T\d{6}Z", c) and re.fullmatch(r"\d{8}T\d{6}Z", u)) or u < c: errors.append(f"{f}: {t}: created/updated")
        content = n.findtext("content") or ""
        s = content.strip()
        if not s.startswith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'):
            errors.append(f"{f}: {t}: ENML declaration/DOCTYPE")
        try:
            enote = ET.fromstring(enml_body(s))
            if enote.tag != "en-note": errors.append(f"{f}: {t}: root {enote.tag}")
        except ET.ParseError as ex:
            errors.append(f"{f}: {t}: ENML not well-formed: {ex}"); continue
        res = {}
        for r in n.findall("resource"):
            data_el = r.find("data")
            lines = (data_el.text or "").strip("\n").split("\n")
            if any(len(l) > 76 for l in lines): errors.append(f"{f}: {t}: base64 line longer than 76")
            data = base64.b64decode("".join(lines))
            res[hashlib.md5(data).hexdigest()] = r.findtext("mime")
        used = set()
        for m in enote.iter("en-media"):
            h = m.get("hash")
            if h not in res: errors.append(f"{f}: {t}: en-media hash {h} matches no resource")
            elif res[h] != m.get("type"): errors.append(f"{f}: {t}: en-media type {m.get('type')} != {res[h]}")
            used.add(h)
        for h in res:
            if h not in used: errors.append(f"{f}: {t}: resource {h} not referenced")
        if n.findtext("note-attributes/source") == "web.clip7" and not n.findtext("note-attributes/source-url"):
            errors.append(f"{f}: {t}: web clip without source-url")


def check_mm(f, raw):
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character (FreeMind writes &#x..;)")
    if not raw.startswith('<map version="1.0.1">\n<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->\n'):
        errors.append(f"{f}: map header")
    for m in re.finditer(r'\b[A-Z]+="([^"]*)"', raw):
        if "\n" in m.group(1): errors.append(f"{f}: raw line break in an attribute value"); break
    root = ET.fromstring(raw.encode())
    tops = root.findall("node")
    if len(tops) != 1: errors.append(f"{f}: {len(tops)} root nodes")
    ids = Counter(n.get("ID") for n in root.iter("node"))
    for i, c in ids.items():
        if not re.fullmatch(r"ID_\d+", i or ""): errors.append(f"{f}: node id {i}")
        if c > 1: errors.append(f"{f}: node id {i} used {c} times")
    kids = {id(k) for t in tops for k in t.findall("node")}
    for n in root.iter("node"):
        if int(n.get("CREATED")) > int(n.get("MODIFIED")): errors.append(f"{f}: {n.get('ID')} modified before created")
        if n.get("POSITION") and id(n) not in kids: errors.append(f"{f}: {n.get('ID')} POSITION below the first level")
        if n.get("TEXT") is None and not any(r.get("TYPE") == "NODE" for r in n.findall("richcontent")):
            errors.append(f"{f}: {n.get('ID')} without text")
        for a in n.findall("arrowlink"):
            if a.get("DESTINATION") not in ids: errors.append(f"{f}: arrowlink to unknown {a.get('DESTINATION')}")
        for r in n.findall("richcontent"):
            if r.get("TYPE") not in ("NOTE", "NODE", "DETAILS") or r.find("html/body") is None: errors.append(f"{f}: richcontent layout")


NATURE_LABELS = {"Article", "ADS", "CAS", "MATH", "PubMed", "PubMed Central", "Google Scholar", "MathSciNet"}


def check_refs(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR in a pasted text file")
    lines = raw.split("\n")
    nums = [(i, int(l[:-1])) for i, l in enumerate(lines) if re.fullmatch(r"\d+\.", l)]
    for (i, a), (_, b) in zip(nums, nums[1:]):
        if b != a + 1: errors.append(f"{f}: reference {b} follows {a}")
    for i, n_ in nums:
        ref = lines[i + 1] if i + 1 < len(lines) else ""
        if not re.search(r"\((?:[^()]*, )?\d{4}\)\.$", ref): errors.append(f"{f}: reference {n_} does not end in (YEAR).: {ref[-30:]!r}")
    for l in lines:
        if l.endswith(" ") and l.strip():
            labels = [x for x in l.strip().split("  ")]
            if not all(x in NATURE_LABELS for x in labels): errors.append(f"{f}: link-label line {l!r}")


def check_matrix(f, raw):
    d = json.loads(raw)
    if json.dumps(d, indent=4, ensure_ascii=False) != raw: errors.append(f"{f}: not JSON.stringify(…, null, 4)")
    if not re.fullmatch(r"\d{2}/\d{2}/\d{4}", d.get("export_date", "")): errors.append(f"{f}: export_date")
    evs = d["messages"]
    seen, rooms, last, moment = {}, set(), 0, set()
    for e in evs:
        i = e["event_id"]
        if not re.fullmatch(r"\$[A-Za-z0-9_-]{43}", i): errors.append(f"{f}: event id {i}")
        if i in seen: errors.append(f"{f}: duplicate event {i}")
        rooms.add(e["room_id"])
        if e["origin_server_ts"] < last: errors.append(f"{f}: {i[:8]} out of time order")
        last = e["origin_server_ts"]
        moment.add(e["origin_server_ts"] + e["unsigned"]["age"])
        c = e["content"]
        rel = c.get("m.relates_to", {})
        if e["type"] == "m.room.message":
            if "redacted_because" in e["unsigned"]:
                if c: errors.append(f"{f}: {i[:8]} redacted but has content")
            elif "msgtype" not in c or "body" not in c:
                errors.append(f"{f}: {i[:8]} message without msgtype/body")
            if "m.in_reply_to" in rel:
                t = seen.get(rel["m.in_reply_to"]["event_id"])
                if not t: errors.append(f"{f}: {i[:8]} replies to an unknown/later event")
                elif not c["body"].startswith(f"> <{t['sender']}> "): errors.append(f"{f}: {i[:8]} reply fallback does not quote {t['sender']}")
                elif "<mx-reply>" not in c.get("formatted_body", ""): errors.append(f"{f}: {i[:8]} reply without mx-reply")
            if rel.get("rel_type") == "m.replace":
                t = seen.get(rel["event_id"])
                if not t or t["sender"] != e["sender"]: errors.append(f"{f}: {i[:8]} edits an unknown event or another sender's")
                if not c["body"].startswith("* ") or "m.new_content" not in c: errors.append(f"{f}: {i[:8]} edit layout")
        if e["type"] == "m.reaction" and rel.get("event_id") not in seen: errors.append(f"{f}: {i[:8]} reaction to unknown event")
        seen[i] = e
    if len(rooms) != 1: errors.append(f"{f}: {len(rooms)} room ids")
    if len(moment) != 1: errors.append(f"{f}: age + origin_server_ts differ between events")


def check_mhtml(f, raw):
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character")
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF line end")
    if not raw.startswith("From: <Saved by Blink>\r\nSnapshot-Content-Location: "): errors.append(f"{f}: Blink header")
    m = re.search(r'boundary="([^"]+)"', raw)
    if not m: errors.append(f"{f}: no boundary"); return
    bd = m.group(1)
    if not raw.rstrip("\r\n").endswith(f"--{bd}--"): errors.append(f"{f}: closing boundary")
    chunks = raw.split(f"--{bd}")[1:-1]
    if not chunks: errors.append(f"{f}: no parts")
    for ch in chunks:
        head, _, body = ch.lstrip("\r\n").partition("\r\n\r\n")
        hs = dict(l.split(": ", 1) for l in head.split("\r\n") if ": " in l)
        if "Content-Type" not in hs or "Content-Location" not in hs: errors.append(f"{f}: part without Content-Type/Location")
        cte = hs.get("Content-Transfer-Encoding")
        for l in body.split("\r\n"):
            if len(l) > 76: errors.append(f"{f}: {cte} line longer than 76"); break
        if cte == "quoted-printable":
            bad = re.findall(r"=(?![0-9A-F]{2}|\r\n|$)", body)
            if bad: errors.append(f"{f}: {len(bad)} bare '=' in quoted-printable")
    msg = mhtml_parts(raw)
    parts = [p for p in msg.walk() if not p.get_content_maintype() == "multipart"]
    htmlp = [p for p in parts if p.get_content_type() == "text/html"]
    if not htmlp: errors.append(f"{f}: no HTML part"); return
    if not re.fullmatch(r"<frame-[0-9A-F]{32}@mhtml\.blink>", htmlp[0]["Content-ID"] or ""): errors.append(f"{f}: frame Content-ID")
    if msg["Snapshot-Content-Location"] != htmlp[0]["Content-Location"]: errors.append(f"{f}: snapshot location != HTML part location")
    h = htmlp[0].get_payload(decode=True).decode("utf-8")
    subj = "".join(t.decode(c or "utf-8") if isinstance(t, bytes) else t for t, c in decode_header(msg["Subject"]))
    t = re.search(r"<title>(.*?)</title>", h, re.S)
    if not t or html.unescape(t.group(1)) != subj: errors.append(f"{f}: Subject != <title>")
    for p in parts:
        loc = p["Content-Location"] or ""
        if loc.startswith("cid:") and loc not in h: errors.append(f"{f}: {loc} not referenced by the page")


def check_tw(f, raw):
    if not raw.startswith("[\n") or not raw.endswith("\n]\n"): errors.append(f"{f}: export framing")
    lines = raw[2:-3].split(",\n")
    tasks, seen_done, uuids = [], False, set()
    for l in lines:
        try:
            t = json.loads(l)
        except json.JSONDecodeError:
            errors.append(f"{f}: line is not one task: {l[:40]!r}"); continue
        tasks.append(t)
        keys = list(t)
        attrs = [k for k in keys if k not in ("id", "annotations", "tags", "depends", "urgency")]
        want = ["id"] + sorted(attrs) + [k for k in ("annotations", "tags", "depends") if k in t] + ["urgency"]
        if keys != want: errors.append(f"{f}: task {t.get('uuid', '?')[:8]} key order {keys}")
        if re.search(r'(?<!\\)/', l): errors.append(f"{f}: task {t.get('uuid', '?')[:8]}: unescaped '/'")
        for k in ("due", "end", "entry", "modified", "scheduled", "start", "wait"):
            if k in t and not re.fullmatch(r"\d{8}T\d{6}Z", t[k]): errors.append(f"{f}: {k} {t[k]}")
        for a in t.get("annotations", []):
            if list(a) != ["entry", "description"] or not re.fullmatch(r"\d{8}T\d{6}Z", a["entry"]): errors.append(f"{f}: annotation layout")
        if t.get("tags", []) != sorted(t.get("tags", [])): errors.append(f"{f}: tags not sorted")
        if t["status"] in ("completed", "deleted"):
            seen_done = seen_done or True
            if t["id"] != 0 or "end" not in t: errors.append(f"{f}: {t['status']} task with id {t['id']} / no end")
        else:
            if seen_done == True: errors.append(f"{f}: pending task after completed ones"); seen_done = "reported"
            if t["status"] not in ("pending", "waiting", "recurring"): errors.append(f"{f}: status {t['status']}")
        if t["uuid"] in uuids: errors.append(f"{f}: duplicate uuid")
        uuids.add(t["uuid"])
    live = [t["id"] for t in tasks if t["status"] not in ("completed", "deleted")]
    if live != list(range(1, len(live) + 1)): errors.append(f"{f}: pending ids {live}")
    for t in tasks:
        for d in t.get("depends", []):
            if d not in uuids: errors.append(f"{f}: depends on unknown {d}")


def check_ytdlp(f, raw):
    d = json.loads(raw)
    if json.dumps(d) + "\n" != raw: errors.append(f"{f}: not json.dumps(…) + newline")
    if d.get("_type") != "playlist" or d.get("extractor") != "youtube:tab": errors.append(f"{f}: playlist fields")
    if d["playlist_count"] != len(d["entries"]): errors.append(f"{f}: playlist_count != entries")
    for e in d["entries"]:
        v = e["id"]
        if not re.fullmatch(r"[A-Za-z0-9_-]{11}", v): errors.append(f"{f}: video id {v}")
        if e["url"] != f"https://www.youtube.com/watch?v={v}" or e["_type"] != "url": errors.append(f"{f}: entry url/type {v}")
        if any(f"/vi/{v}/" not in t["url"] for t in e["thumbnails"]): errors.append(f"{f}: thumbnail of another video in {v}")
    if set(d.get("_version", {})) != {"version", "current_git_head", "release_git_head", "repository"}: errors.append(f"{f}: _version")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 167: check_srt(f, raw)
    if n == 168: check_epub(f, path)
    if n == 169: check_openalex(f, raw)
    if n == 170: check_enex(f, raw)
    if n == 171: check_mm(f, raw)
    if n == 172: check_refs(f, raw)
    if n == 173: check_matrix(f, raw)
    if n == 174: check_mhtml(f, raw)
    if n == 175: check_tw(f, raw)
    if n == 176: check_ytdlp(f, raw)


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
    if f.endswith(".epub"):
        try:
            raw = "\n".join(v.decode("utf-8") for k, v in epub_parts(path)[1].items() if k.endswith((".xml", ".xhtml", ".opf", ".ncx", ".css")) or k == "mimetype")
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
for r in ("round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14"):
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
print(f"earlier-round uses of the papers (rounds 5-14): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"papers in more than one round15 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
