#!/usr/bin/env python3
"""Breaks a scratch copy of round17 one case at a time and runs validate.py on it (scratch only:
/tmp/round17-scratch/break, deleted afterwards)."""
import json, os, re, shutil, subprocess, zipfile

SRC = "/work/round17"
W = "/tmp/round17-scratch/break"
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


def ods_rewrite(edit=None, stored_mime=True):
    """rewrites 190's package, member order and dates kept; edit(name, bytes) -> bytes"""
    p = path(190)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    with zipfile.ZipFile(p, "w") as out:
        for i, data in items:
            zi = zipfile.ZipInfo(i.filename, i.date_time)
            zi.compress_type = i.compress_type
            if i.filename == "mimetype" and not stored_mime: zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, edit(i.filename, data) if edit else data)


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


# 187 JATS
@case("187 ref-count one short")
def _(): sub1(187, '<ref-count count="19"/>', '<ref-count count="18"/>')


@case("187 a citation pointing at a reference that does not exist")
def _(): sub1(187, '<xref ref-type="bibr" rid="B19">19</xref>', '<xref ref-type="bibr" rid="B20">19</xref>')


@case("187 the mixed-precision OpenReview link turned into an arXiv abs link")
def _(): s = rd(187); wr(187, s.replace("https://openreview.net/forum?id=r1gs9JgRZ", "https://arxiv.org/abs/1710.03740"))


# 188 tweets.js
@case("188 re-serialised with json.dumps(indent=2)")
def _(): s = rd(188); wr(188, "window.YTD.tweets.part0 = " + json.dumps(json.loads(s[26:]), ensure_ascii=False, indent=2))


@case("188 a t.co url entity's indices shifted by one")
def _():
    s = rd(188)
    m = re.search(r'"indices" : \[\n\s+"(\d+)",\n\s+"(\d+)"\n\s+\]\n\s+\}\n\s+\]\n\s+\},\n\s+"display_text_range"', s)
    a, b = m.group(1), m.group(2)
    seg = m.group(0).replace(f'"{a}"', f'"{int(a) + 1}"', 1).replace(f'"{b}"', f'"{int(b) + 1}"', 1)
    wr(188, s[:m.start()] + seg + s[m.end():])


@case("188 a distractor title appended to the MMLU tweet")
def _(): sub1(188, "first column of every table.\"", "first column of every table. Also: Automatic Chain of Thought Prompting in Large Language Models\"")


# 189 gemtext
@case("189 a Markdown link for Longformer")
def _(): sub1(189, "Longformer: The Long-Document Transformer (Beltagy", "[Longformer](https://arxiv.org/abs/2004.05150): The Long-Document Transformer (Beltagy")


@case("189 the preformatted block left open")
def _(): sub1(189, "retention         O(n d^2)       O(d^2)              d x d matrix\n```\n", "retention         O(n d^2)       O(d^2)              d x d matrix\n\n")


@case("189 a '- ' bullet")
def _(): sub1(189, "* Lost in the Middle:", "- Lost in the Middle:")


# 190 ODS
@case("190 mimetype deflated")
def _(): ods_rewrite(stored_mime=False)


@case("190 a Papers row missing an empty cell")
def _():
    def ed(n, b):
        if n != "content.xml": return b
        s = b.decode()
        i = s.index("Bi-tuning of Pre-trained Representations")
        j = s.index('<table:table-cell table:number-columns-repeated="2"/>', i)
        return (s[:j] + "<table:table-cell/>" + s[j + len('<table:table-cell table:number-columns-repeated="2"/>'):]).encode()
    ods_rewrite(ed)


@case("190 Bi-tuning given its OpenReview link")
def _():
    def ed(n, b):
        if n != "content.xml": return b
        s = b.decode()
        i = s.index("Bi-tuning of Pre-trained Representations")
        j = s.index('<table:table-cell table:number-columns-repeated="2"/>', i)
        cell = ('<table:table-cell/><table:table-cell office:value-type="string" calcext:value-type="string"><text:p>'
                '<text:a xlink:href="https://openreview.net/forum?id=3rRgu7OGgBI" xlink:type="simple">openreview</text:a></text:p></table:table-cell>')
        return (s[:j] + cell + s[j + len('<table:table-cell table:number-columns-repeated="2"/>'):]).encode()
    ods_rewrite(ed)


# 191 Chrome
@case("191 a bookmark renamed without updating the checksum")
def _(): sub1(191, '"name": "Diffusers",', '"name": "Diffusers docs",')


@case("191 re-serialised with json.dumps(indent=3)")
def _(): wr(191, json.dumps(json.loads(rd(191)), ensure_ascii=False, indent=3) + "\n")


