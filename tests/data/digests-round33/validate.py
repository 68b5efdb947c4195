#!/usr/bin/env python3
r"""Checks round33/expected.json against the digests and the shared catalogues.

Adapted from round32/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–32 — all from /work/main/tests/data — tells how many papers round32 also used, and which papers round33 uses
in more than one file; the readers and shape checks are new). Every digest is UTF-8; each is also read in decoded
forms, the way a reader of that shape would see it:
  - 348 (.eml): the Subject decoded (RFC 2047) and the text part decoded from its transfer encoding;
  - 349 (pdftotext): form feeds as line breaks;
  - 353 (HTML): the page as text, each link followed by its target;
  - 355 (CSV): each cell, parsed with the csv module;
  - the Markdown, BibTeX and plain-text files (347, 350, 351, 352, 354, 356): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (wrapped over lines in
348 and 349, in sentence case in 349, inside TeX braces in 350) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 33
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 347 (awesome-list README): LF, the table of contents' anchors = GitHub's slugs of the "## " headings, every
    table row with the header's four cells, the title cell in bold, dates YYYY.MM ascending inside each table;
  - 348 (Thunderbird forward of an arXiv listing): CRLF, 7-bit, the headers once, Date on its weekday, Subject =
    "Fwd: " + the forwarded Subject, the forward after the forwarded mail, the listing's records (arXiv:ID, Date with
    size, Title, Authors, Categories, the closing link line with the same id and size), ids ascending, record dates
    inside the received-from window, 78-dash rules, lines at most 80 columns;
  - 349 (pdftotext of IEEEtran pages): LF, pages ended by form feeds, running head with consecutive page numbers,
    references [1..n] consecutive, every body citation in 1..n, curly quotes paired in each reference, column lines
    at most 60 characters;
  - 350 (JabRef 5 .bib): the JabRef header, entry types capitalised, fields in alphabetical order with "=" aligned
    and a trailing comma, keys unique and sorted, braces balanced per entry, every groups value declared in the
    group tree, the jabref-meta comments last;
  - 351 (archived GitHub discussion): front matter counts = the comments and replies, the header line's counts,
    timestamps ascending, one "Marked as answer" on a top-level comment when answered;
  - 352 (CSDN Markdown): LF, the 目录 links = the "## " headings' slugs, sections 一、… consecutive, the 版权声明 and
    本文链接 lines, a valid 修改 timestamp;
  - 353 (Hatena Blog HTML): elements nested and closed, <title> = entry title + " - " + blog name, the entry date
    spans and footer time = the <time datetime> (JST), footnote links and footnotes paired and numbered *1.., h3 ids
    unique;
  - 354 (Thread Reader App unroll): "N posts" = the posts, counters n/N in order, each post at most 280 characters
    with links counted as 23;
  - 355 (Zotero CSV): BOM, CRLF, Zotero's 87-column header, every field quoted, keys of 8 characters unique, item
    types Zotero's, Date Added / Date Modified format and order, Publication Year = Date's year, arXiv Number = DOI;
  - 356 (NEGATIVE, Mailchimp plain text): LF, the browser-view line first, "** " headings over 60-dash rules, event
    dates on their weekdays, the footer's copyright and unsubscribe lines.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–32."""

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
def read_raw(f, path):
    """the digest as text (all round33 digests are UTF-8; 355 starts with a BOM, kept)"""
    return open(path, encoding="utf-8", newline="").read()


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
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline=""), delimiter=delim))
    return "\n".join(c for r in rows for c in r)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 348:
        _, subj, parts = eml_parts(raw)
        forms.append(subj)
        forms += [t for _, t in parts]
    if n == 349: forms.append(raw.replace("\f", "\n"))
    if n == 353: forms.append(html_text(raw))
    if n == 355: forms.append(cells(raw, ","))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def gh_slug(h):
    """GitHub's heading anchor: lower case, punctuation dropped (also CJK punctuation), spaces as '-'"""
    import unicodedata
    s = "".join(c for c in h.strip().lower() if c in " -_" or not unicodedata.category(c).startswith(("P", "S")))
    return s.replace(" ", "-")


