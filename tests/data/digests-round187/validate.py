r"""Checks round187/expected.json against the digests and the shared catalogues.

Adapted from round185/validate.py (the label checks are the same code; the reuse report is round185's with round186 /
round187 in place of round184 / round185; round187 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round186's and round187's own (a digests-round186 / digests-round187 folder, or a file whose bytes equal round186's or
round187's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round187 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round186's expected.json (read only, from
/work/rounds/digests-round186/ or /work/main/tests/data/digests-round186/, when it exists), and on a paper in more
than one round187 file.
Every digest is read raw (UTF-8; 1892 after its BOM, CRLF kept) and in decoded forms: XML character references undone
(1892); JSON strings decoded (1894). Titles are matched after whitespace normalisation and case-blind; a title found
only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are cross-checked):
1887 OpenSCAD source (LF; a header comment; comments and strings blanked: brackets balanced, strings closed; every
called module / function defined or built in; no top-level variable assigned twice; customizer `// [min:max]` hints
on assignments with the value inside the range; named customizer sections; the `cimkek` list rows as [code, title,
note] with unique codes in order; every header link line naming an existing code);
1888 Stylus UserCSS (LF; the `/* ==UserStyle==` … `==/UserStyle== */` block first, known keys, name / namespace /
version present and single keys once, a dotted version, a known preprocessor, @var lines with a type, an identifier
name, a label and a fitting default — a hex colour, a [default, min, max, step] range with the default inside;
comments closed, quotes balanced, braces balanced; @-moz-document rules as url() / url-prefix() / domain() /
regexp() of quoted http(s) URLs or domains; variables used in Stylus declarations defined; hex colours of 3/6/8
digits);
1889 Rime custom phrase table (LF; the `# Rime table` / `# coding: utf-8` header, `#@/db_name custom_phrase.txt` and
`#@/db_type tabledb` lines; entries of two or three tab-separated fields — unpadded text, a lowercase code, an integer
weight —, no entry twice, no spaces where a tab belongs);
1890 Gherkin feature (LF; `# language: es` first; one Característica; Spanish keywords at Cucumber's indentation
(0/2/2/2/4, steps 4); tag lines; Antecedentes before the scenarios; unique scenario names; data tables with the same
cell count per row and aligned pipes; doc strings closed; placeholders only in an Esquema del escenario and every one
a column of its Ejemplos);
1891 Kedro parameters (LF; a two-space YAML subset parsed into maps and lists: quoted scalars closed, no ': ' in a
plain scalar, no key twice, no tabs; the top keys; OmegaConf `${a.b}` interpolations resolving to defined keys; each
baseline's riferimento with titolo and exactly one of url (http(s)) / arxiv (a quoted id); da_leggere a list of
strings; budget types);
1892 WPF XAML (a UTF-8 BOM; CRLF throughout and a final CRLF; four-space indentation; well-formed XML; a Window root
in the WPF namespace with x:Class, the x namespace, mc:Ignorable with the d namespace; only known WPF elements; one
content child in content controls; Hyperlinks with http(s) NavigateUri and the RequestNavigate handler; a TextBlock
not holding both Text and content; StaticResource keys defined before use; unique x:Name identifiers; Grid.Row inside
the RowDefinitions; Setter Property / Value);
1893 Hyprland config (LF; `key = value` lines, `#` comments and no unescaped `#` in a value; known sections with
four-space nesting and closed braces; `$var` defined before use; known top-level keywords; binds with known modifiers,
a key, a known dispatcher and its argument, no combination twice; bindm mouse buttons; windowrulev2 rules with known
rule words and anchored regex fields that compile; monitor and env forms);
1894 Cookiecutter config (LF; JSON as json.dumps(…, indent=4, ensure_ascii=False) writes it, no key twice; snake_case
keys, private `_` keys with their types; choice lists of unique strings; string defaults whose `{{ cookiecutter.x }}`
expressions name variables defined before them; paper_url choices http(s) or "—" and no more than the titles;
include_slides y / n; a valid session_date);
1895 Robot Framework suite (LF; known sections in order; separators of two or more spaces, no tabs; known settings;
Library imports; variables `${}` / `@{}` / `&{}` named once, dictionary items key=value; test and keyword names
unique; bodies indented by four spaces; known [settings] for tests and keywords; every keyword call from an imported
library or the Keywords section; FOR … IN / END paired; every variable used defined; URLs http(s));
1896 skhd config (LF; `#` comments; a closed `.blacklist [ … ]` of quoted names; modes declared with `::` before use,
once; hotkey lines `[mode <] mods - key : command` or `; mode`, known modifiers and keys, no hotkey twice in a mode;
mode switches to declared modes; quotes balanced; `open` targets http(s) / smb / obsidian URLs).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, base64, csv, hashlib, html, itertools, json, math, os, re, sys, unicodedata
from decimal import Decimal
from html.parser import HTMLParser
import xml.etree.ElementTree as ET
import datetime as dt
from collections import Counter
from urllib.parse import quote, unquote, unquote_plus, urlsplit, parse_qsl
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
FIELDS = ("arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id")
for _f, _recs in exp.items():
    for _r in _recs:
        for _k in FIELDS:
            if _k not in _r:
                errors.append(f"{_f}: a record without {_k}"); _r[_k] = "" if _k in ("title", "evidence") else None

def num(f):
    return int(f.split("_")[0])
# ================================================================ round187 shape checks
URL = re.compile(r"https?://[\w.-]+(?::\d+)?(?:/[^\s\"'<>]*)?")
AXID = re.compile(r"\d{4}\.\d{4,5}")


def lines_of(f, raw, final=True):
    """a saved file: LF only, a final newline (or none, when final=False), no trailing blanks"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the program writes none)")
    L = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
    return L


def balanced(f, code, what):
    st = []
    for ch in code:
        if ch in "{[(": st.append(ch)
        elif ch in "}])":
            if not st or "{[(".index(st.pop()) != "}])".index(ch): errors.append(f"{f}: unbalanced {ch} in {what}"); return False
    if st: errors.append(f"{f}: unclosed {''.join(st)} in {what}"); return False
    return True


