#!/usr/bin/env python3
r"""Checks round222/expected.json against the digests and the shared catalogues.

Adapted from round220/validate.py (the label checks are the same code; the reuse report is round220's with round222 /
round223 in place of round220 / round221: round222 holds the even positions from 4; the shape checks are new lean
grammars for this round's ten sources). The reuse report counts every /work/main/tests/data/*/expected.json and
/work/rounds/*/expected.json except round222's and round223's own (by folder name and by bytes), a byte-identical file
once, and checks the split (even positions 4.., one run; no paper shared with round223's expected.json when it exists;
no paper in two files). Every digest is read raw (UTF-8; 2239 is 7-bit ASCII with CR LF, 2241's CSV rows end in CR LF,
2242 has no final line break, 2246 starts with a BOM and ends every line in CR LF, every other file LF) and in decoded
forms: 2239's two base64 gb18030 parts; 2241's CSV cells; 2242's text entities and their hrefs; everything with HTML
entities undone once and twice and percent-escapes undone. Titles are matched after whitespace normalisation, with TeX
braces dropped, case-blind.

READ_AS (round156's reporting): 2239 (base64 parts: titles and links are whole only in the decoded parts). 2240 is a
PDF copy wrapped at 95, but no title is cut by a line break, so it is read raw.

Shape checks (lean, grammar-level), one function per kind: 2237 Brightspace «Indhold» table of contents copy in Danish
(skip link and minibar first, the course navbar, the left pane tools, «Indholdsfortegnelse  N» = the sum of the unit
counts, «Indholdsfortegnelse» and «Udskriv» once, «k af N emner fuldført» with N the total and k the «Fuldført» marks, a
valid «Kursusperiode», the units in the left pane's order, each unit's topic blocks (title, type, optional due line,
optional «Fuldført») = its count, week units numbered 1..n, due lines «Forfalder d. måned yyyy kl. hh:mm» only on
«Aflevering», on Fridays, inside the period and their unit's week, increasing); 2238 Codeberg README (one H1 first, ATX
headings only, fenced blocks closed, no inline link to a URL, reference definitions unique, all at the end, used =
defined, well-formed URLs, the badge line, «## Edukiak» lines «- [H](#slug)» = the other H2 headings with Forgejo
slugs, the intro's paper count = the bullets of the paper sections); 2239 QQ Mail forward (7-bit ASCII, CR LF only,
the 15 header fields in order, Date valid with its weekday, «X-QQ-MIME: TCMime 1.0 by Tencent» and «QQMail 2.x»,
the Message-ID «<tencent_X{40}@qq.com>», X-QQ-mid and the boundary carrying the Date's Unix time, Received not
before Date, multipart/alternative with the preamble, text/plain + text/html, both gb18030 and base64 in full lines of
76, decodable, the HTML's lines = the plain lines, link texts = hrefs, the forward line «------------------&nbsp;原始邮件
&nbsp;------------------» once followed by 发件人 / 发送时间 / 收件人 / 主题, Subject = «转发：» + 主题, encoded-word
From and To, the forwarded date «yyyy年m月d日(星期x) 晚上h:mm» valid with its weekday and part of day and before the
forward); 2240 GOST R 7.0.100-2018 thesis copy (no form feed, «ЗАКЛЮЧЕНИЕ» first, page numbers last on each page,
consecutive and after a blank line, the list heading once at the top of a page, lines ≤ 95, entries «n. » numbered
1..n with unindented continuations, first citations in the conclusion in order 1..n, every entry with «– Текст :
электронный / непосредственный» and ending in «.», no « - » separators, every URL followed by a valid «(дата
обращения: дд.мм.гггг)», authors «И. О. Фамилия», a heading only with one to three authors and then the first after
the slash, no heading → four authors or three and «[et al.]»); 2241 Todoist template CSV (no BOM, CR LF, the 12-column
header, 12 cells per row, the meta row, items and empty rows alternating, a section first, notes under tasks, known
TYPE, PRIORITY 1–4, INDENT at most one deeper, «Name (id)» people with one id each, DATE «Mon d yyyy» valid and not
decreasing with DATE_LANG en and a TIMEZONE, none without DATE, no DURATION, Markdown links well formed); 2242 Telegram
Desktop JSON (parses, Telegram's one-space layout, no \u escapes, no final line break, top keys, chat type, ids 1..n,
key order, date_unixtime = date at +03:30, dates not decreasing, known service actions, pins of earlier messages,
senders members of the group, one id per name «user…», replies to earlier messages, photo paths from the date, file
fields, reactions, text = text_entities, known entity types, link texts URLs, text_link hrefs); 2243 Ghost post copy
(«Sign in / Subscribe» in the header, the subscribe box, «Member discussion», «Read more» once, the footer «site ©
yyyy / Powered by Ghost» last, the post date «d mmm yyyy — n min read» valid with n = ceil(words / 275) of the body,
«n comments» = the comment blocks «name, [expertise · ]time ago, text, likes, Reply» oldest first, three earlier
«Read more» posts); 2244 Piazza question copy (the class bar, «question / @n / n views», the three section headers
once and in order, «good question» with its count, one «Updated … ago by …» per section, «thanks!» counts, the
endorsement once in the students' answer by the instructors' answer's author, «Resolved / Unresolved», followup blocks
ending in «Reply to this followup discussion» with «helpful!» counts and replies, times oldest first, the folder line,
the composer lines last); 2245 MailerLite web version copy (the club name first, «Naujienlaiškis Nr. n | yyyy m.
mėnesio d d.» valid, an upper-case section title, one button «[…]», the meeting line with the right weekday after the
issue, the social line once, the footer: sender, «…, LT-nnnnn, Lietuva», the consent line, «Atsisakyti prenumeratos»
and the MailerLite badge last); 2246 EndNote RIS (BOM, CR LF only, records «TY  - » … «ER  - » separated by a blank
line, known types and tags, IDs increasing, PY four digits, valid ISBN-13, Y2 «yyyy/mm/dd», BOOK with AU and PB,
L1 «internal-pdf://», no arXiv / OpenReview mention).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue / distractor id or title; a
valid-shaped unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a
label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per positive; and
the shape checks."""
import base64, binascii, csv, math, email, email.policy, html, io, json, os, quopri, re, sys, unicodedata
from html.parser import HTMLParser
import datetime as dt
from collections import Counter
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlparse, parse_qs
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
READ_AS = {2239: {"decoded"}}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []
EXPECTED_SEEN = Counter()

