#!/usr/bin/env python3
r"""Checks round65/expected.json against the digests and the shared catalogues.

Adapted from round63/validate.py (the label checks are the same code; the reuse report is round63's with round64 /
round65 in place of round62 / round63: round65 holds the even positions, round64 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round64's and round65's
own (a digests-round64 / digests-round65 folder, or a file whose bytes equal round64's or round65's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round65 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round64/expected.json when that file
exists (read only), and on a paper in more than one round65 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms:
  - 670 (Solr), 672 (Miniflux), 674 (SiYuan): every JSON string; 670 without <em>; 672 the entry contents without
    tags; 674 the inline text joined; 671 (Scribus): each StoryText's ITEXT runs joined (para / breakline as newlines);
  - 667 (Tomboy): the XML without tags, entities undone; 668 (journal): every MESSAGE, byte arrays decoded;
    669 (Haddock): backslash escapes undone; 673 (notmuch): every sexp string;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 667 Tomboy note (declaration and <note version="0.3"> with the three namespaces, child order, first
content line = <title>, known inline elements, list-items with dir and newline, every URL in <link:url>, .NET dates,
cursor inside the text, no final newline); 668 journalctl -o json (compact lines, the four address fields first, strings
or byte arrays exactly when control characters occur, cursor s/i/b/m/t/x agreeing with the timestamps, seqnum +1 and
time ascending, one realtime-monotonic offset, PRIORITY); 669 Haddock module (header fields, module name, {- -}
balanced, export list, brackets balanced outside comments and strings, doc lines: @ paired, <links> closed, / and __
paired unless escaped); 670 Solr JSON (the indent=true writer's layout re-derived, sections, string params, numFound /
rows, scores descending = maxScore, highlighting keyed by doc id in order, snippets from stored fields with balanced
<em>, hl.fl); 671 Scribus .sla (Scribus 1.5 head, 4-space indentation, double-quoted attributes,
SCRIBUSUTF8NEW / DOCUMENT, style parents and colours defined, ANZPAGES, unique ItemIDs, path / copath = WIDTH / HEIGHT,
known PTYPEs, frames inside their page, image frames with PFILE, StoryText = DefaultStyle … trail with known elements,
non-empty ITEXT, defined paragraph / character styles); 672 Miniflux (Go compact JSON with
\u003c/\u003e/\u0026, entry field order, feed / user / icon ids, sha256 hashes, RFC 3339 times, changed >= created,
reading_time = ceil(words / 265), published_at descending); 673 notmuch sexp (parsed; thread / node structure, message
plist keys in order, unique ids, :timestamp = Date header, replies not older than parents, part ids 1..n, html parts by
length, one thread per line); 674 SiYuan .sy (Go tab-indented JSON with escapes, NodeDocument root, block ids
YYYYMMDDhhmmss-xxxxxxx unique = Properties.id, updated >= created, HeadingLevel, base64 list markers, link / block-ref
marks, blockquote markers); 675 Polyglot Notebooks .dib (#!meta, blank, compact kernelInfo JSON, blank; cells
opened by kernel-name markers from kernelInfo with a blank line after the marker and before the next; non-empty cells;
``` balanced in Markdown cells; brackets balanced in code cells outside strings and comments); 676 ARFF
(liac-arff: "% " description, @RELATION, blank, @ATTRIBUTE lines, blank, @DATA, rows with one value per attribute,
quoting exactly when needed, numeric and nominal values valid).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, email.utils, html, json, math, os, re, sys
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


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def json_lines(raw):
    return [json.loads(l) for l in raw.split("\n") if l]


def journal_message(m):
    return bytes(m).decode("utf-8") if isinstance(m, list) else m


def sexp_parse(s):
    """notmuch's sexp: lists, "strings" (only \\" and \\\\ escaped), keywords, symbols t / nil, integers"""
    pos, n = 0, len(s)
    def skip():
        nonlocal pos
        while pos < n and s[pos] in " \n": pos += 1
    def item():
        nonlocal pos
        skip()
        if pos >= n: raise ValueError("unexpected end")
        c = s[pos]
        if c == "(":
            pos += 1; out = []
            while True:
                skip()
                if pos >= n: raise ValueError("unclosed (")
                if s[pos] == ")": pos += 1; return out
                out.append(item())
        if c == ")": raise ValueError(f"unexpected ) at {pos}")
        if c == '"':
            pos += 1; buf = []
            while True:
                if pos >= n: raise ValueError("unclosed string")
                ch = s[pos]
                if ch == "\\":
                    if s[pos + 1] not in '"\\': raise ValueError(f"bad escape at {pos}")
                    buf.append(s[pos + 1]); pos += 2; continue
                if ch == '"': pos += 1; return ("str", "".join(buf))
                buf.append(ch); pos += 1
        m = re.compile(r"[^\s()\"]+").match(s, pos)
        pos = m.end(); tok = m.group(0)
        if re.fullmatch(r"-?\d+", tok): return int(tok)
        return ("sym", tok)
    out = item(); skip()
    if pos != n: raise ValueError(f"trailing text at {pos}")
    return out


