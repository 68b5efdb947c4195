#!/usr/bin/env python3
r"""Checks round30/expected.json against the digests and the shared catalogues.

Adapted from round29/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–29 — all from /work/main/tests/data — tells how many papers round29 also used, and which papers round30 uses
in more than one file; the readers and shape checks are new). Each digest is read in its raw form and in decoded
forms, the way a reader of that shape would see it:
  - pdftotext output (318): the raw text, form feeds as line breaks;
  - BYOR radar CSV (319): each row's cells parsed with the csv module, the description's HTML removed (each link
    followed by its target);
  - Word / Google Docs plain text (320, 324): the text without its byte-order mark;
  - .eml (321): the Subject, then the 8bit UTF-8 body decoded;
  - OJS HTML galley (325): the text with tags removed (each link followed by its target) and the meta tags' contents;
  - the copied pages (317, 322, 323, 326): the raw text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (wrapped over lines in
318, 320, 321), or only in a decoded form, is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 30
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 317 (Wikipedia talk page copied, DiscussionTools): LF, final newline; the skip link, an "Alderique:" title, the
    tagline; every signature "<User> (alderique) HH:MM D mmm YYYY (UTC)" (Asturian month abbreviations) ends a
    comment followed by "Responder"; per topic "Últimu comentariu: <date> por <user>" = its latest signature,
    "<n> comentarios" = its signatures, "<k> persones na discusión" = its distinct signers, signatures in time order;
    the page-level "Últimu comentariu" and the footer's last-edited time = the latest signature;
  - 318 (pdftotext of a book of abstracts): every page ends with a form feed; every page but the cover ends with the
    running footer and its page number, numbered from 2; the programme's times ascending, each talk's page starts
    with the talk's title; per abstract the authors' affiliation numbers = the affiliations listed, references
    numbered 1..N and the citations in the text = 1..N; the author index's pages hold the author's name;
  - 319 (BYOR CSV): CRLF rows, the header `name,ring,quadrant,isNew,description`, five cells a row, ring and quadrant
    from the radar's sets (all four of each used), isNew TRUE/FALSE, unique names, rows sorted by quadrant then ring,
    the description's HTML tags balanced and its links https;
  - 320 (Word › Plain Text): byte-order mark, CRLF only, final CRLF; endnote markers first used in the order 1..N and
    the endnotes numbered 1..N after the body; bullets "•\t"; numbered items "n.\t" from 1; table rows with the same
    number of tab-separated cells;
  - 321 (.eml, 8bit): CRLF only; the headers present once; UTF-8 8bit text/plain; ASCII headers ≤ 78 columns; body
    lines ≤ 78 unless a URL; Date on its weekday; the ticket number in Subject = Message-ID = footer = rating URL;
    In-Reply-To in References; the quoted question's "Dina <day>, …" on its weekday and before Date; quoted lines
    after the "nyerat:" line;
  - 322 (OJS article page copied): breadcrumb volume/number/year = the Issue field = How to Cite's volume(issue) and
    year; Section = the breadcrumb's section; the DOI line = How to Cite's DOI; Published year = the issue's year;
    pages ascending; the reviewed book's ISBN-13 check digit;
  - 323 (news interview copied): no apostrophe, U+2018 or U+2019 (the ʻokina is U+02BB); speakers' initials declared
    in the intro, questions and answers alternating from the interviewer to the interviewee; "Heluhelu: n minuke" =
    the intro and Q&A's words / 200 rounded up; the update not before the publication;
  - 324 (Google Docs › Plain text): byte-order mark, CRLF only, final CRLF; sections numbered 1..N; the abstract
    within its stated word limit; the PC count = the PC list; the schedule's times ascending from the stated start to
    the stated end, which is the stated number of hours; citations first used in the order 1..N = the references;
    comment anchors [a], [b]… in order in the text and each once at the end;
  - 325 (OJS HTML galley): doctype, `lang="ny"`, tags balanced; citation_doi = the DOI link; first page ≤ last page;
    date YYYY/MM/DD; one citation_reference per reference, in order, each one's citation_title in its list item;
    list items r1..rN; in-text citations first used in the order 1..N, every target present;
  - 326 (NEGATIVE, Devpost gallery copied): "Submissions (n)" = the cards; likes descending ("Sort by: Popular");
    each winner's prize in the prize list, each prize once, "n prizes" = the list; dates in order (open, deadline,
    judging, winners) and open/deadline within the hackathon's dates.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–29."""

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
        if tag in ("p", "li", "h1", "h2", "br", "tr", "title"): self.out.append("\n")

    def handle_endtag(self, tag):
        if tag == "a" and self.href: self.out.append(f" <{self.href.pop()}>")

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Text(); p.feed(s); p.close()
    return "".join(p.out)


