#!/usr/bin/env python3
r"""Checks round180/expected.json against the digests and the shared catalogues.

Adapted from round178/validate.py (the label checks are the same code; the reuse report is round178's with round180 /
round181 in place of round178 / round179 and the uses counted over /work/rounds/*/expected.json as well: round180 holds
the even positions from 4; the shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json
and /work/rounds/*/expected.json except round180's and round181's own (by folder name and by bytes), a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round181's expected.json, read from
/work/rounds/digests-round181/ or /work/main/tests/data/digests-round181/ when it exists; no paper in two files).
Every digest is read raw (UTF-8, but 1822 in Windows-1250; 1819 is 7-bit ASCII with CR LF; 1822 has CR LF between
records; line ends kept) and in decoded forms: 1819's two base64 MIME parts in UTF-8 (and the HTML part's text); 1822's
CSV fields; everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched after
whitespace normalisation (TeX braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): READ_AS declares 1819 (base64: nothing of the digest is
readable in the raw mail), 1820 (titles broken over the PDF's lines) and 1825 (two arXiv links only inside
percent-encoded tracking URLs). For these the facts «found only after decoding» / «found only after normalising
whitespace/TeX» are counted on the file's summary line instead of being printed as notes; the same facts in any other
file are notes.

Shape checks (lean, grammar-level): 1817 PUCP «sílabo» (LF; the head PONTIFICIA UNIVERSIDAD CATÓLICA DEL PERÚ and
«SÍLABO yyyy-n»; eight sections I.–VIII. once each and in order; 9 «Campo : valor» fields once each and in order,
«Clave» AAA999 and named in the Campus Virtual breadcrumb, «Créditos» n.nn, «Semestre» = the head's, «Requisitos» with a
code; learning outcomes numbered 1..n; «CAPÍTULO n. … (h horas)» numbered 1..n whose hours = theory hours × class
weeks; «Nota final = (w X + …) / n» with n = the sum of the weights and a legend defining exactly its symbols, the exam
symbols' weeks = the timetable's exam weeks; «Obligatoria» then «Complementaria», APA entries «Apellido, I., … (año).
…» ending with «.» or a URL; the timetable «Semana / Fecha / Tema / Lectura» with 16 weeks numbered 1..16, Mondays 7
days apart from the semester's start, exam weeks without reading, every «Apellido (et al.) (año)» reading naming a
bibliography entry; «Última actualización» valid and before the first week); 1818 gitlab.fbk.eu README (LF; fences
balanced; the awesome badge in the title; one gitlab.fbk.eu project and its pipeline badge; «[TOC]» once before the
first «##»; headings unique, «Licenza» last; «Aggiornata al g mese aaaa» valid; every table «| Articolo | Sede | Anno |
Codice | Note |» with its separator and rows of 5 cells: a linked or plain title, a venue, a year 2000–2025, «—» or
[repo](its GitHub link), a note ending with «.»; footnote references = definitions; GitLab alerts of a known type
followed by «> » lines; <details>/<summary> balanced, braces balanced in the BibTeX block; an issue, a merge request
and a label; handles); 1819 box.az .eml (CR LF only, ASCII; Date / From / To / Subject / Message-ID / MIME-Version /
Content-Type; Date valid with its weekday, +0400; From / To / Subject decode; multipart/alternative with exactly a
text/plain and a text/html part, both UTF-8 base64: lines of 76 (the last shorter), the base64 alphabet, decoding, CR
LF inside; the forward block «---------- Yönləndirilmiş məktub ----------» with Kimdən / Tarix (Azerbaijani date with
the right weekday, not after the mail) / Mövzu / Kimə; Subject = «Fwd: » + Mövzu; Mövzu «Digest for
<group>@googlegroups.com - N updates in M topics» and Kimdən / Kimə the group's address; «Today's topic summary» with
the group and its URL, «[k Update(s)]» agreeing in number; the topic sections = the summary's topics in order, M topics
and N messages; messages «i of k» 1..k per topic with From / Date («Mon d h:mmAM +0400») / Url of this group's topic,
in order and not after the digest; the footer with the membership page and the unsubscribe address; the HTML part: tags
balanced, its links = the plain part's URLs); 1820 UTM thesis copy (LF; lines ≤ 85; page numbers consecutive, after a
blank line, the last closing the text; CONCLUZII GENERALE ȘI RECOMANDĂRI, BIBLIOGRAFIE, ANEXE, DECLARAȚIA PRIVIND
ASUMAREA RĂSPUNDERII once and in order; references under «Surse în limba …» headings (each once), numbered 1..n straight
through, alphabetical inside each group in Romanian order (Cyrillic after Latin); authors «NUME, Prenume.» / «NUME,
Prenume et al.» / «INSTITUȚIE.»; «[online]», «[citat zz.ll.aaaa]» (valid, not after the declaration) and «Disponibil:
https://…» together; ending with «.» unless a URL ends it; ISBN check digits; «pp. a-b» with a < b; the conclusions cite
exactly 1..n; «Anexa 1. …» and a table of equal rows; the declaration with «Subsemnatul» and a valid «Data:»); 1821
Naver Academic BibTeX (LF, no BOM; entries «@type{key,» / «  field={value},» / «}» separated by a blank line; known
types and their required fields; no field twice; braces balanced; year four digits; keys unique «surnameYEARword» with
the entry's year and the first author's surname (Hangul names excepted); authors «Last, First» or a Hangul name;
pages «a--b» with a < b; url http(s); eprint with archivePrefix; ISBN valid; language Korean / English, Korean titles
with language={Korean}); 1822 Firmao CSV (Windows-1250, no BOM; «;», quoted only where needed, CR LF between records,
exactly as written; the Polish header; start and deadline «rrrr-mm-dd gg:mm» valid, start not after the deadline,
meetings and calls within a day; known types, statuses and priorities; «Imię Nazwisko»; a project always with the
same client; rows ordered by deadline); 1823 Ayoba copy (LF; every message «[dd/mm/jjjj, uu:mm] Naam Van: …», lines
without a head continuing it, none like a broken head; dates valid and not decreasing; a quote «> Naam Van: …» only as
a message's first line, quoting an earlier message of that person; text present; at least three people); 1824
Golem.de forum copy (LF; the site head; one breadcrumb «Forum › …» with the article's title under it; «Thema:» and «N
Beiträge» = the posts; posts «Thema: T» then «Re: T» / «Autor:» / «Datum: tt.mm.jj - hh:mm» (valid, increasing) / a
blank line / … / «Antworten | Zitieren | Melden»; quotes «<user> schrieb:», dashes, «> » lines, dashes, quoting an
earlier post of that user; at most one one-line signature after «--»; «Zum Artikel:» = the article; the copyright year
not before the last post); 1825 Bloomreach web version (LF; HTML5 doctype, lang="sk", the charset meta; tags balanced
(HTML5 void elements); «&» only as an entity; every link tracked «https://klik.<domain>/c/<campaign>/<n>?url=<percent-
encoded URL>&amp;cid=<customer>» — one domain, one campaign and customer, n = 1, 2, … in page order — or a direct
arXiv page; the open pixel on the same ids; issue, month and year the same in title and masthead; Slovak weekdays
right; the tracked «Zobraziť v prehliadači» and «Odhlásiť odber», ©); 1826 Webgarden copy (LF; the site name and a
menu with «Blog»; «Blog › <title>», a blank line, the same title, «Publikováno: d. m. rrrr · Autor: … · Rubrika: …»;
«Komentáře (N)» = the comments; comments name / «d. m. rrrr h:mm» / optional «Reakce na: X» naming someone above / text
/ «Odpovědět», after the post and in order; the comment form; the footer «© rrrr <site> · Vytvořeno službou Webgarden»
with the site's name and a year ≥ the last comment's).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue / distractor id or title; a
valid-shaped unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a
label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and
the shape checks."""
import base64, binascii, csv, html, io, json, os, quopri, re, sys, unicodedata
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
# digest kinds read decoded or joined (see the docstring): number -> {"decoded", "joined"}
READ_AS = {1819: {"decoded"}, 1820: {"joined"}, 1825: {"decoded"}}

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


