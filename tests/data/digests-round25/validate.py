#!/usr/bin/env python3
"""Checks round25/expected.json against the digests and the shared catalogues.

Adapted from round24/validate.py (the label checks and the reuse report are the same code, the report now reading
rounds 8–24; the readers and shape checks are new). Each digest is read in its raw form (UTF-8 text) and in decoded
forms, the way a reader of that shape would see it:
  - Outlook .eml (267): the headers' encoded words decoded, each text part's quoted-printable undone, the HTML part
    as text (<a href> targets kept);
  - LaTeX with a filecontents BibTeX database (268): the raw text (TeX braces and accents are removed by the title
    normalisation), and every BibTeX field value;
  - dev.to Markdown (269): the Markdown as text, Liquid tags' arguments kept;
  - copied pages and plain text (270–275): the raw text (271 without its BOM; CRLF as line breaks);
  - Hugging Face dataset card (276): the Markdown as text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form (or only after whitespace normalisation) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 25
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 267: CRLF everywhere; the headers Outlook/Exchange writes (Received, From, To, Subject, Thread-Topic,
    Thread-Index, Date, Message-ID, References, In-Reply-To, Accept-Language, Content-Language, X-MS-Has-Attach,
    X-MS-TNEF-Correlator, MIME-Version); Subject "RE: " + Thread-Topic; In-Reply-To the last of References;
    multipart/alternative with text/plain then text/html, both UTF-8 quoted-printable with encoded lines ≤ 76
    characters; in the plain part one "________________________________ / From: / Sent: / To: / Subject:" block per
    earlier Outlook message, "Sent:" dates going back in time, Gmail's "On … wrote:" followed by "> " lines;
  - 268: the filecontents* environment before \\documentclass; \\begin{document} … \\end{document}; \\begin/\\end
    balanced; every BibTeX entry with balanced braces and a unique key; every \\cite key defined and every entry
    cited; \\bibliography{\\jobname};
  - 269: LF and a final newline; dev.to front matter first with only dev.to's keys, title/published present, at
    most 4 tags of lowercase letters and digits; Liquid tags only dev.to's ({% embed url %}, {% github owner/repo %},
    {% youtube id %}, {% details … %}…{% enddetails %}, {% katex %}…{% endkatex %}), block tags closed;
  - 270: every message "[dd/mm/yyyy hh:mm] Name" followed by text and a blank line, times not going backwards,
    valid dates; a quoted reply's author/time/text equal to an earlier message;
  - 271: a UTF-8 BOM, CRLF only, the header lines, the agenda numbered 1..N and followed point by point in the same
    order with the same headings, ACTION ITEMS lines "[ ]"/"[x] owner — task — YYYY-MM-DD" not before the meeting
    date, the next meeting after it;
  - 272: GitHub's header/tabs, "#N" title line, "asked this question in Q&A", "Answered by", "N comments · M
    replies" and "Replies: N comments · M replies" equal to the comments and replies shown, every comment starting
    "Comment options", dates "on Mon D, YYYY" not going backwards, one "Marked as answer" and "Answer selected by",
    "N participants" = the @handles listed = the distinct authors;
  - 273: "Komentar r.n" / "Odgovor r.n" pairs in order under RECENZENT r headings numbered 1..R, n from 1;
    "redovi a–b" with a < b; the added references numbered on consecutively from [41], every [n] cited in the
    answers defined;
  - 274: "Asked <ordinal> Mon, YYYY" and answer dates with the right ordinal suffix; "All Answers (N)" = answers
    shown after it; each answer's "Cite"; "N Recommendation(s)" agreeing in number; answers in date order;
  - 275: "प्रकाशित"/"अपडेट" with Devanagari digits, the update not before publication; the most-read list numbered
    १..५; "प्रतिक्रिया (N)" = the comments shown, each ending "उत्तर द्या"; no ASCII digit in those lines;
  - 276: the YAML block first (parsed with PyYAML when present), task_categories and size_categories from the Hub's
    lists, size_categories fitting the examples, dataset_size = the splits' num_bytes, configs naming the splits;
    the template's headings in order; the Data Splits table agreeing with the metadata.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–24."""

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
def eml_text(raw):
    """267: decoded headers, every text part decoded (quoted-printable undone), HTML also as text"""
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    out = [f"{k}: {v}" for k, v in m.items()]
    for part in m.walk():
        if part.get_content_maintype() == "text":
            s = part.get_content()
            out.append(s)
            if part.get_content_subtype() == "html": out.append(html_text(s))
    return ["\n".join(out)]


