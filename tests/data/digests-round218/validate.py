#!/usr/bin/env python3
r"""Checks round218/expected.json against the digests and the shared catalogues.

Adapted from round216/validate.py (the label checks are the same code; the reuse report is round216's with round218 /
round219 in place of round216 / round217: round218 holds the even positions from 4; the shape checks are new lean
grammars for this round's ten sources). The reuse report counts every /work/main/tests/data/*/expected.json and
/work/rounds/*/expected.json except round218's and round219's own (by folder name and by bytes), a byte-identical file
once, and checks the split (even positions 4.., one run; no paper shared with round219's expected.json when it exists;
no paper in two files). Every digest is read raw (UTF-8; 2198 is 7-bit ASCII with CR LF, 2201's CSV rows end in CR LF
after a BOM, 2202 is ASCII JSON, every other file LF) and in decoded forms: 2198's attached message body (base64) and
its note (quoted-printable); 2201's CSV fields; 2202's message texts (JSON «\/» and «\u» escapes undone); everything
with HTML entities undone once and twice and percent-escapes undone. Titles are matched after whitespace
normalisation, with TeX braces dropped, case-blind.

READ_AS (round156's reporting): 2198 (base64: titles and links are whole only in the decoded body), 2199 (a PDF copy:
reference lines wrapped inside titles) and 2202 (Slack's «\/» escapes: links are whole only in the parsed JSON).

Shape checks (lean, grammar-level), one function per kind: 2197 Stud.IP Ablaufplan copy (skip link first, the
Stud.IP footer last, «Ablaufplan» once as a title and once as a tab, «n Termine» = the session blocks «Di., dd.mm.yyyy
14:15 - 15:45, Ort: …», weekday abbreviation from the date, a week apart, each with «Thema:» and items, the Lehrende
line); 2198 Roundcube forward as attachment (7-bit ASCII, CR LF only, Roundcube's 8 header fields in order, lines
≤ 998, User-Agent «Roundcube Webmail/x.y.z», Message-ID «<32 hex@host>», Date valid with weekday, multipart/mixed with
text/plain (QP UTF-8, valid escapes) + message/rfc822 as an «.eml» attachment, closing boundary, the attached body
base64 UTF-8 in lines ≤ 76, the attached Date valid and before the forward, Subject = «Fwd: » + the attached
Subject); 2199 ICONTEC NTC 5613 thesis copy (the running header first and once per page, page numbers last and
consecutive, form feeds only at page starts, «BIBLIOGRAFÍA» once, entries «(n)» numbered 1..n with hanging indents of
4, citations in order of first citation, reference lines ≤ 90 unless one word, entries ending in «.», authors
«APELLIDO, Nombre», «Disponible en: <URL> [Consultado el d de mes de aaaa]» with valid dates and «[en línea]»); 2200
Mendeley Desktop BibTeX (the Mendeley header lines, balanced braces, every «@» parsed, keys «Surnameyyyy» unique and
matching the year, «field = {…}» lines in alphabetical order, commas on all but the last, author / title / year /
mendeley-groups present, authors «Last, First», arxivId with archivePrefix); 2201 Notion database CSV (a UTF-8 BOM,
parsed strictly and written again exactly by csv.writer, the 8-column header, known statuses, Link a bare URL, Done
iff «Presented on», dates «Month d, yyyy», created times «Month d, yyyy h:mm AM» increasing, multi-select joined by
«, »); 2202 Slack day export (ASCII only, «/» escaped, written again exactly by json.dumps(indent=4) with the escapes,
an array of «message» objects, ts «10.6 digits» increasing, user ids «U…», one name per user, the join message's text,
client_msg_id UUIDs, reaction counts = users, links «<URL|label>» well formed, no other angle brackets, reply_count /
latest_reply = the replies, replies after their parent); 2203 AsciiDoc README (one level-0 title first, «:toc:»,
«:toc-placement!:», «toc::[]» once, no Markdown syntax, listing blocks closed, Contributing last, «n entries» = the
list and description items, link macros «URL[label]» well formed, hard breaks followed by a continuation, a NOTE);
2204 Mailchimp plain-text version (the «View this email in your browser (URL)» line second, the Mailchimp referral at
the end, «** HEADING» lines each over a row of 60 «-», two «=» rules, no unrendered merge tag, the preferences /
unsubscribe lines, «Lettre n° n · lundi d avril yyyy» a Monday = fortnights since 12 January 2026 + 1 and the preview
line's number, links «(URL)» well formed); 2205 Blogger post copy («Simple theme. Powered by Blogger.» last, the share
and navigation lines once, one date header valid with its weekday, one «Posted by … at h:mm PM», «n comments:» = the
«… said...» comments, comment times after the post, Labels); 2206 XenForo thread copy (the breadcrumb first and
again below, the XenForo footer last, «Discussion in '…' started by user, date.» once with the breadcrumb's forum, posts
«#n» consecutive, the first by the starter on the start date, dates not decreasing, «Like Reply Report» per post,
quotes «user said: ↑» of posters with «Click to expand...», likes by posters, no arXiv / OpenReview mention).
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
READ_AS = {2198: {"decoded"}, 2199: {"joined"}, 2202: {"decoded"}}

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


# ---------------------------------------------------------------- 2197 Stud.IP Ablaufplan copy
DE_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]


def check_studip(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Zum Hauptinhalt springen": E(f, "skip link not first")
    if not re.fullmatch(r"Stud\.IP \d+\.\d+ · Impressum · Datenschutzerklärung · Barrierefreiheit", L[-1]): E(f, "Stud.IP footer not last")
    once(f, L, "Ablaufplan")
    if sum(1 for l in L if "Ablaufplan" in l.split("  ") and len(l.split("  ")) > 1) != 1: E(f, "Ablaufplan tab not once in the course navigation")
    m = [re.fullmatch(r"(\d+) Termine", l) for l in L]
    m = [x for x in m if x]
    sess = [(i, re.fullmatch(r"(\w\w\.), (\d\d)\.(\d\d)\.(\d{4}) 14:15 - 15:45, Ort: (.+)", l)) for i, l in enumerate(L) if re.match(r"\w\w\., \d", l)]
    if len(m) != 1 or int(m[0].group(1)) != len(sess): E(f, "«n Termine» != sessions")
    prev = None
    for i, s in sess:
        if not s: E(f, f"bad session line {L[i]!r}"); continue
        try: d = dt.date(int(s.group(4)), int(s.group(3)), int(s.group(2)))
        except ValueError: E(f, f"invalid date {L[i]!r}"); continue
        if DE_WD[d.weekday()] != s.group(1): E(f, f"weekday wrong: {L[i]!r}")
        if prev and (d - prev).days != 7: E(f, f"session not a week after the previous: {L[i]!r}")
        prev = d
        if i + 1 >= len(L) or not L[i + 1].startswith("Thema: "): E(f, f"session without «Thema:» {L[i]!r}")
        if i + 2 >= len(L) or not L[i + 2].startswith("  "): E(f, f"session without items {L[i]!r}")
    if not re.search(r"^Lehrende: .+ — [\w.]+@[\w.-]+\.[a-z]{2,} — ", raw, re.M): E(f, "Lehrende line missing")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2198 Roundcube forward as attachment
RC_HEAD = ["Date", "From", "To", "Subject", "Message-ID", "User-Agent", "MIME-Version", "Content-Type"]


def check_roundcube(f, raw):
    b = RAW_BYTES[f]
    if any(x > 127 for x in b): E(f, "not 7-bit ASCII")
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b): E(f, "bare LF or CR (CR LF only)")
    if b"\r\n\r\n" not in b: E(f, "no header/body separator"); return
    head = b.split(b"\r\n\r\n", 1)[0]
    names = [l.split(b":", 1)[0].decode() for l in head.split(b"\r\n") if l and not l[:1].isspace()]
    if names != RC_HEAD: E(f, f"header fields {names} (Roundcube's order wanted)")
    if any(len(l) > 998 for l in b.split(b"\r\n")): E(f, "line over 998")
    msg = email.message_from_bytes(b, policy=email.policy.compat32)
    if not re.fullmatch(r"Roundcube Webmail/\d+\.\d+\.\d+", msg.get("User-Agent", "")): E(f, "User-Agent not Roundcube's")
    if not re.fullmatch(r"<[0-9a-f]{32}@[\w.-]+>", msg.get("Message-ID", "")): E(f, "Message-ID not in Roundcube's form")
    try:
        sent = parsedate_to_datetime(msg["Date"])
        if msg["Date"][:3] != sent.strftime("%a"): E(f, "Date weekday wrong")
    except (TypeError, ValueError):
        E(f, "Date invalid"); sent = None
    try: subj = dec_words(msg["Subject"])
    except Exception as ex: E(f, f"Subject does not decode: {ex!r}"); subj = ""
    if msg.get_content_type() != "multipart/mixed" or not msg.is_multipart(): E(f, "not multipart/mixed"); return
    bnd = msg.get_boundary()
    if not bnd or b"--" + bnd.encode() + b"--\r\n" not in b: E(f, "closing boundary missing")
    parts = msg.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "message/rfc822"]: E(f, "parts not text/plain + message/rfc822"); return
    note, att = parts
    if note.get("Content-Transfer-Encoding") != "quoted-printable" or note.get_content_charset() != "utf-8": E(f, "note not QP UTF-8")
    if re.search(r"=(?![0-9A-F]{2}|\r?\n|$)", note.get_payload()): E(f, "bad QP escape")
    if "attachment" not in att.get("Content-Disposition", "") or not re.search(r'filename="[^"]+\.eml"', att.get("Content-Disposition", "")): E(f, "rfc822 part not an .eml attachment")
    inner = att.get_payload()[0] if att.is_multipart() else None
    if inner is None: E(f, "no attached message"); return
    if inner.get("Content-Transfer-Encoding") != "base64" or inner.get_content_charset() != "utf-8": E(f, "attached body not base64 UTF-8")
    pl = inner.get_payload()
    lines_ = [l for l in pl.replace("\r\n", "\n").split("\n") if l]
    if any(len(l) > 76 for l in lines_) or any(not re.fullmatch(r"[A-Za-z0-9+/=]+", l) for l in lines_): E(f, "base64 lines malformed")
    try:
        txt = base64.b64decode("".join(lines_), validate=True).decode("utf-8")
        ntxt = note.get_payload(decode=True).decode("utf-8")
    except (binascii.Error, ValueError) as ex: E(f, f"body does not decode: {ex!r}"); return
    MIME_PARTS[f] = [txt, ntxt]
    try:
        od = parsedate_to_datetime(inner["Date"])
        if inner["Date"][:3] != od.strftime("%a"): E(f, "attached Date weekday wrong")
        if sent and od >= sent: E(f, "attached mail not before the forward")
    except (TypeError, ValueError): E(f, "attached Date invalid")
    try:
        isub = dec_words(inner["Subject"])
        if subj != "Fwd: " + isub: E(f, "Subject != «Fwd: » + the attached Subject")
    except Exception as ex: E(f, f"attached Subject does not decode: {ex!r}")
    if (inner.get("User-Agent") or "").split("/")[0] != "Roundcube Webmail": E(f, "attached mail not from Roundcube")


# ---------------------------------------------------------------- 2199 ICONTEC NTC 5613 thesis copy
def check_icontec(f, raw):
    L = lines_of(f, raw)
    pages = raw[:-1].split("\n\f")
    if "\f" in raw.replace("\n\f", ""): E(f, "form feed not at a page start")
    head = pages[0].split("\n")[0]
    nums_ = []
    for p in pages:
        pl = p.split("\n")
        if pl[0] != head: E(f, "running header not first on a page")
        if sum(1 for l in pl if l == head) != 1: E(f, "running header not once on a page")
        if not pl[-1].isdigit(): E(f, "page number not last"); continue
        nums_.append(int(pl[-1]))
    if nums_ != list(range(nums_[0], nums_[0] + len(nums_))) if nums_ else True: E(f, f"page numbers {nums_}")
    once(f, L, "BIBLIOGRAFÍA")
    if "BIBLIOGRAFÍA" not in L: return
    bi = L.index("BIBLIOGRAFÍA")
    ents, cur = [], None
    for l in L[bi + 1:]:
        if l == "" or l.isdigit(): continue
        if re.match(r"\(\d+\) ", l): cur = [l]; ents.append(cur)
        elif l.startswith("    ") and cur is not None: cur.append(l.strip())
        else: E(f, f"stray line in BIBLIOGRAFÍA {l!r}")
    for l in L[bi:]:
        if len(l) > 90 and " " in l.strip(): E(f, f"reference line over 90: {l[:40]!r}")
    nums = [int(re.match(r"\((\d+)\)", e[0]).group(1)) for e in ents]
    if nums != list(range(1, len(ents) + 1)): E(f, f"entries numbered {nums}")
    body = " ".join(L[:bi])
    cited = [int(x) for x in re.findall(r"\((\d+)\)", body)]
    firsts = list(dict.fromkeys(cited))
    if firsts != list(range(1, len(firsts) + 1)): E(f, f"citations not in order of first citation: {firsts}")
    for e in ents:
        t = " ".join(e)
        if not t.endswith("."): E(f, f"entry without final dot: {t[:40]!r}")
        if not re.match(r"\(\d+\) [A-ZÁÉÍÓÚÑ ]{2,}(, [^,.]+|\.)", t) or re.match(r"\(\d+\) [A-Z][a-z]", t): E(f, f"author not «APELLIDO, Nombre»: {t[:40]!r}")
        if "Disponible en:" in t:
            m = re.search(r"Disponible en: <(\S+)> \[Consultado el (\d{1,2}) de (\w+) de (\d{4})\]", t)
            if not m: E(f, f"«Disponible en: <URL> [Consultado el …]» wrong: {t[:50]!r}"); continue
            try: dt.date(int(m.group(4)), ES_M.index(m.group(3)) + 1, int(m.group(2)))
            except ValueError: E(f, f"bad Consultado date: {m.group(0)!r}")
            if "[en línea]" not in t: E(f, "online entry without «[en línea]»")
    url_ok(f, raw)


ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


# ---------------------------------------------------------------- 2200 Mendeley Desktop BibTeX
def check_mendeley(f, raw):
    L = lines_of(f, raw, final=False)
    if L[0] != "Automatically generated by Mendeley Desktop 1.19.8" or not L[1].startswith("Any changes to this file will be lost"): E(f, "Mendeley header missing")
    if raw.count("{") != raw.count("}"): E(f, "unbalanced braces")
    keys_, i = [], 0
    ents = re.findall(r"^@(\w+)\{([^,\n]+),\n(.*?)\n\}$", raw, re.S | re.M)
    if len(ents) != raw.count("\n@") + raw.startswith("@"): E(f, "an «@» entry that does not parse")
    for typ, key, body in ents:
        if typ not in ("article", "inproceedings", "book", "misc", "techreport"): E(f, f"unknown type {typ}")
        if not re.fullmatch(r"[A-Z][A-Za-z]+\d{4}[a-z]?", key): E(f, f"key not «Surnameyyyy»: {key}")
        keys_.append(key)
        fl = body.split("\n")
        names = []
        for j, l in enumerate(fl):
            m = re.fullmatch(r"([\w-]+) = \{(.*)\}(,?)", l)
            if not m: E(f, f"bad field line {l[:40]!r}"); continue
            if (m.group(3) == ",") != (j < len(fl) - 1): E(f, f"comma wrong on {l[:30]!r}")
            names.append(m.group(1))
        if names != sorted(names, key=str.lower): E(f, f"{key}: fields not alphabetical")
        for need in ("author", "title", "year", "mendeley-groups"):
            if need not in names: E(f, f"{key}: no {need}")
        if "arxivId" in names and ("archivePrefix" not in names): E(f, f"{key}: arxivId without archivePrefix")
        y = re.search(r"year = \{(\d+)\}", body)
        if not y or (key[-4:].isdigit() and key[-4:] != y.group(1)) or (not key[-4:].isdigit() and key[-5:-1] != y.group(1)): E(f, f"{key}: key year != year")
        for a in re.findall(r"author = \{(.*)\}", body):
            if any("," not in x for x in a.split(" and ")): E(f, f"{key}: author not «Last, First»")
    if len(set(keys_)) != len(keys_): E(f, "duplicate keys")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2201 Notion database CSV
N_HEAD = ["Name", "Status", "Tags", "Presenter", "Link", "Notes", "Presented on", "Created time"]


def check_notion(f, raw):
    b = RAW_BYTES[f]
    if not b.startswith(b"\xef\xbb\xbf"): E(f, "no UTF-8 BOM (Notion writes one)")
    body = raw.lstrip("\ufeff")
    try: rows = list(csv.reader(io.StringIO(body, newline=""), strict=True))
    except csv.Error as ex: E(f, f"CSV does not parse: {ex}"); return
    buf = io.StringIO(); csv.writer(buf).writerows(rows)
    if buf.getvalue() != body: E(f, "CSV not as the csv writer writes it (CR LF rows, minimal quoting)")
    CSV_FIELDS[f] = [c for r in rows for c in r]
    if not rows or rows[0] != N_HEAD: E(f, "header wrong"); return
    prev = None
    for r in rows[1:]:
        if len(r) != len(N_HEAD): E(f, f"row with {len(r)} cells"); continue
        d = dict(zip(N_HEAD, r))
        if d["Status"] not in ("Not started", "In progress", "Done"): E(f, f"unknown status {d['Status']!r}")
        if d["Link"] and not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}/\S*", d["Link"]): E(f, f"Link not a bare URL: {d['Link']!r}")
        if (d["Status"] == "Done") != bool(d["Presented on"]): E(f, f"Done iff «Presented on» broken: {d['Name'][:30]!r}")
        if d["Presented on"] and not dt_ok(d["Presented on"], "%B %d, %Y"): E(f, f"bad date {d['Presented on']!r}")
        c = dt_ok(d["Created time"], "%B %d, %Y %I:%M %p")
        if not c or not re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d\d [AP]M", d["Created time"]): E(f, f"bad created time {d['Created time']!r}"); continue
        if prev and c <= prev: E(f, "created times not increasing")
        prev = c
        if d["Tags"] and any(t != t.strip() or not t for t in d["Tags"].split(", ")): E(f, "multi-select not joined by «, »")


# ---------------------------------------------------------------- 2202 Slack day export JSON
def check_slack(f, raw):
    if any(ord(c) > 127 for c in raw): E(f, "non-ASCII (Slack escapes it)")
    if re.search(r"(?<!\\)/", raw): E(f, "unescaped «/» (Slack writes «\\/»)")
    try: msgs = json.loads(raw)
    except ValueError as ex: E(f, f"JSON does not parse: {ex}"); return
    if json.dumps(msgs, indent=4, ensure_ascii=True).replace("/", "\\/") + "\n" != raw: E(f, "not in the export's layout (4-space indent, escapes)")
    if not isinstance(msgs, list): E(f, "not an array"); return
    EXTRA_FORMS[f] = ["\n".join(str(m.get("text", "")) for m in msgs)]
    prev, by_ts, names = 0, {}, {}
    for m in msgs:
        if m.get("type") != "message": E(f, "type not message")
        if not re.fullmatch(r"\d{10}\.\d{6}", m.get("ts", "")): E(f, f"bad ts {m.get('ts')!r}"); continue
        if float(m["ts"]) <= prev: E(f, "ts not increasing")
        prev = float(m["ts"]); by_ts[m["ts"]] = m
        if not re.fullmatch(r"U[0-9A-Z]{10}", m.get("user", "")): E(f, f"bad user id {m.get('user')!r}")
        up = m.get("user_profile", {})
        if names.setdefault(m.get("user"), up.get("real_name")) != up.get("real_name"): E(f, "one user with two names")
        if m.get("subtype") == "channel_join":
            if m.get("text") != f"<@{m['user']}> has joined the channel": E(f, "join text wrong")
        elif not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", m.get("client_msg_id", "")): E(f, "client_msg_id missing")
        for r in m.get("reactions", []):
            if r.get("count") != len(r.get("users", [])): E(f, "reaction count != users")
        for u in re.findall(r"<(https?://[^>|]+)(?:\|[^>]*)?>", m.get("text", "")):
            if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", u): E(f, f"malformed link {u!r}")
        if re.search(r"<(?!@U|https?://)[^>]*>", m.get("text", "")): E(f, "angle brackets that are not a link or mention")
    for m in msgs:
        if "reply_count" in m:
            reps = [x for x in msgs if x.get("thread_ts") == m["ts"] and x is not m]
            if m["reply_count"] != len(reps) or m.get("thread_ts") != m["ts"]: E(f, "reply_count != replies")
            if reps and m.get("latest_reply") != reps[-1]["ts"]: E(f, "latest_reply wrong")
        if "parent_user_id" in m:
            p = by_ts.get(m.get("thread_ts"))
            if not p or p.get("user") != m["parent_user_id"] or float(m["ts"]) <= float(p["ts"]): E(f, "reply without its parent")


# ---------------------------------------------------------------- 2203 AsciiDoc awesome README
def check_asciidoc(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("= ") or sum(1 for l in L if l.startswith("= ")) != 1: E(f, "one level-0 title first wanted")
    for a in (":toc:", ":toc-placement!:", "toc::[]"): once(f, L, a)
    if "#" in "".join(l[:1] for l in L) or "](" in raw: E(f, "Markdown syntax in the AsciiDoc README")
    if raw.count("\n----\n") % 2: E(f, "unclosed listing block")
    h = [l for l in L if l.startswith("== ")]
    if not h or not h[-1].startswith("== Cyfrannu"): E(f, "Contributing section not last")
    m = re.search(r"curated list of (\d+) entries", raw)
    n = sum(1 for l in L if l.startswith("* ") or re.match(r"[^:\s][^:]*:: ", l))
    if not m or int(m.group(1)) != n: E(f, f"entry count {m and m.group(1)} != {n}")
    for l in L:
        if l.startswith(("* ", "  ")) or "::" in l:
            for u in re.findall(r"https?://\S+?\[[^\]]*\]", l):
                if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/[^\s\[]*)?\[[^\]]+\]", u): E(f, f"bad link macro {u!r}")
    for i, l in enumerate(L):
        if l.endswith(" +") and (i + 1 >= len(L) or not L[i + 1].startswith("  ")): E(f, "hard break without a continuation")
    if not any(l.startswith("NOTE: ") for l in L): E(f, "NOTE admonition missing")
    url_ok(f, re.sub(r"\[[^\]]*\]", " ", raw))


# ---------------------------------------------------------------- 2204 Mailchimp plain-text version
def check_mailchimp(f, raw):
    L = lines_of(f, raw)
    if not L[1].startswith("View this email in your browser (https://mailchi.mp/"): E(f, "«View this email in your browser» not second")
    if L[-2] != "Email Marketing Powered by Mailchimp": E(f, "Mailchimp referral not at the end")
    for i, l in enumerate(L):
        if l.startswith("** "):
            if i + 1 >= len(L) or L[i + 1] != "-" * 60: E(f, f"heading without its rule {l!r}")
    if L.count("=" * 60) != 2: E(f, "not two «=» rules")
    if re.search(r"\*\|[A-Z_]+\|\*", raw): E(f, "unrendered merge tag")
    if "Want to change how you receive these emails?" not in L: E(f, "preferences line missing")
    if not re.search(r"update your preferences \(https://\S+\) or unsubscribe from this list \(https://\S+\)", raw): E(f, "preference / unsubscribe links wrong")
    m = re.search(r"Lettre n° (\d+) · lundi (\d{1,2}) avril (\d{4})", raw)
    if not m: E(f, "issue line missing")
    else:
        try:
            d = dt.date(int(m.group(3)), 4, int(m.group(2)))
            if d.weekday() != 0: E(f, "issue date not a Monday")
            if (d - dt.date(2026, 1, 12)).days % 14 or (d - dt.date(2026, 1, 12)).days // 14 + 1 != int(m.group(1)): E(f, "issue number != fortnights since 12 January 2026")
        except ValueError: E(f, "issue date invalid")
        if not L[0].startswith(f"Lettre n° {m.group(1)} "): E(f, "preview line's issue differs")
    for u in re.findall(r"\((https?://[^)\s]+)\)", raw):
        if not re.fullmatch(r"https?://[\w.-]+\.[a-z]{2,}(/\S*)?", u): E(f, f"malformed link {u!r}")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2205 Blogger post with comments
def check_blogger(f, raw):
    L = lines_of(f, raw)
    if L[-1] != "Simple theme. Powered by Blogger.": E(f, "Blogger footer not last")
    for s in ("Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)", "Add comment", "Email This", "BlogThis!"): once(f, L, s)
    dh = [l for l in L if re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}", l)]
    if len(dh) != 1: E(f, "date header not once"); return
    d = dt_ok(dh[0], "%A, %B %d, %Y")
    if not d or d.strftime("%A") != dh[0].split(",")[0]: E(f, "date header invalid or weekday wrong"); return
    pb = [re.fullmatch(r"Posted by .+ at (\d{1,2}):(\d\d) ([AP]M)", l) for l in L]
    pb = [x for x in pb if x]
    if len(pb) != 1: E(f, "«Posted by» not once"); return
    post = dt_ok(f"{dh[0]} {pb[0].group(1)}:{pb[0].group(2)} {pb[0].group(3)}", "%A, %B %d, %Y %I:%M %p")
    said = [i for i, l in enumerate(L) if l.endswith(" said...")]
    m = [re.fullmatch(r"(\d+) comments?:|No comments:", l) for l in L]
    m = [x for x in m if x]
    if len(m) != 1 or (int(m[0].group(1) or 0) != len(said)): E(f, "comment count != comments")
    for i in said:
        ts_ = next((l for l in L[i + 1:i + 6] if re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [AP]M", l)), None)
        c = dt_ok(ts_, "%B %d, %Y at %I:%M %p") if ts_ else None
        if not c or (post and c <= post): E(f, f"comment time missing or not after the post: {L[i]!r}")
    if not re.search(r"^Labels: \S", raw, re.M): E(f, "Labels line missing")
    url_ok(f, raw)


# ---------------------------------------------------------------- 2206 XenForo thread copy (negative)
def check_xenforo(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("Forums › "): E(f, "breadcrumb not first")
    if L.count(L[0]) != 2: E(f, "breadcrumb not repeated below the thread")
    if not re.fullmatch(r"Community platform by XenForo® © 2010-\d{4} XenForo Ltd\.", L[-1]): E(f, "XenForo footer not last")
    once(f, L, "You must log in or register to reply here.")
    st = [re.fullmatch(r"Discussion in '(.+)' started by (\S+), ([A-Z][a-z]{2} \d{1,2}, \d{4})\.", l) for l in L]
    st = [x for x in st if x]
    if len(st) != 1: E(f, "«Discussion in … started by» not once"); return
    if st[0].group(1) != L[0].split(" › ")[-1]: E(f, "forum != breadcrumb")
    nums = [(i, int(l[1:])) for i, l in enumerate(L) if re.fullmatch(r"#\d+", l)]
    if [n for _, n in nums] != list(range(1, len(nums) + 1)): E(f, "post numbers not consecutive")
    if nums and (L[nums[0][0] - 3] != st[0].group(2) or L[nums[0][0] - 1] != st[0].group(3)): E(f, "first post not by the starter on the start date")
    prev = None
    posters = set()
    for i, _ in nums:
        d = dt_ok(L[i - 1], "%b %d, %Y")
        if not d or (prev and d < prev): E(f, f"post date bad or decreasing: {L[i - 1]!r}")
        prev = d or prev
        posters.add(L[i - 3])
    if L.count("Like Reply Report") != len(nums): E(f, "«Like Reply Report» != posts")
    for i, l in enumerate(L):
        q = re.fullmatch(r"(\S+) said: ↑", l)
        if q:
            if q.group(1) not in posters: E(f, f"quote of a non-poster {l!r}")
            if "Click to expand..." not in L[i + 1:i + 4]: E(f, "quote without «Click to expand...»")
        lk = re.fullmatch(r"(.+?) (?:and (.+?) )?likes? this\.", l)
        if lk and any(x and x not in posters for x in lk.groups()): E(f, f"like by a non-poster {l!r}")
    if re.search(r"arxiv|openreview", raw, re.I): E(f, "arXiv / OpenReview mention in the negative control")
    url_ok(f, raw)


def shape_checks(f, raw, path):
    n = num(f)
    {2197: check_studip, 2198: check_roundcube, 2199: check_icontec, 2200: check_mendeley, 2201: check_notion,
     2202: check_slack, 2203: check_asciidoc, 2204: check_mailchimp, 2205: check_blogger,
     2206: check_xenforo}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)



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
# /work/rounds/*/expected.json except round218's and round219's, a byte-identical file counted once), and the
# round218/round219 split (candidates sorted by (uses, catalogue title); round218 = even positions from 4 on, one
# unbroken run; round219 takes the odd ones)
used = Counter()
TDS = ["/work/main/tests/data", "/work/rounds"]
P211S = ["/work/rounds/digests-round219/expected.json", "/work/main/tests/data/digests-round219/expected.json"]
P211 = next((p for p in P211S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P211S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for td in TDS:
    for d in (sorted(os.listdir(td)) if os.path.isdir(td) else []):
        pth = os.path.join(td, d, "expected.json")
        if d in ("digests-round218", "digests-round219") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round218 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r211 = set()
if P211:
    try:
        r211 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P211)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P211} exists but could not be read (being written?)")
    their_even = sorted(k for k in r211 if pos.get(k, 1) % 2 == 0)
    if r211 & mine and their_even:
        notes.append(f"round219's expected.json does not hold the odd positions of this count ({len(their_even)} of "
                     f"{len(r211)} papers at even positions): shared papers not an error here, to be settled by round219: "
                     f"{len(r211 & mine)} shared: {sorted(r211 & mine)}")
    elif r211 & mine: errors.append(f"papers also in round219: {sorted(r211 & mine)}")
shared211 = len(r211 & mine) if P211 else "(no round219 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round218 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round219: {shared211}; papers in more than one round218 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


