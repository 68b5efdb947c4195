#!/usr/bin/env python3
r"""Checks round92/expected.json against the digests and the shared catalogues.

Adapted from round90/validate.py (the label checks are the same code; the reuse report is round90's with round92 /
round93 in place of round90 / round91: round92 holds the even positions from 2; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round92's and round93's own (a
digests-round92 / digests-round93 folder, or a file whose bytes equal round92's or round93's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round92 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last paper; it
fails on a paper shared with round93's expected.json (read only, from /work/rounds/digests-round93/ or
/work/main/tests/data/digests-round93/, when it exists), and on a paper in more than one round92 file.
Every digest is read raw (UTF-8; line ends kept; 939 and 944 are ASCII) and in decoded forms: 939 and 944 parsed as
MIME messages — the decoded From / Cc / Subject words and every text part decoded (939's base64 and quoted-printable
gb18030 parts, 944's ISO-2022-JP body); 941 without BibTeX braces and with `\url{…}` unwrapped; 942 every CSV cell;
everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind (titles wrapped over lines, doubled spaces); a title found only that way (or only in a
decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 937 Blackboard Learn Ultra paste (the skip link, the course navigation and the
Details & Actions panel in order, `Course Content`, week folders `الأسبوع N (span): topic` numbered 1, 2 … with
Sunday–Thursday spans one week apart — two more only across an `إجازة … (span)` folder —, every `Due date: M/D/YY,
h:mm AM|PM` a valid date, not zero-padded, after an item title, inside its folder's week or the next, no blank lines,
the footer last); 938 GitHub wiki page (LF, no front matter, no H1, `##` / `###` headings, Gollum links `[[text|Page]]`
/ `[[Page]]` to hyphenated page names or an image URL with `alt=`, no piped wiki link inside a table, pipe tables with
a separator row and one cell count, star badges for the repository linked beside them, the paper table's years
non-decreasing, session dates one week apart on Thursdays); 939 Foxmail message (ASCII and CRLF, Foxmail's header set
in order, `X-Mailer: Foxmail a.b.c.d[cn]`, Message-ID from the Date's local time, upper-case X-GUID, gb18030 encoded
words of at most 75 characters, the `----=_001_NextPart<12 digits>_=----` boundary, the MIME preamble, a text/plain
base64 part of 76-column lines and a text/html quoted-printable part of lines at most 76, the closing boundary; in the
decoded text the signature address = From, 发件人 / 发送时间 / 收件人 / 主题 in order with a time before Date, the same
forward box in the HTML with Foxmail's colours; arXiv's mailing: rules, the `received from … to …` window, entries
`\\` / `arXiv:ID` / `replaced with revised version <date> GMT   (Nkb,D)` / blank / Title / Authors / Categories /
Comments with two-space continuations, at most 79 columns, `\\ ( https://arxiv.org/abs/ID ,  Nkb)` with the same id and
size, times inside the window; the HTML's listing lines = the plain part's); 940 ScienceDirect references paste (the
journal and volume lines, one `References` heading, `[n]` increasing, each reference an optional Elsevier author line
— initials with dots, `G.E.`, `Y.-W.` —, a title, source lines with a `(year)`, `pp. a-b` with a < b, and ScienceDirect's
glued link texts last; notes `→ …` after references, `# …` only before the heading or at the end); 941 .bib (balanced
entries, unique keys, `%` comments outside entries; ACM DL exports: DOI key, unindented `name = {…},` lines in ACM's
order, the last without comma, ISBN-13 check digit, numpages an integer, series = the year's `NIPS 'YY` / `ICML'YY`;
arXiv exports six-space indented with the trailing blanks, url = the abs page of eprint, year = the eprint's;
OpenReview exports with the key on its own line; other entries in one field style, the last field without a comma);
942 Typeform CSV (no BOM, LF, bytes = minimal-quoting CSV, the header, 32-character lower-case tokens, unique,
`YYYY-MM-DD HH:MM:SS` with start ≤ submit under an hour, newest submission first, 10-hex Network IDs, one e-mail and
network per name, choice columns empty or their label with at least one chosen, scale 1–5, yes/no 1 / 0); 943 DOU
topic paste (the menu lines first, the section, title, author / position / `D місяця YYYY, HH:MM`, views, the
comment count in Ukrainian plural = the comments shown, twice; `Теги:` and the subscribe and sort lines; comment
blocks name / [position] / `DD.MM.YYYY HH:MM` / text / `+N` or `−N` / `Відповісти` / blank, one position per name,
times non-decreasing and after the topic; the login line and footer last); 944 mag2 message (CRLF, 7-bit, the header
set in order, ISO-2022-JP encoded words of at most 75 characters each back in ASCII, every body line back in ASCII at
its end and decodable, at most 70 columns, 35-wide `━` rules, the masthead's date = Date and issue = the Subject's,
`[PR]` block closed, `■N.` sections = the table of contents, mag2's footer with the magazine id of List-Unsubscribe and
Message-ID); 945 Brunch page (doctype, `<html lang="ko">`, charset meta first, `<title>` = og:title = h1.cover_title,
og:site_name 브런치스토리, og:url = canonical `https://brunch.co.kr/@id/N`, the author link and previous / next posts
of that id and N∓1, Brunch's `Mon DD. YYYY` date, every text item's data-app JSON = its visible text and links,
keyword links `/keyword/K` showing K, balanced); 946 XeLaTeX log (LF, the XeTeX banner, lines at most 79 characters;
after unwrapping: page shipouts `[1]` … `[N]` in order, `Output written on thesis.pdf (N pages).`, every natbib
citation and LaTeX reference warning on the page being built, `No file thesis.bbl.` with the undefined-citations
summary, the memory statistics block).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, datetime, email, email.header, email.utils, html, io, json, os, quopri, re, sys, unicodedata
from collections import Counter
from email import policy
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


def mime_forms(raw):
    """a MIME message's decoded address / subject headers and every text part, decoded"""
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    out = [f"{h}: {m[h]}" for h in ("From", "To", "Cc", "Subject") if m[h] is not None]
    for part in m.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (939, 944): forms += mime_forms(raw)
    if n == 941: forms.append(re.sub(r"\\url\{([^{}]*)\}", r"\1", raw).replace("{", "").replace("}", ""))
    if n == 942: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw)) for c in row))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms

# ---------------------------------------------------------------- shape-check helpers
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


def dwidth(s, ambiguous_wide=False):
    wide = "WFA" if ambiguous_wide else "WF"
    return sum(2 if unicodedata.east_asian_width(c) in wide else 1 for c in s)


