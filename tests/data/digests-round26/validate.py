#!/usr/bin/env python3
"""Checks round26/expected.json against the digests and the shared catalogues.

Adapted from round25/validate.py (the label checks and the reuse report are the same code, the report now reading
digests-own and rounds 8–25 and telling which papers round26 uses in more than one file; the readers and shape checks
are new). Each digest is read in its raw form (UTF-8 text) and in decoded forms, the way a reader of that shape would
see it:
  - Google Calendar invitation .eml (277): the headers' encoded words decoded, the text/plain part (base64) decoded
    and unflowed (format=flowed; delsp=yes), the HTML part (quoted-printable) also as text (<a href> targets kept),
    the text/calendar part and the invite.ics attachment (base64) unfolded with every property value unescaped and
    the HTML DESCRIPTION as text;
  - LyX (278): the body as text (LyX's line breaks add nothing, citation and bibitem keys as [key], quote insets as
    «», URL insets as their URL, footnotes and notes inline);
  - Word plain-text export (279): without BOM and CR;
  - lynx -dump (283): every [n] marker replaced by its URL from the References list;
  - Obsidian Kanban board (284): the Markdown as text, <br> as a line break;
  - marimo notebook (285): every string constant of the module, Markdown cells dedented and as text;
  - copied pages (280–282, 286): the raw text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form (or only after whitespace normalisation) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 26
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 277: CRLF, lines ≤ 76 (base64 and quoted-printable bodies, folded headers); Google Calendar's header set and order, Sender calendar-notification@google.com,
    Message-ID calendar-<uuid>@google.com; multipart/mixed [multipart/alternative [text/plain format=flowed
    delsp=yes, text/html, text/calendar method=REQUEST], application/ics invite.ics] with the attachment equal to
    the calendar part; iCalendar CRLF, lines ≤ 75 octets, BEGIN/END balanced, METHOD:REQUEST, one VEVENT, DTEND after
    DTSTART, RRULE weekly on DTSTART's weekday, EXDATEs on occurrences; Subject "Invitation: <SUMMARY> @ Weekly from
    <start> to <end> on <day> from <first> to <last> (IST) (<To>)" computed from the calendar; the plain part opening
    with SUMMARY and the recurrence, Organizer = ORGANIZER, Guests = ATTENDEEs (organizer first and marked),
    "Reply for <To>"; the description's schedule "ವಾರ n (month d)" numbered 1..N on exactly the meetings left after
    the EXDATEs, each skipped date explained;
  - 278: "#LyX 2.3 …" / "\\lyxformat 544" / document, header, body markers in order; \\language belarusian,
    \\quotes_style russian, \\inputencoding utf8; layouts (Chapter, Section, Standard, Bibliography; Plain Layout only
    inside insets) and insets (citation, bibitem, Flex URL, Quotes, Foot, Note) balanced and properly nested; every
    cited key a bibitem and every bibitem cited, keys unique; text lines as Paragraph::write leaves them (no ". "
    inside a line, no space after column 70, no line over 80); quote insets paired «…»;
  - 279: BOM, CRLF, final CRLF; sections 1..8; header fields; the duration's dates = its months; the work plan's
    month ranges contiguous from 1 to the duration; budget rows summing to the total and to the header's budget;
    references [1]..[N] numbered in order of first citation, all cited; footnotes 1..M below the separator and their
    marks (digits after a word, quote or bracket) in the body in the same order;
  - 280: Talis Aspire's head; "Last updated" dd/mm/yyyy; the section list "n. name (k items)" numbered 1..S; "This
    list has N items" = the sum; section headings = the list; each section's items = its count, each item title /
    authors / year / type / importance [/ Note:] / "Add to My Bookmarks" / "Add note", no year after the update;
  - 281: LibGuides' head and breadcrumb; "<guide>: <page>" heading; the tab list holding the page; "Last Updated"
    in LibGuides' form; URL on a libguides host; footer lines; tags lower-case and sorted; link assets of one title
    line and one description line;
  - 282: the Hub's head; one "arxiv:ID" line; title, "Published on" date, comma-separated author list and abstract
    equal to the catalogue's entry for ID; page buttons; comments "handle / Mon D / blank / … / Reply" in date
    order; Models / Datasets / Spaces citing and Collections including: entries shown ≤ N ("Browse N …" when fewer),
    owner/name ids, the Hub's text for an empty section ("Cite arxiv.org/abs/ID in a … README.md …");
  - 283: final newline; References "%4d. URL" numbered 1..N = the [n] markers in order; lines ≤ 78; every line
    indented text, an <h2> heading or the rule; no line wrapped earlier than lynx would; numbered lists 1..n;
  - 284: the plugin's front matter; settings block last, JSON, one list-collapse flag per lane; lanes of "- [ ]"
    cards, the "**Complete**" lane's cards checked and only those; archive after "***" with checked cards; @{date}
    and @@{time} valid;
  - 285: marimo's module frame (import marimo, __generated_with, app = marimo.App(...), @app.cell functions named
    "__", the __main__ guard); per cell sorted parameters, returns = the sorted non-underscore names it defines, no
    name defined in two cells, every parameter defined by another cell; mo.md text indented inside the call;
  - 286: published < deadline < start; salary low < high; the apply link carrying the reference number; breadcrumb
    ending with the job title; similar vacancies each with a deadline after publication.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–25."""

import csv, email, html, io, json, os, re, sys, uuid as uuidlib
from email import policy
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urlparse

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


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def html_text(s):
    """tags stripped, entities undone, each <a href> followed by its target"""
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " \x02" + m.group(1) + "\x03", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|td|th|blockquote|pre|figcaption|ul|ol|figure|summary|strong)>|<br ?/?>", "\n", s)
    return strip_tags(s).replace("\x02", "<").replace("\x03", ">")


