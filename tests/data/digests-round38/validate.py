#!/usr/bin/env python3
r"""Checks round38/expected.json against the digests and the shared catalogues.

Adapted from round36/validate.py: the label checks are the same code (an OpenReview link cut by "..." as Bluesky cuts
it is, like one cut by "…", not an id of its own; no recorded deviations this round); the reuse report reads every
/work/main/tests/data/*/expected.json — digests-dev, digests-own, rounds 8–37 — tells how many papers rounds 36 and
37 also used, checks the round38/round39 split (round38 takes the papers at even positions of the candidates sorted
by (reuse count, catalogue title), round39 the odd ones; if /work/round39/expected.json exists, no paper may be in
both) and which papers round38 uses in more than one file; the readers and shape checks are new. Every digest is
UTF-8 without a byte-order mark; each is also read in decoded forms, the way a reader of that shape would see it:
  - 397 (Markdown checklist) and 405 (Zenn Markdown): Markdown links as "text <url>"; 405 also with `<br>` as a space;
  - 398 (GitHub-rendered HTML): the visible text (tags dropped, entities undone);
  - 399 (mbox): the bodies with mbox's ">From " escaping undone;
  - 401 (dblp / Scholar BibTeX): braces removed, LaTeX accents and `{-}` undone;
  - 402 (LibreOffice TSV): the cells as a tab-separated CSV reader returns them;
  - the plain-text files (400, 403, 404, 406): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case, split
across lines or by a wrap) or only after decoding is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities); round 38 records no deviation (DEVIATIONS is empty).

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 397 (Markdown checklist plan): LF, the H1, "> Owner:" line with "started" ≤ "last touched" ISO dates, "> Total
    budget: ⏱ … · Progress: d/n", top-level items "- [x] " / "- [ ] " with a "⏱ N h M min" budget at the end of the
    item (after a wrapped continuation indented six spaces), "✅ YYYY-MM-DD" exactly on ticked items and within the
    plan's dates, each "## … — Σ ⏱ …" equal to the sum of its items, the total equal to the sum of all items, d/n
    equal to ticked / all top-level items, sub-bullets indented by multiples of two spaces;
  - 398 (GitHub-rendered README page): tags balanced (void elements aside), one `article.markdown-body`, every
    `markdown-heading` with `user-content-<slug>` / `#<slug>` = GitHub's slug of the heading text, the Contents list =
    the H2 headings after Contents, camo URLs whose hex tail decodes to `data-canonical-src`, rel="nofollow" on links
    leaving github.com and only there, every table row with the header's four cells, the star counters equal;
  - 399 (mutt mbox of 2019 arXiv mailings): LF, messages starting "From no-reply@arxiv.org <asctime>", no body line
    starting "From " (escaped ">From "), Date headers (two-digit year, numeric zone) equal to the From_ line and on
    their weekdays, the "received from … to …" window on its weekdays and closed before the mail, the section
    separators in order (78 dashes, "%-" ×39 cross-lists, "%%--" replacements, "%%%---" end), each record "\\ /
    arXiv:ID / Date: … (Nkb,D)" (new, with a licence line and an abstract between "\\" lines) or "replaced with
    revised version …" (no abstract), dated on its weekday inside the window, Title / Authors / Categories /
    [Comments] with two-space continuations, "\\ ( https://arxiv.org/abs/ID ,  Nkb)" with the same id and size,
    lines ≤ 80, unique Message-Ids;
  - 400 (Vancouver references pasted from Word): LF, one line per paragraph (no line ends in a hyphenated word),
    "References" heading, entries "n.<TAB>" numbered 1..N, citation numbers in the body first cited in the order
    1..N, at most six authors before "et al.", authors "Surname INITIALS", "[cited YYYY Mon D]" valid and not after
    March 2024;
  - 401 (dblp + Scholar BibTeX): LF, entries parse with balanced braces, unique keys; dblp entries (`DBLP:` keys)
    with `=` at column 16 ("eprinttype" one wider), 18-space continuations, timestamp / biburl (= the key's dblp
    record) / bibsource, CoRR entries with volume "abs/<eprint>", url of that eprint and key "abs-YYMM-NNNNN";
    Scholar entries in `  name={value}` form with keys "<surname><year><first title word>";
  - 402 (LibreOffice tab-separated export): no BOM, CRLF between records and bare LF only inside quoted cells, the
    German header, every row with the header's cell count, the file equal to its own re-serialisation (quotes only
    where needed), Nr. 1..n, Termin "dd.mm.yyyy" on Tuesdays, Status from the list, Jahr four digits;
  - 403 (Bluesky thread copied, pt-BR): LF, "Publicação" bar, the root's "D de <mês> de YYYY às HH:MM" stamp,
    the author's posts numbered (1/N)…(N/N), posts ≤ 300 characters, short dates "D de <mês abreviado>.", display
    links as Bluesky shortens them (path ≤ 15 characters whole, otherwise 13 characters + "...", followed by a link
    card of that domain), counts as integers, the root's repost and like counts equal in both places;
  - 404 (CSDN article copied): LF, "N篇" in the title = numbered papers 1..N = "以上 N 篇", 文章目录 = the section
    headings, the 发布 time valid, 收藏 / 点赞数 equal to the bottom bar, "N 条评论" = comments shown, comment dates
    not before the article, 本文链接 in CSDN's form;
  - 405 (Zenn Markdown source): LF, front matter with title / emoji / type (tech or idea) / topics (≤ 5,
    lower-case ASCII or Japanese) / published, `:::` blocks closed, footnote references and definitions matching,
    table rows with the header's cell count and "#" numbered across the article, `@[card](…)` on lines of their own;
  - 406 (NEGATIVE, GitHub issue copied): LF, "<title> #NUM", "opened this issue <date> · n comments" = comments
    after the first, dates valid and in order, every "> " quote copied from an earlier comment, participants = the
    distinct commenters.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; a paper at an odd position of the candidate list (round39's) or in round39's
expected.json; a less-used even-position paper left out; a paper in two round38 files; and the shape checks."""

