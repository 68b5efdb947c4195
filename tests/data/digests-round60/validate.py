#!/usr/bin/env python3
r"""Checks round60/expected.json against the digests and the shared catalogues.

Adapted from round59/validate.py (the label checks are the same code; the reuse report is round59's with round60 /
round61 in place of round59 / round58: round60 holds the odd positions from 3 on; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round60's and round61's own (a
digests-round60 / digests-round61 folder, or a file whose bytes equal round60's or round61's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round60 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper;
it fails on a paper shared with /work/main/tests/data/digests-round61/expected.json when that file exists (read
only), and on a paper in more than one round60 file.
Every digest is read raw (line ends kept; 623 as GBK, 625 as EUC-JP, the rest as UTF-8) and in decoded forms:
  - 617 (TickTick CSV): every CSV field;
  - 621 (papis YAML): the scalars with YAML folding and '' quoting undone;
  - 622 (SpreadsheetML): every Data text and ss:HRef;
  - 623 / 624 / 625 (HTML): the text without tags;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 617 TickTick backup CSV (Date / Version / Status preamble, the 24-column header, every field quoted —
the file equals its csv QUOTE_ALL re-serialisation —, Kind / Status / Is Check list values, +0000 times, completed
rows with a Completed Time, unique taskIds, parentIds resolved, checklist items ▫ / ▪); 618 Wikidot source (+
headings, [[div]] / [[collapsible]] / [[code]] / [[footnote]] blocks closed, [[footnoteblock]] iff footnotes, ||
tables with one cell count and closing ||, [URL label] links, [[[ ]]] balanced, [!-- --] closed, no Markdown links);
619 Alpine mbox (the FOLDER INTERNAL DATA message first with X-IMAP, every message after a blank line with a "From "
line, required headers, X-UID 1..n not above X-IMAP's last UID, no unescaped "From " body line, arXiv listing entries
whose \\ ( https://arxiv.org/abs/… ) line repeats the entry's id); 620 pdftotext of apsrev4-2 (pages ending in a
page number + form feed, pages numbered 1..n, references [1]..[n] in order, each cited, first citations in
increasing order, column lines ≤ 52 characters); 621 papis YAML (documents split by ---, keys sorted, folding at the
first space past column 80 and only there, quoted numeric-looking strings, '' inside single quotes, unique refs and
32-hex papis_id); 622 SpreadsheetML (CRLF only, the XML and mso-application heads, well-formed, ExpandedRowCount /
ExpandedColumnCount equal to the rows / cells with ss:Index, StyleIDs defined, Data types and DateTime shape); 623
Discuz! X3.4 (GBK, CRLF only, meta charset gbk, generator, post_/pid/postmessage_/authorposton/postnum ids
consistent, floors 楼主 / 沙发 / 板凳 / 地板 / n#, times increasing, reply count, tags balanced); 624 MailPoet (doctype,
template / preheader / content-wrapper classes, unsubscribe and manage links, [if mso] blocks closed, tables
balanced); 625 FC2 blog (EUC-JP, meta charset, FC2 Analyzer, entry_state date with the right weekday, comment count
= comments, Powered by FC2ブログ, divs balanced); 626 Apptainer definition (Bootstrap first, From, known sections,
%post present, no section twice, every {{ arg }} declared in %arguments).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, html, io, json, os, re, sys
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
ENC = {623: "gbk", 625: "euc_jp"}


def read_raw(f, path):
    return open(path, encoding=ENC.get(num(f), "utf-8"), newline="").read()


def strip_tags(s):
    return re.sub(r"<[^>]+>", " ", s)


def yaml_scalars(raw):
    """papis YAML: each key's scalar with folding undone (continuation lines joined by a space) and '' undone"""
    out, cur = [], None
    for l in raw.split("\n"):
        m = re.match(r"^(?:- |  )?([A-Za-z_-]+): (.*)$", l)
        if m and not (cur is not None and l.startswith("  ") and not re.match(r"^  [a-z_-]+: ", l)):
            if cur is not None: out.append(cur)
            cur = m.group(2)
        elif l.startswith("- ") or l == "---" or re.match(r"^[A-Za-z_-]+:$", l):
            if cur is not None: out.append(cur)
            cur = l[2:] if l.startswith("- ") else None
        elif l.startswith("  ") and cur is not None:
            cur += " " + l.strip()
    if cur is not None: out.append(cur)
    res = []
    for s in out:
        if len(s) >= 2 and s[0] == s[-1] == "'": s = s[1:-1].replace("''", "'")
        res.append(s)
    return res


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 617:
        forms.append("\n".join(x for r in csv.reader(io.StringIO(raw)) for x in r))
    if n == 621:
        forms.append("\n".join(yaml_scalars(raw)))
    if n == 622:
        root = ET.fromstring(raw.encode("utf-8"))
        forms.append("\n".join([(e.text or "") for e in root.iter() if e.tag.endswith("}Data")]
                               + [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("}HRef")]))
    if n in (623, 624, 625):
        forms.append(html.unescape(strip_tags(raw)))
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
from html.parser import HTMLParser


