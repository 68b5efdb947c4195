#!/usr/bin/env python3
r"""Checks round44/expected.json against the digests and the shared catalogues.

Adapted from round42/validate.py (the label checks are the same code; the readers, the shape checks and the reuse
sources are new). Every digest is UTF-8 without a byte-order mark (459 is pure ASCII: a raw RFC 5322 message); each
is also read in decoded forms, the way a reader of that shape would see it:
  - 458 (AsciiDoc): `link:URL[text]` and `URL[text]` macros read as "text URL";
  - 459 (raw e-mail): the MIME parts decoded (quoted-printable undone, UTF-8), parsed with the email package;
  - 461 (BibTeX): braces dropped;
  - 462 (Trello CSV): every cell, one per line (quoting undone);
  - 463 (mbox): ">From " quoting undone;
  - the other files (457, 460, 464, 465, 466): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case, sentence
case, wrapped lines) or only after decoding is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 44
needs none.

Shape checks (each digest against the habit or program that writes its shape):
  - 457 (Moodle page): LF; "Séance <roman> — <French date> — …" headings numbered I, II, III, … in order, every date
    a Monday ("lundi") and ascending; inside sections only tab-indented lines; every section ends with "Marquer comme
    terminé"; assignment deadlines on Sundays ("dimanche"); the "Fourni par Moodle" footer;
  - 458 (AsciiDoc): document title "= " first; header attributes `:name: value` before the first blank line;
    `toc::[]` present iff `:toc: macro`; `ifdef::…[]` / `endif::[]` balanced; delimited blocks `====` after an
    admonition style `[TIP]` balanced; `|===` tables closed and their cells a multiple of the header's; brackets
    balanced on every macro line; section titles `== ` separated by blank lines;
  - 459 (raw e-mail): CRLF line endings only, ASCII only, no line over 78 (headers) / 76 (QP body) characters;
    headers Delivered-To / Received / MIME-Version / From / Date / Subject "Fwd: …" / Message-ID; the Date header's
    weekday right; multipart/alternative with the declared boundary, a text/plain and a text/html part both
    quoted-printable; in the decoded text: the forwarded-message block, the mailing's window, records "\\" /
    arXiv:ID / "Date: … (Nkb)" / blank / Title / Authors / Categories, dates inside the window, ids ascending, the
    closing "\\ ( URL ,  Nkb)" line naming the record's id and size, 78-dash separators;
  - 460 (APA references on a journal page): the "References" block between "References" and "Download references";
    references sorted by their text; each followed by one or more platform link lines (Article / Google Scholar /
    Crossref / MathSciNet); APA author lists ("Surname, I." items, "& " before the last of several), "(YYYY)."; the
    article's Received < Accepted < Published dates;
  - 461 (BibTeX from DOI content negotiation): braces balanced per entry; keys unique; every DataCite record keyed
    https://doi.org/10.48550/arxiv.ID with doi 10.48550/ARXIV.ID and url https://arxiv.org/abs/ID, preceded by its
    `% curl` line; the Crossref record one line, with a leading space, preceded by its `% curl` line naming its DOI;
    hand-typed entries with aligned `=`;
  - 462 (Trello CSV): LF; Trello's 21 columns; every row 21 cells; 24-hex unique card ids; card URLs
    trello.com/c/<8 chars>/<n>-<slug of the name>; ISO timestamps with milliseconds and Z; Due Complete set iff a
    Due Date; Attachment Count = the number of attachment links; each List Name with one List ID; one board;
  - 463 (mbox): messages start with "From " lines (asctime dates); no unquoted "From " line in a body; GitHub's
    headers on every message; Date weekdays right and dates ascending; Message-IDs unique; replies' In-Reply-To the
    issue's id; the footer's "Message ID:" equal to the header's; "were mentioned" iff X-GitHub-Reason mention;
  - 464 (Xiaohongshu): topic tags `#…[话题]#`; numbered items 1️⃣ … n️⃣ in order; "编辑于 MM-DD 地点"; "共 N 条评论";
    comment dates not before the note's; the bottom bar's three counts;
  - 465 (Hatena Blog): the date line and the footer line "id 日付 時刻" agree; every 目次 entry is a heading in the
    article; the first 最新記事 entry is the article's title; category counts; "Powered by Hatena Blog";
  - 466 (NEGATIVE, Mastodon thread): posts "n/N" numbered 1..N with one N; timestamps "D. Monat YYYY, HH:MM"
    ascending; handles @user@host and every URL at example hosts; the counts line after every post.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; the shape checks; and the paper choice: the
candidates are the catalogue papers less "Efficient Transformers: A Survey", sorted by (uses, catalogue title), the
uses counted by catalogue title over /work/main/tests/data/*/expected.json, /work/round3*/ and /work/round4*/
expected.json (round44 and round45 left out), each distinct file once (the round directories are byte-identical
copies of tests/data's); round44 must hold only even positions (0, 2, 4, ...), every even-position paper less used
than its most-used paper, 8-12 papers per positive file, no paper twice, none of /work/round45/expected.json's
papers (when that file exists), and a title-only share of 0.40-0.50.
With --rebuild it also runs tools/make_expected.py and every builder in a scratch copy (a temporary directory,
deleted afterwards) and compares the sha256 of expected.json and of every digest."""

