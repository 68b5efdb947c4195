#!/usr/bin/env python3
r"""Checks round98/expected.json against the digests and the shared catalogues.

Adapted from round96/validate.py and round97/validate.py (the label checks are their common code — a title found only case-blind is an ERROR
unless DEVIATIONS records it, an arxiv-text record without an arxiv_id is reported, not a crash —; the reuse report
is round96's with round98 / round99 in place of round96 / round97: round98 holds the even positions 2..144, all 72 of
them; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round98's and round99's own (a
digests-round98 / digests-round99 folder, or a file whose bytes equal round98's or round99's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round98 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 to 144; it fails on a
paper shared with round99's expected.json (read only, from /work/rounds/digests-round99/ or
/work/main/tests/data/digests-round99/, when it exists), and on a paper in more than one round98 file.
Every digest is read raw in its own charset (999 windows-1251, 1002 CP949, the rest UTF-8; line ends kept) and in
decoded forms: 999 parsed as a MIME message with its encoded words decoded; 1002 and 1003 every CSV cell; 1004 and
1005 the HTML as text (tags dropped, `<br />` as line ends, entities undone); everything: HTML entities undone once
and twice, percent-escapes undone. Titles are matched after whitespace normalisation (titles wrapped over lines in
997, 999, 1000 and inside a CSV cell in 1002) and without BibTeX braces; a title found only that way (or only in a
decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 997 USOSweb page pasted (LF; the menu lines; the heading `Name<TAB>code` equal to
Kod przedmiotu / Nazwa przedmiotu; the "Informacje ogólne" labels once each in USOSweb's order, `Label:<TAB>value`;
ISCED and ECTS value forms; literature numbered [1].. consecutively; the lab / project / exam points summing to 100
and the grade scale contiguous over 0–100; learning outcomes W/U/K numbered with K_X0N references; "Zajęcia w cyklu"
blocks: the term name's years and season agreeing with Okres, real dates, start before end, a finished term before
the current one, Typ zajęć `Kind, N godzin`; the footer — copyright sentences, Kontakt, Deklaracja dostępności and
the USOSweb version line — last); 998 GitCode page pasted (LF; the header; the mirror path `gh_mirrors / x / repo`
agreeing with the mirror notice's GitHub URL; Star / Fork each followed by a number; the file list header and rows of
three TAB cells with a `N 年前 / 个月前 / 天前` age; README.md before the README's title; the 目录 entries each a later
heading, in order; every table a header of four cells then rows of exactly four, link cells empty, PDF, 项目主页, —,
`arXiv:ID` or one URL; the footer last); 999 The Bat! message (windows-1251 bytes, CRLF only; the header fields in
The Bat!'s order after the server's Received lines; RFC 5322 Date; Message-ID `<digits.YYYYMMDDhhmmss@domain>` = the
Date's local time; X-Mailer `The Bat! (vN.N.N.N) Professional|Home`; X-Priority `3 (Normal)`; text/plain
windows-1251, 8bit; encoded words windows-1251 B that decode; Subject = `Fwd: ` + the forwarded Тема [+ a tail];
note lines at most 72 columns unless one unbreakable word; the forward template — "Это пересылаемое сообщение", От /
Кому / Дата / Тема, the two scissors lines —, the Дата in Russian with the right weekday, before the Date; the
mailing checked as round94 checks it (window, entries, trailers, cut notes `[... … -- XY]` with Latin or Cyrillic
initials), the forwarded mail sent after the window closed; the default signature `-- ` / `С уважением,` / name and
`mailto:` = the From address); 1000 skripsi as pdftotext (LF; pages ended by a blank line, the number and a form
feed, numbers consecutive; no indentation; lines at most 90; 5.2 Saran, DAFTAR PUSTAKA, LAMPIRAN once each in order;
Saran items numbered 1..; references ordered alphabetically, each `Authors. YYYY. …` with `Surname, I.` names
joined by `, ` and ` dan `, `dkk.` only after three names; `hlm. a–b` with a < b; `Tersedia pada: URL [Diakses D
Bulan YYYY].` with an Indonesian month and a real date not after 2024-06-30; the appendix table's cells in pairs);
1001 references.bib (LF; `%` comments outside entries; unique keys; OpenReview entries — key alone on the next line,
no indentation, fields title / author / booktitle / [editor] / year / url in that order, the url an OpenReview forum,
the closing brace alone —; the arXiv export — six blanks, its field order, blanks after title and url, url = the
eprint's abs page —; PMLR — `pmlr-vNNN-…` key, values starting at column 17 with tabs expanded, volume, pdf and url
agreeing with the key —; DBLP — fields padded to column 15, continuation lines by 18 blanks, biburl = the key's
record —; hand entries two-blank with aligned `=`); 1002 Hancell CSV (CP949 bytes that are not UTF-8, no byte-order
mark; CRLF everywhere; fields quoted exactly when they hold `,`, `"` or a line break — the file rebuilt from its
cells is byte-identical —; the header; twelve cells a row; 번호 1..n; 주차 not decreasing, one date per week, seven
days apart; 상태 of the set; 연도 four digits; links empty, a URL or `arXiv:ID`); 1003 Viber CSV (UTF-8 without a
byte-order mark; LF only; the file rebuilt from its cells byte-identical; five cells a row; real `dd/MM/yyyy` dates
and `HH:mm:ss` times in time order; a sender keeps one phone number and a number one sender; +30 mobile numbers;
`Me` present); 1004 CleverReach web version (XHTML 1.0 Transitional doctype and namespace; the UTF-8 content-type
meta; a title; balanced; the hidden preheader first in the body; every content link a click-tracking redirect of the
account, ids unique and increasing, `target="_blank"`; the rmftlp.php unsubscribe link with cid / mid / h; `&` in
hrefs escaped; images on the account host; no link points at arXiv directly); 1005 goo blog page (doctype, lang ja,
UTF-8; `<title>` = entry title + ` - ` + blog title; canonical `/user/e/<32 hex>` = the entry title's link; the
entry date a real `YYYY-MM-DD HH:MM:SS`; body lines joined by `<br />`; `コメント ( N )` = the comments shown, each
dated after the entry and in order; every entry link `/e/<32 hex>`; images on blogimg.goo.ne.jp; latest entries
starting with this entry, back numbers with its month; balanced; the DOCOMO footer); 1006 มคอ.3 as pdftotext (LF;
pages starting with `มคอ. 3` and ended by a blank line, the number 1.. and a form feed; หมวดที่ 1–7 once each in
order; credits `c(l-p-s)` agreeing with the hours of หมวดที่ 3 over fourteen teaching weeks; weeks 1–15 consecutive
with hours, the รวม row their sums; assessment weights summing to 100%; the revision date a real Thai date in the
Buddhist era).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue, or written in another letter case without
a DEVIATIONS entry; a bad true_arxiv_id; a wrong evidence kind; a label in the negative control (or anything
arXiv-shaped in it); the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and the shape
checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept from round17)."""

