#!/usr/bin/env python3
"""Checks round13/expected.json against the digests and the shared catalogues.

Adapted from round12/validate.py. Each digest is read in its raw form (UTF-8 text; for .xlsx and .pptx the XML parts
of the zip, .rels included, concatenated) and in decoded forms, the way a reader of that shape would see it:
  - Jupyter .ipynb (147): every cell's source joined from its list of lines, every output's text (stream text,
    text/plain, text/html also tag-stripped, error tracebacks without ANSI escapes), and every JSON string;
  - natbib .bbl (148): TeX undone: \\bibitem[…]{key} and \\newblock dropped, \\emph{…}, {\\em …}, \\url{…},
    \\doi{…} unwrapped, ~ read as a space, \\penalty0 dropped, accents ({\\'e}, {\\"a}, {\\L}) composed, braces
    removed, continuation lines joined;
  - reStructuredText .rst (149): inline markup undone (`Title <url>`_ → "Title <url>", *x*, **x**, ``x``,
    :role:`x`, [#x]_ / [X]_ references dropped), field-list and footnote markers removed, paragraphs joined;
  - Excel .xlsx (150): shared strings (rich-text runs joined), then every cell of every sheet in row order (t="s"
    resolved, numbers as written), each hyperlinked cell followed by its relationship target; all .rels targets;
  - PowerPoint .pptx (151, 156): per slide and per notes slide, a:p paragraphs with their a:r runs joined, each
    hyperlinked run followed by its relationship target; all .rels targets;
  - CSL-JSON (152): every JSON string; also item by item "title | URL | DOI | note | number";
  - dblp XML (153): parsed (character references undone), every record's text and its <ee>s;
  - Markdown (154) and plain text (155): as written;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below (Unicode
apostrophe; subtitle after the colon dropped), and the listed deviation must really explain the difference.

Shape checks (each digest is checked against the rules of the tool that writes its shape):
  - 147: nbformat 4 / minor 5; the file is exactly json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True)
    plus "\\n"; cell ids unique, 8 hex digits; every source/stream text a list of lines, each but the last ending
    "\\n"; code cells with execution_count, outputs and increasing counts; execute_result counts = cell counts;
  - 148: \\begin{thebibliography}{N} with N bibitems, \\end{thebibliography}, keys unique, natbib labels
    [Names(Year)Long names]{key}, braces balanced, no line longer than 79 characters, continuation lines indented
    two spaces, \\penalty0 used in volume/pages;
  - 149: section underlines at least as long as their titles, one adornment style per level, every [#x]_ and [X]_
    reference defined, every :ref: target defined, directives well-formed (".. name::" + indented body);
  - 150: zip whose first member is [Content_Types].xml with an Override per part, members dated 1980-01-01, parts
    well-formed; sst count/uniqueCount right; every t="s" index in range; dimension = last cell; every sheet
    hyperlink r:id in the sheet's rels and External; workbook rels targets exist;
  - 151, 156: the same package checks; sldIdLst = slides; every slide's r:ids defined in its rels, hyperlinks
    External; every slide has a notes slide pointing back at it; TitlesOfParts = theme + slide titles;
  - 152: tab-indented JSON list, no trailing newline; every item with a Zotero id URI and a CSL type; dates as
    {"date-parts": [["YYYY", m, d]]}; names as {family, given}; book, webpage, software, speech items present;
  - 153: US-ASCII only; dblpperson n = records; keys unique; CoRR records have volume abs/ID and an arxiv.org/abs/ID
    ee with the same id, their url db/journals/corr/corrYYMM.html#abs-YYMM-NNNNN; titles end in "." or "?";
    coauthors n = <co> elements; every author of every record in the coauthor list or the person;
  - 154: each source "# Title" followed by the cover image, "## Metadata" with Author, Full Title (= the heading),
    Category (#articles, #books, #tweets, #podcasts) and "## Highlights";
  - 155: the HN header and "N points by user … | hide | past | favorite | M comments" line; every comment header
    "user N hours ago | … [–]" followed by its text and "reply" (the dead comment excepted); comments get no older
    going down a reply chain.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks."""
