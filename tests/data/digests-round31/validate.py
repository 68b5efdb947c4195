#!/usr/bin/env python3
r"""Checks round31/expected.json against the digests and the shared catalogues.

Adapted from round30/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–30 — all from /work/main/tests/data — tells how many papers round30 also used, and which papers round31 uses
in more than one file; the readers and shape checks are new). Each digest is read in its raw form and in decoded
forms, the way a reader of that shape would see it:
  - pdftotext -layout output (327): the raw text, form feeds as line breaks;
  - LibreOffice CSV (329): each cell, parsed with the csv module;
  - LibreOffice HTML (331): the text with tags removed (each link followed by its target) and the meta contents;
  - .eml (333): the Subject decoded, then the 8bit body with format=flowed soft breaks joined;
  - LaTeX (334): comments dropped, \url{} / \emph{} unwrapped, ~ and \, as spaces, \& and \% undone;
  - the Markdown, plain-text and copied files (328, 330, 332, 335, 336): the raw text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (wrapped over PDF
lines in 327, mail lines in 333), or only in a decoded form, is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 31
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 327 (pdftotext -layout of a consultation response): no CR; every page ends with a form feed; each page's last
    line is the right-aligned "Leqephe n ho N" with the right n and N; pages 2.. start with the running header; no
    line wider than the page; numbered paragraphs 1..N; sources first cited "[n]" in the order 1..N = the "Mehlodi"
    list;
  - 328 (Markdown oral-exam questions): LF, final newline; sessions "## YYYY-MM-DD — apeło de <month>" newest first,
    the month's Venetian name right; "Ultimo agiornamento" = the newest session; the index = the sessions and their
    question counts; questions numbered 1.. per session; grades 18–30, "30 e lode" or "no dito"; only question, hint
    and "Scrito da" lines in a session;
  - 329 (LibreOffice CSV query sheet): LF, final newline; the header; six cells a row; C1..Cn; page/line order;
    status Resuelto/Pendient; a query pointing back only at an earlier query; no cell quoted without need;
  - 330 (exhibition texts): LF, final newline; P and E codes numbered from 01; each text's "(n byervos)" = its words
    and within the stated limit; "Fuentes:" followed by "– " lines; QR lines https URLs; the closing total;
  - 331 (LibreOffice HTML): LibreOffice's doctype, generator, body lang fur, tags balanced, created ≤ changed; the
    budget rows written as 1.234,00, the total row = the sums, spent ≤ granted; citations first used 1..N = the
    bibliography;
  - 332 (ethics application print view): the application number in header = footer; sections A, B, … in order;
    questions numbered per section, each answered; submission < start < end, the duration in months, printed after
    submission; participant groups add up to the total; references first cited 1..N = the list;
  - 333 (.eml, format=flowed): CRLF only; the headers once; 8-bit only in the body; text/plain UTF-8 8bit
    format=flowed; Date on its weekday; body lines ≤ 72 (+ the soft-break space) unless a long URL, no line ending
    in two spaces, no unstuffed "From "/">"/" " line, no soft break before an empty line; the letter's words between
    "Dia Edita," and "Yu yet," = the stated count, within the stated limit;
  - 334 (LaTeX): LF; environments nested, braces balanced; \cite keys in order of first use = the \bibitem's (unsrt);
    weekly hours = the table's total = "Oras totales", at least the minimum;
  - 335 (HPC proposal copied): the proposal number in header = footer; each row's GPUs × hours × runs = its
    GPU-hours; the total = the rows' sum; node-hours × 4 = the total; within the class limit; references first cited
    1..N = the list;
  - 336 (NEGATIVE, list of works copied): works numbered 1..N = "n ober"; private view < opening ≤ closing (Cornish
    month names); each work five lines, its year ≤ the exhibition's, the artist born before it, dimensions
    "h × w cm" or "amrywiek", price "£n" or "Nyns yw rag gwertha".
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–30."""

import csv, email, html, io, json, math, os, re, sys
from collections import Counter
from datetime import datetime, timedelta
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
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


