#!/usr/bin/env python3
r"""Checks round52/expected.json against the digests and the shared catalogues.

Adapted from round51/validate.py (the label checks are the same code; the reuse report is round51's with the sides
swapped back: round52 holds the odd positions, round53 the even ones; the readers and shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round52's and round53's own (a
digests-round52 / digests-round53 folder, or a file whose bytes equal round52's or round53's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round52 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper;
it fails on a paper shared with /work/round53/expected.json when that file exists (read only), and on a paper in more
than one round52 file.
Every digest is read raw (UTF-8) and in decoded forms, the way a reader of that shape would see it:
  - 537 (Google Tasks JSON), 545 (Misskey notes JSON): every JSON string;
  - 538 (GitHub API readme JSON): every JSON string and the base64 `content` decoded as UTF-8 (the README);
  - 539 (MHonArc page), 546 (Buttondown page): the text with tags removed;
  - 542 (Linear CSV): the cells joined by newlines;
  - the other files: the text;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation. Round 52
needs no deviation (540's ABNT sentence case and lower-case subtitles are case changes only).

Shape checks (each digest against the rules of the program that writes its shape):
  - 537 (Google Tasks Takeout): JSON with kind tasks#taskLists; lists with kind / id / title / updated / items; tasks
    with the Takeout key order, kind tasks#task, selfLink naming the list and task ids, webViewLink naming the task
    id, 20-digit position, status needsAction / completed agreeing with `completed`, due at midnight UTC, parent naming
    a task of the same list, ISO millisecond timestamps, the list's updated equal to its newest task's;
  - 538 (GitHub API readme): JSON with the contents-API keys, type file, encoding base64, content in lines of at most
    60 base64 characters, size equal to the decoded length, sha equal to the git blob sha1 of the decoded README,
    git_url / _links naming that sha; in the README every Markdown table row with its header's cell count and every
    shields.io arXiv badge linking to the abs page of the same id;
  - 539 (MHonArc): the "<!-- MHonArc v" first line, the X- comment markers in MHonArc's order, X-Subject = <title> =
    <h1> = the Subject item, X-From-R13 the ROT13 of a From whose name is the From item's, every <a rel="nofollow">
    text equal to its href, no unescaped "<" or "&" in the <pre> body outside links, addresses masked, in the mailing
    every record's arXiv id equal to its "\\ ( https://arxiv.org/abs/ID ," line and its date inside the window;
  - 540 (ABNT pdftotext): form feeds closing each page, page numbers consecutive, REFERÊNCIAS entries in
    alphabetical order (accents folded), each entry ending with ".", every "Acesso em:" after a "Disponível em:" and
    with an ABNT month abbreviation;
  - 541 (ADS BibTeX): braces balanced per entry, unique keys, ADS entries (bibcode keys) with right-aligned field
    names (width 13), bibcode = year + "arXiv" + the eprint without its dot + the first author's initial, eid = pages
    = "arXiv:" + eprint, doi = 10.48550/arXiv. + eprint, adsurl ending with the key; hand entries two-space indented;
  - 542 (Linear CSV): CRLF rows, the Linear header, every row with every column, NLP-n ids unique, dates in
    Date.toString() form, Completed only for Done and Canceled only for Canceled issues, parent issues existing,
    cycle dates matching the cycle number, known priorities, version-4 UUIDs;
  - 543 (Forgejo PR copy): "Skip to content" first, "#41" title, "wants to merge N commits" = "Commits N" = the
    commits listed in the timeline, "N participants" = distinct commenters, the Reference line, every hunk line after
    the @@ header starting with "+", the Forgejo footer;
  - 544 (Yuque Markdown): every heading right after an <a name> anchor, anchors unique, ::: blocks closed, images on
    cdn.nlark.com with Yuque's fragment keys, table rows with the header's cell count, <font> tags closed;
  - 545 (Misskey): a JSON array of notes with the packed-note keys, newest first, each id's first 8 base-36 characters
    equal to createdAt in milliseconds since 2000-01-01, replyId / renoteId equal to the packed reply / renote id,
    reactionCount = the sum of reactions, remote users' notes with uri / url, MFM $[ ] brackets balanced;
  - 546 (NEGATIVE, Buttondown): HTML elements properly nested, lang="uk", the embed-subscribe form, canonical = og:url,
    the Buttondown footer.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is
not an id of its own (kept from round17)."""

