#!/usr/bin/env python3
r"""Checks round37/expected.json against the digests and the shared catalogues.

Adapted from round35/validate.py (the label checks are the same code; the reuse report now reads every
/work/main/tests/data/*/expected.json — digests-dev, digests-own and rounds 8–35 — and checks the round36/round37
split: round37 holds exactly the odd positions of the candidates sorted by (uses, catalogue title), position 1 left
out; it reports any paper shared with /work/round36/expected.json and any paper in more than one round37 file; the
readers and shape checks are new). Every digest is UTF-8; each is also read in decoded forms, the way a reader of
that shape would see it:
  - 388 (5ch): URLs written "ttps://" restored to "https://";
  - 389 (typescript): ANSI CSI/OSC escape sequences and carriage returns removed;
  - 391 (HTML): the page as text, each link followed by its target;
  - 392 (GraphML): every <data> value, one per line (XML entities undone);
  - 394 (Espanso YAML): double-quoted scalars folded (line break + indentation = one space) and unescaped;
  - 395 (JSON Lines): every string value of every object, one per line;
  - the plain-text files (387, 390, 393, 396): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case in 388,
sentence case in 390, split by a line break in 388 and 394) or only after decoding is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 37
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 387 (Google Patents page copied): LF, "<US…A1> - <title> - Google Patents" then the title, the publication
    number block, priority ≤ filing ≤ publication (a Thursday, as USPTO publishes), filing within 12 months of the
    provisional, "Prior art date" = priority date, event lines ascending and "Publication of" on the publication
    date, Info counts = table headings = rows (patent citations, non-patent citations, cited by), description
    paragraphs [0001]… consecutive, claims 1..n with dependent claims citing only earlier claims, tab-separated
    table rows with the header's field count, an examiner legend under each table that marks "*";
  - 388 (5ch thread copied): LF, board and title lines, "Nコメント" = posts, posts numbered 1..n, heads "N 名前
    (ﾜｯﾁｮｲ xxxx-xxxx) YYYY/MM/DD(曜) HH:MM:SS.ss ID:xxxxxxxxx" on their weekday, times ascending, an ID used on one
    day only and always with the same ﾜｯﾁｮｲ, ">>N" anchors to earlier posts (the template's ">>950" excepted), deleted
    posts as "N あぼーん / あぼーん", no "http://" or "https://" (the thread writes ttps://), read.cgi footer;
  - 389 (typescript): "Script started on … [TERM=… COLUMNS=… LINES=…]" and "Script done on … [COMMAND_EXIT_CODE=…]"
    later, every body line ended by CRLF, only well-formed CSI/OSC escapes, one ESC[?2004l per prompt, the window
    title's user and directory = the prompt's, a prompt in each directory cd'ed to, prompt + command ≤ COLUMNS
    (readline would have wrapped it), `ls -1` output sorted as in the C locale;
  - 390 (Word comments pane copied): LF, the document line, "N conversaciones · M comentarios" = the cards,
    every card "author / weekday, D de mes de AAAA H:MM", weekdays right everywhere, dates non-decreasing within a
    conversation, each conversation closed by "Responder / Resolver conversación" or "Resuelta por <participant> /
    Volver a abrir", @mentions of people in the pane;
  - 391 (W&B report HTML): LF, doctype, elements nested, <title> = h1 = og:title + " | project – Weights &
    Biases", run set count = "1-k of N" with k rows of the header's cells, run ids 8 lowercase alphanumerics and
    unique, run links in the nav's entity/project, citations [n] = the references list (every reference cited,
    ids ref-n), "Comments (n)" = comments, "Created on" ≤ "Last edited on", accuracies within 0–100;
  - 392 (GraphML): well-formed XML, root graphml in the GraphML namespace, key ids unique, every <data> key
    declared for its element kind, int/integer/float/double values parse, node and edge ids unique, edge ends exist,
    r/g/b within 0–255, url values http(s), every node labelled, a paper node's year = its catalogue year;
  - 393 (NotebookLM copied): LF, the top bar, the source list = "N fonti" (twice), the source guide names a listed
    source and its URL, citation numbers in each answer or note first used in order 1, 2, 3…, Italian weekdays right;
  - 394 (Espanso YAML): LF, no tabs, top-level keys global_vars / matches, each item a trigger / triggers / regex
    with exactly one of replace / form, triggers unique, double-quoted scalars closed, with valid escapes and their
    folded lines indented, block scalars indented under their key, {{variables}} declared (global var, form field or
    regex group);
  - 395 (gh api JSON Lines): one compact JSON object per line, the jq expression's keys in its order, html_url =
    github.com/full_name, full names unique, stargazers_count a non-negative integer, pushed_at ISO UTC, topics in
    GitHub's form, homepage null / "" / http(s), no HTML-escaped \u003c / \u003e / \u0026;
  - 396 (NEGATIVE, Korean receipt copied): LF, the box table's lines of equal display width (East Asian wide =
    2), items sum to the total, VAT = total/11 (rounded) and supply + VAT = total = the paid amount, "M월 D일(요)"
    weekdays right, payment before the event and refund / change deadlines before the event, registration number.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17)."""