def crlf_only(f, raw, final=True):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line not ended by CRLF")
    if final and not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(path):
    """the digest as text (UTF-8; the .eml's 8bit body is UTF-8)"""
    return open(path, encoding="utf-8", newline="").read()


class _Text(HTMLParser):
    """HTML as text: tags removed, each <a href> followed by its target, <meta content> kept"""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out, self.href = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a": self.href.append(a.get("href") or "")
        if tag == "meta" and a.get("content"): self.out.append("\n" + a["content"] + "\n")
        if tag in ("p", "li", "h1", "h2", "br", "tr", "td", "title"): self.out.append("\n")

    def handle_endtag(self, tag):
        if tag == "a" and self.href: self.out.append(f" <{self.href.pop()}>")

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Text(); p.feed(s); p.close()
    return "".join(p.out)


def csv_text(raw):
    """329: the CSV's cells, one a line"""
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    return ["\n".join(c for r in rows for c in r)]


def eml_text(raw):
    """333: the Subject decoded, then the 8bit body with format=flowed soft breaks joined"""
    m = email.message_from_string(raw)
    subj = str(make_header(decode_header(m.get("Subject", ""))))
    body = raw.partition("\r\n\r\n")[2]
    joined = re.sub(r" \r\n(?!\r\n)", " ", body).replace("\r\n", "\n")
    return [subj + "\n\n" + joined]


def tex_text(raw):
    """334: TeX undone: comments dropped, \\url{} / \\emph{} unwrapped, ~ and \\, as spaces"""
    s = re.sub(r"(?<!\\)%.*", "", raw)
    s = re.sub(r"\\(?:url|emph|textit|textbf)\{([^{}]*)\}", r"\1", s)
    s = s.replace("~", " ").replace("\\,", " ").replace("\\&", "&").replace("\\%", "%")
    return [s]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 327: forms += [raw.replace("\f", "\n")]
    if n == 329: forms += csv_text(raw)
    if n == 331: forms += [html_text(raw)]
    if n == 333: forms += eml_text(raw)
    if n == 334: forms += tex_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def first_use(text):
    seen = []
    for x in re.findall(r"\[(\d+)\]", text):
        if int(x) not in seen: seen.append(int(x))
    return seen


