#!/usr/bin/env python3
r"""Checks round94/expected.json against the digests and the shared catalogues.

Adapted from round92/validate.py (the label checks are the same code, with two additions: a title found only
case-blind is an ERROR unless DEVIATIONS records it, and an arxiv-text record without an arxiv_id is reported, not a
crash; the reuse report is round92's with round94 / round95 in place of round92 / round93: round94 holds the even
positions 2..144, all 72 of them; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round94's and round95's own (a
digests-round94 / digests-round95 folder, or a file whose bytes equal round94's or round95's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round94 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 to 144; it fails on a
paper shared with round95's expected.json (read only, from /work/rounds/digests-round95/ or
/work/main/tests/data/digests-round95/, when it exists), and on a paper in more than one round94 file.
Every digest is read raw (UTF-8; line ends kept; 964 and 966 are ASCII) and in decoded forms: 959, 964 and 966 parsed
as MIME messages — the decoded From / To / Subject words and every text part decoded (959's 8-bit flowed text, also
with its space-stuffing undone; 964's quoted-printable parts; 966's base64 parts); 961 without BibTeX braces and with
`\url{…}` unwrapped; 962 every CSV cell; everything: HTML entities undone once and twice, percent-escapes undone; an
OpenReview id is looked for with quoted-printable soft breaks joined. Titles are matched after whitespace
normalisation (titles wrapped over lines, doubled spaces); a title found only that way (or only in a decoded form) is
reported as a `note:`.

Shape checks (lean, grammar-level): 957 Brightspace Content paste (skip link, homepage link, `CODE name (YYYY/YY Qn)`,
the navbar in order, Search Topics … Table of Contents with a count = the sum of the modules' counts, every module and
its count, `Table of Contents` / Print / Download, the pane's modules = the panel's, each module's topic type lines =
its count and each under a title line, `Week N · topic (D–D mon)` numbered 1, 2 … spanning Monday–Friday a week
apart, `Due Mon D, YYYY h:mm AM|PM` only under assignments and quizzes, every assignment with one, inside its week or
the next, no blank lines); 958 Typora export (Typora's head, style / title / body / `#write` layout, no final newline,
<title> = the h1, single-quoted attributes, heading ids made from the text, blocks on one line, tables in
`figure.table-figure` with thead / tbody laid out as Typora writes them and one cell count, cell text in spans,
autolinks showing their URL, balanced); 959 Horde message (CRLF, Horde's header set in order, 7-bit header with
utf-8 B-words, Horde's own Received line whose time is the Date, Message-ID `<local time.Horde.23 chars@host>` of the
Date and the webmail host, User-Agent, flowed DelSp=Yes text, lines at most 78, `>` / `From ` lines space-stuffed, no
soft breaks, the signature separator before one `----- Forwarded message from X -----` … `----- End forwarded message
-----` block with right-aligned header names, its From = X, Subject = `Fwd: ` + its Subject, sent before the forward;
arXiv's mailing: the head, the window, new entries (Date line, abstract between `\\` indented by two) before the
`%%%---` rule and replacements after it, dates in the window with their weekdays, Title / Authors / Categories
[/ Comments], trailers with the same id and size, a rule after each entry, cut notes `[... … -- XY]`); 960 Frontiers
paste (the five-line article head with volume = year − 2017 and the DOI's year, one References heading, blocks of a
reference, Frontiers' link line and `→` notes, `#` notes only around them; each reference `Surname, I.` names — six
then `et al.`, the last after `, and` —, `(YYYY). `, quoted titles as `"Title," in …`, a DOI with CrossRef / PubMed
links and none without, `arXiv [Preprint]. arXiv:ID.`, page ranges with an en dash increasing, alphabetical
order); 961 .bib (the `Scopus` / `EXPORT DATE:` lines, balanced entries, unique keys, `%` comments outside entries;
Scopus records: tab-indented `name = {…},` fields in Scopus's order, the last without comma, type / publication_stage /
source, key = surname + year + first page, pages `a – b` increasing, the record URL (eid 2-s2.0-85…, its doi = the doi
field, partnerID=40, md5), `Cited by: N`; arXiv exports six-space indented with the trailing blanks after title and
url, year = the eprint's, url = the eprint's abs page, key = surname + year + …; the hand entry `=`-aligned); 962
LimeSurvey CSV (BOM, CRLF, bytes = every field quoted, the seven system columns, ids increasing, `el`, seeds, dates
`YYYY-MM-DD HH:MM:SS`, submitted rows: submit = last action, last page = the last, under two hours; the incomplete row
without later answers; yes / no cells Ναι / Όχι with a week chosen; list answers = an option `Authors (venue YYYY) —
Title` written one way, or Άλλο with the other column; one e-mail per name at the institution); 963 linux.org.ru paste
(menu, `Форум — X`, signatures `nick ★… (DD.MM.YY HH:MM:SS MSK)` followed by their links, stars one count per user and
none for anonymous, times non-decreasing, `Ответ на: комментарий от nick time MSK` naming a message above, edit lines
by the author after the message and last, no empty message, similar topics and the footer last); 964 Constant Contact
message (ASCII, CRLF, Constant Contact's header set in order, UTF-8 Q-words, X-Mailer, the JavaMail boundary and
Message-ID carrying the Date's epoch milliseconds, Return-Path = X-Return-Path-Hint, X-250ok-CID / X-Feedback-ID =
campaign and channel, one-click List-Unsubscribe, X-Roving-Id of the account, two quoted-printable UTF-8 parts with
lines at most 76 closed by the final boundary, every link through r20.rs6.net or Constant Contact's own pages, the
plain and HTML reading lists the same, the French footer in both, balanced HTML); 965 jiqizhixin.com page (doctype /
lang / charset, <title> = h1 + ` | 机器之心`, og:title, og:site_name, og:url = canonical `/articles/YYYY-MM-DD-N`,
description = og:description, the article time = the URL's date, content opening 机器之心报道 / 编辑： and closing © THE
END / 转载 / 投稿, paper boxes 论文标题 / 论文链接 with links showing their URLs, images on image.jiqizhixin.com, related
articles not newer, balanced); 966 Gmail message (ASCII, CRLF, Gmail's header set in order, Message-ID / References
/ In-Reply-To of mail.gmail.com with In-Reply-To the last reference, Received just after the Date, X-Received's
milliseconds its time, the Gmail boundary, two base64 parts of 76-column lines, two attribution lines (English or
Hindi) at quote depths 0 and 1 with the text under them quoted deeper, weekdays right and dates going back, one
forwarded block From / Date / Subject / To, the endorse URL's code = `Endorsement Code:`, five gmail_quote classes and
two blockquotes in the HTML, balanced).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue, or written in another letter case without
a DEVIATIONS entry; a bad true_arxiv_id; a wrong evidence kind; a label in the negative control; the paper-choice
rules; 8–12 papers and a 30–60% title-only share per positive; and the shape checks. An OpenReview id or an arXiv id
cut by an ellipsis is not an id of its own (kept from round17)."""

import base64, csv, datetime, email, email.header, email.utils, html, io, json, os, quopri, re, sys, unicodedata
from collections import Counter
from email import policy
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

# titles written with a deviation from the catalogue (a case change, a dropped subtitle); none in this round
DEVIATIONS = {}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def normc(s):
    """norm without the lower-casing: a title must keep the catalogue's letter case unless DEVIATIONS records it"""
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip()

errors, notes = [], []

def num(f):
    return int(f.split("_")[0])

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")


def crlf_only(f, raw, what="the saved message"):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"):
        errors.append(f"{f}: a bare LF or CR ({what} uses CRLF)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def mime_forms(raw):
    """a MIME message's decoded address / subject headers and every text part, decoded"""
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    out = [f"{h}: {m[h]}" for h in ("From", "To", "Cc", "Subject") if m[h] is not None]
    for part in m.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def unstuff(text):
    """format=flowed: undo space-stuffing (no soft breaks are joined: the writer made none)"""
    return "\n".join(l[1:] if l.startswith(" ") else l for l in text.replace("\r\n", "\n").split("\n"))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (959, 964, 966): forms += mime_forms(raw)
    if n == 959: forms.append(unstuff(forms[-1]))
    if n == 961: forms.append(re.sub(r"\\url\{([^{}]*)\}", r"\1", raw).replace("{", "").replace("}", ""))
    if n == 962: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw.lstrip("\ufeff"))) for c in row))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms

# ---------------------------------------------------------------- shape-check helpers
VOID = {"meta", "link", "img", "br", "hr", "input"}


