#!/usr/bin/env python3
"""Checks round10/expected.json against the digests and the shared catalogues.

Adapted from round9/validate.py. Each digest is read as UTF-8, then looked at in decoded forms where its shape
needs them:
  - email (.eml): parsed with the email package; every text part decoded from quoted-printable (soft line breaks
    inside titles, ids and UTF-8 sequences undone), the HTML part also with tags stripped; the encoded-word Subject;
  - Markdown (.md): reference-style links resolved ("[text][key]" -> "text url"), so a title whose URL sits in a
    "[key]: url" definition at the bottom is found next to its URL;
  - pdftotext text (119): each page's two columns cut apart at the right column's start and read left then right,
    and "-" + line break + lowercase joined (hyphenation at line ends);
  - BibLaTeX (.bib): braces and TeX commands dropped (norm() also drops braces), so "{BERT}: Pre-training…" matches;
  - Canvas (.canvas): every JSON string value (text nodes' Markdown, link nodes' url, file nodes' path);
  - HTML (.html): entities undone, and tags stripped;
  - everything: HTML entities undone once and twice, percent-escapes undone (the Beehiiv redirect's ?url=).
A title or link found only in a decoded form is reported as a `note:`. Shape checks: the .eml has the
multipart/alternative structure with a text/plain and a text/html part, both UTF-8 quoted-printable, QP lines of at
most 76 characters, at least one soft break inside a UTF-8 sequence, "Ver en el navegador" and "Lecturas de la
semana"; the README has balanced <details>/<summary>, a definition for every [text][key] and a use for every
definition, and TOC anchors that match headings; the programme has form-feed pages each with header and "— n —"
footer and two columns on the body lines; the .bib has balanced braces, only BibLaTeX entry types/fields (no
`journal`, `year`, `archivePrefix`), `eprint` wherever `eprinttype = {arxiv}`, an @book and an @software; the .py
parses with ast and its REFERENCES is a list of dict literals; the canvas is JSON with unique node ids, edges that
join existing nodes and valid node types; the HTML pages have balanced tags (old.reddit: every comment thing has a
div.md and a "permalink" button list; Hatena: a div.entry-content and the はてなブックマーク button); the log's dates
ascend; the changelog's version headings have ISO dates. It fails on an unlabelled OpenReview id or an unlabelled
catalogue/distractor title anywhere in a digest, and notes id-like strings."""
import ast, email, email.policy, html, json, os, re, sys
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
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


def tg_text(t):
    return t if isinstance(t, str) else "".join(p if isinstance(p, str) else p["text"] for p in t)


def latex_plain(s):
    s = re.sub(r"(?<!\\)%.*", "", s)
    s = s.replace("~", " ").replace("\\penalty0", " ")
    s = re.sub(r"\\href\{([^}]*)\}\{([^}]*)\}", r"\2 \1", s)
    s = re.sub(r"\\(?:emph|textit|textbf|url|texttt)\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\\newblock\s*", " ", s)
    return s.replace("{", "").replace("}", "")


def unquote_mail(s):
    return re.sub(r"(?m)^(?:> ?)+", "", s)


