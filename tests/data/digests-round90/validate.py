#!/usr/bin/env python3
r"""Checks round90/expected.json against the digests and the shared catalogues.

Adapted from round88/validate.py (the label checks are the same code; the reuse report is round88's with round90 /
round91 in place of round88 / round89: round90 holds the even positions from 2; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round90's and round91's own (a
digests-round90 / digests-round91 folder, or a file whose bytes equal round90's or round91's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round90 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last paper; it
fails on a paper shared with round91's expected.json (read only, from /work/rounds/digests-round91/ or
/work/main/tests/data/digests-round91/, when it exists), and on a paper in more than one round90 file.
Every digest is read raw (UTF-8; line ends and 922's byte-order mark kept) and in decoded forms: 917 its RFC 2047
header words decoded and its body with the `> ` quote marks taken off; 921 without BibTeX braces and with `\url{…}`
unwrapped; 922 every CSV cell; everything: HTML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind (titles wrapped over lines, 922's doubled space); a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 917 Evolution message (ASCII headers in Evolution's set and order with RFC 2047
words of at most 75 characters, `<40 hex.camel@host>` Message-ID, RFC 5322 date, In-Reply-To = the last References
id, `Re: ` subject, `User-Agent: Evolution x.y.z (…) ` with its trailing blank, 8bit UTF-8 text/plain, LF; one Greek
attribution line first — weekday the date's, the name To's, the time before Date —, quoted lines `> …` or `>`, own
lines at most 72 columns, one `-- ` after the last quote; inside the quotes: the forward block's tab-separated
labels, arXiv's mailing — 78-dash rules, the `received from … to …` window, entries `\\` / `arXiv:ID` / `replaced
with revised version <date> GMT (Nkb,D)` / blank / Title / Authors / Categories / Comments with two-space
continuations, at most 79 columns, `\\ ( https://arxiv.org/abs/ID ,  Nkb)` with the same id and size, times inside
the window); 918 Stud.IP Ablaufplan paste (the top bar and course tabs, `… - Ablaufplan`, the semester line, session
heads `Di., DD.MM.YYYY HH:MM - HH:MM (Sitzung|fällt aus)` — weekday the date's, one weekday and one time slot, one
week apart without gaps, inside the summer term —, each held session followed by topic / `Raum:` / `Durchführende
Dozierende:`, blank lines between sessions, the footer); 919 Retype page (front matter of Retype page keys with an
ISO date, an integer order and a tag list, one H1, `[!badge]` with known variants, `!!!` callouts, `+++` tabs and
`==-` / `===` panels opened and closed, tables with the header's cell count and a separator row, `[!ref]` /
`[!embed]` targets); 920 pdftotext pages (a form feed after every page, the last too; a centred `– n –` page number
last on each page, numbered on; one 参考文献 heading; references `[n]` numbered 1, 2 … in order, English entries
`Surname, I., … and Surname, I.:` (or `et al.:`) with `pp.a–b` en dashes and a `(year).` end, Japanese entries with
`：` after the authors, 入手先〈URL〉 followed by （参照 YYYY-MM-DD）; lines at most 90 columns wide); 921 .bib
(balanced entries, unique keys, `%` comments outside entries; IEEE Xplore entries: numeric key, upper-case type,
Xplore's field order, `  name={…},` lines, the trailing blank after the venue and title lines, the entry closed on
the doi line; OpenReview entries with the key on its own line and unindented fields; arXiv exports six-space indented
with `url` = the abs URL of `eprint`; other entries in one field style, the last field without a comma); 922 问卷星
CSV (BOM, bytes = minimal-quoting CSV with CRLF rows, the header, 序号 1, 2 …, `YYYY/M/D H:MM:SS` times non-decreasing,
`N秒`, 来源 / 来源详情 pairs, `a.b.c.d(省-市)` addresses, grades and time slots from the options joined by `┋` in
option order, `(空)` only in the optional question); 923 Invision Community paste (skip link first, the landmarks in
order, the topic title twice, `Por author, D de Mês em forum` = the first post and the breadcrumb's forum, posts as
author / group / `N posts` / `Postado D de Mês` — valid dates, non-decreasing, one group and count per author —,
`(editado)` iff an `Editado … por author` line not before the post, quotes `Em DD/MM/YYYY em HH:MM, author disse:`
naming an earlier post's author and day, one `Expandir` per quote, the post tail `Citar` / `Link para o comentário` /
`Compartilhar em outros sites` / `Mais opções de compartilhamento...`, equal follower counts, the Invision footer
last); 924 SendPulse web version (XHTML 1.0 Transitional doctype and namespace, Content-Type meta first, the hidden
preheader first in the body, every table `role="presentation"`, every image with `alt` and self-closed, XHTML
`<br />`, absolute https links, no script, the unsubscribe link and the SendPulse badge, balanced); 925 Bear Blog page
(doctype, `<html lang>`, `<title>` = h1 | blog title, og:title = h1, canonical = og:url ending in the slug meta,
`<time datetime>` = its `DD Mon, YYYY` text and the published-time meta's date, tag links `/blog/?q=t` showing `#t`,
the Bear footer, balanced); 926 Doodle poll paste (landmarks in order, `N participants` = the vote rows, options
`Tue 12 Mar HH:MM – HH:MM` on their 2024 weekdays, the yes-count row = the ✓ per option, one mark per option from ✓ /
✗ / (✓), `Comments (N)` = the comments shown, each by a participant with a Doodle age, the Doodle footer last).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, datetime, email.header, email.utils, html, io, json, os, re, sys, unicodedata
from collections import Counter
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
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def mime_headers(raw):
    head = raw.split("\n\n", 1)[0]
    out = []
    for line in re.sub(r"\n[ \t]+", " ", head).split("\n"):
        if ":" in line:
            name, val = line.split(":", 1)
            out.append(name + ": " + str(email.header.make_header(email.header.decode_header(val.strip()))))
    return "\n".join(out)


def unquoted(raw):
    """the message body with one level of `> ` / `>` quote marks taken off"""
    body = raw.split("\n\n", 1)[-1]
    return "\n".join(l[2:] if l.startswith("> ") else (l[1:] if l.startswith(">") else l) for l in body.split("\n"))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 917: forms += [mime_headers(raw), unquoted(raw)]
    if n == 921: forms.append(re.sub(r"\\url\{([^{}]*)\}", r"\1", raw).replace("{", "").replace("}", ""))
    if n == 922: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw.lstrip("\ufeff"))) for c in row))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms

# ---------------------------------------------------------------- shape checks
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


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

# ---- 917 Evolution reply with arXiv's mailing in the quotes
EV_ORDER = ["Message-ID", "Subject", "From", "To", "Cc", "Date", "In-Reply-To", "References", "Organization",
            "Content-Type", "Content-Transfer-Encoding", "User-Agent", "MIME-Version"]
EV_OPTIONAL = {"Cc", "Organization"}
GR_WD = ["Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", "Κυρ"]
ARX_RULE, ARX_PCT = "-" * 78, "%%%---" * 13
EV_ATTR = re.compile(r"Στις (\S+), (\d{4}-\d{2}-\d{2}) στις (\d{2}:\d{2}) ([+-]\d{4}), ο/η (.+) έγραψε:")
FWD_LABELS = ["Subject", "Date", "From", "Reply-To", "To"]


def arx_window(s):
    return datetime.datetime.strptime(" ".join(s.split()), "%a %d %b %y %H:%M:%S")


def check_listing(f, fwd):
    win = [re.fullmatch(r" received from  (\w{3} [ \d]\d \w{3} \d{2} [\d:]{8}) GMT  to  (\w{3} [ \d]\d \w{3} \d{2} [\d:]{8}) GMT", l)
           for l in fwd]
    win = [m for m in win if m]
    if len(win) != 1: errors.append(f"{f}: no single 'received from … to …' line in the quoted mailing"); return
    t0, t1 = arx_window(win[0].group(1)), arx_window(win[0].group(2))
    if not t0 < t1: errors.append(f"{f}: mailing window backwards")
    if fwd.count(ARX_RULE) < 4: errors.append(f"{f}: the mailing's 78-dash rules missing")
    for l in fwd:
        if len(l) > 79: errors.append(f"{f}: mailing line longer than 79 columns: {l[:30]!r}")
    starts = [i for i, l in enumerate(fwd) if l == "\\\\"]
    if not starts: errors.append(f"{f}: no mailing entries")
    for s in starts:
        e = s + 1
        while e < len(fwd) and fwd[e] not in (ARX_RULE, ARX_PCT) and not fwd[e].startswith("\\\\ ("): e += 1
        ent = fwd[s + 1:e + 1]
        ma = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", ent[0] if ent else "")
        mr = re.fullmatch(r"replaced with revised version (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8}) GMT   \((\d+)kb,D\)",
                          ent[1] if len(ent) > 1 else "")
        if not ma or not mr or ent[2:3] != [""]: errors.append(f"{f}: mailing entry at {s} lacks arXiv / replaced / blank lines"); continue
        when = datetime.datetime.strptime(mr.group(1), "%a, %d %b %Y %H:%M:%S")
        if when.strftime("%a") != mr.group(1)[:3]: errors.append(f"{f}: {ma.group(1)}: weekday not the date's")
        if not t0 <= when <= t1: errors.append(f"{f}: {ma.group(1)} replaced outside the mailing window")
        fields = []
        for l in ent[3:-1]:
            if l.startswith("  ") and fields: continue
            mf = re.match(r"(Title|Authors|Categories|Comments): \S", l)
            if not mf: errors.append(f"{f}: {ma.group(1)}: field line {l[:30]!r}"); continue
            fields.append(mf.group(1))
        if fields not in (["Title", "Authors", "Categories"], ["Title", "Authors", "Categories", "Comments"]):
            errors.append(f"{f}: {ma.group(1)}: fields {fields} not Title / Authors / Categories [/ Comments]")
        mt = re.fullmatch(r"\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{4,5}) ,  (\d+)kb\)", ent[-1] if ent else "")
        if not mt: errors.append(f"{f}: {ma.group(1)}: no trailer line"); continue
        if mt.group(1) != ma.group(1): errors.append(f"{f}: trailer names {mt.group(1)}, entry is {ma.group(1)}")
        if mt.group(2) != mr.group(2): errors.append(f"{f}: {ma.group(1)}: trailer size differs from the replaced line")


def check_evolution(f, raw):
    lf_final(f, raw)
    if "\n\n" not in raw: errors.append(f"{f}: no blank line after the headers"); return
    head, body = raw.split("\n\n", 1)
    if not head.isascii(): errors.append(f"{f}: raw non-ASCII in the headers (Evolution writes RFC 2047 words)")
    names = []
    for line in head.split("\n"):
        if line[:1] in (" ", "\t"):
            if not names: errors.append(f"{f}: a continuation line first")
            continue
        m = re.match(r"([A-Za-z-]+): (.*)", line)
        if not m: errors.append(f"{f}: header line {line[:30]!r} not 'Name: value'"); continue
        names.append(m.group(1))
    if names != [n for n in EV_ORDER if n in names] or set(EV_ORDER) - EV_OPTIONAL - set(names) or len(set(names)) != len(names):
        errors.append(f"{f}: headers {names} not Evolution's set / order")
    for w in re.findall(r"=\?[^?]+\?[BbQq]\?[^?]*\?=", head):
        if len(w) > 75: errors.append(f"{f}: encoded word longer than 75 characters")
    try:
        dec = dict(l.split(": ", 1) for l in mime_headers(raw).split("\n") if ": " in l)
    except Exception as ex:
        errors.append(f"{f}: an encoded word does not decode ({ex})"); dec = {}
    hd = {}
    for l in re.sub(r"\n[ \t]+", " ", head).split("\n"):
        m = re.match(r"([A-Za-z-]+): (.*)", l)
        if m: hd[m.group(1)] = m.group(2)
    if not re.fullmatch(r"<[0-9a-f]{40}\.camel@[\w.-]+>", hd.get("Message-ID", "")):
        errors.append(f"{f}: Message-ID not Evolution's <40 hex.camel@host>")
    if not re.fullmatch(r"Evolution \d+\.\d+\.\d+ \([^()]+\) ", hd.get("User-Agent", "")):
        errors.append(f"{f}: User-Agent not Evolution's (with its trailing blank)")
    date = None
    if not re.fullmatch(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", hd.get("Date", "")):
        errors.append(f"{f}: Date not an RFC 5322 date")
    else:
        date = email.utils.parsedate_to_datetime(hd["Date"])
        if date.strftime("%a") != hd["Date"][:3]: errors.append(f"{f}: Date's weekday not the date's")
    refs = re.findall(r"<[^<>]+>", hd.get("References", ""))
    if not refs or hd.get("In-Reply-To") != refs[-1]: errors.append(f"{f}: In-Reply-To is not the last References id")
    if not dec.get("Subject", "").startswith("Re: "): errors.append(f"{f}: a reply without 'Re: '")
    if hd.get("Content-Type") != 'text/plain; charset="UTF-8"' or hd.get("Content-Transfer-Encoding") != "8bit" or \
            hd.get("MIME-Version") != "1.0":
        errors.append(f"{f}: not an 8bit UTF-8 text/plain MIME message")
    ls = body.split("\n")[:-1]
    ma = EV_ATTR.fullmatch(ls[0]) if ls else None
    if not ma or sum(1 for l in ls if EV_ATTR.fullmatch(l)) != 1:
        errors.append(f"{f}: the body does not open with Evolution's (Greek) attribution line"); return
    try:
        at = datetime.datetime.strptime(f"{ma.group(2)} {ma.group(3)} {ma.group(4)}", "%Y-%m-%d %H:%M %z")
        if GR_WD[at.weekday()] != ma.group(1): errors.append(f"{f}: attribution weekday not the date's")
        if date and at >= date: errors.append(f"{f}: the quoted message is not older than the reply")
    except ValueError:
        errors.append(f"{f}: attribution date")
    to_name = re.match(r"(.+) <", dec.get("To", ""))
    if not to_name or to_name.group(1) != ma.group(5): errors.append(f"{f}: attribution names {ma.group(5)!r}, not the To: person")
    if len(ls) < 2 or not ls[1].startswith(">"): errors.append(f"{f}: no quoted text after the attribution")
    for i, l in enumerate(ls[1:], 2):
        if l.startswith(">"):
            if l != ">" and not l.startswith("> "): errors.append(f"{f}: body line {i}: quote mark without a blank")
        elif dwidth(l) > 72 and " " in l.strip():
            errors.append(f"{f}: body line {i} longer than Evolution's 72-column wrap")
    if ls.count("-- ") != 1: errors.append(f"{f}: {ls.count('-- ')} signature separators (want 1)"); return
    sig = ls.index("-- ")
    lastq = max((i for i, l in enumerate(ls) if l.startswith(">")), default=-1)
    if sig < lastq: errors.append(f"{f}: the signature is not after the last quote")
    q = [l[2:] if l.startswith("> ") else l[1:] for l in ls if l.startswith(">")]
    k = [i for i, l in enumerate(q) if l == "-------- Forwarded Message --------"]
    if len(k) != 1: errors.append(f"{f}: no single forward block in the quotes"); return
    lab = [re.match(r"(\w[\w-]*): \t\S", l) for l in q[k[0] + 1:k[0] + 6]]
    if [m.group(1) if m else None for m in lab] != FWD_LABELS: errors.append(f"{f}: forward block labels not Subject / Date / From / Reply-To / To with tabs")
    check_listing(f, q[k[0] + 6:])


# ---- 918 Stud.IP Ablaufplan
DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
SIP_HEAD = re.compile(r"(\w\w)\., (\d{2})\.(\d{2})\.(\d{4}) (\d{2}:\d{2}) - (\d{2}:\d{2}) \((Sitzung|fällt aus)\)")


def check_studip(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:2] != ["Stud.IP", "Start\tVeranstaltungen\tNachrichten\tCommunity\tProfil\tPlaner\tSuche\tTools"] or \
            not ls[2].endswith(" - Ablaufplan") or "Ablaufplan" not in ls[3].split("\t") or ls[5:7] != ["Ablaufplan", "Alle Termine zuklappen"]:
        errors.append(f"{f}: top bar / course header / tabs not Stud.IP's")
    if len(ls) < 8 or not re.fullmatch(r"(Sommersemester|Wintersemester) \d{4}(/\d{2})?", ls[7]): errors.append(f"{f}: no semester line")
    heads = [(i, SIP_HEAD.fullmatch(l)) for i, l in enumerate(ls) if SIP_HEAD.fullmatch(l)]
    if not heads: errors.append(f"{f}: no sessions"); return
    prev, slot, wd = None, None, None
    for i, m in heads:
        try:
            d = datetime.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        except ValueError:
            errors.append(f"{f}: line {i + 1}: bad date"); continue
        if DE_WD[d.weekday()] != m.group(1): errors.append(f"{f}: line {i + 1}: weekday {m.group(1)} not the date's")
        if not datetime.date(d.year, 4, 1) <= d <= datetime.date(d.year, 9, 30): errors.append(f"{f}: line {i + 1}: outside the summer term")
        if prev and (d - prev).days != 7: errors.append(f"{f}: line {i + 1}: not one week after the session before")
        if slot and (m.group(5), m.group(6)) != slot: errors.append(f"{f}: line {i + 1}: another time slot")
        if wd and m.group(1) != wd: errors.append(f"{f}: line {i + 1}: another weekday")
        prev, slot, wd = d, (m.group(5), m.group(6)), m.group(1)
        if ls[i - 1] != "": errors.append(f"{f}: line {i + 1}: no blank line before the session")
        if m.group(7) == "Sitzung":
            if not ls[i + 1].strip() or not ls[i + 2].startswith("Raum: ") or not ls[i + 3].startswith("Durchführende Dozierende: "):
                errors.append(f"{f}: line {i + 1}: session not followed by topic / Raum / Durchführende Dozierende")
        elif not ls[i + 1].strip() or ls[i + 2] != "":
            errors.append(f"{f}: line {i + 1}: a cancelled date with more than one note line")
    if not re.fullmatch(r"Stud\.IP \d+\.\d+\tImpressum\tDatenschutzerklärung\tBarrierefreiheit\tHilfe", ls[-2]) or \
            not ls[-1].startswith("Sie sind angemeldet als "):
        errors.append(f"{f}: footer not Stud.IP's")


# ---- 919 Retype
RT_KEYS = {"label", "icon", "order", "author", "date", "tags", "description", "expanded", "visibility", "layout",
           "image", "category", "redirect", "route", "title", "templating", "meta", "nextprev", "toc", "backlinks"}
RT_VARIANTS = {"base", "primary", "secondary", "success", "danger", "warning", "info", "light", "dark", "ghost",
               "contrast", "question", "tip"}


def check_retype(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["---"] or "---" not in ls[1:]: errors.append(f"{f}: no front matter"); return
    end = ls.index("---", 1)
    top = None
    for l in ls[1:end]:
        m = re.fullmatch(r"(\w+):(?: (.*))?", l)
        if m:
            top = m.group(1)
            if top not in RT_KEYS: errors.append(f"{f}: front matter key {top!r} is not a Retype page key")
            v = m.group(2) or ""
            if top == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): errors.append(f"{f}: date not ISO")
            if top == "order" and not re.fullmatch(r"-?\d+", v): errors.append(f"{f}: order not an integer")
            if top == "tags" and not re.fullmatch(r"\[[\w-]+(, [\w-]+)*\]", v): errors.append(f"{f}: tags not a list")
            if not v and top not in ("author",): errors.append(f"{f}: front matter key {top} without a value")
        elif re.fullmatch(r"  \w+: .+", l) and top == "author":
            continue
        else:
            errors.append(f"{f}: front matter line {l!r}")
    rest = ls[end + 1:]
    if sum(1 for l in rest if l.startswith("# ")) != 1: errors.append(f"{f}: not exactly one H1")
    for b in re.findall(r"\[!badge[^\]]*\]", raw):
        mb = re.fullmatch(r'\[!badge (?:variant="(\w+)" )?text="[^"]+"\]', b)
        if not mb or (mb.group(1) and mb.group(1) not in RT_VARIANTS): errors.append(f"{f}: badge {b[:40]!r} not Retype's")
    call = tab = panel = False
    tabs = 0
    for i, l in enumerate(rest, end + 2):
        if l.startswith("!!!"):
            if call:
                if l != "!!!": errors.append(f"{f}: line {i}: callout closed by {l!r}")
                call = False
            else:
                mo = re.fullmatch(r"!!!(\w+)?(?: .+)?", l)
                if not mo or (mo.group(1) and mo.group(1) not in RT_VARIANTS): errors.append(f"{f}: line {i}: callout opening {l!r}")
                call = True
        elif l.startswith("+++"):
            if l == "+++":
                if not tab or tabs == 0: errors.append(f"{f}: line {i}: tabs closed without a tab")
                tab, tabs = False, 0
            elif re.fullmatch(r"\+\+\+ \S.*", l):
                tab, tabs = True, tabs + 1
            else:
                errors.append(f"{f}: line {i}: tab line {l!r}")
        elif l.startswith("==") :
            if l == "===":
                if not panel: errors.append(f"{f}: line {i}: a panel closed that was not open")
                panel = False
            elif re.fullmatch(r"==[=-] \S.*", l):
                if panel: errors.append(f"{f}: line {i}: a panel inside a panel")
                panel = True
            else:
                errors.append(f"{f}: line {i}: panel line {l!r}")
    if call or tab or panel: errors.append(f"{f}: a callout, tab set or panel left open")
    i = 0
    while i < len(rest):
        if rest[i].startswith("|"):
            j = i
            while j < len(rest) and rest[j].startswith("|"): j += 1
            tbl = [[c.strip() for c in r.strip().strip("|").split(" | ")] for r in rest[i:j]]
            if len(tbl) < 2 or not all(re.fullmatch(r":?-+:?", c) for c in tbl[1]): errors.append(f"{f}: table at line {end + 2 + i} without a separator row")
            for r in tbl:
                if len(r) != len(tbl[0]): errors.append(f"{f}: table at line {end + 2 + i}: a row of {len(r)} cells, header has {len(tbl[0])}")
            i = j
        else:
            i += 1
    for m in re.finditer(r"\[!(ref|embed)([^\]]*)\]\(([^)]*)\)", raw):
        if m.group(1) == "ref" and not (m.group(3).endswith(".md") or m.group(3).startswith("https://")): errors.append(f"{f}: ref target {m.group(3)!r}")
        if m.group(1) == "embed" and not m.group(3).startswith("https://"): errors.append(f"{f}: embed target {m.group(3)!r}")


# ---- 920 pdftotext of an IPSJ-style thesis end
IPSJ_AUTH = r"[A-Z][\w'\u00C0-\u024F-]*, (?:[A-Z]\.(?:-[A-Z]\.)?)(?: [A-Z]\.)*"
IPSJ_EN = re.compile(rf"{IPSJ_AUTH}(?:(?:, {IPSJ_AUTH})* and {IPSJ_AUTH}|(?:, {IPSJ_AUTH})* et al\.)?: \S")


def check_pdftotext_ipsj(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n\f"): errors.append(f"{f}: pdftotext ends every page, the last too, with a form feed")
    pages = raw.split("\f")[:-1]
    pno = None
    for k, p in enumerate(pages, 1):
        pl = p.rstrip("\n").split("\n")
        m = re.fullmatch(r"– (\d+) –", pl[-1])
        if not m: errors.append(f"{f}: page {k} does not end with its page number"); continue
        if pno is not None and int(m.group(1)) != pno + 1: errors.append(f"{f}: page {k}: number {m.group(1)} after {pno}")
        pno = int(m.group(1))
        for l in pl:
            if dwidth(l) > 90: errors.append(f"{f}: page {k}: a line wider than the text block: {l[:30]!r}")
    lines = [l for p in pages for l in p.split("\n")]
    if lines.count("参考文献") != 1: errors.append(f"{f}: {lines.count('参考文献')} 参考文献 headings"); return
    h = lines.index("参考文献")
    if h and lines[h - 1] != "" and not lines[h - 1] == "": pass
    refs, cur = [], None
    for l in lines[h + 1:]:
        if re.fullmatch(r"– \d+ –", l) or l == "":
            continue
        if l.startswith("付録"): break
        m = re.match(r"\[(\d+)\] (.*)", l)
        if m: cur = [int(m.group(1)), m.group(2)]; refs.append(cur)
        elif cur: cur[1] += ("" if dwidth(cur[1][-1]) == 2 or dwidth(l[0]) == 2 or cur[1].endswith("/") else " ") + l
        else: errors.append(f"{f}: text before the first reference: {l[:30]!r}")
    if [n for n, _ in refs] != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not numbered 1, 2 … in order")
    for n, t in refs:
        if not (t.endswith(").") or t.endswith("）．")): errors.append(f"{f}: [{n}] does not end with '(year).' or '）．'")
        if t[0] < "\u0250":
            if not IPSJ_EN.match(t) and not re.match(r"[\w ]+: \S", t): errors.append(f"{f}: [{n}] authors not IPSJ's 'Surname, I., … and Surname, I.:'")
        elif "：" not in t: errors.append(f"{f}: [{n}] Japanese entry without '：' after the authors")
        if re.search(r"pp\.\s?\d+-\d+", t): errors.append(f"{f}: [{n}] page range with a hyphen (IPSJ uses an en dash)")
        for mu in re.finditer(r"入手先〈([^〉]*)〉", t):
            if not re.fullmatch(r"https?://\S+", mu.group(1)): errors.append(f"{f}: [{n}] 入手先 without a URL")
            if not re.match(r"（参照 ?\d{4}-\d{2}-\d{2}）", t[mu.end():]): errors.append(f"{f}: [{n}] 入手先 not followed by （参照 YYYY-MM-DD）")
        if not re.search(r"\((19|20)\d\d\)|参照 ?(19|20)\d\d", t): errors.append(f"{f}: [{n}] no year")


# ---- 921 .bib with IEEE Xplore exports
XP_ORDER = ["author", None, "title", "year", "volume", "number", "pages", "keywords", "doi"]


def bib_entries(f, raw):
    """[(type, key, text of the entry, start line)]; `%` lines outside entries are comments"""
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
        if raw[i:eol].strip() and not raw[i:eol].lstrip().startswith("%"):
            errors.append(f"{f}: line {line}: text outside entries that is not a % comment")
        i = eol
    return out


def check_bib(f, raw):
    lf_final(f, raw)
    ents = bib_entries(f, raw)
    keys_ = [k for _, k, _, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    for typ, key, t, ln in ents:
        ls = t.split("\n")
        if key.isdigit():
            if typ not in ("INPROCEEDINGS", "ARTICLE"): errors.append(f"{f}: {key}: Xplore type {typ} not upper-case INPROCEEDINGS / ARTICLE")
            flds = []
            for i, l in enumerate(ls[1:], 1):
                last = i == len(ls) - 1
                mf = re.fullmatch(r"  (\w+)=\{(.*)\}(\}|, |,)", l)
                if not mf: errors.append(f"{f}: {key}: line {l[:30]!r} not Xplore's '  name={{…}},'"); continue
                name, end = mf.group(1), mf.group(3)
                flds.append(name)
                want = "}" if last else (", " if name in ("booktitle", "journal", "title") else ",")
                if end != want: errors.append(f"{f}: {key}: {name} line not ended as Xplore ends it ({want!r})")
            venue = "booktitle" if typ == "INPROCEEDINGS" else "journal"
            if flds != [venue if x is None else x for x in XP_ORDER]: errors.append(f"{f}: {key}: fields {flds} not in Xplore's order")
            md = re.search(r"doi=\{(.*)\}\}$", t)
            if not md or not re.fullmatch(r"10\.\d{4,}/\S+", md.group(1)): errors.append(f"{f}: {key}: doi")
            mp = re.search(r"pages=\{(.*?)\}", t)
            if not mp or not re.fullmatch(r"\d+-\d+", mp.group(1)): errors.append(f"{f}: {key}: pages")
        elif t.startswith(f"@{typ}{{\n"):
            if ls[1] != key + ",": errors.append(f"{f}: {key}: OpenReview key line")
            if any(not re.fullmatch(r"\w+=\{.*\},", l) for l in ls[2:-2]) or not re.fullmatch(r"\w+=\{.*\}", ls[-2]):
                errors.append(f"{f}: {key}: OpenReview fields not unindented 'name={{…}},' (the last without comma)")
            mu = re.search(r"url=\{(.*)\}", t)
            if not mu or not re.fullmatch(r"https://openreview\.net/forum\?id=[\w-]+", mu.group(1)): errors.append(f"{f}: {key}: OpenReview url")
        elif ls[1].startswith("      "):
            fl = {}
            for l in ls[1:-1]:
                mf = re.fullmatch(r"      (\w+)=\{(.*)\}, ?", l)
                if not mf: errors.append(f"{f}: {key}: arXiv export line {l[:30]!r}"); continue
                fl[mf.group(1)] = mf.group(2)
            if fl.get("archivePrefix") != "arXiv" or not re.fullmatch(r"\d{4}\.\d{4,5}", fl.get("eprint", "")):
                errors.append(f"{f}: {key}: arXiv export without archivePrefix / eprint")
            if fl.get("url") != "https://arxiv.org/abs/" + fl.get("eprint", ""): errors.append(f"{f}: {key}: url not the eprint's abs page")
        else:
            body = ls[1:-1]
            seps = []
            for l in body:
                mf = re.fullmatch(r"  (\w+)( *= *)\{.*\},?", l)
                if not mf: errors.append(f"{f}: {key}: field line {l[:30]!r}"); continue
                seps.append(mf.group(2))
            aligned = len({l.index("=") for l in body if "=" in l}) == 1
            if len(set(seps)) > 1 and not aligned: errors.append(f"{f}: {key}: fields neither in one separator style nor aligned on one '=' column")
            if body and body[-1].endswith(","): errors.append(f"{f}: {key}: a comma after the last field")
            if any(not l.endswith(",") for l in body[:-1]): errors.append(f"{f}: {key}: a field without its comma")


# ---- 922 问卷星 CSV
WJX_HEAD = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的姓名：", "2、您的年级：",
            "3、您想讲的论文（请写完整题目，有链接最好）：", "4、一句话推荐理由：", "5、可以讲的时间（多选）：",
            "6、还想听别人讲哪篇？（选填）："]
WJX_SRC = {"微信": "N/A", "手机提交": "直接访问", "链接": "直接访问"}
WJX_GRADES = ["大一", "大二", "大三", "大四", "研一", "研二", "研三", "博一", "博二", "博三", "博四", "博五"]
WJX_SLOTS = ["3月12日（周二）", "3月19日（周二）", "3月26日（周二）", "4月2日（周二）"]


def check_wjx(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark (问卷星's CSV for Excel has one)")
    s = raw.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(s, newline="")))
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != s: errors.append(f"{f}: not minimal-quoting CSV with CRLF rows")
    if not rows or rows[0] != WJX_HEAD: errors.append(f"{f}: header is not the survey's"); return
    prev = None
    for n, r in enumerate(rows[1:], 1):
        if len(r) != len(WJX_HEAD): errors.append(f"{f}: row {n}: {len(r)} cells"); continue
        d = dict(zip(WJX_HEAD, r))
        if d["序号"] != str(n): errors.append(f"{f}: row {n}: 序号 {d['序号']}")
        mt = re.fullmatch(r"(\d{4})/([1-9]\d?)/([1-9]\d?) ([0-2]?\d):(\d\d):(\d\d)", d["提交答卷时间"])
        if not mt: errors.append(f"{f}: row {n}: time not 问卷星's YYYY/M/D H:MM:SS")
        else:
            t = datetime.datetime(*map(int, mt.groups()))
            if prev and t < prev: errors.append(f"{f}: row {n}: submitted before the row above")
            prev = t
        if not re.fullmatch(r"[1-9]\d*秒", d["所用时间"]): errors.append(f"{f}: row {n}: 所用时间")
        if WJX_SRC.get(d["来源"]) != d["来源详情"]: errors.append(f"{f}: row {n}: 来源 / 来源详情 {d['来源']}/{d['来源详情']}")
        if not re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}\([^()\-]+-[^()\-]+\)", d["来自IP"]): errors.append(f"{f}: row {n}: 来自IP")
        if d["2、您的年级："] not in WJX_GRADES: errors.append(f"{f}: row {n}: grade not an option")
        sl = d["5、可以讲的时间（多选）："].split("┋")
        if any(x not in WJX_SLOTS for x in sl) or sl != sorted(sl, key=lambda x: WJX_SLOTS.index(x) if x in WJX_SLOTS else 9) \
                or len(set(sl)) != len(sl):
            errors.append(f"{f}: row {n}: time slots not options joined by ┋ in option order")
        for h in WJX_HEAD[6:-1]:
            if d[h] in ("(空)", ""): errors.append(f"{f}: row {n}: required question {h} empty")


# ---- 923 Invision Community topic paste
PT_MES = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro",
          "Novembro", "Dezembro"]
IPS_TAIL = ["Citar", "Link para o comentário", "Compartilhar em outros sites", "Mais opções de compartilhamento..."]
IPS_MARKS = ["Posts Recomendados", "Crie uma conta ou entre para comentar", "Ir para lista de tópicos", "Tema",
             "Desenvolvido por Invision Community"]


def pt_date(s):
    m = re.fullmatch(r"(\d{1,2}) de (\w+)", s)
    if not m or m.group(2) not in PT_MES: return None
    try:
        return datetime.date(2024, PT_MES.index(m.group(2)) + 1, int(m.group(1)))
    except ValueError:
        return None


def check_ips(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["Ir para conteúdo"]: errors.append(f"{f}: the skip link is not first")
    idx = [ls.index(m) if m in ls else -1 for m in IPS_MARKS]
    if -1 in idx or idx != sorted(idx): errors.append(f"{f}: landmarks {IPS_MARKS} missing or out of order"); return
    if ls[-1] != IPS_MARKS[-1]: errors.append(f"{f}: the Invision footer is not last")
    by = [i for i, l in enumerate(ls[:idx[0]]) if re.fullmatch(r"Por .+, \d{1,2} de \w+ em .+", l)]
    if len(by) != 1: errors.append(f"{f}: no single 'Por …, D de Mês em …' line"); return
    b = by[0]
    if ls[b - 1] != ls[b - 2]: errors.append(f"{f}: topic title not shown twice above the byline")
    mb = re.fullmatch(r"Por (.+), (\d{1,2} de \w+) em (.+)", ls[b])
    if mb.group(3) != ls[b - 3]: errors.append(f"{f}: byline forum {mb.group(3)!r} not the breadcrumb's {ls[b - 3]!r}")
    fol = [l for l in ls if re.fullmatch(r"Seguidores \d+", l)]
    if len(set(fol)) != 1: errors.append(f"{f}: follower counts differ: {fol}")
    body = ls[idx[0] + 1:idx[1]]
    starts = [i for i, l in enumerate(body) if re.fullmatch(r"Postado \d{1,2} de \w+( \(editado\))?", l)]
    posts, users, prev = [], {}, None
    for k, s in enumerate(starts):
        if s < 3: errors.append(f"{f}: post {k + 1}: no author block"); continue
        author, grp, cnt = body[s - 3], body[s - 2], body[s - 1]
        if not re.fullmatch(r"\d+ posts", cnt): errors.append(f"{f}: post {k + 1}: post count {cnt!r}")
        if users.setdefault(author, (grp, cnt)) != (grp, cnt): errors.append(f"{f}: post {k + 1}: {author} changes group / count")
        d = pt_date(body[s].split("Postado ")[1].split(" (")[0])
        if not d: errors.append(f"{f}: post {k + 1}: bad date"); continue
        if prev and d < prev: errors.append(f"{f}: post {k + 1}: earlier than the post above")
        prev = d
        end = (starts[k + 1] - 3) if k + 1 < len(starts) else len(body)
        seg = body[s + 1:end]
        if seg[-4:] != IPS_TAIL: errors.append(f"{f}: post {k + 1}: tail not Citar / Link / Compartilhar / Mais opções")
        ed = [l for l in seg if l.startswith("Editado ")]
        if ("(editado)" in body[s]) != bool(ed): errors.append(f"{f}: post {k + 1}: '(editado)' and the Editado line disagree")
        for l in ed:
            me = re.fullmatch(r"Editado (\d{1,2} de \w+) por (.+)", l)
            if not me or me.group(2) != author or not pt_date(me.group(1)) or pt_date(me.group(1)) < d:
                errors.append(f"{f}: post {k + 1}: Editado line not by the author / before the post")
        quotes = [re.fullmatch(r"Em (\d{2})/(\d{2})/(\d{4}) em (\d{2}):(\d{2}), (.+) disse:", l) for l in seg]
        quotes = [q for q in quotes if q]
        for q in quotes:
            earlier = {(a, dd) for a, dd in posts}
            try:
                qd = datetime.date(int(q.group(3)), int(q.group(2)), int(q.group(1)))
            except ValueError:
                errors.append(f"{f}: post {k + 1}: quote date"); continue
            if (q.group(6), qd) not in earlier: errors.append(f"{f}: post {k + 1}: quotes {q.group(6)} on {qd}, not an earlier post")
        if seg.count("Expandir") != len(quotes): errors.append(f"{f}: post {k + 1}: {len(quotes)} quotes but {seg.count('Expandir')} 'Expandir'")
        posts.append((author, d))
    if not posts: errors.append(f"{f}: no posts"); return
    if mb.group(1) != posts[0][0] or pt_date(mb.group(2)) != posts[0][1]: errors.append(f"{f}: byline not the first post's author / day")


# ---- 924 SendPulse web version
def check_sendpulse(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"'):
        errors.append(f"{f}: not XHTML 1.0 Transitional with its namespace")
    if not re.search(r"<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />", raw):
        errors.append(f"{f}: the Content-Type meta is not first in the head")
    if not re.search(r'<body[^>]*>\n<div style="display:none;[^"]*">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader first in the body")
    for t in re.findall(r"<table\b[^>]*>", raw):
        if 'role="presentation"' not in t: errors.append(f"{f}: a layout table without role=\"presentation\""); break
    for t in re.findall(r"<img\b[^>]*>", raw):
        if " alt=" not in t or not t.endswith(" />"): errors.append(f"{f}: an image without alt or not self-closed: {t[:50]!r}")
    if re.search(r"<br>|<br/>", raw): errors.append(f"{f}: a <br> not written <br />")
    if "<script" in raw.lower(): errors.append(f"{f}: a script in an e-mail")
    for h in re.findall(r'href="([^"]*)"', raw):
        if not h.startswith("https://"): errors.append(f"{f}: link {h[:40]!r} not absolute https")
    if not re.search(r'<a href="https://[^"]+/unsubscribe[^"]*"[^>]*>Відписатися</a>', raw): errors.append(f"{f}: no unsubscribe link")
    if not re.search(r'<a href="https://sendpulse\.com/[^"]*"[^>]*><img [^>]*alt="Sent via SendPulse"', raw): errors.append(f"{f}: no SendPulse badge")
    for b in html_balanced(raw.split("\n", 1)[1]): errors.append(f"{f}: {b}")


# ---- 925 Bear Blog
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def check_bear(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n<html lang=\"") : errors.append(f"{f}: doctype / <html lang> not Bear's")
    g = lambda rx: (re.search(rx, raw, re.S) or [None, None])[1]
    title, h1, blog = g(r"<title>(.*?)</title>"), g(r"<h1>(.*?)</h1>"), g(r'<a class="title" href="/">\s*<h2>(.*?)</h2>')
    if not (title and h1 and blog) or html.unescape(title) != html.unescape(h1) + " | " + html.unescape(blog):
        errors.append(f"{f}: <title> is not h1 | blog title")
    if g(r'<meta property="og:title" content="([^"]*)">') != h1: errors.append(f"{f}: og:title is not the h1")
    canon, ogurl, slug = g(r'<link rel="canonical" href="([^"]*)">'), g(r'<meta property="og:url" content="([^"]*)">'), g(r'<meta name="slug" content="([^"]*)">')
    if not canon or canon != ogurl or not slug or not canon.endswith(f"/{slug}/"): errors.append(f"{f}: canonical / og:url / slug disagree")
    mt = re.search(r'<time datetime="(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z">\s*(\d{2}) (\w{3}), (\d{4})\s*</time>', raw)
    if not mt: errors.append(f"{f}: no <time datetime> with its 'DD Mon, YYYY' text")
    else:
        y, mo, d = mt.group(1), int(mt.group(2)), mt.group(3)
        if (mt.group(6), mt.group(7), mt.group(8)) != (d, EN_MON[mo - 1] if 1 <= mo <= 12 else "", y):
            errors.append(f"{f}: the time's text is not its datetime")
        pub = g(r'<meta property="article:published_time" content="([^"]*)">')
        if not pub or pub[:10] != f"{y}-{mt.group(2)}-{d}": errors.append(f"{f}: published_time's date is not the time's")
    mtags = re.search(r'<p class="tags">\n(.*?)\n        </p>', raw, re.S)
    if not mtags: errors.append(f"{f}: no tag line")
    else:
        for l in mtags.group(1).split("\n"):
            m = re.fullmatch(r'            <a href="/blog/\?q=([\w-]+)">#([\w-]+)</a>', l)
            if not m or m.group(1) != m.group(2): errors.append(f"{f}: tag link {l.strip()[:40]!r}")
    if 'Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a>' not in raw: errors.append(f"{f}: no Bear footer")
    if '<body class="post">' not in raw: errors.append(f"{f}: body not class post")
    for b in html_balanced(raw.split("\n", 1)[1]): errors.append(f"{f}: {b}")


# ---- 926 Doodle poll paste
DOODLE_MARKS = ["Group poll", "Description", "Location", "Duration", "Add a comment", "© 2024 Doodle AG"]


def check_doodle(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:3] != ["Doodle", "Create", "Log in"]: errors.append(f"{f}: top bar not Doodle's")
    idx = [ls.index(m) if m in ls else -1 for m in DOODLE_MARKS]
    if -1 in idx or idx != sorted(idx): errors.append(f"{f}: landmarks missing or out of order"); return
    if ls[-1] != DOODLE_MARKS[-1]: errors.append(f"{f}: Doodle footer not last")
    mp = [i for i, l in enumerate(ls) if re.fullmatch(r"\d+ participants", l)]
    if len(mp) != 1: errors.append(f"{f}: no single 'N participants'"); return
    p = mp[0]
    opts = ls[p + 1].split("\t")
    if opts[0] != "": errors.append(f"{f}: the options row does not start with an empty cell")
    opts = opts[1:]
    for o in opts:
        m = re.fullmatch(r"(\w{3}) (\d{1,2}) (\w{3}) (\d\d:\d\d) – (\d\d:\d\d)", o)
        if not m or m.group(3) not in EN_MON: errors.append(f"{f}: option {o!r}"); continue
        d = datetime.date(2024, EN_MON.index(m.group(3)) + 1, int(m.group(2)))
        if d.strftime("%a") != m.group(1): errors.append(f"{f}: option {o!r}: weekday not the date's")
        if m.group(4) >= m.group(5): errors.append(f"{f}: option {o!r}: ends before it starts")
    counts = ls[p + 2].split("\t")
    rows = []
    for l in ls[p + 3:]:
        if l == "": break
        rows.append(l.split("\t"))
    if len(rows) != int(ls[p].split()[0]): errors.append(f"{f}: {ls[p]} but {len(rows)} vote rows")
    for r in rows:
        if len(r) != len(opts) + 1 or any(x not in ("✓", "✗", "(✓)") for x in r[1:]): errors.append(f"{f}: vote row {r[0]!r} malformed")
    if counts[0] != "" or len(counts) != len(opts) + 1: errors.append(f"{f}: count row malformed")
    else:
        for i in range(len(opts)):
            if counts[i + 1] != str(sum(1 for r in rows if len(r) > i + 1 and r[i + 1] == "✓")):
                errors.append(f"{f}: option {i + 1}: count {counts[i + 1]} is not the number of ✓")
    mc = [i for i, l in enumerate(ls) if re.fullmatch(r"Comments \(\d+\)", l)]
    if len(mc) != 1: errors.append(f"{f}: no single 'Comments (N)'"); return
    com = ls[mc[0] + 1:idx[4]]
    n = int(ls[mc[0]].split("(")[1].rstrip(")"))
    if len(com) != 3 * n: errors.append(f"{f}: Comments ({n}) but {len(com) / 3:g} comments shown")
    names = {r[0] for r in rows}
    for i in range(0, len(com) - 2, 3):
        if com[i] not in names: errors.append(f"{f}: a comment by {com[i]!r}, not a participant")
        if not re.fullmatch(r"(\d+ (days|hours|minutes) ago|yesterday|today)", com[i + 1]): errors.append(f"{f}: comment age {com[i + 1]!r}")


def shape_checks(f, raw, path):
    n = num(f)
    {917: check_evolution, 918: check_studip, 919: check_retype, 920: check_pdftotext_ipsj, 921: check_bib,
     922: check_wjx, 923: check_ips, 924: check_sendpulse, 925: check_bear,
     926: check_doodle}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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

# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round90's and round91's, a byte-identical file counted once), and the round90/round91 split (candidates sorted by
# (uses, catalogue title); round90 = even positions from 2 on, one unbroken run; round91 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P91S = ["/work/rounds/digests-round91/expected.json", "/work/main/tests/data/digests-round91/expected.json"]
P91 = next((p for p in P91S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P91S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round90", "digests-round91") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round90 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r91 = set()
if P91:
    try:
        r91 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P91)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P91} exists but could not be read (being written?)")
    if r91 & mine: errors.append(f"papers also in round91: {sorted(r91 & mine)}")
shared91 = len(r91 & mine) if P91 else "(no round91 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round90 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round91: {shared91}; papers in more than one round90 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
