#!/usr/bin/env python3
r"""Checks round35/expected.json against the digests and the shared catalogues.

Adapted from round34/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–34 — all from /work/main/tests/data — tells how many papers round34 also used, and which papers round35 uses
in more than one file; the readers and shape checks are new). Every digest is UTF-8 (370 is 7-bit ASCII with
quoted-printable parts); each is also read in decoded forms, the way a reader of that shape would see it:
  - 368 (Obsidian) and 372 (Hugo): wikilinks as their alias, Markdown links as "text <url>";
  - 370 (.eml): the Subject, both parts decoded from quoted-printable, and the HTML part as text with link targets;
  - 371 (HTML): the page as text, each link followed by its target;
  - 373 (Telegram JSON): each message's text_entities joined, text_link targets after their text;
  - 376 (iCalendar): lines unfolded and property values unescaped;
  - the plain-text files (367, 369, 374, 375): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case in 367,
368, 372) or only after decoding (split by quoted-printable soft breaks in 370) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 35
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 367 (old.reddit thread copied): LF, the subreddit bar, "[flair] title (self.MachineLearning)", "submitted N
    hours ago by user", "N comments share save hide report" = "all N comments", comment heads "[–]user N points M
    hours ago" (singular "1 point"), not older than the post, each followed by its permalink line (with "parent"
    only under a reply, never under the first comment), announced comments ≥ shown + "load more comments (n
    replies)", the footer;
  - 368 (Obsidian daily note): LF, YAML front matter (created / tags / mood / sleep), the heading's weekday and date
    = created, the << [[yesterday]] | [[tomorrow]] >> line, done tasks with ✅ = the note's date, due dates 📅 not
    before it, log times ascending, callouts of a known type, [[ ]] balanced, code fences balanced;
  - 369 (German minutes, Etherpad text): LF, header fields (Datum, Uhrzeit, Ort, Sitzungsleitung, Protokoll,
    Anwesend, Entschuldigt), "Mittwoch, 17. April 2024" on its weekday, the agenda's TOPs = the body's TOPs,
    numbered 1..n, "Nächstes Treffen" on its weekday and later, every → owner among those present;
  - 370 (Semantic Scholar feed .eml): CRLF, 7-bit, headers once, Date on its weekday, multipart/alternative with a
    text/plain and a text/html part, quoted-printable lines ≤ 76 characters and no bare "=", the HTML nested, "n new
    papers" in the Subject = items in each part, the same paper and PDF links in both parts, unsubscribe footer;
  - 371 (leaderboard HTML): LF, doctype, elements nested, table rows with the header's cell count, ranks 1..n,
    Top-1 accuracy non-increasing, "Show n of" = rows, /paper/ slugs = their link text slugified;
  - 372 (Hugo Markdown): LF, TOML front matter between +++ (title, date ISO with offset, draft, tags), shortcodes
    {{< >}} well formed, footnote references = definitions, table rows with the header's cell count, ratings of
    five stars;
  - 373 (Telegram JSON export): valid JSON, type public_channel, message ids 1..n, date_unixtime = date at UTC+3,
    dates ascending, text = text_entities (plain strings for plain entities), known entity types, pin targets an
    existing message, from_id = "channel" + id;
  - 374 (French minutes, HackMD Markdown): LF, tags line, title with "jeudi 6 juin 2024" on its weekday, :::
    containers closed and of a known kind, sections "## n." 1..k, no plain space before ":" in label fields
    (U+202F), « » with narrow no-break spaces, seminar dates on Thursdays, "Prochaine réunion" on its weekday;
  - 375 (Zenn scrap copied): LF, site bar, title, クローズ status, the count = notes, notes "name / YYYY/MM/DD /
    body / 返信を追加" with dates ascending within 作成 … 更新, the closing line on the last date, footer;
  - 376 (NEGATIVE, iCalendar): CRLF, lines ≤ 75 octets, BEGIN/END balanced, VEVENTs with DTSTART < DTEND, unique
    UIDs, the required properties, escapes valid.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–34."""

import email, html, json, os, re, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
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
    """the digest as text (all round35 digests are UTF-8; 370 is 7-bit ASCII)"""
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


WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- more readers
def md_text(raw):
    """368/372: wikilinks as their alias (or target), Markdown links as 'text <url>'"""
    s = re.sub(r"!?\[\[(?:[^|\]]+\|)?([^\]]+)\]\]", r"\1", raw)
    return re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 <\2>", s)