def check_awesome_md(f, raw):
    """347: awesome-list README"""
    lf_final(f, raw)
    heads = re.findall(r"^## (.+)$", raw, re.M)
    toc = re.findall(r"^- \[(.+?)\]\(#([^)]+)\)$", raw, re.M)
    if not toc: errors.append(f"{f}: no table of contents")
    for name, anchor in toc:
        if name not in heads or gh_slug(name) != anchor: errors.append(f"{f}: TOC entry {name!r} -> #{anchor} is not a heading's anchor")
    for sec in re.split(r"^## ", raw, flags=re.M)[1:]:
        rows = [l for l in sec.split("\n") if l.startswith("|")]
        if not rows: continue
        if rows[0] != "| Date | Title | Venue | Links |": errors.append(f"{f}: table header {rows[0]!r}"); continue
        dates = []
        for r in rows[2:]:
            c = [x.strip() for x in r.strip("|").split(" | ")]
            if len(c) != 4: errors.append(f"{f}: row with {len(c)} cells: {r[:40]!r}"); continue
            if not re.fullmatch(r"(19|20)\d\d\.(0[1-9]|1[0-2])", c[0]): errors.append(f"{f}: date {c[0]!r}")
            if not re.fullmatch(r"\*\*[^*]+\*\*", c[1]): errors.append(f"{f}: title cell not bold: {c[1][:30]!r}")
            dates.append(c[0])
        if dates != sorted(dates): errors.append(f"{f}: rows not sorted by date in section {sec.split(chr(10))[0]!r}")


def check_fwd_listing_eml(f, raw):
    """348: Thunderbird inline forward of an arXiv listing"""
    crlf_only(f, raw)
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a 7bit message")
    m = email.message_from_string(raw)
    for h in ("Message-ID", "Date", "MIME-Version", "User-Agent", "To", "From", "Subject", "Content-Type", "Content-Transfer-Encoding"):
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    try:
        d = parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(d.strftime("%a, ")): errors.append(f"{f}: Date not on its weekday")
    except (TypeError, ValueError):
        errors.append(f"{f}: Date unreadable"); d = None
    body = m.get_payload().replace("\r\n", "\n")
    fs = re.search(r"^-------- Forwarded Message --------\nSubject: \t(.+)\nDate: \t(.+)\nFrom: \t(.+)\n", body, re.M)
    if not fs: errors.append(f"{f}: no Thunderbird forward header table"); return
    if m["Subject"] != "Fwd: " + fs.group(1): errors.append(f"{f}: Subject is not 'Fwd: ' + the forwarded Subject")
    try:
        fd = parsedate_to_datetime(fs.group(2))
        if not fs.group(2).startswith(fd.strftime("%a, ")): errors.append(f"{f}: forwarded Date not on its weekday")
        if d and fd > d: errors.append(f"{f}: forwarded before the listing was sent")
    except (TypeError, ValueError):
        errors.append(f"{f}: forwarded Date unreadable")
    win = re.search(r"received from  \w{3} +(\d+ \w{3} \d\d \d\d:\d\d:\d\d) GMT  to  \w{3} +(\d+ \w{3} \d\d \d\d:\d\d:\d\d) GMT", body)
    try:
        w0, w1 = (datetime.strptime(x, "%d %b %y %H:%M:%S") for x in win.groups())
    except (AttributeError, ValueError):
        errors.append(f"{f}: received-from window unreadable"); w0 = w1 = None
    listing = body.split("-------- Forwarded Message --------", 1)[1]
    recs = re.split(r"^\\\\\narXiv:", listing, flags=re.M)[1:]
    ids = []
    for r in recs:
        mm = re.match(r"(\d{4}\.\d{4,5})\nDate: \w{3}, (\d+ \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb(?:,D)?\)\n\nTitle: ", r)
        if not mm: errors.append(f"{f}: a record's head unreadable: {r[:30]!r}"); continue
        aid, dt, kb = mm.groups(); ids.append(aid)
        for lab in ("\nAuthors: ", "\nCategories: "):
            if lab not in r: errors.append(f"{f}: {aid}: no {lab.strip()}")
        if not re.search(r"^\\\\ \( https://arxiv\.org/abs/" + re.escape(aid) + r" ,  " + kb + r"kb\)\n-{78}$", r, re.M):
            errors.append(f"{f}: {aid}: closing link line not the record's id and size")
        if w0:
            t = datetime.strptime(dt, "%d %b %Y %H:%M:%S")
            if not w0 <= t < w1: errors.append(f"{f}: {aid}: submitted outside the received-from window")
    if not ids or ids != sorted(ids): errors.append(f"{f}: records not in id order: {ids}")
    for l in body.split("\n"):
        if l.startswith("---") and set(l) == {"-"} and len(l) not in (78,): errors.append(f"{f}: a rule of {len(l)} dashes")
        if len(l) > 80: errors.append(f"{f}: a line over 80 columns: {l[:30]!r}")


