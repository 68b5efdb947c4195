#!/usr/bin/env python3
r"""Checks round46/expected.json against the digests and the shared catalogues.

Adapted from round44/validate.py (the label checks and the reuse report are the same code; the readers, the shape
checks and the reuse sources are new). Every digest is UTF-8 without a byte-order mark, LF line endings; each is also
read in decoded forms, the way a reader of that shape would see it:
  - 478 (MediaWiki wikitext): external links `[URL text]` read as "text URL", `''`/`'''` markup dropped;
  - 481 (BibTeX): braces dropped;
  - 482 (Todoist CSV): every cell, one per line (quoting undone);
  - 486 (Telegram JSON): every message's text, rebuilt from its text_entities (JSON escapes undone);
  - the other files (477, 479, 480, 483, 484, 485): the text (480 also with its form feeds as line breaks);
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case, wrapped
lines, `{…}`-protected) or only after decoding is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 46
needs none.

Shape checks (each digest against the program or habit that writes its shape):
  - 477 (Org file): `#+TITLE:` first; every TODO keyword of a heading declared in `#+TODO:`; `CLOSED:` only on
    done-state headings; every timestamp's Spanish weekday abbreviation right for its date; CLOSED not before
    SCHEDULED; :PROPERTIES: / :LOGBOOK: drawers closed by :END:; CLOCK durations equal to their intervals; each
    level-1 progress cookie [n/m] equal to its done / all child headings; the hours table's sums equal the clocked
    hours per week; [[…][…]] links balanced;
  - 478 (MediaWiki): `{{`/`}}` and `{|`/`|}` balanced; headings `== x ==` with equal marks; every table row has the
    header's cell count; `<ref>` tags closed and `<references />` present iff refs are used; a [[Category:…]];
  - 479 (Mailman digest): the preamble; Today's Topics numbered 1..n, each topic's subject and sender equal to its
    "Message: n" block's; Date weekdays right, dates ascending; separators; "End of … Digest, Vol v, Issue i" with
    an asterisk line of the same length; in the forwarded arXiv mailing: records "\\" / arXiv:ID / Date / Title /
    Authors / Categories, dates inside the "received from … to …" window, ids ascending, the closing
    "\\ ( https://arxiv.org/abs/ID ,  Nkb)" line naming the record's id and size, 78-dash separators;
  - 480 (alphadin references): the block between "Literaturverzeichnis" and "Selbstständigkeitserklärung";
    entries "[LABEL]  …" sorted by label; every label derived from its author list and year the way alpha.bst
    does (one author: three letters; two to four: initials; more: three initials and "+"); labels unique; every
    label cited in the text exists; page numbers ascending on running heads;
  - 481 (BibTeX with @string / crossref): braces balanced per entry; keys unique; every bare macro used is an
    @string defined above it or a month macro; every crossref target exists and comes after the entries citing it;
  - 482 (Todoist CSV): LF; the 12 Todoist columns; every row 12 cells; TYPE in section / task / note or an empty
    separator row; PRIORITY 1-4 and INDENT 1-4 on tasks only; DATE_LANG nl and TIMEZONE iff a DATE; DURATION_UNIT
    iff a DURATION; authors "Name (id)"; an INDENT 2 task only under a task;
  - 483 (gh issue view): the metadata block in gh's order; number an integer; "comments:" equal to the comment
    blocks; every comment block author / association (member, contributor, owner, collaborator, none) / edited /
    status, "--", body, "--";
  - 484 (V2EX): the breadcrumb, "· N 次点击" line, replies numbered 1..n, "n 条回复 • last time" equal to the count
    and the last reply's time, reply times ascending and not before the topic, @mentions naming earlier posters;
  - 485 (esa.io export): front matter keys title / category / tags / created_at / updated_at / published /
    number; created_at <= updated_at, both +0900; Markdown tables with a constant cell count; footnote references
    and definitions matching; <details> balanced;
  - 486 (NEGATIVE, Telegram JSON): valid JSON; type public_channel; message ids ascending by one; date_unixtime
    equal to date read in Moscow time (and edited_unixtime to edited); "text" equal to the concatenation of
    text_entities; a pin's message_id an earlier message; reactions with counts.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; the shape checks; and the paper choice: the
candidates are the catalogue papers less "Efficient Transformers: A Survey", sorted by (uses, catalogue title), the
uses counted by catalogue title over /work/main/tests/data/*/expected.json, /work/round2*/, /work/round3*/ and
/work/round4*/expected.json (round46 and round47 left out), each distinct file once (the round directories hold
byte-identical copies of tests/data's); round46 must hold only even positions (0, 2, 4, ...), every even-position
paper less used than its most-used paper, 8-12 papers per positive file, no paper twice, none of
/work/round47/expected.json's papers (when that file exists), and a title-only share of 0.40-0.50.
With --rebuild it also runs tools/make_expected.py and every builder in a scratch copy (a temporary directory,
deleted afterwards) and compares the sha256 of expected.json and of every digest."""

