#!/usr/bin/env python3
r"""Checks round50/expected.json against the digests and the shared catalogues.

Adapted from round49/validate.py (the label checks and the reuse report are the same code, with round51 / round50 in
place of round48 / round49; the readers and shape checks are new). The reuse report counts every
/work/main/tests/data/*/expected.json (rounds 48 and 49 included) and any /work/roundNN/expected.json other than
round50's and round51's own — a file whose bytes equal one already counted is counted once — and checks the
round50/round51 split: round50 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1
left out, as one run from position 3 up to its last paper; it fails on a paper shared with /work/round51/expected.json
when that file exists (read only), and on a paper in more than one round50 file.
Every digest is UTF-8; each is also read in decoded forms, the way a reader of that shape would see it:
  - 519 (Apple Mail .emlx): the message's Subject and its quoted-printable body decoded (the message is the byte-count
    line's number of bytes after it);
  - 522 (Asana CSV): every cell;
  - 524 (HTML): the text content, character references resolved;
  - the other files: the text;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation (BibTeX braces and TeX commands dropped) and case-blind; a title
found only that way (or only in a decoded form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 50
needs no deviation (520 writes three titles in Google Scholar's sentence case: case-blind, no entry needed).

Shape checks (each digest against the rules of the program that writes or reads its shape):
  - 517 (todo.txt): LF, no blank lines, every line a todo.txt task ("x done [created] …", "(A) [created] …" or
    "[created] …"), valid dates, completion not before creation, no priority kept on a done task, due: / t: dates,
    rec: values, each task with a +project or @context;
  - 518 (README.org): LF, #+TITLE first, every [[#id]] naming a :CUSTOM_ID:, :PROPERTIES: drawers under a heading and
    closed by :END:, [[ ]] balanced per line, quote blocks closed, every table row closed with "|", the same number of
    cells in every row of a table, each table aligned as org-table-align leaves it (equal visible width);
  - 519 (.emlx): no CR, a byte-count first line whose count ends exactly where the XML plist starts, the plist parsing
    with integer date-received / flags, From / To / Date / Subject / Message-Id / Mime-Version headers, a
    quoted-printable body (lines ≤ 76, valid escapes, no raw 8-bit bytes) decoding as UTF-8, the forwarded block, each
    listing record "\\ arXiv:ID Date: … (NNkb)" closed by its "\\ ( https://arxiv.org/abs/ID ,  NNkb)" line;
  - 520 (pdftotext of a Russian thesis): LF, pages ending with a page number and a form feed, page numbers
    consecutive, the reference heading, entries numbered 1..n, each ending with "." and using GOST separators, every
    URL followed by "(дата обращения: dd.mm.yyyy)" with a real date, Cyrillic entries before Latin ones, Latin ones in
    alphabetical order;
  - 521 (BibDesk .bib): LF, BibDesk's header, every entry's braces closed, fields one per line "\tname = {…}" in
    BibDesk's order (plain fields alphabetically, then bdsk-*), title / year / date-added / date-modified present,
    dates in BibDesk's form and modified ≥ added, bdsk-url / url values URLs, bdsk-file values base64 binary plists with
    a relativePath, unique cite keys, the Static Groups plist parsing and naming only existing keys;
  - 522 (Asana CSV): CRLF records, Asana's 16 columns first, every row as long as the header, 16-digit unique task ids,
    dates, completed / modified not before created, assignee and e-mail together, Parent task / Blocked By / Blocking
    naming existing tasks, Status "Erledigt" exactly when Completed At is set;
  - 523 (GitLab issue copy): LF, the skip link first, breadcrumb matching "Reference: group/project#N", the "Issue
    created … by …" line, comment headers "@user · n units ago" under a name and above a role badge, ages not
    increasing down the page, the participants count equal to the comment authors, the related merge request count
    equal to its list and every !N mentioned in it, the sidebar ending with "Issue email";
  - 524 (NEGATIVE, Stibee HTML): LF, doctype and lang="ko", every element closed in order (void elements aside),
    every <a href> http(s), every <img> with alt, layout tables with stb- classes, Stibee's footer;
  - 525 (cnblogs copy): LF, the site name first, the "posted @ … 阅读(n)  评论(n) …" line, comment floors #1..#n dated
    after the post and in order, 评论(n) equal to the floors, [楼主] replies by the author, the copyright line naming the
    author, the sidebar calendar's six weeks matching the real calendar;
  - 526 (connpass copy): LF, "connpass" first, the date line's weekday right, 開催日時 repeating it, the timetable rows
    with 3 tab-separated cells, times increasing from the start to the end time, 枠 counts within capacity, 発表枠 equal
    to the timetable's speakers and to the 参加者一覧 list, the 参加者一覧 total equal to the sum of the 枠.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; papers at even positions, at position 1, gaps in the run, papers in two files
or shared with round51, 8–12 papers and a 30–60% title-only share per positive; and the shape checks. An OpenReview
id or an arXiv id cut by an ellipsis is not an id of its own (kept from round17)."""

