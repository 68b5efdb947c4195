#!/usr/bin/env python3
r"""Checks round100/expected.json against the digests and the shared catalogues.

Adapted from round98/validate.py (its label checks unchanged — a title found only case-blind is an ERROR unless
DEVIATIONS records it, an arxiv-text record without an arxiv_id is reported, not a crash, anything arXiv-shaped in the
negative is an ERROR —; its reuse report with round100 / round101 in place of round98 / round99: round100 holds the
even positions 2..144, all 72 of them; round94's arXiv-mailing check as round98 kept it; the readers and shape checks
are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round100's and round101's own (a
digests-round100 / digests-round101 folder, or a file whose bytes equal round100's or round101's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round100 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 to 144; it fails
on a paper shared with round101's expected.json (read only, from /work/rounds/digests-round101/ or
/work/main/tests/data/digests-round101/, when it exists), and on a paper in more than one round100 file.
Every digest is read raw in its own charset (1022 CP932, the rest UTF-8 — 1019 and 1024 are 7-bit; line ends kept)
and in decoded forms: 1019 and 1024 parsed as MIME messages (header words decoded, every text part's
quoted-printable undone in its charset, 1024's HTML part also as text); 1022 every CSV cell; 1025 the HTML as text
(tags dropped, `<br>` and block ends as line ends, entities undone); everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation (titles wrapped over lines in 1017, 1019 and
1020, doubled blanks in 1018, 1022 and 1025) and without BibTeX braces (1021); a title found only that way (or only in
a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 1017 guía docente as pdftotext -layout (LF; a form feed after every page; every
page ends with the signature footer — `Página N / M` right-aligned, N = 1.. and M = the page count, `Firmado por: … 
Sello de tiempo: dd/mm/yyyy hh:mm:ss`, the verification URL, `Código seguro de verificación (CSV): <32 hex>` — the
code and the stamp the same on every page, the stamp a real time after the approval date; `Curso YYYY-YYYY` with
consecutive years; the sections once each in the guides' order; `Créditos N` and the hours line summing to 25·N;
Tema / Práctica numbered 1..; competence codes unique; every evaluation table summing to 100 % with the percentages
right-aligned under «Porcentaje»; references `Authors (YYYY). …` with the Spanish ` y ` before the last author; lines
at most 110 columns); 1018 Gist page pasted (LF; the gist chrome in its order; `@user` = the `user/file` owner;
Star / Fork equal to Stars / Forks; the double-escaped clone label and the Save line naming the same user and a
32-hex gist id; `Raw` followed by the file name; every table a header of five cells then rows of five, a year cell,
a link cell that is a visible link text, a URL or `arXiv:ID`; comments `@user` / `Author` exactly for the owner /
`user commented Mon D, YYYY` [` •` + `edited`] with real, non-decreasing dates; the sign-up prompt and GitHub's footer
last); 1019 Claws Mail message (7-bit, CRLF only; the header fields in Claws's order after the server's lines; RFC 5322
Date; Message-ID `<YYYYMMDDhhmmss.8hex@domain>` = the Date's local time and the From domain; X-Mailer `Claws Mail
N.N.N (GTK N.N.N; x86_64-pc-linux-gnu)`; text/plain ISO-8859-9 quoted-printable with every encoded line at most 76
and valid escapes; header words ISO-8859-9 Q, none cut; Received times within five minutes after the Date; Subject = `Fw: ` +
the forwarded Subject; the decoded note wrapped at 72; Claws's forward template — "Begin forwarded message:", Date /
From / To / Subject, two blank lines —; the forwarded Date before the forward; the mailing checked as round94 checks
it (window, entries, trailers, cut notes `[... … -- XY]`), sent after its window closed; the signature after `-- `
(QP `--=20`) starting with the From name); 1020 Korean thesis back matter as pdftotext (LF; pages ended by a blank
line, `- N -` and a form feed, N consecutive; no indentation; lines at most 84 display columns, Hangul counted two;
참 고 문 헌 / ABSTRACT / 감사의 글 once each in order; references `[1]..[n]` consecutive, every `[k]` cited in the
conclusion at most n; English references IEEE-like — initials, `, and` before the last of three or more names, the
title in double quotes closed by `,"` or `?"`, `[Online]. Available: URL`, `[Accessed: Mon. D, YYYY]` real and before
the thesis date —; Korean titles in balanced 「」; the ABSTRACT's name / Advisor / Department / Graduate School lines
and Keywords; 감사의 글 closed by `YYYY년 M월` and the author's name); 1021 refs.bib (LF; `%` comments outside entries;
unique keys; INSPIRE entries — texkey `Surname:YYYYabc`, four blanks, `name = "value"` with commas on all but the
last, the title `"{…}"`, eprint a valid arXiv id with `archivePrefix = "arXiv"` and a primaryClass, month 1–12, the
year the key's —; arXiv export entries as round98 checks them; hand entries two-blank with aligned `=`; all three
sources present); 1022 Excel CSV (CP932 bytes that are not UTF-8, no byte-order mark; CRLF after every row, a bare LF
only inside a quoted cell; the file rebuilt from its cells with Excel's minimal quoting byte-identical; the header;
eleven cells a row; No 1..n; 発表日 `YYYY/M/D` without zero padding, real, a Friday, not decreasing; 状態 of the set and
in the order 済 → 発表準備中 → 未定; 年 four digits or empty; the link cell empty, a URL or `arXiv:ID`); 1023 Hsoub I/O
thread pasted (LF; the header items first; the community and the post line `بواسطة user في io/x منذ …` agreeing;
every count with its Arabic agreement — 1 and 11+ singular, 2 dual, 3–10 plural —; the comment count = the comments
shown; each comment user / `منذ …` / text / points / `رد`; times not going back; the footer last); 1024 Groups.io
message (7-bit, CRLF; Groups.io's header fields in order; From `"Name via groups.io" <local=domain@groups.io>` =
X-Original-From rewritten; Subject `[group] ` + whole B-words that decode; List-Id / Sender / To / Reply-To / Mailing-List /
List-Post / List-Help of the group; List-Unsubscribe = the footer's leave URL; Return-Path carrying the message number
and subscription; the Date in +0530 and a Received within five minutes; multipart/alternative of exactly text/plain
and text/html, UTF-8 quoted-printable, encoded lines at most 76; the plain links block between the `-=-=-…` rules and
the HTML's `_._,_._,_` markers naming the same message number, topic and subscription; the Unsubscribe address =
Delivered-To; the table of contents = the numbered headings, in order); 1025 Tencent Cloud article page (doctype,
lang zh-CN, UTF-8; balanced; `<title>` = the h1 + `-腾讯云开发者社区-腾讯云`; canonical `/developer/article/<7 digits>`;
`发布于` a real time, 原始发表 not after it; images on ask.qcloudimg.com/http-save/yehe-<the author's user id>/<32
hex>.png; the breadcrumb's column = 本文被收录于专栏; h2 numbered 一、二、三… in order; the source and statement boxes;
the copyright years ending with the publication year); 1026 Blockdit post pasted (LF; the header items first;
`@handle`; the post time a real `D เดือน YYYY เวลา HH:MM น. • category`; sections `1)`.. consecutive with `- ` items;
the comment count at least the comments shown and «ดูความคิดเห็นเพิ่มเติม» present when more exist; comments name /
text / `N วัน|ชั่วโมง|นาที` / `ถูกใจ · ตอบกลับ`; the footer last, its year the post's).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue, or written in another letter case without
a DEVIATIONS entry; a bad true_arxiv_id; a wrong evidence kind; a label in the negative control (or anything
arXiv-shaped in it); the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and the shape
checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept from round17)."""