import csv, glob, html, io, json, os, re, sys, unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
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
    """the digest as text (all round38 digests are UTF-8, none with a byte-order mark)"""
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"): errors.append(f"{f}: byte-order mark")
    return b.decode("utf-8")


def md_text(raw):
    """397/405: Markdown links (and image links) as 'text <url>'"""
    return re.sub(r"!?\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 <\2>", raw)


def html_visible(raw):
    """398: the page as a browser shows it: tags dropped, entities undone"""
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def mbox_bodies(raw):
    """399: mbox's '>From ' escaping undone"""
    return re.sub(r"(?m)^>From ", "From ", raw)


def bib_text(raw):
    """401: LaTeX accents and {-} undone, braces removed"""
    for a, b in (("{\\'{a}}", "á"), ("{\\'a}", "á"), ("{\\v{s}}", "š"), ("{-}", "-")):
        raw = raw.replace(a, b)
    return raw.replace("{", "").replace("}", "")


def tsv_text(raw):
    """402: the cells as a tab-separated CSV reader returns them, one row a line, cells joined by ' | '"""
    return "\n".join(" | ".join(r) for r in csv.reader(io.StringIO(raw, newline=""), delimiter="\t"))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (397, 405): forms.append(md_text(raw))
    if n == 405: forms.append(md_text(raw).replace("<br>", " "))
    if n == 398: forms.append(html_visible(raw))
    if n == 399: forms.append(mbox_bodies(raw))
    if n == 401: forms.append(bib_text(raw))
    if n == 402: forms.append(tsv_text(raw))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MON_EN]
WD3 = [w[:3] for w in WD_EN]


def mins(s):
    """'1 h 30 min' / '45 min' / '2 h' -> minutes"""
    m = re.fullmatch(r"(?:(\d+) h)?(?: ?(\d+) min)?", s.strip())
    if not m or not (m.group(1) or m.group(2)): raise ValueError(s)
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def iso(s):
    return datetime.strptime(s, "%Y-%m-%d")


def check_checklist(f, raw):
    """397: a reading plan as a Markdown checklist with time budgets"""
    lf_final(f, raw)
    if not raw.startswith("# "): errors.append(f"{f}: H1")
    ow = re.search(r"^> Owner: .* · started (\d{4}-\d\d-\d\d) · last touched (\d{4}-\d\d-\d\d)$", raw, re.M)
    tb = re.search(r"^> Total budget: ⏱ ([\w ]+?) · Progress: (\d+)/(\d+)$", raw, re.M)
    if not ow or not tb: errors.append(f"{f}: header lines"); return
    start, touched = iso(ow.group(1)), iso(ow.group(2))
    if start > touched: errors.append(f"{f}: started after last touched")
    total, ticked, items = 0, 0, 0
    for sec in re.split(r"^## ", raw, flags=re.M)[1:]:
        head, body = sec.split("\n", 1)
        hs = re.search(r" — Σ ⏱ ([\w ]+)$", head)
        lines = body.split("\n")
        tops = [i for i, l in enumerate(lines) if l.startswith("- [")]
        if not hs:
            if tops: errors.append(f"{f}: section {head!r} has tasks but no Σ")
            continue
        ssum = 0
        for j, i in enumerate(tops):
            m = re.match(r"- \[([x ])\] ", lines[i])
            if not m: errors.append(f"{f}: bad checkbox {lines[i][:30]!r}"); continue
            k = i
            while k + 1 < len(lines) and lines[k + 1].startswith("      ") and not lines[k + 1].lstrip().startswith("- "):
                k += 1
            last = lines[k]
            bm = re.search(r" ⏱ ((?:\d+ h)?(?: ?\d+ min)?)(?: ✅ (\d{4}-\d\d-\d\d))?$", last)
            if not bm: errors.append(f"{f}: item without ⏱ at its end: {lines[i][:30]!r}"); continue
            ssum += mins(bm.group(1)); items += 1
            if (m.group(1) == "x") != bool(bm.group(2)): errors.append(f"{f}: ✅ date and checkbox disagree: {lines[i][:30]!r}")
            if m.group(1) == "x":
                ticked += 1
                d = iso(bm.group(2))
                if not start <= d <= touched: errors.append(f"{f}: ✅ {bm.group(2)} outside the plan's dates")
            for l in lines[k + 1:(tops[j + 1] if j + 1 < len(tops) else len(lines))]:
                if l and not l.startswith("## "):
                    ind = len(l) - len(l.lstrip(" "))
                    if ind % 2 or ind == 0: errors.append(f"{f}: sub-bullet indentation {ind}: {l[:30]!r}")
        if ssum != mins(hs.group(1)): errors.append(f"{f}: section {head[:30]!r} Σ {hs.group(1)} != {ssum} min")
        total += ssum
    if mins(tb.group(1)) != total: errors.append(f"{f}: total budget {tb.group(1)} != {total} min")
    if (int(tb.group(2)), int(tb.group(3))) != (ticked, items): errors.append(f"{f}: progress {tb.group(2)}/{tb.group(3)} != {ticked}/{items}")


