#!/usr/bin/env python3
r"""Checks round126/expected.json against the digests and the shared catalogues.

Adapted from round124/validate.py (the label checks are the same code; the reuse report is round124's with round126 /
round127 in place of round124 / round125: round126 holds the even positions from 4, position 1 left out; the readers
and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round126's and
round127's own (a digests-round126 / digests-round127 folder, or a file whose bytes equal round126's or round127's
expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round126 holds
the even positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position
4 up to its last paper; it fails on a paper shared with round127's expected.json (read only, from
/work/rounds/digests-round127/ or /work/main/tests/data/digests-round127/, when it exists), and on a paper in more than
one round126 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1279 its MIME parts decoded (base64) and its
RFC 2047 headers; 1280 with its page chrome (form feeds, page numbers) taken out and whitespace collapsed; 1281 the
BibTeX field values with braces dropped; 1282 every CSV field; 1286 every XML text; everything: HTML entities undone
once and twice, percent-escapes undone. Titles are matched after whitespace normalisation, case-blind (braces
dropped); a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1277 KULASIS syllabus copied as text (LF, final newline; the system line first, the breadcrumb, `<year>年度` = the
開講年度; tabs only in the course table; 単位数 `N単位`, 曜時限 a weekday and period; the bracketed sections in KULASIS
order; sessions `第N回　` numbered 1..15 inside [授業計画と内容]; （参考書） then （関連ＵＲＬ） inside [参考書等], every
関連ＵＲＬ line an http(s) URL; the copyright line last);
1278 Prettier-formatted awesome README (LF, final newline; no tab, no trailing space, no run of blank lines; a blank
line around every heading; `-` bullets only, no `*` emphasis; the awesome badge on the title line and Prettier's badge
next; every table not under `<!-- prettier-ignore -->` padded by display width (CJK two columns), all its rows equally
wide, the delimiter row dashes to each column's width; the 目录 anchors = GitHub slugs of the ## / ### headings, two
spaces for ###; paper tables with the four-cell header, link cells `—` or one [label](url); the prettier command in
the contributing section);
1279 Samsung Email forward (CRLF only, final CRLF; the header names in order; Message-ID and X-Android-Message-ID at
email.android.com with the same millisecond stamp; From an RFC 2047 B-word; multipart/alternative with the
`--_com.samsung.android.email_<digits>` boundary, text/plain then text/html, both UTF-8 base64 in 76-column lines equal
to Python's re-encoding; the plain text: the Galaxy signature before `-------- 원본 이메일 --------` and its 발신 / 날짜 /
수신 / 제목 lines, Subject = `Fwd: ` + 제목, 날짜 (KST) after the window's end and not after Date; the listing: head
lines, a one-day window from 19:00 GMT with the weekdays right, new entries (`Date:` in the window, an abstract between
`\\` lines) and replaced entries (`replaced with revised version` in the window), Title / Authors / Categories (/
Comments) wrapped at 80 with two-space continuations, the closing `\\ ( https://arxiv.org/abs/<id> ,  NNNkb)` with the
size of the entry's line, a rule after each; the HTML part: composer_signature, the forward lines as <div>s, the
listing = the plain listing);
1280 pdftotext -layout of a Persian thesis's references (LF; every page ends `\n\f`; the last line of each page a
centred page number in Persian digits, consecutive; منابع first, منابع فارسی before منابع انگلیسی; Persian lines
right-aligned to column 92; English entries start in column 0, continuation lines indented five; no line over 92
unless one word; Unified Style Sheet names: `Surname, Given`, the others `Given Surname`, `&` before the last and
nowhere else, no `et al.`, then `Year.`; alphabetical by surname; en-dash page ranges; entries end with `.` or `.)`);
1281 Synapsen BibTeX (LF, final newline; the `%` header with Synapsen's name, export time and encoding; entries
`@type{Key,` of known types, sorted by key, keys unique = the first author's surname letters (ASCII-folded) + `_` +
the year field; fields `  name = {value}` one a line, commas after all but the last, `}` alone, a blank line after;
braces balanced; eprint only with archiveprefix arXiv; urls http(s); dois `10.…`; page ranges `--`);
1282 Kimai CSV (a BOM; equal to its re-encoding with every field quoted and LF records; the header; 17 fields a row;
dates valid, records in start order; Duration = To − From in h:mm; Rate = Duration × Hourly rate; one currency,
customer and project; users of the lab with one hourly rate each; Exported / Billable Yes or No; Type timesheet);
1283 dxdy topic copied as text (LF, final newline; the site name first; `[ Сообщений: N ]` twice, N = the posts;
every post: author, `Заголовок сообщения:` with the topic or `Re: ` + topic, `Сообщение` glued to `dd.mm.yyyy, hh:mm`,
registration `d ммм yyyy` before the post, `Сообщения: N`, the back-to-top and profile lines; posts in time order;
quotes `<name> в сообщении #<7 digits> писал(а):` naming an earlier poster, the quoted line taken from that poster's
earlier text; a Модератор rank only for a listed moderator; the phpBB footer);
1284 SqualoMail web version (LF, final newline; the XHTML doctype, lang sl; tags balanced, known; every link but the
badge a tracking redirect `…/c/<campaign>/<n>/<token>?url=<target fully percent-encoded>`, one campaign and token, n =
1, 2, … in document order; link text written as an address equals its target without the scheme; the issue number in
<title> and h1, the previous issue N − 1; the Slovenian date line's weekday right; unsubscribe and preferences with the
token; the Powered by SqualoMail badge with the campaign);
1285 Serendipity 2k11 post (LF, final newline; doctype, lang hi; tags balanced, known; the generator meta; <title> =
the h2 + ` - ` + the blog's h1; canonical = the h2's link = `/archives/<id>-<slug>.html`, the same entry id in the
article class, pingback, trackback, form action and hidden field; the byline's Hindi weekday right; tag links
`/plugin/tag/<percent-encoded tag>`; comments: ids unique, numbered #1, #1.1, #2 … by threading, reply onclick on
their own id, replies after their parent, none before the post, the count line and the replyTo options = the
comments; the Powered by Serendipity colophon);
1286 telepathy-logger chatroom log (LF, final newline; the XML declaration and stylesheet instruction, <log> … </log>;
well-formed; one <message> a line, attributes time / id / name / token / isuser / type in that order in single quotes;
one date, times ascending; id = the room JID / name; isuser 'true' for exactly one name; type normal or action; tokens
unique UUIDs; bodies escaped as g_markup_escape_text (no raw ' or ")).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.policy, email.utils, html, io, json, os, re, sys, textwrap, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import quote, unquote
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


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "section", "h1", "h2", "h3",
             "h4", "div", "p", "br", "span", "article", "footer", "ol", "ul", "li", "strong", "em", "b", "i", "small",
             "table", "tr", "td", "img", "form", "input", "label", "textarea", "code", "style", "script", "time",
             "select", "option"}
VOID = ("meta", "link", "br", "img", "input")


def html_balanced(f, where, s, allowed=HTML_TAGS):
    stack = []
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = re.sub(r"(?s)(<style[^>]*>).*?(</style>)", r"\1\2", s)
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in VOID or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def tagtext(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def mime_texts(raw):
    out = []
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.is_multipart(): continue
        out.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
    return out


def pdf_text(raw):
    """1280 without its chrome: form feeds and page-number lines dropped, whitespace collapsed"""
    L = [l for l in raw.replace("\f", "\n").split("\n") if not re.fullmatch(r"\s*[۰-۹]+\s*", l)]
    return " ".join(" ".join(L).split())


BIB_FIELD = re.compile(r"^  (\w+) = \{(.*)\},?$", re.M)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1279: forms += mime_texts(raw)
    if n == 1280: forms.append(pdf_text(raw))
    if n == 1281: forms.append("\n".join(m.group(2).replace("{", "").replace("}", "") for m in BIB_FIELD.finditer(raw)))
    if n == 1282: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
    if n == 1286:
        root = ET.fromstring(raw.encode("utf-8"))
        forms.append("\n".join([t for el in root.iter() for t in [el.text or ""] + list(el.attrib.values())]))
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
def lines_of(f, raw):
    lf_final(f, raw)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


# ---- 1277 KULASIS syllabus
KU_SECTIONS = ["[授業の概要・目的]", "[到達目標]", "[授業計画と内容]", "[履修要件]", "[成績評価の方法・観点]", "[教科書]",
               "[参考書等]", "[授業外学修（予習・復習）等]", "[その他（オフィスアワー等）]"]


def check_kulasis(f, raw):
    L = lines_of(f, raw)
    if L[0] != "KULASIS 教務情報システム": errors.append(f"{f}: the system line first")
    if not any("シラバス参照" in l for l in L[:5]): errors.append(f"{f}: no breadcrumb")
    secs = [(i, l.strip()) for i, l in enumerate(L) if re.fullmatch(r" \[.+\]", l)]
    if [s for _, s in secs] != KU_SECTIONS: errors.append(f"{f}: sections {[s for _, s in secs]} (want KULASIS order)"); return
    first = secs[0][0]
    if any("\t" in l for l in L[first:]) and not all(l.startswith("科目ナンバリング") for l in L[first:] if "\t" in l): errors.append(f"{f}: tabs outside the course table")
    ym = re.fullmatch(r"(\d{4})年度", next((l for l in L[:first] if l.endswith("年度")), ""))
    om = re.search(r"開講年度・開講期\t(\d{4})・(前期|後期|通年)", "\n".join(L[:first]))
    if not ym or not om or ym.group(1) != om.group(1): errors.append(f"{f}: <year>年度 vs 開講年度")
    head = "\n".join(L[:first])
    if not re.search(r"単位数\t\d単位", head): errors.append(f"{f}: 単位数")
    if not re.search(r"^曜時限\t[月火水木金土][1-5]$", head, re.M): errors.append(f"{f}: 曜時限")
    pos = {s: i for i, s in secs}
    plan = L[pos["[授業計画と内容]"] + 1:pos["[履修要件]"]]
    nums = [int(m.group(1)) for l in plan for m in [re.match(r"第(\d+)回　", l)] if m]
    if nums != list(range(1, 16)): errors.append(f"{f}: sessions {nums} (want 第1回 … 第15回)")
    ref = L[pos["[参考書等]"] + 1:pos["[授業外学修（予習・復習）等]"]]
    try:
        a, b = ref.index("  （参考書）"), ref.index("  （関連ＵＲＬ）")
        if not a < b: raise ValueError
        if not all(re.match(r"https?://\S+ ", l) for l in ref[b + 1:]): errors.append(f"{f}: a 関連ＵＲＬ line that is not a URL")
    except ValueError:
        errors.append(f"{f}: （参考書） / （関連ＵＲＬ） in [参考書等]")
    if not re.fullmatch(r"Copyright © \d{4} KULASIS All Rights Reserved\.", L[-1]): errors.append(f"{f}: the copyright line last")


# ---- 1278 Prettier-formatted awesome README
def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def check_prettier(f, raw):
    L = lines_of(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab")
    if any(l != l.rstrip() for l in L): errors.append(f"{f}: trailing whitespace")
    if "\n\n\n" in raw: errors.append(f"{f}: a run of blank lines")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: no awesome badge on the title line")
    if not (L[1] == "" and "prettier" in L[2] and L[2].startswith("[![code style: prettier]")): errors.append(f"{f}: Prettier's badge after the title")
    incode = False
    heads = []
    for i, l in enumerate(L):
        if l.startswith("```"): incode = not incode; continue
        if incode: continue
        if re.match(r"#{1,6} ", l):
            if (i > 0 and L[i - 1] != "") or (i + 1 < len(L) and L[i + 1] != ""): errors.append(f"{f}: line {i + 1}: no blank line around a heading")
            if l.startswith(("## ", "### ")): heads.append(l)
        if re.match(r"\s*[*+] ", l): errors.append(f"{f}: line {i + 1}: a bullet not written `- `")
        if re.search(r"(?<![*\w])\*(?!\*)[^*\s][^*]*\*(?!\*)", l) and not l.startswith("|"): errors.append(f"{f}: line {i + 1}: `*` emphasis (Prettier writes `_`)")
    # tables
    i = 0
    while i < len(L):
        if not L[i].startswith("|"): i += 1; continue
        j = i
        while j < len(L) and L[j].startswith("|"): j += 1
        rows = L[i:j]
        ignored = i > 0 and L[i - 1] == "<!-- prettier-ignore -->"
        cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
        if len({len(c) for c in cells}) != 1: errors.append(f"{f}: line {i + 1}: table rows with different cell counts")
        elif not ignored:
            if len({width(r) for r in rows}) != 1: errors.append(f"{f}: line {i + 1}: table rows not padded to one width")
            w = [max(3, *(width(c[k]) for c in cells[:1] + cells[2:])) for k in range(len(cells[0]))]
            want = ["| " + " | ".join(c[k] + " " * (w[k] - width(c[k])) for k in range(len(c))) + " |" for c in cells]
            want[1] = "| " + " | ".join("-" * x for x in w) + " |"
            if want != rows: errors.append(f"{f}: line {i + 1}: table not aligned as Prettier aligns it (display width)")
            if cells[0] == ["论文", "发表", "链接", "说明"]:
                for c in cells[2:]:
                    if not (c[2] == "—" or re.fullmatch(r"\[[^\]]+\]\(https?://[^)\s]+\)", c[2])): errors.append(f"{f}: a link cell {c[2][:30]!r}")
        i = j
    try:
        t0 = L.index("## 目录")
        toc = []
        for l in L[t0 + 2:]:
            if not l: break
            toc.append(l)
        want = [("  " if h.startswith("### ") else "") + f"- [{h.split(' ', 1)[1]}](#{gh_slug(h.split(' ', 1)[1])})" for h in heads if h != "## 目录"]
        if toc != want: errors.append(f"{f}: the 目录 is not the headings with their GitHub anchors")
    except ValueError:
        errors.append(f"{f}: no ## 目录")
    if "npx prettier --write README.md" not in raw: errors.append(f"{f}: no prettier command in the contributing section")


# ---- 1279 Samsung Email forward
HEAD_1279 = ["Return-Path", "Received", "Received", "Date", "Message-ID", "X-Android-Message-ID", "Subject", "From", "To",
             "Importance", "X-Priority", "X-MSMail-Priority", "MIME-Version", "Content-Type"]
RULE = "-" * 78


def arx_head(arch):
    return [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
            "Archives at http://arxiv.org/", f"To unsubscribe, e-mail To: {arch}@arXiv.org, Subject: cancel", RULE]


def check_listing(f, lst, arch, fdate):
    if lst[:7] != arx_head(arch): errors.append(f"{f}: the listing's head lines"); return
    wm = re.fullmatch(r" received from  (\w{3}) ([ \d]\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  (\w{3}) ([ \d]\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT",
                      next((l for l in lst if l.startswith(" received from")), ""))
    if not wm: errors.append(f"{f}: no received-window line"); return
    try:
        w0 = dt.datetime.strptime(" ".join([wm.group(2).strip(), *wm.group(3, 4, 5)]), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
        w1 = dt.datetime.strptime(" ".join([wm.group(7).strip(), *wm.group(8, 9, 10)]), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        errors.append(f"{f}: window dates"); return
    if w0.strftime("%a") != wm.group(1) or w1.strftime("%a") != wm.group(6) or w1 - w0 != dt.timedelta(days=1) or w0.hour != 19:
        errors.append(f"{f}: the window is not one day from 19:00 GMT with the weekdays right")
    if fdate and not w1 < fdate: errors.append(f"{f}: the forwarded mail is dated before the window's end")
    i, n = 0, 0
    while i < len(lst):
        if lst[i] != "\\\\": i += 1; continue
        n += 1
        try:
            aid = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", lst[i + 1]).group(1)
            rm = re.fullmatch(r"(?:replaced with revised version|Date:) (.+ GMT)   \((\d+)kb,D\)", lst[i + 2])
            rd = email.utils.parsedate_to_datetime(rm.group(1))
        except (AttributeError, TypeError, ValueError, IndexError):
            errors.append(f"{f}: entry {n}: the arXiv / date lines"); i += 1; continue
        new = lst[i + 2].startswith("Date:")
        if not (w0 <= rd <= w1): errors.append(f"{f}: entry {n}: dated outside the window")
        j, fields = i + 4, []
        if lst[i + 3] != "": errors.append(f"{f}: entry {n}: no empty line after the date")
        while j < len(lst) and not lst[j].startswith("\\\\"):
            if lst[j].startswith("  ") and fields: fields[-1][1] += " " + lst[j].strip()
            else:
                fm_ = re.fullmatch(r"(\w+): (.*)", lst[j])
                if not fm_: errors.append(f"{f}: entry {n}: line {lst[j][:40]!r}"); break
                fields.append([fm_.group(1), fm_.group(2)])
            if len(lst[j]) > 80: errors.append(f"{f}: entry {n}: a line over 80 characters")
            j += 1
        if [x[0] for x in fields] not in (["Title", "Authors", "Categories"], ["Title", "Authors", "Categories", "Comments"]): errors.append(f"{f}: entry {n}: fields {[x[0] for x in fields]}")
        for name, val in fields:
            want = textwrap.wrap(f"{name}: {val}", width=80, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
            if "\n".join(want) not in "\n".join(lst[i + 4:j]): errors.append(f"{f}: entry {n}: {name} not wrapped at 80 with two-space continuations")
        if new:
            if j >= len(lst) or lst[j] != "\\\\": errors.append(f"{f}: entry {n}: a new entry without its abstract"); i = j + 1; continue
            k = j + 1
            while k < len(lst) and lst[k].startswith("  "): k += 1
            if k == j + 1: errors.append(f"{f}: entry {n}: an empty abstract")
            j = k
        if j >= len(lst) or lst[j] != f"\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)": errors.append(f"{f}: entry {n}: the closing line is not `\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)`")
        if j + 1 >= len(lst) or lst[j + 1] != RULE: errors.append(f"{f}: entry {n}: no rule after the entry")
        i = j + 1
    if n == 0: errors.append(f"{f}: no listing entries")


def check_samsung(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1279: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    mids = [re.fullmatch(r"<[0-9a-z]{24}\.(\d{13})@email\.android\.com>", msg[h] or "") for h in ("Message-ID", "X-Android-Message-ID")]
    if not all(mids) or mids[0].group(1) != mids[1].group(1): errors.append(f"{f}: Message-ID / X-Android-Message-ID not <…>.<ms>@email.android.com with one stamp")
    try:
        outer = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); outer = None
    if outer and mids[0] and abs(int(mids[0].group(1)) / 1000 - outer.timestamp()) > 120: errors.append(f"{f}: the Message-ID stamp is not the Date")
    if not re.fullmatch(r"=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <[\w.]+@[\w.-]+>", msg["From"] or ""): errors.append(f"{f}: From is not an RFC 2047 B-word name and an address")
    bm = re.fullmatch(r'multipart/alternative; boundary="(--_com\.samsung\.android\.email_\d{16})"', msg["Content-Type"] or "")
    if not bm: errors.append(f"{f}: Content-Type / Samsung boundary"); return
    parts = msg.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}"); return
    dec = []
    for p in parts:
        if (p.get_content_charset() or "") != "utf-8" or p["Content-Transfer-Encoding"] != "base64": errors.append(f"{f}: a part not utf-8 base64")
        enc = p.get_payload()
        if any(len(l) > 76 for l in enc.split("\r\n")): errors.append(f"{f}: a base64 line over 76 characters")
        try:
            t = base64.b64decode(enc).decode("utf-8")
        except (ValueError, UnicodeError):
            errors.append(f"{f}: a part does not decode"); return
        if base64.encodebytes(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n") != enc.rstrip("\r\n"): errors.append(f"{f}: base64 not as Python re-encodes it (76 columns)")
        dec.append(t)
    plain, htm = dec
    D = plain.rstrip("\n").split("\n")
    try:
        k = D.index("-------- 원본 이메일 --------")
    except ValueError:
        errors.append(f"{f}: no `-------- 원본 이메일 --------` header"); return
    if "Galaxy 스마트폰에서 보냈습니다." not in D[:k]: errors.append(f"{f}: no Galaxy signature before the forwarded message")
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["발신", "날짜", "수신", "제목"]: errors.append(f"{f}: forward header lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[3].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded 제목")
    sm = re.fullmatch(r"날짜: (\d{4})\. (\d{1,2})\. (\d{1,2})\. (오전|오후) (\d{1,2}):(\d\d) \(GMT\+09:00\)", fh[1])
    fdate = None
    if sm:
        h = int(sm.group(5)) % 12 + (12 if sm.group(4) == "오후" else 0)
        try:
            fdate = dt.datetime(int(sm.group(1)), int(sm.group(2)), int(sm.group(3)), h, int(sm.group(6)), tzinfo=dt.timezone(dt.timedelta(hours=9)))
        except ValueError:
            pass
    if not fdate: errors.append(f"{f}: forwarded 날짜 {fh[1]!r}")
    elif outer and not fdate <= outer: errors.append(f"{f}: forwarded 날짜 after the outer Date")
    arch = re.search(r"^(\w+) daily", fh[3].split(": ", 1)[1])
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    lst = D[k + 6:]
    check_listing(f, lst, arch.group(1), fdate)
    if 'id="composer_signature"' not in htm: errors.append(f"{f}: the HTML part has no composer_signature")
    if "".join(f"<div>{html.escape(l, quote=False)}</div>" for l in D[k:k + 5]) not in htm: errors.append(f"{f}: the HTML part's forward header differs")
    hl = re.search(r"\n([^\n]*<br>)\n</body></html>$", htm)
    if not hl or [html.unescape(x) for x in hl.group(1).split("<br>")[:-1]] != lst: errors.append(f"{f}: the HTML part's listing differs from the plain one")


# ---- 1280 pdftotext -layout references (Unified Style Sheet for Linguistics)
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"


def check_ussl(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n\f"): errors.append(f"{f}: the last page does not end with a form feed")
    pages = raw.split("\f")[:-1]
    nums = []
    for p in pages:
        pl = [l for l in p.split("\n") if l.strip()]
        m = re.fullmatch(r" {30,}([۰-۹]+)", pl[-1]) if pl else None
        if not m: errors.append(f"{f}: a page without its number at the foot"); continue
        nums.append(int("".join(str(FA_DIG.index(c)) for c in m.group(1))))
    if nums and nums != list(range(nums[0], nums[0] + len(nums))): errors.append(f"{f}: page numbers {nums}")
    L = [l for l in raw.replace("\f", "").split("\n") if not re.fullmatch(r" {30,}[۰-۹]+", l)]
    ne = [l.strip() for l in L if l.strip()]
    if not ne or ne[0] != "منابع": errors.append(f"{f}: منابع first")
    try:
        a, b = L.index(next(l for l in L if l.strip() == "منابع فارسی")), L.index(next(l for l in L if l.strip() == "منابع انگلیسی"))
    except StopIteration:
        errors.append(f"{f}: no منابع فارسی / منابع انگلیسی"); return
    if not a < b: errors.append(f"{f}: منابع فارسی after منابع انگلیسی")
    for l in L[:b + 1]:
        if l.strip() and re.search(r"[\u0600-\u06ff]", l) and len(l) not in (87, 92): errors.append(f"{f}: a Persian line not right-aligned to column 92 (87 for a continuation): {l.strip()[:30]!r}")
    ents = []
    for l in L[b + 1:]:
        if not l.strip(): continue
        if len(l) > 92 and len(l.split()) > 1: errors.append(f"{f}: a line over 92 columns")
        if l.startswith("     ") and not l.startswith("      "):
            if not ents: errors.append(f"{f}: a continuation line before any entry"); continue
            ents[-1] += " " + l.strip()
        elif l[0] != " ": ents.append(l.strip())
        else: errors.append(f"{f}: a line indented neither 0 nor 5: {l[:30]!r}")
    keys_ = []
    for e in ents:
        e = " ".join(e.split())
        m = re.match(r"(.+?)\. (\d{4})\. ", e)
        if not m: errors.append(f"{f}: an entry without `Names. Year.`: {e[:40]!r}"); continue
        nm = m.group(1)
        if "et al" in e: errors.append(f"{f}: et al. in {e[:30]!r}")
        parts = nm.split(" & ")
        if len(parts) > 2: errors.append(f"{f}: more than one & in {e[:30]!r}")
        sm_ = re.fullmatch(r"([^,]+), ([^,]+)((?:, [^,]+)*)", parts[0])
        if not sm_:
            if len(parts) > 1 or "," in nm: errors.append(f"{f}: names not `Surname, Given[, Given Surname]… & Given Surname`: {nm[:40]!r}")
            keys_.append(nm.casefold()); continue
        if len(parts) == 1 and sm_.group(3): errors.append(f"{f}: several authors without & before the last: {nm[:40]!r}")
        if len(parts) == 2 and parts[1].count(",") : errors.append(f"{f}: a comma after &: {nm[:40]!r}")
        keys_.append(sm_.group(1).casefold())
        if re.search(r", \d+-\d+\.", e): errors.append(f"{f}: a page range with a hyphen: {e[:30]!r}")
        if not (e.endswith(".") or e.endswith(".)")): errors.append(f"{f}: an entry not ending with a full stop: {e[-20:]!r}")
    if keys_ != sorted(keys_, key=lambda s: unicodedata.normalize("NFKD", s)): errors.append(f"{f}: English entries not alphabetical: {keys_}")


# ---- 1281 Synapsen BibTeX
BIB_TYPES = {"article", "inproceedings", "book", "misc", "mastersthesis", "phdthesis", "techreport", "incollection"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ı", "i")) if c.isascii() and c.isalpha())


def check_synapsen(f, raw):
    L = lines_of(f, raw)
    if not (L[0].startswith("% This file was created with Synapsen ") and re.fullmatch(r"% Export: .+, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", L[1]) and L[2] == "% Encoding: UTF-8"):
        errors.append(f"{f}: the Synapsen header")
    i, keys_ = 0, []
    while i < len(L) and (L[i].startswith("%") or not L[i]): i += 1
    while i < len(L):
        m = re.fullmatch(r"@(\w+)\{([^,\s]+),", L[i])
        if not m: errors.append(f"{f}: line {i + 1}: not an entry head: {L[i][:40]!r}"); return
        typ, key = m.groups()
        if typ not in BIB_TYPES: errors.append(f"{f}: entry {key}: type @{typ}")
        j, fields = i + 1, {}
        while j < len(L) and L[j] != "}":
            fm = re.fullmatch(r"  ([a-z]+) = \{(.*)\}(,?)", L[j])
            if not fm: errors.append(f"{f}: line {j + 1}: not `  field = {{value}},`"); j += 1; continue
            last = j + 1 < len(L) and L[j + 1] == "}"
            if (fm.group(3) == ",") == last: errors.append(f"{f}: line {j + 1}: a comma {'after the last field' if last else 'missing'}")
            v = fm.group(2); depth = 0
            for c in v:
                depth += {"{": 1, "}": -1}.get(c, 0)
                if depth < 0: break
            if depth != 0: errors.append(f"{f}: line {j + 1}: unbalanced braces")
            fields[fm.group(1)] = v; j += 1
        if j >= len(L): errors.append(f"{f}: entry {key} not closed"); return
        if j + 1 < len(L) and L[j + 1] != "": errors.append(f"{f}: no blank line after entry {key}")
        au = fields.get("author", "")
        first = au.split(" and ")[0].split(",")[0]
        km = re.fullmatch(r"([A-Za-z]+)_(\d{4})[a-z]?", key)
        if not km or km.group(1) != fold(first) or km.group(2) != fields.get("year"): errors.append(f"{f}: key {key} is not the first author's surname + _ + year")
        if "eprint" in fields and fields.get("archiveprefix") != "arXiv": errors.append(f"{f}: {key}: eprint without archiveprefix arXiv")
        if "url" in fields and not re.fullmatch(r"https?://\S+", fields["url"]): errors.append(f"{f}: {key}: url")
        if "doi" in fields and not re.fullmatch(r"10\.\d{4,5}/\S+", fields["doi"]): errors.append(f"{f}: {key}: doi")
        if "pages" in fields and not re.fullmatch(r"\d+--\d+", fields["pages"]): errors.append(f"{f}: {key}: pages")
        if "title" not in fields or "year" not in fields: errors.append(f"{f}: {key}: no title / year")
        keys_.append(key); i = j + 2
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not sorted by key")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")


# ---- 1282 Kimai CSV
KIMAI_HEAD = ["Date", "From", "To", "Duration", "Currency", "Rate", "User", "Customer", "Project", "Activity", "Description",
              "Exported", "Billable", "Tags", "Hourly rate", "Type", "Category"]


def check_kimai(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    buf = io.StringIO(newline="")
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not every field quoted with LF records (the writer's form)")
    if not rows or rows[0] != KIMAI_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    starts, rates, single = [], {}, {"Currency": set(), "Customer": set(), "Project": set()}
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(KIMAI_HEAD): errors.append(f"{f}: row {n}: {len(r)} fields"); continue
        d = dict(zip(KIMAI_HEAD, r))
        try:
            day = dt.date.fromisoformat(d["Date"])
            a = dt.datetime.strptime(d["From"], "%H:%M"); b = dt.datetime.strptime(d["To"], "%H:%M")
        except ValueError:
            errors.append(f"{f}: row {n}: date / time"); continue
        if not re.fullmatch(r"\d{1,2}:\d\d", d["From"]) or not re.fullmatch(r"\d{1,2}:\d\d", d["To"]): errors.append(f"{f}: row {n}: h:mm times")
        m = int((b - a).total_seconds() // 60)
        if m <= 0: errors.append(f"{f}: row {n}: To not after From")
        if d["Duration"] != f"{m // 60}:{m % 60:02d}": errors.append(f"{f}: row {n}: Duration {d['Duration']} is not To − From")
        try:
            hr = float(d["Hourly rate"])
            if d["Rate"] != f"{m * hr / 60:.2f}": errors.append(f"{f}: row {n}: Rate is not Duration × Hourly rate")
        except ValueError:
            errors.append(f"{f}: row {n}: Hourly rate")
        if rates.setdefault(d["User"], d["Hourly rate"]) != d["Hourly rate"]: errors.append(f"{f}: row {n}: a second hourly rate for {d['User']}")
        for k in single: single[k].add(d[k])
        if d["Exported"] not in ("Yes", "No") or d["Billable"] not in ("Yes", "No"): errors.append(f"{f}: row {n}: Exported / Billable")
        if d["Type"] != "timesheet" or d["Category"] != "work": errors.append(f"{f}: row {n}: Type / Category")
        if not re.fullmatch(r"[\w-]+(,[\w-]+)*", d["Tags"]): errors.append(f"{f}: row {n}: tags")
        starts.append((day, a.time()))
    ascending(f, "record starts", starts)
    for k, v in single.items():
        if len(v) != 1: errors.append(f"{f}: more than one {k}: {sorted(v)}")


# ---- 1283 dxdy topic
RU_MON = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def check_dxdy(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Научный форум dxdy": errors.append(f"{f}: the site name first")
    cnt = [int(m.group(1)) for l in L for m in [re.search(r"\[ Сообщений: (\d+) \]", l)] if m]
    try:
        s = L.index("Автор\tСообщение")
    except ValueError:
        errors.append(f"{f}: no `Автор	Сообщение`"); return
    mods = next((l for l in L if l.startswith("Модераторы: ")), "")
    mods = [x.strip() for x in mods[len("Модераторы: "):].split(",")]
    topic, posts, i = None, [], s + 1
    while i < len(L) and not L[i].startswith("Показать сообщения за:"):
        a = L[i]
        tm = re.fullmatch(r" Заголовок сообщения: (Re: )?(.+)", L[i + 1]) if i + 1 < len(L) else None
        dm = re.fullmatch(r"Сообщение(\d\d\.\d\d\.\d{4}, \d\d:\d\d) ", L[i + 2]) if i + 2 < len(L) else None
        if not tm or not dm: errors.append(f"{f}: line {i + 1}: a post must start with author, title and `Сообщение<date>`"); return
        if topic is None:
            topic = tm.group(2)
            if tm.group(1): errors.append(f"{f}: the first post's title starts with Re:")
        elif not tm.group(1) or tm.group(2) != topic: errors.append(f"{f}: line {i + 2}: a reply's title is not `Re: ` + the topic")
        when = dt.datetime.strptime(dm.group(1), "%d.%m.%Y, %H:%M")
        j = i + 3
        rank = L[j] if L[j] != "Аватара пользователя" else ""
        if rank: j += 1
        if rank == "Модератор" and a not in mods: errors.append(f"{f}: {a} ranked Модератор but not a listed moderator")
        if L[j:j + 3] != ["Аватара пользователя", "", ""]: errors.append(f"{f}: line {j + 1}: avatar lines")
        rm = re.fullmatch(r"Регистрация: (\d{1,2}) (\w{3}) (\d{4})", L[j + 3])
        if not rm or rm.group(2) not in RU_MON: errors.append(f"{f}: line {j + 4}: registration line"); return
        reg = dt.datetime(int(rm.group(3)), RU_MON.index(rm.group(2)) + 1, int(rm.group(1)))
        if reg > when: errors.append(f"{f}: {a} registered after posting")
        if not re.fullmatch(r"Сообщения: \d+", L[j + 4]): errors.append(f"{f}: line {j + 5}: message count")
        k = j + 5
        if L[k].startswith("Откуда: "): k += 1
        e = k
        while e < len(L) and L[e] != "Вернуться к началу": e += 1
        if e + 1 >= len(L) or L[e - 1] != "" or L[e + 1] != " Профиль  ": errors.append(f"{f}: post by {a}: back-to-top / profile lines"); return
        text = L[k:e - 1]
        for q, l in enumerate(text):
            qm = re.fullmatch(r"(\S+) в сообщении #(\d+) писал\(а\):", l)
            if qm:
                earlier = [t for (pa, pw, pt) in posts if pa == qm.group(1) for t in pt]
                if len(qm.group(2)) != 7 or not earlier: errors.append(f"{f}: a quote of {qm.group(1)} who has not posted before")
                elif q + 1 >= len(text) or not any(text[q + 1] in t for t in earlier): errors.append(f"{f}: quoted text not in {qm.group(1)}'s earlier posts")
        posts.append((a, when, text))
        i = e + 2
    if not posts: errors.append(f"{f}: no posts"); return
    ascending(f, "post times", [w for _, w, _ in posts])
    if len(cnt) != 2 or set(cnt) != {len(posts)}: errors.append(f"{f}: [ Сообщений: N ] {cnt} for {len(posts)} posts")
    if L[-1] != "Powered by phpBB © 2000, 2002, 2005, 2007 phpBB Group": errors.append(f"{f}: the phpBB footer")


# ---- 1284 SqualoMail web version
SL_WD = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
SL_MON = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"]


def check_squalo(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="sl">\n'):
        errors.append(f"{f}: doctype / html element")
    html_balanced(f, "page", raw)
    hrefs = re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', raw)
    trk = [(h, t) for h, t in hrefs if "squalomail.com" not in h]
    cm = [re.fullmatch(r"https://klik\.sqm\.example\.si/c/(\d+)/(\d+)/([0-9a-f]+)\?url=([A-Za-z0-9%._~-]+)", h) for h, _ in trk]
    if not all(cm): errors.append(f"{f}: a link that is not `…/c/<campaign>/<n>/<token>?url=<encoded>`"); return
    if len({m.group(1) for m in cm}) != 1 or len({m.group(3) for m in cm}) != 1: errors.append(f"{f}: more than one campaign / token")
    if [int(m.group(2)) for m in cm] != list(range(1, len(cm) + 1)): errors.append(f"{f}: link numbers not 1, 2, … in document order")
    camp, tok = cm[0].group(1), cm[0].group(3)
    for m, (_, t) in zip(cm, trk):
        tgt = unquote(m.group(4))
        if not re.fullmatch(r"https?://\S+", tgt) or quote(tgt, safe="") != m.group(4): errors.append(f"{f}: link {m.group(2)}: target not a fully percent-encoded URL")
        if re.fullmatch(r"[\w.-]+\.(org|com|net|si)/\S*", t) and re.sub(r"^https?://", "", tgt) != t: errors.append(f"{f}: link {m.group(2)}: its address text {t!r} is not its target")
    tm = re.search(r"<title>Agentni četrtek #(\d+) ", raw); hm = re.search(r"<h1[^>]*>Agentni četrtek #(\d+)</h1>", raw)
    if not tm or not hm or tm.group(1) != hm.group(1): errors.append(f"{f}: issue number in <title> vs h1")
    else:
        prev = [unquote(m.group(4)) for m in cm if unquote(m.group(4)).startswith("https://novice.agentni.example.si/arhiv/")]
        if not any(p.endswith("/" + str(int(tm.group(1)) - 1)) for p in prev): errors.append(f"{f}: no link to the previous issue N − 1")
    dm = re.search(r"(\w+), (\d{1,2})\. (\w+) (\d{4}) ·", raw)
    try:
        d = dt.date(int(dm.group(4)), SL_MON.index(dm.group(3)) + 1, int(dm.group(2)))
        if SL_WD[d.weekday()] != dm.group(1): errors.append(f"{f}: the date line's weekday is wrong")
    except (AttributeError, ValueError):
        errors.append(f"{f}: no valid Slovenian date line")
    tg = [unquote(m.group(4)) for m in cm]
    if not any(t.endswith(f"/odjava?t={tok}") for t in tg) or not any(t.endswith(f"/nastavitve?t={tok}") for t in tg): errors.append(f"{f}: unsubscribe / preferences links without the token")
    if f'<a href="https://www.squalomail.com/?utm_source=newsletter&amp;utm_medium=footer&amp;utm_campaign={camp}" target="_blank" style="color:#8a8a8a;">Powered by SqualoMail</a>' not in raw: errors.append(f"{f}: the Powered by SqualoMail badge")


# ---- 1285 Serendipity 2k11 post
HI_WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
HI_MON = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def check_s9y(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!doctype html>\n") or '<html class="no-js" lang="hi">' not in raw: errors.append(f"{f}: doctype / lang")
    html_balanced(f, "page", raw)
    if not re.search(r'<meta name="generator" content="Serendipity v\.\d+\.\d+\.\d+">', raw): errors.append(f"{f}: the generator meta")
    h1 = re.search(r"<h1>(.*?)</h1>", raw); h2 = re.search(r'<h2><a href="([^"]+)">(.*?)</a></h2>', raw)
    t = re.search(r"<title>(.*?)</title>", raw)
    if not (h1 and h2 and t) or html.unescape(t.group(1)) != tagtext(h2.group(2)) + " - " + tagtext(h1.group(1)): errors.append(f"{f}: <title> is not the entry title - the blog title"); return
    pm = re.fullmatch(r"(https://[^/]+)/archives/(\d+)-[\w-]+\.html", h2.group(1))
    if not pm: errors.append(f"{f}: the permalink is not /archives/<id>-<slug>.html"); return
    base, eid = pm.groups()
    if f'<link rel="canonical" href="{h2.group(1)}">' not in raw: errors.append(f"{f}: canonical is not the permalink")
    for want in (f'class="post serendipity_entry_{eid}"', f"comment.php?type=pingback&amp;entry_id={eid}", f"comment.php?type=trackback&amp;entry_id={eid}",
                 f"comment.php?type=comment&amp;entry_id={eid}", f'name="serendipity[entry_id]" value="{eid}"'):
        if want not in raw: errors.append(f"{f}: the entry id {eid} missing in {want[:40]!r}")
    bm = re.search(r'<span class="post_byline">.*?<time datetime="([^"]+)">(\S+), (\d{1,2}) (\S+) (\d{4})</time>', raw)
    post_t = None
    try:
        post_t = dt.datetime.fromisoformat(bm.group(1))
        d = dt.date(int(bm.group(5)), HI_MON.index(bm.group(4)) + 1, int(bm.group(3)))
        if d != post_t.date() or HI_WD[d.weekday()] != bm.group(2): errors.append(f"{f}: the byline's date / Hindi weekday")
    except (AttributeError, ValueError):
        errors.append(f"{f}: the byline date")
    for href, txt in re.findall(r'<a href="([^"]+)" title="[^"]*" rel="tag">(.*?)</a>', raw):
        if href != f"{base}/plugin/tag/{quote(html.unescape(txt))}": errors.append(f"{f}: tag link {href!r}")
    cs = re.findall(r'<article id="c(\d+)" class="comment( comment_reply)?[^"]*"[^>]*>\n<h4>.*?<time datetime="([^"]+)">.*?<a class="comment_source_trace" href="#c(\d+)">#([\d.]+)</a> <a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_(\d+)" onclick="document.getElementById\(\'serendipity_replyTo\'\).value=\'(\d+)\'; return false;">', raw, re.S)
    if len(cs) != raw.count('<article id="c'): errors.append(f"{f}: a comment not in the 2k11 form"); return
    ids = [c[0] for c in cs]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate comment ids")
    top, sub, last_top_t = 0, 0, None
    for cid, reply, iso, a1, numb, a2, a3 in cs:
        if not (cid == a1 == a2 == a3): errors.append(f"{f}: comment {cid}: anchor / reply ids differ")
        ct = dt.datetime.fromisoformat(iso)
        if post_t and ct < post_t: errors.append(f"{f}: comment {cid} before the post")
        if reply:
            sub += 1
            if numb != f"{top}.{sub}": errors.append(f"{f}: comment {cid} numbered #{numb}, want #{top}.{sub}")
            if last_top_t and ct < last_top_t: errors.append(f"{f}: reply {cid} before its parent")
        else:
            top += 1; sub = 0; last_top_t = ct
            if numb != str(top): errors.append(f"{f}: comment {cid} numbered #{numb}, want #{top}")
    cm = re.search(r'#comments">(\d+) टिप्पणियाँ</a>', raw)
    if not cm or int(cm.group(1)) != len(cs): errors.append(f"{f}: the comment count line")
    opts = re.findall(r'<option value="(\d+)">#\d+: ', raw)
    if opts != ids: errors.append(f"{f}: replyTo options are not the comments")
    if '<footer id="colophon"><p><span lang="en">Powered by <a href="http://s9y.org">Serendipity</a> &amp; the <i>2k11</i> theme.</span></p></footer>' not in raw: errors.append(f"{f}: the colophon")


# ---- 1286 telepathy-logger chatroom log
MSG = re.compile(r"<message time='(\d{8})T(\d\d:\d\d:\d\d)' id='([^']+)' name='([^']+)' token='([^']*)' isuser='(true|false)' type='(normal|action)'>([^<]*)</message>")


def check_tplogger(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["<?xml version='1.0' encoding='utf-8'?>", '<?xml-stylesheet type="text/xsl" href="log-store-xml.xsl"?>', "<log>"] or L[-1] != "</log>":
        errors.append(f"{f}: the XML declaration, stylesheet instruction and <log> … </log>")
    try:
        ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}")
    days, times, users, toks, room = set(), [], {}, [], None
    for n, l in enumerate(L[3:-1], 4):
        m = MSG.fullmatch(l)
        if not m: errors.append(f"{f}: line {n}: not a <message> with time / id / name / token / isuser / type"); continue
        day, tm, jid, name, tok, isu, typ, body = m.groups()
        days.add(day); times.append(tm)
        r, _, nick = jid.rpartition("/")
        if nick != name: errors.append(f"{f}: line {n}: id's nick {nick} is not name {name}")
        room = room or r
        if r != room: errors.append(f"{f}: line {n}: another room {r}")
        users.setdefault(name, set()).add(isu)
        toks.append(tok)
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", tok): errors.append(f"{f}: line {n}: token not a UUID")
        if "'" in body or '"' in body or re.search(r"&(?!amp;|lt;|gt;|#39;|quot;)", body): errors.append(f"{f}: line {n}: body not escaped as g_markup_escape_text")
    if len(days) != 1: errors.append(f"{f}: messages of more than one day {sorted(days)}")
    ascending(f, "message times", times)
    if any(len(v) != 1 for v in users.values()) or sum("true" in v for v in users.values()) != 1: errors.append(f"{f}: isuser 'true' must mark exactly one nick")
    if len(set(toks)) != len(toks): errors.append(f"{f}: duplicate tokens")


def shape_checks(f, raw, path):
    n = num(f)
    {1277: check_kulasis, 1278: check_prettier, 1279: check_samsung, 1280: check_ussl, 1281: check_synapsen,
     1282: check_kimai, 1283: check_dxdy, 1284: check_squalo, 1285: check_s9y,
     1286: check_tplogger}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round126's and round127's, a byte-identical file counted once), and the round126/round127 split (candidates sorted by
# (uses, catalogue title); round126 = even positions from 4 on, one unbroken run; round127 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P127S = ["/work/rounds/digests-round127/expected.json", "/work/main/tests/data/digests-round127/expected.json"]
P127 = next((p for p in P127S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P127S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round126", "digests-round127") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round126 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r127 = set()
if P127:
    try:
        r127 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P127)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P127} exists but could not be read (being written?)")
    if r127 & mine: errors.append(f"papers also in round127: {sorted(r127 & mine)}")
shared127 = len(r127 & mine) if P127 else "(no round127 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round126 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round127: {shared127}; papers in more than one round126 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

