#!/usr/bin/env python3
"""Breaks a scratch copy of round51 one case at a time and runs validate.py on it (scratch only:
/tmp/round51-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. 531 is Latin-1 (TeXmacs), the others UTF-8."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round51-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def enc(n):
    return "latin-1" if n == 531 else "utf-8"


def rd(n):
    return open(path(n), encoding=enc(n), newline="").read()


def wr(n, s):
    open(path(n), "w", encoding=enc(n), newline="").write(s)


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


def gm_edit(fn):
    """528: decode the Gmail payload body, change it, re-encode it with the right size (only the intended fault remains)"""
    import base64
    d = json.loads(rd(528))
    body = fn(base64.urlsafe_b64decode(d["payload"]["body"]["data"]).decode("utf-8")).encode("utf-8")
    d["payload"]["body"] = {"size": len(body), "data": base64.urlsafe_b64encode(body).decode()}
    wr(528, json.dumps(d, indent=2, ensure_ascii=False) + "\n")


CASES = []
def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# ---- 527 Word Sources.xml
@case("527: not well-formed (unclosed element)")
def _(): sub1(527, "<b:Year>2022</b:Year>", "<b:Year>2022")
@case("527: pretty-printed (not Word's one-line layout)")
def _(): sub1(527, "<b:Source><b:Tag>Liu22", "\n  <b:Source><b:Tag>Liu22")
@case("527: duplicate Tag")
def _(): sub1(527, "<b:Tag>Qiu21</b:Tag>", "<b:Tag>Jia21</b:Tag>")
@case("527: unknown SourceType")
def _(): sub1(527, "<b:Tag>LeC98</b:Tag><b:SourceType>JournalArticle", "<b:Tag>LeC98</b:Tag><b:SourceType>Article")
@case("527: Guid not a {GUID}")
def _(): s = rd(527); i = s.index("<b:Guid>") + 8; wr(527, s[:i] + s[i + 1:])
@case("527: URL not http(s)")
def _(): sub1(527, "<b:URL>https://cocodataset.org/#home</b:URL>", "<b:URL>cocodataset.org</b:URL>")
# ---- 528 Gmail API message
@case("528: not JSON")
def _(): sub1(528, '"threadId": "18e2b7f0d41a6c3e",', '"threadId": "18e2b7f0d41a6c3e"')
@case("528: bad message id")
def _(): sub1(528, '"id": "18e3d5a4c2f9b071"', '"id": "18e3d5a4c2f9b07"')
@case("528: body.size wrong")
def _(): s = rd(528); import re as _re; wr(528, _re.sub(r'"size": (\d+)', lambda m: f'"size": {int(m.group(1)) + 3}', s, 1))
@case("528: body.data not base64url")
def _(): s = rd(528); i = s.index('"data": "') + 20; wr(528, s[:i] + "+/" + s[i + 2:])
@case("528: no Message-ID header")
def _(): sub1(528, '"name": "Message-ID"', '"name": "X-Message-Ref"')
@case("528: body line over 78 characters")
def _(): gm_edit(lambda b: b.replace("Hälsningar,\n", "Hälsningar, och tack för en bra termin med många intressanta diskussioner om diffusionsmodeller\n", 1))
# ---- 529 Skype
@case("529: not JSON")
def _(): sub1(529, '"exportDate": "2024-02-20T09:14:52",', '"exportDate": "2024-02-20T09:14:52"')
@case("529: MessageList not newest first")
def _():
    d = json.loads(rd(529)); ml = d["conversations"][1]["MessageList"]; ml[0], ml[1] = ml[1], ml[0]
    wr(529, json.dumps(d, ensure_ascii=False) + "\n")
@case("529: id and originalarrivaltime disagree")
def _(): sub1(529, '"originalarrivaltime": "2024-02-06T18:05:25.412Z"', '"originalarrivaltime": "2024-02-06T18:05:26.412Z"')
@case("529: unclosed markup in content")
def _(): sub1(529, "Hatırlatma:</b>", "Hatırlatma:")
@case("529: quote of a message not in the conversation")
def _(): sub1(529, 'messageid=\\"1707243099412\\"', 'messageid=\\"1707243099999\\"')
@case("529: unknown messagetype")
def _(): sub1(529, '"messagetype": "Event/Call"', '"messagetype": "Event/Callx"')
# ---- 530 Rust
@case("530: unbalanced brace")
def _(): sub1(530, "    fn name(&self) -> &'static str {\n        \"naive\"\n    }", "    fn name(&self) -> &'static str {\n        \"naive\"\n")
@case("530: unclosed string")
def _(): sub1(530, 'Some("gau") => Self::Gau,', 'Some("gau) => Self::Gau,')
@case("530: //! after the first item")
def _(): sub1(530, "/// What every attention variant has to provide.", "//! What every attention variant has to provide.")
@case("530: doc link not a URL")
def _(): sub1(530, "(<https://github.com/vllm-project/vllm>)", "(<github:vllm-project/vllm>)")
@case("530: no final newline")
def _(): wr(530, rd(530).rstrip("\n"))
# ---- 531 TeXmacs
@case("531: block not closed")
def _(): sub1(531, "  </itemize>\n", "")
@case("531: unbalanced angle bracket")
def _(): sub1(531, "<cite|glorot2010>.", "<cite|glorot2010.")
@case("531: cite without bibitem")
def _(): sub1(531, "<label|bib-xie2020>", "<label|bib-xie2020a>")
@case("531: bib-list count wrong")
def _(): sub1(531, "<\\bib-list|10>", "<\\bib-list|9>")
@case("531: auxiliary bib keys differ")
def _(): sub1(531, "      bach2024\n    </associate>", "    </associate>")
@case("531: C1 control byte")
def _(): sub1(531, "Claire", "Cl\x85aire")
# ---- 532 Inoreader
@case("532: unescaped slash")
def _(): sub1(532, '"title": "Starred articles"', '"title": "Starred/articles"')
@case("532: raw non-ASCII")
def _(): sub1(532, "Luc\\u00eda Ferrer", "Lucía Ferrer")
@case("532: bad item id")
def _(): sub1(532, "reader\\/item\\/00000005a3fe9db8", "reader\\/item\\/5a3fe9db8")
@case("532: timestampUsec not extending crawlTimeMsec")
def _(): sub1(532, '"timestampUsec": "1625216400225412"', '"timestampUsec": "1625216400999412"')
@case("532: not JSON")
def _(): sub1(532, '"direction": "ltr",\n    "id"', '"direction": "ltr"\n    "id"')
# ---- 533 Day One
@case("533: key without Apple's ' : '")
def _(): sub1(533, '"duration" : 0,', '"duration": 0,')
@case("533: unescaped slash")
def _(): sub1(533, '"timeZone" : "Asia\\/Tokyo"', '"timeZone" : "Asia/Tokyo"')
@case("533: richText does not parse")
def _(): sub1(533, '"richText" : "{\\"contents\\"', '"richText" : "{\\"contents\\"}')
@case("533: bad uuid")
def _(): s = rd(533); i = s.index('"uuid" : "') + 10; wr(533, s[:i] + "x" + s[i + 1:])
@case("533: richText link differs from the text's")
def _(): sub1(533, "](https:\\/\\/arxiv.org\\/abs\\/1908.10084)", "](https:\\/\\/arxiv.org\\/abs\\/1908.10084v2)")
# ---- 534 Mathematica
@case("534: non-ASCII character")
def _(): sub1(534, "\\:0421", "С")
@case("534: NotebookDataPosition off")
def _(): sub1(534, "(* Beginning of Notebook Content *)\n", "(* Beginning of Notebook Content *)\n\n")
@case("534: unbalanced bracket")
def _(): sub1(534, 'URL["https://arxiv.org/abs/2106.05234"], None}', 'URL["https://arxiv.org/abs/2106.05234"], None')
@case("534: duplicate ExpressionUUID")
def _():
    import re as _re
    s = rd(534); u = _re.findall(r'ExpressionUUID->"([^"]+)"', s)[:2]; wr(534, s.replace(u[1], u[0], 1))
@case("534: ButtonBox not a Hyperlink")
def _(): sub1(534, 'BaseStyle->"Hyperlink",\n   ButtonData->{\n     URL["https://arxiv.org/abs/2010.08895"]', 'BaseStyle->"Link",\n   ButtonData->{\n     URL["https://arxiv.org/abs/2010.08895"]')
# ---- 535 LinkChecker
@case("535: summary counts disagree")
def _(): sub1(535, "9 warnings found.", "8 warnings found.")
@case("535: field out of order")
def _(): sub1(535, "Check time 0.412 seconds\nResult     Error: 403 Forbidden", "Result     Error: 403 Forbidden\nCheck time 0.412 seconds")
@case("535: a line that is not a field")
def _(): sub1(535, "Size       46KB\n", "Size: 46KB\n")
@case("535: no banner")
def _(): sub1(535, "\nLinkChecker 10.2.1\n", "\n")
# ---- 536 CSL (negative)
@case("536: macro not defined")
def _(): sub1(536, '<text macro="issued"/>', '<text macro="issued-date"/>')
@case("536: choose without if first")
def _(): sub1(536, '<choose>\n      <if type="book thesis report" match="any">', '<choose>\n      <else-if type="book thesis report" match="any">')
@case("536: not well-formed")
def _(): sub1(536, "</info>", "</infos>")
@case("negative: an arXiv id in 536")
def _(): sub1(536, "verzi (v1, v2) nevypisujeme", "verzi (v1, v2) nevypisujeme, viz 2310.01234")
@case("negative: a catalogue title in 536")
def _(): sub1(536, "Číselný styl pro diplomové práce", "Číselný styl (vzor: Attention Is All You Need) pro diplomové práce")
@case("negative: a label on 536")
def _(): exp_edit(lambda e: recs(e, 536).append(dict(rec(e, 530, "Attention Is All"))))
# ---- content (any file)
@case("content: an unlabelled catalogue title in 529")
def _(): sub1(529, "Takvimi yükledim", "Takvimi yükledim (Language Models are Few-Shot Learners da ekledim)")
@case("content: a distractor title in 535")
def _():
    d = next(e["title"] for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json") for e in json.load(open(p)) if e.get("role") == "distractor" and e.get("title") and len(e["title"]) > 12)
    sub1(535, "Name       `notebooks (GitHub)'", "Name       `" + d + "'")
@case("content: an unlabelled catalogue arXiv id in 530")
def _(): sub1(530, "prefix caching is not implemented yet (#212).", "prefix caching (arXiv:2312.07104) is not implemented yet (#212).")
@case("content: an unlabelled valid-shaped arXiv id in 533")
def _(): sub1(533, "NLP2024 の締切は 1\\/5", "NLP2024 の締切は 1\\/5 (2401.99999)")
@case("content: an unlabelled OpenReview id in 532")
def _(): sub1(532, "reddit.com\\/user\\/noisy_labels_fan\\\">", "openreview.net\\/forum?id=AbCdEfGhIj\\\">")
@case("content: a labelled title removed from 527")
def _(): sub1(527, "<b:Title>Describing and Localizing Multiple Changes with Transformers</b:Title>", "<b:Title>Describing and Localizing Changes with Transformers</b:Title>")
@case("content: an OpenReview link removed from 528")
def _(): gm_edit(lambda b: b.replace("https://openreview.net/forum?id=St1giarCHLP", "https://openreview.net/group?id=ICLR.cc/2021"))
@case("content: an arXiv link removed from 529 (LLaMA)")
def _(): wr(529, rd(529).replace("https://arxiv.org/abs/2302.13971", "https://ai.meta.com/llama/"))
@case("content: a title-only paper's arXiv id added to 531")
def _(): sub1(531, "training. <newblock>2020.", "training. <newblock><with|font-shape|italic|arXiv preprint arXiv:2006.14536>, 2020.")
@case("content: an arxiv-text paper gets an arXiv link in 534")
def _(): sub1(534, "arXiv:2010.00554", "https://arxiv.org/abs/2010.00554")
@case("content: a title split by a Mathematica continuation altered")
def _(): sub1(534, "Fourier Neural Operator for Parametric Partial Differential \\\nEquations", "Fourier Neural Operator for Parametric PDE \\\nEquations")
@case("content: a Day One escaped title altered")
def _(): wr(533, rd(533).replace("Decoding\\\\-enhanced", "Decoding\\\\-improved").replace("Decoding-enhanced", "Decoding-improved"))
@case("content: a flowed title in 528 altered")
def _(): gm_edit(lambda b: b.replace("Generative Adversarial \nNetworks", "Generative Adversarial \nNets", 1))
@case("content: a rustdoc-wrapped title altered in 530")
def _(): sub1(530, "Fast Autoregressive Transformers with Linear Attention", "Fast Autoregressive Transformers")
# ---- expected.json
@case("label: evidence link on a title-only record")
def _(): exp_edit(lambda e: rec(e, 530, "Transformer Quality").update(evidence="link"))
@case("label: arXiv id on an arxiv-text record changed")
def _(): exp_edit(lambda e: rec(e, 535, "AdaLoRA").update(arxiv_id="2303.10513", true_arxiv_id="2303.10513"))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 534, "Why Do Local").update(openreview_id="zOGdf9K8aC"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 532, "Emerging Properties").update(title="DINO"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 529).append(dict(rec(e, 529, "LLaMA"))))
@case("label: a paper in two round51 files")
def _(): exp_edit(lambda e: recs(e, 528).append(dict(rec(e, 529, "LLaMA"))))
@case("label: a paper at an odd position")
def _(): exp_edit(lambda e: recs(e, 530).append({"arxiv_id": None, "openreview_id": None, "title": "Self-supervised Learning from a Multi-view Perspective", "evidence": "title-only", "true_arxiv_id": "2006.05576"}))
@case("label: position 1 used")
def _(): exp_edit(lambda e: recs(e, 530).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the even-position run")
def _(): exp_edit(lambda e: recs(e, 531).remove(rec(e, 531, "AutoDropout")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: recs(e, 533).remove(rec(e, 533, "Dodrio")))
@case("label: title-only share out of range")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for r in recs(e, 529) if r["evidence"] == "link"])
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("536_"))))

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
shutil.rmtree("/tmp/round51-scratch/break")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