def date_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


def xml_root(f, raw):
    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return None


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


# ---------------------------------------------------------------- 1887 OpenSCAD source
SCAD_BUILTIN = {"cube", "sphere", "cylinder", "polyhedron", "square", "circle", "polygon", "text", "translate",
                "rotate", "scale", "resize", "mirror", "multmatrix", "color", "offset", "hull", "minkowski", "union",
                "difference", "intersection", "linear_extrude", "rotate_extrude", "projection", "echo", "assert",
                "for", "if", "else", "let", "each", "children", "render", "import", "surface", "intersection_for"}
SCAD_FUNCS = {"len", "str", "floor", "ceil", "round", "abs", "min", "max", "sqrt", "pow", "sin", "cos", "concat",
              "search", "chr", "ord", "norm", "cross", "lookup", "is_undef", "is_num", "is_string", "is_list"}


def scad_strip(f, s):
    """comments and strings blanked (strings kept as \\x01), for bracket and identifier checks"""
    out, i = [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None
            i = j + 2; continue
        if s[i] == '"':
            j = i + 1
            while j < len(s) and s[j] != '"':
                if s[j] == "\\": j += 1
                if j < len(s) and s[j] == "\n": errors.append(f"{f}: unterminated string"); return None
                j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None
            out.append("\x01"); i = j + 1; continue
        out.append(s[i]); i += 1
    return "".join(out)


def check_scad(f, raw):
    L = lines_of(f, raw)
    if not L or not L[0].startswith("//"): errors.append(f"{f}: no header comment")
    code = scad_strip(f, raw)
    if code is None: return
    if not balanced(f, code, "the code"): return
    mods = set(re.findall(r"\bmodule\s+([A-Za-z_]\w*)\s*\(", code))
    funcs = set(re.findall(r"\bfunction\s+([A-Za-z_]\w*)\s*\(", code))
    for m in re.finditer(r"(?<![\w.$])([A-Za-z_]\w*)\s*\(", code):
        name = m.group(1)
        if name in ("module", "function") or name in mods or name in funcs or name in SCAD_BUILTIN or name in SCAD_FUNCS: continue
        before = code[max(0, m.start() - 8):m.start()]
        if re.search(r"\b(?:module|function)\s+$", before): continue
        errors.append(f"{f}: call of an undefined module / function {name!r}")
    top, depth = {}, 0
    for n, l in enumerate(code.split("\n"), 1):
        m = re.match(r"(\$?[A-Za-z_]\w*)\s*=\s*(.*?);\s*$", l)
        if depth == 0 and m:
            if m.group(1) in top: errors.append(f"{f}: top-level variable {m.group(1)} assigned twice (line {n})")
            top[m.group(1)] = m.group(2)
        depth += l.count("{") - l.count("}")
    for l in raw.split("\n"):
        m = re.match(r"(\w+)\s*=\s*([\d.]+);\s*//\s*\[([\d.:]+)\]\s*$", l)
        if m:
            parts = [float(x) for x in m.group(3).split(":")]
            lo, hi = parts[0], parts[-1]
            if not lo <= float(m.group(2)) <= hi: errors.append(f"{f}: {m.group(1)} = {m.group(2)} outside its customizer range [{m.group(3)}]")
        elif re.search(r"//\s*\[[\d.:]+\]\s*$", l) and not re.match(r"\w+\s*=", l):
            errors.append(f"{f}: a customizer range without an assignment: {l!r}")
    for sec in re.findall(r"/\*\s*\[([^\]]*)\]\s*\*/", raw):
        if not sec.strip(): errors.append(f"{f}: an empty customizer section")
    m = re.search(r"^cimkek\s*=\s*\[\n(.*?)\n\];", raw, re.S | re.M)
    if not m: errors.append(f"{f}: no cimkek list"); return
    rows = m.group(1).split("\n")
    codes = []
    for i, r in enumerate(rows):
        mm = re.fullmatch(r'    \["(K-\d\d)", "((?:[^"\\]|\\.)+)", "((?:[^"\\]|\\.)*)"\]' + ("," if i < len(rows) - 1 else ""), r)
        if not mm: errors.append(f"{f}: label row {i + 1} malformed: {r!r}"); continue
        codes.append(mm.group(1))
    if codes != sorted(codes) or len(set(codes)) != len(codes): errors.append(f"{f}: label codes not unique and in order: {codes}")
    for c_ in re.findall(r"^//\s+(K-\d\d)\s+https?://", raw, re.M):
        if c_ not in codes: errors.append(f"{f}: a link for {c_}, which has no label")
    for tail in re.findall(r"^echo\((.*)\);$", raw, re.M):
        if tail.count("(") != tail.count(")"): errors.append(f"{f}: echo call unbalanced")


# ---------------------------------------------------------------- 1888 Stylus UserCSS
USERCSS_KEYS = {"name", "namespace", "version", "description", "author", "license", "preprocessor", "var",
                "homepageURL", "supportURL", "updateURL", "advanced"}
USERCSS_SINGLE = USERCSS_KEYS - {"var", "advanced"}
CSS_WORDS = {"solid", "dashed", "dotted", "double", "none", "auto", "bold", "normal", "inherit", "initial", "transparent",
             "italic", "center", "left", "right", "block", "inline", "fixed", "absolute", "relative"}


def check_usercss(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != "/* ==UserStyle==": errors.append(f"{f}: does not start with the ==UserStyle== comment"); return
    try: end = L.index("==/UserStyle== */")
    except ValueError: errors.append(f"{f}: no ==/UserStyle== end"); return
    meta, vars_ = Counter(), {}
    for l in L[1:end]:
        m = re.match(r"@(\w+)(\s+)(.*)$", l)
        if not m: errors.append(f"{f}: metadata line {l!r}"); continue
        k, v = m.group(1), m.group(3)
        if k not in USERCSS_KEYS: errors.append(f"{f}: unknown metadata key @{k}")
        meta[k] += 1
        if k == "version" and not re.fullmatch(r"\d+\.\d+\.\d+", v): errors.append(f"{f}: @version {v!r}")
        if k == "preprocessor" and v not in ("default", "uso", "less", "stylus"): errors.append(f"{f}: @preprocessor {v!r}")
        if k == "var":
            mv = re.fullmatch(r'(text|color|checkbox|select|number|range)\s+([A-Za-z_][\w-]*)\s+"[^"]+"\s+(.+)', v)
            if not mv: errors.append(f"{f}: @var {v!r}"); continue
            t, name, dflt = mv.groups()
            if name in vars_: errors.append(f"{f}: @var {name} twice")
            vars_[name] = t
            if t == "color" and not re.fullmatch(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?", dflt): errors.append(f"{f}: colour default {dflt!r}")
            if t in ("number", "range"):
                try:
                    a = json.loads(dflt)
                    if not (isinstance(a, list) and len(a) >= 3 and all(isinstance(x, (int, float)) for x in a[:4]) and a[1] <= a[0] <= a[2]):
                        errors.append(f"{f}: @var {name} range {dflt}")
                except ValueError: errors.append(f"{f}: @var {name} range {dflt!r}")
    for k in ("name", "namespace", "version"):
        if not meta[k]: errors.append(f"{f}: no @{k}")
    for k in USERCSS_SINGLE:
        if meta[k] > 1: errors.append(f"{f}: @{k} twice")
    body = "\n".join(L[end + 1:])
    code = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), body, flags=re.S)
    if "/*" in code or "*/" in code: errors.append(f"{f}: an unclosed comment")
    if code.count('"') % 2: errors.append(f"{f}: unbalanced quotes")
    if not balanced(f, re.sub(r'"[^"\n]*"', '""', code), "the style"): return
    docs = re.findall(r"@-moz-document\s+(.*?)\{", code, re.S)
    if not docs: errors.append(f"{f}: no @-moz-document block")
    for d in docs:
        parts = [p.strip() for p in re.split(r",\s*(?=(?:url|url-prefix|domain|regexp)\()", d.strip())]
        for p in parts:
            m = re.fullmatch(r'(url|url-prefix|domain|regexp)\("([^"]+)"\)', p)
            if not m: errors.append(f"{f}: document rule {p!r}"); continue
            fn_, arg = m.groups()
            if fn_ in ("url", "url-prefix") and not URL.fullmatch(arg): errors.append(f"{f}: {fn_}() of {arg!r}")
            if fn_ == "domain" and not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", arg): errors.append(f"{f}: domain() of {arg!r}")
    if meta["preprocessor"] and "stylus" in raw.split("@preprocessor", 1)[1].split("\n", 1)[0]:
        for n, l in enumerate(code.split("\n")):
            m = re.match(r"    ([a-z-]+) (.+)$", l)
            if m:
                for w in re.findall(r"(?<![\w#.-])([A-Za-z_][\w-]*)(?![\w(-])", re.sub(r'"[^"]*"', "", m.group(2))):
                    if w not in vars_ and w not in CSS_WORDS: errors.append(f"{f}: undefined variable or unknown value {w!r}")
    for col in re.findall(r"#[0-9a-fA-F]+\b", code):
        if len(col) not in (4, 7, 9): errors.append(f"{f}: colour {col}")


# ---------------------------------------------------------------- 1889 Rime custom phrase table
def check_rime(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["# Rime table", "# coding: utf-8"]: errors.append(f"{f}: not the Rime table header")
    if "#@/db_name\tcustom_phrase.txt" not in L: errors.append(f"{f}: no #@/db_name custom_phrase.txt line")
    if "#@/db_type\ttabledb" not in L: errors.append(f"{f}: no #@/db_type tabledb line")
    seen, codes = set(), Counter()
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        parts = l.split("\t")
        if len(parts) not in (2, 3): errors.append(f"{f}: line {n} has {len(parts)} tab fields"); continue
        text, code = parts[0], parts[1]
        if not text.strip() or text != text.strip(): errors.append(f"{f}: line {n}: blank or padded text")
        if not re.fullmatch(r"[a-z]+", code): errors.append(f"{f}: line {n}: code {code!r}")
        if len(parts) == 3 and not re.fullmatch(r"\d+", parts[2]): errors.append(f"{f}: line {n}: weight {parts[2]!r}")
        if (text, code) in seen: errors.append(f"{f}: line {n}: entry twice")
        seen.add((text, code))
        if "  " in l or " \t" in l: errors.append(f"{f}: line {n}: spaces where a tab belongs")


# ---------------------------------------------------------------- 1890 Gherkin (Spanish)
GH_KW = {"Característica:": 0, "Antecedentes:": 2, "Escenario:": 2, "Esquema del escenario:": 2, "Ejemplos:": 4}
GH_STEP = ("Dado ", "Dada ", "Dados ", "Dadas ", "Cuando ", "Entonces ", "Y ", "Pero ", "* ")


def check_gherkin(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != "# language: es": errors.append(f"{f}: no `# language: es` first line")
    feat = [l for l in L if l.startswith("Característica:")]
    if len(feat) != 1: errors.append(f"{f}: {len(feat)} Característica lines")
    i, in_doc, table, outline_ph, ex_header, names = 0, False, None, None, None, set()
    state, steps_in = None, 0
    def end_table():
        if table:
            w = len(table[0][1])
            for n, cells, line in table:
                if len(cells) != w: errors.append(f"{f}: table row at line {n} has {len(cells)} cells, not {w}")
            pos = [[m.start() for m in re.finditer(r"\|", line)] for _, _, line in table]
            if any(p != pos[0] for p in pos): errors.append(f"{f}: table at line {table[0][0]} not aligned")
    for n, l in enumerate(L, 1):
        s = l.strip()
        if in_doc:
            if s == '"""': in_doc = False
            continue
        if s.startswith("|"):
            if not s.endswith("|"): errors.append(f"{f}: table row at line {n} not closed")
            cells = [c.strip() for c in s[1:-1].split("|")]
            if table is None: table = []
            table.append((n, cells, l))
            if state == "examples" and ex_header is None: ex_header = cells
            continue
        end_table(); table = None
        if not s or s.startswith("#"): continue
        if s == '"""':
            in_doc = True; continue
        if s.startswith("@"):
            if not re.fullmatch(r"(@[\w-]+)(\s+@[\w-]+)*", s): errors.append(f"{f}: tag line {s!r}")
            continue
        kw = next((k for k in GH_KW if s.startswith(k)), None)
        if kw:
            ind = len(l) - len(l.lstrip(" "))
            if ind != GH_KW[kw]: errors.append(f"{f}: {kw} indented {ind} at line {n}")
            if kw in ("Escenario:", "Esquema del escenario:"):
                nm = s[len(kw):].strip()
                if not nm: errors.append(f"{f}: a scenario without a name at line {n}")
                if nm in names: errors.append(f"{f}: scenario {nm!r} twice")
                names.add(nm)
                if outline_ph is not None and ex_header is None: errors.append(f"{f}: an outline without Ejemplos")
                if outline_ph is not None and ex_header is not None and not outline_ph <= set(ex_header):
                    errors.append(f"{f}: placeholders {sorted(outline_ph - set(ex_header))} not in Ejemplos")
                outline_ph = set() if kw == "Esquema del escenario:" else None
                ex_header, state = None, "scenario"
            elif kw == "Ejemplos:":
                if outline_ph is None: errors.append(f"{f}: Ejemplos outside an Esquema del escenario")
                state = "examples"
            elif kw == "Antecedentes:":
                if names: errors.append(f"{f}: Antecedentes after a scenario")
                state = "background"
            continue
        if state in ("scenario", "background") and s.startswith(GH_STEP):
            if len(l) - len(l.lstrip(" ")) != 4: errors.append(f"{f}: step indented wrongly at line {n}")
            if outline_ph is not None: outline_ph |= set(re.findall(r"<([^<>]+)>", s))
            elif re.search(r"<[^<>\s]+>", s): errors.append(f"{f}: a placeholder outside an outline at line {n}")
            continue
        if state is None and l.startswith("  "): continue   # the feature's description
        errors.append(f"{f}: unexpected line {n}: {l!r}")
    end_table()
    if in_doc: errors.append(f"{f}: an unclosed doc string")
    if outline_ph is not None:
        if ex_header is None: errors.append(f"{f}: an outline without Ejemplos")
        elif not outline_ph <= set(ex_header): errors.append(f"{f}: placeholders {sorted(outline_ph - set(ex_header))} not in Ejemplos")


# ---------------------------------------------------------------- YAML subset (1891)
def yaml_scalar(f, v, n):
    v = v.strip()
    if v.startswith('"'):
        m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(\s+#.*)?', v)
        if not m: errors.append(f"{f}: line {n}: unclosed or trailing text after a quoted scalar"); return v
        return m.group(1)
    v = re.sub(r"\s+#.*$", "", v)
    if re.search(r":\s", v) or v.endswith(":"): errors.append(f"{f}: line {n}: ': ' in a plain scalar")
    if v in ("true", "false"): return v == "true"
    if re.fullmatch(r"-?\d+", v): return int(v)
    if re.fullmatch(r"-?\d+\.\d*(?:e[+-]?\d+)?|-?\d+(?:\.\d+)?e[+-]?\d+", v): return float(v)
    return v


def yaml_parse(f, raw):
    """a two-space block YAML subset: maps, lists of scalars, comments; returns a dict"""
    root = {}
    stack = [(-1, root)]
    lines = raw.split("\n")
    for n, l in enumerate(lines, 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        if "\t" in l: errors.append(f"{f}: line {n}: a tab"); continue
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2: errors.append(f"{f}: line {n}: odd indentation")
        while stack and ind <= stack[-1][0]: stack.pop()
        if not stack: errors.append(f"{f}: line {n}: bad indentation"); return root
        cont = stack[-1][1]
        s = l.strip()
        if s.startswith("- "):
            if not isinstance(cont, list): errors.append(f"{f}: line {n}: a list item inside a map"); continue
            cont.append(yaml_scalar(f, s[2:], n)); continue
        m = re.match(r"([A-Za-z_][\w.]*):(?:\s+(.*))?$", s)
        if not m: errors.append(f"{f}: line {n}: not a key line: {s!r}"); continue
        if not isinstance(cont, dict): errors.append(f"{f}: line {n}: a key inside a list"); continue
        k, v = m.group(1), m.group(2)
        if k in cont: errors.append(f"{f}: line {n}: key {k} twice")
        if v is None or v.startswith("#"):
            nxt = next((x for x in lines[n:] if x.strip() and not x.lstrip().startswith("#")), "")
            child = [] if nxt.strip().startswith("- ") else {}
            cont[k] = child; stack.append((ind, child))
        else:
            cont[k] = yaml_scalar(f, v, n)
    return root


def yaml_get(d, path):
    for p in path.split("."):
        if not isinstance(d, dict) or p not in d: return None
        d = d[p]
    return d


def check_kedro(f, raw):
    lines_of(f, raw)
    doc = yaml_parse(f, raw)
    for top in ("budget", "baselines", "da_leggere", "risorse"):
        if top not in doc: errors.append(f"{f}: no {top}")
    for m in re.finditer(r"\$\{([^}]*)\}", raw):
        if yaml_get(doc, m.group(1)) is None: errors.append(f"{f}: interpolation ${{{m.group(1)}}} does not resolve")
    for name, b in (doc.get("baselines") or {}).items():
        if not isinstance(b, dict): errors.append(f"{f}: baseline {name} is not a map"); continue
        r = b.get("riferimento")
        if not isinstance(r, dict) or "titolo" not in r: errors.append(f"{f}: baseline {name} without riferimento.titolo"); continue
        if set(r) - {"titolo", "url", "arxiv"}: errors.append(f"{f}: baseline {name}: riferimento keys {sorted(r)}")
        if ("url" in r) == ("arxiv" in r): errors.append(f"{f}: baseline {name}: want exactly one of url / arxiv")
        if "url" in r and not URL.fullmatch(str(r["url"])): errors.append(f"{f}: baseline {name}: url {r['url']!r}")
        if "arxiv" in r and not (isinstance(r["arxiv"], str) and AXID.fullmatch(r["arxiv"])): errors.append(f"{f}: baseline {name}: arxiv {r['arxiv']!r} (a quoted id wanted)")
    if not isinstance(doc.get("da_leggere"), list) or not all(isinstance(x, str) for x in doc.get("da_leggere") or [1]):
        errors.append(f"{f}: da_leggere is not a list of titles")
    b = doc.get("budget") or {}
    if not isinstance(b.get("gpu"), int) or not isinstance(b.get("flop_totali"), float): errors.append(f"{f}: budget types")


# ---------------------------------------------------------------- 1892 WPF XAML
XAML_NS = "http://schemas.microsoft.com/winfx/2006/xaml/presentation"
X_NS = "http://schemas.microsoft.com/winfx/2006/xaml"
WPF_ELEMS = {"Window", "Window.Resources", "Style", "Setter", "Grid", "Grid.RowDefinitions", "RowDefinition",
             "Grid.ColumnDefinitions", "ColumnDefinition", "TextBlock", "ListBox", "ListBoxItem", "StackPanel",
             "Hyperlink", "Expander", "StatusBar", "StatusBarItem", "Run", "LineBreak", "Border", "DockPanel", "Button"}
CONTENT_ONE = {"ListBoxItem", "Expander", "StatusBarItem", "Border", "Button", "Window"}


def check_xaml(path, f):
    b = open(path, "rb").read()
    if not b.startswith(b"\xef\xbb\xbf"): errors.append(f"{f}: no UTF-8 BOM")
    try: s = b.decode("utf-8-sig")
    except UnicodeDecodeError: errors.append(f"{f}: not UTF-8"); return
    if re.search(r"(?<!\r)\n", s) or re.search(r"\r(?!\n)", s): errors.append(f"{f}: not CRLF throughout")
    if not s.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    for n, l in enumerate(s.split("\r\n"), 1):
        if l != l.rstrip(): errors.append(f"{f}: trailing blanks on line {n}")
        if (len(l) - len(l.lstrip(" "))) % 4 and not l.lstrip().startswith(("xmlns", "mc:", "Title=")): errors.append(f"{f}: indentation on line {n}")
    try: root = ET.fromstring(b)
    except ET.ParseError as ex: errors.append(f"{f}: not well-formed XML: {ex}"); return
    if root.tag != "{%s}Window" % XAML_NS: errors.append(f"{f}: root {root.tag}")
    if not root.get("{%s}Class" % X_NS, "").count("."): errors.append(f"{f}: no x:Class")
    if not re.search(r'xmlns:x="%s"' % re.escape(X_NS), s): errors.append(f"{f}: no x namespace")
    if 'mc:Ignorable="d"' in s and "xmlns:d=" not in s: errors.append(f"{f}: mc:Ignorable without the d namespace")
    names, keys_ = Counter(), set()
    for el in root.iter():
        tag = local(el.tag)
        if not el.tag.startswith("{%s}" % XAML_NS): errors.append(f"{f}: element {el.tag} outside the WPF namespace"); continue
        if tag not in WPF_ELEMS: errors.append(f"{f}: unknown element {tag}")
        nm = el.get("{%s}Name" % X_NS)
        if nm: names[nm] += 1
        k = el.get("{%s}Key" % X_NS)
        if k: keys_.add(k)
        if tag in CONTENT_ONE and tag != "Window":
            kids = [c for c in el if "." not in local(c.tag)]
            if len(kids) > 1: errors.append(f"{f}: {tag} holds {len(kids)} children (one content)")
        if tag == "Hyperlink":
            if not URL.fullmatch(el.get("NavigateUri", "")): errors.append(f"{f}: Hyperlink NavigateUri {el.get('NavigateUri')!r}")
            if el.get("RequestNavigate") != "Hyperlink_RequestNavigate": errors.append(f"{f}: Hyperlink without the RequestNavigate handler")
        if tag == "TextBlock" and el.get("Text") is not None and (len(el) or (el.text or "").strip()):
            errors.append(f"{f}: TextBlock with both Text and content")
        for a, v in el.attrib.items():
            mm = re.fullmatch(r"\{StaticResource (\w+)\}", v)
            if mm and mm.group(1) not in keys_: errors.append(f"{f}: StaticResource {mm.group(1)} undefined")
            if v.startswith("{") and not mm and a not in ("Title",): errors.append(f"{f}: markup extension {v!r}")
    for nm, c in names.items():
        if c > 1: errors.append(f"{f}: x:Name {nm} twice")
        if not re.fullmatch(r"[A-Za-z_]\w*", nm): errors.append(f"{f}: x:Name {nm!r}")
    grids = [e for e in root.iter("{%s}Grid" % XAML_NS)]
    for g in grids:
        rows = len(g.findall("{%s}Grid.RowDefinitions/{%s}RowDefinition" % (XAML_NS, XAML_NS)))
        for c in g:
            r = c.get("Grid.Row")
            if r is not None and not (r.isdigit() and int(r) < max(rows, 1)): errors.append(f"{f}: Grid.Row {r} outside {rows} rows")
        for rd in g.findall("{%s}Grid.RowDefinitions/{%s}RowDefinition" % (XAML_NS, XAML_NS)):
            if not re.fullmatch(r"Auto|\d*\*|\d+(?:\.\d+)?", rd.get("Height", "*")): errors.append(f"{f}: RowDefinition Height {rd.get('Height')!r}")
    for st in root.iter("{%s}Style" % XAML_NS):
        for se in st.findall("{%s}Setter" % XAML_NS):
            if not se.get("Property") or se.get("Value") is None: errors.append(f"{f}: Setter without Property / Value")


# ---------------------------------------------------------------- 1893 Hyprland config
HYPR_SECTIONS = {"input", "touchpad", "general", "decoration", "blur", "shadow", "animations", "dwindle", "master",
                 "gestures", "misc", "binds", "xwayland", "cursor", "debug", "group"}
HYPR_TOP = {"monitor", "exec-once", "exec", "env", "source", "bind", "binde", "bindm", "bindl", "bindr", "windowrule",
            "windowrulev2", "workspace", "layerrule"}
HYPR_DISPATCH = {"exec", "killactive", "togglefloating", "workspace", "movetoworkspace", "movefocus", "fullscreen",
                 "pseudo", "togglesplit", "exit", "movewindow", "resizewindow", "pin"}
HYPR_RULE = re.compile(r"(?:workspace \d+(?: silent)?|float|tile|fullscreen|pin|center|size \d+ \d+|move \d+ \d+|opacity [\d.]+)$")
HYPR_MODS = {"SUPER", "SHIFT", "CTRL", "ALT", "$mainMod"}


def check_hyprland(f, raw):
    L = lines_of(f, raw)
    vars_, stack, binds = set(), [], set()
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        code = re.sub(r"(?<!#)#(?!#).*$", "", s).strip()
        if code != s: errors.append(f"{f}: line {n}: a `#` inside a value (comment) — write `##`")
        ind = len(l) - len(l.lstrip(" "))
        if ind != 4 * len(stack) and s != "}": errors.append(f"{f}: line {n}: indentation {ind} at depth {len(stack)}")
        m = re.fullmatch(r"([a-z_]+) \{", code)
        if m:
            if m.group(1) not in HYPR_SECTIONS: errors.append(f"{f}: unknown section {m.group(1)}")
            stack.append(m.group(1)); continue
        if code == "}":
            if not stack: errors.append(f"{f}: line {n}: unmatched }}")
            else: stack.pop()
            if ind != 4 * len(stack): errors.append(f"{f}: line {n}: closing brace indentation")
            continue
        m = re.fullmatch(r"(\$?[A-Za-z_][\w.-]*) = (.*)", code)
        if not m: errors.append(f"{f}: line {n}: not `key = value`: {s!r}"); continue
        k, v = m.groups()
        for used in re.findall(r"\$(\w+)", v):
            if used not in vars_: errors.append(f"{f}: line {n}: ${used} not defined before")
        if k.startswith("$"):
            vars_.add(k[1:]); continue
        if stack: continue
        if k.startswith("col."): errors.append(f"{f}: line {n}: {k} outside a section"); continue
        if k not in HYPR_TOP: errors.append(f"{f}: line {n}: unknown keyword {k}"); continue
        if k.startswith("bind"):
            parts = [p.strip() for p in v.split(",", 3)]
            if len(parts) < 3: errors.append(f"{f}: line {n}: bind with {len(parts)} fields"); continue
            mods, key, disp = parts[0], parts[1], parts[2]
            for md in mods.split():
                if md not in HYPR_MODS and not md.startswith("$"): errors.append(f"{f}: line {n}: modifier {md!r}")
            if (mods, key) in binds: errors.append(f"{f}: line {n}: {mods}+{key} bound twice")
            binds.add((mods, key))
            if k == "bindm":
                if not re.fullmatch(r"mouse:27[2-4]", key) or disp not in ("movewindow", "resizewindow"): errors.append(f"{f}: line {n}: bindm {v!r}")
                continue
            if disp not in HYPR_DISPATCH: errors.append(f"{f}: line {n}: dispatcher {disp!r}")
            if disp == "exec" and (len(parts) < 4 or not parts[3]): errors.append(f"{f}: line {n}: exec without a command")
            if disp in ("workspace", "movetoworkspace") and not (len(parts) == 4 and parts[3].isdigit()): errors.append(f"{f}: line {n}: workspace argument")
            for u in re.findall(r"\S+://\S+", v):
                if not URL.fullmatch(u): errors.append(f"{f}: line {n}: url {u!r}")
        elif k == "windowrulev2":
            rule, _, rest = v.partition(", ")
            if not HYPR_RULE.match(rule): errors.append(f"{f}: line {n}: rule {rule!r}")
            for fld in re.split(r", (?=[a-z]+:)", rest):
                mm = re.fullmatch(r"(class|title|initialClass|initialTitle):(.+)", fld)
                if not mm: errors.append(f"{f}: line {n}: field {fld!r}"); continue
                try: re.compile(mm.group(2))
                except re.error as ex: errors.append(f"{f}: line {n}: regex {mm.group(2)!r}: {ex}")
                if not (mm.group(2).startswith("^") and mm.group(2).endswith("$")): errors.append(f"{f}: line {n}: unanchored regex")
        elif k == "monitor":
            if not re.fullmatch(r"[\w-]+, \d+x\d+@\d+, \d+x\d+, [\d.]+", v): errors.append(f"{f}: line {n}: monitor {v!r}")
        elif k == "env":
            if not re.fullmatch(r"[A-Z_]+,\S+", v): errors.append(f"{f}: line {n}: env {v!r}")
    if stack: errors.append(f"{f}: unclosed section(s) {stack}")


# ---------------------------------------------------------------- 1894 cookiecutter.json
JINJA = re.compile(r"\{\{\s*cookiecutter\.(\w+)(?:\.[\w]+\([^)]*\)(?:\[\d+\])?)?\s*(?:\|\s*\w+(?:\([^)]*\))?\s*)*\}\}")


def check_cookiecutter(f, raw):
    lines_of(f, raw)
    try: d = json.loads(raw, object_pairs_hook=lambda ps: (lambda c: c if len(c) == len(ps) else (_ for _ in ()).throw(ValueError("a key twice")))(dict(ps)))
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if raw != json.dumps(d, indent=4, ensure_ascii=False) + "\n": errors.append(f"{f}: not four-space JSON as written by the template's author")
    if not isinstance(d, dict): errors.append(f"{f}: not an object"); return
    seen = []
    for k, v in d.items():
        if not re.fullmatch(r"_{0,2}[a-z][a-z0-9_]*", k): errors.append(f"{f}: key {k!r}")
        if k.startswith("_"):
            if k == "_copy_without_render" and not (isinstance(v, list) and all(isinstance(x, str) for x in v)): errors.append(f"{f}: _copy_without_render")
            if k == "_extensions" and not (isinstance(v, list) and all(re.fullmatch(r"[\w.]+\.\w+", x) for x in v)): errors.append(f"{f}: _extensions")
            continue
        if isinstance(v, list):
            if not v or not all(isinstance(x, str) for x in v): errors.append(f"{f}: choice list {k} empty or not strings")
            if len(set(v)) != len(v): errors.append(f"{f}: choice list {k} has a choice twice")
        elif isinstance(v, dict): errors.append(f"{f}: {k}: a dict variable without the private prefix")
        elif not isinstance(v, str): errors.append(f"{f}: {k}: a default that is not a string")
        else:
            for m in re.finditer(r"\{\{.*?\}\}", v):
                mm = JINJA.fullmatch(m.group(0))
                if not mm: errors.append(f"{f}: {k}: Jinja expression {m.group(0)!r}"); continue
                if mm.group(1) not in seen: errors.append(f"{f}: {k}: refers to {mm.group(1)}, not defined before it")
            if v.count("{{") != v.count("}}"): errors.append(f"{f}: {k}: unbalanced braces")
        seen.append(k)
    urls = d.get("paper_url")
    if isinstance(urls, list):
        for u in urls:
            if u != "—" and not URL.fullmatch(u): errors.append(f"{f}: paper_url choice {u!r}")
        if isinstance(d.get("paper_title"), list) and len(urls) > len(d["paper_title"]): errors.append(f"{f}: more urls than titles")
    if d.get("include_slides") not in ("y", "n"): errors.append(f"{f}: include_slides {d.get('include_slides')!r}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d.get("session_date"))) or not date_ok(str(d.get("session_date")), "%Y-%m-%d"): errors.append(f"{f}: session_date")


# ---------------------------------------------------------------- 1895 Robot Framework
RF_SECTIONS = ["Settings", "Variables", "Test Cases", "Keywords"]
RF_SETTINGS = {"Documentation", "Library", "Resource", "Variables", "Suite Setup", "Suite Teardown", "Test Setup",
               "Test Teardown", "Force Tags", "Default Tags", "Test Tags", "Test Timeout", "Metadata"}
RF_LIBS = {"RequestsLibrary": {"Create Session", "Delete All Sessions", "GET On Session", "POST On Session", "GET"},
           "Collections": {"Dictionary Should Contain Key", "List Should Contain Value", "Get From Dictionary"},
           "String": {"Get Regexp Matches", "Split String"},
           "BuiltIn": {"Should Contain", "Should Be Equal", "Should Match Regexp", "Set Variable", "Log", "Length Should Be",
                       "Should Not Contain", "Should Be True", "Evaluate", "Log To Console"}}
RF_TEST_SETTINGS = {"[Documentation]", "[Tags]", "[Setup]", "[Teardown]", "[Template]", "[Timeout]"}
RF_KW_SETTINGS = {"[Documentation]", "[Tags]", "[Arguments]", "[Return]", "[Teardown]", "[Timeout]"}


def check_robot(f, raw):
    L = lines_of(f, raw)
    sections, cur, libs, defined_vars = [], None, {"BuiltIn"}, set()
    tests, kws, body = {}, {}, []
    name = None
    for n, l in enumerate(L, 1):
        m = re.fullmatch(r"\*\*\* (.+) \*\*\*", l)
        if m:
            if m.group(1) not in RF_SECTIONS: errors.append(f"{f}: unknown section {m.group(1)!r}")
            sections.append(m.group(1)); cur = m.group(1); name = None; continue
        if not l.strip(): continue
        if cur is None: errors.append(f"{f}: line {n} before any section"); continue
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
        cells = re.split(r" {2,}", l)
        if cur == "Settings":
            if cells[0] == "...": continue
            if cells[0] not in RF_SETTINGS: errors.append(f"{f}: line {n}: setting {cells[0]!r}")
            if cells[0] == "Library": libs.add(cells[1])
            if cells[0] in ("Suite Setup", "Suite Teardown"): body.append((n, cells[1:], None))
        elif cur == "Variables":
            if cells[0] == "...": continue
            m = re.fullmatch(r"([$@&])\{([A-Z_]+)\}", cells[0])
            if not m: errors.append(f"{f}: line {n}: variable name {cells[0]!r}"); continue
            if m.group(2) in defined_vars: errors.append(f"{f}: line {n}: variable {m.group(2)} twice")
            defined_vars.add(m.group(2))
            if m.group(1) == "&":
                j = n
                while j < len(L) and L[j].startswith("..."):
                    if not re.fullmatch(r"\.\.\. {2,}[^=]+=\S+", L[j]): errors.append(f"{f}: line {j + 1}: a dictionary item without key=value")
                    j += 1
        else:
            if not l.startswith(" "):
                name = l.strip()
                tgt = tests if cur == "Test Cases" else kws
                if name in tgt: errors.append(f"{f}: {cur[:-1].lower()} {name!r} twice")
                tgt[name] = n; continue
            if not l.startswith("    ") or not cells[0] == "": errors.append(f"{f}: line {n}: body not indented by four spaces"); continue
            cells = cells[1:]
            if cells[0].startswith("#"): continue
            if cells[0].startswith("["):
                allowed = RF_TEST_SETTINGS if cur == "Test Cases" else RF_KW_SETTINGS
                if cells[0] not in allowed: errors.append(f"{f}: line {n}: {cells[0]} in {cur}")
                continue
            body.append((n, cells, cur))
    if sections != [s for s in RF_SECTIONS if s in sections] or "Test Cases" not in sections: errors.append(f"{f}: sections {sections}")
    known = set().union(*(RF_LIBS.get(x, set()) for x in libs)) | set(kws)
    depth = 0
    for n, cells, sec in body:
        c0 = cells[0]
        if c0 == "FOR":
            depth += 1
            if "IN" not in cells and "IN RANGE" not in cells: errors.append(f"{f}: line {n}: FOR without IN")
            continue
        if c0 == "END":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {n}: END without FOR"); depth = 0
            continue
        if re.fullmatch(r"\$\{\w+\}=?", c0):
            defined_vars.add(re.match(r"\$\{(\w+)\}", c0).group(1)); c0 = cells[1] if len(cells) > 1 else ""
        if c0 not in known: errors.append(f"{f}: line {n}: unknown keyword {c0!r}")
    if depth: errors.append(f"{f}: a FOR without END")
    for l in L:
        cells = re.split(r" {2,}", l.strip())
        if cells[0] == "FOR" and "IN" in cells: defined_vars |= {re.sub(r"[$@&]\{(\w+)\}", r"\1", c) for c in cells[1:cells.index("IN")]}
        if cells[0] == "[Arguments]": defined_vars |= {re.sub(r"[$@&]\{(\w+)\}", r"\1", c) for c in cells[1:]}
    for n, l in enumerate(L, 1):
        for v in re.findall(r"[$@&]\{([A-Za-z_]\w*)", l):
            if v not in defined_vars: errors.append(f"{f}: line {n}: variable {v} never defined")
    for n, l in enumerate(L, 1):
        for u in re.findall(r"https?://[^\s=]+", l):
            if not URL.fullmatch(u): errors.append(f"{f}: line {n}: url {u!r}")


# ---------------------------------------------------------------- 1896 skhd config
SKHD_MODS = {"cmd", "alt", "shift", "ctrl", "fn", "hyper", "meh", "lcmd", "rcmd", "lalt", "ralt", "lshift", "rshift", "lctrl", "rctrl"}
SKHD_KEY = re.compile(r"[a-z0-9]|f\d{1,2}|return|tab|space|escape|delete|backspace|left|right|up|down|0x[0-9A-F]{2}")


def check_skhd(f, raw):
    L = lines_of(f, raw)
    modes, hot, in_bl = {"default"}, set(), False
    for n, l in enumerate(L, 1):
        s = l.strip()
        if in_bl:
            if s == "]": in_bl = False
            elif not re.fullmatch(r'"[^"]+"', s): errors.append(f"{f}: line {n}: blacklist entry {s!r}")
            continue
        if not s or s.startswith("#"): continue
        if s == ".blacklist [": in_bl = True; continue
        m = re.fullmatch(r":: (\w+)( @)?(?: : (.+))?", s)
        if m:
            if m.group(1) in modes and m.group(1) != "default": errors.append(f"{f}: line {n}: mode {m.group(1)} declared twice")
            modes.add(m.group(1)); continue
        m = re.fullmatch(r"(?:(\w+(?:\s*,\s*\w+)*) < )?((?:\w+ \+ )*\w+ - \w+|\w+) ([:;]) (.+)", s)
        if not m: errors.append(f"{f}: line {n}: not a hotkey line: {s!r}"); continue
        mode_s, combo, sep, act = m.groups()
        for md in (mode_s or "default").split(","):
            if md.strip() not in modes: errors.append(f"{f}: line {n}: mode {md.strip()} not declared before")
        if " - " in combo:
            mods, key = combo.rsplit(" - ", 1)
            for md in mods.split(" + "):
                if md not in SKHD_MODS: errors.append(f"{f}: line {n}: modifier {md!r}")
        else: key = combo
        if not SKHD_KEY.fullmatch(key): errors.append(f"{f}: line {n}: key {key!r}")
        hk = (mode_s or "default", combo)
        if hk in hot: errors.append(f"{f}: line {n}: {combo} bound twice in {mode_s or 'default'}")
        hot.add(hk)
        if sep == ";":
            if act not in modes: errors.append(f"{f}: line {n}: switch to undeclared mode {act!r}")
        else:
            if act.count('"') % 2: errors.append(f"{f}: line {n}: unbalanced quotes")
            for u in re.findall(r'open "([a-z]+://[^"]*)"', act):
                if not re.fullmatch(r"(?:https?|smb|obsidian)://\S+", u): errors.append(f"{f}: line {n}: open target {u!r}")
                if u.startswith("http") and not URL.fullmatch(u): errors.append(f"{f}: line {n}: url {u!r}")
    if in_bl: errors.append(f"{f}: an unclosed .blacklist")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 1892: return check_xaml(path, f)
    {1887: check_scad, 1888: check_usercss, 1889: check_rime, 1890: check_gherkin, 1891: check_kedro,
     1893: check_hyprland, 1894: check_cookiecutter, 1895: check_robot,
     1896: check_skhd}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """1892 is UTF-8 with a BOM and CRLF (read without the BOM, CRLF kept); every other digest is UTF-8"""
    b = open(path, "rb").read()
    if num(f) == 1892 and b.startswith(b"\xef\xbb\xbf"): b = b[3:]
    return b.decode("utf-8")


def decoded_forms(f, raw, path):
    """XML character references undone (1892); the JSON strings of 1894 decoded; Robot's `&amp;` left as written"""
    forms = []
    n = num(f)
    if n == 1892:
        u = html.unescape(raw)
        if u != raw: forms.append(u)
    if n == 1894:
        try:
            forms.append("\n".join(s for s in re.findall(r'"((?:[^"\\]|\\.)*)"', raw) for s in [json.loads('"' + s + '"')]))
        except ValueError: pass
    return forms

def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)

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








# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json and
# /work/rounds/*/expected.json except round186's and round187's, a byte-identical file counted once), and the
# round186/round187 split (candidates sorted by (uses, catalogue title); round187 = odd positions from 3 on, one
# unbroken run; round186 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P186S = ["/work/rounds/digests-round186/expected.json", "/work/main/tests/data/digests-round186/expected.json"]
P186 = next((p for p in P186S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P186S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round186", "digests-round187") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round187 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r186 = set()
if P186:
    try:
        r186 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P186)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P186} exists but could not be read (being written?)")
    if r186 & mine: errors.append(f"papers also in round186: {sorted(r186 & mine)}")
shared186 = len(r186 & mine) if P186 else "(no round186 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round187 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round186: {shared186}; papers in more than one round187 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