import csv, glob, hashlib, html, io, json, os, re, sys
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


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 478:
        s = re.sub(r"\[(https?://\S+) ([^\]]+)\]", r"\2 \1", raw)
        forms.append(s.replace("'''", "").replace("''", ""))
    if n == 480: forms.append(raw.replace("\f", "\n"))
    if n == 481: forms.append(raw.replace("{", "").replace("}", ""))
    if n == 482:
        forms.append("\n".join(c for row in csv.reader(io.StringIO(raw, newline="")) for c in row))
    if n == 486:
        d = json.loads(raw)
        forms.append("\n".join("".join(x.get("text", "") for x in m.get("text_entities", [])) for m in d.get("messages", [])))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def check_org(f, raw):
    lf_final(f, raw)
    lines = raw.split("\n")
    if not lines[0].startswith("#+TITLE: "): errors.append(f"{f}: no #+TITLE: on line 1")
    m = re.search(r"(?m)^#\+TODO: (.*)$", raw)
    if not m: errors.append(f"{f}: no #+TODO: line"); return
    seq = m.group(1).split()
    bar = seq.index("|") if "|" in seq else len(seq) - 1
    kw = [re.sub(r"\(.*\)$", "", x) for x in seq if x != "|"]
    done = {re.sub(r"\(.*\)$", "", x) for x in seq[bar + 1:]}
    heads = [(i, l) for i, l in enumerate(lines) if re.match(r"\*+ ", l)]
    for i, l in heads:
        w = l.split()[1]
        if w.isupper() and len(w) > 2 and re.fullmatch(r"[A-ZÁÉÍÓÚ-]+", w) and w not in kw:
            errors.append(f"{f}: undeclared TODO keyword {w!r} in {l!r}")
        state = w if w in kw else None
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if "CLOSED:" in nxt and state not in done: errors.append(f"{f}: CLOSED on a heading not in a done state: {l!r}")
        if state in done and "CLOSED:" not in nxt: errors.append(f"{f}: done heading without CLOSED: {l!r}")
        c = re.search(r"CLOSED: \[(\d{4}-\d\d-\d\d)", nxt); s = re.search(r"SCHEDULED: <(\d{4}-\d\d-\d\d)", nxt)
        if c and s and c.group(1) < s.group(1): errors.append(f"{f}: CLOSED before SCHEDULED under {l!r}")
    for m in re.finditer(r"[<\[](\d{4})-(\d\d)-(\d\d) (\S+?)(?: \d\d:\d\d)?[>\]]", raw):
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) != ES_DAYS[d.weekday()]: errors.append(f"{f}: {m.group(0)} is a {ES_DAYS[d.weekday()]}")
    opened = None
    for l in lines:
        if l in (":PROPERTIES:", ":LOGBOOK:"):
            if opened: errors.append(f"{f}: drawer {opened} not closed before {l}")
            opened = l
        elif l == ":END:":
            if not opened: errors.append(f"{f}: :END: without a drawer")
            opened = None
        elif re.match(r"\*+ ", l) and opened: errors.append(f"{f}: drawer {opened} not closed before heading {l!r}"); opened = None
    if opened: errors.append(f"{f}: drawer {opened} not closed")
    clocked = {}
    week = None
    for l in lines:
        if re.match(r"\* ", l): week = l
        m = re.fullmatch(r"CLOCK: \[(\S+) \S+ (\d\d:\d\d)\]--\[(\S+) \S+ (\d\d:\d\d)\] =>\s+(\d+):(\d\d)", l)
        if l.startswith("CLOCK:"):
            if not m: errors.append(f"{f}: bad CLOCK line {l!r}"); continue
            a = datetime.fromisoformat(m.group(1) + " " + m.group(2)); b = datetime.fromisoformat(m.group(3) + " " + m.group(4))
            mins = int((b - a).total_seconds() // 60)
            if mins != int(m.group(5)) * 60 + int(m.group(6)): errors.append(f"{f}: CLOCK duration wrong in {l!r}")
            clocked[week] = clocked.get(week, 0) + mins
    for k, (i, l) in enumerate(heads):
        m = re.search(r"\[(\d+)/(\d+)\]", l)
        if not m or not l.startswith("* "): continue
        end = next((j for j, l2 in heads[k + 1:] if l2.startswith("* ")), len(lines))
        kids = [l2 for j, l2 in heads if i < j < end and l2.startswith("** ")]
        nd = sum(1 for l2 in kids if l2.split()[1] in done)
        if (int(m.group(1)), int(m.group(2))) != (nd, len(kids)): errors.append(f"{f}: cookie {m.group(0)} but {nd}/{len(kids)} in {l!r}")
    weeks = [l for i, l in heads if l.startswith("* Semana")]
    rows = re.findall(r"(?m)^\|\s+(\d+) \|\s+(\d+) \|\s+([\d.]+) \|$", raw)
    for w, n_, h in rows:
        wl = next((x for x in weeks if x.startswith(f"* Semana {w} ")), None)
        if wl is None: errors.append(f"{f}: hours row for unknown week {w}"); continue
        if abs(clocked.get(wl, 0) / 60 - float(h)) > 0.006: errors.append(f"{f}: week {w} hours {h} but clocked {clocked.get(wl, 0) / 60:.2f}")
    tot = re.search(r"(?m)^\|\s+Total \|\s+(\d+) \|\s+([\d.]+) \|$", raw)
    if not tot or abs(sum(float(h) for _, _, h in rows) - float(tot.group(2))) > 0.006 or sum(int(n_) for _, n_, _ in rows) != int(tot.group(1)):
        errors.append(f"{f}: hours table total wrong")
    if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: unbalanced [[ ]] links")


def check_wiki(f, raw):
    lf_final(f, raw)
    if raw.count("{{") != raw.count("}}"): errors.append(f"{f}: unbalanced templates")
    if raw.count("\n{|") != raw.count("\n|}"): errors.append(f"{f}: unbalanced tables")
    for l in raw.split("\n"):
        if l.startswith("="):
            m = re.fullmatch(r"(=+) \S.*? (=+)", l)
            if not m or m.group(1) != m.group(2): errors.append(f"{f}: bad heading {l!r}")
    for tb in re.findall(r"(?s)\n\{\|.*?\n\|\}", raw):
        rows = [r for r in tb.split("\n|-")[1:]]
        ncol = None
        for r in rows:
            body = r.strip().split("\n")[0] if r.strip() else ""
            body = re.sub(r"^[!|] ?", "", body.replace("\n|}", ""))
            cells = re.split(r" \|\| | !! ", body)
            if ncol is None: ncol = len(cells)
            elif len(cells) != ncol: errors.append(f"{f}: table row with {len(cells)} cells, header has {ncol}: {body!r}")
    opens = len(re.findall(r"<ref(?: name=\"[^\"]+\")?>", raw)); closes = raw.count("</ref>")
    if opens != closes: errors.append(f"{f}: <ref> not closed")
    if (opens > 0) != ("<references />" in raw): errors.append(f"{f}: <references /> and refs disagree")
    if not re.search(r"\[\[Category:[^\]]+\]\]", raw): errors.append(f"{f}: no category")


EM_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def check_mailman(f, raw):
    lf_final(f, raw)
    m = re.match(r"Send (\S+) mailing list submissions to\n", raw)
    if not m: errors.append(f"{f}: no Mailman preamble"); return
    lst = m.group(1)
    topics = re.findall(r"(?m)^ {2,3}(\d+)\. (.+) \(([^()]+)\)$", raw.split("-" * 70)[0])
    if [int(n_) for n_, _, _ in topics] != list(range(1, len(topics) + 1)): errors.append(f"{f}: Today's Topics not numbered 1..n")
    blocks = re.split(r"(?m)^Message: (\d+)\n", raw.split("Subject: Digest Footer")[0])
    nums = [int(x) for x in blocks[1::2]]
    if nums != list(range(1, len(topics) + 1)): errors.append(f"{f}: message numbers {nums} vs {len(topics)} topics")
    prev = None
    for (n_, subj, who), body in zip(topics, blocks[2::2]):
        hd = dict(re.findall(r"(?m)^(Date|From|Subject): (.*)$", body.split("\n\n")[0]))
        if re.sub(r"\[[\w-]+\] ", "", hd.get("Subject", "")) != subj: errors.append(f"{f}: topic {n_} subject {subj!r} vs {hd.get('Subject')!r}")
        if not hd.get("From", "").startswith(who + " <"): errors.append(f"{f}: topic {n_} sender {who!r} vs {hd.get('From')!r}")
        try:
            dt = datetime.strptime(hd["Date"], "%a, %d %b %Y %H:%M:%S %z")
            if hd["Date"][:3] != EM_DAYS[dt.weekday()]: errors.append(f"{f}: Date weekday wrong in message {n_}")
            if prev and dt < prev: errors.append(f"{f}: message {n_} dated before the previous one")
            prev = dt
        except (KeyError, ValueError):
            errors.append(f"{f}: bad Date in message {n_}")
        if not body.rstrip("\n").endswith("------------------------------"): errors.append(f"{f}: message {n_} not closed by the 30-dash separator")
    end = re.search(r"\nEnd of (\S+) Digest, Vol (\d+), Issue (\d+)\n(\*+)\n$", raw)
    if not end or end.group(1) != lst or len(end.group(4)) != len(end.group(0).split("\n")[1]): errors.append(f"{f}: bad digest end")
    if "Subject: Digest Footer" not in raw: errors.append(f"{f}: no digest footer")
    w = re.search(r"received from  \w{3} (\d+ \w{3} \d\d \d\d:\d\d:\d\d) GMT  to  \w{3} (\d+ \w{3} \d\d \d\d:\d\d:\d\d) GMT", raw)
    if not w: errors.append(f"{f}: no mailing window"); return
    lo, hi = (datetime.strptime(x, "%d %b %y %H:%M:%S") for x in w.groups())
    recs = re.findall(r"\\\\\narXiv:(\d{4}\.\d{4,5})\nDate: (\w{3}, \d+ \w{3} \d{4} \d\d:\d\d:\d\d) GMT   \((\d+)kb\)\n\nTitle: .*?\nAuthors: .*?\nCategories: .*?\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)\n(-{78})\n", raw, re.S)
    if len(recs) != raw.count("\nTitle: "): errors.append(f"{f}: {raw.count(chr(10) + 'Title: ')} Title lines but {len(recs)} well-formed records")
    ids = [r[0] for r in recs]
    if ids != sorted(ids): errors.append(f"{f}: record ids not ascending")
    for aid, d, size, aid2, size2, _ in recs:
        dt = datetime.strptime(d, "%a, %d %b %Y %H:%M:%S")
        if d[:3] != EM_DAYS[dt.weekday()]: errors.append(f"{f}: {aid} date weekday wrong")
        if not lo <= dt <= hi: errors.append(f"{f}: {aid} dated outside the window")
        if aid != aid2 or size != size2: errors.append(f"{f}: {aid} closing line names {aid2} / {size2}kb")


def alpha_label(authors, yy):
    sur = [a.split(",")[0].strip() for a in authors]
    if len(sur) == 1: return sur[0][:3] + yy
    if len(sur) > 4: return "".join(s[0] for s in sur[:3]) + "+" + yy
    return "".join(s[0] for s in sur) + yy


def check_alphadin(f, raw):
    lf_final(f, raw)
    if "Literaturverzeichnis" not in raw or "Selbstständigkeitserklärung" not in raw: errors.append(f"{f}: no Literaturverzeichnis / Erklärung"); return
    block = raw[raw.index("\nLiteraturverzeichnis"):raw.index("Selbstständigkeitserklärung")]
    block = re.sub(r"(?m)^Literaturverzeichnis +\d+$", "", block.replace("\f", ""))
    ents = re.findall(r"(?ms)^\[([A-Za-z+]+\d\d)\]  (.*?)(?=^\[|\Z)", block)
    labs = [l for l, _ in ents]
    if labs != sorted(labs, key=str.lower): errors.append(f"{f}: entries not sorted by label")
    if len(set(labs)) != len(labs): errors.append(f"{f}: duplicate labels")
    for lab, body in ents:
        body = re.sub(r"\s+", " ", body)
        au = body.split(":")[0]
        names = [a for a in au.split(" ; ")]
        yy = re.findall(r"\b(19|20)(\d\d)\b", body)
        if not yy: errors.append(f"{f}: [{lab}] without a year"); continue
        if all("," in n_ for n_ in names):
            exp_lab = alpha_label(names, lab[-2:])
            if exp_lab != lab: errors.append(f"{f}: label [{lab}] but the authors give [{exp_lab}]")
        if lab[-2:] not in {y[1] for y in yy}: errors.append(f"{f}: [{lab}]'s year not in the entry")
    for c in re.findall(r"\[([A-Za-z+]+\d\d)\]", raw.split("\nLiteraturverzeichnis")[0]):
        if c not in labs: errors.append(f"{f}: cited [{c}] not in the Literaturverzeichnis")
    pages = [int(x) for x in re.findall(r"(?m)^(?:Literaturverzeichnis|\d [^\n]*?) +(\d+)$", raw)]
    if pages != sorted(pages) or len(set(pages)) != len(pages): errors.append(f"{f}: running-head page numbers not ascending: {pages}")


def bib_entries(raw):
    out, i = [], 0
    for m in re.finditer(r"(?m)^@(\w+)\{", raw):
        j, depth = m.end(), 1
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
        out.append((m.group(1).lower(), raw[m.end():j - 1], m.start(), depth))
    return out


MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def check_strbib(f, raw):
    lf_final(f, raw)
    strings, keys_, pos, refs = set(), Counter(), {}, []
    for typ, body, at, depth in bib_entries(raw):
        if depth: errors.append(f"{f}: unbalanced braces in entry at {at}"); continue
        if typ == "string":
            m = re.fullmatch(r"\s*(\w+)\s*=\s*\"[^\"]*\"\s*", body)
            if not m: errors.append(f"{f}: bad @string {body!r}")
            else: strings.add(m.group(1).lower())
            continue
        if typ == "preamble": continue
        key = body.split(",")[0].strip(); keys_[key] += 1; pos[key] = at
        for fld, val in re.findall(r"(?m)^\s+(\w+)\s*=\s*(.+?),?$", body):
            for tok in re.split(r"\s*#\s*", val):
                tok = tok.strip().rstrip(",")
                if re.fullmatch(r"[A-Za-z]\w*", tok) and tok.lower() not in strings and tok.lower() not in MONTHS:
                    errors.append(f"{f}: {key}: macro {tok!r} used but not defined above")
            if fld.lower() == "crossref": refs.append((key, val.strip("{}, "), at))
    for k, n_ in keys_.items():
        if n_ > 1: errors.append(f"{f}: duplicate key {k}")
    for key, tgt, at in refs:
        if tgt not in pos: errors.append(f"{f}: {key}: crossref {tgt} missing")
        elif pos[tgt] < at: errors.append(f"{f}: {key}: crossref {tgt} comes before the entry citing it")


TD_COLS = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG",
           "TIMEZONE", "DURATION", "DURATION_UNIT"]


