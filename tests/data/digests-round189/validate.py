r"""Checks round189/expected.json against the digests and the shared catalogues.

Adapted from round187/validate.py (the label checks are the same code; the reuse report is round187's with round188 /
round189 in place of round186 / round187; round189 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round188's and round189's own (a digests-round188 / digests-round189 folder, or a file whose bytes equal round188's or
round189's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round189 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round188's expected.json (read only, from
/work/rounds/digests-round188/ or /work/main/tests/data/digests-round188/, when it exists), and on a paper in more
than one round189 file.
Every digest is read raw (UTF-8) and in decoded forms: XML character references undone (1908, 1913, 1914). Titles are
matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded form) is
reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are cross-checked; every file LF, a final newline,
no trailing blanks):
1907 Darknet cfg (comments on lines of their own — darknet strips every blank, so an inline `#` would join the value;
`[section]` headers of known layer types, [net] first and once; `key=value` options known for their section, none
twice; integer batch / subdivisions / sizes, batch divisible by subdivisions, steps increasing within max_batches and
as many as scales; every convolution with filters / size / stride / a known activation; route / shortcut references
inside the layers before; [yolo] with 2 × num anchor numbers, mask indices below num, and the convolution before it
having (classes + 5) × len(mask) filters);
1908 Matroska chapters XML (the XML declaration first, the Chapters DOCTYPE of mkvtoolnix; well-formed; only chapter
elements; UIDs decimal, below 2^64, unique; ChapterTimeStart as HH:MM:SS.nnnnnnnnn, in order and not before the
parent; flags 0/1; each chapter with a ChapterDisplay, non-empty strings, three-letter languages, none twice);
1909 REAPER project (the `<REAPER_PROJECT 0.1 "ver/platform" time` header; blocks `<…` / `>` balanced at two-space
indentation per level; NOTES lines `|`-prefixed; quotes balanced; MARKER lines with ten fields — index, position in
order, a quoted name, region flag matching R / B, a GUID — and each region closed by its end line; GUIDs well-formed
and unique; TRACK and TRACKID equal; numeric POSITION / LENGTH / SOFFS / CURSOR);
1910 NetLogo model (sections split by `@#$#@#$#@`, 11 and a closing separator; the version section; code brackets
balanced after comments and strings; `to` / `to-report` … `end` paired, no procedure twice; interface widgets known,
integer coordinates, sliders with value in range and an orientation, not also globals; buttons running defined
procedures; Info headings NetLogo's, in order, from WHAT IS IT? to CREDITS AND REFERENCES; shapes from `default`);
1911 TLA+ module (the `---- MODULE Name ----` line and one `====` line; only `\*` comments after it, the Toolbox's
modification history with valid dates; boxes of the header's width; `(* *)` balanced; brackets and `<< >>` balanced;
EXTENDS standard modules; no definition twice; `vars` lists every VARIABLE; every name defined, declared or bound;
UNCHANGED names variables; a `Spec == Init /\ [][Next]_vars`);
1912 OpenNMT-py config (a four-space YAML subset: quoted scalars closed, no ': ' in a plain scalar, no key twice, no
tabs; known OpenNMT-py keys; data corpora with path_src / path_tgt, known transforms, integer weights, a valid corpus;
integer sizes, hidden_size divisible by heads; share_embeddings with share_vocab; gpu_ranks as many as world_size;
dropout / accum lists as long as their steps; batch_type, model_dtype, encoder / decoder types);
1913 AIML (the XML declaration; well-formed; `<aiml version>`; only known AIML 2.0 tags; categories as pattern
[that] template; normalised patterns (upper case, no diacritics), none twice; `<random>` of `<li>` only; `<link>` as
text + url; every `<srai>` matching a pattern; every `<get>` set somewhere; a catch-all `*`);
1914 ELAN EAF (the XML declaration; well-formed; ANNOTATION_DOCUMENT FORMAT 3.0 with a valid DATE; top-level
elements in EAF order; milliseconds; time slots ts1…tsN with increasing values, all used; annotations on defined
slots, ending after they start, not overlapping within a tier; unique tiers and a<n> ids; lastUsedAnnotationId equal
to the highest id; tiers on defined linguistic types; a LANGUAGE);
1915 Rasa domain (a two-space YAML subset as for 1912; known top-level keys; `version: "3.1"` as a string; intents
unique snake_case; slots of known types mapping defined entities; responses `utter_…` lists of items with text, known
keys, buttons of title / payload with the payload `/intent{json}` naming a defined intent and defined entities (or a
url); actions `action_…`; session_config types);
1916 AeroSpace config (TOML, read with tomllib; known top-level keys; a main mode; modes holding only `binding`; keys
as AeroSpace writes them; commands known; `mode x` naming a declared mode; `exec-and-forget open` of an http(s) / smb
URL or `-a App`; focus / move directions; integer gaps; on-window-detected rules with if / run; start-at-login a
boolean; a key-mapping preset).

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
# ================================================================ round189 shape checks
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


def xml_root(f, raw):
    try:
        return ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed XML: {ex}"); return None


# ---------------------------------------------------------------- 1907 Darknet cfg
DN_SECTIONS = {"net", "convolutional", "shortcut", "route", "maxpool", "upsample", "yolo"}
DN_KEYS = {"net": {"batch", "subdivisions", "width", "height", "channels", "momentum", "decay", "angle", "saturation",
                   "exposure", "hue", "mosaic", "learning_rate", "burn_in", "max_batches", "policy", "steps", "scales"},
           "convolutional": {"batch_normalize", "filters", "size", "stride", "pad", "activation"},
           "shortcut": {"from", "activation"}, "route": {"layers"}, "maxpool": {"size", "stride"}, "upsample": {"stride"},
           "yolo": {"mask", "anchors", "classes", "num", "jitter", "ignore_thresh", "truth_thresh", "random", "iou_loss",
                    "nms_kind", "scale_x_y"}}
DN_ACT = {"mish", "leaky", "linear", "relu", "swish", "logistic"}


def check_darknet(f, raw):
    L = lines_of(f, raw)
    secs = []
    for n, l in enumerate(L, 1):
        s = l.strip()
        if not s or s.startswith("#"): continue
        if "#" in s: errors.append(f"{f}: line {n}: an inline comment (darknet reads it as part of the value)")
        m = re.fullmatch(r"\[(\w+)\]", s)
        if m:
            if m.group(1) not in DN_SECTIONS: errors.append(f"{f}: line {n}: unknown section [{m.group(1)}]")
            secs.append((m.group(1), {}, n)); continue
        m = re.fullmatch(r"(\w+)\s*=\s*(\S.*)", s)
        if not m: errors.append(f"{f}: line {n}: not key=value: {s!r}"); continue
        if not secs: errors.append(f"{f}: line {n}: an option before any section"); continue
        k, v = m.group(1), m.group(2).replace(" ", "")
        sec, d, _ = secs[-1]
        if k in d: errors.append(f"{f}: line {n}: {k} twice in [{sec}]")
        if sec in DN_KEYS and k not in DN_KEYS[sec]: errors.append(f"{f}: line {n}: unknown key {k} in [{sec}]")
        d[k] = v
    if not secs or secs[0][0] != "net": errors.append(f"{f}: the first section is not [net]"); return
    if any(s[0] == "net" for s in secs[1:]): errors.append(f"{f}: [net] twice")
    net = secs[0][1]
    for k in ("batch", "subdivisions", "width", "height", "channels", "max_batches"):
        if not re.fullmatch(r"\d+", net.get(k, "")): errors.append(f"{f}: [net] {k} missing or not an integer")
    if net.get("batch", "").isdigit() and net.get("subdivisions", "").isdigit() and int(net["batch"]) % int(net["subdivisions"]):
        errors.append(f"{f}: batch not divisible by subdivisions")
    st = net.get("steps", "").split(","); sc = net.get("scales", "").split(",")
    if net.get("policy") == "steps" and len(st) != len(sc): errors.append(f"{f}: steps and scales differ in length")
    if net.get("policy") == "steps" and all(x.isdigit() for x in st) and (st != sorted(st, key=int) or int(st[-1]) > int(net.get("max_batches", "0") or 0)):
        errors.append(f"{f}: steps not increasing or beyond max_batches")
    layers = secs[1:]
    filters = []
    for i, (sec, d, n) in enumerate(layers):
        if sec == "convolutional":
            for k in ("filters", "size", "stride", "activation"):
                if k not in d: errors.append(f"{f}: line {n}: [convolutional] without {k}")
            if d.get("activation") and d["activation"] not in DN_ACT: errors.append(f"{f}: line {n}: unknown activation {d['activation']}")
            filters.append(int(d["filters"]) if d.get("filters", "").isdigit() else None)
        else:
            filters.append(None)
        refs = []
        if sec == "route": refs = d.get("layers", "").split(",")
        if sec == "shortcut": refs = [d.get("from", "")]
        for r in refs:
            if not re.fullmatch(r"-?\d+", r): errors.append(f"{f}: line {n}: layer reference {r!r}"); continue
            j = i + int(r) if int(r) < 0 else int(r)
            if not 0 <= j < i: errors.append(f"{f}: line {n}: layer reference {r} out of range (layer {i})")
        if sec == "yolo":
            mask = [int(x) for x in d.get("mask", "").split(",") if x.isdigit()]
            anchors = [x for x in d.get("anchors", "").split(",") if x]
            num_ = int(d.get("num", "0")) if d.get("num", "").isdigit() else 0
            cls = int(d.get("classes", "0")) if d.get("classes", "").isdigit() else -1
            if len(anchors) != 2 * num_: errors.append(f"{f}: line {n}: {len(anchors)} anchor numbers for num={num_}")
            if any(m_ >= num_ for m_ in mask): errors.append(f"{f}: line {n}: mask index beyond num")
            if i == 0 or layers[i - 1][0] != "convolutional" or filters[i - 1] != (cls + 5) * len(mask):
                errors.append(f"{f}: line {n}: the convolution before [yolo] must have (classes + 5) * {len(mask)} filters")


# ---------------------------------------------------------------- 1908 Matroska chapters
MKV_ELEMS = {"Chapters", "EditionEntry", "EditionFlagHidden", "EditionFlagDefault", "EditionUID", "ChapterAtom",
             "ChapterUID", "ChapterTimeStart", "ChapterTimeEnd", "ChapterFlagHidden", "ChapterFlagEnabled",
             "ChapterDisplay", "ChapterString", "ChapterLanguage", "ChapLanguageIETF", "ChapterCountry"}


def check_matroska(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != '<?xml version="1.0" encoding="UTF-8"?>': errors.append(f"{f}: no XML declaration first")
    if '<!DOCTYPE Chapters SYSTEM "matroskachapters.dtd">' not in raw: errors.append(f"{f}: no Chapters DOCTYPE")
    root = xml_root(f, raw)
    if root is None: return
    if root.tag != "Chapters": errors.append(f"{f}: root {root.tag}")
    for el in root.iter():
        if el.tag not in MKV_ELEMS: errors.append(f"{f}: unknown element {el.tag}")
    uids = []
    for ed in root.findall("EditionEntry"):
        uids.append(ed.findtext("EditionUID"))

        def atoms(parent, lo):
            prev = lo
            for a in parent.findall("ChapterAtom"):
                uids.append(a.findtext("ChapterUID"))
                t = a.findtext("ChapterTimeStart") or ""
                m = re.fullmatch(r"(\d\d):([0-5]\d):([0-5]\d)\.(\d{9})", t)
                if not m: errors.append(f"{f}: ChapterTimeStart {t!r}"); continue
                v = int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3])
                if v < prev: errors.append(f"{f}: chapter at {t} starts before the one before it or its parent")
                prev = v
                for k in ("ChapterFlagHidden", "ChapterFlagEnabled"):
                    if a.findtext(k) not in (None, "0", "1"): errors.append(f"{f}: {k} {a.findtext(k)!r}")
                ds = a.findall("ChapterDisplay")
                if not ds: errors.append(f"{f}: a chapter at {t} without ChapterDisplay")
                langs = []
                for d in ds:
                    if not (d.findtext("ChapterString") or "").strip(): errors.append(f"{f}: an empty ChapterString at {t}")
                    lg = d.findtext("ChapterLanguage") or ""
                    if not re.fullmatch(r"[a-z]{3}", lg): errors.append(f"{f}: ChapterLanguage {lg!r} at {t}")
                    langs.append(lg)
                if len(set(langs)) != len(langs): errors.append(f"{f}: a language twice in the chapter at {t}")
                atoms(a, v)
        atoms(ed, 0)
        if ed.findtext("EditionFlagDefault") not in ("0", "1"): errors.append(f"{f}: EditionFlagDefault")
    for u in uids:
        if not u or not re.fullmatch(r"[1-9]\d{0,19}", u) or int(u) >= 2 ** 64: errors.append(f"{f}: UID {u!r}")
    if len(set(uids)) != len(uids): errors.append(f"{f}: a UID twice")


# ---------------------------------------------------------------- 1909 REAPER project
GUID = r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}"


def rpp_tokens(s):
    return re.findall(r'"[^"]*"|\S+', s)


def check_reaper(f, raw):
    L = lines_of(f, raw)
    if not L or not re.fullmatch(r'<REAPER_PROJECT 0\.1 "\d+\.\d+/(?:win64|x64|macOS-arm64|linux-x86_64)" \d{10}', L[0]):
        errors.append(f"{f}: no REAPER_PROJECT header first")
    depth, in_notes, markers, regions_open, guids = 0, False, {}, set(), []
    last_pos = -1.0
    for n, l in enumerate(L, 1):
        ind = len(l) - len(l.lstrip(" "))
        s = l.strip()
        if s.startswith("<"):
            if ind != 2 * depth: errors.append(f"{f}: line {n}: block at indentation {ind}, want {2 * depth}")
            depth += 1
            in_notes = s.startswith("<NOTES")
            continue
        if s == ">":
            depth -= 1
            if ind != 2 * depth: errors.append(f"{f}: line {n}: '>' at indentation {ind}, want {2 * depth}")
            if depth < 0: errors.append(f"{f}: line {n}: a '>' too many"); depth = 0
            in_notes = False
            continue
        if ind != 2 * depth: errors.append(f"{f}: line {n}: indentation {ind}, want {2 * depth}")
        if in_notes:
            if not s.startswith("|"): errors.append(f"{f}: line {n}: a NOTES line without '|'")
            continue
        if s.count('"') % 2: errors.append(f"{f}: line {n}: unbalanced quotes")
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*(?: .*)?", s) and not re.fullmatch(r"[A-Za-z0-9+/=]+", s):
            errors.append(f"{f}: line {n}: not a REAPER line: {s[:40]!r}")
        t = rpp_tokens(s)
        if t[0] == "MARKER":
            if len(t) == 5 and t[3] == '""' and t[4] == "1":
                idx = t[1]
                if idx not in regions_open: errors.append(f"{f}: line {n}: a region end for no open region {idx}")
                regions_open.discard(idx); continue
            if len(t) != 10: errors.append(f"{f}: line {n}: MARKER with {len(t)} fields"); continue
            idx, pos, name, isr, col, _, kind, g, _ = t[1:]
            if not idx.isdigit(): errors.append(f"{f}: line {n}: marker index {idx!r}")
            try: p = float(pos)
            except ValueError: errors.append(f"{f}: line {n}: position {pos!r}"); continue
            if p < last_pos: errors.append(f"{f}: line {n}: markers out of order")
            last_pos = p
            if not name.startswith('"'): errors.append(f"{f}: line {n}: marker name not quoted")
            if isr not in ("0", "1") or (isr == "1") != (kind == "R") or kind not in ("R", "B"):
                errors.append(f"{f}: line {n}: region flag {isr} / kind {kind}")
            if isr == "1": regions_open.add(idx)
            if (idx, isr) in markers: errors.append(f"{f}: line {n}: marker {idx} twice")
            markers[(idx, isr)] = n
            if not re.fullmatch(GUID, g): errors.append(f"{f}: line {n}: GUID {g!r}")
            guids.append(g)
        if t[0] in ("TRACKID", "IGUID", "GUID"):
            if len(t) != 2 or not re.fullmatch(GUID, t[1]): errors.append(f"{f}: line {n}: {t[0]} {t[1:]}")
            elif t[0] != "TRACKID": guids.append(t[1])
        if t[0] in ("POSITION", "LENGTH", "SOFFS", "CURSOR"):
            try: float(t[1])
            except (ValueError, IndexError): errors.append(f"{f}: line {n}: {t[0]} not a number")
    if depth != 0: errors.append(f"{f}: {depth} block(s) not closed")
    if regions_open: errors.append(f"{f}: regions without an end: {sorted(regions_open)}")
    if len(set(guids)) != len(guids): errors.append(f"{f}: a GUID twice")
    for m in re.finditer(r"<TRACK (\S+)\n(?:.*\n)*?    TRACKID (\S+)", raw):
        if m.group(1) != m.group(2): errors.append(f"{f}: TRACK and TRACKID differ")


# ---------------------------------------------------------------- 1910 NetLogo model
NL_SEP = "@#$#@#$#@"
NL_WIDGETS = {"GRAPHICS-WINDOW", "BUTTON", "SLIDER", "PLOT", "MONITOR", "SWITCH", "CHOOSER", "TEXTBOX", "INPUTBOX"}
NL_INFO = ["WHAT IS IT?", "HOW IT WORKS", "HOW TO USE IT", "THINGS TO NOTICE", "THINGS TO TRY", "EXTENDING THE MODEL",
           "NETLOGO FEATURES", "RELATED MODELS", "CREDITS AND REFERENCES"]


def check_netlogo(f, raw):
    lines_of(f, raw)
    parts = raw.split("\n" + NL_SEP + "\n")
    if len(parts) != 12 or parts[-1] != "": errors.append(f"{f}: {len(parts)} parts (11 sections and a closing separator wanted)"); return
    code, iface, info, shapes, version = parts[:5]
    if not re.fullmatch(r"NetLogo 6\.\d+(?:\.\d+)?", version): errors.append(f"{f}: version section {version!r}")
    c = re.sub(r'"(?:[^"\\]|\\.)*"', '""', code)
    c = "\n".join(l.split(";")[0] for l in c.split("\n"))
    balanced(f, c, "the code")
    procs, depth = [], 0
    for n, l in enumerate(c.split("\n"), 1):
        m = re.match(r"\s*(to|to-report)\s+([\w?-]+)", l)
        if m:
            if depth: errors.append(f"{f}: code line {n}: {m.group(2)} begins inside another procedure")
            procs.append(m.group(2)); depth = 1
        elif re.fullmatch(r"\s*end\s*", l):
            if not depth: errors.append(f"{f}: code line {n}: 'end' outside a procedure")
            depth = 0
    if depth: errors.append(f"{f}: a procedure without 'end'")
    if len(set(procs)) != len(procs): errors.append(f"{f}: a procedure defined twice")
    blocks = [b.split("\n") for b in iface.split("\n\n") if b.strip()]
    sliders = []
    for b in blocks:
        if b[0] not in NL_WIDGETS: errors.append(f"{f}: unknown widget {b[0]!r}"); continue
        if b[0] in ("BUTTON", "SLIDER", "PLOT") and not all(re.fullmatch(r"-?\d+", x) for x in b[1:5]):
            errors.append(f"{f}: {b[0]} without four integer coordinates")
        if b[0] == "SLIDER":
            if len(b) < 14 or b[5] != b[6]: errors.append(f"{f}: a SLIDER block malformed"); continue
            try:
                lo, hi, v = float(b[7]), float(b[8]), float(b[9])
                if not lo <= v <= hi: errors.append(f"{f}: slider {b[5]} value {v} outside [{lo}, {hi}]")
            except ValueError: errors.append(f"{f}: slider {b[5]} numbers")
            if b[13] not in ("HORIZONTAL", "VERTICAL"): errors.append(f"{f}: slider {b[5]} orientation")
            sliders.append(b[5])
        if b[0] == "BUTTON" and len(b) > 6 and b[6].split()[0] not in procs: errors.append(f"{f}: button runs undefined {b[6]!r}")
    if len(set(sliders)) != len(sliders): errors.append(f"{f}: a slider variable twice")
    glob = re.search(r"globals\s*\[([^\]]*)\]", c)
    gl = glob.group(1).split() if glob else []
    for s in sliders:
        if s in gl: errors.append(f"{f}: slider {s} also declared in globals")
    heads = re.findall(r"^## (.+)$", info, re.M)
    if not heads or heads[0] != "WHAT IS IT?" or heads[-1] != "CREDITS AND REFERENCES": errors.append(f"{f}: Info tab headings {heads}")
    if any(h not in NL_INFO for h in heads) or heads != sorted(heads, key=lambda h: NL_INFO.index(h) if h in NL_INFO else 99):
        errors.append(f"{f}: Info tab headings unknown or out of order")
    if not shapes.startswith("default\n"): errors.append(f"{f}: turtle shapes do not start with default")


# ---------------------------------------------------------------- 1911 TLA+ module
TLA_STD = {"Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags", "TLC", "TLAPS", "RealTime"}


def check_tla(f, raw):
    L = lines_of(f, raw)
    m = re.fullmatch(r"-{4,} MODULE (\w+) -{4,}", L[0] if L else "")
    if not m: errors.append(f"{f}: no module header line first"); return
    ends = [i for i, l in enumerate(L) if re.fullmatch(r"={4,}", l)]
    if len(ends) != 1: errors.append(f"{f}: {len(ends)} module end lines"); return
    body = "\n".join(L[1:ends[0]])
    for l in L[ends[0] + 1:]:
        if not l.startswith("\\*"): errors.append(f"{f}: text after the module end that is not a \\* comment")
    if body.count("(*") != body.count("*)"): errors.append(f"{f}: unbalanced (* *) comments")
    for l in L[1:ends[0]]:
        if l.startswith("(*") and (len(l) != len(L[0]) or not l.endswith(")")): errors.append(f"{f}: a box line of width {len(l)}")
    code = re.sub(r"\(\*.*?\*\)", " ", body, flags=re.S)
    code = re.sub(r"\\\*.*", "", code)
    balanced(f, code.replace("<<", "(").replace(">>", ")"), "the module")
    ex = re.search(r"^EXTENDS (.+)$", code, re.M)
    if not ex: errors.append(f"{f}: no EXTENDS")
    else:
        for mod in [x.strip() for x in ex.group(1).split(",")]:
            if mod not in TLA_STD: errors.append(f"{f}: EXTENDS unknown module {mod}")
    defs = re.findall(r"^(\w+)(?:\([^)]*\))?\s*==", code, re.M)
    if len(set(defs)) != len(defs): errors.append(f"{f}: a definition twice: {[d for d in defs if defs.count(d) > 1]}")
    vm = re.search(r"^VARIABLES?\s+(.*?)(?=^\S|\Z)", code, re.M | re.S)
    cm = re.search(r"^CONSTANTS?\s+(.*?)(?=^\S|\Z)", code, re.M | re.S)
    vs = [x.strip() for x in vm.group(1).split(",")] if vm else []
    cs = [x.strip() for x in cm.group(1).split(",")] if cm else []
    t = re.search(r"^vars\s*==\s*<<(.*?)>>", code, re.M)
    if not t or sorted(x.strip() for x in t.group(1).split(",")) != sorted(vs): errors.append(f"{f}: vars does not list every variable")
    known = set(defs) | set(vs) | set(cs) | {"TRUE", "FALSE", "BOOLEAN", "Nat", "Int", "UNCHANGED", "EXCEPT", "IF", "THEN",
                                             "ELSE", "LET", "IN", "CHOOSE", "SUBSET", "UNION", "DOMAIN", "THEOREM", "ASSUME",
                                             "EXTENDS", "CONSTANTS", "VARIABLES", "WF_vars", "SF_vars", "Cardinality", "Len",
                                             "Append", "Head", "Tail", "Seq", "ENABLED"}
    bound = set(re.findall(r"\\[AE]\s+([\w,\s]+?)\s*\\in", code)) | set(re.findall(r"\[(\w+)\s*\\in", code)) | set(re.findall(r"\w+\(([\w,\s]+)\)\s*==", code))
    bound = {b.strip() for x in bound for b in x.split(",")}
    for w in set(re.findall(r"(?<![\\\w'!@])([A-Za-z]\w*)", code)):
        if w not in known and w not in bound and not w.startswith("WF_") and w not in TLA_STD:
            errors.append(f"{f}: undefined name {w}")
    for act in re.findall(r"UNCHANGED\s+<<([^>]*)>>", code):
        for x in act.split(","):
            if x.strip() not in vs: errors.append(f"{f}: UNCHANGED names {x.strip()!r}, not a variable")
    if not re.search(r"^Spec\s*==\s*Init\s*/\\\s*\[\]\[Next\]_vars", code, re.M): errors.append(f"{f}: no Spec == Init /\\ [][Next]_vars")
    for l in L[ends[0] + 1:]:
        mm = re.fullmatch(r"\\\* (?:Last modified|Created) (\w{3} \w{3} \d\d \d\d:\d\d:\d\d \w+ \d{4}) by \w+", l)
        if l != "\\* Modification History" and (not mm or not date_ok(mm.group(1).replace(" CET", ""), "%a %b %d %H:%M:%S %Y")):
            errors.append(f"{f}: modification history line {l!r}")


def date_ok(s, fmt):
    try: return dt.datetime.strptime(s, fmt)
    except (ValueError, TypeError): return None


# ---------------------------------------------------------------- YAML subset (1912 four-space, 1915 two-space)
def yaml_scalar(f, v, n):
    v = re.sub(r"\s+#.*$", "", v) if not v.startswith(("'", '"')) else v
    if v.startswith('"'):
        m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(\s+#.*)?', v)
        if not m: errors.append(f"{f}: line {n}: unclosed or bad double-quoted scalar"); return v
        return json.loads('"' + m.group(1) + '"')
    if v.startswith("'"):
        m = re.fullmatch(r"'((?:[^']|'')*)'(\s+#.*)?", v)
        if not m: errors.append(f"{f}: line {n}: unclosed or bad single-quoted scalar"); return v
        return m.group(1).replace("''", "'")
    if v.startswith("["):
        if not v.endswith("]"): errors.append(f"{f}: line {n}: unclosed flow list"); return v
        return [yaml_scalar(f, x.strip(), n) for x in v[1:-1].split(",") if x.strip()]
    if ": " in v or v.endswith(":"): errors.append(f"{f}: line {n}: ': ' in a plain scalar")
    if v in ("true", "True", "false", "False"): return v.lower() == "true"
    if re.fullmatch(r"-?\d+", v): return int(v)
    if re.fullmatch(r"-?\d+\.\d*(?:e[+-]?\d+)?", v): return float(v)
    return v


def yaml_tree(f, raw, step):
    """a second, line-based pass: (indent, key or '-', value) rows, used to rebuild nested maps and lists"""
    rows = []
    for n, l in enumerate(raw.split("\n"), 1):
        if not l.strip() or l.lstrip().startswith("#"): continue
        rows.append((len(l) - len(l.lstrip(" ")), l.strip(), n))

    def block(i, ind):
        if i < len(rows) and rows[i][1].startswith("- "):
            out = []
            while i < len(rows) and rows[i][0] == ind and rows[i][1].startswith("- "):
                item = rows[i][1][2:]
                m = re.fullmatch(r"([\w-]+):(?: (.*))?", item)
                if m:
                    rows[i] = (ind + 2, item, rows[i][2])
                    d, i = mapping(i, ind + 2)
                    out.append(d)
                else:
                    out.append(yaml_scalar(f, item, rows[i][2])); i += 1
            return out, i
        return mapping(i, ind)

    def mapping(i, ind):
        d = {}
        while i < len(rows) and rows[i][0] == ind and not rows[i][1].startswith("- "):
            s, n = rows[i][1], rows[i][2]
            m = re.fullmatch(r"([\w-]+):(?: (.*))?", s)
            if not m: errors.append(f"{f}: line {n}: not 'key: value': {s[:40]!r}"); i += 1; continue
            k, v = m.group(1), m.group(2)
            if k in d: errors.append(f"{f}: line {n}: key {k} twice")
            i += 1
            if v is None or v.startswith("#"):
                if i < len(rows) and rows[i][0] > ind:
                    if rows[i][0] != ind + step and not (rows[i][1].startswith("- ") and rows[i][0] in (ind, ind + step)):
                        errors.append(f"{f}: line {rows[i][2]}: indentation {rows[i][0]}, want {ind + step}")
                    d[k], i = block(i, rows[i][0])
                elif i < len(rows) and rows[i][0] == ind and rows[i][1].startswith("- "):
                    d[k], i = block(i, ind)
                else:
                    d[k] = None
            else:
                d[k] = yaml_scalar(f, v, n)
        return d, i

    for _, l, n in [(0, l, n) for n, l in enumerate(raw.split("\n"), 1)]:
        if "\t" in l: errors.append(f"{f}: line {n}: a tab")
    tree, i = mapping(0, 0)
    if i < len(rows): errors.append(f"{f}: line {rows[i][2]}: bad indentation")
    return tree


# ---------------------------------------------------------------- 1912 OpenNMT-py config
ONMT_KEYS = {"save_data", "src_vocab", "tgt_vocab", "overwrite", "share_vocab", "src_vocab_size", "tgt_vocab_size", "data",
             "src_subword_model", "tgt_subword_model", "src_seq_length", "tgt_seq_length", "encoder_type", "decoder_type",
             "position_encoding", "enc_layers", "dec_layers", "heads", "hidden_size", "word_vec_size", "transformer_ff",
             "dropout_steps", "dropout", "attention_dropout", "share_decoder_embeddings", "share_embeddings",
             "train_steps", "valid_steps", "save_checkpoint_steps", "keep_checkpoint", "seed", "batch_type", "batch_size",
             "valid_batch_size", "accum_count", "accum_steps", "model_dtype", "optim", "learning_rate", "warmup_steps",
             "decay_method", "adam_beta2", "max_grad_norm", "label_smoothing", "param_init", "param_init_glorot",
             "normalization", "world_size", "gpu_ranks", "save_model", "log_file", "tensorboard", "tensorboard_log_dir"}
ONMT_TRANSFORMS = {"sentencepiece", "bpe", "onmt_tokenize", "filtertoolong", "prefix", "suffix", "tokendrop", "tokenmask",
                   "switchout", "bart", "inlinetags", "normalize", "clean", "docify", "fuzzymatch", "terminology"}


def check_opennmt(f, raw):
    lines_of(f, raw)
    d = yaml_tree(f, raw, 4)
    for k in d:
        if k not in ONMT_KEYS: errors.append(f"{f}: unknown key {k}")
    data = d.get("data")
    if not isinstance(data, dict) or "valid" not in data: errors.append(f"{f}: data without a valid corpus"); data = {}
    for name, c in data.items():
        if not isinstance(c, dict): errors.append(f"{f}: corpus {name} not a map"); continue
        for k in ("path_src", "path_tgt"):
            if not isinstance(c.get(k), str): errors.append(f"{f}: corpus {name} without {k}")
        for t in c.get("transforms") or []:
            if t not in ONMT_TRANSFORMS: errors.append(f"{f}: corpus {name}: unknown transform {t}")
        if name != "valid" and not isinstance(c.get("weight", 1), int): errors.append(f"{f}: corpus {name}: weight")
        if any(k not in ("path_src", "path_tgt", "transforms", "weight", "path_align") for k in c): errors.append(f"{f}: corpus {name}: unknown key")
    for k in ("enc_layers", "dec_layers", "heads", "hidden_size", "word_vec_size", "transformer_ff", "train_steps",
              "valid_steps", "batch_size", "warmup_steps", "world_size", "src_vocab_size", "tgt_vocab_size"):
        if not isinstance(d.get(k), int) or isinstance(d.get(k), bool): errors.append(f"{f}: {k} missing or not an integer")
    if isinstance(d.get("hidden_size"), int) and isinstance(d.get("heads"), int) and d["heads"] and d["hidden_size"] % d["heads"]:
        errors.append(f"{f}: hidden_size not divisible by heads")
    if d.get("share_embeddings") is True and d.get("share_vocab") is not True: errors.append(f"{f}: share_embeddings without share_vocab")
    if isinstance(d.get("gpu_ranks"), list) and len(d["gpu_ranks"]) != d.get("world_size"): errors.append(f"{f}: gpu_ranks and world_size differ")
    for a, b in (("dropout", "dropout_steps"), ("attention_dropout", "dropout_steps"), ("accum_count", "accum_steps")):
        if not isinstance(d.get(a), list) or not isinstance(d.get(b), list) or len(d[a]) != len(d[b]): errors.append(f"{f}: {a} and {b} lists differ")
    if d.get("batch_type") not in ("tokens", "sents"): errors.append(f"{f}: batch_type {d.get('batch_type')!r}")
    if d.get("model_dtype") not in ("fp32", "fp16"): errors.append(f"{f}: model_dtype {d.get('model_dtype')!r}")
    for k in ("encoder_type", "decoder_type"):
        if d.get(k) not in ("transformer", "rnn", "brnn", "cnn", "mean"): errors.append(f"{f}: {k} {d.get(k)!r}")


# ---------------------------------------------------------------- 1913 AIML
AIML_TAGS = {"aiml", "category", "pattern", "that", "template", "random", "li", "srai", "set", "get", "think", "star",
             "link", "text", "url", "button", "postback", "condition", "br"}


def aiml_match(pat, inp):
    rx = "^" + " ".join("\\S+(?: \\S+)*" if w in ("*", "_") else re.escape(w) for w in pat.split()) + "$"
    return re.match(rx, inp) is not None


def check_aiml(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != '<?xml version="1.0" encoding="UTF-8"?>': errors.append(f"{f}: no XML declaration first")
    root = xml_root(f, raw)
    if root is None: return
    if root.tag != "aiml" or root.get("version") not in ("1.0.1", "2.0", "2.1"): errors.append(f"{f}: root {root.tag} {root.attrib}")
    seen, pats, srais, gets, sets = set(), [], [], set(), set()
    for el in root.iter():
        if el.tag not in AIML_TAGS: errors.append(f"{f}: unknown element <{el.tag}>")
        if el.tag == "srai": srais.append((el.text or "").strip())
        if el.tag == "get": gets.add(el.get("name"))
        if el.tag == "set": sets.add(el.get("name"))
    for c in root:
        if c.tag != "category": errors.append(f"{f}: <{c.tag}> directly under <aiml>"); continue
        kids = [k.tag for k in c]
        if kids not in (["pattern", "template"], ["pattern", "that", "template"]): errors.append(f"{f}: category children {kids}")
        p = (c.findtext("pattern") or "").strip()
        t = (c.findtext("that") or "").strip()
        for x in (p, t):
            if x and not re.fullmatch(r"(?:[A-Z0-9]+|\*|_)(?: (?:[A-Z0-9]+|\*|_))*", x):
                errors.append(f"{f}: pattern {x!r} not normalised (upper case, no diacritics, single spaces)")
        if (p, t) in seen: errors.append(f"{f}: pattern {p!r} twice")
        seen.add((p, t)); pats.append(p)
        for rnd in c.iter("random"):
            if not list(rnd) or any(k.tag != "li" for k in rnd): errors.append(f"{f}: a <random> whose children are not all <li>")
        for lk in c.iter("link"):
            if [k.tag for k in lk] != ["text", "url"] or not URL.fullmatch((lk.findtext("url") or "").strip()): errors.append(f"{f}: a <link> malformed")
    for s in srais:
        if not any(aiml_match(p, s) for p in pats if p != "*"): errors.append(f"{f}: <srai>{s}</srai> matches no pattern")
    for g in gets - sets: errors.append(f"{f}: <get name={g!r}> never set")
    if "*" not in pats: errors.append(f"{f}: no catch-all '*' category")


# ---------------------------------------------------------------- 1914 ELAN EAF
def check_eaf(f, raw):
    L = lines_of(f, raw)
    if not L or L[0] != '<?xml version="1.0" encoding="UTF-8"?>': errors.append(f"{f}: no XML declaration first")
    root = xml_root(f, raw)
    if root is None: return
    if root.tag != "ANNOTATION_DOCUMENT" or root.get("FORMAT") != "3.0": errors.append(f"{f}: root {root.tag} FORMAT {root.get('FORMAT')}")
    if not date_ok((root.get("DATE") or "")[:19], "%Y-%m-%dT%H:%M:%S"): errors.append(f"{f}: DATE {root.get('DATE')!r}")
    order = [c.tag for c in root]
    want = ["HEADER", "TIME_ORDER", "TIER", "LINGUISTIC_TYPE", "LANGUAGE", "CONSTRAINT", "CONTROLLED_VOCABULARY"]
    if order != sorted(order, key=lambda t: want.index(t) if t in want else 99) or any(t not in want for t in order):
        errors.append(f"{f}: top-level elements out of order or unknown: {order}")
    h = root.find("HEADER")
    if h is None or h.get("TIME_UNITS") != "milliseconds": errors.append(f"{f}: HEADER TIME_UNITS")
    slots = {}
    prev = -1
    for i, s in enumerate(root.iter("TIME_SLOT"), 1):
        if s.get("TIME_SLOT_ID") != f"ts{i}": errors.append(f"{f}: TIME_SLOT_ID {s.get('TIME_SLOT_ID')} at position {i}")
        v = s.get("TIME_VALUE", "")
        if not v.isdigit() or int(v) <= prev: errors.append(f"{f}: TIME_VALUE {v!r} not increasing")
        else: prev = int(v)
        slots[s.get("TIME_SLOT_ID")] = int(v) if v.isdigit() else 0
    lts = {e.get("LINGUISTIC_TYPE_ID") for e in root.iter("LINGUISTIC_TYPE")}
    ids, tiers, used_slots = [], [], set()
    for t in root.iter("TIER"):
        tiers.append(t.get("TIER_ID"))
        if t.get("LINGUISTIC_TYPE_REF") not in lts: errors.append(f"{f}: tier {t.get('TIER_ID')}: undefined linguistic type")
        last = -1
        for a in t.iter("ALIGNABLE_ANNOTATION"):
            ids.append(a.get("ANNOTATION_ID"))
            r1, r2 = a.get("TIME_SLOT_REF1"), a.get("TIME_SLOT_REF2")
            if r1 not in slots or r2 not in slots: errors.append(f"{f}: annotation {a.get('ANNOTATION_ID')}: undefined time slot"); continue
            used_slots |= {r1, r2}
            if slots[r1] >= slots[r2]: errors.append(f"{f}: annotation {a.get('ANNOTATION_ID')} ends before it starts")
            if slots[r1] < last: errors.append(f"{f}: annotation {a.get('ANNOTATION_ID')} overlaps the one before it in its tier")
            last = slots[r2]
            if a.find("ANNOTATION_VALUE") is None: errors.append(f"{f}: annotation {a.get('ANNOTATION_ID')} without a value")
    if set(slots) - used_slots: errors.append(f"{f}: unused time slots {sorted(set(slots) - used_slots)}")
    if len(set(tiers)) != len(tiers): errors.append(f"{f}: a TIER_ID twice")
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"a\d+", i or "") for i in ids): errors.append(f"{f}: annotation ids not unique a<n>")
    last_id = {p.get("NAME"): p.text for p in root.iter("PROPERTY")}.get("lastUsedAnnotationId")
    nums = [int(i[1:]) for i in ids if re.fullmatch(r"a\d+", i or "")]
    if not last_id or not last_id.isdigit() or int(last_id) != max(nums, default=0): errors.append(f"{f}: lastUsedAnnotationId {last_id} != {max(nums, default=0)}")
    if root.find("LANGUAGE") is None: errors.append(f"{f}: no LANGUAGE")


# ---------------------------------------------------------------- 1915 Rasa domain
RASA_TOP = {"version", "intents", "entities", "slots", "responses", "actions", "forms", "session_config"}


def check_rasa(f, raw):
    lines_of(f, raw)
    d = yaml_tree(f, raw, 2)
    for k in d:
        if k not in RASA_TOP: errors.append(f"{f}: unknown top-level key {k}")
    if d.get("version") != "3.1" or not re.search(r'^version: "3\.1"$', raw, re.M): errors.append(f"{f}: version must be the string \"3.1\"")
    intents = d.get("intents") or []
    ents = d.get("entities") or []
    if not isinstance(intents, list) or not all(isinstance(i, str) and re.fullmatch(r"[a-z_]+", i) for i in intents): errors.append(f"{f}: intents")
    if len(set(intents)) != len(intents): errors.append(f"{f}: an intent twice")
    for name, s in (d.get("slots") or {}).items():
        if not isinstance(s, dict) or s.get("type") not in ("text", "bool", "categorical", "float", "list", "any"): errors.append(f"{f}: slot {name} type")
        for m in (s or {}).get("mappings") or []:
            if m.get("type") == "from_entity" and m.get("entity") not in ents: errors.append(f"{f}: slot {name} maps an undefined entity")
    resp = d.get("responses") or {}
    for name, items in resp.items():
        if not name.startswith("utter_"): errors.append(f"{f}: response {name} not utter_…")
        if not isinstance(items, list) or not items: errors.append(f"{f}: response {name} not a list"); continue
        for it in items:
            if not isinstance(it, dict) or not isinstance(it.get("text"), str): errors.append(f"{f}: response {name}: an item without text"); continue
            if any(k not in ("text", "buttons", "image", "condition", "channel") for k in it): errors.append(f"{f}: response {name}: unknown key")
            for b in it.get("buttons") or []:
                if not isinstance(b, dict) or set(b) != {"title", "payload"}: errors.append(f"{f}: response {name}: a button without title / payload"); continue
                m = re.fullmatch(r"/(\w+)(\{.*\})?", str(b["payload"]))
                if not m or m.group(1) not in intents: errors.append(f"{f}: response {name}: payload {b['payload']!r} names no intent")
                elif m.group(2):
                    try:
                        ent = json.loads(m.group(2))
                        for k in ent:
                            if k not in ents and k != "url": errors.append(f"{f}: response {name}: payload entity {k} undefined")
                    except ValueError: errors.append(f"{f}: response {name}: payload entities not JSON")
    for a in d.get("actions") or []:
        if not re.fullmatch(r"(?:action|validate)_\w+", str(a)): errors.append(f"{f}: action {a}")
    sc = d.get("session_config") or {}
    if not isinstance(sc.get("session_expiration_time"), int) or not isinstance(sc.get("carry_over_slots_to_new_session"), bool):
        errors.append(f"{f}: session_config")


# ---------------------------------------------------------------- 1916 AeroSpace TOML
AERO_CMDS = {"layout", "focus", "move", "workspace", "move-node-to-workspace", "workspace-back-and-forth", "mode",
             "reload-config", "flatten-workspace-tree", "close-all-windows-but-current", "exec-and-forget", "resize",
             "fullscreen", "close", "join-with", "balance-sizes", "move-mouse", "focus-monitor"}
AERO_TOP = {"after-login-command", "after-startup-command", "start-at-login", "enable-normalization-flatten-containers",
            "enable-normalization-opposite-orientation-for-nested-containers", "accordion-padding",
            "default-root-container-layout", "default-root-container-orientation", "on-focused-monitor-changed",
            "key-mapping", "gaps", "mode", "on-window-detected", "exec-on-workspace-change", "automatically-unhide-macos-hidden-apps"}
AERO_KEY = re.compile(r"(?:(?:alt|cmd|ctrl|shift)-)*(?:[a-z0-9]|f\d{1,2}|esc|enter|tab|space|backspace|slash|comma|period|semicolon|minus|equal|left|right|up|down)")


def check_aerospace(f, raw):
    lines_of(f, raw)
    try:
        d = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as ex:
        errors.append(f"{f}: not TOML: {ex}"); return
    for k in d:
        if k not in AERO_TOP: errors.append(f"{f}: unknown top-level key {k}")
    modes = d.get("mode") or {}
    if "main" not in modes: errors.append(f"{f}: no main mode")
    for mname, m in modes.items():
        if set(m) != {"binding"}: errors.append(f"{f}: mode {mname}: keys {sorted(m)}")
        for key, val in (m.get("binding") or {}).items():
            if not AERO_KEY.fullmatch(key): errors.append(f"{f}: mode {mname}: key {key!r}")
            for cmd in ([val] if isinstance(val, str) else val if isinstance(val, list) else [None]):
                if not isinstance(cmd, str): errors.append(f"{f}: mode {mname}: {key} not a command"); continue
                w = cmd.split()
                if not w or w[0] not in AERO_CMDS: errors.append(f"{f}: mode {mname}: {key}: unknown command {cmd!r}"); continue
                if w[0] == "mode" and (len(w) != 2 or w[1] not in modes): errors.append(f"{f}: mode {mname}: {key}: mode {w[1:]} undeclared")
                if w[0] == "exec-and-forget":
                    if len(w) < 2: errors.append(f"{f}: mode {mname}: {key}: exec-and-forget without a command")
                    elif w[1] == "open" and not (w[2:3] == ["-a"] and len(w) > 3 or len(w) == 3 and re.fullmatch(r"(?:https?|smb)://\S+", w[2])):
                        errors.append(f"{f}: mode {mname}: {key}: open target {w[2:]}")
                    elif w[1] == "open" and w[2].startswith("http") and not URL.fullmatch(w[2]): errors.append(f"{f}: url {w[2]!r}")
                if w[0] in ("focus", "move") and (len(w) != 2 or w[1] not in ("left", "right", "up", "down")): errors.append(f"{f}: {key}: {cmd!r}")
                if w[0] in ("workspace", "move-node-to-workspace") and len(w) != 2: errors.append(f"{f}: {key}: {cmd!r}")
    g = d.get("gaps") or {}
    for side in ("inner", "outer"):
        for k, v in (g.get(side) or {}).items():
            if not isinstance(v, int): errors.append(f"{f}: gaps.{side}.{k} not an integer")
    for r in d.get("on-window-detected") or []:
        if "if" not in r or "run" not in r: errors.append(f"{f}: an on-window-detected rule without if / run")
    if not isinstance(d.get("start-at-login"), bool): errors.append(f"{f}: start-at-login not a boolean")
    if (d.get("key-mapping") or {}).get("preset") not in ("qwerty", "dvorak", "colemak"): errors.append(f"{f}: key-mapping preset")


def shape_checks(f, raw, path):
    n = num(f)
    {1907: check_darknet, 1908: check_matroska, 1909: check_reaper, 1910: check_netlogo, 1911: check_tla,
     1912: check_opennmt, 1913: check_aiml, 1914: check_eaf, 1915: check_rasa,
     1916: check_aerospace}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """XML character references undone (1908, 1913, 1914)"""
    forms = []
    if num(f) in (1908, 1913, 1914):
        u = html.unescape(raw)
        if u != raw: forms.append(u)
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
# /work/rounds/*/expected.json except round188's and round189's, a byte-identical file counted once), and the
# round188/round189 split (candidates sorted by (uses, catalogue title); round189 = odd positions from 3 on, one
# unbroken run; round188 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P188S = ["/work/rounds/digests-round188/expected.json", "/work/main/tests/data/digests-round188/expected.json"]
P188 = next((p for p in P188S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P188S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round188", "digests-round189") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round189 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r188 = set()
if P188:
    try:
        r188 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P188)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P188} exists but could not be read (being written?)")
    if r188 & mine: errors.append(f"papers also in round188: {sorted(r188 & mine)}")
shared188 = len(r188 & mine) if P188 else "(no round188 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round189 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round188: {shared188}; papers in more than one round189 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


