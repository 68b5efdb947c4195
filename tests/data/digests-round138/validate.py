#!/usr/bin/env python3
r"""Checks round138/expected.json against the digests and the shared catalogues.

Adapted from round137/validate.py (the label checks are the same code; the reuse report is round137's with round138 /
round139 in place of round137 / round136: round138 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round138's and round139's own (a
digests-round138 / digests-round139 folder, or a file whose bytes equal round138's or round139's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round138 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round139's expected.json (read only, from /work/rounds/digests-round139/ or
/work/main/tests/data/digests-round139/, when it exists), and on a paper in more than one round138 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1399 each MIME part's quoted-printable body
decoded (and the HTML part with tags removed), the RFC 2047 words of its headers; 1401 the BibTeX with braces and
accent macros removed; 1402 the CSV cells; 1405 and 1406 the text with tags removed; everything: HTML / XML entities
undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1397 pdftotext -layout (a form feed ends every page, the file ends with one; no tab, no line wider than 112; every
page's last line `Halaman i dari M` with i the page and M the page count; the weekly table's rows numbered 1..16 in
order, UTS in week 8 and UAS in week 16; the weights sum to 100 and equal the `Jumlah` row; the Pustaka numbers
[P1].. consecutive, and every [Pn] the table cites exists);
1398 rentry raw (CR LF only, no bare LF or CR, no final line end; `[TOC2]`; every `->` line closed by `<-`; each
`!!! kind Title` admonition followed by 4-space-indented lines; each table's rows as wide as its header, the second
row a separator; `%color% … %%` spans closed; markdown links well formed);
1399 Gmail .eml (CR LF only; the header block; multipart/alternative with its boundary, both parts
`text/…; charset="UTF-8"` and quoted-printable, the closing delimiter last; QP lines no longer than 76, printable
ASCII only, `=` only before two hex digits or a line end, the decoded bytes valid UTF-8; RFC 2047 words decode; the
Date header's weekday; both parts hold the same Google redirect targets in the same order, each `url=` an http(s) URL
and `&amp;` in the HTML part; the plain part's section counts equal the items under them);
1400 ThaiJO page copy (the page's blocks in order; the reference list: entries separated by one blank line, each with
a year `(YYYY).`, Thai entries first, then English ones in case-blind order; DOIs `https://doi.org/10.NNNN/…`; the
how-to-cite DOI = the article's DOI);
1401 ReadPaper BibTeX (the header's entry count; entries `@type{key,` with balanced braces, one `field={…}` a line, a
closing `}`; unique keys `surnameYEARword`; the fields each type needs; page ranges with `--`);
1402 KoboToolbox CSV (CR LF records; every field quoted, `;` between; the header's Kobo columns; each row as wide as
the header; the select_multiple cell = the 0/1 choice columns; `_index` 1..n; `_id` increasing; `_uuid` a version-4
UUID; start < end, ISO with milliseconds and +02:00; `_submission_time` in UTC just after end);
1403 DaouOffice chat save (a BOM, CR LF only, a final CR LF; the header; participants = the speakers; date rules with
the right weekday; `[name] [오전/오후 h:mm] text` lines, times not going back within a day; system lines);
1404 imageboard thread copy (post headers `Аноним DD/MM/YY Ддд HH:MM:SS №N k` with the right weekday, times and
numbers growing, k = 1, 2, …; `>>N` replies only to earlier posts of the thread or older threads (before the OP);
each `Ответы:` line = the later posts replying, and present whenever there are any; the footer's post and image counts);
1405 acmailer back-number page (the `saved from url=(NNNN)` number = the URL's length; tags balanced; the list's ids
and dates going back in time; the open issue = the list entry whose id the URL names; auto-links with text = href);
1406 Loxblog page (tags balanced; `نظرات (N)` = the comments; comment ids consecutive; Jalali dates valid and the
comments not going back; the schedule's sessions seven days apart on Saturdays, as the post says).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, html, io, json, os, quopri, re, sys
import datetime as dt
from collections import Counter
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


def err(f, m):
    errors.append(f"{f}: {m}")


def lf_lines(f, raw, final=True):
    if "\r" in raw: err(f, "CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): err(f, "no final newline")
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def crlf_lines(f, raw, final=True):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): err(f, "a bare LF or CR (CR LF wanted)")
    if final and not raw.endswith("\r\n"): err(f, "no final CR LF")
    if not final and raw.endswith("\n"): err(f, "a final line end (the writer writes none)")
    body = raw[:-2] if raw.endswith("\r\n") else raw
    return body.split("\r\n")


VOID = {"br", "meta", "link", "input", "img", "hr"}


def tag_balance(f, raw):
    stack = []
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>", re.sub(r"<!--.*?-->|<!DOCTYPE[^>]*>", "", raw, flags=re.S)):
        close, name, selfc = m.group(1), m.group(2).lower(), m.group(3)
        if name in VOID or selfc: continue
        if not close: stack.append(name)
        elif not stack or stack[-1] != name:
            err(f, f"tag </{name}> does not close <{stack[-1] if stack else None}>"); return
        else: stack.pop()
    if stack: err(f, f"unclosed tags {stack}")


# ---------------------------------------------------------------- 1397 pdftotext -layout of an RPS
def check_rps(f, raw):
    if "\r" in raw or "\t" in raw: err(f, "CR or tab in pdftotext output")
    if not raw.endswith("\f"): err(f, "the last page does not end with a form feed")
    pages = raw.split("\f")[:-1]
    M = len(pages)
    for i, p in enumerate(pages, 1):
        ls = [l for l in p.split("\n") if l.strip()]
        if not ls or not re.fullmatch(r" +Halaman (\d+) dari (\d+)", ls[-1]):
            err(f, f"page {i}: no footer"); continue
        a, b = map(int, re.fullmatch(r" +Halaman (\d+) dari (\d+)", ls[-1]).groups())
        if (a, b) != (i, M): err(f, f"page {i}: footer says {a} of {b} (of {M})")
        for l in p.split("\n"):
            if len(l) > 112: err(f, f"line wider than the page: {l[:40]!r}")
            if l != l.rstrip(): err(f, f"trailing spaces: {l[:40]!r}")
    wk, total, jumlah = [], 0, None
    for l in raw.split("\n"):
        m = re.match(r"(\d{1,2}) {2,}\S", l)
        if m and int(m.group(1)) <= 16 and re.search(r" (\d{1,2})$", l):
            wk.append(int(m.group(1))); total += int(re.search(r" (\d{1,2})$", l).group(1))
            if int(m.group(1)) in (8, 16) and ("Ujian" not in l): err(f, f"week {m.group(1)} is not an exam week")
        m = re.match(r" +Jumlah +(\d+)$", l)
        if m: jumlah = int(m.group(1))
    if wk != list(range(1, 17)): err(f, f"weekly rows {wk}")
    if total != 100 or jumlah != total: err(f, f"weights sum {total}, Jumlah {jumlah}")
    ps = [int(x) for x in re.findall(r"^Pustaka {2,}.*$|^ {24}\[P(\d+)\]", raw, re.M) if x]
    if ps != list(range(1, len(ps) + 1)) or not ps: err(f, f"Pustaka numbers {ps}")
    for x in re.findall(r"\[P(\d+)(?: bab [\d-]+)?(?:; P\d+(?: bab [\d-]+)?)*\]", raw):
        pass
    for x in re.findall(r"P(\d+)", " ".join(re.findall(r"\[(?:P\d+[^\]]*)\]", raw))):
        if int(x) > len(ps): err(f, f"[P{x}] cited but not in Pustaka")


# ---------------------------------------------------------------- 1398 rentry raw
def check_rentry(f, raw):
    L = crlf_lines(f, raw, final=False)
    if "[TOC2]" not in L: err(f, "no [TOC2]")

    def links(l):
        for m in re.finditer(r"\]\(", l):
            if not re.match(r"\]\(https?://[^\s)]+\)", l[m.start():]): err(f, f"bad link target in {l[:30]!r}")
    i = 0
    while i < len(L):
        l = L[i]
        if l.startswith("->") and not l.endswith("<-"): err(f, f"centred line not closed: {l[:30]!r}")
        if l.startswith("!!!"):
            if not re.fullmatch(r"!!! (info|note|warning|danger|greentext) .+", l): err(f, f"bad admonition {l!r}")
            j = i + 1
            if j >= len(L) or not L[j].startswith("    "): err(f, f"admonition without indented body: {l!r}")
        links(l)
        if l.startswith("|"):
            w = l.count("|")
            if i + 1 >= len(L) or not re.fullmatch(r"\|( ?:?-{3,}:? ?\|)+", L[i + 1]) or L[i + 1].count("|") != w:
                err(f, f"table header without a separator row: {l[:30]!r}")
            j = i + 2
            while j < len(L) and L[j].startswith("|"):
                if L[j].count("|") != w: err(f, f"table row width: {L[j][:30]!r}")
                links(L[j]); j += 1
            i = j; continue
        if len(re.findall(r"%[a-z]+%", l)) != l.count("%%"): err(f, f"colour span not closed: {l[:30]!r}")
        if l.count("[") != l.count("]"): err(f, f"unbalanced brackets: {l[:30]!r}")
        i += 1


# ---------------------------------------------------------------- 1399 Gmail .eml, quoted-printable
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc2047(s):
    def dec(m):
        cs, enc, t = m.groups()
        b = base64.b64decode(t) if enc.upper() == "B" else quopri.decodestring(t.replace("_", " "), header=True)
        return b.decode(cs)
    return re.sub(r"=\?([\w-]+)\?([BbQq])\?([^?]*)\?=", dec, s)


def eml_parts(raw):
    head, _, body = raw.partition("\r\n\r\n")
    b = re.search(r'boundary="([^"]+)"', head)
    parts = []
    if b:
        for chunk in body.split("--" + b.group(1))[1:-1]:
            ph, _, pb = chunk.strip("\r\n").partition("\r\n\r\n")
            parts.append((ph, pb))
    return head, b.group(1) if b else None, body, parts


def check_eml(f, raw):
    crlf_lines(f, raw)
    head, B, body, parts = eml_parts(raw)
    hd = {}
    for l in re.sub(r"\r\n[ \t]", " ", head).split("\r\n"):
        if not re.match(r"[\w-]+: ", l): err(f, f"bad header line {l[:30]!r}"); continue
        k, v = l.split(": ", 1); hd[k.lower()] = v
    for k in ("from", "to", "subject", "date", "message-id", "mime-version", "content-type"):
        if k not in hd: err(f, f"no {k} header")
    try:
        for k in ("from", "subject"): rfc2047(hd.get(k, ""))
    except Exception as ex: err(f, f"RFC 2047 word: {ex!r}")
    m = re.fullmatch(r"(\w{3}), (\d{1,2}) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})", hd.get("date", ""))
    if not m: err(f, "Date header")
    else:
        d = dt.datetime.strptime(" ".join(m.groups()[1:4]), "%d %b %Y")
        if WDAY[d.weekday()] != m.group(1): err(f, "Date header weekday")
    if not B or "multipart/alternative" not in hd.get("content-type", ""): err(f, "not multipart/alternative"); return
    if not body.rstrip("\r\n").endswith(f"--{B}--"): err(f, "no closing delimiter at the end")
    if len(parts) != 2: err(f, f"{len(parts)} parts"); return
    dec = []
    for ph, pb in parts:
        if 'charset="UTF-8"' not in ph or "Content-Transfer-Encoding: quoted-printable" not in ph: err(f, f"part header {ph[:40]!r}")
        for l in pb.split("\r\n"):
            if len(l) > 76: err(f, f"QP line longer than 76: {l[:30]!r}")
            if re.search(r"[^\x20-\x7e]", l): err(f, f"non-ASCII in a QP line: {l[:30]!r}")
            if re.search(r"=(?![0-9A-F]{2}|$)", l): err(f, f"bad = in QP: {l[:30]!r}")
        try: dec.append(quopri.decodestring(pb.encode("ascii")).decode("utf-8").replace("\r\n", "\n"))
        except (UnicodeError, ValueError) as ex: err(f, f"QP does not decode: {ex!r}"); return
    gp = re.findall(r"https://www\.google\.com/url\?rct=j&sa=t&url=(\S+?)&ct=ga&cd=\w+&usg=\w+", dec[0])
    gh = re.findall(r'href="https://www\.google\.com/url\?rct=j&amp;sa=t&amp;url=(\S+?)&amp;ct=ga&amp;cd=\w+&amp;usg=\w+"', dec[1])
    if not gp or gp != gh: err(f, f"redirect targets differ between the parts: {len(gp)} / {len(gh)}")
    for u in gp:
        if not re.match(r"https?://", u): err(f, f"url= not a URL: {u}")
    secs = re.split(r"^=== .* ===$", dec[0], flags=re.M)
    for h, s in zip(re.findall(r"^=== \S+ - (.+?) עבור \[.+\] ===$", dec[0], re.M), secs[1:]):
        n = 1 if h == "תוצאה חדשה אחת" else int(re.match(r"(\d+) ", h).group(1))
        if len(re.findall(r"^<https://www\.google\.com/url\?", s, re.M)) != n: err(f, f"section count {h!r}")


# ---------------------------------------------------------------- 1400 ThaiJO article page copy
def check_thaijo(f, raw):
    L = lf_lines(f, raw)
    order = ["หน้าแรก / ฉบับ", "บทคัดย่อ", "Abstract", "วิธีการอ้างอิง", "ฉบับ", "เอกสารอ้างอิง", "บทความที่มีผู้อ่านมากที่สุดโดยผู้แต่งเดียวกัน"]
    idx = []
    for o in order:
        hits = [i for i, l in enumerate(L) if l == o or (o.endswith("ฉบับ") and l.startswith(o))]
        if not hits: err(f, f"no block {o!r}"); return
        idx.append(next((h for h in hits if not idx or h > idx[-1]), -1))
    if idx != sorted(idx) or -1 in idx: err(f, "page blocks out of order")
    refs = "\n".join(L[idx[5] + 1: idx[6]]).strip("\n").split("\n\n")
    if any("\n" in r or not r for r in refs): err(f, "references not one per line with one blank line between")
    thai = [bool(re.match(r"[\u0e00-\u0e7f]", r)) for r in refs]
    if thai != sorted(thai, reverse=True): err(f, "Thai references not first")
    en = [r for r, t in zip(refs, thai) if not t]
    if en != sorted(en, key=str.lower): err(f, "English references not in alphabetical order")
    for r in refs:
        if len(re.findall(r"\((?:19|20|25)\d\d\)\. ", r)) != 1: err(f, f"not one (year). in {r[:30]!r}")
        for d in re.findall(r"https://doi\.org/(\S+)", r):
            if not re.fullmatch(r"10\.\d{4,9}/\S+", d): err(f, f"bad DOI {d}")
    art = re.search(r"^DOI: (https://doi\.org/\S+)$", raw, re.M)
    cite = L[idx[3] + 1] if idx[3] + 1 < len(L) else ""
    if not art or not cite.endswith(art.group(1)): err(f, "how-to-cite DOI is not the article's DOI")


# ---------------------------------------------------------------- 1401 ReadPaper BibTeX
NEED = {"inproceedings": {"title", "author", "booktitle", "year"}, "article": {"title", "author", "journal", "year"},
        "misc": {"title", "howpublished"}}


def bib_entries(f, raw):
    out, i = [], 0
    for m in re.finditer(r"^@(\w+)\{([^,\s]+),\n", raw, re.M):
        depth, j = 1, m.end()
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
        if depth: err(f, f"unbalanced braces in {m.group(2)}"); break
        out.append((m.group(1), m.group(2), raw[m.end():j - 1]))
    return out


def check_readpaper(f, raw):
    lf_lines(f, raw)
    ents = bib_entries(f, raw)
    m = re.search(r"^% 条目数：(\d+)$", raw, re.M)
    if not m or int(m.group(1)) != len(ents): err(f, f"header count {m and m.group(1)} != {len(ents)} entries")
    keys_ = [k for _, k, _ in ents]
    if len(set(keys_)) != len(keys_): err(f, "duplicate keys")
    for t, k, body in ents:
        if not re.fullmatch(r"[a-z]+\d{4}[a-z0-9]+", k): err(f, f"key {k}")
        fields = {}
        for l in body.rstrip("\n").split("\n"):
            mm = re.fullmatch(r"  (\w+)=\{(.*)\},?", l)
            if not mm: err(f, f"{k}: bad field line {l[:30]!r}"); continue
            v = mm.group(2)
            if v.count("{") != v.count("}"): err(f, f"{k}: unbalanced braces in {mm.group(1)}")
            fields[mm.group(1)] = v
        lines_ = body.rstrip("\n").split("\n")
        if any(not l.endswith(",") for l in lines_[:-1]) or lines_[-1].endswith(","): err(f, f"{k}: commas")
        miss = NEED.get(t.lower(), {"title"}) - set(fields)
        if miss: err(f, f"{k}: missing {sorted(miss)}")
        if "pages" in fields and not re.fullmatch(r"\d+--\d+", fields["pages"]): err(f, f"{k}: pages {fields['pages']}")
        if t.lower() not in NEED: err(f, f"{k}: type {t}")


# ---------------------------------------------------------------- 1402 KoboToolbox CSV
KOBO = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]


def kobo_rows(raw):
    return list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))


def check_kobo(f, raw):
    recs = crlf_lines(f, raw)
    for r in recs:
        if not re.fullmatch(r'"(?:[^"]|"")*"(?:;"(?:[^"]|"")*")*', r): err(f, f"a record not all-quoted: {r[:40]!r}")
    rows = kobo_rows(raw)
    H = rows[0]
    if H[:2] != ["start", "end"] or H[-len(KOBO):] != KOBO: err(f, "Kobo's columns"); return
    multi = [h for h in H if "/" in h]
    base = multi[0].split("/")[0] if multi else None
    if base not in H: err(f, "select_multiple column missing")
    prev_id = 0
    for n, r in enumerate(rows[1:], 1):
        if len(r) != len(H): err(f, f"row {n} width {len(r)}"); continue
        d = dict(zip(H, r))
        chosen = set(d[base].split())
        if {h.split("/", 1)[1] for h in multi if d[h] == "1"} != chosen or any(d[h] not in "01" for h in multi):
            err(f, f"row {n}: choices and 0/1 columns differ")
        if d["_index"] != str(n): err(f, f"row {n}: _index {d['_index']}")
        if int(d["_id"]) <= prev_id: err(f, f"row {n}: _id not increasing")
        prev_id = int(d["_id"])
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", d["_uuid"]): err(f, f"row {n}: uuid")
        try:
            st, en = (dt.datetime.strptime(d[k], "%Y-%m-%dT%H:%M:%S.%f%z") for k in ("start", "end"))
            sub = dt.datetime.strptime(d["_submission_time"], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)
            if not st < en or not dt.timedelta(0) < sub - en < dt.timedelta(minutes=5): err(f, f"row {n}: times")
            if not d["start"].endswith("+02:00"): err(f, f"row {n}: offset")
        except ValueError as ex: err(f, f"row {n}: time format {ex}")


# ---------------------------------------------------------------- 1403 DaouOffice messenger save
KWD = "월화수목금토일"


def check_daou(f, raw):
    if not raw.startswith("\ufeff"): err(f, "no byte-order mark")
    L = crlf_lines(f, raw.lstrip("\ufeff"))
    if L[0] != "다우오피스 메신저 대화 내용" or not L[1].startswith("대화방 : ") or not L[2].startswith("참여자 : ") \
            or not re.fullmatch(r"저장한 날짜 : \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", L[3]):
        err(f, "header"); return
    people = L[2][6:].split(", ")
    m = re.search(r"\((\d+)명\)$", L[1])
    if not m or int(m.group(1)) != len(people): err(f, "room size != participants")
    speakers, last, day = set(), None, None
    for l in L[4:]:
        md = re.fullmatch(r"-{15} (\d{4})년 (\d{1,2})월 (\d{1,2})일 (.)요일 -{15}", l)
        if md:
            day = dt.date(*map(int, md.groups()[:3]))
            if KWD[day.weekday()] != md.group(4): err(f, f"weekday of {day}")
            last = None; continue
        mm = re.match(r"(?:\[([^\]]+)\] )?\[(오전|오후) (\d{1,2}):(\d\d)\] ", l)
        if mm:
            if day is None: err(f, "a message before the first date rule")
            h = int(mm.group(3)) % 12 + (12 if mm.group(2) == "오후" else 0)
            t = (h, int(mm.group(4)))
            if last and t < last: err(f, f"time goes back: {l[:30]!r}")
            last = t
            if mm.group(1): speakers.add(mm.group(1))
        elif l.startswith("["): err(f, f"bad message line {l[:30]!r}")
    if not speakers <= set(people): err(f, f"speakers not in the room: {speakers - set(people)}")


# ---------------------------------------------------------------- 1404 imageboard thread
RWD = ["Пнд", "Втр", "Срд", "Чтв", "Птн", "Суб", "Вск"]
PH = re.compile(r"Аноним (\d\d)/(\d\d)/(\d\d) (\S+) (\d\d):(\d\d):(\d\d) №(\d+) (\d+)")


def check_thread(f, raw):
    L = lf_lines(f, raw)
    posts = []
    for i, l in enumerate(L):
        m = PH.fullmatch(l)
        if m: posts.append((i, m))
        elif l.startswith("Аноним "): err(f, f"bad post header {l!r}")
    if not posts: err(f, "no posts"); return
    nums = [int(m.group(8)) for _, m in posts]
    prev = None
    for k, (i, m) in enumerate(posts, 1):
        t = dt.datetime(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)), *map(int, m.groups()[4:7]))
        if RWD[t.weekday()] != m.group(4): err(f, f"weekday of post {m.group(8)}")
        if prev and t <= prev: err(f, f"time does not grow at {m.group(8)}")
        prev = t
        if int(m.group(9)) != k: err(f, f"counter {m.group(9)} for post {k}")
    if nums != sorted(set(nums)): err(f, "post numbers not growing")
    bounds = [i for i, _ in posts] + [len(L)]
    refs = {n: set() for n in nums}
    for k in range(len(posts)):
        body = L[bounds[k] + 1: bounds[k + 1]]
        for l in body:
            if l.startswith("Ответы: "): continue
            for r in map(int, re.findall(r">>(\d+)", l)):
                if r in refs and r < nums[k]: refs[r].add(nums[k])
                elif r >= nums[0]: err(f, f"post {nums[k]} replies to {r}, not an earlier post")
    for k in range(len(posts)):
        body = L[bounds[k] + 1: bounds[k + 1]]
        ans = [l for l in body if l.startswith("Ответы: ")]
        got = set(map(int, re.findall(r">>(\d+)", ans[0]))) if ans else set()
        if got != refs[nums[k]]: err(f, f"Ответы of {nums[k]}: {sorted(got)} != {sorted(refs[nums[k]])}")
    imgs = sum(1 for i, _ in posts if re.search(r"\.(png|jpg|webm|gif|mp4) \d", L[i + 1]))
    m = re.search(r"^(\d+) / (\d+) / (\d+)$", raw, re.M)
    if not m or (int(m.group(1)), int(m.group(2))) != (len(posts), imgs): err(f, "footer counts")


# ---------------------------------------------------------------- 1405 acmailer back numbers
def check_acmailer(f, raw):
    if "\r" in raw: err(f, "CR characters")
    tag_balance(f, raw)
    m = re.search(r"<!-- saved from url=\((\d{4})\)(\S+) -->", raw)
    if not m or int(m.group(1)) != len(m.group(2)): err(f, "saved-from length"); return
    items = re.findall(r'<td class="date">(\d{4}/\d\d/\d\d)</td>\n<td class="subject"><a href="backnumber\.cgi\?id=(\d+)">(.*?)</a>', raw)
    if not items: err(f, "no list"); return
    ids = [int(i) for _, i, _ in items]; ds = [d for d, _, _ in items]
    if ids != sorted(ids, reverse=True) or ds != sorted(ds, reverse=True): err(f, "list not newest first")
    cur = int(re.search(r"id=(\d+)$", m.group(2)).group(1))
    it = next((x for x in items if int(x[1]) == cur), None)
    sub = re.search(r"<tr><th>件名</th><td>(.*?)</td></tr>", raw)
    sent = re.search(r"<tr><th>配信日時</th><td>(\d{4}/\d\d/\d\d) \d\d:\d\d</td></tr>", raw)
    if not it or not sub or sub.group(1) != it[2] or not sent or sent.group(1) != it[0]: err(f, "the open issue is not the URL's")
    for a, b in re.findall(r'<a href="(https?://[^"]+)" target="_blank">([^<]+)</a>', raw):
        if a != b and "acmailer.jp" not in a: err(f, f"auto-link text != href: {b}")


# ---------------------------------------------------------------- 1406 Loxblog page
FAD = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def jalali_1403(y, mo, d):
    """1403/01/01 = 2024-03-20; months 1..6 have 31 days, 7..11 30, 12 30 (1403 is a leap year)"""
    if y != 1403 or not 1 <= mo <= 12 or not 1 <= d <= (31 if mo <= 6 else 30): raise ValueError(f"{y}/{mo}/{d}")
    return dt.date(2024, 3, 20) + dt.timedelta(days=sum(31 if m <= 6 else 30 for m in range(1, mo)) + d - 1)


def check_loxblog(f, raw):
    lf_lines(f, raw)
    tag_balance(f, raw)
    cs = re.findall(r'<div class="comment" id="comment-(\d+)">', raw)
    m = re.search(r"<h3>نظرات \(([۰-۹]+)\)</h3>", raw)
    if not m or int(m.group(1).translate(FAD)) != len(cs): err(f, "comment count")
    if [int(c) for c in cs] != list(range(int(cs[0]), int(cs[0]) + len(cs))) if cs else True: err(f, "comment ids")
    try:
        ds = [jalali_1403(*map(int, d.translate(FAD).split("/"))) for d in re.findall(r'<span class="comment-date">([۰-۹/]+) - ', raw)]
        if ds != sorted(ds): err(f, "comment dates go back")
        ss = [jalali_1403(*map(int, d.translate(FAD).split("/"))) for d in re.findall(r"<tr><td>[۰-۹]+</td><td>([۰-۹/]+)</td>", raw)]
        if not ss: err(f, "no schedule")
        for a, b in zip(ss, ss[1:]):
            if (b - a).days != 7: err(f, f"sessions not a week apart: {a} {b}")
        if "شنبه‌ها" in raw and any(s.weekday() != 5 for s in ss): err(f, "a session not on a Saturday")
        pd = re.search(r"تاریخ : (\S+) ([۰-۹]+) فروردین ([۰-۹]+)", raw)
        p = jalali_1403(int(pd.group(3).translate(FAD)), 1, int(pd.group(2).translate(FAD)))
        if pd.group(1) != ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یکشنبه"][p.weekday()]: err(f, "post weekday")
        if ds and ds[0] < p: err(f, "a comment before the post")
    except (ValueError, AttributeError) as ex: err(f, f"dates: {ex!r}")


def shape_checks(f, raw, path):
    {1397: check_rps, 1398: check_rentry, 1399: check_eml, 1400: check_thaijo, 1401: check_readpaper,
     1402: check_kobo, 1403: check_daou, 1404: check_thread, 1405: check_acmailer,
     1406: check_loxblog}.get(num(f), lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1399:
        head, B, body, parts = eml_parts(raw)
        forms.append(rfc2047(head))
        for ph, pb in parts:
            d = quopri.decodestring(pb.encode("ascii", "replace")).decode("utf-8", "replace")
            forms.append(d); forms.append(re.sub(r"<[^>]+>", "", d))
    if n == 1401:
        forms.append(re.sub(r"[{}]", "", re.sub(r"\\'(\w)", r"\1", raw)))
    if n == 1402:
        forms.append("\n".join(c for r in kobo_rows(raw) for c in r))
    if n in (1405, 1406):
        forms.append(re.sub(r"<[^>]+>", "", raw))
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round138's and round139's, a byte-identical file counted once), and the round138/round139 split (candidates sorted by
# (uses, catalogue title); round138 = even positions from 4 on, one unbroken run; round139 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P136S = ["/work/rounds/digests-round139/expected.json", "/work/main/tests/data/digests-round139/expected.json"]
P136 = next((p for p in P136S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P136S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round138", "digests-round139") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if even: errors.append(f"papers not at an even position (round138 takes the even ones): {even}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used (the run starts at 4)")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r136 = set()
if P136:
    try:
        r136 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P136)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P136} exists but could not be read (being written?)")
    if r136 & mine: errors.append(f"papers also in round139: {sorted(r136 & mine)}")
shared136 = len(r136 & mine) if P136 else "(no round139 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round138 file: {multi}")
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
      f"at odd positions: {len(even)}; shared with round139: {shared136}; papers in more than one round138 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

