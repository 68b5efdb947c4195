#!/usr/bin/env python3
r"""Checks round214/expected.json against the digests and the shared catalogues.

Adapted from round212/validate.py (the label checks are the same code; the reuse report is round212's with round214 /
round215 in place of round212 / round213: round214 holds the even positions from 4; the shape checks are new lean
grammars for this round's ten sources). The reuse report counts every /work/main/tests/data/*/expected.json and
/work/rounds/*/expected.json except round214's and round215's own (by folder name and by bytes), a byte-identical file
once, and checks the split (even positions 4.., one run; no paper shared with round215's expected.json when it exists;
no paper in two files). Every digest is read raw (UTF-8; 2158 is 7-bit ASCII with CR LF, 2160's RIS and 2161's CSV
rows end in CR LF, every other file LF) and in decoded forms: 2158's two quoted-printable parts (UTF-8) and the HTML
part's text; 2161's CSV fields; 2162's JSONL «message» strings; everything with HTML entities undone once and twice and
percent-escapes undone. Titles are matched after whitespace normalisation, with TeX braces dropped, case-blind.

READ_AS (round156's reporting): 2158 (quoted-printable: titles and links are whole only in the decoded parts) and 2159
(a PDF copy: reference lines wrapped inside titles).

Shape checks (lean, grammar-level), one function per kind: 2157 Chamilo course page copy (skip link first, «Creado con
Chamilo © yyyy» last, Chamilo / tools line / Descripción / Objetivos / Metodología / Evaluación once, the breadcrumb,
«Lecciones (n)» = lesson lines «Lección n. … — día d de mes de yyyy» numbered 1..n, Tuesdays a week apart with the right
weekday, each with items, URLs well formed); 2158 Gmail forward (7-bit ASCII, CR LF only, Gmail's 7 header fields in
order, lines ≤ 78, Message-ID «<CA…@mail.gmail.com>», Date valid with weekday, Subject a decodable encoded-word equal to
«Fwd: » + the forwarded Subject, multipart/alternative with text/plain + text/html, both UTF-8 quoted-printable with
valid escapes and a closing boundary, the «---------- Forwarded message ---------» block De / Date / Subject / To, the
Portuguese forwarded date valid with its weekday and before Date, the HTML part's text = the text part's); 2159 DSTU
8302:2015 thesis copy (the running header first and once per page, page numbers last and consecutive, form feeds only
at page starts, «СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ» once, entries 1..n with hanging indents, citations in first-citation order,
reference lines ≤ 90 unless one word, entries ending in «.», «URL: … (дата звернення: дд.мм.рррр)» with valid dates,
cited entries starting with «Прізвище І.» authors and «et al.»); 2160 Zotero RIS (CR LF, no BOM, «XX  - » lines, TY
of known types opening and «ER  - » closing each record, no blank line inside, TI in each, T2 in CPAPER, AU «Last,
First», PY / DA / Y2 forms, UR http(s), SP / EP / VL digits, SN a valid ISBN-13); 2161 Asana CSV (no BOM, parsed
strictly and written again exactly by csv.writer, the 14-column header, Task IDs 16 digits increasing, dates yyyy-mm-dd,
created ≤ start ≤ due, «Completed At» iff section «Hecho», known sections, Last Modified not before created / completed,
assignee iff e-mail, parents among the tasks, one project); 2162 Mattermost bulk export (each line JSON in json.dumps
form, the version line first, types in order version / team / channel / user / post, channels of known teams, users
2–8 with e-mails matching usernames, posters members of the channel, create_at increasing, replies later than their
post by members); 2163 MyBB thread copy (the MyBB footer last, «Modos del tema», «Respuesta rápida», «Enviar respuesta»
once, one breadcrumb whose last part is the thread title, «Páginas (1): 1», posts «dd-mm-yyyy, hh:mm AM  #n» numbered
1..n in date order with author, title and the four stats, a user shown alike in every post, «Responder · Citar» once a
post, quotes «X escribió:» of thread users followed by «> »); 2164 Brevo mirror copy («Ver en el navegador» at the top
and once, «Boletín n.º n · mes de yyyy» = months since September 2025 + 1, the recipient line with Brevo's
{{ contact.EMAIL }}, «Darse de baja» once, «Enviado con Brevo» last, buttons «[ … ]», URLs well formed); 2165 Medium copy
(«Open in app» first, «Teams» last, Medium / Write / Listen / Share once, «n min read» = ceil(body words / 265),
«Responses (n)» = «Reply» lines = dated responses in order after the post date, the count shown twice, «Written by»);
2166 Codeberg CommonMark README (no HTML, no tabs, no ATX headings, setext underlines as long as their headings, one
level-1 heading first, Contents first and Contributing last, Contents anchors = the sections, «n entries» = list items,
reference links = definitions, fences closed, no arXiv / OpenReview mention).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue / distractor id or title; a
valid-shaped unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a
label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and
the shape checks."""
import base64, binascii, csv, math, email, email.policy, html, io, json, os, quopri, re, sys, unicodedata
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
READ_AS = {2158: {"decoded"}, 2159: {"joined"}}

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