def check_todoist(f, raw):
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != TD_COLS: errors.append(f"{f}: header {rows[0]}"); return
    last_task_indent = None
    for r in rows[1:]:
        if len(r) != 12: errors.append(f"{f}: row with {len(r)} cells"); continue
        d = dict(zip(TD_COLS, r))
        if not any(r): continue
        t_ = d["TYPE"]
        if t_ not in ("section", "task", "note"): errors.append(f"{f}: TYPE {t_!r}"); continue
        if t_ == "task":
            if d["PRIORITY"] not in "1234" or not d["PRIORITY"] or d["INDENT"] not in "1234" or not d["INDENT"]:
                errors.append(f"{f}: bad PRIORITY/INDENT on {d['CONTENT'][:40]!r}")
            elif int(d["INDENT"]) > 1 and last_task_indent is None: errors.append(f"{f}: sub-task without a parent task: {d['CONTENT'][:40]!r}")
            last_task_indent = int(d["INDENT"] or 1)
        else:
            if d["PRIORITY"] or d["INDENT"]: errors.append(f"{f}: PRIORITY/INDENT on a {t_} row")
            if t_ == "section": last_task_indent = None
        if bool(d["DATE"]) != (d["DATE_LANG"] == "nl") or bool(d["DATE"]) != bool(d["TIMEZONE"]): errors.append(f"{f}: DATE / DATE_LANG / TIMEZONE disagree on {d['CONTENT'][:40]!r}")
        if bool(d["DURATION"]) != bool(d["DURATION_UNIT"]) or d["DURATION_UNIT"] not in ("", "minute", "hour", "day"): errors.append(f"{f}: DURATION / unit disagree")
        for who in (d["AUTHOR"], d["RESPONSIBLE"]):
            if who and not re.fullmatch(r"[^()]+ \(\d{8}\)", who): errors.append(f"{f}: bad person {who!r}")
        if t_ != "section" and not d["AUTHOR"]: errors.append(f"{f}: {t_} row without AUTHOR")