def check_pdftotext_layout(f, raw):
    """327: pdftotext -layout of the consultation response"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: the last page not ended by a form feed"); return
    pages = raw.split("\f")[:-1]
    N = len(pages)
    for i, p in enumerate(pages, 1):
        last = p.rstrip("\n").split("\n")[-1]
        m = re.fullmatch(r" +Leqephe (\d+) ho (\d+)", last)
        if not m or (int(m.group(1)), int(m.group(2))) != (i, N): errors.append(f"{f}: page {i}'s footer is {last.strip()!r}, not 'Leqephe {i} ho {N}'")
        head = p.lstrip("\n").split("\n")[0].strip()
        if i > 1 and not head.startswith("Setsi sa Puo le Theknoloji ya Sesotho (SPTS)"): errors.append(f"{f}: page {i} without the running header")
        if any(len(l) > 100 for l in p.split("\n")): errors.append(f"{f}: page {i}: a line wider than the page")
    text = raw.replace("\f", "\n")
    nums = [int(m.group(1)) for m in re.finditer(r"^ {6}(\d+)\. {2,}\S", text, re.M)]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: paragraphs numbered {nums}")
    body, _, refs = text.partition("\n      Mehlodi\n")
    if not refs: errors.append(f"{f}: no 'Mehlodi' list"); return
    listed = [int(x) for x in re.findall(r"^ {6}\[(\d+)\] ", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: sources first cited {used}, listed {listed}")


VEN_MON = ["zenaro", "febraro", "marso", "apriłe", "majo", "zugno", "lujo", "agosto", "setembre", "otobre", "novembre", "dicembre"]


def check_exam_md(f, raw):
    """328: the oral-exam questions file (Markdown)"""
    lf_final(f, raw)
    secs = [(m.start(), m.group(1), m.group(2)) for m in re.finditer(r"^## (\d{4}-\d\d-\d\d) — apeło de (\S+)$", raw, re.M)]
    if not secs: errors.append(f"{f}: no exam sessions"); return
    dates = [d for _, d, _ in secs]
    if dates != sorted(dates, reverse=True) or len(set(dates)) != len(dates): errors.append(f"{f}: sessions not newest first")
    for _, d, mon in secs:
        if VEN_MON[int(d[5:7]) - 1] != mon: errors.append(f"{f}: session {d} called 'apeło de {mon}'")
    um = re.search(r"^Ultimo agiornamento: (\S+)$", raw, re.M)
    if not um or um.group(1) != dates[0]: errors.append(f"{f}: 'Ultimo agiornamento' is not the newest session")
    idx = re.findall(r"^- (\d{4}-\d\d-\d\d) — apeło de \S+ \((\d+) domande\)$", raw, re.M)
    ends = [s for s, _, _ in secs[1:]] + [raw.find("\n---\n", secs[-1][0]) if "\n---\n" in raw[secs[-1][0]:] else len(raw)]
    counts = []
    for (s, d, _), e in zip(secs, ends):
        part = raw[s:e]
        qn = [int(x) for x in re.findall(r"^(\d+)\. ", part, re.M)]
        if qn != list(range(1, len(qn) + 1)): errors.append(f"{f}: session {d}: questions numbered {qn}")
        counts.append((d, str(len(qn))))
        vm = re.search(r"^Scrito da: .+ · Voto: (.+)$", part, re.M)
        v = vm.group(1) if vm else ""
        if not (v in ("30 e lode", "no dito") or (v.isdigit() and 18 <= int(v) <= 30)): errors.append(f"{f}: session {d}: grade {v!r}")
        if any(l.strip() and not re.match(r"(\d+\. |   - |Scrito da: |## )", l) for l in part.split("\n")):
            errors.append(f"{f}: session {d}: a line that is neither a question nor a hint")
    if idx != counts: errors.append(f"{f}: index {idx} is not the sessions {counts}")


def check_query_csv(f, raw):
    """329: the copy-editor's query sheet saved by LibreOffice Calc as CSV"""
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != ["Consulta", "Pachina", "Linia", "Consulta d'a correctora", "Respuesta de l'autor", "Estau"]:
        errors.append(f"{f}: header {rows[0]}"); return
    pos, ids = [], []
    for r in rows[1:]:
        if len(r) != 6: errors.append(f"{f}: row {r[:1]} has {len(r)} cells"); continue
        ids.append(r[0])
        if not (r[1].isdigit() and r[2].isdigit()): errors.append(f"{f}: {r[0]}: page/line not numbers"); continue
        pos.append((int(r[1]), int(r[2])))
        if r[5] not in ("Resuelto", "Pendient"): errors.append(f"{f}: {r[0]}: status {r[5]!r}")
        for back in re.findall(r"\b(C\d+)\b", r[3] + " " + r[4]):
            if back not in ids[:-1]: errors.append(f"{f}: {r[0]} points at {back}, not an earlier query")
    if ids != [f"C{k}" for k in range(1, len(ids) + 1)]: errors.append(f"{f}: queries numbered {ids}")
    if pos != sorted(pos): errors.append(f"{f}: queries not in page/line order")
    # the writer quotes only cells that need it (comma, quote, line break)
    for line in raw.split("\n"):
        for cell in re.findall(r'(?:^|,)"((?:[^"]|"")*)"(?=,|$)', line):
            if not re.search(r'[,"\n]|""', cell) and "\n" not in cell: errors.append(f"{f}: a cell quoted without need: {cell[:30]!r}")


