#!/usr/bin/env python3
r"""Checks round156/expected.json against the digests and the shared catalogues.

Adapted from round154/validate.py (the label checks are the same code; the reuse report is round154's with round156 /
round157 in place of round154 / round155: round156 holds the even positions from 4; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round156's and round157's own, a byte-identical
file once, and checks the split (even positions 4.., one run; no paper shared with round157's expected.json, read from
/work/rounds/digests-round157/ or /work/main/tests/data/digests-round157/ when it exists; no paper in two files).
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1579's two base64 MIME parts and its RFC 2047
subject; 1581's BibTeX field values; 1582's CSV fields; everything with HTML entities undone once and twice and
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind.

Expected reading forms (round156's one change to the reporting, not to the checks): a digest kind whose text can only
be read decoded or joined is declared in READ_AS — 1579 (every label is inside base64 MIME parts) and 1580 (titles broken
over the PDF's lines). For these the facts «found only after decoding» / «found only after normalising whitespace» are
counted on the file's summary line instead of being printed as notes; the same facts in any other file are notes.

Shape checks (lean): 1577 ÕIS2 course page (LF; skip link, university, ÕIS2 head lines; breadcrumb `Õppeained / CODE /
…` and the heading `CODE name`, the `Aine kood` value the same code; the credits in the heading = `Ainepunktid`; field
labels in order; the reading table's header and 4 TAB cells per row; weeks consecutive from and to `Toimumise nädalad`,
each date valid, on the lecture weekday of the `Tunniplaan` (Estonian E T K N R L P), 7 days apart and in the study
week its number says (week 1 = the week of the first Monday of September); the timetable's date range and `Viimane
loeng` = the table's; the footer); 1578 code.europa.eu README (LF; fences balanced; awesome badge; every `](#anchor)` a
heading's slug; one clone URL on code.europa.eu = the `cd` directory, every code.europa.eu link in that project; link
items `- [Title](https://…) — …`; table rows with the header's cell count); 1579 Proximus Mail .eml (CR LF only,
ASCII; headers Date / From / To / Subject / Message-ID / MIME-Version / Content-Type / X-Mailer; Date valid with its
weekday; multipart/alternative: the boundary's parts text/plain and text/html, UTF-8, base64 with lines ≤ 76 of the
base64 alphabet, decoding; the closing boundary; the subject's B-word decoding to `Fwd: …`; the Dutch forward block;
the forwarded Mailman digest: topics numbered 1..n = `Message: 1..n`, message dates valid with weekdays and increasing,
`End of … Digest, Vol V, Issue I` = the subject's and the forwarded `Onderwerp:`, its asterisk line as long, the
forwarded `Datum:` with the right Dutch weekday, after the last message and before the mail); 1580 UGM thesis copy
(LF; page numbers consecutive; `DAFTAR PUSTAKA` once; references alphabetical, each with `, yyyy, `; `Tersedia di:`
followed by an https URL and `[Diakses d Bulan yyyy]` with a valid Indonesian date; page ranges a–b with a < b; every
author-year citation in the text has a reference with that name and year); 1581 QuillBot BibTeX (LF; `% ` header with
`QuillBot` and the source count = entries; braces balanced; entry types known; keys unique; author, title, year (4
digits) in each; pages a--b with a < b; url https; isbn-13 check digit; `Recuperado el d de mes de yyyy` dates valid);
1582 Projectplace CSV (BOM; `;`-separated; the header; 11 fields per row; CR LF record ends, LF only inside quotes;
`#n` ids consecutive; columns known; dates ISO, start = due − 7 days, no start without due; Skapad < Senast ändrad,
Skapad in card order); 1583 8x8 Work export (LF; head lines in order; `Membri (n)` = the authors sorted and counted;
`Mesaje` = message heads; day separators with the right Romanian weekday and month, increasing; times increasing within
a day; `Perioada` = first / last day; export after the last message; replies to earlier authors); 1584 Murobbs copy
(LF; site, breadcrumb, `Aloittaja name, date` = post #1; posts `#1..n`; member blocks Liittynyt / Viestejä /
Reaktiopisteet with a join date before the post; post dates valid and non-decreasing; quotes of earlier posters with
`Laajenna...`; one `Tykkää   Lainaa   Vastaa` per post; the XenForo footer year ≥ the last post's); 1585 Webgalamb HTML
(LF; doctype, lang="hu", charset meta; tags balanced; `&` only as an entity; https links; issue number, year and month
the same in title and masthead; Hungarian `yyyy. hónap d., nap` weekdays right; online / leiratkozás / adatmódosítás
links with one hl / f / h; the Webgalamb credit); 1586 blogas.lt copy (LF; site name first; the post line; the
`Komentarai (N)` count; comment dates (Lithuanian month genitives) valid, after the post, increasing; `@name` an
earlier commenter; `Atsakyti` after each comment; ISBN-13 check digit; the footer).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue / distractor id or title; a
valid-shaped unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a
label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and
the shape checks."""