def num(f):
    return int(f.split("_")[0])


def expected_or_note(f, how, msg):
    """a «found only after decoding / joining» fact: counted when the file's kind is read that way, else a note"""
    if how in READ_AS.get(num(f), set()):
        EXPECTED_SEEN[(f, how)] += 1
    else:
        notes.append(msg)


def lines_of(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)


def E(f, m): errors.append(f"{f}: {m}")


def isbn13_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0



MIME_PARTS, RAW_BYTES, CSV_FIELDS, EXTRA_FORMS = {}, {}, {}, {}
PT_M = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def once(f, L, s, what=None):
    n = sum(1 for l in L if l == s)
    if n != 1: E(f, f"{what or repr(s)} {n} times (once wanted)")
    return L.index(s) if s in L else -1



def dec_words(v):
    return str(make_header(decode_header(v)))

# ---------------------------------------------------------------- shared
def url_ok(f, raw):
    for u in re.findall(r"https?://[^\s<>()\[\]»\"|\\]+", raw):
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(:\d+)?(/\S*)?", u.rstrip(".,;:")): E(f, f"malformed URL {u!r}")


def crlf_only(f, b):
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): E(f, "bare LF or CR (CR LF only)")


# ---------------------------------------------------------------- 2237 Brightspace «Indhold» table of contents (Danish)
DA_M = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
BS_NAV = ["Kursets startside", "Indhold", "Meddelelser", "Afleveringer", "Diskussioner", "Karakterer", "Deltagerliste", "Mere"]
BS_TYPES = {"Link", "PDF-dokument", "Webside", "Aflevering"}


def da_date(s):
    m = re.fullmatch(r"(\d{1,2})\. (\w+) (\d{4})", s)
    if not m or m.group(2) not in DA_M: return None
    try: return dt.date(int(m.group(3)), DA_M.index(m.group(2)) + 1, int(m.group(1)))
    except ValueError: return None