GH_META = ["title", "state", "author", "labels", "comments", "assignees", "projects", "milestone", "number"]


def check_gh(f, raw):
    lf_final(f, raw)
    head, _, rest = raw.partition("\n--\n")
    meta = [l.split("\t", 1) for l in head.split("\n")]
    if [m[0].rstrip(":") for m in meta] != GH_META or any(len(m) != 2 for m in meta): errors.append(f"{f}: metadata block not in gh's order"); return
    md = {k.rstrip(":"): v for k, v in meta}
    if not md["number"].isdigit(): errors.append(f"{f}: number not an integer")
    if md["state"] not in ("OPEN", "CLOSED"): errors.append(f"{f}: state {md['state']}")
    blocks = re.findall(r"(?m)^author:\t(\S+)\nassociation:\t(\w+)\nedited:\t(true|false)\nstatus:\t(\w+)\n--\n", rest)
    if len(blocks) != rest.count("\nauthor:\t") + rest.startswith("author:\t"): errors.append(f"{f}: malformed comment header")
    if str(len(blocks)) != md["comments"]: errors.append(f"{f}: comments: {md['comments']} but {len(blocks)} comment blocks")
    for b in blocks:
        if b[1] not in ("member", "contributor", "owner", "collaborator", "none"): errors.append(f"{f}: association {b[1]}")
    if not raw.endswith("\n--\n"): errors.append(f"{f}: last comment not closed by --")


