#!/usr/bin/env python3
r"""Checks round152/expected.json against the digests and the shared catalogues.

Adapted from round150/validate.py (the label checks are the same code; the reuse report is round150's with round152 /
round153 in place of round150 / round151: round152 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round152's and round153's own (a
digests-round152 / digests-round153 folder, or a file whose bytes equal round152's or round153's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round152 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round153's expected.json (read only, from /work/rounds/digests-round153/ or
/work/main/tests/data/digests-round153/, when it exists), and on a paper in more than one round152 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1539 its MIME parts (the ISO-2022-JP note, the
forwarded post's two base64 parts) and its decoded headers; 1541 every BibTeX field value; 1542 every CSV field;
everything: HTML / XML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1537 Technion students-portal course page copy (LF; the skip link, the Technion's name and the portal first, the
copyright line last; `שלום, …` then התנתקות; the breadcrumb `ראשי / קטלוג מקצועות / <semester> / <8 digits>` and the
course header `<number> - <name>` with the same number; the header fields in order (פקולטה, נקודות as a number,
שעות שבועיות, מקצועות קדם / ללא זיכוי נוסף as `<8 digits> - name`, אחראי/ת, הרצאה `יום X' HH:MM-HH:MM`, start before
end); the reading table: its header, 5 tab-separated cells, weeks 1..n, dates `dd.mm.yyyy (יום X')` with the right
Hebrew weekday, on the lecture's weekday, 7 days apart; the «last week» note = the last row's date; the project
deadline after it; the Moodle host's year = the semester's first year);
1538 腾讯工蜂 README (LF; code fences balanced; the awesome badge; every `](#anchor)` a heading's GitLab-style slug,
the table of contents = the sections in order; clone URLs `https://git.code.tencent.com/<group>/<project>.git`, one
project, the one `cd` enters, `group/project` named in the intro quote; link items `- [Title](url) — …`, bold items
`- **Title** — …`, id items `- … (arXiv:id) — …`; table rows with the header's column count and a URL in the last
cell; brackets balanced per line; the licence links);
1539 Active! mail .eml (CR LF throughout, 7-bit; Date valid with its weekday, +0900; X-Mailer Active! mail; From / To
display names and Subject as ISO-2022-JP B-words, each ≤ 75, header lines ≤ 998; multipart/mixed, the boundary
declared and closed; the note text/plain ISO-2022-JP 7bit, decoding cleanly; the signature's address = From's; the
attachment message/rfc822: Date valid, +0900, before the outer Date, Received's date between the two; fml's headers
(X-ML-Name = the tag's list, X-Mail-Count = the tag's five-digit number, X-MLServer / List-Software fml, List-Post /
-Owner / -Help / -Unsubscribe on the list's host, Precedence bulk, Lines = the body's lines); Subject `[list:NNNNN] …`;
the outer Subject decoded = `Fw: ` + the inner one decoded; multipart/alternative with its boundary closed, both parts
UTF-8 base64, lines ≤ 76, decoding cleanly; the two parts carry the same URLs);
1540 IKEE thesis PDF copy (LF; page numbers alone on a line, consecutive; the chapter's running head on the first
page, `Βιβλιογραφία` opening the bibliography and `ΒΙΒΛΙΟΓΡΑΦΙΑ` atop its later pages; references numbered 1..n;
the citations before the bibliography = 1..n; quoted titles “…,” with initials-first author lists (or one corporate
author, or `et al.` after the first); `pp. a–b` with an en dash and a < b; years not after 2024; `[Online].
Available:` followed by a URL; `arXiv preprint arXiv:id, YYYY.` and `CoRR, vol. abs/id, YYYY.` with the id not newer
than the year; lines ≤ 100 characters);
1541 Jenni AI BibTeX (LF, no BOM, a final newline; entries `@type{key,` … `}` separated by one blank line, nothing
else; fields `  name = {value}` with commas between, braces balanced, no field twice, in the exporter's fixed order;
required fields per type; keys unique, `surnameYYYYword` with the year field's year; years 4 digits, not after 2024;
authors `Last, First` joined by ` and ` (`others` last only; one corporate name in misc); pages `a--b`, a < b; URLs
https; an eprint with archivePrefix arXiv, a valid id not newer than the year);
1542 Avalform CSV (a BOM; csv's minimal quoting with CR LF between records; the header of 9 columns; 9 fields per row;
row numbers 1..n; Solar Hijri dates valid (month lengths), times valid, in order, before the first week offered
(1403/03/01); names; e-mails; the link empty, https or `arXiv:id`; the week one of the options);
1543 Whaller conversation export (LF; the head lines in order with narrow no-break spaces before the colons, the
participants = the authors (sorted, counted), the message count = the messages, the exporter a participant, the
export after the last message; the rule; messages `[dd/mm/yyyy HH:MM] Name` valid and in order, then an optional
`↪ En réponse à X` (an earlier author), text, then optional `📎 Pièce jointe : file (size)`, `(modifié)`,
`Réactions : emoji N …` in that order; a blank line after each);
1544 ThaiAdmin (SMF) topic copy (LF; the board name, guest greeting, the clock; the link tree ending in the subject
and repeated at the foot; the topic head with the read count; each post: name, post group and stars from the post
count (SMF's defaults), ออฟไลน์, `กระทู้: N` (one count per member), the subject (`Re: ` on replies), `« เมื่อ: … »`
/ `« ตอบกลับ #k เมื่อ: … »` with k = 1.., Thai month dates valid and in order, not after the clock; quotes
`อ้างถึง: X ที่ D` with X an earlier poster and D that post's date; `« แก้ไขครั้งสุดท้าย: D โดย X »` after the post, by
its poster; บันทึกการเข้า; SMF's footer);
1545 Emailchef web version (LF; HTML5, lang="it", UTF-8 meta; tags balanced; every link and image https, `&` only as
`&amp;`; the number, month and year equal in title and masthead; the intro's and the seminar's dates with the right
Italian weekday, the seminar after the issue; each card: a title, an LTR author line, at most one button; the hidden
preheader; web version, unsubscribe and profile links on app.emailchef.com with one c / s pair; the «Inviata con
Emailchef» badge);
1546 मायबोली page copy (LF; the site name, the menu, the login links; the breadcrumb ending in the title, the title
next; `Submitted by X on D` (Drupal's English date form) for the post and every comment; the tags and type lines; the
comment count = comments; comment dates after the post and in order; `@name` an earlier commenter; ISBN-13 check
digits; the footer).
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


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)


# ---------------------------------------------------------------- 1537 Technion students-portal course page, Hebrew
HEB_WD = ["ב'", "ג'", "ד'", "ה'", "ו'", "ש'", "א'"]  # Monday .. Sunday


def check_technion(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["דלג לתוכן המרכזי", "הטכניון – מכון טכנולוגי לישראל", "פורטל הסטודנטים"]: errors.append(f"{f}: not a Technion portal copy (skip link / name / portal)")
    if L[-1] != "© כל הזכויות שמורות לטכניון – מכון טכנולוגי לישראל": errors.append(f"{f}: no Technion copyright line last")
    gi = next((i for i, l in enumerate(L) if l.startswith("שלום, ")), None)
    if gi is None or L[gi + 1] != "התנתקות": errors.append(f"{f}: no greeting followed by התנתקות")
    bi = next((i for i, l in enumerate(L) if l.startswith("ראשי / ")), None)
    if bi is None: errors.append(f"{f}: no breadcrumb"); return
    bm = re.fullmatch(r"ראשי / קטלוג מקצועות / (חורף|אביב|קיץ) תשפ\"([א-ת]) / (\d{8})", L[bi])
    if not bm: errors.append(f"{f}: breadcrumb malformed: {L[bi]!r}"); return
    if not re.fullmatch(re.escape(bm.group(3)) + r" - \S.*", L[bi + 1]): errors.append(f"{f}: course header does not carry the breadcrumb's number {bm.group(3)}")
    want = ["פקולטה: ", "נקודות: ", "שעות שבועיות: ", "מקצועות קדם: ", "מקצועות ללא זיכוי נוסף: ", "אחראי/ת: ", "מתרגל/ת: ", "הרצאה: "]
    got = L[bi + 2:bi + 2 + len(want)]
    if [next((w for w in want if g.startswith(w)), None) for g in got] != want: errors.append(f"{f}: course header fields missing or out of order")
    lec_wd = None
    for g in got:
        if g.startswith("נקודות: ") and not re.fullmatch(r"נקודות: \d(?:\.\d)?", g): errors.append(f"{f}: points not a number: {g!r}")
        if g.startswith(("מקצועות קדם: ", "מקצועות ללא זיכוי נוסף: ")):
            for c in g.split(": ", 1)[1].split(", "):
                if not re.fullmatch(r"\d{8} - \S.*", c): errors.append(f"{f}: course reference not `<8 digits> - name`: {c!r}")
        if g.startswith("הרצאה: "):
            m = re.match(r"הרצאה: יום (.') (\d\d):(\d\d)-(\d\d):(\d\d), ", g)
            if not m or m.group(1) not in HEB_WD or (m.group(2), m.group(3)) >= (m.group(4), m.group(5)): errors.append(f"{f}: lecture slot malformed: {g!r}")
            else: lec_wd = m.group(1)
    try: h = L.index("שבוע\tתאריך\tנושא\tקריאת חובה\tקריאה נוספת / הערות")
    except ValueError: errors.append(f"{f}: no reading table header"); return
    prev, n = None, 0
    for l in L[h + 1:]:
        if not l: break
        c = l.split("\t")
        if len(c) != 5: errors.append(f"{f}: table row with {len(c)} cells: {l[:30]!r}"); continue
        n += 1
        if c[0] != str(n): errors.append(f"{f}: week {c[0]} where {n} was due")
        m = re.fullmatch(r"(\d\d\.\d\d\.\d{4}) \(יום (.')\)", c[1])
        d = dt_ok(m.group(1), "%d.%m.%Y") if m else None
        if not d or HEB_WD[d.weekday()] != m.group(2): errors.append(f"{f}: date or Hebrew weekday wrong: {c[1]!r}"); continue
        if lec_wd and m.group(2) != lec_wd: errors.append(f"{f}: {c[1]} not on the lecture's weekday יום {lec_wd}")
        if prev and (d - prev).days != 7: errors.append(f"{f}: {c[1]} not 7 days after the previous row")
        prev = d
    lm = re.search(r"השבוע האחרון של תוכנית הקריאה: (\d\d\.\d\d\.\d{4})", raw)
    if not lm or not prev or dt_ok(lm.group(1), "%d.%m.%Y") != prev: errors.append(f"{f}: the last-week note does not give the last row's date")
    pm = re.search(r"הגשת פרויקט סופי: (\d\d\.\d\d\.\d{4})", raw)
    pd_ = dt_ok(pm.group(1), "%d.%m.%Y") if pm else None
    if not pd_ or (prev and pd_ <= prev): errors.append(f"{f}: project deadline missing or not after the reading plan")
    mm = re.findall(r"https://moodle(\d\d)\.technion\.ac\.il/course/view\.php\?id=\d+", raw)
    first = dt_ok(L[h + 1].split("\t")[1][:10], "%d.%m.%Y") if n else None
    if len(mm) != 1 or (first and int(mm[0]) != first.year % 100 - (1 if bm.group(1) != "חורף" else 0)): errors.append(f"{f}: Moodle link missing or of another year")


# ---------------------------------------------------------------- 1538 腾讯工蜂 (git.code.tencent.com) README
def check_gongfeng(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: errors.append(f"{f}: title line without the awesome badge")
    outside = re.sub(r"```.*?```", "", raw, flags=re.S)
    OL = outside.split("\n")
    heads = [l[3:] for l in OL if l.startswith("## ")]
    slugs = [slug(x) for x in heads]
    toc = re.findall(r"^- \[[^\]]+\]\(#([^)]+)\)$", outside, re.M)
    for a in set(re.findall(r"\]\(#([^)]+)\)", outside)):
        if a not in slugs: errors.append(f"{f}: anchor #{a} is no heading's slug")
    if [s for s in slugs if s != slug("目录")] != toc: errors.append(f"{f}: table of contents and sections differ")
    repos = set()
    for u in re.findall(r"https://git\.code\.tencent\.com/\S*", raw):
        m = re.fullmatch(r"https://git\.code\.tencent\.com/([\w.-]+)/([\w.-]+?)\.git", u)
        if not m: errors.append(f"{f}: not a 工蜂 HTTPS clone URL: {u}"); continue
        repos.add(m.groups())
    if len(repos) != 1: errors.append(f"{f}: clone URLs name {len(repos)} projects")
    else:
        grp, rp = next(iter(repos))
        if f"\ncd {rp}\n" not in raw: errors.append(f"{f}: `cd` does not enter the cloned project {rp}")
        intro = "\n".join(l for l in OL if l.startswith("> "))
        if f"`{grp}/{rp}`" not in intro: errors.append(f"{f}: the intro does not name {grp}/{rp}")
    sec = None
    for l in OL:
        if l.startswith("## "): sec = l[3:]; continue
        if sec in (None, "目录") or not l.startswith("- "): continue
        if l.startswith("- [") and not re.fullmatch(r"- \[[^\]]+\]\(https?://[^)\s]+\) — \S.*", l): errors.append(f"{f}: link item of another form: {l[:40]!r}")
        if l.startswith("- **") and not re.fullmatch(r"- \*\*[^*]+\*\* — \S.*", l): errors.append(f"{f}: bold item of another form: {l[:40]!r}")
        if "(arXiv:" in l and not re.fullmatch(r"- [^\[*].* \(arXiv:\d{4}\.\d{4,5}\) — \S.*", l): errors.append(f"{f}: arXiv item of another form: {l[:40]!r}")
    for l in OL:
        for a, b in ("[]", "()"):
            if l.count(a) != l.count(b): errors.append(f"{f}: unbalanced {a}{b} in {l[:40]!r}")
    rows = [l for l in OL if l.startswith("|")]
    if not rows: errors.append(f"{f}: no table")
    else:
        w = rows[0].count("|")
        for r in rows:
            if r.count("|") != w: errors.append(f"{f}: table row with another column count: {r[:40]!r}")
        for r in rows[2:]:
            if not re.fullmatch(r"https://\S+", r.strip("|").split("|")[-1].strip()): errors.append(f"{f}: table row without a URL in its last cell: {r[:40]!r}")
    if "## 许可证" not in raw or not re.search(r"## 许可证\n\n\[[^\]]+\]\(https://creativecommons\.org/[^)]+\)", raw): errors.append(f"{f}: licence section missing")


# ---------------------------------------------------------------- 1539 Active! mail forward of an fml post
MIME_PARTS = {}
JST = dt.timedelta(hours=9)


def hdr(s):
    try: return str(make_header(decode_header(s)))
    except Exception as ex: errors.append(f"header does not decode: {s[:40]!r} ({ex!r})"); return s


def mail_date(f, d, what):
    try:
        dd = parsedate_to_datetime(d)
    except (TypeError, ValueError):
        errors.append(f"{f}: {what} Date does not parse: {d!r}"); return None
    if dd.strftime("%a, %d %b %Y %H:%M:%S %z") != d: errors.append(f"{f}: {what} Date weekday or form wrong: {d!r}")
    if dd.utcoffset() != JST: errors.append(f"{f}: {what} Date not +0900: {d!r}")
    return dd


def b64_part(f, body, what):
    ls = body.split("\r\n")
    while ls and ls[-1] == "": ls.pop()
    for l in ls:
        if len(l) > 76 or not re.fullmatch(r"[A-Za-z0-9+/=]*", l): errors.append(f"{f}: {what}: not a base64 line ≤ 76: {l[:30]!r}"); return ""
    try: return base64.b64decode("".join(ls), validate=True).decode("utf-8").replace("\r\n", "\n")
    except (binascii.Error, UnicodeDecodeError) as ex: errors.append(f"{f}: {what} does not decode: {ex!r}"); return ""


def check_activemail(f, raw):
    texts = []
    MIME_PARTS[f] = texts
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a 7-bit message")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    for l in head.split("\r\n") + body.split("\r\n"):
        if len(l) > 998: errors.append(f"{f}: line longer than 998"); break
    m = message_from_bytes(raw.encode("utf-8", "replace"))
    od = mail_date(f, m.get("Date", ""), "outer")
    if m.get("X-Mailer") != "Active! mail": errors.append(f"{f}: X-Mailer is not Active! mail")
    for h in ("From", "To"):
        v = m.get(h, "")
        if not re.fullmatch(r"=\?ISO-2022-JP\?B\?[A-Za-z0-9+/=]+\?= <[\w.-]+@[\w.-]+>", v): errors.append(f"{f}: {h} not an ISO-2022-JP B-word with an address: {v[:50]!r}")
    for w in re.findall(r"=\?[^?]+\?[BQbq]\?[^?]*\?=", head):
        if len(w) > 75: errors.append(f"{f}: encoded word longer than 75: {w[:30]!r}")
    osubj = hdr(m.get("Subject", ""))
    ct = m.get("Content-Type", "")
    bm = re.fullmatch(r'multipart/mixed; boundary="([^"]+)"', ct)
    if not bm: errors.append(f"{f}: outer Content-Type not multipart/mixed with a boundary: {ct!r}"); return
    B = bm.group(1)
    if not body.endswith(f"\r\n--{B}--\r\n"): errors.append(f"{f}: outer boundary not closed")
    segs = body.split(f"\r\n--{B}")
    if len(segs) != 4: errors.append(f"{f}: {len(segs) - 2} parts where 2 were due"); return
    p1h, _, p1b = segs[1].lstrip("\r\n").partition("\r\n\r\n")
    if p1h != 'Content-Type: text/plain; charset="ISO-2022-JP"\r\nContent-Transfer-Encoding: 7bit': errors.append(f"{f}: the note is not text/plain ISO-2022-JP 7bit")
    try:
        note = p1b.encode("ascii").decode("iso2022_jp").replace("\r\n", "\n"); texts.append(note)
    except (UnicodeError, LookupError) as ex: errors.append(f"{f}: the note does not decode as ISO-2022-JP: {ex!r}"); note = ""
    fa = re.search(r"<([\w.-]+@[\w.-]+)>", m.get("From", ""))
    if fa and fa.group(1) not in note.split("\n--\n")[-1]: errors.append(f"{f}: the note's signature does not carry From's address")
    p2h, _, p2b = segs[2].lstrip("\r\n").partition("\r\n\r\n")
    if not p2h.startswith("Content-Type: message/rfc822"): errors.append(f"{f}: second part not message/rfc822"); return
    ih, _, ib = p2b.partition("\r\n\r\n")
    im = message_from_bytes((ih + "\r\n\r\n").encode("ascii", "replace"))
    idd = mail_date(f, im.get("Date", ""), "forwarded")
    if od and idd and not idd < od: errors.append(f"{f}: the forwarded post is not older than the forward")
    rm = re.search(r";\s*(\w{3}, \d\d? \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4})", im.get("Received", "").replace("\r\n", " "))
    try:
        rd = parsedate_to_datetime(rm.group(1)) if rm else None
        if not rd or (idd and rd < idd) or (od and rd > od): errors.append(f"{f}: Received date missing or not between the post and the forward")
    except (TypeError, ValueError): errors.append(f"{f}: Received date does not parse")
    isubj_raw = im.get("Subject", "")
    sm = re.match(r"\[([\w-]+):(\d{5})\] ", isubj_raw)
    if not sm: errors.append(f"{f}: forwarded Subject without fml's [list:NNNNN] tag: {isubj_raw[:40]!r}"); return
    lst, cnt = sm.groups()
    if im.get("X-ML-Name") != lst: errors.append(f"{f}: X-ML-Name is not the tag's list {lst}")
    if im.get("X-Mail-Count") != cnt: errors.append(f"{f}: X-Mail-Count is not the tag's number {cnt}")
    if not (im.get("X-MLServer", "").startswith("fml [fml ") and im.get("List-Software", "").startswith("fml [fml ")): errors.append(f"{f}: X-MLServer / List-Software not fml's")
    host = (re.search(r"<mailto:" + re.escape(lst) + r"@([\w.-]+)>", im.get("List-Post", "")) or [None, None])[1]
    if not host: errors.append(f"{f}: List-Post not the list's address")
    else:
        for h_, want in (("List-Owner", f"<mailto:{lst}-admin@{host}>"), ("List-Help", f"<mailto:{lst}-ctl@{host}?body=help>"),
                         ("List-Unsubscribe", f"<mailto:{lst}-ctl@{host}?body=unsubscribe>"), ("To", f"{lst}@{host}"), ("Reply-To", f"{lst}@{host}")):
            if im.get(h_) != want: errors.append(f"{f}: {h_} is not {want}")
    if im.get("Precedence") != "bulk": errors.append(f"{f}: Precedence is not bulk")
    if osubj != "Fw: " + hdr(isubj_raw): errors.append(f"{f}: outer Subject is not Fw: + the forwarded Subject")
    if not (im.get("Lines") or "").isdigit() or int(im["Lines"]) != ib.count("\r\n"): errors.append(f"{f}: Lines is not the body's line count ({ib.count(chr(13) + chr(10))})")
    gm = re.fullmatch(r'multipart/alternative; boundary="([^"]+)"', im.get("Content-Type", ""))
    if not gm: errors.append(f"{f}: forwarded post not multipart/alternative"); return
    G = gm.group(1)
    if not ib.endswith(f"--{G}--\r\n"): errors.append(f"{f}: forwarded post's boundary not closed")
    gs = ib.split(f"--{G}")
    parts = {}
    for s in gs[1:-1]:
        h_, _, b_ = s.lstrip("\r\n").partition("\r\n\r\n")
        ctm = re.match(r'Content-Type: (text/(?:plain|html)); charset="UTF-8"\r\nContent-Transfer-Encoding: base64$', h_)
        if not ctm: errors.append(f"{f}: a forwarded part is not UTF-8 base64 text: {h_[:50]!r}"); continue
        parts[ctm.group(1)] = b64_part(f, b_, ctm.group(1))
    if sorted(parts) != ["text/html", "text/plain"]: errors.append(f"{f}: forwarded post lacks its text or HTML part")
    texts += list(parts.values())
    if len(parts) == 2:
        u1 = set(re.findall(r"https?://[^\s<>\"]+", parts["text/plain"]))
        u2 = set(re.findall(r"https?://[^\s<>\"]+", parts["text/html"]))
        if u1 != u2: errors.append(f"{f}: text and HTML parts carry different URLs: {sorted(u1 ^ u2)}")
    texts += [osubj, hdr(isubj_raw), hdr(m.get("From", "")), hdr(im.get("From", ""))]


# ---------------------------------------------------------------- 1540 IKEE (AUTh) thesis, PDF copy
def check_ikee(f, raw):
    L = lines_of(f, raw)
    pages, cur = [], []
    for l in L:
        if re.fullmatch(r"\d{1,3}", l): pages.append((int(l), cur)); cur = []
        else: cur.append(l)
    if cur: errors.append(f"{f}: text after the last page number")
    if not pages: errors.append(f"{f}: no page numbers"); return
    for (a, _), (b, _) in zip(pages, pages[1:]):
        if b != a + 1: errors.append(f"{f}: page {b} after page {a}")
    for l in L:
        if len(l) > 100: errors.append(f"{f}: line longer than 100: {l[:30]!r}")
    if not re.fullmatch(r"ΚΕΦΑΛΑΙΟ \d+\. [Α-ΩΆ-Ώ ]+", pages[0][1][0]): errors.append(f"{f}: first page without the chapter's running head")
    bi = next((k for k, (_, ls) in enumerate(pages) if ls and ls[0] == "Βιβλιογραφία"), None)
    if bi is None: errors.append(f"{f}: no page opening Βιβλιογραφία"); return
    for _, ls in pages[bi + 1:]:
        if not ls or ls[0] != "ΒΙΒΛΙΟΓΡΑΦΙΑ": errors.append(f"{f}: a bibliography page without the running head")
    pre = "\n".join(l for _, ls in pages[:bi] for l in ls)
    bib = " ".join(l for k, (_, ls) in enumerate(pages[bi:]) for l in ls[1:] if l)
    refs = re.split(r"(?:^| )\[(\d+)\] ", bib)
    nums = [int(x) for x in refs[1::2]]
    texts = refs[2::2]
    if refs[0].strip() or nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: references not numbered 1..n: {nums}")
    cited = {int(x) for x in re.findall(r"\[(\d+)\]", pre)}
    if cited != set(range(1, len(nums) + 1)): errors.append(f"{f}: citations {sorted(cited)} are not the references 1..{len(nums)}")
    for n, r in zip(nums, texts):
        if r.count("“") != r.count("”"): errors.append(f"{f}: [{n}] unbalanced quotes")
        if "“" in r:
            au = r.split("“")[0]
            if not re.fullmatch(r"(?:[A-ZΑ-Ω]\.(?:-[A-ZΑ-Ω]\.)?(?: [A-ZΑ-Ω]\.)* [\w'-]+(?: et al\.)?(?:, | and |, and ))*[A-ZΑ-Ω]\.(?:-[A-ZΑ-Ω]\.)?(?: [A-ZΑ-Ω]\.)* [\w'-]+(?: et al\.)?, |[A-Z][\w]+, ", au):
                errors.append(f"{f}: [{n}] author list not initials-first: {au[:40]!r}")
            if not re.search(r"“[^”]+,”", r): errors.append(f"{f}: [{n}] quoted title without its comma")
        for a, b in re.findall(r"pp\. (\d+)\D(\d+)", r):
            if not re.search(r"pp\. " + a + "–" + b, r) or int(a) >= int(b): errors.append(f"{f}: [{n}] page range {a}-{b} without an en dash or reversed")
        for y in re.findall(r"\b((?:19|20)\d\d)\b", r):
            if int(y) > 2024: errors.append(f"{f}: [{n}] year {y} after 2024")
        for _ in re.findall(r"\[Online\]\.(?! Available: https?://\S)", r): errors.append(f"{f}: [{n}] [Online]. not followed by Available: URL")
        for i_, y in re.findall(r"(?:arXiv preprint arXiv:|CoRR, vol\. abs/)(\d{4}\.\d{4,5}), (\d{4})\.", r):
            if 2000 + int(i_[:2]) > int(y): errors.append(f"{f}: [{n}] id {i_} newer than its year {y}")
        if ("arXiv preprint" in r or "CoRR" in r) and not re.search(r"(?:arXiv preprint arXiv:|CoRR, vol\. abs/)\d{4}\.\d{4,5}, \d{4}\.", r): errors.append(f"{f}: [{n}] arXiv / CoRR reference malformed")


# ---------------------------------------------------------------- 1541 Jenni AI BibTeX export
BIB = {}
BIB_ORDER = ["title", "author", "journal", "booktitle", "school", "publisher", "address", "volume", "number", "pages",
             "year", "eprint", "archivePrefix", "primaryClass", "url", "howpublished", "note", "keywords"]
BIB_REQ = {"article": {"title", "author", "journal", "year"}, "inproceedings": {"title", "author", "booktitle", "year"},
           "book": {"title", "author", "publisher", "year"}, "mastersthesis": {"title", "author", "school", "year"},
           "misc": {"title", "year"}}


def check_bibtex(f, raw):
    vals = []
    BIB[f] = vals
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM")
    lines_of(f, raw)
    chunks = raw[:-1].split("\n\n") if raw.endswith("\n") else raw.split("\n\n")
    keys_ = set()
    for ch in chunks:
        m = re.fullmatch(r"@(\w+)\{([^,\s{}]+),\n(.*)\n\}", ch, re.S)
        if not m: errors.append(f"{f}: not one entry separated by a blank line: {ch[:40]!r}"); continue
        typ, key, body = m.groups()
        if typ not in BIB_REQ: errors.append(f"{f}: {key}: unknown type @{typ}")
        if key in keys_: errors.append(f"{f}: key {key} twice")
        keys_.add(key)
        fl = body.split("\n")
        fields, order = {}, []
        for i, l in enumerate(fl):
            fm = re.fullmatch(r"  (\w+) = \{(.*)\}(,?)", l)
            if not fm: errors.append(f"{f}: {key}: not a field line: {l[:40]!r}"); continue
            name, v, comma = fm.groups()
            if (comma == ",") != (i < len(fl) - 1): errors.append(f"{f}: {key}: comma wrong after {name}")
            depth = 0
            for c in v:
                depth += {"{": 1, "}": -1}.get(c, 0)
                if depth < 0: break
            if depth: errors.append(f"{f}: {key}: unbalanced braces in {name}")
            if name in fields: errors.append(f"{f}: {key}: field {name} twice")
            if name not in BIB_ORDER: errors.append(f"{f}: {key}: unknown field {name}")
            fields[name] = v; order.append(name); vals.append(v)
        if [n for n in BIB_ORDER if n in order] != order: errors.append(f"{f}: {key}: fields out of the exporter's order")
        if typ in BIB_REQ and BIB_REQ[typ] - set(fields): errors.append(f"{f}: {key}: missing {sorted(BIB_REQ[typ] - set(fields))}")
        y = fields.get("year", "")
        km = re.fullmatch(r"[a-z]+(\d{4})[a-z0-9]*", key)
        if not km or km.group(1) != y: errors.append(f"{f}: key {key} not surnameYYYYword with the year field's year")
        if not re.fullmatch(r"\d{4}", y) or int(y) > 2024: errors.append(f"{f}: {key}: bad year {y!r}")
        au = fields.get("author", "")
        if au:
            names = au.split(" and ")
            for i, nm in enumerate(names):
                if nm == "others" and i == len(names) - 1 and i: continue
                if typ == "misc" and len(names) == 1 and re.fullmatch(r"\S+", nm): continue
                if not re.fullmatch(r"[^,]+, [^,]+", nm): errors.append(f"{f}: {key}: author not `Last, First`: {nm!r}")
        pg = fields.get("pages")
        if pg is not None:
            pm = re.fullmatch(r"(\d+)--(\d+)", pg)
            if not pm or int(pm.group(1)) >= int(pm.group(2)): errors.append(f"{f}: {key}: pages not a--b with a < b: {pg!r}")
        if "url" in fields and not fields["url"].startswith("https://"): errors.append(f"{f}: {key}: url not https")
        if "eprint" in fields:
            ep = fields["eprint"]
            if fields.get("archivePrefix") != "arXiv" or not re.fullmatch(r"\d{4}\.\d{4,5}", ep) or not valid_arxiv_shape(ep): errors.append(f"{f}: {key}: eprint without archivePrefix arXiv or malformed")
            elif y.isdigit() and 2000 + int(ep[:2]) > int(y): errors.append(f"{f}: {key}: eprint {ep} newer than {y}")


# ---------------------------------------------------------------- 1542 Avalform CSV export
CSV_FIELDS = {}
AV_HEAD = ["ردیف", "تاریخ ثبت", "ساعت ثبت", "نام و نام خانوادگی", "ایمیل", "عنوان مقاله پیشنهادی",
           "لینک مقاله (اختیاری)", "هفته ارائه", "توضیحات"]
AV_WEEKS = ["هفته اول خرداد", "هفته دوم خرداد", "هفته سوم خرداد", "هفته چهارم خرداد", "فرقی نمی‌کند"]


def check_avalform(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not csv's minimal quoting with CR LF records")
    if not rows or rows[0] != AV_HEAD: errors.append(f"{f}: header wrong"); return
    prev = None
    for i, r in enumerate(rows[1:], 1):
        if len(r) != 9: errors.append(f"{f}: row {i} has {len(r)} fields"); continue
        if r[0] != str(i): errors.append(f"{f}: row number {r[0]} where {i} was due")
        dm = re.fullmatch(r"(\d{4})/(\d\d)/(\d\d)", r[1])
        ok = bool(dm)
        if dm:
            y, mo, d = map(int, dm.groups())
            ok = 1 <= mo <= 12 and 1 <= d <= (31 if mo <= 6 else 30 if mo <= 11 else 30)
        if not ok: errors.append(f"{f}: row {i}: not a Solar Hijri date: {r[1]!r}"); continue
        if not dt_ok(r[2], "%H:%M:%S"): errors.append(f"{f}: row {i}: bad time {r[2]!r}"); continue
        key = (y, mo, d, r[2])
        if prev and key <= prev: errors.append(f"{f}: row {i} not after the previous answer")
        prev = key
        if (y, mo) >= (1403, 3): errors.append(f"{f}: row {i} answered after the first week offered (Khordad 1403)")
        if not r[3].strip(): errors.append(f"{f}: row {i} without a name")
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", r[4]): errors.append(f"{f}: row {i}: bad e-mail {r[4]!r}")
        if r[6] and not re.fullmatch(r"https://\S+|arXiv:\d{4}\.\d{4,5}", r[6]): errors.append(f"{f}: row {i}: link neither https nor arXiv:id: {r[6]!r}")
        if r[7] not in AV_WEEKS: errors.append(f"{f}: row {i}: week not an option: {r[7]!r}")
        if not r[5].strip(): errors.append(f"{f}: row {i} without a title")


# ---------------------------------------------------------------- 1543 Whaller conversation export
NN = "\u202f"


def check_whaller(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Whaller – Export de la conversation": errors.append(f"{f}: not a Whaller export head")
    pats = [r"Sphère" + NN + r": \S.*", r"Conversation" + NN + r": #[\w-]+",
            r"Exporté le (\d\d/\d\d/\d{4}) à (\d\d:\d\d) par (.+)", r"Participants \((\d+)\)" + NN + r": (.+)",
            r"Messages" + NN + r": (\d+)", r"-{60}", r""]
    ms = []
    for p, l in zip(pats, L[1:8]):
        m = re.fullmatch(p, l)
        if not m: errors.append(f"{f}: head line wrong: {l[:40]!r}"); return
        ms.append(m)
    exp_t = dt_ok(ms[2].group(1) + " " + ms[2].group(2), "%d/%m/%Y %H:%M")
    parts = ms[3].group(2).split(", ")
    if int(ms[3].group(1)) != len(parts): errors.append(f"{f}: participant count {ms[3].group(1)} != {len(parts)}")
    if parts != sorted(parts): errors.append(f"{f}: participants not sorted")
    if ms[2].group(3) not in parts: errors.append(f"{f}: the exporter is not a participant")
    blocks, cur = [], []
    for l in L[8:]:
        if l == "":
            if cur: blocks.append(cur); cur = []
        else: cur.append(l)
    if cur: blocks.append(cur)
    authors, prev = [], None
    for b in blocks:
        hm = re.fullmatch(r"\[(\d\d/\d\d/\d{4} \d\d:\d\d)\] (.+)", b[0])
        t = dt_ok(hm.group(1), "%d/%m/%Y %H:%M") if hm else None
        if not t: errors.append(f"{f}: message head wrong: {b[0][:40]!r}"); continue
        if prev and t < prev: errors.append(f"{f}: message at {hm.group(1)} before the previous one")
        prev = t
        rest = b[1:]
        if rest and rest[0].startswith("↪"):
            rm = re.fullmatch(r"↪ En réponse à (.+)", rest[0])
            if not rm or rm.group(1) not in authors: errors.append(f"{f}: reply to someone who has not written before: {rest[0]!r}")
            rest = rest[1:]
        tail = []
        while rest and re.match(r"📎|\(modifié\)$|Réactions", rest[-1]):
            tail.insert(0, rest.pop())
        kinds = []
        for t_ in tail:
            if t_.startswith("📎"):
                kinds.append(0)
                if not re.fullmatch(r"📎 Pièce jointe" + NN + r": \S+ \(\d+(?:,\d+)? (?:Ko|Mo)\)", t_): errors.append(f"{f}: attachment line wrong: {t_!r}")
            elif t_ == "(modifié)": kinds.append(1)
            else:
                kinds.append(2)
                if not re.fullmatch(r"Réactions" + NN + r": \S+ \d+(?:  \S+ \d+)*", t_): errors.append(f"{f}: reactions line wrong: {t_!r}")
        if kinds != sorted(set(kinds)): errors.append(f"{f}: attachment / edit / reactions lines out of order")
        if not rest: errors.append(f"{f}: a message without text")
        authors.append(hm.group(2))
    if sorted(set(authors)) != parts: errors.append(f"{f}: participants {parts} are not the authors {sorted(set(authors))}")
    if int(ms[4].group(1)) != len(blocks): errors.append(f"{f}: message count {ms[4].group(1)} != {len(blocks)}")
    if exp_t and prev and exp_t < prev: errors.append(f"{f}: exported before the last message")


# ---------------------------------------------------------------- 1544 ThaiAdmin (SMF 2.0) topic copy
TH_M = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
        "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
SMF_GROUPS = [(500, "Hero Member", 5), (250, "Sr. Member", 4), (100, "Full Member", 3), (50, "Jr. Member", 2), (0, "Newbie", 1)]


def th_date(f, s):
    m = re.fullmatch(r"(\d{1,2}) (\S+) (\d{4}), (\d\d:\d\d:\d\d)", s)
    if not m or m.group(2) not in TH_M: errors.append(f"{f}: not a board date: {s!r}"); return None
    d = dt_ok(f"{m.group(3)}-{TH_M.index(m.group(2)) + 1}-{m.group(1)} {m.group(4)}", "%Y-%m-%d %H:%M:%S")
    if not d: errors.append(f"{f}: invalid date {s!r}")
    return d


def check_smf(f, raw):
    L = lines_of(f, raw)
    if L[0] != "ThaiAdmin.org" or L[1] != "ยินดีต้อนรับคุณ, บุคคลทั่วไป กรุณา เข้าสู่ระบบ หรือ ลงทะเบียน": errors.append(f"{f}: not a ThaiAdmin guest page copy")
    clock = th_date(f, L[2])
    hm = re.fullmatch(r"ผู้เขียน หัวข้อ: (.+)  \(อ่าน (\d{1,3}(?:,\d{3})*) ครั้ง\)", L[7])
    if not hm: errors.append(f"{f}: topic head wrong: {L[7]!r}"); return
    subj = hm.group(1)
    trees = [l for l in L if l.startswith("ThaiAdmin.org » ")]
    if len(trees) != 2 or any(not t.endswith(" » " + subj) for t in trees): errors.append(f"{f}: link tree not ending in the subject (top and foot)")
    if not re.fullmatch(r"\d+ สมาชิก และ \d+ บุคคลทั่วไป กำลังดูหัวข้อนี้", L[8]): errors.append(f"{f}: viewing line wrong")
    if "Powered by SMF 2.0.19 | SMF © 2021, Simple Machines" not in L or not re.fullmatch(r"หน้านี้ถูกสร้างขึ้นภายใน \d\.\d{3} วินาที ด้วย \d+ คำสั่ง", L[-1]): errors.append(f"{f}: SMF footer missing")
    idx = [i for i, l in enumerate(L) if l in ("ออฟไลน์", "ออนไลน์")]
    if not idx: errors.append(f"{f}: no posts"); return
    counts, dates, prev = {}, [], None
    for k, i in enumerate(idx):
        who, grp, stars = L[i - 3], L[i - 2], L[i - 1]
        cm = re.fullmatch(r"กระทู้: (\d{1,3}(?:,\d{3})*)", L[i + 2])
        if L[i + 1] != "" or not cm: errors.append(f"{f}: post {k}: poster block wrong"); continue
        n = int(cm.group(1).replace(",", ""))
        if counts.setdefault(who, n) != n: errors.append(f"{f}: {who} shown with two post counts")
        g, s = next((g, s) for t, g, s in SMF_GROUPS if n >= t)
        if grp != g or stars != "*" * s: errors.append(f"{f}: {who}: group / stars {grp!r} {stars!r} do not fit {n} posts")
        if L[i + 5] != (subj if k == 0 else "Re: " + subj): errors.append(f"{f}: post {k}: subject line wrong")
        dm = re.fullmatch(r"« เมื่อ: (.+) »", L[i + 6]) if k == 0 else re.fullmatch(r"« ตอบกลับ #(\d+) เมื่อ: (.+) »", L[i + 6])
        if not dm or (k and dm.group(1) != str(k)): errors.append(f"{f}: post {k}: date line wrong: {L[i + 6]!r}"); continue
        d = th_date(f, dm.groups()[-1])
        if d and prev and d < prev: errors.append(f"{f}: post {k} older than the one before")
        if d and clock and d > clock: errors.append(f"{f}: post {k} after the board's clock")
        prev = d or prev
        dates.append((who, dm.groups()[-1]))
        end = next((j for j in range(i + 7, len(L)) if L[j] == "บันทึกการเข้า"), None)
        if end is None: errors.append(f"{f}: post {k} without บันทึกการเข้า"); continue
        for l in L[i + 7:end]:
            qm = re.fullmatch(r"อ้างถึง: (\S+) ที่ (.+)", l)
            if l.startswith("อ้างถึง") and (not qm or (qm.group(1), qm.group(2)) not in dates[:-1]): errors.append(f"{f}: post {k}: quote of no earlier post: {l!r}")
            em = re.fullmatch(r"« แก้ไขครั้งสุดท้าย: (.+) โดย (\S+) »", l)
            if l.startswith("« แก้ไข"):
                ed = th_date(f, em.group(1)) if em else None
                if not em or em.group(2) != who or not ed or (d and ed < d): errors.append(f"{f}: post {k}: edit line wrong: {l!r}")


# ---------------------------------------------------------------- 1545 Emailchef web version, Italian
IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
VOID = {"meta", "br", "img", "hr", "link", "input"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad, self.cards, self.attrs = [], [], [], []
    def handle_starttag(self, t, a):
        a = dict(a); self.attrs.append((t, a))
        if t == "div" and a.get("class") == "card": self.cards.append({"h2": 0, "autori": 0, "btn": 0, "depth": len(self.stack)})
        if self.cards and len(self.stack) > self.cards[-1]["depth"]:
            c = self.cards[-1]
            if t == "h2": c["h2"] += 1
            if t == "p" and a.get("class") == "autori": c["autori"] += 1; c["ltr"] = a.get("dir") == "ltr"
            if t == "a" and a.get("class") == "btn": c["btn"] += 1
        if t not in VOID: self.stack.append(t)
    def handle_endtag(self, t):
        if t in VOID: return
        if not self.stack or self.stack[-1] != t: self.bad.append(t)
        else: self.stack.pop()


def it_date(f, s, where):
    m = re.search(r"(" + "|".join(IT_WD) + r") (\d{1,2}) (" + "|".join(IT_M) + r") (\d{4})", s)
    if not m: errors.append(f"{f}: no Italian date in {where}"); return None
    d = dt.date(int(m.group(4)), IT_M.index(m.group(3)) + 1, int(m.group(2)))
    if IT_WD[d.weekday()] != m.group(1): errors.append(f"{f}: {where}: {m.group(0)} has the wrong weekday")
    return d


def check_emailchef(f, raw):
    lines_of(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"it\">"): errors.append(f"{f}: not an HTML5 page with lang=it")
    if '<meta charset="utf-8">' not in raw: errors.append(f"{f}: no UTF-8 meta")
    p = Tags(); p.feed(raw); p.close()
    if p.bad or p.stack: errors.append(f"{f}: tags not balanced: {p.bad[:3]} {p.stack[:3]}")
    for t, a in p.attrs:
        for k in ("href", "src"):
            if k in a and not a[k].startswith("https://"): errors.append(f"{f}: {t} {k} not https: {a[k]!r}")
    if re.search(r"&(?![a-zA-Z]+;|#\d+;)", raw): errors.append(f"{f}: a bare & in the HTML")
    tm = re.search(r"<title>AIScienza – n\. (\d+), (\w+) (\d{4})</title>", raw)
    mm = re.search(r"Newsletter del Laboratorio di IA per le Scienze – n\. (\d+) · (\w+) (\d{4})</p>", raw)
    if not tm or not mm or tm.groups() != mm.groups(): errors.append(f"{f}: title and masthead disagree on number / month / year")
    intro = re.search(r"<p>Care colleghe.*?</p>", raw, re.S)
    di = it_date(f, intro.group(0) if intro else "", "the intro")
    sm = re.search(r"<strong>Seminario:</strong>[^<]*", raw)
    ds = it_date(f, sm.group(0) if sm else "", "the seminar line")
    if di and ds and ds <= di: errors.append(f"{f}: the seminar is not after the issue")
    if di and tm and (IT_M[di.month - 1], str(di.year)) != (tm.group(2), tm.group(3)): errors.append(f"{f}: the intro's date is not in the issue's month")
    for c in p.cards:
        if c["h2"] and (c["autori"] != 1 or not c.get("ltr") or c["btn"] > 1): errors.append(f"{f}: a card without one LTR author line or with more than one button")
    if not re.search(r'<div style="display:none;[^"]*">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader")
    cs = set(re.findall(r'href="https://app\.emailchef\.com/(?:w|unsubscribe|profile)/\?c=(\d+)&amp;s=(\w+)"', raw))
    kinds = re.findall(r'href="https://app\.emailchef\.com/(w|unsubscribe|profile)/', raw)
    if len(cs) != 1 or sorted(kinds) != ["profile", "unsubscribe", "w"]: errors.append(f"{f}: web-version / unsubscribe / profile links not one c / s pair on app.emailchef.com")
    if 'alt="Inviata con Emailchef"' not in raw: errors.append(f"{f}: no Emailchef badge")


# ---------------------------------------------------------------- 1546 मायबोली page copy (negative)
def check_maayboli(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["मायबोली", "मुख्यपान  नवीन लेखन  गुलमोहर  ग्रुप्स  मायबोली शोध  मदत", "प्रवेश | सभासद व्हा"]: errors.append(f"{f}: site header / menu / login links wrong")
    if L[-2:] != ["मायबोली | संपर्क | नियम व अटी", "© 1996-2024 मायबोली.कॉम"]: errors.append(f"{f}: no footer")
    if not L[3].startswith("Home » ") or L[3].split(" » ")[-1] != L[4]: errors.append(f"{f}: breadcrumb does not end in the title")
    subs = [(i, re.fullmatch(r"Submitted by (\S+) on (.+)", l)) for i, l in enumerate(L) if l.startswith("Submitted by")]
    if not subs or subs[0][0] != 5: errors.append(f"{f}: no Submitted by line under the title"); return
    times = []
    for i, m in subs:
        d = dt_ok(m.group(2), "%d %B, %Y - %H:%M") if m else None
        if not d: errors.append(f"{f}: bad Submitted by line: {L[i]!r}"); continue
        if i != 5 and L[i - 1] != m.group(1): errors.append(f"{f}: comment name {L[i - 1]!r} is not its Submitted by name")
        times.append(d)
    if times != sorted(times) or len(set(times[:1]) & set(times[1:])): errors.append(f"{f}: comment dates not after the post and in order")
    if not any(l.startswith("शब्दखुणा: ") for l in L) or "प्रकार: लेखनाचा धागा" not in L: errors.append(f"{f}: tags / type lines missing")
    cm = next((re.fullmatch(r"प्रतिसाद \((\d+)\)", l) for l in L if l.startswith("प्रतिसाद (")), None)
    if not cm or int(cm.group(1)) != len(subs) - 1: errors.append(f"{f}: comment count != {len(subs) - 1}")
    seen = [subs[0][1].group(1)] if subs[0][1] else []
    for i, m in subs[1:]:
        if not m: continue
        k = i + 1
        while k < len(L) and L[k] and not L[k].startswith("Submitted by"):
            for at in re.findall(r"@(\S+)", L[k]):
                if at not in seen[1:] and at != seen[0]: errors.append(f"{f}: @{at} is no earlier commenter")
            k += 1
        seen.append(m.group(1))
    for isbn in re.findall(r"ISBN ([\d-]{17})", raw):
        d_ = isbn.replace("-", "")
        if (10 - sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(d_[:12])) % 10) % 10 != int(d_[12]): errors.append(f"{f}: ISBN {isbn} check digit wrong")


def shape_checks(f, raw, path):
    n = num(f)
    {1537: check_technion, 1538: check_gongfeng, 1539: check_activemail, 1540: check_ikee, 1541: check_bibtex,
     1542: check_avalform, 1543: check_whaller, 1544: check_smf, 1545: check_emailchef,
     1546: check_maayboli}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round152's and round153's, a byte-identical file counted once), and the round152/round153 split (candidates sorted by
# (uses, catalogue title); round152 = even positions from 4 on, one unbroken run; round153 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P153S = ["/work/rounds/digests-round153/expected.json", "/work/main/tests/data/digests-round153/expected.json"]
P153 = next((p for p in P153S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P153S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round152", "digests-round153") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round152 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r153 = set()
if P153:
    try:
        r153 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P153)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P153} exists but could not be read (being written?)")
    if r153 & mine: errors.append(f"papers also in round153: {sorted(r153 & mine)}")
shared153 = len(r153 & mine) if P153 else "(no round153 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round152 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round153: {shared153}; papers in more than one round152 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

