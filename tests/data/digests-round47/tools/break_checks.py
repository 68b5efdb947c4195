#!/usr/bin/env python3
"""Breaks a scratch copy of round47 one case at a time and runs validate.py on it (scratch only:
/tmp/round47-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round47 digests are UTF-8 text."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round47-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    return open(path(n), encoding="utf-8", newline="").read()


def wr(n, s):
    open(path(n), "w", encoding="utf-8", newline="").write(s)


def sub1(n, old, new, count=1):
    s = rd(n)
    assert old in s, (n, old)
    wr(n, s.replace(old, new, count))


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def rec(e, n, title_part):
    return next(r for r in recs(e, n) if title_part in r["title"])


def cast_edit(fn):
    lines = rd(495).split("\n")
    ev = [json.loads(l) for l in lines[1:] if l]
    fn(lines, ev)
    wr(495, "\n".join([lines[0]] + [json.dumps(x) for x in ev]) + "\n")


CASES = []
def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco

# ---- 487 Go
@case("487: space indentation")
def _(): sub1(487, "\tDense Kind = iota", "    Dense Kind = iota")
@case("487: unbalanced brace")
def _(): sub1(487, "\treturn fmt.Sprintf(\"Kind(%d)\", int(k))\n}", "\treturn fmt.Sprintf(\"Kind(%d)\", int(k))\n")
@case("487: exported func without doc comment")
def _(): sub1(487, "// WithStride sets the block stride for the sparse kinds.\n", "")
@case("487: build tag after package")
def _(): s = rd(487).replace("//go:build !noasm\n// +build !noasm\n\n", ""); wr(487, s.replace("package attn\n", "package attn\n\n//go:build !noasm\n", 1))
@case("487: two package clauses")
def _(): sub1(487, "\n// Kind selects", "\npackage attn2\n\n// Kind selects")
# ---- 488 PowerShell transcript
@case("488: LF line ends")
def _(): wr(488, rd(488).replace("\r\n", "\n"))
@case("488: end time before start time")
def _(): sub1(488, "End time: 20240611092148", "End time: 20240611081148")
@case("488: transcript file name with another machine")
def _(): sub1(488, "PowerShell_transcript.WS-KOCH-07.", "PowerShell_transcript.WS-KOCH-08.")
@case("488: no Stop-Transcript")
def _(): sub1(488, "> Stop-Transcript\r\n", "> exit\r\n")
@case("488: footer missing")
def _(): s = rd(488); wr(488, s[:s.rindex("**********************\r\nPowerShell transcript end")])
# ---- 489 TOML
@case("489: not TOML (unclosed string)")
def _(): sub1(489, 'codigo = "MCD-417"', 'codigo = "MCD-417')
@case("489: semana numbered twice")
def _(): sub1(489, "numero = 3", "numero = 2")
@case("489: obligatoria not a bool")
def _(): sub1(489, "obligatoria = false", 'obligatoria = "no"')
@case("489: entrega without offset")
def _(): sub1(489, "fecha = 2025-03-03T23:59:00+01:00", "fecha = 2025-03-03T23:59:00")
@case("489: unknown recurso tipo")
def _(): sub1(489, 'tipo = "repo"', 'tipo = "codigo"')
# ---- 490 textproto
@case("490: no proto-message header")
def _(): sub1(490, "# proto-message: visionbench.SuiteConfig\n", "")
@case("490: unclosed message")
def _(): sub1(490, "metrics {{ name: \"top1\" }}".replace("{{", "{").replace("}}", "}"), 'metrics { name: "top1"')
@case("490: field without colon")
def _(): sub1(490, 'input_size: 384', 'input_size 384')
@case("490: bad arxiv_id field")
def _(): sub1(490, 'arxiv_id: "2012.07177"', 'arxiv_id: "2012.7177"')
# ---- 491 mutt
@case("491: status count wrong")
def _(): sub1(491, "[Msg:8/12 Nouv:3", "[Msg:8/13 Nouv:3")
@case("491: Nouv does not match N flags")
def _(): sub1(491, "  10 N   juin 03", "  10 O   juin 03")
@case("491: index rows misnumbered")
def _(): sub1(491, "   5 O   mai 29", "   6 O   mai 29")
@case("491: pager From does not match row 8")
def _(): sub1(491, "From: Inès Barbier <", "From: Karim Haddad <")
@case("491: no pager status line")
def _(): s = rd(491); wr(491, s[:s.rstrip("\n").rindex("\n") + 1])
# ---- 492 _toc.yml
@case("492: tab indentation")
def _(): sub1(492, "    chapters:\n      - file: chapters/01_seq2seq/index", "    chapters:\n\t- file: chapters/01_seq2seq/index")
@case("492: unknown key")
def _(): sub1(492, "  numbered: true", "  numbering: true")
@case("492: url entry without title")
def _(): sub1(492, "            title: 原文\n", "")
@case("492: file listed twice")
def _(): sub1(492, "- file: chapters/05_roberta/index", "- file: chapters/04_bert/index")
@case("492: odd indentation")
def _(): sub1(492, "\n      - file: chapters/03_ulmfit/index", "\n       - file: chapters/03_ulmfit/index")
# ---- 493 Mermaid
@case("493: no mindmap line")
def _(): sub1(493, "\nmindmap\n", "\nflowchart TD\n")
@case("493: two roots")
def _(): sub1(493, "    추론과 행동\n", "  root2((두 번째))\n    추론과 행동\n")
@case("493: node shape not closed")
def _(): sub1(493, "        r1(\"Thought → Action → Observation 반복\")", "        r1(\"Thought → Action → Observation 반복\"")
@case("493: duplicate node id")
def _(): sub1(493, "        t1(", "        r1(")
@case("493: no front matter")
def _(): s = rd(493); wr(493, s[s.index("---", 3) + 4:])
# ---- 494 MATLAB
@case("494: missing end")
def _(): sub1(494, "    fprintf(\"  - %s\\n\", senzaFonte);\nend\n", "    fprintf(\"  - %s\\n\", senzaFonte);\n")
@case("494: unbalanced parenthesis")
def _(): sub1(494, "fclose(fid);", "fclose(fid;")
@case("494: code after local functions")
def _(): wr(494, rd(494) + "disp(\"fine\")\n")
@case("494: voce arguments vs struct fields")
def _(): sub1(494, "function s = voce(titolo, autori, anno, sede, fonte, sezione)", "function s = voce(titolo, autori, anno, fonte, sede, sezione)")
# ---- 495 asciinema
@case("495: header version 1")
def _(): sub1(495, '{"version": 2', '{"version": 1')
@case("495: times not increasing")
def _(): cast_edit(lambda l, ev: ev[10].__setitem__(0, 0.01))
@case("495: bad event code")
def _(): cast_edit(lambda l, ev: ev[3].__setitem__(1, "x"))
@case("495: event time of 1000 s or more")
def _(): cast_edit(lambda l, ev: ev[-1].__setitem__(0, 1204.5))
# ---- 496 Emacs Lisp
@case("496: no lexical-binding line")
def _(): sub1(496, "  -*- lexical-binding: t; -*-", "")
@case("496: unbalanced parenthesis")
def _(): sub1(496, "(org-roam-db-autosync-mode 1))", "(org-roam-db-autosync-mode 1)")
@case("496: provide does not match the file name")
def _(): sub1(496, "(provide 'init-leitura)", "(provide 'init-leituras)")
@case("496: no footer")
def _(): sub1(496, ";;; init-leitura.el ends here\n", "")
# ---- labels and contents
@case("negative: an arXiv id in 496")
def _(): sub1(496, ";; Código:", ";; Código: ver 2106.09685")
@case("negative: a catalogue title in 496")
def _(): sub1(496, "sobre avaliação de agentes.", "sobre «Denoising Diffusion Probabilistic Models».")
@case("negative: a label on 496")
def _(): exp_edit(lambda e: recs(e, 496).append(dict(rec(e, 495, "Flamingo"))))
@case("content: an unlabelled catalogue title in 494")
def _(): sub1(494, "% Materiale non citato", "% vedi anche Attention Is All You Need\n% Materiale non citato")
@case("content: a distractor title in 489")
def _():
    d = json.load(open("/work/shared/catalogue.json"))
    t = next(e["title"] for e in d if e.get("role") == "distractor" and e.get("title") and len(e["title"]) > 20)
    sub1(489, "# Fechas de entrega", f"# ver también: {t}\n# Fechas de entrega")
@case("content: an unlabelled catalogue arXiv id in 487")
def _(): sub1(487, "// TODO(mfaria):", "// see arXiv:1706.03762\n// TODO(mfaria):")
@case("content: an unlabelled valid-shaped arXiv id in 491")
def _(): sub1(491, "Bonne soirée,", "(voir aussi 2301.99999)\nBonne soirée,")
@case("content: an unlabelled OpenReview id in 493")
def _(): sub1(493, "        m1(57개 과목 객관식)", "        m1(57개 과목 객관식)\n        %% https://openreview.net/forum?id=AbCdEfGhIj")
@case("content: a labelled title removed from 490")
def _(): sub1(490, "Segment Anything\"", "SAM\"")
@case("content: a link removed from 492 (REALM)")
def _(): sub1(492, "https://arxiv.org/abs/2002.08909", "https://example.org/realm")
@case("content: an OpenReview link removed from 488")
def _(): wr(488, rd(488).replace("https://openreview.net/pdf?id=OCm0rwa1lx1", "https://openreview.net/attachment?id=OCm0rwa1lx1"))
@case("content: a title-only paper's arXiv id added to 495")
def _(): cast_edit(lambda l, ev: ev[-1].__setitem__(2, "see 2303.10512\r\n"))
@case("content: an arxiv-text paper gets an arXiv link in 489")
def _(): sub1(489, 'ids = { arxiv = "1904.09751" }', 'ids = { arxiv = "https://arxiv.org/abs/1904.09751" }')
@case("content: a labelled title altered in every cast event")
def _(): cast_edit(lambda l, ev: [x.__setitem__(2, x[2].replace("BitFit: Simple", "BitFit - Simple")) for x in ev])
# ---- expected.json
@case("label: evidence link on a title-only record")
def _(): exp_edit(lambda e: rec(e, 487, "Practical Survey").update(evidence="link"))
@case("label: arXiv id on an arxiv-text record changed")
def _(): exp_edit(lambda e: rec(e, 492, "RoBERTa").update(arxiv_id="1907.11693", true_arxiv_id="1907.11693"))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 491, "Unified View").update(openreview_id="0RDcd5Axok"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 493, "Voyager").update(title="Voyager: An Open-Ended Embodied Agent"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 490).append(dict(rec(e, 490, "Swin"))))
@case("label: a paper in two round47 files")
def _(): exp_edit(lambda e: recs(e, 489).append(dict(rec(e, 488, "Mamba"))))
@case("label: a paper at an even position")
def _(): exp_edit(lambda e: recs(e, 487).append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"}))
@case("label: position 1 used")
def _(): exp_edit(lambda e: recs(e, 487).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the odd-position run")
def _(): exp_edit(lambda e: recs(e, 494).remove(rec(e, 494, "PyGlove")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: recs(e, 495).remove(rec(e, 495, "BitFit")))
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("496_"))))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if "-v" in sys.argv:
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith(("ERROR", "Traceback")) or "Error" in l: print("       " + l[:200])
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round47-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
