r"""Checks round183/expected.json against the digests and the shared catalogues.

Adapted from round181/validate.py (the label checks are the same code; the reuse report is round181's with round182 /
round183 in place of round180 / round181; round183 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round182's and round183's own (a digests-round182 / digests-round183 folder, or a file whose bytes equal round182's or
round183's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round183 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round182's expected.json (read only, from
/work/rounds/digests-round182/ or /work/main/tests/data/digests-round182/, when it exists), and on a paper in more
than one round183 file.
Every digest is read raw (UTF-8) and in decoded forms: HTML character references undone (1847); Fluxbox's `\(` `\)`
undone (1855); JS string escapes undone (1851, 1852). Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed or cross-checked):
1847 HTA (CRLF throughout and a final CRLF, as Notepad saves; `<!DOCTYPE html>` first; a UTF-8 charset meta; one
`<HTA:APPLICATION>` in the head with known NAME="value" attributes, yes/no where boolean, ID and APPLICATIONNAME; one
VBScript block: Option Explicit first, Sub / End Sub and If … Then / Else / End If balanced, strings closed ("" doubled),
every assigned name declared by Dim / Const / a parameter; every `onclick='Sub "…"'` on an element with
language="VBScript", calling a defined one-parameter Sub with a link or a PDF file name, none twice; the HTML (comments,
script and style left out) nested; the session dates weekly, Wednesdays as the page says);
1848 Desktop Entry (comments only before the first group; `[Desktop Entry]` first; KEY[locale]=VALUE lines, no key
twice in a group, locales only on localestring keys, known keys, booleans true/false, Type=Application with Name and
Exec, Version 1.0–1.5; Categories / Keywords / Actions ending in `;`, known categories with a main one; the
`[Desktop Action id]` groups exactly the Actions list in order, holding only Name / Icon / Exec; every Exec split as the
spec says — reserved characters (`?`, `&`, `#`, …) only inside double quotes, known field codes — and being
`xdg-open` with one link or absolute PDF path; the action's icon fitting what it opens);
1849 kitty session (every line a comment or a known session command, split as the shell quotes; enabled_layouts and
layout from kitty's layout names, layout among the enabled ones; new_tab / new_os_window each followed by a window;
launch options known, each value present; the launched program known with the argument it wants (w3m / mpv a link,
termpdf.py a PDF, nvim a .md file, python3 a .py file); os_window_size in cells; focus after a window);
1850 Markwhen (front matter between `---` lines: known keys, an IANA-style timezone, tag colours `#tag: #rrggbb`;
section / endSection and group / endGroup balanced; every other line an event `DATE[ - DATE]: text`, an indented
description line under an event, a `//` comment or blank; valid dates, ranges not ending before they start, events in
date order within a block; every #tag declared in the header; markdown links well formed and http(s); the class ranges
consecutive weeks);
1851 ECharts script (strings and comments blanked: brackets balanced; single quotes, 2-space indentation; `var`s
declared once; `categories`, `nodes` and `links` parsed as JS literals, no trailing commas; nodes with the same keys,
unique names, a category index in range, a year value, an integer symbol size, url empty or http(s); links by node
index in range, no self-loop or duplicate, every node on an edge; every `p.data.X` / `params.data.X` a node key; known
calls; a graph series over nodes / links and setOption);
1852 TeXworks script (`// TeXworksScript` first, then `// Key: value` header lines with known keys, no key twice, Title
and Script-Type present, standalone with a TeXDocument / PDFDocument context, a valid Date, Version and Shortcut;
brackets balanced; ES5 only (no let / const / class / => / template strings); `articoli` parsed as a JS literal:
the same keys, unique chiavi, integer anni, known tipi, url empty or http(s); every `a.X` / `articoli[i].X` a key;
names used are declared; known TW calls; TW.result set);
1853 Asymptote (comments and strings stripped, brackets balanced; known settings; the struct's fields are the
constructor's parameters in order and the constructor sets each; the array holds only constructor calls with
arguments of the parameters' types — string literals, reals, ints —, links http(s), no unescaped TeX special
characters in strings set in TeX, rows within ±3, years on the axis, no two labels at one place; every called function
known or defined; `a.X` a field; \href only with hyperref in the preamble);
1854 conky (one TEXT line; above it known `setting value` lines, none twice, yes/no booleans, colours, an alignment
conky knows, integer sizes and gaps; in TEXT: no unescaped `#` (conky would read a comment), no lone `$`, every `$var`
/ `${var …}` known, colorN defined above, execi with an interval, `${font …}` reset on its line, braces balanced, no
line wider than maximum_width at 7 px a character);
1855 Fluxbox menu (every line a comment or `[tag] (label) {command} <icon>` with parentheses in labels escaped; known
tags with the parts they need; [begin] first and [end] last, submenus closed, [encoding] {UTF-8} … [endencoding];
two-space indentation by depth; exec programs known with their argument — a link for xdg-open / mpv, a PDF for
zathura; icons absolute paths);
1856 IceWM menu (`#` comments; `prog|menu|menuprog|menufile|restart "label" icon …` lines, `separator`, `}`;
menus opened with `{` and closed; four-space indentation by depth; known programs, mpv with a link, evince with a PDF).

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
# ================================================================ round183 shape checks
import shlex


def text_file(f, raw):
    """a saved file: UTF-8, LF only, a final newline, no trailing blanks"""
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\n"): errors.append(f"{f}: no final newline")
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


VOID = {"input", "br", "img", "hr", "meta", "link", "wbr", "hta"}


def html_nesting(f, text, what):
    stack = []
    for tm in re.finditer(r"<(/?)([A-Za-z][\w-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", text):
        close, name, _, selfc = tm.groups()
        if close:
            if not stack or stack.pop() != name.lower(): errors.append(f"{f}: {what}: </{name}> does not close the open tag"); return
        elif not selfc and name.lower() not in VOID: stack.append(name.lower())
    if stack: errors.append(f"{f}: {what} leaves {stack} open")


def dt_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


def weekly(ds):
    return None not in ds and len(ds) > 1 and all((b - a).days == 7 for a, b in zip(ds, ds[1:]))


def js_code(f, s):
    """JS with strings (', ", `) and comments blanked out, for bracket counting"""
    out, i = [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i + 2)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None
            i = j + 2; continue
        c = s[i]
        if c in "\"'`":
            j = i + 1
            while j < len(s) and s[j] != c:
                if s[j] == "\\": j += 1
                if j < len(s) and s[j] == "\n" and c != "`": errors.append(f"{f}: unterminated string"); return None
                j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None
            out.append("S"); i = j + 1; continue
        out.append(c); i += 1
    return "".join(out)


JS_TOK = re.compile(r"\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*|.", re.S)


def js_tokens(s):
    return [t for t in JS_TOK.findall(s) if not t.isspace() and not t.startswith(("//", "/*"))]


def js_str(t):
    body = t[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)


def js_value(toks, i):
    """a JS literal (object, array, string, number, true/false/null) from toks[i]; returns (value, next index)"""
    t = toks[i]
    if t[0] in "'\"": return js_str(t), i + 1
    if re.fullmatch(r"-?\d+", t): return int(t), i + 1
    if re.fullmatch(r"-?\d+\.\d+", t): return float(t), i + 1
    if t in ("true", "false", "null"): return {"true": True, "false": False, "null": None}[t], i + 1
    if t == "[":
        out, i = [], i + 1
        while toks[i] != "]":
            v, i = js_value(toks, i); out.append(v)
            if toks[i] == ",":
                i += 1
                if toks[i] == "]": raise ValueError("trailing comma in an array")
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
            out[k], i = js_value(toks, i + 2)
            if toks[i] == ",":
                i += 1
                if toks[i] == "}": raise ValueError("trailing comma in an object")
            elif toks[i] != "}": raise ValueError(f"{toks[i]!r} in an object")
        return out, i + 1
    raise ValueError(f"unexpected {t!r}")


def js_var(f, raw, name):
    """the literal assigned by `var NAME = …;`"""
    m = re.search(r"^var " + name + r" = ", raw, re.M)
    if not m: errors.append(f"{f}: no var {name}"); return None
    toks = js_tokens(raw[m.end():])
    try:
        v, i = js_value(toks, 0)
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: var {name} is not a literal: {ex}"); return None
    if i >= len(toks) or toks[i] != ";": errors.append(f"{f}: var {name} not ended by ';'")
    return v


def same_keys(f, recs, what):
    if not recs or not all(isinstance(r, dict) for r in recs): errors.append(f"{f}: {what} is not a list of objects"); return []
    ks = list(recs[0])
    for r in recs:
        if list(r) != ks: errors.append(f"{f}: {what}: keys {list(r)} differ from {ks}")
    return ks


URL = re.compile(r"https?://[\w.-]+(?::\d+)?(?:/[^\s\"'<>]*)?")


# ---------------------------------------------------------------- 1847 HTA (HTML Application)
HTA_ATTRS = {"ID", "APPLICATIONNAME", "VERSION", "BORDER", "BORDERSTYLE", "CAPTION", "ICON", "MAXIMIZEBUTTON",
             "MINIMIZEBUTTON", "SHOWINTASKBAR", "SINGLEINSTANCE", "SYSMENU", "WINDOWSTATE", "SCROLL", "SCROLLFLAT",
             "CONTEXTMENU", "SELECTION", "INNERBORDER", "NAVIGABLE"}
HTA_YESNO = {"CAPTION", "MAXIMIZEBUTTON", "MINIMIZEBUTTON", "SHOWINTASKBAR", "SINGLEINSTANCE", "SYSMENU",
             "CONTEXTMENU", "SELECTION", "INNERBORDER", "NAVIGABLE", "SCROLLFLAT"}
HU_MONTHS = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún."]
VBS_KNOWN = {"window", "document", "createobject", "lcase", "left", "true", "false", "nothing", "and", "or", "not",
             "then", "else", "if", "end", "sub", "dim", "set", "const", "option", "explicit", "year", "date"}


def check_vbscript(f, code):
    """Option Explicit first; Sub / End Sub and If / End If balanced; strings closed; assigned names declared"""
    stack, subs, declared, cur = [], {}, set(), None
    lines = code.split("\n")
    first = next((l.strip() for l in lines if l.strip() and not l.strip().startswith("'")), "")
    if first != "Option Explicit": errors.append(f"{f}: VBScript does not start with Option Explicit")
    for n, l in enumerate(lines, 1):
        s = l.strip()
        if not s or s.startswith("'"): continue
        bare = re.sub(r'"(?:[^"]|"")*"', '""', s)
        if bare.count('"') % 2: errors.append(f"{f}: VBScript line {n}: an unclosed string"); continue
        bare = bare.split("'")[0].strip()
        low = bare.lower()
        m = re.fullmatch(r"sub (\w+)(?:\(([\w, ]*)\))?", low)
        if m:
            if stack: errors.append(f"{f}: VBScript line {n}: Sub inside a block")
            stack.append("sub"); cur = m[1]
            subs[m[1]] = [p.strip() for p in (m[2] or "").split(",") if p.strip()]
            declared_local = set(subs[m[1]]); continue
        if low == "end sub":
            if not stack or stack.pop() != "sub": errors.append(f"{f}: VBScript line {n}: End Sub closes no Sub")
            cur = None; continue
        if low.startswith("if "):
            if not low.endswith(" then"): errors.append(f"{f}: VBScript line {n}: If without Then")
            stack.append("if"); continue
        if low == "else":
            if not stack or stack[-1] != "if": errors.append(f"{f}: VBScript line {n}: Else outside If")
            continue
        if low == "end if":
            if not stack or stack.pop() != "if": errors.append(f"{f}: VBScript line {n}: End If closes no If")
            continue
        m = re.fullmatch(r"const (\w+) = .+", low)
        if m: declared.add(m[1]); continue
        m = re.fullmatch(r"dim ([\w, ]+)", low)
        if m:
            if cur is None: declared.update(x.strip() for x in m[1].split(","))
            else: declared_local.update(x.strip() for x in m[1].split(","))
            continue
        if low == "option explicit": continue
        m = re.fullmatch(r"(?:set )?(\w+)(?:\.\w+)* = .+", low)
        if m:
            if m[1] not in declared and (cur is None or m[1] not in declared_local) and m[1] not in VBS_KNOWN:
                errors.append(f"{f}: VBScript line {n}: {m[1]} is not declared (Option Explicit)")
            continue
        if re.fullmatch(r"\w+(?:\.\w+)+ .+", low): continue
        errors.append(f"{f}: VBScript line {n}: unexpected statement {s[:40]!r}")
    if stack: errors.append(f"{f}: VBScript leaves {stack} open")
    return subs


def check_hta(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: not CRLF throughout (saved by Notepad)")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    L = raw[:-2].split("\r\n") if raw.endswith("\r\n") else raw.split("\r\n")
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
    if L[0] != "<!DOCTYPE html>": errors.append(f"{f}: first line {L[0]!r}")
    text = raw.replace("\r\n", "\n")
    if not re.search(r'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', text): errors.append(f"{f}: no UTF-8 charset meta")
    head = re.search(r"<head>(.*?)</head>", text, re.S)
    hta = re.findall(r"<HTA:APPLICATION\b((?:[^<>\"]|\"[^\"]*\")*)>", text)
    if len(hta) != 1 or not head or "<HTA:APPLICATION" not in head[1]: errors.append(f"{f}: want one <HTA:APPLICATION> in the head")
    else:
        attrs = re.findall(r'(\w+)="([^"]*)"', hta[0])
        if re.sub(r'\w+="[^"]*"', "", hta[0]).strip(): errors.append(f"{f}: HTA:APPLICATION attributes not all NAME=\"value\"")
        seen = set()
        for a, v in attrs:
            if a not in HTA_ATTRS: errors.append(f"{f}: unknown HTA attribute {a}")
            if a in seen: errors.append(f"{f}: HTA attribute {a} twice")
            seen.add(a)
            if a in HTA_YESNO and v not in ("yes", "no"): errors.append(f"{f}: HTA {a}={v!r}")
        if "ID" not in seen or "APPLICATIONNAME" not in seen: errors.append(f"{f}: HTA:APPLICATION without ID / APPLICATIONNAME")
    scripts = re.findall(r'<script language="VBScript">\n(.*?)</script>', text, re.S)
    if len(scripts) != 1: errors.append(f"{f}: want one VBScript block"); return
    subs = check_vbscript(f, scripts[0])
    targets = set()
    for m in re.finditer(r"<a ([^<>]*?)onclick='([^']*)'>", text):
        if 'language="VBScript"' not in m[1]: errors.append(f"{f}: an onclick handler without language=\"VBScript\"")
        cm = re.fullmatch(r'(\w+) "([^"]*)"', m[2])
        if not cm: errors.append(f"{f}: handler {m[2][:40]!r} is not a call with one string"); continue
        if cm[1].lower() not in subs: errors.append(f"{f}: handler calls {cm[1]}, which is not defined"); continue
        if len(subs[cm[1].lower()]) != 1: errors.append(f"{f}: {cm[1]} does not take one argument")
        t = cm[2]
        if not (URL.fullmatch(t) or re.fullmatch(r"[\w.-]+\.pdf", t)): errors.append(f"{f}: target {t!r} is neither a link nor a PDF name")
        if t in targets: errors.append(f"{f}: target {t!r} twice")
        targets.add(t)
    if not targets: errors.append(f"{f}: no onclick targets")
    body = re.sub(r"<!--.*?-->|<script\b.*?</script>|<style>.*?</style>", "", text, flags=re.S)
    html_nesting(f, body, "the page")
    ds = []
    for m in re.finditer(r"<tr><td>(\S+) (\d+)\.</td>", text):
        if m[1] not in HU_MONTHS: errors.append(f"{f}: month {m[1]!r}"); continue
        try: ds.append(dt.date(2024, HU_MONTHS.index(m[1]) + 1, int(m[2])))
        except ValueError: errors.append(f"{f}: date {m[0]!r}")
    if not weekly(ds): errors.append(f"{f}: session dates not weekly")
    elif "Szerdánként" in text and any(d.weekday() != 2 for d in ds): errors.append(f"{f}: the page says Wednesdays, the dates are not")


# ---------------------------------------------------------------- 1848 Desktop Entry with actions
DE_KEYS = {"Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden", "OnlyShowIn",
           "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal", "Actions", "MimeType", "Categories",
           "Implements", "Keywords", "StartupNotify", "StartupWMClass", "URL", "PrefersNonDefaultGPU",
           "SingleMainWindow"}
DE_LOCALE = {"Name", "GenericName", "Comment", "Keywords", "Icon"}
DE_BOOL = {"NoDisplay", "Hidden", "DBusActivatable", "Terminal", "StartupNotify", "PrefersNonDefaultGPU", "SingleMainWindow"}
DE_MAIN_CATS = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network", "Office",
                "Science", "Settings", "System", "Utility"}
DE_EXTRA_CATS = {"ArtificialIntelligence", "DataVisualization", "ComputerScience", "Literature", "Dictionary",
                 "Documentation", "Viewer", "WebBrowser", "Math"}
DE_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_args(f, v, where):
    """split an Exec value as the spec says; unquoted arguments must not hold reserved characters"""
    args, i = [], 0
    while i < len(v):
        if v[i] == " ": i += 1; continue
        if v[i] == '"':
            j = i + 1; a = ""
            while j < len(v) and v[j] != '"':
                if v[j] == "\\":
                    if j + 1 >= len(v) or v[j + 1] not in '"`$\\': errors.append(f"{f}: {where}: bad escape in a quoted argument")
                    j += 1
                a += v[j]; j += 1
            if j >= len(v): errors.append(f"{f}: {where}: unclosed quote"); return []
            args.append(a); i = j + 1
            if i < len(v) and v[i] != " ": errors.append(f"{f}: {where}: text right after a quoted argument")
            continue
        j = v.find(" ", i); j = len(v) if j < 0 else j
        a = v[i:j]
        bad = set(a) & DE_RESERVED
        if bad: errors.append(f"{f}: {where}: reserved {''.join(sorted(bad))!r} in an unquoted argument {a[:30]!r}")
        args.append(a); i = j
    for a in args:
        for m in re.finditer(r"%(.)", a.replace("%%", "")):
            if m[1] not in "fFuUick": errors.append(f"{f}: {where}: unknown field code %{m[1]}")
    return args


def check_desktop(f, raw):
    L = text_file(f, raw)
    groups, cur = [], None
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        gm = re.fullmatch(r"\[([^\[\]]+)\]", l)
        if gm:
            if any(g == gm[1] for g, _ in groups): errors.append(f"{f}: group [{gm[1]}] twice")
            cur = (gm[1], {}); groups.append(cur); continue
        if cur is None: errors.append(f"{f}: line {n}: a key before the first group"); continue
        km = re.fullmatch(r"([A-Za-z0-9-]+)(\[[A-Za-z]{2,3}(?:_[A-Z]{2})?(?:@\w+)?\])?=(.*)", l)
        if not km: errors.append(f"{f}: line {n}: not KEY=VALUE: {l[:40]!r}"); continue
        k, loc, v = km[1], km[2], km[3]
        if k + (loc or "") in cur[1]: errors.append(f"{f}: line {n}: key {k}{loc or ''} twice in [{cur[0]}]")
        cur[1][k + (loc or "")] = v
        if loc and k not in DE_LOCALE: errors.append(f"{f}: line {n}: {k} is not localisable")
        if v != v.strip(): errors.append(f"{f}: line {n}: blanks around the value")
    if not groups or groups[0][0] != "Desktop Entry": errors.append(f"{f}: the first group is not [Desktop Entry]"); return
    de = groups[0][1]
    for k in de:
        if k.split("[")[0] not in DE_KEYS: errors.append(f"{f}: unknown key {k} in [Desktop Entry]")
        elif k.split("[")[0] in DE_BOOL and de[k] not in ("true", "false"): errors.append(f"{f}: {k}={de[k]!r} is not a boolean")
    if de.get("Type") != "Application": errors.append(f"{f}: Type is not Application")
    if de.get("Version") not in ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5"): errors.append(f"{f}: Version {de.get('Version')!r}")
    for k in ("Name", "Exec"):
        if k not in de: errors.append(f"{f}: [Desktop Entry] without {k}")
    for k in ("Categories", "Keywords", "Actions") + tuple(x for x in de if x.startswith("Keywords[")):
        if k in de and not de[k].endswith(";"): errors.append(f"{f}: {k} does not end with ';'")
    cats = [c for c in de.get("Categories", "").split(";") if c]
    for c in cats:
        if c not in DE_MAIN_CATS | DE_EXTRA_CATS: errors.append(f"{f}: unknown category {c}")
    if cats and not set(cats) & DE_MAIN_CATS: errors.append(f"{f}: no main category")
    acts = [a for a in de.get("Actions", "").split(";") if a]
    for a in acts:
        if not re.fullmatch(r"[A-Za-z0-9-]+", a): errors.append(f"{f}: action id {a!r}")
    others = [g for g, _ in groups[1:]]
    if others != [f"Desktop Action {a}" for a in acts]: errors.append(f"{f}: the action groups do not match Actions= in order")
    for g, kv in groups[1:]:
        for k in kv:
            if k.split("[")[0] not in ("Name", "Icon", "Exec"): errors.append(f"{f}: key {k} in [{g}]")
        for k in ("Name", "Exec"):
            if k not in kv: errors.append(f"{f}: [{g}] without {k}")
    for g, kv in groups:
        if "Exec" not in kv: continue
        args = exec_args(f, kv["Exec"], f"[{g}] Exec")
        if not args: continue
        if args[0] != "xdg-open" or len(args) != 2: errors.append(f"{f}: [{g}] Exec is not `xdg-open ONE-ARGUMENT`"); continue
        if not (URL.fullmatch(args[1]) or re.fullmatch(r"/[\w./-]+\.pdf", args[1])): errors.append(f"{f}: [{g}] opens {args[1][:40]!r}")
        if g != "Desktop Entry" and kv.get("Icon") != ("application-pdf" if args[1].startswith("/") else "applications-internet"):
            errors.append(f"{f}: [{g}] icon does not fit what it opens")


# ---------------------------------------------------------------- 1849 kitty session
KITTY_CMDS = {"layout", "enabled_layouts", "cd", "launch", "new_tab", "new_os_window", "os_window_size",
              "os_window_class", "title", "focus", "focus_os_window", "focus_matching_window", "resize_window"}
KITTY_LAYOUTS = {"fat", "grid", "horizontal", "splits", "stack", "tall", "vertical"}
KITTY_OPTS_ARG = {"--title", "--cwd", "--type", "--env", "--var", "--location", "--window-title", "--tab-title"}
KITTY_OPTS_FLAG = {"--hold", "--keep-focus", "--copy-env"}
KITTY_PROGS = {"w3m": "url", "termpdf.py": "pdf", "nvim": "md", "zsh": None, "mpv": "url", "python3": "py"}


def check_kitty(f, raw):
    L = text_file(f, raw)
    enabled, tabs, launched_in_tab, os_windows = None, 0, 0, 0
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        if l != l.lstrip(): errors.append(f"{f}: line {n}: indented command")
        try: toks = shlex.split(l)
        except ValueError as ex: errors.append(f"{f}: line {n}: {ex}"); continue
        c, args = toks[0], toks[1:]
        if c not in KITTY_CMDS: errors.append(f"{f}: line {n}: unknown session command {c!r}"); continue
        if c == "enabled_layouts":
            enabled = args[0].split(",") if len(args) == 1 else None
            if not enabled or set(enabled) - KITTY_LAYOUTS: errors.append(f"{f}: line {n}: enabled_layouts {args}")
        elif c == "layout":
            if len(args) != 1 or args[0] not in KITTY_LAYOUTS: errors.append(f"{f}: line {n}: layout {args}")
            elif enabled and args[0] not in enabled: errors.append(f"{f}: line {n}: layout {args[0]} is not enabled")
        elif c in ("new_tab", "new_os_window"):
            if tabs and not launched_in_tab: errors.append(f"{f}: line {n}: the previous tab has no window")
            tabs += 1; launched_in_tab = 0
            if c == "new_os_window": os_windows += 1
        elif c == "os_window_size":
            if len(args) != 2 or not all(re.fullmatch(r"\d+c", a) for a in args): errors.append(f"{f}: line {n}: os_window_size {args}")
        elif c in ("focus", "focus_os_window"):
            if not launched_in_tab: errors.append(f"{f}: line {n}: {c} before any window")
        elif c == "cd":
            if len(args) != 1: errors.append(f"{f}: line {n}: cd {args}")
        elif c == "launch":
            i = 0
            while i < len(args) and args[i].startswith("--"):
                o = args[i].split("=")[0]
                if o in KITTY_OPTS_ARG:
                    if "=" not in args[i]: i += 1
                    if i >= len(args) or not args[i].strip(): errors.append(f"{f}: line {n}: {o} without a value")
                elif o not in KITTY_OPTS_FLAG: errors.append(f"{f}: line {n}: unknown launch option {o}")
                i += 1
            cmd = args[i:]
            if not cmd: errors.append(f"{f}: line {n}: launch without a command"); continue
            if cmd[0] not in KITTY_PROGS: errors.append(f"{f}: line {n}: unknown program {cmd[0]}"); continue
            want = KITTY_PROGS[cmd[0]]
            if want and (len(cmd) != 2 or not {"url": URL.fullmatch, "pdf": re.compile(r"[\w./~-]+\.pdf").fullmatch,
                                              "md": re.compile(r"[\w./~-]+\.md").fullmatch,
                                              "py": re.compile(r"[\w./~-]+\.py").fullmatch}[want](cmd[1])):
                errors.append(f"{f}: line {n}: {cmd[0]} wants one {want} argument, got {cmd[1:]}")
            launched_in_tab += 1
        if tabs == 0 and c not in ("cd", "enabled_layouts", "layout"): errors.append(f"{f}: line {n}: {c} before the first new_tab")
    if tabs and not launched_in_tab: errors.append(f"{f}: the last tab has no window")
    if not tabs: errors.append(f"{f}: no tabs")


# ---------------------------------------------------------------- 1850 Markwhen
MW_HEADER = {"title", "description", "timezone", "view", "dateFormat"}
MW_DATE = r"\d{4}(?:-\d\d(?:-\d\d)?)?"


def mw_date(s):
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try: return dt.date(parts[0], parts[1], parts[2])
    except ValueError: return None


def check_markwhen(f, raw):
    L = text_file(f, raw)
    if L[0] != "---" or "---" not in L[1:]: errors.append(f"{f}: no front matter"); return
    end = L.index("---", 1)
    tags = set()
    for l in L[1:end]:
        tm = re.fullmatch(r"#(\w+): #[0-9a-f]{6}", l)
        if tm: tags.add(tm[1]); continue
        km = re.fullmatch(r"(\w+): (.+)", l)
        if not km or km[1] not in MW_HEADER: errors.append(f"{f}: header line {l[:40]!r}"); continue
        if km[1] == "timezone" and not re.fullmatch(r"[A-Z]\w+(?:/[A-Z]\w+)+", km[2]): errors.append(f"{f}: timezone {km[2]!r}")
    stack, last, prev_event, ranges = [], {}, False, []
    for n, l in enumerate(L[end + 1:], end + 2):
        if not l or l.startswith("//"): prev_event = False; continue
        for t in re.findall(r"(?<![\w#])#(\w+)", l):
            if t not in tags: errors.append(f"{f}: line {n}: tag #{t} has no colour in the header")
        bm = re.fullmatch(r"(section|group) (.+?)((?: #\w+)*)", l)
        if bm:
            stack.append(bm[1]); last[len(stack)] = None; prev_event = False; continue
        em = re.fullmatch(r"(endSection|endGroup)", l)
        if em:
            want = "section" if em[1] == "endSection" else "group"
            if not stack or stack.pop() != want: errors.append(f"{f}: line {n}: {em[1]} closes no {want}")
            prev_event = False; continue
        ev = re.fullmatch(r"(" + MW_DATE + r")(?: - (" + MW_DATE + r"))?: (.+)", l)
        if ev:
            a = mw_date(ev[1]); b = mw_date(ev[2]) if ev[2] else a
            if a is None or b is None: errors.append(f"{f}: line {n}: bad date"); continue
            if b < a: errors.append(f"{f}: line {n}: a range that ends before it starts")
            if ev[2]: ranges.append((a, b))
            d = len(stack)
            if last.get(d) and a < last[d]: errors.append(f"{f}: line {n}: events out of date order")
            last[d] = a; prev_event = True
            txt = ev[3]
        elif l.startswith("  ") and prev_event:
            txt = l.strip()
        else:
            errors.append(f"{f}: line {n}: neither event, description nor block line: {l[:40]!r}"); continue
        for lm in re.finditer(r"\[([^\]]*)\]\(([^)]*)\)", txt):
            if not URL.fullmatch(lm[2]): errors.append(f"{f}: line {n}: markdown link to {lm[2][:30]!r}")
        if re.sub(r"\[[^\]]*\]\([^)]*\)", "", txt).count("[") or "](" in re.sub(r"\[[^\]]*\]\([^)]*\)", "", txt):
            errors.append(f"{f}: line {n}: a broken markdown link")
    if stack: errors.append(f"{f}: unclosed {stack}")
    if ranges and (not weekly([a for a, _ in ranges]) or any((b - a).days != 6 for a, b in ranges)):
        errors.append(f"{f}: the class ranges are not consecutive weeks")


# ---------------------------------------------------------------- 1851 ECharts option script
ECHARTS_CALLS = {"document.getElementById", "echarts.init", "myChart.setOption", "myChart.on", "myChart.resize",
                 "window.open", "window.addEventListener", "categories.map"}


def check_echarts(f, raw):
    L = text_file(f, raw)
    code = js_code(f, raw)
    if code is None or not balanced(f, code, "the script"): return
    names = re.findall(r"^var (\w+) =", raw, re.M)
    if len(names) != len(set(names)): errors.append(f"{f}: a var declared twice")
    for l in L:
        if l.startswith(" ") and (len(l) - len(l.lstrip(" "))) % 2: errors.append(f"{f}: odd indentation {l[:30]!r}")
        if '"' in re.sub(r"'[^']*'", "", l.split("//")[0]): errors.append(f"{f}: double quotes (the file uses single quotes)")
    cats = js_var(f, raw, "categories")
    nodes = js_var(f, raw, "nodes")
    links = js_var(f, raw, "links")
    if not (isinstance(cats, list) and isinstance(nodes, list) and isinstance(links, list)): return
    ks = same_keys(f, nodes, "nodes")
    for k in ("name", "category", "url"):
        if k not in ks: errors.append(f"{f}: nodes without {k}")
    seen = set()
    for nd in nodes:
        if not isinstance(nd, dict): continue
        if nd.get("name") in seen: errors.append(f"{f}: node name {nd.get('name')!r} twice (ECharts needs unique names)")
        seen.add(nd.get("name"))
        if not isinstance(nd.get("category"), int) or not 0 <= nd["category"] < len(cats): errors.append(f"{f}: category {nd.get('category')!r}")
        if nd.get("url") != "" and not URL.fullmatch(str(nd.get("url"))): errors.append(f"{f}: url {nd.get('url')!r}")
        if not isinstance(nd.get("value"), int) or not 2010 <= nd["value"] <= 2025: errors.append(f"{f}: value {nd.get('value')!r} is not a year")
        if not isinstance(nd.get("symbolSize"), int): errors.append(f"{f}: symbolSize {nd.get('symbolSize')!r}")
    pairs = set()
    for ln in links:
        if not isinstance(ln, dict) or list(ln) != ["source", "target"]: errors.append(f"{f}: link {ln!r}"); continue
        s, t = ln["source"], ln["target"]
        if not all(isinstance(x, int) and 0 <= x < len(nodes) for x in (s, t)) or s == t: errors.append(f"{f}: link {s}->{t} out of range"); continue
        if (s, t) in pairs: errors.append(f"{f}: link {s}->{t} twice")
        pairs.add((s, t))
    linked = {x for p in pairs for x in p}
    if set(range(len(nodes))) - linked: errors.append(f"{f}: nodes {sorted(set(range(len(nodes))) - linked)} have no edge")
    for m in re.finditer(r"\b(?:p|params)\.data\.(\w+)", raw):
        if m[1] not in ks: errors.append(f"{f}: data.{m[1]} is not a node key")
    for m in re.finditer(r"(?<![\w.])((?:\w+\.)*\w+)\(", code):
        if "." in m[1] and m[1] not in ECHARTS_CALLS: errors.append(f"{f}: unknown call {m[1]}()")
    if "type: 'graph'" not in raw or "data: nodes" not in raw or "links: links" not in raw: errors.append(f"{f}: the series is not a graph over nodes / links")
    if "myChart.setOption(option);" not in raw: errors.append(f"{f}: option never set")


# ---------------------------------------------------------------- 1852 TeXworks script
TW_HEADER = {"Title", "Description", "Author", "Version", "Date", "Script-Type", "Context", "Shortcut", "Hook"}
TW_CALLS = {"TW.getItem", "TW.target.insertText", "TW.information", "TW.warning", "voci.push", "voci.indexOf"}
TW_TIPI = {"articolo", "software", "libro", "corso"}


def check_texworks(f, raw):
    L = text_file(f, raw)
    if L[0] != "// TeXworksScript": errors.append(f"{f}: the first line is not // TeXworksScript"); return
    hdr, i = {}, 1
    while i < len(L) and L[i].startswith("// "):
        m = re.fullmatch(r"// ([\w-]+): (.+)", L[i])
        if not m or m[1] not in TW_HEADER: errors.append(f"{f}: header line {L[i][:40]!r}")
        else:
            if m[1] in hdr: errors.append(f"{f}: header {m[1]} twice")
            hdr[m[1]] = m[2]
        i += 1
    for k in ("Title", "Script-Type"):
        if k not in hdr: errors.append(f"{f}: header without {k}")
    if hdr.get("Script-Type") not in ("standalone", "hook"): errors.append(f"{f}: Script-Type {hdr.get('Script-Type')!r}")
    if hdr.get("Script-Type") == "standalone" and hdr.get("Context") not in ("TeXDocument", "PDFDocument"): errors.append(f"{f}: Context {hdr.get('Context')!r}")
    if "Date" in hdr and not dt_ok(hdr["Date"], "%Y-%m-%d"): errors.append(f"{f}: Date {hdr['Date']!r}")
    if "Version" in hdr and not re.fullmatch(r"\d+(?:\.\d+)*", hdr["Version"]): errors.append(f"{f}: Version {hdr['Version']!r}")
    if "Shortcut" in hdr and not re.fullmatch(r"(?:(?:Ctrl|Alt|Shift|Meta)\+)+\w", hdr["Shortcut"]): errors.append(f"{f}: Shortcut {hdr['Shortcut']!r}")
    code = js_code(f, raw)
    if code is None or not balanced(f, code, "the script"): return
    if re.search(r"\b(?:let|const|class)\b|=>|`", code): errors.append(f"{f}: ES6 syntax (QtScript is ES5)")
    arts = js_var(f, raw, "articoli")
    if not isinstance(arts, list): return
    ks = same_keys(f, arts, "articoli")
    keys_ = set()
    for a in arts:
        if not isinstance(a, dict): continue
        if a.get("chiave") in keys_: errors.append(f"{f}: chiave {a.get('chiave')!r} twice")
        keys_.add(a.get("chiave"))
        if not re.fullmatch(r"[a-z][\w-]*", str(a.get("chiave"))): errors.append(f"{f}: chiave {a.get('chiave')!r}")
        if not isinstance(a.get("anno"), int): errors.append(f"{f}: anno {a.get('anno')!r}")
        if a.get("tipo") not in TW_TIPI: errors.append(f"{f}: tipo {a.get('tipo')!r}")
        if a.get("url") != "" and not URL.fullmatch(str(a.get("url"))): errors.append(f"{f}: url {a.get('url')!r}")
    for m in re.finditer(r"\b(?:a|articoli\[i\])\.(\w+)", raw):
        if m[1] not in ks: errors.append(f"{f}: .{m[1]} is not a key of articoli")
    declared = set(re.findall(r"\bvar (\w+)", code)) | {"TW", "undefined", "articoli"}
    for m in re.finditer(r"(?<![\w.])([A-Za-z_]\w*)\b(?!\s*:)", code):
        if m[1] in ("var", "for", "if", "else", "null", "false", "true", "length", "S") : continue
        if m[1] not in declared: errors.append(f"{f}: {m[1]} is used but never declared"); break
    for m in re.finditer(r"(?<![\w.])((?:\w+\.)+\w+)\(", code):
        if m[1] not in TW_CALLS: errors.append(f"{f}: unknown call {m[1]}()")
    if not re.search(r"^TW\.result = ", raw, re.M): errors.append(f"{f}: no TW.result")


# ---------------------------------------------------------------- 1853 Asymptote
ASY_SETTINGS = {"outformat", "tex", "prc", "render", "render", "autoplay", "pdfviewer", "maxtile"}
ASY_FN = {"draw", "label", "dot", "string", "minipage", "gray", "linewidth", "fontsize", "defaultpen", "unitsize",
          "texpreamble", "Arrow", "TeXHead", "size"}
ASY_PENS = {"deepblue", "black", "red", "gray", "dotted", "dashed"}
TEX_SPECIAL = re.compile(r"(?<!\\)[&%$#_^~]")


def asy_strip(f, s):
    """comments removed and double-quoted strings (\\" escapes a quote) replaced by \\x01; returns (code, strings)"""
    out, strs, i = [], [], 0
    while i < len(s):
        if s.startswith("//", i): j = s.find("\n", i); i = len(s) if j < 0 else j; continue
        if s.startswith("/*", i):
            j = s.find("*/", i)
            if j < 0: errors.append(f"{f}: unterminated comment"); return None, []
            i = j + 2; continue
        if s[i] == '"':
            j, v = i + 1, ""
            while j < len(s) and s[j] != '"':
                if s[j] == "\n": errors.append(f"{f}: a string across lines"); return None, []
                if s.startswith('\\"', j) or s.startswith("\\\\", j): v += s[j + 1]; j += 2; continue
                v += s[j]; j += 1
            if j >= len(s): errors.append(f"{f}: unterminated string"); return None, []
            strs.append(v); out.append("\x01"); i = j + 1; continue
        out.append(s[i]); i += 1
    return "".join(out), strs


def check_asy(f, raw):
    text_file(f, raw)
    code, strs = asy_strip(f, raw)
    if code is None or not balanced(f, code, "the source"): return
    for m in re.finditer(r"settings\.(\w+) = ", code):
        if m[1] not in ASY_SETTINGS: errors.append(f"{f}: unknown setting {m[1]}")
    sm = re.search(r"struct (\w+) \{\n((?:  \w+ \w+; *\n)+)\}", code)
    if not sm: errors.append(f"{f}: no struct"); return
    fields = re.findall(r"  (\w+) (\w+);", sm[2])
    fm = re.search(r"\n" + sm[1] + r" (\w+)\(([^()]*)\) \{\n(.*?)\n\}", code, re.S)
    if not fm: errors.append(f"{f}: no constructor function"); return
    params = [tuple(p.split()) for p in fm[2].split(", ")]
    if params != fields: errors.append(f"{f}: {fm[1]}'s parameters {params} are not the struct's fields {fields}")
    for _, name in fields:
        if f"  a.{name} = {name};" not in fm[3]: errors.append(f"{f}: {fm[1]} never sets {name}")
    lm = re.search(r"\n" + sm[1] + r"\[\] (\w+) = \{\n(.*?)\n\};", code, re.S)
    if not lm: errors.append(f"{f}: no array of {sm[1]}"); return
    starts = [k for k, ch in enumerate(code) if ch == "\x01"]
    calls = list(re.finditer(fm[1] + r"\(([^()]*)\)", lm[2]))
    body_calls = re.sub(fm[1] + r"\([^()]*\)", "", lm[2])
    if re.sub(r"[\s,]", "", body_calls): errors.append(f"{f}: the array holds something other than {fm[1]}(...) calls")
    rows = set()
    for cm in calls:
        args = [a.strip() for a in cm[1].split(",")]
        base = lm.start(2) + cm.start(1)
        svals = iter(strs[k] for k, p in enumerate(starts) if base <= p < lm.start(2) + cm.end(1))
        if len(args) != len(params): errors.append(f"{f}: {fm[1]}() with {len(args)} arguments"); continue
        vals = {}
        for (typ, name), a in zip(params, args):
            if typ == "string":
                if a != "\x01": errors.append(f"{f}: {name} is not a string literal"); continue
                vals[name] = next(svals)
            elif typ == "real":
                if not re.fullmatch(r"\d+(?:\.\d+)?", a): errors.append(f"{f}: {name} = {a!r} is not a real"); continue
                vals[name] = float(a)
            elif typ == "int":
                if not re.fullmatch(r"-?\d+", a): errors.append(f"{f}: {name} = {a!r} is not an int"); continue
                vals[name] = int(a)
        if vals.get("bron") and not URL.fullmatch(vals["bron"]): errors.append(f"{f}: bron {vals['bron']!r}")
        for k in ("titel", "noot", "bron"):
            if k in vals and TEX_SPECIAL.search(vals[k] if k != "bron" else vals[k].replace("_", "")):
                errors.append(f"{f}: an unescaped TeX special character in {k} {vals[k][:30]!r}")
        if "rij" in vals:
            if not (1 <= abs(vals["rij"]) <= 3): errors.append(f"{f}: rij {vals['rij']}")
            if "jaar" in vals:
                if not 2019.8 <= vals["jaar"] <= 2024.3: errors.append(f"{f}: jaar {vals['jaar']} is off the axis")
                if (vals["rij"], round(vals["jaar"], 1)) in rows: errors.append(f"{f}: two labels at the same place")
                rows.add((vals["rij"], round(vals["jaar"], 1)))
    if not calls: errors.append(f"{f}: the array is empty")
    defined = {fm[1], "x"} | {m[1] for m in re.finditer(r"\n(?:real|pen|pair|string|int) (\w+)\(", code)}
    for m in re.finditer(r"(?<![\w.])([A-Za-z]\w*)\(", code):
        if m[1] not in ASY_FN | defined | {"for", "if"}: errors.append(f"{f}: unknown function {m[1]}()")
    for m in re.finditer(r"(?<![\w.])(\w+)\.(\w+)", code):
        if m[1] in ("a",) and m[2] not in {n for _, n in fields}: errors.append(f"{f}: a.{m[2]} is not a field")
    if "\\href" in raw and "\\usepackage{hyperref}" not in raw: errors.append(f"{f}: \\href without hyperref in the preamble")


# ---------------------------------------------------------------- 1854 conky (legacy conkyrc)
CONKY_SET = {"background", "use_xft", "xftfont", "xftalpha", "override_utf8_locale", "update_interval",
             "total_run_times", "own_window", "own_window_type", "own_window_transparent", "own_window_hints",
             "double_buffer", "minimum_size", "maximum_width", "draw_shades", "draw_outline", "draw_borders",
             "default_color", "color0", "color1", "color2", "color3", "alignment", "gap_x", "gap_y", "no_buffers",
             "short_units", "text_buffer_size", "uppercase", "cpu_avg_samples"}
CONKY_BOOL = {"background", "use_xft", "override_utf8_locale", "own_window", "own_window_transparent",
              "double_buffer", "draw_shades", "draw_outline", "draw_borders", "no_buffers", "short_units", "uppercase"}
CONKY_VARS = {"color", "color0", "color1", "color2", "color3", "font", "hr", "cpu", "cpubar", "mem", "memmax",
              "membar", "fs_used", "fs_size", "fs_bar", "execi", "execpi", "uptime", "kernel", "nodename", "alignr",
              "goto", "voffset"}
CONKY_ALIGN = {"top_left", "top_right", "top_middle", "bottom_left", "bottom_right", "bottom_middle", "middle_left",
               "middle_right"}


def check_conky(f, raw):
    L = text_file(f, raw)
    if L.count("TEXT") != 1: errors.append(f"{f}: want one TEXT line"); return
    t = L.index("TEXT")
    sets = {}
    for n, l in enumerate(L[:t], 1):
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"(\w+) (.+)", l)
        if not m or m[1] not in CONKY_SET: errors.append(f"{f}: line {n}: setting {l[:40]!r}"); continue
        if m[1] in sets: errors.append(f"{f}: line {n}: {m[1]} twice")
        sets[m[1]] = m[2]
        if m[1] in CONKY_BOOL and m[2] not in ("yes", "no"): errors.append(f"{f}: line {n}: {m[1]} {m[2]!r}")
        if re.fullmatch(r"color\d|default_color", m[1]) and not re.fullmatch(r"[0-9a-f]{6}|\w+", m[2]): errors.append(f"{f}: line {n}: colour {m[2]!r}")
        if m[1] == "alignment" and m[2] not in CONKY_ALIGN: errors.append(f"{f}: line {n}: alignment {m[2]!r}")
        if m[1] in ("gap_x", "gap_y", "maximum_width", "text_buffer_size", "total_run_times") and not m[2].isdigit(): errors.append(f"{f}: line {n}: {m[1]} {m[2]!r}")
        if m[1] == "minimum_size" and not re.fullmatch(r"\d+ \d+", m[2]): errors.append(f"{f}: line {n}: minimum_size {m[2]!r}")
    width = int(sets.get("maximum_width", "0") or 0)
    for n, l in enumerate(L[t + 1:], t + 2):
        s = l.replace("$$", "")
        if re.search(r"(?<!\\)#", s): errors.append(f"{f}: line {n}: an unescaped # (conky reads a comment)")
        font = 0
        for m in re.finditer(r"\$(?:\{([^{}]*)\}|(\w+)|(.))", s):
            if m[3] is not None: errors.append(f"{f}: line {n}: a lone $"); continue
            body = m[1] if m[1] is not None else m[2]
            name, _, arg = body.partition(" ")
            if name not in CONKY_VARS: errors.append(f"{f}: line {n}: unknown variable {name!r}"); continue
            if re.fullmatch(r"color\d", name) and name not in sets: errors.append(f"{f}: line {n}: {name} is not defined")
            if name in ("execi", "execpi") and not re.fullmatch(r"\d+ \S.*", arg): errors.append(f"{f}: line {n}: {name} without an interval")
            if name == "font": font += 1 if arg else -1
        if font: errors.append(f"{f}: line {n}: ${{font …}} not reset on its line")
        if s.count("{") != s.count("}"): errors.append(f"{f}: line {n}: unbalanced braces")
        plain = re.sub(r"\$\{[^{}]*\}", "", s)
        if width and len(plain) * 7 > width and "execi" not in s: errors.append(f"{f}: line {n}: wider than maximum_width")