import base64, binascii, csv, html, io, json, os, re, sys, unicodedata
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
READ_AS = {1579: {"decoded"}, 1580: {"joined"}}

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


# ---------------------------------------------------------------- 1577 ÕIS2 course page
ET_WD = {"E": 0, "T": 1, "K": 2, "N": 3, "R": 4, "L": 5, "P": 6}


def check_ois2(f, raw):
    L = lines_of(f, raw)
    if L[:4] != ["Jäta menüü vahele", "TARTU ÜLIKOOL", "ÕIS2", "Õppeinfosüsteem"]: E(f, "ÕIS2 head lines")
    bc = next((l for l in L if l.startswith("Õppeained / ")), None)
    if not bc: E(f, "no breadcrumb"); return
    code = bc.split(" / ")[1]
    if not re.fullmatch(r"[A-Z]{4}\.\d{2}\.\d{3}", code): E(f, f"course code {code!r}")
    i = L.index(bc)
    if not any(l.startswith(code + " ") for l in L[i + 1:i + 4]): E(f, "course heading lacks the code")
    labels = ["Aine kood", "Aine nimetus", "Aine nimetus inglise keeles", "Ainepunktid", "Õppeaste",
              "Vastutav struktuuriüksus", "Aine vastutav õppejõud", "Õppekeel", "Eesmärgid", "Lühikirjeldus",
              "Õpiväljundid", "Õppejõud", "Toimumise nädalad", "Tunniplaan", "Nädalaplaan ja lugemismaterjal",
              "Hindamine", "Kirjandus", "Muu informatsioon"]
    idx = [L.index(x) if x in L else -1 for x in labels]
    if -1 in idx or idx != sorted(idx): E(f, f"field labels missing or out of order {idx}"); return
    if L[L.index("Aine kood") + 1] != code: E(f, "Aine kood != the breadcrumb's code")
    eap = next((re.match(r"(\d+) EAP", l) for l in L[i + 1:i + 5] if re.match(r"\d+ EAP", l)), None)
    if not eap or L[L.index("Ainepunktid") + 1] != eap[1]: E(f, "credits in the heading != Ainepunktid")
    wk = re.fullmatch(r"(\d+)-(\d+)", L[L.index("Toimumise nädalad") + 1])
    if not wk: E(f, "Toimumise nädalad"); return
    tp = L[L.index("Tunniplaan") + 1]
    m = re.match(r"([ETKNRLP]) \d\d:\d\d–\d\d:\d\d loeng, .+ \((\d\d\.\d\d\.\d{4})–(\d\d\.\d\d\.\d{4})\)$", tp)
    if not m: E(f, f"Tunniplaan lecture line {tp!r}"); return
    head = "Nädal\tKuupäev\tTeema\tLugemine"
    if head not in L: E(f, "reading table header"); return
    h = L.index(head)
    dates, weeks = [], []
    for l in L[h + 1:]:
        if not re.match(r"\d+\t", l): break
        c = l.split("\t")
        if len(c) != 4: E(f, f"row {l[:20]!r}: {len(c)} cells"); continue
        d = dt_ok(c[1], "%d.%m.%Y")
        if not d: E(f, f"bad date {c[1]!r}"); continue
        if d.weekday() != ET_WD[m[1]]: E(f, f"{c[1]} not on the lecture weekday {m[1]}")
        if dates and (d - dates[-1]).days != 7: E(f, f"{c[1]} not 7 days after the previous row")
        sep1 = dt.datetime(d.year if d.month >= 9 else d.year - 1, 9, 1)
        sep1 += dt.timedelta(days=(7 - sep1.weekday()) % 7)
        if (d - sep1).days // 7 + 1 != int(c[0]): E(f, f"week {c[0]} is not the study week of {c[1]}")
        dates.append(d); weeks.append(int(c[0]))
    if not dates: E(f, "no rows"); return
    if weeks != list(range(int(wk[1]), int(wk[2]) + 1)): E(f, f"weeks {weeks[:3]}… != Toimumise nädalad {wk[0]}")
    if (m[2], m[3]) != (f"{dates[0]:%d.%m.%Y}", f"{dates[-1]:%d.%m.%Y}"): E(f, "Tunniplaan dates != the table's")
    vl = next((l for l in L if l.startswith("Viimane loeng: ")), "")
    if not vl.startswith(f"Viimane loeng: {dates[-1]:%d.%m.%Y}."): E(f, "last lecture date != last row")
    if not L[-1].startswith("© ") or "ÕIS2" not in L[-1]: E(f, "footer")


