#!/usr/bin/env python3
r"""Checks round146/expected.json against the digests and the shared catalogues.

Adapted from round144/validate.py (the label checks are the same code; the reuse report is round144's with round146 /
round147 in place of round144 / round145: round146 holds the even positions from 4; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round146's and round147's own (a
digests-round146 / digests-round147 folder, or a file whose bytes equal round146's or round147's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round146 holds the even positions
of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as one run from position 4 up to its
last paper; it fails on a paper shared with round147's expected.json (read only, from /work/rounds/digests-round147/ or
/work/main/tests/data/digests-round147/, when it exists), and on a paper in more than one round146 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1478 its MIME parts with the quoted-printable
undone; 1480 every RIS value; 1481 every CSV field; everything: HTML / XML entities undone once and twice,
percent-escapes undone (1484's redirect targets). Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program or the writer would compute are re-computed or cross-checked):
1477 CodeCatalyst README (LF, a final newline; code fences balanced; the awesome badge; every `](#anchor)` a section
heading's GitHub-style slug, the table of contents = the sections in order; clone URLs
`https://git.<region>.codecatalyst.aws/v1/<space>/<project>/<repo>`, one repository, the one `cd` enters, its space /
project / repository named in the intro; the workflow file and the workflow named; `checked N links` = the distinct
URLs outside code blocks; table rows with the header's column count; brackets balanced);
1478 .eml (CR LF throughout, 7-bit; Date valid with its weekday, in CEST; Received just after it; From / To / Cc as
RFC 2047 Q-words and an address; header lines ≤ 78 but Received; the boundary declared and used; text/plain and
text/html, UTF-8 quoted-printable, lines ≤ 76, no bare `=`; the text part CR LF; Atlas.cz's forward block
(Od / Komu / Datum / Předmět) from `<LIST> automatic digest system <LISTSERV@JISCMAIL.AC.UK>` to `<LIST>@JISCMAIL.AC.UK`,
dated the day after the digest's period and not after Date; Subject = `Fwd: ` + the forwarded subject, a LISTSERV
digest subject `<LIST> Digest - <d> to <d> (#YYYY-NN)`; `There are N messages totaling M lines` re-counted (M = the
message blocks' lines); `Topics of the day` numbered, each with its message count, the messages grouped by topic in
that order, in time order within a topic, inside the period, their Dates valid; `End of …` and its asterisks; the two
parts carry the same URLs);
1479 SPPU thesis bibliography copy (LF; page numbers in Devanagari digits, consecutive, the last line one; every page
starting with the running head and a blank line; the संदर्भ सूची heading; sections अ. / ब. / क.; Marathi entries
`आडनाव, आद्याक्षर. (वर्ष).`; English entries in APA form (initials, `, &` before the last author, `(year).`), in
alphabetical order, `pp. a–b` increasing, arXiv ids not newer than the year and at the entry's end; every in-text
citation of the chapter's end matching an entry (et al. / & / Marathi व); web entries `Author. (year). Title [type]. URL`);
1480 Periódicos CAPES RIS (CR LF; `XX  - value` lines; records TY … `ER  - `, a blank line after each; known types and
their required tags; AU `Last, First`; PY four digits, DA a valid `YYYY/MM/DD` in PY; SP < EP; UR https, arXiv records
with an arXiv URL; LA Inglês / Português; DB the portal; a tag and a note in every record; no record twice);
1481 Porsline CSV (a BOM; CR LF between records, LF only inside quoted fields; quoting minimal (re-serialised equal);
the header; response ids increasing; times valid Jalali `YYYY/MM/DD HH:MM:SS` (converted back to Gregorian), started
in order, duration in seconds = end − start; status کامل (every required answer) or ناقص; degree, yes/no/maybe and
day answers from the options, days joined by `، ` in the form's order);
1482 Brity Messenger export (LF; title, room with member count = the members listed, exporter a member, export date,
blank; day lines with the right Korean weekday, increasing; `[HH:MM] 이름 : 내용` by members, times in order, nobody
writing before their join line; continuation lines only inside a message; placeholders `(파일) name.ext (N MB)`,
`(사진)`, `(이모티콘)`; exported after the last message);
1483 Kaldata (Invision) copy (LF; the site head; `От <user>, <date> в <forum>` naming the first post's author and date;
posts: name twice, rank from the set, post count, `Публикувано <date>` in order, `(редактирано)` iff an edit line by the
author or a moderator not before the post; quotes of earlier posters on a day they posted; reactions; the post tools;
the same rank and count per user; `N отговора в тази тема` = posts − 1; the page chrome);
1484 Pulseem web version (LF; HTML5, dir="rtl" lang="he", UTF-8; tags balanced; every link https, `&amp;` in hrefs;
name and issue equal in title and header; issue and event dates with the right Hebrew weekday, the event after the
issue; each card with an LTR author line and at most one button; buttons through Pulseem's redirect with a
percent-encoded https target, link ids 1..n, one campaign id; the hidden preheader; view-in-browser, unsubscribe and
the Powered by Pulseem badge);
1485 Blognone blog post (LF; the site head; byline date valid; tags; the stats line naming the author's blog with the
comment count; comments `By: user on D Month YYYY - HH:MM #id`, after the post, in time order, ids increasing, each
with text and `Reply`; replies indented with `↳ ตอบ <user>` of an earlier commenter or the author);
1486 Tutor LMS course page (LF; breadcrumb and tabs; course content weeks numbered, each week's lesson count and
duration re-computed (assignments without a duration), the total line and the sidebar's totals (time, videos, tests,
assignments) re-computed; the rating and review count following from the star distribution; dated weekdays right;
registered ≤ places; the Tutor LMS credit).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, html, io, json, os, quopri, re, sys, unicodedata
from html.parser import HTMLParser
import datetime as dt
from collections import Counter
from email import message_from_bytes
from email.utils import parsedate_to_datetime
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


def lines_of(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None

# ---------------------------------------------------------------- 1477 AWS CodeCatalyst README
def gh_slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


def check_codecatalyst_md(f, raw):
    L = lines_of(f, raw)
    if raw.count("```") % 2: errors.append(f"{f}: unbalanced code fences")
    if not L[0].startswith("# ") or "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)" not in L[0]: errors.append(f"{f}: title line without the awesome badge")
    outside = re.sub(r"```.*?```", "", raw, flags=re.S)
    OL = outside.split("\n")
    heads = [gh_slug(l[3:]) for l in OL if l.startswith("## ")]
    toc = re.findall(r"^- \[[^\]]+\]\(#([^)]+)\)$", outside, re.M)
    for a in set(re.findall(r"\]\(#([^)]+)\)", outside)):
        if a not in heads: errors.append(f"{f}: anchor #{a} is no heading's slug")
    if [h for h in heads if h != gh_slug("目次")] != toc: errors.append(f"{f}: table of contents and sections differ")
    urls = re.findall(r"https://git\.[\w-]+\.codecatalyst\.aws/\S*", raw)
    repos = set()
    for u in urls:
        m = re.fullmatch(r"https://git\.([a-z]{2}-[a-z]+-\d)\.codecatalyst\.aws/v1/([\w-]+)/([\w-]+)/([\w.-]+)", u)
        if not m: errors.append(f"{f}: not a CodeCatalyst HTTPS clone URL: {u}"); continue
        repos.add(m.groups()[1:])
    if len(repos) != 1: errors.append(f"{f}: clone URLs name {len(repos)} repositories")
    else:
        sp, pr, rp = next(iter(repos))
        if f"cd {rp}\n" not in raw: errors.append(f"{f}: `cd` does not enter the cloned repository {rp}")
        intro = "\n".join(l for l in OL if l.startswith("> "))
        if f"`{sp}`" not in intro or f"`{pr}`" not in intro or f"`{rp}`" not in intro: errors.append(f"{f}: the intro does not name space / project / repository of the clone URL")
    wf = re.findall(r"`\.codecatalyst/workflows/([\w-]+)\.yaml`", raw)
    named = set(re.findall(r"ワークフロー `([\w-]+)`", raw))
    if len(wf) != 1 or named != {wf[0]}: errors.append(f"{f}: workflow file {wf} and workflow names {sorted(named)} differ")
    m = re.search(r"checked (\d+) links, (\d+) broken", raw)
    n = len(set(re.findall(r"https?://[^\s)`]+", outside)))
    if not m or int(m.group(1)) != n: errors.append(f"{f}: link check reports {m and m.group(1)} links, the README has {n}")
    i = 0
    while i < len(OL):
        if OL[i].startswith("|"):
            j = i
            while j < len(OL) and OL[j].startswith("|"): j += 1
            ncol = OL[i].count("|")
            if not re.fullmatch(r"\|(---\|)+", OL[i + 1] if i + 1 < j else ""): errors.append(f"{f}: table without a --- row at {OL[i]!r}")
            for l in OL[i:j]:
                if l.count("|") != ncol or not l.endswith("|"): errors.append(f"{f}: table row with another column count: {l!r}")
            i = j
        else: i += 1
    for par in outside.split("\n\n"):
        if par.count("[") != par.count("]") or par.count("(") != par.count(")"): errors.append(f"{f}: unbalanced brackets: {par[:60]!r}")


# ---------------------------------------------------------------- 1478 Atlas.cz forward (QP) of a JISCMail digest
MIME_PARTS = {}
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def check_eml_qp(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CR LF")
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: 8-bit characters in a quoted-printable message")
    head, sep, body = raw.partition("\r\n\r\n")
    if not sep: errors.append(f"{f}: no blank line after the header"); return
    m = message_from_bytes(raw.encode("utf-8", "replace"))
    d, dd = m.get("Date", ""), None
    try:
        dd = parsedate_to_datetime(d)
        if dd.strftime("%a, %d %b %Y %H:%M:%S %z") != d: errors.append(f"{f}: Date weekday or form wrong: {d!r}")
        if dd.utcoffset() != dt.timedelta(hours=2): errors.append(f"{f}: Date not in CEST (+0200) for April: {d!r}")
    except (TypeError, ValueError): errors.append(f"{f}: Date does not parse: {d!r}")
    try:
        rd = parsedate_to_datetime(re.sub(r"\s+\(\w+\)$", "", m.get("Received", "").rsplit(";", 1)[1].strip()))
        if dd and not dd <= rd <= dd + dt.timedelta(minutes=10): errors.append(f"{f}: Received {rd} not just after Date {dd}")
    except (IndexError, TypeError, ValueError): errors.append(f"{f}: Received has no valid date")
    for h in ("From", "To", "Cc"):
        hv = re.search(rf"\r\n{h}: (.*?)\r\n(?! )", raw)
        if not hv or not re.fullmatch(r"=\?UTF-8\?Q\?[A-Za-z0-9_=]+\?= <[\w.+-]+@[\w.-]+>", hv.group(1)): errors.append(f"{f}: {h} not a Q-word name and an address")
    subj = m.get("Subject", "")
    for l in head.split("\r\n"):
        if len(l) > 78 and not l.startswith("Received"): errors.append(f"{f}: header line longer than 78: {l[:30]!r}")
    bnd = m.get_boundary()
    if not bnd or f"--{bnd}\r\n" not in body or not body.endswith(f"--{bnd}--\r\n"): errors.append(f"{f}: boundary not used as declared")
    parts = [p for p in m.walk() if not p.is_multipart()]
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    dec = {}
    for p in parts:
        if p.get("Content-Transfer-Encoding", "").lower() != "quoted-printable" or p.get_content_charset() != "utf-8":
            errors.append(f"{f}: part {p.get_content_type()} not UTF-8 quoted-printable")
        pl = p.get_payload()
        if any(len(l) > 76 for l in pl.split("\r\n")): errors.append(f"{f}: part {p.get_content_type()}: quoted-printable line longer than 76")
        if re.search(r"=(?![0-9A-F]{2}|\r\n|$)", pl): errors.append(f"{f}: part {p.get_content_type()}: a bare `=` in quoted-printable")
        try: dec[p.get_content_type()] = quopri.decodestring(pl.encode("ascii")).decode("utf-8")
        except Exception as ex: errors.append(f"{f}: part does not decode: {ex!r}")
    MIME_PARTS[f] = list(dec.values()) + [html.unescape(re.sub(r"<br>", "", v)) for v in dec.values()]
    t = dec.get("text/plain", "")
    if "\r\n" not in t or re.search(r"(?<!\r)\n", t): errors.append(f"{f}: the text part is not CR LF")
    T_ = t.split("\r\n")
    try: k = T_.index("---------- Původní zpráva ----------")
    except ValueError: errors.append(f"{f}: no forward block in Atlas.cz's form"); return
    fw = T_[k + 1:k + 5]
    if [x.split(": ", 1)[0] for x in fw] != ["Od", "Komu", "Datum", "Předmět"]: errors.append(f"{f}: forward block fields {fw}"); return
    im = re.fullmatch(r"Předmět: (([A-Z0-9-]+) Digest - (\d{1,2} \w{3} \d{4}) to (\d{1,2} \w{3} \d{4}) \(#(\d{4})-(\d+)\))", fw[3])
    if not im: errors.append(f"{f}: forwarded subject not a LISTSERV digest's: {fw[3]!r}"); return
    issue, lst = im.group(1), im.group(2)
    if subj != f"Fwd: {issue}": errors.append(f"{f}: Subject {subj!r} is not `Fwd: ` + the forwarded subject")
    if fw[0] != f"Od: {lst} automatic digest system <LISTSERV@JISCMAIL.AC.UK>" or fw[1] != f"Komu: {lst}@JISCMAIL.AC.UK": errors.append(f"{f}: forward block not from JISCMail's LISTSERV for {lst}")
    p0, p1 = dt_ok(im.group(3), "%d %b %Y"), dt_ok(im.group(4), "%d %b %Y")
    fm = re.fullmatch(r"Datum: (\d{1,2})\. (\d{1,2})\. (\d{4}) (\d{1,2}):(\d\d):(\d\d)", fw[2])
    fd = dt_ok("{}-{}-{} {}:{}:{}".format(*[fm.group(i) for i in (3, 2, 1, 4, 5, 6)]), "%Y-%m-%d %H:%M:%S") if fm else None
    if not p0 or not p1 or p1 < p0 or str(p0.year) != im.group(5): errors.append(f"{f}: digest period {im.group(3)} to {im.group(4)} malformed")
    if not fd or (p1 and fd.date() != (p1 + dt.timedelta(days=1)).date()) or (dd and fd > dd.replace(tzinfo=None)): errors.append(f"{f}: forward date {fw[2]!r} not the day after the period or after Date")
    dig = T_[k + 6:]
    while dig and dig[-1] == "": dig.pop()
    cm = re.fullmatch(r"There are (\d+) messages totaling (\d+) lines in this issue\.", dig[0] if dig else "")
    if not cm: errors.append(f"{f}: no `There are N messages totaling M lines` line"); return
    end = f"End of {issue}"
    if dig[-2:] != [end, "*" * len(end)]: errors.append(f"{f}: digest does not end with `{end}` and its asterisks")
    try: a, r = dig.index("Topics of the day:"), dig.index("-" * 70)
    except ValueError: errors.append(f"{f}: no `Topics of the day:` or rule"); return
    topics = []
    for i, l in enumerate(x for x in dig[a + 1:r] if x):
        tm = re.fullmatch(r" {0,2}(\d+)\. (.+) \((\d+)\)", l)
        if not tm or int(tm.group(1)) != i + 1: errors.append(f"{f}: topic line {l!r}"); continue
        topics.append((tm.group(2), int(tm.group(3))))
    blocks = "\r\n".join(dig[r + 1:-2]).strip("\r\n").split("\r\n\r\n------------------------------\r\n\r\n")
    blocks[-1] = re.sub(r"(\r\n)*------------------------------$", "", blocks[-1])
    msgs = []
    for b in blocks:
        bl = b.split("\r\n")
        if len(bl) < 4 or not bl[0].startswith("Date:    ") or not bl[1].startswith("From:    ") or not bl[2].startswith("Subject: ") or bl[3]:
            errors.append(f"{f}: message block without Date / From / Subject and a blank line: {bl[:1]}"); continue
        msgs.append((bl[0][9:], bl[2][9:], len(bl)))
    if int(cm.group(1)) != len(msgs) or int(cm.group(2)) != sum(x[2] for x in msgs): errors.append(f"{f}: `{dig[0]}` but {len(msgs)} messages of {sum(x[2] for x in msgs)} lines")
    order = [t for t, _ in topics]
    seen_t, last = [], {}
    for d_, s_, _ in msgs:
        tp = s_[4:] if s_.startswith("Re: ") else s_
        if tp not in order: errors.append(f"{f}: message {s_!r} under no topic"); continue
        if seen_t and tp != seen_t[-1] and tp in seen_t: errors.append(f"{f}: messages of topic {tp!r} not together")
        if not seen_t or seen_t[-1] != tp: seen_t.append(tp)
        try:
            md = parsedate_to_datetime(d_)
            if md.strftime("%a, %d %b %Y %H:%M:%S %z") != d_: errors.append(f"{f}: message Date form or weekday wrong: {d_!r}")
            if p0 and p1 and not p0.date() <= md.date() <= p1.date(): errors.append(f"{f}: message {s_!r} outside the digest period")
            if tp in last and md < last[tp]: errors.append(f"{f}: messages of {tp!r} not in time order")
            last[tp] = md
        except (TypeError, ValueError): errors.append(f"{f}: message without a valid Date: {s_!r}")
    if seen_t != order: errors.append(f"{f}: messages not in the order of Topics of the day")
    for tp, n in topics:
        if n != sum(1 for _, s_, _ in msgs if s_ in (tp, "Re: " + tp)): errors.append(f"{f}: topic {tp!r} counts {n} messages")
    h = html.unescape(dec.get("text/html", ""))
    tt = set(re.findall(r"https?://[^\s\"()<]+", t))
    th = set(re.findall(r'href="([^"]+)"', h))
    if tt != th: errors.append(f"{f}: URLs differ between the parts: {sorted(tt ^ th)[:3]}")


# ---------------------------------------------------------------- 1479 SPPU Marathi thesis bibliography (PDF copy)
DEVD = "०१२३४५६७८९"


def dev2int(s):
    return int("".join(str(DEVD.index(c)) for c in s))


ENT_START = re.compile(r"^(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, [A-Z]\.|[\w][\w -]*\. \((?:\d{4}|[०-९]{4})\)|[\u0900-\u097f]+, )")


def check_sppu_refs(f, raw):
    L = lines_of(f, raw)
    pages = [(i, dev2int(l)) for i, l in enumerate(L) if l and all(c in DEVD for c in l)]
    if not pages or [p for _, p in pages] != list(range(pages[0][1], pages[0][1] + len(pages))) or pages[-1][0] != len(L) - 1:
        errors.append(f"{f}: page numbers (Devanagari) not consecutive or not last: {[p for _, p in pages]}")
    head = L[0]
    for i in [0] + [i + 1 for i, _ in pages[:-1]]:
        if i + 1 >= len(L) or L[i] != head or L[i + 1] != "": errors.append(f"{f}: page at line {i + 1} does not start with the running head and a blank line")
    skip = {i for i, _ in pages} | {0, 1} | {i + o for i, _ in pages[:-1] for o in (1, 2)}
    body = [(i, l) for i, l in enumerate(L) if i not in skip]
    try: k = next(n for n, (_, l) in enumerate(body) if l == "संदर्भ सूची")
    except StopIteration: errors.append(f"{f}: no संदर्भ सूची heading"); return
    secs_ = [n for n, (_, l) in enumerate(body) if re.fullmatch(r"[अबक]\. .+", l)]
    if [body[n][1][0] for n in secs_] != ["अ", "ब", "क"]: errors.append(f"{f}: sections not अ., ब., क.: {[body[n][1][:2] for n in secs_]}"); return
    sect = {}
    for a, b in zip(secs_, secs_[1:] + [len(body)]):
        ents, prev = [], ""
        for _, l in body[a + 1:b]:
            if not l: prev = ""; continue
            if ENT_START.match(l) and not prev.endswith(("&", ",")): ents.append(l)
            elif ents: ents[-1] += " " + l
            else: errors.append(f"{f}: text before the first entry of {body[a][1]!r}: {l[:20]!r}")
            prev = l
        sect[body[a][1][0]] = ents
    text_before = " ".join(l for _, l in body[:k])
    for e in sect["अ"]:
        if not re.match(r"[\u0900-\u097f]+, [\u0900-\u097f]+\.(?: व [\u0900-\u097f]+, [\u0900-\u097f]+\.)* \([०-९]{4}\)\. ", e): errors.append(f"{f}: Marathi entry not `आडनाव, आद्याक्षर. (वर्ष).`: {e[:30]!r}")
    en = sect["ब"]
    sur = []
    for e in en:
        m = re.match(r"((?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, (?:[A-Z]\.(?:-[A-Z]\.)?)(?: [A-Z]\.)*)(?:, (?:& )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, (?:[A-Z]\.(?:-[A-Z]\.)?)(?: [A-Z]\.)*)*) \((\d{4})\)\. ", e)
        if not m: errors.append(f"{f}: English entry not APA authors and `(year).`: {e[:40]!r}"); continue
        names = re.findall(r"(?:^|, (?:& )?)([A-Z][\w'-]+(?: [A-Z][\w'-]+)?), [A-Z]\.", m.group(1))
        if len(names) > 1 and ", & " not in m.group(1): errors.append(f"{f}: several authors without `, &` before the last: {e[:40]!r}")
        sur.append((names[0], int(m.group(2)), names))
        for a_, b_ in re.findall(r"pp\. (\d+)–(\d+)", e):
            if int(a_) >= int(b_): errors.append(f"{f}: pages run backwards: {e[:40]!r}")
        for aid in re.findall(r"arXiv:(\d{4}\.\d{4,5})", e):
            if 2000 + int(aid[:2]) > int(m.group(2)): errors.append(f"{f}: arXiv:{aid} newer than the entry's year")
        if re.search(r"arxiv", e, re.I) and not re.search(r"arXiv preprint arXiv:\d{4}\.\d{4,5}\.$|arXiv:\d{4}\.\d{4,5}$|https://arxiv\.org/abs/\d{4}\.\d{4,5}$", e): errors.append(f"{f}: arXiv reference not at the entry's end: {e[:40]!r}")
    if [s[0] for s in sur] != sorted(s[0] for s in sur): errors.append(f"{f}: English entries not in alphabetical order")
    for c in re.findall(r"\(([^()]*?\d{4})\)", text_before):
        for one in c.split("; "):
            cm_ = re.fullmatch(r"([A-Z][\w'-]+)(?: et al\.| & ([A-Z][\w'-]+))?, (\d{4})", one)
            if not cm_: continue
            ok = [s for s in sur if s[0] == cm_.group(1) and s[1] == int(cm_.group(3)) and
                  (("et al." in one and len(s[2]) >= 3) or (cm_.group(2) and len(s[2]) == 2 and s[2][1] == cm_.group(2)) or (len(s[2]) == 1 and " " not in one.split(",")[0]))]
            if not ok: errors.append(f"{f}: citation ({one}) matches no English entry")
    for c in re.findall(r"\(([\u0900-\u097f ]+), ([०-९]{4})\)", text_before):
        first = c[0].split(" व ")[0]
        if not any(e.startswith(first + ",") and f"({c[1]})" in e for e in sect["अ"]): errors.append(f"{f}: citation ({c[0]}, {c[1]}) matches no Marathi entry")
    for e in sect["क"]:
        if not re.match(r".+?\. \((?:\d{4}|[०-९]{4})\)\. .+ https?://\S+$", e): errors.append(f"{f}: web entry not `Author. (year). Title [type]. URL`: {e[:40]!r}")


# ---------------------------------------------------------------- 1480 Periódicos CAPES RIS export
RIS = {}
RIS_REQ = {"JOUR": ["AU", "TI", "PY", "JO", "UR"], "CONF": ["AU", "TI", "PY", "T2", "SP", "EP"], "BOOK": ["AU", "TI", "PY", "PB"],
           "THES": ["AU", "TI", "PY", "PB", "M3"], "DATA": ["AU", "TI", "PY", "PB"]}


def check_ris(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CR LF throughout")
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM (the portal writes none)")
    recs, cur, vals = [], None, []
    for n, l in enumerate(raw.split("\r\n")[:-1], 1):
        if l == "":
            if cur is not None: errors.append(f"{f}: line {n}: blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: errors.append(f"{f}: line {n} not `XX  - value`: {l[:30]!r}"); continue
        tag, v = m.groups()
        if tag == "TY":
            if cur is not None: errors.append(f"{f}: line {n}: TY before ER")
            cur = [(tag, v)]
        elif cur is None: errors.append(f"{f}: line {n}: {tag} outside a record")
        elif tag == "ER":
            if v != "": errors.append(f"{f}: line {n}: ER with a value")
            recs.append(cur); cur = None
        else:
            cur.append((tag, v)); vals.append(v)
    if cur is not None: errors.append(f"{f}: last record without ER")
    if not raw.endswith("ER  - \r\n\r\n"): errors.append(f"{f}: the file does not end with `ER  - ` and a blank line")
    RIS[f] = ["\n".join(vals)]
    titles = []
    for r in recs:
        ty = r[0][1]
        d = {}
        for t, v in r[1:]: d.setdefault(t, []).append(v)
        ti = (d.get("TI") or ["?"])[0]
        titles.append(ti)
        if ty not in RIS_REQ: errors.append(f"{f}: {ti[:30]!r}: unknown TY {ty}"); continue
        for q in RIS_REQ[ty]:
            if q not in d: errors.append(f"{f}: {ti[:30]!r}: {ty} without {q}")
        for a in d.get("AU", []):
            if not re.fullmatch(r"[^,]+, [^,]+", a): errors.append(f"{f}: {ti[:30]!r}: author not `Last, First`: {a!r}")
        py = (d.get("PY") or [""])[0]
        if not re.fullmatch(r"\d{4}", py): errors.append(f"{f}: {ti[:30]!r}: PY not four digits")
        for da in d.get("DA", []):
            if not dt_ok(da, "%Y/%m/%d") or da[:4] != py: errors.append(f"{f}: {ti[:30]!r}: DA {da!r} invalid or not in PY")
        if "SP" in d and "EP" in d and not (d["SP"][0].isdigit() and d["EP"][0].isdigit() and int(d["SP"][0]) < int(d["EP"][0])): errors.append(f"{f}: {ti[:30]!r}: SP / EP not increasing")
        for u in d.get("UR", []):
            if not re.fullmatch(r"https://\S+", u): errors.append(f"{f}: {ti[:30]!r}: UR not an https URL")
        if ty == "JOUR" and d.get("JO") == ["arXiv.org"] and not re.fullmatch(r"https://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}", (d.get("UR") or [""])[0]): errors.append(f"{f}: {ti[:30]!r}: arXiv record without an arXiv URL")
        if d.get("LA", [""])[0] not in ("Inglês", "Português"): errors.append(f"{f}: {ti[:30]!r}: LA not Inglês / Português")
        if d.get("DB") != ["Portal de Periódicos CAPES"]: errors.append(f"{f}: {ti[:30]!r}: DB not the portal")
        if not d.get("N1") or not d.get("KW"): errors.append(f"{f}: {ti[:30]!r}: no note (N1) or tag (KW) (every saved item carries them)")
    if len(set(titles)) != len(titles): errors.append(f"{f}: a record saved twice")


# ---------------------------------------------------------------- 1481 Porsline CSV export (Jalali dates)
CSV_FIELDS = {}
ZW = "\u200c"
PL_HEAD = ["شناسه پاسخ", "زمان شروع", "زمان پایان", "مدت پاسخ" + ZW + "دهی (ثانیه)", "وضعیت",
           "نام و نام خانوادگی", "مقطع تحصیلی",
           "مقاله" + ZW + "ای که برای جلسه بعد پیشنهاد می" + ZW + "کنید (عنوان و لینک)", "چرا این مقاله؟",
           "حاضرید خودتان ارائه بدهید؟", "روزهای مناسب (چند گزینه)"]


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365:
        jy += (days - 1) // 365; days = (days - 1) % 365
    if days < 186: return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


J2G = {}
_d = dt.date(2022, 1, 1)
while _d < dt.date(2027, 1, 1):
    J2G[g2j(_d.year, _d.month, _d.day)] = _d; _d += dt.timedelta(days=1)


def jdt(s):
    m = re.fullmatch(r"(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)", s)
    if not m: return None
    g = J2G.get((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if not g or int(m.group(4)) > 23 or int(m.group(5)) > 59 or int(m.group(6)) > 59: return None
    return dt.datetime(g.year, g.month, g.day, int(m.group(4)), int(m.group(5)), int(m.group(6)))


def check_porsline(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM")
    body = raw.lstrip("\ufeff")
    inq, i = False, 0
    while i < len(body):
        c = body[i]
        if c == '"': inq = not inq
        elif not inq and c == "\r" and not body.startswith("\r\n", i): errors.append(f"{f}: a bare CR outside quotes")
        elif not inq and c == "\n" and (i == 0 or body[i - 1] != "\r"): errors.append(f"{f}: a bare LF outside quotes (records end with CR LF)")
        elif inq and c == "\r": errors.append(f"{f}: a CR inside a quoted field")
        i += 1
    if not body.endswith("\r\n"): errors.append(f"{f}: the last record has no CR LF")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    CSV_FIELDS[f] = [c for r in rows for c in r]
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != body: errors.append(f"{f}: quoting is not minimal (a field quoted without need, or `,` / quote / line break unquoted)")
    if not rows or rows[0] != PL_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    prev, pid = None, 0
    DEG = ("کارشناسی", "کارشناسی ارشد", "دکتری", "پسادکتری یا هیئت علمی")
    DAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه" + ZW + "شنبه", "چهارشنبه")
    for n, r in enumerate(rows[1:], 1):
        if len(r) != len(PL_HEAD): errors.append(f"{f}: row {n} has {len(r)} fields"); continue
        d = dict(zip(PL_HEAD, r))
        if not r[0].isdigit() or int(r[0]) <= pid: errors.append(f"{f}: row {n}: response id {r[0]} not increasing")
        pid = int(r[0]) if r[0].isdigit() else pid
        a, b = jdt(r[1]), jdt(r[2])
        if not a or not b: errors.append(f"{f}: row {n}: times not valid Jalali `YYYY/MM/DD HH:MM:SS`"); continue
        if r[3] != str(int((b - a).total_seconds())) or b < a: errors.append(f"{f}: row {n}: duration {r[3]} != end − start")
        if prev and a < prev: errors.append(f"{f}: row {n} started before row {n - 1}")
        prev = a
        need = [PL_HEAD[k] for k in (5, 6, 7, 9, 10)]
        st = r[4]
        if st not in ("کامل", "ناقص"): errors.append(f"{f}: row {n}: status {st!r}")
        if st == "کامل" and any(not d[k] for k in need): errors.append(f"{f}: row {n}: complete with a required answer empty")
        if st == "ناقص" and all(d[k] for k in need): errors.append(f"{f}: row {n}: incomplete but every answer given")
        if r[6] and r[6] not in DEG: errors.append(f"{f}: row {n}: degree not an option")
        if r[9] and r[9] not in ("بله", "خیر", "شاید"): errors.append(f"{f}: row {n}: answer not an option")
        if r[10] and (any(x not in DAYS for x in r[10].split("، ")) or len(set(r[10].split("، "))) != len(r[10].split("، "))):
            errors.append(f"{f}: row {n}: days {r[10]!r} not options joined by `، `")
        elif r[10] and [DAYS.index(x) for x in r[10].split("، ")] != sorted(DAYS.index(x) for x in r[10].split("، ")): errors.append(f"{f}: row {n}: days not in the form's order")


# ---------------------------------------------------------------- 1482 Brity Messenger chat export
KO_WD = "월화수목금토일"


def check_brity(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Brity Messenger 대화 내보내기": errors.append(f"{f}: title line {L[0]!r}")
    rm = re.fullmatch(r"대화방: .+ \((\d+)명\)", L[1] if len(L) > 1 else "")
    pm = re.fullmatch(r"참여자: (.+)", L[2] if len(L) > 2 else "")
    xm = re.fullmatch(r"내보낸 사람: (.+)", L[3] if len(L) > 3 else "")
    em = re.fullmatch(r"내보낸 날짜: (\d{4}-\d\d-\d\d \d\d:\d\d)", L[4] if len(L) > 4 else "")
    if not (rm and pm and xm and em) or (len(L) > 5 and L[5]): errors.append(f"{f}: head lines (room, members, exporter, export date, blank)"); return
    members = pm.group(1).split(", ")
    if int(rm.group(1)) != len(members): errors.append(f"{f}: room says {rm.group(1)} members, {len(members)} listed")
    if xm.group(1) not in members: errors.append(f"{f}: exporter {xm.group(1)} not a member")
    exported = dt_ok(em.group(1), "%Y-%m-%d %H:%M")
    joined = set(members)
    for l in L:
        jm = re.fullmatch(r"\[\d\d:\d\d\] (\S+)님이 대화방에 참여했습니다\.", l)
        if jm: joined.discard(jm.group(1))
    present = set(joined)
    day, last, in_msg, n = None, None, False, 0
    for l in L[6:]:
        dm = re.fullmatch(r"-{15} (\d{4}-\d\d-\d\d) \(([월화수목금토일])\) -{15}", l)
        mm = re.fullmatch(r"\[(\d\d):(\d\d)\] (.+)", l)
        if dm:
            d = dt_ok(dm.group(1), "%Y-%m-%d")
            if not d or KO_WD[d.weekday()] != dm.group(2): errors.append(f"{f}: wrong weekday in {l!r}")
            if d and day and d <= day: errors.append(f"{f}: days not increasing at {l!r}")
            day, last, in_msg = d, None, False
        elif mm and day:
            if int(mm.group(1)) > 23 or int(mm.group(2)) > 59: errors.append(f"{f}: bad time in {l[:8]!r}"); continue
            t = day.replace(hour=int(mm.group(1)), minute=int(mm.group(2)))
            if last and t < last: errors.append(f"{f}: time goes back at {l[:20]!r}")
            last = t
            sm = re.fullmatch(r"(\S+)님이 대화방에 참여했습니다\.", mm.group(3))
            if sm:
                present.add(sm.group(1)); in_msg = False; continue
            pm_ = re.fullmatch(r"(\S+) : (.+)", mm.group(3))
            if not pm_: errors.append(f"{f}: message line not `[HH:MM] 이름 : 내용`: {l[:30]!r}"); continue
            if pm_.group(1) not in members: errors.append(f"{f}: {pm_.group(1)} is not a member")
            elif pm_.group(1) not in present: errors.append(f"{f}: {pm_.group(1)} writes before joining")
            x = pm_.group(2)
            if x.startswith("(") and re.match(r"\((파일|사진|이모티콘|동영상)\)", x) and not re.fullmatch(r"\((?:사진|이모티콘|동영상)\)|\(파일\) \S+\.\w+ \(\d+(?:\.\d)? [KM]B\)", x):
                errors.append(f"{f}: placeholder {x!r}")
            in_msg, n = True, n + 1
        elif l and not in_msg: errors.append(f"{f}: a line outside any message: {l[:30]!r}")
        elif not l: errors.append(f"{f}: a blank line in the export")
    if not n: errors.append(f"{f}: no messages")
    if exported and last and exported < last: errors.append(f"{f}: exported before the last message")


# ---------------------------------------------------------------- 1483 Kaldata (Invision Community) topic, copied text
BG_M = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"]
TOOLS = ["Цитат", "Линк към коментар", "Сподели в други сайтове"]


def check_kaldata(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Kaldata.com": errors.append(f"{f}: not Kaldata's page head")
    tm = re.fullmatch(r"От (\S+), (\d{1,2}) (\S+) в (.+)", L[4] if len(L) > 4 else "")
    if not tm or tm.group(3) not in BG_M: errors.append(f"{f}: topic line `От <user>, <date> в <forum>` missing"); return
    YEAR = 2024
    starts = [i for i in range(len(L) - 4) if L[i] and L[i] == L[i + 1] and re.fullmatch(r" [\d,]+", L[i + 3]) and L[i + 4].startswith("Публикувано ")]
    if not starts: errors.append(f"{f}: no posts"); return
    posts, ranks = [], {}
    end = next((i for i in range(len(L)) if L[i] == "Присъединете се към разговора"), len(L))
    for a, b in zip(starts, starts[1:] + [end]):
        u, rank, cnt = L[a], L[a + 2], L[a + 3].strip()
        if rank not in ("Нов потребител", "Член", "Активен член", "Модератор", "Администратор"): errors.append(f"{f}: rank {rank!r}")
        if ranks.setdefault(u, (rank, cnt)) != (rank, cnt): errors.append(f"{f}: {u} shown with two ranks / post counts")
        pm = re.fullmatch(r"Публикувано (\d{1,2}) (\S+)( \(редактирано\))?", L[a + 4])
        if not pm or pm.group(2) not in BG_M: errors.append(f"{f}: post of {u}: date line {L[a + 4]!r}"); continue
        d = dt_ok(f"{YEAR}-{BG_M.index(pm.group(2)) + 1}-{pm.group(1)}", "%Y-%m-%d")
        blk = [x for x in L[a + 5:b]]
        while blk and blk[-1] == "": blk.pop()
        if blk[-3:] != TOOLS: errors.append(f"{f}: post of {u} does not end with the post tools")
        ed = [x for x in blk if x.startswith("Редактирано ")]
        if bool(pm.group(3)) != bool(ed): errors.append(f"{f}: post of {u}: `(редактирано)` and the `Редактирано` line disagree")
        for e in ed:
            em_ = re.fullmatch(r"Редактирано (\d{1,2}) (\S+) от (\S+)", e)
            if not em_ or em_.group(2) not in BG_M: errors.append(f"{f}: edit line {e!r}"); continue
            edd = dt_ok(f"{YEAR}-{BG_M.index(em_.group(2)) + 1}-{em_.group(1)}", "%Y-%m-%d")
            if em_.group(3) != u and ranks.get(em_.group(3), ("",))[0] != "Модератор": errors.append(f"{f}: post of {u} edited by {em_.group(3)}, neither the author nor a moderator")
            if d and edd and edd < d: errors.append(f"{f}: post of {u} edited before it was posted")
        for q in blk:
            qm = re.fullmatch(r"На (\d\d\.\d\d\.\d{4}) в (\d\d:\d\d), (\S+) каза:", q)
            if not qm: continue
            qd = dt_ok(qm.group(1), "%d.%m.%Y")
            earlier = [p for p in posts if p[0] == qm.group(3)]
            if not earlier: errors.append(f"{f}: quote of {qm.group(3)}, who has not posted before")
            elif qd and qd.date() != earlier[-1][1].date() and all(qd.date() != p[1].date() for p in earlier): errors.append(f"{f}: quote of {qm.group(3)} dated {qm.group(1)}, no post of theirs that day")
        lk = [x for x in blk if x.startswith("Харесвания: ")]
        if lk and not re.fullmatch(r"Харесвания: [1-9]\d*", lk[0]): errors.append(f"{f}: reactions line {lk[0]!r}")
        posts.append((u, d))
    for (u1, d1), (u2, d2) in zip(posts, posts[1:]):
        if d1 and d2 and d2 < d1: errors.append(f"{f}: post of {u2} dated before the one above")
    if posts and (tm.group(1) != posts[0][0] or posts[0][1] != dt_ok(f"{YEAR}-{BG_M.index(tm.group(3)) + 1}-{tm.group(2)}", "%Y-%m-%d")): errors.append(f"{f}: the topic line does not name the first post's author and date")
    rc = re.search(r"\n(\d+) отговора в тази тема\n", raw)
    if not rc or int(rc.group(1)) != len(posts) - 1: errors.append(f"{f}: reply count {rc and rc.group(1)} != {len(posts) - 1}")
    if "Отговори в тази тема" not in L[:10] or "Сега разглеждат тази страница   0 потребители" not in L: errors.append(f"{f}: Invision page chrome missing")


# ---------------------------------------------------------------- 1484 Pulseem web version (HTML, Hebrew)
HE_WD = ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"]
HE_M = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]


class _Tags(HTMLParser):
    VOID = {"meta", "img", "br", "hr", "link", "input"}
    def __init__(self):
        super().__init__(); self.stack, self.bad, self.links = [], [], []
    def handle_starttag(self, tag, attrs):
        if tag == "a": self.links.append(dict(attrs))
        if tag not in self.VOID: self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in self.VOID: return
        if not self.stack or self.stack[-1] != tag: self.bad.append(tag)
        else: self.stack.pop()


def he_date(s):
    m = re.fullmatch(r"(.+?), (\d{1,2}) (\S+) (\d{4})", s)
    if not m or m.group(3) not in HE_M: return None, None
    d = dt_ok(f"{m.group(4)}-{HE_M.index(m.group(3)) + 1}-{m.group(2)}", "%Y-%m-%d")
    return d, (d is not None and HE_WD[d.weekday()] == m.group(1))


def check_pulseem(f, raw):
    L = lines_of(f, raw)
    if L[0] != "<!DOCTYPE html>" or '<html dir="rtl" lang="he">' not in raw or '<meta charset="utf-8">' not in raw: errors.append(f"{f}: not an RTL Hebrew HTML5 page")
    p = _Tags(); p.feed(raw); p.close()
    if p.stack or p.bad: errors.append(f"{f}: unbalanced tags {p.bad[:3]} {p.stack[:3]}")
    for a in p.links:
        if not a.get("href", "").startswith("https://"): errors.append(f"{f}: link not https: {a.get('href')}")
    if re.search(r'href="[^"]*&(?!amp;)', raw): errors.append(f"{f}: raw & in an href")
    tm = re.search(r"<title>(.+?) \| גיליון (\d+)</title>", raw)
    hm_ = re.search(r"<h1[^>]*>(.+?)</h1>\n<p[^>]*>[^<]*&middot; גיליון (\d+) &middot; ([^<]+)</p>", raw)
    if not tm or not hm_ or tm.group(2) != hm_.group(2) or tm.group(1) != hm_.group(1): errors.append(f"{f}: newsletter name / issue number missing or differ between title and header"); return
    d, ok = he_date(hm_.group(3))
    if not ok: errors.append(f"{f}: issue date or Hebrew weekday wrong: {hm_.group(3)!r}")
    mm = re.search(r"</strong> ([^<]+?) בשעה (\d\d:\d\d)", raw)
    md, mok = he_date(mm.group(1)) if mm else (None, None)
    if not mok or (d and md <= d): errors.append(f"{f}: event date or weekday wrong, or not after the issue")
    cards = re.findall(r'<h2 style="[^"]*" dir="ltr">(.*?)</h2>\n(.*?)</td></tr></table>', raw, re.S)
    if not cards: errors.append(f"{f}: no paper cards")
    lids = []
    for t, rest in cards:
        btn = re.findall(r'<a href="([^"]+)"[^>]*>לקריאת המאמר &larr;</a>', rest)
        if len(btn) > 1: errors.append(f"{f}: card {t[:30]!r} with several buttons")
        if not re.match(r'<p style="[^"]*color:#6b7280[^"]*" dir="ltr">[^<]+</p>\n', rest): errors.append(f"{f}: card {t[:30]!r} without its author line")
        for h in btn:
            rm = re.fullmatch(r"https://pulseem\.co\.il/Pulseem/Redirect\.aspx\?cid=(\d+)&amp;lid=(\d+)&amp;s=[0-9a-f]{10}&amp;url=([^\s\"&]+)", h)
            if not rm: errors.append(f"{f}: button not through Pulseem's redirect: {h[:60]}"); continue
            if re.search(r"[:/?=]", rm.group(3)) or not unquote(rm.group(3)).startswith("https://"): errors.append(f"{f}: redirect target not a percent-encoded https URL: {rm.group(3)[:40]}")
            lids.append(int(rm.group(2)))
    if lids != list(range(1, len(lids) + 1)): errors.append(f"{f}: link ids {lids} not 1..n in order")
    cids = set(re.findall(r"cid=(\d+)", raw))
    if len(cids) != 1: errors.append(f"{f}: several campaign ids {sorted(cids)}")
    if not re.search(r'<div style="display:none;max-height:0;overflow:hidden">[^<]+</div>', raw): errors.append(f"{f}: no hidden preheader")
    if "להסרה מרשימת התפוצה</a>" not in raw or 'alt="Powered by Pulseem"' not in raw or "https://pulseem.co.il/Pulseem/Unsubscribe.aspx?" not in raw or "ViewInBrowser.aspx?" not in raw: errors.append(f"{f}: Pulseem footer / view-in-browser incomplete")


# ---------------------------------------------------------------- 1485 Blognone member blog with comments
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def bn_date(s):
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4}) - (\d\d):(\d\d)", s)
    if not m or m.group(2) not in EN_MONTHS: return None
    return dt_ok(f"{m.group(3)}-{EN_MONTHS.index(m.group(2)) + 1}-{m.group(1)} {m.group(4)}:{m.group(5)}", "%Y-%m-%d %H:%M")


def check_blognone(f, raw):
    L = lines_of(f, raw)
    if L[0] != "Blognone" or not L[1].startswith("Blognone  |  "): errors.append(f"{f}: not Blognone's page head")
    bm = re.fullmatch(r"By (\S+) on (.+)", L[4] if len(L) > 4 else "")
    pd_ = bn_date(bm.group(2)) if bm else None
    if not pd_: errors.append(f"{f}: byline `By <user> on D Month YYYY - HH:MM` missing"); return
    author = bm.group(1)
    if not L[5].startswith("Tags: "): errors.append(f"{f}: no tags line")
    sm = re.search(r"\nBlog ของ (\S+)  \|  (\d+) ความคิดเห็น  \|  อ่าน [\d,]+ ครั้ง\n", raw)
    if not sm or sm.group(1) != author: errors.append(f"{f}: stats line missing or names another blog")
    try: a = L.index("ความคิดเห็น")
    except ValueError: errors.append(f"{f}: no comment section"); return
    try: b = L.index("เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดงความคิดเห็น")
    except ValueError: errors.append(f"{f}: no login line after the comments"); b = len(L)
    blocks = [x.split("\n") for x in "\n".join(L[a + 1:b]).strip("\n").split("\n\n")]
    names, last_t, last_id = [author], pd_, 0
    for bl in blocks:
        ind = bl[0].startswith("    ")
        if any(x.startswith("    ") != ind for x in bl): errors.append(f"{f}: comment block {bl[0].strip()[:30]!r} indented only in part")
        bl = [x[4:] if ind and x.startswith("    ") else x for x in bl]
        cm_ = re.fullmatch(r"By: (\S+) on (.+) #(\d+)", bl[0])
        t = bn_date(cm_.group(2)) if cm_ else None
        if not cm_ or not t: errors.append(f"{f}: comment head {bl[0]!r}"); continue
        if t < last_t: errors.append(f"{f}: comment of {cm_.group(1)} earlier than the one above (or the post)")
        if int(cm_.group(3)) <= last_id: errors.append(f"{f}: comment ids not increasing at #{cm_.group(3)}")
        last_t, last_id = t, int(cm_.group(3))
        if bl[-1] != "Reply" or len(bl) < 3: errors.append(f"{f}: comment of {cm_.group(1)} without its text and `Reply`")
        rp = bl[1].startswith("↳ ตอบ ")
        if rp != ind: errors.append(f"{f}: comment of {cm_.group(1)}: indentation and `↳ ตอบ` disagree")
        if rp and bl[1][len("↳ ตอบ "):] not in names: errors.append(f"{f}: {bl[1]!r} names no earlier commenter")
        names.append(cm_.group(1))
    if sm and int(sm.group(2)) != len(blocks): errors.append(f"{f}: {sm.group(2)} comments announced, {len(blocks)} shown")


# ---------------------------------------------------------------- 1486 Tutor LMS course page (negative)
TR_M = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
TR_WD = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]


def tr_hm(t):
    h, m = t // 3600, t % 3600 // 60
    return (f"{h}sa " if h else "") + f"{m}dk"


def check_tutorlms(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"Anasayfa / Kurslar / .+", L[2] if len(L) > 2 else ""): errors.append(f"{f}: no breadcrumb")
    if "Kurs Bilgisi    Değerlendirmeler    Duyurular    Soru & Cevap" not in L: errors.append(f"{f}: course tabs missing")
    try: k = next(i for i, l in enumerate(L) if l.startswith("Kurs İçeriği\t"))
    except StopIteration: errors.append(f"{f}: no course content"); return
    km = re.fullmatch(r"Kurs İçeriği\t(\d+) Ders\t(.+)", L[k])
    weeks, cur, kinds = [], None, Counter()
    for l in L[k + 1:]:
        if not l: break
        wm = re.fullmatch(r"(\d+)\. Hafta: .+\t(\d+) Ders\t(.+)", l)
        lm = re.fullmatch(r"    ([▶?✎]) (.+?)(?:\t(\d\d):(\d\d))?", l)
        if wm: cur = [int(wm.group(1)), int(wm.group(2)), wm.group(3), []]; weeks.append(cur)
        elif lm and cur:
            if (lm.group(1) == "✎") != (lm.group(3) is None): errors.append(f"{f}: lesson {lm.group(2)[:30]!r}: assignments have no duration, videos and tests one")
            cur[3].append(int(lm.group(3) or 0) * 60 + int(lm.group(4) or 0)); kinds[lm.group(1)] += 1
        else: errors.append(f"{f}: course content line {l[:30]!r}")
    if [w[0] for w in weeks] != list(range(1, len(weeks) + 1)): errors.append(f"{f}: weeks not numbered 1..n")
    for w in weeks:
        if w[1] != len(w[3]) or w[2] != tr_hm(sum(w[3])): errors.append(f"{f}: week {w[0]} says {w[1]} Ders / {w[2]}, has {len(w[3])} / {tr_hm(sum(w[3]))}")
    tot = sum(sum(w[3]) for w in weeks)
    if not km or int(km.group(1)) != sum(len(w[3]) for w in weeks) or km.group(2) != tr_hm(tot): errors.append(f"{f}: course content total {L[k]!r} != the lessons'")
    side = re.search(r"\n⏱ (.+) toplam süre\n▶ (\d+) video ders\n\? (\d+) test, ✎ (\d+) ödev\n", raw)
    if not side or side.group(1) != tr_hm(tot) or [int(side.group(i)) for i in (2, 3, 4)] != [kinds["▶"], kinds["?"], kinds["✎"]]: errors.append(f"{f}: the sidebar's totals differ from the course content")
    rm = re.search(r"\n★★★★★ (\d\.\d) \((\d+) değerlendirme\)\n", raw)
    dist = [int(x) for x in re.findall(r"\n[1-5] ★  (\d+)", raw)]
    if not rm or len(dist) != 5 or sum(dist) != int(rm.group(2)) or abs(sum((5 - i) * n for i, n in enumerate(dist)) / max(sum(dist), 1) - float(rm.group(1))) > 0.05:
        errors.append(f"{f}: rating {rm and rm.group(1)} / {rm and rm.group(2)} does not follow from the distribution {dist}")
    for d_, m_, y_, w_ in re.findall(r"(\d{1,2}) (\w+) (\d{4}), (\w+)", raw):
        d = dt_ok(f"{y_}-{TR_M.index(m_) + 1 if m_ in TR_M else 0}-{d_}", "%Y-%m-%d")
        if not d or TR_WD[d.weekday()] != w_: errors.append(f"{f}: {d_} {m_} {y_} is not a {w_}")
    km_ = re.search(r"Kontenjan: (\d+) \((\d+) kayıtlı\)", raw)
    if not km_ or int(km_.group(2)) > int(km_.group(1)): errors.append(f"{f}: more registered than places")
    if "Tutor LMS ile çalışır" not in L[-1]: errors.append(f"{f}: no Tutor LMS credit in the footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1477: check_codecatalyst_md, 1478: check_eml_qp, 1479: check_sppu_refs, 1480: check_ris, 1481: check_porsline,
     1482: check_brity, 1483: check_kaldata, 1484: check_pulseem, 1485: check_blognone,
     1486: check_tutorlms}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    forms = list(MIME_PARTS.get(f, [])) + (["\n".join(CSV_FIELDS[f])] if f in CSV_FIELDS else []) + list(RIS.get(f, []))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(u)
        if p != u: forms.append(p)
    return forms
def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)

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
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
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










# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round146's and round147's, a byte-identical file counted once), and the round146/round147 split (candidates sorted by
# (uses, catalogue title); round146 = even positions from 4 on, one unbroken run; round147 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P147S = ["/work/rounds/digests-round147/expected.json", "/work/main/tests/data/digests-round147/expected.json"]
P147 = next((p for p in P147S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P147S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round146", "digests-round147") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round146 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r147 = set()
if P147:
    try:
        r147 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P147)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P147} exists but could not be read (being written?)")
    if r147 & mine: errors.append(f"papers also in round147: {sorted(r147 & mine)}")
shared147 = len(r147 & mine) if P147 else "(no round147 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:104s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round146 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round147: {shared147}; papers in more than one round146 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

