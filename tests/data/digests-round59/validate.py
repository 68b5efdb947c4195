#!/usr/bin/env python3
r"""Checks round59/expected.json against the digests and the shared catalogues.

Adapted from round57/validate.py (the label checks are the same code; the reuse report is round57's with round58 /
round59 in place of round56 / round57: round59 holds the even positions, round58 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round58's and round59's
own (a digests-round58 / digests-round59 folder, or a file whose bytes equal round58's or round59's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round59 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round58/expected.json when that file
exists (read only), and on a paper in more than one round59 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 608 (Memos API), 609 (Rocket.Chat API), 614 (Tumblr API), 615 (RO-Crate), 616 (Whisper): every JSON string;
  - 614: the decoded post bodies without HTML tags;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 607 JSPWiki (a [{SET}] plugin first, ! / !! / !!! headings, [label|URL or WikiPage] links, [ ] and
{{{ }}} balanced, %%style … /% blocks closed, || header and | rows with one cell count, footnotes [n] / [#n] matched,
no Markdown links); 608 Memos API (memos +
nextPageToken, memo keys, memos/<uid>, users/<n>, RFC 3339 times newest first, property.tags = tags = #tags of the
content, hasLink / hasTaskList consistent, jq indent 2); 609 Rocket.Chat channels.history (count / offset / total /
success, 17-char unique _ids, one rid, ISO times newest first, urls present in msg, known system types, indent 2);
610 Remarkup (balanced = headings =, [[ ]] links, ``` blocks closed, tables with a | --- | row and one cell count, no
Markdown links, known callouts); 611 Netnews article (required RFC 5536 headers, Message-ID / References shape, Date
format, Lines = body lines, one "-- " signature line); 612 Slidev (headmatter with theme and title, slide
frontmatter closed, layouts known, ::right:: only in two-cols, <v-clicks>, ``` and notes balanced); 613 Markdeep
(meta first line, the Markdeep footer last, [#Key] citations all defined and all definitions cited, diagram blocks
rectangular, admonitions indented); 614 Tumblr API (one line, ASCII only, every slash escaped, meta 200, posts newest
first, id = id_string, timestamp = date, post_url with the id); 615 RO-Crate 1.1 (context, descriptor, root Dataset,
unique @ids, local references resolved, citation entries ScholarlyArticle); 616 Whisper JSON (one ASCII line,
json.dump separators, result / segment keys, ids 0..n-1, times ordered, text = joined segment texts).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import csv, html, io, json, os, re, sys
import xml.etree.ElementTree as ET
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (608, 609, 614, 615, 616):
        strs = strings_of(json.loads(raw), [])
        forms.append("\n".join(strs))
        if n == 614: forms.append("\n".join(html.unescape(strip_tags(s)) for s in strs))
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
def headings_balanced(f, raw):
    for l in raw.split("\n"):
        if l.lstrip().startswith("="):
            m = re.match(r"^\s*(=+) \S.* (=+)$", l)
            if not m or len(m.group(1)) != len(m.group(2)): errors.append(f"{f}: bad heading {l!r}")


def check_jspwiki(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not ls[0].startswith("[{SET ") : errors.append(f"{f}: first line is not a [{{SET …}}] plugin")
    pre = False
    for i, l in enumerate(ls):
        if l.startswith("{{{"): pre = True
        if pre:
            if "}}}" in l: pre = False
            continue
        if l.startswith("!") and not re.match(r"^!{1,3} \S", l): errors.append(f"{f}: bad heading {l!r}")
        if l.startswith("||") and i + 1 < len(ls) and ls[i + 1].startswith("|") and not ls[i + 1].startswith("||"):
            n = len(l.split("||")) - 1
            j = i + 1
            while j < len(ls) and ls[j].startswith("| "):
                cells = len(re.sub(r"\[[^\]]*\]", "L", ls[j]).split("|")) - 1
                if cells != n: errors.append(f"{f}: table row {j + 1} has {cells} cells, header {n}")
                j += 1
        for lab in re.findall(r"(?<!\[)\[([^\[\]{]*)\]", l):
            if "|" in lab and not re.fullmatch(r"[^|]+\|(?:https?://\S+|[A-Z][A-Za-z0-9]+)", lab): errors.append(f"{f}: bad link [{lab}]")
    if pre: errors.append(f"{f}: {{{{{{ not closed")
    if raw.count("{{{") != raw.count("}}}"): errors.append(f"{f}: {{{{{{ }}}}}} unbalanced")
    if len(re.findall(r"^%%\w+", raw, re.M)) != len(re.findall(r"^/%", raw, re.M)): errors.append(f"{f}: %% … /% blocks unbalanced")
    if raw.count("[") != raw.count("]"): errors.append(f"{f}: [ ] unbalanced")
    if re.search(r"\]\((?:https?:|/)", raw): errors.append(f"{f}: Markdown link in JSPWiki syntax")
    refs, notes_ = set(re.findall(r"(?<=\S)\[(\d+)\]", raw)), set(re.findall(r"^\[#(\d+)\]", raw, re.M))
    if refs != notes_: errors.append(f"{f}: footnote references {sorted(refs)} vs definitions {sorted(notes_)}")


MEMO_KEYS = {"name", "state", "creator", "createTime", "updateTime", "displayTime", "content", "visibility", "tags",
             "pinned", "resources", "relations", "reactions", "property", "snippet"}
RFC3339 = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z"
def check_memos(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if set(d) != {"memos", "nextPageToken"}: errors.append(f"{f}: top-level keys {sorted(d)}")
    if not raw.startswith('{\n  "memos": [\n    {\n      "name": '): errors.append(f"{f}: not jq's indent 2")
    names, times = set(), []
    for m in d["memos"]:
        if set(m) != MEMO_KEYS: errors.append(f"{f}: memo keys {sorted(set(m) ^ MEMO_KEYS)}")
        if not re.fullmatch(r"memos/[A-Za-z0-9]{22}", m["name"]) or m["name"] in names: errors.append(f"{f}: bad memo name {m['name']}")
        names.add(m["name"])
        if not re.fullmatch(r"users/\d+", m["creator"]): errors.append(f"{f}: creator {m['creator']}")
        for k in ("createTime", "updateTime", "displayTime"):
            if not re.fullmatch(RFC3339, m[k]): errors.append(f"{f}: {k} {m[k]}")
        if m["state"] not in ("NORMAL", "ARCHIVED") or m["visibility"] not in ("PRIVATE", "PROTECTED", "PUBLIC"):
            errors.append(f"{f}: state / visibility")
        tags = re.findall(r"#([^\s#]+)", m["content"])
        if m["tags"] != tags or m["property"]["tags"] != tags: errors.append(f"{f}: tags do not match the content's #tags")
        if m["property"]["hasLink"] != ("http" in m["content"]) or m["property"]["hasTaskList"] != ("- [" in m["content"]):
            errors.append(f"{f}: property flags inconsistent in {m['name']}")
        times.append(m["displayTime"])
    if times != sorted(times, reverse=True): errors.append(f"{f}: memos not newest first")


RC_SYS = {"uj", "ul", "au", "ru", "room_changed_topic", "room_changed_description", "message_pinned"}
def check_rocketchat(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if set(d) != {"messages", "count", "offset", "total", "success"} or d["success"] is not True: errors.append(f"{f}: top-level keys")
    if d["count"] != len(d["messages"]) or d["total"] < d["count"] or d["offset"] != 0: errors.append(f"{f}: count / total mismatch")
    if not raw.startswith('{\n  "messages": [\n'): errors.append(f"{f}: not indent 2")
    ids, rids, ts = set(), set(), []
    for m in d["messages"]:
        if not re.fullmatch(r"[A-Za-z0-9]{17}", m["_id"]) or m["_id"] in ids: errors.append(f"{f}: bad _id {m['_id']}")
        ids.add(m["_id"]); rids.add(m["rid"])
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", m["ts"]) or m["_updatedAt"] < m["ts"]: errors.append(f"{f}: ts {m['ts']}")
        if not {"_id", "username"} <= set(m["u"]): errors.append(f"{f}: u without _id / username")
        if "t" in m:
            if m["t"] not in RC_SYS: errors.append(f"{f}: unknown system type {m['t']}")
        else:
            for u in m.get("urls", []):
                if u["url"] not in m["msg"]: errors.append(f"{f}: url {u['url']} not in its message")
        ts.append(m["ts"])
    if len(rids) != 1: errors.append(f"{f}: messages from {len(rids)} rooms")
    if ts != sorted(ts, reverse=True): errors.append(f"{f}: history not newest first")


def check_remarkup(f, raw):
    lf_final(f, raw)
    headings_balanced(f, raw)
    if raw.count("[[") != raw.count("]]"): errors.append(f"{f}: [[ ]] unbalanced")
    if raw.count("```") % 2: errors.append(f"{f}: ``` block not closed")
    if re.search(r"\]\((?:https?:|/)", raw): errors.append(f"{f}: Markdown link in Remarkup")
    ls = raw.split("\n")
    for i, l in enumerate(ls):
        if l.startswith("|") and (i == 0 or not ls[i - 1].startswith("|")):
            if i + 1 >= len(ls) or not re.fullmatch(r"\|( --- \|)+", ls[i + 1]): errors.append(f"{f}: table at line {i + 1} without | --- | row")
            n = l.count("|")
            j = i
            while j < len(ls) and ls[j].startswith("|"):
                if ls[j].count("|") - ls[j].count("[[") * 0 - sum(x.count("|") for x in re.findall(r"\[\[[^\]]*\]\]", ls[j])) != n - 0:
                    errors.append(f"{f}: table row {j + 1} with another cell count")
                j += 1
        m = re.match(r"^([A-Z]+):", l)
        if m and m.group(1) not in ("NOTE", "WARNING", "IMPORTANT"): errors.append(f"{f}: unknown callout {m.group(1)}")


NEWS_REQ = ("Path", "From", "Newsgroups", "Subject", "Date", "Message-ID")
def check_netnews(f, raw):
    lf_final(f, raw)
    head, sep, body = raw.partition("\n\n")
    if not sep: errors.append(f"{f}: no blank line after the headers"); return
    hs = {}
    for l in head.split("\n"):
        m = re.match(r"^([A-Za-z][A-Za-z0-9-]*): (.+)$", l)
        if not m: errors.append(f"{f}: bad header line {l!r}"); continue
        hs[m.group(1)] = m.group(2)
    for k in NEWS_REQ:
        if k not in hs: errors.append(f"{f}: no {k} header")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", hs.get("Message-ID", "")): errors.append(f"{f}: Message-ID shape")
    for r in hs.get("References", "").split():
        if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", r): errors.append(f"{f}: References entry {r}")
    if not re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}", hs.get("Date", "")):
        errors.append(f"{f}: Date {hs.get('Date')!r}")
    if hs.get("Lines") != str(body.count("\n")): errors.append(f"{f}: Lines {hs.get('Lines')} != {body.count(chr(10))}")
    if body.split("\n").count("-- ") != 1: errors.append(f"{f}: signature delimiter '-- ' not exactly once")
    if "," in hs.get("Newsgroups", "") and " " in hs["Newsgroups"]: errors.append(f"{f}: spaces in Newsgroups")


SLIDEV_LAYOUTS = {"default", "cover", "center", "section", "two-cols", "image-right", "end", "intro", "statement", "quote"}
def check_slidev(f, raw):
    lf_final(f, raw)
    if not raw.startswith("---\n"): errors.append(f"{f}: no headmatter"); return
    hm_end = raw.index("\n---\n", 4)
    hm = raw[4:hm_end]
    if not re.search(r"^theme: \S+", hm, re.M) or not re.search(r"^title: \S", hm, re.M): errors.append(f"{f}: headmatter without theme / title")
    slides = re.split(r"\n\n---\n", "\n" + raw[hm_end + 5:])
    for s in slides[1:]:
        fm, sep, content = s.partition("\n---\n")
        if not sep: errors.append(f"{f}: slide frontmatter not closed"); continue
        lay = re.search(r"^layout: (\S+)", fm, re.M)
        if lay and lay.group(1) not in SLIDEV_LAYOUTS: errors.append(f"{f}: unknown layout {lay.group(1)}")
        if "::right::" in content and (not lay or lay.group(1) != "two-cols"): errors.append(f"{f}: ::right:: outside two-cols")
    if raw.count("<v-clicks>") != raw.count("</v-clicks>"): errors.append(f"{f}: <v-clicks> unbalanced")
    if raw.count("```") % 2: errors.append(f"{f}: ``` unbalanced")
    prose = re.sub(r"```.*?```", "", raw, flags=re.S)
    if prose.count("<!--") != prose.count("-->"): errors.append(f"{f}: notes comments unbalanced")


MD_FOOT = '<!-- Markdeep: --><style class="fallback">body{visibility:hidden;white-space:pre;font-family:monospace}</style>'
def check_markdeep(f, raw):
    lf_final(f, raw)
    ls = raw.rstrip("\n").split("\n")
    if ls[0] != '<meta charset="utf-8" emacsmode="-*- markdown -*-">': errors.append(f"{f}: first line {ls[0]!r}")
    if not ls[-1].startswith(MD_FOOT) or "markdeep.min.js" not in ls[-1] or raw.count("<!-- Markdeep: -->") != 1:
        errors.append(f"{f}: Markdeep footer not the last line")
    defined = re.findall(r"^\[#(\w+)\]:", raw, re.M)
    cited = set(re.findall(r"\[#(\w+)\](?!:)", raw))
    if len(defined) != len(set(defined)): errors.append(f"{f}: bibliography key defined twice")
    if cited - set(defined): errors.append(f"{f}: cited but not defined {sorted(cited - set(defined))}")
    if set(defined) - cited: errors.append(f"{f}: defined but never cited {sorted(set(defined) - cited)}")
    block = []
    for l in ls + [""]:
        if l.startswith("*") and len(l) > 10 and l.strip("*") == "" or block and l.startswith("*"):
            block.append(l); continue
        if block:
            if len({len(b) for b in block}) != 1 or block[0] != block[-1]: errors.append(f"{f}: diagram block not rectangular")
            block = []
    for i, l in enumerate(ls):
        if l.startswith("!!! ") and (i + 1 >= len(ls) or not ls[i + 1].startswith("    ")): errors.append(f"{f}: admonition body not indented")


def check_tumblr(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: not one line")
    if not raw.isascii(): errors.append(f"{f}: raw non-ASCII (PHP json_encode escapes it)")
    if re.search(r"(?<!\\)/", raw): errors.append(f"{f}: unescaped slash")
    d = json.loads(raw)
    if d["meta"] != {"status": 200, "msg": "OK"}: errors.append(f"{f}: meta")
    r = d["response"]
    import datetime
    prev = None
    for p in r["posts"]:
        if p["id_string"] != str(p["id"]) or str(p["id"]) not in p["post_url"]: errors.append(f"{f}: post id / id_string / post_url")
        dt = datetime.datetime.strptime(p["date"], "%Y-%m-%d %H:%M:%S GMT").replace(tzinfo=datetime.timezone.utc)
        if int(dt.timestamp()) != p["timestamp"]: errors.append(f"{f}: timestamp != date for {p['id']}")
        if p["type"] != "text" or p["format"] != "html" or p["blog_name"] != r["blog"]["name"]: errors.append(f"{f}: post type / format / blog")
        if prev is not None and p["timestamp"] > prev: errors.append(f"{f}: posts not newest first")
        prev = p["timestamp"]
    if r["total_posts"] < len(r["posts"]): errors.append(f"{f}: total_posts < posts")


def check_rocrate(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if d.get("@context") != "https://w3id.org/ro/crate/1.1/context": errors.append(f"{f}: @context")
    g = d["@graph"]
    ids = [e["@id"] for e in g]
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate @id")
    by = {e["@id"]: e for e in g}
    desc = by.get("ro-crate-metadata.json", {})
    if desc.get("conformsTo") != {"@id": "https://w3id.org/ro/crate/1.1"} or desc.get("about") != {"@id": "./"}: errors.append(f"{f}: descriptor")
    root = by.get("./", {})
    if root.get("@type") != "Dataset" or not root.get("name") or not root.get("datePublished"): errors.append(f"{f}: root Dataset")
    def refs(v, out):
        if isinstance(v, dict):
            if set(v) == {"@id"}: out.append(v["@id"])
            else: [refs(x, out) for x in v.values()]
        elif isinstance(v, list): [refs(x, out) for x in v]
        return out
    for e in g:
        for r_ in refs({k: v for k, v in e.items() if k != "@id"}, []):
            if not r_.startswith(("http://", "https://")) and r_ not in by: errors.append(f"{f}: unresolved reference {r_}")
    for p in root.get("hasPart", []):
        if p["@id"] not in by: errors.append(f"{f}: hasPart {p['@id']} not described")
    for c in root.get("citation", []):
        if by.get(c["@id"], {}).get("@type") != "ScholarlyArticle": errors.append(f"{f}: citation {c['@id']} not a ScholarlyArticle entity")


WSEG = {"id", "seek", "start", "end", "text", "tokens", "temperature", "avg_logprob", "compression_ratio", "no_speech_prob"}
def check_whisper(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw or not raw.isascii(): errors.append(f"{f}: not json.dump's one ASCII line")
    if not raw.startswith('{"text": "'): errors.append(f"{f}: not json.dump's separators")
    d = json.loads(raw)
    if set(d) != {"text", "segments", "language"}: errors.append(f"{f}: result keys {sorted(d)}")
    prev = 0.0
    for i, s in enumerate(d["segments"]):
        if set(s) != WSEG: errors.append(f"{f}: segment keys {sorted(set(s) ^ WSEG)}")
        if s["id"] != i: errors.append(f"{f}: segment id {s['id']} at {i}")
        if not (prev <= s["start"] < s["end"]): errors.append(f"{f}: segment {i} times")
        prev = s["end"]
        if not all(isinstance(t, int) for t in s["tokens"]): errors.append(f"{f}: tokens not ints")
    if d["text"] != "".join(s["text"] for s in d["segments"]): errors.append(f"{f}: text != joined segments")


def shape_checks(f, raw, path):
    n = num(f)
    {607: check_jspwiki, 608: check_memos, 609: check_rocketchat, 610: check_remarkup, 611: check_netnews,
     612: check_slidev, 613: check_markdeep, 614: check_tumblr, 615: check_rocrate, 616: check_whisper}.get(
        n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round58's and round59's, a byte-identical file counted once), and the round58/round59 split (candidates sorted by
# (uses, catalogue title); round59 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P58 = "/work/main/tests/data/digests-round58/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P58): own.add(open(P58, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round58", "digests-round59") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round58 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r58 = set()
if os.path.exists(P58):
    try:
        r58 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P58)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round58/expected.json exists but could not be read (being written?)")
    if r58 & mine: errors.append(f"papers also in round58: {sorted(r58 & mine)}")
shared58 = len(r58 & mine) if os.path.exists(P58) else "(no digests-round58/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round59 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round58: {shared58}; papers in more than one round59 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
