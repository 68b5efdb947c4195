#!/usr/bin/env python3
r"""Checks round196/expected.json against the digests and the shared catalogues.

Adapted from round194/validate.py (the label checks are the same code; the reuse report is round194's with round196 /
round197 in place of round194 / round195: round196 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round196's and
round197's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round197's expected.json, read from /work/rounds/digests-round197/ or
/work/main/tests/data/digests-round197/ when it exists; no paper in two files). Every digest is read raw (UTF-8; 1978 is
7-bit ASCII with CR LF, every other file LF) and in decoded forms: 1978's base64 body in UTF-8; 1983's TSV fields;
everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1978 (base64: every title, id and link of
the mail is only visible in the decoded body). For it the facts «found only after decoding» are counted on the file's
summary line instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean, grammar-level), one function per kind (check_rub, check_shaw, check_isnad, check_aau,
check_mailru, check_nvidia, check_labkey, check_unisey, check_reflejos, check_swissbib); each states what it checks in
its error messages: 1977 Royal University of Bhutan module descriptor (head in English and Dzongkha, «CST | CODE Module
Descriptor | Page n of N» footers closing the text, the fields once, the code the same in the footers, six sections in
order, outcomes numbered, the teaching table adding up with 15 weeks per hour and the credit value x 10, assessment
lettered and = 100%, units in Roman order with «u.k» sub-topics, «Essential» / «Additional Reading» numbered with a
year and continuation lines, the date valid); 1978 Shaw webmail forward (CR LF, ASCII, header fields once, Date with
weekday and -0800, From at shaw.example.ca, X-Mailer Zimbra, Message-ID, base64 76-character lines, decoding to UTF-8
CR LF text, RFC 2047 Subject «Fwd: » + the forwarded subject, the Zimbra block «From / To / Sent / Subject» before the
mail and to the forwarder, the LISTSERV digest head with message and line counts, topics = the message subjects with
counts, message heads, dates in order and before the digest, the footer with 60 stars); 1979 İSNAD (a numbered section
heading, footnote rule, footnotes 1..n = the calls in the text, their authors in the bibliography, «vd.», «KAYNAKÇA»
once, alphabetical (Turkish letters folded), years, paired quotes, page ranges a < b, «Erişim d Ay yyyy. URL» valid,
page numbers consecutive, no final newline); 1980 gitlab.aau.dk README (awesome badge, headings unique, «Indhold» first,
«Licens» last, the Indhold = the other headings with GitLab's slugs, the Danish date valid, links https or anchors, one
project, lower-case handles, «!n» and «~label», bold balanced); 1981 Mail.ru Agent history (head with chat name and
participant count = names, export line, message heads «Name (dd.mm.yyyy hh:mm:ss)» after a blank line, times valid
and not decreasing, speakers participants, no empty message, exported after the last message); 1982 NVIDIA Developer
Forums copy (head with breadcrumb and tags, posts «user / Mon d» in order, the asker last, «Solution» once, the summary
= the posts, Like / Likes, the related-topics table, the Discourse footer); 1983 LabKey TSV (no BOM, parsed strictly
with TAB and written again exactly as Python's csv writer writes with LF; header; keys 1..n; «Opprettet» valid and in
key order; statuses; types; people; links); 1984 UniSey bulletin (doctype, lang en, tags balanced, one title / h1,
meta charset, entities, the TOC = the section ids and headings, anchors, links, mail addresses, the issue number in
title and h1, the date line); 1985 Reflejos copy (bar and menu, «Publicado el d mes, aaaa por …», «n comentarios en
«título»» = the comments «name dice: / d mes, aaaa a las h:mm pm / text / Responder», after the post and in order,
«Categorías», form and footer); 1986 swissbib BibTeX (head with a valid date, entries at line starts, keys unique and
ending with the year, known types with their required fields, field lines and commas, braces, years, https urls,
urldate, ISBN check digits).
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
READ_AS = {1978: {"decoded"}}

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


EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

# ---------------------------------------------------------------- 1977 Royal University of Bhutan module descriptor, PDF copy
RUB_FIELDS = ["Module Code and Title", "Programme(s)", "Credit Value", "Module Tutor", "Module Coordinator", "Pre-requisite"]
RUB_SECT = ["General Objective", "Learning Outcomes", "Learning and Teaching Approach", "Assessment Approach",
            "Subject Matter", "Reading List"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def check_rub(f, raw):
    L = lines_of(f, raw)
    if L[:5] != ["ROYAL UNIVERSITY OF BHUTAN", "འབྲུག་རྒྱལ་འཛིན་གཙུག་ལག་སློབ་སྡེ།", "College of Science and Technology, Rinchending, Phuentsholing", "", "MODULE DESCRIPTOR"]:
        E(f, "head (university in English and Dzongkha / college / MODULE DESCRIPTOR)")
    ft = [(i, re.fullmatch(r"CST \| ([A-Z]{3}\d{3}) Module Descriptor \| Page (\d+) of (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, m) for i, m in ft if m]
    if not ft or [int(m[2]) for _, m in ft] != list(range(1, len(ft) + 1)) or {int(m[3]) for _, m in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «CST | CODE Module Descriptor | Page n of N» not 1..N or not closing the text")
    for k in RUB_FIELDS:
        if sum(1 for l in L if l.startswith(k + ": ")) != 1: E(f, f"field «{k}:» not once")
    cm = [re.fullmatch(r"Module Code and Title: ([A-Z]{3}\d{3}) .+", l) for l in L]
    cm = [m for m in cm if m]
    if len(cm) != 1 or any(m[1] != cm[0][1] for _, m in ft): E(f, "module code not the same in the footers")
    cv = [re.fullmatch(r"Credit Value: (\d+)", l) for l in L]
    cv = [m for m in cv if m]
    idx = []
    for s_ in RUB_SECT:
        h = [i for i, l in enumerate(L) if l == s_]
        if len(h) != 1: E(f, f"section «{s_}» found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    sec = {s_: [l for l in L[i + 1:j] if l and " | Page " not in l] for s_, i, j in zip(RUB_SECT, idx, idx[1:] + [len(L)])}
    lo = [l for l in sec["Learning Outcomes"] if re.match(r"\d+\. ", l)]
    if [int(l.split(".")[0]) for l in lo] != list(range(1, len(lo) + 1)) or not lo: E(f, "learning outcomes not numbered 1..n")
    tb = sec["Learning and Teaching Approach"]
    if tb[:1] != ["Approach | Hours per week | Total credit hours"]: E(f, "teaching table header")
    rows = [re.fullmatch(r"(.+) \| (\d+) \| (\d+)", l) for l in tb[1:]]
    if not rows or not all(rows) or rows[-1][1] != "Total": E(f, "teaching table rows «approach | h | total» ending «Total»")
    else:
        if sum(int(m[2]) for m in rows[:-1]) != int(rows[-1][2]) or sum(int(m[3]) for m in rows[:-1]) != int(rows[-1][3]): E(f, "teaching table totals do not add up")
        if any(int(m[3]) != 15 * int(m[2]) for m in rows): E(f, "teaching hours not 15 weeks x hours per week")
        if not cv or int(rows[-1][3]) != 10 * int(cv[0][1]): E(f, "total credit hours not the credit value x 10")
    ev = [re.fullmatch(r"(.+): (\d+)%", l) for l in sec["Assessment Approach"]]
    if not ev or not all(ev) or ev[-1][1] != "Total" or sum(int(m[2]) for m in ev[:-1]) != 100 or ev[-1][2] != "100":
        E(f, "assessment «…: n%» not adding up to «Total: 100%»")
    elif [m[1][:2] for m in ev[:-1]] != [f"{chr(65 + i)}." for i in range(len(ev) - 1)]: E(f, "assessment items not lettered A., B., …")
    un = [re.fullmatch(r"Unit ([IVX]+): .+", l) for l in sec["Subject Matter"] if l.startswith("Unit")]
    if not un or not all(un) or [m[1] for m in un] != ROMAN[:len(un)]: E(f, "units not «Unit I: …» numbered in Roman order")
    n_u, subs = 0, []
    for l in sec["Subject Matter"]:
        if l.startswith("Unit"): n_u += 1; k = 0
        else:
            m = re.fullmatch(r"   (\d+)\.(\d+) .+", l)
            k += 1
            if not m or int(m[1]) != n_u or int(m[2]) != k: E(f, f"sub-topic {l[:30]!r} not numbered «unit.k»")
    rd = sec["Reading List"]
    if rd[:1] != ["Essential Reading"] or rd.count("Additional Reading") != 1: E(f, "readings «Essential Reading» then «Additional Reading»")
    else:
        j = rd.index("Additional Reading")
        for part in (rd[1:j], [l for l in rd[j + 1:] if not l.startswith(("Note: ", "Date: "))]):
            ent = [l for l in part if re.match(r"\d+\. ", l)]
            if [int(l.split(".")[0]) for l in ent] != list(range(1, len(ent) + 1)): E(f, "readings not numbered 1..n in each list")
            for l in ent:
                if not re.search(r"\((19|20)\d\d\)", l): E(f, f"reading without «(year)»: {l[:40]!r}")
            for l in part:
                if not re.match(r"\d+\. |   \S", l): E(f, f"reading line neither numbered nor a continuation: {l[:40]!r}")
    ap = [re.fullmatch(r"Date: (\d+) (\w+) (\d{4})", l) for l in L]
    ap = [m for m in ap if m]
    if len(ap) != 1 or ap[0][2] not in EN_M or not dt_ok(f"{ap[0][3]}-{EN_M.index(ap[0][2]) + 1}-{ap[0][1]}", "%Y-%m-%d"): E(f, "«Date: d Month yyyy» once and valid")


# ---------------------------------------------------------------- 1978 Shaw webmail forward, base64, LISTSERV digest
def rfc_date8(s):
    m = re.fullmatch(r"(\w{3}), (\d\d?) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d{4})", s)
    d = m and m[3] in MO_EN and dt_ok(f"{m[4]}-{MO_EN.index(m[3]) + 1}-{m[2]} {m[5]}", "%Y-%m-%d %H:%M:%S")
    if not d or WD_EN[d.weekday()] != m[1] or m[6] != "-0800": return None
    return d


def check_shaw(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if any(ord(c) > 127 for c in raw): E(f, "not 7-bit ASCII")
    if "\r\n\r\n" not in raw: E(f, "no blank line after the header"); return
    h, b = raw.split("\r\n\r\n", 1)
    H = re.sub(r"\r\n[ \t]", " ", h).split("\r\n")
    names = [l.split(":", 1)[0] for l in H]
    for n in ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Mailer"]:
        if names.count(n) != 1: E(f, f"header {n} {names.count(n)} times")
    hd = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in H if ":" in l}
    d = rfc_date8(hd.get("Date", ""))
    if not d: E(f, "Date not valid, wrong weekday or not Pacific standard time -0800")
    fm = re.fullmatch(r"[^<>]+ <([\w.-]+@[\w.-]+)>", hd.get("From", ""))
    if not fm or not fm[1].endswith("@shaw.example.ca"): E(f, "From «Name <address@shaw.example.ca>»")
    if not hd.get("X-Mailer", "").startswith("Zimbra ") or not re.fullmatch(r"<[\w.]+@shaw\.example\.ca>", hd.get("Message-ID", "")): E(f, "X-Mailer Zimbra / Message-ID at the sender's host")
    if hd.get("Content-Transfer-Encoding") != "base64" or hd.get("Content-Type") != "text/plain; charset=utf-8": E(f, "not text/plain UTF-8 in base64")
    BL = b.split("\r\n")
    if BL[-1] != "" or any(not B64L.fullmatch(l) for l in BL) or any(len(l) != 76 for l in BL[:-2]) or len(BL[-2]) > 76: E(f, "base64 lines not 76 characters (the last shorter)")
    try:
        t = base64.b64decode("".join(BL), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError) as ex:
        E(f, f"base64 body does not decode: {ex}"); return
    if "\n" in t.replace("\r\n", ""): E(f, "decoded body not CR LF")
    t = t.replace("\r\n", "\n")
    MIME_PARTS[f] = [t]
    try:
        subj = str(make_header(decode_header(hd.get("Subject", ""))))
    except Exception:
        subj = ""
    T_ = t.split("\n")
    if "----- Forwarded Message -----" not in T_: E(f, "no «----- Forwarded Message -----» block"); return
    i = T_.index("----- Forwarded Message -----")
    blk = T_[i + 1:i + 5]
    if [x.split(":", 1)[0] for x in blk] != ["From", "To", "Sent", "Subject"]: E(f, "forward block fields «From / To / Sent / Subject»"); return
    fsub = blk[3].split(": ", 1)[1]
    if not subj.startswith("Fwd: " + fsub): E(f, "Subject does not start with «Fwd: » + the forwarded subject")
    fd = dt_ok(blk[2].split(": ", 1)[1], "%A, %B %d, %Y %I:%M:%S %p")
    if not fd or not d or fd >= d or fd.strftime("%A") != blk[2].split(": ", 1)[1].split(",")[0]: E(f, "forwarded «Sent» not valid or not before the mail")
    if not fm or blk[1].split(": ", 1)[1] != fm[1]: E(f, "forwarded mail not addressed to the forwarder")
    dm = re.fullmatch(r"([\w-]+) Digest - (\d+ \w{3} \d{4}) to (\d+ \w{3} \d{4}) \(#(\d{4})-(\d+)\)", fsub)
    if not dm: E(f, "forwarded subject not «LIST Digest - d Mon yyyy to d Mon yyyy (#yyyy-n)»"); return
    lst = dm[1]
    if not re.fullmatch(rf'From: "{lst} automatic digest system" <LISTSERV@[\w.-]+>', blk[0]): E(f, "forwarded From not the list's automatic digest system")
    dg = T_[i + 6:]
    hm = re.fullmatch(r"There are (\d+) messages totaling (\d+) lines in this issue\.", dg[0] if dg else "")
    if not hm or dg[2] != "Topics of the day:": E(f, "digest head («There are n messages totaling m lines…» / «Topics of the day:»)"); return
    topics = [re.fullmatch(r"  (\d+)\. (.+?)(?: \((\d+)\))?", l) for l in dg if re.match(r"  \d+\. ", l)]
    msgs = [j for j, l in enumerate(dg) if l.startswith("Date:    ")]
    if int(hm[1]) != len(msgs): E(f, f"head says {hm[1]} messages, the digest holds {len(msgs)}")
    if not topics or [int(m[1]) for m in topics] != list(range(1, len(topics) + 1)): E(f, "topics not numbered 1..n"); return
    subs = []
    prev, nl = None, 0
    for j in msgs:
        md = rfc_date8(dg[j][9:])
        if not md or not dg[j + 1].startswith("From:    ") or not dg[j + 2].startswith("Subject: ") or dg[j + 3] != "": E(f, f"message at line {j}: «Date: / From: / Subject:» head"); continue
        if prev and md < prev or (fd and md > fd): E(f, f"message at line {j}: date out of order or after the digest")
        prev = md
        subs.append(dg[j + 2][9:])
        end = next((k for k in range(j + 4, len(dg)) if dg[k] == "------------------------------"), None)
        if end is None or dg[end - 1] != "": E(f, f"message at line {j} not closed by the dashes"); continue
        nl += end - 1 - (j + 4)
    want = [(s, subs.count(s)) for s in dict.fromkeys(subs)]
    got = [(m[2], int(m[3] or 1)) for m in topics]
    if got != want: E(f, f"topics {got} are not the message subjects with their counts {want}")
    if nl != int(hm[2]): E(f, f"head says {hm[2]} lines, the messages hold {nl}")
    end = f"End of {lst} Digest - {dm[2]} to {dm[3]} (#{dm[4]}-{dm[5]})"
    if dg[-3:-1] != [end, "*" * 60]: E(f, "digest footer «End of LIST Digest - …» with its 60 stars")


# ---------------------------------------------------------------- 1979 İSNAD footnotes and KAYNAKÇA (Turkish thesis)
TR_M = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
TRX = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")


def check_isnad(f, raw):
    L = lines_of(f, raw, final=False)
    if raw.endswith("\n"): E(f, "final newline (the PDF copy ends on the page number)")
    if not re.fullmatch(r"\d+\.\d+\. .+", L[0]): E(f, "not starting with a numbered section heading")
    if L.count("KAYNAKÇA") != 1 or "_" * 30 not in L: E(f, "«KAYNAKÇA» once and the footnote rule"); return
    ki, ri = L.index("KAYNAKÇA"), L.index("_" * 30)
    pg = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if len(pg) != 2 or pg[1] != pg[0] + 1 or L[-1] != str(pg[1]) or L[ki - 2] != str(pg[0]): E(f, "page numbers not consecutive, before «KAYNAKÇA» and closing")
    body = " ".join(L[1:ri])
    calls = [int(x) for x in re.findall(r"[.,;:](\d{1,2})(?=\s|$)", body)]
    fn = [re.fullmatch(r"(\d+) (.+)", l) for l in L[ri + 1:ki - 2] if l]
    if not all(fn): E(f, "footnote lines not «n text»"); return
    if [int(m[1]) for m in fn] != list(range(1, len(fn) + 1)): E(f, "footnotes not numbered 1..n")
    if calls != list(range(1, len(fn) + 1)): E(f, f"footnote calls in the text {calls} are not 1..{len(fn)}")
    ent = [l for l in L[ki + 1:] if l and not re.fullmatch(r"\d{1,3}", l)]
    sur = [re.match(r"([A-ZÇĞİÖŞÜ][\w-]+), ", e_) for e_ in ent]
    if not all(sur): E(f, "bibliography entry not «Soyadı, Ad» first"); return
    ks = [m[1].translate(TRX).lower() for m in sur]
    if ks != sorted(ks): E(f, "bibliography not in alphabetical order")
    for m in fn:
        names = re.match(r"([^,“]+?)(?: vd\.)?, ", m[2])
        last = names and names[1].split(" - ")[0].split()[-1]
        if not last or last.translate(TRX).lower() not in ks: E(f, f"footnote {m[1]}: its author {last!r} not in the bibliography")
        if "vd." in m[2] and " - " in m[2].split("“")[0]: E(f, f"footnote {m[1]}: «vd.» with a list of authors")
    for e_ in ent:
        if not re.search(r"\b(19|20)\d\d\b", e_): E(f, f"entry without a year: {e_[:40]!r}")
        for q in re.findall(r"“[^”]*”", e_):
            if not q.endswith("”"): E(f, "unclosed quote")
        if e_.count("“") != e_.count("”"): E(f, f"quotes not paired: {e_[:40]!r}")
        for a, b in re.findall(r"\b(\d+)-(\d+)\b", e_):
            if int(a) >= int(b): E(f, f"page range {a}-{b}")
        for dd, mo, yy in re.findall(r"Erişim (\d+) (\w+) (\d{4})", e_):
            if mo not in TR_M or not dt_ok(f"{yy}-{TR_M.index(mo) + 1}-{dd}", "%Y-%m-%d"): E(f, f"«Erişim d Ay yyyy» not a valid date: {dd} {mo} {yy}")
        if "Erişim" in e_ and not re.search(r"Erişim \d+ \w+ \d{4}\. https?://\S+$", e_): E(f, f"«Erişim …» not followed by the URL: {e_[:40]!r}")


# ---------------------------------------------------------------- 1980 gitlab.aau.dk awesome-list README (Danish)
DA_MO = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]


def check_aau(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): E(f, "title with the awesome badge")
    hs = [l[3:] for l in L if l.startswith("## ")]
    if len(set(hs)) != len(hs) or hs[:1] != ["Indhold"] or hs[-1:] != ["Licens"]: E(f, "headings unique, «Indhold» first, «Licens» last"); return
    si = L.index("## Indhold")
    toc = [re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l) for l in L[si + 2:] if l.startswith("- [")][:len(hs) - 2]
    if not all(toc) or [m[1] for m in toc] != hs[1:-1] or [m[2] for m in toc] != [slug(h) for h in hs[1:-1]]: E(f, "the Indhold is not the other headings in order with GitLab's slugs")
    dm = [re.fullmatch(r"Sidst opdateret: (\d+)\. (\S+) (\d{4})\.", l) for l in L]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in DA_MO or not dt_ok(f"{dm[0][3]}-{DA_MO.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«Sidst opdateret: d. måned yyyy.» once and valid")
    for t, u in re.findall(r"\[([^\]]*)\]\(([^)]+)\)", raw):
        if not (u.startswith("https://") or u.startswith("#")): E(f, f"link {u!r} not https or an anchor")
    if len(re.findall(r"https://gitlab\.aau\.dk/([\w.-]+/[\w.-]+)", raw)) != 1: E(f, "one gitlab.aau.dk project")
    for h in re.findall(r"(?<![\w/])@([\w.]+)", raw):
        if h != h.lower(): E(f, f"handle @{h} not lower-case")
    if not re.search(r"(?<!\w)!\d+", raw) or not re.search(r"(?<!\w)~[\w-]+", raw): E(f, "a merge request «!n» and a label «~name»")
    for l in L:
        if l.startswith("- ") and not l.startswith("- [") and l.count("**") % 2: E(f, f"unbalanced bold: {l[:40]!r}")
        if l.startswith("## ") or l.startswith("# ") or l.startswith("- ") or l == "" or l.startswith("["): continue
        if not re.match(r"[A-ZÆØÅ]", l): E(f, f"stray line {l[:40]!r}")


# ---------------------------------------------------------------- 1981 Mail.ru Agent group chat history (Russian)
def check_mailru(f, raw):
    L = lines_of(f, raw, final=False)
    hm = re.fullmatch(r"История сообщений: чат «(.+)» \((\d+) участника: (.+)\)", L[0])
    em = re.fullmatch(r"Экспортировано из Mail\.ru Агента: (\d\d\.\d\d\.\d{4} \d\d:\d\d)", L[1] if len(L) > 1 else "")
    if not hm or not em or L[2] != "": E(f, "head («История сообщений: чат «…» (n участника: …)» / export line / blank)"); return
    P = hm[3].split(", ")
    if len(P) != int(hm[2]) or len(set(P)) != len(P): E(f, "participant count differs from the names")
    ex = dt_ok(em[1], "%d.%m.%Y %H:%M")
    heads = [(i, re.fullmatch(r"(.+) \((\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d)\)", l)) for i, l in enumerate(L) if i > 2]
    heads = [(i, m) for i, m in heads if m]
    if not heads: E(f, "no message heads «Name (dd.mm.yyyy hh:mm:ss)»"); return
    prev = None
    for k, (i, m) in enumerate(heads):
        d = dt_ok(m[2], "%d.%m.%Y %H:%M:%S")
        if not d: E(f, f"line {i + 1}: time {m[2]!r} not valid"); continue
        if prev and d < prev: E(f, f"line {i + 1}: time before the previous message")
        prev = d
        if m[1] not in P: E(f, f"line {i + 1}: {m[1]!r} is not a participant")
        if L[i - 1] != "": E(f, f"line {i + 1}: message head not after a blank line")
        nxt = heads[k + 1][0] if k + 1 < len(heads) else len(L) + 1
        txt = L[i + 1:nxt - 1]
        if not txt or any(not t.strip() for t in txt): E(f, f"line {i + 1}: message text empty or holding a blank line")
    if L[-1] == "": E(f, "trailing blank line")
    if not ex or not prev or ex <= prev: E(f, "export time not after the last message")


# ---------------------------------------------------------------- 1982 NVIDIA Developer Forums topic (Discourse), copied text
NV_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def check_nvidia(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["NVIDIA Developer Forums", ""] or not L[3].startswith("Autonomous Machines  Jetson & Embedded Systems  ") or not re.fullmatch(r"[\w-]+(, [\w-]+)*", L[4]): E(f, "head (site / title / category breadcrumb / tags)")
    if L[-2:] != ["", "Powered by Discourse, best viewed with JavaScript enabled"]: E(f, "footer «Powered by Discourse…»")
    if "Related topics" not in L: E(f, "no «Related topics»"); return
    ri = L.index("Related topics")
    posts = [i for i in range(5, ri) if L[i] and L[i - 1] == "" and re.fullmatch(r"[\w.]+", L[i]) and i + 2 < ri and re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", L[i + 2]) and L[i + 1] == ""]
    if not posts: E(f, "no posts «user / blank / Mon d»"); return
    prev, users = None, []
    for i in posts:
        mo, dd = L[i + 2].split()
        d = mo in NV_MO and dt_ok(f"2026-{NV_MO.index(mo) + 1}-{dd}", "%Y-%m-%d")
        if not d: E(f, f"post at line {i + 1}: date {L[i + 2]!r} not valid"); continue
        if prev and d < prev: E(f, f"post at line {i + 1}: date before the previous post")
        prev = d; users.append(L[i])
    if L[posts[0]] != L[posts[-1]]: E(f, "the asker does not close the topic")
    if L.count("Solution") != 1: E(f, "«Solution» not once")
    sm = re.findall(r"(?m)^created (\w{3} \d+)\nlast reply (\w{3} \d+)\n(\d+) replies\n(\d+) views\n(\d+) users$", raw)
    if len(sm) != 1: E(f, "topic summary «created / last reply / n replies / n views / n users» not once")
    else:
        c, lr, nr, _, nu = sm[0]
        if c != L[posts[0] + 2] or lr != L[posts[-1] + 2] or int(nr) != len(posts) - 1 or int(nu) != len(set(users)): E(f, "summary does not match the posts (created, last reply, replies, users)")
    for l in L:
        if re.fullmatch(r"\d+ Likes?", l) and (l.startswith("1 ") != l.endswith("Like")): E(f, f"«{l}» singular/plural")
    if L[ri + 1] != "Topic\tReplies\tViews\tActivity": E(f, "related-topics header")
    rows = L[ri + 2:L.index("", ri)] if "" in L[ri:] else []
    if not rows: E(f, "no related topics")
    for r in rows:
        c = r.split("\t")
        if len(c) != 4 or not c[1].isdigit() or not c[2].isdigit() or not re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", c[3]): E(f, f"related topic row {r[:40]!r}")


# ---------------------------------------------------------------- 1983 LabKey Server list, TSV export (Norwegian)
LK_HEAD = ["Key", "Tittel", "Type", "Ansvarlig", "Status", "Lenke", "Kommentar", "Opprettet"]
LK_ST = {"Ny", "Pågår", "Lest", "Presentert"}
LK_TY = {"Artikkel", "Programvare", "Datasett", "Bok", "Kurs"}


def check_labkey(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter="\t", strict=True))
    except csv.Error as ex:
        E(f, f"TSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, delimiter="\t", lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: E(f, "not as Python's csv writer writes it (TAB, LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != LK_HEAD: E(f, "header"); return
    if any(len(r) != len(LK_HEAD) for r in rows): E(f, "rows of another width"); return
    ks = [r[0] for r in rows[1:]]
    if ks != [str(i) for i in range(1, len(ks) + 1)]: E(f, "keys not 1..n")
    prev = None
    for r in rows[1:]:
        d = dt_ok(r[7], "%Y-%m-%d %H:%M")
        if not d: E(f, f"{r[0]}: «Opprettet» not yyyy-mm-dd hh:mm"); continue
        if prev and d < prev: E(f, f"{r[0]}: created before the previous key")
        prev = d
        if r[4] not in LK_ST: E(f, f"{r[0]}: status {r[4]!r}")
        if r[2] not in LK_TY: E(f, f"{r[0]}: type {r[2]!r}")
        if not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+", r[3]): E(f, f"{r[0]}: person {r[3]!r}")
        if r[5] and not re.fullmatch(r'https?://\S+|<a href="https?://[^"]+">[^<]+</a>', r[5]): E(f, f"{r[0]}: link {r[5]!r}")


# ---------------------------------------------------------------- 1984 University of Seychelles research bulletin (HTML)
def check_unisey(f, raw):
    if not raw.startswith("<!DOCTYPE html>\n"): E(f, "doctype")
    if '<html lang="en">' not in raw: E(f, "html lang en")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.bad or tc.stack: E(f, f"tags not balanced: {tc.bad[:3]} {tc.stack[:3]}")
    if raw.count("<title>") != 1 or raw.count("<h1>") != 1 or '<meta charset="utf-8">' not in raw: E(f, "one title, one h1, meta charset")
    if re.search(r"&(?!(?:amp|lt|gt|quot|#\d+|#x27);)", raw): E(f, "bare «&» or unknown entity")
    ids = re.findall(r'<section id="([\w-]+)">', raw)
    toc = re.findall(r'<li><a href="#([\w-]+)">', raw)
    if len(set(ids)) != len(ids) or toc != ids: E(f, "the table of contents is not the section ids in order")
    h2 = re.findall(r"<h2>(.*?)</h2>", raw)
    tt = re.findall(r'<li><a href="#[\w-]+">(.*?)</a></li>', raw)
    if h2 != tt: E(f, "TOC labels are not the section headings")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not re.match(r"(https?://|mailto:|#|/)", u): E(f, f"link {u!r} not http(s), mailto, a path or an anchor")
    for u in re.findall(r'href="#([^"]+)"', raw):
        if u not in ids: E(f, f"anchor #{u} names no section")
    for u in re.findall(r'href="mailto:([^"]+)"', raw):
        if not u.endswith("@unisey.example.sc"): E(f, f"mail address {u} not at unisey.example.sc")
    tn = re.findall(r"<title>UniSey Research Bulletin — Issue (\d+)</title>", raw)
    hn = re.findall(r"<h1>UniSey Research Bulletin — Issue (\d+)</h1>", raw)
    if not tn or tn != hn: E(f, "issue number in title and h1 differ")
    dm = re.findall(r'<p class="date">(\w+) (\d{4})</p>', raw)
    if len(dm) != 1 or dm[0][0] not in EN_M: E(f, "date line «Month yyyy» once")
    if "<section" in raw and any(not re.fullmatch(r'<section id="[\w-]+">\n<h2>.*?</h2>\n<ul>', m) for m in re.findall(r'<section[^\n]*\n[^\n]*\n[^\n]*', raw)): E(f, "section not «section / h2 / ul»")


# ---------------------------------------------------------------- 1985 Reflejos blog post with comments (Cuban Spanish)
def _es_dt(s):
    m = re.fullmatch(r"(\d{1,2}) (\w+), (\d{4}) a las (\d{1,2}):(\d\d) (am|pm)", s)
    if not m or m[2] not in ES_M or not 1 <= int(m[4]) <= 12: return None
    h = int(m[4]) % 12 + (12 if m[6] == "pm" else 0)
    return dt_ok(f"{m[3]}-{ES_M.index(m[2]) + 1}-{m[1]} {h}:{m[5]}", "%Y-%m-%d %H:%M")


def check_reflejos(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Reflejos", "Blogs de la comunidad cubana"] or "Inicio   Programa   Lecturas   Contacto" not in L: E(f, "bar («Reflejos / Blogs de la comunidad cubana») and menu")
    pm = [(i, re.fullmatch(r"Publicado el (\d{1,2}) (\w+), (\d{4}) por (.+)", l)) for i, l in enumerate(L)]
    pm = [(i, m) for i, m in pm if m]
    if len(pm) != 1: E(f, "«Publicado el d mes, aaaa por …» once"); return
    i0, m = pm[0]
    post = m[2] in ES_M and dt_ok(f"{m[3]}-{ES_M.index(m[2]) + 1}-{m[1]}", "%Y-%m-%d")
    if not post: E(f, "post date not valid"); return
    title = L[i0 - 1]
    tm = [re.fullmatch(r"(\d+) comentarios en «(.+)»", l) for l in L]
    tm = [x for x in tm if x]
    if len(tm) != 1 or tm[0][2] != title: E(f, "«n comentarios en «título»» once, naming the post"); return
    says = [i for i, l in enumerate(L) if re.fullmatch(r".+ dice:", l)]
    if len(says) != int(tm[0][1]): E(f, f"«{tm[0][1]} comentarios» but {len(says)} comments")
    prev = post
    for i in says:
        d = _es_dt(L[i + 1])
        if not d or d <= prev: E(f, f"comment at line {i + 1}: date «d mes, aaaa a las h:mm pm» not valid or not after the previous"); continue
        prev = d
        j = next((k for k in range(i + 2, len(L)) if L[k] == "Responder"), None)
        if j is None or any(k in says for k in range(i + 1, j)) or L[j + 1] != "" or j == i + 2: E(f, f"comment at line {i + 1} without text and its «Responder» line")
    if L.count("Deja un comentario") != 1 or L[-1] != "Reflejos | Plataforma de blogs | Acceder": E(f, "form «Deja un comentario» and footer «Reflejos | Plataforma de blogs | Acceder»")
    if not any(l.startswith("Categorías: ") for l in L): E(f, "no «Categorías: …» line")


# ---------------------------------------------------------------- 1986 swissbib basket, BibTeX export (negative)
BIB_TYPES = {"book": {"author", "title", "year", "publisher"}, "manual": {"title", "year"}, "misc": {"title", "year"},
             "online": {"title", "year", "url"}}


def check_swissbib(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"% Export aus swissbib \(Merkliste\), (\d\d\.\d\d\.\d{4})", L[0]) or not dt_ok(L[0][-10:], "%d.%m.%Y"): E(f, "head «% Export aus swissbib (Merkliste), dd.mm.yyyy» valid")
    ents = re.findall(r"(?ms)^@(\w+)\{([^,\s]+),\n(.*?)\n\}$", raw)
    if len(ents) != raw.count("\n@") + raw.startswith("@"): E(f, "entry not «@type{key,» … «}» at line starts")
    keys_ = [k for _, k, _ in ents]
    if len(set(keys_)) != len(keys_): E(f, "duplicate keys")
    for typ, k, body in ents:
        if typ not in BIB_TYPES: E(f, f"{k}: entry type @{typ}"); continue
        fl = body.split("\n")
        names = []
        for n_, l in enumerate(fl):
            m = re.fullmatch(r"  (\w+) = \{(.*)\}(,?)", l)
            if not m or (m[3] == "") != (n_ == len(fl) - 1): E(f, f"{k}: field line {l[:40]!r} (form or comma)"); continue
            names.append(m[1])
            if m[2].count("{") != m[2].count("}"): E(f, f"{k}: braces not balanced")
            if m[1] == "year" and not re.fullmatch(r"(19|20)\d\d", m[2]): E(f, f"{k}: year {m[2]!r}")
            if m[1] == "year" and not k.endswith(m[2]): E(f, f"{k}: key does not end with the year")
            if m[1] == "url" and not m[2].startswith("https://"): E(f, f"{k}: url not https")
            if m[1] == "urldate" and not dt_ok(m[2], "%Y-%m-%d"): E(f, f"{k}: urldate not yyyy-mm-dd")
            if m[1] == "isbn" and not isbn_ok(m[2]): E(f, f"{k}: ISBN check digit")
        if len(set(names)) != len(names): E(f, f"{k}: a field twice")
        if not BIB_TYPES[typ] <= set(names): E(f, f"{k}: @{typ} without {sorted(BIB_TYPES[typ] - set(names))}")


def shape_checks(f, raw, path):
    n = num(f)
    {1977: check_rub, 1978: check_shaw, 1979: check_isnad, 1980: check_aau, 1981: check_mailru,
     1982: check_nvidia, 1983: check_labkey, 1984: check_unisey, 1985: check_reflejos,
     1986: check_swissbib}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round196's and round197's, a byte-identical file counted once), and the
# round196/round197 split (candidates sorted by (uses, catalogue title); round196 = even positions from 4 on, one
# unbroken run; round197 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P197S = ["/work/rounds/digests-round197/expected.json", "/work/main/tests/data/digests-round197/expected.json"]
P197 = next((p for p in P197S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P197S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round196", "digests-round197") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round196 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r197 = set()
if P197:
    try:
        r197 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P197)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P197} exists but could not be read (being written?)")
    their_even = sorted(k for k in r197 if pos.get(k, 1) % 2 == 0)
    if r197 & mine and their_even:
        notes.append(f"round197's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r197)} papers at even positions): shared papers not an error here, to be settled by round197: "
                     f"{len(r197 & mine)} shared: {sorted(r197 & mine)}")
    elif r197 & mine: errors.append(f"papers also in round197: {sorted(r197 & mine)}")
shared197 = len(r197 & mine) if P197 else "(no round197 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round196 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round197: {shared197}; papers in more than one round196 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


