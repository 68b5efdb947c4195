#!/usr/bin/env python3
r"""Checks round105/expected.json against the digests and the shared catalogues.

Adapted from round103/validate.py (the label checks are the same code; the reuse report is round103's with round104 /
round105 in place of round102 / round103: round105 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round104's and round105's own (a
digests-round104 / digests-round105 folder, or a file whose bytes equal round104's or round105's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round105 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round104's expected.json (read only, from /work/rounds/digests-round104/ or
/work/main/tests/data/digests-round104/, when it exists), and on a paper in more than one round105 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1068, 1069, 1070, 1072, 1074, 1075, 1076 every
JSON string; 1073 every JSON string of its event records; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level):
1067 Denote note (LF, final newline; the four front-matter lines with Denote's alignment, `#+date:` = the identifier's
date and minute with the Turkish day name, `#+filetags:` sorted and unique, a blank line; Org tables aligned on the
visible text (links show their description) with `|---+---|` rules; a `[m/n]` cookie = the checkboxes under its
heading; SCHEDULED day names; quote / src blocks closed; links only http(s) or denote:; the `denote-links` dynamic
block last: `- [[denote:ID][Title]]` lines, identifiers valid, unique and ascending; a body link to a listed note
carries its title);
1068 Super Productivity backup (no final newline; byte-equal to compact JSON, UTF-8 raw; top keys in order; entity
states with `ids` = the entities' keys and each entity's id; task keys in order, nanoid ids; subTaskIds ⇔ parentId in
the same project; top tasks in exactly one of their project's taskIds / backlogTaskIds, subtasks in neither;
timeSpent = the sum of timeSpentOnDay, a parent's days = its subtasks' sums; isDone ⇔ doneOn ≥ created; tagIds ⇔ the
tags' taskIds (live tasks); LINK attachments with http(s) paths and unique ids; the project's workStart / workEnd on
every worked day, start ≤ end, the worked time inside them; notes in their project's noteIds, created ≤ modified;
archived tasks done; lastLocalSyncModelChange after everything);
1069 BAND posts (no final newline; compact JSON, UTF-8 raw; result_code 1; envelope, post, author, comment and photo
keys in order; one band_key; 24-character keys; one author object per user_key, one leader; posts newest first;
comment_count ≥ latest_comments, at most three, all when fewer, oldest first, after their post; photos by the post's
author at its time; `<band:refer>` mentions with 24-character keys, a listed user's by their name);
1070 Prismic search (no final newline; compact JSON, UTF-8 raw; envelope, document, block, span, link and image keys
in order; results_size / total_results_size / total_pages; document ids, uid = slugs[0] = the title's slug, url from
the uid, href naming the id and one ref; first ≤ last publication dates in Prismic's form; known block types; spans
inside their block (UTF-16 offsets), ordered, hyperlinks with Web links to http(s); empty links `{"link_type":"Any"}`;
slice ids `<type>$<uuid>`; one author document);
1071 CockroachDB shell (LF; the shell command, the welcome banner, prompts and aligned `-> ` continuations, `\q` and
the shell prompt last without a newline; each result laid out as the shell's table format (centered header, rule,
padded cells, numbers right-aligned), `(N rows)`, the Time line (total = execution + network); COUNT = the full
listing's rows = SHOW TABLES' estimate; one title per id across results; the JOIN's rows = the talks listed; the
INSERT's row in the later SELECT; the ERROR's column absent from SHOW COLUMNS);
1072 Pagure issue (LF, final newline; byte-equal to json.tool's layout (four-space indents, ASCII with \u escapes) of
the parsed value, keys sorted; issue, comment and user keys; full_url / url_path from the name; dates as epoch-second
strings; comment ids and dates rising after the issue's; editor ⇔ edited_on after the comment; last_updated = the
latest comment or edit; user comments CRLF-only, notification comments the Metadata Update form matching the
issue's assignee, milestone and tags; reactions by known users; open issue without close fields);
1073 Fluentd log (LF, final newline; every line a Fluentd log line, a configuration-dump line or an out_stdout event
line; the config dump balanced with two-space indents; `adding match` / `adding source` lines = the config's sections;
worker ppid = the supervisor's pid; times not going back; event tags under the stdout match; compact JSON records,
UTF-8 raw; per-tag record keys; each run's end counts = its events; posted items = blocks);
1074 Omnivore search (LF, final newline; byte-equal to jq's layout, UTF-8 raw; data.search.edges / pageInfo; node,
label and highlight keys in the query's order; cursors 1..n, pageInfo agreeing; UUID ids; savedAt = createdAt ≤
updatedAt, newest saved first; readAt ⇔ progress > 0; archived ⇒ read to 100; contentReader from pageType; one label
object per id; every node carries the query's label; highlights inside [savedAt, updatedAt]);
1075 Miro items (no final newline; compact JSON, UTF-8 raw; total = size = items; item keys in order; 19-digit ids,
unique; links.self from the board and id; known types and their data / style keys; parents are frames, children
`parent_top_left` inside their frame, frames `canvas_center` and not overlapping; created ≤ modified; users known;
sticky colours from Miro's set; content HTML balanced with http(s) links);
1076 Sessionize All (no final newline; compact JSON, UTF-8 raw; top, session, speaker, category and room keys in
order; sessions sorted by start and room; end after start; no overlap in a room, plenum sessions alone; service
sessions GUID-id'd without speakers, regular ones numeric, Accepted; speakers ⇔ sessions both ways; fullName;
categoryItems, roomIds, questionIds known).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys, unicodedata
import datetime as dt
from collections import Counter
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

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")


def iso(s):
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except (ValueError, AttributeError, TypeError):
        return None


def html_balanced(f, where, s, allowed, a_attrs=None):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag == "br" or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(a_attrs or r' href="https?://[^"\s]+"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")




def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


FL_EVENT = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.(\d{9}) \+0700 ([\w.]+): (\{.*\})")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1068, 1069, 1070, 1072, 1074, 1075, 1076): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1073:
        forms.append("\n".join(s for l in raw.split("\n") for m in [FL_EVENT.fullmatch(l)] if m
                               for s in json_strings(json.loads(m.group(4)))))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms


# ---------------------------------------------------------------- shape checks
# ---- 1067 Denote note
TR_DAYS = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
ORG_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]")


def org_vis(s):
    return len(ORG_LINK.sub(lambda m: m.group(2) or m.group(1), s))


def denote_id(f, i):
    try:
        dt.datetime.strptime(i, "%Y%m%dT%H%M%S")
        return True
    except ValueError:
        errors.append(f"{f}: identifier {i!r} is not a valid time"); return False


def check_denote(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    pats = [r"#\+title:      (\S.*)", r"#\+date:       \[(\d{4}-\d\d-\d\d) (\S+) (\d\d:\d\d)\]",
            r"#\+filetags:   ((?::[a-z0-9]+)+):", r"#\+identifier: (\d{8}T\d{6})"]
    ms = [re.fullmatch(p, l) for p, l in zip(pats, ls[:4])]
    if not all(ms) or ls[4] != "": errors.append(f"{f}: Denote front matter (four aligned lines and a blank one)"); return
    ident = ms[3].group(1)
    if denote_id(f, ident):
        t = dt.datetime.strptime(ident, "%Y%m%dT%H%M%S")
        if (ms[1].group(1), ms[1].group(3)) != (t.strftime("%Y-%m-%d"), t.strftime("%H:%M")):
            errors.append(f"{f}: #+date {ms[1].group(1)} {ms[1].group(3)} is not the identifier's time")
        if ms[1].group(2) != TR_DAYS[t.weekday()]: errors.append(f"{f}: #+date day name {ms[1].group(2)}")
    tags = ms[2].group(1).strip(":").split(":")
    if tags != sorted(set(tags)): errors.append(f"{f}: filetags not sorted / unique: {tags}")
    body = ls[5:]
    # dynamic block last
    try:
        b = max(i for i, l in enumerate(body) if l.startswith("#+BEGIN: denote-links "))
    except ValueError:
        errors.append(f"{f}: no denote-links dynamic block"); return
    if body[-1] != "#+END:": errors.append(f"{f}: the dynamic block is not last")
    if '"_makale"' not in body[b]: errors.append(f"{f}: dynamic block regexp {body[b]!r}")
    listed, last = {}, ""
    for l in body[b + 1:-1]:
        m = re.fullmatch(r"- \[\[denote:(\d{8}T\d{6})\]\[([^\]]+)\]\]", l)
        if not m: errors.append(f"{f}: dynamic block line {l!r}"); continue
        denote_id(f, m.group(1))
        if m.group(1) <= last: errors.append(f"{f}: dynamic block not sorted by identifier at {m.group(1)}")
        last = m.group(1)
        listed[m.group(1)] = m.group(2)
    text = body[:b]
    for l in text:
        for m in ORG_LINK.finditer(l):
            tgt, desc = m.group(1), m.group(2)
            if tgt.startswith("denote:"):
                i = tgt[7:]
                if re.fullmatch(r"\d{8}T\d{6}", i): denote_id(f, i)
                else: errors.append(f"{f}: denote link {tgt!r}")
                if i in listed and desc != listed[i]: errors.append(f"{f}: link to {i} described {desc!r}, not its title")
            elif not re.fullmatch(r"https?://\S+", tgt): errors.append(f"{f}: link target {tgt!r}")
    # tables
    tab = []
    for l in text + [""]:
        if l.startswith("|"): tab.append(l); continue
        if tab:
            if len({org_vis(t) for t in tab}) != 1: errors.append(f"{f}: table rows of different visible widths")
            rules = [t for t in tab if t.startswith("|-")]
            rows = [t for t in tab if not t.startswith("|-")]
            if len(rules) != 1 or tab[1] != rules[0]: errors.append(f"{f}: table without its rule under the header")
            else:
                w = [len(x) for x in rules[0][1:-1].split("+")]
                for r in rows:
                    cells = r[1:-1].split("|")
                    if [org_vis(c) for c in cells] != w or any(not (c.startswith(" ") and c.endswith(" ")) for c in cells):
                        errors.append(f"{f}: table row not aligned to the rule: {r[:40]!r}")
            tab = []
    # cookies, SCHEDULED, blocks
    heads = [i for i, l in enumerate(text) if re.match(r"\*+ ", l)] + [len(text)]
    for a, z in zip(heads, heads[1:]):
        m = re.search(r"\[(\d+)/(\d+)\]$", text[a])
        boxes = [l for l in text[a + 1:z] if re.match(r"\s*- \[[ X-]\] ", l)]
        if m and (int(m.group(1)), int(m.group(2))) != (sum("[X]" in x for x in boxes), len(boxes)):
            errors.append(f"{f}: cookie {m.group(0)} is not the heading's checkboxes")
        if boxes and not m: errors.append(f"{f}: checkboxes under a heading without a cookie")
    for l in text:
        for d, day in re.findall(r"<(\d{4}-\d\d-\d\d) (\S+)>", l):
            if day != TR_DAYS[dt.date.fromisoformat(d).weekday()]: errors.append(f"{f}: timestamp <{d} {day}>")
    for kind in ("quote", "src"):
        opens = [i for i, l in enumerate(text) if l.lower().startswith("#+begin_" + kind)]
        closes = [i for i, l in enumerate(text) if l.lower() == "#+end_" + kind]
        if len(opens) != len(closes) or any(o > c for o, c in zip(opens, closes)): errors.append(f"{f}: #+begin_{kind} not closed")


# ---- 1068 Super Productivity
SP_TOP = ["project", "globalConfig", "reminders", "task", "tag", "simpleCounter", "taskArchive", "taskRepeatCfg", "note",
          "metric", "improvement", "obstruction", "planner", "lastLocalSyncModelChange", "lastArchiveUpdate"]
SP_TASK = ["id", "projectId", "subTaskIds", "timeSpentOnDay", "timeSpent", "timeEstimate", "isDone", "doneOn", "title",
           "notes", "tagIds", "parentId", "reminderId", "created", "repeatCfgId", "plannedAt", "_showSubTasksMode",
           "attachments", "issueId", "issuePoints", "issueType", "issueAttachmentNr", "issueLastUpdated", "issueWasUpdated"]
SP_PROJ = ["id", "title", "isArchived", "isHiddenFromMenu", "isEnableBacklog", "backlogTaskIds", "noteIds", "taskIds",
           "theme", "advancedCfg", "workStart", "workEnd", "breakTime", "breakNr", "icon"]
SP_TAG = ["id", "title", "color", "created", "taskIds", "icon", "theme", "advancedCfg", "workStart", "workEnd",
          "breakTime", "breakNr"]
SP_NOTE = ["id", "projectId", "content", "isPinnedToToday", "isLock", "created", "modified"]
NANO = re.compile(r"[A-Za-z0-9_-]{21}")
SP_TZ = dt.timezone(dt.timedelta(hours=8))


def sp_date(ms_):
    return dt.datetime.fromtimestamp(ms_ / 1000, SP_TZ).strftime("%Y-%m-%d")


def entity_state(f, name, st, extra=()):
    if not isinstance(st, dict) or list(st)[:2] != ["ids", "entities"] or list(st)[2:] != list(extra):
        errors.append(f"{f}: {name}: not an entity state with {list(extra)}"); return {}
    if st["ids"] != list(st["entities"]): errors.append(f"{f}: {name}: ids are not the entities' keys in order")
    for k, e in st["entities"].items():
        if e.get("id") != k: errors.append(f"{f}: {name}: entity {k} has id {e.get('id')}")
    return st["entities"]


def check_superprod(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if list(d) != SP_TOP: errors.append(f"{f}: top keys {list(d)}"); return
    projects = entity_state(f, "project", d["project"])
    tasks = entity_state(f, "task", d["task"], ["currentTaskId", "selectedTaskId", "taskDetailTargetPanel", "lastCurrentTaskId", "isDataLoaded"])
    tags = entity_state(f, "tag", d["tag"])
    notes_ = entity_state(f, "note", d["note"], ["todayOrder"])
    arch = entity_state(f, "taskArchive", d["taskArchive"])
    stamps = []
    for pid, p in projects.items():
        keys_are(f, f"project {pid}", p, SP_PROJ)
    for tid, t in list(tasks.items()) + list(arch.items()):
        w = f"task {tid}"
        if not keys_are(f, w, t, SP_TASK): continue
        if not NANO.fullmatch(tid): errors.append(f"{f}: {w}: id not a nanoid")
        if t["projectId"] not in projects: errors.append(f"{f}: {w}: unknown project")
        if t["timeSpent"] != sum(t["timeSpentOnDay"].values()): errors.append(f"{f}: {w}: timeSpent is not the sum of timeSpentOnDay")
        if t["isDone"] != (t["doneOn"] is not None) or (t["doneOn"] is not None and t["doneOn"] < t["created"]):
            errors.append(f"{f}: {w}: isDone / doneOn")
        for day in t["timeSpentOnDay"]:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", day) or day < sp_date(t["created"]): errors.append(f"{f}: {w}: worked day {day}")
        ids_ = [a.get("id") for a in t["attachments"]]
        if len(set(ids_)) != len(ids_): errors.append(f"{f}: {w}: attachment ids repeated")
        for a in t["attachments"]:
            if list(a) != ["id", "type", "path", "title", "icon"] or a["type"] not in ("LINK", "FILE", "IMG") or \
                    (a["type"] == "LINK" and not re.fullmatch(r"https?://\S+", a["path"])):
                errors.append(f"{f}: {w}: attachment {a}")
        stamps += [t["created"]] + ([t["doneOn"]] if t["doneOn"] else [])
    for tid, t in arch.items():
        if isinstance(t, dict) and not t.get("isDone"): errors.append(f"{f}: archived task {tid} not done")
    for tid, t in tasks.items():
        w = f"task {tid}"
        if list(t) != SP_TASK: continue
        if t["parentId"]:
            par = tasks.get(t["parentId"])
            if not par or tid not in par["subTaskIds"] or par["projectId"] != t["projectId"]:
                errors.append(f"{f}: {w}: parent does not list it / another project")
        for s in t["subTaskIds"]:
            if s not in tasks or tasks[s]["parentId"] != tid: errors.append(f"{f}: {w}: subtask {s} does not point back")
        if t["subTaskIds"]:
            sums = Counter()
            for s in t["subTaskIds"]:
                if s in tasks: sums.update(tasks[s]["timeSpentOnDay"])
            if dict(sums) != t["timeSpentOnDay"]: errors.append(f"{f}: {w}: a parent's days are not its subtasks' sums")
        p = projects.get(t["projectId"], {})
        where = (tid in p.get("taskIds", [])) + (tid in p.get("backlogTaskIds", []))
        if (t["parentId"] and where) or (not t["parentId"] and where != 1):
            errors.append(f"{f}: {w}: not in exactly one of its project's taskIds / backlogTaskIds")
        for g in t["tagIds"]:
            if g not in tags or tid not in tags[g]["taskIds"]: errors.append(f"{f}: {w}: tag {g} does not list it")
    for g, tg in tags.items():
        if not keys_are(f, f"tag {g}", tg, SP_TAG): continue
        for tid in tg["taskIds"]:
            if tid not in tasks or g not in tasks[tid]["tagIds"]: errors.append(f"{f}: tag {g} lists {tid}, which lacks the tag")
        stamps.append(tg["created"])
    for pid, p in projects.items():
        if list(p) != SP_PROJ: continue
        for x in p["taskIds"] + p["backlogTaskIds"]:
            if x not in tasks or tasks[x]["projectId"] != pid: errors.append(f"{f}: project {pid} lists {x}")
        leaf = [t for t in list(tasks.values()) + list(arch.values()) if t.get("projectId") == pid and not t.get("subTaskIds")]
        days = {dd for t in leaf for dd in t["timeSpentOnDay"]}
        if set(p["workStart"]) != days or set(p["workEnd"]) != days:
            errors.append(f"{f}: project {pid}: workStart / workEnd days are not the worked days")
        for dd in days & set(p["workStart"]) & set(p["workEnd"]):
            a, z = p["workStart"][dd], p["workEnd"][dd]
            spent = sum(t["timeSpentOnDay"].get(dd, 0) for t in leaf)
            if not (a <= z and sp_date(a) == dd == sp_date(z) and z - a >= spent):
                errors.append(f"{f}: project {pid}: {dd} start / end / worked time")
        for nid_ in p["noteIds"]:
            if nid_ not in notes_ or notes_[nid_]["projectId"] != pid: errors.append(f"{f}: project {pid} lists note {nid_}")
    for nid_, n in notes_.items():
        if not keys_are(f, f"note {nid_}", n, SP_NOTE): continue
        if n["created"] > n["modified"] or nid_ not in projects.get(n["projectId"], {}).get("noteIds", []):
            errors.append(f"{f}: note {nid_}: times / project")
        stamps.append(n["modified"])
    if stamps and d["lastLocalSyncModelChange"] < max(stamps): errors.append(f"{f}: lastLocalSyncModelChange before a change")


# ---- 1069 BAND
BD_POST = ["content", "author", "post_key", "comment_count", "created_at", "photos", "emotion_count", "latest_comments", "band_key"]
BD_AUTH = ["name", "description", "role", "profile_image_url", "user_key"]
BD_PHOTO = ["height", "width", "created_at", "url", "author", "photo_album_key", "photo_key", "comment_count",
            "emotion_count", "is_video_thumbnail"]
BKEY = re.compile(r"[A-Za-z0-9_]{24}")


def check_band(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if list(d) != ["result_code", "result_data"] or d["result_code"] != 1: errors.append(f"{f}: envelope"); return
    rd = d["result_data"]
    if list(rd) != ["paging", "items"] or list(rd["paging"]) != ["previous_params", "next_params"]: errors.append(f"{f}: result_data keys")
    users, bands, keys_, last = {}, set(), set(), None

    def author(w, a):
        if not keys_are(f, w + " author", a, BD_AUTH): return
        if not BKEY.fullmatch(a["user_key"]): errors.append(f"{f}: {w}: user_key {a['user_key']!r}")
        if users.setdefault(a["user_key"], a) != a: errors.append(f"{f}: {w}: two author objects for {a['user_key']}")
        if a["role"] not in ("leader", "coleader", "member"): errors.append(f"{f}: {w}: role {a['role']}")

    for p in rd["items"]:
        w = f"post {p.get('post_key')}"
        if not keys_are(f, w, p, BD_POST): continue
        author(w, p["author"])
        if not BKEY.fullmatch(p["post_key"]) or p["post_key"] in keys_: errors.append(f"{f}: {w}: post_key bad or repeated")
        keys_.add(p["post_key"]); bands.add(p["band_key"])
        if last is not None and p["created_at"] > last: errors.append(f"{f}: {w}: not newest first")
        last = p["created_at"]
        lc = p["latest_comments"]
        if len(lc) > 3 or len(lc) > p["comment_count"] or (p["comment_count"] <= 3 and len(lc) != p["comment_count"]) or \
                (p["comment_count"] > 3 and len(lc) != 3):
            errors.append(f"{f}: {w}: latest_comments vs comment_count {p['comment_count']}")
        prev = p["created_at"]
        for c in lc:
            if not keys_are(f, w + " comment", c, ["body", "author", "created_at"]): continue
            author(w, c["author"])
            if c["created_at"] <= prev: errors.append(f"{f}: {w}: comment not after its post / not oldest first")
            prev = c["created_at"]
        for ph in p["photos"]:
            if not keys_are(f, w + " photo", ph, BD_PHOTO): continue
            if ph["author"] != p["author"] or ph["created_at"] != p["created_at"]: errors.append(f"{f}: {w}: photo not the post's")
            if not BKEY.fullmatch(ph["photo_key"]): errors.append(f"{f}: {w}: photo_key")
        if not isinstance(p["emotion_count"], int) or p["emotion_count"] < 0: errors.append(f"{f}: {w}: emotion_count")
    if len(bands) != 1 or not all(BKEY.fullmatch(b) for b in bands): errors.append(f"{f}: band_key {bands}")
    if sum(1 for u in users.values() if u["role"] == "leader") != 1: errors.append(f"{f}: not one leader")
    texts = [p["content"] for p in rd["items"] if isinstance(p, dict) and "content" in p] + \
            [c["body"] for p in rd["items"] if isinstance(p, dict) for c in p.get("latest_comments", [])]
    for t in texts:
        for uk, name in re.findall(r'<band:refer user_key="([^"]*)">([^<]*)</band:refer>', t):
            if not BKEY.fullmatch(uk) or (uk in users and users[uk]["name"] != name): errors.append(f"{f}: mention of {name} ({uk}) does not agree with the user")
        if re.sub(r'<band:refer user_key="[^"]*">[^<]*</band:refer>', "", t).count("<band:"): errors.append(f"{f}: broken band tag")


# ---- 1070 Prismic
PR_TOP = ["page", "results_per_page", "results_size", "total_results_size", "total_pages", "next_page", "prev_page",
          "results", "version", "license"]
PR_DOC = ["id", "uid", "url", "type", "href", "tags", "first_publication_date", "last_publication_date", "slugs",
          "linked_documents", "lang", "alternate_languages", "data"]
PR_BLOCKS = {"heading1", "heading2", "heading3", "paragraph", "list-item", "o-list-item", "preformatted"}
PR_DATE = "%Y-%m-%dT%H:%M:%S%z"


def pr_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def pr_rich(f, w, blocks):
    if not isinstance(blocks, list) or not blocks: errors.append(f"{f}: {w}: empty rich text"); return ""
    for b in blocks:
        if not keys_are(f, w, b, ["type", "text", "spans"]): continue
        if b["type"] not in PR_BLOCKS: errors.append(f"{f}: {w}: block type {b['type']}")
        n16 = len(b["text"].encode("utf-16-le")) // 2
        last = -1
        for s in b["spans"]:
            want = ["start", "end", "type", "data"] if s.get("type") == "hyperlink" else ["start", "end", "type"]
            if not keys_are(f, w + " span", s, want): continue
            if not 0 <= s["start"] < s["end"] <= n16 or s["start"] < last: errors.append(f"{f}: {w}: span {s['start']}–{s['end']} outside / out of order")
            last = s["start"]
            if s["type"] not in ("strong", "em", "hyperlink"): errors.append(f"{f}: {w}: span type {s['type']}")
            if s["type"] == "hyperlink" and (list(s["data"]) != ["link_type", "url", "target"] or s["data"]["link_type"] != "Web"
                                             or not re.fullmatch(r"https?://\S+", s["data"]["url"])):
                errors.append(f"{f}: {w}: hyperlink data {s['data']}")
    return blocks[0].get("text", "")


def check_prismic(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if list(d) != PR_TOP: errors.append(f"{f}: top keys {list(d)}"); return
    rs = d["results"]
    if d["results_size"] != len(rs) or d["total_results_size"] < len(rs) or \
            d["total_pages"] != -(-d["total_results_size"] // d["results_per_page"]): errors.append(f"{f}: result counts")
    refs, authors, ids = set(), {}, set()
    for doc in rs:
        w = f"document {doc.get('id')}"
        if not keys_are(f, w, doc, PR_DOC): continue
        if not re.fullmatch(r"[A-Za-z0-9_-]{16}", doc["id"]) or doc["id"] in ids: errors.append(f"{f}: {w}: id bad or repeated")
        ids.add(doc["id"])
        m = re.fullmatch(r"https://([a-z0-9-]+)\.cdn\.prismic\.io/api/v2/documents/search\?ref=([A-Za-z0-9_-]+)&q=%5B%5B%3Ad\+%3D\+at%28document\.id%2C\+%22"
                         + re.escape(doc["id"]) + r"%22%29\+%5D%5D", doc["href"])
        if not m: errors.append(f"{f}: {w}: href")
        else: refs.add(m.groups())
        try:
            a = dt.datetime.strptime(doc["first_publication_date"], PR_DATE)
            z = dt.datetime.strptime(doc["last_publication_date"], PR_DATE)
            if a > z or not doc["first_publication_date"].endswith("+0000"): errors.append(f"{f}: {w}: publication dates")
        except ValueError:
            errors.append(f"{f}: {w}: publication date form")
        dd = doc["data"]
        if not keys_are(f, w + " data", dd, ["titolo", "sommario", "data_pubblicazione", "autore", "copertina", "corpo", "body"]): continue
        title = pr_rich(f, w + " titolo", dd["titolo"])
        if dd["titolo"][0].get("type") != "heading1": errors.append(f"{f}: {w}: title not a heading1")
        if doc["slugs"][:1] != [pr_slug(title)] or doc["uid"] != doc["slugs"][0] or doc["url"] != "/blog/" + doc["uid"]:
            errors.append(f"{f}: {w}: uid / slugs / url not the title's slug")
        if len(set(doc["slugs"])) != len(doc["slugs"]): errors.append(f"{f}: {w}: slugs repeated")
        pr_rich(f, w + " corpo", dd["corpo"])
        au = dd["autore"]
        if keys_are(f, w + " autore", au, ["id", "type", "tags", "lang", "slug", "first_publication_date", "last_publication_date", "uid", "link_type", "isBroken"]):
            if authors.setdefault(au["id"], au) != au or au["link_type"] != "Document": errors.append(f"{f}: {w}: author link")
        img = dd["copertina"]
        if keys_are(f, w + " copertina", img, ["dimensions", "alt", "copyright", "url", "id", "edit"]):
            if refs and not img["url"].startswith(f"https://images.prismic.io/{next(iter(refs))[0]}/"): errors.append(f"{f}: {w}: image host")
        for sl in dd["body"]:
            if not keys_are(f, w + " slice", sl, ["slice_type", "slice_label", "items", "primary", "id"]): continue
            if not re.fullmatch(re.escape(sl["slice_type"]) + r"\$[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", sl["id"]):
                errors.append(f"{f}: {w}: slice id {sl['id']}")
            pr_rich(f, w + " slice heading", sl["primary"].get("intestazione"))
            for it in sl["items"]:
                if not keys_are(f, w + " slice item", it, ["titolo_paper", "collegamento", "nota"]): continue
                ln = it["collegamento"]
                if ln != {"link_type": "Any"} and (list(ln) != ["link_type", "url", "target"] or ln["link_type"] != "Web"
                                                   or not re.fullmatch(r"https?://\S+", ln["url"])):
                    errors.append(f"{f}: {w}: link field {ln}")
                pr_rich(f, w + " nota", it["nota"])
    if len(refs) != 1: errors.append(f"{f}: hrefs name {len(refs)} repositories / refs")


# ---- 1071 CockroachDB shell
CR_PROMPT = re.compile(r"([a-z]+)@([\w.-]+):26257/(\w+)> ")
CR_BANNER = ["#", "# Welcome to the CockroachDB SQL shell.", "# All statements must be terminated by a semicolon.",
             "# To exit, type: \\q.", "#"]


def cr_table(f, lines):
    """parse a result table; returns (header, rows) or None"""
    rule = lines[1]
    if not re.fullmatch(r"-+(\+-+)*", rule): errors.append(f"{f}: result rule {rule[:40]!r}"); return None
    w = [len(x) for x in rule.split("+")]
    w[0] -= 1
    cols = []

    def split(l):
        parts, pos = [], 0
        for i, x in enumerate(w):
            seg = l[pos:pos + x + (1 if i == 0 else 0)]
            parts.append(seg)
            pos += x + (1 if i == 0 else 0) + 1
            if i < len(w) - 1 and l[pos - 1:pos] != "|": return None
        if l[pos - 1:].strip(): return None
        return parts
    head = split(lines[0].ljust(len(rule)))
    if not head: errors.append(f"{f}: header {lines[0][:40]!r} not on the rule's columns"); return None
    for i, h in enumerate(head):
        cell = h[2:-1] if i == 0 else h[1:-1]
        if (i == 0 and not h.startswith("  ")) or (i > 0 and not h.startswith(" ")): errors.append(f"{f}: header padding")
        name = cell.strip()
        gap = len(cell) - len(name)
        if cell != " " * (gap // 2) + name + " " * (gap - gap // 2): errors.append(f"{f}: header {name!r} not centered")
        cols.append(name)
    rows = []
    for l in lines[2:]:
        parts = split(l.ljust(len(rule)))
        if not parts: errors.append(f"{f}: row {l[:40]!r} not on the rule's columns"); return None
        row = []
        for i, p in enumerate(parts):
            cell = p[2:-1] if i == 0 else p[1:-1]
            v = cell.strip()
            numeric = bool(re.fullmatch(r"-?\d+(\.\d+)?", v))
            if numeric and cell != v.rjust(len(cell)): errors.append(f"{f}: number {v} not right-aligned")
            if not numeric and cell != v.ljust(len(cell)): errors.append(f"{f}: value {v[:30]!r} not left-aligned")
            row.append(v)
        rows.append(row)
    if any(max([len(c)] + [len(r[i]) for r in rows]) != w[i] - 2 for i, c in enumerate(cols)):
        errors.append(f"{f}: column widths are not the widest cell")
    return cols, rows


def check_cockroach(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    ls = raw.split("\n")
    sh = re.match(r"[\w.-]+@[\w.-]+:~\$ ", ls[0])
    if not sh or not ls[0][sh.end():].startswith("cockroach sql --url "): errors.append(f"{f}: not a cockroach sql command first"); return
    if ls[-1] != sh.group(0): errors.append(f"{f}: the shell prompt is not last (without a newline)")
    if ls[1:6] != CR_BANNER or not re.fullmatch(r"# Client version: CockroachDB CCL v\d+\.\d+\.\d+ \(.*\)", ls[6]) or \
            not re.fullmatch(r"# Server version: CockroachDB CCL v\d+\.\d+\.\d+ \(.*\)", ls[7]) or \
            not re.fullmatch(r"# Cluster ID: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", ls[8]) or \
            ls[9:12] != ["#", "# Enter \\? for a brief introduction.", "#"]:
        errors.append(f"{f}: the welcome banner"); return
    i, prompt, results = 12, None, []
    while i < len(ls) - 1:
        m = CR_PROMPT.match(ls[i])
        if not m or (prompt and m.group(0) != prompt): errors.append(f"{f}: line {i + 1}: prompt expected: {ls[i][:50]!r}"); return
        prompt = m.group(0)
        sql = [ls[i][m.end():]]
        i += 1
        while not sql[-1].endswith(";") and sql[-1] != "\\q":
            if not ls[i].startswith(" " * (len(prompt) - 3) + "-> ") or ls[i][len(prompt) - 3] == " ":
                errors.append(f"{f}: line {i + 1}: continuation not aligned under the prompt"); return
            sql.append(ls[i][len(prompt):]); i += 1
        q = " ".join(sql)
        if q == "\\q": break
        if ls[i].startswith("ERROR: "):
            if not re.fullmatch(r"SQLSTATE: [0-9A-Z]{5}", ls[i + 1]): errors.append(f"{f}: ERROR without its SQLSTATE")
            results.append((q, "error", ls[i])); i += 2; continue
        if re.fullmatch(r"(INSERT 0|UPDATE|DELETE) \d+", ls[i]):
            out, i = ls[i], i + 1
        else:
            j = i
            while j < len(ls) and not re.fullmatch(r"\((\d+) rows?\)", ls[j]): j += 1
            if j >= len(ls): errors.append(f"{f}: result without its row count"); return
            tb = cr_table(f, ls[i:j])
            n = int(re.match(r"\((\d+)", ls[j]).group(1))
            if tb and len(tb[1]) != n: errors.append(f"{f}: ({n} rows) but {len(tb[1])} rows shown")
            if ls[j] != f"({n} row{'' if n == 1 else 's'})": errors.append(f"{f}: {ls[j]}")
            out, i = tb, j + 1
        t = ls[i + 1] if i + 1 < len(ls) else ""
        mt = re.fullmatch(r"Time: (\d+)ms total \(execution (\d+)ms / network (\d+)ms\)", t)
        if ls[i] != "" or not mt or ls[i + 2] != "" or int(mt.group(1)) != int(mt.group(2)) + int(mt.group(3)):
            errors.append(f"{f}: line {i + 1}: blank line, Time line (total = execution + network), blank line expected")
        results.append((q, "ok", out)); i += 3
    # cross-checks
    tabs = [(q, o) for q, k, o in results if k == "ok" and isinstance(o, tuple)]
    cols_of = {}
    for q, (cols, rows) in tabs:
        if q.startswith("SHOW COLUMNS FROM "): cols_of[q.split()[3].rstrip(";")] = {r[0] for r in rows}
    counts = {q.split()[-1].rstrip(";"): int(rows[0][0]) for q, (cols, rows) in tabs if q.startswith("SELECT count(*) FROM")}
    est = {r[1]: int(r[4]) for q, (cols, rows) in tabs if q == "SHOW TABLES;" for r in rows}
    titles, full = {}, {}
    for q, (cols, rows) in tabs:
        if "id" in cols and "ataui" in cols:
            for r in rows:
                if titles.setdefault(r[cols.index("id")], r[cols.index("ataui")]) != r[cols.index("ataui")]:
                    errors.append(f"{f}: id {r[cols.index('id')]} with two titles")
        if re.fullmatch(r"SELECT [\w, ]+ FROM (\w+) ORDER BY [\w, ]+;", q): full[re.search(r"FROM (\w+)", q).group(1)] = rows
    for t, n in counts.items():
        if t in full and len(full[t]) != n: errors.append(f"{f}: count(*) of {t} = {n}, the full listing has {len(full[t])}")
        if est.get(t) != n: errors.append(f"{f}: SHOW TABLES estimates {est.get(t)} rows for {t}, count(*) = {n}")
    for q, k, o in results:
        if k == "error":
            m = re.match(r'ERROR: column "(\w+)" does not exist', o)
            tbl = re.search(r"FROM (\w+)", q)
            if not m or not tbl or m.group(1) in cols_of.get(tbl.group(1), {m.group(1)}): errors.append(f"{f}: {o} for a column the table has (or an unknown table)")
    joins = [(cols, rows) for q, (cols, rows) in tabs if " JOIN " in q]
    later = [(q, cols, rows) for q, (cols, rows) in tabs if q.startswith("SELECT id, maqala_id")]
    title_of = {v: k for k, v in titles.items()}
    for q, k, o in results:
        if q.startswith("INSERT INTO bayandamalar"):
            m = re.search(r"VALUES \((\d+), '([^']*)', '([\d-]+)'\)", q)
            if not m or m.group(1) not in titles: errors.append(f"{f}: INSERT of an unknown paper"); continue
            if not any(r[1:] == [m.group(1), m.group(2), m.group(3)] for _, cols, rows in later for r in rows):
                errors.append(f"{f}: the INSERTed row is not in the later SELECT")
    for cols, rows in joins:
        for r in rows:
            if r[2] not in title_of: errors.append(f"{f}: JOIN title {r[2][:30]!r} not in maqalalar")
        for _, c2, rows2 in later:
            for r2 in rows2:
                if r2[3] in [r[0] for r in rows] and not any(r[0] == r2[3] and r[1] == r2[2] and title_of.get(r[2]) == r2[1] for r in rows):
                    errors.append(f"{f}: talk on {r2[3]} differs between the JOIN and the later SELECT")


# ---- 1072 Pagure
PG_ISSUE = ["assignee", "blocks", "close_status", "closed_at", "closed_by", "comments", "content", "custom_fields",
            "date_created", "depends", "full_url", "id", "last_updated", "milestone", "priority", "private",
            "related_prs", "status", "tags", "title", "user"]
PG_COMMENT = ["comment", "date_created", "edited_on", "editor", "id", "notification", "parent", "reactions", "user"]
PG_USER = ["full_url", "fullname", "name", "url_path"]


def check_pagure(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if json.dumps(d, indent=4) + "\n" != raw: errors.append(f"{f}: not json.tool's layout (four-space indents, \\u escapes)")
    if json.dumps(d, sort_keys=True) != json.dumps(d): errors.append(f"{f}: keys not sorted as jsonify sends them")
    if not keys_are(f, "issue", d, PG_ISSUE): return
    m = re.fullmatch(r"(https://[\w.-]+)/([\w.-]+)/issue/(\d+)", d["full_url"])
    if not m or int(m.group(3)) != d["id"]: errors.append(f"{f}: full_url / id"); return
    base = m.group(1)
    users = {}

    def user(w, u):
        if u is None: return
        if not keys_are(f, w, u, PG_USER): return
        if u["url_path"] != "user/" + u["name"] or u["full_url"] != base + "/" + u["url_path"]: errors.append(f"{f}: {w}: user urls")
        if users.setdefault(u["name"], u) != u: errors.append(f"{f}: {w}: two objects for {u['name']}")
    user("issue user", d["user"]); user("assignee", d["assignee"])
    if d["status"] == "Open" and (d["close_status"] or d["closed_at"] or d["closed_by"]): errors.append(f"{f}: open issue with close fields")
    stamps = [d["date_created"]]
    prev_id, prev_t = 0, d["date_created"]
    for c in d["comments"]:
        w = f"comment {c.get('id')}"
        if not keys_are(f, w, c, PG_COMMENT): continue
        user(w, c["user"])
        for t in (c["date_created"], c["edited_on"]):
            if t is not None and not re.fullmatch(r"1\d{9}", t): errors.append(f"{f}: {w}: date {t!r}")
        if c["id"] <= prev_id or c["date_created"] < prev_t: errors.append(f"{f}: {w}: ids / dates not rising after the issue's")
        prev_id, prev_t = c["id"], c["date_created"]
        if (c["edited_on"] is None) != (c["editor"] is None) or (c["edited_on"] and c["edited_on"] <= c["date_created"]):
            errors.append(f"{f}: {w}: editor / edited_on")
        if c["editor"]: user(w + " editor", c["editor"])
        stamps += [c["date_created"]] + ([c["edited_on"]] if c["edited_on"] else [])
        for r, who in c["reactions"].items():
            if not all(x in users or x in ("pzielinski", "akowalska", "mnowak", "jwisniewski") for x in who): errors.append(f"{f}: {w}: reaction by unknown user")
        if c["notification"]:
            mm = re.fullmatch(r"\*\*Metadata Update from @(\w+)\*\*:((?:\n- .+)+)", c["comment"])
            if not mm or mm.group(1) != c["user"]["name"]: errors.append(f"{f}: {w}: notification not a Metadata Update by its user"); continue
            for item in mm.group(2).strip("\n").split("\n"):
                item = item[2:]
                if item.startswith("Issue assigned to ") and (not d["assignee"] or item[18:] != d["assignee"]["name"]): errors.append(f"{f}: {w}: assignee")
                elif item.startswith("Issue tagged with: ") and item[19:].split(", ") != d["tags"]: errors.append(f"{f}: {w}: tags")
                elif item.startswith("Issue set to the milestone: ") and item[28:] != d["milestone"]: errors.append(f"{f}: {w}: milestone")
        elif re.search(r"(?<!\r)\n", c["comment"]) or "\r" in c["comment"].replace("\r\n", ""):
            errors.append(f"{f}: {w}: line ends not the web form's CRLF")
    if re.search(r"(?<!\r)\n", d["content"]): errors.append(f"{f}: issue content line ends not CRLF")
    if d["last_updated"] != max(stamps): errors.append(f"{f}: last_updated is not the latest comment or edit")
    if d["tags"] != sorted(d["tags"]): errors.append(f"{f}: tags not sorted")


# ---- 1073 Fluentd
FL_LOG = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \+0700 \[(info|warn|error|debug|trace|fatal)\]: (.*)")
FL_KEYS = {"paper.run": [["run", "event", "job", "host"], ["run", "event", "fetched", "requests", "summarized", "queued", "posted"]],
           "paper.fetch": [["run", "source", "arxiv_id", "title", "url", "status", "elapsed_ms"]],
           "paper.request": [["run", "from", "user", "title", "result", "reason"]],
           "paper.summary": [["run", "arxiv_id", "title", "model", "ringkasan", "tokens"]],
           "paper.queue": [["run", "arxiv_id", "reason"]],
           "paper.lookup": [["run", "title", "api", "status", "error", "retry_in_s"]],
           "paper.post": [["run", "chat", "items", "blocks", "message_id", "link"]]}
FL_COUNT = {"fetched": "paper.fetch", "requests": "paper.request", "summarized": "paper.summary", "queued": "paper.queue",
            "posted": None}


def check_fluentd(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    last, conf, in_conf, runs, sup, events = "", [], False, {}, None, []
    for n, l in enumerate(ls, 1):
        if in_conf:
            conf.append(l)
            if l == "</ROOT>": in_conf = False
            continue
        m, e = FL_LOG.fullmatch(l), FL_EVENT.fullmatch(l)
        if m:
            t, msg = m.group(1), m.group(3)
            if msg.startswith("using configuration file: <ROOT>"): in_conf = True; conf = ["<ROOT>"]
            mm = re.match(r"starting fluentd-[\d.]+ pid=(\d+)", msg)
            if mm: sup = mm.group(1)
            mm = re.match(r"#0 starting fluentd worker pid=\d+ ppid=(\d+) worker=0", msg)
            if mm and mm.group(1) != sup: errors.append(f"{f}: line {n}: worker's ppid is not the supervisor's pid")
            if msg.startswith("#") and not msg.startswith("#0 "): errors.append(f"{f}: line {n}: worker id")
        elif e:
            t = e.group(1)
            try:
                rec = json.loads(e.group(4))
            except ValueError:
                errors.append(f"{f}: line {n}: record not JSON"); continue
            if compact(rec) != e.group(4): errors.append(f"{f}: line {n}: record not compact JSON with raw UTF-8")
            events.append((n, t + "." + e.group(2), e.group(3), rec))
        else:
            errors.append(f"{f}: line {n}: neither a Fluentd line nor an event: {l[:50]!r}"); continue
        if t < last: errors.append(f"{f}: line {n}: time goes back")
        last = t
    if in_conf or not conf: errors.append(f"{f}: configuration dump missing or not closed"); return
    stack, matches, sources = [], [], []
    for l in conf:
        ind = len(l) - len(l.lstrip(" "))
        s = l.strip()
        if s.startswith("</"):
            if not stack or stack[-1][0] != s[2:-1] or ind != 2 * (len(stack) - 1): errors.append(f"{f}: config {s} unbalanced / misindented")
            else: stack.pop()
        elif s.startswith("<"):
            mm = re.fullmatch(r"<(\w+)(?: ([^>]+))?>", s)
            if not mm or ind != 2 * len(stack): errors.append(f"{f}: config {s} misindented"); continue
            stack.append((mm.group(1), mm.group(2), []))
            if mm.group(1) == "match": matches.append([mm.group(2), None])
            if mm.group(1) == "source": sources.append([None])
        else:
            if ind != 2 * len(stack): errors.append(f"{f}: config line {s!r} misindented")
            if s.startswith("@type ") and stack:
                if stack[-1][0] == "match": matches[-1][1] = s[6:]
                if stack[-1][0] == "source": sources[-1][0] = s[6:]
    if stack: errors.append(f"{f}: config sections not closed")
    added = [re.fullmatch(r'adding match pattern="([^"]+)" type="(\w+)"', FL_LOG.fullmatch(l).group(3))
             for l in ls if FL_LOG.fullmatch(l) and FL_LOG.fullmatch(l).group(3).startswith("adding match")]
    if [list(a.groups()) if a else None for a in added] != matches: errors.append(f"{f}: adding match lines are not the config's matches")
    srcs = [FL_LOG.fullmatch(l).group(3)[len('adding source type="'):-1] for l in ls
            if FL_LOG.fullmatch(l) and FL_LOG.fullmatch(l).group(3).startswith("adding source")]
    if srcs != [s[0] for s in sources]: errors.append(f"{f}: adding source lines are not the config's sources")
    stdout = [p for p, typ in matches if typ == "stdout"]
    prev = ""
    for n, t, tag, rec in events:
        if t < prev: errors.append(f"{f}: line {n}: event time goes back")
        prev = t
        if not any(re.fullmatch(re.escape(p).replace(r"\*\*", ".*").replace(r"\*", r"[^.]*"), tag) for p in stdout):
            errors.append(f"{f}: line {n}: tag {tag} not under the stdout match")
        if tag not in FL_KEYS or list(rec) not in FL_KEYS[tag]: errors.append(f"{f}: line {n}: {tag} record keys {list(rec)}"); continue
        r = runs.setdefault(rec["run"], Counter())
        if tag == "paper.run" and rec["event"] == "end":
            for k, tg in FL_COUNT.items():
                have = r["posted"] if tg is None else r[tg]
                if rec[k] != have: errors.append(f"{f}: line {n}: run {rec['run']}: {k} = {rec[k]}, the run logged {have}")
            r["ended"] += 1
        elif tag == "paper.run":
            if r: errors.append(f"{f}: line {n}: run {rec['run']} started twice")
            r["started"] += 1
        else:
            if not r["started"] or r["ended"]: errors.append(f"{f}: line {n}: event outside its run")
            r[tag] += 1
            if tag == "paper.post":
                if rec["items"] != len(rec["blocks"]): errors.append(f"{f}: line {n}: items is not the blocks")
                r["posted"] += rec["items"]
                for b in rec["blocks"]:
                    if list(b) != ["title", "url", "code"] or not re.fullmatch(r"https?://\S+", b["url"]): errors.append(f"{f}: line {n}: block {b}")
    for k, r in runs.items():
        if r["started"] != 1 or r["ended"] != 1: errors.append(f"{f}: run {k} not started and ended once")


# ---- 1074 Omnivore
OM_NODE = ["id", "title", "slug", "url", "pageType", "contentReader", "createdAt", "updatedAt", "isArchived",
           "readingProgressPercent", "readingProgressAnchorIndex", "author", "image", "description", "publishedAt",
           "siteName", "savedAt", "readAt", "wordsCount", "labels", "highlights"]
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
OM_T = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def check_omnivore(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if json.dumps(d, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not jq's layout with raw UTF-8")
    try:
        s = d["data"]["search"]
        edges, pi = s["edges"], s["pageInfo"]
    except (KeyError, TypeError):
        errors.append(f"{f}: not data.search.edges / pageInfo"); return
    if list(d) != ["data"] or list(d["data"]) != ["search"] or list(s) != ["edges", "pageInfo"]: errors.append(f"{f}: envelope keys")
    if pi != {"hasNextPage": False, "hasPreviousPage": False, "startCursor": "0", "endCursor": str(len(edges)), "totalCount": len(edges)} \
            or list(pi) != ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "totalCount"]:
        errors.append(f"{f}: pageInfo does not agree with the edges")
    labels, ids, last = {}, set(), None
    for i, e in enumerate(edges):
        if list(e) != ["cursor", "node"] or e["cursor"] != str(i + 1): errors.append(f"{f}: edge {i + 1}: cursor / keys"); continue
        n = e["node"]
        w = f"node {n.get('id')}"
        if not keys_are(f, w, n, OM_NODE): continue
        if not UUID4.fullmatch(n["id"]) or n["id"] in ids: errors.append(f"{f}: {w}: id bad or repeated")
        ids.add(n["id"])
        if not re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?[0-9a-f]{11}", n["slug"]): errors.append(f"{f}: {w}: slug {n['slug']!r}")
        for k in ("createdAt", "updatedAt", "savedAt") + (("readAt",) if n["readAt"] else ()) + (("publishedAt",) if n["publishedAt"] else ()):
            if not OM_T.fullmatch(n[k]): errors.append(f"{f}: {w}: {k} form")
        if n["savedAt"] != n["createdAt"] or n["updatedAt"] < n["savedAt"]: errors.append(f"{f}: {w}: savedAt / createdAt / updatedAt")
        if last and n["savedAt"] > last: errors.append(f"{f}: {w}: not newest saved first")
        last = n["savedAt"]
        if (n["readAt"] is not None) != (n["readingProgressPercent"] > 0) or (n["readAt"] and not n["savedAt"] <= n["readAt"] <= n["updatedAt"]):
            errors.append(f"{f}: {w}: readAt vs reading progress")
        if n["isArchived"] and n["readingProgressPercent"] != 100: errors.append(f"{f}: {w}: archived but not read to the end")
        if n["pageType"] not in ("ARTICLE", "FILE", "VIDEO", "WEBSITE", "TWEET", "BOOK", "PROFILE", "IMAGE", "UNKNOWN") or \
                n["contentReader"] != ("PDF" if n["pageType"] == "FILE" else "WEB"):
            errors.append(f"{f}: {w}: pageType / contentReader")
        if not re.fullmatch(r"https?://\S+", n["url"]): errors.append(f"{f}: {w}: url")
        for lb in n["labels"]:
            if list(lb) != ["id", "name", "color"] or not re.fullmatch(r"#[0-9A-F]{6}", lb["color"]) or \
                    labels.setdefault(lb["id"], lb) != lb:
                errors.append(f"{f}: {w}: label {lb}")
        if "تعلم ذاتي" not in [lb.get("name") for lb in n["labels"]]: errors.append(f"{f}: {w}: lacks the query's label")
        for h in n["highlights"]:
            if list(h) != ["id", "type", "quote", "annotation", "createdAt", "updatedAt"] or not UUID4.fullmatch(h["id"]) or \
                    h["type"] != "HIGHLIGHT" or not n["savedAt"] <= h["createdAt"] <= h["updatedAt"] <= n["updatedAt"]:
                errors.append(f"{f}: {w}: highlight {h.get('id')}")


# ---- 1075 Miro
MI_COLORS = {"gray", "light_yellow", "yellow", "orange", "light_green", "green", "dark_green", "cyan", "light_pink",
             "pink", "violet", "red", "light_blue", "blue", "dark_blue", "black"}
MI_DATA = {"frame": ["format", "title", "type", "showContent"], "sticky_note": ["content", "shape"],
           "card": ["assigneeId", "description", "dueDate", "title"], "text": ["content"],
           "embed": ["contentType", "description", "html", "mode", "previewUrl", "providerName", "providerUrl", "title", "url"]}
MI_STYLE = {"frame": ["fillColor"], "sticky_note": ["fillColor", "textAlign", "textAlignVertical"], "card": ["cardTheme"],
            "text": ["color", "fillColor", "fillOpacity", "fontFamily", "fontSize", "textAlign"], "embed": []}
MI_T = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def check_miro(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if list(d) != ["data", "total", "size", "limit", "links"]: errors.append(f"{f}: top keys {list(d)}"); return
    items = d["data"]
    if d["total"] != len(items) or d["size"] != len(items) or d["size"] > d["limit"]: errors.append(f"{f}: total / size / limit")
    m = re.fullmatch(r"(https://api\.miro\.com/v2/boards/[A-Za-z0-9_=-]+)/items\?limit=(\d+)", d["links"].get("self", ""))
    if not m or int(m.group(2)) != d["limit"] or list(d["links"]) != ["self"]: errors.append(f"{f}: links.self"); return
    api = m.group(1)
    byid, users = {}, set()
    for it in items:
        w = f"item {it.get('id')}"
        want = ["id", "type", "data", "style", "position", "geometry"] + (["parent"] if "parent" in it else []) + \
               ["createdAt", "createdBy", "modifiedAt", "modifiedBy", "links"]
        if not keys_are(f, w, it, want): continue
        if not re.fullmatch(r"3458764\d{12}", it["id"]) or it["id"] in byid: errors.append(f"{f}: {w}: id bad or repeated")
        byid[it["id"]] = it
        if it["links"] != {"self": f"{api}/items/{it['id']}"}: errors.append(f"{f}: {w}: links.self")
        if it["type"] not in MI_DATA: errors.append(f"{f}: {w}: type {it['type']}"); continue
        if list(it["data"]) != MI_DATA[it["type"]] or list(it["style"]) != MI_STYLE[it["type"]]: errors.append(f"{f}: {w}: data / style keys")
        if not (MI_T.fullmatch(it["createdAt"]) and MI_T.fullmatch(it["modifiedAt"])) or it["createdAt"] > it["modifiedAt"]:
            errors.append(f"{f}: {w}: createdAt / modifiedAt")
        for k in ("createdBy", "modifiedBy"):
            if list(it[k]) != ["id", "type"] or it[k]["type"] != "user" or not re.fullmatch(r"3458764\d{12}", it[k]["id"]): errors.append(f"{f}: {w}: {k}")
            users.add(it[k]["id"])
        if it["type"] == "sticky_note" and it["style"]["fillColor"] not in MI_COLORS: errors.append(f"{f}: {w}: sticky colour {it['style']['fillColor']}")
        if it["type"] == "text" and not all(isinstance(v, str) for v in it["style"].values()): errors.append(f"{f}: {w}: text style values not strings")
        if it["type"] == "frame" and (it["data"]["format"], it["data"]["type"]) != ("custom", "freeform"): errors.append(f"{f}: {w}: frame data")
        for k in ("content",):
            if k in it["data"]:
                html_balanced(f, w, it["data"][k], {"p", "strong", "em", "a", "br", "ul", "li"})
                if not it["data"][k].startswith("<p>"): errors.append(f"{f}: {w}: content not in <p>")
        if it["type"] == "embed" and not re.fullmatch(r"https?://\S+", it["data"]["url"]): errors.append(f"{f}: {w}: embed url")
        if it["type"] == "card":
            users.add(it["data"]["assigneeId"])
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", it["data"]["dueDate"]): errors.append(f"{f}: {w}: dueDate")
        pos, geo = it["position"], it["geometry"]
        if list(pos) != ["x", "y", "origin", "relativeTo"] or list(geo) != ["width", "height"] or pos["origin"] != "center" or \
                not all(isinstance(v, float) for v in (pos["x"], pos["y"], geo["width"], geo["height"])):
            errors.append(f"{f}: {w}: position / geometry")
    frames = [it for it in items if it.get("type") == "frame" and it.get("id") in byid]
    for it in byid.values():
        w = f"item {it['id']}"
        pos, geo = it["position"], it["geometry"]
        if "parent" in it:
            par = byid.get(it["parent"].get("id"))
            if not par or par["type"] != "frame" or it["parent"] != {"id": par["id"], "links": {"self": f"{api}/items/{par['id']}"}}:
                errors.append(f"{f}: {w}: parent is not a listed frame"); continue
            W, H = par["geometry"]["width"], par["geometry"]["height"]
            if pos["relativeTo"] != "parent_top_left" or not (0 <= pos["x"] - geo["width"] / 2 and pos["x"] + geo["width"] / 2 <= W
                                                              and 0 <= pos["y"] - geo["height"] / 2 and pos["y"] + geo["height"] / 2 <= H):
                errors.append(f"{f}: {w}: not inside its frame")
            if it["createdAt"] < par["createdAt"]: errors.append(f"{f}: {w}: created before its frame")
        elif pos["relativeTo"] != "canvas_center": errors.append(f"{f}: {w}: top-level item not canvas_center")
    for a in frames:
        for b in frames:
            if a["id"] < b["id"]:
                ax, ay, aw, ah = a["position"]["x"], a["position"]["y"], a["geometry"]["width"], a["geometry"]["height"]
                bx, by_, bw, bh = b["position"]["x"], b["position"]["y"], b["geometry"]["width"], b["geometry"]["height"]
                if abs(ax - bx) < (aw + bw) / 2 and abs(ay - by_) < (ah + bh) / 2: errors.append(f"{f}: frames {a['id']} and {b['id']} overlap")
    if len(users) > 5: errors.append(f"{f}: {len(users)} different users on a small team's board")


# ---- 1076 Sessionize
SZ_SESS = ["id", "title", "description", "startsAt", "endsAt", "isServiceSession", "isPlenumSession", "speakers",
           "categoryItems", "questionAnswers", "roomId", "liveUrl", "recordingUrl", "status", "isInformed", "isConfirmed"]
SZ_SPK = ["id", "firstName", "lastName", "bio", "tagLine", "profilePicture", "isTopSpeaker", "links", "sessions",
          "fullName", "categoryItems", "questionAnswers"]
SZ_T = "%Y-%m-%dT%H:%M:%S"


def check_sessionize(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if list(d) != ["sessions", "speakers", "questions", "categories", "rooms"]: errors.append(f"{f}: top keys {list(d)}"); return
    rooms = {r["id"]: r for r in d["rooms"] if list(r) == ["id", "name", "sort"]}
    if len(rooms) != len(d["rooms"]): errors.append(f"{f}: room keys")
    cat_items = set()
    for c in d["categories"]:
        if list(c) != ["id", "title", "items", "sort", "type"]: errors.append(f"{f}: category keys"); continue
        for i in c["items"]:
            if list(i) != ["id", "name", "sort"]: errors.append(f"{f}: category item keys")
            cat_items.add(i["id"])
    qids = {q["id"] for q in d["questions"] if list(q) == ["id", "question", "questionType", "sort"]}
    if len(qids) != len(d["questions"]): errors.append(f"{f}: question keys")
    spk = {s.get("id"): s for s in d["speakers"]}
    prev, spans = None, []
    for s in d["sessions"]:
        w = f"session {s.get('id')}"
        if not keys_are(f, w, s, SZ_SESS): continue
        try:
            a, z = dt.datetime.strptime(s["startsAt"], SZ_T), dt.datetime.strptime(s["endsAt"], SZ_T)
        except ValueError:
            errors.append(f"{f}: {w}: time form"); continue
        if z <= a: errors.append(f"{f}: {w}: ends before it starts")
        if s["roomId"] not in rooms: errors.append(f"{f}: {w}: unknown room"); continue
        k = (a, rooms[s["roomId"]]["sort"])
        if prev and k < prev: errors.append(f"{f}: {w}: not sorted by start and room")
        prev = k
        spans.append((a, z, s["roomId"], s["isPlenumSession"], s["id"]))
        if s["isServiceSession"]:
            if not UUID4.fullmatch(s["id"]) or s["speakers"] or s["categoryItems"] or s["questionAnswers"] or s["status"] is not None:
                errors.append(f"{f}: {w}: service session with a numeric id, speakers, categories or a status")
        else:
            if not re.fullmatch(r"\d{5,7}", s["id"]) or s["status"] != "Accepted": errors.append(f"{f}: {w}: id / status")
            for sp in s["speakers"]:
                if sp not in spk or int(s["id"]) not in spk[sp].get("sessions", []): errors.append(f"{f}: {w}: speaker {sp} does not list it")
            if not set(s["categoryItems"]) <= cat_items: errors.append(f"{f}: {w}: unknown category item")
            for qa in s["questionAnswers"]:
                if list(qa) != ["questionId", "answerValue"] or qa["questionId"] not in qids: errors.append(f"{f}: {w}: question answer")
    for a1, z1, r1, p1, i1 in spans:
        for a2, z2, r2, p2, i2 in spans:
            if i1 < i2 and a1 < z2 and a2 < z1 and (r1 == r2 or p1 or p2): errors.append(f"{f}: sessions {i1} and {i2} overlap")
    sids = {s.get("id") for s in d["sessions"]}
    for i, s in spk.items():
        if not keys_are(f, f"speaker {i}", s, SZ_SPK): continue
        if not UUID4.fullmatch(i): errors.append(f"{f}: speaker id {i}")
        if s["fullName"] != f"{s['firstName']} {s['lastName']}": errors.append(f"{f}: speaker {i}: fullName")
        for x in s["sessions"]:
            if str(x) not in sids or i not in next(t["speakers"] for t in d["sessions"] if t.get("id") == str(x)):
                errors.append(f"{f}: speaker {i} lists session {x}, which does not list them")
        for ln in s["links"]:
            if list(ln) != ["title", "url", "linkType"] or not re.fullmatch(r"https?://\S+", ln["url"]): errors.append(f"{f}: speaker {i}: link")
        if not re.fullmatch(r"https://sessionize\.com/image/[0-9a-f]{4}-400o400o1-\w+\.jpg", s["profilePicture"]): errors.append(f"{f}: speaker {i}: picture")


def shape_checks(f, raw, path):
    n = num(f)
    {1067: check_denote, 1068: check_superprod, 1069: check_band, 1070: check_prismic, 1071: check_cockroach,
     1072: check_pagure, 1073: check_fluentd, 1074: check_omnivore, 1075: check_miro,
     1076: check_sessionize}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round104's and round105's, a byte-identical file counted once), and the round104/round105 split (candidates sorted by
# (uses, catalogue title); round105 = odd positions from 3 on, one unbroken run; round104 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P104S = ["/work/rounds/digests-round104/expected.json", "/work/main/tests/data/digests-round104/expected.json"]
P104 = next((p for p in P104S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P104S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round104", "digests-round105") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 1) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round105 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r104 = set()
if P104:
    try:
        r104 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P104)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P104} exists but could not be read (being written?)")
    if r104 & mine: errors.append(f"papers also in round104: {sorted(r104 & mine)}")
shared104 = len(r104 & mine) if P104 else "(no round104 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round105 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round104: {shared104}; papers in more than one round105 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
