#!/usr/bin/env python3
r"""Checks round34/expected.json against the digests and the shared catalogues.

Adapted from round33/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–33 — all from /work/main/tests/data — tells how many papers round33 also used, and which papers round34 uses
in more than one file; the readers and shape checks are new). Every digest is UTF-8 (357 is 7-bit ASCII); each is
also read in decoded forms, the way a reader of that shape would see it:
  - 357 (.eml): the Subject decoded (RFC 2047), the text/html part decoded from quoted-printable, and that HTML as
    text with each link followed by its target;
  - 359 (HTML): the page as text, each link followed by its target;
  - 360 (wikitext): external links as "label <url>", internal links as their label, italics/bold quotes removed;
  - 361 (RIS): the field values, one a line, with the N1 notes' <p> removed;
  - the plain-text and Markdown files (358, 362–366): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (in lower case in
358 and 365) or only after decoding (split by quoted-printable soft breaks in 357) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 34
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 357 (Google Scholar alert saved from Gmail): CRLF, 7-bit, the headers once, Date on its weekday, a
    quoted-printable text/html message with lines of at most 76 characters and no bare "=", Subject ending
    " - new results" and the alert's query = the Subject's, elements nested, each result an <h3> with its
    [PDF]/[HTML]/[CITATION] tag, [CITATION] results without a link, the others linked through Scholar's
    scholar_url redirect with ascending pos, one green "authors - venue, year" line per result, the footer;
  - 358 (Slack paste): LF, the channel header, day dividers on their weekdays (2024) with the right ordinal,
    ascending, between blank lines; message heads and continuation times ascending within a day; reaction lines
    ":name: n" separated by two spaces; thread summaries "n replies  Last reply …  View thread";
  - 359 (course schedule page): LF, doctype, elements nested, one active nav entry, rows week-1..n with their
    number, dates shown as their weekday/month/day and 7 days apart, every reading <li> with an <em> title, the
    table = a header row + one row per week;
  - 360 (MediaWiki): LF, {{ }} and [[ ]] balanced, headings balanced, the wikitable's rows with the header's cell
    count, sessions weekly on Thursdays, signature timestamps "HH:MM, D Month YYYY (UTC)", categories last;
  - 361 (Zotero RIS): CRLF, every line "XX  - value", records from a known TY to one "ER  - ", one TI, PY = DA's
    year, DA "YYYY/MM/DD/" (parts may be empty), Y2 "YYYY/MM/DD/hh:mm:ss", authors "Family, Given", UR a URL,
    DO and an N1 arXiv note agreeing;
  - 362 (Velog Markdown): LF, title line, "**user** · YYYY년 M월 D일" a real date, a tag line, series n/N with
    n ≤ N, "## n. " sections 1..k, table rows of 3 cells, Markdown link targets URLs, "N개의 댓글";
  - 363 (Qiita CLI Markdown): LF, front matter keys = the Qiita CLI's in order, id of 20 hex digits, 1–5 tags,
    updated_at ISO, :::note blocks closed and of a kind, code fences balanced, footnote references = definitions,
    table rows of 3 cells;
  - 364 (WeChat article copied): LF, the "原创 author account date 发表于place" line, sections ▌一、… consecutive,
    参考文献 numbered [1..n] with a GB/T type tag, every citation a reference and every reference cited, the footer;
  - 365 (Hacker News copied): LF, the top bar, the story line, comment heads "user n hours ago | … [–]", singular
    "1 hour", ages after the story and non-increasing, first comment "next" only, last comment without "next",
    every comment followed by "reply", announced comments ≥ shown + "[n more]", the footer;
  - 366 (NEGATIVE, DiscordChatExporter text): LF, header and footer banners, "Exported N message(s)" = the
    message heads, heads in time order, only {Attachments}/{Embed}/{Reactions}/{Stickers} blocks, reactions
    "emoji (n)", event dates on their weekdays.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–33."""

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
    """the digest as text (all round34 digests are UTF-8; 357 is 7-bit ASCII with a quoted-printable body)"""
    return open(path, encoding="utf-8", newline="").read()


class _Text(HTMLParser):
    """HTML as text: tags removed, each <a href> followed by its target"""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out, self.href = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a": self.href.append(a.get("href") or "")
        if tag in ("div", "li", "br", "p", "tr", "h1", "h2", "h3"): self.out.append("\n")

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


