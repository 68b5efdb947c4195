#!/usr/bin/env python3
r"""Checks round116/expected.json against the digests and the shared catalogues.

Adapted from round115/validate.py (the label checks are the same code; the reuse report is round115's with round116 /
round117 in place of round115 / round114: round116 holds the even positions from 2; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round116's and round117's own (a
digests-round116 / digests-round117 folder, or a file whose bytes equal round116's or round117's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round116 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round117's expected.json (read only, from /work/rounds/digests-round117/ or
/work/main/tests/data/digests-round117/, when it exists), and on a paper in more than one round116 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1180 every CSV field (doubled quotes undone);
1179 with BibTeX's case-protecting braces removed; everything: HTML entities undone once and twice, percent-escapes
undone. Titles are matched after whitespace normalisation (which also joins 1177's format=flowed soft breaks and the
line breaks of 1178, 1179 and 1181), brace removal and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1177 forwarded e-mail (CRLF only, final CRLF; the header block in Thunderbird's order; Date parsed; text/plain
UTF-8 format=flowed 8bit; no line over 78 characters unless it holds a URL; soft breaks only on wrapped text; one
`-- ` signature line; the German forward header with Betreff / Datum / Von / An; the subject (RFC 2047 decoded) is
`WG: ` + the forwarded Betreff; the digest's `[n]` entries numbered from 1 and their count = the subject's);
1178 pdftotext output (LF, every page ended by a form feed, the file by one; each page's last line its number,
consecutive; `[n]` labels from 1 in order, continuation lines indented five spaces; the prose cites exactly [1]..[N];
no line over 80 characters);
1179 Better BibTeX (LF, final newline; the file = entries separated by one blank line; `@type{key,` / two-space
`field = value` lines / `}`; known types; lowercase field names, unique per entry; values braced (balanced), numbers
or month macros; citekeys unique, `surnameWords…YYYY` with the year field's year; eprint ⇒ archiveprefix {arXiv});
1180 SeaTable CSV (no BOM; LF records; equal to its minimal-quoting re-encoding; the header; eight fields; `क्रम`
numbered from 1; status known; dates valid and not decreasing; tags `, `-joined, none empty);
1181 ICQ history (CRLF only, final CRLF; the three header lines; `[dd.mm.yyyy hh:mm:ss] Name:` blocks by listed
members, each with text and a blank line after; times not decreasing and before the export time; the closing count
= the number of messages);
1182 OKWave page (LF, final newline; doctype; tags balanced, known; `回答 (N件)` = answer blocks; one best answer,
with its badge; answer numbers from 1; times after the question's and not decreasing);
1183 GetResponse page (LF, final newline; XHTML Transitional doctype; tags balanced, known; `&` only as an entity;
a hidden preheader first in the body; the issue number in <title> = the <h1>'s; unsubscribe and change-details
links; an open-tracking pixel);
1184 Overblog page (LF, final newline; doctype; tags balanced, known; og:url = canonical; the <time> datetime's date
= the French date shown; `Commentaires (N)` = comment blocks; comment dates not before the post and not
decreasing);
1185 Chaoxing page (CRLF only; doctype; tags balanced, known; six cells a row; weeks numbered from 1; dates seven
days apart; the 合计 row = the sum of the hours);
1186 Markdown awesome list (LF, final newline; the TOC's anchors = GitHub slugs of the `##` headings after it; every
table row has its header's column count with a `---` separator; every shields badge an img.shields.io URL).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import ast, base64, hashlib, html, json, os, re, sys, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
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


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|webcal://|mailto:|/)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


# ---------------------------------------------------------------- readers (raw text and decoded forms)
import csv, io, email, email.utils, email.header


def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1180: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw, newline="")) for x in r))
    if n == 1179: forms.append(raw.replace("{", "").replace("}", ""))
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
def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "section", "h1", "h2", "h3",
             "div", "p", "br", "span", "time", "article", "footer", "button", "ol", "ul", "li", "aside", "strong", "em",
             "blockquote", "table", "tr", "td", "th", "thead", "tbody", "img"}


# ---- 1177 forwarded e-mail
EML_HEAD = ["Return-Path", "Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "From",
            "Subject", "Content-Type", "Content-Transfer-Encoding"]


def check_eml(f, raw):
    crlf_only(f, raw)
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no header/body separator"); return
    hl = head.split("\r\n")
    names = [h.split(":", 1)[0] for h in hl]
    if names != EML_HEAD: errors.append(f"{f}: headers {names}")
    msg = email.message_from_string(raw.replace("\r\n", "\n"))
    try: email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError): errors.append(f"{f}: Date {msg['Date']!r}")
    if msg["Content-Type"] != "text/plain; charset=UTF-8; format=flowed" or msg["Content-Transfer-Encoding"] != "8bit":
        errors.append(f"{f}: content type / encoding")
    subj = "".join(p.decode(c or "ascii") if isinstance(p, bytes) else p for p, c in email.header.decode_header(msg["Subject"]))
    L = body.split("\r\n")[:-1]
    for i, l in enumerate(L):
        if len(l) > 78 and "http" not in l: errors.append(f"{f}: body line {i + 1} over 78 characters")
        if l.endswith(" ") and l != "-- " and (i + 1 >= len(L) or not L[i + 1].strip()): errors.append(f"{f}: body line {i + 1}: a soft break before a blank line")
    if L.count("-- ") != 1: errors.append(f"{f}: {L.count('-- ')} signature separators")
    try:
        k = L.index("-------- Weitergeleitete Nachricht --------")
    except ValueError:
        errors.append(f"{f}: no forward header"); return
    fw = {}
    for l in L[k + 1:k + 5]:
        m = re.fullmatch(r"(Betreff|Datum|Von|An): \t(.+)", l)
        if not m: errors.append(f"{f}: forward header line {l!r}"); continue
        fw[m.group(1)] = m.group(2)
    if list(fw) != ["Betreff", "Datum", "Von", "An"]: errors.append(f"{f}: forward header fields {list(fw)}")
    if subj != "WG: " + fw.get("Betreff", ""): errors.append(f"{f}: subject {subj!r} is not WG: + the forwarded Betreff")
    nums = [int(m.group(1)) for l in L[k:] for m in [re.match(r"\[(\d+)\] ", l)] if m]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: digest entries numbered {nums}")
    m = re.search(r"– (\d+) new recommendations", subj)
    if not m or int(m.group(1)) != len(nums): errors.append(f"{f}: subject count vs {len(nums)} entries")


# ---- 1178 pdftotext
def check_pdftotext(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: not ended by a form feed")
    pages = raw.split("\f")[:-1]
    pnos = []
    for i, p in enumerate(pages):
        ls = [l for l in p.split("\n") if l.strip()]
        if not ls or not ls[-1].isdigit(): errors.append(f"{f}: page {i + 1} does not end with its number"); continue
        pnos.append(int(ls[-1]))
    if pnos != list(range(pnos[0], pnos[0] + len(pnos))) if pnos else True: errors.append(f"{f}: page numbers {pnos}")
    L = raw.replace("\f", "\n").split("\n")
    for i, l in enumerate(L):
        if len(l) > 80: errors.append(f"{f}: line {i + 1} over 80 characters")
    try:
        start = L.index("REFERÊNCIAS")
    except ValueError:
        errors.append(f"{f}: no REFERÊNCIAS heading"); return
    labels, prev = [], ""
    for i, l in enumerate(L[start + 1:], start + 2):
        m = re.match(r"\[(\d+)\] +", l)
        if m:
            labels.append(int(m.group(1)))
            if len(m.group(0)) != 5: errors.append(f"{f}: line {i}: label not padded to five columns")
        elif l.startswith(" ") and not l.startswith("     " ) and l.strip(): errors.append(f"{f}: line {i}: continuation not indented five")
        elif l.strip() and not l.startswith(" ") and not l.isdigit() and l != "Referências": errors.append(f"{f}: line {i}: unexpected line {l[:40]!r}")
    if labels != list(range(1, len(labels) + 1)): errors.append(f"{f}: labels {labels}")
    prose = "\n".join(L[:start])
    cites = sorted({int(x) for x in re.findall(r"\[(\d+)\]", prose)})
    if cites != labels: errors.append(f"{f}: the prose cites {cites}, the list has {labels}")


# ---- 1179 Better BibTeX
BIB_TYPES = {"article", "inproceedings", "misc", "software", "online", "book", "incollection"}
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def balanced(s):
    d = 0
    for ch in s:
        d += (ch == "{") - (ch == "}")
        if d < 0: return False
    return d == 0


def check_bib(f, raw):
    lf_final(f, raw)
    ents = raw.split("\n\n")
    keys_ = []
    for j, e in enumerate(ents):
        L = e.rstrip("\n").split("\n")
        m = re.fullmatch(r"@(\w+)\{([^,{}\s]+),", L[0])
        if not m or L[-1] != "}": errors.append(f"{f}: entry {j + 1}: not `@type{{key,` … `}}`"); continue
        typ, key = m.groups()
        if typ not in BIB_TYPES: errors.append(f"{f}: entry {key}: type {typ}")
        keys_.append(key)
        fields = {}
        for i, l in enumerate(L[1:-1]):
            last = i == len(L) - 3
            fm = re.fullmatch(r"  ([a-z]+) = (.+?)" + ("" if last else ","), l)
            if not fm or (last and l.endswith(",")): errors.append(f"{f}: entry {key}: field line {l[:50]!r}"); continue
            n, v = fm.groups()
            if n in fields: errors.append(f"{f}: entry {key}: field {n} twice")
            fields[n] = v
            if not (v.startswith("{") and v.endswith("}") and balanced(v) and balanced(v[1:-1])) and not v.isdigit() and v not in MONTHS:
                errors.append(f"{f}: entry {key}: value of {n} not braced/balanced")
        y = fields.get("year", "{}").strip("{}")
        km = re.fullmatch(r"[a-z]+[A-Z][A-Za-z0-9]*?(\d{4})", key)
        if not km or km.group(1) != y: errors.append(f"{f}: citekey {key} vs year {y}")
        if "eprint" in fields and fields.get("archiveprefix") != "{arXiv}": errors.append(f"{f}: entry {key}: eprint without archiveprefix")
        if "title" not in fields or "author" not in fields: errors.append(f"{f}: entry {key}: no title/author")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate citekeys")


# ---- 1180 SeaTable CSV
ST_HEAD = ["क्रम", "शीर्षक", "लिंक", "स्थिति", "ज़िम्मेदार", "टैग", "जोड़ा गया", "टिप्पणी"]


def check_seatable(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM")
    if "\r" in raw: errors.append(f"{f}: CR characters (LF records)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not minimal-quoting CSV with LF records")
    if not rows or rows[0] != ST_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    dates = []
    for i, r in enumerate(rows[1:], 1):
        if len(r) != 8: errors.append(f"{f}: record {i}: {len(r)} fields"); continue
        if r[0] != str(i): errors.append(f"{f}: record {i}: क्रम {r[0]}")
        if r[3] not in ("पढ़ना है", "पढ़ रहे हैं", "पूरा हुआ"): errors.append(f"{f}: record {i}: status {r[3]!r}")
        try: dates.append(dt.date.fromisoformat(r[6]))
        except ValueError: errors.append(f"{f}: record {i}: date {r[6]!r}")
        if r[5] and any(not t or t != t.strip() for t in r[5].split(", ")): errors.append(f"{f}: record {i}: tags {r[5]!r}")
        if not r[1]: errors.append(f"{f}: record {i}: no title")
    ascending(f, "added date", dates)


# ---- 1181 ICQ history
def check_icq(f, raw):
    crlf_only(f, raw)
    L = raw.split("\r\n")[:-1]
    m0 = re.fullmatch(r"История сообщений: группа «.+»", L[0]) if L else None
    m1 = re.fullmatch(r"Участники: (.+)", L[1]) if len(L) > 1 else None
    m2 = re.fullmatch(r"Экспорт: (\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d)", L[2]) if len(L) > 2 else None
    if not (m0 and m1 and m2) or L[3] != "": errors.append(f"{f}: header lines"); return
    members = set(m1.group(1).split(", "))
    exp_t = dt.datetime.strptime(m2.group(1), "%d.%m.%Y %H:%M:%S")
    times, n, i = [], 0, 4
    while i < len(L) - 1:
        m = re.fullmatch(r"\[(\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d)\] (.+):", L[i])
        if not m: errors.append(f"{f}: line {i + 1}: not a message head: {L[i][:40]!r}"); return
        if m.group(2) not in members: errors.append(f"{f}: line {i + 1}: {m.group(2)} is not a member")
        times.append(dt.datetime.strptime(m.group(1), "%d.%m.%Y %H:%M:%S")); n += 1
        j = i + 1
        while j < len(L) and L[j] != "": j += 1
        if j == i + 1: errors.append(f"{f}: line {i + 1}: a message without text")
        i = j + 1
    ascending(f, "message time", times)
    if times and times[-1] > exp_t: errors.append(f"{f}: a message after the export time")
    m = re.fullmatch(r"Всего сообщений: (\d+)", L[-1])
    if not m or int(m.group(1)) != n: errors.append(f"{f}: closing count vs {n} messages")


# ---- 1182 OKWave
def check_okwave(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: doctype")
    html_balanced(f, "page", raw, HTML_TAGS)
    n = len(re.findall(r'<article class="answer', raw))
    m = re.search(r"<h2>回答 \((\d+)件\)</h2>", raw)
    if not m or int(m.group(1)) != n: errors.append(f"{f}: answer count vs {n} answer blocks")
    if raw.count("answer--best") != 1 or raw.count("ベストアンサー</div>") != 1: errors.append(f"{f}: not one best answer with its badge")
    nos = [int(x) for x in re.findall(r'<span class="no">No\.(\d+)</span>', raw)]
    if nos != list(range(1, n + 1)): errors.append(f"{f}: answer numbers {nos}")
    q = re.search(r'class="question__head">.*?<time>([\d/: ]+)</time>', raw)
    ts = re.findall(r'class="answer__head">.*?<time>([\d/: ]+)</time>', raw)
    if not q: errors.append(f"{f}: no question time"); return
    ascending(f, "answer time", [q.group(1)] + ts)


# ---- 1183 GetResponse
def check_getresponse(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'):
        errors.append(f"{f}: doctype")
    html_balanced(f, "page", raw, HTML_TAGS)
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;)", raw): errors.append(f"{f}: a bare &")
    if not re.search(r'<body[^>]*>\n<div style="display:none;[^"]*">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader first in the body")
    t = re.search(r"<title>[^<#]*#(\d+)", raw); h = re.search(r"<h1[^>]*>[^<#]*#(\d+)</h1>", raw)
    if not t or not h or t.group(1) != h.group(1): errors.append(f"{f}: issue number in title vs h1")
    for need in ("unsubscribe.html?", "change_details.html?"):
        if need not in raw: errors.append(f"{f}: no {need} link")
    if not re.search(r'<img src="[^"]*open\.html\?[^"]*" width="1" height="1"', raw): errors.append(f"{f}: no open-tracking pixel")


# ---- 1184 Overblog
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def check_overblog(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: doctype")
    html_balanced(f, "page", raw, HTML_TAGS)
    og = re.search(r'<meta property="og:url" content="([^"]+)">', raw); can = re.search(r'<link rel="canonical" href="([^"]+)">', raw)
    if not og or not can or og.group(1) != can.group(1): errors.append(f"{f}: og:url vs canonical")
    tm = re.search(r'<time datetime="(\d{4})-(\d\d)-(\d\d)T[^"]+">(\d+) (\w+) (\d{4})</time>', raw)
    if not tm or (int(tm.group(1)), int(tm.group(2)), int(tm.group(3))) != (int(tm.group(6)), FR_MONTHS.index(tm.group(5)) + 1 if tm.group(5) in FR_MONTHS else 0, int(tm.group(4))):
        errors.append(f"{f}: <time> datetime vs the date shown"); return
    n = len(re.findall(r'<div class="ob-comment" id=', raw))
    m = re.search(r"<h2>Commentaires \((\d+)\)</h2>", raw)
    if not m or int(m.group(1)) != n: errors.append(f"{f}: comment count vs {n} blocks")
    post = dt.datetime(int(tm.group(1)), int(tm.group(2)), int(tm.group(3)))
    cd = [dt.datetime.strptime(x, "%d/%m/%Y %H:%M") for x in re.findall(r'<span class="ob-comment-date">([\d/ :]+)</span>', raw)]
    if len(cd) != n: errors.append(f"{f}: comment dates {len(cd)} != {n}")
    ascending(f, "comment date", [post] + cd)


# ---- 1185 Chaoxing
def check_chaoxing(f, raw):
    crlf_only(f, raw)
    s = raw.replace("\r\n", "\n")
    if not s.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: doctype")
    html_balanced(f, "page", s, HTML_TAGS)
    rows = re.findall(r"<tr><td>第(\d+)周</td>(.*?)</tr>", s)
    if [int(r[0]) for r in rows] != list(range(1, len(rows) + 1)): errors.append(f"{f}: weeks {[r[0] for r in rows]}")
    hours, dates = 0, []
    for wk, rest in rows:
        cells = re.findall(r"<td>(.*?)</td>", rest)
        if len(cells) != 5: errors.append(f"{f}: week {wk}: {len(cells) + 1} cells"); continue
        try: dates.append(dt.date.fromisoformat(cells[0]))
        except ValueError: errors.append(f"{f}: week {wk}: date {cells[0]!r}")
        if not cells[3].isdigit(): errors.append(f"{f}: week {wk}: hours {cells[3]!r}"); continue
        hours += int(cells[3])
    if any((b - a).days != 7 for a, b in zip(dates, dates[1:])): errors.append(f"{f}: dates not a week apart")
    m = re.search(r'<tr class="total"><td colspan="4">合计</td><td>(\d+)</td><td></td></tr>', s)
    if not m or int(m.group(1)) != hours: errors.append(f"{f}: 合计 vs the sum {hours}")


# ---- 1186 Markdown awesome list
def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def check_md(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    heads = [l[3:] for l in L if l.startswith("## ")]
    if not heads or heads[0] != "목차": errors.append(f"{f}: no 목차 first"); return
    toc = [m.groups() for l in L for m in [re.fullmatch(r"- \[(.+)\]\(#(.+)\)", l)] if m]
    if [t for t, _ in toc] != heads[1:] or any(a != gh_slug(t) for t, a in toc): errors.append(f"{f}: TOC vs headings {toc} / {heads[1:]}")
    i = 0
    while i < len(L):
        if L[i].startswith("| "):
            ncol = L[i].count(" | ") + 1
            if i + 1 >= len(L) or L[i + 1] != "|" + "|".join(" --- " for _ in range(ncol)) + "|": errors.append(f"{f}: line {i + 2}: no separator row")
            j = i + 2
            while j < len(L) and L[j].startswith("| "):
                if not L[j].endswith(" |") or L[j].count(" | ") + 1 != ncol: errors.append(f"{f}: line {j + 1}: {L[j].count(' | ') + 1} cells, header {ncol}")
                j += 1
            i = j
        else:
            i += 1
    for m in re.finditer(r"!\[[^\]]*\]\(([^)]+)\)", raw):
        u = m.group(1)
        if "shields" in u and not u.startswith("https://img.shields.io/"): errors.append(f"{f}: badge {u}")


def shape_checks(f, raw, path):
    n = num(f)
    {1177: check_eml, 1178: check_pdftotext, 1179: check_bib, 1180: check_seatable, 1181: check_icq,
     1182: check_okwave, 1183: check_getresponse, 1184: check_overblog, 1185: check_chaoxing,
     1186: check_md}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round116's and round117's, a byte-identical file counted once), and the round116/round117 split (candidates sorted by
# (uses, catalogue title); round116 = even positions from 2 on, one unbroken run; round117 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P117S = ["/work/rounds/digests-round117/expected.json", "/work/main/tests/data/digests-round117/expected.json"]
P117 = next((p for p in P117S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P117S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round116", "digests-round117") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round116 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r117 = set()
if P117:
    try:
        r117 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P117)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P117} exists but could not be read (being written?)")
    if r117 & mine: errors.append(f"papers also in round117: {sorted(r117 & mine)}")
shared117 = len(r117 & mine) if P117 else "(no round117 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round116 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round117: {shared117}; papers in more than one round116 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
