#!/usr/bin/env python3
r"""Checks round32/expected.json against the digests and the shared catalogues.

Adapted from round31/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–31 — all from /work/main/tests/data — tells how many papers round31 also used, and which papers round32 uses
in more than one file; the readers and shape checks are new). Each digest is read in its own charset (339 GBK, 342
Windows-1252, the rest UTF-8) and in decoded forms, the way a reader of that shape would see it:
  - the .eml files (337, 341): the Subject decoded (RFC 2047), every text part decoded from quoted-printable (337) or
    base64 (341), the HTML part also as text with each link followed by its target;
  - the TSV and CSV files (338, 342, 346): each cell, parsed with the csv module (tab, ";", ",");
  - pdftotext output (340): form feeds as line breaks;
  - LaTeX (343): comments dropped, \url{} / \emph{} unwrapped, ~ and \, as spaces;
  - the Markdown and plain-text files (339, 344, 345): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (wrapped over PDF
lines in 340, lowered in 337 and 339), or only in a decoded form (337's quoted-printable soft breaks, 341's base64),
is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 32
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 337 (Apple Mail .eml, quoted-printable): CRLF only, 7-bit, the headers once, Apple Mail's Mime-Version comment
    and X-Mailer, Date on its weekday, QP lines ≤ 76 with no bare "=" and no trailing blank, the Subject's ISO week
    and Monday–Friday = the Date's, the sections in order, numbered lists 1.., GPU hours adding up to the total
    within the quota;
  - 338 (Google Sheets TSV): CRLF, no quotes, the header, 12 cells a row, record ids S#### ascending and unique,
    years, votes Include/Exclude/Maybe, Conflict = whether the votes differ, final Include/Exclude and = the agreed
    vote, an exclusion reason from the protocol exactly when excluded, links https;
  - 339 (Word plain text, GBK): not UTF-8, no BOM, CRLF, the cover fields, sections 一、… in order, references first
    cited [n] in order = the list, schedule periods consecutive from the proposal's month and ending before the
    defence;
  - 340 (pdftotext of the two-page form): form feeds, at most two pages of at most 36 lines, footers "- n -", lines at
    most 40 full-width columns (a hanging 。、 allowed), no line starting with 。、）」, sections 1.. in order, references first cited in
    order = the list;
  - 341 (Gmail .eml): CRLF only, 7-bit, the headers once, Gmail's Message-ID and boundary shape, Date on its weekday,
    text/plain then text/html, both UTF-8 base64 in 76-column lines, the two parts naming the same catalogue titles
    and linking the same targets, the paper list numbered 1.. with as many <li>;
  - 342 (Excel CSV, Spanish locale): Windows-1252 (not UTF-8), CRLF, ";", the header, ten cells a row, rows numbered
    1.., dates dd/mm/yyyy on Tuesdays or Thursdays in order, marks 0–10 with decimal commas, the final mark = 40/30/30
    of the marks to two decimals, no cell quoted without need;
  - 343 (LaTeX): LF, environments nested, braces balanced, literature rows numbered 1.. = "Umfang: n Titel", the exam
    date on its stated weekday, signed at least 28 days before;
  - 344 (GitLab Markdown): LF, sections "## n." in order, versions and their dates ascending, milestones J1.. with
    ascending dates after the last version, total effort = the sum, references first cited in order = the list;
  - 345 (Google Docs plain text): BOM, CRLF, the running order's blocks following each other from 00:00 to the stated
    length, questions P1.. in order and = the blocks' ranges, each question for a panellist on the list;
  - 346 (NEGATIVE, runs export CSV): LF, the fixed columns, every cell quoted, states, a final metric only for finished
    runs, "-" for empty notes, runtimes in seconds, Created ISO and newest first.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–31."""

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
CHARSET = {339: "gbk", 342: "cp1252"}


def read_raw(f, path):
    """the digest as text in its own charset (GBK for 339, Windows-1252 for 342, UTF-8 otherwise; the .eml files are
    ASCII on the wire)"""
    return open(path, encoding=CHARSET.get(num(f), "utf-8"), newline="").read()


