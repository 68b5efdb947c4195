#!/usr/bin/env python3
r"""Checks round117/expected.json against the digests and the shared catalogues.

Adapted from round115/validate.py (the label checks are the same code; the reuse report is round115's with round116 /
round117 in place of round114 / round115: round117 holds the odd positions from 3; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round116's and round117's own (a
digests-round116 / digests-round117 folder, or a file whose bytes equal round116's or round117's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round117 holds the odd positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last
paper; it fails on a paper shared with round116's expected.json (read only, from /work/rounds/digests-round116/ or
/work/main/tests/data/digests-round116/, when it exists), and on a paper in more than one round117 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1187, 1188, 1192, 1195 every JSON string
(\uXXXX undone; 1187 also with Algolia's <em> tags removed); 1193, 1194 every double-quoted string literal, escapes
undone; everything: HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1187 Algolia query answer (compact, raw UTF-8, no final newline; top-level keys in order; nbHits / page / nbPages
from the hits and hitsPerPage; params repeat the query; hit keys title, type, authors, [url|ref], note, addedBy, tags,
objectID, _highlightResult; every _highlightResult re-computed from its attribute and the query; objectIDs unique;
no hit with both url and ref);
1188 Vespa answer (compact, final newline; root toplevel / 1.0; totalCount = children; coverage keys and full;
child id = documentid `id:paperlab:paper::slug`, source, sddocname; field keys in order; relevance descending; ids
unique; no url with arxiv);
1189 logback file (LF, final newline; `yyyy-MM-dd HH:mm:ss.SSS [thread] LEVEL logger - msg`, level padded to 5, logger
within %logger{36} or abbreviated; other lines only as one exception and its `\tat` / `... N common frames omitted`
lines after an ERROR; times not decreasing; sheet rows numbered from 2; the sheet count and the summary re-counted;
title-only rows at WARN);
1190 env_logger stderr (LF, final newline; cargo's Compiling / Finished / Running lines first; then
`[YYYY-MM-DDTHH:MM:SSZ LEVEL target] msg`, level padded to 5, target a module path; times not decreasing; entries
numbered from 1; entry count and the summary re-counted; title-only entries at WARN);
1191 impala-shell session (LF, final newline; command, banner, welcome box; `[host:21050] db> ` prompts; Query echo,
submitted and progress lines; every table re-laid-out by display width (CJK = 2) and compared; Fetched N row(s) =
rows; the count-by-kind query re-computed from the first table; links URL / arXiv:id / NULL; quit; then Goodbye);
1192 Quickwit answer (serde_json pretty, two-space, raw UTF-8, no final newline; keys in order; num_hits ≥ hits ≤ 10;
errors empty; hit keys in order; topic = the query's; timestamps descending; no url with arxiv);
1193 icr session (LF, final newline; `$ icr` … exit; the read_lines result parsed and its inspect layout
re-computed; size, count and the each loop's puts lines and ` => nil` re-computed from it);
1194 inim session (LF, final newline; banner; the seq literal parsed; len, filterIt/mapIt and the for loop's echo
lines re-computed; quit last);
1195 Marqo answer (compact, no final newline; keys in order; hits ≤ limit; hit keys in order; each highlight a
substring of its field; scores descending; _id unique; no url with arxiv);
1196 papertrail-cli output (LF, final newline; `Mon %e HH:MM:SS host program: msg`; one host; programs paper-bot and
systemd; times not decreasing; bot lines with a level; the summary's new / skipped / failed counts re-counted).
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
from urllib.parse import quote, unquote
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


def html_balanced(f, where, s, allowed):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|webcal://|mailto:|/)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def keys_are(f, where, d, want):
    if not isinstance(d, dict) or list(d) != want:
        errors.append(f"{f}: {where}: keys {list(d) if isinstance(d, dict) else type(d).__name__} (want {want})")
        return False
    return True


UUIDRX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")




# ---------------------------------------------------------------- readers (raw text and decoded forms)
import io


def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (1187, 1188, 1192, 1195): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 1187:  # Algolia's highlight values without their <em> tags
        forms.append(re.sub(r"</?em>", "", "\n".join(json_strings(json.loads(raw)))))
    if n in (1193, 1194):  # string literals of the REPL sessions, escapes undone
        forms.append("\n".join(ast.literal_eval(m) for m in re.findall(r'"(?:[^"\\\n]|\\.)*"', raw)))
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
def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


def compact_equal(f, raw, final):
    d = json.loads(raw)
    want = json.dumps(d, ensure_ascii=False, separators=(",", ":")) + ("\n" if final else "")
    if want != raw: errors.append(f"{f}: not compact raw-UTF-8 JSON (spacing, escapes, {'a' if final else 'no'} final newline)")
    return d


def one_ref(f, where, o, url="url", ref="arxiv"):
    if o.get(url) and o.get(ref): errors.append(f"{f}: {where}: both {url} and {ref}")
    if o.get(ref) and not re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", o[ref]): errors.append(f"{f}: {where}: {ref} {o[ref]!r}")


# ---- 1187 Algolia
AL_TOP = ["hits", "nbHits", "page", "nbPages", "hitsPerPage", "exhaustiveNbHits", "exhaustiveTypo", "exhaustive", "query",
          "params", "renderingContent", "processingTimeMS", "processingTimingsMS"]


def check_algolia(f, raw):
    d = compact_equal(f, raw, False)
    if not keys_are(f, "top", d, AL_TOP): return
    hits, q = d["hits"], d["query"]
    if d["nbHits"] != len(hits) or d["page"] != 0 or d["nbPages"] != -(-len(hits) // d["hitsPerPage"]):
        errors.append(f"{f}: nbHits / page / nbPages do not fit {len(hits)} hits")
    if len(hits) > d["hitsPerPage"]: errors.append(f"{f}: more hits than hitsPerPage")
    if not d["params"].startswith("query=" + quote(q) + "&hitsPerPage=" + str(d["hitsPerPage"])): errors.append(f"{f}: params do not repeat the query")
    if d["exhaustive"] != {"nbHits": d["exhaustiveNbHits"], "typo": d["exhaustiveTypo"]}: errors.append(f"{f}: exhaustive flags differ")
    ids = []
    for i, h in enumerate(hits):
        ks = list(h)
        if ks[:3] != ["title", "type", "authors"] or ks[-5:] != ["note", "addedBy", "tags", "objectID", "_highlightResult"] or \
           not set(ks[3:-5]) <= {"url", "ref"}:
            errors.append(f"{f}: hit {i}: keys {ks}"); continue
        ids.append(h["objectID"])
        one_ref(f, f"hit {i}", h, "url", "ref")
        if h["type"] not in ("paper", "blog", "leaderboard"): errors.append(f"{f}: hit {i}: type {h['type']!r}")
        if not isinstance(h["authors"], list): errors.append(f"{f}: hit {i}: authors not a list")
        if list(h["_highlightResult"]) != ["title", "note"]: errors.append(f"{f}: hit {i}: highlighted attributes"); continue
        for a in ("title", "note"):
            v, r = h[a], h["_highlightResult"][a]
            want = {"value": v.replace(q, "<em>" + q + "</em>"), "matchLevel": "full", "fullyHighlighted": False, "matchedWords": [q]} \
                if q in v else {"value": v, "matchLevel": "none", "matchedWords": []}
            if r != want: errors.append(f"{f}: hit {i}: _highlightResult.{a} is not the attribute highlighted")
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate objectIDs")


# ---- 1188 Vespa
def check_vespa(f, raw):
    lf_final(f, raw)
    d = compact_equal(f, raw, True)
    if not keys_are(f, "top", d, ["root"]): return
    r = d["root"]
    if not keys_are(f, "root", r, ["id", "relevance", "fields", "coverage", "children"]): return
    if r["id"] != "toplevel" or r["relevance"] != 1.0: errors.append(f"{f}: root id / relevance")
    ch = r["children"]
    if r["fields"] != {"totalCount": len(ch)}: errors.append(f"{f}: totalCount {r['fields']} != {len(ch)} children")
    cv = r["coverage"]
    if list(cv) != ["coverage", "documents", "full", "nodes", "results", "resultsFull"] or cv["full"] != (cv["coverage"] == 100):
        errors.append(f"{f}: coverage {cv}")
    rel, ids = [], []
    for i, c in enumerate(ch):
        if not keys_are(f, f"child {i}", c, ["id", "relevance", "source", "fields"]): continue
        fl = c["fields"]
        ks = list(fl)
        if ks[:3] != ["sddocname", "documentid", "title"] or ks[-3:] != ["note", "added_by", "week"] or not set(ks[3:-3]) <= {"url", "arxiv"}:
            errors.append(f"{f}: child {i}: field keys {ks}"); continue
        if fl["documentid"] != c["id"] or not re.fullmatch(r"id:paperlab:paper::[a-z0-9-]+", c["id"]): errors.append(f"{f}: child {i}: id {c['id']!r} / documentid")
        if fl["sddocname"] != "paper" or c["source"] != "paperlab_content": errors.append(f"{f}: child {i}: sddocname / source")
        one_ref(f, f"child {i}", fl)
        rel.append(c["relevance"]); ids.append(c["id"])
    if rel != sorted(rel, reverse=True): errors.append(f"{f}: relevance not descending")
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate document ids")


# ---- 1189 logback
LB_LINE = re.compile(r"2024-04-19 (\d\d:\d\d:\d\d\.\d{3}) \[([\w-]+)\] (TRACE|DEBUG|INFO |WARN |ERROR) ([\w.$]+) - (.*)")


def check_logback(f, raw):
    lf_final(f, raw)
    times, body, prev, in_trace = [], [], None, False
    for i, l in enumerate(raw.rstrip("\n").split("\n"), 1):
        m = LB_LINE.fullmatch(l)
        if m:
            t, th, lv, lg, msg = m.groups()
            if len(lg) > 36 and not re.fullmatch(r"(?:\w\.)+\w+", lg): errors.append(f"{f}: line {i}: logger {lg} longer than %logger{{36}}")
            times.append(t); body.append((lv.strip(), msg)); prev = lv.strip(); in_trace = False
            continue
        if prev == "ERROR" and not in_trace and re.fullmatch(r"[\w.]+(?:Exception|Error)(?:: .*)?", l): in_trace = True; continue
        if in_trace and re.fullmatch(r"\tat [\w.$/<>-]+\([\w.]+:\d+\)|\t\.\.\. \d+ (?:common frames omitted|more)", l): continue
        errors.append(f"{f}: line {i}: not a logback line: {l[:60]!r}")
    ascending(f, "time", times)
    rows = [int(x) for lv, m in body for x in re.findall(r"^Linha (\d+) ", m)]
    if rows != list(range(2, 2 + len(rows))): errors.append(f"{f}: sheet rows {rows} not numbered from 2")
    tot = next((int(x) for lv, m in body for x in re.findall(r"^(\d+) linhas lidas da planilha$", m)), None)
    if tot != len(rows): errors.append(f"{f}: sheet count {tot} != {len(rows)} rows logged")
    link = sum(1 for lv, m in body if re.match(r"Linha \d+ artigo ", m))
    only = sum(1 for lv, m in body if "mantendo só o título" in m)
    skip = sum(1 for lv, m in body if "(não é artigo)" in m)
    if any("mantendo só o título" in m and lv != "WARN" for lv, m in body): errors.append(f"{f}: a title-only row not at WARN")
    s = next((re.fullmatch(r"Concluído: (\d+) artigos \((\d+) com link ou identificador, (\d+) só com título\), (\d+) linhas ignoradas", m) for lv, m in body if m.startswith("Concluído:")), None)
    if not s: errors.append(f"{f}: no summary line"); return
    if tuple(map(int, s.groups())) != (link + only, link, only, skip): errors.append(f"{f}: summary {s.groups()} != counted {(link + only, link, only, skip)}")


# ---- 1190 env_logger
EL_LINE = re.compile(r"\[(2024-05-08T\d\d:\d\d:\d\dZ) (TRACE|DEBUG|INFO |WARN |ERROR) (lesekreis_digest(?:::\w+)*)\] (.*)")
CARGO = [re.compile(r"   Compiling lesekreis-digest v[\d.]+ \(/[\w/.-]+\)"),
         re.compile(r"    Finished `release` profile \[optimized\] target\(s\) in \d+\.\d\ds"),
         re.compile(r"     Running `target/release/lesekreis-digest[^`]*`")]


def check_envlogger(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    for i, rx in enumerate(CARGO):
        if len(L) <= i or not rx.fullmatch(L[i]): errors.append(f"{f}: line {i + 1}: not cargo's status line")
    times, body = [], []
    for i, l in enumerate(L[3:], 4):
        m = EL_LINE.fullmatch(l)
        if not m: errors.append(f"{f}: line {i}: not an env_logger line: {l[:60]!r}"); continue
        times.append(m.group(1)); body.append((m.group(2).strip(), m.group(4)))
    ascending(f, "time", times)
    n = [int(x) for lv, m in body for x in re.findall(r"^Eintrag (\d+)\b", m)]
    if n != list(range(1, len(n) + 1)): errors.append(f"{f}: entries {n} not numbered from 1")
    tot = next((int(x) for lv, m in body for x in re.findall(r"^(\d+) Einträge gelesen", m)), None)
    if tot != len(n): errors.append(f"{f}: entry count {tot} != {len(n)}")
    link = sum(1 for lv, m in body if re.match(r'Eintrag \d+: "', m))
    only = sum(1 for lv, m in body if "nur Titel" in m and m.startswith("Eintrag"))
    skip = sum(1 for lv, m in body if "übersprungen (kein Paper)" in m)
    if any("nur Titel" in m and m.startswith("Eintrag") and lv != "WARN" for lv, m in body): errors.append(f"{f}: a title-only entry not at WARN")
    s = next((re.fullmatch(r"fertig: (\d+) Paper \((\d+) mit Link oder ID, (\d+) nur Titel\), (\d+) übersprungen", m) for lv, m in body if m.startswith("fertig:")), None)
    if not s: errors.append(f"{f}: no summary line"); return
    if tuple(map(int, s.groups())) != (link + only, link, only, skip): errors.append(f"{f}: summary {s.groups()} != counted {(link + only, link, only, skip)}")


# ---- 1191 impala-shell
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_impala(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    m = re.fullmatch(r"\$ impala-shell -i ([\w.-]+) -d (\w+)", L[0])
    if not m: errors.append(f"{f}: first line is not the impala-shell command"); return
    host, db = m.groups()
    if L[1:5] != ["Starting Impala Shell with no authentication using Python 3.8.10", f"Opened TCP connection to {host}:21050",
                  f"Connected to {host}:21050", L[4]] or not L[4].startswith("Server version: impalad version "):
        errors.append(f"{f}: banner lines")
    if L[5] != "*" * 83 or L[10] != "*" * 83 or L[6] != "Welcome to the Impala shell.": errors.append(f"{f}: welcome box")
    P = f"[{host}:21050] {db}> "
    i, nq = 11, 0
    while i < len(L):
        l = L[i]
        if not l.startswith(P): errors.append(f"{f}: line {i + 1}: expected a prompt: {l[:60]!r}"); return
        sql = l[len(P):]
        if sql == "quit;":
            if L[i + 1:] != ["Goodbye " + L[i + 1][8:]] or not re.fullmatch(r"Goodbye \w+", L[i + 1] if i + 1 < len(L) else ""): errors.append(f"{f}: quit not followed by Goodbye only")
            break
        nq += 1
        if not sql.endswith(";") or L[i + 1] != "Query: " + sql[:-1]: errors.append(f"{f}: line {i + 2}: Query echo")
        if not re.fullmatch(rf"Query submitted at: 2024-\d\d-\d\d \d\d:\d\d:\d\d \(Coordinator: http://{re.escape(host)}:25000\)", L[i + 2]): errors.append(f"{f}: line {i + 3}: submitted line")
        if not re.fullmatch(rf"Query progress can be monitored at: http://{re.escape(host)}:25000/query_plan\?query_id=[0-9a-f]{{16}}:[0-9a-f]{{16}}", L[i + 3]): errors.append(f"{f}: line {i + 4}: progress line")
        j = i + 4
        tab = []
        while j < len(L) and (L[j].startswith("+") or L[j].startswith("|")): tab.append(L[j]); j += 1
        if len(tab) < 4 or tab[0] != tab[2] or tab[0] != tab[-1]: errors.append(f"{f}: line {i + 5}: table frame"); return
        cells = [[c.strip() for c in r[2:-2].split(" | ")] for r in tab if r.startswith("|")]
        ws = [max(dwidth(x) for x in col) for col in zip(*cells)]
        rebuilt = ["+" + "+".join("-" * (n + 2) for n in ws) + "+"]
        line = lambda r: "| " + " | ".join(x + " " * (n - dwidth(x)) for x, n in zip(r, ws)) + " |"
        rebuilt = [rebuilt[0], line(cells[0]), rebuilt[0]] + [line(r) for r in cells[1:]] + [rebuilt[0]]
        if rebuilt != tab: errors.append(f"{f}: query {nq}: table not laid out as impala-shell pads it (display width)")
        if not re.fullmatch(rf"Fetched {len(cells) - 1} row\(s\) in \d+\.\d\ds", L[j] if j < len(L) else ""): errors.append(f"{f}: query {nq}: Fetched line != {len(cells) - 1} rows")
        if nq == 1: first = cells
        if nq == 2 and first:
            want = sorted(Counter(r[first[0].index("kind")] for r in first[1:]).items())
            if [(a, int(b)) for a, b in cells[1:]] != want: errors.append(f"{f}: count by kind {cells[1:]} != {want}")
        if nq == 1:
            li = cells[0].index("link")
            for r in cells[1:]:
                if r[li] != "NULL" and not re.fullmatch(r"https?://\S+|arXiv:\d{4}\.\d{4,5}", r[li]): errors.append(f"{f}: link {r[li]!r}")
        i = j + 1
    else:
        errors.append(f"{f}: no quit;")


# ---- 1192 Quickwit
def check_quickwit(f, raw):
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=2) != raw: errors.append(f"{f}: not serde_json's pretty form (two-space, raw UTF-8, no final newline)")
    if not keys_are(f, "top", d, ["num_hits", "hits", "elapsed_time_micros", "errors"]): return
    if d["num_hits"] < len(d["hits"]) or len(d["hits"]) > 10: errors.append(f"{f}: num_hits {d['num_hits']} / {len(d['hits'])} hits (max_hits 10)")
    if d["errors"] != []: errors.append(f"{f}: errors not empty")
    ts = []
    for i, h in enumerate(d["hits"]):
        ks = list(h)
        if ks[:2] != ["timestamp", "title"] or ks[-4:] != ["kind", "topic", "note", "author"] or not set(ks[2:-4]) <= {"url", "arxiv"}:
            errors.append(f"{f}: hit {i}: keys {ks}"); continue
        if h["topic"] != "diffusion": errors.append(f"{f}: hit {i}: topic {h['topic']!r} does not match the query")
        if h["kind"] not in ("paper", "repo", "course"): errors.append(f"{f}: hit {i}: kind {h['kind']!r}")
        one_ref(f, f"hit {i}", h)
        ts.append(h["timestamp"])
    if ts != sorted(ts, reverse=True): errors.append(f"{f}: hits not newest first (sort_by=-timestamp)")


# ---- 1193 icr
def check_icr(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    P = "icr(1.11.2) > "
    if L[0] != "$ icr" or L[-1] != P + "exit": errors.append(f"{f}: not `$ icr` … `exit`"); return
    try:
        rows = ast.literal_eval(L[2][4:]) if L[1].startswith(P + "papers = ") and L[2].startswith(" => [") else None
    except (ValueError, SyntaxError):
        rows = None
    if not rows or not all(isinstance(r, list) and len(r) == 3 for r in rows): errors.append(f"{f}: the read_lines result is not parsed"); return
    if "[" + ", ".join("[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in r) + "]" for r in rows) + "]" != L[2][4:]:
        errors.append(f"{f}: Array#inspect layout")
    want = [P + "papers.size", f" => {len(rows)}", P + "papers.count { |p| p[1].empty? }", f" => {sum(1 for r in rows if not r[1])}"]
    if L[3:7] != want: errors.append(f"{f}: size / count results")
    if not L[7].startswith(P + "papers.each "): errors.append(f"{f}: no each"); return
    m = re.search(r'"\(([^"]+)\)"', L[7])
    lines = [f"{t} — {l if l else '(' + m.group(1) + ')'}" for t, l, n in rows] if m else []
    if L[8:-1] != lines + [" => nil"]: errors.append(f"{f}: the each loop's output is not the rows' puts")
    for t, l, n in rows:
        if l and not re.fullmatch(r"https?://\S+|arXiv:\d{4}\.\d{4,5}", l): errors.append(f"{f}: link field {l!r}")


# ---- 1194 inim
def check_inim(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if L[:3] != ["$ inim", "👑 INim 0.6.1", L[2]] or not re.fullmatch(r"Nim Compiler Version \d+\.\d+\.\d+ \[Linux: amd64\]", L[2]):
        errors.append(f"{f}: inim's banner"); return
    if L[-1] != "nim> quit": errors.append(f"{f}: quit is not last")
    try:
        s = L.index("nim> let liste: seq[Makale] = @[")
        e = L.index(".... ]", s)
    except ValueError:
        errors.append(f"{f}: no seq literal"); return
    rows = []
    for l in L[s + 1:e]:
        if not (l.startswith("....   (") and l.endswith("),")): errors.append(f"{f}: seq line {l[:40]!r}"); continue
        try: rows.append(ast.literal_eval(l[7:-1]))
        except (ValueError, SyntaxError): errors.append(f"{f}: tuple not parsed: {l[:40]!r}")
    want = ["nim> liste.len", f"{len(rows)} == type int", 'nim> liste.filterIt(it.baglanti == "").mapIt(it.baslik)',
            "@[" + ", ".join(json.dumps(r[0], ensure_ascii=False) for r in rows if not r[1]) + "] == type seq[string]",
            "nim> for m in liste:", '....   if m.baglanti.startsWith("https://"): echo m.baslik, " -> ", m.baglanti', ".... "]
    if L[e + 1:e + 8] != want: errors.append(f"{f}: len / filterIt / loop lines not computed from the seq")
    if L[e + 8:-1] != [f"{t} -> {l}" for t, l, n in rows if l.startswith("https://")]: errors.append(f"{f}: the loop's echo lines")
    for l in L[3:s]:
        if not l.startswith("nim> "): errors.append(f"{f}: {l[:40]!r} before the seq")
    for t, l, n in rows:
        if l and not re.fullmatch(r"https?://\S+|arXiv:\d{4}\.\d{4,5}", l): errors.append(f"{f}: link field {l!r}")


# ---- 1195 Marqo
def check_marqo(f, raw):
    d = compact_equal(f, raw, False)
    if not keys_are(f, "top", d, ["hits", "query", "limit", "offset", "processingTimeMs"]): return
    if len(d["hits"]) > d["limit"] or d["offset"] != 0: errors.append(f"{f}: hits / limit / offset")
    sc, ids = [], []
    for i, h in enumerate(d["hits"]):
        ks = list(h)
        if ks[:1] != ["title"] or ks[-5:] != ["note", "added_by", "_id", "_highlights", "_score"] or not set(ks[1:-5]) <= {"url", "arxiv"}:
            errors.append(f"{f}: hit {i}: keys {ks}"); continue
        one_ref(f, f"hit {i}", h)
        for hl in h["_highlights"]:
            if len(hl) != 1: errors.append(f"{f}: hit {i}: highlight {hl}"); continue
            (k, v), = hl.items()
            if not isinstance(h.get(k), str) or v not in h[k]: errors.append(f"{f}: hit {i}: highlight not a substring of its field {k!r}")
        sc.append(h["_score"]); ids.append(h["_id"])
    if sc != sorted(sc, reverse=True): errors.append(f"{f}: scores not descending")
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate _id")


# ---- 1196 papertrail-cli
PT_LINE = re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d:\d\d:\d\d) ([\w.-]+) ([\w.-]+(?:\[\d+\])?): (.*)")


def check_papertrail(f, raw):
    lf_final(f, raw)
    times, hosts, bot = [], set(), []
    for i, l in enumerate(raw.rstrip("\n").split("\n"), 1):
        m = PT_LINE.fullmatch(l)
        if not m: errors.append(f"{f}: line {i}: not a papertrail-cli line: {l[:60]!r}"); continue
        mon, day, t, host, prog, msg = m.groups()
        if day.startswith("0"): errors.append(f"{f}: line {i}: day zero-padded (%e pads with a space)")
        times.append((day.strip().zfill(2), t)); hosts.add(host)
        if prog not in ("paper-bot", "systemd"): errors.append(f"{f}: line {i}: program {prog!r}")
        if prog == "paper-bot":
            if not re.match(r"\[(DEBUG|INFO|WARNING|ERROR)\] ", msg): errors.append(f"{f}: line {i}: bot line without a level")
            bot.append(msg)
    ascending(f, "time", times)
    if len(hosts) != 1: errors.append(f"{f}: several hosts {hosts}")
    new = sum(int(x) for m in bot for x in re.findall(r"^\[INFO\] ροή [\w-]+: 200 OK, \d+ \w+, (\d+) νέες$", m))
    skipped = sum(1 for m in bot if m.startswith("[INFO] παράλειψη:"))
    failed = sum(1 for m in bot if m.startswith("[WARNING] ροή "))
    s = next((re.match(r"\[INFO\] σύνοψη: (\d+) νέα άρθρα, (\d+) παραλείψεις, (\d+) ροή απέτυχε", m) for m in bot if "σύνοψη" in m), None)
    if not s: errors.append(f"{f}: no summary line"); return
    if tuple(map(int, s.groups())) != (new, skipped, failed): errors.append(f"{f}: summary {s.groups()} != counted {(new, skipped, failed)}")


def shape_checks(f, raw, path):
    n = num(f)
    {1187: check_algolia, 1188: check_vespa, 1189: check_logback, 1190: check_envlogger, 1191: check_impala,
     1192: check_quickwit, 1193: check_icr, 1194: check_inim, 1195: check_marqo,
     1196: check_papertrail}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round116's and round117's, a byte-identical file counted once), and the round116/round117 split (candidates sorted by
# (uses, catalogue title); round117 = odd positions from 3 on, one unbroken run; round116 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P116S = ["/work/rounds/digests-round116/expected.json", "/work/main/tests/data/digests-round116/expected.json"]
P116 = next((p for p in P116S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P116S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round116", "digests-round117") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round117 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r116 = set()
if P116:
    try:
        r116 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P116)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P116} exists but could not be read (being written?)")
    if r116 & mine: errors.append(f"papers also in round116: {sorted(r116 & mine)}")
shared116 = len(r116 & mine) if P116 else "(no round116 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round117 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round116: {shared116}; papers in more than one round117 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