def radar_text(raw):
    """319: the CSV's cells, one a line, and the descriptions as text"""
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    cells = "\n".join(c for r in rows for c in r)
    return [cells, html_text(cells)]


def eml_text(raw):
    """321: the Subject decoded, then the body"""
    m = email.message_from_string(raw)
    subj = str(make_header(decode_header(m.get("Subject", ""))))
    body = raw.partition("\r\n\r\n")[2].replace("\r\n", "\n")  # 8bit: the stored text is the body
    return [subj + "\n\n" + body]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 318: forms += [raw.replace("\f", "\n")]
    if n == 319: forms += radar_text(raw)
    if n in (320, 324): forms += [raw.lstrip("\ufeff")]
    if n == 321: forms += eml_text(raw)
    if n == 325: forms += [html_text(raw)]
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
AST_MON = ["xin", "feb", "mar", "abr", "may", "xun", "xnt", "ago", "set", "och", "pay", "avi"]
SIG = re.compile(r"(\S+) \(alderique\) (\d\d):(\d\d) (\d{1,2}) (" + "|".join(AST_MON) + r") (\d{4}) \(UTC\)$")


def astdate(d, m, y, hh="0", mm="0"):
    return datetime(int(y), AST_MON.index(m) + 1, int(d), int(hh), int(mm))


def check_talk(f, raw):
    """317: a Wikipedia talk page copied as text (DiscussionTools)"""
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if L[0] != "Saltar al conteníu" or not any(l.startswith("Alderique:") for l in L[:12]) or \
            "De Wikipedia, la enciclopedia llibre" not in L:
        errors.append(f"{f}: not the talk page's chrome")
    sigs = []
    for k, l in enumerate(L):
        m = SIG.search(l)
        if m:
            if k + 1 >= len(L) or L[k + 1] != "Responder": errors.append(f"{f}: signature on line {k + 1} not followed by 'Responder'")
            sigs.append((k, m.group(1), astdate(m.group(4), m.group(5), m.group(6), m.group(2), m.group(3))))
        elif "(alderique)" in l:
            errors.append(f"{f}: malformed signature on line {k + 1}")
    if not sigs: errors.append(f"{f}: no signatures"); return
    latest = max(sigs, key=lambda s: s[2])
    lc = [(k, m) for k, l in enumerate(L) if (m := re.fullmatch(r"Últimu comentariu: (\d{1,2}) (\w+) (\d{4}) por (\S+)", l))]
    topics = [(k, m) for k, m in lc if k + 2 < len(L) and re.fullmatch(r"\d+ comentarios?", L[k + 1])]
    pagelevel = [(k, m) for k, m in lc if (k, m) not in topics]
    if len(pagelevel) != 1: errors.append(f"{f}: not one page-level 'Últimu comentariu'")
    else:
        m = pagelevel[0][1]
        if m.group(4) != latest[1] or astdate(m.group(1), m.group(2), m.group(3)).date() != latest[2].date():
            errors.append(f"{f}: page-level last comment is not the latest signature ({latest[1]}, {latest[2]:%d %b})")
    ends = [k - 1 for k, _ in topics[1:]] + [L.index("Amestar tema", topics[-1][0]) if topics and "Amestar tema" in L[topics[-1][0]:] else len(L)]
    for (k, m), e in zip(topics, ends):
        ts = [s for s in sigs if k < s[0] < e]
        n = int(L[k + 1].split()[0])
        pm = re.fullmatch(r"(\d+) persones? na discusión", L[k + 2])
        head = L[k - 1]
        if n != len(ts): errors.append(f"{f}: topic {head!r}: {n} comentarios but {len(ts)} signatures")
        if not pm or int(pm.group(1)) != len({s[1] for s in ts}): errors.append(f"{f}: topic {head!r}: people count is not its signers")
        if ts:
            if [s[2] for s in ts] != sorted(s[2] for s in ts): errors.append(f"{f}: topic {head!r}: signatures out of time order")
            lt = max(ts, key=lambda s: s[2])
            if m.group(4) != lt[1] or astdate(m.group(1), m.group(2), m.group(3)).date() != lt[2].date():
                errors.append(f"{f}: topic {head!r}: last comment line is not its latest signature")
    fm = re.search(r"^Esta páxina editóse per última vegada el (\d{1,2}) (\w+) (\d{4}) a les (\d\d):(\d\d)\.$", raw, re.M)
    if not fm or astdate(fm.group(1), fm.group(2), fm.group(3), fm.group(4), fm.group(5)) != latest[2]:
        errors.append(f"{f}: the footer's last edit is not the latest signature")