def check_panels(f, raw):
    """330: the exhibition's panel and label texts"""
    lf_final(f, raw)
    lm = re.search(r"panos ≤ (\d+) byervos, etiketas ≤ (\d+) byervos", raw)
    if not lm: errors.append(f"{f}: no word limits"); return
    lim = {"P": int(lm.group(1)), "E": int(lm.group(2))}
    L = raw.rstrip("\n").split("\n")
    heads = [(k, m.group(1), m.group(2)) for k, l in enumerate(L) if (m := re.fullmatch(r"([PE])(\d\d) — .+", l))]
    for t in "PE":
        nums = [int(n) for _, x, n in heads if x == t]
        if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: {t} codes numbered {nums}")
    for k, t, n in heads:
        if L[k + 1] != "" or k + 3 >= len(L): errors.append(f"{f}: {t}{n}: layout"); continue
        body, cnt = L[k + 2], re.fullmatch(r"\((\d+) byervos\)", L[k + 3])
        if not cnt or int(cnt.group(1)) != len(body.split()): errors.append(f"{f}: {t}{n}: word count {L[k + 3]!r}, text has {len(body.split())}")
        elif int(cnt.group(1)) > lim[t]: errors.append(f"{f}: {t}{n}: {cnt.group(1)} words, over the limit {lim[t]}")
        j = k + 4
        if j < len(L) and L[j] == "Fuentes:":
            j += 1
            if not L[j].startswith("– "): errors.append(f"{f}: {t}{n}: 'Fuentes:' without sources")
            while j < len(L) and L[j].startswith("– "): j += 1
        while j < len(L) and L[j].startswith("QR: "):
            if not re.fullmatch(r"QR: https://\S+", L[j]): errors.append(f"{f}: {t}{n}: a QR line that is not an https URL")
            j += 1
        if j < len(L) and L[j] != "": errors.append(f"{f}: {t}{n}: unexpected line {L[j][:30]!r}")
    tm = re.search(r"^Total: (\d+) panos, (\d+) etiketas\.$", raw, re.M)
    if not tm or (int(tm.group(1)), int(tm.group(2))) != (sum(1 for h in heads if h[1] == "P"), sum(1 for h in heads if h[1] == "E")):
        errors.append(f"{f}: the closing total is not the texts")


class _Tags(HTMLParser):
    VOID = ("meta", "br", "img", "link", "hr", "input", "col")

    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad, self.cells, self.row, self.in_td = [], 0, [], None, False
        self.meta, self.lang = {}, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name"): self.meta[a["name"]] = a.get("content", "")
        if tag == "body": self.lang = a.get("lang")
        if tag == "tr": self.row = []
        if tag == "td": self.in_td = True; self.row.append("")
        if tag not in self.VOID: self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID and self.stack and self.stack[-1] == tag: self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "td": self.in_td = False
        if tag == "tr" and self.row is not None: self.cells.append(self.row); self.row = None
        if self.stack and self.stack[-1] == tag: self.stack.pop()
        else: self.bad += 1

    def handle_data(self, d):
        if self.in_td and self.row: self.row[-1] += d


def eur(s):
    m = re.fullmatch(r"(\d{1,3}(?:\.\d{3})*),(\d\d)", s.strip())
    return None if not m else int(m.group(1).replace(".", "")) * 100 + int(m.group(2))


def check_lo_html(f, raw):
    """331: LibreOffice Writer › Save As › HTML"""
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'): errors.append(f"{f}: not LibreOffice's doctype")
    p = _Tags(); p.feed(raw); p.close()
    if p.bad or p.stack: errors.append(f"{f}: tags not balanced ({p.bad} stray, open {p.stack[-3:]})")
    if not p.meta.get("generator", "").startswith("LibreOffice"): errors.append(f"{f}: generator is not LibreOffice")
    if not p.lang or not p.lang.startswith("fur"): errors.append(f"{f}: body lang {p.lang!r} is not Friulian")
    if not (p.meta.get("created", "") <= p.meta.get("changed", "") and p.meta.get("created")): errors.append(f"{f}: changed before created")
    rows = [r for r in p.cells if len(r) == 3][1:]
    if not rows: errors.append(f"{f}: no budget table"); return
    vals = [(r[0].strip(), eur(r[1]), eur(r[2])) for r in rows]
    if any(v[1] is None or v[2] is None for v in vals): errors.append(f"{f}: a budget amount not written as 1.234,00"); return
    *items, tot = vals
    if tot[0] != "Totâl" or tot[1] != sum(v[1] for v in items) or tot[2] != sum(v[2] for v in items):
        errors.append(f"{f}: the budget's total row is not the sum of its items")
    if tot[2] > tot[1]: errors.append(f"{f}: spent more than granted")
    txt = html_text(raw)
    body, _, refs = txt.partition("5. Bibliografie")
    listed = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: citations first used {used}, bibliography {listed}")