def sexp_strings(v, out):
    if isinstance(v, tuple) and v[0] == "str": out.append(v[1])
    elif isinstance(v, list): [sexp_strings(x, out) for x in v]
    return out


def plist(v):
    if not isinstance(v, list) or len(v) % 2: raise ValueError("not a plist")
    d = {}
    for k, x in zip(v[::2], v[1::2]):
        if not (isinstance(k, tuple) and k[0] == "sym" and k[1].startswith(":")): raise ValueError(f"plist key {k}")
        d[k[1][1:]] = x
    return d


def sy_text(node):
    out = []
    def walk(x):
        if x.get("Type") == "NodeText": out.append(x.get("Data", ""))
        if x.get("Type") == "NodeTextMark": out.append(x.get("TextMarkTextContent", ""))
        for c in x.get("Children", []): walk(c)
    walk(node)
    return "".join(out)


def sla_story(st):
    out = []
    for el in st:
        out.append({"ITEXT": el.get("CH", ""), "para": "\n", "breakline": "\n", "tab": "\t"}.get(el.tag, ""))
    return "".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (670, 672, 674):
        d = json.loads(raw)
        forms.append("\n".join(strings_of(d, [])))
        if n == 670: forms.append(re.sub(r"</?em>", "", raw))
        if n == 672: forms.append("\n".join(html.unescape(strip_tags(e["content"])) for e in d["entries"]))
        if n == 674: forms.append(sy_text(d))
    if n == 667:
        forms.append(html.unescape(strip_tags(raw)))
    if n == 671:
        forms.append("\n".join(sla_story(st) for st in ET.fromstring(raw.encode("utf-8")).iter("StoryText")))
    if n == 668:
        forms.append("\n".join(journal_message(o["MESSAGE"]) for o in json_lines(raw)))
    if n == 669:
        forms.append(re.sub(r"\\([/'\"@<>`\\*_#])", r"\1", raw))
    if n == 673:
        forms.append("\n".join(sexp_strings(sexp_parse(raw), [])))
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
TB = "{http://beatniksoftware.com/tomboy}"
TB_DATE = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}[+-]\d\d:\d\d"
TB_INLINE = {TB + t for t in ("note-content", "bold", "italic", "strikethrough", "highlight", "monospace", "list", "list-item")} | \
    {"{http://beatniksoftware.com/tomboy/size}" + t for t in ("small", "large", "huge")} | \
    {"{http://beatniksoftware.com/tomboy/link}" + t for t in ("url", "internal", "broken")}
def check_tomboy(f, raw):
    lf_final(f, raw, final=False)
    if not raw.startswith('<?xml version="1.0" encoding="utf-8"?>\n<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">\n'):
        errors.append(f"{f}: not Tomboy's declaration / <note> start tag")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    kids = [c.tag.replace(TB, "") for c in root]
    want = ["title", "text", "last-change-date", "last-metadata-change-date", "create-date", "cursor-position",
            "selection-bound-position", "width", "height", "x", "y", "tags", "open-on-startup"]
    if kids != want: errors.append(f"{f}: note children {kids}")
    nc = root.find(f"{TB}text/{TB}note-content")
    if nc is None or nc.get("version") != "0.1": errors.append(f"{f}: no <note-content version=\"0.1\">"); return
    text = "".join(nc.itertext())
    if text.split("\n")[0] != root.findtext(f"{TB}title"): errors.append(f"{f}: first line of the note != <title>")
    for el in nc.iter():
        if el.tag not in TB_INLINE: errors.append(f"{f}: unknown element {el.tag}")
        if el.tag == TB + "list-item" and (el.get("dir") not in ("ltr", "rtl") or not "".join(el.itertext()).endswith("\n")):
            errors.append(f"{f}: list-item without dir or without its newline")
    urls = re.findall(r"https?://[^\s<>()]+[^\s<>().,;:]", text)
    links = ["".join(e.itertext()) for e in nc.iter("{http://beatniksoftware.com/tomboy/link}url")]
    if sorted(urls) != sorted(links): errors.append(f"{f}: URLs not all wrapped in <link:url> ({len(urls)} vs {len(links)})")
    for t in ("last-change-date", "last-metadata-change-date", "create-date"):
        if not re.fullmatch(TB_DATE, root.findtext(TB + t) or ""): errors.append(f"{f}: {t} not a .NET round-trip date")
    if (root.findtext(TB + "create-date") or "") > (root.findtext(TB + "last-change-date") or ""): errors.append(f"{f}: created after last change")
    if not 0 <= int(root.findtext(TB + "cursor-position") or -1) <= len(text): errors.append(f"{f}: cursor-position outside the text")
    if root.findtext(TB + "open-on-startup") not in ("True", "False"): errors.append(f"{f}: open-on-startup")
    for t in root.iter(TB + "tag"):
        if not (t.text or "").startswith("system:notebook:"): errors.append(f"{f}: tag {t.text}")
    if re.search(r"^(?! *<|\t)", raw.split("</note-content></text>\n", 1)[-1], re.M): errors.append(f"{f}: trailer not indented")