class _Text(HTMLParser):
    """HTML as text: tags removed, each <a href> followed by its target"""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out, self.href = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a": self.href.append(a.get("href") or "")
        if tag in ("div", "li", "br", "p"): self.out.append("\n")

    def handle_endtag(self, tag):
        if tag == "a" and self.href: self.out.append(f" <{self.href.pop()}>")

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Text(); p.feed(s); p.close()
    return "".join(p.out)


def eml_parts(raw):
    """the Subject decoded and every text part decoded from its transfer encoding (CRLF made LF)"""
    m = email.message_from_string(raw)
    subj = str(make_header(decode_header(m.get("Subject", ""))))
    parts = []
    for p in m.walk():
        if p.get_content_maintype() == "text":
            t = p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8").replace("\r\n", "\n")
            parts.append((p.get_content_type(), t))
    return m, subj, parts


def cells(raw, delim):
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=delim))
    return "\n".join(c for r in rows for c in r)


def tex_text(raw):
    """343: TeX undone: comments dropped, \\url{} / \\emph{} unwrapped, ~ and \\, as spaces"""
    s = re.sub(r"(?<!\\)%.*", "", raw)
    s = re.sub(r"\\(?:url|emph|textit|textbf)\{([^{}]*)\}", r"\1", s)
    return s.replace("~", " ").replace("\\,", " ").replace("\\&", "&").replace("\\%", "%")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (337, 341):
        _, subj, parts = eml_parts(raw)
        forms.append(subj)
        for ct, t in parts:
            forms.append(t)
            if ct == "text/html": forms.append(html_text(t))
    if n == 338: forms.append(cells(raw, "\t"))
    if n == 340: forms.append(raw.replace("\f", "\n"))
    if n == 342: forms.append(cells(raw, ";"))
    if n == 343: forms.append(tex_text(raw))
    if n == 346: forms.append(cells(raw, ","))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def first_use(text, pat=r"\[(\d+(?:,\d+)*)\]"):
    seen = []
    for grp in re.findall(pat, text):
        for x in grp.split(","):
            if int(x) not in seen: seen.append(int(x))
    return seen


def eml_common(f, raw, need):
    crlf_only(f, raw)
    head = raw.partition("\r\n\r\n")[0]
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a 7-bit message")
    m = email.message_from_string(raw)
    for h in need:
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    try:
        d = parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(d.strftime("%a, ")): errors.append(f"{f}: Date not on its weekday")
    except (TypeError, ValueError):
        errors.append(f"{f}: Date unreadable"); d = None
    for l in raw.split("\r\n"):
        if len(l) > 78 and not l.startswith(" "): errors.append(f"{f}: a line over 78 characters: {l[:30]!r}")
    return m, d


