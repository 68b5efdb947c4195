#!/usr/bin/env python3
r"""Checks round128/expected.json against the digests and the shared catalogues.

Adapted from round126/validate.py (the label checks are the same code; the reuse report is round126's with round128 /
round129 in place of round126 / round127: round128 holds the even positions from 4, position 1 left out; the arXiv
listing reader is round126's; the other readers and the shape checks are new). The reuse report counts every
/work/main/tests/data/*/expected.json except round128's and round129's own (a digests-round128 / digests-round129
folder, or a file whose bytes equal round128's or round129's expected.json) — a file whose bytes equal one already
counted is counted once — and checks the split: round128 holds the even positions of the candidates sorted by (uses,
catalogue title), position 1 left out, as one run from position 4 up to its last paper; it fails on a paper shared
with round129's expected.json (read only, from /work/rounds/digests-round129/ or
/work/main/tests/data/digests-round129/, when it exists), and on a paper in more than one round128 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1299 its MIME parts decoded (quoted-printable)
and its RFC 2047 headers; 1300 with its page numbers taken out, a TeX hyphen at a line end joined and whitespace
collapsed; 1302 every CSV field; 1306 every tracking link's base64url target; everything: HTML entities undone once
and twice, percent-escapes undone. Titles are matched after whitespace normalisation, case-blind; a title found only
that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1297 Esse3 page saved by Chrome as Webpage, Complete (LF, final newline; `<!DOCTYPE html>` then `<!-- saved from
url=(NNNN)<url> -->` with NNNN the URL's length; Chrome's Content-Type meta first in <head>; tags balanced; every local
src / href under `./<title, | as _>_files/`; the anno offerta = ANNO_ACCADEMICO = ad_er_id's year; CFU × 8 = ore = the
teachers' hours; the period Monday to Friday; settore `XXX-YYY/NN - …`; the syllabus sections in Esse3's order; the
Programma esteso's lessons numbered 1.. with hours adding up to the ore);
1298 AutoCorrect-formatted awesome README (LF, final newline; no tab, trailing space or run of blank lines; the awesome
badge on the title line; blank lines around headings; `-` bullets; outside code, with link targets, brackets,
backticks and `**` taken out: no Han character next to a half-width letter or digit, no half-width , . : ; ! ? ( after
Han, no space beside full-width punctuation, no straight quotes next to Han; the 目錄 = the ## / ### headings with
their GitHub anchors; `- [title](url) - note` and `- **title** - note` entries; the autocorrect command);
1299 ABV.bg forward (CRLF only, final CRLF; the header names in order; Message-ID `<hash.counter.millis@nmN.abv…>` with
its millis = the Date, the Date with its zone comment; From an RFC 2047 Q-word; multipart/alternative with JavaMail's
`----=_Part_<n>_<hash>.<millis>` boundary, millis just before the Message-ID's; text/plain then text/html, both UTF-8
quoted-printable in lines of at most 76 equal to Python's re-encoding; the plain text: a `-- ` signature before
`-------- Оригинално писмо --------` and its От / Относно / До / Изпратено на lines, Subject = `Fwd: ` + Относно, the
forwarded date not after the forward and after the window's end; the listing as round126 checks it (head lines, a
one-day window from 19:00 GMT with the weekdays right, new and replaced entries in the window, fields wrapped at 80,
closing `\\ ( https://arxiv.org/abs/<id> ,  NNNkb)`, rules); the HTML part: the forward header as <div>s, the <pre> =
the plain listing);
1300 spbasic references copied from a PDF viewer (LF, final newline; the heading first; no line over 94; page-number
lines consecutive, the last line one; Tiếng Việt before Tiếng Anh; English entries found by `Names (year) ` at a line
start (a line starting `… (year) ` otherwise is an error), a TeX hyphen at a line end joined: names `Surname Initials` without dots, at most three or three and `et al`,
sorted by surname; no full stop at an entry's end; `pp N–M`; URLs only after `URL `; proceedings titles in sentence
case);
1301 ASReview RIS (LF, final newline; `N.` counters from 1; `XX  - value` lines of known tags, TY first with a known
type, `ER  - ` and a blank line; TI and a four-digit PY; AU `Surname, Given`; UR http(s); SP ≤ EP; one ASReview label
note per record, `ASReview_prior` never on a not-seen record, records relevant → irrelevant → not seen);
1302 Timeular CSV (no BOM; equal to its re-encoding with minimal quoting and CRLF records; the header; 17 fields a row;
valid dates, HH:MM:SS and ±HH:MM; Duration = end − start; entries in start order; ids unique numbers; one ActivityID
per activity and back; one Version, space and offset; Mentions and Tags = the note's @mentions and #tags, in order,
without duplicates);
1303 LimeChat log (LF, final newline; every line `HH:MM ` and one of LimeChat's line forms; times ascending; the log
opens with joining and the Topic line; nobody speaks after leaving; nick changes of present nicks; modes and topics
set by operators; notices from the bot only; no message over 400 bytes of UTF-8);
1304 vBulletin 4 archive page (LF, final newline; XHTML doctype, lang el; tags balanced; <title> = the thread title +
` [Αρχείο] - <forum>` = the navbar's last item, the navbar's links under the forum's archive; `Προβολή πλήρους έκδοσης :
<title>` and the title link pointing at one showthread id; posts in the archive's form, dates (`dd-mm-yyyy, HH:MM`)
ascending; quotes naming an earlier poster and quoting that poster's text, with a `p=<id>#post<id>` link; link texts
= vBulletin's shortening of their URLs; vBulletin's copyright line);
1305 Techtunes tune (LF, final newline; doctype, lang bn; tags balanced; <title> = the h1 + ` | টেকটিউনস`; canonical =
og:url = `/tune-id/<n>` = the article id; every <time> shown as its datetime in Bengali digits with weekday, month and
part of day, 12-hour clock; read and জোসস counts in Bengali digits; tag links percent-encoded; tunements in the page's
form, ids unique, none before the tune, replies not before their parent; the count `টিউমেন্ট সমূহ (N টি)`; the
login-to-comment form);
1306 Perfit web version (LF, final newline; the XHTML doctype, lang es-AR; tags balanced; every link but the badge
`https://clk.perfit…/c/<account>/<campaign>/<n>/web?u=<base64url>`, one account and campaign, n = 1, 2, … in document
order, every u= an unpadded base64url http(s) URL; the badge with the campaign; the open pixel; unsubscribe and
preferences with the campaign; the Spanish date line's weekday right; the issue number in <title> and the heading,
links to this issue and to N − 1).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.policy, email.utils, html, io, json, os, quopri, re, sys, textwrap, unicodedata
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


def page_text(raw):
    """1300 without its page numbers, a TeX hyphen at a line end joined, whitespace collapsed"""
    L = [l for l in raw.split("\n") if not re.fullmatch(r"\d{1,4}", l)]
    return re.sub(r"\s+", " ", re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", "\n".join(L)))


def b64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode("utf-8")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1299: forms += mime_texts(raw)
    if n == 1300: forms.append(page_text(raw))
    if n == 1302: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw, newline="")) for x in r))
    if n == 1306: forms.append("\n".join(b64u(m) for m in re.findall(r"[?&]u=([A-Za-z0-9_-]+)", raw)))
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


def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


# ---- 1297 Esse3 syllabus page saved by Chrome (Webpage, Complete)
ESSE3 = ["Lingua insegnamento", "Contenuti", "Testi di riferimento", "Obiettivi formativi", "Prerequisiti", "Metodi didattici",
         "Altre informazioni", "Modalità di verifica dell'apprendimento", "Programma esteso",
         "Obiettivi Agenda 2030 per lo sviluppo sostenibile"]


def check_esse3(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>": errors.append(f"{f}: the DOCTYPE first")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", L[1] if len(L) > 1 else "")
    if not m: errors.append(f"{f}: no `<!-- saved from url=(NNNN)… -->` after the DOCTYPE"); return
    url = m.group(2)
    if int(m.group(1)) != len(url): errors.append(f"{f}: the mark of the web says {m.group(1)} for a URL of {len(url)} characters")
    if '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' not in L[2]: errors.append(f"{f}: Chrome's Content-Type meta is not first in <head>")
    html_balanced(f, "page", raw)
    tm = re.search(r"<title>(.*?)</title>", raw)
    folder = "./" + html.unescape(tm.group(1)).replace("|", "_") + "_files/" if tm else None
    local = [u for u in re.findall(r'(?:src|href)="([^"]+)"', raw) if not re.match(r"https?://|#|mailto:", u)]
    if not local or any(not u.startswith(folder or "\0") for u in local): errors.append(f"{f}: a local resource not under {folder!r}")
    info = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", raw))
    am = re.search(r"ad_er_id=(\d{4})\*.*ANNO_ACCADEMICO=(\d{4})", url)
    ao = re.fullmatch(r"(\d{4})/(\d{4})", info.get("Anno offerta", ""))
    if not am or not ao or not am.group(1) == am.group(2) == ao.group(1) or int(ao.group(2)) != int(ao.group(1)) + 1: errors.append(f"{f}: anno offerta / ANNO_ACCADEMICO / ad_er_id disagree")
    try:
        cfu, ore = int(info["CFU"]), int(re.match(r"(\d+) ore", info["Ore"]).group(1))
        if cfu * 8 != ore: errors.append(f"{f}: {cfu} CFU for {ore} ore (8 ore a CFU)")
        doc = [int(h) for h in re.findall(r"<tr><td>[^<]+</td><td>[^<]+</td><td>(\d+)</td></tr>", raw)]
        if sum(doc) != ore: errors.append(f"{f}: the teachers' hours {doc} do not add up to {ore}")
        pm = re.search(r"\((\d\d/\d\d/\d{4}) - (\d\d/\d\d/\d{4})\)", info["Periodo"])
        d0, d1 = (dt.datetime.strptime(x, "%d/%m/%Y") for x in pm.groups())
        if d0.weekday() != 0 or d1.weekday() != 4 or not d0 < d1: errors.append(f"{f}: the period does not run Monday to Friday")
        if not re.fullmatch(r"[A-Z]+-[A-Z]+/\d\d - .+", info["Settore"]): errors.append(f"{f}: settore")
    except (KeyError, AttributeError, ValueError):
        errors.append(f"{f}: the info list (CFU, Ore, Periodo, Settore)"); return
    h3 = [html.unescape(h) for h in re.findall(r"<h3>(.*?)</h3>", raw)]
    if h3 != ESSE3: errors.append(f"{f}: syllabus sections {h3} (want Esse3's order)"); return
    pe = re.search(r"<h3>Programma esteso</h3>\n<div class=\"app-syllabus-testo\">(.*?)</div>", raw, re.S)
    les = re.findall(r"^(\d+)\. .*\((\d+) ore\)(?:<br>)?$", pe.group(1), re.M) if pe else []
    if [int(a) for a, _ in les] != list(range(1, len(les) + 1)) or not les: errors.append(f"{f}: lessons not numbered 1, 2, …")
    elif sum(int(h) for _, h in les) != ore: errors.append(f"{f}: the lessons' hours do not add up to {ore}")


# ---- 1298 AutoCorrect-formatted awesome README (Traditional Chinese)
HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
FWP = "，。：；！？、（）「」『』《》"


def check_autocorrect(f, raw):
    L = lines_of(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab")
    if any(l != l.rstrip() for l in L): errors.append(f"{f}: trailing whitespace")
    if "\n\n\n" in raw: errors.append(f"{f}: a run of blank lines")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: no awesome badge on the title line")
    heads, incode = [], False
    for i, l in enumerate(L, 1):
        if l.startswith("```"): incode = not incode; continue
        if incode: continue
        if re.match(r"#{1,6} ", l):
            if (i > 1 and L[i - 2] != "") or (i < len(L) and L[i] != ""): errors.append(f"{f}: line {i}: no blank line around a heading")
            if l.startswith(("## ", "### ")): heads.append(l)
        if re.match(r"\s*[*+] ", l): errors.append(f"{f}: line {i}: a bullet not written `- `")
        t = re.sub(r"\]\([^)\s]*\)", "]", l)
        t = re.sub(r"[\[\]`]|\*\*|!(?=\[)", "", t)
        if re.search(f"[{HAN}][A-Za-z0-9]|[A-Za-z0-9][{HAN}]", t): errors.append(f"{f}: line {i}: Han next to a half-width letter or digit without a space")
        if re.search(f"[{HAN}][,.:;!?()]", t): errors.append(f"{f}: line {i}: half-width punctuation after Chinese text")
        if re.search(f"(?<=\\S) +[{FWP}]|[{FWP}] +(?=\\S)", t): errors.append(f"{f}: line {i}: a space beside full-width punctuation")
        if re.search(r'[{HAN}]"|"[{HAN}]'.replace("{HAN}", HAN), t): errors.append(f"{f}: line {i}: straight quotes in Chinese text (「」 wanted)")
    try:
        t0 = L.index("## 目錄")
        toc = []
        for l in L[t0 + 2:]:
            if not l: break
            toc.append(l)
        want = [("  " if h.startswith("### ") else "") + f"- [{h.split(' ', 1)[1]}](#{gh_slug(h.split(' ', 1)[1])})" for h in heads if h != "## 目錄"]
        if toc != want: errors.append(f"{f}: the 目錄 is not the headings with their GitHub anchors")
    except ValueError:
        errors.append(f"{f}: no ## 目錄")
    if "autocorrect --fix README.md" not in raw: errors.append(f"{f}: no autocorrect command in the contributing section")
    for m in re.finditer(r"^- (\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*) - ", raw, re.M):
        pass
    if not re.search(r"^- \*\*[^*]+\*\* - ", raw, re.M) or not re.search(r"^- \[[^\]]+\]\(https?://[^)]+\) - ", raw, re.M): errors.append(f"{f}: entries not `- [title](url) - note` / `- **title** - note`")


# ---- 1299 ABV.bg forward (JavaMail-style ids, quoted-printable)
HEAD_1299 = ["Return-Path", "Received", "Received", "Date", "From", "To", "Cc", "Message-ID", "Subject", "MIME-Version",
             "Content-Type", "X-Priority", "Importance", "X-Mailer", "X-Originating-IP"]


def check_abv(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1299: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    mm = re.fullmatch(r"<(\d+)\.(\d+)\.(\d{13})@nm\d+\.abv\.example\.bg>", msg["Message-ID"] or "")
    dm = re.fullmatch(r"\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}) \((EET|EEST)\)", msg["Date"] or "")
    if not mm: errors.append(f"{f}: Message-ID not JavaMail's <hash.counter.millis@host>")
    if not dm or {"+0200": "EET", "+0300": "EEST"}.get(dm.group(1)) != dm.group(2): errors.append(f"{f}: Date without its zone comment (EET / EEST)")
    try:
        outer = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); outer = None
    if outer and mm and abs(int(mm.group(3)) / 1000 - outer.timestamp()) > 2: errors.append(f"{f}: the Message-ID's millis are not the Date")
    if not re.fullmatch(r"=\?UTF-8\?Q\?[A-Za-z0-9=_]+\?= <[\w.]+@[\w.-]+>", msg["From"] or ""): errors.append(f"{f}: From is not an RFC 2047 Q-word name and an address")
    bm = re.fullmatch(r'multipart/alternative;\s+boundary="(----=_Part_\d+_\d+\.(\d{13}))"', " ".join((msg["Content-Type"] or "").split()))
    if not bm: errors.append(f"{f}: Content-Type / JavaMail boundary"); return
    if mm and not 0 <= int(mm.group(3)) - int(bm.group(2)) <= 1000: errors.append(f"{f}: the boundary's millis are not just before the Message-ID's")
    parts = msg.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}"); return
    dec = []
    for p in parts:
        if (p.get_content_charset() or "").lower() != "utf-8" or p["Content-Transfer-Encoding"] != "quoted-printable": errors.append(f"{f}: a part not UTF-8 quoted-printable")
        enc = p.get_payload()
        if any(len(l) > 76 for l in enc.split("\r\n")): errors.append(f"{f}: a quoted-printable line over 76 characters")
        try:
            t = quopri.decodestring(enc.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        except (ValueError, UnicodeError):
            errors.append(f"{f}: a part does not decode"); return
        if quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n") != enc: errors.append(f"{f}: quoted-printable not as the writer encodes it (76 columns, soft breaks)")
        dec.append(t)
    plain, htm = dec
    D = plain.rstrip("\n").split("\n")
    try:
        k = D.index("-------- Оригинално писмо --------")
    except ValueError:
        errors.append(f"{f}: no `-------- Оригинално писмо --------` header"); return
    if "-- " not in D[:k]: errors.append(f"{f}: no `-- ` signature before the forwarded message")
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["От", "Относно", "До", "Изпратено на"]: errors.append(f"{f}: forward header lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[1].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded Относно")
    fdate = None
    try:
        fdate = dt.datetime.strptime(fh[3].split(": ", 1)[1], "%d.%m.%Y %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))
    except ValueError:
        errors.append(f"{f}: Изпратено на {fh[3]!r}")
    if fdate and outer and not fdate <= outer: errors.append(f"{f}: the forwarded mail is dated after the forward")
    arch = re.search(r"^(\w+) daily", fh[1].split(": ", 1)[1])
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    lst = D[k + 6:]
    check_listing(f, lst, arch.group(1), fdate)
    if "".join(f"<div>{html.escape(l, quote=False)}</div>" for l in D[k:k + 5]) not in htm: errors.append(f"{f}: the HTML part's forward header differs")
    pm = re.search(r"<pre[^>]*>(.*?)</pre>", htm, re.S)
    if not pm or html.unescape(pm.group(1)).split("\n") != lst: errors.append(f"{f}: the HTML part's <pre> differs from the plain listing")


# ---- 1300 spbasic references copied from a PDF viewer
NAME = r"[^\s,()]+(?: [^\s,()]+)*? [A-Z]{1,3}"
ENTRY = re.compile(rf"^((?:{NAME}, )*{NAME}(?:, et al)?|[A-Z][a-z]+ [A-Z][a-z]+) \((\d{{4}})\) ")


def check_spbasic(f, raw):
    L = lines_of(f, raw)
    if L[0] != "TÀI LIỆU THAM KHẢO": errors.append(f"{f}: the heading first")
    if any(len(l) > 94 for l in L): errors.append(f"{f}: a line over 94 columns")
    pages = [int(l) for l in L if re.fullmatch(r"\d{1,4}", l)]
    if not pages or pages != list(range(pages[0], pages[0] + len(pages))) or not re.fullmatch(r"\d+", L[-1]): errors.append(f"{f}: page numbers {pages} (consecutive, the last line one)")
    try:
        a, b = L.index("Tiếng Việt"), L.index("Tiếng Anh")
        if not a < b: raise ValueError
    except ValueError:
        errors.append(f"{f}: Tiếng Việt before Tiếng Anh"); return
    ents = []
    for l in L[b + 1:]:
        if re.fullmatch(r"\d{1,4}", l): continue
        if re.match(r"^[^()]{0,120}?\(\d{4}\) ", l) and not ENTRY.match(l): errors.append(f"{f}: a line that starts an entry not in spbasic's `Surname Initials, … (year)` form: {l[:40]!r}")
        if ENTRY.match(l) or not ents: ents.append(l)
        elif ents[-1].endswith("-") and l[:1].islower(): ents[-1] = ents[-1][:-1] + l
        else: ents[-1] += " " + l
    keys_ = []
    for e in ents:
        m = ENTRY.match(e)
        if not m: errors.append(f"{f}: an entry without `Names (year) `: {e[:40]!r}"); continue
        names = m.group(1).split(", ")
        if names[-1] == "et al" and len(names) != 4: errors.append(f"{f}: et al after {len(names) - 1} names: {e[:40]!r}")
        if names[-1] != "et al" and len(names) > 3: errors.append(f"{f}: {len(names)} names without et al: {e[:40]!r}")
        if any("." in n for n in names): errors.append(f"{f}: initials with full stops: {e[:40]!r}")
        keys_.append(unicodedata.normalize("NFKD", names[0]).casefold())
        if e.endswith("."): errors.append(f"{f}: an entry ending with a full stop: {e[-20:]!r}")
        if re.search(r"pp \d+-\d+", e) or re.search(r"pp\. ", e): errors.append(f"{f}: a page range not `pp N–M`: {e[:30]!r}")
        if re.search(r"(?<!URL )https?://", e): errors.append(f"{f}: a URL not after `URL `: {e[:30]!r}")
        if " In: " in e:
            title = e[m.end():].split(". In: ")[0]
            words = re.split(r"(?<=:) ", title)
            for part_ in words:
                if any(re.fullmatch(r"[A-Z][a-z]+", w) for w in part_.split()[1:]): errors.append(f"{f}: a title not in sentence case: {title[:40]!r}"); break
    if keys_ != sorted(keys_): errors.append(f"{f}: English entries not sorted by surname: {keys_}")


# ---- 1301 ASReview LAB RIS export
RIS_TAGS = {"TY", "AU", "TI", "T2", "PY", "SP", "EP", "AB", "UR", "N1", "PB", "M3", "ER", "DO", "KW", "VL", "IS", "JO"}
RIS_TYPES = {"JOUR", "CONF", "CPAPER", "BOOK", "CHAP", "THES", "ELEC", "COMP", "DATA", "GEN", "RPRT"}
LABELS = ["ASReview_relevant", "ASReview_irrelevant", "ASReview_not_seen"]


def check_ris(f, raw):
    L = lines_of(f, raw)
    i, n, order = 0, 0, []
    while i < len(L):
        n += 1
        if L[i] != f"{n}.": errors.append(f"{f}: line {i + 1}: record counter `{n}.` expected, got {L[i][:20]!r}"); return
        j, tags, vals = i + 1, [], {}
        while j < len(L) and L[j] != "ER  - ":
            m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", L[j])
            if not m: errors.append(f"{f}: line {j + 1}: not `XX  - value`"); j += 1; continue
            tags.append(m.group(1)); vals.setdefault(m.group(1), []).append(m.group(2))
            if m.group(1) not in RIS_TAGS: errors.append(f"{f}: line {j + 1}: unknown tag {m.group(1)}")
            j += 1
        if j >= len(L): errors.append(f"{f}: record {n} without `ER  - `"); return
        if not tags or tags[0] != "TY" or vals["TY"][0] not in RIS_TYPES: errors.append(f"{f}: record {n}: TY first, a known type")
        if "TI" not in vals or "PY" not in vals or not re.fullmatch(r"\d{4}", vals["PY"][0]): errors.append(f"{f}: record {n}: TI / PY")
        for a in vals.get("AU", []):
            if not re.fullmatch(r"[^,،]+[,،] [^,،]+", a): errors.append(f"{f}: record {n}: AU {a!r} not `Surname, Given`")
        for u in vals.get("UR", []):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: record {n}: UR {u!r}")
        if "SP" in vals and ("EP" not in vals or int(vals["SP"][0]) > int(vals["EP"][0])): errors.append(f"{f}: record {n}: SP / EP")
        labs = [v for v in vals.get("N1", []) if v in LABELS]
        if len(labs) != 1: errors.append(f"{f}: record {n}: {len(labs)} ASReview labels"); labs = ["?"]
        if "ASReview_prior" in vals.get("N1", []) and labs[0] == "ASReview_not_seen": errors.append(f"{f}: record {n}: a prior not seen")
        order.append(LABELS.index(labs[0]) if labs[0] in LABELS else 0)
        if j + 1 < len(L) and L[j + 1] != "": errors.append(f"{f}: no blank line after record {n}")
        i = j + 2
    if order != sorted(order): errors.append(f"{f}: records not in the export's order (relevant, irrelevant, not seen)")


# ---- 1302 Timeular CSV export
TIMEULAR_HEAD = ["Version", "TimeEntryID", "StartDate", "StartTime", "StartTimeOffset", "EndDate", "EndTime", "EndTimeOffset",
                 "Duration", "ActivityID", "Activity", "SpaceId", "Space", "Username", "Note", "Mentions", "Tags"]


def uniq(xs):
    out = []
    for x in xs:
        if x not in out: out.append(x)
    return out


def check_timeular(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not minimal quoting with CRLF records (the writer's form)")
    if not rows or rows[0] != TIMEULAR_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    starts, ids, acts, single = [], [], {}, {k: set() for k in ("Version", "SpaceId", "Space", "StartTimeOffset", "EndTimeOffset")}
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(TIMEULAR_HEAD): errors.append(f"{f}: row {n}: {len(r)} fields"); continue
        d = dict(zip(TIMEULAR_HEAD, r))
        try:
            a = dt.datetime.fromisoformat(f"{d['StartDate']}T{d['StartTime']}{d['StartTimeOffset']}")
            b = dt.datetime.fromisoformat(f"{d['EndDate']}T{d['EndTime']}{d['EndTimeOffset']}")
        except ValueError:
            errors.append(f"{f}: row {n}: date / time / offset"); continue
        if not re.fullmatch(r"\d\d:\d\d:\d\d", d["StartTime"]) or not re.fullmatch(r"[+-]\d\d:\d\d", d["StartTimeOffset"]): errors.append(f"{f}: row {n}: HH:MM:SS and ±HH:MM")
        s = int((b - a).total_seconds())
        if s <= 0: errors.append(f"{f}: row {n}: end not after start")
        if d["Duration"] != f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}": errors.append(f"{f}: row {n}: Duration {d['Duration']} is not end − start")
        if acts.setdefault(d["Activity"], d["ActivityID"]) != d["ActivityID"]: errors.append(f"{f}: row {n}: a second ActivityID for {d['Activity']}")
        if d["Mentions"] != ", ".join(uniq(re.findall(r"@(\w+)", d["Note"]))): errors.append(f"{f}: row {n}: Mentions are not the note's @mentions")
        if d["Tags"] != ", ".join(uniq(re.findall(r"#([\w-]+)", d["Note"]))): errors.append(f"{f}: row {n}: Tags are not the note's #tags")
        for k in single: single[k].add(d[k])
        ids.append(d["TimeEntryID"]); starts.append(a)
    ascending(f, "entry starts", starts)
    if len(set(ids)) != len(ids) or not all(i.isdigit() for i in ids): errors.append(f"{f}: TimeEntryIDs not unique numbers")
    if len(set(acts.values())) != len(acts): errors.append(f"{f}: one ActivityID for two activities")
    for k, v in single.items():
        if len(v) != 1: errors.append(f"{f}: more than one {k}: {sorted(v)}")


# ---- 1303 LimeChat channel log
LC = [("msg", re.compile(r"(\S+): (.*)")), ("action", re.compile(r"\* (\S+) (.*)")), ("notice", re.compile(r"-(\S+)- (.*)")),
      ("join", re.compile(r"(\S+) has joined \((\S+@\S+)\)")), ("part", re.compile(r"(\S+) has left \((.*)\)")),
      ("quit", re.compile(r"(\S+) has left IRC \((.*)\)")), ("nick", re.compile(r"(\S+) is now known as (\S+)")),
      ("mode", re.compile(r"(\S+) has changed mode: ([+-][ov]) (\S+)")), ("topic", re.compile(r"(\S+) has set topic: (.*)")),
      ("topic0", re.compile(r"Topic: (.*)"))]


def check_limechat(f, raw):
    L = lines_of(f, raw)
    times, here, gone, ops, me = [], set(), set(), set(), None
    for n, l in enumerate(L, 1):
        m = re.fullmatch(r"(\d\d):(\d\d) (.+)", l)
        if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59: errors.append(f"{f}: line {n}: not `HH:MM text`"); continue
        times.append(m.group(1) + m.group(2))
        kind, g = next(((k, r.fullmatch(m.group(3))) for k, r in LC if r.fullmatch(m.group(3))), (None, None))
        if not kind: errors.append(f"{f}: line {n}: not a LimeChat line"); continue
        who = g.group(1) if kind != "topic0" else None
        if kind == "join":
            if me is None: me = who; ops.add(who)
            here.add(who); gone.discard(who); continue
        if kind == "topic0":
            if n != 2: errors.append(f"{f}: line {n}: the Topic line not right after joining")
            continue
        if who in gone: errors.append(f"{f}: line {n}: {who} after leaving")
        if kind in ("part", "quit"): here.discard(who); gone.add(who)
        if kind == "nick":
            if who not in here: errors.append(f"{f}: line {n}: a nick change of {who}, not in the channel")
            here.discard(who); here.add(g.group(2)); ops |= {g.group(2)} if who in ops else set()
        if kind == "mode":
            if who not in ops: errors.append(f"{f}: line {n}: {who} sets a mode without being an operator")
            if g.group(2) == "+o": ops.add(g.group(3))
        if kind == "topic" and who not in ops: errors.append(f"{f}: line {n}: {who} sets the topic without being an operator")
        if kind == "notice" and not who.endswith("-bot"): errors.append(f"{f}: line {n}: a notice not from the bot")
        if kind in ("msg", "action") and len(g.group(2).encode("utf-8")) > 400: errors.append(f"{f}: line {n}: a message over 400 bytes (LimeChat splits those)")
    if L and not L[0].endswith("has joined (" + L[0].split("(", 1)[-1]): errors.append(f"{f}: the log does not start with joining")
    ascending(f, "times", times)


# ---- 1304 vBulletin 4 archive (lite) thread page
def vb_short(u):
    return u if len(u) <= 55 else u[:35] + "..." + u[-15:]


def check_vb(f, raw):
    L = lines_of(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'): errors.append(f"{f}: the XHTML doctype")
    if len(L) < 2 or 'lang="el"' not in L[1]: errors.append(f"{f}: lang el")
    html_balanced(f, "page", raw)
    tm = re.search(r"<title>(.*?) \[Αρχείο\] - (.*?)</title>", raw)
    nav = re.search(r'<div id="navbar">(?:<a href="([^"]+/archive/index\.php)[^"]*">[^<]+</a> &gt; )+([^<]+)</div>', raw)
    if not tm or not nav or nav.group(2) != tm.group(1): errors.append(f"{f}: <title> (`… [Αρχείο] - forum`) / the navbar's last item are not the thread title")
    pda = re.search(r'<div class="pda"><a href="([^"]+)/showthread\.php\?t=(\d+)" rel="nofollow">Προβολή πλήρους έκδοσης : ([^<]+)</a></div>', raw)
    big = re.search(r'<p class="largefont"><a href="[^"]+/showthread\.php\?t=(\d+)">([^<]+)</a></p>', raw)
    if not pda or not big or pda.group(2) != big.group(1) or not tm or pda.group(3) != tm.group(1) or big.group(2) != tm.group(1): errors.append(f"{f}: the full-version link / title link")
    if nav and pda and not nav.group(1).startswith(pda.group(1) + "/archive/"): errors.append(f"{f}: the archive links are not under the forum")
    posts = re.findall(r'<div class="post"><div class="posttop"><div class="username">([^<]+)</div><div class="date">([^<]+)</div></div><div class="posttext">(.*?)</div></div><hr />\n', raw, re.S)
    if len(posts) != raw.count('<div class="post">') or not posts: errors.append(f"{f}: a post not in the archive's form"); return
    when, seen = [], []
    for k, (user, date, body) in enumerate(posts, 1):
        try:
            when.append(dt.datetime.strptime(date, "%d-%m-%Y, %H:%M"))
        except ValueError:
            errors.append(f"{f}: post {k}: date {date!r}")
        for qm in re.finditer(r'Αρχική Δημοσίευση από <strong>([^<]+)</strong> <a href="showthread\.php\?p=(\d+)#post(\d+)" rel="nofollow">.*?<div class="message">(.*?)</div>', body, re.S):
            qu, p1, p2, qt = qm.groups()
            earlier = [b for u, b in seen if u == qu]
            if p1 != p2 or not earlier: errors.append(f"{f}: post {k}: a quote of {qu}, who has not posted before (or a bad post link)")
            elif not any(qt in b for b in earlier): errors.append(f"{f}: post {k}: quoted text not in {qu}'s earlier posts")
        for u, t in re.findall(r'<a href="([^"]+)" target="_blank">([^<]*)</a>', body):
            if html.unescape(t) != vb_short(html.unescape(u)): errors.append(f"{f}: post {k}: link text {t[:30]!r} is not vBulletin's shortening of its URL")
        seen.append((user, body))
    ascending(f, "post dates", when)
    if not re.search(r'<div id="copyright">vBulletin&reg; v4\.[\d.]+, Copyright &copy;2000-\d{4}, vBulletin Solutions Inc\.</div>', raw): errors.append(f"{f}: vBulletin's copyright line")


# ---- 1305 Techtunes tune with tunements
BN_DIG = "০১২৩৪৫৬৭৮৯"
BN_WD = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]
BN_MON = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]


def bn(s):
    return s.translate(str.maketrans("0123456789", BN_DIG))


def bn_part(h):
    return "ভোর" if 4 <= h < 6 else "সকাল" if 6 <= h < 12 else "দুপুর" if 12 <= h < 15 else "বিকাল" if 15 <= h < 18 else "সন্ধ্যা" if 18 <= h < 20 else "রাত"


def check_techtunes(f, raw):
    lines_of(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="bn">'): errors.append(f"{f}: doctype / lang bn")
    html_balanced(f, "page", raw)
    h1 = re.search(r'<h1 class="tune-title">(.*?)</h1>', raw)
    tt = re.search(r"<title>(.*?)</title>", raw)
    if not h1 or not tt or tt.group(1) != h1.group(1) + " | টেকটিউনস": errors.append(f"{f}: <title> is not the tune's title + ` | টেকটিউনস`")
    can = re.search(r'<link rel="canonical" href="([^"]+/tune-id/(\d+))">', raw)
    og = re.search(r'<meta property="og:url" content="([^"]+)">', raw)
    if not can or not og or og.group(1) != can.group(1) or f'<article class="tune" id="tune-{can.group(2)}">' not in raw: errors.append(f"{f}: canonical / og:url / article id disagree")
    for iso, shown in re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', raw):
        t = dt.datetime.fromisoformat(iso)
        want = bn(f"{BN_WD[t.weekday()]}, {t.day:02d} {BN_MON[t.month - 1]} {t.year}, {bn_part(t.hour)} {t.hour % 12 or 12:02d}:{t.minute:02d}")
        if shown != want: errors.append(f"{f}: {iso} shown as {shown!r} (want {want!r})")
    if not re.search(r"টিউনটি পড়া হয়েছে [০-৯,]+ বার", raw) or not re.search(r"জোসস: [০-৯]+", raw): errors.append(f"{f}: read / জোসস counts not in Bengali digits")
    for href, txt in re.findall(r'<a href="[^"]+/tag/([^"]+)" rel="tag">([^<]+)</a>', raw):
        if href != quote(html.unescape(txt).replace(" ", "-")): errors.append(f"{f}: tag link {href!r} is not the percent-encoded tag")
    pt = re.search(r'class="tune-date">প্রকাশিত: <time datetime="([^"]+)">', raw)
    post_t = dt.datetime.fromisoformat(pt.group(1)) if pt else None
    cs = re.findall(r'<li class="tunement( reply)?" id="tunement-(\d+)"><div class="tunement-author">[^<]+</div><div class="tunement-date"><time datetime="([^"]+)">', raw)
    if len(cs) != raw.count('<li class="tunement'): errors.append(f"{f}: a tunement not in the page's form")
    ids = [c[1] for c in cs]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate tunement ids")
    last_top = None
    for reply, cid, iso in cs:
        t = dt.datetime.fromisoformat(iso)
        if post_t and t < post_t: errors.append(f"{f}: tunement {cid} before the tune")
        if reply and last_top and t < last_top: errors.append(f"{f}: reply {cid} before its parent")
        if not reply: last_top = t
    cm = re.search(r"<h3>টিউমেন্ট সমূহ \(([০-৯]+) টি\)</h3>", raw)
    if not cm or cm.group(1) != bn(str(len(cs))): errors.append(f"{f}: the tunement count")
    if not re.search(r'<form class="tunement-form"[^>]*><p>টিউমেন্ট করতে <a href="[^"]+/login">লগইন</a> করুন।</p></form>', raw): errors.append(f"{f}: the login-to-comment form")


# ---- 1306 Perfit newsletter web version
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def check_perfit(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="es-AR">\n'):
        errors.append(f"{f}: doctype / html element")
    html_balanced(f, "page", raw)
    hrefs = re.findall(r'<a href="([^"]*)"', raw)
    trk = [h for h in hrefs if "perfit.example.com.ar/?" not in h]
    cm = [re.fullmatch(r"https://clk\.perfit\.example\.com\.ar/c/([\w-]+)/(\d+)/(\d+)/web\?u=([A-Za-z0-9_-]+)", h) for h in trk]
    if not all(cm): errors.append(f"{f}: a link that is not `…/c/<account>/<campaign>/<n>/web?u=<base64url>`"); return
    if len({(m.group(1), m.group(2)) for m in cm}) != 1: errors.append(f"{f}: more than one account / campaign")
    if [int(m.group(3)) for m in cm] != list(range(1, len(cm) + 1)): errors.append(f"{f}: link numbers not 1, 2, … in document order")
    camp = cm[0].group(2)
    tg = []
    for m in cm:
        try:
            t = b64u(m.group(4))
        except (ValueError, UnicodeError):
            errors.append(f"{f}: link {m.group(3)}: u= does not decode"); continue
        if "=" in m.group(4) or not re.fullmatch(r"https?://\S+", t): errors.append(f"{f}: link {m.group(3)}: the target is not an unpadded base64url URL")
        tg.append(t)
    if len(hrefs) - len(trk) != 1 or f"utm_campaign={camp}" not in raw or "Enviado con Perfit" not in raw: errors.append(f"{f}: the Perfit badge")
    if f'/o/{cm[0].group(1)}/{camp}/web.gif" width="1" height="1"' not in raw: errors.append(f"{f}: the open pixel")
    if not any(t.endswith(f"/baja?c={camp}") for t in tg) or not any(t.endswith(f"/preferencias?c={camp}") for t in tg): errors.append(f"{f}: unsubscribe / preferences links with the campaign")
    dm = re.search(r">(\w+) (\d{1,2}) de (\w+) de (\d{4}) · ", raw)
    try:
        d = dt.date(int(dm.group(4)), ES_MON.index(dm.group(3)) + 1, int(dm.group(2)))
        if ES_WD[d.weekday()] != dm.group(1).lower(): errors.append(f"{f}: the date line's weekday")
    except (AttributeError, ValueError):
        errors.append(f"{f}: the date line")
    nm = re.search(r"<title>Boletín N\.º (\d+) · ", raw)
    if not nm or f">Boletín N.º {nm.group(1)}:" not in raw: errors.append(f"{f}: the issue number in <title> and the heading")
    else:
        n = int(nm.group(1))
        if not any(t.endswith(f"/boletin/{n - 1}") for t in tg) or not any(t.endswith(f"/boletin/{n}") for t in tg): errors.append(f"{f}: the browser-version / previous-issue links")


def shape_checks(f, raw, path):
    n = num(f)
    {1297: check_esse3, 1298: check_autocorrect, 1299: check_abv, 1300: check_spbasic, 1301: check_ris,
     1302: check_timeular, 1303: check_limechat, 1304: check_vb, 1305: check_techtunes,
     1306: check_perfit}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round128's and round129's, a byte-identical file counted once), and the round128/round129 split (candidates sorted by
# (uses, catalogue title); round128 = even positions from 4 on, one unbroken run; round129 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P129S = ["/work/rounds/digests-round129/expected.json", "/work/main/tests/data/digests-round129/expected.json"]
P129 = next((p for p in P129S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P129S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round128", "digests-round129") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round128 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r129 = set()
if P129:
    try:
        r129 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P129)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P129} exists but could not be read (being written?)")
    if r129 & mine: errors.append(f"papers also in round129: {sorted(r129 & mine)}")
shared129 = len(r129 & mine) if P129 else "(no round129 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round128 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round129: {shared129}; papers in more than one round128 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

