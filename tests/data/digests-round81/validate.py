#!/usr/bin/env python3
r"""Checks round81/expected.json against the digests and the shared catalogues.

Adapted from round79/validate.py (the label checks are the same code; the reuse report is round79's with round80 /
round81 in place of round78 / round79: round81 holds the even positions, round80 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round80's and round81's
own (a digests-round80 / digests-round81 folder, or a file whose bytes equal round80's expected.json) — a file whose
bytes equal one already counted is counted once — and checks the split: round81 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last paper;
it fails on a paper shared with /work/main/tests/data/digests-round80/expected.json when that file exists (read
only), and on a paper in more than one round81 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 828, 830 and 833 every JSON string value; 834
every string of the unserialized PHP session; everything: HTML entities undone once and twice (830's `&#58;`),
percent-escapes undone. Titles are matched after whitespace normalisation and case-blind; a title found only that way
(or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 827 Java (package first, balanced braces outside comments / literals, every
Javadoc followed by a declaration, @param names in the signature, {@link} targets defined, balanced <ul> / <a>, no
bare & in Javadoc); 828 DynamoDB scan (AWS CLI json layout, Items / Count / ScannedCount / ConsumedCapacity, counts,
every attribute a one-key type descriptor, N numeric strings, unique item_id); 829 Haml (front matter, no tabs, even
indentation rising one level at a time outside filters, known tags, attribute hashes and #{} closed); 830 SharePoint
(one line, no final newline, __metadata id / uri / etag agreeing with Id / ID and OData__UIVersionString, dates,
encoded field names, SP.FieldUrlValue shape, ExternalClass rich text with ':' as &#58;); 831 SAS log (page headers
numbered with the right weekday and a form feed before each later one, source numbers consecutive in an 11-column
field, RULE: record with its byte length, records read = observations, timing lines); 832 Octave text format (header,
every variable's # name / # type grammar, sq_string byte lengths, cell element counts, matrix rows, struct field
counts, two empty lines after each value); 833 Bitbucket (Python json.dumps layout, pagination, comment type,
timestamps, oldest first, parents earlier, Markdown links rendered with rel="nofollow", {uuid}); 834 PHP session
(one line, `name|` + serialize() values parsed with byte lengths and element counts); 835 PreTeXt (well-formed,
<pretext xml:lang>, docinfo / article, unique xml:id, xrefs resolve, sections with xml:id and a leading title, raw
biblio children, biblio only in backmatter/references, url href); 836 hledger (declared accounts, dates in order,
amounts in the `1.000,00` decimal-comma form, every transaction balancing with at most one elided amount, @@ costs,
comment block closed).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, html, json, os, re, sys
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


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def php_unserialize(s, i=0):
    """parses one serialize() value at s[i:] (s is bytes); returns (value, next index); raises ValueError"""
    t = s[i:i + 1]
    if t == b"N":
        if s[i:i + 2] != b"N;": raise ValueError(f"bad null at {i}")
        return None, i + 2
    if t in (b"i", b"d", b"b"):
        j = s.index(b";", i)
        v = s[i + 2:j].decode()
        if s[i + 1:i + 2] != b":" or not re.fullmatch(r"-?\d+" if t != b"d" else r"-?\d+(\.\d+)?(E[+-]?\d+)?", v): raise ValueError(f"bad scalar at {i}")
        if t == b"b" and v not in ("0", "1"): raise ValueError(f"bad bool at {i}")
        return (float(v) if t == b"d" else int(v)), j + 1
    if t == b"s":
        m = re.compile(rb's:(\d+):"').match(s, i)
        if not m: raise ValueError(f"bad string head at {i}")
        n = int(m.group(1)); a = m.end()
        if s[a + n:a + n + 2] != b'";': raise ValueError(f"string length {n} wrong at {i}")
        return s[a:a + n].decode("utf-8"), a + n + 2
    if t in (b"a", b"O"):
        m = re.compile(rb'a:(\d+):\{' if t == b"a" else rb'O:(\d+):"(\w+)":(\d+):\{').match(s, i)
        if not m: raise ValueError(f"bad array/object head at {i}")
        if t == b"O" and int(m.group(1)) != len(m.group(2)): raise ValueError(f"class name length wrong at {i}")
        n = int(m.group(1) if t == b"a" else m.group(3)); j = m.end(); d = {}
        for _ in range(n):
            k, j = php_unserialize(s, j)
            if not isinstance(k, (int, str)): raise ValueError(f"bad key at {j}")
            v, j = php_unserialize(s, j); d[k] = v
        if s[j:j + 1] != b"}": raise ValueError(f"array count {n} wrong at {i}")
        return d, j + 1
    raise ValueError(f"unknown type {t!r} at {i}")


def php_session(raw):
    s, i, out = raw.encode(), 0, {}
    while i < len(s):
        m = re.compile(rb"([A-Za-z_]\w*)\|").match(s, i)
        if not m: raise ValueError(f"no `name|` at byte {i}")
        v, i = php_unserialize(s, m.end()); out[m.group(1).decode()] = v
    return out


def all_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, dict): return [x for k, i in v.items() for x in all_strings(k) + all_strings(i)]
    if isinstance(v, list): return [x for i in v for x in all_strings(i)]
    return []


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (828, 830, 833): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 834: forms.append("\n".join(all_strings(php_session(raw))))
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
def strip_java(raw):
    """blanks comments, string and char literals (keeping line breaks); returns the code and the Javadoc comments"""
    out, docs, i = [], [], 0
    while i < len(raw):
        if raw.startswith("/*", i):
            j = raw.find("*/", i + 2)
            if j < 0: errors.append("java: comment not closed"); break
            if raw.startswith("/**", i): docs.append((raw.count("\n", 0, i) + 1, raw[i:j + 2], j + 2))
            out.append("\n" * raw.count("\n", i, j)); i = j + 2; continue
        if raw.startswith("//", i):
            j = raw.find("\n", i); i = len(raw) if j < 0 else j; continue
        if raw[i] in "\"'":
            q, j = raw[i], i + 1
            while j < len(raw) and raw[j] != q and raw[j] != "\n": j += 2 if raw[j] == "\\" else 1
            if j >= len(raw) or raw[j] != q: errors.append(f"java: literal not closed on line {raw.count(chr(10), 0, i) + 1}")
            out.append(q + q); i = j + 1; continue
        out.append(raw[i]); i += 1
    return "".join(out), docs


JDECL = re.compile(r"\s*(?:@\w+\s*)*(?:(?:public|protected|private|static|final|abstract|synchronized|native|default)\s+)*"
                   r"(?:(?:class|interface|enum|record)\s+(\w+)|[\w<>\[\], .?]+?\s+(\w+)\s*\(|[\w<>\[\], .?]+?\s+(\w+)\s*(?:=|;)|(\w+)\s*\(|([A-Z][A-Z0-9_]*)\s*[,;(]?\s*$)")


def check_java(f, raw):
    lf_final(f, raw)
    code, docs = strip_java(raw)
    first = next((l for l in code.split("\n") if l.strip()), "")
    if not re.fullmatch(r"package [a-z][\w.]*;", first.strip()): errors.append(f"{f}: first statement is not a package declaration")
    depth = 0
    for k, l in enumerate(code.split("\n"), 1):
        for c in l:
            depth += (c == "{") - (c == "}")
            if depth < 0: errors.append(f"{f}: line {k}: unbalanced }}"); depth = 0
    if depth: errors.append(f"{f}: {depth} braces not closed")
    names = set(re.findall(r"(?:class|interface|enum|record)\s+(\w+)", code)) | set(re.findall(r"(\w+)\s*\([^;{]*\)\s*(?:throws [\w., ]+)?\{", code)) \
        | set(re.findall(r"\b([A-Z][A-Z0-9_]+)\b", code)) | {"valueOf", "values"}
    for line, doc, end in docs:
        nxt = raw[end:].lstrip("\n").split("\n", 1)[0]
        m = JDECL.match(nxt)
        if not m: errors.append(f"{f}: line {line}: Javadoc not followed by a declaration ({nxt.strip()[:40]!r})"); continue
        if "(" in nxt and "@param" in doc:
            sig = raw[end:raw.find(")", end)]
            params = re.findall(r"(\w+)\s*(?:,|$)", sig.split("(", 1)[1]) if "(" in sig else []
            for p in re.findall(r"@param\s+(\w+)", doc):
                if p not in params: errors.append(f"{f}: line {line}: @param {p} not a parameter of {nxt.strip()[:40]!r}")
        for tgt in re.findall(r"\{@link\s+([\w.]*)(?:#(\w+))?", doc):
            name = tgt[1] or tgt[0].split(".")[-1]
            if name and not tgt[0].startswith(("it.", "java.")) and name not in names: errors.append(f"{f}: line {line}: {{@link}} to undefined {name}")
        if doc.count("<ul>") != doc.count("</ul>") or doc.count("<a ") != doc.count("</a>"): errors.append(f"{f}: line {line}: unbalanced HTML in Javadoc")
        if re.search(r"&(?!(?:lt|gt|amp|quot|mdash|ndash|nbsp|#\d+);)", doc): errors.append(f"{f}: line {line}: bare & in Javadoc")


DDB_TYPES = {"S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M"}


def ddb_value(f, where, v):
    if not isinstance(v, dict) or len(v) != 1 or next(iter(v)) not in DDB_TYPES:
        errors.append(f"{f}: {where}: not a DynamoDB attribute value"); return
    t, x = next(iter(v.items()))
    if t == "N" and not (isinstance(x, str) and re.fullmatch(r"-?\d+(\.\d+)?", x)): errors.append(f"{f}: {where}: N not a numeric string")
    if t == "S" and not isinstance(x, str): errors.append(f"{f}: {where}: S not a string")
    if t == "NULL" and x is not True: errors.append(f"{f}: {where}: NULL not true")
    if t == "BOOL" and not isinstance(x, bool): errors.append(f"{f}: {where}: BOOL not boolean")
    if t == "SS" and (not x or len(set(x)) != len(x)): errors.append(f"{f}: {where}: empty set or duplicates in SS")
    if t == "L": [ddb_value(f, where + "[]", y) for y in x]
    if t == "M": [ddb_value(f, where + "." + k, y) for k, y in x.items()]


def check_dynamodb(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, indent=4, ensure_ascii=False) + "\n": errors.append(f"{f}: not in the AWS CLI's json layout (four spaces, raw UTF-8, final newline)")
    if list(d) != ["Items", "Count", "ScannedCount", "ConsumedCapacity"]: errors.append(f"{f}: top-level keys {list(d)}")
    items = d.get("Items", [])
    if d.get("Count") != len(items) or d.get("ScannedCount") != len(items): errors.append(f"{f}: Count / ScannedCount {d.get('Count')} / {d.get('ScannedCount')} != {len(items)} items")
    ids = Counter()
    for it in items:
        if "item_id" not in it: errors.append(f"{f}: item without the key attribute item_id")
        else: ids[json.dumps(it["item_id"])] += 1
        for k, v in it.items(): ddb_value(f, k, v)
    if any(c > 1 for c in ids.values()): errors.append(f"{f}: duplicate item_id")


HAML_TAGS = {"section", "header", "h1", "h2", "h3", "p", "ol", "ul", "li", "a", "span", "code", "strong", "em", "meta",
             "link", "table", "thead", "tbody", "tr", "th", "td", "div", "img", "br", "small", "nav", "footer"}


def check_haml(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:1] != ["---"] or "---" not in ls[1:]: errors.append(f"{f}: no YAML front matter"); return
    end = ls.index("---", 1)
    for k, l in enumerate(ls[1:end], 2):
        if l and not re.match(r"[\w-]+: \S", l): errors.append(f"{f}: line {k}: front matter line not `key: value`")
    prev, filt = 0, None
    for k, l in enumerate(ls[end + 1:], end + 2):
        if "\t" in l: errors.append(f"{f}: line {k}: tab in indentation")
        if not l.strip(): continue
        ind = len(l) - len(l.lstrip(" "))
        if filt is not None:
            if ind > filt: continue
            filt = None
        if ind % 2: errors.append(f"{f}: line {k}: odd indentation")
        if ind > prev + 2 and not ls[k - 2].lstrip().startswith("-#"): errors.append(f"{f}: line {k}: indentation jumps more than one level")
        prev = ind
        s = l.strip()
        if s.startswith(":"): filt = ind; continue
        m = re.match(r"%(\w+)", s)
        if m and m.group(1) not in HAML_TAGS: errors.append(f"{f}: line {k}: unknown tag %{m.group(1)}")
        if s[:1] in "%.#" and "{" in s.split(" ")[0] + s:
            h = re.match(r"[%.#][\w.#-]*(\{.*)", s)
            if h:
                depth = 0
                for i, c in enumerate(h.group(1)):
                    depth += (c == "{") - (c == "}")
                    if depth == 0: break
                if depth: errors.append(f"{f}: line {k}: attribute hash not closed")
        if s.count("#{") and s.count("#{") > s.count("}"): errors.append(f"{f}: line {k}: #{{ interpolation not closed")
        if s[0] not in "%.#-=/\\&!:" and re.match(r"=\s", s): errors.append(f"{f}: line {k}: plain text starting with =")


SP_GUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def check_sharepoint(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: more than one line")
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    res = d.get("d", {}).get("results") if isinstance(d.get("d"), dict) else None
    if not isinstance(res, list): errors.append(f"{f}: no d.results"); return
    for it in res:
        md = it.get("__metadata", {})
        n = it.get("Id")
        if n != it.get("ID"): errors.append(f"{f}: Id {n} != ID {it.get('ID')}")
        if not re.fullmatch(rf"Web/Lists\(guid'{SP_GUID}'\)/Items\({n}\)", md.get("id", "")): errors.append(f"{f}: item {n}: __metadata.id {md.get('id', '')[:40]!r}")
        if not md.get("uri", "").endswith("/_api/" + md.get("id", "")): errors.append(f"{f}: item {n}: uri does not end with the id")
        ver = re.fullmatch(r'"(\d+)"', md.get("etag", ""))
        if not ver or it.get("OData__UIVersionString") != ver.group(1) + ".0": errors.append(f"{f}: item {n}: etag and OData__UIVersionString disagree")
        if md.get("type") != "SP.Data.PapersListItem": errors.append(f"{f}: item {n}: type {md.get('type')}")
        for k in ("Created", "Modified"):
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", it.get(k) or ""): errors.append(f"{f}: item {n}: bad {k}")
        if (it.get("Created") or "") > (it.get("Modified") or ""): errors.append(f"{f}: item {n}: Modified before Created")
        for k, v in it.items():
            if k.startswith("_x") and (len(k) > 32 or not re.fullmatch(r"(?:_x[0-9a-f]{4}_)*(?:_(?:x[0-9a-f]{0,4})?)?", k)): errors.append(f"{f}: bad encoded field name {k}")
            if isinstance(v, dict) and v.get("__metadata", {}).get("type") == "SP.FieldUrlValue" and set(v) != {"__metadata", "Description", "Url"}: errors.append(f"{f}: item {n}: bad SP.FieldUrlValue")
            if isinstance(v, str) and v.startswith("<div class=\"ExternalClass"):
                if not re.match(r'<div class="ExternalClass[0-9A-F]{32}">', v) or not v.endswith("</div>"): errors.append(f"{f}: item {n}: bad ExternalClass div")
                if ":" in re.sub(r"<[^>]*>", "", v).replace("&#58;", "") or re.search(r'href="https:', v): errors.append(f"{f}: item {n}: raw ':' in rich text (SharePoint writes &#58;)")


SAS_HDR = re.compile(r"(\d+) {2,}The SAS System {2,}(\d\d:\d\d) (\w+), (\w+ \d+, \d{4})")


def check_sas(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    page, src_n, prev_rule, rec_read = 0, 0, False, None
    for k, l in enumerate(ls, 1):
        m = SAS_HDR.fullmatch(l.lstrip("\f"))
        if m:
            if (k == 1) == l.startswith("\f"): errors.append(f"{f}: line {k}: form feed wrong (before every page header but the first)")
            page += 1
            if int(m.group(1)) != page: errors.append(f"{f}: line {k}: page {m.group(1)} after page {page - 1}")
            d = datetime.datetime.strptime(m.group(4), "%B %d, %Y")
            if d.strftime("%A") != m.group(3): errors.append(f"{f}: line {k}: weekday {m.group(3)} wrong for {m.group(4)}")
            continue
        if k == 1: errors.append(f"{f}: no page header on line 1")
        if prev_rule:
            mr = re.fullmatch(r"(\d+) +(.*) (\d+)", l)
            if not mr or len(mr.group(2).encode()) != int(mr.group(3)): errors.append(f"{f}: line {k}: record after RULE: without its right length")
            prev_rule = False; continue
        if l.startswith("RULE:"): prev_rule = True; continue
        ms = re.match(r"(\d+)(?: +|$)", l)
        if ms:
            if l != ms.group(1) and not (len(l) > 11 and re.fullmatch(r"\d+ +", l[:11])): errors.append(f"{f}: line {k}: source number not in an 11-column field")
            src_n += 1
            if int(ms.group(1)) != src_n: errors.append(f"{f}: line {k}: source line {ms.group(1)} after {src_n - 1}"); src_n = int(ms.group(1))
            continue
        if re.match(r"(NOTE|WARNING|ERROR)(: |$)", l):
            mi = re.match(r"NOTE: Invalid data for \w+ in line (\d+) (\d+)-(\d+)\.", l)
            if mi and int(mi.group(2)) > int(mi.group(3)): errors.append(f"{f}: line {k}: bad column range")
            mr = re.match(r"NOTE: (\d+) records were read", l)
            if mr: rec_read = int(mr.group(1))
            mo = re.match(r"NOTE: The data set WORK\.ARTIKLAR has (\d+) observations", l)
            if mo and rec_read is not None and int(mo.group(1)) != rec_read: errors.append(f"{f}: line {k}: {mo.group(1)} observations but {rec_read} records read")
            continue
        if re.match(r" {6}(real|cpu) time", l) and not re.fullmatch(r" {6}(?:real time {11}|cpu time {12})\d+\.\d\d seconds", l): errors.append(f"{f}: line {k}: bad timing line")


def check_octave(f, raw):
    lf_final(f, raw)
    b = raw.encode()
    ls = b.split(b"\n")
    if not re.fullmatch(rb"# Created by Octave \d+\.\d+\.\d+, \w{3} \w{3} \d\d \d\d:\d\d:\d\d \d{4} \w+ <[^<>@]+@[^<>]+>", ls[0]): errors.append(f"{f}: bad Octave header line"); return
    i = [1]

    def hdr(key):
        l = ls[i[0]] if i[0] < len(ls) else b""
        m = re.fullmatch(rb"# " + key.encode() + rb": (.*)", l)
        if not m: raise ValueError(f"line {i[0] + 1}: expected '# {key}:', got {l[:40]!r}")
        i[0] += 1
        return m.group(1).decode()

    def blanks(n):
        for _ in range(n):
            if i[0] >= len(ls) or ls[i[0]] != b"": raise ValueError(f"line {i[0] + 1}: expected an empty line")
            i[0] += 1

    def value(name_ok):
        name = hdr("name")
        if not name_ok(name): raise ValueError(f"line {i[0]}: bad name {name!r}")
        t = hdr("type")
        if t == "sq_string":
            if hdr("elements") != "1": raise ValueError(f"line {i[0]}: multi-row string")
            n = int(hdr("length"))
            if len(ls[i[0]]) != n: raise ValueError(f"line {i[0] + 1}: # length: {n} but {len(ls[i[0]])} bytes")
            i[0] += 1; blanks(2)
        elif t == "scalar":
            if not re.fullmatch(rb"-?\d+(\.\d+)?(e[+-]\d+)?", ls[i[0]]): raise ValueError(f"line {i[0] + 1}: bad scalar")
            i[0] += 1; blanks(2)
        elif t == "matrix":
            r, c = int(hdr("rows")), int(hdr("columns"))
            for _ in range(r):
                if len(ls[i[0]].split()) != c or not ls[i[0]].startswith(b" "): raise ValueError(f"line {i[0] + 1}: matrix row without {c} space-led numbers")
                i[0] += 1
            blanks(2)
        elif t == "cell":
            r, c = int(hdr("rows")), int(hdr("columns"))
            for _ in range(r * c): value(lambda x: x == "<cell-element>")
            blanks(2)
        elif t == "scalar struct":
            if hdr("ndims") != "2" or ls[i[0]] != b" 1 1": raise ValueError(f"line {i[0]}: bad struct dims")
            i[0] += 1
            for _ in range(int(hdr("length"))): value(lambda x: re.fullmatch(r"[A-Za-z]\w*", x))
            blanks(2)
        else:
            raise ValueError(f"line {i[0]}: unknown type {t}")
    try:
        while i[0] < len(ls) - 1:
            value(lambda x: re.fullmatch(r"[A-Za-z]\w*", x))
        if i[0] != len(ls) - 1: raise ValueError("trailing text")
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: {ex}")


BB_TS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00"


def check_bitbucket(f, raw):
    lf_final(f, raw, final=False)
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d): errors.append(f"{f}: not as Bitbucket writes JSON (one line, ', ' / ': ' separators, \\u escapes)")
    vals = d.get("values", [])
    if list(d) != ["values", "pagelen", "size", "page"] or d.get("size") != len(vals) or len(vals) > d.get("pagelen", 0): errors.append(f"{f}: pagination fields wrong")
    seen, prev = set(), ""
    for c in vals:
        cid = c.get("id")
        if c.get("type") != "pullrequest_comment": errors.append(f"{f}: comment {cid}: type {c.get('type')}")
        for k in ("created_on", "updated_on"):
            if not re.fullmatch(BB_TS, c.get(k, "")): errors.append(f"{f}: comment {cid}: bad {k}")
        if c.get("updated_on", "") < c.get("created_on", ""): errors.append(f"{f}: comment {cid}: updated before created")
        if c.get("created_on", "") < prev: errors.append(f"{f}: comment {cid}: not oldest first")
        prev = c.get("created_on", "")
        if "parent" in c and c["parent"].get("id") not in seen: errors.append(f"{f}: comment {cid}: parent not an earlier comment")
        seen.add(cid)
        ct = c.get("content", {})
        if ct.get("type") != "rendered" or ct.get("markup") != "markdown": errors.append(f"{f}: comment {cid}: content not rendered markdown")
        for t, u in re.findall(r"\[([^\]]+)\]\(([^)]+)\)", ct.get("raw", "")):
            if f'<a data-is-external-link="true" href="{u}" rel="nofollow">' not in ct.get("html", ""): errors.append(f"{f}: comment {cid}: link {u} not rendered in html")
        u = c.get("user", {})
        if not re.fullmatch(r"\{" + SP_GUID + r"\}", u.get("uuid", "")): errors.append(f"{f}: comment {cid}: uuid not in braces")
        if "inline" in c and not (c["inline"].get("path") and isinstance(c["inline"].get("to"), int)): errors.append(f"{f}: comment {cid}: bad inline")


def check_phpsession(f, raw):
    if "\n" in raw: errors.append(f"{f}: a line break (a session file is one line, no final newline)")
    try:
        php_session(raw)
    except (ValueError, UnicodeDecodeError) as ex:
        errors.append(f"{f}: not a PHP session: {ex}")


PTX_BIBLIO = {"author", "title", "journal", "volume", "number", "pages", "year", "note", "url", "pubtitle"}


def check_pretext(f, raw):
    lf_final(f, raw)
    try:
        root = ET.fromstring(raw.encode())
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    XID = "{http://www.w3.org/XML/1998/namespace}id"
    if root.tag != "pretext" or not root.get("{http://www.w3.org/XML/1998/namespace}lang"): errors.append(f"{f}: root is not <pretext xml:lang>")
    if root.find("docinfo") is None or root.find("article") is None: errors.append(f"{f}: no <docinfo> or <article>")
    ids = Counter(e.get(XID) for e in root.iter() if e.get(XID))
    for i, c in ids.items():
        if c > 1: errors.append(f"{f}: xml:id {i} used {c} times")
    for x in root.iter("xref"):
        if x.get("ref") not in ids: errors.append(f"{f}: xref to undefined {x.get('ref')}")
    for s in root.iter("section"):
        if not s.get(XID) or not len(s) or s[0].tag != "title": errors.append(f"{f}: section {s.get(XID)} without xml:id or leading title")
    for b in root.iter("biblio"):
        if b.get("type") != "raw" or not b.get(XID): errors.append(f"{f}: biblio without type=raw or xml:id")
        for c in b:
            if c.tag not in PTX_BIBLIO: errors.append(f"{f}: <{c.tag}> inside a raw biblio")
    refs = root.find("article/backmatter/references")
    if refs is None or len(list(refs.iter("biblio"))) != len(list(root.iter("biblio"))): errors.append(f"{f}: biblio outside backmatter/references")
    for u in root.iter("url"):
        if not u.get("href"): errors.append(f"{f}: <url> without href")


HL_AMT = re.compile(r"^(-?)(?:([A-Z]{3}) (-?[\d.]+,\d\d)|(-?[\d.]+,\d\d) ([A-Z]{3}))$")


def hl_amount(s):
    m = HL_AMT.match(s.strip())
    if not m: return None
    num_ = (m.group(3) or m.group(4))
    if not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*,\d\d", num_): return None
    v = int(num_.replace(".", "").replace(",", "").replace("-", "")) * (-1 if num_.startswith("-") or m.group(1) else 1)
    return (m.group(2) or m.group(5)), v


def check_hledger(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    accounts, prev_date, tx, in_comment = set(), None, None, False

    def close(t):
        if not t or t[0] == "~": return
        k, posts = t[1], t[2]
        elided = [p for p in posts if p[1] is None]
        if len(elided) > 1: errors.append(f"{f}: line {k}: more than one posting without an amount")
        bal = Counter()
        for acc, amt in posts:
            if amt: bal[amt[0]] += amt[1]
        bal = {c: v for c, v in bal.items() if v}
        if not elided and bal: errors.append(f"{f}: line {k}: transaction does not balance: {bal}")
        if elided and len(bal) > 1: errors.append(f"{f}: line {k}: elided amount with several commodities left")
    for k, l in enumerate(ls, 1):
        if in_comment:
            if l == "end comment": in_comment = False
            continue
        if l == "comment": in_comment = True; continue
        if not l.strip() or l.startswith(";"):
            if not l.strip(): close(tx); tx = None
            continue
        if l[0] == " ":
            if tx is None: errors.append(f"{f}: line {k}: posting outside a transaction"); continue
            s = l.split(";", 1)[0].rstrip()
            if not s.strip(): continue
            m = re.match(r"^ +([^ ](?:[^ ]| (?! ))*)(?:  +(.*))?$", s)
            if not m: errors.append(f"{f}: line {k}: bad posting"); continue
            acc, am = m.group(1), m.group(2)
            if acc not in accounts: errors.append(f"{f}: line {k}: undeclared account {acc}")
            if am is None: tx[2].append((acc, None)); continue
            main, _, cost = am.partition(" @@ ")
            a = hl_amount(main)
            if not a: errors.append(f"{f}: line {k}: bad amount {am!r}"); continue
            if cost:
                c = hl_amount(cost)
                if not c: errors.append(f"{f}: line {k}: bad cost {cost!r}"); continue
                a = (c[0], c[1] if a[1] >= 0 else -abs(c[1]))
            tx[2].append((acc, a)); continue
        close(tx); tx = None
        if l.startswith("account "): accounts.add(l[8:].split(";")[0].strip()); continue
        if re.match(r"(decimal-mark ,|commodity .+|P \d{4}-\d\d-\d\d [A-Z]{3} [\d,]+ [A-Z]{3})$", l): continue
        if l.startswith("~ "): tx = ("~", k, []); continue
        m = re.match(r"(\d{4}-\d\d-\d\d)(?: [*!])?(?: \([\w-]+\))? \S", l)
        if not m: errors.append(f"{f}: line {k}: not a directive or transaction: {l[:40]!r}"); continue
        d = datetime.date.fromisoformat(m.group(1))
        if prev_date and d < prev_date: errors.append(f"{f}: line {k}: date before the previous transaction's")
        prev_date = d; tx = (d, k, [])
    close(tx)
    if in_comment: errors.append(f"{f}: comment block not closed")


def shape_checks(f, raw, path):
    n = num(f)
    {827: check_java, 828: check_dynamodb, 829: check_haml, 830: check_sharepoint, 831: check_sas, 832: check_octave,
     833: check_bitbucket, 834: check_phpsession, 835: check_pretext, 836: check_hledger}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round80's and round81's, a byte-identical file counted once), and the round80/round81 split (candidates sorted by
# (uses, catalogue title); round81 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P80 = "/work/main/tests/data/digests-round80/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P80): own.add(open(P80, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round80", "digests-round81") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round80 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r80 = set()
if os.path.exists(P80):
    try:
        r80 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P80)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round80/expected.json exists but could not be read (being written?)")
    if r80 & mine: errors.append(f"papers also in round80: {sorted(r80 & mine)}")
shared80 = len(r80 & mine) if os.path.exists(P80) else "(no digests-round80/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round81 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round80: {shared80}; papers in more than one round81 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