def check_ieee_pdftotext(f, raw):
    """349: pdftotext of the manuscript's last pages"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: the last page not ended by a form feed"); return
    pages = raw.split("\f")[:-1]
    nums = []
    for p in pages:
        hm = re.match(r"JOURNAL OF LATEX CLASS FILES, VOL\. 14, NO\. 8, AUGUST 2021 +(\d+)\n", p)
        if not hm: errors.append(f"{f}: a page without the running head"); continue
        nums.append(int(hm.group(1)))
        for l in p.split("\n")[1:]:
            if len(l) > 60: errors.append(f"{f}: a column line over 60 characters: {l[:30]!r}")
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums}")
    text = raw.replace("\f", "\n")
    body, sep, refs = text.partition("\n                      REFERENCES\n")
    if not sep: errors.append(f"{f}: no REFERENCES heading"); return
    labels = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    if labels != list(range(1, len(labels) + 1)): errors.append(f"{f}: references numbered {labels}")
    for c in re.findall(r"\[(\d+)\]", body):
        if not 1 <= int(c) <= len(labels): errors.append(f"{f}: citation [{c}] with no reference")
    for r in re.split(r"^(?=\[\d+\] )", refs, flags=re.M)[1:]:
        if r.count("“") != 1 or r.count("”") != 1: errors.append(f"{f}: reference {r[:6]!r} without one pair of curly quotes")


def check_jabref_bib(f, raw):
    """350: a JabRef 5 library"""
    lf_final(f, raw)
    if not raw.startswith("% This file was created with JabRef 5.") or "\n% Encoding: UTF-8\n" not in raw[:100]:
        errors.append(f"{f}: not JabRef's header")
    ents = re.findall(r"^@(\w+)\{([^,\n]+),\n(.*?)\n\}\n", raw, re.M | re.S)
    keys_, groups = [], set()
    for typ, key, body in ents:
        if typ[0].islower(): errors.append(f"{f}: {key}: entry type {typ!r} not capitalised")
        keys_.append(key)
        lines = body.split("\n")
        names, eqcol = [], set()
        for l in lines:
            fm = re.fullmatch(r"  ([a-z]+)( *)= \{(.*)\},", l)
            if not fm: errors.append(f"{f}: {key}: field line {l[:40]!r}"); continue
            names.append(fm.group(1)); eqcol.add(len(fm.group(1)) + len(fm.group(2)))
            v = fm.group(3)
            if v.count("{") != v.count("}"): errors.append(f"{f}: {key}: braces not balanced in {fm.group(1)}")
            if fm.group(1) == "groups": groups |= {g.strip() for g in v.split(",")}
        if names != sorted(names): errors.append(f"{f}: {key}: fields not in alphabetical order")
        if len(eqcol) > 1: errors.append(f"{f}: {key}: '=' not aligned")
    if len(set(keys_)) != len(keys_) or keys_ != sorted(keys_, key=str.lower): errors.append(f"{f}: keys not unique and sorted: {keys_}")
    declared = set(re.findall(r"^1 StaticGroup:([^\\;]+)\\;", raw, re.M))
    if groups - declared: errors.append(f"{f}: groups not in the group tree: {sorted(groups - declared)}")
    tail = raw[raw.rfind("\n}\n") + 3:] if ents else raw
    if "@Comment{jabref-meta: databaseType:bibtex;}" not in raw or re.search(r"^@(?!Comment)", raw[raw.find("@Comment{jabref-meta"):], re.M):
        errors.append(f"{f}: the jabref-meta comments are not last")


def check_discussion_md(f, raw):
    """351: a GitHub discussion archived as Markdown"""
    lf_final(f, raw)
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm: errors.append(f"{f}: no front matter"); return
    meta = dict(l.split(": ", 1) for l in fm.group(1).split("\n"))
    com = re.findall(r"^## @([\w-]+) · (\d{4}-\d\d-\d\d \d\d:\d\d) UTC$", raw, re.M)
    rep = re.findall(r"^### ↳ @([\w-]+) · (\d{4}-\d\d-\d\d \d\d:\d\d) UTC$", raw, re.M)
    if int(meta.get("comments", -1)) != len(com) or int(meta.get("replies", -1)) != len(rep):
        errors.append(f"{f}: front matter counts {meta.get('comments')}/{meta.get('replies')} but {len(com)} comments, {len(rep)} replies")
    hm = re.search(r"· (\d+) comments · (\d+) replies$", raw, re.M)
    if not hm or (int(hm.group(1)), int(hm.group(2))) != (len(com), len(rep)): errors.append(f"{f}: the header line's counts")
    ts = re.findall(r"^#{2,3} (?:↳ )?@[\w-]+ · (\d{4}-\d\d-\d\d \d\d:\d\d) UTC$", raw, re.M)
    if ts != sorted(ts): errors.append(f"{f}: comments not in time order")
    if ts and not meta.get("created", "").startswith(ts[0].replace(" ", "T")): errors.append(f"{f}: created is not the first comment's time")
    ans = re.findall(r"^(#{2,3}) [^\n]+\n\n✅ \*\*Marked as answer\*\*$", raw, re.M)
    if (meta.get("status") == "answered") != (len(ans) == 1) or (ans and ans[0] != "##"):
        errors.append(f"{f}: answered status and 'Marked as answer' disagree")


ZH_NUM = "一二三四五六七八九十"


def check_csdn_md(f, raw):
    """352: a CSDN post's Markdown with its page chrome"""
    lf_final(f, raw)
    heads = re.findall(r"^## (.+)$", raw, re.M)
    for name, anchor in re.findall(r"^- \[(.+?)\]\(#([^)]+)\)$", raw, re.M):
        if name not in heads or gh_slug(name) != anchor: errors.append(f"{f}: 目录 entry {name!r} -> #{anchor} is not a heading's anchor")
    secs = [h[0] for h in heads if re.match(r"[一二三四五六七八九十]、", h)]
    if secs != list(ZH_NUM[:len(secs)]) or not secs: errors.append(f"{f}: sections numbered {secs}")
    for k in ("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议", "本文链接：https://"):
        if k not in raw: errors.append(f"{f}: {k[:6]} line missing")
    tm = re.search(r"已于 (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) 修改", raw)
    try:
        datetime.strptime(tm.group(1), "%Y-%m-%d %H:%M:%S")
    except (AttributeError, ValueError):
        errors.append(f"{f}: the 修改 timestamp unreadable")


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