def check_journal(f, raw):
    lf_final(f, raw)
    prev_i = prev_t = None
    offs = set()
    for k, line in enumerate(raw.split("\n")[:-1]):
        try:
            o = json.loads(line)
        except ValueError:
            errors.append(f"{f}: line {k + 1} not JSON"); continue
        if json.dumps(o, ensure_ascii=False, separators=(",", ":")) != line: errors.append(f"{f}: line {k + 1} not compact journalctl JSON")
        if list(o)[:4] != ["__CURSOR", "__REALTIME_TIMESTAMP", "__MONOTONIC_TIMESTAMP", "_BOOT_ID"]: errors.append(f"{f}: line {k + 1} address fields not first")
        for key, v in o.items():
            if isinstance(v, list):
                if not all(isinstance(b, int) and 0 <= b < 256 for b in v): errors.append(f"{f}: {key} array not bytes")
                else:
                    try:
                        s = bytes(v).decode("utf-8")
                        if all(c == "\t" or ord(c) >= 32 for c in s): errors.append(f"{f}: line {k + 1} {key} printable but written as bytes")
                    except UnicodeDecodeError: pass
            elif not isinstance(v, str): errors.append(f"{f}: line {k + 1} {key} not a string")
            elif any(ord(c) < 32 and c != "\t" for c in v): errors.append(f"{f}: line {k + 1} {key} holds control characters (journalctl writes bytes)")
        c = dict(x.split("=", 1) for x in o["__CURSOR"].split(";"))
        if list(c) != ["s", "i", "b", "m", "t", "x"]: errors.append(f"{f}: cursor fields {list(c)}"); continue
        if int(c["t"], 16) != int(o["__REALTIME_TIMESTAMP"]) or int(c["m"], 16) != int(o["__MONOTONIC_TIMESTAMP"]) or c["b"] != o["_BOOT_ID"]:
            errors.append(f"{f}: line {k + 1} cursor != timestamps / boot id")
        i, t = int(c["i"], 16), int(o["__REALTIME_TIMESTAMP"])
        if prev_i is not None and (i != prev_i + 1 or t < prev_t): errors.append(f"{f}: line {k + 1} seqnum / time not ascending")
        prev_i, prev_t = i, t
        offs.add(t - int(o["__MONOTONIC_TIMESTAMP"]))
        if o.get("PRIORITY") not in list("01234567"): errors.append(f"{f}: PRIORITY {o.get('PRIORITY')}")
    if len(offs) > 1: errors.append(f"{f}: realtime - monotonic not constant within one boot")


