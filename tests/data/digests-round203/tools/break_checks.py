#!/usr/bin/env python3
"""Breaks a scratch copy of round203 (/tmp/r203/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round201's harness, with round203's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r203/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2047, 2057)}


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

ALL = range(2047, 2057)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2047 ngspice
 "2047 comment as title": sub(2047, "Crossbar analogico", "* Crossbar analogico"),
 "2047 unknown dot command": sub(2047, ".option temp=27", ".opt1on temp=27"),
 "2047 undefined parameter": sub(2047, "Cst2 st2 0 {cstate}", "Cst2 st2 0 {cstat}"),
 "2047 undefined subcircuit": sub(2047, "Xc22 q2 col2 xcell", "Xc22 q2 col2 xcel"),
 "2047 .ends missing": sub(2047, ".ends xcell\n", ""),
 "2047 .endc missing": sub(2047, ".endc\n", ""),
 "2047 no .end": sub(2047, "\n.end\n", "\n"),
 "2047 unknown control command": sub(2047, "wrdata sim/", "savedata sim/"),
 "2047 unbalanced bracket": sub(2047, "PULSE(0 {vread} 10n 1n 1n 200n 400n)", "PULSE(0 {vread} 10n 1n 1n 200n 400n"),
 "2047 indented element": sub(2047, "Rs1 col1", "  Rs1 col1"),
 "2047 unknown element": sub(2047, "Rs1 col1 st1 10k", "Ys1 col1 st1 10k"),
 # 2048 GRC
 "2048 top-level key": sub(2048, "\nconnections:\n", "\nconnects:\n"),
 "2048 tab": sub(2048, "    rotation: 0\n", "\trotation: 0\n"),
 "2048 odd indentation": sub(2048, "  id: variable", "   id: variable"),
 "2048 unknown block id": sub(2048, "  id: osmosdr_source", "  id: rtlsdr_source"),
 "2048 parameters not sorted": sub(2048, "    affinity: ''\n    alias: ''\n    audio_decimation", "    alias: ''\n    affinity: ''\n    audio_decimation"),
 "2048 state key missing": sub(2048, "    bus_structure: null\n", "", 1),
 "2048 bad rotation": sub(2048, "    rotation: 0", "    rotation: 45"),
 "2048 connection to unknown block": sub(2048, "- [analog_wfm_rcv_0, '0', blocks_wavfile_sink_0, '0']", "- [analog_wfm_rcv_0, '0', audio_sink_0, '0']"),
 "2048 quote not closed": sub(2048, 'author: "Giulia Ferrante"', 'author: "Giulia Ferrante'),
 "2048 file_format": sub(2048, "  file_format: 1", "  file_format: 2"),
 "2048 block names not sorted": sub(2048, "- name: samp_rate", "- name: a_samp_rate"),
 # 2049 Automake
 "2049 continuation with spaces": sub(2049, "\tsrc/pack_int8.c \\", "    src/pack_int8.c \\"),
 "2049 recipe outside a rule": sub(2049, "SUBDIRS = . tests", "SUBDIRS = . tests\n\techo hoi"),
 "2049 unknown variable": sub(2049, "EXTRA_DIST =", "EXTRA_FILES ="),
 "2049 undeclared program": sub(2049, "kwant_bench_SOURCES", "kwantbench_SOURCES"),
 "2049 library not .la": sub(2049, "lib_LTLIBRARIES = libkwant.la", "lib_LTLIBRARIES = libkwant.so"),
 "2049 variable twice": sub(2049, "AM_CFLAGS = $(WARN_CFLAGS) -O2", "AM_CFLAGS = $(WARN_CFLAGS) -O2\nAM_CFLAGS = -O3"),
 "2049 dir not defined": sub(2049, "pkgconfigdir = $(libdir)/pkgconfig\n", ""),
 "2049 phony without rule": sub(2049, ".PHONY: bench", ".PHONY: bench install-models"),
 "2049 no ACLOCAL_AMFLAGS": sub(2049, "ACLOCAL_AMFLAGS = -I m4 --install\n", ""),
 "2049 garbage line": sub(2049, "SUBDIRS = . tests", "SUBDIRS . tests"),
 # 2050 pkg-config
 "2050 unknown field": sub(2050, "URL: https://", "Homepage: https://"),
 "2050 field twice": sub(2050, "Libs.private: -lm -lpthread", "Libs.private: -lm -lpthread\nLibs: -lllamita"),
 "2050 undefined variable": sub(2050, "Libs: -L${libdir}", "Libs: -L${librarydir}"),
 "2050 variable after fields": sub(2050, "Cflags: ", "datadir=${prefix}/share\nCflags: "),
 "2050 no Version": sub(2050, "Version: 0.4.1\n", ""),
 "2050 bad version": sub(2050, "Version: 0.4.1", "Version: v0.4.1-rc"),
 "2050 indented line": sub(2050, "Name: llamita", "  Name: llamita"),
 "2050 brace not closed": sub(2050, "includedir=${prefix}/include", "includedir=${prefix/include"),
 # 2051 CMakePresets
 "2051 not JSON": sub(2051, '"jobs": 8\n    },', '"jobs": 8\n    }'),
 "2051 four-space JSON": text(2051, lambda s: json.dumps(json.loads(s), indent=4, ensure_ascii=False) + "\n"),
 "2051 unknown top-level key": sub(2051, '"testPresets":', '"testPreset":'),
 "2051 unknown preset key": sub(2051, '"binaryDir":', '"buildDir":'),
 "2051 unknown inherits": sub(2051, '"inherits": "release",\n      "displayName": "평가', '"inherits": "relase",\n      "displayName": "평가'),
 "2051 build preset on hidden": sub(2051, '"configurePreset": "debug"', '"configurePreset": "base"'),
 "2051 preset twice": sub(2051, '"name": "robot-sim"', '"name": "release"'),
 "2051 bad version": sub(2051, '"version": 6', '"version": "6"'),
 "2051 vendor key not a domain": sub(2051, '"agent-sandbox.example.kr/reading"', '"reading list"'),
 # 2052 BitBake
 "2052 indented assignment": sub(2052, 'SECTION = "multimedia"', '  SECTION = "multimedia"'),
 "2052 value not quoted": sub(2052, 'SECTION = "multimedia"', "SECTION = multimedia"),
 "2052 continuation not closed": sub(2052, '           file://0001-cmake-disable-cuda.patch \\\n           "', '           file://0001-cmake-disable-cuda.patch'),
 "2052 function not closed": sub(2052, "    install -d ${D}${datadir}/kamera-vlm\n}", "    install -d ${D}${datadir}/kamera-vlm"),
 "2052 function body tab": sub(2052, "    install -d ${D}${datadir}/kamera-vlm", "\tinstall -d ${D}${datadir}/kamera-vlm"),
 "2052 bad md5": sub(2052, ";md5=", ";sha1="),
 "2052 SRCREV not a commit": sub(2052, r'SRCREV = "[0-9a-f]{40}"', 'SRCREV = "${AUTOREV}"', regex=True),
 "2052 no LICENSE": sub(2052, 'LICENSE = "Apache-2.0"\n', ""),
 "2052 set twice": sub(2052, 'SECTION = "multimedia"', 'SECTION = "multimedia"\nSECTION = "devel"'),
 "2052 bad PV": sub(2052, 'PV = "0.3+git"', 'PV = "kolme"'),
 # 2053 UCI
 "2053 option not indented": sub(2053, "\toption enabled '1'", "option enabled '1'"),
 "2053 option with spaces": sub(2053, "\toption enabled '1'", "    option enabled '1'"),
 "2053 quote not closed": sub(2053, "\toption refresh '3600'", "\toption refresh '3600"),
 "2053 section twice": sub(2053, "config paper 'p8'", "config paper 'p7'"),
 "2053 option twice": sub(2053, "\toption date '2024-11-14'", "\toption date '2024-11-14'\n\toption date '2024-11-15'"),
 "2053 bad url": sub(2053, "option url 'https://arxiv.org/abs/2101.08809'", "option url 'arxiv.org/abs/2101.08809'"),
 "2053 bad date": sub(2053, "option date '2024-10-03'", "option date '3.10.2024'"),
 "2053 title not first": sub(2053, "config paper 'p7'\n\toption title", "config paper 'p7'\n\toption date '2024-11-14'\n\toption title"),
 "2053 no blank before section": sub(2053, "\n\nconfig paper 'p2'", "\nconfig paper 'p2'"),
 # 2054 xschem
 "2054 no version line": sub(2054, "v {xschem version=3.4.5 file_version=1.2", "v {xschem version=3.4.5 file_version=1.1"),
 "2054 header object missing": sub(2054, "K {}\n", ""),
 "2054 brace not closed": sub(2054, "N 40 -300 40 -260 {lab=OUT}", "N 40 -300 40 -260 {lab=OUT"),
 "2054 brace closed twice": sub(2054, "N 40 -300 40 -260 {lab=OUT}", "N 40 -300 40 -260 {lab=OUT}}"),
 "2054 unknown object": sub(2054, "N 40 -200 40 -160 {lab=GND}", "W 40 -200 40 -160 {lab=GND}"),
 "2054 wire without label": sub(2054, "N 40 -200 40 -160 {lab=GND}", "N 40 -200 40 -160 {}"),
 "2054 bad rotation": sub(2054, "C {devices/capa.sym} 160 -270 0 0", "C {devices/capa.sym} 160 -270 5 0"),
 "2054 name twice": sub(2054, "{name=l3 lab=GND}", "{name=l2 lab=GND}"),
 "2054 text fields": sub(2054, "-520 -100 0 0 0.25 0.25 {}", "-520 -100 0 0 0.25 {}"),
 "2054 symbol not .sym": sub(2054, "{devices/ipin.sym}", "{devices/ipin}"),
 # 2055 LTspice
 "2055 no Version": sub(2055, "Version 4\n", "Version 3\n"),
 "2055 no SHEET": sub(2055, "SHEET 1 1460 900\n", ""),
 "2055 bad WIRE": sub(2055, "WIRE 96 96 -32 96", "WIRE 96 96 -32"),
 "2055 SYMATTR outside SYMBOL": sub(2055, "FLAG -32 240 0\n", "FLAG -32 240 0\nSYMATTR Value 1k\n"),
 "2055 InstName twice": sub(2055, "SYMATTR InstName R2", "SYMATTR InstName R1"),
 "2055 SYMBOL without InstName": sub(2055, "SYMATTR InstName C1\n", ""),
 "2055 directive without dot": sub(2055, "!.tran 0 20m 0 1u", "!tran 0 20m 0 1u"),
 "2055 bad rotation": sub(2055, "SYMBOL res 192 80 R90", "SYMBOL res 192 80 R45"),
 "2055 unknown line": sub(2055, "FLAG 384 96 hingar", "LABEL 384 96 hingar"),
 "2055 not ASCII": sub(2055, "Penjana hingar untuk", "Penjana hingar – untuk"),
 # 2056 defconfig
 "2056 bad line": sub(2056, "BR2_PACKAGE_SQLITE=y", "BR2_PACKAGE_SQLITE = y"),
 "2056 symbol twice": sub(2056, "BR2_PACKAGE_SQLITE=y", "BR2_PACKAGE_SQLITE=y\nBR2_PACKAGE_SQLITE=y"),
 "2056 blank line": sub(2056, "BR2_PACKAGE_SQLITE=y\n", "BR2_PACKAGE_SQLITE=y\n\n"),
 "2056 two architectures": sub(2056, "BR2_aarch64=y", "BR2_aarch64=y\nBR2_arm=y"),
 "2056 kernel without defconfig": sub(2056, 'BR2_LINUX_KERNEL_DEFCONFIG="bcm2711"\n', ""),
 "2056 quote not closed": sub(2056, 'BR2_SYSTEM_DHCP="eth0"', 'BR2_SYSTEM_DHCP="eth0'),
 "2056 not-set twice": sub(2056, "# BR2_TARGET_ROOTFS_TAR is not set", "# BR2_TARGET_ROOTFS_TAR is not set\n# BR2_TARGET_ROOTFS_TAR is not set"),
 "2056 catalogue title": sub(2056, "# pantalla i navegador", "# " + T_("2303.15343") + "\n# pantalla i navegador"),
 "2056 arXiv id": sub(2056, "# pantalla i navegador", "# 2303.15343\n# pantalla i navegador"),
 # the labels, against the text
 "title cut in 2047": sub(2047, T_("2006.03236"), "Funnel-Transformer", 0),
 "title cut in 2050": sub(2050, "Language Models are Unsupervised Multitask Learners", "Unsupervised Multitask Learners", 0),
 "title cut in 2054": sub(2054, "A Fast Learning Algorithm for Deep Belief Nets", "Deep Belief Nets", 0),
 "link removed in 2049": sub(2049, "https://arxiv.org/abs/2208.07339", "(link in de wiki)"),
 "OpenReview link removed in 2055": sub(2055, "https://openreview.net/forum?id=PxTIG12RRHS", "(pautan di wiki)"),
 "arxiv-text id removed in 2052": sub(2052, " (arXiv:2303.15343)", ""),
 "arxiv-text made a link in 2053": sub(2053, "arXiv: 2103.09762", "https://arxiv.org/abs/2103.09762"),
 "title-only given an id in 2048": sub(2048, "da discutere anche ", "da discutere anche (2010.06040) "),
 "unlabelled title in 2051": sub(2051, '"책": "', '"책": "' + T_("2204.02311") + ", "),
 "unlabelled title in lower case in 2047": sub(2047, "* Libro: Razavi", "* " + T_("2004.11362").lower() + "\n* Libro: Razavi"),
 "unlabelled arXiv id in 2053": sub(2053, "option label 'Βίντεο ομιλίας'", "option label 'Βίντεο ομιλίας 2304.02644'"),
 "unlabelled OpenReview link in 2049": sub(2049, "# Handleiding:", "# https://openreview.net/forum?id=rkgNKkHtvB\n# Handleiding:"),
 "unlabelled title in 2055": sub(2055, "Buku: Horowitz", T_("1512.03385") + " Buku: Horowitz"),
 "unlabelled arXiv link in 2054": sub(2054, "Книга: Razavi", "https://arxiv.org/abs/1706.03762\nКнига: Razavi"),
 # expected.json
 "label in the negative": exp_edit(lambda e: e[D[2056]].append(dict(e[D[2055]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2054]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2052]][1].update(title="CLIP")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2050]][2].update(true_arxiv_id="2204.02312", arxiv_id="2204.02312")),
 "paper in two files": exp_edit(lambda e: e[D[2047]].append(dict(e[D[2051]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[2048]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[2049]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2052]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2051])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2049]][5].update(openreview_id="rkgNKkHtvB")),
 "missing field": exp_edit(lambda e: e[D[2053]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2051]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2054]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2053]].append(dict(e[D[2053]][0]))),
 "bad evidence value": exp_edit(lambda e: e[D[2055]][1].update(evidence="url")),
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