import html, json, os, re, sys, zipfile
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
DEVIATIONS = {
    ("147_jupyter_course_pretrained_transformers.ipynb",
     "HuggingFace\u2019s Transformers: State-of-the-art Natural Language Processing"): "unicode-apostrophe",
    ("147_jupyter_course_pretrained_transformers.ipynb", "Attention is Not Only a Weight"): "subtitle-dropped",
    ("150_excel_xlsx_vision_ssl_tracker.xlsx", "Delving Deep into Rectifiers"): "subtitle-dropped",
}


def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


errors, notes = [], []


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


# ---------------------------------------------------------------- readers

PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def zip_parts(path):
    z = zipfile.ZipFile(path)
    return z, {n: z.read(n).decode("utf-8") for n in z.namelist()}


def rels_of(parts, part):
    d, b = os.path.split(part)
    rp = f"{d}/_rels/{b}.rels" if d else f"_rels/{b}.rels"
    if rp not in parts:
        return {}
    return {r.get("Id"): r for r in ET.fromstring(parts[rp])}


def nb_text(raw):
    nb = json.loads(raw)
    out = []
    for c in nb["cells"]:
        out.append("".join(c["source"]))
        for o in c.get("outputs", []):
            if "text" in o:
                out.append("".join(o["text"]))
            for mime, v in o.get("data", {}).items():
                t = "".join(v) if isinstance(v, list) else str(v)
                out.append(strip_tags(t) if mime == "text/html" else t)
            if "traceback" in o:
                out.append(re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(o["traceback"])))
    return ["\n\n".join(out), "\n".join(json_strings(nb))]


TEX_ACC = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "c": "\u0327", "v": "\u030c"}


def tex_text(raw):
    import unicodedata
    s = re.sub(r"\\bibitem\[(?:[^\[\]]|\{[^{}]*\})*\]\{[^}]*\}", "", raw)
    s = re.sub(r"\\begin\{thebibliography\}\{\d+\}|\\end\{thebibliography\}", "", s)
    s = re.sub(r"\\(?:providecommand|expandafter|ifx|csname|endcsname|relax|else|fi|begingroup|urlstyle|Url)\b.*", "", s)
    s = s.replace("\\penalty0", "").replace("\\newblock", " ")
    s = re.sub(r"\{\\L\}", "\u0141", s)
    s = re.sub(r"\{\\l\}", "\u0142", s)
    s = re.sub(r"\{\\([\'`\"^~cv])\{?([A-Za-z])\}?\}", lambda m: unicodedata.normalize("NFC", m.group(2) + TEX_ACC[m.group(1)]), s)
    s = re.sub(r"\\(?:emph|url|doi|textit|textbf|texttt)\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\{\\(?:em|it|bf|tt)\s+([^{}]*)\}", r"\1", s)
    s = s.replace("~", " ").replace("{", "").replace("}", "").replace("--", "\u2013")
    return [s, re.sub(r"\s+", " ", s)]


def rst_text(raw):
    s = re.sub(r"`([^`<]+?)\s*<([^>]+)>`__?", r"\1 <\2>", raw)
    s = re.sub(r":[\w-]+:`([^`]+)`", r"\1", s)
    s = re.sub(r"``([^`]+)``", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"\*([^*\s][^*]*)\*", r"\1", s)
    s = re.sub(r"\s*\[#?[\w-]*\]_", "", s)
    s = re.sub(r"(?m)^\.\. \[#?[\w-]*\] ", "", s)
    s = re.sub(r"(?m)^([=\-~^\"]{3,})$", "", s)
    paras = [re.sub(r"\s+", " ", p) for p in re.split(r"\n\s*\n", s)]
    return [s, "\n".join(paras)]


def xlsx_text(path):
    z, parts = zip_parts(path)
    sst = []
    if "xl/sharedStrings.xml" in parts:
        for si in ET.fromstring(parts["xl/sharedStrings.xml"]):
            sst.append("".join(t.text or "" for t in si.iter(SML + "t")))
    out = ["\n".join(sst)]
    wb = ET.fromstring(parts["xl/workbook.xml"])
    wrels = rels_of(parts, "xl/workbook.xml")
    for sh in wb.iter(SML + "sheet"):
        target = "xl/" + wrels[sh.get(RNS + "id")].get("Target")
        root = ET.fromstring(parts[target])
        srels = rels_of(parts, target)
        links = {h.get("ref"): srels[h.get(RNS + "id")].get("Target") for h in root.iter(SML + "hyperlink")
                 if h.get(RNS + "id") in srels}
        lines = [f"== {sh.get('name')}"]
        for row in root.iter(SML + "row"):
            cells = []
            for c in row.iter(SML + "c"):
                v = c.find(SML + "v")
                val = "" if v is None else v.text or ""
                if c.get("t") == "s" and val:
                    val = sst[int(val)]
                cells.append(val + (f" <{links[c.get('r')]}>" if c.get("r") in links else ""))
            lines.append("\t".join(cells))
        out.append("\n".join(lines))
    out.append("\n".join(r.get("Target") for n in parts if n.endswith(".rels") for r in ET.fromstring(parts[n])))
    return out