class Balance(HTMLParser):
    """stack check for the container tags (void / optional-end tags ignored)"""
    TAGS = {"table", "tbody", "tr", "td", "th", "div", "ul", "li", "dl", "h1", "h2", "h3", "p", "a", "strong", "em",
            "form", "span", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, t, a):
        if t in self.TAGS: self.stack.append((t, self.getpos()[0]))

    def handle_endtag(self, t):
        if t not in self.TAGS: return
        if self.stack and self.stack[-1][0] == t: self.stack.pop()
        else: self.bad.append((t, self.getpos()[0]))


def balanced(f, raw):
    b = Balance(); b.feed(raw); b.close()
    if b.bad: errors.append(f"{f}: unbalanced end tags {b.bad[:3]}")
    if b.stack: errors.append(f"{f}: unclosed tags {b.stack[-3:]}")


TT_HEAD = ["Folder Name", "List Name", "Title", "Kind", "Tags", "Content", "Is Check list", "Start Date", "Due Date",
           "Reminder", "Repeat", "Priority", "Status", "Created Time", "Completed Time", "Order", "Timezone",
           "Is All Day", "Is Floating", "Column Name", "Column Order", "View Mode", "taskId", "parentId"]
TT_TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000"
def check_ticktick(f, raw):
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw)))
    buf = io.StringIO(); csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not TickTick's all-quoted CSV (re-serialisation differs)")
    if len(rows) < 5 or not re.fullmatch(r"Date: \d{4}-\d\d-\d\d\+0000", rows[0][0]) or rows[1] != ["Version: 7.1"] \
            or rows[2] != ["Status: \n0 Normal\n1 Completed\n2 Archived"]:
        errors.append(f"{f}: preamble (Date / Version / Status) wrong"); return
    if rows[3] != TT_HEAD: errors.append(f"{f}: header differs from TickTick's 24 columns")
    ids = [r[22] for r in rows[4:] if len(r) == 24]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate taskId")
    for i, r in enumerate(rows[4:], 5):
        if len(r) != 24: errors.append(f"{f}: record {i} has {len(r)} fields"); continue
        d = dict(zip(TT_HEAD, r))
        if d["Kind"] not in ("TEXT", "CHECKLIST", "NOTE"): errors.append(f"{f}: record {i} Kind {d['Kind']}")
        if d["Status"] not in ("0", "1", "2"): errors.append(f"{f}: record {i} Status {d['Status']}")
        if (d["Is Check list"] == "Y") != (d["Kind"] == "CHECKLIST"): errors.append(f"{f}: record {i} Is Check list vs Kind")
        for k in ("Start Date", "Due Date", "Created Time", "Completed Time"):
            if d[k] and not re.fullmatch(TT_TIME, d[k]): errors.append(f"{f}: record {i} {k} {d[k]!r}")
        if (d["Status"] != "0") != bool(d["Completed Time"]): errors.append(f"{f}: record {i} status vs Completed Time")
        if d["Priority"] not in ("0", "1", "3", "5"): errors.append(f"{f}: record {i} Priority {d['Priority']}")
        if d["parentId"] and d["parentId"] not in ids: errors.append(f"{f}: record {i} parentId unresolved")
        if not re.fullmatch(r"[0-9a-f]{24}", d["taskId"]): errors.append(f"{f}: record {i} taskId shape")
        if d["Kind"] == "CHECKLIST" and not re.search(r"^[▫▪]", d["Content"], re.M): errors.append(f"{f}: record {i} checklist without ▫/▪ items")
        if d["Reminder"] and not re.fullmatch(r"TRIGGER:-?P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?", d["Reminder"]):
            errors.append(f"{f}: record {i} Reminder {d['Reminder']}")
        if d["Repeat"] and not d["Repeat"].startswith("RRULE:FREQ="): errors.append(f"{f}: record {i} Repeat")


