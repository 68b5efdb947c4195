#!/usr/bin/env python3
r"""Checks round56/expected.json against the digests and the shared catalogues.

Adapted from round54/validate.py (the label checks and the reuse report are its code with round56 / round57 in place
of round54 / round55: round56 holds the odd positions, round57 the even ones; the readers and the shape checks are
new and lean). The reuse report counts every /work/main/tests/data/*/expected.json except round56's and round57's
own (a digests-round56 / digests-round57 folder, or a file whose bytes equal round56's or round57's expected.json),
a byte-identical file once, and checks the split: odd positions of the candidates sorted by (uses, catalogue title),
position 1 left out, one run from 3 up; it fails on a paper shared with /work/round57/expected.json when that file
exists (read only), and on a paper in more than one round56 file.
Every digest is read raw (UTF-8) and in decoded forms:
  - 579 (HyperKitty JSON), 584 (Lemmy JSON): every JSON string;
  - 581 (Paperpile BibTeX): the text without braces;
  - 582 (ClickUp CSV): the cells joined by newlines;
  - 585 (al-folio HTML), 586 (Atom): the text with tags removed, entities undone (586: twice, its content is escaped HTML);
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind (a title found only that way is a `note:`).
Shape checks (lean): 577 Remind lines (REM / OMIT / SET / FSET / BANNER / comments, ISO dates valid, %" pairs);
578 YAML-like structure (2-space indents, every item with title / authors / venue / year / tags / added);
579 HyperKitty keys, id hash in url and thread, listing records with abs link = arXiv: id and equal sizes;
580 form feeds and page footers in sequence, SIST 02 entries [1]..[n] numbered in order, cited numbers exist;
581 @TYPE{Key, records, field padding to column 19, balanced braces and quotes, eprint = url id;
582 CRLF, ClickUp header, equal row lengths, ms dates equal to their text, parents existing;
583 Gitee header / issue id / footer present; 584 Lemmy view keys, path ends with the comment id and its parent exists,
score = upvotes - downvotes, child counts; 585 HTML nesting, al-folio footer, table rows with 4 cells;
586 well-formed Atom, jekyll-feed generator, entry ids / links, escaped content parses.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere (any decoded form); a valid-shaped
but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence kind; a label in
the negative control; the position / reuse rules; 8-12 papers and a 30-60% title-only share per positive; the shape
checks."""

import csv, html, io, json, os, re, sys
import xml.dom.minidom
from collections import Counter
from datetime import datetime, timezone, timedelta, date
from html.parser import HTMLParser
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
DEVIATIONS = {}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []

def num(f):
    return int(f.split("_")[0])

def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()

def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out

def untag(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))