def eml_parts(raw):
    m = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    parts = []
    for p in m.walk():
        if p.is_multipart(): continue
        parts.append((p, p.get_content_type(), p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8")))
    return m, parts


def md_resolve(s):
    defs = dict(re.findall(r"(?m)^\[([^\]]+)\]:\s+(\S+)", s))
    return re.sub(r"\[([^\]]+)\]\[([^\]]+)\]", lambda m: m.group(1) + " " + defs.get(m.group(2), ""), s)


GAP = 62
def columns(raw):
    out = []
    for page in raw.split("\f"):
        lines = page.split("\n")
        left = [l[:GAP].rstrip() for l in lines]
        right = [l[GAP:].rstrip() for l in lines]
        out.append("\n".join(left) + "\n" + "\n".join(right))
    s = "\n".join(out)
    return re.sub(r"(\w)-\n\s*([a-z])", r"\1\2", s)


def decoded_forms(f, raw):
    forms = []
    if f.endswith(".eml"):
        m, parts = eml_parts(raw)
        forms.append(str(m["Subject"]))
        for p, ct, t in parts:
            forms.append(t)
            if ct == "text/html": forms += [html.unescape(t), strip_tags(t)]
    if f.endswith(".html"):
        forms += [html.unescape(raw), strip_tags(raw)]
    if f.endswith(".canvas"):
        forms.append("\n".join(json_strings(json.loads(raw))))
    if f.endswith(".md"):
        forms.append(md_resolve(raw))
    if f.startswith("119"):
        forms.append(columns(raw))
    if f.endswith(".py"):
        forms.append(re.sub(r"\n\s*#\s*", " ", raw))
    if f.endswith(".bib"):
        forms.append(re.sub(r"\\[a-zA-Z]+\s*", "", raw).replace("{", "").replace("}", ""))
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


class TagBalance(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
    LOOSE = {"p", "li", "dt", "dd", "tr", "td", "th", "tbody", "option", "html", "head", "body"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID and ":" not in tag:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID or ":" in tag:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t == tag: break
                if t not in self.LOOSE:
                    self.problems.append(f"<{t}> closed by </{tag}> at line {self.getpos()[0]}")
        else:
            self.problems.append(f"stray </{tag}> at line {self.getpos()[0]}")


def check_eml(f, raw):
    m, parts = eml_parts(raw)
    if m.get_content_type() != "multipart/alternative": errors.append(f"{f}: not multipart/alternative")
    cts = [ct for _, ct, _ in parts]
    if cts != ["text/plain", "text/html"]: errors.append(f"{f}: parts {cts}")
    for p, ct, t in parts:
        if p["Content-Transfer-Encoding"] != "quoted-printable": errors.append(f"{f}: {ct} not QP")
        if (p.get_content_charset() or "").lower() != "utf-8": errors.append(f"{f}: {ct} not UTF-8")
    body = raw.split("\r\n\r\n", 1)[1]
    if any(len(l) > 76 for l in body.split("\r\n") if not l.startswith("--")): errors.append(f"{f}: QP line over 76")
    if not re.search(r"=[C-F][0-9A-F]=\r\n", raw): errors.append(f"{f}: no soft break inside a UTF-8 sequence")
    txt = "\n".join(t for _, _, t in parts)
    for w in ("Ver en el navegador", "Lecturas de la semana", "LECTURAS DE LA SEMANA"):
        if w not in txt: errors.append(f"{f}: no '{w}'")
    tb = TagBalance(); tb.feed(parts[1][2]); tb.close()
    for pbl in tb.problems: errors.append(f"{f} (html part): {pbl}")


def check_html(f, raw):
    tb = TagBalance(); tb.feed(raw); tb.close()
    for pbl in tb.problems: errors.append(f"{f}: {pbl}")
    left = [t for t in tb.stack if t not in TagBalance.LOOSE]
    if left: errors.append(f"{f}: unclosed tags {left}")
    if "old.reddit.com" in raw:
        things = raw.split('data-type="comment"')[1:]
        for t in things:
            seg = t.split('data-type="comment"')[0]
            if 'class="md"' not in seg or ">permalink</a>" not in seg: errors.append(f"{f}: comment without md/permalink")
        if 'data-type="link"' not in raw: errors.append(f"{f}: no link thing")
    if "hatenablog" in raw:
        if 'class="entry-content hatenablog-entry"' not in raw: errors.append(f"{f}: no entry-content")
        if "はてなブックマーク" not in raw: errors.append(f"{f}: no はてなブックマーク button")


def check_md(f, raw):
    nocode = re.sub(r"`[^`]*`", "", raw)
    uses = set(re.findall(r"\]\[([^\]]+)\]", nocode))
    defs = set(re.findall(r"(?m)^\[([^\]]+)\]:\s+\S+", raw))
    for k in uses - defs: errors.append(f"{f}: [..][{k}] has no definition")
    for k in defs - uses - {"Unreleased"}:
        if not re.search(r"\[" + re.escape(k) + r"\](?![\[(:])", raw): errors.append(f"{f}: definition [{k}] unused")
    if raw.count("<details") != raw.count("</details>"): errors.append(f"{f}: <details> unbalanced")
    if raw.count("<summary>") != raw.count("</summary>"): errors.append(f"{f}: <summary> unbalanced")
    heads = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in re.findall(r"(?m)^##+ (.+)$", raw)}
    for a in re.findall(r"\]\(#([^)]+)\)", raw):
        if a not in heads: errors.append(f"{f}: TOC anchor #{a} has no heading")


def check_program(f, raw):
    pages = raw.split("\f")
    for i, p in enumerate(pages, 1):
        if not p.startswith("ELSM 2024"): errors.append(f"{f}: page {i} without header")
        if f"— {i} —" not in p: errors.append(f"{f}: page {i} without footer")
        if not any(len(l) > GAP and l[GAP - 1] == " " and l[:GAP].strip() for l in p.split("\n")):
            errors.append(f"{f}: page {i} has no two-column line")


def check_bib(f, raw):
    d = 0
    for ch in raw:
        d += {"{": 1, "}": -1}.get(ch, 0)
        if d < 0: errors.append(f"{f}: unbalanced }}"); d = 0
    if d: errors.append(f"{f}: {d} unclosed {{")
    types = re.findall(r"(?m)^@(\w+)\{", raw)
    ok = {"online", "inproceedings", "article", "book", "software", "incollection", "report", "thesis", "misc"}
    for t in types:
        if t not in ok: errors.append(f"{f}: entry type @{t}")
    for t in ("book", "software", "online", "inproceedings"):
        if t not in types: errors.append(f"{f}: no @{t}")
    for fld in ("journal", "year", "archivePrefix", "primaryClass"):
        if re.search(r"(?m)^\s+" + fld + r" = ", raw): errors.append(f"{f}: BibTeX field {fld}")
    for e in raw.split("\n@")[1:]:
        if "eprinttype = {arxiv}" in e and "\teprint = " not in e: errors.append(f"{f}: eprinttype without eprint")
        if "\ttitle = " not in e: errors.append(f"{f}: entry without title")


def check_py(f, raw):
    try:
        tree = ast.parse(raw)
    except SyntaxError as ex:
        errors.append(f"{f}: does not parse: {ex}"); return
    refs = [n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "REFERENCES"]
    if not refs or not all(isinstance(e, ast.Dict) for e in refs[0].value.elts): errors.append(f"{f}: REFERENCES not a list of dicts")
    if not ast.get_docstring(tree): errors.append(f"{f}: no module docstring")


def check_canvas(f, raw):
    try:
        d = json.loads(raw)
    except json.JSONDecodeError as ex:
        errors.append(f"{f}: JSON does not parse: {ex}"); return
    ids = [n["id"] for n in d["nodes"]]
    if len(ids) != len(set(ids)): errors.append(f"{f}: duplicate node ids")
    for n in d["nodes"]:
        if n["type"] not in ("text", "link", "file", "group"): errors.append(f"{f}: node type {n['type']}")
        need = {"text": "text", "link": "url", "file": "file", "group": "label"}[n["type"]]
        if need not in n: errors.append(f"{f}: {n['type']} node without {need}")
        for k in ("x", "y", "width", "height"):
            if not isinstance(n.get(k), int): errors.append(f"{f}: node {n['id']} {k} not int")
    for e in d["edges"]:
        if e["fromNode"] not in ids or e["toNode"] not in ids: errors.append(f"{f}: edge {e['id']} to a missing node")


def check_log(f, raw):
    ds = re.findall(r"(?m)^(\d{4}-\d\d-\d\d) (\w{3}) ", raw)
    dates = [d for d, _ in ds]
    if dates != sorted(dates): errors.append(f"{f}: dates not ascending")
    for d, wd in ds:
        if datetime.strptime(d, "%Y-%m-%d").strftime("%a") != wd: errors.append(f"{f}: {d} is not a {wd}")


def check_changelog(f, raw):
    for v, d in re.findall(r"(?m)^## \[([\d.]+)\] - (\S+)$", raw):
        try: datetime.strptime(d, "%Y-%m-%d")
        except ValueError: errors.append(f"{f}: bad date {d} for {v}")
    for v in re.findall(r"(?m)^## \[([^\]]+)\]", raw):
        if v != "1.x" and not re.search(r"(?m)^\[" + re.escape(v) + r"\]: https://", raw): errors.append(f"{f}: no link for [{v}]")


def shape_checks(f, raw):
    if f.endswith(".eml"): check_eml(f, raw)
    if f.endswith(".html"): check_html(f, raw)
    if f.endswith(".md") and "awesome" in f: check_md(f, raw)
    if f.startswith("119"): check_program(f, raw)
    if f.endswith(".bib"): check_bib(f, raw)
    if f.endswith(".py"): check_py(f, raw)
    if f.endswith(".canvas"): check_canvas(f, raw)
    if f.startswith("125"): check_log(f, raw)
    if f.startswith("126"): check_changelog(f, raw)


files = sorted(os.listdir(DIG))
if sorted(exp) != files:
    errors.append(f"keys {sorted(exp)} != files {files}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    raw = open(os.path.join(DIG, f), encoding="utf-8", newline="").read()
    shape_checks(f, raw)
    forms = decoded_forms(f, raw)
    alltext = raw + "\n\u241e\n" + "\n\u241e\n".join(forms)
    ntext = norm(alltext)
    nraw = norm(raw)
    recs = exp.get(f, [])
    seen = set()
    for r in recs:
        t, ev, tid, aid, oid = r["title"], r["evidence"], r["true_arxiv_id"], r["arxiv_id"], r["openreview_id"]
        key = tid or oid or t.lower()
        if key in seen: errors.append(f"{f}: duplicate {key}")
        seen.add(key)
        if tid:
            e = pool.get(tid)
            if not e: errors.append(f"{f}: {tid} not in pool"); continue
            if tid in distract_ids: errors.append(f"{f}: {tid} is a distractor")
        else:
            e = no_arxiv_titles.get(t.lower())
            if not e: errors.append(f"{f}: title-only no-arxiv paper not in pool: {t}"); continue
        if norm(e["title"]) != norm(t):
            notes.append(f"{f}: title as written differs from catalogue: {t!r} vs {e['title']!r}")
        if oid and e.get("openreview_id") != oid: errors.append(f"{f}: openreview {oid} not {tid}'s")
        if t in raw: pass
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities: {t!r}")
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
        if m not in labelled:
            notes.append(f"{f}: unlabelled id-like string {m!r}")
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id=(?:3D(?=\w{9,12}\b))?([\w-]+)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if (e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles:
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")

# reuse report: how many records use papers earlier rounds did not use
used = set()
for r in ("round5", "round6", "round7", "round8", "round9"):
    pth = os.path.join(ROOT, "..", r, "expected.json")
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used |= {x["true_arxiv_id"] or x["title"].lower() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    print(f"{f:42s} {sum(per[f].values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per[f].items())))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
fresh = sum(1 for recs in exp.values() for r in recs if (r["true_arxiv_id"] or r["title"].lower()) not in used)
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; not on arXiv {nox}; title-only share {c['title-only']/tot:.2f}")
print(f"records on papers rounds 5-9 did not use: {fresh}; papers in more than one round10 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
