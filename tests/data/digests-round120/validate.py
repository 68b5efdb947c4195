#!/usr/bin/env python3
r"""Checks round120/expected.json against the digests and the shared catalogues.

Adapted from round118/validate.py (the label checks are the same code, as in round119; the reuse report is round118's
with round120 / round121 in place of round118 / round119: round120 holds the even positions from 4, position 1 left
out; the readers and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except
round120's and round121's own (a digests-round120 / digests-round121 folder, or a file whose bytes equal round120's or
round121's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round120 holds the even positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 4 up to its last paper; it fails on a paper shared with round121's expected.json (read only, from
/work/rounds/digests-round121/ or /work/main/tests/data/digests-round121/, when it exists), and on a paper in more than
one round120 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1219 its quoted-printable body decoded and its
RFC 2047 headers; 1220 the PDF copy with its page chrome taken out and line breaks joined; 1221 the BibTeX without
braces; 1226 every CSV field; everything: HTML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation (which also joins 1220's PDF line breaks and drops TeX braces), case-blind (IOP
sentence case in 1220); a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1217 U-Cursos page (LF, final newline; doctype, lang es; tags balanced, known; the course code and section in
<title> = the <h1>'s; weeks numbered from 1 with the receso row unnumbered; `lun dd/mm` dates whose weekday name is
right, Mondays, seven days apart in the <title>'s year; the last-modified date before the first week);
1218 all-contributors awesome list (LF, final newline; the awesome badge and the ALL-CONTRIBUTORS-BADGE markers at the
top, the badge count = the contributor cells; the ALL-CONTRIBUTORS-LIST block's marker lines in order; cells `<td
align="center" valign="top" width="14.28%">`, at most seven to a row, avatar `?v=4?s=100`, alt = the bold name, each
contribution link's emoji matching its title and its target (commits?author=login for Code, reviewed-by for
reviews, `#type-login` otherwise); the bot's footer line; the table of contents = the ## / ### headings, anchors GitHub
slugs; every Markdown link target http(s) or a heading's anchor; lines under the papers' ### headings list items);
1219 forwarded e-mail (CRLF only, final CRLF; header names in order; Date parsed; text/plain UTF-8 quoted-printable,
equal to Python's re-encoding, lines at most 76; the From name an RFC 2047 B-word; the decoded body: the note's `-- `
signature, SnappyMail's Greek forward header (Θέμα / Ημερομηνία / Από / Προς), Subject = `Fwd: ` + Θέμα, the forwarded
date between the listing window's end and the outer Date; the listing: the arXiv head lines, the received window
(Thu → Fri, one day, 19:00 GMT), every entry `\\`, `arXiv:id`, `replaced with revised version <date>   (NNNkb,D)`
within the window, Title / Authors / Categories (/ Comments) wrapped at 80 with two-space continuations, the closing
`\\ ( https://arxiv.org/abs/<id> ,  NNNkb)` with the same id and size, a rule after each);
1220 IOP reference list copied from a PDF (LF, final newline; the heading first; no line over 94 characters; the page
number followed by the next page's running head; entries `[n] ` numbered from 1; authors `Surname I[-I]` joined by `,
` and ` and `, or `Surname I et al`, then the year; page ranges in IOP's shortest form; URLs unbroken);
1221 WIKINDX BibTeX (LF, final newline; the comment header; `% Resources: N` = entries; `@type{key,` / tab-indented
`field = {value},` / `}`; braces balanced; types known; keys unique, = the first author's surname (ASCII) + year (+ a
letter), entries in key order; authors `Last, First` joined by ` and `; year four digits; url fields http(s));
1222 BiP export (LF, final newline; lines `dd.mm.yyyy HH:MM - …` or continuation lines; the first line creates the
group; system lines (added, subject changed) of known forms; senders are the creator or added members; timestamps
valid and not decreasing; the changed subject starts with the group's name);
1223 HashCode page (LF, final newline; doctype, lang ko; tags balanced, known; <title> = h1 + ` - HashCode`;
canonical id = the question's; `답변 N개` = answer blocks; one accepted answer, first, with its badge, the others by
votes; answer and comment times not before their post);
1224 melma! back number (LF, final newline; doctype, lang ja; tags balanced, known; the issue number in <title>, <h1>
and the text's head; the page date = the text's date; the 目次 = the ■ headings in order; every text line ended by
`<br />`; text lines at most 70 columns but ▼ heads and URL lines; every URL in the text linked to itself; the
magazine id the same in canonical, links and the registration line);
1225 Kipalog page (LF, final newline; doctype, lang vi; tags balanced, known; <title> = h1 + ` - Kipalog`; canonical =
og:url = /posts/ + the title's slug; `N bình luận` = comment blocks numbered from 1; replies point to earlier
comments; comment times after the post and not decreasing);
1226 Yandex Tracker CSV (a BOM; equal to its csv re-encoding with CRLF records; the header; twelve fields; keys
`MLKZ-n` ascending, unique; type, status, priority known; dates valid, created ≤ updated, deadline not before
created; people from the lab).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.header, email.policy, email.utils, html, io, json, os, quopri, re, sys, textwrap, unicodedata
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


def descending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b > a: errors.append(f"{f}: {where}: {b} after {a} (want highest first)"); return


HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "section", "h1", "h2", "h3",
             "div", "p", "br", "span", "time", "article", "footer", "ol", "ul", "li", "aside", "strong", "em", "table",
             "tr", "td", "th", "thead", "tbody", "img"}


def html_balanced(f, where, s, allowed=HTML_TAGS):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br", "img") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|mailto:|#)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def html_page(f, raw, lang):
    lf_final(f, raw)
    if not raw.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">\n'): errors.append(f"{f}: doctype / html lang")
    html_balanced(f, "page", raw)


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


IOP_CHROME = re.compile(r"(?m)^(?:\d+|\d+ LITERATURA)\n")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1219: forms += mime_texts(raw)
    if n == 1220: forms.append(" ".join(IOP_CHROME.sub("", raw).split()))
    if n == 1221: forms.append(re.sub(r"[{}]", "", raw))
    if n == 1226: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
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
# ---- 1217 U-Cursos
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def check_ucursos(f, raw):
    html_page(f, raw, "es")
    t = re.search(r"<title>(CC\d{4}-\d) (.+?) (\d{4}) (Otoño|Primavera) - Programa - U-Cursos</title>", raw)
    h = re.search(r"<h1>(CC\d{4}-\d) (.+?)</h1>", raw)
    if not t or not h or (t.group(1), t.group(2)) != (h.group(1), h.group(2)): errors.append(f"{f}: course code / name in <title> vs <h1>"); return
    year = int(t.group(3))
    rows = re.findall(r'<tr(?: class="receso")?><td class="sem">([^<]+)</td><td class="fecha">(\S+) (\d\d)/(\d\d)</td>', raw)
    if len(rows) != raw.count('<td class="sem">'): errors.append(f"{f}: a week row not in the `dia dd/mm` form")
    weeks = [r[0] for r in rows if r[0] != "—"]
    if weeks != [str(i) for i in range(1, len(weeks) + 1)] or not weeks: errors.append(f"{f}: weeks {weeks}")
    if raw.count('class="receso"') != sum(1 for r in rows if r[0] == "—"): errors.append(f"{f}: an unnumbered week that is not the receso row")
    dates = []
    for r in rows:
        try:
            d = dt.date(year, int(r[3]), int(r[2]))
        except ValueError:
            errors.append(f"{f}: date {r[2]}/{r[3]}"); continue
        if DIAS[d.weekday()] != r[1]: errors.append(f"{f}: {r[2]}/{r[3]}/{year} is not a `{r[1]}`")
        dates.append(d)
    if any((b - a).days != 7 for a, b in zip(dates, dates[1:])): errors.append(f"{f}: dates not seven days apart")
    m = re.search(r"Última modificación: (\d\d)/(\d\d)/(\d{4}) \d\d:\d\d", raw)
    if not m or not dates or dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) > dates[0]: errors.append(f"{f}: last-modified date missing or after the first week")


# ---- 1218 all-contributors awesome list
AC_TOP = ["<!-- ALL-CONTRIBUTORS-BADGE:START - Do not remove or modify this section -->", None,
          "<!-- ALL-CONTRIBUTORS-BADGE:END -->"]
AC_LIST = ["<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->", "<!-- prettier-ignore-start -->",
           "<!-- markdownlint-disable -->", "<table>", "  <tbody>"]
AC_END = ["  </tbody>", "</table>", "", "<!-- markdownlint-restore -->", "<!-- prettier-ignore-end -->", "",
          "<!-- ALL-CONTRIBUTORS-LIST:END -->"]
AC_FOOT = "This project follows the [all-contributors](https://github.com/all-contributors/all-contributors) specification. Contributions of any kind welcome!"
AC_EMOJI = {"Code": "💻", "Content": "🖋", "Documentation": "📖", "Ideas, Planning, & Feedback": "🤔", "Reviewed Pull Requests": "👀",
            "Maintenance": "🚧", "Translation": "🌍"}
AC_TYPE = {"Content": "content", "Documentation": "doc", "Ideas, Planning, & Feedback": "ideas", "Maintenance": "maintenance", "Translation": "translation"}


def gh_slug(h):
    return "".join(c for c in h.lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ").replace(" ", "-")


def check_allcontributors(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: title line without the awesome badge")
    if L[1] != AC_TOP[0] or L[3] != AC_TOP[2]: errors.append(f"{f}: ALL-CONTRIBUTORS-BADGE markers"); return
    bm = re.fullmatch(r"\[!\[All Contributors\]\(https://img\.shields\.io/badge/all_contributors-(\d+)-orange\.svg\?style=flat-square\)\]\(#contributors-\)", L[2])
    try:
        s = L.index(AC_LIST[0]); e_ = L.index(AC_END[-1])
    except ValueError:
        errors.append(f"{f}: ALL-CONTRIBUTORS-LIST markers missing"); return
    if L[s:s + 5] != AC_LIST or L[e_ - 6:e_ + 1] != AC_END: errors.append(f"{f}: the list block's marker lines")
    cells, body = 0, L[s + 5:e_ - 6]
    i = 0
    while i < len(body):
        if body[i] != "    <tr>": errors.append(f"{f}: contributors table line {body[i][:40]!r}"); break
        j = i + 1; row = 0
        while j < len(body) and body[j] != "    </tr>":
            m = re.fullmatch(r'      <td align="center" valign="top" width="14\.28%"><a href="https://github\.com/([\w.-]+)"><img src="https://avatars\.githubusercontent\.com/u/(\d+)\?v=4\?s=100" width="100px;" alt="([^"]+)"/><br /><sub><b>([^<]+)</b></sub></a><br />(.+)</td>', body[j])
            if not m: errors.append(f"{f}: contributor cell {body[j][:60]!r}"); j += 1; continue
            login, _, alt, name, links = m.groups()
            if alt != name: errors.append(f"{f}: cell {login}: alt != name")
            for href, title, em in re.findall(r'<a href="([^"]+)" title="([^"]+)">([^<]+)</a>', links):
                if AC_EMOJI.get(title) != em: errors.append(f"{f}: cell {login}: {em} titled {title!r}")
                want = (f"https://github.com/{REPO_OF(raw)}/commits?author={login}" if title == "Code" else
                        f"https://github.com/{REPO_OF(raw)}/pulls?q=is%3Apr+reviewed-by%3A{login}" if title == "Reviewed Pull Requests" else
                        f"#{AC_TYPE.get(title)}-{login}")
                if href != want: errors.append(f"{f}: cell {login}: link {href} (want {want})")
            cells += 1; row += 1; j += 1
        if row > 7: errors.append(f"{f}: more than seven cells in a row")
        i = j + 1
    if not bm or int(bm.group(1)) != cells: errors.append(f"{f}: badge count vs {cells} contributor cells")
    if L[-1] != AC_FOOT: errors.append(f"{f}: the bot's footer line is not last")
    heads = [(0 if l.startswith("## ") else 2, l.split(" ", 1)[1]) for l in L if re.match(r"#{2,3} ", l)]
    toc = []
    ti = next((k for k, l in enumerate(L) if l == "## विषय-सूची"), None)
    if ti is None: errors.append(f"{f}: no table of contents"); return
    for l in L[ti + 2:]:
        if not l: break
        m = re.fullmatch(r"( *)- \[(.+)\]\(#(.+)\)", l)
        if not m: errors.append(f"{f}: TOC line {l!r}"); continue
        toc.append((len(m.group(1)), m.group(2), m.group(3)))
    if [(i_, t) for i_, t, _ in toc] != heads[1:]: errors.append(f"{f}: TOC vs the headings after it")
    if any(a_ != gh_slug(t) for _, t, a_ in toc): errors.append(f"{f}: TOC anchors are not GitHub slugs")
    anchors = {gh_slug(t) for _, t in heads}
    for u in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`\n]*`", "", raw)):
        if u.startswith("#"):
            if u[1:] not in anchors: errors.append(f"{f}: anchor {u} resolves nowhere")
        elif not re.match(r"https?://", u): errors.append(f"{f}: link target {u!r}")
    sec = None
    for l in L:
        if l.startswith("## "): sec = l[3:]
        elif l.startswith("### "): pass
        elif sec == "शोध-पत्र" and l.strip() and not l.startswith("- ") and not l.endswith(":"):
            errors.append(f"{f}: paper-section line not a list item: {l[:40]!r}")


def REPO_OF(raw):
    m = re.search(r"https://github\.com/([\w.-]+/[\w.-]+)/commits\?author=", raw) or re.search(r"https://github\.com/([\w.-]+/[\w.-]+)/blob/main/CONTRIBUTING\.md", raw)
    return m.group(1) if m else "?"


# ---- 1219 forwarded arXiv listing
HEAD_1219 = ["Return-Path", "Delivered-To", "Received", "MIME-Version", "Date", "Content-Type", "Content-Transfer-Encoding",
             "X-Mailer", "Message-ID", "From", "Subject", "To"]
ARX_HEAD = ["-" * 78, "-" * 78, "Send any comments regarding submissions directly to submitter.", "-" * 78,
            "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", "-" * 78]


def check_eml(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1219: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    try:
        outer = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); outer = None
    if msg.get_content_type() != "text/plain" or (msg.get_content_charset() or "") != "utf-8" or (msg["Content-Transfer-Encoding"] or "").lower() != "quoted-printable":
        errors.append(f"{f}: not text/plain UTF-8 quoted-printable"); return
    if any(len(l) > 76 for l in body.split("\r\n")): errors.append(f"{f}: an encoded line over 76 characters")
    b = body.replace("\r\n", "\n")
    try:
        dec = quopri.decodestring(b.encode("ascii")).decode("utf-8")
    except (UnicodeError, ValueError):
        errors.append(f"{f}: the body does not decode"); return
    if quopri.encodestring(dec.encode("utf-8")).decode("ascii") != b: errors.append(f"{f}: not canonical quoted-printable")
    fm = re.fullmatch(r"=\?utf-8\?B\?([A-Za-z0-9+/=]+)\?= <[\w.]+@[\w.]+>", msg["From"] or "")
    if not fm: errors.append(f"{f}: From is not an RFC 2047 B-word name and an address")
    if "\n-- \n" not in dec: errors.append(f"{f}: the note has no `-- ` signature line")
    D = dec.split("\n")
    try:
        k = D.index("-------- Αρχικό μήνυμα --------")
    except ValueError:
        errors.append(f"{f}: no forward header"); return
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["Θέμα", "Ημερομηνία", "Από", "Προς"]: errors.append(f"{f}: forward header lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[0].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded Θέμα")
    try:
        fdate = dt.datetime.strptime(fh[1].split(": ", 1)[1], "%d.%m.%Y %H:%M").replace(tzinfo=outer.tzinfo if outer else None)
    except ValueError:
        errors.append(f"{f}: forwarded date {fh[1]!r}"); fdate = None
    lst = D[k + 6:]
    if D[k + 5] != "" or lst[:7] != ARX_HEAD: errors.append(f"{f}: the listing's head lines"); return
    wm = re.fullmatch(r" received from  (\w{3}) (\d\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  (\w{3}) (\d\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT",
                      next((l for l in lst if l.startswith(" received from")), ""))
    if not wm: errors.append(f"{f}: no received-window line"); return
    try:
        w0 = dt.datetime.strptime(" ".join(wm.group(2, 3, 4, 5)), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
        w1 = dt.datetime.strptime(" ".join(wm.group(7, 8, 9, 10)), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        errors.append(f"{f}: window dates"); return
    if w0.strftime("%a") != wm.group(1) or w1.strftime("%a") != wm.group(6) or w1 - w0 != dt.timedelta(days=1) or wm.group(1) != "Thu":
        errors.append(f"{f}: the window is not Thu → Fri, one day, weekdays right")
    if fdate and outer and not (w1 < fdate <= outer): errors.append(f"{f}: forwarded date not between the window's end and the outer Date")
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
            if lst[j].startswith("  "): fields[-1][1] += " " + lst[j].strip()
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
        if j + 1 >= len(lst) or lst[j + 1] != "-" * 78: errors.append(f"{f}: entry {n}: no rule after the entry")
        i = j + 1
    if n == 0: errors.append(f"{f}: no listing entries")


# ---- 1220 IOP reference list
IOP_NAME = r"(?:(?:van|den|der|de|von) )*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* [A-Z](?:-[A-Z])*(?: [A-Z](?:-[A-Z])*)*"


def check_iop(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if L[:2] != ["Literatura", ""]: errors.append(f"{f}: no Literatura heading first")
    for i, l in enumerate(L):
        if len(l) > 94: errors.append(f"{f}: line {i + 1} over 94 characters")
        if re.fullmatch(r"\d+", l) and (i + 1 >= len(L) or L[i + 1] != f"{int(l) + 1} LITERATURA"): errors.append(f"{f}: page {l} not followed by the running head")
        if re.search(r"https?://\S*$", l) and i + 1 < len(L) and re.match(r"[\w/.?=%-]+$", L[i + 1]) and not re.match(r"\[\d+\]|\d+", L[i + 1]):
            errors.append(f"{f}: line {i + 1}: a URL broken across lines")
    body = [l for l in L[2:] if not re.fullmatch(r"\d+( LITERATURA)?", l)]
    ents = []
    for l in body:
        m = re.match(r"\[(\d+)\] (.*)", l)
        if m: ents.append([int(m.group(1)), m.group(2)])
        elif ents: ents[-1][1] += " " + l
        else: errors.append(f"{f}: text before the first entry: {l[:40]!r}")
    if [e_[0] for e_ in ents] != list(range(1, len(ents) + 1)): errors.append(f"{f}: entries not numbered from 1")
    for n, text in ents:
        if not re.match(rf"(?:{IOP_NAME} et al|{IOP_NAME}(?:, {IOP_NAME})*(?: and {IOP_NAME})?) (?:19|20)\d\d ", text):
            errors.append(f"{f}: [{n}] authors not `Surname I` joined by `, ` / ` and ` (or `et al`) before the year")
        for a_, b_ in re.findall(r"\bpp (\d+)–(\d+)\b", text):
            full = a_[:len(a_) - len(b_)] + b_
            if len(b_) > len(a_) or int(full) <= int(a_) or (len(b_) > 1 and b_[0] == a_[len(a_) - len(b_)]):
                errors.append(f"{f}: [{n}] page range {a_}–{b_} not in IOP's shortest form")


# ---- 1221 WIKINDX BibTeX
BIB_TYPES = {"article", "inproceedings", "book", "misc", "incollection", "techreport", "phdthesis"}


def check_bibtex(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if not L[0].startswith("% BibTeX bibliography file exported from WIKINDX ") or not L[1].startswith("% Bibliography: "): errors.append(f"{f}: the WIKINDX comment header")
    rm = re.search(r"(?m)^% Resources: (\d+)$", raw)
    blocks = re.findall(r"(?ms)^@(\w+)\{([^,\s]+),\n(.*?)\n\}$", raw)
    if raw.count("\n@") != len(blocks): errors.append(f"{f}: an entry not in `@type{{key,` … `}}` form")
    if not rm or int(rm.group(1)) != len(blocks): errors.append(f"{f}: `% Resources:` vs {len(blocks)} entries")
    ks = []
    for typ, key, body in blocks:
        if typ not in BIB_TYPES: errors.append(f"{f}: {key}: type {typ}")
        fl = body.split("\n")
        vals = {}
        for i, l in enumerate(fl):
            m = re.fullmatch(r"\t(\w+) = \{(.*)\}" + ("," if i < len(fl) - 1 else ""), l)
            if not m: errors.append(f"{f}: {key}: field line {l[:50]!r}"); continue
            v, depth = m.group(2), 0
            for c in re.sub(r"\\[{}&]", "", v):
                depth += (c == "{") - (c == "}")
                if depth < 0: break
            if depth: errors.append(f"{f}: {key}: {m.group(1)} braces unbalanced")
            vals[m.group(1)] = v
        au_ = vals.get("author", "")
        names = au_.split(" and ")
        if not au_ or any(not re.fullmatch(r"[^,]+, [^,]+", x) for x in names if x != "others" and not x.startswith("{")):
            errors.append(f"{f}: {key}: authors not `Last, First` joined by ` and `")
        if not re.fullmatch(r"\d{4}", vals.get("year", "")): errors.append(f"{f}: {key}: year")
        if "url" in vals and not re.match(r"https?://", vals["url"]): errors.append(f"{f}: {key}: url")
        first = names[0].split(",")[0].strip("{}")
        base = "".join(c for c in unicodedata.normalize("NFKD", first.split()[0] if first.startswith("AUB") else first) if c.isalpha() and ord(c) < 128) + vals.get("year", "")
        if not re.fullmatch(re.escape(base) + "[a-g]?", key): errors.append(f"{f}: {key}: key is not surname + year ({base})")
        ks.append(key)
    if len(set(ks)) != len(ks): errors.append(f"{f}: duplicate keys")
    if [k.lower() for k in ks] != sorted(k.lower() for k in ks): errors.append(f"{f}: entries not in key order")


# ---- 1222 BiP export
def check_bip(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    m0 = re.fullmatch(r'\d\d\.\d\d\.\d{4} \d\d:\d\d - (.+?) "(.+)" grubunu oluşturdu', L[0])
    if not m0: errors.append(f"{f}: the first line does not create the group"); return
    members, group, times = {m0.group(1)}, m0.group(2), []
    for i, l in enumerate(L):
        m = re.match(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d) - (.*)", l)
        if not m:
            if i == 0: errors.append(f"{f}: continuation first")
            continue
        try:
            times.append(dt.datetime(*(int(m.group(k)) for k in (3, 2, 1, 4, 5))))
        except ValueError:
            errors.append(f"{f}: line {i + 1}: date"); continue
        rest = m.group(6)
        if i == 0: continue
        ma = re.fullmatch(r"(.+?), (.+) kişisini ekledi", rest)
        ms = re.fullmatch(r'(.+?) grup konusunu "(.+)" olarak değiştirdi', rest)
        mm = re.fullmatch(r"([^:]+?): (.*)", rest)
        if ma:
            if ma.group(1) not in members: errors.append(f"{f}: line {i + 1}: added by a non-member")
            members.add(ma.group(2))
        elif ms:
            if ms.group(1) not in members or not ms.group(2).startswith(group): errors.append(f"{f}: line {i + 1}: subject change")
        elif mm:
            if mm.group(1) not in members: errors.append(f"{f}: line {i + 1}: sender {mm.group(1)!r} is not a member")
        else:
            errors.append(f"{f}: line {i + 1}: not a message or a known system line")
    ascending(f, "timestamps", times)


# ---- 1223 HashCode
def check_hashcode(f, raw):
    html_page(f, raw, "ko")
    h1 = re.search(r"<h1>(.+?)</h1>", raw); t = re.search(r"<title>(.+?)</title>", raw)
    if not h1 or not t or t.group(1) != h1.group(1) + " - HashCode": errors.append(f"{f}: <title> is not the h1 + ` - HashCode`")
    c = re.search(r'<link rel="canonical" href="https://hashcode\.co\.kr/questions/(\d+)">', raw); q = re.search(r'<div class="question" id="question-(\d+)">', raw)
    if not c or not q or c.group(1) != q.group(1): errors.append(f"{f}: canonical id vs the question's")
    qt = re.search(r"질문일 <time>([\d: -]+)</time>", raw)
    n = re.search(r"<h2 class=\"answer-count\">답변 (\d+)개</h2>", raw)
    blocks = re.findall(r'(?s)<div class="(answer(?: accepted)?)" id="answer-(\d+)">\n(.*?)\n</div>(?=\n<div class="answer|\n<div class="your-answer")', raw)
    if not n or int(n.group(1)) != len(blocks) or raw.count('<div class="answer') != len(blocks): errors.append(f"{f}: 답변 N개 vs answer blocks")
    acc = [i for i, b in enumerate(blocks) if b[0] == "answer accepted"]
    if acc != [0]: errors.append(f"{f}: not exactly one accepted answer, first")
    for i, b in enumerate(blocks):
        if ("채택된 답변" in b[2]) != (b[0] == "answer accepted"): errors.append(f"{f}: answer {b[1]}: accepted badge vs class")
    votes = [int(v) for b in blocks[1:] for v in re.findall(r'<span class="vote-count">(-?\d+)</span>', b[2])[:1]]
    descending(f, "non-accepted answers' votes", votes)
    qd = qt.group(1) if qt else "9999"
    for b in blocks:
        at = re.search(r'<div class="post-meta">.*?<time>([\d: -]+)</time>', b[2])
        if not at or at.group(1) < qd: errors.append(f"{f}: answer {b[1]} before the question")
        for ct in re.findall(r'<li class="comment">.*?<time>([\d: -]+)</time></li>', b[2]):
            if at and ct < at.group(1): errors.append(f"{f}: answer {b[1]}: a comment before its answer")


# ---- 1224 melma!
def ea_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_melma(f, raw):
    html_page(f, raw, "ja")
    tm = re.search(r"<title>(.+) 第(\d+)号 - melma!</title>", raw); hm = re.search(r"<h1>第(\d+)号</h1>", raw)
    bm = re.search(r'<div class="backnumber-body">\n(.*?)\n</div>', raw, re.S)
    if not tm or not hm or not bm: errors.append(f"{f}: title / h1 / body missing"); return
    lines = bm.group(1).split("\n")
    if any(not l.endswith("<br />") for l in lines): errors.append(f"{f}: a text line not ended by <br />")
    text = [html.unescape(re.sub(r"<[^>]+>", "", l[:-6] if l.endswith("<br />") else l)) for l in lines]
    hm2 = re.search(r"第(\d+)号　(\d{4})年(\d+)月(\d+)日", "\n".join(text[:3]))
    if not hm2 or not tm.group(2) == hm.group(1) == hm2.group(1): errors.append(f"{f}: issue number in <title> / <h1> / the text's head")
    dm = re.search(r'<p class="date">(\d{4})/(\d\d)/(\d\d)</p>', raw)
    if not dm or not hm2 or tuple(map(int, dm.groups())) != tuple(map(int, hm2.group(2, 3, 4))): errors.append(f"{f}: the page date vs the text's date")
    try:
        k = text.index("■目次")
    except ValueError:
        errors.append(f"{f}: no ■目次"); return
    toc = []
    for l in text[k + 1:]:
        m = re.fullmatch(r"　(\d+)\. (.+)", l)
        if not m: break
        toc.append(f"■{m.group(1)}. {m.group(2)}")
    heads = [l for l in text[k + 1:] if l.startswith("■")]
    if toc != heads or not toc: errors.append(f"{f}: 目次 vs the ■ headings")
    for l in text:
        if ea_width(l) > 70 and not l.startswith("▼") and "http" not in l: errors.append(f"{f}: a text line over 70 columns: {l[:20]!r}")
    for l in lines:
        for u in re.findall(r"https?://[^\s<\"　（）]+", re.sub(r'<a href="[^"]*" target="_blank">', "", l)):
            if f'<a href="{u}" target="_blank">{u}</a>' not in l: errors.append(f"{f}: URL {u} not linked to itself")
    mids = set(re.findall(r"melma\.com/backnumber_(\d+)", raw))
    if len(mids) != 1: errors.append(f"{f}: magazine ids {sorted(mids)}")


# ---- 1225 Kipalog
def vi_slug(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")


def check_kipalog(f, raw):
    html_page(f, raw, "vi")
    h1 = re.search(r"<h1>(.+?)</h1>", raw); t = re.search(r"<title>(.+?)</title>", raw)
    if not h1 or not t or t.group(1) != h1.group(1) + " - Kipalog": errors.append(f"{f}: <title> is not the h1 + ` - Kipalog`"); return
    want = "https://kipalog.com/posts/" + vi_slug(html.unescape(h1.group(1)))
    c = re.search(r'<link rel="canonical" href="([^"]+)">', raw); o = re.search(r'<meta property="og:url" content="([^"]+)">', raw)
    if not c or not o or not c.group(1) == o.group(1) == want: errors.append(f"{f}: canonical / og:url vs the title's slug")
    pt = re.search(r'viết ngày <span class="time">(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)</span>', raw)
    n = re.search(r"<h3>(\d+) bình luận</h3>", raw)
    cs = re.findall(r'<div class="comment" id="comment-(\d+)">\n<div class="comment-head"><span class="num">#(\d+)</span> .*?<span class="time">(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)</span></div>\n(?:<div class="reply-to">Trả lời <a href="#comment-(\d+)">#(\d+)</a></div>\n)?', raw)
    if not n or int(n.group(1)) != len(cs) or raw.count('<div class="comment" id=') != len(cs): errors.append(f"{f}: N bình luận vs comment blocks")
    if [int(x[0]) for x in cs] != list(range(1, len(cs) + 1)) or any(x[0] != x[1] for x in cs): errors.append(f"{f}: comments not numbered from 1")
    def d(g): return dt.datetime(int(g[2]), int(g[1]), int(g[0]), int(g[3]), int(g[4]))
    times = [d(x[2:7]) for x in cs]
    if not pt or any(tm <= d(pt.groups()) for tm in times): errors.append(f"{f}: a comment not after the post")
    ascending(f, "comment times", times)
    for x in cs:
        if x[7] and (x[7] != x[8] or int(x[7]) >= int(x[0])): errors.append(f"{f}: comment {x[0]} replies to #{x[7]}")


# ---- 1226 Yandex Tracker CSV
YT_HEAD = ["Ключ", "Тип", "Задача", "Описание", "Статус", "Приоритет", "Исполнитель", "Автор", "Создана", "Обновлена", "Дедлайн", "Теги"]
YT_STATUS, YT_TYPE, YT_PRIO = {"Открыт", "В работе", "Решен", "Закрыт"}, {"Задача", "Ошибка"}, {"Критический", "Высокий", "Средний", "Низкий"}
YT_PEOPLE = {"Айгерім Сейтқали", "Бауыржан Омаров", "Сәуле Жұмабекова", "Данияр Есенов"}


def check_tracker(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))
    buf = io.StringIO(newline=""); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw.lstrip("\ufeff"): errors.append(f"{f}: not equal to its csv re-encoding (quoting, CRLF records)")
    if not rows or rows[0] != YT_HEAD: errors.append(f"{f}: header"); return
    nums = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 12: errors.append(f"{f}: record {i}: {len(r)} fields"); continue
        m = re.fullmatch(r"MLKZ-(\d+)", r[0])
        if not m: errors.append(f"{f}: record {i}: key {r[0]!r}"); continue
        nums.append(int(m.group(1)))
        if r[1] not in YT_TYPE or r[4] not in YT_STATUS or r[5] not in YT_PRIO: errors.append(f"{f}: record {i}: type / status / priority")
        if r[6] not in YT_PEOPLE or r[7] not in YT_PEOPLE: errors.append(f"{f}: record {i}: people")
        try:
            c, u = (dt.datetime.strptime(x, "%Y-%m-%d %H:%M:%S") for x in r[8:10])
            dl = dt.datetime.strptime(r[10], "%Y-%m-%d") if r[10] else None
        except ValueError:
            errors.append(f"{f}: record {i}: dates"); continue
        if u < c or (dl and dl.date() < c.date()): errors.append(f"{f}: record {i}: updated before created, or deadline before created")
    if nums != sorted(nums) or len(set(nums)) != len(nums): errors.append(f"{f}: keys not ascending / unique")


def shape_checks(f, raw, path):
    n = num(f)
    {1217: check_ucursos, 1218: check_allcontributors, 1219: check_eml, 1220: check_iop, 1221: check_bibtex,
     1222: check_bip, 1223: check_hashcode, 1224: check_melma, 1225: check_kipalog,
     1226: check_tracker}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round120's and round121's, a byte-identical file counted once), and the round120/round121 split (candidates sorted by
# (uses, catalogue title); round120 = even positions from 4 on, one unbroken run; round121 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P121S = ["/work/rounds/digests-round121/expected.json", "/work/main/tests/data/digests-round121/expected.json"]
P121 = next((p for p in P121S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P121S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round120", "digests-round121") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round120 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r121 = set()
if P121:
    try:
        r121 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P121)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P121} exists but could not be read (being written?)")
    if r121 & mine: errors.append(f"papers also in round121: {sorted(r121 & mine)}")
shared121 = len(r121 & mine) if P121 else "(no round121 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round120 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round121: {shared121}; papers in more than one round120 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

