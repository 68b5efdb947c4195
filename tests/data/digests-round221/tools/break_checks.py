#!/usr/bin/env python3
"""Breaks a scratch copy of round221 (/tmp/r221/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round219's harness, with round221's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r221/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2227, 2237)}


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

ALL = range(2227, 2237)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2227 .tridactylrc
 "2227 unknown command": sub(2227, "colourscheme dark", "colorscheme dark"),
 "2227 unknown setting": sub(2227, "set smoothscroll true", "set smoothscrolling true"),
 "2227 setting twice": sub(2227, "set newtab about:blank", "set hintchars asdf"),
 "2227 boolean": sub(2227, "set modeindicator true", "set modeindicator yes"),
 "2227 search URL": sub(2227, "set searchurls.gh https://github.com/search?q=%s", "set searchurls.gh github.com/search?q=%s"),
 "2227 key twice": sub(2227, "bind ,d tabdetach", "bind ,r tabdetach"),
 "2227 unknown ex command": sub(2227, "bind J tabprev", "bind J previoustab"),
 "2227 unknown mode": sub(2227, "bind --mode=ex <C-k>", "bind --mode=command <C-k>"),
 "2227 quickmark twice": sub(2227, "quickmark c https://github.com/", "quickmark b https://github.com/"),
 "2227 quickmark without URL": sub(2227, "quickmark r https://arxiv.org/abs/2006.06882", "quickmark r arxiv.org/abs/2006.06882"),
 "2227 sanitise not first": sub(2227, "sanitise tridactyllocal tridactylsync\n", ""),
 "2227 command twice": sub(2227, "command club tabopen", "command planning tabopen"),
 # 2228 .nethackrc
 "2228 not NAME=value": sub(2228, "OPTIONS=fruit:hjortron", "OPTIONS fruit:hjortron"),
 "2228 unknown boolean": sub(2228, "!sparkle", "!sparkles"),
 "2228 compound without value": sub(2228, "OPTIONS=symset:DECgraphics", "OPTIONS=symset"),
 "2228 unknown role": sub(2228, "role:Valkyrie", "role:Paladin"),
 "2228 option twice": sub(2228, "OPTIONS=fruit:hjortron", "OPTIONS=fruit:hjortron,color"),
 "2228 number": sub(2228, "msghistory:50", "msghistory:many"),
 "2228 MENUCOLOR colour": sub(2228, '" cursed "=red', '" cursed "=crimson'),
 "2228 MENUCOLOR quote": sub(2228, 'MENUCOLOR=" uncursed "=cyan', 'MENUCOLOR=" uncursed =cyan'),
 "2228 MSGTYPE kind": sub(2228, 'MSGTYPE=stop "You are', 'MSGTYPE=halt "You are'),
 "2228 unknown line": sub(2228, 'AUTOPICKUP_EXCEPTION="<*loadstone"', 'AUTOPICKUP_EXCEPT="<*loadstone"'),
 "2228 hilite_status rule": sub(2228, "hilite_status:hitpoints/<33%/red&bold", "hilite_status:hitpoints<33%red"),
 # 2229 SConstruct
 "2229 syntax error": sub(2229, "for nazwa, url in sorted(ARTYKULY.items()):", "for nazwa, url in sorted(ARTYKULY.items())"),
 "2229 undefined name": sub(2229, "Default(praca)", "Default(pracа_pdf)"),
 "2229 Default twice": sub(2229, "Default(praca)", "Default(praca)\nDefault(rozdzialy)"),
 "2229 no PDF builder": sub(2229, "env.PDF(target=", "env.DVI(target="),
 "2229 dict key twice": sub(2229, '"bit": "https', '"resnest": "https'),
 "2229 value not a URL": sub(2229, '"https://arxiv.org/pdf/1912.11370v3"', '"arxiv.org/pdf/1912.11370v3"'),
 "2229 key not a file name": sub(2229, '"prelu": "http', '"PReLU init": "http'),
 "2229 no Command builder": sub(2229, 'env.Command("artykuly/%s.pdf" % nazwa, [], "curl -fsSL -o $TARGET " + url)', 'print(nazwa, url)'),
 # 2230 qtile config.py
 "2230 syntax error": sub(2230, '    layout.Max(),\n]', '    layout.Max(),\n'),
 "2230 undefined name": sub(2230, 'lazy.spawn(terminal)', 'lazy.spawn(terminale)'),
 "2230 import not libqtile": sub(2230, "from libqtile.lazy import lazy", "from libqtile.lazy import lazy\nimport subprocess"),
 "2230 binding twice": sub(2230, 'Key([mod], "n", lazy.layout.normalize()', 'Key([mod], "h", lazy.layout.normalize()'),
 "2230 unknown modifier": sub(2230, 'Key([mod, "control"], "q"', 'Key([mod, "ctrl"], "q"'),
 "2230 no screens": sub(2230, "screens = [", "telas = ["),
 "2230 mod": sub(2230, 'mod = "mod4"', 'mod = "super"'),
 "2230 chord key twice": sub(2230, '("c", "http://arxiv.org/abs/2303.01469"', '("s", "http://arxiv.org/abs/2303.01469"'),
 "2230 LEITURAS entry shape": sub(2230, '"Repositório do grupo"),', '),'),
 "2230 LEITURAS URL": sub(2230, '("g", "https://github.com/difusao-lab/grupo-de-leitura"', '("g", "github.com/difusao-lab/grupo-de-leitura"'),
 # 2231 niri config.kdl
 "2231 brace not closed": sub(2231, "    default-column-width { proportion 0.5; }\n", "    default-column-width { proportion 0.5;\n"),
 "2231 string not closed": sub(2231, 'spawn-at-startup "mako"', 'spawn-at-startup "mako'),
 "2231 unknown top-level node": sub(2231, "prefer-no-csd", "prefer-no-decorations"),
 "2231 bind shape": sub(2231, "    Mod+Q { close-window; }", "    Mod+Q close-window"),
 "2231 unknown modifier": sub(2231, "    Mod+Ctrl+H {", "    Mod+Control+H {"),
 "2231 key twice": sub(2231, "    Mod+R { switch-preset-column-width; }", "    Mod+F { switch-preset-column-width; }"),
 "2231 unknown action": sub(2231, "{ maximize-column; }", "{ maximise-column; }"),
 "2231 xdg-open without URL": sub(2231, '"xdg-open" "https://arxiv.org/abs/2202.10447"', '"xdg-open"'),
 "2231 indentation": sub(2231, "        tap\n", "      tap\n"),
 "2231 unknown property": sub(2231, 'Mod+D hotkey-overlay-title=', 'Mod+D overlay-title='),
 # 2232 fhem.cfg
 "2232 unknown type": sub(2232, "define Kueche_Licht dummy", "define Kueche_Licht dumy"),
 "2232 device twice": sub(2232, "define Waschmaschine dummy", "define Kueche_Licht dummy"),
 "2232 attr before define": sub(2232, "define teleBot TelegramBot\n", "", ),
 "2232 single semicolon": sub(2232, '"woche1");;\\', '"woche1");\\'),
 "2232 Perl brace not closed": sub(2232, "  }\\\n}\n", "  }\\\n\n"),
 "2232 undeclared user attribute": sub(2232, "attr Lesekreis userattr woche1 woche2 woche3 woche4", "attr Lesekreis userattr woche1 woche2 woche3"),
 "2232 attribute twice": sub(2232, "attr Kueche_Licht webCmd on:off", "attr Kueche_Licht room Keller"),
 "2232 FHEMWEB port": sub(2232, "define WEB FHEMWEB 8083 global", "define WEB FHEMWEB global"),
 "2232 at time spec": sub(2232, "at *07:30:00 {", "at morgens {"),
 "2232 unknown command": sub(2232, "attr WEB editConfig 1", "atr WEB editConfig 1"),
 "2232 continued line at end": text(2232, lambda s: s + "attr at_Lesekreis disable 0\\\n"),
 # 2233 rootlogon.C
 "2233 string not closed": sub(2233, 'gROOT->SetStyle("Modern");', 'gROOT->SetStyle("Modern);'),
 "2233 brace not closed": sub(2233, "\n}\n", "\n\n"),
 "2233 statement without semicolon": sub(2233, "gStyle->SetOptFit(1111);", "gStyle->SetOptFit(1111)"),
 "2233 unknown method": sub(2233, "gStyle->SetPadTickY(1);", "gStyle->SetTicksY(1);"),
 "2233 unknown global": sub(2233, 'gSystem->Load("libRooFit");', 'gSys->Load("libRooFit");'),
 "2233 table row shape": sub(2233, '"https://arxiv.org/abs/2010.01412"},', '"https://arxiv.org/abs/2010.01412"}'),
 "2233 table URL": sub(2233, '"https://github.com/saiteki-lab/rinko"', '"github.com/saiteki-lab/rinko"'),
 "2233 printf arguments": sub(2233, 'r[0], r[1]);', 'r[0]);'),
 "2233 not one block": sub(2233, "// TStyle のメソッド一覧", "gROOT->Reset();\n// TStyle のメソッド一覧"),
 # 2234 .pryrc
 "2234 end missing": sub(2234, "  warn \"awesome_print chưa cài: gem install awesome_print\"\nend\n", "  warn \"awesome_print chưa cài: gem install awesome_print\"\n"),
 "2234 string not closed": sub(2234, 'Pry.config.editor = "nvim"', 'Pry.config.editor = "nvim'),
 "2234 unknown config": sub(2234, "Pry.config.pager = false", "Pry.config.paging = false"),
 "2234 config twice": sub(2234, 'Pry.config.prompt_name = "thu"', 'Pry.config.color = false'),
 "2234 boolean": sub(2234, "Pry.config.color = true", "Pry.config.color = yes"),
 "2234 alias twice": sub(2234, 'alias_command "f", "finish"', 'alias_command "s", "finish"'),
 "2234 hash key twice": sub(2234, '"prompt" => "http', '"t5" => "http'),
 "2234 hash value not a URL": sub(2234, '"repo" => "https://github.com/ngonngu-lab/nhom-doc"', '"repo" => "ngonngu-lab/nhom-doc"'),
 "2234 hash comma": sub(2234, '"s4" => "https://openreview.net/forum?id=uYLFoz1vlAC",', '"s4" => "https://openreview.net/forum?id=uYLFoz1vlAC"'),
 "2234 bracket not closed": sub(2234, "DOC_TUAN[ten.to_s]", "DOC_TUAN[ten.to_s"),
 # 2235 textadept init.lua
 "2235 end missing": sub(2235, "    view.edge_column = 0\n  end\nend)", "    view.edge_column = 0\nend)"),
 "2235 string not closed": sub(2235, "buffer.tab_width = 4\n", "buffer.tab_width = '4\n"),
 "2235 then missing": sub(2235, "if name == 'markdown' then", "if name == 'markdown'"),
 "2235 do missing": sub(2235, "for _, l in ipairs(lecturi) do", "for _, l in ipairs(lecturi)"),
 "2235 unknown global": sub(2235, "textadept.session.save_on_quit = true", "session.save_on_quit = true"),
 "2235 key twice": sub(2235, "keys['ctrl+alt+r']", "keys['ctrl+alt+n']"),
 "2235 key shape": sub(2235, "keys['ctrl+alt+r']", "keys['control-alt-r']"),
 "2235 number": sub(2235, "buffer.tab_width = 4", "buffer.tab_width = four"),
 "2235 table row shape": sub(2235, "'https://arxiv.org/abs/2102.05918'},", "'https://arxiv.org/abs/2102.05918'}"),
 "2235 brace not closed": sub(2235, "{font = 'JetBrains Mono', size = 12})", "{font = 'JetBrains Mono', size = 12)"),
 # 2236 .bazelrc
 "2236 unknown command": sub(2236, "coverage --combined_report=lcov", "cover --combined_report=lcov"),
 "2236 option shape": sub(2236, "build --jobs=24", "build -j 24"),
 "2236 startup config": sub(2236, "startup --host_jvm_args=-Xmx4g", "startup:big --host_jvm_args=-Xmx4g"),
 "2236 config defined nowhere": sub(2236, "test --test_output=errors", "test --test_output=errors --config=tsan"),
 "2236 line twice": sub(2236, "build:asan --strip=never\n", "build:asan --strip=never\nbuild:asan --copt=-fsanitize=address\n"),
 "2236 indented line": sub(2236, "build:opt --compilation_mode=opt", "  build:opt --compilation_mode=opt"),
 "2236 try-import without path": sub(2236, "try-import %workspace%/user.bazelrc", "try-import"),
 "2236 catalogue title in the negative": sub(2236, "# CUDA: правила", "# " + T_("2307.09288") + "\n# CUDA: правила"),
 "2236 catalogue title in lower case": sub(2236, "# CUDA: правила", "# " + T_("1905.11946").lower() + "\n# CUDA: правила"),
 "2236 arXiv id in the negative": sub(2236, "# CUDA: правила", "# arXiv:2305.10601\n# CUDA: правила"),
 # text breaks of the labels
 "title cut (2227)": sub(2227, T_("2006.06882"), "Rethinking Pre-training"),
 "link removed (2232)": sub(2232, "https://arxiv.org/abs/2001.08361", "https://example.org/kaplan.pdf"),
 "arXiv id removed (2233)": sub(2233, "(arXiv:2108.04392)", "(arXiv)"),
 "OpenReview link removed (2231)": sub(2231, "https://openreview.net/forum?id=rkgNKkHtvB", "https://openreview.net/"),
 "OpenReview link made a group link (2234)": sub(2234, "https://openreview.net/forum?id=uYLFoz1vlAC", "https://openreview.net/group?id=ICLR.cc/2022"),
 "id added to a title-only paper (2228)": sub(2228, "#   " + T_("2204.01691") + "\n", "#   " + T_("2204.01691") + " arXiv:2204.01691\n"),
 "link beside an OpenReview record (2230)": sub(2230, "https://openreview.net/forum?id=PxTIG12RRHS", "https://arxiv.org/abs/2011.13456 https://openreview.net/forum?id=PxTIG12RRHS"),
 "unlabelled title (2235)": sub(2235, "-- Carte:", "--   " + T_("2006.11239") + "\n-- Carte:"),
 "unlabelled title in lower case (2229)": sub(2229, "# Kod eksperymentów:", "# " + T_("2005.14165").lower() + "\n# Kod eksperymentów:"),
 "unlabelled title in sentence case (2233)": sub(2233, "// 教科書:", "// " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\n   // 教科書:"),
 "unlabelled arXiv id (2231)": sub(2231, "// Kniha:", "// viz též arXiv:2305.10601\n// Kniha:"),
 "unlabelled OpenReview link (2228)": sub(2228, "# Bok för", "# https://openreview.net/forum?id=Abc123XyZ9\n# Bok för"),
 "arXiv-text id given a link (2234)": sub(2234, "(arXiv:1802.05365)", "(https://arxiv.org/abs/1802.05365)"),
 "title-only id as link (2235)": sub(2235, "--   " + T_("2204.14198") + "\n", "--   " + T_("2204.14198") + " https://arxiv.org/abs/2204.14198\n"),
 "title cut in a no-arXiv title (2229)": sub(2229, "A Fast Learning Algorithm for Deep Belief Nets", "A Fast Learning Algorithm for Belief Nets"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2232]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2231])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2231]][7].update(openreview_id="rkgNKkHtvB")),
 "missing field": exp_edit(lambda e: e[D[2227]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2228]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2229]][6].update(true_arxiv_id="1001.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2234]].append(dict(e[D[2234]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2235]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2230]][3].update(title="Consistency Model")),
 "label in the negative": exp_edit(lambda e: e[D[2236]].append(dict(e[D[2227]][1]))),
 "link record without id": exp_edit(lambda e: e[D[2233]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2229]][0].update(arxiv_id="2004.08956")),
 "paper in two files": exp_edit(lambda e: e[D[2231]].append(dict(e[D[2235]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2232]].pop(3)),
 "paper at an even position": exp_edit(lambda e: e[D[2230]].append({"arxiv_id": None, "openreview_id": None, "title": T_("2005.14165"), "evidence": "title-only", "true_arxiv_id": "2005.14165"})),
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