VOID = {"meta", "link", "img", "br", "hr", "input", "source", "path"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.bad, self.items = [], [], []

    def handle_starttag(self, tag, attrs):
        self.items.append(("start", tag, dict(attrs), self.getpos()))
        if tag not in VOID: self.stack.append(tag)

    def handle_endtag(self, tag):
        self.items.append(("end", tag, {}, self.getpos()))
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append((tag, self.getpos(), self.stack[-1:]))
        else: self.stack.pop()

    def handle_data(self, data):
        self.items.append(("data", data, {}, self.getpos()))


def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def check_gh_html(f, raw):
    """398: an awesome list saved from github.com as the rendered README page"""
    lf_final(f, raw)
    p = _Tags(); p.feed(raw); p.close()
    if p.bad or p.stack: errors.append(f"{f}: unbalanced tags {p.bad[:2]} open {p.stack[-3:]}")
    if raw.count('<article class="markdown-body entry-content container-lg" itemprop="text">') != 1: errors.append(f"{f}: article.markdown-body")
    heads = re.findall(r'<div class="markdown-heading" dir="auto"><h(\d) tabindex="-1" class="heading-element" dir="auto">(.*?)</h\1><a id="user-content-([^"]*)" class="anchor" aria-label="Permalink: ([^"]*)" href="#([^"]*)">', raw)
    if raw.count('class="markdown-heading"') != len(heads): errors.append(f"{f}: a heading not in GitHub's form")
    for lvl, inner, uid, label, href in heads:
        text = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        if uid != href or uid != gh_slug(text) or html.unescape(label) != text: errors.append(f"{f}: heading {text!r} anchor {uid!r}/{href!r}")
    h2 = [html.unescape(re.sub(r"<[^>]+>", "", i)).strip() for l, i, *_ in heads if l == "2"]
    toc = re.search(r'user-content-contents".*?</div>\n<ul dir="auto">\n(.*?)\n</ul>', raw, re.S)
    toc_items = re.findall(r'<li><a href="#([^"]+)">([^<]+)</a></li>', toc.group(1)) if toc else []
    after = h2[h2.index("Contents") + 1:] if "Contents" in h2 else []
    if [t for _, t in toc_items] != after or any(a != gh_slug(t) for a, t in toc_items): errors.append(f"{f}: Contents != headings")
    for m in re.finditer(r'<img src="https://camo\.githubusercontent\.com/([0-9a-f]{64})/([0-9a-f]+)" alt="[^"]*" data-canonical-src="([^"]+)"', raw):
        if bytes.fromhex(m.group(2)).decode() != html.unescape(m.group(3)): errors.append(f"{f}: camo URL does not decode to {m.group(3)}")
    if raw.count("camo.githubusercontent.com") != len(re.findall(r'<img src="https://camo', raw)): errors.append(f"{f}: camo URL outside an img")
    art = raw.split('itemprop="text">', 1)[-1].split("</article>", 1)[0]
    for m in re.finditer(r'<a href="([^"]+)"( rel="nofollow")?>', art):
        ext = not m.group(1).startswith(("https://github.com/", "#"))
        if ext != bool(m.group(2)): errors.append(f"{f}: rel=nofollow wrong on {m.group(1)}")
    for t in re.findall(r"<table>(.*?)</table>", raw, re.S):
        nh = len(re.findall(r"<th[ >]", t.split("</thead>")[0]))
        for row in re.findall(r"<tr>(.*?)</tr>", t.split("<tbody>")[-1], re.S):
            if row.count("<td") != nh: errors.append(f"{f}: a table row with {row.count('<td')} cells, header {nh}")
    stars = set(re.findall(r'Star <span class="Counter">(\d+)</span>', raw)) | set(re.findall(r"<strong>(\d+)</strong> stars", raw))
    if len(stars) != 1: errors.append(f"{f}: star counters disagree {stars}")


SEP78 = "-" * 78
CROSS = "%-" * 39
REP = "%%--" * 19 + "%%"
END = "%%%---" * 13


def check_mbox(f, raw):
    """399: a mutt mbox of 2019 arXiv daily mailings in the old plain layout"""
    lf_final(f, raw)
    msgs = re.split(r"(?m)^(?=From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$)", raw)
    if msgs[0] != "": errors.append(f"{f}: text before the first From_ line")
    msgs = [m for m in msgs if m]
    mids = []
    for m in msgs:
        head, _, body = m.partition("\n\n")
        H = head.split("\n")
        fl = H[0]
        try:
            t0 = datetime.strptime(fl.split(" ", 2)[2], "%a %b %d %H:%M:%S %Y")
        except ValueError:
            errors.append(f"{f}: From_ line {fl!r}"); continue
        if WD3[t0.weekday()] != fl.split(" ")[2]: errors.append(f"{f}: From_ line weekday {fl!r}")
        hd = dict(l.split(": ", 1) for l in H[1:] if ": " in l)
        for need in ("Return-Path", "Date", "From", "To", "Subject", "Message-Id", "X-Label", "Status"):
            if need not in hd: errors.append(f"{f}: header {need} missing after {fl!r}")
        dm = re.fullmatch(r"(\w{3}), (\d\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) ([+-]\d{4})", hd.get("Date", ""))
        if not dm: errors.append(f"{f}: Date header {hd.get('Date')!r}"); continue
        td = datetime.strptime(f"{dm.group(2)} {dm.group(3)} 20{dm.group(4)} {dm.group(5)}", "%d %b %Y %H:%M:%S")
        if td != t0 or WD3[td.weekday()] != dm.group(1): errors.append(f"{f}: Date header {hd['Date']!r} vs From_ line / weekday")
        gmt = td - timedelta(hours=int(dm.group(6)[:3]))
        if not re.fullmatch(r"cs daily Subj-class mailing [0-9a-f]+ 1", hd.get("Subject", "")): errors.append(f"{f}: Subject {hd.get('Subject')!r}")
        mids.append(hd.get("Message-Id"))
        for l in body.split("\n"):
            if l.startswith("From "): errors.append(f"{f}: unescaped 'From ' line in a body")
            if len(l) > 80: errors.append(f"{f}: a line over 80: {l[:30]!r}")
            if set(l) <= set("-%") and l and l not in (SEP78, CROSS, REP, END): errors.append(f"{f}: a separator of {len(l)} characters")
        w = re.search(r"^ received from  (\w{3}) +(\d{1,2}) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  (\w{3}) +(\d{1,2}) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT$", body, re.M)
        if not w: errors.append(f"{f}: window line in {hd['Subject']}"); continue
        win = []
        for wd, dd, mo, yy, hms in (w.groups()[:5], w.groups()[5:]):
            d = datetime.strptime(f"{dd} {mo} 20{yy} {hms}", "%d %b %Y %H:%M:%S")
            if WD3[d.weekday()] != wd: errors.append(f"{f}: window date {dd} {mo} not a {wd}")
            win.append(d)
        if not win[0] < win[1] or gmt < win[1]: errors.append(f"{f}: window order / mailed before the window closed ({hd['Date']})")
        pos = [body.find(x) for x in (CROSS, REP, END)]
        if -1 in pos or pos != sorted(pos): errors.append(f"{f}: section separators missing or out of order in {hd['Subject']}")
        for r in [r for r in body.split(SEP78 + "\n") if r.startswith("\\\\\narXiv:")]:
            L = r.rstrip("\n").split("\n")
            kind = "rep" if body.find(r) > pos[1] else "new"
            im = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", L[1])
            dl = re.fullmatch(r"(?:Date: |replaced with revised version )(\w{3}), (\d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb,D\)", L[2])
            if not im or not dl or L[3] != "": errors.append(f"{f}: record head {L[1:3]}"); continue
            if L[2].startswith("Date: ") != (kind == "new"): errors.append(f"{f}: {im.group(1)} record kind vs section")
            d = datetime.strptime(dl.group(2), "%d %b %Y %H:%M:%S")
            if WD3[d.weekday()] != dl.group(1): errors.append(f"{f}: {im.group(1)} date not on its weekday")
            if not win[0] <= d <= win[1]: errors.append(f"{f}: {im.group(1)} dated outside the window")
            fields = [x.split(":")[0] for x in L[4:] if not x.startswith("  ") and re.match(r"[A-Z][a-z]+: ", x)]
            if fields[:3] != ["Title", "Authors", "Categories"]: errors.append(f"{f}: {im.group(1)} fields {fields}")
            if L[-1] != f"\\\\ ( https://arxiv.org/abs/{im.group(1)} ,  {dl.group(3)}kb)": errors.append(f"{f}: {im.group(1)} closing link line / size")
            inner = [i for i, x in enumerate(L) if x == "\\\\"]
            if kind == "new" and (len(inner) != 2 or "License: http://arxiv.org/licenses/nonexclusive-distrib/1.0/" not in L or not L[inner[1] + 1].startswith("  ")): errors.append(f"{f}: {im.group(1)} new record without licence / abstract")
            if kind == "rep" and len(inner) != 1: errors.append(f"{f}: {im.group(1)} replacement with an abstract")
    if len(set(mids)) != len(mids): errors.append(f"{f}: duplicate Message-Ids")


def check_vancouver(f, raw):
    """400: the end of a manuscript with Vancouver references, pasted from Word"""
    lf_final(f, raw)
    if "\nReferences\n\n" not in raw: errors.append(f"{f}: 'References' heading"); return
    body, refs = raw.split("\nReferences\n\n", 1)
    for l in raw.split("\n"):
        if re.search(r"[a-z]-$", l): errors.append(f"{f}: a line ending in a hyphen (Word does not hyphenate): {l[-30:]!r}")
    R = []
    for l in refs.split("\n\n")[0].split("\n"):
        m = re.match(r"(\d+)\.\t(.+)$", l)
        if not m: errors.append(f"{f}: not a Word list line: {l[:30]!r}"); continue
        R.append((int(m.group(1)), m.group(2)))
    if [n for n, _ in R] != list(range(1, len(R) + 1)): errors.append(f"{f}: references numbered {[n for n, _ in R]}")
    cited = []
    for m in re.finditer(r"(?<=[A-Za-z.),;:])(\d{1,2}(?:,\d{1,2})*)(?=[ .,;:]|$)", body, re.M):
        for n in m.group(1).split(","):
            if int(n) not in cited: cited.append(int(n))
    if cited != list(range(1, len(R) + 1)): errors.append(f"{f}: citations first appear as {cited}")
    for n, r in R:
        am = re.match(r"((?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)* [A-Z]{1,3}, )*[A-Z][\w'-]+(?: [A-Z][\w'-]+)* [A-Z]{1,3}(?:, et al)?)\. ", r)
        if am:
            if am.group(1).count(",") + 1 - ("et al" in am.group(1)) > 6: errors.append(f"{f}: ref {n} lists more than six authors")
            if "et al" in am.group(1) and am.group(1).count(",") != 6: errors.append(f"{f}: ref {n} 'et al.' after {am.group(1).count(',')} authors")
        elif not re.match(r"[A-Z][\w ()]+\[Internet\]|Regulation ", r): errors.append(f"{f}: ref {n} authors not 'Surname INITIALS'")
        for c in re.findall(r"\[cited (\d{4} \w{3} \d{1,2})\]", r):
            try:
                if datetime.strptime(c, "%Y %b %d") > datetime(2024, 3, 31): errors.append(f"{f}: ref {n} cited after the draft")
            except ValueError:
                errors.append(f"{f}: ref {n} bad cited date {c}")


def check_dblp_scholar(f, raw):
    """401: a .bib of dblp and Google Scholar entries pasted unchanged"""
    lf_final(f, raw)
    ents = re.findall(r"^@(\w+)\{([^,\n]+),\n(.*?)\n\}$", raw, re.S | re.M)
    if len(ents) != len(re.findall(r"^@", raw, re.M)): errors.append(f"{f}: entries not parsed")
    keys_ = [k for _, k, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    for typ, key, body in ents:
        depth = 0
        for ch in body.replace("\\{", "").replace("\\}", ""):
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0: break
        if depth != 0: errors.append(f"{f}: {key}: unbalanced braces")
        if key.startswith("DBLP:"):
            flds = {}
            for l in body.split("\n"):
                if l.startswith(" " * 18): continue
                m = re.match(r"  (\w+)( +)= \{", l)
                if not m: errors.append(f"{f}: {key}: dblp field line {l[:30]!r}"); continue
                want = 16 if m.group(1) == "eprinttype" else 15
                if len(m.group(1)) + len(m.group(2)) + 2 != want: errors.append(f"{f}: {key}: '=' of {m.group(1)} not at dblp's column")
                flds[m.group(1)] = l.split("= {", 1)[1]
            for need in ("timestamp", "biburl", "bibsource"):
                if need not in flds: errors.append(f"{f}: {key}: no {need}")
            if flds.get("biburl", "").rstrip("},") != f"https://dblp.org/rec/{key[5:]}.bib": errors.append(f"{f}: {key}: biburl")
            if flds.get("journal", "").startswith("CoRR"):
                ep = flds.get("eprint", "").rstrip("},")
                if flds.get("volume", "").rstrip("},") != f"abs/{ep}" or not flds.get("url", "").startswith(f"https://arxiv.org/abs/{ep}") \
                        or key != "DBLP:journals/corr/abs-" + ep.replace(".", "-"): errors.append(f"{f}: {key}: CoRR volume / url / key vs eprint")
        else:
            if typ == "misc": continue  # written by hand, neither dblp's nor Scholar's
            flds = {}
            for l in body.split("\n"):
                m = re.fullmatch(r"  (\w+)=\{(.*)\},?", l)
                if not m: errors.append(f"{f}: {key}: Scholar field line {l[:30]!r}"); continue
                flds[m.group(1)] = m.group(2)
            sur = flds.get("author", "").split(",")[0].split(" ")[0].lower()
            first = next((w for w in re.findall(r"[a-z]+", flds.get("title", "").lower()) if w not in ("a", "an", "the", "on", "of")), "")
            if key != f"{sur}{flds.get('year', '')}{first}": errors.append(f"{f}: Scholar key {key} != {sur}{flds.get('year', '')}{first}")


TSV_HDR = ["Nr.", "Titel", "Autor:innen", "Jahr", "Venue", "Link bzw. DOI", "Thema", "Status", "Referent:in", "Termin", "Notizen"]


def check_tsv(f, raw):
    """402: a LibreOffice Calc sheet saved as tab-separated text"""
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter="\t"))
    if not rows or rows[0] != TSV_HDR: errors.append(f"{f}: header {rows[:1]}"); return
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows: w.writerow(r)
    if buf.getvalue() != raw: errors.append(f"{f}: not as Calc writes it (CRLF records, quotes only where needed)")
    outside = re.sub(r'"(?:[^"]|"")*"', "", raw)
    if re.search(r"(?<!\r)\n", outside) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a bare LF or CR between records")
    nr = 0
    for r in rows[1:]:
        if len(r) != len(TSV_HDR): errors.append(f"{f}: a row with {len(r)} cells"); continue
        c = dict(zip(TSV_HDR, r))
        if not any(r): continue
        nr += 1
        if c["Nr."] != str(nr): errors.append(f"{f}: Nr. {c['Nr.']} where {nr} expected")
        if c["Status"] not in ("gelesen", "offen", "vorgestellt", "verschoben"): errors.append(f"{f}: Status {c['Status']!r}")
        if c["Jahr"] and not re.fullmatch(r"(19|20)\d\d", c["Jahr"]): errors.append(f"{f}: Jahr {c['Jahr']!r}")
        if c["Termin"]:
            try:
                if datetime.strptime(c["Termin"], "%d.%m.%Y").weekday() != 1: errors.append(f"{f}: Termin {c['Termin']} not a Tuesday")
            except ValueError:
                errors.append(f"{f}: Termin {c['Termin']!r}")
            if not re.fullmatch(r"\d\d\.\d\d\.\d{4}", c["Termin"]): errors.append(f"{f}: Termin format {c['Termin']!r}")


