#!/usr/bin/env python3
r"""Checks round176/expected.json against the digests and the shared catalogues.

Adapted from round174/validate.py (the label checks are the same code; the reuse report is round174's with round176 /
round177 in place of round174 / round175: round176 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round176's and round177's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round177's expected.json, read from
/work/rounds/digests-round177/ or /work/main/tests/data/digests-round177/ when it exists; no paper in two files).
Every digest is read raw (UTF-8; 1779 is 7-bit ASCII, 1782 carries a BOM; line ends kept) and in decoded forms: 1779's
two base64 MIME parts in GB18030 (and the HTML part's text); 1782's CSV fields; everything with HTML entities undone
once and twice and percent-escapes undone. Titles are matched after whitespace normalisation (TeX braces removed) and
case-blind.

Expected reading forms (round156's reporting, unchanged): a digest kind whose text can only be read decoded or joined is
declared in READ_AS — 1779 (base64: no title or link is readable in the raw mail) and 1780 (titles broken over the
PDF's lines). For these the facts «found only after decoding» / «found only after normalising whitespace/TeX» are
counted on the file's summary line instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean): 1777 VŠE InSIS «Sylabus předmětu» copy (LF; the page head; the heading «Sylabus předmětu <kód> -
<název> (<fakulta> - ZS|LS yyyy/yyyy+1)» agreeing with the code, the name and «Semestr»; the 25 fields once each and in
InSIS's order, the first 15 as «label<TAB>value»; credits 1–30; «Rozsah» a/b; the prerequisite «<kód> <název>»; teacher
lines «name (roles)» with tab-indented continuations, the garant among them; «Obsah předmětu» numbered 1..n; «Studijní
zátěž» rows adding up to «Celkem» = 26 h × credits, lecture and seminar hours = 13 × «Rozsah»; assessment shares adding
up to 100 %; the grade scale výborně (1) … nevyhověl (4) contiguous from 100 to 0; the literature table's header and
7-cell rows, types in the order Základní, Doporučená, Doplňující, authors «SURNAME, Given -- …», years not after the
term, ISBN check digits, city and publisher both or neither, «Dostupné z:» https URLs; the timetable's VŠE blocks,
days, types and teachers, lecture blocks × 2 = lecture hours; the last change and the approval in order and before the
term starts); 1778 gitlab.utu.fi README (LF; fences balanced; the awesome badge in the title; every gitlab.utu.fi link in
one project, its pipeline badge; «[[_TOC_]]» once, before the first «##»; headings unique, «Lisenssi» last; item tables
with the fixed header and separator, 5 cells a row: a linked or plain title, «Surname ym.», «[VENUE ]yyyy[, arXiv:id]»,
«–» or a GitHub link whose text is its path, a note ending with «.»; <details> / <summary> balanced; handles @ six lower-
case letters; issue / MR references ≥ 1; the ```bibtex block balanced, keyed by the project, its url the project);
1779 Tencent Exmail .eml (CR LF only, ASCII; Date / From / To / Subject / Message-ID / Mime-Version / Content-Type /
X-QQ-mid / X-Mailer; Date valid with its weekday, +0800; X-QQ-mid's send time = Date; X-Mailer «QQMail 2.x», X-QQ-MIME,
Message-ID «<tencent_…@qq.com>», the business relay's Feedback-ID; gb18030 B-words that decode; multipart/alternative
with QQ's «----=_NextPart_» boundary whose first group is the send time in hex, the preamble, exactly a text/plain and
a text/html part, both gb18030 base64 (lines of 76 but the last, the alphabet, padding only at the end, a blank line
after), decoded in canonical CR LF form; QQ's forward block (Subject = «转发：» + 主题; 发送时间 with the right weekday
and 时段, not after the mail); the Google Groups digest: 主题 «Digest for <group> - N updates in M topics», 发件人 the
group, 收件人 «Digest recipients»; the head, the topic summary = the topics with their message counts and Update /
Updates, messages «i of n» numbered 1..n with From / Date / Url in their topic, dates in order and not after the digest,
quotes «在 … 写道：» naming an earlier message (author, minute) whose lines they quote, the total = N, the
footer; the HTML part: tags balanced, QQ's header box with the same 主题, the digest's URLs = the linked ones, the same
text); 1780 UM FERI thesis copy (LF; lines ≤ 90; every page opening with the same running head and a blank line and
closing with its page number, the numbers consecutive; «6 SKLEP», «VIRI IN LITERATURA», «PRILOGE» once and in order;
references numbered [1]..[n] in alphabetical order with Slovenian collation (č š ž after c s z); each ends with «.»;
«Dostopno na:» https URLs, each followed by «[citirano d. m. llll].» with a valid date; «[na spletu]» pages have one;
others open with «PRIIMEK, Ime» authors — two or three joined with «in», more: three and «et al.»; a «V:» host, a
book «Kraj : Založba, leto. ISBN …» with a valid check digit, or a journal «leto, letn., št., str.»; the text cites
exactly 1..n); 1781 TXYZ BibTeX (LF; no BOM,
no tabs; entries «@type{key,» with two-space «field = {value},» lines, the last without a comma, «}» on its own line;
known types with their required fields; fields known and in TXYZ's order, none twice, braces balanced; authors
«Surname, Given and …» (a braced corporate name allowed); key = first author's surname (ASCII-folded) + year + first
title word; year 4 digits; pages a--b with a < b; eprint with archivePrefix arXiv and a primaryClass and never without;
url an arXiv abs / pdf page or an OpenReview forum, naming the eprint's paper; «arXiv preprint arXiv:<id>» journals;
DOIs «10.n/…»; howpublished «\url{https://…}»; keys unique); 1782 Tripletex CSV (UTF-8 BOM; CR LF only; «;», every
field quoted, exactly as written; the Norwegian header; data rows then «Totalt»; dates valid, «Uke» their ISO week;
rows ordered by date and employee; a project number always with the same name; known activities; hours «n,nn», billable
≤ hours, none on «Intern tid»; comments not empty; ≤ 12 h a day per person; «Totalt» = the sums); 1783 Splus copy
(LF; one blank line between messages; heads «name، [yyyy/mm/dd HH:MM]» in Persian digits with valid Jalali dates (the
33-year leap rule) and times in order; «[در پاسخ به X]» naming an earlier sender; «[هدایت‌شده از …]»; text present, no
marker inside it; at least two people); 1784 gyakorikerdesek.hu copy (LF; the site head; one breadcrumb «Főoldal » …»;
the title ending «?» right above «Figyelt kérdés»; the question date; answers «k/N anonim válasza:» / «k/N A kérdező
kommentje:» numbered 1..N with N their count; anonymous answers with a share «n%» ≤ 100 first and «Hasznos számodra ez
a válasz?» last, the asker's comments with neither; dates «yyyy. hónap. d. HH:MM» valid and after the previous;
«Jelenleg N felhasználó nézi ezt a kérdést.»; related questions ending «?»; the footer year and links); 1785 Adobe
Campaign mirror page (LF; XHTML transitional doctype, lang="el", the charset meta; tags balanced; «&» only as an entity;
every link either tracked «https://t.<domain>/r/?id=h<broadlog>,<delivery>,<url id>» — one domain, one broadlog and
delivery, url ids unique and never 1 — or an arXiv page excluded from tracking; the open-tracking image with url id 1
on the same ids; issue, month and year the same in title and masthead; Greek weekdays of the dates right; the footer
with the tracked opt-out link and ©); 1786 Ingeniøren copy (LF; the site head; «Blogs » <blog>», a blank line, title,
blogger, «d. måned yyyy kl. HH:MM»; «Kommentarer (N)» = the comments, «Log ind for at kommentere»; comments name / date
/ optional «Svar til X» naming someone above / text / «Svar», after the post and in order; the share line; the footer
year ≥ the last comment's).
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
READ_AS = {1779: {"decoded"}, 1780: {"joined"}}

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


# ---------------------------------------------------------------- 1777 VŠE InSIS «Sylabus předmětu», copied text
INSIS_LABELS = ["Kód předmětu:", "Název v jazyce výuky:", "Název česky:", "Název anglicky:", "Semestr:", "Typ předmětu:",
                "Počet kreditů:", "Způsob ukončení:", "Rozsah:", "Jazyk výuky:", "Fakulta:", "Katedra:", "Garant:",
                "Vyučující:", "Doporučené předpoklady:", "Zaměření předmětu:", "Výsledky učení:", "Obsah předmětu:",
                "Studijní zátěž:", "Způsoby a kritéria hodnocení:", "Podrobné informace o hodnocení:", "Literatura:",
                "Rozvrh na období", "Poslední změna:", "Sylabus schválil:"]
VSE_BLOCKS = {("07:30", "09:00"), ("09:15", "10:45"), ("11:00", "12:30"), ("12:45", "14:15"), ("14:30", "16:00"),
              ("16:15", "17:45"), ("18:00", "19:30")}
LIT_TYPES = ["Základní", "Doporučená", "Doplňující"]


def check_insis(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Vysoká škola ekonomická v Praze" or "InSIS" not in L[:4]: E(f, "page head"); return
    hm = next((re.fullmatch(r"Sylabus předmětu (\d[A-Z]{2}\d{3}) - (.+) \((\w+) - (ZS|LS) (\d{4})/(\d{4})\)", l) for l in L if l.startswith("Sylabus předmětu ")), None)
    if not hm or int(hm[6]) != int(hm[5]) + 1: E(f, "heading «Sylabus předmětu <kód> - <název> (<fakulta> - ZS|LS yyyy/yyyy+1)»"); return
    idx = []
    for lab in INSIS_LABELS:
        hits = [i for i, l in enumerate(L) if l.startswith(lab)]
        if len(hits) != 1: E(f, f"field {lab!r} found {len(hits)} times"); return
        idx.append(hits[0])
    if idx != sorted(idx): E(f, "fields out of InSIS's order"); return
    at = dict(zip(INSIS_LABELS, idx))
    val = {}
    for lab in INSIS_LABELS[:15]:
        l = L[at[lab]]
        if not l.startswith(lab + "\t") or not l[len(lab) + 1:].strip(): E(f, f"{lab} not «label<TAB>value»"); continue
        val[lab] = l[len(lab) + 1:]
    if val.get("Kód předmětu:") != hm[1] or val.get("Název v jazyce výuky:") != hm[2]: E(f, "code / name differ from the heading")
    sem = {"ZS": "zimní", "LS": "letní"}[hm[4]]
    if val.get("Semestr:") != f"{sem} semestr {hm[5]}/{hm[6]}": E(f, "«Semestr» differs from the heading")
    cr = int(val["Počet kreditů:"]) if val.get("Počet kreditů:", "").isdigit() else 0
    if not 1 <= cr <= 30: E(f, "credits")
    rz = re.fullmatch(r"(\d+)/(\d+) \(přednášky/cvičení\) \[hodiny/týden\]", val.get("Rozsah:", ""))
    if not rz: E(f, "«Rozsah» a/b (přednášky/cvičení) [hodiny/týden]"); return
    if not re.fullmatch(r"\d[A-Z]{2}\d{3} \S.*", val.get("Doporučené předpoklady:", "")): E(f, "prerequisite «<kód> <název>»")
    teach = [val.get("Vyučující:", "")] + [l[1:] for l in L[at["Vyučující:"] + 1:at["Doporučené předpoklady:"]] if l.startswith("\t")]
    if len(teach) != at["Doporučené předpoklady:"] - at["Vyučující:"]: E(f, "a «Vyučující» continuation line without its tab")
    tnames = []
    for t in teach:
        m = re.fullmatch(r"(.+?) \(((?:přednášející|cvičící|zkoušející|garant)(?:, (?:přednášející|cvičící|zkoušející|garant))*)\)", t)
        if not m: E(f, f"teacher line {t!r}"); continue
        tnames.append(m[1])
    if val.get("Garant:") not in tnames: E(f, "the garant is not among the teachers")
    obs = [l for l in L[at["Obsah předmětu:"] + 1:at["Studijní zátěž:"]] if l]
    if [int(m[1]) for l in obs for m in [re.match(r"(\d+)\.\t\S", l)] if m] != list(range(1, len(obs) + 1)): E(f, "«Obsah předmětu» not numbered «n.<TAB>…» 1..n")
    z = [l for l in L[at["Studijní zátěž:"] + 1:at["Způsoby a kritéria hodnocení:"]] if l]
    if not z or z[0] != "Činnost\tPrůměrný počet hodin za semestr": E(f, "«Studijní zátěž» header"); return
    zr = [re.fullmatch(r"(.+)\t(\d+) h", l) for l in z[1:]]
    if any(m is None for m in zr) or zr[-1][1] != "Celkem": E(f, "«Studijní zátěž» rows «činnost<TAB>N h» ending with «Celkem»"); return
    hours = {m[1]: int(m[2]) for m in zr}
    if sum(int(m[2]) for m in zr[:-1]) != hours["Celkem"]: E(f, "workload rows do not add up to «Celkem»")
    if hours["Celkem"] != 26 * cr: E(f, f"«Celkem» {hours['Celkem']} h != 26 h × {cr} credits")
    w = 13
    lect = next((v for k, v in hours.items() if k.startswith("Účast na přednáškách")), None)
    sem_ = next((v for k, v in hours.items() if k.startswith("Účast na cvičeních")), None)
    if lect != int(rz[1]) * w or sem_ != int(rz[2]) * w: E(f, "lecture / seminar hours != 13 weeks × «Rozsah»")
    hz = [l for l in L[at["Způsoby a kritéria hodnocení:"] + 1:at["Podrobné informace o hodnocení:"]] if l]
    hr = [re.fullmatch(r"(.+)\t(\d+) %", l) for l in hz]
    if not hr or any(m is None for m in hr) or hr[-1][1] != "Celkem" or sum(int(m[2]) for m in hr[:-1]) != int(hr[-1][2]) or int(hr[-1][2]) != 100:
        E(f, "assessment shares do not add up to «Celkem 100 %»")
    det = " ".join(L[at["Podrobné informace o hodnocení:"] + 1:at["Literatura:"]])
    sc = re.findall(r"(výborně|velmi dobře|dobře|nevyhověl) \((\d)\) (\d+)–(\d+) bodů", det)
    if [g for g, *_ in sc] != ["výborně", "velmi dobře", "dobře", "nevyhověl"] or [n for _, n, *_ in sc] != ["1", "2", "3", "4"] or \
            int(sc[0][3]) != 100 or int(sc[-1][2]) != 0 or any(int(sc[i][2]) != int(sc[i + 1][3]) + 1 for i in range(3)):
        E(f, "grade scale not výborně (1) … nevyhověl (4), contiguous from 100 to 0")
    lit = [l for l in L[at["Literatura:"] + 1:at["Rozvrh na období"]] if l]
    if not lit or lit[0] != "Typ\tAutor\tNázev\tMěsto\tVydavatel\tRok\tISBN": E(f, "«Literatura» header"); return
    prev_t = 0
    for r in lit[1:]:
        c = r.split("\t")
        if len(c) != 7: E(f, f"literature row with {len(c)} cells: {r[:40]!r}"); continue
        if c[0] not in LIT_TYPES or LIT_TYPES.index(c[0]) < prev_t: E(f, f"literature type {c[0]!r} / order"); continue
        prev_t = LIT_TYPES.index(c[0])
        if not re.fullmatch(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ'-]+, [^,]+?(?: -- [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ'-]+, [^,]+?)*\.", c[1]): E(f, f"author cell {c[1][:30]!r}")
        if not c[5].isdigit() or not 1900 <= int(c[5]) <= int(hm[5]): E(f, f"year {c[5]!r}")
        if c[6] and not isbn_ok(c[6]): E(f, f"ISBN {c[6]}")
        if bool(c[3]) != bool(c[4]): E(f, f"city and publisher not both given or both empty: {c[2][:30]!r}")
        for u in re.findall(r"Dostupné z: (\S+)", c[2]):
            if not re.fullmatch(r"https://[\w.-]+/\S*", u): E(f, f"«Dostupné z:» URL {u}")
    rv = [l for l in L[at["Rozvrh na období"] + 1:at["Poslední změna:"]] if l]
    if not re.fullmatch(rf"Rozvrh na období {hm[4]} {hm[5]}/{hm[6]}:", L[at["Rozvrh na období"]]) or not rv or rv[0] != "Den\tČas\tMístnost\tVyučující\tTyp akce": E(f, "«Rozvrh» head"); return
    nlect = 0
    surn = {re.sub(r"^(?:(?:doc|prof|Ing|Mgr|RNDr|PhDr|Dr)\. )+", "", n).split(",")[0].split()[-1] for n in tnames}
    for r in rv[1:]:
        c = r.split("\t")
        m = re.fullmatch(r"(\d\d:\d\d)-(\d\d:\d\d)", c[1]) if len(c) == 5 else None
        if not m or c[0] not in ("Po", "Út", "St", "Čt", "Pá") or (m[1], m[2]) not in VSE_BLOCKS or c[4] not in ("Přednáška", "Cvičení"):
            E(f, f"timetable row {r!r}"); continue
        if not re.fullmatch(r"\S+ \w\.", c[3]) or c[3].split()[0] not in surn: E(f, f"timetable teacher {c[3]!r} not a teacher of the course")
        nlect += c[4] == "Přednáška"
    if nlect * 2 != int(rz[1]): E(f, "lecture blocks × 2 != lecture hours per week")
    ch = dt_ok(L[at["Poslední změna:"]][len("Poslední změna: "):], "%d.%m.%Y")
    ap = re.fullmatch(r"Sylabus schválil: .+, (\d{1,2}\.\d{1,2}\.\d{4})", L[at["Sylabus schválil:"]])
    apd = dt_ok(ap[1], "%d.%m.%Y") if ap else None
    start = dt.datetime(int(hm[5]), 9, 30) if hm[4] == "ZS" else dt.datetime(int(hm[6]), 2, 28)
    if not ch or not apd or apd < ch or apd > start: E(f, "«Poslední změna» / approval date invalid, out of order or after the term's start")


# ---------------------------------------------------------------- 1778 gitlab.utu.fi README (awesome list, tables)
UTU_HDR = "| Artikkeli | Tekijät | Julkaisu | Koodi | Miksi lukea |"


def check_utu(f, raw):
    L = lines_of(f, raw)
    fences = [i for i, l in enumerate(L) if l.startswith("```")]
    if len(fences) % 2: E(f, "code fences unbalanced"); return
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge" not in L[0]: E(f, "no awesome badge in the title line")
    projs = set(re.findall(r"https://gitlab\.utu\.fi/([\w.-]+)/([\w.-]+?)(?:\.git|/|\)|\}|\s|$)", raw, re.M))
    if len(projs) != 1: E(f, f"gitlab.utu.fi links to {len(projs)} projects"); return
    g, p = projs.pop()
    if f"[![pipeline status](https://gitlab.utu.fi/{g}/{p}/badges/main/pipeline.svg)](https://gitlab.utu.fi/{g}/{p}/-/commits/main)" not in raw: E(f, "pipeline badge")
    heads = [(i, l[3:]) for i, l in enumerate(L) if l.startswith("## ")]
    toc = [i for i, l in enumerate(L) if l.strip() == "[[_TOC_]]"]
    if len(toc) != 1 or not heads or toc[0] > heads[0][0] or raw.count("[[_TOC_]]") != 1: E(f, "«[[_TOC_]]» not once, before the first «##» heading")
    if len({h for _, h in heads}) != len(heads): E(f, "duplicate headings")
    if heads and heads[-1][1] != "Lisenssi": E(f, "«## Lisenssi» not last")
    tables = [i for i, l in enumerate(L) if l.startswith("| Artikkeli |")]
    if not tables: E(f, "no item tables")
    for i in tables:
        if L[i] != UTU_HDR or L[i + 1] != "| --- | --- | --- | --- | --- |": E(f, f"table header at line {i + 1}"); continue
        j = i + 2
        while j < len(L) and L[j].startswith("|"):
            c = [x.strip() for x in L[j].strip("|").split(" | ")]
            if len(c) != 5: E(f, f"table row with {len(c)} cells: {L[j][:40]!r}")
            else:
                if not re.fullmatch(r"\[[^\[\]]+\]\(https://\S+\)|[^\[\]()|]+", c[0]): E(f, f"title cell {c[0][:40]!r}")
                if not re.fullmatch(r"[A-ZÅÄÖ][\w'-]+(?: ym\.)?", c[1]): E(f, f"author cell {c[1]!r}")
                if not re.fullmatch(r"(?:[A-Z]+ )?\d{4}(?:, arXiv:\d{4}\.\d{4,5})?", c[2]): E(f, f"venue cell {c[2]!r}")
                cm = re.fullmatch(r"\[([\w.-]+/[\w.-]+)\]\(https://github\.com/([\w.-]+/[\w.-]+)\)", c[3])
                if c[3] != "–" and (not cm or cm[1] != cm[2]): E(f, f"code cell {c[3]!r}")
                if not c[4].endswith("."): E(f, f"note cell does not end with «.»: {c[4][-30:]!r}")
            j += 1
    if raw.count("<details>") != raw.count("</details>") or raw.count("<summary>") != raw.count("</summary>") or \
            raw.count("<details>") != raw.count("<summary>"): E(f, "<details> / <summary> unbalanced")
    outside = "\n".join(l for k, l in enumerate(L) if not any(a <= k <= b for a, b in zip(fences[::2], fences[1::2])))
    for u in re.findall(r"(?<![\w/.])@([A-Za-z][\w.]*\w)", outside):
        if not re.fullmatch(r"[a-z]{6}", u): E(f, f"maintainer handle @{u} (six-letter university id)")
    for x in re.findall(r"(?<![\w/&])([#!])(\d+)\b", raw):
        if int(x[1]) < 1: E(f, f"issue / merge request reference {''.join(x)}")
    for a, b in zip(fences[::2], fences[1::2]):
        if L[a] == "```bibtex":
            body = "\n".join(L[a + 1:b])
            if body.count("{") != body.count("}") or not re.match(rf"@misc\{{{re.escape(p)},", body) or \
                    f"url    = {{https://gitlab.utu.fi/{g}/{p}}}" not in body: E(f, "bibtex block (braces, key = project, url = project URL)")


# ---------------------------------------------------------------- 1779 Tencent Exmail forward (GB18030 base64) of a Google Groups digest
CN_WD = "一二三四五六日"


def qq_period(h):
    return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"


def check_exmail(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    try: raw.encode("ascii")
    except UnicodeEncodeError: E(f, "not 7-bit")
    hdr, _, body = raw.partition("\r\n\r\n")
    H = {}
    for l in re.sub(r"\r\n[ \t]+", " ", hdr).split("\r\n"):
        k, _, v = l.partition(": ")
        H[k] = v.strip()
    for k in ("Date", "From", "To", "Subject", "Message-ID", "Mime-Version", "Content-Type", "X-QQ-mid", "X-Mailer"):
        if k not in H: E(f, f"header {k} missing")
    try:
        d = parsedate_to_datetime(H.get("Date", ""))
        if H["Date"][:3] != d.strftime("%a") or not H["Date"].endswith(" +0800"): E(f, "Date's weekday / zone")
    except (TypeError, ValueError, KeyError): E(f, "Date invalid"); return
    ts = int(d.timestamp())
    qm = re.fullmatch(r"bizesmtp\d+t(\d+)t\w+", H.get("X-QQ-mid", ""))
    if not qm or int(qm[1]) != ts: E(f, "X-QQ-mid (business relay, send time) != Date")
    if H.get("X-Mailer") != "QQMail 2.x" or H.get("X-QQ-MIME") != "TCMime 1.0 by Tencent": E(f, "X-Mailer / X-QQ-MIME")
    if not re.fullmatch(r"<tencent_[0-9A-F]{24}@qq\.com>", H.get("Message-ID", "")): E(f, "Message-ID not «<tencent_…@qq.com>»")
    if not re.fullmatch(r"bizesmtp:[\w.-]+:qybglogicsvrgz:qybglogicsvrgz\w+-\d", H.get("Feedback-ID", "")): E(f, "Feedback-ID")
    dec = {}
    for k in ("From", "To", "Subject"):
        v = H.get(k, "")
        if "=?" in v:
            if not re.search(r"=\?gb18030\?B\?[A-Za-z0-9+/=]+\?=", v): E(f, f"{k}: not a gb18030 B-word")
            try: dec[k] = str(make_header(decode_header(v)))
            except (UnicodeError, ValueError, LookupError, binascii.Error): E(f, f"{k}: encoded-word does not decode")
    cm = re.fullmatch(r'multipart/alternative; boundary="(----=_NextPart_([0-9A-F]{8})_[0-9A-F]{8}_[0-9A-F]{8})"', H.get("Content-Type", ""))
    if not cm: E(f, "not multipart/alternative with QQ's «----=_NextPart_…» boundary"); return
    bd = cm[1]
    if int(cm[2], 16) != ts: E(f, "boundary's first group != the send time in hex")
    if not body.startswith("This is a multi-part message in MIME format.\r\n\r\n") or not body.endswith(f"--{bd}--\r\n\r\n"): E(f, "preamble / closing delimiter"); return
    chunks = body[:-len(f"--{bd}--\r\n\r\n")].split(f"--{bd}\r\n")[1:]
    if len(chunks) != 2: E(f, f"{len(chunks)} parts, 2 wanted"); return
    texts = []
    for want, ch in zip(("text/plain", "text/html"), chunks):
        ph, _, pb = ch.partition("\r\n\r\n")
        if ph != f'Content-Type: {want};\r\n\tcharset="gb18030"\r\nContent-Transfer-Encoding: base64': E(f, f"part {want}: headers"); return
        ls = pb.split("\r\n")
        if ls[-2:] != ["", ""]: E(f, f"part {want}: no blank line after the base64"); return
        ls = ls[:-2]
        if any(len(x) != 76 for x in ls[:-1]) or len(ls[-1]) > 76 or any(not B64L.fullmatch(x) for x in ls) or any("=" in x for x in ls[:-1]):
            E(f, f"part {want}: base64 lines"); return
        try: t = base64.b64decode("".join(ls), validate=True).decode("gb18030")
        except (binascii.Error, UnicodeDecodeError, ValueError) as ex: E(f, f"part {want} does not decode as GB18030: {ex}"); return
        if re.search(r"(?<!\r)\n", t): E(f, f"part {want}: decoded text not in canonical CR LF form")
        texts.append(t.replace("\r\n", "\n"))
    t, ht = texts
    hp = _HtmlText(); hp.feed(ht); hp.close()
    MIME_PARTS[f] = [t, ht, "".join(hp.out)]
    fw = re.search(r'^------------------ 原始邮件 ------------------\n发件人: "([^"]+)" <([^>]+)>;\n发送时间: (\d{4})年(\d{1,2})月(\d{1,2})日\(星期(.)\) (凌晨|早上|上午|中午|下午|晚上)(\d{1,2}):(\d\d)\n收件人: "([^"]+)"<([^>]+)>;\n主题: (.+)\n\n', t, re.M)
    if not fw: E(f, "no QQ forward block («原始邮件», 发件人 / 发送时间 / 收件人 / 主题)"); return
    if dec.get("Subject") != f"转发：{fw[12]}": E(f, "Subject != «转发：» + the forwarded 主题")
    try:
        h12, per = int(fw[8]), fw[7]
        h24 = h12 + 12 if per in ("下午", "晚上") and h12 < 12 else h12
        sd = dt.datetime(int(fw[3]), int(fw[4]), int(fw[5]), h24, int(fw[9]), tzinfo=d.tzinfo)
        if CN_WD[sd.weekday()] != fw[6] or qq_period(sd.hour) != per or not 1 <= h12 <= 12 and not (h12 == 0 and per == "凌晨"): E(f, "发送时间: weekday / 时段 wrong")
        if sd > d: E(f, "发送时间 after the forward")
    except ValueError: E(f, "发送时间 invalid"); return
    sm = re.fullmatch(r"Digest for (\S+@googlegroups\.com) - (\d+) updates? in (\d+) topics?", fw[12])
    if not sm or fw[2] != sm[1] or fw[11] != sm[1] or fw[10] != "Digest recipients": E(f, "forwarded 主题 / 发件人 / 收件人 not a Google Groups digest of one group"); return
    ga = sm[1]; grp = ga.split("@")[0]
    dig = t[fw.end():]
    EQ = "=" * 77
    if not dig.startswith(f"{EQ}\nToday's topic summary\n{EQ}\n\nGroup: {ga}\nUrl: https://groups.google.com/g/{grp}/topics?utm_source=digest&utm_medium=email\n"): E(f, "digest head"); return
    summ = re.findall(r"^  - (.+) \[(\d+) Updates?\]$", dig, re.M)
    tops = re.findall(rf"^{EQ}\nTopic: (.+)\nUrl: https://groups\.google\.com/g/{re.escape(grp)}/t/(\w+)\?utm_source=digest&utm_medium=email\n{EQ}\n", dig, re.M)
    if [s for s, _ in summ] != [x for x, _ in tops] or len(tops) != int(sm[3]): E(f, "topic summary != the topics / the subject's count")
    parts = re.split(rf"^{EQ}\nTopic: .+\n.+\n{EQ}\n", dig, flags=re.M)[1:]
    total, said = 0, {}
    for (tn, cnt), (_, tid), pt in zip(summ, tops, parts):
        ms = re.findall(rf"^---------- (\d+) of (\d+) ----------\nFrom: (.+) <([^>]+)>\nDate: (\w{{3}} \d\d \d\d:\d\d[AP]M) \+0800\nUrl: https://groups\.google\.com/g/{re.escape(grp)}/c/(\w+)/m/(\w+)\?utm_source=digest&utm_medium=email\n\n", pt, re.M)
        bodies = re.split(r"^---------- \d+ of \d+ ----------\n(?:.+\n){3}\n", pt, flags=re.M)[1:]
        if [int(m[0]) for m in ms] != list(range(1, len(ms) + 1)) or any(int(m[1]) != len(ms) for m in ms) or len(ms) != int(cnt):
            E(f, f"topic {tn}: messages not «i of n» 1..n or n != its summary count")
        if (int(cnt) == 1) != bool(re.search(rf"^  - {re.escape(tn)} \[1 Update\]$", dig, re.M)): E(f, f"topic {tn}: «Update» / «Updates»")
        prev = None
        for m, b in zip(ms, bodies):
            if m[5] != tid: E(f, f"topic {tn}: message url not in its topic")
            md = dt_ok(f"{sd.year} {m[4]}", "%Y %b %d %I:%M%p")
            if not md or (prev and md < prev) or md > sd.replace(tzinfo=None): E(f, f"topic {tn}: message date {m[4]} out of order or after the digest")
            prev = md
            for q in re.finditer(r"^在 (\d{4})年(\d{1,2})月(\d{1,2})日星期(.) UTC\+8 (上午|下午)(\d{1,2}):(\d\d):(\d\d)，(.+?) 写道：\n((?:> .*\n)+)", b, re.M):
                h = int(q[6]) % 12 + (12 if q[5] == "下午" else 0)
                try: qd = dt.datetime(int(q[1]), int(q[2]), int(q[3]), h, int(q[7]))
                except ValueError: qd = None
                src = said.get((q[9], qd.strftime("%b %d %I:%M%p") if qd else ""))
                if not qd or CN_WD[qd.weekday()] != q[4] or src is None or any(x[2:] not in src for x in q[10].splitlines()): E(f, f"quote of {q[9]} at {q[5]}{q[6]}:{q[7]} names no earlier message")
            said[(m[2], m[4])] = b
        total += len(ms)
    if total != int(sm[2]): E(f, "updates in the subject != the messages")
    foot = (f"{EQ}\nYou received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page:\n"
            f"https://groups.google.com/g/{grp}/membership?utm_source=digest&utm_medium=email\n"
            f"To unsubscribe from this group and stop receiving emails from it send an email to {grp}+unsubscribe@googlegroups.com.\n")
    if not dig.endswith(foot): E(f, "digest footer")
    tc = _TagCheckX(); tc.feed(ht); tc.close()
    if tc.stack or tc.bad: E(f, f"HTML part: tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    if "------------------&nbsp;原始邮件&nbsp;------------------" not in ht or f"<b>主题:</b>&nbsp;{html.escape(fw[12])}" not in ht: E(f, "HTML part: QQ's forward header box")
    hrefs = set(re.findall(r'<a href="([^"]+)" target="_blank">\1</a>', ht))
    urls = set(re.findall(r"https://[^\s<>]+", dig))
    if {html.unescape(h) for h in hrefs} != urls: E(f, "HTML part: the digest's URLs are not the linked ones")
    if html.unescape(re.sub(r"<[^>]+>", "", ht.split("<b>主题:</b>", 1)[-1])).replace("\n", "").replace("\xa0", " ").find(dig.replace("\n", "")[:200]) < 0:
        E(f, "HTML part: the digest text differs from the plain part")


# ---------------------------------------------------------------- 1780 UM FERI magistrsko delo, SIST ISO 690, PDF copy
def sl_key(s):
    return "".join({"č": "c~", "š": "s~", "ž": "z~", "ć": "c~~", "đ": "d~"}.get(c, c) for c in s.casefold())


def check_feri(f, raw):
    L = lines_of(f, raw)
    if any(len(l) > 90 for l in L): E(f, "a line longer than 90")
    pages = [i for i, l in enumerate(L) if re.fullmatch(r"\d{1,3}", l)]
    nums = [int(L[i]) for i in pages]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))) or pages[-1] != len(L) - 1: E(f, f"page numbers not consecutive / not last {nums}")
    head = L[0]
    starts = [0] + [i + 2 for i in pages[:-1]]
    if not head.startswith("Univerza v Mariboru – ") or any(L[i:i + 2] != [head, ""] for i in starts) or L.count(head) != len(pages):
        E(f, "each page does not open with the same running head and a blank line")
    H = ["6 SKLEP", "VIRI IN LITERATURA", "PRILOGE"]
    if any(L.count(h) != 1 for h in H) or [L.index(h) for h in H] != sorted(L.index(h) for h in H): E(f, "headings once each and in order"); return
    a, b = L.index(H[1]), L.index(H[2])
    refs, cur = [], None
    for i, l in enumerate(L[a + 1:b], a + 1):
        if not l or i in pages or l == head: continue
        m = re.match(r"\[(\d+)\] ", l)
        if m and (cur is None or int(m[1]) == cur[0] + 1): cur = [int(m[1]), l[len(m[0]):]]; refs.append(cur)
        elif cur: cur[1] += " " + l
        else: E(f, f"text before the first reference: {l[:30]!r}")
    if not refs or [n for n, _ in refs] != list(range(1, len(refs) + 1)): E(f, "references not numbered [1]..[n]"); return
    if [r for _, r in refs] != sorted((r for _, r in refs), key=sl_key): E(f, "references not in alphabetical order (Slovenian collation)")
    NAME = r"[A-ZČŠŽĆĐ][A-ZČŠŽĆĐ'-]+(?: [A-ZČŠŽĆĐ][A-ZČŠŽĆĐ'-]+)*, (?:(?! et al\.| in )[^,.])+?(?: [A-Z]\.)?"
    for n, r in refs:
        if not r.endswith("."): E(f, f"[{n}] does not end with «.»")
        for u in re.findall(r"Dostopno na: (\S+)", r):
            if not re.fullmatch(r"https://[\w.-]+/\S*", u): E(f, f"[{n}] «Dostopno na:» URL {u}")
        acc = re.findall(r"Dostopno na: https://\S+ \[citirano (\d{1,2})\. (\d{1,2})\. (\d{4})\]\.", r)
        if r.count("Dostopno na:") != len(acc): E(f, f"[{n}] «Dostopno na: URL» without «[citirano d. m. llll].»")
        for d_, m_, y_ in acc:
            ad = dt_ok(f"{d_}.{m_}.{y_}", "%d.%m.%Y")
            if not ad or ad > dt.datetime(2025, 9, 30): E(f, f"[{n}] citirano date {d_}. {m_}. {y_}")
        if "[na spletu]" in r:
            if not acc: E(f, f"[{n}] a web page without «Dostopno na: … [citirano …].»")
            continue
        am = re.match(rf"({NAME})((?:, {NAME})*)(?: in ({NAME}))?( et al\.)?(?:\. |(?<=\.) )", r)
        if not am: E(f, f"[{n}] does not open with «PRIIMEK, Ime» authors"); continue
        nn = len(re.findall(r"(?:^|, | in )[A-ZČŠŽĆĐ][A-ZČŠŽĆĐ'-]+(?: [A-ZČŠŽĆĐ][A-ZČŠŽĆĐ'-]+)*, ", am[0]))
        if am[4] and (am[3] or nn != 3): E(f, f"[{n}] «et al.» not after exactly three names (without «in»)")
        if not am[4] and nn > 3: E(f, f"[{n}] more than three names without «et al.»")
        if not am[4] and nn >= 2 and not am[3]: E(f, f"[{n}] two or three names not joined with «in»")
        rest = r[am.end():]
        isbn = re.search(r"ISBN ([\d-]+\d)\.$", rest)
        if " V: " not in " " + rest and not isbn and not re.search(r"\. \d{4}(?:, letn\. \d+, št\. \d+, str\. \d+–\d+)?\.", rest):
            E(f, f"[{n}] neither «V:» host, «Kraj : Založba, leto. ISBN …» nor «Revija. leto, letn., št., str.»")
        if isbn and (not isbn13_ok(isbn[1]) or not re.search(r"\. [A-ZČŠŽ][\w ]+ : [^,]+, \d{4}\. ISBN", rest)): E(f, f"[{n}] book «Kraj : Založba, leto. ISBN» / ISBN check digit")
    text = " ".join(L[:a])
    cited = set()
    for grp in re.findall(r"\[([\d, –-]+)\]", text):
        for x in re.split(r", ?", grp):
            if x.isdigit(): cited.add(int(x))
    if cited != set(range(1, len(refs) + 1)): E(f, f"cited {sorted(cited)} != 1..{len(refs)}")


# ---------------------------------------------------------------- 1781 TXYZ library BibTeX export
TX_ORDER = ["title", "author", "journal", "booktitle", "school", "publisher", "address", "volume", "number", "pages", "year",
            "eprint", "archivePrefix", "primaryClass", "doi", "url", "howpublished", "keywords", "annote"]
TX_REQ = {"article": {"title", "author", "journal", "year"}, "inproceedings": {"title", "author", "booktitle", "year"},
          "book": {"title", "author", "publisher", "year"}, "mastersthesis": {"title", "author", "school", "year"},
          "misc": {"title", "author", "year", "howpublished"}}
ARXIV_CLASSES = {"cs.CV", "cs.LG", "cs.CL", "cs.AI", "stat.ML", "eess.AS", "cs.NE"}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def check_txyz(f, raw):
    lines_of(f, raw)
    if raw.startswith("\ufeff") or "\t" in raw: E(f, "BOM / tab characters")
    ents = re.split(r"\n(?=@)", raw.rstrip("\n"))
    keys_ = []
    for en in ents:
        m = re.match(r"@(\w+)\{([^,\s]+),\n", en)
        if not m or m[1] not in TX_REQ: E(f, f"entry head {en[:30]!r}"); continue
        typ, key = m[1], m[2]
        keys_.append(key)
        body = en[m.end():]
        if not body.endswith("\n}\n") and not body.endswith("\n}"): E(f, f"{key}: not closed by «}}» on its own line"); continue
        fl = body.rstrip("\n")[:-1].rstrip("\n").split("\n")
        F_ = {}
        for j, l in enumerate(fl):
            fm = re.fullmatch(r"  (\w+) = \{(.*)\}(,?)", l)
            if not fm or (fm[3] == "") != (j == len(fl) - 1): E(f, f"{key}: field line {l[:40]!r}"); F_ = None; break
            v = fm[2]
            depth = 0
            for ch in v:
                depth += {"{": 1, "}": -1}.get(ch, 0)
                if depth < 0: break
            if depth != 0: E(f, f"{key}: braces in {fm[1]}")
            if fm[1] in F_: E(f, f"{key}: {fm[1]} twice")
            F_[fm[1]] = v
        if F_ is None: continue
        if any(k not in TX_ORDER for k in F_) or [k for k in TX_ORDER if k in F_] != list(F_): E(f, f"{key}: unknown fields or not in TXYZ's order")
        if not TX_REQ[typ] <= set(F_): E(f, f"{key}: {typ} without {sorted(TX_REQ[typ] - set(F_))}")
        au = F_.get("author", "")
        if not re.fullmatch(r"(?:\{[^{}]+\}|[^,{}]+, [^,{}]+)(?: and (?:[^,{}]+, [^,{}]+|others))*", au): E(f, f"{key}: author list «Surname, Given and …»")
        first = au.split(" and ")[0]
        sur = first.split(",")[0].split()[-1] if "," in first else first.strip("{}").split()[0]
        km = re.fullmatch(r"([a-z]+)(\d{4})([a-z]+)", key)
        tw = [w for w in (re.sub(r"[\W\d_]", "", t) for t in F_.get("title", "").split()) if w and w.lower() not in ("a", "an", "the", "in", "on", "of")]
        if not km or km[1] != ascii_fold(sur) or km[2] != F_.get("year") or not tw or km[3] != ascii_fold(tw[0]):
            E(f, f"{key}: key != surname + year + first title word")
        if not re.fullmatch(r"\d{4}", F_.get("year", "")): E(f, f"{key}: year")
        if "pages" in F_:
            pm = re.fullmatch(r"(\d+)--(\d+)", F_["pages"])
            if not pm or int(pm[1]) >= int(pm[2]): E(f, f"{key}: pages")
        if "eprint" in F_:
            if F_.get("archivePrefix") != "arXiv" or F_.get("primaryClass") not in ARXIV_CLASSES or not re.fullmatch(r"\d{4}\.\d{4,5}", F_["eprint"]): E(f, f"{key}: eprint without archivePrefix arXiv / a primaryClass")
        elif "archivePrefix" in F_ or "primaryClass" in F_: E(f, f"{key}: archivePrefix / primaryClass without eprint")
        u = F_.get("url", "")
        um = re.fullmatch(r"https://arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})(?:v\d+)?", u)
        if u and not (um or re.fullmatch(r"https://openreview\.net/forum\?id=[\w-]+", u)): E(f, f"{key}: url {u}")
        if um and "eprint" in F_ and um[1] != F_["eprint"]: E(f, f"{key}: url and eprint name different papers")
        jm = re.fullmatch(r"arXiv preprint arXiv:(\d{4}\.\d{4,5})", F_.get("journal", ""))
        if F_.get("journal", "").startswith("arXiv") and not jm: E(f, f"{key}: «arXiv preprint arXiv:<id>» journal")
        if "doi" in F_ and not re.fullmatch(r"10\.\d{4,9}/\S+", F_["doi"]): E(f, f"{key}: doi")
        if "howpublished" in F_ and not re.fullmatch(r"\\url\{https://\S+\}", F_["howpublished"]): E(f, f"{key}: howpublished")
        if "keywords" in F_ and any(not k.strip() for k in F_["keywords"].split(", ")): E(f, f"{key}: empty keyword")
    if len(keys_) != len(set(keys_)): E(f, "duplicate keys")


# ---------------------------------------------------------------- 1782 Tripletex timesheet CSV export (UTF-8 BOM, «;», all quoted, CR LF)
TT_HEAD = ["Dato", "Uke", "Ansatt", "Prosjektnr.", "Prosjekt", "Aktivitet", "Timer", "Fakturerbare timer", "Kommentar"]
TT_ACT = {"Litteraturstudie", "Utvikling", "Testing", "Møte", "Dokumentasjon", "Administrasjon"}


def check_tripletex(f, raw):
    b = RAW_BYTES.get(f, b"")
    if not b.startswith(b"\xef\xbb\xbf") or not raw.startswith("\ufeff"): E(f, "no UTF-8 BOM")
    body = raw[1:] if raw.startswith("\ufeff") else raw
    if re.search(r"(?<!\r)\n", body) or re.search(r"\r(?!\n)", body) or not body.endswith("\r\n"): E(f, "line ends not CR LF throughout")
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    CSV_FIELDS[f] = [x for r in rows for x in r]
    o = io.StringIO()
    csv.writer(o, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if o.getvalue() != body: E(f, "not written as the export writes it («;», every field quoted, CR LF)")
    if not rows or rows[0] != TT_HEAD: E(f, "header"); return
    if any(len(r) != len(TT_HEAD) for r in rows[1:]): E(f, "row length"); return
    data, tot = rows[1:-1], rows[-1]
    if tot[0] != "Totalt" or any(tot[i] for i in (1, 2, 3, 4, 5, 8)): E(f, "last row not the «Totalt» line"); return

    def num_(s):
        return float(s.replace(",", ".")) if re.fullmatch(r"\d+,\d\d", s) else None
    keys_, prj, perday, st, sb = [], {}, Counter(), 0.0, 0.0
    for r in data:
        d = dt_ok(r[0], "%d.%m.%Y")
        if not d: E(f, f"date {r[0]!r}"); continue
        if r[1] != str(d.isocalendar()[1]): E(f, f"{r[0]}: week {r[1]} != ISO week {d.isocalendar()[1]}")
        keys_.append((d, r[2]))
        if not re.fullmatch(r"\d{4}", r[3]) or prj.setdefault(r[3], r[4]) != r[4]: E(f, f"{r[0]}: project number / name {r[3]} {r[4]!r}")
        if r[5] not in TT_ACT: E(f, f"{r[0]}: activity {r[5]!r}")
        h, bh = num_(r[6]), num_(r[7])
        if h is None or bh is None or not 0 < h <= 24 or bh > h: E(f, f"{r[0]}: hours {r[6]!r} / billable {r[7]!r}"); continue
        if r[4] == "Intern tid" and bh: E(f, f"{r[0]}: billable hours on internal time")
        if not r[8].strip(): E(f, f"{r[0]}: empty comment")
        perday[(d, r[2])] += h
        st += h; sb += bh
    if keys_ != sorted(keys_): E(f, "rows not ordered by date and employee")
    if any(v > 12 for v in perday.values()): E(f, "more than 12 hours a day for one employee")
    if num_(tot[6]) is None or abs(num_(tot[6]) - st) > 0.001 or num_(tot[7]) is None or abs(num_(tot[7]) - sb) > 0.001: E(f, "«Totalt» != the sums of the hours")


# ---------------------------------------------------------------- 1783 Splus (Soroush Plus) group, copied messages (Persian)
FA_D = "۰۱۲۳۴۵۶۷۸۹"


def jalali_ok(y, m, d):
    leap = y % 33 in (1, 5, 9, 13, 17, 22, 26, 30)
    return 1 <= m <= 12 and 1 <= d <= (31 if m <= 6 else 30 if m <= 11 else 30 if leap else 29)


def check_splus(f, raw):
    L = lines_of(f, raw)
    if "\n\n\n" in raw or raw.startswith("\n"): E(f, "more than one blank line between messages")
    blocks = [b.split("\n") for b in raw.rstrip("\n").split("\n\n")]
    senders, prev = [], None
    for b in blocks:
        hm = re.fullmatch(rf"(.+)، \[([{FA_D}]{{4}})/([{FA_D}]{{2}})/([{FA_D}]{{2}}) ([{FA_D}]{{2}}):([{FA_D}]{{2}})\]", b[0])
        if not hm: E(f, f"message head {b[0][:40]!r} («نام، [yyyy/mm/dd HH:MM]» in Persian digits)"); continue
        y, mo, d, hh, mi = (int(x.translate(str.maketrans(FA_D, "0123456789"))) for x in hm.groups()[1:])
        if not jalali_ok(y, mo, d) or hh > 23 or mi > 59: E(f, f"invalid Jalali date / time {b[0]!r}")
        if prev and (y, mo, d, hh, mi) < prev: E(f, f"{b[0]!r} before the previous message")
        prev = (y, mo, d, hh, mi)
        rest = b[1:]
        if rest and rest[0].startswith("[در پاسخ به "):
            rm = re.fullmatch(r"\[در پاسخ به (.+)\]", rest[0])
            if not rm or rm[1] not in senders: E(f, f"reply to {rest[0]!r}: no earlier message of that person")
            rest = rest[1:]
        if rest and rest[0].startswith("[هدایت"):
            if not re.fullmatch(r"\[هدایت‌شده از .+\]", rest[0]): E(f, f"forward line {rest[0]!r}")
            rest = rest[1:]
        if not rest or not any(x.strip() for x in rest): E(f, f"message {b[0]!r} without text")
        if any(re.match(r"\[(در پاسخ|هدایت)", x) for x in rest): E(f, f"reply / forward marker inside the text of {b[0]!r}")
        senders.append(hm[1])
    if len(set(senders)) < 2: E(f, "fewer than two people in the group")


# ---------------------------------------------------------------- 1784 gyakorikerdesek.hu question page, copied text (Hungarian)
HU_M = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]


def hu_dt(s):
    m = re.fullmatch(r"(\d{4})\. (\S+) (\d{1,2})\. (\d\d):(\d\d)", s)
    if not m or m[2] not in HU_M: return None
    try: return dt.datetime(int(m[1]), HU_M.index(m[2]) + 1, int(m[3]), int(m[4]), int(m[5]))
    except ValueError: return None


def check_gyik(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Gyakori kérdések" or "Kérdezz!" not in L[:6]: E(f, "site head")
    bc = [i for i, l in enumerate(L) if l.startswith("Főoldal » ")]
    if len(bc) != 1 or not re.fullmatch(r"Főoldal(?: » [^»]+)+", L[bc[0]]): E(f, "breadcrumb"); return
    try: fi = L.index("Figyelt kérdés")
    except ValueError: E(f, "no «Figyelt kérdés»"); return
    if not L[fi - 1].endswith("?") or fi != bc[0] + 3: E(f, "question title not right above «Figyelt kérdés»")
    qd_i = next((i for i in range(fi + 1, len(L)) if hu_dt(L[i])), None)
    if qd_i is None: E(f, "no question date"); return
    qd = hu_dt(L[qd_i])
    heads = [(i, re.fullmatch(r"(\d+)/(\d+) (anonim válasza|A kérdező kommentje):", l)) for i, l in enumerate(L)]
    heads = [(i, m) for i, m in heads if m]
    if not heads: E(f, "no answers"); return
    n = len(heads)
    if [int(m[1]) for _, m in heads] != list(range(1, n + 1)) or any(int(m[2]) != n for _, m in heads): E(f, "answers not numbered k/N with N = their count")
    prev = qd
    ends = [i for i, _ in heads[1:]] + [L.index(next(l for l in L if l.startswith("Jelenleg ")))]
    for (i, m), end in zip(heads, ends):
        blk = L[i + 1:end]
        while blk and not blk[-1]: blk.pop()
        anon = m[3] == "anonim válasza"
        if anon:
            if not blk or not re.fullmatch(r"(\d{1,3})%", blk[0]) or int(blk[0][:-1]) > 100: E(f, f"answer {m[1]}: helpfulness share"); continue
            if blk[-1] != "Hasznos számodra ez a válasz?": E(f, f"answer {m[1]}: no «Hasznos számodra ez a válasz?» at its end"); continue
            blk = blk[1:-1]
        elif any(re.fullmatch(r"\d{1,3}%", x) or x == "Hasznos számodra ez a válasz?" for x in blk): E(f, f"comment {m[1]}: a share or vote line on the asker's comment")
        d = hu_dt(blk[-1]) if blk else None
        if not d or len(blk) < 2: E(f, f"answer {m[1]}: text and date"); continue
        if d <= prev: E(f, f"answer {m[1]}: dated {blk[-1]} not after the previous")
        prev = d
    jm = next((re.fullmatch(r"Jelenleg (\d+) felhasználó nézi ezt a kérdést\.", l) for l in L if l.startswith("Jelenleg ")), None)
    if not jm or int(jm[1]) < 1: E(f, "«Jelenleg N felhasználó nézi ezt a kérdést.»")
    if "Kapcsolódó kérdések:" not in L: E(f, "no «Kapcsolódó kérdések:»")
    else:
        k = L.index("Kapcsolódó kérdések:") + 1
        rel = []
        while k < len(L) and L[k]: rel.append(L[k]); k += 1
        if not rel or any(not x.endswith("?") for x in rel): E(f, "related questions")
    fm = next((re.fullmatch(r"Minden jog fenntartva © (\d{4}), www\.gyakorikerdesek\.hu", l) for l in L if l.startswith("Minden jog")), None)
    if not fm or int(fm[1]) < prev.year: E(f, "footer year")
    if not any(l.startswith("GYIK | Szabályzat | Jogi nyilatkozat | Adatvédelem") for l in L): E(f, "footer links")


# ---------------------------------------------------------------- 1785 Adobe Campaign mirror page, saved HTML (Greek)
GR_DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
GR_MGEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου",
           "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
GR_MNOM = ["Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος", "Αύγουστος", "Σεπτέμβριος",
           "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος"]


def check_acc(f, raw):
    lines_of(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"') or '<html lang="el">' not in raw: E(f, "doctype / lang")
    if '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' not in raw: E(f, "charset meta")
    tc = _TagCheck(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: E(f, f"tags unbalanced {tc.bad[:3]} {tc.stack[-3:]}")
    if re.search(r"&(?![a-z]+;|#\d+;)", raw): E(f, "a bare «&»")
    trk = re.compile(r"https://t\.([\w.-]+)/r/\?id=h([0-9a-f]+),([0-9a-f]+),([0-9a-f]+)")
    doms, ids, uids = set(), set(), []
    for u in re.findall(r'href="([^"]+)"', raw):
        m = trk.fullmatch(u)
        if m:
            doms.add(m[1]); ids.add((m[2], m[3])); uids.append(m[4])
        elif not re.fullmatch(r"https://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}(?:v\d+)?", u): E(f, f"a link neither tracked nor an excluded arXiv page: {u[:50]}")
    if len(doms) != 1 or len(ids) != 1 or len(uids) != len(set(uids)) or "1" in uids: E(f, "tracked links: one domain, one broadlog / delivery, url ids unique and not 1")
    px = re.findall(r'<img src="(https://t\.[^"]+)" width="0" height="0"', raw)
    pm = trk.fullmatch(px[0]) if len(px) == 1 else None
    if not pm or pm[1] not in doms or (pm[2], pm[3]) not in ids or pm[4] != "1": E(f, "open-tracking image (url id 1, same broadlog / delivery)")
    t = re.search(r"<title>Νευρώνας – Τεύχος (\d+) – (\S+) (\d{4})</title>", raw)
    m = re.search(r"&middot; Τεύχος (\d+) &middot; (\S+) (\d{4})</p>", raw)
    if not t or not m or t.groups() != m.groups() or t[2] not in GR_MNOM: E(f, "issue / month / year differ between title and masthead")
    for wd, d, mo, y in re.findall(r"(" + "|".join(GR_DAYS) + r") (\d{1,2}) (\S+) (\d{4})", raw):
        try:
            if mo not in GR_MGEN or GR_DAYS[dt.date(int(y), GR_MGEN.index(mo) + 1, int(d)).weekday()] != wd: E(f, f"weekday of {d} {mo} {y}")
        except ValueError: E(f, f"date {d} {mo} {y}")
    if not re.search(r'<a href="https://t\.[^"]+"[^>]*>Διαγραφή από τη λίστα</a>', raw) or not re.search(r"&copy; \d{4} ", raw): E(f, "footer (tracked opt-out link, ©)")


# ---------------------------------------------------------------- 1786 Ingeniøren blog post with comments, copied text (negative)
DA_M = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]


def da_dt(s):
    m = re.fullmatch(r"(\d{1,2})\. (\w+) (\d{4}) kl\. (\d\d):(\d\d)", s)
    if not m or m[2] not in DA_M: return None
    try: return dt.datetime(int(m[3]), DA_M.index(m[2]) + 1, int(m[1]), int(m[4]), int(m[5]))
    except ValueError: return None


def check_ing(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Ingeniøren" or "Blogs" not in L[:7]: E(f, "site head")
    bi = next((i for i, l in enumerate(L) if l.startswith("Blogs » ")), None)
    if bi is None: E(f, "no «Blogs » <blog>» breadcrumb"); return
    post = da_dt(L[bi + 4]) if len(L) > bi + 4 else None
    if L[bi + 1] != "" or not L[bi + 2] or not L[bi + 3] or not post: E(f, "title / blogger / date under the breadcrumb"); return
    owner = L[bi + 3]
    cm = next((re.fullmatch(r"Kommentarer \((\d+)\)", l) for l in L if l.startswith("Kommentarer (")), None)
    ci = next((i for i, l in enumerate(L) if l.startswith("Kommentarer (")), None)
    if not cm or L[ci + 1] != "Log ind for at kommentere": E(f, "«Kommentarer (N)» / «Log ind for at kommentere»"); return
    ds = [i for i, l in enumerate(L) if i > ci and da_dt(l)]
    if int(cm[1]) != len(ds): E(f, "«Kommentarer (N)» != the comments")
    prev, seen = post, {owner}
    for i in ds:
        d = da_dt(L[i])
        if d <= prev: E(f, f"comment {L[i]} not after the previous / the post")
        prev = d
        j = i + 1
        if L[j].startswith("Svar til "):
            if L[j][9:] not in seen: E(f, f"«{L[j]}» names nobody above")
            j += 1
        if not L[i - 1].strip() or not L[j].strip() or L[j + 1] != "Svar" or L[j + 2] != "": E(f, f"comment at {L[i]}: name, text and «Svar»")
        seen.add(L[i - 1])
    if "Del artiklen: Facebook | LinkedIn | E-mail" not in L: E(f, "share line")
    fm = re.fullmatch(r"© (\d{4}) Mediehuset Ingeniøren A/S", L[-1])
    if not fm or int(fm[1]) < prev.year: E(f, "footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1777: check_insis, 1778: check_utu, 1779: check_exmail, 1780: check_feri, 1781: check_txyz,
     1782: check_tripletex, 1783: check_splus, 1784: check_gyik, 1785: check_acc,
     1786: check_ing}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
CHARSET = {}


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












# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round176's and round177's, a byte-identical file counted once), and the round176/round177 split (candidates sorted by
# (uses, catalogue title); round176 = even positions from 4 on, one unbroken run; round177 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P177S = ["/work/rounds/digests-round177/expected.json", "/work/main/tests/data/digests-round177/expected.json"]
P177 = next((p for p in P177S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P177S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round176", "digests-round177") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round176 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r177 = set()
if P177:
    try:
        r177 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P177)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P177} exists but could not be read (being written?)")
    their_even = sorted(k for k in r177 if pos.get(k, 1) % 2 == 0)
    if r177 & mine and their_even:
        notes.append(f"round177's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r177)} papers at even positions): shared papers not an error here, to be settled by round177: "
                     f"{len(r177 & mine)} shared: {sorted(r177 & mine)}")
    elif r177 & mine: errors.append(f"papers also in round177: {sorted(r177 & mine)}")
shared177 = len(r177 & mine) if P177 else "(no round177 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round176 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round177: {shared177}; papers in more than one round176 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