import base64, codecs, csv, hashlib, html, io, json, os, re, sys, unicodedata
from collections import Counter
from datetime import datetime, timezone
from html.parser import HTMLParser
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
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
    n, forms = num(f), []
    if n in (537, 538, 545): forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n == 538: forms.append(base64.b64decode(json.loads(raw)["content"]).decode("utf-8"))
    if n in (539, 546): forms.append(untag(raw))
    if n == 542: forms.append("\n".join(c for row in csv.reader(io.StringIO(raw, newline="")) for c in row))
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
ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
TASK_KEYS = ["kind", "id", "title", "updated", "selfLink", "parent", "position", "notes", "status", "due", "completed",
             "hidden", "links", "webViewLink"]
def check_gtasks(f, raw):
    d = json.loads(raw)
    if d.get("kind") != "tasks#taskLists" or not isinstance(d.get("items"), list): errors.append(f"{f}: not a tasks#taskLists export"); return
    for l in d["items"]:
        if list(l) != ["kind", "id", "title", "updated", "items"] or l["kind"] != "tasks#taskList":
            errors.append(f"{f}: task list keys {list(l)}"); continue
        if not ISO_MS.match(l["updated"]): errors.append(f"{f}: list updated {l['updated']!r}")
        ids = {t["id"] for t in l["items"]}
        newest = max((t["updated"] for t in l["items"]), default=l["updated"])
        if newest != l["updated"]: errors.append(f"{f}: list {l['title']!r} updated {l['updated']} but newest task {newest}")
        for t in l["items"]:
            ks = list(t)
            if [k for k in TASK_KEYS if k in ks] != ks or t.get("kind") != "tasks#task":
                errors.append(f"{f}: task keys / order {ks}"); continue
            for k in ("id", "title", "updated", "selfLink", "position", "status", "links", "webViewLink"):
                if k not in t: errors.append(f"{f}: task without {k}: {t.get('title')!r}")
            if not ISO_MS.match(t.get("updated", "")): errors.append(f"{f}: task updated {t.get('updated')!r}")
            if t.get("selfLink") != f"https://www.googleapis.com/tasks/v1/lists/{l['id']}/tasks/{t['id']}": errors.append(f"{f}: selfLink of {t['id']}")
            if not t.get("webViewLink", "").startswith(f"https://tasks.google.com/task/{t['id']}"): errors.append(f"{f}: webViewLink of {t['id']}")
            if not re.fullmatch(r"\d{20}", t.get("position", "")): errors.append(f"{f}: position {t.get('position')!r}")
            if t.get("status") not in ("needsAction", "completed"): errors.append(f"{f}: status {t.get('status')!r}")
            if (t.get("status") == "completed") != ("completed" in t): errors.append(f"{f}: status / completed disagree for {t['title']!r}")
            if "completed" in t and not ISO_MS.match(t["completed"]): errors.append(f"{f}: completed {t['completed']!r}")
            if "due" in t and not re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00\.000Z", t["due"]): errors.append(f"{f}: due {t['due']!r}")
            if "parent" in t and (t["parent"] not in ids or t["parent"] == t["id"]): errors.append(f"{f}: parent {t['parent']} not a task of the list")
            if not isinstance(t.get("links"), list): errors.append(f"{f}: links not a list")