# ---------------------------------------------------------------- 1578 code.europa.eu README
def check_codeeuropa(f, raw):
    L = lines_of(f, raw)
    if sum(1 for l in L if l.startswith("```")) % 2: E(f, "code fences unbalanced")
    if "awesome.re/badge.svg" not in L[0]: E(f, "no awesome badge in the title line")
    heads = [re.sub(r"^#+ ", "", l) for l in L if re.match(r"#{2,3} ", l)]
    slugs = {slug(h) for h in heads}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in slugs: E(f, f"anchor #{a} is no heading's slug")
    clones = re.findall(r"git clone https://code\.europa\.eu/([\w.-]+)/([\w.-]+)\.git", raw)
    cds = re.findall(r"^cd ([\w.-]+)$", raw, re.M)
    if len(clones) != 1 or cds != [clones[0][1]]: E(f, f"clone {clones} / cd {cds}"); return
    for g, p in re.findall(r"https://code\.europa\.eu/([\w.-]+)/([\w.-]+?)(?:\.git|/|\))", raw):
        if (g, p) != clones[0]: E(f, f"code.europa.eu link to another project {g}/{p}")
    hdr = None
    for l in L:
        if l.startswith("- [") and "](" in l and not l.startswith("- [!"):
            if not re.match(r"- \[[^\]]+\]\((https://\S+|#[^)]+)\)( — .+)?$", l): E(f, f"link item shape: {l[:60]!r}")
        if l.startswith("|"):
            hdr = hdr or l.count("|")
            if l.count("|") != hdr: E(f, f"table row cells: {l[:40]!r}")


