#!/usr/bin/env python3
r"""Checks round200/expected.json against the digests and the shared catalogues.

Adapted from round198/validate.py (the label checks are the same code; the reuse report is round198's with round200 /
round201 in place of round198 / round199: round200 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round200's and
round201's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round201's expected.json, read from /work/rounds/digests-round201/ or
/work/main/tests/data/digests-round201/ when it exists; no paper in two files). Every digest is read raw (UTF-8; 2018 is
7-bit ASCII with CR LF, 2021 CR LF, every other file LF) and in decoded forms: 2018's quoted-printable body in UTF-8;
2021's CSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched
after whitespace normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 2018 (quoted-printable: soft line breaks
and =XX escapes mean some titles are only whole in the decoded body) and 2019 (a PDF copy: lines wrapped inside titles,
so some titles are only whole after joining lines). For them the facts «found only after decoding» / «after
normalising whitespace» are counted on the file's summary line instead of being printed as notes; the same facts in any
other file are notes.

Shape checks (lean, grammar-level), one function per kind (check_ndj, check_bermuda, check_rsm, check_bib, check_nkc,
check_wa, check_elakiri, check_awesome, check_blog, check_ul); each states what it checks in its error messages: 2017
Université de N'Djamena syllabus (head with the Chadian Arabic line, «UN – FSEA | INF nnn | page n/N» footers closing
the text, fields once, the code the same in the footers, hours adding up to «Total», assessment = 100 %, «Séance n»
numbered with a «Lecture» line, the date valid); 2018 Bermuda College forward (CR LF, ASCII, header fields once, Date
with weekday and -0400, From at mail.example.bm, QP lines ≤ 76 and escapes valid, decoding to UTF-8, the forward block
«From / To / Sent / Subject» to the forwarder and before the forward, the subject, the digest head «… – Digest #n», the
message count and numbering, message dates valid, in order and before the digest, the «-- » footer); 2019 Università di
San Marino UNI ISO 690 bibliography (numbered section heading first, «BIBLIOGRAFIA» once, entries «COGNOME, Nome»
alphabetical, years, page ranges a < b, «[consultato il d mese aaaa]» valid, «Disponibile su: <URL>», page numbers
consecutive and closing); 2020 Université de Guyane BibTeX (export head, «(n notices)» = the entries, entries closed,
keys consecutive, known types, «  field = {value}» lines with commas but the last, braces balanced, title / author /
year once, title first, years, URLs, pages a--b with a < b, booktitle for inproceedings); 2021 Université de Nouakchott
CSV (no BOM, parsed strictly and written again exactly as Python's csv writer writes with CR LF; header; widths; weeks
1..n; types; statuses; links; presenters of papers); 2022 Maldives WhatsApp iOS export (the group's encryption notice
first, «[dd/mm/yyyy, hh:mm:ss] Name: text» heads, times valid and not decreasing, speakers members, no empty message,
Thaana present); 2023 Elakiri thread (head and breadcrumb, XenForo footer last, «Thread starter … · Start date … ·
Replies n» = the posts, «Mon d, yyyy   #n» numbered and in order, user / rank / «Messages: n» lines, «Reply» per post,
the starter and start date the first post's); 2024 CUFR Mayotte awesome list (badge, headings unique, Sommaire first and
Licence last, the Sommaire = the headings with GitHub slugs, https links but arXiv's, the date valid, lower-case handles,
bold balanced); 2025 Kalanko IA blog (head and menu, «Publié le … par …» valid, «n réflexions sur « title »» = the
comments with valid dates after the post and in order and «Répondre», categories, footer last); 2026 University of
Liberia bulletin (doctype, lang en, tags balanced, one title / h1, meta charset, entities, issue number in title and h1,
the TOC = the section ids and headings, hrefs, the date line).
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
READ_AS = {2018: {"decoded"}, 2019: {"joined"}}

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

# ---------------------------------------------------------------- 2017 Université de N'Djamena syllabus, PDF copy
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def check_ndj(f, raw):
    L = lines_of(f, raw)
    if L[:5] != ["UNIVERSITÉ DE N'DJAMENA", "Faculté des Sciences Exactes et Appliquées (FSEA) – Département d'Informatique", "Ahlan wa sahlan fi l-jaami'a !", "", "SYLLABUS"]:
        E(f, "head (UNIVERSITÉ DE N'DJAMENA / FSEA / Chadian Arabic line / SYLLABUS)")
    ft = [(i, re.fullmatch(r"UN – FSEA \| (INF \d{3}) \| page (\d+)/(\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, m) for i, m in ft if m]
    if not ft or [int(m[2]) for _, m in ft] != list(range(1, len(ft) + 1)) or {int(m[3]) for _, m in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «UN – FSEA | INF nnn | page n/N» not 1..N or not closing the text")
    code = [m for m in (re.fullmatch(r"Intitulé : (INF \d{3}) – .+", l) for l in L) if m]
    if len(code) != 1 or any(m[1] != code[0][1] for _, m in ft): E(f, "«Intitulé : INF nnn – …» once, the same code in the footers")
    for k in ("Niveau", "Crédits", "Enseignant", "Année universitaire"):
        if sum(1 for l in L if l.startswith(k + " : ")) != 1: E(f, f"field {k} not once")
    hrs = [re.fullmatch(r"  (.+) : (\d+) h", l) for l in L]
    hrs = [m for m in hrs if m]
    if not hrs or hrs[-1][1] != "Total" or sum(int(m[2]) for m in hrs[:-1]) != int(hrs[-1][2]): E(f, "hours not adding up to «Total»")
    w = [int(m[1]) for m in (re.fullmatch(r"  .+ : (\d+) %", l) for l in L) if m]
    if sum(w) != 100: E(f, "assessment weights not 100 %")
    se = [(i, re.match(r"Séance (\d+) – \S", l)) for i, l in enumerate(L)]
    se = [(i, m) for i, m in se if m]
    if [int(m[1]) for _, m in se] != list(range(1, len(se) + 1)): E(f, "«Séance n» not numbered 1..n")
    for i, m in se[:-1]:
        if not L[i + 1].startswith("  Lecture : "): E(f, f"Séance {m[1]} without a «Lecture» line")
    dm = [re.fullmatch(r"Fait à N'Djamena, le (\d+) (\w+) (\d{4})", l) for l in L]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in FR_M or not dt_ok(f"{dm[0][3]}-{FR_M.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "date line «Fait à N'Djamena, le …» not valid")


# ---------------------------------------------------------------- 2018 Bermuda College forward, quoted-printable
def check_bermuda(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if not raw.isascii(): E(f, "not 7-bit ASCII")
    h, _, b = raw.partition("\r\n\r\n")
    names = [l.split(":")[0] for l in h.split("\r\n") if not l.startswith((" ", "\t"))]
    h = h.replace("\r\n", "\n")
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "User-Agent"):
        if names.count(k) != 1: E(f, f"header {k} not once")
    m = re.search(r"^Date: (.+)$", h, re.M)
    try:
        d = parsedate_to_datetime(m[1]); ok = WD_EN[d.weekday()] == m[1][:3] and d.utcoffset() == dt.timedelta(hours=-4)
    except Exception: ok = False
    if not ok: E(f, "Date header not valid with its weekday and -0400")
    if not re.search(r"^From: .+ <[\w.]+@mail\.example\.bm>$", h, re.M): E(f, "From not at mail.example.bm")
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
    fm = re.search(r"^From: .+ <([\w.]+@mail\.example\.bm)>$", h, re.M)
    if not fm or T_[i + 2] != "To: " + fm[1]: E(f, "forwarded mail not sent to the forwarder")
    sm = re.fullmatch(r"Sent: (\w+), (\w+) (\d+), (\d{4}), (\d\d:\d\d:\d\d) ([ap])\.m\. AST", T_[i + 3])
    sd = sm and sm[2] in EN_M and dt_ok(f"{sm[4]}-{EN_M.index(sm[2]) + 1}-{sm[3]} {sm[5]}", "%Y-%m-%d %H:%M:%S")
    if not sd or sd.strftime("%A") != sm[1]: E(f, "«Sent: Weekday, Month d, yyyy, hh:mm:ss a.m. AST» not valid")
    elif ok and sd.replace(tzinfo=dt.timezone(dt.timedelta(hours=-4))) > d: E(f, "forwarded mail sent after the forward")
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


# ---------------------------------------------------------------- 2019 Università di San Marino thesis, UNI ISO 690
def check_rsm(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\d+\.\d+ \S.*", L[0]): E(f, "no numbered section heading first")
    if L.count("BIBLIOGRAFIA") != 1: E(f, "«BIBLIOGRAFIA» not once"); return
    i = L.index("BIBLIOGRAFIA")
    pages = [l for l in L if re.fullmatch(r"\d{2,3}", l)]
    if len(pages) != 2 or int(pages[1]) != int(pages[0]) + 1 or L[-1] != pages[1]: E(f, "page numbers not consecutive / not closing the text")
    ents, cur = [], []
    for l in L[i + 1:-1]:
        if not l:
            if cur: ents.append(" ".join(cur)); cur = []
        else: cur.append(l)
    if cur: ents.append(" ".join(cur))
    heads = []
    for e in ents:
        m = re.match(r"((?:[A-ZÀ-Ý' ]+, [^;.]+?(?:; |\. |\.$| et al\. ))+)", e)
        if not m or not re.match(r"[A-ZÀ-Ý][A-ZÀ-Ý' ]+, ", e): E(f, f"entry not «COGNOME, Nome»: {e[:40]!r}"); continue
        heads.append(e.split(",")[0] + "," + e.split(",")[1].split(";")[0])
        for y in re.findall(r"(?<![\d.–-])((?:1[89]|20)\d\d)(?![\d–-]|\.\d)", e):
            if not 1950 <= int(y) <= 2026: E(f, f"year {y} out of range")
        for a, b in re.findall(r"p\. (\d+)–(\d+)", e):
            if int(a) >= int(b): E(f, f"page range {a}–{b}")
        for c in re.findall(r"\[consultato il (\d+) (\w+) (\d{4})\]", e):
            if c[1] not in IT_M or not dt_ok(f"{c[2]}-{IT_M.index(c[1]) + 1}-{c[0]}", "%Y-%m-%d"): E(f, f"consultation date {c} not valid")
        if "Disponibile su:" in e and not re.search(r"Disponibile su: <https?://\S+>", e): E(f, "«Disponibile su: <URL>» form")
    if [h.lower() for h in heads] != sorted(h.lower() for h in heads): E(f, "entries not in alphabetical order")
    if len(ents) < 8: E(f, "fewer than 8 entries")


IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


# ---------------------------------------------------------------- 2020 Université de Guyane, BibTeX export
def check_bib(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("% Export BibTeX – Bibliothèque universitaire de l'Université de Guyane"): E(f, "export head")
    nm = re.search(r"\((\d+) notices\)", raw)
    ents = re.findall(r"^@(\w+)\{([\w-]+),\n(.*?)\n\}$", raw, re.M | re.S)
    if raw.count("\n@") + raw.startswith("@") != len(ents): E(f, "an entry not closed by «}» on its own line")
    if not nm or int(nm[1]) != len(ents): E(f, "«(n notices)» not the entry count")
    ids = [k for _, k, _ in ents]
    if [int(k.split("-")[-1]) for k in ids] != list(range(int(ids[0].split("-")[-1]), int(ids[0].split("-")[-1]) + len(ids))) if ids else True:
        E(f, "keys not consecutive")
    for typ, k, body in ents:
        if typ not in ("misc", "inproceedings", "article", "book"): E(f, f"{k}: type {typ}")
        fl = body.split("\n")
        names = []
        for j, l in enumerate(fl):
            m = re.fullmatch(r"  (\w+) = \{(.*)\}(,?)", l)
            if not m or (m[3] == "") != (j == len(fl) - 1): E(f, f"{k}: field line {l[:30]!r}"); continue
            names.append(m[1])
            v = m[2]
            if v.count("{") != v.count("}"): E(f, f"{k}: braces not balanced")
            if m[1] == "year" and not re.fullmatch(r"(19|20)\d\d", v): E(f, f"{k}: year {v}")
            if m[1] in ("url", "file") and not re.fullmatch(r"https?://\S+", v): E(f, f"{k}: url {v}")
            if m[1] == "pages":
                pm = re.fullmatch(r"(\d+)--(\d+)", v)
                if not pm or int(pm[1]) >= int(pm[2]): E(f, f"{k}: pages {v}")
        for need in ("title", "author", "year"):
            if names.count(need) != 1: E(f, f"{k}: {need} not once")
        if names and names[0] != "title": E(f, f"{k}: title not first")
        if typ == "inproceedings" and "booktitle" not in names: E(f, f"{k}: inproceedings without booktitle")


# ---------------------------------------------------------------- 2021 Université de Nouakchott spreadsheet, CSV
CSV_HEAD = ["Semaine", "Titre", "Type", "Présentateur", "Statut", "Lien", "Remarques"]


def check_nkc(f, raw):
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
        if len(r) < 7: continue
        if r[2] not in ("Article", "Logiciel", "Livre"): E(f, f"type {r[2]!r}")
        if r[4] not in ("À lire", "En cours", "Lu", "Présenté"): E(f, f"status {r[4]!r}")
        if r[5] and not re.fullmatch(r"https?://\S+", r[5]): E(f, f"link {r[5]!r}")
        if r[2] == "Article" and not r[3]: E(f, "a paper without a presenter")


# ---------------------------------------------------------------- 2022 Maldives WhatsApp export (iOS form)
WA_P = ["Aishath Shifa", "Mohamed Naseem", "Hawwa Reesha"]
WA_G = "MNU NLP Reading Circle"


def check_wa(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\[[^\]]+\] " + re.escape(WA_G) + r": \u200eMessages and calls are end-to-end encrypted\. .+", L[0]):
        E(f, "first line not the group's encryption notice")
    prev = None
    for i, l in enumerate(L):
        m = re.match(r"\[(\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d)\] ", l)
        if not m:
            if i == 0: E(f, "first line not a message head")
            if re.match(r"\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? ", l): E(f, f"line {i + 1}: a message head not in the «[dd/mm/yyyy, hh:mm:ss] » form")
            continue
        d = dt_ok(m[1], "%d/%m/%Y, %H:%M:%S")
        if not d or (prev and d < prev): E(f, f"line {i + 1}: time not valid or going back")
        prev = d or prev
        if i > 0:
            s = re.match(r"[^:]+: ", l[len(m[0]):])
            if not s or s[0][:-2] not in WA_P: E(f, f"line {i + 1}: speaker not a member")
            elif not l[len(m[0]) + len(s[0]):].strip(): E(f, f"line {i + 1}: empty message")
    if not re.search(r"[\u0780-\u07BF]", raw): E(f, "no Thaana")


# ---------------------------------------------------------------- 2023 Elakiri Community thread (XenForo-style copy)
def check_elakiri(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Elakiri Community" or not L[3].startswith("Forums › "): E(f, "head and breadcrumb")
    if not L[-1].startswith("Community platform by XenForo®"): E(f, "XenForo footer not last")
    m = re.search(r"^Thread starter (\S+) · Start date (\w{3} \d+, \d{4}) · Replies (\d+)$", raw, re.M)
    posts = [(i, re.fullmatch(r"(\w{3} \d+, \d{4})   #(\d+)", l)) for i, l in enumerate(L)]
    posts = [(i, p) for i, p in posts if p]
    if not m: E(f, "«Thread starter … · Start date … · Replies n» line"); return
    if int(m[3]) != len(posts) - 1: E(f, "reply count not the posts minus one")
    if [int(p[2]) for _, p in posts] != list(range(1, len(posts) + 1)): E(f, "post numbers not #1..#n")
    prev = None
    for i, p in posts:
        d = dt_ok(p[1], "%b %d, %Y")
        if not d or (prev and d < prev): E(f, f"post #{p[2]} date not valid / in order")
        prev = d or prev
        if not re.fullmatch(r"Messages: \d+", L[i - 1]) or not L[i - 3].strip() or not L[i - 2].strip(): E(f, f"post #{p[2]}: user / rank / «Messages: n» lines")
    if posts and (L[posts[0][0] - 3] != m[1] or m[2] != posts[0][1][1]): E(f, "thread starter / start date not the first post's")
    if L.count("Reply") != len(posts): E(f, "«Reply» not once per post")


# ---------------------------------------------------------------- 2024 CUFR Mayotte awesome list
def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def check_awesome(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): E(f, "title with the awesome badge")
    hs = [l[3:] for l in L if l.startswith("## ")]
    if len(set(hs)) != len(hs): E(f, "headings not unique")
    if not hs or hs[0] != "Sommaire" or hs[-1] != "Licence": E(f, "Sommaire first and Licence last")
    toc = re.findall(r"^- \[(.+)\]\(#([\w-]+)\)$", raw, re.M)
    if [t for t, _ in toc] != hs[1:-1] or [s for _, s in toc] != [gh_slug(h) for h in hs[1:-1]]: E(f, "Sommaire not the headings with GitHub slugs")
    for u in re.findall(r"\]\((https?://[^)]+)\)", raw) + re.findall(r"<(https?://[^>]+)>", raw):
        if not u.startswith("https://") and "arxiv.org" not in u: E(f, f"link not https: {u}")
    dm = re.search(r"— mis à jour le (\d+) (\w+) (\d{4})\.", raw)
    if not dm or dm[2] not in FR_M or not dt_ok(f"{dm[3]}-{FR_M.index(dm[2]) + 1}-{dm[1]}", "%Y-%m-%d"): E(f, "date «mis à jour le …» not valid")
    if re.search(r"@[a-z]*[A-Z]", raw): E(f, "handles not lower case")
    if raw.count("**") % 2: E(f, "emphasis not balanced")


# ---------------------------------------------------------------- 2025 Bamako blog post with comments
def _fr_dt(s):
    m = re.fullmatch(r"(\d+) (\w+) (\d{4}) à (\d+) h (\d\d)", s)
    return m and m[2] in FR_M and dt_ok(f"{m[3]}-{FR_M.index(m[2]) + 1}-{m[1]} {m[4]}:{m[5]}", "%Y-%m-%d %H:%M")


def check_blog(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Kalanko IA", "L'intelligence artificielle expliquée depuis Bamako"] or not L[3].startswith("Accueil"): E(f, "blog head and menu")
    pm = [re.fullmatch(r"Publié le (.+) par (.+)", l) for l in L]
    pm = [m for m in pm if m]
    if len(pm) != 1 or not _fr_dt(pm[0][1]): E(f, "«Publié le … par …» once and valid"); return
    pd = _fr_dt(pm[0][1])
    title = L[L.index(pm[0][0]) - 1]
    cm = [re.fullmatch(r"(\d+) réflexions? sur « (.+) »", l) for l in L]
    cm = [(i, m) for i, m in enumerate(cm) if m]
    if len(cm) != 1 or cm[0][1][2] != title: E(f, "«n réflexions sur « titre »» once, with the post's title"); return
    i0 = cm[0][0]
    dates = [(i, _fr_dt(l)) for i, l in enumerate(L) if i > i0 and _fr_dt(l)]
    if int(cm[0][1][1]) != len(dates): E(f, "comment count not the comments")
    prev = pd
    for i, d in dates:
        if d <= prev: E(f, f"comment at line {i + 1} not after the post / in order")
        prev = d
        if not L[i - 1].strip(): E(f, f"comment at line {i + 1} without an author")
    if L.count("Répondre") != len(dates): E(f, "«Répondre» not once per comment")
    if not any(l.startswith("Catégories : ") for l in L[:i0]): E(f, "categories line before the comments")
    if not L[-1].startswith("© 2026 Kalanko IA"): E(f, "footer not last")


# ---------------------------------------------------------------- 2026 University of Liberia bulletin (negative)
def check_ul(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or L[1] != '<html lang="en">': E(f, "doctype / lang en")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: E(f, f"tags not balanced: open {tc.stack} bad {tc.bad}")
    if raw.count("<title>") != 1 or raw.count("<h1>") != 1 or '<meta charset="utf-8">' not in raw: E(f, "one title, one h1, meta charset")
    t = re.search(r"<title>Research Bulletin No\. (\d+) – .+</title>", raw)
    h = re.search(r"<h1>Research Bulletin No\. (\d+)</h1>", raw)
    if not t or not h or t[1] != h[1]: E(f, "issue number in title and h1")
    for m in re.findall(r"&(\w+|#\d+);?", raw):
        pass
    if re.search(r"&(?!(?:amp|lt|gt|quot|#x?[0-9a-fA-F]+);)", raw): E(f, "bare «&» or unknown entity")
    ids = re.findall(r'<section id="([\w-]+)">', raw)
    toc = re.findall(r'<li><a href="#([\w-]+)">(.+?)</a></li>', raw)
    h2 = re.findall(r"<h2>(.+?)</h2>", raw)
    if [s for s, _ in toc] != ids or [x for _, x in toc] != h2 or len(set(ids)) != len(ids): E(f, "the TOC not the section ids and headings")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not re.fullmatch(r"(https://\S+|/[\w/.-]*|#[\w-]+|mailto:[\w.]+@[\w.]+)", u): E(f, f"href {u!r}")
    if not re.search(r'<p class="date">(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d</p>', raw): E(f, "date line")


def shape_checks(f, raw, path):
    n = num(f)
    {2017: check_ndj, 2018: check_bermuda, 2019: check_rsm, 2020: check_bib, 2021: check_nkc,
     2022: check_wa, 2023: check_elakiri, 2024: check_awesome, 2025: check_blog,
     2026: check_ul}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round200's and round201's, a byte-identical file counted once), and the
# round200/round201 split (candidates sorted by (uses, catalogue title); round200 = even positions from 4 on, one
# unbroken run; round201 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P201S = ["/work/rounds/digests-round201/expected.json", "/work/main/tests/data/digests-round201/expected.json"]
P201 = next((p for p in P201S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P201S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round200", "digests-round201") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round200 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r201 = set()
if P201:
    try:
        r201 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P201)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P201} exists but could not be read (being written?)")
    their_even = sorted(k for k in r201 if pos.get(k, 1) % 2 == 0)
    if r201 & mine and their_even:
        notes.append(f"round201's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r201)} papers at even positions): shared papers not an error here, to be settled by round201: "
                     f"{len(r201 & mine)} shared: {sorted(r201 & mine)}")
    elif r201 & mine: errors.append(f"papers also in round201: {sorted(r201 & mine)}")
shared201 = len(r201 & mine) if P201 else "(no round201 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round200 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round201: {shared201}; papers in more than one round200 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


