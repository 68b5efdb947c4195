#!/usr/bin/env python3
"""Breaks a scratch copy of round18 one case at a time and runs validate.py on it (scratch only:
/tmp/round18-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess, zipfile

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round18-scratch/break"
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


def xmind_rewrite(edit):
    """rewrites 198's package, member order, dates and compression kept; edit(name, bytes) -> bytes or None (drop)"""
    p = path(198)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    with zipfile.ZipFile(p, "w") as out:
        for i, data in items:
            new = edit(i.filename, data)
            if new is None: continue
            zi = zipfile.ZipInfo(i.filename, i.date_time)
            zi.compress_type = i.compress_type
            out.writestr(zi, new)


def content_edit(fn):
    def ed(name, data):
        if name != "content.json": return data
        return fn(data.decode("utf-8")).encode("utf-8")
    xmind_rewrite(ed)


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


# 197 CITATION.cff
@case("197 the software title written without quotes (': ' inside a plain scalar)")
def _(): sub1(197, "title: 'peftkit: parameter-efficient fine-tuning recipes for PyTorch'", "title: peftkit: parameter-efficient fine-tuning recipes for PyTorch")


@case("197 an ORCID with a wrong check digit")
def _(): sub1(197, "0000-0003-1874-2267", "0000-0003-1874-2268")


@case("197 a reference of type 'paper' (not in the CFF list)")
def _(): sub1(197, "  - type: article\n    title: GPT Understands, Too", "  - type: paper\n    title: GPT Understands, Too")


@case("197 date-released unquoted")
def _(): sub1(197, "date-released: '2024-05-21'", "date-released: 2024-05-21")


@case("197 prompt tuning given an arXiv abs url")
def _(): sub1(197, "url: https://aclanthology.org/2021.emnlp-main.243", "url: https://arxiv.org/abs/2104.08691")


# 198 XMind
@case("198 content.json re-serialised with indent=2")
def _(): content_edit(lambda s: json.dumps(json.loads(s), ensure_ascii=False, indent=2))


@case("198 manifest.json without the thumbnail entry")
def _(): xmind_rewrite(lambda n, b: b.replace(b',"Thumbnails/thumbnail.png":{}', b"") if n == "manifest.json" else b)


@case("198 a relationship ending on a topic of the other sheet")
def _():
    def fn(s):
        d = json.loads(s)
        d[0]["relationships"][0]["end2Id"] = d[1]["rootTopic"]["id"]
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    content_edit(fn)


@case("198 a note's plain text edited without its realHTML")
def _(): content_edit(lambda s: s.replace("Prior-preservation loss!\"}", "Prior-preservation loss! Read Sec. 3.3.\"}", 1))


@case("198 DreamBooth's topic linked to its arXiv abs page")
def _(): content_edit(lambda s: s.replace('"href":"https://dreambooth.github.io/"', '"href":"https://arxiv.org/abs/2208.12242"'))


# 199 Zulip
@case("199 re-serialised compactly (not jq's pretty print)")
def _(): wr(199, json.dumps(json.loads(rd(199)), ensure_ascii=False) + "\n")


@case("199 'mentioned' dropped from a message that mentions Hana")
def _():
    d = json.loads(rd(199))
    m = next(m for m in d["messages"] if "mentioned" in m["flags"])
    m["flags"] = ["read"]
    wr(199, json.dumps(d, indent=2, ensure_ascii=False) + "\n")


@case("199 a poll vote for an option that does not exist")
def _(): sub1(199, '\\"key\\": \\"canned,0\\"', '\\"key\\": \\"canned,3\\"')


@case("199 the mirage paper named by its (distractor) title")
def _(): sub1(199, "The mirage paper can be the rebuttal slide.", "Are Emergent Abilities of Large Language Models a Mirage? can be the rebuttal slide.")


# 200 LINE
@case("200 a date line with the wrong weekday")
def _(): sub1(200, "2024/02/15(木)", "2024/02/15(金)")


@case("200 a quoted multi-line message left open")
def _(): sub1(200, "この2本を10分ずつ紹介します\"", "この2本を10分ずつ紹介します")


@case("200 the booking number made a valid-shaped arXiv id")
def _(): sub1(200, "1714.30212", "2402.30212")


# 201 JSON Feed
@case("201 a raw <p> in content_html (not jsonify's escaping)")
def _(): sub1(201, "\\u003cp\\u003ePart 2 of the memory series", "<p>Part 2 of the memory series")


@case("201 an older item dated after the newest")
def _(): sub1(201, '"date_published": "2024-01-22T20:02:55+01:00"', '"date_published": "2024-04-22T20:02:55+02:00"')