@case("191 the LSGM bookmark pointed at its arXiv abs page")
def _(): sub1(191, "https://proceedings.neurips.cc/paper/2021/hash/5dca4c6b9e244d24a30b4c45601d9720-Abstract.html", "https://arxiv.org/abs/2106.05931")


# 192 KakaoTalk
@case("192 one CRLF made LF")
def _(): sub1(192, "[박서연] [오후 9:05] 넵 반갑습니다~\r\n", "[박서연] [오후 9:05] 넵 반갑습니다~\n")


@case("192 a date line with the wrong weekday")
def _(): sub1(192, "2024년 3월 12일 화요일", "2024년 3월 12일 수요일")


@case("192 the room booking number made a valid-shaped arXiv id")
def _(): sub1(192, "2313.40915", "2312.40915")


# 193 Posts.xml
@case("193 AnswerCount 3 for two answers")
def _(): sub1(193, 'AnswerCount="2"', 'AnswerCount="3"')


@case("193 a literal newline inside a Body attribute")
def _(): sub1(193, "training loss.&lt;/p&gt;&#xA;&lt;p&gt;Is there", "training loss.&lt;/p&gt;\r\n&lt;p&gt;Is there")


@case("193 the GPM title followed by its arXiv id")
def _(): sub1(193, "Gradient Projection Memory for Continual Learning&quot; (Saha", "Gradient Projection Memory for Continual Learning&quot; (arXiv:2103.09762; Saha")


# 194 Ghost
@case("194 a </p> dropped")
def _(): sub1(194, "pastikan baseline-nya dilatih dengan benar.</p>", "pastikan baseline-nya dilatih dengan benar.")


@case("194 og:url of another post")
def _(): sub1(194, '<meta property="og:url" content="https://catatan-nlp.example.id/objektif-pretraining-model-bahasa/">',
              '<meta property="og:url" content="https://catatan-nlp.example.id/tokenisasi-bahasa-indonesia/">')


@case("194 the mBART distractor title in the prose")
def _(): sub1(194, "Varian T5 dan mBART memakai", "Varian T5 dan Multilingual Denoising Pre-training for Neural Machine Translation (mBART) memakai")


# 195 Textile
@case("195 one CRLF made LF")
def _(): sub1(195, "h2. Schedule\r\n", "h2. Schedule\n")


@case("195 a table row missing a cell")
def _(): sub1(195, "| 2024-03-05 | Understanding Robustness of Transformers for Image Classification | Hanna | #1451 |",
              "| 2024-03-05 | Understanding Robustness of Transformers for Image Classification | Hanna #1451 |")


@case("195 Attention Is All You Need given an abs link")
def _(): sub1(195, "* Attention Is All You Need --", '* "Attention Is All You Need":https://arxiv.org/abs/1706.03762 --')


# 196 Todoist
@case("196 a row with 11 fields")
def _(): sub1(196, "task,Check Zoom licence,Room: https://uva-example.zoom.us/j/81234409917 (host key in the vault),4,1,Noor Haddad (41877203),,,,,,\r\n",
              "task,Check Zoom licence,Room: https://uva-example.zoom.us/j/81234409917 (host key in the vault),4,1,Noor Haddad (41877203),,,,,\r\n")


@case("196 the invoice made a valid-shaped arXiv id")
def _(): s = rd(196); wr(196, s.replace("2024.13377", "2402.13377"))


@case("196 a catalogue title as a talk title")
def _(): sub1(196, "Sparse Experts, Dense Bills: Serving MoE Models on a Budget", "Consistency Models")


# label edits
@case("label: 192's GPTQ record removed")
def _(): exp_edit(lambda e: recs(e, 192).remove(rec(e, 192, "GPTQ")))


@case("label: 191's Segment Anything relabelled title-only")
def _():
    def f(e):
        r = rec(e, 191, "Segment Anything"); r["evidence"] = "title-only"; r["arxiv_id"] = None
    exp_edit(f)


@case("label: 190's Bi-tuning given its OpenReview id")
def _():
    def f(e): rec(e, 190, "Bi-tuning")["openreview_id"] = "3rRgu7OGgBI"
    exp_edit(f)


@case("label: 193's AutoHAS title mixing the two version titles")
def _():
    def f(e): rec(e, 193, "AutoHAS")["title"] = "AutoHAS: Efficient Hyper-parameter and Architecture Search"
    exp_edit(f)


@case("label: 187's HuBERT relabelled link")
def _():
    def f(e): rec(e, 187, "HuBERT")["evidence"] = "link"
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