def check_haddock(f, raw):
    lf_final(f, raw)
    m = re.search(r"\{-\|\n(.*?)\n\n", raw, re.S)
    fields = [l.split(":")[0].strip() for l in m.group(1).split("\n")] if m else []
    if fields != ["Module", "Description", "Copyright", "License", "Maintainer", "Stability", "Portability"]:
        errors.append(f"{f}: module header fields {fields}")
    mod = re.search(r"^module ([\w.]+)$", raw, re.M)
    if not mod or not m or not re.search(rf"Module\s*: {re.escape(mod.group(1))}\n", m.group(1) + "\n"): errors.append(f"{f}: module name / header")
    if raw.count("{-") != raw.count("-}"): errors.append(f"{f}: {{- -}} unbalanced")
    if not re.search(r"^  \) where$", raw, re.M): errors.append(f"{f}: export list not closed by ') where'")
    code = re.sub(r"\{-.*?-\}", "", raw, flags=re.S)
    code = re.sub(r"--[^\n]*", "", code)
    code = re.sub(r'"(?:\\.|[^"\\])*"', '""', code)
    for a, b in ("()", "[]", "{}"):
        if code.count(a) != code.count(b): errors.append(f"{f}: {a}{b} unbalanced outside comments ({code.count(a)} vs {code.count(b)})")
    hdr = m.group(0) if m else ""
    doc = [l[l.index("--") + 2:] for l in raw.split("\n") if re.match(r"\s*-- [|^]|\s*--(?: |$)", l) or "-- ^" in l]
    blk = re.search(r"\{-\|(.*?)-\}", raw, re.S)
    doc += ([l for l in blk.group(1).split("\n") if not re.match(r"\w+\s*: ", l)] if blk else [])
    for l in doc:
        s = l.strip()
        if s.startswith(">") or s.startswith("|") and s[1:].strip().startswith(">"): continue
        s = re.sub(r"\\.", "", s)
        s = re.sub(r"<[^<>]+>", "", s)
        if s.count("@") % 2: errors.append(f"{f}: unpaired @ in doc line {l.strip()!r}"); continue
        s = re.sub(r"@[^@]*@", "", s)
        if "<" in s: errors.append(f"{f}: unclosed <link> in doc line {l.strip()!r}")
        if s.count("/") % 2: errors.append(f"{f}: unpaired / (Haddock emphasis; escape as \\/) in doc line {l.strip()!r}")
        if s.count("__") % 2: errors.append(f"{f}: unpaired __ in doc line {l.strip()!r}")
    for u in re.findall(r"<(https?://[^ >]+)", raw):
        if " " in u: errors.append(f"{f}: link url with a space")


