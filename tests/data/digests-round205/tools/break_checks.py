#!/usr/bin/env python3
"""Breaks a scratch copy of round205 (/tmp/r205/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round203's harness, with round205's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r205/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2067, 2077)}


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

ALL = range(2067, 2077)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2067 PyMOL
 "2067 unknown command": sub(2067, "bg_color white", "bgcolour white"),
 "2067 indented command": sub(2067, "\norient sitio", "\n  orient sitio"),
 "2067 png before ray": sub(2067, "ray 2400, 1800\n", ""),
 "2067 unknown object": sub(2067, "show sticks, sitio", "show sticks, sitios"),
 "2067 label not quoted": sub(2067, 'label nota, "', "label nota, "),
 "2067 turn axis": sub(2067, "turn y, -30", "turn q, -30"),
 "2067 isomesh unknown map": sub(2067, "isomesh malha, mapa,", "isomesh malha, mapa2,"),
 "2067 bad set": sub(2067, "set antialias, 2", "set antialias"),
 "2067 load without name": sub(2067, "lbec_modelo_0421.pdb, modelo", "lbec_modelo_0421.pdb"),
 # 2068 ROS 2 launch
 "2068 not well-formed": sub(2068, "</group>", "</grup>"),
 "2068 undeclared var": sub(2068, "$(var policy_ckpt)", "$(var policy_checkpoint)"),
 "2068 unknown tag": sub(2068, "<remap ", "<remapping "),
 "2068 node without exec": sub(2068, 'exec="greif_planer" ', ""),
 "2068 param without value": sub(2068, 'name="action_bins" value="256"', 'name="action_bins"'),
 "2068 double hyphen in comment": sub(2068, "Thrun, Burgard, Fox -", "Thrun, Burgard, Fox --"),
 "2068 no XML declaration": sub(2068, '<?xml version="1.0" encoding="UTF-8"?>\n', ""),
 "2068 duplicate node name": sub(2068, 'name="greif_planer"', 'name="vla_policy"'),
 "2068 unknown substitution": sub(2068, "$(find-pkg-share nav2_bringup)", "$(pkg nav2_bringup)"),
 # 2069 Alloy
 "2069 block comment open": sub(2069, " */\nmodule", "\nmodule"),
 "2069 unknown top word": sub(2069, "fact Seances", "facts Seances"),
 "2069 duplicate sig": sub(2069, "one sig HiPPO extends", "one sig Reformer extends"),
 "2069 extends undeclared": sub(2069, "one sig GPM extends Article", "one sig GPM extends Papier"),
 "2069 check unknown assert": sub(2069, "check pasDeCycle", "check pasDeBoucle"),
 "2069 run unknown pred": sub(2069, "run programme", "run programmes"),
 "2069 brace open": sub(2069, "  GPM.seance = 3\n}", "  GPM.seance = 3\n"),
 "2069 undeclared sig used": sub(2069, "HiPPO.cite = none", "Hippo.cite = none"),
 "2069 no scope": sub(2069, "run programme for 10 but 5 Int", "run programme"),
 # 2070 DS9
 "2070 no header": sub(2070, "# Region file format: DS9 version 4.1\n", ""),
 "2070 unknown shape": sub(2070, "ellipse(", "oval("),
 "2070 wrong arity": sub(2070, "circle(150.1163,2.2055,3.000\")", "circle(150.1163,2.2055)"),
 "2070 text not closed": sub(2070, "text={比較ペア}", "text={比較ペア"),
 "2070 no coordinate system": sub(2070, "\nfk5\n", "\n"),
 "2070 bad property": sub(2070, "color=blue", "color blue"),
 "2070 blank line": sub(2070, "\nfk5\n", "\nfk5\n\n"),
 "2070 not a number": sub(2070, "point(150.1455,2.2251)", "point(150.1455,abc)"),
 "2070 properties without hash": sub(2070, "# color=magenta", "color=magenta"),
 # 2071 MiniZinc
 "2071 missing last semicolon": sub(2071, "a in Artykul ];", "a in Artykul ]"),
 "2071 two solves": sub(2071, "solve minimize max(kiedy);", "solve minimize max(kiedy);\nsolve satisfy;"),
 "2071 unknown statement": sub(2071, "constraint forall", "constrain forall"),
 "2071 string not closed": sub(2071, '"http://arxiv.org/abs/2304.03442",', '"http://arxiv.org/abs/2304.03442,'),
 "2071 array too short": sub(2071, '  "",\n  ""\n];', '  ""\n];'),
 "2071 enum value twice": sub(2071, "Kalibracja, T5 }", "Kalibracja, T5, PaLM }"),
 "2071 unknown index": sub(2071, "kiedy[Lancuch]", "kiedy[Lanc]"),
 "2071 bracket": sub(2071, "alldifferent(kiedy);", "alldifferent(kiedy;"),
 "2071 bad solve": sub(2071, "solve minimize max(kiedy);", "solve max(kiedy);"),
 # 2072 Webots
 "2072 no header": sub(2072, "#VRML_SIM R2023b utf8", "#VRML_SIM 2023 utf8"),
 "2072 proto not declared": sub(2072, "Cup {", "Mug {"),
 "2072 brace open": sub(2072, "  supervisor TRUE\n}", "  supervisor TRUE\n"),
 "2072 bad indentation": sub(2072, "  basicTimeStep 16", "   basicTimeStep 16"),
 "2072 bad EXTERNPROTO": sub(2072, 'EXTERNPROTO "https://raw', 'EXTERNPROTO "http://raw'),
 "2072 string open": sub(2072, 'name "hrnek"', 'name "hrnek'),
 "2072 field upper case": sub(2072, "  floorSize 3 3", "  FloorSize 3 3"),
 "2072 no Viewpoint": sub(2072, "Viewpoint {", "Viewpoin {"),
 "2072 bracket open": sub(2072, "  ]\n  title", "  title"),
 # 2073 GAMS
 "2073 no title": sub(2073, "$title ", "$titel "),
 "2073 offtext missing": sub(2073, "$offtext\n", ""),
 "2073 unknown dollar": sub(2073, "$offtext", "$offtxt"),
 "2073 missing semicolon": sub(2073, "Model tahsis / all /;", "Model tahsis / all /"),
 "2073 equation not defined": sub(2073, "amac..      toplam", "amac2..      toplam"),
 "2073 equation relation": sub(2073, "=l= kapasite(g)", "<= kapasite(g)"),
 "2073 solve unknown model": sub(2073, "Solve tahsis using", "Solve tahsisx using"),
 "2073 text not closed": sub(2073, "'GPU düğümleri'", "'GPU düğümleri"),
 "2073 data list open": sub(2073, "l40s 80 /;", "l40s 80;"),
 "2073 unknown statement": sub(2073, "Display x.l", "Show x.l"),
 # 2074 INCAR
 "2074 SYSTEM not first": sub(2074, "SYSTEM = Li3PS4", "SYSTM = Li3PS4"),
 "2074 unknown tag": sub(2074, "ENCUT = 520", "ENCUTT = 520"),
 "2074 tag twice": sub(2074, "NSW = 20000", "NSW = 20000\nNSW = 100"),
 "2074 bad value": sub(2074, "EDIFF = 1E-5", "EDIFF = 1E-5 eV"),
 "2074 no equals": sub(2074, "POTIM = 1.5", "POTIM 1.5"),
 "2074 indented tag": sub(2074, "\nISYM = 0", "\n  ISYM = 0"),
 "2074 ML_MODE missing": sub(2074, "ML_MODE = train", "# ML_MODE = train"),
 "2074 SYSTEM not ascii": sub(2074, "SYSTEM = Li3PS4 64 nguyen tu", "SYSTEM = Li3PS4 64 nguyên tử"),
 "2074 bad semicolon part": sub(2074, "ISMEAR = 0 ; SIGMA = 0.05", "ISMEAR = 0 ; SIGMA"),
 # 2075 GenBank
 "2075 LOCUS length": sub(2075, "312 bp", "313 bp"),
 "2075 sequence base": text(2075, lambda s: re.sub(r"(\n        1 )a", r"\1x", s, 1)),
 "2075 position": sub(2075, "\n       61 ", "\n       62 "),
 "2075 translation mismatch": text(2075, lambda s: s.replace('/translation="M', '/translation="W', 1)),
 "2075 reference numbering": sub(2075, "REFERENCE   5", "REFERENCE   6"),
 "2075 keyword order": sub(2075, "ACCESSION   pKAZI7\nVERSION     pKAZI7.3", "VERSION     pKAZI7.3\nACCESSION   pKAZI7"),
 "2075 no end": sub(2075, "\n//\n", "\n"),
 "2075 long line": sub(2075, "  TITLE     Direct Submission", "  TITLE     Direct Submission" + " x" * 40),
 "2075 unknown keyword": sub(2075, "KEYWORDS    ", "KEYWORD     "),
 "2075 not ascii": sub(2075, "Nairobi", "Nairobí"),
 "2075 sub-keyword": sub(2075, "  AUTHORS   Sennrich", "  AUTHOR    Sennrich"),
 # 2076 POV-Ray
 "2076 no version": sub(2076, "#version 3.7;", "#versio 3.7;"),
 "2076 macro not closed": sub(2076, "#end\n", ""),
 "2076 unknown macro": sub(2076, 'Carte("COCO 2017"', 'Cutie("COCO 2017"'),
 "2076 brace open": sub(2076, "  angle 42\n}", "  angle 42\n"),
 "2076 string open": sub(2076, '"colors.inc"', '"colors.inc'),
 "2076 unknown directive": sub(2076, "#include \"woods.inc\"", "#import \"woods.inc\""),
 "2076 no camera": sub(2076, "camera {", "kamera {"),
 "2076 bracket": sub(2076, "<0, 0.95, 0>", "<0, 0.95, 0"),
 "2076 catalogue title in the negative": sub(2076, '"The Elements of Statistical Learning"', '"' + T_("1512.03385") + '"'),
 "2076 arXiv id in the negative": sub(2076, "COCO 2017", "COCO 2017 2106.08254"),
 # text breaks of the labels
 "title cut (2067)": sub(2067, T_("1905.11946"), T_("1905.11946")[:30]),
 "link removed (2069)": sub(2069, "https://arxiv.org/abs/2006.03656", "(link)"),
 "id removed (2074)": sub(2074, "(arXiv:2312.00752)", ""),
 "title-only gets its id (2070)": sub(2070, "text={" + T_("2208.01618") + "}", "text={" + T_("2208.01618") + " 2208.01618}"),
 "unlabelled catalogue title (2068)": sub(2068, "Buch: Thrun", "Buch: " + T_("1706.03762") + "; Thrun"),
 "unlabelled title, lower case (2073)": sub(2073, "* taslak", "* " + T_("2106.08254").lower() + "\n* taslak"),
 "unlabelled arXiv id (2072)": sub(2072, "# kniha:", "# kniha 2301.00001:"),
 "unlabelled openreview link (2071)": sub(2071, "% Podręcznik", "% https://openreview.net/forum?id=AbCdEf123\n% Podręcznik"),
 "openreview link removed (2075)": text(2075, lambda s: re.sub(r"https://openreview\.net/forum\?id=\S+", "Unpublished", s)),
 "arXiv link added for an OpenReview record (2073)": sub(2073, "$offtext", "  https://arxiv.org/abs/1710.03740\n$offtext"),
 "arxiv-text given a link (2071)": sub(2071, '"arXiv:2310.08560"', '"https://arxiv.org/abs/2310.08560"'),
 "title removed (2072)": sub(2072, "; " + T_("2006.06882"), ""),
 "id of another paper (2067)": sub(2067, "(arXiv:2004.08955)", "(arXiv:2004.08956)"),
 # expected.json
 "paper in two files": exp_edit(lambda e: e[D[2067]].append(dict(e[D[2071]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[2068]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[2069]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2072]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2071])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2069]][5].update(openreview_id="rkgNKkHtvB")),
 "missing field": exp_edit(lambda e: e[D[2073]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2071]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2068]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2073]].append(dict(e[D[2073]][0]))),
 "bad evidence value": exp_edit(lambda e: e[D[2075]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2070]][0].update(title="Denoising Diffusion Models")),
 "label in the negative": exp_edit(lambda e: e[D[2076]].append(dict(e[D[2067]][0]))),
 "link record without id": exp_edit(lambda e: e[D[2074]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2074]][2].update(arxiv_id="2006.04769")),
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
