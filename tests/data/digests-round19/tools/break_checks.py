#!/usr/bin/env python3
"""Breaks a scratch copy of round19 one case at a time and runs validate.py on it (scratch only:
/tmp/round19-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import io, json, os, re, shutil, subprocess, tarfile

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round19-scratch/break"
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


def jdump(n, d, **kw):
    wr(n, json.dumps(d, **kw))


def jex_rewrite(edit):
    """rewrites 208's tar, member order, modes and times kept; edit(name, bytes) -> bytes"""
    p = path(208)
    tf = tarfile.open(p)
    items = [(m, tf.extractfile(m).read() if m.isfile() else None) for m in tf.getmembers()]
    tf.close()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as out:
        for m, data in items:
            if data is None:
                out.addfile(m); continue
            new = edit(m.name, data)
            ti = tarfile.TarInfo(m.name)
            ti.size, ti.mode, ti.mtime = len(new), m.mode, m.mtime
            out.addfile(ti, io.BytesIO(new))
    open(p, "wb").write(buf.getvalue())


def jex_edit_text(pred, fn):
    """applies fn to the text of the first .md member for which pred(text) holds"""
    done = []

    def ed(name, data):
        if name.endswith(".md") and not done:
            t = data.decode("utf-8")
            if pred(t):
                done.append(name)
                return fn(t).encode("utf-8")
        return data
    jex_rewrite(ed)
    assert done


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


# 207 TiddlyWiki JSON
@case("207 re-serialised with four spaces (not JSON.stringify(…, 0))")
def _(): jdump(207, json.loads(rd(207)), ensure_ascii=False, indent=4)


@case("207 a tiddler modified before it was created")
def _(): sub1(207, '"modified":"20240219090212744"', '"modified":"20240218090212744"')


@case("207 a link to a tiddler that does not exist")
def _(): sub1(207, "[[Inference reading list]].", "[[Inference Reading List]].")


@case("207 a journal tiddler titled with a wrong ordinal")
def _(): sub1(207, "11th March 2024", "11st March 2024", 10)


@case("207 Reformer given its OpenReview forum link")
def _(): sub1(207, "# Reformer: The Efficient Transformer uses", "# Reformer: The Efficient Transformer ([[OpenReview|https://openreview.net/forum?id=rkgNKkHtvB]]) uses")


# 208 Joplin JEX
@case("208 a note's metadata keys out of Joplin's order")
def _(): jex_edit_text(lambda t: "\ntype_: 1" in t, lambda t: re.sub(r"\nparent_id: (\w+)\ncreated_time: (\S+)", r"\ncreated_time: \2\nparent_id: \1", t))


@case("208 a resource whose size field is wrong")
def _(): jex_edit_text(lambda t: "\ntype_: 4" in t, lambda t: re.sub(r"\nsize: (\d+)", lambda m: f"\nsize: {int(m.group(1)) + 1}", t))


@case("208 a note link to an item that is not in the export")
def _(): jex_edit_text(lambda t: "| 8 | [BYOL](:/" in t, lambda t: re.sub(r"\| 8 \| \[BYOL\]\(:/\w+\)", "| 8 | [BYOL](:/0123456789abcdef0123456789abcdef)", t))


@case("208 a final newline added to an item (Joplin writes none)")
def _(): jex_edit_text(lambda t: "\ntype_: 5" in t, lambda t: t + "\n")


@case("208 MoCo given its arXiv abs link")
def _(): jex_edit_text(lambda t: "| 7 | Momentum Contrast" in t, lambda t: t.replace(
    "| 7 | Momentum Contrast for Unsupervised Visual Representation Learning |",
    "| 7 | [Momentum Contrast for Unsupervised Visual Representation Learning](https://arxiv.org/abs/1911.05722) |"))


# 209 Hypothesis
@case("209 re-serialised compactly (not json.tool)")
def _(): jdump(209, json.loads(rd(209)))