def dmy(s):
    return datetime.strptime(s.strip(), "%d/%m/%Y")


def check_ethics(f, raw):
    """332: the ethics application's print view copied as text"""
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    hm = re.fullmatch(r"Portál Étika · Aplikasaun (\S+) · Imprime", L[0])
    fm = re.fullmatch(r"Imprime iha (\d\d/\d\d/\d{4}) \d\d:\d\d · (\S+) · Pájina 1/1", L[-1])
    if not hm or not fm or hm.group(1) != fm.group(2): errors.append(f"{f}: the application number differs between header and footer")
    secs = re.findall(r"^Seksaun ([A-Z]): ", raw, re.M)
    if secs != [chr(65 + i) for i in range(len(secs))]: errors.append(f"{f}: sections {secs}")
    ans = {}
    for s in secs:
        qs = [(k, int(m.group(1))) for k, l in enumerate(L) if (m := re.fullmatch(s + r"(\d+)\. .+", l))]
        if [q for _, q in qs] != list(range(1, len(qs) + 1)): errors.append(f"{f}: section {s} questions numbered {[q for _, q in qs]}")
        for k, q in qs:
            a = []
            j = k + 1
            while j < len(L) and L[j] != "": a.append(L[j]); j += 1
            if not a: errors.append(f"{f}: {s}{q} has no answer")
            ans[L[k].split(". ", 1)[1]] = a
    try:
        sub, st, en = (dmy(ans[x][0]) for x in ("Data submisaun", "Data hahú planeadu", "Data remata planeadu"))
        months = (en.year - st.year) * 12 + en.month - st.month + 1
        if not sub < st < en: errors.append(f"{f}: dates out of order")
        if int(ans["Durasaun (fulan)"][0]) != months: errors.append(f"{f}: duration is not {months} months")
        if fm and not sub <= dmy(fm.group(1)): errors.append(f"{f}: printed before it was submitted")
        groups = [int(x.rsplit(": ", 1)[1]) for x in ans["Grupu partisipante"]]
        if sum(groups) != int(ans["Totál partisipante"][0]): errors.append(f"{f}: total participants is not the groups' sum")
    except (KeyError, ValueError, IndexError) as ex:
        errors.append(f"{f}: answers unreadable ({ex!r})")
    body, _, refs = raw.partition("Seksaun F: Referénsia")
    listed = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: references first cited {used}, listed {listed}")