def header_block(f, raw, sep="\r\n"):
    """[(name, unfolded value)] of a message's header block"""
    head = raw.split(sep + sep, 1)[0]
    out = []
    for line in head.split(sep):
        if line[:1] in (" ", "\t"):
            if not out: errors.append(f"{f}: a continuation line first"); continue
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
            continue
        m = re.match(r"([A-Za-z-]+): (.*)", line)
        if not m: errors.append(f"{f}: header line {line[:30]!r} not 'Name: value'"); continue
        out.append((m.group(1), m.group(2)))
    return out


def rfc_date(f, s):
    if not re.fullmatch(r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", s or ""):
        errors.append(f"{f}: Date {s!r} not an RFC 5322 date"); return None
    d = email.utils.parsedate_to_datetime(s)
    if d.strftime("%a") != s[:3]: errors.append(f"{f}: Date's weekday not the date's")
    return d


def check_listing(f, fwd):
    """arXiv's Subj-class mailing (new submissions cut, replacement entries kept)"""
    win = [re.fullmatch(r" received from  (\w{3} [ \d]\d \w{3} \d{2} [\d:]{8}) GMT  to  (\w{3} [ \d]\d \w{3} \d{2} [\d:]{8}) GMT", l)
           for l in fwd]
    win = [m for m in win if m]
    if len(win) != 1: errors.append(f"{f}: no single 'received from … to …' line in the mailing"); return
    aw = lambda s: datetime.datetime.strptime(" ".join(s.split()), "%a %d %b %y %H:%M:%S")
    t0, t1 = aw(win[0].group(1)), aw(win[0].group(2))
    if not t0 < t1: errors.append(f"{f}: mailing window backwards")
    if fwd.count(ARX_RULE) < 4: errors.append(f"{f}: the mailing's 78-dash rules missing")
    for l in fwd:
        if len(l) > 79: errors.append(f"{f}: mailing line longer than 79 columns: {l[:30]!r}")
    starts = [i for i, l in enumerate(fwd) if l == "\\\\"]
    if not starts: errors.append(f"{f}: no mailing entries")
    for s in starts:
        e = s + 1
        while e < len(fwd) and fwd[e] not in (ARX_RULE, ARX_PCT) and not fwd[e].startswith("\\\\ ("): e += 1
        ent = fwd[s + 1:e + 1]
        ma = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", ent[0] if ent else "")
        mr = re.fullmatch(r"replaced with revised version (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8}) GMT   \((\d+)kb,D\)",
                          ent[1] if len(ent) > 1 else "")
        if not ma or not mr or ent[2:3] != [""]: errors.append(f"{f}: mailing entry at {s} lacks arXiv / replaced / blank lines"); continue
        when = datetime.datetime.strptime(mr.group(1), "%a, %d %b %Y %H:%M:%S")
        if when.strftime("%a") != mr.group(1)[:3]: errors.append(f"{f}: {ma.group(1)}: weekday not the date's")
        if not t0 <= when <= t1: errors.append(f"{f}: {ma.group(1)} replaced outside the mailing window")
        fields = []
        for l in ent[3:-1]:
            if l.startswith("  ") and fields: continue
            mf = re.match(r"(Title|Authors|Categories|Comments): \S", l)
            if not mf: errors.append(f"{f}: {ma.group(1)}: field line {l[:30]!r}"); continue
            fields.append(mf.group(1))
        if fields not in (["Title", "Authors", "Categories"], ["Title", "Authors", "Categories", "Comments"]):
            errors.append(f"{f}: {ma.group(1)}: fields {fields} not Title / Authors / Categories [/ Comments]")
        mt = re.fullmatch(r"\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{4,5}) ,  (\d+)kb\)", ent[-1] if ent else "")
        if not mt: errors.append(f"{f}: {ma.group(1)}: no trailer line"); continue
        if mt.group(1) != ma.group(1): errors.append(f"{f}: trailer names {mt.group(1)}, entry is {ma.group(1)}")
        if mt.group(2) != mr.group(2): errors.append(f"{f}: {ma.group(1)}: trailer size differs from the replaced line")


ARX_RULE, ARX_PCT = "-" * 78, "%%%---" * 13

# ---- 937 Blackboard Learn Ultra course page paste
BB_TOP = ["Skip to main content"]
BB_NAV = ["Close", "Content", "Calendar", "Announcements", "Discussions", "Gradebook", "Messages", "Analytics", "Groups",
          "Details & Actions", "Roster", "View everyone in your course", "Course Description"]
BB_PANEL = ["Class Collaboration", "Join session", "Attendance", "View your attendance", "Books & Tools",
            "View course & institution tools", "Course Content"]
BB_FOOT = ["Blackboard", "Privacy", "Terms", "Accessibility"]
AR_MON = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6}
BB_WEEK = re.compile(r"الأسبوع (\d+) \(([^()]+)\): \S.*")
BB_BREAK = re.compile(r"إجازة [^()]+ \(([^()]+)\)")
BB_DUE = re.compile(r"Due date: (\d{1,2})/(\d{1,2})/(\d{2}), (\d{1,2}):(\d{2}) (AM|PM)")


def ar_span(f, s, year=2024):
    m = re.fullmatch(r"(\d{1,2})–(\d{1,2}) (\S+)", s) or re.fullmatch(r"(\d{1,2}) (\S+) – (\d{1,2}) (\S+)", s)
    try:
        if m and m.lastindex == 3:
            a = datetime.date(year, AR_MON[m.group(3)], int(m.group(1))); b = datetime.date(year, AR_MON[m.group(3)], int(m.group(2)))
        elif m:
            a = datetime.date(year, AR_MON[m.group(2)], int(m.group(1))); b = datetime.date(year, AR_MON[m.group(4)], int(m.group(3)))
        else:
            raise KeyError
    except (KeyError, ValueError):
        errors.append(f"{f}: span {s!r} not 'D–D شهر' / 'D شهر – D شهر'"); return None, None
    if a.weekday() != 6 or b.weekday() != 3: errors.append(f"{f}: span {s!r} is not Sunday to Thursday")
    return a, b


