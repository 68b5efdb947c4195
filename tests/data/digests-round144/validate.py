#!/usr/bin/env python3
r"""Checks round144/expected.json against the digests and the shared catalogues.

Adapted from round142/validate.py (the label checks are the same code; the reuse report is round142's with round144 /
round145 in place of round142 / round143: round144 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round144's and round145's own (a
digests-round144 / digests-round145 folder, or a file whose bytes equal round144's or round145's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round144 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round145's expected.json (read only, from /work/rounds/digests-round145/ or
/work/main/tests/data/digests-round145/, when it exists), and on a paper in more than one round144 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1459 its MIME parts with the base64 undone
and the RFC 2047 subject decoded; 1461 every BibTeX field value; 1462 every CSV field; everything: HTML / XML entities
undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation (TeX braces dropped)
and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1457 Campusmate-J syllabus copy (LF; the page head; the label / value cells; 曜日・時限 and 開講年度; sessions 第1回..第15回,
four cells each, dated on the class day, seven days apart, the weekday in brackets right; grading shares adding up
to 合計 = 100; references [1]..[n], each cited by some session (`[a]〜[b]` ranges read) and no session citing a
missing one);
1458 SourceCommit README (LF, a final newline; code fences balanced; the awesome badge; every table-of-contents anchor
a section heading's GitHub-style slug and the sections in TOC order; SourceCommit clone URLs
`https://devtools.ncloud.com/<7 digits>/<repo>.git`, one repository, the one `cd` enters and the intro names;
`checked N links` = the distinct URLs outside code blocks; table rows with the header's column count; brackets
balanced);
1459 .eml (CR LF throughout, 7-bit; Date valid with its weekday, in CET; Received just after it; Subject and From in
RFC 2047 B-words, the subject starting `Fwd: `; header lines ≤ 78 but Received; the boundary declared and used;
text/plain and text/html, UTF-8 base64 in full 76-character lines; the text part CR LF; Onet's forward block
(Od / Do / Data / Temat) with a Polish date not after Date; the Ecartis digest banner (list, date = the forward's day,
volume, issue), Temat and Subject naming `<list> Digest V<v> #<n>`, `End of …` with its rules, the FreeLists archive
URL; `In This Issue:` = the messages' subjects in order; every message Date valid, in time order, not after the
digest; the two parts carry the same URLs);
1460 Scientia Sinica Informationis references (LF; lines no wider than the PDF column; page numbers consecutive, the
last line one, a running head `…等: …` framed by blank lines after each but the last; the 参考文献 heading; entries
1..n in order; the text's citations within the list; authors `Surname Initials` (three, then `et al.`) or Chinese
names or an organisation; a year in every entry; preprints `year. ArXiv:id` (the id's year) or an arXiv URL at the
entry's end; `In: Proceedings of …, year`; journal pages increasing; the English Abstract and Keywords after);
1461 Anara BibTeX (LF; entries `@type{key,` / two-space `field = {…}` lines / `}` with commas between fields only;
braces balanced; known types and their required fields; four-digit years; authors `Last, First`; keys = the first
author's surname + year + a word; url, doi and `a--b` pages in form; a note in every entry; keys unique);
1462 Testograf CSV (a BOM; CR LF between records, LF only inside quoted fields; every field quoted, `;` between them;
the header; rows numbered 1..n, started in order; times `DD.MM.YYYY HH:MM:SS`, duration = end − start; status
Завершен (every required answer given) or Не завершен (some missing); role, talk and day answers from the options);
1463 Team+ chat history (LF; the title and save lines; day lines with the right Chinese weekday, increasing; messages
`HH:MM<TAB>name<TAB>text` with times in order, system lines `HH:MM<TAB>… 已加入群組 / 收回了訊息`; multi-line messages
quoted with inner quotes doubled; placeholders `[圖片]`, `[貼圖]`, `[檔案] name.ext`; saved after the last message);
1464 Dạy Nhau Học (Discourse) copy (LF; title, category and tags; posts: username, display name, `D Thg M` date in
order, body, optional `N Lượt thích`, `Trả lời`; quotes `user:` of earlier posters; the topic map's created / last
reply dates, replies = posts − 1, users, likes and links re-counted; the solved box naming the one post marked
`✓ Giải pháp` and its date; the suggested-topics table);
1465 Rav Messer web version (LF; HTML5, dir="rtl" lang="he", UTF-8; tags balanced; every link https, `&amp;` in
hrefs; the issue number in title and header equal; the issue date and the meetup date with the right Hebrew weekday,
the meetup after the issue; each card with an author line and at most one button; the hidden preheader; the Rav
Messer footer);
1466 FastComments on a Hindi blog (LF; the byline date valid; dated weekdays right; `N Comments` = shown + `Show M more
comments`; the sort menu and comment box; each comment name / relative time / optional `↳ जवाब: name` of an earlier
commenter / text / vote line; `Powered by FastComments`).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

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


# ---------------------------------------------------------------- 1457 Campusmate-J Web syllabus (copied text)
JA_WD = "月火水木金土日"


def check_campusmate(f, raw):
    L = lines_of(f, raw)
    if L[:4] != ["北湊大学 Webシラバス", "シラバス照会　｜　Campusmate-J", "", "シラバス参照"]: errors.append(f"{f}: page head not the Campusmate-J syllabus page's")
    cell = {}
    for l in L:
        p = l.split("\t")
        if len(p) == 2 and not p[0].startswith("[") and p[0] not in cell: cell[p[0]] = p[1]
    for k in ("講義コード", "講義名", "開講年度", "開講学期", "曜日・時限", "単位数", "担当教員"):
        if k not in cell: errors.append(f"{f}: no `{k}` cell")
    yr = cell.get("開講年度", "")
    dm = re.fullmatch(r"([月火水木金土日])(\d)", cell.get("曜日・時限", ""))
    if not dm or not yr.isdigit(): errors.append(f"{f}: 曜日・時限 / 開講年度 malformed"); return
    if not cell.get("単位数", "").isdigit(): errors.append(f"{f}: 単位数 not a number")
    rows = [l.split("\t") for l in L if re.match(r"第\d+回\t", l)]
    if [int(r[0][1:-1]) for r in rows] != list(range(1, 16)): errors.append(f"{f}: sessions not 第1回..第15回: {[r[0] for r in rows]}")
    d0 = None
    for r in rows:
        if len(r) != 4: errors.append(f"{f}: {r[0]} has {len(r)} cells"); continue
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})（([月火水木金土日])）", r[1])
        d = dt_ok(f"{yr}-{m.group(1)}-{m.group(2)}", "%Y-%m-%d") if m else None
        if not d: errors.append(f"{f}: {r[0]}: bad date {r[1]!r}"); continue
        if JA_WD[d.weekday()] != m.group(3): errors.append(f"{f}: {r[0]}: {r[1]} is not a {m.group(3)}曜日")
        if m.group(3) != dm.group(1): errors.append(f"{f}: {r[0]} not on the class day {dm.group(1)}")
        n = int(r[0][1:-1])
        if d0 and d != d0 + dt.timedelta(weeks=n - 1): errors.append(f"{f}: {r[0]} not seven days after the session before")
        d0 = d0 or d
    try:
        k = L.index("評価項目\t割合(%)")
        sh, tot = [], None
        for l in L[k + 1:]:
            p = l.split("\t")
            if len(p) != 2: break
            if p[0] == "合計": tot = int(p[1]); break
            sh.append(int(p[1]))
        if tot != 100 or sum(sh) != tot: errors.append(f"{f}: grading shares {sh} do not add up to 合計 {tot} = 100")
    except ValueError: errors.append(f"{f}: grading table missing or not numeric")
    refs = [int(m.group(1)) for l in L for m in [re.match(r"\[(\d+)\]\t", l)] if m]
    if not refs or refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not [1]..[n]: {refs}")
    cited = set()
    for r in rows:
        txt = r[3] if len(r) > 3 else ""
        for a, b in re.findall(r"\[(\d+)\]〜\[(\d+)\]", txt): cited |= set(range(int(a), int(b) + 1))
        cited |= {int(x) for x in re.findall(r"\[(\d+)\]", txt)}
    if refs and cited != set(refs): errors.append(f"{f}: references cited by no session or sessions citing none: {sorted(set(refs) ^ cited)}")


# ---------------------------------------------------------------- 1458 SourceCommit README
def gh_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def check_sourcecommit_md(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: errors.append(f"{f}: title line without the awesome badge")
    outside = re.sub(r"```.*?```", "", raw, flags=re.S)
    OL = outside.split("\n")
    heads = [gh_slug(l.lstrip("#").strip()) for l in OL if re.match(r"## ", l)]
    toc = re.findall(r"^- \[[^\]]+\]\(#([^)]+)\)$", outside, re.M)
    for a in toc:
        if a not in heads: errors.append(f"{f}: table-of-contents anchor #{a} is no heading's slug")
    if [h for h in heads if h != gh_slug("목차")] != toc: errors.append(f"{f}: table of contents and sections differ")
    clones = re.findall(r"https://devtools\.ncloud\.com/\S*", raw)
    repos = set()
    for u in clones:
        m = re.fullmatch(r"https://devtools\.ncloud\.com/(\d{7})/([\w.-]+)\.git", u)
        if not m: errors.append(f"{f}: not a SourceCommit HTTPS clone URL: {u}"); continue
        repos.add(m.group(2))
    if len(repos) != 1: errors.append(f"{f}: clone URLs name {len(repos)} repositories")
    else:
        r = next(iter(repos))
        if f"cd {r}\n" not in raw or raw.count(f"`{r}`") < 2: errors.append(f"{f}: repository {r} not the one cloned into and named")
    m = re.search(r"checked (\d+) links, (\d+) broken", raw)
    n = len(set(re.findall(r"https?://[^\s)`]+", outside)))
    if not m or int(m.group(1)) != n: errors.append(f"{f}: link check reports {m and m.group(1)} links, the README has {n}")
    i = 0
    while i < len(OL):
        if OL[i].startswith("|"):
            j = i
            while j < len(OL) and OL[j].startswith("|"): j += 1
            ncol = OL[i].count("|")
            if not re.fullmatch(r"\|(---\|)+", OL[i + 1] if i + 1 < j else ""): errors.append(f"{f}: table without a --- row at {OL[i]!r}")
            for l in OL[i:j]:
                if l.count("|") != ncol or not l.endswith("|"): errors.append(f"{f}: table row with another column count: {l!r}")
            i = j
        else: i += 1
    for par in outside.split("\n\n"):
        if par.count("[") != par.count("]") or par.count("(") != par.count(")"): errors.append(f"{f}: unbalanced brackets: {par[:60]!r}")


# ---------------------------------------------------------------- 1459 .eml (Onet Poczta forward, base64) of a FreeLists digest
MIME_PARTS = {}
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]


def check_eml(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a base64 message")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    m = message_from_bytes(raw.encode("utf-8"))
    d, dd = m.get("Date", ""), None
    try:
        dd = parsedate_to_datetime(d)
        if dd.strftime("%a, %d %b %Y %H:%M:%S %z") != d: errors.append(f"{f}: Date weekday or form wrong: {d!r}")
        if dd.utcoffset() != dt.timedelta(hours=1): errors.append(f"{f}: Date not in CET (+0100) for March: {d!r}")
    except (TypeError, ValueError): errors.append(f"{f}: Date does not parse: {d!r}")
    try:
        rd = parsedate_to_datetime(re.sub(r"\s+\(\w+\)$", "", m.get("Received", "").rsplit(";", 1)[1].strip()))
        if dd and not dd <= rd <= dd + dt.timedelta(minutes=10): errors.append(f"{f}: Received {rd} not just after Date {dd}")
    except (IndexError, TypeError, ValueError): errors.append(f"{f}: Received has no valid date")
    subj = ""
    sraw = re.search(r"\r\nSubject: (.*?)\r\n(?! )", raw, re.S)
    try:
        subj = str(make_header(decode_header(m["Subject"])))
        if not sraw or not all(re.fullmatch(r"=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=", w) for w in sraw.group(1).split()): errors.append(f"{f}: Subject not RFC 2047 B-words")
        if not subj.startswith("Fwd: "): errors.append(f"{f}: Subject of a forward without `Fwd: `")
    except Exception as ex: errors.append(f"{f}: Subject does not decode: {ex!r}")
    for l in head.split("\r\n"):
        if len(l) > 78 and not l.startswith("Received"): errors.append(f"{f}: header line longer than 78: {l[:30]!r}")
    bnd = m.get_boundary()
    if not bnd or f"--{bnd}\r\n" not in body or not body.endswith(f"--{bnd}--\r\n"): errors.append(f"{f}: boundary not used as declared")
    parts = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    dec = {}
    for p in parts:
        if p.get("Content-Transfer-Encoding", "").lower() != "base64" or p.get_content_charset() != "utf-8":
            errors.append(f"{f}: part {p.get_content_type()} not UTF-8 base64")
        pl = p.get_payload()
        ls = pl.rstrip("\r\n").split("\r\n")
        if any(len(l) > 76 or not re.fullmatch(r"[A-Za-z0-9+/]*=*", l) for l in ls) or any(len(l) != 76 for l in ls[:-1]):
            errors.append(f"{f}: part {p.get_content_type()}: base64 lines not 76 characters of the alphabet")
        try: dec[p.get_content_type()] = base64.b64decode("".join(ls), validate=True).decode("utf-8")
        except Exception as ex: errors.append(f"{f}: part does not decode: {ex!r}")
    MIME_PARTS[f] = [subj] + list(dec.values()) + [html.unescape(re.sub(r"<br>", "", v)) for v in dec.values()]
    t = dec.get("text/plain", "")
    if "\r\n" not in t or re.search(r"(?<!\r)\n", t): errors.append(f"{f}: the text part is not CR LF")
    T_ = t.split("\r\n")
    try: k = T_.index("----- Wiadomość przekazana -----")
    except ValueError: errors.append(f"{f}: no forward block in Onet's form"); return
    fw = T_[k + 1:k + 5]
    if [x.split(": ", 1)[0] for x in fw] != ["Od", "Do", "Data", "Temat"]: errors.append(f"{f}: forward block fields {fw}"); return
    fm = re.fullmatch(r"Data: (\d{1,2}) (\S+) (\d{4}) (\d\d):(\d\d)", fw[2])
    if not fm or fm.group(2) not in PL_M: errors.append(f"{f}: forward date not `D miesiąca YYYY HH:MM`: {fw[2]!r}"); return
    fd = dt_ok(f"{fm.group(3)}-{PL_M.index(fm.group(2)) + 1}-{fm.group(1)} {fm.group(4)}:{fm.group(5)}", "%Y-%m-%d %H:%M")
    if not fd or (dd and fd > dd.replace(tzinfo=None)): errors.append(f"{f}: forward date {fw[2]!r} invalid or after Date")
    dig = T_[k + 6:]
    while dig and dig[-1] == "": dig.pop()
    bm = re.fullmatch(r"([\w-]+) Digest\t(\w{3}, \d\d \w{3} \d{4})\tVolume: (\d\d)  Issue: (\d{3})", dig[0] if dig else "")
    if not bm: errors.append(f"{f}: no Ecartis digest banner"); return
    lst, vol, iss = bm.group(1), int(bm.group(3)), int(bm.group(4))
    bd = dt_ok(bm.group(2), "%a, %d %b %Y")
    if not bd or bd.strftime("%a, %d %b %Y") != bm.group(2) or (fd and bd.date() != fd.date()): errors.append(f"{f}: digest date {bm.group(2)!r} wrong or not the forward's day")
    want = f"{lst} Digest V{vol} #{iss}"
    if fw[3] != f"Temat: {want}" or not subj.startswith(f"Fwd: {want}"): errors.append(f"{f}: subject / Temat not `{want}`")
    if dig[-2:] != [f"End of {want}", "*" * len(f"End of {want}")] or dig[-3] != "+" * 70: errors.append(f"{f}: digest does not end with `End of {want}` and its rules")
    if f"Od: {lst}@freelists.org" != fw[0] or f"https://www.freelists.org/archives/{lst}" not in "\n".join(dig): errors.append(f"{f}: not from the FreeLists list {lst}")
    try: a = dig.index("In This Issue:")
    except ValueError: errors.append(f"{f}: no `In This Issue:`"); return
    topics = []
    for l in dig[a + 1:]:
        if not l.startswith("\t\t"): break
        topics.append(l[2:])
    msgs = [dig[i + 2:i + 5] for i, l in enumerate(dig) if l == "-" * 70 and i + 4 < len(dig) and dig[i + 2].startswith("From: ")]
    if topics != [x[1][len("Subject: "):] for x in msgs] or any(not x[0].startswith("From: ") or not x[1].startswith("Subject: ") for x in msgs): errors.append(f"{f}: In This Issue {topics} != the messages' subjects")
    last = None
    for x in msgs:
        try:
            md = parsedate_to_datetime(x[2][len("Date: "):])
            if md.strftime("%a, %d %b %Y %H:%M:%S %z") != x[2][len("Date: "):]: errors.append(f"{f}: message Date form or weekday wrong: {x[2]!r}")
            if last and md < last: errors.append(f"{f}: messages not in time order at {x[1]!r}")
            if fd and md.replace(tzinfo=None) > fd: errors.append(f"{f}: message {x[1]!r} after the digest was sent")
            last = md
        except (TypeError, ValueError): errors.append(f"{f}: message without a valid Date: {x[1]!r}")
    h = html.unescape(dec.get("text/html", ""))
    tt = {x.rstrip(").,\"") for x in re.findall(r"https?://[^\s\"()]+", t)}
    th = {x for x in re.findall(r'href="([^"]+)"', h)}
    if tt != th: errors.append(f"{f}: URLs differ between the parts: {sorted(tt ^ th)[:3]}")


# ---------------------------------------------------------------- 1460 Scientia Sinica Informationis references (PDF copy)
def wcols(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def check_scis(f, raw):
    L = lines_of(f, raw)
    for l in L:
        if wcols(l) > 100 and not any(len(t) > 40 for t in l.split(" ")): errors.append(f"{f}: line wider than the PDF column: {l[:40]!r}")
    if "参考文献" not in L: errors.append(f"{f}: no 参考文献 heading"); return
    k = L.index("参考文献")
    pages = [(i, int(l)) for i, l in enumerate(L) if re.fullmatch(r"\d{3,5}", l)]
    if not pages or [p for _, p in pages] != list(range(pages[0][1], pages[0][1] + len(pages))) or pages[-1][0] != len(L) - 1:
        errors.append(f"{f}: page numbers not consecutive or not last: {[p for _, p in pages]}")
    heads = [L[i + 2] for i, _ in pages[:-1] if i + 2 < len(L)]
    if any(not re.fullmatch(r"\S+等: .+", h) for h in heads) or any(L[i + 1] or L[i + 3] for i, _ in pages[:-1] if i + 3 < len(L)): errors.append(f"{f}: running head after a page number missing or malformed: {heads}")
    skip = {i for i, _ in pages} | {i + o for i, _ in pages[:-1] for o in (1, 2, 3)}
    try: end = L.index("", k + 1)
    except ValueError: end = len(L)
    while end in skip: end = L.index("", end + 1) if "" in L[end + 1:] else len(L)
    ents, nxt = [], 1
    for i in range(k + 1, end):
        if i in skip: continue
        l = L[i]
        if l.startswith(f"{nxt} "): ents.append(l[len(str(nxt)) + 1:]); nxt += 1
        elif re.match(r"\d{1,2} [A-Z\u4e00-\u9fff]", l): errors.append(f"{f}: entry out of order: {l[:20]!r}")
        elif ents: ents[-1] += ("" if re.search(r"[\u4e00-\u9fff:]$", ents[-1]) and re.match(r"[\u4e00-\u9fff\d]", l) else " ") + l
        else: errors.append(f"{f}: text between the heading and entry 1: {l[:20]!r}")
    if not ents: errors.append(f"{f}: no entries"); return
    cites = [int(x) for m in re.finditer(r"\[([\d, –]+)\]", "\n".join(L[:k])) for x in re.findall(r"\d+", m.group(1))]
    if not cites or max(cites) > len(ents): errors.append(f"{f}: the text cites {cites} beyond the {len(ents)} entries")
    for e in ents:
        lat = re.match(r"((?:[A-Z][\w'-]+ [A-Z](?: [A-Z])*)(?:, [A-Z][\w'-]+ [A-Z](?: [A-Z])*)*)(, et al)?\. ", e)
        zh = re.match(r"[\u4e00-\u9fff]{2,4}(?:, [\u4e00-\u9fff]{2,4})*(, 等)?\. ", e)
        org = re.match(r"[A-Z][A-Za-z]+\. ", e)
        if lat:
            n = lat.group(1).count(", ") + 1
            if (lat.group(2) and n != 3) or (not lat.group(2) and n > 3): errors.append(f"{f}: not three authors then `et al.`: {e[:40]!r}")
        elif not (zh or org): errors.append(f"{f}: entry authors not in the journal's form: {e[:40]!r}")
        if not re.search(r"(?:^|\D)(19|20)\d\d(?:\D|$)", e): errors.append(f"{f}: entry without a year: {e[:40]!r}")
        for yr, aid in re.findall(r"(\d{4})\. ArXiv:(\d{4}\.\d{4,5})", e):
            if yr != "20" + aid[:2]: errors.append(f"{f}: ArXiv:{aid} dated {yr}")
        if re.search(r"arxiv", e, re.I) and not re.search(r"\d{4}\. ArXiv:\d{4}\.\d{4,5}$|https://arxiv\.org/abs/\d{4}\.\d{4,5}$", e): errors.append(f"{f}: preprint not `year. ArXiv:id` at the entry's end: {e[:40]!r}")
        if e.count("In: ") > 1 or ("In: " in e and not re.search(r"In: Proceedings of [^,]+, (19|20)\d\d", e)): errors.append(f"{f}: proceedings entry not `In: Proceedings of …, year`: {e[:40]!r}")
        jm = re.search(r"\. ([^.]+), ((?:19|20)\d\d), (\d+): (\d+)–(\d+)$", e)
        if jm and int(jm.group(4)) >= int(jm.group(5)): errors.append(f"{f}: pages run backwards: {e[:40]!r}")
    tail = L[end:]
    if not any(l.startswith("Abstract ") for l in tail) or not any(l.startswith("Keywords ") for l in tail): errors.append(f"{f}: no English Abstract / Keywords after the references")


# ---------------------------------------------------------------- 1461 Anara BibTeX export
BIB = {}
BIB_REQ = {"article": ["title", "author", "journal", "year"], "inproceedings": ["title", "author", "booktitle", "year"],
           "book": ["title", "author", "publisher", "year"], "software": ["title", "author", "year", "url"],
           "misc": ["title", "year", "url"]}


def check_bibtex(f, raw):
    L = lines_of(f, raw)
    ents = [x for x in raw.strip("\n").split("\n\n")]
    keys_, fields_all = [], []
    for e in ents:
        m = re.fullmatch(r"@(\w+)\{([^,\s]+),\n((?:  \w+ = \{.*\},?\n)+)\}", e, re.S)
        if not m: errors.append(f"{f}: entry not `@type{{key,` / two-space fields / `}}`: {e[:40]!r}"); continue
        typ, key, body = m.groups()
        if typ not in BIB_REQ: errors.append(f"{f}: {key}: unknown type @{typ}")
        keys_.append(key)
        fl = body.rstrip("\n").split("\n")
        fd = {}
        for i, l in enumerate(fl):
            fm = re.fullmatch(r"  (\w+) = \{(.*)\}(,?)", l)
            if not fm: errors.append(f"{f}: {key}: field line {l[:30]!r}"); continue
            if (fm.group(3) == ",") != (i < len(fl) - 1): errors.append(f"{f}: {key}: comma after the last field or missing between fields")
            v = fm.group(2)
            dep = 0
            for c in v:
                dep += (c == "{") - (c == "}")
                if dep < 0: break
            if dep: errors.append(f"{f}: {key}: unbalanced braces in {fm.group(1)}")
            if fm.group(1) in fd: errors.append(f"{f}: {key}: field {fm.group(1)} twice")
            fd[fm.group(1)] = v
        fields_all.append(fd)
        for r in BIB_REQ.get(typ, []):
            if r not in fd: errors.append(f"{f}: {key}: @{typ} without {r}")
        if not re.fullmatch(r"\d{4}", fd.get("year", "")): errors.append(f"{f}: {key}: year not four digits")
        for a in fd.get("author", "").split(" and ") if "author" in fd else []:
            if not re.fullmatch(r"[^,{}]*(?:\{[^{}]*\}[^,{}]*)*, [^,]+", a): errors.append(f"{f}: {key}: author not `Last, First`: {a!r}")
        if "author" in fd:
            last = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", re.sub(r"\{\\.\}|\\.", "", fd["author"].split(" and ")[0].split(",")[0])).lower())
            if not key.startswith(last + fd.get("year", "")): errors.append(f"{f}: key {key} not first author's surname + year")
        if "url" in fd and not re.fullmatch(r"https?://\S+", fd["url"]): errors.append(f"{f}: {key}: url not a URL")
        if "doi" in fd and not re.fullmatch(r"10\.\d{4,9}/\S+", fd["doi"]): errors.append(f"{f}: {key}: doi not 10.x/…")
        if "pages" in fd:
            pm = re.fullmatch(r"(\d+)--(\d+)", fd["pages"])
            if not pm or int(pm.group(1)) >= int(pm.group(2)): errors.append(f"{f}: {key}: pages not `a--b` with a < b")
        if "note" not in fd: errors.append(f"{f}: {key}: no note (every saved item carries one)")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    BIB[f] = ["\n".join(v for fd in fields_all for v in fd.values())]


# ---------------------------------------------------------------- 1462 Testograf CSV export
CSV_FIELDS = {}
TG_HEAD = ["№", "Дата начала", "Дата окончания", "Время прохождения", "Статус", "1. Как вас зовут?", "2. Ваша роль",
           "3. Предложите статью для обсуждения (название и/или ссылка)", "4. Почему именно она?",
           "5. Готовы сделать доклад?", "6. Удобные дни (можно несколько)"]


def check_testograf(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (the export for Excel writes one)")
    body = raw.lstrip("\ufeff")
    recs, buf, inq, i = [], "", False, 0
    while i < len(body):
        c = body[i]
        if c == '"': inq = not inq
        if not inq and body.startswith("\r\n", i):
            recs.append(buf); buf = ""; i += 2; continue
        if not inq and c in "\r\n": errors.append(f"{f}: a bare {c!r} outside quotes")
        if inq and c == "\r": errors.append(f"{f}: a CR inside a quoted field")
        buf += c; i += 1
    if buf: errors.append(f"{f}: the last record has no CR LF")
    Q = r'"(?:[^"]|"")*"'
    for n, r in enumerate(recs):
        if not re.fullmatch(Q + r"(?:;" + Q + r")*", r, re.S): errors.append(f"{f}: record {n} not every field quoted and `;`-separated: {r[:40]!r}")
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != TG_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    prev = None
    for n, r in enumerate(rows[1:], 1):
        if len(r) != len(TG_HEAD): errors.append(f"{f}: row {n} has {len(r)} fields"); continue
        d = dict(zip(TG_HEAD, r))
        if d["№"] != str(n): errors.append(f"{f}: row {n} numbered {d['№']}")
        a, b = dt_ok(d["Дата начала"], "%d.%m.%Y %H:%M:%S"), dt_ok(d["Дата окончания"], "%d.%m.%Y %H:%M:%S")
        if not a or not b: errors.append(f"{f}: row {n}: bad times"); continue
        secs = int((b - a).total_seconds())
        if secs < 0 or d["Время прохождения"] != f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}": errors.append(f"{f}: row {n}: duration {d['Время прохождения']} != end − start")
        if prev and a < prev: errors.append(f"{f}: row {n} started before row {n - 1}")
        prev = a
        st = d["Статус"]
        if st not in ("Завершен", "Не завершен"): errors.append(f"{f}: row {n}: status {st!r}")
        need = [TG_HEAD[k] for k in (5, 6, 7, 9, 10)]
        if st == "Завершен" and any(not d[k] for k in need): errors.append(f"{f}: row {n}: completed with a required answer empty")
        if st == "Не завершен" and all(d[k] for k in need): errors.append(f"{f}: row {n}: unfinished but every answer given")
        if d["2. Ваша роль"] and d["2. Ваша роль"] not in ("Студент", "Аспирант", "Сотрудник", "Другое"): errors.append(f"{f}: row {n}: role not an option")
        if d["5. Готовы сделать доклад?"] and d["5. Готовы сделать доклад?"] not in ("Да", "Нет", "Может быть"): errors.append(f"{f}: row {n}: talk answer not an option")
        days = d["6. Удобные дни (можно несколько)"]
        if days and any(x not in ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс") for x in days.split(", ")): errors.append(f"{f}: row {n}: days {days!r} not options joined by `, `")


# ---------------------------------------------------------------- 1463 Team+ chat history (text)
ZH_WD = "一二三四五六日"


def check_teamplus(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\[Team\+\] 與「.+」的聊天記錄", L[0]): errors.append(f"{f}: title line {L[0]!r}")
    sm = re.fullmatch(r"儲存日期：(\d{4}/\d\d/\d\d \d\d:\d\d)", L[1] if len(L) > 1 else "")
    saved = dt_ok(sm.group(1), "%Y/%m/%d %H:%M") if sm else None
    if not saved or (len(L) > 2 and L[2]): errors.append(f"{f}: save line or blank after it missing")
    day, last, i, n_msgs = None, None, 3, 0
    while i < len(L):
        l = L[i]
        dm = re.fullmatch(r"(\d{4}/\d\d/\d\d)（([一二三四五六日])）", l)
        mm = re.fullmatch(r"(\d\d):(\d\d)\t(.*)", l)
        if dm:
            d = dt_ok(dm.group(1), "%Y/%m/%d")
            if not d or ZH_WD[d.weekday()] != dm.group(2): errors.append(f"{f}: wrong weekday in {l!r}")
            if d and day and d <= day: errors.append(f"{f}: days not increasing at {l!r}")
            day, last = d, None
        elif mm and day:
            t = day.replace(hour=int(mm.group(1)), minute=int(mm.group(2))) if int(mm.group(1)) < 24 and int(mm.group(2)) < 60 else None
            if not t: errors.append(f"{f}: bad time {l[:5]!r}")
            elif last and t < last: errors.append(f"{f}: time goes back at {l[:20]!r}")
            last = t or last
            p = mm.group(3).split("\t")
            if len(p) == 1:
                if not re.fullmatch(r".+ (已加入群組|已離開群組|收回了訊息)", p[0]): errors.append(f"{f}: a two-field line that is no system message: {l!r}")
            elif len(p) == 2:
                n_msgs += 1
                txt = p[1]
                if txt.startswith('"') and not (txt.endswith('"') and len(txt) > 1 and re.fullmatch(r'"(?:[^"]|"")*"', txt)):
                    j = i + 1
                    while j < len(L) and not (L[j].endswith('"') and not L[j].endswith('""') or L[j].endswith('"""')): j += 1
                    whole = "\n".join([txt] + L[i + 1:j + 1])
                    if j >= len(L) or not re.fullmatch(r'"(?:[^"]|"")*"', whole, re.S): errors.append(f"{f}: multi-line message not closed or inner quotes not doubled at {l[:20]!r}")
                    i = j
                if re.match(r"\[(檔案|圖片|貼圖|影片)\]", txt) and not re.fullmatch(r"\[(圖片|貼圖|影片)\]|\[檔案\] \S+\.\w+", txt): errors.append(f"{f}: placeholder line {l!r}")
            else: errors.append(f"{f}: message line with {len(p) + 1} fields: {l[:20]!r}")
        elif l == "": pass
        else: errors.append(f"{f}: a line outside any message: {l[:30]!r}")
        i += 1
    if saved and last and saved < last: errors.append(f"{f}: saved before the last message")
    if not n_msgs: errors.append(f"{f}: no messages")