def check_brightspace(f, raw):
    L = lines_of(f, raw)
    if L[:3] != ["Spring til hovedindhold", "Aarhus Universitet", "Min startside"]: E(f, "skip link / minibar not first")
    if len(L) < 14 or not re.fullmatch(r".+ \([EF]\d\d\)", L[3]): E(f, "course name not in the minibar"); return
    if L[5:13] != BS_NAV: E(f, "course navbar wrong")
    try: i = L.index("Søg i emner")
    except ValueError: E(f, "left pane missing"); return
    if L[i:i + 4] != ["Søg i emner", "Oversigt", "Bogmærker", "Kursusplan"]: E(f, "left pane tools wrong")
    m = re.fullmatch(r"Indholdsfortegnelse  (\d+)", L[i + 4] if i + 4 < len(L) else "")
    if not m: E(f, "«Indholdsfortegnelse  N» missing in the left pane"); return
    total = int(m.group(1))
    units, j = [], i + 5
    while j < len(L) and L[j]:
        u = re.fullmatch(r"(.+)  (\d+)", L[j])
        if not u: E(f, f"left pane unit without its count: {L[j]!r}")
        else: units.append((u.group(1), int(u.group(2))))
        j += 1
    if sum(n for _, n in units) != total: E(f, f"unit counts {sum(n for _, n in units)} != Indholdsfortegnelse {total}")
    once(f, L, "Indholdsfortegnelse"); once(f, L, "Udskriv")
    pr = [(k, re.fullmatch(r"(\d+) af (\d+) emner fuldført", l)) for k, l in enumerate(L)]
    pr = [(k, x) for k, x in pr if x]
    if len(pr) != 1: E(f, "progress line not once"); return
    if int(pr[0][1].group(2)) != total: E(f, "progress total != Indholdsfortegnelse")
    if L.count("Fuldført") != int(pr[0][1].group(1)): E(f, f"«Fuldført» {L.count('Fuldført')} != progress {pr[0][1].group(1)}")
    cp = re.fullmatch(r"Kursusperiode: (.+) – (.+)", L[pr[0][0] + 1] if pr[0][0] + 1 < len(L) else "")
    start = end = None
    if not cp or not da_date(cp.group(1)) or not da_date(cp.group(2)): E(f, "course period line wrong")
    else: start, end = da_date(cp.group(1)), da_date(cp.group(2))
    names = [u for u, _ in units]
    heads = [k for k, l in enumerate(L) if k > pr[0][0] and l in names]
    if [L[k] for k in heads] != names: E(f, "units in the table of contents differ from the left pane"); return
    weeks = [int(re.match(r"Uge (\d+) – ", n).group(1)) for n in names if re.match(r"Uge (\d+) – ", n)]
    if weeks != list(range(1, len(weeks) + 1)): E(f, f"week units not numbered 1..n: {weeks}")
    prev_due = None
    for h, (name, cnt) in zip(heads, units):
        nxt = min([k for k in heads if k > h] + [len(L)])
        blocks = [b.split("\n") for b in "\n".join(L[h + 1:nxt]).strip("\n").split("\n\n") if b.strip()]
        tops = [b for b in blocks if len(b) > 1 and b[1] in BS_TYPES]
        if len(tops) != cnt: E(f, f"unit {name!r}: {len(tops)} topics, left pane says {cnt}")
        wk = re.match(r"Uge (\d+) – ", name)
        for b in tops:
            rest = b[2:]
            if rest and rest[0].startswith("Forfalder"):
                d = re.fullmatch(r"Forfalder (.+) kl\. (\d\d):(\d\d)", rest[0])
                day = da_date(d.group(1)) if d else None
                if not day or int(d.group(2)) > 23 or int(d.group(3)) > 59: E(f, f"bad due line {rest[0]!r}")
                else:
                    if b[1] != "Aflevering": E(f, f"due date on a {b[1]}")
                    if day.weekday() != 4: E(f, f"due date not a Friday: {rest[0]!r}")
                    if start and not start <= day <= end: E(f, f"due date outside the course period: {rest[0]!r}")
                    if start and (not wk or (day - start).days // 7 + 1 != int(wk.group(1))): E(f, f"due date not in its unit's week: {rest[0]!r}")
                    if prev_due and day <= prev_due: E(f, "due dates not increasing")
                    prev_due = day
                rest = rest[1:]
            if rest and rest[0] == "Fuldført": rest = rest[1:]
            if rest: E(f, f"stray lines in a topic block: {rest}")
    if any(l.startswith("Forfald") and not re.fullmatch(r"Forfalder .+ kl\. \d\d:\d\d", l) for l in L): E(f, "bad due line")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2238 Codeberg README, reference-style links (Basque)
def md_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def check_mdref(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("# "): E(f, "H1 not first")
    if sum(1 for l in L if l.startswith("# ")) != 1: E(f, "not one H1")
    fence = False
    body = []
    for k, l in enumerate(L):
        if l.startswith("```"): fence = not fence; continue
        if fence: continue
        body.append((k, l))
        if k and re.fullmatch(r"=+|-{3,}", l) and L[k - 1].strip(): E(f, f"setext heading at line {k + 1}")
    if fence: E(f, "fenced block not closed")
    if re.search(r"\]\(\s*https?:", raw): E(f, "inline link to a URL (reference style only)")
    defs = [(k, re.fullmatch(r"\[([\w-]+)\]: (\S+)", l)) for k, l in body]
    defs = [(k, m) for k, m in defs if m]
    names = [m.group(1) for _, m in defs]
    if len(set(names)) != len(names): E(f, "reference defined twice")
    if defs and any(l.strip() and not re.fullmatch(r"\[([\w-]+)\]: (\S+)", l) for _, l in body if _ > defs[0][0]): E(f, "definitions not all at the end")
    text = "\n".join(l for _, l in body if not re.fullmatch(r"\[([\w-]+)\]: (\S+)", l))
    used = set(re.findall(r"\]\[([\w-]+)\]", text))
    if used != set(names): E(f, f"references used {sorted(used)} != defined {sorted(names)}")
    for _, m in defs:
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", m.group(2)): E(f, f"bad definition URL {m.group(2)!r}")
    if not re.search(r"^\[!\[[^\]]+\]\[[\w-]+\]\]\[[\w-]+\]$", raw, re.M): E(f, "badge line missing")
    h2 = [l[3:] for _, l in body if l.startswith("## ")]
    if "Edukiak" not in h2: E(f, "«## Edukiak» missing"); return
    ti = L.index("## Edukiak")
    toc = []
    for l in L[ti + 1:]:
        if l.startswith("## "): break
        if l.strip(): toc.append(re.fullmatch(r"- \[(.+)\]\(#([\w-]+)\)", l))
    if not toc or not all(toc): E(f, "contents lines not «- [H](#slug)»"); return
    rest = [h for h in h2 if h != "Edukiak"]
    if [m.group(1) for m in toc] != rest: E(f, "contents differ from the headings")
    for m in toc:
        if m.group(2) != md_slug(m.group(1)): E(f, f"anchor {m.group(2)!r} is not the slug of {m.group(1)!r}")
    cnt = re.search(r"buruzko (\d+) artikulu", raw)
    stop = next((h for h in rest if h.startswith("Ez dira artikuluak")), None)
    if not stop: E(f, "non-paper section missing"); return
    a, z = L.index(f"## {rest[0]}"), L.index(f"## {stop}")
    n = sum(1 for l in L[a:z] if l.startswith("- "))
    if not cnt or int(cnt.group(1)) != n: E(f, f"paper count in the intro {cnt and cnt.group(1)} != {n} entries")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2239 QQ Mail forward (multipart/alternative, gb18030 base64)
QQ_HEAD = ["Return-Path", "Received", "X-QQ-mid", "From", "To", "Subject", "Mime-Version", "Content-Type",
           "Content-Transfer-Encoding", "Date", "X-Priority", "Message-ID", "X-QQ-MIME", "X-Mailer", "X-QQ-Mailer"]
ZH_WD = "一二三四五六日"


def zh_part(h):
    return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"


def check_qqmail(f, raw):
    b = RAW_BYTES[f]
    if any(x > 127 for x in b): E(f, "not 7-bit ASCII")
    crlf_only(f, b)
    if b"\r\n\r\n" not in b: E(f, "no header/body separator"); return
    head, body = b.split(b"\r\n\r\n", 1)
    names = [l.split(b":", 1)[0].decode() for l in head.split(b"\r\n") if l and not l[:1].isspace()]
    if names != QQ_HEAD: E(f, f"header fields {names} (QQ Mail's order wanted)")
    msg = email.message_from_bytes(b, policy=email.policy.compat32)
    try:
        sent = parsedate_to_datetime(msg["Date"])
        if msg["Date"][:3] != sent.strftime("%a"): E(f, "Date weekday wrong")
    except (TypeError, ValueError):
        E(f, "Date invalid"); sent = None
    if msg.get("X-QQ-MIME") != "TCMime 1.0 by Tencent" or msg.get("X-Mailer") != "QQMail 2.x" or msg.get("X-QQ-Mailer") != "QQMail 2.x":
        E(f, "QQ Mail's X-QQ-MIME / X-Mailer missing")
    if not re.fullmatch(r"<tencent_[0-9A-F]{40}@qq\.com>", msg.get("Message-ID", "")): E(f, "Message-ID not in QQ Mail's form")
    mid = re.fullmatch(r"xmsmtpt(\d+)t[0-9a-f]{10}", msg.get("X-QQ-mid", ""))
    if not mid: E(f, "X-QQ-mid form")
    elif sent and int(mid.group(1)) != int(sent.timestamp()): E(f, "X-QQ-mid time != Date")
    bd = msg.get_boundary() or ""
    bm = re.fullmatch(r"----=_NextPart_([0-9A-F]{8})_[0-9A-F]{8}_[0-9A-F]{8}", bd)
    if not bm: E(f, "boundary not «----=_NextPart_X_X_X»")
    elif sent and int(bm.group(1), 16) != int(sent.timestamp()): E(f, "boundary time part != Date")
    rcv = re.search(r"; (.+)$", " ".join((msg.get("Received") or "").split()))
    try:
        if not rcv or (sent and parsedate_to_datetime(rcv.group(1)) < sent): E(f, "Received time before Date")
    except (TypeError, ValueError): E(f, "Received time invalid")
    if msg.get_content_type() != "multipart/alternative": E(f, "not multipart/alternative"); return
    if not body.startswith(b"This is a multi-part message in MIME format.\r\n"): E(f, "preamble missing")
    if not body.rstrip(b"\r\n").endswith(f"--{bd}--".encode()): E(f, "closing boundary missing")
    parts = msg.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: E(f, "parts not text/plain + text/html"); return
    texts = []
    for p in parts:
        if p.get_content_charset() != "gb18030": E(f, f"{p.get_content_type()} not charset gb18030")
        if (p.get("Content-Transfer-Encoding") or "").lower() != "base64": E(f, f"{p.get_content_type()} not base64")
        pl = p.get_payload()
        ls = [l for l in pl.replace("\r\n", "\n").split("\n") if l]
        if any(len(l) > 76 for l in ls): E(f, "base64 line over 76")
        if any(len(l) != 76 for l in ls[:-1]): E(f, "base64 lines not all 76 long")
        try: texts.append(base64.b64decode("".join(ls), validate=True).decode("gb18030"))
        except (binascii.Error, ValueError, UnicodeDecodeError) as ex: E(f, f"{p.get_content_type()} does not decode: {ex!r}"); return
    plain, htm = texts
    hlines = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r"<div>(.*?)</div>", htm)]
    hlines = ["" if x == "" else x for x in hlines]
    if [html.unescape(l) for l in plain.replace("\r\n", "\n").rstrip("\n").split("\n")] != hlines: E(f, "HTML part differs from the plain part")
    for u, t in re.findall(r'<a href="([^"]+)">([^<]+)</a>', htm):
        if u != t: E(f, f"HTML link text differs from its href {u!r}")
    MIME_PARTS[f] = [plain, "\n".join(hlines)]
    T_ = plain.replace("\r\n", "\n").split("\n")
    i = once(f, T_, "------------------&nbsp;原始邮件&nbsp;------------------", "QQ Mail's forward line")
    if i < 0 or i + 4 >= len(T_): return
    keys_ = [l.split(": ", 1)[0] for l in T_[i + 1:i + 5]]
    if keys_ != ["发件人", "发送时间", "收件人", "主题"]: E(f, f"forwarded header block {keys_}")
    for l in (T_[i + 1], T_[i + 3]):
        if not re.fullmatch(r"\S+: (\"[^\"]+\"<[\w.+-]+@[\w.-]+>;)+", l): E(f, f"forwarded address line {l!r}")
    try: subj = dec_words(msg["Subject"])
    except Exception as ex: E(f, f"Subject does not decode: {ex!r}"); subj = ""
    if subj != "转发：" + T_[i + 4].split(": ", 1)[-1]: E(f, "Subject != «转发：» + the forwarded 主题")
    for h_ in ("From", "To"):
        try:
            if "\ufffd" in dec_words(msg[h_]) or "=?" not in msg[h_]: E(f, f"{h_} not an encoded word")
        except Exception: E(f, f"{h_} does not decode")
    dm = re.fullmatch(r"发送时间: (\d{4})年(\d{1,2})月(\d{1,2})日\(星期(.)\) (凌晨|早上|上午|中午|下午|晚上)(\d{1,2}):(\d\d)", T_[i + 2])
    if not dm: E(f, f"forwarded date not QQ Mail's form: {T_[i + 2]!r}"); return
    try:
        h12 = int(dm.group(6)) % 12
        hh = h12 + (12 if dm.group(5) in ("下午", "晚上") or (dm.group(5) == "中午" and h12 == 0) else 0)
        od = dt.datetime(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)), hh, int(dm.group(7)), tzinfo=dt.timezone(dt.timedelta(hours=8)))
        if ZH_WD[od.weekday()] != dm.group(4): E(f, "forwarded date weekday wrong")
        if zh_part(od.hour) != dm.group(5): E(f, "forwarded date part of day wrong")
        if sent and od >= sent: E(f, "forwarded message not before the forward")
    except ValueError: E(f, "forwarded date invalid")
    url_ok(f, plain)