@case("209 a TextPositionSelector one character short")
def _():
    d = json.loads(rd(209))
    s = next(s for r in d["rows"] for t in r["target"] for s in t.get("selector", []) if s["type"] == "TextPositionSelector")
    s["end"] -= 1
    jdump(209, d, indent=4); wr(209, rd(209) + "\n")


@case("209 a reply to an annotation that is not in the answer")
def _():
    d = json.loads(rd(209))
    r = next(r for r in d["rows"] if "references" in r)
    r["references"] = ["AAAAAAAAAAAAAAAAAAAAAA"]
    jdump(209, d, indent=4); wr(209, rd(209) + "\n")


@case("209 a distractor title in an annotation")
def _(): sub1(209, "the CoT-SC baseline in", "Automatic Chain of Thought Prompting in Large Language Models and the CoT-SC baseline in")


# 210 Teams
@case("210 pretty-printed (not Graph's compact JSON)")
def _(): jdump(210, json.loads(rd(210)), ensure_ascii=False, indent=2)


@case("210 a messagePreview that is not the quoted message's text")
def _(): sub1(210, "GPT Understands, Too (das P-Tuning-Paper)\\\"", "GPT Understands (das P-Tuning-Paper)\\\"")


@case("210 an <at> tag whose mention is missing")
def _():
    d = json.loads(rd(210))
    next(m for m in d["value"] if m["mentions"])["mentions"] = []
    jdump(210, d, ensure_ascii=False, separators=(",", ":"))


@case("210 the edited message's etag not its lastModifiedDateTime")
def _():
    d = json.loads(rd(210))
    m = next(m for m in d["value"] if m["lastEditedDateTime"])
    m["etag"] = m["id"]
    jdump(210, d, ensure_ascii=False, separators=(",", ":"))


@case("210 ULMFiT given its Hugging Face paper link")
def _(): sub1(210, "Text Classification (ULMFiT, 2018)", "Text Classification (ULMFiT, 2018, https://huggingface.co/papers/1801.06146)")


# 211 WXR
@case("211 an April comment converted to GMT with the winter offset")
def _(): sub1(211, "<wp:comment_date_gmt><![CDATA[2024-04-02 05:47:19]]>", "<wp:comment_date_gmt><![CDATA[2024-04-02 06:47:19]]>")


@case("211 a quote block left open")
def _(): sub1(211, "</blockquote>\n<!-- /wp:quote -->", "</blockquote>")


@case("211 a post category that is not defined in the channel")
def _(): sub1(211, 'nicename="%ce%ae%cf%87%ce%bf%cf%82"', 'nicename="%ce%ae%cf%87%ce%bf%cf%82-2"')


@case("211 the draft given a GMT publication date")
def _(): sub1(211, "<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]>", "<wp:post_date_gmt><![CDATA[2024-03-12 20:10:44]]>")


@case("211 SDXL linked to its arXiv abs page in the table")
def _(): sub1(211, "<td>SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis</td>",
              '<td><a href="https://arxiv.org/abs/2307.01952">SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis</a></td>')


# 212 Chrome history
@case("212 two visits out of time order")
def _():
    d = json.loads(rd(212))
    v = d["Browser History"]
    v[3], v[4] = v[4], v[3]
    jdump(212, d, ensure_ascii=False, indent=4); wr(212, rd(212) + "\n")


@case("212 a Google search title that is not its query")
def _(): sub1(212, '"title": "hyena hierarchy - Google Search"', '"title": "hyena hierarchy paper - Google Search"')


@case("212 an arXiv page title with another id")
def _(): sub1(212, '"title": "[2312.00752] Mamba', '"title": "[2312.00753] Mamba')


@case("212 HiPPO's visit pointed at its arXiv abs page")
def _(): sub1(212, "https://proceedings.neurips.cc/paper/2020/hash/102f0bb6efb3a6128a3c750dd16729be-Abstract.html", "https://arxiv.org/abs/2008.07669")