def check_status_eml(f, raw):
    """337: Apple Mail, text/plain UTF-8 quoted-printable"""
    m, d = eml_common(f, raw, ("From", "To", "Subject", "Date", "Message-Id", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "X-Mailer"))
    if m.get_content_type() != "text/plain" or (m.get_content_charset() or "") != "utf-8" or m["Content-Transfer-Encoding"] != "quoted-printable":
        errors.append(f"{f}: not a text/plain UTF-8 quoted-printable message")
    if not (m["X-Mailer"] or "").startswith("Apple Mail") or "Mac OS X Mail" not in (m["Mime-Version"] or ""): errors.append(f"{f}: not Apple Mail's headers")
    body = raw.partition("\r\n\r\n")[2]
    for l in body.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: a quoted-printable line over 76 columns")
        if l.endswith((" ", "\t")): errors.append(f"{f}: unencoded trailing whitespace")
        if re.search(r"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: a bare '=' in quoted-printable")
    try:
        text = m.get_payload(decode=True).decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{f}: body not UTF-8"); return
    sm = re.fullmatch(r"Weekly update, week (\d+) \((\w{3}) (\d+)-(\d+)\)", m["Subject"] or "")
    if not sm or not d: errors.append(f"{f}: Subject not 'Weekly update, week n (Mon a-b)'"); return
    mon = d.date() - timedelta(days=d.weekday())
    fri = mon + timedelta(days=4)
    if int(sm.group(1)) != d.isocalendar()[1] or (sm.group(2), int(sm.group(3)), int(sm.group(4))) != (mon.strftime("%b"), mon.day, fri.day):
        errors.append(f"{f}: the Subject's week is not the Date's week")
    heads = [h for h in ("Done this week", "Reading", "GPU hours this week (shared A100 node)", "Next week", "Blockers") if h in text.split("\r\n")]
    if heads != ["Done this week", "Reading", "GPU hours this week (shared A100 node)", "Next week", "Blockers"]: errors.append(f"{f}: sections missing or out of order: {heads}")
    for sec in ("Done this week", "Next week"):
        part = text.split("\r\n" + sec + "\r\n", 1)[-1].split("\r\n\r\n", 1)[0]
        nums = [int(x) for x in re.findall(r"^(\d+)\. ", part, re.M)]
        if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: '{sec}' numbered {nums}")
    hrs = [int(x) for x in re.findall(r"^  .+: (\d+) h$", text.replace("\r\n", "\n"), re.M)]
    tm = re.search(r"^  Total: (\d+) h of the (\d+) h weekly quota$", text.replace("\r\n", "\n"), re.M)
    if not tm or sum(hrs) != int(tm.group(1)): errors.append(f"{f}: GPU hours do not add up to the total")
    elif int(tm.group(1)) > int(tm.group(2)): errors.append(f"{f}: over the weekly GPU quota")


def check_screening_tsv(f, raw):
    """338: Google Sheets TSV of the screening sheet"""
    crlf_only(f, raw)
    rows = [l.split("\t") for l in raw[:-2].split("\r\n")]
    hdr = ["Record ID", "Title", "Authors", "Year", "Source", "Link", "Reviewer 1 (AK)", "Reviewer 2 (JM)", "Conflict", "Final decision", "Exclusion reason", "Notes"]
    if rows[0] != hdr: errors.append(f"{f}: header {rows[0]}"); return
    if '"' in raw: errors.append(f"{f}: a quote in a Sheets TSV")
    ids = []
    for r in rows[1:]:
        if len(r) != 12: errors.append(f"{f}: row {r[0]!r} has {len(r)} cells"); continue
        rid, title, auth, yr, src, link, r1, r2, conf, fin, reason, note = r
        ids.append(rid)
        if not re.fullmatch(r"S\d{4}", rid): errors.append(f"{f}: record id {rid!r}")
        if not re.fullmatch(r"(19|20)\d\d", yr): errors.append(f"{f}: {rid}: year {yr!r}")
        if r1 not in ("Include", "Exclude", "Maybe") or r2 not in ("Include", "Exclude", "Maybe"): errors.append(f"{f}: {rid}: a vote not Include/Exclude/Maybe")
        if conf != ("Yes" if r1 != r2 else "No"): errors.append(f"{f}: {rid}: Conflict {conf!r} but votes {r1}/{r2}")
        if fin not in ("Include", "Exclude"): errors.append(f"{f}: {rid}: final decision {fin!r}")
        elif conf == "No" and fin != r1: errors.append(f"{f}: {rid}: agreed votes {r1} but final {fin}")
        if (fin == "Exclude") != bool(reason) or (reason and reason not in ("E1 not PEFT", "E2 no LM / transformer", "E3 tool or survey only")):
            errors.append(f"{f}: {rid}: exclusion reason {reason!r} with final {fin}")
        if link and not link.startswith("https://"): errors.append(f"{f}: {rid}: link {link!r}")
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: record ids not ascending and unique")