# ---------------------------------------------------------------- 2240 GOST R 7.0.100-2018 thesis copy (Russian)
def gost_date(s):
    try: return dt.datetime.strptime(s, "%d.%m.%Y").date()
    except ValueError: return None


def check_gost(f, raw):
    L = lines_of(f, raw)
    if "\f" in raw: E(f, "form feed in a PDF-viewer copy")
    if L[0] != "ЗАКЛЮЧЕНИЕ": E(f, "«ЗАКЛЮЧЕНИЕ» not first")
    pn = [k for k, l in enumerate(L) if l.isdigit()]
    if not pn or pn[-1] != len(L) - 1: E(f, "page number not last"); return
    nums = [int(L[k]) for k in pn]
    if nums != list(range(nums[0], nums[0] + len(nums))): E(f, f"page numbers {nums}")
    for k in pn:
        if L[k - 1] != "": E(f, f"page number {L[k]} not after a blank line")
    H = "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ"
    once(f, L, H)
    if H not in L: return
    hi = L.index(H)
    if hi - 1 not in pn: E(f, "reference list not at the top of a page")
    for l in L:
        if len(l) > 95: E(f, f"line over 95: {l[:40]!r}")
    ents, cur = [], None
    for l in L[hi + 1:]:
        if l == "" or l.isdigit(): continue
        if re.match(r"\d+\. \S", l): cur = [l]; ents.append(cur)
        elif cur is not None and not l.startswith(" "): cur.append(l)
        else: E(f, f"stray line in the list {l!r}")
    nums_ = [int(e[0].split(".")[0]) for e in ents]
    if nums_ != list(range(1, len(ents) + 1)): E(f, f"entries numbered {nums_}")
    text = " ".join(l for l in L[:hi] if l and not l.isdigit())
    firsts = []
    for grp in re.findall(r"\[(\d+(?:, \d+)*)\]", text):
        for x in grp.split(", "):
            if int(x) not in firsts: firsts.append(int(x))
    if firsts != list(range(1, len(ents) + 1)): E(f, f"first citations in order {firsts}, want 1..{len(ents)}")
    for e in ents:
        s = " ".join(e)
        s = re.sub(r"^\d+\. ", "", s)
        if not re.search(r"– Текст : (электронный|непосредственный)", s): E(f, f"content type missing: {s[:50]!r}")
        if not s.endswith("."): E(f, f"entry does not end in «.»: {s[-30:]!r}")
        if re.search(r" - ", s): E(f, f"hyphen as an area separator: {s[:50]!r}")
        for u in re.findall(r"URL: (\S+)", s):
            m = re.search(re.escape(u) + r" \(дата обращения: (\d\d\.\d\d\.\d{4})\)", s)
            if not m or not gost_date(m.group(1)): E(f, f"URL without a valid «(дата обращения: дд.мм.гггг)»: {u!r}")
        if "/" not in s.split(" // ")[0] and " / " not in s: continue
        head = re.match(r"([^\W\d][\w-]*), ((?:[A-ZА-ЯЁ]\. ?)+) ", s)
        resp = re.split(r" // |\. – | ; ", s.split(" / ", 1)[1])[0] if " / " in s else ""
        if not re.search(r"[A-ZА-ЯЁ]\. ", resp): continue  # a corporate author after the slash
        etal = resp.endswith("[et al.]") or resp.endswith("[и др.]")
        names_ = [x for x in re.sub(r",? \[(et al\.|и др\.)\]$", "", resp).split(", ") if x]
        for x in names_:
            if not re.fullmatch(r"(?:[A-ZА-ЯЁ]\. ?)+[^\W\d][\w-]*", x): E(f, f"author not «И. О. Фамилия»: {x!r}")
        if head:
            if etal or len(names_) > 3: E(f, f"heading with more than three authors: {s[:50]!r}")
            elif names_ and names_[0].split()[-1] != head.group(1): E(f, f"heading author not the first after the slash: {s[:50]!r}")
        elif re.match(r"[^\W\d][\w-]*, ", s) is None and names_:
            if not ((len(names_) == 4 and not etal) or (len(names_) == 3 and etal)): E(f, f"no heading but {len(names_)} authors{' [et al.]' if etal else ''}: {s[:50]!r}")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2241 Todoist template CSV (Swahili)