def check_letter_eml(f, raw):
    """333: the letter as Thunderbird sent it (.eml, 8bit, format=flowed)"""
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    if any(ord(c) > 127 for c in head): errors.append(f"{f}: 8-bit characters in the header")
    m = email.message_from_string(raw)
    for h in ("Message-ID", "Date", "MIME-Version", "To", "From", "Subject", "Content-Type", "Content-Transfer-Encoding"):
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8" or \
            m.get_param("format") != "flowed" or m.get("Content-Transfer-Encoding") != "8bit":
        errors.append(f"{f}: not a text/plain UTF-8 8bit format=flowed message")
    try:
        d = parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(d.strftime("%a, ")): errors.append(f"{f}: Date not on its weekday")
    except (TypeError, ValueError):
        errors.append(f"{f}: Date unreadable")
    L = body.split("\r\n")
    for k, l in enumerate(L):
        if len(l.rstrip(" ")) > 72 and not re.search(r"https?://\S{40,}", l): errors.append(f"{f}: body line {k + 1} over 72 columns")
        if l.endswith("  "): errors.append(f"{f}: body line {k + 1} ends with two spaces")
        if l.startswith(("From ", ">", " ")): errors.append(f"{f}: body line {k + 1} needs space-stuffing")
        if l.endswith(" ") and k + 1 < len(L) and L[k + 1] == "": errors.append(f"{f}: a soft break before an empty line (line {k + 1})")
    try:
        a, b = L.index("Dia Edita,"), L.index("Yu yet,")
    except ValueError:
        errors.append(f"{f}: no greeting or sign-off"); return
    words = len(" ".join(L[a + 1:b]).split())
    wm = re.search(r"^Namba bilong ol word: (\d+) \(lo bilong pepa: (\d+)\)$", body.replace("\r\n", "\n"), re.M)
    if not wm or int(wm.group(1)) != words: errors.append(f"{f}: the stated word count is not the letter's {words} words")
    elif words > int(wm.group(2)): errors.append(f"{f}: {words} words, over the paper's limit")


def check_tex(f, raw):
    """334: the internship report's LaTeX source"""
    lf_final(f, raw)
    s = re.sub(r"(?<!\\)%.*", "", raw)
    envs = re.findall(r"\\(begin|end)\{(\w+)\}", s)
    st = []
    for kind, name in envs:
        if kind == "begin": st.append(name)
        elif not st or st.pop() != name: errors.append(f"{f}: \\end{{{name}}} does not close the open environment"); break
    if st: errors.append(f"{f}: environments left open: {st}")
    if s.count("{") != s.count("}"): errors.append(f"{f}: braces not balanced")
    body, _, bib = s.partition("\\begin{thebibliography}")
    cited = []
    for grp in re.findall(r"\\cite\{([^}]*)\}", body):
        for k in grp.split(","):
            if k.strip() not in cited: cited.append(k.strip())
    items = re.findall(r"\\bibitem\{([^}]*)\}", bib)
    if cited != items: errors.append(f"{f}: \\cite order {cited} is not the \\bibitem order {items} (unsrt)")
    hrs = [int(h) for h in re.findall(r"^(?:\d+) & (\d+) \\\\$", s, re.M)]
    tm = re.search(r"^Totale & (\d+) \\\\$", s, re.M)
    om = re.search(r"^Oras totales: (\d+) \(su minimu pedidu est (\d+)\)\.$", s, re.M)
    if not tm or not om or sum(hrs) != int(tm.group(1)) or tm.group(1) != om.group(1): errors.append(f"{f}: weekly hours do not add up to the stated total")
    elif int(om.group(1)) < int(om.group(2)): errors.append(f"{f}: fewer hours than the minimum")


def check_hpc(f, raw):
    """335: the HPC proposal's summary page copied as text"""
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    hm = re.match(r"Purtali Risorsi HPC · Pruposta (\S+) · ", L[0])
    fm = re.match(r"Pruposta (\S+) · mannata lu ", L[-1])
    if not hm or not fm or hm.group(1) != fm.group(1): errors.append(f"{f}: the proposal number differs between header and footer")
    try:
        h = L.index("Esperimentu\tGPU pi run\tUri pi run\tRun\tGPU-uri")
    except ValueError:
        errors.append(f"{f}: no resource table"); return
    tot, j = 0, h + 1
    while L[j]:
        c = L[j].split("\t")
        if len(c) != 5 or not all(x.isdigit() for x in c[1:]): errors.append(f"{f}: table row {L[j][:30]!r} malformed")
        elif int(c[1]) * int(c[2]) * int(c[3]) != int(c[4]): errors.append(f"{f}: {c[0]!r}: {c[1]}×{c[2]}×{c[3]} is not {c[4]} GPU-hours")
        else: tot += int(c[4])
        j += 1
    g = lambda lab: int(re.search(r"^" + re.escape(lab) + r": (\d+)", raw, re.M).group(1))
    try:
        if g("Tutali GPU-uri") != tot: errors.append(f"{f}: total GPU-hours is not the rows' sum {tot}")
        if g("Nodi-uri (4 GPU pi nodu)") * 4 != g("Tutali GPU-uri"): errors.append(f"{f}: node-hours are not GPU-hours / 4")
        if g("Tutali GPU-uri") > g("Limiti dâ classi C"): errors.append(f"{f}: over the class limit")
    except AttributeError:
        errors.append(f"{f}: totals unreadable")
    body, _, refs = raw.partition("3. Rifirimenti")
    listed = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: references first cited {used}, listed {listed}")


