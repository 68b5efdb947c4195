r"""Checks round185/expected.json against the digests and the shared catalogues.

Adapted from round183/validate.py (the label checks are the same code; the reuse report is round183's with round184 /
round185 in place of round182 / round183; round185 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round184's and round185's own (a digests-round184 / digests-round185 folder, or a file whose bytes equal round184's or
round185's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round185 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round184's expected.json (read only, from
/work/rounds/digests-round184/ or /work/main/tests/data/digests-round184/, when it exists), and on a paper in more
than one round185 file.
Every digest is read raw (UTF-8; 1869 UTF-16 LE after its BOM) and in decoded forms: XML character references undone
(1867, 1872); SQL's doubled quotes undone (1872); JSON strings decoded (1870, 1875); JS string escapes undone (1868,
1873). Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a
decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1867 QTI 2.1 assessmentItem (XML declaration first; well-formed; the QTI 2.1 namespace and schemaLocation; only known
QTI / XHTML-subset elements; required item attributes, booleans; declarations with known cardinality and baseType,
float defaults; one orderInteraction whose prompt comes first, unique NCName choice identifiers, an ordered identifier
response whose correctResponse is a permutation of the choices — and in order of the papers' first publication as the
catalogue dates them; setOutcomeValue / variable / correct of declared identifiers, baseValue types matching, match
with two operands, responseIf first; every modalFeedback identifier set by the processing; the item's children in
schema order; links http(s); the solution list following correctResponse, each line starting with its year; the
points named in the body equal to MAXSCORE);
1868 Storybook CSF 3 file (LF; even indentation; Prettier's 100 columns except for lone strings and comments; strings,
regexes and comments blanked: brackets balanced, no double-quoted string, a final semicolon; `import { … } from '…'`
lines, every import used, @storybook/test helpers imported; consts parsed as literals; one `export default` with a
Group/Name title, an imported component, argTypes of real props and select options; PascalCase stories, unique, with
known story keys, `args` literals of real props, situacao among the options, links http(s) or null, identifiers
defined; rendered components imported; the play function's toHaveLength equal to the list's length and its link name
matching a linked paper; SEMESTRE entries with the right keys, unique ids; APOIO entries nome / url);
1869 Rainmeter skin (UTF-16 LE with a BOM; CRLF throughout and a final CRLF; `;` comments, `[Section]`, Key=Value, no
key before a section or twice in one, no section twice; [Rainmeter] first, [Metadata] and [Variables] present with
known keys; every other section a meter of a known type, a measure of a known type or a used MeterStyle; meter and
style keys fitting the meter type; MeasureName naming a measure, `%1` only with it; ClipString with a width;
`#Var#` defined or built in; colours r,g,b[,a] ≤ 255; X/Y numbers or relative `NR`; actions as `[…]` groups of known
bangs or one quoted target, a link or a PDF in the reading folder; the folder a Windows path);
1870 Selenium IDE project (no final newline; JSON exactly as JSON.stringify(…, null, 2) writes it; project, test,
command and suite keys in order; version 2.0; v4 UUIDs, none twice; known commands; targets as [locator, strategy]
pairs with fitting prefixes, the target first among them; open / setWindowSize forms; stored handles before
selectWindow; a window-opening click (opensWindow, winNNNN, 2000) selected next, closed, then root selected again; the
opened page's assertTitle equal to `[id] title` for an arXiv abstract link and `title | OpenReview` for a forum link;
verifyText of a link equal to its link text; suites naming real tests; urls holding the project url);
1871 SystemVerilog (LF; a header comment block; ASCII outside comments; comments and strings stripped: brackets
balanced; module / begin / function / `ifdef pairs; exactly the five compiler directives in order, `default_nettype
wire last; a `module name #(…) (…);` header, ports well formed and unique; every identifier used declared (parameters,
ports, logic, localparams, functions, loop variables, labels) and every system task known; no blocking assignment in
always_ff, no non-blocking one in always_comb; no input assigned; the header references numbered 1…n, each with a link
or an arXiv line, and every `[n]` in the body's comments naming one);
1872 Liquibase changelog (LF; XML; the dbchangelog namespace and a 4.x XSD; four-space indentation; changeSets with
id / author, unique, known attributes, context seed; children in schema order (preConditions, comment, changes,
rollback); known change types; onFail values; createTable / addColumn keeping track of the columns; insert / update
columns existing, one value attribute each, numeric valueNumeric; clanek ids unique across inserts and the raw SQL;
updates of inserted rows; the raw SQL one INSERT with as many values as columns (SQL strings, '' doubled) and a rollback
that deletes it; a seed rollback deleting exactly the inserted id range; arxiv_id well formed and equal to the id in
an arXiv odkaz; years plausible);
1873 userscript (LF; even indentation; `// ==UserScript==` … `// ==/UserScript==` with aligned `// @key value` lines,
known keys, single keys once, name / namespace / version / match present, @match patterns, known @grant values,
@run-at, a dotted version, update / download URLs ending in .user.js; strings, regexes and comments blanked: brackets
balanced, no double-quoted string; every GM_ function used granted and every grant used; a strict IIFE; the banner
version equal to @version; PROGRAMME parsed: keys arXiv or OpenReview ids, values titre / seance / lien, sessions
valid Wednesdays in order, each link holding its key; PAR_TITRE a list of strings; LIENS links, every LIENS.x
defined);
1874 Jest snapshot (LF; the v1 header; nothing but `exports[\`…\`] = \`…\`;` blocks separated by blank lines, names in
Jest's natural order, unique, ending in their counter, no unescaped `${`; element trees as pretty-format prints
react-test-renderer output — two-space steps, props one a line and sorted, `>` / `/>` at the tag's indentation,
elements closed in order, hrefs http(s) — and plain objects with sorted keys and trailing commas);
1875 Beeftext combo list (LF; JSON exactly as QJsonDocument::toJson(Indented) writes it: four spaces, sorted keys, a
final newline; root keys; groups and combos with their key sets; braced v4 UUIDs, none twice; combos in existing
groups, unique keywords without blanks, booleans and small integers, created / modified as `yyyy-MM-ddThh:mm:ss.zzz`,
modified not before created, created in list order; braces balanced in snippets; only known `#{…}` variables);
1876 Homer config (LF; `---` first; a two-space YAML subset parsed into maps and lists: quoted scalars closed, no key
twice; known top keys, defaults, message keys and Bulma styles, columns, booleans; links and service groups with
known keys; items with name and url, http(s) links, tagstyle only with a tag, targets, Font Awesome icons, asset
logos, not both icon and logo).

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
# ================================================================ round185 shape checks
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


# ---------------------------------------------------------------- JavaScript helpers (1868, 1873)
REGEX_START = re.compile(r"[(,=:!&|?{};\[]\s*$")


def js_code(f, s):
    """JS with strings (', ", `), regex literals and comments blanked out, for bracket counting and token checks"""
    out, i = [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None
            i = j + 2; continue
        c = s[i]
        if c == "/" and REGEX_START.search("".join(out[-3:]) if out else "("):
            m = re.compile(r"/(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n\[])+/[dgimsuy]*").match(s, i)
            if m: out.append("\x04"); i = m.end(); continue
        if c in "\"'`":
            j = i + 1
            while j < len(s) and s[j] != c:
                if s[j] == "\\": j += 1
                if j < len(s) and s[j] == "\n" and c != "`": errors.append(f"{f}: unterminated string"); return None
                j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None
            out.append({"'": "\x01", '"': "\x02", "`": "\x03"}[c]); i = j + 1; continue
        out.append(c); i += 1
    return "".join(out)


JS_TOK = re.compile(r"\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*|\.\.\.|=>|.", re.S)


def js_tokens(s):
    return [t for t in JS_TOK.findall(s) if not t.isspace() and not t.startswith(("//", "/*"))]


class Ident(str):
    """an identifier standing as a value in a literal (a variable or a component)"""


def js_str(t):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), t[1:-1])


def js_value(toks, i, trailing=True):
    """a JS literal (object, array, string, number, true/false/null, an identifier) from toks[i]; (value, next)"""
    t = toks[i]
    if t[0] in "'\"": return js_str(t), i + 1
    if re.fullmatch(r"-?\d+", t): return int(t), i + 1
    if re.fullmatch(r"-?\d+\.\d+", t): return float(t), i + 1
    if t in ("true", "false", "null"): return {"true": True, "false": False, "null": None}[t], i + 1
    if re.fullmatch(r"[A-Za-z_$][\w$]*", t): return Ident(t), i + 1
    if t == "[":
        out, i = [], i + 1
        while toks[i] != "]":
            v, i = js_value(toks, i, trailing); out.append(v)
            if toks[i] == ",":
                i += 1
                if toks[i] == "]" and not trailing: raise ValueError("trailing comma in an array")
            elif toks[i] != "]": raise ValueError(f"{toks[i]!r} in an array")
        return out, i + 1
    if t == "{":
        out, i = {}, i + 1
        while toks[i] != "}":
            k = toks[i]
            if k[0] in "'\"": k = js_str(k)
            elif not re.fullmatch(r"[A-Za-z_$][\w$]*", k): raise ValueError(f"object key {k!r}")
            if toks[i + 1] != ":": raise ValueError(f"no ':' after {k}")
            if k in out: raise ValueError(f"key {k} twice")
            out[k], i = js_value(toks, i + 2, trailing)
            if toks[i] == ",":
                i += 1
                if toks[i] == "}" and not trailing: raise ValueError("trailing comma in an object")
            elif toks[i] != "}": raise ValueError(f"{toks[i]!r} in an object")
        return out, i + 1
    raise ValueError(f"unexpected {t!r}")


def js_literal_at(f, raw, start, what):
    """the literal starting at raw[start] (an opening brace or bracket)"""
    toks = js_tokens(raw[start:])
    try:
        v, i = js_value(toks, 0)
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: {what} is not a literal: {ex}"); return None, None
    return v, (toks[i] if i < len(toks) else None)