TD_HEAD = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE",
           "DURATION", "DURATION_UNIT"]


def check_todoist(f, raw):
    b = RAW_BYTES[f]
    if b.startswith(b"\xef\xbb\xbf"): E(f, "BOM")
    crlf_only(f, b)
    if not b.endswith(b"\r\n"): E(f, "no final CR LF")
    try: rows = list(csv.reader(io.StringIO(raw, newline="")))
    except csv.Error as ex: E(f, f"CSV does not parse: {ex}"); return
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != TD_HEAD: E(f, "header not Todoist's"); return
    for r in rows:
        if len(r) != 12: E(f, f"row of {len(r)} cells: {r[:2]}")
    body = rows[1:]
    if not body or body[0][:2] not in (["meta", "view_style=list"], ["meta", "view_style=board"]): E(f, "meta row missing")
    for k, r in enumerate(body):
        blank = all(c == "" for c in r)
        if (k % 2 == 1) != blank: E(f, f"row {k + 2}: items and empty rows do not alternate"); break
    items = [r for r in body[1:] if any(r)]
    if not items or items[0][0] != "section": E(f, "first item not a section")
    ids, prev, last_date, indent = {}, None, None, 0
    for r in items:
        t = r[0]
        if t not in ("section", "task", "note"): E(f, f"unknown TYPE {t!r}"); continue
        if not r[1]: E(f, f"{t} without CONTENT")
        for who in (r[5], r[6]):
            if not who: continue
            m = re.fullmatch(r"(.+) \((\d+)\)", who)
            if not m: E(f, f"person not «Name (id)»: {who!r}"); continue
            if ids.setdefault(m.group(1), m.group(2)) != m.group(2): E(f, f"{m.group(1)} with two ids")
        if t == "section":
            if any(r[2:]): E(f, f"section with fields: {r[1]!r}")
            indent = 0
        elif t == "note":
            if prev not in ("task", "note"): E(f, "note not under a task")
            if any(r[k] for k in (2, 3, 4, 6, 7, 8, 9, 10, 11)) or not r[5]: E(f, f"note fields wrong: {r[1][:30]!r}")
        else:
            if r[3] not in ("1", "2", "3", "4"): E(f, f"PRIORITY {r[3]!r}")
            if r[4] not in ("1", "2", "3", "4") or int(r[4]) > indent + 1: E(f, f"INDENT {r[4]!r} after {indent}")
            else: indent = int(r[4])
            if not r[5]: E(f, "task without AUTHOR")
            if r[7]:
                d = dt_ok(r[7], "%b %d %Y")
                if not d or r[7] != f"{d:%b} {d.day} {d.year}": E(f, f"DATE {r[7]!r}")
                elif last_date and d < last_date: E(f, f"dates decreasing at {r[7]!r}")
                else: last_date = d
                if r[8] != "en" or not re.fullmatch(r"[A-Z][a-z]+/[A-Z][A-Za-z_]+", r[9]): E(f, f"DATE_LANG / TIMEZONE wrong for {r[1][:30]!r}")
            elif r[8] or r[9]: E(f, "DATE_LANG / TIMEZONE without DATE")
            if r[10] or r[11]: E(f, "DURATION set")
        prev = t
        for lab, u in re.findall(r"\[([^\]]+)\]\(([^)]*)\)", r[1] + " " + r[2]):
            if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", u): E(f, f"bad Markdown link {u!r}")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2242 Telegram Desktop JSON export (Persian)
TG_ACTIONS = {"create_group", "invite_members", "pin_message", "join_group_by_link", "remove_members", "edit_group_title"}
TG_ENT = {"plain", "bold", "italic", "link", "text_link", "mention", "hashtag", "code", "pre", "email", "phone", "bot_command"}
TEH = dt.timezone(dt.timedelta(hours=3, minutes=30))