MIME_PARTS, RAW_BYTES, CSV_FIELDS, EXTRA_FORMS = {}, {}, {}, {}
PT_M = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def once(f, L, s, what=None):
    n = sum(1 for l in L if l == s)
    if n != 1: E(f, f"{what or repr(s)} {n} times (once wanted)")
    return L.index(s) if s in L else -1



def dec_words(v):
    return str(make_header(decode_header(v)))


# ---------------------------------------------------------------- 2157 Chamilo course page copy
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ES_D = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def check_chamilo(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Ir al contenido principal": E(f, "skip link not first")
    if not re.fullmatch(r"Creado con Chamilo © \d{4}", L[-1]): E(f, "Chamilo footer not last")
    for s in ("Chamilo", "Herramientas del curso:", "Descripción", "Objetivos", "Metodología", "Evaluación"):
        once(f, L, s)
    if not any(l.startswith("Mis cursos > ") and l.endswith("> Descripción del curso") for l in L): E(f, "breadcrumb missing")
    m = [re.fullmatch(r"Lecciones \((\d+)\)", l) for l in L]
    m = [x for x in m if x]
    heads = [(i, re.fullmatch(r"Lección (\d+)\. .+ — (\w+) (\d{1,2}) de (\w+) de (\d{4})", l)) for i, l in enumerate(L) if l.startswith("Lección ")]
    if len(m) != 1 or int(m[0].group(1)) != len(heads): E(f, f"lesson count {m and m[0].group(1)} != {len(heads)}")
    prev = None
    for n, (i, h) in enumerate(heads, 1):
        if not h or int(h.group(1)) != n or h.group(4) not in ES_M: E(f, f"bad lesson line {L[i]!r}"); continue
        try: d = dt.date(int(h.group(5)), ES_M.index(h.group(4)) + 1, int(h.group(3)))
        except ValueError: E(f, f"invalid date {L[i]!r}"); continue
        if ES_D[d.weekday()] != h.group(2) or d.weekday() != 1: E(f, f"weekday wrong or not a Tuesday: {L[i]!r}")
        if prev and (d - prev).days != 7: E(f, f"lesson {n} not a week after the previous")
        prev = d
        if i + 1 >= len(L) or not L[i + 1].startswith("  "): E(f, f"lesson {n} without items")
    for u in re.findall(r"https?://\S+", raw):
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", u): E(f, f"malformed URL {u!r}")


# ---------------------------------------------------------------- 2158 Gmail forward, QP UTF-8
GM_HEAD = ["MIME-Version", "Date", "Message-ID", "Subject", "From", "To", "Content-Type"]
PT_D = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_MM = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]


