#!/usr/bin/env python3
r"""Checks round27/expected.json against the digests and the shared catalogues.

Adapted from round26/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–26, tells how many papers round26 also used, and which papers round27 uses in more than one file; the
readers and shape checks are new). Each digest is read in its raw form (UTF-8 text) and in decoded forms, the way a
reader of that shape would see it:
  - pandoc Markdown (288): the Markdown as text (links as 'text <url>', backslash escapes and [..]{.underline}
    spans undone), and every multiline table as rows of cell texts (a cell's wrapped lines joined);
  - README (292): the Markdown as text;
  - exam-class LaTeX (294): the source without comments, \url and \href targets as text, ~ and \\ as spaces and
    line breaks, \textit/\textbf/\emph/\section* arguments as text;
  - the plain and copied texts (287, 289–291, 293, 295, 296): the raw text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation, so a title hard-wrapped by an editor (287), by pandoc (288) or by
a slide (293) is found; a title found only that way, or only in a decoded form, is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 27
needs none (titles written in sentence case or lower case are equal after normalisation).

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 287 (plain-text report, Vim textwidth=72): LF, final newline, no tabs or trailing spaces; no breakable line over
    72; setext headings "n. " / "n.m " underlined with "=" / "-" of the same length, numbered in order; field values
    at column 23 with continuations under them; greedy wrapping (no line the next word would still have fitted on)
    in the body up to the references; course rows numbered, ECTS summing to the total and to the running total; plan
    rows one run of "xx"; the reporting period twelve months, submitted within a month after it, signed that day;
    references [1]..[N] in order of first citation, all cited;
  - 288 (pandoc 3 Markdown from .docx): a YAML block first with pandoc's sorted docx keys; no curly quotes, en/em
    dashes or ellipses (the smart writer "unsmartens" them); lines ≤ 72 unless unbreakable; "-   " bullets, "n.  "
    numbers 1..n, four-space continuations; greedy wrapping, except that no line starts with a word pandoc would
    read as a list marker ("2022)"), which stays with the word before it; images media/image1..N with width/height in inches;
    footnote marks 1..n in order, each defined once at the end; multiline tables with rules as wide as their columns,
    cells inside their columns, wrapped lines padded to the last column; the costs table adding up to its Total;
  - 289 (Google Classroom material copied): the top bar, side menu (the class among the enrolled classes), tabs; one
    "<teacher> • <date> (Edited <date>)" line, edited after posted; the reading list numbered 1..n; attachments as
    title/kind pairs (URL, PDF, Google Docs, "YouTube video N minutes"; arXiv cards titled "[ID] Title"); "N class
    comments" = the comments, each name/date/text, dated in order after posting; "Add class comment…" last;
  - 290 (Google Sites page copied): Sites' head ("Search this site", "Embedded Files", skip links), the site name
    around the navigation, the page in the navigation, Sites' footer; the schedule table's rows four tab-separated
    cells, isiXhosa dates on the weekday they name, a week apart, no-session rows without a paper;
  - 291 (to-read.txt): the counter line = the items ([x] read / all), a legend, date headers whose Afghan solar date
    (Persian digits) is the Gregorian date beside it, ascending; dated sections hold only items and four-space notes,
    the last section only "- " lines;
  - 292 (README.rw.md): the centred <div> balanced, the language switcher, shields.io badges, a [!WARNING] alert,
    fenced code blocks with a language, the table of contents = the "## " headings with GitHub's anchors, the results
    table well formed with each average = the mean of its three scores, BibTeX entries balanced with unique keys;
  - 293 (Google Lens text of slide photos): a dated header; photo names IMG_<date>_<time>.jpg on the lecture day,
    in lecture hours, in time order; each block's slide text ending with the footer and "n/N", slide numbers
    ascending in one deck; typed notes (">> ") only after the slide text;
  - 294 (exam class): \documentclass{exam}, one document environment ending the file; braces balanced;
    environments nested (\part in parts, \choice in choices, questions in questions); one \CorrectChoice per
    choices; no question with points of its own and pointed parts; the title block's total and bonus = the points;
  - 295 (examiner's report): header fields readable (Eastern Arabic digits), report dated after receipt and signed
    that day; sections and detailed comments numbered 1..N; every (chapter, page) locator inside the thesis and in
    page order; four recommendation boxes with one ticked;
  - 296 (NEGATIVE, defence announcement copied): breadcrumb ending with the page title; published before the
    defence, the defence on the Malagasy weekday it names; time range; the Zoom id = the link's; the jury (president
    first, two rapporteurs, examiners, one supervisor); chapters 1..n; other news newest first, not after publication.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–26."""

import csv, email, html, io, json, os, re, sys, uuid as uuidlib
from email import policy
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
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


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def html_text(s):
    """tags stripped, entities undone, each <a href> followed by its target"""
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " \x02" + m.group(1) + "\x03", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|td|th|blockquote|pre|figcaption|ul|ol|figure|summary|strong)>|<br ?/?>", "\n", s)
    return strip_tags(s).replace("\x02", "<").replace("\x03", ">")


def md_text(s):
    """Markdown: [text](url) as 'text <url>', emphasis markers removed (not inside URLs)"""
    s = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)\)", r"\1 <\2>", s)
    parts = re.split(r"(https?://[^\s<>()]+)", s)
    return "".join(p if k % 2 else re.sub(r"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s))", "", p) for k, p in enumerate(parts))


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.bad.append((tag, self.getpos()[0], self.stack[-1] if self.stack else None))
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag: self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()


def balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b


def is_uuid(s, version=None):
    try:
        u = uuidlib.UUID(s)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(u) == s.lower() and (version is None or u.version == version)






# ---------------------------------------------------------------- readers (decoded forms)
def mtables(raw):
    """288: pandoc multiline tables as (rule, header-dash line, column spans, rows); a row is a list of its lines"""
    L = raw.split("\n")
    out, k = [], 0
    while k < len(L):
        if re.fullmatch(r"  -{10,}", L[k]):
            j = k + 1
            while j < len(L) and not re.fullmatch(r"  -+( -+)+", L[j]): j += 1
            e = j + 1
            while e < len(L) and L[e] != L[k]: e += 1
            if j >= len(L) or e >= len(L): k += 1; continue
            spans = [(m.start(), m.end()) for m in re.finditer(r"-+", L[j])]
            rows, cur = [], []
            for l in L[j + 1:e] + [""]:
                if l: cur.append(l)
                elif cur: rows.append(cur); cur = []
            out.append((k, L[k], L[k + 1:j], spans, rows))
            k = e + 1
        else:
            k += 1
    return out


def mt_cells(lines, spans):
    cells = [[] for _ in spans]
    for l in lines:
        for i, (a, b) in enumerate(spans):
            t = (l[a:] if i == len(spans) - 1 else l[a:b]).strip()
            if t: cells[i].append(t)
    return [" ".join(c) for c in cells]


def mtable_text(raw):
    """288: every multiline table as rows of cell texts (a cell's wrapped lines joined), one row a line"""
    return "\n".join(" | ".join(mt_cells(r, spans)) for _, _, head, spans, rows in mtables(raw) for r in [head] + rows)


def pandoc_text(raw):
    """288: the Markdown as text: multiline-table cells joined, backslash escapes and [..]{.class} spans undone,
    links as 'text <url>'"""
    s = re.sub(r"\[([^\]]*)\]\{\.[\w-]+\}", r"\1", raw)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$@<>\"'|~^])", r"\1", s)
    return [md_text(s), mtable_text(raw)]


def tex_text(raw):
    """294: the LaTeX source as text: comments dropped, \\url{u} as u, \\href{u}{t} as 't <u>', ~ as a space,
    \\\\ as a line break, other commands dropped with their braces"""
    s = re.sub(r"(?<!\\)%.*", "", raw)
    s = re.sub(r"\\href\{([^}]*)\}\{([^}]*)\}", r"\2 <\1>", s)
    s = re.sub(r"\\url\{([^}]*)\}", r"\1", s)
    s = s.replace("~", " ").replace("\\\\", "\n")
    s = re.sub(r"\\(textit|textbf|emph|section\*?)\{([^}]*)\}", r"\2", s)
    return [s]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 288: forms += pandoc_text(raw)
    if n == 292: forms += [md_text(raw)]
    if n == 294: forms += tex_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def early_wrap(A, B, width):
    """B continues A's paragraph: True if B's first word would still have fitted on A"""
    return len(A) + 1 + len(B.split()[0]) <= width