# ---------------------------------------------------------------- 1579 Proximus Mail forward, base64
NL_WD = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def check_proximus(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): E(f, "line ends not CR LF throughout")
    try: raw.encode("ascii")
    except UnicodeEncodeError: E(f, "not 7-bit")
    hdr, _, body = raw.partition("\r\n\r\n")
    H = {}
    for l in re.sub(r"\r\n[ \t]+", " ", hdr).split("\r\n"):
        k, _, v = l.partition(": ")
        H[k] = v.strip()
    for k in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "X-Mailer"):
        if k not in H: E(f, f"header {k} missing")
    try:
        d = parsedate_to_datetime(re.sub(r" \(\w+\)$", "", H.get("Date", "")))
        if H["Date"][:3] != d.strftime("%a"): E(f, "Date's weekday")
    except (TypeError, ValueError, KeyError): E(f, "Date invalid"); d = None
    if H.get("X-Mailer") != "Proximus Mail": E(f, "X-Mailer")
    bm = re.fullmatch(r'multipart/alternative; boundary="([^"]+)"', H.get("Content-Type", ""))
    if not bm: E(f, "not multipart/alternative with a boundary"); return
    B = bm[1]
    if not body.rstrip("\r\n").endswith(f"--{B}--"): E(f, "no closing boundary")
    parts = body.split(f"--{B}")[1:-1]
    got = {}
    for p in parts:
        ph, _, pb = p.strip("\r\n").partition("\r\n\r\n")
        PH = dict(l.split(": ", 1) for l in ph.split("\r\n") if ": " in l)
        ct = PH.get("Content-Type", "")
        if PH.get("Content-Transfer-Encoding") != "base64" or "charset=UTF-8" not in ct: E(f, f"part {ct!r} not UTF-8 base64"); continue
        for l in pb.split("\r\n"):
            if len(l) > 76 or not re.fullmatch(r"[A-Za-z0-9+/=]*", l): E(f, f"bad base64 line {l[:30]!r}"); break
        try:
            got[ct.split(";")[0]] = base64.b64decode(pb.replace("\r\n", ""), validate=True).decode("utf-8").replace("\r\n", "\n")
        except (binascii.Error, UnicodeError, ValueError) as ex: E(f, f"part {ct!r} does not decode: {ex}")
    if sorted(got) != ["text/html", "text/plain"]: E(f, f"parts {sorted(got)}"); return
    try: subj = str(make_header(decode_header(H.get("Subject", ""))))
    except Exception: E(f, "subject does not decode"); subj = ""
    MIME_PARTS[f] = [got["text/plain"], got["text/html"], subj]
    if not subj.startswith("Fwd: "): E(f, "subject not a forward (Fwd: )")
    t = got["text/plain"]
    if "---------- Doorgestuurd bericht ----------" not in t: E(f, "no forwarded block"); return
    topics = re.findall(r"^   (\d+)\. .+$", t, re.M)
    mnums = re.findall(r"^Message: (\d+)$", t, re.M)
    if not topics or topics != mnums or topics != [str(i) for i in range(1, len(topics) + 1)]: E(f, f"topics {topics} / messages {mnums}")
    prev = None
    for ds in re.findall(r"^Message: \d+\nDate: (.+)$", t, re.M):
        try:
            md = parsedate_to_datetime(ds)
            if ds[:3] != md.strftime("%a"): E(f, f"digest message weekday {ds}")
            if prev and md <= prev: E(f, f"digest message {ds} not after the previous")
            prev = md
        except (TypeError, ValueError): E(f, f"digest message date {ds!r}")
    end = re.search(r"^End of (\S+) Digest, Vol (\d+), Issue (\d+)\n(\**)$", t, re.M)
    if not end: E(f, "no digest end line"); return
    if len(end[4]) != len(end[0].split("\n")[0]): E(f, "asterisk line length")
    if f"{end[1]} Digest, Vol {end[2]}, Issue {end[3]}" not in subj: E(f, "subject's Vol/Issue != the digest's")
    if f"Onderwerp: {end[1]} Digest, Vol {end[2]}, Issue {end[3]}" not in t: E(f, "forwarded Onderwerp != the digest")
    fd = re.search(r"^Datum: (\w\w) (\d\d/\d\d/\d{4} \d\d:\d\d)$", t, re.M)
    fdt = dt_ok(fd[2], "%d/%m/%Y %H:%M") if fd else None
    if not fdt: E(f, "forwarded Datum"); return
    if NL_WD[fdt.weekday()] != fd[1]: E(f, f"forwarded Datum weekday {fd[1]}")
    if prev and fdt < prev.replace(tzinfo=None): E(f, "forwarded digest before its last message")
    if d and fdt > d.replace(tzinfo=None): E(f, "forwarded digest after the forward")


