#!/usr/bin/env python3
r"""Checks round36/expected.json against the digests and the shared catalogues.

Adapted from round35/validate.py (the label checks are the same code, with one more recorded deviation kind,
`fullwidth-colon`; the reuse report now reads every /work/main/tests/data/*/expected.json — digests-dev, digests-own,
rounds 8–35 — tells how many papers round35 also used, checks the round36/round37 split (round36 takes the papers at
even positions of the candidates sorted by (reuse count, catalogue title)), and which papers round36 uses in more than
one file; the readers and shape checks are new). Every digest is UTF-8 (382 with a byte-order mark); each is also
read in decoded forms, the way a reader of that shape would see it:
  - 377 (reading plan) and 378 (awesome list): Markdown links as "text <url>";
  - 380 (Harvard references pasted from a PDF): ligatures undone (NFKC), line-end hyphens kept and dropped;
  - 381 (Better BibLaTeX): braces removed, LaTeX accents and ``'' quotes undone;
  - 382 (Notion CSV): the cells as a CSV reader returns them (doubled quotes undone);
  - the plain-text files (379, 383, 384, 385, 386): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case, split
across lines, braces) or only after decoding is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 36 has
one: 384 writes "Zero-1-to-3：Zero-shot One Image to 3D Object" with the full-width colon the writer puts after every
short name (fullwidth-colon: the title with "：" read as ": " is the catalogue's).

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 377 (reading plan in week paragraphs): LF, the heading, "Last edited", "**Week n** (from Monday D Month YYYY)."
    numbered 1..N, on Mondays a week apart and after the last edit, numbered sentences (1)..(m) in every week, "the
    plan has N weeks" in words, lines of at most 80 columns, changelog dates not after the last edit;
  - 378 (awesome list in bullets): LF, the awesome badge in the H1, Contents anchors = the H2 headings' GitHub
    slugs, every paper bullet "- [Title](url) - Venue YYYY - …" (or an unlinked title), years ascending within a
    section, emoji flags from the legend only, [[code](…)] links to github.com, brackets balanced per line;
  - 379 (Gmail-forwarded arXiv listing): LF, "Fwd: " + the forwarded Subject, the forwarded header block, Gmail's
    and the mailer's dates on their weekdays and in order, the "received from … to …" window on its weekdays, each
    record "\\ / arXiv:ID / replaced with revised version <date> GMT   (Nkb,D) / blank / Title / Authors / Categories
    / [Comments] / \\ ( https://arxiv.org/abs/ID ,  Nkb)" with the same id and size, the date on its weekday and in
    the window, continuation lines indented two spaces, lines ≤ 80, "(*cross-listing*)" exactly when the primary
    category is outside cs.CL / cs.LG, 78-dash separators, the note's count of papers in words = records;
  - 380 (Harvard references from a PDF): LF, the "References" heading, entries "Surname, I. … (YYYY) …" in
    alphabetical order (then year), the page furniture ("46", "2.6. References 47", "48") numbered consecutively,
    ‘ ’ balanced per entry, "Accessed: d Month YYYY" valid and not after March 2024, lines ≤ 96;
  - 381 (Better BibLaTeX): LF, entries @type{key, fields} with balanced braces, unique keys of BBT's pattern (first
    author's surname in lower case … year of `date`), biblatex field names (no journal / year), ISO dates and
    urldates, the fields each type needs, eprint ids of arXiv shape, pages with "--";
  - 382 (Notion CSV): byte-order mark, LF, Notion's header, every row with the header's cell count, the file equal
    to its own re-serialisation (Notion quotes only cells that need it), "Added" in Notion's date format and
    ascending, statuses from the select's options, Yes/No checkbox, ratings of at most five ⭐, relations
    "Week n (https://www.notion.so/Week-n-<32 hex>)" with one page id per week;
  - 383 (X thread copied): LF, "Post" bar, the first post's time stamp "HH:MM · d mmm YYYY" (Italian months) and
    views, the author's posts numbered (1/N), 2/N … N/N, posts ≤ 280 characters, display URLs of at most 23
    characters or cut to 23 + "…" and then followed by a link card of their domain, replies "In risposta a
    @author", dates not before the thread, counts in X's formats;
  - 384 (Zhihu article copied): LF, the column bar, "n 篇" in the title = numbered papers 1..n, 目录 = the body's
    section headings, "n 人赞同了该文章" = "赞同 n", 编辑于 date valid, comment dates not before it, "N 条评论" ≥ comments
    shown, each numbered paper line an English short name followed by full-width punctuation, the reading order
    1 → … → n;
  - 385 (note.com article copied): LF, "見出し画像", "n本" in the title = ①… items consecutive, the posting time valid,
    目次 = the body's ■ headings, hashtags, スキ count, footer;
  - 386 (NEGATIVE, plain-text newsletter): LF, "Issue #n · Weekday, d Month YYYY" on its weekday, sections between
    rules with items 1..k each followed by "→ URL", wrapped lines ≤ 72 (URL and job lines excepted).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; a paper at an odd position of the candidate
list (round37's); and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own
(kept from round17; 383's cut display URLs rely on it)."""

