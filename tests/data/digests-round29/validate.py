#!/usr/bin/env python3
r"""Checks round29/expected.json against the digests and the shared catalogues.

Adapted from round28/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–28 — round28 from /work/round28 — tells how many papers round28 also used, and which papers round29 uses in
more than one file; the readers and shape checks are new). Each digest is read in its raw form and in decoded forms,
the way a reader of that shape would see it:
  - HotCRP offline form (307): the raw text and its Markdown as text (links as 'text <url>', emphasis removed);
  - zsh history (309): the raw text and the commands with backslash-newline continuations joined;
  - .eml (310): raw = the message as stored (ASCII: RFC 2047 headers, quoted-printable body); decoded = the Subject
    and From decoded, then the body decoded from quoted-printable;
  - Moodle GIFT (313): the text with GIFT's escapes undone (\: \= \~ \# \{ \} \\) and HTML tags removed;
  - OmegaT TMX (314): each <seg>'s text (XML escapes undone), one a line;
  - the copied pages and plain texts (308, 311, 312, 315, 316): the raw text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way, or only in a decoded
form (310's quoted-printable soft breaks and =XX bytes, 313's escaped colons), is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 29
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 307 (HotCRP offline review form): LF, final newline; the form header and guidance lines with the site's /offline
    URL; per review the separator, "Begin Review #<paper><letter>", the Reviewer line, "Paper #" = the review's
    paper, a Title line; the same field sequence in every review (Review Readiness, A–E, Scratchpad, End Review);
    readiness "Ready" or empty; choices numbered 1..n and the entered number one of them; the hidden field's
    "(hidden from authors)" line; as many End Review as Begin Review;
  - 308 (GitHub PR copied): the title line "… #N" before "Open"; "wants to merge N commits into … from …" = the
    Commits tab = the commits in the timeline (unique 7-hex SHAs); the +/− line; the Conversation tab = the comments
    (review comments, replies, "commented" after the opening one, "left a comment"); timeline dates in order; the
    Checks tab = "n successful checks"; "Fixes #n" = the issue under Development; participants = the @-lines listed;
  - 309 (zsh EXTENDED_HISTORY): ASCII only; every entry ": <10-digit epoch>:<seconds>;"; a continuation line only
    after a line ending in a backslash and always after one; each command starts after the one before it ended;
    every `mv` source downloaded earlier (wget URL's last part, curl -LO, -O name) and renamed to a .pdf;
  - 310 (.eml): CRLF only; headers present once (Date, From, To, Subject, Message-ID, MIME-Version, Content-Type
    text/plain UTF-8, Content-Transfer-Encoding quoted-printable); header lines ≤ 78 columns, body lines ≤ 76;
    valid quoted-printable (ASCII, =XX, soft breaks); the manuscript number in Subject = the body's; the deadline in
    Assamese numerals = Date + the stated number of days; reviewers 1..n, each one's comments numbered 1..m;
  - 311 (Apple Podcasts page copied): date line = "Released"; "Ep. n" = "Episode"; the length after the notes =
    "Length"; chapters start at 00:00, ascending, inside the length; "More Episodes" newest first, numbered n−1,
    n−2…, 14 days apart ("Updated Biweekly"), each with a description and a length;
  - 312 (portal confirmation): the fields in order; ratings and overall recommendation from the portal's scale;
    "Characters: n of 8,000" = the letter's length and ≤ 8,000; submitted before the deadline; "how long" = the
    months from the letter's "sukad <month> <year>" to the submission;
  - 313 (Moodle GIFT export): blocks separated by one empty line; each "// question: <id>  name: <name>" comment
    followed by the category line (id 0, "Switch category to <path>" = "$CATEGORY: $course$/top/<path>") or by
    "::<escaped name>::<format>"; question ids unique and ascending; no unescaped ~ = # { } : in a question text;
    one answer block per question, its braces balanced; answers well formed for their type (one right answer or
    weights adding up to 100 %, T/F, #number, three or more matching pairs, short answers, essay);
  - 314 (OmegaT project_save.tmx): declaration, DOCTYPE tmx11.dtd, tmx 1.1; OmegaT's header (srclang EN-GB,
    segtype sentence); the two section comments in order; default units sorted by source (UTF-16 order) with unique
    sources; every unit = source tuv then YI tuv with the four attributes, stamps YYYYMMDDTHHMMSSZ, creation ≤
    change; alternative units carry file/prev/next props whose prev/next are default sources;
  - 315 (call for participation): the banner (lines of * of one width, lines centred in it); the posting date;
    sections numbered 1..N each underlined with dashes of its length; important dates ascending, after the posting;
    citations [n] first used in the order 1..N = the reference list 1..N; organisers with an e-mail address;
  - 316 (NEGATIVE, Meetup page copied): the date line twice and on its weekday; "Every 3rd Tuesday" true of it;
    the schedule's times ascending within the event's time range; "Attendees (n)" = names listed + "+k";
    "Comments (n)" = the comments.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–28."""