import csv, datetime, email, email.header, email.utils, html, io, json, os, quopri, re, sys, unicodedata
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
CHARSET = {1022: "cp932"}
FIRST, LAST = 1017, 1026
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



# ---------------------------------------------------------------- readers (helpers)
def html_text(s):
    """an HTML text as a reader sees it: `<br>` and block ends as line ends, tags dropped, entities undone"""
    s = re.sub(r"<br\s*/?>\r?\n?", "\n", s)
    s = re.sub(r"</(div|p|h\d|li|tr|td)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\xa0", " ")


def csv_cells(raw, delim=","):
    return "\n".join(c for row in csv.reader(io.StringIO(raw, newline=""), delimiter=delim) for c in row)


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



# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding=CHARSET.get(num(f), "utf-8"), newline="").read()


def mime_forms(path):
    """a message's decoded header words and every text part (quoted-printable undone in its charset; HTML also as text)"""
    m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    out = [f"{h}: {m[h]}" for h in ("From", "To", "Cc", "Subject") if m[h] is not None]
    for part in m.walk():
        if part.get_content_maintype() != "text": continue
        txt = part.get_content()
        out.append(txt)
        if part.get_content_subtype() == "html": out.append(html_text(txt))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1019, 1024): forms += mime_forms(path)
    if n == 1022: forms.append(csv_cells(raw))
    if n == 1025: forms.append(html_text(raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms


def qp_lines(f, body, width=76):
    """encoded quoted-printable lines: at most `width` columns, `=` only before two hex digits or as a soft break"""
    for i, l in enumerate(body.split("\r\n"), 1):
        if len(l) > width: errors.append(f"{f}: quoted-printable line {i} of the part longer than {width}"); break
        if re.search(r"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: quoted-printable line {i}: '=' not an escape or soft break"); break
        if re.search(r"[ \t]$", l): errors.append(f"{f}: quoted-printable line {i}: unencoded trailing blank"); break


def crlf_only(f, raw, final=True):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw) or (final and not raw.endswith("\r\n")):
        errors.append(f"{f}: a bare LF or CR (the message uses CRLF)")


def all_words_whole(f, head):
    """every `=?` of a header block opens a whole encoded word (a soft break or an edit may cut one)"""
    if "=?" in re.sub(r"=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=", "", head):
        errors.append(f"{f}: a broken encoded word in the header")


def seven_bit(f, path):
    try:
        open(path, "rb").read().decode("ascii")
    except UnicodeDecodeError:
        errors.append(f"{f}: 8-bit bytes in a message its writer sent as 7-bit (quoted-printable / encoded words)")


# ---- 1017 guía docente, pdftotext -layout
GUIA_SECTIONS = ["PROFESORADO", "PRERREQUISITOS Y/O RECOMENDACIONES", "BREVE DESCRIPCIÓN DE CONTENIDOS",
                 "COMPETENCIAS", "RESULTADOS DE APRENDIZAJE", "PROGRAMA DE CONTENIDOS TEÓRICOS Y PRÁCTICOS",
                 "BIBLIOGRAFÍA", "ENLACES RECOMENDADOS", "METODOLOGÍA DOCENTE", "EVALUACIÓN", "INFORMACIÓN ADICIONAL"]
ES_NAME = r"[A-ZÁÉÍÓÚÑ][\w'-]+(?: [A-ZÁÉÍÓÚÑ][\w'-]+)*, [A-ZÁÉÍÓÚ]\.(?:[ -][A-ZÁÉÍÓÚ]\.)*"


def check_guia(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters (pdftotext writes LF)")
    if not raw.endswith("\n\f"): errors.append(f"{f}: does not end with a page's form feed"); return
    pages = raw.split("\f")[:-1]
    codes, stamps = set(), set()
    for i, p in enumerate(pages, 1):
        pl = p.strip("\n").split("\n")
        if len(pl) < 5: errors.append(f"{f}: page {i} too short"); continue
        mp = re.fullmatch(r" +Página (\d+) / (\d+)", pl[-4])
        ms = re.fullmatch(r"  Firmado por: [A-ZÁÉÍÓÚÑ ]+ \([^)]+\) +Sello de tiempo: (\d\d/\d\d/\d{4} \d\d:\d\d:\d\d)", pl[-3])
        mv = re.fullmatch(r"  Este documento firmado digitalmente puede verificarse en https://sede\.[\w.-]+/verifirma/", pl[-2])
        mc = re.fullmatch(r"  Código seguro de verificación \(CSV\): ([0-9A-F]{32})", pl[-1])
        if not (mp and ms and mv and mc) or pl[-6:-4] != ["", ""]:
            errors.append(f"{f}: page {i} does not end with the signature footer (Página / Firmado por / verificarse / CSV)"); continue
        if (int(mp.group(1)), int(mp.group(2))) != (i, len(pages)): errors.append(f"{f}: page {i} numbered {mp.group(1)} / {mp.group(2)}")
        codes.add(mc.group(1)); stamps.add(ms.group(1))
    if len(codes) > 1 or len(stamps) > 1: errors.append(f"{f}: the verification code or the time stamp differs between pages")
    ls = [l for p in pages for l in p.split("\n")]
    if any(len(l) > 110 for l in ls): errors.append(f"{f}: a line wider than the page")
    first = next((l.strip() for l in ls if l.strip()), "")
    if first != "GUÍA DOCENTE DE LA ASIGNATURA": errors.append(f"{f}: the guide does not start with its title")
    mcur = re.search(r"Curso (\d{4})-(\d{4})", raw)
    if not mcur or int(mcur.group(2)) != int(mcur.group(1)) + 1: errors.append(f"{f}: Curso not two consecutive years")
    ma = re.search(r"\(Fecha de aprobación por la Comisión Académica: (\d\d/\d\d/\d{4})\)", raw)
    ad = real_date("%d/%m/%Y", ma.group(1)) if ma else None
    sd = real_date("%d/%m/%Y %H:%M:%S", next(iter(stamps))) if len(stamps) == 1 else None
    if not ad or not sd or sd < ad: errors.append(f"{f}: approval date / time stamp unreal, or the stamp before the approval")
    heads = [l.strip() for l in ls if l.startswith("  ") and not l.startswith("   ") and l.strip()]
    got = [next(s for s in GUIA_SECTIONS if h == s or h.startswith(s + " (")) for h in heads
           if any(h == s or h.startswith(s + " (") for s in GUIA_SECTIONS)]
    if got != GUIA_SECTIONS: errors.append(f"{f}: sections {got} not the guide's, once each in order")
    mcr = re.search(r"Créditos +(\d+) ", raw)
    mh = re.search(r"(\d+) créditos ECTS = (\d+) horas, de las que (\d+) son presenciales .*?y\s+(\d+) de trabajo autónomo", raw, re.S)
    if not mcr or not mh or int(mh.group(1)) != int(mcr.group(1)) or int(mh.group(2)) != 25 * int(mh.group(1)) \
            or int(mh.group(3)) + int(mh.group(4)) != int(mh.group(2)):
        errors.append(f"{f}: credits and hours do not agree (25 h per ECTS credit, presencial + autónomo)")
    for word in ("Tema", "Práctica"):
        nums = [int(x) for x in re.findall(r"^ +" + word + r" (\d+)\. ", raw, re.M)]
        if not nums or nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: {word} numbered {nums}")
    comp = re.findall(r"•   (C[BGE]\d+) - ", raw)
    if not comp or len(set(comp)) != len(comp): errors.append(f"{f}: competence codes missing or repeated")
    for sec in ("EVALUACIÓN ORDINARIA", "EVALUACIÓN EXTRAORDINARIA", "EVALUACIÓN ÚNICA FINAL"):
        if "  " + sec not in ls: errors.append(f"{f}: no {sec}"); continue
        k = ls.index("  " + sec)
        while k < len(ls) and not ls[k].rstrip().endswith("Porcentaje"): k += 1
        if k == len(ls): errors.append(f"{f}: {sec} without its table"); continue
        edge, tot, k = len(ls[k].rstrip()), 0, k + 1
        while k < len(ls) and re.search(r"\d+ %$", ls[k]):
            if len(ls[k]) != edge: errors.append(f"{f}: {sec}: a percentage not under «Porcentaje»")
            tot += int(re.search(r"(\d+) %$", ls[k]).group(1)); k += 1
        if tot != 100: errors.append(f"{f}: {sec}: percentages sum to {tot}, not 100")
    if "  BIBLIOGRAFÍA" not in ls or "  ENLACES RECOMENDADOS" not in ls: return
    b0, b1 = ls.index("  BIBLIOGRAFÍA"), ls.index("  ENLACES RECOMENDADOS")
    refs = []
    for l in ls[b0:b1]:
        if l.startswith("    •   "): refs.append(l[8:])
        elif l.startswith("        ") and refs: refs[-1] += " " + l.strip()
    if not refs: errors.append(f"{f}: no references")
    for r in refs:
        m = re.match(r"(.+?) \((\d{4})\)\. (.+)$", r)
        if not m: errors.append(f"{f}: reference {r[:30]!r} not 'Authors (YYYY). …'"); continue
        au = re.sub(r" et al\.$", "", m.group(1))
        names = re.split(r", (?=[A-ZÁÉÍÓÚÑ][\w'-]+(?: [A-ZÁÉÍÓÚÑ][\w'-]+)*, [A-Z])| y ", au)
        if any(not re.fullmatch(ES_NAME, x) for x in names): errors.append(f"{f}: {r[:30]!r}: author names not 'Surname, I.'")
        if len(names) > 1 and " et al." not in m.group(1) and " y " not in au: errors.append(f"{f}: {r[:30]!r}: the last author not joined by ' y '")
        if re.search(r" (and|&) [A-Z]", au): errors.append(f"{f}: {r[:30]!r}: English 'and' / '&' between authors")


# ---- 1018 GitHub Gist page pasted
GIST_HEAD = ["Skip to content", "All gists", "Back to GitHub", "Sign in", "Sign up", "Sign in", "Sign up"]
GIST_FOOT = ["Footer", "© 2024 GitHub, Inc.", "Footer navigation", "Terms", "Privacy", "Security", "Status", "Docs",
             "Contact", "Manage cookies", "Do not share my personal information"]
GIST_TABLE = "Статья\tГод\tСсылка\tКод\tКоротко"


def check_gist(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:7] != GIST_HEAD: errors.append(f"{f}: the gist header is not GitHub's")
    if "Instantly share code, notes, and snippets." not in ls: errors.append(f"{f}: no gist tagline"); return
    k = ls.index("Instantly share code, notes, and snippets.") + 1
    while k < len(ls) and not ls[k]: k += 1
    mu = re.fullmatch(r"@([\w-]+)", ls[k] if k < len(ls) else "")
    mp = re.fullmatch(r"([\w-]+)/([\w.-]+\.md)", ls[k + 1] if k + 1 < len(ls) else "")
    if not mu or not mp or mu.group(1) != mp.group(1): errors.append(f"{f}: '@user' and 'user/file' do not name the same owner"); return
    owner, fname = mu.group(1), mp.group(2)
    if not re.fullmatch(r"Last active .+ ago", ls[k + 2]): errors.append(f"{f}: no 'Last active …' line")

    def after(label, start=0):
        i = ls.index(label, start) if label in ls[start:] else -1
        return (ls[i + 1] if i >= 0 and i + 1 < len(ls) else None), i
    star, si = after("Star"); fork, _ = after("Fork", si if si > 0 else 0)
    stars, _ = after("Stars"); forks, _ = after("Forks"); revs, _ = after("Revisions")
    if not all(x and x.isdigit() for x in (star, fork, stars, forks, revs)): errors.append(f"{f}: Star / Fork / Revisions without numbers")
    elif (star, fork) != (stars, forks): errors.append(f"{f}: Star / Fork counts differ from Stars / Forks")
    mc = [re.fullmatch(r"Clone this repository at &lt;script src=&quot;https://gist\.github\.com/([\w-]+)/([0-9a-f]{32})\.js&quot;&gt;&lt;/script&gt;", l) for l in ls]
    mc = [m for m in mc if m]
    ms = [re.fullmatch(r"Save ([\w-]+)/([0-9a-f]{32}) to your computer and use it in GitHub Desktop\.", l) for l in ls]
    ms = [m for m in ms if m]
    if len(mc) != 1 or len(ms) != 1 or mc[0].groups() != ms[0].groups() or mc[0].group(1) != owner:
        errors.append(f"{f}: the clone label and the Save line do not name the owner's gist (32-hex id)")
    if "Raw" not in ls or ls[ls.index("Raw") + 1] != fname: errors.append(f"{f}: 'Raw' not followed by the file name")
    tabs = [i for i, l in enumerate(ls) if l == GIST_TABLE]
    if not tabs: errors.append(f"{f}: no tables")
    for t in tabs:
        r = t + 1
        while r < len(ls) and "\t" in ls[r]:
            c = ls[r].split("\t")
            if len(c) != 5: errors.append(f"{f}: line {r + 1}: {len(c)} cells, not 5")
            else:
                if not re.fullmatch(r"(19|20)\d\d(?: \([A-Za-z]+ \d{4}\))?", c[1]): errors.append(f"{f}: line {r + 1}: year cell {c[1]!r}")
                if not (c[2] in ("arXiv", "PDF", "OpenReview", "—") or re.fullmatch(r"https?://\S+", c[2])
                        or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", c[2])):
                    errors.append(f"{f}: line {r + 1}: link cell {c[2][:30]!r}")
            r += 1
        if r == t + 1: errors.append(f"{f}: line {t + 1}: a table without rows")
    if "@ghost" not in ls: errors.append(f"{f}: no sign-up prompt after the comments"); return
    g = ls.index("@ghost")
    if ls[g + 1:g + 2] != ["Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment"] \
            or ls[g + 2:] != GIST_FOOT:
        errors.append(f"{f}: the sign-up prompt and GitHub's footer are not last")
    heads = [i for i in range(len(ls) - 1) if i < g and re.fullmatch(r"@[\w-]+", ls[i])
             and (re.match(r"[\w-]+ commented ", ls[i + 1]) or ls[i + 1] == "Author")]
    if not heads: errors.append(f"{f}: no comments")
    prev = None
    for i in heads:
        user = ls[i][1:]
        j = i + 1
        if ls[j] == "Author":
            if user != owner: errors.append(f"{f}: line {j + 1}: 'Author' on a comment by {user}, not the owner")
            j += 1
        elif user == owner: errors.append(f"{f}: line {j + 1}: the owner's comment without 'Author'")
        m = re.fullmatch(re.escape(user) + r" commented ([A-Z][a-z]{2} \d{1,2}, \d{4})( •)?", ls[j])
        if not m: errors.append(f"{f}: line {j + 1}: not '{user} commented Mon D, YYYY'"); continue
        d = real_date("%b %d, %Y", m.group(1))
        if not d: errors.append(f"{f}: line {j + 1}: comment date unreal"); continue
        if prev and d < prev: errors.append(f"{f}: line {j + 1}: comments out of date order")
        prev = d
        if bool(m.group(2)) != (ls[j + 1] == "edited"): errors.append(f"{f}: line {j + 1}: ' •' and 'edited' do not go together")


# ---- 1019 Claws Mail message
CLAWS_ORDER = ["Return-Path", "Delivered-To", "Received", "Received", "Date", "From", "To", "Cc", "Subject", "Message-ID",
               "X-Mailer", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]


def check_claws(f, raw, path):
    seven_bit(f, path)
    crlf_only(f, raw)
    hs = header_block(f, raw)
    names = [n for n, _ in hs]
    if names != CLAWS_ORDER: errors.append(f"{f}: header fields {names} not {CLAWS_ORDER}")
    H = dict(hs)
    head = raw.split("\r\n\r\n", 1)[0]
    encoded_words(f, head, r"ISO-8859-9", "Qq")
    all_words_whole(f, head)
    date = rfc_date(f, H.get("Date"))
    frm = re.fullmatch(r"(.*?) ?<([\w.-]+@([\w.-]+))>", H.get("From", ""))
    mid = re.fullmatch(r"<(\d{14})\.([0-9a-f]{8})@([\w.-]+)>", H.get("Message-ID", ""))
    if not mid: errors.append(f"{f}: Message-ID not Claws's <YYYYMMDDhhmmss.8hex@domain>")
    elif date and mid.group(1) != date.strftime("%Y%m%d%H%M%S"): errors.append(f"{f}: Message-ID time is not the Date's local time")
    if not frm or (mid and mid.group(3) != frm.group(3)): errors.append(f"{f}: Message-ID domain is not the sender's")
    if not re.fullmatch(r"Claws Mail \d+\.\d+\.\d+ \(GTK \d+\.\d+\.\d+; x86_64-pc-linux-gnu\)", H.get("X-Mailer", "")): errors.append(f"{f}: X-Mailer not Claws Mail's")
    if H.get("Content-Type") != "text/plain; charset=ISO-8859-9" or H.get("Content-Transfer-Encoding") != "quoted-printable":
        errors.append(f"{f}: not text/plain ISO-8859-9 quoted-printable (Claws's choice for a Turkish locale)")
    for r in [v for n, v in hs if n == "Received"]:
        mr = re.search(r"; (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} [+-]\d{4})", r)
        rd = email.utils.parsedate_to_datetime(mr.group(1)) if mr else None
        if not rd or (date and not date <= rd <= date + datetime.timedelta(minutes=5)): errors.append(f"{f}: a Received time before the Date or far after it")
    enc = raw.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in raw else ""
    qp_lines(f, enc)
    if "\r\n--=20\r\n" not in enc: errors.append(f"{f}: the signature separator is not QP '--=20'")
    try:
        body = quopri.decodestring(enc.encode("ascii")).decode("iso8859_9").replace("\r\n", "\n")
    except (UnicodeError, ValueError):
        errors.append(f"{f}: the body does not decode as ISO-8859-9 quoted-printable"); return
    bl = body.split("\n")
    if bl.count("Begin forwarded message:") != 1: errors.append(f"{f}: no single 'Begin forwarded message:'"); return
    s = bl.index("Begin forwarded message:")
    tpl = bl[s - 1:s + 8]
    if len(tpl) < 9 or tpl[0] != "" or tpl[2] != "" or not tpl[3].startswith("Date: ") or not tpl[4].startswith("From: ") \
            or not tpl[5].startswith("To: ") or not tpl[6].startswith("Subject: ") or tpl[7:9] != ["", ""]:
        errors.append(f"{f}: the forward is not Claws's template (blank, Begin…, blank, Date / From / To / Subject, two blanks)"); return
    fd = rfc_date(f, tpl[3][6:])
    if fd and date and fd > date: errors.append(f"{f}: the forwarded mail is later than the forward")
    if decode_words(H.get("Subject", "")) != "Fw: " + tpl[6][9:]: errors.append(f"{f}: Subject is not 'Fw: ' + the forwarded Subject")
    for l in bl[:s]:
        if len(l) > 72 and " " in l.strip(): errors.append(f"{f}: a note line longer than 72 columns: {l[:30]!r}")
    if "-- " not in bl[s:]: errors.append(f"{f}: no signature separator"); return
    sig = s + bl[s:].index("-- ")
    if bl[sig - 2:sig] != ["", ""]: errors.append(f"{f}: the signature does not follow the mailing after two blank lines")
    check_listing(f, bl[s + 8:sig - 2], fd)
    name = decode_words(frm.group(1)) if frm else None
    if bl[sig + 1:sig + 2] != [name]: errors.append(f"{f}: the signature does not start with the From name")


# ---- 1020 Korean thesis back matter, pdftotext
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


EN_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
IEEE_NAME = r"(?:[A-Z]\.(?:-[A-Z]\.)? )+(?:[A-Z]\. )*[A-Z][\w'-]+"


def check_thesis_ko(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters (pdftotext writes LF)")
    if not raw.endswith("\f"): errors.append(f"{f}: does not end with pdftotext's form feed"); return
    pages = raw.split("\f")[:-1]
    nums, body = [], []
    for p in pages:
        pl = p.split("\n")
        m = re.fullmatch(r"- (\d+) -", pl[-2]) if len(pl) >= 3 else None
        if not m or pl[-1] != "" or pl[-3] != "": errors.append(f"{f}: a page not ended by a blank line and '- N -'"); continue
        nums.append(int(m.group(1))); body.append(pl[:-3])
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))): errors.append(f"{f}: page numbers {nums} not consecutive")
    ls = [l for b in body for l in b]
    if any(l.startswith((" ", "\t")) for l in ls): errors.append(f"{f}: an indented line (pdftotext's reading order keeps none)")
    if any(dwidth(l) > 84 for l in ls): errors.append(f"{f}: a line wider than the text block")
    order = ["참 고 문 헌", "ABSTRACT", "감사의 글"]
    if any(ls.count(x) != 1 for x in order) or [ls.index(x) for x in order] != sorted(ls.index(x) for x in order):
        errors.append(f"{f}: 참 고 문 헌 / ABSTRACT / 감사의 글 missing, repeated or out of order"); return
    r0, a0, t0 = (ls.index(x) for x in order)
    refs = []
    for l in ls[r0 + 1:a0]:
        if re.match(r"\[\d+\] ", l): refs.append(l)
        elif l and refs: refs[-1] += " " + l
    ns = [int(re.match(r"\[(\d+)\]", r).group(1)) for r in refs]
    if not ns or ns != list(range(1, len(ns) + 1)): errors.append(f"{f}: references numbered {ns}, not [1]..[n]")
    cited = [int(x) for l in ls[:r0] for x in re.findall(r"\[(\d+)\]", l)]
    if any(c > len(refs) or c < 1 for c in cited): errors.append(f"{f}: the conclusion cites {cited} beyond [1]..[{len(refs)}]")
    for r in refs:
        txt = re.sub(r"^\[\d+\] ", "", r)
        if re.search(r"[가-힣]", txt.split(",")[0]):
            if txt.count("「") != txt.count("」"): errors.append(f"{f}: {r[:20]!r}: 「」 not balanced")
            continue
        if re.match(r"[A-Z]\.", txt):
            ma = re.match(rf"({IEEE_NAME}(?:,(?: and)? {IEEE_NAME})*(?: and {IEEE_NAME})?)(?: et al\.)?, ", txt)
            if not ma: errors.append(f"{f}: {r[:25]!r}: author names not IEEE initials + surname"); continue
            au = ma.group(1)
            names = re.split(r", and |, | and ", au)
            if len(names) >= 3 and ", and " not in au: errors.append(f"{f}: {r[:25]!r}: no ', and' before the last of three or more authors")
            if len(names) == 2 and (" and " not in au or ", and " in au): errors.append(f"{f}: {r[:25]!r}: two authors not joined by ' and '")
            if '"' in txt and not re.search(r'"[^"]+(,"|\?")', txt): errors.append(f"{f}: {r[:25]!r}: the quoted title not closed by ',\"' or '?\"'")
        if "[Online]" in txt and not re.search(r"\[Online\]\. Available: https?://\S+", txt): errors.append(f"{f}: {r[:25]!r}: '[Online]. Available: URL' malformed")
        for mo, d, y in re.findall(r"\[Accessed: (\w+\.?) (\d{1,2}), (\d{4})\]", txt):
            if mo not in EN_MONTHS: errors.append(f"{f}: {r[:25]!r}: Accessed month {mo!r}"); continue
            try:
                dd = datetime.date(int(y), EN_MONTHS.index(mo) + 1, int(d))
            except ValueError:
                errors.append(f"{f}: {r[:25]!r}: Accessed date unreal"); continue
            if dd > datetime.date(2024, 2, 29): errors.append(f"{f}: {r[:25]!r}: Accessed after the thesis date")
        if "Accessed" in txt and not re.search(r"\[Accessed: \w+\.? \d{1,2}, \d{4}\]", txt): errors.append(f"{f}: {r[:25]!r}: Accessed malformed")
    ab = ls[a0:t0]
    blocks = [i for i, l in enumerate(ab) if not l]
    if len(blocks) < 3: errors.append(f"{f}: the ABSTRACT page lacks its blocks"); return
    who = ab[blocks[1] + 1:blocks[2]]
    if len(who) != 4 or not re.fullmatch(r"[A-Z][a-z]+, [A-Z][a-z]+(?:-[a-z]+)?", who[0]) \
            or not re.fullmatch(r"Advisor : Prof\. [A-Z][a-z]+, [A-Z][a-z]+(?:-[a-z]+)?, Ph\.D\.", who[1]) \
            or not re.fullmatch(r"Department of [A-Z][\w ]+", who[2]) or not re.fullmatch(r"Graduate School of [A-Z]\w+ University", who[3]):
        errors.append(f"{f}: the ABSTRACT's name / Advisor / Department / Graduate School lines are not the thesis form")
    if not any(l.startswith("Keywords : ") for l in ab): errors.append(f"{f}: no 'Keywords : ' line")
    th = [l for l in ls[t0:] if l]
    if len(th) < 3 or not re.fullmatch(r"\d{4}년 \d{1,2}월", th[-2]) or not re.fullmatch(r"[가-힣]{2,4}", th[-1]):
        errors.append(f"{f}: 감사의 글 not closed by 'YYYY년 M월' and the author's name")


# ---- 1021 refs.bib (INSPIRE, arXiv export, hand)
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


BIB_TYPES = {"article", "inproceedings", "book", "misc", "software", "online", "incollection"}


def check_inspire_bib(f, raw):
    lf_final(f, raw)
    ents = bib_entries(f, raw)
    ks = [k for _, k, _, _ in ents]
    if len(set(ks)) != len(ks): errors.append(f"{f}: duplicate keys")
    kinds = Counter()
    for typ, key, txt, line in ents:
        if typ not in BIB_TYPES: errors.append(f"{f}: {key}: entry type @{typ}")
        body = txt.split("\n")[1:-1]
        if not txt.endswith("\n}"): errors.append(f"{f}: {key}: closing brace not alone")
        mk = re.fullmatch(r"[A-Z][A-Za-z'-]+:(\d{4})[a-z]{3}", key)
        if mk or txt.split("\n")[1:2] and txt.split("\n")[1].startswith("    ") and not txt.split("\n")[1].startswith("     "):
            kinds["inspire"] += 1
            if not mk: errors.append(f"{f}: {key}: an INSPIRE-style entry without a texkey 'Surname:YYYYabc'"); continue
            fields = {}
            for k, l in enumerate(body):
                m = re.fullmatch(r'    (\w+) = "(.*)"(,?)', l)
                if not m: errors.append(f"{f}: {key}: INSPIRE field line {l[:30]!r}"); continue
                if (m.group(3) == ",") != (k < len(body) - 1): errors.append(f"{f}: {key}: commas not on all fields but the last")
                fields[m.group(1)] = m.group(2)
            if not re.fullmatch(r"\{.+\}", fields.get("title", "")): errors.append(f"{f}: {key}: INSPIRE title not \"{{…}}\"")
            if fields.get("year") != mk.group(1): errors.append(f"{f}: {key}: year is not the texkey's")
            if "month" in fields and not (fields["month"].isdigit() and 1 <= int(fields["month"]) <= 12): errors.append(f"{f}: {key}: month {fields['month']!r}")
            if "eprint" in fields:
                ep = fields["eprint"]
                if not re.fullmatch(r"\d{4}\.\d{4,5}", ep) or not valid_arxiv_shape(ep): errors.append(f"{f}: {key}: eprint {ep!r} not an arXiv id")
                if fields.get("archivePrefix") != "arXiv" or not re.fullmatch(r"[a-z-]+(\.[A-Z]{2})?", fields.get("primaryClass", "")):
                    errors.append(f"{f}: {key}: eprint without archivePrefix = \"arXiv\" and a primaryClass")
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
        eqs = {l.index("=") for l in body if "=" in l}
        if not all(re.match(r"  \w+ += \{", l) for l in body) or len(eqs) != 1: errors.append(f"{f}: {key}: hand entry not two-blank with aligned =")
    if not all(kinds[k] for k in ("inspire", "arxiv", "hand")): errors.append(f"{f}: entry sources {dict(kinds)} (INSPIRE, arXiv export, hand all expected)")


# ---- 1022 Excel CSV (Shift_JIS / CP932)
XL_HEAD = ["No", "発表日", "発表者", "分野", "論文タイトル", "著者", "会議・論文誌", "年", "URL / arXiv", "メモ", "状態"]
XL_STATES = ["済", "発表準備中", "未定"]


def xl_cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v


def check_excel_sjis(f, raw, path):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf") or raw.startswith("\ufeff"): errors.append(f"{f}: a byte-order mark (Excel's CP932 CSV has none)")
    try:
        b.decode("utf-8"); errors.append(f"{f}: the file is UTF-8, not Shift_JIS (CP932)")
    except UnicodeDecodeError:
        pass
    if not raw.endswith("\r\n") or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: rows not ended by CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if any("\r" in c for r in rows for c in r): errors.append(f"{f}: a CR inside a cell (Excel writes an Alt+Enter break as LF)")
    if "".join(",".join(xl_cell(c) for c in r) + "\r\n" for r in rows) != raw:
        errors.append(f"{f}: quoting is not Excel's minimal quoting / a row not ended by CRLF / a bare LF outside a quoted cell")
    if not rows or rows[0] != XL_HEAD: errors.append(f"{f}: header {rows[:1]} not the sheet's"); return
    if any(len(r) != len(XL_HEAD) for r in rows): errors.append(f"{f}: a row without eleven cells"); return
    if [r[0] for r in rows[1:]] != [str(i) for i in range(1, len(rows))]: errors.append(f"{f}: No not 1..n")
    prev, st = None, 0
    for r in rows[1:]:
        d = real_date("%Y/%m/%d", r[1]) if re.fullmatch(r"\d{4}/[1-9]\d?/[1-9]\d?", r[1]) else None
        if not d: errors.append(f"{f}: row {r[0]}: 発表日 {r[1]!r} not a real Excel Y/M/D date"); continue
        if d.weekday() != 4: errors.append(f"{f}: row {r[0]}: 発表日 {r[1]} is not a Friday")
        if prev and d < prev: errors.append(f"{f}: row {r[0]}: 発表日 goes back")
        prev = d
        if r[10] not in XL_STATES: errors.append(f"{f}: row {r[0]}: 状態 {r[10]!r}"); continue
        if XL_STATES.index(r[10]) < st: errors.append(f"{f}: row {r[0]}: 状態 {r[10]} after a later state")
        st = max(st, XL_STATES.index(r[10]))
        if r[7] and not re.fullmatch(r"\d{4}", r[7]): errors.append(f"{f}: row {r[0]}: 年 {r[7]!r}")
        if r[8] and not (re.fullmatch(r"https?://\S+", r[8]) or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", r[8])): errors.append(f"{f}: row {r[0]}: link {r[8][:30]!r}")


# ---- 1023 Hsoub I/O thread pasted
HS_HEAD = ["حسوب I/O", "الرئيسية", "الأكثر شعبية", "الجديد", "المجتمعات", "تسجيل الدخول", "إنشاء حساب"]
HS_FOOT = ["أضف تعليقًا", "حسوب I/O", "عن حسوب I/O", "قواعد المجتمع", "شروط الاستخدام", "سياسة الخصوصية"]
AR_COUNT = {"نقطة": "pts", "نقطتان": "pts", "نقاط": "pts", "تعليق": "com", "تعليقان": "com", "تعليقات": "com", "تعليقًا": "com"}


def ar_agree(n, word):
    forms = {"pts": ("نقطة", "نقطتان", "نقاط", "نقطة"), "com": ("تعليق", "تعليقان", "تعليقات", "تعليقًا")}[AR_COUNT[word]]
    want = forms[0] if n == 1 else forms[1] if n == 2 else forms[2] if 3 <= n <= 10 else forms[3]
    return word == want


def ar_ago(s):
    """hours ago of 'منذ …', or None"""
    fixed = {"منذ ساعة": 1, "منذ ساعتين": 2, "منذ يوم": 24, "منذ يومين": 48}
    if s in fixed: return fixed[s]
    m = re.fullmatch(r"منذ (\d+) (ساعات|ساعة|أيام|يومًا)", s)
    if not m: return None
    n, u = int(m.group(1)), m.group(2)
    if n < 3 or (u in ("ساعات", "أيام")) != (n <= 10): return None
    return n * (1 if u.startswith("ساع") else 24)


def check_hsoub(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:7] != HS_HEAD: errors.append(f"{f}: the header is not Hsoub I/O's")
    if ls[-7:-1] != HS_FOOT or not re.fullmatch(r"© \d{4} حسوب", ls[-1]): errors.append(f"{f}: the footer is not last")
    comm = ls[7] if len(ls) > 7 else ""
    mp = next((re.fullmatch(r"بواسطة ([\w.]+) في (io/\w+) (منذ .+)", l) for l in ls if l.startswith("بواسطة ")), None)
    if not re.fullmatch(r"io/\w+", comm) or not mp or mp.group(2) != comm: errors.append(f"{f}: the post line and the community disagree"); return
    post_ago = ar_ago(mp.group(3))
    if post_ago is None: errors.append(f"{f}: the post time {mp.group(3)!r} is not an Arabic 'منذ …'")
    for i, l in enumerate(ls):
        m = re.fullmatch(r"(\d+) (\S+)", l)
        if m and m.group(2) in AR_COUNT and not ar_agree(int(m.group(1)), m.group(2)):
            errors.append(f"{f}: line {i + 1}: {l!r} — the noun does not agree with the number")
    mc = next(((i, int(m.group(1))) for i, l in enumerate(ls) for m in [re.fullmatch(r"(\d+) (تعليق|تعليقان|تعليقات|تعليقًا)", l)] if m), None)
    if not mc: errors.append(f"{f}: no comment count"); return
    blocks, i = [], mc[0] + 1
    end = len(ls) - 7
    while i < end:
        if not re.fullmatch(r"[\w.]+", ls[i]) or i + 1 >= end or ar_ago(ls[i + 1]) is None:
            errors.append(f"{f}: line {i + 1}: a comment not starting with the user and 'منذ …'"); break
        j = i + 2
        while j < end and ls[j] != "رد": j += 1
        if j == end or not re.fullmatch(r"\d+ (نقطة|نقطتان|نقاط)", ls[j - 1]) or j - 1 <= i + 2:
            errors.append(f"{f}: line {i + 1}: a comment without text, points and 'رد'"); break
        blocks.append(ar_ago(ls[i + 1])); i = j + 1
    if len(blocks) != mc[1]: errors.append(f"{f}: the count says {mc[1]} comments, {len(blocks)} shown")
    seq = ([post_ago] if post_ago else []) + blocks
    if any(a < b for a, b in zip(seq, seq[1:])): errors.append(f"{f}: a comment older than the one before it (or than the post)")


# ---- 1024 Groups.io message
GIO_ORDER = ["Return-Path", "Delivered-To", "Received", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Sender",
             "List-Id", "Mailing-List", "List-Post", "List-Help", "List-Unsubscribe", "List-Unsubscribe-Post", "Precedence",
             "Reply-To", "X-Original-From", "Content-Type"]


def check_groupsio(f, raw, path):
    seven_bit(f, path)
    crlf_only(f, raw)
    hs = header_block(f, raw)
    names = [n for n, _ in hs]
    if names != GIO_ORDER: errors.append(f"{f}: header fields {names} not {GIO_ORDER}")
    H = dict(hs)
    encoded_words(f, raw.split("\r\n\r\n", 1)[0], r"UTF-8", "Bb")
    all_words_whole(f, raw.split("\r\n\r\n", 1)[0])
    mf = re.fullmatch(r'"(.+) via groups\.io" <([\w.+-]+)=([\w.-]+)@groups\.io>', H.get("From", ""))
    mo = re.fullmatch(r"(.+) <([\w.+-]+)@([\w.-]+)>", H.get("X-Original-From", ""))
    if not mf or not mo or mf.groups() != mo.groups(): errors.append(f"{f}: From is not X-Original-From rewritten as 'Name via groups.io' <local=domain@groups.io>")
    ms = re.fullmatch(r"\[([\w-]+)\] (=\?UTF-8\?B\?.+)", H.get("Subject", ""))
    if not ms: errors.append(f"{f}: Subject without the [group] prefix"); return
    g = ms.group(1)
    for k, want in (("To", f"{g}@groups.io"), ("Sender", f"{g}@groups.io"), ("Reply-To", f"{g}@groups.io"), ("List-Id", f"<{g}.groups.io>"),
                    ("Mailing-List", f"list {g}@groups.io; contact {g}+owner@groups.io"), ("List-Post", f"<mailto:{g}@groups.io>"),
                    ("List-Help", f"<mailto:{g}+help@groups.io>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "Bulk")):
        if H.get(k) != want: errors.append(f"{f}: {k} is not the group's ({want})")
    date = rfc_date(f, H.get("Date"))
    if date and date.utcoffset() != datetime.timedelta(hours=5, minutes=30): errors.append(f"{f}: the Date is not in +0530")
    mr = re.search(r"; (\w{3}, \d{1,2} \w{3} \d{4} [\d:]{8} [+-]\d{4})$", H.get("Received", ""))
    rd = email.utils.parsedate_to_datetime(mr.group(1)) if mr else None
    if not rd or (date and not date <= rd <= date + datetime.timedelta(minutes=5)): errors.append(f"{f}: the Received time is before the Date or far after it")
    mct = re.fullmatch(r'multipart/alternative; boundary="([\w\'()+,./:=?-]+)"', H.get("Content-Type", ""))
    if not mct: errors.append(f"{f}: not multipart/alternative with a boundary"); return
    bd = mct.group(1)
    body = raw.split("\r\n\r\n", 1)[1]
    if not body.endswith(f"--{bd}--\r\n"): errors.append(f"{f}: the closing boundary is not last")
    parts = body.split(f"--{bd}")[1:-1]
    kinds, texts = [], {}
    for p in parts:
        ph, _, pb = p.lstrip("\r\n").partition("\r\n\r\n")
        hd = dict(l.split(": ", 1) for l in ph.split("\r\n") if ": " in l)
        ct = hd.get("Content-Type", "")
        kinds.append(ct.split(";")[0])
        if ct.split(";")[1:] != [' charset="utf-8"'] or hd.get("Content-Transfer-Encoding") != "quoted-printable":
            errors.append(f"{f}: a part is not UTF-8 quoted-printable")
        qp_lines(f, pb.rstrip("\r\n"))
        try:
            texts[ct.split(";")[0]] = quopri.decodestring(pb.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        except (UnicodeError, ValueError):
            errors.append(f"{f}: a part does not decode as UTF-8 quoted-printable")
    if kinds != ["text/plain", "text/html"]: errors.append(f"{f}: parts {kinds}, not text/plain then text/html"); return
    pt, ht = texts.get("text/plain", ""), texts.get("text/html", "")
    rule = "-=-=-=-=-=-=-=-=-=-=-=-"
    pl = pt.split("\n")
    if pl.count(rule) != 2: errors.append(f"{f}: the plain part's links block is not between two rules"); return
    a, b = [i for i, l in enumerate(pl) if l == rule]
    blk = pl[a + 1:b]
    m1 = re.fullmatch(rf"View/Reply Online \(#(\d+)\): https://groups\.io/g/{g}/message/(\d+)", blk[1] if len(blk) > 1 else "")
    m2 = re.fullmatch(r"Mute This Topic: https://groups\.io/mt/(\d+)/(\d+)", blk[2] if len(blk) > 2 else "")
    m3 = re.fullmatch(rf"Unsubscribe: (https://groups\.io/g/{g}/leave/(\d+)/\d+/\d+/xyzzy) \[(\S+@\S+)\]", blk[4] if len(blk) > 4 else "")
    if len(blk) != 5 or blk[0] != "Groups.io Links: You receive all messages sent to this group." or not (m1 and m2 and m3) \
            or m1.group(1) != m1.group(2) or blk[3] != f"Group Owner: {g}+owner@groups.io":
        errors.append(f"{f}: the plain part's Groups.io links block is malformed"); return
    if m3.group(3) != H.get("Delivered-To"): errors.append(f"{f}: the Unsubscribe address is not the recipient")
    if m2.group(2) != m3.group(2): errors.append(f"{f}: Mute This Topic and Unsubscribe name different subscriptions")
    if not H.get("List-Unsubscribe", "").startswith(f"<{m3.group(1)}>"): errors.append(f"{f}: List-Unsubscribe is not the footer's leave URL")
    if not re.fullmatch(rf"<bounce\+[0-9a-f]+\+{m1.group(1)}\+{m2.group(2)}\+\d+@groups\.io>", H.get("Return-Path", "")):
        errors.append(f"{f}: Return-Path does not carry the message number and subscription")
    if ht.count("_._,_._,_") != 2 or f"View/Reply Online (#{m1.group(1)})" not in ht or f"https://groups.io/mt/{m2.group(1)}/{m2.group(2)}" not in ht:
        errors.append(f"{f}: the HTML part's footer does not name the same message, topic and subscription")
    if "== इस अंक में ==" not in pl: errors.append(f"{f}: no table of contents"); return
    t = pl.index("== इस अंक में ==") + 1
    toc = []
    while t < len(pl) and re.match(r"\d+\. ", pl[t]): toc.append(pl[t]); t += 1
    heads = [l[3:-3] for l in pl if re.fullmatch(r"== \d+\. .+ ==", l)]
    if not toc or toc != heads or [int(x.split(".")[0]) for x in toc] != list(range(1, len(toc) + 1)):
        errors.append(f"{f}: the table of contents is not the numbered headings in order")


# ---- 1025 Tencent Cloud developer community article page
CN_NUM = "一二三四五六七八九十"


def check_tencent(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'): errors.append(f"{f}: doctype / lang / charset not the page's")
    errors.extend(f"{f}: HTML {x}" for x in html_balanced(raw))
    t = re.search(r"<title>(.*?)-腾讯云开发者社区-腾讯云</title>", raw)
    h1 = re.search(r'<h1 class="cdc-article__title">(.*?)</h1>', raw)
    if not t or not h1 or t.group(1) != h1.group(1): errors.append(f"{f}: <title> is not the h1 + '-腾讯云开发者社区-腾讯云'")
    if not re.search(r'<link rel="canonical" href="https://cloud\.tencent\.com/developer/article/\d{7}">', raw): errors.append(f"{f}: canonical is not /developer/article/<7 digits>")
    mp = re.search(r"发布于 (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)<", raw)
    pub = real_date("%Y-%m-%d %H:%M:%S", mp.group(1)) if mp else None
    mo = re.search(r"原始发表：(\d{4}-\d\d-\d\d)<", raw)
    orig = real_date("%Y-%m-%d", mo.group(1)) if mo else None
    if not pub or not orig or orig > pub: errors.append(f"{f}: 发布于 / 原始发表 unreal or the original after the publication")
    mu = re.search(r'<a class="cdc-article__author" href="https://cloud\.tencent\.com/developer/user/(\d+)">', raw)
    imgs = re.findall(r'<img src="([^"]+)"', raw)
    if not mu or not imgs: errors.append(f"{f}: no author link or no images")
    for s in imgs:
        m = re.fullmatch(r"https://ask\.qcloudimg\.com/http-save/yehe-(\d+)/[0-9a-f]{32}\.png", s)
        if not m or (mu and m.group(1) != mu.group(1)): errors.append(f"{f}: image {s[:50]!r} not in the author's ask.qcloudimg.com folder")
    crumb = re.search(r'&gt; (<a href="https://cloud\.tencent\.com/developer/column/\d+">[^<]+</a>) &gt; 正文</div>', raw)
    col = re.search(r'本文被收录于专栏：(<a href="[^"]+">[^<]+</a>)', raw)
    if not crumb or not col or crumb.group(1) != col.group(1): errors.append(f"{f}: the breadcrumb's column is not the 专栏 line's")
    h2 = re.findall(r'<h2 id="(\d+)">(.)、', raw)
    if not h2 or [x[1] for x in h2] != list(CN_NUM[:len(h2)]) or [int(x[0]) for x in h2] != list(range(1, len(h2) + 1)):
        errors.append(f"{f}: h2 sections not numbered 一、二、三… in order")
    if "本文分享自 作者个人站点/博客" not in raw or "腾讯云自媒体同步曝光计划" not in raw: errors.append(f"{f}: the source or statement box missing")
    mc = re.search(r"Copyright © 2013 - (\d{4}) Tencent Cloud\. All Rights Reserved\.", raw)
    if not mc or (pub and int(mc.group(1)) != pub.year): errors.append(f"{f}: the copyright years do not end with the publication year")


# ---- 1026 Blockdit post pasted (negative)
TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
BD_HEAD = ["Blockdit", "หน้าแรก", "สำรวจ", "ค้นหา Blockdit", "เข้าสู่ระบบ", "สมัครสมาชิก"]
BD_FOOT = ["เกี่ยวกับ Blockdit", "ร่วมงานกับเรา", "ศูนย์ช่วยเหลือ", "ข้อกำหนดการใช้งาน", "นโยบายความเป็นส่วนตัว"]


def check_blockdit(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:6] != BD_HEAD: errors.append(f"{f}: the header is not Blockdit's")
    if not re.fullmatch(r"@[a-z0-9_.]+", ls[7] if len(ls) > 7 else "") or ls[8:9] != ["ติดตาม"] \
            or not re.fullmatch(r"[\d.,]+ ?(?:พัน|หมื่น|แสน|ล้าน)?ผู้ติดตาม", ls[9] if len(ls) > 9 else ""):
        errors.append(f"{f}: page name / @handle / ติดตาม / followers not in order")
    md = re.fullmatch(r"(\d{1,2}) (\S+) (\d{4}) เวลา (\d\d):(\d\d) น\. • \S+", ls[10] if len(ls) > 10 else "")
    year = None
    if not md or md.group(2) not in TH_ABBR: errors.append(f"{f}: the post time is not 'D เดือน YYYY เวลา HH:MM น. • category'")
    else:
        try:
            datetime.datetime(int(md.group(3)), TH_ABBR.index(md.group(2)) + 1, int(md.group(1)), int(md.group(4)), int(md.group(5)))
            year = int(md.group(3))
        except ValueError:
            errors.append(f"{f}: the post time is not a real time")
    secs = [int(m.group(1)) for l in ls for m in [re.match(r"(\d+)\) \S", l)] if m]
    if not secs or secs != list(range(1, len(secs) + 1)): errors.append(f"{f}: sections numbered {secs}")
    for i, l in enumerate(ls):
        if re.match(r"\d+\) ", l):
            j = i + 1
            if j >= len(ls) or not ls[j].startswith("- "): errors.append(f"{f}: line {i + 1}: a section without '- ' items")
    mcount = next((int(m.group(1)) for l in ls for m in [re.fullmatch(r"(\d+) ความคิดเห็น", l)] if m), None)
    shown = [i for i in range(len(ls) - 3) if re.fullmatch(r"\d+ (วัน|ชั่วโมง|นาที)", ls[i + 2]) and ls[i + 3] == "ถูกใจ · ตอบกลับ"]
    if mcount is None or not shown or len(shown) > mcount: errors.append(f"{f}: the comment count is missing or below the comments shown")
    elif (len(shown) < mcount) != ("ดูความคิดเห็นเพิ่มเติม" in ls): errors.append(f"{f}: 'ดูความคิดเห็นเพิ่มเติม' does not match the count")
    if ls.count("ถูกใจ · ตอบกลับ") != len(shown): errors.append(f"{f}: a comment without name / text / time")
    mf = re.fullmatch(r"© (\d{4}) Blockdit", ls[-1] if ls else "")
    if ls[-6:-1] != BD_FOOT or not mf or (year and int(mf.group(1)) != year): errors.append(f"{f}: the footer is not last or its year is not the post's")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 1019: return check_claws(f, raw, path)
    if n == 1022: return check_excel_sjis(f, raw, path)
    if n == 1024: return check_groupsio(f, raw, path)
    {1017: check_guia, 1018: check_gist, 1020: check_thesis_ko, 1021: check_inspire_bib, 1023: check_hsoub,
     1025: check_tencent, 1026: check_blockdit}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round100's and round101's, a byte-identical file counted once), and the round100/round101 split (candidates sorted
# by (uses, catalogue title); round100 = even positions from 2 on, one unbroken run; round101 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P101S = ["/work/rounds/digests-round101/expected.json", "/work/main/tests/data/digests-round101/expected.json"]
P101 = next((p for p in P101S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P101S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round100", "digests-round101") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round100 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
if last != 144 or len(mine) != 72: errors.append(f"round100 holds {len(mine)} papers up to position {last}, not the 72 even positions 2..144")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r101 = set()
if P101:
    try:
        r101 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P101)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P101} exists but could not be read (being written?)")
    if r101 & mine: errors.append(f"papers also in round101: {sorted(r101 & mine)}")
shared101 = len(r101 & mine) if P101 else "(no round101 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round100 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]] or not neg[0].startswith(f"{LAST}_negative_") or num(files[0]) != FIRST:
    errors.append(f"want ten files {FIRST}..{LAST}, the negative last as {LAST}: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round101: {shared101}; papers in more than one round100 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
