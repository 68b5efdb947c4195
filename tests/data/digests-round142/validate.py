#!/usr/bin/env python3
r"""Checks round142/expected.json against the digests and the shared catalogues.

Adapted from round140/validate.py (the label checks are the same code; the reuse report is round140's with round142 /
round143 in place of round140 / round141: round142 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round142's and round143's own (a
digests-round142 / digests-round143 folder, or a file whose bytes equal round142's or round143's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round142 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round143's expected.json (read only, from /work/rounds/digests-round143/ or
/work/main/tests/data/digests-round143/, when it exists), and on a paper in more than one round142 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1439 its MIME parts with the quoted-printable
undone and the RFC 2047 subject decoded; 1442 every CSV field; everything: HTML / XML entities undone once and
twice, percent-escapes undone. Titles are matched after whitespace normalisation (TeX braces dropped) and case-blind;
a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1437 OZ Report TXT export (a BOM, CR LF; pages split by form feeds, each ending with `- p / N -`, page 1 starting with
the report title, later pages with the repeated header `title<TAB>code<TAB>name`; 학점(이론-실습) adds up; the two
`비율(%)` rows (core competencies, grading) add up to 100 and match their header rows' length; weeks 1..16, each row
four cells, dates on the class day of 강의시간 and seven days apart; references [1]..[n], each read in some week and no
week citing a missing one);
1438 CodeCommit README (LF, a final newline; code fences balanced; every table-of-contents anchor is a heading's
GitHub-style slug; CodeCommit URLs in their forms — HTTPS clone `git-codecommit.<region>.amazonaws.com/v1/repos/<repo>`,
`codecommit::<region>://[profile@]<repo>`, console `…/codesuite/codecommit/repositories/<repo>/browse[/refs/heads/<b>/--/<path>]`
or `/pull-requests/<n>/details` with `?region=` equal to the console host's region — one region and one repository
throughout; a linked pull request also named `#n`; table rows with the header's column count; brackets balanced);
1439 .eml (CR LF throughout, 7-bit; Date valid with its weekday in +0330, Received just after it; the subject in
RFC 2047 B-words starting `Fwd: `; the boundary declared and used; text/plain and text/html, UTF-8 quoted-printable,
lines of at most 76 characters with valid escapes and no trailing blank; the forward block in Chmail's Persian form
with a Solar Hijri date (Persian digits, month name) that converts to a Gregorian date on or before Date with the
right Persian weekday; `N documents` = the cards numbered 1..N, each with a valid date; every card title and link in
the HTML part; the two parts carry the same URLs);
1440 Science (AAAS) references (LF, a final newline; lines of at most 90 columns unless one token is longer; page
footers with consecutive Devanagari page numbers, the last line a footer, one running head after each but the last;
the `संदर्भ आणि टिपा` heading; entries numbered 1..n in order; the text's citations within the list; author lists as
initials + surname, at most five, or the first author + `et al.`; `(year).` in every author entry; preprints as
`arXiv:id [cat] (year).` with the year of the id; web sources as `; URL.`);
1441 Bing Academic (必应学术) RIS (CR LF; every line `XX  - value`; records TY … ER, TI right after TY, the file ending with `ER  - `
and a blank line; TY from the RIS set; PY a year; authors `Surname, Given` or a Chinese name; SP < EP; one UR per
record, a Bing Academic profile page with a 32-hex id, no two alike, no record after 2021; L1 an arXiv PDF; an arXiv `JO` id agreeing
with PY; CONF with T2, JOUR with JO, THES / RPRT with PB);
1442 ERPNext CSV (CR LF between records; quoting as QUOTE_NONNUMERIC writes it — strings quoted, `% Progress` a bare
float; the header; task names TASK-YYYY-NNNNN consecutive, the year the start date's; projects PROJ-NNNN; status and
priority from ERPNext's lists; ISO dates, start ≤ end; progress 0–100, Completed ⇔ 100; Assigned To a JSON list of
e-mails of one domain; descriptions Quill HTML in `ql-editor read-mode` with link text = href);
1443 stashcat export (LF, a final newline; the header fields and rule; day lines with the right German weekday,
increasing; messages `HH:MM | Name: text` with valid times increasing within a day; continuation lines (eight
spaces) only inside a message; reaction lines `Reaktionen: <emoji> <n>`; attachments `📎 name (size KB|MB)`; replies
name an earlier sender; `Nachrichten: N` = the messages; senders ≤ members; the export time after the last message;
the end line);
1444 AbcLinuxu Poradna (LF, a final newline; breadcrumb; `Dotaz:`; the asker's date and read count; `Diskuse: N
odpověď/odpovědi/odpovědí` in the right Czech plural and equal to the replies; each reply `▶ Re: <question>`, an author
line with a valid date not before the previous one, and the action line; the solution line names a reply of that
author at that time);
1445 Taximail web version (LF, a final newline; doctype; tags balanced; every link https; the issue number in title and
header equal; the issue date and weekday in Thai with the Buddhist-era year (CE + 543); the meetup date valid, its
weekday right, after the issue; each card with an author line and at most one button; the hidden preheader; the
Taximail footer);
1446 Vuukle (LF, a final newline; the reactions line with Vuukle's six emotes; `N Comments` = shown + `Show M more
comments`; each comment name / relative time / text / vote line; `Replying to` names an earlier commenter;
`Powered by Vuukle`).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17), nor is an OpenReview id cut by a quoted-printable soft line break (1439's raw text; the decoded part
holds it whole)."""

