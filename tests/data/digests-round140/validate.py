#!/usr/bin/env python3
r"""Checks round140/expected.json against the digests and the shared catalogues.

Adapted from round139/validate.py (the label checks are the same code; the reuse report is round139's with round140 /
round141 in place of round139 / round138: round140 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round140's and round141's own (a
digests-round140 / digests-round141 folder, or a file whose bytes equal round140's or round141's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round140 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round141's expected.json (read only, from /work/rounds/digests-round141/ or
/work/main/tests/data/digests-round141/, when it exists), and on a paper in more than one round140 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1419 its MIME parts with the base64 undone and
the RFC 2047 subject decoded; 1422 every CSV field; everything: HTML / XML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation (TeX braces dropped) and case-blind; a title
found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1417 antiword (LF, a final newline, no tabs; `[pic]`; a paragraph's lines filled greedily to 76 columns — a line
breaks only where the next word would not fit, longer lines only for one unbreakable token; a table's rows share
their `|` columns; the hours: credits × 30 = total = lectures + labs + self-study in the description table, each topic
row adds up, the module and total rows are the sums; the lab table sums to the lab hours; the points add up to 100;
the ECTS scale covers 0–100 without gaps; literature and resources numbered 1..n);
1418 Gitblit README (LF, a final newline; every table-of-contents anchor is a heading's GitHub-style slug; links to
the Gitblit host use its forms — `/summary/`, `/tree/`, `/tickets/` + a repository with `!` for `/`, `/blob/` and
`/raw/` + repository / branch / path with `!`, clone URLs `/r/…​.git`; table rows have the header's column count);
1419 .eml (CR LF throughout; header fields parse, `Content-Length` = the body's bytes; the boundary declared and used,
two parts text/plain and text/html, UTF-8 in base64 with lines of at most 76 characters that decode; the subject's
B-words decode; Date valid with its weekday and `(UTC)`, the Received time not before it; the forward's `Sent:` in
AOL's form and before Date; every Academia card's URL slug = its title's words; the text and HTML parts name the same
titles);
1420 CSE reference list (LF, a final newline; entries numbered 1..n; lines of at most 92 columns unless one token is
longer; page numbers increasing, the running head after each but the last; at most ten authors before `et al.`;
`[accessed YYYY Mon D]` dates valid; `Available from:` followed by a URL);
1421 BibTeX (LF, a final newline; entries parse with balanced braces, two-space `name={value}` fields; keys unique,
year in the key = `year`, Latin keys start with the first author's surname; article has journal, inproceedings
booktitle; pages `a--b` with a < b; an arXiv `journal` id agrees with an arXiv `url`);
1422 nTask CSV (CR LF between records, LF only inside quoted fields, every field quoted; the header; ids T-n
consecutive; dates valid MM/DD/YYYY, created ≤ start ≤ due; progress 0–100 %, Completed ⇔ 100 %, Not Started ⇔ 0 %;
status and priority from nTask's lists; one project; assignees and creators from one team);
1423 Teamnote (LF, a final newline; the header fields; day lines with their right weekday, days increasing; message
lines `上午|下午 hh:mm name: text` with a valid 12-hour time, times increasing within a day; continuation lines only
after a message; senders at most the member count; the export time after the last message; attachments `[檔案]
name (size)`);
1424 SIGNATE forum (LF, a final newline; the topic block; `コメント (N)` = the comments; each comment user / time / text /
`いいね N` / `返信`; times valid, increasing, after the topic and before the deadline);
1425 Letterloop (LF, a final newline; the issue line's weekday; `In this issue` = the questions in order; `N answers` =
the answer blocks; the next-issue deadline's weekday, after the issue);
1426 Coral (LF, a final newline; the comment counts agree: header = tab = shown + `הצג עוד תגובות (M)`; each comment
ends with its button line; a reply names the comment it answers; the post date valid).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, html, io, json, os, re, sys, textwrap, unicodedata
import datetime as dt
from collections import Counter
from email import message_from_bytes
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
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


def lines_of(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


# ---------------------------------------------------------------- 1417 antiword
def check_antiword(f, raw):
    L = lines_of(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab character (antiword writes spaces)")
    if "[pic]" not in [l.strip() for l in L]: errors.append(f"{f}: no [pic] line for the logo")
    W = 76
    i = 0
    blocks = []  # (kind, lines)
    while i < len(L):
        if not L[i]:
            i += 1; continue
        j = i
        while j < len(L) and L[j]: j += 1
        blocks.append(("table" if L[i].startswith("|") else "par", L[i:j]))
        i = j
    for kind, bl in blocks:
        if kind == "table":
            pos = [m.start() for m in re.finditer(r"\|", bl[0])]
            for l in bl:
                if not (l.startswith("|") and l.endswith("|")): errors.append(f"{f}: table line not framed by |: {l!r}")
                elif [m.start() for m in re.finditer(r"\|", l)] != pos: errors.append(f"{f}: table columns misaligned: {l!r}")
            continue
        if any(l.startswith("|") for l in bl): errors.append(f"{f}: table row inside a paragraph: {bl[0]!r}")
        if bl[0].startswith(" "):  # centred lines
            for l in bl:
                t = l.strip()
                if l != " " * ((W - len(t)) // 2) + t and t != "[pic]": errors.append(f"{f}: centred line not centred in {W}: {l!r}")
            continue
        for a, b in zip(bl, bl[1:]):
            nxt = b.split(" ")[0]
            if len(a) + 1 + len(nxt) <= W: errors.append(f"{f}: line broken before it is full: {a!r} / {nxt!r}")
        for l in bl:
            if len(l) > W and not any(len(t) > W // 2 for t in l.split(" ")): errors.append(f"{f}: line longer than {W}: {l!r}")
    def rows_after(head, keycol=0):
        """a table's logical rows: a physical line whose `keycol` cell is not empty starts a row (numbers and keys
        never wrap), the other lines continue the row's cells"""
        k = next((n for n, (kd, bl) in enumerate(blocks) if kd == "par" and bl[0] == head), None)
        if k is None or k + 1 >= len(blocks) or blocks[k + 1][0] != "table":
            errors.append(f"{f}: no table after {head!r}"); return []
        rows = []
        for l in blocks[k + 1][1]:
            cells = [c.rstrip() for c in l[1:-1].split("|")]
            if not rows or cells[keycol]: rows.append(cells)
            else:
                for n, c in enumerate(cells):
                    if c: rows[-1][n] = (rows[-1][n] + " " + c).strip()
        return rows
    desc = {r[0]: r[1] for r in rows_after("1. Опис навчальної дисципліни")}
    try:
        cred, tot = int(desc["Кількість кредитів ЄКТС"]), int(desc["Загальна кількість годин"])
        lec, lab, slf = (int(desc[k].split()[0]) for k in ("Лекції", "Лабораторні заняття", "Самостійна робота"))
        if cred * 30 != tot or lec + lab + slf != tot: errors.append(f"{f}: hours do not add up ({cred}, {tot}, {lec}+{lab}+{slf})")
    except (KeyError, ValueError) as ex:
        errors.append(f"{f}: description table incomplete: {ex!r}"); lec = lab = slf = tot = None
    st = rows_after("4. Структура навчальної дисципліни", 1)
    topics, mod_sums, total = [], [], None
    for r in st[1:]:
        vals = r[1:]
        if not any(vals): continue
        try: v = [int(x) for x in vals]
        except ValueError: errors.append(f"{f}: non-numeric hours {r}"); continue
        if r[0].startswith("Тема"):
            if v[0] != sum(v[1:]): errors.append(f"{f}: topic row does not add up: {r}")
            topics.append(v)
        elif r[0].startswith("Разом"):
            mod_sums.append(v)
            s = [sum(x[n] for x in topics) for n in range(4)]
            if v != s: errors.append(f"{f}: module sum {v} != {s}")
            topics = []
        elif r[0].startswith("Усього"):
            total = v
    if total is None: errors.append(f"{f}: no total row")
    else:
        if total != [sum(x[n] for x in mod_sums) for n in range(4)]: errors.append(f"{f}: total row {total} != the modules' sum")
        if tot is not None and total != [tot, lec, lab, slf]: errors.append(f"{f}: total row {total} != the description's hours")
    labs = rows_after("5. Теми лабораторних занять", 2)
    try:
        s = sum(int(r[2]) for r in labs[1:] if r[0])
        last = labs[-1]
        if int(last[2]) != s or (lab is not None and s != lab): errors.append(f"{f}: lab hours {s} / {last[2]} / {lab}")
        if [int(r[0]) for r in labs[1:] if r[0]] != list(range(1, len([r for r in labs[1:] if r[0]]) + 1)): errors.append(f"{f}: lab numbers not 1..n")
    except (ValueError, IndexError) as ex: errors.append(f"{f}: lab table: {ex!r}")
    pts = rows_after("9. Розподіл балів, які отримують здобувачі вищої освіти")
    try:
        p = [int(x) for x in pts[1]]
        if sum(p[:-1]) != p[-1] or p[-1] != 100: errors.append(f"{f}: points {p} do not add up to 100")
    except (ValueError, IndexError) as ex: errors.append(f"{f}: points table: {ex!r}")
    sc = rows_after("Шкала оцінювання: національна та ECTS", 1)
    try:
        rng = sorted((int(a), int(b)) for a, b in (r[0].split(" – ") for r in sc[1:]))
        if rng[0][0] != 0 or rng[-1][1] != 100 or any(b + 1 != c for (_, b), (c, _) in zip(rng, rng[1:])): errors.append(f"{f}: ECTS scale has gaps: {rng}")
    except (ValueError, IndexError) as ex: errors.append(f"{f}: ECTS table: {ex!r}")
    for head, stop in (("10. Рекомендована література", "11. Інформаційні ресурси"), ("11. Інформаційні ресурси", None)):
        try: a = L.index(head)
        except ValueError: errors.append(f"{f}: no {head!r}"); continue
        b = L.index(stop) if stop and stop in L else len(L)
        firsts = [l for n, l in enumerate(L[a + 1:b], a + 1) if l and not L[n - 1]]
        ns = [int(m.group(1)) for l in firsts for m in [re.match(r"(\d+)\. ", l)] if m]
        if ns != list(range(1, len(ns) + 1)): errors.append(f"{f}: {head!r} not numbered 1..n: {ns}")