def check_gbk_text(f, raw, path):
    """339: Word's plain text in GBK"""
    b = open(path, "rb").read()
    try:
        b.decode("utf-8"); errors.append(f"{f}: decodes as UTF-8 (Word's Chinese plain text is GBK)")
    except UnicodeDecodeError:
        pass
    if b.startswith(b"\xef\xbb\xbf"): errors.append(f"{f}: a BOM")
    crlf_only(f, raw)
    L = raw.split("\r\n")
    for k in ("论文题目：", "学生姓名：", "学　　号：", "专　　业：", "指导教师：", "开题日期：", "预计答辩："):
        if not any(l.startswith(k) for l in L): errors.append(f"{f}: cover field {k} missing")
    secs = [l[0] for l in L if re.match(r"^[一二三四五六七八九十]、", l)]
    if secs != list("一二三四五六")[:len(secs)] or len(secs) < 5: errors.append(f"{f}: sections {secs}")
    body, _, refs = raw.partition("\r\n六、参考文献\r\n")
    listed = [int(x) for x in re.findall(r"^\[(\d+)\]\t", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: references first cited {used}, listed {listed}")
    per = re.findall(r"^(\d{4})\.(\d\d)—(\d{4})\.(\d\d)\t", raw, re.M)
    months = [(int(a) * 12 + int(b) - 1, int(c) * 12 + int(d) - 1) for a, b, c, d in per]
    if not months or any(s > e for s, e in months) or any(months[i + 1][0] != months[i][1] + 1 for i in range(len(months) - 1)):
        errors.append(f"{f}: the schedule's periods do not follow each other")
    dm = re.search(r"^预计答辩：(\d{4})年(\d+)月", raw, re.M)
    om = re.search(r"^开题日期：(\d{4})年(\d+)月", raw, re.M)
    if not dm or not months or months[-1][1] >= int(dm.group(1)) * 12 + int(dm.group(2)) - 1: errors.append(f"{f}: the schedule ends after the defence")
    if not om or not months or months[0][0] != int(om.group(1)) * 12 + int(om.group(2)) - 1: errors.append(f"{f}: the schedule does not start in the proposal's month")


def jwidth(s):
    import unicodedata
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in s)


def check_pdftotext_plan(f, raw):
    """340: pdftotext (default mode) of a two-page A4 form, 40 columns × 36 lines"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: the last page not ended by a form feed"); return
    pages = raw.split("\f")[:-1]
    if len(pages) > 2: errors.append(f"{f}: {len(pages)} pages, the form allows 2")
    for i, p in enumerate(pages, 1):
        L = p.rstrip("\n").split("\n")
        if L[-1] != f"- {i} -": errors.append(f"{f}: page {i}'s footer is {L[-1]!r}")
        if len(L) - 1 > 36: errors.append(f"{f}: page {i} has {len(L) - 1} lines, the form has 36")
        for l in L:
            if jwidth(l.rstrip("。、")) > 40 and not re.search(r"https?://", l): errors.append(f"{f}: page {i}: a line wider than 40 columns: {l[:20]!r}")
            if l and l[0] in "。、）」": errors.append(f"{f}: page {i}: a line starting with {l[0]!r} (kinsoku)")
    text = raw.replace("\f", "\n")
    secs = re.findall(r"^(\d)\. ", text, re.M)
    if secs != [str(i) for i in range(1, len(secs) + 1)]: errors.append(f"{f}: sections numbered {secs}")
    body, _, refs = text.partition("\n参考文献\n")
    listed = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: references first cited {used}, listed {listed}")


def check_gmail_eml(f, raw):
    """341: Gmail, multipart/alternative, both parts base64 UTF-8"""
    m, d = eml_common(f, raw, ("MIME-Version", "Date", "Message-ID", "Subject", "From", "To", "Content-Type"))
    if m.get_content_type() != "multipart/alternative": errors.append(f"{f}: not multipart/alternative"); return
    if not re.fullmatch(r"<[^@>]+@mail\.gmail\.com>", m["Message-ID"] or ""): errors.append(f"{f}: not a Gmail Message-ID")
    b = m.get_boundary() or ""
    if not re.fullmatch(r"0{12}[0-9a-f]{16}", b): errors.append(f"{f}: not Gmail's boundary shape")
    if not raw.endswith(f"--{b}--\r\n"): errors.append(f"{f}: the closing boundary is not last")
    parts = m.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}"); return
    texts = []
    for p in parts:
        if p["Content-Transfer-Encoding"] != "base64" or (p.get_content_charset() or "").lower() != "utf-8": errors.append(f"{f}: a part not UTF-8 base64")
        enc = p.get_payload().strip().split("\r\n")
        if any(len(l) > 76 for l in enc) or any(len(l) != 76 for l in enc[:-1]): errors.append(f"{f}: base64 lines not 76 columns")
        try:
            texts.append(p.get_payload(decode=True).decode("utf-8"))
        except UnicodeDecodeError:
            errors.append(f"{f}: a part not UTF-8"); return
    plain, htm = texts
    ht = html_text(htm)
    ntitle = lambda s: {norm(e["title"]) for e in pool.values() if e.get("title") and len(e["title"]) > 12 and norm(e["title"]) in norm(s)}
    if ntitle(plain) != ntitle(ht): errors.append(f"{f}: the plain and HTML parts name different papers")
    urls_p = set(re.findall(r"<(https?://[^>]+)>", plain)) | set(re.findall(r"(?<![<\"])(https://\S+)", plain))
    urls_h = set(re.findall(r'href="([^"]+)"', htm))
    if {u.rstrip(">") for u in urls_p} != urls_h: errors.append(f"{f}: the plain and HTML parts link different targets")
    nums = [int(x) for x in re.findall(r"^(\d+)\. ", plain, re.M)]
    if nums != list(range(1, len(nums) + 1)) or len(re.findall(r"<li>", htm)) != len(nums): errors.append(f"{f}: the paper list numbered {nums}")


def check_grades_csv(f, raw, path):
    """342: Excel (Spanish locale) CSV: cp1252, ';', decimal commas"""
    b = open(path, "rb").read()
    try:
        b.decode("utf-8"); errors.append(f"{f}: decodes as UTF-8 (Excel's CSV is Windows-1252)")
    except UnicodeDecodeError:
        pass
    crlf_only(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    if rows[0] != ["Nº", "Alumno/a", "Fecha", "Artículo presentado", "Enlace", "Contenido (40%)", "Claridad (30%)", "Preguntas (30%)", "Nota final", "Observaciones"]:
        errors.append(f"{f}: header {rows[0]}"); return
    nums, dates = [], []
    for r in rows[1:]:
        if len(r) != 10: errors.append(f"{f}: row {r[:1]} has {len(r)} cells"); continue
        nums.append(r[0])
        try:
            d = datetime.strptime(r[2], "%d/%m/%Y"); dates.append(d)
            if d.weekday() not in (1, 3): errors.append(f"{f}: row {r[0]}: {r[2]} is not a Tuesday or Thursday")
        except ValueError:
            errors.append(f"{f}: row {r[0]}: date {r[2]!r}")
        try:
            c, cl, p = (float(x.replace(",", ".")) for x in r[5:8])
            if "." in "".join(r[5:9]): errors.append(f"{f}: row {r[0]}: a decimal point, not a comma")
            if not all(0 <= x <= 10 for x in (c, cl, p)): errors.append(f"{f}: row {r[0]}: a mark out of 0-10")
            if not re.fullmatch(r"\d{1,2},\d\d", r[8]) or abs(float(r[8].replace(",", ".")) - (0.4 * c + 0.3 * cl + 0.3 * p)) > 0.005:
                errors.append(f"{f}: row {r[0]}: final mark {r[8]!r} is not 40/30/30 of the marks")
        except ValueError:
            errors.append(f"{f}: row {r[0]}: marks unreadable")
    if nums != [str(i) for i in range(1, len(nums) + 1)]: errors.append(f"{f}: rows numbered {nums}")
    if dates != sorted(dates): errors.append(f"{f}: presentations not in date order")
    for line in raw.split("\r\n"):
        for cell in re.findall(r'(?:^|;)"((?:[^"]|"")*)"(?=;|$)', line):
            if not re.search(r'[;"\n]', cell): errors.append(f"{f}: a cell quoted without need: {cell[:30]!r}")


WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def check_exam_tex(f, raw):
    """343: the exam agreement's LaTeX source"""
    lf_final(f, raw)
    s = re.sub(r"(?<!\\)%.*", "", raw)
    st = []
    for kind, name in re.findall(r"\\(begin|end)\{(\w+)\}", s):
        if kind == "begin": st.append(name)
        elif not st or st.pop() != name: errors.append(f"{f}: \\end{{{name}}} does not close the open environment"); break
    if st: errors.append(f"{f}: environments left open: {st}")
    if s.count("{") != s.count("}"): errors.append(f"{f}: braces not balanced")
    rows = re.findall(r"^(\d+) & .+ & .+ \\\\$", s, re.M)
    if [int(x) for x in rows] != list(range(1, len(rows) + 1)): errors.append(f"{f}: literature rows numbered {rows}")
    um = re.search(r"^Umfang: (\d+) Titel\.$", s, re.M)
    if not um or int(um.group(1)) != len(rows): errors.append(f"{f}: 'Umfang' is not the {len(rows)} rows")
    tm = re.search(r"^Prüfungstermin: & (\w+), (\d\d\.\d\d\.\d{4}), ", s, re.M)
    sm = re.findall(r"^Würzburg, (\d\d\.\d\d\.\d{4}) & Würzburg, (\d\d\.\d\d\.\d{4})", s, re.M)
    try:
        ex = datetime.strptime(tm.group(2), "%d.%m.%Y")
        if WD_DE[ex.weekday()] != tm.group(1): errors.append(f"{f}: the exam date is not a {tm.group(1)}")
        for a in sm[0]:
            if (ex - datetime.strptime(a, "%d.%m.%Y")).days < 28: errors.append(f"{f}: signed less than four weeks before the exam")
    except (AttributeError, ValueError, IndexError):
        errors.append(f"{f}: exam or signature dates unreadable")


def check_cadrage_md(f, raw):
    """344: the scoping note (GitLab Markdown)"""
    lf_final(f, raw)
    secs = re.findall(r"^## (\d+)\. ", raw, re.M)
    if secs != [str(i) for i in range(1, len(secs) + 1)]: errors.append(f"{f}: sections numbered {secs}")
    vers = re.findall(r"^\| (\d+\.\d+) \| (\d\d/\d\d/\d{4}) \| ", raw, re.M)
    vd = [(tuple(int(x) for x in v.split(".")), datetime.strptime(d, "%d/%m/%Y")) for v, d in vers]
    if not vd or [v for v, _ in vd] != sorted(v for v, _ in vd) or [d for _, d in vd] != sorted(d for _, d in vd):
        errors.append(f"{f}: versions or their dates out of order")
    jal = re.findall(r"^\| J(\d+) \| (\d\d/\d\d/\d{4}) \| .+ \| (\d+) \|$", raw, re.M)
    if [int(j) for j, _, _ in jal] != list(range(1, len(jal) + 1)): errors.append(f"{f}: milestones numbered {[j for j, _, _ in jal]}")
    jd = [datetime.strptime(d, "%d/%m/%Y") for _, d, _ in jal]
    if jd != sorted(jd) or (vd and jd and jd[0] <= vd[-1][1]): errors.append(f"{f}: milestone dates out of order or before the note")
    tm = re.search(r"^\| \*\*Total\*\* \| \| \| \*\*(\d+)\*\* \|$", raw, re.M)
    if not tm or int(tm.group(1)) != sum(int(n) for *_, n in jal): errors.append(f"{f}: the milestones' total effort is not their sum")
    body, _, refs = raw.partition("\n## Références\n")
    listed = [int(x) for x in re.findall(r"^(\d+)\. ", refs, re.M)]
    used = first_use(body)
    if used != list(range(1, len(used) + 1)) or listed != used: errors.append(f"{f}: references first cited {used}, listed {listed}")


def check_moderator_txt(f, raw):
    """345: Google Docs › Download › Plain text"""
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM (Google Docs writes one)")
    crlf_only(f, raw)
    t = raw.lstrip("\ufeff").replace("\r\n", "\n")
    dm = re.search(r"^Duração: (\d+) min$", t, re.M)
    blocks = re.findall(r"^(\d\d):(\d\d)–(\d\d):(\d\d)$", t, re.M)
    mins = [(int(a) * 60 + int(b), int(c) * 60 + int(d)) for a, b, c, d in blocks]
    if not mins or mins[0][0] != 0 or any(s >= e for s, e in mins) or any(mins[i + 1][0] != mins[i][1] for i in range(len(mins) - 1)):
        errors.append(f"{f}: the running order's blocks do not follow each other from 00:00")
    elif not dm or mins[-1][1] != int(dm.group(1)): errors.append(f"{f}: the running order does not end at the stated length")
    qs = [int(x) for x in re.findall(r"^P(\d+)\. ", t, re.M)]
    if qs != list(range(1, len(qs) + 1)): errors.append(f"{f}: questions numbered {qs}")
    ref = sorted({int(x) for a, b in re.findall(r"\(P(\d+)–P(\d+)\)", t) for x in range(int(a), int(b) + 1)})
    if ref and ref != qs: errors.append(f"{f}: the running order's questions {ref} are not the questions {qs}")
    names = re.findall(r"^\* (\w+) \w+ – ", t, re.M)
    for who in re.findall(r"\(para (\w+)\)", t):
        if who not in names: errors.append(f"{f}: a question for {who}, who is not on the panel")


def check_runs_csv(f, raw):
    """346: the experiment tracker's runs export"""
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0][:8] != ["Name", "State", "Notes", "User", "Tags", "Created", "Runtime", "Sweep"]: errors.append(f"{f}: header {rows[0][:8]}")
    for line in raw.rstrip("\n").split("\n"):
        if not (line.startswith('"') and line.endswith('"')) or len(re.findall(r'(?<![^,])"(?:[^"]|"")*"(?![^,])', line)) != len(rows[0]):
            errors.append(f"{f}: a line not fully quoted: {line[:30]!r}")
    created = []
    for r in rows[1:]:
        if len(r) != len(rows[0]): errors.append(f"{f}: run {r[0]!r} has {len(r)} cells"); continue
        if r[1] not in ("finished", "crashed", "failed", "running"): errors.append(f"{f}: run {r[0]}: state {r[1]!r}")
        if (r[1] == "finished") != bool(r[-1]): errors.append(f"{f}: run {r[0]}: a final metric with state {r[1]}")
        if not r[2]: errors.append(f"{f}: run {r[0]}: empty Notes (the export writes '-')")
        if not r[6].isdigit(): errors.append(f"{f}: run {r[0]}: runtime {r[6]!r}")
        try:
            created.append(datetime.strptime(r[5], "%Y-%m-%dT%H:%M:%S.000Z"))
        except ValueError:
            errors.append(f"{f}: run {r[0]}: Created {r[5]!r}")
    if created != sorted(created, reverse=True): errors.append(f"{f}: runs not newest first")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 337: check_status_eml(f, raw)
    elif n == 338: check_screening_tsv(f, raw)
    elif n == 339: check_gbk_text(f, raw, path)
    elif n == 340: check_pdftotext_plan(f, raw)
    elif n == 341: check_gmail_eml(f, raw)
    elif n == 342: check_grades_csv(f, raw, path)
    elif n == 343: check_exam_tex(f, raw)
    elif n == 344: check_cadrage_md(f, raw)
    elif n == 345: check_moderator_txt(f, raw)
    elif n == 346: check_runs_csv(f, raw)


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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-31) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 32)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round31", "expected.json")
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
print(f"earlier uses of the papers (digests-own, rounds 8-31): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round31: {sum(1 for k in allrecs if k in prev)}; papers in more than one round32 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