def check_telegram(f, raw):
    if raw.endswith("\n"): E(f, "line break after the last brace")
    if "\r" in raw: E(f, "CR characters")
    if re.search(r"\\u[0-9a-fA-F]{4}", raw): E(f, "\\u escapes (Telegram writes UTF-8)")
    try: d = json.loads(raw)
    except ValueError as ex: E(f, f"JSON does not parse: {ex}"); return
    if raw != json.dumps(d, ensure_ascii=False, indent=1): E(f, "not Telegram's one-space layout")
    if list(d) != ["name", "type", "id", "messages"]: E(f, f"top-level keys {list(d)}")
    if d.get("type") not in ("private_supergroup", "public_supergroup", "private_group"): E(f, "chat type")
    flat, ids, who, prev = [], set(), {}, None
    members = set()
    for k, m in enumerate(d.get("messages", []), 1):
        if m.get("id") != k: E(f, f"message ids not 1..n at {m.get('id')}")
        ids.add(m.get("id"))
        if list(m)[:4] != ["id", "type", "date", "date_unixtime"]: E(f, f"message {k}: key order {list(m)[:4]}")
        t = dt_ok(m.get("date"), "%Y-%m-%dT%H:%M:%S")
        if not t: E(f, f"message {k}: date {m.get('date')!r}"); continue
        if str(int(t.replace(tzinfo=TEH).timestamp())) != m.get("date_unixtime"): E(f, f"message {k}: date_unixtime != date at +03:30")
        if prev and t < prev: E(f, f"message {k}: dates decreasing")
        prev = t
        if m["type"] == "service":
            if list(m)[4:7] != ["actor", "actor_id", "action"]: E(f, f"service {k}: keys {list(m)[4:7]}")
            if m.get("action") not in TG_ACTIONS: E(f, f"service {k}: unknown action {m.get('action')!r}")
            if m.get("action") == "pin_message" and m.get("message_id") not in ids: E(f, f"service {k}: pins an unknown message")
            members.update(m.get("members", []))
            members.add(m.get("actor"))
            pair = (m.get("actor"), m.get("actor_id"))
        elif m["type"] == "message":
            if list(m)[4:6] != ["from", "from_id"]: E(f, f"message {k}: keys {list(m)[4:6]}")
            pair = (m.get("from"), m.get("from_id"))
            if members and m.get("from") not in members: E(f, f"message {k}: {m.get('from')!r} not a member")
            r = m.get("reply_to_message_id")
            if r is not None and (r not in ids or r >= k): E(f, f"message {k}: replies to {r}")
            if "photo" in m:
                if m["photo"] != f"photos/photo_{sum(1 for x in d['messages'][:k] if 'photo' in x)}@{t:%d-%m-%Y_%H-%M-%S}.jpg": E(f, f"message {k}: photo path")
                if not isinstance(m.get("width"), int) or not isinstance(m.get("height"), int): E(f, f"message {k}: photo size")
            if "file" in m and (not m["file"].startswith("files/") or m.get("file_name") != m["file"][6:] or not m.get("mime_type")): E(f, f"message {k}: file fields")
            for re_ in m.get("reactions", []):
                if re_.get("type") != "emoji" or not isinstance(re_.get("count"), int) or not re_.get("emoji"): E(f, f"message {k}: reaction form")
        else:
            E(f, f"message {k}: type {m.get('type')!r}"); continue
        if not re.fullmatch(r"user\d+", pair[1] or ""): E(f, f"message {k}: id {pair[1]!r}")
        if who.setdefault(pair[0], pair[1]) != pair[1]: E(f, f"{pair[0]!r} with two ids")
        ents = m.get("text_entities")
        if not isinstance(ents, list): E(f, f"message {k}: text_entities"); continue
        for e in ents:
            if e.get("type") not in TG_ENT or not isinstance(e.get("text"), str): E(f, f"message {k}: entity {e}")
            if e.get("type") == "text_link" and not re.fullmatch(r"https?://\S+", e.get("href", "")): E(f, f"message {k}: text_link without href")
            if e.get("type") == "link" and not re.fullmatch(r"https?://\S+", e.get("text", "")): E(f, f"message {k}: link text not a URL")
            flat.append(e.get("text", "") + " " + e.get("href", ""))
        tx = m.get("text")
        if isinstance(tx, str):
            if any(e.get("type") != "plain" for e in ents) or tx != "".join(e.get("text", "") for e in ents): E(f, f"message {k}: text != text_entities")
        elif isinstance(tx, list):
            if [x if isinstance(x, str) else x for x in tx] != [e["text"] if e.get("type") == "plain" else e for e in ents]: E(f, f"message {k}: text list != text_entities")
        else: E(f, f"message {k}: text not a string or list")
    EXTRA_FORMS[f] = ["\n".join(flat)]
    url_ok(f, "\n".join(flat))


# ---------------------------------------------------------------- 2243 Ghost (Casper) post with native comments (Portuguese)
PT_MS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def pt_day(s):
    m = re.fullmatch(r"(\d{1,2}) (\w{3}) (\d{4}) — (\d+) min read", s)
    if not m or m.group(2) not in PT_MS: return None, None
    try: return dt.date(int(m.group(3)), PT_MS.index(m.group(2)) + 1, int(m.group(1))), int(m.group(4))
    except ValueError: return None, None


def ago_h(s):
    m = re.fullmatch(r"(\d+) (days?|hrs?|mins?) ago", s)
    if not m: return None
    n = int(m.group(1))
    return n * 24 if m.group(2).startswith("day") else n if m.group(2).startswith("hr") else n / 60


def check_ghost(f, raw):
    L = lines_of(f, raw)
    site = L[0]
    if "Sign in" not in L or L[L.index("Sign in") + 1] != "Subscribe" or L.index("Sign in") > 8: E(f, "«Sign in / Subscribe» not in the header")
    for s in ("Sign up for more like this.", "Enter your email", "Member discussion", "Read more"): once(f, L, s)
    if L[-2:] != [f"{site} © {L[-2][-4:]}", "Powered by Ghost"] or not L[-2][-4:].isdigit(): E(f, "Ghost footer wrong or not last")
    dl = [k for k, l in enumerate(L) if re.fullmatch(r".+ — \d+ min read", l)]
    if not dl: E(f, "post date line missing"); return
    post, mins = pt_day(L[dl[0]])
    if not post: E(f, f"post date invalid {L[dl[0]]!r}"); return
    if "Sign up for more like this." not in L or "Member discussion" not in L or "Read more" not in L: return
    su = L.index("Sign up for more like this.")
    words = sum(len(l.split()) for l in L[dl[0] + 1:su])
    if math.ceil(words / 275) != mins: E(f, f"reading time {mins} min != ceil({words} words / 275)")
    if L[su:su + 3] != ["Sign up for more like this.", "Enter your email", "Subscribe"]: E(f, "subscribe box wrong")
    md = L.index("Member discussion")
    cm = re.fullmatch(r"(\d+) comments?", L[md + 1] if md + 1 < len(L) else "")
    if not cm: E(f, "comment count missing"); return
    rm = L.index("Read more")
    blocks = [x.split("\n") for x in "\n".join(L[md + 2:rm]).strip("\n").split("\n\n") if x.strip()]
    if len(blocks) != int(cm.group(1)): E(f, f"comment count {cm.group(1)} != {len(blocks)} comments")
    last = None
    for bl in blocks:
        if len(bl) < 5 or bl[-1] != "Reply" or not bl[-2].isdigit(): E(f, f"comment block not «name, time, text, likes, Reply»: {bl[:1]}"); continue
        h = ago_h(bl[1].split(" · ")[-1])
        if h is None: E(f, f"comment time {bl[1]!r}"); continue
        if last is not None and h > last: E(f, "comments not oldest first")
        last = h
    posts = [x.split("\n") for x in "\n".join(L[rm + 1:-2]).strip("\n").split("\n\n") if x.strip()]
    if len(posts) != 3: E(f, f"«Read more» with {len(posts)} posts (3 wanted)")
    for p in posts:
        d_, _ = pt_day(p[-1]) if len(p) == 2 else (None, None)
        if not d_ or d_ >= post: E(f, f"«Read more» post without a valid earlier date: {p[:1]}")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2244 Piazza question copy (Hebrew)
