#!/usr/bin/env python3
r"""Checks round69/expected.json against the digests and the shared catalogues.

Adapted from round67/validate.py (the label checks are the same code; the reuse report is round67's with round68 /
round69 in place of round66 / round67: round69 holds the even positions, round68 the odd ones; the readers and shape
checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round68's and round69's
own (a digests-round68 / digests-round69 folder, or a file whose bytes equal round68's or round69's expected.json) —
a file whose bytes equal one already counted is counted once — and checks the split: round69 holds the even
positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to
its last paper; it fails on a paper shared with /work/main/tests/data/digests-round68/expected.json when that file
exists (read only), and on a paper in more than one round69 file.
Every digest is read raw (UTF-8, 710 in Windows-1252, line ends kept) and in decoded forms: 707 U+2028 as newlines;
708 SILE escapes undone; 709 RDoc tags removed and comment lines joined; 710 `;;` undone; 711 ncdump's split strings
joined; 712 tags removed; 713 SMCL directives removed; 714 the `# text` lines; 715 JSON decoded; everything: HTML
entities undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks: 707 twtxt (preamble comments first, known metadata keys, 'RFC 3339 TAB text' lines ascending, subjects
= BLAKE2b twt hashes of earlier twts of the feed, mentions @<nick url>); 708 SILE (\begin[class]{document} … \end,
no unescaped % inside a line, braces / brackets balanced, environments matched, known commands, href / url targets);
709 Ruby + RDoc (magic comment, even indentation, no TABs, blocks closed by end, <em>/<tt>/<b> balanced per comment
block, {label}[url] targets); 710 SYLK (Windows-1252, CRLF, ID first / E last, record types, cells after a Y, strings
closed with ; doubled, numeric values, column widths, B record bounds); 711 ncdump CDL (head, section order, dimension
lines, declared dimensions / variables, attribute statements ended by ' ;' or continued after '\n",', value counts =
dimension products); 712 CF_HTML (header, CRLF, no final newline, the four byte offsets exact, fragment tags
balanced); 713 SMCL ({smcl}, version comment, markers unique and jump targets present, braces balanced per line,
known directives, browse targets); 714 CoNLL-U (sent_id / text, ten columns, IDs, UPOS, HEAD range, one root, tokens +
SpaceAfter rebuild # text, FEATS shape, final blank line); 715 Nextcloud Talk OCS JSON (PHP json_encode form: \/,
\uXXXX, \u003C / \u003E, [] for empty arrays; envelope, message keys in order, newest first, system flags, placeholders
with parameters, parents equal to their messages); 716 systemctl cat (blocks '# /…/systemd/system/unit' separated by
blank lines, drop-ins after their unit, sections per unit type, known keys, absolute Exec paths, OnCalendar).
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
    if num(f) == 710:
        return open(path, encoding="cp1252", newline="").read()
    return open(path, encoding="utf-8", newline="").read()


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 707: forms.append(raw.replace("\u2028", "\n"))
    if n == 708: forms.append(re.sub(r"\\([%{}\\])", r"\1", raw))
    if n == 709:
        p = re.sub(r"</?(?:em|tt|b|i)>", "", raw)
        forms += [p, re.sub(r"\n[ ]*#[ ]?", " ", p)]
    if n == 710: forms.append(raw.replace(";;", ";"))
    if n == 711: forms.append(raw.replace('\\n",\n\t\t\t"', "\n").replace('\\"', '"'))
    if n == 712: forms.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
    if n == 713: forms.append(re.sub(r"\{[^{}]*\}", " ", raw.replace("{hline 1}", "-")))
    if n == 714: forms.append("\n".join(l[9:] for l in raw.split("\n") if l.startswith("# text = ")))
    if n == 715: forms.append(json.dumps(json.loads(raw), ensure_ascii=False, indent=1))
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
RFC3339 = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)"


def check_twtxt(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    meta, url, body_started, prev, hashes = {}, None, False, None, set()
    for k, l in enumerate(ls, 1):
        if l.startswith("#"):
            if body_started: errors.append(f"{f}: line {k}: comment after the first twt")
            m = re.match(r"# (\w+)\s+= (.*)$", l)
            if m:
                if m.group(1) not in ("nick", "url", "avatar", "description", "following", "followers", "follow", "link", "refresh"):
                    errors.append(f"{f}: line {k}: unknown metadata key {m.group(1)}")
                if m.group(1) == "url": url = m.group(2)
                if m.group(1) == "follow" and not re.fullmatch(r"\S+ https?://\S+", m.group(2)): errors.append(f"{f}: line {k}: follow is not 'nick url'")
            continue
        body_started = True
        m = re.fullmatch(r"(" + RFC3339 + r")\t(.+)", l)
        if not m: errors.append(f"{f}: line {k}: not 'RFC3339 timestamp TAB text'"); continue
        ts, text = m.groups()
        if prev and ts < prev: errors.append(f"{f}: line {k}: timestamps not ascending")
        prev = ts
        if "\t" in text: errors.append(f"{f}: line {k}: TAB inside a twt")
        sm = re.match(r"\(#([a-z2-7]+)\) ", text)
        if text.startswith("(#") and (not sm or len(sm.group(1)) != 7): errors.append(f"{f}: line {k}: malformed subject")
        if sm and sm.group(1) not in hashes: errors.append(f"{f}: line {k}: subject #{sm.group(1)} is no earlier twt of this feed")
        for mm in re.finditer(r"@<([^>]*)>", text):
            if not re.fullmatch(r"\w+ https?://\S+", mm.group(1)): errors.append(f"{f}: line {k}: malformed mention @<{mm.group(1)}>")
        if re.search(r"@<(?![^>]*>)", text): errors.append(f"{f}: line {k}: unclosed mention")
        if url:
            d = hashlib.blake2b(f"{url}\n{ts}\n{text}".encode(), digest_size=32).digest()
            import base64
            hashes.add(base64.b32encode(d).decode().rstrip("=").lower()[-7:])
    if not url: errors.append(f"{f}: no '# url =' metadata")
    if not body_started: errors.append(f"{f}: no twts")


SILE_CMDS = {"begin", "end", "use", "language", "font", "set", "define", "process", "chapter", "section", "em", "strong",
             "code", "footnote", "item", "href", "url", "break", "hrule", "paper", "remark"}


def check_sile(f, raw):
    lf_final(f, raw)
    body = raw.split("\n")
    if not re.search(r"^\\begin\[class=\w+(?:,[\w.]+=[^,\]]+)*\]\{document\}$", raw, re.M): errors.append(f"{f}: no \\begin[class=…]{{document}}")
    if not raw.endswith("\\end{document}\n"): errors.append(f"{f}: not closed by \\end{{document}}")
    code = "\n".join(l for l in body if not l.startswith("%"))
    code = re.sub(r"\\[\\%{}]", "", code)
    if "%" in code: errors.append(f"{f}: unescaped % inside a line (SILE reads the rest as a comment)")
    depth = 0
    for ch in code:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0: break
    if depth != 0: errors.append(f"{f}: braces unbalanced ({depth})")
    if code.count("[") != code.count("]"): errors.append(f"{f}: option brackets unbalanced")
    envs = []
    for m in re.finditer(r"\\(begin|end)(?:\[[^\]]*\])?\{(\w+)\}", code):
        if m.group(1) == "begin": envs.append(m.group(2))
        elif not envs or envs.pop() != m.group(2): errors.append(f"{f}: \\end{{{m.group(2)}}} does not close its \\begin")
    if envs: errors.append(f"{f}: environments left open: {envs}")
    for m in re.finditer(r"\\([A-Za-z]+)", code):
        if m.group(1) not in SILE_CMDS: errors.append(f"{f}: unknown command \\{m.group(1)}")
    for m in re.finditer(r"\\href\[src=(\"[^\"]*\"|[^\],]*)\]\{", code):
        u = m.group(1).strip('"')
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: href src {u!r}")
        if "," in u and not m.group(1).startswith('"'): errors.append(f"{f}: href src with a comma not quoted")
    for m in re.finditer(r"\\url\{([^}]*)\}", code):
        if not re.fullmatch(r"https?://\S+", m.group(1)): errors.append(f"{f}: \\url {m.group(1)!r}")


def check_ruby(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[0] != "# frozen_string_literal: true": errors.append(f"{f}: no frozen_string_literal magic comment first")
    if "\t" in raw: errors.append(f"{f}: TAB characters")
    opens = 0
    for k, l in enumerate(ls, 1):
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2: errors.append(f"{f}: line {k}: odd indentation")
        if len(l) > 110: errors.append(f"{f}: line {k}: longer than 110 characters")
        s = l.strip()
        if s.startswith("#") or not s: continue
        if re.match(r"(module|class)\s+[A-Z]", s) or (re.match(r"def\s", s) and not re.search(r"\)\s*=|\bend$", s)) \
           or re.search(r"\bdo(\s*\|[^|]*\|)?$", s) or re.match(r"(if|unless|while|until|case|begin)\b", s):
            opens += 1
        if s == "end": opens -= 1
        if opens < 0: errors.append(f"{f}: line {k}: 'end' without an opener"); opens = 0
    if opens: errors.append(f"{f}: {opens} block(s) without 'end'")
    for blk in re.split(r"\n(?![ ]*#)", raw):
        for t in ("em", "tt", "b"):
            if blk.count(f"<{t}>") != blk.count(f"</{t}>"): errors.append(f"{f}: <{t}> unbalanced in a comment block")
    for m in re.finditer(r"\{([^{}\n]*)\}\[([^\]\s]*)\]", raw):
        if not re.match(r"(https?://|mailto:|rdoc-ref:)\S+$", m.group(2)): errors.append(f"{f}: RDoc link target {m.group(2)!r}")


def sylk_fields(rec):
    return re.split(r";(?!;)(?<!;;)", rec) if False else re.findall(r"(?:[^;]|;;)+", rec)


def check_sylk(f, raw, path):
    b = open(path, "rb").read()
    try: b.decode("cp1252")
    except UnicodeDecodeError: errors.append(f"{f}: not Windows-1252")
    if re.search(rb"(?<!\r)\n", b) or not b.endswith(b"\r\n"): errors.append(f"{f}: not CRLF throughout")
    recs = raw.split("\r\n")[:-1]
    if not recs or not recs[0].startswith("ID;P"): errors.append(f"{f}: no ID record first")
    if not recs or recs[-1] != "E": errors.append(f"{f}: no E record last")
    y = None; maxy = maxx = 0; bounds = None
    for k, r in enumerate(recs, 1):
        t = r.split(";", 1)[0]
        if t not in ("ID", "P", "F", "B", "O", "C", "E"): errors.append(f"{f}: record {k}: type {t!r}")
        flds = sylk_fields(r)[1:]
        if t == "B":
            bounds = dict((x[0], x[1:]) for x in flds)
        if t in ("C", "F"):
            d = {}
            for x in flds:
                d.setdefault(x[0], x[1:])
            if "Y" in d: y = int(d["Y"])
            if t == "C":
                if y is None: errors.append(f"{f}: record {k}: cell before any Y")
                if "X" not in d: errors.append(f"{f}: record {k}: cell without X"); continue
                maxy, maxx = max(maxy, y or 0), max(maxx, int(d["X"]))
                kv = d.get("K", "")
                if kv.startswith('"') and (not kv.endswith('"') or len(kv) < 2): errors.append(f"{f}: record {k}: string not closed")
                if kv.startswith('"') and re.search(r"(?<!;);(?!;)", kv): errors.append(f"{f}: record {k}: single ; inside a string")
                if not kv.startswith('"') and not re.fullmatch(r"-?\d+(?:\.\d+)?(?:E[+-]?\d+)?", kv): errors.append(f"{f}: record {k}: value {kv!r}")
            if t == "F" and "W" in d and not re.fullmatch(r"\d+ \d+ \d+", d["W"]): errors.append(f"{f}: record {k}: column width {d['W']!r}")
    if not bounds or int(bounds.get("Y", 0)) < maxy or int(bounds.get("X", 0)) < maxx: errors.append(f"{f}: B record does not cover the cells")
    elif bounds.get("D") != f"0 0 {int(bounds['Y']) - 1} {int(bounds['X']) - 1}": errors.append(f"{f}: B record D field")


def check_cdl(f, raw):
    lf_final(f, raw)
    m = re.match(r"netcdf [\w.-]+ \{\ndimensions:\n", raw)
    if not m: errors.append(f"{f}: not ncdump's head"); return
    if not raw.endswith("\n}\n"): errors.append(f"{f}: not closed by }}")
    try:
        dims_s = raw[m.end():raw.index("variables:\n")]
        vars_s = raw[raw.index("variables:\n") + 11:raw.index("\n// global attributes:\n")]
        glob_s = raw[raw.index("\n// global attributes:\n") + 23:raw.index("data:\n\n")]
        data_s = raw[raw.index("data:\n\n") + 7:-2]
    except ValueError:
        errors.append(f"{f}: sections missing or out of order"); return
    dims = {}
    for l in dims_s.split("\n")[:-1]:
        dm = re.fullmatch(r"\t(\w+) = (?:(\d+)|UNLIMITED) ;(?: // \((\d+) currently\))?", l)
        if not dm: errors.append(f"{f}: dimension line {l!r}"); continue
        dims[dm.group(1)] = int(dm.group(2) or dm.group(3) or 0)
    variables = {}
    stmt = ""
    for l in vars_s.split("\n"):
        vm = re.fullmatch(r"\t(char|byte|short|int|int64|float|double|string) (\w+)\(([\w, ]*)\) ;", l)
        if vm:
            vd = [d.strip() for d in vm.group(3).split(",") if d.strip()]
            for d in vd:
                if d not in dims: errors.append(f"{f}: variable {vm.group(2)} uses undeclared dimension {d}")
            variables[vm.group(2)] = (vm.group(1), vd); continue
        stmt = check_cdl_attr(f, l, stmt, variables, "\t\t")
    for l in glob_s.split("\n")[:-1]:
        stmt = check_cdl_attr(f, l, stmt, None, "\t\t")
    if stmt: errors.append(f"{f}: attribute not closed by ' ;'")
    for dm in re.finditer(r"^ (\w+) =\s*(.*?) ;$", data_s, re.M | re.S):
        v = dm.group(1)
        if v not in variables: errors.append(f"{f}: data for undeclared variable {v}"); continue
        typ, vd = variables[v]
        vals = re.findall(r'"(?:[^"\\]|\\.)*"', dm.group(2)) if typ == "char" else [x.strip() for x in dm.group(2).replace("\n", " ").split(",")]
        want = 1
        for d in (vd[:-1] if typ == "char" else vd): want *= dims.get(d, 0)
        if len(vals) != want: errors.append(f"{f}: {v} has {len(vals)} values, {want} expected")
        if typ != "char":
            for x in vals:
                if not re.fullmatch(r"-?\d+(?:\.\d*)?(?:e[+-]?\d+)?|_", x): errors.append(f"{f}: {v} value {x!r}")
    if re.search(r"^ (\w+) =", data_s, re.M) is None: errors.append(f"{f}: no data")


def check_cdl_attr(f, l, stmt, variables, ind):
    if not l: return stmt
    if stmt:
        if not l.startswith("\t\t\t\""): errors.append(f"{f}: continuation line {l[:40]!r}")
    else:
        am = re.match(r"\t\t(\w*):(\w+) = ", l)
        if not am: errors.append(f"{f}: attribute line {l[:50]!r}"); return ""
        if variables is not None and am.group(1) not in variables: errors.append(f"{f}: attribute of undeclared variable {am.group(1)}")
        if variables is None and am.group(1): errors.append(f"{f}: variable attribute among the global ones")
    if l.endswith(" ;"):
        if re.search(r'(?<!\\)"', l) and len(re.findall(r'(?<!\\)"', l)) % 2: errors.append(f"{f}: unbalanced quotes in {l[:40]!r}")
        return ""
    if l.endswith('\\n",'): return "cont"
    errors.append(f"{f}: attribute line ends neither with ' ;' nor with '\\n\",': {l[-30:]!r}")
    return ""


def check_cfhtml(f, raw, path):
    b = open(path, "rb").read()
    lf_final(f, raw.replace("\r\n", ""), final=False)
    if re.search(rb"(?<!\r)\n", b): errors.append(f"{f}: bare LF (CF_HTML from Chrome uses CRLF)")
    m = re.match(rb"Version:0\.9\r\nStartHTML:(\d{10})\r\nEndHTML:(\d{10})\r\nStartFragment:(\d{10})\r\nEndFragment:(\d{10})\r\nSourceURL:(https?://\S+)\r\n", b)
    if not m: errors.append(f"{f}: not a CF_HTML header"); return
    sh, eh, sf, ef = (int(x) for x in m.groups()[:4])
    if sh != m.end(): errors.append(f"{f}: StartHTML {sh} != header length {m.end()}")
    if not b[sh:].startswith(b"<html>"): errors.append(f"{f}: StartHTML does not point at <html>")
    if eh != len(b) or not b.endswith(b"</html>"): errors.append(f"{f}: EndHTML {eh} != length {len(b)}")
    if b[sf - 20:sf] != b"<!--StartFragment-->": errors.append(f"{f}: StartFragment does not follow <!--StartFragment-->")
    if not b[ef:].startswith(b"<!--EndFragment-->"): errors.append(f"{f}: EndFragment does not point at <!--EndFragment-->")
    frag = b[sf:ef].decode("utf-8", "replace")
    stack = []
    for tm in re.finditer(r"<(/?)(\w+)[^>]*?(/?)>", frag):
        if tm.group(3) or tm.group(2) in ("br", "img", "hr"): continue
        if not tm.group(1): stack.append(tm.group(2))
        elif not stack or stack.pop() != tm.group(2): errors.append(f"{f}: </{tm.group(2)}> does not close its tag"); break
    if stack: errors.append(f"{f}: tags left open in the fragment: {stack[:3]}")


SMCL = {"smcl", "*", "vieweralsosee", "viewerjumpto", "title", "phang", "phang2", "pstd", "pmore", "p", "p_end", "cmd",
        "it", "bf", "opt", "opth", "help", "hline", "marker", "synoptset", "synopthdr", "synoptline", "syntab", "synopt",
        "p2coldent", "p2colreset", "p2colset", "p2col", "varname", "ifin", "browse", "c", "break", "..."}


def check_smcl(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[0] != "{smcl}": errors.append(f"{f}: first line is not {{smcl}}")
    if not re.fullmatch(r"\{\* \*! version \d+\.\d+\.\d+ +\d\d[a-z]{3}\d{4}\}\{\.\.\.\}", ls[1]): errors.append(f"{f}: no version comment")
    markers = re.findall(r"\{marker (\w+)\}", raw)
    if len(markers) != len(set(markers)): errors.append(f"{f}: duplicate markers")
    for t in re.findall(r'\{viewerjumpto "[^"]*" "\w+##(\w+)"\}', raw):
        if t not in markers: errors.append(f"{f}: viewerjumpto to a missing marker {t}")
    for k, l in enumerate(ls, 1):
        s = l.replace("{c -(}", "").replace("{c )-}", "")
        d = 0
        for ch in s:
            d += {"{": 1, "}": -1}.get(ch, 0)
            if d < 0: break
        if d != 0: errors.append(f"{f}: line {k}: braces unbalanced (a literal brace must be {{c -(}} / {{c )-}})")
        for m in re.finditer(r"\{([a-z_*0-9.]+|\.\.\.)(?=[ :}])", s):
            if m.group(1) not in SMCL: errors.append(f"{f}: line {k}: unknown SMCL directive {m.group(1)!r}")
        for m in re.finditer(r'\{browse "([^"]*)"(?::[^}]*)?\}', s):
            if not re.fullmatch(r"(https?://|mailto:)\S+", m.group(1)): errors.append(f"{f}: line {k}: browse target {m.group(1)!r}")
    if raw.count("{p2colset") + raw.count("{synoptset") > raw.count("{p2colreset}"): errors.append(f"{f}: a table not closed by {{p2colreset}}")


UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}


def check_conllu(f, raw):
    lf_final(f, raw)
    if not raw.endswith("\n\n"): errors.append(f"{f}: the last sentence is not followed by a blank line")
    ids = set()
    for blk in raw.strip("\n").split("\n\n"):
        ls = blk.split("\n")
        com = [l for l in ls if l.startswith("#")]
        tok = [l for l in ls if not l.startswith("#")]
        sid = [l[12:] for l in com if l.startswith("# sent_id = ")]
        txt = [l[9:] for l in com if l.startswith("# text = ")]
        if len(sid) != 1 or len(txt) != 1: errors.append(f"{f}: sentence without one sent_id and one text"); continue
        if sid[0] in ids: errors.append(f"{f}: duplicate sent_id {sid[0]}")
        ids.add(sid[0])
        if ls.index(tok[0]) < max(ls.index(c) for c in com) if tok else True: errors.append(f"{f}: {sid[0]}: comments after tokens")
        rebuilt, roots, n = "", 0, len(tok)
        for i, l in enumerate(tok, 1):
            c = l.split("\t")
            if len(c) != 10: errors.append(f"{f}: {sid[0]}: token line with {len(c)} columns"); break
            if c[0] != str(i): errors.append(f"{f}: {sid[0]}: ID {c[0]} (expected {i})")
            if c[3] not in UPOS: errors.append(f"{f}: {sid[0]}: UPOS {c[3]!r}")
            if not c[6].isdigit() or int(c[6]) > n or int(c[6]) == i: errors.append(f"{f}: {sid[0]}: HEAD {c[6]!r} of token {i}")
            if (c[6] == "0") != (c[7] == "root"): errors.append(f"{f}: {sid[0]}: root / HEAD 0 mismatch at {i}")
            roots += c[6] == "0"
            if any(x == "" or " " in x and j != 1 and j != 2 for j, x in enumerate(c)): errors.append(f"{f}: {sid[0]}: empty or spaced field at {i}")
            if c[5] != "_" and not re.fullmatch(r"[A-Z]\w*=\w+(\|[A-Z]\w*=\w+)*", c[5]): errors.append(f"{f}: {sid[0]}: FEATS {c[5]!r}")
            rebuilt += c[1] + ("" if "SpaceAfter=No" in c[9].split("|") else " ")
        if roots != 1: errors.append(f"{f}: {sid[0]}: {roots} roots")
        if rebuilt.rstrip(" ") != txt[0]: errors.append(f"{f}: {sid[0]}: tokens and SpaceAfter do not rebuild # text")


TALK_KEYS = ["id", "token", "actorType", "actorId", "actorDisplayName", "timestamp", "message", "messageParameters",
             "systemMessage", "messageType", "isReplyable", "referenceId", "reactions", "expirationTimestamp", "markdown"]


def php_json(o):
    s = json.dumps(o, ensure_ascii=True, separators=(",", ":"))
    return s.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E")


def check_talk(f, raw):
    lf_final(f, raw, final=False)
    if re.search(r"(?<!\\)/", raw): errors.append(f"{f}: unescaped / (PHP's json_encode writes \\/)")
    if re.search(r"[^\x00-\x7f]", raw): errors.append(f"{f}: raw non-ASCII (PHP's json_encode writes \\uXXXX)")
    if re.search(r"[<>]", raw): errors.append(f"{f}: raw < or > (JSON_HEX_TAG writes \\u003C / \\u003E)")
    try:
        o = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if php_json(o) != raw: errors.append(f"{f}: not json_encode's compact form")
    meta = o.get("ocs", {}).get("meta", {})
    if list(o) != ["ocs"] or list(o["ocs"]) != ["meta", "data"] or meta != {"status": "ok", "statuscode": 200, "message": "OK"}:
        errors.append(f"{f}: not an OCS v2 envelope"); return
    prev = None; seen = {}
    for m in o["ocs"]["data"]:
        keys_ = [k for k in m if k != "parent"]
        if keys_ != TALK_KEYS: errors.append(f"{f}: message {m.get('id')} keys {keys_}")
        if prev and (m["id"] >= prev["id"] or m["timestamp"] > prev["timestamp"]): errors.append(f"{f}: message {m['id']} not newest-first")
        prev = m
        sysm = bool(m["systemMessage"])
        if (m["messageType"] == "system") != sysm or m["isReplyable"] == sysm: errors.append(f"{f}: message {m['id']} system flags")
        params = m["messageParameters"]
        if params == {} or m["reactions"] == {}: errors.append(f"{f}: message {m['id']}: an empty PHP array must be []")
        for ph in re.findall(r"\{([\w-]+)\}", m["message"]):
            if not isinstance(params, dict) or ph not in params: errors.append(f"{f}: message {m['id']}: placeholder {{{ph}}} without a parameter")
        if m["token"] != o["ocs"]["data"][0]["token"]: errors.append(f"{f}: message {m['id']} from another room")
        seen[m["id"]] = m
    for m in o["ocs"]["data"]:
        p = m.get("parent")
        if p:
            q = seen.get(p.get("id"))
            if not q or p["id"] >= m["id"] or {k: v for k, v in q.items() if k != "parent"} != p: errors.append(f"{f}: message {m['id']}: parent does not match message {p.get('id')}")


UNIT_SECTIONS = {"service": {"Unit", "Service", "Install"}, "timer": {"Unit", "Timer", "Install"}, "mount": {"Unit", "Mount", "Install"},
                 "path": {"Unit", "Path", "Install"}, "conf": {"Unit", "Service", "Timer", "Install", "Mount", "Path"}}
UNIT_KEYS = set("""Description Documentation Wants Requires After Before RequiresMountsFor ConditionPathExists Type User Group
WorkingDirectory EnvironmentFile Environment ExecStartPre ExecStart ExecStartPost ExecStopPost KillSignal TimeoutStopSec
TimeoutStartSec Restart RestartSec StartLimitIntervalSec StartLimitBurst Nice IOSchedulingClass IOSchedulingPriority LimitNOFILE
StandardOutput StandardError WantedBy MemoryHigh MemoryMax OnCalendar RandomizedDelaySec Persistent AccuracySec Unit What Where
Options TimeoutSec PathExistsGlob PathChanged MakeDirectory""".split())


def check_systemctl_cat(f, raw):
    lf_final(f, raw)
    blocks = raw.split("\n\n# /")
    units = []
    for i, blk in enumerate(blocks):
        blk = blk if i == 0 else "# /" + blk
        ls = blk.rstrip("\n").split("\n")
        m = re.fullmatch(r"# (/(?:etc|usr/lib|run)/systemd/system/[\w@.-]+(?:\.d/[\w-]+\.conf)?)", ls[0])
        if not m: errors.append(f"{f}: block {i + 1} does not start with '# /…/systemd/system/unit'"); continue
        path = m.group(1)
        if ".d/" in path:
            if path.split("/")[-2][:-2] not in units: errors.append(f"{f}: drop-in {path} before its unit")
            kind = "conf"
        else:
            units.append(path.split("/")[-1]); kind = path.rsplit(".", 1)[-1]
        secs = UNIT_SECTIONS.get(kind)
        if secs is None: errors.append(f"{f}: unit type {kind}"); continue
        cur = None
        for l in ls[1:]:
            if not l or l.startswith("#"): continue
            sm = re.fullmatch(r"\[(\w+)\]", l)
            if sm:
                cur = sm.group(1)
                if cur not in secs: errors.append(f"{f}: [{cur}] in a .{kind} file")
                continue
            km = re.fullmatch(r"([A-Za-z]+)=(.*)", l)
            if not km or cur is None: errors.append(f"{f}: {path}: line {l[:40]!r} is no Key=Value in a section"); continue
            if km.group(1) not in UNIT_KEYS: errors.append(f"{f}: {path}: unknown key {km.group(1)}")
            if km.group(1).startswith("Exec") and not re.match(r"[-@:+!]*/", km.group(2)): errors.append(f"{f}: {path}: {km.group(1)} without an absolute path")
            if km.group(1) == "OnCalendar" and not re.fullmatch(r"(?:[A-Z][a-z]{2}(?:\.\.[A-Z][a-z]{2})? )?\*-\*-\* \d\d:\d\d(?::\d\d)?", km.group(2)):
                errors.append(f"{f}: {path}: OnCalendar {km.group(2)!r}")


def shape_checks(f, raw, path):
    n = num(f)
    if n in (710, 712):
        {710: check_sylk, 712: check_cfhtml}[n](f, raw, path); return
    {707: check_twtxt, 708: check_sile, 709: check_ruby, 711: check_cdl, 713: check_smcl, 714: check_conllu,
     715: check_talk, 716: check_systemctl_cat}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round68's and round69's, a byte-identical file counted once), and the round68/round69 split (candidates sorted by
# (uses, catalogue title); round69 = even positions from 2 on, one unbroken run)
used = Counter()
TD = "/work/main/tests/data"
P68 = "/work/main/tests/data/digests-round68/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P68): own.add(open(P68, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round68", "digests-round69") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round68 takes the odd ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 (Efficient Transformers: A Survey) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r68 = set()
if os.path.exists(P68):
    try:
        r68 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P68)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round68/expected.json exists but could not be read (being written?)")
    if r68 & mine: errors.append(f"papers also in round68: {sorted(r68 & mine)}")
shared68 = len(r68 & mine) if os.path.exists(P68) else "(no digests-round68/expected.json yet)"

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
if multi: errors.append(f"papers in more than one round69 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round68: {shared68}; papers in more than one round69 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
