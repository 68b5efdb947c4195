#!/usr/bin/env python3
r"""Checks round88/expected.json against the digests and the shared catalogues.

Adapted from round87/validate.py (the label checks are the same code; the reuse report is round87's with round88 /
round89 in place of round87 / round86: round88 holds the even positions from 2; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round88's and round89's own (a
digests-round88 / digests-round89 folder, or a file whose bytes equal round88's or round89's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round88 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last paper; it
fails on a paper shared with round89's expected.json (read only, from /work/rounds/digests-round89/ or
/work/main/tests/data/digests-round89/, when it exists), and on a paper in more than one round88 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 897 its RFC 2047 header words decoded; 901
without BibTeX braces and with `\url{…}` unwrapped; 902 every CSV cell; everything: HTML entities undone once and
twice, percent-escapes undone. Titles are matched after whitespace normalisation and case-blind (897's, 898's and
903's titles split over lines need it); a title found only that way (or only in a decoded form) is reported as a
`note:`.

Shape checks (lean, grammar-level): 897 KMail message (ASCII headers in KMail's order with RFC 2047 words of at most
75 characters, RFC 5322 date, KMail Message-ID and User-Agent, `8Bit` UTF-8 text/plain, LF; the user's text wrapped at
78 columns above `-- ` and the signature; KMail's forward block: the `Пересланное сообщение` line, a blank, Тема /
Дата / От / Кому, a blank, the forwarded text, the 41-dash closing line last; in it arXiv's mailing: 78-dash rules,
the `received from … to …` window, `%%%---` separators, entries `\\` / `arXiv:ID` / `replaced with revised version
<date> GMT (Nkb,D)` / blank / Title / Authors / Categories / optional Comments (two-space continuations, at most 79
columns) / `\\ ( https://arxiv.org/abs/ID , Nkb)` with the same id and size, replacement times inside the window); 898
CampusSquare syllabus paste (chrome lines, the two tables as `label<TAB>value` rows in the system's order, bare
continuation lines, 授業計画 sessions 第1回… numbered without gaps on weekly dates of one weekday, `URL （…）` lines under
参考URL, `更新日時`, the footer); 899 mdBook 0.4 page (doctype, generator comment, `<html lang class dir>`, the title
`chapter - book`, ToC items numbered from 1 with one active chapter, prev / next links in both navigations equal the
ToC neighbours, one `<main>` with the template's indentation, heading ids = mdBook's normalised text with `<a
class="header" href="#id">`, unique ids, tables in `table-wrapper` with as many cells as headers and the headers'
alignment, balanced elements, book.js last); 900 MDPI references (`N. ` numbers unique, authors `Surname, I.I.;` …,
one of the MDPI tails — proceedings with place, dates and `pp. a–b`, journal `Year, Vol, a–b`, `arXiv Year, arXiv:ID`,
`Available online: URL (accessed on D Month YYYY)`, a book `Publisher: City, Country, Year` — en dashes in ranges, the
link labels `[Google Scholar]`, `[CrossRef]`, `[Green Version]` in that order, notes only as ` → ` lines under an
entry); 901 .bib (balanced entries, unique keys, `%` comments outside entries; PMLR entries in PMLR's field order and
separators with volume / url / pdf agreeing with the key; NeurIPS entries one-space indented with sorted fields;
OpenReview entries with the key on its own line and unindented fields; arXiv exports six-space indented with `url` =
the abs URL of `eprint`; other entries aligned on one `=` column); 902 Rayyan CSV (header, thirteen cells a row, bytes
= minimal-quoting CSV with LF, `rayyan-` keys unique, years, URLs, the `notes` grammar — INCLUSION / EXCLUSION-REASONS
/ LABELS / USER-NOTES in order, decisions Included / Excluded / Maybe, reasons exactly when someone excluded, one
reviewer set, USER-NOTES by reviewers); 903 newsmth same-topic text (the path line, posts of 发信人 / 标 题 / 发信站 lines
with one board, `Re: ` + the first title for replies, ctime dates on their weekday and non-decreasing, quote blocks
naming an earlier poster with his nick and `: ` lines, `--`, an optional 修改 line by the poster, the 来源 line with a
masked address, one blank line between posts); 904 EmailOctopus web version (XHTML 1.0 Transitional doctype and
namespace, Content-Type meta first, the hidden preheader first in the body, every table `role="presentation"`, every
image with `alt` and self-closed, absolute links, no script, the unsubscribe link and the EmailOctopus badge,
balanced); 905 Nikola bootblog4 page (Nikola's `<html prefix vocab lang>`, the generator meta, `<title>` = entry title
| blog title = og:title's, canonical = og:url, `<time>` datetime = article:published_time with title and text as
Nikola shows it, article:tag metas = the tag list, docutils sections with ids from make_id — `idN` when nothing ASCII
is left — and no raw `"` or `@` in docutils text, HTML5 void tags, the Nikola footer, balanced); 906 Luma page paste
(the landmarks in order, the date on its weekday in 2024, the `GMT+N` time range, hosts listed as in the `Hosted by`
line, `N Going` = the names shown + others).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, datetime, email.header, email.utils, html, io, json, os, re, sys, unicodedata
from collections import Counter
from html.parser import HTMLParser
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

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def mime_headers(raw):
    head = raw.split("\n\n", 1)[0]
    out = []
    for line in re.sub(r"\n[ \t]+", " ", head).split("\n"):
        if ":" in line:
            name, val = line.split(":", 1)
            out.append(name + ": " + str(email.header.make_header(email.header.decode_header(val.strip()))))
    return "\n".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 897: forms.append(mime_headers(raw))
    if n == 901: forms.append(re.sub(r"\\url\{([^{}]*)\}", r"\1", raw).replace("{", "").replace("}", ""))
    if n == 902: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw)) for c in row))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms

# ---------------------------------------------------------------- shape checks
VOID = {"meta", "link", "img", "br", "hr", "input"}


class Balance(HTMLParser):
    def __init__(self, optional=()):
        super().__init__(convert_charrefs=True); self.st, self.bad, self.opt = [], [], set(optional)

    def handle_starttag(self, tag, attrs):
        if tag not in VOID and tag not in self.opt: self.st.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID: self.bad.append(f"<{tag} … /> self-closed")

    def handle_endtag(self, tag):
        if tag in VOID or tag in self.opt: return
        if not self.st or self.st[-1] != tag: self.bad.append(f"</{tag}> closes <{self.st[-1] if self.st else '-'}>")
        else: self.st.pop()


def html_balanced(s, optional=()):
    b = Balance(optional); b.feed(s); b.close()
    return b.bad[:1] + ([f"{len(b.st)} element(s) not closed: {b.st[:3]}"] if b.st else [])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# ---- 897 KMail
KM_ORDER = ["From", "To", "Subject", "Date", "Message-ID", "Organization", "MIME-Version", "Content-Transfer-Encoding",
            "Content-Type", "User-Agent"]
KM_FWD = "----------  Пересланное сообщение  ----------"
ARX_RULE, ARX_PCT = "-" * 78, "%%%---" * 13


def arx_time(s):
    return datetime.datetime.strptime(s, "%a %d %b %y %H:%M:%S")


def check_kmail(f, raw):
    lf_final(f, raw)
    if "\n\n" not in raw: errors.append(f"{f}: no blank line after the headers"); return
    head, body = raw.split("\n\n", 1)
    if not head.isascii(): errors.append(f"{f}: raw non-ASCII in the headers (KMail writes RFC 2047 words)")
    names = []
    for line in head.split("\n"):
        if line[:1] in (" ", "\t"):
            if not names: errors.append(f"{f}: a continuation line first")
            continue
        m = re.match(r"([A-Za-z-]+): (.*)", line)
        if not m: errors.append(f"{f}: header line {line[:30]!r} not 'Name: value'"); continue
        names.append(m.group(1))
    if names != [n for n in KM_ORDER if n in names] or set(KM_ORDER) - {"Organization"} - set(names):
        errors.append(f"{f}: headers {names} not KMail's set / order")
    for w in re.findall(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", head):
        if len(w) > 75: errors.append(f"{f}: encoded word longer than 75 characters")
    try:
        mime_headers(raw)
    except Exception as ex:
        errors.append(f"{f}: an encoded word does not decode ({ex})")
    hd = dict(re.match(r"([A-Za-z-]+): (.*)", l).groups() for l in re.sub(r"\n[ \t]+", " ", head).split("\n")
              if re.match(r"([A-Za-z-]+): (.*)", l))
    if not re.fullmatch(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", hd.get("Date", "")):
        errors.append(f"{f}: Date not KMail's RFC 5322 form")
    if not re.fullmatch(r"<\d{6,8}\.[A-Za-z0-9+/]{10}@[\w.-]+>", hd.get("Message-ID", "")):
        errors.append(f"{f}: Message-ID not KMail's <number.random@host>")
    if not re.fullmatch(r"KMail/\d+\.\d+\.\d+ \(Linux/[\w.-]+; KDE/[\d.]+; x86_64; ; \)", hd.get("User-Agent", "")):
        errors.append(f"{f}: User-Agent not KMail's")
    if hd.get("Content-Transfer-Encoding") != "8Bit" or hd.get("Content-Type") != 'text/plain; charset="utf-8"' or \
            hd.get("MIME-Version") != "1.0":
        errors.append(f"{f}: not an 8Bit UTF-8 text/plain MIME message")
    ls = body.split("\n")[:-1]
    if any(len(l.encode("utf-8")) > 998 for l in ls): errors.append(f"{f}: a line longer than 998 octets")
    fw = [i for i, l in enumerate(ls) if l == KM_FWD]
    if len(fw) != 1: errors.append(f"{f}: {len(fw)} KMail forward lines (want 1)"); return
    k = fw[0]
    if ls[-1:] != ["-" * 41]: errors.append(f"{f}: the forward does not end with KMail's 41-dash line")
    hdr = ls[k + 1:k + 7]
    if len(hdr) < 6 or hdr[0] != "" or hdr[5] != "" or [h.split(":")[0] for h in hdr[1:5]] != ["Тема", "Дата", "От", "Кому"]:
        errors.append(f"{f}: forward header not KMail's (blank, Тема, Дата, От, Кому, blank)")
    own = ls[:k]
    if "-- " not in own: errors.append(f"{f}: no signature separator '-- ' before the forward")
    for i, l in enumerate(own, 1):
        if len(l) > 78 and " " in l.strip(): errors.append(f"{f}: body line {i} longer than KMail's 78-column wrap")
    fwd = ls[k + 7:-1]
    if fwd[:2] != [ARX_RULE, ARX_RULE]: errors.append(f"{f}: forwarded mailing does not open with two rules")
    win = [re.fullmatch(r" received from  (\w{3} \d{2} \w{3} \d{2} [\d:]{8}) GMT  to  (\w{3} \d{2} \w{3} \d{2} [\d:]{8}) GMT", l)
           for l in fwd]
    win = [m for m in win if m]
    if len(win) != 1: errors.append(f"{f}: no single 'received from … to …' line"); return
    t0, t1 = arx_time(win[0].group(1)), arx_time(win[0].group(2))
    if not t0 < t1: errors.append(f"{f}: mailing window backwards")
    for i, l in enumerate(fwd):
        if len(l) > 79: errors.append(f"{f}: mailing line longer than 79 columns: {l[:30]!r}")
    starts = [i for i, l in enumerate(fwd) if l == "\\\\"]
    if not starts: errors.append(f"{f}: no mailing entries")
    for s in starts:
        e = s + 1
        while e < len(fwd) and fwd[e] not in (ARX_RULE, ARX_PCT): e += 1
        ent = fwd[s + 1:e]
        ma = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", ent[0] if ent else "")
        mr = re.fullmatch(r"replaced with revised version (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8}) GMT   \((\d+)kb,D\)",
                          ent[1] if len(ent) > 1 else "")
        if not ma or not mr or ent[2:3] != [""]: errors.append(f"{f}: mailing entry at {s} lacks arXiv / replaced / blank lines"); continue
        when = datetime.datetime.strptime(mr.group(1), "%a, %d %b %Y %H:%M:%S")
        if not t0 <= when <= t1: errors.append(f"{f}: {ma.group(1)} replaced outside the mailing window")
        fields, cur = [], None
        for l in ent[3:-1]:
            if l.startswith("  ") and fields: continue
            mf = re.match(r"(Title|Authors|Categories|Comments): \S", l)
            if not mf: errors.append(f"{f}: {ma.group(1)}: field line {l[:30]!r}"); continue
            fields.append(mf.group(1))
        if fields not in (["Title", "Authors", "Categories"], ["Title", "Authors", "Categories", "Comments"]):
            errors.append(f"{f}: {ma.group(1)}: fields {fields}")
        mt = re.fullmatch(r"\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{4,5}) ,  (\d+)kb\)", ent[-1])
        if not mt or mt.group(1) != ma.group(1) or mt.group(2) != mr.group(2):
            errors.append(f"{f}: {ma.group(1)}: trailer not '\\\\ ( URL ,  Nkb)' with the entry's id and size")
        if e >= len(fwd): errors.append(f"{f}: {ma.group(1)}: entry not closed by a rule")


# ---- 898 CampusSquare
CS_BASIC = ["開講年度", "開講学期", "科目分類", "授業科目名", "授業科目名（英語）", "時間割コード", "曜日時限", "単位数",
            "担当教員", "開講所属", "授業形態", "使用言語"]
CS_DETAIL = ["授業の目的・概要", "到達目標", "授業計画", "授業時間外の学修", "成績評価の方法・基準", "教科書", "参考書",
             "参考URL", "履修上の注意", "オフィスアワー", "連絡先"]


def cs_table(f, ls, k, labels):
    """rows from ls[k] up to the blank line; returns (index of the blank, {label: [lines]})"""
    got, cur = {}, None
    while k < len(ls) and ls[k] != "":
        l = ls[k]
        if "\t" in l:
            lab, val = l.split("\t", 1)
            if lab in got: errors.append(f"{f}: line {k + 1}: {lab} twice")
            if not val or "\t" in val: errors.append(f"{f}: line {k + 1}: not one label and one value")
            got[lab] = [val]; cur = lab
        elif cur is None: errors.append(f"{f}: line {k + 1}: a continuation line before any row")
        else: got[cur].append(l)
        k += 1
    if list(got) != labels: errors.append(f"{f}: table rows {list(got)} not the system's {labels}")
    return k, got


def check_campussquare(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:5] != ["ＣａｍｐｕｓＳｑｕａｒｅ", "シラバス参照", "閉じる\t印刷用画面", "", "講義基本情報"]:
        errors.append(f"{f}: page chrome / first section heading not CampusSquare's"); return
    k, basic = cs_table(f, ls, 5, CS_BASIC)
    if ls[k:k + 2] != ["", "講義詳細情報"]: errors.append(f"{f}: line {k + 2}: no 講義詳細情報 section"); return
    k, det = cs_table(f, ls, k + 2, CS_DETAIL)
    if not re.fullmatch(r"更新日時\t\d{4}/\d{2}/\d{2} \d{2}:\d{2}", ls[k + 1] if k + 1 < len(ls) else ""):
        errors.append(f"{f}: no 更新日時 row after the tables")
    if not ls[-1].startswith("Copyright"): errors.append(f"{f}: no footer")
    year = int(basic.get("開講年度", ["0"])[0]) if basic.get("開講年度", ["0"])[0].isdigit() else 0
    sess, prev = 0, None
    for l in det.get("授業計画", []):
        m = re.match(r"第(\d+)回（(\d{1,2})/(\d{1,2})）\S", l)
        if not m:
            if l.startswith("第"): errors.append(f"{f}: session line {l[:20]!r} malformed")
            continue
        sess += 1
        if int(m.group(1)) != sess: errors.append(f"{f}: session {m.group(1)} where {sess} was due")
        try:
            d = datetime.date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            errors.append(f"{f}: session {sess}: bad date"); continue
        if prev and (d - prev).days != 7: errors.append(f"{f}: session {sess} not a week after the previous one")
        prev = d
    if sess != 15: errors.append(f"{f}: {sess} sessions (a semester has 15)")
    for l in det.get("参考URL", []):
        if not re.fullmatch(r"https?://\S+ （[^）]+）", l): errors.append(f"{f}: 参考URL line {l[:30]!r} not 'URL （…）'")


# ---- 899 mdBook
def md_id(s):
    return "".join(c.lower() if c.isalnum() or c in "_-" else "-" if c.isspace() else "" for c in s.strip())


def check_mdbook(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE HTML>\n<html lang="ko" class="light" dir="ltr">\n    <head>\n'
                          '        <!-- Book generated using mdBook -->\n        <meta charset="UTF-8">\n'):
        errors.append(f"{f}: does not open like an mdBook 0.4 page")
    toc = re.findall(r'<li class="chapter-item expanded "><a href="([^"]+)"( class="active")?><strong aria-hidden="true">'
                     r'(\d+)\.</strong> ([^<]+)</a></li>', raw)
    if [int(t[2]) for t in toc] != list(range(1, len(toc) + 1)): errors.append(f"{f}: ToC not numbered 1, 2, 3 …")
    act = [i for i, t in enumerate(toc) if t[1]]
    if len(act) != 1: errors.append(f"{f}: {len(act)} active chapters in the ToC"); return
    a = act[0]
    mt = re.search(r"<title>(.*?)</title>", raw)
    book = re.search(r'<h1 class="menu-title">(.*?)</h1>', raw)
    if not mt or not book or mt.group(1) != f"{toc[a][3]} - {book.group(1)}": errors.append(f"{f}: <title> not 'chapter - book'")
    for cls in ("mobile-nav-chapters", "nav-chapters"):
        prv = re.findall(rf'<a rel="prev" href="([^"]+)" class="{cls} previous"', raw)
        nxt = re.findall(rf'<a rel="next prefetch" href="([^"]+)" class="{cls} next"', raw)
        if prv != ([toc[a - 1][0]] if a > 0 else []) or nxt != ([toc[a + 1][0]] if a + 1 < len(toc) else []):
            errors.append(f"{f}: {cls} prev / next not the ToC neighbours")
    mm = re.findall(r"\n                    <main>\n                        (.*?)\n                    </main>\n", raw, re.S)
    if len(mm) != 1: errors.append(f"{f}: not one <main> in the template's indentation"); return
    main = mm[0]
    ids = []
    for lvl, i, href, text in re.findall(r'<h(\d) id="([^"]*)"><a class="header" href="#([^"]*)">(.*?)</a></h\1>', main):
        ids.append(i)
        if i != href or i != md_id(re.sub(r"<[^>]+>", "", html.unescape(text))): errors.append(f"{f}: heading id {i!r} not mdBook's")
    if len(re.findall(r"<h\d", main)) != len(ids): errors.append(f"{f}: a heading without mdBook's anchor")
    if len(set(ids)) != len(ids): errors.append(f"{f}: heading ids not unique")
    for t in re.findall(r"<table>.*?</table>", main, re.S):
        if not re.search(r'<div class="table-wrapper"><table>' + re.escape(t[7:]), main): errors.append(f"{f}: table outside table-wrapper")
        th = re.findall(r"<th( style=\"text-align: \w+\")?>", t)
        for row in re.findall(r"<tr><td.*?</tr>", t):
            td = re.findall(r"<td( style=\"text-align: \w+\")?>", row)
            if td != th: errors.append(f"{f}: table row with {len(td)} cells or alignments unlike the header's {len(th)}")
    for b in html_balanced(raw.split("\n", 1)[1]): errors.append(f"{f}: {b}")
    if not raw.endswith('<script src="book.js"></script>\n\n        <!-- Custom JS scripts -->\n\n\n    </div>\n    </body>\n</html>\n'):
        errors.append(f"{f}: does not end with mdBook's scripts and closing tags")


# ---- 900 MDPI references
MDPI_AU = r"[^\s,;][^,;]*, (?:[A-Z]\.(?:-[A-Z]\.)?)+"
MDPI_TAILS = [
    r"In Proceedings of the .+, [^,]+, (?:[A-Z]{2}, )?[A-Z][\w ]+, \d{1,2}–\d{1,2} (?:%s) \d{4}; pp\. \d+–\d+\." % "|".join(MONTHS),
    r"[A-Z][\w.]*(?: [A-Z][\w.]*)* \d{4}, \d+, \d+–\d+\.",
    r"arXiv \d{4}, arXiv:\d{4}\.\d{4,5}\.",
    r"\d{4}\. Available online: https?://\S+ \(accessed on \d{1,2} (?:%s) \d{4}\)\." % "|".join(MONTHS),
    r"[^.;]+; [^:;]+: [^,;]+, [A-Z]{2}, [A-Z]{2,3}, \d{4}\.",
]


def check_mdpi(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    seen, prev_ref = set(), False
    for i, l in enumerate(ls, 1):
        if l.startswith("   → "):
            if not prev_ref: errors.append(f"{f}: line {i}: a note line not under a reference")
            continue
        m = re.match(r"(\d+)\. (.*)", l)
        prev_ref = bool(m)
        if not m: continue
        n, rest = int(m.group(1)), m.group(2)
        if n in seen: errors.append(f"{f}: line {i}: reference {n} twice")
        seen.add(n)
        ml = re.fullmatch(r"(.*?)( \[Google Scholar\])( \[CrossRef\])?( \[Green Version\])?", rest)
        if not ml: errors.append(f"{f}: line {i}: link labels not MDPI's ([Google Scholar] [CrossRef] [Green Version])"); continue
        ref = ml.group(1)
        ma = re.match(rf"({MDPI_AU}(?:; {MDPI_AU})*) (.*)", ref)
        if not ma: errors.append(f"{f}: line {i}: authors not 'Surname, I.I.; …'"); continue
        body = ma.group(2)
        if not any(re.search(r"(?:^|\. |; )" + t + "$", body) for t in MDPI_TAILS):
            errors.append(f"{f}: line {i}: reference tail not one of MDPI's forms")
        if re.search(r"\d-\d", re.sub(r"arXiv:\S+|https?://\S+", "", body)): errors.append(f"{f}: line {i}: a range with a hyphen, not an en dash")


# ---- 901 BibTeX
PMLR_ORDER = ["title", "author", "booktitle", "pages", "year", "editor", "volume", "series", "month", "publisher", "pdf",
              "url", "abstract"]
PMLR_SEP = {"author": " =       ", "publisher": " =    "}


def bib_entries(f, raw):
    """[(type, key, text of the entry, start line)]; `%` lines outside entries are comments"""
    out, i, line = [], 0, 1
    while i < len(raw):
        if raw[i] == "@":
            m = re.match(r"@(\w+)\{\n?([^,\s]+),", raw[i:])
            if not m: errors.append(f"{f}: line {line}: an entry without type and key"); return out
            depth, j = 0, i + raw[i:].index("{")
            while j < len(raw):
                if raw[j] == "{" and raw[j - 1] != "\\": depth += 1
                elif raw[j] == "}" and raw[j - 1] != "\\":
                    depth -= 1
                    if depth == 0: break
                j += 1
            if depth: errors.append(f"{f}: line {line}: entry {m.group(2)} not closed"); return out
            out.append((m.group(1), m.group(2), raw[i:j + 1], line))
            line += raw[i:j + 1].count("\n"); i = j + 1
            continue
        if raw[i] == "\n": line += 1; i += 1; continue
        eol = raw.find("\n", i)
        eol = len(raw) if eol < 0 else eol
        if raw[i:eol].strip() and not raw[i:eol].lstrip().startswith("%"):
            errors.append(f"{f}: line {line}: text outside entries that is not a % comment")
        i = eol
    return out


def check_bib(f, raw):
    lf_final(f, raw)
    ents = bib_entries(f, raw)
    keys_ = [k for _, k, _, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    for typ, key, t, ln in ents:
        ls = t.split("\n")
        if key.startswith("pmlr-v"):
            m = re.fullmatch(r"pmlr-v(\d+)-(\w+)", key)
            flds = []
            for l in ls[1:-1]:
                mf = re.fullmatch(r"  (\w+)( = \t | =       | =    )\{(.*)\},?", l)
                if not mf: errors.append(f"{f}: {key}: line {l[:30]!r} not PMLR's layout"); continue
                flds.append(mf.group(1))
                if mf.group(2) != PMLR_SEP.get(mf.group(1), " = \t "): errors.append(f"{f}: {key}: {mf.group(1)} separator not PMLR's")
                v = mf.group(3)
                if m and mf.group(1) == "volume" and v != m.group(1): errors.append(f"{f}: {key}: volume not the key's")
                if m and mf.group(1) == "url" and v != f"https://proceedings.mlr.press/v{m.group(1)}/{m.group(2)}.html":
                    errors.append(f"{f}: {key}: url not the key's page")
                if m and mf.group(1) == "pdf" and v != f"https://proceedings.mlr.press/v{m.group(1)}/{m.group(2)}/{m.group(2)}.pdf":
                    errors.append(f"{f}: {key}: pdf not the key's file")
            if typ != "InProceedings" or flds not in (PMLR_ORDER, PMLR_ORDER[:-1]): errors.append(f"{f}: {key}: not PMLR's type / field order")
            if ls[-2].endswith(","): errors.append(f"{f}: {key}: PMLR writes no comma after the last field")
        elif key.startswith("NEURIPS"):
            flds = [re.match(r" (\w+) = \{", l).group(1) if re.match(r" (\w+) = \{", l) else None for l in ls[1:-1]]
            if None in flds or flds != sorted(flds): errors.append(f"{f}: {key}: NeurIPS export not one-space indented in alphabetical order")
        elif t.startswith(f"@{typ}{{\n"):
            if ls[1] != key + ",": errors.append(f"{f}: {key}: OpenReview key line")
            if any(not re.fullmatch(r"\w+=\{.*\},", l) for l in ls[2:-1]): errors.append(f"{f}: {key}: OpenReview fields not unindented 'name={{…}},'")
        elif ls[1].startswith("      "):
            fl = {}
            for l in ls[1:-1]:
                mf = re.fullmatch(r"      (\w+)=\{(.*)\}, ?", l) or re.fullmatch(r"      (\w+)=\{(.*)\}", l)
                if not mf: errors.append(f"{f}: {key}: arXiv export line {l[:30]!r}"); continue
                fl[mf.group(1)] = mf.group(2)
            if fl.get("archivePrefix") != "arXiv" or not re.fullmatch(r"\d{4}\.\d{4,5}", fl.get("eprint", "")):
                errors.append(f"{f}: {key}: arXiv export without archivePrefix / eprint")
            if "url" in fl and fl["url"] != "https://arxiv.org/abs/" + fl.get("eprint", ""): errors.append(f"{f}: {key}: url not the eprint's abs page")
        else:
            cols = {l.index("=") for l in ls[1:-1] if "=" in l}
            if len(cols) != 1 or any(not re.match(r"  \w+ +=", l) for l in ls[1:-1]): errors.append(f"{f}: {key}: fields not aligned on one '=' column")


# ---- 902 Rayyan
RY_HEAD = ["key", "title", "authors", "journal", "issn", "volume", "issue", "pages", "year", "publisher", "url",
           "abstract", "notes"]


def check_rayyan(f, raw):
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw)))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not minimal-quoting CSV with LF (as Rayyan writes it)")
    if not rows or rows[0] != RY_HEAD: errors.append(f"{f}: header is not Rayyan's"); return
    keys_, reviewers = set(), None
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(RY_HEAD): errors.append(f"{f}: row {n}: {len(r)} cells"); continue
        d = dict(zip(RY_HEAD, r))
        if not re.fullmatch(r"rayyan-\d{9}", d["key"]) or d["key"] in keys_: errors.append(f"{f}: row {n}: key {d['key']!r}")
        keys_.add(d["key"])
        if d["year"] and not re.fullmatch(r"(19|20)\d\d", d["year"]): errors.append(f"{f}: row {n}: year")
        if d["url"] and not re.fullmatch(r"https?://\S+", d["url"]): errors.append(f"{f}: row {n}: url")
        segs = d["notes"].split(" | ")
        mi = re.fullmatch(r'RAYYAN-INCLUSION: \{(.*)\}', segs[0])
        if not mi: errors.append(f"{f}: row {n}: notes do not start with RAYYAN-INCLUSION"); continue
        dec = re.findall(r'"([^"]+)"=>"([^"]+)"', mi.group(1))
        if ", ".join(f'"{a}"=>"{b}"' for a, b in dec) != mi.group(1) or any(b not in ("Included", "Excluded", "Maybe") for _, b in dec):
            errors.append(f"{f}: row {n}: inclusion decisions not Rayyan's")
        names = [a for a, _ in dec]
        if reviewers is None: reviewers = names
        elif names != reviewers: errors.append(f"{f}: row {n}: reviewers {names} differ")
        tags = [s.split(":")[0] for s in segs[1:]]
        order = ["RAYYAN-EXCLUSION-REASONS", "RAYYAN-LABELS", "USER-NOTES"]
        if tags != [t for t in order if t in tags] or len(set(tags)) != len(tags): errors.append(f"{f}: row {n}: note segments {tags} out of order")
        if ("RAYYAN-EXCLUSION-REASONS" in tags) != any(b == "Excluded" for _, b in dec):
            errors.append(f"{f}: row {n}: exclusion reasons without an exclusion (or the reverse)")
        for s in segs[1:]:
            if s.startswith("USER-NOTES: "):
                for who in re.findall(r'"([^"]+)"=>\[', s):
                    if who not in names: errors.append(f"{f}: row {n}: a note by {who}, not a reviewer")


# ---- 903 newsmth
SM_FROM = re.compile(r"发信人: (\w+) \(([^()]+)\), 信区: (\w+)")
SM_SITE = re.compile(r"发信站: 水木社区 \((\w{3}) (\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4})\), 站内")
SM_SRC = re.compile(r"※ 来源:·水木社区 http://www\.newsmth\.net·\[FROM: \d+\.\d+\.\*\]")


def check_newsmth(f, raw):
    lf_final(f, raw)
    if not raw.startswith("水木社区 → 人工智能(AI) → 同主题阅读\n[返回版面] [首篇] [上一篇] [下一篇] [末篇]\n\n发信人: "):
        errors.append(f"{f}: does not open with the board path, the buttons and a post")
    chunks = raw.split("\n\n发信人: ")
    posts = ["发信人: " + c for c in chunks[1:]]
    board, first, prev, users = None, None, None, {}
    for n, p in enumerate(posts, 1):
        ls = p.rstrip("\n").split("\n")
        mf, mt, ms = SM_FROM.fullmatch(ls[0]), re.fullmatch(r"标  题: (.+)", ls[1]), SM_SITE.fullmatch(ls[2])
        if not (mf and mt and ms) or ls[3] != "": errors.append(f"{f}: post {n}: header not 发信人 / 标  题 / 发信站 + blank"); continue
        uid, nick, b = mf.groups()
        if users.setdefault(uid, nick) != nick: errors.append(f"{f}: post {n}: {uid} changes nick")
        if board is None: board = b
        elif b != board: errors.append(f"{f}: post {n}: board {b} not {board}")
        title = mt.group(1)
        if first is None:
            first = title
            if title.startswith("Re: "): errors.append(f"{f}: the first post is a reply")
        elif title != "Re: " + first: errors.append(f"{f}: post {n}: title not 'Re: ' + the first one's")
        try:
            t = datetime.datetime.strptime(f"{ms.group(2)} {ms.group(3).strip()} {ms.group(4)} {ms.group(5)}", "%b %d %H:%M:%S %Y")
            if t.strftime("%a") != ms.group(1): errors.append(f"{f}: post {n}: weekday not the date's")
            if prev and t < prev: errors.append(f"{f}: post {n}: earlier than the post before")
            prev = t
        except ValueError:
            errors.append(f"{f}: post {n}: bad date")
        if not SM_SRC.fullmatch(ls[-1]): errors.append(f"{f}: post {n}: last line not the 来源 line")
        if ls[-2].startswith("※ 修改:") and not re.fullmatch(rf"※ 修改:·{re.escape(uid)} 于 \w{{3}} [ \d]\d \d\d:\d\d:\d\d \d{{4}} 修改本文·\[FROM: \d+\.\d+\.\*\]", ls[-2]):
            errors.append(f"{f}: post {n}: 修改 line not by the poster / malformed")
        if "--" not in ls: errors.append(f"{f}: post {n}: no '--' signature line")
        for i, l in enumerate(ls):
            mq = re.fullmatch(r"【 在 (\w+) \(([^()]+)\) 的大作中提到: 】", l)
            if not mq: continue
            if users.get(mq.group(1)) != mq.group(2) or mq.group(1) not in {SM_FROM.fullmatch(q.split("\n")[0]).group(1) for q in posts[:n - 1] if SM_FROM.fullmatch(q.split("\n")[0])}:
                errors.append(f"{f}: post {n}: quotes {mq.group(1)}, not an earlier poster with that nick")
            j = i + 1
            while j < len(ls) and ls[j] != "":
                if not (ls[j].startswith(": ") or ls[j] == ":"): errors.append(f"{f}: post {n}: quoted line without ': '")
                j += 1
    if not posts: errors.append(f"{f}: no posts")


# ---- 904 EmailOctopus
def check_emailoctopus(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="'):
        errors.append(f"{f}: not an XHTML 1.0 Transitional e-mail document")
    if not re.search(r'<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />', raw):
        errors.append(f"{f}: Content-Type meta not first in the head")
    if not re.search(r'<body[^>]*>\n<div style="display:none;[^"]*">[^<]+</div>\n<table', raw):
        errors.append(f"{f}: no hidden preheader first in the body")
    if re.search(r"<script\b", raw, re.I): errors.append(f"{f}: a script in an e-mail")
    for t in re.findall(r"<table\b[^>]*>", raw):
        if 'role="presentation"' not in t: errors.append(f"{f}: a layout table without role=\"presentation\"")
    for t in re.findall(r"<(?:img|meta|br)\b[^>]*>", raw):
        if not t.endswith(" />"): errors.append(f"{f}: {t[:30]} not self-closed (XHTML)")
        if t.startswith("<img") and not re.search(r'\salt="[^"]*"', t): errors.append(f"{f}: an image without alt")
    for h in re.findall(r'href="([^"]*)"', raw):
        if not re.match(r"(https?://|mailto:)", h): errors.append(f"{f}: relative link {h[:30]}")
    if not re.search(r'<a href="https://[^"]+/unsubscribe/[^"]+"', raw) or 'alt="Sent with EmailOctopus"' not in raw:
        errors.append(f"{f}: no EmailOctopus footer (unsubscribe link, badge)")
    for b in html_balanced(raw.split("\n", 1)[1]): errors.append(f"{f}: {b}")


# ---- 905 Nikola
def du_id(s):
    """docutils' make_id: NFKD to ASCII, lower-case, runs of other characters to '-', stripped"""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def check_nikola(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# " '
                          'vocab="http://ogp.me/ns" lang="'):
        errors.append(f"{f}: does not open like a Nikola page")
    if '<meta name="generator" content="Nikola (getnikola.com)">' not in raw: errors.append(f"{f}: no Nikola generator meta")
    mh = re.search(r'<h1 class="p-name entry-title" itemprop="headline name"><a href="\." class="u-url">(.*?)</a></h1>', raw)
    bt = re.search(r'<span id="blog-title">(.*?)</span>', raw)
    mt = re.search(r"<title>(.*?)</title>", raw)
    og = re.search(r'<meta property="og:title" content="([^"]*)">', raw)
    if not (mh and bt and mt and og) or mt.group(1) != f"{mh.group(1)} | {bt.group(1)}" or og.group(1) != mh.group(1):
        errors.append(f"{f}: <title>, og:title and the entry title disagree")
    cu, ou = re.search(r'<link rel="canonical" href="([^"]+)">', raw), re.search(r'<meta property="og:url" content="([^"]+)">', raw)
    if not cu or not ou or cu.group(1) != ou.group(1): errors.append(f"{f}: canonical and og:url differ")
    pt = re.search(r'<meta property="article:published_time" content="([^"]+)">', raw)
    tm = re.search(r'<time class="published dt-published" datetime="([^"]+)" itemprop="datePublished" title="([^"]+)">([^<]+)</time>', raw)
    if not pt or not tm or pt.group(1) != tm.group(1): errors.append(f"{f}: published time and <time> differ")
    else:
        try:
            d = datetime.datetime.fromisoformat(tm.group(1))
            if d.utcoffset() is None or not tm.group(2) == tm.group(3) == d.strftime("%Y-%m-%d %H:%M"):
                errors.append(f"{f}: <time> title / text not the datetime as Nikola shows it")
        except ValueError:
            errors.append(f"{f}: datetime not ISO")
    mtags = re.findall(r'<meta property="article:tag" content="([^"]+)">', raw)
    ltags = re.findall(r'<li><a class="tag p-category" href="\.\./\.\./categories/([^/]+)/" rel="tag">([^<]+)</a></li>', raw)
    if not mtags or [t for _, t in ltags] != mtags or any(a != b for a, b in ltags): errors.append(f"{f}: tag metas and tag list differ")
    k = 0
    ids = re.findall(r'<div class="section" id="([^"]+)">\n<h2>(.*?)</h2>', raw)
    if len(ids) != raw.count('<div class="section"'): errors.append(f"{f}: a docutils section without its <h2>")
    for i, h in ids:
        want = du_id(html.unescape(re.sub(r"<[^>]+>", "", h)))
        if not want: k += 1; want = f"id{k}"
        if i != want: errors.append(f"{f}: section id {i!r} not docutils' ({want!r})")
    if len({i for i, _ in ids}) != len(ids): errors.append(f"{f}: section ids not unique")
    mc = re.search(r'<div class="e-content entry-content" itemprop="articleBody text">(.*?)\n    </div>\n    <aside', raw, re.S)
    if not mc: errors.append(f"{f}: no entry-content")
    elif re.search(r'["@]', re.sub(r"<[^>]*>", "", mc.group(1))): errors.append(f"{f}: a raw '\"' or '@' in docutils text (it encodes them)")
    if "/>" in raw: errors.append(f"{f}: an XHTML-style self-closed tag (Nikola writes HTML5)")
    if not re.search(r'Powered by\s+<a href="https://getnikola\.com" rel="nofollow">Nikola</a>', raw): errors.append(f"{f}: no Nikola footer")
    for b in html_balanced(raw.split("\n", 1)[1]): errors.append(f"{f}: {b}")