GH_KEYS = ["name", "path", "sha", "size", "url", "html_url", "git_url", "download_url", "type", "content", "encoding", "_links"]
def check_ghreadme(f, raw):
    d = json.loads(raw)
    if list(d) != GH_KEYS: errors.append(f"{f}: contents-API keys {list(d)}"); return
    if d["type"] != "file" or d["encoding"] != "base64": errors.append(f"{f}: type / encoding")
    lines = d["content"].split("\n")
    if lines[-1] != "" or any(len(x) > 60 or not re.fullmatch(r"[A-Za-z0-9+/=]*", x) for x in lines): errors.append(f"{f}: content not in 60-character base64 lines")
    try:
        body = base64.b64decode(d["content"], validate=False)
    except (binascii_error := Exception) as ex:
        errors.append(f"{f}: content not base64: {ex}"); return
    if len(body) != d["size"]: errors.append(f"{f}: size {d['size']} != decoded {len(body)}")
    sha = hashlib.sha1(b"blob %d\0" % len(body) + body).hexdigest()
    if d["sha"] != sha: errors.append(f"{f}: sha {d['sha']} is not the blob sha1 {sha}")
    if not d["git_url"].endswith("/git/blobs/" + d["sha"]) or d["_links"].get("git") != d["git_url"]: errors.append(f"{f}: git_url / _links.git")
    if d["_links"].get("self") != d["url"] or d["_links"].get("html") != d["html_url"]: errors.append(f"{f}: _links")
    md = body.decode("utf-8")
    head = None
    for line in md.split("\n"):
        if line.startswith("|"):
            cells = len(re.findall(r"(?<!\\)\|", line)) - 1
            if head is None: head = cells
            elif cells != head: errors.append(f"{f}: README table row with {cells} cells, header {head}: {line[:60]!r}")
        else:
            head = None
    for a, b in re.findall(r"img\.shields\.io/badge/arXiv-([\d.]+)-[^)]*\)\]\(https://arxiv\.org/abs/([\d.]+)\)", md):
        if a != b: errors.append(f"{f}: arXiv badge {a} links to {b}")


MH_ORDER = ["X-Subject:", "X-From-R13:", "X-Date:", "X-Message-Id:", "X-Content-Type:", "X-Head-End", "X-Body-Begin",
            "X-User-Header", "X-User-Header-End", "X-TopPNI", "X-TopPNI-End", "X-MsgBody", "X-Subject-Header-Begin",
            "X-Subject-Header-End", "X-Head-of-Message", "X-Head-of-Message-End", "X-Head-Body-Sep-Begin",
            "X-Head-Body-Sep-End", "X-Body-of-Message", "X-Body-of-Message-End", "X-MsgBody-End", "X-Follow-Ups",
            "X-Follow-Ups-End", "X-References", "X-References-End", "X-BotPNI", "X-BotPNI-End", "X-User-Footer",
            "X-User-Footer-End"]
def check_mhonarc(f, raw):
    if not raw.startswith("<!-- MHonArc v"): errors.append(f"{f}: not an MHonArc page")
    marks = [m.split()[0] for m in re.findall(r"<!--(X-[^ >]+(?: |-->))", raw)]
    marks = [m.rstrip("-") if not m.endswith(":") else m for m in re.findall(r"<!--(X-[A-Za-z0-9-]+:?)", raw)]
    if marks != MH_ORDER: errors.append(f"{f}: MHonArc markers out of order: {marks}")
    subj = html.unescape(re.search(r"<!--X-Subject: (.*?) -->", raw).group(1))
    title = html.unescape(re.search(r"<title>(.*?)</title>", raw).group(1))
    h1 = html.unescape(re.search(r"<h1>(.*?)</h1>", raw).group(1))
    item = html.unescape(re.search(r"<li><em>Subject</em>: (.*?)</li>", raw).group(1))
    if not subj == title == h1 == item: errors.append(f"{f}: subject differs: {subj!r} {title!r} {h1!r} {item!r}")
    r13 = codecs.decode(html.unescape(re.search(r"<!--X-From-R13: (.*?) -->", raw).group(1)), "rot13")
    fr = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<li><em>From</em>: (.*?)</li>", raw).group(1)))
    if r13.split(" <")[0] != fr.split(" <")[0]: errors.append(f"{f}: X-From-R13 decodes to {r13!r}, From is {fr!r}")
    pre = re.search(r"<pre>(.*?)</pre>", raw, re.S).group(1)
    for href, txt in re.findall(r'<a rel="nofollow" href="([^"]*)">([^<]*)</a>', pre):
        if html.unescape(href) != html.unescape(txt): errors.append(f"{f}: link text {txt!r} != href {href!r}")
    rest = re.sub(r'<a rel="nofollow" href="[^"]*">[^<]*</a>', "", pre)
    if "<" in rest or ">" in rest or re.search(r"&(?!(?:lt|gt|amp|quot|#\d+);)", rest): errors.append(f"{f}: unescaped markup in the <pre> body")
    shown = re.sub(r"<li><em>Message-id</em>:.*?</li>", "", raw.split("<!--X-Head-End-->", 1)[1])
    if re.search(r"[\w.+-]+@(?!xxxxxxxxxx)[\w-]+\.[\w.]+", untag(shown)): errors.append(f"{f}: an unmasked address in the page")
    body = html.unescape(re.sub(r"<[^>]+>", "", pre))
    w = re.search(r"received from  \w{3} (\d\d \w{3} \d\d \d\d:\d\d:\d\d) GMT  to  \w{3} (\d\d \w{3} \d\d \d\d:\d\d:\d\d) GMT", body)
    if not w: errors.append(f"{f}: no mailing window"); return
    lo, hi = (datetime.strptime(x, "%d %b %y %H:%M:%S") for x in w.groups())
    recs = re.findall(r"\\\\\narXiv:(\d{4}\.\d{5})\nDate: \w{3}, (\d\d? \w{3} \d{4} \d\d:\d\d:\d\d) GMT .*?\n\\\\ \( https://arxiv\.org/abs/([\d.]+) ,", body, re.S)
    if len(recs) != body.count("\\\\ ( https://arxiv.org/abs/"): errors.append(f"{f}: mailing records not parsed")
    for a, dt, b in recs:
        if a != b: errors.append(f"{f}: record {a} ends with abs/{b}")
        t = datetime.strptime(dt, "%d %b %Y %H:%M:%S")
        if not lo <= t < hi: errors.append(f"{f}: record {a} dated {dt} outside the window")