class Balance(HTMLParser):
    def __init__(self, optional=()):
        super().__init__(convert_charrefs=True); self.st, self.bad, self.opt = [], [], set(optional)

    def handle_starttag(self, tag, attrs):
        if tag not in VOID and tag not in self.opt: self.st.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID: self.bad.append(f"<{tag} … /> self-closed")

    def handle_endtag(self, tag):
        if tag in VOID or tag in self.opt: return
        if not self.st or self.st[-1] != tag: self.bad.append(f"</{tag}> closes <{self.st[-1] if self.st else '-'}>")
        else: self.st.pop()


def html_balanced(s, optional=()):
    b = Balance(optional); b.feed(s); b.close()
    return b.bad[:1] + ([f"{len(b.st)} element(s) not closed: {b.st[:3]}"] if b.st else [])


def header_block(f, raw, sep="\r\n"):
    """[(name, unfolded value)] of a message's header block"""
    head = raw.split(sep + sep, 1)[0]
    out = []
    for line in head.split(sep):
        if line[:1] in (" ", "\t"):
            if not out: errors.append(f"{f}: a continuation line first"); continue
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
            continue
        m = re.match(r"([A-Za-z0-9-]+): (.*)", line)
        if not m: errors.append(f"{f}: header line {line[:30]!r} not 'Name: value'"); continue
        out.append((m.group(1), m.group(2)))
    return out


def rfc_date(f, s, comment=False):
    rx = r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}" + (r"(?: \([A-Z]{3,4}\))?" if comment else "")
    if not re.fullmatch(rx, s or ""):
        errors.append(f"{f}: date {s!r} not an RFC 5322 date"); return None
    d = email.utils.parsedate_to_datetime(s)
    if d.strftime("%a") != s[:3]: errors.append(f"{f}: date {s!r}: weekday not the date's")
    return d


