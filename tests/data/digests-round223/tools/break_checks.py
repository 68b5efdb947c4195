#!/usr/bin/env python3
"""Breaks a scratch copy of round223 (/tmp/r223/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round221's harness, with round223's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r223/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2247, 2257)}


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


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


sys.path.insert(0, os.path.join(HERE, "tools"))
from catalogue import T as T_
from make_expected import AGZ, DBN

ALL = range(2247, 2257)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2247 matplotlibrc
 "2247 unknown key": sub(2247, "figure.dpi:         110", "figure.resolution:  110"),
 "2247 key twice": sub(2247, "grid.alpha:         0.3", "grid.linewidth:     0.3"),
 "2247 not key: value": sub(2247, "lines.markersize:   4.0", "lines.markersize =  4.0"),
 "2247 boolean": sub(2247, "axes.spines.top:    False", "axes.spines.top:    no"),
 "2247 number": sub(2247, "savefig.dpi:        300", "savefig.dpi:        high"),
 "2247 enumerated value": sub(2247, "xtick.direction:    in", "xtick.direction:    inward"),
 "2247 colour with #": sub(2247, "['0072B2', 'D55E00',", "['#0072B2', 'D55E00',"),
 "2247 figsize shape": sub(2247, "figure.figsize:     6.4, 4.0", "figure.figsize:     6.4x4.0"),
 "2247 indented setting": sub(2247, "legend.loc:         best", "  legend.loc:       best"),
 "2247 commented default of an unknown key": sub(2247, "#axes.autolimit_mode: data", "#axes.autolimits: data"),
 # 2248 mpv input.conf
 "2248 key twice": sub(2248, "v            cycle sub-visibility", "f            cycle sub-visibility"),
 "2248 unknown command": sub(2248, "m            cycle mute", "m            toggle mute"),
 "2248 unknown key name": sub(2248, "BS           set speed 1.0", "BKSP         set speed 1.0"),
 "2248 unknown modifier": sub(2248, "Ctrl+l       cycle-values", "Control+l    cycle-values"),
 "2248 string not closed": sub(2248, 'show-text "Repo del grupo" 2000', 'show-text "Repo del grupo 2000'),
 "2248 run without URL": sub(2248, 'run "xdg-open" "https://arxiv.org/abs/2103.00020";', 'run "xdg-open";'),
 "2248 run unquoted": sub(2248, 'run "xdg-open" "https://arxiv.org/pdf/2106.13884v1"', 'run xdg-open https://arxiv.org/pdf/2106.13884v1'),
 "2248 seek without number": sub(2248, "RIGHT        seek 5", "RIGHT        seek forward"),
 "2248 stray semicolon": sub(2248, "Q            quit", "Q            quit;"),
 "2248 cycle-values with one value": sub(2248, 'cycle-values loop-file "inf" "no"', 'cycle-values loop-file "inf"'),
 "2248 add without value": sub(2248, "UP           add volume 2", "UP           add volume"),
 # 2249 helix config.toml
 "2249 not TOML": sub(2249, 'theme = "gruvbox"', 'theme = gruvbox'),
 "2249 key twice (TOML)": sub(2249, 'X = "extend_line_above"', 'C-s = "extend_line_above"'),
 "2249 unknown editor key": sub(2249, "idle-timeout = 250", "idle-time = 250"),
 "2249 line-number value": sub(2249, 'line-number = "relative"', 'line-number = "hybrid"'),
 "2249 cursor shape": sub(2249, 'insert = "bar"', 'insert = "beam"'),
 "2249 unknown statusline element": sub(2249, '"file-encoding"]', '"encoding"]'),
 "2249 unknown mode": sub(2249, "[keys.normal.space.l]", "[keys.command.space.l]"),
 "2249 unknown typable command": sub(2249, 'n = ":open ~/noter/laesegruppe.md"', 'n = ":edit ~/noter/laesegruppe.md"'),
 "2249 unknown static command": sub(2249, '"keep_primary_selection"]', '"keep_primary"]'),
 "2249 xdg-open without URL": sub(2249, '2 = ":sh xdg-open https://arxiv.org/abs/2010.06040"', '2 = ":sh xdg-open"'),
 "2249 key name": sub(2249, 'C-s = ":write"', 'Ctrl-s = ":write"'),
 # 2250 KataGo gtp.cfg
 "2250 unknown key": sub(2250, "maxVisits = 1600", "maxVisit = 1600"),
 "2250 key twice": sub(2250, "maxTime = 10.0", "maxVisits = 10.0"),
 "2250 not key = value": sub(2250, "lagBuffer = 1.0", "lagBuffer: 1.0"),
 "2250 boolean": sub(2250, "ponderingEnabled = false", "ponderingEnabled = no"),
 "2250 number": sub(2250, "numSearchThreads = 16", "numSearchThreads = many"),
 "2250 rules value": sub(2250, "rules = korean", "rules = korean-style"),
 "2250 FP16 value": sub(2250, "cudaUseFP16 = auto", "cudaUseFP16 = half"),
 "2250 logDir missing": sub(2250, "logDir = gtp_logs\n", ""),
 "2250 indented line": sub(2250, "analysisPVLen = 15", "  analysisPVLen = 15"),
 # 2251 ranger rc.conf
 "2251 unknown option": sub(2251, "set vcs_aware true", "set git_aware true"),
 "2251 option twice": sub(2251, "set update_title true", "set show_hidden true"),
 "2251 boolean": sub(2251, "set dirname_in_tabs true", "set dirname_in_tabs yes"),
 "2251 option value": sub(2251, "set preview_images_method kitty", "set preview_images_method chafa"),
 "2251 key mapped twice": sub(2251, "map gp cd ~/projeler/verimli", "map gm cd ~/projeler/verimli"),
 "2251 unknown command": sub(2251, "map gd cd ~/Downloads", "map gd goto ~/Downloads"),
 "2251 unknown macro": sub(2251, "map ,t shell -f kitty --directory %d", "map ,t shell -f kitty --directory %dir"),
 "2251 xdg-open without URL": sub(2251, "map ,2 shell -f xdg-open https://arxiv.org/abs/2006.04768", "map ,2 shell -f xdg-open"),
 "2251 key shape": sub(2251, "map <C-n> console", "map <C-n console"),
 "2251 unknown top-level command": sub(2251, "alias e edit", "abbrev e edit"),
 "2251 set shape": sub(2251, "set sort natural", "set sort"),
 # 2252 lazygit config.yml
 "2252 tab indentation": sub(2252, "  language: en", "\tlanguage: en"),
 "2252 key twice": sub(2252, "  showCommandLog: false", "  showRandomTip: false"),
 "2252 string not closed": sub(2252, 'description: "Lukupiirin repo"', 'description: "Lukupiirin repo'),
 "2252 indentation": sub(2252, "    colorArg: always", "     colorArg: always"),
 "2252 unknown gui key": sub(2252, "  sidePanelWidth: 0.3", "  sidePanelSize: 0.3"),
 "2252 theme colour": sub(2252, "      - green", "      - lightgreen"),
 "2252 unknown context": sub(2252, 'key: "<f6>"\n    context: status', 'key: "<f6>"\n    context: statusbar'),
 "2252 key twice in context": sub(2252, 'key: "<f7>"', 'key: "<f6>"'),
 "2252 unknown output": sub(2252, "    output: terminal", "    output: window"),
 "2252 xdg-open without URL": sub(2252, 'command: "xdg-open https://arxiv.org/abs/2312.00752"', 'command: "xdg-open"'),
 "2252 command missing": sub(2252, '    command: "nvim ~/muistiinpanot/lukupiiri.md"\n', ""),
 "2252 key shape": sub(2252, 'key: "<c-n>"', 'key: "ctrl+n"'),
 # 2253 ImageJ StartupMacros
 "2253 statement without semicolon": sub(2253, "  run(\"Close All\");", "  run(\"Close All\")"),
 "2253 string not closed": sub(2253, 'run("Split Channels");', 'run("Split Channels);'),
 "2253 brace not closed": sub(2253, "  run(\"Close All\");\n}\n", "  run(\"Close All\");\n\n"),
 "2253 macro name twice": sub(2253, 'macro "全部關閉 [x]"', 'macro "最大強度投影 [z]"'),
 "2253 shortcut twice": sub(2253, 'macro "全部關閉 [x]"', 'macro "全部關閉 [b]"'),
 "2253 unknown run command": sub(2253, 'run("Z Project...",', 'run("Z-Project...",'),
 "2253 arrays differ in length": sub(2253, '  "https://arxiv.org/pdf/2106.08254v2",\n', ""),
 "2253 array comma": sub(2253, '  "讀書會 GitHub"\n', '  "讀書會 GitHub",\n'),
 "2253 URL not a URL": sub(2253, '"https://github.com/xianwei-lab/dushuhui"', '"github.com/xianwei-lab/dushuhui"'),
 "2253 unknown Dialog method": sub(2253, "Dialog.show();", "Dialog.display();"),
 "2253 statement outside a macro": sub(2253, "var scaleBarWidth = 50;", "var scaleBarWidth = 50;\nsetBatchMode(true);"),
 # 2254 .vmdrc
 "2254 unknown command": sub(2254, "axes location Off", "axis location Off"),
 "2254 display value": sub(2254, "display projection Orthographic", "display projection Orthogonal"),
 "2254 background colour": sub(2254, "color Display Background white", "color Display Background ivory"),
 "2254 mol default material": sub(2254, "mol default material AOChalky", "mol default material Chalky"),
 "2254 key twice": sub(2254, "user add key Alt-s {rotate stop}", "user add key Alt-c {rotate stop}"),
 "2254 brace not closed": sub(2254, "user add key Alt-s {rotate stop}", "user add key Alt-s {rotate stop"),
 "2254 comment inside the list": sub(2254, "set anagnoseis {\n", "set anagnoseis {\n    # λίστα\n"),
 "2254 list row shape": sub(2254, "{{Αποθετήριο της ομάδας} https://github.com/molsim-lab/omada-anagnosis}", "{Αποθετήριο https://github.com/molsim-lab/omada-anagnosis}"),
 "2254 lindex past the end": sub(2254, "[lindex $::anagnoseis 4 1]", "[lindex $::anagnoseis 5 1]"),
 "2254 string not closed": sub(2254, 'puts [format "%-72s %s"', 'puts [format "%-72s %s'),
 "2254 menu shape": sub(2254, "menu main move 5 225", "menu main move 5"),
 # 2255 wezterm.lua
 "2255 end missing": sub(2255, "      wezterm.open_with(c[3])\n    end),", "      wezterm.open_with(c[3])\n    ),"),
 "2255 string not closed": sub(2255, "config.audible_bell = 'Disabled'", "config.audible_bell = 'Disabled"),
 "2255 unknown config key": sub(2255, "config.scrollback_lines = 20000", "config.scrollback = 20000"),
 "2255 config set twice": sub(2255, "config.font_size = 12.0", "config.font = 12.0"),
 "2255 unknown action": sub(2255, "act.TogglePaneZoomState", "act.ZoomPane"),
 "2255 unknown modifier": sub(2255, "mods = 'LEADER|SHIFT'", "mods = 'LEADER|HYPER'"),
 "2255 key twice": sub(2255, "{ key = 'z', mods = 'LEADER'", "{ key = 'h', mods = 'LEADER'"),
 "2255 clanci key clashes": sub(2255, "{ '0', 'Repozitorij kluba'", "{ 'c', 'Repozitorij kluba'"),
 "2255 clanci row shape": sub(2255, "'http://arxiv.org/abs/2302.05543' },", "'http://arxiv.org/abs/2302.05543' }"),
 "2255 do missing": sub(2255, "for _, c in ipairs(clanci) do", "for _, c in ipairs(clanci)"),
 "2255 no return": sub(2255, "\nreturn config\n", "\n"),
 "2255 unknown global": sub(2255, "local act = wezterm.action", "act = wezterm.action"),
 # 2256 .clang-tidy
 "2256 unknown key": sub(2256, "FormatStyle: file", "FormatStyles: file"),
 "2256 FormatStyle value": sub(2256, "FormatStyle: file", "FormatStyle: clang"),
 "2256 glob shape": sub(2256, "  performance-*,", "  performance-* ,\n  *performance,"),
 "2256 unknown check group": sub(2256, "  modernize-*,", "  modernise-*,"),
 "2256 glob twice": sub(2256, "  misc-const-correctness", "  misc-const-correctness,\n  bugprone-*"),
 "2256 option for a disabled check": sub(2256, "performance-unnecessary-value-param.AllowedTypes", "google-runtime-references.AllowedTypes"),
 "2256 option key twice": sub(2256, "readability-identifier-naming.FunctionCase", "readability-identifier-naming.ClassCase"),
 "2256 option without value": sub(2256, "    value: camelBack\n", ""),
 "2256 regex does not compile": sub(2256, "HeaderFilterRegex: '^(src|include)/.*'", "HeaderFilterRegex: '^(src|include/.*'"),
 "2256 ExtraArgs not flags": sub(2256, "'-nocudalib'", "'nocudalib'"),
 "2256 no document start": sub(2256, "---\n", "", 1),
 "2256 indentation": sub(2256, "    value: CamelCase", "   value: CamelCase"),
 "2256 catalogue title in the negative": sub(2256, "# ---- bacaan", "# " + T_("2307.09288") + "\n# ---- bacaan"),
 "2256 catalogue title in lower case": sub(2256, "# ---- bacaan", "# " + T_("1512.03385").lower() + "\n# ---- bacaan"),
 "2256 arXiv id in the negative": sub(2256, "# ---- bacaan", "# arXiv:2305.10601\n# ---- bacaan"),
 # text breaks of the labels
 "title cut (2249)": sub(2249, T_("2010.06040"), "Improving Self-supervised Pre-training"),
 "link removed (2247)": sub(2247, "https://arxiv.org/abs/2001.08361", "https://example.org/kaplan.pdf"),
 "arXiv id removed (2253)": sub(2253, "（arXiv:2103.03230）", "（arXiv）"),
 "OpenReview link removed (2251)": sub(2251, "https://openreview.net/forum?id=rkgNKkHtvB", "https://openreview.net/"),
 "OpenReview link made a group link (2254)": sub(2254, "https://openreview.net/forum?id=zOGdf9K8aC", "https://openreview.net/group?id=ICLR.cc/2021"),
 "id added to a title-only paper (2250)": sub(2250, T_("2307.15818") + "\n", T_("2307.15818") + " arXiv:2307.15818\n"),
 "link beside an OpenReview record (2255)": sub(2255, "-- Sljedeći mjesec", "-- vidi i https://arxiv.org/abs/2011.13456\n-- Sljedeći mjesec"),
 "unlabelled title (2248)": sub(2248, "# Datos para", "#   " + T_("2006.11239") + "\n# Datos para"),
 "unlabelled title in lower case (2252)": sub(2252, "# Kirja uusille", "# " + T_("2005.14165").lower() + "\n# Kirja uusille"),
 "unlabelled title in sentence case (2254)": sub(2254, "# Βιβλία", "# " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\n# Βιβλία"),
 "unlabelled arXiv id (2249)": sub(2249, "# Data til øvelserne", "# se også arXiv:2305.10601\n# Data til øvelserne"),
 "unlabelled OpenReview link (2250)": sub(2250, "# 교재", "# https://openreview.net/forum?id=Abc123XyZ9\n# 교재"),
 "arXiv-text id given a link (2252)": sub(2252, "(arXiv:2008.07669)", "(https://arxiv.org/abs/2008.07669)"),
 "title-only id as link (2253)": sub(2253, "//   " + T_("2004.11362") + "\n", "//   " + T_("2004.11362") + " https://arxiv.org/abs/2004.11362\n"),
 "title cut in a no-arXiv title (2250)": sub(2250, AGZ, "Mastering the game of Go"),
 "no-arXiv title in other words (2255)": sub(2255, DBN, "A Fast Learning Algorithm for Deep Belief Networks"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2247]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2251])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2251]][7].update(openreview_id="rkgNKkHtvB")),
 "missing field": exp_edit(lambda e: e[D[2248]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2250]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2250]][5].update(true_arxiv_id="1001.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2249]].append(dict(e[D[2249]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2252]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2255]][3].update(title="Adding Conditional Control to Text-to-Image Diffusion Model")),
 "label in the negative": exp_edit(lambda e: e[D[2256]].append(dict(e[D[2247]][1]))),
 "link record without id": exp_edit(lambda e: e[D[2253]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2254]][1].update(arxiv_id="2010.01413")),
 "paper in two files": exp_edit(lambda e: e[D[2251]].append(dict(e[D[2248]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2247]].pop(3)),
 "paper at an even position (written and labelled)": both(
     sub(2255, "-- Sljedeći mjesec", "--   " + T_("1907.05600") + "\n-- Sljedeći mjesec"),
     exp_edit(lambda e: e[D[2255]].append({"arxiv_id": None, "openreview_id": None, "title": T_("1907.05600"), "evidence": "title-only", "true_arxiv_id": "1907.05600"}))),
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
