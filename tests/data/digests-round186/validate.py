#!/usr/bin/env python3
r"""Checks round186/expected.json against the digests and the shared catalogues.

Adapted from round184/validate.py (the label checks are the same code; the reuse report is round184's with round186 /
round187 in place of round184 / round185: round186 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round186's and
round187's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round187's expected.json, read from /work/rounds/digests-round187/ or
/work/main/tests/data/digests-round187/ when it exists; no paper in two files). Every digest is read raw (UTF-8; line
ends kept: 1879 is 7-bit ASCII with CR LF, 1881's RIS lines and 1882's rows end in CR LF) and in decoded forms: 1879's
quoted-printable body in UTF-8; 1882's CSV fields; everything with HTML entities undone once and twice and
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1879 (quoted-printable: titles and links
broken by soft line breaks, «=3D» in the OpenReview URL). For it the facts «found only after decoding» are counted on the
file's summary line instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean, grammar-level): 1877 UMSA programa analítico (LF; the head; footers «Página n de N» 1..N closing the
text; sections I–VIII once and in order; «Carga horaria: n horas semanales (teoría a, práctica b)» with n = a + b;
«Gestión académica: I|II/aaaa»; units «UNIDAD n: …» numbered 1..n with topics «n.k ….» numbered 1..k; the evaluation
«…: n %» adding up to «Total: 100 %»; «Básica» / «Complementaria» numbered 1..n across both; the cronograma «Semana n» /
«Semanas a-b» contiguous over weeks 1..18, naming existing units; «La Paz, d de mes de aaaa» valid); 1878 version.aalto.fi
README (LF; fences balanced; a Mermaid block; the awesome badge in the title; one version.aalto.fi project and its
pipeline badge; headings unique, «Sisällys» first, «Lisenssi» last; the index = the other headings in order, each anchor
GitLab's slug; every in-page anchor naming a heading; «Päivitetty d. kuukautta aaaa.» valid; table rows of 4 cells with a
year 1990–2026, a key idea ending with «.», «—» or [repo](its GitHub link); task items «- [ ] / - [x] … (#n)»;
handles lower-case; a merge request «!n» and a label «~name»; link targets http(s) or anchors); 1879 Libero Mail forward
(CR LF only, ASCII; header fields once, Date valid with its weekday and Rome's offset for that day (+0100 / +0200 by the
EU rule), From «Name <…@libero.it>», Message-ID @webmail.libero.it, X-Mailer Libero Mail, text/plain UTF-8
quoted-printable (lines ≤ 76, no bare «=», no trailing blanks, decoding); the forward block «---------- Messaggio
inoltrato ----------» / «Da: / Data: / A: / Oggetto:», Subject = «I: » + Oggetto, sent to the forwarder, its Italian date
valid with its weekday and before the forward; the digest «<lista> Digest, Vol n, Numero k»: «Argomenti del giorno»
numbered 1..n, one «Messaggio: i» per topic with the topic's sender and subject, the footer «Fine di …»); 1880 Style
Manual references (LF; footers «<paper> | Page n» after a blank line, one paper, consecutive, closing the text; «5
Discussion» then «References»; entries alphabetical, «Family I, … and Family I (yyyy) …» without «, and» or full stops
in initials, article titles in single quotation marks, ending with «.» or a URL after «accessed d Month yyyy.», accessed
dates valid and not after March 2026, page ranges a–b with a < b; every citation «(Name [and Name|et al.] yyyy)» or «Name
[and Name|et al.] (yyyy)» naming one entry, and every entry cited); 1881 Recolecta RIS (CR LF only, ending «ER  - »;
lines «XX  - value» with known tags; records TY … ER with a blank line between; known types; TI once, PY a year, AU
«Family, Given», UR a URL, handles https://hdl.handle.net/n/n; JOUR / CONF from Recolecta (DP); articles ordered by year,
then title; at least 8 records); 1882 CiviCRM CSV (no BOM; parsed strictly and written again exactly as Python's csv
writer writes; the header; activity ids increasing; known types and statuses; dates «YYYY-MM-DD HH:MM» valid and in
order; «Scheduled» not dated before 20 February 2026; added by ≠ with contact; the details one line of balanced HTML with entities
only); 1883 Kakao Agit copy (LF; «아지트» / group / «멤버 n명»; posts «name / 2026년 m월 d일 오전|오후 h:mm / text / 좋아요 n
· 댓글 n», dates valid and in order; comments «name  date» / text after the post and in order, their count = «댓글 n»,
replies «@name» naming someone above; «댓글을 입력하세요» closing every post; no more writers than members); 1884
discourse.julialang.org copy (LF; title / «Machine Learning» / tags; posts «user / Mon d, yyyy / [quote] text /
[Solution] / n like(s)», dates not decreasing; quotes from an earlier post of the user quoted; one «Solution», not on the
first post; the summary «created / last reply / replies / views / users / likes / links» agreeing with the posts);
1885 Qzone copy (LF; «QQ空间» / «…的空间» / a menu with «日志»; «发表于 YYYY-MM-DD HH:MM» once and valid, «分类：» after it;
«阅读(n) 评论(n) 转载 分享» with n = the comments «nickname：text» / «YYYY-MM-DD HH:MM 回复» (after a blank line, valid,
after the post and in order, replies «回复 X：» naming someone above); the footer © with a year ≥ the last comment's);
1886 Get a Newsletter web version (LF; HTML5 doctype, lang sv, charset; tags balanced; «&» only as an entity; the name,
number and month the same in title, h1 and masthead; the calendar's Swedish weekdays right; the footer «Avsluta
prenumeration · Skickat med Get a Newsletter» with the unsubscribe link; https links).
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
READ_AS = {1879: {"decoded"}}

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


# ---------------------------------------------------------------- 1877 UMSA «programa analítico», PDF copy (Bolivian Spanish)
UMSA_HEAD = ["UNIVERSIDAD MAYOR DE SAN ANDRÉS", "FACULTAD DE CIENCIAS PURAS Y NATURALES", "CARRERA DE INFORMÁTICA", "", "PROGRAMA ANALÍTICO"]
UMSA_SECT = ["I. IDENTIFICACIÓN", "II. JUSTIFICACIÓN", "III. OBJETIVOS", "IV. CONTENIDO ANALÍTICO", "V. METODOLOGÍA",
             "VI. EVALUACIÓN", "VII. BIBLIOGRAFÍA", "VIII. CRONOGRAMA"]


def check_umsa(f, raw):
    L = lines_of(f, raw)
    if L[:5] != UMSA_HEAD: E(f, "head (UMSA / Facultad / Carrera / PROGRAMA ANALÍTICO)")
    ft = [(i, re.fullmatch(r"Página (\d+) de (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, int(m[1]), int(m[2])) for i, m in ft if m]
    if not ft or [n for _, n, _ in ft] != list(range(1, len(ft) + 1)) or {t for _, _, t in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «Página n de N» not 1..N, N not their count, or not closing the text")
    B = [l for l in L if not re.fullmatch(r"Página \d+ de \d+", l)]
    idx = []
    for s_ in UMSA_SECT:
        h = [i for i, l in enumerate(B) if l == s_]
        if len(h) != 1: E(f, f"section «{s_}» found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    sec = {s_: [l for l in B[i + 1:j] if l] for s_, i, j in zip(UMSA_SECT, idx, idx[1:] + [len(B)])}
    hm = [re.fullmatch(r"Carga horaria: (\d+) horas semanales \(teoría (\d+), práctica (\d+)\)", l) for l in sec["I. IDENTIFICACIÓN"]]
    hm = [m for m in hm if m]
    if len(hm) != 1 or int(hm[0][1]) != int(hm[0][2]) + int(hm[0][3]): E(f, "«Carga horaria: n horas semanales (teoría a, práctica b)» with n = a + b")
    if not any(re.fullmatch(r"Gestión académica: (I|II)/20\d\d", l) for l in sec["I. IDENTIFICACIÓN"]): E(f, "«Gestión académica: I|II/aaaa»")
    units, sub = [], {}
    for l in sec["IV. CONTENIDO ANALÍTICO"]:
        um = re.fullmatch(r"UNIDAD (\d+): .+", l)
        sm_ = re.fullmatch(r"(\d+)\.(\d+) .+\.", l)
        if um: units.append(int(um[1])); sub[int(um[1])] = []
        elif sm_ and units and int(sm_[1]) == units[-1]: sub[units[-1]].append(int(sm_[2]))
        else: E(f, f"temario line {l[:40]!r} neither «UNIDAD n: …» nor «u.k ….» of the current unit")
    if units != list(range(1, len(units) + 1)) or any(v != list(range(1, len(v) + 1)) for v in sub.values()): E(f, "units or topics not numbered 1..n")
    ev = [re.fullmatch(r"(.+): (\d+) %", l) for l in sec["VI. EVALUACIÓN"]]
    if not all(ev) or not ev or ev[-1][1] != "Total" or sum(int(m[2]) for m in ev[:-1]) != int(ev[-1][2]) or int(ev[-1][2]) != 100:
        E(f, "evaluation «…: n %» lines not adding up to «Total: 100 %»")
    bib = sec["VII. BIBLIOGRAFÍA"]
    if "Básica" not in bib or "Complementaria" not in bib or bib[0] != "Básica" or bib.index("Complementaria") < 2: E(f, "«Básica» / «Complementaria» lists")
    nums = [int(re.match(r"(\d+)\. ", l)[1]) for l in bib if re.match(r"\d+\. ", l)]
    if nums != list(range(1, len(nums) + 1)) or len(nums) != len(bib) - 2: E(f, "bibliography not numbered 1..n across both lists")
    wk = 1
    for l in sec["VIII. CRONOGRAMA"]:
        if l.startswith("La Paz,") or l.startswith("Vo.Bo."): continue
        m = re.fullmatch(r"Semanas? (\d+)(?:-(\d+))?: (.+)", l)
        if not m: E(f, f"cronograma line {l[:40]!r}"); continue
        a, b = int(m[1]), int(m[2] or m[1])
        if a != wk or b < a or (m[2] and b == a) or (not m[2] and l.startswith("Semanas")): E(f, f"cronograma weeks {a}-{b} not contiguous or mislabelled")
        wk = b + 1
        um = re.fullmatch(r"Unidad (\d+)", m[3])
        if um and int(um[1]) not in units: E(f, f"cronograma names unit {um[1]} that does not exist")
    if wk != 19: E(f, "cronograma does not cover weeks 1..18")
    dm = [re.fullmatch(r"La Paz, (\d+) de (\w+) de (\d{4})", l) for l in B]
    dm = [m for m in dm if m]
    ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    if len(dm) != 1 or dm[0][2] not in ES_M or not dt_ok(f"{dm[0][3]}-{ES_M.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«La Paz, d de mes de aaaa» once and valid")


# ---------------------------------------------------------------- 1878 version.aalto.fi README (awesome list, Finnish)
def check_aalto(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: E(f, "code fences not balanced")
    if "```mermaid" not in L or not re.fullmatch(r"(flowchart|graph) (LR|TD|TB|RL|BT)", body_after(L, L.index("```mermaid")) if "```mermaid" in L else ""): E(f, "Mermaid block «flowchart|graph <dir>»")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): E(f, "awesome badge in the title")
    projs = set(re.findall(r"https://version\.aalto\.fi/gitlab/([\w.-]+/[\w.-]+)", raw))
    if len(projs) != 1: E(f, f"not exactly one version.aalto.fi project: {sorted(projs)}")
    elif f"(https://version.aalto.fi/gitlab/{next(iter(projs))}/badges/main/pipeline.svg)" not in raw: E(f, "pipeline badge of the project")
    heads = [l[3:] for l in L if l.startswith("## ")]
    if len(set(heads)) != len(heads): E(f, "headings not unique")
    if not heads or heads[0] != "Sisällys" or heads[-1] != "Lisenssi": E(f, "«Sisällys» first and «Lisenssi» last")
    try:
        i0 = L.index("## Sisällys")
    except ValueError:
        return
    idx = []
    for l in L[i0 + 1:]:
        if l.startswith("```") or l.startswith("## "): break
        m = re.fullmatch(r"- \[(.+)\]\(#(.+)\)", l)
        if m: idx.append((m[1], m[2]))
    if [h for h, _ in idx] != heads[1:]: E(f, "index != the other headings in order")
    for h, a in idx:
        if slug(h) != a: E(f, f"anchor #{a} is not GitLab's slug of «{h}»")
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in {slug(h) for h in heads}: E(f, f"anchor #{a} names no heading")
    FI_M = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
    dm = [re.fullmatch(r"Päivitetty (\d+)\. (\w+) (\d{4})\.", l) for l in L]
    dm = [m for m in dm if m]
    if len(dm) != 1 or dm[0][2] not in FI_M or not dt_ok(f"{dm[0][3]}-{FI_M.index(dm[0][2]) + 1}-{dm[0][1]}", "%Y-%m-%d"): E(f, "«Päivitetty d. kuukautta aaaa.» once and valid")
    for l in L:
        if l.startswith("|") and not re.fullmatch(r"\| --- \| --- \| --- \| --- \|", l):
            c = [x.strip() for x in l.strip("|").split(" | ")]
            if len(c) != 4: E(f, f"table row of {len(c)} cells"); continue
            if c[0] == "Artikkeli": continue
            if not re.fullmatch(r"(19|20)\d\d", c[1]) or not 1990 <= int(c[1]) <= 2026: E(f, f"table year {c[1]!r}")
            if not c[2].endswith("."): E(f, "key idea without a final «.»")
            if c[3] != "—" and not re.fullmatch(r"\[[\w.-]+\]\(https://github\.com/[\w.-]+/[\w.-]+\)", c[3]): E(f, f"code cell {c[3]!r}")
        if l.startswith("- [") and re.match(r"- \[[ x]\] ", l) is None and re.match(r"- \[[^\]]{2,}\]", l) is None: E(f, f"task item {l[:30]!r}")
        if re.match(r"- \[[ x]\] ", l) and not re.search(r"\(#\d+\)$", l): E(f, f"task without its issue: {l[:40]!r}")
    for hnd in re.findall(r"(?<![\w/])@([\w.-]+)", raw):
        if hnd != hnd.lower(): E(f, f"handle @{hnd} not lower-case")
    if not re.search(r"(?<![\w/])!\d+", raw) or not re.search(r"~[a-z-]+", raw): E(f, "no merge request «!n» or label «~name»")
    for u in re.findall(r"\]\(([^)]+)\)", raw):
        if not (u.startswith("https://") or u.startswith("http://") or u.startswith("#")): E(f, f"link target {u!r}")


# ---------------------------------------------------------------- 1879 Libero Mail forward (quoted-printable, Italian)
IT_WD = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MO = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def rome_offset(d):
    def last_sun(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return "+0200" if last_sun(d.year, 3) <= d.date() < last_sun(d.year, 10) else "+0100"


def check_libero(f, raw):
    b = RAW_BYTES[f]
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): E(f, "not CR LF only")
    try: b.decode("ascii")
    except UnicodeDecodeError: E(f, "not 7-bit ASCII")
    if "\r\n\r\n" not in raw: E(f, "no header / body split"); return
    hdr, body = raw.split("\r\n\r\n", 1)
    H = {}
    for l in hdr.split("\r\n"):
        m = re.fullmatch(r"([\w-]+): (.+)", l)
        if not m: E(f, f"header line {l[:40]!r}"); continue
        if m[1] in H: E(f, f"header {m[1]} twice")
        H[m[1]] = m[2]
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "X-Mailer", "Content-Type", "Content-Transfer-Encoding"):
        if k not in H: E(f, f"no {k}")
    dm = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d{4})", H.get("Date", ""))
    md = dt_ok(" ".join(dm.groups()[1:5]), "%d %b %Y %H:%M:%S") if dm else None
    if not md or md.strftime("%a") != dm[1] or rome_offset(md) != dm[6]: E(f, "Date invalid, weekday wrong or not Rome's offset")
    if not re.fullmatch(r"[^<>]+ <[\w.]+@libero\.it>", H.get("From", "")): E(f, "From not «Name <…@libero.it>»")
    if not re.fullmatch(r"<[\d.]+@webmail\.libero\.it>", H.get("Message-ID", "")): E(f, "Message-ID not @webmail.libero.it")
    if H.get("X-Mailer") != "Libero Mail": E(f, "X-Mailer not Libero Mail")
    if H.get("MIME-Version") != "1.0" or H.get("Content-Type") != "text/plain; charset=UTF-8" or H.get("Content-Transfer-Encoding") != "quoted-printable":
        E(f, "MIME headers (1.0, text/plain UTF-8, quoted-printable)")
    for l in body.split("\r\n"):
        if len(l) > 76: E(f, "quoted-printable line longer than 76"); break
        if re.search(r"=(?![0-9A-F]{2}|$)", l): E(f, "a bare «=» in quoted-printable"); break
        if l.endswith(" ") or l.endswith("\t"): E(f, "trailing blank in quoted-printable"); break
    try: t = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
    except Exception as ex: E(f, f"body does not decode: {ex!r}"); return
    MIME_PARTS[f] = [t]
    T_ = t.split("\n")
    try: k = T_.index("---------- Messaggio inoltrato ----------")
    except ValueError: E(f, "no «---------- Messaggio inoltrato ----------»"); return
    fw = T_[k + 1:k + 5]
    if len(fw) < 4 or not fw[0].startswith("Da: ") or not fw[1].startswith("Data: ") or not fw[2].startswith("A: ") or not fw[3].startswith("Oggetto: "):
        E(f, "forward block «Da: / Data: / A: / Oggetto:»"); return
    if H.get("Subject") != "I: " + fw[3][len("Oggetto: "):]: E(f, "Subject != «I: » + the forwarded Oggetto")
    if fw[2][3:] not in H.get("From", ""): E(f, "the forwarded mail was not sent to the forwarder")
    im = re.fullmatch(r"Data: (\w{3}) (\d{1,2}) (\w{3}) (\d{4}) alle ore (\d\d):(\d\d)", fw[1])
    try: idt = dt.datetime(int(im[4]), IT_MO.index(im[3]) + 1, int(im[2]), int(im[5]), int(im[6]))
    except (TypeError, ValueError): E(f, "«Data: gg d mmm aaaa alle ore hh:mm» invalid"); return
    if IT_WD[idt.weekday()] != im[1]: E(f, "forwarded Data weekday wrong")
    if md and idt >= md: E(f, "forwarded mail not before the forward")
    sm_ = re.fullmatch(r"Oggetto: ([\w-]+) Digest, Vol (\d+), Numero (\d+)", fw[3])
    if not sm_: E(f, "Oggetto not «<lista> Digest, Vol n, Numero k»"); return
    rest = T_[k + 5:]
    if "Argomenti del giorno:" not in rest: E(f, "no «Argomenti del giorno:»"); return
    a = rest.index("Argomenti del giorno:")
    topics = []
    for l in rest[a + 1:]:
        if l.startswith("-----"): break
        m = re.fullmatch(r"   (\d+)\. (.+) \((.+)\)", l)
        if m: topics.append((int(m[1]), m[2], m[3]))
    msgs = [(i, l) for i, l in enumerate(rest) if l.startswith("Messaggio: ")]
    if [n for n, _, _ in topics] != list(range(1, len(topics) + 1)) or len(msgs) != len(topics): E(f, "topics not 1..n or not one per message")
    for (n, s, who), (i, l) in zip(topics, msgs):
        if l != f"Messaggio: {n}" or not rest[i + 1].startswith(f"From: {who} <") or rest[i + 2] != f"Subject: {s}": E(f, f"message {n} does not match its topic")
    if f"Fine di {sm_[1]} Digest, Vol {sm_[2]}, Numero {sm_[3]}" not in rest: E(f, "digest footer «Fine di … Digest, Vol n, Numero k»")


# ---------------------------------------------------------------- 1880 Australian Government Style Manual references, PDF copy
def check_stylemanual(f, raw):
    L = lines_of(f, raw)
    ft = [(i, re.fullmatch(r"(.+) \| Page (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, m) for i, m in ft if m]
    if not ft or len({m[1] for _, m in ft}) != 1 or [int(m[2]) for _, m in ft] != list(range(int(ft[0][1][2]), int(ft[0][1][2]) + len(ft))) or ft[-1][0] != len(L) - 1:
        E(f, "footers «<paper> | Page n» not one paper, consecutive, closing the text")
    for i, _ in ft:
        if L[i - 1] != "": E(f, f"footer at line {i + 1} not after a blank line")
    B = [l for l in L if not re.fullmatch(r".+ \| Page \d+", l)]
    if B.count("References") != 1 or B.count("5 Discussion") != 1 or B.index("5 Discussion") > B.index("References"): E(f, "«5 Discussion» then «References», once each"); return
    r0 = B.index("References")
    ents = [l for l in B[r0 + 1:] if l]
    body = " ".join(B[:r0])
    if [e.lower() for e in ents] != sorted(e.lower() for e in ents): E(f, "references not alphabetical")
    keys_ = []
    NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)* [A-Z]{1,3}"
    ACC = r"accessed (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})"
    for e in ents:
        m = re.match(rf"((?:{NAME}, )*{NAME} and {NAME}|{NAME}|[A-Z][\w]+(?: [A-Z][\w]+)+) \((\d{{4}})\) (.+)$", e)
        if not m: E(f, f"entry {e[:50]!r} not «Family I, … and Family I (yyyy) …»"); continue
        if ", and " in m[1] or re.search(r"[A-Z]\.", m[1]): E(f, f"entry {e[:40]!r}: «, and» or initials with full stops")
        rest = m[3]
        if (rest.startswith("'") and not re.match(r"'[^']+', ", rest)) or rest[:1] in ('"', "“", "‘"): E(f, f"entry {e[:40]!r}: title not in single quotation marks")
        if not e.endswith(".") and not re.search(r"\. https?://\S+$", e): E(f, f"entry {e[:40]!r} ends neither with «.» nor a URL")
        if re.search(r"https?://", e) and not re.search(ACC + r"\. https?://\S+$", e): E(f, f"entry {e[:40]!r}: URL without «accessed d Month yyyy.» before it")
        for a in re.finditer(ACC, e):
            d = dt_ok(f"{a[1]} {a[2]} {a[3]}", "%d %B %Y")
            if not d or d > dt.datetime(2026, 3, 31): E(f, f"accessed date {a[0]!r} invalid or after the paper")
        for p, q in re.findall(r"(\d+)–(\d+)", rest.split("accessed")[0]):
            if int(p) >= int(q): E(f, f"pages {p}–{q}")
        fam = [x.rsplit(" ", 1)[0] for x in re.split(r", | and ", m[1])] if re.search(r" [A-Z]{1,3}$", m[1]) else [m[1]]
        keys_.append((fam, m[2]))
    cites = re.findall(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?: and ([A-Z][\w'-]+)| et al\.)? \(?(\d{4})\)?(?=[),;. ]|$)", body)
    cited = set()
    for c in re.finditer(r"\(([A-Z][^()]*?) (\d{4})\)|([A-Z][\w'-]+(?: and [A-Z][\w'-]+| et al\.)?) \((\d{4})\)", body):
        who, y = (c[1], c[2]) if c[1] else (c[3], c[4])
        if re.fullmatch(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?: and [A-Z][\w'-]+| et al\.)?", who) is None: continue
        parts = re.split(r" and | et al\.", who)
        hit = [k for k, (fam, yy) in enumerate(keys_) if yy == y and fam[0] == parts[0].strip() and
               ((" et al." in who and len(fam) > 2) or (" and " in who and len(fam) == 2 and fam[1] == parts[1].strip()) or
                (" and " not in who and " et al." not in who and len(fam) == 1))]
        if len(hit) != 1: E(f, f"citation «{who} {y}» names {len(hit)} entries")
        else: cited.add(hit[0])
    for k, (fam, y) in enumerate(keys_):
        if k not in cited: E(f, f"entry «{fam[0]} {y}» never cited")


# ---------------------------------------------------------------- 1881 Recolecta RIS export (Galician notes)
RIS_TAGS = {"TY", "AU", "TI", "T2", "PY", "KW", "UR", "N1", "DP", "PB", "ER", "DO", "VL", "SP", "EP"}
RIS_TY = {"JOUR", "CONF", "BOOK", "DATA", "COMP", "THES", "RPRT", "GEN"}


def check_ris(f, raw):
    if "\n" in raw.replace("\r\n", "") or "\r" in raw.replace("\r\n", ""): E(f, "not CR LF only")
    if not raw.endswith("ER  - \r\n"): E(f, "does not end with «ER  - » and CR LF")
    L = raw.split("\r\n")[:-1]
    rec, recs = None, []
    for i, l in enumerate(L):
        if l == "":
            if rec is not None: E(f, f"blank line {i + 1} inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: E(f, f"line {i + 1} not «XX  - value»"); continue
        tag, v = m[1], m[2]
        if tag not in RIS_TAGS: E(f, f"unknown tag {tag}")
        if tag == "TY":
            if rec is not None: E(f, f"TY at line {i + 1} inside a record")
            if v not in RIS_TY: E(f, f"type {v!r}")
            rec = {"TY": v, "_": []}
            if recs and L[i - 1] != "": E(f, f"no blank line before the record at line {i + 1}")
            continue
        if rec is None: E(f, f"line {i + 1} outside a record"); continue
        if tag == "ER":
            if v != "": E(f, "ER with a value")
            recs.append(rec); rec = None; continue
        rec["_"].append((tag, v))
        if not v: E(f, f"empty {tag} at line {i + 1}")
    if rec is not None: E(f, "last record not closed")
    for r in recs:
        tags = [t for t, _ in r["_"]]
        for t in ("TI", "PY", "UR", "T2", "PB", "DP"):
            if tags.count(t) > 1: E(f, f"{t} twice in a record")
        if "TI" not in tags: E(f, "record without TI")
        py = dict(r["_"]).get("PY", "")
        if not re.fullmatch(r"(19|20)\d\d", py): E(f, f"PY {py!r}")
        for t, v in r["_"]:
            if t == "AU" and not re.fullmatch(r"[^,]+, [^,]+", v): E(f, f"AU {v!r} not «Family, Given»")
            if t == "UR" and not re.fullmatch(r"https?://\S+", v): E(f, f"UR {v!r}")
            if t == "UR" and "handle" in v and not re.fullmatch(r"https://hdl\.handle\.net/\d+/\d+", v): E(f, f"handle {v!r}")
        if r["TY"] in ("JOUR", "CONF") and dict(r["_"]).get("DP") != "Recolecta": E(f, "a JOUR / CONF record not from Recolecta (DP)")
    art = [(int(dict(r["_"])["PY"]), dict(r["_"])["TI"]) for r in recs if r["TY"] in ("JOUR", "CONF") and re.fullmatch(r"\d{4}", dict(r["_"]).get("PY", "")) and "TI" in dict(r["_"])]
    if art != sorted(art): E(f, "articles not in order of year, then title")
    if len(recs) < 8: E(f, "fewer than 8 records")


# ---------------------------------------------------------------- 1882 CiviCRM activities CSV export (Welsh and English)
CIVI_HEAD = ["Activity ID", "Activity Type", "Subject", "Activity Date", "Activity Status", "Added By", "With Contact", "Details"]


def check_civicrm(f, raw):
    if raw.startswith("\ufeff"): E(f, "a BOM")
    if not raw.endswith("\r\n"): E(f, "no final CR LF")
    try: rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex: E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: E(f, "not written as Python's csv writer writes (minimal quoting, CR LF rows)")
    if not rows or rows[0] != CIVI_HEAD: E(f, "header"); return
    CSV_FIELDS[f] = [x for r in rows for x in r]
    prev_id, prev_d, people = 0, None, set()
    for r in rows[1:]:
        if len(r) != len(CIVI_HEAD): E(f, f"row of {len(r)} fields"); continue
        d = dict(zip(CIVI_HEAD, r))
        if not re.fullmatch(r"\d+", d["Activity ID"]) or int(d["Activity ID"]) <= prev_id: E(f, f"activity id {d['Activity ID']!r} not increasing")
        else: prev_id = int(d["Activity ID"])
        if d["Activity Type"] not in ("Meeting", "Phone Call", "Email", "Follow up"): E(f, f"type {d['Activity Type']!r}")
        if d["Activity Status"] not in ("Scheduled", "Completed", "Cancelled"): E(f, f"status {d['Activity Status']!r}")
        c = dt_ok(d["Activity Date"], "%Y-%m-%d %H:%M")
        if not c or not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", d["Activity Date"]): E(f, f"date {d['Activity Date']!r}"); continue
        if prev_d and c < prev_d: E(f, "activities not in date order")
        prev_d = c
        if d["Activity Status"] == "Scheduled" and c < dt.datetime(2026, 2, 20): E(f, "a scheduled activity in the past of the others")
        if not d["Subject"] or d["Added By"] == d["With Contact"] or not d["Added By"]: E(f, "empty subject, or added by = with contact")
        t = _TagCheckX(); t.feed(d["Details"]); t.close()
        if t.bad or t.stack: E(f, f"activity {d['Activity ID']}: details HTML not balanced")
        if re.search(r"&(?!#?\w+;)", d["Details"]): E(f, f"activity {d['Activity ID']}: a bare «&» in the details HTML")
        if "\r" in d["Details"] or "\n" in d["Details"]: E(f, "a line break inside the details (CiviCRM stores one line of HTML)")


# ---------------------------------------------------------------- 1883 Kakao Agit group posts, copied text (Korean)
KD = re.compile(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일 (오전|오후) (\d{1,2}):(\d\d)")


def kdate(s):
    m = KD.fullmatch(s)
    if not m: return None
    h = int(m[5])
    if not 1 <= h <= 12: return None
    h = h % 12 + (12 if m[4] == "오후" else 0)
    try: return dt.datetime(int(m[1]), int(m[2]), int(m[3]), h, int(m[6]))
    except ValueError: return None


def check_agit(f, raw):
    L = lines_of(f, raw)
    if L[0] != "아지트" or not re.fullmatch(r"멤버 (\d+)명", L[2]) or L[3] != "": E(f, "head «아지트» / group / «멤버 n명»"); return
    i, prev, names, nposts = 4, None, set(), 0
    while i < len(L):
        who, d = L[i], kdate(L[i + 1]) if i + 1 < len(L) else None
        if not d: E(f, f"post at line {i + 1}: no «name / date»"); return
        if prev and d < prev: E(f, f"post at line {i + 1} dated before the previous")
        prev, pd = d, d
        names.add(who); nposts += 1
        j = i + 2
        while j < len(L) and not re.fullmatch(r"좋아요 \d+ · 댓글 \d+", L[j]):
            if KD.search(L[j]): E(f, f"line {j + 1}: a date inside a post text")
            j += 1
        if j >= len(L): E(f, "post without «좋아요 n · 댓글 n»"); return
        nc = int(re.search(r"댓글 (\d+)", L[j])[1])
        if L[j + 1] != "": E(f, f"line {j + 2}: no blank after the counts")
        k, cs, seen = j + 2, 0, [who]
        while k < len(L) and L[k] != "":
            m = re.fullmatch(r"(\S+)  (.+)", L[k])
            cd = kdate(m[2]) if m else None
            if not cd: E(f, f"comment head at line {k + 1} not «name  date»"); return
            if cd <= pd: E(f, f"comment at line {k + 1} not after the previous")
            pd = cd; names.add(m[1])
            at = re.match(r"@(\S+) ", L[k + 1]) if k + 1 < len(L) else None
            if at and at[1] not in seen: E(f, f"comment at line {k + 2} replies to nobody above")
            seen.append(m[1]); cs += 1; k += 2
        if cs != nc: E(f, f"post at line {i + 1}: «댓글 {nc}» but {cs} comments")
        if k + 1 >= len(L) or L[k + 1] != "댓글을 입력하세요": E(f, f"post at line {i + 1}: no «댓글을 입력하세요» after the comments"); return
        i = k + 3
    if len(names) > int(re.fullmatch(r"멤버 (\d+)명", L[2])[1]): E(f, "more people write than «멤버 n명»")


# ---------------------------------------------------------------- 1884 discourse.julialang.org thread, copied text
EN_MD = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})"


def check_julia(f, raw):
    L = lines_of(f, raw)
    if len(L) < 4 or L[1] != "Machine Learning" or L[3] != "": E(f, "head: title / category / tags / blank"); return
    try: s = L.index("created")
    except ValueError: E(f, "no topic summary"); return
    SUMK = ["created", "last reply", "replies", "views", "users", "likes", "links"]
    S = dict(zip(L[s::2], L[s + 1::2]))
    if L[s::2] != SUMK: E(f, "summary keys «created / last reply / replies / views / users / likes / links»"); return
    posts, i, prev = [], 4, None
    while i < s:
        u = L[i]
        d = dt_ok(L[i + 1], "%b %d, %Y") if re.fullmatch(EN_MD, L[i + 1]) else None
        if not re.fullmatch(r"[\w.-]+", u) or not d: E(f, f"post at line {i + 1}: not «user / Mon d, yyyy»"); return
        if prev and d < prev: E(f, f"post at line {i + 1} dated before the previous")
        prev = d
        j = i + 2
        while j < s and L[j] != "": j += 1
        blk = L[i + 2:j]
        lm = re.fullmatch(r"(\d+) likes?", blk[-1] if blk else "")
        if not lm or (int(lm[1]) == 1) != blk[-1].endswith("like"): E(f, f"post at line {i + 1}: last line not «n like(s)»"); return
        if blk and re.fullmatch(r"[\w.-]+:", blk[0]):
            q, qt = blk[0][:-1], blk[1]
            if not any(p[0] == q and qt in "\n".join(p[3]) for p in posts): E(f, f"post at line {i + 1}: quote not from an earlier post of {q}")
            text = blk[2:-1]
        else: text = blk[:-1]
        sol = bool(text) and text[-1] == "Solution"
        posts.append((u, d, int(lm[1]), text[:-1] if sol else text, sol))
        i = j + 1
    if sum(p[4] for p in posts) > 1: E(f, "more than one «Solution»")
    if posts and posts[0][4]: E(f, "the first post marked as the solution")
    dd = lambda d: f"{d:%b} {d.day}, {d.year}"
    if not posts: return
    links = set(re.findall(r"https?://[^\s)>]+", "\n".join("\n".join(p[3]) for p in posts)))
    want = {"created": dd(posts[0][1]), "last reply": dd(posts[-1][1]), "replies": str(len(posts) - 1),
            "users": str(len({p[0] for p in posts})), "likes": str(sum(p[2] for p in posts)), "links": str(len(links))}
    for k, v in want.items():
        if S.get(k) != v: E(f, f"summary «{k}» {S.get(k)!r} != {v!r}")
    if not re.fullmatch(r"\d+", S.get("views", "")) or int(S["views"]) < len(posts): E(f, "views")


# ---------------------------------------------------------------- 1885 Qzone blog post with comments, copied text (Simplified Chinese)
def check_qzone(f, raw):
    L = lines_of(f, raw)
    if L[0] != "QQ空间" or not L[1].endswith("的空间") or "日志" not in L[2].split(" | "): E(f, "head «QQ空间» / «…的空间» / menu with «日志»"); return
    owner = L[1][:-3]
    pm = [(i, dt_ok(l[4:], "%Y-%m-%d %H:%M")) for i, l in enumerate(L) if l.startswith("发表于 ")]
    if len(pm) != 1 or not pm[0][1] or not re.fullmatch(r"发表于 \d{4}-\d\d-\d\d \d\d:\d\d", L[pm[0][0]]): E(f, "«发表于 YYYY-MM-DD HH:MM» once and valid"); return
    if not L[pm[0][0] + 1].startswith("分类："): E(f, "«分类：» after the date")
    cm = [(i, re.fullmatch(r"阅读\((\d+)\) 评论\((\d+)\) 转载 分享", l)) for i, l in enumerate(L)]
    cm = [(i, m) for i, m in cm if m]
    if len(cm) != 1 or "评论" not in L or "发表评论" not in L: E(f, "«阅读(n) 评论(n) 转载 分享», «评论» and «发表评论»"); return
    c0, c1 = L.index("评论"), L.index("发表评论")
    heads = [i for i in range(c0 + 1, c1) if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d 回复", L[i])]
    if int(cm[0][1][2]) != len(heads): E(f, f"«评论({cm[0][1][2]})» but {len(heads)} comments")
    prev, seen = pm[0][1], {owner}
    for i in heads:
        d = dt_ok(L[i][:16], "%Y-%m-%d %H:%M")
        if not d or d <= prev: E(f, f"comment at line {i + 1} not valid or not after the previous / the post")
        else: prev = d
        m = re.fullmatch(r"([^：]+)：(.+)", L[i - 1])
        if not m or L[i - 2] != "": E(f, f"comment at line {i}: blank, «nickname：text», date"); continue
        rm = re.match(r"回复 ([^：]+)：", m[2])
        if rm and rm[1] not in seen: E(f, f"comment at line {i} replies to nobody above")
        seen.add(m[1])
    fm = re.fullmatch(r"© 1998 - (\d{4}) Tencent\. All Rights Reserved\.", L[-1])
    if not fm or int(fm[1]) < prev.year: E(f, "footer «© 1998 - YYYY Tencent. All Rights Reserved.» with a year ≥ the last comment's")


# ---------------------------------------------------------------- 1886 Get a Newsletter web version, saved HTML (negative, Swedish)
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MO = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def check_getanewsletter(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>": E(f, "no HTML5 doctype")
    if '<html lang="sv">' not in L or '<meta charset="utf-8">' not in L: E(f, "lang sv or charset")
    t = _TagCheck5(); t.feed(raw); t.close()
    if t.bad or t.stack: E(f, f"tags not balanced: {t.bad[:3]} {t.stack[:3]}")
    if re.search(r"&(?!#?\w+;)", raw): E(f, "a bare «&»")
    tm = re.search(r"<title>(.+) – Nyhetsbrev nr (\d+), (\w+) (\d{4})</title>", raw)
    hm = re.search(r"<p>Nyhetsbrev nr (\d+) · (\w+) (\d{4})</p>", raw)
    h1 = re.search(r"<h1>(.+)</h1>", raw)
    if not tm or not hm or not h1 or (tm[2], tm[3], tm[4]) != hm.groups() or tm[1] != h1[1] or tm[3] not in SV_MO: E(f, "title and masthead (name, number, month) differ")
    for m in re.finditer(r"<li>(\w+) (\d{1,2}) (\w+):", raw):
        if m[3] not in SV_MO: E(f, f"calendar month {m[3]!r}"); continue
        try: d = dt.date(int(tm[4]) if tm else 2026, SV_MO.index(m[3]) + 1, int(m[2]))
        except ValueError: E(f, f"calendar date {m[0]!r}"); continue
        if SV_WD[d.weekday()] != m[1]: E(f, f"calendar weekday {m[1]} wrong for {m[2]} {m[3]}")
    if not re.search(r'<a href="https://app\.getanewsletter\.com/unsubscribe/[\w/]+">Avsluta prenumeration</a> · Skickat med Get a Newsletter</p>', raw): E(f, "footer «Avsluta prenumeration · Skickat med Get a Newsletter»")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not u.startswith("https://"): E(f, f"link {u!r} not https")


def shape_checks(f, raw, path):
    n = num(f)
    {1877: check_umsa, 1878: check_aalto, 1879: check_libero, 1880: check_stylemanual, 1881: check_ris,
     1882: check_civicrm, 1883: check_agit, 1884: check_julia, 1885: check_qzone,
     1886: check_getanewsletter}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round186's and round187's, a byte-identical file counted once), and the
# round186/round187 split (candidates sorted by (uses, catalogue title); round186 = even positions from 4 on, one
# unbroken run; round187 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P187S = ["/work/rounds/digests-round187/expected.json", "/work/main/tests/data/digests-round187/expected.json"]
P187 = next((p for p in P187S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P187S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round186", "digests-round187") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round186 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r187 = set()
if P187:
    try:
        r187 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P187)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P187} exists but could not be read (being written?)")
    their_even = sorted(k for k in r187 if pos.get(k, 1) % 2 == 0)
    if r187 & mine and their_even:
        notes.append(f"round187's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r187)} papers at even positions): shared papers not an error here, to be settled by round187: "
                     f"{len(r187 & mine)} shared: {sorted(r187 & mine)}")
    elif r187 & mine: errors.append(f"papers also in round187: {sorted(r187 & mine)}")
shared187 = len(r187 & mine) if P187 else "(no round187 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round186 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round187: {shared187}; papers in more than one round186 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