def js_const(f, raw, name, kw="const", ind=""):
    m = re.search(r"^" + ind + kw + r" " + re.escape(name) + r" = ", raw, re.M)
    if not m: errors.append(f"{f}: no {kw} {name}"); return None
    v, nxt = js_literal_at(f, raw, m.end(), f"{kw} {name}")
    if v is not None and nxt != ";": errors.append(f"{f}: {kw} {name} not ended by ';'")
    return v


def no_double_quotes(f, code):
    if code is not None and "\x02" in code:
        errors.append(f"{f}: a double-quoted string (the project's Prettier style uses single quotes)")


def even_indent(f, L):
    for n, l in enumerate(L, 1):
        ind = len(l) - len(l.lstrip(" "))
        if "\t" in l[:ind + 1]: errors.append(f"{f}: line {n}: a tab in the indentation")
        if ind % 2 and not l.lstrip().startswith("*"): errors.append(f"{f}: line {n}: odd indentation"); break


# ---------------------------------------------------------------- 1867 QTI 2.1 assessmentItem
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
QTI_ELEMS = {"assessmentItem", "responseDeclaration", "correctResponse", "value", "outcomeDeclaration", "defaultValue",
             "itemBody", "orderInteraction", "prompt", "simpleChoice", "responseProcessing", "responseCondition",
             "responseIf", "responseElseIf", "responseElse", "match", "variable", "correct", "setOutcomeValue",
             "baseValue", "modalFeedback", "p", "em", "strong", "ol", "ul", "li", "a", "br", "div", "span"}
QTI_BASETYPES = {"identifier", "boolean", "integer", "float", "string", "point", "pair", "directedPair", "duration",
                 "file", "uri"}
NCNAME = re.compile(r"[A-Za-z_][\w.-]*")


def pub_key(title):
    e = next((x for x in pool.values() if x["title"] and norm(x["title"]) == norm(title)), None)
    if not e: return None
    p = e.get("published") or ""
    return p + "-00-00" if len(p) == 4 else p


def check_qti(f, raw):
    lines_of(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'): errors.append(f"{f}: no XML declaration first")
    root = xml_root(f, raw)
    if root is None: return
    if root.tag != QTI + "assessmentItem": errors.append(f"{f}: root is {root.tag}, not a QTI 2.1 assessmentItem"); return
    xsi = root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", "")
    if xsi.split() != ["http://www.imsglobal.org/xsd/imsqti_v2p1", "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"]:
        errors.append(f"{f}: schemaLocation {xsi!r}")
    for a in ("identifier", "title", "adaptive", "timeDependent"):
        if not root.get(a): errors.append(f"{f}: assessmentItem without {a}")
    for a in ("adaptive", "timeDependent"):
        if root.get(a) not in ("true", "false"): errors.append(f"{f}: {a}={root.get(a)!r}")
    for el in root.iter():
        if not el.tag.startswith(QTI) or local(el.tag) not in QTI_ELEMS: errors.append(f"{f}: unknown element {el.tag}")
    decl = {}
    for d in list(root.findall(QTI + "responseDeclaration")) + list(root.findall(QTI + "outcomeDeclaration")):
        i = d.get("identifier")
        if not i or not NCNAME.fullmatch(i): errors.append(f"{f}: declaration identifier {i!r}"); continue
        if i in decl: errors.append(f"{f}: {i} declared twice")
        if d.get("cardinality") not in ("single", "multiple", "ordered", "record"): errors.append(f"{f}: {i} cardinality {d.get('cardinality')!r}")
        if d.get("baseType") not in QTI_BASETYPES: errors.append(f"{f}: {i} baseType {d.get('baseType')!r}")
        decl[i] = (local(d.tag), d.get("cardinality"), d.get("baseType"), d)
        for v in d.iter(QTI + "value"):
            if d.get("baseType") == "float":
                try: float(v.text)
                except (TypeError, ValueError): errors.append(f"{f}: {i} value {v.text!r} is not a float")
    inters = list(root.iter(QTI + "orderInteraction"))
    if len(inters) != 1: errors.append(f"{f}: want one orderInteraction"); return
    oi = inters[0]
    rid = oi.get("responseIdentifier")
    if rid not in decl or decl[rid][0] != "responseDeclaration": errors.append(f"{f}: responseIdentifier {rid!r} not declared"); return
    if decl[rid][1] != "ordered" or decl[rid][2] != "identifier": errors.append(f"{f}: an orderInteraction needs an ordered identifier response")
    if oi.get("shuffle") not in ("true", "false"): errors.append(f"{f}: shuffle {oi.get('shuffle')!r}")
    if oi.get("orientation") not in (None, "vertical", "horizontal"): errors.append(f"{f}: orientation {oi.get('orientation')!r}")
    if oi.find(QTI + "prompt") is None or list(oi)[0].tag != QTI + "prompt": errors.append(f"{f}: the prompt is not the interaction's first child")
    choices = {}
    for c in oi.findall(QTI + "simpleChoice"):
        i = c.get("identifier")
        if not i or not NCNAME.fullmatch(i): errors.append(f"{f}: choice identifier {i!r}")
        if i in choices: errors.append(f"{f}: choice {i} twice")
        choices[i] = " ".join("".join(c.itertext()).split())
    cr = [v.text for v in decl[rid][3].iter(QTI + "value")]
    if sorted(cr) != sorted(choices): errors.append(f"{f}: correctResponse {cr} is not an order of the choices {sorted(choices)}")
    else:
        ds = [pub_key(choices[i]) for i in cr]
        if None in ds: errors.append(f"{f}: a choice that is no catalogue title")
        elif any(a >= b for a, b in zip(ds, ds[1:])): errors.append(f"{f}: correctResponse is not in order of first publication")
    set_ids = {}
    for so in root.iter(QTI + "setOutcomeValue"):
        i = so.get("identifier")
        if i not in decl or decl[i][0] != "outcomeDeclaration": errors.append(f"{f}: setOutcomeValue of undeclared {i!r}"); continue
        for bv in so.iter(QTI + "baseValue"):
            if bv.get("baseType") != decl[i][2]: errors.append(f"{f}: {i} set with a {bv.get('baseType')} baseValue")
            set_ids.setdefault(i, set()).add(bv.text)
    for v in list(root.iter(QTI + "variable")) + list(root.iter(QTI + "correct")):
        if v.get("identifier") not in decl: errors.append(f"{f}: {local(v.tag)} of undeclared {v.get('identifier')!r}")
    for m in root.iter(QTI + "match"):
        if len(list(m)) != 2: errors.append(f"{f}: match with {len(list(m))} operands")
    for rc in root.iter(QTI + "responseCondition"):
        kids = [local(k.tag) for k in rc]
        if not kids or kids[0] != "responseIf" or "responseElse" in kids[:-1]: errors.append(f"{f}: responseCondition {kids}")
    fbs = root.findall(QTI + "modalFeedback")
    for fb in fbs:
        o = fb.get("outcomeIdentifier")
        if o not in decl or decl[o][2] != "identifier": errors.append(f"{f}: modalFeedback on {o!r}"); continue
        if fb.get("identifier") not in set_ids.get(o, set()): errors.append(f"{f}: modalFeedback {fb.get('identifier')} is never set")
        if fb.get("showHide") not in ("show", "hide"): errors.append(f"{f}: showHide {fb.get('showHide')!r}")
    kids = [local(k.tag) for k in root]
    want = ["responseDeclaration", "outcomeDeclaration", "itemBody", "responseProcessing", "modalFeedback"]
    if [k for k, _ in itertools.groupby(kids)] != want: errors.append(f"{f}: assessmentItem children out of order: {kids}")
    for a in root.iter(QTI + "a"):
        if not URL.fullmatch(a.get("href") or ""): errors.append(f"{f}: link {a.get('href')!r}")
    sol = [fb for fb in fbs if fb.find(QTI + "ol") is not None]
    if len(sol) != 1: errors.append(f"{f}: want one feedback with the solution list")
    else:
        items = [" ".join("".join(li.itertext()).split()) for li in sol[0].find(QTI + "ol").findall(QTI + "li")]
        if len(items) != len(cr) or any(choices.get(i, "\0") not in it for i, it in zip(cr, items)):
            errors.append(f"{f}: the solution list does not follow correctResponse")
        for i, it in zip(cr, items):
            y = (pub_key(choices.get(i, "")) or "")[:4]
            if not it.startswith(y + ":"): errors.append(f"{f}: solution line {it[:30]!r} does not start with its year {y}")
    pm = re.search(r"\((\d+) Punkte\)", raw)
    ms = decl.get("MAXSCORE")
    if not pm or not ms or [v.text for v in ms[3].iter(QTI + "value")] != [pm[1]]: errors.append(f"{f}: the points in the body are not MAXSCORE")


# ---------------------------------------------------------------- 1868 Storybook CSF 3 stories
SB_PROPS = {"titulo", "autores", "local", "link", "nota", "situacao", "artigos", "apoio", "aoAbrir"}
SB_STORY_KEYS = {"name", "args", "render", "parameters", "play", "decorators", "argTypes", "tags"}
SB_TEST = {"expect", "userEvent", "within", "fn", "waitFor"}


def check_storybook(f, raw):
    L = lines_of(f, raw)
    even_indent(f, L)
    for n, l in enumerate(L, 1):
        s = l.strip()
        if len(l) > 100 and not re.fullmatch(r"(?:\w+: )?'[^']*',?|//.*|\* .*", s): errors.append(f"{f}: line {n} longer than 100 (Prettier)")
    code = js_code(f, raw)
    if code is None or not balanced(f, code, "the stories"): return
    no_double_quotes(f, code)
    if not re.search(r";\n$", raw): errors.append(f"{f}: the last statement has no semicolon")
    imported, n_imp = {}, 0
    for m in re.finditer(r"^import \{ ([\w, ]+) \} from '([^']+)';$", raw, re.M):
        for name in m[1].split(", "):
            if name in imported: errors.append(f"{f}: {name} imported twice")
            imported[name] = m[2]
        n_imp += 1
    if n_imp != len(re.findall(r"^import ", raw, re.M)): errors.append(f"{f}: an import line not of the form import {{ … }} from '…';")
    for name, src in imported.items():
        if name in SB_TEST and src != "@storybook/test": errors.append(f"{f}: {name} not from @storybook/test")
        if len(re.findall(r"\b" + name + r"\b", code)) < 2: errors.append(f"{f}: {name} imported but not used")
    for name in SB_TEST:
        if re.search(r"\b" + name + r"\(", code) and name not in imported: errors.append(f"{f}: {name} used but not imported")
    consts = {}
    for m in re.finditer(r"^const (\w+) = ", raw, re.M):
        consts[m[1]] = js_const(f, raw, m[1])
    if len(re.findall(r"^export default \{$", raw, re.M)) != 1: errors.append(f"{f}: want one `export default {{`"); return
    meta, _ = js_literal_at(f, raw, raw.index("export default ") + len("export default "), "the default export")
    if not isinstance(meta, dict): return
    if not re.fullmatch(r"[\w ]+(?:/[\w ]+)+", str(meta.get("title"))): errors.append(f"{f}: meta title {meta.get('title')!r}")
    comp = meta.get("component")
    if not isinstance(comp, Ident) or comp not in imported: errors.append(f"{f}: meta component {comp!r} is not an imported component")
    opts = set(((meta.get("argTypes") or {}).get("situacao") or {}).get("options") or [])
    if not opts: errors.append(f"{f}: no situacao options in argTypes")
    for k in (meta.get("argTypes") or {}):
        if k not in SB_PROPS: errors.append(f"{f}: argTypes.{k} is not a prop")

    def args_ok(where, args):
        if not isinstance(args, dict): errors.append(f"{f}: {where}: args is not an object"); return
        for k, v in args.items():
            if k not in SB_PROPS: errors.append(f"{f}: {where}: {k} is not a prop of the component")
            if k == "situacao" and v not in opts: errors.append(f"{f}: {where}: situacao {v!r} is not an option")
            if k == "link" and v is not None and not URL.fullmatch(str(v)): errors.append(f"{f}: {where}: link {v!r}")
            if isinstance(v, Ident) and v not in consts: errors.append(f"{f}: {where}: {v} is not defined")
    args_ok("meta", meta.get("args"))
    names = []
    for m in re.finditer(r"^export const (\w+) = \{$", raw, re.M):
        name = m[1]
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name): errors.append(f"{f}: story {name} is not PascalCase")
        if name in names: errors.append(f"{f}: story {name} twice")
        names.append(name)
        end = raw.find("\n};\n", m.end())
        body = raw[m.end():end if end > 0 else len(raw)]
        for km in re.finditer(r"^  (\w+):", body, re.M):
            if km[1] not in SB_STORY_KEYS: errors.append(f"{f}: story {name}: unknown key {km[1]}")
        am = re.search(r"^  args: ", body, re.M)
        if am:
            v, nxt = js_literal_at(f, body, am.end(), f"{name}.args")
            args_ok(name, v)
        nm = re.search(r"^  name: ('[^']*'),$", body, re.M)
        if re.search(r"^  name:", body, re.M) and not nm: errors.append(f"{f}: story {name}: name is not a string")
        for jm in re.finditer(r"<(\w+) \{\.\.\.args\} />", body):
            if jm[1] not in imported: errors.append(f"{f}: story {name} renders {jm[1]}, which is not imported")
        lm = re.search(r"toHaveLength\((\d+)\)", body)
        if lm:
            arts = consts.get(str(v.get("artigos"))) if am and isinstance(v, dict) else None
            if not isinstance(arts, list) or len(arts) != int(lm[1]): errors.append(f"{f}: story {name}: toHaveLength({lm[1]}) does not fit its list")
        for rm in re.finditer(r"getByRole\('link', \{ name: /([^/]+)/ \}\)", body):
            arts = consts.get(str(v.get("artigos"))) if am and isinstance(v, dict) else []
            if not any(isinstance(a, dict) and a.get("link") and re.search(rm[1], a.get("titulo", "")) for a in arts or []):
                errors.append(f"{f}: story {name}: no linked paper matches /{rm[1]}/")
    if not names: errors.append(f"{f}: no stories")
    sem = consts.get("SEMESTRE")
    if not isinstance(sem, list) or not sem: errors.append(f"{f}: SEMESTRE is not a list"); return
    ids = set()
    for a in sem:
        if not isinstance(a, dict) or not {"id", "titulo", "link", "situacao"} <= set(a) or set(a) - {"id", "titulo", "link", "situacao", "nota"}:
            errors.append(f"{f}: SEMESTRE entry {str(a)[:40]} has the wrong keys"); continue
        if a["id"] in ids: errors.append(f"{f}: SEMESTRE id {a['id']} twice")
        ids.add(a["id"])
        if a["situacao"] not in opts: errors.append(f"{f}: SEMESTRE situacao {a['situacao']!r}")
        if a["link"] is not None and not URL.fullmatch(a["link"]): errors.append(f"{f}: SEMESTRE link {a['link']!r}")
    for a in consts.get("APOIO") or []:
        if not isinstance(a, dict) or set(a) != {"nome", "url"} or not URL.fullmatch(str(a.get("url"))): errors.append(f"{f}: APOIO entry {str(a)[:40]}")


