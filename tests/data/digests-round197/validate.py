r"""Checks round197/expected.json against the digests and the shared catalogues.

Adapted from round195/validate.py (the label checks are the same code; the reuse report is round195's with round196 /
round197 in place of round194 / round195; round197 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round196's and round197's own (a digests-round196 / digests-round197 folder, or a file whose bytes equal round196's or
round197's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round197 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round196's expected.json (read only, from
/work/rounds/digests-round196/ or /work/main/tests/data/digests-round196/, when it exists), and on a paper in more
than one round197 file.
Every digest is read raw (UTF-8; 1993 UTF-16LE with its BOM) and in decoded forms: the string escapes undone (`\'` in
1992's C strings, `""` and `\n` in 1993's resource
script, `\"` and `\n` in 1995's ruleset strings). Titles are matched after whitespace
normalisation and case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; every file a final line end and no trailing blanks; LF except 1993's CRLF):
1987 Battle for Wesnoth WML (#textdomain first; four-space indentation by tag depth; [tag] … [/tag] nested and closed;
key=value lines, quoted values marked ` _ "`, strings closed; macros `{UPPER}`; no preprocessor word in a comment);
1988 Endless Sky data (tab indentation rising one step at most; comments unindented; top-level `mission "name"` nodes,
unique; known keywords; mission attributes at depth 1; backtick / quote strings balanced per line; payment and cargo
forms; each mission with name, description and `on offer`);
1989 Angband object.txt (`field:value` lines of known fields; each object name, graphics, type, level, weight, cost,
alloc, pile, then desc lines; `[name]`; graphics `?:c`; numbers; alloc `n:a to b`; unique names);
1990 DCSS .des (comments; NAME, TAGS, DEPTH, ORIENT, WEIGHT, ITEM, MONS in order with values in column 10; lower-case
unique NAMEs; known ORIENT; DEPTH branch ranges; MAP … ENDMAP rectangular, known glyphs, walled);
1991 Stellaris localisation (a UTF-8 BOM; `l_german:` first; ` key:0 "text"` lines or ` #` comments; unique keys; no
inner quote; `§X … §!` balanced; only `\n` escapes; `$key$` references defined before; each _desc after its name);
1992 QMK keymap.c (four-space indentation outside the thumb rows; strings closed; brackets balanced; the include;
custom keycodes from SAFE_RANGE, each placed once on a layer and sent by a case returning false; 42 keys per
LAYOUT_split_3x6_3; ASCII SEND_STRING text; process_record_user);
1993 Win32 resource script (UTF-16LE with a BOM, CRLF; Visual C++'s header and includes; #if / #endif balanced;
two string tables, each after a LANGUAGE line, STRINGTABLE / BEGIN / END, `    IDS_ID  "text"` lines with `""` for a
quote and only `\\n` or `\\\\` escapes, ids once per table and the same in both);
1994 OpenXcom ruleset (two-space YAML; research, ufopaedia, extraStrings in that order; numbers; dependencies naming
research; articles of type_id 8 with their research, name string and text string; strings quoted, once; type ja);
1995 Freeciv ruleset ([datafile], [control], then [advance_*] sections; `key = value` with strings, `_()` strings or
numbers; multi-line helptext closed, no unescaped quote inside; name, req1, req2, flags, graphic, graphic_alt,
helptext in order; unique names; reqs naming a tech or None);
1996 DST modmain.lua (four-space indentation; strings closed; brackets balanced; top-level statements of a modmain;
STRINGS from GLOBAL; each prefab with its Asset, NAMES, RECIPE_DESC, Wickerbottom's DESCRIBE and AddRecipe2 once).

Also checked (round151's label checks): fields and evidence values; each title and id in the catalogues, never a
distractor; titles written in full; link / arxiv-text / title-only evidence present in the text (and no id for a
title-only paper); no unlabelled catalogue title or arXiv-shaped id; no OpenReview link left unlabelled for its
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import tomllib, ast, base64, csv, hashlib, html, itertools, json, math, os, re, sys, unicodedata
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
# ================================================================ round197 shape checks
def lines_of(f, raw, final=True, eol="\n"):
    """a saved file: `eol` line ends only, a final line end, no trailing blanks"""
    if eol == "\n" and "\r" in raw: errors.append(f"{f}: CR characters")
    if eol == "\r\n" and raw.replace("\r\n", "").count("\n") + raw.replace("\r\n", "").count("\r"): errors.append(f"{f}: a line end that is not CRLF")
    if final and not raw.endswith(eol): errors.append(f"{f}: no final newline")
    L = raw[:-len(eol)].split(eol) if raw.endswith(eol) else raw.split(eol)
    for n, l in enumerate(L, 1):
        if l != l.rstrip(" \t"): errors.append(f"{f}: trailing blanks on line {n}")
    return L


def lead(l, ch=" "):
    return len(l) - len(l.lstrip(ch))


def bad_lead(f, n, l, ch):
    w = l[:len(l) - len(l.lstrip(" \t"))]
    if w.strip(ch): errors.append(f"{f}: line {n}: indentation not made of {'tabs' if ch == chr(9) else 'spaces'}"); return True
    return False


# ---------------------------------------------------------------- 1987 Battle for Wesnoth WML
def check_wml(f, raw):
    L = lines_of(f, raw)
    if not L or not re.fullmatch(r"#textdomain wesnoth-[A-Za-z_]+", L[0]): errors.append(f"{f}: no #textdomain first")
    stack, instr = [], False
    for n, l in enumerate(L, 1):
        if instr:
            instr = l.count('"') % 2 == 0
            continue
        if not l.strip(): continue
        if bad_lead(f, n, l, " "): continue
        s = l.strip()
        if s.startswith("#"):
            if re.match(r"#(define|enddef|ifdef|ifndef|else|endif|undef|textdomain)\b", s) and n != 1: errors.append(f"{f}: line {n}: a preprocessor directive in a comment")
            continue
        want = 4 * len(stack)
        m = re.fullmatch(r"\[(/?)([a-z_]+)\]", s)
        if m and m.group(1):
            if not stack or stack[-1] != m.group(2): errors.append(f"{f}: line {n}: [/{m.group(2)}] closes {stack[-1] if stack else 'nothing'}")
            else: stack.pop()
            want = 4 * len(stack)
        if lead(l) != want: errors.append(f"{f}: line {n}: indentation {lead(l)}, want {want}")
        if m:
            if not m.group(1): stack.append(m.group(2))
            continue
        if re.fullmatch(r"\{[A-Z_]+\}", s): continue
        kv = re.fullmatch(r"([a-z_]+)=(.*)", s)
        if not kv: errors.append(f"{f}: line {n}: not a tag, key=value or macro: {s[:40]!r}"); continue
        v = kv.group(2)
        if '"' in v:
            if not re.match(r' _ "', v): errors.append(f"{f}: line {n}: a quoted value not marked translatable")
            instr = v.count('"') % 2 == 1
        elif not v: errors.append(f"{f}: line {n}: empty value")
    if stack: errors.append(f"{f}: tags left open: {stack}")
    if instr: errors.append(f"{f}: a string left open")
    if not re.search(r"^\[scenario\]$", raw, re.M): errors.append(f"{f}: no [scenario]")


# ---------------------------------------------------------------- 1988 Endless Sky data file
ES_KEYS = {"name", "description", "minor", "source", "destination", "cargo", "to", "on", "government", "random", "has",
           "conversation", "choice", "goto", "label", "accept", "decline", "defer", "payment", "dialog"}


def check_endless_sky(f, raw):
    L = lines_of(f, raw)
    prev, missions = 0, []
    for n, l in enumerate(L, 1):
        if not l.strip(): continue
        if bad_lead(f, n, l, "\t"): continue
        d, s = lead(l, "\t"), l.strip()
        if s.startswith("#"):
            if d: errors.append(f"{f}: line {n}: an indented comment")
            continue
        if d > prev + 1: errors.append(f"{f}: line {n}: indentation jumps from {prev} to {d}")
        prev = d
        if s.count("`") % 2 or (s.count("`") == 0 and s.count('"') % 2): errors.append(f"{f}: line {n}: an unbalanced string")
        if d == 0:
            m = re.fullmatch(r'mission "([^"]+)"', s)
            if not m: errors.append(f"{f}: line {n}: a top-level node that is not a mission"); continue
            if m.group(1) in missions: errors.append(f"{f}: line {n}: mission {m.group(1)!r} twice")
            missions.append(m.group(1))
        elif not s.startswith("`"):
            k = s.split()[0].strip('"')
            if k not in ES_KEYS: errors.append(f"{f}: line {n}: unknown keyword {k!r}")
            if k == "payment" and not re.fullmatch(r"payment \d+", s): errors.append(f"{f}: line {n}: payment")
            if k == "cargo" and not re.fullmatch(r'cargo "[^"]+" \d+', s): errors.append(f"{f}: line {n}: cargo")
        if d == 1 and s.split()[0] not in ("name", "description", "minor", "source", "destination", "cargo", "to", "on"):
            errors.append(f"{f}: line {n}: {s.split()[0]!r} is not a mission attribute")
    if not missions: errors.append(f"{f}: no mission")
    for m in missions:
        blk = raw.split(f'mission "{m}"', 1)[1].split("\nmission ", 1)[0]
        for k in ("\tname ", "\tdescription ", "\ton offer"):
            if "\n" + k not in blk: errors.append(f"{f}: mission {m!r} without {k.strip()}")


# ---------------------------------------------------------------- 1989 Angband object.txt
AB_ORDER = ["name", "graphics", "type", "level", "weight", "cost", "alloc", "pile", "desc"]


def check_angband(f, raw):
    L = lines_of(f, raw)
    recs, cur = [], None
    for n, l in enumerate(L, 1):
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"([a-z]+):(.*)", l)
        if not m or m.group(1) not in AB_ORDER: errors.append(f"{f}: line {n}: not a known `field:value` line"); continue
        k, v = m.groups()
        if k == "name":
            cur = [n, []]; recs.append(cur)
            if not re.fullmatch(r"\[[^\[\]]+\]", v): errors.append(f"{f}: line {n}: a book name not in [brackets]")
        elif cur is None: errors.append(f"{f}: line {n}: a field before any name"); continue
        cur[1].append(k)
        if k in ("level", "weight", "cost") and not v.isdigit(): errors.append(f"{f}: line {n}: {k} not a number")
        if k == "graphics" and not re.fullmatch(r"\?:[a-zA-Z]", v): errors.append(f"{f}: line {n}: graphics")
        if k == "type" and v != "magic book": errors.append(f"{f}: line {n}: type {v!r}")
        if k == "alloc" and not re.fullmatch(r"\d+:\d+ to \d+", v): errors.append(f"{f}: line {n}: alloc")
        if k == "pile" and not re.fullmatch(r"\d+:\d+", v): errors.append(f"{f}: line {n}: pile")
        if k == "desc" and not v.strip(): errors.append(f"{f}: line {n}: empty desc")
    if not recs: errors.append(f"{f}: no object")
    names = []
    for start, ks in recs:
        head = [k for k in ks if k != "desc"]
        if head != AB_ORDER[:-1] or ks[-1] != "desc" or ks[:len(head)] != head: errors.append(f"{f}: object at line {start}: fields {ks}")
        names.append(L[start - 1])
    if len(set(names)) != len(names): errors.append(f"{f}: a book name twice")


# ---------------------------------------------------------------- 1990 DCSS .des vault file
DES_KEYS = ["NAME", "TAGS", "DEPTH", "ORIENT", "WEIGHT", "ITEM", "MONS"]


def check_des(f, raw):
    L = lines_of(f, raw)
    inmap, maps, cur, names = False, [], None, []
    for n, l in enumerate(L, 1):
        if inmap:
            if l == "ENDMAP": inmap = False; continue
            cur[2].append((n, l)); continue
        if not l or l.startswith("#"): continue
        if l == "MAP":
            if cur is None or cur[2] is not None: errors.append(f"{f}: line {n}: MAP without a NAME"); cur = [n, [], None]; maps.append(cur)
            cur[2] = []; inmap = True; continue
        m = re.fullmatch(r"([A-Z]+):( +)(\S.*)", l)
        if not m: errors.append(f"{f}: line {n}: not a KEY: value line"); continue
        k, v = m.group(1), m.group(3)
        if k not in DES_KEYS: errors.append(f"{f}: line {n}: unknown key {k}")
        if len(k) + 1 + len(m.group(2)) != 9: errors.append(f"{f}: line {n}: value not in column 10")
        if k == "NAME":
            cur = [n, [], None]; maps.append(cur)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", v) or v in names: errors.append(f"{f}: line {n}: NAME {v!r}")
            names.append(v)
        elif cur is None: errors.append(f"{f}: line {n}: {k} before NAME"); continue
        cur[1].append(k)
        if k == "WEIGHT" and not v.isdigit(): errors.append(f"{f}: line {n}: WEIGHT")
        if k == "ORIENT" and v not in ("float", "encompass", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "centre"): errors.append(f"{f}: line {n}: ORIENT {v!r}")
        if k == "DEPTH" and not re.fullmatch(r"(?:(?:D|Lair|Orc|Elf|Vaults|Depths)(?::\d+(?:-\d+)?-?)?)(?:, (?:D|Lair|Orc|Elf|Vaults|Depths)(?::\d+(?:-\d+)?-?)?)*", v): errors.append(f"{f}: line {n}: DEPTH {v!r}")
    if inmap: errors.append(f"{f}: MAP without ENDMAP")
    if not maps: errors.append(f"{f}: no map")
    for start, ks, rows in maps:
        if ks != DES_KEYS: errors.append(f"{f}: map at line {start}: keys {ks}")
        if not rows: errors.append(f"{f}: map at line {start}: no MAP rows"); continue
        w = len(rows[0][1])
        for n, r in rows:
            if len(r) != w: errors.append(f"{f}: line {n}: map row of {len(r)}, want {w}")
            if set(r) - set("x.+d1"): errors.append(f"{f}: line {n}: unknown map glyphs {sorted(set(r) - set('x.+d1'))}")
            if r[:1] not in ("x", "+") or r[-1:] not in ("x", "+"): errors.append(f"{f}: line {n}: map row not walled")
        for n, r in (rows[0], rows[-1]):
            if set(r) != {"x"}: errors.append(f"{f}: line {n}: map edge not wall")


# ---------------------------------------------------------------- 1991 Stellaris localisation
def check_stellaris(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no UTF-8 BOM (Stellaris wants one)")
    L = lines_of(f, raw.lstrip("\ufeff"))
    if not L or not re.fullmatch(r"l_(english|german|french|spanish|russian|polish|braz_por|simp_chinese|japanese|korean):", L[0]): errors.append(f"{f}: no l_<language>: first")
    elif L[0] != "l_german:" or "/german/" in f: pass
    keys_ = []
    for n, l in enumerate(L[1:], 2):
        if not l.strip(): continue
        if re.fullmatch(r" #.*", l): continue
        m = re.fullmatch(r' ([a-z0-9_.]+):(\d+) "(.*)"', l)
        if not m: errors.append(f"{f}: line {n}: not ` key:0 \"text\"`"); continue
        k, _, v = m.groups()
        if k in keys_: errors.append(f"{f}: line {n}: key {k} twice")
        keys_.append(k)
        if '"' in v: errors.append(f"{f}: line {n}: a quote inside the text")
        if v.count("§") != 2 * v.count("§!") or re.search(r"§(?![A-Z!])", v): errors.append(f"{f}: line {n}: unbalanced § colour codes")
        if re.search(r"\\(?!n)", v): errors.append(f"{f}: line {n}: a bad escape")
        for ref in re.findall(r"\$([^$]*)\$", v):
            if ref not in keys_: errors.append(f"{f}: line {n}: ${ref}$ not defined before")
        if v.count("$") % 2: errors.append(f"{f}: line {n}: an odd $")
    for k in keys_:
        if k.endswith("_desc") and k[:-5] not in keys_: errors.append(f"{f}: {k} without its name key")


# ---------------------------------------------------------------- 1992 QMK keymap.c
def check_qmk(f, raw):
    L = lines_of(f, raw)
    depth = 0
    for n, l in enumerate(L, 1):
        if bad_lead(f, n, l, " "): continue
        code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', l).split("//")[0]
        if '"' in code.replace('""', ""): errors.append(f"{f}: line {n}: an unclosed string")
        depth += code.count("{") + code.count("(") - code.count("}") - code.count(")")
        if depth < 0: errors.append(f"{f}: line {n}: a bracket closed twice"); depth = 0
        if l.strip() and not l.startswith("                          ") and lead(l) % 4: errors.append(f"{f}: line {n}: indentation not a multiple of four")
    if depth: errors.append(f"{f}: brackets not balanced ({depth})")
    if "#include QMK_KEYBOARD_H\n" not in raw: errors.append(f"{f}: no #include QMK_KEYBOARD_H")
    en = re.search(r"enum custom_keycodes \{\n(.*?)\n\};", raw, re.S)
    kc = re.findall(r"^\s+([A-Z][A-Z0-9_]*)(?: = SAFE_RANGE)?,$", en.group(1), re.M) if en else []
    if not kc or not re.search(r"^\s+[A-Z][A-Z0-9_]* = SAFE_RANGE,$", en.group(1), re.M): errors.append(f"{f}: custom keycodes without SAFE_RANGE")
    km = re.search(r"keymaps\[\]\[MATRIX_ROWS\]\[MATRIX_COLS\] = \{\n(.*?)\n\};", raw, re.S)
    layers = re.findall(r"\[(\w+)\] = LAYOUT_split_3x6_3\((.*?)\n    \),", km.group(1), re.S) if km else []
    if not layers: errors.append(f"{f}: no keymaps")
    for name, body in layers:
        ks = [k.strip() for k in body.replace("\n", " ").split(",")]
        if len(ks) != 42 or not all(re.fullmatch(r"[A-Z_][A-Z0-9_]*(?:\(\d\))?", k) for k in ks): errors.append(f"{f}: layer {name}: {len(ks)} keys (42 wanted) or a bad keycode")
    body = km.group(1) if km else ""
    for k in kc:
        if len(re.findall(rf"\b{k}\b", body)) != 1: errors.append(f"{f}: {k} not placed once on a layer")
        if not re.search(rf"case {k}:.*\n\s+SEND_STRING\(.*\);\n\s+return false;", raw): errors.append(f"{f}: {k} without a case sending a string")
    for s in re.findall(r'SEND_STRING\("((?:[^"\\]|\\.)*)"\)', raw):
        if not s.isascii(): errors.append(f"{f}: SEND_STRING with non-ASCII text")
    if "bool process_record_user(uint16_t keycode, keyrecord_t *record) {" not in raw: errors.append(f"{f}: no process_record_user")


# ---------------------------------------------------------------- 1993 Win32 resource script (UTF-16LE)
def check_rc(f, raw):
    L = lines_of(f, raw, eol="\r\n")
    for want in ("// Microsoft Visual C++ generated resource script.", '#include "resource.h"', '#include "winres.h"'):
        if want not in L: errors.append(f"{f}: no {want!r}")
    ifs, tables, cur, lang = 0, [], None, None
    for n, l in enumerate(L, 1):
        if l.startswith("#if"): ifs += 1
        elif l.startswith("#endif"):
            ifs -= 1
            if ifs < 0: errors.append(f"{f}: line {n}: #endif without #if"); ifs = 0
        if l.startswith("LANGUAGE "):
            if not re.fullmatch(r"LANGUAGE LANG_[A-Z]+, SUBLANG_[A-Z_]+", l): errors.append(f"{f}: line {n}: LANGUAGE")
            lang = l
        if l == "STRINGTABLE":
            if lang is None: errors.append(f"{f}: line {n}: STRINGTABLE without LANGUAGE")
            if L[n:n + 1] != ["BEGIN"]: errors.append(f"{f}: line {n}: STRINGTABLE without BEGIN")
            cur = [n, []]; tables.append(cur); lang = None; continue
        if cur is not None and l == "BEGIN": continue
        if cur is not None and l == "END": cur = None; continue
        if cur is not None:
            m = re.fullmatch(r'    (IDS_[A-Z0-9_]+) +"((?:[^"]|"")*)"', l)
            if not m: errors.append(f"{f}: line {n}: not an `IDS_ID  \"text\"` line"); continue
            if m.group(1) in cur[1]: errors.append(f"{f}: line {n}: {m.group(1)} twice")
            cur[1].append(m.group(1))
            if re.search(r"\\(?![n\\])", m.group(2)): errors.append(f"{f}: line {n}: a bad escape")
            if len(m.group(2).replace('""', '"')) > 4097: errors.append(f"{f}: line {n}: a string too long")
    if ifs: errors.append(f"{f}: #if left open")
    if cur is not None: errors.append(f"{f}: STRINGTABLE without END")
    if len(tables) != 2: errors.append(f"{f}: {len(tables)} string tables (two wanted)")
    elif tables[0][1] != tables[1][1]: errors.append(f"{f}: the language blocks hold different ids")


# ---------------------------------------------------------------- 1994 OpenXcom ruleset
def check_openxcom(f, raw):
    L = lines_of(f, raw)
    top, sec = [], None
    research, peds, texts, strs, deps = [], [], [], {}, []
    for n, l in enumerate(L, 1):
        if not l.strip() or l.startswith("#"): continue
        if bad_lead(f, n, l, " "): continue
        if lead(l) % 2: errors.append(f"{f}: line {n}: odd indentation")
        s = l.strip()
        if lead(l) == 0:
            m = re.fullmatch(r"([A-Za-z]+):", s)
            if not m or m.group(1) not in ("research", "ufopaedia", "extraStrings"): errors.append(f"{f}: line {n}: top-level {s!r}"); continue
            sec = m.group(1); top.append(sec); continue
        m = re.fullmatch(r"(- )?([A-Za-z_][A-Za-z0-9_]*): ?(.*)|- ([A-Z][A-Z0-9_]*)", s)
        if not m: errors.append(f"{f}: line {n}: not a YAML mapping or list line"); continue
        k, v = m.group(2), m.group(3)
        if m.group(4): (deps if sec == "research" else None) is not None and deps.append((n, m.group(4))); continue
        if v.startswith('"') and not re.fullmatch(r'"[^"]*"', v): errors.append(f"{f}: line {n}: an unclosed or inner quote")
        if sec == "research" and k == "name": research.append(v)
        if sec == "research" and k in ("cost", "points") and not v.isdigit(): errors.append(f"{f}: line {n}: {k}")
        if sec == "ufopaedia" and k == "id": peds.append(v)
        if sec == "ufopaedia" and k == "text": texts.append((n, v))
        if sec == "ufopaedia" and k == "type_id" and v != "8": errors.append(f"{f}: line {n}: type_id {v}")
        if sec == "ufopaedia" and k == "listOrder" and not v.isdigit(): errors.append(f"{f}: line {n}: listOrder")
        if sec == "extraStrings" and k.startswith("STR_"):
            if k in strs: errors.append(f"{f}: line {n}: string {k} twice")
            strs[k] = v
        if sec == "extraStrings" and k == "type" and v != "ja": errors.append(f"{f}: line {n}: language {v}")
    if top != ["research", "ufopaedia", "extraStrings"]: errors.append(f"{f}: sections {top}")
    for n, d in deps:
        if d not in research: errors.append(f"{f}: line {n}: dependency {d} is not a research topic")
    for p in peds:
        if p not in research: errors.append(f"{f}: article {p} without its research")
        if p not in strs: errors.append(f"{f}: article {p} without a name string")
    for n, t in texts:
        if t not in strs: errors.append(f"{f}: line {n}: text {t} not in extraStrings")
    if len(set(research)) != len(research): errors.append(f"{f}: a research name twice")


# ---------------------------------------------------------------- 1995 Freeciv techs.ruleset
FC_ORDER = ["name", "req1", "req2", "flags", "graphic", "graphic_alt", "helptext"]


def check_freeciv(f, raw):
    L = lines_of(f, raw)
    secs, cur, instr = [], None, False
    for n, l in enumerate(L, 1):
        if instr:
            if re.search(r'(?<!\\)"\)$', l): instr = False
            elif re.search(r'(?<!\\)"', l): errors.append(f"{f}: line {n}: an unescaped quote inside a string")
            continue
        if not l.strip() or l.startswith(";"): continue
        m = re.fullmatch(r"\[([a-z_0-9]+)\]", l)
        if m:
            cur = [m.group(1), n, []]; secs.append(cur); continue
        m = re.fullmatch(r"([a-z_0-9]+) *= *(.*)", l)
        if not m or cur is None: errors.append(f"{f}: line {n}: not a section or key = value"); continue
        k, v = m.groups()
        cur[2].append((k, v))
        if re.fullmatch(r'_\("(?:[^"\\]|\\.)*"\)|"(?:[^"\\]|\\.)*"|\d+', v): continue
        if re.fullmatch(r'_\("(?:[^"\\]|\\.)*', v): instr = True; continue
        errors.append(f"{f}: line {n}: a bad value for {k}")
    if instr: errors.append(f"{f}: a string left open")
    if [s[0] for s in secs[:2]] != ["datafile", "control"]: errors.append(f"{f}: [datafile] and [control] not first")
    adv = [s for s in secs if s[0].startswith("advance_")]
    if len(adv) + 2 != len(secs): errors.append(f"{f}: an unknown section")
    names = []
    for s, n, kv in adv:
        if [k for k, _ in kv] != FC_ORDER: errors.append(f"{f}: [{s}] keys {[k for k, _ in kv]}")
        d = dict(kv)
        m = re.fullmatch(r'_\("([^"]+)"\)', d.get("name", ""))
        if not m: errors.append(f"{f}: [{s}] name"); continue
        names.append(m.group(1))
    if len(set(names)) != len(names): errors.append(f"{f}: a tech name twice")
    for s, n, kv in adv:
        d = dict(kv)
        for r in ("req1", "req2"):
            v = d.get(r, "").strip('"')
            if v != "None" and v not in names: errors.append(f"{f}: [{s}] {r} {v!r} is no tech")
            if v in names and d.get("name") == f'_("{v}")': errors.append(f"{f}: [{s}] requires itself")


# ---------------------------------------------------------------- 1996 Don't Starve Together modmain.lua
def check_dst(f, raw):
    L = lines_of(f, raw)
    depth = 0
    for n, l in enumerate(L, 1):
        if bad_lead(f, n, l, " "): continue
        code = "" if l.lstrip().startswith("--") else l
        bare = re.sub(r'"(?:[^"\\]|\\.)*"', '""', code)
        if '"' in bare.replace('""', ""): errors.append(f"{f}: line {n}: an unclosed string")
        depth += bare.count("{") + bare.count("(") - bare.count("}") - bare.count(")")
        if lead(l) % 4: errors.append(f"{f}: line {n}: indentation not a multiple of four")
        if code and lead(l) == 0 and not re.match(r"(local |PrefabFiles = \{|Assets = \{|\}|STRINGS\.[A-Z_.]+ = \"|AddRecipe2\()", code): errors.append(f"{f}: line {n}: an unexpected statement")
    if depth: errors.append(f"{f}: brackets not balanced ({depth})")
    pf = re.search(r"PrefabFiles = \{\n(.*?)\n\}", raw, re.S)
    prefabs = re.findall(r'^    "([a-z_]+)",$', pf.group(1), re.M) if pf else []
    if not prefabs: errors.append(f"{f}: no PrefabFiles")
    if len(set(prefabs)) != len(prefabs): errors.append(f"{f}: a prefab twice")
    for p in prefabs:
        u = p.upper()
        for want in (f'Asset("ATLAS", "images/inventoryimages/{p}.xml"),', f"STRINGS.NAMES.{u} = ", f"STRINGS.RECIPE_DESC.{u} = ",
                     f"STRINGS.CHARACTERS.WICKERBOTTOM.DESCRIBE.{u} = ", f'AddRecipe2("{p}", '):
            if raw.count(want) != 1: errors.append(f"{f}: {p}: {want.split(' =')[0]} not once")
    for k in re.findall(r"^STRINGS\.(?:NAMES|RECIPE_DESC|CHARACTERS\.WICKERBOTTOM\.DESCRIBE)\.([A-Z_]+) = ", raw, re.M):
        if k.lower() not in prefabs: errors.append(f"{f}: STRINGS for {k}, no such prefab")
    if "local STRINGS = GLOBAL.STRINGS" not in raw: errors.append(f"{f}: STRINGS not taken from GLOBAL")


def shape_checks(f, raw, path):
    n = num(f)
    {1987: check_wml, 1988: check_endless_sky, 1989: check_angband, 1990: check_des, 1991: check_stellaris,
     1992: check_qmk, 1993: check_rc, 1994: check_openxcom, 1995: check_freeciv,
     1996: check_dst}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8 but 1993 (UTF-16LE with a BOM)"""
    b = open(path, "rb").read()
    if num(f) == 1993:
        if not b.startswith(b"\xff\xfe"): errors.append(f"{f}: no UTF-16LE BOM")
        return b[2:].decode("utf-16-le") if b.startswith(b"\xff\xfe") else b.decode("utf-16-le")
    return b.decode("utf-8")