def tg_text(raw):
    """373: each message's text_entities joined, text_link targets after their text"""
    out = []
    for m in json.loads(raw).get("messages", []):
        out.append("".join(e["text"] + (f" <{e['href']}>" if e.get("href") else "") for e in m.get("text_entities", [])))
    return "\n".join(out)


def ics_unfold(raw):
    return re.sub(r"\r\n[ \t]", "", raw)


def ics_text(raw):
    """376: lines unfolded, values unescaped"""
    out = []
    for l in ics_unfold(raw).split("\r\n"):
        if ":" in l:
            v = l.split(":", 1)[1]
            out.append(re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), v))
    return "\n".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (368, 372): forms.append(md_text(raw))
    if n == 370:
        _, subj, parts = eml_parts(raw)
        forms.append(subj)
        for ct, t in parts:
            forms.append(t)
            if ct == "text/html": forms.append(html_text(t))
    if n == 371: forms.append(html_text(raw))
    if n == 373: forms.append(tg_text(raw))
    if n == 376: forms.append(ics_text(raw))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def check_reddit(f, raw):
    """367: an old.reddit thread copied as text"""
    lf_final(f, raw)
    if not raw.startswith("MachineLearning\nhotnewrisingcontroversialtopgildedwiki\n"): errors.append(f"{f}: the subreddit bar")
    if not re.search(r"^\[[A-Z]\] .+ \(self\.MachineLearning\)$", raw, re.M): errors.append(f"{f}: the post title line")
    sm = re.search(r"^submitted (\d+) hours? ago by [\w-]+$", raw, re.M)
    cm = re.search(r"^(\d+) comments share save hide report\nall (\d+) comments\nsorted by: (best|top|new|controversial|old|q&a)$", raw, re.M)
    if not sm or not cm or cm.group(1) != cm.group(2): errors.append(f"{f}: submitted / comment-count lines"); return
    heads = list(re.finditer(r"^\[–\](?:([\w-]+) (\d+) (points?) |\[deleted\] )(\d+) (hours?) ago$", raw, re.M))
    if not heads: errors.append(f"{f}: no comments")
    more = re.search(r"^load more comments \((\d+) repl(?:y|ies)\)$", raw, re.M)
    if int(cm.group(1)) < len(heads) + (int(more.group(1)) if more else 0): errors.append(f"{f}: fewer comments announced than shown")
    for i, h in enumerate(heads):
        if h.group(2) and (h.group(2) == "1") != (h.group(3) == "point"): errors.append(f"{f}: '{h.group(2)} {h.group(3)}'")
        if (h.group(4) == "1") != (h.group(5) == "hour"): errors.append(f"{f}: '{h.group(4)} {h.group(5)}'")
        if int(h.group(4)) > int(sm.group(1)): errors.append(f"{f}: a comment older than the post")
        end = heads[i + 1].start() if i + 1 < len(heads) else (more.start() if more else len(raw))
        chunk = raw[h.end():end]
        pl = re.findall(r"^permalinkembedsave(parent)?reportreply$", chunk, re.M)
        if len(pl) != 1: errors.append(f"{f}: comment {i + 1} without one permalink line"); continue
        if i == 0 and pl[0]: errors.append(f"{f}: the first comment marked as a reply")
    if "© 2024 reddit inc. All rights reserved." not in raw: errors.append(f"{f}: footer missing")