import html, json, os, re, sys, unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, date
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    """the digest as text (all round37 digests are UTF-8)"""
    return open(path, encoding="utf-8", newline="").read()


class _Text(HTMLParser):
    """HTML as text: tags removed, each <a href> followed by its target"""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out, self.href = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a": self.href.append(a.get("href") or "")
        if tag in ("div", "li", "br", "p", "tr", "h1", "h2", "h3", "h4", "section", "header", "nav"): self.out.append("\n")

    def handle_endtag(self, tag):
        if tag == "a" and self.href: self.out.append(f" <{self.href.pop()}>")

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Text(); p.feed(s); p.close()
    return "".join(p.out)


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def ts_text(raw):
    """389: escape sequences and carriage returns removed"""
    return ANSI.sub("", raw).replace("\r", "")


def graphml_text(raw):
    """392: every <data> value, one per line"""
    root = ET.fromstring(raw.encode("utf-8"))
    return "\n".join((d.text or "") for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data"))


def yaml_dq(raw):
    """394: double-quoted scalars folded (a line break and the next line's indentation become one space) and unescaped"""
    out = []
    for m in re.finditer(r'(?<=: )"((?:[^"\\]|\\.)*)"', raw):
        s = re.sub(r"[ \t]*\n[ \t]*", " ", m.group(1))
        out.append(re.sub(r'\\(.)', lambda x: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(x.group(1), x.group(1)), s))
    return "\n".join(out)


def jsonl_text(raw):
    """395: every string value, one per line"""
    out = []
    def walk(v):
        if isinstance(v, str): out.append(v)
        elif isinstance(v, list): [walk(x) for x in v]
        elif isinstance(v, dict): [walk(x) for x in v.values()]
    for l in raw.splitlines():
        if l.strip(): walk(json.loads(l))
    return "\n".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 388: forms.append(re.sub(r"(?<![h\w])ttps://", "https://", raw))
    if n == 389: forms.append(ts_text(raw))
    if n == 391: forms.append(html_text(raw))
    if n == 392: forms.append(graphml_text(raw))
    if n == 394: forms.append(yaml_dq(raw))
    if n == 395: forms.append(jsonl_text(raw))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
VOID = {"meta", "link", "br", "img", "hr", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class _Nest(HTMLParser):
    def __init__(self):
        super().__init__(); self.st, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.st.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.st or self.st[-1] != tag: self.bad.append((tag, list(self.st[-3:]))); return
        self.st.pop()


def nested(f, s):
    p = _Nest(); p.feed(s); p.close()
    if p.bad or p.st: errors.append(f"{f}: elements not nested/closed: {p.bad[:2]} open {p.st[:3]}")


def ymd(s):
    return datetime.strptime(s, "%Y-%m-%d")


def check_patent(f, raw):
    """387: a Google Patents page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    m = re.fullmatch(r"(US\d{11}A1) - (.+) - Google Patents", L[0])
    if not m or L[2] != m.group(2): errors.append(f"{f}: first lines (number - title - Google Patents, title)"); return
    pub = m.group(1)
    if f"Publication number\n{pub}\n" not in raw: errors.append(f"{f}: publication number block")
    def field(name):
        mm = re.search(rf"^{re.escape(name)}(?: \(.*\))?\n(\d{{4}}-\d\d-\d\d)$", raw, re.M)
        return ymd(mm.group(1)) if mm else None
    pr, fi, pu, pa = field("Priority date"), field("Filing date"), field("Publication date"), field("Prior art date")
    if not (pr and fi and pu and pr <= fi <= pu): errors.append(f"{f}: priority ≤ filing ≤ publication"); return
    if pu.weekday() != 3: errors.append(f"{f}: publication date not a Thursday")
    if (fi - pr).days > 366: errors.append(f"{f}: filed more than 12 months after the provisional")
    if pa != pr: errors.append(f"{f}: Prior art date != priority date")
    ev = re.findall(r"^(\d{4}-\d\d-\d\d) (Priority to|Application filed by|Assigned to|Publication of) (.+)$", raw, re.M)
    ds = [d for d, _, _ in ev]
    if not ev or ds != sorted(ds): errors.append(f"{f}: events missing or out of order")
    if not any(k == "Publication of" and d == f"{pu:%Y-%m-%d}" and x == pub for d, k, x in ev): errors.append(f"{f}: 'Publication of' event")
    if not any(k == "Application filed by" and d == f"{fi:%Y-%m-%d}" for d, k, x in ev): errors.append(f"{f}: 'Application filed' event")
    paras = [int(x) for x in re.findall(r"^\[(\d{4})\] ", raw, re.M)]
    if paras != list(range(1, len(paras) + 1)): errors.append(f"{f}: description paragraphs not [0001]..[n]")
    cm = re.search(r"^Claims \((\d+)\)$", raw, re.M)
    claims = re.findall(r"^(\d+)\. (.+)$", raw, re.M)
    if not cm or [int(c) for c, _ in claims] != list(range(1, int(cm.group(1)) + 1)): errors.append(f"{f}: claims not 1..n")
    for c, t in claims:
        refs = [int(x) for x in re.findall(r"claims? (\d+)", t)] + [int(x) for x in re.findall(r"claims \d+ to (\d+)", t)]
        if any(r >= int(c) for r in refs): errors.append(f"{f}: claim {c} depends on a later claim")
    # tables
    def table(title_re):
        mm = re.search(rf"^{title_re} \((\d+)\)\n(.+)\n((?:.+\n)*?)(?:\* Cited by examiner.*\n)?\n", raw, re.M)
        if not mm: return None, None, None
        return int(mm.group(1)), mm.group(2), [l for l in mm.group(3).split("\n") if l]
    for tt, info in (("Patent Citations", "Patent citations"), ("Non-Patent Citations", "Non-patent citations"), ("Cited By", "Cited by"),
                     ("Family Cites Families", None)):
        n, hdr, rows = table(re.escape(tt))
        if n is None: errors.append(f"{f}: table {tt} missing"); continue
        if n != len(rows): errors.append(f"{f}: {tt} ({n}) has {len(rows)} rows")
        if info and f"\n{info} ({n})\n" not in raw: errors.append(f"{f}: Info '{info} ({n})' disagrees")
        for r in rows:
            if r.count("\t") != hdr.count("\t"): errors.append(f"{f}: a {tt} row with the wrong field count")
    for blk in re.findall(r"\n\n((?:.+\n)+)", raw):
        if re.search(r"^(?:\* |\S+ \*\t)", blk, re.M) and "* Cited by examiner, † Cited by third party" not in blk:
            errors.append(f"{f}: '*' without the examiner legend")
    for tt in ("Similar Documents", "Legal Events"):
        mm = re.search(rf"^{tt}\n(.+)\n((?:.+\n)+)", raw, re.M)
        if not mm or any(r.count("\t") != mm.group(1).count("\t") for r in mm.group(2).split("\n") if r):
            errors.append(f"{f}: {tt} table rows")


def check_5ch(f, raw):
    """388: a 5ch thread copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    if not L[0].endswith("板") or not L[1].startswith("【"): errors.append(f"{f}: board / thread title lines")
    cm = re.match(r"(\d+)コメント$", L[2])
    heads = list(re.finditer(r"^(\d+) (?:(.+?) \(ﾜｯﾁｮｲ ([0-9a-f]{4}-[0-9A-Za-z]{4})\) (\d{4})/(\d\d)/(\d\d)\((.)\) (\d\d:\d\d:\d\d\.\d\d) ID:([0-9A-Za-z+/]{8}[0-9a-zA-Z])|あぼーん)$", raw, re.M))
    if not cm or int(cm.group(1)) != len(heads): errors.append(f"{f}: 'Nコメント' != posts")
    if [int(h.group(1)) for h in heads] != list(range(1, len(heads) + 1)): errors.append(f"{f}: posts not numbered 1..n")
    last, ids = None, {}
    for i, h in enumerate(heads):
        body = raw[h.end():heads[i + 1].start() if i + 1 < len(heads) else raw.find("\n新着レスの表示")]
        if h.group(2) is None:
            if body.strip() != "あぼーん": errors.append(f"{f}: deleted post {h.group(1)} not 'あぼーん'")
            continue
        d = datetime(int(h.group(4)), int(h.group(5)), int(h.group(6)))
        if "月火水木金土日"[d.weekday()] != h.group(7): errors.append(f"{f}: post {h.group(1)} weekday")
        t = datetime.strptime(f"{h.group(4)}{h.group(5)}{h.group(6)} {h.group(8)}", "%Y%m%d %H:%M:%S.%f")
        if last and t < last: errors.append(f"{f}: post {h.group(1)} earlier than the one before")
        last = t
        uid = h.group(9)
        if uid in ids and (ids[uid][0] != d or ids[uid][1] != h.group(3)): errors.append(f"{f}: ID {uid} on two days or with two ﾜｯﾁｮｲ")
        ids.setdefault(uid, (d, h.group(3)))
        for a in re.findall(r">>(\d+)", body):
            if int(h.group(1)) > 1 and int(a) >= int(h.group(1)): errors.append(f"{f}: post {h.group(1)} anchors a later post >>{a}")
    if re.search(r"https?://", raw): errors.append(f"{f}: a URL with 'http' (the thread writes ttps://)")
    if not re.search(r"^read\.cgi ver [\d.]+ \d{4}/\d\d/\d\d ", raw, re.M): errors.append(f"{f}: read.cgi footer")


def check_typescript(f, raw):
    """389: a util-linux `script` typescript"""
    hm = re.match(r'Script started on (\S+ \S+) \[TERM="[^"]+" TTY="[^"]+" COLUMNS="(\d+)" LINES="(\d+)"\]\n', raw)
    fm = re.search(r'\nScript done on (\S+ \S+) \[COMMAND_EXIT_CODE="(\d+)"\]\n\Z', raw)
    if not hm or not fm: errors.append(f"{f}: Script started / Script done lines"); return
    if datetime.fromisoformat(fm.group(1).replace(" ", "T")) <= datetime.fromisoformat(hm.group(1).replace(" ", "T")):
        errors.append(f"{f}: done not after started")
    body = raw[hm.end():fm.start()]
    if re.search(r"(?<!\r)\n", body) or not body.endswith("\r\n"): errors.append(f"{f}: a body line not ended by CRLF")
    if re.search(r"\x1b(?!\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(?:\x07|\x1b\\))", body): errors.append(f"{f}: a malformed escape sequence")
    prompts = re.findall(r"\x1b\[\?2004h\x1b\]0;([^:\x07]+): ([^\x07]+)\x07\x1b\[01;32m([^\x1b]+)\x1b\[00m:\x1b\[01;34m([^\x1b]+)\x1b\[00m\$ ", body)
    if len(prompts) != body.count("\x1b[?2004l\r") or not prompts: errors.append(f"{f}: prompts != ESC[?2004l")
    for who, cwd, who2, cwd2 in prompts:
        if who != who2 or cwd != cwd2: errors.append(f"{f}: window title {who}: {cwd} != prompt {who2}:{cwd2}")
    cols = int(hm.group(2))
    for l in ts_text(body).split("\n"):  # readline would have wrapped a longer command line (program output is wrapped by the terminal)
        if re.match(r"\S+@\S+?:\S+\$ ", l) and len(l) > cols: errors.append(f"{f}: a command line wider than COLUMNS={cols}: {l[:40]!r}")
    plain = ts_text(body)
    cds = re.findall(r"\$ cd (\S+)\n.*?\$ ", plain, re.S)
    pm = re.findall(r"^\S+@\S+?:(\S+)\$ ", plain, re.M)
    for i, c in enumerate(cds):
        if c not in pm: errors.append(f"{f}: no prompt in the directory {c} after cd")
    lm = re.search(r"\$ ls -1\n((?:[^\n$]+\n)+?)\S+@", plain)
    if not lm: errors.append(f"{f}: no ls -1 output")
    else:
        names = lm.group(1).rstrip("\n").split("\n")
        if names != sorted(names, key=lambda s: s.encode()): errors.append(f"{f}: ls -1 not in C-locale order")


WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MES_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def check_word_comments(f, raw):
    """390: Word for the web's comments pane copied as text"""
    lf_final(f, raw)
    if not re.match(r"\S+\.docx · Guardado en OneDrive\n", raw): errors.append(f"{f}: document line")
    for wd, dd, mo, yy in re.findall(r"\b(lunes|martes|miércoles|jueves|viernes|sábado|domingo), (\d{1,2}) de (\w+) de (\d{4})", raw):
        if mo not in MES_ES or WD_ES[date(int(yy), MES_ES.index(mo) + 1, int(dd)).weekday()] != wd: errors.append(f"{f}: {wd}, {dd} de {mo} de {yy} wrong weekday")
    cm = re.search(r"· (\d+) conversaciones · (\d+) comentarios$", raw, re.M)
    convs = raw.split("Mostrar conversaciones resueltas\n\n", 1)[-1].split("\n\n")
    convs = [c for c in convs if re.search(r"^(?:Responder\nResolver conversación|Resuelta por .+\nVolver a abrir)$", c, re.M)]
    DRE = r"^(.+)\n(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo), (\d{1,2}) de (\w+) de (\d{4}) (\d{1,2}):(\d\d)$"
    ncards, people = 0, set()
    for c in convs:
        cards = re.findall(DRE, c, re.M)
        people |= {a for a, *_ in cards}
    for c in convs:
        cards = re.findall(DRE, c, re.M)
        ncards += len(cards)
        ts = [datetime(int(y), MES_ES.index(mo) + 1, int(d), int(h), int(mi)) for a, d, mo, y, h, mi in cards]
        if not cards or ts != sorted(ts): errors.append(f"{f}: a conversation without cards or out of order")
        tail = c.rstrip("\n").split("\n")[-2:]
        if tail == ["Responder", "Resolver conversación"]: pass
        elif tail[0].startswith("Resuelta por ") and tail[1] == "Volver a abrir":
            if tail[0][13:] not in {a for a, *_ in cards}: errors.append(f"{f}: resolved by someone outside the conversation")
        else: errors.append(f"{f}: a conversation without its footer")
        for mname in re.findall(r"@([A-ZÁÉÍÓÚ][\wáéíóúñ]+(?: [\wáéíóúñ]+){1,3}?)(?= |,|$)", c):
            if not any(p.startswith(mname) or mname.startswith(p) for p in people): errors.append(f"{f}: @{mname} not in the pane")
    if not cm or int(cm.group(1)) != len(convs) or int(cm.group(2)) != ncards: errors.append(f"{f}: the counts line != conversations/cards")


MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def check_wandb(f, raw):
    """391: a W&B report saved as HTML"""
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: doctype")
    nested(f, raw)
    tm = re.search(r"<title>(.+) \| ([\w-]+) – Weights &amp; Biases</title>", raw)
    h1 = re.search(r"<h1>(.+)</h1>", raw); og = re.search(r'<meta property="og:title" content="([^"]+)">', raw)
    if not tm or not h1 or not og or not tm.group(1) == h1.group(1) == og.group(1): errors.append(f"{f}: title / h1 / og:title")
    nav = re.search(r'<span class="crumbs"><a href="/([\w-]+)">[\w-]+</a> / <a href="/\1/([\w-]+)">', raw)
    if not nav or not tm or nav.group(2) != tm.group(2): errors.append(f"{f}: nav crumbs / project"); return
    cnt = re.search(r'Run set <span class="count">(\d+)</span>', raw); ft = re.search(r'runset-footer">1-(\d+) of (\d+)<', raw)
    tb = re.search(r'<table class="runs">\s*<thead><tr>(.*?)</tr></thead>\s*<tbody>(.*?)</tbody>', raw, re.S)
    if not cnt or not ft or not tb or cnt.group(1) != ft.group(2): errors.append(f"{f}: run set count / footer"); return
    rows = re.findall(r"<tr>(.*?)</tr>", tb.group(2), re.S)
    if len(rows) != int(ft.group(1)): errors.append(f"{f}: '1-k of' != rows")
    hdr = tb.group(1).count("<th>")
    rids = []
    for r in rows:
        cells = re.findall(r"<td>(.*?)</td>", r)
        if len(cells) != hdr: errors.append(f"{f}: a run row with {len(cells)} cells"); continue
        lm = re.match(r'<a href="/([\w-]+)/([\w-]+)/runs/([a-z0-9]+)">', cells[0])
        if not lm or (lm.group(1), lm.group(2)) != (nav.group(1), nav.group(2)) or len(lm.group(3)) != 8: errors.append(f"{f}: run link {cells[0][:40]}")
        else: rids.append(lm.group(3))
        for v in cells[-2:]:
            if not 0 <= float(v) <= 100: errors.append(f"{f}: accuracy {v}")
    if len(set(rids)) != len(rids): errors.append(f"{f}: duplicate run ids")
    refs = re.findall(r'<li id="ref-(\d+)">', raw)
    cites = {int(x) for x in re.findall(r'<a href="#ref-(\d+)">\[\1\]</a>', raw)}
    if [int(x) for x in refs] != list(range(1, len(refs) + 1)) or cites != set(range(1, len(refs) + 1)): errors.append(f"{f}: citations != references")
    if re.search(r'<a href="#ref-(\d+)">\[(?!\1\])', raw): errors.append(f"{f}: a citation's number != its target")
    cm = re.search(r"<h3>Comments \((\d+)\)</h3>", raw)
    if not cm or int(cm.group(1)) != raw.count('<div class="comment">'): errors.append(f"{f}: comment count")
    dm = re.search(r"Created on (\w+) (\d+) \| Last edited on (\w+) (\d+)<", raw)
    if not dm or (MON_EN.index(dm.group(1)), int(dm.group(2))) > (MON_EN.index(dm.group(3)), int(dm.group(4))): errors.append(f"{f}: created after last edited")


GNS = "{http://graphml.graphdrawing.org/xmlns}"


def check_graphml(f, raw):
    """392: a GraphML file exported from Gephi"""
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'): errors.append(f"{f}: XML declaration")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != GNS + "graphml": errors.append(f"{f}: root is not graphml in the GraphML namespace"); return
    keys_ = {}
    for k in root.findall(GNS + "key"):
        if k.get("id") in keys_: errors.append(f"{f}: key id {k.get('id')} twice")
        keys_[k.get("id")] = (k.get("for"), k.get("attr.type"), k.get("attr.name"))
    g = root.find(GNS + "graph")
    if g is None or g.get("edgedefault") not in ("directed", "undirected"): errors.append(f"{f}: graph element"); return
    nodes = {}
    for el in list(g):
        kind = el.tag.replace(GNS, "")
        vals = {}
        for d in el.findall(GNS + "data"):
            k = d.get("key")
            if k not in keys_ or keys_[k][0] != kind: errors.append(f"{f}: data key {k} not declared for {kind}"); continue
            ty, v = keys_[k][1], d.text or ""
            try:
                if ty in ("int", "integer", "long"): int(v)
                elif ty in ("float", "double"): float(v)
            except ValueError:
                errors.append(f"{f}: {kind} {el.get('id')} {k}={v!r} not {ty}")
            vals[keys_[k][2]] = v
        if kind == "node":
            if el.get("id") in nodes: errors.append(f"{f}: node id {el.get('id')} twice")
            nodes[el.get("id")] = vals
            if not vals.get("label"): errors.append(f"{f}: node {el.get('id')} without label")
            for c in ("r", "g", "b"):
                if c in vals and not 0 <= int(vals[c]) <= 255: errors.append(f"{f}: node {el.get('id')} colour {c}")
            if vals.get("url") and not re.match(r"https?://", vals["url"]): errors.append(f"{f}: url {vals['url']!r}")
            if vals.get("类型") == "论文":
                e = next((e for e in pool.values() if e["title"] and norm(e["title"]) == norm(vals.get("label", ""))), None)
                if e and str(vals.get("year")) != (e.get("published") or "")[:4]: errors.append(f"{f}: {vals['label'][:40]} year {vals.get('year')} != catalogue")
    eids = []
    for el in g.findall(GNS + "edge"):
        eids.append(el.get("id"))
        if el.get("source") not in nodes or el.get("target") not in nodes: errors.append(f"{f}: edge {el.get('id')} to a missing node")
    if len(set(eids)) != len(eids): errors.append(f"{f}: duplicate edge ids")


WD_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MES_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def check_notebooklm(f, raw):
    """393: a NotebookLM notebook copied as text"""
    lf_final(f, raw)
    if not raw.startswith("NotebookLM\n"): errors.append(f"{f}: top bar")
    sm = re.search(r"^Seleziona tutte le fonti\n((?:.+\n)+)\n", raw, re.M)
    if not sm: errors.append(f"{f}: source list"); return
    src = sm.group(1).rstrip("\n").split("\n")
    nf = re.findall(r"^(\d+) fonti$", raw, re.M)
    if len(nf) != 2 or any(int(x) != len(src) for x in nf): errors.append(f"{f}: 'N fonti' != {len(src)} sources")
    gm = re.search(r"^Guida alla fonte\n(.+)\n(https?://\S+)$", raw, re.M)
    if not gm or gm.group(1) not in src: errors.append(f"{f}: source guide does not name a listed source with its URL")
    for blk in re.split(r"^(?:Salva nella nota|Documento di briefing: .+|Da fare prima del seminario)$", raw, flags=re.M):
        first = []
        for c in re.findall(r"\[(\d+)\]", blk):
            if int(c) not in first: first.append(int(c))
        if first and first != list(range(1, len(first) + 1)): errors.append(f"{f}: citations first used out of order {first}")
    for wd, dd, mo in re.findall(r"\b(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) (\d{1,2}) (\w+)", raw):
        if mo in MES_IT and WD_IT[date(2024, MES_IT.index(mo) + 1, int(dd)).weekday()] != wd: errors.append(f"{f}: {wd} {dd} {mo} wrong weekday")


def check_espanso(f, raw):
    """394: an Espanso match file"""
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: tab characters in YAML")
    top = re.findall(r"^([A-Za-z_]+):", raw, re.M)
    if top != ["global_vars", "matches"]: errors.append(f"{f}: top-level keys {top}")
    body = raw.split("\nmatches:\n", 1)[-1]
    items = re.split(r"\n(?=  - )", "\n" + body)
    items = [i.strip("\n") for i in items if i.strip().startswith("- ")]
    trig, gvars = [], set(re.findall(r"^  - name: (\w+)$", raw, re.M))
    for it in items:
        first = it.split("\n")[0]
        m = re.match(r'  - (trigger: "([^"]+)"|triggers: \[("[^"]+"(?:, "[^"]+")*)\]|regex: "(.+)")$', first)
        if not m: errors.append(f"{f}: item head {first!r}"); continue
        if m.group(2): trig.append(m.group(2))
        if m.group(3): trig += re.findall(r'"([^"]+)"', m.group(3))
        ks = re.findall(r"^    (\w+):", it, re.M)
        if (ks.count("replace") + ks.count("form")) != 1: errors.append(f"{f}: item {first.strip()} needs exactly one of replace/form")
        known = gvars | set(re.findall(r"^      (\w+):$", it, re.M)) | set(re.findall(r"\(\?P<(\w+)>", it))
        for v in re.findall(r"\{\{(\w+)\}\}", it):
            if v not in known: errors.append(f"{f}: {{{{{v}}}}} not declared")
        IL = it.split("\n")
        for j, l in enumerate(IL):
            bm = re.match(r"    (\w+): \|$", l)
            if not bm: continue
            k = j + 1
            while k < len(IL) and (IL[k] == "" or IL[k].startswith("      ")): k += 1
            if k == j + 1 or (k < len(IL) and not re.match(r"(    \w+:|  - |\s*#)", IL[k])):
                errors.append(f"{f}: block scalar of {bm.group(1)} empty or not indented under its key")
    if len(trig) != len(set(trig)): errors.append(f"{f}: duplicate triggers")
    for m in re.finditer(r'^( *)((?:- )?)\w+: "', raw, re.M):  # double-quoted scalars, possibly folded over lines
        mm = re.match(r'((?:[^"\\]|\\.)*)"[ ]*$', raw[m.end():], re.M)
        line = raw[m.start():raw.find("\n", m.start())]
        if not mm: errors.append(f"{f}: unclosed double-quoted scalar: {line[:40]!r}"); continue
        for cont in mm.group(1).split("\n")[1:]:
            if len(cont) - len(cont.lstrip(" ")) <= len(m.group(1)) + len(m.group(2)): errors.append(f"{f}: a folded scalar's line not indented: {cont[:30]!r}")
        if any(ch not in '0abtnvfre "/\\N_LPxuU' for ch in re.findall(r"\\(.)", mm.group(1))): errors.append(f"{f}: bad escape in {line[:40]!r}")


JQ_KEYS = ["full_name", "description", "html_url", "homepage", "language", "topics", "stargazers_count", "pushed_at"]


def check_jsonl(f, raw):
    """395: gh api … --jq output, JSON Lines"""
    lf_final(f, raw)
    names = []
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        try:
            o = json.loads(l)
        except ValueError as ex:
            errors.append(f"{f}: line {i} not JSON: {ex}"); continue
        if list(o) != JQ_KEYS: errors.append(f"{f}: line {i} keys {list(o)}")
        if json.dumps(o, ensure_ascii=False, separators=(",", ":")) != l: errors.append(f"{f}: line {i} not compact JSON")
        if o.get("html_url") != "https://github.com/" + str(o.get("full_name")): errors.append(f"{f}: line {i} html_url != full_name")
        names.append(o.get("full_name"))
        if not isinstance(o.get("stargazers_count"), int) or o["stargazers_count"] < 0: errors.append(f"{f}: line {i} stargazers_count")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(o.get("pushed_at"))): errors.append(f"{f}: line {i} pushed_at")
        if not all(re.fullmatch(r"[a-z0-9][a-z0-9-]{0,49}", t) for t in o.get("topics", [])): errors.append(f"{f}: line {i} topics")
        if o.get("homepage") not in (None, "") and not re.match(r"https?://", o["homepage"]): errors.append(f"{f}: line {i} homepage")
    if len(set(names)) != len(names): errors.append(f"{f}: a repository twice")
    if re.search(r"\\u00(3c|3e|26)", raw, re.I): errors.append(f"{f}: HTML-escaped characters")


WD_KO = "월화수목금토일"


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_receipt(f, raw):
    """396 (NEGATIVE): a Korean registration receipt copied as text"""
    lf_final(f, raw)
    tbl = [l for l in raw.split("\n") if l and l[0] in "┌├│└"]
    if not tbl or len({dwidth(l) for l in tbl}) != 1: errors.append(f"{f}: table lines of unequal display width")
    won = lambda s: int(s.replace(",", ""))
    items = re.findall(r"^│ (?!항목|합계)(.+?)\s+│\s+(\d+) │\s+([\d,]+)원 │$", raw, re.M)
    tot = re.search(r"^│ 합계\s+│\s+│\s+([\d,]+)원 │$", raw, re.M)
    if not items or not tot or sum(won(a) for _, _, a in items) != won(tot.group(1)): errors.append(f"{f}: items do not sum to the total"); return
    T_ = won(tot.group(1))
    sup = re.search(r"^공급가액: ([\d,]+)원$", raw, re.M); vat = re.search(r"^부가세: ([\d,]+)원$", raw, re.M)
    paid = re.search(r"^결제 금액: ([\d,]+)원", raw, re.M)
    if not sup or not vat or not paid or won(vat.group(1)) != round(T_ / 11) or won(sup.group(1)) + won(vat.group(1)) != T_ or won(paid.group(1)) != T_:
        errors.append(f"{f}: supply / VAT / paid amount")
    for mo, dd, wd in re.findall(r"(\d{1,2})월 (\d{1,2})일\s?\((.)\)", raw):
        if WD_KO[date(2024, int(mo), int(dd)).weekday()] != wd: errors.append(f"{f}: {mo}월 {dd}일({wd}) wrong weekday")
    im = re.search(r"^발행일: 2024년 (\d+)월 (\d+)일 \((.)\)$", raw, re.M)
    pm = re.search(r"^결제 일시: (\d{4}-\d\d-\d\d) ", raw, re.M)
    em = re.search(r"^기간: 2024년 (\d+)월 (\d+)일", raw, re.M)
    if not im or not pm or not em: errors.append(f"{f}: issue / payment / event dates missing"); return
    ev0 = date(2024, int(em.group(1)), int(em.group(2)))
    if date.fromisoformat(pm.group(1)) > ev0 or date(2024, int(im.group(1)), int(im.group(2))) < date.fromisoformat(pm.group(1)):
        errors.append(f"{f}: payment not before the event or receipt before payment")
    rm = re.search(r"^5\. 환불 규정: (.+)$", raw, re.M)
    for mo, dd in re.findall(r"(\d{1,2})월 (\d{1,2})일", rm.group(1) if rm else ""):
        if date(2024, int(mo), int(dd)) >= ev0: errors.append(f"{f}: a refund/change deadline not before the event")
    if not re.search(r"^등록번호: [A-Z]+\d{2}-\d{4}$", raw, re.M): errors.append(f"{f}: registration number")


def shape_checks(f, raw, path):
    {387: check_patent, 388: check_5ch, 389: check_typescript, 390: check_word_comments, 391: check_wandb,
     392: check_graphml, 393: check_notebooklm, 394: check_espanso, 395: check_jsonl, 396: check_receipt}[num(f)](f, raw)


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

# reuse report: how often the labelled sets in /work/main/tests/data (digests-dev, digests-own, rounds 8-35) used each
# paper, and the round36/round37 split (candidates sorted by (uses, catalogue title); round37 = odd positions)
used = Counter()
TD = "/work/main/tests/data"
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
top = max((used[k] for k in mine), default=0)
odd = {pkey(e) for i, e in enumerate(cands) if i % 2 == 0 and used[pkey(e)] <= top}
left_out = sorted(odd - mine, key=lambda k: next(e["title"] for e in cands if pkey(e) == k))
even = sorted(mine - odd)
if even: errors.append(f"papers not at an odd position (round36 takes the even ones): {even}")
r36 = set()
p36 = "/work/round36/expected.json"
if os.path.exists(p36):
    r36 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p36)).values() for x in recs}
    if r36 & mine: errors.append(f"papers also in round36: {sorted(r36 & mine)}")

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (all of {TD}/*/expected.json): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"odd-position candidates up to {top} uses not used: {[next(e['title'] for e in cands if pkey(e) == k) for k in left_out]}; "
      f"at even positions: {len(even)}; shared with round36: {len(r36 & mine)}; papers in more than one round37 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