import csv, email, html, io, json, os, quopri, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta
from email.header import decode_header, make_header
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


def md_text(s):
    """Markdown: [text](url) as 'text <url>', emphasis markers removed (not inside URLs)"""
    s = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)\)", r"\1 <\2>", s)
    parts = re.split(r"(https?://[^\s<>()]+)", s)
    return "".join(p if k % 2 else re.sub(r"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s))", "", p) for k, p in enumerate(parts))


def num(f):
    return int(f.split("_")[0])


def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(path):
    """the digest as text (UTF-8; the .eml is ASCII as stored)"""
    return open(path, encoding="utf-8", newline="").read()


def eml_text(raw):
    """310: Subject and From decoded (RFC 2047), then the body decoded from quoted-printable"""
    m = email.message_from_string(raw)
    hs = [str(make_header(decode_header(m.get(h, "")))) for h in ("Subject", "From")]
    body = m.get_payload(decode=True).decode(m.get_content_charset() or "utf-8").replace("\r\n", "\n")
    return ["\n".join(hs) + "\n\n" + body]


def gift_unescape(s):
    return re.sub(r"\\([~=#{}:\\])", r"\1", s)


def gift_text(raw):
    """313: GIFT escapes undone, then HTML tags removed (each <a href> followed by its target)"""
    s = gift_unescape(raw)
    s2 = re.sub(r'<a\b[^>]*?\bhref="([^"]*)"[^>]*>(.*?)</a>', r"\2 <\1>", s)
    return [s, html.unescape(re.sub(r"<[^>]+>", "", s2))]


def tmx_text(raw):
    """314: each seg's text, XML escapes undone"""
    root = ET.fromstring(raw.encode("utf-8"))
    return ["\n".join("".join(s.itertext()) for s in root.iter("seg"))]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 307: forms += [md_text(raw)]
    if n == 309: forms += [re.sub(r"\\\n\s*", " ", raw)]
    if n == 310: forms += eml_text(raw)
    if n == 313: forms += gift_text(raw)
    if n == 314: forms += tmx_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
HOTCRP_FIELDS = ["Review Readiness", "A. Priz hollek", "B. Anaoudegezh an aozer-barn", "C. Diverradenn ar pennad",
                 "D. Evezhiadennoù evit an aozerien", "E. Evezhiadennoù evit ar poellgor",
                 "Scratchpad (for unsaved private notes)", "End Review"]