import csv, glob, html, io, json, os, re, sys, unicodedata
from collections import Counter
from datetime import datetime, timedelta
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
DEVIATIONS = {("384_zhihu_column_post_copied_text_chinese_multimodal_generation.txt",
               "Zero-1-to-3：Zero-shot One Image to 3D Object"): "fullwidth-colon"}

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
    """the digest as text (all round36 digests are UTF-8; 382 starts with a byte-order mark, kept here)"""
    return open(path, encoding="utf-8", newline="").read()


def md_text(raw):
    """377/378: Markdown links (and image links) as 'text <url>'"""
    return re.sub(r"!?\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 <\2>", raw)


def pdf_forms(raw):
    """380: ligatures undone (NFKC); line-end hyphens kept (a compound broken after its hyphen) or dropped (a word
    hyphenated by the typesetter)"""
    out = []
    for t in (raw, unicodedata.normalize("NFKC", raw)):
        out += [re.sub(r"-\n", "-", t), re.sub(r"-\n", "", t)]
    return out


TEX = {"{\\'n}": "ń", "{\\'e}": "é", "{\\`i}": "ì", "{\\\"o}": "ö"}


def bib_text(raw):
    """381: LaTeX accents undone, ``'' as quotes, braces removed"""
    for a, b in TEX.items():
        raw = raw.replace(a, b)
    return raw.replace("``", "\"").replace("''", "\"").replace("{", "").replace("}", "")