BOA_FOOT = "Ghjurnata IA Corsica 2024 — Libru di i riassunti"


def check_boa(f, raw):
    """318: pdftotext of a book of abstracts"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: the last page not ended by a form feed"); return
    pages = [p.rstrip("\n").split("\n") for p in raw.split("\f")[:-1]]
    if pages[0][-1].strip().isdigit(): errors.append(f"{f}: a page number on the cover")
    for i, p in enumerate(pages[1:], 2):
        if p[-1] != str(i) or p[-2] != BOA_FOOT: errors.append(f"{f}: page {i} does not end with the footer and its number")
    prog = pages[1]
    if prog[0] != "Prugramma": errors.append(f"{f}: page 2 is not the programme"); return
    rows = [re.fullmatch(r"(\d\d:\d\d) (.+?)(?: \. \. \. (\d+))?", l) for l in prog[2:-3] if l]
    if not all(rows): errors.append(f"{f}: a programme line malformed"); return
    ts = [r.group(1) for r in rows]
    if ts != sorted(ts) or len(set(ts)) != len(ts): errors.append(f"{f}: programme times not ascending")
    apages = []
    for r in rows:
        if r.group(3):
            pn = int(r.group(3))
            if not 1 <= pn <= len(pages): errors.append(f"{f}: programme page {pn} out of range"); continue
            head = " ".join(pages[pn - 1][:3])
            if not head.startswith(r.group(2)): errors.append(f"{f}: page {pn} does not start with {r.group(2)[:40]!r}")
            apages.append(pn)
    for pn in apages:
        p = pages[pn - 1]
        try:
            ai = next(k for k, l in enumerate(p) if re.search(r"[^\W\d]\d+(?:,\d+)* ,|[^\W\d]\d+(?:,\d+)*$", l))
        except StopIteration:
            errors.append(f"{f}: page {pn}: no author line"); continue
        used = {int(x) for grp in re.findall(r"[^\W\d](\d+(?:,\d+)*)(?= ,|$)", p[ai]) for x in grp.split(",")}
        affs = []
        for l in p[ai + 1:]:
            m = re.match(r"(\d+) \S", l)
            if not m: break
            affs.append(int(m.group(1)))
        if affs != list(range(1, len(affs) + 1)) or set(affs) != used: errors.append(f"{f}: page {pn}: affiliations {affs} but authors use {sorted(used)}")
        try:
            ri = p.index("Rifarenze"); ki = next(k for k, l in enumerate(p) if l.startswith("Parolle chjave:"))
        except (ValueError, StopIteration):
            errors.append(f"{f}: page {pn}: no keywords or references"); continue
        listed = [int(m.group(1)) for l in p[ri + 1:] if (m := re.match(r"\[(\d+)\] ", l))]
        cited = {int(x) for x in re.findall(r"\[(\d+)\]", "\n".join(p[ai:ki]))}
        if listed != list(range(1, len(listed) + 1)) or cited != set(listed): errors.append(f"{f}: page {pn}: references {listed}, cited {sorted(cited)}")
    idx = pages[-1]
    if idx[0] != "Indice di l'autori": errors.append(f"{f}: the last page is not the author index"); return
    for l in idx[2:-3]:
        m = re.fullmatch(r"(\S+), [A-Z. ]+ (\d+)", l)
        if not m: errors.append(f"{f}: index line {l!r} malformed"); continue
        pn = int(m.group(2))
        if pn not in apages or m.group(1) not in " ".join(pages[pn - 1][:6]): errors.append(f"{f}: index: {m.group(1)} is not on page {pn}")


RINGS = ["Adopt", "Trial", "Assess", "Hold"]
QUADS = ["Techniques", "Tools", "Platforms", "Languages & Frameworks"]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack, self.bad, self.hrefs = [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "a": self.hrefs.append(dict(attrs).get("href") or "")
        if tag not in ("meta", "br", "img", "link", "hr", "input"): self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag: self.stack.pop()
        else: self.bad += 1


def tags_ok(s):
    p = _Tags(); p.feed(s); p.close()
    return p.bad == 0 and not p.stack, p.hrefs


def check_radar(f, raw):
    """319: the radar as Build Your Own Radar's CSV"""
    if re.search(r"(?<!\r)\n", raw) or not raw.endswith("\r\n"): errors.append(f"{f}: rows not ended by CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != ["name", "ring", "quadrant", "isNew", "description"]: errors.append(f"{f}: header {rows[0]}"); return
    body = rows[1:]
    keys = []
    for r in body:
        if len(r) != 5: errors.append(f"{f}: row {r[:1]} has {len(r)} cells"); continue
        name, ring, quad, new, desc = r
        if ring not in RINGS or quad not in QUADS: errors.append(f"{f}: {name!r}: ring {ring!r} / quadrant {quad!r} not the radar's"); continue
        if new not in ("TRUE", "FALSE"): errors.append(f"{f}: {name!r}: isNew {new!r}")
        ok, hrefs = tags_ok(desc)
        if not ok: errors.append(f"{f}: {name!r}: description's HTML tags not balanced")
        if any(not h.startswith("https://") for h in hrefs): errors.append(f"{f}: {name!r}: a link that is not https")
        keys.append((QUADS.index(quad), RINGS.index(ring)))
    names = [r[0] for r in body]
    if len(set(names)) != len(names): errors.append(f"{f}: a blip name twice")
    if keys != sorted(keys): errors.append(f"{f}: rows not sorted by quadrant and ring")
    if {k[0] for k in keys} != set(range(4)) or {k[1] for k in keys} != set(range(4)): errors.append(f"{f}: not all four quadrants and rings used")


def check_word_txt(f, raw):
    """320: Word's Save As Plain Text (UTF-8)"""
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark")
    crlf_only(f, raw)
    L = raw.lstrip("\ufeff").rstrip("\r\n").split("\r\n")
    try:
        ni = L.index("Ebyawandiikiddwa")
    except ValueError:
        errors.append(f"{f}: no endnotes heading"); return
    first = []
    for x in re.findall(r"\[(\d+)\]", "\n".join(L[:ni])):
        if int(x) not in first: first.append(int(x))
    notes_ = [int(m.group(1)) for l in L[ni + 1:] if (m := re.match(r"\[(\d+)\] \S", l))]
    if len(notes_) != len(L[ni + 1:]): errors.append(f"{f}: a line after the endnotes heading that is not an endnote")
    if first != list(range(1, len(first) + 1)) or notes_ != first: errors.append(f"{f}: endnote markers first used {first}, endnotes {notes_}")
    if any(l.startswith("•") and not l.startswith("•\t") for l in L): errors.append(f"{f}: a bullet without Word's tab")
    nums = [int(m.group(1)) for l in L if (m := re.match(r"(\d+)\.\t", l))]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: numbered items {nums}")
    cells = {l.count("\t") for l in L if "\t" in l and not l.startswith("•") and not re.match(r"\d+\.\t", l)}
    if len(cells) > 1: errors.append(f"{f}: table rows with different numbers of cells")


SU_DAYS = ["Sen", "Sal", "Rab", "Kem", "Jum", "Sap", "Min"]


def check_libeml(f, raw):
    """321: the library's answer as stored (.eml, 8bit)"""
    crlf_only(f, raw, final=False)
    head, _, body = raw.partition("\r\n\r\n")
    if any(ord(c) > 127 for c in head): errors.append(f"{f}: 8-bit characters in the header")
    for l in head.split("\r\n"):
        if len(l) > 78: errors.append(f"{f}: header line over 78 columns: {l[:30]!r}")
    m = email.message_from_string(raw)
    for h in ("Date", "From", "To", "Subject", "Message-ID", "In-Reply-To", "References", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8" or m.get("Content-Transfer-Encoding") != "8bit":
        errors.append(f"{f}: not a text/plain UTF-8 8bit message")
    for l in body.split("\r\n"):
        if len(l) > 78 and not re.fullmatch(r"\s*https?://\S+", l): errors.append(f"{f}: body line over 78 columns: {l[:30]!r}")
    try:
        d = parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(d.strftime("%a, ")): errors.append(f"{f}: Date not on its weekday")
    except (TypeError, ValueError):
        errors.append(f"{f}: Date unreadable"); return
    subj = " ".join(str(m["Subject"]).split())
    t = re.search(r"\[Patarosan #(\d+)\]", subj)
    if not t: errors.append(f"{f}: no ticket number in Subject"); return
    n = t.group(1)
    if f"<ticket-{n}-" not in m["Message-ID"] or f"Patarosan #{n} |" not in body or f"rate?t={n}\r\n" not in body:
        errors.append(f"{f}: the ticket number differs between Subject, Message-ID and footer")
    if m["In-Reply-To"].strip() not in m["References"].split(): errors.append(f"{f}: In-Reply-To not in References")
    q = re.search(r"^Dina (\w+), (\d{1,2}) (\w{3}) (\d{4}) jam (\d\d)\.(\d\d), [^<\r\n]+<\r\n\S+@\S+> nyerat:\r?$", body, re.M)
    if not q: errors.append(f"{f}: no quoted question line"); return
    qd = datetime.strptime(f"{q.group(2)} {q.group(3)} {q.group(4)} {q.group(5)}:{q.group(6)}", "%d %b %Y %H:%M")
    if SU_DAYS[qd.weekday()] != q.group(1): errors.append(f"{f}: the question's date not on its weekday")
    if qd >= d.replace(tzinfo=None): errors.append(f"{f}: the question is not before the answer")
    rest = body[q.end():].strip("\r\n").split("\r\n")
    if any(not l.startswith(">") for l in rest): errors.append(f"{f}: an unquoted line after the 'nyerat:' line")


def isbn13_ok(s):
    d = re.sub(r"[^\dX]", "", s)
    return len(d) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0


def check_ojs_review(f, raw):
    """322: an OJS article page copied as text"""
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    bm = re.search(r"^Home / Archives / Vol\. (\d+) No\. (\d+) \((\d{4})\) / (.+)$", raw, re.M)
    if not bm: errors.append(f"{f}: no breadcrumb"); return
    v, n, y, sec = bm.groups()
    fld = lambda name: L[L.index(name) + 1] if name in L else None
    if fld("Issue") != f"Vol. {v} No. {n} ({y})": errors.append(f"{f}: Issue field is not the breadcrumb's issue")
    if fld("Section") != sec: errors.append(f"{f}: Section field is not the breadcrumb's section")
    pub = fld("Published") or ""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub) or pub[:4] != y: errors.append(f"{f}: Published {pub!r} not a date in {y}")
    cite = fld("How to Cite") or ""
    cm = re.search(r"\((\d{4})\)\. .+, (\d+)\((\d+)\), (\d+)–(\d+)\. https://doi\.org/(\S+)$", cite)
    dm = re.search(r"^DOI: https://doi\.org/(\S+)$", raw, re.M)
    if not cm or not dm: errors.append(f"{f}: How to Cite or DOI line unreadable"); return
    if (cm.group(1), cm.group(2), cm.group(3)) != (y, v, n): errors.append(f"{f}: How to Cite's year/volume/issue not the issue's")
    if int(cm.group(4)) > int(cm.group(5)): errors.append(f"{f}: pages not ascending")
    if cm.group(6) != dm.group(1): errors.append(f"{f}: How to Cite's DOI is not the DOI line's")
    im = re.search(r"ISBN ([\d-]+X?)", raw)
    if not im or not isbn13_ok(im.group(1)): errors.append(f"{f}: the book's ISBN-13 check digit is wrong")


HAW_MON = ["Ianuali", "Pepeluali", "Malaki", "ʻApelila", "Mei", "Iune", "Iulai", "ʻAukake", "Kepakemapa", "ʻOkakopa", "Nowemapa", "Kekemapa"]


def hawdate(s):
    m = re.fullmatch(r"(\S+) (\d{1,2}), (\d{4})", s)
    return datetime(int(m.group(3)), HAW_MON.index(m.group(1)) + 1, int(m.group(2)))


def check_interview(f, raw):
    """323: a news interview copied as text"""
    lf_final(f, raw)
    bad = [c for c in ("'", "\u2018", "\u2019") if c in raw]
    if bad: errors.append(f"{f}: {bad} used (the site writes the ʻokina as U+02BB)")
    L = raw.rstrip("\n").split("\n")
    try:
        i0 = next(k for k, l in enumerate(L) if re.search(r"\([A-Z]{2}\).*\([A-Z]{2}\)", l))
    except StopIteration:
        errors.append(f"{f}: no intro declaring the speakers"); return
    who = re.findall(r"\(([A-Z]{2})\)", L[i0])
    qa = [(k, m.group(1)) for k, l in enumerate(L) if (m := re.match(r"([A-Z]{2}): ", l))]
    if not qa or qa[0][0] != i0 + 1: errors.append(f"{f}: Q&A does not follow the intro")
    sp = [s for _, s in qa]
    if any(s not in who for s in sp): errors.append(f"{f}: a speaker not declared in the intro")
    if sp != [who[k % 2] for k in range(len(sp))] or len(sp) % 2: errors.append(f"{f}: questions and answers do not alternate from {who[0]} to {who[1]}")
    if qa and [k for k, _ in qa] != list(range(i0 + 1, i0 + 1 + len(qa))): errors.append(f"{f}: a non-Q&A paragraph inside the Q&A")
    words = sum(len(L[k].split()) for k in range(i0, (qa[-1][0] if qa else i0) + 1))
    rm = re.search(r"^Heluhelu: (\d+) minuke$", raw, re.M)
    if not rm or int(rm.group(1)) != math.ceil(words / 200): errors.append(f"{f}: reading time is not {math.ceil(words / 200)} minutes ({words} words)")
    try:
        pub = next(hawdate(l) for l in L if re.fullmatch(r"\S+ \d{1,2}, \d{4}", l))
        upd = hawdate(re.search(r"^Hōʻano hou ʻia: (.+)$", raw, re.M).group(1))
        if upd < pub: errors.append(f"{f}: updated before it was published")
    except (StopIteration, AttributeError, ValueError) as ex:
        errors.append(f"{f}: dates unreadable ({ex!r})")


def check_gdocs(f, raw):
    """324: Google Docs › Download › Plain text"""
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark")
    crlf_only(f, raw)
    L = raw.lstrip("\ufeff").rstrip("\r\n").split("\r\n")
    secs = [(k, int(m.group(1))) for k, l in enumerate(L) if (m := re.match(r"(\d+)\. \S", l)) and not l.startswith("* ")]
    if [s for _, s in secs] != list(range(1, len(secs) + 1)): errors.append(f"{f}: sections not numbered 1..N")
    sec = lambda n: next((k for k, s in secs if s == n), None)
    k1 = sec(1)
    wm = re.search(r"\((\d+) simi qhipallan\)", L[k1]) if k1 is not None else None
    if not wm or len(L[k1 + 1].split()) > int(wm.group(1)): errors.append(f"{f}: the abstract is over its word limit")
    k5 = sec(5)
    pm = re.search(r"(\d+) runa\)$", L[k5]) if k5 is not None else None
    if pm:
        j, n = k5 + 1, 0
        while L[j].startswith("* "): n += 1; j += 1
        if n != int(pm.group(1)): errors.append(f"{f}: PC count {pm.group(1)} but {n} listed")
    else: errors.append(f"{f}: no PC count")
    k6 = sec(6)
    sm = re.search(r"(\d\d:\d\d)–(\d\d:\d\d), llapan (\d+) ura\)$", L[k6]) if k6 is not None else None
    if not sm: errors.append(f"{f}: schedule heading unreadable")
    else:
        times, j = [], k6 + 1
        while j < len(L) and re.fullmatch(r"\d\d:\d\d", L[j]): times.append(L[j]); j += 2
        tt = [datetime.strptime(t, "%H:%M") for t in times]
        if tt != sorted(tt) or len(set(tt)) != len(tt) or times[0] != sm.group(1) or times[-1] != sm.group(2) \
                or (tt[-1] - tt[0]) != timedelta(hours=int(sm.group(3))):
            errors.append(f"{f}: schedule {times[0] if times else '?'}–{times[-1] if times else '?'} is not the stated {sm.group(1)}–{sm.group(2)}, {sm.group(3)} h")
    kr = secs[-1][0]
    first = []
    for x in re.findall(r"\[(\d+)\]", "\n".join(L[:kr])):
        if int(x) not in first: first.append(int(x))
    listed = [int(m.group(1)) for l in L[kr + 1:] if (m := re.match(r"\[(\d+)\] ", l))]
    if first != list(range(1, len(first) + 1)) or listed != first: errors.append(f"{f}: citations first used {first}, references {listed}")
    anchors = re.findall(r"\[([a-z])\]", "\n".join(L[:kr]))
    comments = [m.group(1) for l in L[kr + 1:] if (m := re.match(r"\[([a-z])\]\S", l))]
    exp_ = [chr(97 + i) for i in range(len(anchors))]
    if anchors != exp_ or comments != exp_: errors.append(f"{f}: comment anchors {anchors}, comments {comments}")


class _Galley(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.lis, self.cites, self.in_li, self.in_refs, self.cur = [], [], [], None, False, []
        self.stack, self.bad, self.lang = [], 0, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html": self.lang = a.get("lang")
        if tag == "meta" and a.get("name"): self.meta.append((a["name"], a.get("content", "")))
        if tag == "ol" and a.get("class") == "references": self.in_refs = True
        if tag == "li" and self.in_refs: self.in_li = a.get("id"); self.cur = []
        if tag == "a" and not self.in_refs and (a.get("href") or "").startswith("#"): self.cites.append(a["href"][1:])
        if tag not in ("meta", "br", "img", "link", "hr", "input"): self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "li" and self.in_li is not None: self.lis.append((self.in_li, "".join(self.cur))); self.in_li = None
        if tag == "ol": self.in_refs = False
        if self.stack and self.stack[-1] == tag: self.stack.pop()
        else: self.bad += 1

    def handle_data(self, d):
        if self.in_li is not None: self.cur.append(d)


def check_galley(f, raw):
    """325: an OJS HTML galley"""
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: no HTML doctype")
    p = _Galley(); p.feed(raw); p.close()
    if p.bad or p.stack: errors.append(f"{f}: tags not balanced")
    if p.lang != "ny": errors.append(f"{f}: html lang is {p.lang!r}")
    meta = {}
    for k, v in p.meta: meta.setdefault(k, []).append(v)
    doi = (meta.get("citation_doi") or [""])[0]
    if not doi or f'href="https://doi.org/{doi}"' not in raw: errors.append(f"{f}: citation_doi is not the DOI link")
    try:
        if int(meta["citation_firstpage"][0]) > int(meta["citation_lastpage"][0]): errors.append(f"{f}: first page after last page")
    except (KeyError, ValueError):
        errors.append(f"{f}: pages missing")
    if not re.fullmatch(r"\d{4}/\d\d/\d\d", (meta.get("citation_publication_date") or [""])[0]): errors.append(f"{f}: citation_publication_date not YYYY/MM/DD")
    ids = [i for i, _ in p.lis]
    if ids != [f"r{k}" for k in range(1, len(ids) + 1)]: errors.append(f"{f}: reference items {ids}")
    refs = meta.get("citation_reference", [])
    if len(refs) != len(p.lis): errors.append(f"{f}: {len(refs)} citation_reference tags for {len(p.lis)} references")
    for k, (r, (i, txt)) in enumerate(zip(refs, p.lis) if len(refs) == len(p.lis) else [], 1):
        tm = re.search(r"citation_title=([^;]+);", r)
        if not tm or " ".join(tm.group(1).split()) not in " ".join(txt.split()): errors.append(f"{f}: citation_reference {k}'s title is not in reference {i}")
    first = []
    for c in p.cites:
        if c not in first: first.append(c)
    if first != ids: errors.append(f"{f}: citations first used {first}, references {ids}")


def check_devpost(f, raw):
    """326: a Devpost project gallery copied as text"""
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    try:
        s, e = L.index("Sort by: Popular"), L.index("Prizes", L.index("Sort by: Popular"))
    except ValueError:
        errors.append(f"{f}: no gallery or prizes"); return
    blocks = [b.split("\n") for b in "\n".join(L[s + 1:e]).strip("\n").split("\n\n")]
    sm = re.search(r"^Submissions \((\d+)\)$", raw, re.M)
    if not sm or int(sm.group(1)) != len(blocks): errors.append(f"{f}: Submissions ({sm.group(1) if sm else '?'}) but {len(blocks)} cards")
    likes, won = [], []
    for b in blocks:
        lm = re.fullmatch(r"(\d+) likes · (\d+) comments", b[-1])
        if not lm or not b[-2].startswith("Built with: "): errors.append(f"{f}: card {b[0][:30]!r} malformed"); continue
        likes.append(int(lm.group(1)))
        if "Winner" in b: won.append(b[b.index("Winner") + 1])
    if likes != sorted(likes, reverse=True): errors.append(f"{f}: cards not sorted by likes (Sort by: Popular)")
    pm = re.fullmatch(r"(\d+) prizes", L[e + 1])
    j, prizes = e + 2, []
    while L[j]:
        prizes.append(L[j]); j += 2
    if not pm or int(pm.group(1)) != len(prizes): errors.append(f"{f}: prize count is not the list")
    if any(w not in prizes for w in won) or len(set(won)) != len(won): errors.append(f"{f}: a winner's prize not in the list, or a prize twice")
    try:
        hd = re.search(r"^(\w{3}) (\d{1,2}) - (\d{1,2}), (\d{4})$", raw, re.M)
        h0 = datetime.strptime(f"{hd.group(1)} {hd.group(2)} {hd.group(4)}", "%b %d %Y")
        h1 = datetime.strptime(f"{hd.group(1)} {hd.group(3)} {hd.group(4)}", "%b %d %Y") + timedelta(days=1)
        g = lambda lab: re.search(r"^" + lab + r": (.+)$", raw, re.M).group(1)
        op = datetime.strptime(g("Submissions open"), "%b %d, %Y %I:%M %p GMT")
        dl = datetime.strptime(g("Submission deadline"), "%b %d, %Y %I:%M %p GMT")
        jm = re.fullmatch(r"(\w{3}) (\d{1,2}) - (\d{1,2}), (\d{4})", g("Judging"))
        j0 = datetime.strptime(f"{jm.group(1)} {jm.group(2)} {jm.group(4)}", "%b %d %Y")
        j1 = datetime.strptime(f"{jm.group(1)} {jm.group(3)} {jm.group(4)}", "%b %d %Y")
        wa = datetime.strptime(g("Winners announced"), "%b %d, %Y")
        if not (h0 <= op < dl < h1 and dl < j0 + timedelta(days=1) and j0 <= j1 < wa): errors.append(f"{f}: dates out of order")
    except (AttributeError, ValueError) as ex:
        errors.append(f"{f}: dates unreadable ({ex!r})")


def shape_checks(f, raw, path):
    n = num(f)
    {317: check_talk, 318: check_boa, 319: check_radar, 320: check_word_txt, 321: check_libeml, 322: check_ojs_review,
     323: check_interview, 324: check_gdocs, 325: check_galley, 326: check_devpost}[n](f, raw)


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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-29) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 30)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round29", "expected.json")
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
print(f"earlier uses of the papers (digests-own, rounds 8-29): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round29: {sum(1 for k in allrecs if k in prev)}; papers in more than one round30 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