ABNT_MONTHS = {"jan.", "fev.", "mar.", "abr.", "maio", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."}
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).upper()
def check_abnt(f, raw):
    pages = raw.split("\f")
    if pages[-1] != "": errors.append(f"{f}: the last page is not closed by a form feed")
    nums = [int(p.strip().split("\n")[0]) for p in pages[:-1] if p.strip().split("\n")[0].strip().isdigit()]
    if len(nums) != len(pages) - 1 or nums != list(range(nums[0], nums[0] + len(nums))): errors.append(f"{f}: page numbers {nums}")
    text = "\n".join("\n".join(p.split("\n")[2:]) for p in pages[:-1])
    if "REFERÊNCIAS\n\n" not in text: errors.append(f"{f}: no REFERÊNCIAS"); return
    refs = text.split("REFERÊNCIAS\n\n", 1)[1].split("APÊNDICE", 1)[0]
    entries = [" ".join(e.split()) for e in re.split(r"\n\s*\n", refs) if e.strip()]
    heads = [fold(e) for e in entries]
    if heads != sorted(heads): errors.append(f"{f}: references not in alphabetical order: {[h[:20] for h in heads]}")
    for e in entries:
        if not e.endswith("."): errors.append(f"{f}: entry does not end with '.': {e[-40:]!r}")
        if "Acesso em:" in e:
            if e.find("Disponível em:") == -1 or e.find("Disponível em:") > e.find("Acesso em:"): errors.append(f"{f}: Acesso em without Disponível em: {e[:40]!r}")
            m = re.search(r"Acesso em: \d{1,2} (\S+) \d{4}\.", e)
            if not m or m.group(1) not in ABNT_MONTHS: errors.append(f"{f}: bad Acesso em date in {e[:40]!r}")
        if "Disponível em:" in e and "Acesso em:" not in e: errors.append(f"{f}: Disponível em without Acesso em: {e[:40]!r}")


def bib_entries(raw):
    out, i = [], 0
    for m in re.finditer(r"^@(\w+)\{([^,\s]+),\n", raw, re.M):
        depth, j = 1, m.end()
        while j < len(raw) and depth:
            depth += {"{": 1, "}": -1}.get(raw[j], 0); j += 1
        out.append((m.group(1), m.group(2), raw[m.end():j - 1], depth))
    return out
