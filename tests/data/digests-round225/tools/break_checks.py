#!/usr/bin/env python3
"""Breaks a scratch copy of round225 (/tmp/r225/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round223's harness, with round225's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r225/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2267, 2277)}


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
from make_expected import AGZ, ALEXNET, GPT2

ALL = range(2267, 2277)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2267 .xpdfrc
 "2267 unknown option": sub(2267, "initialSidebarState no", "initialSidebar no"),
 "2267 option twice": sub(2267, "vectorAntialias yes", "antialias yes"),
 "2267 boolean": sub(2267, "textPageBreaks no", "textPageBreaks false"),
 "2267 enumerated value": sub(2267, "initialDisplayMode continuous", "initialDisplayMode scroll"),
 "2267 colour": sub(2267, "matteColor slategray", "matteColor slate"),
 "2267 trailing comment": sub(2267, "psPaperSize A4", "psPaperSize A4 # evropski"),
 "2267 urlCommand without %s": sub(2267, 'urlCommand "firefox %s"', 'urlCommand "firefox"'),
 "2267 key name": sub(2267, "bind ctrl-d any pageDown", "bind control-d any pageDown"),
 "2267 unknown context": sub(2267, "bind esc fullScreen windowMode", "bind esc fullscreen windowMode"),
 "2267 key bound twice": sub(2267, "bind r any reload", "bind q any reload"),
 "2267 unknown command": sub(2267, "bind shift-p any zoomFitPage", "bind shift-p any zoomPage"),
 "2267 argument missing": sub(2267, "bind g any gotoPage(1)", "bind g any gotoPage"),
 "2267 argument not a number": sub(2267, "bind j any scrollDown(32)", "bind j any scrollDown(malo)"),
 "2267 run without URL": sub(2267, "run(xdg-open https://arxiv.org/abs/2206.07682)", "run(xdg-open)"),
 "2267 indented option": sub(2267, "antialias yes", "  antialias yes"),
 # 2268 .ratpoisonrc
 "2268 unknown command": sub(2268, "startup_message off", "startupmessage off"),
 "2268 unknown variable": sub(2268, "set inputwidth 640", "set inputsize 640"),
 "2268 variable twice": sub(2268, "set msgwait 4", "set border 4"),
 "2268 padding shape": sub(2268, "set padding 0 0 0 0", "set padding 0 0"),
 "2268 gravity": sub(2268, "set bargravity ne", "set bargravity northeast"),
 "2268 colour": sub(2268, "set fwcolor steelblue", "set fwcolor steel"),
 "2268 key bound twice": sub(2268, "bind z exec zathura", "bind f exec zathura"),
 "2268 key shape": sub(2268, "bind C-c exec kitty", "bind Ctrl+c exec kitty"),
 "2268 unknown keymap": sub(2268, "definekey olvaso 2 exec", "definekey olvasok 2 exec"),
 "2268 readkey before newkmap": sub(2268, "newkmap olvaso\nbind o readkey olvaso", "bind o readkey olvaso\nnewkmap olvaso"),
 "2268 unknown hook": sub(2268, "addhook switchwin banish", "addhook windowswitch banish"),
 "2268 unknown command after bind": sub(2268, "bind K kill", "bind K destroy"),
 "2268 xdg-open without URL": sub(2268, "exec xdg-open https://arxiv.org/abs/1904.10509", "exec xdg-open"),
 "2268 exec without a program": sub(2268, "bind f exec firefox", "bind f exec"),
 "2268 startup_message value": sub(2268, "startup_message off", "startup_message no"),
 # 2269 .myclirc
 "2269 unknown section": sub(2269, "[favorite_queries]", "[favourite_queries]"),
 "2269 section twice": sub(2269, "[alias_dsn]", "[colors]"),
 "2269 unknown option": sub(2269, "less_chatty = True", "less_chatter = True"),
 "2269 boolean": sub(2269, "timing = True", "timing = yes"),
 "2269 table format": sub(2269, "table_format = psql", "table_format = pretty"),
 "2269 key twice": sub(2269, "da_doc = ", "them_bai = "),
 "2269 quote not closed": sub(2269, "prompt_continuation = '-> '", "prompt_continuation = '-> "),
 "2269 unquoted list": sub(2269, 'tuan_nay = "SELECT ngay, nguoi_trinh_bay, tieu_de, url FROM buoi_doc WHERE ngay >= CURDATE() ORDER BY ngay LIMIT 3;"', "tuan_nay = SELECT ngay, tieu_de FROM buoi_doc;"),
 "2269 SQL quote not closed": sub(2269, "WHERE nguoi_trinh_bay = 'Hà' ORDER", "WHERE nguoi_trinh_bay = 'Hà ORDER"),
 "2269 placeholder gap": sub(2269, "VALUES ('$1', '$2', '$3', '$4')", "VALUES ('$1', '$2', '$3', '$5')"),
 "2269 not SQL": sub(2269, 'da_doc = "UPDATE', 'da_doc = "MARK'),
 "2269 no semicolon": sub(2269, "ORDER BY tao_luc;\"\n# Buổi 8", "ORDER BY tao_luc\"\n# Buổi 8"),
 "2269 colour value": sub(2269, "scrollbar = 'bg:#00aaaa'", "scrollbar = 'bg:cyan-ish'"),
 "2269 DSN": sub(2269, "local = mysql://root@localhost:3306/thu_nghiem", "local = postgres://root@localhost:5432/thu_nghiem"),
 "2269 key before the first section": sub(2269, "[main]\n", "smart_completion = True\n[main]\n"),
 # 2270 AppDaemon apps.yaml
 "2270 tab indentation": sub(2270, "  module: vaskemaskin", "\tmodule: vaskemaskin"),
 "2270 key twice": sub(2270, "  terskel_watt: 5", "  sensor: 5"),
 "2270 class missing": sub(2270, "  class: Kveldslys\n", ""),
 "2270 class shape": sub(2270, "class: UkensArtikkel", "class: ukens_artikkel"),
 "2270 unknown dependency": sub(2270, "    - tale", "    - opplesing"),
 "2270 unknown constraint": sub(2270, "  constrain_days: mon", "  constrain_weekdays: mon"),
 "2270 constrain_days value": sub(2270, "  constrain_days: mon", "  constrain_days: monday"),
 "2270 time shape": sub(2270, 'tidspunkt: "07:45:00"', 'tidspunkt: "7.45"'),
 "2270 entity domain": sub(2270, "hoyttaler: media_player.kjokken", "hoyttaler: speaker.kjokken"),
 "2270 week twice": sub(2270, "    - uke: 47", "    - uke: 46"),
 "2270 both url and arxiv": sub(2270, '      arxiv: "2112.10752"', '      arxiv: "2112.10752"\n      url: https://example.org/ldm'),
 "2270 unquoted colon in a title": sub(2270, '"' + T_("2009.09761") + '"', T_("2009.09761")),
 "2270 string not closed": sub(2270, 'tittel: "Juleavslutning -- ingen artikkel"', 'tittel: "Juleavslutning -- ingen artikkel'),
 "2270 indentation": sub(2270, "      url: https://arxiv.org/abs/2006.11239", "       url: https://arxiv.org/abs/2006.11239"),
 # 2271 Grace project
 "2271 first line": sub(2271, "# Grace project file\n", "# Grace file\n"),
 "2271 unknown command": sub(2271, "@timestamp off", "@timestamps off"),
 "2271 unknown graph property": sub(2271, "@    znorm 1", "@    zoom 1"),
 "2271 axis scale": sub(2271, "@    xaxes scale Logarithmic", "@    xaxes scale Log"),
 "2271 version": sub(2271, "@version 50125", "@version 5.1.25"),
 "2271 map colour over 255": sub(2271, "(0, 139, 0)", "(0, 339, 0)"),
 "2271 data block without &": sub(2271, "60.2 78.3\n&\n", "60.2 78.3\n"),
 "2271 type missing": sub(2271, "@target G0.S2\n@type xy\n", "@target G0.S2\n"),
 "2271 data row shape": sub(2271, "44.5 77.4\n", "44.5; 77.4\n"),
 "2271 point outside the world": sub(2271, "928 85.4", "1500 85.4"),
 "2271 string not closed": sub(2271, '@    s2 legend  "ResNeSt"', '@    s2 legend  "ResNeSt'),
 "2271 set without data": sub(2271, "@target G0.S4\n@type xy\n5.7 75.5\n22 81.4\n86 84.5\n304 85.6\n&\n", ""),
 "2271 data twice": sub(2271, "@target G0.S4", "@target G0.S3"),
 "2271 stray text": sub(2271, "@    frame type 0\n", "@    frame type 0\nframe on\n"),
 # 2272 .procmailrc
 "2272 recipe flags": sub(2272, ":0 bc:", ":0 bcx:"),
 "2272 flag twice": sub(2272, ":0 bc:", ":0 bcb:"),
 "2272 condition does not compile": sub(2272, "* ^Subject:.*(cs\\.LG|cs\\.CL|cs\\.DC)", "* ^Subject:.*(cs\\.LG|cs\\.CL|cs\\.DC"),
 "2272 recipe without action": sub(2272, "* ^X-Spam-Flag: YES\n.spam/\n", "* ^X-Spam-Flag: YES\n"),
 "2272 block not closed": sub(2272, "  .reading-group/\n}\n", "  .reading-group/\n\n"),
 "2272 brace closes nothing": sub(2272, ".scholar.other/\n", ".scholar.other/\n}\n"),
 "2272 variable before set": sub(2272, "MAILDIR=$HOME/Mail\nDEFAULT=$MAILDIR/inbox/", "DEFAULT=$MAILDIR/inbox/\nMAILDIR=$HOME/Mail"),
 "2272 unknown variable": sub(2272, "LOGABSTRACT=all", "LOGSUMMARY=all"),
 "2272 forward address": sub(2272, "! omer.levi@maarachot-lab.example.co.il", "! omer.levi"),
 "2272 comment inside a recipe head": sub(2272, "* ^From:.*no-reply@arxiv\\.org\n", "* ^From:.*no-reply@arxiv\\.org\n# cs only\n"),
 "2272 recipe start shape": sub(2272, ":0\n* ^X-Spam-Flag: YES", ":1\n* ^X-Spam-Flag: YES"),
 "2272 assignment inside a block": sub(2272, "  :0 c\n", "  VERBOSE=on\n  :0 c\n"),
 # 2273 kanata
 "2273 parenthesis not closed": sub(2273, "  log-layer-changes no\n)", "  log-layer-changes no\n"),
 "2273 unknown form": sub(2273, "(defvar", "(defvars"),
 "2273 unknown defcfg key": sub(2273, "  log-layer-changes no", "  log-layers no"),
 "2273 cmd without danger-enable-cmd": sub(2273, "  danger-enable-cmd yes\n", ""),
 "2273 layer length": sub(2273, "  spc  @str rctl\n", "  spc  @str\n"),
 "2273 unknown key": sub(2273, "caps a    s", "capslock a    s"),
 "2273 key twice in defsrc": sub(2273, "  spc  ralt rctl\n", "  spc  ralt ralt\n"),
 "2273 unknown alias": sub(2273, "_    @s1  @s2", "_    @s1  @s9"),
 "2273 unknown layer": sub(2273, "(layer-while-held straipsniai)", "(layer-while-held straipsnis)"),
 "2273 alias twice": sub(2273, "  k (tap-hold", "  j (tap-hold"),
 "2273 tap-hold arguments": sub(2273, "(tap-hold $tap-time $hold-time esc lctl)", "(tap-hold $tap-time esc lctl)"),
 "2273 unknown variable": sub(2273, "s (tap-hold $tap-time $hold-time s lalt)", "s (tap-hold $tap-time $hold s lalt)"),
 "2273 xdg-open without URL": sub(2273, "(cmd xdg-open https://arxiv.org/abs/2103.00020)", "(cmd xdg-open)"),
 "2273 string not closed": sub(2273, "  log-layer-changes no", '  log-layer-changes "no'),
 "2273 alias in no layer": sub(2273, "  _    @s1  @s2  @s3  @s4  XX", "  _    @s1  @s2  @s3  XX   XX"),
 # 2274 OpenArena autoexec.cfg
 "2274 unknown cvar": sub(2274, 'seta cg_drawFPS "1"', 'seta cg_showFPS "1"'),
 "2274 cvar twice": sub(2274, 'seta r_picmip "0"', 'seta r_mode "0"'),
 "2274 number": sub(2274, 'seta sensitivity "3.2"', 'seta sensitivity "high"'),
 "2274 unquoted value": sub(2274, 'seta cg_fov "100"', "seta cg_fov 100"),
 "2274 key name": sub(2274, 'bind MWHEELUP "weapnext"', 'bind WHEELUP "weapnext"'),
 "2274 key bound twice": sub(2274, 'bind f "weapon 7"', 'bind e "weapon 7"'),
 "2274 unknown bound command": sub(2274, 'bind TAB "+scores"', 'bind TAB "+scoreboard"'),
 "2274 weapon number": sub(2274, 'bind q "weapon 8"', 'bind q "weapon 18"'),
 "2274 Cyrillic in say": sub(2274, "say ^3Next: Decision Transformer", "say ^3Далі: Decision Transformer"),
 "2274 say too long": sub(2274, "say ^3Reading club Thu 16:00: ", "say ^3Reading club Thursday at four in the afternoon in room 305, as always, bring questions and snacks, we start with "),
 "2274 vstr of an unset variable": sub(2274, 'bind F6 "vstr rcnext"', 'bind F6 "vstr rcnxt"'),
 "2274 string not closed": sub(2274, 'bind F2 "vote no"', 'bind F2 "vote no'),
 "2274 vote value": sub(2274, 'bind F1 "vote yes"', 'bind F1 "vote maybe"'),
 "2274 unexpected top-level command": sub(2274, 'echo "^2autoexec.cfg: ok"', 'print "^2autoexec.cfg: ok"'),
 # 2275 Pulsar snippets.cson
 "2275 scope twice": sub(2275, "'.text.tex.latex':", "'.source.gfm':"),
 "2275 scope selector": sub(2275, "'.text.tex.latex':", "'text.tex.latex':"),
 "2275 prefix twice": sub(2275, "'prefix': 'medsel'", "'prefix': 'byol'"),
 "2275 body missing": sub(2275, "    'body': '[lugemisring](https://github.com/meditsiin-lab/lugemisring)'\n", ""),
 "2275 unknown field": sub(2275, "'prefix': 'sam'", "'trigger': 'sam'"),
 "2275 indentation": sub(2275, "    'prefix': 'fig'", "     'prefix': 'fig'"),
 "2275 string not closed": sub(2275, "'prefix': 'todo'", "'prefix': 'todo"),
 "2275 block not closed": sub(2275, "      $0\n    \"\"\"\n  'Märkus", "      $0\n  'Märkus"),
 "2275 tab stop not closed": sub(2275, "${2:nimi}", "${2:nimi"),
 "2275 snippet twice": sub(2275, "  'SAM':", "  'BYOL':"),
 "2275 interpolation": sub(2275, "### Peamine idee", "### Peamine idee #{idee}"),
 "2275 link not a URL": sub(2275, "](https://github.com/meditsiin-lab/lugemisring)", "](github.com/meditsiin-lab/lugemisring)"),
 # 2276 Gentoo make.conf
 "2276 unknown variable": sub(2276, 'PORTAGE_NICENESS="15"', 'PORTAGE_NICE="15"'),
 "2276 variable twice": sub(2276, 'FFLAGS="${COMMON_FLAGS}"', 'CFLAGS="${COMMON_FLAGS}"'),
 "2276 reference before set": sub(2276, 'COMMON_FLAGS="-march=znver4 -O2 -pipe"\nCFLAGS="${COMMON_FLAGS}"', 'CFLAGS="${COMMON_FLAGS}"\nCOMMON_FLAGS="-march=znver4 -O2 -pipe"'),
 "2276 quote not closed": sub(2276, 'VIDEO_CARDS="nvidia"', 'VIDEO_CARDS="nvidia'),
 "2276 MAKEOPTS shape": sub(2276, 'MAKEOPTS="-j24 -l30"', 'MAKEOPTS="-j 24"'),
 "2276 unknown FEATURE": sub(2276, "buildpkg candy", "buildpkg sparkles"),
 "2276 unknown CPU flag": sub(2276, " pclmul ", " pclmulqdq "),
 "2276 CPU flags unsorted": sub(2276, '"aes avx avx2', '"avx aes avx2'),
 "2276 VIDEO_CARDS value": sub(2276, 'VIDEO_CARDS="nvidia"', 'VIDEO_CARDS="geforce"'),
 "2276 USE flag twice": sub(2276, "-telemetry X", "-telemetry X -cuda"),
 "2276 python target": sub(2276, 'PYTHON_SINGLE_TARGET="python3_12"', 'PYTHON_SINGLE_TARGET="python3_12 python3_11"'),
 "2276 mirror without slash": sub(2276, "https://gentoo.mirror.example.rs/ ", "https://gentoo.mirror.example.rs "),
 "2276 indented line": sub(2276, 'PKGDIR="/var/cache/binpkgs"', '  PKGDIR="/var/cache/binpkgs"'),
 "2276 catalogue title in the negative": sub(2276, "# ---- за нове", "# " + T_("2307.09288") + "\n# ---- за нове"),
 "2276 catalogue title in lower case": sub(2276, "# ---- за нове", "# " + T_("1512.03385").lower() + "\n# ---- за нове"),
 "2276 arXiv id in the negative": sub(2276, "# ---- за нове", "# arXiv:2305.10601\n# ---- за нове"),
 # text breaks of the labels
 "title cut (2269)": sub(2269, T_("2012.08561"), "Pre-Training Transformers as Energy-Based Models"),
 "link removed (2267)": sub(2267, "https://arxiv.org/abs/2206.07682", "https://example.org/emergent.pdf"),
 "arXiv id removed (2273)": sub(2273, "arXiv:2102.05918", "arXiv"),
 "OpenReview link removed (2268)": sub(2268, "https://openreview.net/forum?id=rkgNKkHtvB", "https://openreview.net/"),
 "OpenReview link made a group link (2270)": sub(2270, "https://openreview.net/forum?id=PxTIG12RRHS", "https://openreview.net/group?id=ICLR.cc/2021"),
 "id added to a title-only paper (2274)": sub(2274, T_("2307.15818") + "\n", T_("2307.15818") + " arXiv:2307.15818\n"),
 "link beside an OpenReview record (2275)": sub(2275, "# Järgmised", "# vt ka https://arxiv.org/abs/2011.06182\n# Järgmised"),
 "unlabelled title (2271)": sub(2271, "# Llibre per", "#   " + T_("2006.11239") + "\n# Llibre per"),
 "unlabelled title in lower case (2272)": sub(2272, "# דף הקבוצה", "# " + T_("2005.14165").lower() + "\n# דף הקבוצה"),
 "unlabelled title in sentence case (2268)": sub(2268, "# Tavaszra", "# " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\n# Tavaszra"),
 "unlabelled arXiv id (2269)": sub(2269, "# Chưa nhập", "# xem thêm arXiv:2305.10601\n# Chưa nhập"),
 "unlabelled OpenReview link (2270)": sub(2270, "# Neste runde", "# https://openreview.net/forum?id=Abc123XyZ9\n# Neste runde"),
 "arXiv-text id given a link (2272)": sub(2272, "(arXiv:2208.07339)", "(https://arxiv.org/abs/2208.07339)"),
 "title-only id as link (2275)": sub(2275, "#   " + T_("2010.04592") + "\n", "#   " + T_("2010.04592") + " https://arxiv.org/abs/2010.04592\n"),
 "title cut in a no-arXiv title (2274)": sub(2274, AGZ, "Mastering the game of Go"),
 "no-arXiv title in other words (2271)": sub(2271, ALEXNET, "ImageNet Classification with Deep Convolutional Networks"),
 "no-arXiv title in other words (2267)": sub(2267, GPT2, "Language Models are Unsupervised Multi-task Learners"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2269]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2273])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2268]][7].update(openreview_id="qVyeW-grC2k")),
 "missing field": exp_edit(lambda e: e[D[2270]][3].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2274]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2271]][5].update(true_arxiv_id="1001.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2272]].append(dict(e[D[2272]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2275]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2270]][2].update(title="Consistency Model")),
 "label in the negative": exp_edit(lambda e: e[D[2276]].append(dict(e[D[2267]][1]))),
 "link record without id": exp_edit(lambda e: e[D[2273]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2271]][1].update(arxiv_id="1905.11947")),
 "paper in two files": exp_edit(lambda e: e[D[2268]].append(dict(e[D[2272]][2]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2267]].pop(3)),
 "paper at an even position (written and labelled)": both(
     sub(2270, "# Neste runde", "#   " + T_("1907.05600") + "\n# Neste runde"),
     exp_edit(lambda e: e[D[2270]].append({"arxiv_id": None, "openreview_id": None, "title": T_("1907.05600"), "evidence": "title-only", "true_arxiv_id": "1907.05600"}))),
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