def check_hotcrp(f, raw):
    """307: HotCRP's offline review form, two reviews"""
    lf_final(f, raw)
    L = raw.split("\n")
    if not re.fullmatch(r"==\+== \S.* Review Form", L[0]): errors.append(f"{f}: first line not the form header")
    if L[1:3] != ['==-== DO NOT CHANGE LINES THAT START WITH "==+==" UNLESS DIRECTED!',
                  "==-== For further guidance, or to upload this form, go here:"] or not re.fullmatch(r"==-== https://\S+/offline", L[3]):
        errors.append(f"{f}: the form's guidance lines are not HotCRP's")
    blocks = raw.split("==+== Begin Review #")[1:]
    if not blocks: errors.append(f"{f}: no review"); return
    if raw.count("==+== End Review") != len(blocks): errors.append(f"{f}: Begin Review and End Review do not pair")
    seps = re.findall(r"^==\+== =+\n==\+== Begin Review #", raw, re.M)
    if len(seps) != len(blocks): errors.append(f"{f}: a review without the separator line before it")
    reviewers = set()
    for b in blocks:
        BL = b.split("\n")
        m = re.fullmatch(r"(\d+)([A-Z])", BL[0])
        if not m: errors.append(f"{f}: review id {BL[0]!r} not <paper><letter>"); continue
        rid = BL[0]
        rm = re.fullmatch(r"==\+== Reviewer: .+ <\S+@example\.\w+>", BL[1])
        if not rm: errors.append(f"{f}: {rid}: no Reviewer line")
        else: reviewers.add(BL[1])
        if BL[3] != f"==+== Paper #{m.group(1)}": errors.append(f"{f}: {rid}: Paper line {BL[3]!r} is not the review's paper")
        if not re.fullmatch(r"==-== Title: \S.*", BL[4]): errors.append(f"{f}: {rid}: no Title line")
        heads = [l[6:] for l in BL if l.startswith("==+== ") and not l.startswith("==+== =")]
        if heads[2:] != HOTCRP_FIELDS: errors.append(f"{f}: {rid}: fields {heads[2:]} not the form's")
        vals = {}
        for k, l in enumerate(BL):
            if l.startswith("==+== ") and l[6:] in HOTCRP_FIELDS:
                j = k + 1
                guide = []
                while j < len(BL) and BL[j].startswith("==-=="): guide.append(BL[j]); j += 1
                content = []
                while j < len(BL) and not BL[j].startswith("==+=="): content.append(BL[j]); j += 1
                vals[l[6:]] = (guide, "\n".join(content).strip())
        rr = vals.get("Review Readiness", ([], ""))[1]
        if rr not in ("Ready", ""): errors.append(f"{f}: {rid}: readiness {rr!r}")
        for fld in ("A. Priz hollek", "B. Anaoudegezh an aozer-barn"):
            guide, val = vals.get(fld, ([], ""))
            ch = [int(x) for x in re.findall(r"^==-==    (\d+)\. \S", "\n".join(guide), re.M)]
            if ch != list(range(1, len(ch) + 1)) or not ch or guide[0] != "==-== Choices:" or guide[-1] != "==-== Enter the number of your choice:":
                errors.append(f"{f}: {rid}: {fld} choices malformed")
            elif val and (not val.isdigit() or int(val) not in ch): errors.append(f"{f}: {rid}: {fld} value {val!r} not a choice")
        if vals.get("E. Evezhiadennoù evit ar poellgor", ([""], ""))[0][:1] != ["==-== (hidden from authors)"]:
            errors.append(f"{f}: {rid}: the PC field without '(hidden from authors)'")
    if len(reviewers) > 1: errors.append(f"{f}: more than one reviewer in one offline form")


GH_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}"


