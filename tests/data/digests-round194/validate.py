#!/usr/bin/env python3
r"""Checks round194/expected.json against the digests and the shared catalogues.

Adapted from round192/validate.py (the label checks are the same code; the reuse report is round192's with round194 /
round195 in place of round192 / round193: round194 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round194's and
round195's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round195's expected.json, read from /work/rounds/digests-round195/ or
/work/main/tests/data/digests-round195/ when it exists; no paper in two files). Every digest is read raw (UTF-8; 1958 is
7-bit ASCII with CR LF, 1960 has CR LF lines, every other file LF) and in decoded forms: 1958's quoted-printable body
in UTF-8; 1961's TSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1958 (quoted-printable: a title or link
broken by a soft line break or holding an encoded letter is only visible in the decoded body). For it the facts «found
only after decoding» are counted on the file's summary line instead of being printed as notes; the same facts in any
other file are notes.

Shape checks (lean, grammar-level), one function per kind (check_unima, check_afrihost, check_nch, check_ris,
check_labstep, check_kadu, check_coderanch, check_rupp, check_ubc, check_fit); each states what it checks in its error
messages: 1957 University of Malawi course outline (head, «CODE Course Outline | Page n of N» footers, the code once
and the same in the footers, course details once, seven sections A-G in order, topics numbered with consecutive weeks
≤ 16, assessment = 100%, readings «Prescribed» / «Recommended» numbered with a year, approval date valid); 1958
Afrihost webmail forward (CR LF, ASCII, header fields once (folded lines joined), Date with weekday and +0200, From at
afrihost, User-Agent Roundcube, Message-ID, quoted-printable lines ≤ 76 without bare «=» or trailing blanks, decoding,
RFC 2047 Subject starting «Fwd: » + forwarded subject, the block «Subject / Date / From / To» before the mail and to
the forwarder, the Mailman digest head, topics 1..n, one «Message: i» per topic with its Date (in order, before the
digest), sender and «[list] subject», the footer with its stars); 1959 NCh 1143 list («CONCLUSIONES» then
«BIBLIOGRAFÍA», page numbers consecutive, entries «n. APELLIDO, Nombre» numbered, ending «.», with a year, URLs only
as «Disponible en: URL [consulta: d de mes de aaaa]» valid and not after March 2026 and with «[en línea]», page ranges
a < b, numbered in order of first citation, every entry cited); 1960 RIS (CR LF, no BOM, «XX  - value» lines, known
tags and types, TY … ER records, no blank line inside, one TI and PY and an AU per record, PY 4 digits, UR / L1
http(s), L1 a PDF, AU «Family, Given» for works by people, JOUR with JO, CONF with T2); 1961 Labstep TSV (no BOM,
parsed strictly with TAB and written again exactly as Python's csv writer writes with LF; header; ids unique
increasing; «Created at» valid and in id order; statuses; authors; tags); 1962 Kadu history (head with participants,
export line, message heads «[yyyy-mm-dd hh:mm:ss] Name:», times valid and not decreasing, speakers participants, blank
/ head / text, exported after the last message); 1963 CodeRanch copy (head, closing, «name / rank / Posts: n /
posted <age>», ranks, one count per member, ages in order, the slices / thank-you / Send lines per post, the title,
quotes of members); 1964 RUPP newsletter (doctype, lang km, tags balanced, one title / h1, meta charset, entities, the
TOC = the section ids, anchors, http(s) / mailto links, the Khmer date line in Khmer digits, the issue number in title
and h1); 1965 UBC Blogs copy (bar and menu, «Posted on Month d, yyyy by …», «n Responses to “title”» = the comments
«name says: / Month d, yyyy at h:mm am / text / Reply», after the post and in order, «Posted in», form and footer);
1966 gitlab.fit.cvut.cz README (awesome badge, headings unique, «Obsah» first, «Licence» last, the Obsah = the other
headings with GitLab's slugs, the Czech date valid, links https or anchors, one project, lower-case handles, «!n» and
«~label»).
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
READ_AS = {1958: {"decoded"}}

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


# ---------------------------------------------------------------- 1957 University of Malawi course outline, PDF copy
UNIMA_HEAD = ["UNIVERSITY OF MALAWI", "SCHOOL OF NATURAL AND APPLIED SCIENCES", "Department of Computer Science", "",
              "COURSE OUTLINE"]
UNIMA_SECT = ["A. COURSE DESCRIPTION", "B. LEARNING OUTCOMES", "C. COURSE CONTENT", "D. TEACHING AND LEARNING METHODS",
              "E. ASSESSMENT", "F. PRESCRIBED AND RECOMMENDED READING", "G. NOTE TO STUDENTS"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def check_unima(f, raw):
    L = lines_of(f, raw)
    if L[:5] != UNIMA_HEAD: E(f, "head (University of Malawi / school / department / COURSE OUTLINE)")
    ft = [(i, re.fullmatch(r"([A-Z]{3} \d{3}) Course Outline \| Page (\d+) of (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, m) for i, m in ft if m]
    if not ft or [int(m[2]) for _, m in ft] != list(range(1, len(ft) + 1)) or {int(m[3]) for _, m in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «CODE Course Outline | Page n of N» not 1..N or not closing the text")
    cm = [re.fullmatch(r"Course Code: ([A-Z]{3} \d{3})", l) for l in L]
    cm = [m for m in cm if m]
    if len(cm) != 1 or any(m[1] != cm[0][1] for _, m in ft): E(f, "«Course Code: AAA nnn» once and the same in the footers")
    for k in ["Course Title", "Credit Hours", "Semester", "Lecturer", "Office Hours", "Prerequisite"]:
        if sum(1 for l in L if l.startswith(k + ": ")) != 1: E(f, f"course detail «{k}:» not once")
    idx = []
    for s_ in UNIMA_SECT:
        h = [i for i, l in enumerate(L) if l == s_]
        if len(h) != 1: E(f, f"section «{s_}» found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    sec = {s_: [l for l in L[i + 1:j] if l and " | Page " not in l] for s_, i, j in zip(UNIMA_SECT, idx, idx[1:] + [len(L)])}
    tp = [re.fullmatch(r"Topic (\d+): .+ \(Week (\d+)(?:-(\d+))?\)", l) for l in sec["C. COURSE CONTENT"]]
    if not tp or not all(tp) or [int(m[1]) for m in tp] != list(range(1, len(tp) + 1)): E(f, "topics not «Topic n: … (Week w)» numbered 1..n")
    else:
        wk = []
        for m in tp: wk += list(range(int(m[2]), int(m[3] or m[2]) + 1))
        if wk != list(range(1, len(wk) + 1)) or len(wk) > 16: E(f, "topic weeks not consecutive from 1 (≤ 16)")
    ev = [re.fullmatch(r"(.+): (\d+)%", l) for l in sec["E. ASSESSMENT"]]
    if not ev or not all(ev) or ev[-1][1] != "Total" or sum(int(m[2]) for m in ev[:-1]) != 100 or ev[-1][2] != "100":
        E(f, "assessment «…: n%» not adding up to «Total: 100%»")
    rd = sec["F. PRESCRIBED AND RECOMMENDED READING"]
    if rd[:1] != ["Prescribed reading"] or rd.count("Recommended reading") != 1: E(f, "readings «Prescribed reading» then «Recommended reading»")
    nums = [int(m[1]) for m in (re.match(r"(\d+)\. ", l) for l in rd) if m]
    if nums != list(range(1, len(nums) + 1)): E(f, "readings not numbered 1..n")
    for l in rd:
        if re.match(r"\d+\. ", l) and not re.search(r"\((19|20)\d\d\)", l): E(f, f"reading without «(year)»: {l[:40]!r}")
    ap = [re.fullmatch(r"Approved by the Head of Department on (\d+) (\w+) (\d{4})", l) for l in L]
    ap = [m for m in ap if m]
    if len(ap) != 1 or ap[0][2] not in EN_M or not dt_ok(f"{ap[0][3]}-{EN_M.index(ap[0][2]) + 1}-{ap[0][1]}", "%Y-%m-%d"): E(f, "approval date once and valid")


# ---------------------------------------------------------------- 1958 Afrihost webmail forward, quoted-printable
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
QPL = re.compile(r"(?:[\x21-\x3c\x3e-\x7e \t]|=[0-9A-F]{2})*=?")


def rfc_date(s):
    m = re.fullmatch(r"(\w{3}), (\d\d?) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d{4})", s)
    d = m and m[3] in MO_EN and dt_ok(f"{m[4]}-{MO_EN.index(m[3]) + 1}-{m[2]} {m[5]}", "%Y-%m-%d %H:%M:%S")
    if not d or WD_EN[d.weekday()] != m[1] or m[6] != "+0200": return None
    return d


def check_afrihost(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if any(ord(c) > 127 for c in raw): E(f, "not 7-bit ASCII")
    if "\r\n\r\n" not in raw: E(f, "no blank line after the header"); return
    h, b = raw.split("\r\n\r\n", 1)
    H = re.sub(r"\r\n[ \t]", " ", h).split("\r\n")
    names = [l.split(":", 1)[0] for l in H]
    for n in ["Date", "From", "To", "Subject", "Message-ID", "User-Agent", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]:
        if names.count(n) != 1: E(f, f"header {n} {names.count(n)} times")
    hd = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in H if ":" in l}
    d = rfc_date(hd.get("Date", ""))
    if not d: E(f, "Date not valid, wrong weekday or not South Africa's +0200")
    fm = re.fullmatch(r"[^<>]+ <([\w.-]+@[\w.-]+)>", hd.get("From", ""))
    if not fm or not fm[1].endswith("afrihost.example.co.za"): E(f, "From «Name <address@afrihost…>»")
    if not re.fullmatch(r"Roundcube Webmail/\d+\.\d+\.\d+", hd.get("User-Agent", "")): E(f, "User-Agent not «Roundcube Webmail/x.y.z»")
    if not re.fullmatch(r"<[\w.]+@[\w.-]+>", hd.get("Message-ID", "")): E(f, "Message-ID")
    if hd.get("Content-Transfer-Encoding") != "quoted-printable" or not hd.get("Content-Type", "").startswith("text/plain; charset=UTF-8"): E(f, "not text/plain UTF-8 in quoted-printable")
    BL = b.split("\r\n")
    if any(len(l) > 76 or not QPL.fullmatch(l) for l in BL): E(f, "quoted-printable lines over 76 characters or with a bare «=»")
    if any(l.endswith((" ", "\t")) for l in BL): E(f, "quoted-printable line with trailing white space")
    try:
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
    except (UnicodeDecodeError, ValueError) as ex:
        E(f, f"quoted-printable body does not decode: {ex}"); return
    MIME_PARTS[f] = [t]
    try:
        subj = str(make_header(decode_header(hd.get("Subject", ""))))
    except Exception:
        subj = ""
    T_ = t.split("\n")
    if "-------- Original Message --------" not in T_: E(f, "no «-------- Original Message --------» block"); return
    i = T_.index("-------- Original Message --------")
    blk = T_[i + 1:i + 5]
    if [x.split(":", 1)[0] for x in blk] != ["Subject", "Date", "From", "To"]: E(f, "forward block fields «Subject / Date / From / To»"); return
    fsub = blk[0].split(": ", 1)[1]
    if not subj.startswith("Fwd: " + fsub): E(f, "Subject does not start with «Fwd: » + the forwarded subject")
    fd = dt_ok(blk[1].split(": ", 1)[1], "%Y-%m-%d %H:%M")
    if not fd or not d or fd >= d: E(f, "forwarded Date not valid or not before the mail")
    if not fm or blk[3].split(": ", 1)[1] != fm[1]: E(f, "forwarded mail not addressed to the forwarder")
    dm = re.fullmatch(r"([\w-]+) Digest, Vol (\d+), Issue (\d+)", fsub)
    if not dm: E(f, "forwarded subject not «list Digest, Vol n, Issue m»"); return
    lst = dm[1]
    dg = T_[i + 5:]
    if f"Send {lst} mailing list submissions to" not in dg or "Today's Topics:" not in dg: E(f, "digest head (Send … submissions to / Today's Topics:)")
    topics = [re.fullmatch(r"   (\d+)\. (.+) \((.+)\)", l) for l in dg if re.match(r"   \d+\. ", l)]
    msgs = [j for j, l in enumerate(dg) if re.fullmatch(r"Message: \d+", l)]
    if not topics or [int(m[1]) for m in topics] != list(range(1, len(topics) + 1)) or len(msgs) != len(topics): E(f, "topics not 1..n or not one «Message: i» per topic"); return
    prev = None
    for m, j in zip(topics, msgs):
        md = rfc_date(dg[j + 1][6:]) if dg[j + 1].startswith("Date: ") else None
        if dg[j] != f"Message: {m[1]}" or not md or not dg[j + 2].startswith(f"From: {m[3]} <") or dg[j + 3] != f"Subject: [{lst}] {m[2]}": E(f, f"message {m[1]} does not match its topic (Date / From / Subject)"); continue
        if prev and md < prev or (fd and md > fd): E(f, f"message {m[1]}: date out of order or after the digest")
        prev = md
    end = f"End of {lst} Digest, Vol {dm[2]}, Issue {dm[3]}"
    if end not in dg or dg[dg.index(end) + 1] != "*" * len(end): E(f, "digest footer «End of list Digest, Vol n, Issue m» with its stars")


# ---------------------------------------------------------------- 1959 NCh 1143 reference list (Chilean memoria)
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def check_nch(f, raw):
    L = lines_of(f, raw)
    if L[:1] != ["CONCLUSIONES"] or L.count("BIBLIOGRAFÍA") != 1: E(f, "«CONCLUSIONES» first and «BIBLIOGRAFÍA» once"); return
    ri = L.index("BIBLIOGRAFÍA")
    pg = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if len(pg) < 2 or pg != list(range(pg[0], pg[0] + len(pg))) or not re.fullmatch(r"\d{1,3}", L[-1]): E(f, "page numbers not consecutive or not closing")
    ent = [re.fullmatch(r"(\d+)\. (.+)", l) for l in L[ri + 1:] if l and not re.fullmatch(r"\d{1,3}", l)]
    if not all(ent): E(f, "reference lines not «n. entry»"); return
    if [int(m[1]) for m in ent] != list(range(1, len(ent) + 1)): E(f, "references not numbered 1..n")
    for m in ent:
        e_ = m[2]
        if not re.match(r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ -]+(?:, [A-ZÁÉÍÓÚÑ]|\. [A-Za-zÁ-ú])", e_): E(f, f"entry {m[1]} not «APELLIDO, Nombre» or «ORGANIZACIÓN.»")
        if not e_.endswith("."): E(f, f"entry {m[1]} does not end with «.»")
        if not re.search(r"\b(19|20)\d\d\b", e_): E(f, f"entry {m[1]} has no year")
        us = re.findall(r"https?://\S+", e_)
        for u in us:
            mm = re.search(r"Disponible en: " + re.escape(u) + r" \[consulta: (\d+) de (\w+) de (\d{4})\]", e_)
            d = mm and mm[2] in ES_M and dt_ok(f"{mm[3]}-{ES_M.index(mm[2]) + 1}-{mm[1]}", "%Y-%m-%d")
            if not d or d > dt.datetime(2026, 3, 31): E(f, f"entry {m[1]}: URL not «Disponible en: URL [consulta: d de mes de aaaa]» with a valid date")
        if us and "[en línea]" not in e_: E(f, f"entry {m[1]}: online source without «[en línea]»")
        for a, b in re.findall(r"pp\. (\d+)-(\d+)", e_):
            if int(a) >= int(b): E(f, f"entry {m[1]}: page range {a}-{b}")
    body = "\n".join(L[:ri])
    cites = [int(x) for x in re.findall(r"\[(\d+)\]", body)]
    first = []
    for c_ in cites:
        if c_ not in first: first.append(c_)
    if first != list(range(1, len(ent) + 1)): E(f, f"citations {first} not the entries 1..{len(ent)} in order of first citation")


# ---------------------------------------------------------------- 1960 RIS export (Ilia State University library)
RIS_T = {"JOUR", "CONF", "BOOK", "COMP", "ELEC", "DATA", "CHAP", "RPRT", "THES", "GEN"}
RIS_F = {"TY", "AU", "TI", "T2", "JO", "PY", "UR", "L1", "N1", "ET", "PB", "CY", "SP", "EP", "VL", "IS", "DO", "ER"}


def check_ris(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if raw.startswith("\ufeff"): E(f, "BOM")
    L = raw.split("\r\n")[:-1]
    recs, cur = [], None
    for i, l in enumerate(L):
        if l == "":
            if cur is not None: E(f, f"line {i + 1}: blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: E(f, f"line {i + 1}: not «XX  - value»"); continue
        tag, val = m[1], m[2]
        if tag not in RIS_F: E(f, f"line {i + 1}: unknown tag {tag}")
        if tag == "TY":
            if cur is not None: E(f, f"line {i + 1}: TY before ER")
            cur = [(tag, val)]
            if val not in RIS_T: E(f, f"line {i + 1}: type {val}")
        elif cur is None: E(f, f"line {i + 1}: {tag} outside a record")
        elif tag == "ER":
            if val != "": E(f, f"line {i + 1}: ER with a value")
            recs.append(cur); cur = None
        else: cur.append((tag, val))
    if cur is not None: E(f, "last record without ER")
    if not recs: E(f, "no records"); return
    for n, r in enumerate(recs, 1):
        tags = [t for t, _ in r]
        if tags.count("TI") != 1 or tags.count("PY") != 1 or "AU" not in tags: E(f, f"record {n}: not one TI, one PY and an AU")
        for t, v in r:
            if t == "PY" and not re.fullmatch(r"\d{4}", v): E(f, f"record {n}: PY {v!r}")
            if t in ("UR", "L1") and not re.fullmatch(r"https?://\S+", v): E(f, f"record {n}: {t} {v!r}")
            if t == "AU" and r[0][1] not in ("COMP", "ELEC", "DATA") and not re.fullmatch(r"[^,]+, [^,]+", v): E(f, f"record {n}: AU {v!r} not «Family, Given»")
            if t == "L1" and not v.endswith(".pdf"): E(f, f"record {n}: L1 not a PDF")
        if r[0][1] in ("JOUR",) and "JO" not in tags: E(f, f"record {n}: JOUR without JO")
        if r[0][1] in ("CONF",) and "T2" not in tags: E(f, f"record {n}: CONF without T2")


# ---------------------------------------------------------------- 1961 Labstep experiments TSV (Brazilian Portuguese)
LS_HEAD = ["ID", "Name", "Author", "Created at", "Tags", "Status", "Entry"]
LS_ST = {"Draft", "In progress", "Completed", "Signed"}


def check_labstep(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter="\t", strict=True))
    except csv.Error as ex:
        E(f, f"TSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, delimiter="\t", lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: E(f, "not as Python's csv writer writes it (TAB, LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != LS_HEAD: E(f, "header"); return
    if any(len(r) != len(LS_HEAD) for r in rows): E(f, "rows of another width"); return
    ids = [r[0] for r in rows[1:]]
    if not all(re.fullmatch(r"\d{5}", i) for i in ids) or ids != sorted(set(ids)): E(f, "ids not unique increasing 5-digit numbers")
    prev = None
    for r in rows[1:]:
        d = dt_ok(r[3], "%Y-%m-%d %H:%M")
        if not d: E(f, f"{r[0]}: «Created at» not yyyy-mm-dd hh:mm"); continue
        if prev and d < prev: E(f, f"{r[0]}: created before the previous id")
        prev = d
        if r[5] not in LS_ST: E(f, f"{r[0]}: status {r[5]!r}")
        if not re.fullmatch(r"[A-ZÁÉÍ][a-záéíóúãõç]+ [A-ZÁÉÍ][a-záéíóúãõç]+", r[2]): E(f, f"{r[0]}: author {r[2]!r}")
        if not re.fullmatch(r"[\wçãõáéíóú-]+(?:;[\wçãõáéíóú-]+)*", r[4]): E(f, f"{r[0]}: tags {r[4]!r}")


# ---------------------------------------------------------------- 1962 Kadu conference history (Polish)
def check_kadu(f, raw):
    L = lines_of(f, raw)
    hm = re.fullmatch(r"Historia rozmowy \(konferencja\): (.+)", L[0] if L else "")
    if not hm: E(f, "head «Historia rozmowy (konferencja): …»"); return
    mem = hm[1].split(", ")
    xm = re.fullmatch(r"Wyeksportowano z Kadu \d+\.\d+: (\d{4}-\d\d-\d\d \d\d:\d\d)", L[1] if len(L) > 1 else "")
    xd = xm and dt_ok(xm[1], "%Y-%m-%d %H:%M")
    if not xd: E(f, "«Wyeksportowano z Kadu x.y: yyyy-mm-dd hh:mm»")
    if len(L) < 3 or L[2] != "": E(f, "no blank line after the head")
    prev, n = None, 0
    for i, l in enumerate(L[3:], 3):
        if not l.startswith("["): continue
        m = re.fullmatch(r"\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] (.+):", l)
        if not m: E(f, f"line {i + 1}: message head not «[yyyy-mm-dd hh:mm:ss] Name:»"); continue
        n += 1
        t = dt_ok(m[1], "%Y-%m-%d %H:%M:%S")
        if not t: E(f, f"line {i + 1}: time not valid"); continue
        if prev and t < prev: E(f, f"line {i + 1}: time goes back")
        prev = t
        if m[2] not in mem: E(f, f"line {i + 1}: {m[2]} is not a participant")
        if L[i - 1] != "" or i + 1 >= len(L) or not L[i + 1]: E(f, f"line {i + 1}: a message is blank / head / text")
    if not n: E(f, "no messages")
    if xd and prev and xd < prev: E(f, "exported before the last message")


# ---------------------------------------------------------------- 1963 CodeRanch thread, copied text
CR_RANK = {"Greenhorn", "Ranch Hand", "Bartender", "Sheriff", "Marshal", "Saloon Keeper"}
CR_AGE = ["4 days ago", "3 days ago", "2 days ago", "1 day ago"]


def check_coderanch(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["CodeRanch", "Forum:  Artificial Intelligence and Machine Learning"]: E(f, "head (CodeRanch / Forum:)")
    if L[-6:] != ["Post Reply   Bookmark Topic   Watch Topic   New Topic", "", "Boost this thread!", "Similar Threads", L[-2], L[-1]]: E(f, "closing «Post Reply … New Topic» / «Similar Threads»")
    heads = [i for i, l in enumerate(L) if l.startswith("Posts: ")]
    if not heads: E(f, "no posts"); return
    posts, ages = {}, []
    for i in heads:
        pm = re.fullmatch(r"Posts: (\d+)", L[i])
        if not pm: E(f, f"line {i + 1}: «Posts: n»"); continue
        name, rank = L[i - 2], L[i - 1]
        if rank not in CR_RANK: E(f, f"line {i}: rank {rank!r}")
        if not re.fullmatch(r"[A-Z][\w'-]+ [A-Z][\w'-]+", name): E(f, f"line {i - 1}: member name {name!r}")
        if posts.setdefault(name, pm[1]) != pm[1]: E(f, f"line {i + 1}: {name}'s post count differs")
        am = re.fullmatch(r"posted (.+)", L[i + 2] if i + 2 < len(L) else "")
        if not am or am[1] not in CR_AGE: E(f, f"line {i + 1}: «posted <age>» missing"); continue
        ages.append(CR_AGE.index(am[1]))
        j = next((k for k in range(i + 3, len(L)) if L[k] == "Number of slices to send:"), None)
        if j is None or any(i < h < j for h in heads) or L[j + 1:j + 3] != ["Optional 'thank-you' note:", "Send"]: E(f, f"line {i + 1}: post without its slices / thank-you / Send lines")
    if ages != sorted(ages): E(f, "posts not in time order")
    t = heads[0] - 3
    if t < 0 or L[t] != "" or not L[t - 1].strip(): E(f, "the thread title before the first post")
    for q in [i for i, l in enumerate(L) if l == "Quote:"]:
        qm = re.fullmatch(r"(.+) wrote:", L[q + 1])
        if not qm or qm[1] not in posts: E(f, f"line {q + 2}: quote of someone not in the thread")


# ---------------------------------------------------------------- 1964 RUPP newsletter (Khmer)
KM_D = "០១២៣៤៥៦៧៨៩"
KM_M = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]


def km_int(s):
    return int("".join(str(KM_D.index(c)) for c in s)) if s and all(c in KM_D for c in s) else None


def check_rupp(f, raw):
    if not raw.startswith("<!DOCTYPE html>\n"): E(f, "doctype")
    if '<html lang="km">' not in raw: E(f, "html lang km")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.bad or tc.stack: E(f, f"tags not balanced: {tc.bad[:3]} {tc.stack[:3]}")
    if raw.count("<title>") != 1 or raw.count("<h1>") != 1 or '<meta charset="utf-8">' not in raw: E(f, "one title, one h1, meta charset")
    if re.search(r"&(?!(?:amp|lt|gt|quot|#\d+|#x27);)", raw): E(f, "bare «&» or unknown entity")
    ids = re.findall(r'<section id="([\w-]+)">', raw)
    toc = re.findall(r'<li><a href="#([\w-]+)">', raw)
    if len(set(ids)) != len(ids) or toc != ids: E(f, "the table of contents is not the section ids in order")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not re.match(r"(https?://|mailto:|#)", u): E(f, f"link {u!r} not http(s), mailto or an anchor")
    for u in re.findall(r'href="#([^"]+)"', raw):
        if u not in ids: E(f, f"anchor #{u} names no section")
    dm = re.findall(r'<p class="date">ចុះផ្សាយថ្ងៃទី (\S+) ខែ(\S+) ឆ្នាំ(\S+)</p>', raw)
    ok = len(dm) == 1 and dm[0][1] in KM_M and km_int(dm[0][0]) and km_int(dm[0][2])
    if not ok or not dt_ok(f"{km_int(dm[0][2])}-{KM_M.index(dm[0][1]) + 1}-{km_int(dm[0][0])}", "%Y-%m-%d"): E(f, "date line «ចុះផ្សាយថ្ងៃទី d ខែmonth ឆ្នាំyyyy» (Khmer digits) once and valid")
    tn = re.findall(r"<title>.*?លេខ (\S+) \| RUPP</title>", raw)
    hn = re.findall(r"<h1>.*?លេខ (\S+)</h1>", raw)
    if not tn or tn != hn or km_int(tn[0]) is None: E(f, "issue number (Khmer digits) in title and h1 differ")


# ---------------------------------------------------------------- 1965 UBC Blogs post with comments
def _ubc_dt(s):
    m = re.fullmatch(r"(\w+) (\d+), (\d{4}) at (\d+):(\d\d) (am|pm)", s)
    if not m or m[1] not in EN_M or not 1 <= int(m[4]) <= 12: return None
    return dt_ok(f"{m[3]}-{EN_M.index(m[1]) + 1}-{m[2]} {int(m[4]) % 12 + (12 if m[6] == 'pm' else 0)}:{m[5]}", "%Y-%m-%d %H:%M")


def check_ubc(f, raw):
    L = lines_of(f, raw)
    if L[:1] != ["UBC Blogs"] or "Home   Syllabus   Readings   Projects   About" not in L: E(f, "«UBC Blogs» bar and menu line")
    pm = [(i, re.fullmatch(r"Posted on (\w+) (\d+), (\d{4}) by (.+)", l)) for i, l in enumerate(L)]
    pm = [(i, m) for i, m in pm if m]
    if len(pm) != 1 or pm[0][1][1] not in EN_M or not dt_ok(f"{pm[0][1][3]}-{EN_M.index(pm[0][1][1]) + 1}-{pm[0][1][2]}", "%Y-%m-%d"): E(f, "«Posted on Month d, yyyy by name» once and valid"); return
    post = dt.datetime.strptime(f"{pm[0][1][3]}-{EN_M.index(pm[0][1][1]) + 1}-{pm[0][1][2]}", "%Y-%m-%d")
    title = L[pm[0][0] - 2]
    tm = [re.fullmatch(r"(\d+) Responses? to \u201c(.+)\u201d", l) for l in L]
    tm = [m for m in tm if m]
    if len(tm) != 1 or tm[0][2] != title: E(f, "«n Responses to “title”» once, naming the post"); return
    says = [i for i, l in enumerate(L) if re.fullmatch(r".+ says:", l)]
    if len(says) != int(tm[0][1]): E(f, f"«{tm[0][1]} Responses» but {len(says)} comments")
    prev = post
    for i in says:
        d = _ubc_dt(L[i + 1])
        if not d or d <= prev: E(f, f"comment at line {i + 1}: date «Month d, yyyy at h:mm am» not valid or not after the previous"); continue
        prev = d
        j = next((k for k in range(i + 2, len(L)) if L[k] == "Reply"), None)
        if j is None or any(k in says for k in range(i + 1, j)) or L[j + 1] != "": E(f, f"comment at line {i + 1} without its «Reply» line")
    if L.count("Leave a Reply") != 1 or L[-1] != "UBC Blogs | Powered by WordPress | Log in": E(f, "form «Leave a Reply» and footer «UBC Blogs | Powered by WordPress | Log in»")
    if not any(l.startswith("Posted in ") for l in L): E(f, "no «Posted in …» line")


# ---------------------------------------------------------------- 1966 gitlab.fit.cvut.cz awesome-list README (negative, Czech)
CS_MO = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]


def check_fit(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): E(f, "title with the awesome badge")
    hs = [l[3:] for l in L if l.startswith("## ")]
    if len(set(hs)) != len(hs) or hs[:1] != ["Obsah"] or hs[-1:] != ["Licence"]: E(f, "headings unique, «Obsah» first, «Licence» last"); return
    si = L.index("## Obsah")
    toc = [re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l) for l in L[si + 2:] if l.startswith("- [")][:len(hs) - 2]
    if not all(toc) or [m[1] for m in toc] != hs[1:-1] or [m[2] for m in toc] != [slug(h) for h in hs[1:-1]]: E(f, "the Obsah is not the other headings in order with GitLab's slugs")
    dm = [re.fullmatch(r"Aktualizováno: (\d+)\. (\S+) (\d{4})\.", l) for l in L]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in CS_MO or not dt_ok(f"{dm[0][3]}-{CS_MO.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«Aktualizováno: d. měsíce yyyy.» once and valid")
    for t, u in re.findall(r"\[([^\]]*)\]\(([^)]+)\)", raw):
        if not (u.startswith("https://") or u.startswith("#")): E(f, f"link {u!r} not https or an anchor")
    if len(re.findall(r"https://gitlab\.fit\.cvut\.cz/([\w.-]+/[\w.-]+)", raw)) != 1: E(f, "one gitlab.fit.cvut.cz project")
    for h in re.findall(r"(?<![\w/])@([\w.]+)", raw):
        if h != h.lower(): E(f, f"handle @{h} not lower-case")
    if not re.search(r"(?<!\w)!\d+", raw) or not re.search(r"(?<!\w)~[\w-]+", raw): E(f, "a merge request «!n» and a label «~name»")


def shape_checks(f, raw, path):
    n = num(f)
    {1957: check_unima, 1958: check_afrihost, 1959: check_nch, 1960: check_ris, 1961: check_labstep,
     1962: check_kadu, 1963: check_coderanch, 1964: check_rupp, 1965: check_ubc,
     1966: check_fit}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# /work/rounds/*/expected.json except round194's and round195's, a byte-identical file counted once), and the
# round194/round195 split (candidates sorted by (uses, catalogue title); round194 = even positions from 4 on, one
# unbroken run; round195 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P195S = ["/work/rounds/digests-round195/expected.json", "/work/main/tests/data/digests-round195/expected.json"]
P195 = next((p for p in P195S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P195S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round194", "digests-round195") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round194 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r195 = set()
if P195:
    try:
        r195 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P195)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P195} exists but could not be read (being written?)")
    their_even = sorted(k for k in r195 if pos.get(k, 1) % 2 == 0)
    if r195 & mine and their_even:
        notes.append(f"round195's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r195)} papers at even positions): shared papers not an error here, to be settled by round195: "
                     f"{len(r195 & mine)} shared: {sorted(r195 & mine)}")
    elif r195 & mine: errors.append(f"papers also in round195: {sorted(r195 & mine)}")
shared195 = len(r195 & mine) if P195 else "(no round195 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round194 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round195: {shared195}; papers in more than one round194 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


