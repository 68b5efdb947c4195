#!/usr/bin/env python3
r"""Checks round212/expected.json against the digests and the shared catalogues.

Adapted from round210/validate.py (the label checks are the same code; the reuse report is round210's with round212 /
round213 in place of round210 / round211: round212 holds the even positions from 4; the shape checks are new lean
grammars for this round's ten sources). The reuse report counts every /work/main/tests/data/*/expected.json and
/work/rounds/*/expected.json except round212's and round213's own (by folder name and by bytes), a byte-identical file
once, and checks the split (even positions 4.., one run; no paper shared with round213's expected.json when it exists;
no paper in two files). Every digest is read raw (UTF-8; 2139 is 7-bit ASCII with CR LF, 2142's CSV rows end in CR LF,
every other file LF) and in decoded forms: 2139's base64 body (UTF-8); 2142's CSV fields; 2143's JSON «msg» strings;
everything with HTML entities undone once and twice and percent-escapes undone. Titles are matched after whitespace
normalisation, with TeX braces dropped, case-blind.

READ_AS (round156's reporting): 2139 (base64: titles and links are whole only in the decoded body), 2140 (a PDF copy:
reference lines wrapped inside titles) and 2141 (Paperpile wraps titles with a hanging indent and braces capitals).

Shape checks (lean, grammar-level), one function per kind (check_schoology, check_markdown, check_outlook, check_msz,
check_paperpile, check_smartsheet, check_rocketchat, check_ed, check_cm, check_devto): 2137 Schoology materials copy
(skip link first, the Schoology footer last, top bar and course menu once, «📁 Minggu n (d Bulan): …» folders numbered
1..n on Mondays a week apart, «n item» = the items, each Tugas with a «Tenggat <hari>, d Bulan yyyy pukul HH:MM» line
whose weekday is right and date after its week, URLs well formed); 2138 Markdown awesome list (the centred <p> header,
one H1 with the Awesome badge, «n entries» = list items and table rows, Contents links = the H2 anchors, Contributing
last, HTML tags balanced, reference links = definitions, http(s) targets, table rows with equal column counts, no
tabs); 2139 Outlook forward (7-bit ASCII, CR LF only, Outlook's 14 header fields in order, UTF-8 B encoded-words
decoding, Message-ID in Outlook's form, empty X-MS fields, text/plain UTF-8 base64 with lines ≤ 76 decoding, Date
valid with weekday, the «____» rule then Nuo / Išsiųsta / Kam / Tema, the Lithuanian forwarded date valid with its
weekday and before Date, Subject = «PERSIŲSTI: » + Tema, Thread-Topic = Tema); 2140 MSZ ISO 690 thesis copy (running
header first and once per page, page numbers consecutive, form feeds only between pages, «Irodalomjegyzék» once,
entries [1]..[n] in first-citation order, reference lines ≤ 80 unless one word, authors «CSALÁDNÉV, Utónév» joined
by «, » / « és » or «et al.», «Elérhető: URL [Megtekintve: yyyy. hónap d.]» valid, other entries ending in «.»);
2141 Paperpile BibTeX (entry heads of known upper-case types, keys «Surname<yyyy>-xx» unique with the year field's
year, «}» alone closing each entry, fields aligned with «=» at column 17, continuation lines indented, no field twice,
quoted values with balanced braces, month macros, year digits, eprint an arXiv id iff archivePrefix, url http(s),
booktitle for INPROCEEDINGS); 2142 Smartsheet CSV (no BOM, parsed strictly and written again exactly by csv.writer
with CR LF, the 10-column header, dates MM/DD/YY valid, due ≥ assigned, «Lokið» true iff a finish date iff status
«Lokið», known statuses, links http(s) or empty); 2143 Rocket.Chat JSON (parses, top-level keys, success, count =
total = messages, each message's keys, ts ISO-8601 with milliseconds and increasing, _id 17 chars unique, one rid,
users consistent, 2–8 users, «urls» = the links in msg, editedAt ≥ ts, _updatedAt, system messages «uj»); 2144 Ed
thread copy (Ed / course / Discussion header, New Thread and Add answer once, footer last, «title #n», «n views»,
«n Answers» = answer blocks, at most one Accepted, dates valid and increasing, comments after their answer); 2145
Campaign Monitor web version (the «View online» line, «Issue n · Month yyyy» = months since June 2025 + 1, «Forward
to a friend» once, «Update your preferences | Unsubscribe» then a createsend web-version URL last); 2146 dev.to copy
(skip link first, the © line last, «DEV Community» once, «💬 n» = «Top comments (n)» = comment lines «Name • Mon d»,
«Posted on», a tags line, «n min read», no arXiv / OpenReview mention).
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
READ_AS = {2139: {"decoded"}, 2140: {"joined"}, 2141: {"joined"}}

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


# ---------------------------------------------------------------- 2137 Schoology materials page copy
ID_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
            "November", "Desember"]
ID_HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def check_schoology(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Lewati ke konten": E(f, "skip link not first")
    if not re.fullmatch(r"Schoology © \d{4} · Bahasa Indonesia", L[-1]): E(f, "Schoology footer not last")
    for s in ("schoology", "KURSUS", "GRUP", "SUMBER DAYA", "Pembaruan", "Nilai", "Kehadiran", "Anggota", "Tambah Materi"):
        once(f, L, s)
    heads = [(i, re.fullmatch(r"📁 Minggu (\d+) \((\d{1,2}) (\w+)\): .+", l)) for i, l in enumerate(L) if l.startswith("📁")]
    if not heads: E(f, "no week folders"); return
    prev = None
    for n, (i, m) in enumerate(heads, 1):
        if not m or int(m.group(1)) != n or m.group(3) not in ID_BULAN: E(f, f"bad folder line {L[i]!r}"); continue
        d = dt.date(2026, ID_BULAN.index(m.group(3)) + 1, int(m.group(2)))
        if d.weekday() != 0: E(f, f"week {n} does not start on a Monday")
        if prev and (d - prev).days != 7: E(f, f"week {n} not a week after the previous")
        prev = d
        end = heads[n][0] if n < len(heads) else len(L)
        cnt = re.fullmatch(r"(\d+) item", L[i + 1] if i + 1 < len(L) else "")
        items = [j for j in range(i, end) if re.match(r"(Berkas|Tautan|Tugas): ", L[j])]
        if not cnt or int(cnt.group(1)) != len(items): E(f, f"week {n}: item count does not match {len(items)} items")
        for j in items:
            if L[j].startswith("Tugas: "):
                tm = re.fullmatch(r"Tenggat (\w+), (\d{1,2}) (\w+) (\d{4}) pukul (\d\d):(\d\d)", L[j + 2] if j + 2 < len(L) else "")
                if not tm or tm.group(3) not in ID_BULAN: E(f, f"Tugas without a valid Tenggat line: {L[j]!r}"); continue
                try: due = dt.date(int(tm.group(4)), ID_BULAN.index(tm.group(3)) + 1, int(tm.group(2)))
                except ValueError: E(f, "invalid due date"); continue
                if ID_HARI[due.weekday()] != tm.group(1): E(f, f"due weekday wrong: {L[j + 2]!r}")
                if due <= d: E(f, f"due date not after its week: {L[j + 2]!r}")
    for u in re.findall(r"https?://\S+", raw):
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", u): E(f, f"malformed URL {u!r}")


# ---------------------------------------------------------------- 2138 Markdown awesome list README
def md_anchor(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def check_markdown(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ['<p align="center">', L[1], "</p>"] or not L[1].strip().startswith("<img "): E(f, "centred header missing")
    h1 = [l for l in L if l.startswith("# ")]
    if len(h1) != 1 or "awesome.re/badge.svg" not in h1[0]: E(f, "one H1 with the Awesome badge wanted")
    h2 = [l[3:] for l in L if l.startswith("## ")]
    if not h2 or h2[-1] != "Contributing": E(f, "Contributing not the last section")
    if len(set(h2)) != len(h2): E(f, "duplicate section")
    ci = L.index("## Contents") if "## Contents" in L else -1
    toc = []
    for l in L[ci + 1:]:
        if l.startswith("## "): break
        m = re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l)
        if m: toc.append((m.group(1), m.group(2)))
    want = [(h, md_anchor(h)) for h in h2 if h != "Contents"]
    if toc != want: E(f, f"contents {toc} != sections {want}")
    tab_first = next((x for x in L if x.startswith("| ")), None)
    n = sum(1 for l in L if l.startswith("- ") and "](#" not in l) + sum(1 for l in L if l.startswith("<tr><td")) \
        + sum(1 for l in L if l.startswith("| ") and l != tab_first and not set(l) <= set("|- "))
    m = re.search(r"(\d+) entries", raw)
    if not m or int(m.group(1)) != n: E(f, f"entry count {m and m.group(1)} != {n} items")
    for tag in ("table", "tr", "td", "th", "details", "summary", "p", "a"):
        o = len(re.findall(rf"<{tag}[\s>]", raw)); c = raw.count(f"</{tag}>")
        if o != c: E(f, f"<{tag}> opened {o}, closed {c}")
    defs = dict(re.findall(r"^\[([\w-]+)\]: (\S+)$", raw, re.M))
    refs = set(re.findall(r"\]\[([\w-]+)\]", raw))
    if refs != set(defs): E(f, f"reference links {sorted(refs)} != definitions {sorted(defs)}")
    for u in defs.values():
        if not re.match(r"https?://", u): E(f, f"reference target not http(s): {u}")
    rows = [l for l in L if l.startswith("|")]
    if rows and any(r.count("|") != rows[0].count("|") for r in rows): E(f, "table rows with differing column counts")
    if "\t" in raw: E(f, "tab characters")


# ---------------------------------------------------------------- 2139 Outlook forward, base64 UTF-8
OL_HEAD = ["From", "To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "Accept-Language",
           "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "Content-Type", "Content-Transfer-Encoding",
           "MIME-Version"]
LT_M = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio"]
LT_WD = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"]


def dec_words(v):
    return str(make_header(decode_header(v)))


def check_outlook(f, raw):
    b = RAW_BYTES[f]
    if any(x > 127 for x in b): E(f, "not 7-bit ASCII")
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): E(f, "bare LF or CR (CR LF only)")
    if b"\r\n\r\n" not in b: E(f, "no header/body separator"); return
    head, body = b.split(b"\r\n\r\n", 1)
    names = [l.split(b":", 1)[0].decode() for l in head.split(b"\r\n") if l and not l[:1].isspace()]
    if names != OL_HEAD: E(f, f"header fields {names} (Outlook's order wanted)")
    msg = email.message_from_bytes(b, policy=email.policy.compat32)
    if msg.get("Content-Type") != 'text/plain; charset="utf-8"' or msg.get("Content-Transfer-Encoding") != "base64":
        E(f, "not text/plain utf-8 base64")
    if msg.get("MIME-Version") != "1.0": E(f, "MIME-Version not 1.0")
    if not re.fullmatch(r"<[A-Z0-9]+@[A-Z0-9]+\.[\w.]+\.outlook\.com>", msg.get("Message-ID", "")): E(f, "Message-ID not in Outlook's form")
    for h in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
        if (msg.get(h) or "").strip(): E(f, f"{h} not empty")
    try:
        sent = parsedate_to_datetime(msg["Date"])
        if msg["Date"][:3] != sent.strftime("%a"): E(f, "Date weekday wrong")
    except (TypeError, ValueError):
        E(f, "Date invalid"); sent = None
    try:
        frm, to, subj, topic = (dec_words(msg[h]) for h in ("From", "To", "Subject", "Thread-Topic"))
    except Exception as ex:
        E(f, f"encoded-words do not decode: {ex!r}"); return
    for h in ("From", "To", "Subject", "Thread-Topic"):
        if not all(re.fullmatch(r"=\?utf-8\?B\?[A-Za-z0-9+/=]+\?=", w) for w in re.findall(r"=\?[^ ]*\?=", msg[h])): E(f, f"{h}: bad encoded-word")
    bl = body.split(b"\r\n")
    if any(len(l) > 76 for l in bl): E(f, "base64 line over 76")
    try:
        text = base64.b64decode(b"".join(bl), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as ex:
        E(f, f"body does not decode: {ex!r}"); return
    MIME_PARTS[f] = [text]
    T_ = text.replace("\r\n", "\n").split("\n")
    if "\n" in text.replace("\r\n", ""): E(f, "bare LF inside the decoded body")
    i = T_.index("_" * 32) if "_" * 32 in T_ else -1
    if i < 0 or [x.split(":")[0] for x in T_[i + 1:i + 5]] != ["Nuo", "Išsiųsta", "Kam", "Tema"]: E(f, "forward header block wrong"); return
    m = re.fullmatch(r"Išsiųsta: (\d{4}) m\. (\w+) (\d{1,2}) d\., (\w+) (\d\d):(\d\d)", T_[i + 2])
    if not m or m.group(2) not in LT_M: E(f, f"forwarded date wrong: {T_[i + 2]!r}")
    else:
        try:
            od = dt.datetime(int(m.group(1)), LT_M.index(m.group(2)) + 1, int(m.group(3)), int(m.group(5)), int(m.group(6)))
            if LT_WD[od.weekday()] != m.group(4): E(f, "forwarded weekday wrong")
            if sent and od >= sent.replace(tzinfo=None): E(f, "forwarded date not before the forward")
        except ValueError: E(f, "forwarded date invalid")
    tema = T_[i + 4][len("Tema: "):]
    if subj != "PERSIŲSTI: " + tema: E(f, f"Subject {subj!r} != «PERSIŲSTI: » + {tema!r}")
    if topic != tema: E(f, "Thread-Topic != Tema")


# ---------------------------------------------------------------- 2140 MSZ ISO 690 thesis copy
HU_M = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
        "november", "december"]


def check_msz(f, raw):
    L = lines_of(f, raw)
    head = L[0]
    if not head.startswith("Miskolci Egyetem"): E(f, "running header not first")
    pages = "\n".join(L).split("\n\f\n")
    nums = []
    for p in pages:
        pl = p.split("\n")
        if pl[0] != head or sum(1 for x in pl if x == head) != 1: E(f, "running header not once at the top of a page")
        if not pl[-1].isdigit(): E(f, "page without a number at its end"); continue
        nums.append(int(pl[-1]))
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: E(f, f"page numbers {nums} not consecutive")
    if "\f" in raw.replace("\n\f\n", ""): E(f, "stray form feed")
    once(f, L, "Irodalomjegyzék")
    if "Irodalomjegyzék" not in L: return
    ri = L.index("Irodalomjegyzék")
    refs, cur = [], None
    for l in L[ri + 1:]:
        if re.match(r"\[\d+\] ", l): cur = [l]; refs.append(cur)
        elif l.startswith("    ") and cur is not None: cur.append(l)
        elif l.strip() == "": continue
        else: break
    for r in refs:
        for l in r:
            if len(l) > 80 and " " in l.strip(): E(f, f"reference line over 80: {l[:40]!r}")
    ents = [" ".join(x.strip() for x in r) for r in refs]
    if [int(re.match(r"\[(\d+)\]", e).group(1)) for e in ents] != list(range(1, len(ents) + 1)): E(f, "entries not numbered 1..n")
    cites = []
    for m in re.finditer(r"\[(\d+)\]", "\n".join(L[:ri])):
        if int(m.group(1)) not in cites: cites.append(int(m.group(1)))
    if cites != list(range(1, len(ents) + 1)): E(f, f"first citations {cites} not in order 1..{len(ents)}")
    NAME = r"[A-ZÁÉÍÓÖŐÚÜŰ][A-ZÁÉÍÓÖŐÚÜŰ'\-]+(?: [A-Z]+)*, [^\W\d][\w.\- ]*?"
    for e in ents:
        body = e.split("] ", 1)[1]
        if not re.match(rf"{NAME}(?: et al\.|(?:, {NAME})*(?: és {NAME})?\.) ", body): E(f, f"author part not MSZ ISO 690: {body[:50]!r}")
        if "Elérhető:" in body:
            m = re.search(r"Elérhető: (https?://\S+) \[Megtekintve: (\d{4})\. (\w+) (\d{1,2})\.\]$", body)
            if not m or m.group(3) not in HU_M: E(f, f"Elérhető / Megtekintve wrong: {body[-80:]!r}")
            else:
                try: dt.date(int(m.group(2)), HU_M.index(m.group(3)) + 1, int(m.group(4)))
                except ValueError: E(f, "Megtekintve date invalid")
        elif not body.endswith("."): E(f, f"entry does not end with «.»: {body[-30:]!r}")


# ---------------------------------------------------------------- 2141 Paperpile BibTeX export
PP_TYPES = {"ARTICLE", "INPROCEEDINGS", "MISC", "BOOK"}


def check_paperpile(f, raw):
    L = lines_of(f, raw)
    entries = raw.split("\n\n")
    keys_ = set()
    for ent in entries:
        el = ent.rstrip("\n").split("\n")
        m = re.fullmatch(r"@([A-Z]+)\{([A-Z][\w]+?(\d{4})-[a-z]{2}),", el[0])
        if not m or m.group(1) not in PP_TYPES: E(f, f"bad entry head {el[0]!r}"); continue
        if m.group(2) in keys_: E(f, f"key {m.group(2)} twice")
        keys_.add(m.group(2))
        if el[-1] != "}": E(f, f"{m.group(2)}: not closed by «}}» alone")
        fields, cur = {}, None
        for l in el[1:-1]:
            fm = re.match(r"  (\w+)\s*= ", l)
            if fm:
                if len(l[:l.index("=")]) != 16: E(f, f"{m.group(2)}: field {fm.group(1)} not aligned")
                cur = fm.group(1)
                if cur in fields: E(f, f"{m.group(2)}: {cur} twice")
                fields[cur] = l[l.index("=") + 2:]
            elif l.startswith(" " * 19) and cur: fields[cur] += " " + l.strip()
            else: E(f, f"{m.group(2)}: stray line {l!r}")
        for k, v in fields.items():
            v = v.rstrip(",")
            if k in ("month", "year"):
                if not re.fullmatch(r" (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)" if k == "month" else r" \d{4}", v): E(f, f"{m.group(2)}: bad {k} {v!r}")
            elif not (v.startswith('"') and v.endswith('"')) or v.count("{") != v.count("}"): E(f, f"{m.group(2)}: {k} not a balanced quoted value")
        if "year" in fields and fields["year"].strip().rstrip(",") != m.group(3): E(f, f"{m.group(2)}: key year != year")
        if "title" not in fields: E(f, f"{m.group(2)}: no title")
        if ("archivePrefix" in fields) != ("eprint" in fields): E(f, f"{m.group(2)}: eprint iff archivePrefix")
        if "eprint" in fields and not re.fullmatch(r'"\d{4}\.\d{4,5}"', fields["eprint"].rstrip(",")): E(f, f"{m.group(2)}: eprint not an arXiv id")
        if "url" in fields and not re.fullmatch(r'"https?://\S+"', fields["url"].rstrip(",")): E(f, f"{m.group(2)}: bad url")
        if m.group(1) == "INPROCEEDINGS" and "booktitle" not in fields: E(f, f"{m.group(2)}: inproceedings without booktitle")


# ---------------------------------------------------------------- 2142 Smartsheet CSV export
SS_HEAD = ["Verkefni", "Tegund", "Ábyrgð", "Staða", "Úthlutað", "Skiladagur", "Lokið", "Lokadagur", "Hlekkur", "Athugasemdir"]


def check_smartsheet(f, raw):
    if raw.startswith("\ufeff"): E(f, "BOM")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    except csv.Error as ex:
        E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: E(f, "not exactly as csv.writer writes it (CR LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != SS_HEAD: E(f, "header wrong"); return
    for r in rows[1:]:
        if len(r) != len(SS_HEAD): E(f, f"row with {len(r)} columns"); continue
        d = {h: v for h, v in zip(SS_HEAD, r)}
        a, due, fin = (dt_ok(d[h], "%m/%d/%y") for h in ("Úthlutað", "Skiladagur", "Lokadagur"))
        if not a or not due: E(f, f"bad dates in {r[0][:30]!r}"); continue
        if due < a: E(f, f"due before assigned: {r[0][:30]!r}")
        if d["Lokið"] not in ("true", "false"): E(f, "Lokið not true/false")
        if (d["Lokið"] == "true") != bool(d["Lokadagur"]) or (d["Lokið"] == "true") != (d["Staða"] == "Lokið"): E(f, f"Lokið / Lokadagur / Staða disagree: {r[0][:30]!r}")
        if d["Lokadagur"] and not fin: E(f, "bad finish date")
        if fin and fin < a: E(f, "finished before assigned")
        if d["Staða"] not in ("Lokið", "Í vinnslu", "Ekki hafið"): E(f, f"unknown status {d['Staða']!r}")
        if d["Hlekkur"] and not re.fullmatch(r"https?://\S+", d["Hlekkur"]): E(f, f"bad link {d['Hlekkur']!r}")


# ---------------------------------------------------------------- 2143 Rocket.Chat JSON export
def check_rocketchat(f, raw):
    lines_of(f, raw)
    try: J = json.loads(raw)
    except ValueError as ex: E(f, f"JSON does not parse: {ex}"); return
    if not isinstance(J, dict) or set(J) != {"messages", "count", "offset", "total", "success"}: E(f, "top-level keys wrong"); return
    M = J["messages"]
    if J["success"] is not True or J["count"] != len(M) or J["total"] != len(M) or J["offset"] != 0: E(f, "count / total / offset / success wrong")
    EXTRA_FORMS[f] = [m.get("msg", "") for m in M if isinstance(m, dict)]
    prev, ids, rid, users = None, set(), None, {}
    for m in M:
        if not isinstance(m, dict) or not {"_id", "rid", "msg", "ts", "u"} <= set(m): E(f, "message without its keys"); continue
        if len(m["_id"]) != 17 or m["_id"] in ids: E(f, f"_id {m['_id']!r} not 17 chars or repeated")
        ids.add(m["_id"])
        rid = rid or m["rid"]
        if m["rid"] != rid: E(f, "rid changes")
        ts = dt_ok(m["ts"], "%Y-%m-%dT%H:%M:%S.%fZ")
        if not ts or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", m["ts"]): E(f, f"bad ts {m['ts']!r}"); continue
        if prev and ts <= prev: E(f, "timestamps not increasing")
        prev = ts
        u = m["u"]
        if not isinstance(u, dict) or not {"_id", "username", "name"} <= set(u): E(f, "bad user object"); continue
        if users.setdefault(u["username"], (u["_id"], u["name"])) != (u["_id"], u["name"]): E(f, f"user {u['username']} inconsistent")
        if "t" in m:
            if m["t"] != "uj" or m["msg"] != u["username"]: E(f, "bad system message")
            continue
        urls = re.findall(r"https?://[^\s)]+", m["msg"])
        if [x.get("url") for x in m.get("urls", [])] != urls: E(f, f"urls != links in msg {m['_id']}")
        if "editedAt" in m:
            e_ = dt_ok(m["editedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
            if not e_ or e_ < ts: E(f, "editedAt before ts")
        if m.get("_updatedAt") != m.get("editedAt", m["ts"]): E(f, "_updatedAt wrong")
    if not 2 <= len(users) <= 8: E(f, f"{len(users)} users")


# ---------------------------------------------------------------- 2144 Ed Discussion thread copy
ED_DT = r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}), (\d{1,2}):(\d\d)(am|pm)"


def ed_dt(m):
    h = int(m.group(4)) % 12 + (12 if m.group(6) == "pm" else 0)
    return dt.datetime.strptime(f"{m.group(1)} {m.group(2)} {m.group(3)} {h}:{m.group(5)}", "%d %b %Y %H:%M")


def check_ed(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["Ed", L[1], "Discussion"]: E(f, "Ed header wrong")
    once(f, L, "New Thread"); once(f, L, "Add answer")
    if L[-1] != "Help · Privacy · Accessibility": E(f, "footer not last")
    if not any(re.fullmatch(r".+ #\d+", l) for l in L[:12]): E(f, "no «title #n» line")
    if not any(re.fullmatch(r"\d+ views", l) for l in L): E(f, "no view count")
    na = next((re.fullmatch(r"(\d+) Answers?", l) for l in L if re.fullmatch(r"\d+ Answers?", l)), None)
    blocks = [i for i, l in enumerate(L) if re.fullmatch(r"Comment · Edit · Endorse", l)]
    if not na or int(na.group(1)) != len(blocks): E(f, f"answer count != {len(blocks)} answers")
    if sum(1 for l in L if "Accepted" in l and l.strip().endswith("Accepted")) > 1: E(f, "more than one accepted answer")
    prev = None
    for i, l in enumerate(L):
        m = re.fullmatch(ED_DT, l.strip()) or re.fullmatch(r".+  " + ED_DT, l.strip())
        if not m: continue
        try: d = ed_dt(m)
        except ValueError: E(f, f"invalid date {l!r}"); continue
        if l.startswith("    "):
            if prev and d <= prev: E(f, f"comment not after its answer: {l!r}")
        else:
            if prev and d <= prev: E(f, f"dates not increasing: {l!r}")
            prev = d


# ---------------------------------------------------------------- 2145 Campaign Monitor web version copy
def check_cm(f, raw):
    L = lines_of(f, raw)
    if L[1] != "View online": E(f, "«View online» not second")
    m = next((re.fullmatch(r"Issue (\d+) · (\w+ \d{4})", l) for l in L if l.startswith("Issue ")), None)
    if not m: E(f, "no issue line")
    else:
        d = dt_ok(m.group(2), "%B %Y")
        if not d or (d.year - 2025) * 12 + d.month - 6 + 1 != int(m.group(1)): E(f, "issue number != months since June 2025 + 1")
    once(f, L, "Forward to a friend"); once(f, L, "Update your preferences | Unsubscribe")
    if not re.fullmatch(r"https://\w+\.createsend\.example\.com/t/[\w-]+/", L[-1]): E(f, "web-version URL not last")
    if L[-2] != "Update your preferences | Unsubscribe": E(f, "preferences line not before the URL")
    heads = [l for l in L if re.match(r"[^\w\s•«]", l[:1] or "a") and len(l) < 40 and l not in ("", )]
    if len(heads) < 3: E(f, "fewer than 3 section headings")


# ---------------------------------------------------------------- 2146 dev.to post copy
def check_devto(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Skip to content": E(f, "skip link not first")
    if not re.fullmatch(r"© 2016 - \d{4}\.", L[-1]): E(f, "© line not last")
    once(f, L, "DEV Community")
    n1 = next((re.fullmatch(r"💬 (\d+)", l) for l in L if l.startswith("💬")), None)
    n2 = next((re.fullmatch(r"Top comments \((\d+)\)", l) for l in L if l.startswith("Top comments")), None)
    nc = sum(1 for l in L if re.fullmatch(r".+ • (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}", l))
    if not n1 or not n2 or int(n1.group(1)) != nc or int(n2.group(1)) != nc: E(f, f"comment counts != {nc} comments")
    if not any(re.fullmatch(r"Posted on (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}", l) for l in L): E(f, "no «Posted on»")
    if not any(re.fullmatch(r"(#\w+ ?)+", l) for l in L): E(f, "no tags line")
    if not any(re.fullmatch(r"\d+ min read", l) for l in L): E(f, "no «n min read»")
    if re.search(r"arxiv|openreview", raw, re.I): E(f, "an arXiv / OpenReview mention in the negative control")


def shape_checks(f, raw, path):
    n = num(f)
    {2137: check_schoology, 2138: check_markdown, 2139: check_outlook, 2140: check_msz, 2141: check_paperpile,
     2142: check_smartsheet, 2143: check_rocketchat, 2144: check_ed, 2145: check_cm,
     2146: check_devto}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# /work/rounds/*/expected.json except round212's and round213's, a byte-identical file counted once), and the
# round212/round213 split (candidates sorted by (uses, catalogue title); round212 = even positions from 4 on, one
# unbroken run; round213 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P211S = ["/work/rounds/digests-round213/expected.json", "/work/main/tests/data/digests-round213/expected.json"]
P211 = next((p for p in P211S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P211S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round212", "digests-round213") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round212 takes the even ones): {odd}")
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
        notes.append(f"round213's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r211)} papers at even positions): shared papers not an error here, to be settled by round213: "
                     f"{len(r211 & mine)} shared: {sorted(r211 & mine)}")
    elif r211 & mine: errors.append(f"papers also in round213: {sorted(r211 & mine)}")
shared211 = len(r211 & mine) if P211 else "(no round213 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round212 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round213: {shared211}; papers in more than one round212 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