def bib_entries(raw):
    """268: the BibTeX entries inside filecontents*: (type, key, {field: value})"""
    m = re.search(r"\\begin\{filecontents\*\}(?:\[[^\]]*\])?\{[^}]*\}\n(.*?)\\end\{filecontents\*\}", raw, re.S)
    if not m: return None
    src, out, i = m.group(1), [], 0
    for em in re.finditer(r"@(\w+)\{([^,\s]+),", src):
        j, depth = em.end(), 1
        while j < len(src) and depth:
            depth += {"{": 1, "}": -1}.get(src[j], 0); j += 1
        body = src[em.end():j - 1]
        fields = {}
        for fm in re.finditer(r"(\w+)\s*=\s*\{", body):
            k, d = fm.end(), 1
            while k < len(body) and d:
                d += {"{": 1, "}": -1}.get(body[k], 0); k += 1
            fields.setdefault(fm.group(1).lower(), body[fm.end():k - 1])
        out.append((em.group(1).lower(), em.group(2), fields, depth == 0))
    return out


def tex_text(raw):
    ents = bib_entries(raw) or []
    return ["\n".join(v for _, _, f, _ in ents for v in f.values())]


def devto_text(raw):
    s = re.sub(r"\{%\s*(?:embed|github|youtube|details)\s+(.*?)\s*%\}", r"\1", raw)
    return [md_text(s)]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 267: forms += eml_text(raw)
    if n == 268: forms += tex_text(raw)
    if n == 269: forms += devto_text(raw)
    if n == 271: forms += [raw.lstrip("\ufeff").replace("\r\n", "\n")]
    if n == 276: forms += [md_text(raw)]
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


OUTLOOK_HEADERS = ["Received", "From", "To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "References",
                   "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator",
                   "Content-Type", "MIME-Version"]


def check_outlook(f, raw):
    if re.search(r"(?<!\r)\n", raw): errors.append(f"{f}: a bare LF (Outlook writes CRLF)")
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    names = [k for k in m.keys()]
    if names != OUTLOOK_HEADERS: errors.append(f"{f}: headers {names} not Outlook's set and order")
    subj, topic = str(m.get("Subject", "")), str(m.get("Thread-Topic", ""))
    if subj != "RE: " + topic: errors.append(f"{f}: Subject {subj!r} is not 'RE: ' + Thread-Topic")
    refs = str(m.get("References", "")).split()
    if not refs or str(m.get("In-Reply-To", "")).strip() != refs[-1]: errors.append(f"{f}: In-Reply-To not the last of References")
    try:
        parsedate_to_datetime(str(m["Date"]))
    except Exception:
        errors.append(f"{f}: Date not RFC 5322")
    if m.get_content_type() != "multipart/alternative": errors.append(f"{f}: not multipart/alternative"); return
    parts = list(m.iter_parts())
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts not text/plain then text/html")
    for p in parts:
        if p.get("Content-Transfer-Encoding") != "quoted-printable" or p.get_content_charset() != "utf-8":
            errors.append(f"{f}: a part not UTF-8 quoted-printable")
    bnd = m.get_boundary()
    for seg in raw.split("--" + bnd)[1:-1]:
        body = seg.split("\r\n\r\n", 1)[-1]
        if any(len(l) > 76 for l in body.split("\r\n")): errors.append(f"{f}: a quoted-printable line longer than 76")
    plain = parts[0].get_content()
    blocks = re.findall(r"^_{32}\r?\nFrom: (.+)\r?\nSent: (.+)\r?\nTo: (.+)\r?\nSubject: (.+)\r?$", plain, re.M)
    if plain.count("_" * 32) != len(blocks) or not blocks: errors.append(f"{f}: an Outlook header block not From/Sent/To/Subject")
    prev = None
    for _, sent, _, s in blocks:
        try:
            d = datetime.strptime(sent.strip(), "%A, %B %d, %Y %I:%M %p")
            if d.strftime("%A") != sent.split(",")[0]: raise ValueError
        except ValueError:
            errors.append(f"{f}: Sent: {sent!r} not Outlook's date form"); continue
        if prev and d > prev: errors.append(f"{f}: quoted messages not going back in time")
        prev = d
        if not re.sub(r"^(RE|Re): ", "", s).strip() == topic: errors.append(f"{f}: quoted subject {s!r} not the thread topic")
    if len(blocks) + 0 > len(refs): errors.append(f"{f}: more quoted messages than References")
    lines = plain.replace("\r\n", "\n").split("\n")
    for i, l in enumerate(lines):
        if re.match(r"On .+ wrote:$", l) and (i + 1 >= len(lines) or not lines[i + 1].startswith(">")):
            errors.append(f"{f}: Gmail's 'wrote:' line not followed by '> ' lines")


