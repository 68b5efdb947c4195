#!/usr/bin/env python3
r"""Checks round136/expected.json against the digests and the shared catalogues.

Adapted from round134/validate.py (the label checks are the same code; the reuse report is round134's with round136 /
round137 in place of round134 / round135: round136 holds the even positions from 4, position 1 left out; the arXiv
listing reader is round134's, unchanged; the readers of 1379 (MIME parts, here base64) and 1382 (CSV cells, here `;`
and a byte-order mark) are adapted; the shape checks are new). The reuse report counts every
/work/main/tests/data/*/expected.json except round136's and round137's own (a digests-round136 / digests-round137
folder, or a file whose bytes equal round136's or round137's expected.json) — a file whose bytes equal one already
counted is counted once — and checks the split: round136 holds the even positions of the candidates sorted by (uses,
catalogue title), position 1 left out, as one run from position 4 up to its last paper; it fails on a paper shared
with round137's expected.json (read only, from /work/rounds/digests-round137/ or /work/main/tests/data/digests-round137/,
when it exists), and on a paper in more than one round136 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1379 its MIME parts (base64 UTF-8, the html part
too) and headers (email's decoder); 1382 every CSV cell; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation (and TeX braces), case-blind; a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1377 Dokeos course description saved HTML-only (LF, final newline; the XHTML 1.0 Transitional doctype, `<html … xml:lang="es"
lang="es">`, the UTF-8 charset meta; tags balanced; no `_files/` folder and every resource absolute, as the server
wrote it; no bare & in attributes; the course code of the my_courses block = its link's = every `cidReq=` and the
breadcrumb's, the course name opening the <title>; the seven description blocks Dokeos offers, in its order, anchors
description1..N; inside the blocks no raw non-ASCII character and only named HTML 4 entities (FCKeditor's entity
processing); weeks numbered 1..N, readings 1..N across both lists and every [k] of the plan among them; the grade
weights adding up to 100 % and the PF formula's coefficients equal to them; the Dokeos 1.8 footer);
1378 stagit file page (LF, final newline; `<!DOCTYPE html>`; `<title>README.md - repo - description` with the
description file's newline before `</title>`, the same in <h1> / span.desc; the clone url ending with the repository;
stagit's menu; `<p> README.md (NB)</p><hr/><pre id="blob">` with N the README's UTF-8 size; blob lines `<a href="#lN"
class="line" id="lN">%7d</a> ` numbered 1..N, each escaped exactly as xmlencode escapes (& < > ' "); the page end;
tags balanced outside the blob; the README's title line with the awesome badge and every contents link a heading's
anchor);
1379 Edison Mail forward (CRLF only, final CRLF; the header names in order; Date in Tbilisi time +0400 with its
weekday; From and To UTF-8 B-words that decode; Message-ID `<lower-case uuid@edison.tech>`; multipart/alternative
with an upper-case UUID boundary, no preamble, a text/plain and a text/html part, both UTF-8 base64 in lines of 76
equal to Python's re-encoding, the html part balanced and holding every line of the plain one; decoded: the
`---------- Forwarded message ---------` block with From / Date / Subject / To, Subject = `Fwd: ` + the forwarded
one, To = the forwarder, the forwarded Date (`Wed, May 15, 2024 at 4:27 AM`, local time) not after the forward; the
listing as round134 checks it, the window from 14:00 US Eastern, ending before the forwarded mail);
1380 ANLP reference list copied from the PDF (LF, final newline; `参考文献`; lines no wider than the column, 56 with CJK
counted double; no line opening with 、。）ー or ending with （; page-number lines `― N ―` consecutive, each but the last
followed by the running head, the copy ending with one; entries [1]..[N] before `A 付録`, each ending with its year and
a full stop; pages `pp. N–M` with an en dash and N < M);
1381 BibORB BibTeX (LF, final newline; braces balanced; BibORB's header lines (version and site, bibliography,
description, export date and user) and a blank; entries `@type{key,`, tab-indented `name = {value},` lines, the last
without a comma, `}` and a blank line; the standard fields in order, then BibORB's groups / longnotes / read / own /
ad_pdf; citekeys surname + year + first word of the title, equal to the fields, unique, in order; ad_pdf =
`<citekey>.pdf` exactly when own = yes; read / own yes or no; groups unpadded; pages N--M; an arXiv journal field as
`arXiv preprint arXiv:ID`);
1382 PlanMaker CSV (a byte-order mark; equal to its re-encoding with `;`, minimal quoting and CRLF records, a bare LF
only inside a quoted cell; every row as wide as the header; the title row and a blank row; the header; rows № 1..N
with valid dd.mm.yyyy dates, ascending, the weekday column right (пн … нд); pages integers; statuses known; ratings
with one decimal and a comma, only for sessions held; the `Разом` row: the paper count, the pages' sum and the mean
rating with two decimals);
1383 TeamUP export (LF, final newline; the header: room, member count = names, saver a member, save date, a blank;
day lines `=== YYYY년 M월 D일 X요일 ===` with the weekday right, ascending, with blank lines around; records `[HH:MM]
member: text` or `[HH:MM] * system text` naming a member; bare lines only after a message; times ascending and not
after the save);
1384 Question2Answer thread copied as text (LF, final newline; the menu; vote and answer words agreeing with their
numbers; meta lines `سُئل / أجاب / عُدِّل / علّق D month YYYY الساعة HH:MM … بواسطة name (points)` with points on
questions and answers, the question first, times ascending; the answer-count heading = the answers; `أفضل إجابة`
exactly once between an answer's votes and its meta line; an edit line right after its author's answer; the
Question2Answer footer);
1385 YMLP archive page saved by Edge (LF, no final newline; the XHTML 1.0 Transitional doctype, then `<!-- saved from
url=(NNNN)URL -->` with NNNN the URL's length and the URL a `https://ymlp.com/z…` archive address, the same as the
view-in-browser link; tags balanced, a <tbody> in every table; resources in ./<title>_files/ as the browser names it;
the title's issue number = the header's; the header date's Polish weekday right; items numbered 1..N; YMLP's
unsubscribe link and badge);
1386 XOOPS news post with comments saved by Firefox (LF, final newline; `<!DOCTYPE html>`; the generator meta; tags
balanced, a <tbody> in every table; `<title>article - module - site</title>` and every resource in
`./<percent-encoded title>_files/`; the item title = the title's article; the comment bar's storyid = the article's;
the comment count = the comments; comment ids ascending; comments not before the post, oldest first as the order
selector says; every comment title `Re: ` + the article's).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, html.entities, email.policy, email.utils, hashlib, html, io, json, os, quopri, re, sys, textwrap, unicodedata
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







# ---------------------------------------------------------------- readers (raw text and decoded forms)
HTML_TAGS |= {"h5", "h6", "button", "sub", "sup"}


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
    if n == 1379: forms += mime_texts(raw)
    if n == 1382: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline=""), delimiter=";") for x in r))
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


def eu_offset(d, std):
    """EU summer time: from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (+1 hour)"""
    def last_sun(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    u = d.astimezone(dt.timezone.utc).replace(tzinfo=None)
    a = dt.datetime.combine(last_sun(d.year, 3), dt.time(1)); b = dt.datetime.combine(last_sun(d.year, 10), dt.time(1))
    return std + 1 if a <= u < b else std


def us_dst(d):
    """US daylight time: from the second Sunday of March to the first Sunday of November"""
    def nth_sun(y, m, k):
        x = dt.date(y, m, 1)
        return x + dt.timedelta(days=(6 - x.weekday()) % 7 + 7 * (k - 1))
    return nth_sun(d.year, 3, 2) <= d.date() < nth_sun(d.year, 11, 1)


# ---- the arXiv listing (round126's reader; the window's start is 14:00 US Eastern — 18:00 GMT in US daylight time,
# 19:00 GMT otherwise — where round126 took 19:00 always)
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
    if w0.strftime("%a") != wm.group(1) or w1.strftime("%a") != wm.group(6) or w1 - w0 != dt.timedelta(days=1) or w0.hour != (18 if us_dst(w0) else 19) or w0.minute or w0.second:
        errors.append(f"{f}: the window is not one day from 14:00 US Eastern (18:00 / 19:00 GMT) with the weekdays right")
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


# ---- 1377 Dokeos course description page saved by Firefox ("Web Page, HTML only")
HTML_TAGS |= {"option", "select"}
DOKEOS_SECTIONS = ["Descripción general", "Objetivos", "Contenidos", "Metodología", "Materiales del curso",
                   "Recursos humanos y técnicos", "Evaluación"]


def check_dokeos(f, raw):
    L = lines_of(f, raw)
    if L[0] != '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">': errors.append(f"{f}: the XHTML 1.0 Transitional doctype")
    if len(L) < 2 or not re.fullmatch(r'<html xmlns="http://www\.w3\.org/1999/xhtml" xml:lang="es" lang="es">', L[1]): errors.append(f"{f}: <html> with xml:lang / lang es")
    head = raw.split("</head>", 1)[0]
    if '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />' not in head: errors.append(f"{f}: no UTF-8 charset meta in the head")
    html_balanced(f, "page", raw)
    if "_files/" in raw: errors.append(f"{f}: a resource rewritten to a _files folder (an HTML-only save keeps the server's addresses)")
    for m in re.finditer(r'<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]*)"', raw):
        if not m.group(1).startswith(("https://", "http://")): errors.append(f"{f}: resource {m.group(1)!r} not absolute as the server wrote it")
    for m in re.finditer(r'="([^"]*)"', raw):
        if bad_amp(m.group(1)): errors.append(f"{f}: a bare & in an attribute: {m.group(1)[:60]!r}")
    mc = re.search(r'<div id="my_courses"><a href="[^"]*/courses/([A-Z0-9]+)/index\.php" target="_top">([A-Z0-9]+)&nbsp;-&nbsp;([^<]+)</a></div>', raw)
    if not mc or mc.group(1) != mc.group(2): errors.append(f"{f}: the my_courses block (course code in the link and the label)"); return
    code, cname = mc.group(1), mc.group(3)
    tm = re.search(r"<title>(.+?) - (.+?)</title>", raw)
    if not tm or tm.group(1) != cname: errors.append(f"{f}: the <title> does not open with the course name")
    for c in re.findall(r"cidReq=([A-Za-z0-9_]+)", raw):
        if c != code: errors.append(f"{f}: a tool link for another course: cidReq={c}")
    if not re.search(r'<div id="header4">\s*&nbsp;&nbsp;<a href="[^"]*/courses/' + code + r'/index\.php" target="_top">' + code + r'</a>&nbsp;&gt;&nbsp;', raw): errors.append(f"{f}: the breadcrumb does not start with the course")
    if not re.search(r'Plataforma <a href="http://www\.dokeos\.com">Dokeos 1\.8\.\d+(?:\.\d+)?</a>', raw): errors.append(f"{f}: no Dokeos 1.8 footer")
    secs = re.findall(r'<div class="sectiontitle"><a name="description(\d+)"></a>([^<]+)</div>\n<div class="sectioncomment">\n(.*?)\n</div>\n', raw, re.S)
    if [t for _, t, _ in secs] != DOKEOS_SECTIONS: errors.append(f"{f}: the description blocks are not Dokeos's, in its order: {[t for _, t, _ in secs]}")
    if [int(i) for i, _, _ in secs] != list(range(1, len(secs) + 1)): errors.append(f"{f}: description anchors not numbered 1..N")
    body = {t: c for _, t, c in secs}
    for t, c in body.items():
        if re.search(r"[^\x00-\x7f]", c): errors.append(f"{f}: {t}: a raw non-ASCII character in FCKeditor's text (it writes named entities)")
        for e in re.findall(r"&(#?\w+);", c):
            if e not in html.entities.name2codepoint: errors.append(f"{f}: {t}: &{e}; is not a named HTML 4 entity")
        if re.search(r"&(?!#?\w+;)", c): errors.append(f"{f}: {t}: a bare &")
    txt = {t: html.unescape(c) for t, c in body.items()}
    weeks = re.findall(r"<li>Semana (\d+): (.*?)</li>", txt.get("Contenidos", ""))
    if not weeks or [int(w) for w, _ in weeks] != list(range(1, len(weeks) + 1)): errors.append(f"{f}: weeks not numbered 1..N")
    refs = [int(v) for v in re.findall(r'<li value="(\d+)">', txt.get("Materiales del curso", ""))]
    if not refs or refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: readings not numbered 1..N across the lists: {refs}")
    for _, w_ in weeks:
        for k in re.findall(r"\[(\d+)\]", w_):
            if int(k) not in refs: errors.append(f"{f}: a week cites reading [{k}], not in the lists")
    ev_ = txt.get("Evaluación", "")
    grades = re.findall(r"<li>[^<(]+\((\w+)\): (\d+) %</li>", ev_)
    if sum(int(p) for _, p in grades) != 100: errors.append(f"{f}: the grade weights do not add up to 100 %")
    pf = re.search(r"PF = (.+?)\.", ev_)
    terms = re.findall(r"0,(\d\d)·(\w+)", pf.group(1)) if pf else []
    if sorted((a, int(p)) for p, a in terms) != sorted((a, int(p)) for a, p in grades): errors.append(f"{f}: the PF formula's weights are not the listed ones")


# ---- 1378 stagit file page of README.md
def xmlenc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&quot;")


def check_stagit(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>": errors.append(f"{f}: the doctype")
    tm = re.search(r"<title>README\.md - ([\w.-]+) - ([^\n<]*)\n</title>", raw)
    if not tm: errors.append(f"{f}: <title>README.md - repo - description + the description file's newline</title>"); return
    repo, desc = tm.groups()
    if f"<h1>{repo}</h1><span class=\"desc\">{desc}\n</span>" not in raw: errors.append(f"{f}: the <h1> and the description are not the title's")
    if not re.search(r'git clone <a href="(git|https?)://[^"]+/' + re.escape(repo) + r'">\1://[^"<]+/' + re.escape(repo) + "</a>", raw): errors.append(f"{f}: the clone url does not end with the repository name")
    if '<a href="../log.html">Log</a> | <a href="../files.html">Files</a> | <a href="../refs.html">Refs</a> | <a href="../file/README.md.html">README</a>' not in raw: errors.append(f"{f}: stagit's menu line")
    bm = re.search(r'<p> README\.md \((\d+)B\)</p><hr/><pre id="blob">\n(.*?)</pre>\n</div>\n</body>\n</html>\n\Z', raw, re.S)
    if not bm: errors.append(f"{f}: the blob header, the <pre> and the page end"); return
    html_balanced(f, "page outside the blob", raw[:bm.start(2)] + raw[bm.end(2):], HTML_TAGS | {"pre"})
    src, n = [], 0
    for l in bm.group(2).split("\n")[:-1]:
        n += 1
        lm = re.fullmatch(r'<a href="#l(\d+)" class="line" id="l(\d+)">( *\d+)</a> (.*)', l)
        if not lm or not (int(lm.group(1)) == int(lm.group(2)) == n) or lm.group(3) != f"{n:7d}": errors.append(f"{f}: blob line {n}: not stagit's `<a href=\"#lN\" class=\"line\" id=\"lN\">%7d</a> `"); return
        c = lm.group(4)
        if xmlenc(html.unescape(c)) != c: errors.append(f"{f}: blob line {n}: not escaped as stagit's xmlencode escapes")
        src.append(html.unescape(c))
    readme = "\n".join(src) + "\n"
    if len(readme.encode("utf-8")) != int(bm.group(1)): errors.append(f"{f}: the blob size {bm.group(1)}B is not the README's {len(readme.encode('utf-8'))} bytes")
    heads = [re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in re.findall(r"^#{2,} (.+)$", readme, re.M)]
    for a in re.findall(r"\]\(#([^)]+)\)", readme):
        if a not in heads: errors.append(f"{f}: contents link #{a} is not a heading's anchor")
    if not readme.startswith("# Awesome ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in readme.split("\n")[0]: errors.append(f"{f}: the title line with the awesome badge")


# ---- 1379 Edison Mail forward (multipart/alternative, base64 UTF-8) of an arXiv listing
HEAD_1379 = ["Return-Path", "Received", "Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type"]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def check_edison(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1379: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    try:
        sent = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); return
    if not re.fullmatch(r"\w{3}, \d\d? \w{3} \d{4} \d\d:\d\d:\d\d \+0400", msg["Date"] or "") or sent.strftime("%a") != msg["Date"][:3]: errors.append(f"{f}: Date not in Tbilisi time (+0400) with its weekday")
    addr = {}
    for h in ("From", "To"):
        m_ = re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <([\w.-]+@[\w.-]+)>", str(msg[h] or ""))
        if not m_: errors.append(f"{f}: {h} is not a UTF-8 B-word and an address"); continue
        try:
            base64.b64decode(m_.group(1), validate=True).decode("utf-8")
        except (ValueError, UnicodeError):
            errors.append(f"{f}: {h}'s B-word does not decode")
        addr[h] = m_.group(2)
    if not re.fullmatch(r"<" + UUID + r"@edison\.tech>", msg["Message-ID"] or ""): errors.append(f"{f}: Message-ID not <lower-case uuid@edison.tech>")
    bm = re.fullmatch(r'multipart/alternative; boundary="(' + UUID.upper() + ')"', msg["Content-Type"] or "")
    if not bm: errors.append(f"{f}: not multipart/alternative with an upper-case UUID boundary"); return
    B = bm.group(1)
    parts = body.split(f"--{B}")
    if len(parts) != 4 or parts[3] != "--\r\n" or parts[0] != "": errors.append(f"{f}: no preamble, two parts and the closing boundary wanted"); return
    dec = {}
    for p in parts[1:3]:
        ph, _, pb = p.lstrip("\r\n").partition("\r\n\r\n")
        ct = re.fullmatch(r"Content-Type: (text/\w+); charset=UTF-8\r\nContent-Transfer-Encoding: base64", ph)
        if not ct: errors.append(f"{f}: a part that is not UTF-8 base64 text"); continue
        if not pb.endswith("\r\n"): errors.append(f"{f}: a part without its final line end"); continue
        pb = pb[:-2]
        if any(len(l) > 76 for l in pb.split("\r\n")): errors.append(f"{f}: {ct.group(1)}: a base64 line over 76 characters")
        try:
            d = base64.b64decode(pb.replace("\r\n", ""), validate=True).decode("utf-8")
        except (ValueError, UnicodeError):
            errors.append(f"{f}: {ct.group(1)} does not decode"); continue
        if base64.encodebytes(d.encode("utf-8")).decode("ascii").replace("\n", "\r\n") != pb: errors.append(f"{f}: {ct.group(1)}: base64 not as the writer encodes it (76-character lines)")
        dec[ct.group(1)] = d
    if sorted(dec) != ["text/html", "text/plain"]: errors.append(f"{f}: want a text/plain and a text/html part"); return
    H = dec["text/html"]
    html_balanced(f, "html part", H)
    for l in dec["text/plain"].split("\n"):
        if l and html.escape(l, quote=False) not in H: errors.append(f"{f}: the html part lacks the plain part's line {l[:50]!r}"); break
    D = dec["text/plain"].rstrip("\n").split("\n")
    try:
        k = D.index("---------- Forwarded message ---------")
    except ValueError:
        errors.append(f"{f}: no `---------- Forwarded message ---------` block"); return
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["From", "Date", "Subject", "To"]: errors.append(f"{f}: forward block lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[2].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded Subject")
    if fh[3] != f"To: <{addr.get('From')}>": errors.append(f"{f}: the forwarded mail was not sent to the forwarder")
    fdate = None
    try:
        loc = dt.datetime.strptime(fh[1], "Date: %a, %b %d, %Y at %I:%M %p")
        if loc.strftime("%a") != fh[1][6:9]: errors.append(f"{f}: the forwarded Date's weekday")
        fdate = loc.replace(tzinfo=dt.timezone(dt.timedelta(hours=4)))
    except ValueError:
        errors.append(f"{f}: forwarded {fh[1]!r} (`Date: Wed, May 15, 2024 at 4:27 AM`)")
    if fdate and not fdate <= sent: errors.append(f"{f}: the forwarded mail is dated after the forward")
    arch = re.match(r"(\w+) daily", fh[2].split(": ", 1)[1])
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    check_listing(f, D[k + 6:], arch.group(1), fdate)


# ---- 1380 ANLP annual meeting reference list copied from the PDF
ANLP_HEAD = "言語処理学会 第30回年次大会 発表論文集 (2024年3月)"


def check_anlp(f, raw):
    L = lines_of(f, raw)
    if L[0] != "参考文献": errors.append(f"{f}: does not open with 参考文献")
    try:
        end = L.index("A 付録")
    except ValueError:
        errors.append(f"{f}: no appendix heading after the references"); end = len(L)
    pnums, entries = [], []
    for i, l in enumerate(L):
        if width(l) > 56: errors.append(f"{f}: line {i + 1} wider than the column (56)")
        if l[:1] in "、。）ー": errors.append(f"{f}: line {i + 1} opens with {l[0]!r} (forbidden at a line start)")
        if l.endswith("（"): errors.append(f"{f}: line {i + 1} ends with （")
        pm = re.fullmatch(r"― (\d+) ―", l)
        if pm:
            pnums.append(int(pm.group(1)))
            if i + 1 < len(L) and L[i + 1] != ANLP_HEAD: errors.append(f"{f}: the page number on line {i + 1} is not followed by the running head")
            continue
        if l == ANLP_HEAD and not (i and re.fullmatch(r"― \d+ ―", L[i - 1])): errors.append(f"{f}: a running head not after a page number")
        if 0 < i < end and l != ANLP_HEAD:
            em = re.match(r"\[(\d+)\] ", l)
            if em: entries.append([int(em.group(1)), l])
            elif entries: entries[-1][1] += (" " if not re.search(r"[ぁ-んァ-ヶ一-龯（）、。]$", entries[-1][1]) else "") + l
            else: errors.append(f"{f}: line {i + 1} before the first entry")
    if pnums != list(range(pnums[0], pnums[0] + len(pnums))) if pnums else True: errors.append(f"{f}: page numbers not consecutive: {pnums}")
    if not re.fullmatch(r"― \d+ ―", L[-1]): errors.append(f"{f}: the copy does not end with a page number")
    if [n for n, _ in entries] != list(range(1, len(entries) + 1)) or not entries: errors.append(f"{f}: entries not numbered [1]..[N]")
    for n, e in entries:
        if not e.endswith("."): errors.append(f"{f}: entry [{n}] does not end with a full stop")
        for a, b in re.findall(r"pp\. (\d+)\D(\d+)", e):
            if int(a) >= int(b): errors.append(f"{f}: entry [{n}]: pages {a}–{b}")
        if re.search(r"pp\. \d+(?:-|--)\d", e): errors.append(f"{f}: entry [{n}]: a page range without the en dash")
        if not re.search(r", (?:19|20)\d\d\.(?: |$)", e): errors.append(f"{f}: entry [{n}] has no `, YYYY.` year")


# ---- 1381 BibORB BibTeX export
STD_FIELDS = ["author", "title", "booktitle", "journal", "series", "publisher", "volume", "number", "pages", "howpublished",
              "year", "url"]
BIBORB_FIELDS = ["groups", "longnotes", "read", "own", "ad_pdf"]


def check_biborb(f, raw):
    L = lines_of(f, raw)
    if raw.count("{") != raw.count("}"): errors.append(f"{f}: braces unbalanced")
    if not re.fullmatch(r"% This file was generated by BibORB \d+\.\d+\.\d+ - http://biborb\.glymn\.net", L[0]) or not L[1].startswith("% Bibliography: ") \
            or not L[2].startswith("% Description: ") or not re.fullmatch(r"% Exported on \d{4}-\d\d-\d\d by [\w.]+", L[3]) or L[4] != "": errors.append(f"{f}: BibORB's four header lines and a blank"); return
    keys_, i = [], 5
    while i < len(L):
        m = re.fullmatch(r"@(article|inproceedings|book|misc|techreport)\{([a-z]+)(\d{4})([a-z]+),", L[i])
        if not m: errors.append(f"{f}: line {i + 1}: not an entry head: {L[i][:50]!r}"); return
        j, fields = i + 1, []
        while j < len(L) and L[j] != "}":
            fm_ = re.fullmatch(r"\t([a-z_]+) = \{(.*)\}(,?)", L[j])
            if not fm_: errors.append(f"{f}: line {j + 1}: not a tab-indented `name = {{value}},`"); break
            fields.append(fm_.groups()); j += 1
        if not fields: return
        key = m.group(2) + m.group(3) + m.group(4)
        if [c for *_, c in fields] != [","] * (len(fields) - 1) + [""]: errors.append(f"{f}: {key}: commas (all but the last field)")
        names = [n for n, *_ in fields]
        order = STD_FIELDS + BIBORB_FIELDS
        if any(n not in order for n in names) or [n for n in order if n in names] != names: errors.append(f"{f}: {key}: fields not in order (standard, then BibORB's): {names}")
        fd = {n: v for n, v, _ in fields}
        if fd.get("year") != m.group(3): errors.append(f"{f}: {key}: the citekey's year is not the year field")
        au0 = fd.get("author", "").split(" and ")[0].split()
        surs = {unicodedata.normalize("NFKD", "".join(au0[-k:])).encode("ascii", "ignore").decode().lower() for k in (1, 2) if len(au0) > k and "." not in au0[-k]}
        word = (re.findall(r"[A-Za-z]+", fd.get("title", "").replace("{", "").replace("}", "")) or [""])[0].lower()
        if m.group(2) not in surs or m.group(4) != word: errors.append(f"{f}: {key}: citekey is not surname + year + first word of the title")
        if "pages" in fd and (not re.fullmatch(r"(\d+)--(\d+)", fd["pages"]) or int(fd["pages"].split("--")[0]) >= int(fd["pages"].split("--")[1])): errors.append(f"{f}: {key}: pages not N--M")
        if "url" in fd and not re.fullmatch(r"https?://\S+", fd["url"]): errors.append(f"{f}: {key}: url")
        if fd.get("read", "no") not in ("yes", "no") or fd.get("own", "no") not in ("yes", "no"): errors.append(f"{f}: {key}: read / own not yes or no")
        if (fd.get("own") == "yes") != ("ad_pdf" in fd) or ("ad_pdf" in fd and fd["ad_pdf"] != key + ".pdf"): errors.append(f"{f}: {key}: ad_pdf is not `<citekey>.pdf` exactly when own = yes")
        if "groups" in fd and any(g != g.strip() or not g for g in fd["groups"].split(",")): errors.append(f"{f}: {key}: an empty or padded group")
        if "journal" in fd and "arXiv" in fd["journal"] and not re.fullmatch(r"arXiv preprint arXiv:\d{4}\.\d{4,5}", fd["journal"]): errors.append(f"{f}: {key}: an arXiv journal field not `arXiv preprint arXiv:ID`")
        keys_.append(key)
        if j + 1 < len(L) and L[j + 1] != "": errors.append(f"{f}: no blank line after {key}")
        i = j + 2
    if keys_ != sorted(keys_) or len(set(keys_)) != len(keys_): errors.append(f"{f}: citekeys not unique and in order")


# ---- 1382 PlanMaker CSV (Ukrainian locale: `;`, decimal comma, UTF-8 with BOM, CRLF)
PM_HEAD = ["№", "Дата", "День", "Тема", "Стаття", "Посилання", "Доповідач", "Сторінок", "Статус", "Оцінка", "Примітка"]
UK_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]


def check_planmaker(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark")
    body = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not equal to its re-encoding (`;`, minimal quoting, CRLF records)")
    if re.search(r"(?<!\r)\n", re.sub(r'"(?:[^"]|"")*"', "", body)): errors.append(f"{f}: a bare LF outside a quoted cell")
    W_ = len(PM_HEAD)
    for i, r in enumerate(rows, 1):
        if len(r) != W_: errors.append(f"{f}: row {i} has {len(r)} cells, not {W_} (the used range)")
    if len(rows) < 5: errors.append(f"{f}: too few rows"); return
    if not rows[0][0] or any(rows[0][1:]) or any(rows[1]): errors.append(f"{f}: the title row and the blank row")
    if rows[2] != PM_HEAD: errors.append(f"{f}: the header row {rows[2]}"); return
    data, k = [], 3
    while k < len(rows) and any(rows[k]):
        data.append(rows[k]); k += 1
    if k + 1 >= len(rows) or rows[k + 1][0] != "Разом": errors.append(f"{f}: no blank row and `Разом` row after the data"); return
    prev, pages, rated, npap = None, 0, [], 0
    for i, r in enumerate(data, 1):
        if r[0] != str(i): errors.append(f"{f}: row № {r[0]} (want {i})")
        try:
            d = dt.datetime.strptime(r[1], "%d.%m.%Y").date()
        except ValueError:
            errors.append(f"{f}: date {r[1]!r} (dd.mm.yyyy)"); continue
        if UK_DAYS[d.weekday()] != r[2]: errors.append(f"{f}: {r[1]} is not a {r[2]}")
        if prev and d < prev: errors.append(f"{f}: {r[1]} before the previous row's date")
        prev = d
        if r[7]:
            if not r[7].isdigit(): errors.append(f"{f}: pages {r[7]!r}")
            else: pages += int(r[7]); npap += 1
        if r[8] not in ("проведено", "заплановано"): errors.append(f"{f}: status {r[8]!r}")
        if r[9]:
            if not re.fullmatch(r"\d,\d", r[9]): errors.append(f"{f}: rating {r[9]!r} (one decimal, a comma)")
            elif r[8] != "проведено": errors.append(f"{f}: a rating for a session not yet held")
            else: rated.append(float(r[9].replace(",", ".")))
    tot = rows[k + 1]
    if tot[7] != str(pages): errors.append(f"{f}: the total of pages {tot[7]} != {pages}")
    if tot[4] != f"{npap} статей": errors.append(f"{f}: the paper count {tot[4]!r} != {npap}")
    if rated and tot[9] != f"{sum(rated) / len(rated):.2f}".replace(".", ","): errors.append(f"{f}: the mean rating {tot[9]!r}")


# ---- 1383 TeamUP chat room export
KO_WD = ["월", "화", "수", "목", "금", "토", "일"]


def check_teamup(f, raw):
    L = lines_of(f, raw)
    hm = re.fullmatch(r"\[(.+)\] 대화 내용 \((\d+)명: (.+)\)", L[0])
    if not hm: errors.append(f"{f}: the first header line"); return
    members = hm.group(3).split(", ")
    if int(hm.group(2)) != len(members): errors.append(f"{f}: the member count {hm.group(2)} != {len(members)} names")
    sm = re.fullmatch(r"저장한 사람: (.+)", L[1]); dm = re.fullmatch(r"저장한 날짜: (\d{4}-\d\d-\d\d \d\d:\d\d)", L[2])
    if not sm or sm.group(1) not in members: errors.append(f"{f}: the saver is not a member")
    if not dm or L[3] != "": errors.append(f"{f}: the save date and a blank line"); return
    saved = dt.datetime.strptime(dm.group(1), "%Y-%m-%d %H:%M")
    day, last, after_msg = None, None, False
    for i, l in enumerate(L[4:], 5):
        dd = re.fullmatch(r"=== (\d{4})년 (\d{1,2})월 (\d{1,2})일 (.)요일 ===", l)
        if dd:
            x = dt.date(*map(int, dd.group(1, 2, 3)))
            if KO_WD[x.weekday()] != dd.group(4): errors.append(f"{f}: line {i}: {x} is not a {dd.group(4)}요일")
            if day and x <= day: errors.append(f"{f}: line {i}: day lines not ascending")
            if L[i - 2] != "" or (i < len(L) and L[i] != ""): errors.append(f"{f}: line {i}: a day line without blank lines around it")
            day, after_msg = x, False; continue
        if l == "": after_msg = False; continue
        rm = re.fullmatch(r"\[(\d\d):(\d\d)\] (\* |([^:\[\]]+): )(.*)", l)
        if rm:
            if day is None: errors.append(f"{f}: line {i}: a record before the first day line"); continue
            t = dt.datetime.combine(day, dt.time(int(rm.group(1)), int(rm.group(2))))
            if last and t < last: errors.append(f"{f}: line {i}: time before the previous record")
            if t > saved: errors.append(f"{f}: line {i}: after the export time")
            last = t
            if rm.group(3) == "* ":
                if not any(m_ + " 님" in rm.group(5) for m_ in members): errors.append(f"{f}: line {i}: a system record naming no member")
                after_msg = False
            else:
                if rm.group(4) not in members: errors.append(f"{f}: line {i}: {rm.group(4)!r} is not a member")
                after_msg = True
            continue
        if not after_msg: errors.append(f"{f}: line {i}: a bare line not after a message: {l[:40]!r}")


# ---- 1384 Question2Answer thread copied as text (Arabic)
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
Q2A_MENU = ["الأسئلة", "غير مجاب عنها", "الوسوم", "المستخدمون", "اطرح سؤالاً", "تسجيل الدخول | تسجيل"]


def check_q2a(f, raw):
    L = lines_of(f, raw)
    if L[2:8] != Q2A_MENU: errors.append(f"{f}: the site menu")
    if L[-2] != "مدعوم بواسطة Question2Answer": errors.append(f"{f}: the Question2Answer footer")
    for i, l in enumerate(L):
        vm = re.fullmatch(r"\+(\d+)", l)
        if vm and L[i + 1] != ("تصويت" if vm.group(1) == "1" else "تصويتات"): errors.append(f"{f}: line {i + 2}: vote word {L[i + 1]!r} for {vm.group(1)}")
        vm = re.fullmatch(r"\+(\d+) (\S+)", l)
        if vm and vm.group(2) != ("تصويت" if vm.group(1) == "1" else "تصويتات"): errors.append(f"{f}: line {i + 1}: vote word")
        am = re.fullmatch(r"(\d+) (إجابة|إجابات)", l)
        if am and am.group(2) != ("إجابة" if am.group(1) == "1" else "إجابات"): errors.append(f"{f}: line {i + 1}: answer word")
    metas = [(i, m) for i, l in enumerate(L) for m in [re.fullmatch(r"(سُئل|أجاب|عُدِّل|علّق) (\d{1,2}) (\S+) (\d{4}) الساعة (\d\d):(\d\d)(?: في تصنيف .+?)? بواسطة (\S+)(?: \((\d+|\d+(?:\.\d)?ألف) نقاط\))?", l)] if m]
    if not metas or metas[0][1].group(1) != "سُئل": errors.append(f"{f}: the question's meta line is not the first"); return
    times = []
    for i, m in metas:
        try:
            times.append(dt.datetime(int(m.group(4)), AR_MONTHS.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6))))
        except ValueError:
            errors.append(f"{f}: line {i + 1}: the date"); return
        if m.group(1) in ("سُئل", "أجاب") and not m.group(8): errors.append(f"{f}: line {i + 1}: no points after the poster")
    ascending(f, "post times", times)
    answers = [i for i, m in metas if m.group(1) == "أجاب"]
    hm = next((re.fullmatch(r"(\d+) (?:إجابة|إجابات)", l) for l in L if re.fullmatch(r"(\d+) (?:إجابة|إجابات)", l)), None)
    if not hm or int(hm.group(1)) != len(answers): errors.append(f"{f}: the answer count heading is not the number of answers")
    best = [i for i, l in enumerate(L) if l == "أفضل إجابة"]
    if len(best) != 1 or best[0] + 1 not in answers or not re.fullmatch(r"تصويتا?ت?", L[best[0] - 1]): errors.append(f"{f}: `أفضل إجابة` not exactly once, between an answer's votes and its meta line")
    for i, m in metas:
        if m.group(1) == "عُدِّل" and not (i and metas[[j for j, _ in metas].index(i) - 1][1].group(1) == "أجاب" and metas[[j for j, _ in metas].index(i) - 1][1].group(7) == m.group(7)): errors.append(f"{f}: line {i + 1}: an edit line not right after its author's answer")


# ---- 1385 YMLP archive page saved by Edge ("Webpage, Complete")
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]


def check_ymlp(f, raw):
    if raw.endswith("\n"): errors.append(f"{f}: a final newline (the browser's complete save has none)")
    if "\r" in raw: errors.append(f"{f}: CR characters")
    L = raw.split("\n")
    if L[0] != '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">': errors.append(f"{f}: the XHTML 1.0 Transitional doctype")
    mm = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", L[1] if len(L) > 1 else "")
    if not mm: errors.append(f"{f}: no mark of the web after the doctype"); return
    url = mm.group(2)
    if int(mm.group(1)) != len(url): errors.append(f"{f}: the mark of the web's length {mm.group(1)} != {len(url)}")
    if not re.fullmatch(r"https://ymlp\.com/z[A-Za-z0-9]+", url): errors.append(f"{f}: not a YMLP archive address")
    if f'<a href="{url}" style="color:#1a5fb4;" target="_blank">Zobacz w przeglądarce</a>' not in raw: errors.append(f"{f}: the view-in-browser link is not the archive address")
    html_balanced(f, "page", raw)
    if raw.count("<table") != raw.count("<tbody>"): errors.append(f"{f}: a table without <tbody>")
    tm = re.search(r"<title>(.+?)</title>", raw)
    folder = "./" + html.unescape(tm.group(1)).replace("/", "_").replace(":", "_") + "_files/" if tm else None
    for m in re.finditer(r'<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]*)"', raw):
        if not folder or not m.group(1).startswith(folder): errors.append(f"{f}: resource {m.group(1)[:50]!r} not in the browser's ./<title>_files/")
    im = re.search(r"<title>Przegląd Seminarium ML nr (\d+):", raw); hm = re.search(r">Numer (\d+) · (\S+), (\d{1,2}) (\S+) (\d{4}) · ", raw)
    if not im or not hm or im.group(1) != hm.group(1): errors.append(f"{f}: the title's issue number is not the header's"); return
    try:
        d = dt.date(int(hm.group(5)), PL_MONTHS.index(hm.group(4)) + 1, int(hm.group(3)))
        if PL_DAYS[d.weekday()] != hm.group(2): errors.append(f"{f}: {hm.group(2)} is not the weekday of {d}")
    except ValueError:
        errors.append(f"{f}: the header date does not parse")
    nums = [int(x) for x in re.findall(r"<strong>(\d+)\. ", raw)]
    if not nums or nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: items not numbered 1..N")
    if not re.search(r'<a href="https://ymlp\.com/u\.php\?id=\w+"[^>]*>Wypisz się</a>', raw) or 'alt="Powered by YMLP"' not in raw: errors.append(f"{f}: YMLP's footer (unsubscribe link, badge)")


# ---- 1386 XOOPS news article with comments saved by Firefox ("Web Page, complete")
def check_xoops(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>": errors.append(f"{f}: the doctype")
    if '<meta name="generator" content="XOOPS">' not in raw: errors.append(f"{f}: XOOPS's generator meta")
    html_balanced(f, "page", raw, HTML_TAGS | {"option", "select"})
    if raw.count("<table") != raw.count("<tbody>"): errors.append(f"{f}: a table without <tbody> (Firefox's serialiser adds one)")
    tm = re.search(r"<title>(.+?) - (.+?) - (.+?)</title>", raw)
    if not tm: errors.append(f"{f}: <title>article - module - site</title>"); return
    folder = "./" + quote(html.unescape(tm.group(0)[7:-8]) + "_files", safe="()") + "/"
    for m in re.finditer(r'<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]*)"', raw):
        if not m.group(1).startswith(folder): errors.append(f"{f}: resource {m.group(1)[:60]!r} not in Firefox's ./<file>_files/")
    sm = re.search(r'<span class="itemTitle"><a [^>]*>[^<]*</a>: <a href="[^"]*/modules/news/article\.php\?storyid=(\d+)">([^<]+)</a></span>', raw)
    if not sm or html.unescape(sm.group(2)) != html.unescape(tm.group(1)): errors.append(f"{f}: the item title is not the page title's article"); return
    sid = sm.group(1)
    if f'<input type="hidden" name="storyid" value="{sid}">' not in raw or f"comment_new.php?com_itemid={sid}'" not in raw: errors.append(f"{f}: the comment bar is for another story")
    pm = re.search(r'<span class="itemPostDate">dne (\d\d\.\d\d\.\d{4} \d\d:\d\d)</span>', raw)
    if not pm: errors.append(f"{f}: no post date"); return
    posted = dt.datetime.strptime(pm.group(1), "%d.%m.%Y %H:%M")
    cms = re.findall(r'<a id="comment(\d+)"></a>\n<table class="outer" cellspacing="1"><tbody>\n<tr>.*?<div class="comTitle"><img [^>]*> ([^<]+)</div><div class="comDate"><span class="comDateCaption">Odesláno:</span> (\d\d\.\d\d\.\d{4} \d\d:\d\d)</div>', raw)
    cm = re.search(r"Komentáře \((\d+)\)", raw)
    if not cm or int(cm.group(1)) != len(cms): errors.append(f"{f}: the comment count is not the number of comments")
    ids = [int(c[0]) for c in cms]
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: comment ids not ascending")
    times = [dt.datetime.strptime(c[2], "%d.%m.%Y %H:%M") for c in cms]
    if times and times[0] < posted: errors.append(f"{f}: a comment before the post")
    ascending(f, "comments (oldest first)", times)
    for c in cms:
        if html.unescape(c[1]) != "Re: " + html.unescape(tm.group(1)): errors.append(f"{f}: comment {c[0]}: title not `Re: ` + the article's")
    if 'option value="0" selected="selected">Nejstarší první' not in raw: errors.append(f"{f}: the order selector does not say oldest first")


def shape_checks(f, raw, path):
    n = num(f)
    {1377: check_dokeos, 1378: check_stagit, 1379: check_edison, 1380: check_anlp, 1381: check_biborb,
     1382: check_planmaker, 1383: check_teamup, 1384: check_q2a, 1385: check_ymlp,
     1386: check_xoops}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
        t, ev, tid, aid, oid = r.get("title") or "", r.get("evidence"), r.get("true_arxiv_id"), r.get("arxiv_id"), r.get("openreview_id")
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
    labelled = {r.get("true_arxiv_id") for r in recs} | {r.get("openreview_id") for r in recs}
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
    rec_keys = {r.get("true_arxiv_id") or r.get("title") for r in recs}
    rec_titles = {(r.get("title") or "").lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")










# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round136's and round137's, a byte-identical file counted once), and the round136/round137 split (candidates sorted by
# (uses, catalogue title); round136 = even positions from 4 on, one unbroken run; round137 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P137S = ["/work/rounds/digests-round137/expected.json", "/work/main/tests/data/digests-round137/expected.json"]
P137 = next((p for p in P137S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P137S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round136", "digests-round137") or not os.path.exists(pth): continue
    b = open(pth, "rb").read()
    if b in counted or b in own: continue
    counted.add(b)
    for recs in json.loads(b).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
pos = {pkey(e): i + 1 for i, e in enumerate(cands)}
allrecs = [r.get("true_arxiv_id") or (r.get("title") or "").lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
last = max((pos[k] for k in mine if k in pos), default=0)
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 4 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round136 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r137 = set()
if P137:
    try:
        r137 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P137)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P137} exists but could not be read (being written?)")
    if r137 & mine: errors.append(f"papers also in round137: {sorted(r137 & mine)}")
shared137 = len(r137 & mine) if P137 else "(no round137 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r.get("evidence") for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r.get("openreview_id"))
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r.get("openreview_id"))
nox = sum(1 for recs in exp.values() for r in recs if not r.get("true_arxiv_id"))
nox_t = sum(1 for recs in exp.values() for r in recs if r.get("evidence") == "title-only" and r.get("true_arxiv_id"))
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round136 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round137: {shared137}; papers in more than one round136 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