# ---------------------------------------------------------------- 1855 Fluxbox menu
FB_TAGS = {"begin": "L", "end": "", "exec": "LC", "submenu": "L", "nop": "L", "separator": "", "config": "L",
           "stylesdir": "L", "stylesmenu": "L", "workspaces": "L", "reconfig": "L", "restart": "L", "exit": "L",
           "encoding": "C", "endencoding": "", "include": "L"}
FB_ITEM = re.compile(r"( *)\[(\w+)\](?: \(((?:[^()\\]|\\.)*)\))?(?: \{([^{}]*)\})?(?: <([^<>]*)>)?")
FB_PROGS = {"xdg-open": "url", "zathura": "pdf", "mpv": "url", "x-terminal-emulator": None, "firefox": None, "pcmanfm": None}


def check_fluxbox(f, raw):
    L = text_file(f, raw)
    depth, items, enc = 0, [], False
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        m = FB_ITEM.fullmatch(l)
        if not m: errors.append(f"{f}: line {n}: not a menu item: {l[:40]!r}"); continue
        ind, tag, label, cmd, icon = m.groups()
        if tag not in FB_TAGS: errors.append(f"{f}: line {n}: unknown tag [{tag}]"); continue
        items.append(tag)
        want = FB_TAGS[tag]
        if "L" in want and label is None: errors.append(f"{f}: line {n}: [{tag}] without a (label)")
        if "C" in want and cmd is None: errors.append(f"{f}: line {n}: [{tag}] without a {{command}}")
        if tag == "submenu" and cmd is not None and not cmd: errors.append(f"{f}: line {n}: an empty submenu title")
        if tag in ("end",): depth -= 1
        if tag == "encoding":
            if enc: errors.append(f"{f}: line {n}: nested [encoding]")
            enc = True
            if cmd != "UTF-8": errors.append(f"{f}: line {n}: encoding {cmd!r}")
        if tag == "endencoding":
            if not enc: errors.append(f"{f}: line {n}: [endencoding] without [encoding]")
            enc = False
        want_ind = 2 * max(depth - (1 if tag in ("encoding", "endencoding") else 0), 0)
        if tag in ("begin",) and depth: errors.append(f"{f}: line {n}: [begin] inside the menu")
        if len(ind) != want_ind and tag not in ("begin",): errors.append(f"{f}: line {n}: indented {len(ind)}, wants {want_ind}")
        if depth < 0: errors.append(f"{f}: line {n}: [end] closes nothing"); depth = 0
        if tag in ("begin", "submenu"): depth += 1
        if tag == "exec" and cmd:
            parts = cmd.split()
            if parts[0] not in FB_PROGS: errors.append(f"{f}: line {n}: unknown program {parts[0]}")
            else:
                kind = FB_PROGS[parts[0]]
                if kind == "url" and (len(parts) != 2 or not URL.fullmatch(parts[1])): errors.append(f"{f}: line {n}: {parts[0]} without a link")
                if kind == "pdf" and (len(parts) != 2 or not re.fullmatch(r"~?[\w/.-]+\.pdf", parts[1])): errors.append(f"{f}: line {n}: {parts[0]} without a PDF")
        if icon is not None and not icon.startswith("/"): errors.append(f"{f}: line {n}: icon path {icon!r}")
    if depth: errors.append(f"{f}: {depth} menu(s) left open")
    if enc: errors.append(f"{f}: [encoding] left open")
    if not items or items[0] != "begin" or items[-1] != "end": errors.append(f"{f}: the menu is not [begin] … [end]")