# ---------------------------------------------------------------- 1869 Rainmeter skin
RM_RAINMETER = {"Update", "AccurateText", "DynamicWindowSize", "BackgroundMode", "SolidColor", "ContextTitle",
                "ContextAction", "ContextTitle2", "ContextAction2", "DefaultUpdateDivider", "Background",
                "OnRefreshAction", "MouseActionCursor", "SkinWidth", "SkinHeight"}
RM_METADATA = {"Name", "Author", "Information", "Version", "License"}
RM_METER = {"Meter", "MeterStyle", "X", "Y", "W", "H", "SolidColor", "Hidden", "UpdateDivider", "DynamicVariables",
            "ToolTipText", "ToolTipTitle", "LeftMouseUpAction", "LeftMouseDownAction", "RightMouseUpAction",
            "MouseOverAction", "MouseLeaveAction", "MeasureName", "AntiAlias", "Padding", "Group"}
RM_STRING = {"Text", "FontFace", "FontSize", "FontColor", "FontWeight", "StringStyle", "StringAlign", "StringCase",
             "ClipString", "ClipStringW", "InlineSetting", "Prefix", "Postfix"}
RM_MEASURE = {"Measure", "Format", "UpdateDivider", "DynamicVariables", "TimeZone", "Formula", "Group"}
RM_METERS = {"String", "Image", "Shape", "Bar", "Bitmap", "Button", "Histogram", "Line", "Rotator", "Roundline"}
RM_MEASURES = {"Time", "Calc", "CPU", "PhysicalMemory", "FreeDiskSpace", "Plugin", "String", "Uptime"}
RM_BUILTIN = {"CURRENTSECTION", "CRLF", "@", "SKINSPATH", "CURRENTPATH", "ROOTCONFIGPATH", "PROGRAMPATH",
              "SETTINGSPATH", "CURRENTCONFIG", "CURRENTFILE"}
RM_BANGS = {"SetOption", "UpdateMeter", "Redraw", "Refresh", "ToggleMeter", "ShowMeter", "HideMeter",
            "SetVariable", "UpdateMeasure", "CommandMeasure", "Log"}
RM_COLOR = re.compile(r"(?:\d{1,3},){2}\d{1,3}(?:,\d{1,3})?")