def md_text(s):
    """Markdown: [text](url) as 'text <url>', emphasis markers removed (not inside URLs)"""
    s = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)\)", r"\1 <\2>", s)
    parts = re.split(r"(https?://[^\s<>()]+)", s)
    return "".join(p if k % 2 else re.sub(r"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s))", "", p) for k, p in enumerate(parts))


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.bad.append((tag, self.getpos()[0], self.stack[-1] if self.stack else None))
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag: self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()


def balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b


def is_uuid(s, version=None):
    try:
        u = uuidlib.UUID(s)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(u) == s.lower() and (version is None or u.version == version)




# ---------------------------------------------------------------- readers (decoded forms)
def unflow(s, delsp=True):
    """RFC 3676 format=flowed: a line ending in a space continues on the next one (delsp=yes: that space goes)"""
    out, cur = [], ""
    for line in s.replace("\r\n", "\n").split("\n"):
        if line.endswith(" ") and line != "-- ":
            cur += line[:-1] if delsp else line
        else:
            out.append(cur + line); cur = ""
    if cur: out.append(cur)
    return "\n".join(out)


def ics_unfold(s):
    return re.sub(r"\r?\n[ \t]", "", s)


def ics_props(s):
    """unfolded iCalendar lines as (name, params, value) with the value unescaped"""
    out = []
    for line in ics_unfold(s).replace("\r\n", "\n").split("\n"):
        if not line: continue
        m = re.match(r"([A-Z-]+)((?:;[^:]*)?):(.*)", line)
        if not m: out.append(("?", "", line)); continue
        v = re.sub(r"\\([\\;,nN])", lambda x: "\n" if x.group(1) in "nN" else x.group(1), m.group(3))
        out.append((m.group(1), m.group(2), v))
    return out


def gcal_parts(raw):
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    return m, [p for p in m.walk() if not p.is_multipart()]


def gcal_text(raw):
    """277: decoded headers, the plain part unflowed, the HTML as text, both calendars unfolded with every property
    value unescaped (the HTML description also as text)"""
    m, parts = gcal_parts(raw)
    out = [f"{k}: {v}" for k, v in m.items()]
    for p in parts:
        ct = p.get_content_type()
        s = p.get_payload(decode=True).decode("utf-8")
        if ct == "text/plain": out.append(unflow(s))
        elif ct == "text/html": out += [s, html_text(s)]
        else:
            props = ics_props(s)
            out.append("\n".join(f"{n}: {v}" for n, _, v in props))
            out += [html_text(v) for n, _, v in props if n == "DESCRIPTION"]
    return ["\n".join(out)]


LYX_INSETS = ("CommandInset citation", "CommandInset bibitem", "Flex URL", "Quotes ", "Foot", "Note Note")


def lyx_text(raw):
    """278: the body as text: layouts as paragraphs, text lines joined as LyX wrote them (a break adds nothing, the
    space is on the next line), citations as [keys], bibitems as [key], quote insets as «/», URL insets as their URL,
    footnotes and notes inline, font changes dropped, \\backslash as a backslash"""
    body = raw.split("\\begin_body", 1)[-1]
    out, params = [], 0
    for line in body.split("\n"):
        if line.startswith("\\begin_inset "):
            kind = line[len("\\begin_inset "):]
            if kind.startswith("Quotes "): out.append("«" if kind[8] == "l" else "»")
            if kind.startswith("CommandInset"): params += 1
            continue
        if params:
            km = re.match(r'key "(.*)"', line)
            if km: out.append("[" + km.group(1) + "]")
            if line == "\\end_inset": params -= 1
            continue
        if line.startswith("\\end_layout"): out.append("\n"); continue
        if line.startswith("\\backslash"): out.append("\\"); continue
        if line.startswith("\\") or line.startswith("status ") or line == "": continue
        out.append(line)
    return ["".join(out)]


def lynx_text(raw):
    """283: the page with every "[n]" marker replaced by "<url> " from the References list"""
    body, _, refs = raw.rpartition("\nReferences\n")
    urls = dict(re.findall(r"^ *(\d+)\. (\S+)$", refs, re.M))
    return [re.sub(r"\[(\d+)\]", lambda m: "<" + urls.get(m.group(1), "?") + "> ", body)]