def check_pr(f, raw):
    """308: a GitHub pull request page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    try:
        o = L.index("Open")
    except ValueError:
        errors.append(f"{f}: no 'Open' state line"); return
    tm = re.fullmatch(r"(.+) #(\d+)", L[o - 1])
    if not tm: errors.append(f"{f}: no '<title> #N' line before 'Open'")
    wm = re.fullmatch(r"(\S+) wants to merge (\d+) commits? into (\S+) from (\S+)", L[o + 1])
    if not wm: errors.append(f"{f}: no 'wants to merge' line"); return
    if not re.fullmatch(r"\+\d+ −\d+", L[o + 2]): errors.append(f"{f}: the +/− line malformed")
    tabs = {k: int(v) for k, v in re.findall(r"^ (Conversation|Commits|Checks|Files changed) (\d+)$", raw, re.M)}
    if set(tabs) != {"Conversation", "Commits", "Checks", "Files changed"}: errors.append(f"{f}: tab counters missing"); return
    shas = [l for l in L if re.fullmatch(r"[0-9a-f]{7}", l)]
    if len(set(shas)) != len(shas): errors.append(f"{f}: a commit SHA twice")
    if not int(wm.group(2)) == tabs["Commits"] == len(shas): errors.append(f"{f}: merge line {wm.group(2)}, Commits tab {tabs['Commits']}, timeline {len(shas)} commits")
    for k, l in enumerate(L):
        if l in shas and not (L[k - 2].startswith("@") and L[k - 1]): errors.append(f"{f}: commit {l} without author and message")
    commented = [l for l in L if re.match(r"\S+ commented " + GH_DATE, l)]
    review_comments = [l for l in L if re.fullmatch(r"[\w-]+ " + GH_DATE, l)]
    left = [l for l in L if re.fullmatch(r"[\w-]+ left a comment", l)]
    n_conv = len(commented) - 1 + len(review_comments) + len(left)
    if n_conv != tabs["Conversation"]: errors.append(f"{f}: Conversation tab {tabs['Conversation']} but {n_conv} comments")
    dates = [datetime.strptime(m.group(1), "%b %d, %Y") for l in L
             if (m := re.search(r"(?:commented|reviewed|approved these changes|requested a review from \S+|added the \S+ label|^[\w-]+) (" + GH_DATE + r")", l))]
    if dates != sorted(dates) or not dates: errors.append(f"{f}: timeline dates not in order")
    cm = re.search(r"^(\d+) successful checks?$", raw, re.M)
    if not cm or int(cm.group(1)) != tabs["Checks"]: errors.append(f"{f}: Checks tab is not the successful checks")
    fx = re.findall(r"^Fixes #(\d+)$", raw, re.M)
    dv = re.search(r"may close these issues\.\n\n.* #(\d+)\n", raw)
    if not fx or not dv or fx[0] != dv.group(1): errors.append(f"{f}: 'Fixes #n' is not the issue under Development")
    pm = re.search(r"^(\d+) participants\n((?:@\S+\n)+)", raw, re.M)
    if not pm or int(pm.group(1)) != len(pm.group(2).split()): errors.append(f"{f}: participants count is not the list")


def check_zsh(f, raw):
    """309: zsh EXTENDED_HISTORY with INC_APPEND_HISTORY_TIME"""
    lf_final(f, raw)
    if any(ord(ch) > 127 for ch in raw): errors.append(f"{f}: non-ASCII bytes (zsh would metafy them)")
    L = raw.rstrip("\n").split("\n")
    entries = []
    for k, l in enumerate(L):
        m = re.match(r": (\d{10}):(\d+);", l)
        cont = k > 0 and L[k - 1].endswith("\\")
        if cont and m: errors.append(f"{f}: line {k + 1} starts an entry after a continued line")
        if not cont and not m: errors.append(f"{f}: line {k + 1} neither an entry nor a continuation"); continue
        if m: entries.append([int(m.group(1)), int(m.group(2)), l[m.end():]])
        elif entries: entries[-1][2] += "\n" + l
    for a, b in zip(entries, entries[1:]):
        if b[0] < a[0] + a[1]: errors.append(f"{f}: command at {b[0]} starts before the one at {a[0]} ended")
    got = set()
    for _, _, cmd in entries:
        c = re.sub(r"\\\n\s*", " ", cmd)
        for url in re.findall(r"^(?:wget|curl -LO) (\S+)$", c):
            got.add(url.rstrip("/").rsplit("/", 1)[1])
        for name in re.findall(r"\s-O (\S+)", c):
            got.add(name)
        mv = re.fullmatch(r'mv (\S+) "([^"]+)"', c)
        if c.startswith("mv "):
            if not mv: errors.append(f"{f}: mv line {c[:40]!r} malformed"); continue
            if mv.group(1) not in got: errors.append(f"{f}: mv of {mv.group(1)}, which was not downloaded before")
            if not mv.group(2).endswith(".pdf"): errors.append(f"{f}: {mv.group(1)} renamed without .pdf")


AS_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
AS_MONTHS = ["জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "মে'", "জুন", "জুলাই", "আগষ্ট", "ছেপ্তেম্বৰ", "অক্টোবৰ", "নৱেম্বৰ", "ডিচেম্বৰ"]


def check_eml(f, raw):
    """310: the decision letter as stored"""
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line not ended by CRLF")
    head, _, body = raw.partition("\r\n\r\n")
    if any(ord(ch) > 127 for ch in raw): errors.append(f"{f}: 8-bit characters in a quoted-printable message")
    for l in head.split("\r\n"):
        if len(l) > 78: errors.append(f"{f}: header line over 78 columns: {l[:30]!r}")
    for l in body.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: body line over 76 columns")
        if re.search(r"=(?![0-9A-F]{2})(?!$)", l): errors.append(f"{f}: bad quoted-printable escape in {l[:30]!r}")
        if l.endswith(" ") or l.endswith("\t"): errors.append(f"{f}: trailing whitespace in quoted-printable")
    m = email.message_from_string(raw)
    for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        if len(m.get_all(h) or []) != 1: errors.append(f"{f}: header {h} not present once")
    if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8" or m.get("Content-Transfer-Encoding", "").lower() != "quoted-printable":
        errors.append(f"{f}: not a text/plain UTF-8 quoted-printable message"); return
    subj = str(make_header(decode_header(m["Subject"])))
    text = m.get_payload(decode=True).decode("utf-8").replace("\r\n", "\n")
    ids = set(re.findall(r"BP-\d{4}-\d{3}", subj))
    if not ids or not ids <= set(re.findall(r"BP-\d{4}-\d{3}", text)): errors.append(f"{f}: the Subject's manuscript number is not the letter's")
    try:
        sent = parsedate_to_datetime(m["Date"])
        dm = re.search(r"(\S+) দিনৰ ভিতৰত \((\S+) (\S+) (\S+) তাৰিখৰ ভিতৰত\)", text)
        days = int(dm.group(1).translate(AS_DIGITS))
        dl = datetime(int(dm.group(4).translate(AS_DIGITS)), AS_MONTHS.index(dm.group(3)) + 1, int(dm.group(2).translate(AS_DIGITS)))
        if dl.date() != (sent + timedelta(days=days)).date(): errors.append(f"{f}: deadline {dl.date()} is not Date + {days} days")
    except (AttributeError, ValueError, TypeError) as ex:
        errors.append(f"{f}: deadline unreadable ({ex})")
    parts = re.split(r"^পৰ্যালোচক (\S+)$", text, flags=re.M)
    revs = [int(x.translate(AS_DIGITS)) for x in parts[1::2]]
    if revs != list(range(1, len(revs) + 1)) or not revs: errors.append(f"{f}: reviewers not numbered 1..n")
    for k, p in enumerate(parts[2::2], 1):
        nums = [int(x.translate(AS_DIGITS)) for x in re.findall(r"^([০-৯]+)\. ", p, re.M)]
        if nums != list(range(1, len(nums) + 1)) or not nums: errors.append(f"{f}: reviewer {k}'s comments not numbered 1..m")


def check_podcast(f, raw):
    """311: Apple Podcasts episode page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    try:
        k = next(i for i, l in enumerate(L) if re.fullmatch(r"[A-Z]{3} \d{1,2}, \d{4}", l))
        day = datetime.strptime(L[k].title(), "%b %d, %Y")
        ep = int(re.fullmatch(r"Ep\. (\d+) · \S.*", L[k + 1]).group(1))
        info = L.index("Information")
        length = L[info - 1]
        field = lambda name: L[L.index(name, info) + 1]
        if not field("Released").startswith(day.strftime("%B ") + str(day.day) + day.strftime(", %Y at ")): errors.append(f"{f}: Released is not the date line")
        if int(field("Episode")) != ep: errors.append(f"{f}: Episode field is not the episode's number")
        if field("Length") != length: errors.append(f"{f}: Length field is not the length under the notes")
        mins = int(length.split()[0])
    except (StopIteration, ValueError, AttributeError, IndexError) as ex:
        errors.append(f"{f}: episode header unreadable ({ex!r})"); return
    ch = [(int(a) * 60 + int(b)) for a, b in re.findall(r"^(\d\d):(\d\d) \S", "\n".join(L[k:info]), re.M)]
    if not ch or ch[0] != 0 or ch != sorted(ch) or len(set(ch)) != len(ch) or ch[-1] >= mins * 60: errors.append(f"{f}: chapters not ascending from 00:00 inside the length")
    try:
        o = L.index("More Episodes") + 1
        prev_d, prev_n = day, ep
        step = {"Updated Biweekly": 14, "Updated Weekly": 7}[field("Frequency")]
        while re.fullmatch(r"[A-Z]{3} \d{1,2}, \d{4}", L[o]):
            d = datetime.strptime(L[o].title(), "%b %d, %Y")
            n = int(re.fullmatch(r"Ep\. (\d+) · \S.*", L[o + 1]).group(1))
            if (prev_d - d).days != step or n != prev_n - 1: errors.append(f"{f}: More Episodes: {L[o]} Ep. {n} out of rhythm or order")
            if not L[o + 2] or not re.fullmatch(r"\d+ min", L[o + 3]): errors.append(f"{f}: More Episodes: Ep. {n} without description and length")
            prev_d, prev_n, o = d, n, o + 4
        if prev_n == ep: errors.append(f"{f}: no earlier episodes listed")
    except (ValueError, AttributeError, KeyError, IndexError) as ex:
        errors.append(f"{f}: More Episodes unreadable ({ex!r})")