def check_obsidian(f, raw):
    """368: an Obsidian daily note"""
    lf_final(f, raw)
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm: errors.append(f"{f}: no front matter"); return
    keys_ = re.findall(r"^(\w+):", fm.group(1), re.M)
    if keys_ != ["created", "tags", "mood", "sleep"]: errors.append(f"{f}: front matter keys {keys_}")
    cr = re.search(r"^created: (\d{4}-\d\d-\d\d)T\d\d:\d\d$", fm.group(1), re.M)
    if not cr: errors.append(f"{f}: created"); return
    d = datetime.strptime(cr.group(1), "%Y-%m-%d")
    nav = f"<< [[{(d - timedelta(days=1)):%Y-%m-%d}]] | [[{(d + timedelta(days=1)):%Y-%m-%d}]] >>"
    if nav not in raw: errors.append(f"{f}: navigation line not yesterday/tomorrow")
    if f"\n# {WD_EN[d.weekday()]}, {d:%B} {d.day}, {d.year}\n" not in raw: errors.append(f"{f}: heading not the note's weekday and date")
    for l in re.findall(r"^- \[x\] .*$", raw, re.M):
        if f"✅ {d:%Y-%m-%d}" not in l: errors.append(f"{f}: a done task without today's ✅ date")
    for due in re.findall(r"📅 (\d{4}-\d\d-\d\d)", raw):
        if datetime.strptime(due, "%Y-%m-%d") < d: errors.append(f"{f}: a due date before the note")
    ts = re.findall(r"^- (\d\d:\d\d) ", raw, re.M)
    if ts != sorted(ts): errors.append(f"{f}: log times out of order")
    for c in re.findall(r"> \[!(\w+)\]", raw):
        if c not in ("note", "quote", "todo", "tip", "warning", "info", "abstract", "question", "example"): errors.append(f"{f}: callout {c}")
    if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: [[ ]] unbalanced")
    if len(re.findall(r"^```", raw, re.M)) % 2: errors.append(f"{f}: code fences unbalanced")


def de_date(s):
    m = re.fullmatch(r"(\w+), (\d{1,2})\. (\w+) (\d{4})", s)
    if not m or m.group(3) not in MON_DE: return None, None
    d = datetime(int(m.group(4)), MON_DE.index(m.group(3)) + 1, int(m.group(2)))
    return d, WD_DE[d.weekday()] == m.group(1)


def check_german_minutes(f, raw):
    """369: German group-meeting minutes (Etherpad text)"""
    lf_final(f, raw)
    for k in ("Datum", "Uhrzeit", "Ort", "Sitzungsleitung", "Protokoll", "Anwesend", "Entschuldigt"):
        if not re.search(rf"^{k}: \S", raw, re.M): errors.append(f"{f}: header field {k} missing")
    dm = re.search(r"^Datum: (.+)$", raw, re.M)
    d, ok = de_date(dm.group(1)) if dm else (None, None)
    if not ok: errors.append(f"{f}: Datum not on its weekday")
    nm = re.search(r"^Nächstes Treffen: (\w+, \d{1,2}\. \w+ \d{4})", raw, re.M)
    d2, ok2 = de_date(nm.group(1)) if nm else (None, None)
    if not ok2 or not d or d2 <= d: errors.append(f"{f}: Nächstes Treffen not on its weekday or not later")
    agenda = raw.split("Tagesordnung\n", 1)[1].split("\n\n", 1)[0].split("\n") if "Tagesordnung\n" in raw else []
    body = re.findall(r"^(TOP \d+ .+)$", raw.split("-" * 72, 1)[1] if "-" * 72 in raw else "", re.M)
    if agenda != body: errors.append(f"{f}: agenda TOPs != body TOPs")
    if [int(re.match(r"TOP (\d+)", t).group(1)) for t in body] != list(range(1, len(body) + 1)): errors.append(f"{f}: TOPs not numbered 1..n")
    an = re.search(r"^Anwesend: (.+)$", raw, re.M)
    firsts = set()
    if an:
        # initials "K. Oberländer" -> the owners are named by first name; keep initials
        firsts = {p.strip().split(" ")[0][0] for p in an.group(1).split(",")}
    for o in re.findall(r"^→ (\w+):", raw, re.M):
        if o != "alle" and o[0] not in firsts: errors.append(f"{f}: task owner {o} not present")