def check_rainmeter(f, data):
    if not data.startswith(b"\xff\xfe"): errors.append(f"{f}: no UTF-16 LE byte order mark (Rainmeter reads non-ASCII only from UTF-16 LE)"); return
    try: raw = data[2:].decode("utf-16-le")
    except UnicodeDecodeError as ex: errors.append(f"{f}: not UTF-16 LE: {ex}"); return
    if re.search(r"(?<!\r)\n|\r(?!\n)", raw): errors.append(f"{f}: not CRLF throughout")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    L = raw.replace("\r\n", "\n").rstrip("\n").split("\n")
    secs, order, cur = {}, [], None
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
        if not l or l.startswith(";"): continue
        m = re.fullmatch(r"\[([^\[\]]+)\]", l)
        if m:
            k = m[1].lower()
            if k in secs: errors.append(f"{f}: section [{m[1]}] twice")
            cur = m[1]; secs[k] = (cur, {}); order.append(cur); continue
        m = re.fullmatch(r"([A-Za-z][\w]*)=(.*)", l)
        if not m: errors.append(f"{f}: line {n}: not Key=Value: {l[:40]!r}"); continue
        if cur is None: errors.append(f"{f}: line {n}: a key before the first section"); continue
        kv = secs[cur.lower()][1]
        if m[1] in kv: errors.append(f"{f}: line {n}: {m[1]} twice in [{cur}]")
        kv[m[1]] = m[2]
    for need in ("rainmeter", "metadata", "variables"):
        if need not in secs: errors.append(f"{f}: no [{need.capitalize()}] section")
    if not order or order[0] != "Rainmeter": errors.append(f"{f}: [Rainmeter] is not the first section")
    variables = set(secs.get("variables", ("", {}))[1])
    styles = {s.lower() for s, kv in secs.values() for st in [kv.get("MeterStyle", "")] for s in st.split("|") if s}
    for k in secs.get("rainmeter", ("", {}))[1]:
        if k not in RM_RAINMETER: errors.append(f"{f}: unknown [Rainmeter] key {k}")
    for k in secs.get("metadata", ("", {}))[1]:
        if k not in RM_METADATA: errors.append(f"{f}: unknown [Metadata] key {k}")
    measures = {s.lower() for s, kv in secs.values() if "Measure" in kv}
    used_styles = set()
    for low, (name, kv) in secs.items():
        if low in ("rainmeter", "metadata", "variables"): continue
        if "Meter" in kv:
            if kv["Meter"] not in RM_METERS: errors.append(f"{f}: [{name}] Meter={kv['Meter']}")
            known = RM_METER | (RM_STRING if kv["Meter"] == "String" else set())
            for st in [s for s in kv.get("MeterStyle", "").split("|") if s]:
                used_styles.add(st.lower())
                if st.lower() not in secs or "Meter" in secs[st.lower()][1] or "Measure" in secs[st.lower()][1]:
                    errors.append(f"{f}: [{name}] MeterStyle {st} is not a style section")
                else:
                    for k in secs[st.lower()][1]:
                        if k not in known: errors.append(f"{f}: style [{st}] key {k} does not fit a {kv['Meter']} meter")
            for k in kv:
                if k not in known: errors.append(f"{f}: [{name}] unknown key {k} for a {kv['Meter']} meter")
            if "MeasureName" in kv and kv["MeasureName"].lower() not in measures: errors.append(f"{f}: [{name}] MeasureName {kv['MeasureName']} is no measure")
            if "%1" in kv.get("Text", "") and "MeasureName" not in kv: errors.append(f"{f}: [{name}] %1 without a MeasureName")
            allkv = dict(kv)
            for st in [s for s in kv.get("MeterStyle", "").split("|") if s]:
                for k, v in secs.get(st.lower(), ("", {}))[1].items(): allkv.setdefault(k, v)
            if allkv.get("ClipString") in ("1", "2") and "W" not in allkv: errors.append(f"{f}: [{name}] ClipString without W")
            if kv["Meter"] == "String" and "Text" not in kv and "MeasureName" not in kv: errors.append(f"{f}: [{name}] a String meter without Text")
        elif "Measure" in kv:
            if kv["Measure"] not in RM_MEASURES: errors.append(f"{f}: [{name}] Measure={kv['Measure']}")
            for k in kv:
                if k not in RM_MEASURE: errors.append(f"{f}: [{name}] unknown key {k} for a measure")
        elif low not in styles: errors.append(f"{f}: [{name}] is neither a meter, a measure nor a used style")
    for low, (name, kv) in secs.items():
        for k, v in kv.items():
            if low == "variables": continue
            for vm in re.finditer(r"#([^#\s]+)#", v):
                if vm[1] not in variables and vm[1] not in RM_BUILTIN: errors.append(f"{f}: [{name}] {k}: variable #{vm[1]}# is not defined")
            if re.search(r"Color$", k):
                val = re.sub(r"#\w+#", "0,0,0,0", v)
                if not RM_COLOR.fullmatch(val) or any(int(x) > 255 for x in val.split(",")): errors.append(f"{f}: [{name}] {k}={v!r}")
            if k in ("X", "Y") and not re.fullmatch(r"-?\d+[rR]?|#\w+#", v): errors.append(f"{f}: [{name}] {k}={v!r}")
            if k in ("W", "H", "FontSize", "Update", "ClipString", "AntiAlias", "DynamicVariables", "AccurateText",
                     "DynamicWindowSize", "BackgroundMode") and not re.fullmatch(r"\d+|#\w+#", v):
                errors.append(f"{f}: [{name}] {k}={v!r}")
            if k.endswith("Action"):
                rest = v
                if not rest.startswith("["): errors.append(f"{f}: [{name}] {k} is not a bracketed action"); continue
                for am in re.finditer(r"\[([^\[\]]*)\]|(.)", rest):
                    if am[2] is not None: errors.append(f"{f}: [{name}] {k}: text outside the brackets"); break
                    b = am[1]
                    if b.startswith("!"):
                        bang = b[1:].split(" ")[0]
                        if bang not in RM_BANGS: errors.append(f"{f}: [{name}] {k}: unknown bang !{bang}")
                        if b.count('"') % 2: errors.append(f"{f}: [{name}] {k}: unbalanced quotes")
                    else:
                        tm = re.fullmatch(r'"([^"]+)"', b)
                        if not tm: errors.append(f"{f}: [{name}] {k}: target {b[:30]!r} is not quoted"); continue
                        t = tm[1]
                        if not (URL.fullmatch(t) or re.fullmatch(r"#Klasor#[\w\\.-]*", t)): errors.append(f"{f}: [{name}] {k}: target {t[:40]!r}")
                        if t.startswith("#Klasor#") and t != "#Klasor#" and not t.endswith(".pdf"): errors.append(f"{f}: [{name}] {k}: a folder target that is not a PDF")
    klasor = secs.get("variables", ("", {}))[1].get("Klasor", "")
    if not re.fullmatch(r"[A-Z]:\\(?:[^\\/:*?\"<>|]+\\)+", klasor): errors.append(f"{f}: Klasor {klasor!r} is not a Windows folder path ending in \\")


# ---------------------------------------------------------------- 1870 Selenium IDE project
SIDE_CMDS = {"open", "setWindowSize", "assertTitle", "verifyTitle", "verifyText", "assertText", "click",
             "verifyElementPresent", "assertElementPresent", "storeWindowHandle", "selectWindow", "close", "echo",
             "pause", "waitForElementVisible", "mouseOver", "type", "sendKeys", "runScript", "executeScript"}
SIDE_STRATS = {"linkText": "linkText=", "partialLinkText": "partialLinkText=", "css:finder": "css=", "id": "id=",
               "name": "name=", "xpath:link": "xpath=", "xpath:href": "xpath=", "xpath:position": "xpath=",
               "xpath:innerText": "xpath=", "xpath:attributes": "xpath=", "xpath:idRelative": "xpath="}
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
SIDE_CMD_KEYS = ["id", "comment", "command", "target", "targets", "value"]


def check_side(f, raw):
    lines_of(f, raw, final=False)
    try: p = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(p, indent=2, ensure_ascii=False) != raw: errors.append(f"{f}: not as JSON.stringify(project, null, 2) writes it")
    if not isinstance(p, dict) or list(p) != ["id", "version", "name", "url", "tests", "suites", "urls", "plugins"]:
        errors.append(f"{f}: project keys {list(p) if isinstance(p, dict) else type(p)}"); return
    if p["version"] != "2.0": errors.append(f"{f}: version {p['version']!r}")
    if not URL.fullmatch(p["url"]) or p["url"].endswith("/"): errors.append(f"{f}: project url {p['url']!r}")
    ids = []

    def uid(x, where):
        if not isinstance(x, str) or not UUID4.fullmatch(x): errors.append(f"{f}: {where}: id {x!r} is not a v4 UUID")
        ids.append(x)
    uid(p["id"], "project")
    tids = []
    for t in p["tests"]:
        if list(t) != ["id", "name", "commands"]: errors.append(f"{f}: test keys {list(t)}"); continue
        uid(t["id"], "test"); tids.append(t["id"])
        handles, opened, prev = set(), None, None   # opened: None, [handle, (href, text), selected?] or "closed"
        for n, c in enumerate(t["commands"], 1):
            where = f"{t['name']} #{n}"
            if list(c)[:6] != SIDE_CMD_KEYS: errors.append(f"{f}: {where}: command keys {list(c)}"); continue
            extra = list(c)[6:]
            if extra and extra != ["opensWindow", "windowHandleName", "windowTimeout"]: errors.append(f"{f}: {where}: extra keys {extra}")
            uid(c["id"], where)
            cmd, tg, val, tgs = c["command"], c["target"], c["value"], c["targets"]
            if cmd not in SIDE_CMDS: errors.append(f"{f}: {where}: unknown command {cmd}")
            if not all(isinstance(x, list) and len(x) == 2 for x in tgs): errors.append(f"{f}: {where}: targets not [locator, strategy] pairs"); continue
            for loc, st in tgs:
                if st not in SIDE_STRATS or not loc.startswith(SIDE_STRATS[st]): errors.append(f"{f}: {where}: target {loc[:30]!r} does not fit {st}")
            if tgs and tgs[0][0] != tg: errors.append(f"{f}: {where}: the target is not the first of its targets")
            if cmd == "open" and not (tg.startswith("/") or URL.fullmatch(tg)): errors.append(f"{f}: {where}: open {tg!r}")
            if cmd == "setWindowSize" and not re.fullmatch(r"\d+x\d+", tg): errors.append(f"{f}: {where}: setWindowSize {tg!r}")
            if cmd == "storeWindowHandle":
                if not re.fullmatch(r"\w+", tg): errors.append(f"{f}: {where}: storeWindowHandle {tg!r}")
                handles.add(tg)
            if isinstance(opened, list) and not opened[2] and cmd != "selectWindow":
                errors.append(f"{f}: {where}: a click opened a window that is not selected next")
            if opened == "closed" and cmd != "selectWindow": errors.append(f"{f}: {where}: no selectWindow after close")
            if cmd == "selectWindow":
                hm = re.fullmatch(r"handle=\$\{(\w+)\}", tg)
                if not hm or hm[1] not in handles: errors.append(f"{f}: {where}: selectWindow {tg!r} of no stored handle")
                elif isinstance(opened, list) and not opened[2]:
                    if hm[1] != opened[0]: errors.append(f"{f}: {where}: the opened window is not selected next")
                    opened[2] = True
                elif opened == "closed": opened = None
                elif isinstance(opened, list): errors.append(f"{f}: {where}: another window selected before closing {opened[0]}")
            if cmd == "close":
                if isinstance(opened, list) and opened[2]: opened = "closed"
                else: errors.append(f"{f}: {where}: close outside an opened window")
            if cmd in ("verifyText", "assertText") and tg.startswith("linkText=") and val != tg[9:]: errors.append(f"{f}: {where}: link text {tg[9:40]!r} checked against {val[:30]!r}")
            if cmd in ("verifyText", "assertText", "verifyElementPresent", "click") and not tgs: errors.append(f"{f}: {where}: {cmd} without the recorded targets")
            if extra:
                if cmd != "click" or c["opensWindow"] is not True or not re.fullmatch(r"win\d{4}", str(c["windowHandleName"])) or c["windowTimeout"] != 2000:
                    errors.append(f"{f}: {where}: window-opening fields")
                elif opened is not None: errors.append(f"{f}: {where}: a window opened while another is open")
                else:
                    if c["windowHandleName"] in handles: errors.append(f"{f}: {where}: window handle {c['windowHandleName']} reused")
                    handles.add(c["windowHandleName"])
                    href = next((re.search(r"@href, '([^']+)'", l)[1] for l, s_ in tgs if s_ == "xpath:href"), "")
                    link_text = next((l[9:] for l, s_ in tgs if s_ == "linkText"), "")
                    opened = [c["windowHandleName"], (href, link_text), False]
            if cmd == "assertTitle" and isinstance(opened, list) and opened[2]:
                href, text = opened[1]
                am = re.search(r"arxiv\.org/abs/(\d{4}\.\d{4,5})", href)
                want = f"[{am[1]}] {text}" if am else (f"{text} | OpenReview" if "openreview.net/forum" in href else None)
                if want and tg != want: errors.append(f"{f}: {where}: the page title {tg[:40]!r} does not fit the clicked link ({want[:40]!r})")
            if cmd in ("verifyText", "assertText", "assertTitle", "echo") and not (tg if cmd != "verifyText" else val): errors.append(f"{f}: {where}: {cmd} with nothing to check")
            prev = cmd
        if opened: errors.append(f"{f}: {t['name']}: a window left open")
    for s in p["suites"]:
        if list(s) != ["id", "name", "persistSession", "parallel", "timeout", "tests"]: errors.append(f"{f}: suite keys {list(s)}"); continue
        uid(s["id"], "suite")
        if not isinstance(s["timeout"], int) or not all(isinstance(s[k], bool) for k in ("persistSession", "parallel")): errors.append(f"{f}: suite field types")
        for x in s["tests"]:
            if x not in tids: errors.append(f"{f}: suite lists an unknown test {x}")
    if len(ids) != len(set(ids)): errors.append(f"{f}: an id used twice")
    if p["url"] + "/" not in p["urls"]: errors.append(f"{f}: urls does not hold the project url")
    if p["plugins"] != []: errors.append(f"{f}: plugins {p['plugins']}")


