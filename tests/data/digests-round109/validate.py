#!/usr/bin/env python3
r"""Checks round109/expected.json against the digests and the shared catalogues.

Adapted from round107/validate.py (the label checks are the same code; the reuse report is round107's with round108 /
round109 in place of round106 / round107: round109 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round108's and round109's own (a
digests-round108 / digests-round109 folder, or a file whose bytes equal round108's or round109's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round109 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round108's expected.json (read only, from /work/rounds/digests-round108/ or
/work/main/tests/data/digests-round108/, when it exists), and on a paper in more than one round109 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1110, 1112, 1114, 1115 every JSON string;
1108 every JSON string of its body:json block; 1113 every JSON string of arangosh's printed values; 1111 the XML's
text; everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level):
1107 NotePlan calendar note (LF, final newline; every line a heading (levels not skipping), a task `* ` / checklist
`+ ` with an optional `[x]` `[-]` `[>]` state, a bullet `- `, a quote `> `, a `// ` comment or plain text; `[>]` ⇔ a
`>YYYY-MM-DD` date after the note's day; dates real; time blocks `- HH:MM-HH:MM` ascending, not overlapping, start
before end; `[[links]]` closed and not nested; bare URLs http(s));
1108 Bruno .bru (LF, final newline; blocks `name {` … `}` at column 0, blank line between; `meta` first with name,
type http, an integer seq; then one method block with url, body, auth in order; dictionary blocks of two-space
`key: value` lines (`~` for disabled); text blocks indented two spaces; body / auth modes have their `body:x` /
`auth:x` blocks; body:json parses; every `{{var}}` defined in vars:pre-request or the environment; assert operators
Bruno's; an items-length assert equals the body's items);
1109 TeamCity build log (LF, final newline; every line `[HH:MM:SS]X:` with X in ` iWE`, then tabs for the depth and
` [parent] `; times not going back; depth at most one more than the line before; the parent name is the block that
opened the depth (a step as `Step k/N`); a duration only on a block's first line and equal to its last line's time
minus its own, in TeamCity's form; steps 1..N with one N, each ending `Process exited with code 0`; the server
version first, `Build finished` last);
1110 Figma file (no final newline; byte-equal to compact JSON with raw UTF-8; top keys in order; editorType figjam;
node ids `n:m` unique; node keys by type; parents allow their children's types; stickies inside their section's
box; a sticky's name its first line; connectors join existing non-connector nodes; colours in 0..1);
1111 Youdao note (the XML declaration, then one line, no final newline; well-formed; `note` in Youdao's namespace with
schema-version and file-version, children head and body; blocks of the known kinds, each coId, text, inline-styles,
styles in order; coIds `dddd-<13 digits>` unique, times increasing; inline styles from < to ≤ the text's length,
href values http(s), bold true; list levels not jumping within a list);
1112 HipChat export (byte-equal to json.dumps(indent=4, sort_keys=True): ASCII, `\uXXXX`; a list of one-key items,
UserMessage / NotificationMessage with their key sets; ids UUID4 unique; timestamps `…Z dddddd` increasing; one
name and mention name per sender id; mentions = the known @names in the text; HTML notifications balanced);
1113 arangosh session (LF; the command line, banner, prompts; every printed value byte-equal to arangosh's layout of
its parse; count() = the listing's rows; listing sorted by year and key; _id = collection/_key; _rev form; save
answers name the saved key; the cursor's count = its rows; traversal rows among known titles; the prompt last);
1114 Webflow items (no final newline; compact JSON, raw UTF-8; keys in order; ObjectId ids unique whose first four
bytes are createdOn's second; createdOn ≤ lastUpdated ≤ lastPublished, lastPublished null ⇔ draft; slugs unique and
URL-safe; pagination total = items; rich text balanced, lists `role="list"`, links https with target _blank);
1115 Checkvist tasks (no final newline; compact JSON, raw UTF-8; keys in order; ids unique; parents exist; `tasks` =
the children in order; positions 1..n per parent; status 0/1/2; comments_count = notes; notes' keys, task_id, one
username per user id; dates in Checkvist's form, created ≤ updated = the last note; tags = tags_as_text; markdown
links http(s));
1116 Hurl file (LF, final newline; entries: method line, headers, request sections, optional JSON body, `HTTP nnn`,
response sections; section names by side; captures `name: query`; asserts `query predicate [value]` with Hurl's
queries and predicates; every `{{var}}` a --variable of the run line or captured earlier; JSON bodies parse).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, base64, hashlib, html, json, os, re, sys, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
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


def bru_blocks(raw):
    """[(name, [lines])] of a .bru file (no checks)"""
    out, cur = [], None
    for l in raw.split("\n"):
        m = re.fullmatch(r"([\w:-]+) \{", l)
        if cur is None and m:
            cur = (m.group(1), []); continue
        if cur is not None and l == "}":
            out.append(cur); cur = None; continue
        if cur is not None: cur[1].append(l)
    return out


def arango_values(raw):
    """the printed values of an arangosh session: [(command, text printed)]"""
    parts = raw.split("\n" + ARANGO_P)
    out = []
    for p in parts[1:]:
        cmd, _, val = p.partition("\n")
        out.append((cmd, val))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1110, 1112, 1114, 1115): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1108:
        for name, ls in bru_blocks(raw):
            if name == "body:json": forms.append("\n".join(json_strings(json.loads("\n".join(ls)))))
    if n == 1113:
        for cmd, val in arango_values(raw):
            v = val.split("\n\n", 1)[-1] if val.startswith("[object ") else val
            try: forms.append("\n".join(json_strings(json.loads(v))))
            except ValueError: pass
    if n == 1111: forms.append("\n".join(ET.fromstring(raw.split("\n", 1)[1].encode("utf-8")).itertext()))
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
# ---- 1107 NotePlan calendar note
NP_DAY = "2024-03-05"


def check_noteplan(f, raw):
    lf_final(f, raw)
    last_h, blocks = 1, []
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        w = f"line {i}"
        if l.count("[[") != l.count("]]") or re.search(r"\[\[[^\]]*\[\[", l): errors.append(f"{f}: {w}: [[link]] not closed or nested")
        for u in re.findall(r"(?<![\(\w])(\w+://\S+)", l):
            if not re.fullmatch(r"https?://[^\s)\]]+", u.rstrip(".,;")): errors.append(f"{f}: {w}: URL {u!r}")
        for d in re.findall(r"(?<![\w-])>(\d{4}-\d\d-\d\d)", l):
            try: dt.date.fromisoformat(d)
            except ValueError: errors.append(f"{f}: {w}: date {d}"); continue
            if d <= NP_DAY: errors.append(f"{f}: {w}: scheduled to {d}, not after the note's day")
        if not l: continue
        mh = re.match(r"(#{1,6}) \S", l)
        if mh:
            lev = len(mh.group(1))
            if lev > last_h + 1: errors.append(f"{f}: {w}: heading level skips")
            last_h = lev; continue
        mt = re.match(r"([*+]) (?:\[([ x\->])\] )?(\S.*)", l)
        if mt:
            st = mt.group(2)
            if st == " ": errors.append(f"{f}: {w}: `[ ]` is not NotePlan's open state (write `* text`)")
            has_date = bool(re.search(r"(?<![\w-])>\d{4}-\d\d-\d\d", l))
            if (st == ">") != has_date: errors.append(f"{f}: {w}: scheduled state and >date disagree")
            continue
        mb = re.fullmatch(r"- (\d\d):(\d\d)-(\d\d):(\d\d) \S.*", l)
        if mb:
            a, b = int(mb.group(1)) * 60 + int(mb.group(2)), int(mb.group(3)) * 60 + int(mb.group(4))
            if not (a < b <= 24 * 60) or (blocks and a < blocks[-1][1]): errors.append(f"{f}: {w}: time block {l[:15]!r}")
            blocks.append((a, b)); continue
        if re.match(r"- \S|> \S|// \S", l): continue
        if re.match(r"[*+\-#>]", l) or l.startswith(" "): errors.append(f"{f}: {w}: not a NotePlan line: {l[:30]!r}")


# ---- 1108 Bruno
BRU_DICT = {"meta", "get", "post", "put", "delete", "patch", "options", "head", "headers", "auth:bearer", "auth:basic",
            "vars:pre-request", "vars:post-response", "assert", "params:query", "params:path", "body:form-urlencoded"}
BRU_TEXT = {"body:json", "body:text", "body:xml", "script:pre-request", "script:post-response", "tests", "docs"}
BRU_OPS = {"eq", "neq", "gt", "gte", "lt", "lte", "in", "notIn", "contains", "notContains", "length", "matches",
           "notMatches", "startsWith", "endsWith", "between", "isEmpty", "isNull", "isUndefined", "isDefined",
           "isTruthy", "isFalsy", "isJson", "isNumber", "isString", "isBoolean", "isArray"}
BRU_ENV = {"baseUrl", "digestToken"}
BRU_METHODS = ["get", "post", "put", "delete", "patch", "options", "head"]


def check_bruno(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    blocks, i = [], 0
    while i < len(ls):
        m = re.fullmatch(r"([\w:-]+) \{", ls[i])
        if not m: errors.append(f"{f}: line {i + 1}: not a block start: {ls[i][:30]!r}"); return
        j = i + 1
        while j < len(ls) and ls[j] != "}": j += 1
        if j == len(ls): errors.append(f"{f}: block {m.group(1)} not closed"); return
        blocks.append((m.group(1), ls[i + 1:j]))
        if j + 1 < len(ls) and ls[j + 1] != "": errors.append(f"{f}: no blank line after block {m.group(1)}")
        i = j + 2
    names = [b for b, _ in blocks]
    if len(set(names)) != len(names): errors.append(f"{f}: a block twice: {names}")
    d = {}
    for name, body in blocks:
        if name in BRU_DICT:
            kv = {}
            for l in body:
                mk = re.fullmatch(r"  (~?)([^:\s][^:]*): (.*)", l)
                if not mk: errors.append(f"{f}: {name}: line {l!r}"); continue
                kv[mk.group(2)] = mk.group(3)
            d[name] = kv
        elif name in BRU_TEXT:
            for l in body:
                if not l.startswith("  "): errors.append(f"{f}: {name}: line not indented by two spaces: {l[:30]!r}")
            d[name] = "\n".join(l[2:] for l in body)
        else:
            errors.append(f"{f}: unknown block {name}")
    if names[:1] != ["meta"] or list(d.get("meta", {})) != ["name", "type", "seq"] or d["meta"]["type"] != "http" or not d["meta"]["seq"].isdigit():
        errors.append(f"{f}: meta block"); return
    meths = [b for b in names if b in BRU_METHODS]
    if len(meths) != 1 or names[1] != meths[0] or list(d[meths[0]]) != ["url", "body", "auth"]:
        errors.append(f"{f}: method block {meths}"); return
    mb = d[meths[0]]
    if mb["body"] != "none" and f"body:{mb['body']}" not in d: errors.append(f"{f}: body mode {mb['body']} without its block")
    if mb["auth"] not in ("none", "inherit") and f"auth:{mb['auth']}" not in d: errors.append(f"{f}: auth mode {mb['auth']} without its block")
    for b in names:
        if b.startswith("body:") and b != f"body:{mb['body']}": errors.append(f"{f}: {b} while body is {mb['body']}")
    defined = BRU_ENV | set(d.get("vars:pre-request", {}))
    for v in re.findall(r"\{\{([^}]*)\}\}", raw):
        if v not in defined: errors.append(f"{f}: variable {{{{{v}}}}} not defined")
    body = None
    if "body:json" in d:
        try: body = json.loads(d["body:json"])
        except ValueError as ex: errors.append(f"{f}: body:json does not parse: {ex}")
        if d.get("headers", {}).get("Content-Type") != "application/json": errors.append(f"{f}: JSON body without its Content-Type")
    for k, v in d.get("assert", {}).items():
        op = v.split(" ", 1)[0]
        if op not in BRU_OPS or not k.startswith("res."): errors.append(f"{f}: assert {k}: {v}")
        if k == "res.body.items.length" and isinstance(body, dict) and v != f"eq {len(body.get('items', []))}":
            errors.append(f"{f}: assert {k}: {v}, the body has {len(body.get('items', []))} items")


# ---- 1109 TeamCity
TC_LINE = re.compile(r"\[(\d\d):(\d\d):(\d\d)\]([ iWE]):(\t*) (?:\[([^\]]+)\] )?(.*)")


def tc_dur(d):
    return "" if d < 1 else (f" ({d}s)" if d < 60 else f" ({d // 60}m:{d % 60:02d}s)")


def tc_short(text):
    m = re.match(r"(Step \d+/\d+): ", text)
    if m: return m.group(1)
    if text.startswith("Updating sources: "): return "Updating sources"
    return text


def check_teamcity(f, raw):
    lf_final(f, raw)
    rows = []
    for i, l in enumerate(raw.split("\n")[:-1], 1):
        m = TC_LINE.fullmatch(l)
        if not m: errors.append(f"{f}: line {i}: not a TeamCity log line: {l[:40]!r}"); continue
        h, mi, s, mark, tabs, parent, text = m.groups()
        depth = len(tabs)
        if (depth > 0) != (parent is not None): errors.append(f"{f}: line {i}: depth and [parent] disagree")
        rows.append([int(h) * 3600 + int(mi) * 60 + int(s), mark, depth, parent, text, i])
    if not rows: return
    if not rows[0][4].startswith("TeamCity server version is ") or rows[-1][4] != "Build finished" or rows[-1][2]:
        errors.append(f"{f}: first / last line")
    opened = {}
    steps = []
    for k, (t, mark, depth, parent, text, i) in enumerate(rows):
        if k and t < rows[k - 1][0]: errors.append(f"{f}: line {i}: time goes back")
        if k and depth > rows[k - 1][2] + 1: errors.append(f"{f}: line {i}: depth jumps")
        if depth and parent != opened.get(depth - 1): errors.append(f"{f}: line {i}: parent [{parent}] is not the open block [{opened.get(depth - 1)}]")
        is_block = k + 1 < len(rows) and rows[k + 1][2] == depth + 1
        md = re.fullmatch(r"(.*?)( \(\d+s\)| \(\d+m:\d\ds\))?", text)
        name, dur = md.group(1), md.group(2) or ""
        if is_block:
            end = k + 1
            while end + 1 < len(rows) and rows[end + 1][2] > depth: end += 1
            if dur != tc_dur(rows[end][0] - t): errors.append(f"{f}: line {i}: block duration {dur.strip() or 'none'}, the lines span {rows[end][0] - t}s")
            opened[depth] = tc_short(name)
            if rows[end][4] != "Process exited with code 0" and name.startswith("Step ") and "(Command Line)" in name:
                errors.append(f"{f}: line {i}: a command-line step not ending with its exit code")
        elif dur:
            errors.append(f"{f}: line {i}: a duration on a line that opens no block")
        ms = re.match(r"Step (\d+)/(\d+): ", text)
        if ms and depth == 0: steps.append((int(ms.group(1)), int(ms.group(2))))
    if [a for a, _ in steps] != list(range(1, len(steps) + 1)) or {b for _, b in steps} != {len(steps)}:
        errors.append(f"{f}: steps {steps}")


# ---- 1110 Figma
FG_TOP = ["document", "components", "componentSets", "schemaVersion", "styles", "name", "lastModified", "thumbnailUrl",
          "version", "role", "editorType", "linkAccess"]
FG_KEYS = {"DOCUMENT": ["id", "name", "type", "scrollBehavior", "children"],
           "CANVAS": ["id", "name", "type", "scrollBehavior", "children", "backgroundColor", "prototypeStartNodeID",
                      "flowStartingPoints", "prototypeDevice"],
           "SECTION": ["id", "name", "type", "scrollBehavior", "sectionContentsHidden", "children", "absoluteBoundingBox", "fills"],
           "STICKY": ["id", "name", "type", "scrollBehavior", "blendMode", "absoluteBoundingBox", "fills", "characters", "authorVisible"],
           "TEXT": ["id", "name", "type", "scrollBehavior", "blendMode", "absoluteBoundingBox", "characters", "style"],
           "SHAPE_WITH_TEXT": ["id", "name", "type", "scrollBehavior", "blendMode", "absoluteBoundingBox", "fills", "shapeType", "characters"],
           "CONNECTOR": ["id", "name", "type", "scrollBehavior", "connectorStart", "connectorEnd", "connectorStartStrokeCap",
                         "connectorEndStrokeCap", "connectorLineType"]}
FG_KIDS = {"DOCUMENT": {"CANVAS"}, "CANVAS": {"SECTION", "STICKY", "TEXT", "SHAPE_WITH_TEXT", "CONNECTOR"},
           "SECTION": {"STICKY", "TEXT", "SHAPE_WITH_TEXT"}}


def check_figma(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if not keys_are(f, "file", d, FG_TOP): return
    if d["editorType"] != "figjam" or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["lastModified"]): errors.append(f"{f}: editorType / lastModified")
    nodes, conns = {}, []

    def walk(n, parent):
        t = n.get("type")
        want = list(FG_KEYS.get(t, []))
        if t == "CONNECTOR" and "characters" in n: want.append("characters")
        if not keys_are(f, f"node {n.get('id')} ({t})", n, want): return
        if not re.fullmatch(r"\d+:\d+", n["id"]) or n["id"] in nodes: errors.append(f"{f}: node id {n['id']} not new or not n:m")
        nodes[n["id"]] = n
        if parent is not None and t not in FG_KIDS.get(parent["type"], set()): errors.append(f"{f}: {t} inside {parent['type']}")
        if t == "STICKY":
            if n["name"] != n["characters"].split("\n")[0]: errors.append(f"{f}: sticky {n['id']}: name is not its first line")
            if parent["type"] == "SECTION":
                a, b = n["absoluteBoundingBox"], parent["absoluteBoundingBox"]
                if not (b["x"] <= a["x"] and b["y"] <= a["y"] and a["x"] + a["width"] <= b["x"] + b["width"] and a["y"] + a["height"] <= b["y"] + b["height"]):
                    errors.append(f"{f}: sticky {n['id']} outside its section")
        if t == "CONNECTOR": conns.append(n)
        for fl in n.get("fills", []):
            c = fl.get("color", {})
            if sorted(c) != ["a", "b", "g", "r"] or any(not 0 <= x <= 1 for x in c.values()): errors.append(f"{f}: colour {c}")
        for k in n.get("children", []): walk(k, n)
    walk(d["document"], None)
    if d["document"]["type"] != "DOCUMENT": errors.append(f"{f}: no DOCUMENT root")
    for c in conns:
        for end in (c["connectorStart"], c["connectorEnd"]):
            e = nodes.get(end.get("endpointNodeId"))
            if list(end) != ["endpointNodeId", "magnet"] or not e or e["type"] == "CONNECTOR": errors.append(f"{f}: connector {c['id']} end {end}")


# ---- 1111 Youdao note
YD_NS = "{http://note.youdao.com}"
YD_BLOCKS = {"para", "heading", "list-item", "horizontal-line"}


def check_youdao(f, raw):
    lf_final(f, raw, final=False)
    head, _, rest = raw.partition("\n")
    if head != '<?xml version="1.0" encoding="UTF-8"?>' or "\n" in rest: errors.append(f"{f}: not the declaration + one line")
    try:
        root = ET.fromstring(rest.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != YD_NS + "note" or sorted(root.attrib) != ["file-version", "schema-version"] or [c.tag for c in root] != [YD_NS + "head", YD_NS + "body"]:
        errors.append(f"{f}: note root"); return
    ids, times, lists = set(), [], {}
    for b in root[1]:
        tag = b.tag.replace(YD_NS, "")
        if tag not in YD_BLOCKS: errors.append(f"{f}: block <{tag}>"); continue
        if [c.tag.replace(YD_NS, "") for c in b] != ["coId", "text", "inline-styles", "styles"]: errors.append(f"{f}: <{tag}> children"); continue
        cid = b[0].text or ""
        m = re.fullmatch(r"\d{4}-(\d{13})", cid)
        if not m or cid in ids: errors.append(f"{f}: coId {cid!r}")
        else: times.append(int(m.group(1)))
        ids.add(cid)
        text = b[1].text or ""
        for st in b[2]:
            k = st.tag.replace(YD_NS, "")
            if [c.tag.replace(YD_NS, "") for c in st] != ["from", "to", "value"]: errors.append(f"{f}: inline style <{k}>"); continue
            fr, to, val = int(st[0].text), int(st[1].text), st[2].text or ""
            if not 0 <= fr < to <= len(text): errors.append(f"{f}: inline style {k} {fr}-{to} outside a text of {len(text)}")
            if k == "href" and not re.fullmatch(r"https?://\S+", val): errors.append(f"{f}: href {val!r}")
            elif k == "bold" and val != "true": errors.append(f"{f}: bold value {val!r}")
            elif k not in ("href", "bold", "italic", "color"): errors.append(f"{f}: inline style <{k}>")
        if tag == "heading" and b.get("level") not in list("123456"): errors.append(f"{f}: heading level")
        if tag == "list-item":
            lev, lid = int(b.get("level", "0")), b.get("list-id")
            if b.get("type") not in ("unordered", "ordered") or not lid or lev < 1 or lev > lists.get(lid, 0) + 1:
                errors.append(f"{f}: list-item level {lev} in list {lid}")
            lists[lid] = lev
    if times != sorted(times): errors.append(f"{f}: coId times not increasing")


# ---- 1112 HipChat
HC_USER = ["attachment", "id", "mentions", "message", "sender", "timestamp"]
HC_NOTE = ["attachment", "color", "id", "message", "message_format", "sender", "timestamp"]
UUIDRX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def check_hipchat(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, indent=4, sort_keys=True) != raw: errors.append(f"{f}: not json.dumps(indent=4, sort_keys=True)'s layout")
    if not isinstance(d, list): errors.append(f"{f}: not a list"); return
    ids, ts, users = set(), [], {}
    for k, it in enumerate(d):
        if not isinstance(it, dict) or len(it) != 1: errors.append(f"{f}: item {k}"); continue
        kind, m = next(iter(it.items()))
        w = f"item {k}"
        if kind == "UserMessage":
            if not keys_are(f, w, m, HC_USER): continue
            s = m["sender"]
            if sorted(s) != ["id", "mention_name", "name"]: errors.append(f"{f}: {w}: sender"); continue
            if users.setdefault(s["id"], (s["mention_name"], s["name"])) != (s["mention_name"], s["name"]): errors.append(f"{f}: {w}: sender {s['id']} with another name")
        elif kind == "NotificationMessage":
            if not keys_are(f, w, m, HC_NOTE): continue
            if m["color"] not in ("yellow", "green", "red", "purple", "gray", "random") or m["message_format"] not in ("html", "text"): errors.append(f"{f}: {w}: colour / format")
            if m["message_format"] == "html": html_balanced(f, w, m["message"], {"a", "b", "i", "br", "strong", "em", "code"})
        else:
            errors.append(f"{f}: {w}: kind {kind}"); continue
        if not UUIDRX.fullmatch(m["id"]) or m["id"] in ids: errors.append(f"{f}: {w}: id")
        ids.add(m["id"])
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \d{6}", m["timestamp"]): errors.append(f"{f}: {w}: timestamp {m['timestamp']!r}")
        ts.append(m["timestamp"])
    if ts != sorted(ts): errors.append(f"{f}: timestamps not increasing")
    by_mn = {mn: (uid, name) for uid, (mn, name) in users.items()}
    for k, it in enumerate(d):
        m = it.get("UserMessage")
        if not isinstance(m, dict) or "mentions" not in m: continue
        want = [{"id": by_mn[mn][0], "mention_name": mn, "name": by_mn[mn][1]} for mn in by_mn if "@" + mn in m["message"]]
        if sorted(map(json.dumps, want)) != sorted(map(json.dumps, m["mentions"])): errors.append(f"{f}: item {k}: mentions {m['mentions']} (the text names {[x['mention_name'] for x in want]})")


# ---- 1113 arangosh
ARANGO_P = "127.0.0.1:8529@leituras> "
ARANGO_REV = re.compile(r"_[A-Za-z0-9_-]{7}---")


def arango_print(v, ind=0):
    pad = "  " * (ind + 1)
    if isinstance(v, dict):
        if not v: return "{ }"
        return "{ \n" + ", \n".join(f'{pad}{json.dumps(k, ensure_ascii=False)} : {arango_print(x, ind + 1)}' for k, x in v.items()) + " \n" + "  " * ind + "}"
    if isinstance(v, list):
        if not v: return "[ ]"
        return "[ \n" + ", \n".join(pad + arango_print(x, ind + 1) for x in v) + " \n" + "  " * ind + "]"
    return json.dumps(v, ensure_ascii=False)


def check_arangosh(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n" + ARANGO_P): errors.append(f"{f}: the prompt is not last")
    first = raw.split("\n", 1)[0]
    if not re.fullmatch(r"\w+@[\w-]+:~\$ arangosh --server\.endpoint tcp://127\.0\.0\.1:8529 --server\.database leituras --server\.username \w+", first):
        errors.append(f"{f}: first line {first[:40]!r}")
    if "\nConnected to ArangoDB 'http+tcp://127.0.0.1:8529, version: " not in raw or "database: 'leituras'" not in raw: errors.append(f"{f}: banner")
    count, listing, titles = None, None, set()
    for cmd, val in arango_values(raw):
        if val.endswith("\n"): val = val[:-1]
        if not val and cmd == "": continue
        cur = re.match(r"\[object ArangoQueryCursor, count: (\d+), cached: (?:true|false), hasMore: (?:true|false)\]\n\n", val)
        body = val[cur.end():] if cur else val
        try:
            v = json.loads(body)
        except ValueError:
            errors.append(f"{f}: `{cmd[:30]}`: printed value does not parse"); continue
        if arango_print(v) != body: errors.append(f"{f}: `{cmd[:30]}`: not arangosh's layout")
        if cur and int(cur.group(1)) != len(v): errors.append(f"{f}: `{cmd[:30]}`: cursor count {cur.group(1)}, {len(v)} rows")
        if re.fullmatch(r"db\.\w+\.count\(\)", cmd): count = v
        elif ".toArray()" in cmd and "SORT a.ano, a._key" in cmd:
            listing = v
            if [(r["ano"], r["chave"]) for r in v] != sorted((r["ano"], r["chave"]) for r in v): errors.append(f"{f}: listing not sorted")
            titles |= {r["titulo"] for r in v}
        elif cmd.startswith("db.artigos.document("):
            k = re.search(r'"([^"]+)"', cmd).group(1)
            if v.get("_key") != k or v.get("_id") != "artigos/" + k or not ARANGO_REV.fullmatch(v.get("_rev", "")): errors.append(f"{f}: document {k}: _key / _id / _rev")
            if listing and not any(r["chave"] == k and r["titulo"] == v.get("titulo") and r["link"] == v.get("link") for r in listing): errors.append(f"{f}: document {k} not as listed")
        elif ".save(" in cmd:
            coll = re.match(r"db\.(\w+)\.save", cmd).group(1)
            mk = re.search(r'_key: "([^"]+)"', cmd)
            if list(v) != ["_id", "_key", "_rev"] or v["_id"] != f"{coll}/{v['_key']}" or (mk and mk.group(1) != v["_key"]) or not ARANGO_REV.fullmatch(v["_rev"]):
                errors.append(f"{f}: save answer {v}")
            mt = re.search(r'titulo: ("(?:[^"\\]|\\.)*")', cmd)
            if mt: titles.add(json.loads(mt.group(1)))
        elif "INBOUND" in cmd:
            if not cur or any(x not in titles for x in v): errors.append(f"{f}: traversal rows not among the known titles")
    if listing is not None and count != len(listing): errors.append(f"{f}: count() {count}, listing {len(listing)}")


# ---- 1114 Webflow
WF_ITEM = ["id", "cmsLocaleId", "lastPublished", "lastUpdated", "createdOn", "isArchived", "isDraft", "fieldData"]
WF_FIELDS = ["name", "slug", "session-date", "presenter", "summary", "post-body"]
WF_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def check_webflow(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if not keys_are(f, "answer", d, ["items", "pagination"]): return
    if d["pagination"] != {"limit": 100, "offset": 0, "total": len(d["items"])}: errors.append(f"{f}: pagination {d['pagination']}")
    ids, slugs = set(), set()
    for it in d["items"]:
        w = f"item {it.get('id')}"
        if not keys_are(f, w, it, WF_ITEM) or not keys_are(f, w, it["fieldData"], WF_FIELDS): continue
        if not re.fullmatch(r"[0-9a-f]{24}", it["id"]) or it["id"] in ids: errors.append(f"{f}: {w}: id")
        ids.add(it["id"])
        for k in ("lastUpdated", "createdOn") + (("lastPublished",) if it["lastPublished"] is not None else ()):
            if not WF_TIME.fullmatch(it[k]): errors.append(f"{f}: {w}: {k} {it[k]!r}")
        try:
            sec = int(dt.datetime.fromisoformat(it["createdOn"].replace("Z", "+00:00")).timestamp())
            if it["id"][:8] != f"{sec:08x}": errors.append(f"{f}: {w}: ObjectId time is not createdOn")
        except ValueError:
            pass
        if it["createdOn"] > it["lastUpdated"]: errors.append(f"{f}: {w}: updated before created")
        if (it["lastPublished"] is None) != it["isDraft"]: errors.append(f"{f}: {w}: draft / lastPublished disagree")
        if it["lastPublished"] is not None and it["lastPublished"] < it["lastUpdated"]: errors.append(f"{f}: {w}: published before the last update")
        fd = it["fieldData"]
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", fd["slug"]) or fd["slug"] in slugs: errors.append(f"{f}: {w}: slug {fd['slug']!r}")
        slugs.add(fd["slug"])
        if not WF_TIME.fullmatch(fd["session-date"]): errors.append(f"{f}: {w}: session-date")
        body = fd["post-body"]
        html_balanced(f, w, body, {"p", "a", "h2", "h3", "ul", "ol", "li", "strong", "em"}, r' href="https://[^"\s]+" target="_blank"')
        for m in re.finditer(r"<(ul|ol)([^>]*)>", body):
            if m.group(2) != ' role="list"': errors.append(f"{f}: {w}: <{m.group(1)}{m.group(2)}> without role=list")
        if re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;)", body): errors.append(f"{f}: {w}: a bare & in rich text")


# ---- 1115 Checkvist
CV_TASK = ["id", "parent_id", "checklist_id", "status", "position", "tasks", "update_line", "updated_at", "created_at", "due",
           "content", "collapsed", "comments_count", "assignee_ids", "details", "link_ids", "backlink_ids", "notes", "tags", "tags_as_text"]
CV_NOTE = ["id", "comment", "user_id", "username", "created_at", "updated_at", "task_id"]
CV_TIME = re.compile(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \+0000")


def check_checkvist(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if compact(d) != raw: errors.append(f"{f}: not compact JSON with raw UTF-8")
    if not isinstance(d, list): errors.append(f"{f}: not a list"); return
    byid, kids, users = {}, {}, {}
    for t in d:
        w = f"task {t.get('id')}"
        if not keys_are(f, w, t, CV_TASK): continue
        if t["id"] in byid: errors.append(f"{f}: {w}: id twice")
        byid[t["id"]] = t
        kids.setdefault(t["parent_id"], []).append(t["id"])
        if t["status"] not in (0, 1, 2) or t["checklist_id"] != d[0]["checklist_id"]: errors.append(f"{f}: {w}: status / checklist")
        for k in ("updated_at", "created_at"):
            if not CV_TIME.fullmatch(t[k]): errors.append(f"{f}: {w}: {k} {t[k]!r}")
        if t["due"] is not None and not re.fullmatch(r"\d{4}/\d\d/\d\d", t["due"]): errors.append(f"{f}: {w}: due {t['due']!r}")
        if t["comments_count"] != len(t["notes"]): errors.append(f"{f}: {w}: comments_count {t['comments_count']}, notes {len(t['notes'])}")
        last = t["created_at"]
        for n in t["notes"]:
            if not keys_are(f, w + " note", n, CV_NOTE): continue
            if n["task_id"] != t["id"]: errors.append(f"{f}: {w}: note of task {n['task_id']}")
            if users.setdefault(n["user_id"], n["username"]) != n["username"]: errors.append(f"{f}: {w}: user {n['user_id']} with another name")
            if not CV_TIME.fullmatch(n["created_at"]) or n["created_at"] > n["updated_at"]: errors.append(f"{f}: {w}: note times")
            last = max(last, n["updated_at"])
        if t["updated_at"] != last: errors.append(f"{f}: {w}: updated_at {t['updated_at']}, last change {last}")
        if list(t["tags"]) != [x for x in t["tags_as_text"].split(", ") if x] or any(v is not False for v in t["tags"].values()):
            errors.append(f"{f}: {w}: tags {t['tags']} / tags_as_text {t['tags_as_text']!r}")
        for m in re.finditer(r"\]\(([^)]*)\)", t["content"]):
            if not re.fullmatch(r"https?://\S+", m.group(1)): errors.append(f"{f}: {w}: link {m.group(1)!r}")
    for t in byid.values():
        if t["parent_id"] and t["parent_id"] not in byid: errors.append(f"{f}: task {t['id']}: parent {t['parent_id']} not listed")
        if t["tasks"] != kids.get(t["id"], []): errors.append(f"{f}: task {t['id']}: tasks {t['tasks']} are not its children {kids.get(t['id'], [])}")
    for p, ks in kids.items():
        if [byid[k]["position"] for k in ks] != list(range(1, len(ks) + 1)): errors.append(f"{f}: positions under {p}")


# ---- 1116 Hurl
HURL_METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}
HURL_REQ = {"QueryStringParams", "FormParams", "MultipartFormData", "Cookies", "BasicAuth", "Options"}
HURL_RES = {"Captures", "Asserts"}
HURL_QUERY = r'(?:status|url|body|duration|sha256|md5|bytes|header "[^"]+"|cookie "[^"]+"|jsonpath "[^"]+"|xpath "[^"]+"|regex "[^"]+"|variable "[^"]+")'
HURL_PRED = r"(?:==|!=|>|>=|<|<=|startsWith|endsWith|contains|includes|matches|exists|isBoolean|isCollection|isDate|isEmpty|isFloat|isInteger|isNumber|isString|isIsoDate)"


def check_hurl(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    run = next((l for l in ls if "hurl " in l and l.startswith("#")), "")
    defined = set(re.findall(r"--variable (\w+)=", run))
    i, entries = 0, 0
    while i < len(ls):
        l = ls[i]
        if not l or l.startswith("#"): i += 1; continue
        m = re.fullmatch(r"([A-Z]+) (\S+)", l)
        if not m or m.group(1) not in HURL_METHODS: errors.append(f"{f}: line {i + 1}: not a request line: {l[:40]!r}"); return
        entries += 1
        used = set(re.findall(r"\{\{(\w+)\}\}", l))
        i += 1
        side, section, body = "req", None, []
        while i < len(ls) and not (ls[i] == "" and (i + 1 >= len(ls) or ls[i + 1] == "" or ls[i + 1].startswith("#"))):
            l = ls[i]
            used |= set(re.findall(r"\{\{(\w+)\}\}", l))
            ms = re.fullmatch(r"\[(\w+)\]", l)
            if re.fullmatch(r"HTTP(?:/[\d.]+)? (\d{3}|\*)", l):
                if side != "req": errors.append(f"{f}: line {i + 1}: a second status line")
                if body:
                    try: json.loads("\n".join(body))
                    except ValueError: errors.append(f"{f}: line {i + 1}: the request body does not parse")
                side, section, body = "res", None, []
            elif ms:
                if ms.group(1) not in (HURL_REQ if side == "req" else HURL_RES): errors.append(f"{f}: line {i + 1}: section [{ms.group(1)}] on the {side} side")
                section = ms.group(1)
            elif body or (side == "req" and l == "{"):
                body.append(l)
            elif section == "Captures":
                mc = re.fullmatch(r"(\w+): " + HURL_QUERY, l)
                if not mc: errors.append(f"{f}: line {i + 1}: capture {l!r}")
                else: defined.add(mc.group(1))
            elif section == "Asserts":
                if not re.fullmatch(HURL_QUERY + r"(?: count)? (?:not )?" + HURL_PRED + r"(?: .+)?", l): errors.append(f"{f}: line {i + 1}: assert {l!r}")
            elif section in ("QueryStringParams", "FormParams", "Options") or section is None:
                if not re.fullmatch(r"[\w-]+: .+", l): errors.append(f"{f}: line {i + 1}: {l!r}")
            i += 1
        if side != "res": errors.append(f"{f}: entry {entries}: no HTTP status line")
        for v in used - defined: errors.append(f"{f}: entry {entries}: {{{{{v}}}}} not defined before")
    if not entries: errors.append(f"{f}: no entries")


def shape_checks(f, raw, path):
    n = num(f)
    {1107: check_noteplan, 1108: check_bruno, 1109: check_teamcity, 1110: check_figma, 1111: check_youdao,
     1112: check_hipchat, 1113: check_arangosh, 1114: check_webflow, 1115: check_checkvist,
     1116: check_hurl}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round108's and round109's, a byte-identical file counted once), and the round108/round109 split (candidates sorted by
# (uses, catalogue title); round109 = odd positions from 3 on, one unbroken run; round108 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P108S = ["/work/rounds/digests-round108/expected.json", "/work/main/tests/data/digests-round108/expected.json"]
P108 = next((p for p in P108S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P108S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round108", "digests-round109") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round109 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r108 = set()
if P108:
    try:
        r108 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P108)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P108} exists but could not be read (being written?)")
    if r108 & mine: errors.append(f"papers also in round108: {sorted(r108 & mine)}")
shared108 = len(r108 & mine) if P108 else "(no round108 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round109 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round108: {shared108}; papers in more than one round109 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
