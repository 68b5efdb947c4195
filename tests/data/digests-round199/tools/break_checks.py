#!/usr/bin/env python3
"""Breaks a scratch copy of round199 (/tmp/r199/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round197's harness, with round199's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r199/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2007, 2017)}


def text(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        with open(p, "wb") as fh:
            fh.write(f(s).encode("utf-8"))
    return fn


def sub(n, old, new, count=1, regex=False):
    def f(s):
        if regex:
            assert re.search(old, s, re.S | re.M), (n, old)
            return re.sub(old, new, s, count=count, flags=re.S | re.M)
        assert old in s, (n, old)
        return s.replace(old, new, count if count else -1)
    return text(n, f)


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        with open(p) as fh: e = json.load(fh)
        f(e)
        with open(p, "w") as fh: json.dump(e, fh, indent=1, ensure_ascii=False)
    return fn


sys.path.insert(0, os.path.join(HERE, "tools"))
from catalogue import T as T_

ALL = range(2007, 2017)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2007 Scoop
 "2007 not JSON": sub(2007, '"license": "MIT",', '"license": "MIT"'),
 "2007 two-space JSON": text(2007, lambda s: json.dumps(json.loads(s), indent=2, ensure_ascii=False) + "\n"),
 "2007 unknown key": sub(2007, '"bin":', '"binary":'),
 "2007 no checkver": text(2007, lambda s: json.dumps({k: v for k, v in json.loads(s).items() if k != "checkver"}, indent=4, ensure_ascii=False) + "\n"),
 "2007 bad hash": sub(2007, r'"hash": "[0-9a-f]{64}"', '"hash": "sha1:abc"', regex=True),
 "2007 url without version": sub(2007, "download/v0.6.3/agentsim-0.6.3-win64.zip", "download/latest/agentsim-win64.zip"),
 "2007 $version outside autoupdate": sub(2007, '"extract_dir": "agentsim-0.6.3"', '"extract_dir": "agentsim-$version"'),
 "2007 bad version": sub(2007, '"version": "0.6.3"', '"version": "v0.6.3-beta"'),
 # 2008 winget
 "2008 no header": sub(2008, "# Created using wingetcreate 1.6.1.0\n", ""),
 "2008 key order": sub(2008, "PackageVersion: 1.4.0\nPackageLocale: es-ES\n", "PackageLocale: es-ES\nPackageVersion: 1.4.0\n"),
 "2008 unknown key": sub(2008, "Moniker: lectorllm", "Nickname: lectorllm"),
 "2008 tag case": sub(2008, "- openreview\n", "- OpenReview\n"),
 "2008 no ManifestType": sub(2008, "ManifestType: locale\n", ""),
 "2008 manifest version": sub(2008, "ManifestVersion: 1.6.0", "ManifestVersion: 1.5.0"),
 "2008 key twice": sub(2008, "Moniker: lectorllm", "License: MIT"),
 "2008 bad url": sub(2008, "PackageUrl: https://github.com", "PackageUrl: github.com"),
 "2008 tab": sub(2008, "  laboratorio. La lista", "\tlaboratorio. La lista"),
 # 2009 APKBUILD
 "2009 no maintainer": sub(2009, "# Maintainer:", "# Maint:"),
 "2009 variable order": sub(2009, "pkgver=0.9.2\npkgrel=0\n", "pkgrel=0\npkgver=0.9.2\n"),
 "2009 spaces in body": sub(2009, "\tgpep517 build-wheel", "    gpep517 build-wheel"),
 "2009 function not closed": sub(2009, "\t.testenv/bin/python3 -m pytest -k \"not network\"\n}\n", "\t.testenv/bin/python3 -m pytest -k \"not network\"\n"),
 "2009 bad sha": sub(2009, r"^[0-9a-f]{128}  ", "abc123  ", regex=True),
 "2009 sha names other file": sub(2009, "  py3-sanasto-0.9.2.tar.gz\n", "  sanasto-0.9.2.tar.gz\n"),
 "2009 unknown function": sub(2009, "check() {", "test() {"),
 "2009 bad line": sub(2009, 'arch="noarch"', 'arch "noarch"'),
 "2009 pkgrel": sub(2009, "pkgrel=0", "pkgrel=r0"),
 # 2010 premake
 "2010 spaces": sub(2010, "\tkind \"StaticLib\"", "    kind \"StaticLib\""),
 "2010 brace": sub(2010, '"src/scan/**.cpp" }', '"src/scan/**.cpp"'),
 "2010 string open": sub(2010, 'language "C++"', 'language "C++', 1),
 "2010 unknown call": sub(2010, 'cppdialect "C++17"', 'dialect "C++17"', 1),
 "2010 project twice": sub(2010, 'project "scan"', 'project "ssm"'),
 "2010 bad kind": sub(2010, 'kind "ConsoleApp"', 'kind "Program"'),
 "2010 bad link": sub(2010, 'links { "ssm", "scan", "attn" }', 'links { "ssm", "scan", "attention" }'),
 "2010 statement outside": sub(2010, '\tlocation "build"', 'location "build"'),
 "2010 startproject": sub(2010, 'startproject "bench"', 'startproject "benchmark"'),
 # 2011 Portfile
 "2011 no modeline": text(2011, lambda s: s.split("\n", 1)[1]),
 "2011 column": sub(2011, "revision            0", "revision 0"),
 "2011 tab": sub(2011, "license             MIT", "license\t\t\tMIT"),
 "2011 continuation column": sub(2011, "                    size    284713", "        size    284713"),
 "2011 unknown key": sub(2011, "test.run            yes", "test.runs           yes"),
 "2011 string open": sub(2011, "2024-06\n\"\n", "2024-06\n"),
 "2011 no checksums sha256": sub(2011, "sha256  ", "sha512  "),
 "2011 PortSystem": sub(2011, "PortSystem          1.0", "PortSystem          2.0"),
 "2011 key twice": sub(2011, "revision            0", "license             BSD"),
 # 2012 i18next
 "2012 not JSON": sub(2012, '"play": "Відтворити"', '"play": "Відтворити",'),
 "2012 four-space": text(2012, lambda s: json.dumps(json.loads(s), indent=4, ensure_ascii=False) + "\n"),
 "2012 broken interpolation": sub(2012, "{{steps}}", "{{steps}"),
 "2012 plural without other": sub(2012, '"count_other"', '"countOther"'),
 "2012 unclosed a": sub(2012, "</a>", ""),
 "2012 bad key": sub(2012, '"controlnet":', '"control-net":'),
 "2012 number value": sub(2012, '"play": "Відтворити"', '"play": 1'),
 "2012 plural without count": sub(2012, '"{{count}} статей"', '"багато статей"'),
 # 2013 Kickstart
 "2013 no header": sub(2013, "# Generated by Anaconda 40.22.3", "# Kickstart"),
 "2013 no %end": sub(2013, "texlive-scheme-basic\n%end", "texlive-scheme-basic"),
 "2013 unknown command": sub(2013, "firstboot --disable", "firstbot --disable"),
 "2013 bad option": sub(2013, "--utc", "-utc"),
 "2013 heredoc open": sub(2013, "(ikke en artikkel).\nEOF\n", "(ikke en artikkel).\n"),
 "2013 no reboot": sub(2013, "\nreboot\n", "\n"),
 "2013 command twice": sub(2013, "text\nfirstboot", "lang en_US.UTF-8\nfirstboot"),
 "2013 bad package": sub(2013, "\ngit\n", "\ngit clone\n"),
 "2013 quote": sub(2013, "--xlayouts='no'", "--xlayouts='no"),
 # 2014 TinTin++
 "2014 nop without semicolon": sub(2014, "ένα ψευδώνυμο για το καθένα;", "ένα ψευδώνυμο για το καθένα"),
 "2014 brace": sub(2014, "        #showme {  $a: $arthra[$a]}\n    }\n", "        #showme {  $a: $arthra[$a]}\n"),
 "2014 unknown command": sub(2014, "#highlight {arxiv.org}", "#hilite {arxiv.org}"),
 "2014 class open": sub(2014, "#class {anagnosi} {close}\n", ""),
 "2014 indentation": sub(2014, "    #showme {<138>", "  #showme {<138>"),
 "2014 bare line": sub(2014, "#config {SPEEDWALK} {OFF}", "config {SPEEDWALK} {OFF}"),
 "2014 session": sub(2014, "{4000}", "{port}"),
 "2014 variable unset": sub(2014, "$arthra[resnet]. Μετά", "$arthra[alexnet]. Μετά"),
 # 2015 Widelands
 "2015 indentation": sub(2015, "   title = _(\"Benvinguda\"),", "  title = _(\"Benvinguda\"),"),
 "2015 tab": sub(2015, "   title = _(\"Benvinguda\"),", "\ttitle = _(\"Benvinguda\"),"),
 "2015 bracket": sub(2015, "de la serradora.\"))\n   ),", "de la serradora.\"))\n   ,"),
 "2015 bare quote": sub(2015, "Cada pergamí és", "Cada \"pergamí\" és"),
 "2015 no include": sub(2015, 'include "scripting/richtext_scenarios.lua"\n', ""),
 "2015 field order": sub(2015, "   number = 1,\n   body = objective_text(_(\"Construïu la biblioteca\")", "   body = objective_text(_(\"Construïu la biblioteca\")", ),
 "2015 objective name": sub(2015, 'name = "fill_shelves"', 'name = "fill"'),
 "2015 untranslated": sub(2015, 'p(_("El segon:', 'p(("El segon:'),
 "2015 statement": sub(2015, "-- Autora:", "print(\"Autora\")\n-- Autora:"),
 # 2016 cloud-init
 "2016 header": sub(2016, "#cloud-config\n", "#cloud-init\n"),
 "2016 unknown key": sub(2016, "package_upgrade: true", "package_upgrades: true"),
 "2016 odd indentation": sub(2016, "  - python3-venv", "   - python3-venv"),
 "2016 tab": sub(2016, "  - git\n", "\t- git\n"),
 "2016 flow list": sub(2016, "[ tar, -xzf, /srv/data/cifar-10-python.tar.gz, -C, /srv/data ]", "[ tar, -xzf, /srv/data/cifar-10-python.tar.gz, -C, /srv/data"),
 "2016 quote": sub(2016, '"Læsesalen er klar efter $UPTIME sekunder."', '"Læsesalen er klar efter $UPTIME sekunder.'),
 "2016 key twice": sub(2016, "fqdn: laesesal-vm01", "hostname: laesesal-vm01"),
 "2016 relative path": sub(2016, "path: /etc/motd", "path: etc/motd"),
 "2016 catalogue title": sub(2016, "Datasæt i /srv/data", T_("2103.00020") + ". Datasæt i /srv/data"),
 "2016 arXiv id": sub(2016, "Datasæt i /srv/data", "2103.00020 Datasæt i /srv/data"),
 # labels
 "title cut in 2007": sub(2007, T_("2006.05990"), "What Matters In On-Policy RL", 0),
 "title cut in 2010": sub(2010, T_("2006.03236"), "Funnel-Transformer", 0),
 "title cut in 2014": sub(2014, "A Fast Learning Algorithm for Deep Belief Nets", "Deep Belief Nets", 0),
 "link removed in 2009": sub(2009, "https://arxiv.org/abs/1301.3781", "arXiv"),
 "link removed in 2013": sub(2013, "https://arxiv.org/pdf/2204.14198v1", "(PDF)"),
 "json link removed in 2012": sub(2012, "https://arxiv.org/pdf/2112.10752v2", "#"),
 "OpenReview link cut in 2008": sub(2008, "forum?id=_VjQlMeSB_J", "forum?id=_VjQ"),
 "OpenReview link cut in 2015": sub(2015, "forum?id=3rRgu7OGgBI", "forum?id=3rRg"),
 "arxiv-text id removed in 2011": sub(2011, " (arXiv 2210.17323)", ""),
 "arxiv-text made a link in 2014": sub(2014, "(arXiv 2006.03656)", "https://arxiv.org/abs/2006.03656"),
 "title-only given an id in 2013": sub(2013, "Neste uke: ", "Neste uke (1912.11370): "),
 "unlabelled title in 2010": sub(2010, "-- TODO:", "-- " + T_("2201.11903") + "\n-- TODO:"),
 "unlabelled OpenReview id in 2009": sub(2009, "# Dokumentaatio:", "# https://openreview.net/forum?id=B1ckMDqlg\n# Dokumentaatio:"),
 "valid-shaped id in 2011": sub(2011, "size    284713", "size    2301.12345"),
 "label in the negative": exp_edit(lambda e: e[D[2016]].append(dict(e[D[2015]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2014]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2013]][1].update(title="Flamingo")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2011]][2].update(true_arxiv_id="1910.02055", arxiv_id="1910.02055")),
 "paper in two files": exp_edit(lambda e: e[D[2007]].append(dict(e[D[2012]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[2010]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[2009]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2012]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2008])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2015]][7].update(openreview_id="ZVBtN6B_6i7")),
 "missing field": exp_edit(lambda e: e[D[2008]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2008]][0].update(arxiv_id="2201.11903")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2007]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2013]].append(dict(e[D[2013]][0]))),
 "bad evidence value": exp_edit(lambda e: e[D[2010]][1].update(evidence="url")),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