import csv, email, glob, hashlib, html, io, json, os, re, sys
from email import policy
from collections import Counter
from datetime import datetime, timedelta, date, timezone
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    s = open(path, encoding="utf-8", newline="").read()
    if s.startswith("\ufeff"): errors.append(f"{f}: a byte-order mark")
    return s


def mime_texts(raw):
    m = email.message_from_string(raw, policy=policy.default)
    out = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return m, out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 458:
        s = re.sub(r"link:(\S+?)\[([^\]]*)\]", r"\2 \1", raw)
        forms.append(re.sub(r"(https?://[^\s\[]+)\[([^\]]*)\]", r"\2 \1", s))
    if n == 459:
        forms += mime_texts(raw)[1]
    if n == 461: forms.append(raw.replace("{", "").replace("}", ""))
    if n == 462:
        forms.append("\n".join(c for row in csv.reader(io.StringIO(raw, newline="")) for c in row))
    if n == 463: forms.append(re.sub(r"(?m)^>From ", "From ", raw))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fr_date(s):
    m = re.fullmatch(r"(\w+) (\d{1,2}) (\w+) (\d{4})", s.strip())
    if not m or m.group(3) not in FR_MONTHS: return None, None
    d = date(int(m.group(4)), FR_MONTHS.index(m.group(3)) + 1, int(m.group(2)))
    return d, m.group(1)