MES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MES3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def bsky_short_ok(tok):
    """a display link as Bluesky shows it: whole if its path is at most 15 characters, else 13 characters + '...'"""
    host, _, rest = tok.partition("/")
    path = "/" + rest if rest else ""
    if path.endswith("..."): return len(path) - 3 == 13
    return len(path) <= 15


def check_bluesky(f, raw):
    """403: a Bluesky thread copied from bsky.app (pt-BR interface)"""
    lf_final(f, raw)
    if not raw.startswith("Publicação\n\n"): errors.append(f"{f}: 'Publicação' bar")
    blocks = raw.rstrip("\n").split("\n\n")
    first = blocks[1].split("\n") if len(blocks) > 1 else []
    name, handle = first[0], first[1]
    ts = re.fullmatch(r"(\d{1,2}) de (\w+) de (\d{4}) às (\d\d):(\d\d)", first[4] if len(first) > 4 else "")
    if not ts or ts.group(2) not in MES: errors.append(f"{f}: root time stamp"); return
    t0 = datetime(int(ts.group(3)), MES.index(ts.group(2)) + 1, int(ts.group(1)))
    tot = re.search(r"\(1/(\d+)\)", first[3])
    if not tot: errors.append(f"{f}: root post not numbered (1/N)"); return
    N = int(tot.group(1))
    cm = re.fullmatch(r"(\d+) repostagens (\d+) citações (\d+) curtidas", first[6])
    if not cm or first[7:10] != [first[7], cm.group(1), cm.group(3)] or not first[7].isdigit(): errors.append(f"{f}: root counts disagree")
    posts = [first[3]]
    for b in blocks[2:]:
        L = b.split("\n")
        if L[0] == "Citações": continue
        if not re.fullmatch(r"@[\w.-]+\.bsky\.social", L[1]): errors.append(f"{f}: handle line {L[1]!r}")
        sd = re.fullmatch(r"(\d{1,2}) de (\w{3})\.", L[2])
        if not sd or sd.group(2) not in MES3 or datetime(t0.year, MES3.index(sd.group(2)) + 1, int(sd.group(1))) < t0: errors.append(f"{f}: short date {L[2]!r}")
        if not all(re.fullmatch(r"\d+", x) for x in L[-3:]): errors.append(f"{f}: counts {L[-3:]}")
        text = L[3]
        if len(text) > 300: errors.append(f"{f}: a post over 300 characters")
        if L[0] == name and L[1] == handle:
            posts.append(text)
            for tok in re.findall(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*", text):
                if not bsky_short_ok(tok): errors.append(f"{f}: display link {tok!r} not as Bluesky shortens it")
                if tok.endswith("...") and (len(L) < 10 or L[6] != tok.split("/")[0]): errors.append(f"{f}: cut link {tok!r} without its card")
    for i, p in enumerate(posts, 1):
        if not re.search(rf"\({i}/{N}\)", p): errors.append(f"{f}: post {i} not numbered ({i}/{N})")
    if len(posts) != N: errors.append(f"{f}: {len(posts)} posts by the author, numbered out of {N}")


CN = "一二三四五六七八九十"


def check_csdn(f, raw):
    """404: a CSDN article copied as text"""
    lf_final(f, raw)
    if not raw.startswith("CSDN首页\n"): errors.append(f"{f}: site bar")
    tm = re.search(r"必读的(\d+)篇论文", raw)
    items = [int(x) for x in re.findall(r"^(\d+)\. \S", raw, re.M)]
    ym = re.search(r"^以上 (\d+) 篇", raw, re.M)
    if not tm or items != list(range(1, int(tm.group(1)) + 1)) or not ym or ym.group(1) != tm.group(1): errors.append(f"{f}: 篇 count vs numbered papers {items}")
    toc = raw.split("\n文章目录\n", 1)[1].split("\n\n", 1)[0].split("\n") if "\n文章目录\n" in raw else []
    heads = [l for l in raw.split("\n\n") if l in ("前言", "总结") or re.fullmatch(rf"[{CN}]、\S.*", l)]
    if toc != heads: errors.append(f"{f}: 文章目录 != headings")
    if [CN.index(h[0]) + 1 for h in heads if h[0] in CN] != list(range(1, len(heads) - 1)): errors.append(f"{f}: sections not numbered 一、二、…")
    pub = re.search(r"^原创 \S+ 于 (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) 发布$", raw, re.M)
    if not pub: errors.append(f"{f}: 发布 line"); return
    d0 = datetime.strptime(pub.group(1), "%Y-%m-%d %H:%M:%S")
    st = re.search(r"^阅读量[\d.]+k? 收藏 (\d+) 点赞数 (\d+)$", raw, re.M)
    bar = re.search(r"\n关注\n(\d+)\n点赞\n踩\n(\d+)\n收藏\n.*?\n(\d+)\n评论\n", raw, re.S)
    if not st or not bar or (st.group(1), st.group(2)) != (bar.group(2), bar.group(1)): errors.append(f"{f}: 收藏 / 点赞 counts disagree")
    nc = re.search(r"^(\d+) 条评论$", raw, re.M)
    cds = re.findall(r"^(\d{4})\.(\d\d)\.(\d\d)\nIP 属地\S+$", raw, re.M)
    if not nc or int(nc.group(1)) != len(cds) or (bar and bar.group(3) != nc.group(1)): errors.append(f"{f}: comment count")
    for y, m, d in cds:
        if datetime(int(y), int(m), int(d)) < d0.replace(hour=0, minute=0, second=0): errors.append(f"{f}: a comment before the article")
    if not re.search(r"^本文链接：https://blog\.csdn\.net/\w+/article/details/\d{9}$", raw, re.M): errors.append(f"{f}: 本文链接")


def check_zenn(f, raw):
    """405: a Zenn article's Markdown source"""
    lf_final(f, raw)
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm: errors.append(f"{f}: front matter"); return
    meta = dict(l.split(": ", 1) for l in fm.group(1).split("\n"))
    if set(meta) - {"published_at"} != {"title", "emoji", "type", "topics", "published"}: errors.append(f"{f}: front matter keys {sorted(meta)}")
    if meta.get("type") not in ('"tech"', '"idea"') or meta.get("published") not in ("true", "false"): errors.append(f"{f}: type / published")
    try:
        topics = json.loads(meta.get("topics", "[]"))
        if len(topics) > 5 or any(t != t.lower() for t in topics): errors.append(f"{f}: topics {topics}")
    except ValueError:
        errors.append(f"{f}: topics not a list")
    body = raw[fm.end():]
    opens = re.findall(r"^:::(\w+)", body, re.M)
    closes = re.findall(r"^:::$", body, re.M)
    if len(opens) != len(closes): errors.append(f"{f}: ::: blocks not closed")
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", body))
    defs = re.findall(r"^\[\^(\d+)\]: ", body, re.M)
    if refs != set(defs) or len(defs) != len(set(defs)): errors.append(f"{f}: footnotes {sorted(refs)} vs {defs}")
    nums = []
    for tb in re.findall(r"(?:^\|.*\|\n)+", body, re.M):
        L = tb.rstrip("\n").split("\n")
        nh = L[0].count("|")
        for l in L:
            if l.count("|") != nh: errors.append(f"{f}: a table row with another cell count: {l[:30]!r}")
        nums += [int(l.split("|")[1]) for l in L[2:]]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: table rows numbered {nums}")
    for l in body.split("\n"):
        if "@[card](" in l and not re.fullmatch(r"@\[card\]\(https?://\S+\)", l): errors.append(f"{f}: @[card] not on a line of its own")


def check_issue(f, raw):
    """406 (NEGATIVE): a GitHub issue page copied as text"""
    lf_final(f, raw)
    tl = re.search(r"^(.+) #(\d+)\nOpen\n(\S+) opened this issue (\w{3} \d{1,2}, \d{4}) · (\d+) comments$", raw, re.M)
    if not tl: errors.append(f"{f}: issue title / opened line"); return
    cm = re.findall(r"^@(\S+)\n\1 commented (\w{3} \d{1,2}, \d{4})", raw, re.M)
    if not cm or cm[0] != (tl.group(3), tl.group(4)) or len(cm) - 1 != int(tl.group(5)): errors.append(f"{f}: comment count {len(cm) - 1} != {tl.group(5)}")
    dates = [datetime.strptime(d, "%b %d, %Y") for d in re.findall(r"(?:commented|labels?|this issue|milestone) (\w{3} \d{1,2}, \d{4})", raw)]
    if dates != sorted(dates): errors.append(f"{f}: dates out of order")
    parts = raw.split("\n@")
    seen = ""
    for p in parts:
        for q in re.findall(r"^> (.+)$", p, re.M):
            if q not in seen: errors.append(f"{f}: a quote not copied from an earlier comment: {q[:30]!r}")
        seen += p
    pn = re.search(r"^(\d+) participants$", raw, re.M)
    if not pn or int(pn.group(1)) != len({u for u, _ in cm}): errors.append(f"{f}: participants")


def shape_checks(f, raw, path):
    {397: check_checklist, 398: check_gh_html, 399: check_mbox, 400: check_vancouver, 401: check_dblp_scholar,
     402: check_tsv, 403: check_bluesky, 404: check_csdn, 405: check_zenn, 406: check_issue}[num(f)](f, raw)


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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*(?:…|\.\.\.))", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")