def solr_val(v, lvl):
    pad = "\n" + "  " * (lvl + 1)
    if isinstance(v, dict):
        return "{" + ",".join(pad + json.dumps(k, ensure_ascii=False) + ":" + solr_val(x, lvl + 1) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ("," + pad).join(solr_val(x, lvl + 1) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def check_solr(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    r = d["response"]
    exp_ = "{\n  \"responseHeader\":" + solr_val(d["responseHeader"], 1) + ",\n  \"response\":{\"numFound\":" + str(r["numFound"]) + \
        ",\"start\":" + str(r["start"]) + ",\"maxScore\":" + json.dumps(r["maxScore"]) + ",\"numFoundExact\":" + json.dumps(r["numFoundExact"]) + \
        ",\"docs\":[" + ",".join("\n      " + solr_val(x, 3) for x in r["docs"]) + "]\n  },\n  \"highlighting\":" + solr_val(d["highlighting"], 1) + "}\n"
    if exp_ != raw: errors.append(f"{f}: not the Solr JSON writer's indent=true layout")
    if list(d) != ["responseHeader", "response", "highlighting"]: errors.append(f"{f}: top-level sections {list(d)}")
    h = d["responseHeader"]
    if h.get("status") != 0 or not isinstance(h.get("QTime"), int) or not all(isinstance(v, str) for v in h.get("params", {}).values()):
        errors.append(f"{f}: responseHeader (status / QTime / string params)")
    docs = r["docs"]
    rows = int(h["params"].get("rows", "10"))
    if r["start"] != 0 or len(docs) != min(rows, r["numFound"]): errors.append(f"{f}: numFound / rows / docs")
    sc = [x.get("score") for x in docs]
    if sc != sorted(sc, reverse=True) or r["maxScore"] != sc[0]: errors.append(f"{f}: scores not descending / maxScore")
    ids = [x["id"] for x in docs]
    if len(set(ids)) != len(ids) or list(d["highlighting"]) != ids: errors.append(f"{f}: highlighting keys != doc ids in order")
    vers = [x.get("_version_") for x in docs]
    if not all(isinstance(v, int) and v > 1 << 60 for v in vers) or len(set(vers)) != len(vers): errors.append(f"{f}: _version_ values")
    byid = {x["id"]: x for x in docs}
    hlf = set(h["params"].get("hl.fl", "").split(","))
    for i, fl in d["highlighting"].items():
        for field, snips in fl.items():
            if field not in hlf: errors.append(f"{f}: highlighted field {field} not in hl.fl")
            for s in snips:
                if s.count("<em>") != s.count("</em>") or "<em>" not in s: errors.append(f"{f}: snippet {s[:40]!r} without balanced <em>")
                if re.sub(r"</?em>", "", s) not in str(byid.get(i, {}).get(field, "")): errors.append(f"{f}: snippet of {i}.{field} not from the stored field")


SLA_PTYPES = {2, 4, 5, 6, 7, 8, 12, 15}
def check_sla(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<SCRIBUSUTF8NEW Version="1.5.8">\n    <DOCUMENT '): errors.append(f"{f}: not Scribus 1.5's head")
    if re.search(r"^(?!(?:    )*<)", raw.rstrip("\n"), re.M): errors.append(f"{f}: a line not indented by 4-space steps")
    if re.search(r"='", raw): errors.append(f"{f}: single-quoted attribute (QXmlStreamWriter uses double quotes)")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return
    doc = root.find("DOCUMENT")
    if root.tag != "SCRIBUSUTF8NEW" or doc is None: errors.append(f"{f}: no SCRIBUSUTF8NEW / DOCUMENT"); return
    styles = {x.get("NAME") for x in doc.findall("STYLE")}
    cstyles = {x.get("CNAME") for x in doc.findall("CHARSTYLE")}
    colors = {x.get("NAME") for x in doc.findall("COLOR")} | {"None"}
    for x in doc.findall("STYLE"):
        if x.get("PARENT") and x.get("PARENT") not in styles: errors.append(f"{f}: style parent {x.get('PARENT')}")
        if x.get("FCOLOR") and x.get("FCOLOR") not in colors: errors.append(f"{f}: colour {x.get('FCOLOR')} undefined")
    pages = doc.findall("PAGE")
    if int(doc.get("ANZPAGES", 0)) != len(pages): errors.append(f"{f}: ANZPAGES != pages")
    ids = set()
    for o in doc.findall("PAGEOBJECT"):
        w, h = float(o.get("WIDTH")), float(o.get("HEIGHT"))
        if o.get("path") != f"M0 0 L{w:g} 0 L{w:g} {h:g} L0 {h:g} L0 0 Z" or o.get("copath") != o.get("path"): errors.append(f"{f}: {o.get('ANNAME')} path != WIDTH / HEIGHT")
        if o.get("ItemID") in ids: errors.append(f"{f}: duplicate ItemID")
        ids.add(o.get("ItemID"))
        if int(o.get("PTYPE", -1)) not in SLA_PTYPES: errors.append(f"{f}: PTYPE {o.get('PTYPE')}")
        pg = pages[int(o.get("OwnPage", 0))] if int(o.get("OwnPage", 0)) < len(pages) else None
        if pg is None: errors.append(f"{f}: OwnPage"); continue
        px, py, pw, ph = (float(pg.get(k)) for k in ("PAGEXPOS", "PAGEYPOS", "PAGEWIDTH", "PAGEHEIGHT"))
        x, y = float(o.get("XPOS")), float(o.get("YPOS"))
        if not (px <= x and x + w <= px + pw + 1e-6 and py <= y and y + h <= py + ph + 1e-6): errors.append(f"{f}: {o.get('ANNAME')} outside its page")
        if int(o.get("PTYPE")) == 2 and not o.get("PFILE"): errors.append(f"{f}: image frame without PFILE")
        st = o.find("StoryText")
        if int(o.get("PTYPE")) == 4:
            if st is None: errors.append(f"{f}: text frame without StoryText"); continue
            kids = list(st)
            if not kids or kids[0].tag != "DefaultStyle" or kids[-1].tag != "trail": errors.append(f"{f}: StoryText not DefaultStyle … trail")
            for el in kids:
                if el.tag not in ("DefaultStyle", "ITEXT", "para", "breakline", "tab", "trail", "var", "MARK"): errors.append(f"{f}: story element {el.tag}")
                if el.tag == "ITEXT" and not el.get("CH"): errors.append(f"{f}: empty ITEXT")
                if el.tag == "ITEXT" and el.get("CPARENT") and el.get("CPARENT") not in cstyles: errors.append(f"{f}: char style {el.get('CPARENT')}")
                if el.tag in ("para", "trail") and el.get("PARENT") and el.get("PARENT") not in styles: errors.append(f"{f}: paragraph style {el.get('PARENT')} undefined")


def check_dib(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:2] != ["#!meta", ""] or len(ls) < 4 or ls[3] != "": errors.append(f"{f}: not opened by #!meta, blank, kernelInfo JSON, blank"); return
    try:
        meta = json.loads(ls[2])["kernelInfo"]
        names = {i["name"] for i in meta["items"]} | {a for i in meta["items"] for a in i["aliases"]}
        if meta["defaultKernelName"] not in names: errors.append(f"{f}: default kernel not among the items")
    except (ValueError, KeyError, TypeError):
        errors.append(f"{f}: kernelInfo line not valid"); return
    if json.dumps(json.loads(ls[2]), separators=(",", ":")) != ls[2]: errors.append(f"{f}: kernelInfo not compact JSON")
    cells, cur = [], None
    for i, l in enumerate(ls[4:], 5):
        m = re.fullmatch(r"#!([\w-]+)", l)
        if m and m.group(1) in names:
            if cur is not None:
                if not cur[1] or cur[1][-1] != "": errors.append(f"{f}: no blank line before the marker at line {i}")
                cells.append(cur)
            cur = (m.group(1), [], i); continue
        if cur is None: errors.append(f"{f}: text before the first cell at line {i}"); continue
        cur[1].append(l)
    if cur: cur[1].append(""); cells.append(cur)
    if not cells: errors.append(f"{f}: no cells")
    for k, body, i in cells:
        if not body or body[0] != "" or len(body) < 3 or not body[1].strip(): errors.append(f"{f}: cell at line {i} not marker, blank, content")
        text = "\n".join(body[1:-1])
        if k == "markdown":
            if text.count("```") % 2: errors.append(f"{f}: unbalanced ``` in the cell at line {i}")
        else:
            code = re.sub(r'\$?@?"(?:\\.|[^"\\])*"', '""', text)
            code = re.sub(r"(?m)//[^\n]*|^#[^\n]*", "", code) if k in ("csharp", "fsharp") else re.sub(r"(?m)#[^\n]*", "", code)
            for a_, b_ in ("()", "{}", "[]"):
                if code.count(a_) != code.count(b_): errors.append(f"{f}: {a_}{b_} unbalanced in the {k} cell at line {i}")


MF_KEYS = ["id", "user_id", "feed_id", "status", "hash", "title", "url", "comments_url", "published_at", "created_at",
           "changed_at", "content", "author", "share_code", "starred", "reading_time", "enclosures", "feed", "tags"]
RFC3339 = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d*[1-9])?(?:Z|[+-]\d\d:\d\d)"
def go_json(d, **kw):
    return json.dumps(d, ensure_ascii=False, **kw).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
def check_miniflux(f, raw):
    lf_final(f, raw, final=False)
    if re.search(r"[<>&]", raw): errors.append(f"{f}: raw < > & (Go's encoder escapes them)")
    d = json.loads(raw)
    if go_json(d, separators=(",", ":")) != raw: errors.append(f"{f}: not Go's compact encoding/json output")
    if list(d) != ["total", "entries"] or d["total"] < len(d["entries"]): errors.append(f"{f}: total / entries")
    ids, prev = set(), None
    for e in d["entries"]:
        if list(e) != MF_KEYS: errors.append(f"{f}: entry {e.get('id')} fields {list(e)}"); continue
        if e["id"] in ids: errors.append(f"{f}: duplicate entry {e['id']}")
        ids.add(e["id"])
        if e["feed_id"] != e["feed"]["id"] or e["user_id"] != e["feed"]["user_id"] or e["feed"]["category"]["user_id"] != e["user_id"]:
            errors.append(f"{f}: entry {e['id']} feed / user ids")
        if e["feed"]["icon"] and e["feed"]["icon"]["feed_id"] != e["feed_id"]: errors.append(f"{f}: icon feed_id")
        if not re.fullmatch(r"[0-9a-f]{64}", e["hash"]): errors.append(f"{f}: hash of {e['id']}")
        if e["status"] not in ("unread", "read", "removed"): errors.append(f"{f}: status {e['status']}")
        for k in ("published_at", "created_at", "changed_at"):
            if not re.fullmatch(RFC3339, e[k]): errors.append(f"{f}: {k} {e[k]!r} not RFC 3339 as Go writes it")
        if e["changed_at"] < e["created_at"] or e["published_at"][:19] > e["created_at"][:19]: errors.append(f"{f}: entry {e['id']} times")
        words = len(re.sub(r"<[^>]+>", " ", e["content"]).split())
        if e["reading_time"] != math.ceil(words / 265): errors.append(f"{f}: reading_time of {e['id']}")
        if prev and e["published_at"] > prev: errors.append(f"{f}: entries not in published_at desc order")
        prev = e["published_at"]


def check_notmuch(f, raw):
    lf_final(f, raw)
    if raw.count("\n(") or not raw.startswith("(((("): errors.append(f"{f}: not one thread per line")
    try:
        tree = sexp_parse(raw.rstrip("\n"))
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: not a notmuch sexp: {ex}"); return
    ids, order = set(), []
    def node(nd, parent):
        if not (isinstance(nd, list) and len(nd) == 2 and isinstance(nd[1], list)): raise ValueError("thread node not (message replies)")
        m = plist(nd[0])
        want = ["id", "match", "excluded", "filename", "timestamp", "date_relative", "tags", "body", "crypto", "headers"]
        if list(m) != want: errors.append(f"{f}: message keys {list(m)}")
        i = m["id"][1]
        if i in ids: errors.append(f"{f}: duplicate message id {i}")
        ids.add(i)
        if m["match"] not in (("sym", "t"), ("sym", "nil")) or m["excluded"] not in (("sym", "t"), ("sym", "nil")): errors.append(f"{f}: :match / :excluded")
        if not (isinstance(m["filename"], list) and all(x[0] == "str" for x in m["filename"])): errors.append(f"{f}: :filename not a list of strings")
        h = plist(m["headers"])
        for k in ("Subject", "From", "To", "Date"):
            if k not in h: errors.append(f"{f}: {i} header {k} missing")
        try:
            ts = int(email.utils.parsedate_to_datetime(h["Date"][1]).timestamp())
            if ts != m["timestamp"]: errors.append(f"{f}: {i} :timestamp != Date header")
        except (TypeError, ValueError, KeyError): errors.append(f"{f}: {i} Date header unparsable")
        if parent and m["timestamp"] < parent: errors.append(f"{f}: reply {i} older than its parent")
        parts = []
        def walk(ps):
            for p_ in ps:
                pp = plist(p_); parts.append(pp["id"])
                ct = pp["content-type"][1]
                if ct.startswith("multipart/"): walk(pp["content"])
                elif ct == "text/html" and "content" not in pp and not isinstance(pp.get("content-length"), int): errors.append(f"{f}: html part without content or length")
        walk(m["body"])
        if parts != list(range(1, len(parts) + 1)): errors.append(f"{f}: {i} part ids {parts}")
        if "Re:" in h.get("Subject", ("", ""))[1] and not parent: errors.append(f"{f}: a reply at thread top")
        for r in nd[1]: node(r, m["timestamp"])
    try:
        for thread in tree:
            for nd in thread: node(nd, None)
    except ValueError as ex:
        errors.append(f"{f}: thread structure: {ex}")


SY_ID = re.compile(r"(\d{14})-[a-z0-9]{7}")
def check_siyuan(f, raw):
    lf_final(f, raw, final=False)
    if re.search(r"[<>&]", raw): errors.append(f"{f}: raw < > & (Go's encoder escapes them)")
    d = json.loads(raw)
    if go_json(d, indent="\t") != raw: errors.append(f"{f}: not Go's tab-indented MarshalIndent output")
    if d.get("Type") != "NodeDocument" or d.get("Spec") != "1" or d.get("Properties", {}).get("type") != "doc" or not d["Properties"].get("title"):
        errors.append(f"{f}: not a NodeDocument root")
    seen = set()
    def walk(x, depth):
        t = x.get("Type", "")
        if not t.startswith("Node"): errors.append(f"{f}: node type {t!r}")
        if "ID" in x:
            m = SY_ID.fullmatch(x["ID"])
            pr = x.get("Properties", {})
            if not m or x["ID"] in seen or pr.get("id") != x["ID"]: errors.append(f"{f}: block id {x['ID']} (format / unique / Properties.id)")
            elif not re.fullmatch(r"\d{14}", pr.get("updated", "")) or pr["updated"] < m.group(1): errors.append(f"{f}: {x['ID']} updated before created")
            seen.add(x["ID"])
        elif t in ("NodeParagraph", "NodeHeading", "NodeList", "NodeListItem", "NodeBlockquote", "NodeThematicBreak"):
            errors.append(f"{f}: block {t} without ID")
        if t == "NodeHeading" and x.get("HeadingLevel") not in range(1, 7): errors.append(f"{f}: HeadingLevel")
        if t == "NodeListItem":
            try:
                if base64.b64decode(x["ListData"]["Marker"]).decode() not in ("*", "-", "+"): raise ValueError
            except Exception: errors.append(f"{f}: list item Marker not base64 of a bullet")
        if t == "NodeTextMark":
            if x.get("TextMarkType") == "a" and not x.get("TextMarkAHref"): errors.append(f"{f}: link mark without href")
            if x.get("TextMarkType") == "block-ref" and not SY_ID.fullmatch(x.get("TextMarkBlockRefID", "")): errors.append(f"{f}: block-ref id")
        if t in ("NodeText", "NodeTextMark") and "Children" in x: errors.append(f"{f}: inline node with children")
        if t == "NodeBlockquote" and (x.get("Children") or [{}])[0].get("Type") != "NodeBlockquoteMarker": errors.append(f"{f}: blockquote without its marker")
        for c in x.get("Children", []): walk(c, depth + 1)
    walk(d, 0)


ARFF_Q = re.compile(r"[\"'\\\s%,\x00-\x19]")
def arff_split(line):
    vals, i, n = [], 0, len(line)
    while i <= n:
        if i < n and line[i] == "'":
            j, buf = i + 1, []
            while j < n and line[j] != "'":
                if line[j] == "\\": buf.append(line[j + 1]); j += 2
                else: buf.append(line[j]); j += 1
            if j >= n: raise ValueError("unclosed quote")
            vals.append(("q", "".join(buf))); i = j + 1
            if i < n and line[i] != ",": raise ValueError("text after a quoted value")
            i += 1
        else:
            j = line.find(",", i)
            j = n if j < 0 else j
            vals.append(("u", line[i:j])); i = j + 1
    return vals
def check_arff(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    k = 0
    while k < len(ls) and ls[k].startswith("%"):
        if not (ls[k] == "%" or ls[k].startswith("% ")): errors.append(f"{f}: comment line {k + 1}")
        k += 1
    if k >= len(ls) or not re.fullmatch(r"@RELATION \S+", ls[k]): errors.append(f"{f}: no @RELATION after the description"); return
    if ls[k + 1] != "": errors.append(f"{f}: no blank line after @RELATION")
    attrs, k = [], k + 2
    while k < len(ls) and ls[k].startswith("@ATTRIBUTE "):
        m = re.fullmatch(r"@ATTRIBUTE (\S+) (NUMERIC|REAL|INTEGER|STRING|\{[^{}]+\})", ls[k])
        if not m: errors.append(f"{f}: attribute line {k + 1}: {ls[k]!r}")
        else: attrs.append((m.group(1), m.group(2)))
        k += 1
    if len({a for a, _ in attrs}) != len(attrs): errors.append(f"{f}: duplicate attribute names")
    if ls[k:k + 2] != ["", "@DATA"]: errors.append(f"{f}: no blank line + @DATA after the attributes"); return
    for j, line in enumerate(ls[k + 2:], k + 3):
        try:
            vals = arff_split(line)
        except (ValueError, IndexError) as ex:
            errors.append(f"{f}: data line {j}: {ex}"); continue
        if len(vals) != len(attrs): errors.append(f"{f}: data line {j} has {len(vals)} values for {len(attrs)} attributes"); continue
        for (q, v), (name, typ) in zip(vals, attrs):
            if q == "u" and v == "?": continue
            if q == "u" and ARFF_Q.search(v): errors.append(f"{f}: line {j} {name}: unquoted value needing quotes")
            if q == "q" and not ARFF_Q.search(v) and v != "": errors.append(f"{f}: line {j} {name}: quoted without need (liac-arff quotes only when needed)")
            if typ in ("NUMERIC", "REAL", "INTEGER"):
                try: float(v)
                except ValueError: errors.append(f"{f}: line {j} {name} not numeric: {v!r}")
            elif typ.startswith("{") and v not in [x.strip() for x in typ[1:-1].split(",")]: errors.append(f"{f}: line {j} {name} value {v!r} not in its nominal set")


def shape_checks(f, raw, path):
    {667: check_tomboy, 668: check_journal, 669: check_haddock, 670: check_solr, 671: check_sla, 672: check_miniflux,
     673: check_notmuch, 674: check_siyuan, 675: check_dib, 676: check_arff}.get(
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
# round64's and round65's, a byte-identical file counted once), and the round64/round65 split (candidates sorted by
# (uses, catalogue title); round65 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P64 = "/work/main/tests/data/digests-round64/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P64): own.add(open(P64, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round64", "digests-round65") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round64 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r64 = set()
if os.path.exists(P64):
    try:
        r64 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P64)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round64/expected.json exists but could not be read (being written?)")
    if r64 & mine: errors.append(f"papers also in round64: {sorted(r64 & mine)}")
shared64 = len(r64 & mine) if os.path.exists(P64) else "(no digests-round64/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round65 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round64: {shared64}; papers in more than one round65 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