# ---------------------------------------------------------------- 1817 PUCP «sílabo» on Campus Virtual, copied text (Peruvian Spanish)
PUCP_SECT = ["I. INFORMACIÓN GENERAL", "II. SUMILLA", "III. RESULTADOS DE APRENDIZAJE", "IV. PROGRAMA ANALÍTICO",
             "V. METODOLOGÍA", "VI. EVALUACIÓN", "VII. BIBLIOGRAFÍA", "VIII. CRONOGRAMA"]
PUCP_FIELDS = ["Curso", "Clave", "Créditos", "Tipo de curso", "Horas semanales", "Horario", "Requisitos", "Profesores", "Semestre"]


def check_pucp(f, raw):
    L = lines_of(f, raw)
    if L[0] != "PONTIFICIA UNIVERSIDAD CATÓLICA DEL PERÚ": E(f, "page head"); return
    hm = next((re.fullmatch(r"SÍLABO (\d{4}-[12])", l) for l in L[:6] if l.startswith("SÍLABO")), None)
    if not hm: E(f, "no «SÍLABO yyyy-n» in the head"); return
    idx = []
    for s_ in PUCP_SECT:
        h = [i for i, l in enumerate(L) if l == s_]
        if len(h) != 1: E(f, f"section {s_!r} found {len(h)} times"); return
        idx.append(h[0])
    if idx != sorted(idx): E(f, "sections out of order"); return
    at = dict(zip(PUCP_SECT, idx + [len(L)]))
    nxt = {s_: (idx + [len(L)])[i + 1] for i, s_ in enumerate(PUCP_SECT)}
    sec = lambda s_: [l for l in L[at[s_] + 1:nxt[s_]] if l]
    val, pos = {}, []
    for k in PUCP_FIELDS:
        hits = [(i, l) for i, l in enumerate(L[at[PUCP_SECT[0]]:nxt[PUCP_SECT[0]]]) if l.startswith(k + " : ")]
        if len(hits) != 1 or not hits[0][1][len(k) + 3:].strip(): E(f, f"field «{k} : valor» found {len(hits)} times"); continue
        val[k] = hits[0][1][len(k) + 3:]; pos.append(hits[0][0])
    if pos != sorted(pos): E(f, "fields out of order")
    if any(not re.fullmatch(r"[^:]+ : .+", l) for l in sec(PUCP_SECT[0])): E(f, "a line in I. that is not «Campo : valor»")
    if not re.fullmatch(r"[A-Z]{3}\d{3}", val.get("Clave", "")): E(f, "«Clave» not AAA999")
    if f"Campus Virtual PUCP » Mis cursos » {val.get('Clave')} » Sílabo" not in L[:8]: E(f, "breadcrumb does not name the course's Clave")
    cm = re.fullmatch(r"(\d+)\.(\d\d)", val.get("Créditos", ""))
    if not cm or not 1 <= int(cm[1]) <= 10: E(f, "«Créditos»")
    if val.get("Semestre") != hm[1]: E(f, "«Semestre» differs from the head")
    if not re.fullmatch(r"[A-Z]{3}\d{3} .+", val.get("Requisitos", "")): E(f, "«Requisitos» not «AAA999 nombre»")
    th = re.match(r"(\d+) de teoría", val.get("Horas semanales", ""))
    if not th: E(f, "«Horas semanales» without theory hours"); return
    ra = sec(PUCP_SECT[2])[1:]
    if [int(m[1]) for l in ra for m in [re.match(r"(\d+)\. \S", l)] if m] != list(range(1, len(ra) + 1)): E(f, "learning outcomes not numbered 1..n")
    ch = [re.fullmatch(r"CAPÍTULO (\d+)\. .+ \((\d+) horas\)", l) for l in sec(PUCP_SECT[3])]
    if not ch or any(m is None for m in ch) or [int(m[1]) for m in ch] != list(range(1, len(ch) + 1)): E(f, "chapters not «CAPÍTULO n. … (h horas)» numbered 1..n"); ch = []
    ev = sec(PUCP_SECT[5])
    fm = re.fullmatch(r"Nota final = \((.+)\) / (\d+)", ev[0]) if ev else None
    terms = [re.fullmatch(r"(\d+) (\w+)", t) for t in fm[1].split(" + ")] if fm else [None]
    if not fm or any(t is None for t in terms): E(f, "«Nota final = (w X + …) / n»"); return
    if sum(int(t[1]) for t in terms) != int(fm[2]): E(f, "the formula's weights do not add up to its denominator")
    legend = {m[1]: m[2] for l in ev[1:] for m in [re.fullmatch(r"(\w+) : (.+)", l)] if m}
    if len(legend) != len(ev) - 1 or set(legend) != {t[2] for t in terms}: E(f, "the legend does not define exactly the formula's symbols")
    bib = sec(PUCP_SECT[6])
    if not bib or bib[0] != "Obligatoria" or "Complementaria" not in bib or bib.index("Complementaria") < 2: E(f, "«Obligatoria» / «Complementaria»")
    ent = [l for l in bib if l not in ("Obligatoria", "Complementaria")]
    for l in ent:
        m = re.fullmatch(r"- ((?:[A-Z][\w'-]+(?: [a-z]+ [A-Z][\w'-]+)?|von [A-Z]\w+), (?:[A-Z]\.)(?: [A-Z]\.)*(?:, (?:& )?(?:[a-z]+ )?[A-Z][\w'-]+, [A-Z]\.(?: [A-Z]\.)*)*) \((\d{4})\)\. (.+)", l)
        if not m: E(f, f"bibliography entry {l[:50]!r} not APA «Apellido, I., … (año). …»"); continue
        if not (m[3].endswith(".") or re.search(r"https?://\S+$", m[3])): E(f, f"bibliography entry {l[:40]!r} does not end with «.» or a URL")
    rows = [l for l in sec(PUCP_SECT[7]) if not l.startswith("Última actualización")]
    if not rows or rows[0] != "Semana\tFecha\tTema\tLectura": E(f, "timetable header"); return
    prev, exams, cls = None, {}, 0
    for k, l in enumerate(rows[1:], 1):
        c = l.split("\t")
        d = dt_ok(c[1], "%d/%m/%Y") if len(c) == 4 else None
        if len(c) != 4 or c[0] != str(k) or not d: E(f, f"timetable row {l[:40]!r}"); continue
        if d.weekday() != 0: E(f, f"week {k} does not start on a Monday")
        if prev and (d - prev).days != 7: E(f, f"week {k} not 7 days after the previous")
        if k == 1 and (str(d.year) != hm[1][:4] or not (3 <= d.month <= 4 if hm[1].endswith("1") else 8 <= d.month <= 9)): E(f, "first week outside the semester's start")
        prev = d
        em = re.fullmatch(r"Examen (\d)", c[2])
        if em:
            exams[f"Ex{em[1]}"] = k
            if c[3] != "—": E(f, f"exam week {k} with a reading")
        else: cls += 1
        rm = re.match(r"([A-Z][\w'-]+)(?: et al\.| y [A-Z][\w'-]+)? \((\d{4})\)", c[3])
        if rm and not any(e.startswith(f"- {rm[1]},") and f"({rm[2]})" in e for e in ent): E(f, f"reading {c[3]!r} names no bibliography entry")
    if len(rows) - 1 != 16: E(f, f"{len(rows) - 1} weeks, not 16")
    if ch and sum(int(m[2]) for m in ch) != int(th[1]) * cls: E(f, "chapter hours != theory hours × class weeks")
    for s_, txt in legend.items():
        wm = re.search(r"\(semana (\d+)\)", txt)
        if s_.startswith("Ex") and (not wm or exams.get(s_) != int(wm[1])): E(f, f"{s_}: its week is not the timetable's exam week")
    um = [re.fullmatch(r"Última actualización: (\d\d/\d\d/\d{4}) · .+", l) for l in L if l.startswith("Última actualización")]
    ud = dt_ok(um[0][1], "%d/%m/%Y") if len(um) == 1 and um[0] else None
    first = dt_ok(rows[1].split("\t")[1], "%d/%m/%Y") if len(rows) > 1 and len(rows[1].split("\t")) == 4 else None
    if not ud or (first and ud > first): E(f, "«Última actualización» missing, invalid or after the first week")