# ---------------------------------------------------------------- 1580 UGM thesis copy
ID_M = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def check_ugm(f, raw):
    L = lines_of(f, raw)
    nums = [int(l) for l in L if re.fullmatch(r"\d{1,3}", l)]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): E(f, f"page numbers {nums}")
    if L.count("DAFTAR PUSTAKA") != 1: E(f, "bibliography heading"); return
    b = L.index("DAFTAR PUSTAKA")
    refs, cur = [], []
    for l in L[b + 1:] + [""]:
        if l == "" or re.fullmatch(r"\d{1,3}", l):
            if cur: refs.append(" ".join(cur)); cur = []
        else: cur.append(l)
    if not refs: E(f, "no references"); return
    if [r.lower() for r in refs] != sorted(r.lower() for r in refs): E(f, "references not alphabetical")
    for r in refs:
        if not re.search(r", (\d{4}), ", r): E(f, f"no year in {r[:40]!r}")
        if "Tersedia di:" in r:
            m = re.search(r"Tersedia di: (https://\S+) \[Diakses (\d+) (\w+) (\d{4})\]", r)
            if not m: E(f, f"Tersedia di without URL / Diakses: {r[:40]!r}"); continue
            if m[3] not in ID_M or not dt_ok(f"{m[2]} {ID_M.index(m[3]) + 1} {m[4]}", "%d %m %Y"): E(f, f"Diakses date {m[2]} {m[3]} {m[4]}")
        for a, z in re.findall(r"(\d+)–(\d+)", r):
            if int(a) >= int(z): E(f, f"pages {a}–{z}")
    text = " ".join(L[:b])
    cites = []
    for grp in re.findall(r"\(([^()]*?\d{4})\)", text):
        for c in grp.split(";"):
            m = re.fullmatch(r"\s*(.+?)(?: dkk\.| dan [^,]+)?, (\d{4})", c)
            if m: cites.append((m[1], m[2]))
    cites += re.findall(r"([A-Z][\w-]+) dan [A-Z][\w-]+ \((\d{4})\)", text)
    if not cites: E(f, "no citations in the text")
    for name, y in cites:
        if not any(r.startswith(name) and f", {y}, " in r for r in refs): E(f, f"citation ({name}, {y}) has no reference")


# ---------------------------------------------------------------- 1581 QuillBot BibTeX
BIB_TYPES = {"article", "inproceedings", "book", "misc", "incollection", "phdthesis", "mastersthesis", "techreport", "online"}
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


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
        for fm in re.finditer(r"^  (\w+) = \{(.*)\},?$", raw[m.end():j - 1], re.M):
            fields[fm[1]] = fm[2]
        out.append((m[1], m[2], fields, raw[m.end():j - 1])); i = j
    return out


def check_quillbot(f, raw):
    L = lines_of(f, raw)
    hd = [l for l in L[:L.index("") if "" in L else 0]]
    if not hd or not all(l.startswith("% ") for l in hd) or "QuillBot" not in hd[0]: E(f, "header comments")
    if raw.count("{") != raw.count("}"): E(f, "braces unbalanced")
    ents = bib_entries(f, raw)
    n = re.search(r"\((\d+) fuentes\)", raw)
    if not n or int(n[1]) != len(ents): E(f, f"source count {n and n[1]} != {len(ents)} entries")
    if raw.count("\n@") + raw.startswith("@") != len(ents): E(f, "an entry that does not parse")
    keys_, vals = set(), []
    for typ, key, fl, body in ents:
        if typ not in BIB_TYPES: E(f, f"entry type {typ}")
        if key in keys_: E(f, f"duplicate key {key}")
        keys_.add(key)
        for line in body.strip("\n").split("\n"):
            if not re.fullmatch(r"  \w+ = \{.*\},?", line): E(f, f"field line {line[:40]!r}")
        for need in ("author", "title", "year"):
            if need not in fl: E(f, f"{key} lacks {need}")
        if "year" in fl and not re.fullmatch(r"\d{4}", fl["year"]): E(f, f"{key} year {fl['year']}")
        if "pages" in fl:
            pm = re.fullmatch(r"(\d+)--(\d+)", fl["pages"])
            if not pm or int(pm[1]) >= int(pm[2]): E(f, f"{key} pages {fl['pages']}")
        if "url" in fl and not fl["url"].startswith("https://"): E(f, f"{key} url {fl['url']}")
        if "isbn" in fl and not isbn13_ok(fl["isbn"]): E(f, f"{key} isbn {fl['isbn']}")
        if "note" in fl and fl["note"].startswith("Recuperado"):
            rm = re.fullmatch(r"Recuperado el (\d+) de (\w+) de (\d{4})", fl["note"])
            if not rm or rm[2] not in ES_M or not dt_ok(f"{rm[1]} {ES_M.index(rm[2]) + 1} {rm[3]}", "%d %m %Y"): E(f, f"{key} note date")
        vals += list(fl.values())
    BIB[f] = vals