def ris_values(raw):
    """361: the RIS values, one a line, with the N1 notes' <p> markup removed"""
    return "\n".join(re.sub(r"</?p>", "", l[6:]) for l in raw.replace("\r\n", "\n").split("\n") if re.match(r"[A-Z][A-Z0-9]  - ", l))


def wiki_text(raw):
    """360: wikitext with external links as "label <url>", internal links as their label, '' and ''' removed"""
    s = re.sub(r"\[(https?://\S+) ([^\]]+)\]", r"\2 <\1>", raw)
    s = re.sub(r"\[\[(?:[^|\]]+\|)?([^\]]+)\]\]", r"\1", s)
    return s.replace("'''", "").replace("''", "")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 357:
        _, subj, parts = eml_parts(raw)
        forms.append(subj)
        for _, t in parts:
            forms += [t, html_text(t)]
    if n == 359: forms.append(html_text(raw))
    if n == 360: forms.append(wiki_text(raw))
    if n == 361: forms.append(ris_values(raw))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
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


def nested(f, s):
    p = _Nest(); p.feed(s); p.close()
    if p.bad or p.st: errors.append(f"{f}: elements not nested/closed: {p.bad[:2]} open {p.st[:3]}")


def check_scholar_eml(f, raw):
    """357: a Google Scholar alert saved from Gmail"""
    crlf_only(f, raw, final=False)
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a quoted-printable message")
    m = email.message_from_string(raw)
    for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    try:
        d = parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(d.strftime("%a, ")): errors.append(f"{f}: Date not on its weekday")
    except (TypeError, ValueError):
        errors.append(f"{f}: Date unreadable")
    if m["Content-Transfer-Encoding"] != "quoted-printable" or m.get_content_type() != "text/html":
        errors.append(f"{f}: not a quoted-printable text/html message")
    body = raw.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in raw else ""
    for l in body.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: a quoted-printable line over 76 characters: {l[:30]!r}")
        if re.search(r"=(?![0-9A-F]{2}|$)", l): errors.append(f"{f}: a bare '=' in quoted-printable: {l[:30]!r}")
    _, subj, parts = eml_parts(raw)
    if not subj.endswith(" - new results"): errors.append(f"{f}: Subject is not Scholar's '… - new results'")
    t = parts[0][1] if parts else ""
    nested(f, re.sub(r"<!--.*?-->", "", t, flags=re.S))
    q = re.search(r"Scholar Alert: <b>\[ (.+?) \]</b>", t)
    if not q or html.unescape(q.group(1)) != subj[: -len(" - new results")]: errors.append(f"{f}: the alert's query is not the Subject's")
    res = re.findall(r'<h3 [^>]*><span [^>]*>\[(PDF|HTML|CITATION)\]</span> (<a href="([^"]+)"|<span)', t)
    if not res: errors.append(f"{f}: no results")
    pos = []
    for tag, a, href in res:
        if tag == "CITATION" and a.startswith("<a"): errors.append(f"{f}: a [CITATION] result with a link")
        if tag != "CITATION":
            mm = re.fullmatch(r"https://scholar\.google\.com/scholar_url\?url=(https?://[^&]+)&amp;hl=en&amp;sa=X&amp;d=\d+&amp;ei=[\w-]+&amp;scisig=[\w-]+&amp;oi=scholaralrt&amp;hist=[\w:-]+&amp;html=&amp;pos=(\d+)&amp;folt=kw", href)
            if not mm: errors.append(f"{f}: a result link not in Scholar's redirect form: {href[:50]!r}"); continue
            pos.append(int(mm.group(2)))
    if pos != sorted(pos) or len(set(pos)) != len(pos): errors.append(f"{f}: result positions {pos}")
    if len(re.findall(r'<div style="color:#006621;line-height:18px">[^<]+ - [^<]+, (19|20)\d\d</div>', t)) != len(res):
        errors.append(f"{f}: not one 'authors - venue, year' line per result")
    for k in ("This message was sent by Google Scholar because you're following", ">List alerts</a>", ">Cancel alert</a>"):
        if k not in t: errors.append(f"{f}: footer {k!r} missing")


WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def t12(s):
    return datetime.strptime(s, "%I:%M %p").time()