# ---------------------------------------------------------------- 1856 IceWM menu
ICE_PROGS = {"x-terminal-emulator", "pcmanfm", "firefox", "jupyter-lab", "code", "pycharm-community", "zotero",
             "evince", "mpv", "xlock", "icewm-menu-fdo"}


def check_icewm(f, raw):
    L = text_file(f, raw)
    depth = 0
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        ind = len(l) - len(l.lstrip(" "))
        s = l.strip()
        if s == "}":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {n}: }} closes nothing"); depth = 0
            if ind != 4 * depth: errors.append(f"{f}: line {n}: indented {ind}, wants {4 * depth}")
            continue
        if ind != 4 * depth: errors.append(f"{f}: line {n}: indented {ind}, wants {4 * depth}")
        if s == "separator": continue
        m = re.fullmatch(r'(prog|menu|menuprog|menufile|restart) "((?:[^"\\]|\\.)*)" (\S+) (.+)', s)
        if not m: errors.append(f"{f}: line {n}: not an IceWM menu line: {s[:40]!r}"); continue
        kw, label, icon, rest = m.groups()
        if not label.strip(): errors.append(f"{f}: line {n}: empty label")
        if kw == "menu":
            if rest != "{": errors.append(f"{f}: line {n}: menu without an opening brace")
            depth += 1; continue
        prog = rest.split()[0]
        if prog not in ICE_PROGS: errors.append(f"{f}: line {n}: unknown program {prog}")
        if prog in ("mpv",) and not URL.fullmatch(rest.split()[-1]): errors.append(f"{f}: line {n}: mpv without a link")
        if prog == "evince" and not re.fullmatch(r"/[\w/.-]+\.pdf", rest.split()[-1]): errors.append(f"{f}: line {n}: evince without a PDF")
    if depth: errors.append(f"{f}: {depth} menu(s) left open")


