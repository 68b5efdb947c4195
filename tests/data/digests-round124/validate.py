#!/usr/bin/env python3
r"""Checks round124/expected.json against the digests and the shared catalogues.

Adapted from round122/validate.py (the label checks are the same code; the reuse report is round122's with round124 /
round125 in place of round122 / round123: round124 holds the even positions from 4, position 1 left out; the readers
and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round124's and
round125's own (a digests-round124 / digests-round125 folder, or a file whose bytes equal round124's or round125's
expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round124 holds
the even positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position
4 up to its last paper; it fails on a paper shared with round125's expected.json (read only, from
/work/rounds/digests-round125/ or /work/main/tests/data/digests-round125/, when it exists), and on a paper in more than
one round124 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1259 its MIME part decoded (quoted-printable)
and its RFC 2047 headers; 1260 with its page chrome (page numbers, running head) taken out and lines joined; 1261 the
BibTeX field values; 1262 every CSV field; everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation, case-blind (braces dropped); a title found only that way (or only
in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1257 KTH-like Kurs-PM saved as HTML (LF, final newline; doctype, lang sv; tags balanced, known; the five memo
sections in the Kurs-PM order; <title> `Kurs-PM <code> <round> | KTH` = the h1's code and the round line; canonical
and side-menu links carry the code; Detaljplanering rows of five cells, `<weekday> yyyy-mm-dd` with the Swedish
weekday right, dates ascending, the first = the facts column's Startdatum; the examination moments' hp sum = the
course's hp; the memo's last change before the start);
1258 awesome list checked by awesome_bot (LF, final newline; the awesome badge on the title line; the awesome_bot
badge and its link on the same workflow of one repository, the contributing link to that workflow file; the 목차
bullets = the ## / ### headings after it, two spaces for ###, anchors GitHub slugs; every link target http(s), a
heading's anchor or a `.github/` path; paper tables with the four-cell header and separator, every row four cells,
the link cell `—` or one [label](url); the awesome_bot command in the bash block; tool and lecture items
`- [name](url) - description`);
1259 K-9 Mail forward (CRLF only, final CRLF; K-9's header names in order; User-Agent K-9 Mail for Android; one
text/plain part, UTF-8, quoted-printable, lines at most 76 and the body equal to Python's re-encoding; From an RFC
2047 B-word; Message-ID an upper-case UUID at the sender's domain; the decoded text: the `-- ` signature before K-9's
`-------- Original Message --------` header (From / Sent / To / Subject), Subject = `Fwd: ` + the forwarded one, the
forwarded Sent time between the window's end and the Date; the listing: the arXiv head lines, a one-day window from
19:00 GMT with the weekdays right, every entry `\\`, `arXiv:id`, `replaced with revised version <date>   (NNNkb,D)`
within the window, Title / Authors / Categories (/ Comments) wrapped at 80 with two-space continuations, the closing
`\\ ( https://arxiv.org/abs/<id> ,  NNNkb)`, a rule after each);
1260 NP 405 list pasted from a PDF (LF, final newline; the heading first; page numbers consecutive, each followed by
the running head unless last; no line over 94 characters unless one unbreakable word; entries alphabetical (accents
ignored), `NAME, Given` names joined by ` ; `, `[et al.]` only after a single name, ` – ` before the title; `[Em linha]`
exactly where `Disponível em WWW:<URL:…>` is, with a valid `[Consult. d mmm. aaaa]`; URLs unbroken);
1261 cb2bib BibTeX (LF, final newline; entries `@type{Key,` of known types, one field a line `field = {value},`, the
last without a comma, `}` alone; braces balanced; fields known and in cb2bib's order; titles in double braces; keys
unique, `<Surname><year>` with the year field's year and, for Latin-script first authors, their surname; file = the
library folder + key + `.pdf`; eprint only with archiveprefix arXiv; DOIs `10.…`; URLs http(s));
1262 Paymo CSV (a BOM; equal to its csv re-encoding with minimal quoting and CRLF records; the header; sixteen
fields; Task IDs ascending; one project; dates valid, created ≤ start ≤ due; Completed Yes ⇔ Completed on ⇔ status
Complete, completion not before the start; times h:mm; users of the group; priorities and statuses known;
descriptions balanced HTML of p / a / br / code with http(s) links);
1263 Brosix history (CRLF only, final CRLF; the header block; `Messages: N` = the message lines; lines
`[dd/mm/yyyy HH:MM:SS] Name: text`, `[…] *** …` system lines of known forms, or tab continuations; times valid, not
decreasing, not after the export date; senders in the room (joined, not left));
1264 教えて!goo page as text (LF, final newline; the site name first; 回答数 = `A 回答 (N件)` = the answers; numbers
1..N once each, the best answer first and marked, the others ascending; 回答日時 / 補足日時 not before the question;
お礼日時 not before its answer; every answer with 通報する and a 参考になった count; the closed notice);
1265 emlog post (LF, final newline; doctype, lang zh-cn; tags balanced, known; the generator meta; <title> = h2 + ` - `
+ the blog's h1; the date line `发布于：Y-n-j G:i <English weekday>` right; tag links = percent-encoded tag names;
comment ids unique, replies nested under their parent and not before it, no comment before the post; each reply link
and onclick on its own id; the ICP footer);
1266 Smoove web version (LF, final newline; the XHTML doctype, dir rtl, lang he; tags balanced, known; every tracking
link `…/c/<campaign>/<n>/<token>?u=` with one campaign and token, n = 1, 2, …; the issue number the same in <title>
and h1, the previous-issue link N − 1; the Hebrew date line's weekday right; the unsubscribe link with the token; the
Powered by Smoove footer with the campaign).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.header, email.policy, email.quoprimime, email.utils, html, io, json, os, re, sys, textwrap, unicodedata
import datetime as dt
from collections import Counter
from urllib.parse import quote, unquote, urlparse
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


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "section", "h1", "h2", "h3",
             "h4", "div", "p", "br", "span", "article", "footer", "ol", "ul", "li", "aside", "strong", "em", "b", "small",
             "table", "tr", "td", "th", "thead", "tbody", "img", "form", "input", "label", "textarea", "code"}
VOID = ("meta", "link", "br", "img", "input")


def html_balanced(f, where, s, allowed=HTML_TAGS):
    stack = []
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in VOID or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r"""(?: (?:name|class|rel|target|title|style|onclick)=["'][^"']*["'])*(?: href="(?:https?://|mailto:|#|javascript:void\(0\);)[^"\s]*"[^>]*)?""", attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def html_page(f, raw, opener):
    lf_final(f, raw)
    if not raw.startswith(opener): errors.append(f"{f}: doctype / html element")
    html_balanced(f, "page", raw)