RATINGS = ["Top 1%", "Top 5%", "Top 10%", "Top 25%", "Below top 25%", "Unable to judge"]
OVERALL = ["Highly recommend, without reservation", "Recommend", "Recommend with reservation", "Do not recommend"]
CEB_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Septiyembre", "Oktubre", "Nobyembre", "Disyembre"]
RECO_FIELDS = ["Applicant:", "Program:", "Entry term:", "Recommendation deadline:", "Recommender:", "Title:", "Institution:",
               "Email:", "How long have you known the applicant?", "In what capacity?", "Overall recommendation:",
               "Letter of recommendation:", "Characters:", "Signature:", "Submitted:"]


def check_reco(f, raw):
    """312: the portal's confirmation copy of a recommendation"""
    lf_final(f, raw)
    pos = [next((m.start() for m in re.finditer("^" + re.escape(x), raw, re.M)), -1) for x in RECO_FIELDS]
    if -1 in pos or pos != sorted(pos): errors.append(f"{f}: portal fields missing or out of order"); return
    rb = raw.split("Ratings (compared with other students you have known in a similar capacity)\n", 1)
    if len(rb) != 2: errors.append(f"{f}: no ratings block"); return
    for l in rb[1].split("\n\n")[0].split("\n"):
        if l.split(": ", 1)[-1] not in RATINGS: errors.append(f"{f}: rating {l!r} not on the portal's scale")
    if re.search(r"^Overall recommendation: (.*)$", raw, re.M).group(1) not in OVERALL: errors.append(f"{f}: overall recommendation not on the scale")
    lm = re.search(r"^Letter of recommendation:\n(.*)\n\nCharacters: ([\d,]+) of ([\d,]+)$", raw, re.M | re.S)
    if not lm: errors.append(f"{f}: letter or character count unreadable"); return
    n, cap = int(lm.group(2).replace(",", "")), int(lm.group(3).replace(",", ""))
    if n != len(lm.group(1)) or n > cap: errors.append(f"{f}: character count {n} is not the letter's {len(lm.group(1))} (cap {cap})")
    try:
        dl = datetime.strptime(re.search(r"^Recommendation deadline: (.*)$", raw, re.M).group(1), "%B %d, %Y")
        sub = datetime.strptime(re.search(r"^Submitted: (.*) \(UTC[^)]*\)$", raw, re.M).group(1), "%B %d, %Y %I:%M %p")
        if sub.date() > dl.date(): errors.append(f"{f}: submitted after the deadline")
        sm = re.search(r"sukad (\w+) (\d{4})", lm.group(1))
        months = (sub.year - int(sm.group(2))) * 12 + sub.month - (CEB_MONTHS.index(sm.group(1)) + 1)
        hm = re.search(r"^How long have you known the applicant\? (\d+) years?, (\d+) months?$", raw, re.M)
        if int(hm.group(1)) * 12 + int(hm.group(2)) != months: errors.append(f"{f}: 'how long' is not the time since {sm.group(1)} {sm.group(2)}")
    except (AttributeError, ValueError) as ex:
        errors.append(f"{f}: dates unreadable ({ex!r})")