# ---- 906 Luma
LUMA_MARKS = ["Registration", "About Event", "Location", "Hosted By", "Contact the Host", "Report Event"]


def check_luma(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["Explore Events"] or not re.fullmatch(r"\d{1,2}:\d{2} (AM|PM) GMT\+\d{1,2}", ls[1] if len(ls) > 1 else "") or \
            ls[2:3] != ["Sign In"]:
        errors.append(f"{f}: top bar not Luma's (Explore Events, time, Sign In)"); return
    mh = re.fullmatch(r"Hosted by (.+) & (.+)", ls[4] if len(ls) > 4 else "")
    md = re.fullmatch(r"(\w+), (%s) (\d{1,2})" % "|".join(MONTHS), ls[5] if len(ls) > 5 else "")
    if not mh or not md or not re.fullmatch(r"\d{1,2}:\d{2} (AM|PM) - \d{1,2}:\d{2} (AM|PM) GMT\+\d{1,2}", ls[6]):
        errors.append(f"{f}: title block not title / Hosted by / date / time range"); return
    if datetime.date(2024, MONTHS.index(md.group(2)) + 1, int(md.group(3))).strftime("%A") != md.group(1):
        errors.append(f"{f}: weekday not the date's (2024)")
    idx = [ls.index(m) if m in ls else -1 for m in LUMA_MARKS]
    if -1 in idx or idx != sorted(idx): errors.append(f"{f}: Luma sections {LUMA_MARKS} missing or out of order"); return
    hb = ls[idx[3] + 1:]
    mg = [i for i, l in enumerate(hb) if re.fullmatch(r"\d+ Going", l)]
    if not mg: errors.append(f"{f}: no 'N Going'"); return
    if hb[:mg[0]] != [mh.group(1), mh.group(2)]: errors.append(f"{f}: Hosted By list not the hosts of the title block")
    going = int(hb[mg[0]].split()[0])
    mo = re.fullmatch(r"(\w+), (\w+) and (\d+) others", hb[mg[0] + 1] if mg[0] + 1 < len(hb) else "")
    if not mo or int(mo.group(3)) + 2 != going: errors.append(f"{f}: attendee names + others != {going} Going")
    if ls[-1] != "luma": errors.append(f"{f}: no Luma footer")


def shape_checks(f, raw, path):
    n = num(f)
    {897: check_kmail, 898: check_campussquare, 899: check_mdbook, 900: check_mdpi, 901: check_bib,
     902: check_rayyan, 903: check_newsmth, 904: check_emailoctopus, 905: check_nikola,
     906: check_luma}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)
# ---------------------------------------------------------------- label checks

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
            if aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round88's and round89's, a byte-identical file counted once), and the round88/round89 split (candidates sorted by
# (uses, catalogue title); round88 = even positions from 2 on, one unbroken run; round89 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P89S = ["/work/rounds/digests-round89/expected.json", "/work/main/tests/data/digests-round89/expected.json"]
P89 = next((p for p in P89S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P89S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round88", "digests-round89") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 2) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round88 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r89 = set()
if P89:
    try:
        r89 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P89)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P89} exists but could not be read (being written?)")
    if r89 & mine: errors.append(f"papers also in round89: {sorted(r89 & mine)}")
shared89 = len(r89 & mine) if P89 else "(no round89 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round88 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round89: {shared89}; papers in more than one round88 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