# ---------------------------------------------------------------- 1582 Projectplace CSV
PP_HEAD = ["Kort-ID", "Titel", "Beskrivning", "Kolumn", "Ansvarig", "Etiketter", "Planerad start", "Förfallodatum",
           "Skapad av", "Skapad", "Senast ändrad"]
PP_COLS = {"Planerat", "Pågår", "Klart", "Resurser"}


def check_projectplace(f, raw):
    if not raw.startswith("\ufeff"): E(f, "no BOM")
    if not raw.endswith("\r\n"): E(f, "no final CR LF")
    q = False
    for i, ch in enumerate(raw):
        if ch == '"': q = not q
        elif ch == "\n" and not q and raw[i - 1] != "\r": E(f, "a record ends without CR LF"); break
        elif ch == "\r" and (q or raw[i + 1:i + 2] != "\n"): E(f, "a CR inside a field or without LF"); break
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline=""), delimiter=";"))
    if not rows or rows[0] != PP_HEAD: E(f, "header"); return
    CSV_FIELDS[f] = [c for r in rows for c in r]
    prev, pid = None, None
    for r in rows[1:]:
        if len(r) != len(PP_HEAD): E(f, f"{len(r)} fields in {r[:1]}"); continue
        m = re.fullmatch(r"#(\d+)", r[0])
        if not m or (pid is not None and int(m[1]) != pid + 1): E(f, f"card id {r[0]}")
        pid = int(m[1]) if m else pid
        if r[3] not in PP_COLS: E(f, f"column {r[3]!r}")
        due, st = dt_ok(r[7], "%Y-%m-%d"), dt_ok(r[6], "%Y-%m-%d")
        if r[7] and (not due or not st or (due - st).days != 7): E(f, f"start/due {r[6]}/{r[7]}")
        if not r[7] and r[6]: E(f, "start without due")
        c, u = dt_ok(r[9], "%Y-%m-%d %H:%M"), dt_ok(r[10], "%Y-%m-%d %H:%M")
        if not c or not u or c >= u: E(f, f"created/changed {r[9]}/{r[10]}"); continue
        if prev and c < prev: E(f, "created not in card order")
        prev = c


# ---------------------------------------------------------------- 1583 8x8 Work export
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_M = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie"]


def check_8x8(f, raw):
    L = lines_of(f, raw, final=False)
    keys_ = ["Canal: ", "Tip: ", "Membri (", "Perioada: ", "Exportat de: ", "Exportat la: ", "Mesaje: "]
    if L[0] != "8x8 Work — Export conversație" or [k for k, l in zip(keys_, L[1:8]) if not l.startswith(k)]: E(f, "head lines"); return
    days, stamps, authors, n = [], [], [], 0
    cur = None
    for i, l in enumerate(L[8:], 8):
        m = re.fullmatch(r"── (\S+), (\d+) (\S+) (\d{4}) ──", l)
        if m:
            if m[3] not in RO_M: E(f, f"month {m[3]}"); continue
            try: d = dt.date(int(m[4]), RO_M.index(m[3]) + 1, int(m[2]))
            except ValueError: E(f, f"day {l}"); continue
            if RO_WD[d.weekday()] != m[1]: E(f, f"weekday of {l}")
            if days and d <= days[-1]: E(f, f"day {l} not after the previous")
            days.append(d); cur = d; continue
        m = re.fullmatch(r"(\d\d):(\d\d)  (.+)", l)
        if m:
            if cur is None: E(f, "message before a day separator"); continue
            try: s = dt.datetime(cur.year, cur.month, cur.day, int(m[1]), int(m[2]))
            except ValueError: E(f, f"time {l}"); continue
            if stamps and s <= stamps[-1]: E(f, f"message at {l} not after the previous")
            stamps.append(s); n += 1
            if m[3] not in authors: authors.append(m[3])
            rm = re.match(r"↳ Răspuns către (.+?): ", L[i + 1] if i + 1 < len(L) else "")
            if rm and rm[1] not in authors: E(f, f"reply to {rm[1]}, no earlier author")
    mem = re.fullmatch(r"Membri \((\d+)\): (.+)", L[3])
    if not mem or mem[2] != ", ".join(sorted(authors)) or int(mem[1]) != len(authors): E(f, "Membri != the authors sorted / counted")
    if L[7] != f"Mesaje: {n}": E(f, "message count")
    if not days or L[4] != f"Perioada: {days[0]:%d.%m.%Y} – {days[-1]:%d.%m.%Y}": E(f, "Perioada != first / last day")
    ex = dt_ok(L[6][len("Exportat la: "):][:16], "%d.%m.%Y %H:%M")
    if not ex or (stamps and ex < stamps[-1]): E(f, "export time before the last message")
    em = re.fullmatch(r"Exportat de: (.+) <[\w.]+@[\w.-]+>", L[5])
    if not em or em[1] not in authors: E(f, "exporter not a member")