def decoded_forms(f, raw, path):
    """string escapes undone: `\\'` in 1992's C strings; `""` and `\\n` in 1993's resource script; `\\"` and `\\n` in 1995's ruleset"""
    if num(f) == 1992:
        return [raw.replace("\\'", "'")]
    if num(f) == 1993:
        return [raw.replace('""', '"').replace("\\n", "\n")]
    if num(f) == 1995:
        return [raw.replace('\\"', '"').replace("\\n", "\n")]
    return []

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
    except (UnicodeDecodeError, ValueError) as ex:
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
# /work/rounds/*/expected.json except round196's and round197's, a byte-identical file counted once), and the
# round196/round197 split (candidates sorted by (uses, catalogue title); round197 = odd positions from 3 on, one
# unbroken run; round196 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P196S = ["/work/rounds/digests-round196/expected.json", "/work/main/tests/data/digests-round196/expected.json"]
P196 = next((p for p in P196S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P196S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round196", "digests-round197") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round197 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r196 = set()
if P196:
    try:
        r196 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P196)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P196} exists but could not be read (being written?)")
    if r196 & mine: errors.append(f"papers also in round196: {sorted(r196 & mine)}")
shared196 = len(r196 & mine) if P196 else "(no round196 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round197 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round196: {shared196}; papers in more than one round197 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