def gift_split(s):
    """the text before the first unescaped '{' and the answer block (from it to the end)"""
    m = re.search(r"(?<!\\)(?:\\\\)*\{", s)
    return (s, "") if not m else (s[:m.end() - 1], s[m.end() - 1:])


def check_gift(f, raw):
    """313: Moodle's GIFT export"""
    lf_final(f, raw)
    if "\n\n\n" in raw: errors.append(f"{f}: more than one empty line between questions")
    ids = []
    for blk in raw.strip("\n").split("\n\n"):
        BL = blk.split("\n")
        cm = re.fullmatch(r"// question: (\d+)  name: (.+)", BL[0])
        if not cm: errors.append(f"{f}: block without the '// question:' comment: {BL[0][:40]!r}"); continue
        qid, name, rest = int(cm.group(1)), cm.group(2), "\n".join(BL[1:])
        if qid == 0:
            path = name.removeprefix("Switch category to ")
            if rest != f"$CATEGORY: {path}" or not path.startswith("$course$/top/"): errors.append(f"{f}: category block {name!r} malformed")
            continue
        ids.append(qid)
        qm = re.match(r"::((?:[^:\\]|\\.)+)::(\[(?:html|moodle|plain|markdown)\])", rest)
        if not qm or gift_unescape(qm.group(1)) != name: errors.append(f"{f}: question {qid}: '::name::[format]' missing or not the comment's name"); continue
        text, ans = gift_split(rest[qm.end():])
        if re.search(r"(?<!\\)(?:\\\\)*[~=#}:]", text): errors.append(f"{f}: question {qid}: an unescaped GIFT character in its text")
        depth, body = 0, re.sub(r"\\.", "", ans)
        for ch in body:
            depth += (ch == "{") - (ch == "}")
            if depth < 0: break
        if not ans or depth or body.count("{") != 1 or not body.rstrip().endswith("}"): errors.append(f"{f}: question {qid}: answer block unbalanced"); continue
        inner = body.strip()[1:-1].strip()
        lines = [l.strip() for l in inner.split("\n") if l.strip()]
        if inner == "": pass  # essay
        elif re.fullmatch(r"(T|F|TRUE|FALSE)(#.*)?", inner, re.S): pass
        elif re.fullmatch(r"#\d+(\.\d+)?(:\d+(\.\d+)?)?", inner): pass
        elif all(l.startswith("=") and " -> " in l for l in lines):
            if len(lines) < 3: errors.append(f"{f}: question {qid}: matching with fewer than three pairs")
        elif all(l.startswith("=") for l in lines): pass  # short answer
        elif all(l[:1] in "=~" for l in lines):
            right = sum(1 for l in lines if l.startswith("="))
            w = [int(x) for x in re.findall(r"^~%(-?\d+)%", "\n".join(lines), re.M)]
            if not ((right == 1 and not w) or (right == 0 and sum(x for x in w if x > 0) == 100)):
                errors.append(f"{f}: question {qid}: not one right answer nor weights adding up to 100")
        else:
            errors.append(f"{f}: question {qid}: answer block of no GIFT type")
    if ids != sorted(ids) or len(set(ids)) != len(ids): errors.append(f"{f}: question ids not unique and ascending")


