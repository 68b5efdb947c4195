#!/usr/bin/env python3
"""Breaks a scratch copy of round211 (/tmp/r211/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round209's harness, with round211's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r211/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2127, 2137)}


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

ALL = range(2127, 2137)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2127 Xfig
 "2127 FIG version": sub(2127, "#FIG 3.2  Produced", "#FIG 3.1  Produced"),
 "2127 orientation": sub(2127, "\nLandscape\n", "\nLandscap\n"),
 "2127 paper size": sub(2127, "\nA4\n", "\nA9\n"),
 "2127 text without \\001": sub(2127, "(aprile 2024)\\001", "(aprile 2024)"),
 "2127 polyline point missing": sub(2127, "\t 900 1800 11700 1800 11700 2700 900 2700 900 1800", "\t 900 1800 11700 1800 11700 2700 900 2700 900"),
 "2127 box not closed": sub(2127, "\t 900 2850 11700 2850 11700 3750 900 3750 900 2850", "\t 900 2850 11700 2850 11700 3750 900 3750 900 2851"),
 "2127 compound not closed": sub(2127, "\n-6\n", "\n"),
 "2127 unknown object": sub(2127, "2 1 0 1 0 7 55", "7 1 0 1 0 7 55"),
 "2127 arrow line missing": sub(2127, "\t1 1 1.00 60.00 120.00\n", "", 1),
 "2127 not ASCII": sub(2127, "Gruppo di lettura", "Gruppo di lettùra"),
 # 2128 Faust
 "2128 comment not closed": sub(2128, "*/\n\n// Controles", "\n\n// Controles"),
 "2128 statement without ;": sub(2128, "alfa(n)  = 1 - beta(n);", "alfa(n)  = 1 - beta(n)"),
 "2128 two processes": sub(2128, "limpia = os.osc", "process = os.osc"),
 "2128 undefined function": sub(2128, "* sqrt(alfa(t))", "* sqrt(alpha(t))"),
 "2128 bad declare": sub(2128, 'declare version     "0.4";', 'declare version     0.4;'),
 "2128 no stdfaust import": sub(2128, 'import("stdfaust.lib");', 'import("stdfaust.lib")'),
 "2128 bracket": sub(2128, "fi.lowpass(2, 4000)", "fi.lowpass(2, 4000"),
 "2128 string not closed": sub(2128, 'hslider("mezcla",', 'hslider("mezcla,'),
 # 2129 awesome rc.lua
 "2129 missing end": sub(2129, "awful.spawn(browser .. url) end", "awful.spawn(browser .. url)"),
 "2129 unknown module": sub(2129, 'require("wibox")', 'require("wibox2")'),
 "2129 naughty not required": sub(2129, 'local naughty = require("naughty")\n', ""),
 "2129 block comment not closed": sub(2129, "2024-04\n]]", "2024-04\n"),
 "2129 menu brace": sub(2129, "}})\n", "})\n"),
 "2129 string not closed": sub(2129, 'local modkey = "Mod4"', 'local modkey = "Mod4'),
 "2129 menu opens no URL": sub(2129, 'open("https://arxiv.org/abs/2106.01345")', 'open("arxiv.org/abs/2106.01345")'),
 "2129 no root.keys": sub(2129, "root.keys(globalkeys)", "-- keys"),
 # 2130 gcov
 "2130 line number gap": sub(2130, ":   23:", ":   24:"),
 "2130 bad count": sub(2130, "     1548:", "     15x8:"),
 "2130 column width": sub(2130, "     1548:", "    1548:"),
 "2130 header missing": sub(2130, "        -:    0:Data:build/scan_attn.gcda\n", ""),
 "2130 statement without count": sub(2130, "      240:   32:    float m", "        -:   32:    float m"),
 "2130 comment not closed": sub(2130, "Egyik sincs még tesztelve. */", "Egyik sincs még tesztelve."),
 "2130 brace": sub(2130, "   27:}", "   27:"),
 # 2131 Munin
 "2131 shebang": sub(2131, "#!/bin/sh\n", "#!/bin/bash\n"),
 "2131 =cut missing": sub(2131, "\n=cut\n", "\n"),
 "2131 no AUTHOR": sub(2131, "=head1 AUTHOR", "=head1 AUTOR"),
 "2131 no family marker": sub(2131, " #%# family=manual", " #%# famly=manual"),
 "2131 unknown graph key": sub(2131, "graph_vlabel", "graph_ylabel"),
 "2131 field without label": sub(2131, 'echo "moe.label MoE 8x"\n', ""),
 "2131 bad draw": sub(2131, "moe.draw LINE2", "moe.draw LINE9"),
 "2131 fetched field": sub(2131, "for f in dense moe; do", "for f in dense moe extra; do"),
 "2131 esac missing": sub(2131, "\nesac\n", "\n"),
 # 2132 TAP
 "2132 version line": sub(2132, "TAP version 13", "TAP version 12"),
 "2132 plan": sub(2132, "1..9", "1..10"),
 "2132 test number": sub(2132, "ok 4 -", "ok 5 -"),
 "2132 YAML not closed": sub(2132, "  duration_ms: 412\n  ...\n", "  duration_ms: 412\n"),
 "2132 YAML line": sub(2132, "  severity: fail", "  severity fail"),
 "2132 skipped not ok": sub(2132, "ok 7 -", "not ok 7 -"),
 "2132 not a TAP line": sub(2132, "ok 9 -", "okay 9 -"),
 # 2133 Icinga
 "2133 unknown type": sub(2133, 'object Service "encoder-align"', 'object Servis "encoder-align"'),
 "2133 unknown attribute": sub(2133, "  check_interval = 2m", "  check_every = 2m"),
 "2133 interval": sub(2133, "  check_interval = 2m", "  check_interval = \"2 minutes\""),
 "2133 undefined host": sub(2133, 'host_name = "temu-kembali-01"\n  check_command = "http"\n  vars.http_uri = "/v1/align', 'host_name = "temu-kembali-02"\n  check_command = "http"\n  vars.http_uri = "/v1/align'),
 "2133 brace": sub(2133, '  notes_url = "https://arxiv.org/pdf/2102.05918v1"\n}', '  notes_url = "https://arxiv.org/pdf/2102.05918v1"\n'),
 "2133 indentation": sub(2133, '  vars.os = "Linux"', '   vars.os = "Linux"'),
 "2133 service twice": sub(2133, 'object Service "encoder-align"', 'object Service "encoder-clip"'),
 "2133 no check_command": sub(2133, '  check_command = "http"\n  vars.http_uri = "/v1/segment', '  vars.http_uri = "/v1/segment'),
 "2133 string not closed": sub(2133, 'address = "10.20.4.11"', 'address = "10.20.4.11'),
 # 2134 Nagios
 "2134 unknown type": sub(2134, "define hostgroup{", "define hostgrp{"),
 "2134 unknown directive": sub(2134, "        alias                   Nod inferenta GPU 01", "        alias_name              Nod inferenta GPU 01"),
 "2134 missing host_name": sub(2134, "        host_name               inf-gpu-02\n        service_description     Decodare", "        service_description     Decodare"),
 "2134 undefined host": sub(2134, "members                 inf-gpu-01,inf-gpu-02", "members                 inf-gpu-01,inf-gpu-03"),
 "2134 undefined command": sub(2134, "check_http_port!8001!/health", "check_http!8001!/health"),
 "2134 argument count": sub(2134, "check_http_port!8002!/health", "check_http_port!8002"),
 "2134 not closed": sub(2134, "$ARG2$ -w 2 -c 5\n        }\n", "$ARG2$ -w 2 -c 5\n"),
 "2134 directive twice": sub(2134, "        address                 10.31.2.22\n", "        address                 10.31.2.22\n        address                 10.31.2.23\n"),
 "2134 text outside": sub(2134, "define command{", "check_command check_http\ndefine command{"),
 # 2135 Grid Engine
 "2135 shebang": sub(2135, "#!/bin/bash\n", "#!/bin/zsh\n"),
 "2135 unknown option": sub(2135, "#$ -cwd", "#$ -cwdx"),
 "2135 h_rt": sub(2135, "h_rt=11:59:00", "h_rt=11:69:00"),
 "2135 task range": sub(2135, "#$ -t 1-6", "#$ -t 1-7"),
 "2135 option after command": sub(2135, "set -euo pipefail\n", "set -euo pipefail\n#$ -q gpu.q\n"),
 "2135 branch gap": sub(2135, "    3) NIMI=gpm", "    4) NIMI=gpm"),
 "2135 branch not ended": sub(2135, "--rho 0.05 ;;", "--rho 0.05"),
 "2135 no default branch": sub(2135, '    *) echo "tuntematon', '    echo "tuntematon'),
 "2135 mail option": sub(2135, "#$ -m ea", "#$ -m xyz"),
 # 2136 METAFONT
 "2136 no end": sub(2136, "endchar;\n\nend\n", "endchar;\n"),
 "2136 endchar missing": sub(2136, "  labels(1, 2, 3);\nendchar;", "  labels(1, 2, 3);"),
 "2136 point undefined": sub(2136, "draw z1 -- z2 -- z3;", "draw z1 -- z2 -- z8;"),
 "2136 define_pixels without sharp": sub(2136, "define_pixels(em, cap, xh, thin, thick);", "define_pixels(em, cap, xh, thin, thick, hair);"),
 "2136 beginchar arguments": sub(2136, 'beginchar("o", 9pt#, xh#, 0);', 'beginchar("o", 9pt#, xh#);'),
 "2136 bracket": sub(2136, "(w/4, h/3) --", "(w/4, h/3 --"),
 "2136 no mode_setup": sub(2136, "mode_setup;\n", ""),
 "2136 catalogue title in the negative": sub(2136, "% Gastcollege:", "% " + T_("2304.02643") + "\n% Gastcollege:"),
 "2136 arXiv id in the negative": sub(2136, "EMNIST (letters)", "EMNIST (letters, arXiv:1702.05373)"),
 "2136 lower-case catalogue title in the negative": sub(2136, "% Gastcollege:", "% " + T_("1512.03385").lower() + "\n% Gastcollege:"),
 # text breaks of the labels
 "title cut (2127)": sub(2127, "ResNeSt: Split-Attention Networks\\001", "ResNeSt: Split Attention Networks\\001"),
 "link removed (2133)": sub(2133, "https://arxiv.org/abs/2103.00020", "(tautan dihapus)"),
 "arXiv id removed (2131)": sub(2131, "(arXiv:2101.03961)", "(arXiv)"),
 "OpenReview link removed (2128)": sub(2128, "https://openreview.net/forum?id=", "openreview forum "),
 "OpenReview link made a group link (2129)": sub(2129, "https://openreview.net/forum?id=WE_vluYUL-X", "https://openreview.net/group?id=ICLR.cc/2023/Conference"),
 "id added to a title-only paper (2134)": sub(2134, "#   " + T_("2105.06548"), "#   " + T_("2105.06548") + " (arXiv:2105.06548)"),
 "link beside an OpenReview record (2132)": sub(2132, "  duration_ms: 412", "  url: 'https://arxiv.org/abs/2008.07905'\n  duration_ms: 412"),
 "unlabelled title (2135)": sub(2135, "set -euo pipefail", "# myös: " + T_("2304.02643") + "\nset -euo pipefail"),
 "unlabelled title in lower case (2130)": sub(2130, "Egyik sincs", T_("1910.02054").lower() + "; Egyik sincs"),
 "unlabelled catalogue title in sentence case (2128)": sub(2128, "// (no hay código", "// " + T_("1910.02054")[0] + T_("1910.02054")[1:].lower() + "\n// (no hay código"),
 "unlabelled arXiv id (2129)": sub(2129, "-- 이번 주 논문", "-- 참고 arXiv:2305.10601\n-- 이번 주 논문"),
 "unlabelled OpenReview link (2133)": sub(2133, "/* Bacaan kelompok", "// https://openreview.net/forum?id=Abc123XyZ9\n/* Bacaan kelompok"),
 "title cut in a POD line (2131)": sub(2131, "[[X]]".replace("[[X]]", T_("2206.07682")), "Emergent Abilities of Language Models"),
 "arXiv-text id given a link (2127)": sub(2127, "(arXiv:2101.08809)", "(https://arxiv.org/abs/2101.08809)"),
 "title-only id as link (2135)": sub(2135, "Smooth Adversarial Training", "Smooth Adversarial Training https://arxiv.org/abs/2006.14536"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2133]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2130])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2128]][7].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[2131]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2129]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2127]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2132]].append(dict(e[D[2132]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2134]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2135]][1].update(title="Sharpness-Aware Minimization")),
 "label in the negative": exp_edit(lambda e: e[D[2136]].append(dict(e[D[2127]][0]))),
 "link record without id": exp_edit(lambda e: e[D[2130]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2133]][2].update(arxiv_id="2303.15344")),
 "paper in two files": exp_edit(lambda e: e[D[2129]].append(dict(e[D[2128]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2134]].pop(3)),
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
