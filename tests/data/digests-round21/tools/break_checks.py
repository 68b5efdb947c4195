#!/usr/bin/env python3
"""Breaks a scratch copy of round21 one case at a time and runs validate.py on it (scratch only:
/tmp/round21-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import base64, json, os, re, shutil, subprocess, zlib
from urllib.parse import quote, unquote

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round21-scratch/break"
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


def resub(n, pat, new, count=1):
    s = rd(n)
    s2, k = re.subn(pat, new, s, count=count)
    assert k, (n, pat)
    wr(n, s2)


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def rec(e, n, start):
    return next(r for r in recs(e, n) if r["title"].startswith(start))


def drawio_edit(page, old, new):
    """decode one page of 233, replace a string in its XML, encode it again as draw.io does"""
    s = rd(233)
    m = [x for x in re.finditer(r'(<diagram name="[^"]*" id="[^"]*">)([^<]*)(</diagram>)', s)][page]
    xml = unquote(zlib.decompress(base64.b64decode(m.group(2)), -15).decode("ascii"))
    assert old in xml, (page, old)
    xml = xml.replace(old, new, 1)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = base64.b64encode(co.compress(quote(xml, safe="-_.!~*'()").encode("ascii")) + co.flush()).decode("ascii")
    wr(233, s[:m.start(2)] + data + s[m.end(2):])


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 227 Zoom saved chat
@case("227 saved with CRLF line ends")
def _(): wr(227, rd(227).replace("\n", "\r\n"))


@case("227 a direct message between two people who are not the host")
def _(): sub1(227, "From Bianca Georgescu to Andrei Popescu:", "From Bianca Georgescu to Elena Marin:")


@case("227 a message time going backwards")
def _(): sub1(227, "18:25:51 From Mihai Stan", "18:15:51 From Mihai Stan")


@case("227 a reply quoting more than Zoom's 20 characters")
def _(): sub1(227, 'Replying to "Few-Shot Human Motio..."', 'Replying to "Few-Shot Human Motion..."')


@case("227 a reply without the tab-only line after its quote")
def _(): sub1(227, 'Replying to "DINOv2: Learning Rob..."\n\t\n', 'Replying to "DINOv2: Learning Rob..."\n')


@case("227 MedSelect given its arXiv id")
def _(): sub1(227, "\t(scuze, copiat din pdf)", "\t(scuze, copiat din pdf) arXiv:2103.14339")


# 228 HackMD
@case("228 the :::warning container left open")
def _(): sub1(228, "不要過度解讀。\n:::\n", "不要過度解讀。\n")


@case("228 an unknown embed ({%youtub …%})")
def _(): sub1(228, "{%youtube 9dSkvxS2EB0 %}", "{%youtub 9dSkvxS2EB0 %}")


@case("228 a footnote referenced but defined under another name")
def _(): sub1(228, "[^hippo]: HiPPO", "[^hipo]: HiPPO")


@case("228 Longformer given its abs link")
def _(): sub1(228, "「Longformer: The Long-Document Transformer」", "「Longformer: The Long-Document Transformer」(https://arxiv.org/abs/2004.05150)")


# 229 Mailchimp archive
@case("229 a </strong> missing")
def _(): sub1(229, "Subject-Driven Generation</strong>", "Subject-Driven Generation")


@case("229 og:description no longer the hidden preview text")
def _(): resub(229, r'(<meta property="og:description" content=")[^"]*"', r'\1Newsletter 23"')


@case("229 one content link tracked with another utm_campaign")
def _(): sub1(229, "2208.12242.pdf?utm_source=chennai+ai+readers&amp;utm_medium=email&amp;utm_campaign=3e9a7c41f0-madal-23",
                "2208.12242.pdf?utm_source=chennai+ai+readers&amp;utm_medium=email&amp;utm_campaign=3e9a7c41f0-madal-22")


@case("229 DiffWave given its arXiv id")
def _(): sub1(229, "DiffWave: A Versatile Diffusion Model for Audio Synthesis ஒரு", "DiffWave: A Versatile Diffusion Model for Audio Synthesis (arXiv:2009.09761) ஒரு")


# 230 Google Chat Takeout
@case("230 compact JSON (not Takeout's indent 2)")
def _(): wr(230, json.dumps(json.loads(rd(230)), ensure_ascii=False))


@case("230 an ordinary space before PM instead of U+202F")
def _(): sub1(230, "at 10:05:32\u202fAM UTC", "at 10:05:32 AM UTC")


@case("230 a url annotation one character off")
def _(): sub1(230, '"start_index": 106,', '"start_index": 107,')


@case("230 a weekday that does not match the date")
def _(): sub1(230, "Tuesday, March 5, 2024", "Wednesday, March 5, 2024")


@case("230 Gato given its abs link")
def _(): sub1(230, "(Gato) — ایک ہی ماڈل", "(Gato) https://arxiv.org/abs/2205.06175 — ایک ہی ماڈل")


# 231 Docusaurus MDX
@case("231 an HTML comment instead of {/* truncate */}")
def _(): sub1(231, "{/* truncate */}", "<!-- truncate -->")


@case("231 a component used without its import")
def _(): sub1(231, "import Figure from '@site/src/components/Figure';\n", "")


@case("231 a PaperCard with both arxiv and href")
def _(): sub1(231, '  arxiv="2003.10555"\n', '  arxiv="2003.10555"\n  href="https://arxiv.org/abs/2003.10555"\n')


@case("231 XLNet given its arXiv id")
def _(): sub1(231, "XLNet: Generalized Autoregressive Pretraining for Language Understanding ratkaisee", "XLNet: Generalized Autoregressive Pretraining for Language Understanding (arXiv:1906.08237) ratkaisee")


# 232 OpenReview thread
@case("232 '8 / 8 replies shown' for seven notes")
def _(): sub1(232, "7 / 7 replies shown", "8 / 8 replies shown")


@case("232 a rating not on ICLR 2024's scale")
def _(): sub1(232, "Rating: 3: reject, not good enough", "Rating: 4: reject, not good enough")


@case("232 a listed reference never cited ([7])")
def _(): sub1(232, "(Gaussian noise with Xavier-style variance [7])", "(Gaussian noise with Xavier-style variance)")


@case("232 the reviewer's reply dated before the authors' response")
def _(): sub1(232, "Official Commentby Reviewer kQ7x19 Nov 2023, 10:26", "Official Commentby Reviewer kQ7x12 Nov 2023, 10:26")


@case("232 SAM given its arXiv id")
def _(): sub1(232, "Improving Generalization. In International Conference on Learning Representations (ICLR '21).", "Improving Generalization. arXiv:2010.01412. In International Conference on Learning Representations (ICLR '21).")


# 233 draw.io
@case("233 a page's compressed data corrupted")
def _(): resub(233, r'(id="Ab4Xc7Ry2Tu9Ws6Qp1Le">)(.)(.)', r"\1\3\2")


@case("233 an edge pointing at a cell that does not exist")
def _(): drawio_edit(0, 'target="hU4m2QxKp7WvLc9zTb1d-13"', 'target="hU4m2QxKp7WvLc9zTb1d-99"')


@case("233 a paper box outside its swimlane")
def _(): drawio_edit(0, '<mxGeometry x="480" y="150" width="200"', '<mxGeometry x="580" y="150" width="200"')


@case("233 pages=3 for two diagrams")
def _(): sub1(233, 'pages="2"', 'pages="3"')


@case("233 the etag shortened")
def _(): sub1(233, 'etag="kY3mZ0pQv8TxWc2rBn5L"', 'etag="kY3mZ0pQv8TxWc2r"')


@case("233 SupCon given its abs link (inside the compressed page)")
def _(): drawio_edit(0, "Supervised Contrastive Learning&lt;br&gt;(SupCon, NeurIPS 2020)", "Supervised Contrastive Learning&lt;br&gt;(SupCon, NeurIPS 2020, https://arxiv.org/abs/2004.11362)")


# 234 MkDocs Material
@case("234 an admonition body not indented")
def _(): sub1(234, '!!! info "Kabla ya mhadhara"\n    Soma', '!!! info "Kabla ya mhadhara"\nSoma')


@case("234 two references out of alphabetical order")
def _():
    s = rd(234)
    a = s.index("Hochreiter, S.,"); b = s.index("Howard, J.,"); c = s.index("Jurafsky, D.,")
    wr(234, s[:a] + s[b:c] + s[a:b] + s[c:])


@case("234 a citation whose year has no reference entry")
def _(): sub1(234, "(LeCun et al., 1998)", "(LeCun et al., 1989)")


@case("234 Bahdanau given its abs link")
def _(): sub1(234, "*International Conference on Learning Representations*.", "*International Conference on Learning Representations*. https://arxiv.org/abs/1409.0473")


# 235 OpenMMLab YAML
@case("235 a title with ': ' left unquoted")
def _(): sub1(235, 'Title: "ResNeSt: Split-Attention Networks"', "Title: ResNeSt: Split-Attention Networks")


@case("235 a model in a collection that does not exist")
def _(): sub1(235, "In Collection: ConvNeXt", "In Collection: ConvNext")


@case("235 a weights file named after another model")
def _(): sub1(235, "swin_transformer/swin-tiny_16xb64_in1k_20240112", "swin_transformer/swin-small_16xb64_in1k_20240112")


@case("235 a three-space indentation")
def _(): sub1(235, "      Training Data: COCO", "       Training Data: COCO")


@case("235 ResNet's paper URL pointed at its abs page")
def _(): sub1(235, "https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html", "https://arxiv.org/abs/1512.03385")


# 236 Inkscape SVG negative
@case("236 whitespace between a text's lines")
def _(): sub1(236, 'id="text1"><tspan', 'id="text1">\n      <tspan')


@case("236 a line not one line-height below the previous")
def _(): resub(236, r'y="[\d.]+">EN APRENENTATGE', 'y="33">EN APRENENTATGE')


@case("236 two elements with the same id")
def _(): sub1(236, 'id="tspan2"', 'id="tspan1"')


@case("236 the registration number made a valid-shaped id (2403.05217)")
def _(): sub1(236, "2413.05217", "2403.05217")


@case("236 a catalogue title as the panel's name")
def _(): sub1(236, "«Do We Still Need Attention?»", "«Attention Is All You Need»")


# label edits
@case("label: 227's COTR record removed")
def _(): exp_edit(lambda e: recs(e, 227).remove(rec(e, 227, "COTR")))


@case("label: 233's DINO relabelled as an arXiv link")
def _():
    def f(e): r = rec(e, 233, "Emerging Properties"); r["evidence"] = "link"; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


@case("label: 230's Reflexion recorded under its current title (not in the digest)")
def _():
    def f(e): rec(e, 230, "Reflexion")["title"] = "Reflexion: Language Agents with Verbal Reinforcement Learning"
    exp_edit(f)


@case("label: 234's GLAT relabelled as an arXiv link")
def _():
    def f(e): r = rec(e, 234, "Glancing"); r["openreview_id"] = None; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


@case("label: 235's BEiT relabelled title-only")
def _():
    def f(e): r = rec(e, 235, "BEiT"); r["evidence"] = "title-only"; r["arxiv_id"] = None
    exp_edit(f)


total = 0
fresh()
base = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
print("unbroken:", base.returncode, sum(1 for l in base.stdout.splitlines() if l.startswith("ERROR")), "errors")
failed_to_fail = []
for name, fn in CASES:
    fresh()
    fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    errs = [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + ([r.stderr.strip().splitlines()[-1]] if r.returncode not in (0, 1) else [])
    total += len(errs)
    if not errs: failed_to_fail.append(name)
    print(f"[{len(errs)}] rc={r.returncode} {name}")
    for e in errs: print("      ", e[:170])
shutil.rmtree(W)
print("cases", len(CASES), "errors", total, "cases without an ERROR:", failed_to_fail or "none")