def check_tmx(f, raw):
    """314: OmegaT's project_save.tmx"""
    lf_final(f, raw)
    L = raw.split("\n")
    if L[:3] != ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE tmx SYSTEM "tmx11.dtd">', '<tmx version="1.1">']:
        errors.append(f"{f}: not OmegaT's declaration, DOCTYPE and tmx 1.1")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML ({ex})"); return
    h = root.find("header")
    want = {"creationtool": "OmegaT", "o-tmf": "OmegaT TMX", "datatype": "plaintext", "segtype": "sentence", "srclang": "EN-GB"}
    if h is None or any(h.get(k) != v for k, v in want.items()): errors.append(f"{f}: header is not OmegaT's"); return
    d, a = raw.find("<!-- Default translations -->"), raw.find("<!-- Alternative translations -->")
    if not 0 <= d < a: errors.append(f"{f}: section comments missing or out of order"); return
    n_def = raw[d:a].count("<tu>")
    tus = root.find("body").findall("tu")
    default, alt = tus[:n_def], tus[n_def:]
    src = lambda tu: "".join(tu.findall("tuv")[0].find("seg").itertext())
    ds = [src(t) for t in default]
    if ds != sorted(ds, key=lambda s: s.encode("utf-16-be")) or len(set(ds)) != len(ds): errors.append(f"{f}: default units not sorted by source or not unique")
    for t in tus:
        tv = t.findall("tuv")
        if len(tv) != 2 or tv[0].get("lang") != "EN-GB" or tv[1].get("lang") != "YI": errors.append(f"{f}: a unit without EN-GB then YI"); continue
        at = tv[1].attrib
        if set(at) != {"lang", "changeid", "changedate", "creationid", "creationdate"}: errors.append(f"{f}: target tuv attributes {sorted(at)}"); continue
        try:
            c, m = (datetime.strptime(at[k], "%Y%m%dT%H%M%SZ") for k in ("creationdate", "changedate"))
            if c > m: errors.append(f"{f}: a unit changed before it was created")
        except ValueError:
            errors.append(f"{f}: a stamp not YYYYMMDDTHHMMSSZ")
    for t in alt:
        props = {p.get("type"): p.text for p in t.findall("prop")}
        if set(props) != {"file", "prev", "next"} or props["prev"] not in ds or props["next"] not in ds:
            errors.append(f"{f}: an alternative unit without file/prev/next context from the default units")


SN_MONTHS = ["Ndira", "Kukadzi", "Kurume", "Kubvumbi", "Chivabvu", "Chikumi", "Chikunguru", "Nyamavhuvhu", "Gunyana", "Gumiguru", "Mbudzi", "Zvita"]


def sndate(s):
    d, m, y = s.split()
    return datetime(int(y), SN_MONTHS.index(m) + 1, int(d))