def check_hatena_html(f, raw):
    """353: a Hatena Blog entry page"""
    lf_final(f, raw)
    p = _Nest(); p.feed(raw); p.close()
    if p.bad or p.st: errors.append(f"{f}: elements not nested/closed: {p.bad[:2]} open {p.st[:3]}")
    tt = re.search(r"<title>(.*?)</title>", raw)
    et = re.search(r'<h1 class="entry-title"><a [^>]+>(.*?)</a></h1>', raw)
    bn = re.search(r'<h2 id="title"><a [^>]+>(.*?)</a></h2>', raw)
    if not (tt and et and bn) or tt.group(1) != f"{et.group(1)} - {bn.group(1)}": errors.append(f"{f}: <title> is not entry title - blog name")
    dm = re.search(r'<time datetime="([^"]+)"[^>]*><span class="date-year">(\d{4})</span><span class="hyphen">-</span><span class="date-month">(\d\d)</span><span class="hyphen">-</span><span class="date-day">(\d\d)</span>', raw)
    try:
        utc = datetime.strptime(dm.group(1), "%Y-%m-%dT%H:%M:%SZ")
        jst = utc + timedelta(hours=9)
        if jst.strftime("%Y-%m-%d") != "-".join(dm.groups()[1:]): errors.append(f"{f}: the entry date spans are not the JST date of <time>")
        ft = re.search(r'<time data-relative datetime="([^"]+)"[^>]*class="updated">([^<]+)</time>', raw)
        if not ft or ft.group(1) != dm.group(1) or ft.group(2) != jst.strftime("%Y-%m-%d %H:%M"): errors.append(f"{f}: the footer time is not the entry time in JST")
    except (AttributeError, ValueError):
        errors.append(f"{f}: entry time unreadable")
    refs = re.findall(r'<a href="#f-([0-9a-f]+)" name="fn-\1"[^>]*>\*(\d+)</a>', raw)
    notes_ = re.findall(r'<a href="#fn-([0-9a-f]+)" name="f-\1" class="footnote-number">\*(\d+)</a>', raw)
    if refs != notes_ or [int(n) for _, n in refs] != list(range(1, len(refs) + 1)): errors.append(f"{f}: footnotes {refs} / {notes_}")
    ids = re.findall(r'<h3 id="([^"]+)"', raw)
    if len(ids) != len(set(ids)): errors.append(f"{f}: h3 ids not unique")