PZ = ["the students' answer, where students collectively construct a single answer",
      "the instructors' answer, where instructors collectively construct a single answer",
      "followup discussions for lingering questions and comments"]


def check_piazza(f, raw):
    L = lines_of(f, raw)
    if L[1:4] != ["Q & A", "Resources", "Statistics"]: E(f, "class bar wrong")
    for s in PZ + ["good question", "Resolved", "Unresolved", "Start a new followup discussion", "Compose a new followup discussion"]: once(f, L, s)
    if L[-2:] != ["Start a new followup discussion", "Compose a new followup discussion"]: E(f, "followup composer not last")
    if "question" not in L or not re.fullmatch(r"@\d+", L[L.index("question") + 1]) or not re.fullmatch(r"\d+ views", L[L.index("question") + 2]):
        E(f, "«question / @n / n views» wrong")
    if any(s not in L for s in PZ + ["good question"]): return
    a, b_, c = (L.index(s) for s in PZ)
    if not a < b_ < c: E(f, "answer sections out of order"); return
    gq = L.index("good question")
    if gq > a or not L[gq + 1].isdigit(): E(f, "«good question» count wrong")
    ages = []
    upd = re.compile(r"Updated (\d+ (?:days?|hours?|minutes?) ago) by (.+)")
    for lo, hi in ((0, a), (a, b_), (b_, c)):
        ul = [k for k in range(lo, hi) if upd.fullmatch(L[k])]
        if len(ul) != 1: E(f, f"section at line {lo + 1}: «Updated … by …» not once"); continue
        ages.append((upd.fullmatch(L[ul[0]]).group(1), upd.fullmatch(L[ul[0]]).group(2)))
        if lo and (L[ul[0] - 2] != "thanks!" or not L[ul[0] - 1].isdigit()): E(f, f"section at line {lo + 1}: «thanks!» count missing")
    en = [re.fullmatch(r"~ An instructor \((.+)\) endorsed this answer ~", l) for l in L[a:b_]]
    en = [m for m in en if m]
    if len(en) != 1: E(f, "instructor endorsement not once in the students' answer")
    elif len(ages) == 3 and en[0].group(1) != ages[2][1]: E(f, "endorsing instructor is not the instructors' answer's author")
    if L[c + 1:c + 3] != ["Resolved", "Unresolved"]: E(f, "«Resolved / Unresolved» not under the followup header")
    fu = [x.split("\n") for x in "\n".join(L[c + 3:-2]).strip("\n").split("\n\n") if x.strip()]
    if not fu: E(f, "no followup")
    people = {p for _, p in ages}
    for bl in fu:
        if bl[-1] != "Reply to this followup discussion" or "helpful!" not in bl: E(f, f"followup block wrong: {bl[:1]}"); continue
        h = bl.index("helpful!")
        if h + 1 >= len(bl) or not bl[h + 1].isdigit(): E(f, "«helpful!» count missing")
        ages.append((bl[1], bl[0]))
        k = h + 2
        while k < len(bl) - 1:
            if k + 2 >= len(bl) or not re.fullmatch(r"\d+ (?:days?|hours?|minutes?) ago", bl[k + 1]): E(f, f"followup reply not «name, time, text»: {bl[k]!r}"); break
            ages.append((bl[k + 1], bl[k]))
            k += 3
    hrs = []
    for ag, _ in ages:
        m = re.fullmatch(r"(\d+) (days?|hours?|minutes?) ago", ag)
        if not m: E(f, f"time {ag!r}"); continue
        hrs.append(int(m.group(1)) * (24 if m.group(2).startswith("day") else 1 if m.group(2).startswith("hour") else 1 / 60))
    if hrs != sorted(hrs, reverse=True): E(f, "times not in page order (oldest first)")
    tags = L[gq - 1]
    if not re.fullmatch(r"[a-z0-9_]+( [a-z0-9_]+)*", tags): E(f, "folder line wrong")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2245 MailerLite web version copy (Lithuanian)
LT_M = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio"]
LT_D = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis"]