def check_tex(f, raw):
    lf_final(f, raw)
    fc, dc = raw.find("\\begin{filecontents*}"), raw.find("\\documentclass")
    if fc != 0 or dc < fc: errors.append(f"{f}: filecontents* not first, before \\documentclass")
    if raw.count("\\begin{document}") != 1 or not raw.rstrip().endswith("\\end{document}"): errors.append(f"{f}: document environment")
    body = re.sub(r"(?<!\\)%.*", "", raw[dc:])
    stack = []
    for m in re.finditer(r"\\(begin|end)\{([^}]+)\}", body):
        if m.group(1) == "begin": stack.append(m.group(2))
        elif not stack or stack.pop() != m.group(2): errors.append(f"{f}: \\end{{{m.group(2)}}} unbalanced")
    if stack: errors.append(f"{f}: environments not closed: {stack}")
    ents = bib_entries(raw)
    if ents is None: errors.append(f"{f}: no filecontents* BibTeX database"); return
    keys = [k for _, k, _, _ in ents]
    if len(keys) != len(set(keys)): errors.append(f"{f}: a BibTeX key used twice")
    for t, k, fl, ok in ents:
        if not ok: errors.append(f"{f}: entry {k} with unbalanced braces")
        if "title" not in fl: errors.append(f"{f}: entry {k} without a title")
    cited = set()
    for m in re.finditer(r"\\(?:cite[pt]?|nocite)\{([^}]+)\}", body):
        cited |= {c.strip() for c in m.group(1).split(",")}
    for c in sorted(cited - set(keys)): errors.append(f"{f}: \\cite{{{c}}} not in the database")
    for k in sorted(set(keys) - cited): errors.append(f"{f}: entry {k} never cited")
    if "\\bibliography{\\jobname}" not in body: errors.append(f"{f}: \\bibliography{{\\jobname}} missing")


DEVTO_KEYS = {"title", "published", "description", "tags", "cover_image", "canonical_url", "series", "main_image", "date"}