# ---------------------------------------------------------------- 1818 gitlab.fbk.eu README (awesome list, Markdown tables, Italian)
FBK_HEAD = "| Articolo | Sede | Anno | Codice | Note |"
FBK_SEP = "| --- | --- | --- | --- | --- |"
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def check_fbk(f, raw):
    L = lines_of(f, raw)
    fences = [i for i, l in enumerate(L) if l.startswith("```")]
    if len(fences) % 2: E(f, "code fences unbalanced")
    infence = {j for a, b in zip(fences[::2], fences[1::2]) for j in range(a, b + 1)}
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: E(f, "no awesome badge in the title line")
    projs = set(re.findall(r"https://gitlab\.fbk\.eu/([\w.-]+)/([\w-]+)", raw))
    if len(projs) != 1: E(f, f"gitlab.fbk.eu links to {len(projs)} projects"); return
    g, p = projs.pop()
    if f"[![pipeline status](https://gitlab.fbk.eu/{g}/{p}/badges/main/pipeline.svg)](https://gitlab.fbk.eu/{g}/{p}/-/commits/main)" not in raw: E(f, "pipeline badge")
    heads = [(i, l[3:]) for i, l in enumerate(L) if l.startswith("## ") and i not in infence]
    toc = [i for i, l in enumerate(L) if l.strip() == "[TOC]"]
    if len(toc) != 1 or not heads or toc[0] > heads[0][0]: E(f, "«[TOC]» not once, before the first «##» heading")
    if len({h for _, h in heads}) != len(heads): E(f, "duplicate headings")
    if not heads or heads[-1][1] != "Licenza": E(f, "«## Licenza» not last")
    um = re.search(r"Aggiornata al (\d{1,2}) (\w+) (\d{4})\.", raw)
    try:
        if not um or um[2] not in IT_M: raise ValueError
        dt.date(int(um[3]), IT_M.index(um[2]) + 1, int(um[1]))
    except ValueError: E(f, "«Aggiornata al g mese aaaa» missing or invalid")
    rows = 0
    for n_, (i, h) in enumerate(heads):
        end = heads[n_ + 1][0] if n_ + 1 < len(heads) else len(L)
        body = [l for l in L[i + 1:end] if l]
        if not body or not body[0].startswith("|"): continue
        if body[0] != FBK_HEAD or len(body) < 3 or body[1] != FBK_SEP: E(f, f"table header in «{h}»"); continue
        for l in body[2:]:
            if not l.startswith("|"): break
            c = [x.strip() for x in l.strip("|").split(" | ")]
            if len(c) != 5 or not l.startswith("| ") or not l.endswith(" |"): E(f, f"table row {l[:50]!r}: not 5 cells"); continue
            rows += 1
            if not (re.fullmatch(r"\[[^\[\]]+\]\(https?://\S+\)", c[0]) or "[" not in c[0] and c[0]): E(f, f"title cell {c[0][:40]!r}")
            if not c[1] or not re.fullmatch(r"\d{4}", c[2]) or not 2000 <= int(c[2]) <= 2025: E(f, f"venue / year in {l[:40]!r}")
            cm = re.fullmatch(r"\[([\w.-]+)\]\(https://github\.com/[\w.-]+/([\w.-]+)\)", c[3])
            if c[3] != "—" and (not cm or cm[1] != cm[2]): E(f, f"code cell {c[3][:40]!r}: «—» or [repo](github link to it)")
            if not re.search(r"\.(?:\[\^\w+\])?$", c[4]): E(f, f"note cell {c[4][:40]!r} does not end with «.»")
    if rows < 3: E(f, "fewer than three table rows")
    refs = re.findall(r"\[\^(\w+)\](?!:)", raw)
    defs = re.findall(r"^\[\^(\w+)\]: \S", raw, re.M)
    if sorted(set(refs)) != sorted(defs) or len(set(defs)) != len(defs): E(f, "footnote references and definitions differ")
    for i, l in enumerate(L):
        am = re.fullmatch(r"> \[!(\w+)\]", l)
        if l.startswith("> [!") and (not am or am[1] not in ("note", "tip", "important", "caution", "warning") or i + 1 >= len(L) or not L[i + 1].startswith("> ")): E(f, f"GitLab alert {l!r}")
    if raw.count("<details>") != raw.count("</details>") or raw.count("<summary>") != raw.count("</summary>") or raw.count("<details>") != raw.count("<summary>"): E(f, "<details> / <summary> unbalanced")
    code = "\n".join(L[j] for j in sorted(infence) if not L[j].startswith("```"))
    if code.count("{") != code.count("}"): E(f, "braces unbalanced in the code block")
    if not re.search(r"(?<![\w/&])#\d+", raw) or not re.search(r"(?<![\w/&])!\d+", raw) or not re.search(r"(?<![\w/])~[a-z]+", raw): E(f, "no issue, merge request and label references in «Contribuire»")
    for x in re.findall(r"(?<![\w/&])[#!](\d+)\b", raw):
        if int(x) < 1: E(f, f"issue / merge request reference {x}")
    for u in re.findall(r"(?<![\w/.])@([A-Za-z][\w.]*\w)", raw):
        if not re.fullmatch(r"[a-z]{4,10}", u): E(f, f"maintainer handle @{u}")


