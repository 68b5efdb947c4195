#!/usr/bin/env python3
r"""Checks round110/expected.json against the digests and the shared catalogues.

Adapted from round109/validate.py (the label checks are the same code; the reuse report is round109's with round110 /
round111 in place of round109 / round108: round110 holds the even positions from 2; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round110's and round111's own (a
digests-round110 / digests-round111 folder, or a file whose bytes equal round110's or round111's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round110 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round111's expected.json (read only, from /work/rounds/digests-round111/ or
/work/main/tests/data/digests-round111/, when it exists), and on a paper in more than one round110 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1117, 1124, 1125, 1126 the tag-stripped text;
1119 the decoded subject and both base64 MIME parts (the HTML one also tag-stripped); 1122 the CSV cells;
everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level):
saved pages (1117, 1124, 1125, 1126): the doctype, then `<!-- saved from url=(NNNN)URL -->` with NNNN the URL's
length; a charset meta of UTF-8; non-void elements balanced (an html.parser walk); the page's lang (and dir);
1117 Sakai syllabus page (CRLF only; the Morpheus portal parts; the current tool link is the saved URL; the title
names the site and the tool; schedule rows 第1回…第n回 in order, dates M/D（曜） real in 2024 with the right weekday,
increasing; the footer's Sakai version);
1118 AtomGit raw README (LF, final newline; `#` title first; the TOC's anchors are exactly the `##` headings' slugs in
order; every table: header, `| --- |` separator, rows with the header's cell count; Markdown links closed, targets
http(s) or `#anchor`);
1119 Daum Mail .eml (CRLF only; headers unfolded-or-folded with tabs, Date real with its weekday, From / Subject as RFC
2047 UTF-8 base64 words that decode, Message-ID form; multipart/alternative with its boundary, two parts
text/plain and text/html, base64 lines of 76 (the last ≤ 76) that decode to UTF-8; the forwarded listing in the
plain part: entries between 78-dash rules, `arXiv:ID`, the `replaced with revised version <date>   (Nkb)` line with a
real date, `Title:` / `Authors:` / `Categories:` / `Comments:` folded at 79 columns with two-space continuations, the
closing `\\ ( https://arxiv.org/abs/ID ,  Nkb)` with the same ID and size; IDs ascending; the HTML part holds the
same text);
1120 pdftotext pages (LF; pages ended by form feeds; each page's last line its centred number, consecutive; lines ≤ 84
columns; KAYNAKLAR entries at column 0 with five-space continuations, sorted in Turkish alphabetical order, each with
a `(YYYY)` year, two or more authors joined with ` ve `, no `et al.`; in-text citations use `vd.`);
1121 RIS (CRLF only; every line `XX  - value`; records TY first and `ER  - ` last, one blank line between; TY in RIS's
types; one TI; PY four digits, DA YYYY/MM/DD real and in PY's year; AU `Surname, Given`; UR http(s); SP ≤ EP);
1122 Microsoft Lists CSV (UTF-8 BOM; byte-equal to the csv module's minimal quoting with CRLF row ends for the parsed
rows; header count everywhere; IDs 1..n; links empty or http(s); type and status from the choice sets; dates
d/M/yyyy real and not decreasing);
1123 4programmers copied thread (LF, final newline; the chrome lines; each post login, rank, Rejestracja, Ostatnio,
Postów, the vote count, `D <month in the genitive> 2024, HH:MM` real and not decreasing, the body, the action line;
one rank / registration / last-seen / count per login; the reply count = posts − 1; the founder = the first poster;
quotes `login napisał(a):` name an earlier poster);
1124 TinyLetter letter page (the `<title>` is the subject + ` | TinyLetter`; the issue number in subject, URL slug and
the previous letter's link agree; the date a real `Month D, YYYY`; the Powered-by footer);
1125 Blogfa post page (XHTML doctype; dir rtl, lang fa; Jalali dates with Persian digits and the weekday of their
Gregorian day; the comment count = the comments; the post link = the saved URL; archive months descending);
1126 Invision thread page (post ids and `<time datetime>` UTC times increasing, each title the Athens time +2h; the
reply count = posts − 1; quotes name an earlier poster).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, email, email.header, html, io, json, os, re, sys
import datetime as dt
from collections import Counter
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

def num(f):
    return int(f.split("_")[0])

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def eml_parts(raw):
    m = email.message_from_string(raw)
    out = {}
    for p in m.walk():
        if p.get_content_maintype() == "text":
            out[p.get_content_type()] = p.get_payload(decode=True).decode("utf-8")
    return m, out


def hdr(v):
    return "".join(b.decode(c or "ascii") if isinstance(b, bytes) else b for b, c in email.header.decode_header(v))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1117, 1124, 1125, 1126): forms.append(strip_tags(raw))
    if n == 1119:
        m, parts = eml_parts(raw)
        forms.append(hdr(m["Subject"]))
        for t, s in parts.items():
            forms.append(s)
            if t == "text/html": forms.append(strip_tags(s))
    if n == 1122:
        forms.append("\n".join(c for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"))) for c in r))
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
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.bad, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID: self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else: self.stack.pop()


def saved_page(f, raw, lang):
    lines = raw.split("\n")
    if not lines[0].startswith("<!DOCTYPE"): errors.append(f"{f}: no doctype first")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->\r?", lines[1] if len(lines) > 1 else "")
    if not m or int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: `saved from` mark missing or its length wrong")
    if not re.search(r'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', raw): errors.append(f"{f}: no UTF-8 charset meta")
    b = Balance(); b.feed(raw); b.close()
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {(b.bad + b.stack)[:3]}")
    h = [a for t, a in b.tags if t == "html"]
    if not h or h[0].get("lang") != lang: errors.append(f"{f}: html lang not {lang}")
    for t, a in b.tags:
        if t == "a" and "href" in a and not re.fullmatch(r"https?://[^\s\"<>]+|#[\w-]+", a["href"]): errors.append(f"{f}: href {a['href']!r}")
    return (m.group(2) if m else None), b


# ---- 1117 Sakai syllabus
WDJ = "月火水木金土日"


def check_sakai(f, raw):
    crlf_only(f, raw)
    url, b = saved_page(f, raw, "ja")
    for need in ('class="Mrphs-portalBody', 'id="toolMenuWrap"', 'class="Mrphs-toolTitleNav__title">シラバス<', 'class="portletBody"', 'class="Mrphs-footer"'):
        if need not in raw: errors.append(f"{f}: Sakai part {need!r} missing")
    cur = re.search(r'<li class="is-current"><a href="([^"]+)">', raw)
    if not cur or cur.group(1) != url: errors.append(f"{f}: the current tool link is not the saved URL")
    t = re.search(r"<title>Sakai : (.+?) : シラバス</title>", raw)
    if not t or f'Mrphs-hierarchy--siteName">{t.group(1)}<' not in raw: errors.append(f"{f}: <title> does not name the site and the tool")
    if not re.search(r"Sakai \d+\.\d+ - Sakai-Server: ", raw): errors.append(f"{f}: footer server line")
    ns = [int(x) for x in re.findall(r'<td class="num">第(\d+)回</td>', raw)]
    if ns != list(range(1, len(ns) + 1)) or not ns: errors.append(f"{f}: sessions {ns}")
    last = None
    for m_, d_, w in re.findall(r'<td class="date">(\d+)/(\d+)（(.)）</td>', raw):
        try: x = dt.date(2024, int(m_), int(d_))
        except ValueError: errors.append(f"{f}: date {m_}/{d_}"); continue
        if WDJ[x.weekday()] != w: errors.append(f"{f}: {m_}/{d_} is not a {w}曜日")
        if last and x <= last: errors.append(f"{f}: {m_}/{d_} not after the session before")
        last = x
    if len(re.findall(r'<td class="date">', raw)) != len(ns): errors.append(f"{f}: a row without its date")


# ---- 1118 AtomGit README
def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def check_atomgit(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls or not ls[0].startswith("# "): errors.append(f"{f}: no `# ` title first")
    heads = [l[3:] for l in ls if l.startswith("## ")]
    toc = [m.group(1) for l in ls for m in [re.fullmatch(r"- \[[^\]]+\]\(#([^)]+)\)", l)] if m]
    want = [gh_slug(h) for h in heads if h != "目录"]
    if toc != want: errors.append(f"{f}: TOC anchors {toc} are not the headings' slugs {want}")
    i = 0
    while i < len(ls):
        if ls[i].startswith("|"):
            j = i
            while j < len(ls) and ls[j].startswith("|"): j += 1
            rows = ls[i:j]
            cells = lambda r: [c.strip() for c in r.strip().strip("|").split(" | ")]
            n = len(cells(rows[0]))
            if len(rows) < 3 or not all(re.fullmatch(r"-{3,}", c) for c in cells(rows[1])) or len(cells(rows[1])) != n:
                errors.append(f"{f}: line {i + 2}: table separator")
            for k, r in enumerate(rows):
                if not (r.startswith("| ") and r.endswith(" |")) or len(cells(r)) != n: errors.append(f"{f}: line {i + k + 1}: table row with {len(cells(r))} cells, header {n}")
            i = j
        else:
            i += 1
    for l in ls:
        if l.count("[") != l.count("]") or l.count("](") != len(re.findall(r"\]\((?:https?://[^)\s]+|#[^)\s]+)\)", l)):
            errors.append(f"{f}: link not well formed: {l[:40]!r}")


# ---- 1119 Daum Mail eml
SEP78 = "-" * 78


def check_eml(f, raw):
    crlf_only(f, raw)
    head, _, _ = raw.partition("\r\n\r\n")
    for l in head.split("\r\n"):
        if not re.fullmatch(r"[\w-]+: .*|\t\S.*", l): errors.append(f"{f}: header line {l[:30]!r}")
    m, parts = eml_parts(raw)
    try:
        d = email.utils.parsedate_to_datetime(m["Date"])
        if m["Date"][:3] != d.strftime("%a"): errors.append(f"{f}: Date weekday")
    except Exception:
        errors.append(f"{f}: Date {m['Date']!r}")
    for h in ("From", "Subject"):
        if not re.search(r"=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=", m[h] or ""): errors.append(f"{f}: {h} not an RFC 2047 word")
        try: hdr(m[h])
        except Exception: errors.append(f"{f}: {h} does not decode")
    if not re.fullmatch(r"<[\w.]+@[\w.-]+>", m["Message-ID"] or ""): errors.append(f"{f}: Message-ID")
    bd = m.get_boundary()
    if m.get_content_type() != "multipart/alternative" or not bd or raw.count(f"--{bd}\r\n") != 2 or f"--{bd}--" not in raw:
        errors.append(f"{f}: multipart structure"); return
    if list(parts) != ["text/plain", "text/html"]: errors.append(f"{f}: parts {list(parts)}")
    for seg in raw.split(f"--{bd}")[1:-1]:
        hh, _, body = seg.partition("\r\n\r\n")
        if "Content-Transfer-Encoding: base64" not in hh: errors.append(f"{f}: a part not base64"); continue
        bl = body.strip("\r\n").split("\r\n")
        if any(len(x) != 76 for x in bl[:-1]) or len(bl[-1]) > 76: errors.append(f"{f}: base64 line lengths")
        try: base64.b64decode("".join(bl), validate=True).decode("utf-8")
        except Exception: errors.append(f"{f}: a part does not decode")
    plain = parts.get("text/plain", "").replace("\r\n", "\n")
    if SEP78 not in plain: errors.append(f"{f}: no listing"); return
    lst = plain[plain.index(SEP78):].rstrip("\n")
    ents = lst.split(SEP78 + "\n")
    if not lst.endswith(SEP78): errors.append(f"{f}: listing does not end with its rule")
    ids = []
    for e in [x for x in ents if x.strip() and x.strip() != SEP78]:
        el = e.rstrip("\n").split("\n")
        if el and el[-1] == SEP78: el = el[:-1]
        if any(len(x) > 80 for x in el): errors.append(f"{f}: listing line over 80 columns")
        mi = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", el[1] if len(el) > 1 else "")
        mr = re.fullmatch(r"replaced with revised version (\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d GMT)   \((\d+)kb\)", el[2] if len(el) > 2 else "")
        if el[0] != "\\\\" or not mi or not mr or el[3] != "": errors.append(f"{f}: entry head {el[:3]}"); continue
        try:
            dd = dt.datetime.strptime(mr.group(1), "%a, %d %b %Y %H:%M:%S GMT")
            if dd.strftime("%a") != mr.group(1)[:3]: errors.append(f"{f}: {mi.group(1)}: weekday")
        except ValueError: errors.append(f"{f}: {mi.group(1)}: date {mr.group(1)}")
        fields, cur = [], None
        for x in el[4:-1]:
            if x.startswith("  ") and fields: fields[-1] += " " + x.strip()
            else: fields.append(x)
        if [x.split(":")[0] for x in fields] != ["Title", "Authors", "Categories", "Comments"]: errors.append(f"{f}: {mi.group(1)}: fields {[x.split(':')[0] for x in fields]}")
        for x in el[4:-1]:
            if len(x) > 79: errors.append(f"{f}: {mi.group(1)}: a field line over 79 columns")
        if el[-1] != f"\\\\ ( https://arxiv.org/abs/{mi.group(1)} ,  {mr.group(2)}kb)": errors.append(f"{f}: {mi.group(1)}: closing line {el[-1]!r}")
        ids.append(mi.group(1))
    if ids != sorted(ids) or not ids: errors.append(f"{f}: listing ids {ids} not ascending")
    ht = html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]+>", "", parts.get("text/html", "")))).replace("\xa0", " ")
    if re.sub(r"\s+", " ", ht).strip() != re.sub(r"\s+", " ", plain).strip(): errors.append(f"{f}: HTML part is not the plain text")


# ---- 1120 pdftotext thesis pages
TR = "AaBbCcÇçDdEeFfGgĞğHhIıİiJjKkLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz"


def tr_key(s):
    return [TR.index(c) // 2 if c in TR else 100 + ord(c) for c in s]


def check_pdftotext(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with a form feed")
    pages = raw.split("\f")[:-1]
    nums = []
    for i, p in enumerate(pages):
        ls = p.rstrip("\n").split("\n")
        last = ls[-1]
        if not re.fullmatch(r" +\d+", last) or abs(len(last) - len(last.strip()) - (84 - len(last.strip())) // 2) > 1: errors.append(f"{f}: page {i + 1}: last line not a centred number")
        else: nums.append(int(last))
        for l in ls:
            if len(l) > 84: errors.append(f"{f}: page {i + 1}: line over 84 columns")
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums}")
    txt = "\n".join(re.sub(r"\n +\d+\n*$", "\n", p) for p in pages)
    if "KAYNAKLAR" not in txt or "ÖZGEÇMİŞ" not in txt: errors.append(f"{f}: no KAYNAKLAR / ÖZGEÇMİŞ"); return
    refs = txt.split("KAYNAKLAR", 1)[1].split("ÖZGEÇMİŞ", 1)[0]
    ents, cur = [], None
    for l in refs.split("\n"):
        if not l.strip(): cur = None; continue
        if l.startswith("     ") and cur is not None: ents[-1] += " " + l.strip()
        elif not l.startswith(" "): ents.append(l); cur = True
        elif l.strip() in ("",): pass
        else: errors.append(f"{f}: reference line {l[:30]!r}")
    if not ents: errors.append(f"{f}: no references")
    keys_ = [tr_key(e.split(" (")[0]) for e in ents]
    if keys_ != sorted(keys_): errors.append(f"{f}: references not in Turkish alphabetical order")
    for e in ents:
        au = e.split(" (")[0]
        if not re.search(r"\((\d{4})\)\.", e): errors.append(f"{f}: no (YYYY). in {e[:40]!r}")
        if "et al" in e: errors.append(f"{f}: `et al.` in a reference")
        if au.count(".,") >= 1 and " ve " not in au: errors.append(f"{f}: several authors without ` ve `: {au[:40]!r}")
    body = txt.split("KAYNAKLAR", 1)[0]
    if re.search(r"et al\.", body) or not re.search(r"vd\., \d{4}", body): errors.append(f"{f}: in-text citations not with `vd.`")


# ---- 1121 RIS
RIS_TY = {"ABST", "BOOK", "CHAP", "CONF", "CPAPER", "DATA", "ELEC", "GEN", "JOUR", "MGZN", "NEWS", "RPRT", "THES", "UNPB", "WEB", "COMP"}


def check_ris(f, raw):
    crlf_only(f, raw)
    if not raw.endswith("ER  - \r\n"): errors.append(f"{f}: does not end with ER")
    recs = raw.split("\r\n\r\n")
    for i, r in enumerate(recs, 1):
        ls = r.rstrip("\r\n").split("\r\n")
        for l in ls:
            if not re.fullmatch(r"[A-Z][A-Z0-9]  - .*", l): errors.append(f"{f}: record {i}: line {l[:30]!r}")
        if not ls[0].startswith("TY  - ") or ls[0][6:] not in RIS_TY: errors.append(f"{f}: record {i}: TY first {ls[0]!r}")
        if ls[-1] != "ER  - ": errors.append(f"{f}: record {i}: ER last")
        if sum(l.startswith("ER  - ") for l in ls) != 1 or sum(l.startswith("TY  - ") for l in ls) != 1: errors.append(f"{f}: record {i}: TY / ER count")
        d = {}
        for l in ls: d.setdefault(l[:2], []).append(l[6:])
        if len(d.get("TI", [])) != 1: errors.append(f"{f}: record {i}: TI count")
        if not all(re.fullmatch(r"\d{4}", y) for y in d.get("PY", [])): errors.append(f"{f}: record {i}: PY")
        for x in d.get("DA", []):
            try:
                if dt.datetime.strptime(x, "%Y/%m/%d").year != int(d["PY"][0]): errors.append(f"{f}: record {i}: DA not in PY")
            except (ValueError, KeyError): errors.append(f"{f}: record {i}: DA {x!r}")
        for a in d.get("AU", []):
            if not re.fullmatch(r"[^,]+, [^,]+", a) and a != "Meta AI": errors.append(f"{f}: record {i}: AU {a!r}")
        for u in d.get("UR", []):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: record {i}: UR {u!r}")
        if "SP" in d and "EP" in d and int(d["SP"][0]) > int(d["EP"][0]): errors.append(f"{f}: record {i}: SP > EP")


# ---- 1122 Microsoft Lists CSV
ML_TYPES, ML_STATUS = {"מאמר", "תיעוד", "מאגר קוד"}, {"נקרא", "בקריאה", "לא התחיל"}


def check_mslists(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw.lstrip("\ufeff"): errors.append(f"{f}: not the CSV writer's bytes (quoting or row ends)")
    head = rows[0]
    if head[:3] != ["מזהה", "כותרת", "קישור"]: errors.append(f"{f}: header {head[:3]}")
    last = None
    for k, r in enumerate(rows[1:], 1):
        if len(r) != len(head): errors.append(f"{f}: row {k}: {len(r)} cells, header {len(head)}"); continue
        d = dict(zip(head, r))
        if d["מזהה"] != str(k): errors.append(f"{f}: row {k}: id {d['מזהה']}")
        if d["קישור"] and not re.fullmatch(r"https?://\S+", d["קישור"]): errors.append(f"{f}: row {k}: link {d['קישור']!r}")
        if d["סוג"] not in ML_TYPES or d["סטטוס"] not in ML_STATUS: errors.append(f"{f}: row {k}: choice value")
        try:
            x = dt.datetime.strptime(d["תאריך מפגש"], "%d/%m/%Y").date()
            if d["תאריך מפגש"] != f"{x.day}/{x.month}/{x.year}": errors.append(f"{f}: row {k}: date not d/M/yyyy")
            if last and x < last: errors.append(f"{f}: row {k}: date goes back")
            last = x
        except ValueError: errors.append(f"{f}: row {k}: date {d['תאריך מפגש']!r}")


# ---- 1123 4programmers copied thread
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
ACT = "Odpowiedz Cytuj Udostępnij"


def check_4p(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if ls[0] != "4programmers.net" or not any(l.startswith("Forum » ") for l in ls[:6]): errors.append(f"{f}: chrome lines")
    mt = re.search(r"\nWątek założony przez (\S+) · (\d+) odpowiedzi · ", raw)
    posts, i = [], 0
    while i < len(ls):
        if i + 6 < len(ls) and ls[i + 2].startswith("Rejestracja: ") and ls[i + 4].startswith("Postów: "):
            login, rank, reg, last, cnt, votes, date = ls[i:i + 7]
            j = i + 7
            while j < len(ls) and ls[j] != ACT: j += 1
            if j == len(ls): errors.append(f"{f}: post of {login} without its action line"); break
            posts.append((login, rank, reg, last, cnt, votes, date, "\n".join(ls[i + 7:j])))
            i = j + 1
        else:
            i += 1
    if not posts: errors.append(f"{f}: no posts"); return
    prof, prev, seen = {}, None, []
    for login, rank, reg, last, cnt, votes, date, body in posts:
        if not re.fullmatch(r"Postów: \d+", cnt) or not re.fullmatch(r"-?\d+", votes): errors.append(f"{f}: {login}: counts")
        if prof.setdefault(login, (rank, reg, last, cnt)) != (rank, reg, last, cnt): errors.append(f"{f}: {login}: profile differs between posts")
        md = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4}), (\d\d):(\d\d)", date)
        if not md or md.group(2) not in PL_MON: errors.append(f"{f}: {login}: date {date!r}"); continue
        try: x = dt.datetime(int(md.group(3)), PL_MON.index(md.group(2)) + 1, int(md.group(1)), int(md.group(4)), int(md.group(5)))
        except ValueError: errors.append(f"{f}: {login}: date {date!r}"); continue
        if prev and x < prev: errors.append(f"{f}: {login}: date goes back")
        prev = x
        if not body.startswith("\n") or not body.endswith("\n"): errors.append(f"{f}: {login}: body not set off by blank lines")
        for q in re.findall(r"^(\S+) napisał\(a\):$", body, re.M):
            if q not in seen: errors.append(f"{f}: quote of {q}, who has not posted before")
        seen.append(login)
    if not mt or mt.group(1) != posts[0][0] or int(mt.group(2)) != len(posts) - 1: errors.append(f"{f}: thread meta (founder / reply count)")


# ---- 1124 TinyLetter
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def check_tinyletter(f, raw):
    lf_final(f, raw)
    url, b = saved_page(f, raw, "en")
    subj = re.search(r'<h2 class="subject">(.*?)</h2>', raw)
    if not subj or f"<title>{subj.group(1)} | TinyLetter</title>" not in raw: errors.append(f"{f}: <title> is not the subject"); return
    n = re.search(r"n\.º (\d+)", subj.group(1))
    mu = re.search(r"/letters/[\w-]*-n-(\d+)-", url or "")
    mp = re.search(r'<a class="prev" href="https://tinyletter\.com/\w+/letters/[\w-]*-n-(\d+)-[^"]*">&larr; [^<]*n\.º (\d+):', raw)
    if not (n and mu and mp) or not int(n.group(1)) == int(mu.group(1)) == int(mp.group(1)) + 1 == int(mp.group(2)) + 1:
        errors.append(f"{f}: issue numbers of subject / URL / previous letter disagree")
    md = re.search(r'<div class="date">(\w+) (\d{1,2}), (\d{4})</div>', raw)
    try: dt.date(int(md.group(3)), MONTHS_EN.index(md.group(1)) + 1, int(md.group(2)))
    except (AttributeError, ValueError): errors.append(f"{f}: letter date")
    if 'alt="Powered by TinyLetter"' not in raw: errors.append(f"{f}: no Powered-by footer")


# ---- 1125 Blogfa
FA_D = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
WD_FA = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
JM_FA = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def j2g(jy, jm, jd):
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097); days %= 146097
    if days > 36524:
        days -= 1; gy += 100 * (days // 36524); days %= 36524
        if days >= 365: days += 1
    gy += 4 * (days // 1461); days %= 1461
    if days > 365:
        gy += (days - 1) // 365; days = (days - 1) % 365
    return dt.date(gy, 1, 1) + dt.timedelta(days=days)


def check_blogfa(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'): errors.append(f"{f}: not the XHTML doctype")
    url, b = saved_page(f, raw, "fa")
    h = [a for t, a in b.tags if t == "html"]
    if not h or h[0].get("dir") != "rtl": errors.append(f"{f}: not dir=rtl")
    dates = re.findall(r'class="(?:post|comment)-date">(' + "|".join(WD_FA) + r') ([۰-۹]+) (\S+) ([۰-۹]{4})', raw)
    if not dates: errors.append(f"{f}: no dates")
    for w, d, m, y in dates:
        if m not in JM_FA: errors.append(f"{f}: month {m}"); continue
        jm, jd = JM_FA.index(m) + 1, int(d.translate(FA_D))
        if not 1 <= jd <= (31 if jm < 7 else 30): errors.append(f"{f}: day {jd} {m}"); continue
        if WD_FA[j2g(int(y.translate(FA_D)), jm, jd).weekday()] != w: errors.append(f"{f}: {d} {m} {y} is not a {w}")
    mc = re.search(r"#comments\">نظرات \(([۰-۹]+)\)</a>", raw)
    if not mc or int(mc.group(1).translate(FA_D)) != raw.count('<div class="comment">'): errors.append(f"{f}: comment count")
    mp = re.search(r'<h2 class="post-title"><a href="([^"]+)">', raw)
    if not mp or mp.group(1) != url: errors.append(f"{f}: the post link is not the saved URL")
    arch = [(int(a), int(m)) for a, m in re.findall(r'\.blogfa\.com/(\d{4})/(\d{1,2})"', raw)]
    if arch != sorted(arch, reverse=True) or not arch: errors.append(f"{f}: archive months {arch}")


# ---- 1126 Invision thread
def check_invision(f, raw):
    lf_final(f, raw)
    url, b = saved_page(f, raw, "el-GR")
    ids = [int(x) for x in re.findall(r'<article id="elComment_(\d+)"', raw)]
    if ids != sorted(set(ids)) or not ids: errors.append(f"{f}: post ids {ids}")
    times = re.findall(r'<time datetime="([^"]+)" title="([^"]+) "', raw)
    if len(times) != len(ids): errors.append(f"{f}: a post without its time")
    last = None
    for z, loc in times:
        try: t = dt.datetime.strptime(z, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError: errors.append(f"{f}: datetime {z}"); continue
        if (t + dt.timedelta(hours=2)).strftime("%d/%m/%Y %H:%M") != loc: errors.append(f"{f}: {z}: title {loc} is not Athens time")
        if last and t <= last: errors.append(f"{f}: {z}: time not after the post before")
        last = t
    mr = re.search(r"(\d+) απαντήσεις σε αυτό το θέμα", raw)
    if not mr or int(mr.group(1)) != len(ids) - 1: errors.append(f"{f}: reply count")
    users = re.findall(r'class="ipsType_break">([^<]+)</a></strong>', raw)
    for m in re.finditer(r'data-ipsquote-username="([^"]+)"', raw):
        before = raw[:m.start()].count("<article ")
        if m.group(1) not in users[:before - 1]: errors.append(f"{f}: quote of {m.group(1)}, who has not posted before")


def shape_checks(f, raw, path):
    n = num(f)
    {1117: check_sakai, 1118: check_atomgit, 1119: check_eml, 1120: check_pdftotext, 1121: check_ris,
     1122: check_mslists, 1123: check_4p, 1124: check_tinyletter, 1125: check_blogfa,
     1126: check_invision}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round110's and round111's, a byte-identical file counted once), and the round110/round111 split (candidates sorted by
# (uses, catalogue title); round110 = even positions from 2 on, one unbroken run; round111 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P111S = ["/work/rounds/digests-round111/expected.json", "/work/main/tests/data/digests-round111/expected.json"]
P111 = next((p for p in P111S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P111S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round110", "digests-round111") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round110 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r111 = set()
if P111:
    try:
        r111 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P111)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P111} exists but could not be read (being written?)")
    if r111 & mine: errors.append(f"papers also in round111: {sorted(r111 & mine)}")
shared111 = len(r111 & mine) if P111 else "(no round111 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round110 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round111: {shared111}; papers in more than one round110 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