# 213 Hebrew page with JSON-LD
@case("213 JSON-LD with a raw & (not Go's escaping)")
def _(): sub1(213, '"Q\\u0026A"', '"Q&A"')


@case("213 headline different from the <h1>")
def _(): sub1(213, '"headline": "מ-Transformer', '"headline": "מן Transformer')


@case("213 a citation missing from the reference list")
def _(): s = rd(213); i = s.index('<ol class="refs">\n<li>'); j = s.index("</li>\n", i); wr(213, s[:i] + '<ol class="refs">\n' + s[j + 6:])


@case("213 RoBERTa given an arXiv sameAs in the JSON-LD")
def _(): sub1(213, '"name": "RoBERTa: A Robustly Optimized BERT Pretraining Approach"',
              '"name": "RoBERTa: A Robustly Optimized BERT Pretraining Approach",\n      "sameAs": "https://arxiv.org/abs/1907.11692"')


# 214 Word 2003 XML
@case("214 a paragraph style that is not defined")
def _(): sub1(214, '<w:pStyle w:val="Heading2"/>', '<w:pStyle w:val="Heading3"/>')


@case("214 a line break inside the one-line document")
def _(): sub1(214, "<w:body>", "<w:body>\r\n")


@case("214 a table row one cell short")
def _(): s = rd(214); i = s.index("<w:tc><w:tcPr><w:tcW w:w=\"1920\""); j = s.index("</w:tc>", i) + 7; wr(214, s[:i] + s[j:])


@case("214 a spellStart without its spellEnd")
def _(): sub1(214, '<w:proofErr w:type="spellEnd"/>', "")


# 215 Zim
@case("215 'Created' line with the wrong weekday")
def _(): sub1(215, "Created Monday 08 January 2024", "Created Tuesday 08 January 2024")


@case("215 a table row one column narrower")
def _(): sub1(215, "|Smooth Adversarial Training     ", "|Smooth Adversarial Training    ")


@case("215 a checkbox state Zim does not have")
def _(): sub1(215, "[ ] AutoHAS:", "[?] AutoHAS:")


@case("215 PyGlove given its arXiv id")
def _(): sub1(215, "PyGlove: Symbolic Programming for Automated Machine Learning —", "PyGlove: Symbolic Programming for Automated Machine Learning (arXiv:2101.08809) —")


# 216 PO (negative)
@case("216 a line over 79 columns")
def _(): sub1(216, 'msgid "Export as BibTeX"', 'msgid "Export as BibTeX (all papers of all sessions of the current term, including drafts)"')


@case("216 python-format flag dropped from an entry with placeholders")
def _(): sub1(216, "#, python-format\nmsgid \"%(num)d paper", "msgid \"%(num)d paper")


@case("216 the booking reference made a valid-shaped arXiv id")
def _(): sub1(216, "1713.55102", "2401.55102", 2)


@case("216 a catalogue title as the example talk title")
def _(): sub1(216, '"Example talk title: \\"Tiny Budgets, Big Models: What', '"Example talk title: \\"Scaling Laws for Neural Language Models: What')


# label edits
@case("label: 212's Linformer record removed")
def _(): exp_edit(lambda e: recs(e, 212).remove(rec(e, 212, "Linformer")))


@case("label: 209's ReAct relabelled as an arXiv link")
def _():
    def f(e):
        r = rec(e, 209, "ReAct"); r["openreview_id"] = None; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


@case("label: 215's AutoHAS title mixing its two version titles")
def _():
    def f(e): rec(e, 215, "AutoHAS")["title"] = "AutoHAS: Differentiable Hyperparameter and Architecture Search"
    exp_edit(f)


@case("label: 211's Consistency Models relabelled arxiv-text")
def _():
    def f(e): r = rec(e, 211, "Consistency Models"); r["evidence"] = "arxiv-text"; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


@case("label: 208's BEiT given a wrong arXiv id")
def _():
    def f(e): r = rec(e, 208, "BEiT"); r["arxiv_id"] = r["true_arxiv_id"] = "2106.08245"
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