def check_vim_report(f, raw):
    """287: a plain-text report hard-wrapped at 72 by the editor"""
    from datetime import timedelta
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab (the file is typed with spaces)")
    L = raw.split("\n")[:-1]
    for k, l in enumerate(L, 1):
        if l != l.rstrip(): errors.append(f"{f}: line {k} has trailing spaces")
        if len(l) > 72 and " " in l.strip(): errors.append(f"{f}: line {k} longer than 72 and breakable")
    # setext headings: underline as long as the heading, "=" for "n. ", "-" for "n.m "
    heads = []
    for k, l in enumerate(L):
        if re.fullmatch(r"=+|-{3,}", l) and k:
            h = L[k - 1]
            if len(l) != len(h): errors.append(f"{f}: underline of {h!r} not as long as the heading")
            m = re.fullmatch(r"(\d+)\. \S.*", h) if l[0] == "=" else re.fullmatch(r"(\d+)\.(\d+) \S.*", h)
            if not m: errors.append(f"{f}: {h!r} underlined with {l[0]!r} but not numbered for that level"); continue
            heads.append(tuple(int(x) for x in m.groups()))
    top = [h[0] for h in heads if len(h) == 1]
    if top != list(range(1, len(top) + 1)): errors.append(f"{f}: sections {top} not numbered 1..S")
    cur = 0
    for h in heads:
        if len(h) == 1: cur, sub = h[0], 0
        else:
            if h[0] != cur or h[1] != sub + 1: errors.append(f"{f}: subsection {h} out of order")
            sub = h[1]
    # the field block: values at column 23, continuations under the value
    first = next(k for k, l in enumerate(L) if re.fullmatch(r"=+", l)) - 1
    for l in L[:first]:
        m = re.match(r"([^\s:][^:]*:)( {2,})\S", l)
        if m and len(m.group(1) + m.group(2)) != 22: errors.append(f"{f}: field {m.group(1)!r} value not at column 23")
        if l.startswith(" ") and not l.startswith(" " * 22) or l.startswith(" " * 23): errors.append(f"{f}: field continuation not at column 23")
    # greedy wrapping in the body (sections up to the end of the references)
    ref_i = next((k for k, l in enumerate(L) if re.fullmatch(r"\d+\. Reference", l)), None)
    end = ref_i + 3 if ref_i is not None else len(L)
    while end < len(L) and L[end]: end += 1
    for k in range(first, end - 1):
        A, B = L[k], L[k + 1]
        if not A or not B or re.fullmatch(r"=+|-+", B) or re.fullmatch(r"=+|-+", A): continue
        if A.startswith(("+", "|")) or " | " in A or B.startswith(("+", "|")) or " | " in B or re.fullmatch(r"[-+]+", B): continue
        if re.match(r"(- |\[\d+\] )", B): continue
        if early_wrap(A, B, 72): errors.append(f"{f}: line {k + 1} wrapped too early")
    # courses: ECTS total and the running total
    rows = [re.fullmatch(r"\| (\d*) *\| (.+?) +\| +(\d+) \| +(\d*) \|", l) for l in L]
    rows = [m for m in rows if m]
    items = [int(m.group(3)) for m in rows if m.group(1)]
    tot = [int(m.group(3)) for m in rows if not m.group(1)]
    if [m.group(1) for m in rows if m.group(1)] != [str(i) for i in range(1, len(items) + 1)]: errors.append(f"{f}: course rows not numbered 1..n")
    if len(tot) != 1 or sum(items) != tot[0]: errors.append(f"{f}: ECTS rows {items} do not sum to the total {tot}")
    rm = re.search(r"Ukupno ECTS do sada: (\d+) od 180 \(prva godina: (\d+)\)", " ".join(raw.split()))
    if not rm or tot and int(rm.group(1)) != int(rm.group(2)) + tot[0]: errors.append(f"{f}: running ECTS total wrong")
    # the plan: contiguous marks per activity, K1..K4
    pl = [l for l in L if re.match(r"A\d ", l)]
    for l in pl:
        cells = [c.strip() for c in l.split("|")[1:]]
        marks = [i for i, c in enumerate(cells) if c == "xx"]
        if not marks or marks != list(range(marks[0], marks[-1] + 1)) or any(c not in ("", "xx") for c in cells): errors.append(f"{f}: plan row {l[:20]!r} not one run of xx")
    # dates: twelve months, submitted after the period, signed on the submission day
    pm = re.search(r"^Izvještajni period: +(\d\d)\.(\d\d)\.(\d{4})\. – (\d\d)\.(\d\d)\.(\d{4})\. \((\d+) mjeseci\)$", raw, re.M)
    sm = re.search(r"^Datum predaje: +(\d\d\.\d\d\.\d{4})\.$", raw, re.M)
    try:
        a = datetime(int(pm.group(3)), int(pm.group(2)), int(pm.group(1)))
        b = datetime(int(pm.group(6)), int(pm.group(5)), int(pm.group(4)))
        n = int(pm.group(7))
        nxt = datetime(a.year + (a.month - 1 + n) // 12, (a.month - 1 + n) % 12 + 1, a.day)
        if nxt - timedelta(days=1) != b: errors.append(f"{f}: the period is not {n} months")
        s = datetime.strptime(sm.group(1), "%d.%m.%Y")
        if not b < s <= b + timedelta(days=31): errors.append(f"{f}: submitted {s.date()} not within a month after the period")
        if f"Sarajevo, {sm.group(1)}." not in L: errors.append(f"{f}: signature date is not the submission date")
    except (AttributeError, ValueError) as ex:
        errors.append(f"{f}: period/submission dates unreadable ({ex})")
    # references: [1]..[N] in order of first citation, all cited
    if ref_i is None: errors.append(f"{f}: no references section"); return
    refs = [int(x) for x in re.findall(r"^\[(\d+)\] ", "\n".join(L[ref_i:]), re.M)]
    if refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not numbered 1..N")
    first_c = []
    for x in re.findall(r"\[(\d+)\]", "\n".join(L[:ref_i])):
        if int(x) not in first_c: first_c.append(int(x))
    if first_c != refs: errors.append(f"{f}: citation order {first_c} is not the reference numbering")


SMART = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"


def check_pandoc_md(f, raw):
    """288: pandoc 3's Markdown writer output for a .docx"""
    lf_final(f, raw)
    m = re.match(r"---\n((?:[a-z]+: .+\n)+)---\n\n", raw)
    if not m: errors.append(f"{f}: no YAML metadata block first"); return
    keys = [l.split(":")[0] for l in m.group(1).splitlines()]
    if keys != sorted(keys) or not set(keys) <= {"author", "date", "subtitle", "title"}: errors.append(f"{f}: metadata keys {keys} not pandoc's sorted docx keys")
    body = raw[m.end():]
    for c in SMART:
        if c in body: errors.append(f"{f}: {c!r} left (pandoc's smart writer writes ' \" -- --- ...)")
    L = body.split("\n")[:-1]
    tables = mtables(body)
    in_table = {i for t0, rule, head, spans, rows in tables for i in range(t0, t0 + len(head) + 3 + sum(len(r) + 1 for r in rows))}
    for k, l in enumerate(L, 1):
        if k - 1 in in_table: continue
        if len(l) > 72 and " " in l.strip(): errors.append(f"{f}: body line {k} longer than 72 and breakable")
        if l != l.rstrip(): errors.append(f"{f}: body line {k} has trailing spaces")
        if re.match(r"#+[^# ]", l): errors.append(f"{f}: heading without a space")
        if re.match(r"[*+] |- (?!  )", l): errors.append(f"{f}: list marker not pandoc's '-   '")
    # lists numbered 1..n, continuations four spaces in
    for blk in re.split(r"\n\n+", body):
        nums = re.findall(r"^(\d+)\.\s", blk, re.M)
        if nums and [int(x) for x in nums] != list(range(1, len(nums) + 1)): errors.append(f"{f}: numbered list {nums} not 1..n")
        bl = [l for l in blk.split("\n") if l]
        if re.match(r"(-   |\d+\.  |\[\^\d+\]: )", bl[0]):
            for l in bl[1:]:
                if not re.match(r"(-   |\d+\.  )", l) and not l.startswith("    "): errors.append(f"{f}: list/footnote continuation not indented four: {l[:30]!r}")
    # greedy wrapping of paragraphs, items and footnotes
    marker = re.compile(r"(\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)[.)]|>.*")
    for k in range(len(L) - 1):
        A, B = L[k], L[k + 1]
        if not A or not B or k in in_table or k + 1 in in_table or A.startswith(("#", "---")) or B.startswith("#"): continue
        if re.match(r"(-   |\d+\.  |\[\^\d+\]: )", B): continue
        w = B.split()
        unit = w[0] + (" " + w[1] if len(w) > 1 and marker.fullmatch(w[1]) else "")
        if len(A) + 1 + len(unit) <= 72: errors.append(f"{f}: body line {k + 1} wrapped too early")
        if marker.fullmatch(w[0]): errors.append(f"{f}: body line {k + 2} starts with a list marker (pandoc avoids that break)")
    # images: media/image1.. in order with width/height in inches
    imgs = re.findall(r"!\[[^\]]*\]\(\./media/image(\d+)\.(?:png|jpeg|gif|emf)\)\{([^}]*)\}", body)
    if [int(n) for n, _ in imgs] != list(range(1, len(imgs) + 1)) or not imgs: errors.append(f"{f}: images not ./media/image1..N")
    for _, a in imgs:
        if not re.fullmatch(r'width="[\d.]+in"\s+height="[\d.]+in"', a): errors.append(f"{f}: image attributes {a!r} not width/height in inches")
    # footnotes: marks in order, each defined once, definitions last
    defs_at = [k for k, l in enumerate(L) if re.match(r"\[\^\d+\]: ", l)]
    text = "\n".join(L[:defs_at[0]] if defs_at else L)
    marks = [int(x) for x in re.findall(r"\[\^(\d+)\](?!:)", text)]
    defs = [int(re.match(r"\[\^(\d+)\]", L[k]).group(1)) for k in defs_at]
    if marks != list(range(1, len(marks) + 1)) or defs != marks: errors.append(f"{f}: footnote marks {marks} / definitions {defs} not 1..n")
    if defs_at and any(l and not re.match(r"(\[\^\d+\]: |    )", l) for l in L[defs_at[0]:]): errors.append(f"{f}: text after the footnotes")
    # multiline tables: rules as wide as the columns, cells inside their columns, padding kept up to the last column
    for t0, rule, head, spans, rows in tables:
        if len(rule) - 2 != spans[-1][1] - spans[0][0] or spans[0][0] != 2: errors.append(f"{f}: table rule not as wide as the columns")
        for r in [head] + rows:
            for i, l in enumerate(r):
                if not l.startswith("  ") or any(len(l) > a_ - 1 and l[a_ - 1] != " " for a_, _ in spans[1:]): errors.append(f"{f}: table line not inside its columns: {l[:30]!r}")
                if not l[spans[-1][0]:].strip() and len(l) != spans[-1][0] or l[spans[-1][0]:].strip() and l != l.rstrip():
                    errors.append(f"{f}: table line {l.strip()[:20]!r} of length {len(l)}: not padded to the last column ({spans[-1][0]}) or padded after it")
    # the costs table adds up
    val = lambda s_: round(float(s_.replace(".", "").replace(",", ".")), 2)
    for t0, rule, head, spans, rows in tables:
        if mt_cells(head, spans)[-1] != "Betrag (EUR)": continue
        cells = [mt_cells(r, spans) for r in rows]
        try:
            if cells[-1][0] != "Total" or round(sum(val(c[1]) for c in cells[:-1]), 2) != val(cells[-1][1]): errors.append(f"{f}: cost rows do not add up to the Total")
        except (ValueError, IndexError):
            errors.append(f"{f}: cost table unreadable")


def mdate(s, year=2024):
    return datetime.strptime(f"{s} {year}", "%b %d %Y")


def check_classroom(f, raw):
    """289: a Google Classroom material page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    if L[:2] != ["Main menu", "Classroom"]: errors.append(f"{f}: not Classroom's top bar"); return
    cls = L[2]
    for want in ("Home", "Calendar", "Enrolled", "To-do", "Archived classes", "Settings", "Stream", "Classwork", "People"):
        if want not in L: errors.append(f"{f}: menu item {want!r} missing")
    try:
        side = L[L.index("To-do") + 1:L.index("Archived classes")]
    except ValueError:
        side = []
    if cls not in side: errors.append(f"{f}: the class is not in the side menu's class list")
    pm = [re.fullmatch(r"(.+) • (\w{3} \d{1,2})(?: \(Edited (\w{3} \d{1,2})\))?", l) for l in L]
    pm = [m for m in pm if m]
    if len(pm) != 1: errors.append(f"{f}: no single '<teacher> • <date>' line"); return
    teacher, posted = pm[0].group(1), mdate(pm[0].group(2))
    if pm[0].group(3) and mdate(pm[0].group(3)) < posted: errors.append(f"{f}: edited before posted")
    nums = [int(x) for x in re.findall(r"^(\d+)\. \S", raw, re.M)]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: reading list not numbered 1..n")
    try:
        c = L.index("Class comments")
    except ValueError:
        errors.append(f"{f}: no 'Class comments'"); return
    k = c - 2
    while k >= 0 and L[k]: k -= 1
    att = L[k + 1:c - 1]
    if len(att) % 2 or not att: errors.append(f"{f}: attachments are not title/kind pairs")
    for t, kind in zip(att[0::2], att[1::2]):
        if not (kind in ("PDF", "Google Docs", "Google Slides", "Google Sheets") or re.fullmatch(r"YouTube video \d+ minutes?", kind)
                or re.fullmatch(r"https://\S+", kind)):
            errors.append(f"{f}: attachment {t[:30]!r} with kind {kind!r}")
        if kind.startswith("https://arxiv.org/abs/") and not t.startswith("[" + kind.rsplit("/", 1)[1] + "] "): errors.append(f"{f}: arXiv card title not '[ID] Title'")
    cm = re.fullmatch(r"(\d+) class comments?", L[c + 1])
    try:
        e = L.index("Add class comment…")
    except ValueError:
        errors.append(f"{f}: no 'Add class comment…'"); return
    blocks = [b.strip("\n").split("\n") for b in "\n".join(L[c + 3:e]).split("\n\n") if b.strip()]
    if not cm or int(cm.group(1)) != len(blocks): errors.append(f"{f}: '{L[c + 1]}' but {len(blocks)} comments")
    prev = posted
    for b in blocks:
        try:
            d = mdate(b[1])
        except (ValueError, IndexError):
            errors.append(f"{f}: comment {b[0][:20]!r} without a date"); continue
        if len(b) != 3 or d < prev: errors.append(f"{f}: comment {b[0][:20]!r} not name/date/text in date order after posting")
        prev = d
    if L[e + 1:] != [""]: errors.append(f"{f}: text after 'Add class comment…'")


XH_DAYS = ["Mvulo", "Lwesibini", "Lwesithathu", "Lwesine", "Lwesihlanu", "Mgqibelo", "Cawa"]
XH_MONTHS = ["Janyuwari", "Februwari", "Matshi", "Epreli", "Meyi", "Juni", "Julayi", "Agasti", "Septemba", "Okthobha",
             "Novemba", "Disemba"]


def check_gsites(f, raw):
    """290: a (new) Google Sites page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    if L[:4] != ["Search this site", "Embedded Files", "Skip to main content", "Skip to navigation"]: errors.append(f"{f}: not Google Sites' page head")
    site = L[4]
    try:
        j = L.index(site, 5)
    except ValueError:
        errors.append(f"{f}: the header does not repeat the site name"); return
    nav = L[5:j]
    if L[j + 1] != "" or L[j + 2] not in nav: errors.append(f"{f}: page title {L[j + 2]!r} not in the navigation {nav}")
    if L[-6:] != ["Google Sites", "Report abuse", "Page details", "Page updated", "Google Sites", ""]: errors.append(f"{f}: not Google Sites' footer")
    try:
        h = L.index("Umhla\tUmbonisi\tIphepha\tIkhonkco")
    except ValueError:
        errors.append(f"{f}: no schedule table header"); return
    prev = None
    for l in L[h + 1:]:
        if not l: break
        c = l.split("\t")
        m = re.fullmatch(r"(\w+), (\d{1,2}) (\w+) (\d{4})", c[0])
        try:
            d = datetime(int(m.group(4)), XH_MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        except (AttributeError, ValueError):
            errors.append(f"{f}: date {c[0]!r} not 'Day, d Month yyyy' in isiXhosa"); continue
        if XH_DAYS[d.weekday()] != m.group(1): errors.append(f"{f}: {c[0]} is not a {m.group(1)}")
        if prev and (d - prev).days != 7: errors.append(f"{f}: {c[0]} not a week after the row above")
        prev = d
        if len(c) != 4 or (not c[2]) != c[1].startswith("Akukho seshoni"): errors.append(f"{f}: row {c[0]!r} not four cells (or a no-session row)")


FA_DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
AF_MONTHS = ["وری", "غويی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"]


def hijri_to_greg(y, m, d):
    """solar hijri → gregorian around 1402/1403 (1 Wray 1403 = 2024-03-20; Kab 1402 has 29 days)"""
    from datetime import date, timedelta
    if y == 1402 and m == 12 and 1 <= d <= 29: return date(2024, 2, 19) + timedelta(days=d)
    if y == 1403 and 1 <= m <= 11 and 1 <= d <= (31 if m <= 6 else 30):
        return date(2024, 3, 20) + timedelta(days=31 * min(m - 1, 6) + 30 * max(m - 7, 0) + d - 1)
    raise ValueError(f"{y}/{m}/{d} outside the supported range")


def check_toread(f, raw):
    """291: a personal to-read scratch file"""
    lf_final(f, raw)
    L = raw.split("\n")
    items = re.findall(r"^\[([ x~])\] \S", raw, re.M)
    m = re.fullmatch(r"لوستل شوې: (\d+) / (\d+)", L[0])
    if not m or int(m.group(1)) != items.count("x") or int(m.group(2)) != len(items): errors.append(f"{f}: the counter line does not match the items")
    if not L[1].startswith("نښې: [x] "): errors.append(f"{f}: no legend")
    prev = None
    sect = None
    for k, l in enumerate(L[3:], 4):
        if l.startswith("== "):
            hm = re.fullmatch(r"== ([۰-۹]{4}) (\S+) ([۰-۹]{1,2}) — (\d{4}-\d\d-\d\d) ==", l)
            sect = "dated" if hm else "other"
            if not hm:
                if not re.fullmatch(r"== .+ ==", l): errors.append(f"{f}: line {k}: malformed section header")
                continue
            try:
                g = datetime.strptime(hm.group(4), "%Y-%m-%d").date()
                h = hijri_to_greg(int(hm.group(1).translate(FA_DIG)), AF_MONTHS.index(hm.group(2)) + 1, int(hm.group(3).translate(FA_DIG)))
                if g != h: errors.append(f"{f}: line {k}: solar date is {h}, not {g}")
            except ValueError as ex:
                errors.append(f"{f}: line {k}: date unreadable ({ex})"); continue
            if prev and g <= prev: errors.append(f"{f}: line {k}: dates not ascending")
            prev = g
            continue
        if not l: continue
        if sect == "dated" and not (re.match(r"\[[ x~]\] \S", l) or re.match(r"    \S", l)): errors.append(f"{f}: line {k}: neither an item nor an indented note")
        if sect == "other" and not l.startswith("- "): errors.append(f"{f}: line {k}: not a '- ' line in the last section")
        if sect is None: errors.append(f"{f}: line {k}: text before the first date")


def gh_slug(h):
    s = re.sub(r"[^\w\- ]", "", h.strip().lower())
    return s.replace(" ", "-")


def check_readme(f, raw):
    """292: a translated GitHub README"""
    lf_final(f, raw)
    if raw.count('<div align="center">') != raw.count("</div>") or not raw.startswith('<div align="center">'): errors.append(f"{f}: centred <div> not balanced")
    if not re.search(r"^\[English\]\(README\.md\) \| \*\*Kinyarwanda\*\*( \| \[[^\]]+\]\(README\.\w\w\.md\))*$", raw, re.M): errors.append(f"{f}: no language switcher")
    for b in re.findall(r"^\[!\[[^\]]*\]\(([^)]+)\)\]\([^)]+\)$", raw, re.M):
        if not b.startswith("https://img.shields.io/badge/"): errors.append(f"{f}: badge {b[:40]} not a shields.io badge")
    if not re.search(r"^> \[!WARNING\]\n(> .+\n)+", raw, re.M): errors.append(f"{f}: no '> [!WARNING]' alert")
    fences = re.findall(r"^```(\w*)$", raw, re.M)
    if len(fences) % 2 or any(not fences[i] for i in range(0, len(fences), 2)) or any(fences[i] for i in range(1, len(fences), 2)): errors.append(f"{f}: code fences not balanced (opening ones with a language)")
    outside = re.sub(r"(?ms)^```\w+\n.*?^```$", "", raw)
    heads = re.findall(r"^## (.+)$", outside, re.M)
    toc = re.findall(r"^- \[([^\]]+)\]\(#([^)]+)\)$", outside, re.M)
    want = [(h, gh_slug(h)) for h in heads if h != "Ibirimo"]
    if toc != want: errors.append(f"{f}: table of contents {toc} is not the headings with GitHub's anchors")
    rows = [l for l in raw.split("\n") if l.startswith("| ")]
    if rows:
        n = rows[0].count("|")
        if any(r.count("|") != n for r in rows) or not re.fullmatch(r"\|(-+:?\|)+|\|(---\|)(---:\|)+", raw.split("\n")[raw.split("\n").index(rows[0]) + 1]): errors.append(f"{f}: results table malformed")
        for r in rows[1:]:
            c = [x.strip() for x in r.strip("|").split("|")]
            try:
                v = [float(x) for x in c[2:5]]
                if f"{round(sum(v) / 3 + 1e-9, 1):.1f}" != c[5]: errors.append(f"{f}: average of {c[0]!r} is not {c[5]}")
            except ValueError:
                errors.append(f"{f}: results row {c[0]!r} not numeric")
    bib = re.search(r"(?ms)^```bibtex\n(.*?)^```$", raw)
    if not bib: errors.append(f"{f}: no BibTeX block"); return
    for e in re.split(r"\n(?=@)", bib.group(1).strip()):
        if not re.match(r"@\w+\{[\w:-]+,", e) or e.count("{") != e.count("}"): errors.append(f"{f}: BibTeX entry {e[:25]!r} malformed or unbalanced")
    keys = re.findall(r"^@\w+\{([\w:-]+),", bib.group(1), re.M)
    if len(keys) != len(set(keys)): errors.append(f"{f}: a BibTeX key used twice")


def check_lens(f, raw):
    """293: Google Lens text of slide photos pasted into a note"""
    lf_final(f, raw)
    hm = re.match(r"DL ക്ലാസ് (\d\d)/(\d\d)/(\d{4}) — ", raw)
    if not hm: errors.append(f"{f}: no dated header line"); return
    day = f"{hm.group(3)}{hm.group(2)}{hm.group(1)}"
    blocks = re.split(r"(?m)^--- (IMG_\d{8}_\d{6}\.jpg) ---\n", raw)[1:]
    prev_t, prev_n, NN = None, 0, None
    for name, body in zip(blocks[0::2], blocks[1::2]):
        m = re.fullmatch(r"IMG_(\d{8})_(\d{6})\.jpg", name)
        try:
            t = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
        except ValueError:
            errors.append(f"{f}: {name}: not a camera time stamp"); continue
        if m.group(1) != day: errors.append(f"{f}: {name} not taken on the lecture day")
        if prev_t and t <= prev_t: errors.append(f"{f}: {name} not after the photo above")
        if not 9 <= t.hour < 13: errors.append(f"{f}: {name} outside the lecture hours")
        prev_t = t
        lines = [l for l in body.split("\n") if l]
        notes = [i for i, l in enumerate(lines) if l.startswith(">> ")]
        slide = lines[:notes[0]] if notes else lines
        if notes and notes != list(range(notes[0], len(lines))): errors.append(f"{f}: {name}: a typed note inside the slide text")
        if len(slide) < 3 or slide[-2] != "CS464 Deep Learning · GEC Thrissur": errors.append(f"{f}: {name}: footer not second-last"); continue
        sm = re.fullmatch(r"(\d+)/(\d+)", slide[-1])
        if not sm: errors.append(f"{f}: {name}: no 'n/N' slide number last"); continue
        n, N = int(sm.group(1)), int(sm.group(2))
        if NN is not None and N != NN: errors.append(f"{f}: {name}: deck length {N} changed")
        NN = N
        if not prev_n < n <= N: errors.append(f"{f}: {name}: slide {n} not after slide {prev_n}")
        prev_n = n


def check_exam(f, raw):
    """294: an exam-class LaTeX source"""
    lf_final(f, raw)
    src = re.sub(r"(?<!\\)%.*", "", raw)
    if not re.search(r"^\\documentclass\[[^\]]*\]\{exam\}$", src, re.M): errors.append(f"{f}: not the exam class")
    body = src.split("\\begin{document}")
    if len(body) != 2 or src.rstrip().split("\n")[-1] != "\\end{document}": errors.append(f"{f}: document environment not whole"); return
    t = re.sub(r"\\[{}]", "", src)
    depth = 0
    for ch in t:
        depth += (ch == "{") - (ch == "}")
        if depth < 0: break
    if depth: errors.append(f"{f}: braces not balanced")
    stack = []
    for m in re.finditer(r"\\(begin|end)\{(\w+\*?)\}|\\(part|choice|CorrectChoice|question|bonusquestion)\b", body[1]):
        if m.group(1) == "begin": stack.append(m.group(2))
        elif m.group(1) == "end" and m.group(2) == "document" and not stack: continue
        elif m.group(1) == "end":
            if not stack or stack.pop() != m.group(2): errors.append(f"{f}: \\end{{{m.group(2)}}} does not close the open environment"); break
        else:
            want = {"part": "parts", "choice": "choices", "CorrectChoice": "choices", "question": "questions", "bonusquestion": "questions"}[m.group(3)]
            if not stack or stack[-1] != want: errors.append(f"{f}: \\{m.group(3)} outside {want}")
    if stack: errors.append(f"{f}: environments left open: {stack}")
    for ch in re.findall(r"\\begin\{choices\}(.*?)\\end\{choices\}", body[1], re.S):
        if ch.count("\\CorrectChoice") != 1: errors.append(f"{f}: a choices list without exactly one \\CorrectChoice")
    qs = re.split(r"\\(?=question\b|bonusquestion\b)", body[1].split("\\begin{questions}")[-1].split("\\end{questions}")[0])[1:]
    total, bonus = 0, 0
    for q in qs:
        m = re.match(r"(bonusquestion|question)(?:\[(\d*)\])?", q)
        own = int(m.group(2)) if m.group(2) else 0
        parts = [int(x) for x in re.findall(r"\\(?:sub)*part\[(\d+)\]", q)]
        if own and parts: errors.append(f"{f}: a question with points of its own and pointed parts (counted twice)")
        if not own and not parts: errors.append(f"{f}: a question worth nothing")
        if m.group(1) == "bonusquestion": bonus += own + sum(parts)
        else: total += own + sum(parts)
    tm = re.search(r"Ҳамагӣ: (\d+) хол \(\+(\d+) холи иловагӣ\)", src)
    if not tm or int(tm.group(1)) != total or int(tm.group(2)) != bonus: errors.append(f"{f}: the title block's total is not the points ({total} + {bonus} bonus)")


AR_DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def check_examiner(f, raw):
    """295: an examiner's report typed as plain text"""
    lf_final(f, raw)
    g = lambda lab: next((l.split(": ", 1)[1] for l in raw.split("\n") if l.startswith(lab + ": ")), "")
    try:
        pages, chapters = int(g("ژمارەی لاپەڕەکان").translate(AR_DIG)), int(g("ژمارەی بەشەکان").translate(AR_DIG))
        rec = datetime.strptime(g("بەرواری وەرگرتنی نامە"), "%Y/%m/%d")
        rep = datetime.strptime(g("بەرواری ڕاپۆرت"), "%Y/%m/%d")
    except ValueError as ex:
        errors.append(f"{f}: header fields unreadable ({ex})"); return
    if rep < rec: errors.append(f"{f}: report dated before the thesis was received")
    if g("بەروار") != g("بەرواری ڕاپۆرت"): errors.append(f"{f}: signature date is not the report date")
    heads = [int(x.translate(AR_DIG)) for x in re.findall(r"^([٠-٩]+)\. [^(]\S*", raw, re.M)]
    secs = re.findall(r"^([٠-٩]+)\. (?!\()", raw, re.M)
    cm = re.findall(r"^([٠-٩]+)\. \(بەشی ([٠-٩]+)، لاپەڕە ([٠-٩]+)\) \S", raw, re.M)
    if [int(s.translate(AR_DIG)) for s in secs] != list(range(1, len(secs) + 1)): errors.append(f"{f}: section headings not numbered 1..S")
    nums = [int(a.translate(AR_DIG)) for a, _, _ in cm]
    if nums != list(range(1, len(nums) + 1)) or not nums: errors.append(f"{f}: detailed comments not numbered 1..N")
    loc = [(int(c.translate(AR_DIG)), int(p.translate(AR_DIG))) for _, c, p in cm]
    for c, p in loc:
        if not 1 <= c <= chapters or not 1 <= p <= pages: errors.append(f"{f}: locator (chapter {c}, page {p}) outside the thesis")
    if loc != sorted(loc) or any(a[1] >= b[1] for a, b in zip(loc, loc[1:])): errors.append(f"{f}: comments not in page order")
    boxes = re.findall(r"^\[([ X])\] \S", raw, re.M)
    if len(boxes) != 4 or boxes.count("X") != 1: errors.append(f"{f}: recommendation not four boxes with one ticked")


MG_DAYS = ["Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Asabotsy", "Alahady"]
MG_MONTHS = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
             "Novambra", "Desambra"]


def mgdate(s):
    d, mo, y = s.split()
    return datetime(int(y), MG_MONTHS.index(mo) + 1, int(d))


def check_defence(f, raw):
    """296: a thesis-defence announcement copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    crumb = next((l for l in L if l.startswith("Fandraisana / ")), "")
    k = L.index(crumb) if crumb else 0
    if not crumb or L[k + 2] != crumb.split(" / ")[-1]: errors.append(f"{f}: breadcrumb's last item is not the page title")
    g = lambda lab: [l.split(": ", 1)[1] for l in L if l.startswith(lab + ": ")]
    try:
        pub = mgdate(g("Navoaka")[0])
        dm = re.fullmatch(r"(\w+) (\d{1,2} \w+ \d{4})", g("Daty")[0])
        day = mgdate(dm.group(2))
        if MG_DAYS[day.weekday()] != dm.group(1): errors.append(f"{f}: the defence day is not a {dm.group(1)}")
        if not pub < day: errors.append(f"{f}: announced after the defence")
    except (IndexError, AttributeError, ValueError) as ex:
        errors.append(f"{f}: dates unreadable ({ex})"); pub = None
    tm = re.match(r"(\d\d):(\d\d) – (\d\d):(\d\d)", (g("Ora") or [""])[0])
    if not tm or tm.group(1, 2) >= tm.group(3, 4): errors.append(f"{f}: time range not start – end")
    zm = re.search(r"zoom\.us/j/(\d+) \(ID: ([\d ]+),", raw)
    if not zm or zm.group(1) != zm.group(2).replace(" ", ""): errors.append(f"{f}: Zoom meeting id is not the link's")
    jury = [l.split(":")[0] for l in L[L.index("Mpitsara") + 2:] if l][:0] if "Mpitsara" in L else []
    try:
        i = L.index("Mpitsara") + 2
        jury = []
        while L[i]:
            jury.append(L[i].split(":")[0]); i += 1
    except (ValueError, IndexError):
        jury = []
    if not jury or jury[0] != "Filoha" or jury.count("Mpanadihady") != 2 or jury.count("Mpitarika") != 1 or "Mpandinika" not in jury: errors.append(f"{f}: jury {jury} not president, two rapporteurs, examiners, supervisor")
    toko = [int(x) for x in re.findall(r"^Toko (\d+): ", raw, re.M)]
    if toko != list(range(1, len(toko) + 1)) or not toko: errors.append(f"{f}: chapters not numbered 1..n")
    try:
        o = L.index("Vaovao hafa") + 2
        news = []
        while L[o]:
            news.append(mgdate(L[o].rsplit(" — ", 1)[1])); o += 1
        if news != sorted(news, reverse=True) or (pub and any(d > pub for d in news)): errors.append(f"{f}: other news not newest first, before publication")
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: other news unreadable ({ex})")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 287: check_vim_report(f, raw)
    if n == 288: check_pandoc_md(f, raw)
    if n == 289: check_classroom(f, raw)
    if n == 290: check_gsites(f, raw)
    if n == 291: check_toread(f, raw)
    if n == 292: check_readme(f, raw)
    if n == 293: check_lens(f, raw)
    if n == 294: check_exam(f, raw)
    if n == 295: check_examiner(f, raw)
    if n == 296: check_defence(f, raw)


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
        raw = open(path, encoding="utf-8", newline="").read()
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-26) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 27)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r23 = set()
p23 = os.path.join(TD, "digests-round26", "expected.json")
if os.path.exists(p23):
    r23 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p23)).values() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:70s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (digests-own, rounds 8-26): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round26: {sum(1 for k in allrecs if k in r23)}; papers in more than one round27 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
