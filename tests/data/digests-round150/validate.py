#!/usr/bin/env python3
r"""Checks round150/expected.json against the digests and the shared catalogues.

Adapted from round148/validate.py (the label checks are the same code; the reuse report is round148's with round150 /
round151 in place of round148 / round149: round150 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round150's and round151's own (a
digests-round150 / digests-round151 folder, or a file whose bytes equal round150's or round151's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round150 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round151's expected.json (read only, from /work/rounds/digests-round151/ or
/work/main/tests/data/digests-round151/, when it exists), and on a paper in more than one round150 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1519 its MIME parts with the quoted-printable
undone; 1521 every RIS value; 1522 every CSV field; everything: HTML / XML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1517 ITC-LMS page copy (LF; the skip link and `ITC-LMS` first, the UTokyo copyright last; `… さん` then ログアウト;
the breadcrumb `ホーム > YYYY年度 > course > 教材` and the course name after it; the course header (timetable code,
term, weekday and period, teacher); the eight course tabs and the 教材 heading; every 公開期間 valid and start < end;
更新日時 valid and by the teacher; the reading table: 5 tab-separated cells, dates `YYYY/MM/DD（曜）` with the right
weekday, on the course's weekday, 7 days apart, no-class rows `－ … 休講（…）`, sessions 第1回..第n回; the 最終回 note
names the last session's date; the material's title gives n);
1518 Hamgit README (LF; code fences balanced; the awesome badge; every `](#anchor)` a heading's GitLab-style slug,
the table of contents = the sections in order; clone URLs `https://hamgit.ir/<group>/<project>.git`, one project,
the one `cd` enters, its group and project named in the intro; items in paper sections `- [Title](url) — …`,
`- **Title** — …` or `- Title (arXiv:id) — …`; table rows with the header's column count; brackets balanced per
paragraph; the licence);
1519 Mail.kz .eml (CR LF throughout, 7-bit; Date valid with its weekday, +0500; Received just after it; From / To as
RFC 2047 B-words and mail.kz addresses; header lines ≤ 78; the boundary declared and closed; text/plain and
text/html, UTF-8 quoted-printable, lines ≤ 76, no bad `=` escape, no trailing blank, decoding cleanly; the text part
CR LF; the Kazakh forward block (Кімнен `<list>-request@host`, Күні not after Date, Тақырыбы, Кімге a mail.kz
address); Subject = `Fwd: ` + Тақырыбы = `<list> Digest, Vol V, Issue I`; Mailman's head (submissions, request and
owner addresses); Today's Topics numbered = `subject (name)` of the messages in order; messages `Message: i`, Date
valid, +0500, in order, not after Күні, To the list; the footer and `End of <list> Digest, Vol V, Issue I`; the two
parts carry the same URLs);
1520 Computación y Sistemas PDF copy (LF; `ISSN 2007-9737` atop every page; running heads `NNNN authors` on even and
`short title NNNN` on odd pages, consecutive, inside the footer's page range; the footer identical on every page, its
DOI's volume / number equal to the footer's; Referencias numbered 1..n; every [n] cited is an entry and every entry is
cited; `(YYYY).` not after the issue year; authors `Surname, I.`; `pp. a–b` with an en dash and a < b; arXiv ids not
newer than the entry; received before accepted);
1521 LIDOS RIS (CR LF, no BOM; every line `XX  - value`; records TY … ER, a blank line after each; required tags per
type; a numeric ID right after TY, unique and increasing; PY four digits, not after 2024; AU `Last, First`; SP < EP;
UR https; Y2 a date; LA Englisch / Deutsch; DP LIDOS; an arXiv id in N1 not newer than PY);
1522 腾讯问卷 CSV (a BOM; csv's minimal quoting with CR LF between records; the header; 14 fields per row; 编号 1..n;
times valid, in order, 答题时长 = end − start as `M分S秒`; IP with the last octet masked; 地理位置 `中国 省 市`;
用户类型 from the set, anonymous answers without id or nickname, other ids `o` + 27 hex; name and paper answered;
the week one of the options);
1523 МТС Линк chat export (LF; the head lines in order, start before end in MSK, the recording link's form, the
message count = the messages; messages `[HH:MM:SS] name: text` inside the meeting, in time order, `(ведущий)` exactly
on the host's; continuation lines indented by two spaces after a message);
1524 PyTorchKR (Discourse) copy (LF; the header and the Discourse footer; posts `username` + `YYYY년 M월 D일`, valid and
in order; quotes `name:` of an earlier poster; the topic map: created / last reply = the first / last post's dates,
replies = posts − 1, users = distinct posters, likes = the posts' `좋아요 N개`, links = distinct URLs in the posts;
related-topic rows of 4 cells);
1525 LianaMailer web version (LF; HTML5, lang="fi", UTF-8 meta; tags balanced; every link and image https, `&` only as
`&amp;`; name, number and year equal in title and masthead, the number the issue's month; the issue date and the
seminar date with the right Finnish weekday, the seminar after the issue; each card: a title, an LTR author line, at
most one button; the hidden preheader; web version, unsubscribe and profile links on one lianamailer.com host with one
m / s pair; the «Lähetetty LianaMailerilla» badge);
1526 সচলায়তন blog copy (LF; the site menu; the author line's Bengali date (digits, weekday, পূর্বাহ্ন / অপরাহ্ন); the
read count; the comment count = comments; comments numbered in Bengali digits 1..n, `X এর ছবি` then `লিখেছেন X
[অতিথি] (date)`, dates after the post and in order; `@name` an earlier commenter; ISBN-13 check digits; the footer).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""


import base64, binascii, csv, html, io, json, os, quopri, re, sys, unicodedata
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


# ---------------------------------------------------------------- 1517 ITC-LMS course page copy, Japanese
JA_WD = "月火水木金土日"


def check_itclms(f, raw):
    L = lines_of(f, raw)
    if L[0] != "メインコンテンツへスキップ" or L[1] != "ITC-LMS": errors.append(f"{f}: not an ITC-LMS page copy (skip link / header)")
    if not L[-1].startswith("Copyright © The University of Tokyo"): errors.append(f"{f}: no UTokyo footer")
    try: li = next(i for i, l in enumerate(L) if l.endswith(" さん"))
    except StopIteration: errors.append(f"{f}: no login name"); return
    if L[li + 1] != "ログアウト": errors.append(f"{f}: no ログアウト after the login name")
    try: bi = next(i for i, l in enumerate(L) if l.startswith("ホーム > "))
    except StopIteration: errors.append(f"{f}: no breadcrumb"); return
    bc = L[bi].split(" > ")
    if len(bc) != 4 or not re.fullmatch(r"\d{4}年度", bc[1]) or bc[3] != "教材" or L[bi + 1] != bc[2]: errors.append(f"{f}: breadcrumb / course name wrong: {L[bi]!r}")
    hm = re.fullmatch(r"時間割コード：\d{4}-\d{4}　開講：\d{4} S1S2　曜限：(.)曜(\d)限　担当教員：(.+)", L[bi + 2])
    if not hm: errors.append(f"{f}: course header wrong: {L[bi + 2]!r}"); return
    if L[bi + 3:bi + 11] != ["コース情報", "お知らせ", "教材", "課題", "テスト", "アンケート", "掲示板", "出欠"]: errors.append(f"{f}: course tabs wrong")
    if L[bi + 11] != "教材": errors.append(f"{f}: the 教材 heading does not follow the tabs")
    for l in L:
        m = re.fullmatch(r"公開期間：(\d{4}/\d\d/\d\d \d\d:\d\d) 〜 (\d{4}/\d\d/\d\d \d\d:\d\d)", l)
        if l.startswith("公開期間"):
            a, b_ = (dt_ok(m.group(1), "%Y/%m/%d %H:%M"), dt_ok(m.group(2), "%Y/%m/%d %H:%M")) if m else (None, None)
            if not (a and b_ and a < b_): errors.append(f"{f}: 公開期間 invalid or reversed: {l!r}")
        m = re.fullmatch(r"更新日時：(\d{4}/\d\d/\d\d \d\d:\d\d)　更新者：(.+)", l)
        if l.startswith("更新日時"):
            if not m or not dt_ok(m.group(1), "%Y/%m/%d %H:%M"): errors.append(f"{f}: 更新日時 invalid: {l!r}")
            elif m.group(2) != hm.group(3): errors.append(f"{f}: updated by someone other than the teacher")
    try: h = L.index("回\t日付\tテーマ\t必読文献\t参考・課題")
    except ValueError: errors.append(f"{f}: no reading table header"); return
    prev, n, lastd = None, 0, None
    for l in L[h + 1:]:
        if not l: break
        c = l.split("\t")
        if len(c) != 5: errors.append(f"{f}: table row with {len(c)} cells: {l[:30]!r}"); continue
        dm = re.fullmatch(r"(\d{4}/\d\d/\d\d)（(.)）", c[1])
        d = dt_ok(dm.group(1), "%Y/%m/%d") if dm else None
        if not d or JA_WD[d.weekday()] != dm.group(2): errors.append(f"{f}: date or weekday wrong: {c[1]!r}"); continue
        if dm.group(2) != hm.group(1): errors.append(f"{f}: {c[1]} is not on the course's weekday {hm.group(1)}")
        if prev and (d - prev).days != 7: errors.append(f"{f}: {c[1]} not 7 days after the previous row")
        prev = d
        if c[0] == "－":
            if not re.fullmatch(r"休講（.+）", c[2]) or c[3:] != ["－", "－"]: errors.append(f"{f}: a no-class row malformed")
            continue
        n += 1
        if c[0] != f"第{n}回": errors.append(f"{f}: {c[0]} where 第{n}回 was due")
        lastd = d
    lm = re.search(r"※ 最終回（(\d{1,2})/(\d{1,2})）", raw)
    if not lm or not lastd or (int(lm.group(1)), int(lm.group(2))) != (lastd.month, lastd.day): errors.append(f"{f}: 最終回 note does not name the last session's date")
    th = re.search(r"輪読文献リスト（第1回〜第(\d+)回）", raw)
    if not th or int(th.group(1)) != n: errors.append(f"{f}: the material's title does not give the session count {n}")


# ---------------------------------------------------------------- 1518 Hamgit README
def check_hamgit(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: errors.append(f"{f}: title line without the awesome badge")
    outside = re.sub(r"```.*?```", "", raw, flags=re.S)
    OL = outside.split("\n")
    heads = [slug(l[3:]) for l in OL if l.startswith("## ")]
    toc = re.findall(r"^- \[[^\]]+\]\(#([^)]+)\)$", outside, re.M)
    for a in set(re.findall(r"\]\(#([^)]+)\)", outside)):
        if a not in heads: errors.append(f"{f}: anchor #{a} is no heading's slug")
    if [h for h in heads if h != slug("فهرست مطالب")] != toc: errors.append(f"{f}: table of contents and sections differ")
    repos = set()
    for u in re.findall(r"https://hamgit\.ir/\S*", raw):
        m = re.fullmatch(r"https://hamgit\.ir/([\w.-]+)/([\w.-]+?)\.git", u)
        if not m: errors.append(f"{f}: not a Hamgit HTTPS clone URL: {u}"); continue
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
        if sec in ("مدل‌های پایه", "ارزیابی", "زمینهٔ طولانی") and l.startswith("- "):
            if not re.match(r"- (\[[^\]]+\]\(https://[^)\s]+\) — |\*\*[^*]+\*\* — |[A-Za-z][^\[*]+ \(arXiv:\d{4}\.\d{4,5}\) — )", l): errors.append(f"{f}: list item of another form: {l[:50]!r}")
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
    if "## مجوز" not in raw or "creativecommons.org" not in raw: errors.append(f"{f}: no licence section")


# ---------------------------------------------------------------- 1519 Mail.kz forward (quoted-printable) of a Mailman digest
MIME_PARTS = {}
KZ = dt.timezone(dt.timedelta(hours=5))


def check_mailkz(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a quoted-printable message")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    m = message_from_bytes(raw.encode("utf-8", "replace"))
    d, dd = m.get("Date", ""), None
    try:
        dd = parsedate_to_datetime(d)
        if dd.strftime("%a, %d %b %Y %H:%M:%S %z") != d: errors.append(f"{f}: Date weekday or form wrong: {d!r}")
        if dd.utcoffset() != dt.timedelta(hours=5): errors.append(f"{f}: Date not +0500 (Kazakhstan from 1 March 2024): {d!r}")
    except (TypeError, ValueError): errors.append(f"{f}: Date does not parse: {d!r}")
    try:
        rd = parsedate_to_datetime(re.sub(r"\s+\([^)]*\)$", "", m.get("Received", "").rsplit(";", 1)[1].strip()))
        if dd and not dd <= rd <= dd + dt.timedelta(minutes=10): errors.append(f"{f}: Received {rd} not just after Date {dd}")
    except (IndexError, TypeError, ValueError): errors.append(f"{f}: Received has no valid date")
    for h in ("From", "To"):
        hv = re.search(rf"\r\n{h}: (.*?)\r\n(?![ \t])", re.sub(r"\r\n(?=[ \t])", "", head + "\r\n"), re.S)
        mm = hv and re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <[\w.+-]+@mail\.kz>", hv.group(1))
        if not mm: errors.append(f"{f}: {h} not a B-word name and a mail.kz address"); continue
        try: base64.b64decode(mm.group(1), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError): errors.append(f"{f}: {h} B-word does not decode")
    for l in head.split("\r\n"):
        if len(l) > 78: errors.append(f"{f}: header line longer than 78: {l[:30]!r}")
    bnd = m.get_boundary()
    if not bnd or f"--{bnd}\r\n" not in body or not body.endswith(f"--{bnd}--\r\n"): errors.append(f"{f}: boundary not used as declared")
    parts = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    texts = []
    for p in parts:
        if p.get("Content-Transfer-Encoding", "").lower() != "quoted-printable" or (p.get_content_charset() or "").lower() != "utf-8":
            errors.append(f"{f}: a part not UTF-8 quoted-printable"); continue
        pay = p.get_payload()
        for l in pay.split("\r\n"):
            if len(l) > 76: errors.append(f"{f}: quoted-printable line longer than 76")
            if re.search(r"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: a bad `=` escape: {l[:40]!r}")
            if l.endswith((" ", "\t")): errors.append(f"{f}: trailing white space in a quoted-printable line")
        try: texts.append(quopri.decodestring(pay.encode("ascii")).decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as ex: errors.append(f"{f}: a part does not decode: {ex}")
    MIME_PARTS[f] = texts
    if len(texts) != 2: return
    t, h_ = texts
    if re.search(r"(?<!\r)\n", t): errors.append(f"{f}: the text part is not CR LF")
    T_ = t.replace("\r\n", "\n")
    fw = re.search(r"\n-------- Қайта жіберілген хат --------\nКімнен: (\S+)\nКүні: (\d\d\.\d\d\.\d{4}, \d\d:\d\d)\nТақырыбы: (.+)\nКімге: \S+@mail\.kz\n", T_)
    if not fw: errors.append(f"{f}: no Mail.kz forward block"); return
    lst, _, host = fw.group(1).partition("@")
    lst = lst[:-len("-request")] if lst.endswith("-request") else None
    if not lst: errors.append(f"{f}: forwarded mail not from a list's -request address"); return
    fd = dt_ok(fw.group(2), "%d.%m.%Y, %H:%M")
    fd = fd.replace(tzinfo=KZ) if fd else None
    if not fd: errors.append(f"{f}: Күні invalid")
    elif dd and fd > dd: errors.append(f"{f}: forwarded mail dated after the forward")
    if m.get("Subject", "") != "Fwd: " + fw.group(3): errors.append(f"{f}: Subject is not `Fwd: ` + the forwarded subject")
    sm = re.fullmatch(rf"{re.escape(lst)} Digest, Vol (\d+), Issue (\d+)", fw.group(3))
    if not sm: errors.append(f"{f}: the forwarded subject is not `<list> Digest, Vol V, Issue I`"); return
    dig = T_[fw.end():]
    for need in (f"Send {lst} mailing list submissions to\n\t{lst}@{host}\n", f"\t{lst}-request@{host}\n", f"\t{lst}-owner@{host}\n"):
        if need not in dig: errors.append(f"{f}: Mailman head lacks {need.strip()!r}")
    tm = re.search(r"\nToday's Topics:\n\n((?:   \d+\. .+\n)+)", dig)
    msgs = re.findall(r"\nMessage: (\d+)\nDate: (.+)\nFrom: (.+) <[\w.+-]+@[\w.-]+>\nTo: (\S+)\nSubject: (.+)\nMessage-ID: <[^>]+>\nContent-Type: text/plain; charset=\"utf-8\"\n", dig)
    if not tm or not msgs: errors.append(f"{f}: no topics or no messages"); return
    topics = re.findall(r"   (\d+)\. (.+)\n", tm.group(1))
    if [int(n) for n, _ in topics] != list(range(1, len(msgs) + 1)) or [s for _, s in topics] != [f"{s} ({n})" for _, _, n, _, s in msgs]: errors.append(f"{f}: Today's Topics differ from the messages")
    prev = None
    for i, (n, d_, who, to, s) in enumerate(msgs, 1):
        if int(n) != i: errors.append(f"{f}: message {n} where {i} was due")
        if to != f"{lst}@{host}": errors.append(f"{f}: message {n} not sent to the list")
        try:
            md = parsedate_to_datetime(d_)
            if md.strftime("%a, %d %b %Y %H:%M:%S %z") != d_: errors.append(f"{f}: message {n} Date weekday or form wrong")
            if md.utcoffset() != dt.timedelta(hours=5): errors.append(f"{f}: message {n} not +0500")
            if prev and md < prev: errors.append(f"{f}: message {n} out of time order")
            if fd and md > fd: errors.append(f"{f}: message {n} after the digest was sent")
            prev = md
        except (TypeError, ValueError): errors.append(f"{f}: message {n} Date invalid")
    if f"End of {lst} Digest, Vol {sm.group(1)}, Issue {sm.group(2)}" not in dig: errors.append(f"{f}: the digest's end line does not match its volume / issue")
    if f"{lst} mailing list\n{lst}@{host}\n" not in dig: errors.append(f"{f}: no digest footer for {lst}")
    u1 = set(re.findall(r"https://[^\s<\"]+", T_)); u2 = set(re.findall(r'href="(https://[^"]+)"', h_))
    if u1 != u2: errors.append(f"{f}: text and HTML parts carry different URLs: {sorted(u1 ^ u2)}")


# ---------------------------------------------------------------- 1520 Computación y Sistemas references, PDF copy
def check_cys(f, raw):
    L = lines_of(f, raw)
    fm = re.search(r"^Computación y Sistemas, Vol\. (\d+), No\. (\d+), (\d{4}), pp\. (\d+)–(\d+)\ndoi: 10\.13053/CyS-(\d+)-(\d+)-\d{4}$", raw, re.M)
    if not fm: errors.append(f"{f}: no journal footer with its DOI"); return
    vol, no, yr, p0, p1, dv, dn = fm.groups()
    if (dv, dn) != (vol, no): errors.append(f"{f}: DOI volume / number differ from the footer's")
    foots = [i for i, l in enumerate(L) if l.startswith("Computación y Sistemas, Vol.")]
    if any(L[i] != L[foots[0]] or L[i + 1] != L[foots[0] + 1] for i in foots): errors.append(f"{f}: footers differ between pages")
    issn = [i for i, l in enumerate(L) if l == "ISSN 2007-9737"]
    if len(issn) != len(foots) or not issn or issn[0] != 0: errors.append(f"{f}: {len(issn)} ISSN heads for {len(foots)} pages")
    pages = []
    for i in issn:
        h = L[i + 2] if i + 2 < len(L) else ""
        me, mo = re.fullmatch(r"(\d{3,4}) (.+)", h), re.fullmatch(r"(.+) (\d{3,4})", h)
        if me and int(me.group(1)) % 2 == 0: pages.append((int(me.group(1)), "even", me.group(2)))
        elif mo and int(mo.group(2)) % 2 == 1: pages.append((int(mo.group(2)), "odd", mo.group(1)))
        else: errors.append(f"{f}: running head of the wrong form or parity: {h!r}")
    for (p, _, _), (q, _, _) in zip(pages, pages[1:]):
        if q != p + 1: errors.append(f"{f}: page {q} follows page {p}")
    for p, _, _ in pages:
        if not int(p0) <= p <= int(p1): errors.append(f"{f}: page {p} outside the article's pages {p0}–{p1}")
    if "Referencias" not in L: errors.append(f"{f}: no Referencias heading"); return
    r0 = L.index("Referencias")
    heads = {L[i + 2] for i in issn if i + 2 < len(L)}
    body = [l for l in L[r0 + 1:] if l not in heads and l != "ISSN 2007-9737" and not l.startswith(("Computación y Sistemas, Vol.", "doi: 10.13053/"))]
    refs, cur = [], None
    for l in body:
        m = re.match(r"(\d+)\. ", l)
        if m: cur = [int(m.group(1)), l[m.end():]]; refs.append(cur)
        elif l.startswith("   ") and cur: cur[1] += " " + l.strip()
        elif not l: cur = None
    if [n for n, _ in refs] != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not numbered 1..n: {[n for n, _ in refs]}")
    cited = {int(x) for g in re.findall(r"\[([\d, ]+)\]", "\n".join(L[:r0])) for x in g.split(",")}
    if cited - {n for n, _ in refs}: errors.append(f"{f}: cited but missing: {sorted(cited - {n for n, _ in refs})}")
    if {n for n, _ in refs} - cited: errors.append(f"{f}: references never cited: {sorted({n for n, _ in refs} - cited)}")
    for n, r in refs:
        ym = re.search(r" \((\d{4})\)\. ", r)
        if not ym or int(ym.group(1)) > int(yr): errors.append(f"{f}: [{n}] no `(YYYY).` or a year after the issue"); continue
        who = r[:ym.start()]
        if ", " in who:
            for a in re.split(r"(?<=\.), ", who):
                if not re.fullmatch(r"[^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*)*, [A-Z]\.(?:-?[A-Z]\.| [A-Z]\.)*|et al\.", a): errors.append(f"{f}: [{n}] author not `Surname, I.`: {a!r}")
        for a, b_ in re.findall(r"pp\. (\d+)–(\d+)", r):
            if int(a) >= int(b_): errors.append(f"{f}: [{n}] pages {a}–{b_}")
        if re.search(r"pp\. \d+-\d+", r): errors.append(f"{f}: [{n}] page range with a hyphen, not an en dash")
        for x in re.findall(r"(\d\d)\d\d\.\d{4,5}", r):
            if 2000 + int(x) > int(ym.group(1)): errors.append(f"{f}: [{n}] arXiv id newer than the entry")
    am = re.search(r"^Article received on (\d\d/\d\d/\d{4}); accepted on (\d\d/\d\d/\d{4})\.$", raw, re.M)
    a_, b_ = (dt_ok(am.group(1), "%d/%m/%Y"), dt_ok(am.group(2), "%d/%m/%Y")) if am else (None, None)
    if not (a_ and b_ and a_ < b_ and b_.year <= int(yr)): errors.append(f"{f}: received / accepted dates missing, invalid or reversed")


# ---------------------------------------------------------------- 1521 LIDOS RIS export
RIS = {}
RIS_REQ = {"JOUR": ["TI", "AU", "JO", "PY"], "CONF": ["TI", "AU", "T2", "PY"], "BOOK": ["TI", "AU", "PB", "PY"],
           "THES": ["TI", "AU", "PB", "PY", "M3"], "ELEC": ["TI", "PY", "UR", "Y2"]}


def check_lidos(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    recs, cur, vals, ids = [], None, [], []
    for i, l in enumerate(raw.split("\r\n"), 1):
        if not l:
            if cur is not None: errors.append(f"{f}: line {i}: blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: errors.append(f"{f}: line {i}: not a RIS line: {l[:30]!r}"); continue
        t, v = m.groups()
        if t == "TY":
            if cur is not None: errors.append(f"{f}: line {i}: TY inside a record")
            cur = {"TY": [v]}; continue
        if cur is None: errors.append(f"{f}: line {i}: {t} outside a record"); continue
        if t == "ER":
            if v: errors.append(f"{f}: line {i}: ER with a value")
            recs.append(cur); cur = None; continue
        cur.setdefault(t, []).append(v); vals.append(v)
    if cur is not None: errors.append(f"{f}: last record without ER")
    if not raw.endswith("ER  - \r\n"): errors.append(f"{f}: the file does not end with an ER line")
    RIS[f] = vals
    for r in recs:
        ty, rid = r["TY"][0], (r.get("ID") or ["?"])[0]
        if ty not in RIS_REQ: errors.append(f"{f}: record {rid}: type {ty}"); continue
        for q in RIS_REQ[ty]:
            if q not in r: errors.append(f"{f}: record {rid}: {ty} without {q}")
        if list(r)[1:2] != ["ID"] or not re.fullmatch(r"\d+", rid): errors.append(f"{f}: record {rid}: no numeric ID right after TY")
        ids.append(int(rid) if rid.isdigit() else -1)
        py = (r.get("PY") or [""])[0]
        if not re.fullmatch(r"\d{4}", py) or int(py) > 2024: errors.append(f"{f}: record {rid}: PY {py!r}")
        for a in r.get("AU", []):
            if ty != "ELEC" and not re.fullmatch(r"[^,]+, [^,]+", a): errors.append(f"{f}: record {rid}: AU not `Last, First`: {a!r}")
        if "SP" in r or "EP" in r:
            sp, ep = (r.get("SP") or [""])[0], (r.get("EP") or [""])[0]
            if not (sp.isdigit() and ep.isdigit() and int(sp) < int(ep)): errors.append(f"{f}: record {rid}: pages {sp}–{ep}")
        for u in r.get("UR", []):
            if not u.startswith("https://"): errors.append(f"{f}: record {rid}: UR not https")
        for y in r.get("Y2", []):
            if not dt_ok(y, "%Y-%m-%d"): errors.append(f"{f}: record {rid}: Y2 {y!r}")
        if r.get("LA", [""])[0] not in ("Englisch", "Deutsch"): errors.append(f"{f}: record {rid}: LA {r.get('LA')}")
        if r.get("DP") != ["LIDOS"]: errors.append(f"{f}: record {rid}: DP is not LIDOS")
        for x in re.findall(r"arXiv:(\d\d)\d\d\.\d{4,5}", " ".join(r.get("N1", []))):
            if py.isdigit() and 2000 + int(x) > int(py): errors.append(f"{f}: record {rid}: arXiv id newer than PY")
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: record IDs not unique and increasing: {ids}")


# ---------------------------------------------------------------- 1522 腾讯问卷 CSV export
CSV_FIELDS = {}
TQ_HEAD = ["编号", "开始答题时间", "结束答题时间", "答题时长", "IP", "地理位置", "用户类型", "用户标识", "昵称",
           "1.你的姓名", "2.你想分享的论文（请填写完整英文标题）", "3.论文链接或 arXiv 编号（选填）", "4.希望安排在哪一周", "5.备注"]
TQ_WEEKS = {"第1周（3月7日）", "第2周（3月14日）", "第3周（3月21日）", "第4周（3月28日）", "都可以"}


def check_tencent(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not csv's minimal quoting with CR LF between records")
    if not rows or rows[0] != TQ_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    prev = None
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(TQ_HEAD): errors.append(f"{f}: row {i} has {len(r)} fields"); continue
        no, s, e, dur, ip, geo, ut, uid, nick, name, q2, q3, q4, q5 = r
        if no != str(i): errors.append(f"{f}: row {i}: 编号 {no}")
        sd, ed = dt_ok(s, "%Y-%m-%d %H:%M:%S"), dt_ok(e, "%Y-%m-%d %H:%M:%S")
        if not sd or not ed: errors.append(f"{f}: row {i}: a time invalid"); continue
        dm = re.fullmatch(r"(\d+)分(\d+)秒", dur)
        if ed <= sd or not dm or int(dm.group(1)) * 60 + int(dm.group(2)) != (ed - sd).seconds or int(dm.group(2)) > 59: errors.append(f"{f}: row {i}: 答题时长 {dur!r} does not fit the times")
        if prev and sd < prev: errors.append(f"{f}: row {i}: answers out of time order")
        prev = sd
        if not re.fullmatch(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\*", ip): errors.append(f"{f}: row {i}: IP not masked: {ip!r}")
        if not re.fullmatch(r"中国 \S+ \S+", geo): errors.append(f"{f}: row {i}: 地理位置 {geo!r}")
        if ut not in ("微信用户", "QQ用户", "匿名用户"): errors.append(f"{f}: row {i}: 用户类型 {ut!r}")
        if ut == "匿名用户" and (uid or nick): errors.append(f"{f}: row {i}: an anonymous answer with an id or nickname")
        if ut != "匿名用户" and not re.fullmatch(r"o[0-9a-f]{27}", uid): errors.append(f"{f}: row {i}: 用户标识 {uid!r}")
        if not name or not q2: errors.append(f"{f}: row {i}: a required answer is empty")
        if q4 not in TQ_WEEKS: errors.append(f"{f}: row {i}: week {q4!r} is not an option")


# ---------------------------------------------------------------- 1523 МТС Линк chat export
def check_mtslink(f, raw):
    L = lines_of(f, raw)
    if L[0] != "МТС Линк — экспорт чата": errors.append(f"{f}: first line {L[0]!r}")
    g = lambda p, i: L[i][len(p):] if len(L) > i and L[i].startswith(p) else None
    ev, host, day = g("Мероприятие: ", 1), g("Ведущий: ", 2), dt_ok(g("Дата: ", 3), "%d.%m.%Y")
    st, en = g("Начало: ", 4), g("Окончание: ", 5)
    rec, cnt = g("Запись: ", 6), g("Сообщений в чате: ", 7)
    if not (ev and host and day and st and en and rec and cnt): errors.append(f"{f}: head lines wrong"); return
    sm, em = re.fullmatch(r"(\d\d:\d\d) \(MSK\)", st), re.fullmatch(r"(\d\d:\d\d) \(MSK\)", en)
    if not sm or not em or not sm.group(1) < em.group(1): errors.append(f"{f}: start / end wrong"); return
    if not re.fullmatch(r"https://my\.mts-link\.ru/\d+/\d+/record-new/\d+", rec): errors.append(f"{f}: recording link of another form")
    if L[8] != "": errors.append(f"{f}: no blank line after the head")
    n, last, first = 0, None, True
    for i, l in enumerate(L[9:], 10):
        m = re.fullmatch(r"\[(\d\d:\d\d:\d\d)\] ([^:\[\]]+?)( \(ведущий\))?: (.+)", l)
        if m:
            n += 1
            t = m.group(1)
            if not dt_ok(t, "%H:%M:%S"): errors.append(f"{f}: line {i}: time invalid"); continue
            if not sm.group(1) <= t[:5] <= em.group(1): errors.append(f"{f}: line {i}: message outside the meeting")
            if last and t < last: errors.append(f"{f}: line {i}: message out of time order")
            last = t
            if bool(m.group(3)) != (m.group(2) == host): errors.append(f"{f}: line {i}: (ведущий) mark wrong for {m.group(2)}")
            if m.group(4) == "<сообщение удалено>" and m.group(3): pass
            first = False
        elif l.startswith("  ") and not first and l.strip():
            continue
        else:
            errors.append(f"{f}: line {i}: neither a message nor a continuation: {l[:30]!r}")
    if int(cnt) != n: errors.append(f"{f}: head says {cnt} messages, the chat holds {n}")


# ---------------------------------------------------------------- 1524 PyTorchKR (Discourse) topic copy
def ko_date(s):
    m = re.fullmatch(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", s or "")
    try: return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError: return None


def check_discourse_kr(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["PyTorchKR🇰🇷", "가입", "로그인"]: errors.append(f"{f}: no PyTorchKR header")
    if L[-1] != "Powered by Discourse, best viewed with JavaScript enabled": errors.append(f"{f}: no Discourse footer")
    starts = [i for i in range(1, len(L) - 1) if L[i - 1] == "" and re.fullmatch(r"[a-z][\w.]*", L[i]) and re.fullmatch(r"\d{4}년 \d{1,2}월 \d{1,2}일", L[i + 1])]
    if not starts: errors.append(f"{f}: no posts"); return
    posts, prev = [], None
    for k, i in enumerate(starts):
        d = ko_date(L[i + 1])
        if not d: errors.append(f"{f}: post {k + 1}: date invalid {L[i + 1]!r}"); continue
        if prev and d < prev: errors.append(f"{f}: post {k + 1}: out of date order")
        prev = d
        end = starts[k + 1] if k + 1 < len(starts) else L.index("관련 주제") if "관련 주제" in L else len(L)
        seg = L[i + 2:end]
        if "생성됨" in seg: seg = seg[:seg.index("생성됨")]
        likes = sum(int(m.group(1)) for l in seg for m in [re.fullmatch(r"좋아요 (\d+)개", l)] if m)
        posts.append((L[i], d, likes, seg))
        for j, l in enumerate(seg):
            qm = re.fullmatch(r"([a-z][\w.]*):", l)
            if qm and qm.group(1) not in [p[0] for p in posts[:-1]]: errors.append(f"{f}: post {k + 1} quotes {qm.group(1)}, no earlier poster")
    try: mi = L.index("생성됨")
    except ValueError: errors.append(f"{f}: no topic map"); return
    tm = L[mi:mi + 14]
    lab = [tm[2], tm[5], tm[7], tm[9], tm[11], tm[13]] if len(tm) == 14 else []
    if lab != ["최근 답글", "답글", "조회수", "사용자", "좋아요", "링크"]: errors.append(f"{f}: topic map malformed"); return
    md = lambda s: (lambda m: (int(m.group(1)), int(m.group(2))) if m else None)(re.fullmatch(r"(\d{1,2})월 (\d{1,2})일", s))
    if md(tm[1]) != (posts[0][1].month, posts[0][1].day) or md(tm[3]) != (posts[-1][1].month, posts[-1][1].day): errors.append(f"{f}: topic map dates differ from the first / last post")
    links = set()
    for p in posts: links |= set(re.findall(r"https://\S+", "\n".join(p[3])))
    want = [len(posts) - 1, None, len({p[0] for p in posts}), sum(p[2] for p in posts), len(links)]
    got = [tm[4], tm[6], tm[8], tm[10], tm[12]]
    for w, g_, what in zip(want, got, ["답글", "조회수", "사용자", "좋아요", "링크"]):
        if not g_.isdigit(): errors.append(f"{f}: topic map {what} not a number"); continue
        if w is not None and int(g_) != w: errors.append(f"{f}: topic map {what} {g_}, the posts give {w}")
    if "관련 주제" in L:
        for l in L[L.index("관련 주제") + 2:]:
            if not l: break
            if len(l.split("\t")) != 4: errors.append(f"{f}: related-topics row without 4 cells: {l[:30]!r}")


# ---------------------------------------------------------------- 1525 LianaMailer web version
FI_WD = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
FI_M = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
VOID = {"meta", "img", "br", "hr", "link", "input"}


class TagCheck(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack, s.bad = [], []
    def handle_starttag(s, t, a):
        if t not in VOID: s.stack.append(t)
    def handle_endtag(s, t):
        if t in VOID: return
        if not s.stack or s.stack[-1] != t: s.bad.append(t)
        else: s.stack.pop()


def check_liana(f, raw):
    lines_of(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"fi\">") or '<meta charset="utf-8">' not in raw: errors.append(f"{f}: not HTML5 with lang=fi and UTF-8")
    tc = TagCheck(); tc.feed(raw); tc.close()
    if tc.stack or tc.bad: errors.append(f"{f}: tags unbalanced: open {tc.stack[-3:]}, stray {tc.bad[:3]}")
    for h in re.findall(r'(?:href|src)="([^"]*)"', raw):
        if not h.startswith("https://"): errors.append(f"{f}: link not https: {h[:40]}")
        if re.search(r"&(?!amp;)", h): errors.append(f"{f}: bare & in a link {h[:50]}")
    t = re.search(r"<title>(.+?) #(\d+)/(\d{4})</title>", raw); h1 = re.search(r"<h1[^>]*>(.+?) #(\d+)/(\d{4})</h1>", raw)
    if not t or not h1 or t.groups() != h1.groups(): errors.append(f"{f}: title and masthead differ")
    dm = re.search(r"</h1><p[^>]*>(\w+) (\d{1,2})\. (\w+) (\d{4})</p>", raw)
    issue = None
    try:
        issue = dt.date(int(dm.group(4)), FI_M.index(dm.group(3)) + 1, int(dm.group(2)))
        if FI_WD[issue.weekday()] != dm.group(1): errors.append(f"{f}: issue weekday wrong"); issue = None
    except (AttributeError, ValueError): errors.append(f"{f}: issue date missing or invalid")
    if issue and t and (str(issue.year) != t.group(3) or int(t.group(2)) != issue.month): errors.append(f"{f}: issue number / year do not fit the date (a monthly numbering)")
    sm = re.search(r"<b>Seminaari:</b> (\w+)na (\d{1,2})\.(\d{1,2})\.(\d{4}) klo (\d\d)\.(\d\d)", raw)
    try:
        sd = dt.date(int(sm.group(4)), int(sm.group(3)), int(sm.group(2)))
        if FI_WD[sd.weekday()] != sm.group(1): errors.append(f"{f}: seminar weekday wrong")
        elif issue and sd <= issue: errors.append(f"{f}: seminar not after the issue")
    except (AttributeError, ValueError): errors.append(f"{f}: seminar date missing or invalid")
    cards = re.findall(r'<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e6e6;">\n(.*?)\n</td></tr>', raw, re.S)
    if not cards: errors.append(f"{f}: no cards")
    for c in cards:
        if "<h2" not in c or '<p dir="ltr"' not in c: errors.append(f"{f}: card without a title or an LTR author line")
        if c.count("<a ") > 1: errors.append(f"{f}: card with more than one button")
    if not re.search(r'<div style="display:none;max-height:0;overflow:hidden;">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader")
    links = re.findall(r'href="(https://[\w.-]+\.lianamailer\.com)/(w|unsubscribe|profile)/\?m=(\d+)&amp;s=([0-9a-f]+)"', raw)
    if sorted(k for _, k, _, _ in links) != ["profile", "unsubscribe", "w"]: errors.append(f"{f}: web-version / unsubscribe / profile links missing")
    if len({(h, m_, s_) for h, _, m_, s_ in links}) != 1: errors.append(f"{f}: LianaMailer links with different hosts or ids")
    if 'alt="Lähetetty LianaMailerilla"' not in raw: errors.append(f"{f}: no LianaMailer badge")


# ---------------------------------------------------------------- 1526 সচলায়তন blog copy (negative)
BN_WD = ["সোম", "মঙ্গল", "বুধ", "বৃহঃ", "শুক্র", "শনি", "রবি"]
BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def bn_date(f, s):
    m = re.fullmatch(r"তারিখ: (\S+), ([০-৯]{2}/[০-৯]{2}/[০-৯]{4}) - ([০-৯]{1,2}):([০-৯]{2})(পূর্বাহ্ন|অপরাহ্ন)", s or "")
    if not m: errors.append(f"{f}: Bengali date form {s!r}"); return None
    d = dt_ok(m.group(2).translate(BN), "%d/%m/%Y")
    h, mi = int(m.group(3).translate(BN)), int(m.group(4).translate(BN))
    if not d or not 1 <= h <= 12 or mi > 59: errors.append(f"{f}: Bengali date invalid {s!r}"); return None
    if BN_WD[d.weekday()] != m.group(1): errors.append(f"{f}: Bengali weekday wrong {s!r}")
    return d.replace(hour=h % 12 + (12 if m.group(5) == "অপরাহ্ন" else 0), minute=mi)


def check_sachal(f, raw):
    L = lines_of(f, raw)
    if L[0] != "সচলায়তন" or "লগইন" not in L[:8]: errors.append(f"{f}: no Sachalayatan menu")
    am = next((re.fullmatch(r"লিখেছেন (.+) \[অতিথি\] \((.+)\)", l) for l in L if l.startswith("লিখেছেন ")), None)
    if not am: errors.append(f"{f}: no author line"); return
    pd_ = bn_date(f, am.group(2))
    if not any(re.fullmatch(r"এই লেখাটি পড়া হয়েছে [০-৯,]+ বার", l) for l in L): errors.append(f"{f}: no read count")
    cm = next((re.fullmatch(r"মন্তব্য \(([০-৯]+)\)", l) for l in L if l.startswith("মন্তব্য (")), None)
    cs = [i for i, l in enumerate(L) if re.fullmatch(r"[০-৯]+", l)]
    if not cm or int(cm.group(1).translate(BN)) != len(cs): errors.append(f"{f}: comment count {cm and cm.group(1)} for {len(cs)} comments")
    prev, names = pd_, []
    for n, i in enumerate(cs, 1):
        if L[i].translate(BN) != str(n): errors.append(f"{f}: comment {L[i]} where {n} was due")
        pm = re.fullmatch(r"(.+) এর ছবি", L[i + 1])
        lm = re.fullmatch(r"লিখেছেন (.+) \[অতিথি\] \((.+)\)", L[i + 2])
        if not pm or not lm or pm.group(1) != lm.group(1): errors.append(f"{f}: comment {n}: picture and author lines disagree"); continue
        d = bn_date(f, lm.group(2))
        if d and prev and d < prev: errors.append(f"{f}: comment {n} before the post or the previous comment")
        prev = d or prev
        for at in re.findall(r"@(\S+)", L[i + 3]):
            if at not in names: errors.append(f"{f}: comment {n} answers @{at}, no earlier commenter")
        names.append(lm.group(1))
    if L[-2:] != ["সচলায়তন | যোগাযোগ | নীতিমালা", "লেখার দায় লেখকের, সচলায়তনের নয়।"]: errors.append(f"{f}: no footer")
    for isbn in re.findall(r"ISBN ([\d-]{17})", raw):
        d_ = isbn.replace("-", "")
        if (10 - sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(d_[:12])) % 10) % 10 != int(d_[12]): errors.append(f"{f}: ISBN {isbn} check digit wrong")


def shape_checks(f, raw, path):
    n = num(f)
    {1517: check_itclms, 1518: check_hamgit, 1519: check_mailkz, 1520: check_cys, 1521: check_lidos, 1522: check_tencent,
     1523: check_mtslink, 1524: check_discourse_kr, 1525: check_liana,
     1526: check_sachal}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + (["\n".join(RIS[f])] if f in RIS else [])
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
# round150's and round151's, a byte-identical file counted once), and the round150/round151 split (candidates sorted by
# (uses, catalogue title); round150 = even positions from 4 on, one unbroken run; round151 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P151S = ["/work/rounds/digests-round151/expected.json", "/work/main/tests/data/digests-round151/expected.json"]
P151 = next((p for p in P151S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P151S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round150", "digests-round151") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round150 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r151 = set()
if P151:
    try:
        r151 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P151)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P151} exists but could not be read (being written?)")
    if r151 & mine: errors.append(f"papers also in round151: {sorted(r151 & mine)}")
shared151 = len(r151 & mine) if P151 else "(no round151 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round150 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round151: {shared151}; papers in more than one round150 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