def check_gmail(f, raw):
    b = RAW_BYTES[f]
    if any(x > 127 for x in b): E(f, "not 7-bit ASCII")
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): E(f, "bare LF or CR (CR LF only)")
    if b"\r\n\r\n" not in b: E(f, "no header/body separator"); return
    head = b.split(b"\r\n\r\n", 1)[0]
    names = [l.split(b":", 1)[0].decode() for l in head.split(b"\r\n") if l and not l[:1].isspace()]
    if names != GM_HEAD: E(f, f"header fields {names} (Gmail's order wanted)")
    if any(len(l) > 78 for l in b.split(b"\r\n")): E(f, "line over 78")
    msg = email.message_from_bytes(b, policy=email.policy.compat32)
    if msg.get("MIME-Version") != "1.0": E(f, "MIME-Version not 1.0")
    if not re.fullmatch(r"<CA[A-Za-z0-9+_=-]+@mail\.gmail\.com>", msg.get("Message-ID", "")): E(f, "Message-ID not in Gmail's form")
    try:
        sent = parsedate_to_datetime(msg["Date"])
        if msg["Date"][:3] != sent.strftime("%a"): E(f, "Date weekday wrong")
    except (TypeError, ValueError):
        E(f, "Date invalid"); sent = None
    try: subj = dec_words(msg["Subject"])
    except Exception as ex: E(f, f"Subject does not decode: {ex!r}"); subj = ""
    if msg.get_content_type() != "multipart/alternative" or not msg.is_multipart(): E(f, "not multipart/alternative"); return
    bnd = msg.get_boundary()
    if not bnd or b"--" + bnd.encode() + b"--\r\n" not in b: E(f, "closing boundary missing")
    parts = msg.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: E(f, "parts not text/plain + text/html"); return
    texts = []
    for p in parts:
        if p.get("Content-Transfer-Encoding") != "quoted-printable" or p.get_content_charset() != "utf-8": E(f, "part not QP UTF-8")
        pl = p.get_payload()
        if re.search(r"=(?![0-9A-F]{2}|\r?\n|$)", pl): E(f, "bad QP escape")
        try: texts.append(p.get_payload(decode=True).decode("utf-8"))
        except UnicodeDecodeError as ex: E(f, f"part does not decode: {ex!r}"); return
    MIME_PARTS[f] = texts + [html.unescape(re.sub(r"<[^>]+>", "\n", texts[1]))]
    T_ = texts[0].replace("\r\n", "\n").split("\n")
    if "---------- Forwarded message ---------" not in T_: E(f, "forward line missing"); return
    i = T_.index("---------- Forwarded message ---------")
    if [x.split(":")[0] for x in T_[i + 1:i + 5]] != ["De", "Date", "Subject", "To"]: E(f, "forward header block wrong"); return
    m = re.fullmatch(r"Date: (\S+), (\d{1,2}) de (\S+) de (\d{4}) às (\d\d):(\d\d)", T_[i + 2])
    if not m or m.group(3) not in PT_MM or m.group(1) not in PT_D: E(f, f"forwarded date wrong: {T_[i + 2]!r}")
    else:
        try:
            od = dt.datetime(int(m.group(4)), PT_MM.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6)))
            if PT_D[od.weekday()] != m.group(1): E(f, "forwarded weekday wrong")
            if sent and od >= sent.replace(tzinfo=None): E(f, "forwarded date not before the forward")
        except ValueError: E(f, "forwarded date invalid")
    if subj != "Fwd: " + T_[i + 3][len("Subject: "):]: E(f, f"Subject {subj!r} != «Fwd: » + forwarded subject")
    if norm(html.unescape(re.sub(r"<[^>]+>", " ", texts[1]))) != norm(texts[0]): E(f, "HTML part's text differs from the text part")


# ---------------------------------------------------------------- 2159 DSTU 8302:2015 thesis copy
def check_dstu(f, raw):
    L = lines_of(f, raw)
    pages = raw.rstrip("\n").split("\n\f")
    if "\f" in raw.replace("\n\f", ""): E(f, "form feed not at a page start")
    hdr = pages[0].split("\n")[0]
    pn = []
    for pg in pages:
        pl = pg.split("\n")
        if pl[0] != hdr or not hdr.startswith("Кваліфікаційна робота магістра"): E(f, "running header missing on a page")
        if sum(1 for x in pl if x == hdr) != 1: E(f, "running header not once per page")
        if not re.fullmatch(r"\d+", pl[-1]): E(f, "page number not last on a page"); continue
        pn.append(int(pl[-1]))
    if pn != list(range(pn[0], pn[0] + len(pn))) if pn else True: E(f, f"page numbers {pn} not consecutive")
    once(f, L, "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ")
    i = L.index("СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ") if "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ" in L else len(L)
    body = " ".join(L[:i])
    cited = [int(x) for x in re.findall(r"\[(\d+)\]", body)]
    first = [n for j, n in enumerate(cited) if n not in cited[:j]]
    ents, cur = [], None
    for l in L[i + 1:]:
        m = re.match(r"(\d+)\. (.*)", l)
        if m: cur = [int(m.group(1)), m.group(2)]; ents.append(cur)
        elif l.startswith("   ") and cur: cur[1] += " " + l.strip()
        elif l.strip() and not re.fullmatch(r"\d+", l): E(f, f"stray line in the reference list {l[:40]!r}")
        if len(l) > 90 and " " in l.strip(): E(f, f"reference line over 90: {l[:40]!r}")
    if [n for n, _ in ents] != list(range(1, len(ents) + 1)): E(f, "entries not numbered 1..n")
    if first != list(range(1, len(first) + 1)): E(f, f"citations not in first-citation order: {first}")
    for n, e in ents:
        if not e.endswith("."): E(f, f"entry {n} does not end with «.»")
        for m in re.finditer(r"URL: (\S+) \(дата звернення: (\d\d)\.(\d\d)\.(\d{4})\)", e):
            if not re.fullmatch(r"https?://[\w.-]+/\S*", m.group(1)): E(f, f"entry {n}: bad URL")
            try: dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
            except ValueError: E(f, f"entry {n}: bad access date")
        if "URL:" in e and not re.search(r"URL: \S+ \(дата звернення: \d\d\.\d\d\.\d{4}\)", e): E(f, f"entry {n}: URL without «дата звернення»")
        if n <= len(first) and not re.match(r"(\w[\w'-]* (\w\.)+)(, \w[\w'-]* (\w\.)+)*( et al\.)? ", e): E(f, f"entry {n}: author form wrong")


