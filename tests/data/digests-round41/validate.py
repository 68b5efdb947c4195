#!/usr/bin/env python3
r"""Checks round41/expected.json against the digests and the shared catalogues.

Adapted from round39/validate.py (the label checks are the same code; the readers and shape checks are new; the
reuse report counts every /work/main/tests/data/*/expected.json and /work/round3*/expected.json — a file whose bytes
equal one already counted (round30 … round39 are copies of tests/data/digests-round30 … 39) is counted once — and
checks the round40/round41 split: round41 holds the odd positions of the candidates sorted by (uses, catalogue
title), position 1 left out, as one run from position 3 up to its last paper; it fails on a paper shared with
/work/round40/expected.json when that file exists (read only), and on a paper in more than one round41 file).
Every digest is UTF-8; each is also read in decoded forms, the way a reader of that shape would see it:
  - 429 (TimelineJS JSON): every string value, HTML entities undone and tags removed;
  - 434 (Excalidraw scene): every string value (the cards' originalText holds the unwrapped text);
  - 435 (HAR): every string value, and every string value of the JSON bodies (response content, postData) inside;
  - 436 (Slido CSV): every field, one per line;
  - the other files (427, 428, 430, 431, 432, 433): the text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (lower case in 427,
428, 429, 430, 431, 433, 434; wrapped in 434's `text`) is reported as a `note:` when it is not also written as is.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS. Round 41
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 427 (Google Drive list view copied as text): LF, the column header "Nom / Propriétaire / Dernière modification /
    Taille du fichier" (tab-separated), a "Dossiers" block then a "Fichiers" block of rows with exactly 4 tab-separated
    cells, unique names, owner "moi" or a name, French Drive dates ("7 mars 2024", "14 févr. 2024" or a time "11:42",
    optionally followed by who modified it), sizes "—" for folders and Google files (no extension) and "N Ko" /
    "N,N Mo" for uploaded files, no tabs outside the rows, and a Détails pane whose file, size and owner match its row;
  - 428 (aria2c input file): LF, only comment, blank, URI and option lines; a URI line holds TAB-separated http(s)
    URIs; option lines start with one space, are "key=value" with an aria2 input-file option, and follow a URI
    line; every download has dir and out, (dir, out) unique, out without "/", checksum as "sha-256=<64 hex>";
  - 429 (TimelineJS): the file = json.dumps(indent=2, ensure_ascii=False) + newline, top-level keys title / events /
    eras / scale, events with valid start dates (year / month / day strings) in order, a headline and HTML text with
    balanced <p>, <i>, <a> tags, unique unique_id, a group, media with an http(s) url, eras ordered without overlap;
  - 430 (Slurm batch script): LF, the shebang, every #SBATCH line before the first command and none after, known
    sbatch options written --key=value, --array=0-N%k with case arms 0..N in order plus "*)", each arm ending ";;"
    and setting METHOD / CFG / CKPT, case/esac balanced, backslash continuations followed by an indented line,
    every $VAR / ${VAR} assigned in the script or from the environment (SLURM_*, USER, HOME, NOISE / SEED defaults);
  - 431 (third-party notices): LF, components numbered 1..N with an underline of the same length, the fields
    Version / Source / License / Files / Notes in order, SPDX identifiers that each have a licence-text section,
    notes indented by four spaces, lines at most 120 characters;
  - 432 (psql session): LF, prompts "lesekreis=> " with statements ending ";" or backslash commands, every aligned
    table with a header, a rule of "-" and "+" whose "+" positions match every row's " | ", "(N Zeilen)" / "(1 Zeile)"
    equal to the rows, numeric columns right-aligned, the expanded record's rule and "key | value" rows aligned,
    "UPDATE n" after an UPDATE;
  - 433 (Tana Paste): LF, first line %%tana%%, every other line "- " indented by a multiple of two spaces and at
    most one level deeper than the line before, fields "Name:: value", balanced [[ ]], valid [[date:…]] dates;
  - 434 (Excalidraw): the file = json.dumps(indent=2, ensure_ascii=False) + newline, type / version / source /
    elements / appState / files, unique element ids with the common keys, text elements whose `text` is their
    `originalText` wrapped (same words), bound texts whose container exists and lists them, frames that exist,
    arrows whose bindings exist and list the arrow, links null or http(s), nothing deleted;
  - 435 (HAR 1.2): the file = json.dumps(indent=2, ensure_ascii=False) + newline, log version / creator / pages /
    entries, entries on an existing page in time order, time = the sum of the non-negative timings, queryString =
    the URL's query, content size = the body's UTF-8 length (= bodySize), JSON bodies that parse, statuses 100–599,
    no Cookie / Authorization headers;
  - 436 (NEGATIVE, Slido Q&A CSV): LF, the header, 8 fields per row, the file equal to its rows written again with
    minimal quoting, Votos a non-negative integer, one date (DD/MM/YYYY), times HH:MM ascending, known states, one
    room.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17)."""