def check_cfp(f, raw):
    """315: a shared task's call for participation"""
    lf_final(f, raw)
    L = raw.split("\n")
    stars = [k for k, l in enumerate(L) if re.fullmatch(r"\*+", l)]
    if len(stars) != 2 or len(L[stars[0]]) != len(L[stars[1]]): errors.append(f"{f}: banner not two equal lines of *"); return
    W = len(L[stars[0]])
    for l in L[stars[0] + 1:stars[1]]:
        if l != l.strip().center(W).rstrip(): errors.append(f"{f}: banner line {l.strip()[:30]!r} not centred in {W}")
    try:
        posted = sndate(re.search(r"^Rakatumirwa: (.+)$", raw, re.M).group(1))
    except (AttributeError, ValueError):
        errors.append(f"{f}: posting date unreadable"); return
    heads = [(k, int(m.group(1))) for k, l in enumerate(L) if (m := re.fullmatch(r"(\d+)\. \S.*", l))]
    if [n for _, n in heads] != list(range(1, len(heads) + 1)) or not heads: errors.append(f"{f}: sections not numbered 1..N")
    for k, n in heads:
        if L[k + 1] != "-" * len(L[k]): errors.append(f"{f}: section {n}'s underline is not its length")
    try:
        k = next(k for k, n in heads if L[k].endswith("Mazuva akakosha"))
        ds = []
        j = k + 2
        while L[j].strip():
            ds.append(sndate(L[j].split(":")[-1].strip())); j += 1
        if not ds or ds != sorted(ds) or ds[0] <= posted: errors.append(f"{f}: important dates not ascending after the posting")
    except (StopIteration, ValueError, IndexError) as ex:
        errors.append(f"{f}: important dates unreadable ({ex!r})")
    txt, _, refs = raw.rpartition("Mareferensi\n")
    listed = [int(x) for x in re.findall(r"^\[(\d+)\] \S", refs, re.M)]
    first = []
    for grp in re.findall(r"\[(\d+)\]", txt):
        if int(grp) not in first: first.append(int(grp))
    if listed != list(range(1, len(listed) + 1)) or first != listed: errors.append(f"{f}: citations first used {first}, references {listed}")
    k = next((k for k, n in heads if L[k].endswith("Varongi")), None)
    if k is not None:
        j = k + 2
        while L[j].strip():
            if not re.search(r"\(\S+@example\.org\)$", L[j]): errors.append(f"{f}: organiser {L[j].strip()!r} without an e-mail address")
            j += 1


def check_meetup(f, raw):
    """316: Meetup event page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    dl = [l for l in L if re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}", l)]
    if len(dl) != 2 or dl[0] != dl[1]: errors.append(f"{f}: the date line not twice the same"); return
    d = datetime.strptime(dl[0], "%A, %B %d, %Y")
    if d.strftime("%A, %B %-d, %Y") != dl[0]: errors.append(f"{f}: {dl[0]} is not on that weekday")
    rm = re.search(r"^Every (\d)(?:st|nd|rd|th) (\w+) of the month$", raw, re.M)
    if rm and (d.strftime("%A") != rm.group(2) or (d.day - 1) // 7 + 1 != int(rm.group(1))): errors.append(f"{f}: the date is not the recurrence's day")
    tr = re.search(r"^(\d{1,2}:\d\d [AP]M) to (\d{1,2}:\d\d [AP]M) \w+$", raw, re.M)
    if not tr: errors.append(f"{f}: no time range"); return
    t0, t1 = (datetime.strptime(x, "%I:%M %p") for x in tr.groups())
    ts = [datetime.strptime(x, "%I:%M %p") for x in re.findall(r"^(\d{1,2}:\d\d [AP]M) (?!to )\S", raw, re.M)]
    if not ts or ts != sorted(ts) or ts[0] < t0 or ts[-1] >= t1: errors.append(f"{f}: schedule times not ascending inside {tr.group(1)}–{tr.group(2)}")
    try:
        a = L.index(next(l for l in L if l.startswith("Attendees (")))
        n = int(re.fullmatch(r"Attendees \((\d+)\)", L[a]).group(1))
        j, names, more = a + 2, 0, 0
        while not L[j].startswith("Photos ("):
            if re.fullmatch(r"\+(\d+)", L[j]): more = int(L[j][1:])
            elif re.fullmatch(r"\S+ [A-Z]\.", L[j]): names += 1
            j += 1
        if names + more != n: errors.append(f"{f}: Attendees ({n}) but {names} names + {more}")
        c = L.index(next(l for l in L if l.startswith("Comments (")))
        nc = int(re.fullmatch(r"Comments \((\d+)\)", L[c]).group(1))
        end = L.index(dl[0], c)
        if (end - c - 1) != 2 * nc: errors.append(f"{f}: Comments ({nc}) but {(end - c - 1) / 2:g} comments")
    except (StopIteration, AttributeError, ValueError) as ex:
        errors.append(f"{f}: attendees/comments unreadable ({ex!r})")


def shape_checks(f, raw, path):
    n = num(f)
    {307: check_hotcrp, 308: check_pr, 309: check_zsh, 310: check_eml, 311: check_podcast, 312: check_reco,
     313: check_gift, 314: check_tmx, 315: check_cfp, 316: check_meetup}[n](f, raw)


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
        raw = read_raw(path)
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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-28) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 28)]]
earlier.append("/work/round28/expected.json")
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r23 = set()
p23 = "/work/round28/expected.json"
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
print(f"earlier uses of the papers (digests-own, rounds 8-28): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round28: {sum(1 for k in allrecs if k in r23)}; papers in more than one round29 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