# reuse report: how often the labelled sets in /work/main/tests/data (digests-dev, digests-own, rounds 8-37) used each
# paper, and the round38/round39 split: candidates = catalogue papers whose title is no distractor's, sorted by
# (reuse count, catalogue title); round38 takes the even positions (0, 2, 4, …), round39 the odd ones
used = Counter()
TD = "/work/main/tests/data"
for pth in sorted(glob.glob(os.path.join(TD, "*", "expected.json"))):
    for recs in json.load(open(pth)).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
for rd in ("digests-round36", "digests-round37"):
    pp = os.path.join(TD, rd, "expected.json")
    if os.path.exists(pp):
        prev |= {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(pp)).values() for x in recs}
other = None
if os.path.exists("/work/round39/expected.json"):
    other = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open("/work/round39/expected.json")).values() for x in recs}
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
if multi: errors.append(f"papers in more than one round38 file: {multi}")
odd = [k for k in allrecs if pos.get(k, 1) % 2]
if odd: errors.append(f"papers not at even positions of the candidate list (round39's or unknown): {odd}")
lowest = max((used[k] for k in allrecs), default=0)
missed = [k for i, (n, _, k) in enumerate(cands) if i % 2 == 0 and n < lowest and k not in allrecs]
if missed: errors.append(f"even-position candidates less used than the papers taken, left out: {missed}")
both = sorted(set(allrecs) & other) if other is not None else []
if both: errors.append(f"papers also in /work/round39/expected.json: {both}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (all of {TD}/*/expected.json): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round36 or round37: {sum(1 for k in allrecs if k in prev)}; papers in more than one round38 file: {multi}")
print(f"candidates {len(cands)}; even positions with count <= {lowest}: "
      f"{sum(1 for i, (n, _, _) in enumerate(cands) if i % 2 == 0 and n <= lowest)}, used {len(set(allrecs))}; "
      f"positions used: even {sum(1 for k in allrecs if pos.get(k, 1) % 2 == 0)}, odd {len(odd)}")
print("round39: " + (f"{len(other)} papers in /work/round39/expected.json, {len(both)} shared with round38" if other is not None
                    else "no /work/round39/expected.json yet"))
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
