#!/usr/bin/env python3
"""Breaks a scratch copy of round49 one case at a time and runs validate.py on it (scratch only:
/tmp/round49-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round49 digests are UTF-8 text."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round49-scratch/break"
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


CASES = []
def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# ---- 507 DocBook
@case("507: not well-formed (unclosed element)")
def _(): sub1(507, "</revremark></revision>\n      <revision>", "</revremark>\n      <revision>")
@case("507: citation naming no bibliography entry")
def _(): sub1(507, "<citation>beltagy2020</citation>", "<citation>beltagy2020a</citation>")
@case("507: duplicate xml:id")
def _(): sub1(507, 'xml:id="dai2020"', 'xml:id="wang2020"')
@case("507: not DocBook 5.0")
def _(): sub1(507, 'version="5.0" xml:id="ch-attention"', 'version="4.5" xml:id="ch-attention"')
@case("507: bibliography entry without its title")
def _(): sub1(507, "<abbrev>Dao2022</abbrev>\n      <title>FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness</title>\n", "<abbrev>Dao2022</abbrev>\n")
@case("507: xlink:href not http(s)")
def _(): sub1(507, 'xlink:href="https://github.com/NVIDIA/cutlass"', 'xlink:href="github:NVIDIA/cutlass"')
# ---- 508 Turtle
@case("508: undeclared prefix")
def _(): sub1(508, "@prefix foaf:   <http://xmlns.com/foaf/0.1/> .\n", "")
@case("508: malformed @prefix line")
def _(): sub1(508, "@prefix bibo:   <http://purl.org/ontology/bibo/> .", "@prefix bibo   <http://purl.org/ontology/bibo/>")
@case("508: unbalanced bracket")
def _(): sub1(508, 'dcterms:title "Journal of Machine Learning Research"@en ] ;', 'dcterms:title "Journal of Machine Learning Research"@en ;')
@case("508: last statement without '.'")
def _(): s = rd(508); wr(508, s.rstrip("\n")[:-1] + "\n")
@case("508: IRI with a space")
def _(): sub1(508, "<https://jmlr.org/papers/v21/20-074.html>", "<https://jmlr.org/papers/v21/20 074.html>")
@case("508: unclosed string")
def _(): sub1(508, 'rdfs:label "Sitzung"@de,', 'rdfs:label "Sitzung@de,')
# ---- 509 Cypher
@case("509: unbalanced brace")
def _(): sub1(509, "MERGE (m:Miembro {alias: 'ines'})", "MERGE (m:Miembro {alias: 'ines')")
@case("509: unclosed string")
def _(): sub1(509, "m.rol = 'máster';", "m.rol = 'máster;")
@case("509: text after the last ';'")
def _(): s = rd(509); wr(509, s.rstrip("\n").rstrip(";") + "\n")
@case("509: UNWIND row names an undeclared paper")
def _(): sub1(509, "['kadavath2022know', 4, 'ines']", "['kadavath2022knows', 4, 'ines']")
@case("509: Paper MERGE'd twice")
def _(): sub1(509, "MERGE (p:Paper {clave: 'kadavath2022know'})", "MERGE (p:Paper {clave: 'shinn2023reflexion'})")
@case("509: malformed :param")
def _(): sub1(509, ":param semestre => '2024-2';", ":param semestre = '2024-2'")
# ---- 510 OneTab
@case("510: line without ' | '")
def _(): sub1(510, "https://dreambooth.github.io/ | DreamBooth", "https://dreambooth.github.io/ DreamBooth")
@case("510: two blank lines")
def _(): sub1(510, "\n\nhttps://intranet.example.fr", "\n\n\nhttps://intranet.example.fr")
@case("510: URL with a space")
def _(): sub1(510, "https://calendar.example.fr/agenda/semaine |", "https://calendar.example.fr/agenda semaine |")
# ---- 511 Otter
@case("511: date line not Otter's")
def _(): sub1(511, "Thu, Mar 14, 2024 4:02PM • 52:17", "14 March 2024, 16:02 (52 min)")
@case("511: speaker not in SPEAKERS")
def _(): sub1(511, "Ana Quiroga  24:48", "Ana Q.  24:48")
@case("511: turn times not increasing")
def _(): sub1(511, "Speaker 4  15:11", "Speaker 4  11:11")
@case("511: turn after the end of the recording")
def _(): sub1(511, "Speaker 4  51:40", "Speaker 4  58:40")
@case("511: no Otter footer")
def _(): sub1(511, "  Transcribed by https://otter.ai", "")
# ---- 512 D2
@case("512: unbalanced brace")
def _(): sub1(512, "    style.fill: ${읽음}\n  }\n  tt:", "    style.fill: ${읽음}\n  tt:")
@case("512: connection to an undeclared node")
def _(): sub1(512, "mm.clip -> mm.flamingo", "mm.clip -> mm.flamingoo")
@case("512: link that is not a URL")
def _(): sub1(512, "link: https://d2lang.com/tour/intro", "link: d2lang-tour")
@case("512: unclosed label string")
def _(): sub1(512, '"탐색 vs 모방"', '"탐색 vs 모방')
# ---- 513 codemeta
@case("513: not JSON")
def _(): sub1(513, '"version": "0.7.2",', '"version": "0.7.2"')
@case("513: wrong @context")
def _(): sub1(513, "https://w3id.org/codemeta/3.0", "https://doi.org/10.5063/schema/codemeta-2.0")
@case("513: no codeRepository")
def _(): sub1(513, '"codeRepository": "https://github.com/lln-valmarina/ajuste-leve",', '')
@case("513: article url not http(s)")
def _(): sub1(513, '"url": "https://aclanthology.org/2021.acl-long.353/"', '"url": "aclanthology 2021.acl-long.353"')
@case("513: an article listed twice")
def _(): sub1(513, '"name": "Parameter-Efficient Transfer Learning for NLP"', '"name": "QLoRA: Efficient Finetuning of Quantized LLMs"')
# ---- 514 recfile
@case("514: continuation line after a blank line")
def _(): sub1(514, "Stato: letto\nNote: Il classico", "Stato: letto\n\n+ Il classico")
@case("514: mandatory field missing")
def _(): sub1(514, "Sessione: 3\nRelatore: Davide Orsenigo", "Relatore: Davide Orsenigo")
@case("514: field not in %allowed")
def _(): sub1(514, "Sede: ICCV 2021\nArxiv:", "Luogo: ICCV 2021\nArxiv:")
@case("514: enum value not allowed")
def _(): sub1(514, "Stato: rimandato", "Stato: sospeso")
@case("514: int field not int")
def _(): sub1(514, "Anno: 2019\n", "Anno: 2019b\n")
@case("514: duplicate key")
def _(): sub1(514, "Id: qiu2021", "Id: jiang2021")
# ---- 515 Re:VIEW
@case("515: two chapter headings")
def _(): sub1(515, "== 参考文献", "= 参考文献")
@case("515: block not closed")
def _(): sub1(515, "少しだけします。\n//}", "少しだけします。")
@case("515: footnote reference without //footnote")
def _(): sub1(515, "//footnote[fn-mp]", "//footnote[fn-mixed]")
@case("515: inline command not closed")
def _(): sub1(515, "@<tt>{ExpireSpan}", "@<tt>{ExpireSpan")
@case("515: list reference without //list")
def _(): sub1(515, "//list[expire]", "//list[expire-span]")
@case("515: itemize line not ' * '")
def _(): sub1(515, " * @<i>{GShard", "* @<i>{GShard")
# ---- 516 M3U
@case("516: #EXTM3U not first")
def _(): sub1(516, "#EXTM3U\n", "")
@case("516: #EXTINF without location")
def _(): sub1(516, "opnames/2024-10-24_bleeker.mp4\n", "")
@case("516: malformed #EXTINF")
def _(): sub1(516, "#EXTINF:900,", "#EXTINF:15 min,")
@case("516: location without #EXTINF")
def _(): sub1(516, "#EXTINF:2290,", "#EXTVLCOPT:2290,")
@case("negative: an arXiv id in 516")
def _(): sub1(516, "opnames/2024-12-12_panel.mp4", "# zie 2310.01234\nopnames/2024-12-12_panel.mp4")
@case("negative: a catalogue title in 516")
def _(): sub1(516, "Tutorial - Weights & Biases sweeps in een half uur", "Tutorial - Mixed Precision Training in een half uur")
@case("negative: a label on 516")
def _(): exp_edit(lambda e: recs(e, 516).append(dict(rec(e, 507, "Linformer"))))
# ---- content (any file)
@case("content: an unlabelled catalogue title in 508")
def _(): sub1(508, 'rdfs:label "Encoder-Vortraining"@de', 'rdfs:label "Encoder-Vortraining (vgl. Attention Is All You Need)"@de')
@case("content: a distractor title in 510")
def _():
    d = next(e["title"] for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json") for e in json.load(open(p)) if e.get("role") == "distractor" and e.get("title") and len(e["title"]) > 12)
    sub1(510, "https://dreambooth.github.io/ | DreamBooth", "https://dreambooth.github.io/ | DreamBooth — " + d)
@case("content: an unlabelled catalogue arXiv id in 509")
def _(): sub1(509, "p.notas = 'Memoria episódica", "p.notas = 'Ver 2210.03629. Memoria episódica")
@case("content: an unlabelled valid-shaped arXiv id in 511")
def _(): sub1(511, "- CPC: arXiv:1807.03748", "- CPC: arXiv:1807.03748 (v2 is 2301.99999)")
@case("content: an unlabelled OpenReview id in 512")
def _(): sub1(512, "link: https://d2lang.com/tour/intro", "link: https://openreview.net/forum?id=AbCdEfGhIj")
@case("content: a labelled title removed from 513")
def _(): wr(513, rd(513).replace("QLoRA: Efficient Finetuning", "QLoRA - Efficient Finetuning"))
@case("content: a link removed from 515 (Mamba)")
def _(): wr(515, rd(515).replace("https://arxiv.org/abs/2312.00752", "https://example.org/mamba"))
@case("content: an OpenReview link removed from 507")
def _(): sub1(507, "https://openreview.net/forum?id=qVyeW-grC2k", "https://openreview.net/group?id=ICLR.cc/2021")
@case("content: a title-only paper's arXiv id added to 514")
def _(): sub1(514, "Id: zhai2021\n", "Id: zhai2021\nArxiv: arXiv:2106.04560\n")
@case("content: an arxiv-text paper gets an arXiv link in 508")
def _(): sub1(508, 'bibo:identifier "arXiv:1301.3781"', 'bibo:identifier "https://arxiv.org/abs/1301.3781"')
@case("content: a wrapped title broken in the recfile's joined form")
def _(): sub1(514, "\n+ Convolutional Neural Networks", "\n+ ConvNets")
@case("content: a title in a Turtle long literal altered")
def _(): sub1(508, "for Natural Language Generation", "for NL Generation")
@case("content: a title in a Cypher string altered")
def _(): sub1(509, "'Reflexion: Language Agents", "'Reflexion - Language Agents")
# ---- expected.json
@case("label: evidence link on a title-only record")
def _(): exp_edit(lambda e: rec(e, 507, "Attention Is All").update(evidence="link"))
@case("label: arXiv id on an arxiv-text record changed")
def _(): exp_edit(lambda e: rec(e, 509, "Generative Agents").update(arxiv_id="2304.03443", true_arxiv_id="2304.03443"))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 515, "Structured State Spaces").update(openreview_id="uYLFoz1vlAC"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 512, "Decision Transformer").update(title="Decision Transformer"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 510).append(dict(rec(e, 510, "DreamBooth"))))
@case("label: a paper in two round49 files")
def _(): exp_edit(lambda e: recs(e, 511).append(dict(rec(e, 510, "DreamBooth"))))
@case("label: a paper at an even position")
def _(): exp_edit(lambda e: recs(e, 507).append({"arxiv_id": None, "openreview_id": None, "title": "A Practical Survey on Faster and Lighter Transformers", "evidence": "title-only", "true_arxiv_id": "2103.14636"}))
@case("label: position 1 used")
def _(): exp_edit(lambda e: recs(e, 507).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the odd-position run")
def _(): exp_edit(lambda e: recs(e, 514).remove(rec(e, 514, "AutoDropout")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: recs(e, 513).remove(rec(e, 513, "DoRA")))
@case("label: title-only share out of range")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for r in recs(e, 510) if r["evidence"] == "link" and not r["openreview_id"]])
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("516_"))))

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
shutil.rmtree("/tmp/round49-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