def check_slack_paste(f, raw, year=2024):
    """358: a Slack channel's messages pasted as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    if not re.fullmatch(r"#[a-z0-9-]+", L[0]) or not re.fullmatch(r".+  ·  \d+ members", L[1]) or not L[2].startswith("Topic: "):
        errors.append(f"{f}: channel header (name, members, topic) missing")
    days = []
    last = None
    for i, l in enumerate(L):
        dm = re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\w+) (\d+)(st|nd|rd|th)", l)
        if dm:
            try:
                d = datetime.strptime(f"{dm.group(2)} {dm.group(3)} {year}", "%B %d %Y")
            except ValueError:
                errors.append(f"{f}: day divider {l!r} unreadable"); continue
            if WD_EN[d.weekday()] != dm.group(1) or ordinal(d.day) != dm.group(3) + dm.group(4): errors.append(f"{f}: day divider {l!r} wrong")
            if days and d <= days[-1]: errors.append(f"{f}: day dividers out of order")
            days.append(d); last = None
            if i == 0 or L[i - 1] != "" or L[i + 1] != "": errors.append(f"{f}: day divider not between blank lines")
            continue
        hm = re.fullmatch(r"(\S.*?)  (?:APP  )?(\d{1,2}:\d\d [AP]M)", l) or re.fullmatch(r"()(\d{1,2}:\d\d)", l)
        if hm and (hm.group(1) == "" or (i > 0 and L[i - 1] == "")):
            if not days: errors.append(f"{f}: a message before the first day divider"); continue
            ts = hm.group(2)
            t = t12(ts) if " " in ts else t12(ts + (" PM" if last and last.hour >= 12 else " AM"))
            if last and t < last: errors.append(f"{f}: message times out of order at {l!r}")
            last = t
            continue
        if re.match(r"^:[a-z0-9_+-]+: \d", l) and not re.fullmatch(r"(:[a-z0-9_+-]+: \d+)(  :[a-z0-9_+-]+: \d+)*", l):
            errors.append(f"{f}: reactions line {l!r}")
        if "View thread" in l and not re.fullmatch(r"\d+ repl(y|ies)  Last reply .+  View thread", l): errors.append(f"{f}: thread summary {l!r}")
    if not days: errors.append(f"{f}: no day dividers")


def check_syllabus_html(f, raw):
    """359: a course schedule page"""
    lf_final(f, raw)
    nested(f, raw)
    if not raw.startswith("<!DOCTYPE html>"): errors.append(f"{f}: no doctype")
    if len(re.findall(r'<a class="active"', raw)) != 1: errors.append(f"{f}: not one active nav entry")
    weeks = re.findall(r'<tr id="week-(\d+)">\n<td>(\d+)</td>\n<td><time datetime="([\d-]+)">(\w{3}) (\w{3}) (\d+)</time></td>', raw)
    if not weeks or [int(a) for a, *_ in weeks] != list(range(1, len(weeks) + 1)) or any(a != b for a, b, *_ in weeks):
        errors.append(f"{f}: weeks not numbered 1..n")
    prev = None
    for _, _, iso, wd, mo, dd in weeks:
        d = datetime.strptime(iso, "%Y-%m-%d")
        if d.strftime("%a") != wd or d.strftime("%b") != mo or d.day != int(dd): errors.append(f"{f}: week date {iso} shown as {wd} {mo} {dd}")
        if prev and (d - prev).days != 7: errors.append(f"{f}: weeks not 7 days apart at {iso}")
        prev = d
    for li in re.findall(r"<li>(.*?)</li>", raw.split('<table class="schedule">', 1)[-1].split("</table>", 1)[0]):
        if "<em>" not in li: errors.append(f"{f}: a reading without an <em> title: {li[:40]!r}")
    if len(re.findall(r"<tr>|<tr ", raw)) != len(weeks) + 1: errors.append(f"{f}: table rows are not the header + one per week")


def check_mediawiki(f, raw):
    """360: MediaWiki wikitext"""
    lf_final(f, raw)
    if raw.count("{{") != raw.count("}}"): errors.append(f"{f}: template braces not balanced")
    if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: internal link brackets not balanced")
    for l in raw.split("\n"):
        hm = re.match(r"^(=+) .* (=+)$", l)
        if l.startswith("=") and (not hm or hm.group(1) != hm.group(2)): errors.append(f"{f}: heading {l!r} not balanced")
    tb = re.search(r'^\{\| class="wikitable sortable"\n! ([^\n]+)\n(.*?)^\|\}$', raw, re.M | re.S)
    if not tb: errors.append(f"{f}: no wikitable"); return
    ncol = len(tb.group(1).split(" !! "))
    dates = []
    for row in tb.group(2).split("|-\n")[1:]:
        c = row.rstrip("\n")[2:].split(" || ")
        if not row.startswith("| ") or len(c) != ncol: errors.append(f"{f}: a row with {len(c)} cells: {row[:40]!r}"); continue
        try:
            dates.append(datetime.strptime(c[0], "%Y-%m-%d"))
        except ValueError:
            errors.append(f"{f}: row date {c[0]!r}")
    for a, b in zip(dates, dates[1:]):
        if (b - a).days != 7: errors.append(f"{f}: sessions not weekly at {b:%Y-%m-%d}")
    if any(d.weekday() != 3 for d in dates): errors.append(f"{f}: a session not on a Thursday")
    for ts in re.findall(r"\(\[\[User talk:[^\]]+\]\]\) (.+?) \(UTC\)", raw):
        try:
            datetime.strptime(ts, "%H:%M, %d %B %Y")
        except ValueError:
            errors.append(f"{f}: signature timestamp {ts!r}")
    tail = raw.rstrip("\n").split("\n")
    k = next((i for i, l in enumerate(tail) if l.startswith("[[Category:")), None)
    if k is None or any(not l.startswith("[[Category:") for l in tail[k:]): errors.append(f"{f}: categories are not last")


RIS_TY = {"JOUR", "CONF", "CPAPER", "BOOK", "CHAP", "THES", "RPRT", "COMP", "BLOG", "ELEC", "GEN", "VIDEO", "SLIDE"}


def check_ris(f, raw):
    """361: Zotero's RIS export"""
    crlf_only(f, raw)
    recs = raw.replace("\r\n", "\n").rstrip("\n").split("\n\n")
    for r in recs:
        L = r.split("\n")
        if any(not re.fullmatch(r"[A-Z][A-Z0-9]  - .*", l) for l in L): errors.append(f"{f}: a line not 'XX  - value' in {L[1][:40]!r}")
        tags = [l[:2] for l in L]
        if tags[0] != "TY" or L[0][6:] not in RIS_TY: errors.append(f"{f}: record does not start with a known TY: {L[0]!r}")
        if L[-1] != "ER  - " or tags.count("ER") != 1: errors.append(f"{f}: record not ended by one 'ER  - '")
        if tags.count("TI") != 1: errors.append(f"{f}: record without one TI")
        v = {l[:2]: l[6:] for l in L}
        if "DA" in v and v.get("PY") != v["DA"][:4]: errors.append(f"{f}: PY is not DA's year in {v.get('TI', '')[:30]!r}")
        if "DA" in v and not re.fullmatch(r"\d{4}/(\d\d)?/(\d\d)?/", v["DA"]): errors.append(f"{f}: DA {v['DA']!r}")
        if "Y2" in v and not re.fullmatch(r"\d{4}/\d\d/\d\d/\d\d:\d\d:\d\d", v["Y2"]): errors.append(f"{f}: Y2 {v['Y2']!r}")
        for a in re.findall(r"^AU  - (.*)$", r, re.M):
            if ", " not in a: errors.append(f"{f}: author {a!r} not 'Family, Given'")
        if "UR" in v and not re.fullmatch(r"https?://\S+", v["UR"]): errors.append(f"{f}: UR {v['UR']!r}")
        if v.get("DO", "").startswith("10.48550/arXiv.") and "N1" in v and "arXiv:" in v["N1"] and v["N1"].split("arXiv:")[1][:10] != v["DO"][15:25]:
            errors.append(f"{f}: DO and N1 disagree")


