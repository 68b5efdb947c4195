#!/usr/bin/env python3
r"""Checks round112/expected.json against the digests and the shared catalogues.

Adapted from round110/validate.py (the label checks are the same code; the reuse report is round110's with round112 /
round113 in place of round110 / round111: round112 holds the even positions from 2; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round112's and round113's own (a
digests-round112 / digests-round113 folder, or a file whose bytes equal round112's or round113's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round112 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round113's expected.json (read only, from /work/rounds/digests-round113/ or
/work/main/tests/data/digests-round113/, when it exists), and on a paper in more than one round112 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1137, 1138, 1144, 1145 the tag-stripped text;
1139 the decoded subject and both quoted-printable MIME parts (the HTML one also tag-stripped); 1142 the CSV cells;
1141 with TeX braces removed; everything: HTML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is
reported as a `note:`.

Shape checks (lean, grammar-level):
saved pages (1137, 1144, 1145): the doctype, then `<!-- saved from url=(NNNN)URL -->` with NNNN the URL's length; a
charset meta of UTF-8; non-void elements balanced (an html.parser walk); the page's lang; every <a href> http(s) or a
fragment;
1137 ILIAS page (LF, final newline; the ILIAS layout parts; the last breadcrumb and the active tab link to the saved
URL; `powered by ILIAS (vN`; session rows numbered 1..n in order (a holiday row unnumbered), dates `Dd, DD.MM.YYYY`
real, with the right German weekday abbreviation, increasing);
1138 GitLink raw README (LF, final newline; a `# ` title line; the TOC's anchors are exactly the `##` headings' slugs in
order; every HTML table balanced, each row with the header's cell count; Markdown links closed with http(s) or
`#anchor` targets; code fences paired);
1139 Rediffmail .eml (CRLF only; Date real with its weekday; From / Subject RFC 2047 Q words that decode; Message-ID
form; multipart/alternative with its boundary, parts text/plain and text/html, quoted-printable lines ≤ 76 that decode
to UTF-8; the forwarded listing in the plain part: 78-dash rules, `arXiv:ID`, `Date: <real date> GMT   (Nkb,D)`,
`Title:` / `Authors:` folded at 79 columns with two-space continuations, `\\ ( https://arxiv.org/abs/ID ,  Nkb)` with the
same ID and size; the `received from` line's weekdays real; the HTML part holds the same listing);
1140 pdftotext pages (LF; pages ended by form feeds; each page's first line the running head, its last line its number,
consecutive; other lines ≤ 94 columns; references after « Références » separated by blank lines, sorted by surname,
each `SURNAMES (YYYY). …`; each in-text `(Name et al., YYYY)` / `(Name & Name, YYYY)` citation has a reference with that
first surname and year);
1141 BibTeX (LF, final newline; outside entries only `%` comments and blank lines; entries `@type{key,`, fields
`\tname = {value},` (the last without comma), `}`; braces balanced in every value; types known; keys unique; year four
digits; url / howpublished targets http(s));
1142 Coda CSV (no BOM; byte-equal to the csv module's minimal quoting with LF row ends for the parsed rows; header
count everywhere; links empty or http(s); Tipo from its choice set; Lido? `true` / `false`; Sessão M/D/YYYY real and
not decreasing);
1143 JANDI export (CRLF only, final CRLF; the header lines; the member list; date lines `YYYY-MM-DD (요일)` with the right
weekday, increasing; messages `[name] [오전|오후 h:mm] ` from members, times real and not decreasing within a day;
system lines `[오전|오후 h:mm] * …`);
1144 SmartEmailing web version (XHTML transitional doctype; `<title>` = the h1 = the subject; the issue number in the
subject, header line and URL; the Czech date real with its weekday; the "Zobrazit v prohlížeči" link is the saved URL;
unsubscribe and preferences links);
1145 exblog entry (the canonical link and the permalink are the saved URL; the date line and the permalink's date
agree; the comment count = the comments; archive months descending; the Excite footer);
1146 Pikabu copied text (LF, final newline; the chrome lines; the comment count with its Russian plural = the
comments; each comment login, `DD.MM.YYYY HH:MM` real and not decreasing, text, `+N`, the action line).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, email, email.header, html, io, json, os, quopri, re, sys
import datetime as dt
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


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def eml_parts(raw):
    m = email.message_from_string(raw)
    out = {}
    for p in m.walk():
        if p.get_content_maintype() == "text":
            out[p.get_content_type()] = p.get_payload(decode=True).decode("utf-8")
    return m, out


def hdr(v):
    return "".join(b.decode(c or "ascii") if isinstance(b, bytes) else b for b, c in email.header.decode_header(v))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1137, 1138, 1144, 1145): forms.append(strip_tags(raw))
    if n == 1139:
        m, parts = eml_parts(raw)
        forms.append(hdr(m["Subject"]))
        for t, s in parts.items():
            forms.append(s)
            if t == "text/html": forms.append(strip_tags(s))
    if n == 1141: forms.append(re.sub(r"[{}]", "", raw))
    if n == 1142:
        forms.append("\n".join(c for r in csv.reader(io.StringIO(raw)) for c in r))
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
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.bad, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID: self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else: self.stack.pop()


def saved_page(f, raw, lang):
    lf_final(f, raw)
    lines = raw.split("\n")
    if not lines[0].startswith("<!DOCTYPE"): errors.append(f"{f}: no doctype first")
    m = re.fullmatch(r"<!-- saved from url=\((\d{4})\)(\S+) -->", lines[1] if len(lines) > 1 else "")
    if not m or int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: `saved from` mark missing or its length wrong")
    if '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' not in raw: errors.append(f"{f}: no UTF-8 charset meta")
    b = Balance(); b.feed(raw); b.close()
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {(b.bad + b.stack)[:3]}")
    h = [a for t, a in b.tags if t == "html"]
    if not h or h[0].get("lang") != lang: errors.append(f"{f}: html lang not {lang}")
    for t, a in b.tags:
        if t == "a" and "href" in a and not re.fullmatch(r"https?://[^\s\"<>]+|#[\w-]+", a["href"]): errors.append(f"{f}: href {a['href']!r}")
    return (m.group(2) if m else None), b


# ---- 1137 ILIAS page
WD_DE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]


def check_ilias(f, raw):
    url, b = saved_page(f, raw, "de")
    for need in ('class="il-layout-page"', 'class="il-maincontrols-metabar"', 'class="il-maincontrols-mainbar"',
                 'class="breadcrumb"', 'id="il_center_col"', 'class="ilc_page_Page"', 'class="il-footer"'):
        if need not in raw: errors.append(f"{f}: ILIAS part {need!r} missing")
    u = html.escape(url or "", quote=False)
    crumbs = re.findall(r'<span class="crumb"><a href="([^"]+)">', raw)
    if not crumbs or crumbs[-1] != u: errors.append(f"{f}: the last breadcrumb is not the saved URL")
    act = re.search(r'<li id="tab_content" class="active"><a href="([^"]+)">', raw)
    if not act or act.group(1) != u: errors.append(f"{f}: the active tab is not the saved URL")
    if not re.search(r"powered by ILIAS \(v\d+\.\d+ \d{4}-\d\d-\d\d\)", raw): errors.append(f"{f}: footer version line")
    rows = re.findall(r'<tr>\n<td class="ilc_table_cell_StandardCell1">(\d*)</td>\n<td class="ilc_table_cell_StandardCell1">(\w\w), (\d\d)\.(\d\d)\.(\d{4})</td>', raw)
    if len(rows) != raw.count("<tr>\n<td "): errors.append(f"{f}: a session row without number cell and date")
    nums = [int(r[0]) for r in rows if r[0]]
    if not nums or nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: sessions {nums}")
    last = None
    for _, wd, d, m_, y in rows:
        try: x = dt.date(int(y), int(m_), int(d))
        except ValueError: errors.append(f"{f}: date {d}.{m_}.{y}"); continue
        if WD_DE[x.weekday()] != wd: errors.append(f"{f}: {d}.{m_}.{y} is not a {wd}")
        if last and x <= last: errors.append(f"{f}: {d}.{m_}.{y} not after the row before")
        last = x


# ---- 1138 GitLink README
def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def check_gitlink(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not any(l.startswith("# ") for l in ls[:6]): errors.append(f"{f}: no `# ` title at the top")
    heads = [l[3:] for l in ls if l.startswith("## ")]
    toc = [m.group(1) for l in ls for m in [re.fullmatch(r"- \[[^\]]+\]\(#([^)]+)\)", l)] if m]
    want = [gh_slug(h) for h in heads if h != "目录"]
    if toc != want: errors.append(f"{f}: TOC anchors {toc} are not the headings' slugs {want}")
    for k, tb in enumerate(re.findall(r"<table>\n(.*?)\n</table>", raw, re.S), 1):
        b = Balance(); b.feed(tb); b.close()
        if b.bad or b.stack: errors.append(f"{f}: table {k} not balanced: {(b.bad + b.stack)[:3]}")
        trs = re.findall(r"<tr>(.*?)</tr>", tb, re.S)
        n = len(re.findall(r"<th>", trs[0])) if trs else 0
        for r in trs[1:]:
            if len(re.findall(r"<td>", r)) != n: errors.append(f"{f}: table {k}: a row without {n} cells")
    if raw.count("<table>") != raw.count("</table>"): errors.append(f"{f}: tables not closed")
    if raw.count("```") % 2: errors.append(f"{f}: code fence not closed")
    for l in ls:
        if l.count("[") != l.count("]") or l.count("](") != len(re.findall(r"\]\((?:https?://[^)\s]+|#[^)\s]+)\)", l)):
            errors.append(f"{f}: link not well formed: {l[:40]!r}")
    for h in re.findall(r'<a href="([^"]*)"', raw):
        if not re.fullmatch(r"https?://\S+", h): errors.append(f"{f}: href {h!r}")


# ---- 1139 Rediffmail eml
def real_date(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except ValueError: return None


def check_eml(f, raw):
    crlf_only(f, raw)
    m, parts = eml_parts(raw)
    d = m["Date"] or ""
    x = real_date(d[:25], "%a, %d %b %Y %H:%M:%S")
    if not x or x.strftime("%a, %d %b %Y %H:%M:%S") != d[:25]: errors.append(f"{f}: Date {d!r} not real (weekday)")
    for h in ("From", "Subject"):
        v = m[h] or ""
        if not re.match(r"=\?utf-8\?q\?[^?]+\?=", v): errors.append(f"{f}: {h} not an RFC 2047 Q word")
        try: hdr(v)
        except Exception: errors.append(f"{f}: {h} does not decode")
    if not re.fullmatch(r"<[\w.]+@[\w.-]+>", m["Message-ID"] or ""): errors.append(f"{f}: Message-ID form")
    bd = m.get_boundary()
    if m.get_content_type() != "multipart/alternative" or not bd: errors.append(f"{f}: not multipart/alternative")
    if sorted(parts) != ["text/html", "text/plain"]: errors.append(f"{f}: parts {sorted(parts)}")
    if bd and not raw.rstrip("\r\n").endswith(f"--{bd}--"): errors.append(f"{f}: closing boundary")
    for sub in m.walk():
        if sub.get_content_maintype() != "text": continue
        if sub["Content-Transfer-Encoding"] != "quoted-printable": errors.append(f"{f}: {sub.get_content_type()} not quoted-printable")
        body = sub.get_payload()
        for l in body.split("\r\n"):
            if len(l) > 76: errors.append(f"{f}: a quoted-printable line of {len(l)} columns"); break
            if re.search(r"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: a bad `=` escape in {l[:30]!r}"); break
        try: quopri.decodestring(body.encode("ascii")).decode("utf-8")
        except (UnicodeError, ValueError): errors.append(f"{f}: {sub.get_content_type()} does not decode to UTF-8")
    plain = parts.get("text/plain", "").replace("\r\n", "\n")
    rx = re.compile(r"\\\\\narXiv:(\d{4}\.\d{4,5})\nDate: (\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb,D\)\n\n(.*?)\n\\\\\n(.*?)\n\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)\n-{78}\n", re.S)
    ents = list(rx.finditer(plain))
    if not ents: errors.append(f"{f}: no listing entry in the plain part")
    for e in ents:
        aid, dd, kb, head, abs_, aid2, kb2 = e.groups()
        if aid != aid2 or kb != kb2: errors.append(f"{f}: {aid}: closing line {aid2} / {kb2}kb")
        y = real_date(dd, "%a, %d %b %Y %H:%M:%S")
        if not y or y.strftime("%a, %d %b %Y %H:%M:%S") != dd: errors.append(f"{f}: {aid}: Date {dd!r}")
        hl = head.split("\n")
        if not hl[0].startswith("Title: ") or not any(l.startswith("Authors: ") for l in hl) or not any(l.startswith("Categories: ") for l in hl):
            errors.append(f"{f}: {aid}: Title / Authors / Categories lines")
        for l in hl + abs_.split("\n"):
            if len(l) > 79: errors.append(f"{f}: {aid}: a listing line over 79 columns")
            if l and not re.match(r"(Title|Authors|Categories|Comments|Journal-ref): |  ", l) and l in hl: errors.append(f"{f}: {aid}: continuation without two spaces: {l[:30]!r}")
    for a_, b_ in re.findall(r" received from  (\w{3} \d\d \w{3} \d\d) \d\d:\d\d:\d\d GMT  to  (\w{3} \d\d \w{3} \d\d) ", plain):
        for s in (a_, b_):
            z = real_date(s, "%a %d %b %y")
            if not z or z.strftime("%a %d %b %y") != s: errors.append(f"{f}: received-from date {s!r}")
    if "-" * 78 not in plain: errors.append(f"{f}: no 78-dash rule")
    h = html.unescape(parts.get("text/html", "")).replace("\r\n", "\n")
    for e in ents:
        if e.group(0).strip() not in h: errors.append(f"{f}: the HTML part lacks the listing entry {e.group(1)}")


# ---- 1140 pdftotext TALN pages
def check_taln(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with a form feed")
    pages = raw.split("\f")[:-1]
    head, nums = None, []
    for k, p in enumerate(pages):
        ls = p.split("\n")
        if ls[-1] != "" or not re.fullmatch(r"\d+", ls[-2]): errors.append(f"{f}: page {k + 1}: no page number last"); continue
        nums.append(int(ls[-2]))
        if head is None: head = ls[0]
        if ls[0] != head or not head.startswith("Actes de la "): errors.append(f"{f}: page {k + 1}: running head")
        for l in ls[1:-2]:
            if len(l) > 94: errors.append(f"{f}: page {k + 1}: a line of {len(l)} columns")
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums}")
    txt = re.sub(r"\n\d+\n\f(Actes de la [^\n]*\n\n)?", "\n", raw)
    if "\nRéférences\n" not in txt: errors.append(f"{f}: no Références heading"); return
    body, refs = txt.split("\nRéférences\n", 1)
    ents = [re.sub(r"\s+", " ", e).strip() for e in refs.strip().split("\n\n") if e.strip()]
    keys = []
    for e in ents:
        m = re.match(r"((?:[A-ZÀ-Ý][A-ZÀ-Ý' -]+?)(?: [A-Z]\.(?:[ -][A-Z]\.)*)?)(?:,| &| et al\.| \()", e)
        y = re.search(r"\((\d{4})\)\. ", e)
        if not m or not y: errors.append(f"{f}: reference not `SURNAME I. … (YYYY).`: {e[:40]!r}"); continue
        sur = re.sub(r" [A-Z]\..*$", "", m.group(1)).strip()
        keys.append((sur, y.group(1)))
    sk = [k[0] for k in keys]
    if sk != sorted(sk): errors.append(f"{f}: references not sorted: {sk}")
    cites = re.findall(r"\(([A-ZÀ-Ý][\w’' -]+?)(?: et al\.| & [\w -]+)?, (\d{4})\)|;\s([A-ZÀ-Ý][\w’' -]+?) et al\., (\d{4})\)", " ".join(body.split()))
    for c in cites:
        name, yr = (c[0], c[1]) if c[0] else (c[2], c[3])
        if (name.upper(), yr) not in keys: errors.append(f"{f}: citation ({name}, {yr}) without its reference")
    for name, yr in re.findall(r"([A-ZÀ-Ý][\w’' -]+?) et al\., (\d{4})", " ".join(body.split())):
        if (name.split("(")[-1].strip().upper(), yr) not in keys: errors.append(f"{f}: citation {name} {yr} without its reference")


# ---- 1141 BibTeX
BIB_TYPES = {"article", "inproceedings", "misc", "book", "incollection", "techreport", "phdthesis", "online"}


def check_bib(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    i, keys = 0, []
    while i < len(ls):
        l = ls[i]
        if l == "" or l.startswith("%"): i += 1; continue
        m = re.fullmatch(r"@(\w+)\{([\w:.-]+),", l)
        if not m: errors.append(f"{f}: line {i + 1} outside an entry: {l[:40]!r}"); i += 1; continue
        if m.group(1) not in BIB_TYPES: errors.append(f"{f}: entry type {m.group(1)}")
        keys.append(m.group(2))
        j, fields = i + 1, {}
        while j < len(ls) and ls[j] != "}":
            fm = re.fullmatch(r"\t(\w+) = \{(.*)\}(,?)", ls[j])
            if not fm: errors.append(f"{f}: {m.group(2)}: field line {ls[j][:40]!r}"); j += 1; continue
            name, val, comma = fm.groups()
            depth = 0
            for ch in val:
                depth += (ch == "{") - (ch == "}")
                if depth < 0: break
            if depth != 0: errors.append(f"{f}: {m.group(2)}: braces unbalanced in {name}")
            last = j + 1 < len(ls) and ls[j + 1] == "}"
            if bool(comma) == last: errors.append(f"{f}: {m.group(2)}: comma after {name} {'on the last field' if last else 'missing'}")
            fields[name] = val
            j += 1
        if j == len(ls): errors.append(f"{f}: {m.group(2)}: entry not closed"); break
        if "title" not in fields: errors.append(f"{f}: {m.group(2)}: no title")
        if "year" in fields and not re.fullmatch(r"\d{4}", fields["year"]): errors.append(f"{f}: {m.group(2)}: year")
        if "url" in fields and not re.fullmatch(r"https?://\S+", fields["url"]): errors.append(f"{f}: {m.group(2)}: url")
        if "howpublished" in fields and not re.fullmatch(r"\\url\{https?://\S+\}", fields["howpublished"]): errors.append(f"{f}: {m.group(2)}: howpublished")
        i = j + 1
    if len(keys) != len(set(keys)): errors.append(f"{f}: duplicate keys")


# ---- 1142 Coda CSV
CODA_TYPES = {"Artigo", "Documentação"}


def check_coda(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM (Coda writes none)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not the CSV writer's bytes (quoting or row ends)")
    head = rows[0] if rows else []
    if head[:2] != ["Título", "Link"]: errors.append(f"{f}: header {head[:2]}")
    last = None
    for k, r in enumerate(rows[1:], 1):
        if len(r) != len(head): errors.append(f"{f}: row {k}: {len(r)} cells, header {len(head)}"); continue
        d = dict(zip(head, r))
        if d["Link"] and not re.fullmatch(r"https?://\S+", d["Link"]): errors.append(f"{f}: row {k}: link {d['Link']!r}")
        if d["Tipo"] not in CODA_TYPES: errors.append(f"{f}: row {k}: Tipo {d['Tipo']!r}")
        if d["Lido?"] not in ("true", "false"): errors.append(f"{f}: row {k}: checkbox {d['Lido?']!r}")
        try:
            x = dt.datetime.strptime(d["Sessão"], "%m/%d/%Y").date()
            if d["Sessão"] != f"{x.month}/{x.day}/{x.year}": errors.append(f"{f}: row {k}: date not M/D/YYYY")
            if last and x < last: errors.append(f"{f}: row {k}: date goes back")
            last = x
        except ValueError: errors.append(f"{f}: row {k}: date {d['Sessão']!r}")


# ---- 1143 JANDI export
WD_KO = "월화수목금토일"


def check_jandi(f, raw):
    crlf_only(f, raw)
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final line end")
    ls = raw.split("\r\n")
    if not re.fullmatch(r"\[JANDI\] 토픽 '[^']+' 대화 내보내기", ls[0]): errors.append(f"{f}: first line")
    mm = re.fullmatch(r"참여 멤버 : (.+)", ls[3] if len(ls) > 3 else "")
    members = mm.group(1).split(", ") if mm else []
    if not members: errors.append(f"{f}: member line")
    if not re.fullmatch(r"내보낸 날짜 : \d{4}-\d\d-\d\d \d\d:\d\d", ls[2] if len(ls) > 2 else ""): errors.append(f"{f}: export date line")
    if ls[4:6] != ["-" * 62, ""]: errors.append(f"{f}: rule after the header")
    day, last_t = None, None
    for l in ls[6:]:
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) \((.)\)", l)
        if m:
            try: x = dt.date(*map(int, m.groups()[:3]))
            except ValueError: errors.append(f"{f}: date line {l!r}"); continue
            if WD_KO[x.weekday()] != m.group(4): errors.append(f"{f}: {l}: wrong weekday")
            if day and x <= day: errors.append(f"{f}: {l}: date not after the one before")
            day, last_t = x, None
            continue
        m = re.match(r"(?:\[([^\]]+)\] )?\[(오전|오후) (\d{1,2}):(\d\d)\] (\* )?", l)
        if m and (m.group(1) is None) == bool(m.group(5)) and re.match(r"(\[[^\]]+\] )?\[(오전|오후) ", l):
            who, ap, h, mi = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            if day is None: errors.append(f"{f}: a message before any date line")
            if who is not None and who not in members: errors.append(f"{f}: {who} is not a member")
            if not (1 <= h <= 12 and mi < 60): errors.append(f"{f}: time {l[:20]!r}")
            t = (h % 12 + (12 if ap == "오후" else 0)) * 60 + mi
            if last_t is not None and t < last_t: errors.append(f"{f}: {l[:25]!r}: time goes back")
            last_t = t
        elif re.match(r"\[[^\]]+\] \[", l):
            errors.append(f"{f}: message line not `[name] [오전|오후 h:mm] `: {l[:30]!r}")


# ---- 1144 SmartEmailing web version
MES_CZ = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
DEN_CZ = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]


def check_smartemailing(f, raw):
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'): errors.append(f"{f}: not the XHTML transitional doctype")
    url, b = saved_page(f, raw, "cs")
    t = re.search(r"<title>(.*?)</title>", raw)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", raw)
    if not t or not h1 or t.group(1) != h1.group(1): errors.append(f"{f}: <title> and h1 differ")
    n = re.search(r"#(\d+):", t.group(1) if t else "")
    hd = re.search(r"číslo (\d+) · (\w+) (\d+)\. (\w+) (\d{4})<", raw)
    if not n or not hd or n.group(1) != hd.group(1) or not url or f"/{n.group(1)}-" not in url: errors.append(f"{f}: issue number disagrees")
    if hd:
        try:
            x = dt.date(int(hd.group(5)), MES_CZ.index(hd.group(4)) + 1, int(hd.group(3)))
            if DEN_CZ[x.weekday()] != hd.group(2): errors.append(f"{f}: {x} is not {hd.group(2)}")
        except ValueError: errors.append(f"{f}: header date")
    wv = re.search(r'<a href="([^"]+)"[^>]*>Zobrazit v prohlížeči</a>', raw)
    if not wv or wv.group(1) != url: errors.append(f"{f}: the web-version link is not the saved URL")
    for need in (">Odhlásit odběr</a>", ">Změnit nastavení</a>"):
        if need not in raw: errors.append(f"{f}: footer link {need} missing")


# ---- 1145 exblog entry
def check_exblog(f, raw):
    url, b = saved_page(f, raw, "ja")
    can = re.search(r'<link rel="canonical" href="([^"]+)">', raw)
    if not can or can.group(1) != url: errors.append(f"{f}: canonical is not the saved URL")
    m = re.search(r'<div class="date">(\d{4})年 (\d\d)月 (\d\d)日</div>', raw)
    pl = re.search(r'by [\w-]+ \| <a href="([^"]+)">(\d{4})-(\d\d)-(\d\d) \d\d:\d\d</a>', raw)
    if not m or not pl or m.groups() != pl.groups()[1:] or pl.group(1) != url: errors.append(f"{f}: date line / permalink disagree")
    else:
        try: dt.date(*map(int, m.groups()))
        except ValueError: errors.append(f"{f}: date not real")
    if not url or not re.fullmatch(r"https://[\w-]+\.exblog\.jp/\d+/", url): errors.append(f"{f}: entry URL form")
    cc = re.search(r'<span class="comment-count">(\d+)</span>', raw)
    if not cc or int(cc.group(1)) != raw.count('<div class="comment">'): errors.append(f"{f}: comment count")
    mon = re.findall(r">(\d{4})年 (\d\d)月</a>", raw)
    if not mon or mon != sorted(mon, reverse=True): errors.append(f"{f}: archive months not descending")
    if "Copyright © 1997-" not in raw or "Excite Blog" not in raw: errors.append(f"{f}: the Excite footer")


# ---- 1146 Pikabu copied text
def ru_plural(n, one, few, many):
    if n % 10 == 1 and n % 100 != 11: return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14: return few
    return many


def check_pikabu(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if ls[0] != "Пикабу" or not ls[1].startswith("Горячее"): errors.append(f"{f}: chrome lines")
    cm = [k for k, l in enumerate(ls) if l == "Ответить  Ещё"]
    n = len(cm)
    m = [l for l in ls if re.fullmatch(r"\d+ коммента\w*", l)]
    if not m or m[0] != f"{n} {ru_plural(n, 'комментарий', 'комментария', 'комментариев')}": errors.append(f"{f}: comment count {m} for {n} comments")
    last = None
    for k in cm:
        login, when, text, rating = ls[k - 4:k]
        if not re.fullmatch(r"[\w.]+", login) or not re.fullmatch(r"[+-]\d+", rating) or not text: errors.append(f"{f}: comment block at line {k - 3}")
        x = real_date(when, "%d.%m.%Y %H:%M")
        if not x: errors.append(f"{f}: comment date {when!r}"); continue
        if last and x < last: errors.append(f"{f}: comment at {when} before the one above")
        last = x
    if not re.search(r"\n\d\d\.\d\d\.\d{4} \d\d:\d\d\nСообщество: ", raw): errors.append(f"{f}: post date / community lines")
    if not raw.rstrip("\n").split("\n")[-1].startswith("© Пикабу"): errors.append(f"{f}: footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1137: check_ilias, 1138: check_gitlink, 1139: check_eml, 1140: check_taln, 1141: check_bib,
     1142: check_coda, 1143: check_jandi, 1144: check_smartemailing, 1145: check_exblog,
     1146: check_pikabu}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round112's and round113's, a byte-identical file counted once), and the round112/round113 split (candidates sorted by
# (uses, catalogue title); round112 = even positions from 2 on, one unbroken run; round113 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P113S = ["/work/rounds/digests-round113/expected.json", "/work/main/tests/data/digests-round113/expected.json"]
P113 = next((p for p in P113S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P113S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round112", "digests-round113") or not os.path.exists(pth): continue
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
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round112 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r113 = set()
if P113:
    try:
        r113 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P113)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P113} exists but could not be read (being written?)")
    if r113 & mine: errors.append(f"papers also in round113: {sorted(r113 & mine)}")
shared113 = len(r113 & mine) if P113 else "(no round113 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round112 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round113: {shared113}; papers in more than one round112 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