# ---------------------------------------------------------------- 1871 SystemVerilog module
SV_KW = {"module", "endmodule", "parameter", "localparam", "int", "input", "output", "inout", "wire", "logic", "signed",
         "unsigned", "begin", "end", "always_ff", "always_comb", "always", "posedge", "negedge", "or", "if", "else",
         "for", "function", "endfunction", "automatic", "return", "initial", "assert", "property", "disable", "iff",
         "case", "endcase", "default", "typedef", "enum", "assign"}
SV_SYS = {"$readmemh", "$signed", "$unsigned", "$error", "$clog2", "$display", "$fatal"}


def sv_strip(f, raw):
    """comments removed (kept aside with their line numbers) and strings replaced by \"\""""
    out, comments, i, line = [], [], 0, 1
    while i < len(raw):
        if raw.startswith("//", i):
            j = raw.find("\n", i); j = len(raw) if j < 0 else j
            comments.append((line, raw[i + 2:j])); i = j; continue
        if raw.startswith("/*", i):
            j = raw.find("*/", i)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None, []
            comments.append((line, raw[i + 2:j])); line += raw.count("\n", i, j); i = j + 2; continue
        if raw[i] == '"':
            j = i + 1
            while j < len(raw) and raw[j] != '"':
                if raw[j] == "\n": errors.append(f"{f}: a string across lines"); return None, []
                j += 2 if raw[j] == "\\" else 1
            if re.search(r"[^\x00-\x7f]", raw[i:j]): errors.append(f"{f}: line {line}: non-ASCII in a string")
            out.append('""'); i = j + 1; continue
        if raw[i] == "\n": line += 1
        out.append(raw[i]); i += 1
    return "".join(out), comments


def check_sv(f, raw):
    L = lines_of(f, raw)
    code, comments = sv_strip(f, raw)
    if code is None: return
    for n, l in enumerate(code.split("\n"), 1):
        if re.search(r"[^\x00-\x7f]", l): errors.append(f"{f}: line {n}: non-ASCII outside a comment"); break
    if not balanced(f, code, "the module"): return
    toks = re.findall(r"`\w+|\$\w+|[A-Za-z_]\w*|'\w+|\S", code)
    pairs = {"module": "endmodule", "begin": "end", "function": "endfunction", "case": "endcase", "`ifdef": "`endif"}
    st = []
    for t in toks:
        if t in pairs: st.append(t)
        elif t in pairs.values():
            if not st or pairs[st.pop()] != t: errors.append(f"{f}: {t} closes nothing it can close"); break
    if st: errors.append(f"{f}: {st} left open")
    dirs = [l for l in code.split("\n") if l.startswith("`")]
    want = ["`timescale 1ns / 1ps", "`default_nettype none", "`ifdef SIMULATION", "`endif", "`default_nettype wire"]
    if dirs != want: errors.append(f"{f}: compiler directives {dirs}")
    if code.strip().split("\n")[-1] != "`default_nettype wire": errors.append(f"{f}: `default_nettype wire is not last")
    mm = re.search(r"\bmodule (\w+) #\((.*?)\) \((.*?)\);", code, re.S)
    if not mm: errors.append(f"{f}: no `module name #(…) (…);` header"); return
    params = re.findall(r"parameter(?: int)?\s+(\w+)\s*=", mm[2])
    ports = {}
    for pm in re.finditer(r"(input|output|inout)\s+(?:wire\s+)?logic(?:\s+signed)?(?:\s*\[[^\]]*\])?\s+(\w+)(\s*\[\w+\])?\s*(?:,|$)", mm[3]):
        if pm[2] in ports: errors.append(f"{f}: port {pm[2]} twice")
        ports[pm[2]] = pm[1]
    nport = len([x for x in mm[3].split(",") if x.strip()])
    if nport != len(ports): errors.append(f"{f}: {nport} ports, {len(ports)} well-formed")
    body = code[mm.end():]
    decls = set(re.findall(r"^\s*logic(?:\s+signed)?(?:\s*\[[^\]]*\])?\s+(\w+)", body, re.M))
    decls |= set(re.findall(r"localparam\s+logic(?:\s+signed)?(?:\s*\[[^\]]*\])?\s+(\w+)", body))
    funcs = set(re.findall(r"function automatic logic(?:\s*\[[^\]]*\])?\s+(\w+)\(", body))
    loopv = set(re.findall(r"for \(int (\w+) = ", body))
    labels = set(re.findall(r"^\s*(\w+):\s*assert\b", body, re.M))
    fargs = set(re.findall(r"\binput logic(?:\s+signed)?(?:\s*\[[^\]]*\])?\s+(\w+)\)", body))
    known = set(params) | set(ports) | decls | funcs | fargs | loopv | labels | SV_KW
    for t in re.findall(r"(?<![\w$`'])([A-Za-z_]\w*)", re.sub(r"(?m)^`.*$", "", body)):
        if t not in known: errors.append(f"{f}: {t} is used but not declared"); break
    for t in re.findall(r"(\$\w+)", body):
        if t not in SV_SYS: errors.append(f"{f}: unknown system task {t}")
    for bm in re.finditer(r"\b(always_ff|always_comb)\b(.*?)(?:\n\n|$)", body, re.S):
        if bm[1] == "always_ff" and re.search(r"(?m)^\s*\w+(?:\[\w+\])?\s*=(?!=)", bm[2]): errors.append(f"{f}: a blocking assignment in always_ff")
        if bm[1] == "always_comb" and re.search(r"(?m)^\s*\w+(?:\[\w+\])?\s*<=", bm[2]): errors.append(f"{f}: a non-blocking assignment in always_comb")
    for m in re.finditer(r"(?m)^\s*(\w+)(?:\[\w+\])?\s*<=", body):
        if m[1] in ports and ports[m[1]] == "input": errors.append(f"{f}: input {m[1]} assigned")
        if m[1] not in decls and ports.get(m[1]) != "output": errors.append(f"{f}: {m[1]} assigned but not declared")
    # references: [n] in the body's comments name a header reference
    head = [c for ln, c in comments if ln <= 40 and ln < next((n for n, l in enumerate(L, 1) if l.startswith("`")), 10**6)]
    refs = [int(m[1]) for c in head for m in [re.match(r"\s+\[(\d+)\] \S", c)] if m]
    if refs != list(range(1, len(refs) + 1)): errors.append(f"{f}: header references numbered {refs}")
    for ln, c in comments:
        if c in head: continue
        for m in re.finditer(r"\[(\d+)\]", c):
            if int(m[1]) not in refs: errors.append(f"{f}: line {ln}: [{m[1]}] is not a header reference")
    hl = [c for c in head]
    for i, c in enumerate(hl):
        if re.match(r"\s+\[(\d+)\] \S", c):
            nxt = hl[i + 1].strip() if i + 1 < len(hl) else ""
            if not (URL.fullmatch(nxt) or re.fullmatch(r"arXiv \d{4}\.\d{4,5}", nxt)): errors.append(f"{f}: reference {c.strip()[:20]!r} without a link or arXiv line")
    if not (L[0].startswith("// ====") and any(l.startswith("// ====") for l in L[1:40])): errors.append(f"{f}: no header comment block")


# ---------------------------------------------------------------- 1872 Liquibase changelog
LB = "{http://www.liquibase.org/xml/ns/dbchangelog}"
LB_CHANGES = {"addColumn", "createTable", "insert", "update", "delete", "sql", "tagDatabase"}
LB_CS_ATTRS = {"id", "author", "context", "contextFilter", "labels", "runOnChange", "runAlways", "failOnError", "dbms"}
CLANEK = {"id", "nazev", "rok", "odkaz", "tyden", "referuje", "poznamka"}
LB_VALUE = ("value", "valueNumeric", "valueDate", "valueBoolean", "valueComputed")


def sql_values(s):
    """the values of an SQL VALUES list: 'strings' with '' doubled, numbers, NULL"""
    out, i = [], 0
    s = s.strip()
    while i < len(s):
        if s[i] in " \n,": i += 1; continue
        if s[i] == "'":
            j, v = i + 1, ""
            while True:
                if j >= len(s): raise ValueError("an unclosed string")
                if s[j] == "'":
                    if s.startswith("''", j): v += "'"; j += 2; continue
                    break
                v += s[j]; j += 1
            out.append(v); i = j + 1; continue
        m = re.compile(r"-?\d+(?:\.\d+)?|NULL").match(s, i)
        if not m: raise ValueError(f"value at {s[i:i + 15]!r}")
        out.append(None if m[0] == "NULL" else m[0]); i = m.end()
    return out