def check_ads(f, raw):
    ents = bib_entries(raw)
    keys_ = [k for _, k, _, _ in ents]
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    if raw.count("{") != raw.count("}"): errors.append(f"{f}: unbalanced braces")
    for typ, key, body, depth in ents:
        if depth: errors.append(f"{f}: entry {key} not closed")
        fields = body.rstrip("\n").split(",\n")
        if re.fullmatch(r"\d{4}[A-Za-z&.]{5}[\w.]{9}[A-Z.]", key):
            for fl in fields:
                if not re.match(r"^ *[A-Za-z]+ = ", fl) or fl.index(" = ") != 13: errors.append(f"{f}: ADS field not right-aligned in {key}: {fl[:30]!r}")
            fd = {fl.split(" = ", 1)[0].strip(): fl.split(" = ", 1)[1] for fl in fields}
            if not fd.get("adsurl", "").rstrip("}").endswith(key): errors.append(f"{f}: adsurl of {key}")
            if "eprint" in fd:
                ep = fd["eprint"].strip("{}")
                au = fd["author"][2:]
                ini = au[0].upper() if not au.startswith("van ") else "V"
                if key != fd["year"] + "arXiv" + ep.replace(".", "") + ini: errors.append(f"{f}: bibcode {key} does not fit eprint {ep}")
                if fd.get("eid") != "{arXiv:" + ep + "}" or fd.get("pages") != fd.get("eid"): errors.append(f"{f}: eid / pages of {key}")
                if fd.get("doi") != "{10.48550/arXiv." + ep + "}": errors.append(f"{f}: doi of {key}")
        else:
            for fl in fields:
                if not re.match(r"^  [a-z]+ = \{", fl): errors.append(f"{f}: hand entry field not two-space indented in {key}: {fl[:30]!r}")


LIN_COLS = ["ID", "Team", "Title", "Description", "Status", "Estimate", "Priority", "Project ID", "Project", "Creator",
            "Assignee", "Labels", "Cycle Number", "Cycle Name", "Cycle Start", "Cycle End", "Created", "Updated",
            "Started", "Triaged", "Completed", "Canceled", "Archived", "Due Date", "Parent issue", "Initiatives",
            "Project Milestone ID", "Project Milestone", "SLA Status", "Roadmaps"]
