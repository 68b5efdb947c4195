#!/usr/bin/env python3
r"""Checks round83/expected.json against the digests and the shared catalogues.

Adapted from round81/validate.py (the label checks are the same code; the reuse report is round81's with round82 /
round83 in place of round80 / round81: round83 holds the even positions; the readers and shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json except round82's and round83's own (a
digests-round82 / digests-round83 folder, or a file whose bytes equal round82's expected.json) — a file whose bytes
equal one already counted is counted once — and checks the split: round83 holds the even positions of the candidates
sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last paper; it fails on a
paper shared with /work/main/tests/data/digests-round82/expected.json when that file exists (read only), and on a
paper in more than one round83 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 848 fish's `\\` / `\n` escapes undone; 850 JS
`\'` undone; 851, 853 and 854 every JSON string value; everything: HTML entities undone once and twice,
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a
title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 847 C# (UTF-8 BOM, CRLF only, balanced braces / parentheses outside comments and
literals, every `///` block well-formed XML with known doc tags, `<param>` names in the following signature, a
namespace); 848 fish_history (`- cmd:` / `  when:` / `  paths:` grammar, times non-decreasing, only `\\` and `\n`
escapes in cmd); 849 DuckDB session (banner, prompts, every box frame rectangular in display width with aligned
column rules, type row of known types, `…` only at a cut, line-mode names right-aligned); 850 Svelte (one script and
one style block, `{#…}` / `{:…}` / `{/…}` blocks nested, HTML elements balanced); 851 MLflow (message_to_json
layout, run_uuid = run_id, artifact_uri, times, end_time absent only while RUNNING, runName / user tags, newest first,
page token); 852 Swift / DocC (Xcode header, balanced brackets outside comments and literals, #if / #endif, every `///`
block before a declaration, `- Parameter(s)` names among the signature's labels, known callouts, closed fences,
Markdown links to URLs); 853 Firebase export (one line, sorted keys, compact separators, push-ID times = createdAt, no
nulls, session and user references resolve); 854 Hashnode GraphQL (playground layout, edges / pageInfo, endCursor =
last cursor, cursors encoding their node, ObjectId time not after publishedAt, newest first, url = publication url +
slug, images with `align="…"`); 855 cqlsh (banner, prompts, every table row fitting its `-+-` rule with right-aligned
values, `(N rows)` = rows, expanded records aligned to their rule); 856 ssh_config (known keywords, four-space indentation, `Host *` last, Match / Host
syntax, numeric ports).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, email.header, hashlib, html, json, os, re, sys, unicodedata
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def decode_words(s):
    out = []
    for m in re.finditer(r"=\?([\w-]+)\?([bBqQ])\?([^?]*)\?=", s):
        try:
            out.append(str(email.header.make_header(email.header.decode_header(m.group(0)))))
        except Exception:
            out.append("\ufffd")
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (851, 853, 854): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 848: forms.append(re.sub(r"\\(\\|n)", lambda m: "\n" if m.group(1) == "n" else "\\", raw))
    if n == 850: forms.append(raw.replace("\\'", "'"))
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
def strip_code(raw, line_comment, block=("/*", "*/"), quotes="\"'"):
    """blanks comments and string literals (keeping line breaks)"""
    out, i = [], 0
    while i < len(raw):
        if block and raw.startswith(block[0], i):
            j = raw.find(block[1], i + 2)
            if j < 0: return None
            out.append("\n" * raw.count("\n", i, j)); i = j + len(block[1]); continue
        if raw.startswith(line_comment, i):
            j = raw.find("\n", i); i = len(raw) if j < 0 else j; continue
        if raw[i] in quotes:
            q, j = raw[i], i + 1
            while j < len(raw) and raw[j] != q: j += 2 if raw[j] == "\\" else 1
            out.append(q + "\n" * raw.count("\n", i, j) + q); i = j + 1; continue
        out.append(raw[i]); i += 1
    return "".join(out)


def balanced(code, pairs="(){}[]"):
    st = []
    for k, c in enumerate(code):
        if c in pairs[0::2]: st.append(c)
        elif c in pairs[1::2]:
            if not st or pairs[pairs.index(st.pop()) + 1] != c: return f"unbalanced {c!r} at line {code.count(chr(10), 0, k) + 1}"
    return f"{len(st)} brackets not closed" if st else None


CS_TAGS = {"summary", "remarks", "para", "see", "seealso", "param", "typeparam", "returns", "exception", "c", "code",
           "list", "item", "description", "term", "example", "paramref", "typeparamref", "value", "inheritdoc"}


def check_csharp(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Visual Studio writes one)")
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    s = raw.lstrip("\ufeff").replace("\r\n", "\n")
    code = strip_code(s, "//")
    if code is None: errors.append(f"{f}: comment not closed"); return
    b = balanced(code)
    if b: errors.append(f"{f}: {b}")
    if not re.search(r"^namespace [\w.]+\n\{", s, re.M): errors.append(f"{f}: no block namespace")
    ls = s.split("\n")
    k = 0
    while k < len(ls):
        if not ls[k].lstrip().startswith("///"): k += 1; continue
        j = k
        while j < len(ls) and ls[j].lstrip().startswith("///"): j += 1
        doc = "\n".join(l.lstrip()[3:] for l in ls[k:j])
        try:
            root = ET.fromstring("<doc>" + doc + "</doc>")
        except ET.ParseError as ex:
            errors.append(f"{f}: line {k + 1}: doc comment not well-formed XML: {ex}"); k = j; continue
        for el in root.iter():
            if el.tag != "doc" and el.tag not in CS_TAGS: errors.append(f"{f}: line {k + 1}: unknown doc tag <{el.tag}>")
            if el.tag == "see" and not (el.get("href") or el.get("cref") or el.get("langword")): errors.append(f"{f}: line {k + 1}: <see> without href/cref")
        nxt = "\n".join(ls[j:j + 4])
        while ls[j:j + 1] and ls[j].strip().startswith("["): j += 1
        decl = ls[j] if j < len(ls) else ""
        if not re.match(r"\s*(?:(?:public|private|protected|internal|static|sealed|readonly|abstract|override|virtual)\s+)*"
                        r"(?:class|struct|enum|interface|[\w<>\[\],. ]+\s+\w+|\w+\s*\(|\w+,?$)", decl):
            errors.append(f"{f}: line {k + 1}: doc comment not followed by a declaration ({decl.strip()[:40]!r})")
        params = [p.get("name") for p in root.iter("param")]
        if params:
            sig = decl.split("(", 1)[1].split(")", 1)[0] if "(" in decl else ""
            names = re.findall(r"(\w+)\s*(?:=[^,]*)?(?:,|$)", sig)
            for p in params:
                if p not in names: errors.append(f"{f}: line {k + 1}: <param name=\"{p}\"> not in {decl.strip()[:50]!r}")
        for tp in root.iter("typeparam"):
            if f"<{tp.get('name')}>" not in decl: errors.append(f"{f}: line {k + 1}: typeparam {tp.get('name')} not declared")
        k = j


def check_fish(f, raw):
    lf_final(f, raw)
    prev, state = 0, None
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        if l.startswith("- cmd: "):
            if state == "cmd": errors.append(f"{f}: line {k}: previous record without when:")
            cmd = l[7:]
            if re.search(r"\\(?![\\n])", re.sub(r"\\\\", "", cmd)): errors.append(f"{f}: line {k}: backslash not escaped as fish writes it")
            state = "cmd"; continue
        m = re.fullmatch(r"  when: (\d+)", l)
        if m:
            if state != "cmd": errors.append(f"{f}: line {k}: when: not after cmd:")
            t = int(m.group(1))
            if t < prev: errors.append(f"{f}: line {k}: time goes backwards")
            prev, state = t, "when"; continue
        if l == "  paths:":
            if state != "when": errors.append(f"{f}: line {k}: paths: not after when:")
            state = "paths"; continue
        if l.startswith("    - ") and state in ("paths", "path"):
            state = "path"; continue
        errors.append(f"{f}: line {k}: not fish_history grammar: {l[:40]!r}")
    if state == "cmd": errors.append(f"{f}: last record without when:")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


DUCK_TYPES = {"int16", "int32", "int64", "varchar", "date", "boolean", "double", "timestamp"}


def check_duckdb(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not re.fullmatch(r"v\d+\.\d+\.\d+ [0-9a-f]{10}", ls[1] if len(ls) > 1 else "") or ls[2:3] != ['Enter ".help" for usage hints.']:
        errors.append(f"{f}: no DuckDB banner")
    k = 0
    while k < len(ls):
        l = ls[k]
        if l.startswith("┌"):
            j = k
            while j < len(ls) and not ls[j].startswith("└"): j += 1
            box = ls[k:j + 1]
            if len({dw(x) for x in box}) != 1: errors.append(f"{f}: line {k + 1}: box lines of different widths")
            cols = [i for i, c in enumerate(ls[k]) if c in "┬"]
            for x in box[1:]:
                if x.startswith("│") and not x.startswith("│ ") and "┴" not in box[box.index(x) - 1]: errors.append(f"{f}: line {k + 1}: cell without padding")
            if len(box) < 5: errors.append(f"{f}: line {k + 1}: box without header / type rows")
            else:
                types = [t.strip() for t in box[2].strip("│").split("│")]
                for t in types:
                    if t not in DUCK_TYPES: errors.append(f"{f}: line {k + 3}: unknown type {t!r}")
                if not box[3].startswith("├"): errors.append(f"{f}: line {k + 4}: no rule under the type row")
                ncols = len(types)
                for x in box[4:-1]:
                    if x.startswith("│") and "┴" not in box[3] and len(x.strip("│").split("│")) != ncols: errors.append(f"{f}: box row with a wrong cell count")
                    for cell in x.strip("│").split("│"):
                        if "…" in cell.rstrip()[:-1]: errors.append(f"{f}: '…' inside a cell, not at its cut")
            k = j + 1; continue
        if re.fullmatch(r" *\w+ = .*", l):
            j = k
            while j < len(ls) and re.fullmatch(r" *\w+ = .*", ls[j]): j += 1
            if len({x.index(" = ") for x in ls[k:j]}) != 1: errors.append(f"{f}: line {k + 1}: line-mode names not right-aligned")
            k = j; continue
        if l.startswith("|"):
            if len(l.split("|")) != len(ls[k - 1].split("|")) and ls[k - 1].startswith("|"): errors.append(f"{f}: line {k + 1}: markdown row with a wrong cell count")
        elif not (l.startswith(("D ", "· ", "$ ")) or l == "" or k < 3 or l.startswith("papers")):
            errors.append(f"{f}: line {k + 1}: stray line {l[:40]!r}")
        k += 1


VOID = {"meta", "link", "input", "br", "img", "hr"}


def check_svelte(f, raw):
    lf_final(f, raw)
    if len(re.findall(r"^<script\b", raw, re.M)) != 1 or len(re.findall(r"^<style\b", raw, re.M)) != 1: errors.append(f"{f}: not one <script> and one <style>")
    m = re.search(r"<script[^>]*>(.*?)</script>", raw, re.S)
    if m:
        b = balanced(strip_code(m.group(1), "//") or "")
        if b: errors.append(f"{f}: script: {b}")
    markup = re.sub(r"<script[^>]*>.*?</script>|<style>.*?</style>", "", raw, flags=re.S)
    st = []
    for m in re.finditer(r"\{([#:/])(\w+)[^}]*\}", markup):
        kind, name = m.group(1), m.group(2)
        if kind == "#": st.append(name)
        elif kind == ":":
            if not st or (name == "else" and st[-1] not in ("if", "each", "await")): errors.append(f"{f}: {{:{name}}} outside a block")
        elif not st or st.pop() != name: errors.append(f"{f}: {{/{name}}} does not close the open block")
    if st: errors.append(f"{f}: blocks not closed: {st}")
    tags = []
    for m in re.finditer(r"<(/?)([a-zA-Z][\w:.-]*)((?:[^>{}]|\{[^}]*\})*?)(/?)>", markup):
        close, name, selfc = m.group(1), m.group(2), m.group(4)
        if name.lower() in VOID or selfc: continue
        if not close: tags.append(name)
        elif not tags or tags.pop() != name: errors.append(f"{f}: </{name}> does not close the open element"); break
    if tags: errors.append(f"{f}: elements not closed: {tags}")


def check_mlflow(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, indent=2): errors.append(f"{f}: not MLflow's message_to_json layout (indent 2, \\u escapes, no final newline)")
    if list(d) != ["runs", "next_page_token"]: errors.append(f"{f}: top-level keys {list(d)}")
    try:
        json.loads(base64.b64decode(d.get("next_page_token", "")))
    except Exception:
        errors.append(f"{f}: next_page_token not base64 JSON")
    prev = None
    for r in d.get("runs", []):
        i, dt = r.get("info", {}), r.get("data", {})
        rid = i.get("run_id")
        if not re.fullmatch(r"[0-9a-f]{32}", rid or "") or i.get("run_uuid") != rid: errors.append(f"{f}: run {rid}: bad run_id / run_uuid")
        if not (i.get("artifact_uri") or "").endswith(f"/{i.get('experiment_id')}/{rid}/artifacts"): errors.append(f"{f}: run {rid}: artifact_uri")
        if i.get("status") not in ("RUNNING", "FINISHED", "FAILED", "KILLED", "SCHEDULED"): errors.append(f"{f}: run {rid}: status")
        if ("end_time" in i) == (i.get("status") == "RUNNING"): errors.append(f"{f}: run {rid}: end_time present/absent against status")
        if "end_time" in i and i["end_time"] < i["start_time"]: errors.append(f"{f}: run {rid}: ends before it starts")
        if prev is not None and i.get("start_time", 0) > prev: errors.append(f"{f}: runs not newest first")
        prev = i.get("start_time", 0)
        tags = {t["key"]: t["value"] for t in dt.get("tags", [])}
        if tags.get("mlflow.runName") != i.get("run_name") or tags.get("mlflow.user") != i.get("user_id"): errors.append(f"{f}: run {rid}: runName / user tags disagree with info")
        for m in dt.get("metrics", []):
            if set(m) != {"key", "value", "timestamp", "step"} or m["timestamp"] < i.get("start_time", 0): errors.append(f"{f}: run {rid}: bad metric {m.get('key')}")
        for p in dt.get("params", []):
            if not isinstance(p.get("value"), str): errors.append(f"{f}: run {rid}: param not a string")
        if r.get("inputs") != {}: errors.append(f"{f}: run {rid}: inputs")


def check_swift(f, raw):
    lf_final(f, raw)
    if not raw.startswith("//\n//  ") or not re.search(r"^//  Created by .+ on \d{1,2}/\d{1,2}/\d\d\.$", raw, re.M): errors.append(f"{f}: no Xcode file header")
    code = strip_code(raw, "//", quotes='"')
    if code is None: errors.append(f"{f}: comment not closed"); return
    b = balanced(code)
    if b: errors.append(f"{f}: {b}")
    ifs = len(re.findall(r"^#if ", raw, re.M))
    if ifs != len(re.findall(r"^#endif$", raw, re.M)): errors.append(f"{f}: #if / #endif unbalanced")
    ls = raw.split("\n")
    k = 0
    while k < len(ls):
        if not ls[k].lstrip().startswith("///"): k += 1; continue
        j = k
        while j < len(ls) and ls[j].lstrip().startswith("///"): j += 1
        doc = [l.lstrip()[3:] for l in ls[k:j]]
        txt = "\n".join(doc)
        if txt.count("```") % 2: errors.append(f"{f}: line {k + 1}: code fence not closed")
        for m in re.finditer(r"\[([^\]]*)\]\(([^)\s]*)\)", txt):
            if not re.match(r"https?://", m.group(2)): errors.append(f"{f}: line {k + 1}: Markdown link to {m.group(2)!r}")
        if re.search(r"(?<!`)``(?!`)[^`]*$", txt.split("\n")[0]): errors.append(f"{f}: line {k + 1}: symbol link not closed")
        decl = ls[j].strip() if j < len(ls) else ""
        while decl.startswith("@") and j + 1 < len(ls): j += 1; decl = ls[j].strip()
        if not re.match(r"(?:(?:public|internal|private|fileprivate|open|static|mutating|final)\s+)*(?:struct|enum|class|protocol|extension|func|init|let|var|case)\b", decl):
            errors.append(f"{f}: line {k + 1}: doc comment not followed by a declaration ({decl[:40]!r})")
        names = re.findall(r"^\s*- Parameter (\w+):", txt, re.M) + re.findall(r"^ {2,}- (\w+):", txt, re.M)
        if names:
            if "(" not in decl: errors.append(f"{f}: line {k + 1}: parameters documented on {decl[:30]!r}, which takes none")
            else:
                sig = decl.split("(", 1)[1].rsplit(")", 1)[0]
                labels = set(re.findall(r"(\w+)(?:\s+\w+)?\s*:", sig))
                for n_ in names:
                    if n_ not in labels: errors.append(f"{f}: line {k + 1}: parameter {n_} not in {decl[:50]!r}")
        for cal in re.findall(r"^\s*- (\w+):", txt, re.M):
            if cal[0].isupper() and cal not in ("Parameters", "Parameter", "Returns", "Throws", "Note", "Important", "Warning", "SeeAlso", "Precondition", "Complexity"):
                errors.append(f"{f}: line {k + 1}: unknown callout - {cal}:")
        k = j


PUSH = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def check_firebase(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, ensure_ascii=False, sort_keys=True, separators=(",", ":")): errors.append(f"{f}: not the console export layout (one line, sorted keys, compact, raw UTF-8)")

    def walk(v, path):
        if v is None: errors.append(f"{f}: null at {path} (Firebase stores no nulls)")
        if isinstance(v, dict):
            for k, x in v.items():
                if re.search(r"[.$#\[\]/]", k): errors.append(f"{f}: illegal key {k!r}")
                walk(x, path + "/" + k)
        if isinstance(v, list): [walk(x, path + "/" + str(i)) for i, x in enumerate(v)]
    walk(d, "")
    users = set(d.get("users", {}))
    for g, items in d.get("items", {}).items():
        sess = d.get("sessions", {}).get(g, {})
        for pid, it in items.items():
            if len(pid) != 20 or any(c not in PUSH for c in pid): errors.append(f"{f}: {pid}: not a push ID"); continue
            t = 0
            for c in pid[:8]: t = t * 64 + PUSH.index(c)
            if t != it.get("createdAt"): errors.append(f"{f}: {pid}: push-ID time {t} != createdAt {it.get('createdAt')}")
            if it.get("addedBy") not in users: errors.append(f"{f}: {pid}: addedBy not a user")
            if "session" in it and it["session"] not in sess: errors.append(f"{f}: {pid}: session {it['session']} not defined")
            for u in it.get("votes", {}):
                if u not in users: errors.append(f"{f}: {pid}: vote by unknown user")


def check_hashnode(f, raw):
    lf_final(f, raw)
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, ensure_ascii=False, indent=2) + "\n": errors.append(f"{f}: not the playground layout (indent 2, raw UTF-8, final newline)")
    pub = (d.get("data") or {}).get("publication") or {}
    posts = pub.get("posts", {})
    edges = posts.get("edges", [])
    if not edges or list(posts) != ["edges", "pageInfo"]: errors.append(f"{f}: no posts.edges / pageInfo"); return
    if posts["pageInfo"].get("endCursor") != edges[-1].get("cursor"): errors.append(f"{f}: pageInfo.endCursor is not the last cursor")
    prev = None
    for e in edges:
        nd = e.get("node", {})
        i = nd.get("id", "")
        if list(e) != ["node", "cursor"]: errors.append(f"{f}: edge keys {list(e)}")
        if not re.fullmatch(r"[0-9a-f]{24}", i): errors.append(f"{f}: {i}: not an ObjectId"); continue
        try:
            pubd = datetime.datetime.strptime(nd.get("publishedAt", ""), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            errors.append(f"{f}: {i}: bad publishedAt"); continue
        if int(i[:8], 16) > pubd.timestamp(): errors.append(f"{f}: {i}: created (ObjectId time) after publishedAt")
        if prev and pubd > prev: errors.append(f"{f}: posts not newest first")
        prev = pubd
        if nd.get("url") != pub.get("url", "") + "/" + nd.get("slug", ""): errors.append(f"{f}: {i}: url is not publication url + slug")
        if not isinstance(nd.get("readTimeInMinutes"), int): errors.append(f"{f}: {i}: readTimeInMinutes")
        for m in re.finditer(r"!\[[^\]]*\]\(([^)]*)\)", (nd.get("content") or {}).get("markdown", "")):
            if not re.fullmatch(r"https://cdn\.hashnode\.com/\S+ align=\"(center|left|right)\"", m.group(1)): errors.append(f"{f}: {i}: image not in Hashnode's form")
        try:
            if not base64.b64decode(e.get("cursor", "")).decode().startswith(i + "_"): errors.append(f"{f}: {i}: cursor does not encode the node")
        except Exception:
            errors.append(f"{f}: {i}: cursor not base64")


def check_cqlsh(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not any(re.fullmatch(r"\[cqlsh [\d.]+ \| Cassandra [\d.]+ \| CQL spec [\d.]+ \| Native protocol v\d\]", l) for l in ls[:5]): errors.append(f"{f}: no cqlsh banner")
    k, expand = 0, False
    while k < len(ls):
        l = ls[k]
        if re.match(r"\w+@cqlsh(:\w+)?> ", l):
            if "EXPAND ON" in l: expand = True
            if "EXPAND OFF" in l: expand = False
            k += 1; continue
        if re.fullmatch(r"-+(\+-+)*", l) and k > 0 and not expand:
            hdr = ls[k - 1]
            cols = [len(x) for x in l.split("+")]
            j = k + 1
            while j < len(ls) and ls[j]: j += 1
            rows = ls[k + 1:j]
            for r in [hdr] + rows:
                cells = r.split(" | ")
                if len(cells) != len(cols) or [len(c) for c in cells] != [cols[0] - 1] + [c - 2 for c in cols[1:]]:
                    errors.append(f"{f}: line {ls.index(r) + 1}: row does not fit the column rule")
                elif any(c != c.rstrip() for c in cells): errors.append(f"{f}: line {ls.index(r) + 1}: value not right-aligned")
            m = re.fullmatch(r"\((\d+) rows\)", ls[j + 1] if j + 1 < len(ls) else "")
            if not m or int(m.group(1)) != len(rows): errors.append(f"{f}: line {k + 1}: row count line wrong")
            k = j + 2; continue
        if l.startswith("@ Row "):
            n_ = int(l[6:])
            j = k + 2
            while j < len(ls) and ls[j]: j += 1
            recs = ls[k + 2:j]
            bar = ls[k + 1].index("+") if "+" in ls[k + 1] else -1
            if bar < 0 or any(r.find(" | ") != bar - 1 for r in recs): errors.append(f"{f}: line {k + 1}: expanded record names not aligned to the rule")
            k = j + 1; continue
        k += 1


SSH_KW = {"hostname", "user", "port", "identityfile", "identitiesonly", "serveraliveinterval", "serveralivecountmax",
          "proxyjump", "controlmaster", "controlpath", "controlpersist", "localforward", "exitonforwardfailure",
          "compression", "ipqos", "hostkeyalgorithms", "pubkeyacceptedalgorithms", "addkeystoagent", "hashknownhosts",
          "forwardagent", "forwardx11", "stricthostkeychecking", "userknownhostsfile"}


def check_sshconfig(f, raw):
    lf_final(f, raw)
    hosts, block, seen = [], None, set()
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        if l.startswith(("Host ", "Match ")):
            block = l; seen = set()
            if l.startswith("Host "): hosts.append(l[5:].strip())
            elif not re.fullmatch(r"Match (?:(?:host|user|exec|originalhost|localuser) (?:!?\S+|!?exec \"[^\"]+\"|\"[^\"]+\") ?)+", l.replace("!exec", "exec")): errors.append(f"{f}: line {k}: bad Match")
            continue
        if l.startswith("Include "):
            if block: errors.append(f"{f}: line {k}: Include inside a block")
            continue
        m = re.fullmatch(r"    (\w+) (\S.*)", l)
        if not m or m.group(1).lower() not in SSH_KW: errors.append(f"{f}: line {k}: not a known keyword line: {l[:40]!r}"); continue
        kw = m.group(1).lower()
        if block is None: errors.append(f"{f}: line {k}: keyword before any Host")
        if kw in seen and kw not in ("localforward", "identityfile"): errors.append(f"{f}: line {k}: {m.group(1)} twice in one block (only the first counts)")
        seen.add(kw)
        if kw == "port" and not m.group(2).isdigit(): errors.append(f"{f}: line {k}: port not numeric")
    if "*" in hosts and hosts[-1] != "*": errors.append(f"{f}: Host * is not the last Host block (first value wins)")


def shape_checks(f, raw, path):
    n = num(f)
    {847: check_csharp, 848: check_fish, 849: check_duckdb, 850: check_svelte, 851: check_mlflow, 852: check_swift,
     853: check_firebase, 854: check_hashnode, 855: check_cqlsh, 856: check_sshconfig}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round82's and round83's, a byte-identical file counted once), and the round82/round83 split (candidates sorted by
# (uses, catalogue title); round83 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P82 = "/work/main/tests/data/digests-round82/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P82): own.add(open(P82, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round82", "digests-round83") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round83 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r82 = set()
if os.path.exists(P82):
    try:
        r82 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P82)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round82/expected.json exists but could not be read (being written?)")
    if r82 & mine: errors.append(f"papers also in round82: {sorted(r82 & mine)}")
shared82 = len(r82 & mine) if os.path.exists(P82) else "(no digests-round82/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round83 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round82: {shared82}; papers in more than one round83 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