def tagtext(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


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


HEAD_1260 = "Representações visuais robustas com aprendizagem auto-supervisionada"


def pdf_lines(raw):
    """1260 without its page chrome: page-number lines and the running head after them"""
    L = raw.rstrip("\n").split("\n")
    out, i = [], 0
    while i < len(L):
        if re.fullmatch(r"\d+", L[i]):
            i += 2 if i + 1 < len(L) and L[i + 1] == HEAD_1260 else 1
            continue
        out.append(L[i]); i += 1
    return out


BIB_FIELD = re.compile(r"^(\w+) = \{(.*)\},?$", re.M)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1259: forms += mime_texts(raw)
    if n == 1260: forms.append(" ".join(" ".join(pdf_lines(raw)).split()))
    if n == 1261: forms.append("\n".join(m.group(2) for m in BIB_FIELD.finditer(raw)))
    if n == 1262: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
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


def date_ok(s, fmt):
    try:
        return dt.datetime.strptime(s, fmt)
    except ValueError:
        return None


# ---- 1257 Kurs-PM
KPM_SECTIONS = ["Innehåll och lärandemål", "Förberedelser inför kursstart", "Examination och slutförande",
                "Ytterligare information", "Kontakter"]
SV_WD = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]


def sv_num(s):
    if not re.fullmatch(r"\d+,\d", s): raise ValueError(s)
    return float(s.replace(",", "."))


def check_kurspm(f, raw):
    html_page(f, raw, '<!DOCTYPE html>\n<html lang="sv">\n')
    h2 = re.findall(r'<section id="\w+">\n<h2>([^<]+)</h2>', raw)
    if h2 != KPM_SECTIONS: errors.append(f"{f}: memo sections {h2} (want the Kurs-PM order)")
    tm = re.search(r"<title>Kurs-PM (\w+) (.+?) \| KTH</title>", raw)
    hm = re.search(r"<h1>Kurs-PM (\w+) .+? (\d+,\d) hp</h1>\n<p class=\"memo-round\">([^<]+)</p>", raw)
    if not tm or not hm or tm.group(1) != hm.group(1) or tm.group(2) != hm.group(3): errors.append(f"{f}: <title> vs the h1's code / the round line"); return
    code = tm.group(1)
    for u in re.findall(r'href="(https://www\.kth\.example\.se/(?:kurs-pm|student/kurser/kurs/|kursutveckling)[^"]*)"', raw):
        if code not in u: errors.append(f"{f}: a course link without the code {code}: {u}")
    tb = re.search(r"(?s)<thead><tr><th>Datum</th><th>Tid</th><th>Läraktivitet</th><th>Innehåll</th><th>Förberedelse</th></tr></thead>\n<tbody>\n(.*?)\n</tbody>", raw)
    if not tb: errors.append(f"{f}: no Detaljplanering table"); return
    dates = []
    for r in tb.group(1).split("\n"):
        cells = re.findall(r"<td>(.*?)</td>", r)
        if not r.startswith("<tr>") or not r.endswith("</tr>") or len(cells) != 5: errors.append(f"{f}: schedule row {r[:50]!r}"); continue
        dm = re.fullmatch(r"(\w{3}) (\d{4}-\d\d-\d\d)", cells[0])
        d = date_ok(dm.group(2), "%Y-%m-%d") if dm else None
        if not d or SV_WD[d.weekday()] != dm.group(1): errors.append(f"{f}: schedule date {cells[0]!r} (Swedish weekday)"); continue
        if not re.fullmatch(r"\d\d-\d\d", cells[1]): errors.append(f"{f}: schedule time {cells[1]!r}")
        dates.append(d)
    ascending(f, "schedule dates", dates)
    sm = re.search(r"Kursomgång: (.+?) \(Startdatum (\d{4}-\d\d-\d\d), Svenska\)", raw)
    if not sm or sm.group(1) != tm.group(2) or not dates or dates[0].strftime("%Y-%m-%d") != sm.group(2): errors.append(f"{f}: Startdatum vs the round / the first scheduled date")
    try:
        hp = sum(sv_num(x) for x in re.findall(r"<li>[A-Z]{3}\d – [^,]+, (\d+,\d) hp, betygsskala", raw))
        if abs(hp - sv_num(hm.group(2))) > 1e-9: errors.append(f"{f}: examination moments sum to {hp} hp, the course is {hm.group(2)} hp")
    except ValueError as ex:
        errors.append(f"{f}: hp {ex}")
    cm = re.search(r"Kurs-PM version \d+ – Senast ändrad (\d{4}-\d\d-\d\d)", raw)
    if not cm or not sm or cm.group(1) > sm.group(2): errors.append(f"{f}: the memo's last change after the start (or missing)")


