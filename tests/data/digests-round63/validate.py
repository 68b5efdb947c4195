#!/usr/bin/env python3
r"""Checks round63/expected.json against the digests and the shared catalogues.

Adapted from round61/validate.py (the label checks are the same code; the reuse report is round61's with round62 /
round63 in place of round60 / round61: round63 holds the even positions, round62 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round62's and round63's
own (a digests-round62 / digests-round63 folder, or a file whose bytes equal round62's or round63's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round63 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round62/expected.json when that file
exists (read only), and on a paper in more than one round63 file.
Every digest is read raw (UTF-8, line ends kept; 649 as bytes too) and in decoded forms:
  - 648 (Kanboard), 651 (CouchDB), 652 (Gitter), 656 (Grafana): every JSON string; 653 (signal-cli): every JSON
    string of every line; 652: the html fields without tags;
  - 649 (WARC): every record block decoded as UTF-8;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 647 OneNote page (Graph API: tab-indented, <html lang>, <title> and <meta name="created">, body
data-absolute-enabled, absolute divs with data-id, unique "type:{guid}{n}" ids on every element, known data-tag
values, tags balanced, no raw &, no final newline); 648 Kanboard JSON-RPC (one line, no raw non-ASCII, every slash
escaped, jsonrpc 2.0, string ids, url = task_id / project_id, color object = color_id, date_modification >=
date_creation, known keys); 649 WARC (WARC/1.0 records, CRLF headers, Content-Length = block bytes, records closed by
CRLF CRLF, Block / Payload digests = base32 SHA-1, unique record ids, Warcinfo-ID and Concurrent-To resolved, HTTP
Content-Length = payload bytes, a request before each response); 650 Sweave/knitr (\documentclass, <<…>>= chunks
closed by @, \begin / \end balanced, braces balanced outside chunks, every \cite key a \bibitem and back, \Sexpr
braces, \end{document} last); 651 CouchDB _all_docs (header line, rows joined by ",\r\n", id = key = doc._id,
value.rev = doc._rev, rev shape, ids in raw order, total_rows, attachment stubs); 652 Gitter (compact array, ObjectId
time = sent, sent ascending, fromUser url, urls and mentions = those in text, links in html); 653 signal-cli (one
object per line, envelope / account, dataMessage timestamp = envelope timestamp, times ascending, quotes / reactions /
receipts refer to earlier messages, previews' urls in the message, group id / name constant); 654 Doxygen header
(/** */ closed, include guard, braces / parentheses balanced outside comments and strings, known @commands, @code /
@endcode paired, \f[ \f] paired); 655 Livebook (metadata comment first, one "# " title, fences balanced, livebook
comments valid JSON, output blocks plain ```, smart-cell attrs base64 JSON, section order); 656 Grafana (indent 2,
sorted keys, no final newline, __inputs datasource used, unique panel ids, gridPos inside 24 columns and not
overlapping, template variables defined).
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


def warc_records(data):
    """split a WARC file (bytes) into (headers dict, header order, block bytes, offset); raises ValueError when broken"""
    out, i = [], 0
    while i < len(data):
        if not data.startswith(b"WARC/1.0\r\n", i): raise ValueError(f"no WARC/1.0 at byte {i}")
        j = data.index(b"\r\n\r\n", i)
        lines = data[i:j].decode("utf-8").split("\r\n")[1:]
        hd, order = {}, []
        for l in lines:
            k, sep, v = l.partition(": ")
            if not sep: raise ValueError(f"bad header line {l!r}")
            hd[k] = v; order.append(k)
        n = int(hd["Content-Length"])
        block = data[j + 4:j + 4 + n]
        if len(block) != n: raise ValueError("block shorter than Content-Length")
        if data[j + 4 + n:j + 8 + n] != b"\r\n\r\n": raise ValueError(f"record {hd.get('WARC-Record-ID')} not closed by CRLF CRLF")
        out.append((hd, order, block, i))
        i = j + 8 + n
    return out


def json_lines(raw):
    return [json.loads(l) for l in raw.split("\n") if l]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (648, 651, 652, 656):
        strs = strings_of(json.loads(raw.replace(",\r\n", ",").replace("[\r\n", "[").replace("\r\n]", "]")), [])
        forms.append("\n".join(strs))
        if n == 652: forms.append("\n".join(html.unescape(strip_tags(x["html"])) for x in json.loads(raw)))
    if n == 653:
        forms.append("\n".join(s for o in json_lines(raw) for s in strings_of(o, [])))
    if n == 649:
        forms.append("\n".join(b.decode("utf-8") for _, _, b, _ in warc_records(open(path, "rb").read())))
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
ON_ID = re.compile(r'^(?:div|p|h[1-6]|ul|ol|li|table|tr|td|img|span):\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}\{\d+\}$')
ON_TAGS = {"to-do", "to-do:completed", "important", "question", "definition", "highlight", "contact", "address",
           "phone-number", "idea", "critical", "remember-for-later", "project-a", "project-b", "movie-to-see",
           "book-to-read", "music-to-listen-to", "source-for-article", "remember-for-blog", "discuss-with-person-a",
           "discuss-with-person-b", "discuss-with-manager", "send-in-email", "schedule-meeting", "call-back",
           "to-do-priority-1", "to-do-priority-2", "client-request", "web-site-to-visit"}
def check_onenote(f, raw):
    lf_final(f, raw, final=False)
    if not re.match(r'<html lang="[a-z]{2}-[A-Z]{2}">\n\t<head>\n\t\t<title>[^<]*</title>\n\t\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n\t\t<meta name="created" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000" />\n\t</head>\n\t<body data-absolute-enabled="true" style="[^"]*">\n', raw):
        errors.append(f"{f}: not the Graph API page head / body")
    if not raw.endswith("\t</body>\n</html>"): errors.append(f"{f}: not closed by </body></html>")
    ids = re.findall(r'<(\w+) id="([^"]*)"', raw)
    seen = set()
    for tag, i in ids:
        if not ON_ID.match(i) or not i.startswith(tag + ":"): errors.append(f"{f}: bad id {i!r} on <{tag}>")
        if i in seen: errors.append(f"{f}: duplicate id {i}")
        seen.add(i)
    for tag in ("p", "h1", "h2", "h3", "ul", "li", "table", "tr", "td"):
        if len(re.findall(rf"<{tag}[ >]", raw)) != len([1 for t, _ in ids if t == tag]): errors.append(f"{f}: <{tag}> without an id")
    for tag in ("div", "p", "ul", "li", "table", "tr", "td", "span", "a", "cite", "h1", "h2"):
        if len(re.findall(rf"<{tag}[ >]", raw)) != raw.count(f"</{tag}>"): errors.append(f"{f}: <{tag}> unbalanced")
    for d in re.findall(r"<div [^>]*>", raw):
        if 'data-id="' not in d or "position:absolute" not in d: errors.append(f"{f}: div not absolutely positioned / without data-id")
    for t in re.findall(r'data-tag="([^"]*)"', raw):
        if not all(x in ON_TAGS for x in t.split(",")): errors.append(f"{f}: unknown data-tag {t!r}")
    if re.search(r"&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)", raw): errors.append(f"{f}: raw & (Graph escapes it)")
    if "\t\t\t" not in raw or re.search(r"^ +<", raw, re.M): errors.append(f"{f}: not tab-indented")


KB_KEYS = {"id", "title", "description", "date_creation", "color_id", "project_id", "column_id", "owner_id", "position",
           "is_active", "date_completed", "score", "date_due", "category_id", "creator_id", "date_modification", "reference",
           "date_started", "time_spent", "time_estimated", "swimlane_id", "date_moved", "recurrence_status",
           "recurrence_trigger", "recurrence_factor", "recurrence_timeframe", "recurrence_basedate", "recurrence_parent",
           "recurrence_child", "priority", "external_provider", "external_uri", "url", "color"}
KB_COLORS = {"yellow": "Yellow", "blue": "Blue", "green": "Green", "purple": "Purple", "red": "Red", "orange": "Orange",
             "grey": "Grey", "brown": "Brown", "deep_orange": "Deep Orange", "dark_grey": "Dark Grey", "pink": "Pink",
             "teal": "Teal", "cyan": "Cyan", "lime": "Lime", "light_green": "Light Green", "amber": "Amber"}
def check_kanboard(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw or re.search(r"[^\x20-\x7e]", raw): errors.append(f"{f}: not one ASCII line (json_encode escapes non-ASCII)")
    if re.search(r"(?<!\\)/", raw): errors.append(f"{f}: unescaped slash")
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") != raw: errors.append(f"{f}: not json_encode's default output (spacing / escaping)")
    if list(d) != ["jsonrpc", "result", "id"] or d["jsonrpc"] != "2.0" or not isinstance(d["id"], int): errors.append(f"{f}: JSON-RPC envelope")
    ids = set()
    for t in d["result"]:
        if set(t) != KB_KEYS: errors.append(f"{f}: task keys {sorted(set(t) ^ KB_KEYS)}")
        for k in ("id", "project_id", "column_id", "owner_id", "position", "date_creation", "date_modification", "date_moved", "swimlane_id"):
            if not (isinstance(t.get(k), str) and t[k].isdigit()): errors.append(f"{f}: task {t.get('id')} {k} not a digit string")
        if t["id"] in ids: errors.append(f"{f}: duplicate task id {t['id']}")
        ids.add(t["id"])
        if not t["url"].endswith(f"?controller=TaskViewController&action=show&task_id={t['id']}&project_id={t['project_id']}"): errors.append(f"{f}: task {t['id']} url")
        if KB_COLORS.get(t["color_id"]) != t["color"].get("name"): errors.append(f"{f}: task {t['id']} color object != color_id")
        if int(t["date_modification"]) < int(t["date_creation"]) or int(t["date_moved"]) < int(t["date_creation"]): errors.append(f"{f}: task {t['id']} modified before created")


def b32sha1(b):
    import base64, hashlib
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()


def check_warc(f, raw, path):
    data = open(path, "rb").read()
    try:
        recs = warc_records(data)
    except (ValueError, KeyError, UnicodeDecodeError) as ex:
        errors.append(f"{f}: WARC structure: {ex}"); return
    ids, types = {}, []
    for hd, order, block, off in recs:
        for k in ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length"):
            if k not in hd: errors.append(f"{f}: record at {off} without {k}")
        if order[-1] != "Content-Length": errors.append(f"{f}: Content-Length not the last header (Wget writes it last)")
        rid = hd.get("WARC-Record-ID", "")
        if not re.fullmatch(r"<urn:uuid:[0-9a-f-]{36}>", rid): errors.append(f"{f}: record id {rid}")
        if rid in ids: errors.append(f"{f}: duplicate record id {rid}")
        ids[rid] = hd
        types.append(hd.get("WARC-Type"))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", hd.get("WARC-Date", "")): errors.append(f"{f}: WARC-Date {hd.get('WARC-Date')}")
        if hd.get("WARC-Block-Digest") != b32sha1(block): errors.append(f"{f}: block digest of {rid}")
        if hd.get("WARC-Type") == "response":
            head, sep, payload = block.partition(b"\r\n\r\n")
            if not sep or not head.startswith(b"HTTP/1.1 "): errors.append(f"{f}: response {rid} without HTTP head"); continue
            if hd.get("WARC-Payload-Digest") != b32sha1(payload): errors.append(f"{f}: payload digest of {rid}")
            m = re.search(rb"\r\nContent-Length: (\d+)", head)
            if not m or int(m.group(1)) != len(payload): errors.append(f"{f}: HTTP Content-Length of {rid}")
            if hd.get("Content-Type") != "application/http;msgtype=response": errors.append(f"{f}: response Content-Type")
        if hd.get("WARC-Type") == "request":
            if not re.match(rb"GET \S+ HTTP/1\.1\r\n", block) or not block.endswith(b"\r\n\r\n"): errors.append(f"{f}: request block {rid}")
    if types[:1] != ["warcinfo"]: errors.append(f"{f}: first record not warcinfo")
    wi = recs[0][0].get("WARC-Record-ID") if recs else None
    for hd, _, _, _ in recs[1:]:
        if hd.get("WARC-Warcinfo-ID") != wi: errors.append(f"{f}: {hd.get('WARC-Record-ID')} Warcinfo-ID unresolved")
        c = hd.get("WARC-Concurrent-To")
        if c and c not in ids: errors.append(f"{f}: Concurrent-To {c} unresolved")
        if hd.get("WARC-Type") == "response":
            q = ids.get(c, {})
            if q.get("WARC-Type") != "request" or q.get("WARC-Target-URI") != hd.get("WARC-Target-URI"): errors.append(f"{f}: response without its request")
    if "metadata" not in types: errors.append(f"{f}: no Wget metadata (MANIFEST) record")


def check_rnw(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not any(l.startswith("\\documentclass") for l in ls[:10]): errors.append(f"{f}: no \\documentclass at the top")
    if raw.rstrip("\n").split("\n")[-1] != "\\end{document}": errors.append(f"{f}: \\end{{document}} not last")
    tex, inchunk, start = [], False, 0
    for i, l in enumerate(ls):
        if re.fullmatch(r"<<[^>]*>>=", l):
            if inchunk: errors.append(f"{f}: chunk opened inside a chunk at line {i + 1}")
            inchunk, start = True, i; continue
        if l.startswith("<<"): errors.append(f"{f}: malformed chunk header at line {i + 1}")
        if inchunk:
            if l == "@": inchunk = False
            continue
        if l.startswith("@") and l != "@": pass
        tex.append(re.sub(r"(?<!\\)%.*", "", l))
    if inchunk: errors.append(f"{f}: chunk from line {start + 1} not closed by @")
    t = "\n".join(tex).replace("\\{", "").replace("\\}", "")
    if t.count("{") != t.count("}"): errors.append(f"{f}: braces unbalanced ({t.count('{')} vs {t.count('}')})")
    b, e_ = re.findall(r"\\begin\{(\w+)\}", t), re.findall(r"\\end\{(\w+)\}", t)
    if Counter(b) != Counter(e_): errors.append(f"{f}: \\begin / \\end unbalanced")
    cites = {k for c in re.findall(r"\\cite\{([^}]*)\}", t) for k in c.split(",")}
    items = re.findall(r"\\bibitem\{([^}]*)\}", t)
    if cites != set(items) or len(items) != len(set(items)): errors.append(f"{f}: cited {sorted(cites - set(items))} / uncited {sorted(set(items) - cites)}")
    for m in re.finditer(r"\\Sexpr\{", t):
        depth, j = 1, m.end()
        while j < len(t) and depth:
            depth += {"{": 1, "}": -1}.get(t[j], 0); j += 1
        if depth: errors.append(f"{f}: \\Sexpr not closed")
    if re.search(r"(?<!\\)[&#]", re.sub(r"\\(?:url|href)\{[^}]*\}", "", t)): errors.append(f"{f}: unescaped & or # in TeX text")


def check_couch(f, raw):
    if not raw.startswith('{"total_rows":') or ',"offset":0,"rows":[\r\n' not in raw.split("\n")[0] + "\n": errors.append(f"{f}: not CouchDB's _all_docs head")
    if not raw.endswith("\r\n]}\n"): errors.append(f"{f}: not CouchDB's _all_docs tail")
    head, _, rest = raw.partition("[\r\n")
    body = rest[:-len("\r\n]}\n")] if rest.endswith("\r\n]}\n") else rest
    rows = body.split(",\r\n")
    if any("\n" in r for r in rows): errors.append(f"{f}: a row not on one line")
    d = json.loads(raw)
    if d["total_rows"] < len(d["rows"]) or len(rows) != len(d["rows"]): errors.append(f"{f}: total_rows / rows")
    ids = [r["id"] for r in d["rows"]]
    if ids != sorted(ids, key=lambda s: s.encode()) or len(set(ids)) != len(ids): errors.append(f"{f}: ids not in raw order / duplicated")
    for r in d["rows"]:
        doc = r.get("doc", {})
        if not (r["id"] == r["key"] == doc.get("_id")): errors.append(f"{f}: id / key / _id differ for {r['id']}")
        if r["value"].get("rev") != doc.get("_rev") or not re.fullmatch(r"\d+-[0-9a-f]{32}", doc.get("_rev", "")): errors.append(f"{f}: rev of {r['id']}")
        for name, a in (doc.get("_attachments") or {}).items():
            if not a.get("stub") or not str(a.get("digest", "")).startswith("md5-") or a.get("revpos", 99) > int(doc["_rev"].split("-")[0]): errors.append(f"{f}: attachment stub {name}")
        if r["id"].startswith("_design/") and "views" not in doc: errors.append(f"{f}: design doc without views")


def check_gitter(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact JSON as the API sends it")
    prev = ""
    for m in d:
        for k in ("id", "text", "html", "sent", "fromUser", "unread", "readBy", "urls", "mentions", "issues", "meta", "v"):
            if k not in m: errors.append(f"{f}: message without {k}")
        ts = datetime.datetime.strptime(m["sent"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
        if not re.fullmatch(r"[0-9a-f]{24}", m["id"]) or int(m["id"][:8], 16) != int(ts.timestamp()): errors.append(f"{f}: ObjectId {m['id']} != sent {m['sent']}")
        if m["sent"] < prev: errors.append(f"{f}: messages not in time order")
        prev = m["sent"]
        if m["editedAt"] and m["editedAt"] <= m["sent"]: errors.append(f"{f}: edited before sent")
        u = m["fromUser"]
        if u["url"] != "/" + u["username"]: errors.append(f"{f}: fromUser url")
        urls = re.findall(r"(?<![\w\"/])(https?://[^\s<)`]+)", m["text"])
        if [x["url"] for x in m["urls"]] != urls: errors.append(f"{f}: urls of {m['id']} != links in text")
        for x in urls:
            if f'<a href="{html.escape(x)}"' not in m["html"]: errors.append(f"{f}: {x} not a link in html")
        known = {y["fromUser"]["username"]: y["fromUser"]["id"] for y in d}
        ment = [x for x in re.findall(r"(?<![\w/])@([\w.-]+\w)", m["text"]) if x in known]
        if [(x["screenName"], x["userId"]) for x in m["mentions"]] != [(x, known[x]) for x in ment]: errors.append(f"{f}: mentions of {m['id']}")


def check_signal(f, raw):
    lf_final(f, raw)
    try:
        objs = json_lines(raw)
    except ValueError as ex:
        errors.append(f"{f}: a line is not JSON: {ex}"); return
    sent, prev, gids = {}, 0, set()
    for o in objs:
        if set(o) != {"envelope", "account"}: errors.append(f"{f}: keys {sorted(o)}"); continue
        e = o["envelope"]
        for k in ("source", "sourceNumber", "sourceUuid", "sourceName", "sourceDevice", "timestamp", "serverReceivedTimestamp", "serverDeliveredTimestamp"):
            if k not in e: errors.append(f"{f}: envelope without {k}")
        if e["source"] != (e["sourceNumber"] or e["sourceUuid"]): errors.append(f"{f}: source != number or uuid")
        if not e["timestamp"] < e["serverReceivedTimestamp"] <= e["serverDeliveredTimestamp"]: errors.append(f"{f}: envelope times")
        if e["serverReceivedTimestamp"] < prev: errors.append(f"{f}: envelopes not in time order")
        prev = e["serverReceivedTimestamp"]
        kinds = [k for k in ("dataMessage", "receiptMessage", "typingMessage", "syncMessage") if k in e]
        if len(kinds) != 1: errors.append(f"{f}: envelope with {kinds}")
        dm = e.get("dataMessage")
        if dm:
            if dm["timestamp"] != e["timestamp"]: errors.append(f"{f}: dataMessage timestamp != envelope timestamp")
            g = dm.get("groupInfo")
            if g: gids.add((g["groupId"], g["groupName"]))
            q = dm.get("quote")
            if q and (q["id"] not in sent or sent[q["id"]] != q["authorUuid"]): errors.append(f"{f}: quote of an unknown message {q['id']}")
            r = dm.get("reaction")
            if r and (r["targetSentTimestamp"] not in sent or sent[r["targetSentTimestamp"]] != r["targetAuthorUuid"]): errors.append(f"{f}: reaction to an unknown message")
            for p in dm.get("previews", []):
                if p["url"] not in (dm.get("message") or ""): errors.append(f"{f}: preview url {p['url']} not in the message")
            if dm.get("message") is None and not r: errors.append(f"{f}: empty data message")
            sent[dm["timestamp"]] = e["sourceUuid"]
        rm = e.get("receiptMessage")
        if rm and any(t not in sent for t in rm["timestamps"]): errors.append(f"{f}: receipt for an unknown message")
    if len(gids) != 1: errors.append(f"{f}: group ids / names {gids}")


DOX_CMDS = {"file", "brief", "author", "date", "details", "par", "warning", "tparam", "param", "return", "note", "todo",
            "see", "code", "endcode", "f", "deprecated", "since", "version", "throws", "pre", "post", "ref", "copydoc"}
def check_doxygen(f, raw):
    lf_final(f, raw)
    comments = re.findall(r"/\*.*?\*/", raw, re.S)
    if raw.count("/*") != raw.count("*/") or len(comments) != raw.count("/*"): errors.append(f"{f}: /* */ unbalanced")
    code = re.sub(r"/\*.*?\*/", "", raw, flags=re.S)
    code = re.sub(r"//[^\n]*", "", code)
    code = re.sub(r'"(?:\\.|[^"\\])*"', '""', code)
    for a, b in ("{}", "()", "[]"):
        if code.count(a) != code.count(b): errors.append(f"{f}: {a}{b} unbalanced outside comments ({code.count(a)} vs {code.count(b)})")
    g = re.search(r"^#ifndef (\w+)\n#define (\w+)$", raw, re.M)
    if not g or g.group(1) != g.group(2) or not raw.rstrip("\n").endswith(f"#endif  // {g.group(1)}"): errors.append(f"{f}: include guard")
    docs = "\n".join(c for c in comments if c.startswith("/**")) + "\n" + "\n".join(re.findall(r"///<?[^\n]*", raw))
    for c in re.findall(r"(?<![\w\\])[@\\]([a-z]+)(?:\[[a-z,]+\])?", docs):
        if c not in DOX_CMDS and c not in ("odot", "tanh", "tilde", "qquad", "gamma"): errors.append(f"{f}: unknown Doxygen command @{c}")
    if docs.count("@code") != docs.count("@endcode"): errors.append(f"{f}: @code / @endcode unpaired")
    if docs.count("\\f[") != docs.count("\\f]") or docs.count("\\f$") % 2: errors.append(f"{f}: \\f formulas unpaired")
    if "@file" not in docs: errors.append(f"{f}: no @file block")


def check_livebook(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not re.fullmatch(r"<!-- livebook:(\{.*\}) -->", ls[0]): errors.append(f"{f}: no notebook metadata comment first")
    fence, titles, prev_comment = None, 0, None
    for i, l in enumerate(ls):
        if l.startswith("```"):
            if fence is None:
                fence = l
                if l == "```" and prev_comment != '{"output":true}': errors.append(f"{f}: plain ``` block at line {i + 1} not marked as output")
                if l not in ("```", "```elixir", "```erlang"): errors.append(f"{f}: fence language {l!r}")
            elif l == "```":
                fence = None
            else:
                errors.append(f"{f}: fence opened inside a fence at line {i + 1}")
            continue
        if fence: continue
        m = re.fullmatch(r"<!-- livebook:(.*) -->", l)
        if m:
            try:
                d = json.loads(m.group(1))
            except ValueError:
                errors.append(f"{f}: livebook comment not JSON at line {i + 1}"); d = {}
            if d.get("livebook_object") == "smart_cell":
                import base64
                try: json.loads(base64.b64decode(d["attrs"]))
                except Exception: errors.append(f"{f}: smart cell attrs not base64 JSON")
                if not (i + 2 < len(ls) and ls[i + 2].startswith("```elixir")): errors.append(f"{f}: smart cell without its source")
            prev_comment = m.group(1)
        elif l.strip():
            prev_comment = None
        if l.startswith("# "): titles += 1
        if re.match(r"#{1,6} ", l) and i and ls[i - 1].strip() and not ls[i - 1].startswith("<!--"): errors.append(f"{f}: heading without a blank line before, line {i + 1}")
    if fence: errors.append(f"{f}: fence not closed")
    if titles != 1: errors.append(f"{f}: {titles} '# ' titles (Livebook writes one)")
    secs = [l for l in ls if l.startswith("## ")]
    if not secs: errors.append(f"{f}: no sections")
    for m in re.finditer(r'"branch_parent_index":(\d+)', raw):
        if int(m.group(1)) >= len(secs): errors.append(f"{f}: branch_parent_index out of range")


def check_grafana(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, indent=2, sort_keys=True, ensure_ascii=False) != raw: errors.append(f"{f}: not indent-2 sorted JSON as Grafana exports it")
    names = {"${" + i["name"] + "}" for i in d.get("__inputs", [])}
    ids, cells, y_end = set(), {}, 0
    for p in d.get("panels", []):
        if p["id"] in ids: errors.append(f"{f}: duplicate panel id {p['id']}")
        ids.add(p["id"])
        g = p["gridPos"]
        if g["x"] < 0 or g["w"] < 1 or g["x"] + g["w"] > 24 or g["h"] < 1: errors.append(f"{f}: panel {p['id']} outside the 24-column grid")
        for x in range(g["x"], g["x"] + g["w"]):
            for y in range(g["y"], g["y"] + g["h"]):
                if (x, y) in cells: errors.append(f"{f}: panel {p['id']} overlaps panel {cells[(x, y)]}"); break
                cells[(x, y)] = p["id"]
            else: continue
            break
        for ds in [p.get("datasource")] + [t.get("datasource") for t in p.get("targets", [])]:
            if ds and ds.get("uid", "").startswith("${") and ds["uid"] not in names: errors.append(f"{f}: datasource {ds['uid']} not in __inputs")
        if p["type"] not in {"row", "text", "stat", "gauge", "timeseries", "table", "bargauge", "heatmap", "piechart"}: errors.append(f"{f}: panel type {p['type']}")
    used = set(re.findall(r"\$(\w+)", raw.replace("${DS_PROMETHEUS}", "")))
    defined = {v["name"] for v in d.get("templating", {}).get("list", [])}
    if used - defined - {"__interval", "__rate_interval", "__range"}: errors.append(f"{f}: template variables {sorted(used - defined)} undefined")
    for k in ("uid", "title", "schemaVersion", "version", "time"):
        if k not in d: errors.append(f"{f}: no {k}")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 649: return check_warc(f, raw, path)
    {647: check_onenote, 648: check_kanboard, 650: check_rnw, 651: check_couch, 652: check_gitter, 653: check_signal,
     654: check_doxygen, 655: check_livebook, 656: check_grafana}.get(
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
# round62's and round63's, a byte-identical file counted once), and the round62/round63 split (candidates sorted by
# (uses, catalogue title); round63 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P62 = "/work/main/tests/data/digests-round62/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P62): own.add(open(P62, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round62", "digests-round63") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round62 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r62 = set()
if os.path.exists(P62):
    try:
        r62 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P62)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round62/expected.json exists but could not be read (being written?)")
    if r62 & mine: errors.append(f"papers also in round62: {sorted(r62 & mine)}")
shared62 = len(r62 & mine) if os.path.exists(P62) else "(no digests-round62/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round63 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round62: {shared62}; papers in more than one round63 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