def check_liquibase(f, raw):
    L = lines_of(f, raw)
    root = xml_root(f, raw)
    if root is None: return
    if root.tag != LB + "databaseChangeLog": errors.append(f"{f}: root {root.tag}"); return
    xsi = root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", "").split()
    if len(xsi) != 2 or xsi[0] != LB[1:-1] or not re.fullmatch(r"http://www\.liquibase\.org/xml/ns/dbchangelog/dbchangelog-4\.\d+\.xsd", xsi[1]):
        errors.append(f"{f}: schemaLocation {xsi}")
    in_text = False
    for n, l in enumerate(L, 1):
        s = l.strip()
        if s.startswith("<!--"): in_text = True
        if not in_text and s.startswith("<") and not s.startswith("<?") and (len(l) - len(l.lstrip())) % 4: errors.append(f"{f}: line {n}: indentation is not a multiple of four")
        if "-->" in s: in_text = False
    tables = {"clanek": set(CLANEK)}
    ids, seen = {}, set()
    for cs in root:
        if local(cs.tag) != "changeSet": errors.append(f"{f}: {local(cs.tag)} at the top level"); continue
        key = (cs.get("id"), cs.get("author"))
        if not all(key): errors.append(f"{f}: a changeSet without id / author"); continue
        if key in seen: errors.append(f"{f}: changeSet {key} twice")
        seen.add(key)
        where = f"changeSet {key[0]}"
        for a in cs.attrib:
            if a not in LB_CS_ATTRS: errors.append(f"{f}: {where}: attribute {a}")
        if cs.get("context") not in (None, "seed"): errors.append(f"{f}: {where}: context {cs.get('context')!r}")
        kids = [local(k.tag) for k in cs]
        body = [k for k in kids if k not in ("preConditions", "comment", "rollback")]
        if kids != (["preConditions"] if "preConditions" in kids else []) + (["comment"] if "comment" in kids else []) + body + (["rollback"] if "rollback" in kids else []):
            errors.append(f"{f}: {where}: children out of order {kids}")
        if not body: errors.append(f"{f}: {where}: no change")
        for k in body:
            if k not in LB_CHANGES: errors.append(f"{f}: {where}: unknown change {k}")
        pc = cs.find(LB + "preConditions")
        if pc is not None and pc.get("onFail") not in ("HALT", "CONTINUE", "MARK_RAN", "WARN"): errors.append(f"{f}: {where}: onFail {pc.get('onFail')!r}")
        mine = []
        for ch in cs:
            c = local(ch.tag)
            t = ch.get("tableName")
            if c == "createTable":
                if t in tables: errors.append(f"{f}: {where}: table {t} exists")
                tables[t] = {x.get("name") for x in ch.findall(LB + "column")}
                for x in ch.findall(LB + "column"):
                    if not x.get("type"): errors.append(f"{f}: {where}: column {x.get('name')} without a type")
            elif c == "addColumn":
                for x in ch.findall(LB + "column"):
                    if x.get("name") in tables.get(t, set()): errors.append(f"{f}: {where}: column {x.get('name')} exists")
                    if not x.get("type"): errors.append(f"{f}: {where}: column {x.get('name')} without a type")
                    tables.setdefault(t, set()).add(x.get("name"))
            elif c in ("insert", "update"):
                if t not in tables: errors.append(f"{f}: {where}: unknown table {t}"); continue
                row = {}
                for x in ch.findall(LB + "column"):
                    nm = x.get("name")
                    if nm not in tables[t]: errors.append(f"{f}: {where}: {t} has no column {nm}")
                    vals = [a for a in LB_VALUE if a in x.attrib]
                    if len(vals) != 1: errors.append(f"{f}: {where}: column {nm} with {vals}"); continue
                    v = x.get(vals[0])
                    if vals[0] == "valueNumeric" and not re.fullmatch(r"-?\d+(?:\.\d+)?", v): errors.append(f"{f}: {where}: {nm} valueNumeric {v!r}")
                    if nm in row: errors.append(f"{f}: {where}: column {nm} twice")
                    row[nm] = None if vals[0] == "valueComputed" and v == "NULL" else v
                if c == "insert" and t == "clanek":
                    if "id" not in row or "nazev" not in row: errors.append(f"{f}: {where}: a clanek row without id / nazev")
                    if row.get("id") in ids: errors.append(f"{f}: {where}: clanek id {row.get('id')} twice")
                    ids[row.get("id")] = row; mine.append(int(row.get("id", 0)))
                if c == "update":
                    wm = re.fullmatch(r"id = (\d+)", (ch.findtext(LB + "where") or "").strip())
                    if not wm or wm[1] not in ids: errors.append(f"{f}: {where}: update of a row never inserted")
                    else: ids[wm[1]] = {**ids[wm[1]], **row}
            elif c == "sql":
                sm = re.fullmatch(r"INSERT INTO (\w+) \(([\w, ]+)\)\s+VALUES \((.*)\);", " ".join((ch.text or "").split()), re.S)
                if not sm: errors.append(f"{f}: {where}: sql is not one INSERT"); continue
                cols = [x.strip() for x in sm[2].split(",")]
                try: vals = sql_values(sm[3])
                except ValueError as ex: errors.append(f"{f}: {where}: sql values: {ex}"); continue
                if len(cols) != len(vals): errors.append(f"{f}: {where}: {len(cols)} columns, {len(vals)} values"); continue
                if sm[1] not in tables or set(cols) - tables[sm[1]]: errors.append(f"{f}: {where}: sql columns {cols} not in {sm[1]}")
                row = dict(zip(cols, vals))
                if row.get("id") in ids: errors.append(f"{f}: {where}: clanek id {row.get('id')} twice")
                ids[row.get("id")] = row
                rb = (cs.findtext(LB + "rollback") or "").strip()
                if rb != f"DELETE FROM {sm[1]} WHERE id = {row.get('id')};": errors.append(f"{f}: {where}: rollback {rb!r} does not undo the insert")
        rb = cs.find(LB + "rollback")
        if mine and rb is not None:
            wm = re.fullmatch(r"id BETWEEN (\d+) AND (\d+)", (rb.findtext(f"{LB}delete/{LB}where") or "").strip())
            if not wm or (int(wm[1]), int(wm[2])) != (min(mine), max(mine)) or len(mine) != max(mine) - min(mine) + 1:
                errors.append(f"{f}: {where}: the rollback does not delete exactly the inserted rows")
        if mine and rb is None: errors.append(f"{f}: {where}: inserts without a rollback")
    for i, row in ids.items():
        aid, link = row.get("arxiv_id"), row.get("odkaz")
        if aid is not None and not re.fullmatch(r"\d{4}\.\d{4,5}", aid): errors.append(f"{f}: row {i}: arxiv_id {aid!r}")
        if link is not None and not URL.fullmatch(link): errors.append(f"{f}: row {i}: odkaz {link!r}")
        lm = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", link or "")
        if lm and aid and lm[1] != aid: errors.append(f"{f}: row {i}: arxiv_id {aid} and odkaz {link} disagree")
        if lm and not aid: errors.append(f"{f}: row {i}: an arXiv link but no arxiv_id")
        if row.get("rok") is not None and not re.fullmatch(r"(?:19|20)\d\d", str(row.get("rok"))): errors.append(f"{f}: row {i}: rok {row.get('rok')!r}")


# ---------------------------------------------------------------- 1873 userscript (Tampermonkey)
US_KEYS = {"name", "namespace", "version", "description", "author", "match", "include", "exclude", "icon", "grant",
           "run-at", "updateURL", "downloadURL", "require", "resource", "connect", "noframes", "homepageURL",
           "supportURL", "license"}
US_MULTI = {"match", "include", "exclude", "grant", "require", "resource", "connect"}
US_GM = {"GM_addStyle", "GM_getValue", "GM_setValue", "GM_deleteValue", "GM_xmlhttpRequest", "GM_openInTab",
         "GM_setClipboard", "GM_notification", "GM_registerMenuCommand", "unsafeWindow", "none"}


