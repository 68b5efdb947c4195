#!/usr/bin/env python3
r"""Checks round114/expected.json against the digests and the shared catalogues.

Adapted from round113/validate.py (the label checks are the same code; the reuse report is round113's with round114 /
round115 in place of round113 / round112: round114 holds the even positions from 2; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round114's and round115's own (a
digests-round114 / digests-round115 folder, or a file whose bytes equal round114's or round115's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round114 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round115's expected.json (read only, from /work/rounds/digests-round115/ or
/work/main/tests/data/digests-round115/, when it exists), and on a paper in more than one round114 file.
Every digest is read raw (UTF-8, line ends kept; 1162 with its BOM) and in decoded forms: 1159 the RFC 2047 header
words and both quoted-printable parts decoded (UTF-8); 1162 the CSV cells; 1161 is matched with braces removed (norm);
everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1157 K-MOOC / Open edX static tab saved as HTML (LF, final newline; doctype, then `saved from url=(NNNN)` with NNNN =
the URL's length; lang ko; tags from a small set, balanced, hrefs well-formed; the active course tab links to the
saved URL; the week table: five cells a row, weeks 1..n, dates `M/D(요일)` a week apart with the right Korean weekday;
"Powered by Open edX");
1158 Codeup raw README (LF, final newline; the TOC lists the `## ` headings after 目录 in order with GitHub-style
slugs; every pipe table has a header, a separator and five cells a row; Markdown links well-formed; the clone URL on
codeup.aliyun.com; changelog dates descending);
1159 Airmail .eml (CRLF only, final CRLF; ASCII; the required headers; Date's weekday; RFC 2047 words decode; one
multipart/alternative boundary, two quoted-printable parts of at most 76 columns that decode as UTF-8; the plain
part's listing: arXiv's header block, each entry's `\\ ( https://arxiv.org/abs/ID ,  NNNkb)` line matches its
`arXiv:ID` line and the size on its Date / replaced line, listing lines at most 79 columns, Title continuation lines
indented two spaces; the HTML part's <pre> holds the same forwarded text);
1160 PLOS references copied as text (CRLF only, final CRLF; "References"; numbers consecutive, each on its own line,
then the reference, "View Article" exactly when the reference has an "Available from:" URL, "Google Scholar", a blank
line; the notes' "NN (Name)" pointers name a word of reference NN);
1161 ZoteroBib BibTeX (LF, final newline; entries `@type{key,`, tab-indented `name = {value},` or `month = mmm,`
fields, a comma after the last field too, then `}`; a blank line between entries; braces balanced per value; keys
unique, sorted and equal to Zotero's `surname_firstword_year` (recomputed); title / shorttitle / booktitle case
protection (each capitalised word braced) recomputed; shorttitle = the part before the colon; arXiv items: @misc,
publisher arXiv, `note = {arXiv:ID [cs]}`, doi 10.48550/arXiv.ID, url on that ID);
1162 MyOffice CSV (UTF-8 BOM; CRLF row ends; `;`-separated; byte-identical to the csv module's minimal quoting of the
parsed rows; the header; eight fields a row; № 1..n; dates DD.MM.YYYY valid and not decreasing; status from the
drop-down list);
1163 Zoho Cliq export (LF, final newline; header lines; participants; day separators with the right English weekday,
days increasing; message lines `[hh:mm AM|PM] Name: text` from participants with times increasing within a day;
continuation lines indented four spaces; the footer);
1164 MailUp web version (LF, final newline; XHTML 1.0 Transitional doctype, lang it; tags from a small set, balanced;
the Italian weekday and month of the date line computed; the issue number in title, date line and idNL links equal;
unsubscribe and profile links; "Inviato con MailUp");
1165 Squarespace blog post saved as HTML (LF, final newline; doctype, `saved from url=(NNNN)` length; lang es-MX;
tags balanced; canonical = saved URL; the `<time datetime>` and its Spanish text agree; every paragraph in a text
block is `<p class="" style="white-space:pre-wrap;">`; block ids unique);
1166 Muragon post copied as text (LF, final newline; the date line's Japanese weekday; the comment count = the
comments shown; comment times after the post and increasing; Muragon's footer).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, html, io, json, os, quopri, re, sys
import datetime as dt
from collections import Counter
from email.header import decode_header, make_header
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

def num(f):
    return int(f.split("_")[0])

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")


def crlf_final(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (the writer uses CRLF)")
    if re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a bare CR")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


VOID = {"meta", "link", "br", "img", "input", "hr"}


def html_balanced(f, s, allowed):
    stack = []
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*)?)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: tag <{tag}> not expected"); continue
        if attrs.count('"') % 2: errors.append(f"{f}: <{tag}{attrs[:40]}…> has an odd number of quotes")
        if tag == "a" and not close:
            h = re.search(r'\shref="([^"]*)"', attrs)
            if not h or not re.fullmatch(r"(?:https?://[^\s\"<>]+|mailto:\S+|#[\w-]*|\./\S*)", h.group(1)):
                errors.append(f"{f}: <a{attrs[:60]}> without a well-formed href")
        if tag in VOID or attrs.rstrip().endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: </{tag}> unbalanced"); return
    if stack: errors.append(f"{f}: {stack} not closed")


def saved_from(f, raw):
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n", raw)
    if not m: errors.append(f"{f}: no doctype + `saved from url` comment at the top"); return None
    if int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: saved from url=({m.group(1)}) but the URL has {len(m.group(2))} characters")
    return m.group(2)


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def eml_parts(raw):
    """the quoted-printable parts of 1159, decoded (plain, html)"""
    out = []
    b = re.search(r'boundary="([^"]+)"', raw)
    if not b: return out
    for m in re.finditer(r"Content-Transfer-Encoding: quoted-printable\r\nContent-Disposition: inline\r\n\r\n(.*?)\r\n\r\n--" + re.escape(b.group(1)), raw, re.S):
        out.append(quopri.decodestring(m.group(1).encode("ascii")).decode("utf-8").replace("\r\n", "\n"))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1159:
        hdr = raw.split("\r\n\r\n", 1)[0]
        for w in re.findall(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", hdr):
            forms.append(str(make_header(decode_header(w))))
        forms += eml_parts(raw)
    if n == 1162:
        forms.append("\n".join(c for row in csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=";") for c in row))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms


# ---------------------------------------------------------------- shape checks
# ---- 1157 K-MOOC / Open edX static tab
KO_WD = "월화수목금토일"
TAGS_1157 = {"html", "head", "meta", "title", "link", "body", "div", "a", "img", "header", "span", "nav", "ol", "li",
             "main", "section", "h2", "h3", "p", "b", "strong", "table", "thead", "tbody", "tr", "th", "td", "em", "i",
             "ul", "footer", "script"}


def check_kmooc(f, raw):
    lf_final(f, raw)
    url = saved_from(f, raw)
    if '<html lang="ko"' not in raw: errors.append(f"{f}: not lang ko")
    html_balanced(f, raw, TAGS_1157)
    if url and not re.search(r'<li class="tab active"><a href="' + re.escape(url) + '" aria-current="page">', raw):
        errors.append(f"{f}: the active tab does not link to the saved URL")
    if url and not re.fullmatch(r"https://www\.kmooc\.kr/courses/course-v1:[\w]+\+[\w]+\+[\w]+/[0-9a-f]{32}/", url):
        errors.append(f"{f}: the saved URL is not an Open edX static tab URL")
    tb = re.search(r"<tbody>(.*?)</tbody>", raw, re.S)
    if not tb: errors.append(f"{f}: no week table"); return
    prev = None
    rows = re.findall(r"<tr>(.*?)</tr>", tb.group(1), re.S)
    if not rows: errors.append(f"{f}: empty week table")
    for i, r in enumerate(rows, 1):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)
        if len(cells) != 5: errors.append(f"{f}: week row {i} has {len(cells)} cells"); continue
        if cells[0] != f"{i}주차": errors.append(f"{f}: row {i} is {cells[0]!r}")
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})\((.)\)", cells[1])
        if not m: errors.append(f"{f}: row {i} date {cells[1]!r}"); continue
        try: d = dt.date(2024, int(m.group(1)), int(m.group(2)))
        except ValueError: errors.append(f"{f}: row {i} date {cells[1]!r} invalid"); continue
        if KO_WD[d.weekday()] != m.group(3): errors.append(f"{f}: row {i} {cells[1]} is a {KO_WD[d.weekday()]}요일")
        if prev and (d - prev).days != 7: errors.append(f"{f}: row {i} is not a week after the previous one")
        prev = d
        if not cells[2].strip(): errors.append(f"{f}: row {i} without a topic")
    if "Powered by Open edX" not in raw: errors.append(f"{f}: no Open edX footer")


# ---- 1158 Codeup README
def gh_slug(h):
    s = re.sub(r"[^\w\- ]", "", h.strip().lower())
    return s.replace(" ", "-")


def check_codeup(f, raw):
    lf_final(f, raw)
    heads = re.findall(r"^## (.+)$", raw, re.M)
    if not heads or heads[0] != "目录": errors.append(f"{f}: the first section is not 目录"); return
    toc = re.search(r"^## 目录\n\n((?:- \[.*\]\(#.*\)\n)+)", raw, re.M)
    if not toc: errors.append(f"{f}: no TOC list"); return
    items = re.findall(r"^- \[(.*)\]\(#(.*)\)$", toc.group(1), re.M)
    if [t for t, _ in items] != heads[1:]: errors.append(f"{f}: TOC {[t for t, _ in items]} != headings {heads[1:]}")
    for t, s in items:
        if gh_slug(t) != s: errors.append(f"{f}: TOC anchor #{s} for {t!r} (want #{gh_slug(t)})")
    lines = raw.split("\n")
    for i, l in enumerate(lines):
        if l.startswith("|") and (i == 0 or not lines[i - 1].startswith("|")):
            tbl = []
            j = i
            while j < len(lines) and lines[j].startswith("|"): tbl.append(lines[j]); j += 1
            cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in tbl]
            if len(tbl) < 3 or not all(re.fullmatch(r":?-{3,}:?", c) for c in cells[1]):
                errors.append(f"{f}: table at line {i + 1} without header / separator")
            for k, c in enumerate(cells):
                if len(c) != 5: errors.append(f"{f}: table row at line {i + 1 + k} has {len(c)} cells")
                elif k > 1 and not all(c[:1]) : errors.append(f"{f}: table row at line {i + 1 + k} without a paper")
    for m in re.finditer(r"\]\(([^)]*)\)", raw):
        if not re.fullmatch(r"https?://\S+|#\S+", m.group(1)): errors.append(f"{f}: link target {m.group(1)!r}")
    if not re.search(r"`git clone https://codeup\.aliyun\.com/[0-9a-f]{24}/[\w-]+/[\w-]+\.git`", raw):
        errors.append(f"{f}: no Codeup clone URL")
    ds = re.findall(r"^- (\d{4}-\d{2}-\d{2})：", raw, re.M)
    if not ds or ds != sorted(ds, reverse=True): errors.append(f"{f}: changelog dates {ds} not descending")


# ---- 1159 Airmail .eml with an arXiv listing
def check_eml(f, raw):
    crlf_final(f, raw)
    try: raw.encode("ascii")
    except UnicodeEncodeError: errors.append(f"{f}: non-ASCII bytes in the message")
    head, _, body = raw.partition("\r\n\r\n")
    hd = {}
    for l in re.sub(r"\r\n[ \t]", " ", head).split("\r\n"):
        k, _, v = l.partition(": ")
        hd.setdefault(k, v)
    for k in ("Return-Path", "Received", "Date", "From", "To", "Message-ID", "Subject", "X-Mailer", "MIME-Version", "Content-Type"):
        if k not in hd: errors.append(f"{f}: header {k} missing")
    try:
        d = dt.datetime.strptime(hd.get("Date", ""), "%a, %d %b %Y %H:%M:%S %z")
        if d.strftime("%a") != hd["Date"][:3]: errors.append(f"{f}: Date weekday wrong")
    except ValueError:
        errors.append(f"{f}: Date {hd.get('Date')!r}")
    if not hd.get("X-Mailer", "").startswith("Airmail ("): errors.append(f"{f}: X-Mailer is not Airmail's")
    if not re.fullmatch(r"<etPan\.[0-9a-f]{8}\.[0-9a-f]{8}\.[0-9a-f]+@[\w.-]+>", hd.get("Message-ID", "")):
        errors.append(f"{f}: Message-ID not etPan-style")
    for k in ("From", "Subject"):
        try:
            dec = str(make_header(decode_header(hd.get(k, ""))))
        except Exception as ex:
            errors.append(f"{f}: {k} does not decode: {ex!r}"); continue
        if k == "Subject" and not dec.startswith("Fwd: cs daily Subj-class mailing"): errors.append(f"{f}: Subject {dec!r}")
    m = re.fullmatch(r'multipart/alternative; boundary="([^"]+)"', hd.get("Content-Type", ""))
    if not m: errors.append(f"{f}: Content-Type {hd.get('Content-Type')!r}"); return
    b = m.group(1)
    if body.count(f"--{b}\r\n") != 2 or not body.endswith(f"--{b}--\r\n"): errors.append(f"{f}: boundary use")
    for l in body.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: a body line of {len(l)} characters (QP writes at most 76)"); break
    try:
        parts = eml_parts(raw)
    except Exception as ex:
        errors.append(f"{f}: quoted-printable does not decode: {ex!r}"); return
    if len(parts) != 2: errors.append(f"{f}: {len(parts)} quoted-printable parts (want plain and html)"); return
    plain, htm = parts
    if "Begin forwarded message:" not in plain: errors.append(f"{f}: no forward header")
    fwd = plain[plain.find("Begin forwarded message:"):]
    pre = re.search(r"<pre>(.*?)</pre>", htm, re.S)
    if not pre or html.unescape(pre.group(1)) != fwd: errors.append(f"{f}: the HTML part's <pre> differs from the plain forward")
    lst = fwd[fwd.find("-" * 78):]
    for k in ("Send any comments regarding submissions directly to submitter.", "Archives at http://arxiv.org/",
              "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", " Submissions to:"):
        if k not in lst: errors.append(f"{f}: listing header line {k!r} missing")
    for l in lst.split("\n"):
        if len(l) > 79: errors.append(f"{f}: listing line of {len(l)} columns: {l[:40]!r}")
    ents = re.findall(r"\\\\\narXiv:(\d{4}\.\d{5})\n(?:Date: \w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} GMT|replaced with revised version \w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} GMT)   \((\d+)kb,D\)\n\n(.*?)\n\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)", lst, re.S)
    if len(ents) != lst.count("\\\\\narXiv:"): errors.append(f"{f}: {lst.count(chr(92) * 2 + chr(10) + 'arXiv:')} entries, {len(ents)} well-formed")
    for aid, kb, mid, aid2, kb2 in ents:
        if aid != aid2 or kb != kb2: errors.append(f"{f}: entry {aid}: closing line ({aid2}, {kb2}kb) does not match ({kb}kb)")
        if not re.match(r"Title: ", mid): errors.append(f"{f}: entry {aid} does not start with Title:")
        for l in mid.split("\n"):
            if l and not re.match(r"(Title|Authors|Categories|Comments): |  |\\\\$", l) and not mid.split("\\\\\n")[-1].count(l):
                errors.append(f"{f}: entry {aid}: line {l[:30]!r}")


# ---- 1160 PLOS references copied as text
def check_plos(f, raw):
    crlf_final(f, raw)
    t = raw.replace("\r\n", "\n")
    if "\nReferences\n\n" not in t: errors.append(f"{f}: no References heading"); return
    blk = t.split("\nReferences\n\n", 1)[1].split("\n----\n")[0]
    refs = {}
    chunks = blk.strip("\n").split("\n\n")
    prev = None
    for c in chunks:
        ls = c.split("\n")
        m = re.fullmatch(r"(\d+)\.", ls[0])
        if not m: errors.append(f"{f}: reference chunk starts {ls[0][:30]!r}"); continue
        n = int(m.group(1))
        if prev is not None and n != prev + 1: errors.append(f"{f}: reference {n} after {prev}")
        prev = n
        if len(ls) < 3: errors.append(f"{f}: reference {n} too short"); continue
        ref = ls[1]; refs[n] = ref
        want = (["View Article"] if "Available from: " in ref else []) + ["Google Scholar"]
        if ls[2:] != want: errors.append(f"{f}: reference {n} link labels {ls[2:]} (want {want})")
        if not re.search(r"\. \w", ref) or not ref.endswith((".", ref.split("Available from: ")[-1])):
            errors.append(f"{f}: reference {n} not in PLOS form")
    notes_ = t.split("\n----\n", 1)[1] if "\n----\n" in t else ""
    if not notes_: errors.append(f"{f}: no notes after the list")
    for n, w in re.findall(r"(\d+) \(([^)\s/]+)", notes_):
        if int(n) not in refs: errors.append(f"{f}: note points at reference {n}, not in the list")
        elif w.lower() not in refs[int(n)].lower() and w not in ("timm", "SAM"): errors.append(f"{f}: note {n} ({w}) does not match reference {n}")


# ---- 1161 ZoteroBib BibTeX (Zotero's BibTeX translator)
STOP = {"a", "an", "the", "of", "on", "in", "for", "to", "and", "is", "with", "from", "by", "at", "as", "via"}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def zotero_protect(title):
    out = []
    for i, tok in enumerate(re.split(r"([A-Za-z0-9]+)", title)):
        if re.fullmatch(r"[A-Za-z0-9]+", tok) and any(c.isupper() for c in tok) and not (i == 1 and tok[1:].islower()):
            tok = "{" + tok + "}"
        out.append(tok)
    return "".join(out)


def check_zbib(f, raw):
    lf_final(f, raw)
    ents = raw.rstrip("\n").split("\n\n")
    keys_ = []
    for e in ents:
        m = re.match(r"@(misc|article|inproceedings|book)\{([^,\s]+),\n", e)
        if not m: errors.append(f"{f}: entry start {e[:40]!r}"); continue
        typ, key = m.groups()
        keys_.append(key)
        if not e.endswith(",\n}"): errors.append(f"{f}: {key}: not closed by `,` + a lone brace (the translator writes a comma after the last field)"); continue
        d = {}
        for l in e[m.end():-2].split("\n"):
            fm = re.fullmatch(r"\t([a-z]+) = (\{.*\}|[a-z]{3}),", l)
            if not fm: errors.append(f"{f}: {key}: field line {l[:40]!r}"); continue
            v = fm.group(2)
            depth = 0
            for ch in v:
                depth += {"{": 1, "}": -1}.get(ch, 0)
                if depth < 0: break
            if depth: errors.append(f"{f}: {key}: braces unbalanced in {fm.group(1)}")
            if fm.group(1) in d: errors.append(f"{f}: {key}: {fm.group(1)} twice")
            d[fm.group(1)] = v[1:-1] if v.startswith("{") else v
        for k in ("title", "author", "year"):
            if k not in d: errors.append(f"{f}: {key}: no {k}")
        if not {"title", "author", "year"} <= set(d): continue
        for k in ("title", "shorttitle", "booktitle"):
            if k in d:
                plain = d[k].replace("{", "").replace("}", "")
                if d[k] != zotero_protect(plain): errors.append(f"{f}: {key}: {k} protection {d[k]!r} (want {zotero_protect(plain)!r})")
        plain = d["title"].replace("{", "").replace("}", "")
        if ":" in plain and d.get("shorttitle") != zotero_protect(plain.split(":")[0]): errors.append(f"{f}: {key}: shorttitle {d.get('shorttitle')!r}")
        sur = re.sub(r"[^a-z]", "", d["author"].split(" and ")[0].split(",")[0].lower())
        w = next((x for x in (re.sub(r"[^a-z0-9]", "", y.lower()) for y in plain.split()) if x and x not in STOP), "")
        if key != f"{sur}_{w}_{d['year']}": errors.append(f"{f}: key {key} (Zotero's would be {sur}_{w}_{d['year']})")
        if "month" in d and d["month"] not in MONTHS: errors.append(f"{f}: {key}: month {d['month']!r}")
        if not re.fullmatch(r"\d{4}", d["year"]): errors.append(f"{f}: {key}: year {d['year']!r}")
        if "urldate" in d and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["urldate"]): errors.append(f"{f}: {key}: urldate {d['urldate']!r}")
        if d.get("publisher") == "arXiv":
            am = re.fullmatch(r"arXiv:(\d{4}\.\d{5}) \[cs\]", d.get("note", ""))
            if not am: errors.append(f"{f}: {key}: arXiv item without `note = {{arXiv:ID [cs]}}`"); continue
            if typ != "misc": errors.append(f"{f}: {key}: an arXiv item typed @{typ}")
            if d.get("doi") != f"10.48550/arXiv.{am.group(1)}": errors.append(f"{f}: {key}: doi {d.get('doi')!r} not the note's id")
            if not re.fullmatch(r"https?://arxiv\.org/(abs|pdf)/" + re.escape(am.group(1)), d.get("url", "")):
                errors.append(f"{f}: {key}: url {d.get('url')!r} not the note's id")
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not sorted by key")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")


# ---- 1162 MyOffice CSV
HEAD_1162 = ["№", "Статья", "Ссылка", "Тема", "Докладчик", "Дата", "Статус", "Комментарий"]
STATUS = {"Прочитано", "В работе", "Не начато"}


def check_myoffice(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not what the csv writer makes of its rows (quoting / CRLF / separator)")
    if not rows or rows[0] != HEAD_1162: errors.append(f"{f}: header {rows[:1]}"); return
    prev = None
    for i, r in enumerate(rows[1:], 1):
        if len(r) != 8: errors.append(f"{f}: row {i} has {len(r)} fields"); continue
        if r[0] != str(i): errors.append(f"{f}: row {i} numbered {r[0]!r}")
        try: d = dt.datetime.strptime(r[5], "%d.%m.%Y").date()
        except ValueError: errors.append(f"{f}: row {i} date {r[5]!r}"); continue
        if prev and d < prev: errors.append(f"{f}: row {i} date before the previous row's")
        prev = d
        if r[6] not in STATUS: errors.append(f"{f}: row {i} status {r[6]!r}")
        if r[2] and not re.fullmatch(r"https?://\S+", r[2]): errors.append(f"{f}: row {i} link {r[2]!r}")


# ---- 1163 Zoho Cliq export
def check_cliq(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if ls[0] != "Zoho Cliq — Chat History" or not ls[1].startswith("Channel: #"): errors.append(f"{f}: header"); return
    pm = re.search(r"^Participants: (.+)$", raw, re.M)
    people = set(pm.group(1).split(", ")) if pm else set()
    if not people: errors.append(f"{f}: no participants line")
    if not re.search(r"^Time Zone: \(GMT\+05:30\) India Standard Time \(Asia/Kolkata\)$", raw, re.M): errors.append(f"{f}: time zone line")
    if "End of chat history" not in ls[-3:]: errors.append(f"{f}: no footer")
    day, last_day, last_t = None, None, None
    for i, l in enumerate(ls[7:], 8):
        m = re.fullmatch(r"----- (\w+), (\d{2}) (\w+) (\d{4}) -----", l)
        if m:
            try: d = dt.datetime.strptime(" ".join(m.groups()[1:]), "%d %B %Y").date()
            except ValueError: errors.append(f"{f}: line {i}: date {l!r}"); continue
            if d.strftime("%A") != m.group(1): errors.append(f"{f}: line {i}: {d} is a {d.strftime('%A')}")
            if last_day and d <= last_day: errors.append(f"{f}: line {i}: days not increasing")
            day, last_day, last_t = d, d, None
            continue
        m = re.match(r"\[(\d{2}):(\d{2}) (AM|PM)\] ([^:]+): ", l)
        if m:
            h, mi = int(m.group(1)), int(m.group(2))
            if not (1 <= h <= 12 and mi < 60): errors.append(f"{f}: line {i}: time {m.group(0)!r}"); continue
            t = (h % 12 + (12 if m.group(3) == "PM" else 0)) * 60 + mi
            if last_t is not None and t < last_t: errors.append(f"{f}: line {i}: time goes back")
            last_t = t
            if m.group(4) not in people: errors.append(f"{f}: line {i}: {m.group(4)!r} is not a participant")
            if day is None: errors.append(f"{f}: line {i}: a message before the first day separator")
            continue
        if l and day is not None and not l.startswith("    ") and not l.startswith("=") and l != "End of chat history":
            errors.append(f"{f}: line {i}: not a message, continuation or separator: {l[:30]!r}")


# ---- 1164 MailUp web version
IT_GG = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MM = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
         "novembre", "dicembre"]
TAGS_1164 = {"html", "head", "meta", "title", "style", "body", "div", "table", "tr", "td", "a", "img", "p", "h2", "b",
             "i", "br"}


def check_mailup(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="it">'):
        errors.append(f"{f}: not the XHTML 1.0 Transitional e-mail head")
    html_balanced(f, re.sub(r"<style.*?</style>", "", raw, flags=re.S), TAGS_1164)
    for m in re.finditer(r"<(meta|img|br)\b[^>]*>", raw):
        if not m.group(0).endswith(" />"): errors.append(f"{f}: XHTML empty element not closed: {m.group(0)[:40]}")
    m = re.search(r"Numero (\d+) · (\w+) (\d{1,2}) (\w+) (\d{4}) ·", raw)
    if not m: errors.append(f"{f}: no date line"); return
    n, gg, d, mm, y = m.groups()
    try:
        x = dt.date(int(y), IT_MM.index(mm) + 1, int(d))
        if IT_GG[x.weekday()] != gg: errors.append(f"{f}: {d} {mm} {y} is a {IT_GG[x.weekday()]}, not {gg}")
    except ValueError:
        errors.append(f"{f}: date {m.group(0)!r}")
    t = re.search(r"<title>Tensore Settimanale #(\d+) ", raw)
    ids = set(re.findall(r"idNL=(\d+)", raw))
    if not t or t.group(1) != n or ids != {n}: errors.append(f"{f}: issue numbers differ: title {t and t.group(1)}, line {n}, idNL {ids}")
    for k in ("act=unsub", "Profile.aspx", "Inviato con MailUp", "nl_preview_window.aspx", "display:none"):
        if k not in raw: errors.append(f"{f}: {k} missing")


# ---- 1165 Squarespace blog post
ES_MM = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
         "diciembre"]
TAGS_1165 = {"html", "head", "meta", "title", "link", "body", "div", "header", "a", "nav", "main", "article", "h1",
             "h3", "time", "span", "p", "strong", "em", "ul", "li", "section", "footer", "script"}


def check_sqs(f, raw):
    lf_final(f, raw)
    url = saved_from(f, raw)
    if '<html lang="es-MX">' not in raw: errors.append(f"{f}: not lang es-MX")
    html_balanced(f, raw, TAGS_1165)
    if url and f'<link rel="canonical" href="{url}">' not in raw: errors.append(f"{f}: canonical link is not the saved URL")
    m = re.search(r'<time class="dt-published[^"]*" datetime="(\d{4}-\d{2}-\d{2})">(\d{1,2}) (\w+) (\d{4})</time>', raw)
    if not m: errors.append(f"{f}: no published time"); return
    d = dt.date.fromisoformat(m.group(1))
    if (str(d.day), ES_MM[d.month - 1], str(d.year)) != m.groups()[1:]: errors.append(f"{f}: time text {m.groups()[1:]} for {d}")
    ids = re.findall(r'id="(block-yui_[\w]+)"', raw)
    if not ids or len(ids) != len(set(ids)): errors.append(f"{f}: block ids {ids}")
    for b in re.findall(r'<div class="sqs-html-content">(.*?)</div>', raw, re.S):
        for p in re.findall(r"<p\b[^>]*>", b):
            if p != '<p class="" style="white-space:pre-wrap;">': errors.append(f"{f}: paragraph tag {p}")
    if f'© {d.year}' not in raw: errors.append(f"{f}: footer year")


# ---- 1166 Muragon post copied as text
JA_WD = "月火水木金土日"


def check_muragon(f, raw):
    lf_final(f, raw)
    m = re.search(r"^(\d{4})/(\d{2})/(\d{2})\((.)\) (\d{2}):(\d{2})　カテゴリー：", raw, re.M)
    if not m: errors.append(f"{f}: no date line"); return
    y, mo, d, wd, h, mi = m.groups()
    post = dt.datetime(int(y), int(mo), int(d), int(h), int(mi))
    if JA_WD[post.weekday()] != wd: errors.append(f"{f}: {post.date()} is {JA_WD[post.weekday()]}, not {wd}")
    c = re.search(r"^コメント（(\d+)）\n(.*?)\nコメントを書く$", raw, re.M | re.S)
    if not c: errors.append(f"{f}: no comment block"); return
    times = re.findall(r"^(\d{4}/\d{2}/\d{2} \d{2}:\d{2})$", c.group(2), re.M)
    if int(c.group(1)) != len(times): errors.append(f"{f}: comment count {c.group(1)} but {len(times)} comments")
    ts = [dt.datetime.strptime(t, "%Y/%m/%d %H:%M") for t in times]
    if ts != sorted(ts) or (ts and ts[0] < post): errors.append(f"{f}: comment times not after the post / increasing")
    if not re.search(r"^いいね！ \d+$", raw, re.M): errors.append(f"{f}: no like count")
    if not raw.endswith("© Muragon\n"): errors.append(f"{f}: no Muragon footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1157: check_kmooc, 1158: check_codeup, 1159: check_eml, 1160: check_plos, 1161: check_zbib,
     1162: check_myoffice, 1163: check_cliq, 1164: check_mailup, 1165: check_sqs,
     1166: check_muragon}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round114's and round115's, a byte-identical file counted once), and the round114/round115 split (candidates sorted by
# (uses, catalogue title); round114 = even positions from 2 on, one unbroken run; round115 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P115S = ["/work/rounds/digests-round115/expected.json", "/work/main/tests/data/digests-round115/expected.json"]
P115 = next((p for p in P115S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P115S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round114", "digests-round115") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round114 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r115 = set()
if P115:
    try:
        r115 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P115)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P115} exists but could not be read (being written?)")
    if r115 & mine: errors.append(f"papers also in round115: {sorted(r115 & mine)}")
shared115 = len(r115 & mine) if P115 else "(no round115 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round114 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round115: {shared115}; papers in more than one round114 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