def check_v2ex(f, raw):
    lf_final(f, raw)
    if not raw.startswith("V2EX  ›  "): errors.append(f"{f}: no breadcrumb")
    m = re.search(r"(?m)^(\S+) · (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \+08:00 · \d+ 次点击$", raw)
    if not m: errors.append(f"{f}: no author/time/clicks line"); return
    t0 = m.group(2)
    c = re.search(r"(?m)^(\d+) 条回复  •  (\S+ \S+) \+08:00$", raw)
    reps = re.findall(r"(?m)^(\S+)    (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \+08:00(?: via \w+)?(?:    ❤️ \d+)?\n(\d+)\n(.*)$", raw)
    if [int(r[2]) for r in reps] != list(range(1, len(reps) + 1)): errors.append(f"{f}: replies not numbered 1..n")
    if not c or int(c.group(1)) != len(reps) or (reps and c.group(2) != reps[-1][1]): errors.append(f"{f}: reply count / last reply time wrong")
    times = [r[1] for r in reps]
    if times != sorted(times) or (times and times[0] < t0): errors.append(f"{f}: reply times not ascending after the topic")
    posters = {m.group(1)}
    for u, ts, n_, body in reps:
        for at in re.findall(r"@(\w+)", body):
            if at not in posters: errors.append(f"{f}: reply {n_} mentions @{at}, who has not posted")
        posters.add(u)


