#!/usr/bin/env python3
r"""Checks round204/expected.json against the digests and the shared catalogues.

Adapted from round202/validate.py (the label checks are the same code; the reuse report is round202's with round204 /
round205 in place of round202 / round203: round204 holds the even positions from 4; the shape checks are round202's
grammars rewritten for this round's sources). The reuse report counts every /work/main/tests/data/*/expected.json and
/work/rounds/*/expected.json except round204's and round205's own (by folder name and by bytes), a byte-identical file
once, and checks the split (even positions 4.., one run; no paper shared with round205's expected.json, read from
/work/rounds/digests-round205/ or /work/main/tests/data/digests-round205/ when it exists; no paper in two files). Every
digest is read raw (UTF-8; 2058 is 7-bit ASCII with CR LF, 2060 and 2061 CR LF, 2062 ASCII JSON, every other file LF)
and in decoded forms: 2058's quoted-printable body in UTF-8; 2061's CSV fields; 2062's message texts (JSON decoded:
«\/» and \uXXXX undone); everything with HTML entities undone once and twice and percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 2058 (quoted-printable: soft line breaks
and =XX escapes mean some titles and links are only whole in the decoded body), 2059 (a PDF copy: lines wrapped inside
titles, so some titles are only whole after joining lines) and 2062 (Slack's JSON writes «https:\/\/arxiv.org\/abs\/…»,
so links are only whole in the decoded texts). For them the facts «found only after decoding» / «after normalising
whitespace» are counted on the file's summary line instead of being printed as notes; the same facts in any other
file are notes.

Shape checks (lean, grammar-level), one function per kind (check_ujkz, check_umng, check_kstu, check_ris, check_csv,
check_slack, check_moroni, check_fm, check_adekus, check_ub); each states what it checks in its error messages: 2057
UJKZ fiche de cours (head with the Mooré line and «FICHE DE COURS», «UJKZ – UFR/SEA | INF nnn | p. n/N» footers
closing the text, fields once, the code the same in the footers, hours adding up to «Total», assessment = 100 %,
«Semaine n» numbered with a «Lecture» line, the date valid); 2058 UMNG forward (CR LF, ASCII, header fields once, Date
with weekday and +0100, From at mail.example.cg, QP lines ≤ 76 and escapes valid, decoding to UTF-8, the forward block
«From / To / Sent / Subject» to the forwarder and before the forward, the subject, «… – Digest #n», the message count
and numbering, message dates valid, in order and before the digest, the «-- » footer); 2059 KSTU reference list
(numbered Cyrillic heading first, «СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ» once, lines ≤ 96, entries «n. Surname, I.»
numbered and alphabetical, years, page ranges a < b, «(дата обращения: dd.mm.yyyy)» valid, «URL: <url>» form, entries
ending with «.», page numbers consecutive and closing); 2060 University of Juba RIS (CR LF, «XX  - value» lines, known
tags, records TY … ER, known types, ID / TI / PY / DB once, AU «Surname, Given» but for data sets, years, URLs, SP <
EP, ISBN check digit, ids JUB-nnnn consecutive); 2061 UGANC CSV (no BOM, parsed strictly and written again exactly as
Python's csv writer writes with commas and CR LF; header; widths; weeks 1..n; types; statuses; links; presenters of
papers); 2062 SIMAD Slack export (ASCII, JSON list written as Slack writes it, message keys, user ids, ts increasing
and a plausible Mogadishu time, user_profile names constant, one team, «<url|label>» links); 2063 Forum Tech Moroni
thread (head, breadcrumb and footer, «Discussion dans « … » lancée par …, date. Réponses : n» = the posts, «dd/mm/yyyy
#n» numbered and in order, user / rank / «Messages : n» lines, «J'aime   Citer   Répondre» per post, the starter and
start date the first post's); 2064 COM-FSM awesome list (badge, headings unique, Contents first and License last, the
Contents = the headings with GitHub slugs, https links but arXiv's, the date valid, lower-case handles, bold and
italics balanced); 2065 AdeKUS newsletter (doctype, lang nl, tags balanced, one title / h1, meta charset, entities,
issue number in title and h1, the index = the section ids and headings, hrefs, the date line, one «artikel» item per
labelled paper); 2066 Ulaanbaatar blog (head and menu, «Нийтэлсэн: … , …» valid, «««title»» нийтлэлд n сэтгэгдэл» =
the comments with valid dates after the post and in order and «Хариулах», categories, footer last).
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
READ_AS = {2058: {"decoded"}, 2059: {"joined"}, 2062: {"decoded"}}

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

# ---------------------------------------------------------------- 2057 UJKZ (Ouagadougou) fiche de cours, PDF copy
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def check_ujkz(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["UNIVERSITÉ JOSEPH KI-ZERBO", "UFR Sciences Exactes et Appliquées (UFR/SEA) – Département d'Informatique"] \
            or not L[2].startswith("Ne y windga! ") or "FICHE DE COURS" not in L[3:6]:
        E(f, "head (UJKZ / UFR/SEA / Mooré line / FICHE DE COURS)")
    ft = [(i, re.fullmatch(r"UJKZ – UFR/SEA \| (INF \d{3}) \| p\. (\d+)/(\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, m) for i, m in ft if m]
    if not ft or [int(m[2]) for _, m in ft] != list(range(1, len(ft) + 1)) or {int(m[3]) for _, m in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «UJKZ – UFR/SEA | INF nnn | p. n/N» not 1..N or not closing the text")
    code = [m for m in (re.fullmatch(r"Intitulé : (INF \d{3}) – .+", l) for l in L) if m]
    if len(code) != 1 or any(m[1] != code[0][1] for _, m in ft): E(f, "«Intitulé : INF nnn – …» once, the same code in the footers")
    for k in ("Parcours", "Crédits", "Enseignant", "Année universitaire"):
        if sum(1 for l in L if l.startswith(k + " : ")) != 1: E(f, f"field {k} not once")
    hrs = [m for m in (re.fullmatch(r"  (.+) : (\d+) h", l) for l in L) if m]
    if not hrs or hrs[-1][1] != "Total" or sum(int(m[2]) for m in hrs[:-1]) != int(hrs[-1][2]): E(f, "hours not adding up to «Total»")
    w = [int(m[1]) for m in (re.fullmatch(r"  .+ : (\d+) %", l) for l in L) if m]
    if sum(w) != 100: E(f, "assessment weights not 100 %")
    se = [(i, m) for i, m in ((i, re.match(r"Semaine (\d+) – \S", l)) for i, l in enumerate(L)) if m]
    if [int(m[1]) for _, m in se] != list(range(1, len(se) + 1)): E(f, "«Semaine n» not numbered 1..n")
    for i, m in se[:-1]:
        if not L[i + 1].startswith("  Lecture : "): E(f, f"Semaine {m[1]} without a «Lecture» line")
    dm = [m for m in (re.fullmatch(r"Ouagadougou, le (\d+) (\w+) (\d{4})", l) for l in L) if m]
    if len(dm) != 1 or dm[0][2] not in FR_M or not dt_ok(f"{dm[0][3]}-{FR_M.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "date line «Ouagadougou, le d mois aaaa» not valid")


# ---------------------------------------------------------------- 2058 UMNG (Brazzaville) forward, quoted-printable
def check_umng(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if not raw.isascii(): E(f, "not 7-bit ASCII")
    h, _, b = raw.partition("\r\n\r\n")
    names = [l.split(":")[0] for l in h.split("\r\n") if not l.startswith((" ", "\t"))]
    h = h.replace("\r\n", "\n")
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "User-Agent"):
        if names.count(k) != 1: E(f, f"header {k} not once")
    m = re.search(r"^Date: (.+)$", h, re.M)
    try:
        d = parsedate_to_datetime(m[1]); ok = WD_EN[d.weekday()] == m[1][:3] and d.utcoffset() == dt.timedelta(hours=1)
    except Exception: ok = False
    if not ok: E(f, "Date header not valid with its weekday and +0100")
    if not re.search(r"^From: .+ <[\w.]+@mail\.example\.cg>$", h, re.M): E(f, "From not at mail.example.cg")
    if "Content-Transfer-Encoding: quoted-printable" not in h or "charset=UTF-8" not in h: E(f, "not quoted-printable UTF-8")
    sub = re.search(r"^Subject: Fwd: (.+)$", h, re.M)
    if not sub: E(f, "Subject not «Fwd: …»")
    for l in b.split("\r\n"):
        if len(l) > 76 or re.search(r"=(?![0-9A-F]{2}|$)", l): E(f, f"QP line too long or a bad escape: {l[:30]!r}"); break
    try: t = quopri.decodestring(b.encode("ascii")).decode("utf-8")
    except (UnicodeError, ValueError) as ex: E(f, f"QP body does not decode: {ex}"); return
    MIME_PARTS[f] = [t]
    T_ = t.replace("\r\n", "\n").split("\n")
    if T_.count("----- Forwarded Message -----") != 1: E(f, "forward block «----- Forwarded Message -----» not once"); return
    i = T_.index("----- Forwarded Message -----")
    if [x.split(":")[0] for x in T_[i + 1:i + 5]] != ["From", "To", "Sent", "Subject"]: E(f, "forward block fields From / To / Sent / Subject")
    fm = re.search(r"^From: .+ <([\w.]+@mail\.example\.cg)>$", h, re.M)
    if not fm or T_[i + 2] != "To: " + fm[1]: E(f, "forwarded mail not sent to the forwarder")
    sm = re.fullmatch(r"Sent: (\w+), (\w+) (\d+), (\d{4}), (\d\d:\d\d:\d\d) ([ap])\.m\. WAT", T_[i + 3])
    sd = sm and sm[2] in EN_M and dt_ok(f"{sm[4]}-{EN_M.index(sm[2]) + 1}-{sm[3]} {sm[5]}", "%Y-%m-%d %H:%M:%S")
    if not sd or sd.strftime("%A") != sm[1]: E(f, "«Sent: Weekday, Month d, yyyy, hh:mm:ss a.m. WAT» not valid")
    elif ok and sd.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))) > d: E(f, "forwarded mail sent after the forward")
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


# ---------------------------------------------------------------- 2059 KSTU (Bishkek) thesis reference list, PDF copy
def check_kstu(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\d+\.\d+ [А-Я]\S.*", L[0]): E(f, "no numbered Cyrillic section heading first")
    if L.count("СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ") != 1: E(f, "«СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ» not once"); return
    i = L.index("СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ")
    pages = [l for l in L if re.fullmatch(r"\d{2,3}", l)]
    if len(pages) != 2 or int(pages[1]) != int(pages[0]) + 1 or L[-1] != pages[1]: E(f, "page numbers not consecutive / not closing the text")
    if any(len(l) > 96 for l in L): E(f, "a line longer than 96 columns")
    ents, cur = [], []
    for l in L[i + 1:-1]:
        if not l:
            if cur: ents.append(" ".join(cur)); cur = []
        else: cur.append(l)
    if cur: ents.append(" ".join(cur))
    heads = []
    for k, e in enumerate(ents, 1):
        m = re.match(r"(\d+)\. ([A-ZА-ЯЁ][\w'’-]+(?: [A-Z]{2,})?, [A-ZА-ЯЁ]\.|[A-Z][\w ]+\. )", e)
        if not m: E(f, f"entry not «n. Surname, I.»: {e[:40]!r}"); continue
        if int(m[1]) != k: E(f, f"entry {k} numbered {m[1]}")
        heads.append(e[len(m[1]) + 2:])
        for y in re.findall(r"– ((?:1[89]|20)\d\d)\.", e):
            if not 1950 <= int(y) <= 2026: E(f, f"year {y} out of range")
        for a_, b_ in re.findall(r"P\. (\d+)–(\d+)", e):
            if int(a_) >= int(b_): E(f, f"page range {a_}–{b_}")
        for c in re.findall(r"\(дата обращения: (\d\d)\.(\d\d)\.(\d{4})\)", e):
            if not dt_ok(f"{c[2]}-{c[1]}-{c[0]}", "%Y-%m-%d"): E(f, f"access date {c} not valid")
        if "URL:" in e and not re.search(r"URL: https?://\S+ \(дата обращения: ", e): E(f, "«URL: … (дата обращения: …)» form")
        if not e.endswith("."): E(f, f"entry {k} not ending with «.»")
    if [h.lower() for h in heads] != sorted(h.lower() for h in heads): E(f, "entries not in alphabetical order")
    if len(ents) < 8: E(f, "fewer than 8 entries")


# ---------------------------------------------------------------- 2060 University of Juba library, RIS export
RIS_TAGS = {"TY", "ID", "TI", "T2", "AU", "PY", "JO", "VL", "SP", "EP", "UR", "L1", "N1", "PB", "SN", "DB", "ER"}


def check_ris(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    L = raw.replace("\r\n", "\n")[:-1].split("\n")
    recs, cur = [], None
    for l in L:
        if not l:
            if cur is not None: E(f, "blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: E(f, f"line not «XX  - value»: {l[:40]!r}"); continue
        tag, val = m[1], m[2]
        if tag not in RIS_TAGS: E(f, f"unknown RIS tag {tag}")
        if tag == "TY":
            if cur is not None: E(f, "TY inside an open record")
            cur = [(tag, val)]
        elif cur is None: E(f, f"{tag} outside a record")
        elif tag == "ER":
            if val: E(f, "ER with a value")
            recs.append(cur); cur = None
        else:
            if not val: E(f, f"empty {tag}")
            cur.append((tag, val))
    if cur is not None: E(f, "last record not closed by «ER  - »")
    ids = []
    for r in recs:
        tags = [t for t, _ in r]
        if r[0][1] not in {"JOUR", "CONF", "GEN", "BOOK", "DATA"}: E(f, f"unknown type {r[0][1]}")
        for t in ("ID", "TI", "PY", "DB"):
            if tags.count(t) != 1: E(f, f"record {r[0][1]}: {t} not once")
        if "AU" not in tags: E(f, "record without AU")
        ids += [v for t, v in r if t == "ID"]
        for t, v in r:
            if t == "PY" and not (re.fullmatch(r"\d{4}", v) and 1950 <= int(v) <= 2026): E(f, f"PY {v}")
            if t == "AU" and not re.fullmatch(r"[^,]+, \S.*", v) and r[0][1] != "DATA": E(f, f"AU not «Surname, Given»: {v}")
            if t in ("UR", "L1") and not re.fullmatch(r"https?://\S+", v): E(f, f"{t} not a URL: {v}")
            if t == "DB" and v != "University of Juba Library": E(f, "DB not the University of Juba catalogue")
        sp = [int(v) for t, v in r if t == "SP"]; ep = [int(v) for t, v in r if t == "EP"]
        if sp and ep and sp[0] >= ep[0]: E(f, "SP not below EP")
        sn = [v for t, v in r if t == "SN"]
        if sn and not isbn13_ok(sn[0]): E(f, f"ISBN {sn[0]} not valid")
    nums = [int(m[1]) for m in (re.fullmatch(r"JUB-(\d{4})", i) for i in ids) if m]
    if len(nums) != len(ids) or nums != list(range(nums[0], nums[0] + len(nums))): E(f, "ids not JUB-nnnn consecutive")
    if len(recs) < 8: E(f, "fewer than 8 records")


# ---------------------------------------------------------------- 2061 UGANC (Conakry), CSV
TSV_HEAD = ["Semaine", "Type", "Titre", "Lien", "Présentateur", "Statut", "Notes"]
TSV_STAT = {"lu", "présenté", "à présenter", "à lire", "installé", "emprunté", "en cours"}
TSV_TYPE = {"article", "logiciel", "livre", "jeu de données"}


def check_csv(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try: rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex: E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: E(f, "not as the csv writer writes it (comma, CR LF, quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != TSV_HEAD: E(f, "header"); return
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(TSV_HEAD): E(f, f"row {i} has {len(r)} fields"); continue
        if r[0] != str(i): E(f, f"row {i}: week {r[0]!r} not {i}")
        if r[1] not in TSV_TYPE: E(f, f"row {i}: type {r[1]!r}")
        if r[5] not in TSV_STAT: E(f, f"row {i}: status {r[5]!r}")
        if r[3] and not re.fullmatch(r"https?://\S+", r[3]): E(f, f"row {i}: link {r[3]!r}")
        if r[1] == "article" and not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ]+", r[4]): E(f, f"row {i}: paper without a presenter")
        if not r[2].strip(): E(f, f"row {i}: empty title")


# ---------------------------------------------------------------- 2062 SIMAD University (Mogadishu), Slack export
def check_slack(f, raw):
    if not raw.isascii(): E(f, "not ASCII (Slack's export escapes non-ASCII as \\uXXXX)")
    lines_of(f, raw)
    try: msgs = json.loads(raw)
    except ValueError as ex: E(f, f"not JSON: {ex}"); return
    if not isinstance(msgs, list) or not msgs: E(f, "not a list of messages"); return
    if json.dumps(msgs, indent=4).replace("/", "\\/") + "\n" != raw: E(f, "not as Slack writes it (4-space indent, «\\/»)")
    EXTRA_FORMS[f] = ["\n".join(str(m.get("text", "")) for m in msgs if isinstance(m, dict))]
    prev, users = 0.0, {}
    for k, m in enumerate(msgs, 1):
        if not isinstance(m, dict) or set(m) != {"type", "user", "text", "ts", "user_profile", "team"}: E(f, f"message {k}: keys"); continue
        if m["type"] != "message" or not m["text"].strip(): E(f, f"message {k}: type / empty text")
        if not re.fullmatch(r"U08SMD0[A-Z0-9]{2}", m["user"]): E(f, f"message {k}: user id {m['user']}")
        if not re.fullmatch(r"\d{10}\.\d{6}", m["ts"]) or float(m["ts"]) <= prev: E(f, f"message {k}: ts not valid / increasing")
        else:
            prev = float(m["ts"])
            d = dt.datetime.fromtimestamp(prev, dt.timezone(dt.timedelta(hours=3)))
            if not (2025 <= d.year <= 2026 and 7 <= d.hour <= 22): E(f, f"message {k}: ts not a plausible Mogadishu time")
        up = m["user_profile"]
        if not isinstance(up, dict) or set(up) != {"real_name", "display_name", "team"} or up["team"] != m["team"]: E(f, f"message {k}: user_profile"); continue
        if users.setdefault(m["user"], up["real_name"]) != up["real_name"]: E(f, f"message {k}: user {m['user']} with two names")
        for u in re.findall(r"<([^<>|]+)(?:\|[^<>]*)?>", m["text"]):
            if not re.fullmatch(r"https?://\S+", u): E(f, f"message {k}: Slack link {u!r}")
    if len({m.get("team") for m in msgs if isinstance(m, dict)}) != 1: E(f, "more than one team")


# ---------------------------------------------------------------- 2063 Forum Tech Moroni thread copy
def check_moroni(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Forum Tech Moroni" or not L[1].startswith("Accueil") or not L[2].startswith("Forums › "): E(f, "head, menu and breadcrumb")
    if not L[-1].startswith("Forum Tech Moroni · Moroni"): E(f, "footer not last")
    dm = [m for m in (re.fullmatch(r"Discussion dans « (.+) » lancée par (\S+), (\d\d/\d\d/\d{4})\. Réponses : (\d+)", l) for l in L) if m]
    if len(dm) != 1: E(f, "«Discussion dans « … » lancée par …, date. Réponses : n» not once"); return
    if not L[2].endswith(dm[0][1]): E(f, "the forum in the breadcrumb is not the discussion's")
    ph = [(i, m) for i, m in ((i, re.fullmatch(r"(\d\d/\d\d/\d{4})   #(\d+)", l)) for i, l in enumerate(L)) if m]
    if [int(m[2]) for _, m in ph] != list(range(1, len(ph) + 1)): E(f, "posts not numbered #1..#n")
    if int(dm[0][4]) != len(ph) - 1: E(f, "reply count not the posts minus one")
    prev = None
    for i, m in ph:
        d = dt_ok(m[1], "%d/%m/%Y")
        if not d or (prev and d < prev): E(f, f"post {m[2]}: date not valid / in order")
        prev = d or prev
        if not re.fullmatch(r"Messages : \d+", L[i - 1]) or not L[i - 2] or not re.fullmatch(r"[\w.]+", L[i - 3]): E(f, f"post {m[2]}: user / rank / «Messages : n» lines")
    if ph and (L[ph[0][0] - 3] != dm[0][2] or ph[0][1][1] != dm[0][3]): E(f, "starter / start date not the first post's")
    if L.count("J'aime   Citer   Répondre") != len(ph): E(f, "«J'aime   Citer   Répondre» not once per post")


# ---------------------------------------------------------------- 2064 COM-FSM awesome list
def check_fm(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): E(f, "title with the awesome badge")
    hs = [l[3:] for l in L if l.startswith("## ")]
    if len(set(hs)) != len(hs) or not hs or hs[0] != "Contents" or hs[-1] != "License": E(f, "headings unique, Contents first, License last")
    i = L.index("## Contents") if "## Contents" in L else 0
    toc = []
    for l in L[i + 1:]:
        if l.startswith("## "): break
        m = re.fullmatch(r"- \[(.+)\]\(#(.+)\)", l)
        if m: toc.append((m[1], m[2]))
        elif l: E(f, f"Contents line {l!r}")
    if [t for t, _ in toc] != hs[1:] or [s for _, s in toc] != [slug(h) for h in hs[1:]]: E(f, "the Contents are not the headings with GitHub slugs")
    for u in re.findall(r"\]\(([^)\s]+)\)|<(https?://[^>]+)>", raw):
        u = u[0] or u[1]
        if not (u.startswith("#") or u.startswith("https://") or u.startswith("http://arxiv.org/")): E(f, f"link {u!r} not https")
    dm = re.search(r"updated: (\w+) (\d+), (\d{4})", raw)
    if not dm or dm[1] not in EN_M or not dt_ok(f"{dm[3]}-{EN_M.index(dm[1]) + 1}-{dm[2]}", "%Y-%m-%d"): E(f, "update date not valid")
    if not re.search(r"^Maintainers: @[a-z][a-z.-]+, @[a-z][a-z.-]+ ·", raw, re.M): E(f, "maintainers line with lower-case handles")
    for l in L:
        if l.count("**") % 2: E(f, f"bold not balanced: {l[:40]!r}")
        if l.startswith("- ") and l.count("*") % 2: E(f, f"italics not balanced: {l[:40]!r}")


NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


# ---------------------------------------------------------------- 2065 AdeKUS (Paramaribo) newsletter page
def check_adekus(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or L[1] != '<html lang="nl">': E(f, "doctype / lang nl")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: E(f, f"tags not balanced: open {tc.stack} bad {tc.bad}")
    if raw.count("<title>") != 1 or raw.count("<h1>") != 1 or '<meta charset="utf-8">' not in raw: E(f, "one title, one h1, meta charset")
    t = re.search(r"<title>Nieuwsbrief Onderzoek nr\. (\d+) – .+</title>", raw)
    h = re.search(r"<h1>Nieuwsbrief Onderzoek nr\. (\d+)</h1>", raw)
    if not t or not h or t[1] != h[1]: E(f, "issue number in title and h1")
    if re.search(r"&(?!(?:amp|lt|gt|quot|#x?[0-9a-fA-F]+);)", raw): E(f, "bare «&» or unknown entity")
    ids = re.findall(r'<section id="([\w-]+)">', raw)
    toc = re.findall(r'<li><a href="#([\w-]+)">(.+?)</a></li>', raw)
    h2 = re.findall(r"<h2>(.+?)</h2>", raw)
    if [s for s, _ in toc] != ids or [x for _, x in toc] != h2 or len(set(ids)) != len(ids): E(f, "the index is not the section ids and headings")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not re.fullmatch(r"(https?://\S+|/[\w/.-]*|#[\w-]+|mailto:[\w.]+@[\w.]+)", u): E(f, f"href {u!r}")
    if not re.search(r'<p class="datum">(' + "|".join(NL_M) + r') 20\d\d</p>', raw): E(f, "date line")
    n_art = raw.count('<li class="artikel">')
    if n_art != len(exp.get(f, [])): E(f, f"{n_art} «artikel» items for {len(exp.get(f, []))} labelled papers")


# ---------------------------------------------------------------- 2066 Ulaanbaatar blog post with comments (negative)
def _mn_dt(s):
    m = re.fullmatch(r"(\d{4}) оны (\d+)-р сарын (\d+), (\d\d):(\d\d)", s)
    return m and dt_ok(f"{m[1]}-{m[2]}-{m[3]} {m[4]}:{m[5]}", "%Y-%m-%d %H:%M")


def check_ub(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Техно Блог УБ", "Улаанбаатараас технологийн тэмдэглэл"] or not L[3].startswith("Нүүр"): E(f, "blog head and menu")
    pm = [m for m in (re.fullmatch(r"Нийтэлсэн: (.+), (\S+ \S+)", l) for l in L) if m]
    if len(pm) != 1 or not _mn_dt(pm[0][1]): E(f, "«Нийтэлсэн: …, …» once and valid"); return
    pd = _mn_dt(pm[0][1])
    title = L[L.index(pm[0][0]) - 1]
    cm = [(i, m) for i, m in ((i, re.fullmatch(r"«(.+)» нийтлэлд (\d+) сэтгэгдэл", l)) for i, l in enumerate(L)) if m]
    if len(cm) != 1 or cm[0][1][1] != title: E(f, "«««title»» нийтлэлд n сэтгэгдэл» once, with the post's title"); return
    i0 = cm[0][0]
    dates = [(i, _mn_dt(l)) for i, l in enumerate(L) if i > i0 and _mn_dt(l)]
    if int(cm[0][1][2]) != len(dates): E(f, "comment count not the comments")
    prev = pd
    for i, d in dates:
        if d <= prev: E(f, f"comment at line {i + 1} not after the post / in order")
        prev = d
        if not L[i - 1].strip(): E(f, f"comment at line {i + 1} without an author")
    if L.count("Хариулах") != len(dates): E(f, "«Хариулах» not once per comment")
    if not any(l.startswith("Ангилал: ") for l in L[:i0]): E(f, "categories line before the comments")
    if not L[-1].startswith("© 2026 Техно Блог УБ"): E(f, "footer not last")


def shape_checks(f, raw, path):
    n = num(f)
    {2057: check_ujkz, 2058: check_umng, 2059: check_kstu, 2060: check_ris, 2061: check_csv,
     2062: check_slack, 2063: check_moroni, 2064: check_fm, 2065: check_adekus,
     2066: check_ub}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round204's and round205's, a byte-identical file counted once), and the
# round204/round205 split (candidates sorted by (uses, catalogue title); round204 = even positions from 4 on, one
# unbroken run; round205 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P205S = ["/work/rounds/digests-round205/expected.json", "/work/main/tests/data/digests-round205/expected.json"]
P205 = next((p for p in P205S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P205S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round204", "digests-round205") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round204 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r205 = set()
if P205:
    try:
        r205 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P205)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P205} exists but could not be read (being written?)")
    their_even = sorted(k for k in r205 if pos.get(k, 1) % 2 == 0)
    if r205 & mine and their_even:
        notes.append(f"round205's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r205)} papers at even positions): shared papers not an error here, to be settled by round205: "
                     f"{len(r205 & mine)} shared: {sorted(r205 & mine)}")
    elif r205 & mine: errors.append(f"papers also in round205: {sorted(r205 & mine)}")
shared205 = len(r205 & mine) if P205 else "(no round205 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round204 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round205: {shared205}; papers in more than one round204 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


