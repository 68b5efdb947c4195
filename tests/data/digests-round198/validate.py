#!/usr/bin/env python3
r"""Checks round198/expected.json against the digests and the shared catalogues.

Adapted from round196/validate.py (the label checks are the same code; the reuse report is round196's with round198 /
round199 in place of round196 / round197: round198 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round198's and
round199's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round199's expected.json, read from /work/rounds/digests-round199/ or
/work/main/tests/data/digests-round199/ when it exists; no paper in two files). Every digest is read raw (UTF-8; 1998 is
7-bit ASCII with CR LF, 2000 and 2001 CR LF, every other file LF) and in decoded forms: 1998's quoted-printable body in
UTF-8; 2001's CSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1998 (quoted-printable: soft line breaks
and =XX escapes mean some titles are only whole in the decoded body). For it the facts «found only after decoding» are
counted on the file's summary line instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean, grammar-level), one function per kind (check_lome, check_rogers, check_unicv, check_ris,
check_gib, check_wa, check_rpi, check_upf, check_blog, check_awesome); each states what it checks in its error
messages: 1997 Université de Lomé plan de cours (head with the Ewe line, «UL – FDS | INF nnn | page n/N» footers closing
the text, fields once, the code the same in the footers, hours adding up to «Total», assessment = 100 %, «Séance n»
numbered with a «Lecture» line, the date valid); 1998 Rogers webmail forward (CR LF, ASCII, header fields once, Date
with weekday and -0500, From at rogers.example.com, QP lines ≤ 76 and escapes valid, decoding to UTF-8, the forward
block «From / To / Sent / Subject» to the forwarder and before the forward, the subject, the digest head «… – Digest
#n», the message count and numbering, message dates valid, in order and before the digest, the «-- » footer); 1999
Uni-CV NP 405 references (numbered section heading, «REFERÊNCIAS BIBLIOGRÁFICAS» once, alphabetical «APELIDO, …»,
« – » after the authors, years, page ranges a < b, «[Consult. d mmm. aaaa]» valid with «Disponível em WWW: <URL>.»,
«[et al.]» after the first author, page numbers consecutive, no final newline); 2000 UNC RIS (CR LF, no BOM, «TAG  -
value» lines, known TY first, TI / PY / ID once, years, URLs, SP < EP, AU before TI, IDs consecutive, «ER  - »
closing); 2001 Gibraltar CSV (no BOM, parsed strictly and written again exactly as Python's csv writer writes with CR
LF; header; widths; weeks 1..n; kinds; statuses; links); 2002 WhatsApp export (encryption notice first, «dd/mm/yyyy,
hh:mm - Name: text» heads, times valid and not decreasing, speakers members, no empty message); 2003 Raspberry Pi
Forums copy (head and breadcrumb, phpBB footer, «Beitrag von NAME » Wt d. Mon yyyy, hh:mm» valid with weekday and in
order, user and «Beiträge: n» lines, «n Beiträge» = the posts, «Nach oben» per post, the asker last); 2004 UPF
newsletter (doctype, lang fr, tags balanced, one title / h1, meta charset, entities, issue number in title and h1, the
TOC = the section ids and headings, hrefs, the date line); 2005 Port Vila blog (head and menu, «Posted on … by …»,
«n thoughts on “title”» = the comments with date and «Reply», after the post and in order, tags, form and footer);
2006 Awesome Kirundi NLP README (badge, headings unique, Sommaire first and Licence last, the Sommaire = the headings
with GitHub slugs, https links, the date valid, lower-case handles, emphasis balanced).
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
READ_AS = {1998: {"decoded"}}

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

# ---------------------------------------------------------------- 1997 Université de Lomé plan de cours, PDF copy
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def check_lome(f, raw):
    L = lines_of(f, raw)
    if L[:5] != ["UNIVERSITÉ DE LOMÉ", "Faculté Des Sciences (FDS) – Département de Mathématiques et Informatique", "Lomé nutome suku gã", "", "PLAN DE COURS"]:
        E(f, "head (UNIVERSITÉ DE LOMÉ / FDS / Ewe line / PLAN DE COURS)")
    ft = [(i, re.fullmatch(r"UL – FDS \| (INF \d{3}) \| page (\d+)/(\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, m) for i, m in ft if m]
    if not ft or [int(m[2]) for _, m in ft] != list(range(1, len(ft) + 1)) or {int(m[3]) for _, m in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «UL – FDS | INF nnn | page n/N» not 1..N or not closing the text")
    code = [re.fullmatch(r"Intitulé : (INF \d{3}) – .+", l) for l in L]
    code = [m for m in code if m]
    if len(code) != 1 or any(m[1] != code[0][1] for _, m in ft): E(f, "«Intitulé : INF nnn – …» once, the same code in the footers")
    for k in ("Intitulé", "Crédits", "Responsable", "Prérequis"):
        if sum(1 for l in L if l.startswith(k + " : ")) != 1: E(f, f"field «{k} :» not once")
    for head, unit, tot in (("Volume horaire", "h", None), ("Modalités d'évaluation", "%", 100)):
        if L.count(head) != 1: E(f, f"«{head}» not once"); continue
        i = L.index(head) + 1; rows = []
        while i < len(L) and L[i]: rows.append(L[i]); i += 1
        ms = [re.fullmatch(r"(.+) : (\d+) " + unit, l) for l in rows]
        if not ms or not all(ms): E(f, f"«{head}» rows not «… : n {unit}»"); continue
        if unit == "h":
            if ms[-1][1] != "Total" or sum(int(m[2]) for m in ms[:-1]) != int(ms[-1][2]): E(f, "hours do not add up to «Total»")
        elif sum(int(m[2]) for m in ms) != tot: E(f, "assessment not adding up to 100 %")
    ses = [re.fullmatch(r"Séance (\d+) – .+", l) for l in L if l.startswith("Séance")]
    if not ses or not all(ses) or [int(m[1]) for m in ses] != list(range(1, len(ses) + 1)): E(f, "«Séance n – …» not numbered 1..n")
    for i, l in enumerate(L):
        if l.startswith("Séance") and not L[i + 1].startswith("   Lecture : "): E(f, f"{l[:20]} without «   Lecture : …» line")
    d = [re.search(r"Fait à Lomé, le (\d+) (\w+) (\d{4})$", l) for l in L]
    d = [m for m in d if m]
    if len(d) != 1 or d[0][2] not in FR_M or not dt_ok(f"{d[0][3]}-{FR_M.index(d[0][2]) + 1}-{d[0][1]}", "%Y-%m-%d"): E(f, "«Fait à Lomé, le d mois yyyy» once and valid")


# ---------------------------------------------------------------- 1998 Rogers webmail forward, quoted-printable
def check_rogers(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if not raw.isascii(): E(f, "not 7-bit ASCII")
    h, _, b = raw.partition("\r\n\r\n")
    names = [l.split(":")[0] for l in h.split("\r\n") if not l.startswith((" ", "\t"))]
    h = h.replace("\r\n", "\n")
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Mailer"):
        if names.count(k) != 1: E(f, f"header {k} not once")
    m = re.search(r"^Date: (.+)$", h, re.M)
    try:
        d = parsedate_to_datetime(m[1]); ok = WD_EN[d.weekday()] == m[1][:3] and d.utcoffset() == dt.timedelta(hours=-5)
    except Exception: ok = False
    if not ok: E(f, "Date header not valid with its weekday and -0500")
    if not re.search(r"^From: .+ <[\w.]+@rogers\.example\.com>$", h, re.M): E(f, "From not at rogers.example.com")
    if "Content-Transfer-Encoding: quoted-printable" not in h or "charset=UTF-8" not in h: E(f, "not quoted-printable UTF-8")
    if not re.search(r"^Subject: Fwd: (.+)$", h, re.M): E(f, "Subject not «Fwd: …»")
    for l in b.split("\r\n"):
        if len(l) > 76 or re.search(r"=(?![0-9A-F]{2}|$)", l): E(f, f"QP line too long or a bad escape: {l[:30]!r}"); break
    try: t = quopri.decodestring(b.encode("ascii")).decode("utf-8")
    except (UnicodeError, ValueError) as ex: E(f, f"QP body does not decode: {ex}"); return
    MIME_PARTS[f] = [t]
    T_ = t.replace("\r\n", "\n").split("\n")
    if T_.count("----- Forwarded Message -----") != 1: E(f, "forward block «----- Forwarded Message -----» not once"); return
    i = T_.index("----- Forwarded Message -----")
    if [x.split(":")[0] for x in T_[i + 1:i + 5]] != ["From", "To", "Sent", "Subject"]: E(f, "forward block fields From / To / Sent / Subject")
    fm = re.search(r"^From: .+ <([\w.]+@rogers\.example\.com)>$", h, re.M)
    if not fm or T_[i + 2] != "To: " + fm[1]: E(f, "forwarded mail not sent to the forwarder")
    sm = re.fullmatch(r"Sent: (\w+), (\w+) (\d+), (\d{4}), (\d\d:\d\d:\d\d) ([ap])\.m\. EST", T_[i + 3])
    sd = sm and sm[2] in EN_M and dt_ok(f"{sm[4]}-{EN_M.index(sm[2]) + 1}-{sm[3]} {sm[5]}", "%Y-%m-%d %H:%M:%S")
    if not sd or sd.strftime("%A") != sm[1]: E(f, "«Sent: Weekday, Month d, yyyy, hh:mm:ss a.m. EST» not valid")
    elif ok and sd.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))) > d: E(f, "forwarded mail sent after the forward")
    sub = re.search(r"^Subject: Fwd: (.+)$", h, re.M)
    if sub and T_[i + 4] != "Subject: " + sub[1]: E(f, "forward Subject not the forwarded subject")
    hd = re.fullmatch(r"(.+) – Digest #(\d+)", T_[i + 6]) if len(T_) > i + 6 else None
    if not hd or not sub or not sub[1].endswith("#" + hd[2]): E(f, "digest head «… – Digest #n» matching the subject")
    nm = re.fullmatch(r"(\d+) messages", T_[i + 7]) if len(T_) > i + 7 else None
    heads = [k for k, x in enumerate(T_) if re.fullmatch(r"Message \d+", x)]
    if not nm or int(nm[1]) != len(heads) or [int(T_[k].split()[1]) for k in heads] != list(range(1, len(heads) + 1)): E(f, "message count / numbering")
    prev = None
    for k in heads:
        if not T_[k + 1].startswith("From: ") or not T_[k + 2].startswith("Date: "): E(f, f"message {T_[k]} head"); continue
        dm = re.fullmatch(r"Date: (\w{3}), (\d+) (\w{3}) (\d{4}) (\d\d:\d\d)", T_[k + 2])
        dd = dm and dm[3] in MO_EN and dt_ok(f"{dm[4]}-{MO_EN.index(dm[3]) + 1}-{dm[2]} {dm[5]}", "%Y-%m-%d %H:%M")
        if not dd or WD_EN[dd.weekday()] != dm[1] or (prev and dd < prev) or (sd and dd > sd): E(f, f"message {T_[k]} date not valid / in order / before the digest")
        prev = dd or prev
    if "-- " not in T_: E(f, "digest footer «-- » missing")


# ---------------------------------------------------------------- 1999 Uni-CV dissertation, NP 405 references
PT_M = ["jan.", "fev.", "mar.", "abr.", "maio", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]


def check_unicv(f, raw):
    L = lines_of(f, raw, final=False)
    if raw.endswith("\n"): E(f, "final newline (the PDF copy has none)")
    if L.count("REFERÊNCIAS BIBLIOGRÁFICAS") != 1: E(f, "«REFERÊNCIAS BIBLIOGRÁFICAS» not once"); return
    if not re.fullmatch(r"\d+(\.\d+)+ \S.+", L[0]): E(f, "no numbered section heading first")
    pg = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if len(pg) < 2 or pg != list(range(pg[0], pg[0] + len(pg))) or L[-1] != str(pg[-1]): E(f, "page numbers not consecutive / not last")
    i = L.index("REFERÊNCIAS BIBLIOGRÁFICAS")
    ents = [l for l in L[i + 1:] if l and not re.fullmatch(r"\d{1,3}", l) and not l.startswith("«")]
    keys_ = [e.split(",")[0] for e in ents]
    if not ents or keys_ != sorted(keys_) or any(not re.fullmatch(r"[A-ZÁÉÍÓÚÇ]+", k) for k in keys_): E(f, "entries not «APELIDO, …» in alphabetical order")
    for e in ents:
        if " – " not in e or not e.endswith("."): E(f, f"entry not «AUTOR – Título. … .»: {e[:40]!r}")
        if not re.search(r"\b(19|20)\d\d\b", e): E(f, f"entry without a year: {e[:40]!r}")
        for a, b in re.findall(r"p\. (\d+)-(\d+)", e):
            if int(a) >= int(b): E(f, f"page range {a}-{b}")
        for c in re.findall(r"\[Consult\. ([^\]]+)\]", e):
            m = re.fullmatch(r"(\d+) (\S+) (\d{4})", c)
            if not m or m[2] not in PT_M or not dt_ok(f"{m[3]}-{PT_M.index(m[2]) + 1}-{m[1]}", "%Y-%m-%d"): E(f, f"«[Consult. {c}]» not valid")
        if "Disponível em WWW:" in e and not re.search(r"Disponível em WWW: <https?://[^>\s]+>\.$", e): E(f, "«Disponível em WWW: <URL>.» form")
        if "[Consult." in e and "Disponível em WWW" not in e: E(f, "«[Consult.]» without «Disponível em WWW»")
        if "[et al.]" in e and not re.match(r"[A-Z]+, [^\[,;–]+ \[et al\.\] – ", e): E(f, "«[et al.]» not after the first author")


# ---------------------------------------------------------------- 2000 Université de la Nouvelle-Calédonie, RIS export
RIS_TY = {"ELEC", "CONF", "JOUR", "BOOK", "DATA"}


def check_ris(f, raw):
    if re.search(r"(?<!\r)\n", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF")
    if raw.startswith("\ufeff"): E(f, "BOM")
    recs = raw.split("ER  - \r\n")
    if recs[-1] != "": E(f, "text after the last «ER  - »")
    ids = []
    for r in recs[:-1]:
        ls = [l for l in r.split("\r\n") if l]
        if any(not re.fullmatch(r"[A-Z][A-Z0-9]  - .+", l) for l in ls): E(f, "a line not «TAG  - value»"); continue
        tags = [l[:2] for l in ls]
        if tags[0] != "TY" or ls[0][6:] not in RIS_TY: E(f, f"record not opening with a known TY: {ls[0]!r}")
        for t_ in ("TI", "PY", "ID"):
            if tags.count(t_) != 1: E(f, f"record {ls[0]!r}: {t_} not once")
        for l in ls:
            if l[:2] == "PY" and not re.fullmatch(r"(19|20)\d\d", l[6:]): E(f, f"PY {l[6:]!r}")
            if l[:2] in ("UR", "L1") and not re.fullmatch(r"https?://\S+", l[6:]): E(f, f"{l[:2]} not a URL")
            if l[:2] == "ID": ids.append(l[6:])
            if l[:2] in ("SP",): sp = int(l[6:])
            if l[:2] == "EP" and int(l[6:]) <= sp: E(f, "EP not after SP")
        if "AU" in tags and tags.index("AU") > tags.index("TI"): E(f, "AU after TI")
    if ids != [f"UNC{1001 + i:05d}" for i in range(len(ids))]: E(f, "IDs not UNCnnnnn consecutive")


# ---------------------------------------------------------------- 2001 University of Gibraltar spreadsheet, CSV
CSV_HEAD = ["Week", "Item", "Kind", "Presenter", "Status", "Link", "Notes"]


def check_gib(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try: rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex: E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: E(f, "not written as the csv writer writes (quoting, CR LF)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if rows[0] != CSV_HEAD: E(f, "header"); return
    if any(len(r) != len(CSV_HEAD) for r in rows): E(f, "a row of another width")
    if [r[0] for r in rows[1:]] != [str(i) for i in range(1, len(rows))]: E(f, "weeks not 1..n")
    for r in rows[1:]:
        if r[2] not in ("Paper", "Software", "Book"): E(f, f"kind {r[2]!r}")
        if r[4] not in ("To read", "Reading", "Done", "Presented"): E(f, f"status {r[4]!r}")
        if r[5] and not re.fullmatch(r"<?https?://\S+?>?", r[5]): E(f, f"link {r[5]!r}")


# ---------------------------------------------------------------- 2002 Tonga WhatsApp export
WA_P = ["Sione Taufa", "Mele Vaipulu", "Viliami Fifita"]


def check_wa(f, raw):
    L = lines_of(f, raw)
    if not L[0].endswith("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."):
        E(f, "first line not the encryption notice")
    prev = None
    for i, l in enumerate(L):
        m = re.match(r"(\d\d/\d\d/\d{4}, \d\d:\d\d) - ", l)
        if not m:
            if i == 0: E(f, "first line not a message head")
            if re.match(r"\d{1,2}/\d{1,2}/\d{2,4},? ", l): E(f, f"line {i + 1}: a message head not in the «dd/mm/yyyy, hh:mm - » form")
            continue
        d = dt_ok(m[1], "%d/%m/%Y, %H:%M")
        if not d or (prev and d < prev): E(f, f"line {i + 1}: time not valid or going back")
        prev = d or prev
        if i > 0:
            s = re.match(r"[^:]+: ", l[len(m[0]):])
            if not s or s[0][:-2] not in WA_P: E(f, f"line {i + 1}: speaker not a member")
            elif not l[len(m[0]) + len(s[0]):].strip(): E(f, f"line {i + 1}: empty message")


# ---------------------------------------------------------------- 2003 Raspberry Pi Forums (Deutsch), phpBB copy
DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MO = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]


def check_rpi(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Raspberry Pi Forums" or not L[1].startswith("Foreneinstiegsseite ‹ Community ‹ Deutsch"): E(f, "head «Raspberry Pi Forums» / breadcrumb")
    if L[-1] != "Powered by phpBB® Forum Software © phpBB Limited": E(f, "phpBB footer")
    heads = [(i, re.fullmatch(r"Beitrag von (\S+) » (\w\w) (\d+)\. (\w+) (\d{4}), (\d\d:\d\d)", l)) for i, l in enumerate(L) if l.startswith("Beitrag von")]
    prev = None
    for i, m in heads:
        d = m and m[4] in DE_MO and dt_ok(f"{m[5]}-{DE_MO.index(m[4]) + 1}-{m[3]} {m[6]}", "%Y-%m-%d %H:%M")
        if not d or DE_WD[d.weekday()] != m[2] or (prev and d < prev): E(f, f"line {i + 1}: «Beitrag von NAME » Wt d. Mon yyyy, hh:mm» not valid or not in order"); continue
        prev = d
        if L[i - 2] != m[1] or not re.fullmatch(r"Beiträge: \d+", L[i - 1]): E(f, f"line {i + 1}: user and «Beiträge: n» lines before the post")
    cnt = [re.fullmatch(r"(\d+) Beiträge • Seite 1 von 1", l) for l in L]
    cnt = [m for m in cnt if m]
    if len(cnt) != 2 or any(int(m[1]) != len(heads) for m in cnt): E(f, "«n Beiträge • Seite 1 von 1» twice, = the posts")
    if L.count("Nach oben") != len(heads): E(f, "«Nach oben» not once per post")
    if heads and heads[0][1] and heads[-1][1] and heads[-1][1][1] != heads[0][1][1]: E(f, "the asker does not close the thread")


# ---------------------------------------------------------------- 2004 Université de la Polynésie française newsletter
def check_upf(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or L[1] != '<html lang="fr">': E(f, "doctype / lang fr")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.bad or tc.stack: E(f, f"tags not balanced: {tc.bad[:3]} {tc.stack[:3]}")
    if raw.count("<h1>") != 1 or raw.count("<title>") != 1 or '<meta charset="utf-8">' not in raw: E(f, "one title / one h1 / meta charset")
    if re.search(r"&(?!(?:amp|lt|gt|quot|#\d+);)", raw): E(f, "a bare «&»")
    t = re.search(r"<title>.*n° (\d+) — UPF</title>", raw); h1 = re.search(r"<h1>.*n° (\d+)</h1>", raw)
    if not t or not h1 or t[1] != h1[1]: E(f, "issue number not the same in title and h1")
    toc = re.findall(r'<li><a href="#([\w-]+)">([^<]+)</a></li>', raw)
    secs = re.findall(r'<section id="([\w-]+)">\n<h2>([^<]+)</h2>', raw)
    if toc != secs or not toc: E(f, "the table of contents is not the section ids and headings")
    for u in re.findall(r'href="([^"#][^"]*)"', raw):
        if not re.fullmatch(r"(https?://\S+|mailto:[\w.]+@upf\.example\.pf|/[\w/.-]+)", u): E(f, f"href {u!r}")
    if not re.search(r'<p class="date">(' + "|".join(m.capitalize() for m in FR_M) + r') \d{4}</p>', raw): E(f, "date line «Mois yyyy»")


# ---------------------------------------------------------------- 2005 Port Vila blog post with comments
def _en_dt(s):
    m = re.fullmatch(r"(\w+) (\d+), (\d{4}) at (\d+):(\d\d) (am|pm)", s)
    if not m or m[1] not in EN_M or not 1 <= int(m[4]) <= 12: return None
    return dt_ok(f"{m[3]}-{EN_M.index(m[1]) + 1}-{m[2]} {int(m[4]) % 12 + (12 if m[6] == 'pm' else 0)}:{m[5]}", "%Y-%m-%d %H:%M")


def check_blog(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Solwota Kod", "Notes on code, AI and island life from Port Vila"] or L[3] != "Home   About   Archive   Contact": E(f, "blog head / menu")
    pm = [re.fullmatch(r"Posted on (.+) by (.+)", l) for l in L]
    pm = [m for m in pm if m]
    post = pm and _en_dt(pm[0][1])
    if len(pm) != 1 or not post: E(f, "«Posted on Month d, yyyy at h:mm am by …» once and valid"); return
    title = L[L.index(pm[0][0]) - 1]
    tm = [re.fullmatch(r"(\d+) thoughts? on “(.+)”", l) for l in L]
    tm = [m for m in tm if m]
    says = [i for i, l in enumerate(L) if i + 1 < len(L) and _en_dt(L[i + 1]) and i > 0]
    if len(tm) != 1 or tm[0][2] != title: E(f, "«n thoughts on “title”» once, naming the post"); return
    if int(tm[0][1]) != len(says): E(f, f"«{tm[0][1]} thoughts» but {len(says)} comments")
    prev = post
    for i in says:
        d = _en_dt(L[i + 1])
        if d <= prev: E(f, f"comment at line {i + 1} not after the previous"); continue
        prev = d
        j = next((k for k in range(i + 2, len(L)) if L[k] == "Reply"), None)
        if j is None or j == i + 2 or any(k in says for k in range(i + 1, j)): E(f, f"comment at line {i + 1} without text and «Reply»")
    if L.count("Leave a Reply") != 1 or not L[-1].startswith("© 2026 Solwota Kod"): E(f, "form «Leave a Reply» and footer")
    if not any(l.startswith("Tags: ") for l in L): E(f, "no «Tags: …» line")


# ---------------------------------------------------------------- 2006 Awesome Kirundi NLP README (negative)
def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def check_awesome(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: E(f, "title with the awesome badge")
    hs = [l[3:] for l in L if l.startswith("## ")]
    if len(set(hs)) != len(hs): E(f, "headings not unique")
    if not hs or hs[0] != "Ibirimwo (Sommaire)" or hs[-1] != "Licence": E(f, "«Ibirimwo (Sommaire)» first, «Licence» last")
    toc = re.findall(r"^- \[([^\]]+)\]\(#([^)]+)\)$", raw, re.M)
    if toc != [(h, gh_slug(h)) for h in hs[1:-1]]: E(f, "the Sommaire is not the other headings with their slugs")
    for u in re.findall(r"\]\(([^)#][^)]*)\)", raw):
        if not u.startswith("https://"): E(f, f"link not https: {u!r}")
    m = re.search(r"mis à jour le (\d+) (\w+) (\d{4})", raw)
    if not m or m[2] not in FR_M or not dt_ok(f"{m[3]}-{FR_M.index(m[2]) + 1}-{m[1]}", "%Y-%m-%d"): E(f, "«mis à jour le d mois yyyy» valid")
    for h in re.findall(r"(?<![\w.])@([\w.-]+)", raw):
        if h != h.lower(): E(f, f"handle @{h} not lower-case")
    if raw.count("*") % 2: E(f, "emphasis not balanced")


def shape_checks(f, raw, path):
    n = num(f)
    {1997: check_lome, 1998: check_rogers, 1999: check_unicv, 2000: check_ris, 2001: check_gib,
     2002: check_wa, 2003: check_rpi, 2004: check_upf, 2005: check_blog,
     2006: check_awesome}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round198's and round199's, a byte-identical file counted once), and the
# round198/round199 split (candidates sorted by (uses, catalogue title); round198 = even positions from 4 on, one
# unbroken run; round199 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P199S = ["/work/rounds/digests-round199/expected.json", "/work/main/tests/data/digests-round199/expected.json"]
P199 = next((p for p in P199S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P199S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round198", "digests-round199") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round198 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r199 = set()
if P199:
    try:
        r199 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P199)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P199} exists but could not be read (being written?)")
    their_even = sorted(k for k in r199 if pos.get(k, 1) % 2 == 0)
    if r199 & mine and their_even:
        notes.append(f"round199's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r199)} papers at even positions): shared papers not an error here, to be settled by round199: "
                     f"{len(r199 & mine)} shared: {sorted(r199 & mine)}")
    elif r199 & mine: errors.append(f"papers also in round199: {sorted(r199 & mine)}")
shared199 = len(r199 & mine) if P199 else "(no round199 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round198 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round199: {shared199}; papers in more than one round198 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


