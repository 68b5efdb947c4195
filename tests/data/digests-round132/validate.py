#!/usr/bin/env python3
r"""Checks round132/expected.json against the digests and the shared catalogues.

Adapted from round130/validate.py (the label checks are the same code; the reuse report is round130's with round132 /
round133 in place of round130 / round131: round132 holds the even positions from 4, position 1 left out; the arXiv
listing reader is round126's, unchanged; the readers and the shape checks are new). The reuse report counts every
/work/main/tests/data/*/expected.json except round132's and round133's own (a digests-round132 / digests-round133
folder, or a file whose bytes equal round132's or round133's expected.json) — a file whose bytes equal one already
counted is counted once — and checks the split: round132 holds the even positions of the candidates sorted by (uses,
catalogue title), position 1 left out, as one run from position 4 up to its last paper; it fails on a paper shared
with round133's expected.json (read only, from /work/rounds/digests-round133/ or /work/main/tests/data/digests-round133/,
when it exists), and on a paper in more than one round132 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1339 its quoted-printable ISO-8859-2 body and
headers (email's decoder); 1342 every CSV field; everything: HTML entities undone once and twice, percent-escapes
undone. Titles are matched after whitespace normalisation (and TeX braces / accents), case-blind; a title found only
that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1337 KOAN syllabus page saved by Chrome (LF; the HTML 4.01 Transitional doctype, then `<!-- saved from url=(NNNN)URL
-->` with NNNN the URL's length; `<html lang="ja"><head>` with the charset meta first; tags balanced; a <tbody> in
every table; resources rewritten to ./シラバス参照_files/; no bare & in attributes; the 23 syllabus rows in KOAN's
order; lct_year / lct_cd / func of the saved URL = 開講年度 / 時間割コード / the refer function; 曜日・時限 and 単位数;
授業計画 = 第1回..第15回 with a full-width space; 参考文献 numbered [1]..[N], every ［k］ of the plan among them;
成績評価 percentages adding up to 100);
1338 awesome README with pytablewriter tables (LF, final newline; no tab or trailing space; the awesome badge; the
generated-file comment naming scripts/build_readme.py and pytablewriter; headings with blank lines around; the
contents list = the headings after it, each anchor GitHub's (letters, marks, digits, - and _ kept, spaces to -);
every table re-rendered as pytablewriter writes it — widths by East Asian width, header centred, str left `----`,
int right `--:` — and equal; the header; tables right under a heading; code cells `[o/r](https://github.com/o/r)` or
`—`; years);
1339 Poczta o2 forward (CRLF only, final CRLF; the header names in order; Date in Polish local time, CET / CEST by the
EU rule; From an ISO-8859-2 Q-word that decodes, Message-ID `<ms.n.user@o2…>` of the sender with the Date's
milliseconds; one text/plain ISO-8859-2 quoted-printable body, lines of at most 76, equal to Python's re-encoding;
X-O2-Trust; decoded: a `-- ` signature before `------ Oryginalna wiadomość ------` and its Od / Do / Data / Temat lines,
Subject = `Fwd: ` + Temat, Do = the forwarder, Data in Polish (genitive month) and not after the forward; the listing
as round126 checks it: head lines, a one-day window from 19:00 GMT with the weekdays right, entries in the window,
fields wrapped at 80, new entries with an abstract, closing `\\ ( https://arxiv.org/abs/<id> ,  NNNkb)`, rules);
1340 STN ISO 690 list copied from the PDF (LF, final newline; `ZOZNAM POUŽITEJ LITERATÚRY`, a blank line, entries
[1]..[N], a blank line, `ZOZNAM PRÍLOH`; lines no wider than the PDF's text block (92); page-number lines consecutive;
every entry opens with ISO 690's author block — `PRIEZVISKO, Meno`, then `Meno PRIEZVISKO`, `a` before the last of two
or three, more than three cut to three and `et al.`, or a corporate author in capitals, or the standard — ending with a
full stop; online items `[online…]`, `[cit. RRRR-MM-DD]` (a valid date) and a final `Dostupné na: URL`; print items end
with a full stop; pages `s. N–M` with an en dash and N < M);
1341 Papers 2 BibTeX (LF; `%% Created using Papers on Ddd, DD Mon YYYY.` with the weekday right and
`%% http://papersapp.com/papers/`; entries `@type{key,`, one unindented `name = {value},` a line, the last without a
comma, `}` and a blank line; bare values only for month; braces balanced; citekeys `Surname:YYYYxx` with the entry's
year, unique, sorted case-blind; titles in double braces; eprint `NNNN.NNNNNvN` with eprinttype arxiv and eprintclass;
date-added ≤ date-modified ≤ the export day, in `YYYY-MM-DDTHH:MM:SSGMT`; read / rating; uri a unique
`\url{papers2://publication/uuid/UUID}`; local-url = file://localhost + the file field's path with %20);
1342 Taskulu CSV (a BOM; equal to its re-encoding with minimal quoting and CRLF records; the Persian header with its
ZWNJs; 10 fields a row; ids unique and ascending, creation dates ascending with them; created / due valid Solar Hijri
`YYYY/MM/DD HH:MM` (checked against a Gregorian-to-Hijri table), due not before created; lists and archived values
from the board's; labels / members joined by a bare comma, members with @; checklist lines `[x] ` / `[ ] `; no CR
inside a field);
1343 poezio MUC log (LF, final newline; every record `MR YYYYMMDDTHH:MM:SSZ NNN <nick>  text` (two spaces) or `MI …`,
followed by exactly NNN continuation lines each with one leading space; times valid and ascending);
1344 MailWizz web version (LF, final newline; the XHTML 1.0 Transitional template and charset meta; tags balanced;
every link a track-url `/campaigns/<uid>/track-url/<uid>/<40 hex>`, the web-version or the unsubscribe link, all with
one host, campaign and subscriber (13-character uids), one web-version and one unsubscribe link; a tracked link around
a printed address carries that address's sha1; the subject's issue number = the header's, the header date valid; items
numbered 01..N);
1345 Mezzanine blog page (LF, final newline; `<!doctype html>` and lang en; tags balanced; <title> = `<h1> | Blog |
<site>`; the breadcrumb; `Posted by:` with the author's link and a timesince; every timesince Django's — two adjacent
units at most, plural right, no-break spaces, the second part within its unit — and the comments' ages not increasing
in submit order, none older than the post; comment ids ascending; Link / Reply anchors; gravatar srcs; the CSRF token;
Mezzanine's footer);
1346 Nowcoder post copied as text (LF, final newline; the pasted discuss address and the top bar; a breadcrumb; the
author line 牛客NNNNNNNNN号 two lines above 发布于 … IP属地…; the counters' 评论 N = 全部评论 (N); comment and reply
dates valid, none before the post, replies not before their comment and under a `楼主 回复` line; the footer).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.policy, email.utils, hashlib, html, io, json, os, quopri, re, sys, textwrap, unicodedata
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
             "select", "option", "dl", "dt", "dd", "thead", "tbody", "th", "hr", "blockquote", "pre",
             "base"}
VOID = ("meta", "link", "br", "img", "input", "hr", "base")


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





# ---- the arXiv listing (round126's reader, unchanged)
# ---- the arXiv listing (round126's reader, unchanged)
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





# ---------------------------------------------------------------- readers (raw text and decoded forms)
HTML_TAGS |= {"h5", "h6"}


def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def mime_texts(raw):
    out = []
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.is_multipart(): continue
        out.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8").replace("\r\n", "\n"))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1339: forms += mime_texts(raw)
    if n == 1342: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
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
def lines_of(f, raw, final=True):
    lf_final(f, raw, final)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def bad_amp(s):
    return re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;|#x[0-9a-fA-F]+;|nbsp;)", s)


# ---- 1337 KOAN syllabus page saved by Chrome ("Webpage, Complete")
KOAN_ROWS = ["開講年度", "開講科目名", "開講所属", "時間割コード", "開講区分", "曜日・時限", "単位数", "担当教員", "講義室",
             "科目分類", "授業形態", "対象学年", "使用言語", "授業の目的と概要", "学習目標", "履修条件・受講条件", "授業計画",
             "授業外における学習", "教科書・教材", "参考文献", "成績評価", "学生へのメッセージ", "キーワード"]


def check_koan(f, raw):
    L = lines_of(f, raw, final=False)  # Chrome's serialiser ends with `</body></html>` and no newline
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (Chrome's serialised page ends with </body></html>)")
    if L[0] != '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">': errors.append(f"{f}: not the HTML 4.01 Transitional doctype")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", L[1] if len(L) > 1 else "")
    if not m or int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: Chrome's `<!-- saved from url=(NNNN)URL -->` missing or NNNN != the URL's length"); return
    url = m.group(2)
    if not L[2].startswith('<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'): errors.append(f"{f}: Chrome's charset meta is not the head's first child")
    html_balanced(f, "page", raw)
    if raw.count("<table") != raw.count("<tbody>") or re.search(r"<table[^>]*>\s*<tr", raw): errors.append(f"{f}: a table without the <tbody> Chrome's serialiser writes")
    for a in re.findall(r'(?:href|src)="([^"]*)"', raw):
        if bad_amp(a): errors.append(f"{f}: a bare & in an attribute value: {a[:60]!r}")
    for a in re.findall(r'<(?:link|script|img)[^>]*(?:href|src)="([^"]*)"', raw):
        if not a.startswith("./シラバス参照_files/"): errors.append(f"{f}: a resource not rewritten to ./シラバス参照_files/: {a!r}")
    if "<title>シラバス参照</title>" not in raw or '<h2 class="pagetitle">シラバス参照</h2>' not in raw: errors.append(f"{f}: title / page title")
    rows = re.findall(r'<tr>\n<th class="item">(.*?)</th>\n<td class="content">(.*?)</td>\n</tr>', raw, re.S)
    if [k for k, _ in rows] != KOAN_ROWS: errors.append(f"{f}: syllabus rows {[k for k, _ in rows]}"); return
    R = dict(rows)
    q = dict(x.split("=", 1) for x in url.split("?", 1)[1].split("&"))
    if q.get("lct_year") != R["開講年度"] or q.get("lct_cd") != R["時間割コード"] or q.get("func") != "function.syllabus.ex.refer": errors.append(f"{f}: the saved URL's lct_year / lct_cd / func != the page's")
    if not re.fullmatch(r"[月火水木金土][1-7]", R["曜日・時限"]) or not R["単位数"].isdigit(): errors.append(f"{f}: 曜日・時限 / 単位数")
    weeks = R["授業計画"].split("<br>")
    if [re.match(r"第(\d+)回\u3000", w).group(1) if re.match(r"第(\d+)回\u3000", w) else None for w in weeks] != [str(i) for i in range(1, 16)]: errors.append(f"{f}: 授業計画 is not 第1回..第15回 (each with a full-width space)")
    refs = R["参考文献"].split("<br>")
    if [re.match(r"\[(\d+)\] ", r).group(1) if re.match(r"\[(\d+)\] ", r) else None for r in refs] != [str(i) for i in range(1, len(refs) + 1)]: errors.append(f"{f}: 参考文献 not numbered [1]..[N]")
    for k in re.findall(r"［(\d+)］", R["授業計画"]):
        if not 1 <= int(k) <= len(refs): errors.append(f"{f}: the plan cites ［{k}］ (references: {len(refs)})")
    ps = [int(x) for x in re.findall(r"：(\d+)%", R["成績評価"])]
    if sum(ps) != 100: errors.append(f"{f}: 成績評価 percentages add up to {sum(ps)}")


# ---- 1338 awesome list README with pytablewriter tables
def ptw_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in s)


def ptw_render(head, rows):
    kinds = ["int" if all(re.fullmatch(r"-?\d+", r[i]) for r in rows) else "str" for i in range(len(head))]
    wid = [max(ptw_width(x) for x in col) for col in zip(head, *rows)]

    def cell(s, i, hdr=False):
        pad = wid[i] - ptw_width(s)
        if hdr: return " " * (pad // 2) + s + " " * (pad - pad // 2)
        return " " * pad + s if kinds[i] == "int" else s + " " * pad
    out = ["|" + "|".join(cell(h, i, True) for i, h in enumerate(head)) + "|",
           "|" + "|".join("-" * (wid[i] - 1) + ":" if kinds[i] == "int" else "-" * wid[i] for i in range(len(head))) + "|"]
    return out + ["|" + "|".join(cell(x, i) for i, x in enumerate(r)) + "|" for r in rows]


def gh_anchor(h):
    return "".join(c for c in h.strip().lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ").replace(" ", "-")


def check_ptw(f, raw):
    L = lines_of(f, raw)
    if "\t" in raw or any(l != l.rstrip() for l in L): errors.append(f"{f}: a tab or trailing space")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: no awesome badge on the title line")
    if not re.search(r"<!-- .*scripts/build_readme\.py \(pytablewriter [\d.]+\).*-->", raw): errors.append(f"{f}: no generated-file comment naming the script and pytablewriter")
    heads = [l[3:] for l in L if l.startswith("## ")]
    for k, l in enumerate(L):
        if l.startswith("#") and (k > 0 and L[k - 1] != "" or k + 1 < len(L) and L[k + 1] != ""): errors.append(f"{f}: heading {l!r} without blank lines around")
    try:
        t0 = L.index("## সূচিপত্র")
    except ValueError:
        errors.append(f"{f}: no contents heading"); return
    toc = []
    for l in L[t0 + 2:]:
        if not l.startswith("- "): break
        m = re.fullmatch(r"- \[(.+)\]\(#(.+)\)", l)
        if not m or m.group(2) != gh_anchor(m.group(1)): errors.append(f"{f}: contents entry {l!r} (anchor not GitHub's)")
        toc.append(m.group(1) if m else l)
    if toc != [h for h in heads if h != "সূচিপত্র"]: errors.append(f"{f}: the contents list != the headings after it")
    i, ntab = 0, 0
    while i < len(L):
        if L[i].startswith("|"):
            j = i
            while j < len(L) and L[j].startswith("|"): j += 1
            block = L[i:j]
            cells = [r[1:-1].split("|") for r in block]
            if any(not r.endswith("|") for r in block) or len({len(c) for c in cells}) != 1: errors.append(f"{f}: table at line {i + 1}: ragged rows"); i = j; continue
            head, rows = [c.strip() for c in cells[0]], [[c.strip() for c in r] for r in cells[2:]]
            if block != ptw_render(head, rows): errors.append(f"{f}: table at line {i + 1} is not as pytablewriter writes it (widths / alignment / header centring)")
            if head != ["শিরোনাম", "ভেন্যু", "বছর", "কোড", "নোট"]: errors.append(f"{f}: table at line {i + 1}: header {head}")
            if not (L[i - 2].startswith("## ") and L[i - 1] == ""): errors.append(f"{f}: table at line {i + 1} not right under a heading")
            for r in rows:
                if r[3] != "—" and not re.fullmatch(r"\[([\w.-]+/[\w.-]+)\]\(https://github\.com/\1\)", r[3]): errors.append(f"{f}: code cell {r[3][:50]!r}")
                if not re.fullmatch(r"(?:19|20)\d\d", r[2]): errors.append(f"{f}: year {r[2]!r}")
            ntab += 1; i = j
        else:
            i += 1
    if ntab == 0: errors.append(f"{f}: no generated tables")


# ---- 1339 Poczta o2 plain-text forward (quoted-printable, ISO-8859-2) of an arXiv listing
HEAD_1339 = ["Return-Path", "Received", "Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
             "Content-Transfer-Encoding", "X-Mailer", "X-Originating-IP", "X-O2-Trust"]
MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]


def pl_offset(d):
    """Poland: CEST (+0200) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC"""
    def last_sun(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    u = d.astimezone(dt.timezone.utc).replace(tzinfo=None)
    a = dt.datetime.combine(last_sun(d.year, 3), dt.time(1)); b = dt.datetime.combine(last_sun(d.year, 10), dt.time(1))
    return 2 if a <= u < b else 1


def check_o2(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1339: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    try:
        sent = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); return
    if not re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}", msg["Date"]) or sent.utcoffset() != dt.timedelta(hours=pl_offset(sent)): errors.append(f"{f}: Date not in Polish local time (CET +0100 / CEST +0200)")
    fm = re.fullmatch(r"=\?ISO-8859-2\?Q\?([^?]+)\?= <([\w.]+)@o2\.example\.pl>", str(msg["From"] or ""))
    mm = re.fullmatch(r"<(\d{13})\.\d+\.([\w.]+)@o2\.example\.pl>", str(msg["Message-ID"] or ""))
    if not fm or not mm or fm.group(2) != mm.group(2): errors.append(f"{f}: From (a Q-word in ISO-8859-2) / Message-ID <ms.n.user@o2…> of the sender")
    elif abs(int(mm.group(1)) / 1000 - sent.timestamp()) > 2: errors.append(f"{f}: the Message-ID's milliseconds are not the Date")
    if fm:
        try:
            bytes(int(x[1:], 16) if x.startswith("=") else ord(x) for x in re.findall(r"=[0-9A-F]{2}|.", fm.group(1).replace("_", " "))).decode("iso-8859-2")
        except ValueError:
            errors.append(f"{f}: From's Q-word does not decode")
    if msg["Content-Type"] != "text/plain; charset=ISO-8859-2" or msg["Content-Transfer-Encoding"] != "quoted-printable": errors.append(f"{f}: not one text/plain ISO-8859-2 quoted-printable part"); return
    if not re.fullmatch(r"\d+, \d+", msg["X-O2-Trust"] or ""): errors.append(f"{f}: X-O2-Trust")
    if any(len(l) > 76 for l in body.split("\r\n")): errors.append(f"{f}: a quoted-printable line over 76 characters")
    try:
        dec = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("iso-8859-2")
    except (ValueError, UnicodeError):
        errors.append(f"{f}: the body does not decode"); return
    if quopri.encodestring(dec.encode("iso-8859-2")).decode("ascii").replace("\n", "\r\n") != body: errors.append(f"{f}: quoted-printable not as the writer encodes it")
    D = dec.rstrip("\n").split("\n")
    try:
        k = D.index("------ Oryginalna wiadomość ------")
    except ValueError:
        errors.append(f"{f}: no `------ Oryginalna wiadomość ------` block"); return
    if "-- " not in D[:k]: errors.append(f"{f}: no `-- ` signature before the forwarded message")
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["Od", "Do", "Data", "Temat"]: errors.append(f"{f}: forward block lines {fh}"); return
    temat = fh[3].split(": ", 1)[1]
    if msg["Subject"] != "Fwd: " + temat: errors.append(f"{f}: Subject is not Fwd: + the forwarded Temat")
    if fm and fh[1] != f"Do: {fm.group(2)}@o2.example.pl": errors.append(f"{f}: the forwarded mail was not sent to the forwarder")
    fdate = None
    dm = re.fullmatch(r"Data: (\d{1,2}) (\w+) (\d{4}) (\d\d):(\d\d)", fh[2])
    try:
        loc = dt.datetime(int(dm.group(3)), MIES.index(dm.group(2)) + 1, int(dm.group(1)), int(dm.group(4)), int(dm.group(5)))
        fdate = loc.replace(tzinfo=dt.timezone(dt.timedelta(hours=pl_offset(loc.replace(tzinfo=dt.timezone.utc)))))
    except (AttributeError, ValueError):
        errors.append(f"{f}: Data {fh[2]!r} (D miesiąca RRRR GG:MM)")
    if fdate and not fdate <= sent: errors.append(f"{f}: the forwarded mail is dated after the forward")
    arch = re.match(r"(\w+) daily", temat)
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    check_listing(f, D[k + 6:], arch.group(1), fdate)


# ---- 1340 STN ISO 690 references copied from the thesis PDF
UPS = "A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽÖÜ"
FAM = rf"[{UPS}][{UPS}' -]*[{UPS}]"
GIV = r"[A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ][\w'-]*\.?(?: [A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ][\w'-]*\.?)*"
AUTHOR = rf"{FAM}, {GIV}(?:, {GIV} {FAM}){{2}} et al\.|{FAM}, {GIV}(?:(?:, {GIV} {FAM})? a {GIV} {FAM})?\.|{FAM}(?: {FAM})*\.|STN ISO 690: \d{{4}}\."


def check_stn(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["ZOZNAM POUŽITEJ LITERATÚRY", ""]: errors.append(f"{f}: the heading"); return
    try:
        end = L.index("", 2)
    except ValueError:
        errors.append(f"{f}: no blank line after the list"); return
    if L[end + 1:end + 2] != ["ZOZNAM PRÍLOH"]: errors.append(f"{f}: the copy does not run into the next chapter heading")
    entries, pages = [], []
    for l in L[2:end]:
        if re.fullmatch(r"\d{1,3}", l): pages.append(int(l)); continue
        if len(l) > 92: errors.append(f"{f}: a line wider than the PDF's text block: {l[:40]!r}")
        m = re.match(r"\[(\d+)\] ", l)
        if m: entries.append([int(m.group(1)), l[m.end():]])
        elif entries: entries[-1][1] += ("" if entries[-1][1].endswith("/") else " ") + l
        else: errors.append(f"{f}: text before the first entry: {l[:40]!r}")
    if [e[0] for e in entries] != list(range(1, len(entries) + 1)): errors.append(f"{f}: entries not numbered [1]..[N]")
    if pages != list(range(pages[0], pages[0] + len(pages))) if pages else False: errors.append(f"{f}: page numbers {pages} not consecutive")
    for n_, e in entries:
        a = next((e[:k + 1] for k in [x.start() for x in re.finditer(r"\. ", e)] if re.fullmatch(AUTHOR, e[:k + 1])), None)
        if not a: errors.append(f"{f}: [{n_}] no ISO 690 author block ending with a full stop: {e[:50]!r}"); continue
        if "Dostupné na:" in e:
            dm = re.search(r"\[online[^\]]*\].*\[cit\. (\d{4})-(\d\d)-(\d\d)\]\. Dostupné na: (https?://\S+)$", e)
            if not dm: errors.append(f"{f}: [{n_}] an online item without `[online]`, `[cit. RRRR-MM-DD]` and a final `Dostupné na: URL`")
            else:
                try:
                    dt.date(*map(int, dm.group(1, 2, 3)))
                except ValueError:
                    errors.append(f"{f}: [{n_}] cit. date")
        elif "[online" in e or "[cit." in e: errors.append(f"{f}: [{n_}] `[online]` / `[cit.]` without `Dostupné na:`")
        elif not e.endswith("."): errors.append(f"{f}: [{n_}] a print item not ending with a full stop")
        for p1, p2 in re.findall(r"\bs\. (\d+)[–-](\d+)", e):
            if int(p1) >= int(p2): errors.append(f"{f}: [{n_}] pages s. {p1}–{p2}")
        if re.search(r"\bs\. \d+-\d+", e): errors.append(f"{f}: [{n_}] a page range with a hyphen (ISO 690 in Slovak: an en dash)")


# ---- 1341 Papers 2 BibTeX export
def check_papers2(f, raw):
    L = lines_of(f, raw)
    hm = re.fullmatch(r"%% Created using Papers on (\w{3}, \d\d \w{3} \d{4})\.", L[0])
    if not hm or L[1:3] != ["%% http://papersapp.com/papers/", ""]: errors.append(f"{f}: Papers' header lines"); return
    exported = dt.datetime.strptime(hm.group(1), "%a, %d %b %Y") + dt.timedelta(days=1)
    if dt.datetime.strptime(hm.group(1), "%a, %d %b %Y").strftime("%a, %d %b %Y") != hm.group(1): errors.append(f"{f}: the export date's weekday")
    keys_, uuids, i = [], set(), 3
    while i < len(L):
        m = re.fullmatch(r"@(article|inproceedings|book|misc|incollection|phdthesis|techreport)\{([^,\s]+),", L[i])
        if not m: errors.append(f"{f}: line {i + 1}: not an entry head: {L[i][:40]!r}"); return
        try:
            j = L.index("}", i)
        except ValueError:
            errors.append(f"{f}: an entry not closed"); return
        ck, fields = m.group(2), {}
        for k, l in enumerate(L[i + 1:j]):
            last = k == j - i - 2
            fm = re.fullmatch(r"([a-z-]+) = (\{.*\}|[a-z]{3})" + ("" if last else ","), l)
            if not fm: errors.append(f"{f}: {ck}: field line {l[:50]!r} (one `name = {{value}},` a line, the last without a comma)"); continue
            v = fm.group(2)
            if v.startswith("{"):
                depth = 0
                for c_ in v:
                    depth += {"{": 1, "}": -1}.get(c_, 0)
                    if depth < 0: break
                if depth != 0: errors.append(f"{f}: {ck}: unbalanced braces in {fm.group(1)}")
                v = v[1:-1]
            elif fm.group(1) != "month": errors.append(f"{f}: {ck}: a bare value in {fm.group(1)}")
            fields[fm.group(1)] = v
        km = re.fullmatch(r"([A-Za-z]+):(\d{4})([a-z]{2})", ck)
        if not km or km.group(2) != fields.get("year"): errors.append(f"{f}: {ck}: not a Papers citekey Surname:YYYYxx with the entry's year")
        keys_.append(ck)
        if not (fields.get("title", "").startswith("{") and fields["title"].endswith("}")): errors.append(f"{f}: {ck}: title not in double braces")
        if "eprint" in fields:
            if not re.fullmatch(r"\d{4}\.\d{4,5}v\d+", fields["eprint"]) or fields.get("eprinttype") != "arxiv" or "eprintclass" not in fields: errors.append(f"{f}: {ck}: eprint / eprinttype / eprintclass")
        if "month" in fields and fields["month"] not in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"): errors.append(f"{f}: {ck}: month {fields['month']!r}")
        try:
            da = dt.datetime.strptime(fields["date-added"], "%Y-%m-%dT%H:%M:%SGMT")
            dmod = dt.datetime.strptime(fields["date-modified"], "%Y-%m-%dT%H:%M:%SGMT")
            if not da <= dmod < exported: errors.append(f"{f}: {ck}: date-added > date-modified or after the export")
        except (KeyError, ValueError):
            errors.append(f"{f}: {ck}: date-added / date-modified not YYYY-MM-DDTHH:MM:SSGMT")
        if fields.get("read") not in ("Yes", "No") or not re.fullmatch(r"[0-5]", fields.get("rating", "")): errors.append(f"{f}: {ck}: read / rating")
        um = re.fullmatch(r"\\url\{papers2://publication/uuid/([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})\}", fields.get("uri", ""))
        if not um or um.group(1) in uuids: errors.append(f"{f}: {ck}: uri not a unique papers2://publication/uuid/…")
        else: uuids.add(um.group(1))
        if "file" in fields:
            pm = re.fullmatch(r"\{([^:{}]+\.pdf):(/Users/[^:{}]+\.pdf):application/pdf\}", fields["file"])
            if not pm or fields.get("local-url") != "file://localhost" + pm.group(2).replace(" ", "%20") or not pm.group(2).endswith("/" + pm.group(1)): errors.append(f"{f}: {ck}: file / local-url disagree")
        if j + 1 >= len(L) or L[j + 1] != "": errors.append(f"{f}: {ck}: no blank line after the entry")
        i = j + 2
    if keys_ != sorted(keys_, key=str.lower) or len(set(keys_)) != len(keys_): errors.append(f"{f}: citekeys not unique and sorted")


# ---- 1342 Taskulu board CSV export (Solar Hijri dates)
HEAD_1342 = ["شناسه", "عنوان", "لیست", "برچسب‌ها", "اعضا", "تاریخ سررسید", "توضیحات", "چک‌لیست", "تاریخ ایجاد", "بایگانی‌شده"]


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    if gy > 1600: jy, gy = 979, gy - 1600
    else: jy, gy = 0, gy - 621
    gy2 = gy + 1 if gm > 2 else gy
    days = 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 - 80 + gd + g_d_m[gm - 1]
    jy += 33 * (days // 12053); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365: jy += (days - 1) // 365; days = (days - 1) % 365
    if days < 186: return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


J2G = {}
_d = dt.date(2022, 1, 1)
while _d < dt.date(2026, 1, 1):
    J2G[g2j(_d.year, _d.month, _d.day)] = _d; _d += dt.timedelta(days=1)


def jparse(s):
    m = re.fullmatch(r"(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d)", s)
    if not m or (int(m.group(1)), int(m.group(2)), int(m.group(3))) not in J2G or int(m.group(4)) > 23 or int(m.group(5)) > 59: return None
    return dt.datetime.combine(J2G[(int(m.group(1)), int(m.group(2)), int(m.group(3)))], dt.time(int(m.group(4)), int(m.group(5))))


def check_taskulu(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark")
    body = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not the exporter's CSV (minimal quoting, CRLF records)")
    if not rows or rows[0] != HEAD_1342: errors.append(f"{f}: header {rows[:1]}"); return
    ids, created = [], []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 10: errors.append(f"{f}: row {i}: {len(r)} fields"); continue
        if not r[0].isdigit(): errors.append(f"{f}: row {i}: id {r[0]!r}")
        else: ids.append(int(r[0]))
        if r[2] not in ("برای خواندن", "در حال خواندن", "خوانده شد", "آزمایش‌ها"): errors.append(f"{f}: row {i}: list {r[2]!r}")
        if r[9] not in ("بله", "خیر"): errors.append(f"{f}: row {i}: archived {r[9]!r}")
        for c_ in (r[3], r[4]):
            if re.search(r"\s,|,\s", c_) or c_.startswith(",") or c_.endswith(","): errors.append(f"{f}: row {i}: not joined by a bare comma: {c_!r}")
        if any(not m.startswith("@") for m in r[4].split(",")): errors.append(f"{f}: row {i}: a member without @")
        cr = jparse(r[8])
        if not cr: errors.append(f"{f}: row {i}: created {r[8]!r} not a valid Solar Hijri YYYY/MM/DD HH:MM")
        else: created.append(cr)
        if r[5]:
            du = jparse(r[5])
            if not du: errors.append(f"{f}: row {i}: due {r[5]!r} not a valid Solar Hijri date")
            elif cr and du < cr: errors.append(f"{f}: row {i}: due before created")
        for l in r[7].split("\n") if r[7] else []:
            if not re.match(r"\[[x ]\] \S", l): errors.append(f"{f}: row {i}: checklist line {l!r}")
        if any("\r" in c_ for c_ in r): errors.append(f"{f}: row {i}: CR inside a field")
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: ids not unique and ascending")
    ascending(f, "creation dates in id order", created)


# ---- 1343 poezio MUC log
def check_poezio(f, raw):
    L = lines_of(f, raw)
    i, ts = 0, []
    while i < len(L):
        m = re.fullmatch(r"(MR|MI) (\d{8}T\d\d:\d\d:\d\dZ) (\d{3}) (?:<([^\s<>]+)>  )?(\S.*)?", L[i])
        if not m or (m.group(1) == "MR") != bool(m.group(4)): errors.append(f"{f}: line {i + 1}: not a poezio record head: {L[i][:50]!r}"); i += 1; continue
        try:
            ts.append(dt.datetime.strptime(m.group(2), "%Y%m%dT%H:%M:%SZ"))
        except ValueError:
            errors.append(f"{f}: line {i + 1}: time {m.group(2)}")
        n_ = int(m.group(3))
        cont = L[i + 1:i + 1 + n_]
        if len(cont) != n_ or any(not l.startswith(" ") for l in cont): errors.append(f"{f}: line {i + 1}: {n_} continuation lines announced, not all there with their leading space")
        i = i + 1 + n_
        if i < len(L) and L[i].startswith(" "): errors.append(f"{f}: line {i + 1}: a continuation line the record did not announce")
        while i < len(L) and L[i].startswith(" "): i += 1
    ascending(f, "record times", ts)


# ---- 1344 MailWizz campaign web version
def check_mailwizz(f, raw):
    L = lines_of(f, raw)
    if L[0] != XHTML_T or L[1] != '<html xmlns="http://www.w3.org/1999/xhtml">': errors.append(f"{f}: not the XHTML 1.0 Transitional e-mail template")
    if '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' not in raw: errors.append(f"{f}: charset meta")
    html_balanced(f, "page", raw)
    hrefs = re.findall(r'href="([^"]*)"', raw)
    uids = set()
    for h in hrefs:
        m = re.fullmatch(r"(https://[\w.-]+)/campaigns/([a-z0-9]{13})/track-url/([a-z0-9]{13})/([0-9a-f]{40})", h) or \
            re.fullmatch(r"(https://[\w.-]+)/campaigns/([a-z0-9]{13})/web-version/([a-z0-9]{13})", h) or \
            re.fullmatch(r"(https://[\w.-]+)/lists/[a-z0-9]{13}/unsubscribe/([a-z0-9]{13})/([a-z0-9]{13})", h)
        if not m: errors.append(f"{f}: a link not rewritten by MailWizz: {h[:60]!r}"); continue
        uids.add((m.group(1), m.group(2), m.group(3)) if "/unsubscribe/" not in h else (m.group(1), m.group(3), m.group(2)))
    if len(uids) != 1: errors.append(f"{f}: links with different host / campaign / subscriber uids: {sorted(uids)[:3]}")
    if len(re.findall(r"/web-version/", raw)) != 1 or len(re.findall(r"/unsubscribe/", raw)) != 1: errors.append(f"{f}: not one web-version and one unsubscribe link")
    for h, shown in re.findall(r'<a href="[^"]*/track-url/[a-z0-9]{13}/([0-9a-f]{40})"[^>]*>(https?://[^<]+)</a>', raw):
        if hashlib.sha1(html.unescape(shown).encode()).hexdigest() != h: errors.append(f"{f}: the tracked link around {shown[:50]!r} is not sha1 of it")
    t = re.search(r"<title>(.*?)</title>", raw)
    im = re.search(r"#(\d+)\]", t.group(1)) if t else None
    hm = re.search(r"SSL LETTER · (\d{4})년 (\d{1,2})월 (\d{1,2})일 · 제(\d+)호", raw)
    if not im or not hm or im.group(1) != hm.group(4): errors.append(f"{f}: the subject's issue number != the header's")
    elif hm:
        try:
            dt.date(*map(int, hm.group(1, 2, 3)))
        except ValueError:
            errors.append(f"{f}: the header date")
    nos = re.findall(r'font-weight:bold;">(\d\d)</p>', raw)
    if nos != [f"{i:02d}" for i in range(1, len(nos) + 1)]: errors.append(f"{f}: items not numbered 01..N")


# ---- 1345 Mezzanine blog post with comments
UNITS = ["year", "month", "week", "day", "hour", "minute"]
SECS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60]
LIMIT = [None, 12, 5, 7, 24, 60]


def since_secs(f, s):
    m = re.fullmatch(r"(\d+)\u00a0(\w+?)(s?)(?:, (\d+)\u00a0(\w+?)(s?))? ago", s)
    if not m or m.group(2) not in UNITS: errors.append(f"{f}: timesince {s!r} not Django's (no-break spaces, known units)"); return None
    i = UNITS.index(m.group(2)); n1 = int(m.group(1))
    if (n1 != 1) != (m.group(3) == "s"): errors.append(f"{f}: timesince {s!r}: plural")
    tot = n1 * SECS[i]
    if m.group(4):
        if m.group(5) not in UNITS or UNITS.index(m.group(5)) != i + 1: errors.append(f"{f}: timesince {s!r}: units not adjacent"); return None
        n2 = int(m.group(4))
        if (n2 != 1) != (m.group(6) == "s") or n2 == 0 or n2 * SECS[i + 1] >= SECS[i]: errors.append(f"{f}: timesince {s!r}: second part")
        tot += n2 * SECS[i + 1]
    return tot


def check_mezzanine(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["<!doctype html>", '<html lang="en">']: errors.append(f"{f}: doctype / html lang")
    html_balanced(f, "page", raw)
    t = re.search(r"<title>(.*?)</title>", raw); h1 = re.search(r"<h1>(.*?)</h1>", raw); br = re.search(r'<a class="navbar-brand" href="/">(.*?)</a>', raw)
    if not (t and h1 and br) or t.group(1) != f"{h1.group(1)} | Blog | {br.group(1)}": errors.append(f"{f}: <title> is not `<h1> | Blog | <site>`")
    if not h1 or f'<li class="active">{h1.group(1)}</li>' not in raw: errors.append(f"{f}: the breadcrumb's active item != the title")
    pm = re.search(r'<h6 class="post-meta">\nPosted by:\n<a href="/blog/author/(\w+)/">\1</a>\n(.+)\n</h6>', raw)
    post = since_secs(f, pm.group(2)) if pm else None
    if not pm: errors.append(f"{f}: the post-meta block")
    ids = [int(x) for x in re.findall(r'<div id="comment-(\d+)" class="media">', raw)]
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: comments not in submit (id) order")
    ages = [since_secs(f, s) for s in re.findall(r'<span class="timespan">(.*?)</span>', raw)]
    if len(ages) != len(ids): errors.append(f"{f}: {len(ids)} comments, {len(ages)} timespans")
    ages = [a for a in ages if a is not None]
    for a, b in zip(ages, ages[1:]):
        if b > a: errors.append(f"{f}: a later comment is older than the one before it"); break
    if post is not None and ages and ages[0] > post: errors.append(f"{f}: a comment older than the post")
    for cid in ids:
        if f'<a href="#comment-{cid}">Link</a> | <a href="#reply-{cid}" class="reply">Reply</a>' not in raw: errors.append(f"{f}: comment {cid}: its Link / Reply anchors")
    for g in re.findall(r'<img class="media-object[^"]*" src="([^"]*)"', raw):
        if not re.fullmatch(r"https://www\.gravatar\.com/avatar/[0-9a-f]{32}\?s=\d+&amp;d=identicon", g): errors.append(f"{f}: gravatar src {g[:50]!r}")
    if not re.search(r'<input type="hidden" name="csrfmiddlewaretoken" value="[0-9a-f]{64}">', raw): errors.append(f"{f}: csrfmiddlewaretoken")
    if "Powered by <a href=\"http://mezzanine.jupo.org\">Mezzanine</a>" not in raw: errors.append(f"{f}: Mezzanine's footer")


# ---- 1346 Nowcoder discussion post copied as text
def check_nowcoder(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"https://www\.nowcoder\.com/discuss/\d{18}", L[0]) or L[1:3] != ["", "牛客网"]: errors.append(f"{f}: the pasted address and the top bar")
    if not any(l.startswith("讨论区 > ") for l in L): errors.append(f"{f}: no breadcrumb")
    pub = None
    for l in L:
        m = re.fullmatch(r"发布于 (\d{4}-\d\d-\d\d \d\d:\d\d)  IP属地\S+", l)
        if m:
            try:
                pub = dt.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M")
            except ValueError:
                errors.append(f"{f}: 发布于 {m.group(1)}")
    if not pub: errors.append(f"{f}: no 发布于 line"); return
    ai = next((k for k, l in enumerate(L) if l.startswith("发布于")), 0)
    if not re.fullmatch(r"牛客\d{9}号", L[ai - 2]): errors.append(f"{f}: the author line is not 牛客NNNNNNNNN号")
    cm = [re.fullmatch(r"点赞 \d+  评论 (\d+)  收藏 \d+  分享", l) for l in L]
    cm = [m for m in cm if m]
    am = [re.fullmatch(r"全部评论 \((\d+)\)", l) for l in L]
    am = [m for m in am if m]
    if len(cm) != 1 or len(am) != 1 or cm[0].group(1) != am[0].group(1): errors.append(f"{f}: the counters' 评论 N != 全部评论 (N)")
    last_top = None
    for k, l in enumerate(L):
        m = re.fullmatch(r"牛客\d{9}号(?:  \S+)?  (\d{4}-\d\d-\d\d \d\d:\d\d)", l)
        r = re.fullmatch(r"    (\d{4}-\d\d-\d\d \d\d:\d\d)", l)
        if m or r:
            try:
                d = dt.datetime.strptime((m or r).group(1), "%Y-%m-%d %H:%M")
            except ValueError:
                errors.append(f"{f}: date {l!r}"); continue
            if d < pub: errors.append(f"{f}: a comment before the post: {l!r}")
            if r and last_top and d < last_top: errors.append(f"{f}: a reply before its comment: {l!r}")
            if m: last_top = d
            if r and not L[k - 1].startswith("    楼主 回复 牛客"): errors.append(f"{f}: a reply date not under a 楼主 reply")
    if not re.fullmatch(r"牛客网 © \d{4} 关于我们 \| 加入我们 \| 意见反馈 \| 企业服务 \| 联系我们 \| 免责声明 \| 友情链接", L[-1]): errors.append(f"{f}: the footer")


XHTML_T = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'


def shape_checks(f, raw, path):
    n = num(f)
    {1337: check_koan, 1338: check_ptw, 1339: check_o2, 1340: check_stn, 1341: check_papers2, 1342: check_taskulu,
     1343: check_poezio, 1344: check_mailwizz, 1345: check_mezzanine,
     1346: check_nowcoder}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round132's and round133's, a byte-identical file counted once), and the round132/round133 split (candidates sorted by
# (uses, catalogue title); round132 = even positions from 4 on, one unbroken run; round133 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P133S = ["/work/rounds/digests-round133/expected.json", "/work/main/tests/data/digests-round133/expected.json"]
P133 = next((p for p in P133S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P133S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round132", "digests-round133") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round132 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r133 = set()
if P133:
    try:
        r133 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P133)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P133} exists but could not be read (being written?)")
    if r133 & mine: errors.append(f"papers also in round133: {sorted(r133 & mine)}")
shared133 = len(r133 & mine) if P133 else "(no round133 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round132 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round133: {shared133}; papers in more than one round132 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