def check_blackboard(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if "" in ls: errors.append(f"{f}: a blank line (Ultra's copied outline has none)")
    if ls[:1] != BB_TOP or ls[2:2 + len(BB_NAV)] != BB_NAV: errors.append(f"{f}: skip link / course navigation / Details & Actions not in Ultra's order")
    k = 2 + len(BB_NAV) + 1
    if ls[k:k + len(BB_PANEL)] != BB_PANEL: errors.append(f"{f}: the panel (Class Collaboration … Course Content) not in order")
    if ls[-4:] != BB_FOOT: errors.append(f"{f}: the footer is not last")
    week, prev_end, brk, cur = 0, None, False, None
    for i, l in enumerate(ls):
        mw, mb, md = BB_WEEK.fullmatch(l), BB_BREAK.fullmatch(l), BB_DUE.fullmatch(l)
        if mw:
            n = int(mw.group(1))
            if n != week + 1: errors.append(f"{f}: line {i + 1}: week {n} after week {week}")
            week = n
            a, b = ar_span(f, mw.group(2))
            if a and prev_end and a != prev_end + datetime.timedelta(days=3):
                errors.append(f"{f}: line {i + 1}: week {n} does not start the Sunday after the folder above")
            if a and prev_end and not brk and a - prev_end > datetime.timedelta(days=3):
                errors.append(f"{f}: line {i + 1}: a gap before week {n} without a break folder")
            prev_end, brk, cur = b or prev_end, False, a
        elif mb:
            a, b = ar_span(f, mb.group(1))
            if a and prev_end and a != prev_end + datetime.timedelta(days=3):
                errors.append(f"{f}: line {i + 1}: the break does not start the Sunday after the week above")
            prev_end, brk, cur = b or prev_end, True, None
        elif l.startswith("Due date"):
            if not md: errors.append(f"{f}: line {i + 1}: {l!r} not 'Due date: M/D/YY, h:mm AM|PM'"); continue
            mo, d, yy, h, mi, ap = md.groups()
            if mo.startswith("0") or d.startswith("0") or h.startswith("0") or not 1 <= int(h) <= 12 or int(mi) > 59:
                errors.append(f"{f}: line {i + 1}: due date fields padded or out of range")
            try:
                dd = datetime.date(2000 + int(yy), int(mo), int(d))
            except ValueError:
                errors.append(f"{f}: line {i + 1}: not a date"); continue
            if cur is None: errors.append(f"{f}: line {i + 1}: a due date outside any week folder")
            elif not cur <= dd <= cur + datetime.timedelta(days=13):
                errors.append(f"{f}: line {i + 1}: due {dd} outside its week folder and the next week")
            if i == 0 or BB_WEEK.fullmatch(ls[i - 1]) or BB_DUE.fullmatch(ls[i - 1]) or ls[i - 1].startswith("http"):
                errors.append(f"{f}: line {i + 1}: a due date not right after an item title")
    if not week: errors.append(f"{f}: no week folders")


# ---- 938 GitHub wiki page (Gollum Markdown)
WIKI_LINK = re.compile(r"\[\[([^\[\]]+)\]\]")


def table_cells(row):
    """cells of a pipe-table row; pipes inside [[…]] or `…` do not split"""
    s = re.sub(r"\[\[[^\]]*\]\]|`[^`]*`", lambda m: m.group(0).replace("|", "\0"), row.strip())
    if not (s.startswith("|") and s.endswith("|")): return None
    return [c.strip().replace("\0", "|") for c in s[1:-1].split("|")]


def check_gh_wiki(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] == ["---"]: errors.append(f"{f}: front matter (a GitHub wiki page has none)")
    for i, l in enumerate(ls, 1):
        if re.match(r"# ", l): errors.append(f"{f}: line {i}: an H1 (the wiki shows the file name as the title)")
        if re.match(r"#{4,} ", l): errors.append(f"{f}: line {i}: heading deeper than ###")
        for m in WIKI_LINK.finditer(l):
            parts = m.group(1).split("|")
            tgt = parts[-1] if len(parts) == 2 else parts[0]
            if len(parts) > 2: errors.append(f"{f}: line {i}: wiki link with more than one pipe")
            elif re.match(r"https?://", parts[0]):
                if len(parts) != 2 or not parts[1].startswith("alt="): errors.append(f"{f}: line {i}: image link without alt=")
            elif not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", tgt): errors.append(f"{f}: line {i}: wiki page name {tgt!r}")
            if l.startswith("|") and len(parts) == 2: errors.append(f"{f}: line {i}: a piped wiki link inside a table row")
    tables, cur = [], []
    for i, l in enumerate(ls + [""], 1):
        if l.startswith("|"): cur.append((i, l))
        elif cur: tables.append(cur); cur = []
    if len(tables) < 2: errors.append(f"{f}: fewer than two tables")
    for t in tables:
        head = table_cells(t[0][1])
        if len(t) < 2 or not re.fullmatch(r"\|(:?-{3,}:?\|)+", t[1][1]): errors.append(f"{f}: line {t[0][0]}: table without a separator row"); continue
        if t[1][1].count("|") - 1 != len(head): errors.append(f"{f}: line {t[1][0]}: separator cells differ from the header's")
        for i, l in t[2:]:
            c = table_cells(l)
            if c is None or len(c) != len(head): errors.append(f"{f}: line {i}: {len(c or [])} cells, header has {len(head)}")
            for mb in re.finditer(r"!\[stars\]\(https://img\.shields\.io/github/stars/([\w.-]+/[\w.-]+)\?style=social\)", l):
                if f"](https://github.com/{mb.group(1)})" not in l: errors.append(f"{f}: line {i}: star badge for a repository not linked beside it")
        if head and head[0] == "Năm":
            years = [table_cells(l)[0] for _, l in t[2:] if table_cells(l)]
            if any(not re.fullmatch(r"(19|20)\d\d", y) for y in years) or years != sorted(years):
                errors.append(f"{f}: the paper table's years are not non-decreasing years")
        if head and head[:2] == ["Buổi", "Ngày"]:
            ds = []
            for _, l in t[2:]:
                c = table_cells(l)
                try: ds.append(datetime.datetime.strptime(c[1], "%d/%m/%Y").date())
                except (ValueError, TypeError, IndexError): errors.append(f"{f}: session date {c[1] if c and len(c) > 1 else '?'!r}")
            if any(d.weekday() != 3 for d in ds) or any(b - a != datetime.timedelta(days=7) for a, b in zip(ds, ds[1:])):
                errors.append(f"{f}: sessions are not Thursdays one week apart")
            if [table_cells(l)[0] for _, l in t[2:]] != [str(n) for n in range(1, len(t) - 1)]:
                errors.append(f"{f}: sessions not numbered 1, 2 …")


# ---- 939 Foxmail forward with arXiv's mailing
FOX_ORDER = ["Return-Path", "Received", "Date", "From", "To", "Cc", "Subject", "X-Priority", "X-GUID", "X-Has-Attach",
             "X-Mailer", "Mime-Version", "Message-ID", "Content-Type"]
FOX_BOX = ("border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm", "BACKGROUND: #efefef",
           '<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">')
FOX_LABELS = ["发件人", "发送时间", "收件人", "主题"]


def check_foxmail(f, raw):
    if not raw.isascii(): errors.append(f"{f}: non-ASCII bytes (Foxmail encodes everything)")
    if re.search(r"(?<!\r)\n", raw) or not raw.endswith("\r\n"): errors.append(f"{f}: a bare LF (the saved message uses CRLF)")
    hs = header_block(f, raw)
    names = [n for n, _ in hs]
    if names != FOX_ORDER: errors.append(f"{f}: headers {names} not Foxmail's set and order")
    hd = dict(hs)
    for w in re.findall(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", raw.split("\r\n\r\n", 1)[0]):
        if len(w) > 75: errors.append(f"{f}: encoded word longer than 75 characters")
        if not w.startswith("=?gb18030?B?"): errors.append(f"{f}: encoded word not gb18030 B")
    if not re.fullmatch(r"Foxmail \d+\.\d+\.\d+\.\d+\[cn\]", hd.get("X-Mailer", "")): errors.append(f"{f}: X-Mailer not Foxmail's")
    if not re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", hd.get("X-GUID", "")): errors.append(f"{f}: X-GUID")
    if hd.get("X-Has-Attach") not in ("no", "yes") or hd.get("X-Priority") != "3" or hd.get("Mime-Version") != "1.0":
        errors.append(f"{f}: X-Has-Attach / X-Priority / Mime-Version")
    date = rfc_date(f, hd.get("Date"))
    mid = re.fullmatch(r"<(\d{14})\d+@([\w.-]+)>", hd.get("Message-ID", ""))
    if not mid or (date and mid.group(1) != date.strftime("%Y%m%d%H%M%S")): errors.append(f"{f}: Message-ID not Foxmail's <local time + digits@host>")
    mb = re.fullmatch(r'multipart/alternative; boundary="(----=_001_NextPart\d{12}_=----)"', hd.get("Content-Type", ""))
    if not mb: errors.append(f"{f}: Content-Type not multipart/alternative with Foxmail's boundary"); return
    b = mb.group(1)
    body = raw.split("\r\n\r\n", 1)[1]
    parts = body.split("--" + b)
    if parts[0] != "This is a multi-part message in MIME format.\r\n\r\n": errors.append(f"{f}: the MIME preamble")
    if len(parts) != 4 or parts[-1] != "--\r\n\r\n": errors.append(f"{f}: not two parts closed by the final boundary"); return
    want = [('Content-Type: text/plain;\r\n\tcharset="gb18030"', "base64"), ('Content-Type: text/html;\r\n\tcharset="gb18030"', "quoted-printable")]
    for (ct, cte), p in zip(want, parts[1:3]):
        if not p.startswith(f"\r\n{ct}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"): errors.append(f"{f}: a part is not {ct.split(';')[0][14:]} {cte}"); continue
        ls = p.split("\r\n\r\n", 1)[1].rstrip("\r\n").split("\r\n")
        if cte == "base64":
            if any(len(l) != 76 for l in ls[:-1]) or len(ls[-1]) > 76 or any(not re.fullmatch(r"[A-Za-z0-9+/=]+", l) for l in ls):
                errors.append(f"{f}: base64 lines not 76 columns")
        elif any(len(l) > 76 for l in ls): errors.append(f"{f}: quoted-printable line longer than 76")
    try:
        m = email.message_from_bytes(raw.encode("ascii", "replace"), policy=policy.default)
        plain, htm = [p.get_content() for p in m.walk() if p.get_content_maintype() == "text"]
    except Exception as ex:
        errors.append(f"{f}: the parts do not decode ({ex!r})"); return
    pl = plain.replace("\r\n", "\n").split("\n")
    frm = re.search(r"<([^>]+)>", hd.get("From", ""))
    lab = [i for i, l in enumerate(pl) if re.match(r"(发件人|发送时间|收件人|主题)： ", l)]
    if [pl[i].split("：")[0] for i in lab] != FOX_LABELS or lab != list(range(lab[0], lab[0] + 4)) if lab else True:
        errors.append(f"{f}: the forward block is not 发件人 / 发送时间 / 收件人 / 主题"); return
    if not frm or frm.group(1) not in pl[:lab[0]]: errors.append(f"{f}: Foxmail's default signature (the From address) missing before the forward")
    try:
        sent = datetime.datetime.strptime(pl[lab[1]].split("： ", 1)[1], "%Y-%m-%d %H:%M")
        if date and sent > date.replace(tzinfo=None): errors.append(f"{f}: the forwarded message is newer than the forward")
    except ValueError:
        errors.append(f"{f}: 发送时间 not YYYY-MM-DD HH:MM")
    check_listing(f, pl[lab[3] + 1:])
    for s in FOX_BOX:
        if s not in htm: errors.append(f"{f}: the HTML part lacks Foxmail's {s[:30]!r}")
    for lb in FOX_LABELS:
        if f"<b>{lb}：</b>&nbsp;" not in htm: errors.append(f"{f}: the HTML forward box lacks {lb}")
    hl = [html.unescape(re.sub(r"<[^>]+>", "", x)).replace("\xa0", " ") for x in re.findall(r"<div>(.*?)</div>", htm.split("<blockquote", 1)[-1])]
    lst = pl[lab[3] + 1:]
    if [x for x in hl if x.strip()][-len([x for x in lst if x.strip()]):] != [x for x in lst if x.strip()]:
        errors.append(f"{f}: the HTML part's listing differs from the plain part's")
    for e in html_balanced(htm, optional=("html", "head", "body")): errors.append(f"{f}: HTML part: {e}")


# ---- 940 ScienceDirect references paste with notes
SD_LINKS = {"Google Scholar", "View in ScopusGoogle Scholar", "CrossRefView in ScopusGoogle Scholar",
            "View PDFView articleView in ScopusGoogle Scholar"}
SD_AUTH = r"[A-Z]\.(?:-?[A-Z]\.)* [A-Z][\w'-]+(?: [A-Z][\w'-]+)*"


def check_sciencedirect(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls.count("References") != 1: errors.append(f"{f}: not one References heading"); return
    h = ls.index("References")
    if h < 2 or not re.fullmatch(r"Volume \d+, (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, Pages (\d+)-(\d+)", ls[h - 2]):
        errors.append(f"{f}: no 'Volume N, Month YYYY, Pages a-b' line above the heading")
    for i, l in enumerate(ls[:h], 1):
        if l and not l.startswith("# ") and i < h - 3: errors.append(f"{f}: line {i}: text before the heading that is not a '# ' note")
    i, last, refs = h + 1, 0, 0
    while i < len(ls):
        l = ls[i]
        mn = re.fullmatch(r"\[(\d+)\]", l)
        if mn:
            n = int(mn.group(1))
            if n <= last: errors.append(f"{f}: line {i + 1}: [{n}] after [{last}]")
            last, refs = n, refs + 1
            j = i + 1
            while j < len(ls) and ls[j] not in SD_LINKS and not re.fullmatch(r"\[\d+\]", ls[j]) and not ls[j].startswith("→"): j += 1
            block = ls[i + 1:j]
            if j >= len(ls) or ls[j] not in SD_LINKS: errors.append(f"{f}: [{n}] does not end in ScienceDirect's link texts"); i = j; continue
            if len(block) < 2: errors.append(f"{f}: [{n}] without title and source"); i = j + 1; continue
            has_auth = bool(re.fullmatch(rf"{SD_AUTH}(?:, {SD_AUTH})*", block[0]))
            src = block[2:] if has_auth else block[1:]
            if has_auth and len(block) < 3: errors.append(f"{f}: [{n}]: authors without title / source")
            if not src or not any(re.search(r"\((19|20)\d\d\)|\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)", s) for s in src):
                errors.append(f"{f}: [{n}]: no '(year)' or '(accessed D Month YYYY)' in the source lines")
            for s in src:
                for a, b in re.findall(r"pp\. (\d+)-(\d+)", s):
                    if int(a) >= int(b): errors.append(f"{f}: [{n}]: pages {a}-{b}")
                if re.search(r"pp\. \d+[–—]\d+", s): errors.append(f"{f}: [{n}]: page range not with a hyphen")
            if not has_auth and re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+)+", block[0]):
                errors.append(f"{f}: [{n}]: author line not Elsevier's 'I. Surname' form")
            i = j + 1
            continue
        if l.startswith("→ "):
            if not re.fullmatch(r"\[\d+\]", ls[i - 1]) and ls[i - 1] not in SD_LINKS: errors.append(f"{f}: line {i + 1}: a note not after a reference")
        elif l and not l.startswith("# "):
            errors.append(f"{f}: line {i + 1}: {l[:30]!r} is neither a reference, a '→' note nor a '#' line")
        elif l.startswith("# ") and any(re.fullmatch(r"\[\d+\]", x) for x in ls[i:]):
            errors.append(f"{f}: line {i + 1}: a '#' line between references")
        i += 1
    if not refs: errors.append(f"{f}: no references")


# ---- 941 .bib with ACM DL exports
ACM_ORDER = ["author", "title", "year", "isbn", "publisher", "address", "url", "doi", "abstract", "booktitle", "journal",
             "pages", "articleno", "numpages", "keywords", "location", "series"]


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


def isbn13_ok(s):
    return bool(re.fullmatch(r"\d{13}", s)) and sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(s)) % 10 == 0


def check_bib(f, raw):
    lf_final(f, raw)
    ents = bib_entries(f, raw)
    keys_ = [k for _, k, _, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    n_acm = 0
    for typ, key, t, ln in ents:
        ls = t.split("\n")
        if re.fullmatch(r"10\.\d{4,5}/[\d.]+", key):
            n_acm += 1
            flds, vals = [], {}
            for i, l in enumerate(ls[1:-1], 1):
                last = i == len(ls) - 2
                mf = re.fullmatch(r"(\w+) = \{(.*)\}(,?)", l)
                if not mf: errors.append(f"{f}: {key}: line {l[:30]!r} not ACM's 'name = {{…}},'"); continue
                flds.append(mf.group(1)); vals[mf.group(1)] = mf.group(2)
                if bool(mf.group(3)) == last: errors.append(f"{f}: {key}: {mf.group(1)} {'with' if last else 'without'} its comma")
            if ls[-1] != "}": errors.append(f"{f}: {key}: not closed on a line of its own")
            if flds != [x for x in ACM_ORDER if x in flds] or len(set(flds)) != len(flds): errors.append(f"{f}: {key}: fields {flds} not in ACM's order")
            if "isbn" in vals and not isbn13_ok(vals["isbn"]): errors.append(f"{f}: {key}: ISBN-13 check digit")
            if not re.fullmatch(r"\d+", vals.get("numpages", "")): errors.append(f"{f}: {key}: numpages")
            yy = vals.get("year", "")[2:]
            if not re.fullmatch(rf"(NIPS '|ICML'){yy}", vals.get("series", "")): errors.append(f"{f}: {key}: series not the year's NIPS 'YY / ICML'YY")
            if key.startswith("10.5555/") and ("doi" in vals or "url" in vals): errors.append(f"{f}: {key}: a 10.5555 key with a doi / url (ACM gives none)")
        elif t.startswith(f"@{typ}{{\n"):
            if ls[1] != key + ",": errors.append(f"{f}: {key}: OpenReview key line")
            if any(not re.fullmatch(r"\w+=\{.*\},", l) for l in ls[2:-2]) or not re.fullmatch(r"\w+=\{.*\}", ls[-2]):
                errors.append(f"{f}: {key}: OpenReview fields not unindented 'name={{…}},' (the last without comma)")
            mu = re.search(r"url=\{(.*)\}", t)
            if not mu or not re.fullmatch(r"https://openreview\.net/forum\?id=[\w-]+", mu.group(1)): errors.append(f"{f}: {key}: OpenReview url")
        elif ls[1].startswith("      "):
            fl = {}
            for l in ls[1:-1]:
                mf = re.fullmatch(r"      (\w+)=\{(.*)\}(, |,)", l)
                if not mf: errors.append(f"{f}: {key}: arXiv export line {l[:30]!r}"); continue
                fl[mf.group(1)] = mf.group(2)
                if (mf.group(3) == ", ") != (mf.group(1) in ("title", "url")): errors.append(f"{f}: {key}: {mf.group(1)} line's trailing blank")
            if fl.get("archivePrefix") != "arXiv" or not re.fullmatch(r"\d{4}\.\d{4,5}", fl.get("eprint", "")):
                errors.append(f"{f}: {key}: arXiv export without archivePrefix / eprint")
            if fl.get("url") != "https://arxiv.org/abs/" + fl.get("eprint", ""): errors.append(f"{f}: {key}: url not the eprint's abs page")
            if fl.get("year") != "20" + fl.get("eprint", "")[:2]: errors.append(f"{f}: {key}: year not the eprint's")
        else:
            body = ls[1:-1]
            seps = []
            for l in body:
                mf = re.fullmatch(r"  (\w+)( *= *)\{.*\},?", l)
                if not mf: errors.append(f"{f}: {key}: field line {l[:30]!r}"); continue
                seps.append(mf.group(2))
            aligned = len({l.index("=") for l in body if "=" in l}) == 1
            if len(set(seps)) > 1 and not aligned: errors.append(f"{f}: {key}: fields neither in one separator style nor aligned on one '=' column")
            if body and body[-1].endswith(","): errors.append(f"{f}: {key}: a comma after the last field")
            if any(not l.endswith(",") for l in body[:-1]): errors.append(f"{f}: {key}: a field without its comma")
    if not n_acm: errors.append(f"{f}: no ACM DL export")


# ---- 942 Typeform CSV
TF_DATES = ["12 marzo", "19 marzo", "26 marzo", "9 aprile"]
TF_HEAD = ["#", "Come ti chiami?", "La tua email (per il promemoria)",
           "Quale paper proponi? Titolo completo per favore, niente sigle 🙏",
           "Link al paper (arXiv, OpenReview, PDF…)", "Perché dovremmo leggerlo? Due righe bastano"] + TF_DATES + \
          ["Quanto è tecnico, da 1 a 5?", "Te la senti di presentarlo tu?",
           "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]


def check_typeform(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a byte-order mark (Typeform's CSV has none)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not minimal-quoting CSV with LF rows")
    if not rows or rows[0] != TF_HEAD: errors.append(f"{f}: header is not the form's"); return
    prev, toks, who = None, set(), {}
    for n, r in enumerate(rows[1:], 1):
        if len(r) != len(TF_HEAD): errors.append(f"{f}: row {n}: {len(r)} cells"); continue
        d = dict(zip(TF_HEAD, r))
        if not re.fullmatch(r"[0-9a-z]{32}", d["#"]) or d["#"] in toks: errors.append(f"{f}: row {n}: response token")
        toks.add(d["#"])
        try:
            a = datetime.datetime.strptime(d["Start Date (UTC)"], "%Y-%m-%d %H:%M:%S")
            b = datetime.datetime.strptime(d["Submit Date (UTC)"], "%Y-%m-%d %H:%M:%S")
            if not a <= b <= a + datetime.timedelta(hours=1): errors.append(f"{f}: row {n}: submitted before the start or an hour later")
            if prev and b > prev: errors.append(f"{f}: row {n}: newer than the row above (newest first)")
            prev = b
        except ValueError:
            errors.append(f"{f}: row {n}: dates not YYYY-MM-DD HH:MM:SS")
        if not re.fullmatch(r"[0-9a-f]{10}", d["Network ID"]): errors.append(f"{f}: row {n}: Network ID")
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", d["La tua email (per il promemoria)"]): errors.append(f"{f}: row {n}: e-mail")
        me = (d["La tua email (per il promemoria)"], d["Network ID"])
        if who.setdefault(d["Come ti chiami?"], me) != me: errors.append(f"{f}: row {n}: one name with two e-mails / networks")
        ch = [d[x] for x in TF_DATES]
        if any(c not in ("", x) for c, x in zip(ch, TF_DATES)) or not any(ch): errors.append(f"{f}: row {n}: choice columns not empty or their label")
        if d["Quanto è tecnico, da 1 a 5?"] not in ("1", "2", "3", "4", "5"): errors.append(f"{f}: row {n}: scale not 1–5")
        if d["Te la senti di presentarlo tu?"] not in ("0", "1"): errors.append(f"{f}: row {n}: yes/no not 1 / 0")


# ---- 943 DOU forum topic paste
DOU_MENU = ["DOU", "Форум", "Стрічка", "Зарплати", "Робота", "Відгуки", "Календар", "Курси", "Пошук", "Увійти"]
UK_MON = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]
DOU_FOOT = ["Щоб залишити коментар, увійдіть або зареєструйтесь.", "", "© 2005–2024 DOU",
            "Про нас · Реклама · Правила · Контакти · Підписка на DOU"]


def uk_plural(n):
    if n % 10 == 1 and n % 100 != 11: return f"{n} коментар"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14: return f"{n} коментарі"
    return f"{n} коментарів"


def check_dou(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:len(DOU_MENU)] != DOU_MENU or ls[len(DOU_MENU):len(DOU_MENU) + 2] != ["", "Форум"]: errors.append(f"{f}: the menu / section lines")
    k = len(DOU_MENU) + 2
    head = ls[k:k + 6]
    mdt = re.fullmatch(r"(\d{1,2}) (\S+) (\d{4}), (\d{2}):(\d{2})", head[3] if len(head) > 3 else "")
    t0 = None
    if not mdt or mdt.group(2) not in UK_MON: errors.append(f"{f}: topic date not 'D місяця YYYY, HH:MM'")
    else:
        try: t0 = datetime.datetime(int(mdt.group(3)), UK_MON.index(mdt.group(2)) + 1, int(mdt.group(1)), int(mdt.group(4)), int(mdt.group(5)))
        except ValueError: errors.append(f"{f}: topic date not a date")
    if len(head) < 6 or not re.fullmatch(r"\d{1,3}(?: \d{3})*", head[4]): errors.append(f"{f}: views count")
    for mark in ("Підписатися на коментарі", "Сортування: За датою · За рейтингом"):
        if ls.count(mark) != 1: errors.append(f"{f}: {mark!r} not once")
    if not any(l.startswith("Теги: ") for l in ls): errors.append(f"{f}: no 'Теги:' line")
    if ls[-len(DOU_FOOT):] != DOU_FOOT: errors.append(f"{f}: the login line and footer are not last")
    if "Сортування: За датою · За рейтингом" not in ls: return
    s = ls.index("Сортування: За датою · За рейтингом")
    cl = ls[s + 2:len(ls) - len(DOU_FOOT)]
    blocks, cur = [], []
    for l in cl:
        if l == "" and cur and cur[-1] == "Відповісти": blocks.append(cur); cur = []
        else: cur.append(l)
    if cur: errors.append(f"{f}: a comment not closed by 'Відповісти' and a blank line")
    prev, pos = t0, {}
    for b in blocks:
        name = b[0]
        ti = 2 if len(b) > 2 and re.fullmatch(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", b[2]) else 1
        try:
            t = datetime.datetime.strptime(b[ti], "%d.%m.%Y %H:%M")
        except (ValueError, IndexError):
            errors.append(f"{f}: comment by {name}: no 'DD.MM.YYYY HH:MM' line"); continue
        p = b[1] if ti == 2 else ""
        if pos.setdefault(name, p) != p: errors.append(f"{f}: {name} with two positions")
        if prev and t < prev: errors.append(f"{f}: comment by {name} at {b[ti]} older than the one above")
        prev = t
        if len(b) < ti + 4 or not re.fullmatch(r"[+−]\d+|0", b[-2]): errors.append(f"{f}: comment by {name}: rating line")
    want = uk_plural(len(blocks))
    if len(head) < 6 or head[5] != want or ls[s - 1] != want: errors.append(f"{f}: the comment count lines are not {want!r}")


# ---- 944 mag2 mail magazine (ISO-2022-JP)
MAG_ORDER = ["Return-Path", "Received", "Date", "From", "To", "Subject", "Message-ID", "List-Unsubscribe",
             "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]
ESC_J, ESC_A = "\x1b$B", "\x1b(B"


def jis_ok(s):
    """an ISO-2022-JP string that ends in ASCII mode"""
    last_j, last_a = s.rfind(ESC_J), s.rfind(ESC_A)
    return last_j < 0 or last_a > last_j


def check_mag2(f, raw):
    if not raw.isascii(): errors.append(f"{f}: 8-bit bytes in a 7bit ISO-2022-JP message")
    if re.search(r"(?<!\r)\n", raw) or not raw.endswith("\r\n"): errors.append(f"{f}: a bare LF (the saved message uses CRLF)")
    hs = header_block(f, raw)
    if [n for n, _ in hs] != MAG_ORDER: errors.append(f"{f}: headers {[n for n, _ in hs]} not in the delivery's order")
    hd = dict(hs)
    for w in re.findall(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", raw.split("\r\n\r\n", 1)[0]):
        if len("=?%s?%s?%s?=" % w) > 75: errors.append(f"{f}: encoded word longer than 75 characters")
        if w[0] != "ISO-2022-JP" or w[1] != "B": errors.append(f"{f}: encoded word not ISO-2022-JP B")
        try:
            if not jis_ok(base64.b64decode(w[2]).decode("ascii")): errors.append(f"{f}: an encoded word not back in ASCII at its end")
        except ValueError:
            errors.append(f"{f}: an encoded word does not decode")
    if hd.get("Content-Type") != 'text/plain; charset="ISO-2022-JP"' or hd.get("Content-Transfer-Encoding") != "7bit":
        errors.append(f"{f}: not a 7bit ISO-2022-JP text/plain message")
    date = rfc_date(f, hd.get("Date"))
    try:
        subj = str(email.header.make_header(email.header.decode_header(hd.get("Subject", ""))))
    except Exception:
        errors.append(f"{f}: Subject does not decode"); subj = ""
    mu = re.fullmatch(r"<https://www\.mag2\.com/m/(\d{10})\.html>", hd.get("List-Unsubscribe", ""))
    if not mu: errors.append(f"{f}: List-Unsubscribe not a mag2 magazine page"); return
    mag = mu.group(1)
    if f".{mag}." not in hd.get("Message-ID", "") or not hd.get("Message-ID", "").endswith("@mag2.com>"): errors.append(f"{f}: Message-ID not mag2's with the magazine id")
    body = raw.split("\r\n\r\n", 1)[1].split("\r\n")[:-1]
    text = []
    for i, l in enumerate(body, 1):
        if not jis_ok(l): errors.append(f"{f}: body line {i} not back in ASCII at its end")
        try:
            t = l.encode("ascii").decode("iso2022_jp")
        except (UnicodeError, ValueError):
            errors.append(f"{f}: body line {i} does not decode as ISO-2022-JP"); t = ""
        if dwidth(t, True) > 70: errors.append(f"{f}: body line {i} wider than 70 columns")
        text.append(t)
    rule = "━" * 35
    if text[:1] != [rule] or text[2:3] != [rule] or text[-1:] != [rule]: errors.append(f"{f}: masthead / closing rules")
    for t in text:
        if set(t) == {"━"} and t != rule: errors.append(f"{f}: a rule not 35 wide")
    mm = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日　第(\d+)号", text[1] if len(text) > 1 else "")
    if not mm: errors.append(f"{f}: masthead without date and issue")
    else:
        if date and (int(mm.group(1)), int(mm.group(2)), int(mm.group(3))) != (date.year, date.month, date.day):
            errors.append(f"{f}: masthead date is not the Date header's")
        if f"第{mm.group(4)}号" not in subj: errors.append(f"{f}: masthead issue is not the Subject's")
    pr = [i for i, t in enumerate(text) if "[PR]" in t]
    if len(pr) != 2 or not text[pr[0]].startswith("[PR]") or not text[pr[1]].endswith("[PR]"): errors.append(f"{f}: [PR] block not opened and closed")
    toc = [re.fullmatch(r"　(\d+)\. (.+)", t) for t in text[text.index("■目次") + 1:]] if "■目次" in text else []
    toc = [m.groups() for m in toc[:next((k for k, m in enumerate(toc) if not m), len(toc))]]
    secs = [re.fullmatch(r"■(\d+)\. (.+)", t).groups() for t in text if re.fullmatch(r"■(\d+)\. (.+)", t)]
    if not toc or toc != secs or [int(a) for a, _ in secs] != list(range(1, len(secs) + 1)): errors.append(f"{f}: ■ sections differ from the table of contents")
    foot = "\n".join(text[-8:])
    if "『まぐまぐ!』を利用して発行しています" not in foot or f"https://www.mag2.com/m/{mag}.html" not in foot:
        errors.append(f"{f}: mag2's footer with the magazine's page missing")


# ---- 945 Brunch post page
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class BrunchItems(HTMLParser):
    """collects each data-app item's visible text and links"""

    def __init__(self):
        super().__init__(convert_charrefs=True); self.items, self.cur, self.depth = [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.cur is not None:
            self.depth += 1
            if tag == "a": self.cur["links"].append(a.get("href"))
        elif "data-app" in a:
            self.cur = {"tag": tag, "app": a["data-app"], "text": "", "links": []}; self.depth = 0

    def handle_endtag(self, tag):
        if self.cur is None: return
        if self.depth == 0: self.items.append(self.cur); self.cur = None
        else: self.depth -= 1

    def handle_data(self, d):
        if self.cur is not None: self.cur["text"] += d


def check_brunch(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">'): errors.append(f"{f}: doctype / lang / charset first not as saved")
    g = lambda rx: (re.search(rx, raw, re.S) or [None, None])[1]
    title, h1 = g(r"<title>(.*?)</title>"), g(r'<h1 class="cover_title">(.*?)</h1>')
    if not title or title != h1 or g(r'<meta property="og:title" content="([^"]*)">') != title: errors.append(f"{f}: <title> / og:title / h1 differ")
    if g(r'<meta property="og:site_name" content="([^"]*)">') != "브런치스토리": errors.append(f"{f}: og:site_name not 브런치스토리")
    url, canon = g(r'<meta property="og:url" content="([^"]*)">'), g(r'<link rel="canonical" href="([^"]*)">')
    mu = re.fullmatch(r"https://brunch\.co\.kr/@([\w.-]+)/(\d+)", url or "")
    if not mu or canon != url: errors.append(f"{f}: og:url / canonical not one brunch.co.kr/@id/N"); return
    uid, n = mu.group(1), int(mu.group(2))
    if f'<a href="/@{uid}" class="link_profileid">' not in raw: errors.append(f"{f}: the author link is not the post's id")
    if f'href="/@{uid}/{n - 1}" class="link_prev"' not in raw or f'href="/@{uid}/{n + 1}" class="link_next"' not in raw:
        errors.append(f"{f}: previous / next posts not N∓1 of the same id")
    md = g(r'<span class="f_l date">([^<]*)</span>')
    mdd = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2})\. (\d{4})", md or "")
    try:
        if not mdd or mdd.group(1) not in EN_MON: raise ValueError
        datetime.date(int(mdd.group(3)), EN_MON.index(mdd.group(1)) + 1, int(mdd.group(2)))
    except ValueError:
        errors.append(f"{f}: date {md!r} not Brunch's 'Mon DD. YYYY'")
    p = BrunchItems(); p.feed(raw); p.close()
    if not p.items: errors.append(f"{f}: no data-app items")
    for it in p.items:
        try:
            app = json.loads(it["app"])
        except ValueError:
            errors.append(f"{f}: a data-app that is not JSON"); continue
        segs = app.get("data", [])
        if app.get("type") != "text" or "".join(s.get("text", "") for s in segs) != it["text"]:
            errors.append(f"{f}: a {it['tag']} item's data-app text differs from its visible text: {it['text'][:30]!r}")
        if [s["url"] for s in segs if s.get("styleType") == "link"] != it["links"]: errors.append(f"{f}: a data-app link differs from the item's <a href>")
    for k, t in re.findall(r'<a href="/keyword/([^"]+)" class="link_keyword">([^<]+)</a>', raw):
        if k != t: errors.append(f"{f}: keyword link /keyword/{k} shows {t}")
    if 'class="list_keyword"' not in raw: errors.append(f"{f}: no keyword list")
    for b in html_balanced(raw.split("\n", 1)[1]): errors.append(f"{f}: {b}")


# ---- 946 XeLaTeX log (negative)
def unwrap_log(ls):
    """TeX breaks a line at 79 characters: join such a line with the next"""
    out, cur = [], ""
    for l in ls:
        cur += l
        if len(l) < 79: out.append(cur); cur = ""
    if cur: out.append(cur)
    return out


def check_xetex_log(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    for i, l in enumerate(ls, 1):
        if len(l) > 79: errors.append(f"{f}: line {i} longer than TeX's 79 characters")
    u = unwrap_log(ls)
    if not re.fullmatch(r"This is XeTeX, Version 3\.\d+(?:-[\d.]+)+ \(TeX Live \d{4}\) \(preloaded format=xelatex [\d.]+\)  \d{1,2} [A-Z]{3} \d{4} \d{2}:\d{2}", u[0] if u else ""):
        errors.append(f"{f}: the first line is not XeTeX's banner")
    if u[1:5] != ["entering extended mode", " restricted \\write18 enabled.", " %&-line parsing enabled.", "**thesis.tex"]:
        errors.append(f"{f}: the lines after the banner")
    pages, last = [], 0
    for k, l in enumerate(u):
        for m in re.finditer(r"(?:^| )\[(\d+)\]", l):
            pages.append(int(m.group(1)))
        mc = re.fullmatch(r"(?:Package natbib Warning: Citation|LaTeX Warning: Reference) `[\w:.-]+' on page (\d+) undefined on input line \d+\.", l)
        if mc and int(mc.group(1)) != (pages[-1] if pages else 0) + 1: errors.append(f"{f}: a warning on page {mc.group(1)} while page {(pages[-1] if pages else 0) + 1} is being built")
        if l.startswith("Package natbib Warning: Citation") and not mc: errors.append(f"{f}: natbib warning {l[:50]!r}")
    if pages != list(range(1, len(pages) + 1)): errors.append(f"{f}: shipped pages not [1] … [N] in order")
    mo = re.fullmatch(r"Output written on thesis\.pdf \((\d+) pages?\)\.", u[-1] if u else "")
    if not mo or int(mo.group(1)) != len(pages): errors.append(f"{f}: 'Output written on thesis.pdf (N pages).' not last or N not the pages shipped")
    if "No file thesis.bbl." not in u or "Package natbib Warning: There were undefined citations." not in u:
        errors.append(f"{f}: undefined citations without 'No file thesis.bbl.' and natbib's summary")
    if "Here is how much of TeX's memory you used:" not in u: errors.append(f"{f}: no memory statistics")


def shape_checks(f, raw, path):
    n = num(f)
    {937: check_blackboard, 938: check_gh_wiki, 939: check_foxmail, 940: check_sciencedirect, 941: check_bib,
     942: check_typeform, 943: check_dou, 944: check_mag2, 945: check_brunch,
     946: check_xetex_log}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round92's and round93's, a byte-identical file counted once), and the round92/round93 split (candidates sorted by
# (uses, catalogue title); round92 = even positions from 2 on, one unbroken run; round93 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P93S = ["/work/rounds/digests-round93/expected.json", "/work/main/tests/data/digests-round93/expected.json"]
P93 = next((p for p in P93S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P93S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round92", "digests-round93") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round92 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r93 = set()
if P93:
    try:
        r93 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P93)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P93} exists but could not be read (being written?)")
    if r93 & mine: errors.append(f"papers also in round93: {sorted(r93 & mine)}")
shared93 = len(r93 & mine) if P93 else "(no round93 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round92 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round93: {shared93}; papers in more than one round92 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
