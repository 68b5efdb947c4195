#!/usr/bin/env python3
r"""Checks round86/expected.json against the digests and the shared catalogues.

Adapted from round85/validate.py (the label checks are the same code; the reuse report is round85's with round86 /
round87 in place of round85 / round84: round86 holds the even positions from 2 to 144; the readers and shape checks
are new). The reuse report counts every /work/main/tests/data/*/expected.json except round86's and round87's own (a
digests-round86 / digests-round87 folder, or a file whose bytes equal round86's or round87's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round86 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to 144; it fails on
a paper shared with round87's expected.json (read only, from /work/rounds/digests-round87/ or
/work/main/tests/data/digests-round87/, when it exists), and on a paper in more than one round86 file.
Every digest is read raw (UTF-8, 882 GBK; line ends kept) and in decoded forms: 877 the text/plain part with its
quoted-printable undone; 881 BibTeX braces and `\url` dropped (norm already drops braces); everything: HTML entities
undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 877 Proton Mail .eml (CRLF only, the Proton headers, multipart/mixed with its
boundary opened and closed, one text/plain utf-8 quoted-printable part with lines of at most 76 columns and valid
escapes; in the decoded text Proton's forward header with a true weekday and ordinal, the arXiv mailing's rules and
`received from … to …` window, every entry `\\` / `arXiv:ID` / `replaced with revised version <date>   (Nkb,D)` /
Title / Authors / Categories / `\\ ( https://arxiv.org/abs/ID ,  Nkb)` with the same id and size and a date inside the
window, the Proton signature); 878 Chrome-saved Open eClass page (doctype, `saved from url=(NNNN)` = URL length,
Content-Type meta first in head, assets under `./<title>_files/`, HTML balanced, week rows numbered 1..N with dates
seven days apart); 879 Nextra MDX (front matter with title / description, every JSX component imported from
nextra/components, JSX tags and code fences balanced, tables with one cell per header column and a valid alignment
row, no bare `{ } <` in Markdown text); 880 ICML-style references in notes (each entry `Surname, I., … and Surname,
I.` or ten names + `et al.`, then title, venue, year, optional `URL ….`; entries in alphabetical order; lines at most
58 columns; no URL broken); 881 BibTeX (braces balanced, keys unique, arXiv-export entries with six-space indent, the
field order, `title={…}, ` and `url={…}, ` with the trailing space, url = abs URL of eprint, new-form key from surname
+ year; OpenReview's key on its own line); 882 WPS CSV (GBK, not UTF-8, CRLF, every row as wide as the header,
minimal quoting as the writer does it, 序号 consecutive, dates Y/M/D without leading zeros, trailing empty rows);
883 GeekNews paste (menu line, points line whose comment count = comments, comment headers `user N일전 [-]` each
closed by `답변달기`, ages not increasing, footer); 884 theLetter page (balanced, canonical = og:url = JSON-LD page,
headline = og:title = h1, time datetime matching the shown date, `__NUXT__` route = canonical path, external links
target=_blank rel=noopener); 885 Teletype paste (no markup, @handle, Russian date, hashtags, views with the right
Russian plural, `Подписаться`); 886 Threema export (CRLF, `[DD.MM.YYYY, HH:MM:SS] Sender: ` lines or continuations,
times valid and non-decreasing, senders `Ich` and one contact, media `<uuid.jpg>`).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, datetime, email, email.policy, html, io, json, os, re, sys
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse

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


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    b = open(path, "rb").read()
    if num(f) == 882:
        return b.decode("gbk")
    return b.decode("utf-8")


def eml_text(raw):
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.compat32)
    parts = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    return [p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8") for p in parts]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 877: forms += [t.replace("\r\n", "\n") for t in eml_text(raw)]
    if n == 881: forms.append(re.sub(r"\\url\s*", "", raw.replace("{", "").replace("}", "")))
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

ARX_RULE = "-" * 78
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def check_proton(f, raw):
    crlf_only(f, raw)
    head, _, rest = raw.partition("\r\n\r\n")
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.compat32)
    for h in ("Return-Path", "Received", "Date", "From", "To", "Subject", "Message-ID", "Feedback-ID", "X-Pm-Origin",
              "X-Pm-Content-Encryption", "X-Pm-Spamscore", "MIME-Version"):
        if msg[h] is None: errors.append(f"{f}: header {h} missing")
    if re.search(r"[^\x00-\x7f]", head): errors.append(f"{f}: raw non-ASCII in the headers (RFC 2047 wanted)")
    if not str(msg.get("Message-ID", "")).startswith("<") or not str(msg.get("Message-ID", "")).endswith(">"): errors.append(f"{f}: Message-ID not <…>")
    bd = msg.get_boundary()
    if msg.get_content_type() != "multipart/mixed" or not bd: errors.append(f"{f}: not multipart/mixed with a boundary"); return
    if raw.count(f"\r\n--{bd}\r\n") != 1 or not raw.endswith(f"\r\n--{bd}--\r\n"): errors.append(f"{f}: MIME boundary not opened once and closed at the end")
    parts = [p for p in msg.walk() if not p.is_multipart()]
    if len(parts) != 1 or parts[0].get_content_type() != "text/plain" or parts[0].get_content_charset() != "utf-8" \
            or parts[0]["Content-Transfer-Encoding"] != "quoted-printable":
        errors.append(f"{f}: want one text/plain utf-8 quoted-printable part"); return
    qp = raw.split(f"--{bd}\r\n", 1)[1].split("\r\n\r\n", 1)[1].rsplit(f"\r\n--{bd}--", 1)[0]
    for i, l in enumerate(qp.split("\r\n"), 1):
        if len(l) > 76: errors.append(f"{f}: QP line {i} longer than 76")
        if re.search(r"[^\x20-\x7e\t]", l): errors.append(f"{f}: QP line {i} has a raw non-ASCII or control byte")
        if re.search(r"=(?![0-9A-F]{2})(?!$)", l): errors.append(f"{f}: QP line {i}: '=' not followed by two hex digits")
        if l.endswith(" ") or l.endswith("\t"): errors.append(f"{f}: QP line {i} ends in white space")
    try:
        text = eml_text(raw)[0].replace("\r\n", "\n")
    except Exception as ex:
        errors.append(f"{f}: text part not decodable: {ex!r}"); return
    if "\nSent with Proton Mail secure email.\n" not in text: errors.append(f"{f}: no Proton signature")
    m = re.search(r"\n------- Forwarded Message -------\nFrom: (.+)\nDate: On (\w+), (\w+) (\d+\w\w), (\d{4}) at (\d{1,2}):(\d\d) ([AP]M)\nSubject: (.+)\nTo: (.+)\n", text)
    if not m: errors.append(f"{f}: no Proton forward header"); return
    day = int(re.match(r"\d+", m.group(4)).group(0))
    try:
        fd = datetime.datetime(int(m.group(5)), MONTHS.index(m.group(3)) + 1, day)
        if fd.strftime("%A") != m.group(2) or ordinal(day) != m.group(4): errors.append(f"{f}: forward date weekday/ordinal wrong")
    except ValueError:
        errors.append(f"{f}: forward date invalid")
    if not re.fullmatch(r"cs daily Subj-class mailing [0-9a-f]+ \d+", m.group(9)): errors.append(f"{f}: forwarded subject not an arXiv mailing")
    lst = text[m.end():].lstrip("\n")
    w = re.search(r"\n received from  \w{3} [ \d]\d \w{3} (\d\d) (\d\d:\d\d:\d\d) GMT  to  \w{3} [ \d]\d \w{3} \d\d \d\d:\d\d:\d\d GMT\n", lst)
    if not w: errors.append(f"{f}: no 'received from … to …' line"); return
    w2 = re.findall(r"(\w{3}) ([ \d]\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT", w.group(0))
    lo, hi = [datetime.datetime.strptime(f"{d.strip()} {mo} 20{y} {t}", "%d %b %Y %H:%M:%S") for _, d, mo, y, t in w2]
    if not lst.startswith(ARX_RULE + "\n" + ARX_RULE + "\n"): errors.append(f"{f}: listing does not open with two 78-dash rules")
    ents = re.findall(r"(?ms)^\\\\\narXiv:(\S+)\n(.*?)^\\\\ \( (.*?) ,  (\d+)kb\)$", lst)
    if not ents: errors.append(f"{f}: no listing entries")
    if len(ents) != lst.count("\n\\\\\narXiv:"): errors.append(f"{f}: an entry not closed by its '\\\\ ( URL , size)' line")
    for aid, body, url, size in ents:
        m2 = re.match(r"replaced with revised version (\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb,D\)\n\nTitle: .+\n(?:  .+\n)*Authors: .+\n(?:  .+\n)*Categories: (?:[a-z-]+\.[A-Z]{2} ?)+\n(?:Comments: .+\n(?:  .+\n)*)?$", body)
        if not m2: errors.append(f"{f}: entry {aid}: lines not in the mailing's grammar"); continue
        if url != f"https://arxiv.org/abs/{aid}" or m2.group(2) != size: errors.append(f"{f}: entry {aid}: closing line does not match (url / size)")
        t = datetime.datetime.strptime(m2.group(1), "%a, %d %b %Y %H:%M:%S")
        if not lo <= t <= hi: errors.append(f"{f}: entry {aid}: replaced outside the mailing's window")
        if any(len(l) > 79 for l in body.split("\n")): errors.append(f"{f}: entry {aid}: a line over 79 columns")


VOID = {"meta", "link", "img", "br", "hr", "input"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.st, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.st.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.st or self.st[-1] != tag: self.bad.append(f"</{tag}> closes <{self.st[-1] if self.st else '-'}>")
        else: self.st.pop()


def html_balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b.bad[:1] + ([f"{len(b.st)} element(s) not closed: {b.st[:3]}"] if b.st else [])


def check_eclass(f, raw):
    lf_final(f, raw)
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n<html lang=\"el\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n", raw)
    if not m: errors.append(f"{f}: not Chrome's saved page opening (doctype, saved-from mark, Content-Type meta first)")
    elif int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: saved-from length {m.group(1)} != URL length {len(m.group(2))}")
    for b in html_balanced(raw): errors.append(f"{f}: {b}")
    t = re.search(r"<title>(.*?)</title>", raw)
    files = "./" + html.unescape(t.group(1)).replace("|", "_") + "_files/" if t else None
    for u in re.findall(r'<(?:link href|script type="text/javascript" src)="([^"]+)"', raw):
        if not u.startswith(files or "\0"): errors.append(f"{f}: asset {u[:40]!r} not under {files!r}")
    rows = re.findall(r'<tr>\n<td class="text-center">(\d+)</td>\n<td>(\d\d)/(\d\d)</td>', raw)
    if not rows: errors.append(f"{f}: no week rows")
    if [int(r[0]) for r in rows] != list(range(1, len(rows) + 1)): errors.append(f"{f}: week numbers not 1..N")
    ds = [datetime.date(2024, int(mo), int(d)) for _, d, mo in rows]
    if any((b - a).days != 7 for a, b in zip(ds, ds[1:])): errors.append(f"{f}: week dates not seven days apart")
    if raw.count("<tr>") != len(rows) + 1: errors.append(f"{f}: a table row not in the week-row form")


def check_nextra(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n((?:[a-z]+: .+\n)+)---\n", raw)
    if not m: errors.append(f"{f}: no YAML front matter"); return
    fm = dict(l.split(": ", 1) for l in m.group(1).splitlines())
    if set(fm) != {"title", "description"}: errors.append(f"{f}: front matter keys {sorted(fm)}")
    imp = re.findall(r"^import \{ ([\w, ]+) \} from 'nextra/components'$", raw, re.M)
    imported = {x.strip() for i in imp for x in i.split(",")}
    used = set(re.findall(r"<([A-Z]\w*)", raw))
    if used - imported: errors.append(f"{f}: JSX components not imported: {sorted(used - imported)}")
    st, fence = [], False
    for k, l in enumerate(raw[m.end():].split("\n"), m.group(0).count("\n") + 1):
        s = l.strip()
        if s.startswith("```"):
            fence = not fence; continue
        if fence: continue
        for close, tag in re.findall(r"<(/?)([A-Z][\w.]*)", l):
            if close:
                if not st or st[-1] != tag: errors.append(f"{f}: line {k}: </{tag}> closes {st[-1] if st else '-'}")
                else: st.pop()
            elif not re.search(rf"<{re.escape(tag)}\b[^>]*/>", l):
                st.append(tag)
        if s.startswith(("<", "import ")) or not s: continue
        if re.search(r"[{}<]", re.sub(r"`[^`]*`", "", l)): errors.append(f"{f}: line {k}: bare {{ }} or < in Markdown text (MDX would parse it)")
    if fence: errors.append(f"{f}: a code fence not closed")
    if st: errors.append(f"{f}: JSX not closed: {st}")
    for tb in re.findall(r"(?m)((?:^\|.*\|\n)+)", raw):
        rows = [r.strip("|").split(" | ") for r in tb.strip("\n").split("\n")]
        if len({len(r) for r in rows}) != 1: errors.append(f"{f}: table rows with different cell counts ({rows[0][0].strip()[:20]})")
        if not all(re.fullmatch(r" ?:?-+:? ?", c) for c in rows[1]): errors.append(f"{f}: table without a valid alignment row")


REF_HEAD = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, [A-Z]\.")


def check_icml(f, raw):
    lf_final(f, raw)
    blocks = [b for b in re.split(r"\n\n+", raw) if REF_HEAD.match(b) and re.search(r"(?:19|20)\d\d\.(?:\sURL\s\S+\.)?(?:\n\d+)?$", b)]
    if len(blocks) < 8: errors.append(f"{f}: {len(blocks)} reference entries found (8 wanted)")
    firsts = []
    for b in blocks:
        b = re.sub(r"\n\d+$", "", b)
        for l in b.split("\n"):
            if len(l) > 58: errors.append(f"{f}: reference line over 58 columns: {l[:30]!r}")
        one = re.sub(r"-\n", "", b) if re.search(r"[a-z]-\n[a-z]", b) else b
        one = re.sub(r"\s*\n\s*", " ", one)
        m = re.match(r"((?:(?:de |van |von )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, (?:[A-Z]\.(?:[ -][A-Z]\.)*)(?:, et al\.|,? and |, ))+)\s*(.+)$", one)
        if not m: errors.append(f"{f}: entry not 'Surname, I., …' + rest: {one[:40]!r}"); continue
        names = re.findall(r"[A-Z]\.(?:[ -][A-Z]\.)*(?=, |,? and | et al| )", m.group(1))
        if "et al." in m.group(1) and len(re.findall(r", [A-Z]\.", m.group(1))) != 10: errors.append(f"{f}: 'et al.' not after ten names: {one[:30]!r}")
        if not re.search(r"\. (?:In |arXiv preprint|Journal |Advances )", m.group(2)): errors.append(f"{f}: no venue after the title: {one[:30]!r}")
        u = re.search(r"URL (\S+)\.$", one)
        if u and not re.fullmatch(r"https://(?:arxiv\.org/abs/\d{4}\.\d{4,5}|openreview\.net/forum\?id=[\w-]+)", u.group(1)): errors.append(f"{f}: URL broken or odd: {u.group(1)!r}")
        firsts.append(one.split(",")[0].lower())
    if firsts != sorted(firsts): errors.append(f"{f}: references not in alphabetical order")


ARX_FIELDS = ["title", "author", "year", "eprint", "archivePrefix", "primaryClass"]


def bib_entries(s):
    out, i = [], 0
    while True:
        m = re.compile(r"@(\w+)\{").search(s, i)
        if not m: return out
        depth, j = 1, m.end()
        while j < len(s) and depth:
            depth += {"{": 1, "}": -1}.get(s[j], 0); j += 1
        out.append((m.group(1), s[m.end():j - 1], s[m.start():j]))
        if depth: out.append(("UNBALANCED", "", "")); return out
        i = j


def check_bib(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab")
    outside = re.sub(r"(?s)@\w+\{.*?\n\}\n", "", raw)
    for l in outside.split("\n"):
        if l.strip() and not l.startswith("%"): errors.append(f"{f}: text outside entries that is not a % comment: {l[:30]!r}")
    keys_ = []
    for typ, body, whole in bib_entries(raw):
        if typ == "UNBALANCED": errors.append(f"{f}: braces not balanced"); continue
        key = body.lstrip("\n").split(",", 1)[0]
        keys_.append(key)
        if "archivePrefix" in body:
            ls = body.split("\n")
            names = [re.match(r"      (\w+)=", l).group(1) if re.match(r"      (\w+)=", l) else None for l in ls[1:] if l]
            if None in names: errors.append(f"{f}: {key}: arXiv-export field not six-space indented"); continue
            if names[:6] != ARX_FIELDS or names[6:] not in ([], ["url"]): errors.append(f"{f}: {key}: arXiv-export fields {names}")
            if not re.search(r"\n      title=\{.*\}, \n", body): errors.append(f"{f}: {key}: title line without arXiv's trailing ', '")
            ep = re.search(r"eprint=\{([^}]*)\}", body).group(1)
            u = re.search(r"\n      url=\{([^}]*)\}, \n$", body + "\n")
            if "url=" in body and (not u or u.group(1) != f"https://arxiv.org/abs/{ep}"): errors.append(f"{f}: {key}: url not 'url={{abs URL of eprint}}, '")
            fa = re.search(r"author=\{([^}]*)\}", body).group(1).split(" and ")[0].split()[-1].lower()
            yr = re.search(r"year=\{(\d{4})\}", body).group(1)
            if not key.startswith(fa + yr): errors.append(f"{f}: {key}: key not surname+year of the entry")
            if "url=" in body and len(key) <= len(fa + yr) + 12: errors.append(f"{f}: {key}: new-form arXiv key too short")
        if "openreview.net" in body and typ == "misc" and not body.startswith("\n"): errors.append(f"{f}: {key}: OpenReview export key not on its own line")
    if len(keys_) != len(set(keys_)): errors.append(f"{f}: a key twice")


WPS_HEAD = ["序号", "论文", "简称", "作者", "年份", "会议/期刊", "链接", "负责人", "状态", "讨论日期", "备注"]


def check_wps(f, raw, path):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"): errors.append(f"{f}: a UTF-8 BOM (WPS writes GBK without one)")
    try:
        b.decode("utf-8"); errors.append(f"{f}: decodes as UTF-8 (WPS's CSV is GBK)")
    except UnicodeDecodeError:
        pass
    crlf_only(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if not rows or rows[0] != WPS_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: quoting is not the minimal quoting WPS writes")
    for i, r in enumerate(rows[1:], 1):
        if len(r) != len(WPS_HEAD): errors.append(f"{f}: row {i}: {len(r)} fields"); continue
    full = [r for r in rows[1:] if any(r)]
    if rows[1:1 + len(full)] != full: errors.append(f"{f}: an empty row between filled rows")
    if [r[0] for r in full] != [str(i) for i in range(1, len(full) + 1)]: errors.append(f"{f}: 序号 not 1..N")
    for r in full:
        if r[9] and not re.fullmatch(r"\d{4}/[1-9]\d?/[1-9]\d?", r[9]): errors.append(f"{f}: date {r[9]!r} not as the sheet shows it")
        if r[9]:
            try: datetime.date(*map(int, r[9].split("/")))
            except ValueError: errors.append(f"{f}: date {r[9]!r} invalid")
    if len(rows) - 1 == len(full): errors.append(f"{f}: no trailing empty rows from the formatted range")


GN_AGE = re.compile(r"(\d+)(분|시간|일)전")


def gn_minutes(s):
    m = GN_AGE.fullmatch(s)
    return int(m.group(1)) * {"분": 1, "시간": 60, "일": 1440}[m.group(2)]


def check_geeknews(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:2] != ["GeekNews", "최신글 | 댓글 | Ask | Show | GN⁺ | Weekly | 글등록"]: errors.append(f"{f}: no GeekNews header and menu")
    pm = next((re.fullmatch(r"(\d+)P by (\S+) (\d+(?:분|시간|일)전) \| favorite \| 댓글 (\d+)개", l) for l in ls if " | favorite | " in l), None)
    if not pm: errors.append(f"{f}: no points line"); return
    heads = [(k, re.fullmatch(r"(\S+) (\d+(?:분|시간|일)전) \[-\]", l)) for k, l in enumerate(ls)]
    heads = [(k, m) for k, m in heads if m]
    if int(pm.group(4)) != len(heads): errors.append(f"{f}: 댓글 {pm.group(4)}개 but {len(heads)} comments")
    if "댓글 달기" not in ls or ls.index("댓글 달기") > (heads[0][0] if heads else 10 ** 9): errors.append(f"{f}: '댓글 달기' not before the comments")
    ages = [gn_minutes(m.group(2)) for _, m in heads]
    if ages != sorted(ages, reverse=True): errors.append(f"{f}: comment ages not in page order (oldest first)")
    if ages and ages[0] > gn_minutes(pm.group(3)): errors.append(f"{f}: a comment older than the post")
    for (k, m), nxt in zip(heads, [h[0] for h in heads[1:]] + [len(ls)]):
        blk = ls[k + 1:nxt]
        if "답변달기" not in blk or len(blk[:blk.index("답변달기")]) < 1: errors.append(f"{f}: comment by {m.group(1)} not closed by 답변달기")
    if not ls[-1].startswith("About | FAQ"): errors.append(f"{f}: no footer")


def check_theletter(f, raw):
    lf_final(f, raw)
    if not raw.startswith("<!doctype html>\n<html lang=\"ja\" data-n-head-ssr>"): errors.append(f"{f}: not a Nuxt SSR page opening")
    for b in html_balanced(raw): errors.append(f"{f}: {b}")
    can = re.search(r'<link data-n-head="ssr" rel="canonical" href="([^"]+)">', raw)
    og = re.search(r'property="og:url" content="([^"]+)"', raw)
    ogt = re.search(r'property="og:title" content="([^"]+)"', raw)
    h1 = re.search(r'<h1 class="post__title">([^<]+)</h1>', raw)
    ld = re.search(r'<script data-n-head="ssr" type="application/ld\+json">(.*?)</script>', raw)
    if not (can and og and ogt and h1 and ld): errors.append(f"{f}: canonical / og:url / og:title / h1 / JSON-LD missing"); return
    try:
        j = json.loads(ld.group(1))
    except ValueError:
        errors.append(f"{f}: JSON-LD not JSON"); return
    if not can.group(1) == og.group(1) == j.get("mainEntityOfPage"): errors.append(f"{f}: canonical, og:url and JSON-LD page differ")
    if not html.unescape(ogt.group(1)) == html.unescape(h1.group(1)) == j.get("headline"): errors.append(f"{f}: og:title, h1 and headline differ")
    t = re.search(r'<time class="post__date" datetime="([^"]+)">([^<]+)</time>', raw)
    if not t: errors.append(f"{f}: no <time>")
    else:
        try:
            d = datetime.datetime.fromisoformat(t.group(1))
            if d.strftime("%Y/%m/%d %H:%M") != t.group(2) or j.get("datePublished") != t.group(1): errors.append(f"{f}: shown date, datetime and datePublished disagree")
        except ValueError:
            errors.append(f"{f}: datetime not ISO")
    r = re.search(r'routePath:"([^"]+)"', raw)
    if not r or r.group(1) != urlparse(can.group(1)).path: errors.append(f"{f}: __NUXT__ routePath is not the canonical path")
    for a in re.findall(r"<a href=\"https?://[^\"]+\"[^>]*>", raw):
        if 'target="_blank" rel="noopener"' not in a: errors.append(f"{f}: external link without target=_blank rel=noopener: {a[:50]}")


RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def ru_plural(n, one, few, many):
    return one if n % 10 == 1 and n % 100 != 11 else few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


def check_teletype(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if re.search(r"<[a-zA-Z/][^>]*>", raw): errors.append(f"{f}: markup in a plain-text paste")
    if len(ls) < 6 or not re.fullmatch(r"@\w+", ls[1]): errors.append(f"{f}: no @handle under the blog name"); return
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", ls[3])
    if not m or m.group(2) not in RU_MONTHS: errors.append(f"{f}: no Russian date under the title")
    else:
        try: datetime.date(int(m.group(3)), RU_MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        except ValueError: errors.append(f"{f}: date invalid")
    v = [k for k, l in enumerate(ls) if re.fullmatch(r"[\d ]+ просмотр\w*", l)]
    if len(v) != 1: errors.append(f"{f}: no single views line"); return
    k = v[0]
    n = int(ls[k].rsplit(" ", 1)[0].replace(" ", ""))
    if ls[k].rsplit(" ", 1)[1] != ru_plural(n, "просмотр", "просмотра", "просмотров"): errors.append(f"{f}: views line with the wrong plural")
    if not re.fullmatch(r"(?:#\w+ ?)+", ls[k - 1]): errors.append(f"{f}: no hashtag line before the views")
    if ls[k + 1:k + 2] != ["Подписаться"] or ls[k + 2:k + 3] != [ls[0]]: errors.append(f"{f}: no 'Подписаться' block with the blog name after the views")
    if any(re.match(r"\s*[•·\-\*] ", l) for l in ls): errors.append(f"{f}: a list bullet (the paste loses them)")


TH_LINE = re.compile(r"\[(\d\d\.\d\d\.\d{4}), (\d\d:\d\d:\d\d)\] ([^:\[\]]+): (.*)")


def check_threema(f, raw):
    crlf_only(f, raw)
    prev, senders = None, set()
    for k, l in enumerate(raw.split("\r\n")[:-1], 1):
        if l.startswith("["):
            m = TH_LINE.fullmatch(l)
            if not m: errors.append(f"{f}: line {k}: not '[DD.MM.YYYY, HH:MM:SS] Sender: text'"); continue
            try:
                t = datetime.datetime.strptime(m.group(1) + " " + m.group(2), "%d.%m.%Y %H:%M:%S")
            except ValueError:
                errors.append(f"{f}: line {k}: invalid time"); continue
            if prev and t < prev: errors.append(f"{f}: line {k}: time goes backwards")
            prev = t; senders.add(m.group(3))
            for tok in re.findall(r"<([^>]*)>", m.group(4)):
                if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jpg", tok): errors.append(f"{f}: line {k}: media token {tok!r}")
        elif k == 1:
            errors.append(f"{f}: starts with a continuation line")
    if "Ich" not in senders or len(senders) != 2: errors.append(f"{f}: senders {sorted(senders)} (want Ich and one contact)")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 882: return check_wps(f, raw, path)
    {877: check_proton, 878: check_eclass, 879: check_nextra, 880: check_icml, 881: check_bib, 883: check_geeknews,
     884: check_theletter, 885: check_teletype, 886: check_threema}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round86's and round87's, a byte-identical file counted once), and the round86/round87 split (candidates sorted by
# (uses, catalogue title); round86 = even positions from 2 on, one unbroken run; round87 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P87S = ["/work/rounds/digests-round87/expected.json", "/work/main/tests/data/digests-round87/expected.json"]
P87 = next((p for p in P87S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P87S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round86", "digests-round87") or not os.path.exists(pth): continue
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
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round86 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
if last and last != 144: errors.append(f"the run ends at position {last}, not 144")
r87 = set()
if P87:
    try:
        r87 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P87)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P87} exists but could not be read (being written?)")
    if r87 & mine: errors.append(f"papers also in round87: {sorted(r87 & mine)}")
shared87 = len(r87 & mine) if P87 else "(no round87 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round86 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]] or [num(f) for f in files] != list(range(877, 887)): errors.append(f"want ten files 877-886, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round87: {shared87}; papers in more than one round86 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
