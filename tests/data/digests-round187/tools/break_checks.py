#!/usr/bin/env python3
"""Breaks a scratch copy of round187 (/tmp/r187/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round185's harness, with round187's cases; 1892 is UTF-8 with a BOM and CRLF, the others are UTF-8 with LF
and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r187/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1887, 1897)}


def load(n, p):
    b = open(p, "rb").read()
    return b[3:].decode("utf-8").replace("\r\n", "\n") if n == 1892 else b.decode("utf-8")


def save(n, p, s):
    open(p, "wb").write(b"\xef\xbb\xbf" + s.replace("\n", "\r\n").encode("utf-8") if n == 1892 else s.encode("utf-8"))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        if regex:
            assert re.search(old, s, re.S | re.M), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S | re.M)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        save(n, p, s)
    return fn


def raw_bytes(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()   # read before opening for writing (which truncates)
        open(p, "wb").write(f(b))
    return fn


def strip_final_newline(n):
    return raw_bytes(n, lambda b: b[:-1] if n != 1892 else b[:-2])


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1887 OpenSCAD
 "1887 final newline": strip_final_newline(1887),
 "1887 CRLF": raw_bytes(1887, lambda b: b.replace(b"\n", b"\r\n")),
 "1887 unbalanced bracket": sub(1887, "cube([w, h, t]);", "cube([w, h, t);"),
 "1887 unterminated string": sub(1887, 'color("black")', 'color("black)'),
 "1887 undefined module": sub(1887, "lap(szelesseg, magassag, vastagsag, sugar);", "alap(szelesseg, magassag, vastagsag, sugar);"),
 "1887 unknown function": sub(1887, "floor(i / soronkent)", "padlo(i / soronkent)"),
 "1887 variable twice": sub(1887, "hezag = 4;", "hezag = 4;\nsugar = 2;"),
 "1887 customizer range": sub(1887, "sugar = 3; // [0:6]", "sugar = 8; // [0:6]"),
 "1887 label row": sub(1887, '    ["K-04", ', '    ["K-04" '),
 "1887 label code order": sub(1887, '["K-05", ', '["K-03", '),
 "1887 link for no label": sub(1887, "//   K-05  http://", "//   K-15  http://"),
 "1887 header comment": sub(1887, r"\A.*?\n\n(/\* \[Méretek\])", r"\1", regex=True),
 "1887 unterminated comment": sub(1887, "/* [Hidden] */", "/* [Hidden]"),
 # 1888 UserCSS
 "1888 final newline": strip_final_newline(1888),
 "1888 no UserStyle start": sub(1888, "/* ==UserStyle==", "/* UserStyle"),
 "1888 no UserStyle end": sub(1888, "==/UserStyle== */", "==UserStyle== */"),
 "1888 unknown key": sub(1888, "@license        MIT", "@licence        MIT"),
 "1888 version": sub(1888, "@version        1.3.0", "@version        1.3"),
 "1888 key twice": sub(1888, "@license        MIT", "@license        MIT\n@name           x"),
 "1888 preprocessor": sub(1888, "@preprocessor   stylus", "@preprocessor   sass"),
 "1888 colour default": sub(1888, "#ffe08a", "#ffe08"),
 "1888 range default": sub(1888, "[4, 1, 10, 1,", "[14, 1, 10, 1,"),
 "1888 url()": sub(1888, 'url("https://arxiv.org/pdf/2103.03230.pdf")', 'url(https://arxiv.org/pdf/2103.03230.pdf)'),
 "1888 document function": sub(1888, 'domain("scholar.google.com")', 'host("scholar.google.com")'),
 "1888 brace": sub(1888, "    font-weight 700\n}", "    font-weight 700\n"),
 "1888 undefined variable": sub(1888, "outline 2px dashed accent", "outline 2px dashed accentColor"),
 "1888 unclosed comment": sub(1888, "/* 목록 페이지: 초록 링크 옆 번호를 굵게 */", "/* 목록 페이지: 초록 링크 옆 번호를 굵게"),
 # 1889 Rime
 "1889 final newline": strip_final_newline(1889),
 "1889 header": sub(1889, "# Rime table\n", ""),
 "1889 db_name": sub(1889, "#@/db_name\tcustom_phrase.txt", "#@/db_name\tcustom.txt"),
 "1889 db_type": sub(1889, "#@/db_type\ttabledb", "#@/db_type\tstabledb"),
 "1889 spaces for tab": sub(1889, "\tddpm\t10", "    ddpm\t10"),
 "1889 code case": sub(1889, "\tsdxl\t10", "\tSDXL\t10"),
 "1889 weight": sub(1889, "\tcm\t10", "\tcm\tten"),
 "1889 entry twice": sub(1889, "收到，谢谢！\tsddx\t100\n", "收到，谢谢！\tsddx\t100\n收到，谢谢！\tsddx\t100\n"),
 "1889 four fields": sub(1889, "\tqz\t20", "\tqz\t20\t1"),
 "1889 padded text": sub(1889, "扩散模型\tkssm", "扩散模型 \tkssm"),
 # 1890 Gherkin
 "1890 final newline": strip_final_newline(1890),
 "1890 language line": sub(1890, "# language: es\n", ""),
 "1890 keyword": sub(1890, "  Escenario: Cada sesión", "  Escenarios: Cada sesión"),
 "1890 keyword indentation": sub(1890, "  Antecedentes:", "Antecedentes:"),
 "1890 step indentation": sub(1890, "    Cuando abro la página de lecturas", "      Cuando abro la página de lecturas"),
 "1890 unknown step word": sub(1890, "    Entonces veo 4 sesiones", "    Luego veo 4 sesiones"),
 "1890 table cells": sub(1890, r"(\| 2024-03-14 \| [^|]*\| )https://arxiv\.org/abs/2006\.16236(\s+\|)", r"\1https://arxiv.org/abs/2006.16236\2 x |", regex=True),
 "1890 table alignment": sub(1890, "| fecha      |", "| fecha |"),
 "1890 placeholder": sub(1890, 'aparece la etiqueta "<etiqueta>"', 'aparece la etiqueta "<nota>"'),
 "1890 placeholder outside outline": sub(1890, "Cuando abro la página de lecturas", "Cuando abro la página <pagina>"),
 "1890 doc string": sub(1890, '      Lo presenta Diego; traed dudas sobre los patrones de atención dispersa.\n      """', "      Lo presenta Diego; traed dudas sobre los patrones de atención dispersa."),
 "1890 scenario name twice": sub(1890, "Escenario: Los recursos no se cuentan como lecturas", "Escenario: Cada sesión muestra su artículo con enlace"),
 "1890 tag": sub(1890, "  @bibtex", "  @bib tex!"),
 "1890 Ejemplos outside outline": sub(1890, '    Y cada fila tiene un enlace', '    Ejemplos:\n    Y cada fila tiene un enlace'),
 # 1891 Kedro
 "1891 final newline": strip_final_newline(1891),
 "1891 tab": sub(1891, "  gpu: 8", "\tgpu: 8"),
 "1891 odd indentation": sub(1891, "    esperti: 64", "     esperti: 64"),
 "1891 unclosed quote": sub(1891, 'titolo: "Scaling Laws for Neural Language Models"', 'titolo: "Scaling Laws for Neural Language Models'),
 "1891 colon in plain scalar": sub(1891, 'libro: "Jurafsky & Martin, Speech and Language Processing, cap. 10"', "libro: Jurafsky & Martin: Speech and Language Processing, cap. 10"),
 "1891 key twice": sub(1891, "    capacity_factor: 1.25", "    capacity_factor: 1.25\n    esperti: 32"),
 "1891 interpolation": sub(1891, "${budget.gpu}", "${budget.gpus}"),
 "1891 url": sub(1891, "url: http://arxiv.org/abs/2101.03961", "url: arxiv.org/abs/2101.03961"),
 "1891 both url and arxiv": sub(1891, '      arxiv: "1910.02054"', '      arxiv: "1910.02054"\n      url: https://example.org/zero'),
 "1891 arxiv unquoted": sub(1891, 'arxiv: "1910.02054"', "arxiv: 1910.02054"),
 "1891 no titolo": sub(1891, r"      titolo: \"Training Compute-Optimal[^\n]*\n", "", regex=True),
 "1891 budget type": sub(1891, "  gpu: 8\n", "  gpu: otto\n"),
 # 1892 XAML
 "1892 BOM": raw_bytes(1892, lambda b: b[3:]),
 "1892 LF": raw_bytes(1892, lambda b: b.replace(b"\r\n", b"\n")),
 "1892 final CRLF": strip_final_newline(1892),
 "1892 not well-formed": sub(1892, "</StackPanel>\n        </Expander>", "</StackPanel>\n        </Expandr>"),
 "1892 unknown element": sub(1892, "StatusBarItem>", "StatusBarCell>", count=0),
 "1892 x:Name twice": sub(1892, 'x:Name="Paper2"', 'x:Name="Paper1"'),
 "1892 Grid.Row": sub(1892, '<StatusBar Grid.Row="3">', '<StatusBar Grid.Row="4">'),
 "1892 StaticResource": sub(1892, "{StaticResource TitleText}", "{StaticResource TitelText}"),
 "1892 NavigateUri": sub(1892, 'NavigateUri="https://github.com/huggingface/peft"', 'NavigateUri="github.com/huggingface/peft"'),
 "1892 handler": sub(1892, 'RequestNavigate="Hyperlink_RequestNavigate">курс', ">курс"),
 "1892 two content children": sub(1892, "            <StatusBarItem>\n                <TextBlock>", "            <StatusBarItem>\n                <TextBlock/>\n                <TextBlock>"),
 "1892 Text and content": sub(1892, "<TextBlock Style=\"{StaticResource TitleText}\">", "<TextBlock Style=\"{StaticResource TitleText}\" Text=\"x\">"),
 "1892 x:Class": sub(1892, 'x:Class="ChitalkaNLP.MainWindow"', 'Tag="ChitalkaNLP.MainWindow"'),
 "1892 indentation": sub(1892, "    <Window.Resources>", "   <Window.Resources>"),
 # 1893 Hyprland
 "1893 final newline": strip_final_newline(1893),
 "1893 hash in value": sub(1893, "https://cocodataset.org/", "https://cocodataset.org/#home"),
 "1893 unknown section": sub(1893, "decoration {", "decorations {"),
 "1893 unclosed section": sub(1893, "        natural_scroll = true\n    }\n", "        natural_scroll = true\n"),
 "1893 undefined variable": sub(1893, "exec, $terminal", "exec, $term"),
 "1893 unknown keyword": sub(1893, "exec-once = nm-applet", "exec_once = nm-applet"),
 "1893 modifier": sub(1893, "bind = $mainMod SHIFT, 4,", "bind = $mainMod SHFT, 4,"),
 "1893 dispatcher": sub(1893, ", killactive,", ", kill,"),
 "1893 bind twice": sub(1893, "bind = $mainMod, F10,", "bind = $mainMod, F9,"),
 "1893 exec without command": sub(1893, "bind = $mainMod, D, exec, $menu", "bind = $mainMod, D, exec,"),
 "1893 rule": sub(1893, "windowrulev2 = float,", "windowrulev2 = floating,"),
 "1893 regex": sub(1893, "title:^(Segment Anything)(.*)$", "title:^(Segment Anything(.*)$"),
 "1893 unanchored": sub(1893, "class:^(pavucontrol)$\nwindowrulev2 = size", "class:pavucontrol\nwindowrulev2 = size"),
 "1893 monitor": sub(1893, "monitor = DP-1, 2560x1440@144, 0x0, 1", "monitor = DP-1, 2560x1440, 0x0, 1"),
 "1893 not key value": sub(1893, "    gaps_in = 4", "    gaps_in 4"),
 "1893 workspace argument": sub(1893, "bind = $mainMod, 3, workspace, 3", "bind = $mainMod, 3, workspace, drie"),
 # 1894 Cookiecutter
 "1894 final newline": strip_final_newline(1894),
 "1894 not JSON": sub(1894, '"include_slides": "y",', '"include_slides": "y",,'),
 "1894 layout": sub(1894, '    "session_number": "7",', '  "session_number": "7",'),
 "1894 key twice": sub(1894, '    "include_slides": "y",', '    "include_slides": "y",\n    "room": "B3",'),
 "1894 key case": sub(1894, '"session_date":', '"sessionDate":'),
 "1894 undefined variable": sub(1894, "{{ cookiecutter.session_date }}", "{{ cookiecutter.date }}"),
 "1894 variable defined later": sub(1894, "{{ cookiecutter.session_number }}", "{{ cookiecutter.slug }}"),
 "1894 Jinja braces": sub(1894, "{{ cookiecutter.session_number }}", "{{ cookiecutter.session_number }"),
 "1894 choice twice": sub(1894, '"Γιάννης Δημητρίου"', '"Νίκος Γεωργίου"'),
 "1894 non-string default": sub(1894, '"session_number": "7"', '"session_number": 7'),
 "1894 url choice": sub(1894, '"http://arxiv.org/abs/2308.03688"', '"arxiv.org/abs/2308.03688"'),
 "1894 include_slides": sub(1894, '"include_slides": "y"', '"include_slides": "yes"'),
 "1894 session_date": sub(1894, '"2024-03-19"', '"2024-02-30"'),
 "1894 public dict": sub(1894, '"_notes": {', '"notes": {'),
 # 1895 Robot Framework
 "1895 final newline": strip_final_newline(1895),
 "1895 section name": sub(1895, "*** Test Cases ***", "*** Tests Cases ***"),
 "1895 section order": sub(1895, r"(\*\*\* Variables \*\*\*.*?)(\*\*\* Test Cases \*\*\*.*?)(\*\*\* Keywords \*\*\*.*)\Z", r"\2\1\3", regex=True),
 "1895 unknown setting": sub(1895, "Force Tags        bacaan", "Forced Tags       bacaan"),
 "1895 tab": sub(1895, "    [Tags]    asap", "\t[Tags]    asap"),
 "1895 single space separator": sub(1895, "    Should Contain    ${resp.text}    Semester Genap 2024", "    Should Contain ${resp.text}    Semester Genap 2024"),
 "1895 unknown keyword": sub(1895, "    Length Should Be    ${sesi}", "    Length Must Be    ${sesi}"),
 "1895 library not imported": sub(1895, "Library           RequestsLibrary\n", ""),
 "1895 FOR without END": sub(1895, "        Should Contain    ${resp.text}    ${judul}\n    END\n", "        Should Contain    ${resp.text}    ${judul}\n"),
 "1895 undefined variable": sub(1895, "${BASE_URL}    verify=True", "${BASIS_URL}    verify=True"),
 "1895 test twice": sub(1895, "Jumlah Sesi Sesuai Jadwal", "Halaman Bacaan Dapat Dibuka"),
 "1895 test setting": sub(1895, "    [Tags]    sesi-4", "    [Label]    sesi-4"),
 "1895 dictionary item": sub(1895, "=https://arxiv.org/abs/2106.01345", " https://arxiv.org/abs/2106.01345"),
 "1895 variable twice": sub(1895, "${JUMLAH_SESI}    4", "${JUMLAH_SESI}    4\n${HALAMAN}        /lain"),
 # 1896 skhd
 "1896 final newline": strip_final_newline(1896),
 "1896 modifier": sub(1896, "alt - h : yabai -m window --focus west", "opt - h : yabai -m window --focus west"),
 "1896 key": sub(1896, "alt - f : yabai", "alt - ff : yabai"),
 "1896 hotkey twice": sub(1896, "alt - 2 : yabai", "alt - 1 : yabai"),
 "1896 mode undeclared": sub(1896, ":: lab @ :", ":: laba @ :"),
 "1896 switch to undeclared mode": sub(1896, "ctrl + alt - l ; lab", "ctrl + alt - l ; labs"),
 "1896 unbalanced quotes": sub(1896, 'open -a "Zotero";', 'open -a "Zotero;'),
 "1896 unclosed blacklist": sub(1896, '    "iTerm2"\n]', '    "iTerm2"'),
 "1896 not a hotkey line": sub(1896, "alt - j : yabai", "alt - j yabai"),
 "1896 open target": sub(1896, 'open "https://d2l.ai/"', 'open "ftp://d2l.ai/"'),
 "1896 catalogue title in the negative": sub(1896, "# книжки", "# книжки; Consistency Models"),
 "1896 arXiv-shaped id in the negative": sub(1896, "# записи доповідей", "# записи доповідей 2403.01234"),
 "1896 arXiv link in the negative": sub(1896, 'open "https://d2l.ai/"', 'open "https://arxiv.org/abs/2106.11342"'),
 # labels
 "title-only paper gets a link in 1887": sub(1887, "//   K-06, K-08: a link még hiányzik", "//   K-06  https://arxiv.org/abs/1912.11370\n//   K-08: a link még hiányzik"),
 "title-only paper's id in 1890": sub(1890, "propuesto por Lucía", "propuesto por Lucía 2202.10447"),
 "title-only paper's OpenReview link in 1895": sub(1895, "https://gymnasium.farama.org/", "https://openreview.net/forum?id=zOGdf9K8aX"),
 "unlabelled catalogue id in 1888": sub(1888, "lightly 라이브러리", "lightly 라이브러리 (2002.05709)"),
 "other file's title in 1891": sub(1891, "# Da leggere prima", "# cf. Denoising Diffusion Probabilistic Models\n# Da leggere prima"),
 "labelled title lost in 1889": sub(1889, "DiffWave: A Versatile Diffusion Model for Audio Synthesis\tdiffwave", "DiffWave\tdiffwave"),
 "labelled title lost in 1893": sub(1893, "title:^(Dataset Condensation with Gradient Matching)", "title:^(Dataset Condensation)"),
 "distractor title in 1892": sub(1892, "Не статьи:", "Не статьи: How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections;"),
 "arxiv-text id lost in 1887": sub(1887, "arXiv 2004.08955, CVPRW 2022", "CVPRW 2022"),
 "arxiv-text id lost in 1891": sub(1891, 'arxiv: "1910.02054"', 'arxiv: "1910.0205"'),
 "arxiv-text gets a link in 1894": sub(1894, "(arXiv 2204.01691)", "(https://arxiv.org/abs/2204.01691)"),
 "link lost in 1893": sub(1893, "$browser https://arxiv.org/pdf/2303.15343v4", "$browser https://scholar.example.org/siglip"),
 "OpenReview link cut in 1889": sub(1889, "forum?id=PxTIG12RRHS", "forum?id=PxTIG12"),
 "OpenReview link cut in 1890": sub(1890, "forum?id=rkgNKkHtvB |", "forum?id=rkgNK      |"),
 "unlabelled OpenReview id in 1892": sub(1892, "https://web.stanford.edu/class/cs224n/", "https://openreview.net/forum?id=B1ckMDqlg"),
 "valid-shaped id in 1895": sub(1895, "Dijalankan di CI setiap malam", "Dijalankan di CI setiap malam (lihat 1905.12345)"),
 "label in the negative": exp_edit(lambda e: e[D[1896]].append(dict(e[D[1895]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1887]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1888]][3].update(title="SupCon")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1890]][1].update(true_arxiv_id="2006.16237", arxiv_id="2006.16237")),
 "paper in two files": exp_edit(lambda e: e[D[1887]].append(dict(e[D[1889]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1894]].append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"})),
 "too few papers": exp_edit(lambda e: [e[D[1891]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1892]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1893])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1895]][7].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[1894]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[1888]][0].update(arxiv_id="2011.06182")),
 "position 1 paper": exp_edit(lambda e: e[D[1895]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": None})),
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
