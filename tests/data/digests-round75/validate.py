#!/usr/bin/env python3
r"""Checks round75/expected.json against the digests and the shared catalogues.

Adapted from round73/validate.py (the label checks are the same code; the reuse report is round73's with round74 /
round75 in place of round72 / round73: round75 holds the even positions, round74 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round74's and round75's
own (a digests-round74 / digests-round75 folder, or a file whose bytes equal round74's or round75's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round75 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round74/expected.json when that file
exists (read only), and on a paper in more than one round75 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 770 the pprint dump evaluated
(ast.literal_eval) and written back as JSON, so split string literals are joined; 773 the JSON decoded ('\/' and
\uXXXX undone); 775 sfeed's \n \t \\ escapes undone; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind (braces and TeX control
words dropped); a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 767 cvs log (per file RCS header lines in order, head = newest revision, total /
selected revisions = revisions shown, 1.N down to 1.1, dates descending in CVS 1.12 form, 'lines:' on all but 1.1,
28-dash and 77-'=' rules, 'cvs log: Logging' lines); 768 PHP var_dump (a recursive parser: two spaces a level,
'["key"]=>' / '[n]=>' lines, string(N) = UTF-8 byte length, array(N) / object (N) counts, object ids unique);
769 Info (texi2any first line, '\x1f' node headers, Next / Prev / Up naming nodes, menu entries naming nodes, heading
underlines as long as the heading, lines within 79 columns, tag table byte offsets exact, Local Variables block);
770 pprint (the dump evaluates and pprint.pformat gives it back byte for byte); 771 HexChat (BEGIN / ENDING pairs,
ctime stamps with the right weekday, '%b %d %H:%M:%S ' + source + TAB lines, times ascending inside a session);
772 debian/changelog (header and trailer lines, right weekday, two spaces before the date, dates descending, body
lines indented, within 80 columns but the trailer, versions unique); 773 Shaarli API (exactly PHP json_encode's
default form, formatLink keys in order, ATOM dates, updated '' or later, newest first, notes' URLs); 774 Neorg
(@document.meta with its keys, +HHMM timestamps, heading levels, TODO markers, balanced links, @code/@end);
775 sfeed (nine TAB fields, timestamps descending, escapes \n \t \\ only, content type html, ids unique);
776 justfile (known settings, assignments, recipe headers with parameters, bodies indented by four spaces, {{…}}
naming parameters or variables, dependencies naming recipes, no TAB).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, datetime, hashlib, html, json, os, pprint, re, sys
from collections import Counter
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
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def pprint_part(raw):
    a = raw.index("\n{") + 1
    b = raw.index("\n[", a)
    return raw[a:b + 1]


def sfeed_unescape(s):
    return re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], s)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 770: forms.append(json.dumps(ast.literal_eval(pprint_part(raw)), ensure_ascii=False, indent=1))
    if n == 773: forms.append(json.dumps(json.loads(raw), ensure_ascii=False, indent=1))
    if n == 775: forms.append(sfeed_unescape(raw))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def check_cvs(f, raw):
    lf_final(f, raw)
    blocks = raw.split("=" * 77 + "\n")
    if blocks[-1]: errors.append(f"{f}: text after the last 77-'=' rule")
    for b in blocks[:-1]:
        ls = b.split("\n")
        while ls and ls[0].startswith("cvs log: Logging "): ls = ls[1:]
        if not ls or ls[0] != "": errors.append(f"{f}: a file block does not start with a blank line"); continue
        m = re.match(r"\nRCS file: (/\S+,v)\nWorking file: (\S+)\nhead: (1\.\d+)\nbranch:\nlocks: strict\naccess list:\nsymbolic names:\n((?:\t\S+: [\d.]+\n)*)"
                     r"keyword substitution: (kv|b|k|o|v)\ntotal revisions: (\d+);\tselected revisions: (\d+)\ndescription:\n", "\n".join(ls))
        if not m: errors.append(f"{f}: bad RCS header near {ls[1][:50]!r}"); continue
        if not m.group(1).endswith("/" + m.group(2) + ",v"): errors.append(f"{f}: RCS file does not match the working file {m.group(2)}")
        revs = "\n".join(ls)[m.end():].split("-" * 28 + "\n")[1:]
        if len(revs) != int(m.group(6)) or m.group(6) != m.group(7): errors.append(f"{f}: {m.group(2)}: revision counts do not match the revisions shown")
        prev = None
        for i, r in enumerate(revs):
            want = f"1.{len(revs) - i}"
            mr = re.match(r"revision ([\d.]+)\ndate: (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) [+-]\d{4};  author: [a-z0-9]+;  state: Exp;(  lines: \+\d+ -\d+;)?  commitid: [0-9A-Za-z]{16,19};\n(.+)", r, re.S)
            if not mr: errors.append(f"{f}: {m.group(2)}: bad revision block {r[:40]!r}"); continue
            if mr.group(1) != want: errors.append(f"{f}: {m.group(2)}: revision {mr.group(1)} where {want} expected")
            if i == 0 and mr.group(1) != m.group(3): errors.append(f"{f}: {m.group(2)}: head is not the newest revision")
            if bool(mr.group(3)) == (mr.group(1) == "1.1"): errors.append(f"{f}: {m.group(2)} {mr.group(1)}: 'lines:' wrong (none on 1.1 only)")
            if prev and mr.group(2) > prev: errors.append(f"{f}: {m.group(2)}: dates not descending")
            prev = mr.group(2)
            if not mr.group(4).strip(): errors.append(f"{f}: {m.group(2)} {mr.group(1)}: empty log message")


def check_var_dump(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    try: k = ls.index("array(9) {") if "array(9) {" in ls else next(i for i, l in enumerate(ls) if re.fullmatch(r"array\(\d+\) \{", l))
    except StopIteration: errors.append(f"{f}: no var_dump array"); return
    pos = [k]; oids = []

    def value(ind):
        l = ls[pos[0]]; p = " " * ind
        if not l.startswith(p) or l[ind:ind + 1] == " ": errors.append(f"{f}: line {pos[0] + 1}: indentation is not {ind}"); raise ValueError
        v = l[ind:]
        m = re.fullmatch(r'string\((\d+)\) "(.*)', v)
        if m:
            body, j = m.group(2), pos[0]
            while not (body.endswith('"') and len(body[:-1].encode("utf-8")) >= int(m.group(1))):
                j += 1; body += "\n" + ls[j]
            if len(body[:-1].encode("utf-8")) != int(m.group(1)): errors.append(f"{f}: line {pos[0] + 1}: string({m.group(1)}) but {len(body[:-1].encode('utf-8'))} bytes")
            pos[0] = j + 1; return
        if re.fullmatch(r"int\(-?\d+\)|float\(-?[\d.]+(e[+-]?\d+)?\)|bool\((true|false)\)|NULL", v): pos[0] += 1; return
        m = re.fullmatch(r"array\((\d+)\) \{|object\(([\w\\]+)\)#(\d+) \((\d+)\) \{", v)
        if not m: errors.append(f"{f}: line {pos[0] + 1}: unknown value {v[:30]!r}"); raise ValueError
        n = int(m.group(1) or m.group(4))
        if m.group(3): oids.append(int(m.group(3)))
        pos[0] += 1; c = 0
        while ls[pos[0]] != p + "}":
            kl = ls[pos[0]]
            if not re.fullmatch(re.escape(p) + r'  \[(\d+|"[^"]*"(:protected|:"[\w\\]+":private)?)\]=>', kl):
                errors.append(f"{f}: line {pos[0] + 1}: bad key line {kl[:30]!r}"); raise ValueError
            pos[0] += 1; value(ind + 2); c += 1
        if c != n: errors.append(f"{f}: line {pos[0] + 1}: container says {n} elements, holds {c}")
        pos[0] += 1

    try: value(0)
    except (ValueError, IndexError): errors.append(f"{f}: var_dump parse stopped"); return
    if len(set(oids)) != len(oids): errors.append(f"{f}: object ids repeated")


def check_info(f, raw, path):
    b = open(path, "rb").read()
    lf_final(f, raw)
    if not re.match(r"This is (\S+\.info), produced by texi2any version [\d.]+ from\n\S+\.texi\.\n", raw): errors.append(f"{f}: no texi2any first line")
    parts = raw.split("\x1f\n")
    nodes, menus, ptrs = {}, [], []
    for p in parts[1:]:
        if p.startswith(("Tag Table:", "End Tag Table", "Local Variables:")): continue
        m = re.match(r"File: (\S+),  Node: ([^,]+)(?:,  Next: ([^,]+))?(?:,  Prev: ([^,]+))?,  Up: ([^,\n]+)\n\n", p)
        if not m: errors.append(f"{f}: bad node header {p[:60]!r}"); continue
        nodes[m.group(2)] = p
        ptrs += [(m.group(2), x) for x in m.group(3, 4, 5) if x]
        menus += [(m.group(2), x) for x in re.findall(r"^\* ([^:\n]+)::", p, re.M)]
        ls = p.split("\n")
        for i in range(1, len(ls)):
            if ls[i] and set(ls[i]) <= set("*=-") and len(ls[i]) > 2 and ls[i - 1] and not ls[i].startswith("-- ") and len(ls[i]) != len(ls[i - 1]):
                errors.append(f"{f}: underline of {ls[i - 1]!r} is {len(ls[i])} long")
    for n, x in ptrs + menus:
        if x not in nodes and not x.startswith("("): errors.append(f"{f}: node {n} points to missing node {x!r}")
    for l in raw.split("\n"):
        if len(l) > 79 and not l.startswith(("File: ", "Node: ")): errors.append(f"{f}: line longer than 79: {l[:40]!r}")
    m = re.search(r"\x1f\nTag Table:\n((?:Node: [^\x7f\n]+\x7f\d+\n)+)\x1f\nEnd Tag Table\n", raw)
    if not m: errors.append(f"{f}: no tag table"); return
    tags = re.findall(r"Node: ([^\x7f\n]+)\x7f(\d+)", m.group(1))
    if [t for t, _ in tags] != list(nodes): errors.append(f"{f}: tag table does not list the nodes in order")
    for t, o in tags:
        if not b[int(o):].startswith(b"\x1f\nFile: ") or not b[int(o):int(o) + 400].decode("utf-8", "replace").split("\n")[1].split(",  ")[1] == "Node: " + t:
            errors.append(f"{f}: tag table offset {o} of {t!r} is not that node's separator")
    if not raw.endswith("\x1f\nLocal Variables:\ncoding: utf-8\nEnd:\n"): errors.append(f"{f}: no Local Variables block at the end")


def check_pprint(f, raw):
    lf_final(f, raw)
    try:
        part = pprint_part(raw)
        if pprint.pformat(ast.literal_eval(part)) + "\n" != part: errors.append(f"{f}: dump is not pprint's own output (width 80, sorted keys)")
    except Exception as ex: errors.append(f"{f}: dump does not evaluate: {ex!r}")


CT = "%a %b %d %H:%M:%S %Y"


def check_hexchat(f, raw):
    lf_final(f, raw)
    sess = re.split(r"\n(?=\*\*\*\* BEGIN)", raw)
    for s in sess:
        ls = s.rstrip("\n").split("\n")
        if ls and ls[-1] == "": ls = ls[:-1]
        mb = re.fullmatch(r"\*\*\*\* BEGIN LOGGING AT (.+)", ls[0]); me = re.fullmatch(r"\*\*\*\* ENDING LOGGING AT (.+)", ls[-1])
        if not mb or not me: errors.append(f"{f}: session without BEGIN / ENDING lines"); continue
        times = []
        for x in (mb.group(1), me.group(1)):
            try:
                d = datetime.datetime.strptime(x.replace("  ", " 0") if re.search(r" \s\d ", x) else x, CT)
                if d.strftime("%a %b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S %Y") != x: errors.append(f"{f}: {x!r} not in ctime form (weekday?)")
                times.append(d)
            except ValueError: errors.append(f"{f}: bad stamp {x!r}"); times.append(None)
        prev = times[0]
        for l in ls[1:-1]:
            m = re.fullmatch(r"([A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d) (<[^>\s]+>|\*|-\w+-)\t(.+)", l)
            if not m: errors.append(f"{f}: bad line {l[:40]!r}"); continue
            if prev:
                t = datetime.datetime.strptime(f"{prev.year} {m.group(1)}", "%Y %b %d %H:%M:%S")
                if t < prev: errors.append(f"{f}: time goes back at {l[:15]!r}")
                prev = t
        if prev and times[1] and times[1] < prev: errors.append(f"{f}: ENDING before the last line")


def check_changelog(f, raw):
    lf_final(f, raw)
    ents = raw.split("\n\n")
    vers, prev, k = Counter(), None, 0
    ls = raw.split("\n")[:-1]
    i = 0
    while i < len(ls):
        mh = re.fullmatch(r"([a-z0-9][a-z0-9.+-]+) \(([\w.+~:-]+)\) ([\w-]+); urgency=(low|medium|high|emergency|critical)", ls[i])
        if not mh: errors.append(f"{f}: line {i + 1}: not an entry header: {ls[i][:40]!r}"); return
        vers[mh.group(2)] += 1
        if i + 1 >= len(ls) or ls[i + 1] != "": errors.append(f"{f}: line {i + 2}: no blank line after the header")
        j = i + 2
        while j < len(ls) and not ls[j].startswith(" -- "):
            if ls[j] and not ls[j].startswith("  "): errors.append(f"{f}: line {j + 1}: body line not indented")
            if len(ls[j]) > 80: errors.append(f"{f}: line {j + 1}: longer than 80 columns")
            j += 1
        if j >= len(ls): errors.append(f"{f}: entry {mh.group(2)} without trailer"); return
        if ls[j - 1] != "": errors.append(f"{f}: line {j + 1}: no blank line before the trailer")
        mt = re.fullmatch(r" -- [^<>]+ <[^@\s]+@[^>\s]+>  ((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4})", ls[j])
        if not mt: errors.append(f"{f}: line {j + 1}: bad trailer"); return
        d = datetime.datetime.strptime(mt.group(1), "%a, %d %b %Y %H:%M:%S %z")
        if d.strftime("%a") != mt.group(2): errors.append(f"{f}: line {j + 1}: wrong weekday")
        if prev and d > prev: errors.append(f"{f}: entry {mh.group(2)} newer than the one above it")
        prev = d
        i = j + 1
        if i < len(ls):
            if ls[i] != "": errors.append(f"{f}: line {i + 1}: no blank line between entries")
            i += 1
    for v, c in vers.items():
        if c > 1: errors.append(f"{f}: version {v} twice")


def check_shaarli(f, raw):
    lf_final(f, raw, final=False)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, separators=(",", ":")).replace("/", "\\/") != raw: errors.append(f"{f}: not PHP json_encode's default form (\\/ and \\uXXXX, compact)")
    prev = None
    for x in d:
        if list(x) != ["id", "url", "shorturl", "title", "description", "tags", "private", "created", "updated"]: errors.append(f"{f}: link {x.get('id')} keys {list(x)}"); continue
        for k in ("created", "updated"):
            if (k == "created" or x[k]) and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", x[k]): errors.append(f"{f}: {x['id']}: {k} not ATOM")
        if x["updated"] and x["updated"] < x["created"]: errors.append(f"{f}: {x['id']}: updated before created")
        if prev and x["created"] > prev: errors.append(f"{f}: links not newest first")
        prev = x["created"]
        if not re.fullmatch(r"[\w-]{6}", x["shorturl"]): errors.append(f"{f}: {x['id']}: bad shorturl")
        if not x["url"].startswith(("http://", "https://")) and x["url"] != "/shaare/" + x["shorturl"]: errors.append(f"{f}: {x['id']}: note URL is not /shaare/<shorturl>")
    ids = Counter(x.get("id") for x in d)
    if any(c > 1 for c in ids.values()): errors.append(f"{f}: link ids repeated")


def check_neorg(f, raw):
    lf_final(f, raw)
    m = re.match(r"@document\.meta\n(.*?)\n@end\n", raw, re.S)
    if not m: errors.append(f"{f}: no @document.meta block"); return
    keys_ = re.findall(r"^(\w+):", m.group(1), re.M)
    if keys_ != ["title", "description", "authors", "categories", "created", "updated", "version"]: errors.append(f"{f}: meta keys {keys_}")
    ts = dict(re.findall(r"^(created|updated): (.*)$", m.group(1), re.M))
    for k, v in ts.items():
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", v): errors.append(f"{f}: {k} not in metagen's form")
    if ts.get("updated", "") < ts.get("created", ""): errors.append(f"{f}: updated before created")
    if m.group(1).count("[") != m.group(1).count("]"): errors.append(f"{f}: unbalanced [ ] in the meta block")
    body = raw[m.end():]
    lvl, code = 0, False
    for k, l in enumerate(body.split("\n")):
        s = l.strip()
        if s.startswith("@code"): code = True; continue
        if s == "@end": code = False; continue
        if code: continue
        mh = re.match(r"(\*+) \S", l)
        if mh:
            if len(mh.group(1)) > lvl + 1: errors.append(f"{f}: heading {l[:30]!r} skips a level")
            lvl = len(mh.group(1))
        mt = re.match(r"\s*-+ \((.)\) ", l)
        if mt and mt.group(1) not in " x-!=_?+": errors.append(f"{f}: unknown TODO state ({mt.group(1)})")
        if l.count("{") != l.count("}") or len(re.findall(r"\}\[", l)) != len(re.findall(r"\}\[[^\]]*\]", l)): errors.append(f"{f}: unbalanced link in {l[:40]!r}")
    if code: errors.append(f"{f}: @code without @end")


def check_sfeed(f, raw):
    lf_final(f, raw)
    prev, ids = None, Counter()
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        fs = l.split("\t")
        if len(fs) != 9: errors.append(f"{f}: line {k}: {len(fs)} fields (sfeed writes 9)"); continue
        if not re.fullmatch(r"\d+", fs[0]): errors.append(f"{f}: line {k}: timestamp {fs[0]!r}")
        elif prev is not None and int(fs[0]) > prev: errors.append(f"{f}: line {k}: not sorted newest first")
        else: prev = int(fs[0])
        for x in fs:
            for e in re.findall(r"\\(.)", x.replace("\\\\", "")):
                if e not in "nt": errors.append(f"{f}: line {k}: unknown escape \\{e}")
        if fs[4] not in ("html", "plain", ""): errors.append(f"{f}: line {k}: content type {fs[4]!r}")
        if not fs[2].startswith("http"): errors.append(f"{f}: line {k}: link {fs[2][:30]!r}")
        ids[fs[5]] += 1
    for i, c in ids.items():
        if c > 1: errors.append(f"{f}: id {i} repeated")


JUST_SET = {"dotenv-load", "shell", "positional-arguments", "export", "fallback", "ignore-comments", "quiet", "tempdir", "windows-shell"}
JUST_ATTR = r"\[(private|linux|macos|unix|windows|no-cd|no-exit-message|confirm(\(\"[^\"]*\"\))?)\]"


def check_just(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB characters (recipe bodies here use four spaces)")
    recipes, deps, cur, shebang = {}, [], None, False
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        if l.startswith("    "):
            if cur is None: errors.append(f"{f}: line {k}: indented line outside a recipe")
            if l.count("{{") != l.count("}}"): errors.append(f"{f}: line {k}: unbalanced {{{{ }}}}")
            for v in re.findall(r"\{\{\s*([a-z_]\w*)\s*\}\}", l):
                if v not in recipes.get(cur, ()) and v not in assigned: errors.append(f"{f}: line {k}: {{{{{v}}}}} is neither a parameter nor a variable")
            continue
        cur = None if l.strip() == "" or l.startswith("#") or re.fullmatch(JUST_ATTR, l) else cur
        if not l.strip() or l.startswith("#") or re.fullmatch(JUST_ATTR, l): continue
        m = re.fullmatch(r"set ([\w-]+)(?: := .+)?", l)
        if m:
            if m.group(1) not in JUST_SET: errors.append(f"{f}: line {k}: unknown setting {m.group(1)}")
            continue
        m = re.fullmatch(r"(?:export )?([a-z_]\w*|[A-Z_]+) +:= +(.+)", l)
        if m: assigned.add(m.group(1)); continue
        m = re.fullmatch(r"@?([a-z_][\w-]*)((?: +\*?[a-z_]\w*(?:=(?:\"[^\"]*\"|\w+|\([^)]*\)))?)*):(?: +([\w -]+))?", l)
        if not m: errors.append(f"{f}: line {k}: not a setting, assignment or recipe header: {l[:40]!r}"); cur = None; continue
        cur = m.group(1)
        if cur in recipes: errors.append(f"{f}: recipe {cur} defined twice")
        recipes[cur] = {re.sub(r"[*=].*", "", x.lstrip("*")) for x in m.group(2).split()}
        deps += [(k, d) for d in (m.group(3) or "").split()]
    for k, d in deps:
        if d not in recipes: errors.append(f"{f}: line {k}: dependency {d} is not a recipe")


assigned = set()


def shape_checks(f, raw, path):
    n = num(f)
    if n == 769: check_info(f, raw, path); return
    {767: check_cvs, 768: check_var_dump, 770: check_pprint, 771: check_hexchat, 772: check_changelog, 773: check_shaarli,
     774: check_neorg, 775: check_sfeed, 776: check_just}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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




# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round74's and round75's, a byte-identical file counted once), and the round74/round75 split (candidates sorted by
# (uses, catalogue title); round75 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P74 = "/work/main/tests/data/digests-round74/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P74): own.add(open(P74, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round74", "digests-round75") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round74 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r74 = set()
if os.path.exists(P74):
    try:
        r74 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P74)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round74/expected.json exists but could not be read (being written?)")
    if r74 & mine: errors.append(f"papers also in round74: {sorted(r74 & mine)}")
shared74 = len(r74 & mine) if os.path.exists(P74) else "(no digests-round74/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round75 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round74: {shared74}; papers in more than one round75 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
