#!/usr/bin/env python3
r"""Checks round192/expected.json against the digests and the shared catalogues.

Adapted from round192/validate.py (the label checks are the same code; the reuse report is round192's with round192 /
round193 in place of round192 / round193: round192 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round192's and
round193's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round193's expected.json, read from /work/rounds/digests-round193/ or
/work/main/tests/data/digests-round193/ when it exists; no paper in two files). Every digest is read raw (UTF-8; 1938 is
7-bit ASCII with CR LF, 1941 has CR LF rows, every other file LF) and in decoded forms: 1938's base64 body in UTF-8;
1941's CSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched
after whitespace normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1938 (base64: every title and link is only
visible in the decoded body). For it the facts «found only after decoding» are counted on the file's summary line instead
of being printed as notes; the same facts in any other file are notes.

Shape checks (lean, grammar-level), one function per kind (check_udsm, check_arnes, check_bds, check_bib,
check_labguru, check_d4b, check_daniweb, check_bzu, check_edublogs, check_inno); each states what it checks in its
error messages: 1937 UDSM course outline (head, «Page n of N» footers, six sections in order, course details once,
code form, weeks numbered ≤ 16, assessment = 100%, readings «Required» / «Recommended» numbered, approval date valid);
1938 Arnes webmail forward (CR LF, ASCII, header fields once, Date with weekday and Ljubljana's offset, From, User-Agent
Roundcube, Message-ID, base64 lines of 76, decoding, RFC 2047 Subject = «Fwd: » + forwarded subject, the forward block
«Zadeva / Datum / Od / Za» before the mail and to the forwarder, the digest head, topics 1..n, one «Sporočilo: i» per
topic with its sender and «[list] subject», footer); 1939 BDS ISO 690 list («ЗАКЛЮЧЕНИЕ» then «ИЗПОЛЗВАНА ЛИТЕРАТУРА»,
page numbers consecutive, entries «n. ФАМИЛИЯ, Име» numbered, ending «.», with a year, URLs only as «Достъпно на: URL
[прегледан на дд.мм.гггг]» valid and not after March 2026, page ranges a < b, alphabetical Cyrillic then Latin, every
entry cited and every citation an entry); 1940 BibTeX (export head, date, «n records» = the entries, keys unique, known
types and fields, «  name = {value}» lines, braces balanced, year 4 digits, url http(s), authors «Family, Given»);
1941 Labguru CSV (no BOM, parsed strictly with «;» and written again exactly as Python's csv writer writes with CR LF;
header; one project; ids unique; statuses, priorities; dates dd-mm-yyyy valid, due not before start; assignees);
1942 direct4b export (head, members, save time; message heads «yyyy/mm/dd(曜) hh:mm 名前» with the right weekday, times
not decreasing, speakers members, blank / head / text, saved after the last message); 1943 DaniWeb copy (head, the
Discussion Starter first, «name · rank · n Contributions», ranks, one count per member, «Posted <age>» in time order,
«0 0» per post, «n Replies» = the replies, closing line); 1944 Birzeit newsletter (doctype, lang ar dir rtl, tags
balanced, one title / h1, meta charset, entities, the TOC = the section ids, anchors, http(s) / mailto links, the Arabic
date line, the issue number in title and h1); 1945 Edublogs copy (menu, «Posted on … by …», «n thoughts on “title”» =
the comments «name says: / d Month yyyy at h:mm am / text / Reply», after the post and in order, form and footer);
1946 gitlab.pg.innopolis.ru README (awesome badge, headings unique, «Содержание» first, «Лицензия» last, the
Содержание = the other headings with GitLab's slugs, the date valid, links https or anchors, one project, lower-case
handles, «!n» and «~label»).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue / distractor id or title; a
valid-shaped unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a
label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and
the shape checks."""
import base64, binascii, csv, email, email.policy, html, io, json, os, quopri, re, sys, unicodedata
from html.parser import HTMLParser
import datetime as dt
from collections import Counter
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlparse, parse_qs
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
READ_AS = {1938: {"decoded"}}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []
EXPECTED_SEEN = Counter()

def num(f):
    return int(f.split("_")[0])