def check_s2_eml(f, raw):
    """370: a Semantic Scholar research-feed mail"""
    crlf_only(f, raw)
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a quoted-printable message")
    m = email.message_from_string(raw)
    for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Type"):
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    try:
        d = parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(d.strftime("%a, ")): errors.append(f"{f}: Date not on its weekday")
    except (TypeError, ValueError):
        errors.append(f"{f}: Date unreadable")
    if m.get_content_type() != "multipart/alternative": errors.append(f"{f}: not multipart/alternative")
    subs = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in subs] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in subs]}")
    for p in subs:
        if p["Content-Transfer-Encoding"] != "quoted-printable": errors.append(f"{f}: a part not quoted-printable")
    bnd = m.get_boundary() or "\x00"
    for l in raw.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: a line over 76 characters: {l[:30]!r}")
        if not l.startswith(("Content-Type:", "--" + bnd)) and re.search(r"=(?![0-9A-F]{2}|$)", l) and not re.match(r"^[\w-]+: ", l):
            errors.append(f"{f}: a bare '=' in quoted-printable: {l[:30]!r}")
    _, subj, parts = eml_parts(raw)
    if len(parts) != 2: return
    plain, htm = parts[0][1], parts[1][1]
    nested(f, htm)
    sm = re.fullmatch(r"Your Research Feed: (\d+) new papers", subj)
    n_plain = len(re.findall(r"^TLDR: ", plain, re.M))
    n_html = len(re.findall(r"<b>TLDR</b>", htm))
    if not sm or not int(sm.group(1)) == n_plain == n_html: errors.append(f"{f}: Subject count {subj!r} vs items {n_plain}/{n_html}")
    if f"{n_plain} new papers" not in plain or f"{n_html} new papers" not in htm: errors.append(f"{f}: the feed header count")
    lk = lambda s: sorted(re.findall(r"https://(?:www\.semanticscholar\.org/paper/|arxiv\.org/|openreview\.net/)[^\s\"<>]+", s))
    if lk(plain) != lk(html.unescape(htm)): errors.append(f"{f}: the two parts link different papers")
    if "Unsubscribe" not in plain or ">Unsubscribe</a>" not in htm: errors.append(f"{f}: unsubscribe footer missing")


def check_leaderboard(f, raw):
    """371: a leaderboard page"""
    lf_final(f, raw)
    if not raw.startswith("<!DOCTYPE html>\n"): errors.append(f"{f}: doctype")
    nested(f, raw)
    tb = re.search(r'<table [^>]*id="leaderboard">(.*?)</table>', raw, re.S)
    if not tb: errors.append(f"{f}: no leaderboard table"); return
    hdr = len(re.findall(r"<th>", tb.group(1)))
    rows = re.findall(r"<tr>(.*?)</tr>", tb.group(1).split("<tbody>")[1], re.S)
    ranks, accs = [], []
    for r in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)
        if len(cells) != hdr: errors.append(f"{f}: a row with {len(cells)} cells, header {hdr}"); continue
        ranks.append(cells[0]); accs.append(float(cells[2].rstrip("%")))
    if ranks != [str(i) for i in range(1, len(rows) + 1)]: errors.append(f"{f}: ranks {ranks}")
    if accs != sorted(accs, reverse=True): errors.append(f"{f}: accuracy not non-increasing")
    sh = re.search(r"Show (\d+) of \d+ rows", raw)
    if not sh or int(sh.group(1)) != len(rows): errors.append(f"{f}: 'Show n of' != rows")
    for sl, t in re.findall(r'<a href="/paper/([a-z0-9-]+)">([^<]+)</a>', raw):
        if re.sub(r"[^a-z0-9]+", "-", html.unescape(t).lower()).strip("-") != sl: errors.append(f"{f}: slug {sl} != its title")


def check_hugo(f, raw):
    """372: a Hugo post's Markdown source"""
    lf_final(f, raw)
    fm = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", raw, re.S)
    if not fm: errors.append(f"{f}: no TOML front matter"); return
    for k in ("title", "date", "draft", "tags"):
        if not re.search(rf"^{k} = ", fm.group(1), re.M): errors.append(f"{f}: front matter {k} missing")
    dm = re.search(r'^date = (\S+)$', fm.group(1), re.M)
    try:
        datetime.fromisoformat(dm.group(1))
    except (AttributeError, ValueError):
        errors.append(f"{f}: date not ISO")
    body = raw[fm.end():]
    if body.count("{{<") != body.count(">}}") or re.search(r"\{\{<(?! (toc|figure|youtube)[ >])", body): errors.append(f"{f}: shortcodes malformed")
    refs = set(re.findall(r"\[\^(\w+)\](?!:)", body)); defs = set(re.findall(r"^\[\^(\w+)\]:", body, re.M))
    if refs != defs: errors.append(f"{f}: footnote refs {sorted(refs)} != defs {sorted(defs)}")
    tl = [l for l in body.split("\n") if l.startswith("|")]
    if tl and any(l.count("|") != tl[0].count("|") for l in tl): errors.append(f"{f}: table rows of unequal cells")
    for s in re.findall(r"[★☆]+", body):
        if len(s) != 5: errors.append(f"{f}: rating {s!r} not out of five")