def check_userscript(f, raw):
    L = lines_of(f, raw)
    even_indent(f, L)
    if L[0] != "// ==UserScript==": errors.append(f"{f}: the first line is not // ==UserScript=="); return
    try: end = L.index("// ==/UserScript==")
    except ValueError: errors.append(f"{f}: no // ==/UserScript=="); return
    meta, cols = {}, set()
    for n, l in enumerate(L[1:end], 2):
        m = re.fullmatch(r"// @([\w-]+)( +)(\S.*)", l)
        if not m: errors.append(f"{f}: line {n}: not a // @key value metadata line"); continue
        k, v = m[1], m[3]
        cols.add(len("// @" + k + m[2]))
        if k not in US_KEYS: errors.append(f"{f}: line {n}: unknown metadata key @{k}")
        if k in meta and k not in US_MULTI: errors.append(f"{f}: line {n}: @{k} twice")
        meta.setdefault(k, []).append(v)
    if len(cols) > 1: errors.append(f"{f}: metadata values not aligned")
    for k in ("name", "namespace", "version"):
        if k not in meta: errors.append(f"{f}: no @{k}")
    if "match" not in meta and "include" not in meta: errors.append(f"{f}: no @match")
    for v in meta.get("match", []):
        if not re.fullmatch(r"(?:https?|\*)://(?:\*|(?:\*\.)?[\w-]+(?:\.[\w-]+)*)/[\w./*?=&%-]*", v): errors.append(f"{f}: @match {v!r}")
    grants = set(meta.get("grant", []))
    for g in grants:
        if g not in US_GM: errors.append(f"{f}: @grant {g}")
    if meta.get("run-at", ["document-idle"])[0] not in ("document-start", "document-body", "document-end", "document-idle", "context-menu"):
        errors.append(f"{f}: @run-at {meta['run-at'][0]}")
    ver = meta.get("version", [""])[0]
    if not re.fullmatch(r"\d+(?:\.\d+){1,3}", ver): errors.append(f"{f}: @version {ver!r}")
    for k in ("updateURL", "downloadURL", "icon", "namespace"):
        for v in meta.get(k, []):
            if not URL.fullmatch(v): errors.append(f"{f}: @{k} {v!r}")
    for k in ("updateURL", "downloadURL"):
        for v in meta.get(k, []):
            if not v.endswith((".user.js", ".meta.js")): errors.append(f"{f}: @{k} does not end in .user.js / .meta.js")
    code = js_code(f, raw)
    if code is None or not balanced(f, code, "the script"): return
    no_double_quotes(f, code)
    used = set(re.findall(r"\b(GM_\w+)\(", code))
    for g in used - grants: errors.append(f"{f}: {g} is used but not granted")
    for g in grants - used - {"none"}: errors.append(f"{f}: @grant {g} is never used")
    if not code.rstrip().endswith("})();") or "'use strict';" not in raw: errors.append(f"{f}: not a strict IIFE")
    for m in re.finditer(r"GM_getValue\('banniereVue'\) !== '([^']*)'|GM_setValue\('banniereVue', '([^']*)'\)", raw):
        if (m[1] or m[2]) != ver: errors.append(f"{f}: the banner version {(m[1] or m[2])!r} is not @version {ver!r}")
    prog = js_const(f, raw, "PROGRAMME", ind="  ")
    if not isinstance(prog, dict): return
    for k, a in prog.items():
        if not (re.fullmatch(r"\d{4}\.\d{4,5}", k) or re.fullmatch(r"[\w-]{9,12}", k)): errors.append(f"{f}: PROGRAMME key {k!r}")
        if not isinstance(a, dict) or list(a) != ["titre", "seance", "lien"]: errors.append(f"{f}: PROGRAMME[{k}] keys"); continue
        d = date_ok(a["seance"], "%Y-%m-%d")
        if not d: errors.append(f"{f}: PROGRAMME[{k}] seance {a['seance']!r}")
        elif "séances du mercredi" in raw and d.weekday() != 2: errors.append(f"{f}: PROGRAMME[{k}] seance {a['seance']} is not a Wednesday")
        if a["lien"] is not None:
            if not URL.fullmatch(a["lien"]): errors.append(f"{f}: PROGRAMME[{k}] lien {a['lien']!r}")
            elif k not in a["lien"]: errors.append(f"{f}: PROGRAMME[{k}] lien does not hold its key")
    ds = [a["seance"] for a in prog.values() if isinstance(a, dict) and "seance" in a]
    if ds != sorted(ds): errors.append(f"{f}: PROGRAMME not in session order")
    pt = js_const(f, raw, "PAR_TITRE", ind="  ")
    if not isinstance(pt, list) or not all(isinstance(x, str) for x in pt): errors.append(f"{f}: PAR_TITRE is not a list of strings")
    li = js_const(f, raw, "LIENS", ind="  ")
    if not isinstance(li, dict) or not all(URL.fullmatch(str(v)) for v in li.values()): errors.append(f"{f}: LIENS is not an object of links")
    for m in re.finditer(r"LIENS\.(\w+)", raw):
        if isinstance(li, dict) and m[1] not in li: errors.append(f"{f}: LIENS.{m[1]} is not defined")


# ---------------------------------------------------------------- 1874 Jest snapshot
def natural_key(s):
    return [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.findall(r"\d+|\D+", s)]


def check_tree(f, key, lines):
    """pretty-format's React test output: tags, sorted props one a line, text children, two-space steps"""
    st, i = [], 0
    while i < len(lines):
        l = lines[i]
        ind = len(l) - len(l.lstrip(" "))
        s = l.strip()
        want = 2 * (len(st) - (1 if s.startswith("</") else 0))
        if ind != want: errors.append(f"{f}: {key}: line {i + 1} indented {ind}, wants {want}"); return
        m = re.fullmatch(r"<(\w+)(>| />)?", s)
        if m:
            if m[2] == ">": st.append(m[1]); i += 1; continue
            if m[2] == " />": i += 1; continue
            props, i = [], i + 1
            while i < len(lines) and not lines[i].strip() in (">", "/>"):
                pm = re.fullmatch(r" {%d}(\w+)=(\"[^\"]*\"|\{[^{}]*\}|\{\[Function\]\})" % (ind + 2), lines[i])
                if not pm: errors.append(f"{f}: {key}: line {i + 1} is not a prop of <{m[1]}>"); return
                props.append(pm[1])
                if pm[1] == "href" and not URL.fullmatch(pm[2][1:-1]): errors.append(f"{f}: {key}: href {pm[2]}")
                i += 1
            if i >= len(lines) or len(lines[i]) - len(lines[i].lstrip()) != ind: errors.append(f"{f}: {key}: <{m[1]}> not closed at its indentation"); return
            if props != sorted(props): errors.append(f"{f}: {key}: <{m[1]}> props not sorted {props}")
            if not props: errors.append(f"{f}: {key}: <{m[1]}> printed with an empty prop list")
            if lines[i].strip() == ">": st.append(m[1])
            i += 1; continue
        m = re.fullmatch(r"</(\w+)>", s)
        if m:
            if not st or st[-1] != m[1]: errors.append(f"{f}: {key}: </{m[1]}> closes nothing"); return
            st.pop()
            i += 1; continue
        if s.startswith("<") or not st: errors.append(f"{f}: {key}: line {i + 1} {s[:30]!r}"); return
        if not st: errors.append(f"{f}: {key}: text outside an element")
        i += 1
    if st: errors.append(f"{f}: {key}: {st} left open")


def check_jest(f, raw):
    lines_of(f, raw)
    head = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    if not raw.startswith(head): errors.append(f"{f}: not a Jest v1 snapshot header"); return
    rest = raw[len(head):]
    blocks = re.findall(r"exports\[`((?:[^`\\]|\\.)*)`\] = `\n((?:[^`\\]|\\.)*)\n`;", rest)
    rebuilt = "\n\n".join(f"exports[`{k}`] = `\n{b}\n`;" for k, b in blocks) + "\n"
    if rebuilt != rest: errors.append(f"{f}: the file is not a sequence of exports[`…`] = `…`; blocks separated by blank lines"); return
    keys_ = [k for k, _ in blocks]
    if keys_ != sorted(keys_, key=natural_key): errors.append(f"{f}: snapshots not in Jest's natural key order")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: a snapshot name twice")
    for k, b in blocks:
        if not re.search(r" \d+$", k): errors.append(f"{f}: snapshot name {k!r} without its counter")
        if "${" in b: errors.append(f"{f}: {k}: an unescaped ${{")
        lines = b.split("\n")
        if lines[0] == "{":
            if lines[-1] != "}": errors.append(f"{f}: {k}: object not closed"); continue
            ks = []
            for l in lines[1:-1]:
                m = re.fullmatch(r'  "(\w+)": ("[^"]*"|-?\d+(?:\.\d+)?|true|false|null),', l)
                if not m: errors.append(f"{f}: {k}: object line {l[:30]!r}"); continue
                ks.append(m[1])
            if ks != sorted(ks): errors.append(f"{f}: {k}: object keys not sorted")
        elif lines[0].startswith("<"): check_tree(f, k, lines)
        else: errors.append(f"{f}: {k}: neither an element nor an object")


# ---------------------------------------------------------------- 1875 Beeftext combo list
BT_COMBO = ["caseSensitivity", "created", "enabled", "group", "keyword", "matchingMode", "modified", "name", "snippet", "uuid"]
BRACED_UUID = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}")


