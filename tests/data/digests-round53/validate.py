#!/usr/bin/env python3
r"""Checks round53/expected.json against the digests and the shared catalogues.

Adapted from round51/validate.py (the label checks are the same code; the reuse report is round51's with round52 /
round53 in place of round50 / round51: round53 holds the even positions, round52 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round52's and round53's
own (a digests-round52 / digests-round53 folder, or a file whose bytes equal round52's or round53's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round53 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/round52/expected.json when that file exists (read only), and on
a paper in more than one round53 file.
Every digest is read raw (UTF-8; 547 gunzipped first, as Gnumeric reads it) and in decoded forms:
  - 547 (Gnumeric): every cell's text and every HyperLink target;
  - 549 (Bugzilla XML): every <thetext>, and the base64 attachment decoded;
  - 550 (CherryTree): each node's rich_text runs joined, and the webs link targets;
  - 552 (Pidgin log): the text without tags (<br/> as line breaks);
  - 553 (wallabag), 555 (Qualtrics): every JSON string, as is and without HTML tags;
  - 556 (Thunderbird LDIF): every record with its base64 values decoded;
  - 554 (hOCR): the ocrx_word texts of each ocr_line joined by spaces, one line per ocr_line;
  - 548 (QQ), 551 (ConTeXt): the text;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 53
needs no deviation.

Shape checks (each digest against the rules of the program that writes or reads its shape):
  - 547 (Gnumeric .gnumeric): gzip magic, Gnumeric's XML header, root gnm:Workbook, Version Full = Epoch.Major.Minor,
    SheetNameIndex = the sheets' names, cells within MaxRow / MaxCol, row-major, unique, known ValueTypes, numbers
    parse, formulas without ValueType and with ',' separators, StyleRegions start <= end, HyperLink types and URLs;
  - 548 (QQ export): byte-order mark, CRLF only, QQ's header lines, every block "date time nick(QQ number)" + text
    + blank line, times ascending, one number per nick, 系统消息 = 10000, at least 10 messages;
  - 549 (Bugzilla): the XML prolog and DOCTYPE, <bugzilla version urlbase>, one bug with the standard fields, open
    status iff no resolution, timestamps, comment_count 0..n, commentids increasing, comments oldest to newest,
    comment 0 at creation_ts, delta_ts not before the last comment, attachment base64 size = <size>, a "Created
    attachment N" comment for each attachment, every attachment a comment names exists;
  - 550 (CherryTree .ctd): root, bookmarks naming nodes, unique ids, the node attribute set, ts_lastsave >=
    ts_creation, rich_text attributes, link kinds (webs URL / node id / file / fold), widget char_offset = characters
    before it (each widget counting one), table rows of one width and col_widths count;
  - 551 (ConTeXt): "% macros=mkiv" first, \starttext / \stoptext once and in order, no LaTeX commands, \start… /
    \stop… nested, braces / brackets balanced outside comments and buffers, the dataset buffer defined, every \cite key
    in it, url(…) http(s), \placelistofpublications;
  - 552 (Pidgin HTML log): the head + h3 line, title = h3 = "Conversation with … at … on account (protocol)", every
    line a message / action / system line, own colour #16569E iff the account's nick, no unescaped markup, link text =
    href, times ascending, "</body></html>" last;
  - 553 (wallabag JSON): json_encode style (one line, ASCII, "/" escaped), an array of entries with wallabag's keys,
    domain_name = URL host, created <= updated, flags 0/1, starred_at iff starred, reading_time, annotation quotes in
    the content with range lengths = quote lengths, ids ascending;
  - 554 (hOCR): well-formed XHTML, tesseract ocr-system and capabilities, page > carea > par > line > word nesting,
    ids numbered in document order, bboxes inside the parent and equal to the union of the children, words left to
    right, x_wconf <= 100, lang ukr / eng, one page;
  - 555 (Qualtrics .qsf): json_encode style, SurveyEntry + SurveyElements, the element keys, SurveyID everywhere, known
    Element kinds, SQ PrimaryAttribute = QuestionID, unique DataExportTags, ChoiceOrder = Choices, NextChoiceId past
    the last choice, QC = number of questions, each question in exactly one block, the flow naming blocks, the active
    response set defined;
  - 556 (NEGATIVE, Thunderbird LDIF): records separated by one blank line, each starting with dn, attribute names,
    non-ASCII (or space / colon / "<"-initial) values base64 after "::" and decoding as UTF-8, cards with
    mozillaAbPersonAlpha, dn = cn=<cn>,mail=<mail>, cn = givenName + sn, example-domain mail, numeric
    modifytimestamp, lists as groupOfNames with dn cn=<cn> and every member a card's dn, no dn twice.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, binascii, gzip, html, json, os, re, sys, zlib
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
    if num(f) == 547:
        b = open(path, "rb").read()
        try:
            return gzip.decompress(b).decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError, zlib.error) as ex:
            errors.append(f"{f}: not a gzip-compressed UTF-8 Gnumeric file: {ex!r}")
            return b.decode("latin-1")
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


GNM = "{http://www.gnumeric.org/v10.dtd}"


def hocr_lines(raw):
    return "\n".join(" ".join(html.unescape(w) for w in re.findall(r"class='ocrx_word'[^>]*>([^<]*)</span>", ln))
                     for ln in re.split(r"<span class='ocr_line'", raw))


def ctd_node_texts(root):
    out = []
    for n in root.iter("node"):
        out.append("".join(c.text or "" for c in n if c.tag == "rich_text"))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 547:
        r = ET.fromstring(raw.encode("utf-8"))
        forms.append("\n".join(c.text or "" for c in r.iter(GNM + "Cell")))
        forms.append("\n".join(h.get("target", "") for h in r.iter(GNM + "HyperLink")))
    if n == 549:
        r = ET.fromstring(raw.encode("utf-8"))
        forms.append("\n".join(t.text or "" for t in r.iter("thetext")))
        for d in r.iter("data"):
            forms.append(base64.b64decode(d.text or "").decode("utf-8", "replace"))
    if n == 550:
        r = ET.fromstring(raw.encode("utf-8"))
        forms += ctd_node_texts(r)
        forms.append("\n".join(x.get("link", "")[5:] for x in r.iter("rich_text") if x.get("link", "").startswith("webs ")))
    if n == 552: forms.append(strip_tags(raw.replace("<br/>", "\n")))
    if n == 556:
        forms.append("\n".join(f"{k}: {v}" for rec in ldif_records(raw) for k, v, _ in map(ldif_value, rec)))
    if n in (553, 555):
        s = strings_of(json.loads(raw), [])
        forms.append("\n".join(s)); forms.append("\n".join(strip_tags(x) for x in s))
    if n == 554: forms.append(hocr_lines(raw))
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
def balanced(f, code, pairs="()[]{}"):
    st = []
    op, cl = pairs[0::2], pairs[1::2]
    for c in code:
        if c in op: st.append(c)
        elif c in cl:
            if not st or op.index(st.pop()) != cl.index(c): errors.append(f"{f}: unbalanced {c!r}"); return
    if st: errors.append(f"{f}: unclosed {st[-1]!r}")


def xml_root(f, data):
    try:
        return ET.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}")


VALUE_TYPES = {"10", "20", "30", "40", "60", "70", "80"}
HLINK_TYPES = {"GnmHLinkURL", "GnmHLinkEMail", "GnmHLinkCurWB", "GnmHLinkExternal"}
def check_gnumeric(f, raw, path):
    b = open(path, "rb").read()
    if b[:2] != b"\x1f\x8b": errors.append(f"{f}: no gzip magic (Gnumeric saves compressed)")
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<gnm:Workbook '): errors.append(f"{f}: not a Gnumeric workbook header")
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != GNM + "Workbook": errors.append(f"{f}: root is {r.tag}")
    v = r.find(GNM + "Version")
    if v is None or v.get("Full") != f'{v.get("Epoch")}.{v.get("Major")}.{v.get("Minor")}': errors.append(f"{f}: Version element missing or inconsistent")
    idx = [s.text for s in r.iter(GNM + "SheetName")]
    sheets = r.findall(f"{GNM}Sheets/{GNM}Sheet")
    if idx != [s.findtext(GNM + "Name") for s in sheets]: errors.append(f"{f}: SheetNameIndex {idx} != sheet names")
    for s in sheets:
        nm = s.findtext(GNM + "Name")
        mc, mr = int(s.findtext(GNM + "MaxCol") or -1), int(s.findtext(GNM + "MaxRow") or -1)
        pos = []
        for c in s.iter(GNM + "Cell"):
            rr, cc = int(c.get("Row")), int(c.get("Col"))
            pos.append((rr, cc))
            if rr > mr or cc > mc: errors.append(f"{f}: {nm}: cell ({rr},{cc}) beyond MaxRow/MaxCol {mr}/{mc}")
            vt = c.get("ValueType")
            if vt is None:
                if not (c.text or "").startswith("="): errors.append(f"{f}: {nm}: cell ({rr},{cc}) without ValueType is not a formula")
                elif ";" in c.text: errors.append(f"{f}: {nm}: formula ({rr},{cc}) uses ';' (Gnumeric stores ',' separators)")
            elif vt not in VALUE_TYPES: errors.append(f"{f}: {nm}: cell ({rr},{cc}) ValueType {vt}")
            elif vt == "40":
                try: float(c.text)
                except (TypeError, ValueError): errors.append(f"{f}: {nm}: cell ({rr},{cc}) ValueType 40 but {c.text!r}")
            elif vt == "60" and not c.text: errors.append(f"{f}: {nm}: empty string cell ({rr},{cc})")
        if pos != sorted(pos): errors.append(f"{f}: {nm}: cells not in row-major order")
        for k, n_ in Counter(pos).items():
            if n_ > 1: errors.append(f"{f}: {nm}: cell {k} twice")
        for sr in s.iter(GNM + "StyleRegion"):
            a = [int(sr.get(k)) for k in ("startCol", "startRow", "endCol", "endRow")]
            if a[0] > a[2] or a[1] > a[3]: errors.append(f"{f}: {nm}: StyleRegion with start after end")
        for h in s.iter(GNM + "HyperLink"):
            if h.get("type") not in HLINK_TYPES: errors.append(f"{f}: {nm}: HyperLink type {h.get('type')}")
            if h.get("type") == "GnmHLinkURL" and not re.fullmatch(r"https?://\S+", h.get("target", "")): errors.append(f"{f}: {nm}: HyperLink target not a URL")


QQ_HEAD = ["\ufeff消息记录（此消息记录为文本格式，不支持重新导入）", "", "=" * 64, "消息分组:", "=" * 64, "消息对象:", "=" * 64, ""]
def check_qq(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark (QQ's export writes one)")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends are not all CRLF")
    L = raw.split("\r\n")
    for i, h in enumerate(QQ_HEAD):
        if i >= len(L) or not L[i].startswith(h): errors.append(f"{f}: header line {i + 1} is not QQ's ({h!r})"); break
    nums, last, i = {}, "", len(QQ_HEAD)
    hdr = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2}) (.+)\((\d{5,11})\)$")
    count = 0
    while i < len(L) - 1:
        m = hdr.match(L[i])
        if not m: errors.append(f"{f}: line {i + 1} is not a message header: {L[i][:60]!r}"); return
        ts, nick, qq = m.groups(); count += 1
        if ts < last: errors.append(f"{f}: message at {ts} before {last}")
        last = ts
        if nums.setdefault(nick, qq) != qq: errors.append(f"{f}: {nick} with two QQ numbers")
        if nick == "系统消息" and qq != "10000": errors.append(f"{f}: 系统消息 not 10000")
        j = i + 1
        while j < len(L) and L[j] != "": j += 1
        if j == i + 1: errors.append(f"{f}: empty message at {ts}")
        i = j + 1
    if L[-1] != "": errors.append(f"{f}: no final CRLF")
    if count < 10: errors.append(f"{f}: only {count} messages")


BZ_FIELDS = ["bug_id", "creation_ts", "short_desc", "delta_ts", "product", "component", "version", "bug_status", "resolution",
             "priority", "bug_severity", "reporter", "assigned_to"]
BZ_TS = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}"
def check_bugzilla(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<!DOCTYPE bugzilla SYSTEM '): errors.append(f"{f}: not Bugzilla's XML prolog")
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != "bugzilla" or not r.get("version") or not r.get("urlbase"): errors.append(f"{f}: root is not <bugzilla version urlbase>")
    bugs = r.findall("bug")
    if len(bugs) != 1: errors.append(f"{f}: {len(bugs)} bugs"); return
    b = bugs[0]
    for k in BZ_FIELDS:
        if b.find(k) is None: errors.append(f"{f}: no <{k}>")
    if not re.fullmatch(r"\d+", b.findtext("bug_id") or ""): errors.append(f"{f}: bug_id not a number")
    st, res = b.findtext("bug_status"), b.findtext("resolution") or ""
    if st in ("UNCONFIRMED", "CONFIRMED", "NEW", "ASSIGNED", "IN_PROGRESS", "REOPENED") and res: errors.append(f"{f}: open status {st} with resolution {res}")
    if st in ("RESOLVED", "VERIFIED", "CLOSED") and not res: errors.append(f"{f}: closed status without resolution")
    for k in ("creation_ts", "delta_ts"):
        if not re.fullmatch(BZ_TS, b.findtext(k) or ""): errors.append(f"{f}: bad {k}")
    cs = b.findall("long_desc")
    whens, ids = [], []
    for i, c in enumerate(cs):
        if c.findtext("comment_count") != str(i): errors.append(f"{f}: comment_count {c.findtext('comment_count')} at position {i}")
        ids.append(int(c.findtext("commentid") or 0)); whens.append(c.findtext("bug_when") or "")
        if not re.fullmatch(BZ_TS, whens[-1]): errors.append(f"{f}: bad bug_when {whens[-1]!r}")
        w = c.find("who")
        if w is None or not w.get("name") or "@" not in (w.text or ""): errors.append(f"{f}: comment {i} without who name / login")
    if ids != sorted(set(ids)) or len(ids) != len(set(ids)): errors.append(f"{f}: commentids not increasing")
    if whens != sorted(whens): errors.append(f"{f}: comments not oldest to newest")
    if whens and whens[0] != b.findtext("creation_ts"): errors.append(f"{f}: comment 0 not at creation_ts")
    if whens and (b.findtext("delta_ts") or "") < whens[-1]: errors.append(f"{f}: delta_ts before the last comment")
    texts = "\n".join(c.findtext("thetext") or "" for c in cs)
    for a in b.findall("attachment"):
        aid = a.findtext("attachid")
        d = a.find("data")
        try:
            data = base64.b64decode((d.text or "").encode(), validate=False) if d is not None else b""
            if len(data) != int(a.findtext("size") or -1): errors.append(f"{f}: attachment {aid} size {a.findtext('size')} but {len(data)} bytes")
        except (binascii.Error, ValueError) as ex:
            errors.append(f"{f}: attachment {aid} data not base64: {ex}")
        if f"Created attachment {aid}\n" not in texts: errors.append(f"{f}: attachment {aid} without its 'Created attachment' comment")
    for m in re.finditer(r"(?:Created|Comment on) attachment (\d+)", texts):
        if m.group(1) not in [a.findtext("attachid") for a in b.findall("attachment")]: errors.append(f"{f}: comment names attachment {m.group(1)} not in the bug")


CTD_NODE = {"name", "unique_id", "prog_lang", "tags", "readonly", "nosearch_me", "nosearch_ch", "custom_icon_id", "is_bold",
            "foreground", "ts_creation", "ts_lastsave"}
CTD_RT = {"weight", "style", "underline", "scale", "foreground", "background", "family", "link", "strikethrough", "justification", "indent"}
def check_cherrytree(f, raw):
    lf_final(f, raw)
    r = xml_root(f, raw)
    if r is None: return
    if r.tag != "cherrytree": errors.append(f"{f}: root is {r.tag}"); return
    nodes = list(r.iter("node"))
    ids = [n.get("unique_id") for n in nodes]
    for k, c in Counter(ids).items():
        if c > 1: errors.append(f"{f}: unique_id {k} twice")
    bm = r.find("bookmarks")
    if bm is None: errors.append(f"{f}: no <bookmarks>")
    else:
        for x in filter(None, (bm.get("list") or "").split(",")):
            if x not in ids: errors.append(f"{f}: bookmark {x} names no node")
    for n in nodes:
        if set(n.attrib) != CTD_NODE: errors.append(f"{f}: node {n.get('unique_id')} attributes {sorted(set(n.attrib) ^ CTD_NODE)}")
        try:
            if int(n.get("ts_lastsave")) < int(n.get("ts_creation")): errors.append(f"{f}: node {n.get('unique_id')} saved before created")
        except (TypeError, ValueError): errors.append(f"{f}: node {n.get('unique_id')} timestamps not integers")
        off = 0
        for c in n:
            if c.tag == "rich_text":
                bad = set(c.attrib) - CTD_RT
                if bad: errors.append(f"{f}: rich_text attributes {sorted(bad)}")
                lk = c.get("link")
                if lk is not None:
                    kind, _, tgt = lk.partition(" ")
                    if kind == "webs" and not re.fullmatch(r"https?://\S+", tgt): errors.append(f"{f}: webs link {tgt!r}")
                    elif kind == "node" and tgt.split()[0] not in ids: errors.append(f"{f}: link to missing node {tgt}")
                    elif kind not in ("webs", "node", "file", "fold"): errors.append(f"{f}: link kind {kind!r}")
                off += len(c.text or "")
            elif c.tag in ("codebox", "table", "encoded_png"):
                if c.get("char_offset") != str(off): errors.append(f"{f}: node {n.get('unique_id')}: {c.tag} char_offset {c.get('char_offset')} != {off}")
                off += 1
                if c.tag == "table":
                    rows = c.findall("row")
                    if len({len(x.findall('cell')) for x in rows}) != 1: errors.append(f"{f}: table rows of different widths")
                    if c.get("col_widths") and len(c.get("col_widths").split(",")) != len(rows[0].findall("cell")): errors.append(f"{f}: col_widths count")
            elif c.tag != "node":
                errors.append(f"{f}: unexpected <{c.tag}> in a node")


def tex_code(raw):
    return "\n".join(re.sub(r"(?<!\\)%.*", "", l) for l in raw.split("\n"))


def check_context(f, raw):
    lf_final(f, raw)
    if not raw.startswith("% macros=mkiv\n"): errors.append(f"{f}: no '% macros=mkiv' first line")
    code = tex_code(raw)
    if code.count("\\starttext") != 1 or code.count("\\stoptext") != 1 or code.index("\\starttext") > code.index("\\stoptext"):
        errors.append(f"{f}: \\starttext / \\stoptext not once and in order")
    for bad in ("\\begin{", "\\end{", "\\documentclass", "\\usepackage", "\\section{", "\\cite{", "\\href{", "\\bibliography{"):
        if bad in code: errors.append(f"{f}: LaTeX command {bad} in a ConTeXt file")
    bufs = re.findall(r"\\startbuffer\[(\w+)\](.*?)\\stopbuffer", code, re.S)
    bufnames = {b for b, _ in bufs}
    outside = re.sub(r"\\startbuffer\[\w+\].*?\\stopbuffer", "", code, flags=re.S)
    st = []
    for m in re.finditer(r"\\(start|stop)([a-z]+)", outside):
        if m.group(1) == "start": st.append(m.group(2))
        elif not st or st.pop() != m.group(2): errors.append(f"{f}: \\stop{m.group(2)} does not close the open \\start…"); break
    if st: errors.append(f"{f}: \\start{st[-1]} never stopped")
    balanced(f, re.sub(r"\\[{}\[\]]", "", outside), "{}[]")
    keys_ = set()
    for _, body in bufs:
        keys_ |= set(re.findall(r"@\w+\{([^,\s]+),", body))
        balanced(f, body, "{}")
    for m in re.finditer(r"\\usebtxdataset\[\w+\]\[(\w+)\.buffer\]", outside):
        if m.group(1) not in bufnames: errors.append(f"{f}: dataset buffer {m.group(1)} not defined")
    for k in re.findall(r"\\cite\[([^\]]+)\]", outside):
        for kk in k.split(","):
            if kk.strip() not in keys_: errors.append(f"{f}: \\cite[{kk}] names no dataset entry")
    for u in re.findall(r"\[url\(([^)]*)\)\]", outside):
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: url({u}) not http(s)")
    if "\\placelistofpublications" not in outside: errors.append(f"{f}: no \\placelistofpublications")


PID_MSG = re.compile(r'^<font color="#(16569E|A82F2F)"><font size="2">\((\d\d:\d\d:\d\d)\)</font> <b>(\*\*\*)?([^<:*]+?)(:?)</b></font> (.*)<br/>$')
PID_SYS = re.compile(r'^<font size="2">\((\d\d:\d\d:\d\d)\)</font><b> (.+)</b><br/>$')
def check_pidgin(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    m = re.match(r'^<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>(.*)</title></head><body><h3>(.*)</h3>$', L[0])
    if not m: errors.append(f"{f}: first line is not Pidgin's head + h3"); return
    if m.group(1) != m.group(2): errors.append(f"{f}: <title> and <h3> differ")
    t = re.fullmatch(r"Conversation with (\S+) at (.+) on ([^/\s]+)@\S+ \((\w+)\)", m.group(1))
    if not t: errors.append(f"{f}: title not 'Conversation with … at … on … (protocol)'"); return
    me = t.group(3)
    if L[-2:] != ["</body></html>", ""]: errors.append(f"{f}: does not end with </body></html>")
    last = ""
    for i, l in enumerate(L[1:-2], 2):
        a, s = PID_MSG.match(l), PID_SYS.match(l)
        if a:
            col, ts, act, nick, colon, body = a.groups()
            if (col == "16569E") != (nick == me): errors.append(f"{f}: line {i}: colour {col} for {nick} (own = {me})")
            if bool(act) == bool(colon): errors.append(f"{f}: line {i}: a message needs 'nick:' and an action '***nick'")
            if re.sub(r'<a href="[^"]*">[^<]*</a>|<br/>|<font color="#6C2585">|</font>', "", body).count("<"): errors.append(f"{f}: line {i}: unescaped markup in a message")
            for h, txt in re.findall(r'<a href="([^"]*)">([^<]*)</a>', body):
                if html.unescape(h) != html.unescape(txt): errors.append(f"{f}: line {i}: link text differs from href")
        elif s: ts = s.group(1)
        else: errors.append(f"{f}: line {i} is not a Pidgin log line: {l[:60]!r}"); continue
        if ts < last: errors.append(f"{f}: line {i}: time {ts} before {last}")
        last = ts


WB_KEYS = {"is_archived", "is_starred", "tags", "is_public", "id", "title", "url", "content", "created_at", "updated_at",
           "published_at", "published_by", "annotations", "mimetype", "language", "reading_time", "domain_name",
           "preview_picture", "http_status"}
def json_encode_style(f, raw):
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII characters (PHP's json_encode writes \\u escapes)")
    if re.search(r'(?<!\\)/', raw): errors.append(f"{f}: an unescaped '/' (json_encode writes '\\/')")
    try:
        if json.dumps(json.loads(raw), ensure_ascii=True, separators=(",", ":")).replace("/", "\\/") != raw.rstrip("\n"):
            errors.append(f"{f}: not json_encode's compact one-line form")
    except ValueError:
        pass


def check_wallabag(f, raw):
    json_encode_style(f, raw)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if not isinstance(d, list): errors.append(f"{f}: not a JSON array of entries"); return
    ids = []
    for e in d:
        ks = set(e) - {"starred_at"}
        if ks != WB_KEYS: errors.append(f"{f}: entry {e.get('id')} keys {sorted(ks ^ WB_KEYS)}")
        ids.append(e.get("id"))
        host = re.match(r"https?://([^/]+)", e.get("url", ""))
        if not host or host.group(1) != e.get("domain_name"): errors.append(f"{f}: entry {e.get('id')} domain_name {e.get('domain_name')} not the URL's host")
        if e.get("created_at", "") > e.get("updated_at", ""): errors.append(f"{f}: entry {e.get('id')} updated before created")
        if e.get("is_archived") not in (0, 1) or e.get("is_starred") not in (0, 1): errors.append(f"{f}: entry {e.get('id')} flags not 0/1")
        if bool(e.get("is_starred")) != ("starred_at" in e): errors.append(f"{f}: entry {e.get('id')} starred_at iff starred violated")
        if not isinstance(e.get("reading_time"), int) or e["reading_time"] < 1: errors.append(f"{f}: entry {e.get('id')} reading_time")
        for a in e.get("annotations", []):
            if a.get("quote") not in e.get("content", ""): errors.append(f"{f}: annotation {a.get('id')} quote not in the content")
            for rg in a.get("ranges", []):
                try:
                    if int(rg["endOffset"]) - int(rg["startOffset"]) != len(a["quote"]): errors.append(f"{f}: annotation {a.get('id')} range length != quote length")
                except (KeyError, ValueError): errors.append(f"{f}: annotation {a.get('id')} bad range")
            if a.get("created_at", "") < e.get("created_at", ""): errors.append(f"{f}: annotation {a.get('id')} before its entry")
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: entry ids not unique and ascending")


def hbbox(t):
    m = re.search(r"bbox (\d+) (\d+) (\d+) (\d+)", t or "")
    return tuple(map(int, m.groups())) if m else None


XH = "{http://www.w3.org/1999/xhtml}"
def check_hocr(f, raw):
    lf_final(f, raw)
    r = xml_root(f, raw)
    if r is None: return
    metas = {m.get("name"): m.get("content") for m in r.iter(XH + "meta") if m.get("name")}
    if not (metas.get("ocr-system") or "").startswith("tesseract "): errors.append(f"{f}: no tesseract ocr-system meta")
    caps = set((metas.get("ocr-capabilities") or "").split())
    levels = ["ocr_page", "ocr_carea", "ocr_par", "ocr_line", "ocrx_word"]
    if not set(levels) <= caps: errors.append(f"{f}: ocr-capabilities lack {sorted(set(levels) - caps)}")
    seen = Counter()
    prefix = {"ocr_page": "page", "ocr_carea": "block", "ocr_par": "par", "ocr_line": "line", "ocrx_word": "word"}

    def walk(el, depth, pbox):
        kids = [c for c in el if c.get("class") in levels]
        boxes = []
        for c in kids:
            cls = c.get("class")
            if levels.index(cls) != depth: errors.append(f"{f}: {cls} at the wrong level ({c.get('id')})"); continue
            seen[cls] += 1
            want = f"{prefix[cls]}_1" if cls == "ocr_page" else f"{prefix[cls]}_1_{seen[cls]}"
            if c.get("id") != want: errors.append(f"{f}: id {c.get('id')} where {want} expected")
            b = hbbox(c.get("title"))
            if not b or b[0] >= b[2] or b[1] >= b[3]: errors.append(f"{f}: {c.get('id')} bad bbox"); continue
            if pbox and not (pbox[0] <= b[0] and pbox[1] <= b[1] and b[2] <= pbox[2] and b[3] <= pbox[3]): errors.append(f"{f}: {c.get('id')} bbox outside its parent")
            boxes.append(b)
            if cls == "ocrx_word":
                m = re.search(r"x_wconf (\d+)", c.get("title", ""))
                if not m or int(m.group(1)) > 100: errors.append(f"{f}: {c.get('id')} bad x_wconf")
                if not (c.text or "").strip(): errors.append(f"{f}: {c.get('id')} empty word")
            else:
                kb = walk(c, depth + 1, b)
                if cls != "ocr_page" and kb and (min(x[0] for x in kb), min(x[1] for x in kb), max(x[2] for x in kb), max(x[3] for x in kb)) != b:
                    errors.append(f"{f}: {c.get('id')} bbox is not the union of its children's")
                if cls == "ocr_line" and any(kb[i][2] >= kb[i + 1][0] for i in range(len(kb) - 1)): errors.append(f"{f}: {c.get('id')} words overlap or not left to right")
                if cls == "ocr_par" and c.get("lang") not in ("ukr", "eng"): errors.append(f"{f}: {c.get('id')} lang {c.get('lang')}")
        return boxes
    body = r.find(XH + "body")
    if body is None: errors.append(f"{f}: no body"); return
    walk(body, 0, None)
    if seen["ocr_page"] != 1: errors.append(f"{f}: {seen['ocr_page']} pages")


QSF_ELEMENTS = {"BL", "FL", "PL", "PROJ", "QC", "RS", "SCO", "SO", "SQ", "STAT", "QO", "QG", "CM"}
def check_qsf(f, raw):
    json_encode_style(f, raw)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if set(d) != {"SurveyEntry", "SurveyElements"}: errors.append(f"{f}: top-level keys {sorted(d)}"); return
    sid = d["SurveyEntry"].get("SurveyID", "")
    if not re.fullmatch(r"SV_[A-Za-z0-9]{15}", sid): errors.append(f"{f}: SurveyID {sid!r}")
    els = d["SurveyElements"]
    sq, tags, blocks_q = {}, [], []
    for e in els:
        if set(e) != {"SurveyID", "Element", "PrimaryAttribute", "SecondaryAttribute", "TertiaryAttribute", "Payload"}: errors.append(f"{f}: element keys {sorted(e)}")
        if e.get("SurveyID") != sid: errors.append(f"{f}: element {e.get('Element')} of another survey")
        if e.get("Element") not in QSF_ELEMENTS: errors.append(f"{f}: unknown Element {e.get('Element')}")
        if e.get("Element") == "SQ":
            p = e["Payload"]
            if p.get("QuestionID") != e["PrimaryAttribute"]: errors.append(f"{f}: SQ {e['PrimaryAttribute']} payload QuestionID {p.get('QuestionID')}")
            sq[e["PrimaryAttribute"]] = p; tags.append(p.get("DataExportTag"))
            if "Choices" in p:
                ks = sorted(p["Choices"], key=int)
                if [str(x) for x in p.get("ChoiceOrder", [])] != ks: errors.append(f"{f}: {e['PrimaryAttribute']} ChoiceOrder != Choices")
                if int(p.get("NextChoiceId", 0)) <= max(map(int, ks)): errors.append(f"{f}: {e['PrimaryAttribute']} NextChoiceId not past the last choice")
    for k, c in Counter(tags).items():
        if c > 1: errors.append(f"{f}: DataExportTag {k} twice")
    qc = [e for e in els if e.get("Element") == "QC"]
    if not qc or qc[0]["SecondaryAttribute"] != str(len(sq)): errors.append(f"{f}: QC count != {len(sq)} questions")
    bl = next((e["Payload"] for e in els if e.get("Element") == "BL"), {})
    bids = set()
    for b in bl.values():
        bids.add(b.get("ID"))
        for be in b.get("BlockElements", []):
            if be.get("Type") == "Question":
                blocks_q.append(be.get("QuestionID"))
                if be.get("QuestionID") not in sq: errors.append(f"{f}: block {b.get('ID')} names missing {be.get('QuestionID')}")
    for q in sq:
        if blocks_q.count(q) != 1: errors.append(f"{f}: {q} in {blocks_q.count(q)} blocks")
    fl = next((e["Payload"] for e in els if e.get("Element") == "FL"), {})
    for x in fl.get("Flow", []):
        if x.get("Type") in ("Block", "Standard") and x.get("ID") not in bids: errors.append(f"{f}: flow names missing block {x.get('ID')}")
    rs = [e["PrimaryAttribute"] for e in els if e.get("Element") == "RS"]
    if d["SurveyEntry"].get("SurveyActiveResponseSet") not in rs: errors.append(f"{f}: active response set not defined")


def ldif_records(raw):
    """RFC 2849: records separated by blank lines; 'attr: value' or 'attr:: base64'; folded lines start with a space"""
    recs = []
    for block in raw.strip("\n").split("\n\n"):
        lines = []
        for l in block.split("\n"):
            if l.startswith(" ") and lines: lines[-1] += l[1:]
            else: lines.append(l)
        recs.append(lines)
    return recs


def ldif_value(line):
    k, sep, v = line.partition(":")
    if v.startswith(":"): return k, base64.b64decode(v[1:].strip(), validate=True).decode("utf-8"), True
    return k, v[1:] if v.startswith(" ") else v, False


def check_ldif(f, raw):
    lf_final(f, raw)
    if "\n\n\n" in raw: errors.append(f"{f}: empty record")
    dns, members = [], []
    for rec in ldif_records(raw):
        try:
            vals = [ldif_value(l) for l in rec]
        except (binascii.Error, ValueError) as ex:
            errors.append(f"{f}: a base64 value that does not decode: {ex}"); continue
        for l, (k, v, b64) in zip(rec, vals):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", k): errors.append(f"{f}: bad attribute in {l[:40]!r}")
            if not b64 and not v.isascii(): errors.append(f"{f}: non-ASCII value of {k} not base64-encoded")
            if not b64 and v[:1] in (" ", ":", "<"): errors.append(f"{f}: value of {k} must be base64 (starts with {v[:1]!r})")
        if not vals or vals[0][0] != "dn": errors.append(f"{f}: a record not starting with dn"); continue
        d = dict((k, v) for k, v, _ in vals if k not in ("objectclass", "member"))
        oc = [v for k, v, _ in vals if k == "objectclass"]
        dns.append(vals[0][1])
        if "groupOfNames" in oc:
            if vals[0][1] != f"cn={d.get('cn')}": errors.append(f"{f}: list dn {vals[0][1]!r} is not cn=<cn>")
            members += [v for k, v, _ in vals if k == "member"]
        else:
            if "mozillaAbPersonAlpha" not in oc: errors.append(f"{f}: {d.get('cn')}: not a Thunderbird card")
            if vals[0][1] != f"cn={d.get('cn')},mail={d.get('mail')}": errors.append(f"{f}: dn {vals[0][1]!r} is not cn=<cn>,mail=<mail>")
            if d.get("cn") != f"{d.get('givenName')} {d.get('sn')}": errors.append(f"{f}: cn is not givenName + sn for {d.get('cn')}")
            if not re.fullmatch(r"[^@\s]+@[\w.-]+\.example(\.[a-z]+)*|[^@\s]+@example\.[a-z.]+", d.get("mail", "")): errors.append(f"{f}: mail {d.get('mail')!r} not at an example domain")
            if not re.fullmatch(r"\d+", d.get("modifytimestamp", "")): errors.append(f"{f}: modifytimestamp not a number")
    for k, c in Counter(dns).items():
        if c > 1: errors.append(f"{f}: dn {k} twice")
    for m in members:
        if m not in dns: errors.append(f"{f}: member {m!r} has no card")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 547: check_gnumeric(f, raw, path)
    elif n == 548: check_qq(f, raw)
    elif n == 549: check_bugzilla(f, raw)
    elif n == 550: check_cherrytree(f, raw)
    elif n == 551: check_context(f, raw)
    elif n == 552: check_pidgin(f, raw)
    elif n == 553: check_wallabag(f, raw)
    elif n == 554: check_hocr(f, raw)
    elif n == 555: check_qsf(f, raw)
    elif n == 556: check_ldif(f, raw)


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
# round52's and round53's, a byte-identical file counted once), and the round52/round53 split (candidates sorted by
# (uses, catalogue title); round53 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P52 = "/work/round52/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P52): own.add(open(P52, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round52", "digests-round53") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round52 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r52 = set()
if os.path.exists(P52):
    try:
        r52 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P52)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round52/expected.json exists but could not be read (being written?)")
    if r52 & mine: errors.append(f"papers also in round52: {sorted(r52 & mine)}")
shared52 = len(r52 & mine) if os.path.exists(P52) else "(no /work/round52/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round53 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round52: {shared52}; papers in more than one round53 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