# ---------------------------------------------------------------- 1464 Dạy Nhau Học (Discourse) topic, copied text
def check_discourse(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"\S.*\?", L[0]) or not re.fullmatch(r"Hỏi đáp(?:  [a-z0-9-]+)+", L[1]): errors.append(f"{f}: title / category and tags lines")
    vd = lambda s: re.fullmatch(r"(\d{1,2}) Thg (\d{1,2})", s)
    starts = [i for i in range(len(L) - 3) if re.fullmatch(r"[\w.]+", L[i]) and vd(L[i + 2]) and L[i + 3] == "" and (i == 3 or L[i - 1] == "")]
    try: tm = L.index("tạo")
    except ValueError: errors.append(f"{f}: no topic map"); return
    posts, names = [], []
    for a, b in zip(starts, starts[1:] + [tm]):
        blk = L[a:b]
        while blk and blk[-1] == "": blk.pop()
        if not blk or blk[-1] != "Trả lời": errors.append(f"{f}: post of {L[a]} does not end with `Trả lời`")
        lk = re.fullmatch(r"(\d+) Lượt thích", blk[-2]) if len(blk) > 1 else None
        m = vd(L[a + 2])
        d = dt_ok(f"2024-{m.group(2)}-{m.group(1)}", "%Y-%m-%d")
        if not d: errors.append(f"{f}: bad date {L[a + 2]!r}")
        for q in [blk[k] for k in range(4, len(blk) - 1) if re.fullmatch(r"[\w.]+:", blk[k]) and blk[k - 1] == ""]:
            if q[:-1] not in names: errors.append(f"{f}: quote of {q[:-1]}, who has not posted before")
        posts.append((L[a], d, int(lk.group(1)) if lk else 0, blk))
        names.append(L[a])
    for (u1, d1, _, _), (u2, d2, _, _) in zip(posts, posts[1:]):
        if d1 and d2 and d2 < d1: errors.append(f"{f}: post of {u2} dated before the one above")
    tmap = L[tm:tm + 16]
    want = ["tạo", None, "trả lời cuối", None, None, "trả lời", None, "lượt xem", None, "người dùng", None, "lượt thích", None, "liên kết"]
    if len(tmap) < 14 or any(w is not None and w != x for w, x in zip(want, tmap)): errors.append(f"{f}: topic map labels {tmap[:14]}"); return
    n_links = len(set(re.findall(r"https?://\S+", "\n".join(L[:tm]))))
    checks = [(tmap[1], L[starts[0] + 2] if starts else None, "created"), (tmap[3], L[starts[-1] + 2] if starts else None, "last reply"),
              (tmap[4], str(len(posts) - 1), "replies"), (tmap[8], str(len(set(names))), "users"),
              (tmap[10], str(sum(p[2] for p in posts)), "likes"), (tmap[12], str(n_links), "links")]
    for got, exp_, what in checks:
        if got != exp_: errors.append(f"{f}: topic map {what} {got!r} != {exp_!r}")
    if not re.fullmatch(r"\d+(?:,\dk)?", tmap[6]): errors.append(f"{f}: views {tmap[6]!r}")
    sol = [p for p in posts if "✓ Giải pháp" in p[3]]
    sm = re.search(r"\nGiải pháp\n([\w.]+): trả lời ngày (\d{1,2} Thg \d{1,2})\nĐi tới bài viết\n", raw)
    if len(sol) != 1 or not sm or sol[0][0] != sm.group(1) or L[L.index(sm.group(1), starts[0] + 1) + 2] != sm.group(2) if sol and sm else True:
        errors.append(f"{f}: the solved box does not name the one post marked `✓ Giải pháp`")
    try:
        k = L.index("Chủ đề gợi ý")
        rows = [l.split("\t") for l in L[k + 2:] if l]
        if rows[0] != ["Chủ đề", "Trả lời", "Lượt xem", "Hoạt động"] or any(len(r) != 4 for r in rows): errors.append(f"{f}: suggested topics table")
    except (ValueError, IndexError): errors.append(f"{f}: no suggested topics")