def check_devto(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no front matter first"); return
    fm = dict(l.split(": ", 1) for l in m.group(1).split("\n") if ": " in l)
    if set(fm) - DEVTO_KEYS: errors.append(f"{f}: front-matter keys dev.to does not know: {sorted(set(fm) - DEVTO_KEYS)}")
    if "title" not in fm or fm.get("published") not in ("true", "false"): errors.append(f"{f}: title/published missing")
    tags = [t.strip() for t in fm.get("tags", "").split(",") if t.strip()]
    if len(tags) > 4 or any(not re.fullmatch(r"[a-z0-9]+", t) for t in tags): errors.append(f"{f}: tags {tags} (≤ 4, lowercase alphanumeric)")
    stack = []
    for tm in re.finditer(r"\{%\s*(\w+)\s*(.*?)\s*%\}", raw):
        tag, arg = tm.group(1), tm.group(2)
        if tag in ("details", "katex"): stack.append(tag)
        elif tag in ("enddetails", "endkatex"):
            if not stack or stack.pop() != tag[3:]: errors.append(f"{f}: {{% {tag} %}} without its opening tag")
        elif tag == "embed":
            if not re.fullmatch(r"https://\S+", arg): errors.append(f"{f}: embed without a URL")
        elif tag == "github":
            if not re.fullmatch(r"[\w.-]+/[\w.-]+", arg): errors.append(f"{f}: github tag argument {arg!r}")
        elif tag == "youtube":
            if not re.fullmatch(r"[\w-]{11}", arg): errors.append(f"{f}: youtube id {arg!r}")
        else:
            errors.append(f"{f}: Liquid tag {tag!r} dev.to does not have")
    if stack: errors.append(f"{f}: Liquid block tags not closed: {stack}")


def check_teams(f, raw):
    lf_final(f, raw)
    msgs = re.split(r"(?m)^\[(\d\d/\d\d/\d{4} \d\d:\d\d)\] (.+)\n", raw)
    if msgs[0] != "": errors.append(f"{f}: text before the first message header")
    prev, seen = None, []
    for i in range(1, len(msgs), 3):
        ts, who, body = msgs[i], msgs[i + 1], msgs[i + 2]
        try:
            d = datetime.strptime(ts, "%d/%m/%Y %H:%M")
        except ValueError:
            errors.append(f"{f}: [{ts}] not a valid en-GB date"); continue
        if prev and d < prev: errors.append(f"{f}: message at {ts} earlier than the one before")
        prev = d
        if not body.endswith("\n\n") or not body.strip(): errors.append(f"{f}: message at {ts} not text followed by a blank line")
        bl = body.split("\n")
        if len(bl) > 3 and re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", bl[1]):
            if not any(w == bl[0] and t == bl[1] and bl[2] in b for t, w, b in seen):
                errors.append(f"{f}: the reply at {ts} quotes a message that is not there")
        seen.append((ts, who, body))


def check_minutes(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Notepad's 'UTF-8 with BOM')")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final line end")
    t = raw.lstrip("\ufeff").replace("\r\n", "\n")
    for h in ("දිනය: ", "ස්ථානය: ", "සහභාගී වූවෝ: ", "සටහන් තැබුවේ: "):
        if not re.search("^" + h, t, re.M): errors.append(f"{f}: header line {h!r} missing")
    dm = re.search(r"^දිනය: (\d{4}-\d\d-\d\d)", t, re.M)
    date = dm.group(1) if dm else "0000-00-00"
    ag = re.search(r"\(AGENDA\)\n((?:\d+\. .+\n)+)", t)
    if not ag: errors.append(f"{f}: no agenda"); return
    items = re.findall(r"^(\d+)\. (.+)$", ag.group(1), re.M)
    if [int(n) for n, _ in items] != list(range(1, len(items) + 1)): errors.append(f"{f}: agenda not numbered 1..N")
    rest = t[ag.end():]
    heads = re.findall(r"^(\d+)\. (.+)$", rest, re.M)
    if heads != items: errors.append(f"{f}: the minutes' points do not follow the agenda ({len(heads)} vs {len(items)})")
    ai = rest.split("ACTION ITEMS\n", 1)
    if len(ai) != 2: errors.append(f"{f}: no ACTION ITEMS"); return
    for l in ai[1].split("\n\n")[0].split("\n"):
        m = re.fullmatch(r"\[( |x)\] .+ — .+ — (\d{4}-\d\d-\d\d)", l)
        if not m: errors.append(f"{f}: action item {l!r} not '[ ] owner — task — date'")
        elif m.group(2) < date: errors.append(f"{f}: action item due before the meeting: {l!r}")
    nm = re.search(r"^ඊළඟ රැස්වීම: (\d{4}-\d\d-\d\d)", t, re.M)
    if not nm or nm.group(1) <= date: errors.append(f"{f}: next meeting missing or not after this one")


def check_ghdisc(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[:3] != ["Skip to content", "Navigation Menu", L[2]] or "Discussions" not in L[:25]: errors.append(f"{f}: not GitHub's header and tabs")
    if not any(re.fullmatch(r".+ #\d+", l) for l in L[:30]): errors.append(f"{f}: no 'title #N' line")
    asked = [l for l in L if l.endswith(" asked this question in Q&A")]
    ans = [l for l in L if l.startswith("Answered by ")]
    if len(asked) != 1 or len(ans) != 1: errors.append(f"{f}: 'asked this question in Q&A' / 'Answered by' not once")
    ncom = L.count("Comment options")
    nrep = sum(int(m.group(1)) for l in L for m in [re.fullmatch(r"(\d+) repl(?:y|ies)", l)] if m)
    hdr = [m for l in L for m in [re.search(r"(\d+) comments · (\d+) replies$", l)] if m]
    if len(hdr) != 2 or any((int(m.group(1)), int(m.group(2))) != (ncom, nrep) for m in hdr):
        errors.append(f"{f}: comment/reply counts do not match the {ncom} comments and {nrep} replies shown")
    dates = [datetime.strptime(m.group(1), "%b %d, %Y") for l in L for m in [re.fullmatch(r"on (\w{3} \d{1,2}, \d{4})", l)] if m]
    if dates != sorted(dates): errors.append(f"{f}: dates going backwards")
    # replies: '@user', 'user', 'on date'; comments: 'Comment options', '', 'user', 'on date'
    authors = []
    for i, l in enumerate(L):
        if re.fullmatch(r"on \w{3} \d{1,2}, \d{4}( · .*)?", l) and i > 0 and L[i - 1] and not L[i - 1].startswith("@"):
            authors.append(L[i - 1])
    for i, l in enumerate(L):
        if l == "Comment options" and (L[i + 1] != "" or not re.fullmatch(r"on \w{3} \d{1,2}, \d{4}", L[i + 3])):
            errors.append(f"{f}: comment at line {i + 1} not 'Comment options', blank, author, 'on date'")
        if re.fullmatch(r"\d+ repl(?:y|ies)", l):
            k = int(l.split()[0]); j, got = i + 1, 0
            while j < len(L) and got <= k:
                if L[j].startswith("@") and j + 2 < len(L) and L[j + 1] == L[j][1:] and L[j + 2].startswith("on "): got += 1
                if L[j] == "Comment options" or L[j].startswith("Sign up"): break
                j += 1
            if got != k: errors.append(f"{f}: '{l}' at line {i + 1} but {got} replies follow")
    if L.count("Marked as answer") != 1 or sum(1 for l in L if l.startswith("Answer selected by ")) != 1: errors.append(f"{f}: the marked answer not once")
    pm = [(i, re.fullmatch(r"(\d+) participants", l)) for i, l in enumerate(L)]
    pm = [(i, m) for i, m in pm if m]
    if len(pm) != 1: errors.append(f"{f}: no participants line"); return
    i, m = pm[0]
    handles = L[i + 1].split()
    if int(m.group(1)) != len(handles) or set(h.lstrip("@") for h in handles) != set(authors):
        errors.append(f"{f}: participants {handles} not the {len(set(authors))} authors shown")


def check_rebuttal(f, raw):
    lf_final(f, raw)
    revs = re.findall(r"^RECENZENT (\d+)$", raw, re.M)
    if [int(r) for r in revs] != list(range(1, len(revs) + 1)): errors.append(f"{f}: RECENZENT headings not numbered 1..R")
    parts = re.split(r"(?m)^RECENZENT \d+$", raw)[1:]
    for r, part in enumerate(parts, 1):
        tags = re.findall(r"^(Komentar|Odgovor) (\d+)\.(\d+):", part, re.M)
        want = [(k, str(r), str(n)) for n in range(1, len(tags) // 2 + 1) for k in ("Komentar", "Odgovor")]
        if tags != want: errors.append(f"{f}: reviewer {r}: comments/answers not paired and numbered in order")
    for a, b in re.findall(r"redov[ia] (\d+)[–-](\d+)", raw):
        if int(a) >= int(b): errors.append(f"{f}: line range {a}–{b}")
    refs = re.findall(r"^\[(\d+)\] ", raw, re.M)
    if [int(x) for x in refs] != list(range(41, 41 + len(refs))): errors.append(f"{f}: added references not numbered on from [41]")
    body = raw.split("NOVE REFERENCE")[0]
    for c in sorted(set(re.findall(r"\[(\d+)\]", body)) - set(refs), key=int): errors.append(f"{f}: [{c}] cited but not listed")


def ordinal_ok(s):
    m = re.fullmatch(r"(\d+)(st|nd|rd|th) (\w{3}), (\d{4})", s)
    if not m: return False
    d = int(m.group(1))
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    try:
        datetime.strptime(f"{d} {m.group(3)} {m.group(4)}", "%d %b %Y")
    except ValueError:
        return False
    return m.group(2) == suf


def check_rg(f, raw):
    lf_final(f, raw)
    L = raw.split("\n")
    if L[0] != "ResearchGate" or "Question" not in L[:15]: errors.append(f"{f}: not ResearchGate's page head")
    for l in L:
        m = re.fullmatch(r"(?:Asked )?(\d+\w\w \w{3}, \d{4})", l)
        if m and not ordinal_ok(m.group(1)): errors.append(f"{f}: date {l!r} with a wrong ordinal or day")
    try:
        k = next(i for i, l in enumerate(L) if re.fullmatch(r"All Answers \(\d+\)", l))
    except StopIteration:
        errors.append(f"{f}: no 'All Answers (N)'"); return
    end = L.index("Similar questions and discussions") if "Similar questions and discussions" in L else len(L)
    seg = L[k + 1:end]
    starts = [i for i, l in enumerate(seg) if re.fullmatch(r"\d+\w\w \w{3}, \d{4}", l)]
    if len(starts) != int(re.search(r"\d+", L[k]).group()): errors.append(f"{f}: '{L[k]}' but {len(starts)} answers shown")
    ds = [datetime.strptime(re.sub(r"(st|nd|rd|th) ", " ", seg[i]), "%d %b, %Y") for i in starts]
    if ds != sorted(ds): errors.append(f"{f}: answers not in date order")
    for a, b in zip(starts, starts[1:] + [len(seg)]):
        block = seg[a:b]
        if "Cite" not in block: errors.append(f"{f}: an answer ({seg[a + 1]}) without 'Cite'")
    for l in L:
        m = re.fullmatch(r"(\d+) Recommendations?", l)
        if m and (int(m.group(1)) == 1) != (not l.endswith("s")): errors.append(f"{f}: {l!r} (singular/plural)")
        if m and int(m.group(1)) == 0: errors.append(f"{f}: '0 Recommendations' is not shown by the page")


DV = "०१२३४५६७८९"
dvint = lambda s: int(s.translate(str.maketrans(DV, "0123456789")))
MR_MONTHS = ["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर"]


def check_news(f, raw):
    lf_final(f, raw)
    dts = {}
    for lab in ("प्रकाशित", "अपडेट"):
        m = re.search(rf"^{lab}: ([{DV}]+) (\S+) ([{DV}]{{4}}), ([{DV}]{{2}}):([{DV}]{{2}}) IST$", raw, re.M)
        if not m or m.group(2) not in MR_MONTHS: errors.append(f"{f}: '{lab}' line not 'D month YYYY, HH:MM IST' in Devanagari digits"); continue
        dts[lab] = datetime(dvint(m.group(3)), MR_MONTHS.index(m.group(2)) + 1, dvint(m.group(1)), dvint(m.group(4)), dvint(m.group(5)))
    if len(dts) == 2 and dts["अपडेट"] < dts["प्रकाशित"]: errors.append(f"{f}: updated before published")
    ms = raw.split("सर्वाधिक वाचलेले\n", 1)
    if len(ms) != 2: errors.append(f"{f}: no most-read list"); return
    nums = re.findall(rf"^([{DV}]+)\. ", ms[1].split("\n\n")[0], re.M)
    if [dvint(x) for x in nums] != [1, 2, 3, 4, 5]: errors.append(f"{f}: most-read list not numbered १..५")
    cm = re.search(rf"^प्रतिक्रिया \(([{DV}]+)\)$", raw, re.M)
    if not cm: errors.append(f"{f}: no comment count"); return
    if dvint(cm.group(1)) != raw.count("\nउत्तर द्या\n"): errors.append(f"{f}: comment count not the comments shown")
    for l in raw[cm.end():].split("\n"):
        if re.search(r"[0-9]{1,2} \S+ [0-9]{4}, [0-9]{2}:[0-9]{2}$", l): errors.append(f"{f}: a comment date in ASCII digits")
        if re.search(rf"[{DV}]", l) and re.fullmatch(rf"[{DV}]+ (\S+) [{DV}]{{4}}, [{DV}]{{2}}:[{DV}]{{2}}", l):
            m = re.fullmatch(rf"([{DV}]+) (\S+) ([{DV}]{{4}}), ([{DV}]{{2}}):([{DV}]{{2}})", l)
            if m.group(2) not in MR_MONTHS: errors.append(f"{f}: comment date month {m.group(2)!r}")
            elif "प्रकाशित" in dts and datetime(dvint(m.group(3)), MR_MONTHS.index(m.group(2)) + 1, dvint(m.group(1)), dvint(m.group(4)), dvint(m.group(5))) < dts["प्रकाशित"]:
                errors.append(f"{f}: a comment older than the article")


HF_TASKS = {"automatic-speech-recognition", "text-classification", "audio-classification", "text-to-speech", "translation",
            "token-classification", "question-answering", "summarization", "text-generation"}
HF_SIZES = [("n<1K", 0, 1e3), ("1K<n<10K", 1e3, 1e4), ("10K<n<100K", 1e4, 1e5), ("100K<n<1M", 1e5, 1e6), ("1M<n<10M", 1e6, 1e7)]
HF_HEADS = ["# Dataset Card for", "## Table of Contents", "## Dataset Description", "### Dataset Summary",
            "### Supported Tasks and Leaderboards", "### Languages", "## Dataset Structure", "### Data Instances",
            "### Data Fields", "### Data Splits", "## Dataset Creation", "### Curation Rationale", "### Source Data",
            "### Annotations", "### Personal and Sensitive Information", "## Considerations for Using the Data",
            "### Discussion of Biases", "### Other Known Limitations", "## Additional Information", "### Dataset Curators",
            "### Licensing Information", "### Citation Information", "### Contributions"]


def check_dataset_card(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?\n)---\n", raw, re.S)
    if not m: errors.append(f"{f}: no YAML metadata block first"); return
    try:
        import yaml
        meta = yaml.safe_load(m.group(1))
    except ImportError:
        meta = None
    except Exception as ex:
        errors.append(f"{f}: YAML does not parse: {ex}"); return
    if meta is not None:
        if set(meta.get("task_categories") or []) - HF_TASKS: errors.append(f"{f}: task_categories not the Hub's")
        sp = meta.get("dataset_info", {}).get("splits", [])
        n = sum(s["num_examples"] for s in sp)
        if meta.get("dataset_info", {}).get("dataset_size") != sum(s["num_bytes"] for s in sp): errors.append(f"{f}: dataset_size not the splits' num_bytes")
        sc = meta.get("size_categories") or [""]
        if not any(lab == sc[0] and lo <= n < hi for lab, lo, hi in HF_SIZES): errors.append(f"{f}: size_categories {sc} does not fit {n} examples")
        cfg = [d["split"] for c in meta.get("configs", []) for d in c.get("data_files", [])]
        if cfg != [s["name"] for s in sp]: errors.append(f"{f}: configs do not name the splits")
        for s in sp:
            if not re.search(rf"^\| {s['name']} \| {s['num_examples']:,} \|", raw, re.M): errors.append(f"{f}: Data Splits table disagrees for {s['name']}")
    body = re.sub(r"```.*?```", "", raw[m.end():], flags=re.S)
    heads = [l for l in body.split("\n") if l.startswith("#")]
    got = [next((h for h in HF_HEADS if l == h or (h.startswith("# ") and l.startswith(h))), None) for l in heads]
    if got != HF_HEADS: errors.append(f"{f}: the template's headings not all there, in order")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 267: check_outlook(f, raw)
    if n == 268: check_tex(f, raw)
    if n == 269: check_devto(f, raw)
    if n == 270: check_teams(f, raw)
    if n == 271: check_minutes(f, raw)
    if n == 272: check_ghdisc(f, raw)
    if n == 273: check_rebuttal(f, raw)
    if n == 274: check_rg(f, raw)
    if n == 275: check_news(f, raw)
    if n == 276: check_dataset_card(f, raw)


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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-24) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 25)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r23 = set()
p23 = os.path.join(TD, "digests-round24", "expected.json")
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
print(f"earlier uses of the papers (digests-own, rounds 8-24): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round24: {sum(1 for k in allrecs if k in r23)}; papers in more than one round25 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