# ---------------------------------------------------------------- 1584 Murobbs (XenForo) thread copy
def check_murobbs(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Muropaketti.com": E(f, "site")
    if not any(l.startswith("Foorumit  ›  ") for l in L[:8]): E(f, "breadcrumb")
    st = next((re.fullmatch(r"Aloittaja (\S+), (\d+\.\d+\.\d{4})", l) for l in L if l.startswith("Aloittaja ")), None)
    posts = [i for i, l in enumerate(L) if re.fullmatch(r"#\d+", l)]
    if [L[i] for i in posts] != [f"#{k}" for k in range(1, len(posts) + 1)] or not posts: E(f, "post numbers"); return
    prev, names = None, []
    for i in posts:
        d = dt_ok(L[i - 1], "%d.%m.%Y")
        if not d: E(f, f"post date {L[i - 1]!r}"); continue
        if prev and d < prev: E(f, f"post {L[i]} before the previous")
        prev = d
        blk = L[i - 10:i - 1]
        if len(blk) != 9 or blk[2] != "Liittynyt" or blk[4] != "Viestejä" or blk[6] != "Reaktiopisteet" or blk[8] != "":
            E(f, f"member block of {L[i]}"); continue
        j = dt_ok(blk[3], "%d.%m.%Y")
        if not j or j > d: E(f, f"join date {blk[3]} of {blk[0]}")
        if not re.fullmatch(r"\d{1,3}(?: \d{3})*", blk[5]) or not re.fullmatch(r"\d{1,3}(?: \d{3})*", blk[7]): E(f, f"counts of {blk[0]}")
        if i == posts[0] and (not st or (st[1], st[2]) != (blk[0], L[i - 1])): E(f, "Aloittaja != post #1")
        k = i + 2
        if L[k].endswith(" sanoi:"):
            q = L[k][:-len(" sanoi:")]
            if q not in names: E(f, f"quote of {q}, no earlier poster")
            if L[k + 2] != "Laajenna...": E(f, "quote without Laajenna...")
        names.append(blk[0])
    if sum(1 for l in L if l == "Tykkää   Lainaa   Vastaa") != len(posts): E(f, "Tykkää / Lainaa / Vastaa per post")
    ft = re.fullmatch(r"Community platform by XenForo® © 2010-(\d{4}) XenForo Ltd\.", L[-1])
    if not ft or (prev and int(ft[1]) < prev.year): E(f, "XenForo footer")


# ---------------------------------------------------------------- 1585 Webgalamb HTML
VOID = {"meta", "br", "img", "hr", "link", "input"}
HU_WD = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
HU_M = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
        "november", "december"]


class _TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = []

    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)

    def handle_endtag(s, t):
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()