def check_mailerlite(f, raw):
    L = lines_of(f, raw)
    club = L[0]
    m = re.fullmatch(r"Naujienlaiškis Nr\. (\d+) \| (\d{4}) m\. (\w+) (\d{1,2}) d\.", L[1])
    issue = None
    if not m or m.group(3) not in LT_M: E(f, "issue line wrong")
    else:
        try: issue = dt.date(int(m.group(2)), LT_M.index(m.group(3)) + 1, int(m.group(4)))
        except ValueError: E(f, "issue date invalid")
    if not any(re.fullmatch(r"[A-ZĄČĘĖĮŠŲŪŽ :]{6,}", l) for l in L): E(f, "no upper-case section title")
    bt = [l for l in L if re.fullmatch(r"\[[^\]]+\]", l)]
    if len(bt) != 1: E(f, "button not once")
    mt = [re.fullmatch(r"Susitikimas: (\w+) (\d{1,2}) d\. \((\w+)\), (\d\d):(\d\d), .+", l) for l in L if l.startswith("Susitikimas")]
    if len(mt) != 1 or not mt[0]: E(f, "meeting line wrong")
    elif issue:
        g = mt[0]
        try:
            md_ = dt.date(issue.year, LT_M.index(g.group(1)) + 1, int(g.group(2)))
            if LT_D[md_.weekday()] != g.group(3): E(f, "meeting weekday wrong")
            if md_ <= issue: E(f, "meeting not after the issue")
            if int(g.group(4)) > 23 or int(g.group(5)) > 59: E(f, "meeting time invalid")
        except ValueError: E(f, "meeting date invalid")
    once(f, L, "Facebook | LinkedIn | Instagram")
    if L[-1] != "MailerLite": E(f, "MailerLite badge not last")
    if "Atsisakyti prenumeratos" not in L or L.index("Atsisakyti prenumeratos") != len(L) - 3: E(f, "«Atsisakyti prenumeratos» not before the badge")
    elif not L[-4].startswith("Šį laišką gavote, nes "): E(f, "consent line missing")
    ft = [k for k, l in enumerate(L) if l == club]
    if len(ft) != 2 or not re.fullmatch(r".+, LT-\d{5}, Lietuva", L[ft[-1] + 1] if ft[-1] + 1 < len(L) else ""): E(f, "footer sender and address wrong")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2246 EndNote RIS export (negative)
RIS_TYPES = {"BOOK", "COMP", "DATA", "ELEC", "VIDEO", "CHAP", "GEN"}
RIS_TAGS = {"TY", "ID", "AU", "PY", "ET", "TI", "CY", "PB", "SN", "KW", "N1", "UR", "L1", "Y2", "ER"}


def check_ris(f, raw):
    b = RAW_BYTES[f]
    if not b.startswith(b"\xef\xbb\xbf"): E(f, "no BOM (EndNote's Unicode export)")
    crlf_only(f, b)
    text = raw.lstrip("\ufeff")
    if not text.endswith("ER  - \r\n\r\n"): E(f, "file does not end with «ER  - » and a blank line")
    recs = [r for r in text.split("\r\n\r\n") if r.strip()]
    last_id = 0
    for r in recs:
        ls = r.split("\r\n")
        if not re.fullmatch(r"TY  - (\w+)", ls[0]) or ls[0][6:] not in RIS_TYPES: E(f, f"record not starting with a known TY: {ls[0]!r}"); continue
        if ls[-1] != "ER  - ": E(f, f"record not ending with «ER  - »: {ls[-1]!r}")
        tags = {}
        for l in ls:
            m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
            if not m: E(f, f"bad RIS line {l!r}"); continue
            if m.group(1) not in RIS_TAGS: E(f, f"unknown tag {m.group(1)}")
            tags.setdefault(m.group(1), []).append(m.group(2))
        if "ER" in tags and len(tags["ER"]) != 1: E(f, "ER twice in a record")
        idv = tags.get("ID", [""])[0]
        if not idv.isdigit() or int(idv) <= last_id: E(f, f"ID {idv!r} not increasing")
        else: last_id = int(idv)
        for p in tags.get("PY", []):
            if not re.fullmatch(r"\d{4}", p): E(f, f"PY {p!r}")
        for s in tags.get("SN", []):
            if not isbn13_ok(s): E(f, f"bad ISBN {s!r}")
        for y in tags.get("Y2", []):
            if not dt_ok(y, "%Y/%m/%d"): E(f, f"Y2 {y!r}")
        for a in tags.get("AU", []):
            if not a.strip(): E(f, "empty AU")
        if "TI" not in tags or "PY" not in tags: E(f, "record without TI or PY")
        if ls[0][6:] == "BOOK" and ("PB" not in tags or "AU" not in tags): E(f, "BOOK without AU or PB")
        for l1 in tags.get("L1", []):
            if not l1.startswith("internal-pdf://"): E(f, f"L1 {l1!r}")
    if re.search(r"arxiv|openreview", raw, re.I): E(f, "arXiv / OpenReview mention in the negative control")
    url_ok(f, raw)


def shape_checks(f, raw, path):
    n = num(f)
    {2237: check_brightspace, 2238: check_mdref, 2239: check_qqmail, 2240: check_gost, 2241: check_todoist,
     2242: check_telegram, 2243: check_ghost, 2244: check_piazza, 2245: check_mailerlite,
     2246: check_ris}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
CHARSET = {}


def read_raw(f, path):
    b = open(path, "rb").read()
    RAW_BYTES[f] = b
    return b.decode(CHARSET.get(num(f), "utf-8"))


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + list(EXTRA_FORMS.get(f, []))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(u)
        if p != u: forms.append(p)
    return forms

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
        elif norm(t) in nraw: expected_or_note(f, "joined", f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: expected_or_note(f, "decoded", f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: expected_or_note(f, "decoded", f"{f}: title found only after decoding + normalising: {t!r}")
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
                    expected_or_note(f, "decoded", f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: expected_or_note(f, "decoded", f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-])(?!…)(?!=\r?\n)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")


# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/rounds/*/expected.json except round222's and round223's, a byte-identical file counted once), and the
# round222/round223 split (candidates sorted by (uses, catalogue title); round222 = even positions from 4 on, one
# unbroken run; round223 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P223S = ["/work/rounds/digests-round223/expected.json", "/work/main/tests/data/digests-round223/expected.json"]
P223 = next((p for p in P223S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P223S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round222", "digests-round223") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 4 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round222 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r223 = set()
if P223:
    try:
        r223 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P223)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P223} exists but could not be read (being written?)")
    their_even = sorted(k for k in r223 if pos.get(k, 1) % 2 == 0)
    if r223 & mine and their_even:
        notes.append(f"round223's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r223)} papers at even positions): shared papers not an error here, to be settled by round223: "
                     f"{len(r223 & mine)} shared: {sorted(r223 & mine)}")
    elif r223 & mine: errors.append(f"papers also in round223: {sorted(r223 & mine)}")
shared223 = len(r223 & mine) if P223 else "(no round223 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    rd = ", ".join(f"{how} {EXPECTED_SEEN[(f, how)]}" for how in sorted(READ_AS.get(num(f), ())) if EXPECTED_SEEN[(f, how)])
    print(f"{f:128s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else "") + (f" [read {rd}]" if rd else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round222 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 4..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round223: {shared223}; papers in more than one round222 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