def check_velog_md(f, raw):
    """362: a Velog post's Markdown with its header"""
    lf_final(f, raw)
    L = raw.split("\n")
    if not L[0].startswith("# "): errors.append(f"{f}: no title line")
    dm = re.search(r"^\*\*([\w.-]+)\*\* · (\d{4})년 (\d{1,2})월 (\d{1,2})일$", raw, re.M)
    try:
        datetime(int(dm.group(2)), int(dm.group(3)), int(dm.group(4)))
    except (AttributeError, ValueError):
        errors.append(f"{f}: author · date line")
    if not re.search(r"^(#[^\s#]+ )*#[^\s#]+$", raw, re.M): errors.append(f"{f}: no tag line")
    sm = re.search(r"시리즈 · (\d+)/(\d+)", raw)
    if not sm or not 1 <= int(sm.group(1)) <= int(sm.group(2)): errors.append(f"{f}: series position")
    secs = [int(x) for x in re.findall(r"^## (\d+)\. ", raw, re.M)]
    if secs != list(range(1, len(secs) + 1)): errors.append(f"{f}: sections numbered {secs}")
    for l in L:
        if l.startswith("|") and l.count("|") != 4: errors.append(f"{f}: a table row without 3 cells: {l[:30]!r}")
    if raw.count("](") != len(re.findall(r"\]\((?:https?://|/)[^)\s]+\)", raw)): errors.append(f"{f}: a Markdown link with a bad target")
    if not re.search(r"^\d+개의 댓글$", raw, re.M): errors.append(f"{f}: no comment count")


