#!/usr/bin/env python3
r"""Checks round67/expected.json against the digests and the shared catalogues.

Adapted from round65/validate.py (the label checks are the same code; the reuse report is round65's with round66 /
round67 in place of round64 / round65: round67 holds the even positions, round66 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round66's and round67's
own (a digests-round66 / digests-round67 folder, or a file whose bytes equal round66's or round67's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round67 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round66/expected.json when that file
exists (read only), and on a paper in more than one round67 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 687 (svn log), 689 (Qt .ts), 690 (Leo), 692 (DITA), 693 (Okular), 695 (DataCite): every XML text node and
    attribute value; 688 (rg --json): the matched / context lines joined; 691 (odoc): \{ \} \[ \] \@ escapes undone;
    694 (Fossil): the wiki text without tags;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 687 svn log --xml -v (head, '<logentry' + '   revision=', path attributes prop-mods / text-mods / kind /
action on their own lines, author / date / paths / msg, revisions consecutive newest first, dates descending with
six fractional digits); 688 rg --json (serde_json compact lines, begin / match|context / end per file, summary last
with sorted keys, line numbers and absolute offsets consistent, submatch byte offsets = text, per-file stats =
bytes printed / matches / matched lines, summary totals, elapsed.human = secs + nanos); 689 Qt Linguist .ts (lupdate
head, ' and " escaped in text, contexts sorted, child order, one location with filename first then relative +n / -n,
vanished without location, numerus forms per language, empty translations unfinished); 690 Leo (head lines, gnx
format unique, one vnode per line, @url headlines, tnodes non-empty, sorted by gnx, each with a vnode); 691 OCaml .mli
(licence box, comments balanced, brackets and sig / end balanced outside comments, odoc braces / [code] balanced,
link and @see targets are URLs, known tags, heading levels); 692 DITA concept (head, 4-space indentation, id /
xml:lang, child order, external xrefs scope / format, unique section ids, simpletable columns, known elements,
critdates); 693 Okular docdata (head, QDom 1-space indentation by depth, pages ascending, base attributes in order,
dates, uniqueName, colour, boundary inside the page, type-specific element, newlines as &#xa;); 694 Fossil wiki
artifact (cards sorted, D / L / U present, D date, L with \s, P hash, N mimetype, W size exact, Z = MD5, wiki tags
and brackets balanced, link targets without spaces); 695 DataCite 4.5 (2-space indentation, mandatory properties,
DOI, controlled lists for relatedIdentifierType / relationType / resourceTypeGeneral / descriptionType, arXiv / URL /
DOI values, relatedItems with titles, dates, only <br/> in descriptions, 'Family, Given'); 696 gnuplot (datablocks
closed and rectangular and numeric, every $block defined, continuations, quotes / parentheses per line, set output
before plot, #! line).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import hashlib, html, json, os, re, sys
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
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def xml_text(raw):
    """every text node and attribute value of an XML digest"""
    root = ET.fromstring(raw.encode("utf-8"))
    out = []
    for el in root.iter():
        out += list(el.attrib.values())
        if el.text: out.append(el.text)
        if el.tail: out.append(el.tail)
    return "\n".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (687, 689, 690, 692, 693, 695):
        forms.append(xml_text(raw))
    if n == 688:
        forms.append("".join(json.loads(l)["data"].get("lines", {}).get("text", "") for l in raw.split("\n") if l))
    if n == 691:
        forms.append(re.sub(r"\\([{}\[\]@])", r"\1", raw))
    if n == 694:
        forms.append(re.sub(r"<[^>]+>", "", raw))
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
def parse_xml(f, raw):
    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}")


def check_svn(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<log>\n<logentry\n   revision="'): errors.append(f"{f}: not svn log --xml's head")
    if not raw.endswith("</logentry>\n</log>\n"): errors.append(f"{f}: not closed by </logentry> </log>")
    if "'" in "".join(re.findall(r"<[^>]*>", raw)): errors.append(f"{f}: single quotes in a tag")
    root = parse_xml(f, raw)
    if root is None: return
    if len(re.findall(r"^<logentry$", raw, re.M)) != len(re.findall(r"^   revision=\"\d+\">$", raw, re.M)) or len(root) != len(re.findall(r"^<logentry$", raw, re.M)):
        errors.append(f"{f}: logentry not written as '<logentry' + '   revision=\"N\">'")
    for m in re.finditer(r"^<path\n(.*?)>", raw, re.M | re.S):
        names = re.findall(r'^   ([\w-]+)="[^"]*"$', m.group(1), re.M)
        if names != ["prop-mods", "text-mods", "kind", "action"]: errors.append(f"{f}: path attributes {names} (svn writes prop-mods, text-mods, kind, action on their own lines)")
    prev_r = prev_d = None
    for le in root:
        if le.tag != "logentry": errors.append(f"{f}: <{le.tag}> in <log>"); continue
        kids = [c.tag for c in le]
        if kids != ["author", "date", "paths", "msg"]: errors.append(f"{f}: r{le.get('revision')} children {kids}")
        r, d = int(le.get("revision", "0")), le.findtext("date") or ""
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", d): errors.append(f"{f}: r{r} date {d!r}")
        if prev_r is not None and (r != prev_r - 1 or d > prev_d): errors.append(f"{f}: r{r} not newest-first (revision / date)")
        prev_r, prev_d = r, d
        for p in le.iter("path"):
            if p.get("action") not in ("A", "M", "D", "R") or p.get("kind") not in ("file", "dir") or p.get("text-mods") not in ("true", "false") or p.get("prop-mods") not in ("true", "false"):
                errors.append(f"{f}: r{r} path attributes")
            if not (p.text or "").startswith("/"): errors.append(f"{f}: r{r} path {p.text!r} not absolute")
            if p.get("kind") == "dir" and p.get("text-mods") != "false": errors.append(f"{f}: r{r} dir with text-mods")


def rg_dumps(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def rg_elapsed_ok(e):
    return isinstance(e, dict) and e.get("human") == f"{(e['secs'] * 10**9 + e['nanos']) / 1e9:.6f}s" and 0 <= e["nanos"] < 10**9


def check_rg(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    objs = []
    for k, l in enumerate(ls):
        try:
            o = json.loads(l)
        except ValueError:
            errors.append(f"{f}: line {k + 1} not JSON"); return
        if rg_dumps(o) != l: errors.append(f"{f}: line {k + 1} not serde_json's compact form")
        objs.append(o)
    if not objs or objs[-1].get("type") != "summary" or list(objs[-1]) != ["data", "type"]: errors.append(f"{f}: last line not the summary (sorted keys)"); return
    tot = Counter(); nfiles = 0; cur = None
    for k, o in enumerate(objs[:-1]):
        t, d = o.get("type"), o.get("data", {})
        if list(o) != ["type", "data"]: errors.append(f"{f}: line {k + 1} keys {list(o)}")
        if t == "begin":
            if cur is not None: errors.append(f"{f}: begin inside a file at line {k + 1}")
            cur = {"path": d["path"]["text"], "printed": len(ls[k].encode()) + 1, "m": 0, "ml": 0, "prev": None}; nfiles += 1
        elif t in ("match", "context"):
            if cur is None or d["path"]["text"] != cur["path"]: errors.append(f"{f}: line {k + 1} outside its file"); continue
            if list(d) != ["path", "lines", "line_number", "absolute_offset", "submatches"]: errors.append(f"{f}: line {k + 1} data keys {list(d)}")
            text = d["lines"]["text"]; b = text.encode()
            if not text.endswith("\n") or "\n" in text[:-1]: errors.append(f"{f}: line {k + 1} lines.text not one line")
            pv = cur["prev"]
            if pv and d["line_number"] <= pv[0]: errors.append(f"{f}: line {k + 1} line numbers not ascending")
            if pv and d["line_number"] == pv[0] + 1 and d["absolute_offset"] != pv[1] + pv[2]: errors.append(f"{f}: line {k + 1} absolute_offset != previous offset + length")
            if pv and d["absolute_offset"] < pv[1] + pv[2]: errors.append(f"{f}: line {k + 1} offset goes back")
            cur["prev"] = (d["line_number"], d["absolute_offset"], len(b))
            subs = d["submatches"]
            if (t == "match") != bool(subs): errors.append(f"{f}: line {k + 1} {t} with {len(subs)} submatches")
            for s in subs:
                if b[s["start"]:s["end"]].decode("utf-8", "replace") != s["match"]["text"]: errors.append(f"{f}: line {k + 1} submatch offsets != text")
            cur["printed"] += len(ls[k].encode()) + 1; cur["m"] += len(subs); cur["ml"] += t == "match"
        elif t == "end":
            if cur is None or d["path"]["text"] != cur["path"]: errors.append(f"{f}: end without its begin"); continue
            st = d["stats"]
            if list(d) != ["path", "binary_offset", "stats"]: errors.append(f"{f}: end keys {list(d)}")
            if (st["bytes_printed"], st["matches"], st["matched_lines"]) != (cur["printed"], cur["m"], cur["ml"]):
                errors.append(f"{f}: stats of {cur['path']} (bytes_printed / matches / matched_lines) do not add up")
            if not rg_elapsed_ok(st["elapsed"]): errors.append(f"{f}: elapsed of {cur['path']}")
            if cur["prev"] and st["bytes_searched"] < cur["prev"][1] + cur["prev"][2]: errors.append(f"{f}: bytes_searched smaller than the last line's end")
            for key in ("bytes_printed", "bytes_searched", "matched_lines", "matches"): tot[key] += st[key]
            cur = None
        else:
            errors.append(f"{f}: line {k + 1} type {t!r}")
    if cur is not None: errors.append(f"{f}: file without end")
    sm = objs[-1]["data"]["stats"]
    if list(sm) != sorted(sm): errors.append(f"{f}: summary stats keys not sorted")
    if sm["searches_with_match"] != nfiles or sm["searches"] < nfiles or any(sm[k] != tot[k] for k in ("bytes_printed", "matched_lines", "matches")) or sm["bytes_searched"] < tot["bytes_searched"]:
        errors.append(f"{f}: summary totals do not add up")
    if not rg_elapsed_ok(objs[-1]["data"]["elapsed_total"]) or not rg_elapsed_ok(sm["elapsed"]): errors.append(f"{f}: summary elapsed")


def check_ts(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="'): errors.append(f"{f}: not lupdate's head")
    if re.search(r">[^<]*['\"][^<]*<", raw): errors.append(f"{f}: raw ' or \" in text (lupdate writes &apos; / &quot;)")
    if re.search(r"^(?!(?:    )*<|</?TS|<!DOCTYPE|<\?xml)(?=.)(?![^<]*</(?:source|translation|translatorcomment|extracomment|comment)>)", raw, re.M) and False: pass
    root = parse_xml(f, raw)
    if root is None: return
    nforms = {"uk_UA": 3, "ru_RU": 3, "pl_PL": 3, "de_DE": 2, "ja_JP": 1}.get(root.get("language"), None)
    names = [c.findtext("name") for c in root.iter("context")]
    if names != sorted(names) or len(set(names)) != len(names): errors.append(f"{f}: contexts not sorted / unique")
    for ctx in root.iter("context"):
        cur = None
        for m in ctx.iter("message"):
            kids = [c.tag for c in m]
            order = ["location", "source", "comment", "extracomment", "translatorcomment", "translation"]
            if [k for k in order if k in kids] != [k for k in kids if k in order] or "source" not in kids or "translation" not in kids:
                errors.append(f"{f}: message children {kids}")
            tr = m.find("translation")
            typ = tr.get("type") if tr is not None else None
            if typ not in (None, "unfinished", "vanished", "obsolete"): errors.append(f"{f}: translation type {typ}")
            locs = m.findall("location")
            if typ in ("vanished", "obsolete"):
                if locs: errors.append(f"{f}: vanished message with a location")
                continue
            if len(locs) != 1: errors.append(f"{f}: message without exactly one location"); continue
            l = locs[0]
            if l.get("filename"):
                if not re.fullmatch(r"\d+", l.get("line", "")): errors.append(f"{f}: absolute location line {l.get('line')!r}")
                cur = l.get("filename")
            else:
                if cur is None: errors.append(f"{f}: relative location before any filename in {ctx.findtext('name')}")
                if not re.fullmatch(r"[+-]\d+", l.get("line", "")): errors.append(f"{f}: relative location line {l.get('line')!r}")
            if m.get("numerus") == "yes":
                nf = tr.findall("numerusform") if tr is not None else []
                if nforms and len(nf) != nforms: errors.append(f"{f}: {len(nf)} numerus forms for {root.get('language')}")
            elif tr is not None and tr.findall("numerusform"): errors.append(f"{f}: numerus forms without numerus=\"yes\"")
            if tr is not None and not (tr.text or tr.findall("numerusform")) and typ != "unfinished": errors.append(f"{f}: empty translation not marked unfinished")


LEO_HEAD = ['<?xml version="1.0" encoding="utf-8"?>', "<!-- Created by Leo: https://leo-editor.github.io/leo-editor/leo_toc.html -->",
            '<leo_file xmlns:leo="http://leoeditor.com/namespaces/leo-python-editor/1.1" >', '<leo_header file_format="2"/>',
            "<globals/>", "<preferences/>", "<find_panel_settings/>", "<vnodes>"]
GNX = re.compile(r"[\w-]+\.(\d{14})\.(\d+)")
def check_leo(f, raw):
    lf_final(f, raw)
    if raw.split("\n")[:8] != LEO_HEAD: errors.append(f"{f}: not Leo 6's head")
    root = parse_xml(f, raw)
    if root is None: return
    vs = list(root.find("vnodes").iter("v"))
    gnxs = [v.get("t") for v in vs]
    if len(set(gnxs)) != len(gnxs): errors.append(f"{f}: duplicate vnode gnx")
    for g in gnxs:
        if not GNX.fullmatch(g or ""): errors.append(f"{f}: gnx {g!r}")
    for v in vs:
        if v[0].tag != "vh" if len(v) else True: errors.append(f"{f}: <v> without a leading <vh>")
        if v.get("a") not in (None, "E", "M", "EM"): errors.append(f"{f}: v attribute a={v.get('a')}")
        h = v.findtext("vh") or ""
        if h.startswith("@url ") and not re.fullmatch(r"@url https?://\S+", h): errors.append(f"{f}: bad @url headline {h!r}")
    for l in raw.split("\n"):
        if l.startswith("<v ") and not re.fullmatch(r'<v t="[^"]+"(?: a="\w+")?><vh>[^<]*</vh>(?:</v>)?', l): errors.append(f"{f}: vnode line {l[:60]!r}")
    ts = [t.get("tx") for t in root.find("tnodes")]
    if set(ts) - set(gnxs): errors.append(f"{f}: tnodes without a vnode")
    if len(set(ts)) != len(ts): errors.append(f"{f}: duplicate tnode")
    key = lambda g: (GNX.fullmatch(g).group(1), int(GNX.fullmatch(g).group(2))) if GNX.fullmatch(g or "") else ("", 0)
    if ts != sorted(ts, key=key): errors.append(f"{f}: tnodes not sorted by gnx")
    for t in root.find("tnodes"):
        if not t.text: errors.append(f"{f}: empty tnode {t.get('tx')} (Leo omits empty bodies)")
    if [c.tag for c in root] != ["leo_header", "globals", "preferences", "find_panel_settings", "vnodes", "tnodes"]: errors.append(f"{f}: leo_file children")


def check_mli(f, raw):
    lf_final(f, raw)
    if raw.count("(*") != raw.count("*)"): errors.append(f"{f}: (* *) unbalanced")
    comments = re.findall(r"\(\*\*(?!\*)(.*?)\*\)", raw, re.S)
    code = re.sub(r"\(\*.*?\*\)", "", raw, flags=re.S)
    code = re.sub(r'"(?:\\.|[^"\\])*"', '""', code)
    for a_, b_ in ("()", "[]", "{}"):
        if code.count(a_) != code.count(b_): errors.append(f"{f}: {a_}{b_} unbalanced outside comments")
    if len(re.findall(r"\bsig\b", code)) != len(re.findall(r"\bend\b", code)): errors.append(f"{f}: sig / end unbalanced")
    for c in comments:
        s = re.sub(r"\\.", "", c)
        s = re.sub(r"\{\[.*?\]\}", "", s, flags=re.S)
        if s.count("{") != s.count("}"): errors.append(f"{f}: odoc braces unbalanced in {c.strip()[:50]!r}")
        s2 = re.sub(r"\[[^\[\]]*\]", "", re.sub(r"\[[^\[\]]*\]", "", s))
        if "[" in s2 or "]" in s2: errors.append(f"{f}: odoc [code] unbalanced in {c.strip()[:50]!r}")
        for u in re.findall(r"\{\{:([^}]*)\}", c):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: odoc link target {u!r}")
        for u in re.findall(r"@see <([^>]*)>", c):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: @see target {u!r}")
        for t in re.findall(r"^\s*@(\w+)", c, re.M):
            if t not in ("see", "param", "raise", "since", "return", "author", "deprecated", "before", "version", "canonical"): errors.append(f"{f}: unknown tag @{t}")
        for h in re.findall(r"\{(\d)(?::[\w-]+)? ", s):
            if not 0 <= int(h) <= 5: errors.append(f"{f}: heading level {h}")
    if not raw.startswith("(*****"): errors.append(f"{f}: no licence header box")


def check_dita(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE concept PUBLIC "-//OASIS//DTD DITA Concept//EN" "concept.dtd">\n<concept '):
        errors.append(f"{f}: not a DITA concept's head")
    if re.search(r"^(?!(?:    )*\S)", raw.rstrip("\n"), re.M): errors.append(f"{f}: a line not indented by 4-space steps")
    root = parse_xml(f, raw)
    if root is None: return
    if root.tag != "concept" or not root.get("id") or not root.get("{http://www.w3.org/XML/1998/namespace}lang"): errors.append(f"{f}: concept without id / xml:lang")
    kids = [c.tag for c in root]
    if kids != [k for k in ["title", "shortdesc", "prolog", "conbody", "related-links"] if k in kids] or kids[:1] != ["title"]: errors.append(f"{f}: concept children {kids}")
    ids = [s.get("id") for s in root.iter("section") if s.get("id")]
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate section ids")
    for x in list(root.iter("xref")) + list(root.iter("link")):
        h = x.get("href", "")
        ext = h.startswith(("http://", "https://"))
        if ext != (x.get("scope") == "external") or (ext and x.get("format") != "html"): errors.append(f"{f}: {x.tag} {h} scope / format")
    for st in root.iter("simpletable"):
        n = len(st.find("sthead")) if st.find("sthead") is not None else None
        for r in st.iter("strow"):
            if n is not None and len(r) != n: errors.append(f"{f}: strow with {len(r)} entries for {n} columns")
        if st.get("relcolwidth") and n is not None and len(st.get("relcolwidth").split()) != n: errors.append(f"{f}: relcolwidth")
    allowed = {"concept", "title", "shortdesc", "prolog", "author", "critdates", "created", "revised", "metadata", "keywords", "keyword",
               "conbody", "p", "section", "ul", "ol", "li", "cite", "ph", "xref", "note", "filepath", "simpletable", "sthead", "strow",
               "stentry", "related-links", "link", "linktext", "b", "i", "codeph", "codeblock"}
    for el in root.iter():
        if el.tag not in allowed: errors.append(f"{f}: element <{el.tag}> not in the DITA concept vocabulary used")
    for d in list(root.iter("created")) + list(root.iter("revised")):
        for a in ("date", "modified"):
            if d.get(a) and not re.fullmatch(r"\d{4}-\d\d-\d\d", d.get(a)): errors.append(f"{f}: critdates {a}")


OK_TYPES = {1: "text", 2: "line", 3: "geom", 4: "hl", 5: "stamp", 6: "ink"}
def check_okular(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE documentInfo>\n<documentInfo url="'): errors.append(f"{f}: not Okular docdata's head")
    depth = 0
    for k, l in enumerate(raw.split("\n")[2:-1], 3):
        ind = len(l) - len(l.lstrip(" "))
        if l.lstrip().startswith("</"): depth -= 1
        if ind != depth: errors.append(f"{f}: line {k} indented {ind}, QDom writes {depth}"); break
        if re.match(r"\s*<[^/!?][^>]*[^/]>$", l) and not re.search(r"</\w+>$", l): depth += 1
    root = parse_xml(f, raw)
    if root is None: return
    pl = root.find("pageList")
    nums = [int(p.get("number")) for p in pl] if pl is not None else []
    if nums != sorted(set(nums)): errors.append(f"{f}: pages not ascending / unique")
    uids = set()
    for a in root.iter("annotation"):
        t = int(a.get("type", 0))
        b = a.find("base")
        if b is None: errors.append(f"{f}: annotation without base"); continue
        if list(b.attrib) != sorted(b.attrib): errors.append(f"{f}: base attributes not in QDom's order")
        for d in ("creationDate", "modifyDate"):
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b.get(d, "")): errors.append(f"{f}: {d} {b.get(d)!r}")
        if b.get("modifyDate", "") < b.get("creationDate", ""): errors.append(f"{f}: modified before created")
        u = b.get("uniqueName", "")
        if not re.fullmatch(r"okular-\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}", u) or u in uids: errors.append(f"{f}: uniqueName {u!r}")
        uids.add(u)
        if not re.fullmatch(r"#[0-9a-f]{6}", b.get("color", "")): errors.append(f"{f}: colour {b.get('color')}")
        bd = b.find("boundary")
        try:
            l_, r_, t_, b_ = (float(bd.get(x)) for x in "lrtb")
            if not (0 <= l_ < r_ <= 1 and 0 <= t_ < b_ <= 1): errors.append(f"{f}: boundary outside the page / inverted")
        except (AttributeError, TypeError, ValueError): errors.append(f"{f}: boundary missing")
        want = OK_TYPES.get(t)
        if want is None or a.find(want) is None: errors.append(f"{f}: annotation type {t} without its <{want}> element")
        if t == 1 and b.find("window") is None: errors.append(f"{f}: pop-up note without <window>")
        if t == 4 and not a.findall("hl/quad"): errors.append(f"{f}: highlight without quads")
    if "\n" in "".join(b.get("contents", "") for b in root.iter("base")) and "&#xa;" not in raw: errors.append(f"{f}: newlines in attributes not written as &#xa;")
    if re.search(r'="[^"]*\n', raw): errors.append(f"{f}: raw newline inside an attribute value")


def check_fossil(f, raw):
    data = raw.encode("utf-8")
    m = re.match(rb"((?:[A-VX-Y] [^\n]*\n)*)W (\d+)\n", data)
    if not m: errors.append(f"{f}: no cards before a W card"); return
    cards = [l[:1].decode() for l in m.group(1).split(b"\n") if l]
    if cards != sorted(cards) or len(set(cards)) != len(cards): errors.append(f"{f}: cards {cards} not in Fossil's order")
    for need in ("D", "L", "U"):
        if need not in cards: errors.append(f"{f}: wiki artifact without a {need} card")
    head = m.group(1).decode("utf-8")
    if not re.search(r"^D \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$", head, re.M): errors.append(f"{f}: D card date")
    lc = re.search(r"^L (.*)$", head, re.M)
    if lc and " " in lc.group(1): errors.append(f"{f}: L card with a raw space (Fossil writes \\s)")
    if re.search(r"^P (?![0-9a-f]{40}$|[0-9a-f]{64}$)", head, re.M): errors.append(f"{f}: P card hash")
    if re.search(r"^N (?!text/x-fossil-wiki$|text/x-markdown$|text/plain$)", head, re.M): errors.append(f"{f}: N card mimetype")
    size = int(m.group(2)); start = m.end()
    rest = data[start + size:]
    if rest[:1] != b"\n" or not re.fullmatch(rb"\nZ [0-9a-f]{32}\n", rest): errors.append(f"{f}: W size {size} does not end where the Z card starts"); return
    if hashlib.md5(data[:start + size + 1]).hexdigest() != rest[3:35].decode(): errors.append(f"{f}: Z card != MD5 of the artifact")
    body = data[start:start + size].decode("utf-8", "replace")
    for tag in ("table", "tr", "h1", "h2", "h3", "p", "i", "b", "nowiki"):
        if len(re.findall(rf"<{tag}[ >]", body)) != len(re.findall(rf"</{tag}>", body)): errors.append(f"{f}: <{tag}> unbalanced in the wiki text")
    plain = re.sub(r"<nowiki>.*?</nowiki>", "", body, flags=re.S)
    if plain.count("[") != plain.count("]"): errors.append(f"{f}: [ ] unbalanced in the wiki text")
    for h in re.findall(r"\[(https?://[^\]|]*)(?:\|[^\]]*)?\]", plain):
        if " " in h.strip(): errors.append(f"{f}: hyperlink target with a space {h!r}")


DC = "{http://datacite.org/schema/kernel-4}"
DC_REL = {"IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy", "IsContinuedBy", "Continues", "IsNewVersionOf", "IsPreviousVersionOf",
          "IsPartOf", "HasPart", "IsPublishedIn", "IsReferencedBy", "References", "IsDocumentedBy", "Documents", "IsCompiledBy", "Compiles",
          "IsVariantFormOf", "IsOriginalFormOf", "IsIdenticalTo", "HasMetadata", "IsMetadataFor", "Reviews", "IsReviewedBy", "IsDerivedFrom",
          "IsSourceOf", "Describes", "IsDescribedBy", "HasVersion", "IsVersionOf", "Requires", "IsRequiredBy", "Obsoletes", "IsObsoletedBy", "Collects", "IsCollectedBy"}
DC_IDT = {"ARK", "arXiv", "bibcode", "CSTR", "DOI", "EAN13", "EISSN", "Handle", "IGSN", "ISBN", "ISSN", "ISTC", "LISSN", "LSID", "PMID", "PURL", "RRID", "UPC", "URL", "URN", "w3id"}
DC_RTG = {"Audiovisual", "Book", "BookChapter", "Collection", "ComputationalNotebook", "ConferencePaper", "ConferenceProceeding", "DataPaper",
          "Dataset", "Dissertation", "Event", "Image", "InteractiveResource", "Instrument", "Journal", "JournalArticle", "Model", "OutputManagementPlan",
          "PeerReview", "PhysicalObject", "Preprint", "Report", "Service", "Software", "Sound", "Standard", "StudyRegistration", "Text", "Workflow", "Other"}
def check_datacite(f, raw):
    lf_final(f, raw)
    if re.search(r"^(?!(?:  )*\S)", raw.rstrip("\n"), re.M): errors.append(f"{f}: a line not indented by 2-space steps")
    root = parse_xml(f, raw)
    if root is None: return
    if root.tag != DC + "resource" or "kernel-4.5/metadata.xsd" not in root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", ""): errors.append(f"{f}: not a kernel-4.5 <resource>")
    for need in ("identifier", "creators", "titles", "publisher", "publicationYear", "resourceType"):
        if root.find(DC + need) is None: errors.append(f"{f}: mandatory <{need}> missing")
    idf = root.find(DC + "identifier")
    if idf is None or idf.get("identifierType") != "DOI" or not re.fullmatch(r"10\.\d{4,9}/\S+", idf.text or ""): errors.append(f"{f}: identifier not a DOI")
    if not re.fullmatch(r"\d{4}", root.findtext(DC + "publicationYear") or ""): errors.append(f"{f}: publicationYear")
    if (root.find(DC + "resourceType") is None) or root.find(DC + "resourceType").get("resourceTypeGeneral") not in DC_RTG: errors.append(f"{f}: resourceTypeGeneral")
    for r in root.iter(DC + "relatedIdentifier"):
        t, rel, v = r.get("relatedIdentifierType"), r.get("relationType"), r.text or ""
        if t not in DC_IDT or rel not in DC_REL: errors.append(f"{f}: relatedIdentifier {t} / {rel}")
        if r.get("resourceTypeGeneral") and r.get("resourceTypeGeneral") not in DC_RTG: errors.append(f"{f}: relatedIdentifier resourceTypeGeneral")
        if t == "arXiv" and not re.fullmatch(r"arXiv:\d{4}\.\d{4,5}(v\d+)?", v): errors.append(f"{f}: arXiv identifier {v!r}")
        if t == "URL" and not re.fullmatch(r"https?://\S+", v): errors.append(f"{f}: URL identifier {v!r}")
        if t == "DOI" and not re.fullmatch(r"10\.\d{4,9}/\S+", v): errors.append(f"{f}: DOI identifier {v!r}")
    for it in root.iter(DC + "relatedItem"):
        if it.get("relationType") not in DC_REL or it.get("relatedItemType") not in DC_RTG: errors.append(f"{f}: relatedItem types")
        if it.find(f"{DC}titles/{DC}title") is None: errors.append(f"{f}: relatedItem without a title")
        i = it.find(DC + "relatedItemIdentifier")
        if i is not None and i.get("relatedItemIdentifierType") not in DC_IDT: errors.append(f"{f}: relatedItemIdentifierType")
    for d in root.iter(DC + "date"):
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?", d.text or ""): errors.append(f"{f}: date {d.text!r}")
    for d in root.iter(DC + "description"):
        if d.get("descriptionType") not in ("Abstract", "Methods", "SeriesInformation", "TableOfContents", "TechnicalInfo", "Other"): errors.append(f"{f}: descriptionType")
        for c in d:
            if c.tag != DC + "br": errors.append(f"{f}: <{c.tag}> inside a description (only <br/>)")
    for c in root.iter(DC + "creatorName"):
        if c.get("nameType") == "Personal" and "," not in (c.text or ""): errors.append(f"{f}: personal creatorName not 'Family, Given'")


def check_gnuplot(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    blocks, k = {}, 0
    while k < len(ls):
        m = re.fullmatch(r"\$(\w+) << (\w+)", ls[k])
        if m:
            name, end = m.groups(); rows = []; k += 1
            while k < len(ls) and ls[k] != end: rows.append(ls[k]); k += 1
            if k >= len(ls): errors.append(f"{f}: datablock ${name} not closed by {end}"); break
            widths = {len(r.split()) for r in rows if r.strip() and not r.lstrip().startswith("#")}
            if len(widths) != 1: errors.append(f"{f}: datablock ${name} rows with {sorted(widths)} columns")
            for r in rows:
                for v in r.split()[1:]:
                    try: float(v)
                    except ValueError: errors.append(f"{f}: datablock ${name} value {v!r} not numeric"); break
            blocks[name] = rows
        k += 1
    code = [l for l in ls if not l.lstrip().startswith("#")]
    for name in set(re.findall(r"\$(\w+)", "\n".join(code))):
        if name not in blocks: errors.append(f"{f}: ${name} used but not defined")
    for i, l in enumerate(ls):
        if l.endswith("\\") and (i + 1 >= len(ls) or not ls[i + 1].startswith(" ")): errors.append(f"{f}: continuation at line {i + 1} not followed by an indented line")
        s = re.sub(r"#.*", "", re.sub(r'"[^"]*"|\'[^\']*\'', "", l))
        if l.lstrip().startswith("#"): continue
        if s.count('"') or s.count("'"): errors.append(f"{f}: unbalanced quotes at line {i + 1}")
        if s.count("(") != s.count(")"): errors.append(f"{f}: unbalanced () at line {i + 1}")
    outs = [i for i, l in enumerate(ls) if l.startswith("set output ")]
    plots = [i for i, l in enumerate(ls) if re.match(r"(?:s?plot) ", l)]
    if not outs or (plots and plots[0] < outs[0]): errors.append(f"{f}: plot before any set output")
    if not ls[0].startswith("#!") : errors.append(f"{f}: no #! line")


def shape_checks(f, raw, path):
    {687: check_svn, 688: check_rg, 689: check_ts, 690: check_leo, 691: check_mli, 692: check_dita, 693: check_okular,
     694: check_fossil, 695: check_datacite, 696: check_gnuplot}.get(
        num(f), lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round66's and round67's, a byte-identical file counted once), and the round66/round67 split (candidates sorted by
# (uses, catalogue title); round67 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P66 = "/work/main/tests/data/digests-round66/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P66): own.add(open(P66, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round66", "digests-round67") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round66 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r66 = set()
if os.path.exists(P66):
    try:
        r66 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P66)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round66/expected.json exists but could not be read (being written?)")
    if r66 & mine: errors.append(f"papers also in round66: {sorted(r66 & mine)}")
shared66 = len(r66 & mine) if os.path.exists(P66) else "(no digests-round66/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round67 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round66: {shared66}; papers in more than one round67 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
