#!/usr/bin/env python3
"""Breaks a scratch copy of round16 one case at a time and runs validate.py on it (scratch only:
/tmp/round16-scratch/break, deleted afterwards)."""
import json, os, re, shutil, subprocess

SRC = "/work/round16"
W = "/tmp/round16-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools"))


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


# 177 Jira wiki markup
@case("177 a link whose target is not a URL")
def _(): sub1(177, "[FTS storage costs|https://confluence.", "[FTS storage costs|confluence.")


@case("177 one {quote} macro left open")
def _(): sub1(177, "-- [~t.lindqvist]\n{quote}", "-- [~t.lindqvist]\n")


@case("177 the distractor LoRA+ title in the quote")
def _(): sub1(177, "LoRA+ is just a learning-rate trick", "LoRA+: Efficient Low Rank Adaptation of Large Models is just a learning-rate trick")


# 178 BBCode
@case("178 a [/url] dropped")
def _(): sub1(178, "Deep Unsupervised Learning using Nonequilibrium Thermodynamics[/url]", "Deep Unsupervised Learning using Nonequilibrium Thermodynamics")


@case("178 a quote with a 9-digit time")
def _(): sub1(178, "time=1699912345", "time=169991234")


@case("178 DDIM's OpenReview link turned into an arXiv link")
def _(): sub1(178, "https://openreview.net/forum?id=St1giarCHLP", "https://arxiv.org/abs/2010.02502")


# 179 RefWorks
@case("179 one CRLF made LF")
def _(): sub1(179, "T1 Linformer: Self-Attention with Linear Complexity\r\n", "T1 Linformer: Self-Attention with Linear Complexity\n")


@case("179 UL written after RD")
def _(): sub1(179, "UL https://arxiv.org/abs/2006.04768\r\nRD 2023-11-18\r\n", "RD 2023-11-18\r\nUL https://arxiv.org/abs/2006.04768\r\n")


@case("179 Big Bird's arXiv id in a note")
def _(): sub1(179, "K1 sparse attention\r\n", "K1 sparse attention\r\nNO arXiv:2007.14062\r\n")


# 180 MODS
@case("180 re-serialised with indentation")
def _():
    s = rd(180); wr(180, s[:22] + s[22:].replace("><mods>", ">\n  <mods>"))


@case("180 a conference paper's originInfo outside its host")
def _():
    s = rd(180)
    m = re.search(r"<originInfo><dateCreated>2021</dateCreated><issuance>monographic</issuance></originInfo>", s)
    s = s[:m.start()] + s[m.end():]
    s = s.replace("<location>", m.group(0) + "<location>", 1)
    wr(180, s)


@case("180 EfficientNetV2 given an arXiv URL")
def _(): sub1(180, "<identifier type=\"doi\">10.48550/arXiv.2104.00298</identifier>",
              "<identifier type=\"doi\">10.48550/arXiv.2104.00298</identifier><location><url usage=\"primary display\" dateLastAccessed=\"2023-10-01 10:00:00\">http://arxiv.org/abs/2104.00298</url></location>")


# 181 Mastodon
@case("181 re-serialised without Rails' \\u003c escaping")
def _(): wr(181, json.dumps(json.loads(rd(181)), ensure_ascii=False, separators=(",", ":")))


@case("181 the hf-papers link's visible span shortened")
def _(): sub1(181, "huggingface.co/papers/2304.071\\u003c/span\\u003e", "huggingface.co/papers/2304.07\\u003c/span\\u003e")