def decoded_forms(f, raw, path):
    n = num(f); forms = []
    if n in (579, 584): forms += strings_of(json.loads(raw), [])
    if n == 581: forms.append(raw.replace("{", "").replace("}", ""))
    if n == 582: forms.append("\n".join(c for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"))) for c in r))
    if n == 585: forms.append(untag(raw))
    if n == 586: forms += [untag(raw), untag(html.unescape(raw))]
    forms += [html.unescape(raw), html.unescape(html.unescape(raw)), unquote(raw)]
    return forms

def err(f, m): errors.append(f"{f}: {m}")

# ---------------------------------------------------------------- shape checks
def check_remind(f, raw):
    for i, l in enumerate(raw.split("\n"), 1):
        if not l or l[0] in "#;": continue
        w = l.split()[0]
        if w not in ("REM", "OMIT", "SET", "FSET", "BANNER"): err(f, f"line {i}: not a Remind command: {w}")
        for d in re.findall(r"\b(\d{4}-\d\d-\d\d)\b", l):
            try: date.fromisoformat(d)
            except ValueError: err(f, f"line {i}: bad date {d}")
        if l.count('%"') % 2: err(f, f'line {i}: unpaired %"')
        if w == "REM" and " MSG " not in l and " CAL " not in l: err(f, f"line {i}: REM without MSG / CAL")
        if l.count("[") != l.count("]"): err(f, f"line {i}: unbalanced [ ]")

def check_yaml(f, raw):
    if "\t" in raw: err(f, "tab in YAML")
    for i, l in enumerate(raw.split("\n"), 1):
        ind = len(l) - len(l.lstrip(" "))
        if l.strip() and not l.lstrip().startswith("#") and ind % 2: err(f, f"line {i}: odd indent")
    items = re.split(r"\n      - title: ", raw)[1:]
    for it in items:
        if it.startswith('"'):
            for k in ("authors:", "venue:", "year:", "tags:", "added:"):
                if "\n        " + k not in it: err(f, f"item {it[:40]!r} lacks {k}")
    if not raw.startswith("# _data/papers.yml"): err(f, "no header comment")

def check_hyperkitty(f, raw):
    d = json.loads(raw)
    keys = ["url", "mailinglist", "message_id", "message_id_hash", "thread", "sender", "sender_name", "subject", "date", "parent", "children", "content", "attachments"]
    if list(d) != keys: err(f, f"keys {list(d)}")
    h = d["message_id_hash"]
    if not re.fullmatch(r"[A-Z0-9]{32}", h) or not d["url"].endswith(f"/email/{h}/") or not d["thread"].endswith(f"/thread/{h}/"): err(f, "hash / url / thread mismatch")
    datetime.fromisoformat(d["date"])
    c = d["content"]
    ids = re.findall(r"^arXiv:(\d{4}\.\d{5})$", c, re.M)
    links = re.findall(r"^\\\\ \( https://arxiv\.org/abs/(\d{4}\.\d{5}) ,  (\d+)kb\)$", c, re.M)
    if [i for i, _ in links] != ids or not ids: err(f, "listing records and abs links differ")
    sizes = re.findall(r"^Date: .*\((\d+)kb\)$", c, re.M)
    if sizes != [s for _, s in links]: err(f, "record sizes differ")
    for l in c.split("-------- Forwarded Message --------", 1)[-1].split("\n"):
        if len(l) > 80: err(f, f"content line over 80 columns: {l[:40]!r}")

def check_sist(f, raw):
    pages = raw.split("\f")
    if pages[-1] != "": err(f, "does not end with a form feed")
    nums = [int(m) for p in pages[:-1] for m in re.findall(r"^ +- (\d+) -$", p.rstrip("\n").split("\n")[-1], re.M)]
    if nums != list(range(nums[0], nums[0] + len(pages) - 1)): err(f, f"page footers {nums}")
    refs = [int(x) for x in re.findall(r"^ ?\[(\d+)\] ", raw.split("参考文献")[-1], re.M)]
    if refs != list(range(1, len(refs) + 1)): err(f, f"reference numbers {refs}")
    body = raw.split("参考文献")[0]
    for c in re.findall(r"\[(\d+)\]", body):
        if int(c) not in refs: err(f, f"citation [{c}] has no entry")
    for m in re.finditer(r"入手先<([^>]*)>", raw.replace("\n     ", "")):
        if " " in m.group(1): err(f, "space inside a URL")

def check_paperpile(f, raw):
    recs = re.split(r"\n(?=@)", raw.strip("\n"))
    keys = []
    for r in recs:
        m = re.match(r"@([A-Z]+)\{([A-Za-z]+\d{4}-[a-z]{2}|noauthor-[a-z]+),\n", r)
        if not m: err(f, f"bad record head {r[:30]!r}"); continue
        keys.append(m.group(2))
        if not r.rstrip("\n").endswith("\n}"): err(f, f"{m.group(2)}: not closed")
        if r.count("{") != r.count("}"): err(f, f"{m.group(2)}: unbalanced braces")
        if r.count('"') % 2: err(f, f"{m.group(2)}: odd quotes")
        for l in r.split("\n")[1:-1]:
            if l.startswith("  ") and not l.startswith("   ") and not re.match(r"  [A-Za-z]+ *= ", l): err(f, f"{m.group(2)}: bad field line {l!r}")
            if re.match(r"  [A-Za-z]+ *= ", l) and l.index("=") != 16: err(f, f"{m.group(2)}: field not padded: {l!r}")
            if l.startswith("   ") and not l.startswith(" " * 19): err(f, f"{m.group(2)}: continuation indent")
        e = re.search(r'eprint        = "([^"]+)"', r); u = re.search(r'url           = "http://arxiv.org/abs/([^"]+)"', r)
        if e and u and e.group(1) != u.group(1): err(f, f"{m.group(2)}: eprint != url id")
    if len(set(keys)) != len(keys): err(f, "duplicate keys")

CU = ["Task ID", "Task Name", "Task Content", "Status", "Date Created", "Date Created Text", "Due Date", "Due Date Text",
      "Start Date", "Start Date Text", "Parent ID", "Attachments", "Assignees", "Tags", "Priority", "List Name",
      "Folder Name", "Space Name", "Time Estimated", "Time Estimated Text", "Checklists", "Comments",
      "Assigned Comments", "Time Spent", "Time Spent Text", "Rolled Up Time", "Rolled Up Time Text"]
def check_clickup(f, raw):
    if not raw.endswith("\r\n"): err(f, "rows not CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != CU: err(f, "not ClickUp's header"); return
    ids = {r[0] for r in rows[1:]}
    tz = timezone(timedelta(hours=7))
    for r in rows[1:]:
        if len(r) != len(CU): err(f, f"{r[0]}: {len(r)} cells"); continue
        for a, b in ((4, 5), (6, 7), (8, 9)):
            if bool(r[a]) != bool(r[b]): err(f, f"{r[0]}: date and text disagree")
            if r[a]:
                d = datetime.fromtimestamp(int(r[a]) / 1000, tz)
                if not r[b].startswith(d.strftime("%A, %B ")) or f" {d.year}, " not in r[b] or not r[b].endswith("+07:00"): err(f, f"{r[0]}: {r[b]} != {d}")
        if r[10] and r[10] not in ids: err(f, f"{r[0]}: parent {r[10]} missing")
        if r[3] not in ("to do", "in progress", "in review", "complete"): err(f, f"{r[0]}: status {r[3]}")
        if r[6] and r[4] and int(r[6]) < int(r[4]): err(f, f"{r[0]}: due before created")

def check_gitee(f, raw):
    for s in ("Gitee - 基于 Git 的代码托管和研发协作平台", "Issues", "#I9QK4T", "负责人", "评论 (", "粤ICP备"):
        if s not in raw: err(f, f"Gitee page part missing: {s}")
    n = raw.count(" 回复") + raw.count("\n回复")
    if not re.search(r"评论 \((\d+)\)", raw): err(f, "no comment count")

LV = ["comment", "creator", "post", "community", "counts", "creator_banned_from_community", "banned_from_community",
      "creator_is_moderator", "creator_is_admin", "subscribed", "saved", "creator_blocked", "my_vote"]
def check_lemmy(f, raw):
    d = json.loads(raw)
    if raw != json.dumps(d, ensure_ascii=False, indent=2) + "\n": err(f, "not jq-style 2-space JSON")
    cs = d["comments"]; ids = {c["comment"]["id"] for c in cs}
    kids = Counter()
    for c in cs:
        if list(c) != LV: err(f, f"view keys {list(c)}")
        cm = c["comment"]; p = cm["path"].split(".")
        if p[0] != "0" or int(p[-1]) != cm["id"]: err(f, f"{cm['id']}: path {cm['path']}")
        for a in p[1:-1]:
            if int(a) not in ids: err(f, f"{cm['id']}: parent {a} missing")
            kids[int(a)] += 1
        k = c["counts"]
        if k["score"] != k["upvotes"] - k["downvotes"] or k["comment_id"] != cm["id"]: err(f, f"{cm['id']}: counts")
        if cm["creator_id"] != c["creator"]["id"] or cm["post_id"] != c["post"]["id"]: err(f, f"{cm['id']}: ids")
        if not cm["ap_id"].endswith(f"/comment/{cm['id']}"): err(f, f"{cm['id']}: ap_id")
    for c in cs:
        if c["counts"]["child_count"] != kids[c["comment"]["id"]]: err(f, f"{c['comment']['id']}: child_count")
    ts = [c["comment"]["published"] for c in cs]
    if ts != sorted(ts): err(f, "not in Old order")

VOID = {"meta", "link", "br", "img", "input", "hr"}
class Nest(HTMLParser):
    def __init__(s): super().__init__(); s.st = []; s.bad = []; s.rows = []; s.cells = None
    def handle_starttag(s, t, a):
        if t == "tr": s.cells = 0
        if t in ("td", "th") and s.cells is not None: s.cells += 1
        if t not in VOID: s.st.append(t)
    def handle_endtag(s, t):
        if t == "tr": s.rows.append(s.cells); s.cells = None
        if t in VOID: return
        if not s.st or s.st[-1] != t: s.bad.append((t, list(s.st[-3:])))
        else: s.st.pop()
def check_alfolio(f, raw):
    p = Nest(); p.feed(raw); p.close()
    if p.bad or p.st: err(f, f"HTML nesting: {p.bad[:3]} open {p.st}")
    if any(c != 4 for c in p.rows): err(f, f"table rows with cells {p.rows}")
    for s in ("al-folio</a> theme", "Hosted by", 'id="navbar"', '<html lang="tr">', "nav-item active"):
        if s not in raw: err(f, f"al-folio part missing: {s}")

def check_atom(f, raw):
    dom = xml.dom.minidom.parseString(raw.encode("utf-8"))
    root = dom.documentElement
    if root.tagName != "feed" or root.getAttribute("xmlns") != "http://www.w3.org/2005/Atom": err(f, "not an Atom feed")
    g = root.getElementsByTagName("generator")
    if not g or g[0].firstChild.data != "Jekyll": err(f, "not jekyll-feed's generator")
    for en in root.getElementsByTagName("entry"):
        i = en.getElementsByTagName("id")[0].firstChild.data
        l = en.getElementsByTagName("link")[0].getAttribute("href")
        if l != i + ".html": err(f, f"entry link {l} != id {i}.html")
        c = en.getElementsByTagName("content")[0].firstChild.data
        pn = Nest(); pn.feed(c); pn.close()
        if pn.bad or pn.st: err(f, f"entry {i}: content HTML nesting {pn.bad[:2]}")
        s = en.getElementsByTagName("summary")[0].firstChild.data
        if untag(c).strip().split("\n")[0] != s: err(f, f"entry {i}: summary is not the opening paragraph")
    if "\n" in raw.split("?>", 1)[1][:5]: pass

def shape_checks(f, raw, path):
    n = num(f)
    {577: check_remind, 578: check_yaml, 579: check_hyperkitty, 580: check_sist, 581: check_paperpile, 582: check_clickup,
     583: check_gitee, 584: check_lemmy, 585: check_alfolio, 586: check_atom}[n](f, raw)
    if n != 582 and "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if n not in (580, 586) and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


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
# round56's and round57's, a byte-identical file counted once), and the round56/round57 split (candidates sorted by
# (uses, catalogue title); round56 = odd positions from 3 on, one unbroken run; position 1 left out)
used = Counter()
TD = "/work/main/tests/data"
P57 = "/work/round57/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P57): own.add(open(P57, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round56", "digests-round57") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round57 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r57 = set()
if os.path.exists(P57):
    try:
        r57 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P57)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round57/expected.json exists but could not be read (being written?)")
    if r57 & mine: errors.append(f"papers also in round57: {sorted(r57 & mine)}")
shared57 = len(r57 & mine) if os.path.exists(P57) else "(no /work/round57/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round56 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round57: {shared57}; papers in more than one round56 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