def marimo_strings(raw):
    """285: every string constant of the module (Markdown cells dedented and as text)"""
    import ast, textwrap
    out = []
    for node in ast.walk(ast.parse(raw)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            s = textwrap.dedent(node.value)
            out += [s, md_text(s)]
    return ["\n".join(out)]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 277: forms += gcal_text(raw)
    if n == 278: forms += lyx_text(raw)
    if n == 279: forms += [raw.lstrip("\ufeff").replace("\r\n", "\n")]
    if n == 283: forms += lynx_text(raw)
    if n == 284: forms += [md_text(raw.replace("<br>", "\n"))]
    if n == 285: forms += marimo_strings(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
GCAL_HEADERS = ["MIME-Version", "Date", "Reply-To", "Sender", "Message-ID", "Subject", "From", "To", "Content-Type"]
KN_MONTHS = {"ಜನವರಿ": 1, "ಫೆಬ್ರವರಿ": 2, "ಮಾರ್ಚ್": 3, "ಏಪ್ರಿಲ್": 4, "ಮೇ": 5, "ಜೂನ್": 6, "ಜುಲೈ": 7, "ಆಗಸ್ಟ್": 8}
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def gtime(d):
    h = d.hour % 12 or 12
    return f"{h}{':%02d' % d.minute if d.minute else ''}{'am' if d.hour < 12 else 'pm'}"


def check_gcal(f, raw):
    from datetime import timedelta
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (the message is CRLF)")
    m, parts = gcal_parts(raw)
    if list(m.keys()) != GCAL_HEADERS: errors.append(f"{f}: headers {list(m.keys())} not Google Calendar's set and order")
    if str(m.get("Sender")) != "Google Calendar <calendar-notification@google.com>": errors.append(f"{f}: Sender not Google Calendar")
    if not re.fullmatch(r"<calendar-[0-9a-f-]{36}@google\.com>", str(m.get("Message-ID", ""))): errors.append(f"{f}: Message-ID not calendar-<uuid>@google.com")
    try:
        parsedate_to_datetime(str(m["Date"]))
    except Exception:
        errors.append(f"{f}: Date not RFC 5322")
    for line in raw.split("\r\n"):
        if len(line) > 76: errors.append(f"{f}: a line longer than 76 ({line[:30]}…)"); break
    shape = [(p.get_content_type(), p.get_content_disposition()) for p in m.walk()]
    want = [("multipart/mixed", None), ("multipart/alternative", None), ("text/plain", None), ("text/html", None),
            ("text/calendar", None), ("application/ics", "attachment")]
    if shape != want: errors.append(f"{f}: MIME structure {shape} not Google's invitation"); return
    plain_p, html_p, cal_p, att_p = parts
    if cal_p.get_param("method") != "REQUEST": errors.append(f"{f}: text/calendar without method=REQUEST")
    if att_p.get_filename() != "invite.ics" or att_p.get_param("name") != "invite.ics": errors.append(f"{f}: attachment not invite.ics")
    if plain_p.get_param("format") != "flowed" or plain_p.get_param("delsp") != "yes": errors.append(f"{f}: plain part not format=flowed; delsp=yes")
    ics = cal_p.get_payload(decode=True).decode("utf-8")
    if att_p.get_payload(decode=True).decode("utf-8") != ics: errors.append(f"{f}: invite.ics differs from the text/calendar part")
    # iCalendar: CRLF, 75-octet folding, balanced components
    if re.search(r"(?<!\r)\n", ics): errors.append(f"{f}: iCalendar line not ended by CRLF")
    for line in ics.split("\r\n"):
        if len(line.encode()) > 75: errors.append(f"{f}: iCalendar line over 75 octets"); break
    props = ics_props(ics)
    stack = []
    for n_, _, v in props:
        if n_ == "BEGIN": stack.append(v)
        elif n_ == "END" and (not stack or stack.pop() != v): errors.append(f"{f}: iCalendar END:{v} unbalanced")
        elif n_ == "?": errors.append(f"{f}: iCalendar line without a property name: {v[:30]!r}")
    if stack: errors.append(f"{f}: iCalendar components not closed: {stack}")
    P = {}
    for n_, pr, v in props:
        P.setdefault(n_, []).append((pr, v))
    if [v for _, v in P.get("METHOD", [])] != ["REQUEST"]: errors.append(f"{f}: METHOD not REQUEST")
    if [v for _, v in P.get("BEGIN", [])].count("VEVENT") != 1: errors.append(f"{f}: not exactly one VEVENT"); return
    try:
        ds = datetime.strptime(P["DTSTART"][-1][1], "%Y%m%dT%H%M%S")
        de = datetime.strptime(P["DTEND"][0][1], "%Y%m%dT%H%M%S")
        rr = dict(x.split("=") for x in P["RRULE"][0][1].split(";"))
        until = datetime.strptime(rr["UNTIL"], "%Y%m%dT%H%M%SZ") + timedelta(hours=5, minutes=30)
        ex = [datetime.strptime(v, "%Y%m%dT%H%M%S") for _, v in P.get("EXDATE", [])]
    except (KeyError, ValueError) as e_:
        errors.append(f"{f}: DTSTART/DTEND/RRULE/EXDATE unreadable ({e_})"); return
    if not (ds < de and ds.date() == de.date()): errors.append(f"{f}: DTEND not after DTSTART on the same day")
    if rr.get("FREQ") != "WEEKLY" or rr.get("BYDAY") != BYDAY[ds.weekday()]: errors.append(f"{f}: RRULE not weekly on DTSTART's weekday")
    occ = []
    d = ds
    while d <= until:
        occ.append(d); d += timedelta(days=7)
    for x in ex:
        if x not in occ: errors.append(f"{f}: EXDATE {x} is not an occurrence")
    sessions = [d for d in occ if d not in ex]
    summary = P["SUMMARY"][0][1]
    day = ds.strftime("%A")
    when = f"Weekly from {gtime(ds)} to {gtime(de)} on {day} from {ds.strftime('%a %b ')}{ds.day} to {occ[-1].strftime('%a %b ')}{occ[-1].day} (IST)"
    to = str(m["To"])
    if str(m["Subject"]) != f"Invitation: {summary} @ {when} ({to})": errors.append(f"{f}: Subject is not 'Invitation: <SUMMARY> @ {when} (<To>)'")
    # the plain part against the calendar
    plain = unflow(plain_p.get_payload(decode=True).decode("utf-8"))
    for line in plain_p.get_payload(decode=True).decode("utf-8").split("\r\n"):
        if len(line) > 78: errors.append(f"{f}: a flowed line longer than 78"); break
    L = plain.split("\n")
    if L[0] != summary or L[1] != f"Weekly on {day} from {gtime(ds)} to {gtime(de)}": errors.append(f"{f}: plain part does not open with the SUMMARY and the recurrence")
    org = re.search(r"CN=([^;:]+):mailto:(\S+)", "ORGANIZER" + P["ORGANIZER"][0][0] + ":" + P["ORGANIZER"][0][1])
    att = [re.search(r"CN=([^;:]+).*", pr).group(1) for pr, _ in P.get("ATTENDEE", [])]
    try:
        i = L.index("Organizer"); j = L.index("Guests")
    except ValueError:
        errors.append(f"{f}: no Organizer/Guests blocks"); return
    if not org or L[i + 1:i + 3] != [org.group(1), org.group(2)]: errors.append(f"{f}: Organizer block not the ORGANIZER")
    g = []
    for l in L[j + 1:]:
        if l.startswith("View all guest info"): break
        g.append(l)
    if [x.replace(" - organizer", "") for x in g] != att or not g or g[0] != f"{org.group(1)} - organizer":
        errors.append(f"{f}: Guests {g} not the ATTENDEEs {att} (organizer first, marked)")
    if not any(l.startswith(f"Reply for {to} and view more details ") for l in L): errors.append(f"{f}: no 'Reply for <To>' line")
    # the schedule in the description: week n on the n-th meeting
    weeks = re.findall(r"^ವಾರ (\d+) \((\S+) (\d+)\)", plain, re.M)
    if [int(w) for w, _, _ in weeks] != list(range(1, len(weeks) + 1)): errors.append(f"{f}: weeks not numbered 1..N")
    got = [(KN_MONTHS.get(mo), int(dd)) for _, mo, dd in weeks]
    if got != [(d.month, d.day) for d in sessions]: errors.append(f"{f}: the schedule's dates {got} are not the meetings {[(d.month, d.day) for d in sessions]}")
    for x in ex:
        if not re.search(rf"^\((\S+) {x.day} — .+\)$", plain, re.M): errors.append(f"{f}: the skipped date {x.date()} is not explained")


def check_lyx(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[0] != "#LyX 2.3 created this file. For more info see http://www.lyx.org/" or L[1] != "\\lyxformat 544": errors.append(f"{f}: not a LyX 2.3 (format 544) file")
    order = [l for l in L if l in ("\\begin_document", "\\begin_header", "\\end_header", "\\begin_body", "\\end_body", "\\end_document")]
    if order != ["\\begin_document", "\\begin_header", "\\end_header", "\\begin_body", "\\end_body", "\\end_document"] or L[-2] != "\\end_document":
        errors.append(f"{f}: document/header/body markers out of order")
    hdr = raw.split("\\end_header")[0]
    for want in ("\\language belarusian", "\\quotes_style russian", "\\inputencoding utf8"):
        if want not in hdr.split("\n"): errors.append(f"{f}: header line {want!r} missing")
    body = raw.split("\\begin_body\n", 1)[-1].split("\\end_body")[0].split("\n")
    stack, cites, items, quotes, params = [], [], [], [], False
    for k, l in enumerate(body):
        if l.startswith("\\begin_layout "):
            name = l[14:]
            if name not in ("Chapter", "Section", "Standard", "Bibliography", "Plain Layout"): errors.append(f"{f}: unknown layout {name!r}")
            if (name == "Plain Layout") != bool(stack and stack[-1][0] == "inset"): errors.append(f"{f}: layout {name} at the wrong level (line {k})")
            stack.append(("layout", name)); continue
        if l == "\\end_layout":
            if not stack or stack.pop()[0] != "layout": errors.append(f"{f}: \\end_layout without its layout (line {k})")
            continue
        if l.startswith("\\begin_inset "):
            kind = l[13:]
            if not kind.startswith(LYX_INSETS): errors.append(f"{f}: unknown inset {kind!r}")
            if not stack or stack[-1][0] != "layout": errors.append(f"{f}: inset outside a paragraph (line {k})")
            if kind.startswith("Quotes "): quotes.append(kind[8])
            stack.append(("inset", kind)); params = kind.startswith("CommandInset"); continue
        if l == "\\end_inset":
            if not stack or stack.pop()[0] != "inset": errors.append(f"{f}: \\end_inset without its inset (line {k})")
            params = False; continue
        if params:
            km = re.fullmatch(r'key "([^"]+)"', l)
            if km: (items if stack[-1][1].endswith("bibitem") else cites).extend(km.group(1).split(","))
            continue
        if l.startswith("\\") or l.startswith("status ") or not l or not stack: continue
        # a text line as Paragraph::write leaves it
        if ". " in l: errors.append(f"{f}: '. ' inside a text line (LyX breaks after it): {l[:40]!r}")
        if any(c == " " and i > 70 for i, c in enumerate(l)) or len(l) > 80: errors.append(f"{f}: text line not broken before column 71: {l[:40]!r}")
    if stack: errors.append(f"{f}: not closed: {stack}")
    if len(items) != len(set(items)): errors.append(f"{f}: a bibitem key used twice")
    for c in sorted(set(cites) - set(items)): errors.append(f"{f}: cited key {c} has no bibitem")
    for c in sorted(set(items) - set(cites)): errors.append(f"{f}: bibitem {c} never cited")
    if "".join(quotes) != "lr" * (len(quotes) // 2) or len(quotes) % 2: errors.append(f"{f}: quote insets not paired «…»")


def amd(s):
    return int(s.replace(" ", ""))


def check_word_txt(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Word's UTF-8 text)")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final line end")
    t = raw.lstrip("\ufeff").replace("\r\n", "\n")
    L = t.split("\n")
    heads = [(int(m.group(1)), m.group(2)) for l in L for m in [re.fullmatch(r"(\d)\. (\S.*)", l)] if m]
    if [n for n, _ in heads] != list(range(1, len(heads) + 1)) or len(heads) != 8: errors.append(f"{f}: sections not numbered 1..8")
    for h in ("Հայտի ծածկագիր՝\t", "Թեմայի անվանումը՝\t", "Ղեկավար՝\t", "Տևողություն՝\t", "Ընդհանուր բյուջե՝\t"):
        if not any(l.startswith(h) for l in L): errors.append(f"{f}: field {h.strip()!r} missing")
    dm = re.search(r"^Տևողություն՝\t(\d+) ամիս \((\d\d)\.(\d\d)\.(\d{4}) – (\d\d)\.(\d\d)\.(\d{4})\)$", t, re.M)
    months = int(dm.group(1)) if dm else 0
    if dm:
        d1, m1, y1, d2, m2, y2 = map(int, dm.groups()[1:])
        if (y2 - y1) * 12 + m2 - m1 + (1 if d2 >= 28 and d1 == 1 else 0) != months: errors.append(f"{f}: duration {months} months does not fit its dates")
    else:
        errors.append(f"{f}: duration line unreadable")
    # work plan: contiguous month ranges 1..months
    try:
        i = L.index("Փուլ\tԱմիսներ\tԱրդյունք")
        prev = 0
        for k, l in enumerate(L[i + 1:], 1):
            if not l: break
            c = l.split("\t")
            a, b = map(int, c[1].split("–"))
            if len(c) != 3 or int(c[0]) != k or a != prev + 1 or b < a: errors.append(f"{f}: work-plan row {l!r}")
            prev = b
        if prev != months: errors.append(f"{f}: work plan ends at month {prev}, not {months}")
    except (ValueError, IndexError):
        errors.append(f"{f}: work-plan table unreadable")
    # budget: rows sum to the total, which is the header's
    try:
        i = L.index("Հոդված\tԳումար (ՀՀ դրամ)")
        rows, total = [], None
        for l in L[i + 1:]:
            c = l.split("\t")
            if len(c) != 2: errors.append(f"{f}: budget row {l!r} not two cells"); break
            if c[0] == "Ընդամենը": total = amd(c[1]); break
            rows.append(amd(c[1]))
        hb = re.search(r"^Ընդհանուր բյուջե՝\t([\d ]+) ՀՀ դրամ$", t, re.M)
        if total is None or sum(rows) != total or not hb or amd(hb.group(1)) != total: errors.append(f"{f}: budget rows {sum(rows)} / total {total} / header disagree")
    except (ValueError, IndexError):
        errors.append(f"{f}: budget table unreadable")
    # references: numbered in order of first citation, all cited, all defined
    body, _, rest = t.partition("\n8. Գրականություն\n")
    refs = [int(x) for x in re.findall(r"^\[(\d+)\]\t", rest, re.M)]
    if refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: references not numbered 1..N")
    first = []
    for grp in re.findall(r"\[(\d+(?:, \d+)*)\]", body):
        for x in grp.split(", "):
            if int(x) not in first: first.append(int(x))
    if first != refs: errors.append(f"{f}: citation order {first} is not the reference numbering")
    # footnotes: below the separator, numbered 1..M; their marks in the body in the same order
    sep = "_" * 32
    if rest.count("\n" + sep + "\n") != 1: errors.append(f"{f}: no footnote separator"); return
    notes_ = [int(x) for x in re.findall(r"^(\d+) \S", rest.split(sep)[1], re.M)]
    if notes_ != list(range(1, len(notes_) + 1)): errors.append(f"{f}: footnotes not numbered 1..M")
    marks = [int(x) for x in re.findall(r"(?<=[^\W\d_]|[»\])])([1-9]\d*)(?=[։,.;:]|\s|$)", body, re.M)]
    if marks != notes_: errors.append(f"{f}: footnote marks {marks} are not the footnotes {notes_}")


TALIS_TYPES = {"Article", "Book", "Chapter", "Webpage", "Audio-visual document", "Document"}
TALIS_IMP = {"Essential", "Recommended", "Background", "Optional"}


def check_talis(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[:3] != ["Skip to main content", L[1], "Reading Lists"] or "Log In" not in L[:12]: errors.append(f"{f}: not Talis Aspire's page head")
    lu = re.search(r"^Last updated: (\d\d/\d\d/\d{4})$", raw, re.M)
    try:
        upd = datetime.strptime(lu.group(1), "%d/%m/%Y")
    except (AttributeError, ValueError):
        errors.append(f"{f}: 'Last updated' not dd/mm/yyyy"); upd = None
    try:
        s = L.index("Sections")
    except ValueError:
        errors.append(f"{f}: no section list"); return
    toc = []
    for l in L[s + 1:]:
        m = re.fullmatch(r"(\d+)\. (.+) \((\d+) items?\)", l)
        if not m: break
        toc.append((int(m.group(1)), m.group(2), int(m.group(3))))
    if [n for n, _, _ in toc] != list(range(1, len(toc) + 1)) or not toc: errors.append(f"{f}: sections not numbered 1..S")
    tm = re.search(r"^This list has (\d+) items$", raw, re.M)
    if not tm or int(tm.group(1)) != sum(c for _, _, c in toc): errors.append(f"{f}: 'This list has N items' is not the sections' sum")
    rest = raw[tm.end():] if tm else ""
    parts = re.split(r"(?m)^(\d+)\. (.+)\n", rest)
    heads = [(int(parts[i]), parts[i + 1]) for i in range(1, len(parts), 3)]
    if heads != [(n, name) for n, name, _ in toc]: errors.append(f"{f}: section headings {heads} not the section list")
    for (n, name, count), i in zip(toc, range(1, len(parts), 3)):
        blocks = [b.split("\n") for b in parts[i + 2].split("\n\n")[1:] if b.strip() and "Add note" in b]
        if len(blocks) != count: errors.append(f"{f}: section {n} shows {len(blocks)} items, says {count}")
        for b in blocks:
            ok = len(b) >= 7 and re.fullmatch(r"\d{4}", b[2]) and b[3] in TALIS_TYPES and b[4] in TALIS_IMP and b[-2:] == ["Add to My Bookmarks", "Add note"]
            ok = ok and (len(b) == 7 or (len(b) == 8 and b[5].startswith("Note: ")))
            if not ok: errors.append(f"{f}: item {b[0][:40]!r} not title/authors/year/type/importance[/note]/buttons")
            elif upd and int(b[2]) > upd.year: errors.append(f"{f}: item {b[0][:40]!r} dated after the list's update")


def check_libguides(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[0] != "Skip to Main Content" or L[2] != "LibGuides" or "Search this Guide Search" not in L[:8]: errors.append(f"{f}: not LibGuides' page head")
    guide, page = L[3], L[4]
    if f"{guide}: {page}" not in L: errors.append(f"{f}: no '<guide>: <page>' heading matching the breadcrumb")
    try:
        i = L.index(f"{guide}: {page}")
        tabs = L[i + 4:L.index("", i + 4)]
    except ValueError:
        tabs = []
    if not tabs or page not in tabs or not tabs[0].startswith("Ikhasi Lokuqala"): errors.append(f"{f}: the tab list {tabs} does not hold the page")
    m = re.search(r"^Last Updated: (\w{3} \d{1,2}, \d{4} \d{1,2}:\d\d [AP]M)$", raw, re.M)
    try:
        datetime.strptime(m.group(1), "%b %d, %Y %I:%M %p")
    except (AttributeError, ValueError):
        errors.append(f"{f}: 'Last Updated' not LibGuides' date form")
    if not re.search(r"^URL: https://libguides\.[\w.]+/\S+$", raw, re.M): errors.append(f"{f}: no 'URL:' line on a libguides host")
    for want in ("Print Page", "Login to LibApps", "Report a problem."):
        if want not in L: errors.append(f"{f}: footer line {want!r} missing")
    tg = re.search(r"^Tags: (.+)$", raw, re.M)
    tags = tg.group(1).split(", ") if tg else []
    if not tags or tags != sorted(tags) or any(t != t.lower() for t in tags): errors.append(f"{f}: tags not lower-case and in order")
    # link assets in the paper boxes: a title line and one description line
    boxes = raw.split("\n" + tabs[-1] + "\n\n", 1)[-1].split("Okunye okungewona amaphepha")[0] if tabs else ""
    for b in boxes.split("\n\n"):
        b = b.strip("\n").split("\n")
        if len(b) not in (1, 2): errors.append(f"{f}: a link asset of {len(b)} lines: {b[0][:40]!r}")


def check_hf_paper(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[:2] != ["Hugging Face's logo", "Hugging Face"] or "Papers" not in L[:20]: errors.append(f"{f}: not the Hub's page head")
    am = [re.fullmatch(r"arxiv:(\d{4}\.\d{4,5})", l) for l in L]
    am = [m.group(1) for m in am if m]
    if len(am) != 1: errors.append(f"{f}: no single 'arxiv:ID' line"); return
    pid = am[0]
    e = pool.get(pid)
    if not e: errors.append(f"{f}: {pid} not in the catalogues"); return
    i = L.index("arxiv:" + pid)
    if L[i + 2] != e["title"]: errors.append(f"{f}: page title not the catalogue's")
    y, mo, d = map(int, e["published"].split("-"))
    if L[i + 3] != f"Published on {MON3[mo - 1]} {d}, {y}": errors.append(f"{f}: '{L[i + 3]}' is not the arXiv date {e['published']}")
    try:
        a0, ab = L.index("Authors:"), L.index("Abstract")
    except ValueError:
        errors.append(f"{f}: no Authors/Abstract"); return
    names = L[a0 + 1:ab - 1]
    if names[1::2] != [","] * (len(names) // 2) or names[0::2] != e["authors"] or L[ab - 1] != "": errors.append(f"{f}: author list not the catalogue's, comma-separated")
    if L[ab + 1] != e.get("abstract"): errors.append(f"{f}: abstract not the catalogue's")
    if L[ab + 3:ab + 6] != ["View arXiv page", "View PDF", "Add to collection"]: errors.append(f"{f}: page buttons missing")
    # comments: author / date / blank / text … / [reactions] / Reply
    c0, c1 = L.index("Community"), L.index("Sign up or log in to comment")
    dates, k = [], c0 + 2
    while k < c1:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", L[k]) or not re.fullmatch(r"\w{3} \d{1,2}", L[k + 1]) or L[k + 2] != "":
            errors.append(f"{f}: comment at line {k + 1} not 'handle / Mon D / blank'"); break
        dates.append(datetime.strptime(L[k + 1] + " 2024", "%b %d %Y"))
        r = L.index("Reply", k)
        k = r + 2
    if dates != sorted(dates): errors.append(f"{f}: comments not in date order")
    # citing sections
    for kind in ("Models", "Datasets", "Spaces", "Collections"):
        lab = f"{kind} citing this paper" if kind != "Collections" else "Collections including this paper"
        hm = [(j, int(re.search(r"(\d+)$", l).group(1))) for j, l in enumerate(L) if re.fullmatch(re.escape(lab) + r" \d+", l)]
        if len(hm) != 1: errors.append(f"{f}: no '{lab} N'"); continue
        j, n = hm[0]
        seg = []
        for l in L[j + 2:]:
            if re.fullmatch(r"(Models|Datasets|Spaces) citing this paper \d+|Collections including this paper \d+|System theme", l): break
            seg.append(l)
        blocks = [b.strip("\n") for b in "\n".join(seg).split("\n\n") if b.strip()]
        if n == 0:
            want = [f"No {kind[:-1].lower()} linking this paper", f"Cite arxiv.org/abs/{pid} in a {kind[:-1].lower()} README.md to link it from this page."]
            if blocks != want: errors.append(f"{f}: empty '{lab}' block not the Hub's text")
            continue
        shown = [b for b in blocks if not b.startswith("Browse ")]
        if len(shown) > n or (len(shown) < n and f"Browse {n} {kind.lower()} citing this paper" not in blocks): errors.append(f"{f}: '{lab} {n}' but {len(shown)} shown")
        for b in shown:
            first = b.split("\n")[0]
            if kind in ("Models", "Spaces", "Datasets") and not re.fullmatch(r"[\w.-]+/[\w.-]+", first): errors.append(f"{f}: {kind} entry {first!r} not owner/name")


def check_lynx(f, raw):
    lf_final(f, raw)
    body, sep, refs = raw.rpartition("\nReferences\n\n")
    if not sep: errors.append(f"{f}: no References list"); return
    rl = refs.rstrip("\n").split("\n")
    nums = []
    for l in rl:
        m = re.fullmatch(r"( *\d+)\. (\S+)", l)
        if not m or len(m.group(1)) != 4: errors.append(f"{f}: reference line {l!r} not '%4d. URL'"); continue
        nums.append(int(m.group(1)))
    if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: references not numbered 1..N")
    marks = [int(x) for x in re.findall(r"\[(\d+)\]", body)]
    if marks != nums: errors.append(f"{f}: link markers {marks[:5]}… are not the references 1..{len(nums)}")
    B = body.split("\n")
    for k, l in enumerate(B):
        if len(l) > 78: errors.append(f"{f}: line {k + 1} longer than 78 columns")
        if l and not l.startswith("   ") and not re.fullmatch(r"_{78}", l) and not re.fullmatch(r"\d+\. \S.*", l):
            errors.append(f"{f}: line {k + 1} neither indented text nor a heading/rule: {l[:30]!r}")
        # wrapping: the next line's first word would have fitted here
        if k + 1 < len(B) and l.startswith("   ") and B[k + 1].startswith("   ") and l.strip() and B[k + 1].strip():
            nxt = B[k + 1]
            if re.match(r" +(\* |\d+\. )", nxt) or (len(nxt) - len(nxt.lstrip())) < (len(l) - len(l.lstrip())) and not re.match(r" +(\* |\d+\. )", l):
                continue
            if len(l) + 1 + len(nxt.split()[0]) <= 78: errors.append(f"{f}: line {k + 1} wrapped too early")
    for lst in re.findall(r"(?:^     \d+\. .*\n(?:^        .*\n)*)+", body, re.M):
        ns = [int(x) for x in re.findall(r"^     (\d+)\. ", lst, re.M)]
        if ns != list(range(1, len(ns) + 1)): errors.append(f"{f}: a numbered list not 1..n")


def check_kanban(f, raw):
    head = "---\n\nkanban-plugin: basic\n\n---\n\n"
    if not raw.startswith(head): errors.append(f"{f}: not the Kanban plugin's front matter"); return
    if "\r" in raw: errors.append(f"{f}: CR characters")
    m = re.search(r"\n%% kanban:settings\n```\n(.*)\n```\n%%\n?$", raw)
    if not m: errors.append(f"{f}: settings block not last"); return
    try:
        st = json.loads(m.group(1))
    except ValueError:
        errors.append(f"{f}: settings are not JSON"); return
    board, _, archive = raw[len(head):m.start()].partition("\n***\n")
    lanes = re.split(r"(?m)^## (.+)\n", board)
    if lanes[0].strip(): errors.append(f"{f}: text before the first lane")
    names = lanes[1::2]
    if st.get("kanban-plugin") != "basic" or len(st.get("list-collapse", [])) != len(names): errors.append(f"{f}: settings' list-collapse is not one flag per lane")
    for name, body in zip(lanes[1::2], lanes[2::2]):
        lines = [l for l in body.split("\n") if l]
        done = bool(lines) and lines[0] == "**Complete**"
        for l in lines[1 if done else 0:]:
            if not re.match(r"- \[( |x)\] \S", l): errors.append(f"{f}: lane {name!r}: {l[:30]!r} is not a card"); continue
            if (l[3] == "x") != done: errors.append(f"{f}: lane {name!r}: card {l[6:40]!r} checked {'not ' if done else ''}as the lane says")
    if not archive.startswith("\n## Archive\n"): errors.append(f"{f}: archive not '## Archive' after '***'")
    for l in archive.split("\n")[3:]:
        if l and not l.startswith("- [x] "): errors.append(f"{f}: archived card {l[:30]!r} not checked")
    for d in re.findall(r"(?<!@)@\{([^}]*)\}", raw):
        try:
            datetime.strptime(d, "%Y-%m-%d")
        except ValueError:
            errors.append(f"{f}: date @{{{d}}} not YYYY-MM-DD")
    for t in re.findall(r"@@\{([^}]*)\}", raw):
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t): errors.append(f"{f}: time @@{{{t}}} not HH:mm")


def check_marimo(f, raw):
    import ast
    lf_final(f, raw)
    try:
        mod = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: not Python: {ex}"); return
    b = mod.body
    ok = (isinstance(b[0], ast.Import) and [a.name for a in b[0].names] == ["marimo"]
          and isinstance(b[1], ast.Assign) and b[1].targets[0].id == "__generated_with" and isinstance(b[1].value, ast.Constant)
          and isinstance(b[2], ast.Assign) and b[2].targets[0].id == "app" and ast.unparse(b[2].value.func) == "marimo.App"
          and isinstance(b[-1], ast.If) and ast.unparse(b[-1].test) == "__name__ == '__main__'" and ast.unparse(b[-1].body[0]) == "app.run()")
    if not ok: errors.append(f"{f}: not marimo's module frame (import, __generated_with, app, cells, __main__)")
    defined, cells = {}, []
    for fn in b[3:-1]:
        if not isinstance(fn, ast.FunctionDef) or len(fn.decorator_list) != 1 or not ast.unparse(fn.decorator_list[0]).startswith("app.cell"):
            errors.append(f"{f}: line {fn.lineno}: not an @app.cell function"); continue
        if fn.name != "__": errors.append(f"{f}: cell at line {fn.lineno} named {fn.name!r}")
        args = [a.arg for a in fn.args.args]
        if args != sorted(args): errors.append(f"{f}: cell at line {fn.lineno}: parameters not sorted")
        defs = []
        for st_ in fn.body:
            if isinstance(st_, (ast.Import, ast.ImportFrom)): defs += [(a.asname or a.name).split(".")[0] for a in st_.names]
            elif isinstance(st_, ast.Assign): defs += [t.id for t in st_.targets if isinstance(t, ast.Name)]
            elif isinstance(st_, (ast.FunctionDef, ast.ClassDef)): defs.append(st_.name)
        defs = sorted(d for d in defs if not d.startswith("_"))
        ret = fn.body[-1]
        got = None
        if isinstance(ret, ast.Return):
            v = ret.value
            got = [] if v is None else [e.id for e in v.elts] if isinstance(v, ast.Tuple) else None
        if got != defs: errors.append(f"{f}: cell at line {fn.lineno} returns {got}, defines {defs}")
        for d in defs:
            if d in defined: errors.append(f"{f}: {d!r} defined in two cells (marimo forbids it)")
            defined[d] = fn.lineno
        cells.append((fn.lineno, args, defs))
        for st_ in fn.body:
            if isinstance(st_, ast.Expr) and isinstance(st_.value, ast.Call) and ast.unparse(st_.value.func) == "mo.md":
                s = st_.value.args[0].value
                if not s.startswith("\n") or any(l and not l.startswith(" " * 8) for l in s.split("\n")): errors.append(f"{f}: mo.md text at line {fn.lineno} not indented inside the call")
    for line, args, defs in cells:
        for a in args:
            if a not in defined or defined[a] == line: errors.append(f"{f}: cell at line {line} takes {a!r}, which no other cell defines")


def check_job(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    g = lambda lab: next((l.split(": ", 1)[1] for l in L if l.startswith(lab + ": ")), "")
    try:
        pub = datetime.strptime(g("Жарыяланды"), "%d.%m.%Y")
        dl = datetime.strptime(g("Арыз берүү мөөнөтү")[:10], "%d.%m.%Y")
        st = datetime.strptime(g("Иштин башталышы"), "%d.%m.%Y")
        if not pub < dl < st: errors.append(f"{f}: published / deadline / start not in order")
    except ValueError:
        errors.append(f"{f}: a date not dd.mm.yyyy"); pub = None
    sm = re.fullmatch(r"([\d ]+) – ([\d ]+) сом.*", g("Айлык акы"))
    if not sm or int(sm.group(1).replace(" ", "")) >= int(sm.group(2).replace(" ", "")): errors.append(f"{f}: salary range not low – high")
    ref = g("Шилтеме номери")
    if not re.search(r"https://\S+/apply/" + re.escape(ref.replace("/", "-")) + r"$", raw, re.M): errors.append(f"{f}: the apply link does not carry the reference {ref}")
    crumb = next((l for l in L if l.startswith("Башкы бет / ")), "")
    last = crumb.split(" / ")[-1]
    if not last or not any(l.startswith(last) and l != crumb for l in L): errors.append(f"{f}: breadcrumb's last item is not the job title")
    try:
        i = L.index("Окшош вакансиялар")
    except ValueError:
        errors.append(f"{f}: no similar vacancies"); return
    blocks = [b.split("\n") for b in "\n".join(L[i + 2:]).split("\n\n") if b.strip()][:-1]
    for b in blocks:
        m = re.fullmatch(r"Мөөнөтү: (\d\d\.\d\d\.\d{4})", b[-1]) if len(b) == 2 else None
        try:
            if not m or (pub and datetime.strptime(m.group(1), "%d.%m.%Y") < pub): raise ValueError
        except ValueError:
            errors.append(f"{f}: similar vacancy {b[0][:30]!r} without a valid deadline after publication")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 277: check_gcal(f, raw)
    if n == 278: check_lyx(f, raw)
    if n == 279: check_word_txt(f, raw)
    if n == 280: check_talis(f, raw)
    if n == 281: check_libguides(f, raw)
    if n == 282: check_hf_paper(f, raw)
    if n == 283: check_lynx(f, raw)
    if n == 284: check_kanban(f, raw)
    if n == 285: check_marimo(f, raw)
    if n == 286: check_job(f, raw)


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
        raw = open(path, encoding="utf-8", newline="").read()
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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-25) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 26)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r23 = set()
p23 = os.path.join(TD, "digests-round25", "expected.json")
if os.path.exists(p23):
    r23 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p23)).values() for x in recs}

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
print(f"earlier uses of the papers (digests-own, rounds 8-25): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round25: {sum(1 for k in allrecs if k in r23)}; papers in more than one round26 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
