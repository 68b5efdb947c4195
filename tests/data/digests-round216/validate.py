#!/usr/bin/env python3
r"""Checks round216/expected.json against the digests and the shared catalogues.

Adapted from round214/validate.py (the label checks are the same code; the reuse report is round214's with round216 /
round217 in place of round214 / round215: round216 holds the even positions from 4; the shape checks are new lean
grammars for this round's ten sources). The reuse report counts every /work/main/tests/data/*/expected.json and
/work/rounds/*/expected.json except round216's and round217's own (by folder name and by bytes), a byte-identical file
once, and checks the split (even positions 4.., one run; no paper shared with round217's expected.json when it exists;
no paper in two files). Every digest is read raw (UTF-8; 2178 is 7-bit ASCII with CR LF, 2181's and 2182's CSV rows end
in CR LF, every other file LF) and in decoded forms: 2178's two quoted-printable parts (UTF-8) and the HTML part's text;
2181's and 2182's CSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles
are matched after whitespace normalisation, with TeX braces dropped, case-blind.

READ_AS (round156's reporting): 2178 (quoted-printable: titles and links are whole only in the decoded parts) and 2179
(a PDF copy: reference lines wrapped inside titles).

Shape checks (lean, grammar-level), one function per kind: 2177 Sakai Lessons page copy (skip link first, the Sakai /
Apereo footer last, the tool menu entries once, «Lecciones» in the menu and as the title, «Índice (n subpáginas)» = the
Índice entries = the «Semana n · lunes d de mes — …» subpages numbered 1..n, Mondays a week apart, each with items, the
Docente line, URLs well formed); 2178 Zimbra forward (7-bit ASCII, CR LF only, Zimbra's 11 header fields in order,
header lines ≤ 998 and body lines ≤ 76, Message-ID «<n.n.ms.JavaMail.zimbra@host>» whose ms = Date, X-Mailer Zimbra's web client, Date valid with
weekday, Subject and From decodable, Subject = «Fwd: » + the forwarded Subjekti, Thread-Index base64,
multipart/alternative with text/plain + text/html, both UTF-8 quoted-printable with valid escapes and a closing
boundary, the «----- Mesazh i përcjellë -----» block Nga / Për / Dërguar / Subjekti, the Albanian forwarded date valid
with its weekday and before Date, the HTML part's text = the text part's); 2179 SR ISO 690 thesis copy (the running
header first and once per page, page numbers last and consecutive, form feeds only at page starts, «BIBLIOGRAFIE»
once, entries 1..n with hanging indents, citations in first-citation order, reference lines ≤ 92 unless one word,
entries ending in «.», «Disponibil la: URL [accesat zz.ll.aaaa]» with valid dates, cited entries starting with «NUME,
Prenume» authors and «et al», «In:» forms); 2180 BibDesk BibTeX (the BibDesk header, encoding and creator lines, the
creator stamp's offset, balanced braces, every «@» parsed, unique keys «Name:yyyyaa», known types, «\tfield = {…}»
lines in alphabetical order, author / title / year / date-added / date-modified present, stamps valid with the Azores
offset of their date (-0100, +0000 after the last Sunday of March), added ≤ modified, url = bdsk-url-1, the static
groups plist naming entries); 2181 Linear CSV (no BOM, parsed strictly and written again exactly by csv.writer, the 24
column header, IDs «LEN-n» unique, known statuses and priorities, ISO timestamps «….000Z», created ≤ started ≤
completed ≤ updated, Completed iff Done, Canceled iff Canceled, started statuses with Started, parents among the issues,
cycle fields consistent and two weeks long, one project); 2182 DiscordChatExporter CSV (written again exactly by a
QUOTE_ALL writer, the 6-column header, author ids 17–19 digits with one name each, dates with 7 fractional digits and
Moncton's offset for the date (-04:00, -03:00 from 8 March 2026 06:00 UTC), in time order, CDN attachments,
reactions «emoji (n)»); 2183 phpBB topic copy («Lompat ke konten» first, the phpBB footer last, one breadcrumb, the
«n pesan • Halaman 1 dari 1» lines twice = the posts, «Kembali ke “forum”» = the breadcrumb's forum, subjects «Re: »
+ the title, Indonesian post dates valid with their weekday and increasing, profile blocks (user, rank, «Pesan: n»,
«Bergabung:» before the post) alike for a user, quotes «user menulis: ↑» of posters followed by «> »); 2184
EmailOctopus web version copy («Powered by EmailOctopus» last, «Darse de baja · Actualizar preferencias» once, the
recipient line with {{EmailAddress}} and no other placeholder, «Edición n · fecha» = fortnights since 13 January 2026
+ 1, buttons «[ … ]», section headings once, URLs well formed); 2185 Hugo PaperMod post with giscus (the footer last,
«Home » Posts», «Table of Contents», giscus' lines once, the meta line's word count = the body's words and «n min» =
ceil(words / 213), the ToC = the body headings, «n comments · n replies» = the comment and reply lines, dates after the
post, reactions = their sum); 2186 Gitea README with pipe tables (no HTML, no tabs, one H1 first, Kandungan first and
Sumbangan last, Kandungan anchors = the sections, each table with the «Nama | Penerangan | Pautan» header and its
separator, rows with as many cells and a «[pautan](URL)» cell, «n entri» = the rows, fences closed, no arXiv /
OpenReview mention).
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
READ_AS = {2178: {"decoded"}, 2179: {"joined"}}

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


# ---------------------------------------------------------------- 2177 Sakai Lessons page copy
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def url_ok(f, raw):
    for u in re.findall(r"https?://[^\s<>()\[\]»]+", raw):
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(:\d+)?(/\S*)?", u.rstrip(".,;:")): E(f, f"malformed URL {u!r}")


def check_sakai(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Saltar al contenido principal": E(f, "skip link not first")
    if not re.fullmatch(r"Powered by Sakai · Copyright 2003-\d{4} The Apereo Foundation\. Todos los derechos reservados\.", L[-1]): E(f, "Sakai footer not last")
    for s in ("Menú de la herramienta:", "Página principal", "Programa", "Recursos", "Tareas"):
        once(f, L, s)
    if L.count("Lecciones") != 2: E(f, "«Lecciones» not in the tool menu and as the page title")
    m = [re.fullmatch(r"Índice \((\d+) subpáginas\)", l) for l in L]
    m = [x for x in m if x]
    toc = [l for l in L if re.match(r"  \d+\. Semana ", l)]
    heads = [(i, re.fullmatch(r"Semana (\d+) · lunes (\d{1,2}) de (\w+) — (.+)", l)) for i, l in enumerate(L) if l.startswith("Semana ")]
    if len(m) != 1 or int(m[0].group(1)) != len(heads) or len(toc) != len(heads): E(f, "subpage count != Índice != subpages")
    if [t.split(". ", 1)[1] for t in toc] != [L[i] for i, _ in heads]: E(f, "Índice entries != subpage headings")
    prev = None
    for n, (i, h) in enumerate(heads, 1):
        if not h or int(h.group(1)) != n or h.group(3) not in ES_M: E(f, f"bad week line {L[i]!r}"); continue
        try: d = dt.date(2026, ES_M.index(h.group(3)) + 1, int(h.group(2)))
        except ValueError: E(f, f"invalid date {L[i]!r}"); continue
        if d.weekday() != 0: E(f, f"not a Monday: {L[i]!r}")
        if prev and (d - prev).days != 7: E(f, f"week {n} not a week after the previous")
        prev = d
        if i + 2 >= len(L) or not L[i + 2].startswith("  "): E(f, f"week {n} without items")
    if not re.search(r"^Docente: .+ — [\w.]+@[\w.-]+\.[a-z]{2,} — ", raw, re.M): E(f, "Docente line missing")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2178 Zimbra forward, QP UTF-8
ZM_HEAD = ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "X-Originating-IP", "X-Mailer",
           "Thread-Topic", "Thread-Index"]
SQ_D = ["e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"]
SQ_M = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"]


def check_zimbra(f, raw):
    b = RAW_BYTES[f]
    if any(x > 127 for x in b): E(f, "not 7-bit ASCII")
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): E(f, "bare LF or CR (CR LF only)")
    if b"\r\n\r\n" not in b: E(f, "no header/body separator"); return
    head = b.split(b"\r\n\r\n", 1)[0]
    names = [l.split(b":", 1)[0].decode() for l in head.split(b"\r\n") if l and not l[:1].isspace()]
    if names != ZM_HEAD: E(f, f"header fields {names} (Zimbra's order wanted)")
    if any(len(l) > 998 for l in head.split(b"\r\n")): E(f, "header line over 998")
    if any(len(l) > 76 for l in b.split(b"\r\n\r\n", 1)[1].split(b"\r\n")): E(f, "body line over 76")
    msg = email.message_from_bytes(b, policy=email.policy.compat32)
    if msg.get("MIME-Version") != "1.0": E(f, "MIME-Version not 1.0")
    mid = re.fullmatch(r"<\d+\.\d+\.(\d{13})\.JavaMail\.zimbra@[\w.-]+>", msg.get("Message-ID", ""))
    if not mid: E(f, "Message-ID not in Zimbra's form")
    if not (msg.get("X-Mailer") or "").startswith("Zimbra ") or "ZimbraWebClient" not in msg.get("X-Mailer", ""): E(f, "X-Mailer not Zimbra's web client")
    try:
        sent = parsedate_to_datetime(msg["Date"])
        if msg["Date"][:3] != sent.strftime("%a"): E(f, "Date weekday wrong")
        if mid and int(mid.group(1)) // 1000 != int(sent.timestamp()): E(f, "Message-ID time != Date")
    except (TypeError, ValueError):
        E(f, "Date invalid"); sent = None
    try: subj = dec_words(msg["Subject"]); dec_words(msg["From"])
    except Exception as ex: E(f, f"Subject / From does not decode: {ex!r}"); subj = ""
    try: base64.b64decode(msg.get("Thread-Index", ""), validate=True)
    except (binascii.Error, ValueError): E(f, "Thread-Index not base64")
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
    if "----- Mesazh i përcjellë -----" not in T_: E(f, "forward line missing"); return
    i = T_.index("----- Mesazh i përcjellë -----")
    if [x.split(":")[0] for x in T_[i + 1:i + 5]] != ["Nga", "Për", "Dërguar", "Subjekti"]: E(f, "forward header block wrong"); return
    m = re.fullmatch(r"Dërguar: (e \S+), (\d{1,2}) (\S+) (\d{4}) (\d\d):(\d\d):(\d\d)", T_[i + 3])
    if not m or m.group(3) not in SQ_M or m.group(1) not in SQ_D: E(f, f"forwarded date wrong: {T_[i + 3]!r}")
    else:
        try:
            od = dt.datetime(int(m.group(4)), SQ_M.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6)), int(m.group(7)))
            if SQ_D[od.weekday()] != m.group(1): E(f, "forwarded weekday wrong")
            if sent and od >= sent.replace(tzinfo=None): E(f, "forwarded date not before the forward")
        except ValueError: E(f, "forwarded date invalid")
    if subj != "Fwd: " + T_[i + 4][len("Subjekti: "):]: E(f, f"Subject {subj!r} != «Fwd: » + forwarded subject")
    if norm(html.unescape(re.sub(r"<[^>]+>", " ", texts[1]))) != norm(texts[0]): E(f, "HTML part's text differs from the text part")


# ---------------------------------------------------------------- 2179 SR ISO 690 thesis copy
def check_sriso(f, raw):
    L = lines_of(f, raw)
    pages = raw.rstrip("\n").split("\n\f")
    if "\f" in raw.replace("\n\f", ""): E(f, "form feed not at a page start")
    hdr = pages[0].split("\n")[0]
    pn = []
    for pg in pages:
        pl = pg.split("\n")
        if pl[0] != hdr or not hdr.startswith("Lucrare de licență"): E(f, "running header missing on a page")
        if sum(1 for x in pl if x == hdr) != 1: E(f, "running header not once per page")
        if not re.fullmatch(r"\d+", pl[-1]): E(f, "page number not last on a page"); continue
        pn.append(int(pl[-1]))
    if not pn or pn != list(range(pn[0], pn[0] + len(pn))): E(f, f"page numbers {pn} not consecutive")
    once(f, L, "BIBLIOGRAFIE")
    i = L.index("BIBLIOGRAFIE") if "BIBLIOGRAFIE" in L else len(L)
    cited = [int(x) for x in re.findall(r"\[(\d+)\]", " ".join(L[:i]))]
    first = [n for j, n in enumerate(cited) if n not in cited[:j]]
    ents, cur = [], None
    for l in L[i + 1:]:
        m = re.match(r"(\d+)\. (.*)", l)
        if m: cur = [int(m.group(1)), m.group(2)]; ents.append(cur)
        elif l.startswith("   ") and cur: cur[1] += " " + l.strip()
        elif l.strip() and not re.fullmatch(r"\d+", l): E(f, f"stray line in the reference list {l[:40]!r}")
        if len(l) > 92 and " " in l.strip(): E(f, f"reference line over 92: {l[:40]!r}")
    if [n for n, _ in ents] != list(range(1, len(ents) + 1)): E(f, "entries not numbered 1..n")
    if first != list(range(1, len(first) + 1)): E(f, f"citations not in first-citation order: {first}")
    for n, e in ents:
        if not e.endswith("."): E(f, f"entry {n} does not end with «.»")
        if "Disponibil la:" in e and not re.search(r"Disponibil la: https?://\S+ \[accesat (\d\d)\.(\d\d)\.(\d{4})\]", e): E(f, f"entry {n}: URL without «[accesat …]»")
        for m in re.finditer(r"\[accesat (\d\d)\.(\d\d)\.(\d{4})\]", e):
            try: dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError: E(f, f"entry {n}: bad access date")
        if n <= len(first) and not re.match(r"[A-ZĂÂÎȘȚ-]+, [\w. -]+(; [A-ZĂÂÎȘȚ-]+, [\w. -]+)*( et al)?\. ", e): E(f, f"entry {n}: author form wrong")
        if "In:" in e and not re.search(r"\bIn: [A-Z]", e): E(f, f"entry {n}: «In:» form")


# ---------------------------------------------------------------- 2180 BibDesk BibTeX
def az_off(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    last = max(dt.date(d.year, 3, x) for x in range(25, 32) if dt.date(d.year, 3, x).weekday() == 6)
    return "+0000" if d.date() > last else "-0100"


def check_bibdesk(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["%% This BibTeX bibliography file was created using BibDesk.", "%% https://bibdesk.sourceforge.io/"]: E(f, "BibDesk header missing")
    if "%% Saved with string encoding Unicode (UTF-8) " not in L: E(f, "encoding line missing")
    m = re.search(r"^%% Created for .+ at (\S+ \S+) ([+-]\d{4}) $", raw, re.M)
    if not m or az_off(m.group(1)) != m.group(2): E(f, "creator line missing or offset wrong")
    if "\r" in raw: E(f, "CR")
    if raw.count("{") != raw.count("}"): E(f, "unbalanced braces")
    ents = re.findall(r"^@(\w+)\{([^,\n]*),\n(.*?)\}\n", raw, re.M | re.S)
    keys_ = [k for t, k, _ in ents if t.lower() != "comment"]
    if len(keys_) != len(set(keys_)): E(f, "duplicate key")
    n_at = len(re.findall(r"^@(?!comment\{BibDesk Static Groups\{)", raw, re.M))
    if n_at != len(ents): E(f, f"{n_at} entries, {len(ents)} parsed")
    if not re.search(r"^@comment\{BibDesk Static Groups\{\n<\?xml", raw, re.M): E(f, "static groups comment missing")
    else:
        g = re.search(r"<key>keys</key>\n\t\t<string>([^<]*)</string>", raw)
        if not g or not set(g.group(1).split(",")) <= set(keys_): E(f, "static group keys not entries")
    for t, k, body in ents:
        if t.lower() == "comment": continue
        if t not in ("article", "inproceedings", "misc", "book"): E(f, f"type {t}")
        if not re.fullmatch(r"[A-Z][\w]*:\d{4}[a-z]{2}", k): E(f, f"key {k!r} not BibDesk's form")
        fl = body.split(",\n")
        names = []
        for x in fl:
            mm = re.fullmatch(r"\t([\w-]+) = \{(.*)\}", x, re.S)
            if not mm: E(f, f"{k}: bad field line {x[:40]!r}"); continue
            names.append(mm.group(1))
            v = mm.group(2)
            if mm.group(1) in ("date-added", "date-modified"):
                s = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) ([+-]\d{4})", v)
                if not s or not dt_ok(s.group(1), "%Y-%m-%d %H:%M:%S") or az_off(s.group(1)) != s.group(2): E(f, f"{k}: {mm.group(1)} {v!r} (Azores offset)")
            if mm.group(1) in ("url", "bdsk-url-1") and not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", v): E(f, f"{k}: bad URL")
            if mm.group(1) == "year" and not re.fullmatch(r"\d{4}", v): E(f, f"{k}: year {v!r}")
        if names != sorted(names): E(f, f"{k}: fields not in alphabetical order")
        for req in ("author", "title", "year", "date-added", "date-modified"):
            if req not in names: E(f, f"{k}: no {req}")
        d = dict(re.findall(r"\t([\w-]+) = \{(.*?)\}(?:,\n|$)", body))
        if d.get("url") != d.get("bdsk-url-1"): E(f, f"{k}: url != bdsk-url-1")
        if d.get("date-added", "") > d.get("date-modified", "~"): E(f, f"{k}: added after modified")


# ---------------------------------------------------------------- 2181 Linear CSV export
LN_HEAD = ["ID", "Team", "Title", "Description", "Status", "Estimate", "Priority", "Project ID", "Project", "Creator",
           "Assignee", "Labels", "Cycle Number", "Cycle Name", "Cycle Start", "Cycle End", "Created", "Updated", "Started",
           "Completed", "Canceled", "Archived", "Due Date", "Parent issue"]
LN_ST = {"Backlog", "Todo", "In Progress", "In Review", "Done", "Canceled"}
LN_PR = {"No priority", "Urgent", "High", "Medium", "Low"}


def check_linear(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex:
        E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: E(f, "not exactly as csv.writer writes it (CR LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != LN_HEAD: E(f, "header wrong"); return
    ids = [r[0] for r in rows[1:]]
    if len(ids) != len(set(ids)): E(f, "duplicate ID")
    cyc = {}
    for r in rows[1:]:
        if len(r) != len(LN_HEAD): E(f, f"row with {len(r)} columns"); continue
        d = dict(zip(LN_HEAD, r))
        if not re.fullmatch(r"LEN-\d+", d["ID"]): E(f, f"ID {d['ID']!r}")
        if d["Status"] not in LN_ST: E(f, f"status {d['Status']!r}")
        if d["Priority"] not in LN_PR: E(f, f"priority {d['Priority']!r}")
        if d["Estimate"] and not d["Estimate"].isdigit(): E(f, "estimate not a number")
        ts = {}
        for h in ("Cycle Start", "Cycle End", "Created", "Updated", "Started", "Completed", "Canceled", "Archived"):
            if d[h]:
                ts[h] = dt_ok(d[h], "%Y-%m-%dT%H:%M:%S.%fZ")
                if not ts[h] or not d[h].endswith(".000Z"): E(f, f"{d['ID']}: bad timestamp {h} {d[h]!r}")
        if d["Due Date"] and not dt_ok(d["Due Date"], "%Y-%m-%d"): E(f, f"{d['ID']}: bad due date")
        if not ts.get("Created") or not ts.get("Updated"): E(f, f"{d['ID']}: no Created / Updated"); continue
        seq = [ts.get(h) for h in ("Created", "Started", "Completed") if ts.get(h)]
        if seq != sorted(seq) or any(x > ts["Updated"] for x in seq): E(f, f"{d['ID']}: created ≤ started ≤ completed ≤ updated broken")
        if bool(d["Completed"]) != (d["Status"] == "Done"): E(f, f"{d['ID']}: Completed iff Done broken")
        if bool(d["Canceled"]) != (d["Status"] == "Canceled"): E(f, f"{d['ID']}: Canceled iff Canceled broken")
        if d["Status"] in ("In Progress", "In Review", "Done") and not d["Started"]: E(f, f"{d['ID']}: started status without Started")
        if d["Parent issue"] and d["Parent issue"] not in ids: E(f, f"{d['ID']}: parent {d['Parent issue']} not an issue")
        if bool(d["Cycle Number"]) != bool(d["Cycle Start"]) or (d["Cycle Number"] and d["Cycle Name"] != "Ciclo " + d["Cycle Number"]): E(f, f"{d['ID']}: cycle fields inconsistent")
        if d["Cycle Number"]:
            if ts.get("Cycle End") and ts.get("Cycle Start") and (ts["Cycle End"] - ts["Cycle Start"]).days != 14: E(f, f"{d['ID']}: cycle not two weeks")
            cyc.setdefault(d["Cycle Number"], set()).add((d["Cycle Start"], d["Cycle End"]))
        if bool(d["Assignee"]) != True and d["Status"] not in ("Backlog",): E(f, f"{d['ID']}: no assignee")
    if any(len(v) != 1 for v in cyc.values()): E(f, "a cycle with two windows")
    if len({r[7] for r in rows[1:]}) != 1 or len({r[8] for r in rows[1:]}) != 1: E(f, "more than one project")


# ---------------------------------------------------------------- 2182 DiscordChatExporter CSV
def check_dce(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex:
        E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, quoting=csv.QUOTE_ALL).writerows(rows)
    if buf.getvalue() != raw: E(f, "not exactly as a QUOTE_ALL csv writer writes it")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != ["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"]: E(f, "header wrong"); return
    who, prev = {}, None
    for r in rows[1:]:
        if len(r) != 6: E(f, f"row with {len(r)} columns"); continue
        aid, name, d, content, att, rx = r
        if not re.fullmatch(r"\d{17,19}", aid): E(f, f"AuthorID {aid!r}")
        if who.setdefault(aid, name) != name: E(f, f"AuthorID {aid} with two names")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.\d{7}([+-]\d\d):00", d)
        loc = m and dt_ok(m.group(1), "%Y-%m-%dT%H:%M:%S")
        if not loc: E(f, f"date {d!r}"); continue
        u = loc - dt.timedelta(hours=int(m.group(2)))
        want = -3 if u >= dt.datetime(2026, 3, 8, 6, 0) else -4
        if int(m.group(2)) != want: E(f, f"offset {m.group(2)} wrong for Moncton on {d[:10]}")
        if prev and u <= prev: E(f, "messages not in time order")
        prev = u
        if not content and not att: E(f, "empty message")
        if att and not re.fullmatch(r"https://cdn\.discordapp\.com/attachments/\d+/\d+/\S+", att): E(f, f"attachment {att!r}")
        if rx and not re.fullmatch(r"\S+ \(\d+\)(,\S+ \(\d+\))*", rx): E(f, f"reactions {rx!r}")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2183 phpBB topic copy
ID_D = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_M = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def id_date(s):
    m = re.fullmatch(r"(\w{3}) (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d)", s)
    if not m or m.group(3) not in ID_M: return None
    try: d = dt.datetime(int(m.group(4)), ID_M.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6)))
    except ValueError: return None
    return d if ID_D[d.weekday()] == m.group(1) else None


def check_phpbb(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Lompat ke konten": E(f, "skip link not first")
    if L[-2:] != ["Powered by phpBB® Forum Software © phpBB Limited", "Privasi | Ketentuan"]: E(f, "phpBB footer not last")
    for s in ("Cari topik ini…", "Siapa yang online", "Lompat ke"): once(f, L, s)
    bc = [l for l in L if l.startswith("Beranda ‹ Indeks forum ‹ ")]
    if len(bc) != 1: E(f, "breadcrumb not once"); return
    bi = L.index(bc[0])
    title = L[bi + 2] if bi + 2 < len(L) else ""
    posts = [(i, re.fullmatch(r"oleh (\S+) » (.+)", l)) for i, l in enumerate(L) if l.startswith("oleh ")]
    cnt = [re.fullmatch(r"(\d+) pesan • Halaman 1 dari 1", l) for l in L]
    cnt = [c for c in cnt if c]
    if len(cnt) != 2 or any(int(c.group(1)) != len(posts) for c in cnt): E(f, f"post count lines != {len(posts)} posts")
    if f"Kembali ke “{bc[0].split(' ‹ ')[-1]}”" not in L: E(f, "«Kembali ke» != the forum of the breadcrumb")
    prev, users, seen = None, {}, set()
    for n, (i, m) in enumerate(posts):
        if not m: E(f, f"bad post header {L[i]!r}"); continue
        if L[i - 1] != ("Re: " if n else "") + title: E(f, f"post {n + 1} subject != topic title")
        d = id_date(m.group(2))
        if not d: E(f, f"bad post date {m.group(2)!r}"); continue
        if prev and d <= prev: E(f, "posts not in date order")
        prev = d
        seen.add(m.group(1))
        j = next((k for k in range(i + 1, len(L)) if L[k] == "Atas"), None)
        if j is None: E(f, f"post {n + 1}: no «Atas»"); continue
        prof = L[j - 5:j - 1]
        if len(prof) != 4 or prof[0] != m.group(1) or not re.fullmatch(r"Pesan: \d+", prof[2]) or not prof[3].startswith("Bergabung: "):
            E(f, f"post {n + 1}: profile block wrong"); continue
        jd = id_date(prof[3][len("Bergabung: "):])
        if not jd or jd >= d: E(f, f"post {n + 1}: joined date bad or after the post")
        if users.setdefault(m.group(1), tuple(prof[1:])) != tuple(prof[1:]): E(f, f"user {m.group(1)} shown differently")
    for i, l in enumerate(L):
        q = re.fullmatch(r"(\S+) menulis: ↑", l)
        if q:
            if q.group(1) not in seen: E(f, f"quote of {q.group(1)} who has not posted")
            if i + 1 >= len(L) or not L[i + 1].startswith("> "): E(f, "quote header without «> » line")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2184 EmailOctopus web version copy
def check_octopus(f, raw):
    L = lines_of(f, raw)
    if L[-1] != "Powered by EmailOctopus": E(f, "«Powered by EmailOctopus» not last")
    once(f, L, "Darse de baja · Actualizar preferencias")
    if not any("{{EmailAddress}}" in l for l in L): E(f, "recipient line without {{EmailAddress}}")
    if re.search(r"\{\{(?!EmailAddress\}\})", raw): E(f, "unknown placeholder")
    m = [re.fullmatch(r"Edición (\d+) · (\d{1,2}) de (\w+) de (\d{4})", l) for l in L]
    m = [x for x in m if x]
    if len(m) != 1: E(f, "issue line not once")
    else:
        x = m[0]
        try:
            d = dt.date(int(x.group(4)), ES_M.index(x.group(3)) + 1, int(x.group(2)))
            k = (d - dt.date(2026, 1, 13)).days
            if k % 14 or k // 14 + 1 != int(x.group(1)): E(f, "issue number / date not fortnightly since 13 Jan 2026")
        except ValueError: E(f, "issue date invalid")
    for l in L:
        if re.search(r"\[(?! )[^\]]*\]", l): E(f, f"button not «[ … ]»: {l[:40]!r}")
    heads = [l for l in L if l and l.isupper() and len(l) > 6]
    if len(heads) != len(set(heads)) or len(heads) < 3: E(f, "section headings repeated or missing")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2185 Hugo PaperMod post with giscus
def check_hugo(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"© \d{4} .+ · Powered by Hugo & PaperMod", L[-1]): E(f, "PaperMod footer not last")
    for s in ("Home » Posts", "Table of Contents", "Powered by giscus", "Sign in with GitHub", "Oldest  Newest"): once(f, L, s)
    m = [(i, re.fullmatch(r"(\w+) (\d{1,2}), (\d{4}) · (\d+) min · (\d+) words · .+", l)) for i, l in enumerate(L)]
    m = [x for x in m if x[1]]
    if len(m) != 1: E(f, "meta line not once"); return
    mi, mm = m[0]
    post = dt_ok(f"{mm.group(1)} {mm.group(2)} {mm.group(3)}", "%B %d %Y")
    if not post: E(f, "post date invalid")
    ti = L.index("Table of Contents") if "Table of Contents" in L else -1
    toc = []
    for l in L[ti + 2:]:
        if not l: break
        toc.append(l)
    bi = ti + 2 + len(toc) + 1
    if not toc or L[bi:bi + 1] != toc[:1]: E(f, "body does not start with the first ToC heading"); return
    end = L.index("« Prev") if "« Prev" in L else len(L)
    # the body ends at the blank line before the tags block (the tags are the last paragraph before «« Prev»)
    tb = [i for i in range(bi, end) if L[i] == ""]
    body_end = tb[-2] if len(tb) >= 2 else end
    words = sum(len(l.split()) for l in L[bi:body_end])
    if int(mm.group(5)) != words: E(f, f"word count {mm.group(5)} != {words}")
    if int(mm.group(4)) != math.ceil(words / 213): E(f, f"reading time {mm.group(4)} != ceil({words}/213)")
    hs = [l for l in L[bi:body_end] if l in toc]
    if hs != toc: E(f, f"ToC {toc} != body headings {hs}")
    cm = [re.fullmatch(r"(\S+) commented (\w{3}) (\d{1,2}), (\d{4})", l) for l in L]
    rp = [re.fullmatch(r"  (\S+) replied (\w{3}) (\d{1,2}), (\d{4})", l) for l in L]
    cm, rp = [x for x in cm if x], [x for x in rp if x]
    c = [re.fullmatch(r"(\d+) comments · (\d+) replies", l) for l in L]
    c = [x for x in c if x]
    if len(c) != 1 or int(c[0].group(1)) != len(cm) or int(c[0].group(2)) != len(rp): E(f, "comment / reply counts wrong")
    prev = post
    for x in cm + rp:
        d = dt_ok(f"{x.group(2)} {x.group(3)} {x.group(4)}", "%b %d %Y")
        if not d or (post and d <= post): E(f, f"comment date bad or not after the post: {x.group(0)!r}")
    r = [re.fullmatch(r"(\d+) reactions", l) for l in L]
    r = [x for x in r if x]
    if len(r) != 1: E(f, "reactions line not once")
    else:
        i = L.index(r[0].group(0))
        if sum(int(n) for n in re.findall(r"\S+ (\d+)", L[i + 1])) != int(r[0].group(1)): E(f, "reaction counts != total")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2186 Gitea README with pipe tables (negative)
def check_gitea(f, raw):
    L = lines_of(f, raw)
    if "<" in raw or "\t" in raw: E(f, "HTML or tabs in the README")
    h1 = [l for l in L if re.match(r"# ", l)]
    if h1 != [L[0]]: E(f, "one level-1 heading first wanted")
    h2 = [l[3:] for l in L if l.startswith("## ")]
    if not h2 or h2[0] != "Kandungan" or h2[-1] != "Sumbangan": E(f, "Kandungan first and Sumbangan last wanted")
    ci = L.index("## Kandungan") if "## Kandungan" in L else 0
    toc = []
    for l in L[ci + 2:]:
        if not l.startswith("- "): break
        m = re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l)
        if m: toc.append((m.group(1), m.group(2)))
        else: E(f, f"bad Kandungan line {l!r}")
    if toc != [(h, h.lower().replace(" ", "-")) for h in h2[1:]]: E(f, f"Kandungan {toc} != sections {h2[1:]}")
    n, intable, ncol, fence = 0, False, 0, False
    for i, l in enumerate(L):
        if l.startswith("```"): fence = not fence
        if l.startswith("|") and not fence:
            cells = l.strip("|").split("|")
            if not l.endswith("|"): E(f, f"table row not closed: {l[:40]!r}")
            if not intable:
                intable, ncol = True, len(cells)
                if i + 1 >= len(L) or L[i + 1] != "|" + "|".join([" --- "] * ncol) + "|": E(f, "table without its separator row")
                if [c.strip() for c in cells] != ["Nama", "Penerangan", "Pautan"]: E(f, "table header wrong")
            elif set(l) <= set("|- "): pass
            else:
                if len(cells) != ncol: E(f, f"row with {len(cells)} cells, header {ncol}: {l[:40]!r}")
                if not re.fullmatch(r" \[pautan\]\(https?://[\w.-]+\.[a-z]{2,}(/\S*)?\) ", cells[-1]): E(f, f"link cell wrong: {l[:40]!r}")
                n += 1
        else:
            intable = False
    m = re.search(r"(\d+) entri", raw)
    if not m or int(m.group(1)) != n: E(f, f"entry count {m and m.group(1)} != {n} rows")
    if raw.count("```") % 2: E(f, "unclosed fence")
    if re.search(r"arxiv|openreview", raw, re.I): E(f, "arXiv / OpenReview mention in the negative control")
    url_ok(f, raw.replace("https://...", ""))


def shape_checks(f, raw, path):
    n = num(f)
    {2177: check_sakai, 2178: check_zimbra, 2179: check_sriso, 2180: check_bibdesk, 2181: check_linear,
     2182: check_dce, 2183: check_phpbb, 2184: check_octopus, 2185: check_hugo,
     2186: check_gitea}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round216's and round217's, a byte-identical file counted once), and the
# round216/round217 split (candidates sorted by (uses, catalogue title); round216 = even positions from 4 on, one
# unbroken run; round217 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P211S = ["/work/rounds/digests-round217/expected.json", "/work/main/tests/data/digests-round217/expected.json"]
P211 = next((p for p in P211S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P211S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round216", "digests-round217") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round216 takes the even ones): {odd}")
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
        notes.append(f"round217's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r211)} papers at even positions): shared papers not an error here, to be settled by round217: "
                     f"{len(r211 & mine)} shared: {sorted(r211 & mine)}")
    elif r211 & mine: errors.append(f"papers also in round217: {sorted(r211 & mine)}")
shared211 = len(r211 & mine) if P211 else "(no round217 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round216 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round217: {shared211}; papers in more than one round216 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