import csv, datetime, email, email.header, email.utils, html, io, json, os, re, sys
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
CHARSET = {999: "cp1251", 1002: "cp949"}


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


def real_date(fmt, s):
    try:
        return datetime.datetime.strptime(s, fmt)
    except (ValueError, TypeError):
        return None

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding=CHARSET.get(num(f), "utf-8"), newline="").read()


def html_text(s):
    """an HTML text as a reader sees it: `<br>` and block ends as line ends, tags dropped, entities undone"""
    s = re.sub(r"<br\s*/?>\r?\n?", "\n", s)
    s = re.sub(r"</(div|p|h\d|li|tr|td)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\xa0", " ")


def csv_cells(raw, delim=","):
    return "\n".join(c for row in csv.reader(io.StringIO(raw, newline=""), delimiter=delim) for c in row)


def mime_forms(raw):
    m = email.message_from_string(raw, policy=policy.default)
    out = [f"{h}: {m[h]}" for h in ("From", "To", "CC", "Subject", "Organization") if m[h] is not None]
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 999: forms += mime_forms(raw)
    if n in (1002, 1003): forms.append(csv_cells(raw))
    if n in (1004, 1005): forms.append(html_text(raw))
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


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.a, self.img = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a": self.a.append(dict(attrs))
        if tag == "img": self.img.append(dict(attrs))

    handle_startendtag = handle_starttag


def links_of(s):
    p = Links(); p.feed(s); p.close()
    return p


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


def decode_words(s):
    return str(email.header.make_header(email.header.decode_header(s)))


# ---- arXiv's cs daily Subj-class mailing (round94's check, used for 999's forwarded text; cut notes may carry
# Cyrillic initials)
ARX_RULE, ARX_PCT = "-" * 78, "%%%---" * 13
ARX_NOTE = re.compile(r"\[\.\.\. .+ -- [A-ZА-ЯЁ]{2}\]")


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
    return t1


# ---- 997 USOSweb course page pasted
USOS_LABELS = ["Kod przedmiotu", "Kod Erasmus / ISCED", "Nazwa przedmiotu", "Jednostka", "Grupy", "Punkty ECTS i inne",
               "Język prowadzenia", "Rodzaj przedmiotu", "Założenia (opisowo)", "Tryb prowadzenia", "Skrócony opis",
               "Pełny opis", "Literatura", "Efekty uczenia się", "Metody i kryteria oceniania", "Praktyki zawodowe"]
USOS_MENU = ["AKTUALNOŚCI", "KATALOG", "MÓJ USOSWEB", "DLA STUDENTÓW", "DLA PRACOWNIKÓW", "DLA WSZYSTKICH"]
PL_GRADES = ["2,0", "3,0", "3,5", "4,0", "4,5", "5,0"]