# ---------------------------------------------------------------- 2160 Zotero RIS
RIS_TY = {"CPAPER", "JOUR", "GEN", "BOOK", "COMP", "DATA", "ELEC", "CHAP", "THES"}


def check_ris(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "not CR LF throughout")
    if not raw.endswith("\r\n"): E(f, "no final CR LF")
    L = raw.replace("\r\n", "\n").rstrip("\n").split("\n")
    rec = None
    for l in L:
        if l == "":
            if rec is not None: E(f, "blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: E(f, f"not a RIS line: {l[:40]!r}"); continue
        t, v = m.groups()
        if t == "TY":
            if rec is not None: E(f, "TY inside a record")
            if v not in RIS_TY: E(f, f"unknown type {v}")
            rec = {"TY": v, "tags": []}; continue
        if rec is None: E(f, f"{t} outside a record"); continue
        if t == "ER":
            if v != "": E(f, "ER with a value")
            if "TI" not in rec["tags"]: E(f, "record without TI")
            if rec["TY"] == "CPAPER" and "T2" not in rec["tags"]: E(f, "CPAPER without T2")
            rec = None; continue
        rec["tags"].append(t)
        if t == "AU" and not re.fullmatch(r"[^,]+, [^,]+", v): E(f, f"AU not «Last, First»: {v!r}")
        if t == "PY" and not re.fullmatch(r"\d{4}", v): E(f, f"PY {v!r}")
        if t == "DA" and not re.fullmatch(r"\d{4}/(\d\d)?/(\d\d)?/", v): E(f, f"DA {v!r}")
        if t == "Y2" and not dt_ok(v, "%Y/%m/%d/%H:%M:%S"): E(f, f"Y2 {v!r}")
        if t == "UR" and not re.fullmatch(r"https?://\S+", v): E(f, f"UR {v!r}")
        if t in ("SP", "EP", "VL") and not v.isdigit(): E(f, f"{t} {v!r}")
        if t == "SN" and not isbn13_ok(v): E(f, f"SN not an ISBN-13 {v!r}")
    if rec is not None: E(f, "last record not closed by ER")


# ---------------------------------------------------------------- 2161 Asana CSV export
AS_HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee", "Assignee Email",
           "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task"]


