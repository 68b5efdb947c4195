#!/usr/bin/env python3
r"""Checks round96/expected.json against the digests and the shared catalogues.

Adapted from round94/validate.py (the label checks are the same code — a title found only case-blind is an ERROR
unless DEVIATIONS records it, an arxiv-text record without an arxiv_id is reported, not a crash —; the reuse report
is round94's with round96 / round97 in place of round94 / round95: round96 holds the even positions 2..144, all 72 of
them; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round96's and round97's own (a
digests-round96 / digests-round97 folder, or a file whose bytes equal round96's or round97's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round96 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 to 144; it fails on a
paper shared with round97's expected.json (read only, from /work/rounds/digests-round97/ or
/work/main/tests/data/digests-round97/, when it exists), and on a paper in more than one round96 file.
Every digest is read raw (UTF-8; line ends kept; 979 and 984 are ASCII) and in decoded forms: 978 with NamuMark's
links, footnotes and bold marks undone; 979 and 984 parsed as MIME messages — the decoded From / To / Cc / Subject
words and every text part decoded from quoted-printable —, 979's HTML also as text (tags dropped, `<br/>` as line
ends, entities undone); 982 every CSV cell (`;`-separated); everything: HTML entities undone once and twice,
percent-escapes undone; an OpenReview id is looked for with quoted-printable soft breaks joined. Titles are matched
after whitespace normalisation (titles wrapped over lines in 977, 979 and 980) and without BibTeX braces (981); a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 977 РПД as `pdftotext -layout` (LF; pages ended by form feeds, the file by one;
the title page unnumbered with УТВЕРЖДАЮ, the approval date and РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ, later pages ending in a
blank line and their centred number, counting from 2; lines at most 100 columns; section headings 1..11 once each in
order; the topics table — Лек + Лаб + СРС = Всего per row, topics numbered 1.., the Итого row the column sums — agreeing
with the workload table and with з.е. × 36 = hours; literature numbered 1..N across а) основная then б)
дополнительная, continuation lines indented to the text; «дата обращения» dates real and not after the approval date,
the department's protocol not after it either; topic references [n] / [a–b] naming existing entries; Internet
resources numbered 1..M; grade bands contiguous over 0–100); 978 NamuMark (LF; category links on the first line, then
`[include(…)]` lines and `[목차]` before the first heading; headings `== … ==` / `==# … #==` with equal marks, starting
at level 2 and stepping down one at most; square brackets balanced on every line, `{{{` / `}}}` balanced; table rows
`||…||` with one cell count (colspans counted) per table; external links without blanks; list lines ` * ` with one
leading blank; `'''` and `^^` paired per line; no HTML tags; a named footnote defined before it is reused); 979 GMX
message (ASCII, CRLF; the header set in GMX's order after the receiving server's; Content-Type text/html UTF-8,
quoted-printable lines at most 76; Message-ID `<trinity-<uuid4>-<ms>@3c-app-gmx-bapNN>` with the milliseconds of the
Date and the host of GMX's `(via HTTP)` Received line, whose time is the Date; Importance / Sensitivity / X-Priority;
Q-words valid; the HTML GMX's — Verdana div, balanced, no raw non-ASCII (entities) —; the quote div with GMX's style,
the Gesendet / Von / An / Betreff block in German date form with the right weekday, Subject = `Fwd: ` + Betreff …,
sent after the forwarded mail; the quoted content one `<br/>` per line with leading and repeated blanks as &nbsp; and
arXiv's mailing in it checked as round94 checks it); 980 Vietnamese thesis as `pdftotext` (LF; pages ended by form
feeds, each ending in a blank line and its number, numbers consecutive; no indentation; lines at most 90; NFC; no
straight double quotes (Word's “ ”); chapter end, DANH MỤC CÔNG TRÌNH, TÀI LIỆU THAM KHẢO with Tiếng Việt then Tiếng
Anh then Tài nguyên trực tuyến, PHỤ LỤC in that order; references [1].. consecutive, each `Authors (YYYY), …`;
Vietnamese ones ordered by the first author's given name, English ones by surname, `Surname I.` names, `et al.` only
after three names, `pp.` in English and `tr.` in Vietnamese ones, English titles in “ ”; the appendix table's cells in
pairs); 981 .bib (LF; `%` comments outside entries; unique keys; CiteULike records before the separator comment, keys
`citeulike:<id>` = citeulike-article-id, four-blank `name = value` fields in case-blind alphabetical order with commas
on all but the last, linkouts numbered 0.., eprint = the linkout's abs id, `posted-at` a real time before CiteULike
closed (2019-03-31) and not before the year, priority 0–5, double-braced title / abstract, month a bare macro; the
NeurIPS record `NEURIPS<year>_<8 hex>` with one-blank alphabetical fields, empty pages, a PDF URL whose hash starts
with the key's hex and whose year is the year field; the arXiv export six-blank in its order with the blanks after
title and url, url = the eprint's abs page; hand entries with aligned `=`); 982 Microsoft Forms CSV (BOM; CRLF rows;
`;` fields quoted exactly when they hold `;`, `"` or a line break — the file rebuilt from its cells is byte-identical
—; Forms' six columns in the Turkish interface's names then the questions; ids 1..n; `dd.MM.yyyy HH:mm:ss` times,
start before completion, completions in id order, under two hours, a modification time empty or after completion;
e-mail = the name folded to ASCII at one domain; student numbers seven digits and unique; week answers options of
the set each followed by `;`; yes / no / partly values; links empty, a URL or `arXiv <id>`); 983 Yahoo!知恵袋 paste
(LF; header, breadcrumb, 解決済み; the question with 補足, asker, `YYYY/M/D H:MM` dates without leading zeros; the
counters each followed by its value, 閲覧数 with thousands commas, お礼 in 枚; answers = 回答数, each a masked
`xxx*****さん` or ID非公開さん, a date not before the question, text, ナイス！ and a count, 違反報告; ベストアンサー first
with who chose it; the thanks after the best answer with お礼日時 not before it; その他の回答（N件）= the rest, in time
order; footer last with © LY Corporation); 984 Revue message (ASCII, CRLF; the header set in order; Message-Id
`<Date as YYYYMMDDhhmmss.1.<16 hex>@mg.getrevue.co>`, DKIM t= the Date, Return-Path and X-Mailgun-Sid naming the To
address, Sender = From's address at mg.getrevue.co, From `X from Newsletter`; Subject starting `Newsletter #N`; a
32-hex boundary, text/plain then text/html, quoted-printable UTF-8 lines at most 76, the closing boundary; plain and
HTML: `Issue #N` = the Subject's, View online = the issue page of that number, every link item's URL (and every
outgoing href) with Revue's utm_campaign / utm_medium / utm_source, the same link items in both parts, the footer
lines, the Italian date = the Date; HTML balanced); 985 Toutiao page (doctype, lang, charset; <title> = h1 + ` - 今日头条`;
canonical `/article/<19 digits>/`; description; the meta line (account link, `YYYY-MM-DD HH:MM`, ·, a province);
the article's class list; no <a> inside the article and addresses as text; numbered items 1.. in order; pgc-img
figures on toutiaoimg.com with sizes and a caption paragraph; the 免责声明 line; related articles older (smaller ids);
balanced); 986 Virgool paste (LF; header lines; title, author twice, bio, `N دقیقه`, `·`, a Solar Hijri date in
Persian digits with a real day; Persian-digit numbered list 1..; tags `#word_word`; like and comment counts in Persian
digits; «بیشتر از <author>»; پست‌های مرتبط; the footer last).
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
from urllib.parse import unquote, quote

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


def html_text(s):
    """an HTML text as a reader sees it: `<br/>` and block ends as line ends, tags dropped, entities undone"""
    s = re.sub(r"<br\s*/?>\r?\n?", "\n", s)
    s = re.sub(r"</(div|p|h\d|li|tr)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\xa0", " ")


def namu_plain(s):
    """NamuMark with links shown as text + target, footnote marks and bold / superscript marks dropped"""
    s = re.sub(r"\[\[([^\[\]|]+)\|([^\[\]]+)\]\]", r"\2 \1", s)
    s = re.sub(r"\[\[([^\[\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[\*\w* ?", "", s)
    return s.replace("'''", "").replace("^^", "")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 978: forms.append(namu_plain(raw))
    if n in (979, 984): forms += mime_forms(raw)
    if n == 979: forms.append(html_text(forms[-1]))
    if n == 982: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline=""), delimiter=";") for c in row))
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
        super().__init__(convert_charrefs=True); self.a, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a": self.a.append((dict(attrs).get("href"), list(self.stack)))
        if tag not in VOID: self.stack.append((tag, dict(attrs).get("class")))

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack: self.stack.pop()


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


def header_order(f, hs, want):
    names = [n for n, _ in hs]
    if names != want: errors.append(f"{f}: header fields {names} not {want}")


def qp_lines(f, body, what):
    for l in body.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: {what}: a quoted-printable line longer than 76"); break
        if re.search(r"[^\x20-\x7e]", l) or re.search(r"=(?![0-9A-F]{2}|$)", l) or l.endswith((" ", "\t")):
            errors.append(f"{f}: {what}: a line that is not quoted-printable: {l[:30]!r}"); break
    try:
        return quopri.decodestring(body.encode("ascii")).decode("utf-8")
    except (UnicodeError, ValueError) as ex:
        errors.append(f"{f}: {what}: not UTF-8 quoted-printable ({ex})"); return ""


# ---- arXiv's cs daily Subj-class mailing (round94's check, used for 979's quoted content)
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


# ---- 977 рабочая программа дисциплины, pdftotext -layout
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def ru_date(s):
    try:
        return datetime.datetime.strptime(s, "%d.%m.%Y").date()
    except ValueError:
        return None


def check_rpd(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters (pdftotext writes LF)")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with pdftotext's form feed"); return
    pages = raw.split("\f")[:-1]
    if any(not p.endswith("\n") for p in pages): errors.append(f"{f}: a page not ended by a line end before its form feed")
    ls_all = [l for p in pages for l in p.split("\n")]
    if any(len(l) > 100 for l in ls_all): errors.append(f"{f}: a line wider than the page (100 columns)")
    if any(l != l.rstrip() for l in ls_all): errors.append(f"{f}: trailing blanks (pdftotext -layout trims them)")
    p1 = pages[0].split("\n")
    if not any(l.strip() == "РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ" for l in p1) or not any(l.strip() == "УТВЕРЖДАЮ" for l in p1):
        errors.append(f"{f}: the title page lacks РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ / УТВЕРЖДАЮ")
    ap = re.search(r"«(\d\d)» (\w+) (\d{4}) г\.", pages[0])
    approved = None
    if not ap or ap.group(2) not in RU_MONTHS: errors.append(f"{f}: no approval date «DD» month YYYY г. on the title page")
    else:
        try: approved = datetime.date(int(ap.group(3)), RU_MONTHS.index(ap.group(2)) + 1, int(ap.group(1)))
        except ValueError: errors.append(f"{f}: approval date is not a real date")
    last1 = [l for l in p1 if l.strip()][-1].strip()
    if last1.isdigit() and len(last1) < 4: errors.append(f"{f}: the title page carries a page number")
    for i, p in enumerate(pages[1:], 2):
        pl = p.rstrip("\n").split("\n")
        if len(pl) < 2 or pl[-2] != "" or pl[-1].strip() != str(i):
            errors.append(f"{f}: page {i} does not end with a blank line and its number {i}"); continue
        lead = len(pl[-1]) - len(pl[-1].lstrip())
        if abs(lead - (100 - len(str(i))) // 2) > 2: errors.append(f"{f}: page {i}: the number is not centred")
    text = "\n".join(ls_all)
    heads = [int(m.group(1)) for m in re.finditer(r"(?m)^(\d{1,2})\. [А-ЯЁ][А-ЯЁ «»,\-()]+$", text)]
    if heads != list(range(1, 12)): errors.append(f"{f}: section headings {heads} not 1..11 once each in order")
    prot = re.search(r"протокол № \d+ от (\d\d\.\d\d\.\d{4})", text)
    if not prot or not ru_date(prot.group(1)) or (approved and ru_date(prot.group(1)) > approved):
        errors.append(f"{f}: the department's protocol date missing, unreal or after the approval")
    # the topics table
    rows = [(int(m.group(1)), *map(int, m.group(2, 3, 4, 5))) for m in
            re.finditer(r"(?m)^  (\d)\s{2,}\S.*?\s(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", text)]
    tot = re.search(r"(?m)^\s+Итого\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", text)
    if not rows or not tot: errors.append(f"{f}: no topics table with an Итого row"); return
    if [r[0] for r in rows] != list(range(1, len(rows) + 1)): errors.append(f"{f}: topics not numbered 1..{len(rows)}")
    for r in rows:
        if r[1] + r[2] + r[3] != r[4]: errors.append(f"{f}: topic {r[0]}: Лек + Лаб + СРС != Всего")
    sums = [sum(r[k] for r in rows) for k in (1, 2, 3, 4)]
    if sums != [int(x) for x in tot.groups()]: errors.append(f"{f}: the Итого row {tot.groups()} is not the column sums {sums}")
    ze = re.search(r"составляет (\d+) зачетные единицы \((\d+) академических часа\)", text)
    if not ze or int(ze.group(1)) * 36 != int(ze.group(2)) or int(ze.group(2)) != sums[3]:
        errors.append(f"{f}: з.е. × 36 != hours, or hours != the table's total")
    for label, val in (("в том числе: лекции", sums[0]), ("лабораторные работы", sums[1]), ("Самостоятельная работа", sums[2]),
                       ("Контактная работа обучающихся с преподавателем", sums[0] + sums[1])):
        m = re.search(r"(?m)^\s+" + re.escape(label) + r"\s+(\d+)\s+(\d+)$", text)
        if not m or int(m.group(1)) != val or int(m.group(2)) != val: errors.append(f"{f}: workload line {label!r} does not agree with the topics table")
    m = re.search(r"Общая трудоемкость, час / з\.е\.\s+(\d+) / (\d+)\s+(\d+) / (\d+)", text)
    if not m or int(m.group(1)) != sums[3] or int(m.group(3)) != sums[3] or (ze and m.group(2) != ze.group(1)):
        errors.append(f"{f}: the total workload line does not agree")
    # literature (section 8) and Internet resources (section 9)
    s8 = text[text.find("\n8. "):text.find("\n9. ")]
    if not ("а) основная литература:" in s8 and "б) дополнительная литература:" in s8 and
            s8.index("а) основная литература:") < s8.index("б) дополнительная литература:")):
        errors.append(f"{f}: literature lists а) / б) missing or out of order")
    nums, cur = [], None
    for l in s8.split("\n")[3:]:
        m = re.match(r"     (\d+)\. (\S.*)$", l)
        if m:
            nums.append(int(m.group(1))); cur = 5 + len(m.group(1)) + 2; continue
        if l.startswith("     а)") or l.startswith("     б)") or not l.strip() or l.strip().isdigit(): cur = None if not l.strip() else cur; continue
        if cur is None or len(l) - len(l.lstrip()) != cur: errors.append(f"{f}: literature line {l.strip()[:30]!r} not indented to its entry's text")
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: literature numbered {nums}, not 1..N")
    for m in re.finditer(r"\[(\d+)(?:–(\d+))?\]", text[text.find("\n5.2."):text.find("\n6. ")]):
        for x in (m.group(1), m.group(2)):
            if x and not 1 <= int(x) <= len(nums): errors.append(f"{f}: topic reference [{x}] names no literature entry")
    for d in re.findall(r"дата обращения:\s+(\d\d\.\d\d\.\d{4})", text):
        dd = ru_date(d)
        if not dd or (approved and dd > approved): errors.append(f"{f}: «дата обращения» {d} unreal or after the approval date")
    s9 = text[text.find("\n9. "):text.find("\n10. ")]
    r9 = [int(x) for x in re.findall(r"(?m)^     (\d+)\. ", s9)]
    if r9 != list(range(1, len(r9) + 1)) or not r9: errors.append(f"{f}: Internet resources numbered {r9}")
    bands = sorted((int(a), int(b)) for a, b in re.findall(r"(?m)^\s+(\d+)–(\d+) баллов", text))
    if not bands or bands[0][0] != 0 or bands[-1][1] != 100 or any(bands[i][1] + 1 != bands[i + 1][0] for i in range(len(bands) - 1)):
        errors.append(f"{f}: grade bands {bands} not contiguous over 0–100")


# ---- 978 NamuMark raw source
def check_namu(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls or not re.fullmatch(r"(\[\[분류:[^\[\]]+\]\])+", ls[0]): errors.append(f"{f}: line 1 is not the category links")
    i = 1
    while i < len(ls) and ls[i].startswith("[include("): 
        if not re.fullmatch(r"\[include\(틀:[^()]+(?:\([^()]*\))?[^()]*\)\]", ls[i]): errors.append(f"{f}: line {i + 1}: include not [include(틀:…)]")
        i += 1
    heads = [k for k, l in enumerate(ls) if l.startswith("=")]
    if "[목차]" not in ls or (heads and ls.index("[목차]") > heads[0]): errors.append(f"{f}: [목차] missing or after the first heading")
    if i == 1: errors.append(f"{f}: no [include(틀:…)] after the categories")
    prev = 1
    for k in heads:
        m = re.fullmatch(r"(=+)(#?) (\S.*?) (#?)(=+)", ls[k])
        if not m or m.group(1) != m.group(5) or m.group(2) != m.group(4) or not 2 <= len(m.group(1)) <= 6:
            errors.append(f"{f}: line {k + 1}: heading marks unequal or malformed"); continue
        lv = len(m.group(1))
        if lv > prev + 1 or (prev == 1 and lv != 2): errors.append(f"{f}: line {k + 1}: heading level {lv} after {prev}")
        prev = lv
    depth, named, table = 0, set(), []
    for k, l in enumerate(ls + [""], 1):
        if l.count("[") != l.count("]"): errors.append(f"{f}: line {k}: square brackets unbalanced")
        depth += l.count("{{{") - l.count("}}}")
        if depth < 0: errors.append(f"{f}: line {k}: }}}} closes nothing"); depth = 0
        if l.count("'''") % 2 or l.count("^^") % 2: errors.append(f"{f}: line {k}: ''' or ^^ unpaired")
        if re.search(r"</?(?:a|br|p|div|span|b|i)\b", l): errors.append(f"{f}: line {k}: an HTML tag in NamuMark")
        for m in re.finditer(r"\[\[(https?://[^|\]]*)(\|[^\]]*)?\]\]", l):
            if " " in m.group(1) or not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", m.group(1)): errors.append(f"{f}: line {k}: external link {m.group(1)[:30]!r}")
        for m in re.finditer(r"\[\*(\w*)(\]| )", l):
            if m.group(2) == " " and m.group(1): named.add(m.group(1))
            if m.group(2) == "]" and m.group(1) not in named: errors.append(f"{f}: line {k}: footnote [*{m.group(1)}] reused before it is defined")
        if re.match(r"\s*\* ", l) and not re.match(r" \* \S", l): errors.append(f"{f}: line {k}: a list item without exactly one leading blank")
        if "##" in l and not l.startswith("##"): errors.append(f"{f}: line {k}: ## comment not at line start")
        if l.startswith("||"):
            if not l.endswith("||"): errors.append(f"{f}: line {k}: table row not closed by ||")
            cells = l[2:-2].split("||")
            table.append((k, sum(int(re.match(r"<-(\d+)>", c.strip()).group(1)) if re.match(r"<-(\d+)>", c.strip()) else 1 for c in cells)))
        elif table:
            if len({w for _, w in table}) != 1: errors.append(f"{f}: table at line {table[0][0]}: rows of {[w for _, w in table]} cells")
            table = []
    if depth: errors.append(f"{f}: {{{{{{ not closed")


# ---- 979 GMX message
GMX_HEAD = ["Return-Path", "Delivered-To", "Received", "Received", "X-UI-Sender-Class", "MIME-Version", "Message-ID", "From",
            "To", "Cc", "Subject", "Content-Type", "Date", "Importance", "Sensitivity", "Content-Transfer-Encoding",
            "X-Priority", "X-Provags-ID", "X-UI-Out-Filterresults", "UI-OutboundReport"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
GMX_QUOTE = ('<div name="quote" style="margin:10.0px 5.0px 5.0px 10.0px; padding: 10.0px 0 10.0px 10.0px; border-left:2.0px '
             'solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">')


def check_gmx(f, raw):
    crlf_only(f, raw)
    if not raw.isascii(): errors.append(f"{f}: non-ASCII bytes in a quoted-printable message")
    hs = header_block(f, raw)
    header_order(f, hs, GMX_HEAD)
    H = {}
    for n, v in hs: H.setdefault(n, v)
    date = rfc_date(f, H.get("Date"))
    encoded_words(f, raw.split("\r\n\r\n", 1)[0], r"UTF-8", "Qq")
    if H.get("Content-Type") != "text/html; charset=UTF-8" or H.get("Content-Transfer-Encoding") != "quoted-printable":
        errors.append(f"{f}: not GMX's single text/html UTF-8 quoted-printable part")
    if (H.get("Importance"), H.get("Sensitivity"), H.get("X-Priority"), H.get("MIME-Version")) != ("normal", "Normal", "3", "1.0"):
        errors.append(f"{f}: Importance / Sensitivity / X-Priority / MIME-Version not GMX's")
    rec = [v for n, v in hs if n == "Received"]
    mg = re.fullmatch(r"from \[([\d.]+)\] \(\[\1\]\) by web-mail\.gmx\.net \((3c-app-gmx-bap\d+)\.server\.lan \[172\.19\.172\.\d+\]\) "
                      r"\(via HTTP\); (.+)", rec[1] if len(rec) > 1 else "")
    mid = re.fullmatch(r"<trinity-([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})-(\d{13})@(3c-app-gmx-bap\d+)>", H.get("Message-ID", ""))
    if not mg: errors.append(f"{f}: GMX's '(via HTTP)' Received line missing or malformed")
    if not mid: errors.append(f"{f}: Message-ID not GMX's trinity form")
    if mg and mid and mg.group(2) != mid.group(3): errors.append(f"{f}: Message-ID host is not the webmail host of the Received line")
    if date and mid and int(mid.group(2)) // 1000 != int(date.timestamp()): errors.append(f"{f}: Message-ID milliseconds are not the Date")
    if date and mg and email.utils.parsedate_to_datetime(mg.group(3)) != date: errors.append(f"{f}: GMX's Received time is not the Date")
    if not re.match(r"from mout\.gmx\.net \(mout\.gmx\.net \[[\d.]+\]\)", rec[0] if rec else ""): errors.append(f"{f}: the first Received is not from mout.gmx.net")
    body = raw.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in raw else ""
    h = qp_lines(f, body, "body")
    if not h: return
    if not h.startswith('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">') or not h.rstrip().endswith("</div></body></html>"):
        errors.append(f"{f}: the HTML does not open / close as GMX's")
    errors.extend(f"{f}: HTML {x}" for x in html_balanced(h))
    if not h.isascii(): errors.append(f"{f}: raw non-ASCII in GMX's HTML (it writes entities)")
    if GMX_QUOTE not in h: errors.append(f"{f}: no GMX quote div with its style"); return
    q = h[h.index(GMX_QUOTE) + len(GMX_QUOTE):]
    mh = re.match(r'\r?\n<div style="margin:0 0 10.0px 0;"><b>Gesendet:</b>&nbsp;(\w+), (\d\d)\. (\S+) (\d{4}) um (\d\d):(\d\d) Uhr<br/>\r?\n'
                  r'<b>Von:</b>&nbsp;(.+?)<br/>\r?\n<b>An:</b>&nbsp;(.+?)<br/>\r?\n<b>Betreff:</b>&nbsp;(.+?)</div>', q)
    if not mh: errors.append(f"{f}: the Gesendet / Von / An / Betreff block is not GMX's"); return
    try:
        gd = datetime.datetime(int(mh.group(4)), DE_MONTHS.index(html.unescape(mh.group(3))) + 1, int(mh.group(2)), int(mh.group(5)), int(mh.group(6)))
    except ValueError:
        errors.append(f"{f}: Gesendet date not a German date"); return
    if DE_DAYS[gd.weekday()] != mh.group(1): errors.append(f"{f}: Gesendet weekday not the date's")
    if date and gd > date.replace(tzinfo=None): errors.append(f"{f}: the forwarded mail is later than the forward")
    if H.get("Subject", "") != "Fwd: " + html.unescape(mh.group(9)) and not H.get("Subject", "").startswith("Fwd: " + html.unescape(mh.group(9)) + " "):
        errors.append(f"{f}: Subject is not 'Fwd: ' + the forwarded Betreff")
    mc = re.search(r'<div name="quoted-content">(.*?)</div>', q, re.S)
    if not mc: errors.append(f"{f}: no quoted-content div"); return
    qlines = mc.group(1).split("<br/>\r\n")
    for l in qlines:
        if "  " in l or l.startswith(" ") or "\n" in l or re.search(r"[<>\"]", l):
            errors.append(f"{f}: quoted line {l[:30]!r} not as GMX converts plain text"); break
    fwd = [html.unescape(l).replace("\xa0", " ") for l in qlines]
    t1 = check_listing(f, fwd, date)
    if t1 and gd < t1 + datetime.timedelta(hours=2): errors.append(f"{f}: the arXiv mail (in German local time) is dated before its window closed")


# ---- 980 Vietnamese thesis back matter, pdftotext
def fold_vi(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def check_vn_thesis(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters (pdftotext writes LF)")
    if unicodedata.normalize("NFC", raw) != raw: errors.append(f"{f}: text not in NFC")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with pdftotext's form feed"); return
    pages = raw.split("\f")[:-1]
    nums = []
    for p in pages:
        pl = p.split("\n")
        if pl[-1] != "" or len(pl) < 3 or pl[-3] != "" or not pl[-2].isdigit(): errors.append(f"{f}: a page not ended by a blank line and its number"); continue
        nums.append(int(pl[-2]))
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums} not consecutive")
    ls = [l for p in pages for l in p.split("\n")[:-3]]
    for l in ls:
        if l.startswith((" ", "\t")): errors.append(f"{f}: an indented line (pdftotext's reading order keeps none)"); break
    for l in ls:
        if len(l) > 90: errors.append(f"{f}: a line longer than the text block: {l[:30]!r}"); break
    if '"' in raw: errors.append(f"{f}: a straight double quote (Word's autoformat writes “ ”)")
    order = ["5.2. Hướng phát triển", "DANH MỤC CÔNG TRÌNH KHOA HỌC CỦA TÁC GIẢ", "TÀI LIỆU THAM KHẢO", "Tiếng Việt", "Tiếng Anh",
             "Tài nguyên trực tuyến", "PHỤ LỤC"]
    pos = [ls.index(x) if x in ls else -1 for x in order]
    if -1 in pos or pos != sorted(pos) or any(ls.count(x) != 1 for x in order): errors.append(f"{f}: back-matter headings missing, repeated or out of order")
    if -1 in pos: return
    refs, cur, group = [], None, None
    for l in ls[pos[2] + 1:pos[6]]:
        if l in ("Tiếng Việt", "Tiếng Anh", "Tài nguyên trực tuyến"):
            group = l; cur = None; continue
        m = re.match(r"\[(\d+)\] (.*)", l)
        if m:
            cur = [int(m.group(1)), group, m.group(2)]; refs.append(cur); continue
        if cur is None: errors.append(f"{f}: text before the first reference of a group"); continue
        cur[2] += " " + l
    if [r[0] for r in refs] != list(range(1, len(refs) + 1)): errors.append(f"{f}: references numbered {[r[0] for r in refs]}, not 1..N")
    keys_vi, keys_en = [], []
    for n, g, t in refs:
        if g == "Tài nguyên trực tuyến":
            if not re.search(r"https?://\S+, truy cập ngày \d\d/\d\d/\d{4}\.$", t): errors.append(f"{f}: [{n}] online resource without URL and access date")
            continue
        m = re.match(r"(.+?) \((\d{4})\), (.+)$", t)
        if not m: errors.append(f"{f}: [{n}] not 'Authors (YYYY), …'"); continue
        first = m.group(1).split(",")[0].strip()
        if g == "Tiếng Việt":
            keys_vi.append(fold_vi(first.split()[-1]))
            if " pp. " in t: errors.append(f"{f}: [{n}] Vietnamese reference with pp.")
        else:
            names = [x.strip() for x in m.group(1).split(",")]
            if names[-1] == "et al.":
                if len(names) != 4: errors.append(f"{f}: [{n}] et al. not after three names")
                names = names[:-1]
            if any(not re.fullmatch(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)* (?:[A-Z]\.(?:[ -][A-Z]\.)*)", x) for x in names):
                errors.append(f"{f}: [{n}] author names not 'Surname I.'")
            keys_en.append(fold_vi(names[0].rsplit(" ", 1)[0]))
            if " tr. " in t: errors.append(f"{f}: [{n}] English reference with tr.")
            if not re.match(r"“[^”]+”, ", m.group(3)): errors.append(f"{f}: [{n}] English title not in “ ”")
    if keys_vi != sorted(keys_vi): errors.append(f"{f}: Vietnamese references not ordered by given name: {keys_vi}")
    if keys_en != sorted(keys_en): errors.append(f"{f}: English references not ordered by surname: {keys_en}")
    cap = [k for k, l in enumerate(ls) if l.startswith("Bảng A.1. ")]
    if len(cap) != 1 or (len(ls) - cap[0] - 1) % 2: errors.append(f"{f}: the appendix table's cells are not in pairs")


# ---- 981 .bib: CiteULike export + NeurIPS + arXiv export + hand entries
def bib_entries(f, raw, prelude=0):
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
        if raw[i:eol].strip() and not raw[i:eol].lstrip().startswith("%") and line > prelude:
            errors.append(f"{f}: line {line}: text outside entries that is not a % comment")
        i = eol
    return out


def check_citeulike_bib(f, raw):
    lf_final(f, raw)
    ents = bib_entries(f, raw)
    ks = [k for _, k, _, _ in ents]
    if len(set(ks)) != len(ks): errors.append(f"{f}: duplicate keys")
    sep = raw.find("% Μετά το CiteULike")
    if sep < 0: errors.append(f"{f}: no separator comment after the CiteULike records")
    for typ, key, txt, line in ents:
        start = raw.find(txt)
        body = txt.split("\n")[1:-1]
        if key.startswith("citeulike:"):
            if sep >= 0 and start > sep: errors.append(f"{f}: {key}: a CiteULike record after the separator")
            if not txt.endswith("\n}"): errors.append(f"{f}: {key}: closing brace not alone on its line")
            fields = []
            for k, l in enumerate(body):
                m = re.fullmatch(r"    ([\w-]+) = (.+?)(,?)", l)
                if not m: errors.append(f"{f}: {key}: field line {l[:30]!r} not four-blank 'name = value'"); continue
                if (m.group(3) == ",") != (k < len(body) - 1): errors.append(f"{f}: {key}: commas not on all fields but the last")
                fields.append((m.group(1), m.group(2)))
            names = [n for n, _ in fields]
            if names != sorted(names, key=str.lower): errors.append(f"{f}: {key}: fields not in alphabetical order")
            F_ = dict(fields)
            if F_.get("citeulike-article-id") != "{" + key.split(":")[1] + "}": errors.append(f"{f}: {key}: citeulike-article-id is not the key's")
            lo = [n for n in names if n.startswith("citeulike-linkout-")]
            if lo != [f"citeulike-linkout-{i}" for i in range(len(lo))] or not lo: errors.append(f"{f}: {key}: linkouts not numbered 0..")
            if "eprint" in F_:
                if F_.get("citeulike-linkout-0") != "{http://arxiv.org/abs/" + F_["eprint"].strip("{}") + "}" or \
                        F_.get("url") != F_.get("citeulike-linkout-0"): errors.append(f"{f}: {key}: eprint / linkout / url disagree")
            pa = re.fullmatch(r"\{(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\}", F_.get("posted-at", ""))
            try:
                when = datetime.datetime.strptime(pa.group(1), "%Y-%m-%d %H:%M:%S") if pa else None
            except ValueError:
                when = None
            if not when: errors.append(f"{f}: {key}: posted-at not a real 'YYYY-MM-DD HH:MM:SS'")
            elif when > datetime.datetime(2019, 3, 31) or when.year < int(F_.get("year", "{0}").strip("{}")):
                errors.append(f"{f}: {key}: posted-at after CiteULike closed or before the paper's year")
            if not re.fullmatch(r"\{[0-5]\}", F_.get("priority", "")): errors.append(f"{f}: {key}: priority not 0–5")
            for n in ("title", "abstract"):
                if n in F_ and not (F_[n].startswith("{{") and F_[n].endswith("}}")): errors.append(f"{f}: {key}: {n} not double-braced")
            if "month" in F_ and not re.fullmatch(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", F_["month"]): errors.append(f"{f}: {key}: month not a bare macro")
            continue
        if sep >= 0 and start < sep: errors.append(f"{f}: {key}: a non-CiteULike entry before the separator")
        mn = re.fullmatch(r"NEURIPS(\d{4})_([0-9a-f]{8})", key)
        if mn:
            exp_lines = [l for l in body if l.startswith(" ") and not l.startswith("  ")]
            names = [re.match(r" (\w+) = ", l).group(1) if re.match(r" (\w+) = ", l) else "?" for l in exp_lines]
            if names != sorted(names) or "?" in names: errors.append(f"{f}: {key}: NeurIPS fields not one-blank alphabetical")
            if " pages = {}," not in body: errors.append(f"{f}: {key}: NeurIPS export without its empty pages")
            mu = re.search(r"/paper_files/paper/(\d{4})/file/([0-9a-f]{32})-Paper\.pdf", txt)
            if not mu or mu.group(2)[:8] != mn.group(2) or mu.group(1) != mn.group(1) or f" year = {{{mn.group(1)}}}" not in txt:
                errors.append(f"{f}: {key}: the PDF URL's year / hash and the key disagree")
            continue
        if all(l.startswith("      ") for l in body):
            order = [re.match(r"      (\w+)=", l).group(1) if re.match(r"      (\w+)=", l) else "?" for l in body]
            if order != ["title", "author", "year", "eprint", "archivePrefix", "primaryClass", "url"]: errors.append(f"{f}: {key}: arXiv export fields {order}")
            if not body[0].endswith("}, ") or not body[-1].endswith("}, "): errors.append(f"{f}: {key}: arXiv export without the blank after title / url")
            ep = re.search(r"eprint=\{(\d{4}\.\d{4,5})\}", txt)
            if not ep or f"url={{https://arxiv.org/abs/{ep.group(1)}}}" not in txt: errors.append(f"{f}: {key}: url is not the eprint's abs page")
            yr = re.search(r"year=\{(\d{4})\}", txt)
            if ep and yr and int(yr.group(1)) < 2000 + int(ep.group(1)[:2]): errors.append(f"{f}: {key}: year before the eprint")
            continue
        eqs = {len(l) - len(l.lstrip(" ").split("=", 1)[1]) for l in body if "=" in l and re.match(r"  \w+ +=", l)}
        if not all(re.match(r"  \w+ += \{", l) for l in body) or len(eqs) != 1: errors.append(f"{f}: {key}: hand entry not two-blank with aligned =")


# ---- 982 Microsoft Forms responses, Excel CSV UTF-8 (Turkish list separator)
MSF_HEAD = ["Kimlik", "Başlangıç saati", "Tamamlanma saati", "E-posta", "Ad", "Son değiştirilme saati"]
TR_FOLD = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")


def msf_cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


def check_msforms(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark (Excel's CSV UTF-8 writes one)")
    if not raw.endswith("\r\n") or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: rows not ended by CRLF")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline=""), delimiter=";"))
    rebuilt = "\ufeff" + "\r\n".join(";".join(msf_cell(c) for c in r) for r in rows) + "\r\n"
    if rebuilt != raw: errors.append(f"{f}: the file is not Excel's CSV of its cells (quoting, separator or line ends)")
    if not rows or rows[0][:6] != MSF_HEAD: errors.append(f"{f}: Forms' columns not first: {rows[0][:6] if rows else None}"); return
    head = rows[0]
    col = {h: i for i, h in enumerate(head)}
    weeks_q = next((h for h in head if h.startswith("Hangi haftalarda")), None)
    opts = set()
    last_done, doms, nos = None, set(), []
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(head): errors.append(f"{f}: row {i}: {len(r)} fields, not {len(head)}"); continue
        if r[0] != str(i): errors.append(f"{f}: row {i}: Kimlik {r[0]} not {i}")
        try:
            t0, t1 = (datetime.datetime.strptime(r[k], "%d.%m.%Y %H:%M:%S") for k in (1, 2))
        except ValueError:
            errors.append(f"{f}: row {i}: times not dd.MM.yyyy HH:mm:ss"); continue
        if not t0 < t1 or t1 - t0 > datetime.timedelta(hours=2): errors.append(f"{f}: row {i}: completion not after start or over two hours")
        if last_done and t1 < last_done: errors.append(f"{f}: row {i}: completed before the row above")
        last_done = t1
        if r[5]:
            try:
                if datetime.datetime.strptime(r[5], "%d.%m.%Y %H:%M:%S") <= t1: errors.append(f"{f}: row {i}: modified before completion")
            except ValueError:
                errors.append(f"{f}: row {i}: modification time malformed")
        m = re.fullmatch(r"([a-z]+)\.([a-z]+)@([\w.-]+)", r[3])
        if not m: errors.append(f"{f}: row {i}: e-mail malformed"); continue
        doms.add(m.group(3))
        if r[4].translate(TR_FOLD).lower().replace(" ", ".") != f"{m.group(1)}.{m.group(2)}": errors.append(f"{f}: row {i}: e-mail is not the name's")
        no = r[col.get("Öğrenci numaranız", 6)]
        if not re.fullmatch(r"\d{7}", no): errors.append(f"{f}: row {i}: student number not seven digits")
        nos.append(no)
        if weeks_q:
            w = r[col[weeks_q]]
            parts = w.split(";")
            if not w.endswith(";") or "" in parts[:-1] or len(set(parts)) != len(parts): errors.append(f"{f}: row {i}: week answer not Forms' 'a;b;'")
            opts.update(parts[:-1])
        if r[-1] not in ("Evet", "Hayır", "Kısmen"): errors.append(f"{f}: row {i}: last answer not Evet / Hayır / Kısmen")
        link = r[col[next(h for h in head if h.startswith("Makalenin bağlantısı"))]]
        if link and not re.fullmatch(r"https?://\S+|arXiv \d{4}\.\d{4,5}", link): errors.append(f"{f}: row {i}: link cell {link[:30]!r}")
    if len(doms) > 1: errors.append(f"{f}: e-mails at more than one domain")
    if len(set(nos)) != len(nos): errors.append(f"{f}: a student number twice")
    if any(not re.fullmatch(r"\d+\. hafta \(\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran)\)", o) for o in opts):
        errors.append(f"{f}: a week option not 'N. hafta (D Ay)'")


# ---- 983 Yahoo!知恵袋 question page pasted
CHIE_DATE = r"(\d{4})/([1-9]\d?)/([1-9]\d?) ([12]?\d):(\d\d)"
CHIE_USER = r"[a-z0-9_]{3}\*{5}さん|ID非公開さん"


def chie_dt(s):
    m = re.fullmatch(CHIE_DATE, s)
    return datetime.datetime(*map(int, m.groups())) if m else None


def check_chiebukuro(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["Yahoo!知恵袋"] or "知恵袋トップ" not in ls[:8] or "カテゴリ一覧" not in ls[:8]: errors.append(f"{f}: header / breadcrumb not the page's")
    if "解決済み" not in ls: errors.append(f"{f}: no 解決済み"); return
    if ls[-5:] != ["Yahoo!知恵袋", "利用規約", "プライバシーポリシー", "ヘルプ・お問い合わせ", "© LY Corporation"]: errors.append(f"{f}: the footer is not last")
    for i, l in enumerate(ls):
        d = l.split("：", 1)[1] if l.startswith("お礼日時：") else l
        if re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d\d", d) and not chie_dt(d): errors.append(f"{f}: line {i + 1}: date not in 知恵袋's form (no leading zeros)")
        if l.endswith("さん") and i + 1 < len(ls) and re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d\d", ls[i + 1]) and not re.fullmatch(CHIE_USER, l):
            errors.append(f"{f}: line {i + 1}: user {l!r} not masked as 知恵袋 shows it")
    if "補足" not in ls: errors.append(f"{f}: the question's 補足 missing"); return
    k = ls.index("補足") + 1
    while k < len(ls) and not re.fullmatch(CHIE_USER, ls[k]): k += 1
    if k + 1 >= len(ls) or not chie_dt(ls[k + 1]): errors.append(f"{f}: the asker and the question date"); return
    qd = chie_dt(ls[k + 1])
    counters = ls[k + 2:k + 11]
    if len(counters) < 9 or counters[0] != "共感した" or counters[2] != "閲覧数：" or counters[4] != "回答数：" or counters[6] != "お礼：" or counters[8] != "違反報告":
        errors.append(f"{f}: the counters are not laid out as the page lays them"); return
    if not counters[1].isdigit() or not re.fullmatch(r"\d{1,3}(,\d{3})*", counters[3]) or not counters[5].isdigit() or not re.fullmatch(r"\d+枚", counters[7]):
        errors.append(f"{f}: a counter's value malformed")
    n_ans = int(counters[5]) if counters[5].isdigit() else -1
    if ls[k + 11:k + 13] != ["ベストアンサー", "このベストアンサーは質問者が選びました"] and ls[k + 11:k + 13] != ["ベストアンサー", "このベストアンサーは投票で選ばれました"]:
        errors.append(f"{f}: ベストアンサー does not follow the counters")
    answers, j = [], k + 13
    while j < len(ls) - 1:
        if re.fullmatch(CHIE_USER, ls[j]) and chie_dt(ls[j + 1]):
            d = chie_dt(ls[j + 1]); e = j + 2
            while e < len(ls) and ls[e] != "ナイス！": e += 1
            if e + 2 >= len(ls) or not ls[e + 1].isdigit() or ls[e + 2] != "違反報告" or e == j + 2:
                errors.append(f"{f}: answer at line {j + 1} lacks text / ナイス！ count / 違反報告"); break
            answers.append((j, d)); j = e + 3; continue
        j += 1
    if len(answers) != n_ans: errors.append(f"{f}: 回答数 {n_ans} but {len(answers)} answers")
    if any(d < qd for _, d in answers): errors.append(f"{f}: an answer dated before the question")
    if any(answers[i][1] > answers[i + 1][1] for i in range(1, len(answers) - 1)): errors.append(f"{f}: other answers not in time order")
    if "質問者からのお礼コメント" in ls:
        t = ls.index("質問者からのお礼コメント")
        od = next((chie_dt(l.split("：", 1)[1]) for l in ls[t:t + 6] if l.startswith("お礼日時：")), None)
        if not answers or t < answers[0][0] or (len(answers) > 1 and t > answers[1][0]): errors.append(f"{f}: the thanks are not after the best answer")
        if not od or (answers and od < answers[0][1]): errors.append(f"{f}: お礼日時 missing or before the best answer")
    mo = [re.fullmatch(r"その他の回答（(\d+)件）", l) for l in ls]
    mo = [m for m in mo if m]
    if len(mo) != 1 or int(mo[0].group(1)) != n_ans - 1: errors.append(f"{f}: その他の回答（N件） is not the other answers' count")


# ---- 984 Revue issue (Mailgun)
REVUE_HEAD = ["Return-Path", "Received", "DKIM-Signature", "Sender", "X-Mailgun-Sending-Ip", "X-Mailgun-Sid", "List-Unsubscribe",
              "Reply-To", "To", "From", "Subject", "Message-Id", "Date", "Mime-Version", "Content-Type"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def check_revue(f, raw):
    crlf_only(f, raw)
    if not raw.isascii(): errors.append(f"{f}: non-ASCII bytes in the message")
    hs = header_block(f, raw)
    header_order(f, hs, REVUE_HEAD)
    H = dict(hs)
    date = rfc_date(f, H.get("Date"))
    encoded_words(f, raw.split("\r\n\r\n", 1)[0], r"UTF-8", "Qq")
    to = H.get("To", "")
    mid = re.fullmatch(r"<(\d{14})\.1\.[0-9A-F]{16}@mg\.getrevue\.co>", H.get("Message-Id", ""))
    if not mid or (date and mid.group(1) != date.astimezone(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")): errors.append(f"{f}: Message-Id not Mailgun's form of the Date")
    dk = re.search(r"\bd=([\w.]+);.*?\bt=(\d+);", H.get("DKIM-Signature", ""))
    if not dk or dk.group(1) != "getrevue.co" or (date and int(dk.group(2)) != int(date.timestamp())): errors.append(f"{f}: DKIM d= / t= not getrevue.co at the Date")
    if not re.fullmatch(r"<bounce\+[0-9a-f]+\.[0-9a-f]+-" + re.escape(to.replace("@", "=")) + r"@mg\.getrevue\.co>", H.get("Return-Path", "")):
        errors.append(f"{f}: Return-Path does not carry the To address")
    try:
        sid = json.loads(base64.b64decode(H.get("X-Mailgun-Sid", "")))
        if to not in sid: errors.append(f"{f}: X-Mailgun-Sid does not name the To address")
    except Exception:
        errors.append(f"{f}: X-Mailgun-Sid is not base64 JSON")
    if f"for <{to}>;" not in H.get("Received", ""): errors.append(f"{f}: Received is not for the To address")
    mf = re.fullmatch(r"(.+) from (.+) <([\w.-]+)@getrevue\.co>", H.get("From", ""))
    if not mf: errors.append(f"{f}: From not 'Name from Newsletter <…@getrevue.co>'"); return
    nl, slug = mf.group(2), mf.group(3)
    if H.get("Sender") != f"{slug}=getrevue.co@mg.getrevue.co": errors.append(f"{f}: Sender is not From's address at mg.getrevue.co")
    subj = str(email.header.make_header(email.header.decode_header(H.get("Subject", ""))))
    ms = re.match(re.escape(nl) + r" #(\d+)", subj)
    if not ms: errors.append(f"{f}: Subject does not start with the newsletter and its issue number"); return
    issue = ms.group(1)
    mb = re.fullmatch(r'multipart/alternative; boundary="([0-9a-f]{32})"', H.get("Content-Type", ""))
    if not mb: errors.append(f"{f}: boundary not Mailgun's 32 hex"); return
    b = mb.group(1)
    parts = raw.split("\r\n\r\n", 1)[1].split(f"--{b}")
    if parts[0] != "" or parts[-1] != "--\r\n" or len(parts) != 4: errors.append(f"{f}: not two parts closed by the final boundary"); return
    texts = {}
    for p in parts[1:3]:
        mp = re.match(r"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: (text/plain|text/html); charset=utf-8\r\n\r\n(.*)\r\n$", p, re.S)
        if not mp: errors.append(f"{f}: a part's headers are not Mailgun's"); continue
        texts[mp.group(1)] = qp_lines(f, mp.group(2), mp.group(1))
    if list(texts) != ["text/plain", "text/html"]: errors.append(f"{f}: parts not text/plain then text/html"); return
    pl, hl = texts["text/plain"].replace("\r\n", "\n"), texts["text/html"].replace("\r\n", "\n")
    utm = "utm_campaign=" + quote(nl, safe="") + "&utm_medium=email&utm_source=Revue%20newsletter"
    if not pl.startswith(f"{nl} - Issue #{issue}\n"): errors.append(f"{f}: the plain part does not open with '{nl} - Issue #{issue}'")
    mv = re.search(r"^View online: (https://www\.getrevue\.co/profile/" + re.escape(slug) + r"/issues/[\w-]+-" + issue + r"-[\w-]+-(\d+))$", pl, re.M)
    if not mv: errors.append(f"{f}: View online is not this issue's page")
    pl_lines = pl.split("\n")
    items_p = []
    for i, l in enumerate(pl_lines[:-2]):
        if re.fullmatch(r"https?://\S+", pl_lines[i + 1]) and pl_lines[i + 2] and "." in pl_lines[i + 2] and " " not in pl_lines[i + 2] and not l.startswith("View online"):
            items_p.append((l, pl_lines[i + 1]))
            if not pl_lines[i + 1].endswith(utm): errors.append(f"{f}: plain link {pl_lines[i + 1][:40]!r} without Revue's utm parameters")
            dom = pl_lines[i + 1].split("/")[2].removeprefix("www.")
            if pl_lines[i + 2] != dom: errors.append(f"{f}: plain item's source {pl_lines[i + 2]!r} is not its URL's domain")
    foot = ["Did you enjoy this issue?", "Yes: ", "No: ", "", "In order to unsubscribe, click here: ",
            "If you were forwarded this newsletter and you like it, you can subscribe here: ", "Powered by Revue"]
    try:
        k = pl_lines.index("Did you enjoy this issue?")
        if any(not pl_lines[k + i].startswith(x) for i, x in enumerate(foot)): raise ValueError
    except (ValueError, IndexError):
        errors.append(f"{f}: the plain part's footer is not Revue's")
    errors.extend(f"{f}: HTML {x}" for x in html_balanced(hl))
    lk = Links(); lk.feed(hl)
    items_h = []
    for href, stack in lk.a:
        if not href: errors.append(f"{f}: an <a> without href"); continue
        if "getrevue.co" not in href and not href.endswith(utm): errors.append(f"{f}: HTML link {href[:40]!r} without Revue's utm parameters")
    for m in re.finditer(r'<h3 style="margin:0;"><a href="([^"]+)"[^>]*>(.*?)</a></h3><p class="link-source"[^>]*>([^<]*)</p>', hl):
        items_h.append((html.unescape(m.group(2)), html.unescape(m.group(1))))
        if html.unescape(m.group(1)).split("/")[2].removeprefix("www.") != m.group(3): errors.append(f"{f}: HTML item's source is not its URL's domain")
    if items_h != items_p: errors.append(f"{f}: the plain and HTML link items differ")
    mh = re.search(r"Issue #(\d+) &middot; (\d{1,2}) (\w+) (\d{4})", hl)
    if not mh or mh.group(1) != issue: errors.append(f"{f}: the HTML issue number is not the Subject's")
    elif date and (int(mh.group(2)), IT_MONTHS.index(mh.group(3)) + 1 if mh.group(3) in IT_MONTHS else 0, int(mh.group(4))) != (date.day, date.month, date.year):
        errors.append(f"{f}: the HTML date is not the Date")
    if mv and f'href="{html.escape(mv.group(1))}"' not in hl: errors.append(f"{f}: the HTML View online is not the plain part's")
    for x in ("Did you enjoy this issue?", "In order to unsubscribe, click", "Powered by"):
        if x not in hl: errors.append(f"{f}: the HTML footer lacks {x!r}")


# ---- 985 Toutiao article page
CN_PROV = {"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
           "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"}


def check_toutiao(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'): errors.append(f"{f}: doctype / lang / charset not the page's")
    errors.extend(f"{f}: {x}" for x in html_balanced(raw))
    t = re.search(r"<title>(.*?)</title>", raw); h1 = re.search(r"<h1>(.*?)</h1>", raw)
    if not t or not h1 or t.group(1) != h1.group(1) + " - 今日头条": errors.append(f"{f}: <title> is not the h1 + ' - 今日头条'")
    can = re.search(r'<link rel="canonical" href="https://www\.toutiao\.com/article/(\d{19})/">', raw)
    if not can: errors.append(f"{f}: canonical not /article/<19 digits>/"); return
    if not re.search(r'<meta name="description" content="[^"]+">', raw): errors.append(f"{f}: no description")
    mm = re.search(r'<div class="article-meta">(?:<span class="original-mark">原创</span>)?<span class="dot-source"><a class="user-name" '
                   r'href="/c/user/token/MS4wLjABAAAA[\w-]+/"[^>]*>[^<]+</a></span><span>(\d{4}-\d\d-\d\d \d\d:\d\d)</span>'
                   r'<span class="dot">·</span><span>([^<]+)</span></div>', raw)
    if not mm: errors.append(f"{f}: the meta line is not Toutiao's")
    else:
        try: datetime.datetime.strptime(mm.group(1), "%Y-%m-%d %H:%M")
        except ValueError: errors.append(f"{f}: the article time is not a real time")
        if mm.group(2) not in CN_PROV: errors.append(f"{f}: IP location {mm.group(2)!r} is not a province")
    ma = re.search(r'<article class="([^"]+)">(.*?)</article>', raw, re.S)
    if not ma or ma.group(1) != "syl-article-base tt-article-content syl-page-article syl-device-pc":
        errors.append(f"{f}: the article element's class list is not Toutiao's"); return
    art = ma.group(2)
    if "<a " in art: errors.append(f"{f}: a link inside the article (Toutiao writes addresses as text)")
    nums = [int(x) for x in re.findall(r"<p>(\d+)\. ", art)]
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: numbered items {nums} not 1..N")
    for m in re.finditer(r'<div class="pgc-img"><img ([^>]*)><p class="pgc-img-caption">[^<]*</p></div>', art):
        a = m.group(1)
        if not re.search(r'src="https://p\d-sign\.toutiaoimg\.com/tos-cn-i-\w+/[0-9a-f]{32}~noop\.image\?', a) or \
                not re.search(r'img_width="\d+" img_height="\d+"', a): errors.append(f"{f}: a pgc-img not on toutiaoimg.com with its sizes")
    if art.count('<div class="pgc-img">') != len(re.findall(r'<div class="pgc-img"><img [^>]*><p class="pgc-img-caption">[^<]*</p></div>', art)):
        errors.append(f"{f}: a pgc-img figure without its caption paragraph")
    if '<p class="footer-info">免责声明：' not in raw: errors.append(f"{f}: no 免责声明 line")
    for rid in re.findall(r'<li><a href="/article/(\d+)/"', raw):
        if len(rid) != 19 or int(rid) >= int(can.group(1)): errors.append(f"{f}: related article {rid} not an older article id")


# ---- 986 Virgool post pasted
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"


def fa_int(s):
    return int("".join(str(FA_DIG.index(c)) for c in s)) if s and all(c in FA_DIG for c in s) else None


def check_virgool(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:4] != ["ویرگول", "جستجو", "نوشتن", "ورود / ثبت نام"]: errors.append(f"{f}: the header lines are not Virgool's")
    author = ls[5] if len(ls) > 6 else ""
    if len(ls) < 11 or ls[6] != author: errors.append(f"{f}: the author's name is not written twice")
    mr = re.fullmatch(r"([۰-۹]+) دقیقه", ls[8] if len(ls) > 8 else "")
    if not mr or ls[9] != "·": errors.append(f"{f}: reading time / separator not Virgool's")
    md = re.fullmatch(r"([۰-۹]{1,2}) (\S+) ([۰-۹]{4})", ls[10] if len(ls) > 10 else "")
    if not md or md.group(2) not in FA_MONTHS: errors.append(f"{f}: the date is not a Solar Hijri date in Persian digits")
    else:
        d, mo, y = fa_int(md.group(1)), FA_MONTHS.index(md.group(2)) + 1, fa_int(md.group(3))
        if not 1 <= d <= (31 if mo <= 6 else 30) or not 1300 <= y <= 1499: errors.append(f"{f}: the date's day or year is not real")
    if re.search(r"[0-9]", "\n".join(ls[8:11])): errors.append(f"{f}: ASCII digits in the reading time or date")
    listed = [fa_int(m.group(1)) for l in ls if (m := re.match(r"([۰-۹]+)\. ", l))]
    if listed != list(range(1, len(listed) + 1)): errors.append(f"{f}: the numbered list is not 1..N in Persian digits")
    tags = [k for k, l in enumerate(ls) if l.startswith("#")]
    if not tags or tags != list(range(tags[0], tags[0] + len(tags))) or any(" " in ls[k] for k in tags): errors.append(f"{f}: tags not consecutive '#word_word' lines")
    else:
        after = ls[tags[-1] + 1:tags[-1] + 4]
        if len(after) < 3 or fa_int(after[0]) is None or fa_int(after[1]) is None or after[2] != f"بیشتر از {author}":
            errors.append(f"{f}: like / comment counts and «بیشتر از <author>» do not follow the tags")
    if "پست‌های مرتبط" not in ls: errors.append(f"{f}: no پست‌های مرتبط")
    if ls[-3:] != ["درباره ویرگول", "قوانین و مقررات", "حریم خصوصی"]: errors.append(f"{f}: the footer is not last")


def shape_checks(f, raw, path):
    n = num(f)
    {977: check_rpd, 978: check_namu, 979: check_gmx, 980: check_vn_thesis, 981: check_citeulike_bib,
     982: check_msforms, 983: check_chiebukuro, 984: check_revue, 985: check_toutiao,
     986: check_virgool}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round96's and round97's, a byte-identical file counted once), and the round96/round97 split (candidates sorted by
# (uses, catalogue title); round96 = even positions from 2 on, one unbroken run; round97 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P97S = ["/work/rounds/digests-round97/expected.json", "/work/main/tests/data/digests-round97/expected.json"]
P97 = next((p for p in P97S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P97S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round96", "digests-round97") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round96 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
if last != 144 or len(mine) != 72: errors.append(f"round96 holds {len(mine)} papers up to position {last}, not the 72 even positions 2..144")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r97 = set()
if P97:
    try:
        r97 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P97)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P97} exists but could not be read (being written?)")
    if r97 & mine: errors.append(f"papers also in round97: {sorted(r97 & mine)}")
shared97 = len(r97 & mine) if P97 else "(no round97 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round96 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round97: {shared97}; papers in more than one round96 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