# ---------------------------------------------------------------- 1819 box.az forward (UTF-8 base64) of a Google Groups digest
AZ_D = ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"]
AZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"]
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
GG_SEP = "=" * 77


def check_boxaz(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): E(f, "line ends not CR LF throughout")
    if any(ord(c) > 126 for c in raw): E(f, "non-ASCII bytes in the mail")
    head, _, body = raw.partition("\r\n\r\n")
    hd = {}
    for m in re.finditer(r"^([\w-]+): ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", head, re.M):
        hd.setdefault(m[1].lower(), m[2])
    for k in ("date", "from", "to", "subject", "message-id", "mime-version", "content-type"):
        if k not in hd: E(f, f"header {k} missing")
    try: sent = parsedate_to_datetime(hd.get("date", ""))
    except (TypeError, ValueError): sent = None
    if not sent or not hd.get("date", "").startswith(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()] + ",") or not hd["date"].endswith("+0400"): E(f, "Date invalid, wrong weekday or not +0400"); sent = None
    subj = ""
    for k in ("from", "to", "subject"):
        try:
            v = str(make_header(decode_header(hd.get(k, ""))))
            if k == "subject": subj = v
        except Exception: E(f, f"{k} does not decode")
    bm = re.fullmatch(r'multipart/alternative; boundary="([^"]+)"', hd.get("content-type", ""))
    if not bm: E(f, "not multipart/alternative with a quoted boundary"); return
    bd = bm[1]
    parts = body.split(f"--{bd}\r\n")
    if len(parts) != 3 or f"\r\n--{bd}--\r\n" not in parts[-1]: E(f, "not exactly two parts and a closing boundary"); return
    parts[-1] = parts[-1].split(f"--{bd}--\r\n")[0]
    dec = {}
    for p, want in zip(parts[1:], ("text/plain", "text/html")):
        ph, _, pb = p.partition("\r\n\r\n")
        if f"Content-Type: {want}; charset=UTF-8" not in ph or "Content-Transfer-Encoding: base64" not in ph: E(f, f"{want} part headers"); continue
        bl = pb.rstrip("\r\n").split("\r\n")
        if any(len(l) > 76 for l in bl) or any(len(l) != 76 for l in bl[:-1]): E(f, f"{want}: base64 lines not 76 long (the last shorter)")
        if any(not B64L.fullmatch(l) for l in bl): E(f, f"{want}: characters outside base64")
        try: t = base64.b64decode("".join(bl), validate=True).decode("utf-8")
        except (binascii.Error, ValueError, UnicodeDecodeError): E(f, f"{want} part does not decode as UTF-8 base64"); continue
        if re.search(r"(?<!\r)\n", t): E(f, f"{want}: bare LF inside the base64 text (MIME wants CR LF)")
        dec[want] = t.replace("\r\n", "\n")
    MIME_PARTS[f] = list(dec.values())
    if "text/html" in dec:
        MIME_PARTS[f].append(html.unescape(re.sub(r"<[^>]+>", "", dec["text/html"])))
        tc = _TagCheck(); tc.feed(dec["text/html"]); tc.close()
        if tc.stack or tc.bad: E(f, f"HTML part tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    t = dec.get("text/plain")
    if not t: return
    fm = re.search(r"^---------- Yönləndirilmiş məktub ----------\nKimdən: (.+)\nTarix: (\d{1,2}) (\S+) (\d{4}), ([^,\n]+), (\d\d):(\d\d)\nMövzu: (.+)\nKimə: (.+)\n\n", t, re.M)
    if not fm: E(f, "forward block (Kimdən / Tarix / Mövzu / Kimə)"); return
    try: fd = dt.datetime(int(fm[4]), AZ_M.index(fm[3]) + 1, int(fm[2]), int(fm[6]), int(fm[7]))
    except ValueError: E(f, "forward date"); return
    if AZ_D[fd.weekday()] != fm[5]: E(f, f"forward date weekday {fm[5]!r} wrong")
    if sent and fd > sent.replace(tzinfo=None): E(f, "forwarded digest dated after the mail")
    if subj != "Fwd: " + fm[8]: E(f, "Subject != «Fwd: » + Mövzu")
    dm = re.fullmatch(r"Digest for (([\w.-]+)@googlegroups\.com) - (\d+) updates? in (\d+) topics?", fm[8])
    if not dm: E(f, "Mövzu not «Digest for <group>@googlegroups.com - N updates in M topics»"); return
    addr, grp = dm[1], dm[2]
    if addr not in fm[1] or addr not in fm[9]: E(f, "Kimdən / Kimə not the group's address")
    dg = t[fm.end():]
    sm = re.match(rf"{GG_SEP}\nToday's topic summary\n{GG_SEP}\n\nGroup: (\S+)\nUrl:   https://groups\.google\.com/d/forum/([\w.-]+)/topics\n\n((?:  - .+ \[\d+ Updates?\]\n)+)", dg)
    if not sm or sm[1] != addr or sm[2] != grp: E(f, "«Today's topic summary» head (group, URL)"); return
    summ = [re.fullmatch(r"  - (.+) \[(\d+) (Updates?)\]", l) for l in sm[3].rstrip("\n").split("\n")]
    if any((m[3] == "Update") != (m[2] == "1") for m in summ): E(f, "«Update» / «Updates» does not agree with the count")
    tops = re.findall(rf"^{GG_SEP}\nTopic: (.+)\nUrl:   https://groups\.google\.com/d/topic/([\w.-]+)/([\w-]+)/unsubscribe\n{GG_SEP}\n", dg, re.M)
    if [x[0] for x in tops] != [m[1] for m in summ]: E(f, "topic sections != the summary's topics"); return
    if len(tops) != int(dm[4]) or sum(int(m[2]) for m in summ) != int(dm[3]): E(f, "«N updates in M topics» != the digest's topics and messages")
    chunks = re.split(rf"^{GG_SEP}\nTopic: .+\nUrl:   .+\n{GG_SEP}\n", dg, flags=re.M)[1:]
    for (tname, tg, tid), m_, ch in zip(tops, summ, chunks):
        if tg != grp: E(f, f"topic {tname!r}: URL of another group")
        ms = re.findall(r"^---------- (\d+) of (\d+) ----------\nFrom: (.+) <([^>]+)>\nDate: (\w{3}) (\d{1,2}) (\d{1,2}):(\d\d)(AM|PM) \+0400\nUrl:   https://groups\.google\.com/d/msg/([\w.-]+)/([\w-]+)/([\w-]+)\n\n", ch, re.M)
        if [int(x[0]) for x in ms] != list(range(1, int(m_[2]) + 1)) or any(int(x[1]) != int(m_[2]) for x in ms): E(f, f"topic {tname!r}: messages not «i of n» 1..n as the summary counts"); continue
        prev = None
        for x in ms:
            if x[9] != grp or x[10] != tid: E(f, f"topic {tname!r}, message {x[0]}: URL not this group's topic")
            try:
                h = int(x[6]) % 12 + (12 if x[8] == "PM" else 0)
                if not 1 <= int(x[6]) <= 12: raise ValueError
                md = dt.datetime(fd.year, EN_M.index(x[4]) + 1, int(x[5]), h, int(x[7]))
            except ValueError: E(f, f"topic {tname!r}, message {x[0]}: date"); continue
            if prev and md < prev: E(f, f"topic {tname!r}, message {x[0]} dated before the previous")
            if md > fd: E(f, f"topic {tname!r}, message {x[0]} dated after the digest")
            prev = md
    if not re.search(rf"\n{GG_SEP}\nYou received this digest because you're subscribed to updates for this group\. .+\nhttps://groups\.google\.com/d/forum/{re.escape(grp)}/join\nTo unsubscribe from this group and stop receiving emails from it send an email to {re.escape(grp)}\+unsubscribe@googlegroups\.com\.\n$", dg):
        E(f, "digest footer (membership page, unsubscribe address)")
    if "text/html" in dec:
        hu = set(re.findall(r'href="([^"]+)"', dec["text/html"]))
        if hu != set(re.findall(r"https?://[^\s<>&]+", t)): E(f, "HTML part's links != the plain part's URLs")


# ---------------------------------------------------------------- 1820 UTM teză de master, SM ISO 690:2012, PDF copy (Romanian, Moldova)
RO_ABC = "aăâbcdefghiîjklmnopqrsștțuvwxyz"


def ro_key(s):
    return [RO_ABC.index(c) if c in RO_ABC else 100 + ord(c) for c in s.lower() if c.isalpha()]


def check_utm(f, raw):
    L = lines_of(f, raw)
    if any(len(l) > 85 for l in L): E(f, "a line longer than 85")
    nums = [(i, int(l)) for i, l in enumerate(L) if re.fullmatch(r"\d{1,3}", l)]
    if not nums or [n for _, n in nums] != list(range(nums[0][1], nums[0][1] + len(nums))) or nums[-1][0] != len(L) - 1: E(f, "page numbers not consecutive / not closing the last page")
    for i, _ in nums:
        if L[i - 1] != "": E(f, f"page number at line {i + 1} not after a blank line")
    sec = ["CONCLUZII GENERALE ȘI RECOMANDĂRI", "BIBLIOGRAFIE", "ANEXE", "DECLARAȚIA PRIVIND ASUMAREA RĂSPUNDERII"]
    at = [L.index(s) if L.count(s) == 1 else -1 for s in sec]
    if -1 in at or at != sorted(at): E(f, "CONCLUZII…, BIBLIOGRAFIE, ANEXE, DECLARAȚIA… not once each and in order"); return
    pn = {i for i, _ in nums}
    decl = " ".join(L[at[3] + 1:])
    dm = re.search(r"Data: (\d\d\.\d\d\.\d{4})\t", decl)
    ddate = dt_ok(dm[1], "%d.%m.%Y") if dm else None
    if not ddate or "Subsemnatul" not in decl: E(f, "declaration without «Subsemnatul» or a valid «Data:»")
    body = [l for i, l in enumerate(L[at[1] + 1:at[2]], at[1] + 1) if i not in pn]
    groups, cur = [], None
    buf = []
    for l in body + [""]:
        if l.startswith("Surse în limba "):
            cur = (l, []); groups.append(cur); continue
        if l: buf.append(l); continue
        if buf:
            if cur is None: E(f, "a reference before the first «Surse în limba …» heading"); cur = ("?", []); groups.append(cur)
            cur[1].append(" ".join(buf)); buf = []
    refs = [r for _, rs in groups for r in rs]
    if [int(m[1]) if m else -1 for r in refs for m in [re.match(r"(\d+)\. \S", r)]] != list(range(1, len(refs) + 1)): E(f, "references not numbered 1..n straight through"); return
    if len({g for g, _ in groups}) != len(groups): E(f, "a language group twice")
    for g, rs in groups:
        heads = []
        for r in rs:
            b_ = r.split(". ", 1)[1]
            am = re.match(r"([A-ZĂÂÎȘȚА-ЯЁ][A-ZĂÂÎȘȚА-ЯЁ'-]+, [^.,]+?(?: et al\.|\.)|(?:[A-ZĂÂÎȘȚ]+ )*[A-ZĂÂÎȘȚ]+\.) ", b_)
            if not am: E(f, f"author part of {r[:30]!r} («NUME, Prenume.» / «NUME, Prenume et al.» / «INSTITUȚIE.»)"); continue
            heads.append(am[1].split(",")[0].rstrip("."))
            onl, cit, disp = "[online]" in b_, re.findall(r"\[citat (\d\d)\.(\d\d)\.(\d{4})\]", b_), re.findall(r"Disponibil: (\S+)$", b_)
            if not (onl == bool(cit) == bool(disp)): E(f, f"«[online]», «[citat …]» and «Disponibil:» not together in {r[:30]!r}")
            for c_ in cit:
                try:
                    cd = dt.datetime(int(c_[2]), int(c_[1]), int(c_[0]))
                    if ddate and cd > ddate: E(f, f"«[citat]» after the declaration's date in {r[:30]!r}")
                except ValueError: E(f, f"«[citat]» date in {r[:30]!r}")
            for u in disp:
                if not re.fullmatch(r"https://[\w.-]+/\S*", u): E(f, f"URL {u}")
            if not disp and not b_.endswith("."): E(f, f"reference {r[:30]!r} does not end with «.»")
            for ib in re.findall(r"ISBN ([\d-]+)", b_):
                if not isbn_ok(ib): E(f, f"ISBN {ib}")
            for a, b2 in re.findall(r"\bpp\. (\d+)-(\d+)", b_):
                if int(a) >= int(b2): E(f, f"pages in {r[:30]!r}")
        if heads != sorted(heads, key=ro_key): E(f, f"references of «{g}» not in alphabetical order")
    concl = " ".join(L[at[0] + 1:at[1]])
    cited = {int(x) for g in re.findall(r"\[(\d+(?:, \d+)*)\]", concl) for x in g.split(", ")}
    if cited != set(range(1, len(refs) + 1)): E(f, f"the conclusions cite {sorted(cited)}, not exactly 1..{len(refs)}")
    an = [l for i, l in enumerate(L[at[2] + 1:at[3]], at[2] + 1) if i not in pn and l]
    if not an or not re.fullmatch(r"Anexa 1\. .+", an[0]): E(f, "«Anexa 1. …»")
    tb = [l for l in an if "\t" in l]
    if not tb or len({len(l.split("\t")) for l in tb}) != 1: E(f, "annex table: rows with different cell counts")


# ---------------------------------------------------------------- 1821 Naver Academic BibTeX export (Korean)
BIB_REQ = {"article": {"title", "author", "journal", "year"}, "inproceedings": {"title", "author", "booktitle", "year"},
           "book": {"title", "author", "publisher", "year"}, "mastersthesis": {"title", "author", "school", "year"},
           "phdthesis": {"title", "author", "school", "year"}, "misc": {"title"}}
HANGUL = r"[\uac00-\ud7a3]"


def check_naver(f, raw):
    L = lines_of(f, raw)
    if raw.startswith("\ufeff"): E(f, "a BOM")
    ents = raw.rstrip("\n").split("\n\n")
    keys_ = []
    for k, en in enumerate(ents, 1):
        ls = en.split("\n")
        hm = re.fullmatch(r"@(\w+)\{([^,\s]+),", ls[0])
        if not hm or ls[-1] != "}": E(f, f"entry {k}: not «@type{{key,» … «}}»"); continue
        typ, key = hm[1], hm[2]
        if typ not in BIB_REQ: E(f, f"entry {key}: type {typ}"); continue
        keys_.append(key)
        fl = {}
        for j, l in enumerate(ls[1:-1]):
            fm = re.fullmatch(r"  (\w+)=\{(.*)\}(,?)", l)
            if not fm: E(f, f"entry {key}: field line {l[:40]!r}"); continue
            if (fm[3] == ",") != (j < len(ls) - 3): E(f, f"entry {key}: commas between fields"); 
            v = fm[2]; depth = 0
            for ch in v:
                depth += (ch == "{") - (ch == "}")
                if depth < 0: break
            if depth != 0: E(f, f"entry {key}: braces unbalanced in {fm[1]}")
            if fm[1] in fl: E(f, f"entry {key}: field {fm[1]} twice")
            fl[fm[1]] = v
        if not BIB_REQ[typ] <= set(fl): E(f, f"entry {key}: missing {sorted(BIB_REQ[typ] - set(fl))}")
        if not re.fullmatch(r"\d{4}", fl.get("year", "0000")): E(f, f"entry {key}: year")
        km = re.fullmatch(r"([a-z]+)(\d{4})([a-z0-9]+)", key)
        au = fl.get("author", "").split(" and ")
        for a in au:
            if not (re.fullmatch(r"[^,]+, [^,]+", a) or re.fullmatch(HANGUL + r"{2,4}", a)): E(f, f"entry {key}: author {a!r} not «Last, First» or a Hangul name")
        if not km or km[2] != fl.get("year"): E(f, f"entry {key}: key not «surnameYEARword» with the entry's year")
        elif not re.fullmatch(HANGUL + "+", au[0]) and km[1] != re.sub(r"[^a-z]", "", au[0].split(",")[0].lower()): E(f, f"entry {key}: key not from the first author's surname")
        if "pages" in fl:
            pm = re.fullmatch(r"(\d+)--(\d+)", fl["pages"])
            if not pm or int(pm[1]) >= int(pm[2]): E(f, f"entry {key}: pages {fl['pages']!r}")
        if "url" in fl and not re.fullmatch(r"https?://\S+", fl["url"]): E(f, f"entry {key}: url")
        if ("eprint" in fl) != ("archivePrefix" in fl): E(f, f"entry {key}: eprint without archivePrefix (or the reverse)")
        if "isbn" in fl and not isbn_ok(fl["isbn"]): E(f, f"entry {key}: ISBN {fl['isbn']}")
        if "language" in fl and fl["language"] not in ("Korean", "English"): E(f, f"entry {key}: language {fl['language']!r}")
        if re.search(HANGUL, fl.get("title", "")) and fl.get("language") != "Korean": E(f, f"entry {key}: Korean title without language={{Korean}}")
    if len(set(keys_)) != len(keys_): E(f, "duplicate keys")


# ---------------------------------------------------------------- 1822 Firmao tasks CSV export (Windows-1250, «;», CR LF; Polish)
FM_HEAD = ["Nazwa zadania", "Typ", "Status", "Priorytet", "Data rozpoczęcia", "Termin", "Projekt", "Osoba odpowiedzialna", "Kontrahent", "Opis"]
FM_TYPES = {"Zadanie", "Spotkanie", "Telefon", "E-mail"}
FM_STATUS = {"Nowe", "W realizacji", "Zakończone", "Anulowane"}
FM_PRIO = {"Niski", "Normalny", "Wysoki", "Pilny"}


def check_firmao(f, raw):
    if RAW_BYTES.get(f, b"").startswith(b"\xef\xbb\xbf") or raw.startswith("\ufeff") or not raw.endswith("\r\n") or re.search(r"\r(?!\n)", raw): E(f, "BOM, a bare CR or no final CR LF")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    CSV_FIELDS[f] = [x for r in rows for x in r]
    o = io.StringIO(); csv.writer(o, delimiter=";", lineterminator="\r\n").writerows(rows)
    if o.getvalue() != raw: E(f, "not written as the export writes it («;», quoted only where needed, CR LF between records)")
    if not rows or rows[0] != FM_HEAD: E(f, "header"); return
    if any(len(r) != len(FM_HEAD) for r in rows[1:]): E(f, "row length"); return
    proj, dues = {}, []
    for r in rows[1:]:
        s, d = dt_ok(r[4], "%Y-%m-%d %H:%M"), dt_ok(r[5], "%Y-%m-%d %H:%M")
        if not s or not d: E(f, f"{r[0]!r}: dates {r[4]!r} / {r[5]!r}"); continue
        if s > d: E(f, f"{r[0]!r}: starts after its deadline")
        if r[1] in ("Spotkanie", "Telefon") and s.date() != d.date(): E(f, f"{r[0]!r}: a meeting / call over several days")
        if r[1] not in FM_TYPES: E(f, f"{r[0]!r}: type {r[1]!r}")
        if r[2] not in FM_STATUS: E(f, f"{r[0]!r}: status {r[2]!r}")
        if r[3] not in FM_PRIO: E(f, f"{r[0]!r}: priority {r[3]!r}")
        if not re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+ [A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż-]+", r[7]): E(f, f"{r[0]!r}: person {r[7]!r}")
        if proj.setdefault(r[6], r[8]) != r[8]: E(f, f"project {r[6]!r} with another client")
        if not r[0].strip(): E(f, "a task without a name")
        dues.append(d)
    if dues != sorted(dues): E(f, "rows not ordered by deadline («Termin»)")


# ---------------------------------------------------------------- 1823 Ayoba group chat, copied messages (Afrikaans)
AY_HEAD = re.compile(r"\[(\d\d)/(\d\d)/(\d{4}), (\d\d):(\d\d)\] ([^:\n]+?): (.*)")


def check_ayoba(f, raw):
    L = lines_of(f, raw)
    if not L or not AY_HEAD.fullmatch(L[0]): E(f, "the copy does not start with a message head"); return
    msgs = []
    for l in L:
        m = AY_HEAD.fullmatch(l)
        if m: msgs.append([m, [m[7]]])
        else:
            if re.match(r"\[\d", l): E(f, f"a line like a broken head: {l[:30]!r}")
            msgs[-1][1].append(l)
    prev, said = None, {}
    for m, body in msgs:
        try: d = dt.datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4]), int(m[5]))
        except ValueError: E(f, f"head date/time {m[0][:22]!r}"); continue
        if prev and d < prev: E(f, f"{m[0][:22]!r} before the previous message")
        prev = d
        who = m[6]
        if not re.fullmatch(r"[A-Z][a-zê'-]+(?: [a-z]+)? [A-Z][a-zê'-]+", who): E(f, f"sender {who!r} not «Naam Van»")
        text = body
        if body[0].startswith("> "):
            qm = re.fullmatch(r"> ([^:]+): (.+)", body[0])
            if not qm or not any(qm[2] in t for t in said.get(qm[1], [])): E(f, f"quote {body[0][:40]!r} names no earlier message of that person")
            text = body[1:]
        if any(x.startswith("> ") for x in text): E(f, f"a quote line inside the text of {m[0][:22]!r}")
        if not any(x.strip() for x in text): E(f, f"message {m[0][:22]!r} without text")
        said.setdefault(who, []).append("\n".join(text))
    if len(said) < 3: E(f, "fewer than three people")


