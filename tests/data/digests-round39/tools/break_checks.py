#!/usr/bin/env python3
"""Breaks a scratch copy of round39 one case at a time and runs validate.py on it (scratch only:
/tmp/round39-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round39 digests are UTF-8 text (409 with CRLF)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round39-scratch/break"
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


def rec(e, n, start):
    return next(r for r in recs(e, n) if r["title"].startswith(start))


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 407 Toggl CSV
@case("407 end != start + duration")
def _(): sub1(407, "2024-03-04,11:35:00,01:35:00", "2024-03-04,11:35:00,01:30:00")
@case("407 an entry overlapping the previous one")
def _(): sub1(407, "2024-03-05,11:00:00,2024-03-05,11:40:00", "2024-03-05,10:40:00,2024-03-05,11:20:00")
@case("407 a description with a comma left unquoted")
def _(): sub1(407, '"PyTorch nn.CTCLoss dokümantasyonu, örnek kod"', "PyTorch nn.CTCLoss dokümantasyonu; örnek kod,x")
@case("407 a second e-mail for the user")
def _(): sub1(407, "Elif Aydın,elif.aydin@example.edu,,Tez,Deneyler,Deney sonuçları", "Elif Aydın,e.aydin@example.edu,,Tez,Deneyler,Deney sonuçları")
@case("407 header changed")
def _(): sub1(407, "Start date,Start time", "Start Date,Start time")
@case("407 Billable not Yes/No")
def _(): sub1(407, "Haftalık rapor,No,", "Haftalık rapor,Hayır,")
@case("407 CTC's doubled quotes undone (field broken)")
def _(): sub1(407, '""Connectionist', '"Connectionist')
@case("407 a title-only paper given its arXiv id")
def _(): sub1(407, "Federated Learning Based on Dynamic Regularization –", "Federated Learning Based on Dynamic Regularization (2111.04263) –")
@case("407 the arXiv id of an arxiv-text paper removed")
def _(): sub1(407, " (2101.08809)", "")
# 408 Makefile
@case("408 a recipe indented with spaces")
def _(): sub1(408, "\t$(CURL) -o $@ https://arxiv.org/pdf/2210.17323.pdf", "        $(CURL) -o $@ https://arxiv.org/pdf/2210.17323.pdf")
@case("408 an undefined variable")
def _(): sub1(408, "$(LATEXMK) $(LATEXMKFLAGS) thesis.tex", "$(LATEXMK) $(LATEXFLAGS) thesis.tex")
@case("408 a .PHONY target without a rule")
def _(): sub1(408, ".PHONY: thesis papers todo", ".PHONY: thesis papers todo check")
@case("408 a paper in PAPERS without a rule")
def _(): sub1(408, "$(PDF_DIR)/gptq.pdf: | $(PDF_DIR)", "$(PDF_DIR)/gptq-v2.pdf: | $(PDF_DIR)")
@case("408 the folded title's continuation removed")
def _(): sub1(408, "Training \\\n                 Trillion", "Training\n                 Trillion")
@case("408 an unbalanced double quote")
def _(): sub1(408, '"Parameter-Efficient Transfer Learning for NLP" \\', '"Parameter-Efficient Transfer Learning for NLP \\')
@case("408 an OpenReview id changed")
def _(): sub1(408, "id=r1gs9JgRZ", "id=r1gs9JgRX")
@case("408 an arXiv link turned into a bare id")
def _(): sub1(408, "https://arxiv.org/pdf/1909.08053v4", "1909.08053")
# 409 SumatraPDF
@case("409 an LF line end")
def _(): sub1(409, "UiLanguage = vi\r\n", "UiLanguage = vi\n")
@case("409 a block not closed")
def _(): sub1(409, "ChmUI [\r\n\tUseFixedPageUI = false\r\n]\r\n", "ChmUI [\r\n\tUseFixedPageUI = false\r\n")
@case("409 a line indented wrongly")
def _(): sub1(409, "\t\tOpenCount = 9", "\tOpenCount = 9")
@case("409 a duplicate key")
def _(): sub1(409, "\t\tOpenCount = 9\r\n", "\t\tOpenCount = 9\r\n\t\tOpenCount = 8\r\n")
@case("409 PageLabel != PageNo in a favourite")
def _(): sub1(409, "\t\t\t\tPageNo = 7\r\n\t\t\t\tPageLabel = 7", "\t\t\t\tPageNo = 7\r\n\t\t\t\tPageLabel = 8")
@case("409 a session tab on another page")
def _(): sub1(409, "\t\t\t\tPageNo = 6\r\n\t\t\t\tZoom = fit width\r\n\t\t\t\tRotation = 0\r\n\t\t\t\tScrollPos", "\t\t\t\tPageNo = 5\r\n\t\t\t\tZoom = fit width\r\n\t\t\t\tRotation = 0\r\n\t\t\t\tScrollPos")
@case("409 TabIndex out of range")
def _(): sub1(409, "TabIndex = 1", "TabIndex = 4")
@case("409 an arxiv-text file renamed by title")
def _(): sub1(409, "2011.04419.pdf", "dacl.pdf", -1)
# 410 Cursor rule
@case("410 alwaysApply not a boolean")
def _(): sub1(410, "alwaysApply: false", "alwaysApply: no")
@case("410 a table row with a missing cell")
def _(): sub1(410, "| dense and random variants; factorized ones are TODO |", "dense and random variants; factorized ones are TODO |")
@case("410 a heading level skipped")
def _(): sub1(410, "## Tests", "#### Tests")
@case("410 an unbalanced code fence")
def _(): sub1(410, "Read @docs/layers.md", "```\nRead @docs/layers.md")
@case("410 a link to a relative target")
def _(): sub1(410, "(https://arxiv.org/pdf/2312.00752)", "(../papers/mamba.pdf)")
@case("410 a title-only paper given an arXiv link")
def _(): sub1(410, "| `linformer.py` | Linformer: Self-Attention with Linear Complexity |", "| `linformer.py` | [Linformer: Self-Attention with Linear Complexity](https://arxiv.org/abs/2006.04768) |")
@case("410 an OpenReview id cut")
def _(): sub1(410, "forum?id=qVyeW-grC2k", "forum?id=")
# 411 NeurIPS checklist
@case("411 an item name changed")
def _(): sub1(411, "\\item {\\bf Safeguards}", "\\item {\\bf Safety}")
@case("411 an answer left TODO")
def _(): sub1(411, "Answer: \\answerNA{} % Replace by \\answerYes{}, \\answerNo{}, or \\answerNA{}.\n    \\item[] Justification: No crowdsourcing",
              "Answer: \\answerTODO{} % Replace by \\answerYes{}, \\answerNo{}, or \\answerNA{}.\n    \\item[] Justification: No crowdsourcing")
@case("411 an unescaped % in a justification")
def _(): sub1(411, "95\\% bootstrap", "95% bootstrap")
@case("411 an unbalanced brace")
def _(): sub1(411, "\\emph{Smooth Adversarial Training}", "\\emph{Smooth Adversarial Training")
@case("411 \\end{itemize} missing")
def _(): sub1(411, "    \\end{itemize}\n\n\\item {\\bf New Assets}", "\n\\item {\\bf New Assets}")
@case("411 an unlabelled catalogue title added")
def _(): sub1(411, "DeiT-S from timm", "DeiT-S from timm (see A ConvNet for the 2020s)")
@case("411 an arxiv-text id removed")
def _(): sub1(411, " (arXiv:2104.00298)", "")
# 412 Zotero field codes
@case("412 a formatted citation not matching its items")
def _(): sub1(412, '"formattedCitation":"(Clark i in., 2020)","plainCitation":"(Clark i in., 2020)"', '"formattedCitation":"(Clark et al., 2020)","plainCitation":"(Clark et al., 2020)"')
@case("412 a field code's JSON broken")
def _(): sub1(412, '"citationID":"kQ2vTz8L","properties":{', '"citationID":"kQ2vTz8L","properties":')
@case("412 a citationID twice")
def _(): sub1(412, '"citationID":"Rf7mXa3N"', '"citationID":"kQ2vTz8L"')
@case("412 multi-item citation out of APA order")
def _():
    s = rd(412)
    i = s.index('"citationID":"Gx5uKe7W"'); j = s.index(' }', s.index('"schema"', i))
    o = json.loads("{" + s[i:j])
    o["citationItems"].reverse()
    wr(412, s[:i] + json.dumps(o, ensure_ascii=False, separators=(",", ":"))[1:] + s[j:])
@case("412 the same item with two URIs")
def _(): sub1(412, "items/XH6D4PWA", "items/XH6D4PWB", 1)
@case("412 bibliography field removed")
def _(): sub1(412, '{ ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY }\n', "\n")
@case("412 an item's arXiv URL removed (link -> arxiv-text)")
def _(): sub1(412, '"URL":"http://arxiv.org/abs/1910.13461"', '"URL":"https://aclanthology.org/2020.acl-main.703"')
# 413 REST Client
@case("413 an undefined variable")
def _(): sub1(413, "GET {{s2}}/paper/arXiv:2305.16291?fields={{fields}}", "GET {{s2}}/paper/arXiv:2305.16291?fields={{field_list}}")
@case("413 a request variable of a later request")
def _(): sub1(413, "# @name react\n", "")
@case("413 a block without a request line")
def _(): sub1(413, "GET https://api.github.com/repos/MineDojo/Voyager", "# GET https://api.github.com/repos/MineDojo/Voyager")
@case("413 a JSON body that does not parse")
def _(): sub1(413, '"ids": ["arXiv:2310.11511", "arXiv:2305.16291"]', '"ids": ["arXiv:2310.11511", "arXiv:2305.16291"],')
@case("413 a space in a URL")
def _(): sub1(413, "query=toolformer&year", "query=toolformer language&year")
@case("413 @name twice")
def _(): sub1(413, "GET {{arxivapi}}?id_list=2304.03442", "# @name react\nGET {{arxivapi}}?id_list=2304.03442")
@case("413 the ReAct OpenReview forum comment removed")
def _(): sub1(413, "# fórum: https://openreview.net/forum?id=WE_vluYUL-X\n", "")
# 414 Batch JSONL
@case("414 a custom_id twice")
def _(): sub1(414, '"custom_id": "w19-07"', '"custom_id": "w19-06"')
@case("414 a line not as json.dumps writes it")
def _(): sub1(414, '"custom_id": "w19-08", "method"', '"custom_id":"w19-08","method"')
@case("414 another model in the batch")
def _(): sub1(414, '"custom_id": "w19-12", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini"', '"custom_id": "w19-12", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o"')
@case("414 a wrong endpoint")
def _(): sub1(414, '"custom_id": "w19-10", "method": "POST", "url": "/v1/chat/completions"', '"custom_id": "w19-10", "method": "POST", "url": "/v1/completions"')
@case("414 a title-only paper given an arXiv link")
def _(): sub1(414, "학회: NeurIPS 2021", "링크: https://arxiv.org/abs/2106.13884")
@case("414 max_tokens not an integer")
def _(): sub1(414, '"max_tokens": 1200', '"max_tokens": "1200"')
# 415 pdftk
@case("415 a bookmark two levels deeper")
def _(): sub1(415, "BookmarkTitle: 附录 D（选读）\nBookmarkLevel: 3", "BookmarkTitle: 附录 D（选读）\nBookmarkLevel: 4")
@case("415 a bookmark page beyond the document")
def _(): sub1(415, "BookmarkPageNumber: 169", "BookmarkPageNumber: 999")
@case("415 a PageMedia record missing")
def _(): sub1(415, "PageMediaBegin\nPageMediaNumber: 7\nPageMediaRotation: 0\nPageMediaRect: 0 0 612 792\nPageMediaDimensions: 612 792\n", "")
@case("415 dimensions != rect")
def _(): sub1(415, "PageMediaRect: 0 0 595.276 841.89\nPageMediaDimensions: 595.276 841.89", "PageMediaRect: 0 0 595.276 841.89\nPageMediaDimensions: 612 792")
@case("415 ModDate before CreationDate")
def _(): sub1(415, "D:20240301211548", "D:20240201211548")
@case("415 a stray line")
def _(): sub1(415, "NumberOfPages: 194\n", "NumberOfPages: 194\nPages: 194\n")
@case("415 SD3's URL removed from Sources")
def _(): sub1(415, " ；https://arxiv.org/pdf/2403.03206", "")
# 416 negative
@case("416 conda packages out of order")
def _(): sub1(416, "  - bzip2=1.0.8=hd590300_5\n  - ca-certificates", "  - ca-certificates=2024.2.2=hbcca054_0\n  - bzip2=1.0.8=hd590300_5\n  - ca-certificates-x")
@case("416 prefix not the env's name")
def _(): sub1(416, "envs/llm-ft", "envs/llm")
@case("416 a py311 build with python 3.10")
def _(): sub1(416, "markupsafe=2.1.5=py310h2372a71_0", "markupsafe=2.1.5=py311h459d7ec_0")
@case("416 a catalogue title in the negative control")
def _(): sub1(416, "  - peft==0.10.0", "  - peft==0.10.0  # LoRA: Low-Rank Adaptation of Large Language Models")
@case("416 an arXiv id in the negative control")
def _(): sub1(416, "mkl=2022.1.0=h84fe81f_915", "mkl=2106.09685=h84fe81f_915")
@case("416 pip packages out of order")
def _(): sub1(416, "    - accelerate==0.29.3\n    - aiohttp==3.9.5", "    - aiohttp==3.9.5\n    - accelerate==0.29.3")
# label edits
@case("label: 407 EigenGame relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 407, "EigenGame").update(evidence="title-only", arxiv_id=None))
@case("label: 408 ZeRO record removed")
def _(): exp_edit(lambda e: recs(e, 408).remove(rec(e, 408, "ZeRO")))
@case("label: 409 C2D given an OpenReview link")
def _(): exp_edit(lambda e: rec(e, 409, "Contrast to Divide").update(evidence="link", arxiv_id=None, openreview_id="uB5x7Y2qsFR"))
@case("label: 410 Reformer's title changed")
def _(): exp_edit(lambda e: rec(e, 410, "Reformer").update(title="Reformer: The Efficient Transformer Model"))
@case("label: 411 CLIP relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 411, "Learning Transferable").update(evidence="arxiv-text"))
@case("label: 412 GloVe given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 412, "GloVe").update(true_arxiv_id="1405.0001"))
@case("label: 413 a record twice")
def _(): exp_edit(lambda e: recs(e, 413).append(dict(rec(e, 413, "Toolformer"))))
@case("label: 414 Flamingo given a wrong true id")
def _(): exp_edit(lambda e: rec(e, 414, "Flamingo").update(true_arxiv_id="2204.14199", arxiv_id="2204.14199"))
@case("label: 415 the OpenReview record given both ids")
def _(): exp_edit(lambda e: rec(e, 415, "Self-Supervised Variational").update(arxiv_id="2010.02014"))
@case("label: 416 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 416).append(dict(rec(e, 414, "Flamingo"))))
@case("label: a paper at an even position (round38's) added")
def _(): exp_edit(lambda e: recs(e, 414).append({"arxiv_id": None, "openreview_id": None, "title": "A Practical Survey on Faster and Lighter Transformers", "evidence": "title-only", "true_arxiv_id": "2103.14636"}))
@case("label: a paper in two round39 files")
def _(): exp_edit(lambda e: recs(e, 413).append(dict(rec(e, 414, "Flamingo"))))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if "-v" in sys.argv:  # show the errors each case produced
        for l in r.stdout.splitlines():
            if l.startswith("ERROR"): print("       " + l[:200])
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round39-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