QIITA_KEYS = ["title", "tags", "private", "updated_at", "id", "organization_url_name", "slide", "ignorePublish"]


def check_qiita_md(f, raw):
    """363: a Qiita CLI article"""
    lf_final(f, raw)
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm: errors.append(f"{f}: no front matter"); return
    keys_ = re.findall(r"^([A-Za-z_]+):", fm.group(1), re.M)
    if keys_ != QIITA_KEYS: errors.append(f"{f}: front matter keys {keys_}")
    if not re.search(r"^id: [0-9a-f]{20}$", fm.group(1), re.M): errors.append(f"{f}: id not 20 hex digits")
    tags = re.findall(r"^  - (.+)$", fm.group(1), re.M)
    if not 1 <= len(tags) <= 5: errors.append(f"{f}: {len(tags)} tags (Qiita allows 1-5)")
    um = re.search(r"^updated_at: '(.+)'$", fm.group(1), re.M)
    try:
        datetime.fromisoformat(um.group(1))
    except (AttributeError, ValueError):
        errors.append(f"{f}: updated_at unreadable")
    body = raw[fm.end():]
    opens = re.findall(r"^:::note(?: (info|warn|alert))?$", body, re.M)
    if len(opens) != body.count("\n:::\n") or None in opens: errors.append(f"{f}: :::note blocks not closed or without a kind")
    if body.count("```") % 2: errors.append(f"{f}: code fences not balanced")
    refs = re.findall(r"\[\^(\w+)\](?!:)", body)
    defs = re.findall(r"^\[\^(\w+)\]: ", body, re.M)
    if sorted(set(refs)) != sorted(defs) or len(defs) != len(set(defs)): errors.append(f"{f}: footnotes {refs} / {defs}")
    for l in body.split("\n"):
        if l.startswith("|") and l.count("|") != 4: errors.append(f"{f}: a table row without 3 cells: {l[:30]!r}")


ZH_NUM = "一二三四五六七八九十"


def check_wechat_text(f, raw):
    """364: a WeChat article copied as text"""
    lf_final(f, raw)
    hm = re.match(r"原创 \S+ \S+ (\d{4}-\d\d-\d\d \d\d:\d\d) 发表于\S+\n", raw)
    try:
        datetime.strptime(hm.group(1), "%Y-%m-%d %H:%M")
    except (AttributeError, ValueError):
        errors.append(f"{f}: the 原创 / date / 发表于 line")
    secs = re.findall(r"^▌([一二三四五六七八九十])、", raw, re.M)
    if not secs or secs != list(ZH_NUM[:len(secs)]): errors.append(f"{f}: sections numbered {secs}")
    body, sep, rest = raw.partition("\n参考文献\n")
    if not sep: errors.append(f"{f}: no 参考文献"); return
    refs = rest.split("\nEND\n", 1)[0].strip().split("\n")
    nums = [int(re.match(r"\[(\d+)\] ", r).group(1)) if re.match(r"\[(\d+)\] ", r) else -1 for r in refs]
    if nums != list(range(1, len(refs) + 1)): errors.append(f"{f}: references numbered {nums}")
    for r in refs:
        if not re.search(r"\[(J|C|R|M|D)\](//|\. )", r): errors.append(f"{f}: reference without a GB/T type tag: {r[:30]!r}")
    cited = {int(c) for c in re.findall(r"\[(\d+)\]", body)}
    if not cited <= set(nums): errors.append(f"{f}: citations {sorted(cited - set(nums))} with no reference")
    if set(nums) - cited: errors.append(f"{f}: references never cited: {sorted(set(nums) - cited)}")
    for k in ("END", "阅读原文", "微信扫一扫可打开此内容"):
        if k not in rest: errors.append(f"{f}: footer {k!r} missing")