# ---- 1258 awesome list with awesome_bot
def gh_slug(h):
    return "".join(c for c in h.lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ").replace(" ", "-")


def check_awesomebot(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: title line without the awesome badge")
    bm = re.search(r"\[!\[awesome_bot\]\(https://github\.com/([\w.-]+/[\w.-]+)/actions/workflows/([\w.-]+)/badge\.svg\)\]\(https://github\.com/([\w.-]+/[\w.-]+)/actions/workflows/([\w.-]+)\)", raw)
    if not bm or bm.group(1) != bm.group(3) or bm.group(2) != bm.group(4): errors.append(f"{f}: the awesome_bot badge and its link differ (repository / workflow)")
    elif f"(.github/workflows/{bm.group(2)})" not in raw: errors.append(f"{f}: the contributing link is not the badge's workflow file")
    if "## 목차" not in L: errors.append(f"{f}: no 목차"); return
    a = L.index("## 목차")
    b = next((i for i in range(a + 2, len(L)) if L[i] == ""), len(L))
    toc = L[a + 2:b]
    heads = [(len(m.group(1)), m.group(2)) for m in (re.fullmatch(r"(#{2,3}) (.+)", l) for l in L[b:]) if m]
    want = [("  " if lev == 3 else "") + f"- [{h}](#{gh_slug(h)})" for lev, h in heads]
    if toc != want: errors.append(f"{f}: 목차 bullets vs the headings (want {len(want)}, GitHub anchors)")
    anchors = {gh_slug(h) for _, h in heads}
    for u in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`\n]*`", "", raw)):
        if u.startswith("#"):
            if u[1:] not in anchors: errors.append(f"{f}: anchor {u} resolves nowhere")
        elif not re.match(r"https?://|\.github/", u): errors.append(f"{f}: link target {u!r}")
    sec = None
    for i, l in enumerate(L):
        if l.startswith("## "): sec = l[3:]
        if l.startswith("|"):
            cells = [c.strip() for c in l.strip("|").split("|")]
            if len(cells) != 4 or not l.endswith("|"): errors.append(f"{f}: line {i + 1}: a table row without four cells"); continue
            if L[i - 1] == "" and (cells != ["논문", "학회·연도", "링크", "메모"] or L[i + 1] != "| --- | --- | --- | --- |"): errors.append(f"{f}: line {i + 1}: table header / separator")
            if cells[0] not in ("논문", "---") and not re.fullmatch(r"—|\[[^\]]+\]\(https?://[^)\s]+\)", cells[2]): errors.append(f"{f}: line {i + 1}: link cell {cells[2]!r}")
        elif l.startswith("- ") and sec in ("도구", "강의·영상") and not re.fullmatch(r"- \[[^\]]+\]\(https?://[^)\s]+\) - .+", l):
            errors.append(f"{f}: line {i + 1}: item not `- [name](url) - description`")
    cb = re.search(r"(?s)```bash\n(.*?)\n```", raw)
    if not cb or not cb.group(1).startswith("awesome_bot README.md"): errors.append(f"{f}: no awesome_bot command in a bash block")


# ---- 1259 K-9 Mail forward
HEAD_1259 = ["Return-Path", "Received", "MIME-Version", "Date", "User-Agent", "Content-Type", "Content-Transfer-Encoding",
             "Subject", "To", "From", "Message-ID"]
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
            rm = re.fullmatch(r"replaced with revised version (.+ GMT)   \((\d+)kb,D\)", lst[i + 2])
            rd = email.utils.parsedate_to_datetime(rm.group(1))
        except (AttributeError, TypeError, ValueError, IndexError):
            errors.append(f"{f}: entry {n}: the arXiv / replaced lines"); i += 1; continue
        if not (w0 <= rd <= w1): errors.append(f"{f}: entry {n}: replaced outside the window")
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
        if j >= len(lst) or lst[j] != f"\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)": errors.append(f"{f}: entry {n}: the closing line is not `\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)`")
        if j + 1 >= len(lst) or lst[j + 1] != RULE: errors.append(f"{f}: entry {n}: no rule after the entry")
        i = j + 1
    if n == 0: errors.append(f"{f}: no listing entries")


def check_k9(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1259: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    if msg["User-Agent"] != "K-9 Mail for Android": errors.append(f"{f}: User-Agent")
    try:
        outer = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); outer = None
    if msg.is_multipart() or msg.get_content_type() != "text/plain" or (msg.get_content_charset() or "").lower() != "utf-8" \
            or (msg["Content-Transfer-Encoding"] or "").lower() != "quoted-printable":
        errors.append(f"{f}: not one text/plain UTF-8 quoted-printable part"); return
    fm = re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <[\w.]+@([\w.-]+)>", msg["From"] or "")
    if not fm: errors.append(f"{f}: From is not an RFC 2047 B-word name and an address")
    mm = re.fullmatch(r"<[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}@([\w.-]+)>", msg["Message-ID"] or "")
    if not mm or (fm and mm.group(1) != fm.group(2)): errors.append(f"{f}: Message-ID not an upper-case UUID at the sender's domain")
    if any(len(l) > 76 for l in body.split("\r\n")): errors.append(f"{f}: a quoted-printable line over 76 characters")
    try:
        plain = msg.get_payload(decode=True).decode("utf-8").replace("\r\n", "\n")
    except UnicodeError:
        errors.append(f"{f}: the body does not decode as UTF-8"); return
    re_enc = email.quoprimime.body_encode(plain.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
    if re_enc.rstrip("\r\n") != body.rstrip("\r\n"): errors.append(f"{f}: quoted-printable not as Python re-encodes it (soft breaks, escapes)")
    D = plain.rstrip("\n").split("\n")
    try:
        k = D.index("-------- Original Message --------")
    except ValueError:
        errors.append(f"{f}: no `-------- Original Message --------` header"); return
    if "-- " not in D[:k]: errors.append(f"{f}: no `-- ` signature before the forwarded message")
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["From", "Sent", "To", "Subject"]: errors.append(f"{f}: forward header lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[3].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded Subject")
    sm = re.fullmatch(r"Sent: (\w+ \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M) GMT([+-]\d\d):(\d\d)", fh[1])
    fdate = None
    if sm:
        try:
            tz = dt.timezone(dt.timedelta(hours=int(sm.group(2)), minutes=int(sm.group(3)) * (1 if sm.group(2)[0] == "+" else -1)))
            fdate = dt.datetime.strptime(sm.group(1), "%B %d, %Y %I:%M:%S %p").replace(tzinfo=tz)
        except ValueError:
            pass
    if not fdate: errors.append(f"{f}: forwarded Sent {fh[1]!r}")
    elif outer and not fdate <= outer: errors.append(f"{f}: forwarded Sent after the outer Date")
    arch = re.search(r"^(\w+) daily", fh[3].split(": ", 1)[1])
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    check_listing(f, D[k + 6:], arch.group(1), fdate)


# ---- 1260 NP 405 list pasted from a PDF
PT_MES = ["jan.", "fev.", "mar.", "abr.", "maio", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
NP_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ'-]*)*, [A-ZÀ-Þ][\w.'-]*(?: [A-ZÀ-Þ][\w.'-]*)*"
NP_START = re.compile(r"^(?:" + NP_NAME + r"|[A-Z]{4,}) ")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()


def check_np405(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Referências bibliográficas": errors.append(f"{f}: the heading is not first")
    pages = [(i, int(l)) for i, l in enumerate(L) if re.fullmatch(r"\d+", l)]
    for (i, p), (_, q) in zip(pages, pages[1:]):
        if q != p + 1: errors.append(f"{f}: page {q} after {p}")
    for i, p in pages:
        if i != len(L) - 1 and (i + 1 >= len(L) or L[i + 1] != HEAD_1260): errors.append(f"{f}: page {p} not followed by the running head")
    for n, l in enumerate(L, 1):
        if len(l) > 94 and " " in l.strip(): errors.append(f"{f}: line {n}: over 94 characters")
    body = pdf_lines(raw)[1:]
    ents = []
    for l in body:
        if NP_START.match(l) and (not ents or ents[-1].endswith(".")): ents.append(l)
        elif ents: ents[-1] += " " + l
        else: errors.append(f"{f}: text before the first entry: {l[:40]!r}")
    if len(ents) < 8: errors.append(f"{f}: {len(ents)} entries found")
    keys_ = [fold(e.split(" – ")[0]) for e in ents]
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not in alphabetical order")
    for e in ents:
        if " – " not in e: errors.append(f"{f}: no ` – ` in {e[:40]!r}"); continue
        names = e.split(" – ")[0]
        if re.search(r"\.\s+(?!In )[A-ZÀ-Þ][^.;–\]\[]{2,60}(?: ; [^.;–]{2,60})* – ", e.split(" – ", 1)[1]):
            errors.append(f"{f}: an entry inside {e[:30]!r} (names not `NAME, Given`?)")
        if names.endswith(" [et al.]"):
            if not re.fullmatch(NP_NAME, names[:-9]): errors.append(f"{f}: [et al.] after more than one name: {names!r}")
        elif not re.fullmatch(r"(?:" + NP_NAME + r")(?: ; " + NP_NAME + r"){0,2}|[A-Z]{4,}", names): errors.append(f"{f}: names {names!r}")
        online, url = "[Em linha]" in e, re.search(r"Disponível em WWW:<URL:(\S+)>\.", e)
        if online != bool(url): errors.append(f"{f}: [Em linha] without Disponível em WWW:<URL:…> or the reverse: {e[:40]!r}")
        if url and not re.fullmatch(r"https?://[^\s<>]+", url.group(1)): errors.append(f"{f}: URL {url.group(1)!r}")
        cm = re.search(r"\[Consult\. (\d{1,2}) (\S+) (\d{4})\]", e)
        if online and (not cm or cm.group(2) not in PT_MES or not date_ok(f"{cm.group(1)} {PT_MES.index(cm.group(2)) + 1} {cm.group(3)}", "%d %m %Y")):
            errors.append(f"{f}: consultation date in {e[:40]!r}")
    if re.search(r"WWW:<URL:[^>\n]*\n", raw): errors.append(f"{f}: a URL broken across lines")


# ---- 1261 cb2bib BibTeX
CB_ORDER = ["author", "title", "journal", "booktitle", "institution", "publisher", "school", "address", "edition", "pages",
            "year", "doi", "eprint", "archiveprefix", "url", "howpublished", "abstract", "keywords", "note", "file"]
CB_TYPES = {"article", "inproceedings", "book", "techreport", "misc", "mastersthesis", "phdthesis", "incollection"}
CB_DIR = "/home/mkaralis/Έγγραφα/Διδακτορικό/bib"


def check_cb2bib(f, raw):
    lf_final(f, raw)
    blocks = raw.rstrip("\n").split("\n\n")
    seen = set()
    for b in blocks:
        L = b.split("\n")
        hm = re.fullmatch(r"@(\w+)\{(\w+),", L[0])
        if not hm or hm.group(1) not in CB_TYPES or L[-1] != "}": errors.append(f"{f}: entry {L[0][:40]!r}: head / closing brace"); continue
        key = hm.group(2)
        if key in seen: errors.append(f"{f}: duplicate key {key}")
        seen.add(key)
        fl = L[1:-1]
        flds = {}
        for k, l in enumerate(fl):
            m = re.fullmatch(r"(\w+) = \{(.*)\}(,?)", l)
            if not m: errors.append(f"{f}: {key}: field line {l[:40]!r}"); continue
            if (m.group(3) == ",") != (k < len(fl) - 1): errors.append(f"{f}: {key}: comma after {m.group(1)} (all but the last)")
            v = m.group(2)
            depth = 0
            for ch in v:
                depth += {"{": 1, "}": -1}.get(ch, 0)
                if depth < 0: break
            if depth != 0: errors.append(f"{f}: {key}: unbalanced braces in {m.group(1)}")
            flds[m.group(1)] = v
        names = list(flds)
        if any(n not in CB_ORDER for n in names) or names != sorted(names, key=CB_ORDER.index): errors.append(f"{f}: {key}: fields {names} not in cb2bib's order"); continue
        if "title" in flds and not re.fullmatch(r"\{[^{}]+\}", flds["title"]): errors.append(f"{f}: {key}: title not in double braces")
        ym = re.fullmatch(r"\d{4}", flds.get("year", ""))
        if not ym or not key.endswith(flds["year"]): errors.append(f"{f}: {key}: key year vs year field")
        first = flds.get("author", "").split(" and ")[0]
        sur = first.split(",")[0].strip("{}")
        if re.fullmatch(r"[A-Za-z\u00c0-\u024f' -]+", sur) and " " not in sur and not key.startswith(unicodedata.normalize("NFD", sur).encode("ascii", "ignore").decode().replace("-", "").replace("'", "")):
            errors.append(f"{f}: {key}: key is not the first author's surname {sur!r}")
        if "file" in flds and flds["file"] != f"{CB_DIR}/{key}.pdf": errors.append(f"{f}: {key}: file {flds['file']!r}")
        if ("eprint" in flds) != (flds.get("archiveprefix") == "arXiv"): errors.append(f"{f}: {key}: eprint without archiveprefix arXiv or the reverse")
        if "doi" in flds and not re.fullmatch(r"10\.\d{4,9}/\S+", flds["doi"]): errors.append(f"{f}: {key}: doi {flds['doi']!r}")
        if "url" in flds and not re.fullmatch(r"https?://\S+", flds["url"]): errors.append(f"{f}: {key}: url {flds['url']!r}")


# ---- 1262 Paymo CSV
PAYMO_HEAD = ["Task ID", "Task", "Project", "Task list", "Description", "Users", "Start date", "Due date", "Priority",
              "Status", "Completed", "Completed on", "Tags", "Estimated time", "Logged time", "Created on"]
PAYMO_USERS = {"Ana Popescu", "Mihai Ionescu", "Ioana Dumitrescu", "Radu Stan"}


def check_paymo(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    body = raw.lstrip("\ufeff")
    try:
        rows = list(csv.reader(io.StringIO(body, newline="")))
    except csv.Error as ex:
        errors.append(f"{f}: csv: {ex}"); return
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: not the csv re-encoding (minimal quoting, CRLF records)")
    if not rows or rows[0] != PAYMO_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    ids, projects = [], set()
    for n, r in enumerate(rows[1:], 2):
        if len(r) != 16: errors.append(f"{f}: record {n}: {len(r)} fields"); continue
        d = dict(zip(PAYMO_HEAD, r))
        if not d["Task ID"].isdigit(): errors.append(f"{f}: record {n}: Task ID"); continue
        ids.append(int(d["Task ID"])); projects.add(d["Project"])
        s, du, cr = (date_ok(d[k], "%Y-%m-%d") for k in ("Start date", "Due date", "Created on"))
        if not (s and du and cr) or not cr <= s <= du: errors.append(f"{f}: record {n}: dates (created ≤ start ≤ due)")
        done = d["Completed"] == "Yes"
        if d["Completed"] not in ("Yes", "No") or done != bool(d["Completed on"]) or done != (d["Status"] == "Complete"):
            errors.append(f"{f}: record {n}: Completed / Completed on / Status disagree")
        if d["Completed on"] and (not date_ok(d["Completed on"], "%Y-%m-%d") or (s and date_ok(d["Completed on"], "%Y-%m-%d") < s)): errors.append(f"{f}: record {n}: completed before the start")
        for k in ("Estimated time", "Logged time"):
            if not re.fullmatch(r"\d+:[0-5]\d", d[k]): errors.append(f"{f}: record {n}: {k} {d[k]!r}")
        if d["Users"] not in PAYMO_USERS: errors.append(f"{f}: record {n}: user {d['Users']!r}")
        if d["Priority"] not in ("Low", "Normal", "High", "Critical"): errors.append(f"{f}: record {n}: priority")
        if d["Status"] not in ("Backlog", "To do", "In progress", "Review", "Complete"): errors.append(f"{f}: record {n}: status")
        html_balanced(f, f"record {n} description", d["Description"], {"p", "a", "br", "code"})
        if not d["Description"].startswith("<p>"): errors.append(f"{f}: record {n}: description not rich-text HTML")
    if ids != sorted(set(ids)): errors.append(f"{f}: Task IDs not unique and ascending")
    if len(projects) != 1: errors.append(f"{f}: more than one project")


# ---- 1263 Brosix history
def check_brosix(f, raw):
    crlf_only(f, raw)
    L = raw[:-2].split("\r\n") if raw.endswith("\r\n") else raw.split("\r\n")
    if L[0] != "Brosix - Chat History" or not L[1].startswith("Chat Room: ") or not L[2].startswith("Network: ") \
            or not L[3].startswith("Exported by: ") or L[6] != "=" * 60 or L[7] != "": errors.append(f"{f}: the header block"); return
    exp_d = date_ok(L[4][len("Export date: "):], "%d/%m/%Y %H:%M:%S") if L[4].startswith("Export date: ") else None
    mc = re.fullmatch(r"Messages: (\d+)", L[5])
    if not exp_d or not mc: errors.append(f"{f}: export date / message count"); return
    present, times, msgs, prev = set(), [], 0, None
    for n, l in enumerate(L[8:], 9):
        if l.startswith("\t"):
            if prev is None: errors.append(f"{f}: line {n}: continuation without a message")
            continue
        m = re.fullmatch(r"\[(\d\d/\d\d/\d{4} \d\d:\d\d:\d\d)\] (.*)", l)
        t = date_ok(m.group(1), "%d/%m/%Y %H:%M:%S") if m else None
        if not t: errors.append(f"{f}: line {n}: not `[dd/mm/yyyy HH:MM:SS] …`"); prev = None; continue
        times.append(t)
        rest = m.group(2)
        if rest.startswith("*** "):
            s = rest[4:]
            jm = re.fullmatch(r"(.+) (joined|left) the chat room", s)
            fm = re.fullmatch(r"(.+) sent a file: \S+\.\w+ \(\d+ [KM]B\)", s)
            if jm:
                if jm.group(2) == "joined": present.add(jm.group(1))
                elif jm.group(1) not in present: errors.append(f"{f}: line {n}: {jm.group(1)} left without joining")
                else: present.discard(jm.group(1))
            elif fm:
                if fm.group(1) not in present: errors.append(f"{f}: line {n}: a file from someone not in the room")
            else: errors.append(f"{f}: line {n}: unknown system line")
            prev = None; continue
        sm = re.fullmatch(r"([^:]+): (.+)", rest)
        if not sm: errors.append(f"{f}: line {n}: not `Name: text`"); prev = None; continue
        if sm.group(1) not in present: errors.append(f"{f}: line {n}: {sm.group(1)} is not in the room")
        msgs += 1; prev = n
    ascending(f, "times", times)
    if times and times[-1] > exp_d: errors.append(f"{f}: a message after the export date")
    if msgs != int(mc.group(1)): errors.append(f"{f}: Messages: {mc.group(1)} but {msgs} message lines")


# ---- 1264 教えて!goo page
def check_goo(f, raw):
    L = lines_of(f, raw)
    if L[0] != "教えて!goo": errors.append(f"{f}: not starting with the site name")
    g = lambda rx: next((re.fullmatch(rx, l) for l in L if re.fullmatch(rx, l)), None)
    qd = g(r"質問日時：(\d{4}/\d\d/\d\d \d\d:\d\d)")
    cnt = g(r"回答数：(\d+) 件")
    hdr = g(r"A 回答 \((\d+)件\)")
    if not qd or not cnt or not hdr: errors.append(f"{f}: 質問日時 / 回答数 / A 回答 lines"); return
    q = date_ok(qd.group(1), "%Y/%m/%d %H:%M")
    hd = g(r"補足日時：(\d{4}/\d\d/\d\d \d\d:\d\d)")
    if hd and date_ok(hd.group(1), "%Y/%m/%d %H:%M") < q: errors.append(f"{f}: 補足 before the question")
    if "この質問への回答は締め切られました。" not in L: errors.append(f"{f}: no closed notice")
    nos = [i for i, l in enumerate(L) if re.fullmatch(r"No\.\d+", l)]
    numbers = [int(L[i][3:]) for i in nos]
    if int(cnt.group(1)) != int(hdr.group(1)) or int(cnt.group(1)) != len(nos): errors.append(f"{f}: 回答数 {cnt.group(1)}, A 回答 {hdr.group(1)}, {len(nos)} answers")
    if sorted(numbers) != list(range(1, len(nos) + 1)): errors.append(f"{f}: answer numbers {numbers}")
    best = [i for i, l in enumerate(L) if l == "ベストアンサー"]
    if len(best) != 1 or not nos or best[0] + 1 != nos[0]: errors.append(f"{f}: the best answer is not first / marked once")
    if numbers[1:] != sorted(numbers[1:]): errors.append(f"{f}: the other answers not in number order")
    for k, i in enumerate(nos):
        end = nos[k + 1] if k + 1 < len(nos) else len(L)
        blk = L[i:end]
        am = re.fullmatch(r"回答日時：(\d{4}/\d\d/\d\d \d\d:\d\d)", blk[2]) if len(blk) > 2 else None
        if not blk[1].startswith("回答者： ") or not am: errors.append(f"{f}: No.{numbers[k]}: 回答者 / 回答日時"); continue
        a = date_ok(am.group(1), "%Y/%m/%d %H:%M")
        if not a or a < q: errors.append(f"{f}: No.{numbers[k]}: answered before the question")
        if "通報する" not in blk or not any(re.fullmatch(r"この回答が参考になった \d+ 件", x) for x in blk): errors.append(f"{f}: No.{numbers[k]}: 通報する / 参考になった")
        om = next((re.fullmatch(r"お礼日時：(\d{4}/\d\d/\d\d \d\d:\d\d)", x) for x in blk if x.startswith("お礼日時")), None)
        if ("この回答へのお礼" in blk) != bool(om): errors.append(f"{f}: No.{numbers[k]}: お礼 without お礼日時 or the reverse")
        if om and a and date_ok(om.group(1), "%Y/%m/%d %H:%M") < a: errors.append(f"{f}: No.{numbers[k]}: お礼 before the answer")


# ---- 1265 emlog post
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def check_emlog(f, raw):
    html_page(f, raw, '<!doctype html>\n<html lang="zh-cn">\n')
    if '<meta name="generator" content="emlog" />' not in raw: errors.append(f"{f}: no emlog generator meta")
    t = re.search(r"<title>(.*?)</title>", raw)
    h1 = re.search(r'<div id="header">\n<h1><a href="[^"]+">(.*?)</a></h1>', raw)
    h2 = re.search(r'<div id="contentleft">\n<h2>(.*?)</h2>', raw)
    if not (t and h1 and h2) or html.unescape(t.group(1)) != html.unescape(h2.group(1)) + " - " + html.unescape(h1.group(1)): errors.append(f"{f}: <title> is not h2 - the blog's h1")
    dm = re.search(r"发布于：(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d\d) (\w+) ", raw)
    post = None
    try:
        post = dt.datetime(*map(int, dm.group(1, 2, 3, 4, 5)))
        if EN_WD[post.weekday()] != dm.group(6) or dm.group(2).startswith("0") or dm.group(3).startswith("0") or dm.group(4).startswith("0") and dm.group(4) != "0":
            errors.append(f"{f}: the date line is not `Y-n-j G:i l` with the right weekday")
    except (AttributeError, ValueError):
        errors.append(f"{f}: no valid 发布于 date line")
    for href, text in re.findall(r'<a href="[^"]+/tag/([^"]+)">([^<]+)</a>', raw):
        if href != quote(text): errors.append(f"{f}: tag link {href} is not the percent-encoded {text}")
    ids, times = [], {}
    # nesting: walk the comment divs, keeping the open comments and the div depth
    seg = raw[raw.find('<div id="comments">'):raw.find('<div id="comment-place">')]
    depth, open_ = 0, []
    for m in re.finditer(r'<div class="(comment(?: comment-children)?)" id="comment-(\d+)">|<div[^>]*>|</div>|<span class="comment-time">([^<]+)</span>', seg):
        if m.group(2):
            cid = int(m.group(2))
            if m.group(1).endswith("children") != bool(open_): errors.append(f"{f}: comment {cid}: children class vs its nesting")
            ids.append(cid); open_.append((cid, depth)); depth += 1
            oc = re.search(rf'<div class="comment-reply"><a href="#comment-(\d+)" onclick="commentReply\((\d+),this\)">', seg[m.end():])
            if not oc or oc.group(1) != str(cid) or oc.group(2) != str(cid): errors.append(f"{f}: comment {cid}: reply link / onclick id")
            if f'<a name="{cid}"></a>' not in seg[m.end():m.end() + 40]: errors.append(f"{f}: comment {cid}: anchor name")
        elif m.group(3):
            if not open_: continue
            tm = date_ok(m.group(3), "%Y-%m-%d %H:%M")
            cid = open_[-1][0]
            if not tm: errors.append(f"{f}: comment {cid}: time {m.group(3)!r}"); continue
            times[cid] = tm
            if post and tm < post: errors.append(f"{f}: comment {cid} before the post")
            if len(open_) > 1 and open_[-2][0] in times and tm < times[open_[-2][0]]: errors.append(f"{f}: reply {cid} before its parent")
        elif m.group(0) == "</div>":
            depth -= 1
            if open_ and open_[-1][1] == depth: open_.pop()
        else:
            depth += 1
    if len(set(ids)) != len(ids) or not ids: errors.append(f"{f}: comment ids not unique (or none)")
    if not re.search(r'Powered by <a href="https://www\.emlog\.net"[^>]*>emlog</a> <a href="https://beian\.miit\.gov\.cn" target="_blank">[京沪粤浙苏]ICP备\d{8,10}号(?:-\d+)?</a>', raw): errors.append(f"{f}: the emlog / ICP footer")


# ---- 1266 Smoove web version
HE_WD = ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"]
HE_MON = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]


def check_smoove(f, raw):
    html_page(f, raw, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                      '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he">\n')
    trk = re.findall(r'href="https://r\.smv\.example\.io/c/(\d+)/(\d+)/(\w+)\?u=https?://[^"]+"', raw)
    if not trk or len(trk) != raw.count('href="https://r.smv.example.io/'): errors.append(f"{f}: tracking links not all `…/c/<campaign>/<n>/<token>?u=<url>`"); return
    if len({c for c, _, _ in trk}) != 1 or len({t for _, _, t in trk}) != 1: errors.append(f"{f}: more than one campaign / token in the links")
    if [int(n) for _, n, _ in trk] != list(range(1, len(trk) + 1)): errors.append(f"{f}: link numbers not 1, 2, …")
    camp, tok = trk[0][0], trk[0][2]
    tm = re.search(r"<title>.*?#(\d+)</title>", raw)
    hm = re.search(r"<h1[^>]*>.*?#(\d+)</h1>", raw)
    pm = re.search(r"/issues/(\d+)\"[^>]*>לגיליון הקודם \(#(\d+)\)", html.unescape(raw))
    if not tm or not hm or tm.group(1) != hm.group(1): errors.append(f"{f}: issue number in <title> vs h1")
    elif not pm or int(pm.group(1)) != int(tm.group(1)) - 1 or pm.group(2) != pm.group(1): errors.append(f"{f}: previous-issue link is not N − 1")
    dm = re.search(r"(יום \S+|שבת), (\d{1,2}) (\S+) (\d{4}) ·", raw)
    try:
        d = dt.date(int(dm.group(4)), HE_MON.index(dm.group(3)) + 1, int(dm.group(2)))
        if HE_WD[d.weekday()] != dm.group(1): errors.append(f"{f}: the date line's weekday is wrong")
    except (AttributeError, ValueError):
        errors.append(f"{f}: no valid Hebrew date line")
    if f"unsubscribe?t={tok}" not in raw: errors.append(f"{f}: no unsubscribe link with the subscriber token")
    if f'<a href="https://www.smoove.io/?utm_source=footer&amp;utm_campaign={camp}" target="_blank" style="color:#aaaaaa;">Powered by Smoove</a>' not in raw: errors.append(f"{f}: the Powered by Smoove footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1257: check_kurspm, 1258: check_awesomebot, 1259: check_k9, 1260: check_np405, 1261: check_cb2bib,
     1262: check_paymo, 1263: check_brosix, 1264: check_goo, 1265: check_emlog,
     1266: check_smoove}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round124's and round125's, a byte-identical file counted once), and the round124/round125 split (candidates sorted by
# (uses, catalogue title); round124 = even positions from 4 on, one unbroken run; round125 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P125S = ["/work/rounds/digests-round125/expected.json", "/work/main/tests/data/digests-round125/expected.json"]
P125 = next((p for p in P125S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P125S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round124", "digests-round125") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round124 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r125 = set()
if P125:
    try:
        r125 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P125)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P125} exists but could not be read (being written?)")
    if r125 & mine: errors.append(f"papers also in round125: {sorted(r125 & mine)}")
shared125 = len(r125 & mine) if P125 else "(no round125 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round124 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round125: {shared125}; papers in more than one round124 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

