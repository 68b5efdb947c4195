#!/usr/bin/env python3
r"""Checks round162/expected.json against the digests and the shared catalogues.

Adapted from round160/validate.py (the label checks are the same code; the reuse report is round160's with round162 /
round163 in place of round160 / round161: round162 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round162's and round163's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round163's expected.json, read from
/work/rounds/digests-round163/ or /work/main/tests/data/digests-round163/ when it exists; no paper in two files).
Every digest is read raw (UTF-8, line ends kept; 1641 in Windows-1250) and in decoded forms: 1639's quoted-printable
UTF-8 body and its RFC 2047 names; 1641's BibTeX field values (@STRING abbreviations expanded); 1642's CSV fields;
1643's message texts and link-preview titles; everything with HTML entities undone once and twice and percent-escapes
undone. Titles are matched after whitespace normalisation (TeX braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): a digest kind whose text can only be read decoded or joined is
declared in READ_AS — 1637 and 1640 (titles broken over the PDF's lines) and 1639 (quoted-printable: soft line breaks
cut titles and URLs, and the Cyrillic note is all escapes). For these the facts «found only after decoding» / «found
only after normalising whitespace/TeX» are counted on the file's summary line instead of being printed as notes; the
same facts in any other file are notes.

Shape checks (lean): 1637 University of Patras «Περίγραμμα Μαθήματος» PDF copy (LF; the form title; sections (1)–(5)
once each and in order; ΣΧΟΛΗ / ΤΜΗΜΑ and the eclass.upatras.gr course URL; weekly hours sum to the Σύνολο line; the
contents numbered 1..n; the workload table sums to «Σύνολο Μαθήματος», which lies within 25–30 hours × ECTS, and
lectures / labs = weekly hours × the n weeks; evaluation weights sum to 100 %; each bibliography list numbered 1..n);
1638 gitlab.epfl.ch README (LF; fences balanced; awesome badge in the title; GitLab's [[_TOC_]] once and no
hand-written contents; every `](#anchor)` a heading's slug; one clone URL on gitlab.epfl.ch = the `cd` directory, every
gitlab.epfl.ch link in that project, a pipeline badge; <details> with <summary>; link items `- [Title](https://…) —
…`, bold items `- **Title** (arXiv:…)? — …`; table rows with the header's cell count); 1639 EUnet webmail .eml (CR LF
only, ASCII; headers Date / From / To / Subject / Message-ID / MIME-Version / Content-Type / Content-Transfer-Encoding
/ User-Agent; Date valid with its weekday; Message-ID and From on eunet.rs; text/plain UTF-8 quoted-printable: lines ≤
76, only =XX escapes and soft breaks, no trailing blank, decoding; From / To as UTF-8 B-words; the forwarded LISTSERV
digest: «There are N messages» = the messages, «Topics of the day» numbered 1..n = the messages' subjects with their
counts, message dates valid with weekdays and increasing, «End of LIST Digest - … (#yyyy-n)» = the Subject after «Fwd:»
= the forwarded «Тема:», the asterisk line as long, the forwarded sender LISTSERV@host = the recipients' list host, the
forwarded «Датум:» after the last message and before the mail); 1640 İTÜ thesis copy (LF; page numbers consecutive and
last; KAYNAKLAR then ÖZGEÇMİŞ once each; references in Turkish alphabetical order, each «Authors (yyyy). …» with authors
«Surname, I.» and «ve» before the last; «Erişim adresi https://…»; «[Erişim tarihi: dd.mm.yyyy]» valid; pages a–b with
a < b; the author–year citations in the text («X vd., yyyy», «X ve Y, yyyy», «X, yyyy», narrative «X vd. (yyyy)») =
the references); 1641 BibEdt .bib (CR LF only, no BOM, Windows-1250 and not UTF-8; @STRING lines; entries with
balanced braces, upper-case types from BibTeX's list, the required fields per type, fields `  name = value`, @STRING
names defined, year yyyy, pages a--b with a < b, https urls, ISBN-13 check digits, authors «Surname, Given and …», keys =
first surname (particles dropped) + year, unique and sorted); 1642 Merlin Project CSV (no BOM; LF; every field quoted
exactly as csv.QUOTE_ALL writes; the German header; Nr. = 1..n; outline numbers unique, each after its parent; dates
`dd.mm.yy HH:MM` with start ≤ end; «N T» = working days of a task, 0 for a milestone; groups span their children, their
«N %» the duration-weighted mean of the children's, no resources; priorities Niedrig / Normal / Hoch); 1643 Sendbird
messages export (JSON array written with indent 2, UTF-8; MESG / ADMM / FILE with the Platform API's keys in order;
message_id and created_at (13-digit ms) strictly increasing; one group channel; a user with one nickname and picture;
parent_message_id an earlier message; mentions of channel users written as @nickname; reactions by users, sorted,
not before the message; file URLs on file-*.sendbird.com; og:url inside the message); 1644 Portugal-a-Programar thread
copy (LF; site head; breadcrumb at the top and the bottom; «Por autor, data em secção» = the first post's author, date
and the breadcrumb's last; «N respostas neste tópico» = posts − 1; an author column before each «Publicado …» (name,
group, reputation, messages, location), the same for a member across posts; dates valid and not decreasing;
«(editado)» iff an «Editado … por author» line; «Citar» per post; quotes «Em dd/mm/aaaa às HH:MM, nick disse:» of an
earlier post by nick on that day; the Invision footer); 1645 Rule HTML (LF; doctype, lang="sv", charset meta; tags
balanced; `&` only as an entity; https links and images; issue number, month and year the same in title and masthead;
Swedish «weekday d month yyyy» weekdays right; browser / unsubscribe / preferences links on app.rule.io with one
token; the Rule credit and the GDPR note); 1646 blog.is copy (LF; mbl.is / Blog.is head; the post date `d.m.yyyy |
HH:MM`; «Flokkur: … | Breytt … | Facebook» not before the post; «Athugasemdir»; comments numbered 1..n, each «n Smámynd:
name», text, «name, d.m.yyyy kl. HH:MM» with the same name, after the post and increasing; the footer year ≥ the last
comment's; the «Um bloggið» counts).
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
READ_AS = {1637: {"joined"}, 1639: {"decoded"}, 1640: {"joined"}}

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


PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]
PL_NOM = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
          "listopad", "grudzień"]


VOID = {"meta", "br", "img", "hr", "link", "input"}


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()






# ---------------------------------------------------------------- 1637 University of Patras «Περίγραμμα Μαθήματος» (PDF copy)
def check_patras(f, raw):
    L = lines_of(f, raw)
    if L[0] != "ΠΕΡΙΓΡΑΜΜΑ ΜΑΘΗΜΑΤΟΣ": E(f, "form title")
    heads = ["(1) ΓΕΝΙΚΑ", "(2) ΜΑΘΗΣΙΑΚΑ ΑΠΟΤΕΛΕΣΜΑΤΑ", "(3) ΠΕΡΙΕΧΟΜΕΝΟ ΜΑΘΗΜΑΤΟΣ",
             "(4) ΔΙΔΑΚΤΙΚΕΣ και ΜΑΘΗΣΙΑΚΕΣ ΜΕΘΟΔΟΙ - ΑΞΙΟΛΟΓΗΣΗ", "(5) ΣΥΝΙΣΤΩΜΕΝΗ-ΒΙΒΛΙΟΓΡΑΦΙΑ"]
    idx = [L.index(h) if L.count(h) == 1 else -1 for h in heads]
    if -1 in idx or idx != sorted(idx): E(f, f"sections (1)-(5) missing, repeated or out of order {idx}"); return
    sec1 = L[idx[0]:idx[1]]
    if not any(l.startswith("ΣΧΟΛΗ ") for l in sec1) or not any(l.startswith("ΤΜΗΜΑ ") for l in sec1): E(f, "ΣΧΟΛΗ / ΤΜΗΜΑ")
    if not any(re.fullmatch(r"ΗΛΕΚΤΡΟΝΙΚΗ ΣΕΛΙΔΑ ΜΑΘΗΜΑΤΟΣ \(URL\) https://eclass\.upatras\.gr/courses/\w+/", l) for l in sec1):
        E(f, "course page URL on eclass.upatras.gr")
    try:
        h0 = L.index("ΕΒΔΟΜΑΔΙΑΙΕΣ ΩΡΕΣ ΔΙΔΑΣΚΑΛΙΑΣ ΠΙΣΤΩΤΙΚΕΣ ΜΟΝΑΔΕΣ")
        h1 = next(i for i in range(h0, idx[1]) if L[i].startswith("Σύνολο "))
        tot_w, ects = [int(x) for x in re.fullmatch(r"Σύνολο (\d+) (\d+)", L[h1]).groups()]
    except (ValueError, StopIteration, AttributeError): E(f, "weekly hours table"); return
    wk = {re.sub(r" \d+$", "", l): int(l.rsplit(" ", 1)[1]) for l in L[h0 + 1:h1]}
    if sum(wk.values()) != tot_w: E(f, "weekly hours do not sum to Σύνολο")
    ct = [l for l in L[idx[2] + 1:idx[3]] if re.match(r"\d{1,2}\. ", l)]
    nums = [int(l.split(".")[0]) for l in ct]
    if nums != list(range(1, len(nums) + 1)): E(f, f"contents not numbered 1..n: {nums}")
    try:
        w0 = L.index("Δραστηριότητα Φόρτος Εργασίας Εξαμήνου")
        w1 = next(i for i in range(w0, idx[4]) if L[i].startswith("Σύνολο Μαθήματος "))
    except (ValueError, StopIteration): E(f, "workload table"); return
    work = {re.sub(r" \d+$", "", l): int(l.rsplit(" ", 1)[1]) for l in L[w0 + 1:w1]}
    tot = int(L[w1].rsplit(" ", 1)[1])
    if sum(work.values()) != tot: E(f, "workload does not sum to Σύνολο Μαθήματος")
    if not 25 * ects <= tot <= 30 * ects: E(f, f"workload {tot} not 25–30 hours × {ects} ECTS")
    for k, v in wk.items():
        if k in work and work[k] != v * len(nums): E(f, f"{k}: {work[k]} != {v} × {len(nums)} weeks")
    a0 = L.index("ΑΞΙΟΛΟΓΗΣΗ ΦΟΙΤΗΤΩΝ") if "ΑΞΙΟΛΟΓΗΣΗ ΦΟΙΤΗΤΩΝ" in L else -1
    ws = [int(x) for x in re.findall(r": (\d+)%", "\n".join(L[a0:idx[4]]))] if a0 > 0 else []
    if sum(ws) != 100: E(f, f"evaluation weights {ws} do not sum to 100 %")
    subs = [i for i in range(idx[4], len(L)) if re.fullmatch(r"-[^:]+:", L[i])] + [len(L)]
    for a, z in zip(subs, subs[1:]):
        n_ = [int(re.match(r"(\d{1,2})\. ", l)[1]) for l in L[a + 1:z] if re.match(r"\d{1,2}\. ", l)]
        if n_ and n_ != list(range(1, len(n_) + 1)): E(f, f"bibliography numbering under {L[a]} {n_}")


# ---------------------------------------------------------------- 1638 gitlab.epfl.ch README
def gl_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return re.sub(r"-+", "-", s.replace(" ", "-"))


def check_epfl(f, raw):
    L = lines_of(f, raw)
    if sum(1 for l in L if l.startswith("```")) % 2: E(f, "code fences unbalanced")
    if not L[0].startswith("# ") or "(https://awesome.re/badge.svg)" not in L[0]: E(f, "no awesome badge in the title line")
    if L.count("[[_TOC_]]") != 1: E(f, "GitLab [[_TOC_]] macro missing or repeated")
    if any(re.fullmatch(r"- \[[^\]]+\]\(#[^)]+\)", l) for l in L): E(f, "a hand-written table of contents beside [[_TOC_]]")
    heads = [re.sub(r"^#+ ", "", l) for l in L if re.match(r"#{2,3} ", l)]
    slugs = {gl_slug(h) for h in heads}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in slugs: E(f, f"anchor #{a} is no heading's slug")
    clones = re.findall(r"git clone https://gitlab\.epfl\.ch/([\w.-]+)/([\w.-]+)\.git", raw)
    cds = re.findall(r"^cd ([\w.-]+)$", raw, re.M)
    if len(clones) != 1 or cds != [clones[0][1]]: E(f, f"clone {clones} / cd {cds}"); return
    for g, p in re.findall(r"https://gitlab\.epfl\.ch/([\w.-]+)/([\w.-]+?)(?:\.git|/|\)|\s|$)", raw, re.M):
        if (g, p) != clones[0]: E(f, f"gitlab.epfl.ch link to another project {g}/{p}")
    if not re.search(r"\(https://gitlab\.epfl\.ch/[^)]+/badges/main/pipeline\.svg\)", raw): E(f, "pipeline badge")
    if raw.count("<details>") != raw.count("</details>") or raw.count("<summary>") != raw.count("<details>"): E(f, "<details> blocks")
    hdr = None
    for l in L:
        if l.startswith("- [") and "](#" not in l:
            if not re.match(r"- \[[^\]]+\]\(https://\S+\) — .+$", l): E(f, f"link item shape: {l[:60]!r}")
        if l.startswith("- **") and not re.match(r"- \*\*[^*]+\*\*( \(arXiv:\d{4}\.\d{4,5}\))? — .+$", l): E(f, f"bold item shape: {l[:60]!r}")
        if l.startswith("|"):
            hdr = hdr or l.count("|")
            if l.count("|") != hdr: E(f, f"table row cells: {l[:40]!r}")


# ---------------------------------------------------------------- 1639 EUnet webmail forward, quoted-printable UTF-8, LISTSERV digest
MIME_PARTS = {}


def check_eunet(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    try: raw.encode("ascii")
    except UnicodeEncodeError: E(f, "not 7-bit")
    hdr, _, body = raw.partition("\r\n\r\n")
    H = {}
    for l in re.sub(r"\r\n[ \t]+", " ", hdr).split("\r\n"):
        k, _, v = l.partition(": ")
        H[k] = v.strip()
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "User-Agent"):
        if k not in H: E(f, f"header {k} missing")
    try:
        d = parsedate_to_datetime(H.get("Date", ""))
        if H["Date"][:3] != d.strftime("%a"): E(f, "Date's weekday")
    except (TypeError, ValueError, KeyError): E(f, "Date invalid"); d = None
    if H.get("User-Agent") != "EUnet Webmail": E(f, "User-Agent")
    if not H.get("Message-ID", "").endswith("@eunet.rs>") or not H.get("From", "").endswith("@eunet.rs>"): E(f, "Message-ID / From not on eunet.rs")
    if H.get("Content-Type") != "text/plain; charset=UTF-8" or H.get("Content-Transfer-Encoding") != "quoted-printable":
        E(f, "not text/plain UTF-8 quoted-printable"); return
    for i, l in enumerate(body.split("\r\n")):
        if len(l) > 76: E(f, f"QP line {i + 1} longer than 76"); break
        if re.search(r"=(?![0-9A-F]{2})(?!$)", l) or re.search(r"[ \t]$", l): E(f, f"QP line {i + 1}: bad = escape or trailing blank"); break
    try:
        t = quopri.decodestring(body.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
    except (UnicodeError, ValueError) as ex: E(f, f"body does not decode: {ex}"); return
    names = []
    for k in ("From", "To"):
        try: names.append(str(make_header(decode_header(H.get(k, "")))))
        except Exception: E(f, f"{k} does not decode"); names.append("")
        if not re.search(r"=\?utf-8\?b\?", H.get(k, ""), re.I): E(f, f"{k} not a UTF-8 B-word")
    MIME_PARTS[f] = [t] + names
    m = re.search(r"^There are (\d+) messages totaling (\d+) lines in this issue\.$", t, re.M)
    heads = re.findall(r"^Date:    (.+)\nFrom:    (.+) <[^>]+>\nSubject: (.+)$", t, re.M)
    if not m or int(m[1]) != len(heads): E(f, "message count != the messages")
    tl = re.search(r"Topics of the day:\n\n((?:  \d+\. .+\n)+)", t)
    if not tl: E(f, "no Topics of the day"); return
    toc = re.findall(r"  (\d+)\. (.+?)(?: \((\d+)\))?\n", tl[1])
    if [int(x[0]) for x in toc] != list(range(1, len(toc) + 1)): E(f, "topics not numbered 1..n")
    cnt = {}
    for _, _, s in heads:
        b = s[4:] if s.startswith("Re: ") else s
        cnt[b] = cnt.get(b, 0) + 1
    if [(x[1], int(x[2] or 1)) for x in toc] != list(cnt.items()): E(f, "topics (subject, count) != the messages")
    prev = None
    for ds, _, _ in heads:
        try:
            md = parsedate_to_datetime(ds)
            if ds[:3] != md.strftime("%a"): E(f, f"digest message weekday {ds}")
            if prev and md <= prev: E(f, f"digest message {ds} not after the previous")
            prev = md
        except (TypeError, ValueError): E(f, f"digest message date {ds!r}")
    end = re.search(r"^End of (\S+ Digest - .+ \(#\d{4}-\d+\))\n(\**)$", t, re.M)
    if not end: E(f, "End of … Digest line"); return
    if len(end[2]) != len("End of " + end[1]): E(f, "asterisk line length")
    if H.get("Subject") != f"Fwd: {end[1]}" or f"Тема: {end[1]}" not in t: E(f, "Subject / forwarded Тема != the digest")
    lh = re.search(r"^Пошиљалац: Automatic digest processor <LISTSERV@([\w.-]+)>$", t, re.M)
    rc = re.search(r"^Прималац: Recipients of (\S+) digests <(\S+)@([\w.-]+)>$", t, re.M)
    if not lh or not rc or lh[1] != rc[3] or rc[1] != rc[2] or not end[1].startswith(rc[1] + " "): E(f, "forwarded sender / recipient / list name")
    fd = re.search(r"^Датум: (\d\d\.\d\d\.\d{4} \d\d:\d\d)$", t, re.M)
    fdt = dt_ok(fd[1], "%d.%m.%Y %H:%M") if fd else None
    if not fdt: E(f, "forwarded Датум"); return
    if prev and fdt < prev.replace(tzinfo=None): E(f, "forwarded digest before its last message")
    if d and fdt > d.replace(tzinfo=None): E(f, "forwarded digest after the forward")


# ---------------------------------------------------------------- 1640 İTÜ thesis copy (KAYNAKLAR)
TR_AB = "AaBbCcÇçDdEeFfGgĞğHhIıİiJjKkLlMmNnOoÖöPpQqRrSsŞşTtUuÜüVvWwXxYyZz"
trkey = lambda s: [TR_AB.index(c) if c in TR_AB else 200 + ord(c) for c in s]


def check_itu(f, raw):
    L = lines_of(f, raw)
    nums = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): E(f, f"page numbers {nums}")
    if not re.fullmatch(r"\d{1,3}", L[-1]): E(f, "the copy does not end with a page number")
    if L.count("KAYNAKLAR") != 1 or L.count("ÖZGEÇMİŞ") != 1 or L.index("KAYNAKLAR") > L.index("ÖZGEÇMİŞ"):
        E(f, "KAYNAKLAR / ÖZGEÇMİŞ headings"); return
    b, z = L.index("KAYNAKLAR"), L.index("ÖZGEÇMİŞ")
    refs, cur = [], []
    for l in L[b + 1:z] + [""]:
        if l == "" or re.fullmatch(r"\d{1,3}", l):
            if cur: refs.append(" ".join(cur)); cur = []
        else: cur.append(l)
    if [r.lower() for r in refs] != sorted((r.lower() for r in refs), key=trkey): E(f, "references not in alphabetical (Turkish) order")
    keys_ = set()
    for r in refs:
        m = re.match(r"(.+?) \((\d{4})\)\. ", r)
        if not m: E(f, f"no «(year). » in {r[:40]!r}"); continue
        pre, _, last = m[1].rpartition(" ve ") if " ve " in m[1] else (m[1], "", "")
        IN = r"(?:[A-ZÇĞİÖŞÜ]\.(?:-[A-ZÇĞİÖŞÜ]\.)? ?)+"
        au = [f"{a}, {b.strip()}" for a, b in re.findall(r"([^,]+), (" + IN + r")(?:, |$)", pre)]
        if ", ".join(au) != pre or (last and not re.fullmatch(r"[^,]+, " + IN, last)): E(f, f"author list of {r[:40]!r}")
        if last: au.append(last)
        if len(au) > 1 and not last: E(f, f"no «ve» before the last author in {r[:40]!r}")
        s1 = au[0].split(",")[0]
        form = f"{s1}, {m[2]}" if len(au) == 1 else (f"{s1} ve {au[1].split(',')[0]}, {m[2]}" if len(au) == 2 else f"{s1} vd., {m[2]}")
        keys_.add(form)
        if "Erişim adresi" in r and not re.search(r"Erişim adresi https://\S+", r): E(f, f"Erişim adresi without URL: {r[:40]!r}")
        for ds in re.findall(r"\[Erişim tarihi: ([\d.]+)\]", r):
            if not dt_ok(ds, "%d.%m.%Y"): E(f, f"Erişim tarihi {ds}")
        for a, z_ in re.findall(r", (\d+)–(\d+)\.", r):
            if int(a) >= int(z_): E(f, f"pages {a}–{z_}")
    text = " ".join(L[:b])
    cited = set()
    for grp in re.findall(r"\(([^()]*\d{4})\)", text):
        for c in grp.split("; "):
            if re.fullmatch(r"\d{4}", c): continue
            cited.add(c)
    for s, y in re.findall(r"([A-ZÇĞİÖŞÜ][\w-]+(?: vd\.| ve [A-ZÇĞİÖŞÜ][\w-]+)?) \((\d{4})\)", text):
        cited.add(f"{s}, {y}")
    if cited != keys_: E(f, f"citations != references: only cited {sorted(cited - keys_)}, never cited {sorted(keys_ - cited)}")


# ---------------------------------------------------------------- 1641 BibEdt .bib (Windows-1250, CR LF)
BIB = {}
BIB_REQ = {"ARTICLE": ("author", "title", "journal", "year"), "INPROCEEDINGS": ("author", "title", "booktitle", "year"),
           "BOOK": ("author", "title", "publisher", "year"), "MASTERSTHESIS": ("author", "title", "school", "year"),
           "MISC": ("title",)}


def check_bibedt(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    if raw.startswith("\ufeff"): E(f, "a BOM")
    strings = dict(re.findall(r'^@STRING\{(\w+) = "([^"]*)"\}\r$', raw, re.M))
    ents, vals, i = [], [], 0
    for m in re.finditer(r"^@(\w+)\{", raw, re.M):
        typ = m[1]
        if typ == "STRING": continue
        depth, j = 1, m.end()
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
        if depth: E(f, f"unbalanced braces in an @{typ} entry"); return
        ents.append((typ, raw[m.end():j - 1]))
    keys_ = []
    for typ, body in ents:
        km = re.match(r"([^,\s]+),\r\n", body)
        if not km: E(f, f"@{typ} without key"); continue
        key = km[1]; keys_.append(key)
        if typ not in BIB_REQ: E(f, f"{key}: entry type @{typ}")
        flds = {}
        for l in body[km.end():].split(",\r\n"):
            l = l.rstrip("\r\n")
            fm = re.fullmatch(r"  (\w+) += (\{.*\}|\d+|\w+)", l, re.S)
            if not fm: E(f, f"{key}: field line {l[:40]!r}"); continue
            v = fm[2]
            if re.fullmatch(r"[a-z]\w*", v):
                if v not in strings: E(f, f"{key}: undefined @STRING {v}")
                v = strings.get(v, v)
            flds[fm[1]] = v.strip("{}") if v.startswith("{") else v
            vals.append(flds[fm[1]])
        for need in BIB_REQ.get(typ, ()):
            if need not in flds: E(f, f"{key}: @{typ} without {need}")
        if not re.fullmatch(r"\d{4}", flds.get("year", "0000")): E(f, f"{key}: year")
        if "pages" in flds:
            pm = re.fullmatch(r"(\d+)--(\d+)", flds["pages"])
            if not pm or int(pm[1]) >= int(pm[2]): E(f, f"{key}: pages {flds['pages']}")
        if "url" in flds and not flds["url"].startswith("https://"): E(f, f"{key}: url")
        if "isbn" in flds and not isbn13_ok(flds["isbn"]): E(f, f"{key}: ISBN {flds['isbn']}")
        if "author" in flds:
            aus = flds["author"].split(" and ")
            if not all(re.fullmatch(r"[^,]+, [^,]+", a) for a in aus): E(f, f"{key}: author not «Surname, Given and …»")
            s1 = re.sub(r"^(?:van den |van |de |von )", "", aus[0].split(",")[0]).replace(" ", "")
            if key != f"{s1}{flds.get('year')}": E(f, f"{key}: key is not first surname + year")
    if len(set(keys_)) != len(keys_): E(f, "duplicate keys")
    if keys_ != sorted(keys_): E(f, "entries not sorted by key")
    BIB[f] = vals


# ---------------------------------------------------------------- 1642 Merlin Project CSV (German)
MP_HEAD = ["Nr.", "Gliederungsnummer", "Titel", "Start", "Ende", "Dauer", "Erledigt", "Ressourcen", "Priorität", "Notizen"]
CSV_FIELDS = {}


def workdays(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + dt.timedelta(i)).weekday() < 5)


def check_merlin(f, raw):
    if raw.startswith("\ufeff"): E(f, "a BOM")
    if "\r" in raw: E(f, "CR characters (the export writes LF)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    again = io.StringIO()
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    if again.getvalue() != raw: E(f, "not written as the export writes it (every field quoted, LF)")
    if not rows or rows[0] != MP_HEAD: E(f, "header"); return
    CSV_FIELDS[f] = [c for r in rows for c in r]
    R = {}
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(MP_HEAD): E(f, f"{len(r)} fields in row {i}"); continue
        if r[0] != str(i): E(f, f"Nr. {r[0]} in row {i}")
        o = r[1]
        if not re.fullmatch(r"\d+(\.\d+)*", o) or o in R: E(f, f"outline number {o}"); continue
        if "." in o and o.rsplit(".", 1)[0] not in R: E(f, f"{o} before its parent")
        s, e = dt_ok(r[3], "%d.%m.%y %H:%M"), dt_ok(r[4], "%d.%m.%y %H:%M")
        if not s or not e or s > e: E(f, f"{o}: start/end {r[3]}/{r[4]}"); continue
        dm, pm = re.fullmatch(r"(\d+) T", r[5]), re.fullmatch(r"(\d+) %", r[6])
        if not dm or not pm or int(pm[1]) > 100: E(f, f"{o}: Dauer / Erledigt {r[5]!r} {r[6]!r}"); continue
        if r[8] not in ("Niedrig", "Normal", "Hoch"): E(f, f"{o}: priority {r[8]!r}")
        R[o] = (s, e, int(dm[1]), int(pm[1]), r)
    for o, (s, e, d, p, r) in R.items():
        ch = [v for k, v in R.items() if k.rsplit(".", 1)[0] == o and "." in k]
        if ch:
            if (s, e) != (min(v[0] for v in ch), max(v[1] for v in ch)): E(f, f"group {o} does not span its children")
            if d != workdays(s.date(), e.date()): E(f, f"group {o}: Dauer")
            tot = sum(v[2] for v in ch)
            if tot and p != round(sum(v[2] * v[3] for v in ch) / tot): E(f, f"group {o}: Erledigt not the duration-weighted mean")
            if r[7]: E(f, f"group {o} with resources")
        elif r[2].startswith("Meilenstein"):
            if d != 0 or s != e: E(f, f"milestone {o}")
        elif d != workdays(s.date(), e.date()): E(f, f"{o}: Dauer {d} != working days")


# ---------------------------------------------------------------- 1643 Sendbird data export (messages JSON)
JSON_TEXT = {}
SB_KEYS = {"MESG": ["type", "message_id", "message", "data", "custom_type", "created_at", "updated_at", "channel_url", "channel_type",
                    "user", "mention_type", "mentioned_users", "parent_message_id", "reactions", "is_removed"],
           "ADMM": ["type", "message_id", "message", "data", "custom_type", "created_at", "updated_at", "channel_url", "channel_type", "is_removed"],
           "FILE": ["type", "message_id", "data", "custom_type", "created_at", "updated_at", "channel_url", "channel_type", "file",
                    "user", "mention_type", "mentioned_users", "parent_message_id", "reactions", "is_removed"]}


def check_sendbird(f, raw):
    try: ms = json.loads(raw)
    except ValueError as ex: E(f, f"JSON: {ex}"); return
    if not isinstance(ms, list) or not ms: E(f, "not an array of messages"); return
    if raw != json.dumps(ms, ensure_ascii=False, indent=2) + "\n": E(f, "not written as the export writes it (indent 2, UTF-8)")
    JSON_TEXT[f] = [m.get("message", "") for m in ms if isinstance(m, dict)] + \
        [m.get("og_tag", {}).get("og:title", "") for m in ms if isinstance(m, dict)]
    users, ids, prev_t, ch = {}, [], 0, None
    for m in ms:
        if not isinstance(m, dict) or m.get("type") not in SB_KEYS: E(f, f"message type {m.get('type') if isinstance(m, dict) else m}"); continue
        ks = [k for k in m if k != "og_tag"]
        if ks != SB_KEYS[m["type"]]: E(f, f"message {m.get('message_id')} keys {ks[:4]}…"); continue
        if not isinstance(m["message_id"], int) or (ids and m["message_id"] <= ids[-1]): E(f, f"message_id {m['message_id']} not increasing")
        if not isinstance(m["created_at"], int) or m["created_at"] <= prev_t or len(str(m["created_at"])) != 13: E(f, f"created_at of {m['message_id']}")
        prev_t = m["created_at"] if isinstance(m["created_at"], int) else prev_t
        ch = ch or m["channel_url"]
        if m["channel_url"] != ch or not ch.startswith("sendbird_group_channel_") or m["channel_type"] != "group": E(f, "channel_url / channel_type")
        if "user" in m:
            u = m["user"]
            if users.setdefault(u.get("user_id"), (u.get("nickname"), u.get("profile_url"))) != (u.get("nickname"), u.get("profile_url")):
                E(f, f"user {u.get('user_id')} under two names or pictures")
            if m["parent_message_id"] and m["parent_message_id"] not in ids: E(f, f"{m['message_id']}: parent is no earlier message")
            for mu in m["mentioned_users"]:
                if mu.get("user_id") not in users or f"@{mu.get('nickname')}" not in m.get("message", ""): E(f, f"{m['message_id']}: mention of {mu.get('nickname')}")
            for r in m["reactions"]:
                if r["user_ids"] != sorted(r["user_ids"]) or r["updated_at"] < m["created_at"]: E(f, f"{m['message_id']}: reaction {r.get('key')}")
            if m["mention_type"] != "users": E(f, "mention_type")
        if m["type"] == "FILE":
            fl = m["file"]
            if not re.fullmatch(r"https://file-[\w-]+\.sendbird\.com/\S+", fl.get("url", "")) or not isinstance(fl.get("size"), int): E(f, "file message")
        if "og_tag" in m and m["og_tag"].get("og:url", "") not in m.get("message", ""): E(f, f"{m['message_id']}: og:url not in the message")
        ids.append(m["message_id"])
    for m in ms:
        for r in (m.get("reactions") or []) if isinstance(m, dict) else []:
            if not set(r["user_ids"]) <= set(users): E(f, f"reaction by a stranger in {m['message_id']}")


# ---------------------------------------------------------------- 1644 Portugal-a-Programar thread copy (Invision Community)
PT_MO = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]


def pt_date(f, s):
    m = re.fullmatch(r"(\d{1,2}) de (\S+) de (\d{4})", s)
    if not m or m[2] not in PT_MO: E(f, f"date {s!r}"); return None
    try: return dt.date(int(m[3]), PT_MO.index(m[2]) + 1, int(m[1]))
    except ValueError: E(f, f"date {s!r}"); return None


def check_pap(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["Ir para o conteúdo", "Portugal-a-Programar", "Comunidade Portuguesa de Programadores"]: E(f, "site head")
    bcs = [l for l in L if l.startswith("Início  Fórum  ")]
    if len(bcs) != 2 or bcs[0] != bcs[1]: E(f, "breadcrumb at the top and the bottom"); return
    sec = bcs[0].split("  ")[-1]
    bi = L.index(bcs[0])
    posts = [i for i, l in enumerate(L) if l.startswith("Publicado ")]
    if not posts: E(f, "no posts"); return
    byl = re.fullmatch(r"Por (\S+), (.+) em (.+)", L[bi + 3])
    rc = next((l for l in L if re.fullmatch(r"\d+ respostas? neste tópico", l)), "")
    if not rc or int(rc.split()[0]) != len(posts) - 1: E(f, "reply count != the posts")
    prev, who, blocks = None, [], {}
    for k, i in enumerate(posts):
        pm = re.fullmatch(r"Publicado (.+?)( \(editado\))?", L[i])
        d = pt_date(f, pm[1])
        blk = L[i - 6:i]
        if not (re.fullmatch(r"  \d+", blk[2]) and re.fullmatch(r"\d+ mensagens?", blk[3]) and blk[4].startswith("Localização:") and blk[5] == ""):
            E(f, f"author column of post {k + 1}"); continue
        nick = blk[0]
        if blocks.setdefault(nick, tuple(blk[1:5])) != tuple(blk[1:5]): E(f, f"author column of {nick} differs between posts")
        if k == 0 and (not byl or byl[1] != nick or pt_date(f, byl[2]) != d or byl[3] != sec): E(f, "«Por autor, data em secção» line")
        if d and prev and d < prev: E(f, f"post {k + 1} dated before the previous")
        nxt = posts[k + 1] - 6 if k + 1 < len(posts) else len(L)
        seg = L[i + 1:nxt]
        if "Citar" not in seg: E(f, f"post {k + 1} without «Citar»")
        ed = [l for l in seg if re.fullmatch(r"Editado .+ por \S+", l)]
        if bool(pm[2]) != bool(ed) or (ed and not ed[0].endswith(" por " + nick)): E(f, f"post {k + 1}: (editado) without an edit line or the reverse")
        for l in seg:
            qm = re.fullmatch(r"Em (\d\d/\d\d/\d{4}) às (\d\d:\d\d), (\S+) disse:", l)
            if qm:
                qd = dt_ok(qm[1] + " " + qm[2], "%d/%m/%Y %H:%M")
                if qm[3] not in [w for w, _ in who] or not qd or (qm[3], qd.date()) not in who: E(f, f"quote of {qm[3]} on {qm[1]}: no such earlier post")
        who.append((nick, d)); prev = d or prev
    for need in ("Ir para a lista de tópicos", "Powered by Invision Community", "Mensagens recomendadas"):
        if need not in L: E(f, f"no «{need}»")


# ---------------------------------------------------------------- 1645 Rule newsletter HTML (Swedish)
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MO = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def check_rule(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or not re.search(r'<html lang="sv"', raw) or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang / charset")
    p = _TagCheck(); p.feed(raw)
    if p.bad or p.stack: E(f, f"tags unbalanced {p.bad} {p.stack}")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|middot;|ndash;|rarr;|#\d+;|#x[0-9a-f]+;)", raw): E(f, "a bare & or an unknown entity")
    for u in re.findall(r'(?:href|src)="([^"]+)"', raw):
        if not u.startswith("https://"): E(f, f"link {u}")
    t = re.search(r"<title>AI&middot;NV-nytt nr (\d+) &ndash; (\w+) (\d{4})</title>", raw)
    h = re.search(r">Nr (\d+) &middot; (\w+) (\d+) (\w+) (\d{4}) &middot;", raw)
    if not t or not h or t[1] != h[1] or t[2] != h[4] or t[3] != h[5]: E(f, "issue / month in title != masthead")
    for wd, d, mo, y in re.findall(r"\b(\w+dag) (\d+) (\w+) (\d{4})", raw, re.I):
        if mo not in SV_MO or wd.lower() not in SV_WD: E(f, f"Swedish date {wd} {d} {mo} {y}"); continue
        try:
            if dt.date(int(y), SV_MO.index(mo) + 1, int(d)).weekday() != SV_WD.index(wd.lower()): E(f, f"weekday of {d} {mo} {y}")
        except ValueError: E(f, f"date {d} {mo} {y}")
    rl = re.findall(r'href="https://app\.rule\.io/(\w+)/(\w+)"', raw)
    if sorted(x[0] for x in rl) != ["browser", "preferences", "unsubscribe"] or len({x[1] for x in rl}) != 1: E(f, "Rule links (browser / unsubscribe / preferences, one token)")
    if "Skickat med Rule" not in raw: E(f, "no Rule credit")
    if "GDPR" not in raw: E(f, "no GDPR note")


# ---------------------------------------------------------------- 1646 blog.is copy (negative)
def is_date(f, s):
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}) (?:kl\.|\|) (\d\d):(\d\d)", s)
    try: return dt.datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4]), int(m[5]))
    except (TypeError, ValueError): E(f, f"Icelandic date {s!r}"); return None


def check_blogis(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["mbl.is", "Blog.is"]: E(f, "site head")
    pi = next((i for i, l in enumerate(L) if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \| \d\d:\d\d", l)), None)
    post = is_date(f, L[pi]) if pi else None
    if not post: E(f, "post date"); return
    fl = next((l for l in L if l.startswith("Flokkur: ")), "")
    bm = re.fullmatch(r"Flokkur: .+ \| Breytt (.+) \| Facebook", fl)
    if not bm or (is_date(f, bm[1]) or post) < post: E(f, "Flokkur / Breytt line")
    if "Athugasemdir" not in L: E(f, "no Athugasemdir"); return
    cs = [i for i, l in enumerate(L) if re.fullmatch(r"\d+ Smámynd: .+", l)]
    if [int(L[i].split()[0]) for i in cs] != list(range(1, len(cs) + 1)): E(f, "comments not numbered 1..n")
    prev = post
    for i in cs:
        who = L[i].split("Smámynd: ", 1)[1]
        sm = re.fullmatch(r"(.+), (\d.+)", L[i + 4]) if i + 4 < len(L) else None
        if L[i + 1] != "" or L[i + 3] != "" or not sm or sm[1] != who: E(f, f"comment block of {who}"); continue
        d = is_date(f, sm[2])
        if d and d <= prev: E(f, f"comment of {who} not after the previous")
        prev = d or prev
    fm = re.fullmatch(r"© Árvakur hf\. (\d{4})\. Öll réttindi áskilin\.", L[-1])
    if not fm or int(fm[1]) < prev.year: E(f, "footer")
    if not any(re.fullmatch(r"Færslur: \d+", l) for l in L): E(f, "no «Um bloggið» counts")


def shape_checks(f, raw, path):
    n = num(f)
    {1637: check_patras, 1638: check_epfl, 1639: check_eunet, 1640: check_itu, 1641: check_bibedt,
     1642: check_merlin, 1643: check_sendbird, 1644: check_pap, 1645: check_rule,
     1646: check_blogis}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    b = open(path, "rb").read()
    if num(f) == 1641:
        try:
            b.decode("utf-8"); errors.append(f"{f}: valid UTF-8 (BibEdt writes the Windows-1250 code page)")
        except UnicodeDecodeError:
            pass
        return b.decode("cp1250")
    return b.decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + (["\n".join(BIB[f])] if f in BIB else []) + (["\n".join(JSON_TEXT[f])] if f in JSON_TEXT else [])
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
# round162's and round163's, a byte-identical file counted once), and the round162/round163 split (candidates sorted by
# (uses, catalogue title); round162 = even positions from 4 on, one unbroken run; round163 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P163S = ["/work/rounds/digests-round163/expected.json", "/work/main/tests/data/digests-round163/expected.json"]
P163 = next((p for p in P163S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P163S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round162", "digests-round163") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round162 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r163 = set()
if P163:
    try:
        r163 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P163)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P163} exists but could not be read (being written?)")
    their_even = sorted(k for k in r163 if pos.get(k, 1) % 2 == 0)
    if r163 & mine and their_even:
        notes.append(f"round163's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r163)} papers at even positions): shared papers not an error here, to be settled by round163: "
                     f"{len(r163 & mine)} shared: {sorted(r163 & mine)}")
    elif r163 & mine: errors.append(f"papers also in round163: {sorted(r163 & mine)}")
shared163 = len(r163 & mine) if P163 else "(no round163 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round162 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round163: {shared163}; papers in more than one round162 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