def check_threadreader(f, raw):
    """354: Thread Reader App unroll"""
    lf_final(f, raw)
    nm = re.search(r"^(\d+) posts, \d+ min read$", raw, re.M)
    body = raw.split("Bookmark Save as PDF My Authors\n\n", 1)[-1].split("\n\n• • •\n", 1)[0]
    posts = body.split("\n\n")
    cnt = []
    for p in posts:
        c = re.match(r"^(\d+)/(\d+) ", p) or re.search(r" (\d+)/(\d+)$", p.split("\n")[0])
        if not c: errors.append(f"{f}: a post without its n/N counter: {p[:30]!r}"); continue
        cnt.append((int(c.group(1)), int(c.group(2))))
        wgt = len(re.sub(r"(?:https?://)?(?:arxiv\.org|openreview\.net)/\S+", "x" * 23, p))
        if wgt > 280: errors.append(f"{f}: post {c.group(1)} has {wgt} characters")
    n = len(posts)
    if not nm or int(nm.group(1)) != n: errors.append(f"{f}: header says {nm and nm.group(1)} posts, {n} found")
    if cnt != [(i, n) for i in range(1, n + 1)]: errors.append(f"{f}: counters {cnt}")
    for k in ("Thread Reader App", "• • •", "Missing some Tweet in this thread?"):
        if k not in raw: errors.append(f"{f}: {k!r} missing")