def check_wikidot(f, raw):
    lf_final(f, raw)
    for blk in ("div", "collapsible", "code", "footnote"):
        o, c = len(re.findall(r"\[\[" + blk + r"(?:[ \]])", raw)), raw.count(f"[[/{blk}]]")
        if o != c: errors.append(f"{f}: [[{blk}]] opened {o} closed {c}")
    if (raw.count("[[footnote]]") > 0) != ("[[footnoteblock]]" in raw): errors.append(f"{f}: footnotes without [[footnoteblock]] (or the reverse)")
    if raw.count("[!--") != raw.count("--]"): errors.append(f"{f}: [!-- --] comment not closed")
    if raw.count("[[[") != raw.count("]]]"): errors.append(f"{f}: [[[ ]]] unbalanced")
    if re.search(r"\]\((?:https?:|/)", raw): errors.append(f"{f}: Markdown link in Wikidot syntax")
    code = False
    ls = raw.split("\n")
    for i, l in enumerate(ls):
        if l.startswith("[[code"): code = True
        if l.startswith("[[/code]]"): code = False
        if code: continue
        if l.startswith("+") and not re.match(r"^\+{1,6} \S", l): errors.append(f"{f}: bad heading {l!r}")
        if l.startswith("||"):
            if not l.rstrip().endswith("||"): errors.append(f"{f}: table row {i + 1} not closed with ||")
            if i == 0 or not ls[i - 1].startswith("||"):
                n = l.count("||")
                if not l.startswith("||~"): errors.append(f"{f}: table at line {i + 1} without a ||~ header")
            elif l.count("||") != n: errors.append(f"{f}: table row {i + 1} has another cell count")
        for m in re.finditer(r"(?<!\[)\[(\*?)(https?://[^\s\]]*)( [^\]]+)?\]", l):
            if not m.group(3): errors.append(f"{f}: link without label {m.group(0)}")