def encoded_words(f, head, charset_rx, kinds="Bb"):
    for w in re.findall(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", head):
        if len(w) > 75: errors.append(f"{f}: encoded word longer than 75 characters")
        m = re.fullmatch(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", w)
        if not re.fullmatch(charset_rx, m.group(1)) or m.group(2) not in kinds:
            errors.append(f"{f}: encoded word {w[:20]!r} not {charset_rx} {kinds}")
        try:
            str(email.header.make_header(email.header.decode_header(w)))
        except Exception:
            errors.append(f"{f}: encoded word {w[:20]!r} does not decode")


# ---- arXiv's cs daily Subj-class mailing (959)
ARX_RULE, ARX_PCT = "-" * 78, "%%%---" * 13
ARX_NOTE = re.compile(r"\[\.\.\. .+ -- [A-Z]{2}\]")


def check_listing(f, fwd, sent=None):
    """arXiv's mailing with new submissions (Date line, abstract) and replacements, cuts marked `[... … -- XY]`"""
    win = [re.fullmatch(r" received from  (\w{3} [ \d]\d \w{3} \d{2} [\d:]{8}) GMT  to  (\w{3} [ \d]\d \w{3} \d{2} [\d:]{8}) GMT", l)
           for l in fwd]
    win = [m for m in win if m]
    if len(win) != 1: errors.append(f"{f}: no single 'received from … to …' line in the mailing"); return
    aw = lambda s: datetime.datetime.strptime(" ".join(s.split()), "%a %d %b %y %H:%M:%S")
    t0, t1 = aw(win[0].group(1)), aw(win[0].group(2))
    if not t0 < t1: errors.append(f"{f}: mailing window backwards")
    if sent and sent.astimezone(datetime.timezone.utc).replace(tzinfo=None) < t1:
        errors.append(f"{f}: the mailing was sent before its window closed")
    if fwd.count(ARX_RULE) < 4 or " Submissions to:" not in fwd: errors.append(f"{f}: the mailing's head (rules, ' Submissions to:') missing")
    for l in fwd:
        if len(l) > 79: errors.append(f"{f}: mailing line longer than 79 columns: {l[:30]!r}")
        if l.startswith("[") and not ARX_NOTE.fullmatch(l): errors.append(f"{f}: a cut note {l[:30]!r} not '[... … -- XY]'")
    starts = [i for i, l in enumerate(fwd) if l == "\\\\" and i + 1 < len(fwd) and fwd[i + 1].startswith("arXiv:")]
    if not starts: errors.append(f"{f}: no mailing entries")
    seen_pct = False
    for s in starts:
        e = s + 1
        while e < len(fwd) and not fwd[e].startswith("\\\\ ("): e += 1
        ent = fwd[s + 1:e + 1]
        ma = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", ent[0])
        mn = re.fullmatch(r"Date: (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8}) GMT   \((\d+)kb,D\)", ent[1] if len(ent) > 1 else "")
        mr = re.fullmatch(r"replaced with revised version (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8}) GMT   \((\d+)kb,D\)",
                          ent[1] if len(ent) > 1 else "")
        m2 = mn or mr
        if not ma or not m2 or ent[2:3] != [""]: errors.append(f"{f}: mailing entry at {s} lacks arXiv / Date or replaced / blank lines"); continue
        new = bool(mn)
        pct_before = ARX_PCT in fwd[:s]
        if new and pct_before: errors.append(f"{f}: {ma.group(1)}: a new submission after the replacements' rule")
        if not new and not pct_before: errors.append(f"{f}: {ma.group(1)}: a replacement before the replacements' rule")
        when = datetime.datetime.strptime(m2.group(1), "%a, %d %b %Y %H:%M:%S")
        if when.strftime("%a") != m2.group(1)[:3]: errors.append(f"{f}: {ma.group(1)}: weekday not the date's")
        if not t0 <= when <= t1: errors.append(f"{f}: {ma.group(1)} dated outside the mailing window")
        fields, body, k = [], ent[3:-1], 0
        while k < len(body):
            l = body[k]
            if l.startswith("  ") and fields: k += 1; continue
            if l == "\\\\": break
            mf = re.match(r"(Title|Authors|Categories|Comments): \S", l)
            if not mf: errors.append(f"{f}: {ma.group(1)}: field line {l[:30]!r}"); k += 1; continue
            fields.append(mf.group(1)); k += 1
        if fields not in (["Title", "Authors", "Categories"], ["Title", "Authors", "Categories", "Comments"]):
            errors.append(f"{f}: {ma.group(1)}: fields {fields} not Title / Authors / Categories [/ Comments]")
        abstract = body[k:]
        if new:
            if abstract[:1] != ["\\\\"] or len(abstract) < 2 or any(not x.startswith("  ") or x.startswith("   ") for x in abstract[1:]):
                errors.append(f"{f}: {ma.group(1)}: a new submission without its abstract between '\\\\' and indented by two")
        elif abstract:
            errors.append(f"{f}: {ma.group(1)}: a replacement with an abstract")
        mt = re.fullmatch(r"\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{4,5}) ,  (\d+)kb\)", ent[-1] if ent else "")
        if not mt: errors.append(f"{f}: {ma.group(1)}: no trailer line"); continue
        if mt.group(1) != ma.group(1): errors.append(f"{f}: trailer names {mt.group(1)}, entry is {ma.group(1)}")
        if mt.group(2) != m2.group(2): errors.append(f"{f}: {ma.group(1)}: trailer size differs from the entry's")
        if e + 1 < len(fwd) and fwd[e + 1] not in (ARX_RULE, ARX_PCT): errors.append(f"{f}: {ma.group(1)}: no rule after the entry")


# ---- 957 Brightspace Content (Table of Contents) copied as text
BS_NAV = ["Course Home", "Content", "Assignments", "Quizzes", "Discussions", "Grades", "Classlist", "Course Tools"]
BS_PANEL = ["Search Topics", "Overview", "Bookmarks", "Course Schedule", "Table of Contents"]
BS_TYPES = {"PDF document", "Link", "Web Page", "Video", "Assignment", "Quiz", "Discussion Topic", "Word Document"}
BS_DUE = re.compile(r"Due (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2}) (AM|PM)")
NL_MON = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dec": 12}
BS_WEEK = re.compile(r"Week (\d+) · \S.* \((\d{1,2})(?: (\w+))?–(\d{1,2}) (\w+)\)")


def check_brightspace(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if "" in ls: errors.append(f"{f}: a blank line (the copied outline has none)")
    if any(l != l.strip() for l in ls): errors.append(f"{f}: blanks at a line's ends")
    if ls[:1] != ["Skip to main content"] or not ls[1].endswith("Brightspace"): errors.append(f"{f}: skip link / homepage link not first")
    mc = re.fullmatch(r"[A-Z]{2,4}\d{4} .+ \((\d{4})/(\d{2}) Q([1-4])\)", ls[2] if len(ls) > 2 else "")
    if not mc: errors.append(f"{f}: course name {ls[2:3]} not 'CODE name (YYYY/YY Qn)'"); return
    year = int(mc.group(1)) + (1 if mc.group(3) in "34" else 0)
    if ls[3:3 + len(BS_NAV)] != BS_NAV: errors.append(f"{f}: the course navbar not in Brightspace's order")
    k = 3 + len(BS_NAV)
    if ls[k:k + len(BS_PANEL)] != BS_PANEL: errors.append(f"{f}: the Content panel (Search Topics … Table of Contents) not in order"); return
    k += len(BS_PANEL)
    if not ls[k].isdigit(): errors.append(f"{f}: Table of Contents without its count"); return
    total, k = int(ls[k]), k + 1
    panel = []
    while k + 1 < len(ls) and ls[k] != "Table of Contents":
        if not ls[k + 1].isdigit(): errors.append(f"{f}: panel module {ls[k]!r} without its count"); return
        panel.append((ls[k], int(ls[k + 1]))); k += 2
    if ls[k:k + 3] != ["Table of Contents", "Print", "Download"]: errors.append(f"{f}: the pane's 'Table of Contents' / Print / Download missing"); return
    if sum(c for _, c in panel) != total: errors.append(f"{f}: Table of Contents count {total} is not the modules' sum")
    names = [n for n, _ in panel]
    main, cur = {}, None
    for i in range(k + 3, len(ls)):
        l = ls[i]
        if l in names and l not in main: cur = l; main[cur] = []; continue
        if cur is None: errors.append(f"{f}: line {i + 1}: text before the first module"); continue
        main[cur].append((i, l))
    if list(main) != names: errors.append(f"{f}: the pane's modules {list(main)} are not the panel's {names}")
    week, prev_mon, last_mon = 0, None, None
    for name, cnt in panel:
        body = main.get(name, [])
        mw = BS_WEEK.fullmatch(name)
        mon = None
        if name.startswith("Week"):
            if not mw: errors.append(f"{f}: module {name!r} not 'Week N · topic (D–D mon)'"); continue
            n = int(mw.group(1))
            if n != week + 1: errors.append(f"{f}: week {n} after week {week}")
            week = n
            try:
                m1 = NL_MON[(mw.group(3) or mw.group(5)).lower()]; m2 = NL_MON[mw.group(5).lower()]
                mon = datetime.date(year, m1, int(mw.group(2))); fri = datetime.date(year, m2, int(mw.group(4)))
            except (KeyError, ValueError):
                errors.append(f"{f}: module {name!r}: not a Dutch date span"); continue
            if mon.weekday() != 0 or fri - mon != datetime.timedelta(days=4): errors.append(f"{f}: module {name!r} does not span Monday to Friday")
            if prev_mon and mon - prev_mon != datetime.timedelta(days=7): errors.append(f"{f}: module {name!r} not the week after the one above")
            prev_mon = last_mon = mon
        types = [j for j, (_, l) in enumerate(body) if l in BS_TYPES]
        if len(types) != cnt: errors.append(f"{f}: module {name!r} shows {len(types)} topics, the panel counts {cnt}")
        for j, (i, l) in enumerate(body):
            if l in BS_TYPES:
                if j == 0 or body[j - 1][1] in BS_TYPES or BS_DUE.fullmatch(body[j - 1][1]):
                    errors.append(f"{f}: line {i + 1}: a topic type without its title line")
                if l == "Assignment" and not (j + 1 < len(body) and BS_DUE.fullmatch(body[j + 1][1])):
                    errors.append(f"{f}: line {i + 1}: an assignment without its due date")
            elif l.startswith("Due "):
                md = BS_DUE.fullmatch(l)
                if not md: errors.append(f"{f}: line {i + 1}: {l!r} not 'Due Mon D, YYYY h:mm AM|PM'"); continue
                if j == 0 or body[j - 1][1] not in ("Assignment", "Quiz"): errors.append(f"{f}: line {i + 1}: a due date not under an assignment or quiz")
                mo, d, y, h, mi, ap = md.groups()
                if h.startswith("0") or not 1 <= int(h) <= 12 or int(mi) > 59: errors.append(f"{f}: line {i + 1}: hour / minute out of range")
                try:
                    dd = datetime.datetime.strptime(f"{mo} {d} {y}", "%b %d %Y").date()
                except ValueError:
                    errors.append(f"{f}: line {i + 1}: not a date"); continue
                if mon and not mon <= dd <= mon + datetime.timedelta(days=11):
                    errors.append(f"{f}: line {i + 1}: due {dd} outside its week and the next")
                if not mon and last_mon and dd < last_mon: errors.append(f"{f}: line {i + 1}: due {dd} before the last week")
    if not week: errors.append(f"{f}: no week modules")


# ---- 958 Typora HTML export
TY_HEAD = ("<!doctype html>\n<html>\n<head>\n<meta charset='UTF-8'><meta name='viewport' content='width=device-width initial-scale=1'>\n")


def ty_id(s):
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", s.lower()).strip())


def check_typora(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith(TY_HEAD): errors.append(f"{f}: not Typora's head (doctype, html, head, the two metas on one line)")
    m = re.search(r"<style type='text/css'>.*?</style><title>(.*?)</title>\n</head>\n<body class='typora-export os-(windows|mac|linux)'>"
                  r"<div class='typora-export-content'>\n<div id='write'  class=''>(.*)</div></div>\n</body>\n</html>\Z", raw, re.S)
    if not m: errors.append(f"{f}: style / title / body / #write not in Typora's export layout"); return
    title, write = html.unescape(m.group(1)), m.group(3)
    h1 = re.match(r"<h1 id='([^']*)'><span>(.*?)</span></h1>", write)
    if not h1: errors.append(f"{f}: #write does not open with the h1")
    elif html.unescape(h1.group(2)) != title: errors.append(f"{f}: <title> {title!r} is not the document's h1 (the file name)")
    if re.search(r"<\w+[^>]*\s\w+=\"", write): errors.append(f"{f}: a double-quoted attribute (Typora writes single quotes)")
    for hm in re.finditer(r"<h([1-6]) id='([^']*)'><span>(.*?)</span></h\1>", write):
        if hm.group(2) != ty_id(html.unescape(hm.group(3))): errors.append(f"{f}: heading id {hm.group(2)!r} not made from its text")
    if re.search(r"<h[1-6](?! id=')", write): errors.append(f"{f}: a heading without Typora's id")
    outside = re.sub(r"<figure class='table-figure'><table>.*?</table></figure>", "", write, flags=re.S)
    if "\n" in outside: errors.append(f"{f}: a newline between blocks (Typora writes #write's blocks on one line)")
    tables = re.findall(r"<figure class='table-figure'><table>(.*?)</table></figure>", write, re.S)
    if not tables or write.count("<table") != len(tables): errors.append(f"{f}: a table outside <figure class='table-figure'>")
    for t in tables:
        tm = re.fullmatch(r"\n<thead>\n<tr>(.*?)</tr></thead>\n<tbody>(.*)</tbody>\n", t, re.S)
        if not tm: errors.append(f"{f}: table not '<thead>' / '<tbody>' laid out as Typora writes them"); continue
        ncol = len(re.findall(r"<th>", tm.group(1)))
        for row in re.findall(r"<tr>(.*?)</tr>", tm.group(2)):
            cells = re.findall(r"<td>(.*?)</td>", row)
            if len(cells) != ncol: errors.append(f"{f}: a table row with {len(cells)} cells, the header has {ncol}")
            for c in cells:
                if not re.match(r"(<span>|<strong><span>|<a href='|<code>|&nbsp;\Z)", c): errors.append(f"{f}: cell text not in a span: {c[:30]!r}")
    for am in re.finditer(r"<a href='([^']*)' target='_blank' class='url'>([^<]*)</a>", write):
        if html.unescape(am.group(1)) != html.unescape(am.group(2)): errors.append(f"{f}: an autolink whose text is not its URL")
    for am in re.finditer(r"<a href='([^']*)'>(?!<span>)", write): errors.append(f"{f}: link text not in a span: {am.group(1)[:30]!r}")
    for e in html_balanced(write): errors.append(f"{f}: {e}")


# ---- 959 Horde IMP message (format=flowed)
HORDE_ORDER = ["Return-Path", "Received", "Received", "Date", "Message-ID", "From", "To", "Subject", "User-Agent",
               "Content-Type", "MIME-Version", "Content-Disposition", "Content-Transfer-Encoding"]
FWD_NAMES = {"Date", "From", "Reply-To", "Subject", "To", "Cc"}


def check_horde(f, raw):
    crlf_only(f, raw)
    hs = header_block(f, raw)
    if [n for n, _ in hs] != HORDE_ORDER: errors.append(f"{f}: headers {[n for n, _ in hs]} not Horde's set and order")
    hd = dict(hs)
    head = raw.split("\r\n\r\n", 1)[0]
    if not head.isascii(): errors.append(f"{f}: 8-bit bytes in the header block")
    encoded_words(f, head, r"utf-8", "b")
    date = rfc_date(f, hd.get("Date"))
    hr = [v for n, v in hs if n == "Received" and "(Horde Framework)" in v]
    mr = re.fullmatch(r"from ([\d.]+) \(\[([\d.]+)\]\) by ([\w.-]+) \(Horde Framework\) with HTTPS?; (.+)", hr[0] if hr else "")
    if not mr: errors.append(f"{f}: no Horde 'Received: from IP ([IP]) by host (Horde Framework) with HTTP(S)' line"); return
    if mr.group(1) != mr.group(2): errors.append(f"{f}: Horde's Received names two addresses")
    rd = rfc_date(f, mr.group(4))
    if date and rd and not datetime.timedelta(0) <= rd - date <= datetime.timedelta(seconds=5): errors.append(f"{f}: Horde's Received time is not the Date")
    mid = re.fullmatch(r"<(\d{14})\.Horde\.[A-Za-z0-9_-]{23}@([\w.-]+)>", hd.get("Message-ID", ""))
    if not mid: errors.append(f"{f}: Message-ID not Horde's <YYYYMMDDHHMMSS.Horde.<23>@host>")
    else:
        if date and mid.group(1) != date.strftime("%Y%m%d%H%M%S"): errors.append(f"{f}: Message-ID's time is not the Date's local time")
        if mid.group(2) != mr.group(3): errors.append(f"{f}: Message-ID's host is not the webmail host")
    if hd.get("User-Agent") != "Horde Application Framework 5": errors.append(f"{f}: User-Agent not Horde's")
    if hd.get("Content-Type") != "text/plain; charset=utf-8; format=flowed; DelSp=Yes": errors.append(f"{f}: Content-Type not Horde's flowed text")
    if hd.get("MIME-Version") != "1.0" or hd.get("Content-Disposition") != "inline" or hd.get("Content-Transfer-Encoding") != "8bit":
        errors.append(f"{f}: MIME-Version / Content-Disposition / Content-Transfer-Encoding")
    subj = str(email.header.make_header(email.header.decode_header(hd.get("Subject", ""))))
    if not subj.startswith("Fwd: "): errors.append(f"{f}: Subject not 'Fwd: …'")
    body = raw.split("\r\n\r\n", 1)[1].split("\r\n")
    for i, l in enumerate(body, 1):
        if len(l) > 78: errors.append(f"{f}: body line {i} longer than 78 characters")
        if l.startswith((">", "From ")): errors.append(f"{f}: body line {i} not space-stuffed")
        if l.endswith(" ") and l != "-- ": errors.append(f"{f}: body line {i} ends with a blank (a soft break)")
    ub = unstuff("\r\n".join(body)).split("\n")
    if "-- " not in ub: errors.append(f"{f}: no signature separator '-- '")
    st = [i for i, l in enumerate(ub) if re.fullmatch(r"----- Forwarded message from (.+) -----", l)]
    en = [i for i, l in enumerate(ub) if l == "----- End forwarded message -----"]
    if len(st) != 1 or len(en) != 1 or not st[0] < en[0]: errors.append(f"{f}: not one Forwarded / End forwarded block"); return
    if "-- " in ub and ub.index("-- ") > st[0]: errors.append(f"{f}: the signature after the forward")
    fh, i = [], st[0] + 1
    while ub[i]:
        fh.append(ub[i]); i += 1
    cols = {l.index(":") for l in fh if ":" in l}
    names = [l.split(":")[0].strip() for l in fh]
    if len(cols) != 1 or not set(names) <= FWD_NAMES or any(not l.startswith(" ") and l.split(":")[0] != max(names, key=len) for l in fh):
        errors.append(f"{f}: the forwarded header names not right-aligned ({names})")
    fd = dict((l.split(":")[0].strip(), l.split(": ", 1)[1]) for l in fh if ": " in l)
    who = re.fullmatch(r"----- Forwarded message from (.+) -----", ub[st[0]]).group(1)
    if fd.get("From") != who: errors.append(f"{f}: the forward line names {who!r}, its From is {fd.get('From')!r}")
    if not subj.startswith("Fwd: " + fd.get("Subject", "\0")): errors.append(f"{f}: Subject is not 'Fwd: ' + the forwarded Subject")
    sent = rfc_date(f, fd.get("Date"))
    if sent and date and sent > date: errors.append(f"{f}: the forwarded message is newer than the forward")
    check_listing(f, ub[i + 1:en[0]], sent)


# ---- 960 Frontiers references pasted with notes
FR_LINKS = {"Google Scholar", "CrossRef Full Text | Google Scholar", "PubMed Abstract | CrossRef Full Text | Google Scholar"}
FR_NAME = r"(?:van den |van |de |von )?[A-Z][\w'-]+(?:-[A-Z][\w'-]+)?, (?:[A-Z]\.(?:-[A-Z]\.)?)(?: [A-Z]\.(?:-[A-Z]\.)?)*"
FR_MON = "January|February|March|April|May|June|July|August|September|October|November|December"


def fr_authors(f, s):
    if s.endswith(", et al."):
        names = re.findall(FR_NAME, s[:-len(", et al.")])
        if len(names) != 6 or ", ".join(names) != s[:-len(", et al.")]: errors.append(f"{f}: 'et al.' not after exactly six names: {s[:40]!r}")
        return names
    m = re.fullmatch(rf"((?:{FR_NAME}, )*{FR_NAME}),? and ({FR_NAME})", s) or re.fullmatch(FR_NAME, s)
    if not m: errors.append(f"{f}: authors {s[:50]!r} not Frontiers' 'Surname, I.' list"); return []
    names = re.findall(FR_NAME, s)
    if len(names) > 6: errors.append(f"{f}: more than six names without 'et al.'")
    if len(names) > 1 and ", and " + names[-1] not in s: errors.append(f"{f}: the last of two or more names not after ', and'")
    return names


def check_frontiers(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    try:
        k = ls.index("References")
    except ValueError:
        errors.append(f"{f}: no References heading"); return
    if ls.count("References") != 1: errors.append(f"{f}: References heading more than once")
    head = [l for l in ls[:k] if l and not l.startswith("#")]
    if len(head) != 5 or not re.fullmatch(r"[A-Z ]+ article", head[0]):
        errors.append(f"{f}: the article head (type, journal date, section, volume, title) is not five lines"); return
    md = re.fullmatch(rf"Front\. Artif\. Intell\., (\d\d) ({FR_MON}) (\d{{4}})", head[1])
    mv = re.fullmatch(r"Volume (\d+) - (\d{4}) \| https://doi\.org/10\.3389/frai\.(\d{4})\.\d{7}", head[3])
    if not md or not mv or not head[2].startswith("Sec. "): errors.append(f"{f}: journal / section / volume lines not Frontiers'")
    elif not (md.group(3) == mv.group(2) == mv.group(3)) or int(mv.group(1)) != int(mv.group(2)) - 2017:
        errors.append(f"{f}: volume, year and DOI year disagree")
    blocks, cur = [], []
    for i, l in enumerate(ls[k + 1:], k + 2):
        if l.startswith("#"):
            if cur: blocks.append(cur); cur = []
            if any(not x.startswith("#") for x in ls[i:]): errors.append(f"{f}: line {i}: a '#' note between references")
            break
        if not l:
            if cur: blocks.append(cur); cur = []
            continue
        cur.append((i, l))
    if cur: blocks.append(cur)
    keys_ = []
    for b in blocks:
        (i, ref), rest = b[0], b[1:]
        if not rest or rest[0][1] not in FR_LINKS: errors.append(f"{f}: line {i}: reference without Frontiers' link line"); continue
        if any(not x.startswith("→ ") for _, x in rest[1:]): errors.append(f"{f}: line {i}: a note after a reference not '→ …'")
        my = re.search(r" \((\d{4})\)\. ", ref)
        if not my: errors.append(f"{f}: line {i}: no '(YYYY). ' after the authors"); continue
        names = fr_authors(f, ref[:my.start()])
        if names: keys_.append((names[0].split(",")[0].lower(), i))
        after = ref[my.end():]
        if after.startswith('"') and not re.match(r'"[^"]+," in \S', after): errors.append(f"{f}: line {i}: a quoted title not '\"Title,\" in …'")
        doi = re.search(r"doi: (10\.\d+/\S+)$", ref)
        if doi and "CrossRef Full Text" not in rest[0][1]: errors.append(f"{f}: line {i}: a DOI without 'CrossRef Full Text'")
        if not doi and rest[0][1] != "Google Scholar": errors.append(f"{f}: line {i}: CrossRef / PubMed links without a DOI")
        if "arXiv" in after and not re.search(r"arXiv \[Preprint\]\. arXiv:\d{4}\.\d{4,5}\.$", ref): errors.append(f"{f}: line {i}: preprint not 'arXiv [Preprint]. arXiv:ID.'")
        for a_, b_ in re.findall(r"(\d+)[–-](\d+)", after):
            if "-" in after[after.find(a_):after.find(a_) + len(a_) + 1]: errors.append(f"{f}: line {i}: page range with a hyphen")
            if int(a_) >= int(b_): errors.append(f"{f}: line {i}: page range {a_}–{b_} not increasing")
    if [k_ for k_, _ in keys_] != sorted(k_ for k_, _ in keys_): errors.append(f"{f}: references not in alphabetical order")
    if not blocks: errors.append(f"{f}: no references")


# ---- 961 .bib: Scopus export + arXiv exports + a hand entry
SC_ORDER = ["author", "title", "year", "journal", "volume", "number", "pages", "doi", "url", "type", "publication_stage", "source", "note"]


def bib_entries(f, raw, prelude=0):
    """[(type, key, text, start line)]; `%` lines outside entries are comments; the first `prelude` lines are free"""
    out, i, line = [], 0, 1
    while i < len(raw):
        if raw[i] == "@":
            m = re.match(r"@(\w+)\{\n?([^,\s]+),", raw[i:])
            if not m: errors.append(f"{f}: line {line}: an entry without type and key"); return out
            depth, j = 0, i + raw[i:].index("{")
            while j < len(raw):
                if raw[j] == "{" and raw[j - 1] != "\\": depth += 1
                elif raw[j] == "}" and raw[j - 1] != "\\":
                    depth -= 1
                    if depth == 0: break
                j += 1
            if depth: errors.append(f"{f}: line {line}: entry {m.group(2)} not closed"); return out
            out.append((m.group(1), m.group(2), raw[i:j + 1], line))
            line += raw[i:j + 1].count("\n"); i = j + 1
            continue
        if raw[i] == "\n": line += 1; i += 1; continue
        eol = raw.find("\n", i)
        eol = len(raw) if eol < 0 else eol
        if raw[i:eol].strip() and not raw[i:eol].lstrip().startswith("%") and line > prelude:
            errors.append(f"{f}: line {line}: text outside entries that is not a % comment")
        i = eol
    return out


def check_scopus_bib(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if ls[0] != "Scopus" or not re.fullmatch(r"EXPORT DATE: \d\d (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}", ls[1]) or ls[2] != "":
        errors.append(f"{f}: the file does not open with Scopus's 'Scopus' / 'EXPORT DATE: …' lines")
    ents = bib_entries(f, raw, prelude=2)
    ks = [k for _, k, _, _ in ents]
    for k, c in Counter(ks).items():
        if c > 1: errors.append(f"{f}: key {k} used twice")
    nsc = 0
    for typ, key, text, line in ents:
        body = text.split("\n")[1:-1]
        if text.split("\n")[-1] != "}": errors.append(f"{f}: {key}: closing brace not on its own line")
        if typ in ("CONFERENCE", "ARTICLE"):
            nsc += 1
            fields = []
            for j, l in enumerate(body):
                mf = re.fullmatch(r"\t([a-z_]+) = \{(.*)\}(,?)", l)
                if not mf: errors.append(f"{f}: {key}: Scopus field line {l[:30]!r} not '\\tname = {{…}},'"); continue
                if (mf.group(3) == ",") != (j < len(body) - 1): errors.append(f"{f}: {key}: comma after a field wrong (only the last has none)")
                fields.append((mf.group(1), mf.group(2)))
            names = [n for n, _ in fields]
            if [n for n in SC_ORDER if n in names] != names: errors.append(f"{f}: {key}: fields {names} not in Scopus's order")
            fd = dict(fields)
            if fd.get("source") != "Scopus" or fd.get("publication_stage") != "Final" or fd.get("type") not in ("Conference paper", "Article"):
                errors.append(f"{f}: {key}: type / publication_stage / source not Scopus's")
            first_sn = fd.get("author", "").split(" and ")[0].split(",")[0]
            mp = re.fullmatch(r"(\d+) – (\d+)", fd.get("pages", ""))
            if not mp or int(mp.group(1)) >= int(mp.group(2)): errors.append(f"{f}: {key}: pages not 'a – b' increasing")
            if mp and key != first_sn.replace(" ", "") + fd.get("year", "") + mp.group(1): errors.append(f"{f}: {key}: key not surname + year + first page")
            mu = re.fullmatch(r"https://www\.scopus\.com/inward/record\.uri\?eid=2-s2\.0-85\d{9}(?:&doi=([^&]+))?&partnerID=40&md5=[0-9a-f]{32}", fd.get("url", ""))
            if not mu: errors.append(f"{f}: {key}: url not Scopus's record link")
            elif (mu.group(1) or None) != (fd["doi"].replace("/", "%2f") if "doi" in fd else None): errors.append(f"{f}: {key}: the url's doi is not the doi field")
            if not re.fullmatch(r"Cited by: \d+(?:; .+)?", fd.get("note", "")): errors.append(f"{f}: {key}: note not 'Cited by: N'")
        elif typ == "misc" and "eprint=" in text:
            fd = {}
            for j, l in enumerate(body):
                mf = re.fullmatch(r"      ([A-Za-z]+)=\{(.*)\}(, |,)?", l)
                if not mf: errors.append(f"{f}: {key}: arXiv export line {l[:30]!r} not six-space 'name={{…}},'"); continue
                fd[mf.group(1)] = mf.group(2)
                if mf.group(1) in ("title", "url") and mf.group(3) != ", ": errors.append(f"{f}: {key}: arXiv's trailing blank after {mf.group(1)} missing")
                if mf.group(1) not in ("title", "url") and (mf.group(3) == ", "): errors.append(f"{f}: {key}: a trailing blank after {mf.group(1)}")
                if j == len(body) - 1 and mf.group(1) != "url" and mf.group(3): errors.append(f"{f}: {key}: comma after the last field")
            if list(fd)[:1] != ["title"] or "url" in fd and list(fd)[-1] != "url": errors.append(f"{f}: {key}: arXiv export fields not in arXiv's order")
            if fd.get("archivePrefix") != "arXiv": errors.append(f"{f}: {key}: archivePrefix not arXiv")
            if fd.get("year") != "20" + fd.get("eprint", "xx")[:2]: errors.append(f"{f}: {key}: year is not the eprint's")
            if "url" in fd and fd["url"] != "https://arxiv.org/abs/" + fd.get("eprint", ""): errors.append(f"{f}: {key}: url is not the eprint's abs page")
            sn = fd.get("author", "").split(" and ")[0].split()[-1:]
            if not sn or not key.startswith(sn[0].lower() + fd.get("year", "")): errors.append(f"{f}: {key}: key not surname + year + …")
        else:
            eqs = {l.index("=") for l in body if "=" in l}
            if len(eqs) != 1 or any(not l.startswith("  ") for l in body): errors.append(f"{f}: {key}: hand entry's '=' not aligned")
            if body and body[-1].endswith(","): errors.append(f"{f}: {key}: comma after the last field")
    if not nsc: errors.append(f"{f}: no Scopus records")


# ---- 962 LimeSurvey responses CSV
LS_SYS = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action"]
LS_TIME = "%Y-%m-%d %H:%M:%S"


def check_limesurvey(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark (LimeSurvey writes one)")
    crlf_only(f, raw, "LimeSurvey's CSV")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw.lstrip("\ufeff"): errors.append(f"{f}: bytes are not every field double-quoted, CRLF rows")
    head, data = rows[0], rows[1:]
    if head[:7] != LS_SYS: errors.append(f"{f}: system columns {head[:7]} not LimeSurvey's"); return
    if any(len(r) != len(head) for r in data): errors.append(f"{f}: a row with a different cell count"); return
    mc = [j for j, h in enumerate(head) if re.fullmatch(r".+ \[[^\]]+\]", h) and not h.endswith("[Άλλο]")]
    oth = [j for j, h in enumerate(head) if h.endswith(" [Άλλο]")]
    lst = [j for j, h in enumerate(head) if oth and h == head[oth[0]][:-len(" [Άλλο]")]]
    yn = [j for j, h in enumerate(head) if h.startswith("Έχετε ")]
    maxpage = max(int(r[2]) for r in data if r[2].isdigit())
    ids, opts, mails = [], {}, {}
    for r in data:
        rid = r[0]
        if not rid.isdigit(): errors.append(f"{f}: Response ID {rid!r} not a number"); continue
        ids.append(int(rid))
        if r[3] != "el" or not re.fullmatch(r"\d{6,10}", r[4]): errors.append(f"{f}: {rid}: start language / seed")
        try:
            st = datetime.datetime.strptime(r[5], LS_TIME); la = datetime.datetime.strptime(r[6], LS_TIME)
            if la < st: errors.append(f"{f}: {rid}: last action before the start")
            if r[1]:
                sub = datetime.datetime.strptime(r[1], LS_TIME)
                if sub != la or r[2] != str(maxpage): errors.append(f"{f}: {rid}: a submitted response whose submit date is not its last action or not on the last page")
                if sub - st > datetime.timedelta(hours=2): errors.append(f"{f}: {rid}: submitted more than two hours after starting")
            else:
                if r[2] == str(maxpage): errors.append(f"{f}: {rid}: an incomplete response on the last page")
                if any(r[j] for j in mc + yn + oth + lst): errors.append(f"{f}: {rid}: an incomplete response with later answers")
        except ValueError:
            errors.append(f"{f}: {rid}: dates not '{LS_TIME}'")
        if not r[1]: continue
        if any(r[j] not in ("Ναι", "Όχι") for j in mc + yn): errors.append(f"{f}: {rid}: a yes/no cell not Ναι / Όχι")
        if "Ναι" not in [r[j] for j in mc]: errors.append(f"{f}: {rid}: no week chosen")
        for j in lst:
            if r[oth[0]] and r[j] != "Άλλο": errors.append(f"{f}: {rid}: an 'other' answer but the list is not Άλλο")
            if not r[oth[0]] and not re.fullmatch(r".+ \(.+ \d{4}\) — .+", r[j]): errors.append(f"{f}: {rid}: list answer {r[j][:30]!r} not one of the options")
            opts.setdefault(r[j].split(" — ")[-1], set()).add(r[j])
        name, mail = r[7], r[8]
        if mails.setdefault(name, mail) != mail: errors.append(f"{f}: {name}: two e-mail addresses")
        if not re.fullmatch(r"[a-z]\.[a-z]+@di\.uni\.example\.gr", mail): errors.append(f"{f}: {rid}: e-mail not the institution's")
    if ids != sorted(set(ids)): errors.append(f"{f}: Response IDs not increasing")
    for t, v in opts.items():
        if len(v) > 1: errors.append(f"{f}: one option written two ways: {t[:30]!r}")


# ---- 963 linux.org.ru topic copied as text
LOR_MENU = ["LINUX.ORG.RU", "Новости", "Галерея", "Статьи", "Форум", "Трекер", "Поиск", "Регистрация", "Вход"]
LOR_SIG = re.compile(r"(\S+?)(?: (★{1,5}))? \((\d\d\.\d\d\.\d\d \d\d:\d\d:\d\d) MSK\)")
LOR_REPLY = re.compile(r"Ответ на: комментарий от (\S+) (\d\d\.\d\d\.\d\d \d\d:\d\d:\d\d) MSK")
LOR_EDIT = re.compile(r"Последнее исправление: (\S+) (\d\d\.\d\d\.\d\d \d\d:\d\d:\d\d) MSK \(всего исправлений: (\d+)\)")


def check_lor(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:len(LOR_MENU)] != LOR_MENU: errors.append(f"{f}: the site menu not first")
    k = len(LOR_MENU)
    if not re.fullmatch(r"Форум — \S+", ls[k]): errors.append(f"{f}: section line {ls[k]!r} not 'Форум — X'")
    if ls[-2:] != ["© 1998–2024 Linux.org.ru", "Правила форума · О сервере · Ссылки"]: errors.append(f"{f}: the footer is not last")
    if "Похожие темы" not in ls: errors.append(f"{f}: no similar-topics block")
    t = lambda s: datetime.datetime.strptime(s, "%d.%m.%y %H:%M:%S")
    sigs = [i for i, l in enumerate(ls) if LOR_SIG.fullmatch(l)]
    if not sigs: errors.append(f"{f}: no signatures"); return
    msgs, start, stars = [], k + 2, {}
    for n, i in enumerate(sigs):
        nick, st, when = LOR_SIG.fullmatch(ls[i]).groups()
        tail = ["Ответить на это сообщение", "Показать ответы", "Ссылка", ""] if n == 0 else ["Ответить на это сообщение", "Ссылка", ""]
        if ls[i + 1:i + 1 + len(tail)] != tail: errors.append(f"{f}: line {i + 1}: the links after {nick}'s signature")
        if (nick == "anonymous") == bool(st): errors.append(f"{f}: line {i + 1}: stars for anonymous or none for a user")
        if stars.setdefault(nick, st) != st: errors.append(f"{f}: {nick}: two star counts")
        body = ls[start:i]
        msgs.append((nick, when, body, i))
        start = i + 1 + len(tail)
    if msgs and msgs[0][2][-1:] and not re.fullmatch(r"[\w .,-]+(?:, [\w .-]+)*", msgs[0][2][-1]): errors.append(f"{f}: the topic's tag line")
    seen, prev = {}, None
    for n, (nick, when, body, i) in enumerate(msgs):
        try:
            tw = t(when)
        except ValueError:
            errors.append(f"{f}: {nick}: time {when!r}"); continue
        if prev and tw < prev: errors.append(f"{f}: line {i + 1}: a message older than the one above")
        prev = tw
        if n and body[:1] and body[0].startswith("Ответ на"):
            mr = LOR_REPLY.fullmatch(body[0])
            if not mr: errors.append(f"{f}: line {i + 1}: reply line {body[0][:30]!r}")
            elif (mr.group(1), mr.group(2)) not in seen or n == 0: errors.append(f"{f}: line {i + 1}: a reply to a message not above")
        for l in body:
            me = LOR_EDIT.fullmatch(l)
            if l.startswith("Последнее исправление") and not me: errors.append(f"{f}: line {i + 1}: edit line {l[:30]!r}")
            if me and (me.group(1) != nick or t(me.group(2)) <= tw): errors.append(f"{f}: line {i + 1}: an edit by another user or before the message")
        if body and LOR_EDIT.fullmatch(body[-1]) is None and any(LOR_EDIT.fullmatch(l) for l in body): errors.append(f"{f}: line {i + 1}: the edit line not last")
        if not [l for l in body if l.strip()]: errors.append(f"{f}: line {i + 1}: an empty message")
        seen[(nick, when)] = n
    if ls[msgs[-1][3] + 4:msgs[-1][3] + 5] != ["Похожие темы"]: errors.append(f"{f}: text after the last comment before 'Похожие темы'")


# ---- 964 Constant Contact newsletter
CC_ORDER = ["Return-Path", "Received", "DKIM-Signature", "Date", "From", "Reply-To", "To", "Message-ID", "Subject",
            "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post", "X-Campaign-Activity-ID",
            "X-250ok-CID", "X-Channel-ID", "X-Return-Path-Hint", "X-Roving-Id", "X-Feedback-ID", "X-Mailer"]
CC_FOOT = ["Se désabonner", "Mettre à jour le profil", "Avis sur les données de Constant Contact", "propulsé par", "Essayez gratuitement"]
RS6 = r"https://r20\.rs6\.net/tn\.jsp\?f=001[A-Za-z0-9_-]+&c=[A-Za-z0-9=_-]+&ch=[A-Za-z0-9=_-]+"


def check_constant_contact(f, raw):
    if not raw.isascii(): errors.append(f"{f}: non-ASCII bytes (the message is quoted-printable)")
    crlf_only(f, raw)
    hs = header_block(f, raw)
    if [n for n, _ in hs] != CC_ORDER: errors.append(f"{f}: headers {[n for n, _ in hs]} not Constant Contact's set and order")
    hd = dict(hs)
    encoded_words(f, raw.split("\r\n\r\n", 1)[0], r"UTF-8", "Q")
    date = rfc_date(f, hd.get("Date"), comment=True)
    if hd.get("X-Mailer") != "Roving Constant Contact 2012 (http://www.constantcontact.com)": errors.append(f"{f}: X-Mailer not Constant Contact's")
    mb = re.fullmatch(r'multipart/alternative;\s+boundary="(----=_Part_\d+_\d+\.(\d{13}))"', hd.get("Content-Type", ""))
    if not mb: errors.append(f"{f}: Content-Type not multipart/alternative with a JavaMail boundary"); return
    ms = int(mb.group(2))
    if date and abs(ms / 1000 - date.timestamp()) > 1: errors.append(f"{f}: the boundary's milliseconds are not the Date")
    mid = re.fullmatch(r"<\d+\.\d+\.(\d{13})\.JavaMail\.root@([\w.]+constantcontact\.com)>", hd.get("Message-ID", ""))
    if not mid or mid.group(1) != mb.group(2): errors.append(f"{f}: Message-ID not JavaMail's with the boundary's milliseconds")
    if hd.get("Return-Path", "").strip("<>") != hd.get("X-Return-Path-Hint"): errors.append(f"{f}: Return-Path is not X-Return-Path-Hint")
    camp, chan = hd.get("X-Campaign-Activity-ID"), hd.get("X-Channel-ID")
    if hd.get("X-250ok-CID") != camp or hd.get("X-Feedback-ID") != f"{camp}:{chan}:email:epmkt": errors.append(f"{f}: X-250ok-CID / X-Feedback-ID not the campaign's and channel's")
    if not re.match(r"<https://visitor\.constantcontact\.com/do\?p=un&", hd.get("List-Unsubscribe", "")) or hd.get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click":
        errors.append(f"{f}: List-Unsubscribe not Constant Contact's one-click")
    if not re.fullmatch(r"\d{13}\.\d{10,13}", hd.get("X-Roving-Id", "")) or hd.get("X-Roving-Id", "x")[:13] not in hd.get("Return-Path", ""):
        errors.append(f"{f}: X-Roving-Id not the account's")
    b = mb.group(1)
    parts = raw.split("\r\n\r\n", 1)[1].split("--" + b)
    if parts[0] != "" or len(parts) != 4 or parts[-1] != "--\r\n": errors.append(f"{f}: not two parts closed by the final boundary"); return
    for ct, p in zip(("text/plain", "text/html"), parts[1:3]):
        if not p.startswith(f"\r\nContent-Type: {ct}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"):
            errors.append(f"{f}: a part is not {ct} utf-8 quoted-printable"); continue
        if any(len(l) > 76 for l in p.split("\r\n")): errors.append(f"{f}: a quoted-printable line longer than 76")
    try:
        m = email.message_from_bytes(raw.encode("ascii", "replace"), policy=policy.default)
        plain, htm = [p.get_content() for p in m.walk() if p.get_content_maintype() == "text"]
    except Exception as ex:
        errors.append(f"{f}: the parts do not decode ({ex!r})"); return
    for u in re.findall(r"\[(https?://[^\]]+)\]", plain):
        if not (re.fullmatch(RS6, u) or u.startswith(("https://visitor.constantcontact.com/", "https://www.constantcontact.com/"))):
            errors.append(f"{f}: plain part link {u[:40]!r} not through Constant Contact")
    for u in re.findall(r'href="([^"]+)"', htm):
        if not (re.fullmatch(RS6, html.unescape(u)) or u.startswith(("https://visitor.constantcontact.com/", "https://www.constantcontact.com/", "mailto:"))):
            errors.append(f"{f}: HTML link {u[:40]!r} not through Constant Contact")
    pl = [re.sub(r" \[https://r20\.rs6\.net/[^\]]+\]", "", l) for l in plain.replace("\r\n", "\n").split("\n") if l.startswith("- ")]
    hl = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r'<li style="[^"]*">(.*?)</li>', htm)]
    if ["- " + x for x in hl] != pl: errors.append(f"{f}: the HTML part's reading list differs from the plain part's")
    for s in CC_FOOT:
        if s not in plain or s not in html.unescape(htm): errors.append(f"{f}: the footer lacks {s!r}")
    for e in html_balanced(htm, optional=("html", "head", "body")): errors.append(f"{f}: HTML part: {e}")


# ---- 965 jiqizhixin.com article page saved
def check_jiqizhixin(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'): errors.append(f"{f}: doctype / lang / charset first not as saved")
    g = lambda rx: html.unescape((re.search(rx, raw, re.S) or [None, ""])[1] or "")
    h1, title = g(r'<h1 class="article__title">(.*?)</h1>'), g(r"<title>(.*?)</title>")
    if not h1 or title != h1 + " | 机器之心": errors.append(f"{f}: <title> is not the h1 + ' | 机器之心'")
    if g(r'<meta property="og:title" content="([^"]*)">') != h1: errors.append(f"{f}: og:title is not the h1")
    if g(r'<meta property="og:site_name" content="([^"]*)">') != "机器之心": errors.append(f"{f}: og:site_name not 机器之心")
    url, canon = g(r'<meta property="og:url" content="([^"]*)">'), g(r'<link rel="canonical" href="([^"]*)">')
    mu = re.fullmatch(r"https://www\.jiqizhixin\.com/articles/(\d{4}-\d{2}-\d{2})-\d+", url)
    if not mu or canon != url: errors.append(f"{f}: og:url / canonical not the same article URL")
    if g(r'<meta name="description" content="([^"]*)">') != g(r'<meta property="og:description" content="([^"]*)">'): errors.append(f"{f}: description and og:description differ")
    mt = re.search(r'<time class="article__time" datetime="(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):00\+08:00">([^<]*)</time>', raw)
    if not mt or not mu or mt.group(1) != mu.group(1) or mt.group(3) != f"{mt.group(1)} {mt.group(2)}": errors.append(f"{f}: the article time is not the URL's date / its own datetime")
    cm = re.search(r'<div class="article__content">\n(.*?)\n</div>\n</article>', raw, re.S)
    if not cm: errors.append(f"{f}: no article content block"); return
    c = cm.group(1).split("\n")
    if c[:1] != ["<p>机器之心报道</p>"] or not re.fullmatch(r"<p><strong>编辑：[^<]+</strong></p>", c[1] if len(c) > 1 else ""): errors.append(f"{f}: the content does not open with 机器之心报道 / 编辑：")
    if not (len(c) >= 3 and c[-3].startswith("<p>© THE END") and c[-2] == "<p>转载请联系本公众号获得授权</p>" and c[-1].startswith("<p>投稿或寻求报道：")):
        errors.append(f"{f}: the content does not close with © THE END / 转载 / 投稿 lines")
    for ul in re.findall(r'<ul class="paper-info">(.*?)</ul>', cm.group(1)):
        li = re.findall(r"<li>(.*?)</li>", ul)
        if len(li) < 2 or not li[0].startswith("论文标题：") or not li[1].startswith("论文链接："): errors.append(f"{f}: a paper box not 论文标题 / 论文链接"); continue
        ma = re.fullmatch(r'论文链接：<a href="([^"]+)" target="_blank" rel="noopener">([^<]+)</a>', li[1])
        if not ma or html.unescape(ma.group(1)) != html.unescape(ma.group(2)): errors.append(f"{f}: 论文链接 not a link showing its URL")
    for src in re.findall(r'<img src="([^"]+)"', cm.group(1)):
        if not re.fullmatch(r"https://image\.jiqizhixin\.com/uploads/editor/[0-9a-f-]{36}/\d+\.(png|jpeg|gif)", src): errors.append(f"{f}: image {src[:40]!r} not on image.jiqizhixin.com")
    for d in re.findall(r'<a href="/articles/(\d{4}-\d{2}-\d{2})-\d+">', raw):
        if mu and d > mu.group(1): errors.append(f"{f}: a related article newer than the article")
    for e in html_balanced(raw.split("\n", 1)[1], optional=("html", "head", "body")): errors.append(f"{f}: {e}")


# ---- 966 Gmail message (negative)
GM_ORDER = ["Delivered-To", "Received", "X-Received", "MIME-Version", "References", "In-Reply-To", "From", "Date",
            "Message-ID", "Subject", "To", "Content-Type"]
GM_ID = r"<CA[A-Za-z0-9_+=-]{30,60}@mail\.gmail\.com>"
HI_DAY = {"सोम": 0, "मंगल": 1, "बुध": 2, "गुरु": 3, "शुक्र": 4, "शनि": 5, "रवि": 6}


def check_gmail(f, raw):
    if not raw.isascii(): errors.append(f"{f}: non-ASCII bytes (Gmail encodes the parts in base64)")
    crlf_only(f, raw)
    hs = header_block(f, raw)
    if [n for n, _ in hs] != GM_ORDER: errors.append(f"{f}: headers {[n for n, _ in hs]} not Gmail's set and order")
    hd = dict(hs)
    date = rfc_date(f, hd.get("Date"))
    refs = hd.get("References", "").split()
    if not refs or any(not re.fullmatch(GM_ID, r) for r in refs) or hd.get("In-Reply-To") != refs[-1] or not re.fullmatch(GM_ID, hd.get("Message-ID", "")):
        errors.append(f"{f}: Message-ID / References / In-Reply-To not Gmail's, or In-Reply-To not the last reference")
    if hd.get("Message-ID") in refs: errors.append(f"{f}: the message references itself")
    mr = re.search(r"; +(\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} [+-]\d{4}) \(\w+\)$", hd.get("Received", ""))
    rd = rfc_date(f, mr.group(1)) if mr else None
    if not rd or (date and not datetime.timedelta(0) <= rd - date <= datetime.timedelta(seconds=30)): errors.append(f"{f}: Gmail's Received time is not just after the Date")
    mx = re.search(r"\.(\d{13});", hd.get("X-Received", ""))
    if not mx or (rd and abs(int(mx.group(1)) / 1000 - rd.timestamp()) > 2): errors.append(f"{f}: X-Received's milliseconds are not its time")
    mb = re.fullmatch(r'multipart/alternative; boundary="(0000000000[0-9a-f]{18})"', hd.get("Content-Type", ""))
    if not mb: errors.append(f"{f}: Content-Type not multipart/alternative with a Gmail boundary"); return
    parts = raw.split("\r\n\r\n", 1)[1].split("--" + mb.group(1))
    if parts[0] != "" or len(parts) != 4 or parts[-1] != "--\r\n": errors.append(f"{f}: not two parts closed by the final boundary"); return
    for ct, p in zip(("text/plain", "text/html"), parts[1:3]):
        if not p.startswith(f'\r\nContent-Type: {ct}; charset="UTF-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'):
            errors.append(f"{f}: a part is not {ct} UTF-8 base64"); continue
        ls = p.split("\r\n\r\n", 1)[1].rstrip("\r\n").split("\r\n")
        if any(len(l) != 76 for l in ls[:-1]) or len(ls[-1]) > 76 or any(not re.fullmatch(r"[A-Za-z0-9+/=]+", l) for l in ls):
            errors.append(f"{f}: base64 lines not 76 columns")
    try:
        m = email.message_from_bytes(raw.encode("ascii", "replace"), policy=policy.default)
        plain, htm = [p.get_content() for p in m.walk() if p.get_content_maintype() == "text"]
    except Exception as ex:
        errors.append(f"{f}: the parts do not decode ({ex!r})"); return
    pl = plain.replace("\r\n", "\n").split("\n")
    depth = lambda l: len(l) - len(l.lstrip(">"))
    if any(depth(b) < depth(a) - 1 for a, b in zip(pl, pl[1:])): pass
    attrs = [(i, l) for i, l in enumerate(pl) if re.search(r"(wrote:|ने लिखा:)$", l.lstrip("> "))]
    if len(attrs) != 2: errors.append(f"{f}: not two attribution lines"); return
    prev_d = date.replace(tzinfo=None) if date else None
    for n, (i, l) in enumerate(attrs):
        s = l.lstrip("> ")
        if depth(l) != n: errors.append(f"{f}: attribution {n + 1} at quote depth {depth(l)}")
        if not all(depth(x) >= n + 1 for x in pl[i + 2:] if x.strip(">")): errors.append(f"{f}: text after attribution {n + 1} not quoted deeper")
        me = re.fullmatch(r"On (\w{3}), (\w{3} \d{1,2}, \d{4}) at (\d{1,2}:\d{2} [AP]M) .+ <[^>]+> wrote:", s)
        mh = re.fullmatch(r"(\S+), (\d{1,2}) मार्च (\d{4}) को (\d{1,2}:\d{2} [ap]m) बजे .+ <[^>]+> ने लिखा:", s)
        try:
            if me:
                d = datetime.datetime.strptime(f"{me.group(2)} {me.group(3)}", "%b %d, %Y %I:%M %p")
                if d.strftime("%a") != me.group(1): errors.append(f"{f}: attribution {n + 1}: weekday not the date's")
            elif mh:
                d = datetime.datetime.strptime(f"{mh.group(3)}-03-{mh.group(2)} {mh.group(4).upper()}", "%Y-%m-%d %I:%M %p")
                if HI_DAY.get(mh.group(1)) != d.weekday(): errors.append(f"{f}: attribution {n + 1}: Hindi weekday not the date's")
            else:
                errors.append(f"{f}: attribution {n + 1} not Gmail's English or Hindi form"); continue
        except ValueError:
            errors.append(f"{f}: attribution {n + 1}: not a date"); continue
        if prev_d and d > prev_d: errors.append(f"{f}: attribution {n + 1} is newer than the message quoting it")
        prev_d = d
    fw = [i for i, l in enumerate(pl) if l.lstrip("> ") == "---------- Forwarded message ---------"]
    if len(fw) != 1: errors.append(f"{f}: not one forwarded-message block"); return
    fh = [pl[fw[0] + k].lstrip("> ").split(":")[0] for k in range(1, 5)]
    if fh != ["From", "Date", "Subject", "To"]: errors.append(f"{f}: forwarded header {fh} not From / Date / Subject / To")
    body = "\n".join(l.lstrip("> ") for l in pl[fw[0]:])
    mu = re.search(r"https://arxiv\.org/auth/endorse\?x=([A-Z0-9]{6})\b", body)
    mc = re.search(r"Endorsement Code: ([A-Z0-9]{6})$", body, re.M)
    if not mu or not mc or mu.group(1) != mc.group(1): errors.append(f"{f}: the endorse URL's code is not the Endorsement Code")
    if htm.count('class="gmail_quote"') != 5 or htm.count("<blockquote") != 2: errors.append(f"{f}: the HTML part's gmail_quote / blockquote nesting")
    for e in html_balanced(htm): errors.append(f"{f}: HTML part: {e}")


def shape_checks(f, raw, path):
    n = num(f)
    {957: check_brightspace, 958: check_typora, 959: check_horde, 960: check_frontiers, 961: check_scopus_bib,
     962: check_limesurvey, 963: check_lor, 964: check_constant_contact, 965: check_jiqizhixin,
     966: check_gmail}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
    ctext = normc(alltext)
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
        if norm(t) in ntext and normc(t) not in ctext and (f, t) not in DEVIATIONS:
            errors.append(f"{f}: title written in another letter case, not recorded in DEVIATIONS: {t!r}")
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
            if not aid: errors.append(f"{f}: arxiv-text record without an arxiv_id: {t}"); continue
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
    # a quoted-printable soft break inside a URL is read joined (the id it cuts is not an id of its own)
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*…)", alltext.replace("=\r\n", "")))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round94's and round95's, a byte-identical file counted once), and the round94/round95 split (candidates sorted by
# (uses, catalogue title); round94 = even positions from 2 on, one unbroken run; round95 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P95S = ["/work/rounds/digests-round95/expected.json", "/work/main/tests/data/digests-round95/expected.json"]
P95 = next((p for p in P95S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P95S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round94", "digests-round95") or not os.path.exists(pth): continue
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
odd = sorted(k for k in mine if pos.get(k, 2) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round94 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
if last != 144 or len(mine) != 72: errors.append(f"round94 holds {len(mine)} papers up to position {last}, not the 72 even positions 2..144")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r95 = set()
if P95:
    try:
        r95 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P95)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P95} exists but could not be read (being written?)")
    if r95 & mine: errors.append(f"papers also in round95: {sorted(r95 & mine)}")
shared95 = len(r95 & mine) if P95 else "(no round95 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round94 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round95: {shared95}; papers in more than one round94 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