def check_asana(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex:
        E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: E(f, "not exactly as csv.writer writes it (CR LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != AS_HEAD: E(f, "header wrong"); return
    names, ids, prev = {r[4] for r in rows[1:] if len(r) > 4}, set(), 0
    for r in rows[1:]:
        if len(r) != len(AS_HEAD): E(f, f"row with {len(r)} columns"); continue
        d = dict(zip(AS_HEAD, r))
        if not re.fullmatch(r"\d{16}", d["Task ID"]) or int(d["Task ID"]) <= prev: E(f, f"Task ID {d['Task ID']!r} bad or not increasing")
        else: prev = int(d["Task ID"])
        ds = {h: dt_ok(d[h], "%Y-%m-%d") for h in ("Created At", "Completed At", "Last Modified", "Start Date", "Due Date")}
        for h, v in ds.items():
            if d[h] and not v: E(f, f"bad date {h} {d[h]!r}")
        if not ds["Created At"]: E(f, "no Created At"); continue
        if ds["Start Date"] and ds["Start Date"] < ds["Created At"]: E(f, f"start before created: {d['Name'][:30]!r}")
        if ds["Start Date"] and ds["Due Date"] and ds["Due Date"] < ds["Start Date"]: E(f, f"due before start: {d['Name'][:30]!r}")
        if bool(d["Completed At"]) != (d["Section/Column"] == "Hecho"): E(f, f"Completed At / section disagree: {d['Name'][:30]!r}")
        if d["Section/Column"] not in ("Por hacer", "En curso", "Hecho"): E(f, f"unknown section {d['Section/Column']!r}")
        if ds["Last Modified"] and any(v and v > ds["Last Modified"] for h, v in ds.items() if h in ("Created At", "Completed At")): E(f, "Last Modified too early")
        if bool(d["Assignee"]) != bool(d["Assignee Email"]) or (d["Assignee Email"] and not re.fullmatch(r"[\w.]+@[\w.-]+", d["Assignee Email"])): E(f, "assignee / email wrong")
        if d["Parent task"] and d["Parent task"] not in names: E(f, f"parent task {d['Parent task']!r} not a task")
        if len({r_[12] for r_ in rows[1:] if len(r_) > 12}) != 1: E(f, "Projects differ")


# ---------------------------------------------------------------- 2162 Mattermost bulk export JSONL
def check_mattermost(f, raw):
    L = lines_of(f, raw)
    objs = []
    for n, l in enumerate(L, 1):
        try: objs.append(json.loads(l))
        except ValueError as ex: E(f, f"line {n} is not JSON: {ex}"); return
        if json.dumps(objs[-1], ensure_ascii=False) != l: E(f, f"line {n} not in json.dumps form")
    types = [o.get("type") for o in objs]
    if not types or types[0] != "version" or objs[0].get("version") != 1: E(f, "version line not first")
    order = {"version": 0, "team": 1, "channel": 2, "user": 3, "post": 4}
    if any(t not in order for t in types) or [order[t] for t in types] != sorted(order[t] for t in types): E(f, "line types out of order")
    teams = {o["team"]["name"] for o in objs if o.get("type") == "team"}
    chans = {(o["channel"]["team"], o["channel"]["name"]) for o in objs if o.get("type") == "channel"}
    if any(c[0] not in teams for c in chans): E(f, "channel of an unknown team")
    members = {}
    for o in objs:
        if o.get("type") == "user":
            u = o["user"]
            if not re.fullmatch(r"[a-z0-9._-]+", u.get("username", "")) or u.get("email", "").split("@")[0] != u.get("username"): E(f, f"bad user {u.get('username')}")
            members[u["username"]] = {(t["name"], c["name"]) for t in u.get("teams", []) for c in t.get("channels", [])}
    if not 2 <= len(members) <= 8: E(f, f"{len(members)} users")
    prev, texts = 0, []
    for o in objs:
        if o.get("type") != "post": continue
        p = o["post"]
        if set(p) - {"team", "channel", "user", "message", "create_at", "replies"}: E(f, "unknown post keys")
        if (p.get("team"), p.get("channel")) not in chans: E(f, "post in an unknown channel")
        if (p.get("team"), p.get("channel")) not in members.get(p.get("user"), set()): E(f, f"poster {p.get('user')} not a member")
        if not isinstance(p.get("create_at"), int) or p["create_at"] <= prev: E(f, "create_at not increasing"); continue
        prev = p["create_at"]
        texts.append(p.get("message", ""))
        rp = p["create_at"]
        for r in p.get("replies", []):
            if r.get("user") not in members or not isinstance(r.get("create_at"), int) or r["create_at"] <= rp: E(f, "bad reply")
            else: rp = r["create_at"]
            texts.append(r.get("message", ""))
    EXTRA_FORMS[f] = texts


# ---------------------------------------------------------------- 2163 MyBB thread copy
def check_mybb(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"Desarrollado por MyBB, © 2002-\d{4} MyBB Group\.", L[-1]): E(f, "MyBB footer not last")
    for s in ("Modos del tema", "Respuesta rápida", "Enviar respuesta   Vista previa"):
        once(f, L, s)
    bc = [l for l in L if " › " in l]
    if len(bc) != 1: E(f, "breadcrumb not once")
    elif bc[0].split(" › ")[-1] not in L[L.index(bc[0]) + 1:]: E(f, "thread title (breadcrumb's last part) missing")
    if not any(re.fullmatch(r"Páginas \(1\): 1", l) for l in L): E(f, "pagination line missing")
    posts = [(i, re.fullmatch(r"(\d\d)-(\d\d)-(\d{4}), (\d\d):(\d\d) (AM|PM)  #(\d+)", l)) for i, l in enumerate(L) if re.search(r"  #\d+$", l)]
    if not posts: E(f, "no posts"); return
    prev, users = None, {}
    for n, (i, m) in enumerate(posts, 1):
        if not m or int(m.group(7)) != n: E(f, f"bad post line {L[i]!r}"); continue
        d = dt_ok(f"{m.group(1)}-{m.group(2)}-{m.group(3)} {m.group(4)}:{m.group(5)} {m.group(6)}", "%d-%m-%Y %I:%M %p")
        if not d: E(f, f"bad date {L[i]!r}"); continue
        if prev and d <= prev: E(f, "posts not in date order")
        prev = d
        u = L[i + 1]
        blk = L[i + 4:i + 8]
        if [b.split(":")[0] for b in blk] != ["Mensajes", "Temas", "Registro en", "Reputación"]: E(f, f"post {n}: user stats missing"); continue
        if users.setdefault(u, (L[i + 2], tuple(blk))) != (L[i + 2], tuple(blk)): E(f, f"user {u} shown differently")
    if sum(1 for l in L if l == "Responder · Citar") != len(posts): E(f, "«Responder · Citar» count != posts")
    for i, l in enumerate(L):
        m = re.fullmatch(r"(\S+) escribió:", l)
        if m:
            if m.group(1) not in users: E(f, f"quote of unknown user {m.group(1)}")
            if i + 1 >= len(L) or not L[i + 1].startswith("> "): E(f, "quote without «> » text")


# ---------------------------------------------------------------- 2164 Brevo mirror copy
def check_brevo(f, raw):
    L = lines_of(f, raw)
    if L[-1] != "Enviado con Brevo": E(f, "«Enviado con Brevo» not last")
    once(f, L, "Ver en el navegador"); once(f, L, "Darse de baja")
    if L.index("Ver en el navegador") > 3 if "Ver en el navegador" in L else True: E(f, "«Ver en el navegador» not at the top")
    m = [re.fullmatch(r"Boletín n\.º (\d+) · (\w+) de (\d{4})", l) for l in L]
    m = [x for x in m if x]
    if len(m) != 1 or m[0].group(2) not in ES_M: E(f, "issue line wrong")
    else:
        k = (int(m[0].group(3)) - 2025) * 12 + ES_M.index(m[0].group(2)) + 1 - 9 + 1
        if int(m[0].group(1)) != k: E(f, f"issue {m[0].group(1)} != months since September 2025 ({k})")
    if not any(re.fullmatch(r"Este correo fue enviado a \{\{ contact\.EMAIL \}\}", l) for l in L): E(f, "recipient line missing")
    for l in L:
        if l.startswith("[ ") and not re.fullmatch(r"\[ [^\]]+ \]( https?://\S+)?", l): E(f, f"bad button {l!r}")
    for u in re.findall(r"https?://[^\s)]+", raw):
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", u): E(f, f"malformed URL {u!r}")


# ---------------------------------------------------------------- 2165 Medium post copy
def check_medium(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Open in app": E(f, "«Open in app» not first")
    if L[-1] != "Teams": E(f, "footer not last")
    once(f, L, "Medium"); once(f, L, "Write"); once(f, L, "Listen"); once(f, L, "Share")
    m = [re.fullmatch(r"(\d+) min read", l) for l in L]
    m = [x for x in m if x]
    r = [re.fullmatch(r"Responses \((\d+)\)", l) for l in L]
    r = [x for x in r if x]
    if len(m) != 1 or len(r) != 1: E(f, "reading time or responses line not once"); return
    i0 = L.index("Share") + 1
    i1 = L.index("Machine Learning") if "Machine Learning" in L else -1
    if i1 < 0: E(f, "tags missing"); return
    words = sum(len(l.split()) for l in L[i0 + 1:i1 - 1])
    if int(m[0].group(1)) != math.ceil(words / 265): E(f, f"reading time {m[0].group(1)} != ceil({words}/265)")
    n = int(r[0].group(1))
    if sum(1 for l in L if l == "Reply") != n: E(f, "«Reply» count != responses")
    ri = L.index(r[0].group(0))
    dates = [dt_ok(l, "%b %d, %Y") for l in L[ri:] if dt_ok(l, "%b %d, %Y")]
    pub = next((dt_ok(l, "%b %d, %Y") for l in L[:i0] if dt_ok(l, "%b %d, %Y")), None)
    if len(dates) != n or dates != sorted(dates) or (pub and dates and dates[0] < pub): E(f, "response dates wrong")
    if L.count(str(n)) < 2: E(f, "response count not shown twice")
    if not re.search(r"^Written by ", raw, re.M): E(f, "«Written by» missing")


# ---------------------------------------------------------------- 2166 Codeberg CommonMark README (negative)
def check_commonmark(f, raw):
    L = lines_of(f, raw)
    if "<" in re.sub(r"«[^»]*»", "", raw) or "\t" in raw: E(f, "HTML or tabs in a CommonMark-only README")
    if any(l.startswith("#") for l in L): E(f, "ATX heading (setext wanted)")
    heads = []
    for i, l in enumerate(L[1:], 1):
        if l and set(l) <= {"="} or l and set(l) <= {"-"} and len(l) > 2:
            if len(l) != len(L[i - 1]) or not L[i - 1].strip(): E(f, f"setext underline length != heading {L[i - 1]!r}")
            heads.append((l[0], L[i - 1]))
    if [h for h in heads if h[0] == "="] != [heads[0]] if heads else True: E(f, "one level-1 heading first wanted")
    h2 = [t for k, t in heads if k == "-"]
    if not h2 or h2[0] != "Contents" or h2[-1] != "Contributing": E(f, "Contents first and Contributing last wanted")
    ci = L.index("Contents") if "Contents" in L else 0
    toc = []
    for l in L[ci + 2:]:
        if l and not l.startswith("- "): break
        m = re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l)
        if m: toc.append((m.group(1), m.group(2)))
    if toc != [(h, h.lower().replace(" ", "-")) for h in h2[1:]]: E(f, f"contents {toc} != sections {h2[1:]}")
    n = sum(1 for l in L if l.startswith("- ") and "](#" not in l)
    m = re.search(r"(\d+) entries", raw)
    if not m or int(m.group(1)) != n: E(f, f"entry count {m and m.group(1)} != {n} items")
    defs = dict(re.findall(r"^\[([\w-]+)\]: (\S+)$", raw, re.M))
    refs = set(re.findall(r"\]\[([\w-]+)\]", raw))
    if refs != set(defs): E(f, f"reference links {sorted(refs)} != definitions {sorted(defs)}")
    if raw.count("```") % 2: E(f, "unclosed fence")
    if re.search(r"arxiv|openreview", raw, re.I): E(f, "arXiv / OpenReview mention in the negative control")


def shape_checks(f, raw, path):
    n = num(f)
    {2157: check_chamilo, 2158: check_gmail, 2159: check_dstu, 2160: check_ris, 2161: check_asana,
     2162: check_mattermost, 2163: check_mybb, 2164: check_brevo, 2165: check_medium,
     2166: check_commonmark}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)



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
# /work/rounds/*/expected.json except round214's and round215's, a byte-identical file counted once), and the
# round214/round215 split (candidates sorted by (uses, catalogue title); round214 = even positions from 4 on, one
# unbroken run; round215 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P211S = ["/work/rounds/digests-round215/expected.json", "/work/main/tests/data/digests-round215/expected.json"]
P211 = next((p for p in P211S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P211S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round214", "digests-round215") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round214 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r211 = set()
if P211:
    try:
        r211 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P211)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P211} exists but could not be read (being written?)")
    their_even = sorted(k for k in r211 if pos.get(k, 1) % 2 == 0)
    if r211 & mine and their_even:
        notes.append(f"round215's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r211)} papers at even positions): shared papers not an error here, to be settled by round215: "
                     f"{len(r211 & mine)} shared: {sorted(r211 & mine)}")
    elif r211 & mine: errors.append(f"papers also in round215: {sorted(r211 & mine)}")
shared211 = len(r211 & mine) if P211 else "(no round215 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round214 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round215: {shared211}; papers in more than one round214 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


