#!/usr/bin/env python3
r"""Checks round148/expected.json against the digests and the shared catalogues.

Adapted from round146/validate.py (the label checks are the same code; the reuse report is round146's with round148 /
round149 in place of round146 / round147: round148 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round148's and round149's own (a
digests-round148 / digests-round149 folder, or a file whose bytes equal round148's or round149's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round148 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round149's expected.json (read only, from /work/rounds/digests-round149/ or
/work/main/tests/data/digests-round149/, when it exists), and on a paper in more than one round148 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1499 its MIME parts with the base64 undone;
1501 every BibTeX field value; 1502 every CSV field; everything: HTML / XML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1497 Atenea (Moodle) page copy (LF, a final newline; the skip link first and `Funciona amb Moodle` last; the course
header and its tabs; the breadcrumb ending in the page title, which follows `Pàgina`; `Fet: Visualitza`; Obert / Venç /
Darrera modificació as Moodle's Catalan dates with the right weekday, opened ≤ modified < first week, due on the last
week's Sunday; the reading table: the header of 5 tab-separated cells, every row 5 cells, weeks numbered 1..n, dates
DD/MM/YYYY on Mondays 7 days apart; `Heu entrat com a … (Surt)`);
1498 mos.hub README (LF; code fences balanced; the awesome badge; every `](#anchor)` a heading's GitLab-style slug,
the table of contents = the sections in order; clone URLs `https://hub.mos.ru/<group>/<project>.git`, one project,
the one `cd` enters, its group and project named in the intro; items in paper sections `- [Title](url) — …` or
`- **Title** …` or plain; table rows with the header's column count; brackets balanced per paragraph; the licence);
1499 Citromail .eml (CR LF throughout, 7-bit; Date valid with its weekday, +0200 in May; Received just after it;
From / To as RFC 2047 B-words decoding to a name, and an address; Subject = `Fw: ` + the forwarded Tárgy; the boundary
declared and closed; text/plain and text/html, UTF-8 base64, lines ≤ 76, decoding cleanly; the text part CR LF;
the forward block (Feladó / Dátum / Tárgy / Címzett), Feladó `<list>@simplelists.com`, Dátum in Hungarian form not
after Date; the digest head `<list> digest: N messages` = the messages; `Topics covered in this digest:` numbered =
the messages' subjects in order; messages `Message: i`, From, Date (valid, in order, not after the Dátum), Subject;
the footer naming the list; the two parts carry the same URLs);
1500 JKICS PDF copy (LF; running heads alternate with page numbers, consecutive, odd pages the paper's title; the
References heading; entries [1]..[n] consecutive; every [k] cited in the text an entry; English entries: initials,
`, and ` before the last of ≥ 3 authors, the title quoted with a comma inside, `pp. a-b` with a < b, the year at the
end not after 2024; arXiv ids not newer than the entry's year; Korean entries `제N권, 제M호` or a conference, `YYYY년
M월.`; `Retrieved Mon. D, YYYY, from URL` valid dates; 저자 소개 with ORCID iDs whose check digit is right and career
lines in time order);
1501 Parsifal BibTeX (LF; the Parsifal header; `% Studies: N` = the entries; braces balanced per entry; keys unique,
`<surname><year><word>` with the first author's surname and the entry's year (Latin-script entries); required fields
per type; authors `Last, First and …`; year four digits; pages `a--b` with a < b; url https; eprint with archivePrefix
arXiv, not newer than the year; note starting with a Parsifal status, accepted entries with an inclusion criterion ΚΕn,
rejected ones with an exclusion criterion ΚΑn);
1502 Aipo ToDo CSV (a BOM; CR LF between records, LF only inside quoted fields; every field quoted, quotes doubled;
the header; 12 fields per row; category, priority, state, visibility from Aipo's sets; dates `YYYY/MM/DD` with start ≤
due; created ≤ updated `YYYY/MM/DD HH:MM`; assignee and creator members of the lab; a 完了 task updated on or after
its start);
1503 如流 export (LF; the head: title, group with number, exporter a member, export time, members with their count;
the rule; day lines with the right Chinese weekday, increasing; messages `name YYYY-MM-DD HH:MM:SS` by members,
dated on their day line, in time order; recall lines by members; `@name` a member; placeholders `[图片]`,
`[文件] name (N MB)`, `[文档] title`; exported after the last message);
1504 Arab Hardware (XenForo) copy (LF; the site menu; breadcrumb; the starter line naming the first post's author and
date; `الردود N` = posts − 1; posts `#1..#n`, dates valid and in order, not before the poster joined; the member block the
same for a member in every post; quotes `X قال:` of an earlier poster, closed by `اضغط للتوسيع...`; reactions by
members other than the poster; post tools; the XenForo footer);
1505 SendX web version (LF; HTML5, lang="hi", UTF-8 meta; tags balanced; every link https, `&` only as `&amp;` in
hrefs; name and issue equal in title and header; the issue and webinar dates with the right Hindi weekday, the webinar
after the issue; each card: a title, an LTR author line, at most one button; the hidden preheader; view in browser,
unsubscribe and preferences on app.sendx.io with one campaign id; the Sent with SendX badge);
1506 OKnation blog copy (LF; site menu; the author line's Thai date right (weekday, Buddhist era) and a view count; the
comment count = comments; comments `ความคิดเห็นที่ 1..n`, dates after the post and in order; replies naming an earlier
comment; the footer).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, binascii, csv, html, io, json, os, re, sys, unicodedata
from html.parser import HTMLParser
import datetime as dt
from collections import Counter
from email import message_from_bytes
from email.utils import parsedate_to_datetime
from urllib.parse import unquote
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

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []

def num(f):
    return int(f.split("_")[0])


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


# ---------------------------------------------------------------- 1497 Atenea (Moodle) page copy, Catalan
CA_WD = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
CA_M = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"]


def ca_date(f, s, what):
    m = re.fullmatch(r"(\w+), (\d{1,2}) (\w+) (\d{4}), (\d\d):(\d\d)", s or "")
    if not m or m.group(3) not in CA_M:
        errors.append(f"{f}: {what} not a Moodle Catalan date: {s!r}"); return None
    try: d = dt.datetime(int(m.group(4)), CA_M.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6)))
    except ValueError: errors.append(f"{f}: {what} invalid: {s!r}"); return None
    if CA_WD[d.weekday()] != m.group(1): errors.append(f"{f}: {what} weekday wrong: {s!r}")
    return d


def check_atenea(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Vés al contingut principal" or L[-1] != "Funciona amb Moodle": errors.append(f"{f}: not a Moodle page copy (skip link / footer)")
    if "Atenea" not in L[:3]: errors.append(f"{f}: no Atenea header")
    try:
        i = next(i for i, l in enumerate(L) if re.fullmatch(r".+ \([A-Z]+-[A-Z]+\) \d{4}-\d\d Q[12]", l))
        if L[i + 1:i + 6] != ["Curs", "Participants", "Qualificacions", "Competències", "Més"]: errors.append(f"{f}: course tabs wrong: {L[i + 1:i + 6]}")
        code = re.search(r"\(([A-Z]+-[A-Z]+)\)", L[i]).group(1)
        bc = L[i + 6].split(" / ")
        if bc[0] != "Els meus cursos" or code not in bc: errors.append(f"{f}: breadcrumb does not hold the course code {code}")
        if L[i + 7] != "Pàgina" or L[i + 8] != bc[-1]: errors.append(f"{f}: the page title does not follow `Pàgina` or differs from the breadcrumb")
        if L[i + 9] != "Fet: Visualitza": errors.append(f"{f}: no completion line")
    except (StopIteration, IndexError): errors.append(f"{f}: no course header"); return
    get = lambda p: next((l[len(p):] for l in L if l.startswith(p)), None)
    op, due, mod = ca_date(f, get("Obert: "), "Obert"), ca_date(f, get("Venç: "), "Venç"), ca_date(f, get("Darrera modificació: "), "Darrera modificació")
    try: h = L.index("Setmana\tData\tTema\tLectura obligatòria\tLectura complementària")
    except ValueError: errors.append(f"{f}: no reading table header"); return
    rows = []
    for l in L[h + 1:]:
        if not l: break
        c = l.split("\t")
        if len(c) != 5: errors.append(f"{f}: table row with {len(c)} cells: {l[:40]!r}"); continue
        rows.append(c)
    prev = None
    for n, r in enumerate(rows, 1):
        if r[0] != str(n): errors.append(f"{f}: week {r[0]} where {n} was due")
        d = dt_ok(r[1], "%d/%m/%Y")
        if not d: errors.append(f"{f}: week {r[0]} date invalid {r[1]!r}"); continue
        if d.weekday() != 0: errors.append(f"{f}: week {r[0]} does not start on a Monday ({r[1]})")
        if prev and (d - prev).days != 7: errors.append(f"{f}: week {r[0]} not 7 days after the previous week")
        prev = d
    if rows and prev:
        first = dt_ok(rows[0][1], "%d/%m/%Y")
        if op and mod and first and not op <= mod < first: errors.append(f"{f}: opened / modified not before the first week")
        if due and (due.date() != (prev + dt.timedelta(days=6)).date() or due.strftime("%H:%M") != "23:59"): errors.append(f"{f}: Venç is not the last week's Sunday 23:59")
    if not any(re.fullmatch(r"Heu entrat com a [^()]+ \(Surt\)", l) for l in L): errors.append(f"{f}: no `Heu entrat com a … (Surt)` line")


# ---------------------------------------------------------------- 1498 mos.hub README
def check_moshub(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: errors.append(f"{f}: title line without the awesome badge")
    outside = re.sub(r"```.*?```", "", raw, flags=re.S)
    OL = outside.split("\n")
    heads = [slug(l[3:]) for l in OL if l.startswith("## ")]
    toc = re.findall(r"^- \[[^\]]+\]\(#([^)]+)\)$", outside, re.M)
    for a in set(re.findall(r"\]\(#([^)]+)\)", outside)):
        if a not in heads: errors.append(f"{f}: anchor #{a} is no heading's slug")
    if [h for h in heads if h != slug("Содержание")] != toc: errors.append(f"{f}: table of contents and sections differ")
    urls = re.findall(r"https://hub\.mos\.ru/\S*", raw)
    repos = set()
    for u in urls:
        m = re.fullmatch(r"https://hub\.mos\.ru/([\w.-]+)/([\w.-]+?)\.git", u)
        if not m: errors.append(f"{f}: not a mos.hub HTTPS clone URL: {u}"); continue
        repos.add(m.groups())
    if len(repos) != 1: errors.append(f"{f}: clone URLs name {len(repos)} projects")
    else:
        grp, rp = next(iter(repos))
        if f"\ncd {rp}\n" not in raw: errors.append(f"{f}: `cd` does not enter the cloned project {rp}")
        intro = "\n".join(l for l in OL if l.startswith("> "))
        if f"`{grp}`" not in intro or f"`{rp}`" not in intro: errors.append(f"{f}: the intro does not name the clone URL's group / project")
    sec = None
    for l in OL:
        if l.startswith("## "): sec = l[3:]; continue
        if sec and sec not in ("Содержание", "Инструменты (не статьи)", "Как добавить статью", "Лицензия") and l.startswith("- "):
            if not re.match(r"- (\[[^\]]+\]\(https://[^)\s]+\) — |\*\*[^*]+\*\* |[^\[*])", l): errors.append(f"{f}: list item of another form: {l[:50]!r}")
    i = 0
    while i < len(OL):
        if OL[i].startswith("|"):
            j = i
            while j < len(OL) and OL[j].startswith("|"): j += 1
            ncol = OL[i].count("|")
            if not re.fullmatch(r"\|(---\|)+", OL[i + 1] if i + 1 < j else ""): errors.append(f"{f}: table without a --- row")
            for l in OL[i:j]:
                if l.count("|") != ncol or not l.endswith("|"): errors.append(f"{f}: table row with another column count: {l!r}")
            i = j
        else: i += 1
    for par in outside.split("\n\n"):
        if par.count("[") != par.count("]") or par.count("(") != par.count(")"): errors.append(f"{f}: unbalanced brackets: {par[:60]!r}")
    if "## Лицензия" not in raw or "creativecommons.org" not in raw: errors.append(f"{f}: no licence section")


# ---------------------------------------------------------------- 1499 Citromail forward (base64) of a Simplelists digest
MIME_PARTS = {}
HU_M = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]


def check_eml_b64(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a base64 message")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    m = message_from_bytes(raw.encode("utf-8", "replace"))
    d, dd = m.get("Date", ""), None
    try:
        dd = parsedate_to_datetime(d)
        if dd.strftime("%a, %d %b %Y %H:%M:%S %z") != d: errors.append(f"{f}: Date weekday or form wrong: {d!r}")
        if dd.utcoffset() != dt.timedelta(hours=2): errors.append(f"{f}: Date not +0200 (CEST): {d!r}")
    except (TypeError, ValueError): errors.append(f"{f}: Date does not parse: {d!r}")
    try:
        rd = parsedate_to_datetime(re.sub(r"\s+\(\w+\)$", "", m.get("Received", "").rsplit(";", 1)[1].strip()))
        if dd and not dd <= rd <= dd + dt.timedelta(minutes=10): errors.append(f"{f}: Received {rd} not just after Date {dd}")
    except (IndexError, TypeError, ValueError): errors.append(f"{f}: Received has no valid date")
    for h in ("From", "To"):
        hv = re.search(rf"\r\n{h}: (.*?)\r\n(?! )", raw)
        mm = hv and re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <[\w.+-]+@[\w.-]+>", hv.group(1))
        if not mm: errors.append(f"{f}: {h} not a B-word name and an address"); continue
        try: base64.b64decode(mm.group(1), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError): errors.append(f"{f}: {h} B-word does not decode")
    for l in head.split("\r\n"):
        if len(l) > 78 and not l.startswith("Received"): errors.append(f"{f}: header line longer than 78: {l[:30]!r}")
    bnd = m.get_boundary()
    if not bnd or f"--{bnd}\r\n" not in body or not body.endswith(f"--{bnd}--\r\n"): errors.append(f"{f}: boundary not used as declared")
    parts = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    texts = []
    for p in parts:
        if p.get("Content-Transfer-Encoding", "").lower() != "base64" or (p.get_content_charset() or "").lower() != "utf-8":
            errors.append(f"{f}: a part not UTF-8 base64"); continue
        pay = p.get_payload()
        for l in pay.split("\r\n"):
            if len(l) > 76: errors.append(f"{f}: base64 line longer than 76")
        try: texts.append(base64.b64decode("".join(pay.split()), validate=True).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError) as ex: errors.append(f"{f}: a part does not decode: {ex}")
    MIME_PARTS[f] = texts
    if len(texts) != 2: return
    t, h_ = texts
    if re.search(r"(?<!\r)\n", t): errors.append(f"{f}: the text part is not CR LF")
    T_ = t.replace("\r\n", "\n")
    fw = re.search(r"\n---------- Továbbított üzenet ----------\nFeladó: (\S+)\nDátum: (\d{4})\. (\w+) (\d{1,2})\. (\d\d):(\d\d)\nTárgy: (.+)\nCímzett: \S+@\S+\n", T_)
    if not fw: errors.append(f"{f}: no Citromail forward block"); return
    lst = fw.group(1).split("@")[0]
    if not fw.group(1).endswith("@simplelists.com"): errors.append(f"{f}: forwarded mail not from a Simplelists list")
    fd = None
    try: fd = dt.datetime(int(fw.group(2)), HU_M.index(fw.group(3)) + 1, int(fw.group(4)), int(fw.group(5)), int(fw.group(6)), tzinfo=dt.timezone(dt.timedelta(hours=2)))
    except ValueError: errors.append(f"{f}: Dátum invalid")
    if fd and dd and fd > dd: errors.append(f"{f}: forwarded mail dated after the forward")
    if m.get("Subject", "") != "Fw: " + fw.group(7): errors.append(f"{f}: Subject is not `Fw: ` + the forwarded subject")
    dig = T_[fw.end():]
    hm = re.match(r"\n(\S+) digest: (\d+) messages\n\nTopics covered in this digest:\n((?:  \d+\. .+\n)+)", dig)
    if not hm: errors.append(f"{f}: no Simplelists digest head"); return
    if hm.group(1) != lst or fw.group(7) != f"{lst} digest: {hm.group(2)} messages": errors.append(f"{f}: digest head, list and subject disagree")
    topics = re.findall(r"  (\d+)\. (.+)\n", hm.group(3))
    msgs = re.findall(r"\n-{70}\nMessage: (\d+)\nFrom: \"[^\"]+\" <[\w.+-]+@[\w.-]+>\nDate: (.+)\nSubject: (.+)\n", dig)
    if int(hm.group(2)) != len(msgs): errors.append(f"{f}: digest head says {hm.group(2)} messages, it holds {len(msgs)}")
    if [int(n) for n, _ in topics] != list(range(1, len(topics) + 1)) or [s for _, s in topics] != [s for _, _, s in msgs]: errors.append(f"{f}: topics differ from the messages' subjects")
    prev = None
    for i, (n, d_, s) in enumerate(msgs, 1):
        if int(n) != i: errors.append(f"{f}: message {n} where {i} was due")
        try:
            md = parsedate_to_datetime(d_)
            if md.strftime("%a, %d %b %Y %H:%M:%S %z") != d_: errors.append(f"{f}: message {n} Date weekday or form wrong")
            if prev and md < prev: errors.append(f"{f}: message {n} out of time order")
            if fd and md > fd: errors.append(f"{f}: message {n} after the digest was sent")
            prev = md
        except (TypeError, ValueError): errors.append(f"{f}: message {n} Date invalid")
    if f"You are receiving this digest because you are subscribed to {lst}." not in T_: errors.append(f"{f}: no Simplelists footer for {lst}")
    u1 = set(re.findall(r"https://[^\s<\"]+", T_)); u2 = set(re.findall(r'href="(https://[^"]+)"', h_))
    if u1 != u2: errors.append(f"{f}: text and HTML parts carry different URLs: {sorted(u1 ^ u2)}")


# ---------------------------------------------------------------- 1500 JKICS references, PDF copy
EN_MON3 = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


def orcid_ok(s):
    d = s.replace("-", "")
    total = 0
    for ch in d[:15]: total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    return d[15] == ("X" if r == 10 else str(r))


def check_jkics(f, raw):
    L = lines_of(f, raw)
    HO = "논문 / "; HE = re.compile(r"한국통신학회논문지 '\d\d-\d\d Vol\.\d+ No\.\d+")
    pages = []
    for i, l in enumerate(L):
        if re.fullmatch(r"\d{3,4}", l): pages.append((i, int(l)))
    if not pages or pages[-1][0] != len(L) - 1: errors.append(f"{f}: the copy does not end with a page number")
    for (i, p), (j, q) in zip(pages, pages[1:]):
        if q != p + 1: errors.append(f"{f}: page {q} follows page {p}")
    starts = [0] + [i + 2 for i, _ in pages[:-1]]
    for s, (_, p) in zip(starts, pages):
        h = L[s] if s < len(L) else ""
        if (p % 2 == 1 and not h.startswith(HO)) or (p % 2 == 0 and not HE.fullmatch(h)): errors.append(f"{f}: page {p} starts with the wrong running head: {h[:30]!r}")
    if "References" not in L: errors.append(f"{f}: no References heading"); return
    r0 = L.index("References")
    heads = {HO, ""}
    body = [l for l in L[r0 + 1:] if not re.fullmatch(r"\d{3,4}", l) and not l.startswith(HO) and not HE.fullmatch(l)]
    try: end = body.index("저자 소개")
    except ValueError: errors.append(f"{f}: no 저자 소개"); end = len(body)
    refs, cur = [], None
    for l in body[:end]:
        m = re.match(r"\[(\d+)\] ", l)
        if m: cur = [int(m.group(1)), l[m.end():]]; refs.append(cur)
        elif l and cur: cur[1] += " " + l
    if [n for n, _ in refs] != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not numbered 1..n: {[n for n, _ in refs]}")
    cited = {int(x) for x in re.findall(r"\[(\d+)\]", "\n".join(L[:r0]))}
    if cited - {n for n, _ in refs}: errors.append(f"{f}: cited but missing: {sorted(cited - {n for n, _ in refs})}")
    for n, r in refs:
        if re.match(r"[A-Za-z]", r) and ', "' in r:
            au, sep, rest = r.partition(', "')
            if not sep: errors.append(f"{f}: [{n}] no quoted title"); continue
            names = re.split(r", and |, | and ", au.replace(", et al.", ""))
            for nm in names:
                if not re.fullmatch(r"(?:[A-Z]\.(?:-[A-Z]\.)? )+[A-Z][\w'-]+", nm): errors.append(f"{f}: [{n}] author not `A. B. Surname`: {nm!r}")
            if len(names) >= 3 and ", et al." not in au and ", and " not in au: errors.append(f"{f}: [{n}] no `, and` before the last author")
            if not re.match(r'[^"]+," ', rest): errors.append(f"{f}: [{n}] title not closed by `,\"`")
            ys = re.findall(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? (\d{4})\.", rest)
            if not ys or int(ys[-1]) > 2024: errors.append(f"{f}: [{n}] no `Mon. YYYY.` date or a date after 2024")
            for a, b in re.findall(r"pp\. (\d+)-(\d+)", rest):
                if int(a) >= int(b): errors.append(f"{f}: [{n}] pages {a}-{b}")
            for x in re.findall(r"(\d\d)(\d\d)\.\d{4,5}", rest):
                if ys and 2000 + int(x[0]) > int(ys[-1]): errors.append(f"{f}: [{n}] arXiv id newer than the entry")
        elif re.match(r"[가-힣]", r):
            if not re.search(r", \d{4}년 \d{1,2}월\.$", r): errors.append(f"{f}: [{n}] Korean entry not ending `YYYY년 M월.`")
            if "논문지" in r and not re.search(r"제\d+권, 제\d+호, pp\. \d+-\d+", r): errors.append(f"{f}: [{n}] journal entry without 제N권, 제M호, pp.")
            for a, b in re.findall(r"pp\. (\d+)-(\d+)", r):
                if int(a) >= int(b): errors.append(f"{f}: [{n}] pages {a}-{b}")
        if "Retrieved" in r:
            m = re.search(r"Retrieved ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?) (\d{1,2}), (\d{4}), from https://\S+$", r)
            if not m or not dt_ok(f"{m.group(1).rstrip('.')} {m.group(2)} {m.group(3)}", "%b %d %Y"): errors.append(f"{f}: [{n}] Retrieved date or form wrong")
    bios = "\n".join(body[end + 1:]).strip().split("\n\n")
    if not bios or not bios[0]: errors.append(f"{f}: no biographies")
    for b in bios:
        bl = b.split("\n")
        if not re.fullmatch(r"[가-힣]{2,4} \([A-Z][a-z]+ [A-Z][a-z]+\)", bl[0]): errors.append(f"{f}: bio head {bl[0]!r}")
        o = re.fullmatch(r"\[ORCID:(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\]", bl[-1])
        if not o or not orcid_ok(o.group(1)): errors.append(f"{f}: ORCID of {bl[0]} missing or with a wrong check digit")
        if not bl[-2].startswith("<관심분야> "): errors.append(f"{f}: no <관심분야> line for {bl[0]}")
        ts = [(int(y), int(mo)) for y, mo in re.findall(r"^(\d{4})년 (\d{1,2})월", "\n".join(bl[1:-2]), re.M)]
        if ts != sorted(ts): errors.append(f"{f}: career of {bl[0]} not in time order")


# ---------------------------------------------------------------- 1501 Parsifal BibTeX export
BIB = {}
BIB_REQ = {"article": ["title", "author", "journal", "year"], "inproceedings": ["title", "author", "booktitle", "year"],
           "mastersthesis": ["title", "author", "school", "year"], "misc": ["title", "year"]}


def check_parsifal(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("% Parsifal") or not any(l.startswith("% Review: ") for l in L[:6]): errors.append(f"{f}: no Parsifal header")
    m = re.search(r"^% Studies: (\d+)$", raw, re.M)
    ents = re.split(r"\n(?=@)", raw[raw.index("\n@") + 1:] if "\n@" in raw else "")
    if not m or int(m.group(1)) != len(ents): errors.append(f"{f}: `% Studies:` says {m and m.group(1)}, the file holds {len(ents)} entries")
    keys_, vals = set(), []
    for e in ents:
        hm = re.match(r"@(\w+)\{([^,\s]+),\n", e)
        if not hm: errors.append(f"{f}: entry head {e[:30]!r}"); continue
        typ, k = hm.groups()
        if e.count("{") != e.count("}") or not e.rstrip().endswith("}"): errors.append(f"{f}: {k}: braces unbalanced")
        if k in keys_: errors.append(f"{f}: key {k} twice")
        keys_.add(k)
        flds = dict(re.findall(r"^    (\w+) = \{(.*)\},?$", e, re.M))
        vals += list(flds.values())
        for r in BIB_REQ.get(typ, ["title"]):
            if r not in flds: errors.append(f"{f}: {k}: {typ} without {r}")
        y = flds.get("year", "")
        if not re.fullmatch(r"\d{4}", y): errors.append(f"{f}: {k}: year {y!r}")
        a = flds.get("author", "")
        if a and not a.startswith("{"):
            parts = a.split(" and ")
            for p in parts:
                if p != "others" and not re.fullmatch(r"[^,]+, [^,]+", p): errors.append(f"{f}: {k}: author not `Last, First`: {p!r}")
            first = unicodedata.normalize("NFKD", parts[0].split(",")[0].split()[-1]).encode("ascii", "ignore").decode().lower()
            if first and not re.fullmatch(rf"{re.escape(first)}{y}[a-z0-9]+", k): errors.append(f"{f}: key {k} not <surname {first}><year {y}><word>")
        if "pages" in flds:
            pm = re.fullmatch(r"(\d+)--(\d+)", flds["pages"])
            if not pm or int(pm.group(1)) >= int(pm.group(2)): errors.append(f"{f}: {k}: pages {flds['pages']!r}")
        if "url" in flds and not flds["url"].startswith("https://"): errors.append(f"{f}: {k}: url not https")
        if "eprint" in flds:
            if flds.get("archivePrefix") != "arXiv": errors.append(f"{f}: {k}: eprint without archivePrefix arXiv")
            em = re.fullmatch(r"(\d\d)\d\d\.\d{4,5}", flds["eprint"])
            if not em or 2000 + int(em.group(1)) > int(y or 0): errors.append(f"{f}: {k}: eprint {flds['eprint']} newer than the year or malformed")
        note = flds.get("note", "")
        st = re.match(r"(Αποδεκτή|Απορρίφθηκε|Διπλότυπη)\. ", note)
        if not st: errors.append(f"{f}: {k}: note without a Parsifal status")
        elif st.group(1) == "Αποδεκτή" and not re.search(r"ΚΕ\d", note): errors.append(f"{f}: {k}: accepted without an inclusion criterion")
        elif st.group(1) == "Απορρίφθηκε" and not re.search(r"ΚΑ\d", note): errors.append(f"{f}: {k}: rejected without an exclusion criterion")
    BIB[f] = vals


# ---------------------------------------------------------------- 1502 Aipo ToDo CSV
CSV_FIELDS = {}
AIPO_HEAD = ["カテゴリ", "タイトル", "担当者", "優先度", "状態", "開始日", "締切日", "メモ", "公開設定", "作成者", "作成日時", "更新日時"]
AIPO_PRI = {"高い", "やや高い", "普通", "やや低い", "低い"}
AIPO_ST = {"未着手", "完了"} | {f"{n}%" for n in range(10, 100, 10)}
LAB = {"佐々木 悠真", "高橋 陸", "森 美咲", "山本 紗希"}


def check_aipo(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    if not body.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    reser = "".join(",".join('"' + c.replace('"', '""') + '"' for c in r) + "\r\n" for r in rows)
    if reser != body: errors.append(f"{f}: not every field quoted (or line ends other than CR LF between records)")
    if not rows or rows[0] != AIPO_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 12: errors.append(f"{f}: row {i} has {len(r)} fields"); continue
        cat, tit, who, pri, st, s, d, memo, vis, by, c, u = r
        if "\r" in "".join(r): errors.append(f"{f}: row {i}: CR inside a field")
        if cat not in {"輪読", "実験", "設備", "運営"}: errors.append(f"{f}: row {i}: category {cat!r}")
        if pri not in AIPO_PRI: errors.append(f"{f}: row {i}: priority {pri!r}")
        if st not in AIPO_ST: errors.append(f"{f}: row {i}: state {st!r}")
        if vis not in {"公開", "非公開"}: errors.append(f"{f}: row {i}: visibility {vis!r}")
        if who not in LAB or by not in LAB: errors.append(f"{f}: row {i}: assignee / creator not a lab member")
        sd, dd_, cd, ud = dt_ok(s, "%Y/%m/%d"), dt_ok(d, "%Y/%m/%d"), dt_ok(c, "%Y/%m/%d %H:%M"), dt_ok(u, "%Y/%m/%d %H:%M")
        if not all((sd, dd_, cd, ud)): errors.append(f"{f}: row {i}: a date invalid"); continue
        if sd > dd_: errors.append(f"{f}: row {i}: start after due")
        if cd > ud: errors.append(f"{f}: row {i}: created after updated")
        if st == "完了" and ud < sd: errors.append(f"{f}: row {i}: done before it started")


# ---------------------------------------------------------------- 1503 如流 export
ZH_WD = "一二三四五六日"


def check_ruliu(f, raw):
    L = lines_of(f, raw)
    if L[0] != "如流 消息记录导出": errors.append(f"{f}: first line {L[0]!r}")
    g = re.fullmatch(r"群聊：.+（群号：\d+）", L[1] if len(L) > 1 else "")
    ex = re.fullmatch(r"导出人：(.+)", L[2] if len(L) > 2 else "")
    et = dt_ok((L[3] if len(L) > 3 else "")[5:], "%Y-%m-%d %H:%M:%S") if L[3:4] and L[3].startswith("导出时间：") else None
    mm = re.fullmatch(r"群成员（(\d+)人）：(.+)", L[4] if len(L) > 4 else "")
    if not (g and ex and et and mm): errors.append(f"{f}: head lines wrong"); return
    members = mm.group(2).split("、")
    if int(mm.group(1)) != len(members): errors.append(f"{f}: member count {mm.group(1)} but {len(members)} listed")
    if ex.group(1) not in members: errors.append(f"{f}: exporter not a member")
    if not re.fullmatch(r"=+", L[5]): errors.append(f"{f}: no rule after the head")
    day, last = None, None
    for i, l in enumerate(L[6:], 7):
        dm = re.fullmatch(r"————— (\d{4}-\d\d-\d\d) 星期(.) —————", l)
        if dm:
            d = dt_ok(dm.group(1), "%Y-%m-%d")
            if not d or ZH_WD[d.weekday()] != dm.group(2): errors.append(f"{f}: line {i}: weekday wrong {l!r}")
            if d and day and d <= day: errors.append(f"{f}: line {i}: day not after the previous")
            day = d; continue
        hm = re.fullmatch(r"(\S+) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", l)
        rm = re.fullmatch(r"(\S+) 撤回了一条消息  (\d\d:\d\d:\d\d)", l)
        if hm or rm:
            who = (hm or rm).group(1)
            ts = dt_ok(hm.group(2), "%Y-%m-%d %H:%M:%S") if hm else (dt_ok(f"{day:%Y-%m-%d} {rm.group(2)}", "%Y-%m-%d %H:%M:%S") if day else None)
            if who not in members: errors.append(f"{f}: line {i}: {who} not a member")
            if not ts: errors.append(f"{f}: line {i}: time invalid"); continue
            if not day or ts.date() != day.date(): errors.append(f"{f}: line {i}: message not on its day line")
            if last and ts < last: errors.append(f"{f}: line {i}: message out of time order")
            last = ts
            if hm and (i >= len(L) or not L[i]): errors.append(f"{f}: line {i}: message without text")
            continue
        for at in re.findall(r"@(\S+?)(?=[ \s，]|$)", l):
            if at not in members: errors.append(f"{f}: line {i}: @{at} not a member")
        if l.startswith("[") and not re.fullmatch(r"\[图片\]|\[文件\] \S+ \(\d+(?:\.\d)? MB\)|\[文档\] .+", l): errors.append(f"{f}: line {i}: placeholder {l!r}")
    if last and et < last: errors.append(f"{f}: exported before the last message")


# ---------------------------------------------------------------- 1504 Arab Hardware (XenForo) copy
AR_M = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def ar_date(s):
    m = re.fullmatch(r"(\d{1,2}) (\S+) (\d{4})", s or "")
    if not m or m.group(2) not in AR_M: return None
    try: return dt.date(int(m.group(3)), AR_M.index(m.group(2)) + 1, int(m.group(1)))
    except ValueError: return None


def check_arabhardware(f, raw):
    L = lines_of(f, raw)
    if L[0] != "عرب هاردوير" or "المنتديات" not in L[:6]: errors.append(f"{f}: no site menu")
    try: si = next(i for i, l in enumerate(L) if l.startswith("بادئ الموضوع "))
    except StopIteration: errors.append(f"{f}: no starter line"); return
    sm = re.fullmatch(r"بادئ الموضوع (\S+) تاريخ البدء (.+)", L[si])
    rm = re.fullmatch(r"الردود (\d+)", L[si + 1])
    posts = [i for i, l in enumerate(L) if re.fullmatch(r"#\d+", l)]
    if [L[i] for i in posts] != [f"#{n}" for n in range(1, len(posts) + 1)]: errors.append(f"{f}: posts not numbered #1..#n")
    if not rm or int(rm.group(1)) != len(posts) - 1: errors.append(f"{f}: reply count {rm and rm.group(1)} for {len(posts)} posts")
    blocks, prev, posters = {}, None, []
    for n, i in enumerate(posts):
        u = L[i - 10]
        blk = L[i - 9:i - 2]
        if blk[1] != "انضم" or blk[3] != "المشاركات" or blk[5] != "مستوى التفاعل" or L[i - 2] != "": errors.append(f"{f}: post #{n + 1}: member block malformed"); continue
        if u in blocks and blocks[u] != blk: errors.append(f"{f}: post #{n + 1}: {u}'s member block differs from an earlier post")
        blocks[u] = blk
        d, j = ar_date(L[i - 1]), ar_date(blk[2])
        if not d or not j: errors.append(f"{f}: post #{n + 1}: date invalid"); continue
        if j > d: errors.append(f"{f}: post #{n + 1}: {u} posted before joining")
        if prev and d < prev: errors.append(f"{f}: post #{n + 1}: out of date order")
        prev = d
        if n == 0 and sm and (sm.group(1) != u or ar_date(sm.group(2)) != d): errors.append(f"{f}: starter line does not name the first post's author and date")
        end = posts[n + 1] - 10 if n + 1 < len(posts) else len(L)
        seg = L[i + 1:end]
        if seg and seg[0].endswith(" قال:"):
            q = seg[0][:-5]
            if q not in posters: errors.append(f"{f}: post #{n + 1} quotes {q}, no earlier poster")
            if "اضغط للتوسيع..." not in seg[:4]: errors.append(f"{f}: post #{n + 1}: quote not closed")
        for l in seg:
            if l.startswith("أعجب بهذا: "):
                rest = l[len("أعجب بهذا: "):]
                head_, sep_, last_ = rest.rpartition(" و")
                names = (head_.split("، ") + [last_]) if sep_ else [rest]
                if u in names: errors.append(f"{f}: post #{n + 1}: the poster reacts to their own post")
        if "إبلاغ" not in seg or "رد" not in seg: errors.append(f"{f}: post #{n + 1}: no post tools")
        posters.append(u)
    if "XenForo" not in L[-1]: errors.append(f"{f}: no XenForo footer")


# ---------------------------------------------------------------- 1505 SendX web version
HI_WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
HI_M = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
VOID = {"meta", "img", "br", "hr", "link", "input"}


class TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack, s.bad, s.hrefs = [], [], []
    def handle_starttag(s, t, a):
        if t == "a": s.hrefs.append(dict(a).get("href", ""))
        if t not in VOID: s.stack.append(t)
    def handle_endtag(s, t):
        if t in VOID: return
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()


def hi_date(s):
    m = re.fullmatch(r"(\S+), (\d{1,2}) (\S+) (\d{4})", s)
    if not m or m.group(3) not in HI_M: return None
    try: d = dt.date(int(m.group(4)), HI_M.index(m.group(3)) + 1, int(m.group(2)))
    except ValueError: return None
    return d if HI_WD[d.weekday()] == m.group(1) else None


def check_sendx(f, raw):
    lines_of(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"hi\">") or '<meta charset="utf-8">' not in raw: errors.append(f"{f}: not HTML5 with lang=hi and UTF-8")
    tc = TagCheck(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: errors.append(f"{f}: tags unbalanced: open {tc.stack[-3:]}, stray {tc.bad[:3]}")
    for h in re.findall(r'href="([^"]*)"', raw):
        if not h.startswith("https://"): errors.append(f"{f}: link not https: {h[:40]}")
        if re.search(r"&(?!amp;)", h): errors.append(f"{f}: bare & in href {h[:50]}")
    t = re.search(r"<title>(.+?) #(\d+)</title>", raw); h1 = re.search(r"<h1[^>]*>(.+?) #(\d+)</h1>", raw)
    if not t or not h1 or t.groups() != h1.groups(): errors.append(f"{f}: title and masthead differ")
    dm = re.search(r"</h1><p[^>]*>([^<]+)</p>", raw)
    issue = hi_date(dm.group(1)) if dm else None
    if not issue: errors.append(f"{f}: issue date missing or its weekday wrong")
    wm = re.search(r"<b>वेबिनार:</b> ([^,]+, \d{1,2} \S+ \d{4}),", raw)
    ev = hi_date(wm.group(1)) if wm else None
    if not ev: errors.append(f"{f}: webinar date missing or its weekday wrong")
    elif issue and ev <= issue: errors.append(f"{f}: webinar not after the issue")
    cards = re.findall(r'<tr><td style="padding:16px 24px;border-bottom:1px solid #eeeeee;">(.*?)\n</table>\n</td></tr>', raw, re.S)
    if not cards: errors.append(f"{f}: no cards")
    for c in cards:
        if "<h3" not in c or '<td dir="ltr"' not in c: errors.append(f"{f}: card without a title or an LTR author line")
        if c.count("<a ") > 1: errors.append(f"{f}: card with more than one button")
    if not re.search(r'<div style="display:none;max-height:0;overflow:hidden;">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader")
    cids = set(re.findall(r"(?:campaigns/|cid=)([0-9a-f]{24})", raw))
    for need in ("/web-version?", "app.sendx.io/unsubscribe?", "app.sendx.io/preferences?"):
        if need not in raw: errors.append(f"{f}: no {need.strip('/?')} link")
    if len(cids) != 1: errors.append(f"{f}: {len(cids)} campaign ids")
    if 'alt="Sent with SendX"' not in raw: errors.append(f"{f}: no Sent with SendX badge")


# ---------------------------------------------------------------- 1506 OKnation blog copy (negative)
TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
TH_M = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def th_date(f, s):
    m = re.fullmatch(r"วัน(\S+?)ที่ (\d{1,2}) (\S+) พ\.ศ\. (\d{4}) เวลา (\d\d)\.(\d\d) น\.", s)
    if not m or m.group(3) not in TH_M: errors.append(f"{f}: Thai date form {s!r}"); return None
    try: d = dt.datetime(int(m.group(4)) - 543, TH_M.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6)))
    except ValueError: errors.append(f"{f}: Thai date invalid {s!r}"); return None
    if TH_WD[d.weekday()] != m.group(1): errors.append(f"{f}: Thai weekday wrong {s!r}")
    return d


def check_oknation(f, raw):
    L = lines_of(f, raw)
    if L[0] != "OKnation" or "เข้าสู่ระบบ" not in L[:8]: errors.append(f"{f}: no OKnation menu")
    am = next((re.fullmatch(r"โดย (.+) \| (.+) \| อ่าน [\d,]+ ครั้ง", l) for l in L if l.startswith("โดย ")), None)
    if not am: errors.append(f"{f}: no author line with a view count"); return
    pd_ = th_date(f, am.group(2))
    cm = next((re.fullmatch(r"ความคิดเห็น \((\d+)\)", l) for l in L if l.startswith("ความคิดเห็น (")), None)
    cs = [i for i, l in enumerate(L) if l.startswith("ความคิดเห็นที่ ")]
    if not cm or int(cm.group(1)) != len(cs): errors.append(f"{f}: comment count {cm and cm.group(1)} for {len(cs)} comments")
    prev = pd_
    for n, i in enumerate(cs, 1):
        if L[i] != f"ความคิดเห็นที่ {n}": errors.append(f"{f}: comment {L[i]!r} where {n} was due")
        nm = re.fullmatch(r"(.+) \| (.+)", L[i + 1])
        d = th_date(f, nm.group(2)) if nm else None
        if not d: errors.append(f"{f}: comment {n}: no name / date line"); continue
        if prev and d < prev: errors.append(f"{f}: comment {n} before the post or the previous comment")
        prev = d
        rm = re.fullmatch(r"ตอบความคิดเห็นที่ (\d+)", L[i + 2])
        if rm and not 1 <= int(rm.group(1)) < n: errors.append(f"{f}: comment {n} replies to comment {rm.group(1)}, not an earlier one")
    if "© 2024 OKnation. All rights reserved." not in L: errors.append(f"{f}: no footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1497: check_atenea, 1498: check_moshub, 1499: check_eml_b64, 1500: check_jkics, 1501: check_parsifal, 1502: check_aipo,
     1503: check_ruliu, 1504: check_arabhardware, 1505: check_sendx,
     1506: check_oknation}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)

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
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: notes.append(f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: notes.append(f"{f}: title found only after decoding + normalising: {t!r}")
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
                    notes.append(f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
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
# round148's and round149's, a byte-identical file counted once), and the round148/round149 split (candidates sorted by
# (uses, catalogue title); round148 = even positions from 4 on, one unbroken run; round149 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P149S = ["/work/rounds/digests-round149/expected.json", "/work/main/tests/data/digests-round149/expected.json"]
P149 = next((p for p in P149S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P149S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round148", "digests-round149") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round148 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r149 = set()
if P149:
    try:
        r149 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P149)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P149} exists but could not be read (being written?)")
    if r149 & mine: errors.append(f"papers also in round149: {sorted(r149 & mine)}")
shared149 = len(r149 & mine) if P149 else "(no round149 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:104s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round148 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round149: {shared149}; papers in more than one round148 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