JSDATE = re.compile(r"^\w{3} \w{3} \d\d \d{4} \d\d:\d\d:\d\d GMT\+0000 \(Coordinated Universal Time\)$")
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
def check_linear(f, raw):
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    if rows[0] != LIN_COLS: errors.append(f"{f}: header {rows[0]}"); return
    recs = [dict(zip(LIN_COLS, r)) for r in rows[1:]]
    if any(len(r) != len(LIN_COLS) for r in rows[1:]): errors.append(f"{f}: a row with a wrong cell count")
    ids = [r["ID"] for r in recs]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"NLP-\d+", i) for i in ids): errors.append(f"{f}: issue ids {ids}")
    cyc = {}
    for r in recs:
        for k in ("Cycle Start", "Cycle End", "Created", "Updated", "Started", "Triaged", "Completed", "Canceled", "Archived"):
            if r[k] and not JSDATE.match(r[k]): errors.append(f"{f}: {r['ID']} {k} {r[k]!r} not in Date.toString() form")
        if bool(r["Completed"]) != (r["Status"] == "Done"): errors.append(f"{f}: {r['ID']} Completed vs Status {r['Status']}")
        if bool(r["Canceled"]) != (r["Status"] == "Canceled"): errors.append(f"{f}: {r['ID']} Canceled vs Status {r['Status']}")
        if r["Parent issue"] and r["Parent issue"] not in ids: errors.append(f"{f}: {r['ID']} parent {r['Parent issue']} missing")
        if r["Priority"] not in ("No priority", "Urgent", "High", "Medium", "Low"): errors.append(f"{f}: priority {r['Priority']!r}")
        for k in ("Project ID", "Project Milestone ID"):
            if r[k] and not UUID4.match(r[k]): errors.append(f"{f}: {r['ID']} {k} not a v4 UUID")
        if r["Cycle Number"]:
            c = (r["Cycle Name"], r["Cycle Start"], r["Cycle End"])
            if cyc.setdefault(r["Cycle Number"], c) != c or not r["Cycle Name"].endswith(" " + r["Cycle Number"]): errors.append(f"{f}: cycle {r['Cycle Number']} inconsistent")
        if r["Due Date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["Due Date"]): errors.append(f"{f}: due date {r['Due Date']!r}")


def check_forgejo(f, raw):
    lines = raw.split("\n")
    if lines[0] != "Skip to content": errors.append(f"{f}: not a page copy starting with the skip link")
    t = re.search(r"^(.+) #(\d+)$", raw, re.M)
    ref = re.search(r"^Reference: ([\w.-]+/[\w.-]+)#(\d+)$", raw, re.M)
    if not t or not ref or t.group(2) != ref.group(2): errors.append(f"{f}: title number vs Reference line")
    if ref and ref.group(1) not in lines: errors.append(f"{f}: repository header missing")
    wm = re.search(r"wants to merge (\d+) commits? from", raw)
    tab = re.search(r"^Commits (\d+)$", raw, re.M)
    added = sum(int(x) for x in re.findall(r" added (\d+) commits? ", raw))
    hashes = len(re.findall(r"^[0-9a-f]{10}$", raw, re.M))
    if not wm or not tab or not int(wm.group(1)) == int(tab.group(1)) == added == hashes:
        errors.append(f"{f}: commit counts disagree (merge {wm and wm.group(1)}, tab {tab and tab.group(1)}, added {added}, hashes {hashes})")
    who = set(re.findall(r"^([\w-]+) commented ", raw, re.M))
    p = re.search(r"^(\d+) participants$", raw, re.M)
    if not p or int(p.group(1)) != len(who): errors.append(f"{f}: participants {p and p.group(1)} vs commenters {sorted(who)}")
    for m in re.finditer(r"^@@ -\d+,\d+ \+\d+,\d+ @@\n((?:.*\n)*?)(?=[\w-]+ commented )", raw, re.M):
        for l in m.group(1).split("\n"):
            if l and not l.startswith(("+", "-", " ")): errors.append(f"{f}: hunk line {l[:40]!r}")
    if "Powered by Forgejo" not in raw: errors.append(f"{f}: no Forgejo footer")


def check_yuque(f, raw):
    lines = raw.split("\n")
    anchors = []
    for i, l in enumerate(lines):
        if re.match(r"^#{1,6} ", l):
            m = re.fullmatch(r'<a name="(\w+)"></a>', lines[i - 1]) if i else None
            if not m: errors.append(f"{f}: heading without Yuque anchor: {l[:40]!r}")
            else: anchors.append(m.group(1))
    if len(set(anchors)) != len(anchors): errors.append(f"{f}: duplicate anchors")
    opened = None
    for l in lines:
        if l.startswith(":::"):
            if opened is None:
                if l[3:] not in ("tips", "info", "warning", "danger", "success", "color1", "color2"): errors.append(f"{f}: unknown block {l!r}")
                opened = l
            elif l == ":::": opened = None
            else: errors.append(f"{f}: block {l!r} inside {opened!r}")
    if opened: errors.append(f"{f}: block {opened!r} not closed")
    for u in re.findall(r"!\[[^\]]*\]\((\S+?)\)", raw):
        if not u.startswith("https://cdn.nlark.com/yuque/") or not all(k in u for k in ("#averageHue=", "clientId=", "originHeight=", "originWidth=", "taskId=")):
            errors.append(f"{f}: image URL not a Yuque upload: {u[:50]!r}")
    if raw.count("<font") != raw.count("</font>"): errors.append(f"{f}: <font> not closed")
    head = None
    for l in lines:
        if l.startswith("|"):
            c = l.count("|") - 1
            if head is None: head = c
            elif c != head: errors.append(f"{f}: table row with {c} cells, header {head}")
        else: head = None


MK_KEYS = ["id", "createdAt", "userId", "user", "text", "cw", "visibility", "localOnly", "reactionAcceptance",
           "renoteCount", "repliesCount", "reactionCount", "reactions", "reactionEmojis", "fileIds", "files", "replyId",
           "renoteId", "clippedCount"]
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
def aid_ms(i):
    n = 0
    for c in i[:8]: n = n * 36 + B36.index(c)
    return n + 946684800000
def check_misskey_note(f, n, packed):
    if list(n)[:len(MK_KEYS)] != MK_KEYS: errors.append(f"{f}: note keys {list(n)[:8]}…"); return
    if not re.fullmatch(r"[0-9a-z]{10}", n["id"]): errors.append(f"{f}: id {n['id']!r} not an aid")
    t = datetime.strptime(n["createdAt"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    if aid_ms(n["id"]) != int(t.timestamp() * 1000): errors.append(f"{f}: id {n['id']} does not encode {n['createdAt']}")
    if n["userId"] != n["user"]["id"]: errors.append(f"{f}: userId != user.id")
    if n["reactionCount"] != sum(n["reactions"].values()): errors.append(f"{f}: reactionCount of {n['id']}")
    if (n["user"]["host"] is not None) != ("uri" in n): errors.append(f"{f}: remote note {n['id']} without uri (or local with)")
    if n.get("reply") and n["replyId"] != n["reply"]["id"]: errors.append(f"{f}: replyId of {n['id']}")
    if n.get("renote") and n["renoteId"] != n["renote"]["id"]: errors.append(f"{f}: renoteId of {n['id']}")
    if not packed and ((n["replyId"] is None) != ("reply" not in n) or (n["renoteId"] is None) != ("renote" not in n)): errors.append(f"{f}: reply / renote not packed in {n['id']}")
    if packed and ("reply" in n or "renote" in n): errors.append(f"{f}: packed note {n['id']} packs again")
    txt = n["text"] or ""
    depth = 0
    for m in re.finditer(r"\$\[|\]", txt):
        depth += 1 if m.group(0) == "$[" else (-1 if depth else 0)
    if depth: errors.append(f"{f}: MFM $[ ] not closed in {n['id']}")
def check_misskey(f, raw):
    d = json.loads(raw)
    if not isinstance(d, list): errors.append(f"{f}: not an array of notes"); return
    times = [n["createdAt"] for n in d]
    if times != sorted(times, reverse=True): errors.append(f"{f}: notes not newest first")
    for n in d:
        check_misskey_note(f, n, False)
        for k in ("reply", "renote"):
            if k in n: check_misskey_note(f, n[k], True)


VOID = {"meta", "link", "input", "br", "img", "hr"}
class Nest(HTMLParser):
    def __init__(self):
        super().__init__(); self.st = []; self.bad = []
    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.st.append(tag)
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.st or self.st[-1] != tag: self.bad.append((tag, list(self.st[-3:])))
        else: self.st.pop()
def check_buttondown(f, raw):
    p = Nest(); p.feed(raw); p.close()
    if p.bad or p.st: errors.append(f"{f}: HTML nesting {p.bad[:3]} open {p.st}")
    if '<html lang="uk">' not in raw: errors.append(f"{f}: lang")
    m = re.search(r'<form action="https://buttondown\.com/api/emails/embed-subscribe/([\w-]+)"', raw)
    if not m: errors.append(f"{f}: no Buttondown subscribe form")
    c = re.search(r'<link rel="canonical" href="([^"]+)">', raw); o = re.search(r'<meta property="og:url" content="([^"]+)">', raw)
    if not c or not o or c.group(1) != o.group(1) or (m and f"/{m.group(1)}/" not in c.group(1)): errors.append(f"{f}: canonical / og:url")
    if "Powered by Buttondown" not in raw: errors.append(f"{f}: no Buttondown footer")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 537: check_gtasks(f, raw)
    elif n == 538: check_ghreadme(f, raw)
    elif n == 539: check_mhonarc(f, raw)
    elif n == 540: check_abnt(f, raw)
    elif n == 541: check_ads(f, raw)
    elif n == 542: check_linear(f, raw)
    elif n == 543: check_forgejo(f, raw)
    elif n == 544: check_yuque(f, raw)
    elif n == 545: check_misskey(f, raw)
    elif n == 546: check_buttondown(f, raw)
    if n not in (542,) and "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if not raw.endswith("\f" if n == 540 else "\n"): errors.append(f"{f}: no final newline (540: no final form feed)")


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
# round52's and round53's, a byte-identical file counted once), and the round52/round53 split (candidates sorted by
# (uses, catalogue title); round52 = odd positions from 3 on, one unbroken run; position 1 left out)
used = Counter()
TD = "/work/main/tests/data"
P53 = "/work/round53/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P53): own.add(open(P53, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round52", "digests-round53") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round53 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r53 = set()
if os.path.exists(P53):
    try:
        r53 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P53)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("round53/expected.json exists but could not be read (being written?)")
    if r53 & mine: errors.append(f"papers also in round53: {sorted(r53 & mine)}")
shared53 = len(r53 & mine) if os.path.exists(P53) else "(no /work/round53/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round52 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round53: {shared53}; papers in more than one round52 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