# ---------------------------------------------------------------- 1824 Golem.de forum thread, copied text (German)
GOLEM_DASH = "-" * 80


def check_golem(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["Golem.de", "IT-News für Profis"] or "Forum" not in L[2]: E(f, "site head")
    bc = [i for i, l in enumerate(L) if l.startswith("Forum › ")]
    if len(bc) != 1 or L[bc[0] + 1] != "" or not L[bc[0] + 2]: E(f, "breadcrumb «Forum › …» and the article's title under it"); return
    art = L[bc[0] + 2]
    tm = next((re.fullmatch(r"Thema: (.+)", l) for l in L[bc[0] + 3:bc[0] + 6] if l.startswith("Thema: ")), None)
    cm = next((re.fullmatch(r"Neues Thema \| Ansicht umschalten \| (\d+) Beiträge?", l) for l in L if l.startswith("Neues Thema")), None)
    if not tm or not cm: E(f, "«Thema:» line / «Neues Thema | … | N Beiträge»"); return
    topic = tm[1]
    heads = [i for i, l in enumerate(L) if l.startswith("Autor: ")]
    if int(cm[1]) != len(heads): E(f, "«N Beiträge» != the posts")
    prev, said = None, {}
    for n_, i in enumerate(heads):
        subj = L[i - 1]
        if subj != (f"Thema: {topic}" if n_ == 0 else f"Re: {topic}"): E(f, f"post {n_ + 1}: subject {subj!r}")
        dm = re.fullmatch(r"Datum: (\d\d\.\d\d\.\d\d - \d\d:\d\d)", L[i + 1]) if i + 1 < len(L) else None
        d = dt_ok(dm[1], "%d.%m.%y - %H:%M") if dm else None
        if not d or L[i + 2] != "": E(f, f"post {n_ + 1}: «Datum: tt.mm.jj - hh:mm» and a blank line"); continue
        if prev and d <= prev: E(f, f"post {n_ + 1} not after the previous")
        prev = d
        who = L[i][7:]
        end = next((j for j in range(i + 3, len(L)) if L[j] == "Antworten | Zitieren | Melden"), None)
        nxt = heads[n_ + 1] - 1 if n_ + 1 < len(heads) else len(L)
        if end is None or end > nxt: E(f, f"post {n_ + 1}: no «Antworten | Zitieren | Melden»"); continue
        blk = L[i + 3:end]
        j = 0
        if blk and blk[0].endswith(" schrieb:"):
            q = blk[0][:-9]
            k = blk.index(GOLEM_DASH, 2) if GOLEM_DASH in blk[2:] else -1
            ql = blk[2:k] if k > 0 else []
            if len(blk) < 2 or blk[1] != GOLEM_DASH or k < 0 or not ql or any(not x.startswith("> ") for x in ql): E(f, f"post {n_ + 1}: quote block («… schrieb:», dashes, «> » lines, dashes)")
            elif not any(all(x[2:] in t for x in ql) for t in said.get(q, [])): E(f, f"post {n_ + 1}: quote of {q!r} matches no earlier post of that user")
            j = k + 1 if k > 0 else 1
        text = blk[j:]
        if text.count("--") > 1: E(f, f"post {n_ + 1}: two signatures")
        if "--" in text:
            s = text.index("--")
            if s + 2 != len(text) - 1 or not text[s + 1] or text[-1] != "": E(f, f"post {n_ + 1}: signature not one line after «--»")
            text = text[:s]
        if not any(x.strip() for x in text) or any(x.startswith("> ") for x in text): E(f, f"post {n_ + 1}: no text / a stray quote line")
        said.setdefault(who, []).append("\n".join(text))
    if f"Zum Artikel: {art}" not in L: E(f, "«Zum Artikel:» does not name the article")
    cp = re.fullmatch(r"© 1997–(\d{4}) Golem\.de\. Alle Rechte vorbehalten\.", L[-1])
    if not cp or (prev and int(cp[1]) < prev.year): E(f, "copyright line / year")


# ---------------------------------------------------------------- 1825 Bloomreach Engagement newsletter web version, saved HTML (Slovak)
SK_D = ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"]
SK_M = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]
SK_MN = ["január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september", "október", "november", "december"]