# ---------------------------------------------------------------- 1465 Rav Messer web version (HTML, Hebrew)
HE_WD = ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"]
HE_M = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]


class _Tags(HTMLParser):
    VOID = {"meta", "img", "br", "hr", "link", "input"}
    def __init__(self):
        super().__init__(); self.stack, self.bad, self.links = [], [], []
    def handle_starttag(self, tag, attrs):
        if tag == "a": self.links.append(dict(attrs))
        if tag not in self.VOID: self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in self.VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append(tag)
        else: self.stack.pop()


def he_date(s):
    m = re.fullmatch(r"(.+?), (\d{1,2}) (\S+) (\d{4})", s)
    if not m or m.group(3) not in HE_M: return None, None
    d = dt_ok(f"{m.group(4)}-{HE_M.index(m.group(3)) + 1}-{m.group(2)}", "%Y-%m-%d")
    return d, (d is not None and HE_WD[d.weekday()] == m.group(1))


def check_ravmesser(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html dir="rtl" lang="he">' not in raw or '<meta charset="utf-8">' not in raw: errors.append(f"{f}: not an RTL Hebrew HTML5 page")
    p = _Tags(); p.feed(raw); p.close()
    if p.stack or p.bad: errors.append(f"{f}: unbalanced tags {p.bad[:3]} {p.stack[:3]}")
    for a in p.links:
        if not a.get("href", "").startswith("https://"): errors.append(f"{f}: link not https: {a.get('href')}")
    if re.search(r'href="[^"]*&(?!amp;)', raw): errors.append(f"{f}: raw & in an href")
    tm = re.search(r"<title>מדע ולמידה \| גיליון (\d+)</title>", raw)
    hm = re.search(r"גיליון (\d+) &middot; ([^<]+)</p>", raw)
    if not tm or not hm or tm.group(1) != hm.group(1): errors.append(f"{f}: issue number missing or differs between title and header"); return
    d, ok = he_date(hm.group(2))
    if not ok: errors.append(f"{f}: issue date or Hebrew weekday wrong: {hm.group(2)!r}")
    mm = re.search(r"</strong> &middot; ([^<]+?) בשעה (\d\d:\d\d)", raw)
    md, mok = he_date(mm.group(1)) if mm else (None, None)
    if not mok or (d and md <= d): errors.append(f"{f}: meetup date or weekday wrong, or not after the issue")
    cards = re.findall(r'<h2 style="[^"]*">(.*?)</h2>\n(.*?)</td></tr>', raw, re.S)
    if not cards: errors.append(f"{f}: no paper cards")
    for t, rest in cards:
        if len(re.findall(r"&larr;</a>", rest)) > 1: errors.append(f"{f}: card {t[:30]!r} with several buttons")
        if not re.match(r'<p style="[^"]*color:#6b7280[^"]*">[^<]+</p>\n', rest): errors.append(f"{f}: card {t[:30]!r} without its author line")
    if not re.search(r'<div style="display:none;max-height:0;overflow:hidden">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader")
    if "להסרה מרשימת התפוצה</a>" not in raw or 'alt="נשלח באמצעות רב מסר"' not in raw or "https://www.ravmesser.co.il/unsubscribe?" not in raw: errors.append(f"{f}: Rav Messer footer incomplete")


# ---------------------------------------------------------------- 1466 FastComments on a Hindi blog (negative)
HI_M = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
HI_WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]


def check_fastcomments(f, raw):
    L = lines_of(f, raw)
    bm = re.search(r"\nलेखक: .+?  \|  (\d{1,2}) (\S+) (\d{4})  \|  पढ़ने का समय: \d+ मिनट\n", raw)
    if not bm or bm.group(2) not in HI_M or not dt_ok(f"{bm.group(3)}-{HI_M.index(bm.group(2)) + 1}-{bm.group(1)}", "%Y-%m-%d"): errors.append(f"{f}: byline date missing or invalid")
    for d_, m_, y_, w_ in re.findall(r"(\d{1,2}) (\S+) (\d{4}), (\S+वार)", raw):
        d = dt_ok(f"{y_}-{HI_M.index(m_) + 1 if m_ in HI_M else 0}-{d_}", "%Y-%m-%d")
        if not d or HI_WD[d.weekday()] != w_: errors.append(f"{f}: {d_} {m_} {y_} is not a {w_}")
    cm = [m for l in L for m in [re.fullmatch(r"(\d+) Comments", l)] if m]
    mm = [m for l in L for m in [re.fullmatch(r"Show (\d+) more comments", l)] if m]
    if len(cm) != 1 or len(mm) != 1: errors.append(f"{f}: comment counts missing"); return
    try: a, b = L.index("Commenting as Guest   Log In   Submit") + 2, L.index(mm[0].group(0))
    except ValueError: errors.append(f"{f}: comment area not found"); return
    if "Sort by: Most Relevant ▾" not in L[:a] or "Write a comment..." not in L[:a]: errors.append(f"{f}: widget head (sort menu, comment box) missing")
    blocks = [x.split("\n") for x in "\n".join(L[a:b]).strip("\n").split("\n\n")]
    names = []
    for bl in blocks:
        if len(bl) < 4 or not re.fullmatch(r"▲ \d+  ▼ \d+   Reply", bl[-1]): errors.append(f"{f}: comment without its vote line: {bl[0]!r}"); continue
        if not re.fullmatch(r"(?:\d+ (?:minutes?|hours?|days?) ago|just now)", bl[1]): errors.append(f"{f}: comment {bl[0]!r} without a relative time")
        if bl[2].startswith("↳ जवाब: ") and bl[2][len("↳ जवाब: "):] not in names: errors.append(f"{f}: {bl[2]!r} names no earlier commenter")
        names.append(bl[0])
    if int(cm[0].group(1)) != len(blocks) + int(mm[0].group(1)): errors.append(f"{f}: {cm[0].group(1)} Comments != {len(blocks)} shown + {mm[0].group(1)}")
    if "Powered by FastComments" not in L: errors.append(f"{f}: no `Powered by FastComments`")


def shape_checks(f, raw, path):
    n = num(f)
    {1457: check_campusmate, 1458: check_sourcecommit_md, 1459: check_eml, 1460: check_scis, 1461: check_bibtex,
     1462: check_testograf, 1463: check_teamplus, 1464: check_discourse, 1465: check_ravmesser,
     1466: check_fastcomments}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + list(BIB.get(f, []))
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
# round144's and round145's, a byte-identical file counted once), and the round144/round145 split (candidates sorted by
# (uses, catalogue title); round144 = even positions from 4 on, one unbroken run; round145 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P145S = ["/work/rounds/digests-round145/expected.json", "/work/main/tests/data/digests-round145/expected.json"]
P145 = next((p for p in P145S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P145S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round144", "digests-round145") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round144 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r145 = set()
if P145:
    try:
        r145 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P145)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P145} exists but could not be read (being written?)")
    if r145 & mine: errors.append(f"papers also in round145: {sorted(r145 & mine)}")
shared145 = len(r145 & mine) if P145 else "(no round145 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round144 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round145: {shared145}; papers in more than one round144 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

