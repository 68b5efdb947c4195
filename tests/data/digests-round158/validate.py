#!/usr/bin/env python3
r"""Checks round158/expected.json against the digests and the shared catalogues.

Adapted from round156/validate.py (the label checks are the same code; the reuse report is round156's with round158 /
round159 in place of round156 / round157: round158 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round158's and round159's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round159's expected.json, read from
/work/rounds/digests-round159/ or /work/main/tests/data/digests-round159/ when it exists; no paper in two files).
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1599's quoted-printable ISO-8859-7 body and its
RFC 2047 subject; 1601's BibLaTeX field values; 1602's CSV fields; everything with HTML entities undone once and twice
and percent-escapes undone. Titles are matched after whitespace normalisation (TeX braces removed) and case-blind.

Expected reading forms (round156's reporting, unchanged): a digest kind whose text can only be read decoded or joined is
declared in READ_AS — 1599 (quoted-printable: soft line breaks cut some titles and links), 1600 (titles broken over the
PDF's lines) and 1601 (BibLaTeX braces protecting acronyms inside titles, e.g. `{DINOv2}:`). For these the facts «found
only after decoding» / «found only after normalising whitespace/TeX» are counted on the file's summary line instead of
being printed as notes; the same facts in any other file are notes.

Shape checks (lean): 1597 LUIS course description (LF; skip link, university, LUIS head lines; breadcrumb `Kursu
katalogs / CODE / …`, the heading `CODE name (n KP / m ECTS)` = `Kursa kods`, `Kursa nosaukums`, `Kredītpunkti`, `ECTS
kredītpunkti`; ECTS = 1.5 × KP; contact hours = lectures + labs; field labels in order; the calendar plan's header and 5
TAB cells per row, rows numbered 1..n, dates valid, 7 days apart, on the weekday named in `Piezīmes`, session kinds L /
P / L+P / K; `Pirmā nodarbība` / `Pēdējā nodarbība` = the table's; the footer); 1598 gitlab.inria.fr README (LF; fences
balanced; awesome badge in the title; every `](#anchor)` a heading's slug, one contents entry per heading; one clone URL
on gitlab.inria.fr = the `cd` directory, every gitlab.inria.fr link in that project; link items `- [Title](https://…) —
…`; table rows with the header's cell count); 1599 Otenet webmail .eml (CR LF only, ASCII; headers Date / From / To /
Subject / Message-ID / MIME-Version / Content-Type / Content-Transfer-Encoding / X-Mailer; Date valid with its weekday;
text/plain ISO-8859-7 quoted-printable: lines ≤ 76, only `=XX` escapes or a final soft-break `=`, no trailing blanks,
decoding; Subject / From / To as ISO-8859-7 Q-words; the subject `Fwd: …`; the Greek forward block; the forwarded Sympa
digest: table of contents numbered 1..n = the messages' subjects and senders, message dates valid with weekdays and
increasing, head line and `End of LIST Digest` the same list, its asterisk line as long, the digest's date = the
forwarded `Ημερομηνία:` (Greek weekday and month right), after the last message and before the mail); 1600 Dokuz Eylül
thesis copy (LF; page numbers consecutive and last; `KAYNAKLAR` once; references alphabetical, each with `(yyyy).`;
`Erişim adresi:` followed by an https URL; `Erişim tarihi` dates valid; `ss. a–b` with a < b; author lists with «ve» or
«...»; every author-year citation in the text («vd.», «ve») has a reference with that name and year, every reference is
cited); 1601 Fidus Writer BibLaTeX (LF; braces balanced; entries parse and are in key order; BibLaTeX entry types; keys
unique and name + year of the date; tab-indented `field = {value}` lines, commas but on the last; author, title, date
(yyyy[-mm[-dd]]) in each, no `year`; pages a--b with a < b; url https; urldate valid and only with a url; eprint only
with eprinttype arxiv; isbn-13 check digit; articles with journaltitle, inproceedings with booktitle); 1602 Instagantt
CSV (no BOM; CR LF record ends, LF only inside quotes; the header; every field quoted exactly as csv.QUOTE_ALL writes
it; 10 fields per row; ids 1..n; ISO dates with start ≤ due; milestones Yes / No with start = due; progress 0–100%;
dependencies on earlier tasks that are due before the task starts, no task in progress before its dependency started;
more than one section); 1603 BwMessenger export (LF; head lines in order; `Mitglieder (n)` = the authors, sorted and
counted, with their Matrix ids on the room's homeserver; `Nachrichten` = message lines; day separators with the right
German weekday and month, increasing; times increasing; `Zeitraum` = first / last day; export after the last message by
a member; Matrix reply fallbacks `> <@id:server> text` quoting an earlier author's earlier text, then a blank line; the
end line); 1604 BUG forum copy (LF; site; breadcrumb at top and bottom; `Započeo/la nick, date u time` = post #1; posts
`#1..n` = the page line's count; member blocks (rank, `Registriran`, `Postova`) before each post's date, the same for a
member across posts, registration before the post; post dates `dd.mm.yyyy. u HH:MM` valid and increasing; quotes of
earlier posters; `Zahvale (n)` counts right and not the poster's own; one button row per post; the BUG d.o.o. footer
year ≥ the last post's); 1605 Redlink HTML (LF; doctype, lang="pl", charset meta; tags balanced; `&` only as an entity;
https links; issue number, month (nominative / genitive) and year the same in title and masthead; Polish `weekday, d
month yyyy` weekdays right; online / wypisz / preferencje links with one campaign and subscriber token; the Redlink
credit and the RODO note); 1606 blogg.no copy (LF; site name first; the post line; the `Kommentarer (N)` count; comment
dates (`d. måned yyyy kl. HH:MM`) valid, after the post, increasing; `@name` an earlier commenter; `Svar` after each
comment; ISBN-13 check digit; the like count; the footer).
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
READ_AS = {1599: {"decoded"}, 1600: {"joined"}, 1601: {"joined"}}

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


MIME_PARTS, CSV_FIELDS, BIB = {}, {}, {}


def E(f, m): errors.append(f"{f}: {m}")


def isbn13_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


# ---------------------------------------------------------------- 1597 LUIS course description
LV_WD = ["pirmdienās", "otrdienās", "trešdienās", "ceturtdienās", "piektdienās", "sestdienās", "svētdienās"]


def check_luis(f, raw):
    L = lines_of(f, raw)
    if L[:4] != ["Pāriet uz saturu", "LATVIJAS UNIVERSITĀTE", "LUIS", "Latvijas Universitātes informatīvā sistēma"]: E(f, "LUIS head lines")
    bc = next((l for l in L if l.startswith("Kursu katalogs / ")), None)
    if not bc: E(f, "no breadcrumb"); return
    code = bc.split(" / ")[1]
    if not re.fullmatch(r"[A-Z][a-z]{2}[A-Z]\d{4}", code): E(f, f"course code {code!r}")
    i = L.index(bc)
    hd = next((re.fullmatch(re.escape(code) + r" (.+) \((\d+) KP / (\d+) ECTS\)", l) for l in L[i + 1:i + 4] if l.startswith(code + " ")), None)
    if not hd: E(f, "course heading lacks the code or the credits"); return
    labels = ["Kursa nosaukums", "Kursa kods", "Zinātnes nozare", "Kredītpunkti", "ECTS kredītpunkti",
              "Kopējais auditoro stundu skaits", "Lekciju stundu skaits", "Laboratorijas darbu stundu skaits",
              "Kursa izstrādātājs(-i)", "Priekšzināšanas", "Kursa anotācija", "Rezultāti",
              "Studējošo patstāvīgo darbu organizācija un uzdevumi", "Prasības kredītpunktu iegūšanai", "Kursa saturs",
              "Kalendārais plāns", "Mācību pamatliteratūra", "Papildliteratūra", "Periodika un citi informācijas avoti", "Piezīmes"]
    idx = [L.index(x) if x in L else -1 for x in labels]
    if -1 in idx or idx != sorted(idx): E(f, f"field labels missing or out of order {idx}"); return
    val = lambda k: L[L.index(k) + 1]
    if val("Kursa kods") != code or val("Kursa nosaukums") != hd[1]: E(f, "Kursa kods / nosaukums != the heading")
    if val("Kredītpunkti") != hd[2] or val("ECTS kredītpunkti") != hd[3]: E(f, "credits != the heading")
    if not val("Kredītpunkti").isdigit() or int(val("Kredītpunkti")) * 3 != int(val("ECTS kredītpunkti")) * 2: E(f, "ECTS != 1.5 × KP")
    try:
        if int(val("Kopējais auditoro stundu skaits")) != int(val("Lekciju stundu skaits")) + int(val("Laboratorijas darbu stundu skaits")):
            E(f, "contact hours != lectures + labs")
    except ValueError: E(f, "hours not numbers")
    head = "Nr.\tDatums\tTēma\tVeids\tLasāmviela"
    if L[L.index("Kalendārais plāns") + 1] != head: E(f, "calendar plan header"); return
    note = " ".join(L[L.index("Piezīmes") + 1:])
    wd = next((w for w in LV_WD if f" {w} " in note), None)
    if not wd: E(f, "no weekday in Piezīmes")
    dates, nums = [], []
    for l in L[L.index(head) + 1:]:
        if not re.match(r"\d+\t", l): break
        c = l.split("\t")
        if len(c) != 5: E(f, f"row {l[:20]!r}: {len(c)} cells"); continue
        d = dt_ok(c[1], "%d.%m.%Y.")
        if not d: E(f, f"bad date {c[1]!r}"); continue
        if wd and d.weekday() != LV_WD.index(wd): E(f, f"{c[1]} not on the weekday of Piezīmes ({wd})")
        if dates and (d - dates[-1]).days != 7: E(f, f"{c[1]} not 7 days after the previous row")
        if c[3] not in ("L", "P", "L+P", "K"): E(f, f"session kind {c[3]!r}")
        dates.append(d); nums.append(int(c[0]))
    if not dates: E(f, "no rows"); return
    if nums != list(range(1, len(nums) + 1)): E(f, f"rows not numbered 1..n: {nums}")
    m = re.search(r"Pirmā nodarbība: (\S+) Pēdējā nodarbība: (\S+)", note)
    if not m or (m[1], m[2]) != (f"{dates[0]:%d.%m.%Y.}", f"{dates[-1]:%d.%m.%Y.}"): E(f, "first / last session != the table's")
    if not L[-1].startswith("© ") or "LUIS" not in L[-1]: E(f, "footer")


# ---------------------------------------------------------------- 1598 gitlab.inria.fr README
def check_inria(f, raw):
    L = lines_of(f, raw)
    if sum(1 for l in L if l.startswith("```")) % 2: E(f, "code fences unbalanced")
    if "awesome.re/badge.svg" not in L[0] or not L[0].startswith("# "): E(f, "no awesome badge in the title line")
    heads = [re.sub(r"^#+ ", "", l) for l in L if re.match(r"#{2,3} ", l)]
    slugs = {slug(h) for h in heads}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in slugs: E(f, f"anchor #{a} is no heading's slug")
    toc = [l for l in L if re.fullmatch(r"- \[[^\]]+\]\(#[^)]+\)", l)]
    if len(toc) != len(heads) - 1: E(f, f"table of contents has {len(toc)} entries for {len(heads) - 1} headings")
    clones = re.findall(r"git clone https://gitlab\.inria\.fr/([\w.-]+)/([\w.-]+)\.git", raw)
    cds = re.findall(r"^cd ([\w.-]+)$", raw, re.M)
    if len(clones) != 1 or cds != [clones[0][1]]: E(f, f"clone {clones} / cd {cds}"); return
    for g, p in re.findall(r"https://gitlab\.inria\.fr/([\w.-]+)/([\w.-]+?)(?:\.git|/|\)|\s)", raw):
        if (g, p) != clones[0]: E(f, f"gitlab.inria.fr link to another project {g}/{p}")
    hdr = None
    for l in L:
        if l.startswith("- [") and "](" in l and not l.startswith("- [!") and not l.startswith("- [Titre"):
            if not re.match(r"- \[[^\]]+\]\((https://\S+|#[^)]+)\)( — .+)?$", l): E(f, f"link item shape: {l[:60]!r}")
        if l.startswith("|"):
            hdr = hdr or l.count("|")
            if l.count("|") != hdr: E(f, f"table row cells: {l[:40]!r}")


# ---------------------------------------------------------------- 1599 Otenet webmail forward, quoted-printable ISO-8859-7
GR_WD = ["Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", "Κυρ"]
GR_M = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]


def check_otenet(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    try: raw.encode("ascii")
    except UnicodeEncodeError: E(f, "not 7-bit")
    hdr, _, body = raw.partition("\r\n\r\n")
    H = {}
    for l in re.sub(r"\r\n[ \t]+", " ", hdr).split("\r\n"):
        k, _, v = l.partition(": ")
        H[k] = v.strip()
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Mailer"):
        if k not in H: E(f, f"header {k} missing")
    try:
        d = parsedate_to_datetime(H.get("Date", ""))
        if H["Date"][:3] != d.strftime("%a"): E(f, "Date's weekday")
    except (TypeError, ValueError, KeyError): E(f, "Date invalid"); d = None
    if H.get("X-Mailer") != "OTEnet WebMail": E(f, "X-Mailer")
    if H.get("Content-Type") != "text/plain; charset=ISO-8859-7" or H.get("Content-Transfer-Encoding") != "quoted-printable":
        E(f, "not text/plain ISO-8859-7 quoted-printable"); return
    for l in body.split("\r\n"):
        if len(l) > 76: E(f, f"QP line longer than 76: {l[:30]!r}"); break
        if re.search(r"=(?![0-9A-F]{2}|$)", l): E(f, f"bad QP escape in {l[:30]!r}"); break
        if re.search(r"[ \t]$", l): E(f, "trailing whitespace in a QP line"); break
    try:
        t = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("iso-8859-7")
    except (UnicodeError, ValueError) as ex: E(f, f"body does not decode: {ex}"); return
    names = []
    for k in ("Subject", "From", "To"):
        try:
            s = str(make_header(decode_header(H.get(k, ""))))
            names.append(s)
        except Exception: E(f, f"{k} does not decode"); names.append("")
        if not re.search(r"=\?ISO-8859-7\?Q\?", H.get(k, "")): E(f, f"{k} not an ISO-8859-7 Q-word")
    subj = names[0]
    MIME_PARTS[f] = [t, subj]
    if not subj.startswith("Fwd: "): E(f, "subject not a forward (Fwd: )")
    if "-------- Προωθημένο μήνυμα --------" not in t: E(f, "no forwarded block"); return
    toc = re.findall(r"^\* (\d+) - (.+) - (.+)$", t, re.M)
    heads = re.findall(r"^Date: (.+)\nFrom: (.+) <[^>]+>\nSubject: (.+)$", t, re.M)
    if not toc or [x[0] for x in toc] != [str(i) for i in range(1, len(toc) + 1)]: E(f, f"table of contents numbering {[x[0] for x in toc]}")
    if [(x[1], x[2]) for x in toc] != [(h[2], h[1]) for h in heads]: E(f, "table of contents != the messages (subject, sender)")
    prev = None
    for ds, _, _ in heads:
        try:
            md = parsedate_to_datetime(ds)
            if ds[:3] != md.strftime("%a"): E(f, f"digest message weekday {ds}")
            if prev and md <= prev: E(f, f"digest message {ds} not after the previous")
            prev = md
        except (TypeError, ValueError): E(f, f"digest message date {ds!r}")
    top = re.search(r"^(\S+) Digest - (\w{3}, \d+ \w{3} \d{4})$", t, re.M)
    end = re.search(r"^End of (\S+) Digest\n(\**)$", t, re.M)
    if not top or not end or top[1] != end[1]: E(f, "digest head / end line"); return
    if len(end[2]) != len(f"End of {end[1]} Digest"): E(f, "asterisk line length")
    if f"{top[1]} Digest - {top[2]}" not in subj or f"Θέμα: {top[1]} Digest - {top[2]}" not in t: E(f, "subject / forwarded Θέμα != the digest")
    fd = re.search(r"^Ημερομηνία: (\S+), (\d+) (\S+) (\d{4}) (\d\d):(\d\d)$", t, re.M)
    if not fd or fd[3] not in GR_M: E(f, "forwarded Ημερομηνία"); return
    try: fdt = dt.datetime(int(fd[4]), GR_M.index(fd[3]) + 1, int(fd[2]), int(fd[5]), int(fd[6]))
    except ValueError: E(f, "forwarded Ημερομηνία invalid"); return
    if GR_WD[fdt.weekday()] != fd[1]: E(f, f"forwarded Ημερομηνία weekday {fd[1]}")
    if prev and fdt < prev.replace(tzinfo=None): E(f, "forwarded digest before its last message")
    if d and fdt > d.replace(tzinfo=None): E(f, "forwarded digest after the forward")
    if top and dt.datetime.strptime(top[2], "%a, %d %b %Y").date() != fdt.date(): E(f, "digest date != forwarded Ημερομηνία")


# ---------------------------------------------------------------- 1600 Dokuz Eylül thesis copy
def check_deu(f, raw):
    L = lines_of(f, raw)
    nums = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): E(f, f"page numbers {nums}")
    if not re.fullmatch(r"\d{1,3}", L[-1]): E(f, "the copy does not end with a page number")
    if L.count("KAYNAKLAR") != 1: E(f, "bibliography heading"); return
    b = L.index("KAYNAKLAR")
    refs, cur = [], []
    for l in L[b + 1:] + [""]:
        if l == "" or re.fullmatch(r"\d{1,3}", l):
            if cur: refs.append(" ".join(cur)); cur = []
        else: cur.append(l)
    if not refs: E(f, "no references"); return
    if [r.lower() for r in refs] != sorted(r.lower() for r in refs): E(f, "references not alphabetical")
    for r in refs:
        if not re.search(r"\((\d{4})\)\.", r): E(f, f"no (year). in {r[:40]!r}")
        if "Erişim adresi" in r and not re.search(r"Erişim adresi: https://\S+", r): E(f, f"Erişim adresi without URL: {r[:40]!r}")
        for ds in re.findall(r"Erişim tarihi: ([\d.]+)\)", r):
            if not dt_ok(ds, "%d.%m.%Y"): E(f, f"Erişim tarihi {ds}")
        for a, z in re.findall(r"ss\. (\d+)–(\d+)", r):
            if int(a) >= int(z): E(f, f"pages {a}–{z}")
        au_ = r.split(" (")[0]
        if au_.count(".,") >= 1 and " ve " not in au_ and ", ... " not in au_: E(f, f"author list without «ve» or «...»: {r[:40]!r}")
    text = " ".join(L[:b])
    cites = [(m[1], m[2]) for m in re.finditer(r"\(([A-ZÇĞİÖŞÜ][\w-]+)(?: vd\.| ve [A-ZÇĞİÖŞÜ][\w-]+)?, (\d{4})\)", text)]
    cites += [(m[1], m[2]) for m in re.finditer(r"([A-ZÇĞİÖŞÜ][\w-]+)(?: vd\.| ve [A-ZÇĞİÖŞÜ][\w-]+) \((\d{4})\)", text)]
    if not cites: E(f, "no citations in the text")
    for name, y in cites:
        if not any(r.startswith((name + ",", name + ".")) and f"({y})." in r for r in refs): E(f, f"citation ({name}, {y}) has no reference")
    for r in refs:
        name = r.split(",")[0].split(".")[0]
        if name not in text: E(f, f"reference {name} is not cited in the text")


# ---------------------------------------------------------------- 1601 Fidus Writer BibLaTeX
BIBLATEX_TYPES = {"article", "inproceedings", "book", "online", "software", "dataset", "misc", "incollection", "thesis", "report"}


def bib_entries(f, raw):
    out, i = [], 0
    while True:
        m = re.compile(r"@(\w+)\{([^,\s]+),\n").search(raw, i)
        if not m: break
        depth, j = 1, m.end()
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
        if depth: E(f, f"entry {m[2]} braces unbalanced"); break
        fields = {}
        for fm in re.finditer(r"^\t(\w+) = \{(.*)\},?$", raw[m.end():j - 1], re.M):
            fields[fm[1]] = fm[2]
        out.append((m[1], m[2], fields, raw[m.end():j - 1])); i = j
    return out


def check_fidus(f, raw):
    L = lines_of(f, raw)
    if raw.count("{") != raw.count("}"): E(f, "braces unbalanced")
    ents = bib_entries(f, raw)
    if raw.count("\n@") + raw.startswith("@") != len(ents) or not ents: E(f, "an entry that does not parse")
    if [e[1] for e in ents] != sorted(e[1] for e in ents): E(f, "entries not in key order")
    keys_, vals = set(), []
    for typ, key, fl, body in ents:
        if typ not in BIBLATEX_TYPES: E(f, f"entry type {typ}")
        if key in keys_: E(f, f"duplicate key {key}")
        keys_.add(key)
        lines = body.strip("\n").split("\n")
        for n, line in enumerate(lines):
            if not re.fullmatch(r"\t\w+ = \{.*\}" + ("" if n == len(lines) - 1 else ","), line): E(f, f"field line {line[:40]!r}")
        for need in ("author", "title", "date"):
            if need not in fl: E(f, f"{key} lacks {need}")
        if "year" in fl: E(f, f"{key} has a BibTeX year instead of a BibLaTeX date")
        if "date" in fl and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", fl["date"]): E(f, f"{key} date {fl['date']}")
        if "date" in fl and not re.match(r"[a-z]+" + fl["date"][:4], key): E(f, f"key {key} != name + year of its date")
        if "pages" in fl:
            pm = re.fullmatch(r"(\d+)--(\d+)", fl["pages"])
            if not pm or int(pm[1]) >= int(pm[2]): E(f, f"{key} pages {fl['pages']}")
        if "url" in fl and not fl["url"].startswith("https://"): E(f, f"{key} url {fl['url']}")
        if "urldate" in fl and not dt_ok(fl["urldate"], "%Y-%m-%d"): E(f, f"{key} urldate {fl['urldate']}")
        if "urldate" in fl and "url" not in fl: E(f, f"{key} urldate without url")
        if ("eprint" in fl) != ("eprinttype" in fl) or fl.get("eprinttype", "arxiv") != "arxiv": E(f, f"{key} eprint / eprinttype")
        if "isbn" in fl and not isbn13_ok(fl["isbn"]): E(f, f"{key} isbn {fl['isbn']}")
        if typ == "article" and "journaltitle" not in fl: E(f, f"{key} article without journaltitle")
        if typ == "inproceedings" and "booktitle" not in fl: E(f, f"{key} inproceedings without booktitle")
        vals += list(fl.values())
    BIB[f] = vals


# ---------------------------------------------------------------- 1602 Instagantt CSV
IG_HEAD = ["ID", "Name", "Section", "Assigned To", "Start Date", "Due Date", "Progress", "Dependencies", "Milestone", "Notes"]


def check_instagantt(f, raw):
    if raw.startswith("\ufeff"): E(f, "a BOM (the export has none)")
    if not raw.endswith("\r\n"): E(f, "no final CR LF")
    q = False
    for i, ch in enumerate(raw):
        if ch == '"': q = not q
        elif ch == "\n" and not q and raw[i - 1] != "\r": E(f, "a record ends without CR LF"); break
        elif ch == "\r" and (q or raw[i + 1:i + 2] != "\n"): E(f, "a CR inside a field or without LF"); break
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if not rows or rows[0] != IG_HEAD: E(f, "header"); return
    again = io.StringIO()
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if again.getvalue() != raw: E(f, "not written as the export writes it (every field quoted, no space after commas)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    due = {}
    secs = set()
    for n, r in enumerate(rows[1:], 1):
        if len(r) != len(IG_HEAD): E(f, f"{len(r)} fields in {r[:1]}"); continue
        if r[0] != str(n): E(f, f"task id {r[0]} (want {n})")
        s, d = dt_ok(r[4], "%Y-%m-%d"), dt_ok(r[5], "%Y-%m-%d")
        if not s or not d or s > d: E(f, f"start/due {r[4]}/{r[5]}"); continue
        if r[8] not in ("Yes", "No"): E(f, f"milestone {r[8]!r}")
        if r[8] == "Yes" and s != d: E(f, f"milestone {r[0]} with start != due")
        pm = re.fullmatch(r"(\d{1,3})%", r[6])
        if not pm or int(pm[1]) > 100: E(f, f"progress {r[6]!r}")
        for dep in filter(None, r[7].split(",")):
            if not dep.isdigit() or dep not in due: E(f, f"task {r[0]} depends on {dep!r}, no earlier task")
            elif due[dep] > s: E(f, f"task {r[0]} starts before its dependency {dep} is due")
            elif pm and int(pm[1]) > 0 and rows[int(dep)][6] == "0%": E(f, f"task {r[0]} in progress before its dependency {dep} started")
        due[r[0]] = d
        secs.add(r[2])
    if len(secs) < 2: E(f, "sections")


# ---------------------------------------------------------------- 1603 BwMessenger export
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def check_bwm(f, raw):
    L = lines_of(f, raw)
    keys_ = ["Raum: ", "Raum-ID: !", "Mitglieder (", "Zeitraum: ", "Exportiert von: ", "Exportiert am: ", "Nachrichten: ", "Format: "]
    if L[0] != "BwMessenger – Chatverlauf (Export)" or [k for k, l in zip(keys_, L[1:9]) if not l.startswith(k)]: E(f, "head lines"); return
    hs = L[2].split(":", 2)[-1]
    mem = re.fullmatch(r"Mitglieder \((\d+)\): (.+)", L[3])
    members = dict((n.strip(), u) for n, u in re.findall(r"([^,(]+?) \(@([\w.]+):" + re.escape(hs) + r"\)", mem[2])) if mem else {}
    days, stamps, authors, n, cur = [], [], [], 0, None
    for i, l in enumerate(L[9:], 9):
        m = re.fullmatch(r"--- (\S+), (\d+)\. (\S+) (\d{4}) ---", l)
        if m:
            if m[3] not in DE_M: E(f, f"month {m[3]}"); continue
            try: d = dt.date(int(m[4]), DE_M.index(m[3]) + 1, int(m[2]))
            except ValueError: E(f, f"day {l}"); continue
            if DE_WD[d.weekday()] != m[1]: E(f, f"weekday of {l}")
            if days and d <= days[-1]: E(f, f"day {l} not after the previous")
            days.append(d); cur = d; continue
        m = re.fullmatch(r"\[(\d\d):(\d\d)\] ([^:]+): (.*)", l)
        if m:
            if cur is None: E(f, "message before a day separator"); continue
            try: s = dt.datetime(cur.year, cur.month, cur.day, int(m[1]), int(m[2]))
            except ValueError: E(f, f"time {l}"); continue
            if stamps and s <= stamps[-1]: E(f, f"message at {l[:12]} not after the previous")
            stamps.append(s); n += 1
            rm = re.match(r"> <@([\w.]+):([\w.-]+)> (.+)", m[4])
            if rm:
                who = next((a for a, u in members.items() if u == rm[1]), None)
                if rm[2] != hs or who is None or who not in authors: E(f, f"reply to @{rm[1]}, no earlier author")
                elif not any(rm[3] in x for x in L[9:i]): E(f, f"reply quotes text not written before: {rm[3][:30]!r}")
                if L[i + 1] != "": E(f, "reply fallback not followed by a blank line")
            if m[3] not in authors: authors.append(m[3])
        elif l.startswith("[") and re.match(r"\[\d", l): E(f, f"message line shape {l[:30]!r}")
    if not mem or sorted(members) != sorted(authors) or int(mem[1]) != len(authors) or list(members) != sorted(members):
        E(f, "Mitglieder != the authors sorted / counted")
    if L[7] != f"Nachrichten: {n}": E(f, "message count")
    if not days or L[4] != f"Zeitraum: {days[0]:%d.%m.%Y} – {days[-1]:%d.%m.%Y}": E(f, "Zeitraum != first / last day")
    ex = dt_ok(L[6][len("Exportiert am: "):], "%d.%m.%Y, %H:%M")
    if not ex or (stamps and ex < stamps[-1]): E(f, "export time before the last message")
    em = re.fullmatch(r"Exportiert von: (.+) \(@([\w.]+):" + re.escape(hs) + r"\)", L[5])
    if not em or members.get(em[1]) != em[2]: E(f, "exporter not a member")
    if L[-1] != "--- Ende des Exports ---": E(f, "end line")


# ---------------------------------------------------------------- 1604 BUG forum thread copy
def check_bug(f, raw):
    L = lines_of(f, raw)
    if L[0] != "BUG Online": E(f, "site")
    bcs = [l for l in L if l.startswith("Forum  »  ")]
    if len(bcs) != 2 or bcs[0] != bcs[1]: E(f, "breadcrumb at the top and the bottom")
    st = next((re.fullmatch(r"Započeo/la (\S+), (\d\d\.\d\d\.\d{4}\.) u (\d\d:\d\d)", l) for l in L if l.startswith("Započeo/la ")), None)
    posts = [i for i, l in enumerate(L) if re.fullmatch(r"#\d+", l)]
    if not posts or [L[i] for i in posts] != [f"#{k}" for k in range(1, len(posts) + 1)]: E(f, "post numbers"); return
    cnt = next((re.match(r"Stranica 1 od 1   ·   (\d+) postova", l) for l in L if l.startswith("Stranica ")), None)
    if not cnt or int(cnt[1]) != len(posts): E(f, "post count in the page line")
    prev, names, reg = None, [], {}
    for i in posts:
        m = re.fullmatch(r"(\d\d\.\d\d\.\d{4}\.) u (\d\d:\d\d)", L[i - 1])
        d = dt_ok(f"{m[1]} {m[2]}", "%d.%m.%Y. %H:%M") if m else None
        if not d: E(f, f"post date {L[i - 1]!r}"); continue
        if prev and d <= prev: E(f, f"post {L[i]} not after the previous")
        prev = d
        blk = L[i - 6:i - 1]
        if len(blk) != 5 or not blk[2].startswith("Registriran: ") or not blk[3].startswith("Postova: ") or blk[4] != "":
            E(f, f"member block of {L[i]}"); continue
        nick = blk[0]
        j = dt_ok(blk[2][len("Registriran: "):], "%d.%m.%Y.")
        if not j or j > d: E(f, f"registration date of {nick}")
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})*", blk[3][len("Postova: "):]): E(f, f"post count of {nick}")
        if nick in reg and reg[nick] != tuple(blk[1:4]): E(f, f"member block of {nick} differs between posts")
        reg[nick] = tuple(blk[1:4])
        if i == posts[0] and (not st or (st[1], f"{st[2]} u {st[3]}") != (nick, L[i - 1])): E(f, "Započeo/la != post #1")
        k = i + 2
        if L[k].startswith("Citat: "):
            q = L[k][len("Citat: "):]
            if q not in names: E(f, f"quote of {q}, no earlier poster")
        end = next((x for x in range(i, len(L)) if L[x] == "Citiraj   Odgovori   Prijavi"), None)
        if end is None or (posts.index(i) + 1 < len(posts) and end > posts[posts.index(i) + 1]): E(f, f"post {L[i]} without its buttons")
        for x in range(i, end or i):
            zm = re.fullmatch(r"Zahvale \((\d+)\): (.+)", L[x])
            if zm:
                tn = zm[2].split(", ")
                if int(zm[1]) != len(tn): E(f, f"thanks count in {L[i]}")
                if nick in tn: E(f, f"{nick} thanks their own post")
        names.append(nick)
    if sum(1 for l in L if l == "Citiraj   Odgovori   Prijavi") != len(posts): E(f, "buttons per post")
    ft = re.fullmatch(r"© 1992-(\d{4}) BUG d\.o\.o\. Sva prava pridržana\.", L[-1])
    if not ft or (prev and int(ft[1]) < prev.year): E(f, "footer")


# ---------------------------------------------------------------- 1605 Redlink HTML
VOID = {"meta", "br", "img", "hr", "link", "input"}
PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]
PL_NOM = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
          "listopad", "grudzień"]


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()


def check_redlink(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html lang="pl">' not in raw or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang / charset")
    p = _TagCheck(); p.feed(raw)
    if p.bad or p.stack: E(f, f"tags unbalanced {p.bad} {p.stack}")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;|#x[0-9a-f]+;)", raw): E(f, "a bare &")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not u.startswith("https://"): E(f, f"link {u}")
    t = re.search(r"<title>.*? – nr (\d+), (\S+) (\d{4})</title>", raw)
    h = re.search(r"<p>Nr (\d+) · (\S+), (\d+) (\S+) (\d{4}) ·", raw)
    if not t or not h or t[1] != h[1] or t[3] != h[5] or t[2] not in PL_NOM or h[4] not in PL_M or PL_NOM.index(t[2]) != PL_M.index(h[4]):
        E(f, "issue / month in title != masthead")
    for wd, d, mo, y in re.findall(r"(\w+), (\d+) (\w+) (\d{4})", raw):
        if mo in PL_M:
            if wd not in PL_WD: E(f, f"weekday word {wd!r}"); continue
            try:
                if dt.date(int(y), PL_M.index(mo) + 1, int(d)).weekday() != PL_WD.index(wd): E(f, f"weekday of {d} {mo} {y}")
            except ValueError: E(f, f"date {d} {mo} {y}")
    rl = re.findall(r'href="https://[\w.-]+/r/(\w+)\?c=(\d+)&amp;s=(\w+)"', raw)
    if not {"online", "wypisz", "preferencje"} <= {x[0] for x in rl} or len({x[1:] for x in rl}) != 1: E(f, "Redlink links")
    if "Wiadomość wysłana za pomocą platformy Redlink." not in raw: E(f, "no Redlink credit")
    if "RODO" not in raw: E(f, "no RODO note")


# ---------------------------------------------------------------- 1606 blogg.no copy (negative)
NO_M = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]


def no_date(f, s):
    m = re.fullmatch(r"(\d+)\. (\S+) (\d{4}) kl\. (\d\d):(\d\d)", s)
    if not m or m[2] not in NO_M: E(f, f"Norwegian date {s!r}"); return None
    try: return dt.datetime(int(m[3]), NO_M.index(m[2]) + 1, int(m[1]), int(m[4]), int(m[5]))
    except ValueError: E(f, f"Norwegian date {s!r}"); return None


def check_bloggno(f, raw):
    L = lines_of(f, raw)
    if L[0] != "blogg.no": E(f, "site name")
    m = next((re.fullmatch(r"Publisert av (\S+), (.+?) \| Kategori: .+", l) for l in L if l.startswith("Publisert av ")), None)
    post = no_date(f, m[2]) if m else None
    if not post: E(f, "post line"); return
    cnt = next((l for l in L if re.fullmatch(r"Kommentarer \(\d+\)", l)), "")
    if not cnt: E(f, "no comment count"); return
    c0 = L.index(cnt) + 2
    cs = []
    i = c0
    while i + 3 < len(L) and L[i] and L[i] != "Skriv en kommentar":
        cs.append(i); i += 5
    if cnt != f"Kommentarer ({len(cs)})": E(f, f"comment count {cnt} != {len(cs)}")
    prev, names = post, [m[1]]
    for i in cs:
        d = no_date(f, L[i + 1])
        if d and d < prev: E(f, f"comment date {L[i + 1]} out of order")
        prev = d or prev
        for at in re.findall(r"@(\S+(?: [A-ZÆØÅ]\.)?)", L[i + 2]):
            if at not in names: E(f, f"@{at} not an earlier commenter")
        names.append(L[i])
        if L[i + 3] != "Svar" or L[i + 4] != "": E(f, "no Svar after a comment")
    for s in re.findall(r"ISBN ([\d-]{13,17})", raw):
        if not isbn13_ok(s): E(f, f"ISBN {s}")
    lk = next((re.fullmatch(r"(\d+) liker dette", l) for l in L if l.endswith(" liker dette")), None)
    if not lk: E(f, "no like count")
    if not L[-1].startswith("© ") or "blogg.no" not in L[-1]: E(f, "footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1597: check_luis, 1598: check_inria, 1599: check_otenet, 1600: check_deu, 1601: check_fidus,
     1602: check_instagantt, 1603: check_bwm, 1604: check_bug, 1605: check_redlink,
     1606: check_bloggno}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + (["\n".join(BIB[f])] if f in BIB else [])
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
# round158's and round159's, a byte-identical file counted once), and the round158/round159 split (candidates sorted by
# (uses, catalogue title); round158 = even positions from 4 on, one unbroken run; round159 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P159S = ["/work/rounds/digests-round159/expected.json", "/work/main/tests/data/digests-round159/expected.json"]
P159 = next((p for p in P159S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P159S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round158", "digests-round159") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round158 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r159 = set()
if P159:
    try:
        r159 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P159)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P159} exists but could not be read (being written?)")
    their_even = sorted(k for k in r159 if pos.get(k, 1) % 2 == 0)
    if r159 & mine and their_even:
        notes.append(f"round159's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r159)} papers at even positions): shared papers not an error here, to be settled by round159: "
                     f"{len(r159 & mine)} shared: {sorted(r159 & mine)}")
    elif r159 & mine: errors.append(f"papers also in round159: {sorted(r159 & mine)}")
shared159 = len(r159 & mine) if P159 else "(no round159 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round158 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round159: {shared159}; papers in more than one round158 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