def check_telegram(f, raw):
    """373: Telegram Desktop JSON export"""
    lf_final(f, raw)
    try:
        doc = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if doc.get("type") != "public_channel" or not isinstance(doc.get("id"), int): errors.append(f"{f}: header")
    ms = doc.get("messages", [])
    if [m.get("id") for m in ms] != list(range(1, len(ms) + 1)): errors.append(f"{f}: message ids not 1..n")
    last = None
    for m in ms:
        d = datetime.fromisoformat(m["date"])
        if str(int((d - timedelta(hours=3)).replace(tzinfo=timezone.utc).timestamp())) != m.get("date_unixtime"): errors.append(f"{f}: message {m['id']} date_unixtime")
        if last and d < last: errors.append(f"{f}: messages out of order")
        last = d
        if "edited" in m and str(int((datetime.fromisoformat(m["edited"]) - timedelta(hours=3)).replace(tzinfo=timezone.utc).timestamp())) != m.get("edited_unixtime"): errors.append(f"{f}: edited_unixtime")
        if m["type"] == "service":
            if m.get("action") == "pin_message" and m.get("message_id") not in [x["id"] for x in ms]: errors.append(f"{f}: pin of a missing message")
            continue
        if m.get("from_id") != f"channel{doc.get('id')}": errors.append(f"{f}: from_id")
        ents = m.get("text_entities", [])
        exp_text = [e["text"] if e["type"] == "plain" else e for e in ents]
        t = m.get("text")
        if (t if isinstance(t, list) else [t]) != exp_text and t != "".join(e["text"] for e in ents): errors.append(f"{f}: message {m['id']} text != text_entities")
        for e in ents:
            if e["type"] not in ("plain", "bold", "italic", "link", "text_link", "hashtag", "mention", "code", "pre", "underline", "strikethrough", "spoiler"):
                errors.append(f"{f}: entity type {e['type']}")
            if e["type"] == "text_link" and not e.get("href", "").startswith("http"): errors.append(f"{f}: text_link without href")
            if e["type"] == "link" and not e["text"].startswith("http"): errors.append(f"{f}: link entity not a URL")