@case("201 expire-span given its OpenReview forum link")
def _(): sub1(201, "Not All Memories are Created Equal: Learning to Forget by Expiring:",
              "\\u003ca href=\\\"https://openreview.net/forum?id=ZVBtN6B_6i7\\\"\\u003eNot All Memories are Created Equal: Learning to Forget by Expiring\\u003c/a\\u003e:")


# 202 Crossref
@case("202 slashes not escaped")
def _(): wr(202, rd(202).replace("\\/", "/"))


@case("202 reference-count one short")
def _(): sub1(202, '"reference-count":18', '"reference-count":17')


@case("202 an ISSN with a wrong check digit")
def _(): s = rd(202); m = re.search(r'"ISSN":\["[^"]+","(\d{4}-\d{3})(\d)"', s); wr(202, s.replace(m.group(1) + m.group(2), m.group(1) + str((int(m.group(2)) + 1) % 10)))


@case("202 random feature attention given its arXiv DOI")
def _(): sub1(202, '{"key":"173_CR8","article-title":"Random feature attention"',
              '{"key":"173_CR8","doi-asserted-by":"crossref","DOI":"10.48550\\/arXiv.2103.02143","article-title":"Random feature attention"')


# 203 Medium
@case("203 a graf with the wrong graf-after class")
def _(): s = rd(203); i = s.index('class="graf graf--blockquote graf-after--p"'); wr(203, s[:i] + 'class="graf graf--blockquote graf-after--h4"' + s[i + len('class="graf graf--blockquote graf-after--p"'):])


@case("203 a link whose data-href differs from its href")
def _(): sub1(203, 'data-href="https://nlp.stanford.edu/projects/glove/"', 'data-href="https://nlp.stanford.edu/projects/glove"')


@case("203 ELMo's title linked to its arXiv page")
def _(): sub1(203, "ELMo वाले पेपर Deep contextualized word representations ने",
              'ELMo वाले पेपर <a href="https://arxiv.org/abs/1802.05365" data-href="https://arxiv.org/abs/1802.05365" class="markup--anchor markup--p-anchor" rel="noopener" target="_blank">Deep contextualized word representations</a> ने')


# 204 FictionBook
@case("204 one CRLF made LF")
def _(): sub1(204, "<lang>ru</lang>\r\n", "<lang>ru</lang>\n")


@case("204 a note reference to a note that does not exist")
def _(): sub1(204, '<a l:href="#n_12" type="note">[12]</a>', '<a l:href="#n_13" type="note">[13]</a>')


@case("204 an ISBN with a wrong check digit")
def _(): s = rd(204); m = re.search(r"<isbn>([\d-]+)(\d)</isbn>", s); wr(204, s.replace(m.group(0), f"<isbn>{m.group(1)}{(int(m.group(2)) + 1) % 10}</isbn>"))


# 205 Google Docs
@case("205 a line break in the one-line export")
def _(): sub1(205, "<h1 ", "\n<h1 ")


@case("205 CLIP linked directly, without Google's redirect")
def _(): s = rd(205); wr(205, re.sub(r'href="https://www\.google\.com/url\?q=(https://arxiv\.org/abs/2103\.00020)&amp;[^"]*"', r'href="\1"', s))


@case("205 a comment anchor without its comment")
def _(): sub1(205, 'id="cmnt2">[b]</a>', 'id="cmnt3">[b]</a>')


# 206 man page
@case("206 a blank line in the troff source")
def _(): sub1(206, ".SH OPTIONS\n", ".SH OPTIONS\n\n")


@case("206 an option dash not escaped")
def _(): sub1(206, ".BR \\-\\-room =\\fIROOM\\fR", ".BR --room =\\fIROOM\\fR")


@case("206 a catalogue title as a talk title")
def _(): sub1(206, "What Fifty Evals Taught Us About Long Context", "Lost in the Middle: How Language Models Use Long Contexts")


# label edits
@case("label: 199's GShard record removed")
def _(): exp_edit(lambda e: recs(e, 199).remove(rec(e, 199, "GShard")))


@case("label: 198's DDIM relabelled title-only")
def _():
    def f(e):
        r = rec(e, 198, "Denoising Diffusion Implicit"); r["evidence"] = "title-only"; r["openreview_id"] = None
    exp_edit(f)


@case("label: 205's BiT title mixing its two version titles")
def _():
    def f(e): rec(e, 205, "Large Scale Learning")["title"] = "Big Transfer: General Visual Representations for Transfer"
    exp_edit(f)


@case("label: 202's Linformer relabelled link")
def _():
    def f(e): rec(e, 202, "Linformer")["evidence"] = "link"
    exp_edit(f)


@case("label: 200's EfficientNet given a wrong arXiv id")
def _():
    def f(e): r = rec(e, 200, "EfficientNet:"); r["arxiv_id"] = r["true_arxiv_id"] = "1905.11964"
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