# ---------------------------------------------------------------- 1418 Gitblit README
def gh_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def check_gitblit_md(f, raw):
    L = lines_of(f, raw)
    heads = {gh_slug(l.lstrip("#").strip()) for l in L if re.match(r"#{1,6} ", l)}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in heads: errors.append(f"{f}: table-of-contents anchor #{a} is no heading's slug")
    host = "https://git.ailab.example.vn"
    for u in re.findall(re.escape(host) + r"[^\s)`\]]*", raw):
        p = u[len(host):]
        if re.fullmatch(r"/(summary|tree|tickets)/[\w.!-]+\.git(/\d+)?", p): continue
        if re.fullmatch(r"/(blob|raw)/[\w.!-]+\.git/[\w.-]+/[\w.!-]+", p): continue
        if re.fullmatch(r"/r/[\w./-]+\.git", p): continue
        errors.append(f"{f}: not a Gitblit URL form: {u}")
    for u in re.findall(re.escape(host) + r"/(?:summary|tree|tickets|blob|raw)/([^\s)`\]]*)", raw):
        repo = u.split(".git")[0]
        if "/" in repo: errors.append(f"{f}: repository path with / instead of ! in {u}")
    i = 0
    while i < len(L):
        if L[i].startswith("|"):
            j = i
            while j < len(L) and L[j].startswith("|"): j += 1
            ncol = L[i].count("|")
            if not re.fullmatch(r"\|(---\|)+", L[i + 1] if i + 1 < j else ""): errors.append(f"{f}: table without a --- row at {L[i]!r}")
            for l in L[i:j]:
                if l.count("|") != ncol or not l.endswith("|"): errors.append(f"{f}: table row with another column count: {l!r}")
            i = j
        else: i += 1
    for l in L:
        if l.count("[") != l.count("]") or l.count("(") != l.count(")"): errors.append(f"{f}: unbalanced brackets: {l!r}")