def shape_checks(f, raw, path):
    n = num(f)
    {1847: check_hta, 1848: check_desktop, 1849: check_kitty, 1850: check_markwhen, 1851: check_echarts,
     1852: check_texworks, 1853: check_asy, 1854: check_conky, 1855: check_fluxbox,
     1856: check_icewm}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- decoded forms
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """HTML entities undone (1847); Fluxbox's backslash-escaped parentheses undone (1855); the JS string escapes of
    1851 and 1852 undone"""
    forms = []
    u = html.unescape(raw)
    if u != raw: forms.append(u)
    if num(f) == 1855: forms.append(raw.replace("\\(", "(").replace("\\)", ")"))
    if num(f) in (1851, 1852): forms.append(re.sub(r"\\(['\"\\])", r"\1", raw))
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
# /work/rounds/*/expected.json except round182's and round183's, a byte-identical file counted once), and the
# round182/round183 split (candidates sorted by (uses, catalogue title); round183 = odd positions from 3 on, one
# unbroken run; round182 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P182S = ["/work/rounds/digests-round182/expected.json", "/work/main/tests/data/digests-round182/expected.json"]
P182 = next((p for p in P182S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P182S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round182", "digests-round183") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round183 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r182 = set()
if P182:
    try:
        r182 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P182)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P182} exists but could not be read (being written?)")
    if r182 & mine: errors.append(f"papers also in round182: {sorted(r182 & mine)}")
shared182 = len(r182 & mine) if P182 else "(no round182 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round183 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round182: {shared182}; papers in more than one round183 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