MB_REQ = ("Date", "From", "Subject", "Message-ID")
def check_alpine_mbox(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    starts = [i for i, l in enumerate(ls) if l.startswith("From ") and (i == 0 or ls[i - 1] == "")]
    for i, l in enumerate(ls):
        if l.startswith("From ") and i not in starts: errors.append(f"{f}: unescaped 'From ' body line {i + 1}")
    if not starts or starts[0] != 0 or not ls[0].startswith("From MAILER-DAEMON "): errors.append(f"{f}: not starting with the folder-internal message"); return
    uids, uidlast = [], None
    for k, s in enumerate(starts):
        if not re.fullmatch(r"From \S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}", ls[s]):
            errors.append(f"{f}: From_ line {ls[s]!r}")
        end = starts[k + 1] if k + 1 < len(starts) else len(ls)
        try:
            blank = ls.index("", s)
        except ValueError:
            errors.append(f"{f}: message {k} without body"); continue
        hs = {}
        for l in ls[s + 1:blank]:
            m = re.match(r"^([A-Za-z][A-Za-z0-9-]*):(?: (.*))?$", l)
            if not m: errors.append(f"{f}: bad header line {l!r}"); continue
            hs[m.group(1)] = m.group(2) or ""
        for h in MB_REQ:
            if h not in hs: errors.append(f"{f}: message {k} without {h}")
        if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", hs.get("Message-ID", "")): errors.append(f"{f}: message {k} Message-ID shape")
        if k == 0:
            if hs.get("Subject") != "DON'T DELETE THIS MESSAGE -- FOLDER INTERNAL DATA" or not re.fullmatch(r"\d+ \d{10}", hs.get("X-IMAP", "")):
                errors.append(f"{f}: folder internal data message wrong")
            else: uidlast = int(hs["X-IMAP"].split()[1])
        else:
            for h in ("Status", "X-Status", "X-Keywords", "X-UID"):
                if h not in hs: errors.append(f"{f}: message {k} without {h} (c-client writes it)")
            uids.append(int(hs.get("X-UID", "0") or 0))
        if end < len(ls) and ls[end - 1] != "": errors.append(f"{f}: message {k} not followed by a blank line")
    if uids != list(range(1, len(uids) + 1)): errors.append(f"{f}: X-UIDs {uids}")
    if uidlast is not None and uids and max(uids) > uidlast: errors.append(f"{f}: X-UID above X-IMAP's last UID")
    for m in re.finditer(r"^\\\\\narXiv:(\S+)\n(.*?)^\\\\ \( https://arxiv\.org/abs/(\S+) ,", raw, re.M | re.S):
        if m.group(1) != m.group(3): errors.append(f"{f}: listing entry {m.group(1)} links {m.group(3)}")
        if not re.search(r"^Title: \S", m.group(2), re.M) or not re.search(r"^Authors: \S", m.group(2), re.M): errors.append(f"{f}: listing entry {m.group(1)} without Title / Authors")
    if raw.count("\\\\\narXiv:") != len(re.findall(r"^\\\\ \( https://arxiv\.org/abs/", raw, re.M)): errors.append(f"{f}: listing entries and link lines differ")


def check_aps_pdftotext(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with a form feed")
    pages = raw.split("\f")[:-1]
    nums = []
    for p in pages:
        ls = p.rstrip("\n").split("\n")
        nums.append(ls[-1])
    if nums != [str(i) for i in range(1, len(pages) + 1)]: errors.append(f"{f}: page numbers {nums}")
    text = "\f".join(pages)
    first_ref = re.search(r"^\[1\] ", text, re.M)
    if not first_ref: errors.append(f"{f}: no reference list"); return
    body, refs = text[:first_ref.start()], text[first_ref.start():]
    rn = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    if rn != list(range(1, len(rn) + 1)): errors.append(f"{f}: references numbered {rn}")
    cites = []
    for m in re.finditer(r"\[(\d+(?:[–-]\d+)?(?:, ?\d+)*)\]", body):
        for part in m.group(1).split(","):
            a_, _, b_ = part.strip().replace("–", "-").partition("-")
            cites += list(range(int(a_), int(b_ or a_) + 1))
    firsts = []
    for c in cites:
        if c not in firsts: firsts.append(c)
    if firsts != list(range(1, len(firsts) + 1)): errors.append(f"{f}: first citations not in reference order: {firsts}")
    if set(firsts) != set(rn): errors.append(f"{f}: cited {sorted(set(firsts))} vs references {rn}")
    head_end = text.index("I. INTRODUÇÃO") if "I. INTRODUÇÃO" in text else 0
    for l in text[head_end:].split("\n"):
        if len(l) > 52 and not l.startswith(("TABLE", "Modelo", "FNO", "Rede")): errors.append(f"{f}: column line longer than 52: {l[:40]!r}…")


def check_papis_yaml(f, raw):
    lf_final(f, raw)
    docs = raw.split("\n---\n")
    refs = set()
    for k, d in enumerate(docs):
        ls = d.rstrip("\n").split("\n")
        top = [l.split(":")[0] for l in ls if re.match(r"^[A-Za-z_-]+:", l)]
        if top != sorted(top): errors.append(f"{f}: document {k} keys not sorted")
        if len(top) != len(set(top)): errors.append(f"{f}: document {k} repeats a key")
        for need in ("author", "title", "ref", "papis_id", "type", "time-added"):
            if need not in top: errors.append(f"{f}: document {k} without {need}")
        vals = {l.split(":")[0]: l.split(": ", 1)[1] for l in ls if re.match(r"^[A-Za-z_-]+: ", l)}
        if not re.fullmatch(r"[0-9a-f]{32}", vals.get("papis_id", "").strip("'")): errors.append(f"{f}: document {k} papis_id")
        ref = vals.get("ref")
        if ref in refs: errors.append(f"{f}: duplicate ref {ref}")
        refs.add(ref)
        if not re.fullmatch(r"\d{4}-\d\d-\d\d-\d\d:\d\d:\d\d", vals.get("time-added", "")): errors.append(f"{f}: document {k} time-added")
        for key, v in vals.items():
            if key != "year" and re.fullmatch(r"[-+]?\d+(?:\.\d*)?", v): errors.append(f"{f}: {key}: {v} unquoted (would load as a number)")
            if v.startswith("'") and v.endswith("'") and "'" in v[1:-1].replace("''", ""): errors.append(f"{f}: {key}: lone ' inside single quotes")
            if not v.startswith(("'", '"')) and (": " in v or " #" in v): errors.append(f"{f}: {key}: plain scalar with ': ' or ' #'")
        for i, l in enumerate(ls):
            if " " in l[81:]: errors.append(f"{f}: line not folded at the first space past column 80: {l[:30]!r}…")
            if i and l.startswith("  ") and not re.match(r"^\s+[A-Za-z_-]+: ", l) and not l.startswith("  - "):
                if len(ls[i - 1]) <= 80: errors.append(f"{f}: continuation after a line of {len(ls[i - 1])} ≤ 80 characters")


SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
def check_spreadsheetml(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF (Excel writes CRLF)")
    if not raw.startswith('<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook '): errors.append(f"{f}: XML / mso-application heads")
    root = ET.fromstring(raw.encode("utf-8"))
    styles = {s.get(SS + "ID") for s in root.iter(SS + "Style")}
    for ws in root.iter(SS + "Worksheet"):
        t = ws.find(SS + "Table")
        r_i, maxc = 0, 0
        for row in t.findall(SS + "Row"):
            r_i = int(row.get(SS + "Index") or r_i + 1)
            c_i = 0
            for c in row.findall(SS + "Cell"):
                c_i = int(c.get(SS + "Index") or c_i + 1)
                if c.get(SS + "StyleID") and c.get(SS + "StyleID") not in styles: errors.append(f"{f}: undefined style {c.get(SS + 'StyleID')}")
                d = c.find(SS + "Data")
                if d is None: errors.append(f"{f}: cell without Data"); continue
                ty = d.get(SS + "Type")
                if ty not in ("String", "Number", "DateTime", "Boolean", "Error"): errors.append(f"{f}: Data type {ty}")
                if ty == "DateTime" and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", d.text or ""): errors.append(f"{f}: DateTime {d.text}")
                if ty == "Number": float(d.text)
                if c.get(SS + "HRef") and not re.match(r"https?://", c.get(SS + "HRef")): errors.append(f"{f}: HRef {c.get(SS + 'HRef')}")
            maxc = max(maxc, c_i)
        if int(t.get(SS + "ExpandedRowCount")) != r_i: errors.append(f"{f}: {ws.get(SS + 'Name')}: ExpandedRowCount {t.get(SS + 'ExpandedRowCount')} != {r_i}")
        if int(t.get(SS + "ExpandedColumnCount")) != maxc: errors.append(f"{f}: {ws.get(SS + 'Name')}: ExpandedColumnCount {t.get(SS + 'ExpandedColumnCount')} != {maxc}")


FLOORS = ["楼主", "沙发", "板凳", "地板"]
def check_discuz(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: bare LF (the Discuz! templates have CRLF)")
    if 'content="text/html; charset=gbk"' not in raw or "charset = 'gbk'" not in raw: errors.append(f"{f}: charset gbk not declared")
    if '<meta name="generator" content="Discuz! X3.4" />' not in raw or "Powered by <strong><a href=\"https://www.discuz.net\"" not in raw:
        errors.append(f"{f}: Discuz! X3.4 generator / footer missing")
    pids = re.findall(r'<div id="post_(\d+)" >', raw)
    if not pids: errors.append(f"{f}: no posts"); return
    if pids != sorted(pids, key=int): errors.append(f"{f}: pids not increasing")
    for p in pids:
        for pat in (f'<table id="pid{p}"', f'id="postmessage_{p}"', f'id="authorposton{p}"', f'id="postnum{p}"'):
            if raw.count(pat) != 1: errors.append(f"{f}: post {p}: {pat} found {raw.count(pat)} times")
    floors = re.findall(r'id="postnum\d+"[^>]*>\r\n(<strong>.*?</strong>|<em>\d+</em><sup>#</sup>)</a>', raw)
    want = [f"<strong>{FLOORS[i]}</strong>" if i < 4 else f"<em>{i + 1}</em><sup>#</sup>" for i in range(len(pids))]
    if floors != want: errors.append(f"{f}: floor labels {floors}")
    times = re.findall(r'<em id="authorposton\d+">发表于 (\d{4})-(\d{1,2})-(\d{1,2}) (\d\d):(\d\d):(\d\d)</em>', raw)
    if len(times) != len(pids): errors.append(f"{f}: post times not in Discuz! form")
    tv = [tuple(int(x) for x in t) for t in times]
    if tv != sorted(tv): errors.append(f"{f}: post times not increasing")
    m = re.search(r'回复:</span> <span class="xi1">(\d+)</span>', raw)
    if not m or int(m.group(1)) != len(pids) - 1: errors.append(f"{f}: reply count != posts - 1")
    balanced(f, raw)


def check_mailpoet(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'): errors.append(f"{f}: doctype")
    for c in ("mailpoet_template", "mailpoet_preheader", "mailpoet-wrapper", "mailpoet_content-wrapper", "mailpoet_header", "mailpoet_footer", "mailpoet_paragraph"):
        if f'class="{c}' not in raw and f'{c}"' not in raw and f" {c}" not in raw: errors.append(f"{f}: no {c}")
    if "endpoint=subscription&amp;action=unsubscribe" not in raw or "endpoint=subscription&amp;action=manage" not in raw: errors.append(f"{f}: unsubscribe / manage links")
    if raw.count("<!--[if mso]>") + raw.count("<!--[if !mso]>") != raw.count("<![endif]-->"):
        errors.append(f"{f}: [if mso] conditional comments not closed")
    nd = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    balanced(f, nd)
    for m in re.finditer(r'<td class="mailpoet_paragraph"', raw):
        if raw.rfind("<table", 0, m.start()) < raw.rfind("</table>", 0, m.start()): errors.append(f"{f}: mailpoet_paragraph outside its table")


WD = "月火水木金土日"
def check_fc2(f, raw):
    lf_final(f, raw)
    import datetime
    if '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP" />' not in raw: errors.append(f"{f}: charset EUC-JP not declared")
    if raw.count("[FC2 Analyzer]") != 2: errors.append(f"{f}: FC2 Analyzer markers")
    if 'Powered by <a href="https://blog.fc2.com/" title="FC2ブログ">FC2ブログ</a>' not in raw: errors.append(f"{f}: FC2 footer")
    for y, mo, d, w in re.findall(r"(\d{4})/(\d\d)/(\d\d)\((.)\) \d\d:\d\d:\d\d", raw):
        if WD[datetime.date(int(y), int(mo), int(d)).weekday()] != w: errors.append(f"{f}: {y}/{mo}/{d} is not ({w})")
    m = re.search(r">コメント:(\d+)</a>", raw)
    if not m or int(m.group(1)) != raw.count('<div class="sub_header" id="comment'): errors.append(f"{f}: comment count != comments")
    if not re.search(r'<ul class="entry_state">\n<li>\d{4}/\d\d/\d\d\(.\) \d\d:\d\d:\d\d \| ', raw): errors.append(f"{f}: entry_state line")
    balanced(f, re.sub(r"<!--.*?-->", "", raw, flags=re.S))


APPT = {"arguments", "setup", "files", "environment", "post", "runscript", "startscript", "test", "labels", "help",
        "apprun", "appenv", "apphelp", "appinstall", "appfiles", "applabels", "apptest"}
def check_apptainer(f, raw):
    lf_final(f, raw)
    code = [l for l in raw.split("\n") if l.strip() and not l.lstrip().startswith("#")]
    if not code or not code[0].startswith("Bootstrap: "): errors.append(f"{f}: Bootstrap is not the first keyword")
    if not re.search(r"^From: \S", raw, re.M): errors.append(f"{f}: no From:")
    secs = re.findall(r"^%(\w+)(?: (\w+))?\s*$", raw, re.M)
    for s, app in secs:
        if s not in APPT: errors.append(f"{f}: unknown section %{s}")
        if s.startswith("app") and not app: errors.append(f"{f}: %{s} without an app name")
    if len(secs) != len(set(secs)): errors.append(f"{f}: a section appears twice")
    if ("post", "") not in secs: errors.append(f"{f}: no %post")
    m = re.search(r"^%arguments\n(.*?)(?=^%)", raw, re.M | re.S)
    declared = set(re.findall(r"^\s+([A-Z_]+)=", m.group(1), re.M)) if m else set()
    for a_ in set(re.findall(r"\{\{ *(\w+) *\}\}", raw)):
        if a_ not in declared: errors.append(f"{f}: {{{{ {a_} }}}} not declared in %arguments")
    for l in raw.split("\n"):
        if l.startswith("%") and not re.fullmatch(r"%\w+(?: \w+)?", l.rstrip()): errors.append(f"{f}: bad section line {l!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {617: check_ticktick, 618: check_wikidot, 619: check_alpine_mbox, 620: check_aps_pdftotext, 621: check_papis_yaml,
     622: check_spreadsheetml, 623: check_discuz, 624: check_mailpoet, 625: check_fc2, 626: check_apptainer}.get(
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
# round60's and round61's, a byte-identical file counted once), and the round60 split (candidates sorted by
# (uses, catalogue title); round60 = odd positions from 3 on, one unbroken run; position 1 left out)
used = Counter()
TD = "/work/main/tests/data"
P61 = "/work/main/tests/data/digests-round61/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P61): own.add(open(P61, "rb").read())
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 2) % 2 == 0)
if even: errors.append(f"papers not at an odd position: {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r61 = set()
if os.path.exists(P61):
    try:
        r61 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P61)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round61/expected.json exists but could not be read (being written?)")
    if r61 & mine: errors.append(f"papers also in round61: {sorted(r61 & mine)}")
shared61 = len(r61 & mine) if os.path.exists(P61) else "(no digests-round61/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round60 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round61: {shared61}; papers in more than one round60 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
