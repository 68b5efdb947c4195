#!/usr/bin/env python3
"""Breaks a scratch copy of round213 (/tmp/r213/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round209's harness, with round213's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r213/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2147, 2157)}


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

ALL = range(2147, 2157)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2147 pdfmark
 "2147 no %!PS": sub(2147, "%!PS-Adobe-3.0\n", "% PS\n"),
 "2147 string not closed": sub(2147, "/Author (Mariana Coutinho Seixas)", "/Author (Mariana Coutinho Seixas"),
 "2147 bad escape": sub(2147, "Sess\\343o 1 --", "Sess\\3o 1 --"),
 "2147 unknown mark": sub(2147, "/DOCVIEW pdfmark", "/DOCVIEWS pdfmark"),
 "2147 outline without /Page": sub(2147, "[ /Page 14 /View", "[ /View"),
 "2147 pages out of order": sub(2147, "[ /Page 54 /View", "[ /Page 5 /View"),
 "2147 count too large": sub(2147, "[ /Count 3 /Page 36", "[ /Count 4 /Page 36"),
 "2147 not ASCII": sub(2147, "Sess\\343o 1 --", "Sessão 1 --"),
 "2147 annotation without /Rect": sub(2147, "[ /Rect [72 622 540 636] /Border", "[ /Border"),
 "2147 URI not http": sub(2147, "/URI (https://github.com/visao-lab/pacote-leituras)", "/URI (github.com/visao-lab/pacote-leituras)"),
 "2147 mark bracket": sub(2147, "/View [/Fit] /DOCVIEW", "/View [/Fit /DOCVIEW"),
 # 2148 curl config
 "2148 unknown option": sub(2148, "\nremote-time\n", "\nremote-times\n"),
 "2148 url without output": sub(2148, 'output = "pdf/03-llama2.pdf"\n', ""),
 "2148 output without url": sub(2148, 'url = "https://arxiv.org/abs/1910.10683"\n', ""),
 "2148 url not http": sub(2148, 'url = "http://arxiv.org/pdf/2307.09288"', 'url = "arxiv.org/pdf/2307.09288"'),
 "2148 retry not a number": sub(2148, "retry = 3", "retry = three"),
 "2148 value on a flag": sub(2148, "\nfail\n", "\nfail = yes\n"),
 "2148 string not closed": sub(2148, 'output = "pdf/01-chinchilla.pdf"', 'output = "pdf/01-chinchilla.pdf'),
 "2148 output twice": sub(2148, 'output = "pdf/02-przeglad-llm.pdf"', 'output = "pdf/01-chinchilla.pdf"'),
 # 2149 SGF
 "2149 value not closed": sub(2149, "RU[Japanese]", "RU[Japanese"),
 "2149 tree not closed": text(2149, lambda s: s.rstrip("\n")[:-1] + "\n"),
 "2149 move off the board": sub(2149, ";B[pd]", ";B[pz]"),
 "2149 same colour twice": sub(2149, ";W[dp];B[pq]", ";W[dp];W[pq]"),
 "2149 not FF[4]": sub(2149, "FF[4]", "FF[3]"),
 "2149 bad DT": sub(2149, "DT[2024-04-13]", "DT[13.04.2024]"),
 "2149 unknown property": sub(2149, "RU[Japanese]", "XX[Japanese]"),
 "2149 stray character": sub(2149, ";W[qi]", ";W[qi]!"),
 # 2150 PGN
 "2150 roster order": sub(2150, '[Round "7"]\n[Site', '[Site', regex=False) if False else sub(2150, '[Site "Москва RUS"]\n[Date "2024.03.16"]', '[Date "2024.03.16"]\n[Site "Москва RUS"]'),
 "2150 bad tag": sub(2150, '[ECO "C54"]', '[ECO C54]'),
 "2150 PlyCount": sub(2150, '[PlyCount "28"]', '[PlyCount "27"]'),
 "2150 result mismatch": sub(2150, '[Result "1/2-1/2"]', '[Result "1-0"]'),
 "2150 comment not closed": sub(2150, "так важна.}", "так важна."),
 "2150 not a move": sub(2150, "Nbxd2", "Nbxz2"),
 "2150 move number": sub(2150, "9. exd5", "10. exd5"),
 "2150 variation not closed": sub(2150, "базы дебютов.})", "базы дебютов.}"),
 "2150 no blank line": sub(2150, '[PlyCount "28"]\n\n', '[PlyCount "28"]\n'),
 # 2151 ABC
 "2151 no version line": sub(2151, "%abc-2.1\n", ""),
 "2151 bar too long": sub(2151, "|: A2 d2 f2 |", "|: A2 d2 f3 |"),
 "2151 bar too short": sub(2151, "|: E A c | e2 c |", "|: E A | e2 c |"),
 "2151 no K:": sub(2151, "K:G\n", ""),
 "2151 X: numbering": sub(2151, "X:3\n", "X:4\n"),
 "2151 unknown field": sub(2151, "Z:abc-transcription", "Y:abc-transcription"),
 "2151 repeat not closed": sub(2151, "| D4 D2 :|\n|: f2", "| D4 D2 |\n|: f2"),
 "2151 no blank line before X:": sub(2151, "G4 G2 :|\n\nX:3", "G4 G2 :|\nX:3"),
 "2151 T: not after X:": sub(2151, "X:2\nT:Polska", "X:2\nM:3/4\nT:Polska"),
 # 2152 WGSL
 "2152 comment not closed": sub(2152, "v repozitáři nejsou):", "v repozitáři nejsou):\n/*"),
 "2152 missing ;": sub(2152, "const TILE : u32 = 32u;", "const TILE : u32 = 32u"),
 "2152 brace": sub(2152, "  return s * params.scale;\n}", "  return s * params.scale;\n"),
 "2152 binding twice": sub(2152, "@binding(4)", "@binding(3)"),
 "2152 storage without access": sub(2152, "var<storage, read> k :", "var<storage> k :"),
 "2152 undefined function": sub(2152, "let s = dot_qk(row, j);", "let s = dot_kq(row, j);"),
 "2152 undeclared array": sub(2152, "acc[d] = acc[d] * c", "accu[d] = acc[d] * c"),
 "2152 no entry point": sub(2152, "@compute @workgroup_size(32)", "@workgroup_size(32)"),
 # 2153 LLVM IR
 "2153 string length": text(2153, lambda s: s.replace("[65 x i8]", "[64 x i8]", 1)),
 "2153 no \\00": sub(2153, 'Structured State Spaces\\00"', 'Structured State Spaces"'),
 "2153 undefined label": sub(2153, "label %not.kontrol, label %url.yaz", "label %not.kontrol, label %url.yazz"),
 "2153 no terminator": sub(2153, "  br label %not.kontrol\n\nnot.kontrol:", "\nnot.kontrol:"),
 "2153 undeclared call": sub(2153, "declare noundef i32 @puts(", "declare noundef i32 @putz("),
 "2153 undefined value": sub(2153, "%no32 = trunc i64 %no to i32", "%no32 = trunc i64 %num to i32"),
 "2153 numbering": sub(2153, "%3 = tail call", "%5 = tail call"),
 "2153 no ModuleID": sub(2153, "; ModuleID = 'okuma.c'", "; okuma.c"),
 "2153 not ASCII": sub(2153, "Durum uzay\\C4\\B1", "Durum uzayı"),
 "2153 metadata undefined": sub(2153, "!llvm.ident = !{!4}", "!llvm.ident = !{!5}"),
 "2153 bad escape": sub(2153, "\\22Computer", "\\Computer"),
 # 2154 CloudFormation
 "2154 tab": sub(2154, "    Type: AWS::S3::Bucket", "\tType: AWS::S3::Bucket"),
 "2154 unknown top key": sub(2154, "\nConditions:\n", "\nConditionz:\n"),
 "2154 undefined Ref": sub(2154, "VpcId: !Ref VpcId", "VpcId: !Ref VpcIdent"),
 "2154 undefined Sub": sub(2154, "${Umgebung}-encoder", "${Umgebungen}-encoder"),
 "2154 unknown type": sub(2154, "Type: AWS::CloudWatch::Alarm", "Type: AWS::CloudWatch::Alarms"),
 "2154 odd indentation": sub(2154, "      Statistic: Average", "     Statistic: Average"),
 "2154 string not closed": sub(2154, 'Value: "[[X]]"'.replace("[[X]]", T_("2103.00020")), 'Value: "' + T_("2103.00020")),
 "2154 tag key twice": sub(2154, "- Key: Paper3", "- Key: Paper2"),
 "2154 GetAtt undefined": sub(2154, "!GetAtt EinbettungsBucket.Arn", "!GetAtt Bucket.Arn"),
 "2154 parameter without Type": sub(2154, "    Type: AWS::EC2::KeyPair::KeyName\n", ""),
 "2154 condition undefined": sub(2154, "!If [IstProd,", "!If [IstTest,"),
 # 2155 Gruntfile
 "2155 comment not closed": sub(2155, " */\n'use strict';", "\n'use strict';"),
 "2155 string not closed": sub(2155, "cwd: 'static/',", "cwd: 'static/,"),
 "2155 brace": sub(2155, "      dist: ['dist/']\n    },", "      dist: ['dist/']\n    ,"),
 "2155 trailing comma": sub(2155, "tasks: ['build']\n", "tasks: ['build'],\n"),
 "2155 missing comma": sub(2155, "        paths: 'templates'\n      },\n      trang", "        paths: 'templates'\n      }\n      trang"),
 "2155 plugin not loaded": sub(2155, "  grunt.loadNpmTasks('grunt-contrib-htmlmin');\n", ""),
 "2155 unknown task": sub(2155, "['clean', 'copy', 'nunjucks', 'htmlmin']", "['clean', 'copy', 'nunjucks', 'uglify']"),
 "2155 no default": sub(2155, "registerTask('default'", "registerTask('standard'"),
 "2155 template key": sub(2155, "'<%= docdoc %>'", "'<%= doc %>'"),
 # 2156 youtube-dl
 "2156 not a URL or comment": sub(2156, "; JAX for fysikere", "JAX for fysikere"),
 "2156 YouTube id length": sub(2156, "watch?v=Qk3vT9xLm2A", "watch?v=Qk3vT9xLm2"),
 "2156 URL twice": sub(2156, "https://www.youtube.com/watch?v=Hn5sJ7uVb4K", "https://www.youtube.com/watch?v=Zr8pW1cYd0E"),
 "2156 Vimeo URL": sub(2156, "https://vimeo.com/912384756", "https://vimeo.com/channels/foredrag"),
 "2156 catalogue title in the negative": sub(2156, "# --- Datasett ---", "; " + T_("2304.02643") + "\n# --- Datasett ---"),
 "2156 lower-case catalogue title in the negative": sub(2156, "# --- Datasett ---", "; " + T_("1512.03385").lower() + "\n# --- Datasett ---"),
 "2156 arXiv id in the negative": sub(2156, "NorNE: norsk", "NorNE (arXiv:1911.12146): norsk"),
 # text breaks of the labels
 "title cut (2147)": sub(2147, "Big Transfer (BiT): General Visual", "Big Transfer: General Visual"),
 "link removed (2148)": sub(2148, "https://arxiv.org/pdf/2203.15556", "https://example.org/chinchilla.pdf"),
 "arXiv id removed (2149)": sub(2149, "(arXiv:2204.01691)", "(arXiv)"),
 "OpenReview link removed (2152)": sub(2152, "https://openreview.net/forum?id=", "openreview "),
 "OpenReview link made a group link (2153)": sub(2153, "https://openreview.net/forum?id=uYLFoz1vlAC", "https://openreview.net/group?id=ICLR.cc/2022XX"),
 "id added to a title-only paper (2154)": sub(2154, "#   - " + T_("2010.04592"), "#   - " + T_("2010.04592") + " (arXiv:2010.04592)"),
 "link beside an OpenReview record (2155)": sub(2155, "url: 'https://openreview.net/forum?id=", "url: 'https://arxiv.org/abs/2008.07905 https://openreview.net/forum?id="),
 "unlabelled title (2151)": sub(2151, "%   " + T_("2208.12242"), "%   " + T_("2208.12242") + "\n%   " + T_("2304.02643")),
 "unlabelled title in lower case (2153)": sub(2153, "; Function Attrs: nofree nounwind uwtable", "; " + T_("1910.13461").lower() + "\n; Function Attrs: nofree nounwind uwtable"),
 "unlabelled catalogue title in sentence case (2150)": sub(2150, "; Разбор к семинару", "; " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\n; Разбор к семинару"),
 "unlabelled arXiv id (2152)": sub(2152, "// Kniha:", "// viz též arXiv:2305.10601\n// Kniha:"),
 "unlabelled OpenReview link (2147)": sub(2147, "% Reposit", "% https://openreview.net/forum?id=Abc123XyZ9\n% Reposit"),
 "arXiv-text id given a link (2155)": sub(2155, "note: 'arXiv:1802.05365", "note: 'https://arxiv.org/abs/1802.05365"),
 "title-only id as link (2148)": sub(2148, "#   - " + T_("2206.07682"), "#   - " + T_("2206.07682") + " https://arxiv.org/abs/2206.07682"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2151]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2152])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2149]][7].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[2148]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2153]][0].update(arxiv_id="2111.00396")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2147]][5].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2154]].append(dict(e[D[2154]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2155]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2150]][0].update(title="Dataset Condensation")),
 "label in the negative": exp_edit(lambda e: e[D[2156]].append(dict(e[D[2147]][0]))),
 "link record without id": exp_edit(lambda e: e[D[2152]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2148]][0].update(arxiv_id="2203.15557")),
 "paper in two files": exp_edit(lambda e: e[D[2149]].append(dict(e[D[2151]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2154]].pop(3)),
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