ZOTERO_HDR = None  # taken from tools/make_355.py's header list below (the checks compare with the same list)
ZOTERO_TYPES = {"preprint", "conferencePaper", "journalArticle", "book", "bookSection", "thesis", "computerProgram",
                "blogPost", "webpage", "videoRecording", "report", "presentation"}


def check_zotero_csv(f, raw):
    """355: Zotero's CSV export"""
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    crlf_only(f, raw)
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))
    hdr = rows[0]
    if len(hdr) != 87 or hdr[:5] != ["Key", "Item Type", "Publication Year", "Author", "Title"] or hdr[-1] != "Legislative Body":
        errors.append(f"{f}: not Zotero's 87-column header")
    for line in raw.lstrip("\ufeff").rstrip("\r\n").split("\r\n"):
        if len(re.findall(r'(?:^|,)"(?:[^"]|"")*"(?=,|$)', line)) != len(hdr): errors.append(f"{f}: a line not fully quoted: {line[:30]!r}")
    col = {h: i for i, h in enumerate(hdr)}
    keys_ = []
    for r in rows[1:]:
        if len(r) != len(hdr): errors.append(f"{f}: row {r[:1]} has {len(r)} cells"); continue
        g = lambda h: r[col[h]]
        keys_.append(g("Key"))
        if not re.fullmatch(r"[A-Z0-9]{8}", g("Key")): errors.append(f"{f}: key {g('Key')!r}")
        if g("Item Type") not in ZOTERO_TYPES: errors.append(f"{f}: {g('Key')}: item type {g('Item Type')!r}")
        try:
            a, m_ = (datetime.strptime(g(h), "%Y-%m-%d %H:%M:%S") for h in ("Date Added", "Date Modified"))
            if m_ < a: errors.append(f"{f}: {g('Key')}: modified before added")
        except ValueError:
            errors.append(f"{f}: {g('Key')}: Date Added/Modified format")
        if g("Publication Year") != g("Date")[:4]: errors.append(f"{f}: {g('Key')}: Publication Year is not the Date's year")
        if g("Number").startswith("arXiv:") and g("DOI") != "10.48550/arXiv." + g("Number")[6:]: errors.append(f"{f}: {g('Key')}: Number and DOI disagree")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")


WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def check_mailchimp_txt(f, raw):
    """356: Mailchimp's plain-text version"""
    lf_final(f, raw)
    L = raw.split("\n")
    if not re.fullmatch(r"View this email in your browser \(https://\S+\)", L[0]): errors.append(f"{f}: first line is not the browser-view link")
    for i, l in enumerate(L):
        if l.startswith("** ") and (i + 1 >= len(L) or L[i + 1] != "-" * 60): errors.append(f"{f}: heading {l[:30]!r} not over a 60-dash rule")
    for wd, d, mo, y in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{1,2}) (\w+) (\d{4})", raw):
        try:
            if WD_EN[datetime.strptime(f"{d} {mo} {y}", "%d %B %Y").weekday()] != wd: errors.append(f"{f}: {d} {mo} {y} is not a {wd}")
        except ValueError:
            errors.append(f"{f}: date {d} {mo} {y} unreadable")
    for k in ("Copyright © ", "unsubscribe from this list (https://", "Our mailing address is:"):
        if k not in raw: errors.append(f"{f}: footer line {k!r} missing")


def shape_checks(f, raw, path):
    {347: check_awesome_md, 348: check_fwd_listing_eml, 349: check_ieee_pdftotext, 350: check_jabref_bib,
     351: check_discussion_md, 352: check_csdn_md, 353: check_hatena_html, 354: check_threadreader,
     355: check_zotero_csv, 356: check_mailchimp_txt}[num(f)](f, raw)


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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-32) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 33)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round32", "expected.json")
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
print(f"earlier uses of the papers (digests-own, rounds 8-32): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round32: {sum(1 for k in allrecs if k in prev)}; papers in more than one round33 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
