#!/usr/bin/env python3
"""Breaks a scratch copy of round209 (/tmp/r209/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round207's harness, with round209's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r209/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2107, 2117)}


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

ALL = range(2107, 2117)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2107 IGES
 "2107 line not 80 columns": sub(2107, "Segment Anything                                                        S     10", "Segment Anything                                                       S     10"),
 "2107 sequence number": sub(2107, "S     12", "S     13"),
 "2107 D lines swapped": sub(2107, r"^(     110       1.*?D      1\n)(.*?D      2\n)", r"\2\1", regex=True),
 "2107 Hollerith length": sub(2107, "16Hpemegang_pk3.igs", "15Hpemegang_pk3.igs"),
 "2107 units": sub(2107, "2HMM", "2HXX"),
 "2107 terminate count": sub(2107, "S     22G      4D      6P      3", "S     21G      4D      6P      3"),
 "2107 parameter pointer": sub(2107, "     110       2       0       1", "     110       9       0       1"),
 "2107 back pointer": sub(2107, "110,60.,0.,0.,60.,40.,0.;                                              3P      2", "110,60.,0.,0.,60.,40.,0.;                                              5P      2"),
 "2107 entity type mismatch": sub(2107, "     110       0       0       1       0                   GARIS       1D      2", "     100       0       0       1       0                   GARIS       1D      2"),
 "2107 P record not ended": sub(2107, "110,0.,0.,0.,60.,0.,0.;", "110,0.,0.,0.,60.,0.,0.,"),
 "2107 not ASCII": sub(2107, "Pemegang kamera", "Pémegang kamer"),
 # 2108 SD file
 "2108 counts line": sub(2108, "  3  2  0  0  0  0  0  0  0  0999 V2000", "  3  2  0  0  0  0  0  0  0  0999 V3000"),
 "2108 atom count": sub(2108, "  4  3  0  0  0  0  0  0  0  0999 V2000", "  5  3  0  0  0  0  0  0  0  0999 V2000"),
 "2108 unknown element": sub(2108, "    1.3700    0.0000    0.0000 N   ", "    1.3700    0.0000    0.0000 Xq  "),
 "2108 bond to undefined atom": sub(2108, "  2  3  3  0", "  2  4  3  0"),
 "2108 bond type": sub(2108, "  1  2  2  0", "  1  2  7  0"),
 "2108 no M END": sub(2108, "M  END\n", "", 1),
 "2108 data header": sub(2108, ">  <LOGP_EXP>", "> LOGP_EXP"),
 "2108 data item twice": sub(2108, ">  <LOGP_EXP>\n-0.31", ">  <PUBCHEM_CID>\n-0.31"),
 "2108 text after last record": text(2108, lambda s: s + "extra\n"),
 "2108 record name twice": sub(2108, "acetona\n", "etanol\n"),
 # 2109 SFZ
 "2109 unknown header": sub(2109, "<global>", "<globals>"),
 "2109 unknown opcode": sub(2109, "ampeg_release=0.8", "amp_release=0.8"),
 "2109 key out of range": sub(2109, "hikey=74 pitch_keycenter=72 tune", "hikey=174 pitch_keycenter=72 tune"),
 "2109 keycenter outside": sub(2109, "lokey=64 hikey=68 pitch_keycenter=67\n", "lokey=64 hikey=66 pitch_keycenter=67\n"),
 "2109 region without sample": sub(2109, "<region> sample=koto_d4_p.wav ", "<region> "),
 "2109 bad value": sub(2109, "lovel=64", "lovel=high"),
 "2109 block comment not closed": sub(2109, "*/\n", "\n"),
 "2109 sample file": sub(2109, "koto_g4_f.wav", "koto_g4_f.mp3x"),
 "2109 control not first": sub(2109, "<control>\n", "", 1),
 # 2110 Promela
 "2110 do without od": sub(2110, "  od;\n  fertig = true", "  ;\n  fertig = true"),
 "2110 undeclared channel": sub(2110, "zumAgent ! BEOBACHTUNG, n", "zumKlient ! BEOBACHTUNG, n"),
 "2110 unknown mtype": sub(2110, "zumServer ! ABBRUCH, 0;", "zumServer ! STOPP, 0;"),
 "2110 undeclared variable": sub(2110, "schritte++", "schritt++"),
 "2110 brace not closed": sub(2110, "ltl terminiert { <> fertig }", "ltl terminiert { <> fertig"),
 "2110 comment not closed": sub(2110, "(arXiv:2207.05221). */", "(arXiv:2207.05221)."),
 "2110 option without arrow": sub(2110, ":: else -> skip", ":: else skip"),
 "2110 proctype twice": sub(2110, "active proctype Server()", "active proctype Agent()"),
 "2110 a tab": sub(2110, "  byte wert;", "\tbyte wert;"),
 # 2111 Excellon
 "2111 M48 not first": sub(2111, "M48\n", "", 1),
 "2111 no percent": sub(2111, "%\nG90", "G90"),
 "2111 undefined tool": sub(2111, "\nT3\n", "\nT4\n"),
 "2111 tool twice": sub(2111, "T3C1.000", "T2C1.000"),
 "2111 M30 not last": sub(2111, "T0\nM30\n", "M30\nT0\n"),
 "2111 bad coordinate": sub(2111, "X43.18Y10.16", "X43.18Z10.16"),
 "2111 no units": sub(2111, "METRIC\n", ""),
 "2111 unknown header line": sub(2111, "FMAT,2", "FMAT,3"),
 "2111 hole before a tool": sub(2111, "G05\nT1\n", "G05\n"),
 # 2112 MapServer
 "2112 END missing": sub(2112, "      END\n    END\n  END\n  # Piste", "      END\n    END\n  # Piste"),
 "2112 unknown keyword": sub(2112, "IMAGECOLOR 255 255 255", "IMAGECOLOUR 255 255 255"),
 "2112 colour out of range": sub(2112, "COLOR 34 139 34", "COLOR 34 139 340"),
 "2112 extent order": sub(2112, "EXTENT 100000 6050000 1250000 7120000", "EXTENT 1250000 6050000 100000 7120000"),
 "2112 bad TYPE": sub(2112, "TYPE POLYGON", "TYPE POLYGONE"),
 "2112 indentation": sub(2112, "    TYPE POLYGON", "   TYPE POLYGON"),
 "2112 string not closed": sub(2112, 'DATA "/srv/cartes/donnees/occsol_2024.gpkg"', 'DATA "/srv/cartes/donnees/occsol_2024.gpkg'),
 "2112 metadata not a pair": sub(2112, '"wms_srs" "EPSG:2154 EPSG:4326 EPSG:3857"', '"wms_srs" EPSG:2154'),
 "2112 STATUS value": sub(2112, "STATUS ON\n    DATA", "STATUS MAYBE\n    DATA"),
 # 2113 xbps-src template
 "2113 first line": sub(2113, "# Template file for 'python3-miarka'", "# Template file for 'python3-miara'"),
 "2113 version with dash": sub(2113, "version=0.7.1", "version=0.7-1"),
 "2113 revision zero": sub(2113, "revision=1", "revision=0"),
 "2113 short_desc period": sub(2113, 'short_desc="Fit neural scaling laws to training logs"', 'short_desc="Fit neural scaling laws to training logs."'),
 "2113 checksum short": sub(2113, r"checksum=([0-9a-f]{63})[0-9a-f]", r"checksum=\1", regex=True),
 "2113 unknown variable": sub(2113, "build_style=", "buildstyle="),
 "2113 out of order": sub(2113, 'license="MIT"\nhomepage="https://github.com/miarka-llm/miarka"', 'homepage="https://github.com/miarka-llm/miarka"\nlicense="MIT"'),
 "2113 missing homepage": sub(2113, 'homepage="https://github.com/miarka-llm/miarka"\n', ""),
 "2113 maintainer without mail": sub(2113, " <marta.zielinska@miarka-llm.example.pl>", ""),
 "2113 function not tab-indented": sub(2113, "\tvlicense LICENSE", "    vlicense LICENSE"),
 # 2114 Max patcher
 "2114 not JSON": sub(2114, '"classnamespace" : "box",', '"classnamespace" : "box"'),
 "2114 box id twice": sub(2114, '"id" : "obj-9"', '"id" : "obj-8"'),
 "2114 unknown maxclass": sub(2114, '"maxclass" : "ezdac~"', '"maxclass" : "ezdac"'),
 "2114 patchline to missing box": sub(2114, '"obj-14",\n\t\t\t\t\t\t1', '"obj-15",\n\t\t\t\t\t\t1'),
 "2114 inlet out of range": sub(2114, '"obj-14",\n\t\t\t\t\t\t1', '"obj-14",\n\t\t\t\t\t\t2'),
 "2114 outlettype length": sub(2114, '"numoutlets" : 3', '"numoutlets" : 2'),
 "2114 linecount": sub(2114, '"linecount" : 3', '"linecount" : 2'),
 "2114 not Max layout": text(2114, lambda s: json.dumps(json.loads(s), indent=2, ensure_ascii=False) + "\n"),
 "2114 no lines key": sub(2114, '"lines" :', '"liness" :'),
 # 2115 DXF
 "2115 odd lines": sub(2115, "999\nokuma_panosu.dxf - laboratuvar okuma panosu yerlesimi (A1, mm)\n", "okuma_panosu.dxf - laboratuvar okuma panosu yerlesimi (A1, mm)\n"),
 "2115 group code width": sub(2115, "\n 40\n12.0\n", "\n40\n12.0\n"),
 "2115 not a number": sub(2115, " 20\n560.0\n", " 20\n560,0\n"),
 "2115 EOF missing": sub(2115, "  0\nEOF\n", ""),
 "2115 undefined layer": sub(2115, "  8\nMETIN\n", "  8\nYAZI\n"),
 "2115 unknown entity": sub(2115, "  0\nLINE\n", "  0\nLWLINE\n"),
 "2115 TEXT without height": sub(2115, " 40\n6.0\n", ""),
 "2115 not ASCII": sub(2115, "e\\U+011Fitim", "eğitim"),
 "2115 bad escape": sub(2115, "e\\U+011Fitim", "e\\U+11Fitim"),
 "2115 section not ended": sub(2115, "  0\nENDTAB\n  0\nENDSEC\n", "  0\nENDTAB\n"),
 "2115 version": sub(2115, "AC1009", "AC1015"),
 # 2116 MOL2
 "2116 atom count": sub(2116, " 6 5 1 0 0", " 7 5 1 0 0"),
 "2116 bond count": sub(2116, " 6 5 1 0 0", " 6 4 1 0 0"),
 "2116 atom type": sub(2116, "O.3 ", "O.9 "),
 "2116 bond to undefined atom": sub(2116, "     5     2     6    1", "     5     2     8    1"),
 "2116 bond type": sub(2116, "     5     2     6    1", "     5     2     6    q"),
 "2116 charge type": sub(2116, "GASTEIGER\n", "GASTIGER\n"),
 "2116 MOLECULE not first": sub(2116, "@<TRIPOS>MOLECULE\n", "metanol_x\n@<TRIPOS>MOLECULE\n"),
 "2116 catalogue title in the negative": sub(2116, "#       Bài nói:", "#       " + T_("2304.02643") + "\n#       Bài nói:"),
 "2116 arXiv id in the negative": sub(2116, "ChEMBL 33", "ChEMBL 33 (arXiv:2304.02643)"),
 "2116 atom line fields": sub(2116, "      6 H4          1.3700", "      6 H4          1.37x0"),
 # text breaks of the labels
 "title cut (2107)": sub(2107, "ResNeSt: Split-Attention Networks ", "ResNeSt: Split Attention Networks "),
 "link removed (2108)": sub(2108, "https://arxiv.org/abs/1912.11370", "(link apagado)"),
 "arXiv id removed (2113)": sub(2113, "(arXiv:2001.08361)", "(arXiv)"),
 "OpenReview link removed (2109)": sub(2109, "https://openreview.net/forum?id=", "openreview forum "),
 "OpenReview link made a group link (2110)": sub(2110, "https://openreview.net/forum?id=WE_vluYUL-X", "https://openreview.net/group?id=ICLR.cc/2023/Conference"),
 "id added to a title-only paper (2111)": sub(2111, "Transformer Quality in Linear Time;", "Transformer Quality in Linear Time (arXiv:2202.10447);"),
 "link beside an OpenReview record (2115)": sub(2115, "Mixed Precision Training - https", "Mixed Precision Training (https://arxiv.org/abs/1710.03740) - https"),
 "unlabelled title (2112)": sub(2112, "# Piste robotique", "# Voir aussi " + T_("2304.02643") + "\n  # Piste robotique"),
 "unlabelled title in lower case (2113)": sub(2113, "# Wykład autorki:", "# " + T_("1910.02054").lower() + "\n# Wykład autorki:"),
 "unlabelled arXiv id (2110)": sub(2110, "// TODO:", "// siehe auch arXiv:2305.10601\n// TODO:"),
 "unlabelled OpenReview link (2111)": sub(2111, "; Zvažujeme:", "; viz https://openreview.net/forum?id=Abc123XyZ9\n; Zvažujeme:"),
 "title cut in the decoded DXF text (2115)": sub(2115, "Tart\\U+0131\\U+015Fma: Why Do Local Methods Solve Nonconvex Problems?", "Tart\\U+0131\\U+015Fma: Why Do Local Methods Solve Problems?"),
 "title cut inside the JSON string (2114)": sub(2114, "Pre-Training Transformers as Energy-Based Cloze Models", "Pre-Training Transformers as Cloze Models"),
 "arXiv-text id given a link (2112)": sub(2112, "(arXiv:2004.11362)", "(https://arxiv.org/abs/2004.11362)"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2112]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2111])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2109]][6].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[2113]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2110]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2107]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2108]].append(dict(e[D[2108]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2114]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2115]][1].update(title="ZeRO: Memory Optimizations")),
 "label in the negative": exp_edit(lambda e: e[D[2116]].append(dict(e[D[2107]][0]))),
 "link record without id": exp_edit(lambda e: e[D[2111]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2112]][2].update(arxiv_id="2303.15344")),
 "paper in two files": exp_edit(lambda e: e[D[2109]].append(dict(e[D[2108]][0]))),
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