# ---------------------------------------------------------------- 1419 .eml
MIME_PARTS = {}


def check_eml(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    m = message_from_bytes(raw.encode("utf-8"))
    cl = m.get("Content-Length")
    if cl is None or int(cl) != len(body.encode("utf-8")): errors.append(f"{f}: Content-Length {cl} != {len(body.encode())}")
    d = m.get("Date", "")
    if not d.endswith(" +0000 (UTC)"): errors.append(f"{f}: Date not in the webmail's `+0000 (UTC)` form: {d!r}")
    try:
        dd = parsedate_to_datetime(d)
        if dd.strftime("%a, %d %b %Y %H:%M:%S") != d[:25]: errors.append(f"{f}: Date weekday or form wrong: {d!r}")
    except (TypeError, ValueError): errors.append(f"{f}: Date does not parse: {d!r}"); dd = None
    rcv = m.get("Received", "")
    try:
        rd = parsedate_to_datetime(rcv.rsplit(";", 1)[1].strip().split(" (")[0])
        if dd and not dd <= rd <= dd + dt.timedelta(minutes=10): errors.append(f"{f}: Received {rd} not just after Date {dd}")
    except (IndexError, TypeError, ValueError): errors.append(f"{f}: Received has no valid date")
    subj_raw = re.search(r"\r\nSubject: (.*?)\r\n(?! )", raw, re.S)
    try:
        subj = str(make_header(decode_header(m["Subject"])))
        if subj_raw and not all(re.fullmatch(r"=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=", w) for w in subj_raw.group(1).split()): errors.append(f"{f}: Subject not RFC 2047 B-words")
    except Exception as ex: errors.append(f"{f}: Subject does not decode: {ex!r}"); subj = ""
    bnd = m.get_boundary()
    if not bnd or f"--{bnd}\r\n" not in body or not body.endswith(f"--{bnd}--\r\n"): errors.append(f"{f}: boundary not used as declared")
    parts = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    dec = {}
    for p in parts:
        if p.get("Content-Transfer-Encoding", "").lower() != "base64" or p.get_content_charset() != "utf-8":
            errors.append(f"{f}: part {p.get_content_type()} not UTF-8 base64")
        pl = p.get_payload()
        for l in pl.split("\r\n"):
            if len(l) > 76 or not re.fullmatch(r"[A-Za-z0-9+/=]*", l): errors.append(f"{f}: bad base64 line {l[:30]!r}"); break
        try: dec[p.get_content_type()] = base64.b64decode(pl.replace("\r\n", ""), validate=True).decode("utf-8")
        except Exception as ex: errors.append(f"{f}: part does not decode: {ex!r}")
    MIME_PARTS[f] = [subj] + list(dec.values()) + [html.unescape(v) for v in dec.values()]
    t = dec.get("text/plain", "")
    sm = re.search(r"\r\nSent: (.+?)\r\n", t)
    if not sm: errors.append(f"{f}: no AOL `Sent:` line in the forward")
    else:
        sd = dt_ok(sm.group(1).replace(" am", " AM").replace(" pm", " PM"), "%a, %b %d, %Y %I:%M %p")
        if not sd or sd.strftime("%a, %b %d, %Y ") + str(int(sd.strftime("%I"))) + sd.strftime(":%M ") + sd.strftime("%p").lower() != sm.group(1):
            errors.append(f"{f}: Sent: not a valid AOL date: {sm.group(1)!r}")
        elif dd and sd.replace(tzinfo=dd.tzinfo) > dd + dt.timedelta(hours=14): errors.append(f"{f}: Sent: after Date")
    if "-----Original Message-----" not in t: errors.append(f"{f}: no -----Original Message----- line")
    h = dec.get("text/html", "")
    if not re.search(r'<div id="AOLMsgPart_2_[0-9a-f-]{36}">', h): errors.append(f"{f}: no AOLMsgPart div around the original")
    cards = re.findall(r"\r\n([^\r\n]+)\r\nby ([^\r\n]+)\r\n\r\n[^\r\n]+\r\n\r\nView PDF ▸ https://www\.academia\.edu/(\d+)/(\w+)\?email_work_card=view-paper", t)
    if len(cards) < 3: errors.append(f"{f}: fewer than 3 Academia cards in the text part")
    for title, who, wid, slug in cards:
        if slug != "_".join("".join(ch if ch.isalnum() else " " for ch in title).split()): errors.append(f"{f}: URL slug {slug} is not the title's")
        if html.escape(title) not in h: errors.append(f"{f}: card {title!r} missing from the HTML part")
        if f"/{wid}/{slug}?" not in h: errors.append(f"{f}: card URL {wid} missing from the HTML part")
    tt = {norm(x) for x in re.findall(r"https?://\S+", t)}
    th = {norm(html.unescape(x)) for x in re.findall(r"https?://[^\s<\"]+", h)}
    miss = sorted(u for u in tt if u.rstrip(").,") not in {v.rstrip(").,") for v in th})
    if miss: errors.append(f"{f}: URLs of the text part missing from the HTML part: {miss[:3]}")


# ---------------------------------------------------------------- 1420 CSE references
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def check_cse(f, raw):
    L = lines_of(f, raw)
    W = 92
    for l in L:
        if len(l) > W and not any(len(t) > W // 2 for t in l.split(" ")): errors.append(f"{f}: line longer than {W}: {l!r}")
    pages = [(n, l) for n, l in enumerate(L) if re.fullmatch(r"\d{1,3}", l)]
    if not pages or pages[-1][0] != len(L) - 1: errors.append(f"{f}: the last line is not a page number")
    nums = [int(l) for _, l in pages]
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers not consecutive: {nums}")
    heads = {L[n + 1] for n, _ in pages[:-1] if n + 1 < len(L)}
    if len(heads) > 1 or any(re.match(r"\d+\. ", h) for h in heads): errors.append(f"{f}: running heads differ or missing: {heads}")
    skip = {n for n, _ in pages} | {n + 1 for n, _ in pages[:-1]}
    text = "\n".join(l for n, l in enumerate(L) if n not in skip)
    refs, nxt = [], 1  # an entry starts with the next number (a wrapped line may start with a year and a dot)
    for l in text.split("\n"):
        if l.startswith(f"{nxt}. "): refs.append(l); nxt += 1
        elif refs: refs[-1] += "\n" + l
        elif re.match(r"\d+\. ", l): errors.append(f"{f}: an entry before entry 1: {l[:30]!r}")
    if nxt == 1: errors.append(f"{f}: no entries")
    for l in text.split("\n"):
        m = re.match(r"(\d+)\. [A-Zअ-ह]", l)
        if m and int(m.group(1)) >= nxt: errors.append(f"{f}: entry {m.group(1)} out of order")
    for e in refs:
        e1 = " ".join(e.split())
        m = re.match(r"\d+\. ((?:[^.]|\.(?! ))*?)(?:, et al\.|\.) ", e1)
        names = m.group(1).split(", ") if m else []
        if m and all(re.fullmatch(r"[\w'-]+(?: [\w'-]+)* [A-Z][A-Z-]*", x) for x in names):
            if len(names) > 10: errors.append(f"{f}: more than ten authors listed: {e1[:60]!r}")
        for a in re.findall(r"\[accessed (\d{4}) (\w{3}) (\d{1,2})\]", e1):
            if a[1] not in MON or not dt_ok(f"{a[0]}-{MON.index(a[1]) + 1}-{a[2]}", "%Y-%m-%d"): errors.append(f"{f}: bad accessed date {a}")
        if re.search(r"\[accessed(?! \d{4} \w{3} \d{1,2}\])", e1): errors.append(f"{f}: accessed date not `YYYY Mon D`: {e1[:60]!r}")
        for a in re.finditer(r"Available from:(.*)", e1):
            if not re.match(r" https?://\S+$", a.group(1)): errors.append(f"{f}: `Available from:` not followed by one URL: {e1[:60]!r}")


# ---------------------------------------------------------------- 1421 BibTeX
def bib_entries(f, raw):
    ents, i = [], 0
    for m in re.finditer(r"@(\w+)\{([^,\s]+),\n", raw):
        depth, j = 1, m.end()
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
        if depth: errors.append(f"{f}: unbalanced braces in {m.group(2)}"); continue
        body = raw[m.end():j - 1]
        if not body.endswith("\n"): errors.append(f"{f}: {m.group(2)}: closing brace not on its own line")
        fields = []
        for l in body.rstrip("\n").split(",\n"):
            fm = re.fullmatch(r"  ([a-z]+)=\{(.*)\}", l, re.S)
            if not fm: errors.append(f"{f}: {m.group(2)}: bad field line {l[:40]!r}"); continue
            v = fm.group(2)
            if v.count("{") != v.count("}"): errors.append(f"{f}: {m.group(2)}: unbalanced braces in {fm.group(1)}")
            fields.append((fm.group(1), v))
        ents.append((m.group(1), m.group(2), dict(fields), [n for n, _ in fields]))
    return ents


def check_bibtex(f, raw):
    lines_of(f, raw)
    ents = bib_entries(f, raw)
    if len(ents) != raw.count("\n@") + raw.startswith("@"): errors.append(f"{f}: entry count {len(ents)} != @ count")
    if not ents: errors.append(f"{f}: no entries"); return
    keys_ = [k for _, k, _, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    for typ, key, fd, order in ents:
        if len(set(order)) != len(order): errors.append(f"{f}: {key}: a field twice")
        if order[:2] != ["title", "author"]: errors.append(f"{f}: {key}: title and author not first")
        need = {"article": "journal", "inproceedings": "booktitle"}.get(typ)
        if not need: errors.append(f"{f}: {key}: unexpected type {typ}")
        elif need not in fd: errors.append(f"{f}: {key}: {typ} without {need}")
        y = fd.get("year", "")
        km = re.fullmatch(r"([a-z]+)(\d{4})([a-z]+)", key)
        if not km: errors.append(f"{f}: key {key} not surname + year + word")
        else:
            if km.group(2) != y: errors.append(f"{f}: {key}: key year != year {y}")
            first = fd.get("author", "").split(" and ")[0]
            sur = first.split(",")[0].split()[-1] if "," in first else ""
            if sur and re.fullmatch(r"[A-Za-z]+", sur) and km.group(1) != sur.lower(): errors.append(f"{f}: {key}: key does not start with {sur}")
        if "pages" in fd:
            pm = re.fullmatch(r"(\d+)--(\d+)", fd["pages"])
            if not pm or int(pm.group(1)) >= int(pm.group(2)): errors.append(f"{f}: {key}: bad pages {fd['pages']}")
        ja = re.search(r"arXiv:(\d{4}\.\d{4,5})", fd.get("journal", ""))
        ua = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", fd.get("url", ""))
        if ja and ua and ja.group(1) != ua.group(1): errors.append(f"{f}: {key}: journal and url name different arXiv ids")


# ---------------------------------------------------------------- 1422 nTask CSV
NT_COLS = ["Task ID", "Task Title", "Project", "Status", "Priority", "Assignees", "Start Date", "Due Date",
           "Progress", "Description", "Tags", "Created By", "Created Date"]
NT_STATUS = {"Not Started", "In Progress", "In Review", "Completed", "Cancelled"}
NT_PRIO = {"Critical", "High", "Medium", "Low"}
CSV_FIELDS = {}


def check_ntask(f, raw):
    # records: split outside quotes
    recs, cur, inq, i = [], [], False, 0
    buf = ""
    while i < len(raw):
        c = raw[i]
        if c == '"': inq = not inq
        if not inq and raw.startswith("\r\n", i):
            recs.append(buf); buf = ""; i += 2; continue
        if not inq and c in "\r\n": errors.append(f"{f}: a bare {c!r} outside quotes"); 
        if inq and c == "\r": errors.append(f"{f}: CR inside a quoted field")
        buf += c; i += 1
    if buf: errors.append(f"{f}: the last record has no CR LF")
    for r in recs:
        if not re.fullmatch(r'"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*', r, re.S): errors.append(f"{f}: a record with an unquoted field: {r[:40]!r}")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != NT_COLS: errors.append(f"{f}: header {rows[:1]}"); return
    members = set()
    for n, r in enumerate(rows[1:]):
        if len(r) != len(NT_COLS): errors.append(f"{f}: row {n + 1} has {len(r)} fields"); continue
        d = dict(zip(NT_COLS, r))
        if d["Task ID"] != f"T-{int(rows[1][0][2:]) + n}" if rows[1][0].startswith("T-") else True: errors.append(f"{f}: ids not consecutive at {d['Task ID']}")
        if d["Project"] != rows[1][2]: errors.append(f"{f}: {d['Task ID']}: another project")
        if d["Status"] not in NT_STATUS: errors.append(f"{f}: {d['Task ID']}: unknown status {d['Status']}")
        if d["Priority"] not in NT_PRIO: errors.append(f"{f}: {d['Task ID']}: unknown priority {d['Priority']}")
        ds = [dt_ok(d[k], "%m/%d/%Y") for k in ("Created Date", "Start Date", "Due Date")]
        if not all(ds) or not all(re.fullmatch(r"\d\d/\d\d/\d{4}", d[k]) for k in ("Created Date", "Start Date", "Due Date")): errors.append(f"{f}: {d['Task ID']}: bad date"); continue
        if not ds[0] <= ds[1] <= ds[2]: errors.append(f"{f}: {d['Task ID']}: dates out of order")
        pm = re.fullmatch(r"(\d{1,3})%", d["Progress"])
        if not pm or int(pm.group(1)) > 100: errors.append(f"{f}: {d['Task ID']}: bad progress {d['Progress']}"); continue
        p = int(pm.group(1))
        if (d["Status"] == "Completed") != (p == 100) or (d["Status"] == "Not Started") != (p == 0): errors.append(f"{f}: {d['Task ID']}: status {d['Status']} with {p}%")
        members |= set(d["Assignees"].split(", ")) | {d["Created By"]}
    if len(members) > 6: errors.append(f"{f}: {len(members)} people in a small team: {sorted(members)}")


# ---------------------------------------------------------------- 1423 Teamnote
WD = "一二三四五六日"


def check_teamnote(f, raw):
    L = lines_of(f, raw)
    hd = ["Teamnote 對話記錄", "群組：", "匯出時間：", "匯出者：", "成員人數："]
    if len(L) < 7 or any(not L[n].startswith(h) for n, h in enumerate(hd)) or not re.fullmatch("─+", L[5]) or L[6]:
        errors.append(f"{f}: header not as Teamnote writes it"); return
    em = re.fullmatch(r"匯出時間：(\d{4})年(\d+)月(\d+)日 (上午|下午)(\d+):(\d\d)", L[2])
    nmem = int(L[4].split("：")[1])
    day, last, senders, in_msg = None, None, set(), False
    for l in L[7:]:
        dm = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日 星期(.)", l)
        mm = re.fullmatch(r"(上午|下午) (\d\d):(\d\d) ([^:]+?): (.+)", l)
        if dm:
            d = dt.date(*map(int, dm.groups()[:3]))
            if WD[d.weekday()] != dm.group(4): errors.append(f"{f}: wrong weekday in {l!r}")
            if day and d <= day: errors.append(f"{f}: days not increasing at {l!r}")
            day, last, in_msg = d, None, False
        elif mm:
            if not day: errors.append(f"{f}: message before a day line"); continue
            h, mi = int(mm.group(2)), int(mm.group(3))
            if not 1 <= h <= 12 or mi > 59: errors.append(f"{f}: bad time {l[:12]!r}"); continue
            h24 = (h % 12) + (12 if mm.group(1) == "下午" else 0)
            t = dt.datetime.combine(day, dt.time(h24, mi))
            if last and t < last: errors.append(f"{f}: time goes back at {l[:30]!r}")
            last = t; senders.add(mm.group(4)); in_msg = True
            if mm.group(5).startswith("[檔案]") and not re.fullmatch(r"\[檔案\] \S+ \(\d+(?:\.\d)? (?:KB|MB)\)", mm.group(5)): errors.append(f"{f}: attachment line {l!r}")
        elif l == "":
            in_msg = False
        elif not in_msg:
            errors.append(f"{f}: a line outside any message: {l!r}")
    if len(senders) > nmem: errors.append(f"{f}: {len(senders)} senders but {nmem} members")
    if em and last:
        h = int(em.group(5)) % 12 + (12 if em.group(4) == "下午" else 0)
        ex = dt.datetime(int(em.group(1)), int(em.group(2)), int(em.group(3)), h, int(em.group(6)))
        if ex < last: errors.append(f"{f}: exported before the last message")
    elif not em: errors.append(f"{f}: export time not in Teamnote's form")


# ---------------------------------------------------------------- 1424 SIGNATE forum
def check_signate(f, raw):
    L = lines_of(f, raw)
    dm = re.search(r"投稿締切 (\d{4}/\d\d/\d\d \d\d:\d\d)", L[1] if len(L) > 1 else "")
    dead = dt_ok(dm.group(1), "%Y/%m/%d %H:%M") if dm else None
    if not dead: errors.append(f"{f}: no deadline in the status line")
    try: k = L.index("< フォーラム一覧へ戻る")
    except ValueError: errors.append(f"{f}: no back link"); return
    t0 = dt_ok(L[k + 4], "%Y/%m/%d %H:%M") if len(L) > k + 5 else None
    if not t0 or not re.fullmatch(r"いいね \d+", L[k + 5]): errors.append(f"{f}: topic block not title / user / time / いいね"); return
    cm = [n for n, l in enumerate(L) if re.fullmatch(r"コメント \((\d+)\)", l)]
    if len(cm) != 1: errors.append(f"{f}: no single コメント (N) line"); return
    n_dec = int(re.search(r"\d+", L[cm[0]]).group())
    blocks, i, last = [], cm[0] + 2, t0
    while i < len(L) and L[i] != "コメントを投稿するにはログインしてください":
        j = i
        while j < len(L) and L[j] != "返信": j += 1
        bl = L[i:j + 1]
        if len(bl) < 5 or not re.fullmatch(r"いいね \d+", bl[-2]) or (j + 1 < len(L) and L[j + 1] != ""):
            errors.append(f"{f}: comment block malformed at {L[i]!r}"); break
        t = dt_ok(bl[1], "%Y/%m/%d %H:%M")
        if not t: errors.append(f"{f}: bad comment time {bl[1]!r}")
        else:
            if t < last: errors.append(f"{f}: comment time goes back at {bl[1]}")
            if dead and t > dead: errors.append(f"{f}: comment after the deadline")
            last = t
        blocks.append(bl); i = j + 2
    if len(blocks) != n_dec: errors.append(f"{f}: コメント ({n_dec}) but {len(blocks)} comments")


# ---------------------------------------------------------------- 1425 Letterloop
def check_letterloop(f, raw):
    L = lines_of(f, raw)
    im = next((re.fullmatch(r"Issue #(\d+) · (\w+), (\w+) (\d{1,2}), (\d{4})", l) for l in L if l.startswith("Issue #")), None)
    d = dt_ok(f"{im.group(3)} {im.group(4)} {im.group(5)}", "%B %d %Y") if im else None
    if not d: errors.append(f"{f}: no valid issue line"); return
    if d.strftime("%A") != im.group(2): errors.append(f"{f}: issue weekday {im.group(2)} wrong")
    try: k = L.index("In this issue")
    except ValueError: errors.append(f"{f}: no `In this issue`"); return
    qs = []
    j = k + 1
    while L[j]: qs.append(L[j]); j += 1
    found = [(n, L[n]) for n in range(j, len(L)) if n + 1 < len(L) and re.fullmatch(r"\d+ answers?", L[n + 1])]
    if [q for _, q in found] != qs: errors.append(f"{f}: questions shown {[q for _, q in found]} != In this issue {qs}")
    ends = [n for n, _ in found[1:]] + [L.index("Questions for the next issue") if "Questions for the next issue" in L else len(L)]
    for (n, q), e in zip(found, ends):
        want = int(L[n + 1].split()[0])
        blocks = [b for b in "\n".join(L[n + 3:e]).strip("\n").split("\n\n") if b]
        if len(blocks) != want or any(len(b.split("\n")) != 3 for b in blocks): errors.append(f"{f}: {q!r}: {want} answers announced, {len(blocks)} shown or malformed")
    am = re.search(r"Answer by (\w+), (\w+) (\d{1,2})\.", raw)
    ad = dt_ok(f"{am.group(2)} {am.group(3)} {d.year}", "%B %d %Y") if am else None
    if not ad or ad.strftime("%A") != am.group(1) or ad <= d: errors.append(f"{f}: next-issue deadline wrong")


# ---------------------------------------------------------------- 1426 Coral
def check_coral(f, raw):
    L = lines_of(f, raw)
    hm = [re.fullmatch(r"תגובות \((\d+)\)", l) for l in L]
    tm = [re.fullmatch(r"כל התגובות (\d+)", l) for l in L]
    mm = [re.fullmatch(r"הצג עוד תגובות \((\d+)\)", l) for l in L]
    hm, tm, mm = [x for x in hm if x], [x for x in tm if x], [x for x in mm if x]
    if len(hm) != 1 or len(tm) != 1 or len(mm) != 1: errors.append(f"{f}: comment counts missing"); return
    btn = re.compile(r"השב  \|  שתף  \|  כבוד \d+  \|  דווח")
    shown = sum(1 for l in L if btn.fullmatch(l))
    if not int(hm[0].group(1)) == int(tm[0].group(1)) == shown + int(mm[0].group(1)):
        errors.append(f"{f}: counts {hm[0].group(1)} / {tm[0].group(1)} != {shown} shown + {mm[0].group(1)}")
    start = next(n for n, l in enumerate(L) if l.startswith("מיון:")) + 2
    end = next(n for n, l in enumerate(L) if l.startswith("הצג עוד תגובות"))
    blocks = [b.split("\n") for b in "\n".join(L[start:end]).strip("\n").split("\n\n")]
    top = None
    for b in blocks:
        if not btn.fullmatch(b[-1]): errors.append(f"{f}: comment without its button line: {b[0]!r}"); continue
        rp = [l for l in b if l.startswith("בתגובה ל")]
        if rp:
            if top is None or rp[0] != "בתגובה ל" + top: errors.append(f"{f}: reply names {rp[0]!r}, not the comment above ({top})")
        else: top = b[0]
        if not any(re.fullmatch(r"לפני (?:\d+ (?:שעות|ימים|דקות)|יום|יומיים|שעה)", l) for l in b): errors.append(f"{f}: comment without a relative time: {b[0]!r}")
    pm = re.search(r"\| (\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d) \|", raw)
    if not pm or not dt_ok(f"{pm.group(3)}-{pm.group(2)}-{pm.group(1)} {pm.group(4)}:{pm.group(5)}", "%Y-%m-%d %H:%M"): errors.append(f"{f}: post date missing or invalid")


def shape_checks(f, raw, path):
    n = num(f)
    {1417: check_antiword, 1418: check_gitblit_md, 1419: check_eml, 1420: check_cse, 1421: check_bibtex,
     1422: check_ntask, 1423: check_teamnote, 1424: check_signate, 1425: check_letterloop,
     1426: check_coral}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else [])
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms

def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)

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
# round140's and round141's, a byte-identical file counted once), and the round140/round141 split (candidates sorted by
# (uses, catalogue title); round140 = even positions from 4 on, one unbroken run; round141 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P141S = ["/work/rounds/digests-round141/expected.json", "/work/main/tests/data/digests-round141/expected.json"]
P141 = next((p for p in P141S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P141S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round140", "digests-round141") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round140 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r141 = set()
if P141:
    try:
        r141 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P141)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P141} exists but could not be read (being written?)")
    if r141 & mine: errors.append(f"papers also in round141: {sorted(r141 & mine)}")
shared141 = len(r141 & mine) if P141 else "(no round141 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round140 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round141: {shared141}; papers in more than one round140 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