def check_beeftext(f, raw):
    lines_of(f, raw)
    try: d = json.loads(raw)
    except ValueError as ex: errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, indent=4, ensure_ascii=False, sort_keys=True) + "\n" != raw: errors.append(f"{f}: not as QJsonDocument::toJson writes it (4 spaces, sorted keys)")
    if not isinstance(d, dict) or list(d) != ["combos", "fileFormatVersion", "groups"]: errors.append(f"{f}: root keys"); return
    if not isinstance(d["fileFormatVersion"], int): errors.append(f"{f}: fileFormatVersion")
    uuids, gids, kws = [], set(), set()
    for g in d["groups"]:
        if sorted(g) != ["description", "name", "uuid"]: errors.append(f"{f}: group keys {sorted(g)}"); continue
        if not BRACED_UUID.fullmatch(g["uuid"]): errors.append(f"{f}: group uuid {g['uuid']!r}")
        uuids.append(g["uuid"]); gids.add(g["uuid"])
        if not g["name"].strip(): errors.append(f"{f}: a group without a name")
    prev = ""
    for c in d["combos"]:
        if sorted(c) != BT_COMBO: errors.append(f"{f}: combo keys {sorted(c)}"); continue
        w = f"combo {c['keyword']!r}"
        if not BRACED_UUID.fullmatch(c["uuid"]): errors.append(f"{f}: {w}: uuid {c['uuid']!r}")
        uuids.append(c["uuid"])
        if c["group"] not in gids: errors.append(f"{f}: {w}: group {c['group']} does not exist")
        if not re.fullmatch(r"\S+", c["keyword"]): errors.append(f"{f}: {w}: keyword with blanks")
        if c["keyword"] in kws: errors.append(f"{f}: {w}: keyword twice")
        kws.add(c["keyword"])
        if c["enabled"] not in (True, False): errors.append(f"{f}: {w}: enabled {c['enabled']!r}")
        for k in ("matchingMode", "caseSensitivity"):
            if c[k] not in (0, 1, 2) or isinstance(c[k], bool): errors.append(f"{f}: {w}: {k} {c[k]!r}")
        ts = [date_ok(c[k], "%Y-%m-%dT%H:%M:%S.%f") if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", str(c[k])) else None for k in ("created", "modified")]
        if None in ts: errors.append(f"{f}: {w}: created / modified not yyyy-MM-ddThh:mm:ss.zzz")
        elif ts[1] < ts[0]: errors.append(f"{f}: {w}: modified before created")
        if c["created"] < prev: errors.append(f"{f}: {w}: created before the combo above it")
        prev = c["created"]
        if not c["name"].strip() or not c["snippet"].strip(): errors.append(f"{f}: {w}: empty name or snippet")
        if c["snippet"].count("{") - c["snippet"].count("#{") != c["snippet"].count("}") - c["snippet"].count("#{"): errors.append(f"{f}: {w}: unbalanced braces")
    for c in d["combos"]:
        for vm in re.finditer(r"#\{([^{}]*)\}", c.get("snippet", "")):
            v = vm[1]
            if v in ("cursor", "clipboard"): continue
            if v.startswith("dateTime:") and re.fullmatch(r"[dMyHhms/:.\- ]+", v[9:]): continue
            if v.startswith("combo:") and v[6:] in kws: continue
            errors.append(f"{f}: combo {c.get('keyword')!r}: unknown variable #{{{v}}}")
    if len(uuids) != len(set(uuids)): errors.append(f"{f}: a uuid twice")


# ---------------------------------------------------------------- 1876 Homer dashboard config
HOMER_TOP = {"title", "subtitle", "documentTitle", "logo", "icon", "header", "footer", "columns", "connectivityCheck",
             "proxy", "defaults", "theme", "stylesheet", "colors", "message", "links", "services"}
HOMER_ITEM = {"name", "logo", "icon", "subtitle", "tag", "tagstyle", "keywords", "url", "target", "type", "class",
              "background", "endpoint"}
HOMER_LINK = {"name", "icon", "url", "target"}
HOMER_MSG = {"style", "title", "icon", "content", "url", "mapping", "refreshInterval"}
BULMA = {"is-info", "is-success", "is-warning", "is-danger", "is-primary", "is-link", "is-dark", "is-light"}
FA = re.compile(r"fa[srb]? fa-[a-z0-9-]+")


def yaml_scalar(f, n, v):
    if v.startswith('"'):
        if not re.fullmatch(r'"(?:[^"\\]|\\.)*"', v): errors.append(f"{f}: line {n}: a badly quoted value"); return v
        return v[1:-1]
    if v.startswith("'"):
        if not re.fullmatch(r"'(?:[^']|'')*'", v): errors.append(f"{f}: line {n}: a badly quoted value"); return v
        return v[1:-1].replace("''", "'")
    if v in ("true", "false"): return v == "true"
    if re.search(r": |\s#", v): errors.append(f"{f}: line {n}: a plain value holding ': ' or ' #'")
    return v


def yaml_lines(f, L):
    out = []
    for n, l in enumerate(L, 1):
        if not l.strip() or l.lstrip().startswith("#") or l == "---": continue
        m = re.fullmatch(r"( *)(- )?([A-Za-z]\w*):(?: (.*))?", l)
        if not m: errors.append(f"{f}: line {n}: not a YAML key line: {l[:40]!r}"); continue
        if len(m[1]) % 2: errors.append(f"{f}: line {n}: odd indentation")
        out.append((n, len(m[1]), bool(m[2]), m[3], m[4]))
    return out


def yaml_map(f, T_, i, ind, first=None):
    """a map whose keys stand at indentation ind (the first one may come from a list dash); returns (dict, next i)"""
    d = {}
    entries = [first] if first else []
    while True:
        if first is None or entries == []:
            if i >= len(T_) or T_[i][1] != ind or T_[i][2]: break
            entries.append(T_[i]); i += 1
        n, _, _, k, v = entries.pop()
        if k in d: errors.append(f"{f}: line {n}: key {k} twice")
        if v is not None:
            d[k] = yaml_scalar(f, n, v)
        elif i < len(T_) and T_[i][1] == ind + 2 and T_[i][2]:
            d[k], i = yaml_list(f, T_, i, ind + 2)
        elif i < len(T_) and T_[i][1] == ind + 2:
            d[k], i = yaml_map(f, T_, i, ind + 2)
        else:
            errors.append(f"{f}: line {n}: {k} has no value"); d[k] = None
        first = None
    if i < len(T_) and T_[i][1] > ind: errors.append(f"{f}: line {T_[i][0]}: unexpected indentation")
    return d, i


def yaml_list(f, T_, i, ind):
    out = []
    while i < len(T_) and T_[i][1] == ind and T_[i][2]:
        n, _, _, k, v = T_[i]
        el, i = yaml_map(f, T_, i + 1, ind + 2, first=(n, ind + 2, False, k, v))
        out.append(el)
    return out, i


def check_homer(f, raw):
    L = lines_of(f, raw)
    if L[0] != "---": errors.append(f"{f}: no --- first")
    T_ = yaml_lines(f, L)
    doc, i = yaml_map(f, T_, 0, 0)
    if i != len(T_): errors.append(f"{f}: line {T_[i][0]}: not part of the document")
    for k in doc:
        if k not in HOMER_TOP: errors.append(f"{f}: unknown top key {k}")
    for k in ("title", "services"):
        if k not in doc: errors.append(f"{f}: no {k}")
    dfl = doc.get("defaults") or {}
    for k, v in dfl.items():
        if k not in ("layout", "colorTheme"): errors.append(f"{f}: defaults.{k}")
    if dfl.get("layout", "columns") not in ("columns", "list"): errors.append(f"{f}: defaults.layout {dfl.get('layout')!r}")
    if dfl.get("colorTheme", "auto") not in ("auto", "light", "dark"): errors.append(f"{f}: defaults.colorTheme {dfl.get('colorTheme')!r}")
    msg = doc.get("message") or {}
    for k in msg:
        if k not in HOMER_MSG: errors.append(f"{f}: message.{k}")
    if msg and msg.get("style") not in BULMA: errors.append(f"{f}: message.style {msg.get('style')!r}")
    cols = doc.get("columns")
    if cols is not None and not (cols == "auto" or re.fullmatch(r"[1-9]|1[0-2]", str(cols))): errors.append(f"{f}: columns {cols!r}")
    for k in ("header", "connectivityCheck"):
        if k in doc and not isinstance(doc[k], bool): errors.append(f"{f}: {k} is not a boolean")
    links = doc.get("links") or []
    if not isinstance(links, list): errors.append(f"{f}: links is not a list"); links = []
    for it in links:
        if set(it) - HOMER_LINK or "name" not in it or not URL.fullmatch(str(it.get("url"))): errors.append(f"{f}: link {it}")
    groups = doc.get("services") or []
    if not isinstance(groups, list) or not groups: errors.append(f"{f}: no service groups"); groups = []
    for g in groups:
        if set(g) - {"name", "icon", "logo", "items", "class"} or "name" not in g: errors.append(f"{f}: service group keys {sorted(g)}")
        items = g.get("items")
        if not isinstance(items, list) or not items: errors.append(f"{f}: group {g.get('name')!r} without items"); continue
        for it in items:
            w = f"item {it.get('name')!r}"
            if set(it) - HOMER_ITEM: errors.append(f"{f}: {w}: keys {sorted(set(it) - HOMER_ITEM)}")
            if "name" not in it or "url" not in it: errors.append(f"{f}: {w}: without name / url")
            if "url" in it and not URL.fullmatch(str(it["url"])): errors.append(f"{f}: {w}: url {it['url']!r}")
            if "tagstyle" in it and it["tagstyle"] not in BULMA: errors.append(f"{f}: {w}: tagstyle {it['tagstyle']!r}")
            if "tagstyle" in it and "tag" not in it: errors.append(f"{f}: {w}: tagstyle without a tag")
            if "target" in it and it["target"] not in ("_blank", "_self"): errors.append(f"{f}: {w}: target {it['target']!r}")
            if "icon" in it and not FA.fullmatch(str(it["icon"])): errors.append(f"{f}: {w}: icon {it['icon']!r}")
            if "logo" in it and not re.fullmatch(r"assets/[\w/.-]+\.(?:png|svg)", str(it["logo"])): errors.append(f"{f}: {w}: logo {it['logo']!r}")
            if "icon" in it and "logo" in it: errors.append(f"{f}: {w}: both icon and logo")
    for g in groups + links:
        if "icon" in g and not FA.fullmatch(str(g["icon"])): errors.append(f"{f}: icon {g['icon']!r}")
    if "icon" in msg and not FA.fullmatch(str(msg["icon"])): errors.append(f"{f}: message icon {msg['icon']!r}")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 1869: return check_rainmeter(f, open(path, "rb").read())
    {1867: check_qti, 1868: check_storybook, 1870: check_side, 1871: check_sv, 1872: check_liquibase,
     1873: check_userscript, 1874: check_jest, 1875: check_beeftext,
     1876: check_homer}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """1869 is UTF-16 LE with a BOM (read as text without it, CRLF kept); every other digest is UTF-8"""
    b = open(path, "rb").read()
    if num(f) == 1869:
        return b[2:].decode("utf-16-le") if b.startswith(b"\xff\xfe") else b.decode("utf-16-le")
    return b.decode("utf-8")


def decoded_forms(f, raw, path):
    """XML character references undone (1867, 1872); SQL's doubled quotes undone (1872); the JSON strings of 1870 and
    1875 decoded; the JS string escapes of 1868 and 1873 undone"""
    forms = []
    n = num(f)
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    if n == 1872: forms.append(u.replace("''", "'"))
    if n in (1870, 1875):
        try:
            forms.append("\n".join(s for s in re.findall(r'"((?:[^"\\]|\\.)*)"', raw) for s in [json.loads('"' + s + '"')]))
        except ValueError: pass
    if n in (1868, 1873): forms.append(re.sub(r"\\(['\"\\])", r"\1", raw))
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
# /work/rounds/*/expected.json except round184's and round185's, a byte-identical file counted once), and the
# round184/round185 split (candidates sorted by (uses, catalogue title); round185 = odd positions from 3 on, one
# unbroken run; round184 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P184S = ["/work/rounds/digests-round184/expected.json", "/work/main/tests/data/digests-round184/expected.json"]
P184 = next((p for p in P184S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P184S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round184", "digests-round185") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round185 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r184 = set()
if P184:
    try:
        r184 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P184)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P184} exists but could not be read (being written?)")
    if r184 & mine: errors.append(f"papers also in round184: {sorted(r184 & mine)}")
shared184 = len(r184 & mine) if P184 else "(no round184 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round185 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round184: {shared184}; papers in more than one round185 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