KW_MON = ["Genver", "Hwevrer", "Meurth", "Ebrel", "Me", "Metheven", "Gortheren", "Est", "Gwynngala", "Hedra", "Du", "Kevardhu"]


def check_room_sheet(f, raw):
    """336: the list of works copied as text"""
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    try:
        s = L.index("Rol an Oberow")
    except ValueError:
        errors.append(f"{f}: no list of works"); return
    cm = re.fullmatch(r"(\d+) ober", L[s + 1])
    blocks = [b.split("\n") for b in "\n".join(L[s + 3:]).split("\n\n")]
    works = [b for b in blocks if re.match(r"\d+\. ", b[0])]
    if [int(b[0].split(".")[0]) for b in works] != list(range(1, len(works) + 1)): errors.append(f"{f}: works not numbered 1..N")
    if not cm or int(cm.group(1)) != len(works): errors.append(f"{f}: '{L[s + 1]}' but {len(works)} works")
    dm = re.search(r"^(\d{1,2}) (\w+) – (\d{1,2}) (\w+) (\d{4})$", raw, re.M)
    pm = re.search(r"^Gwel priva: \w+ (\d{1,2}) (\w+) (\d{4}), ", raw, re.M)
    try:
        y = int(dm.group(5))
        o = datetime(y, KW_MON.index(dm.group(2)) + 1, int(dm.group(1)))
        c = datetime(y, KW_MON.index(dm.group(4)) + 1, int(dm.group(3)))
        pv = datetime(int(pm.group(3)), KW_MON.index(pm.group(2)) + 1, int(pm.group(1)))
        if not pv < o <= c: errors.append(f"{f}: private view, opening and closing out of order")
    except (AttributeError, ValueError):
        errors.append(f"{f}: exhibition dates unreadable"); y = 9999
    for b in works:
        if len(b) != 5: errors.append(f"{f}: work {b[0][:20]!r} has {len(b)} lines"); continue
        ym = re.search(r", (\d{4})$", b[0])
        bm = re.fullmatch(r".+ \(g\. (\d{4})\)", b[1])
        if not ym or int(ym.group(1)) > y or not bm or int(bm.group(1)) >= int(ym.group(1)): errors.append(f"{f}: work {b[0][:30]!r}: year or artist's birth year wrong")
        if not re.fullmatch(r"\d+\.\d × \d+\.\d cm|amrywiek", b[3]): errors.append(f"{f}: work {b[0][:30]!r}: dimensions {b[3]!r}")
        if not re.fullmatch(r"£\d{1,3}(?:,\d{3})*|Nyns yw rag gwertha", b[4]): errors.append(f"{f}: work {b[0][:30]!r}: price {b[4]!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {327: check_pdftotext_layout, 328: check_exam_md, 329: check_query_csv, 330: check_panels, 331: check_lo_html,
     332: check_ethics, 333: check_letter_eml, 334: check_tex, 335: check_hpc, 336: check_room_sheet}[n](f, raw)


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
        raw = read_raw(path)
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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-30) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 31)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round30", "expected.json")
if os.path.exists(pp):
    prev = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(pp)).values() for x in recs}

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
print(f"earlier uses of the papers (digests-own, rounds 8-30): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round30: {sum(1 for k in allrecs if k in prev)}; papers in more than one round31 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
