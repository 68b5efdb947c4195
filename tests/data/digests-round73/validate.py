#!/usr/bin/env python3
r"""Checks round73/expected.json against the digests and the shared catalogues.

Adapted from round71/validate.py (the label checks are the same code; the reuse report is round71's with round72 /
round73 in place of round70 / round71: round73 holds the even positions, round72 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round72's and round73's
own (a digests-round72 / digests-round73 folder, or a file whose bytes equal round72's or round73's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round73 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round72/expected.json when that file
exists (read only), and on a paper in more than one round73 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 748 and 751 the XML without tags and entities
undone; 752 .properties escapes undone (\uXXXX, \:, \=, \\ …); 753 Data::Dumper escapes undone (\x{…}, \$, \@, \",
\\, \'); 755 the JSON decoded; everything: HTML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind (braces and TeX control words dropped); a title found only that
way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 747 Dendron note (front matter id / title / desc / updated / created in order, id
of 23 [a-z0-9], epoch-ms stamps, wiki-link targets are note hierarchies, block anchors unique); 748 flat ODT (well-
formed XML, office:document with mimetype and version, top-level order, styles defined, bibliography marks with
identifier / type / author / title and text '[identifier]', each in the generated bibliography, paragraph-count and
table-count statistics); 749 Halibut (one \title, a \C chapter, known commands, paragraph commands
at a paragraph start, braces balanced within each paragraph, ids unique, \k targets defined); 750 hg log -v -p (changeset headers,
revs consecutive, hg date form with the right weekday, dates ascending to the tip, files: equals the diffed paths,
diff -r parent -r node, ---/+++ headers, hunk counts); 751 Adium chatlog (declaration, ULF root with account /
service / adiumversion / buildid, one element a line, known elements, times in order with offsets, messages with
alias and div, windowOpened first); 752 Properties.store (ASCII, CRLF, comment + Date.toString() with the right
weekday, key=value lines, known escapes, \uXXXX upper-case, no unescaped = : # ! in values, unique keys, items with
titles, list.count); 753 Data::Dumper Indent=1 / Sortkeys (a recursive parser: two spaces a level, keys sorted, '…'
escapes, "…" only with \x{…} and \$ \@ escaped, $VAR1 references pointing back); 754 finger -l (Login / Directory
lines with their TABs, session / mail / Project lines, Plan: or No Plan., weekdays right); 755 linkding API (DRF compact
form, keys in order, count, DRF timestamps, sort by -date_added, tags, Wayback URLs wrapping the URL on the date
added); 756 Terraform (comments / strings / heredocs closed, brackets balanced, no TAB, known top-level blocks).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import datetime, hashlib, html, json, os, re, sys
from collections import Counter
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

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def props_unescape(s):
    s = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(m.group(1), m.group(1)), s)


def dumper_unescape(s):
    s = re.sub(r"\\x\{([0-9a-f]+)\}", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(r"\\([\\$@\"'])", r"\1", s)


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (748, 751): forms.append(strip_tags(raw))
    if n == 752: forms.append(props_unescape(raw))
    if n == 753: forms.append(dumper_unescape(raw))
    if n == 755: forms.append(json.dumps(json.loads(raw), ensure_ascii=False, indent=1))
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
NOTE = r"[a-z0-9][a-z0-9.\-]*"


def check_dendron(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no YAML front matter between --- lines"); return
    fm = m.group(1).split("\n")
    ks = [l.split(":")[0] for l in fm if re.match(r"\w+:", l)]
    if ks[:5] != ["id", "title", "desc", "updated", "created"]: errors.append(f"{f}: front matter keys {ks[:5]} (Dendron writes id, title, desc, updated, created)")
    v = {l.split(":")[0]: l.split(":", 1)[1].strip() for l in fm if re.match(r"\w+:", l)}
    if not re.fullmatch(r"[a-z0-9]{23}", v.get("id", "")): errors.append(f"{f}: id is not 23 lower-case letters / digits")
    for k in ("updated", "created"):
        if not re.fullmatch(r"\d{13}", v.get(k, "")): errors.append(f"{f}: {k} is not epoch milliseconds")
    if v.get("updated", "") < v.get("created", ""): errors.append(f"{f}: updated before created")
    if not re.fullmatch(r"'(?:[^']|'')*'|[^'\"].*", v.get("desc", "''")): errors.append(f"{f}: desc badly quoted")
    body = raw[m.end():]
    for l in re.findall(r"\[\[(.*?)\]\]", body):
        target = l.split("|")[-1]
        if "|" in l and not l.split("|")[0].strip(): errors.append(f"{f}: empty alias in [[{l}]]")
        if not re.fullmatch(NOTE + r"(#[a-z0-9\-]+)?", target): errors.append(f"{f}: wiki link target {target!r} is not a Dendron note name")
    if body.count("[[") != body.count("]]"): errors.append(f"{f}: unbalanced [[ ]]")
    anchors = re.findall(r" \^([A-Za-z0-9\-]+)$", body, re.M)
    for a in anchors:
        if not re.fullmatch(r"[a-z0-9\-]+", a): errors.append(f"{f}: block anchor ^{a} not lower-case")
    for a, c in Counter(anchors).items():
        if c > 1: errors.append(f"{f}: block anchor ^{a} used {c} times")


ODF = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0", "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
Q = lambda p, n: "{%s}%s" % (ODF[p], n)


def check_fodt(f, raw):
    import xml.etree.ElementTree as ET
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'): errors.append(f"{f}: no XML declaration")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != Q("office", "document"): errors.append(f"{f}: root is not office:document")
    if root.get(Q("office", "mimetype")) != "application/vnd.oasis.opendocument.text": errors.append(f"{f}: office:mimetype is not ODF text")
    if not root.get(Q("office", "version")): errors.append(f"{f}: no office:version")
    order = [c.tag.split("}")[1] for c in root]
    if order != ["meta", "settings", "font-face-decls", "styles", "automatic-styles", "master-styles", "body"]: errors.append(f"{f}: top-level order {order}")
    styles = {e.get(Q("style", "name")) for e in root.iter(Q("style", "style"))}
    for e in root.iter():
        if e.tag in (Q("text", "p"), Q("text", "h"), Q("text", "span")) and e.get(Q("text", "style-name")) not in styles:
            errors.append(f"{f}: style {e.get(Q('text', 'style-name'))!r} not defined")
    marks = list(root.iter(Q("text", "bibliography-mark")))
    ids = [m.get(Q("text", "identifier")) for m in marks]
    for m in marks:
        for a in ("identifier", "bibliography-type", "title", "author"):
            if not m.get(Q("text", a)): errors.append(f"{f}: bibliography-mark without text:{a}")
        if (m.text or "") != f"[{m.get(Q('text', 'identifier'))}]": errors.append(f"{f}: mark text {m.text!r} is not [identifier]")
    for i, c in Counter(ids).items():
        if c > 1: errors.append(f"{f}: bibliography identifier {i} marked {c} times")
    body = "".join(root.find(".//" + Q("text", "index-body")).itertext()) if root.find(".//" + Q("text", "index-body")) is not None else ""
    for i in ids:
        if f"[{i}]" not in body: errors.append(f"{f}: {i} missing from the generated bibliography")
    st = root.find(".//" + Q("meta", "document-statistic"))
    npar = sum(1 for e in root.iter() if e.tag in (Q("text", "p"), Q("text", "h")))
    if st is None or st.get(Q("meta", "paragraph-count")) != str(npar): errors.append(f"{f}: paragraph-count is not {npar}")
    if st is None or st.get(Q("meta", "table-count")) != str(len(list(root.iter(Q("table", "table"))))): errors.append(f"{f}: table-count wrong")


HAL_CMDS = {"cfg", "define", "title", "copyright", "versionid", "C", "H", "S", "A", "U", "b", "n", "dd", "e", "c", "cw",
            "q", "W", "k", "K", "B", "BR", "nocite", "dash", "i", "ii", "I", "u", "rule", "lcont", "quote", "preamble", "#"}
HAL_PARA = ("C", "H", "S", "A", "U", "B", "b", "n", "title", "copyright", "versionid", "preamble", "rule")


def check_halibut(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if sum(1 for l in ls if l.startswith("\\title ")) != 1: errors.append(f"{f}: \\title not exactly once")
    if not any(l.startswith("\\C{") for l in ls): errors.append(f"{f}: no \\C chapter")
    ids, refs, depth = Counter(), [], 0
    for k, l in enumerate(ls, 1):
        if l.startswith("\\#"): continue
        if l.startswith("\\c ") or l == "\\c": continue
        if not l.strip():
            if depth: errors.append(f"{f}: line {k}: a paragraph ends with {depth} brace(s) open"); depth = 0
            continue
        for m in re.finditer(r"\\\\|\\[{}]|\\([A-Za-z]+|#)|[{}]", l):
            t = m.group(0)
            if t in ("{", "}"):
                depth += 1 if t == "{" else -1
                if depth < 0: errors.append(f"{f}: line {k}: '}}' without '{{'"); depth = 0
            elif m.group(1):
                c = m.group(1)
                if c not in HAL_CMDS and not re.fullmatch(r"u[0-9A-Fa-f]+", c): errors.append(f"{f}: line {k}: unknown command \\{c}")
                if c in HAL_PARA and (m.start() or (k > 1 and ls[k - 2].strip() and not ls[k - 2].startswith("\\#"))):
                    errors.append(f"{f}: line {k}: \\{c} does not start a paragraph")
                if c in ("C", "H", "S", "A", "B"):
                    mi = re.match(r"\\[A-Z]\{([^}]+)\}", l[m.start():])
                    if mi: ids[mi.group(1)] += 1
                    else: errors.append(f"{f}: line {k}: \\{c} without an id")
                if c in ("k", "K"):
                    mr = re.match(r"\\[kK]\{([^}]+)\}", l[m.start():])
                    if mr: refs.append((k, mr.group(1)))
    if depth: errors.append(f"{f}: braces left open at the end")
    for i, c in ids.items():
        if c > 1: errors.append(f"{f}: id {i} defined {c} times")
    for k, r in refs:
        if r not in ids: errors.append(f"{f}: line {k}: \\k{{{r}}} refers to no section or bibliography entry")


HGDATE = "%a %b %d %H:%M:%S %Y %z"


def check_hglog(f, raw):
    lf_final(f, raw)
    blocks = re.split(r"(?m)^(?=changeset:   )", raw)
    if blocks[0]: errors.append(f"{f}: text before the first changeset")
    blocks = [b for b in blocks if b]
    heads = []
    for b in blocks:
        m = re.match(r"changeset:   (\d+):([0-9a-f]{12})\n(?:tag:         \S+\n)*user:        .+ <[^@\s]+@[^>\s]+>\ndate:        (.+)\n"
                     r"files:       (.+)\ndescription:\n(.*?)\n\n\n", b, re.S)
        if not m: errors.append(f"{f}: bad changeset header near {b[:40]!r}"); heads.append(None); continue
        try: d = datetime.datetime.strptime(m.group(3), HGDATE)
        except ValueError: errors.append(f"{f}: bad date {m.group(3)!r}"); d = None
        if d and d.strftime(HGDATE) != m.group(3): errors.append(f"{f}: date {m.group(3)!r} not in hg's form (weekday?)")
        heads.append((int(m.group(1)), m.group(2), d, m.group(4).split(), b[m.end():]))
    for i, h in enumerate(heads):
        if not h: continue
        rev, node, d, files, rest = h
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        if nxt and nxt[0] != rev - 1: errors.append(f"{f}: rev {rev} followed by {nxt[0]}")
        if nxt and d and nxt[2] and nxt[2] > d: errors.append(f"{f}: rev {rev} older than its parent")
        if not rest.endswith("\n\n") and i + 1 < len(heads): errors.append(f"{f}: rev {rev}: no blank line after the patch")
        diffs = re.findall(r"^diff -r ([0-9a-f]{12}) -r ([0-9a-f]{12}) (\S+)$", rest, re.M)
        if sorted(p for _, _, p in diffs) != sorted(files): errors.append(f"{f}: rev {rev}: files: line does not match the diffs")
        for p, n_, _ in diffs:
            if n_ != node: errors.append(f"{f}: rev {rev}: diff -r … -r {n_} is not this changeset")
            if nxt and p != nxt[1]: errors.append(f"{f}: rev {rev}: diff parent {p} is not rev {nxt[0]}")
        lines = rest.split("\n")
        k = 0
        while k < len(lines):
            mh = re.match(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@$", lines[k])
            if lines[k].startswith("@@") and not mh: errors.append(f"{f}: rev {rev}: bad hunk header {lines[k]!r}")
            if mh:
                a, b_ = int(mh.group(2)), int(mh.group(4)); k += 1
                while k < len(lines) and lines[k][:1] in (" ", "-", "+") and not lines[k].startswith(("--- ", "+++ ")):
                    if lines[k][0] in " -": a -= 1
                    if lines[k][0] in " +": b_ -= 1
                    k += 1
                if a or b_: errors.append(f"{f}: rev {rev}: hunk line counts do not match its header")
                continue
            if lines[k].startswith(("--- ", "+++ ")) and not re.fullmatch(r"(--- (a/\S+|/dev/null)|\+\+\+ b/\S+)\t[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d \d{4} [+-]\d{4}", lines[k]):
                errors.append(f"{f}: rev {rev}: bad file header {lines[k]!r}")
            k += 1


ULF = "{http://purl.org/net/ulf/ns/0.4-02}"


def check_adium(f, raw):
    import xml.etree.ElementTree as ET
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[0] != '<?xml version="1.0" encoding="UTF-8" ?>': errors.append(f"{f}: first line is not Adium's XML declaration")
    if not ls[1].startswith('<chat xmlns="http://purl.org/net/ulf/ns/0.4-02" '): errors.append(f"{f}: second line is not the <chat> root")
    for k, l in enumerate(ls[2:], 3):
        if l != "</chat>" and len(re.findall(r"<(?:message|event|status) ", l)) != 1 or not re.match(r"<(message|event|status) |</chat>$", l):
            errors.append(f"{f}: line {k}: not one element a line")
    try: root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    for a in ("account", "service", "adiumversion", "buildid"):
        if not root.get(a): errors.append(f"{f}: <chat> without {a}")
    prev = None
    for e in root:
        tag = e.tag.replace(ULF, "")
        if tag not in ("message", "event", "status"): errors.append(f"{f}: unknown element <{tag}>"); continue
        try: t = datetime.datetime.fromisoformat(e.get("time", ""))
        except ValueError: errors.append(f"{f}: <{tag}> with bad time {e.get('time')!r}"); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", e.get("time")): errors.append(f"{f}: time not in Adium's form")
        if prev and t < prev: errors.append(f"{f}: time goes back at {e.get('time')}")
        prev = t
        if not e.get("sender"): errors.append(f"{f}: <{tag}> without sender")
        if tag == "message":
            if e.find(ULF + "div") is None: errors.append(f"{f}: message without <div>")
            if not e.get("alias"): errors.append(f"{f}: message without alias")
    if root[0].tag != ULF + "event" or root[0].get("type") != "windowOpened": errors.append(f"{f}: does not start with windowOpened")


def check_properties(f, raw, path):
    b = open(path, "rb").read()
    if not b.isascii(): errors.append(f"{f}: non-ASCII bytes (store() writes \\uXXXX)")
    if re.search(rb"(?<!\r)\n", b) or not b.endswith(b"\r\n"): errors.append(f"{f}: line ends are not all CRLF")
    ls = raw.split("\r\n")[:-1]
    if not ls[0].startswith("#"): errors.append(f"{f}: no comment line first")
    if not re.fullmatch(r"#(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d \d\d:\d\d:\d\d [A-Z]{2,5} \d{4}", ls[1] if len(ls) > 1 else ""):
        errors.append(f"{f}: second line is not Date.toString()")
    else:
        d = datetime.datetime.strptime(ls[1][1:11] + ls[1][-5:], "%a %b %d %Y")
        if d.strftime("%a") != ls[1][1:4]: errors.append(f"{f}: weekday does not match the date")
    seen, vals = Counter(), {}
    for k, l in enumerate(ls[2:], 3):
        m = re.fullmatch(r"((?:[^=:\\ ]|\\.)+)=(.*)", l)
        if not m: errors.append(f"{f}: line {k}: not key=value"); continue
        for part in m.groups():
            for e in re.findall(r"\\(u[0-9A-Fa-f]{0,4}|.)", part):
                if e[0] == "u" and not re.fullmatch(r"u[0-9A-F]{4}", e): errors.append(f"{f}: line {k}: bad \\{e}")
                elif e[0] != "u" and e not in " tnrf=:#!\\": errors.append(f"{f}: line {k}: unknown escape \\{e}")
        if re.search(r"(?<!\\)(?:\\\\)*[=:#!]", m.group(2)): errors.append(f"{f}: line {k}: unescaped = : # ! in a value")
        key = props_unescape(m.group(1)); seen[key] += 1; vals[key] = props_unescape(m.group(2))
    for x, c in seen.items():
        if c > 1: errors.append(f"{f}: key {x} repeated")
    items = {re.match(r"item\.(\d+)\.", x).group(1) for x in vals if re.match(r"item\.\d+\.", x)}
    for i in items:
        if f"item.{i}.title" not in vals: errors.append(f"{f}: item {i} without a title")
    if vals.get("list.count") != str(len(items)): errors.append(f"{f}: list.count {vals.get('list.count')} != {len(items)} items")


def check_dumper(f, raw):
    lf_final(f, raw)
    i = raw.find("$VAR1 = ")
    if i < 0 or (i and raw[i - 1] != "\n"): errors.append(f"{f}: no '$VAR1 = ' line"); return
    s = raw[i + 8:]
    if not s.endswith(";\n"): errors.append(f"{f}: dump does not end with ';'")
    if not s.isascii(): errors.append(f"{f}: non-ASCII characters in the dump (XS Dumper writes \\x{{…}})")
    pos = [0]
    paths = set()

    def ws():
        while pos[0] < len(s) and s[pos[0]] in " \n": pos[0] += 1

    def indent_before(p):
        j = s.rfind("\n", 0, p)
        return p - j - 1

    def val(depth, path):
        ws(); c = s[pos[0]:pos[0] + 1]
        if c in "{[":
            close = "}" if c == "{" else "]"
            pos[0] += 1; paths.add(path)
            if s[pos[0]] == close: pos[0] += 1; return
            if s[pos[0]] != "\n": errors.append(f"{f}: no line break after {c!r}")
            keys_, n = [], 0
            while True:
                ws()
                if indent_before(pos[0]) != 2 * (depth + 1): errors.append(f"{f}: indentation {indent_before(pos[0])} at depth {depth + 1} (Indent=1 wants {2 * (depth + 1)})"); return
                if c == "{":
                    k = scalar()
                    if k is None: return
                    keys_.append(k)
                    if s[pos[0]:pos[0] + 4] != " => ": errors.append(f"{f}: no ' => ' after key {k!r}"); return
                    pos[0] += 4; val(depth + 1, f"{path}{{'{k}'}}")
                else:
                    val(depth + 1, f"{path}[{n}]"); n += 1
                if s[pos[0]:pos[0] + 2] == ",\n": pos[0] += 2; continue
                if s[pos[0]] != "\n": errors.append(f"{f}: unexpected {s[pos[0]:pos[0] + 10]!r}"); return
                ws()
                if s[pos[0]] != close or indent_before(pos[0]) != 2 * depth: errors.append(f"{f}: {close!r} missing or misindented"); return
                pos[0] += 1; break
            if keys_ != sorted(keys_): errors.append(f"{f}: keys not sorted (Sortkeys): {keys_[:4]}")
            return
        if c == "$":
            m = re.match(r"\$VAR1((?:->)?(?:\{'\w+'\}|\[\d+\])+)", s[pos[0]:])
            if not m: errors.append(f"{f}: bad reference"); return
            p = m.group(1).replace("->", "", 1)
            if p not in paths: errors.append(f"{f}: reference $VAR1->{p} does not point back to a dumped container")
            pos[0] += m.end(); return
        if s.startswith("undef", pos[0]): pos[0] += 5; return
        scalar()

    def scalar():
        c = s[pos[0]:pos[0] + 1]
        m = re.match(r"-?(?:0|[1-9]\d{0,8})(?![\d.])", s[pos[0]:])
        if m: pos[0] += m.end(); return m.group(0)
        if c == "'":
            m = re.match(r"'((?:[^'\\]|\\.)*)'", s[pos[0]:], re.S)
            if not m: errors.append(f"{f}: unterminated '…' string"); pos[0] = len(s); return None
            if re.search(r"\\[^\\']", m.group(1)): errors.append(f"{f}: escape other than \\\\ / \\' in a '…' string")
            pos[0] += m.end(); return m.group(1)
        if c == '"':
            m = re.match(r'"((?:[^"\\]|\\.)*)"', s[pos[0]:])
            if not m: errors.append(f"{f}: unterminated \"…\" string"); pos[0] = len(s); return None
            body = m.group(1)
            if "\\x{" not in body: errors.append(f"{f}: double-quoted string without \\x{{…}} (Dumper uses '…')")
            if re.search(r"(?<!\\)(?:\\\\)*[$@]", body): errors.append(f"{f}: unescaped $ or @ in a \"…\" string")
            for e in re.findall(r"\\(x\{[0-9a-f]+\}|.)", body):
                if not (e.startswith("x{") or e in '\\"$@'): errors.append(f"{f}: bad escape \\{e}")
            pos[0] += m.end(); return body
        errors.append(f"{f}: unexpected {s[pos[0]:pos[0] + 12]!r}"); pos[0] = len(s); return None

    val(0, "")
    if s[pos[0]:] != ";\n": errors.append(f"{f}: text after the dump: {s[pos[0]:pos[0] + 20]!r}")


WD = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \\d]\\d) (\\d\\d:\\d\\d)"


def check_finger(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls[0].startswith("Login: "): errors.append(f"{f}: does not start with 'Login:'")
    for m in re.finditer(WD + r"(?: (\d{4}))?", raw):
        d = datetime.date(int(m.group(5) or 2024), datetime.datetime.strptime(m.group(2), "%b").month, int(m.group(3)))
        if d.strftime("%a") != m.group(1): errors.append(f"{f}: {m.group(0)!r}: wrong weekday")
    k = 0
    while k < len(ls):
        l = ls[k]
        if l.startswith("Login: "):
            if k and ls[k - 1] != "" and not re.fullmatch(r"\[[\w.-]+\]", ls[k - 1]): errors.append(f"{f}: line {k + 1}: block not after a blank line or [host]")
            if not re.fullmatch(r"Login: \S+ +\t\t\tName: .+", l): errors.append(f"{f}: line {k + 1}: bad Login line")
            if k + 1 >= len(ls) or not re.fullmatch(r"Directory: \S+ +\tShell: \S+", ls[k + 1]): errors.append(f"{f}: line {k + 2}: bad Directory line")
            j, saw_mail = k + 2, False
            while j < len(ls) and not ls[j].startswith(("Plan:", "No Plan.")):
                x = ls[j]
                ok = re.fullmatch(r"On since " + WD + r" \(\w+\) on \S+ from \S+", x) or re.fullmatch(r"Last login " + WD + r" \(\w+\) on \S+ from \S+", x) \
                    or re.fullmatch(r"   (\d+ (hours?|minutes?|seconds?) ?)+idle", x) or x in ("No mail.", "Never logged in.") \
                    or re.fullmatch(r"(Mail last read|New mail received|     Unread since) " + WD + r" \d{4} \(\w+\)", x) or x.startswith("Project: ")
                if not ok: errors.append(f"{f}: line {j + 1}: unexpected line in a user block: {x[:40]!r}"); break
                saw_mail |= bool(re.match(r"(No mail|Mail last|New mail)", x))
                j += 1
            if not saw_mail: errors.append(f"{f}: line {k + 1}: user block without a mail line")
            if j >= len(ls): errors.append(f"{f}: line {k + 1}: user block without Plan: / No Plan.")
            k = j + 1; continue
        k += 1


def check_linkding(f, raw):
    lf_final(f, raw, final=False)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not in DRF's compact JSON form")
    if list(d) != ["count", "next", "previous", "results"]: errors.append(f"{f}: keys {list(d)}")
    if d.get("count") != len(d.get("results") or []) and d.get("next") is None: errors.append(f"{f}: count != results on the last page")
    order = ["id", "url", "title", "description", "notes", "web_archive_snapshot_url", "favicon_url", "preview_image_url", "is_archived",
             "unread", "shared", "tag_names", "date_added", "date_modified", "website_title", "website_description"]
    ids, prev = Counter(), None
    for b in d.get("results") or []:
        if list(b) != order: errors.append(f"{f}: bookmark {b.get('id')} keys {list(b)}"); continue
        ids[b["id"]] += 1
        for k in ("date_added", "date_modified"):
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", b[k]): errors.append(f"{f}: {b['id']}: {k} not in DRF's form")
        if b["date_modified"] < b["date_added"]: errors.append(f"{f}: {b['id']}: modified before added")
        if prev and b["date_added"] > prev: errors.append(f"{f}: results not sorted by -date_added")
        prev = b["date_added"]
        for t in b["tag_names"]:
            if not re.fullmatch(r"[^\sA-Z]+", t): errors.append(f"{f}: {b['id']}: tag {t!r}")
        w = b["web_archive_snapshot_url"]
        if w and not re.fullmatch(r"https://web\.archive\.org/web/\d{14}/" + re.escape(b["url"]), w): errors.append(f"{f}: {b['id']}: snapshot URL does not wrap the bookmark URL")
        if w and w[28:36] != b["date_added"][:10].replace("-", ""): errors.append(f"{f}: {b['id']}: snapshot date is not the date added")
    for i, c in ids.items():
        if c > 1: errors.append(f"{f}: bookmark id {i} repeated")


TF_BLOCKS = {"terraform", "provider", "variable", "locals", "data", "resource", "output", "module"}


def check_terraform(f, raw):
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: TAB characters (terraform fmt uses spaces)")
    code, i, n, strs = [], 0, len(raw), []
    while i < n:
        if raw[i] == "#" or raw.startswith("//", i):
            j = raw.find("\n", i); i = n if j < 0 else j; continue
        if raw.startswith("/*", i):
            j = raw.find("*/", i)
            if j < 0: errors.append(f"{f}: /* comment not closed"); break
            i = j + 2; continue
        m = re.match(r"<<-?([A-Z]+)\n", raw[i:])
        if m:
            e = re.search(r"^\s*" + m.group(1) + r"$", raw[i + m.end():], re.M)
            if not e: errors.append(f"{f}: heredoc {m.group(1)} not closed"); break
            strs.append(raw[i + m.end():i + m.end() + e.start()]); code.append('""'); i += m.end() + e.end(); continue
        if raw[i] == '"':
            j = i + 1
            while j < n and raw[j] != '"' and raw[j] != "\n":
                j += 2 if raw[j] == "\\" else 1
            if j >= n or raw[j] != '"': errors.append(f"{f}: string not closed near byte {i}"); break
            strs.append(raw[i + 1:j]); code.append('""'); i = j + 1; continue
        code.append(raw[i]); i += 1
    c = "".join(code)
    st, pairs = [], {")": "(", "]": "[", "}": "{"}
    for ch in c:
        if ch in "([{": st.append(ch)
        elif ch in ")]}":
            if not st or st.pop() != pairs[ch]: errors.append(f"{f}: brackets unbalanced at {ch!r}"); break
    if st: errors.append(f"{f}: brackets left open: {st}")
    for s_ in strs:
        if s_.count("${") > s_.count("}"): errors.append(f"{f}: ${{ not closed in a string")
    depth = 0
    for l in c.split("\n"):
        if depth == 0 and l.strip():
            w = l.split()[0]
            if w not in TF_BLOCKS: errors.append(f"{f}: unknown top-level block {w!r}")
        depth += sum(l.count(x) for x in "{[(") - sum(l.count(x) for x in "}])")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 752: check_properties(f, raw, path); return
    {747: check_dendron, 748: check_fodt, 749: check_halibut, 750: check_hglog, 751: check_adium, 753: check_dumper,
     754: check_finger, 755: check_linkding, 756: check_terraform}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round72's and round73's, a byte-identical file counted once), and the round72/round73 split (candidates sorted by
# (uses, catalogue title); round73 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P72 = "/work/main/tests/data/digests-round72/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P72): own.add(open(P72, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round72", "digests-round73") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round72 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r72 = set()
if os.path.exists(P72):
    try:
        r72 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P72)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round72/expected.json exists but could not be read (being written?)")
    if r72 & mine: errors.append(f"papers also in round72: {sorted(r72 & mine)}")
shared72 = len(r72 & mine) if os.path.exists(P72) else "(no digests-round72/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round73 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round72: {shared72}; papers in more than one round73 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