import csv, html, io, json, os, re, sys
from collections import Counter
from datetime import datetime, timedelta
from urllib.parse import unquote, unquote_plus

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
    """the digest as text (all round41 digests are UTF-8)"""
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in v.values()]
    return out


def untag(s):
    return re.sub(r"<[^>]+>", " ", html.unescape(s))


def har_strings(raw):
    out = strings_of(json.loads(raw), [])
    more = []
    for s in out:
        if s[:1] in "{[":
            try: more += strings_of(json.loads(s), [])
            except ValueError: pass
        if "<" in s: more.append(untag(s))
    return out + more


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 429: forms.append("\n".join(untag(s) for s in strings_of(json.loads(raw), [])))
    if n == 434: forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n == 435: forms.append("\n".join(har_strings(raw)))
    if n == 436: forms.append("\n".join(x for row in csv.reader(io.StringIO(raw)) for x in row))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
DRIVE_HEAD = "Nom\tPropriétaire\tDernière modification\tTaille du fichier"
FR_DATE = r"(?:\d{1,2} (?:janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}|\d\d:\d\d)"
NAME = r"[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)+"


def check_drive(f, raw):
    """427: a Google Drive folder in list view, copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")[:-1]
    if DRIVE_HEAD not in L: errors.append(f"{f}: no Drive column header"); return
    i = L.index(DRIVE_HEAD)
    if L[i + 1] != "Dossiers" or "Fichiers" not in L or "Détails" not in L: errors.append(f"{f}: Dossiers / Fichiers / Détails blocks"); return
    j, k = L.index("Fichiers"), L.index("Détails")
    rows, names = {}, set()
    for n, l in enumerate(L, 1):
        if "\t" in l and not (i + 2 <= n - 1 < k and n - 1 != j) and n - 1 != i: errors.append(f"{f}: line {n} a tab outside the rows")
    for n in list(range(i + 2, j)) + list(range(j + 1, k)):
        c = L[n].split("\t")
        if len(c) != 4: errors.append(f"{f}: line {n + 1} has {len(c)} cells"); continue
        name, owner, date, size = c
        if not name or name in names: errors.append(f"{f}: line {n + 1} empty or repeated name {name[:40]!r}")
        names.add(name); rows[name] = c
        if owner != "moi" and not re.fullmatch(NAME, owner): errors.append(f"{f}: line {n + 1} owner {owner!r}")
        if not re.fullmatch(FR_DATE + r"(?: " + NAME + ")?", date): errors.append(f"{f}: line {n + 1} date {date!r}")
        ext = re.search(r"\.[A-Za-z0-9]{2,4}$", name)
        if n < j or not ext:
            if size != "—": errors.append(f"{f}: line {n + 1} folder / Google file with size {size!r}")
        elif not re.fullmatch(r"\d{1,3} Ko|\d{1,3},\d Mo|\d{1,3}(?:,\d)? Go", size): errors.append(f"{f}: line {n + 1} size {size!r}")
    d = L[k:]
    sel = d[2] if len(d) > 2 else ""
    if sel not in rows: errors.append(f"{f}: the Détails pane's file {sel[:40]!r} is not a row"); return
    def after(label):
        return d[d.index(label) + 1] if label in d and d.index(label) + 1 < len(d) else None
    if after("Taille") != rows[sel][3]: errors.append(f"{f}: Détails size {after('Taille')!r} != row size {rows[sel][3]!r}")
    if after("Propriétaire") not in (rows[sel][1], None) and rows[sel][1] != "moi": errors.append(f"{f}: Détails owner != row owner")


ARIA_OPTS = {"dir", "out", "split", "max-connection-per-server", "checksum", "allow-overwrite", "header", "referer",
             "continue", "min-split-size", "user-agent"}


def check_aria2(f, raw):
    """428: an aria2c input file"""
    lf_final(f, raw)
    prev, cur, seen = "blank", None, set()
    blocks = []
    for n, l in enumerate(raw.split("\n")[:-1], 1):
        if not l.strip(): prev = "blank"; continue
        if l.startswith("#"): prev = "comment"; continue
        if l.startswith(" "):
            if prev not in ("uri", "opt"): errors.append(f"{f}: line {n} an option not after a URI line")
            m = re.fullmatch(r" ([a-z-]+)=(.+)", l)
            if not m or m.group(1) not in ARIA_OPTS: errors.append(f"{f}: line {n} not an input-file option: {l[:40]!r}"); prev = "opt"; continue
            k, v = m.groups()
            if cur is not None:
                if k in cur: errors.append(f"{f}: line {n} option {k} twice")
                cur[k] = v
            if k == "checksum" and not re.fullmatch(r"sha-256=[0-9a-f]{64}", v): errors.append(f"{f}: line {n} checksum {v[:30]!r}")
            if k == "out" and "/" in v: errors.append(f"{f}: line {n} out with a '/'")
            prev = "opt"; continue
        uris = l.split("\t")
        if not all(re.fullmatch(r"https?://\S+", u) for u in uris): errors.append(f"{f}: line {n} not a URI line: {l[:40]!r}")
        cur = {"_line": n}; blocks.append(cur); prev = "uri"
    for b in blocks:
        if "dir" not in b or "out" not in b: errors.append(f"{f}: download at line {b['_line']} without dir / out"); continue
        if (b["dir"], b["out"]) in seen: errors.append(f"{f}: {b['out'][:40]!r} twice in {b['dir']}")
        seen.add((b["dir"], b["out"]))


def tags_balanced(s):
    return all(len(re.findall(rf"<{t}[\s>]", s)) == s.count(f"</{t}>") for t in ("p", "i", "a", "b"))


def check_timeline(f, raw):
    """429: a TimelineJS JSON file"""
    doc = json.loads(raw)
    if json.dumps(doc, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not as json.dumps(indent=2) writes it")
    if list(doc) != ["title", "events", "eras", "scale"]: errors.append(f"{f}: top-level keys {list(doc)}")
    def dt(d, where):
        try:
            return datetime(int(d["year"]), int(d.get("month", 1)), int(d.get("day", 1)))
        except (KeyError, ValueError, TypeError):
            errors.append(f"{f}: {where} bad date {d}"); return datetime(1, 1, 1)
    last, uids = None, set()
    for i, e in enumerate(doc["events"]):
        sd = e.get("start_date", {})
        if not all(isinstance(v, str) and v.isdigit() for v in sd.values()): errors.append(f"{f}: event {i} date parts not digit strings")
        d = dt(sd, f"event {i}")
        if last and d < last: errors.append(f"{f}: event {i} out of order")
        last = d
        t = e.get("text", {})
        if not t.get("headline") or not tags_balanced(t.get("text", "")): errors.append(f"{f}: event {i} headline / HTML")
        if not e.get("group"): errors.append(f"{f}: event {i} without a group")
        u = e.get("unique_id")
        if not u or u in uids: errors.append(f"{f}: event {i} unique_id {u!r}")
        uids.add(u)
        if "media" in e and not re.fullmatch(r"https?://\S+", e["media"].get("url", "")): errors.append(f"{f}: event {i} media url")
    pe = None
    for i, era in enumerate(doc["eras"]):
        s, e_ = dt(era["start_date"], f"era {i}"), dt(era["end_date"], f"era {i}")
        if e_ < s or (pe and s <= pe): errors.append(f"{f}: era {i} dates")
        pe = e_


SBATCH_OPTS = {"job-name", "account", "partition", "array", "nodes", "ntasks-per-node", "gres", "cpus-per-task", "mem",
               "time", "output", "error", "mail-type", "mail-user", "constraint", "qos"}
ENV_VARS = {"SLURM_ARRAY_TASK_ID", "SLURM_JOB_ID", "USER", "HOME"}


def check_sbatch(f, raw):
    """430: a Slurm batch script"""
    lf_final(f, raw)
    L = raw.split("\n")[:-1]
    if L[0] != "#!/bin/bash": errors.append(f"{f}: no bash shebang")
    first_cmd = next((n for n, l in enumerate(L) if l.strip() and not l.lstrip().startswith("#")), len(L))
    opts = {}
    for n, l in enumerate(L):
        if l.startswith("#SBATCH"):
            if n > first_cmd: errors.append(f"{f}: line {n + 1} #SBATCH after the first command (ignored by sbatch)")
            m = re.fullmatch(r"#SBATCH --([a-z-]+)=(\S+)", l)
            if not m or m.group(1) not in SBATCH_OPTS: errors.append(f"{f}: line {n + 1} bad #SBATCH line")
            else: opts[m.group(1)] = m.group(2)
    am = re.fullmatch(r"0-(\d+)(?:%\d+)?", opts.get("array", ""))
    if not am: errors.append(f"{f}: --array missing or not 0-N%k"); return
    arms = re.findall(r"^  (\d+|\*)\)$", raw, re.M)
    want = [str(i) for i in range(int(am.group(1)) + 1)] + ["*"]
    if arms != want: errors.append(f"{f}: case arms {arms} != array 0-{am.group(1)}")
    if raw.count("\ncase ") != raw.count("\nesac"): errors.append(f"{f}: case / esac")
    body = re.search(r"^case .*?^esac$", raw, re.M | re.S)
    if body:
        for arm in re.split(r"^  (?:\d+|\*)\)$", body.group(0), flags=re.M)[1:-1]:
            if not arm.rstrip().endswith(";;"): errors.append(f"{f}: a case arm without ';;'")
            for v in ("METHOD", "CFG", "CKPT"):
                if not re.search(rf"^    {v}=", arm, re.M): errors.append(f"{f}: a case arm without {v}")
    for n, l in enumerate(L[:-1]):
        if l.endswith("\\") and not L[n + 1].startswith("    "): errors.append(f"{f}: line {n + 2} continuation not indented")
    code = "\n".join(l for l in L if not l.lstrip().startswith("#"))
    assigned = set(re.findall(r"^\s*([A-Z_]+)=", code, re.M)) | ENV_VARS | {"NOISE", "SEED"}
    for v in set(re.findall(r"\$\{?([A-Za-z_]+)", code)):
        if v not in assigned: errors.append(f"{f}: ${v} never assigned")


SPDX = {"MIT", "Apache-2.0", "BSD-3-Clause", "CC-BY-4.0"}


def check_notices(f, raw):
    """431: a THIRD_PARTY_NOTICES file"""
    lf_final(f, raw)
    L = raw.split("\n")[:-1]
    for n, l in enumerate(L, 1):
        if len(l) > 120: errors.append(f"{f}: line {n} longer than 120 characters")
        if "\t" in l: errors.append(f"{f}: line {n} a tab")
    end = L.index("LICENSE TEXTS") if "LICENSE TEXTS" in L else len(L)
    heads = [(n, int(m.group(1)), m.group(2)) for n, l in enumerate(L[:end]) for m in [re.fullmatch(r"(\d+)\. (\S.*)", l)] if m]
    if [h[1] for h in heads] != list(range(1, len(heads) + 1)) or not heads: errors.append(f"{f}: components not numbered 1..N")
    used = set()
    for n, i, name in heads:
        if L[n + 1] != "-" * len(L[n]): errors.append(f"{f}: component {i} underline")
        fields = [re.match(r"(\w+):", L[n + 2 + k]) for k in range(5)]
        if [m.group(1) if m else None for m in fields] != ["Version", "Source", "License", "Files", "Notes"]:
            errors.append(f"{f}: component {i} fields"); continue
        lic = L[n + 4].split(":", 1)[1].strip()
        if lic not in SPDX: errors.append(f"{f}: component {i} licence {lic!r}")
        used.add(lic)
        k = n + 7
        if k >= len(L) or not L[k].startswith("    "): errors.append(f"{f}: component {i} without notes")
        while k < len(L) and L[k]:
            if not L[k].startswith("    "): errors.append(f"{f}: component {i} note line not indented by four spaces")
            k += 1
    for lic in used:
        if f"--- {lic} ---" not in L: errors.append(f"{f}: no licence text for {lic}")


def check_psql(f, raw):
    """432: a psql session copied from the terminal"""
    lf_final(f, raw)
    L = raw.split("\n")[:-1]
    n = 0
    while n < len(L):
        l = L[n]
        if l.startswith("lesekreis=> "):
            stmt = l[len("lesekreis=> "):]
            if not (stmt.endswith(";") or stmt.startswith("\\")): errors.append(f"{f}: line {n + 1} statement without ';'")
            if stmt.startswith("UPDATE") and not re.fullmatch(r"UPDATE \d+", L[n + 1]): errors.append(f"{f}: line {n + 2} no UPDATE tag")
        if re.fullmatch(r"-+(?:\+-+)+", l):  # the rule of an aligned table
            head, rule = L[n - 1], l
            plus = [m.start() for m in re.finditer(r"\+", rule)]
            if [m.start() for m in re.finditer(r"\|", head)] != plus: errors.append(f"{f}: line {n} header bars not on the rule's '+'")
            k, rows = n + 1, 0
            while k < len(L) and not L[k].startswith("("):
                bars = [m.start() for m in re.finditer(r" \| ", L[k])]
                if [b + 1 for b in bars] != plus: errors.append(f"{f}: line {k + 1} cells not aligned with the rule")
                cells = [c.strip() for c in L[k][1:].split(" | ")]
                first = L[k][1:plus[0] - 1] if plus else ""
                if cells and cells[0].isdigit() and not first.startswith(" " * (len(first) - len(first.lstrip()))) : pass
                if re.fullmatch(r"\s*\d+", first) and first != first.rjust(plus[0] - 2): errors.append(f"{f}: line {k + 1} number not right-aligned")
                rows += 1; k += 1
            m = re.fullmatch(r"\((\d+) (Zeile|Zeilen)\)", L[k] if k < len(L) else "")
            if not m or int(m.group(1)) != rows or (m.group(2) == "Zeile") != (rows == 1): errors.append(f"{f}: line {k + 1} row count")
            n = k
        if l.startswith("-[ DATENSATZ "):
            k = n + 1
            bar = L[k].find(" |") if k < len(L) else -1
            width = 0
            while k < len(L) and L[k]:
                if L[k].find(" |") != bar or bar < 1: errors.append(f"{f}: line {k + 1} record row not aligned")
                width = max(width, len(L[k]) - bar - 3)
                k += 1
            want = "-" * (bar + 1) + "+" + "-" * (width + 1)
            if not re.fullmatch(r"-\[ DATENSATZ \d+ \]-*", l) or len(l) != len(want) or l[16:] != want[16:]:
                errors.append(f"{f}: line {n + 1} expanded record rule")
            n = k
        n += 1


def check_tana(f, raw):
    """433: Tana Paste"""
    lf_final(f, raw)
    L = raw.split("\n")[:-1]
    if L[0] != "%%tana%%": errors.append(f"{f}: first line is not %%tana%%")
    depth = -1
    for n, l in enumerate(L[1:], 2):
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2 or not l[ind:].startswith("- "): errors.append(f"{f}: line {n} not a node line"); continue
        d = ind // 2
        if d > depth + 1: errors.append(f"{f}: line {n} more than one level deeper")
        depth = d
        s = l[ind + 2:]
        if s.count("[[") != s.count("]]"): errors.append(f"{f}: line {n} unbalanced [[ ]]")
        if "::" in s and not re.match(r"[^:\[\]]+:: \S", s): errors.append(f"{f}: line {n} malformed field")
        for y, mo, da in re.findall(r"\[\[date:(\d{4})-(\d\d)-(\d\d)\]\]", s):
            try: datetime(int(y), int(mo), int(da))
            except ValueError: errors.append(f"{f}: line {n} bad date")
        if re.search(r"\[\[date:(?!\d{4}-\d\d-\d\d\]\])", s): errors.append(f"{f}: line {n} malformed date")
        if s.startswith("[") and not s.startswith("[[") and not re.match(r"\[[ x]\] ", s): errors.append(f"{f}: line {n} checkbox")


EX_KEYS = {"id", "type", "x", "y", "width", "height", "angle", "strokeColor", "backgroundColor", "fillStyle",
           "strokeWidth", "strokeStyle", "roughness", "opacity", "groupIds", "frameId", "roundness", "seed", "version",
           "versionNonce", "isDeleted", "boundElements", "updated", "link", "locked"}


def check_excalidraw(f, raw):
    """434: an Excalidraw scene"""
    doc = json.loads(raw)
    if json.dumps(doc, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not as json.dumps(indent=2) writes it")
    if list(doc) != ["type", "version", "source", "elements", "appState", "files"] or doc["type"] != "excalidraw" or doc["version"] != 2:
        errors.append(f"{f}: scene header")
    els = doc.get("elements", [])
    byid = {}
    for e in els:
        if e.get("id") in byid: errors.append(f"{f}: element id {e.get('id')} twice")
        byid[e.get("id")] = e
    for e in els:
        i = e.get("id")
        if EX_KEYS - set(e): errors.append(f"{f}: {i} without {sorted(EX_KEYS - set(e))}"); continue
        if e["isDeleted"]: errors.append(f"{f}: {i} deleted")
        if e["link"] is not None and not re.fullmatch(r"https?://\S+", e["link"]): errors.append(f"{f}: {i} link {e['link']!r}")
        if e["frameId"] is not None and byid.get(e["frameId"], {}).get("type") != "frame": errors.append(f"{f}: {i} in a missing frame")
        if e["type"] == "text":
            if e.get("text", "").split() != e.get("originalText", "").split(): errors.append(f"{f}: {i} text is not its originalText wrapped")
            c = e.get("containerId")
            if c is not None and {"type": "text", "id": i} not in byid.get(c, {}).get("boundElements", []):
                errors.append(f"{f}: {i} bound to {c}, which does not list it")
        for b in e["boundElements"] or []:
            o = byid.get(b["id"])
            if not o or o["type"] != b["type"]: errors.append(f"{f}: {i} lists a missing bound element {b['id']}")
            elif b["type"] == "text" and o.get("containerId") != i: errors.append(f"{f}: {i} lists text {b['id']} bound elsewhere")
        if e["type"] == "arrow":
            for k in ("startBinding", "endBinding"):
                t = (e.get(k) or {}).get("elementId")
                if t and {"type": "arrow", "id": i} not in byid.get(t, {}).get("boundElements", []): errors.append(f"{f}: arrow {i} {k} not listed by {t}")


def check_har(f, raw):
    """435: a HAR 1.2 file"""
    doc = json.loads(raw)
    if json.dumps(doc, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not as json.dumps(indent=2) writes it")
    log = doc.get("log", {})
    if log.get("version") != "1.2" or "creator" not in log: errors.append(f"{f}: log version / creator")
    pages = {p["id"] for p in log.get("pages", [])}
    last = None
    for i, e in enumerate(log.get("entries", [])):
        if e.get("pageref") not in pages: errors.append(f"{f}: entry {i} on a missing page")
        t = datetime.fromisoformat(e["startedDateTime"])
        if last and t < last: errors.append(f"{f}: entry {i} out of time order")
        last = t
        if e["time"] != sum(v for v in e["timings"].values() if v > 0): errors.append(f"{f}: entry {i} time != sum of timings")
        rq, rs = e["request"], e["response"]
        q = [{"name": k, "value": v} for k, v in re.findall(r"[?&]([^=&]+)=([^&]*)", rq["url"])]
        if [{"name": k, "value": unquote(v)} for k, v in [(x["name"], x["value"]) for x in q]] != rq["queryString"]: errors.append(f"{f}: entry {i} queryString != URL query")
        for h in rq["headers"]:
            if h["name"].lower() in ("cookie", "authorization"): errors.append(f"{f}: entry {i} sends {h['name']}")
        if "postData" in rq:
            if rq["bodySize"] != len(rq["postData"]["text"].encode()): errors.append(f"{f}: entry {i} request bodySize")
            if "json" in rq["postData"]["mimeType"]:
                try: json.loads(rq["postData"]["text"])
                except ValueError: errors.append(f"{f}: entry {i} postData is not JSON")
        c = rs["content"]
        if not 100 <= rs["status"] <= 599: errors.append(f"{f}: entry {i} status")
        if "text" in c:
            if c["size"] != len(c["text"].encode()): errors.append(f"{f}: entry {i} content size != body length")
            if "json" in c["mimeType"]:
                try: json.loads(c["text"])
                except ValueError: errors.append(f"{f}: entry {i} JSON body does not parse")
        if rs["bodySize"] != c["size"]: errors.append(f"{f}: entry {i} bodySize != content size")


SLIDO = ["Pregunta", "Autor", "Votos", "Fecha", "Hora", "Estado", "Etiquetas", "Sala"]


def check_slido(f, raw):
    """436: a Slido Q&A export"""
    lf_final(f, raw)
    rows = list(csv.reader(io.StringIO(raw)))
    if not rows or rows[0] != SLIDO: errors.append(f"{f}: header is not the export's"); return
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: quoting / line ends not as a minimal-quoting CSV writer writes them")
    dates, rooms, last = set(), set(), ""
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(SLIDO): errors.append(f"{f}: row {i} has {len(r)} fields"); continue
        d = dict(zip(SLIDO, r))
        if not d["Votos"].isdigit(): errors.append(f"{f}: row {i} Votos {d['Votos']!r}")
        try: datetime.strptime(d["Fecha"], "%d/%m/%Y")
        except ValueError: errors.append(f"{f}: row {i} Fecha {d['Fecha']!r}")
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", d["Hora"]) or d["Hora"] < last: errors.append(f"{f}: row {i} Hora {d['Hora']!r}")
        last = d["Hora"]
        if d["Estado"] not in ("Respondida", "Destacada", "Archivada", "Pendiente"): errors.append(f"{f}: row {i} Estado {d['Estado']!r}")
        dates.add(d["Fecha"]); rooms.add(d["Sala"])
    if len(dates) > 1 or len(rooms) > 1: errors.append(f"{f}: more than one date or room")


def shape_checks(f, raw, path):
    {427: check_drive, 428: check_aria2, 429: check_timeline, 430: check_sbatch, 431: check_notices,
     432: check_psql, 433: check_tana, 434: check_excalidraw, 435: check_har, 436: check_slido}[num(f)](f, raw)


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

# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/round3*/expected.json, a byte-identical file counted once), and the round40/round41 split (candidates sorted
# by (uses, catalogue title); round41 = odd positions from 3 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
counted = set()
sources = [os.path.join(TD, d, "expected.json") for d in sorted(os.listdir(TD))] + \
          [os.path.join("/work", d, "expected.json") for d in sorted(os.listdir("/work")) if re.fullmatch(r"round3\d", d)]
for pth in sources:
    if not os.path.exists(pth): continue
    b = open(pth, "rb").read()
    if b in counted: continue
    counted.add(b)
    for recs in json.loads(b).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
pos = {pkey(e): i + 1 for i, e in enumerate(cands)}
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
last = max((pos[k] for k in mine if k in pos), default=0)
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round40 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r40 = set()
p40 = "/work/round40/expected.json"
if os.path.exists(p40):
    try:
        r40 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p40)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round40/expected.json exists but could not be read (being written?)")
    if r40 & mine: errors.append(f"papers also in round40: {sorted(r40 & mine)}")
shared40 = len(r40 & mine) if os.path.exists(p40) else "(no /work/round40/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:88s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round41 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round40: {shared40}; papers in more than one round41 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
