r"""Checks round199/expected.json against the digests and the shared catalogues.

Adapted from round197/validate.py (the label checks are the same code; the reuse report is round197's with round198 /
round199 in place of round196 / round197; round199 holds the odd positions from 3; the shape checks are new). The
reuse report counts every /work/main/tests/data/*/expected.json and every /work/rounds/*/expected.json except
round198's and round199's own (a digests-round198 / digests-round199 folder, or a file whose bytes equal round198's or
round199's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round199 holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run
from position 3 up to its last paper; it fails on a paper shared with round198's expected.json (read only, from
/work/rounds/digests-round198/ or /work/main/tests/data/digests-round198/, when it exists), and on a paper in more
than one round199 file.
Every digest is read raw (UTF-8) and in decoded forms: the JSON strings of 2007 and 2012 decoded, `\"` undone in
2011's Tcl strings. Titles are matched after whitespace normalisation and case-blind; a title found only that way (or
only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; every file LF, a final line end and no trailing blanks):
2007 Scoop app manifest (JSON, byte-equal to its four-space json.dumps; known manifest keys; version, description,
homepage, license, checkver, autoupdate; `##` and notes strings or lists; architecture blocks with an https url holding
the version and a sha256 hash; `$version` in autoupdate only);
2008 winget locale manifest (the wingetcreate and schema header; `Key: value` lines of the 1.6.0 locale schema in its
order, once each; block scalars; Tags lower-case single words; Documentations with DocumentLabel / DocumentUrl; URLs;
the required keys; ManifestType locale, ManifestVersion 1.6.0; identifier and locale forms; ShortDescription ≤ 256);
2009 Alpine APKBUILD (Contributor / Maintainer first; `var=value` lines, once each, pkgname … license first in order;
functions of abuild's names with tab-indented bodies and two-tab continuations; a sha512sums block of 128-hex lines
naming the source; pkgdesc ≤ 128; build() and package());
2010 premake5.lua (tab indentation; unindented `--` comments; strings closed; brackets balanced; workspace and
project blocks, known calls; each project with kind (a premake kind), language and files; links naming a project or a
system library; startproject a project);
2011 MacPorts Portfile (the modeline first; PortSystem 1.0 first; known keys with values in column 21; continuations
in column 21; no tabs; quoted strings closed; braces balanced; keys once but PortGroup; checksums rmd160 / sha256 /
size);
2012 i18next translation.json (JSON, byte-equal to its two-space json.dumps; nested objects of strings; plain keys
with plural suffixes; `{{var}}` interpolation well formed; `<a>` closed; plurals with _one and _other and
`{{count}}`);
2013 Kickstart (the Anaconda header first; known commands once each, `--option` forms, quotes balanced; %packages /
%post closed by %end; package and group names; the %post here-document closed; lang, timezone, rootpw, reboot);
2014 TinTin++ script (top-level #commands of known names; #nop ended by `;`; four-space indentation; braces balanced;
#class open / close paired; #session, #variable, #highlight, #config forms; every `$arthra[x]` set);
2015 Widelands texts.lua (three-space indentation; unindented comments; strings closed; brackets balanced; top-level
tables, the include and comments only; objectives with name, title, number, body and their own name; messages with
title and body; rich-text calls on `_()` strings);
2016 cloud-init cloud-config (`#cloud-config` first; two-space YAML; known top-level keys once each; flow lists and
quotes closed; hostname, packages, runcmd; write_files with absolute paths and `content: |`).

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
# ================================================================ round199 shape checks
def lines_of(f, raw, final=True, eol="\n"):
    """a saved file: `eol` line ends only, a final line end, no trailing blanks"""
    if eol == "\n" and "\r" in raw: errors.append(f"{f}: CR characters")
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


def json_strings(o):
    if isinstance(o, str): return [o]
    if isinstance(o, dict): return [s for k, v in o.items() for s in [k] + json_strings(v)]
    if isinstance(o, list): return [s for v in o for s in json_strings(v)]
    return []


def bal(f, n, code, state):
    """bracket depth over a line with its strings blanked; state = [depth]"""
    state[0] += code.count("{") + code.count("(") + code.count("[") - code.count("}") - code.count(")") - code.count("]")
    if state[0] < 0: errors.append(f"{f}: line {n}: a bracket closed twice"); state[0] = 0


# ---------------------------------------------------------------- 2007 Scoop app manifest
SCOOP_KEYS = {"##", "version", "description", "homepage", "license", "notes", "depends", "architecture", "url", "hash",
              "extract_dir", "bin", "shortcuts", "persist", "checkver", "autoupdate", "pre_install", "post_install", "env_add_path", "suggest"}


def check_scoop(f, raw):
    lines_of(f, raw)
    try:
        m = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if not isinstance(m, dict): errors.append(f"{f}: not a JSON object"); return
    if json.dumps(m, indent=4, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not four-space JSON as written (indentation, escapes or spacing)")
    for k in m:
        if k not in SCOOP_KEYS: errors.append(f"{f}: unknown manifest key {k!r}")
    for k in ("version", "description", "homepage", "license", "checkver", "autoupdate"):
        if k not in m: errors.append(f"{f}: no {k}")
    if not re.fullmatch(r"\d+(\.\d+)*", str(m.get("version", ""))): errors.append(f"{f}: version {m.get('version')!r}")
    for k in ("##", "notes"):
        if k in m and not (isinstance(m[k], str) or (isinstance(m[k], list) and all(isinstance(x, str) for x in m[k]))): errors.append(f"{f}: {k} not a string or list of strings")
    arch = m.get("architecture", {})
    if not isinstance(arch, dict) or not arch: errors.append(f"{f}: no architecture block"); arch = {}
    for a, blk in arch.items():
        if a not in ("64bit", "32bit", "arm64"): errors.append(f"{f}: architecture {a!r}")
        if not isinstance(blk, dict): errors.append(f"{f}: architecture {a!r} not an object"); continue
        if not re.fullmatch(r"https://\S+", str(blk.get("url", ""))): errors.append(f"{f}: {a}: url")
        if not re.fullmatch(r"[0-9a-f]{64}", str(blk.get("hash", ""))): errors.append(f"{f}: {a}: hash not a sha256")
        if str(m.get("version")) not in str(blk.get("url", "")): errors.append(f"{f}: {a}: url without the version")
    au = json.dumps(m.get("autoupdate", {}))
    if "$version" not in au: errors.append(f"{f}: autoupdate without $version")
    if "$version" in json.dumps({k: v for k, v in m.items() if k != "autoupdate"}): errors.append(f"{f}: $version outside autoupdate")


# ---------------------------------------------------------------- 2008 winget locale manifest
WG_KEYS = ["PackageIdentifier", "PackageVersion", "PackageLocale", "Publisher", "PublisherUrl", "PublisherSupportUrl",
           "PrivacyUrl", "Author", "PackageName", "PackageUrl", "License", "LicenseUrl", "Copyright", "CopyrightUrl",
           "ShortDescription", "Description", "Moniker", "Tags", "ReleaseNotes", "ReleaseNotesUrl", "Documentations",
           "ManifestType", "ManifestVersion"]


def check_winget(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["# Created using wingetcreate 1.6.1.0", "# yaml-language-server: $schema=https://aka.ms/winget-manifest.locale.1.6.0.schema.json"]: errors.append(f"{f}: no wingetcreate / schema header")
    seen, block, lst, vals = [], None, None, {}
    for n, l in enumerate(L, 1):
        if n <= 2 or not l: continue
        if "\t" in l: errors.append(f"{f}: line {n}: a tab"); continue
        if block:
            if l.startswith("  "): continue
            block = None
        if lst and l.startswith("- "):
            if lst == "Tags" and not re.fullmatch(r"- [a-z0-9][a-z0-9-]*", l): errors.append(f"{f}: line {n}: a tag not lower-case / one word")
            if lst == "Documentations" and not re.fullmatch(r"- DocumentLabel: \S.*", l): errors.append(f"{f}: line {n}: a document without DocumentLabel")
            continue
        if lst == "Documentations" and re.fullmatch(r"  DocumentUrl: https?://\S+", l): continue
        if l.startswith("#"): errors.append(f"{f}: line {n}: a comment after the header"); continue
        m = re.fullmatch(r"([A-Za-z]+):(?: (.*))?", l)
        if not m: errors.append(f"{f}: line {n}: not a `Key: value` line"); continue
        k, v = m.group(1), m.group(2)
        if k not in WG_KEYS: errors.append(f"{f}: line {n}: unknown key {k}"); continue
        if k in seen: errors.append(f"{f}: line {n}: {k} twice")
        seen.append(k); vals[k] = v or ""; lst = None
        if v in ("|-", "|"): block = k
        elif v is None:
            if k not in ("Tags", "Documentations"): errors.append(f"{f}: line {n}: {k} without a value")
            lst = k
        elif k.endswith("Url") and not re.fullmatch(r"https?://\S+", v): errors.append(f"{f}: line {n}: {k} not a URL")
    if [k for k in WG_KEYS if k in seen] != seen: errors.append(f"{f}: keys out of the schema's order")
    for k in ("PackageIdentifier", "PackageVersion", "PackageLocale", "Publisher", "PackageName", "License", "ShortDescription", "ManifestType", "ManifestVersion"):
        if k not in seen: errors.append(f"{f}: no {k}")
    if vals.get("ManifestType") not in ("locale", "defaultLocale"): errors.append(f"{f}: ManifestType {vals.get('ManifestType')!r}")
    if vals.get("ManifestVersion") != "1.6.0": errors.append(f"{f}: ManifestVersion not the schema's 1.6.0")
    if not re.fullmatch(r"[A-Za-z0-9]+\.[A-Za-z0-9]+", vals.get("PackageIdentifier", "")): errors.append(f"{f}: PackageIdentifier")
    if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", vals.get("PackageLocale", "")): errors.append(f"{f}: PackageLocale")
    if len(vals.get("ShortDescription", "")) > 256: errors.append(f"{f}: ShortDescription longer than 256")
    if vals.get("Moniker", "x") != vals.get("Moniker", "x").lower(): errors.append(f"{f}: Moniker not lower-case")


# ---------------------------------------------------------------- 2009 Alpine APKBUILD
AB_VARS = ["pkgname", "pkgver", "pkgrel", "pkgdesc", "url", "arch", "license"]


def check_apkbuild(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# Contributor: .+ <\S+@\S+>", L[0]) or not re.fullmatch(r"# Maintainer: .+ <\S+@\S+>", L[1]): errors.append(f"{f}: no Contributor / Maintainer lines first")
    vars_, fn, cont, inshas = {}, None, False, False
    for n, l in enumerate(L, 1):
        if inshas:
            if l == '"': inshas = False
            elif not re.fullmatch(r"[0-9a-f]{128}  \S+", l): errors.append(f"{f}: line {n}: not a sha512 line")
            continue
        if fn:
            if l == "}": fn = None; continue
            if l and (not l.startswith("\t") or bad_lead(f, n, l, "\t")): errors.append(f"{f}: line {n}: function body not tab-indented")
            if cont and lead(l, "\t") != 2: errors.append(f"{f}: line {n}: a continuation not indented two tabs")
            cont = l.endswith(" \\")
            continue
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"([a-z_]+)\(\) \{", l)
        if m:
            fn = m.group(1)
            if fn not in ("prepare", "build", "check", "package", "doc"): errors.append(f"{f}: line {n}: unknown function {fn}")
            continue
        if l == 'sha512sums="': inshas = True; vars_["sha512sums"] = n; continue
        m = re.fullmatch(r'([a-z_0-9]+)=("[^"]*"|[^\s"]+)( +#.*)?', l)
        if not m: errors.append(f"{f}: line {n}: not a variable, function or comment"); continue
        if m.group(1) in vars_: errors.append(f"{f}: line {n}: {m.group(1)} twice")
        vars_[m.group(1)] = m.group(2).strip('"')
    if fn: errors.append(f"{f}: function {fn} not closed")
    if inshas: errors.append(f"{f}: sha512sums not closed")
    if [v for v in vars_ if v in AB_VARS] != AB_VARS: errors.append(f"{f}: the first variables are not {AB_VARS}")
    for v in ("source", "sha512sums"):
        if v not in vars_: errors.append(f"{f}: no {v}")
    if len(vars_.get("pkgdesc", "")) > 128: errors.append(f"{f}: pkgdesc longer than 128")
    if not re.fullmatch(r"\d+(\.\d+)*", vars_.get("pkgver", "")): errors.append(f"{f}: pkgver")
    if not vars_.get("pkgrel", "").isdigit(): errors.append(f"{f}: pkgrel")
    src = vars_.get("source", "").split("::")[0].replace("$pkgname", vars_.get("pkgname", "?")).replace("$pkgver", vars_.get("pkgver", "?"))
    if not re.search(r"^[0-9a-f]{128}  " + re.escape(src) + "$", raw, re.M): errors.append(f"{f}: no sha512 for the source {src}")
    for fn_ in ("build", "package"):
        if not re.search(rf"^{fn_}\(\) \{{$", raw, re.M): errors.append(f"{f}: no {fn_}()")


# ---------------------------------------------------------------- 2010 premake5.lua
PM_KINDS = {"ConsoleApp", "WindowedApp", "SharedLib", "StaticLib", "Makefile", "Utility", "None"}


def check_premake(f, raw):
    L = lines_of(f, raw)
    st, projects, cur = [0], {}, None
    for n, l in enumerate(L, 1):
        if not l.strip(): continue
        if bad_lead(f, n, l, "\t"): continue
        s = l.strip()
        if s.startswith("--"):
            if lead(l, "\t"): errors.append(f"{f}: line {n}: an indented comment")
            continue
        code = re.sub(r'"[^"]*"', '""', s)
        if '"' in code.replace('""', ""): errors.append(f"{f}: line {n}: an unclosed string")
        bal(f, n, code, st)
        m = re.fullmatch(r'(workspace|project) "([A-Za-z0-9_]+)"', s)
        if m:
            if lead(l, "\t"): errors.append(f"{f}: line {n}: {m.group(1)} indented")
            if m.group(1) == "project":
                if m.group(2) in projects: errors.append(f"{f}: line {n}: project {m.group(2)} twice")
                cur = projects.setdefault(m.group(2), {})
            continue
        if lead(l, "\t") == 0: errors.append(f"{f}: line {n}: a statement outside a workspace or project block"); continue
        m = re.fullmatch(r'([a-z]+) (.+)', s)
        if not m: errors.append(f"{f}: line {n}: not `call value`"); continue
        if m.group(1) not in ("configurations", "platforms", "location", "startproject", "filter", "defines", "symbols", "optimize", "kind", "language",
                              "cppdialect", "targetdir", "files", "includedirs", "links", "debugargs"): errors.append(f"{f}: line {n}: unknown call {m.group(1)}")
        if m.group(1) == "filter" and lead(l, "\t") != 1: errors.append(f"{f}: line {n}: filter not at workspace / project depth")
        if cur is not None: cur[m.group(1)] = m.group(2)
    if st[0]: errors.append(f"{f}: brackets not balanced ({st[0]})")
    if not re.search(r'^workspace "', raw, re.M): errors.append(f"{f}: no workspace")
    for p, d in projects.items():
        for k in ("kind", "language", "files"):
            if k not in d: errors.append(f"{f}: project {p} without {k}")
        if d.get("kind", '"None"').strip('"') not in PM_KINDS: errors.append(f"{f}: project {p}: kind {d.get('kind')}")
        for lk in re.findall(r'"([^"]+)"', d.get("links", "")):
            if lk not in projects and lk not in ("cudart", "cublas", "pthread", "m"): errors.append(f"{f}: project {p} links {lk}, no such project or library")
    m = re.search(r'startproject "([^"]+)"', raw)
    if m and m.group(1) not in projects: errors.append(f"{f}: startproject {m.group(1)} is not a project")


# ---------------------------------------------------------------- 2011 MacPorts Portfile
PF_KEYS = {"PortSystem", "PortGroup", "github.setup", "github.tarball_from", "name", "revision", "categories-append", "supported_archs",
           "license", "maintainers", "description", "long_description", "checksums", "python.versions", "depends_build-append",
           "depends_lib-append", "test.run", "notes", "homepage", "platforms"}


def check_portfile(f, raw):
    L = lines_of(f, raw)
    if not L[0].startswith("# -*- coding: utf-8; mode: tcl; tab-width: 4; indent-tabs-mode: nil; c-basic-offset: 4 -*- vim:"): errors.append(f"{f}: no MacPorts modeline first")
    first, cont, inq, keys_ = None, False, False, []
    for n, l in enumerate(L, 1):
        if "\t" in l: errors.append(f"{f}: line {n}: a tab (indent-tabs-mode: nil)")
        if inq:
            inq = len(re.findall(r'(?<!\\)"', l)) % 2 == 0
            continue
        if cont:
            if not re.match(r" {20}\S", l): errors.append(f"{f}: line {n}: a continuation not in column 21")
            cont = l.endswith(" \\")
            continue
        if not l or l.startswith("#"): continue
        m = re.fullmatch(r"([A-Za-z_.-]+)( +)(.*)", l)
        if not m: errors.append(f"{f}: line {n}: not `key value`"); continue
        k, sp, v = m.groups()
        if first is None: first = l
        if k not in PF_KEYS: errors.append(f"{f}: line {n}: unknown key {k}")
        if len(k) < 20 and len(k) + len(sp) != 20 and not (k == "notes" and sp == " " and v == '"'): errors.append(f"{f}: line {n}: value not in column 21")
        if len(k) >= 20 and v != "\\": errors.append(f"{f}: line {n}: a long key not followed by a continuation")
        keys_.append(k)
        cont = l.endswith(" \\")
        if len(re.findall(r'(?<!\\)"', v)) % 2: inq = True
        if v.count("{") != v.count("}"): errors.append(f"{f}: line {n}: braces not balanced")
    if cont: errors.append(f"{f}: a continuation at the end")
    if inq: errors.append(f"{f}: a string left open")
    if first != "PortSystem          1.0": errors.append(f"{f}: PortSystem 1.0 not first")
    for k in ("description", "long_description", "license", "maintainers", "checksums"):
        if k not in keys_: errors.append(f"{f}: no {k}")
    for k in set(keys_) - {"PortGroup"}:
        if keys_.count(k) > 1: errors.append(f"{f}: {k} twice")
    ck = re.search(r"^checksums +(.*?)(?=\n\n)", raw, re.M | re.S)
    ck = ck.group(1) if ck else ""
    if not (re.search(r"rmd160 +[0-9a-f]{40}\b", ck) and re.search(r"sha256 +[0-9a-f]{64}\b", ck) and re.search(r"size +\d+\b", ck)): errors.append(f"{f}: checksums without rmd160 / sha256 / size")


# ---------------------------------------------------------------- 2012 i18next translation.json
def check_i18next(f, raw):
    lines_of(f, raw)
    try:
        m = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(m, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not two-space JSON as written")

    def walk(o, path):
        if not isinstance(o, dict) or not o: errors.append(f"{f}: {path or 'top'} not a non-empty object"); return
        for k, v in o.items():
            if not re.fullmatch(r"[a-z][A-Za-z0-9]*(?:_(?:zero|one|two|few|many|other))?", k): errors.append(f"{f}: key {path}{k} not a plain i18next key")
            if isinstance(v, dict): walk(v, path + k + "."); continue
            if not isinstance(v, str): errors.append(f"{f}: {path}{k} not a string"); continue
            if re.sub(r"\{\{[a-zA-Z]+\}\}", "", v).count("{{") or re.sub(r"\{\{[a-zA-Z]+\}\}", "", v).count("}}"): errors.append(f"{f}: {path}{k}: a broken {{{{interpolation}}}}")
            if v.count("<a ") != v.count("</a>"): errors.append(f"{f}: {path}{k}: an unclosed <a>")
        bases = {}
        for k in o:
            b, _, suf = k.rpartition("_")
            if suf in ("zero", "one", "two", "few", "many", "other") and b: bases.setdefault(b, set()).add(suf)
        for b, s in bases.items():
            if "other" not in s or "one" not in s: errors.append(f"{f}: plural {path}{b} without _one / _other")
            for k in o:
                if k.startswith(b + "_") and "{{count}}" not in o[k]: errors.append(f"{f}: plural {path}{k} without {{{{count}}}}")
    walk(m, "")


# ---------------------------------------------------------------- 2013 Kickstart
KS_CMDS = {"lang", "keyboard", "timezone", "network", "url", "text", "graphical", "firstboot", "selinux", "firewall", "ignoredisk",
           "clearpart", "autopart", "part", "rootpw", "user", "bootloader", "reboot", "poweroff", "halt", "services", "repo"}


def check_kickstart(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"# Generated by Anaconda \d+(\.\d+)*", L[0]): errors.append(f"{f}: no Anaconda header first")
    sec, hd, cmds = None, None, []
    for n, l in enumerate(L, 1):
        if hd:
            if l == hd: hd = None
            continue
        if sec:
            if l == "%end": sec = None; continue
            if l.startswith("%"): errors.append(f"{f}: line {n}: a section inside {sec}")
            if sec == "%packages" and l and not re.fullmatch(r"(@\^?|-)?[A-Za-z0-9][A-Za-z0-9_.+-]*", l): errors.append(f"{f}: line {n}: not a package or group")
            if sec == "%post":
                m = re.search(r"<< ?'?([A-Z_]+)'?$", l)
                if m: hd = m.group(1)
            continue
        if not l or l.startswith("#"): continue
        if l.startswith("%"):
            if not re.fullmatch(r"%(packages|post|pre)( --[a-z]+(=\S+)?)*", l): errors.append(f"{f}: line {n}: unknown section {l}")
            sec = l.split()[0]; continue
        c = l.split()[0]
        if c not in KS_CMDS: errors.append(f"{f}: line {n}: unknown command {c}")
        cmds.append(c)
        for opt in re.findall(r"(?<=\s)(-\S+)", l):
            if not re.fullmatch(r"--[a-z][a-z-]*(=.+)?", opt): errors.append(f"{f}: line {n}: option {opt}")
        if l.count('"') % 2 or l.count("'") % 2: errors.append(f"{f}: line {n}: an unbalanced quote")
    if sec: errors.append(f"{f}: {sec} without %end")
    if hd: errors.append(f"{f}: here-document {hd} not closed")
    for c in ("lang", "timezone", "rootpw"):
        if c not in cmds: errors.append(f"{f}: no {c}")
    if not {"reboot", "poweroff", "halt"} & set(cmds): errors.append(f"{f}: no reboot / poweroff")
    for c in set(cmds):
        if cmds.count(c) > 1: errors.append(f"{f}: {c} twice")
    if "%packages" not in raw or "\n%post" not in raw: errors.append(f"{f}: no %packages or %post")


# ---------------------------------------------------------------- 2014 TinTin++ script
TT_CMDS = {"nop", "class", "config", "session", "variable", "alias", "action", "highlight", "foreach", "showme", "read", "if", "else", "gag", "substitute", "ticker"}


def check_tintin(f, raw):
    L = lines_of(f, raw)
    depth, classes = 0, []
    for n, l in enumerate(L, 1):
        if not l.strip(): continue
        if bad_lead(f, n, l, " "): continue
        s = l.strip()
        if depth == 0 and s != "{" and not s.startswith("#"): errors.append(f"{f}: line {n}: a top-level line that is not a #command")
        if lead(l) % 4: errors.append(f"{f}: line {n}: indentation not a multiple of four")
        m = re.match(r"#([a-z]+)", s)
        if m:
            if m.group(1) not in TT_CMDS: errors.append(f"{f}: line {n}: unknown command #{m.group(1)}")
            if m.group(1) == "nop":
                if not s.endswith(";") or "{" in s or "}" in s: errors.append(f"{f}: line {n}: a #nop not ended by ; (or with braces)")
                continue
            if m.group(1) == "class":
                c = re.fullmatch(r"#class \{(\w+)\} \{(open|close)\}", s)
                if not c: errors.append(f"{f}: line {n}: #class")
                elif c.group(2) == "open": classes.append(c.group(1))
                elif not classes or classes.pop() != c.group(1): errors.append(f"{f}: line {n}: #class close without open")
            if m.group(1) == "session" and not re.fullmatch(r"#session \{\w+\} \{[\w.-]+\} \{\d+\}", s): errors.append(f"{f}: line {n}: #session")
            if m.group(1) in ("variable", "highlight", "config") and (s.count("{") != s.count("}") or not re.fullmatch(r"#\w+ \{[^{}]+\} \{.*\}", s)): errors.append(f"{f}: line {n}: #{m.group(1)} not {{name}} {{value}}")
        for ch in s:
            depth += (ch == "{") - (ch == "}")
            if depth < 0: errors.append(f"{f}: line {n}: a brace closed twice"); depth = 0
    if depth: errors.append(f"{f}: braces not balanced ({depth})")
    if classes: errors.append(f"{f}: #class left open: {classes}")
    for a in re.findall(r"\$arthra\[(\w+)\]", raw):
        if a != "$a" and not re.search(r"#variable \{arthra\[" + a + r"\]\}", raw): errors.append(f"{f}: $arthra[{a}] never set")


# ---------------------------------------------------------------- 2015 Widelands texts.lua
def check_widelands(f, raw):
    L = lines_of(f, raw)
    st, tables, cur = [0], {}, None
    for n, l in enumerate(L, 1):
        if not l.strip(): continue
        if bad_lead(f, n, l, " "): continue
        s = l.strip()
        if s.startswith("--"):
            if lead(l): errors.append(f"{f}: line {n}: an indented comment")
            continue
        if lead(l) % 3: errors.append(f"{f}: line {n}: indentation not a multiple of three")
        code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', s)
        if '"' in code.replace('""', ""): errors.append(f"{f}: line {n}: an unclosed string or a bare quote")
        bal(f, n, code, st)
        if lead(l) == 0:
            m = re.fullmatch(r"([a-z_0-9]+) = \{", s)
            if m:
                if m.group(1) in tables: errors.append(f"{f}: line {n}: {m.group(1)} twice")
                cur = tables.setdefault(m.group(1), []); continue
            if s == "}": cur = None; continue
            if not re.fullmatch(r'include "[\w/.]+\.lua"', s): errors.append(f"{f}: line {n}: a top-level statement that is no table, include or comment")
            continue
        m = re.match(r"([a-z_]+) = ", s)
        if m and lead(l) == 3 and cur is not None: cur.append(m.group(1))
        if re.search(r'\b(?:p|li|h1|h2)\((?!_\(")', s): errors.append(f"{f}: line {n}: a rich-text call without a _() string")
        if s.count('_("') != len(re.findall(r'_\("(?:[^"\\]|\\.)*"\)', s)): errors.append(f"{f}: line {n}: a _() string with a bare quote or not closed")
    if st[0]: errors.append(f"{f}: brackets not balanced ({st[0]})")
    if 'include "scripting/richtext_scenarios.lua"' not in raw: errors.append(f"{f}: no richtext_scenarios include")
    for t, ks in tables.items():
        want = ["name", "title", "number", "body"] if t.startswith("obj_") else ["title", "body"]
        if ks != want: errors.append(f"{f}: table {t} fields {ks}, want {want}")
        if t.startswith("obj_") and not re.search(r'^obj_' + t[4:] + r' = \{\n   name = "' + t[4:] + '",', raw, re.M): errors.append(f"{f}: objective {t} not named {t[4:]!r}")


# ---------------------------------------------------------------- 2016 cloud-init cloud-config
CI_KEYS = {"hostname", "fqdn", "locale", "timezone", "keyboard", "users", "package_update", "package_upgrade", "packages",
           "write_files", "runcmd", "final_message", "ssh_pwauth", "bootcmd"}


def check_cloudinit(f, raw):
    L = lines_of(f, raw)
    if L[0] != "#cloud-config": errors.append(f"{f}: not #cloud-config first")
    top, block, blk_ind = [], False, 0
    for n, l in enumerate(L, 1):
        if n == 1 or not l: continue
        if block:
            if lead(l) >= blk_ind: continue
            block = False
        if "\t" in l: errors.append(f"{f}: line {n}: a tab"); continue
        if lead(l) % 2: errors.append(f"{f}: line {n}: odd indentation")
        s = l.strip()
        if s.startswith("#"):
            if lead(l): errors.append(f"{f}: line {n}: an indented comment")
            continue
        if lead(l) == 0:
            m = re.fullmatch(r"([a-z_]+):(?: (.+))?", s)
            if not m or m.group(1) not in CI_KEYS: errors.append(f"{f}: line {n}: unknown top-level key {s[:30]!r}"); continue
            if m.group(1) in top: errors.append(f"{f}: line {n}: {m.group(1)} twice")
            top.append(m.group(1))
            v = m.group(2) or ""
            if v and v[0] in "\"'" and not (len(v) > 1 and v[-1] == v[0]): errors.append(f"{f}: line {n}: an unclosed quote")
            continue
        m = re.fullmatch(r"(- )?([a-z_]+): ?(.*)|- (.+)", s)
        if not m: errors.append(f"{f}: line {n}: not a mapping or list line"); continue
        v = m.group(3) if m.group(2) else m.group(4)
        if v == "|":
            block, blk_ind = True, lead(l) + (4 if m.group(1) else 2); continue
        if v.startswith("["):
            inner = re.sub(r'"[^"]*"', '""', v)
            if not inner.endswith("]") or inner.count("[") != inner.count("]"): errors.append(f"{f}: line {n}: a flow list not closed")
            if '"' in inner.replace('""', ""): errors.append(f"{f}: line {n}: an unclosed quote")
        elif v and v[:1] in "\"'" and not (len(v) > 1 and v[-1] == v[0]): errors.append(f"{f}: line {n}: an unclosed quote")
    for k in ("hostname", "packages", "runcmd"):
        if k not in top: errors.append(f"{f}: no {k}")
    for k in re.findall(r"^  - path: (\S+)$", raw, re.M):
        if not k.startswith("/"): errors.append(f"{f}: write_files path {k} not absolute")
    if raw.count("  - path: ") != len(re.findall(r"^    content: \|$", raw, re.M)): errors.append(f"{f}: a write_files entry without content: |")


def shape_checks(f, raw, path):
    n = num(f)
    {2007: check_scoop, 2008: check_winget, 2009: check_apkbuild, 2010: check_premake, 2011: check_portfile,
     2012: check_i18next, 2013: check_kickstart, 2014: check_tintin, 2015: check_widelands,
     2016: check_cloudinit}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


# ---------------------------------------------------------------- reading and decoded forms
def read_raw(f, path):
    """every digest is UTF-8"""
    return open(path, "rb").read().decode("utf-8")


def decoded_forms(f, raw, path):
    """JSON strings decoded in 2007 and 2012; `\\"` undone in 2011's Tcl strings"""
    if num(f) in (2007, 2012):
        try:
            return ["\n".join(json_strings(json.loads(raw)))]
        except ValueError:
            return []
    if num(f) == 2011:
        return [raw.replace('\\"', '"')]
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
# /work/rounds/*/expected.json except round198's and round199's, a byte-identical file counted once), and the
# round198/round199 split (candidates sorted by (uses, catalogue title); round199 = odd positions from 3 on, one
# unbroken run; round198 takes the even ones)
used = Counter()
BASES = ["/work/main/tests/data", "/work/rounds"]
P198S = ["/work/rounds/digests-round198/expected.json", "/work/main/tests/data/digests-round198/expected.json"]
P198 = next((p for p in P198S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P198S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for base in BASES:
    if not os.path.isdir(base): continue
    for d in sorted(os.listdir(base)):
        pth = os.path.join(base, d, "expected.json")
        if d in ("digests-round198", "digests-round199") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round199 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r198 = set()
if P198:
    try:
        r198 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P198)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P198} exists but could not be read (being written?)")
    if r198 & mine: errors.append(f"papers also in round198: {sorted(r198 & mine)}")
shared198 = len(r198 & mine) if P198 else "(no round198 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round199 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round198: {shared198}; papers in more than one round199 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)