def check_hackmd_fr(f, raw):
    """374: French minutes in HackMD Markdown"""
    lf_final(f, raw)
    if not re.match(r"---\ntags: .+\n---\n\n# Compte rendu — ", raw): errors.append(f"{f}: tags block and title")
    tm = re.search(r"^# .*du (\w+) (\d{1,2}) (\w+) (\d{4})$", raw, re.M)
    if not tm or tm.group(3) not in MON_FR: errors.append(f"{f}: title date"); return
    d = datetime(int(tm.group(4)), MON_FR.index(tm.group(3)) + 1, int(tm.group(2)))
    if WD_FR[d.weekday()] != tm.group(1): errors.append(f"{f}: title date not on its weekday")
    opens = re.findall(r"^:::(\w*)$", raw, re.M)
    kinds = opens[0::2]; closes = opens[1::2]
    if len(opens) % 2 or any(c != "" for c in closes) or any(k not in ("info", "success", "warning", "danger", "spoiler") for k in kinds):
        errors.append(f"{f}: ::: containers")
    secs = [int(x) for x in re.findall(r"^## (\d+)\. ", raw, re.M)]
    if secs != list(range(1, len(secs) + 1)): errors.append(f"{f}: sections {secs}")
    if re.search(r"\*\*[^*\n]+ :\*\*|[a-zé] :", raw): errors.append(f"{f}: a plain space before ':' (French typography uses U+202F)")
    if re.search(r"« |«(?!\u202f)| »|(?<!\u202f)»", raw): errors.append(f"{f}: « » without narrow no-break spaces")
    for wd, dd, mo in re.findall(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s? (\d{1,2}) (\w+)", raw):
        if mo in MON_FR and WD_FR[datetime(d.year, MON_FR.index(mo) + 1, int(dd)).weekday()] != wd: errors.append(f"{f}: {wd} {dd} {mo} wrong weekday")
    for seq in re.findall(r"jeudis ((?:\d{1,2} \w+(?:, | et )?)+)", raw):
        for dd, mo in re.findall(r"(\d{1,2}) (\w+)", seq):
            if mo in MON_FR and datetime(d.year, MON_FR.index(mo) + 1, int(dd)).weekday() != 3: errors.append(f"{f}: seminar {dd} {mo} not a Thursday")
    nm = re.search(r"Prochaine réunion\u202f:\*\* (\w+) (\d{1,2}) (\w+) (\d{4})", raw)
    if not nm or nm.group(3) not in MON_FR or WD_FR[datetime(int(nm.group(4)), MON_FR.index(nm.group(3)) + 1, int(nm.group(2))).weekday()] != nm.group(1):
        errors.append(f"{f}: Prochaine réunion")


def check_zenn_scrap(f, raw):
    """375: a Zenn scrap copied as text"""
    lf_final(f, raw)
    if not raw.startswith("Zenn\nトレンド\nZenn Newsletter\nログイン\n\n"): errors.append(f"{f}: site bar")
    hm = re.search(r"^(クローズ|オープン)\n(\d+)\n(.+)\n作成 (\d{4}/\d\d/\d\d) · 更新 (\d{4}/\d\d/\d\d)$", raw, re.M)
    if not hm: errors.append(f"{f}: scrap header"); return
    name = hm.group(3)
    notes_ = re.findall(rf"^{re.escape(name)}\n(\d{{4}}/\d\d/\d\d)\n\n", raw, re.M)
    if int(hm.group(2)) != len(notes_): errors.append(f"{f}: count {hm.group(2)} != notes {len(notes_)}")
    if notes_ != sorted(notes_) or not notes_ or notes_[0] != hm.group(4) or notes_[-1] != hm.group(5): errors.append(f"{f}: note dates vs 作成/更新")
    for d in notes_:
        datetime.strptime(d, "%Y/%m/%d")
    if raw.count("\n返信を追加\n") != len(notes_): errors.append(f"{f}: 返信を追加 not once per note")
    cm = re.search(r"^このスクラップは(\d{4}/\d\d/\d\d)にクローズされました$", raw, re.M)
    if hm.group(1) == "クローズ" and (not cm or cm.group(1) != hm.group(5)): errors.append(f"{f}: closing line")
    if not raw.rstrip("\n").endswith("プライバシーポリシー"): errors.append(f"{f}: footer")


def check_ics(f, raw):
    """376 (NEGATIVE): iCalendar"""
    crlf_only(f, raw)
    for l in raw.split("\r\n"):
        if len(l.encode("utf-8")) > 75: errors.append(f"{f}: a line over 75 octets: {l[:30]!r}")
    L = [l for l in ics_unfold(raw).split("\r\n") if l]
    st = []
    for l in L:
        if l.startswith("BEGIN:"): st.append(l[6:])
        elif l.startswith("END:"):
            if not st or st.pop() != l[4:]: errors.append(f"{f}: {l} unbalanced")
        elif not re.match(r"[A-Z][A-Z0-9-]*(;[A-Z-]+=[^:;]+)*:", l): errors.append(f"{f}: not a content line: {l[:30]!r}")
    if st: errors.append(f"{f}: unclosed {st}")
    if not L or L[0] != "BEGIN:VCALENDAR" or "VERSION:2.0" not in L: errors.append(f"{f}: VCALENDAR header")
    uids = []
    for ev_ in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", ics_unfold(raw), re.S):
        props = {}
        for l in ev_.split("\r\n"):
            if ":" in l: props.setdefault(l.split(":", 1)[0].split(";")[0], l.split(":", 1)[1])
        for k in ("DTSTART", "DTEND", "DTSTAMP", "UID", "SUMMARY"):
            if k not in props: errors.append(f"{f}: VEVENT without {k}")
        if props.get("DTSTART", "") >= props.get("DTEND", ""): errors.append(f"{f}: DTSTART not before DTEND")
        uids.append(props.get("UID"))
        for k in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            v = props.get(k, "")
            if re.search(r"(?<!\\)[,;]", re.sub(r"\\\\", "", v)) or re.search(r"\\(?![\\;,nN])", v): errors.append(f"{f}: {k} escapes: {v[:30]!r}")
    if len(set(uids)) != len(uids): errors.append(f"{f}: duplicate UIDs")


def shape_checks(f, raw, path):
    {367: check_reddit, 368: check_obsidian, 369: check_german_minutes, 370: check_s2_eml, 371: check_leaderboard,
     372: check_hugo, 373: check_telegram, 374: check_hackmd_fr, 375: check_zenn_scrap, 376: check_ics}[num(f)](f, raw)


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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-34) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 35)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
prev = set()
pp = os.path.join(TD, "digests-round34", "expected.json")
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
print(f"earlier uses of the papers (digests-own, rounds 8-34): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round34: {sum(1 for k in allrecs if k in prev)}; papers in more than one round35 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