def csv_text(raw):
    """382: the cells as a CSV reader returns them, one row a line, cells joined by ' | '"""
    return "\n".join(" | ".join(r) for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"))))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (377, 378): forms.append(md_text(raw))
    if n == 380: forms += pdf_forms(raw)
    if n == 381: forms.append(bib_text(raw))
    if n == 382: forms.append(csv_text(raw))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_IT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def en_date(s):
    """'15 January 2024' -> datetime"""
    d, m, y = s.split()
    return datetime(int(y), MON_EN.index(m) + 1, int(d))


def check_plan(f, raw):
    """377: a reading plan in week paragraphs with numbered sentences"""
    lf_final(f, raw)
    if not raw.startswith("# Reading plan: "): errors.append(f"{f}: heading")
    le = re.search(r"^Last edited (\d{1,2} \w+ \d{4})\.\*$", raw, re.M)
    if not le: errors.append(f"{f}: 'Last edited' line"); return
    edited = en_date(le.group(1))
    paras = [p for p in raw.split("\n\n") if p.startswith("**Week ")]
    prev = None
    for i, p in enumerate(paras, 1):
        m = re.match(r"\*\*Week (\d+)\*\* \(from (\w+) (\d{1,2} \w+ \d{4})\)\. ", p)
        if not m: errors.append(f"{f}: week paragraph {i} opening"); continue
        d = en_date(m.group(3).replace("\n", " "))
        if int(m.group(1)) != i: errors.append(f"{f}: week {m.group(1)} where {i} expected")
        if m.group(2) != "Monday" or d.weekday() != 0: errors.append(f"{f}: week {i} not dated by a Monday")
        if prev and d - prev != timedelta(days=7): errors.append(f"{f}: week {i} not a week after week {i - 1}")
        if d <= edited: errors.append(f"{f}: week {i} before the last edit")
        prev = d
        sn = [int(x) for x in re.findall(r"(?:^|(?<=[ \n]))\((\d+)\)(?= |\n)", p[m.end() - 1:])]
        if sn != list(range(1, len(sn) + 1)) or not sn: errors.append(f"{f}: week {i} sentences numbered {sn}")
    hw = re.search(r"the\s+plan\s+has\s+(\w+)\s+weeks", raw)
    if not hw or hw.group(1) not in NUMW or NUMW.index(hw.group(1)) != len(paras): errors.append(f"{f}: 'the plan has N weeks' != {len(paras)}")
    for l in raw.split("\n"):
        if len(l) > 80: errors.append(f"{f}: a line over 80 columns: {l[:30]!r}")
    for d, mo in re.findall(r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec):", raw.split("Changelog:", 1)[-1]):
        if datetime(edited.year, MON_EN.index(next(x for x in MON_EN if x.startswith(mo))) + 1, int(d)) > edited:
            errors.append(f"{f}: changelog entry after the last edit")


def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def check_awesome(f, raw):
    """378: an awesome list in bullets with badges and emoji"""
    lf_final(f, raw)
    if not re.match(r"# Awesome [^\n]*\[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", raw): errors.append(f"{f}: H1 with the awesome badge")
    heads = re.findall(r"^## (.+)$", raw, re.M)
    contents = raw.split("## Contents\n", 1)[1].split("\n## ", 1)[0] if "## Contents\n" in raw else ""
    anchors = re.findall(r"^- \[([^\]]+)\]\(#([^)]+)\)$", contents, re.M)
    if [a for a, _ in anchors] != [h for h in heads if h != "Contents"]: errors.append(f"{f}: Contents != headings")
    for t, a in anchors:
        if gh_slug(t) != a: errors.append(f"{f}: anchor #{a} is not the slug of {t!r}")
    lg = re.search(r"^\*\*Legend:\*\* (.+)$", raw, re.M)
    legend = {x.split(" ")[0] for x in lg.group(1).split(" · ")} if lg else set()
    if not legend: errors.append(f"{f}: no legend")
    for sec in re.split(r"^## ", raw, flags=re.M)[1:]:
        name, body = sec.split("\n", 1)
        if name in ("Contents", "Tools & tutorials", "Related lists", "Contributing", "License"): continue
        years = []
        for l in [x for x in body.split("\n") if x.startswith("- ")]:
            m = re.match(r"- (?:\[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)|(?P<t2>[^\[\]\n]+?)) - (?P<v>[A-Za-z]+) (?P<y>\d{4}) - (?P<rest>.*)$", l)
            if not m: errors.append(f"{f}: paper bullet not in the list's format: {l[:40]!r}"); continue
            years.append(int(m.group("y")))
            rest = m.group("rest")
            for c in re.findall(r"\[\[code\]\(([^)]+)\)\]", rest):
                if not c.startswith("https://github.com/"): errors.append(f"{f}: code link not on GitHub: {c}")
            flags = re.sub(r"\[\[code\]\([^)]+\)\]|\[?!\[[^\]]*\]\([^)]+\)(?:\]\([^)]+\))?|no official code", "", rest).split()
            for e in flags:
                if e not in legend: errors.append(f"{f}: emoji {e!r} not in the legend")
        if years != sorted(years): errors.append(f"{f}: section {name!r} not sorted by year")
    for l in raw.split("\n"):
        if l.count("[") != l.count("]") or l.count("(") != l.count(")"): errors.append(f"{f}: unbalanced brackets: {l[:40]!r}")


MON3 = [m[:3] for m in MON_EN]
WD3 = [w[:3] for w in WD_EN]


def check_arxiv_fwd(f, raw):
    """379: an arXiv listing forwarded in Gmail, copied as text"""
    lf_final(f, raw)
    subj = re.search(r"^Subject: (.+)$", raw, re.M)
    if not subj or not raw.startswith(f"Fwd: {subj.group(1)}\n"): errors.append(f"{f}: 'Fwd: ' + forwarded Subject")
    fw = raw.split("---------- Forwarded message ---------\n", 1)
    if len(fw) != 2: errors.append(f"{f}: no forwarded block"); return
    if [l.split(":")[0] for l in fw[1].split("\n")[:4]] != ["From", "Date", "Subject", "To"]: errors.append(f"{f}: forwarded header fields")
    g = re.search(r"^(\w{3}), (\w{3}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d) (AM|PM)$", fw[0], re.M)
    md = re.search(r"^Date: (\w{3}), (\w{3}) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d) (AM|PM)$", fw[1], re.M)
    ts = []
    for m in (g, md):
        if not m: errors.append(f"{f}: a Gmail date line"); return
        h = int(m.group(5)) % 12 + (12 if m.group(7) == "PM" else 0)
        d = datetime(int(m.group(4)), MON3.index(m.group(2)) + 1, int(m.group(3)), h, int(m.group(6)))
        if WD3[d.weekday()] != m.group(1): errors.append(f"{f}: {m.group(0)!r} not on its weekday")
        ts.append(d)
    if ts[0] <= ts[1]: errors.append(f"{f}: forwarded before the listing was mailed")
    w = re.search(r"^ received from  (\w{3}) +(\d{1,2}) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  (\w{3}) +(\d{1,2}) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT$", raw, re.M)
    if not w: errors.append(f"{f}: received-from window"); return
    win = []
    for wd, dd, mo, yy, hms in (w.groups()[:5], w.groups()[5:]):
        d = datetime.strptime(f"{dd} {mo} 20{yy} {hms}", "%d %b %Y %H:%M:%S")
        if WD3[d.weekday()] != wd: errors.append(f"{f}: window date {dd} {mo} not a {wd}")
        win.append(d)
    if not win[0] < win[1] or ts[1] < win[1]: errors.append(f"{f}: window order / mailed before the window closed")
    sep = "-" * 78
    for l in raw.split("\n"):
        if set(l) == {"-"} and len(l) != 78 and not l.startswith("----------"): errors.append(f"{f}: a separator of {len(l)} dashes")
    recs = [r for r in raw.split(sep + "\n") if r.startswith("\\\\\narXiv:")]
    for r in recs:
        L = r.rstrip("\n").split("\n")
        m = re.match(r"arXiv:(\d{4}\.\d{4,5})( \(\*cross-listing\*\))?$", L[1])
        rv = re.match(r"replaced with revised version (\w{3}), (\d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb,D\)$", L[2])
        if not m or not rv or L[3] != "": errors.append(f"{f}: record head {L[1:3]}"); continue
        d = datetime.strptime(rv.group(2), "%d %b %Y %H:%M:%S")
        if WD3[d.weekday()] != rv.group(1): errors.append(f"{f}: {m.group(1)} replacement date not on its weekday")
        if not win[0] <= d <= win[1]: errors.append(f"{f}: {m.group(1)} replaced outside the window")
        body = L[4:]
        names = [x.split(":")[0] for x in body if not x.startswith("  ")]
        if names[:3] != ["Title", "Authors", "Categories"] or names[3:-1] not in ([], ["Comments"]): errors.append(f"{f}: {m.group(1)} fields {names}")
        if body[-1] != f"\\\\ ( https://arxiv.org/abs/{m.group(1)} ,  {rv.group(3)}kb)": errors.append(f"{f}: {m.group(1)} closing link line / size")
        for x in body:
            if len(x) > 80: errors.append(f"{f}: {m.group(1)} line over 80")
        cats = next((x for x in body if x.startswith("Categories: ")), "Categories: ?").split()[1:]
        if bool(m.group(2)) == (cats[:1] in (["cs.CL"], ["cs.LG"])): errors.append(f"{f}: {m.group(1)} cross-listing mark vs primary {cats[:1]}")
    nw = re.search(r"because (\w+) papers from our list", raw)
    if not nw or nw.group(1) not in NUMW or NUMW.index(nw.group(1)) != len(recs): errors.append(f"{f}: the note's count != {len(recs)} records")


def check_harvard(f, raw):
    """380: Harvard references pasted from a PDF"""
    lf_final(f, raw)
    if "\nReferences\n\n" not in raw: errors.append(f"{f}: 'References' heading"); return
    lines = raw.split("\nReferences\n\n", 1)[1].rstrip("\n").split("\n")
    furn = [l for l in lines if re.fullmatch(r"\d+|\d+(\.\d+)*\.? References \d+", l)]
    pages = [int(re.search(r"\d+$", l).group()) for l in furn]
    if pages != list(range(pages[0], pages[0] + len(pages))) if pages else True: errors.append(f"{f}: page numbers {pages}")
    entries = []
    for l in lines:
        if l in furn: continue
        # an entry starts at "Surname, I." (or "Corporate (Year)") after a line that ended an entry with a full stop
        if re.match(r"[A-Z][\w’'-]+, (?:[A-Z]\.)+(?:-[A-Z]\.)?[ ,]|[A-Z][\w]+ \(\d{4}\) ", l) and (not entries or entries[-1].endswith(".")): entries.append(l)
        elif entries: entries[-1] += "\n" + l
        else: errors.append(f"{f}: text before the first entry")
    keys_ = []
    for e in entries:
        y = re.search(r"\((\d{4})\)", e)
        if not y: errors.append(f"{f}: entry without (year): {e[:30]!r}"); continue
        keys_.append((e.split(",")[0].split(" (")[0], int(y.group(1))))
        if e.count("‘") != e.count("’"): errors.append(f"{f}: unbalanced ‘ ’ in {e[:30]!r}")
        for a in re.findall(r"Accessed:\s+(\d{1,2} \w+ \d{4})", e):
            try:
                if en_date(a) > datetime(2024, 3, 31): errors.append(f"{f}: accessed after the draft: {a}")
            except ValueError:
                errors.append(f"{f}: bad accessed date {a}")
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not in alphabetical order")
    for l in raw.split("\n"):
        if len(l) > 96: errors.append(f"{f}: a line over 96: {l[:30]!r}")


BBT_FIELDS = {"online": ("title", "author", "date", "url"), "misc": ("title", "author", "date"),
              "inproceedings": ("title", "author", "date", "booktitle"), "article": ("title", "author", "date", "journaltitle"),
              "book": ("title", "author", "date", "publisher"), "software": ("title", "author", "date", "url")}


def check_bbt(f, raw):
    """381: a Better BibLaTeX export"""
    lf_final(f, raw)
    ents = re.findall(r"^@(\w+)\{([^,\n]+),\n(.*?)\n\}$", raw, re.S | re.M)
    if len(ents) != raw.count("\n@") + raw.startswith("@"): errors.append(f"{f}: entries not parsed")
    keys_ = [k for _, k, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    for typ, key, body in ents:
        flds = {}
        for l in body.split("\n"):
            m = re.match(r"  (\w+) = \{(.*)\},?$", l)
            if not m: errors.append(f"{f}: {key}: not a field line {l[:30]!r}"); continue
            v = m.group(2)
            depth = 0
            for ch in v:
                depth += {"{": 1, "}": -1}.get(ch, 0)
                if depth < 0: break
            if depth != 0: errors.append(f"{f}: {key}: unbalanced braces in {m.group(1)}")
            flds[m.group(1)] = v
        if typ not in BBT_FIELDS: errors.append(f"{f}: {key}: entry type {typ}"); continue
        for need in BBT_FIELDS[typ]:
            if need not in flds: errors.append(f"{f}: {key}: @{typ} without {need}")
        for bad in ("journal", "year", "archiveprefix", "primaryclass"):
            if bad in flds: errors.append(f"{f}: {key}: BibTeX field {bad} in a biblatex export")
        for df in ("date", "urldate"):
            if df in flds and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", flds[df]): errors.append(f"{f}: {key}: {df} not ISO")
        first = re.sub(r"\{\\.(\w)\}", r"\1", flds.get("author", "").split(" and ")[0].split(",")[0]).replace(" ", "").lower()
        if not key.startswith(first) or not key.endswith(flds.get("date", "")[:4]): errors.append(f"{f}: key {key} not BBT's pattern")
        if "eprint" in flds and not re.fullmatch(r"\d{4}\.\d{4,5}", flds["eprint"]): errors.append(f"{f}: {key}: eprint shape")
        if "pages" in flds and not re.fullmatch(r"\d+--\d+", flds["pages"]): errors.append(f"{f}: {key}: pages")


NOTION_HDR = ["Name", "Status", "Tags", "Reader", "Added", "URL", "Week", "Presented", "Rating", "Notes"]


def check_notion(f, raw):
    """382: a Notion database exported as CSV"""
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark")
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"))))
    if not rows or rows[0] != NOTION_HDR: errors.append(f"{f}: header {rows[:1]}"); return
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows: w.writerow(r)
    if buf.getvalue() != raw.lstrip("\ufeff"): errors.append(f"{f}: not as Notion quotes it (minimal quoting, LF)")
    last, pages = None, {}
    for r in rows[1:]:
        if len(r) != len(NOTION_HDR): errors.append(f"{f}: a row with {len(r)} cells"); continue
        c = dict(zip(NOTION_HDR, r))
        try:
            d = datetime.strptime(c["Added"], "%B %d, %Y %I:%M %p")
            if re.search(r" 0\d|\b0\d:", c["Added"]): errors.append(f"{f}: zero-padded Notion date")
            if last and d < last: errors.append(f"{f}: rows not in Added order")
            last = d
        except ValueError:
            errors.append(f"{f}: Added {c['Added']!r}")
        if c["Status"] not in ("🟢 Done", "🟡 Reading", "⚪ To read", "🔴 Dropped"): errors.append(f"{f}: status {c['Status']!r}")
        if c["Presented"] not in ("Yes", "No"): errors.append(f"{f}: checkbox {c['Presented']!r}")
        if c["Rating"] and (set(c["Rating"]) != {"⭐"} or len(c["Rating"]) > 5): errors.append(f"{f}: rating {c['Rating']!r}")
        if c["URL"] and not re.fullmatch(r"https?://\S+", c["URL"]): errors.append(f"{f}: URL {c['URL']!r}")
        if c["Week"]:
            m = re.fullmatch(r"Week (\d+) \(https://www\.notion\.so/Week-(\d+)-([0-9a-f]{32})\)", c["Week"])
            if not m or m.group(1) != m.group(2): errors.append(f"{f}: relation {c['Week']!r}"); continue
            if pages.setdefault(m.group(1), m.group(3)) != m.group(3): errors.append(f"{f}: two page ids for Week {m.group(1)}")


def x_len(s):
    return len(s)


def check_x_thread(f, raw):
    """383: an X thread copied from the conversation view"""
    lf_final(f, raw)
    if not raw.startswith("Post\n\n"): errors.append(f"{f}: 'Post' bar")
    L = raw.split("\n")
    name, handle = L[2], L[3]
    m = re.search(r"^(\d\d):(\d\d) · (\d{1,2}) (\w{3}) (\d{4})$", raw, re.M)
    if not m or m.group(4) not in MON_IT: errors.append(f"{f}: first post's time stamp"); return
    t0 = datetime(int(m.group(5)), MON_IT.index(m.group(4)) + 1, int(m.group(3)))
    if not re.search(r"^\d{1,3}(?:,\d)?K? Visualizzazioni$", raw, re.M): errors.append(f"{f}: views line")
    blocks = raw.split("\n\n")
    first = blocks[1].split("\n") if len(blocks) > 1 else []
    tot = re.search(r"\(1/(\d+)\)$", first[3] if len(first) > 3 else "")
    if not tot: errors.append(f"{f}: first post not numbered (1/N)"); return
    N = int(tot.group(1))
    posts = [first[3]]
    later = [b.split("\n") for b in blocks[2:] if b.startswith(name + "\n" + handle + "\n")]
    for i, b in enumerate(later, 2):
        if b[2] != "·" or not re.fullmatch(r"\d{1,2} \w{3}", b[3]): errors.append(f"{f}: post {i} head"); continue
        if not b[4].startswith(f"{i}/{N} "): errors.append(f"{f}: post {i} numbered {b[4][:6]!r}")
        posts.append(b[4])
        urls = re.findall(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*", b[4])
        for u in urls:
            if len(u) > 24 or (len(u) == 24 and not u.endswith("…")): errors.append(f"{f}: display URL {u!r} longer than X shows")
            if u.endswith("…") and (len(b) < 7 or b[5] != u.split("/")[0]): errors.append(f"{f}: cut URL {u!r} without its link card")
        counts = b[-4:]
        if not all(re.fullmatch(r"\d+", x) for x in counts[:3]) or not re.fullmatch(r"\d{1,3}(\.\d{3})*|\d+,\dK", counts[3]): errors.append(f"{f}: post {i} counts {counts}")
    if len(posts) != N: errors.append(f"{f}: {len(posts)} posts by the author, numbered out of {N}")
    for p in posts:
        if x_len(p) > 280: errors.append(f"{f}: a post over 280 characters")
    for b in [b.split("\n") for b in blocks[2:] if not b.startswith(name + "\n") and b.count("\n") > 5]:
        if b[4] != f"In risposta a {handle}": errors.append(f"{f}: reply without 'In risposta a {handle}'")
        dd, mo = b[3].split()
        if datetime(t0.year, MON_IT.index(mo) + 1, int(dd)) < t0: errors.append(f"{f}: a reply before the thread")
    if "\nMostra altre risposte\n" not in raw: errors.append(f"{f}: 'Mostra altre risposte'")


CN_NUM = "一二三四五六七八九十"


def check_zhihu(f, raw):
    """384: a Zhihu column article copied as text"""
    lf_final(f, raw)
    if not raw.startswith("首发于\n"): errors.append(f"{f}: column bar")
    L = raw.split("\n")
    tm = re.search(r"(\d+) 篇", L[4])
    items = re.findall(r"^(\d+)\. (.+)$", raw, re.M)
    if not tm or [int(n) for n, _ in items] != list(range(1, int(tm.group(1)) + 1)): errors.append(f"{f}: title count vs numbered papers {[n for n, _ in items]}")
    for n, l in items:
        if not re.match(r"[A-Za-z][\w·./ -]*(?:（[^）]*）)?(?:：|——)", l): errors.append(f"{f}: paper {n} not 'ShortName：' / 'ShortName——'")
    toc = raw.split("\n收起\n", 1)[1].split("\n\n", 1)[0].split("\n") if "\n收起\n" in raw else []
    body_heads = [l for l in raw.split("\n\n", 1)[1].split("\n") if re.match(rf"[{CN_NUM}]、", l) or l == "写在最后"] if "\n\n" in raw else []
    if toc != body_heads: errors.append(f"{f}: 目录 != section headings")
    if [CN_NUM.index(h[0]) + 1 for h in body_heads if h[0] in CN_NUM] != list(range(1, len(body_heads))): errors.append(f"{f}: sections not numbered 一、二、…")
    a = re.search(r"^([\d,]+) 人赞同了该文章$", raw, re.M)
    b = re.search(r"^赞同 (\d+)$", raw, re.M)
    if not a or not b or a.group(1).replace(",", "") != b.group(1): errors.append(f"{f}: 赞同 counts disagree")
    ed = re.search(r"^编辑于 (\d{4}-\d\d-\d\d \d\d:\d\d)・IP 属地\S+$", raw, re.M)
    if not ed: errors.append(f"{f}: 编辑于 line"); return
    d0 = datetime.strptime(ed.group(1), "%Y-%m-%d %H:%M")
    cds = re.findall(r"^(\d\d)-(\d\d) · IP 属地\S+$", raw, re.M)
    for mo, dd in cds:
        if datetime(d0.year, int(mo), int(dd)) < d0.replace(hour=0, minute=0): errors.append(f"{f}: a comment before the article")
    nc = re.search(r"^(\d+) 条评论$", raw, re.M)
    if not nc or int(nc.group(1)) < len(cds): errors.append(f"{f}: comment count")
    ro = re.search(r"阅读顺序建议：([\d →]+)", raw)
    if not ro or [int(x) for x in ro.group(1).split(" → ")] != list(range(1, len(items) + 1)): errors.append(f"{f}: reading order")


CIRC = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"


def check_note(f, raw):
    """385: a note.com article copied as text"""
    lf_final(f, raw)
    if not raw.startswith("見出し画像\n"): errors.append(f"{f}: 見出し画像")
    L = raw.split("\n")
    tm = re.search(r"(\d+)本", L[1])
    items = re.findall(rf"^([{CIRC}]) ", raw, re.M)
    if not tm or items != list(CIRC[:int(tm.group(1))]): errors.append(f"{f}: title count vs items {''.join(items)}")
    try:
        datetime.strptime(L[3], "%Y年%m月%d日 %H:%M")
    except ValueError:
        errors.append(f"{f}: posting time {L[3]!r}")
    toc = raw.split("\n目次\n", 1)[1].split("\n\n", 1)[0].split("\n") if "\n目次\n" in raw else []
    heads = re.findall(r"^(■ .+)$", raw.split("\n\n", 1)[1] if "\n\n" in raw else "", re.M)
    if not toc or toc != heads: errors.append(f"{f}: 目次 != headings")
    tags = re.search(r"^(#\S+(?: #\S+)*)\nスキ\n(\d+)\n", raw, re.M)
    if not tags: errors.append(f"{f}: hashtags / スキ")
    if not raw.rstrip("\n").endswith("© 2024 note, inc."): errors.append(f"{f}: footer")


def check_newsletter(f, raw):
    """386 (NEGATIVE): a plain-text newsletter"""
    lf_final(f, raw)
    m = re.search(r"^Issue #(\d+) · (\w+), (\d{1,2} \w+ \d{4})$", raw, re.M)
    if not m or WD_EN[en_date(m.group(3)).weekday()] != m.group(2): errors.append(f"{f}: issue line / weekday")
    rule = "—" * 36
    secs = re.findall(rf"^{rule}\n([A-Z][A-Z &(),]+)\n{rule}\n\n(.*?)(?=^{rule}|\Z)", raw, re.S | re.M)
    if len(secs) < 4: errors.append(f"{f}: sections between rules")
    for name, body in secs:
        items = re.findall(r"^(\d+)\. .+\n(?:.+\n)*?→ https?://\S+$", body, re.M)
        nums = re.findall(r"^(\d+)\. ", body, re.M)
        if nums and (nums != [str(i) for i in range(1, len(nums) + 1)] or len(items) != len(nums)): errors.append(f"{f}: section {name} items")
    for l in raw.split("\n"):
        if len(l) > 72 and "https://" not in l and not l.startswith("· "): errors.append(f"{f}: a line over 72: {l[:30]!r}")


def shape_checks(f, raw, path):
    {377: check_plan, 378: check_awesome, 379: check_arxiv_fwd, 380: check_harvard, 381: check_bbt, 382: check_notion,
     383: check_x_thread, 384: check_zhihu, 385: check_note, 386: check_newsletter}[num(f)](f, raw)


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
                 (dev == "subtitle-dropped" and any(c.startswith(norm(t) + ":") for c in cat_titles)) or \
                 (dev == "fullwidth-colon" and norm(t.replace("\uff1a", ": ")) in cat_titles)
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
                if not aid: errors.append(f"{f}: link record without an id: {t}"); continue
                if not re.search(ID_URL + re.escape(aid), alltext):
                    errors.append(f"{f}: no arXiv-form link for {aid}")
                elif not re.search(ID_URL + re.escape(aid), raw):
                    notes.append(f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if not aid: continue
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
# paper, and the round36/round37 split: candidates = catalogue papers whose title is no distractor's, sorted by
# (reuse count, catalogue title); round36 takes the even positions (0, 2, 4, …), round37 the odd ones
used = Counter()
TD = "/work/main/tests/data"
for pth in sorted(glob.glob(os.path.join(TD, "*", "expected.json"))):
    for recs in json.load(open(pth)).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round35", "expected.json")
if os.path.exists(pp):
    prev = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(pp)).values() for x in recs}
dnorm = {norm(d["title"]) for d in distract if d.get("title")}
cands = sorted((used[e["arxiv_id"] or e["title"].lower()], e["title"], e["arxiv_id"] or e["title"].lower())
               for e in pool.values() if e["title"] and norm(e["title"]) not in dnorm)
pos = {k: i for i, (_, _, k) in enumerate(cands)}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:78s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or no_arxiv_titles.get(r["title"].lower(), r)["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round36 file: {multi}")
odd = [k for k in allrecs if pos.get(k, 1) % 2]
if odd: errors.append(f"papers not at even positions of the candidate list (round37's or unknown): {odd}")
lowest = max((used[k] for k in allrecs), default=0)
missed = [k for i, (n, _, k) in enumerate(cands) if i % 2 == 0 and n < lowest and k not in allrecs]
if missed: errors.append(f"even-position candidates less used than the papers taken, left out: {missed}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (all of {TD}/*/expected.json): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round35: {sum(1 for k in allrecs if k in prev)}; papers in more than one round36 file: {multi}")
print(f"candidates {len(cands)}; even positions with count <= {lowest}: "
      f"{sum(1 for i, (n, _, _) in enumerate(cands) if i % 2 == 0 and n <= lowest)}, used {len(set(allrecs))}; "
      f"positions used: even {sum(1 for k in allrecs if pos.get(k, 1) % 2 == 0)}, odd {len(odd)}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