def check_usos(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["Przejdź do treści"]: errors.append(f"{f}: the page does not start with the skip link")
    top = ls[:12]
    if not any(top[i:i + len(USOS_MENU)] == USOS_MENU for i in range(len(top))): errors.append(f"{f}: the top menu is not USOSweb's")
    if "Informacje ogólne" not in ls: errors.append(f"{f}: no 'Informacje ogólne'"); return
    gi = ls.index("Informacje ogólne")
    mh = re.fullmatch(r"([^\t]+)\t(\d{4}-[A-Z0-9]+(?:-[A-Z0-9]+)*)", ls[gi - 1])
    if not mh: errors.append(f"{f}: the course heading is not 'Name<TAB>code'")
    lab = [(i, l.split(":\t", 1)) for i, l in enumerate(ls) if ":\t" in l]
    names = [x[1][0] for x in lab if x[1][0] in USOS_LABELS]
    if names != USOS_LABELS: errors.append(f"{f}: 'Informacje ogólne' labels {names} not USOSweb's, once each in order")
    vals = {x[1][0]: x[1][1] for x in lab}
    if mh and (vals.get("Kod przedmiotu") != mh.group(2) or vals.get("Nazwa przedmiotu") != mh.group(1)):
        errors.append(f"{f}: Kod przedmiotu / Nazwa przedmiotu differ from the heading")
    if not re.fullmatch(r"\d{1,2}\.\d / \(\d{4}\) \S.*", vals.get("Kod Erasmus / ISCED", "")): errors.append(f"{f}: ISCED value malformed")
    if not re.fullmatch(r"\d+\.\d\d(?: LUB \d+\.\d\d)?(?: \(.+\))?", vals.get("Punkty ECTS i inne", "")): errors.append(f"{f}: ECTS value malformed")
    text = "\n".join(ls)
    li = next((i for i, l in enumerate(ls) if l.startswith("Literatura:\t")), None)
    le = next((i for i, l in enumerate(ls) if l.startswith("Efekty uczenia się:\t")), None)
    if li is None or le is None or le < li: errors.append(f"{f}: Literatura / Efekty not in order"); return
    nums = [int(m.group(1)) for l in ls[li:le] for m in [re.match(r"\[(\d+)\] \S", l)] if m]
    if not nums or nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: literature numbered {nums}, not [1]..[n]")
    pts = re.search(r"Laboratorium: (\d+) zadań po (\d+) pkt \((\d+) pkt\), projekt (\d+) pkt, egzamin pisemny (\d+) pkt\.", text)
    if not pts or int(pts.group(1)) * int(pts.group(2)) != int(pts.group(3)) or int(pts.group(3)) + int(pts.group(4)) + int(pts.group(5)) != 100:
        errors.append(f"{f}: the points (labs, project, exam) do not add up to 100")
    sc = re.search(r"Ocena końcowa: (.+)\.$", text, re.M)
    bands = re.findall(r"(\d+)-(\d+)(?: pkt)? - (\d,\d)", sc.group(1)) if sc else []
    if not bands or int(bands[0][0]) != 0 or int(bands[-1][1]) != 100 or [b[2] for b in bands] != PL_GRADES or \
            any(int(bands[i][1]) + 1 != int(bands[i + 1][0]) for i in range(len(bands) - 1)):
        errors.append(f"{f}: the grade scale is not contiguous over 0–100 with 2,0..5,0")
    for kind in "WUK":
        got = [int(m.group(1)) for l in ls[le:] for m in [re.match(kind + r"(\d): .+\((K_[WUK]\d\d(?:, K_[WUK]\d\d)*)\)$", l)] if m]
        if not got or got != list(range(1, len(got) + 1)): errors.append(f"{f}: learning outcomes {kind} numbered {got}")
    cyc = [i for i, l in enumerate(ls) if l.startswith("Zajęcia w cyklu ")]
    if not cyc: errors.append(f"{f}: no 'Zajęcia w cyklu' block")
    prev_end = None
    for i in cyc:
        m = re.fullmatch(r'Zajęcia w cyklu "Semestr (zimowy|letni) (\d{4})/(\d\d)" \((zakończony|w trakcie|przyszły)\)', ls[i])
        mo = re.fullmatch(r"Okres:\t(\d{4}-\d\d-\d\d) - (\d{4}-\d\d-\d\d)", ls[i + 1] if i + 1 < len(ls) else "")
        if not m or not mo: errors.append(f"{f}: line {i + 1}: term heading or Okres malformed"); continue
        a, b = real_date("%Y-%m-%d", mo.group(1)), real_date("%Y-%m-%d", mo.group(2))
        if not a or not b or not a < b: errors.append(f"{f}: line {i + 2}: Okres dates unreal or backwards"); continue
        y0 = int(m.group(2))
        if int(m.group(3)) != (y0 + 1) % 100: errors.append(f"{f}: line {i + 1}: academic year {m.group(2)}/{m.group(3)}")
        if m.group(1) == "zimowy" and (a.year != y0 or a.month != 10 or b.year != y0 + 1): errors.append(f"{f}: line {i + 1}: winter term dates not Oct {y0}–{y0 + 1}")
        if m.group(1) == "letni" and (a.year != y0 + 1 or b.year != y0 + 1): errors.append(f"{f}: line {i + 1}: summer term dates not in {y0 + 1}")
        if prev_end and a <= prev_end: errors.append(f"{f}: line {i + 1}: terms overlap or out of order")
        if m.group(4) == "zakończony" and i != cyc[0] and prev_end is None: errors.append(f"{f}: a finished term after a current one")
        prev_end = b
        j = i + 2
        while j < len(ls) and not ls[j].startswith("Typ zajęć:"): j += 1
        k = j + 1
        kinds = []
        while k < len(ls) and ":\t" not in ls[k]:
            mk = re.fullmatch(r"(Wykład|Laboratorium|Ćwiczenia|Seminarium|Projekt), (\d+) godzin", ls[k])
            if not mk: errors.append(f"{f}: line {k + 1}: Typ zajęć entry not 'Kind, N godzin'")
            else: kinds.append(mk.group(1))
            k += 1
        if not kinds or kinds != sorted(kinds): errors.append(f"{f}: line {j + 1}: Typ zajęć kinds missing or not alphabetical")
    if ls[-5:-3] != ["Opisy przedmiotów w USOS i USOSweb są chronione prawem autorskim.",
                     "Właścicielem praw autorskich jest Politechnika Nadwiślańska."] or ls[-3:-1] != ["Kontakt", "Deklaracja dostępności"] \
            or not re.fullmatch(r"USOSweb \d+\.\d+\.\d+\.\d+-\d+ \(\d{4}-\d\d-\d\d\)", ls[-1]):
        errors.append(f"{f}: the footer (copyright, Kontakt, Deklaracja dostępności, version) is not last")


# ---- 998 GitCode mirror page pasted
GC_HEAD = ["论文", "会议 / 年份", "论文链接", "代码"]


def check_gitcode(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["GitCode"]: errors.append(f"{f}: the page does not start with the GitCode header")
    if "gh_mirrors" not in ls: errors.append(f"{f}: no gh_mirrors path"); return
    g = ls.index("gh_mirrors")
    path = ls[g:g + 5]
    if len(path) < 5 or path[1] != "/" or path[3] != "/" or not re.fullmatch(r"[\w.-]+", path[2]) or not re.fullmatch(r"[\w.-]+", path[4]):
        errors.append(f"{f}: the repository path is not 'gh_mirrors / x / repo'"); return
    mn = next((re.fullmatch(r"项目镜像自 GitHub：https://github\.com/([\w.-]+)/([\w.-]+) ，每日同步一次", l) for l in ls[g + 5:g + 8]
               if l.startswith("项目镜像自")), None)
    if not mn or mn.group(2) != path[4] or not mn.group(2).lower().startswith(path[2].lower()[:2]):
        errors.append(f"{f}: the mirror notice does not name the mirrored repository")
    for lab in ("Star", "Fork"):
        if lab not in ls or not ls[ls.index(lab) + 1].isdigit(): errors.append(f"{f}: {lab} without its number")
    hd = "名称\t最后提交\t最后更新"
    if hd not in ls: errors.append(f"{f}: no file list"); return
    k = ls.index(hd) + 1
    files = []
    while k < len(ls) and ls[k].count("\t") == 2:
        c = ls[k].split("\t")
        if not re.fullmatch(r"\d+ (年|个月|天|小时)前", c[2]) or not c[0] or not c[1]: errors.append(f"{f}: file row {ls[k][:30]!r}")
        files.append(c[0]); k += 1
    if "README.md" not in files or ls[k:k + 1] != ["README.md"]: errors.append(f"{f}: README.md not after the file list")
    if "目录" not in ls: errors.append(f"{f}: no 目录"); return
    t = ls.index("目录")
    toc, j = [], t + 1
    while j < len(ls) and ls[j] not in toc and "\t" not in ls[j] and ls[j] != (toc[0] if toc else None):
        toc.append(ls[j]); j += 1
        if toc and ls[j] == toc[0]: break
    pos, last = [], j
    for h in toc:
        if h not in ls[last:]: errors.append(f"{f}: 目录 entry {h!r} is not a later heading in order"); continue
        last = ls.index(h, last); pos.append(last)
    tables = [i for i, l in enumerate(ls) if l.split("\t") == GC_HEAD]
    if not tables: errors.append(f"{f}: no awesome table")
    for i in tables:
        if ls[i - 1] not in toc: errors.append(f"{f}: line {i + 1}: a table not under a 目录 heading")
        r = i + 1
        while r < len(ls) and "\t" in ls[r]:
            c = ls[r].split("\t")
            if len(c) != 4: errors.append(f"{f}: line {r + 1}: {len(c)} cells, not 4")
            elif not (c[2] in ("", "PDF", "项目主页", "—") or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", c[2]) or re.fullmatch(r"https?://\S+", c[2])):
                errors.append(f"{f}: line {r + 1}: link cell {c[2][:30]!r}")
            r += 1
        if r == i + 1: errors.append(f"{f}: line {i + 1}: a table without rows")
    if not re.fullmatch(r"©\d{4} GitCode", ls[-1]): errors.append(f"{f}: the footer is not last")


# ---- 999 The Bat! message
BAT_ORDER = ["Return-Path", "Delivered-To", "Received", "Received", "Date", "From", "Organization", "X-Mailer", "X-Priority",
             "Message-ID", "To", "CC", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
BAT_START = "===8<==============Текст оригинального сообщения==============="
BAT_END = "===8<===========Конец текста оригинального сообщения==========="


def check_thebat(f, raw, path):
    b = open(path, "rb").read()
    try:
        b.decode("utf-8"); errors.append(f"{f}: the body is UTF-8, not windows-1251")
    except UnicodeDecodeError:
        pass
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): errors.append(f"{f}: a bare LF or CR (the message uses CRLF)")
    hs = header_block(f, raw)
    names = [n for n, _ in hs]
    if names != BAT_ORDER: errors.append(f"{f}: header fields {names} not {BAT_ORDER}")
    H = dict(hs)
    head = raw.split("\r\n\r\n", 1)[0]
    encoded_words(f, head, r"windows-1251", "B")
    if re.search(r"[^\x00-\x7f]", head): errors.append(f"{f}: raw 8-bit bytes in the header")
    date = rfc_date(f, H.get("Date"))
    mid = re.fullmatch(r"<(\d+)\.(\d{14})@([\w.-]+)>", H.get("Message-ID", ""))
    if not mid: errors.append(f"{f}: Message-ID not The Bat!'s <n.YYYYMMDDhhmmss@domain>")
    elif date and mid.group(2) != date.strftime("%Y%m%d%H%M%S"): errors.append(f"{f}: Message-ID time is not the Date's local time")
    if not re.fullmatch(r"The Bat! \(v\d+(\.\d+){3}\) (Professional|Home)", H.get("X-Mailer", "")): errors.append(f"{f}: X-Mailer not The Bat!'s")
    if H.get("X-Priority") != "3 (Normal)": errors.append(f"{f}: X-Priority not '3 (Normal)'")
    if H.get("Content-Type") != "text/plain; charset=windows-1251" or H.get("Content-Transfer-Encoding") != "8bit":
        errors.append(f"{f}: not text/plain windows-1251 8bit")
    frm = re.fullmatch(r".*<([\w.-]+@([\w.-]+))>", H.get("From", ""))
    if not frm or (mid and mid.group(3) != frm.group(2)): errors.append(f"{f}: Message-ID domain is not the sender's")
    for r in [v for n, v in hs if n == "Received"]:
        mr = re.search(r"; (.+)$", r)
        rd = email.utils.parsedate_to_datetime(mr.group(1)) if mr else None
        if not rd or (date and not date <= rd <= date + datetime.timedelta(minutes=5)): errors.append(f"{f}: a Received time before the Date or far after it")
    body = raw.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in raw else ""
    bl = body.split("\r\n")
    if BAT_START not in bl or BAT_END not in bl: errors.append(f"{f}: The Bat!'s scissors lines missing"); return
    s, e = bl.index(BAT_START), bl.index(BAT_END)
    if e < s: errors.append(f"{f}: scissors lines out of order"); return
    hdr = bl[s - 7:s]
    if hdr[:2] != ["Это пересылаемое сообщение", ""] or hdr[-1] != "" or not hdr[2].startswith("От: ") or not hdr[3].startswith("Кому: ") \
            or not hdr[4].startswith("Дата: ") or not hdr[5].startswith("Тема: "):
        errors.append(f"{f}: the forward template (От / Кому / Дата / Тема) is not The Bat!'s"); return
    md = re.fullmatch(r"Дата: (\w+), (\d{1,2}) (\w+) (\d{4}) г\., (\d\d):(\d\d):(\d\d)", hdr[4])
    fd = None
    if not md or md.group(3) not in RU_MONTHS: errors.append(f"{f}: the forwarded Дата is not a Russian date")
    else:
        try:
            fd = datetime.datetime(int(md.group(4)), RU_MONTHS.index(md.group(3)) + 1, int(md.group(2)), *map(int, md.group(5, 6, 7)), tzinfo=date.tzinfo if date else None)
        except ValueError:
            errors.append(f"{f}: the forwarded Дата is not a real date")
        if fd and RU_DAYS[fd.weekday()].capitalize() != md.group(1): errors.append(f"{f}: the forwarded Дата's weekday is not the date's")
        if fd and date and fd > date: errors.append(f"{f}: the forwarded mail is later than the forward")
    subj = decode_words(H.get("Subject", ""))
    if not subj.startswith("Fwd: " + hdr[5][len("Тема: "):]): errors.append(f"{f}: Subject is not 'Fwd: ' + the forwarded Тема")
    for l in bl[:s - 7]:
        if len(l) > 72 and " " in l.strip(): errors.append(f"{f}: a note line longer than 72 columns: {l[:30]!r}")
    t1 = check_listing(f, bl[s + 1:e], fd)
    if t1 and fd and fd.astimezone(datetime.timezone.utc).replace(tzinfo=None) < t1: errors.append(f"{f}: the arXiv mail is dated before its window closed")
    tail = [l for l in bl[e + 1:] if l]
    ms = re.fullmatch(r" (\S+) {2,}mailto:(\S+)", tail[2] if len(tail) > 2 else "")
    if tail[:2] != ["-- ", "С уважением,"] or not ms or (frm and ms.group(2) != frm.group(1)):
        errors.append(f"{f}: the signature is not The Bat!'s default (-- / С уважением, / name and mailto: the From address)")


# ---- 1000 Indonesian skripsi back matter, pdftotext
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
SK_START = re.compile(r"^(?:[A-Z][\w'-]+, [A-Z]\.|Badan Pusat|Kaggle\.|PyTorch\.|Suyanto\.)")
SK_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*, [A-Z]\.(?:[ -][A-Z]\.)*(?:-[A-Z]\.)?"


def check_skripsi(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters (pdftotext writes LF)")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with pdftotext's form feed"); return
    pages = raw.split("\f")[:-1]
    nums = []
    for p in pages:
        pl = p.split("\n")
        if pl[-1] != "" or len(pl) < 3 or pl[-3] != "" or not pl[-2].isdigit(): errors.append(f"{f}: a page not ended by a blank line and its number"); continue
        nums.append(int(pl[-2]))
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): errors.append(f"{f}: page numbers {nums} not consecutive")
    ls = [l for p in pages for l in p.split("\n")[:-3]]
    if any(l.startswith((" ", "\t")) for l in ls): errors.append(f"{f}: an indented line (pdftotext's reading order keeps none)")
    if any(len(l) > 90 for l in ls): errors.append(f"{f}: a line longer than the text block")
    order = ["5.2 Saran", "DAFTAR PUSTAKA", "LAMPIRAN"]
    if any(ls.count(x) != 1 for x in order) or [ls.index(x) for x in order] != sorted(ls.index(x) for x in order):
        errors.append(f"{f}: 5.2 Saran / DAFTAR PUSTAKA / LAMPIRAN missing, repeated or out of order"); return
    s, d, lp = (ls.index(x) for x in order)
    sn = [int(m.group(1)) for l in ls[s:d] for m in [re.match(r"(\d+)\. \S", l)] if m]
    if sn != list(range(1, len(sn) + 1)) or not sn: errors.append(f"{f}: Saran items numbered {sn}")
    refs = []
    for l in ls[d + 1:lp]:
        if SK_START.match(l): refs.append(l)
        elif refs: refs[-1] += " " + l
        else: errors.append(f"{f}: text before the first reference")
    keys_ = [r.split(",")[0].split(".")[0].lower() for r in refs]
    if keys_ != sorted(keys_): errors.append(f"{f}: references not in alphabetical order: {keys_}")
    for r in refs:
        m = re.match(r"(.+?) (\d{4})\. (.+)$", r)
        if not m: errors.append(f"{f}: reference {r[:30]!r} not 'Authors. YYYY. …'"); continue
        au = m.group(1)
        if re.match(SK_NAME, au):
            parts = re.split(r", (?=[A-Z][\w'-]+, )| dan ", re.sub(r" dkk\.$", "", au))
            if any(not re.fullmatch(SK_NAME, p) for p in parts): errors.append(f"{f}: {r[:30]!r}: author names not 'Surname, I.' joined by ', ' / ' dan '")
            if " dkk" in au and (len(parts) != 3 or " dan " in au): errors.append(f"{f}: {r[:30]!r}: dkk. not after exactly three names")
            if " dkk" not in au and len(parts) > 3: errors.append(f"{f}: {r[:30]!r}: more than three names without dkk.")
            if len(parts) > 1 and " dkk" not in au and not re.search(r" dan " + SK_NAME + "$", au): errors.append(f"{f}: {r[:30]!r}: the last name not joined by 'dan'")
        for a, b in re.findall(r"hlm\. (\d+)–(\d+)", r):
            if int(a) >= int(b): errors.append(f"{f}: {r[:30]!r}: hlm. {a}–{b}")
        if " pp. " in r or " and " in r.split(". ", 2)[0]: errors.append(f"{f}: {r[:30]!r}: English pp. / and in an Indonesian reference")
        for mt in re.finditer(r"Tersedia pada: (\S+) \[Diakses (\d{1,2}) (\w+) (\d{4})\]\.", r):
            if mt.group(3) not in ID_MONTHS: errors.append(f"{f}: {r[:30]!r}: Diakses month {mt.group(3)!r}"); continue
            try:
                dd = datetime.date(int(mt.group(4)), ID_MONTHS.index(mt.group(3)) + 1, int(mt.group(2)))
            except ValueError:
                errors.append(f"{f}: {r[:30]!r}: Diakses date unreal"); continue
            if dd > datetime.date(2024, 6, 30): errors.append(f"{f}: {r[:30]!r}: Diakses after the thesis date")
        if "Tersedia pada:" in r and not re.search(r"Tersedia pada: \S+ \[Diakses [^\]]+\]\.", r): errors.append(f"{f}: {r[:30]!r}: Tersedia pada without [Diakses …].")
    cap = [k for k, l in enumerate(ls) if l.startswith("Tabel L.1 ")]
    code = [k for k, l in enumerate(ls) if l.startswith("Lampiran 2.")]
    if len(cap) != 1 or len(code) != 1 or (code[0] - cap[0] - 1) % 2: errors.append(f"{f}: the appendix table's cells are not in pairs")


# ---- 1001 references.bib
def bib_entries(f, raw):
    """[(type, key, text, start line)]; `%` lines outside entries are comments (round94's reader)"""
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
    ks = [k for _, k, _, _ in ents]
    if len(set(ks)) != len(ks): errors.append(f"{f}: duplicate keys")
    kinds = Counter()
    for typ, key, txt, line in ents:
        body = txt.split("\n")[1:-1]
        if txt.startswith("@" + typ + "{\n"):
            kinds["openreview"] += 1
            body = body[1:]
            if txt.split("\n")[1] != key + ",": errors.append(f"{f}: {key}: OpenReview key not alone on its line")
            names = []
            for k, l in enumerate(body):
                m = re.fullmatch(r"(\w+)=\{(.*)\}(,?)", l)
                if not m: errors.append(f"{f}: {key}: OpenReview field line {l[:30]!r}"); continue
                if (m.group(3) == ",") != (k < len(body) - 1): errors.append(f"{f}: {key}: commas not on all fields but the last")
                names.append(m.group(1))
            if names not in (["title", "author", "booktitle", "year", "url"], ["title", "author", "booktitle", "editor", "year", "url"]):
                errors.append(f"{f}: {key}: OpenReview fields {names}")
            if not re.search(r"\nurl=\{https://openreview\.net/forum\?id=[\w-]+\}\n\}$", txt): errors.append(f"{f}: {key}: url is not an OpenReview forum / closing brace not alone")
            continue
        if key.startswith("pmlr-"):
            kinds["pmlr"] += 1
            mk = re.fullmatch(r"pmlr-v(\d+)-([a-z]+\d\d[a-z])", key)
            if not mk or typ != "InProceedings": errors.append(f"{f}: {key}: not a PMLR @InProceedings key"); continue
            for l in body:
                m = re.match(r"  (\w+) =", l)
                if not m or l.expandtabs(8).find("{") != 17: errors.append(f"{f}: {key}: PMLR field {l[:20]!r} not aligned to column 17")
            if f"  volume = \t {{{mk.group(1)}}}," not in body: errors.append(f"{f}: {key}: volume is not the key's")
            pdf = f"https://proceedings.mlr.press/v{mk.group(1)}/{mk.group(2)}/{mk.group(2)}.pdf"
            url = f"https://proceedings.mlr.press/v{mk.group(1)}/{mk.group(2)}.html"
            if f"{{{pdf}}}" not in txt or f"{{{url}}}" not in txt: errors.append(f"{f}: {key}: pdf / url do not agree with the key")
            continue
        if key.startswith("DBLP:"):
            kinds["dblp"] += 1
            for l in body:
                if l.startswith("                  "): continue
                if not re.fullmatch(r"  \w{1,12} +=  ?\{.*", l) or l.index("=") != 15: errors.append(f"{f}: {key}: DBLP field {l[:20]!r} not padded to column 15")
            if f"biburl       = {{https://dblp.org/rec/{key[5:]}.bib}}," not in txt: errors.append(f"{f}: {key}: biburl is not the key's record")
            if not re.search(r"timestamp    = \{\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}\}", txt): errors.append(f"{f}: {key}: timestamp malformed")
            continue
        if all(l.startswith("      ") for l in body):
            kinds["arxiv"] += 1
            order = [re.match(r"      (\w+)=", l).group(1) if re.match(r"      (\w+)=", l) else "?" for l in body]
            if order != ["title", "author", "year", "eprint", "archivePrefix", "primaryClass", "url"]: errors.append(f"{f}: {key}: arXiv export fields {order}")
            if not body[0].endswith("}, ") or not body[-1].endswith("}, "): errors.append(f"{f}: {key}: arXiv export without the blank after title / url")
            ep = re.search(r"eprint=\{(\d{4}\.\d{4,5})\}", txt)
            if not ep or f"url={{https://arxiv.org/abs/{ep.group(1)}}}" not in txt: errors.append(f"{f}: {key}: url is not the eprint's abs page")
            continue
        kinds["hand"] += 1
        eqs = {l.index("=") for l in body}
        if not all(re.match(r"  \w+ += \{", l) for l in body) or len(eqs) != 1: errors.append(f"{f}: {key}: hand entry not two-blank with aligned =")
        if not txt.endswith("\n}"): errors.append(f"{f}: {key}: closing brace not alone")
    if not all(kinds[k] for k in ("openreview", "pmlr", "dblp", "arxiv", "hand")): errors.append(f"{f}: entry sources {dict(kinds)} (OpenReview, PMLR, DBLP, arXiv, hand all expected)")


# ---- 1002 Hancell CSV (CP949)
HC_HEAD = ["번호", "주차", "분야", "논문 제목", "저자(제1저자 외)", "학회/저널", "연도", "링크", "발표자", "발표일", "상태", "비고"]
HC_STATE = {"완료", "발표 준비", "예정", "참고", "보류"}


def hc_cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v


def check_hancell(f, raw, path):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or raw.startswith("\ufeff"): errors.append(f"{f}: a byte-order mark (Hancell's CP949 CSV has none)")
    try:
        b.decode("utf-8"); errors.append(f"{f}: the file is UTF-8, not CP949")
    except UnicodeDecodeError:
        pass
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or not raw.endswith("\r\n"): errors.append(f"{f}: a bare LF or CR (CRLF everywhere)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if "".join(",".join(hc_cell(c) for c in r) + "\r\n" for r in rows) != raw: errors.append(f"{f}: quoting is not minimal / the file does not rebuild from its cells")
    if not rows or rows[0] != HC_HEAD: errors.append(f"{f}: header {rows[:1]} not the sheet's"); return
    if any(len(r) != len(HC_HEAD) for r in rows): errors.append(f"{f}: a row without twelve cells"); return
    if [r[0] for r in rows[1:]] != [str(i) for i in range(1, len(rows))]: errors.append(f"{f}: 번호 not 1..n")
    wk = [int(r[1]) if r[1].isdigit() else -1 for r in rows[1:]]
    if wk != sorted(wk) or -1 in wk: errors.append(f"{f}: 주차 not increasing integers")
    dates = {}
    for r in rows[1:]:
        if r[9]:
            d = real_date("%Y-%m-%d", r[9])
            if not d: errors.append(f"{f}: row {r[0]}: 발표일 {r[9]!r} not a real YYYY-MM-DD"); continue
            if dates.setdefault(r[1], d) != d: errors.append(f"{f}: row {r[0]}: two dates in week {r[1]}")
        if r[10] not in HC_STATE: errors.append(f"{f}: row {r[0]}: 상태 {r[10]!r}")
        if not re.fullmatch(r"\d{4}", r[6]): errors.append(f"{f}: row {r[0]}: 연도 {r[6]!r}")
        if r[7] and not (re.fullmatch(r"https?://\S+", r[7]) or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", r[7])): errors.append(f"{f}: row {r[0]}: link {r[7][:30]!r}")
    ws = sorted(dates, key=int)
    for a, c in zip(ws, ws[1:]):
        if (dates[c] - dates[a]).days != 7 * (int(c) - int(a)): errors.append(f"{f}: weeks {a} and {c} not seven days apart per week")


# ---- 1003 Viber message history CSV
def check_viber(f, raw):
    lf_final(f, raw)
    if raw.startswith("\ufeff"): errors.append(f"{f}: a byte-order mark")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    cell = lambda v: '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v
    if "".join(",".join(cell(c) for c in r) + "\n" for r in rows) != raw: errors.append(f"{f}: quoting is not minimal / the file does not rebuild from its cells")
    if any(len(r) != 5 for r in rows): errors.append(f"{f}: a row without five cells"); return
    prev, phone, who = None, {}, {}
    for i, (d, t, s, ph, m) in enumerate(rows, 1):
        dt = real_date("%d/%m/%Y %H:%M:%S", f"{d} {t}")
        if not dt or not re.fullmatch(r"\d\d/\d\d/\d{4}", d) or not re.fullmatch(r"\d\d:\d\d:\d\d", t): errors.append(f"{f}: row {i}: date / time {d} {t} malformed"); continue
        if prev and dt < prev: errors.append(f"{f}: row {i}: out of time order")
        prev = dt
        if not re.fullmatch(r"\+3069\d{8}", ph): errors.append(f"{f}: row {i}: phone {ph!r} not a Greek mobile number")
        if phone.setdefault(s, ph) != ph or who.setdefault(ph, s) != s: errors.append(f"{f}: row {i}: sender and phone number do not pair one-to-one")
        if not m.strip(): errors.append(f"{f}: row {i}: empty message")
    if "Me" not in phone: errors.append(f"{f}: no own messages ('Me')")


# ---- 1004 CleverReach web version
CR_HOST = "ils-nieuws.eu-2.cleverreach.com"


def check_cleverreach(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                          '<html xmlns="http://www.w3.org/1999/xhtml">'):
        errors.append(f"{f}: not the XHTML 1.0 Transitional doctype / namespace of the template")
    if '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' not in raw: errors.append(f"{f}: no UTF-8 content-type meta")
    if not re.search(r"<title>[^<]+</title>", raw): errors.append(f"{f}: no title")
    errors.extend(f"{f}: HTML {x}" for x in html_balanced(raw))
    mb = re.search(r'<body[^>]*>\n(<div style="display:none;[^"]*">[^<]+</div>)', raw)
    if not mb: errors.append(f"{f}: the hidden preheader is not first in the body")
    for m in re.finditer(r'href="([^"]*)"', raw):
        if re.search(r"&(?!amp;|#\d+;|[a-z]+;)", m.group(1)): errors.append(f"{f}: an unescaped & in href {m.group(1)[:40]!r}")
    L = links_of(raw)
    ids = []
    for a in L.a:
        h = a.get("href", "")
        if h.startswith("mailto:"): continue
        if a.get("target") != "_blank": errors.append(f"{f}: link {h[:40]!r} without target=_blank")
        mt = re.fullmatch(r"https://" + re.escape(CR_HOST) + r"/c/(\d{8})/([0-9a-f]{10})-([a-z0-9]{6})", h)
        if mt: ids.append(int(mt.group(1))); continue
        if re.fullmatch(r"https://" + re.escape(CR_HOST) + r"/rmftlp\.php\?cid=\d+&mid=\d+&h=[0-9a-f]+", h): continue
        if h.startswith("https://www.cleverreach.com/"): continue
        errors.append(f"{f}: link {h[:50]!r} is not a CleverReach tracking redirect")
    if not ids or ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: tracking ids not unique and increasing")
    if not any("rmftlp.php" in a.get("href", "") for a in L.a): errors.append(f"{f}: no CleverReach unsubscribe link")
    for im in L.img:
        if not im.get("src", "").startswith(f"https://{CR_HOST}/") or not im.get("alt"): errors.append(f"{f}: image {im.get('src', '')[:40]!r} not on the account host or without alt")
    if not re.search(r'alt="verstuurd met CleverReach"', raw): errors.append(f"{f}: no CleverReach badge")


# ---- 1005 goo blog entry page
def check_goo(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="UTF-8">'): errors.append(f"{f}: doctype / lang / charset not the page's")
    errors.extend(f"{f}: HTML {x}" for x in html_balanced(raw))
    t = re.search(r"<title>(.*?) - (.*?)</title>", raw)
    et = re.search(r'<h3 class="entry-title"><a href="https://blog\.goo\.ne\.jp/([\w-]+)/e/([0-9a-f]{32})">(.*?)</a></h3>', raw)
    bt = re.search(r'<h1 id="blog-title"><a href="https://blog\.goo\.ne\.jp/([\w-]+)">(.*?)</a></h1>', raw)
    if not t or not et or not bt or t.group(1) != et.group(3) or t.group(2) != bt.group(2) or et.group(1) != bt.group(1):
        errors.append(f"{f}: <title> is not entry title - blog title, or the entry / blog links disagree"); return
    user, eid = et.group(1), et.group(2)
    if f'<link rel="canonical" href="https://blog.goo.ne.jp/{user}/e/{eid}">' not in raw: errors.append(f"{f}: canonical is not the entry's permalink")
    md = re.search(r'<span class="entry-date">(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)</span>', raw)
    edate = real_date("%Y-%m-%d %H:%M:%S", md.group(1)) if md else None
    if not edate: errors.append(f"{f}: the entry date is not a real YYYY-MM-DD HH:MM:SS"); return
    mb = re.search(r'<div class="entry-body">\n(.*?)\n</div>', raw, re.S)
    if not mb or any(not l.endswith("<br />") for l in mb.group(1).split("\n")[:-1]): errors.append(f"{f}: body lines not joined by <br />")
    for u, e in re.findall(r'https://blog\.goo\.ne\.jp/([\w-]+)/e/([^"#]*)', raw):
        if not re.fullmatch(r"[0-9a-f]{32}", e) or u != user: errors.append(f"{f}: entry link /{u}/e/{e} malformed")
    for src in re.findall(r'<img src="([^"]+)"', raw):
        if not re.fullmatch(r"https://blogimg\.goo\.ne\.jp/user_image/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}\.(png|jpg)", src): errors.append(f"{f}: image not on blogimg.goo.ne.jp")
    mc = re.search(r"コメント \( (\d+) \)", raw)
    cds = [real_date("%Y-%m-%d %H:%M:%S", d) for d in re.findall(r'<div class="comment-info">.*? \| (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \|', raw)]
    if not mc or int(mc.group(1)) != raw.count('<div class="comment">') or len(cds) != int(mc.group(1)): errors.append(f"{f}: コメント ( N ) is not the comments shown")
    if any(d is None or d < edate for d in cds) or cds != sorted(d for d in cds if d): errors.append(f"{f}: a comment dated before the entry or out of order")
    latest = re.search(r"<h4>最新記事</h4>\n<ul>\n<li><a href=\"https://blog\.goo\.ne\.jp/[\w-]+/e/([0-9a-f]{32})\">", raw)
    if not latest or latest.group(1) != eid: errors.append(f"{f}: 最新記事 does not start with this entry")
    back = re.search(r"<h4>バックナンバー</h4>\n<ul>\n<li><a href=\"https://blog\.goo\.ne\.jp/[\w-]+/m/(\d{6})\">(\d{4})年(\d{1,2})月</a>", raw)
    if not back or back.group(1) != edate.strftime("%Y%m") or (int(back.group(2)), int(back.group(3))) != (edate.year, edate.month):
        errors.append(f"{f}: バックナンバー does not start with the entry's month")
    if "<p>© NTT DOCOMO, INC. All Rights Reserved.</p>" not in raw: errors.append(f"{f}: no DOCOMO footer")


# ---- 1006 มคอ.3, pdftotext
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def check_tqf3(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters (pdftotext writes LF)")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with pdftotext's form feed"); return
    pages = raw.split("\f")[:-1]
    for i, p in enumerate(pages, 1):
        pl = p.split("\n")
        if pl[0] != "มคอ. 3" or pl[-1] != "" or pl[-3] != "" or pl[-2] != str(i): errors.append(f"{f}: page {i} lacks the มคอ. 3 header or its number {i}")
    ls = [l for p in pages for l in p.split("\n")[1:-3]]
    heads = [int(m.group(1)) for l in ls for m in [re.match(r"หมวดที่ (\d) \S", l)] if m]
    if heads != list(range(1, 8)): errors.append(f"{f}: หมวดที่ {heads} not 1..7 once each in order")
    cr = next((re.fullmatch(r"(\d)\((\d)-(\d)-(\d)\)", l) for l in ls if re.fullmatch(r"\d\(\d-\d-\d\)", l)), None)
    if not cr: errors.append(f"{f}: no credits c(l-p-s)"); return
    if "บรรยาย" not in ls: errors.append(f"{f}: no hours block"); return
    h = ls.index("บรรยาย")
    hrs = ls[h + 4:h + 8]
    want = [f"{int(cr.group(2)) * 14} ชั่วโมง", None, f"{int(cr.group(3)) * 14} ชั่วโมง", f"{int(cr.group(4)) * 14} ชั่วโมง"]
    if len(hrs) < 4 or hrs[0] != want[0] or hrs[2] != want[2] or hrs[3] != want[3]: errors.append(f"{f}: หมวดที่ 3 hours do not agree with the credits over 14 weeks")
    if "กิจกรรมการเรียนการสอน" not in ls or "รวม" not in ls: errors.append(f"{f}: no teaching plan with รวม"); return
    k, r = ls.index("กิจกรรมการเรียนการสอน") + 1, ls.index("รวม")
    cells = ls[k:r]
    if len(cells) % 5: errors.append(f"{f}: the teaching plan's cells are not in rows of five"); return
    wk = [cells[i:i + 5] for i in range(0, len(cells), 5)]
    if [w[0] for w in wk] != [str(i) for i in range(1, len(wk) + 1)] or len(wk) != 15: errors.append(f"{f}: weeks not 1..15")
    try:
        sl, sp = sum(int(w[2]) for w in wk), sum(int(w[3]) for w in wk)
    except ValueError:
        errors.append(f"{f}: an hours cell not a number"); return
    if ls[r + 1:r + 3] != [str(sl), str(sp)]: errors.append(f"{f}: the รวม row is not the hours' sums")
    if sl != int(cr.group(2)) * 14 or sp != int(cr.group(3)) * 14: errors.append(f"{f}: the plan's hours do not agree with the credits")
    w = [int(x.rstrip("%")) for x in ls if re.fullmatch(r"\d{1,3}%", x)]
    if sum(w) != 100: errors.append(f"{f}: assessment weights sum to {sum(w)}%")
    md = next((re.fullmatch(r"(\d{1,2}) (\S+) (25\d\d)", l) for l in ls if re.fullmatch(r"\d{1,2} \S+ 25\d\d", l)), None)
    if not md or md.group(2) not in TH_MONTHS: errors.append(f"{f}: the revision date is not a Thai date in the Buddhist era")
    else:
        try: datetime.date(int(md.group(3)) - 543, TH_MONTHS.index(md.group(2)) + 1, int(md.group(1)))
        except ValueError: errors.append(f"{f}: the revision date is not a real date")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 999: return check_thebat(f, raw, path)
    if n == 1002: return check_hancell(f, raw, path)
    {997: check_usos, 998: check_gitcode, 1000: check_skripsi, 1001: check_bib, 1003: check_viber,
     1004: check_cleverreach, 1005: check_goo, 1006: check_tqf3}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
        errors.append(f"{f}: not in its charset: {ex}"); raw = open(path, encoding=CHARSET.get(num(f), "utf-8"), errors="replace", newline="").read()
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
        elif f.split("_")[1] == "negative":
            errors.append(f"{f}: an arXiv-shaped string {m!r} in the negative control")
        else:
            notes.append(f"{f}: id-like string that is not an arXiv id: {m!r}")
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
# round98's and round99's, a byte-identical file counted once), and the round98/round99 split (candidates sorted by
# (uses, catalogue title); round98 = even positions from 2 on, one unbroken run; round99 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P99S = ["/work/rounds/digests-round99/expected.json", "/work/main/tests/data/digests-round99/expected.json"]
P99 = next((p for p in P99S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P99S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round98", "digests-round99") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round98 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
if last != 144 or len(mine) != 72: errors.append(f"round98 holds {len(mine)} papers up to position {last}, not the 72 even positions 2..144")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r99 = set()
if P99:
    try:
        r99 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P99)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P99} exists but could not be read (being written?)")
    if r99 & mine: errors.append(f"papers also in round99: {sorted(r99 & mine)}")
shared99 = len(r99 & mine) if P99 else "(no round99 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round98 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]] or not neg[0].startswith("1006_negative_"): errors.append(f"want ten files, the negative last as 1006: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round99: {shared99}; papers in more than one round98 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
