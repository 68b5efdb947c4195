#!/usr/bin/env python3
"""Breaks a scratch copy of round201 (/tmp/r201/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round199's harness, with round201's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r201/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2027, 2037)}


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

ALL = range(2027, 2037)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2027 vcpkg
 "2027 not JSON": sub(2027, '"license": "MIT",', '"license": "MIT"'),
 "2027 four-space JSON": text(2027, lambda s: json.dumps(json.loads(s), indent=4, ensure_ascii=False) + "\n"),
 "2027 unknown key": sub(2027, '"supports": "!(uwp | arm32)"', '"platforms": "!(uwp | arm32)"'),
 "2027 bad name": sub(2027, '"name": "lumen-llm"', '"name": "Lumen_LLM"'),
 "2027 bad version": sub(2027, '"version": "0.9.2"', '"version": "v0.9.2-rc"'),
 "2027 bad baseline": sub(2027, r'"builtin-baseline": "[0-9a-f]{40}"', '"builtin-baseline": "main"', regex=True),
 "2027 undefined default feature": sub(2027, '"tokenizer"\n  ]', '"tokeniser"\n  ]'),
 "2027 feature without description": sub(2027, '"description": "Tokenizador SentencePiece embutido",', '"summary": "Tokenizador SentencePiece embutido",'),
 "2027 bad dependency key": sub(2027, '"host": true', '"hosted": true'),
 # 2028 Conan
 "2028 not Python": sub(2028, "    def layout(self):", "    def layout(self)"),
 "2028 tab": sub(2028, "        cmake_layout(self)", "\tcmake_layout(self)"),
 "2028 odd indentation": sub(2028, "        cmake_layout(self)", "      cmake_layout(self)"),
 "2028 not ConanFile": sub(2028, "class KodouConan(ConanFile):", "class KodouConan(object):"),
 "2028 unknown attribute": sub(2028, '    package_type = "library"', '    kind = "library"'),
 "2028 unknown method": sub(2028, "    def generate(self):", "    def make_toolchain(self):"),
 "2028 no package_info": sub(2028, "    def package_info(self):", "    def package_id(self):"),
 "2028 default not an option value": sub(2028, '        "fPIC": True,\n        "with', '        "fPIC": "yes",\n        "with'),
 "2028 requirement without version": sub(2028, 'self.requires("spdlog/1.14.1")', 'self.requires("spdlog")'),
 "2028 attribute twice": sub(2028, '    package_type = "library"', '    package_type = "library"\n    name = "kodou2"'),
 # 2029 rockspec
 "2029 tab": sub(2029, '   license = "MIT",', '\tlicense = "MIT",'),
 "2029 indentation": sub(2029, '   license = "MIT",', '  license = "MIT",'),
 "2029 string not closed": sub(2029, '   license = "MIT",', '   license = "MIT,'),
 "2029 long string not closed": sub(2029, "   ]],\n   homepage", "   ],\n   homepage"),
 "2029 bracket": sub(2029, '   "penlight >= 1.5"\n}', '   "penlight >= 1.5"\n'),
 "2029 unknown field": sub(2029, "test = {", "tests = {"),
 "2029 bad version": sub(2029, 'version = "0.3-1"', 'version = "0.3"'),
 "2029 tag not version": sub(2029, 'tag = "v0.3"', 'tag = "v0.4"'),
 "2029 module path": sub(2029, '"kvlinear/GAU.lua"', '"kvlinear/gau.lua"'),
 "2029 indented comment": sub(2029, "-- Lektüre", "   -- Lektüre"),
 # 2030 Kconfig
 "2030 space indentation": sub(2030, '\tdefault 8000', '    default 8000'),
 "2030 unknown attribute": sub(2030, "\trange 256 32000", "\tbetween 256 32000"),
 "2030 help text not indented": sub(2030, "\t  Velikost slovníku.", "\tVelikost slovníku."),
 "2030 endchoice missing": sub(2030, "endchoice\n", ""),
 "2030 endif missing": sub(2030, "endif # SLOVNIK\n", ""),
 "2030 symbol twice": sub(2030, "config SLOVNIK_ATTN_NORMS", "config SLOVNIK_BPE"),
 "2030 undefined symbol": sub(2030, "depends on SLOVNIK_BPE", "depends on SLOVNIK_BPE_TOKENIZER"),
 "2030 unquoted prompt": sub(2030, '\tint "Vocabulary size"', "\tint Vocabulary size"),
 "2030 no SPDX": sub(2030, "# SPDX-License-Identifier: Apache-2.0\n", ""),
 # 2031 starship
 "2031 not TOML": sub(2031, "truncation_length = 3", "truncation_length = "),
 "2031 unknown module": sub(2031, "[cmd_duration]", "[command_duration]"),
 "2031 no schema": sub(2031, "\"$schema\" = 'https://starship.rs/config-schema.json'\n", ""),
 "2031 custom not in format": sub(2031, "${custom.lecture}", ""),
 "2031 custom without command": sub(2031, 'command = "head -n 1 ~/lectures/aujourdhui.txt"\n', ""),
 "2031 style bracket": sub(2031, 'format = "[📄 $output]($style) "', 'format = "[📄 $output($style) "'),
 "2031 indented line": sub(2031, "truncate_to_repo = true", "  truncate_to_repo = true"),
 "2031 unknown top-level option": sub(2031, "command_timeout = 800", "timeout = 800"),
 # 2032 platformio
 "2032 no header": sub(2032, "; PlatformIO Project Configuration File\n", ""),
 "2032 bad section": sub(2032, "[env:esp32s3]", "[environment:esp32s3]"),
 "2032 unknown option": sub(2032, "monitor_speed = 115200", "monitor_baud = 115200"),
 "2032 option twice": sub(2032, "upload_speed = 921600\nboard_build.partitions", "upload_speed = 921600\nupload_speed = 460800\nboard_build.partitions"),
 "2032 undefined default env": sub(2032, "default_envs = esp32cam", "default_envs = esp32-cam"),
 "2032 continuation indentation": sub(2032, "    -DBOARD_HAS_PSRAM\n    -mfix", "  -DBOARD_HAS_PSRAM\n    -mfix"),
 "2032 speed not a number": sub(2032, "monitor_speed = 115200", "monitor_speed = fast"),
 "2032 env without board": sub(2032, "board = esp32-s3-devkitc-1\n", ""),
 "2032 continuation without key": sub(2032, "upload_speed = 921600\nboard_build.partitions", "upload_speed = 921600\n    460800\nboard_build.partitions"),
 # 2033 PrusaSlicer
 "2033 no header": sub(2033, "# generated by PrusaSlicer 2.7.4+linux-x64-GTK3", "# generated by Slic3r 1.3.0"),
 "2033 bad section": sub(2033, "[filament:Prusament PETG kamera]", "[material:Prusament PETG kamera]"),
 "2033 unknown key": sub(2033, "brim_width = 3", "brim = 3"),
 "2033 key twice": sub(2033, "perimeters = 3", "perimeters = 3\nperimeters = 2"),
 "2033 presets name": sub(2033, "print = 0.20mm SPEED kamera-tarto", "print = 0.15mm QUALITY kamera-tarto"),
 "2033 bad temperature": sub(2033, "temperature = 240", "temperature = 240C"),
 "2033 bad density": sub(2033, "fill_density = 25%", "fill_density = 0.25"),
 "2033 quote not closed": text(2033, lambda s: re.sub(r'(filament_notes = "[^\n]*)"\n', r"\1\n", s)),
 "2033 vendor tag": sub(2033, "printer_notes = PRINTER_VENDOR_PRUSA3D\\n", "printer_notes = "),
 # 2034 Yosys
 "2034 unknown command": sub(2034, "hierarchy -check -top cnn_top", "hier -check -top cnn_top"),
 "2034 indented command": sub(2034, "check -assert", "  check -assert"),
 "2034 trailing comment": sub(2034, "check -assert", "check -assert # sprawdz"),
 "2034 bad option": sub(2034, "-noattr", "--noattr"),
 "2034 empty command": sub(2034, "proc; opt; fsm", "proc;; opt; fsm"),
 "2034 two tops": sub(2034, "synth_ice40 -top cnn_top", "synth_ice40 -top conv3x3"),
 "2034 no synth": sub(2034, "synth_ice40 -top cnn_top -dsp -abc9 -json build/cnn_top.json\n", ""),
 "2034 bad tee": sub(2034, "tee -o build/stat.txt stat -width", "tee build/stat.txt stat -width"),
 "2034 top file not read": sub(2034, "read_verilog -sv rtl/cnn_top.sv\n", ""),
 # 2035 GTKWave
 "2035 no header": sub(2035, "[*] GTKWave Analyzer v3.3.118 (w)1999-2023 BSI\n", ""),
 "2035 unknown setting": sub(2035, "[sst_width] 253", "[sst_wide] 253"),
 "2035 setting twice": sub(2035, "[timestart] 0", "[timestart] 0\n[timestart] 10"),
 "2035 unquoted dumpfile": sub(2035, '[dumpfile] "/home/dewi/nas-accel/sim/build/nas_accel_tb.vcd"', "[dumpfile] /home/dewi/nas-accel/sim/build/nas_accel_tb.vcd"),
 "2035 size not numbers": sub(2035, "[size] 1920 1043", "[size] 1920x1043"),
 "2035 bad zoom line": text(2035, lambda s: s.replace(" -1\n[treeopen]", "\n[treeopen]", 1)),
 "2035 bad flags": sub(2035, "@420\n", "@42g\n"),
 "2035 group not closed": sub(2035, "@1000200\n-adaptor\n", ""),
 "2035 group closed by another name": sub(2035, "@1000200\n-supernet", "@1000200\n-supernett"),
 "2035 comment trace without @200": sub(2035, "@200\n-Hiperparameter", "@22\n-Hiperparameter"),
 "2035 signal under another top": sub(2035, "nas_accel_tb.rst_n", "tb.rst_n"),
 "2035 comment after settings": sub(2035, "[pattern_trace] 0\n", "[pattern_trace] 0\n[*] selesai\n"),
 "2035 empty line": sub(2035, "[pos] -1 -1\n", "[pos] -1 -1\n\n"),
 # 2036 .Rprofile (negative)
 "2036 tab": sub(2036, "  digits = 4,", "\tdigits = 4,"),
 "2036 odd indentation": sub(2036, "  digits = 4,", "   digits = 4,"),
 "2036 string not closed": sub(2036, 'cat("La revedere!\\n")', 'cat("La revedere!\\n)'),
 "2036 bracket": sub(2036, "  Ncpus = 4L,\n  warnPartialMatchDollar = TRUE\n)", "  Ncpus = 4L,\n  warnPartialMatchDollar = TRUE\n"),
 "2036 unknown top-level form": sub(2036, "Sys.setenv(", "setenv("),
 "2036 no .First": sub(2036, ".First <- function() {", ".Primul <- function() {"),
 "2036 no CRAN": sub(2036, 'repos = c(CRAN = "https://cloud.r-project.org"),', 'repos = NULL,'),
 "2036 indented comment": sub(2036, "## pachete pentru seminar", "  ## pachete pentru seminar"),
 "2036 catalogue title": sub(2036, "## pachete pentru seminar", "## " + T_("2303.15343") + "\n## pachete pentru seminar"),
 "2036 arXiv id": sub(2036, "## pachete pentru seminar", "## 2303.15343\n## pachete pentru seminar"),
 # the labels, against the text
 "title cut in 2027": sub(2027, T_("2306.11644"), "Textbooks Are All", 0),
 "title cut in 2030": sub(2030, T_("2004.10102"), "Attention is Not Only a Weight", 0),
 "title cut in 2034": sub(2034, "A Fast Learning Algorithm for Deep Belief Nets", "Deep Belief Nets", 0),
 "link removed in 2029": sub(2029, "https://arxiv.org/abs/2006.16236", "(Link im Wiki)"),
 "OpenReview link removed in 2031": sub(2031, "https://openreview.net/forum?id=PxTIG12RRHS", "(lien sur le wiki)"),
 "arxiv-text id removed in 2032": sub(2032, " (arXiv 2106.08254)", ""),
 "arxiv-text made a link in 2035": sub(2035, "(arXiv:2006.03656)", "(https://arxiv.org/abs/2006.03656)"),
 "title-only given an id in 2033": sub(2033, "Labor 3.14 - ", "Labor 3.14 (2006.05929) - "),
 "unlabelled title in 2028": sub(2028, "# 教科書:", "# " + T_("2204.02311") + "\n# 教科書:"),
 "unlabelled title in sentence case in 2031": sub(2031, "# Livre :", "# " + T_("2004.11362").lower() + "\n# Livre :"),
 "unlabelled arXiv id in 2032": sub(2032, "; Veri seti:", "; Ek: 2304.02644\n; Veri seti:"),
 "unlabelled OpenReview link in 2029": sub(2029, "-- Blogpost", "-- https://openreview.net/forum?id=rkgNKkHtvB\n-- Blogpost"),
 "unlabelled title in 2035": sub(2035, "[*] Buku:", "[*] " + T_("1512.03385") + "\n[*] Buku:"),
 "unlabelled arXiv link in 2034": sub(2034, "# Ksiazka:", "# https://arxiv.org/abs/1706.03762\n# Ksiazka:"),
 # expected.json
 "label in the negative": exp_edit(lambda e: e[D[2036]].append(dict(e[D[2035]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2034]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2032]][1].update(title="ALIGN")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2027]][2].update(true_arxiv_id="2204.02312", arxiv_id="2204.02312")),
 "paper in two files": exp_edit(lambda e: e[D[2027]].append(dict(e[D[2031]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[2030]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[2029]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2032]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2028])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2029]][5].update(openreview_id="rkgNKkHtvB")),
 "missing field": exp_edit(lambda e: e[D[2033]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2028]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2034]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2035]].append(dict(e[D[2035]][0]))),
 "bad evidence value": exp_edit(lambda e: e[D[2031]][1].update(evidence="url")),
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