def check_hn_text(f, raw):
    """365: a Hacker News thread copied as text"""
    lf_final(f, raw)
    if not raw.startswith("Hacker News new | past | comments | ask | show | jobs | submit\tlogin\n"): errors.append(f"{f}: the top bar")
    sm = re.search(r"^(\d+) points by ([\w-]+) (\d+) (hours?|minutes?|days?) ago \| hide \| past \| favorite \| (\d+) comments$", raw, re.M)
    if not sm: errors.append(f"{f}: the story line"); return
    heads = list(re.finditer(r"^([\w-]+) (\d+) (hours?|minutes?) ago \| ((?:root \| )?(?:parent \| )?(?:prev \| )?(?:next|prev)) \[–\]$", raw, re.M))
    if not heads: errors.append(f"{f}: no comments")
    extra = re.search(r"^\[(\d+) more\]$", raw, re.M)
    if int(sm.group(5)) < len(heads) + (int(extra.group(1)) if extra else 0): errors.append(f"{f}: fewer comments announced than shown")
    ages = []
    for h in heads:
        n, u = int(h.group(2)), h.group(3)
        ages.append(n * (60 if u.startswith("hour") else 1))
        if (n == 1) != (u in ("hour", "minute")): errors.append(f"{f}: '{n} {u}'")
    story_age = int(sm.group(3)) * (60 if sm.group(4).startswith("hour") else 1)
    if ages != sorted(ages, reverse=True) or (ages and ages[0] > story_age): errors.append(f"{f}: comment ages not after the story, in order")
    if heads and heads[0].group(4) not in ("next",): errors.append(f"{f}: first comment's links")
    if heads and "next" in heads[-1].group(4).split(" | ")[-1]: errors.append(f"{f}: last comment has 'next'")
    chunks = re.split(r"^[\w-]+ \d+ (?:hours?|minutes?) ago \| .*\[–\]$", raw, flags=re.M)[1:]
    for c in chunks:
        if not re.search(r"\n\nreply\n", c): errors.append(f"{f}: a comment without its 'reply' link")
    if "Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact" not in raw or not raw.rstrip("\n").endswith("Search:"):
        errors.append(f"{f}: footer missing")


def check_discord_txt(f, raw):
    """366: DiscordChatExporter plain text"""
    lf_final(f, raw)
    bar = "=" * 62
    L = raw.rstrip("\n").split("\n")
    if L[0] != bar or L[4] != bar or not L[1].startswith("Guild: ") or not L[2].startswith("Channel: ") or not L[3].startswith("Topic: "):
        errors.append(f"{f}: the header banner")
    if L[-1] != bar or L[-3] != bar: errors.append(f"{f}: the footer banner")
    em = re.fullmatch(r"Exported (\d+) message\(s\)", L[-2])
    heads = re.findall(r"^\[(\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d [AP]M)\] (\S+)$", raw, re.M)
    if not em or int(em.group(1)) != len(heads): errors.append(f"{f}: 'Exported N message(s)' is not the message count")
    ts = [datetime.strptime(t, "%m/%d/%Y %I:%M %p") for t, _ in heads]
    if ts != sorted(ts): errors.append(f"{f}: messages out of order")
    for blk, body in re.findall(r"^\{(\w+)\}\n(.*?)(?:\n\n|\n$)", raw, re.M | re.S):
        if blk not in ("Attachments", "Embed", "Reactions", "Stickers"): errors.append(f"{f}: block {{{blk}}}")
        if blk == "Reactions" and not re.fullmatch(r"\S+ \(\d+\)( \S+ \(\d+\))*", body): errors.append(f"{f}: reactions {body!r}")
    for wd, d, mo, y in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{1,2}) (\w+) (\d{4})", raw):
        try:
            if WD_EN[datetime.strptime(f"{d} {mo} {y}", "%d %B %Y").weekday()] != wd: errors.append(f"{f}: {d} {mo} {y} is not a {wd}")
        except ValueError:
            errors.append(f"{f}: date {d} {mo} {y} unreadable")


def shape_checks(f, raw, path):
    {357: check_scholar_eml, 358: check_slack_paste, 359: check_syllabus_html, 360: check_mediawiki, 361: check_ris,
     362: check_velog_md, 363: check_qiita_md, 364: check_wechat_text, 365: check_hn_text,
     366: check_discord_txt}[num(f)](f, raw)


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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-33) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 34)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round33", "expected.json")
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
print(f"earlier uses of the papers (digests-own, rounds 8-33): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round33: {sum(1 for k in allrecs if k in prev)}; papers in more than one round34 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
