#!/usr/bin/env python3
"""Breaks a scratch copy of round43 one case at a time and runs validate.py on it (scratch only:
/tmp/round43-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round43 digests are UTF-8 text."""
import json, os, plistlib, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round43-scratch/break"
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


def jedit(n, fn, **dump):
    d = json.loads(rd(n)); fn(d); wr(n, json.dumps(d, ensure_ascii=False, **dump))


def pm(fn): jedit(449, fn, indent="\t")
def ff(fn): jedit(453, fn, separators=(",", ":"))


def pl(fn):
    d = plistlib.loads(rd(452).encode()); fn(d)
    wr(452, plistlib.dumps(d, fmt=plistlib.FMT_XML, sort_keys=True).decode())


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 447 Texinfo
@case("447 an @end that closes the wrong environment")
def _(): sub1(447, "@end table", "@end itemize")
@case("447 a menu entry naming no node")
def _(): sub1(447, "* Hashed attention::", "* Hash attention::")
@case("447 a node without a sectioning command")
def _(): sub1(447, "@node Feedback memory\n@section Feedback memory", "@node Feedback memory\n@findex FeedbackMemory2")
@case("447 unbalanced braces")
def _(): sub1(447, "@cite{Transformer Quality in Linear Time} (ICML 2022;", "@cite{Transformer Quality in Linear Time (ICML 2022;")
@case("447 no @bye")
def _(): wr(447, rd(447).replace("@bye\n", ""))
@case("447 a title-only paper given an arXiv link")
def _(): sub1(447, "Journal of Machine Learning Research 23, 2022.", "Journal of Machine Learning Research 23, 2022. @uref{https://arxiv.org/abs/2101.03961}")
@case("447 an unlabelled catalogue title")
def _(): sub1(447, "is not a paper and is not listed", "is not a paper (nor is Long Short-Term Memory) and is not listed")
@case("447 an unlabelled OpenReview id")
def _(): sub1(447, "@uref{https://fsf.org/}", "@uref{https://openreview.net/forum?id=abcDEF12345}")
# 448 CUDA
@case("448 unbalanced braces in code")
def _(): sub1(448, "  if (i >= n) return;\n  float g = static_cast<float>(grad[i]) * inv_scale;", "  if (i >= n) { return;\n  float g = static_cast<float>(grad[i]) * inv_scale;")
@case("448 a kernel defined twice")
def _(): sub1(448, "__global__ void check_overflow_kernel", "__global__ void fused_adamw_kernel")
@case("448 a kernel launched without its namespace")
def _(): sub1(448, "lingxi::dequant_nf4_kernel<<<", "dequant_nf4_kernel<<<")
@case("448 a header-listed kernel not defined")
def _(): sub1(448, "//    6. spec_verify_kernel ", "//    6. spec_accept_kernel ")
@case("448 a tab")
def _(): sub1(448, "  int acc = 0;", "\tint acc = 0;")
@case("448 an arxiv-text paper's id removed")
def _(): wr(448, rd(448).replace("arXiv:2305.14314", "arXiv"))
@case("448 a distractor title")
def _(): sub1(448, "FlashAttention-2: Faster", "FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision; FlashAttention-2: Faster")
# 449 Postman
@case("449 written with spaces instead of tabs")
def _(): wr(449, json.dumps(json.loads(rd(449)), indent=2, ensure_ascii=False))
@case("449 url.raw not matching path")
def _(): pm(lambda d: d["item"][1]["item"][0]["request"]["url"].update(raw="{{baseUrl}}/v1/jobs"))
@case("449 an undeclared path variable")
def _(): pm(lambda d: d["item"][1]["item"][4]["request"]["url"].pop("variable"))
@case("449 a raw body that is not JSON")
def _(): pm(lambda d: d["item"][1]["item"][1]["request"]["body"].update(raw='{"base_model": "llama-2-13b",}'))
@case("449 an example with a wrong status text")
def _(): pm(lambda d: d["item"][1]["item"][0]["response"][0].update(status="OK"))
@case("449 an unknown collection variable")
def _(): pm(lambda d: d["item"][3]["item"][0]["request"]["url"].update(raw="{{apiUrl}}/v2/admin/quotas?month=2024-03", host=["{{apiUrl}}"]))
@case("449 a labelled title removed (inside a description)")
def _(): pm(lambda d: d["item"][1]["item"][1]["request"].update(description="Soft prompts com 20 tokens virtuais."))
@case("449 the OpenReview link removed")
def _(): pm(lambda d: d["info"].update(description=d["info"]["description"].replace("https://openreview.net/forum?id=0RDcd5Axok", "")))
# 450 POD
@case("450 =over without =back")
def _(): sub1(450, "\n=back\n\n=head1 SUPPORTED VOCABULARIES", "\n=head1 SUPPORTED VOCABULARIES")
@case("450 =item outside =over")
def _(): sub1(450, "=head1 BUGS\n", "=head1 BUGS\n\n=item * stray\n")
@case("450 a command without a blank line before")
def _(): sub1(450, "\n\n=head1 BUGS", "\n=head1 BUGS")
@case("450 an unknown E<> escape")
def _(): sub1(450, "C<type =E<gt> 'bpe'>", "C<type =E<rarr> 'bpe'>")
@case("450 unbalanced formatting codes")
def _(): sub1(450, "Subword Units> (ACL 2016)", "Subword Units (ACL 2016)")
@case("450 NAME not Module - description")
def _(): sub1(450, "Text::Subword - BPE", "Text-Subword: BPE")
@case("450 a link paper's URL removed")
def _(): wr(450, rd(450).replace("|https://arxiv.org/abs/2006.03654>", ">"))
# 451 OpenAPI
@case("451 a $ref that does not resolve")
def _(): sub1(451, "$ref: '#/components/schemas/Urteil'", "$ref: '#/components/schemas/Bewertung'")
@case("451 an operationId twice")
def _(): sub1(451, "operationId: cancelRun", "operationId: getRun")
@case("451 a path parameter not declared")
def _(): sub1(451, "  /runs/{runId}/urteile:", "  /runs/{laufId}/urteile:")
@case("451 an undeclared tag")
def _(): sub1(451, "tags: [Urteile]", "tags: [Richter]")
@case("451 an odd indentation")
def _(): sub1(451, "      operationId: listBenchmarks", "       operationId: listBenchmarks")
@case("451 a tab")
def _(): sub1(451, "  version: 1.4.0", "\tversion: 1.4.0")
@case("451 a title-only paper given its arXiv id")
def _(): sub1(451, "(Hendrycks et al.,", "(arXiv:2009.03300, Hendrycks et al.,")
# 452 plist
@case("452 not as plutil writes it")
def _(): wr(452, rd(452).replace("\t", "  "))
@case("452 a repeated UUID")
def _(): pl(lambda d: d["Children"][3]["Children"][1].update(WebBookmarkUUID=d["Children"][3]["Children"][0]["WebBookmarkUUID"]))
@case("452 a Reading List item without DateAdded")
def _(): pl(lambda d: d["Children"][3]["Children"][2]["ReadingList"].pop("DateAdded"))
@case("452 a bookmark without a URL scheme")
def _(): pl(lambda d: d["Children"][1]["Children"][0].update(URLString="wiki.vislab.example.ac.jp/"))
@case("452 Reading List out of date order")
def _(): pl(lambda d: d["Children"][3]["Children"].reverse())
@case("452 an unlabelled catalogue title (inside a PreviewText)")
def _(): pl(lambda d: d["Children"][3]["Children"][1]["ReadingList"].update(PreviewText="cf. Deep Residual Learning for Image Recognition"))
@case("452 a link paper's URL changed to a non-arXiv page")
def _(): pl(lambda d: d["Children"][3]["Children"][8].update(URLString="https://example.org/smooth"))
# 453 Firefox session
@case("453 written with indentation")
def _(): wr(453, json.dumps(json.loads(rd(453)), indent=2, ensure_ascii=False))
@case("453 a tab index beyond its entries")
def _(): ff(lambda d: d["windows"][0]["tabs"][5].update(index=3))
@case("453 selected out of range")
def _(): ff(lambda d: d["windows"][0].update(selected=40))
@case("453 a repeated entry ID")
def _(): ff(lambda d: d["windows"][0]["tabs"][1]["entries"][0].update(ID=d["windows"][0]["tabs"][0]["entries"][0]["ID"]))
@case("453 the window title not the selected tab's")
def _(): ff(lambda d: d["windows"][0].update(title="Nueva pestaña"))
@case("453 a tab accessed after lastUpdate")
def _(): ff(lambda d: d["windows"][0]["tabs"][2].update(lastAccessed=d["session"]["lastUpdate"] + 1))
@case("453 a title-only paper given an arXiv URL")
def _(): ff(lambda d: d["windows"][0]["tabs"][5]["entries"][0].update(url="https://arxiv.org/abs/1503.03585"))
@case("453 the OpenReview tab removed")
def _(): ff(lambda d: d["windows"][0]["tabs"][7]["entries"][0].update(url="https://example.org/ddim"))
# 454 Instapaper
@case("454 LF record ends")
def _(): wr(454, rd(454).replace("\r\n", "\n"))
@case("454 header changed")
def _(): sub1(454, "URL,Title,Selection,Folder,Timestamp", "URL,Title,Selection,Folder,Time")
@case("454 a timestamp not a number")
def _(): sub1(454, ",1706349012", ",2024-01-27")
@case("454 timestamps not ascending")
def _(): sub1(454, ",1708590117", ",1700000000")
@case("454 a row with an empty folder")
def _(): sub1(454, ",Archive,1706515230", ",,1706515230")
@case("454 a title-only paper given its arXiv id")
def _(): sub1(454, "https://brunch.co.kr/@vlmnote/12", "https://brunch.co.kr/@vlmnote/2106.13884")
# 455 cmd
@case("455 LF line ends")
def _(): wr(455, rd(455).replace("\r\n", "\n"))
@case("455 a listed size not the file's")
def _(): sub1(455, "               122 [2010.03409]", "               124 [2010.03409]")
@case("455 the File total wrong")
def _(): sub1(455, " File        181.604 byte", " File        181.605 byte")
@case("455 a .url file not typed")
def _(): sub1(455, "\r\n\r\nSeminario AI4Science 14 marzo - Zoom.url\r\n\r\n\r\n[InternetShortcut]\r\nURL=https://example-it.zoom.us/j/81234567890?pwd=Q2x5dE1PZ3hRaUVxNnJt\r\n", "\r\n")
@case("455 a file name with a colon")
def _(): wr(455, rd(455).replace("Fourier Neural Operator for Parametric Partial Differential Equations _ Semantic", "Fourier Neural Operator for Parametric Partial Differential Equations : Semantic"))
@case("455 findstr output not matching")
def _(): sub1(455, ".url:URL=https://arxiv.org/abs/2011.03459\r\n", "")
@case("455 a prompt in another directory")
def _(): sub1(455, "AI4Science>type *.url", "AI4Sci>type *.url")
@case("455 an unlabelled valid arXiv id")
def _(): sub1(455, "Directory  187.331.584.000 byte disponibili", "Directory  187.331.584.000 byte disponibili (backup 2104.00298)")
# 456 crontab (negative)
@case("456 an out-of-range hour")
def _(): sub1(456, "15 2 * * *", "15 25 * * *")
@case("456 an unescaped percent")
def _(): sub1(456, "util_$(date +\\%Y\\%m).csv", "util_$(date +%Y%m).csv")
@case("456 a job line with four fields")
def _(): sub1(456, "0 6 * * 0     find", "0 6 * *     find")
@case("456 an arXiv-shaped id in the negative")
def _(): sub1(456, "Présentations de mars", "Présentations de mars (Inès : 2106.09685)")
@case("456 a catalogue title in the negative")
def _(): sub1(456, "Oumar Sy (« Annoter moins", "Oumar Sy (« Segment Anything en pratique », « Annoter moins")
@case("456 a label in the negative")
def _(): exp_edit(lambda e: recs(e, 456).append(dict(rec(e, 455, "Gradient Projection"))))
# labels
@case("label: evidence changed (title-only -> link)")
def _(): exp_edit(lambda e: rec(e, 447, "Reformer").update(evidence="link", arxiv_id="2001.04451"))
@case("label: a record removed")
def _(): exp_edit(lambda e: recs(e, 450).remove(rec(e, 450, "RoBERTa")))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 452, "AutoDropout").update(openreview_id="abcdefghij"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 453, "Consistency").update(title="Consistency Models for Fast Sampling"))
@case("label: a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 451, "AgentBench").update(true_arxiv_id="2308.03689", arxiv_id="2308.03689"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 454).append(dict(rec(e, 454, "DINOv2"))))
@case("label: a paper in two round43 files")
def _(): exp_edit(lambda e: recs(e, 448).append(dict(rec(e, 449, "AdaLoRA"))))
@case("label: a paper at an even position")
def _(): exp_edit(lambda e: recs(e, 452).append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"}))
@case("label: a gap in the odd-position run")
def _(): exp_edit(lambda e: recs(e, 455).remove(rec(e, 455, "Rethinking Pre-training")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: [recs(e, 448).remove(r) for r in [rec(e, 448, "DoRA")]])

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
shutil.rmtree("/tmp/round43-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