def check_moodle(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")
    heads = [(i, l) for i, l in enumerate(lines) if l.startswith("Séance ")]
    if len(heads) < 4: errors.append(f"{f}: fewer than four Séance sections")
    prev = None
    for k, (i, l) in enumerate(heads):
        m = re.fullmatch(r"Séance ([IVX]+) — (.+?) — .+", l)
        if not m: errors.append(f"{f}: bad séance heading {l!r}"); continue
        if m.group(1) != ROMAN[k]: errors.append(f"{f}: séance {m.group(1)} where {ROMAN[k]} expected")
        d, wd = fr_date(m.group(2))
        if not d: errors.append(f"{f}: bad date in {l!r}"); continue
        if wd != FR_DAYS[d.weekday()] or wd != "lundi": errors.append(f"{f}: {m.group(2)} is a {FR_DAYS[d.weekday()]}, not a Monday session")
        if prev and d <= prev: errors.append(f"{f}: séance dates not ascending at {l!r}")
        prev = d
    starts = [i for i, l in enumerate(lines) if l and not l.startswith("\t")]
    for i, l in heads + [(i, l) for i, l in enumerate(lines) if l in ("Généralités", "Évaluation")]:
        j = i + 1
        body = []
        while j < len(lines) and lines[j].startswith("\t"):
            body.append(lines[j]); j += 1
        if not body or body[-1] != "\tMarquer comme terminé": errors.append(f"{f}: section {l!r} does not end with 'Marquer comme terminé'")
        if j < len(lines) and lines[j] != "": errors.append(f"{f}: untabbed line inside section {l!r}: {lines[j]!r}")
    for m in re.finditer(r"avant le (\w+ \d{1,2} \w+ \d{4})", raw):
        d, wd = fr_date(m.group(1))
        if not d or wd != FR_DAYS[d.weekday()] or wd != "dimanche": errors.append(f"{f}: deadline {m.group(1)!r} not a Sunday as written")
    if "Fourni par Moodle" not in raw: errors.append(f"{f}: no Moodle footer")


def check_asciidoc(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")
    if not lines[0].startswith("= "): errors.append(f"{f}: no document title on line 1")
    hdr_end = lines.index("")
    attrs = {}
    for l in lines[1:hdr_end]:
        m = re.fullmatch(r":([\w-]+):(?: (.*))?", l)
        if m: attrs[m.group(1)] = m.group(2) or ""
        elif l.startswith(("ifdef::", "endif::")) or re.fullmatch(r"\S.* <\S+@example\.\w+>|v[\d.]+, \d{4}-\d\d-\d\d", l): pass
        else: errors.append(f"{f}: header line neither attribute nor author/revision: {l!r}")
    if ("toc::[]" in lines) != (attrs.get("toc") == "macro"): errors.append(f"{f}: toc::[] and :toc: macro disagree")
    depth = 0
    for l in lines:
        if l.startswith("ifdef::"): depth += 1
        if l.startswith("endif::"): depth -= 1
        if depth < 0: errors.append(f"{f}: endif without ifdef")
    if depth: errors.append(f"{f}: unbalanced ifdef/endif")
    for i, l in enumerate(lines):
        if re.fullmatch(r"\[(TIP|NOTE|WARNING|IMPORTANT|CAUTION)\]", l):
            if lines[i + 1] != "====": errors.append(f"{f}: admonition {l} not followed by ====")
    if lines.count("====") % 2: errors.append(f"{f}: unbalanced ==== blocks")
    tb = [i for i, l in enumerate(lines) if l == "|==="]
    if len(tb) % 2: errors.append(f"{f}: |=== table not closed")
    for a, b in zip(tb[::2], tb[1::2]):
        ncol = lines[a + 1].count("|")
        cells = sum(l.count("|") for l in lines[a + 1:b] if l.startswith("|"))
        if ncol == 0 or cells % ncol: errors.append(f"{f}: table cells {cells} not a multiple of {ncol}")
    for i, l in enumerate(lines):
        if l.count("[") != l.count("]"): errors.append(f"{f}: unbalanced brackets on line {i + 1}")
        if l.startswith("== ") and (lines[i - 1] != "" or lines[i + 1] != ""): errors.append(f"{f}: section title {l!r} not between blank lines")
        if l.startswith("* ") and "link:" in l and not re.search(r"link:https?://\S+?\[[^\]]+\]", l): errors.append(f"{f}: bad link macro {l!r}")


DASH = "-" * 78
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def check_eml(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line endings not CRLF only")
    if not raw.isascii(): errors.append(f"{f}: non-ASCII bytes in a raw message")
    m, texts = mime_texts(raw)
    for h in ("Delivered-To", "Received", "MIME-Version", "From", "Date", "Subject", "Message-ID", "To"):
        if not m[h]: errors.append(f"{f}: no {h} header")
    if not str(m["Subject"] or "").startswith("Fwd: "): errors.append(f"{f}: Subject not a Gmail forward")
    dh = re.search(r"(?m)^Date: (.+?)\r?$", raw)
    try:
        d = email.utils.parsedate_to_datetime(dh.group(1))
        if not dh.group(1).startswith(WD[d.weekday()]): errors.append(f"{f}: Date header weekday wrong")
    except Exception: errors.append(f"{f}: Date header unparsable")
    if m.get_content_type() != "multipart/alternative": errors.append(f"{f}: not multipart/alternative")
    parts = [p for p in m.iter_parts()] if m.is_multipart() else []
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}")
    for p in parts:
        if str(p["Content-Transfer-Encoding"]).lower() != "quoted-printable": errors.append(f"{f}: part not quoted-printable")
    head, _, body = raw.partition("\r\n\r\n")
    for l in head.split("\r\n"):
        if len(l) > 78: errors.append(f"{f}: header line over 78 characters")
    for l in body.split("\r\n"):
        if len(l) > 76: errors.append(f"{f}: body line over 76 characters: {l[:40]!r}")
    if not texts: return
    t = texts[0].replace("\r\n", "\n")
    if "---------- Forwarded message ---------" not in t: errors.append(f"{f}: no forwarded-message block")
    w = re.search(r"received from  (\w{3} \d\d \w{3} \d\d \d\d:\d\d:\d\d) GMT  to  (\w{3} \d\d \w{3} \d\d \d\d:\d\d:\d\d) GMT", t)
    if not w: errors.append(f"{f}: no mailing window"); return
    lo, hi = (datetime.strptime(x, "%a %d %b %y %H:%M:%S") for x in w.groups())
    recs = re.findall(r"\\\\\narXiv:(\S+)\nDate: (.+?)   \((\d+)kb\)\n\nTitle: .+?\nAuthors: .+?\nCategories: .+?\n(?:Comments: .+?\n)?\\\\\n.+?\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)\n" + DASH + "\n", t, re.S)
    if len(recs) != t.count("\narXiv:") : errors.append(f"{f}: {t.count(chr(10) + 'arXiv:')} records, {len(recs)} well formed")
    ids = [r[0] for r in recs]
    if ids != sorted(ids): errors.append(f"{f}: record ids not ascending")
    for aid, dt, size, lid, lsize in recs:
        if aid != lid or size != lsize: errors.append(f"{f}: closing line {lid}/{lsize} for record {aid}/{size}")
        d = datetime.strptime(dt, "%a, %d %b %Y %H:%M:%S GMT")
        if not lo <= d <= hi: errors.append(f"{f}: record {aid} dated {dt} outside the window")
        if not dt.startswith(WD[d.weekday()]): errors.append(f"{f}: weekday wrong in {dt}")
    for l in t.split("\n"):
        if l.startswith("---") and l != DASH and not l.startswith("---------- Forwarded"): errors.append(f"{f}: separator of {len(l)} dashes")


LINKS = {"Article", "Google Scholar", "Crossref", "MathSciNet"}


def check_apa(f, raw):
    lf_final(f, raw)
    blk = raw.split("\nReferences\n\n", 1)[-1].split("\nDownload references\n", 1)
    if len(blk) != 2: errors.append(f"{f}: no References … Download references block"); return
    paras = [p.strip("\n") for p in blk[0].split("\n\n") if p.strip()]
    refs, i = [], 0
    while i < len(paras):
        if paras[i] in LINKS: errors.append(f"{f}: link line without a reference"); i += 1; continue
        refs.append(paras[i]); i += 1
        k = 0
        while i < len(paras) and paras[i] in LINKS: i += 1; k += 1
        if not k: errors.append(f"{f}: reference without platform links: {refs[-1][:50]!r}")
    if [r.lower() for r in refs] != sorted(r.lower() for r in refs): errors.append(f"{f}: references not in alphabetical order")
    for r in refs:
        m = re.match(r"(.+?) \((\d{4})\)\. ", r)
        if not m: errors.append(f"{f}: no '(YYYY). ' in {r[:50]!r}"); continue
        names = m.group(1)
        items = re.split(r", (?:& )?(?=[A-Z][^,]*, [A-Z]\.)", names)
        for it in items:
            if not re.fullmatch(r"(?:& )?[^,]+, (?:[A-Z]\.(?:[ -]?[A-Za-z]\.)*)", it.strip()) and ". . ." not in it:
                errors.append(f"{f}: author item {it!r} not 'Surname, I.'")
        if len(items) > 1 and ", & " not in names: errors.append(f"{f}: no '& ' before the last author in {names[:40]!r}")
        if len(items) == 1 and "&" in names: errors.append(f"{f}: '&' with a single author")
    ds = {k: datetime.strptime(v, "%d %B %Y") for k, v in re.findall(r"\n(Received|Accepted|Published): (\d\d \w+ \d{4})\n", raw)}
    if set(ds) != {"Received", "Accepted", "Published"} or not ds["Received"] < ds["Accepted"] < ds["Published"]:
        errors.append(f"{f}: Received/Accepted/Published dates missing or out of order")


def bib_entries(raw):
    out, i = [], 0
    for m in re.finditer(r"(?m)^ ?@(\w+)\{([^,]+),", raw):
        s = m.start(); depth = 0; j = raw.index("{", s)
        while j < len(raw):
            depth += {"{": 1, "}": -1}.get(raw[j], 0)
            if depth == 0: break
            j += 1
        out.append((m.group(1), m.group(2), raw[s:j + 1], s))
    return out


def check_doibib(f, raw):
    lf_final(f, raw)
    ents = bib_entries(raw)
    keys_ = [k for _, k, _, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    for typ, key, body, s in ents:
        if body.count("{") != body.count("}"): errors.append(f"{f}: unbalanced braces in {key}")
        prev = raw[:s].rstrip("\n").split("\n")
        m = re.fullmatch(r"https://doi\.org/10\.48550/arxiv\.(\d{4}\.\d{4,5})", key)
        if m:
            aid = m.group(1)
            if f"doi = {{10.48550/ARXIV.{aid}}}" not in body or f"url = {{https://arxiv.org/abs/{aid}}}" not in body:
                errors.append(f"{f}: DataCite record {key} without its doi/url")
            if prev[-1] != f'% curl -LH "Accept: application/x-bibtex" https://doi.org/10.48550/arXiv.{aid}':
                errors.append(f"{f}: DataCite record {key} not preceded by its curl line")
        elif body.startswith(" @"):
            if "\n" in body: errors.append(f"{f}: Crossref record {key} not on one line")
            dm = re.search(r"DOI=\{([^}]+)\}", body)
            if not dm or not any(l.startswith("% curl") and l.lower().endswith(dm.group(1).lower()) for l in prev[-3:]):
                errors.append(f"{f}: Crossref record {key} not preceded by a curl line for its DOI")
        else:
            cols = {l.index("=") for l in body.split("\n")[1:-1] if "=" in l}
            if len(cols) != 1: errors.append(f"{f}: hand-typed entry {key} with unaligned '='")


TRELLO = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date", "Due Complete",
          "Attachment Count", "Attachment Links", "Checklist Item Total Count", "Checklist Item Completed Count",
          "Vote Count", "Comment Count", "Last Activity Date", "List ID", "List Name", "Board ID", "Board Name",
          "Archived", "Start Date"]
ISOZ = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def check_trello(f, raw):
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != TRELLO: errors.append(f"{f}: header is not Trello's"); return
    ids, lists, boards = set(), {}, set()
    for r in rows[1:]:
        if len(r) != len(TRELLO): errors.append(f"{f}: row with {len(r)} cells"); continue
        d = dict(zip(TRELLO, r))
        if not re.fullmatch(r"[0-9a-f]{24}", d["Card ID"]) or d["Card ID"] in ids: errors.append(f"{f}: bad or duplicate card id {d['Card ID']!r}")
        ids.add(d["Card ID"])
        slug = re.sub(r"[^a-z0-9]+", "-", d["Card Name"].lower()).strip("-")
        if not re.fullmatch(r"https://trello\.com/c/[0-9A-Za-z]{8}/\d+-" + re.escape(slug), d["Card URL"]): errors.append(f"{f}: card URL {d['Card URL']!r} not Trello's for its name")
        for c in ("Due Date", "Last Activity Date", "Start Date"):
            if d[c] and not ISOZ.fullmatch(d[c]): errors.append(f"{f}: {c} {d[c]!r} not ISO with ms and Z")
        if not d["Last Activity Date"]: errors.append(f"{f}: no Last Activity Date")
        if bool(d["Due Date"]) != (d["Due Complete"] in ("true", "false")): errors.append(f"{f}: Due Complete {d['Due Complete']!r} with Due Date {d['Due Date']!r}")
        if int(d["Attachment Count"]) != len(d["Attachment Links"].split()): errors.append(f"{f}: attachment count != links for {d['Card Name'][:30]!r}")
        if int(d["Checklist Item Completed Count"]) > int(d["Checklist Item Total Count"]): errors.append(f"{f}: more checklist items done than exist")
        if lists.setdefault(d["List Name"], d["List ID"]) != d["List ID"]: errors.append(f"{f}: list {d['List Name']!r} with two ids")
        boards.add((d["Board ID"], d["Board Name"]))
        if d["Archived"] not in ("true", "false"): errors.append(f"{f}: Archived {d['Archived']!r}")
    if len(set(lists.values())) != len(lists): errors.append(f"{f}: one list id for two list names")
    if len(boards) != 1: errors.append(f"{f}: {len(boards)} boards")


def check_mbox(f, raw):
    lf_final(f, raw)
    chunks = re.split(r"(?m)^(?=From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$)", raw)
    if chunks[0]: errors.append(f"{f}: text before the first From_ line")
    msgs = [c for c in chunks if c]
    mids, prev, first = set(), None, None
    for c in msgs:
        fl, _, rest = c.partition("\n")
        head, _, body = rest.partition("\n\n")
        if re.search(r"(?m)^From ", body): errors.append(f"{f}: unquoted 'From ' line in a body")
        m = email.message_from_string(rest)
        for h in ("From", "Reply-To", "To", "Message-ID", "Subject", "Date", "List-ID", "List-Unsubscribe", "X-GitHub-Sender", "X-GitHub-Reason", "X-GitHub-Recipient"):
            if not m[h]: errors.append(f"{f}: message without {h}")
        if "<notifications@github.com>" not in str(m["From"]): errors.append(f"{f}: From not GitHub's notifications address")
        d = email.utils.parsedate_to_datetime(m["Date"])
        if not m["Date"].startswith(WD[d.weekday()]): errors.append(f"{f}: weekday wrong in {m['Date']!r}")
        if not fl.split()[2] == WD[d.weekday()]: errors.append(f"{f}: From_ line weekday differs from the Date header")
        if prev and d < prev: errors.append(f"{f}: messages not in date order")
        prev = d
        mid = m["Message-ID"]
        if mid in mids: errors.append(f"{f}: duplicate Message-ID {mid}")
        mids.add(mid)
        if first is None:
            first = mid
            if m["In-Reply-To"]: errors.append(f"{f}: the first message is a reply")
        else:
            if m["In-Reply-To"] != first: errors.append(f"{f}: In-Reply-To {m['In-Reply-To']} not the issue's {first}")
            if not str(m["Subject"]).startswith("Re: "): errors.append(f"{f}: reply subject without Re:")
        fm = re.search(r"\nMessage ID: (\S+)\n", body)
        if not fm or "<" + fm.group(1) + ">" != mid: errors.append(f"{f}: footer Message ID differs from {mid}")
        if "Reply to this email directly, view it on GitHub:" not in body: errors.append(f"{f}: no GitHub footer")
        if ("were mentioned" in body) != (m["X-GitHub-Reason"] == "mention"): errors.append(f"{f}: footer reason differs from X-GitHub-Reason")


KEYCAPS = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]


def check_xhs(f, raw):
    lf_final(f, raw)
    found = [k for k in KEYCAPS if k in raw]
    if found != KEYCAPS[:len(found)]: errors.append(f"{f}: numbered items not 1️⃣..n️⃣ without gaps")
    pos = [raw.index(k) for k in found]
    if pos != sorted(pos): errors.append(f"{f}: numbered items out of order")
    for tag in re.findall(r"#\S+", raw):
        if not re.fullmatch(r"#[^#\[\]]+\[话题\]#", tag): errors.append(f"{f}: topic tag {tag!r} not Xiaohongshu's form")
    m = re.search(r"\n编辑于 (\d\d)-(\d\d) (\S+)\n", raw)
    if not m: errors.append(f"{f}: no 编辑于 line"); return
    ed = (int(m.group(1)), int(m.group(2)))
    for mm, dd in re.findall(r"\n(\d\d)-(\d\d) \S+\n", raw[m.end():]):
        if (int(mm), int(dd)) < ed: errors.append(f"{f}: comment dated before the note")
    if not re.search(r"\n共 \d+ 条评论\n", raw): errors.append(f"{f}: no comment count")
    tail = raw.rstrip("\n").split("\n")[-4:]
    if tail[0] != "说点什么..." or not all(re.fullmatch(r"[\d.]+万?", x) for x in tail[1:]): errors.append(f"{f}: bottom bar not 说点什么... + three counts")


def check_hatena(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")
    d = next((l for l in lines if re.fullmatch(r"\d{4}-\d\d-\d\d", l)), None)
    if not d: errors.append(f"{f}: no date line"); return
    title = lines[lines.index(d) + 1]
    if not re.search(r"\n\S+ " + d + r" \d\d:\d\d\n", raw): errors.append(f"{f}: footer date differs from {d}")
    toc = lines[lines.index("目次") + 1:lines.index("", lines.index("目次"))]
    for t_ in toc:
        if not t_.startswith("・") or t_[1:] not in lines: errors.append(f"{f}: 目次 entry {t_!r} not a heading")
    li = lines.index("最新記事")
    if lines[li + 1] != title: errors.append(f"{f}: first 最新記事 entry is not the article")
    for l in lines[lines.index("カテゴリー") + 1:]:
        if not l: break
        if not re.fullmatch(r"\S+ \(\d+\)", l): errors.append(f"{f}: category line {l!r}")
    if not raw.rstrip().endswith("Powered by Hatena Blog | ブログを報告する"): errors.append(f"{f}: no Hatena footer")


DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def check_mastodon(f, raw):
    lf_final(f, raw)
    nums = re.findall(r"(?m)^(?:🧵 )?(\d+)/(\d+) ", raw)
    if not nums or [int(a) for a, _ in nums] != list(range(1, len(nums) + 1)) or len({b for _, b in nums}) != 1 or int(nums[0][1]) != len(nums):
        errors.append(f"{f}: thread numbering {nums}")
    ts = re.findall(r"(?m)^(\d{1,2})\. (\w+) (\d{4}), (\d\d):(\d\d)", raw)
    seq = []
    for d_, mo, y, h, mi in ts:
        if mo not in DE_MONTHS: errors.append(f"{f}: month {mo!r}"); continue
        seq.append(datetime(int(y), DE_MONTHS.index(mo) + 1, int(d_), int(h), int(mi)))
    if seq != sorted(seq): errors.append(f"{f}: timestamps not ascending")
    lines = raw.split("\n")
    for i, l in enumerate(lines):
        if re.match(r"\d{1,2}\. \w+ \d{4}, \d\d:\d\d", l) and not re.fullmatch(r"↩ \d+  🔁 \d+  ⭐ \d+", lines[i + 1]):
            errors.append(f"{f}: no counts line after {l!r}")
    for h in re.findall(r"(?m)^@\w+@(\S+)$", raw):
        if ".example." not in "." + h + ".": errors.append(f"{f}: handle host {h} not an example host")
    for u in re.findall(r"https?://\S+", raw):
        host = urlparse(u).hostname or ""
        if "example" not in host.split("."): errors.append(f"{f}: URL {u} not at an example host")


def shape_checks(f, raw, path):
    {457: check_moodle, 458: check_asciidoc, 459: check_eml, 460: check_apa, 461: check_doibib, 462: check_trello,
     463: check_mbox, 464: check_xhs, 465: check_hatena, 466: check_mastodon}[num(f)](f, raw)


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
        if set(r) != {"arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id"}:
            errors.append(f"{f}: fields {sorted(r)}")
            r = {k: r.get(k) for k in ("arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id")}
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
    labelled = {r.get("true_arxiv_id") for r in recs} | {r.get("openreview_id") for r in recs}
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
    rec_keys = {r.get("true_arxiv_id") or r.get("title") for r in recs}
    rec_titles = {(r.get("title") or "").lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: the brief's rule — count the records of /work/main/tests/data/*/expected.json and
# /work/round3*/, /work/round4*/expected.json by catalogue title, each distinct file once (the round directories
# are byte-identical copies of tests/data's; round44 and round45 themselves are not counted), leave out "Efficient
# Transformers: A Survey", sort by (count, catalogue title); round44 takes the even positions (0, 2, 4, ...).
by_id = {e["arxiv_id"]: e for e in pool.values() if e["arxiv_id"]}
by_title = {e["title"].lower(): e for e in pool.values() if e["title"]}
used = Counter()
TD = "/work/main/tests/data"
srcs = sorted(glob.glob(TD + "/*/expected.json")) + sorted(p for p in glob.glob("/work/round[34]*/expected.json") if not re.search(r"/round4[45]/", p))
srcs = [p for p in srcs if os.path.exists(p)]
seen_files = set()
for pth in srcs:
    h = hashlib.sha256(open(pth, "rb").read()).hexdigest()
    if h in seen_files: continue
    seen_files.add(h)
    for recs in json.load(open(pth)).values():
        for x in recs:
            e = by_id.get(x["true_arxiv_id"]) if x["true_arxiv_id"] else by_title.get(x["title"].lower())
            if e: used[e["title"]] += 1
cands = sorted([e for e in pool.values() if e["title"] != "Efficient Transformers: A Survey"], key=lambda e: (used[e["title"]], e["title"]))
def ctitle(r):
    e = by_id.get(r.get("true_arxiv_id")) or by_title.get((r.get("title") or "").lower())
    return e["title"] if e else (r.get("title") or "?")
allrecs = [ctitle(r) for recs in exp.values() for r in recs]
mine = set(allrecs)
top = max((used[k] for k in mine), default=0)
pos = {e["title"]: i for i, e in enumerate(cands)}
unknown = sorted(k for k in mine if k not in pos)
if unknown: errors.append(f"papers not among the candidates: {unknown}")
odd = sorted(k for k in mine if pos.get(k, 1) % 2)
if odd: errors.append(f"papers at odd positions (round45's): {odd}")
left_out = [e["title"] for i, e in enumerate(cands) if i % 2 == 0 and used[e["title"]] < top and e["title"] not in mine]
if left_out: errors.append(f"less-used even-position papers left out: {left_out}")
skipped_top = [e["title"] for i, e in enumerate(cands) if i % 2 == 0 and used[e["title"]] == top and e["title"] not in mine]
r41 = set()
p41 = "/work/round45/expected.json"
if os.path.exists(p41):
    try:
        r41 = {ctitle(x) for recs in json.load(open(p41)).values() for x in recs}
    except (ValueError, KeyError) as ex:
        notes.append(f"/work/round45/expected.json not readable now: {ex!r}")
    if r41 & mine: errors.append(f"papers also in round45: {sorted(r41 & mine)}")
shared41 = len(r41 & mine) if os.path.exists(p41) else "(no /work/round45/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r.get("evidence") for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r.get("openreview_id"))
    print(f"{f:92s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
    if f.split("_")[1] != "negative" and not 8 <= len(exp.get(f, [])) <= 12: errors.append(f"{f}: {len(exp.get(f, []))} papers (8-12 wanted)")
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r.get("openreview_id"))
nox = sum(1 for recs in exp.values() for r in recs if not r.get("true_arxiv_id"))
nox_t = sum(1 for recs in exp.values() for r in recs if r.get("evidence") == "title-only" and r.get("true_arxiv_id"))
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round44 file: {multi}")
share = c["title-only"] / max(tot, 1)
if not 0.40 <= share <= 0.50: errors.append(f"title-only share {share:.2f} outside 0.40-0.50")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {share:.2f}")
print(f"counted {len(seen_files)} distinct expected.json files of {len(srcs)}; earlier uses of the papers: {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"candidates {len(cands)}; even positions with count <= {top}: {sum(1 for i, e in enumerate(cands) if i % 2 == 0 and used[e['title']] <= top)}, used {len(mine)}; "
      f"even-position papers with {top} uses not used: {skipped_top}")
print(f"round45: shared with round44: {shared41}; papers in more than one round44 file: {multi}")

# rebuild check (--rebuild): run make_expected.py and every builder in a scratch copy and compare sha256 digests
if "--rebuild" in sys.argv:
    import shutil, subprocess, tempfile
    tmp = tempfile.mkdtemp(prefix="round44-rebuild-")
    try:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"), ignore=shutil.ignore_patterns("__pycache__"))
        os.makedirs(os.path.join(tmp, "digests"))
        mk = sorted(x for x in os.listdir(os.path.join(tmp, "tools")) if re.fullmatch(r"make_(expected|\d+)\.py", x))
        for m in ["make_expected.py"] + [x for x in mk if x != "make_expected.py"]:
            r = subprocess.run([sys.executable, m], cwd=os.path.join(tmp, "tools"), capture_output=True, text=True)
            if r.returncode: errors.append(f"rebuild: {m} failed: {r.stderr.strip()[-200:]}")
        sha = lambda p: hashlib.sha256(open(p, "rb").read()).hexdigest()
        for rel in ["expected.json"] + [os.path.join("digests", f) for f in files]:
            a, b = os.path.join(ROOT, rel), os.path.join(tmp, rel)
            if not os.path.exists(b) or sha(a) != sha(b): errors.append(f"rebuild: {rel} differs (sha256)")
        extra = set(os.listdir(os.path.join(tmp, "digests"))) - set(files)
        if extra: errors.append(f"rebuild: builders write files not in digests/: {sorted(extra)}")
        print(f"rebuild: {len(files) + 1} files rebuilt in a scratch copy, sha256 compared")
    finally:
        shutil.rmtree(tmp)

for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
