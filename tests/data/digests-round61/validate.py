#!/usr/bin/env python3
r"""Checks round61/expected.json against the digests and the shared catalogues.

Adapted from round59/validate.py (the label checks are the same code; the reuse report is round59's with round60 /
round61 in place of round58 / round59: round61 holds the even positions, round60 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round60's and round61's
own (a digests-round60 / digests-round61 folder, or a file whose bytes equal round60's or round61's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round61 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round60/expected.json when that file
exists (read only), and on a paper in more than one round61 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 630 (VK API), 632 (Standard Notes), 633 (Zeppelin), 636 (uMap GeoJSON): every JSON string;
  - 633: the HTML results without tags; 627: the strings of every scraped item's dict repr;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 627 Scrapy log (every line a "date [logger] LEVEL: " record or a continuation, times never going back,
"Spider opened" before the items and "Spider closed" last, every "Scraped from <200 URL>" followed by a dict repr whose
url is None or that URL, the stats dump's item_scraped_count / log_count/* / downloader counts equal to the log's);
628 Pocket ril_export.html (the fixed header, Unread / Read Archive lists, one <li><a href time_added tags> per line,
time_added newest first in each list); 629 Scribble (#lang first, define-cite, every cited id defined by make-bib and
every make-bib cited, ( ) [ ] { } balanced outside strings, generate-bibliography, no Markdown links); 630 VK wall.get
(one line, every slash escaped, response count / items / groups, the pinned post first and the rest newest first,
owner_id = from_id = -group id, unique ids, link attachments with url and title); 631 Movable Type export (entries
closed by "--------", known metadata keys, DATE "MM/DD/YYYY hh:mm:ss AM|PM", STATUS, sections BODY / EXTENDED BODY /
EXCERPT / KEYWORDS / COMMENT in order, comment headers, <p> balanced); 632 Standard Notes backup (version 004, indent 2,
no final newline, unique v4 uuids, *_timestamp = the ISO time in microseconds, tag references resolved, known
content types); 633 Zeppelin note (Gson: indent 2, no raw < > = & ', paragraph id = jobName =
paragraph_<ms>_<n> with dateCreated the same instant in KST, interpreter line matching editorMode, TABLE rows of one
width, known statuses and note keys); 634 frab / pretalx schedule XML (root, generator, conference, event children in
order, unique ids and guids, date = day + start, slug with the acronym and id, durations, no overlap in a room);
635 Djot (``` and ::: balanced, reference links and definitions matched, footnotes matched, {= =} balanced, a blank
line before headings and lists, table rows of one width, no "**"); 636 uMap GeoJSON (FeatureCollection, indent 2,
geometry types and coordinate ranges, closed rings, name and _umap_options on every feature).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, datetime, html, json, os, re, sys, uuid
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
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

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


SCRAPY_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[([\w.]+)\] (DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)$")


def scrapy_items(raw):
    ls = raw.split("\n")
    out = []
    for i, l in enumerate(ls):
        m = SCRAPY_LINE.match(l)
        if m and m.group(4).startswith("Scraped from <"):
            out.append((m.group(4), ls[i + 1] if i + 1 < len(ls) else ""))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (630, 632, 633, 636):
        strs = strings_of(json.loads(raw), [])
        forms.append("\n".join(strs))
        if n == 633: forms.append("\n".join(html.unescape(strip_tags(s)) for s in strs))
    if n == 627:
        forms.append("\n".join(s for _, d in scrapy_items(raw) for s in strings_of(ast.literal_eval(d), [])))
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
def check_scrapy(f, raw):
    lf_final(f, raw)
    ls = raw.rstrip("\n").split("\n")
    recs, prev = [], ""
    for i, l in enumerate(ls):
        m = SCRAPY_LINE.match(l)
        if m:
            if m.group(1) < prev: errors.append(f"{f}: time goes back at line {i + 1}")
            prev = m.group(1)
            recs.append([m.group(2), m.group(3), m.group(4), i])
        elif not recs:
            errors.append(f"{f}: line {i + 1} before the first record")
        else:
            recs[-1][2] += "\n" + l
    if not recs or not recs[0][2].startswith("Scrapy ") or " started (bot: " not in recs[0][2]: errors.append(f"{f}: no start banner first")
    if not recs or recs[-1][2] != "Spider closed (finished)": errors.append(f"{f}: last record is not 'Spider closed (finished)'")
    msgs = [r[2] for r in recs]
    opened = next((i for i, m in enumerate(msgs) if m == "Spider opened"), None)
    scraped = [i for i, m in enumerate(msgs) if m.startswith("Scraped from <")]
    if opened is None or (scraped and scraped[0] < opened): errors.append(f"{f}: items before 'Spider opened'")
    for i in scraped:
        head, _, body = msgs[i].partition("\n")
        m = re.fullmatch(r"Scraped from <200 (\S+)>", head)
        if not m: errors.append(f"{f}: bad 'Scraped from' line {head!r}"); continue
        try:
            d = ast.literal_eval(body)
            if not isinstance(d, dict) or "\n" in body: raise ValueError
        except (ValueError, SyntaxError):
            errors.append(f"{f}: item after {head!r} is not a one-line dict repr"); continue
        if d.get("url") not in (None, m.group(1)): errors.append(f"{f}: item url {d.get('url')} != source {m.group(1)}")
        if d.get("url") and not any(x.startswith(f"Crawled (200) <GET {m.group(1)}>") for x in msgs[:i]): errors.append(f"{f}: {m.group(1)} scraped but never crawled")
    dump = next((i for i, m in enumerate(msgs) if m.startswith("Dumping Scrapy stats:\n")), None)
    if dump is None: errors.append(f"{f}: no stats dump"); return
    try:
        st = eval(msgs[dump].split("\n", 1)[1], {"__builtins__": {}, "datetime": datetime})
    except Exception as ex:
        errors.append(f"{f}: stats dump unreadable: {ex!r}"); return
    if st.get("item_scraped_count") != len(scraped): errors.append(f"{f}: item_scraped_count {st.get('item_scraped_count')} != {len(scraped)}")
    for lev in ("DEBUG", "INFO", "WARNING", "ERROR"):
        c = sum(1 for r in recs[:dump] if r[1] == lev)
        if st.get(f"log_count/{lev}", 0) != c: errors.append(f"{f}: log_count/{lev} {st.get(f'log_count/{lev}', 0)} != {c}")
    crawled = [m for m in msgs if m.startswith("Crawled (")]
    if st.get("downloader/request_count") != len(crawled): errors.append(f"{f}: request_count != Crawled lines")
    c200 = sum(1 for m in crawled if m.startswith("Crawled (200)"))
    if st.get("downloader/response_status_count/200") != c200: errors.append(f"{f}: status 200 count != Crawled (200) lines")
    if st["finish_time"] <= st["start_time"]: errors.append(f"{f}: finish_time before start_time")


POCKET_HEAD = ('<!DOCTYPE html>\n<html>\n\t<!--So long and thanks for all the fish-->\n\t<head>\n'
               '\t\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n\t\t<title>Pocket Export</title>\n'
               '\t</head>\n\t<body>\n\t\t<h1>Unread</h1>\n\t\t<ul>\n')
POCKET_LI = re.compile(r'^\t\t\t<li><a href="([^"<>]+)" time_added="(\d{10})" tags="([^"<>]*)">([^<>]+)</a></li>$')
def check_pocket(f, raw):
    lf_final(f, raw)
    if not raw.startswith(POCKET_HEAD): errors.append(f"{f}: not Pocket's export header")
    if not raw.endswith("\t\t</ul>\n\t</body>\n</html>\n"): errors.append(f"{f}: not Pocket's export footer")
    if raw.count("<h1>") != 2 or "\t\t<h1>Read Archive</h1>\n" not in raw: errors.append(f"{f}: Unread / Read Archive headings")
    if raw.count("<ul>") != raw.count("</ul>"): errors.append(f"{f}: <ul> unbalanced")
    lists, cur = [], None
    for l in raw.split("\n"):
        if l == "\t\t<ul>": cur = []; continue
        if l == "\t\t</ul>": lists.append(cur); cur = None; continue
        if cur is not None:
            m = POCKET_LI.match(l)
            if not m: errors.append(f"{f}: bad list line {l!r}"); continue
            if "&" in m.group(4).replace("&amp;", "").replace("&lt;", "").replace("&gt;", ""): errors.append(f"{f}: unescaped & in {l!r}")
            cur.append(int(m.group(2)))
    for lst in lists:
        if lst != sorted(lst, reverse=True) or len(set(lst)) != len(lst): errors.append(f"{f}: a list not newest first")


def outside_strings(raw):
    out, i, n = [], 0, len(raw)
    while i < n:
        c = raw[i]
        if c == '"':
            j = i + 1
            while j < n and raw[j] != '"':
                j += 2 if raw[j] == "\\" else 1
            i = j + 1; continue
        if c == ";" and i > 0 and raw[i - 1] == "@":
            j = raw.find("\n", i); i = n if j < 0 else j; continue
        out.append(c); i += 1
    return "".join(out)


def check_scribble(f, raw):
    lf_final(f, raw)
    if not raw.startswith("#lang scribble/"): errors.append(f"{f}: no #lang scribble line first")
    if not re.search(r"@\(define-cite ~cite citet generate-bibliography", raw): errors.append(f"{f}: no define-cite")
    if "@(generate-bibliography" not in raw: errors.append(f"{f}: no generate-bibliography")
    defined = re.findall(r"@\(define (\S+)\n\s+\(make-bib ", raw)
    cited = set()
    for ids in re.findall(r"@(?:~cite|citet)\[([^\]]+)\]", raw): cited.update(ids.split())
    if set(defined) != cited: errors.append(f"{f}: cited {sorted(cited - set(defined))} undefined / defined {sorted(set(defined) - cited)} uncited")
    if len(defined) != len(set(defined)): errors.append(f"{f}: a bib defined twice")
    for blk in re.split(r"@\(define \S+\n", raw)[1:]:
        if blk.lstrip().startswith("(make-bib") and ("#:title" not in blk.split("@(")[0] or "#:author" not in blk.split("@(")[0]):
            errors.append(f"{f}: make-bib without #:title / #:author")
    o = outside_strings(raw)
    for a, b in ("()", "[]", "{}"):
        if o.count(a) != o.count(b): errors.append(f"{f}: {a}{b} unbalanced ({o.count(a)} vs {o.count(b)})")
    if re.search(r"\]\((?:https?:|/)", raw): errors.append(f"{f}: Markdown link in Scribble")


def check_vk(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: not one line")
    if re.search(r"(?<!\\)/", raw): errors.append(f"{f}: unescaped slash")
    d = json.loads(raw)
    if set(d) != {"response"}: errors.append(f"{f}: top-level keys {sorted(d)}")
    r = d["response"]
    if set(r) != {"count", "items", "profiles", "groups"} or r["count"] < len(r["items"]): errors.append(f"{f}: response keys / count")
    gids = {-g["id"] for g in r["groups"]}
    ids, dates = set(), []
    for i, p in enumerate(r["items"]):
        if p["owner_id"] != p["from_id"] or p["owner_id"] not in gids: errors.append(f"{f}: post {p['id']} owner / from / group")
        if p["id"] in ids: errors.append(f"{f}: duplicate post id {p['id']}")
        ids.add(p["id"])
        if p.get("is_pinned") and i != 0: errors.append(f"{f}: pinned post not first")
        if not p.get("is_pinned"): dates.append(p["date"])
        for a in p.get("attachments", []):
            if a["type"] == "link" and not (a["link"].get("url", "").startswith("http") and a["link"].get("title")): errors.append(f"{f}: link attachment without url / title")
        for k in ("comments", "likes", "reposts", "views", "text", "date", "post_type"):
            if k not in p: errors.append(f"{f}: post {p['id']} without {k}")
    if dates != sorted(dates, reverse=True): errors.append(f"{f}: posts not newest first")


MT_KEYS = {"AUTHOR", "TITLE", "BASENAME", "STATUS", "ALLOW COMMENTS", "CONVERT BREAKS", "ALLOW PINGS",
           "PRIMARY CATEGORY", "CATEGORY", "DATE", "TAGS", "NO ENTRY", "UNIQUE URL"}
MT_DATE = r"(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4} (0[1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM)"
def check_mt(f, raw):
    lf_final(f, raw)
    if not raw.endswith("--------\n"): errors.append(f"{f}: last entry not closed by --------")
    for n, ent in enumerate(raw.split("--------\n")[:-1], 1):
        parts = ent.split("-----\n")
        head = parts[0].rstrip("\n").split("\n")
        keys_ = []
        for l in head:
            m = re.match(r"^([A-Z ]+): (.*)$", l)
            if not m or m.group(1) not in MT_KEYS: errors.append(f"{f}: entry {n}: bad metadata line {l!r}"); continue
            keys_.append(m.group(1))
            if m.group(1) == "DATE" and not re.fullmatch(MT_DATE, m.group(2)): errors.append(f"{f}: entry {n}: DATE {m.group(2)!r}")
            if m.group(1) == "STATUS" and m.group(2) not in ("Publish", "Draft", "Future"): errors.append(f"{f}: entry {n}: STATUS {m.group(2)}")
        for k in ("AUTHOR", "TITLE", "STATUS", "DATE"):
            if keys_.count(k) != 1: errors.append(f"{f}: entry {n}: {k} {keys_.count(k)} times")
        if parts[-1] != "": errors.append(f"{f}: entry {n}: text after the last -----")
        names = [p.split("\n", 1)[0] for p in parts[1:-1]]
        want = ["BODY:", "EXTENDED BODY:", "EXCERPT:", "KEYWORDS:"]
        if names[:4] != want or any(x != "COMMENT:" for x in names[4:]): errors.append(f"{f}: entry {n}: sections {names}")
        for p in parts[1:-1]:
            if p.startswith("COMMENT:\n"):
                ch = [l.split(":", 1)[0] for l in p.split("\n")[1:6]]
                if ch != ["AUTHOR", "EMAIL", "IP", "URL", "DATE"]: errors.append(f"{f}: entry {n}: comment headers {ch}")
                elif not re.fullmatch(MT_DATE, p.split("\n")[5][6:]): errors.append(f"{f}: entry {n}: comment DATE")
            elif p.count("<p>") + p.count("<p ") != p.count("</p>"): errors.append(f"{f}: entry {n}: <p> unbalanced")


SN_TYPES = {"Note", "Tag", "SN|UserPreferences", "SN|Component", "SN|Theme", "SmartView", "SN|FileSafe|Credentials"}
UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
def check_stdnotes(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith('{\n  "version": "004",\n  "items": [\n    {\n'): errors.append(f"{f}: not JSON.stringify(…, null, 2) of a 004 backup")
    d = json.loads(raw)
    if set(d) != {"version", "items"}: errors.append(f"{f}: top-level keys {sorted(d)}")
    by = {}
    for it in d["items"]:
        if not re.fullmatch(UUID4, it["uuid"]) or it["uuid"] in by: errors.append(f"{f}: bad or duplicate uuid {it['uuid']}")
        by[it["uuid"]] = it
        if it["content_type"] not in SN_TYPES: errors.append(f"{f}: content_type {it['content_type']}")
        for k in ("created_at", "updated_at"):
            try:
                t = datetime.datetime.strptime(it[k], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
                if it[k + "_timestamp"] != int(t.timestamp()) * 1000000 + t.microsecond: errors.append(f"{f}: {k}_timestamp != {k} in {it['uuid']}")
            except (ValueError, KeyError):
                errors.append(f"{f}: {k} of {it['uuid']}")
        if it["updated_at"] < it["created_at"]: errors.append(f"{f}: updated before created in {it['uuid']}")
        if it["content_type"] == "Note":
            c = it["content"]
            if not {"title", "text", "references", "appData"} <= set(c): errors.append(f"{f}: note content keys")
            elif c["appData"]["org.standardnotes.sn"]["client_updated_at"] != it["updated_at"]: errors.append(f"{f}: client_updated_at != updated_at")
    for it in d["items"]:
        for r in it.get("content", {}).get("references", []):
            if by.get(r["uuid"], {}).get("content_type") != r["content_type"]: errors.append(f"{f}: unresolved reference {r['uuid']}")


ZEP_MODE = {"md": "ace/mode/markdown", "python": "ace/mode/python", "sh": "ace/mode/sh", "sql": "ace/mode/sql"}
def check_zeppelin(f, raw):
    lf_final(f, raw, final=False)
    for ch in "<>=&'":
        if ch in raw: errors.append(f"{f}: raw {ch!r} (Gson escapes it)")
    if not raw.startswith('{\n  "paragraphs": [\n    {\n'): errors.append(f"{f}: not Gson's indent 2")
    d = json.loads(raw)
    want = ["paragraphs", "name", "id", "defaultInterpreterGroup", "version", "noteParams", "noteForms", "angularObjects", "config", "info", "path"]
    if list(d) != want: errors.append(f"{f}: note keys {list(d)}")
    if not re.fullmatch(r"2[A-Z0-9]{8}", d["id"]): errors.append(f"{f}: note id {d['id']}")
    seen = set()
    for p in d["paragraphs"]:
        m = re.fullmatch(r"paragraph_(\d{13})_(\d+)", p["id"])
        if not m or p["jobName"] != p["id"] or p["id"] in seen: errors.append(f"{f}: paragraph id / jobName {p['id']}"); continue
        seen.add(p["id"])
        kst = datetime.datetime.fromtimestamp(int(m.group(1)) / 1000, datetime.timezone(datetime.timedelta(hours=9)))
        if kst.strftime("%Y-%m-%d %H:%M:%S.") + f"{kst.microsecond // 1000:03d}" != p["dateCreated"]: errors.append(f"{f}: dateCreated != id time for {p['id']}")
        interp = re.match(r"%(\w+)", p["text"])
        if not interp or ZEP_MODE.get(interp.group(1)) != p["config"]["editorMode"]: errors.append(f"{f}: interpreter / editorMode in {p['id']}")
        if p["status"] not in ("FINISHED", "READY", "ERROR", "ABORT"): errors.append(f"{f}: status {p['status']}")
        if p["status"] == "FINISHED":
            if not (p["dateCreated"] <= p["dateStarted"] <= p["dateFinished"] == p["dateUpdated"]): errors.append(f"{f}: dates out of order in {p['id']}")
            for msg in p["results"]["msg"]:
                if msg["type"] not in ("HTML", "TABLE", "TEXT"): errors.append(f"{f}: result type {msg['type']}")
                if msg["type"] == "TABLE":
                    w = {len(r.split("\t")) for r in msg["data"].rstrip("\n").split("\n")}
                    if len(w) != 1: errors.append(f"{f}: TABLE rows of widths {sorted(w)}")
                if msg["type"] == "HTML" and msg["data"].count("<") != msg["data"].count(">"): errors.append(f"{f}: HTML result < > unbalanced")


FRAB_EVENT = ["date", "start", "duration", "room", "slug", "url", "recording", "title", "subtitle", "track", "type",
              "language", "abstract", "description", "logo", "persons", "links", "attachments"]
def check_frab(f, raw):
    lf_final(f, raw)
    if "<!-- Made with love by pretalx" not in raw.split("\n")[1]: errors.append(f"{f}: no pretalx comment on line 2")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: XML: {ex}"); return
    if root.tag != "schedule" or root.find("generator") is None or root.find("conference/acronym") is None: errors.append(f"{f}: schedule / generator / conference")
    acr = root.findtext("conference/acronym")
    ids, guids = set(), set()
    for day in root.findall("day"):
        dd = day.get("date")
        for room in day.findall("room"):
            prev_end = None
            for ev in room.findall("event"):
                kids = [c.tag for c in ev]
                if kids != FRAB_EVENT: errors.append(f"{f}: event {ev.get('id')} children {kids}")
                eid, g = ev.get("id"), ev.get("guid")
                if eid in ids or g in guids: errors.append(f"{f}: duplicate event id / guid {eid}")
                ids.add(eid); guids.add(g)
                try: uuid.UUID(g)
                except (ValueError, TypeError): errors.append(f"{f}: guid {g}")
                st, du = ev.findtext("start"), ev.findtext("duration")
                if not re.fullmatch(r"\d\d:\d\d", st or "") or not re.fullmatch(r"\d\d:\d\d", du or ""): errors.append(f"{f}: start / duration of {eid}"); continue
                if not (ev.findtext("date") or "").startswith(f"{dd}T{st}:00"): errors.append(f"{f}: date != day + start for {eid}")
                if not (ev.findtext("slug") or "").startswith(f"{acr}-{eid}-"): errors.append(f"{f}: slug of {eid}")
                if ev.findtext("room") != room.get("name"): errors.append(f"{f}: room of {eid}")
                s = int(st[:2]) * 60 + int(st[3:]); e_ = s + int(du[:2]) * 60 + int(du[3:])
                if prev_end is not None and s < prev_end: errors.append(f"{f}: event {eid} overlaps the previous one")
                prev_end = e_
                if not ev.findall("persons/person"): errors.append(f"{f}: event {eid} without persons")


def check_djot(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    fence, divs = False, 0
    for i, l in enumerate(ls):
        if l.startswith("```"):
            fence = not fence; continue
        if fence: continue
        if l.startswith(":::"):
            divs += 1 if l.strip() != ":::" else -1
            if divs < 0: errors.append(f"{f}: ::: closed twice at line {i + 1}")
        if re.match(r"^#{1,6} ", l) and i > 0 and ls[i - 1].strip() and not ls[i - 1].startswith("{#"): errors.append(f"{f}: heading without a blank line before, line {i + 1}")
        if re.match(r"^(- |\d+\. )", l) and i > 0 and ls[i - 1].strip() and not re.match(r"^(- |\d+\. )", ls[i - 1]): errors.append(f"{f}: list without a blank line before, line {i + 1}")
    if fence: errors.append(f"{f}: ``` block not closed")
    if divs: errors.append(f"{f}: ::: divs unbalanced")
    refs = set(re.findall(r"\]\[([^\]]+)\]", raw))
    defs = set(re.findall(r"^\[([^\]^]+)\]: \S+$", raw, re.M))
    if refs != defs: errors.append(f"{f}: reference links {sorted(refs)} vs definitions {sorted(defs)}")
    fr = set(re.findall(r"(?<=\S)\[\^([^\]]+)\](?!:)", raw)); fd = set(re.findall(r"^\[\^([^\]]+)\]: ", raw, re.M))
    if fr != fd: errors.append(f"{f}: footnotes {sorted(fr)} vs {sorted(fd)}")
    if raw.count("{=") != raw.count("=}"): errors.append(f"{f}: {{= =}} unbalanced")
    if "**" in raw: errors.append(f"{f}: '**' (Markdown bold, not Djot)")
    rows = [l for l in ls if l.startswith("|")]
    if len({l.count("|") for l in rows}) > 1: errors.append(f"{f}: table rows of different widths")


GEOM = {"Point": 0, "LineString": 1, "Polygon": 2, "MultiPoint": 1, "MultiLineString": 2, "MultiPolygon": 3}
def check_geojson(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith('{\n  "type": "FeatureCollection",\n  "features": [\n'): errors.append(f"{f}: not JSON.stringify(…, null, 2) of a FeatureCollection")
    d = json.loads(raw)
    if d.get("type") != "FeatureCollection" or "_umap_options" not in d: errors.append(f"{f}: FeatureCollection / _umap_options")
    def pts(c, depth):
        if depth == 0: return [c]
        return [p for x in c for p in pts(x, depth - 1)]
    for ft in d["features"]:
        if ft.get("type") != "Feature" or not ft["properties"].get("name") or "_umap_options" not in ft["properties"]: errors.append(f"{f}: feature type / name / _umap_options")
        g = ft["geometry"]
        if g["type"] not in GEOM: errors.append(f"{f}: geometry {g['type']}"); continue
        for p in pts(g["coordinates"], GEOM[g["type"]]):
            if len(p) != 2 or not (-180 <= p[0] <= 180 and -90 <= p[1] <= 90): errors.append(f"{f}: coordinate {p}")
        if g["type"] == "Polygon":
            for ring in g["coordinates"]:
                if ring[0] != ring[-1] or len(ring) < 4: errors.append(f"{f}: polygon ring not closed")


def shape_checks(f, raw, path):
    n = num(f)
    {627: check_scrapy, 628: check_pocket, 629: check_scribble, 630: check_vk, 631: check_mt, 632: check_stdnotes,
     633: check_zeppelin, 634: check_frab, 635: check_djot, 636: check_geojson}.get(
        n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round60's and round61's, a byte-identical file counted once), and the round60/round61 split (candidates sorted by
# (uses, catalogue title); round61 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P60 = "/work/main/tests/data/digests-round60/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P60): own.add(open(P60, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round60", "digests-round61") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round60 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r60 = set()
if os.path.exists(P60):
    try:
        r60 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P60)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round60/expected.json exists but could not be read (being written?)")
    if r60 & mine: errors.append(f"papers also in round60: {sorted(r60 & mine)}")
shared60 = len(r60 & mine) if os.path.exists(P60) else "(no digests-round60/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round61 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round60: {shared60}; papers in more than one round61 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
