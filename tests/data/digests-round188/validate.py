#!/usr/bin/env python3
r"""Checks round188/expected.json against the digests and the shared catalogues.

Adapted from round186/validate.py (the label checks are the same code; the reuse report is round186's with round188 /
round189 in place of round186 / round187: round188 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round188's and
round189's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round189's expected.json, read from /work/rounds/digests-round189/ or
/work/main/tests/data/digests-round189/ when it exists; no paper in two files). Every digest is read raw (UTF-8; 1899 is
7-bit ASCII with CR LF, every other file LF) and in decoded forms: 1899's base64 body in UTF-8; 1902's CSV fields;
everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1899 (base64: every title and link is only in
the decoded body). For it the facts «found only after decoding» are counted on the file's summary line instead of being
printed as notes; the same facts in any other file are notes.

Shape checks (lean, grammar-level): 1897 UCR programa del curso (LF; the head; «CI-nnnn name» and «Sigla:» agreeing;
footers «Página n de N» 1..N closing the text; the eight sections once and in order; «Horas lectivas: n … (teoría a,
laboratorio b)» with n = a + b; «Ciclo lectivo: I|II|III ciclo aaaa»; units «Unidad n. …» with topics «n.k ….» numbered
1..n; evaluation adding up to «Total: 100 %»; cronograma «Semana n» / «Semanas a-b» contiguous over weeks 1..16 naming
existing units; bibliography «Apellido, I.» alphabetical with «(aaaa). »; «Ciudad Universitaria Rodrigo Facio, d de mes
de aaaa» once and valid); 1898 git.uibk.ac.at README (LF; fences balanced; a Mermaid block; the awesome badge in the
title; one git.uibk.ac.at project and its pipeline badge; headings unique, «Inhalt» first, «Lizenz» last; the index =
the other headings in order with GitLab's slugs; every in-page anchor naming a heading; «Zuletzt aktualisiert: d. Monat
yyyy.» valid; table rows of 4 cells with a year, a key idea ending with «.», «—» or [repo](GitHub link); task items with
«(#n)»; handles lower-case; a merge request «!n» and a label «~name»; link targets http(s) or anchors); 1899 Mulberry
forward (CR LF only, ASCII; header fields once; Date valid with its weekday and London's offset (+0000 GMT / +0100 BST);
From «Name <address>»; Message-ID; X-Mailer «Mulberry/x.y.z (…)»; text/plain UTF-8 base64, lines ≤ 76 of the base64
alphabet, decoding; the block «------------ Forwarded Message ------------» «Date: / From: / To: / Subject:» … «----------
End Forwarded Message ----------»; Subject = «Fwd: » + the forwarded subject; sent to the forwarder; its date valid and
before the mail; «<list> Digest, Vol n, Issue k» with «Today's Topics» numbered 1..n, one «Message: i» per topic with the
topic's sender and «[list] subject», the footer «End of …»); 1900 UNI ISO 690 bibliography (LF; «6 Conclusioni» then
«Bibliografia»; page numbers consecutive, closing the text; entries «COGNOME, Nome[, et al.|; COGNOME, Nome…]. »
alphabetical, with a year, ending with «.»; a URL only as «Disponibile su: URL [consultato il d mese aaaa].», valid and
not after March 2026; page ranges a-b with a < b; every citation «Name [et al.] yyyy» naming an entry, every entry
cited); 1901 Lontar BibTeX (LF; the head «% Diekspor dari Lontar …», a valid export date, «Jumlah entri» = the entries;
braces balanced; entries «@type{key,» … «}», known types, unique keys; field lines «  name = {value},» (no comma on the
last), known fields, once each, title and year present; year 4 digits, author «Family, Given and …», url http(s), pages
«a--b»; eprint only with archiveprefix); 1902 REDCap CSV (no BOM; LF; parsed strictly and written again exactly as
Python's csv writer writes; the header of variable names; record_id 1..n; timestamps valid and increasing; initials;
links http(s); coded values (session 1–3, presenter 0/1, complete 0–2); survey identifier empty); 1903 Psi+ history
(LF; head «Журнал переписки: room@conference.…» / «Экспортировано из Psi+ x.y.z, dd.mm.yyyy»; lines «[dd.mm.yyyy
hh:mm:ss] <nick> text» or «*** nick вошёл/вошла/вышел/вышла …», valid, not decreasing, not after the export date; who
speaks is in the room); 1904 mitbbs thread (LF; head «未名空间(mitbbs.com) -- 名(Board)版 -- 同主题阅读»; posts «发信人 / 标  题
/ 发信站 (Wkd Mon dd hh:mm:ss yyyy, 美东)» with the board, «Re: » on replies only, one subject, dates valid with their
weekday and increasing; the first-post line agreeing, «[回复本文][最新回复]» before replies; «--» and «※ 来源:·WWW 未名空间站
网址：mitbbs.com·[FROM: a.xx.xx.d]» once per post; quotes «【 在 id (nick) 的大作中提到: 】 / : line» from an earlier post of
that id); 1905 Bloguru copy (LF; site bar and copyright line; the post date; «タグ：»; «いいね！ n　コメント (n)» with n = the
comments «text / name　yyyy/mm/dd hh:mm / blank», valid, after the post and in order; «Xさん、» answering someone above;
the form «コメントを書く»); 1906 LinkedIn newsletter copy (LF; head «name / Bülten / Her ay yayımlanır / n abone / Abone
ol»; «Yayınlandı: d Ay yyyy» valid; the reactions line's «n yorum» = the comments «name / role / age / text / Beğen ·
Yanıtla»; the closing «<name> bültenine abone olun / Abone ol»; https links).
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
READ_AS = {1899: {"decoded"}}

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


# ---------------------------------------------------------------- 1897 UCR «programa del curso», PDF copy (Costa Rican Spanish)
UCR_HEAD = ["UNIVERSIDAD DE COSTA RICA", "FACULTAD DE INGENIERÍA", "ESCUELA DE CIENCIAS DE LA COMPUTACIÓN E INFORMÁTICA", "", "PROGRAMA DEL CURSO"]
UCR_SECT = ["Datos generales", "1. Descripción", "2. Objetivos", "3. Contenidos", "4. Metodología", "5. Evaluación", "6. Cronograma", "7. Bibliografía"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def check_ucr(f, raw):
    L = lines_of(f, raw)
    if L[:5] != UCR_HEAD: E(f, "head (UCR / Facultad / ECCI / PROGRAMA DEL CURSO)")
    if not re.fullmatch(r"CI-\d{4} .+", L[5] if len(L) > 5 else ""): E(f, "course line «CI-nnnn name» after the head")
    ft = [(i, re.fullmatch(r"Página (\d+) de (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, int(m[1]), int(m[2])) for i, m in ft if m]
    if not ft or [n for _, n, _ in ft] != list(range(1, len(ft) + 1)) or {t for _, _, t in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «Página n de N» not 1..N, N not their count, or not closing the text")
    B = [l for l in L if not re.fullmatch(r"Página \d+ de \d+", l)]
    idx = []
    for s_ in UCR_SECT:
        h = [i for i, l in enumerate(B) if l == s_]
        if len(h) != 1: E(f, f"section «{s_}» found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    sec = {s_: [l for l in B[i + 1:j] if l] for s_, i, j in zip(UCR_SECT, idx, idx[1:] + [len(B)])}
    sig = [re.fullmatch(r"Sigla: (CI-\d{4})", l) for l in sec["Datos generales"]]
    sig = [m for m in sig if m]
    if len(sig) != 1 or not L[5].startswith(sig[0][1] + " "): E(f, "«Sigla:» not the course line's code")
    hm = [re.fullmatch(r"Horas lectivas: (\d+) horas semanales \(teoría (\d+), laboratorio (\d+)\)", l) for l in sec["Datos generales"]]
    hm = [m for m in hm if m]
    if len(hm) != 1 or int(hm[0][1]) != int(hm[0][2]) + int(hm[0][3]): E(f, "«Horas lectivas: n … (teoría a, laboratorio b)» with n = a + b")
    if not any(re.fullmatch(r"Ciclo lectivo: (I|II|III) ciclo 20\d\d", l) for l in sec["Datos generales"]): E(f, "«Ciclo lectivo: I|II|III ciclo aaaa»")
    units, sub = [], {}
    for l in sec["3. Contenidos"]:
        um = re.fullmatch(r"Unidad (\d+)\. .+", l)
        sm_ = re.fullmatch(r"(\d+)\.(\d+) .+\.", l)
        if um: units.append(int(um[1])); sub[int(um[1])] = []
        elif sm_ and units and int(sm_[1]) == units[-1]: sub[units[-1]].append(int(sm_[2]))
        else: E(f, f"contenidos line {l[:40]!r} neither «Unidad n. …» nor «u.k ….» of the current unit")
    if not units or units != list(range(1, len(units) + 1)) or any(v != list(range(1, len(v) + 1)) for v in sub.values()): E(f, "units or topics not numbered 1..n")
    ev = [re.fullmatch(r"(.+): (\d+) %", l) for l in sec["5. Evaluación"]]
    if not ev or not all(ev) or ev[-1][1] != "Total" or sum(int(m[2]) for m in ev[:-1]) != 100 or int(ev[-1][2]) != 100:
        E(f, "evaluation «…: n %» lines not adding up to «Total: 100 %»")
    wk = 1
    for l in sec["6. Cronograma"]:
        m = re.fullmatch(r"Semanas? (\d+)(?:-(\d+))?: (.+)", l)
        if not m: E(f, f"cronograma line {l[:40]!r}"); continue
        a, b = int(m[1]), int(m[2] or m[1])
        if a != wk or b < a or (m[2] and b == a) or (m[2] and l.startswith("Semana ")) or (not m[2] and l.startswith("Semanas")): E(f, f"cronograma weeks {a}-{b} not contiguous or mislabelled")
        wk = b + 1
        um = re.fullmatch(r"Unidad (\d+)", m[3])
        if um and int(um[1]) not in units: E(f, f"cronograma names unit {um[1]} that does not exist")
    if wk != 17: E(f, "cronograma does not cover weeks 1..16")
    bib = [l for l in sec["7. Bibliografía"] if not l.startswith("Ciudad Universitaria")]
    heads = [re.match(r"(.+?), [A-Z]\.", l) for l in bib]
    if not all(heads) or [h[1] for h in heads] != sorted(h[1] for h in heads): E(f, "bibliography not «Apellido, I.» in alphabetical order")
    for l in bib:
        if not re.search(r"\((\d{4})\)\. ", l): E(f, f"bibliography entry without «(aaaa). »: {l[:40]!r}")
    dm = [re.fullmatch(r"Ciudad Universitaria Rodrigo Facio, (\d+) de (\w+) de (\d{4})", l) for l in B]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in ES_M or not dt_ok(f"{dm[0][3]}-{ES_M.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«Ciudad Universitaria Rodrigo Facio, d de mes de aaaa» once and valid")


# ---------------------------------------------------------------- 1898 git.uibk.ac.at README (awesome list, Austrian German)
DE_MO = ["Jänner", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def check_uibk(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: E(f, "code fences not balanced")
    if "```mermaid" not in L or not re.fullmatch(r"(flowchart|graph) (LR|TD|TB|RL|BT)", body_after(L, L.index("```mermaid")) if "```mermaid" in L else ""): E(f, "Mermaid block «flowchart|graph <dir>»")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: E(f, "title with the awesome badge")
    projs = set(re.findall(r"https://git\.uibk\.ac\.at/([\w.-]+/[\w.-]+)", raw))
    if len(projs) != 1: E(f, f"want one git.uibk.ac.at project, got {sorted(projs)}")
    elif f"[![pipeline status](https://git.uibk.ac.at/{next(iter(projs))}/badges/main/pipeline.svg)](https://git.uibk.ac.at/{next(iter(projs))}/-/commits/main)" not in L: E(f, "pipeline badge of the project")
    heads, fence = [], False
    for l in L:
        if l.startswith("```"): fence = not fence
        elif not fence and l.startswith("## "): heads.append(l[3:])
    if len(set(heads)) != len(heads): E(f, "headings not unique")
    if not heads or heads[0] != "Inhalt" or heads[-1] != "Lizenz": E(f, "«Inhalt» first and «Lizenz» last")
    idx = []
    if "## Inhalt" in L:
        for l in L[L.index("## Inhalt") + 1:]:
            if l.startswith("```") or l.startswith("## "): break
            m = re.fullmatch(r"- \[(.+)\]\(#([^)]+)\)", l)
            if m: idx.append((m[1], m[2]))
            elif l: E(f, f"index line {l!r}")
    if [h for h, _ in idx] != heads[1:] or any(slug(h) != a for h, a in idx): E(f, "index is not the other headings in order with GitLab's anchors")
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in {slug(h) for h in heads}: E(f, f"in-page anchor #{a} names no heading")
    dm = re.findall(r"^Zuletzt aktualisiert: (\d+)\. (\w+) (\d{4})\.$", raw, re.M)
    if len(dm) != 1 or dm[0][1] not in DE_MO or not dt_ok(f"{dm[0][2]}-{max(1, DE_MO.index(dm[0][1]))}-{dm[0][0]}", "%Y-%m-%d"): E(f, "«Zuletzt aktualisiert: d. Monat yyyy.» once and valid")
    for l in L:
        if l.startswith("|") and not set(l) <= set("|- "):
            c = [x.strip() for x in l.strip("|").split("|")]
            if len(c) != 4: E(f, f"table row of {len(c)} cells"); continue
            if c[0] == "Arbeit": continue
            if not re.fullmatch(r"(199\d|20[0-2]\d)", c[1]): E(f, f"table year {c[1]!r}")
            if not c[2].endswith("."): E(f, f"key idea not ending with «.»: {c[2][:30]!r}")
            if c[3] != "—" and not re.fullmatch(r"\[[\w.-]+\]\(https://github\.com/[\w.-]+/[\w.-]+\)", c[3]): E(f, f"code cell {c[3]!r}")
        if re.match(r"- \[[ x]\] ", l) and not re.fullmatch(r"- \[[ x]\] .+ \(#\d+\)", l): E(f, f"task item without «(#n)»: {l!r}")
    for h in re.findall(r"(?<![\w.])@([\w.-]+)", raw):
        if h != h.lower(): E(f, f"handle @{h} not lower-case")
    if not re.search(r"(?<!\w)!\d+\b", raw) or not re.search(r"(?<!\w)~[\w-]+", raw): E(f, "a merge request «!n» and a label «~name»")
    for u in re.findall(r"\]\(([^)]+)\)", raw):
        if not (u.startswith("https://") or u.startswith("http://") or u.startswith("#")): E(f, f"link target {u!r}")


# ---------------------------------------------------------------- 1899 Mulberry forward, base64 (British English)
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def london_off(d):
    """+0000 in GMT, +0100 in BST (last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC)"""
    def last_sun(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return "+0100" if last_sun(d.year, 3) < d.date() < last_sun(d.year, 10) else "+0000"


def check_mulberry(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF only")
    if any(ord(c) > 127 for c in raw): E(f, "not 7-bit ASCII")
    if "\r\n\r\n" not in raw: E(f, "no blank line after the header"); return
    h, b = raw.split("\r\n\r\n", 1)
    H = h.split("\r\n")
    names = [l.split(":", 1)[0] for l in H]
    for n in ["Date", "From", "To", "Subject", "Message-ID", "X-Mailer", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]:
        if names.count(n) != 1: E(f, f"header {n} {names.count(n)} times")
    hd = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in H if ":" in l}
    m = re.fullmatch(r"(\w{3}), (\d\d) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d{4})", hd.get("Date", ""))
    d = m and m[3] in MO_EN and dt_ok(f"{m[4]}-{MO_EN.index(m[3]) + 1}-{m[2]} {m[5]}", "%Y-%m-%d %H:%M:%S")
    if not d or WD_EN[d.weekday()] != m[1] or london_off(d) != m[6]: E(f, "Date not valid, wrong weekday or not London's offset")
    if not re.fullmatch(r"[^<>]+ <[\w.-]+@[\w.-]+>", hd.get("From", "")): E(f, "From «Name <address>»")
    if not re.fullmatch(r"Mulberry/\d+\.\d+\.\d+ \(.+\)", hd.get("X-Mailer", "")): E(f, "X-Mailer not Mulberry/x.y.z (platform)")
    if not re.fullmatch(r"<[\w.]+@[\w.-]+>", hd.get("Message-ID", "")): E(f, "Message-ID")
    if not hd.get("Content-Type", "").startswith("text/plain; charset=utf-8") or hd.get("Content-Transfer-Encoding") != "base64": E(f, "not text/plain UTF-8 base64")
    BL = b.split("\r\n")[:-1]
    if any(len(l) > 76 or not B64L.fullmatch(l) for l in BL): E(f, "base64 lines longer than 76 or with other characters")
    try:
        t = base64.b64decode("".join(BL), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError) as ex:
        E(f, f"body does not decode: {ex}"); return
    MIME_PARTS[f] = [t]
    T_ = t.split("\n")
    if "------------ Forwarded Message ------------" not in T_ or "---------- End Forwarded Message ----------" not in T_: E(f, "Mulberry's forward block"); return
    i = T_.index("------------ Forwarded Message ------------")
    fw = dict(l.split(": ", 1) for l in T_[i + 1:i + 5] if ": " in l)
    if list(fw) != ["Date", "From", "To", "Subject"]: E(f, "forward block «Date: / From: / To: / Subject:»"); return
    if hd.get("Subject") != "Fwd: " + fw["Subject"]: E(f, "Subject not «Fwd: » + the forwarded subject")
    if fw["To"] not in hd.get("From", ""): E(f, "the forwarded mail was not sent to the forwarder")
    m2 = re.fullmatch(r"(\d+) (\w+) (\d{4}) (\d\d:\d\d:\d\d) \+0000", fw["Date"])
    d2 = m2 and m2[2] in MONTHS_EN and dt_ok(f"{m2[3]}-{MONTHS_EN.index(m2[2]) + 1}-{m2[1]} {m2[4]}", "%Y-%m-%d %H:%M:%S")
    if not d2 or (d and d2 >= d): E(f, "forwarded Date not valid or not before the mail")
    dg = re.fullmatch(r"([\w-]+) Digest, Vol (\d+), Issue (\d+)", fw["Subject"])
    if not dg: E(f, "forwarded subject not «<list> Digest, Vol n, Issue k»"); return
    if f"End of {dg[0]}" not in T_: E(f, "digest footer «End of …»")
    tops = [re.fullmatch(r"   (\d+)\. (.+) \((.+)\)", l) for l in T_]
    tops = [x for x in tops if x]
    if [int(x[1]) for x in tops] != list(range(1, len(tops) + 1)) or not tops: E(f, "«Today's Topics» not numbered 1..n")
    msgs = [j for j, l in enumerate(T_) if re.fullmatch(r"Message: \d+", l)]
    if [int(T_[j].split()[1]) for j in msgs] != list(range(1, len(msgs) + 1)) or len(msgs) != len(tops): E(f, "«Message: i» not one per topic")
    for x, j in zip(tops, msgs):
        blk = dict(l.split(": ", 1) for l in T_[j + 1:j + 5] if ": " in l)
        if not blk.get("From", "").startswith(x[3] + " <") or blk.get("Subject") != f"[{dg[1]}] {x[2]}": E(f, f"message {x[1]} sender or subject differs from its topic")


# ---------------------------------------------------------------- 1900 UNI ISO 690 bibliography, thesis PDF copy (Italian)
IT_MO = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def check_uniiso(f, raw):
    L = lines_of(f, raw)
    if "Bibliografia" not in L or not L[0].startswith("6 Conclusioni"): E(f, "«6 Conclusioni» then «Bibliografia»"); return
    pn = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if not pn or pn != list(range(pn[0], pn[0] + len(pn))) or L[-1] != str(pn[-1]): E(f, "page numbers not consecutive or not closing the text")
    bi = L.index("Bibliografia")
    ents = [l for l in L[bi + 1:] if l and not re.fullmatch(r"\d{1,3}", l)]
    fam = []
    for e in ents:
        m = re.match(r"([A-ZÀ-Ü' -]+), ([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)(?:, et al\. |(?:; [A-ZÀ-Ü' -]+, [A-Z][\w'-]+)*\. )", e)
        if not m: E(f, f"entry not «COGNOME, Nome[, et al.|; …]. »: {e[:50]!r}"); continue
        fam.append(m[1])
        if not re.search(r"\b(19|20)\d\d\b", e): E(f, f"entry without a year: {e[:40]!r}")
        if not e.endswith("."): E(f, f"entry not ending with «.»: {e[:40]!r}")
        if "http" in e:
            cm = re.search(r"Disponibile su: (https?://\S+) \[consultato il (\d+) (\w+) (\d{4})\]\.$", e)
            if not cm or cm[3] not in IT_MO or not dt_ok(f"{cm[4]}-{IT_MO.index(cm[3]) + 1}-{cm[2]}", "%Y-%m-%d"): E(f, f"URL without «Disponibile su: … [consultato il d mese aaaa].»: {e[:40]!r}")
            elif dt.date(int(cm[4]), IT_MO.index(cm[3]) + 1, int(cm[2])) > dt.date(2026, 3, 31): E(f, "consultato after March 2026")
        for a, b in re.findall(r"pp\. (\d+)-(\d+)", e):
            if int(a) >= int(b): E(f, f"page range {a}-{b}")
    if fam != sorted(fam): E(f, "entries not in alphabetical order")
    conc = " ".join(L[:bi])
    cites = re.findall(r"([A-Z][a-z]+)(?: et al\.)? (\d{4})", conc)
    fy = [(e.split(",")[0].title(), re.search(r"\b((?:19|20)\d\d)\b", e)[1]) for e in ents if re.search(r"\b((?:19|20)\d\d)\b", e)]
    for n, y in cites:
        if (n, y) not in fy: E(f, f"citation «{n} {y}» names no entry")
    for n, y in fy:
        if (n, y) not in cites: E(f, f"entry {n} {y} never cited")


# ---------------------------------------------------------------- 1901 Lontar BibTeX export (Indonesian notes)
BIB_TYPES = {"article", "inproceedings", "book", "misc", "software", "phdthesis", "mastersthesis", "techreport"}
BIB_FIELDS = {"title", "author", "booktitle", "journal", "year", "pages", "url", "note", "eprint", "archiveprefix", "volume",
              "edition", "publisher", "howpublished"}


def check_lontar(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("% Diekspor dari Lontar - Perpustakaan Universitas Indonesia"): E(f, "head «% Diekspor dari Lontar …»")
    if raw.count("{") != raw.count("}"): E(f, "braces not balanced")
    tm = re.fullmatch(r"% Tanggal ekspor: (\d{4}-\d\d-\d\d \d\d:\d\d) WIB", L[1] if len(L) > 1 else "")
    if not tm or not dt_ok(tm[1], "%Y-%m-%d %H:%M"): E(f, "«% Tanggal ekspor: yyyy-mm-dd hh:mm WIB» valid")
    ents = re.findall(r"^@(\w+)\{([^,\s]+),\n(.*?)\n\}$", raw, re.S | re.M)
    nm = re.search(r"% Jumlah entri: (\d+)", raw)
    if not nm or int(nm[1]) != len(ents) or raw.count("\n@") != len(ents): E(f, "«Jumlah entri» not the number of entries, or an entry not closed")
    ks = [k for _, k, _ in ents]
    if len(set(ks)) != len(ks): E(f, "duplicate keys")
    for t, k, body in ents:
        if t not in BIB_TYPES: E(f, f"entry type @{t}")
        fl = body.split("\n")
        names = []
        for j, l in enumerate(fl):
            m = re.fullmatch(r"  (\w+) = \{(.*)\}" + ("," if j < len(fl) - 1 else ""), l)
            if not m: E(f, f"{k}: field line {l[:40]!r}"); continue
            names.append(m[1])
            if m[1] not in BIB_FIELDS: E(f, f"{k}: unknown field {m[1]}")
            if m[1] == "year" and not re.fullmatch(r"(19|20)\d\d", m[2]): E(f, f"{k}: year {m[2]!r}")
            if m[1] == "author" and not re.fullmatch(r"[^,]+, [^,]+?(?: and [^,]+, [^,]+?)*(?: and others)?", m[2]): E(f, f"{k}: author not «Family, Given and …»")
            if m[1] == "url" and not re.fullmatch(r"https?://\S+", m[2]): E(f, f"{k}: url {m[2]!r}")
            if m[1] == "pages" and not re.fullmatch(r"\d+--\d+", m[2]): E(f, f"{k}: pages {m[2]!r}")
        if len(set(names)) != len(names) or "title" not in names or "year" not in names: E(f, f"{k}: fields repeated, or no title / year")
        if ("eprint" in names) != ("archiveprefix" in names): E(f, f"{k}: eprint without archiveprefix or the reverse")


# ---------------------------------------------------------------- 1902 REDCap data export CSV (Swahili and English)
REDCAP_HEAD = ["record_id", "redcap_survey_identifier", "journal_club_nomination_timestamp", "nominator_initials", "paper_title",
               "paper_link", "reason", "session_pref", "presenter_yn", "journal_club_nomination_complete"]


def check_redcap(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    lines_of(f, raw)
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex:
        E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: E(f, "not as Python's csv writer writes it (quoting or line ends)")
    if not rows or rows[0] != REDCAP_HEAD: E(f, "header not the REDCap variable names"); return
    CSV_FIELDS[f] = [c for r in rows for c in r]
    prev = None
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(REDCAP_HEAD): E(f, f"row {i}: {len(r)} fields"); continue
        if r[0] != str(i): E(f, f"row {i}: record_id {r[0]!r} not {i}")
        d = dt_ok(r[2], "%Y-%m-%d %H:%M:%S")
        if not d or (prev and d <= prev): E(f, f"row {i}: timestamp not valid or not after the previous")
        else: prev = d
        if not re.fullmatch(r"[A-Z]{2,3}", r[3]): E(f, f"row {i}: initials {r[3]!r}")
        if r[5] and not re.fullmatch(r"https?://\S+", r[5]): E(f, f"row {i}: link {r[5]!r}")
        if r[7] not in ("1", "2", "3") or r[8] not in ("0", "1") or r[9] not in ("0", "1", "2"): E(f, f"row {i}: coded values")
        if r[1]: E(f, f"row {i}: survey identifier set in an anonymous survey")


# ---------------------------------------------------------------- 1903 Psi+ group-chat history export (Russian)
def check_psi(f, raw):
    L = lines_of(f, raw)
    hm = re.fullmatch(r"Журнал переписки: ([\w.-]+)@(conference\.[\w.-]+)", L[0])
    em = re.fullmatch(r"Экспортировано из Psi\+ \d+\.\d+\.\d+, (\d\d\.\d\d\.\d{4})", L[1] if len(L) > 1 else "")
    if not hm or not em or L[2] != "": E(f, "head «Журнал переписки: room@conference.…» / «Экспортировано из Psi+ x.y.z, dd.mm.yyyy» / blank")
    exp_d = em and dt_ok(em[1], "%d.%m.%Y")
    prev, present = None, set()
    for l in L[3:]:
        m = re.fullmatch(r"\[(\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d)\] (?:\*\*\* (\S+) (вошла? в комнату|вошёл в комнату|вышла? из комнаты|вышел из комнаты)|<([\w.-]+)> (.+))", l)
        if not m: E(f, f"line {l[:40]!r} not «[dd.mm.yyyy hh:mm:ss] <nick> text» or «*** nick …»"); continue
        d = dt_ok(m[1], "%d.%m.%Y %H:%M:%S")
        if not d or (prev and d < prev): E(f, f"time {m[1]} not valid or before the previous"); continue
        prev = d
        if m[2]:
            (present.add if "вош" in m[3] else present.discard)(m[2])
        elif m[4] not in present: E(f, f"<{m[4]}> speaks without being in the room")
    if prev and exp_d and prev.date() > exp_d.date(): E(f, "messages after the export date")


# ---------------------------------------------------------------- 1904 mitbbs thread copy (Simplified Chinese)
def check_mitbbs(f, raw):
    L = lines_of(f, raw)
    bm = re.fullmatch(r"未名空间\(mitbbs\.com\) -- (.+)\((\w+)\)版 -- 同主题阅读", L[0])
    if not bm: E(f, "head «未名空间(mitbbs.com) -- 名(Board)版 -- 同主题阅读»"); return
    heads = [i for i, l in enumerate(L) if l.startswith("发信人: ")]
    if not heads: E(f, "no post"); return
    prev, subj, seen = None, None, []
    for n, i in enumerate(heads):
        m = re.fullmatch(r"发信人: ([\w.]+) \(([^)]+)\), 信区: (\w+)", L[i])
        s = re.fullmatch(r"标  题: (Re: )?(.+)", L[i + 1])
        d = re.fullmatch(r"发信站: BBS 未名空间站 \((\w{3}) (\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4}), 美东\)", L[i + 2])
        if not m or not s or not d: E(f, f"post {n + 1}: head lines «发信人 / 标  题 / 发信站»"); continue
        if m[3] != bm[2]: E(f, f"post {n + 1}: 信区 {m[3]} not the board {bm[2]}")
        if bool(s[1]) != (n > 0): E(f, f"post {n + 1}: «Re: » on a reply only")
        if subj is None: subj = s[2]
        elif s[2] != subj: E(f, f"post {n + 1}: subject differs")
        t = d[2] in MO_EN and dt_ok(f"{d[5]}-{MO_EN.index(d[2]) + 1}-{d[3].strip()} {d[4]}", "%Y-%m-%d %H:%M:%S")
        if not t or WD_EN[t.weekday()] != d[1] or (prev and t <= prev): E(f, f"post {n + 1}: date not valid, wrong weekday or not after the previous")
        else: prev = t
        end = heads[n + 1] if n + 1 < len(heads) else len(L)
        blk = L[i:end]
        sig = [l for l in blk if l.startswith("※ 来源:")]
        if len(sig) != 1 or not re.fullmatch(r"※ 来源:·WWW 未名空间站 网址：mitbbs\.com·\[FROM: \d{1,3}\.xx\.xx\.\d{1,3}\]", sig[0]) or "--" not in blk: E(f, f"post {n + 1}: signature «--» / «※ 来源:·WWW 未名空间站 …[FROM: a.xx.xx.d]»")
        for j, l in enumerate(blk):
            qm = re.fullmatch(r"【 在 ([\w.]+) \(([^)]+)\) 的大作中提到: 】", l)
            if qm:
                ql = blk[j + 1][2:] if j + 1 < len(blk) and blk[j + 1].startswith(": ") else None
                if not ql or not any(u == qm[1] and ql in txt for u, txt in seen): E(f, f"post {n + 1}: quote not from an earlier post of {qm[1]}")
        seen.append((m[1], "\n".join(blk)))
        if n == 0:
            fm = re.fullmatch(r"\[版面:(.+)\]\[首篇作者:([\w.]+)\] , (\d{4})年(\d\d)月(\d\d)日", L[i - 1])
            if not fm or fm[1] != bm[1] or fm[2] != m[1] or not t or (int(fm[3]), int(fm[4]), int(fm[5])) != (t.year, t.month, t.day): E(f, "first-post line «[版面:…][首篇作者:…] , date» not agreeing")
        elif L[i - 1] != "[回复本文][最新回复]": E(f, f"post {n + 1}: «[回复本文][最新回复]» before the head")


# ---------------------------------------------------------------- 1905 Bloguru post with comments (Japanese)
def check_bloguru(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("bloguru ブログル") or L[-1] != "Copyright © bloguru All Rights Reserved.": E(f, "site bar and copyright line")
    pd_ = [i for i, l in enumerate(L[:10]) if re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d", l)]
    if len(pd_) != 1 or not dt_ok(L[pd_[0]], "%Y/%m/%d %H:%M"): E(f, "post date «yyyy/mm/dd hh:mm» under the title"); return
    post = dt_ok(L[pd_[0]], "%Y/%m/%d %H:%M")
    cm = [re.fullmatch(r"いいね！ (\d+)　コメント \((\d+)\)", l) for l in L]
    cm = [(i, m) for i, m in enumerate(cm) if m]
    if len(cm) != 1: E(f, "«いいね！ n　コメント (n)» once"); return
    if not any(re.fullmatch(r"タグ：.+", l) for l in L[:cm[0][0]]): E(f, "«タグ：» line before the counts")
    if "コメントを書く" not in L: E(f, "comment form «コメントを書く»"); return
    ci = [i for i in range(cm[0][0], L.index("コメントを書く")) if re.fullmatch(r".+　\d{4}/\d\d/\d\d \d\d:\d\d", L[i])]
    if len(ci) != int(cm[0][1][2]): E(f, f"«コメント ({cm[0][1][2]})» but {len(ci)} comments")
    prev, names = post, set()
    for i in ci:
        n, d = L[i].rsplit("　", 1)
        t = dt_ok(d, "%Y/%m/%d %H:%M")
        if not t or t <= prev: E(f, f"comment at line {i + 1} not valid or not after the previous / the post")
        else: prev = t
        if not L[i - 1] or L[i + 1] != "": E(f, f"comment at line {i + 1}: text / «name　date» / blank")
        rm = re.match(r"(\S+?)さん、", L[i - 1])
        if rm and rm[1] not in names: E(f, f"comment at line {i + 1} answers nobody above")
        names.add(n)


# ---------------------------------------------------------------- 1906 LinkedIn newsletter article copy (negative, Turkish)
TR_MO = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]


def check_linkedin(f, raw):
    L = lines_of(f, raw)
    if L[1:5] != ["Bülten", "Her ay yayımlanır", L[3], "Abone ol"] or not re.fullmatch(r"\d{1,3}(\.\d{3})* abone", L[3]): E(f, "head «name / Bülten / cadence / n abone / Abone ol»")
    dm = [re.fullmatch(r"Yayınlandı: (\d+) (\w+) (\d{4})", l) for l in L]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in TR_MO or not dt_ok(f"{dm[0][3]}-{TR_MO.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«Yayınlandı: d Ay yyyy» once and valid")
    rm = [re.fullmatch(r"\S+ (\d+) · (\d+) yorum · (\d+) yeniden yayınlama", l) for l in L]
    rm = [m for m in rm if m]
    nc = L.count("Beğen · Yanıtla")
    if len(rm) != 1 or int(rm[0][2]) != nc: E(f, f"reactions line with «n yorum» = the {nc} comments")
    if L[-2:] != [f"{L[0]} bültenine abone olun", "Abone ol"]: E(f, "closing «<name> bültenine abone olun / Abone ol»")
    for j, l in enumerate(L):
        if l == "Beğen · Yanıtla" and (j < 4 or not re.fullmatch(r"\d+ (gün|hafta|ay)", L[j - 2])): E(f, f"comment before line {j + 1}: name / role / age / text")
    for u in re.findall(r"https?://\S+", raw):
        if not u.startswith("https://"): E(f, f"link {u!r} not https")


def shape_checks(f, raw, path):
    n = num(f)
    {1897: check_ucr, 1898: check_uibk, 1899: check_mulberry, 1900: check_uniiso, 1901: check_lontar,
     1902: check_redcap, 1903: check_psi, 1904: check_mitbbs, 1905: check_bloguru,
     1906: check_linkedin}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# /work/rounds/*/expected.json except round188's and round189's, a byte-identical file counted once), and the
# round188/round189 split (candidates sorted by (uses, catalogue title); round188 = even positions from 4 on, one
# unbroken run; round189 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P189S = ["/work/rounds/digests-round189/expected.json", "/work/main/tests/data/digests-round189/expected.json"]
P189 = next((p for p in P189S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P189S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round188", "digests-round189") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round188 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r189 = set()
if P189:
    try:
        r189 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P189)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P189} exists but could not be read (being written?)")
    their_even = sorted(k for k in r189 if pos.get(k, 1) % 2 == 0)
    if r189 & mine and their_even:
        notes.append(f"round189's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r189)} papers at even positions): shared papers not an error here, to be settled by round189: "
                     f"{len(r189 & mine)} shared: {sorted(r189 & mine)}")
    elif r189 & mine: errors.append(f"papers also in round189: {sorted(r189 & mine)}")
shared189 = len(r189 & mine) if P189 else "(no round189 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round188 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round189: {shared189}; papers in more than one round188 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


