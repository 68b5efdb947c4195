#!/usr/bin/env python3
"""Breaks a scratch copy of round219 (/tmp/r219/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round217's harness, with round219's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r219/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2207, 2217)}


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

ALL = range(2207, 2217)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2207 .pythonrc
 "2207 syntax error": sub(2207, "def hoy():", "def hoy()"),
 "2207 dict key twice": sub(2207, '"ti": "https', '"cn": "https'),
 "2207 value not a URL": sub(2207, '"repo": "https://github.com/', '"repo": "github.com/'),
 "2207 readline not imported": sub(2207, "import readline\n", ""),
 "2207 no tab completion": sub(2207, 'readline.parse_and_bind("tab: complete")', 'readline.parse_and_bind("set editing-mode vi")'),
 "2207 function twice": sub(2207, "def hoy():", "def lee():"),
 "2207 PENDIENTES not strings": sub(2207, "PENDIENTES = [\n", "PENDIENTES = [\n    3,\n"),
 "2207 del of unknown name": sub(2207, "del atexit, os, readline, rlcompleter", "del atexit, os, readline, rlcompleter, sys"),
 # 2208 zathurarc
 "2208 unknown option": sub(2208, "set pages-per-row 1", "set pages-per-column 1"),
 "2208 option twice": sub(2208, "set zoom-min 10", "set zoom-min 10\nset scroll-step 40"),
 "2208 number": sub(2208, "set scroll-step 80", "set scroll-step fast"),
 "2208 colour": sub(2208, 'set default-bg "#fdf6e3"', 'set default-bg "beige"'),
 "2208 unknown function": sub(2208, "map R rotate", "map R turn"),
 "2208 key twice": sub(2208, "map p print", "map u print"),
 "2208 feedkeys without Return": sub(2208, "2106.08254<Return>", "2106.08254"),
 "2208 quote not closed": sub(2208, 'set font "IBM Plex Sans 10"', 'set font "IBM Plex Sans 10'),
 "2208 unknown command": sub(2208, "map r reload", "bind r reload"),
 # 2209 .pylintrc
 "2209 not INI": sub(2209, "[FORMAT]\n", "[FORMAT\n"),
 "2209 section twice": sub(2209, "[DESIGN]", "[FORMAT]"),
 "2209 unknown section": sub(2209, "[TYPECHECK]", "[TYPECHECKS]"),
 "2209 unknown key": sub(2209, "bad-names=", "badnames="),
 "2209 number": sub(2209, "max-line-length=110", "max-line-length=long"),
 "2209 yes/no": sub(2209, "persistent=yes", "persistent=maybe"),
 "2209 good-names blank item": sub(2209, "good-names=i,j,k,", "good-names=i,,j,k,"),
 "2209 good-names item twice": sub(2209, "lr,wd,bs,", "lr,wd,lr,"),
 "2209 py-version": sub(2209, "py-version=3.10", "py-version=ten"),
 "2209 naming style": sub(2209, "class-naming-style=PascalCase", "class-naming-style=Pascal"),
 # 2210 .psqlrc
 "2210 not a meta-command": sub(2210, "\\x auto", "x auto"),
 "2210 unknown meta-command": sub(2210, "\\timing on", "\\timer on"),
 "2210 quote not closed": sub(2210, "\\set PROMPT2 '%R%# '", "\\set PROMPT2 '%R%# "),
 "2210 variable twice": sub(2210, "\\set HISTSIZE 5000", "\\set VERBOSITY terse\n\\set HISTSIZE 5000"),
 "2210 HISTSIZE": sub(2210, "\\set HISTSIZE 5000", "\\set HISTSIZE many"),
 "2210 query without semicolon": sub(2210, "NOT granted;'", "NOT granted'"),
 "2210 parenthesis not closed": sub(2210, "(5, ''dashboard''", "((5, ''dashboard''"),
 "2210 pset option": sub(2210, "\\pset border 2", "\\pset borders 2"),
 "2210 QUIET not reset": sub(2210, "\\set QUIET 0\n", ""),
 "2210 x argument": sub(2210, "\\x auto", "\\x sometimes"),
 # 2211 .tigrc
 "2211 set shape": sub(2211, "set tab-size = 4", "set tab-size 4"),
 "2211 unknown option": sub(2211, "set mouse = yes", "set mice = yes"),
 "2211 option twice": sub(2211, "set refresh-mode = auto", "set wrap-lines = no"),
 "2211 unknown keymap": sub(2211, "bind status  P", "bind statuss P"),
 "2211 key twice": sub(2211, "bind generic <Ctrl-Y>", "bind generic <Ctrl-T>"),
 "2211 unknown action": sub(2211, "move-last-line", "goto-last-line"),
 "2211 xdg-open without URL": sub(2211, "@xdg-open http://arxiv.org/abs/2310.08560", "@xdg-open arxiv.org/abs/2310.08560"),
 "2211 colour": sub(2211, "color date          cyan", "color date          teal"),
 "2211 unknown command": sub(2211, "color cursor", "colour cursor"),
 # 2212 .condarc
 "2212 unknown key": sub(2212, "changeps1: true", "change_ps1: true"),
 "2212 key twice": sub(2212, "ssl_verify: true", "ssl_verify: true\nchangeps1: false"),
 "2212 boolean": sub(2212, "auto_activate_base: false", "auto_activate_base: no"),
 "2212 channel_priority": sub(2212, "channel_priority: strict", "channel_priority: high"),
 "2212 list given a scalar": sub(2212, "pkgs_dirs:\n  - /data/bersama/conda/pkgs\n", "pkgs_dirs: /data/bersama/conda/pkgs\n"),
 "2212 odd indentation": sub(2212, "  - nvidia", "   - nvidia"),
 "2212 tab": sub(2212, "  - pip", "\t- pip"),
 # 2213 sxhkdrc
 "2213 command without hotkey": sub(2213, "super + Escape\n", ""),
 "2213 hotkey without command": sub(2213, "\tpkill -USR1 -x sxhkd\n", ""),
 "2213 command indented with spaces": sub(2213, "\trofi -show drun", "    rofi -show drun"),
 "2213 unknown modifier": sub(2213, "super + alt + g", "super + option + g"),
 "2213 sequence counts": sub(2213, "http://arxiv.org/abs/2008.07669}", "http://arxiv.org/abs/2008.07669,https://github.com/hatekony-lab/olvasokor}"),
 "2213 brace not paired": sub(2213, "bspc {quit,wm -r}", "bspc {quit,wm -r"),
 "2213 hotkey twice": sub(2213, "super + alt + g", "super + Return"),
 # 2214 .bashrc
 "2214 quote not closed": sub(2214, "alias la='ls -A'", "alias la='ls -A"),
 "2214 brace not closed": sub(2214, '    xdg-open "${letture[$1]}" >/dev/null 2>&1 &\n}\n', '    xdg-open "${letture[$1]}" >/dev/null 2>&1 &\n'),
 "2214 fi missing": sub(2214, "    . /usr/share/bash-completion/bash_completion\nfi\n", "    . /usr/share/bash-completion/bash_completion\n"),
 "2214 no guard": sub(2214, "      *) return;;\n", ""),
 "2214 alias twice": sub(2214, "alias la=", "alias ll="),
 "2214 alias unquoted": sub(2214, "alias gpu='watch -n 2 nvidia-smi'", "alias gpu=watch"),
 "2214 function twice": sub(2214, "prossime() {", "leggi() {"),
 "2214 HISTSIZE": sub(2214, "HISTSIZE=10000", "HISTSIZE=lots"),
 "2214 table entry": sub(2214, '    [fa]="https://arxiv.org/pdf/2205.14135v2"', '    fa="https://arxiv.org/pdf/2205.14135v2"'),
 "2214 table undeclared": sub(2214, "declare -A letture=(", "declare -A articoli=("),
 # 2215 dunstrc
 "2215 section twice": sub(2215, "[anagnosi-repo]", "[anagnosi]"),
 "2215 key twice": sub(2215, "    padding = 8\n", "    padding = 8\n    padding = 6\n"),
 "2215 unknown global key": sub(2215, "    word_wrap = yes", "    wrap_words = yes"),
 "2215 not key = value": sub(2215, "    alignment = left", "    alignment left"),
 "2215 number": sub(2215, "    timeout = 8\n", "    timeout = 8s\n"),
 "2215 colour": sub(2215, '    background = "#be5046"', '    background = "red"'),
 "2215 urgency section missing": sub(2215, "[urgency_low]", "[urgency_lowest]"),
 "2215 rule matching nothing": sub(2215, "    appname = anagnosi\n    summary = \"*αποθετήριο*\"\n", ""),
 "2215 origin": sub(2215, "origin = top-right", "origin = upper-right"),
 "2215 quote not closed": sub(2215, 'summary = "*αποθετήριο*"', 'summary = "*αποθετήριο*'),
 # 2216 .gitignore
 "2216 pattern twice": sub(2216, "*.swp\n", "*.swp\n*.aux\n"),
 "2216 space in pattern": sub(2216, "wandb/\n", "wandb/ outputs/\n"),
 "2216 exception re-includes nothing": sub(2216, "!data/LLEGEIX.md", "!docs/LLEGEIX.md"),
 "2216 indented pattern": sub(2216, ".venv/\n", "  .venv/\n"),
 "2216 exception before its pattern": sub(2216, "data/*\n!data/LLEGEIX.md\n", "!data/LLEGEIX.md\ndata/*\n"),
 "2216 catalogue title in the negative": sub(2216, "# Editors", "# Editors (" + T_("2307.09288") + ")"),
 "2216 catalogue title in lower case": sub(2216, "# Editors", "# Editors, " + T_("1905.11946").lower()),
 "2216 arXiv id in the negative": sub(2216, "# Python\n", "# Python (arXiv:2305.10601)\n"),
 # text breaks of the labels
 "title cut (2207)": sub(2207, T_("2302.05543"), "Adding Control to Text-to-Image Diffusion Models"),
 "link removed (2215)": sub(2215, "https://arxiv.org/abs/2204.14198", "https://example.org/flamingo.pdf"),
 "arXiv id removed (2210)": sub(2210, "(arXiv:2204.02311)", "(arXiv)"),
 "OpenReview link removed (2213)": sub(2213, "https://openreview.net/forum?id=uYLFoz1vlAC", "https://openreview.net/"),
 "OpenReview link made a group link (2214)": sub(2214, "https://openreview.net/forum?id=r1gs9JgRZ", "https://openreview.net/group?id=ICLR.cc/2018"),
 "id added to a title-only paper (2211)": sub(2211, "#   " + T_("2101.03958") + "\n", "#   " + T_("2101.03958") + " arXiv:2101.03958\n"),
 "link beside an OpenReview record (2208)": sub(2208, "https://openreview.net/forum?id=3rRgu7OGgBI", "https://arxiv.org/abs/2011.06182 https://openreview.net/forum?id=3rRgu7OGgBI"),
 "unlabelled title (2212)": sub(2212, "# Buku pegangan", "# " + T_("2006.11239") + "\n# Buku pegangan"),
 "unlabelled title in lower case (2209)": sub(2209, "[DESIGN]", "# " + T_("2005.14165").lower() + "\n[DESIGN]"),
 "unlabelled title in sentence case (2214)": sub(2214, "export EDITOR=vim", "# " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\nexport EDITOR=vim"),
 "unlabelled arXiv id (2213)": sub(2213, "# Felvétel:", "# lásd még arXiv:2305.10601\n# Felvétel:"),
 "unlabelled OpenReview link (2211)": sub(2211, "# Kirja:", "# https://openreview.net/forum?id=Abc123XyZ9\n# Kirja:"),
 "arXiv-text id given a link (2212)": sub(2212, "(arXiv:1301.3781)", "(https://arxiv.org/abs/1301.3781)"),
 "title-only id as link (2207)": sub(2207, '    "' + T_("2303.01469") + '",', '    "' + T_("2303.01469") + ' https://arxiv.org/abs/2303.01469",'),
 "title cut in a no-arXiv title (2209)": sub(2209, "A Fast Learning Algorithm for Deep Belief Nets", "A Fast Learning Algorithm for Belief Nets"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2210]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2213])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2213]][7].update(openreview_id="qVyeW-grC2k")),
 "missing field": exp_edit(lambda e: e[D[2207]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2208]][0].update(arxiv_id="2011.06182")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2211]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2212]].append(dict(e[D[2212]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2215]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2212]][3].update(title="Subword Units")),
 "label in the negative": exp_edit(lambda e: e[D[2216]].append(dict(e[D[2207]][1]))),
 "link record without id": exp_edit(lambda e: e[D[2214]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2209]][0].update(arxiv_id="1905.11947")),
 "paper in two files": exp_edit(lambda e: e[D[2213]].append(dict(e[D[2215]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2214]].pop(3)),
 "paper at an even position": exp_edit(lambda e: e[D[2210]].append({"arxiv_id": None, "openreview_id": None, "title": T_("2005.14165"), "evidence": "title-only", "true_arxiv_id": "2005.14165"})),
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
