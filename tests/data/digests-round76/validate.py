#!/usr/bin/env python3
r"""Checks round76/expected.json against the digests and the shared catalogues.

Adapted from round75/validate.py (the label checks are the same code; the reuse report is round75's with round76 /
round77 in place of round75 / round74 and the parity turned: round76 holds the odd positions from 3 on, round77 the
even ones; the readers and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json
except round76's and round77's own (a digests-round76 / digests-round77 folder, or a file whose bytes equal
round76's or round77's expected.json) — a file whose bytes equal one already counted is counted once — and checks the
split: round76 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as
one run from position 3 up to its last paper; it fails on a paper shared with
/work/main/tests/data/digests-round77/expected.json when that file exists (read only), and on a paper in more than one
round76 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 779 its RFC 2047 header words decoded;
everything: HTML / XML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind (braces and TeX control words dropped); a title found only that way (or only in a
decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 777 OmniFocus CSV (exact header, 13 fields, CRLF records, hierarchical task ids
with existing parents, Project / Action rows, an action's Project = its root project's name, date and duration forms,
completion not before start); 778 docsify page (GFM tables with equal cell counts and a separator row, docsify link
options from the known set, unique `:id=` heading ids, tabs comments paired with `#### **…**` tabs, fences closed);
779 Maildir message (LF only, Return-Path then Delivered-To, header continuation lines, RFC 2047 words decodable and
at most 75 long, right weekday in Date, Rspamd score = sum of its symbols and the bar as long as the score, body lines
within 80 columns, listing entries whose `arXiv:` id and size match their `\\ ( https://arxiv.org/abs/… ,  Nkb)` line);
780 Asciidoctor HTML5 (generator meta and stylesheet banner, unique ids, every `#` link to an id, toc = sections,
bibliography numbered 1..n in order of first citation with citations carrying the list's numbers, footnote refs /
defs paired, apostrophes replaced, balanced tags); 781 DSpace OAI-PMH (declaration and
stylesheet line, one line without final newline, parses, records = completeListSize - cursor, unique identifiers each
with its handle URL, only the 15 DC elements, datestamps in UTC Z form); 782 MariaDB tee file (prompt / continuation
lines, borders computed from the widths, every row's bars under the border's pluses, numbers right-aligned, row
counts, `\G` stars line and right-aligned field names); 783 bbPress (header ids / permalinks / positions consistent,
pagination and description counts, texturized post text without straight double quotes, balanced tags);
784 Mautic (every link tracked `/r/<24 hex>?ct=` with a PHP serialize() payload whose lengths and counts are right,
or under /email/…/<idHash>; section wrappers paired; balanced tags); 785 Sina Blog (h2#t_ = $key, <title> =
title_nick_新浪博客, r_ / c_ / f_ counters for the key, post and comment times, comment count, tag links' q= in GBK
and equal to $tag, balanced tags); 786 Prometheus
rules (groups / rules by two-space indentation, alert or record with expr, durations, severities, unique alert names,
`{{ }}` balanced, no TAB).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, datetime, email.header, html, io, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
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


def rfc2047(raw):
    hdr = raw.split("\n\n", 1)[0]
    out = []
    for l in re.sub(r"\n[ \t]+", " ", hdr).split("\n"):
        if "=?" in l:
            try: out.append(str(email.header.make_header(email.header.decode_header(l))))
            except Exception: pass
    return "\n".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 779: forms.append(rfc2047(raw))
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
VOID = {"meta", "link", "img", "br", "hr", "input", "source", "col", "area", "base", "wbr", "embed"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, t, a):
        if t not in VOID: self.stack.append(t)

    def handle_startendtag(self, t, a):
        pass

    def handle_endtag(self, t):
        if t in VOID: return
        if not self.stack or self.stack[-1] != t:
            self.bad.append(f"</{t}> where <{self.stack[-1] if self.stack else '-'}> is open (line {self.getpos()[0]})")
            if t in self.stack:
                while self.stack and self.stack.pop() != t: pass
        else: self.stack.pop()


def balanced(f, raw):
    b = Balance(); b.feed(raw); b.close()
    for x in b.bad[:3]: errors.append(f"{f}: unbalanced tags: {x}")
    if b.stack: errors.append(f"{f}: tags left open: {b.stack[-3:]}")


OF_H = ["Task ID", "Type", "Name", "Status", "Project", "Context", "Start Date", "Due Date", "Completion Date", "Duration", "Flagged", "Notes", "Tags"]


def check_omnifocus(f, raw):
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != OF_H: errors.append(f"{f}: header is not OmniFocus's: {rows[0]}"); return
    if raw.count("\r\n") != len(rows) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: records not CRLF-terminated ({raw.count(chr(13) + chr(10))} CRLF for {len(rows)} records)")
    ids, names = {}, {}
    for r in rows[1:]:
        if len(r) != 13: errors.append(f"{f}: record {r[:1]} has {len(r)} fields"); continue
        i, typ, name, status, proj = r[:5]
        if not re.fullmatch(r"\d+(\.\d+)*", i): errors.append(f"{f}: bad task id {i!r}"); continue
        if i in ids: errors.append(f"{f}: task id {i} twice")
        ids[i] = typ; names[i] = name
        par = i.rsplit(".", 1)[0] if "." in i else None
        if par and par not in ids: errors.append(f"{f}: task {i} before / without its parent {par}")
        if typ == "Project":
            if "." in i or proj: errors.append(f"{f}: project row {i} nested or with a Project value")
            if status not in ("active", "on hold", "done", "dropped"): errors.append(f"{f}: project {i} status {status!r}")
        elif typ == "Action":
            if proj != names.get(i.split(".")[0]): errors.append(f"{f}: action {i}: Project {proj!r} is not its project's name")
        else: errors.append(f"{f}: task {i}: type {typ!r}")
        for d in r[6:9]:
            if d and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000", d): errors.append(f"{f}: task {i}: date {d!r}")
        if r[6] and r[8] and r[8] < r[6]: errors.append(f"{f}: task {i}: completed before its start")
        if r[9] and not re.fullmatch(r"(\d+h)?( ?\d+m)?", r[9]): errors.append(f"{f}: task {i}: duration {r[9]!r}")
        if r[10] not in ("0", "1"): errors.append(f"{f}: task {i}: Flagged {r[10]!r}")


DOCSIFY_OPT = r":target=_blank|:ignore|:include|:type=(?:code|iframe|markdown|audio|video)|:id=[\w-]+|:disabled|:no-zoom|:class=[\w-]+"


def cells(l):
    return re.split(r"(?<!\\)\|", l.strip()[1:-1])


def check_docsify(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not any(l.startswith("# ") for l in ls): errors.append(f"{f}: no h1")
    if raw.count("```") % 2: errors.append(f"{f}: code fence not closed")
    ids = re.findall(r"^#+ .* :id=([\w-]+)\s*$", raw, re.M)
    if len(ids) != len(set(ids)): errors.append(f"{f}: heading ids repeated")
    for m in re.finditer(r"\]\([^)\s]+ '([^']*)'\)", raw):
        for o in m.group(1).split():
            if not re.fullmatch(DOCSIFY_OPT, o): errors.append(f"{f}: unknown docsify link option {o!r}")
    if raw.count("<!-- tabs:start -->") != raw.count("<!-- tabs:end -->"): errors.append(f"{f}: tabs:start / tabs:end not paired")
    for blk in re.findall(r"<!-- tabs:start -->(.*?)<!-- tabs:end -->", raw, re.S):
        if not re.search(r"^#### \*\*[^*]+\*\*$", blk, re.M): errors.append(f"{f}: tabs block without `#### **…**` tab headings")
    i = 0
    while i < len(ls):
        if ls[i].startswith("|"):
            j = i
            while j < len(ls) and ls[j].startswith("|"): j += 1
            tbl = ls[i:j]; n = len(cells(tbl[0]))
            if len(tbl) < 2 or not all(re.fullmatch(r"\s*:?-{3,}:?\s*", c) for c in cells(tbl[1])): errors.append(f"{f}: line {i + 2}: no separator row")
            for k, l in enumerate(tbl):
                if not l.rstrip().endswith("|") or len(cells(l)) != n: errors.append(f"{f}: line {i + k + 1}: {len(cells(l))} cells where {n} expected")
            i = j
        i += 1


def check_maildir(f, raw):
    lf_final(f, raw)
    hdr, _, body = raw.partition("\n\n")
    hl = hdr.split("\n")
    if not hl[0].startswith("Return-Path: <") or not hl[1].startswith("Delivered-To: "): errors.append(f"{f}: not Return-Path then Delivered-To (Dovecot LDA / LMTP)")
    fields = {}
    for k, l in enumerate(hl, 1):
        if l[:1] in (" ", "\t"): continue
        m = re.match(r"([!-9;-~]+): ", l)
        if not m: errors.append(f"{f}: header line {k} is neither a field nor a continuation: {l[:40]!r}"); continue
        fields.setdefault(m.group(1), l[m.end():])
    for w in re.findall(r"=\?[^?]+\?[BQbq]\?[^?]*\?=", hdr):
        if len(w) > 75: errors.append(f"{f}: encoded word longer than 75: {w[:30]}…")
        try: email.header.decode_header(w)[0][0].decode("utf-8")
        except Exception: errors.append(f"{f}: encoded word does not decode: {w[:30]}…")
    try:
        d = datetime.datetime.strptime(fields["Date"], "%a, %d %b %Y %H:%M:%S %z")
        if d.strftime("%a") != fields["Date"][:3]: errors.append(f"{f}: Date has the wrong weekday")
    except (KeyError, ValueError): errors.append(f"{f}: no parsable Date")
    m = re.search(r"X-Spamd-Result: default: (?:False|True) \[(-?[\d.]+) / [\d.]+\];\n((?:\t.*\n)+)", hdr + "\n")
    if not m: errors.append(f"{f}: no X-Spamd-Result block")
    else:
        s = sum(float(x) for x in re.findall(r"\t\w+\((-?[\d.]+)\)", m.group(2)))
        if abs(s - float(m.group(1))) > 0.005: errors.append(f"{f}: Rspamd score {m.group(1)} but its symbols sum to {s:.2f}")
        bar = fields.get("X-Spamd-Bar", "")
        want = ("-" if float(m.group(1)) < 0 else "+") * int(abs(float(m.group(1))))
        if bar != (want or "/"): errors.append(f"{f}: X-Spamd-Bar {bar!r} does not match the score")
    for k, l in enumerate(body.split("\n"), 1):
        if len(l) > 80: errors.append(f"{f}: body line {k} longer than 80 columns")
    ents = re.findall(r"\\\\\narXiv:(\S+)\nreplaced with revised version [^\n]+\((\d+)kb,D\)\n\n(.*?)\n\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)", body, re.S)
    if not ents: errors.append(f"{f}: no listing entries")
    for a, kb, mid, a2, kb2 in ents:
        if a != a2 or kb != kb2: errors.append(f"{f}: listing entry {a}: id / size differ from its abs line ({a2}, {kb2}kb)")
        if not mid.startswith("Title: ") or "\nAuthors: " not in mid or "\nCategories: " not in mid: errors.append(f"{f}: listing entry {a}: Title / Authors / Categories missing")


def check_asciidoctor(f, raw):
    lf_final(f, raw)
    if not re.search(r'<meta name="generator" content="Asciidoctor 2\.\d+\.\d+">', raw): errors.append(f"{f}: no Asciidoctor generator meta")
    if "/*! Asciidoctor default stylesheet" not in raw: errors.append(f"{f}: no default stylesheet banner")
    ids = re.findall(r'\bid="([^"]+)"', raw)
    if len(ids) != len(set(ids)): errors.append(f"{f}: ids repeated: {sorted(k for k, v in Counter(ids).items() if v > 1)}")
    for h in re.findall(r'href="#([^"]+)"', raw):
        if h not in ids: errors.append(f"{f}: link to missing id #{h}")
    toc = re.findall(r'<li><a href="#([^"]+)">', raw.split('<div id="toc"', 1)[-1].split("</div>\n</div>", 1)[0])
    if toc != re.findall(r'<h2 id="([^"]+)">', raw): errors.append(f"{f}: toc does not list the sections in order")
    bib = re.findall(r'<li>\n<p><a id="([^"]+)"></a>\[(\d+)\] ', raw)
    if [int(n) for _, n in bib] != list(range(1, len(bib) + 1)): errors.append(f"{f}: bibliography not numbered 1..n")
    num_ = dict(bib)
    body = raw.split('<ul class="bibliography">', 1)[0]
    first = []
    for k, n in re.findall(r'<a href="#([^"]+)">\[(\d+)\]</a>', body):
        if num_.get(k) != n: errors.append(f"{f}: citation [{n}] of {k} but the list numbers it [{num_.get(k)}]")
        if k not in first: first.append(k)
    if first != [k for k, _ in bib]: errors.append(f"{f}: references not numbered in order of first citation (Elsevier numbered)")
    refs = re.findall(r'id="_footnoteref_(\d+)" class="footnote" href="#_footnotedef_\1"', raw)
    defs = re.findall(r'<div class="footnote" id="_footnotedef_(\d+)">\n<a href="#_footnoteref_\1">\1</a>\. ', raw)
    if refs != defs or refs != [str(i) for i in range(1, len(refs) + 1)]: errors.append(f"{f}: footnote refs {refs} / defs {defs}")
    for t in re.findall(r"<p>(.*?)</p>", raw, re.S):
        if re.search(r"\w'\w", re.sub(r"<[^>]+>", "", t)): errors.append(f"{f}: a straight apostrophe in a paragraph (Asciidoctor writes &#8217;)")
    balanced(f, raw)


DC = "{http://purl.org/dc/elements/1.1/}"
DC15 = {"title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage", "rights"}


def check_oai(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8" ?><?xml-stylesheet type="text/xsl" href="static/style.xsl"?><OAI-PMH '): errors.append(f"{f}: not XOAI's declaration + stylesheet start")
    if "\n" in raw: errors.append(f"{f}: line breaks (XOAI writes one line)")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    O = "{http://www.openarchives.org/OAI/2.0/}"
    if root.tag != O + "OAI-PMH": errors.append(f"{f}: root is {root.tag}")
    rd = root.find(O + "responseDate")
    if rd is None or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", rd.text or ""): errors.append(f"{f}: bad responseDate")
    req = root.find(O + "request")
    if req is None or req.get("verb") != "ListRecords": errors.append(f"{f}: request verb is not ListRecords")
    recs = root.findall(f"{O}ListRecords/{O}record")
    tok = root.find(f"{O}ListRecords/{O}resumptionToken")
    if tok is None: errors.append(f"{f}: no resumptionToken")
    elif int(tok.get("completeListSize", -1)) - int(tok.get("cursor", 0)) != len(recs): errors.append(f"{f}: {len(recs)} records but completeListSize - cursor = {int(tok.get('completeListSize', -1)) - int(tok.get('cursor', 0))}")
    seen = Counter()
    for r in recs:
        ident = r.findtext(f"{O}header/{O}identifier") or ""
        seen[ident] += 1
        m = re.fullmatch(r"oai:[\w.-]+:(\d+\.\d+\.\d+/\d+)", ident)
        if not m: errors.append(f"{f}: bad oai identifier {ident!r}"); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r.findtext(f"{O}header/{O}datestamp") or ""): errors.append(f"{f}: {ident}: datestamp not in UTC Z form")
        dc = r.find(f"{O}metadata/{{http://www.openarchives.org/OAI/2.0/oai_dc/}}dc")
        if dc is None: errors.append(f"{f}: {ident}: no oai_dc:dc"); continue
        for el in dc:
            if not el.tag.startswith(DC) or el.tag[len(DC):] not in DC15: errors.append(f"{f}: {ident}: element {el.tag} is not one of the 15 DC elements")
        if not any((x.text or "").endswith("/handle/" + m.group(1)) for x in dc.findall(DC + "identifier")): errors.append(f"{f}: {ident}: no dc:identifier with its handle URL")
    for i, c in seen.items():
        if c > 1: errors.append(f"{f}: identifier {i} twice")


def check_mariadb(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls[-1] == "MariaDB [anagnoseis]> notee": errors.append(f"{f}: does not end with the notee prompt")
    i = 0
    while i < len(ls):
        l = ls[i]
        if l.startswith("+"):
            border = l
            if not re.fullmatch(r"(\+-+)+\+", border): errors.append(f"{f}: line {i + 1}: bad border"); i += 1; continue
            plus = [k for k, c in enumerate(border) if c == "+"]
            j, seen_b = i, 0
            while j < len(ls) and (ls[j].startswith("+") or ls[j].startswith("|")):
                x = ls[j]
                if x.startswith("+"):
                    seen_b += 1
                    if x != border: errors.append(f"{f}: line {j + 1}: border differs from the table's first")
                else:
                    if [k for k, c in enumerate(x) if c == "|"][:len(plus)] != plus or len(x) != len(border): errors.append(f"{f}: line {j + 1}: cell bars not under the border's pluses")
                    for k in range(len(plus) - 1):
                        c = x[plus[k] + 1:plus[k + 1]]
                        if not (c.startswith(" ") and c.endswith(" ")): errors.append(f"{f}: line {j + 1}: cell without one-space padding")
                        v = c[1:-1]
                        if seen_b >= 2 and j > i + 2 and re.fullmatch(r"\d+ +", v): errors.append(f"{f}: line {j + 1}: a number left-aligned")
                j += 1
            data = j - i - 4
            m = re.fullmatch(r"(\d+) rows? in set \([\d.]+ sec\)", ls[j] if j < len(ls) else "")
            if seen_b != 3: errors.append(f"{f}: line {i + 1}: table has {seen_b} border lines (3 expected)")
            if not m: errors.append(f"{f}: line {j + 1}: no row-count line after a table")
            elif int(m.group(1)) != data: errors.append(f"{f}: line {j + 1}: says {m.group(1)} rows, table shows {data}")
            elif (m.group(0).startswith("1 row ") and "rows" in m.group(0)) or (int(m.group(1)) != 1 and " row " in m.group(0)): errors.append(f"{f}: line {j + 1}: row / rows wrong")
            i = j + 1; continue
        if l.startswith("*" * 27):
            if not re.fullmatch(r"\*{27} \d+\. row \*{27}", l): errors.append(f"{f}: line {i + 1}: bad \\G stars line")
            j = i + 1; fl = []
            while j < len(ls) and not re.fullmatch(r"\d+ rows? in set \([\d.]+ sec\)", ls[j]):
                fl.append(ls[j]); j += 1
            cols = [x.index(": ") for x in fl if ": " in x]
            if len(set(cols)) != 1: errors.append(f"{f}: line {i + 1}: \\G field names not right-aligned")
            i = j + 1; continue
        if not (l.startswith("MariaDB [anagnoseis]> ") or l.startswith("    -> ") or re.match(r"(ERROR \d{4} \(\w{5}\): |Query OK, \d+ rows? affected|Rows matched: \d+  Changed: \d+  Warnings: \d+|Empty set \(|$)", l)):
            errors.append(f"{f}: line {i + 1}: unexpected line {l[:40]!r}")
        i += 1


def check_bbpress(f, raw):
    lf_final(f, raw)
    hdr = re.findall(r'<div id="post-(\d+)" class="bbp-reply-header">.*?class="bbp-reply-post-date">([^<]+)</span>\s*<a href="[^"]+/#post-(\d+)" class="bbp-reply-permalink">#(\d+)</a>', raw, re.S)
    for a, d, b, c in hdr:
        if not a == b == c: errors.append(f"{f}: reply header post-{a}: permalink #{b} / label #{c} differ")
        if not re.fullmatch(r"\d{1,2} \S+، \d{4} الساعة \d{1,2}:\d\d [صم]", d): errors.append(f"{f}: post-{a}: date {d!r} not in the Arabic WordPress form")
    pos = [int(x) for x in re.findall(r"bbp-reply-position-(\d+)", raw)]
    if pos != list(range(1, len(hdr) + 1)): errors.append(f"{f}: reply positions {pos} for {len(hdr)} headers")
    ids = [int(a) for a, *_ in hdr]
    if ids != sorted(ids): errors.append(f"{f}: post ids not ascending")
    n = len(hdr)
    for m in re.finditer(r"مشاهدة (\d+) مشاركات - 1 إلى (\d+) \(من إجمالي (\d+)\)", raw):
        if {int(x) for x in m.groups()} != {n}: errors.append(f"{f}: pagination count {m.group(0)!r} for {n} posts")
    m = re.search(r"هذا الموضوع يحتوي على (\d+) ردود", raw)
    if not m or int(m.group(1)) != n - 1: errors.append(f"{f}: topic description does not give {n - 1} replies")
    for c in re.findall(r'<div class="bbp-reply-content">(.*?)</div><!-- \.bbp-reply-content -->', raw, re.S):
        if '"' in re.sub(r"<[^>]+>", "", c): errors.append(f"{f}: a straight double quote in post text (wptexturize writes &#8220; / &#8221;)")
    balanced(f, raw)


def php_unser(s, i=0):
    t = s[i]
    if t == "i":
        m = re.compile(r"i:-?\d+;").match(s, i); return m.end()
    if t == "s":
        m = re.compile(r's:(\d+):"').match(s, i); n = int(m.group(1)); j = m.end()
        b = s[j:].encode("utf-8")[:n].decode("utf-8")
        j += len(b)
        if s[j:j + 2] != '";': raise ValueError(f"string length {n} wrong")
        return j + 2
    if t == "a":
        m = re.compile(r"a:(\d+):\{").match(s, i); j = m.end()
        for _ in range(2 * int(m.group(1))): j = php_unser(s, j)
        if s[j] != "}": raise ValueError("array count wrong")
        return j + 1
    raise ValueError(f"unknown type {t!r}")


def check_mautic(f, raw):
    lf_final(f, raw)
    idh = set(re.findall(r"/email/(?:unsubscribe|view)/(\w+)", raw))
    if len(idh) != 1: errors.append(f"{f}: unsubscribe / view links carry {len(idh)} idHashes")
    for h in re.findall(r'href="([^"]+)"', raw):
        m = re.fullmatch(r"https://[\w.-]+/r/([0-9a-f]{24})\?ct=([\w%]+)", h)
        if m:
            try:
                s = base64.b64decode(unquote(m.group(2))).decode("utf-8")
                if php_unser(s) != len(s): raise ValueError("trailing data")
                if idh and next(iter(idh)) not in s: errors.append(f"{f}: ct payload does not name the e-mail stat {next(iter(idh))}")
            except Exception as ex: errors.append(f"{f}: ct payload is not PHP serialize(): {ex}")
        elif not re.fullmatch(r"https://[\w.-]+/email/(unsubscribe|view)/\w+", h): errors.append(f"{f}: untracked link {h[:50]!r}")
    if raw.count('data-section-wrapper="1"') != raw.count('data-section="1"'): errors.append(f"{f}: section wrappers and sections not paired")
    if 'display:none;' not in raw.split("<body", 1)[-1][:400]: errors.append(f"{f}: no hidden preheader right after <body>")
    balanced(f, raw)


def check_sina(f, raw):
    lf_final(f, raw)
    key = re.search(r'\$key : "(\w+)"', raw); h2 = re.search(r'<h2 id="t_(\w+)" class="titName SG_txta">(.*?)</h2>', raw)
    ti = re.search(r"<title>(.*?)_([^_<]+)_新浪博客</title>", raw); nick = re.search(r'<strong id="ownernick">(.*?)</strong>', raw)
    if not (key and h2 and ti and nick): errors.append(f"{f}: $key / h2#t_ / <title> / ownernick missing"); return
    if h2.group(1) != key.group(1): errors.append(f"{f}: h2 id t_{h2.group(1)} is not t_ + $key")
    if h2.group(2) != ti.group(1) or ti.group(2) != nick.group(1): errors.append(f"{f}: <title> is not title_nick_新浪博客")
    for x in ("r_", "c_", "f_", "new_nextprev_"):
        if f'id="{x}{key.group(1)}' not in raw: errors.append(f"{f}: no {x}<key> element")
    tm = re.search(r'<span class="time SG_txtc">\((\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\)</span>', raw)
    if not tm: errors.append(f"{f}: no (YYYY-MM-DD HH:MM:SS) time"); return
    for d in re.findall(r'<span class="SG_revert_Time SG_txtc">([^<]+)</span>', raw):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", d) or d < tm.group(1): errors.append(f"{f}: comment time {d!r} bad or before the post")
    n = len(re.findall(r'<li class="SG_j_linedot1">', raw)); c = re.search(r'<span id="c_\w+" class="SG_txtb">\((\d+)\)</span>', raw)
    if not c or int(c.group(1)) != n: errors.append(f"{f}: comment count does not match {n} comments")
    tags = re.search(r"var \$tag='([^']*)';", raw)
    links = re.findall(r'href="http://search\.sina\.com\.cn/\?c=blog&amp;q=([%0-9A-F]+)&amp;by=tag">([^<]+)</a>', raw)
    for q, t in links:
        try:
            if unquote(q, encoding="gbk") != t: errors.append(f"{f}: tag link q={q} is not {t!r} in GBK")
        except Exception: errors.append(f"{f}: tag link q={q} does not decode as GBK")
    if not tags or tags.group(1).split(",") != [t for _, t in links]: errors.append(f"{f}: $tag does not list the tag links")
    balanced(f, raw)


def check_prom(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB characters")
    ls = raw.split("\n")[:-1]
    if "groups:" not in ls: errors.append(f"{f}: no top-level groups:")
    rules, cur, groups, block = [], None, [], None
    for k, l in enumerate(ls, 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        ind = len(l) - len(l.lstrip())
        if block is not None:
            if ind > block: continue
            block = None
        if ind % 2: errors.append(f"{f}: line {k}: odd indentation")
        s = l.strip()
        if s.endswith("|") or s.endswith(": |"): block = ind
        if ind == 2 and s.startswith("- name: "): groups.append(s[8:]); cur = None; continue
        if ind == 6 and s.startswith("- "):
            cur = {"line": k, "group": groups[-1] if groups else None}; rules.append(cur); s = s[2:]
        m = re.match(r"([\w_]+):(?: (.*))?$", s)
        if not m: errors.append(f"{f}: line {k}: not a key: value line"); continue
        if cur is not None and ind in (6, 8): cur[m.group(1)] = m.group(2) or ""
        if cur is not None and ind == 10 and m.group(1) == "severity": cur["severity"] = m.group(2)
        if ind == 4 and m.group(1) == "interval" and not re.fullmatch(r"\d+[smh]", m.group(2) or ""): errors.append(f"{f}: line {k}: bad interval")
        if l.count("{{") != l.count("}}"): errors.append(f"{f}: line {k}: unbalanced {{{{ }}}}")
    names = Counter()
    for r in rules:
        if ("alert" in r) == ("record" in r): errors.append(f"{f}: rule at line {r['line']}: needs exactly one of alert / record")
        if "expr" not in r: errors.append(f"{f}: rule at line {r['line']}: no expr")
        for d in ("for", "keep_firing_for"):
            if d in r and not re.fullmatch(r"\d+[smhdwy]", r[d]): errors.append(f"{f}: rule at line {r['line']}: bad {d} {r[d]!r}")
        if "alert" in r:
            names[(r["group"], r["alert"])] += 1
            if not re.fullmatch(r"[A-Z][A-Za-z0-9]+", r["alert"]): errors.append(f"{f}: alert name {r['alert']!r} not CamelCase")
            if r.get("severity") not in ("critical", "warning", "info"): errors.append(f"{f}: alert {r['alert']}: severity {r.get('severity')!r}")
        if "record" in r and not re.fullmatch(r"[a-z_]+:[a-z_]+:[a-z0-9_]+", r["record"]): errors.append(f"{f}: record name {r['record']!r} not level:metric:operations")
    for (g, a), c in names.items():
        if c > 1: errors.append(f"{f}: alert {a} twice in group {g}")
    if len(groups) != len(set(groups)): errors.append(f"{f}: group names repeated")


def shape_checks(f, raw, path):
    n = num(f)
    {777: check_omnifocus, 778: check_docsify, 779: check_maildir, 780: check_asciidoctor, 781: check_oai, 782: check_mariadb,
     783: check_bbpress, 784: check_mautic, 785: check_sina, 786: check_prom}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round76's and round77's, a byte-identical file counted once), and the round76/round77 split (candidates sorted by
# (uses, catalogue title); round76 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P77 = "/work/main/tests/data/digests-round77/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P77): own.add(open(P77, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round76", "digests-round77") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round77 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r77 = set()
if os.path.exists(P77):
    try:
        r77 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P77)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round77/expected.json exists but could not be read (being written?)")
    if r77 & mine: errors.append(f"papers also in round77: {sorted(r77 & mine)}")
shared77 = len(r77 & mine) if os.path.exists(P77) else "(no digests-round77/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round76 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round77: {shared77}; papers in more than one round76 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
