#!/usr/bin/env python3
r"""Checks round106/expected.json against the digests and the shared catalogues.

Adapted from round104/validate.py (the label checks are the same code; the reuse report is round104's with round106 /
round107 in place of round104 / round105: round106 holds the even positions from 2; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round106's and round107's own (a
digests-round106 / digests-round107 folder, or a file whose bytes equal round106's or round107's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round106 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round107's expected.json (read only, from /work/rounds/digests-round107/ or
/work/main/tests/data/digests-round107/, when it exists), and on a paper in more than one round106 file.
Every digest is read raw (UTF-8, line ends kept; 1081 after its BOM) and in decoded forms: 1079 the decoded From / To
/ Subject and both MIME parts (quoted-printable), the plain part also un-flowed (RFC 3676); 1082 every CSV cell;
everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level):
1077 OpenOLAT single page copied (LF, final newline; skip link, top navigation, the course tab = the course title =
the menu tree's root, the user's name, "Mein Kurs" / "Suche", the tree (holding "Leseplan") closed by Zurück / Weiter,
the page title "Leseplan"; "Stand: DD.MM.YYYY" before the sessions; session lines `DD.MM.YYYY – topic` real dates, on
the weekday the page names ("jeweils Dienstag"), one week apart, after the Stand date, a break as "keine Sitzung";
the hand-in date after the last session; Swiss spelling: no ß; guillemets paired on every line; the footer: Zurück /
Weiter, `OpenOLAT x.y.z (Build YYYY-MM-DD)`, Impressum, Datenschutz, Hilfe, Barrierefreiheit, `N Benutzer online`);
1078 Gogs page (LF, final newline; doctype; HTML balanced; <title> = `owner/repo - Gogs`, og:url = host + /owner/repo,
og:title = owner/repo, the breadcrumb's links, the clone URL = og:url + .git; the file table's head row (sha, message,
time) = its newest row's; files in name order; `time-since` ages consistent with the titles' times (older, not
younger); the footer `© YYYY Gogs Version: x.y.z Page: <strong>Nms</strong> Template: <strong>Nms</strong>`; one
active language, the one shown; README tables exactly as blackfriday lays them out — a blank line after </thead> and
between rows —, the six Persian headers, years not falling, link cell `—`, `arXiv:<id>` or one anchor, code cell `—`
or one anchor; every external README anchor rel="nofollow");
1079 eM Client forward (CRLF only; Received / Date within minutes, Date not after Received; From / To / Reply-To as
UTF-8 Q encoded-words; `em<uuid>@<machine>` Message-Id; User-Agent eM_Client/a.b.c.d; multipart/alternative with the
declared `------=_MB<GUID>` boundary: text/plain format=flowed then text/html, both quoted-printable in lines of at
most 76; flowed lines at most 78 characters unless one word, soft breaks end in a space, stuffed lines; the forward
header "------ Původní zpráva ------" / Od / Komu / Datum / Předmět without colons, Předmět = the Subject after "Fw: ",
Datum (Czech format, CEST) before Date; the listing entries `\\` / `arXiv:<id>[ (*replaced*)]` / date line with size /
blank / Title / Authors / Categories / [Comments] / [abstract] / `\\ ( https://arxiv.org/abs/<id> ,  <size>kb)` with
the same id and size, a new submission inside the "received from … to …" window; the HTML part's text = the un-flowed
plain part's, whitespace aside);
1080 pdftotext KIISE pages (LF; a form feed after every page; page headers: odd page `<short title> N`, even page
`N 정보과학회논문지 제V권 제I호(YYYY. M)`, consecutive; one "References"; entries `[n] ` numbered 1..N across the page
break, continuation lines never starting with `[`, lines at most 48 display columns (Hangul two) unless one token; the
body's citations ([n], [n,m], [n-m]) = 1..N; table captions paired `표 N` / `Table N`; web resources with `[Online].
Available: URL (downloaded YYYY, Mon. D)`; profiles: a name of spaced syllables, years not falling);
1081 Web of Science plain text (BOM; LF; `FN Clarivate Analytics Web of Science` / `VR 1.0` first, `EF` last; records
`PT …` … `ER` and a blank line; lines `XX value` or a three-space continuation of a multi-valued tag; no tag twice in
a record; AU and AF the same length, AU = AF's surname and initials; PY four digits; PPRN records SO arXiv, DT
Preprint, DI 10.48550/arXiv.<id> with the id's year = PY; CPCI-S proceedings PT C; BP ≤ EP and PG = EP − BP + 1; UT
unique; TC ≤ Z9);
1082 NocoDB CSV (no BOM; byte-equal to papaparse's unparse of its parsed rows — CRLF between rows, no final newline,
quotes only for a comma, quote, line break or a leading / trailing space —; every row as wide as the header; the
header; dates YYYY-MM-DD, real, a week apart, rising, undated rows last; status from the select's options, in the
order read → this week → pending, none for undated rows; link cell empty, an http(s) URL or `arXiv:<id>`; year four
digits or empty);
1083 ActiveTrail web version (LF, final newline; XHTML 1.0 transitional doctype; <html dir="rtl" lang="he">; HTML
balanced; the hidden preheader first in <body>; the issue number in <title> = the header's; forward / update /
unsubscribe links for the same campaign and subscriber; "sent with ActiveTrail"; every content link target=_blank;
<span dir="ltr"> holds no Hebrew; the meetup's Hebrew weekday = its date's, after the issue date);
1084 TYPO3 tx_news page (LF, no final newline; doctype; the "powered by TYPO3" comment right after the charset meta;
generator meta; HTML balanced; canonical = og:url; body id pN = class page-N; headline = og:title = the breadcrumb's
last item = <title> before " - "; <time datetime> = the date shown; the contenttable: four header cells, rows of four
cells or a date and a colspan=3 cell; dates D/M on Thursdays, a week apart, after publication; external links in
the body target=_blank rel=noreferrer);
1085 ScienceNet copy (LF, final newline; the site bar; the blogger's header with the space URL; the read-count line
`已有 N 次阅读 YYYY-M-D HH:MM |个人分类:…|系统分类:…|`; the reposting notice names the blogger; the 链接地址 URL
`blog-<uid>-<id>.html`; 上一篇 present, no 下一篇 for a part (上) whose part two is not out; 当前推荐数 = the
recommenders; 评论 (N 个评论) = the comments, numbered N..1, newest first, between the post and the footer's GMT+8 time;
blogger replies after their comment; the footer last);
1086 teratail copy (LF, final newline; the site bar; status 受付中; tags; 評価 / クリップ / VIEW with numbers; the
asker and score; 投稿 ≤ 編集; the template headings in order with the four check items; "回答N件" = the answers,
sorted by 評価, each with name, score, time after the question, comments after their answer, closed by "コメントを
投稿"; the footer last).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, email, html, io, json, os, quopri, re, sys, unicodedata
import datetime as dt
from collections import Counter
from email import policy
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


VOID = {"meta", "link", "br", "img", "input", "hr", "source", "col", "area", "base", "wbr"}


def html_balanced(f, s):
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", s, flags=re.S)
    stack = []
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if tag in VOID:
            if close: errors.append(f"{f}: closing tag for void <{tag}>")
            continue
        if attrs.rstrip().endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: </{tag}> unbalanced near {s[max(0, m.start() - 60):m.start()]!r}"); return
    if stack: errors.append(f"{f}: {stack} not closed")


def vw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def date_ok(f, y, m, d, what):
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        errors.append(f"{f}: {what} is not a real date: {y}-{m}-{d}"); return None


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    b = open(path, "rb").read()
    if num(f) == 1081:
        if not b.startswith(b"\xef\xbb\xbf"): errors.append(f"{f}: no UTF-8 BOM (Web of Science writes one)")
        b = b[3:] if b.startswith(b"\xef\xbb\xbf") else b
    elif b.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{f}: a UTF-8 BOM its writer does not write")
    return b.decode("utf-8")


def unflow(text):
    """RFC 3676 format=flowed, DelSp=No: drop one stuffing space, join a line ending in a space with the next"""
    out, cur = [], None
    for line in text.split("\n"):
        if line.startswith(" "): line = line[1:]
        if cur is None: cur = line
        else: cur += line
        if cur.endswith(" ") and cur != "-- ": continue
        out.append(cur); cur = None
    if cur is not None: out.append(cur)
    return "\n".join(out)


def mime_parts(raw):
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    parts = [p for p in m.walk() if p.get_content_maintype() == "text"]
    return m, parts


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1079:
        m, parts = mime_parts(raw)
        forms += [str(m["Subject"]), str(m["From"]), str(m["To"])]
        for p in parts:
            t = p.get_content().replace("\r\n", "\n")
            forms.append(t)
            if p.get_content_subtype() == "plain": forms.append(unflow(t))
    if n == 1082: forms.append("\n".join(c for r in csv.reader(io.StringIO(raw, newline="")) for c in r))
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
# ---- 1077 OpenOLAT single page
OO_FOOT = [r"Zurück", r"Weiter", r"OpenOLAT \d+\.\d+\.\d+ \(Build (\d{4})-(\d\d)-(\d\d)\)", r"Impressum", r"Datenschutz",
           r"Hilfe", r"Barrierefreiheit", r"\d+ Benutzer online"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def check_openolat(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:6] != ["Zum Inhalt springen", "OpenOLAT", "Home", "Kurse", "Gruppen", "Katalog"]:
        errors.append(f"{f}: top navigation {ls[:6]}"); return
    course, user = ls[6], ls[7]
    if len(user.split()) < 2: errors.append(f"{f}: user name {user!r}")
    if ls[8] != course or ls[9:11] != ["Mein Kurs", "Suche"] or ls[11] != course:
        errors.append(f"{f}: course header / tree root not the course tab {ls[8:12]}")
    try:
        z = ls.index("Zurück")
    except ValueError:
        errors.append(f"{f}: no Zurück / Weiter"); return
    tree = ls[12:z]
    if "Leseplan" not in tree: errors.append(f"{f}: the menu tree has no Leseplan node")
    if ls[z + 1] != "Weiter" or ls[z + 2] != "Leseplan": errors.append(f"{f}: Zurück / Weiter / page title {ls[z:z + 3]}")
    foot = ls[-len(OO_FOOT):]
    for pat, l in zip(OO_FOOT, foot):
        if not re.fullmatch(pat, l): errors.append(f"{f}: footer line {l!r} (want {pat})")
    page = ls[z + 2:-len(OO_FOOT)]
    text = "\n".join(page)
    if "ß" in raw: errors.append(f"{f}: ß in a Swiss page")
    for l in ls:
        if l.count("«") != l.count("»"): errors.append(f"{f}: unpaired guillemets in {l[:50]!r}")
    ms = re.search(r"^Stand: (\d\d)\.(\d\d)\.(\d{4})", text, re.M)
    if not ms: errors.append(f"{f}: no Stand line"); return
    stand = date_ok(f, ms.group(3), ms.group(2), ms.group(1), "Stand")
    mw = re.search(r"jeweils (\w+),", text)
    want = WEEKDAYS_DE.index(mw.group(1)) if mw and mw.group(1) in WEEKDAYS_DE else None
    if want is None: errors.append(f"{f}: the sessions' weekday is not named")
    sess = [(m.group(0), m.group(1), m.group(2), m.group(3), m.group(4)) for m in re.finditer(r"^(\d\d)\.(\d\d)\.(\d{4}) – (.+)$", text, re.M)]
    if len(sess) < 9: errors.append(f"{f}: {len(sess)} session lines")
    prev = None
    for line, d, m, y, topic in sess:
        day = date_ok(f, y, m, d, line)
        if not day: continue
        if want is not None and day.weekday() != want: errors.append(f"{f}: {line[:10]} is not a {WEEKDAYS_DE[want]}")
        if prev and (day - prev).days != 7: errors.append(f"{f}: {line[:10]} is not one week after the session before")
        if stand and day <= stand: errors.append(f"{f}: session {line[:10]} not after the Stand date")
        prev = day
    if not any("keine Sitzung" in s[4] for s in sess): errors.append(f"{f}: no break week")
    ma = re.search(r"Abgabe der Seminararbeit: (\d\d)\.(\d\d)\.(\d{4})", text)
    if not ma: errors.append(f"{f}: no hand-in date")
    else:
        ad = date_ok(f, ma.group(3), ma.group(2), ma.group(1), "Abgabe")
        if ad and prev and ad <= prev: errors.append(f"{f}: hand-in date not after the last session")


# ---- 1078 Gogs
GOGS_HEAD = ["سال", "مقاله", "محل انتشار", "پیوند", "کد", "یادداشت"]
AGE_H = {"hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30, "year": 24 * 365}


def check_gogs(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html>\n"): errors.append(f"{f}: not Gogs' doctype / <html>")
    html_balanced(f, raw)
    mt = re.search(r"<title>([^/<]+)/([^ <]+) - Gogs</title>", raw)
    mu = re.search(r'<meta property="og:url" content="(https://[^/"]+)/([^/"]+)/([^/"]+)" />', raw)
    if not mt or not mu: errors.append(f"{f}: no Gogs <title> / og:url"); return
    owner, repo, host = mt.group(1), mt.group(2), mu.group(1)
    if (mu.group(2), mu.group(3)) != (owner, repo): errors.append(f"{f}: og:url {mu.group(0)[:80]} not the title's repository")
    if f'<meta property="og:title" content="{owner}/{repo}">' not in raw: errors.append(f"{f}: og:title not owner/repo")
    if f'<a href="/{owner}">{owner}</a>' not in raw or f'<a href="/{owner}/{repo}">{repo}</a>' not in raw:
        errors.append(f"{f}: breadcrumb not the repository's")
    if f'<input id="repo-clone-url" value="{host}/{owner}/{repo}.git" readonly>' not in raw:
        errors.append(f"{f}: clone URL not og:url + .git")
    if not re.search(r"© \d{4} Gogs Version: \d+\.\d+\.\d+ Page: <strong>\d+ms</strong> Template: <strong>\d+ms</strong>", raw):
        errors.append(f"{f}: Gogs footer line")
    act = re.findall(r'<a class="item active selected" href="#">([^<]+)</a>', raw)
    shown = re.search(r'<i class="world icon"></i>\s*<div class="text">([^<]+)</div>', raw)
    if len(act) != 1 or not shown or act[0] != shown.group(1): errors.append(f"{f}: language menu: active {act}, shown {shown and shown.group(1)}")
    ts = r'<span class="time-since poping up" title="([^"]+)" data-content="[^"]+" data-variation="inverted tiny">(\d+) (hour|day|week|month|year)s? ago</span>'
    for a, b in re.findall(r'<span class="time-since poping up" title="([^"]+)" data-content="([^"]+)"', raw):
        if a != b: errors.append(f"{f}: time-since title and data-content differ")
    mh = re.search(r'<th class="four wide">\s*<img[^>]*>\s*<a href="/[^"]+/commit/([0-9a-f]{40})" rel="nofollow" class="ui sha label">([0-9a-f]{10})</a>\s*'
                   r'<span class="grey has-emoji">([^<]*)</span>\s*</th>\s*<th class="nine wide">\s*</th>\s*<th class="three wide text grey right age">' + ts, raw)
    rows = re.findall(r'<td class="name four wide">\s*<span class="octicon octicon-file-text"></span>\s*<a href="[^"]+">([^<]+)</a>\s*</td>\s*'
                      r'<td class="message nine wide">\s*<a rel="nofollow" class="ui sha label" href="/[^"]+/commit/([0-9a-f]{40})">([0-9a-f]{10})</a>\s*'
                      r'<span class="grey has-emoji">([^<]*)</span>\s*</td>\s*<td class="text grey right age three wide">' + ts, raw)
    if not mh or not rows: errors.append(f"{f}: file table not found"); return
    for r in rows:
        if not r[1].startswith(r[2]): errors.append(f"{f}: short sha {r[2]} not its commit's")
    if [r[0] for r in rows] != sorted(r[0] for r in rows): errors.append(f"{f}: files not in name order")
    when = lambda s: dt.datetime.strptime(s, "%a, %d %b %Y %H:%M:%S UTC")
    try:
        newest = max(rows, key=lambda r: when(r[4]))
        if (mh.group(1), mh.group(3), mh.group(4)) != (newest[1], newest[3], newest[4]):
            errors.append(f"{f}: last commit in the head row is not the newest file row's")
        byt = sorted(rows, key=lambda r: when(r[4]))
        hrs = [int(r[5]) * AGE_H[r[6]] for r in byt]
        if any(a < b for a, b in zip(hrs, hrs[1:])): errors.append(f"{f}: an older commit shows a younger age")
    except ValueError as ex:
        errors.append(f"{f}: commit time {ex}")
    mr = re.search(r'<div class="file-content markdown has-emoji">\n(.*?)\n\t\t\t\t</div>', raw, re.S)
    if not mr: errors.append(f"{f}: no rendered README"); return
    rd = mr.group(1)
    for a in re.findall(r'<a href="https?://[^"]*"[^>]*>', rd):
        if 'rel="nofollow"' not in a: errors.append(f"{f}: README link without rel=nofollow: {a[:60]}")
    tables = re.findall(r"<table>.*?</table>\n", rd, re.S)
    if len(tables) < 3: errors.append(f"{f}: {len(tables)} README tables")
    anchor = r'<a href="https?://[^"<>]+" rel="nofollow">[^<]+</a>'
    for t in tables:
        m = re.fullmatch(r"<table>\n<thead>\n<tr>\n((?:<th>[^<]*</th>\n)+)</tr>\n</thead>\n\n<tbody>\n(.*)</tbody>\n</table>\n", t, re.S)
        if not m: errors.append(f"{f}: a README table not in blackfriday's layout"); continue
        if re.findall(r"<th>([^<]*)</th>", m.group(1)) != GOGS_HEAD: errors.append(f"{f}: table header {m.group(1)[:60]!r}")
        body = m.group(2)
        rws = body.split("\n\n")
        if any(not re.fullmatch(r"<tr>\n(?:<td>[^\n]*</td>\n){6}</tr>\n?", r_) for r_ in rws):
            errors.append(f"{f}: a table row not six cells in blackfriday's layout (rows separated by a blank line)")
            continue
        years = []
        for r_ in rws:
            cells = re.findall(r"<td>(.*?)</td>", r_)
            if not re.fullmatch(r"\d{4}", cells[0]): errors.append(f"{f}: year cell {cells[0]!r}")
            else: years.append(int(cells[0]))
            if not (cells[3] == "—" or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", cells[3]) or re.fullmatch(anchor, cells[3])):
                errors.append(f"{f}: link cell {cells[3][:60]!r}")
            if not (cells[4] == "—" or re.fullmatch(anchor, cells[4])): errors.append(f"{f}: code cell {cells[4][:60]!r}")
        if years != sorted(years): errors.append(f"{f}: years falling in a table {years}")


# ---- 1079 eM Client forward
CZ_FWD = "------ Původní zpráva ------"


def check_emclient(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a bare LF or CR (the file is CRLF)")
    m, parts = mime_parts(raw)
    hdr = raw.split("\r\n\r\n", 1)[0]
    for h in ("From", "To", "Reply-To"):
        v = re.search(rf"^{h}: (.*)$", hdr, re.M)
        if not v or not re.fullmatch(r'"=\?utf-8\?q\?[^?]+\?=" <[\w.+-]+@[\w.-]+>', v.group(1).strip()):
            errors.append(f"{f}: {h} not an eM Client Q-encoded name and address")
    if not re.search(r"^Message-Id: <em[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[a-z0-9-]+>\r?$", hdr, re.M):
        errors.append(f"{f}: Message-Id not eM Client's em<uuid>@<machine>")
    if not re.search(r"^User-Agent: eM_Client/\d+\.\d+\.\d+\.\d+\r?$", hdr, re.M): errors.append(f"{f}: no eM Client User-Agent")
    try:
        date = email.utils.parsedate_to_datetime(str(m["Date"]))
        rcv = email.utils.parsedate_to_datetime(re.search(r";\s*(\w{3}, .*?\d{4})(?: \(\w+\))?\r?$", hdr, re.M).group(1))
        if not dt.timedelta(0) <= rcv - date <= dt.timedelta(minutes=10): errors.append(f"{f}: Date {date} vs Received {rcv}")
    except Exception as ex:
        errors.append(f"{f}: Date / Received unreadable: {ex!r}"); date = None
    mb = re.search(r'boundary="(------=_MB[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})"', hdr)
    if not mb or m.get_content_type() != "multipart/alternative": errors.append(f"{f}: not multipart/alternative with an eM Client boundary"); return
    body = raw.split("\r\n\r\n", 1)[1]
    if body.count("--" + mb.group(1) + "\r\n") != 2 or not body.endswith("--" + mb.group(1) + "--\r\n"):
        errors.append(f"{f}: boundary lines not two parts and a close")
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}"); return
    if parts[0].get_param("format") != "flowed": errors.append(f"{f}: text/plain not format=flowed")
    for p in parts:
        if p["Content-Transfer-Encoding"] != "quoted-printable": errors.append(f"{f}: {p.get_content_type()} not quoted-printable")
        enc = p.get_payload(decode=False)
        if any(len(l) > 76 for l in enc.split("\r\n")): errors.append(f"{f}: a quoted-printable line over 76 in {p.get_content_type()}")
        if re.search(r"[ \t]\r\n", enc): errors.append(f"{f}: unencoded trailing white space in quoted-printable")
    plain = parts[0].get_content().replace("\r\n", "\n")
    for l in plain.split("\n"):
        if len(l) > 78 and " " in l.strip(): errors.append(f"{f}: a flowed line over 78 that could be broken: {l[:40]!r}")
    text = unflow(plain)
    ls = text.split("\n")
    if CZ_FWD not in ls: errors.append(f"{f}: no eM Client forward header"); return
    i = ls.index(CZ_FWD)
    fh = ls[i + 1:i + 5]
    pats = [r'Od "[^"]+" <[^>]+>', r'Komu "[^"]+" <[^>]+>', r"Datum (\d{1,2})\.(\d\d)\.(\d{4}) (\d{1,2}):(\d\d):(\d\d)", r"Předmět (.+)"]
    ms = [re.fullmatch(p_, l) for p_, l in zip(pats, fh)]
    if not all(ms): errors.append(f"{f}: forward header lines {fh}"); return
    subj = str(m["Subject"])
    if subj != "Fw: " + ms[3].group(1): errors.append(f"{f}: Subject {subj!r} is not 'Fw: ' + the forwarded Předmět")
    d = ms[2].groups()
    fwd = dt.datetime(int(d[2]), int(d[1]), int(d[0]), int(d[3]), int(d[4]), int(d[5]), tzinfo=dt.timezone(dt.timedelta(hours=2)))
    if date and fwd >= date: errors.append(f"{f}: forwarded Datum {fwd} not before Date {date}")
    listing = "\n".join(ls[i + 6:])
    mw = re.search(r" received from  \w{3} (\d{1,2}) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  \w{3} (\d{1,2}) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT", listing)
    if not mw: errors.append(f"{f}: no received-from window"); return
    w0 = dt.datetime.strptime(f"{mw.group(1)} {mw.group(2)} 20{mw.group(3)} {mw.group(4)}", "%d %b %Y %H:%M:%S")
    w1 = dt.datetime.strptime(f"{mw.group(5)} {mw.group(6)} 20{mw.group(7)} {mw.group(8)}", "%d %b %Y %H:%M:%S")
    ents = re.findall(r"^\\\\\narXiv:(\d{4}\.\d{4,5})( \(\*replaced\*\))?\n(Date: |replaced with revised version )(\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb,D\)\n\n"
                      r"Title: .+?\nAuthors: .+?\nCategories: [a-z-]+\.[A-Z]{2}(?: [a-z-]+\.[A-Z]{2})*\n(?:Comments: .+?\n)?(?:\\\\\n.+?\n)?"
                      r"\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{4,5}) ,  (\d+)kb\)\n-{78}\n", listing, re.M | re.S)
    if len(ents) != listing.count("\n\\\\ ( https://arxiv.org/abs/") or not ents: errors.append(f"{f}: listing entries not in arXiv's grammar ({len(ents)} parsed)")
    for aid, rep, kind, when, size, aid2, size2 in ents:
        if (aid, size) != (aid2, size2): errors.append(f"{f}: closing line of {aid} names {aid2} / {size2}kb")
        t = dt.datetime.strptime(when, "%a, %d %b %Y %H:%M:%S")
        if not rep and not w0 <= t < w1: errors.append(f"{f}: new submission {aid} outside the received window")
        if bool(rep) != kind.startswith("replaced"): errors.append(f"{f}: {aid} kind and date line disagree")
    hp = parts[1].get_content()
    ht = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", "", hp, flags=re.S).replace("<br />", "\n")))
    if " ".join(ht.split()) != " ".join(text.split()): errors.append(f"{f}: the HTML part's text differs from the plain part's")


# ---- 1080 pdftotext KIISE
KIISE_J = r"(\d+) 정보과학회논문지 제\d+권 제\d+호\(\d{4}\. \d{1,2}\)"


def cites(s):
    out = set()
    for g in re.findall(r"\[(\d+(?:\s*[,-]\s*\d+)*)\]", s):
        for part in g.split(","):
            a, _, b = part.strip().partition("-")
            out |= set(range(int(a), int(b or a) + 1))
    return out


def check_kiise(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: no form feed after the last page")
    pages = raw.split("\f")[:-1]
    if len(pages) < 2: errors.append(f"{f}: {len(pages)} pages"); return
    nums = []
    for i, p in enumerate(pages):
        first = p.split("\n", 1)[0]
        mo, me = re.fullmatch(r"(.+) (\d+)", first), re.fullmatch(KIISE_J, first)
        n = int(me.group(1)) if me else int(mo.group(2)) if mo else None
        if n is None: errors.append(f"{f}: page {i + 1} header {first!r}"); continue
        if (n % 2 == 0) != bool(me): errors.append(f"{f}: page {n}'s header is not the {'even' if n % 2 == 0 else 'odd'} page's")
        nums.append(n)
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums}")
    text = "\n".join(p.split("\n", 1)[1] for p in pages)
    if text.count("\nReferences\n") != 1: errors.append(f"{f}: not one References heading"); return
    body, refs_part = text.split("\nReferences\n")
    ref_lines = []
    for l in refs_part.split("\n"):
        if l == "" and ref_lines and re.match(r"\[\d+\] ", "\n".join(ref_lines).split("\n")[-1]) is None and ref_lines[-1] == "": break
        ref_lines.append(l)
    chunk = refs_part.split("\n\n")
    refs_text = "\n".join(c for c in chunk if re.match(r"\[\d+\] ", c.strip()))
    ents = re.split(r"\n(?=\[\d+\] )", refs_text.strip())
    nums_r = [int(re.match(r"\[(\d+)\] ", e).group(1)) for e in ents if re.match(r"\[(\d+)\] ", e)]
    if nums_r != list(range(1, len(nums_r) + 1)): errors.append(f"{f}: references not numbered 1..n: {nums_r}")
    for e in ents:
        for l in e.split("\n")[1:]:
            if re.match(r"\[\d+\]", l): errors.append(f"{f}: continuation line starting like an entry: {l[:30]!r}")
        for l in e.split("\n"):
            if vw(l) > 48 and " " in l: errors.append(f"{f}: reference line wider than the column: {l[:40]!r}")
        if "[Online]" in e and not re.search(r"\[Online\]\.\s+Available:\s+https?://\S+", e):
            errors.append(f"{f}: web reference without 'Available: URL'")
        if "downloaded" in e and not re.search(r"\(downloaded \d{4},\s+[A-Z][a-z]{2}\.\s+\d{1,2}\)", e):
            errors.append(f"{f}: downloaded date form in {e[:30]!r}")
    for l in body.split("\n"):
        if vw(l) > 48 and " " in l and not l.startswith("Table "): errors.append(f"{f}: body line wider than the column: {l[:30]!r}")
    c = cites(body)
    if c != set(nums_r): errors.append(f"{f}: body citations {sorted(c)} are not the references 1..{len(nums_r)}")
    for n_ in re.findall(r"^표 (\d+) ", body, re.M):
        if not re.search(rf"^표 {n_} .+\nTable {n_} ", body, re.M): errors.append(f"{f}: 표 {n_} without its English caption")
    bios = [c_ for c_ in chunk if re.match(r"[가-힣]( [가-힣]){1,3}\n", c_)]
    if not bios: errors.append(f"{f}: no author profiles")
    for b in bios:
        ys = [int(y) for y in re.findall(r"(\d{4})년", b)]
        if ys != sorted(ys): errors.append(f"{f}: years falling in a profile {ys}")


# ---- 1081 Web of Science plain text
WOS_MULTI = {"AU", "AF", "BE", "CR", "C1"}


def check_wos(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.startswith("FN Clarivate Analytics Web of Science\nVR 1.0\n"): errors.append(f"{f}: FN / VR lines")
    if not raw.endswith("\nEF\n"): errors.append(f"{f}: EF not last")
    body = raw[len("FN Clarivate Analytics Web of Science\nVR 1.0\n"):-len("EF\n")]
    recs = body.split("ER\n\n")
    if recs[-1] != "": errors.append(f"{f}: the last record not closed by ER and a blank line")
    uts = []
    for r in recs[:-1]:
        fields, last = {}, None
        for l in r.rstrip("\n").split("\n"):
            m = re.fullmatch(r"([A-Z][A-Z0-9]) (.+)", l)
            if m:
                if m.group(1) in fields: errors.append(f"{f}: tag {m.group(1)} twice in a record")
                fields[m.group(1)] = [m.group(2)]; last = m.group(1)
            elif l.startswith("   ") and last in WOS_MULTI:
                fields[last].append(l[3:])
            else:
                errors.append(f"{f}: line {l[:40]!r} neither a field nor a continuation of a multi-valued field")
        if next(iter(fields), None) != "PT": errors.append(f"{f}: record not starting with PT")
        auv, afv = fields.get("AU", []), fields.get("AF", [])
        if len(auv) != len(afv): errors.append(f"{f}: AU / AF lengths {len(auv)} / {len(afv)}")
        for a, b in zip(auv, afv):
            s, _, g = b.partition(", ")
            want = s + ", " + "".join(w[0] for w in g.replace("-", " ").replace(".", ". ").split())
            if a != want: errors.append(f"{f}: AU {a!r} is not AF {b!r}'s surname and initials")
        py = fields.get("PY", [""])[0]
        if not re.fullmatch(r"\d{4}", py): errors.append(f"{f}: PY {py!r}")
        ut = fields.get("UT", [""])[0]
        uts.append(ut)
        if ut.startswith("PPRN:"):
            di = fields.get("DI", [""])[0]
            m = re.fullmatch(r"10\.48550/arXiv\.(\d\d)(\d\d)\.\d{4,5}", di)
            if fields.get("SO") != ["arXiv"] or fields.get("DT") != ["Preprint"] or not m:
                errors.append(f"{f}: preprint record {ut} without SO arXiv / DT Preprint / an arXiv DOI")
            elif "20" + m.group(1) != py: errors.append(f"{f}: {ut}: PY {py} is not the arXiv id's year")
        elif ut.startswith("WOS:"):
            if "CPCI-S" in fields.get("WE", [""])[0] and fields.get("PT") != ["C"]: errors.append(f"{f}: {ut}: a CPCI-S record not PT C")
        else:
            errors.append(f"{f}: UT {ut!r}")
        if "BP" in fields or "EP" in fields:
            try:
                bp, ep = int(fields["BP"][0]), int(fields["EP"][0])
                if bp > ep or fields.get("PG") != [str(ep - bp + 1)]: errors.append(f"{f}: {ut}: BP / EP / PG {bp} {ep} {fields.get('PG')}")
            except (KeyError, ValueError):
                errors.append(f"{f}: {ut}: BP / EP not both numbers")
        if "TC" in fields and "Z9" in fields and int(fields["TC"][0]) > int(fields["Z9"][0]): errors.append(f"{f}: {ut}: TC > Z9")
    if len(uts) != len(set(uts)): errors.append(f"{f}: UT repeated")


# ---- 1082 NocoDB CSV
NOCO_HEAD = ["शीर्षक", "लेखक", "वर्ष", "लिंक", "प्रस्तुतकर्ता", "बैठक की तारीख", "स्थिति", "टैग", "टिप्पणी"]
NOCO_STATUS = ["पढ़ लिया", "इस हफ़्ते", "बाकी"]


def papa(v):
    if any(c in v for c in ',"\r\n') or v[:1] == " " or v[-1:] == " ":
        return '"' + v.replace('"', '""') + '"'
    return v


def check_nocodb(f, raw):
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if "\r\n".join(",".join(papa(c) for c in r) for r in rows) != raw:
        errors.append(f"{f}: not byte-equal to papaparse's CSV of its rows (CRLF, minimal quotes, no final newline)")
    if not rows or rows[0] != NOCO_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    w = len(rows[0])
    for r in rows[1:]:
        if len(r) != w: errors.append(f"{f}: a row of {len(r)} cells")
    data = [r for r in rows[1:] if len(r) == w]
    dates, st, undated_seen = [], [], False
    for r in data:
        if not (r[2] == "" or re.fullmatch(r"\d{4}", r[2])): errors.append(f"{f}: year {r[2]!r}")
        if not (r[3] == "" or re.fullmatch(r"https?://\S+", r[3]) or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", r[3])):
            errors.append(f"{f}: link cell {r[3]!r}")
        if r[5] == "":
            undated_seen = True
            if r[6]: errors.append(f"{f}: an undated row with status {r[6]!r}")
            continue
        if undated_seen: errors.append(f"{f}: a dated row after undated ones")
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", r[5])
        d = date_ok(f, *m.groups(), "meeting date") if m else errors.append(f"{f}: date {r[5]!r}")
        if d: dates.append(d)
        if r[6] not in NOCO_STATUS: errors.append(f"{f}: status {r[6]!r} not an option")
        else: st.append(NOCO_STATUS.index(r[6]))
    if any((b - a).days != 7 for a, b in zip(dates, dates[1:])): errors.append(f"{f}: meeting dates not a week apart")
    if st != sorted(st): errors.append(f"{f}: statuses not read → this week → pending")


# ---- 1083 ActiveTrail web version
HE_MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]
HE_DAYS = ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"]


def he_date(s):
    m = re.search(r"(\d{1,2}) ב(" + "|".join(HE_MONTHS) + r") (\d{4})", s)
    return dt.date(int(m.group(3)), HE_MONTHS.index(m.group(2)) + 1, int(m.group(1))) if m else None


def check_activetrail(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                          '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he">\n'):
        errors.append(f"{f}: not an XHTML transitional, dir=rtl lang=he page")
    html_balanced(f, raw)
    if not re.search(r'<body[^>]*>\n<div style="display:none;[^"]*">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader first in <body>")
    mt, mh = re.search(r"<title>[^<]*#(\d+)[^<]*</title>", raw), re.search(r"גיליון #(\d+) · ([^<]+)</div>", raw)
    if not mt or not mh or mt.group(1) != mh.group(1): errors.append(f"{f}: issue number in <title> and header differ")
    links = re.findall(r'https://trc\.activetrail\.example/(Forward|Update|Unsubscribe)\.aspx\?c=(\d+)&amp;s=([\w=]+)"', raw)
    if sorted(l[0] for l in links) != ["Forward", "Unsubscribe", "Update"] or len({l[1:] for l in links}) != 1:
        errors.append(f"{f}: forward / update / unsubscribe links not one campaign and subscriber")
    if 'alt="ActiveTrail"' not in raw: errors.append(f"{f}: no 'sent with ActiveTrail'")
    for a in re.findall(r"<a [^>]*>", raw):
        if 'href="http' in a and 'target="_blank"' not in a: errors.append(f"{f}: link without target=_blank: {a[:60]}")
    for s in re.findall(r'<span dir="ltr">(.*?)</span>', raw):
        if re.search(r"[\u0590-\u05ff]", s): errors.append(f"{f}: Hebrew inside an ltr span: {s[:40]!r}")
    issue = he_date(mh.group(2)) if mh else None
    mm = re.search(r"יום (\S+), (\d{1,2} ב\S+ \d{4}), \d\d:\d\d", raw)
    if not mm or not issue: errors.append(f"{f}: meetup or issue date unreadable"); return
    md = he_date(mm.group(2))
    if not md or HE_DAYS[md.weekday()] != mm.group(1): errors.append(f"{f}: meetup weekday {mm.group(1)} is not {mm.group(2)}'s")
    if md and md <= issue: errors.append(f"{f}: the meetup is not after the issue date")


# ---- 1084 TYPO3 tx_news
TYPO3_C = """<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-"""


def check_typo3(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"da-DK\">\n<head>\n\n"): errors.append(f"{f}: doctype / html lang / head")
    if TYPO3_C not in raw: errors.append(f"{f}: no TYPO3 comment after the charset meta")
    if '<meta name="generator" content="TYPO3 CMS" />' not in raw: errors.append(f"{f}: no TYPO3 generator meta")
    html_balanced(f, raw)
    can, og = re.search(r'<link rel="canonical" href="([^"]+)"/>', raw), re.search(r'<meta property="og:url" content="([^"]+)" />', raw)
    if not can or not og or can.group(1) != og.group(1): errors.append(f"{f}: canonical and og:url differ")
    mb = re.search(r'<body id="p(\d+)" class="page-(\d+) pagelevel-\d+ language-\d+ backendlayout-\w+ layout-\w+">', raw)
    if not mb or mb.group(1) != mb.group(2): errors.append(f"{f}: body id / page class")
    h1 = re.search(r'<h1 itemprop="headline">([^<]+)</h1>', raw)
    ogt = re.search(r'<meta property="og:title" content="([^"]+)" />', raw)
    bc = re.search(r'<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">([^<]+)</span></li>', raw)
    tt = re.search(r"<title>(.+?) - [^<]+</title>", raw)
    if not (h1 and ogt and bc and tt) or len({h1.group(1), ogt.group(1), bc.group(1), tt.group(1)}) != 1:
        errors.append(f"{f}: headline, og:title, breadcrumb and <title> differ")
    mt = re.search(r'<time itemprop="datePublished" datetime="(\d{4})-(\d\d)-(\d\d)">\s*(\d\d)\.(\d\d)\.(\d{4})\s*</time>', raw)
    if not mt or (mt.group(1), mt.group(2), mt.group(3)) != (mt.group(6), mt.group(5), mt.group(4)):
        errors.append(f"{f}: <time datetime> is not the date shown"); return
    pub = date_ok(f, mt.group(1), mt.group(2), mt.group(3), "publication")
    mtab = re.search(r'<table class="contenttable"><thead><tr>((?:<th scope="col">[^<]+</th>)+)</tr></thead><tbody>(.*?)</tbody></table>', raw, re.S)
    if not mtab: errors.append(f"{f}: no RTE contenttable"); return
    if len(re.findall(r"<th ", mtab.group(1))) != 4: errors.append(f"{f}: contenttable header not four cells")
    prev = None
    for row in re.findall(r"<tr>(.*?)</tr>", mtab.group(2)):
        cells = re.findall(r"<td( colspan=\"3\")?>(.*?)</td>", row)
        if not (len(cells) == 4 and not any(c[0] for c in cells)) and not (len(cells) == 2 and cells[1][0]):
            errors.append(f"{f}: contenttable row {row[:50]!r}"); continue
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", cells[0][1])
        d = date_ok(f, pub.year if pub else 2024, m.group(2), m.group(1), "session date") if m else errors.append(f"{f}: date cell {cells[0][1]!r}")
        if not d: continue
        if d.weekday() != 3: errors.append(f"{f}: {cells[0][1]} is not a Thursday")
        if prev and (d - prev).days != 7: errors.append(f"{f}: {cells[0][1]} not a week after the row before")
        if pub and d <= pub: errors.append(f"{f}: {cells[0][1]} not after publication")
        prev = d
    mbody = re.search(r'<div class="news-text-wrap" itemprop="articleBody">(.*?)</div>', raw, re.S)
    for a in re.findall(r'<a href="https?://[^"]+"[^>]*>', mbody.group(1) if mbody else ""):
        if 'target="_blank" rel="noreferrer"' not in a: errors.append(f"{f}: external body link without target=_blank rel=noreferrer: {a[:60]}")


# ---- 1085 ScienceNet copy
SN_BAR = ["科学网首页", "新闻", "博客", "院士", "人才", "会议", "基金", "小组", "论坛", "手机版", "登录", "注册"]
SN_T = lambda s: dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def check_sciencenet(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:len(SN_BAR)] != SN_BAR: errors.append(f"{f}: site bar {ls[:3]}")
    mh = re.fullmatch(r"(\S+)的个人博客分享 http://blog\.sciencenet\.cn/u/\w+ .+", ls[len(SN_BAR)])
    if not mh: errors.append(f"{f}: blogger header {ls[len(SN_BAR)]!r}"); return
    name = mh.group(1)
    mr = [re.fullmatch(r"已有 \d+ 次阅读 (\d{4}-\d{1,2}-\d{1,2} \d\d:\d\d) \|个人分类:[^|]+\|系统分类:[^|]+\|.*", l) for l in ls]
    mr = [m for m in mr if m]
    if len(mr) != 1: errors.append(f"{f}: read-count line"); return
    post = SN_T(mr[0].group(1))
    if f"转载本文请联系原作者获取授权，同时请注明本文来自{name}科学网博客。" not in ls: errors.append(f"{f}: reposting notice not naming {name}")
    if not any(re.fullmatch(r"链接地址：https://blog\.sciencenet\.cn/blog-\d+-\d+\.html", l) for l in ls): errors.append(f"{f}: 链接地址 line")
    if not any(l.startswith("上一篇：") for l in ls): errors.append(f"{f}: no 上一篇")
    title = ls[ls.index(mr[0].group(0)) - 2] if mr[0].group(0) in ls else ""
    if title.endswith("（上）") and any(l.startswith("下一篇：") for l in ls): errors.append(f"{f}: a 下一篇 link although part two is not out")
    mrec = next((re.fullmatch(r"当前推荐数：(\d+) 推荐人：(.*)", l) for l in ls if l.startswith("当前推荐数")), None)
    if not mrec or int(mrec.group(1)) != len(mrec.group(2).split()): errors.append(f"{f}: 当前推荐数 is not the recommenders")
    mc = next((re.search(r"评论 \((\d+) 个评论\)", l) for l in ls if "个评论" in l), None)
    if ls[-2:-1] != ["Archiver|手机版|科学网 ( 京ICP备07017587号-12 )"] or not re.fullmatch(r"GMT\+8, \d{4}-\d{1,2}-\d{1,2} \d\d:\d\d", ls[-1]):
        errors.append(f"{f}: footer"); return
    copied = SN_T(ls[-1][7:])
    heads = [(i, re.fullmatch(r"\[(\d+)\](\S+)   (\d{4}-\d{1,2}-\d{1,2} \d\d:\d\d)", l)) for i, l in enumerate(ls)]
    heads = [(i, m) for i, m in heads if m]
    if not mc or int(mc.group(1)) != len(heads): errors.append(f"{f}: 评论 ({mc and mc.group(1)}) but {len(heads)} comments")
    if [int(m.group(1)) for _, m in heads] != list(range(len(heads), 0, -1)): errors.append(f"{f}: comments not numbered N..1")
    times = [SN_T(m.group(3)) for _, m in heads]
    if times != sorted(times, reverse=True): errors.append(f"{f}: comments not newest first")
    if times and (times[-1] < post or times[0] > copied): errors.append(f"{f}: a comment outside post time .. copy time")
    for (i, m), t in zip(heads, times):
        for l in ls[i + 1:i + 3]:
            r = re.match(r"博主回复\((\d{4}-\d{1,2}-\d{1,2} \d\d:\d\d)\)：", l)
            if r and not t <= SN_T(r.group(1)) <= copied: errors.append(f"{f}: blogger reply before its comment or after the copy")
    if post > copied: errors.append(f"{f}: post after the copy time")


# ---- 1086 teratail copy
TT_BAR = ["メインコンテンツにスキップ", "teratail", "質問する", "Q&A", "タグ", "ランキング", "ログイン", "新規登録"]
TT_TPL = ["実現したいこと", "発生している問題・分からないこと", "エラーメッセージ", "該当のソースコード", "試したこと・調べたこと",
          "上記の詳細・結果", "補足"]
TT_CHECKS = [" teratailやGoogle等で検索した", " ソースコードを自分なりに変更した", " 知人に聞いた", " その他"]
TT_T = lambda s: dt.datetime.strptime(s, "%Y/%m/%d %H:%M")


def check_teratail(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:len(TT_BAR)] != TT_BAR: errors.append(f"{f}: site bar {ls[:3]}")
    i = len(TT_BAR)
    if ls[i] != "受付中" and ls[i] != "解決済み": errors.append(f"{f}: status {ls[i]!r}")
    try:
        e = ls.index("評価")
    except ValueError:
        errors.append(f"{f}: no 評価"); return
    if e - i < 3: errors.append(f"{f}: no title or tags")
    if not (re.fullmatch(r"-?\d+", ls[e + 1]) and ls[e + 2] == "クリップ" and ls[e + 3].isdigit() and ls[e + 4] == "VIEW" and ls[e + 5].isdigit()):
        errors.append(f"{f}: 評価 / クリップ / VIEW block {ls[e:e + 6]}")
    if not re.fullmatch(r"score \d+", ls[e + 7]): errors.append(f"{f}: asker's score {ls[e + 7]!r}")
    mp, me = re.fullmatch(r"投稿 (\S+ \S+)", ls[e + 8]), re.fullmatch(r"編集 (\S+ \S+)", ls[e + 9])
    if not mp: errors.append(f"{f}: no 投稿 time"); return
    asked = TT_T(mp.group(1))
    if me and TT_T(me.group(1)) < asked: errors.append(f"{f}: edited before posted")
    pos = [ls.index(h) if h in ls else -1 for h in TT_TPL]
    if -1 in pos or pos != sorted(pos): errors.append(f"{f}: template headings missing or out of order {pos}")
    else:
        if ls[pos[4] + 1:pos[4] + 5] != TT_CHECKS: errors.append(f"{f}: the four check items")
    ma = [l for l in ls if re.fullmatch(r"回答\d+件", l)]
    if len(ma) != 1: errors.append(f"{f}: 回答N件 line"); return
    n = int(ma[0][2:-1])
    a0 = ls.index(ma[0])
    if ls[a0 + 1:a0 + 4] != ["並び替え", "評価が高い順", "新着順"]: errors.append(f"{f}: sort box")
    blocks, cur = [], []
    for l in ls[a0 + 4:]:
        if l == "あなたの回答": break
        cur.append(l)
        if l == "コメントを投稿": blocks.append(cur); cur = []
    if len(blocks) != n: errors.append(f"{f}: 回答{n}件 but {len(blocks)} answers")
    scores = []
    for b in blocks:
        if len(b) < 5 or not re.fullmatch(r"-?\d+", b[0]) or not re.fullmatch(r"score \d+", b[2]) or not re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d", b[3]):
            errors.append(f"{f}: answer head {b[:4]}"); continue
        scores.append(int(b[0]))
        at = TT_T(b[3])
        if at < asked: errors.append(f"{f}: an answer before the question")
        for j, l in enumerate(b[5:-1]):
            if re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d", l) and TT_T(l) < at: errors.append(f"{f}: a comment before its answer")
    if scores != sorted(scores, reverse=True): errors.append(f"{f}: answers not sorted by 評価")
    if not re.fullmatch(r"© \d{4} .+", ls[-1]): errors.append(f"{f}: footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1077: check_openolat, 1078: check_gogs, 1079: check_emclient, 1080: check_kiise, 1081: check_wos,
     1082: check_nocodb, 1083: check_activetrail, 1084: check_typo3, 1085: check_sciencenet,
     1086: check_teratail}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round106's and round107's, a byte-identical file counted once), and the round106/round107 split (candidates sorted by
# (uses, catalogue title); round106 = even positions from 2 on, one unbroken run; round107 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P107S = ["/work/rounds/digests-round107/expected.json", "/work/main/tests/data/digests-round107/expected.json"]
P107 = next((p for p in P107S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P107S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round106", "digests-round107") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round106 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r107 = set()
if P107:
    try:
        r107 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P107)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P107} exists but could not be read (being written?)")
    if r107 & mine: errors.append(f"papers also in round107: {sorted(r107 & mine)}")
shared107 = len(r107 & mine) if P107 else "(no round107 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round106 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round107: {shared107}; papers in more than one round106 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