class _TagCheck5(_TagCheck):
    """_TagCheck for HTML5: void elements need no end tag"""
    def handle_startendtag(s, t, a): pass


def check_bloomreach(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html lang="sk">' not in raw or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang / charset")
    tc = _TagCheck5(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: E(f, f"tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    if re.search(r"&(?![a-z]+;|#\d+;)", raw): E(f, "a bare «&»")
    trk = re.compile(r"https://klik\.([\w.-]+)/c/([0-9a-f]{24})/(\d+)\?url=([^&\"\s]+)&amp;cid=([0-9a-f]{24})")
    doms, ids, nos = set(), set(), []
    for u in re.findall(r'href="([^"]+)"', raw):
        m = trk.fullmatch(u)
        if m:
            doms.add(m[1]); ids.add((m[2], m[5])); nos.append(int(m[3]))
            if not re.fullmatch(r"https?://\S+", unquote(m[4])) or "/" in m[4] or ":" in m[4]: E(f, f"tracked link {m[3]}: target not a percent-encoded URL")
        elif not re.fullmatch(r"https?://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}(?:v\d+)?", u): E(f, f"a link neither tracked nor a direct arXiv page: {u[:50]}")
    if len(doms) != 1 or len(ids) != 1 or nos != list(range(1, len(nos) + 1)): E(f, "tracked links: one domain, one campaign / customer, numbers 1, 2, … in page order")
    px = re.findall(r'<img src="https://klik\.([\w.-]+)/o/([0-9a-f]{24})\.gif\?cid=([0-9a-f]{24})" width="1" height="1"', raw)
    if len(px) != 1 or px[0][0] not in doms or (px[0][1], px[0][2]) not in ids: E(f, "open pixel (same domain, campaign and customer)")
    t = re.search(r"<title>Neurón č\. (\d+) – (\S+) (\d{4})</title>", raw)
    m = re.search(r"Newsletter \w+ · č\. (\d+) · (\S+) (\d{4})</p>", raw)
    if not t or not m or t.groups() != m.groups() or t[2] not in SK_MN: E(f, "issue / month / year differ between title and masthead")
    for wd, d, mo, y in re.findall(r"(" + "|".join(SK_D) + r") (\d{1,2})\. (\S+) (\d{4})", raw):
        try:
            if mo not in SK_M or SK_D[dt.date(int(y), SK_M.index(mo) + 1, int(d)).weekday()] != wd: E(f, f"weekday of {d}. {mo} {y}")
        except ValueError: E(f, f"date {d}. {mo} {y}")
    if not re.search(r'<a href="https://klik\.[^"]+">Odhlásiť odber</a>', raw) or not re.search(r"© \d{4} ", raw): E(f, "footer (tracked «Odhlásiť odber», ©)")
    if not re.search(r'<a href="https://klik\.[^"]+">Zobraziť v prehliadači</a>', raw): E(f, "no tracked «Zobraziť v prehliadači» link")


# ---------------------------------------------------------------- 1826 Webgarden blog post with comments, copied text (negative, Czech)
def cz_dt(s):
    m = re.fullmatch(r"(\d{1,2})\. (\d{1,2})\. (\d{4}) (\d{1,2}):(\d\d)", s)
    if not m: return None
    try: return dt.datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4]), int(m[5]))
    except ValueError: return None


def check_webgarden(f, raw):
    L = lines_of(f, raw)
    site = L[0]
    if not site or "Blog" not in L[1].split(" | "): E(f, "site head and menu")
    bi = next((i for i, l in enumerate(L) if l.startswith("Blog › ")), None)
    if bi is None: E(f, "no «Blog › <title>» breadcrumb"); return
    title = L[bi][7:]
    pm = re.fullmatch(r"Publikováno: (\d{1,2})\. (\d{1,2})\. (\d{4}) · Autor: (.+) · Rubrika: .+", L[bi + 3]) if len(L) > bi + 3 else None
    if L[bi + 1] != "" or L[bi + 2] != title or not pm: E(f, "title (= the breadcrumb's) and «Publikováno: … · Autor: … · Rubrika: …» under the breadcrumb"); return
    try: post = dt.datetime(int(pm[3]), int(pm[2]), int(pm[1]), 23, 59)
    except ValueError: E(f, "post date"); return
    ci = next((i for i, l in enumerate(L) if l.startswith("Komentáře (")), None)
    cm = re.fullmatch(r"Komentáře \((\d+)\)", L[ci]) if ci is not None else None
    fi = L.index("Přidat komentář") if "Přidat komentář" in L else None
    if not cm or fi is None or fi < ci: E(f, "«Komentáře (N)» / «Přidat komentář»"); return
    if L[fi:fi + 5] != ["Přidat komentář", "Jméno:", "E-mail (nezveřejní se):", "Text komentáře:", "Odeslat"]: E(f, "comment form")
    ds = [i for i in range(ci + 1, fi) if cz_dt(L[i])]
    if int(cm[1]) != len(ds): E(f, "«Komentáře (N)» != the comments")
    prev, seen = post.replace(hour=0, minute=0), {pm[4]}
    for i in ds:
        d = cz_dt(L[i])
        if d <= prev: E(f, f"comment {L[i]} not after the previous / the post")
        prev = d
        j = i + 1
        if L[j].startswith("Reakce na: "):
            if L[j][11:] not in seen: E(f, f"«{L[j]}» names nobody above")
            j += 1
        if not L[i - 1].strip() or not L[j].strip() or L[j + 1] != "Odpovědět" or L[j + 2] != "": E(f, f"comment at {L[i]}: name, text and «Odpovědět»")
        seen.add(L[i - 1])
    fm = re.fullmatch(r"© (\d{4}) (.+) · Vytvořeno službou Webgarden", L[-1])
    if not fm or fm[2] != site or int(fm[1]) < prev.year: E(f, "footer (year, site name, «Vytvořeno službou Webgarden»)")


def shape_checks(f, raw, path):
    n = num(f)
    {1817: check_pucp, 1818: check_fbk, 1819: check_boxaz, 1820: check_utm, 1821: check_naver,
     1822: check_firmao, 1823: check_ayoba, 1824: check_golem, 1825: check_bloomreach,
     1826: check_webgarden}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
CHARSET = {1822: "cp1250"}


def read_raw(f, path):
    b = open(path, "rb").read()
    RAW_BYTES[f] = b
    return b.decode(CHARSET.get(num(f), "utf-8"))


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else [])
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
# /work/rounds/*/expected.json except round180's and round181's, a byte-identical file counted once), and the
# round180/round181 split (candidates sorted by (uses, catalogue title); round180 = even positions from 4 on, one
# unbroken run; round181 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P181S = ["/work/rounds/digests-round181/expected.json", "/work/main/tests/data/digests-round181/expected.json"]
P181 = next((p for p in P181S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P181S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round180", "digests-round181") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round180 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r181 = set()
if P181:
    try:
        r181 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P181)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P181} exists but could not be read (being written?)")
    their_even = sorted(k for k in r181 if pos.get(k, 1) % 2 == 0)
    if r181 & mine and their_even:
        notes.append(f"round181's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r181)} papers at even positions): shared papers not an error here, to be settled by round181: "
                     f"{len(r181 & mine)} shared: {sorted(r181 & mine)}")
    elif r181 & mine: errors.append(f"papers also in round181: {sorted(r181 & mine)}")
shared181 = len(r181 & mine) if P181 else "(no round181 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    rd = ", ".join(f"{how} {EXPECTED_SEEN[(f, how)]}" for how in sorted(READ_AS.get(num(f), ())) if EXPECTED_SEEN[(f, how)])
    print(f"{f:112s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else "") + (f" [read {rd}]" if rd else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round180 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round181: {shared181}; papers in more than one round180 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