import base64, csv, html, io, json, os, re, sys, textwrap, unicodedata
from html.parser import HTMLParser
import datetime as dt
from collections import Counter
from email import message_from_bytes
from email.header import decode_header, make_header
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


# ---------------------------------------------------------------- 1437 OZ Report syllabus (TXT export)
def check_oz(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (the viewer's TXT export writes one)")
    body = raw.lstrip("\ufeff")
    if re.search(r"(?<!\r)\n", body) or re.search(r"\r(?!\n)", body): errors.append(f"{f}: not CR LF throughout")
    pages = body.split("\f")
    N = len(pages)
    head = "2024학년도 2학기 강의계획서"
    for p, pg in enumerate(pages, 1):
        if not pg.endswith(f"\r\n- {p} / {N} -\r\n"): errors.append(f"{f}: page {p} does not end with its footer `- {p} / {N} -`")
        first = pg.split("\r\n", 1)[0]
        if (p == 1 and first != head) or (p > 1 and not re.fullmatch(re.escape(head) + r"\t[A-Z]{3}\d{4}-\d\d\t.+", first)):
            errors.append(f"{f}: page {p} does not start with the report header: {first!r}")
    L = body.replace("\f", "").split("\r\n")
    cell = lambda k: next((l.split("\t") for l in L if l.startswith(k + "\t")), None)
    cr = cell("이수구분")
    m = re.fullmatch(r"(\d)\((\d)-(\d)\)", cr[3]) if cr and len(cr) > 3 else None
    if not m or int(m.group(1)) != int(m.group(2)) + int(m.group(3)): errors.append(f"{f}: 학점(이론-실습) does not add up: {cr}")
    for k in ("비율(%)",):
        rows = [l.split("\t") for l in L if l.startswith(k + "\t")]
        if len(rows) != 2: errors.append(f"{f}: want two 비율(%) rows (핵심역량, 평가방법), got {len(rows)}")
        for r in rows:
            try:
                v = [int(x) for x in r[1:]]
                if sum(v[:-1]) != v[-1] or v[-1] != 100: errors.append(f"{f}: shares {v} do not add up to 100")
            except ValueError: errors.append(f"{f}: non-numeric share row {r}")
    heads = [l.split("\t") for l in L if l.startswith("항목\t") or l.startswith("역량\t")]
    rows = [l.split("\t") for l in L if l.startswith("비율(%)\t")]
    for h, r in zip(heads, rows):
        if len(h) != len(r): errors.append(f"{f}: header {h} and share row {r} differ in length")
    tm = cell("강의시간")
    DAYS = "월화수목금토일"
    wd = DAYS.index(tm[1][0]) if tm and tm[1][:1] in DAYS else None
    weeks = [l.split("\t") for l in L if re.match(r"\d{1,2}\t\d\d/\d\d\t", l)]
    if [int(w[0]) for w in weeks] != list(range(1, 17)): errors.append(f"{f}: weeks not 1..16: {[w[0] for w in weeks]}")
    d0 = None
    for w in weeks:
        if len(w) != 4: errors.append(f"{f}: week row with {len(w)} cells: {w[:2]}")
        d = dt_ok(f"2024/{w[1]}", "%Y/%m/%d")
        if not d: errors.append(f"{f}: week {w[0]}: bad date {w[1]}"); continue
        if wd is not None and d.weekday() != wd: errors.append(f"{f}: week {w[0]} ({w[1]}) is not on the class day {tm[1][0]}")
        if d0 and d != d0 + dt.timedelta(weeks=int(w[0]) - 1): errors.append(f"{f}: week {w[0]} not seven days after the week before")
        d0 = d0 or d
    refs = [int(m.group(1)) for l in L for m in [re.match(r"\[(\d+)\]\t", l)] if m]
    if refs != list(range(1, len(refs) + 1)) or not refs: errors.append(f"{f}: references not [1]..[n]: {refs}")
    cited = {int(x) for w in weeks for x in re.findall(r"\[(\d+)\]", w[3] if len(w) > 3 else "")}
    if refs and cited != set(refs): errors.append(f"{f}: references read in no week or weeks citing none: {sorted(set(refs) ^ cited)}")


# ---------------------------------------------------------------- 1438 CodeCommit README
def gh_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def check_codecommit_md(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    heads = {gh_slug(l.lstrip("#").strip()) for l in L if re.match(r"#{1,6} ", l)}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in heads: errors.append(f"{f}: table-of-contents anchor #{a} is no heading's slug")
    regs, repos = set(), set()
    for u in re.findall(r"https://git-codecommit\.[^\s)`]*", raw):
        m = re.fullmatch(r"https://git-codecommit\.([a-z]{2}-[a-z]+-\d)\.amazonaws\.com/v1/repos/([\w.-]+)", u)
        if not m: errors.append(f"{f}: not a CodeCommit HTTPS clone URL: {u}"); continue
        regs.add(m.group(1)); repos.add(m.group(2))
    for u in re.findall(r"(?<![\w/-])codecommit:\S*", raw):
        m = re.fullmatch(r"codecommit::([a-z]{2}-[a-z]+-\d)://(?:[\w-]+@)?([\w.-]+)", u)
        if not m: errors.append(f"{f}: not a git-remote-codecommit URL: {u}"); continue
        regs.add(m.group(1)); repos.add(m.group(2))
    for u in re.findall(r"https://[a-z0-9-]+\.console\.aws\.amazon\.com/[^\s)`]*", raw):
        m = re.fullmatch(r"https://([a-z]{2}-[a-z]+-\d)\.console\.aws\.amazon\.com/codesuite/codecommit/repositories/([\w.-]+)/"
                         r"(browse|browse/refs/heads/[\w.-]+/--/[\w./-]+|pull-requests/\d+/details)\?region=([a-z]{2}-[a-z]+-\d)", u)
        if not m: errors.append(f"{f}: not a CodeCommit console URL: {u}"); continue
        if m.group(1) != m.group(4): errors.append(f"{f}: console host region {m.group(1)} != ?region={m.group(4)}")
        regs.add(m.group(1)); repos.add(m.group(2))
    if len(regs) != 1 or len(repos) != 1: errors.append(f"{f}: CodeCommit URLs name several regions or repositories: {regs} {repos}")
    prs = sorted(set(re.findall(r"/pull-requests/(\d+)/", raw)))
    for n in prs:
        if f"#{n}" not in raw: errors.append(f"{f}: pull request {n} linked but never named #{n}")
    i = 0
    while i < len(L):
        if L[i].startswith("|"):
            j = i
            while j < len(L) and L[j].startswith("|"): j += 1
            ncol = L[i].count("|")
            if not re.fullmatch(r"\|(---\|)+", L[i + 1] if i + 1 < j else ""): errors.append(f"{f}: table without a --- row at {L[i]!r}")
            for l in L[i:j]:
                if l.count("|") != ncol or not l.endswith("|"): errors.append(f"{f}: table row with another column count: {l!r}")
            i = j
        else: i += 1
    for par in "\n".join(l for l in L if not l.startswith("|")).split("\n\n"):
        if par.count("[") != par.count("]") or par.count("(") != par.count(")"): errors.append(f"{f}: unbalanced brackets: {par[:60]!r}")


# ---------------------------------------------------------------- 1439 .eml (Chmail forward, quoted-printable)
MIME_PARTS = {}
FA_DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
FA_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_M = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053)); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365:
        jy += (days - 1) // 365; days = (days - 1) % 365
    if days < 186: return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def check_eml(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a quoted-printable message")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    m = message_from_bytes(raw.encode("utf-8"))
    d = m.get("Date", "")
    dd = None
    try:
        dd = parsedate_to_datetime(d)
        if dd.strftime("%a, %d %b %Y %H:%M:%S %z") != d: errors.append(f"{f}: Date weekday or form wrong: {d!r}")
        if dd.utcoffset() != dt.timedelta(hours=3, minutes=30): errors.append(f"{f}: Date not in Iran time (+0330): {d!r}")
    except (TypeError, ValueError): errors.append(f"{f}: Date does not parse: {d!r}")
    try:
        rd = parsedate_to_datetime(m.get("Received", "").rsplit(";", 1)[1].strip())
        if dd and not dd <= rd <= dd + dt.timedelta(minutes=10): errors.append(f"{f}: Received {rd} not just after Date {dd}")
    except (IndexError, TypeError, ValueError): errors.append(f"{f}: Received has no valid date")
    subj_raw = re.search(r"\r\nSubject: (.*?)\r\n(?! )", raw, re.S)
    subj = ""
    try:
        subj = str(make_header(decode_header(m["Subject"])))
        if not subj_raw or not all(re.fullmatch(r"=\?utf-8\?[bB]\?[A-Za-z0-9+/=]+\?=", w, re.I) for w in subj_raw.group(1).split()): errors.append(f"{f}: Subject not RFC 2047 B-words")
        if not subj.startswith("Fwd: "): errors.append(f"{f}: Subject of a forward without `Fwd: `")
    except Exception as ex: errors.append(f"{f}: Subject does not decode: {ex!r}")
    bnd = m.get_boundary()
    if not bnd or f"--{bnd}\r\n" not in body or not body.endswith(f"--{bnd}--\r\n"): errors.append(f"{f}: boundary not used as declared")
    parts = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    dec = {}
    for p in parts:
        if p.get("Content-Transfer-Encoding", "").lower() != "quoted-printable" or p.get_content_charset() != "utf-8":
            errors.append(f"{f}: part {p.get_content_type()} not UTF-8 quoted-printable")
        pl = p.get_payload()
        for l in pl.split("\r\n"):
            if len(l) > 76 or re.search(r"=(?![0-9A-F]{2}|$)", l) or re.search(r"[ \t]$", l): errors.append(f"{f}: bad quoted-printable line {l[:30]!r}"); break
        try: dec[p.get_content_type()] = p.get_payload(decode=True).decode("utf-8")
        except Exception as ex: errors.append(f"{f}: part does not decode: {ex!r}")
    MIME_PARTS[f] = [subj] + list(dec.values()) + [html.unescape(v) for v in dec.values()]
    t = dec.get("text/plain", "")
    fm = re.search(r"\r\n-------- پیام اصلی --------\r\nاز: (.+?)\r\nتاریخ: (\S+) (\S+) (\S+) (\S+)، ساعت (\S+)\r\nبه: (.+?)\r\nموضوع: (.+?)\r\n", t)
    if not fm: errors.append(f"{f}: no forward block in Chmail's form"); return
    wd, jd, jmn, jy, hm = fm.group(2), fm.group(3).translate(FA_DIG), fm.group(4), fm.group(5).translate(FA_DIG), fm.group(6).translate(FA_DIG)
    if jmn not in FA_M or not (jd.isdigit() and jy.isdigit() and re.fullmatch(r"\d\d:\d\d", hm)): errors.append(f"{f}: forward date not a Solar Hijri date: {fm.group(0)[30:90]!r}"); return
    want = (int(jy), FA_M.index(jmn) + 1, int(jd))
    g = next((dd.date() - dt.timedelta(days=k) for k in range(0, 400) if dd and g2j(*(dd.date() - dt.timedelta(days=k)).timetuple()[:3]) == want), None)
    if not g: errors.append(f"{f}: forward date {want} not on or before the Date"); return
    if FA_WD[g.weekday()] != wd: errors.append(f"{f}: forward weekday {wd} wrong for {g}")
    cards = re.findall(r"\r\n(\d+)\. ([^\r\n]+)\r\n   ([^\r\n]+) · arXiv · ([^\r\n]+)\r\n   [^\r\n]+\r\n   View document: (https://search\.zeta-alpha\.com/documents/[0-9a-f]+)\r\n", t)
    nm = re.search(r"· (\d+) documents ·", t)
    if not nm or int(nm.group(1)) != len(cards) or [int(c[0]) for c in cards] != list(range(1, len(cards) + 1)): errors.append(f"{f}: {nm and nm.group(1)} documents announced, cards {[c[0] for c in cards]}")
    h = html.unescape(dec.get("text/html", ""))
    for n, title, who, when, u in cards:
        if not dt_ok(when, "%d %b %Y"): errors.append(f"{f}: card {n}: bad date {when!r}")
        if f"{n}. " + title not in re.sub(r"<[^>]+>", "", h): errors.append(f"{f}: card {title!r} missing from the HTML part")
        if f'href="{u}"' not in h: errors.append(f"{f}: card URL {u} missing from the HTML part")
    tt = {x.rstrip(").,") for x in re.findall(r"https?://\S+", t)}
    th = {x.rstrip(").,") for x in re.findall(r'href="([^"]+)"', h)}
    if tt != th: errors.append(f"{f}: URLs differ between the parts: {sorted(tt ^ th)[:3]}")


# ---------------------------------------------------------------- 1440 Science (AAAS) references, Marathi
DEV_DIG = str.maketrans("०१२३४५६७८९", "0123456789")


def check_science(f, raw):
    L = lines_of(f, raw)
    W = 90
    for l in L:
        if len(l) > W and not any(len(t) > W // 2 for t in l.split(" ")): errors.append(f"{f}: line longer than {W}: {l!r}")
    foots = [(n, l) for n, l in enumerate(L) if l.startswith("विज्ञानवेध  ·  ")]
    if not foots or foots[-1][0] != len(L) - 1: errors.append(f"{f}: the last line is not the page footer")
    nums = [int(l.rsplit("·", 1)[1].strip().translate(DEV_DIG)) for _, l in foots if l.rsplit("·", 1)[1].strip().translate(DEV_DIG).isdigit()]
    if len(nums) != len(foots) or nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers not consecutive: {nums}")
    heads = {L[n + 1] for n, _ in foots[:-1] if n + 1 < len(L)}
    if len(heads) != 1 or any(not x.strip() or re.match(r"\d+\. ", x) for x in heads): errors.append(f"{f}: running heads differ or missing: {heads}")
    skip = {n for n, _ in foots} | {n + 1 for n, _ in foots[:-1]}
    skip |= {n - 1 for n, _ in foots if n and not L[n - 1]} | {n + 2 for n, _ in foots[:-1] if n + 2 < len(L) and not L[n + 2]}
    text = [l for n, l in enumerate(L) if n not in skip]
    if "संदर्भ आणि टिपा" not in text: errors.append(f"{f}: no `संदर्भ आणि टिपा` heading"); return
    k = text.index("संदर्भ आणि टिपा")
    refs, nxt = [], 1
    for l in text[k + 1:]:
        if not l.strip():
            if refs and refs[-1] is not None: refs.append(None)
            continue
        if l.startswith(f"{nxt}. "): refs.append(l); nxt += 1
        elif refs and refs[-1] is not None: refs[-1] += " " + l
        elif re.match(r"\d+\. ", l): errors.append(f"{f}: entry out of order: {l[:20]!r}")
    refs = [r for r in refs if r]
    if nxt == 1: errors.append(f"{f}: no entries")
    for l in text[k + 1:]:
        m = re.match(r"(\d+)\. \S", l)
        if m and int(m.group(1)) >= nxt: errors.append(f"{f}: entry {m.group(1)} out of order")
    cites = [int(x) for m in re.finditer(r"\((\d+)[–-](\d+)\)", "\n".join(text[:k])) for x in m.groups()]
    if cites and max(cites) >= nxt: errors.append(f"{f}: the text cites ({cites}) beyond the list")
    for e in refs:
        body = e.split(". ", 1)[1]
        am = re.match(r"((?:[A-Z]\. )+[A-Z][\w'-]+(?:-[A-Z][\w'-]+)?(?:, (?:[A-Z]\. )+[A-Z][\w'-]+(?:-[A-Z][\w'-]+)?)*)( et al\.)?, ", body)
        if am:
            n_au = am.group(1).count(", ") + 1
            if am.group(2) and n_au != 1: errors.append(f"{f}: `et al.` after more than the first author: {e[:50]!r}")
            if not am.group(2) and n_au > 5: errors.append(f"{f}: more than five authors listed: {e[:50]!r}")
            if not re.search(r"\((?:[^()]*, )?(\d{4})\)[.;]", e): errors.append(f"{f}: entry without `(year).`: {e[:50]!r}")
        for aid, cat, yr in re.findall(r"arXiv:(\d{4}\.\d{4,5}) \[([a-z-]+\.[A-Z]{2})\] \((\d{4})\)", e):
            if yr != "20" + aid[:2]: errors.append(f"{f}: arXiv:{aid} dated {yr}")
        if "arXiv:" in e and not re.search(r"arXiv:\d{4}\.\d{4,5} \[[a-z-]+\.[A-Z]{2}\] \(\d{4}\)\.", e): errors.append(f"{f}: preprint not in Science's `arXiv:id [cat] (year).` form: {e[:50]!r}")
        for u in re.findall(r"; (\S+)\.$", e):
            if not re.fullmatch(r"https?://[\w./-]+", u): errors.append(f"{f}: web source not `; URL.`: {u!r}")


# ---------------------------------------------------------------- 1441 Bing Academic (必应学术) RefMan (RIS)
RIS_TY = {"JOUR", "CONF", "RPRT", "THES", "BOOK", "CHAP"}


def check_ris(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    recs, cur = [], None
    for l in raw.split("\r\n"):
        if not l:
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: errors.append(f"{f}: not a RIS line: {l[:40]!r}"); continue
        tag, v = m.groups()
        if tag == "TY":
            if cur is not None: errors.append(f"{f}: TY before the previous ER")
            cur = [(tag, v)]
        elif cur is None: errors.append(f"{f}: {tag} outside a record")
        elif tag == "ER":
            if v: errors.append(f"{f}: ER with a value")
            recs.append(cur); cur = None
        else: cur.append((tag, v))
    if cur is not None: errors.append(f"{f}: the last record has no ER")
    if not re.search(r"ER  - \r\n\r\n$", raw): errors.append(f"{f}: the file does not end with `ER  - ` and a blank line")
    urls = []
    for r in recs:
        d = {}
        for t, v in r: d.setdefault(t, []).append(v)
        ti = d.get("TI", ["?"])[0][:30]
        if d["TY"][0] not in RIS_TY: errors.append(f"{f}: {ti}: unknown TY {d['TY'][0]}")
        if [t for t, _ in r][:2] != ["TY", "TI"]: errors.append(f"{f}: {ti}: TI not right after TY")
        if not re.fullmatch(r"\d{4}", (d.get("PY") or [""])[0]): errors.append(f"{f}: {ti}: PY not a year")
        for a in d.get("AU", []):
            if not (re.fullmatch(r"[^\W\d_][\w'-]*(?: [\w'-]+)*, [^\W\d_][\w.'-]*(?: [\w.'-]+)*", a) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a)):
                errors.append(f"{f}: {ti}: author not `Surname, Given` or a Chinese name: {a!r}")
        if "SP" in d or "EP" in d:
            try:
                if int(d["SP"][0]) >= int(d["EP"][0]): errors.append(f"{f}: {ti}: SP >= EP")
            except (KeyError, ValueError): errors.append(f"{f}: {ti}: SP/EP incomplete")
        for u in d.get("UR", []):
            if not re.fullmatch(r"https://cn\.bing\.com/academic/profile\?id=[0-9a-f]{32}&encoded=0&v=paper_preview&mkt=zh-cn", u): errors.append(f"{f}: {ti}: UR not a Bing Academic profile page: {u}")
            urls.append(u)
        if len(d.get("UR", [])) != 1: errors.append(f"{f}: {ti}: want one UR")
        for u in d.get("L1", []):
            if not re.fullmatch(r"https://arxiv\.org/pdf/\d{4}\.\d{4,5}", u): errors.append(f"{f}: {ti}: L1 not an arXiv PDF: {u}")
        for v in d.get("JO", []):
            m = re.fullmatch(r"arXiv preprint arXiv:(\d{4})\.\d{4,5}", v)
            if m and "20" + m.group(1)[:2] != d.get("PY", [""])[0]: errors.append(f"{f}: {ti}: arXiv id and PY disagree")
            if "arXiv" in v and not m and v != "arXiv e-prints": errors.append(f"{f}: {ti}: odd arXiv journal {v!r}")
        if d["TY"][0] == "CONF" and "T2" not in d: errors.append(f"{f}: {ti}: CONF without T2")
        if d["TY"][0] == "JOUR" and "JO" not in d: errors.append(f"{f}: {ti}: JOUR without JO")
        if d["TY"][0] in ("THES", "RPRT") and "PB" not in d: errors.append(f"{f}: {ti}: {d['TY'][0]} without PB")
    if len(set(urls)) != len(urls): errors.append(f"{f}: two records with the same profile id")
    if any(r and int(dict(r).get("PY", "0")) > 2021 for r in recs): errors.append(f"{f}: a record later than 2021 (the site's index ended then)")


# ---------------------------------------------------------------- 1442 ERPNext Task CSV
ERP_COLS = ["ID", "Subject", "Project", "Status", "Priority", "Expected Start Date", "Expected End Date", "% Progress",
            "Assigned To", "Description"]
ERP_STATUS = {"Open", "Working", "Pending Review", "Overdue", "Template", "Completed", "Cancelled"}
ERP_PRIO = {"Low", "Medium", "High", "Urgent"}
CSV_FIELDS = {}


def check_erpnext(f, raw):
    recs, buf, inq, i = [], "", False, 0
    while i < len(raw):
        c = raw[i]
        if c == '"': inq = not inq
        if not inq and raw.startswith("\r\n", i):
            recs.append(buf); buf = ""; i += 2; continue
        if not inq and c in "\r\n": errors.append(f"{f}: a bare {c!r} outside quotes")
        buf += c; i += 1
    if buf: errors.append(f"{f}: the last record has no CR LF")
    Q = r'"(?:[^"]|"")*"'
    for n, r in enumerate(recs):
        pat = (Q + r"(?:," + Q + r")*") if n == 0 else (r"(?:" + Q + r",){7}\d{1,3}\.\d(?:," + Q + r"){2}")
        if not re.fullmatch(pat, r, re.S): errors.append(f"{f}: record {n} not quoted as QUOTE_NONNUMERIC writes it: {r[:50]!r}")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != ERP_COLS: errors.append(f"{f}: header {rows[:1]}"); return
    first, doms = None, set()
    for n, r in enumerate(rows[1:]):
        if len(r) != len(ERP_COLS): errors.append(f"{f}: row {n + 1} has {len(r)} fields"); continue
        d = dict(zip(ERP_COLS, r))
        m = re.fullmatch(r"TASK-(\d{4})-(\d{5})", d["ID"])
        if not m: errors.append(f"{f}: bad task name {d['ID']}"); continue
        first = first if first is not None else int(m.group(2)) - n
        if int(m.group(2)) != first + n: errors.append(f"{f}: task names not consecutive at {d['ID']}")
        if not re.fullmatch(r"PROJ-\d{4}", d["Project"]): errors.append(f"{f}: {d['ID']}: bad project {d['Project']}")
        if d["Status"] not in ERP_STATUS: errors.append(f"{f}: {d['ID']}: unknown status {d['Status']}")
        if d["Priority"] not in ERP_PRIO: errors.append(f"{f}: {d['ID']}: unknown priority {d['Priority']}")
        s, e = dt_ok(d["Expected Start Date"], "%Y-%m-%d"), dt_ok(d["Expected End Date"], "%Y-%m-%d")
        if not s or not e or not re.fullmatch(r"\d{4}-\d\d-\d\d", d["Expected Start Date"] + "") : errors.append(f"{f}: {d['ID']}: bad date"); continue
        if s > e: errors.append(f"{f}: {d['ID']}: start after end")
        if str(s.year) != m.group(1): errors.append(f"{f}: {d['ID']}: naming-series year != start year")
        try: p = float(d["% Progress"])
        except ValueError: errors.append(f"{f}: {d['ID']}: progress {d['% Progress']!r}"); continue
        if not 0 <= p <= 100: errors.append(f"{f}: {d['ID']}: progress {p}")
        if (d["Status"] == "Completed") != (p == 100): errors.append(f"{f}: {d['ID']}: status {d['Status']} with {p}%")
        try:
            who = json.loads(d["Assigned To"])
            if not who or not all(re.fullmatch(r"[a-z.]+@([\w.-]+)", x) for x in who): raise ValueError(who)
            doms |= {x.split("@")[1] for x in who}
        except (ValueError, TypeError): errors.append(f"{f}: {d['ID']}: Assigned To not a JSON list of e-mails: {d['Assigned To']!r}")
        de = d["Description"]
        if not (de.startswith('<div class="ql-editor read-mode">') and de.endswith("</div>")) or de.count("<p>") != de.count("</p>") or de.count("<a ") != de.count("</a>"):
            errors.append(f"{f}: {d['ID']}: description not Quill HTML")
        for a, t in re.findall(r'<a href="([^"]+)"[^>]*>([^<]*)</a>', de):
            if a != t: errors.append(f"{f}: {d['ID']}: link text {t!r} != href {a!r}")
    if len(doms) > 1: errors.append(f"{f}: assignees from several domains {doms}")


# ---------------------------------------------------------------- 1443 stashcat
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def check_stashcat(f, raw):
    L = lines_of(f, raw)
    hd = ["stashcat – Channel-Export", "Channel: ", "Organisation: ", "Mitglieder: ", "Exportiert von: ", "Exportiert am: ", "Nachrichten: "]
    if len(L) < 9 or any(not L[n].startswith(h) for n, h in enumerate(hd)) or not re.fullmatch("=+", L[7]) or L[8]:
        errors.append(f"{f}: header not as the export writes it"); return
    ex = dt_ok(L[5][len("Exportiert am: "):], "%d.%m.%Y, %H:%M Uhr")
    if not ex: errors.append(f"{f}: export time not `TT.MM.JJJJ, HH:MM Uhr`")
    nmem, nmsg = int(L[3].split(": ")[1]), int(L[6].split(": ")[1])
    if L[-1] != "— Ende des Exports —": errors.append(f"{f}: no end line")
    day, last, senders, msgs, in_msg = None, None, [], 0, False
    for l in L[9:-1]:
        dm = re.fullmatch(r"(\w+), (\d\d)\.(\d\d)\.(\d{4})", l)
        mm = re.fullmatch(r"(\d\d):(\d\d) \| ([^:]+?): (.+)", l)
        if dm:
            d = dt_ok(f"{dm.group(4)}-{dm.group(3)}-{dm.group(2)}", "%Y-%m-%d")
            if not d or DE_WD[d.weekday()] != dm.group(1): errors.append(f"{f}: wrong weekday or date in {l!r}"); continue
            if day and d <= day: errors.append(f"{f}: days not increasing at {l!r}")
            day, last, in_msg = d, None, False
        elif mm:
            if not day: errors.append(f"{f}: message before a day line"); continue
            h, mi = int(mm.group(1)), int(mm.group(2))
            if h > 23 or mi > 59: errors.append(f"{f}: bad time {l[:8]!r}"); continue
            t = day.replace(hour=h, minute=mi)
            if last and t < last: errors.append(f"{f}: time goes back at {l[:30]!r}")
            last, in_msg = t, True
            msgs += 1; senders.append(mm.group(3))
            txt = mm.group(4)
            if txt.startswith("📎") and not re.fullmatch(r"📎 \S+\.\w+ \(\d+(?:,\d)? (?:KB|MB)\)", txt): errors.append(f"{f}: attachment line {l!r}")
            rp = re.match(r"↪ Antwort auf (.+?) \((\d\d:\d\d)\): „", txt)
            if rp and rp.group(1) not in senders[:-1]: errors.append(f"{f}: reply to {rp.group(1)}, who wrote nothing before")
        elif l == "":
            in_msg = False
        elif l.startswith(" " * 8) and in_msg:
            if l.strip().startswith("Reaktionen:") and not re.fullmatch(r" {8}Reaktionen:(?: \S+ \d+)+", l): errors.append(f"{f}: reactions line {l!r}")
        else:
            errors.append(f"{f}: a line outside any message: {l!r}")
    if msgs != nmsg: errors.append(f"{f}: `Nachrichten: {nmsg}` but {msgs} messages")
    if len(set(senders)) > nmem: errors.append(f"{f}: {len(set(senders))} senders but {nmem} members")
    if ex and last and ex < last: errors.append(f"{f}: exported before the last message")


# ---------------------------------------------------------------- 1444 AbcLinuxu Poradna
def check_abclinuxu(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("AbcLinuxu.cz > Poradna > "): errors.append(f"{f}: no breadcrumb")
    q = next((l[len("Dotaz: "):] for l in L if l.startswith("Dotaz: ")), None)
    if not q: errors.append(f"{f}: no `Dotaz:` line"); return
    ACT = "Odpovědět | Sbalit | Link | Blokovat | Admin"
    t0 = next((dt_ok(m.group(1), "%d.%m.%Y %H:%M") for l in L for m in [re.fullmatch(r"(\d{1,2}\.\d{1,2}\.\d{4} \d\d:\d\d) \| Přečteno: \d+×", l)] if m), None)
    if not t0: errors.append(f"{f}: no asker's line with date and read count")
    starts = [n for n, l in enumerate(L) if l.startswith("▶ Re: ")]
    for n in starts:
        if L[n] != f"▶ Re: {q}": errors.append(f"{f}: reply title {L[n]!r} is not `Re: ` + the question")
    dm = re.search(r"\nDiskuse: (\d+) (odpověď|odpovědi|odpovědí)\n", raw)
    if not dm: errors.append(f"{f}: no reply count")
    else:
        k = int(dm.group(1))
        want = "odpověď" if k == 1 else "odpovědi" if 2 <= k <= 4 else "odpovědí"
        if dm.group(2) != want: errors.append(f"{f}: `{k} {dm.group(2)}` – Czech wants `{k} {want}`")
        if k != len(starts): errors.append(f"{f}: {k} replies announced, {len(starts)} shown")
    last, authors = t0, {}
    for i, n in enumerate(starts):
        m = re.fullmatch(r"(\d{1,2}\.\d{1,2}\.\d{4} \d\d:\d\d) (.+?) \| skóre: \d+(?: \| .+)?", L[n + 1] if n + 1 < len(L) else "")
        if not m: errors.append(f"{f}: reply {i + 1}: author line malformed"); continue
        t = dt_ok(m.group(1), "%d.%m.%Y %H:%M")
        if not t: errors.append(f"{f}: reply {i + 1}: bad date {m.group(1)}"); continue
        if last and t < last: errors.append(f"{f}: reply {i + 1} earlier than the one before")
        last = t
        authors.setdefault(m.group(2), []).append(t)
        end = starts[i + 1] if i + 1 < len(starts) else L.index("Založit nové vlákno • Nahoru") if "Založit nové vlákno • Nahoru" in L else len(L)
        blk = L[n + 2:end]
        while blk and not blk[-1]: blk.pop()
        if not blk or blk[-1] != ACT or blk[0] != "": errors.append(f"{f}: reply {i + 1} does not end with the action line")
    sm = re.search(r"\nŘešení (\d+)× \((.+?) \((\d{1,2})\.(\d{1,2})\. (\d\d:\d\d)\)\)\n", raw)
    if not sm: errors.append(f"{f}: no solution line")
    else:
        ts = authors.get(sm.group(2), [])
        if not any(t.day == int(sm.group(3)) and t.month == int(sm.group(4)) and t.strftime("%H:%M") == sm.group(5) for t in ts):
            errors.append(f"{f}: the solution names no reply of {sm.group(2)} at {sm.group(3)}.{sm.group(4)}. {sm.group(5)}")


# ---------------------------------------------------------------- 1445 Taximail web version (HTML)
TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
TH_M = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


class _Tags(HTMLParser):
    VOID = {"meta", "img", "br", "hr", "link", "input"}
    def __init__(self):
        super().__init__(); self.stack, self.bad, self.links = [], [], []
    def handle_starttag(self, tag, attrs):
        if tag == "a": self.links.append(dict(attrs))
        if tag not in self.VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        if tag == "a": self.links.append(dict(attrs))
    def handle_endtag(self, tag):
        if tag in self.VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append(tag)
        else: self.stack.pop()


def check_taximail(f, raw):
    L = lines_of(f, raw)
    if not raw.startswith("<!DOCTYPE html"): errors.append(f"{f}: no doctype")
    p = _Tags(); p.feed(raw); p.close()
    if p.bad or p.stack: errors.append(f"{f}: tags not balanced: closed {p.bad[:3]}, open {p.stack[:3]}")
    for a in p.links:
        if not a.get("href", "").startswith("https://"): errors.append(f"{f}: a link without an https href: {a}")
    tm = re.search(r"<title>AI Paper Club TH ฉบับที่ (\d+):", raw)
    im = re.search(r"จดหมายข่าวฉบับที่ (\d+) · วัน(\S+)ที่ (\d+) (\S+) (\d{4})</p>", raw)
    if not tm or not im or tm.group(1) != im.group(1): errors.append(f"{f}: issue number missing or differs between title and header")
    d = None
    if im:
        if im.group(4) not in TH_M: errors.append(f"{f}: unknown Thai month {im.group(4)}")
        else:
            d = dt_ok(f"{int(im.group(5)) - 543}-{TH_M.index(im.group(4)) + 1}-{im.group(3)}", "%Y-%m-%d")
            if not d or TH_WD[d.weekday()] != im.group(2): errors.append(f"{f}: issue date or weekday wrong (Buddhist era = CE + 543)")
    mm = re.search(r"</strong> · วัน(\S+)ที่ (\d+) (\S+) (\d{4}) เวลา", raw)
    if mm and mm.group(3) in TH_M:
        md = dt_ok(f"{int(mm.group(4)) - 543}-{TH_M.index(mm.group(3)) + 1}-{mm.group(2)}", "%Y-%m-%d")
        if not md or TH_WD[md.weekday()] != mm.group(1) or (d and md <= d): errors.append(f"{f}: meetup date or weekday wrong")
    else: errors.append(f"{f}: no meetup date")
    cards = re.findall(r'<h3 style="[^"]*">(.*?)</h3>(.*?)</td></tr>', raw, re.S)
    if not cards: errors.append(f"{f}: no paper cards")
    for t, rest in cards:
        btn = re.findall(r'<a href="([^"]+)"[^>]*>อ่านเปเปอร์ &rarr;</a>', rest)
        if len(btn) > 1: errors.append(f"{f}: card {t[:30]!r} with {len(btn)} buttons")
        if not re.search(r'<p style="margin:0 0 8px 0;font-size:13px;color:#777777">[^<]+</p>', rest): errors.append(f"{f}: card {t[:30]!r} without its author line")
    if not re.search(r'<div style="display:none;max-height:0;overflow:hidden">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader")
    if "ยกเลิกการรับข่าวสาร</a>" not in raw or 'alt="Powered by Taximail"' not in raw: errors.append(f"{f}: Taximail footer incomplete")


# ---------------------------------------------------------------- 1446 Vuukle (negative)
VK_EMO = ["Happy", "Indifferent", "Amused", "Excited", "Angry", "Sad"]


def check_vuukle(f, raw):
    L = lines_of(f, raw)
    try: k = L.index("What is your reaction?")
    except ValueError: errors.append(f"{f}: no reactions bar"); return
    em = re.findall(r"(\w+) (\d+)", L[k + 1])
    if [e for e, _ in em] != VK_EMO or L[k + 1] != "   ".join(f"{e} {c}" for e, c in em): errors.append(f"{f}: reactions line not Vuukle's six emotes: {L[k + 1]!r}")
    cm = [re.fullmatch(r"(\d+) Comments", l) for l in L]; cm = [m for m in cm if m]
    mm = [re.fullmatch(r"Show (\d+) more comments", l) for l in L]; mm = [m for m in mm if m]
    if len(cm) != 1 or len(mm) != 1: errors.append(f"{f}: comment counts missing"); return
    vote = re.compile(r"Reply   Share   ▲ \d+   ▼ \d+")
    try: a, b = L.index("Log in with Google | Facebook | Email") + 2, L.index(mm[0].group(0))
    except ValueError: errors.append(f"{f}: comment area not found"); return
    blocks = [x.split("\n") for x in "\n".join(L[a:b]).strip("\n").split("\n\n")]
    names = []
    for bl in blocks:
        if len(bl) < 4 or not vote.fullmatch(bl[-1]): errors.append(f"{f}: comment without its vote line: {bl[0]!r}"); continue
        if not re.fullmatch(r"(?:\d+ (?:minutes?|hours?|days?) ago|just now)", bl[1]): errors.append(f"{f}: comment {bl[0]!r} without a relative time")
        if bl[2].startswith("Replying to ") and bl[2][len("Replying to "):] not in names: errors.append(f"{f}: {bl[2]!r} names no earlier commenter")
        names.append(bl[0])
    if int(cm[0].group(1)) != len(blocks) + int(mm[0].group(1)): errors.append(f"{f}: {cm[0].group(1)} Comments != {len(blocks)} shown + {mm[0].group(1)}")
    if "Powered by Vuukle" not in L: errors.append(f"{f}: no `Powered by Vuukle`")


def shape_checks(f, raw, path):
    n = num(f)
    {1437: check_oz, 1438: check_codecommit_md, 1439: check_eml, 1440: check_science, 1441: check_ris,
     1442: check_erpnext, 1443: check_stashcat, 1444: check_abclinuxu, 1445: check_taximail,
     1446: check_vuukle}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else [])
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
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
# round142's and round143's, a byte-identical file counted once), and the round142/round143 split (candidates sorted by
# (uses, catalogue title); round142 = even positions from 4 on, one unbroken run; round143 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P143S = ["/work/rounds/digests-round143/expected.json", "/work/main/tests/data/digests-round143/expected.json"]
P143 = next((p for p in P143S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P143S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round142", "digests-round143") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round142 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r143 = set()
if P143:
    try:
        r143 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P143)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P143} exists but could not be read (being written?)")
    if r143 & mine: errors.append(f"papers also in round143: {sorted(r143 & mine)}")
shared143 = len(r143 & mine) if P143 else "(no round143 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round142 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round143: {shared143}; papers in more than one round142 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