def check_esa(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no front matter"); return
    fm = dict(l.split(": ", 1) for l in m.group(1).split("\n"))
    if list(fm) != ["title", "category", "tags", "created_at", "updated_at", "published", "number"]: errors.append(f"{f}: front matter keys {list(fm)}")
    try:
        a, b = (datetime.strptime(fm[k], "%Y-%m-%d %H:%M:%S %z") for k in ("created_at", "updated_at"))
        if a > b: errors.append(f"{f}: created_at after updated_at")
        if a.utcoffset() != timedelta(hours=9) or b.utcoffset() != timedelta(hours=9): errors.append(f"{f}: not +0900")
    except (KeyError, ValueError):
        errors.append(f"{f}: bad timestamps")
    if not fm.get("number", "").isdigit() or fm.get("published") not in ("true", "false"): errors.append(f"{f}: number / published")
    tbl = None
    for l in raw.split("\n"):
        if l.startswith("|"):
            n_ = l.count("|")
            if tbl is None: tbl = n_
            elif n_ != tbl: errors.append(f"{f}: table row with {n_ - 1} cells: {l[:50]!r}")
        else: tbl = None
    refs = set(re.findall(r"\[\^(\w+)\](?!:)", raw)); defs = set(re.findall(r"(?m)^\[\^(\w+)\]:", raw))
    if refs != defs: errors.append(f"{f}: footnotes {refs} vs definitions {defs}")
    if len(re.findall(r"(?m)^<details>", raw)) != len(re.findall(r"(?m)^</details>$", raw)): errors.append(f"{f}: <details> unbalanced")


MSK = timezone(timedelta(hours=3))


def check_telegram(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if d.get("type") != "public_channel" or not isinstance(d.get("id"), int): errors.append(f"{f}: not a public channel export")
    ms = d.get("messages", [])
    ids = [m["id"] for m in ms]
    if ids != list(range(ids[0], ids[0] + len(ids))): errors.append(f"{f}: message ids not consecutive")
    prev = None
    for m in ms:
        for k, ku in (("date", "date_unixtime"), ("edited", "edited_unixtime")):
            if k in m:
                ts = int(datetime.fromisoformat(m[k]).replace(tzinfo=MSK).timestamp())
                if str(ts) != m.get(ku): errors.append(f"{f}: message {m['id']}: {ku} {m.get(ku)} but {k} {m[k]} is {ts}")
        if prev and m["date"] < prev: errors.append(f"{f}: message {m['id']} dated before the previous one")
        prev = m["date"]
        txt = m["text"] if isinstance(m["text"], str) else "".join(x if isinstance(x, str) else x["text"] for x in m["text"])
        if txt != "".join(x["text"] for x in m["text_entities"]): errors.append(f"{f}: message {m['id']}: text and text_entities disagree")
        if m["type"] == "service" and m.get("action") == "pin_message" and m.get("message_id") not in ids[:ids.index(m["id"])]:
            errors.append(f"{f}: pin of a message that does not precede it")
        for r in m.get("reactions", []):
            if not isinstance(r.get("count"), int) or r["count"] < 1: errors.append(f"{f}: bad reaction count in {m['id']}")


def shape_checks(f, raw, path):
    {477: check_org, 478: check_wiki, 479: check_mailman, 480: check_alphadin, 481: check_strbib, 482: check_todoist,
     483: check_gh, 484: check_v2ex, 485: check_esa, 486: check_telegram}[num(f)](f, raw)


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
            if not aid: errors.append(f"{f}: arxiv-text record without an arXiv id: {t}")
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# /work/round2*/, /work/round3*/, /work/round4*/expected.json by catalogue title, each distinct file once (the round
# directories hold byte-identical copies of tests/data's; round46 and round47 themselves are not counted), leave out "Efficient
# Transformers: A Survey", sort by (count, catalogue title); round46 takes the even positions (0, 2, 4, ...).
by_id = {e["arxiv_id"]: e for e in pool.values() if e["arxiv_id"]}
by_title = {e["title"].lower(): e for e in pool.values() if e["title"]}
used = Counter()
TD = "/work/main/tests/data"
srcs = sorted(glob.glob(TD + "/*/expected.json")) + sorted(p for p in glob.glob("/work/round[234]*/expected.json") if not re.search(r"/round4[67]/", p))
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
if odd: errors.append(f"papers at odd positions (round47's): {odd}")
left_out = [e["title"] for i, e in enumerate(cands) if i % 2 == 0 and used[e["title"]] < top and e["title"] not in mine]
if left_out: errors.append(f"less-used even-position papers left out: {left_out}")
skipped_top = [e["title"] for i, e in enumerate(cands) if i % 2 == 0 and used[e["title"]] == top and e["title"] not in mine]
r41 = set()
p41 = "/work/round47/expected.json"
if os.path.exists(p41):
    try:
        r41 = {ctitle(x) for recs in json.load(open(p41)).values() for x in recs}
    except (ValueError, KeyError) as ex:
        notes.append(f"/work/round47/expected.json not readable now: {ex!r}")
    if r41 & mine: errors.append(f"papers also in round47: {sorted(r41 & mine)}")
shared41 = len(r41 & mine) if os.path.exists(p41) else "(no /work/round47/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round46 file: {multi}")
share = c["title-only"] / max(tot, 1)
if not 0.40 <= share <= 0.50: errors.append(f"title-only share {share:.2f} outside 0.40-0.50")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {share:.2f}")
print(f"counted {len(seen_files)} distinct expected.json files of {len(srcs)}; earlier uses of the papers: {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"candidates {len(cands)}; even positions with count <= {top}: {sum(1 for i, e in enumerate(cands) if i % 2 == 0 and used[e['title']] <= top)}, used {len(mine)}; "
      f"even-position papers with {top} uses not used: {skipped_top}")
print(f"round47: shared with round46: {shared41}; papers in more than one round46 file: {multi}")

# rebuild check (--rebuild): run make_expected.py and every builder in a scratch copy and compare sha256 digests
if "--rebuild" in sys.argv:
    import shutil, subprocess, tempfile
    tmp = tempfile.mkdtemp(prefix="round46-rebuild-")
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