def expected_or_note(f, how, msg):
    """a «found only after decoding / joining» fact: counted when the file's kind is read that way, else a note"""
    if how in READ_AS.get(num(f), set()):
        EXPECTED_SEEN[(f, how)] += 1
    else:
        notes.append(msg)


def lines_of(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)


def E(f, m): errors.append(f"{f}: {m}")


def isbn13_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


VOID = {"meta", "br", "img", "hr", "link", "input", "wbr"}


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()


MIME_PARTS = {}
RAW_BYTES, CSV_FIELDS = {}, {}
B64L = re.compile(r"[A-Za-z0-9+/]*={0,2}")


class _TagCheckX(_TagCheck):
    """_TagCheck for XHTML-style output: «<br />» and «<meta … />» close themselves"""
    def handle_startendtag(s, t, a): pass


class _HtmlText(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out = []; s.comments = []

    def handle_data(s, d): s.out.append(d)

    def handle_comment(s, d): s.comments.append(d)


def isbn_ok(s):
    d = re.sub(r"[^\dX]", "", s)
    if len(d) == 13: return isbn13_ok(d)
    if len(d) == 10: return sum((10 if c == "X" else int(c)) * (10 - i) for i, c in enumerate(d)) % 11 == 0
    return False




EXTRA_FORMS = {}


class _TagCheck5(_TagCheck):
    """_TagCheck for HTML5: void elements need no end tag"""
    def handle_startendtag(s, t, a): pass


def body_after(L, i):
    """the non-empty line after index i"""
    for l in L[i + 1:]:
        if l.strip(): return l
    return ""


# ---------------------------------------------------------------- 1937 University of Dar es Salaam course outline, PDF copy
UDSM_HEAD = ["UNIVERSITY OF DAR ES SALAAM", "COLLEGE OF INFORMATION AND COMMUNICATION TECHNOLOGIES",
             "Department of Computer Science and Engineering", "", "COURSE OUTLINE"]
UDSM_SECT = ["1. COURSE DETAILS", "2. COURSE DESCRIPTION", "3. LEARNING OUTCOMES", "4. WEEKLY SCHEDULE", "5. ASSESSMENT", "6. READINGS"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def check_udsm(f, raw):
    L = lines_of(f, raw)
    if L[:5] != UDSM_HEAD: E(f, "head (UDSM / CoICT / department / COURSE OUTLINE)")
    ft = [(i, re.fullmatch(r"Page (\d+) of (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, int(m[1]), int(m[2])) for i, m in ft if m]
    if not ft or [n for _, n, _ in ft] != list(range(1, len(ft) + 1)) or {t for _, _, t in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «Page n of N» not 1..N or not closing the text")
    idx = []
    for s_ in UDSM_SECT:
        h = [i for i, l in enumerate(L) if l == s_]
        if len(h) != 1: E(f, f"section «{s_}» found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    sec = {s_: [l for l in L[i + 1:j] if l] for s_, i, j in zip(UDSM_SECT, idx, idx[1:] + [len(L)])}
    for k in ["Course code", "Course title", "Credit units", "Semester", "Contact hours", "Lecturer", "Consultation"]:
        if sum(1 for l in sec["1. COURSE DETAILS"] if l.startswith(k + ": ")) != 1: E(f, f"course detail «{k}:» not once")
    if not any(re.fullmatch(r"Course code: [A-Z]{2,3} \d{3}", l) for l in sec["1. COURSE DETAILS"]): E(f, "«Course code: AA nnn»")
    wk = [re.fullmatch(r"Week (\d+): .+", l) for l in sec["4. WEEKLY SCHEDULE"] if not l.startswith("Page ")]
    if not wk or not all(wk) or [int(m[1]) for m in wk] != list(range(1, len(wk) + 1)) or len(wk) > 16: E(f, "weeks not «Week n: …» numbered 1..n (≤ 16)")
    ev = [re.fullmatch(r"(.+): (\d+)%", l) for l in sec["5. ASSESSMENT"]]
    if not ev or not all(ev) or ev[-1][1] != "Total" or sum(int(m[2]) for m in ev[:-1]) != 100 or ev[-1][2] != "100":
        E(f, "assessment «…: n%» not adding up to «Total: 100%»")
    rd = sec["6. READINGS"]
    if rd[:1] != ["Required"] or rd.count("Recommended") != 1: E(f, "readings «Required» then «Recommended»")
    nums = [int(m[1]) for m in (re.match(r"(\d+)\. ", l) for l in rd) if m]
    if nums != list(range(1, len(nums) + 1)): E(f, "readings not numbered 1..n")
    ap = [re.fullmatch(r"Approved by the Head of Department, (\d+) (\w+) (\d{4})", l) for l in L]
    ap = [m for m in ap if m]
    if len(ap) != 1 or ap[0][2] not in EN_M or not dt_ok(f"{ap[0][3]}-{EN_M.index(ap[0][2]) + 1}-{ap[0][1]}", "%Y-%m-%d"): E(f, "approval date once and valid")


# ---------------------------------------------------------------- 1938 Arnes webmail forward, base64 (Slovenian)
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def cet_off(d):
    def last_sun(y, mo):
        x = dt.datetime(y, mo, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    a, b = last_sun(d.year, 3).replace(hour=2), last_sun(d.year, 10).replace(hour=3)
    return "+0200" if a <= d < b else "+0100"


def check_arnes(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if any(ord(c) > 127 for c in raw): E(f, "not 7-bit ASCII")
    if "\r\n\r\n" not in raw: E(f, "no blank line after the header"); return
    h, b = raw.split("\r\n\r\n", 1)
    H = h.split("\r\n")
    names = [l.split(":", 1)[0] for l in H]
    for n in ["Date", "From", "To", "Subject", "Message-ID", "User-Agent", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]:
        if names.count(n) != 1: E(f, f"header {n} {names.count(n)} times")
    hd = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in H if ":" in l}
    m = re.fullmatch(r"(\w{3}), (\d\d) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d{4})", hd.get("Date", ""))
    d = m and m[3] in MO_EN and dt_ok(f"{m[4]}-{MO_EN.index(m[3]) + 1}-{m[2]} {m[5]}", "%Y-%m-%d %H:%M:%S")
    if not d or WD_EN[d.weekday()] != m[1] or cet_off(d) != m[6]: E(f, "Date not valid, wrong weekday or not Ljubljana's offset")
    fm = re.fullmatch(r"[^<>]+ <([\w.-]+@[\w.-]+)>", hd.get("From", ""))
    if not fm: E(f, "From «Name <address>»")
    if not re.fullmatch(r"Roundcube Webmail/\d+\.\d+\.\d+", hd.get("User-Agent", "")): E(f, "User-Agent not «Roundcube Webmail/x.y.z»")
    if not re.fullmatch(r"<[\w.]+@[\w.-]+>", hd.get("Message-ID", "")): E(f, "Message-ID")
    if hd.get("Content-Transfer-Encoding") != "base64" or not hd.get("Content-Type", "").startswith("text/plain; charset=UTF-8"): E(f, "not text/plain UTF-8 in base64")
    BL = b.split("\r\n")[:-1]
    if any(len(l) > 76 or not B64L.fullmatch(l) for l in BL) or any(len(l) != 76 for l in BL[:-1]): E(f, "base64 lines not 76 characters of the alphabet")
    try:
        t = base64.b64decode("".join(BL), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError) as ex:
        E(f, f"base64 body does not decode: {ex}"); return
    MIME_PARTS[f] = [t]
    try:
        subj = str(make_header(decode_header(hd.get("Subject", ""))))
    except Exception:
        subj = ""
    T_ = t.split("\n")
    if "-------- Posredovano sporočilo --------" not in T_: E(f, "no «-------- Posredovano sporočilo --------» block"); return
    i = T_.index("-------- Posredovano sporočilo --------")
    blk = T_[i + 1:i + 5]
    if [x.split(":", 1)[0] for x in blk] != ["Zadeva", "Datum", "Od", "Za"]: E(f, "forward block fields «Zadeva / Datum / Od / Za»"); return
    if subj != "Fwd: " + blk[0].split(": ", 1)[1]: E(f, "Subject is not «Fwd: » + the forwarded subject")
    fd = dt_ok(blk[1].split(": ", 1)[1], "%d.%m.%Y %H:%M")
    if not fd or not d or fd >= d.replace(tzinfo=None): E(f, "forwarded Datum not valid or not before the mail")
    if not fm or blk[3].split(": ", 1)[1] != fm[1]: E(f, "forwarded mail not addressed to the forwarder")
    dg = T_[i + 6:]
    hm = re.fullmatch(r"Povzetek seznama ([\w-]+), številka (\d+)", dg[0] if dg else "")
    if not hm: E(f, "digest head «Povzetek seznama list, številka n»"); return
    lst, no = hm[1], hm[2]
    topics = [re.fullmatch(r"  (\d+)\. (.+) \((.+)\)", l) for l in dg if re.match(r"  \d+\. ", l)]
    msgs = [j for j, l in enumerate(dg) if re.fullmatch(r"Sporočilo: \d+", l)]
    if [int(m[1]) for m in topics] != list(range(1, len(topics) + 1)) or len(msgs) != len(topics): E(f, "topics not 1..n or not one «Sporočilo: i» per topic")
    for m, j in zip(topics, msgs):
        if dg[j] != f"Sporočilo: {m[1]}" or not dg[j + 1].startswith(f"Od: {m[3]} <") or dg[j + 2] != f"Zadeva: [{lst}] {m[2]}": E(f, f"message {m[1]} does not match its topic")
    if f"Konec povzetka {lst}, številka {no}" not in dg: E(f, "digest footer «Konec povzetka list, številka n»")


# ---------------------------------------------------------------- 1939 BDS ISO 690 reference list (Bulgarian)
def check_bds(f, raw):
    L = lines_of(f, raw)
    if L[:1] != ["ЗАКЛЮЧЕНИЕ"] or L.count("ИЗПОЛЗВАНА ЛИТЕРАТУРА") != 1: E(f, "«ЗАКЛЮЧЕНИЕ» first and «ИЗПОЛЗВАНА ЛИТЕРАТУРА» once"); return
    ri = L.index("ИЗПОЛЗВАНА ЛИТЕРАТУРА")
    pg = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if len(pg) < 2 or pg != list(range(pg[0], pg[0] + len(pg))) or not re.fullmatch(r"\d{1,3}", L[-1]): E(f, "page numbers not consecutive or not closing")
    ent = [re.fullmatch(r"(\d+)\. (.+)", l) for l in L[ri + 1:] if l and not re.fullmatch(r"\d{1,3}", l)]
    if not all(ent): E(f, "reference lines not «n. entry»"); return
    if [int(m[1]) for m in ent] != list(range(1, len(ent) + 1)): E(f, "references not numbered 1..n")
    keys_ = []
    for m in ent:
        e_ = m[2]
        am = re.match(r"([A-ZА-Я][A-ZА-Я-]+)(?:, [A-ZА-Я]|\. [A-Za-zА-я])", e_)
        if not am: E(f, f"entry {m[1]} not «ФАМИЛИЯ, Име» or «ОРГАНИЗАЦИЯ.»"); continue
        keys_.append(am[1])
        if not e_.endswith("."): E(f, f"entry {m[1]} does not end with «.»")
        if not re.search(r"\b(19|20)\d\d\b", e_): E(f, f"entry {m[1]} has no year")
        for u in re.findall(r"https?://\S+", e_):
            mm = re.search(r"Достъпно на: " + re.escape(u) + r" \[прегледан на (\d\d\.\d\d\.\d{4})\]", e_)
            d = mm and dt_ok(mm[1], "%d.%m.%Y")
            if not d or d > dt.datetime(2026, 3, 31): E(f, f"entry {m[1]}: URL not «Достъпно на: URL [прегледан на дд.мм.гггг]» with a valid date")
        for a, b in re.findall(r"pp\. (\d+)-(\d+)", e_):
            if int(a) >= int(b): E(f, f"entry {m[1]}: page range {a}-{b}")
    cyr = [k for k in keys_ if re.match(r"[А-Я]", k)]
    if keys_ != cyr + sorted(k for k in keys_ if k not in cyr) or cyr != sorted(cyr): E(f, "references not alphabetical (Cyrillic, then Latin)")
    body = "\n".join(L[:ri])
    cited = {int(x) for x in re.findall(r"\[(\d+)\]", body)}
    if cited != set(range(1, len(ent) + 1)): E(f, f"citations {sorted(cited)} not exactly the entries 1..{len(ent)}")


# ---------------------------------------------------------------- 1940 BibTeX export (Nazarbayev University Library)
BIB_T = {"article", "inproceedings", "misc", "book"}
BIB_F = {"author", "title", "booktitle", "journal", "year", "url", "note", "howpublished", "publisher", "edition"}


def check_bib(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["% BibTeX export - Nazarbayev University Library", L[1]] or not L[1].startswith("% Saved list: "): E(f, "export head")
    hm = re.fullmatch(r"% Exported: (\d{4}-\d\d-\d\d), (\d+) records", L[2] if len(L) > 2 else "")
    if not hm or not dt_ok(hm[1], "%Y-%m-%d"): E(f, "«% Exported: yyyy-mm-dd, n records»"); return
    ents = re.findall(r"^@(\w+)\{([^,\s]+),\n(.*?)\n\}$", raw, re.M | re.S)
    if len(ents) != int(hm[2]) or raw.count("\n@") != len(ents): E(f, f"«{hm[2]} records» but {len(ents)} entries parsed")
    ks = [k for _, k, _ in ents]
    if len(set(ks)) != len(ks): E(f, "duplicate keys")
    for t, k, body in ents:
        if t not in BIB_T: E(f, f"{k}: type @{t}")
        fl = body.split("\n")
        names = []
        for i, l in enumerate(fl):
            m = re.fullmatch(r"  (\w+) = \{(.*)\}" + ("," if i < len(fl) - 1 else ""), l)
            if not m: E(f, f"{k}: field line {l[:40]!r} not «  name = {{value}}» with commas between"); continue
            names.append(m[1])
            if m[2].count("{") != m[2].count("}"): E(f, f"{k}: braces unbalanced in {m[1]}")
            if m[1] == "year" and not re.fullmatch(r"\d{4}", m[2]): E(f, f"{k}: year {m[2]!r}")
            if m[1] == "url" and not re.fullmatch(r"https?://\S+", m[2]): E(f, f"{k}: url {m[2]!r}")
            if m[1] == "author" and not all(re.fullmatch(r"[^,]+, [^,]+|\{[^}]+\}|others", a) for a in m[2].split(" and ")): E(f, f"{k}: author not «Family, Given and …»")
        if set(names) - BIB_F or len(set(names)) != len(names) or not {"title", "year", "author"} <= set(names): E(f, f"{k}: fields {names}")


# ---------------------------------------------------------------- 1941 Labguru task CSV, semicolons (Dutch)
LG_HEAD = ["Task ID", "Name", "Project", "Milestone", "Assigned to", "Status", "Start date", "Due date", "Priority", "Description"]
LG_ST = {"Not started", "In progress", "On hold", "Completed"}


def check_labguru(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    if re.search(r"(?<!\r)\n", raw.replace('"', "")) and False: pass
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";", strict=True))
    except csv.Error as ex:
        E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: E(f, "not as Python's csv writer writes it (delimiter «;», CR LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != LG_HEAD: E(f, "header"); return
    if any(len(r) != len(LG_HEAD) for r in rows): E(f, "rows of another width"); return
    if len({r[2] for r in rows[1:]}) != 1: E(f, "more than one project")
    ids = [r[0] for r in rows[1:]]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"\d{4}", i) for i in ids): E(f, "task ids not unique 4-digit numbers")
    for r in rows[1:]:
        if r[5] not in LG_ST: E(f, f"{r[0]}: status {r[5]!r}")
        if r[8] not in ("Low", "Normal", "High"): E(f, f"{r[0]}: priority {r[8]!r}")
        a, b = dt_ok(r[6], "%d-%m-%Y"), dt_ok(r[7], "%d-%m-%Y")
        if not a or not b or b < a: E(f, f"{r[0]}: dates not valid dd-mm-yyyy or due before start")
        if not re.fullmatch(r"[A-Z][a-z]+ (?:de |van |van der )?[A-Z][a-z]+", r[4]): E(f, f"{r[0]}: assignee {r[4]!r}")


# ---------------------------------------------------------------- 1942 direct4b talk export (Japanese)
WDJ = "月火水木金土日"


def check_d4b(f, raw):
    L = lines_of(f, raw, final=False)
    if L[:1] != ["direct4b トーク履歴"] or not L[1].startswith("トーク名：") or not L[2].startswith("参加者："): E(f, "head (direct4b トーク履歴 / トーク名 / 参加者)"); return
    mem = L[2][4:].split("、")
    sm = re.fullmatch(r"保存日時：(\d{4}/\d\d/\d\d) (\d\d:\d\d)", L[3])
    sv = sm and dt_ok(f"{sm[1]} {sm[2]}", "%Y/%m/%d %H:%M")
    if not sv: E(f, "«保存日時：yyyy/mm/dd hh:mm»")
    prev, n = None, 0
    for i, l in enumerate(L[4:], 4):
        m = re.fullmatch(r"(\d{4}/\d\d/\d\d)\((.)\) (\d\d:\d\d) (.+)", l)
        if not m:
            if re.match(r"\d{4}/\d\d/\d\d", l): E(f, f"line {i + 1}: message head not «yyyy/mm/dd(曜) hh:mm 名前»")
            continue
        n += 1
        t = dt_ok(f"{m[1]} {m[3]}", "%Y/%m/%d %H:%M")
        if not t or WDJ[t.weekday()] != m[2]: E(f, f"line {i + 1}: date not valid or wrong weekday"); continue
        if prev and t < prev: E(f, f"line {i + 1}: time goes back")
        prev = t
        if m[4] not in mem: E(f, f"line {i + 1}: {m[4]} is not a member")
        if L[i - 1] != "" or i + 1 >= len(L) or not L[i + 1]: E(f, f"line {i + 1}: a message is blank / head / text")
    if not n: E(f, "no messages")
    if sv and prev and sv < prev: E(f, "saved before the last message")


# ---------------------------------------------------------------- 1943 DaniWeb thread, copied text
DW_RANK = {"Newbie Poster", "Junior Poster", "Posting Whiz", "Practically a Master Poster", "Moderator"}
DW_AGE = ["3 Days Ago", "2 Days Ago", "1 Day Ago"]


def check_daniweb(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["DaniWeb", "Programming  ›  Computer Science"]: E(f, "head (DaniWeb / breadcrumb)")
    heads = [(i, re.fullmatch(r"(Discussion Starter · )?([\w.]+) · (.+) · (\d+) Contributions", l)) for i, l in enumerate(L)]
    heads = [(i, m) for i, m in heads if m]
    if not heads or not heads[0][1][1] or any(m[1] for _, m in heads[1:]): E(f, "the first post not the «Discussion Starter», or another one is"); return
    rc = [re.fullmatch(r"(\d+) Replies", l) for l in L]
    rc = [m for m in rc if m]
    if len(rc) != 1 or int(rc[0][1]) != len(heads) - 1: E(f, "«n Replies» not the number of replies")
    op = heads[0][1][2]
    ages, contrib = [], {}
    for i, m in heads:
        if m[3] not in DW_RANK: E(f, f"line {i + 1}: rank {m[3]!r}")
        if contrib.setdefault(m[2], m[4]) != m[4]: E(f, f"line {i + 1}: {m[2]}'s contributions differ")
        am = re.fullmatch(r"Posted (.+)", L[i + 1])
        if not am or am[1] not in DW_AGE: E(f, f"line {i + 1}: «Posted <age>» missing"); continue
        ages.append(DW_AGE.index(am[1]))
        j = next((k for k in range(i + 2, len(L)) if L[k] == "0 0"), None)
        if j is None or (len([h for h in heads if i < h[0] < j])): E(f, f"line {i + 1}: post without its «0 0» vote line")
    if ages != sorted(ages): E(f, "posts not in time order")
    if L[-3:] != ["Reply to this topic", "Be a part of the DaniWeb community", ""][:2] and L[-2:] != ["Reply to this topic", "Be a part of the DaniWeb community"]: E(f, "closing «Reply to this topic»")


# ---------------------------------------------------------------- 1944 Birzeit University newsletter (Arabic, RTL)
def check_bzu(f, raw):
    if not raw.startswith("<!DOCTYPE html>\n"): E(f, "doctype")
    if '<html lang="ar" dir="rtl">' not in raw: E(f, "html lang ar, dir rtl")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.bad or tc.stack: E(f, f"tags not balanced: {tc.bad[:3]} {tc.stack[:3]}")
    if raw.count("<title>") != 1 or raw.count("<h1>") != 1 or '<meta charset="utf-8">' not in raw: E(f, "one title, one h1, meta charset")
    if re.search(r"&(?!(?:amp|lt|gt|quot|#\d+);)", raw): E(f, "bare «&» or unknown entity")
    ids = re.findall(r'<section id="([\w-]+)">', raw)
    toc = re.findall(r'<li><a href="#([\w-]+)">', raw)
    if len(set(ids)) != len(ids) or toc != ids: E(f, "the table of contents is not the section ids in order")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not re.match(r"(https?://|mailto:|#)", u): E(f, f"link {u!r} not http(s), mailto or an anchor")
    for u in re.findall(r'href="#([^"]+)"', raw):
        if u not in ids: E(f, f"anchor #{u} names no section")
    AR_M = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    dm = re.findall(r'<p class="date">نُشر في (\d+) (.+?) (\d{4})</p>', raw)
    if len(dm) != 1 or dm[0][1] not in AR_M or not dt_ok(f"{dm[0][2]}-{AR_M.index(dm[0][1]) + 1}-{dm[0][0]}", "%Y-%m-%d"): E(f, "date line «نُشر في d month yyyy» once and valid")
    tn = re.findall(r"<title>.*?العدد (\d+).*?</title>", raw)
    hn = re.findall(r"<h1>.*?العدد (\d+)</h1>", raw)
    if not tn or tn != hn: E(f, "issue number in title and h1 differ")


# ---------------------------------------------------------------- 1945 Edublogs post with comments
def _ed_dt(s):
    m = re.fullmatch(r"(\d+) (\w+) (\d{4}) at (\d+):(\d\d) (am|pm)", s)
    if not m or m[2] not in EN_M or not 1 <= int(m[4]) <= 12: return None
    return dt_ok(f"{m[3]}-{EN_M.index(m[2]) + 1}-{m[1]} {int(m[4]) % 12 + (12 if m[6] == 'pm' else 0)}:{m[5]}", "%Y-%m-%d %H:%M")


def check_edublogs(f, raw):
    L = lines_of(f, raw)
    if "Home   About   Readings   Assessment   Contact" not in L: E(f, "menu line")
    pm = [(i, re.fullmatch(r"Posted on (\d+) (\w+) (\d{4}) by (.+)", l)) for i, l in enumerate(L)]
    pm = [(i, m) for i, m in pm if m]
    if len(pm) != 1 or pm[0][1][2] not in EN_M or not dt_ok(f"{pm[0][1][3]}-{EN_M.index(pm[0][1][2]) + 1}-{pm[0][1][1]}", "%Y-%m-%d"): E(f, "«Posted on d Month yyyy by name» once and valid"); return
    author = pm[0][1][4]
    post = dt.datetime.strptime(f"{pm[0][1][3]}-{EN_M.index(pm[0][1][2]) + 1}-{pm[0][1][1]}", "%Y-%m-%d")
    title = L[pm[0][0] - 2]
    tm = [(i, re.fullmatch(r"(\d+) thoughts? on \u201c(.+)\u201d", l)) for i, l in enumerate(L)]
    tm = [(i, m) for i, m in tm if m]
    if len(tm) != 1 or tm[0][1][2] != title: E(f, "«n thoughts on “title”» once, naming the post"); return
    says = [i for i, l in enumerate(L) if re.fullmatch(r".+ says:", l)]
    if len(says) != int(tm[0][1][1]): E(f, f"«{tm[0][1][1]} thoughts» but {len(says)} comments")
    prev = post
    for i in says:
        d = _ed_dt(L[i + 1])
        if not d or d <= prev: E(f, f"comment at line {i + 1}: date «d Month yyyy at h:mm am» not valid or not after the previous"); continue
        prev = d
        j = next((k for k in range(i + 2, len(L)) if L[k] == "Reply"), None)
        if j is None or any(k in says for k in range(i + 1, j)) or L[j + 1] != "": E(f, f"comment at line {i + 1} without its «Reply» line")
    if not L.count("Leave a Reply") == 1 or L[-1] != "Proudly powered by WordPress | Edublogs": E(f, "form «Leave a Reply» and footer «Proudly powered by WordPress | Edublogs»")
    if not any(L[i][:-6] == author for i in says) and says: pass


# ---------------------------------------------------------------- 1946 gitlab.pg.innopolis.ru awesome-list README (negative, Russian)
RU_MO = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def check_inno(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): E(f, "title with the awesome badge")
    hs = [l[3:] for l in L if l.startswith("## ")]
    if len(set(hs)) != len(hs) or hs[:1] != ["Содержание"] or hs[-1:] != ["Лицензия"]: E(f, "headings unique, «Содержание» first, «Лицензия» last"); return
    si = L.index("## Содержание")
    toc = [re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l) for l in L[si + 2:] if l.startswith("- [")][:len(hs) - 2]
    if not all(toc) or [m[1] for m in toc] != hs[1:-1] or [m[2] for m in toc] != [slug(h) for h in hs[1:-1]]: E(f, "the Содержание is not the other headings in order with GitLab's slugs")
    dm = [re.fullmatch(r"Обновлено: (\d+) (\S+) (\d{4})\.", l) for l in L]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in RU_MO or not dt_ok(f"{dm[0][3]}-{RU_MO.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«Обновлено: d месяца yyyy.» once and valid")
    for t, u in re.findall(r"\[([^\]]*)\]\(([^)]+)\)", raw):
        if not (u.startswith("https://") or u.startswith("#")): E(f, f"link {u!r} not https or an anchor")
    if len(re.findall(r"https://gitlab\.pg\.innopolis\.ru/([\w.-]+/[\w.-]+)", raw)) != 1: E(f, "one gitlab.pg.innopolis.ru project")
    for h in re.findall(r"(?<![\w/])@([\w.]+)", raw):
        if h != h.lower(): E(f, f"handle @{h} not lower-case")
    if not re.search(r"(?<!\w)!\d+", raw) or not re.search(r"(?<!\w)~[\w-]+", raw): E(f, "a merge request «!n» and a label «~name»")


def shape_checks(f, raw, path):
    n = num(f)
    {1937: check_udsm, 1938: check_arnes, 1939: check_bds, 1940: check_bib, 1941: check_labguru,
     1942: check_d4b, 1943: check_daniweb, 1944: check_bzu, 1945: check_edublogs,
     1946: check_inno}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

# ---------------------------------------------------------------- decoded forms
CHARSET = {}


def read_raw(f, path):
    b = open(path, "rb").read()
    RAW_BYTES[f] = b
    return b.decode(CHARSET.get(num(f), "utf-8"))


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + list(EXTRA_FORMS.get(f, []))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(u)
        if p != u: forms.append(p)
    return forms

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
        elif norm(t) in nraw: expected_or_note(f, "joined", f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: expected_or_note(f, "decoded", f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: expected_or_note(f, "decoded", f"{f}: title found only after decoding + normalising: {t!r}")
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
                    expected_or_note(f, "decoded", f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: expected_or_note(f, "decoded", f"{f}: id {aid} found only after decoding")
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-])(?!…)(?!=\r?\n)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")


# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/rounds/*/expected.json except round192's and round193's, a byte-identical file counted once), and the
# round192/round193 split (candidates sorted by (uses, catalogue title); round192 = even positions from 4 on, one
# unbroken run; round193 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P193S = ["/work/rounds/digests-round193/expected.json", "/work/main/tests/data/digests-round193/expected.json"]
P193 = next((p for p in P193S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P193S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round192", "digests-round193") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 4 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round192 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r193 = set()
if P193:
    try:
        r193 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P193)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P193} exists but could not be read (being written?)")
    their_even = sorted(k for k in r193 if pos.get(k, 1) % 2 == 0)
    if r193 & mine and their_even:
        notes.append(f"round193's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r193)} papers at even positions): shared papers not an error here, to be settled by round193: "
                     f"{len(r193 & mine)} shared: {sorted(r193 & mine)}")
    elif r193 & mine: errors.append(f"papers also in round193: {sorted(r193 & mine)}")
shared193 = len(r193 & mine) if P193 else "(no round193 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    rd = ", ".join(f"{how} {EXPECTED_SEEN[(f, how)]}" for how in sorted(READ_AS.get(num(f), ())) if EXPECTED_SEEN[(f, how)])
    print(f"{f:128s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else "") + (f" [read {rd}]" if rd else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round192 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 4..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round193: {shared193}; papers in more than one round192 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