@case("181 a status id off by one sequence block")
def _():
    d = json.loads(rd(181)); d[3]["id"] = str(int(d[3]["id"]) + 65536)
    wr(181, json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


# 182 irssi
@case("182 a message line without the nick-mode column")
def _(): sub1(182, "20:05 < moe_b> fair", "20:05 <moe_b> fair")


@case("182 a line timed before the previous one")
def _(): sub1(182, "20:16 <@tamsin> ok evals.", "19:16 <@tamsin> ok evals.")


@case("182 the paste id made a valid-shaped arXiv id")
def _(): sub1(182, "2313.99120", "2311.99120")


# 183 MIME digest
@case("183 a quoted-printable soft break removed")
def _(): sub1(183, "LLaVA-st=\nyle", "LLaVA-style")


@case("183 Today's Topics count wrong")
def _(): sub1(183, "Today's Topics (5 messages)", "Today's Topics (6 messages)")


@case("183 the distractor mirage title hidden by a soft break")
def _(): sub1(183, "\nFor the robotics half", "\nAlso Are Emergent Abil=\nities of Large Language Models a Mirage?\nFor the robotics half")


# 184 Blogger
@case("184 a </p> dropped")
def _(): sub1(184, "بأي ترتيب</b>.</p>", "بأي ترتيب</b>.")


@case("184 og:url of another post")
def _(): sub1(184, '<meta property="og:url" content="https://nlp-bil-arabi.blogspot.com/2023/10/word2vec-to-sbert.html" />', '<meta property="og:url" content="https://nlp-bil-arabi.blogspot.com/2023/09/tokenizers-arabic.html" />')


@case("184 the seq2seq title linked to its abs page")
def _(): sub1(184, '<span class="ltr" dir="ltr">Sequence to Sequence Learning with Neural Networks</span>', '<a href="https://arxiv.org/abs/1409.3215"><span class="ltr" dir="ltr">Sequence to Sequence Learning with Neural Networks</span></a>')


# 185 DokuWiki
@case("185 a heading with unequal = runs")
def _(): sub1(185, "===== Schedule =====", "===== Schedule ====")


@case("185 a table row missing a cell")
def _(): sub1(185, "| 06.12. | Complex Query Answering with Neural Link Predictors | Yuki | |", "| 06.12. | Complex Query Answering with Neural Link Predictors | Yuki |")


@case("185 an OpenReview link for EigenGame")
def _(): sub1(185, "| 15.11. | EigenGame: PCA as a Nash Equilibrium |", "| 15.11. | [[https://openreview.net/forum?id=NzTU59SYbNq|EigenGame: PCA as a Nash Equilibrium]] |")


# 186 Keep
@case("186 re-serialised with indent=1")
def _(): wr(186, json.dumps(json.loads(rd(186)), ensure_ascii=False, indent=1))


@case("186 a textHtml that differs from its text")
def _(): sub1(186, "Ask IT about the HDMI adapter again</span>", "Ask IT about the HDMI adapter</span>")


@case("186 the booking ref made a valid-shaped arXiv id")
def _(): s = rd(186); wr(186, s.replace("2400.31337", "2401.31337"))


# label edits
@case("label: 177's DoRA record removed")
def _(): exp_edit(lambda e: recs(e, 177).remove(rec(e, 177, "DoRA")))


@case("label: 181's Swin relabelled title-only")
def _():
    def f(e):
        r = rec(e, 181, "Swin"); r["evidence"] = "title-only"; r["arxiv_id"] = None
    exp_edit(f)


@case("label: 179's Memformer given the Performer's OpenReview id")
def _():
    def f(e): rec(e, 179, "Memformer")["openreview_id"] = "Ua6zuk0WRH"
    exp_edit(f)


@case("label: 185's AlphaFold title typo")
def _():
    def f(e): rec(e, 185, "Highly accurate")["title"] = "Highly accurate protein structure predictions with AlphaFold"
    exp_edit(f)


@case("label: 183's BLIP-2 relabelled link")
def _():
    def f(e): rec(e, 183, "BLIP-2")["evidence"] = "link"
    exp_edit(f)


total = 0
fresh()
base = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
print("unbroken:", base.returncode, sum(1 for l in base.stdout.splitlines() if l.startswith("ERROR")), "errors")
for name, fn in CASES:
    fresh()
    fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    errs = [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + ([r.stderr.strip().splitlines()[-1]] if r.returncode not in (0, 1) else [])
    total += len(errs)
    print(f"[{len(errs)}] rc={r.returncode} {name}")
    for e in errs: print("      ", e[:170])
shutil.rmtree(W)
print("cases", len(CASES), "errors", total)
