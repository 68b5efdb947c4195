#!/usr/bin/env python3
"""Breaks a scratch copy of round207 (/tmp/r207/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round205's harness, with round207's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r207/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2087, 2097)}


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

ALL = range(2087, 2097)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2087 Gmsh
 "2087 missing semicolon": sub(2087, "Line(2) = {2, 3};", "Line(2) = {2, 3}"),
 "2087 undefined point": sub(2087, "Line(3) = {3, 4};", "Line(3) = {3, 9};"),
 "2087 line twice": sub(2087, "Line(4) = {4, 1};", "Line(3) = {4, 1};"),
 "2087 undefined variable": sub(2087, "W = 0.297;", "Wd = 0.297;"),
 "2087 unknown entity": sub(2087, "Curve Loop(1)", "Curve Lop(1)"),
 "2087 unknown mesh option": sub(2087, "Mesh.Algorithm = 6;", "Mesh.Algoritm = 6;"),
 "2087 Printf arguments": sub(2087, "W=%g H=%g", "W=%g H=%g D=%g"),
 "2087 string not closed": sub(2087, 'Physical Surface("celtabla", 201)', 'Physical Surface("celtabla, 201)'),
 "2087 brace not closed": sub(2087, "Plane Surface(1) = {1};", "Plane Surface(1) = {1;"),
 "2087 undefined loop": sub(2087, "Plane Surface(1) = {1};", "Plane Surface(1) = {2};"),
 # 2088 Abaqus
 "2088 heading not first": sub(2088, "*Heading\n", "", regex=False),
 "2088 unknown keyword": sub(2088, "*Cload", "*Cforce"),
 "2088 undefined node": sub(2088, " 1, 1, 2, 3, 4, 5, 6, 7, 8", " 1, 1, 2, 3, 4, 5, 6, 7, 9"),
 "2088 node count": sub(2088, " 1, 1, 2, 3, 4, 5, 6, 7, 8", " 1, 1, 2, 3, 4, 5, 6, 7"),
 "2088 node twice": sub(2088, "      8,   0.0,  20.0,   5.0", "      7,   0.0,  20.0,   5.0"),
 "2088 undefined material": sub(2088, "material=ALUMIINI", "material=TERAS"),
 "2088 step not ended": sub(2088, "*End Step\n", ""),
 "2088 load outside step": sub(2088, "*Step, name=KUORMITUS, nlgeom=NO\n", ""),
 "2088 not a number": sub(2088, " 70000.0, 0.33", " 70000.0, 0.33x"),
 "2088 undefined node set": sub(2088, " KUORMA, 3, -250.0", " KUORMAT, 3, -250.0"),
 "2088 option without value": sub(2088, "*Material, name=ALUMIINI", "*Material, ALUMIINI"),
 # 2089 NWChem
 "2089 start not first": sub(2089, "start pt4_co_screen\n", ""),
 "2089 block not ended": sub(2089, "  Pt library def2-ecp\nend\n", "  Pt library def2-ecp\n"),
 "2089 unknown directive": sub(2089, "echo\n", "echoo\n"),
 "2089 geometry line": sub(2089, "  O    1.320000   0.762102   5.165541", "  O    1.320000   0.762102"),
 "2089 unknown element": sub(2089, "  C    1.320000", "  Xx   1.320000"),
 "2089 missing basis": sub(2089, "  O  library def2-svp\n", ""),
 "2089 bad task": sub(2089, "task dft optimize", "task dft relax"),
 "2089 task without block": sub(2089, "task dft optimize", "task scf optimize"),
 "2089 title not quoted": sub(2089, 'title "Pt4-CO', 'title Pt4-CO'),
 "2089 memory": sub(2089, "memory total 4000 mb", "memory total lots"),
 # 2090 PsychoPy
 "2090 not well-formed": sub(2090, "</Routines>", "</Routine>"),
 "2090 no declaration": sub(2090, '<?xml version="1.0" ?>\n', ""),
 "2090 unknown tag": sub(2090, "<ImageComponent ", "<PictureComponent "),
 "2090 param attribute": sub(2090, 'valType="num" updates="constant" name="letterHeight"/>', 'valType="num" name="letterHeight"/>'),
 "2090 bool value": sub(2090, 'val="True" valType="bool" updates="None"', 'val="yes" valType="bool" updates="None"'),
 "2090 undefined routine in flow": sub(2090, '<Routine name="einde"/>', '<Routine name="eind"/>'),
 "2090 loop not terminated": sub(2090, '    <LoopTerminator name="trials"/>\n', ""),
 "2090 duplicate component": sub(2090, '<TextComponent name="dank_tekst">', '<TextComponent name="bijschrift">'),
 "2090 code does not parse": sub(2090, "scores.append(oordeel.keys)", "scores.append(oordeel.keys"),
 "2090 odd indentation": sub(2090, "\n    <Routine name=\"trial\"/>", "\n     <Routine name=\"trial\"/>"),
 # 2091 JAGS
 "2091 model not first": sub(2091, "model {", "modell {"),
 "2091 unknown distribution": sub(2091, "~ ddirch(beta[])", "~ dirichlet(beta[])"),
 "2091 brace not closed": text(2091, lambda s: s[:s.rindex("}")] + s[s.rindex("}") + 1:]),
 "2091 indentation": sub(2091, "    z[i] ~ dcat(pi[])", "   z[i] ~ dcat(pi[])"),
 "2091 bracket": sub(2091, "y[n] ~ dcat(theta[anot[n], z[item[n]], ])", "y[n] ~ dcat(theta[anot[n], z[item[n], ])"),
 "2091 bad for": sub(2091, "for (k in 1:K) {\n      theta", "for k in 1:K {\n      theta"),
 "2091 unknown statement": sub(2091, "prev[k] <- sum", "prev[k] = sum"),
 "2091 tab": sub(2091, "  pi[1:K] ~", "\tpi[1:K] ~"),
 # 2092 Celestia
 "2092 duplicate object": sub(2092, '"Dokseo-3" "Sol"', '"Dokseo-2" "Sol"'),
 "2092 unknown field": sub(2092, "\tRadius 9", "\tRadios 9"),
 "2092 bad class": sub(2092, 'Class "asteroid"', 'Class "rock"'),
 "2092 orbit order": sub(2092, "\t\tPeriod 4.21\n\t\tSemiMajorAxis 2.61", "\t\tSemiMajorAxis 2.61\n\t\tPeriod 4.21"),
 "2092 eccentricity": sub(2092, "Eccentricity 0.15", "Eccentricity 1.15"),
 "2092 brace not closed": text(2092, lambda s: s.replace("\t}\n}\n\n\"Dokseo-2\"", "\t}\n\n\"Dokseo-2\"", 1)),
 "2092 InfoURL not URL": sub(2092, 'InfoURL "http://arxiv.org/abs/2101.03961"', 'InfoURL "arxiv.org/abs/2101.03961"'),
 "2092 spaces for tabs": sub(2092, "\tTexture \"asteroid.jpg\"\n\tRadius 14", "    Texture \"asteroid.jpg\"\n\tRadius 14"),
 "2092 string not closed": sub(2092, 'Texture "asteroid.jpg"', 'Texture "asteroid.jpg'),
 "2092 bad header": sub(2092, '"Dokseo-4" "Sol"', '"Dokseo-4"'),
 # 2093 ADIF
 "2093 wrong length": text(2093, lambda s: s.replace("<CALL:6>YC1ZQX", "<CALL:5>YC1ZQX", 1)),
 "2093 no EOH": sub(2093, "<EOH>", "<EOF>"),
 "2093 no EOR": text(2093, lambda s: s[:s.rindex(" <EOR>")] + "\n"),
 "2093 bad date": sub(2093, "<QSO_DATE:8>20240314 <TIME_ON:4>1309", "<QSO_DATE:8>20240231 <TIME_ON:4>1309"),
 "2093 bad time": sub(2093, "<TIME_ON:4>1305", "<TIME_ON:4>1375"),
 "2093 freq outside band": sub(2093, "<FREQ:5>3.525", "<FREQ:5>7.025"),
 "2093 unknown field": sub(2093, "<NOTES:", "<NOTIZ:"),
 "2093 not ascii": sub(2093, "Kamis malam", "Kamis malam \u2013"),
 "2093 rst for mode": sub(2093, "<RST_SENT:3>599", "<RST_SENT:3>-59"),
 "2093 header starts with tag": text(2093, lambda s: "<" + s),
 "2093 ADIF_VER": sub(2093, "<ADIF_VER:5>3.1.4", "<ADIF_VER:5>3.1.9"),
 # 2094 YARA
 "2094 rule twice": sub(2094, "rule Draft_Model_Pair", "rule S4_State_Space_Weights"),
 "2094 undeclared string": sub(2094, "uint32(0) == 0x464c457f and $so and $fn", "uint32(0) == 0x464c457f and $so and $fx"),
 "2094 unused string": sub(2094, "filesize < 200KB and $fm", "filesize < 200KB"),
 "2094 no condition": sub(2094, "    condition:\n        $d and $t\n", ""),
 "2094 section order": sub(2094, "    strings:\n        $so", "    condition:\n        true\n    strings:\n        $so"),
 "2094 module not imported": sub(2094, 'import "math"\n', ""),
 "2094 bad hex": sub(2094, "5F 5F 22 }", "5F 5F 2 }"),
 "2094 meta value": sub(2094, "severity = 1", "severity = high"),
 "2094 comment not closed": sub(2094, "*/\n\nimport", "\nimport"),
 "2094 string twice": sub(2094, '$qz = "qzeros"', '$qw = "qzeros"'),
 "2094 rule not closed": text(2094, lambda s: s.replace("        $d and $t\n}\n", "        $d and $t\n", 1)),
 # 2095 NONMEM
 "2095 problem not first": sub(2095, "$PROBLEM PK", "$PROB PK"),
 "2095 unknown record": sub(2095, "$COVARIANCE PRINT=E", "$COVARIANZA PRINT=E"),
 "2095 theta count": sub(2095, "  (0, 0.15)    ; errore proporzionale\n", ""),
 "2095 omega count": sub(2095, "$OMEGA 0.09 0.1 0.3", "$OMEGA 0.09 0.1"),
 "2095 sigma count": sub(2095, "$SIGMA 1 FIX", "$SIGMA 1 1 FIX"),
 "2095 undefined variable": sub(2095, "  S2   = V", "  S2   = VC"),
 "2095 theta bounds": sub(2095, "(-2, 0.6, 3)", "(2, 0.6, 3)"),
 "2095 input without DV": sub(2095, "$INPUT ID TIME DV AMT", "$INPUT ID TIME CONC AMT"),
 "2095 record order": text(2095, lambda s: s.replace("$COVARIANCE PRINT=E\n", "").replace("$SIGMA 1 FIX\n", "$SIGMA 1 FIX\n$COVARIANCE PRINT=E\n")),
 "2095 method": sub(2095, "METHOD=1", "METHOD=FAST"),
 "2095 table item": sub(2095, "$TABLE ID TIME IPRED", "$TABLE ID TIME IPREDX"),
 # 2096 Humdrum
 "2096 spine count": sub(2096, "4B\t8g\n", "4B\t8g\t4c\n"),
 "2096 bar not filled": sub(2096, "4A\t4f#\n", "4A\t8f#\n"),
 "2096 bad token": sub(2096, "4D\t4a", "4X\t4a"),
 "2096 no terminator": sub(2096, "*-\t*-\n", ""),
 "2096 barline mismatch": sub(2096, "=3\t=3", "=3\t=4"),
 "2096 bad interpretation": sub(2096, "*clefF4\t*clefG2", "*clefF4\t*clefQ2"),
 "2096 header not first": sub(2096, "**kern\t**kern\n", ""),
 "2096 empty line": sub(2096, "=2\t=2\n", "=2\t=2\n\n"),
 "2096 catalogue title in the negative": sub(2096, '"Music and Probability"', '"' + T_("2001.08361") + '"'),
 "2096 arXiv id in the negative": sub(2096, "(v3, 214 peces)", "(v3, 2106.08254)"),
 # text breaks of the labels
 "title cut (2087)": sub(2087, T_("2304.02643") + " --", "Segment --"),
 "link removed (2088)": sub(2088, "https://arxiv.org/abs/2010.01412", "(linkki)"),
 "id removed (2092)": sub(2092, "-- arXiv:2306.11644", ""),
 "title-only gets its id (2089)": sub(2089, T_("2010.02014") + " (", T_("2010.02014") + " 2010.02014 ("),
 "unlabelled catalogue title (2091)": sub(2091, "# Charla:", "# " + T_("1706.03762") + "\n# Charla:"),
 "unlabelled title, lower case (2094)": sub(2094, "// TODO", "// " + T_("2106.08254").lower() + "\n// TODO"),
 "unlabelled arXiv id (2095)": sub(2095, "; Seminario:", "; 2301.00001\n; Seminario:"),
 "unlabelled openreview link (2087)": sub(2087, "// Repó:", "// https://openreview.net/forum?id=AbCdEf123\n// Repó:"),
 "openreview link removed (2093)": text(2093, lambda s: s.replace("https://openreview.net/forum?id=", "https://openreview.net/group?id=")),
 "arXiv link added for an OpenReview record (2095)": sub(2095, "; Seminario:", "; https://arxiv.org/abs/2008.07905\n; Seminario:"),
 "arxiv-text given a link (2091)": sub(2091, "arXiv:1912.11370", "https://arxiv.org/abs/1912.11370"),
 "title removed in decoded XML (2090)": sub(2090, T_("2103.03230"), "Barlow"),
 "id of another paper (2088)": sub(2088, "arXiv:2402.09353", "arXiv:2402.09354"),
 # expected.json
 "paper in two files": exp_edit(lambda e: e[D[2087]].append(dict(e[D[2092]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[2088]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[2089]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2092]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2091])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2089]][5].update(openreview_id="rkgNKkHtvB")),
 "missing field": exp_edit(lambda e: e[D[2093]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2094]][0].update(arxiv_id="2111.00396")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2087]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2095]].append(dict(e[D[2095]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2090]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2089]][3].update(title="Denoising Diffusion Models")),
 "label in the negative": exp_edit(lambda e: e[D[2096]].append(dict(e[D[2087]][0]))),
 "link record without id": exp_edit(lambda e: e[D[2094]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2095]][2].update(arxiv_id="1910.13462")),
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