def check_webgalamb(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html lang="hu">' not in raw or '<meta charset="utf-8">' not in raw: E(f, "doctype / lang / charset")
    p = _TagCheck(); p.feed(raw)
    if p.bad or p.stack: E(f, f"tags unbalanced {p.bad} {p.stack}")
    if re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;|#x[0-9a-f]+;)", raw): E(f, "a bare &")
    for u in re.findall(r'href="([^"]+)"', raw):
        if not u.startswith("https://"): E(f, f"link {u}")
    t = re.search(r"<title>.*? – (\d+)\. szám, (\d{4})\. (\w+)</title>", raw)
    h = re.search(r"<p>(\d+)\. szám · (\d{4})\. (\w+) \d+\., \w+ ·", raw)
    if not t or not h or t.groups() != h.groups(): E(f, "issue in title != masthead")
    for y, mo, d, wd in re.findall(r"(\d{4})\. (\w+) (\d+)\., (\w+)", raw):
        if mo in HU_M and wd in HU_WD:
            if dt.date(int(y), HU_M.index(mo) + 1, int(d)).weekday() != HU_WD.index(wd): E(f, f"weekday of {y}. {mo} {d}.")
        elif mo in HU_M: E(f, f"weekday word {wd!r}")
    wg = re.findall(r'href="https://[\w.-]+/wg7/(\w+)\.php\?hl=(\d+)&amp;f=(\d+)&amp;h=(\w+)"', raw)
    if sorted(x[0] for x in wg) != ["adatmodositas", "leiratkozas", "online"] or len({x[1:] for x in wg}) != 1: E(f, "Webgalamb links")
    if "a Webgalamb hírlevélküldő rendszer" not in raw: E(f, "no Webgalamb credit")


# ---------------------------------------------------------------- 1586 blogas.lt copy (negative)
LT_M = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio"]


def lt_date(f, s):
    m = re.fullmatch(r"(\d{4}) m\. (\S+) (\d+) d\. (\d\d):(\d\d)", s)
    if not m or m[2] not in LT_M: E(f, f"Lithuanian date {s!r}"); return None
    try: return dt.datetime(int(m[1]), LT_M.index(m[2]) + 1, int(m[3]), int(m[4]), int(m[5]))
    except ValueError: E(f, f"Lithuanian date {s!r}"); return None


def check_blogas(f, raw):
    L = lines_of(f, raw)
    if L[0] != "blogas.lt": E(f, "site name")
    m = next((re.fullmatch(r"Paskelbė (\S+), (.+?) \| Kategorija: .+", l) for l in L if l.startswith("Paskelbė ")), None)
    post = lt_date(f, m[2]) if m else None
    if not post: E(f, "post line"); return
    cs = [i for i, l in enumerate(L) if l.endswith(" rašo:")]
    cnt = next((l for l in L if re.fullmatch(r"Komentarai \(\d+\)", l)), "")
    if cnt != f"Komentarai ({len(cs)})": E(f, f"comment count {cnt}")
    prev, names = post, [m[1]]
    for i in cs:
        d = lt_date(f, L[i + 1])
        if d and d < prev: E(f, f"comment date {L[i + 1]} out of order")
        prev = d or prev
        for at in re.findall(r"@(\S+)", L[i + 2]):
            if at not in names: E(f, f"@{at} not an earlier commenter")
        names.append(L[i][:-len(" rašo:")])
        if L[i + 3] != "Atsakyti": E(f, "no Atsakyti after a comment")
    for s in re.findall(r"ISBN ([\d-]{13,17})", raw):
        if not isbn13_ok(s): E(f, f"ISBN {s}")
    if not L[-1].startswith("© ") or "blogas.lt" not in L[-1]: E(f, "footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1577: check_ois2, 1578: check_codeeuropa, 1579: check_proximus, 1580: check_ugm, 1581: check_quillbot,
     1582: check_projectplace, 1583: check_8x8, 1584: check_murobbs, 1585: check_webgalamb,
     1586: check_blogas}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round156's and round157's, a byte-identical file counted once), and the round156/round157 split (candidates sorted by
# (uses, catalogue title); round156 = even positions from 4 on, one unbroken run; round157 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P157S = ["/work/rounds/digests-round157/expected.json", "/work/main/tests/data/digests-round157/expected.json"]
P157 = next((p for p in P157S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P157S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round156", "digests-round157") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round156 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r157 = set()
if P157:
    try:
        r157 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P157)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P157} exists but could not be read (being written?)")
    their_even = sorted(k for k in r157 if pos.get(k, 1) % 2 == 0)
    if r157 & mine and their_even:
        notes.append(f"round157's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r157)} papers at even positions): shared papers not an error here, to be settled by round157: "
                     f"{len(r157 & mine)} shared: {sorted(r157 & mine)}")
    elif r157 & mine: errors.append(f"papers also in round157: {sorted(r157 & mine)}")
shared157 = len(r157 & mine) if P157 else "(no round157 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round156 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round157: {shared157}; papers in more than one round156 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


