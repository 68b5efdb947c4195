#!/usr/bin/env python3
"""Breaks a scratch copy of round183 (/tmp/r183/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round181's harness, with round183's cases; every digest is UTF-8; 1847 is CRLF with a final CRLF, the others
LF with a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r183/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1847, 1857)}
ENC = lambda n: "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def strip_final_newline(n):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert s.endswith("\n")
        open(p, "w", encoding="utf-8", newline="").write(s[:-1])
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1847 HTA
 "1847 LF line": sub(1847, "<title>Gépi látás olvasókör – tavaszi félév</title>\r\n", "<title>Gépi látás olvasókör – tavaszi félév</title>\n"),
 "1847 final CRLF": sub(1847, "</html>\r\n", "</html>"),
 "1847 doctype": sub(1847, "<!DOCTYPE html>", "<!DOCTYPE HTML PUBLIC>"),
 "1847 HTA attribute": sub(1847, 'SHOWINTASKBAR="yes"', 'TASKBAR="yes"'),
 "1847 HTA yes/no": sub(1847, 'SYSMENU="yes"', 'SYSMENU="true"'),
 "1847 HTA outside head": both(sub(1847, '<HTA:APPLICATION ID="oOlvasokor"', '<XHTA ID="oOlvasokor"'), sub(1847, "<body>\r\n", '<body>\r\n<HTA:APPLICATION ID="x" APPLICATIONNAME="y">\r\n')),
 "1847 Option Explicit": sub(1847, "Option Explicit\r\n", ""),
 "1847 End If": sub(1847, "    End If\r\n", ""),
 "1847 undeclared": sub(1847, "    Dim sh, utvonal\r\n", "    Dim sh\r\n"),
 "1847 VBScript string": sub(1847, '"Megnyitva: " & utvonal', '"Megnyitva: & utvonal'),
 "1847 handler sub": sub(1847, "onclick='Megnyit \"https://arxiv.org/abs/1905.11946\"'", "onclick='Megnyitas \"https://arxiv.org/abs/1905.11946\"'"),
 "1847 handler language": sub(1847, '<a href="#" language="VBScript" onclick=\'Megnyit "glorot', '<a href="#" onclick=\'Megnyit "glorot'),
 "1847 target": sub(1847, '"krizhevsky2012_alexnet.pdf"', '"krizhevsky2012_alexnet"'),
 "1847 target twice": sub(1847, '"glorot_bengio_2010.pdf"', '"krizhevsky2012_alexnet.pdf"'),
 "1847 nesting": sub(1847, "</td><td>Szabó Bence</td>", "<td>Szabó Bence</td>"),
 "1847 Wednesday": sub(1847, "<tr><td>márc. 6.</td>", "<tr><td>márc. 7.</td>"),
 "1847 charset": sub(1847, "charset=utf-8", "charset=windows-1250"),
 # 1848 desktop entry
 "1848 final newline": strip_final_newline(1848),
 "1848 group first": sub(1848, "[Desktop Entry]\n", "[Desktop Entry ]\n"),
 "1848 key before group": sub(1848, "# lesesirkel.desktop", "Name=x\n# lesesirkel.desktop"),
 "1848 unknown key": sub(1848, "StartupNotify=false", "StartupNotification=false"),
 "1848 boolean": sub(1848, "Terminal=false", "Terminal=no"),
 "1848 localised non-string": sub(1848, "Terminal=false", "Terminal=false\nTerminal[nb]=false"),
 "1848 duplicate key": sub(1848, "Icon=accessories-dictionary", "Icon=accessories-dictionary\nIcon=help-browser"),
 "1848 categories": sub(1848, "Categories=Education;Science;ArtificialIntelligence;", "Categories=Education;Science;AI;"),
 "1848 actions semicolon": sub(1848, "langgraph-doc;opptak;", "langgraph-doc;opptak"),
 "1848 action missing": sub(1848, "Actions=react;memgpt;", "Actions=react;"),
 "1848 unquoted ?": sub(1848, 'Exec=xdg-open "https://openreview.net/forum?id=WE_vluYUL-X"', "Exec=xdg-open https://openreview.net/forum?id=WE_vluYUL-X"),
 "1848 field code": sub(1848, "Exec=xdg-open https://wiki.ifi.example.no/lesesirkel/V2024", "Exec=xdg-open https://wiki.ifi.example.no/lesesirkel/V2024 %x"),
 "1848 action key": sub(1848, "[Desktop Action memgpt]\nName=", "[Desktop Action memgpt]\nComment=minne\nName="),
 "1848 icon": sub(1848, "Icon=application-pdf", "Icon=applications-internet"),
 "1848 Version": sub(1848, "Version=1.5", "Version=2.0"),
 # 1849 kitty
 "1849 final newline": strip_final_newline(1849),
 "1849 unknown command": sub(1849, "layout tall\n", "set_layout tall\n"),
 "1849 layout name": sub(1849, "layout stack\n", "layout stacked\n"),
 "1849 layout not enabled": sub(1849, "enabled_layouts tall,stack,splits", "enabled_layouts tall,stack"),
 "1849 quote": sub(1849, 'launch --title "σημειώσεις · Mamba" nvim', 'launch --title "σημειώσεις · Mamba nvim'),
 "1849 launch option": sub(1849, "launch --title \"μετρήσεις\" --hold", "launch --title \"μετρήσεις\" --keep-open"),
 "1849 program": sub(1849, "termpdf.py pdf/hua-flash-gau.pdf", "zathura pdf/hua-flash-gau.pdf"),
 "1849 w3m argument": sub(1849, "w3m https://arxiv.org/abs/2006.04768", "w3m arxiv.org/abs/2006.04768"),
 "1849 empty tab": sub(1849, "new_tab 4 · αξιολόγηση\n", "new_tab 4 · αξιολόγηση\nnew_tab 5\n"),
 "1849 os_window_size": sub(1849, "os_window_size 120c 36c", "os_window_size 120 36"),
 "1849 focus first": sub(1849, "new_tab 1 · χώροι καταστάσεων\nlayout tall\n", "new_tab 1 · χώροι καταστάσεων\nlayout tall\nfocus\n"),
 # 1850 Markwhen
 "1850 final newline": strip_final_newline(1850),
 "1850 header key": sub(1850, "timezone: America/Argentina/Buenos_Aires", "zona: America/Argentina/Buenos_Aires"),
 "1850 timezone": sub(1850, "timezone: America/Argentina/Buenos_Aires", "timezone: GMT-3"),
 "1850 undeclared tag": sub(1850, "2023-06-20: Textbooks Are All You Need #lectura", "2023-06-20: Textbooks Are All You Need #datos"),
 "1850 endSection": sub(1850, "endSection\n\nsection Modelos", "\nsection Modelos"),
 "1850 endGroup": sub(1850, "endGroup\n", "endSection\n"),
 "1850 date": sub(1850, "2022-04-05:", "2022-04-31:"),
 "1850 order": sub(1850, "2022-03-29:", "2022-05-29:"),
 "1850 markdown link": sub(1850, "](https://arxiv.org/abs/1910.10683)", "](arxiv.org/abs/1910.10683)"),
 "1850 stray line": sub(1850, "  Kaplan et al. Traer", "Kaplan et al. Traer"),
 "1850 class ranges": sub(1850, "2024-09-04 - 2024-09-10", "2024-09-05 - 2024-09-10"),
 "1850 broken link": sub(1850, "[Scaling Laws for Neural Language Models](", "[Scaling Laws for Neural Language Models] ("),
 # 1851 ECharts
 "1851 final newline": strip_final_newline(1851),
 "1851 bracket": sub(1851, "  ]\n};", "\n};"),
 "1851 trailing comma": sub(1851, "  { source: 11, target: 6 }\n];", "  { source: 11, target: 6 },\n];"),
 "1851 double quotes": sub(1851, "left: 'center'", "left: \"center\""),
 "1851 category index": sub(1851, "short: 'RT-2',\n    category: 2,", "short: 'RT-2',\n    category: 4,"),
 "1851 link range": sub(1851, "{ source: 10, target: 5 }", "{ source: 10, target: 12 }"),
 "1851 duplicate link": sub(1851, "{ source: 0, target: 2 }", "{ source: 0, target: 1 }"),
 "1851 node keys": sub(1851, "short: 'SigLIP',\n    category: 0,\n    value: 2023,", "short: 'SigLIP',\n    category: 0,\n    year: 2023,"),
 "1851 data key": sub(1851, "return p.data.short;", "return p.data.label;"),
 "1851 url": sub(1851, "url: 'https://laion.ai/blog/laion-5b/'", "url: 'laion.ai/blog/laion-5b/'"),
 "1851 call": sub(1851, "myChart.setOption(option);", "myChart.setOptions(option);"),
 "1851 duplicate name": sub(1851, "name: 'LAION-5B 数据集页面'", "name: 'mlfoundations/open_clip（代码）'"),
 "1851 indentation": sub(1851, "    short: 'CLIP',", "   short: 'CLIP',"),
 # 1852 TeXworks
 "1852 final newline": strip_final_newline(1852),
 "1852 magic line": sub(1852, "// TeXworksScript\n", "// TeXworks script\n"),
 "1852 header key": sub(1852, "// Script-Type: standalone", "// Type: standalone"),
 "1852 script type": sub(1852, "// Script-Type: standalone", "// Script-Type: macro"),
 "1852 date": sub(1852, "// Date: 2024-03-18", "// Date: 18/03/2024"),
 "1852 ES6": sub(1852, "var voci = [];", "let voci = [];"),
 "1852 bracket": sub(1852, "  }\n}\nTW.result", "  }\nTW.result"),
 "1852 keys": sub(1852, "tipo: \"software\",\n    url:", "genere: \"software\",\n    url:"),
 "1852 tipo": sub(1852, "tipo: \"libro\"", "tipo: \"manuale\""),
 "1852 chiave twice": sub(1852, 'chiave: "cs224n"', 'chiave: "sennrich2016bpe"'),
 "1852 undeclared": sub(1852, "var scelta = TW.getItem", "scelta = TW.getItem"),
 "1852 TW call": sub(1852, "TW.information(null", "TW.info(null"),
 "1852 key used": sub(1852, "a.chiave + \"}\"", "a.key + \"}\""),
 "1852 string": sub(1852, 'nota: "capitoli 2 e 10"', 'nota: "capitoli 2 e 10'),
 # 1853 Asymptote
 "1853 final newline": strip_final_newline(1853),
 "1853 setting": sub(1853, 'settings.tex = "pdflatex";', 'settings.texengine = "pdflatex";'),
 "1853 struct field": sub(1853, "  string noot;\n", ""),
 "1853 constructor set": sub(1853, "  a.rij = rij;\n", ""),
 "1853 argument count": sub(1853, '"ICLR 2024", -1)', '"ICLR 2024")'),
 "1853 argument type": sub(1853, "2023.50, ", '"2023.50", '),
 "1853 int type": sub(1853, '"ICLR 2024", -1)', '"ICLR 2024", -1.5)'),
 "1853 string": sub(1853, '"CVPR 2022, Stable Diffusion"', '"CVPR 2022, Stable Diffusion'),
 "1853 TeX special": sub(1853, "NeurIPS 2020 -- sectie 1.2", "NeurIPS 2020 & sectie 1.2"),
 "1853 bron": sub(1853, '"https://arxiv.org/abs/2307.01952"', '"arxiv.org/abs/2307.01952"'),
 "1853 bracket": sub(1853, "  label(string(j), (x(j), -0.1), S, gray(0.3));\n}", "  label(string(j), (x(j), -0.1), S, gray(0.3));"),
 "1853 unknown function": sub(1853, "dot((x(a.jaar), 0)", "stip((x(a.jaar), 0)"),
 "1853 field": sub(1853, "a.rij > 0 ? N : S", "a.rij2 > 0 ? N : S"),
 "1853 hyperref": sub(1853, "\\usepackage{hyperref}", "\\usepackage{xcolor}"),
 "1853 year off the axis": sub(1853, "2020.25, ", "2018.25, "),
 # 1854 conky
 "1854 final newline": strip_final_newline(1854),
 "1854 TEXT": sub(1854, "\nTEXT\n", "\nTEKST\n"),
 "1854 setting": sub(1854, "double_buffer yes", "doublebuffer yes"),
 "1854 boolean": sub(1854, "own_window yes", "own_window true"),
 "1854 alignment": sub(1854, "alignment top_right", "alignment top_rigth"),
 "1854 hash": sub(1854, "${color1}1.${color} ", "${color1}#1${color} "),
 "1854 lone dollar": sub(1854, "ЦП  ${cpu cpu0}%", "ЦП  $ ${cpu cpu0}%"),
 "1854 variable": sub(1854, "${fs_used /data}", "${fsused /data}"),
 "1854 colour undefined": sub(1854, "${color1}ГПУ${color}", "${color3}ГПУ${color}"),
 "1854 execi interval": sub(1854, "${execi 5 nvidia-smi", "${execi nvidia-smi"),
 "1854 font reset": sub(1854, "ауд. 312${font}${color}", "ауд. 312${color}"),
 "1854 brace": sub(1854, "${hr 1}\nЦП", "${hr 1\nЦП"),
 "1854 setting twice": sub(1854, "gap_y 48", "gap_y 48\ngap_x 30"),
 # 1855 Fluxbox
 "1855 final newline": strip_final_newline(1855),
 "1855 unescaped parenthesis": sub(1855, "\\(arXiv 2101.03958\\)", "(arXiv 2101.03958)"),
 "1855 tag": sub(1855, "[separator]", "[sep]"),
 "1855 end": sub(1855, "    [end]\n  [end]\n", "    [end]\n"),
 "1855 endencoding": sub(1855, "[endencoding]\n", ""),
 "1855 exec command": sub(1855, " {xdg-open https://arxiv.org/abs/2006.05990}", ""),
 "1855 indentation": sub(1855, "  [exec] (Terminal)", "    [exec] (Terminal)"),
 "1855 program": sub(1855, "{zathura ~/Bacaan/kelompok-rl/ma-local-methods.pdf}", "{okular ~/Bacaan/kelompok-rl/ma-local-methods.pdf}"),
 "1855 zathura argument": sub(1855, "medselect.pdf}", "medselect}"),
 "1855 icon": sub(1855, "</usr/share/icons/hicolor/16x16/apps/firefox.png>", "<firefox.png>"),
 "1855 encoding": sub(1855, "[encoding] {UTF-8}", "[encoding] {utf8}"),
 "1855 begin": sub(1855, "[begin] (Fluxbox)\n", ""),
 # 1856 IceWM (negative)
 "1856 final newline": strip_final_newline(1856),
 "1856 brace": sub(1856, "    prog \"nvtop (GPU 사용량)\" utilities-system-monitor x-terminal-emulator -e nvtop\n}\n", "    prog \"nvtop (GPU 사용량)\" utilities-system-monitor x-terminal-emulator -e nvtop\n"),
 "1856 keyword": sub(1856, 'prog "Zotero"', 'program "Zotero"'),
 "1856 quote": sub(1856, 'prog "VS Code" code code', 'prog "VS Code code code'),
 "1856 indentation": sub(1856, '    prog "COCO 2017', '  prog "COCO 2017'),
 "1856 program": sub(1856, "evince /data/books/bishop-prml.pdf", "okular /data/books/bishop-prml.pdf"),
 "1856 mpv": sub(1856, "mpv https://video.isl.example.ac.kr/seminar/2024-03-06", "mpv /data/video/2024-03-06.mp4"),
 "1856 menu brace": sub(1856, 'menu "책" accessories-dictionary {', 'menu "책" accessories-dictionary'),
 "1856 catalogue title in the negative": sub(1856, "분산 학습 실습", "분산 학습 실습 (ZeRO: Memory Optimizations Toward Training Trillion Parameter Models)"),
 "1856 arXiv-shaped id in the negative": sub(1856, "공학관 512호)", "공학관 512호, 2403.01234)"),
 "1856 arXiv link in the negative": sub(1856, "firefox https://ko.d2l.ai/", "firefox https://arxiv.org/abs/2106.11342"),
 # labels
 "title-only paper gets a link in 1848": sub(1848, "/home/ingrid/Dokumenter/lesesirkel/pdf/sukhbaatar-expire-span.pdf", "https://arxiv.org/abs/2105.06548"),
 "title-only paper's OpenReview id in 1853": sub(1853, '2020.75, "", "PDF in literatuur/', '2020.75, "https://openreview.net/forum?id=zOGdf9K8aC", "PDF in literatuur/'),
 "unlabelled catalogue id in 1850": sub(1850, "T5 y el corpus C4.", "T5 y el corpus C4 (ver también 2005.14165)."),
 "other file's title in 1851": sub(1851, "3 月 28 日组会", "3 月 28 日组会，对比 Mamba: Linear-Time Sequence Modeling with Selective State Spaces"),
 "labelled title lost in 1849": sub(1849, '"Linformer: Self-Attention with Linear Complexity"', '"Linformer"'),
 "unlabelled OpenReview id in 1852": sub(1852, "https://web.stanford.edu/class/cs224n/", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1854": sub(1854, "(у бібліотеці кафедри)", "(у бібліотеці кафедри); How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections"),
 "arxiv-text id lost in 1847": sub(1847, "arXiv:2106.10270 (TMLR 2022); ", ""),
 "link lost in 1850": sub(1850, "  https://arxiv.org/abs/2307.09288\n", ""),
 "OpenReview link cut in 1854": sub(1854, "forum?id=r1gs9JgRZ", "forum?id=r1gs9"),
 "arxiv-text gets a link in 1855": sub(1855, "{zathura ~/Bacaan/kelompok-rl/co-reyes-evolving-rl.pdf}", "{xdg-open https://arxiv.org/abs/2101.03958}"),
 "nickname only in 1851": sub(1851, "name: 'Segment Anything',", "name: 'SAM',"),
 "valid-shaped id in 1852": sub(1852, "arXiv 1904.10509, mai", "arXiv 1904.10509 (v. anche 1905.12345), mai"),
 "title-only paper's arXiv id in 1849": sub(1849, "pdf/tay-long-range-arena.pdf", "pdf/2011.04006.pdf"),
 "label in the negative": exp_edit(lambda e: e[D[1856]].append(dict(e[D[1855]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1847]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1851]][3].update(title="Segment Anything Model")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1850]][1].update(true_arxiv_id="2001.08362", arxiv_id="2001.08362")),
 "paper in two files": exp_edit(lambda e: e[D[1847]].append(dict(e[D[1849]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1851]].append({"arxiv_id": None, "openreview_id": None, "title": "EfficientNetV2: Smaller Models and Faster Training", "evidence": "title-only", "true_arxiv_id": "2104.00298"})),
 "too few papers": exp_edit(lambda e: [e[D[1852]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1853]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1854])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1853]][5].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[1848]][2].pop("true_arxiv_id")),
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