import base64, csv, email, email.policy, hashlib, html, io, json, os, plistlib, re, sys
from collections import Counter
from datetime import datetime, date
from html.parser import HTMLParser
from urllib.parse import unquote, unquote_plus


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

def crlf(f, raw):
    if raw.replace("\r\n", "").count("\n") or raw.replace("\r\n", "").count("\r"): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def emlx_parts(path):
    """(message bytes, plist bytes) of an Apple Mail .emlx: a byte-count line, the RFC 822 message, an XML plist"""
    b = open(path, "rb").read()
    first, rest = b.split(b"\n", 1)
    n = int(first.strip())
    return rest[:n], rest[n:]


def emlx_text(path):
    msg_b, _ = emlx_parts(path)
    m = email.message_from_bytes(msg_b, policy=email.policy.default)
    return str(m["Subject"]) + "\n" + m.get_payload(decode=True).decode(m.get_content_charset() or "utf-8")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []
    def handle_data(self, d): self.out.append(d)


def html_text(raw):
    p = _Text(); p.feed(raw); p.close()
    return "".join(p.out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 519: forms.append(emlx_text(path))
    if n == 522: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw, newline="")) for c in row))
    if n == 524: forms.append(html_text(raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def ymd(s, fmt="%Y-%m-%d"):
    try:
        return datetime.strptime(s, fmt)
    except ValueError:
        return None


TODO = re.compile(r"(?:x (\d{4}-\d\d-\d\d) (?:(\d{4}-\d\d-\d\d) )?|\(([A-Z])\) (?:(\d{4}-\d\d-\d\d) )?|(\d{4}-\d\d-\d\d) )?(\S.*)")
def check_todo(f, raw):
    lf_final(f, raw)
    for i, l in enumerate(raw[:-1].split("\n"), 1):
        if not l.strip(): errors.append(f"{f}: line {i}: blank line (todo.txt keeps one task per line)"); continue
        if l != l.rstrip(): errors.append(f"{f}: line {i}: trailing whitespace")
        m = TODO.fullmatch(l)
        if not m: errors.append(f"{f}: line {i}: not a todo.txt task"); continue
        done, created_done, pri, created_pri, created, desc = m.groups()
        for d in (done, created_done, created_pri, created):
            if d and not ymd(d): errors.append(f"{f}: line {i}: bad date {d}")
        if done and created_done and ymd(done) and ymd(created_done) and ymd(done) < ymd(created_done):
            errors.append(f"{f}: line {i}: completed before it was created")
        if l.startswith("x ") and not done: errors.append(f"{f}: line {i}: 'x ' without a completion date")
        if done and re.match(r"\([A-Z]\) ", desc): errors.append(f"{f}: line {i}: a done task keeps its (priority)")
        if re.match(r"\([A-Z]\)|x \d", desc): errors.append(f"{f}: line {i}: priority / completion mark in the wrong place")
        for k, v in re.findall(r"(?<!\S)(due|t):(\S+)", desc):
            if not ymd(v): errors.append(f"{f}: line {i}: {k}:{v} is not a date")
        for v in re.findall(r"(?<!\S)rec:(\S+)", desc):
            if not re.fullmatch(r"\+?\d+[dbwmy]", v): errors.append(f"{f}: line {i}: rec:{v} malformed")
        if not re.search(r"(?<!\S)[+@]\S", desc): errors.append(f"{f}: line {i}: no +project or @context")


def org_vis(s):
    return len(re.sub(r"\[\[[^\]]*\]\[([^\]]*)\]\]", r"\1", s))


def check_org(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if not L[0].startswith("#+TITLE: "): errors.append(f"{f}: first line is not #+TITLE")
    ids = set(re.findall(r"^:CUSTOM_ID: (\S+)$", raw, re.M))
    for t in re.findall(r"\[\[#([^\]]+)\]", raw):
        if t not in ids: errors.append(f"{f}: internal link #{t} has no CUSTOM_ID")
    for i, l in enumerate(L, 1):
        if l.count("[[") != l.count("]]"): errors.append(f"{f}: line {i}: unbalanced [[ ]]")
        if l == ":PROPERTIES:" and not (i < len(L) - 1 and L[i].startswith(":CUSTOM_ID:") and L[i + 1] == ":END:"):
            errors.append(f"{f}: line {i}: :PROPERTIES: drawer not closed by :END:")
        if l == ":PROPERTIES:" and not L[i - 2].startswith("* "): errors.append(f"{f}: line {i}: drawer not under a heading")
    if raw.count("#+begin_quote") != raw.count("#+end_quote"): errors.append(f"{f}: #+begin_quote not closed")
    tables, cur = [], []
    for l in L + [""]:
        if l.startswith("|"): cur.append(l)
        elif cur: tables.append(cur); cur = []
    for t in tables:
        ncols = None
        for l in t:
            if not l.endswith("|"): errors.append(f"{f}: table row not closed: {l[:40]!r}"); continue
            if re.fullmatch(r"\|[-+]+\|", l): continue
            cells = re.sub(r"\[\[[^\]]*\](?:\[[^\]]*\])?\]", "LINK", l).split("|")[1:-1]
            if ncols is None: ncols = len(cells)
            elif len(cells) != ncols: errors.append(f"{f}: table row with {len(cells)} cells, not {ncols}: {l[:40]!r}")
        widths = {org_vis(l) for l in t}
        if len(widths) != 1: errors.append(f"{f}: table not aligned the way org-table-align leaves it ({t[0][:30]!r})")


def check_emlx(f, raw, path):
    if "\r" in raw: errors.append(f"{f}: CR characters (Apple Mail stores LF)")
    first = raw.split("\n", 1)[0]
    if not re.fullmatch(r"\d+ *", first): errors.append(f"{f}: first line is not the byte count"); return
    msg_b, pl = emlx_parts(path)
    if not pl.startswith(b"<?xml"): errors.append(f"{f}: byte count does not end where the plist starts")
    try:
        d = plistlib.loads(pl)
        for k in ("date-received", "flags"):
            if not isinstance(d.get(k), int): errors.append(f"{f}: plist without integer {k}")
    except Exception as ex:
        errors.append(f"{f}: plist does not parse: {ex}")
    m = email.message_from_bytes(msg_b, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-Id", "Mime-Version"):
        if not m[h]: errors.append(f"{f}: no {h} header")
    if (m["Content-Transfer-Encoding"] or "").strip() != "quoted-printable": errors.append(f"{f}: body not quoted-printable")
    body = msg_b.split(b"\n\n", 1)[1]
    for i, l in enumerate(body.split(b"\n"), 1):
        if len(l) > 76: errors.append(f"{f}: body line {i} longer than 76 (quoted-printable)")
        if re.search(rb"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: body line {i}: bad quoted-printable escape")
        if re.search(rb"[^\x20-\x7e\t]", l): errors.append(f"{f}: body line {i}: raw 8-bit byte in quoted-printable")
    try:
        txt = m.get_payload(decode=True).decode("utf-8")
    except Exception as ex:
        errors.append(f"{f}: body does not decode: {ex}"); return
    recs = re.findall(r"^\\\\\narXiv:(\d{4}\.\d{5})\nDate: (.*?)   \((\d+)kb", txt, re.M)
    if not recs: errors.append(f"{f}: no arXiv listing records in the forwarded mailing")
    for aid, dt, kb in recs:
        if not re.search(r"^\\\\ \( https://arxiv\.org/abs/" + re.escape(aid) + r" ,  " + kb + r"kb\)$", txt, re.M):
            errors.append(f"{f}: record {aid} without its closing '\\\\ ( URL , size)' line")
        if not ymd(dt, "%a, %d %b %Y %H:%M:%S GMT"): errors.append(f"{f}: record {aid} date {dt!r} malformed")
    if "Inizio messaggio inoltrato:" not in txt: errors.append(f"{f}: no forwarded-message block")


def check_gost(f, raw):
    lf_final(f, raw, final=False)
    if not raw.endswith("\n\f"): errors.append(f"{f}: does not end with pdftotext's last form feed")
    pages = raw.split("\f")
    if pages[-1] != "": errors.append(f"{f}: text after the last form feed")
    nums = []
    for p in pages[:-1]:
        last = [l for l in p.split("\n") if l.strip()][-1]
        if not re.fullmatch(r"\d+", last): errors.append(f"{f}: page without a page number at its foot"); continue
        nums.append(int(last))
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers not consecutive: {nums}")
    if "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ" not in raw: errors.append(f"{f}: no reference list heading"); return
    body = raw.split("СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", 1)[1].split("ПРИЛОЖЕНИЕ", 1)[0]
    body = "\n".join(l for l in body.replace("\f", "\n").split("\n") if l.strip() and not re.fullmatch(r"\d+", l))
    parts = re.split(r"(?m)^(\d{1,2})\. ", body)
    got = [int(x) for x in parts[1::2]]
    if got != list(range(1, len(got) + 1)): errors.append(f"{f}: entries not numbered 1..n: {got}")
    entries = [" ".join(x.split()) for x in parts[2::2]]
    latin = False
    for i, e in enumerate(entries, 1):
        if not e.endswith("."): errors.append(f"{f}: entry {i} does not end with '.'")
        if " – " not in e and "//" not in e: errors.append(f"{f}: entry {i} without GOST separators")
        if "URL:" in e and not re.search(r"URL: https?://\S+ \(дата обращения: (\d\d\.\d\d\.\d{4})\)", e):
            errors.append(f"{f}: entry {i}: URL without '(дата обращения: dd.mm.yyyy)'")
        for d in re.findall(r"дата обращения: (\d\d\.\d\d\.\d{4})", e):
            if not ymd(d, "%d.%m.%Y"): errors.append(f"{f}: entry {i}: bad date {d}")
        cyr = bool(re.match(r"[А-ЯЁ]", e))
        if cyr and latin: errors.append(f"{f}: entry {i}: Cyrillic entry after Latin ones")
        latin = latin or not cyr
    lat = [e for e in entries if not re.match(r"[А-ЯЁ]", e)]
    if [e.lower() for e in lat] != sorted(e.lower() for e in lat): errors.append(f"{f}: Latin entries not in alphabetical order")


BIB_HEAD = "%% This BibTeX bibliography file was created using BibDesk.\n%% https://bibdesk.sourceforge.io/\n"
def check_bibdesk(f, raw):
    lf_final(f, raw)
    if not raw.startswith(BIB_HEAD): errors.append(f"{f}: no BibDesk header")
    keys_, groups = [], None
    for m in re.finditer(r"^@(\w+)\{", raw, re.M):
        i, depth = m.end() - 1, 0
        for j in range(i, len(raw)):
            if raw[j] == "{": depth += 1
            elif raw[j] == "}":
                depth -= 1
                if depth == 0: break
        else:
            errors.append(f"{f}: entry at offset {m.start()} not closed"); continue
        ent = raw[i + 1:j]
        if m.group(1) == "comment":
            g = re.fullmatch(r"BibDesk Static Groups\{\n(.*)\n\}", ent, re.S)
            if not g: errors.append(f"{f}: unknown @comment"); continue
            try: groups = plistlib.loads(g.group(1).encode("utf-8"))
            except Exception as ex: errors.append(f"{f}: static groups plist does not parse: {ex}")
            continue
        key, _, body = ent.partition(",\n")
        keys_.append(key)
        fields = {}
        names = []
        for l in body.split("\n"):
            fm = re.fullmatch(r"\t([a-z][a-z0-9-]*) = \{(.*)\},?", l)
            if not fm: errors.append(f"{f}: {key}: line not a BibDesk field: {l[:50]!r}"); continue
            v = fm.group(2)
            if v.count("{") != v.count("}"): errors.append(f"{f}: {key}: unbalanced braces in {fm.group(1)}")
            fields[fm.group(1)] = v; names.append(fm.group(1))
        if names != sorted(names, key=lambda k: (k.startswith("bdsk-"), k)): errors.append(f"{f}: {key}: fields not in BibDesk's order")
        if not body.endswith("}"): errors.append(f"{f}: {key}: last field not closing the entry")
        for k in ("title", "year", "date-added", "date-modified"):
            if k not in fields: errors.append(f"{f}: {key}: no {k}")
        da, dm = (ymd(fields.get(k, ""), "%Y-%m-%d %H:%M:%S %z") for k in ("date-added", "date-modified"))
        if not da or not dm: errors.append(f"{f}: {key}: date-added / date-modified malformed")
        elif dm < da: errors.append(f"{f}: {key}: modified before added")
        for k, v in fields.items():
            if re.fullmatch(r"bdsk-url-\d+|url", k) and not re.fullmatch(r"https?://\S+", v): errors.append(f"{f}: {key}: {k} not a URL")
            if re.fullmatch(r"bdsk-file-\d+", k):
                try:
                    pl = plistlib.loads(base64.b64decode(v, validate=True))
                    if "relativePath" not in pl: errors.append(f"{f}: {key}: {k} without relativePath")
                except Exception as ex:
                    errors.append(f"{f}: {key}: {k} is not a base64 plist: {ex}")
    for k, n_ in Counter(keys_).items():
        if n_ > 1: errors.append(f"{f}: duplicate cite key {k}")
    if groups is None: errors.append(f"{f}: no BibDesk Static Groups comment")
    else:
        for g in groups:
            for k in g.get("keys", "").split(","):
                if k not in keys_: errors.append(f"{f}: group {g.get('group name')!r} names unknown key {k}")


ASANA = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee", "Assignee Email",
         "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task", "Blocked By (Dependencies)", "Blocking (Dependencies)"]
def check_asana(f, raw):
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    try:
        rows = list(csv.reader(io.StringIO(raw, newline="")))
    except csv.Error as ex:
        errors.append(f"{f}: not CSV: {ex}"); return
    if re.search(r"(?<!\r)\n(?=\d{16},)", raw): errors.append(f"{f}: a record not ended by CRLF")
    head, rows = rows[0], rows[1:]
    if head[:16] != ASANA: errors.append(f"{f}: header is not Asana's"); return
    ix = {h: i for i, h in enumerate(head)}
    names = {r[ix["Name"]] for r in rows if len(r) == len(head)}
    ids = []
    for n_, r in enumerate(rows, 2):
        if len(r) != len(head): errors.append(f"{f}: row {n_} has {len(r)} fields, not {len(head)}"); continue
        ids.append(r[0])
        if not re.fullmatch(r"\d{16}", r[0]): errors.append(f"{f}: row {n_}: task id {r[0]!r}")
        for c in ("Created At", "Completed At", "Last Modified", "Start Date", "Due Date"):
            if r[ix[c]] and not ymd(r[ix[c]]): errors.append(f"{f}: row {n_}: {c} {r[ix[c]]!r} not a date")
        cr, co, lm = (ymd(r[ix[c]]) for c in ("Created At", "Completed At", "Last Modified"))
        if cr and co and co < cr: errors.append(f"{f}: row {n_}: completed before created")
        if cr and lm and lm < cr: errors.append(f"{f}: row {n_}: modified before created")
        if bool(r[ix["Assignee"]]) != bool(r[ix["Assignee Email"]]): errors.append(f"{f}: row {n_}: assignee without e-mail or the reverse")
        for c in ("Parent task", "Blocked By (Dependencies)", "Blocking (Dependencies)"):
            if r[ix[c]] and r[ix[c]] not in names: errors.append(f"{f}: row {n_}: {c} names no task: {r[ix[c]][:40]!r}")
        if "Status" in ix and (r[ix["Status"]] == "Erledigt") != bool(r[ix["Completed At"]]):
            errors.append(f"{f}: row {n_}: Status {r[ix['Status']]!r} does not match Completed At")
    for k, n_ in Counter(ids).items():
        if n_ > 1: errors.append(f"{f}: duplicate task id {k}")


AGO = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30}
def check_gitlab(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[0] != "Skip to content": errors.append(f"{f}: not a GitLab page copy")
    m = re.search(r"^Reference: ([\w.-]+/[\w.-]+)#(\d+)$", raw, re.M)
    if not m: errors.append(f"{f}: no Reference line"); return
    crumbs = f"{m.group(1).split('/')[0]}\n{m.group(1).split('/')[1]}\nIssues\n#{m.group(2)}\n"
    if crumbs not in raw: errors.append(f"{f}: breadcrumb does not match Reference {m.group(0)}")
    if not re.search(r"^Issue created \d+ \w+ ago by .+$", raw, re.M): errors.append(f"{f}: no 'Issue created … by …' line")
    authors, last = set(), 10 ** 6
    for i, l in enumerate(L):
        t = re.fullmatch(r"@([\w.-]+) · (\d+) (minute|hour|day|week|month)s? ago", l)
        if not t: continue
        if i == 0 or not L[i - 1].strip() or L[i - 1].startswith("@"): errors.append(f"{f}: line {i + 1}: comment header without the author's name above")
        authors.add(t.group(1))
        age = int(t.group(2)) * AGO[t.group(3)]
        if age > last: errors.append(f"{f}: line {i + 1}: comment older than the one before it")
        last = age
        if L[i + 1] not in ("Maintainer", "Developer", "Reporter", "Guest", "Owner", "Author"): errors.append(f"{f}: line {i + 1}: no role badge")
    p = re.search(r"^(\d+) participants$", raw, re.M)
    if not p or int(p.group(1)) != len(authors): errors.append(f"{f}: participants count {p and p.group(1)} != {len(authors)} comment authors")
    mr = re.search(r"^Related merge requests\n(\d+)\n((?:![0-9]+ .*\n)*)", raw, re.M)
    if not mr or int(mr.group(1)) != len(mr.group(2).splitlines()): errors.append(f"{f}: related merge request count does not match the list")
    for ref in set(re.findall(r"(?<![\w!])!(\d+)", raw)):
        if mr and not re.search(r"^!" + ref + " ", mr.group(2), re.M): errors.append(f"{f}: merge request !{ref} not in the related list")
    if L[-2] != "Issue email": errors.append(f"{f}: sidebar does not end with 'Issue email'")


VOID = {"meta", "link", "img", "br", "hr", "input", "col", "area", "base", "source", "wbr"}
class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack, self.bad, self.tags = [], [], []
    def handle_starttag(self, t, a):
        self.tags.append((t, dict(a)))
        if t not in VOID: self.stack.append(t)
    def handle_endtag(self, t):
        if t in VOID: return
        if not self.stack or self.stack[-1] != t: self.bad.append(t)
        else: self.stack.pop()


def check_html(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"ko\">"): errors.append(f"{f}: no doctype / lang=\"ko\"")
    p = _Tags(); p.feed(raw); p.close()
    if p.bad: errors.append(f"{f}: end tags that close nothing open: {p.bad[:5]}")
    if p.stack: errors.append(f"{f}: unclosed elements: {p.stack[-5:]}")
    for t, a in p.tags:
        if t == "a" and not re.fullmatch(r"https?://\S+", a.get("href", "")): errors.append(f"{f}: <a> href {a.get('href')!r}")
        if t == "img" and not a.get("alt"): errors.append(f"{f}: <img> without alt")
        if t == "table" and not a.get("class", "").startswith("stb-"): errors.append(f"{f}: layout table without a stb- class")
    if "스티비로 만든 뉴스레터" not in raw or "수신거부" not in raw: errors.append(f"{f}: no Stibee footer")


def check_cnblogs(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[0] != "博客园": errors.append(f"{f}: first line is not the site name")
    m = re.search(r"^posted @ (\d{4}-\d\d-\d\d \d\d:\d\d)  (\S+)  阅读\((\d+)\)  评论\((\d+)\)  编辑  收藏  举报$", raw, re.M)
    if not m: errors.append(f"{f}: no 'posted @ …' line"); return
    posted, author, n_com = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M"), m.group(2), int(m.group(4))
    floors = re.findall(r"^  #(\d+)楼 (?:\[楼主\] )?(\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)$", raw, re.M)
    if [int(x[0]) for x in floors] != list(range(1, len(floors) + 1)): errors.append(f"{f}: comment floors not 1..n")
    if len(floors) != n_com: errors.append(f"{f}: 评论({n_com}) but {len(floors)} comments")
    last = posted
    for n_, t, who in floors:
        t = datetime.strptime(t, "%Y-%m-%d %H:%M")
        if t < last: errors.append(f"{f}: #{n_}楼 dated before the post or the floor above")
        last = t
    for l in re.findall(r"^  #\d+楼 \[楼主\] \S+ \S+ (\S+)$", raw, re.M):
        if l != author: errors.append(f"{f}: [楼主] comment not by the author")
    if f"Copyright © {posted.year} {author}" not in raw: errors.append(f"{f}: footer copyright does not name the author")
    cal = re.search(r"^<\t(\d{4})年(\d+)月\t>\n日\t一\t二\t三\t四\t五\t六\n((?:.*\t.*\n){6})", raw, re.M)
    if not cal: errors.append(f"{f}: no sidebar calendar"); return
    y, mo = int(cal.group(1)), int(cal.group(2))
    first = date(y, mo, 1)
    start = first.toordinal() - (first.weekday() + 1) % 7
    for w, row in enumerate(cal.group(3).splitlines()):
        cells = row.split("\t")
        if len(cells) != 7: errors.append(f"{f}: calendar row {w + 1} without 7 days"); continue
        for d_, c in enumerate(cells):
            if int(c) != date.fromordinal(start + 7 * w + d_).day: errors.append(f"{f}: calendar row {w + 1} wrong"); break


WD = "月火水木金土日"
def check_connpass(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[0] != "connpass": errors.append(f"{f}: first line is not connpass")
    m = re.search(r"^(\d{4}/\d\d/\d\d)\((.)\) (\d\d:\d\d)〜(\d\d:\d\d)$", raw, re.M)
    if not m: errors.append(f"{f}: no date line"); return
    d = datetime.strptime(m.group(1), "%Y/%m/%d")
    if WD[d.weekday()] != m.group(2): errors.append(f"{f}: {m.group(1)} is not a ({m.group(2)})")
    if f"{m.group(1)}({m.group(2)}) {m.group(3)} 〜 {m.group(4)}" not in raw: errors.append(f"{f}: 開催日時 does not repeat the date line")
    try:
        i = L.index("時間\t内容\t発表者")
    except ValueError:
        errors.append(f"{f}: no timetable header"); return
    times, speakers = [], []
    for l in L[i + 1:]:
        if "\t" not in l: break
        c = l.split("\t")
        if len(c) != 3: errors.append(f"{f}: timetable row without 3 cells: {l[:30]!r}"); continue
        times.append(c[0])
        if c[2].startswith("@"): speakers.append(c[2][1:])
    if times != sorted(times) or len(set(times)) != len(times): errors.append(f"{f}: timetable times not increasing")
    if times and (times[0] != m.group(3) or times[-1] != m.group(4)): errors.append(f"{f}: timetable does not span the event")
    slots = re.findall(r"^(.+枠.*)\n先着順\n無料\n(\d+)/(\d+)$", raw, re.M)
    for name, a, b in slots:
        if int(a) > int(b): errors.append(f"{f}: {name}: {a}/{b} over capacity")
    sp = dict((n_, int(a)) for n_, a, b in slots)
    if sp.get("発表枠") != len(speakers): errors.append(f"{f}: 発表枠 {sp.get('発表枠')} but {len(speakers)} speakers in the timetable")
    tot = re.search(r"^参加者一覧（(\d+)人）$", raw, re.M)
    if not tot or int(tot.group(1)) != sum(sp.values()): errors.append(f"{f}: 参加者一覧 total does not add up")
    blk = raw.split("発表枠\n", 2)[-1].split("\n一般参加枠")[0].split("\n") if "参加者一覧" in raw else []
    if sorted(blk) != sorted(speakers): errors.append(f"{f}: 参加者一覧's 発表枠 list does not match the speakers")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 519: return check_emlx(f, raw, path)
    {517: check_todo, 518: check_org, 520: check_gost, 521: check_bibdesk, 522: check_asana, 523: check_gitlab,
     524: check_html, 525: check_cnblogs, 526: check_connpass}[n](f, raw)


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


# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# any /work/roundNN/expected.json except round50's and round51's, a byte-identical file counted once),
# and the round50/round51 split (candidates sorted by (uses, catalogue title); round50 = odd positions from 3 on,
# one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
counted = set()
sources = [os.path.join(TD, d, "expected.json") for d in sorted(os.listdir(TD))] + \
          [os.path.join("/work", d, "expected.json") for d in sorted(os.listdir("/work"))
           if re.fullmatch(r"round\d\d", d) and d not in ("round50", "round51")]
for pth in sources:
    if not os.path.exists(pth) or os.path.realpath(pth) == os.path.realpath(os.path.join(ROOT, "expected.json")): continue
    b = open(pth, "rb").read()
    if b in counted: continue
    counted.add(b)
    for recs in json.loads(b).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
pos = {pkey(e): i + 1 for i, e in enumerate(cands)}
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
last = max((pos[k] for k in mine if k in pos), default=0)
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round51 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r51 = set()
p51 = "/work/round51/expected.json"
if os.path.exists(p51):
    try:
        r51 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p51)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round51/expected.json exists but could not be read (being written?)")
    if r51 & mine: errors.append(f"papers also in round51: {sorted(r51 & mine)}")
shared51 = len(r51 & mine) if os.path.exists(p51) else "(no /work/round51/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:92s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round50 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round51: {shared51}; papers in more than one round50 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