def pptx_text(path):
    z, parts = zip_parts(path)
    out = []
    names = sorted((n for n in parts if re.match(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml$", n)),
                   key=lambda n: (n.startswith("ppt/notes"), int(re.search(r"(\d+)\.xml$", n).group(1))))
    for n in names:
        rl = rels_of(parts, n)
        paras = []
        for p in ET.fromstring(parts[n]).iter(A + "p"):
            buf = []
            for r in p:
                if r.tag in (A + "r", A + "fld"):
                    buf.append(r.findtext(A + "t") or "")
                    h = r.find(f"{A}rPr/{A}hlinkClick")
                    if h is not None and h.get(RNS + "id") in rl:
                        buf.append(f" <{rl[h.get(RNS + 'id')].get('Target')}>")
                elif r.tag == A + "br":
                    buf.append("\n")
            paras.append("".join(buf))
        out.append(f"== {n}\n" + "\n".join(paras))
    out.append("\n".join(r.get("Target") for n in parts if n.endswith(".rels") for r in ET.fromstring(parts[n])))
    return out


def csl_text(raw):
    items = json.loads(raw)
    return ["\n".join(json_strings(items))] + [
        " | ".join(str(it.get(k, "")) for k in ("title", "URL", "DOI", "note", "number")) for it in items]


def dblp_text(raw):
    root = ET.fromstring(raw.encode("ascii"))
    out = []
    for r in root.iter("r"):
        out.append(" | ".join(t.strip() for t in r.itertext() if t.strip()))
    out.append("\n".join(ee.text for ee in root.iter("ee")))
    return out


def decoded_forms(f, raw, path):
    forms = []
    if f.endswith(".ipynb"): forms += nb_text(raw)
    if f.endswith(".bbl"): forms += tex_text(raw)
    if f.endswith(".rst"): forms += rst_text(raw)
    if f.endswith(".xlsx"): forms += xlsx_text(path)
    if f.endswith(".pptx"): forms += pptx_text(path)
    if f.endswith(".json"): forms += csl_text(raw)
    if f.endswith(".xml"): forms += dblp_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

def check_ipynb(f, raw):
    nb = json.loads(raw)
    if raw != json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n":
        errors.append(f"{f}: not serialised as Jupyter writes it (indent=1, sort_keys, trailing newline)")
    if (nb.get("nbformat"), nb.get("nbformat_minor")) != (4, 5): errors.append(f"{f}: not nbformat 4.5")
    for k in ("kernelspec", "language_info"):
        if k not in nb.get("metadata", {}): errors.append(f"{f}: no metadata.{k}")
    ids, last = Counter(), 0
    for c in nb["cells"]:
        ids[c.get("id")] += 1
        if not re.fullmatch(r"[0-9a-f]{8}", c.get("id", "")): errors.append(f"{f}: cell id {c.get('id')}")
        for lst in [c["source"]] + [o["text"] for o in c.get("outputs", []) if "text" in o]:
            if not isinstance(lst, list) or any(not l.endswith("\n") for l in lst[:-1]):
                errors.append(f"{f}: cell {c.get('id')} text not a list of lines")
            if any("\n" in l[:-1] for l in lst): errors.append(f"{f}: cell {c.get('id')} line with an inner newline")
        if c["cell_type"] == "code":
            if "outputs" not in c or "execution_count" not in c: errors.append(f"{f}: code cell {c['id']} fields")
            n = c["execution_count"]
            if n is not None:
                if n <= last: errors.append(f"{f}: execution_count {n} after {last}")
                last = n
            for o in c["outputs"]:
                if o["output_type"] not in ("stream", "execute_result", "display_data", "error"):
                    errors.append(f"{f}: output type {o['output_type']}")
                if o["output_type"] == "execute_result" and o["execution_count"] != n:
                    errors.append(f"{f}: execute_result count {o['execution_count']} in cell {n}")
                if o["output_type"] == "stream" and o["name"] not in ("stdout", "stderr"):
                    errors.append(f"{f}: stream name {o['name']}")
        elif "outputs" in c or "execution_count" in c:
            errors.append(f"{f}: {c['cell_type']} cell with outputs")
    for i, k in ids.items():
        if k > 1: errors.append(f"{f}: cell id {i} used {k} times")


def check_bbl(f, raw):
    m = re.match(r"\\begin\{thebibliography\}\{(\d+)\}\n", raw)
    items = re.findall(r"\\bibitem\[((?:[^\[\]])*)\]\{([^}]*)\}", raw)
    if not m or int(m.group(1)) != len(items): errors.append(f"{f}: thebibliography argument vs {len(items)} bibitems")
    if not raw.rstrip("\n").endswith("\\end{thebibliography}"): errors.append(f"{f}: no \\end{{thebibliography}}")
    keys = Counter(k for _, k in items)
    for k, n in keys.items():
        if n > 1: errors.append(f"{f}: key {k} twice")
    for lab, k in items:
        if not re.fullmatch(r"[^()]+\(\d{4}[a-z]?\)[^()]*", lab.replace("\n", " ")): errors.append(f"{f}: label [{lab}] of {k}")
    depth = 0
    for ch in re.sub(r"\\[{}]", "", raw):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0: errors.append(f"{f}: brace closes below zero"); break
    if depth: errors.append(f"{f}: braces unbalanced ({depth})")
    for i, l in enumerate(raw.split("\n"), 1):
        if len(l) > 79: errors.append(f"{f}: line {i} longer than 79 characters")
    blocks = raw.split("\n\n")[1:]
    for b in blocks:
        ls = b.strip("\n").split("\n")
        if not ls[0].startswith("\\bibitem"): continue
        for l in ls[1:]:
            if not (l.startswith("\\newblock") or l.startswith("  ") or re.match(r"[A-Z{\\]", l)):
                errors.append(f"{f}: odd line {l[:40]!r}")
    if "\\penalty0" not in raw: errors.append(f"{f}: no \\penalty0")


def check_rst(f, raw):
    lines = raw.split("\n")
    styles = []
    for i, l in enumerate(lines):
        if re.fullmatch(r"([=\-~^\"])\1{2,}", l) and i > 0 and lines[i - 1].strip() and not re.fullmatch(r"([=\-~^\"])\1{2,}", lines[i - 1]):
            over = i > 1 and lines[i - 2] == l
            if len(l) < len(lines[i - 1].rstrip()) and not over: errors.append(f"{f}: underline too short at line {i + 1}")
            if over and len(l) < len(lines[i - 1].strip()): errors.append(f"{f}: overline too short at line {i}")
            st = ("o" if over else "") + l[0]
            if st not in styles: styles.append(st)
    if len(styles) < 2: errors.append(f"{f}: fewer than two section levels")
    for ref in set(re.findall(r"\[(#?[\w-]+)\]_", raw)):
        if not re.search(rf"^\.\. \[{re.escape(ref)}\] ", raw, re.M): errors.append(f"{f}: reference [{ref}]_ undefined")
    for ref in set(re.findall(r":ref:`([\w-]+)`", raw)):
        if not re.search(rf"^\.\. _{re.escape(ref)}:$", raw, re.M): errors.append(f"{f}: :ref: target {ref} undefined")
    for i, l in enumerate(lines):
        m = re.match(r"\.\. ([\w-]+)::", l)
        if m and m.group(1) in ("note", "warning", "tip", "seealso"):
            body = [x for x in lines[i + 1:i + 4] if x.strip()]
            if not body or not body[0].startswith("   "): errors.append(f"{f}: directive {m.group(1)} without indented body")


def check_package(f, path):
    try:
        z, parts = zip_parts(path)
    except zipfile.BadZipFile:
        errors.append(f"{f}: not a zip"); return None
    names = z.namelist()
    if names[0] != "[Content_Types].xml": errors.append(f"{f}: [Content_Types].xml is not the first member")
    for zi in z.infolist():
        if zi.date_time != (1980, 1, 1, 0, 0, 0): errors.append(f"{f}: {zi.filename} not dated 1980-01-01")
    for n, x in parts.items():
        try:
            ET.fromstring(x)
        except ET.ParseError as ex:
            errors.append(f"{f}: {n} is not well-formed: {ex}"); return None
    ct = ET.fromstring(parts["[Content_Types].xml"])
    over = {o.get("PartName") for o in ct if o.tag.endswith("Override")}
    for n in names:
        if not n.endswith(".rels") and n != "[Content_Types].xml" and "/" + n not in over:
            errors.append(f"{f}: no content-type Override for {n}")
    for o in over:
        if o[1:] not in parts: errors.append(f"{f}: Override for missing part {o}")
    for n in names:
        if not n.endswith(".rels"): continue
        base = os.path.dirname(os.path.dirname(n))
        for r in ET.fromstring(parts[n]):
            if r.get("Type").endswith("/hyperlink"):
                if r.get("TargetMode") != "External": errors.append(f"{f}: hyperlink {r.get('Id')} in {n} not External")
                continue
            tgt = os.path.normpath(os.path.join(base, r.get("Target"))).replace("\\", "/")
            if tgt not in parts: errors.append(f"{f}: {n} → {r.get('Target')} missing")
    for n in names:
        if n.endswith(".xml") and not n.startswith("[") and "/_rels/" not in n:
            rl = rels_of(parts, n)
            for rid in set(re.findall(r'r:id="(rId\w+)"', parts[n])):
                if rid not in rl: errors.append(f"{f}: {rid} used in {n} not in its rels")
    return parts


def check_xlsx(f, path):
    parts = check_package(f, path)
    if not parts: return
    sst = ET.fromstring(parts["xl/sharedStrings.xml"])
    uniq = len(list(sst))
    if int(sst.get("uniqueCount")) != uniq: errors.append(f"{f}: uniqueCount {sst.get('uniqueCount')} != {uniq}")
    refs = 0
    sheets = [n for n in parts if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
    if len(sheets) < 2: errors.append(f"{f}: fewer than two sheets")
    for n in sheets:
        root = ET.fromstring(parts[n])
        cells = list(root.iter(SML + "c"))
        for c in cells:
            if c.get("t") == "s":
                refs += 1
                if int(c.find(SML + "v").text) >= uniq: errors.append(f"{f}: {n} {c.get('r')} string index out of range")
        rows = [int(r.get("r")) for r in root.iter(SML + "row")]
        if rows != list(range(1, len(rows) + 1)): errors.append(f"{f}: {n} rows not consecutive")
        dim = root.find(SML + "dimension").get("ref").split(":")[1]
        last_row = max(int(re.sub(r"\D", "", c.get("r"))) for c in cells)
        last_col = max(re.sub(r"\d", "", c.get("r")) for c in cells)
        if dim != f"{last_col}{last_row}": errors.append(f"{f}: {n} dimension {dim} != {last_col}{last_row}")
        for h in root.iter(SML + "hyperlink"):
            if not any(c.get("r") == h.get("ref") for c in cells): errors.append(f"{f}: hyperlink on empty cell {h.get('ref')}")
    if int(sst.get("count")) != refs: errors.append(f"{f}: sst count {sst.get('count')} != {refs} references")


def check_pptx(f, path):
    parts = check_package(f, path)
    if not parts: return
    pres = ET.fromstring(parts["ppt/presentation.xml"])
    prels = rels_of(parts, "ppt/presentation.xml")
    sld = [prels[s.get(RNS + "id")].get("Target") for s in pres.iter(PML + "sldId")]
    slides = sorted(n for n in parts if re.match(r"ppt/slides/slide\d+\.xml$", n))
    if sorted("ppt/" + s for s in sld) != slides: errors.append(f"{f}: sldIdLst {sld} vs slides {slides}")
    titles = []
    for s in sld:
        n = "ppt/" + s
        rl = rels_of(parts, n)
        root = ET.fromstring(parts[n])
        for sp in root.iter(PML + "sp"):
            ph = sp.find(f"{PML}nvSpPr/{PML}nvPr/{PML}ph")
            if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                titles.append("".join(t.text or "" for t in sp.iter(A + "t")))
        ns = [r.get("Target") for r in rl.values() if r.get("Type").endswith("/notesSlide")]
        if len(ns) != 1: errors.append(f"{f}: {n} has {len(ns)} notes slides"); continue
        nn = os.path.normpath(os.path.join("ppt/slides", ns[0])).replace("\\", "/")
        back = [r.get("Target") for r in rels_of(parts, nn).values() if r.get("Type").endswith("/slide")]
        if back != ["../slides/" + os.path.basename(n)]: errors.append(f"{f}: {nn} points back at {back}")
    app = parts["docProps/app.xml"]
    tparts = re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", app.split("<TitlesOfParts>")[1])
    if [html.unescape(x) for x in tparts[1:]] != titles: errors.append(f"{f}: TitlesOfParts {tparts[1:]} vs titles {titles}")
    if f"<Slides>{len(slides)}</Slides>" not in app: errors.append(f"{f}: app.xml Slides count")


CSL_TYPES = {"article", "article-journal", "paper-conference", "book", "chapter", "webpage", "software", "speech",
             "thesis", "report", "dataset", "post-weblog", "motion_picture"}


def check_csl(f, raw):
    items = json.loads(raw)
    if raw != json.dumps(items, indent="\t", ensure_ascii=False): errors.append(f"{f}: not tab-indented as Zotero writes it")
    types = set()
    for it in items:
        if not re.fullmatch(r"http://zotero\.org/users/local/\w+/items/[A-Z0-9]{8}", it.get("id", "")):
            errors.append(f"{f}: item id {it.get('id')}")
        if it.get("type") not in CSL_TYPES: errors.append(f"{f}: CSL type {it.get('type')}")
        types.add(it.get("type"))
        for k in ("issued", "accessed"):
            if k in it:
                dp = it[k].get("date-parts")
                if not (isinstance(dp, list) and len(dp) == 1 and isinstance(dp[0][0], str) and re.fullmatch(r"\d{4}", dp[0][0])
                        and all(isinstance(x, int) for x in dp[0][1:])):
                    errors.append(f"{f}: {it['id']} {k} {dp}")
        for a in it.get("author", []):
            if set(a) != {"family", "given"}: errors.append(f"{f}: {it['id']} name {a}")
        if it.get("type") == "article" and it.get("publisher") != "arXiv": errors.append(f"{f}: preprint {it['id']} publisher")
    for t in ("book", "webpage", "software", "speech"):
        if t not in types: errors.append(f"{f}: no {t} item")
    ids = Counter(it["id"] for it in items)
    for i, n in ids.items():
        if n > 1: errors.append(f"{f}: {i} twice")


def check_dblp(f, raw):
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: non-ASCII character")
    if not raw.startswith('<?xml version="1.0" encoding="US-ASCII"?>'): errors.append(f"{f}: XML declaration")
    try:
        root = ET.fromstring(raw.encode("ascii", "replace"))
    except ET.ParseError as ex:
        errors.append(f"{f}: XML: {ex}"); return
    recs = root.findall("r")
    if root.tag != "dblpperson" or int(root.get("n")) != len(recs): errors.append(f"{f}: n={root.get('n')} for {len(recs)} records")
    keys = Counter()
    names = {a.text for a in root.find("person").iter("author")}
    co = {na.text for na in root.iter("na")}
    cos = root.find("coauthors")
    if int(cos.get("n")) != len(cos.findall("co")): errors.append(f"{f}: coauthors n")
    for r in recs:
        (pub,) = list(r)
        keys[pub.get("key")] += 1
        t = pub.findtext("title")
        if not (t.endswith(".") or t.endswith("?")): errors.append(f"{f}: title {t!r}")
        for a in pub.iter("author"):
            if a.text not in names | co: errors.append(f"{f}: author {a.text} not in coauthors")
        if pub.findtext("journal") == "CoRR":
            m = re.fullmatch(r"abs/(\d{4}\.\d{5})", pub.findtext("volume") or "")
            if not m: errors.append(f"{f}: CoRR volume {pub.findtext('volume')}"); continue
            aid = m.group(1)
            if f"https://arxiv.org/abs/{aid}" not in [e.text for e in pub.iter("ee")]: errors.append(f"{f}: CoRR {aid} without its abs ee")
            if pub.get("key") != f"journals/corr/abs-{aid.replace('.', '-')}": errors.append(f"{f}: CoRR key {pub.get('key')}")
            if pub.findtext("url") != f"db/journals/corr/corr{aid[:4]}.html#abs-{aid.replace('.', '-')}":
                errors.append(f"{f}: CoRR url {pub.findtext('url')}")
            if pub.get("publtype") != "informal": errors.append(f"{f}: CoRR {aid} not informal")
    for k, n in keys.items():
        if n > 1: errors.append(f"{f}: key {k} twice")


def check_readwise(f, raw):
    secs = re.split(r"(?m)^# ", raw)[2:]
    if len(secs) < 5: errors.append(f"{f}: {len(secs)} sources")
    for s in secs:
        head = s.split("\n", 1)[0]
        if not re.search(r"^!\[rw-book-cover\]\(https://", s, re.M): errors.append(f"{f}: {head}: no cover")
        if "\n## Metadata\n" not in s or "\n## Highlights\n" not in s: errors.append(f"{f}: {head}: sections")
        ft = re.search(r"^- Full Title: (.+)$", s, re.M)
        if not ft or (ft.group(1) != head and not head.endswith("on Twitter")): errors.append(f"{f}: {head}: Full Title")
        if not re.search(r"^- Author: \[\[.+\]\]$", s, re.M): errors.append(f"{f}: {head}: Author")
        c = re.search(r"^- Category: #(\w+)$", s, re.M)
        if not c or c.group(1) not in ("articles", "books", "tweets", "podcasts"): errors.append(f"{f}: {head}: Category")


def check_hn(f, raw):
    lines = raw.split("\n")
    if not lines[0].startswith("Hacker News new | past | comments | ask | show | jobs | submit"): errors.append(f"{f}: header")
    if not re.fullmatch(r"\d+ points by [\w-]+ \d+ hours ago \| hide \| past \| favorite \| \d+ comments", lines[2]):
        errors.append(f"{f}: story line {lines[2]!r}")
    heads = [(i, l) for i, l in enumerate(lines) if re.match(r"^(?:[\w-]+|\[flagged\]) \d+ hours? ago \|", l)]
    if len(heads) < 10: errors.append(f"{f}: {len(heads)} comments")
    prev_age = None
    for j, (i, l) in enumerate(heads):
        m = re.fullmatch(r"(?:[\w-]+|\[flagged\]) (\d+) hours? ago \| ((?:root|parent|prev|next) \| )*(?:root|parent|prev|next) \[–\]", l)
        if not m: errors.append(f"{f}: comment header {l!r}"); continue
        end = heads[j + 1][0] if j + 1 < len(heads) else len(lines)
        body = lines[i + 1:end]
        if "[dead]" not in body and "reply" not in body: errors.append(f"{f}: comment at line {i + 1} without reply")
        age = int(m.group(1))
        if "parent" in l and prev_age is not None and age > prev_age: errors.append(f"{f}: reply at line {i + 1} older than its parent")
        prev_age = age


def shape_checks(f, raw, path):
    if f.endswith(".ipynb"): check_ipynb(f, raw)
    if f.endswith(".bbl"): check_bbl(f, raw)
    if f.endswith(".rst"): check_rst(f, raw)
    if f.endswith(".xlsx"): check_xlsx(f, path)
    if f.endswith(".pptx"): check_pptx(f, path)
    if f.endswith(".json"): check_csl(f, raw)
    if f.endswith(".xml"): check_dblp(f, raw)
    if f.endswith(".md"): check_readwise(f, raw)
    if f.endswith(".txt"): check_hn(f, raw)


def valid_arxiv_shape(m):
    yy, mm, num = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num) == (5 if int(m[:4]) >= 1501 else 4)


# ---------------------------------------------------------------- label checks

files = sorted(os.listdir(DIG), key=lambda x: int(x.split("_")[0]))
if sorted(exp) != sorted(files):
    errors.append(f"keys {sorted(exp)} != files {sorted(files)}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    path = os.path.join(DIG, f)
    if f.endswith((".xlsx", ".pptx")):
        try:
            raw = "\n".join(zip_parts(path)[1].values())
        except zipfile.BadZipFile:
            raw = ""
    else:
        raw = open(path, encoding="utf-8", newline="").read()
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=([\w-]+)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier rounds used each paper
used = Counter()
for r in ("round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12"):
    pth = os.path.join(ROOT, "..", r, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:58s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier-round uses of the papers (rounds 5-12): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"papers in more than one round13 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
