#!/usr/bin/env python3
"""Breaks a scratch copy of round55 one case at a time and runs validate.py on it (scratch only:
/tmp/round55-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round55-scratch/break"
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


# ---- 567 Gopher
@case("567: LF line ends")
def _(): wr(567, rd(567).replace("\r\n", "\n"))
@case("567: no terminating '.' line")
def _(): s = rd(567); wr(567, s[:-3])
@case("567: info line with a selector")
def _(): sub1(567, "\t\tnull.host\t1", "\tfake\tnull.host\t1")
@case("567: h item without URL:")
def _(): sub1(567, "\tURL:https://github.com/state-spaces/mamba", "\thttps://github.com/state-spaces/mamba")
@case("567: an info line over 70 characters")
def _(): sub1(567, "i  NeurIPS 2020, arXiv:2008.07669", "i  NeurIPS 2020, Advances in Neural Information Processing Systems 33, arXiv:2008.07669")
@case("567: arXiv link id changed (unlabelled valid id, link missing)")
def _(): sub1(567, "arxiv.org/abs/2111.00396", "arxiv.org/abs/2111.00397")
# ---- 568 Simplenote
@case("568: compact JSON (not the export layout)")
def _(): wr(568, json.dumps(json.loads(rd(568)), ensure_ascii=False))
@case("568: note modified before created")
def _(): sub1(568, '"lastModified": "2024-03-11T13:40:19.518Z"', '"lastModified": "2024-02-11T13:40:19.518Z"')
@case("568: date without milliseconds")
def _(): sub1(568, '"creationDate": "2024-02-26T11:02:47.000Z"', '"creationDate": "2024-02-26T11:02:47Z"')
@case("568: id not 32 hex")
def _(): s = rd(568); i = s.index('"id": "') + 7; wr(568, s[:i] + "X" + s[i + 1:])
@case("568: OpenReview id changed")
def _(): sub1(568, "VTF8yNQM66", "VTF8yNQM67")
# ---- 569 GIFT
@case("569: colon left unescaped in a title")
def _(): sub1(569, "RoBERTa\\: A Robustly", "RoBERTa: A Robustly")
@case("569: two questions with one name")
def _(): sub1(569, "::Q02 word2vec - anno::", "::Q01 word2vec - articolo::")
@case("569: answer block not closed")
def _(): sub1(569, "{#2013}", "{#2013")
@case("569: a title-only paper's arXiv id added")
def _(): sub1(569, "(ICLR 2013, workshop track)", "(ICLR 2013, workshop track, 1301.3781)")
# ---- 570 Foswiki
@case("570: TOPICINFO not first")
def _(): s = rd(570); a, b, rest = s.split("\n", 2); wr(570, b + "\n" + a + "\n" + rest)
@case("570: attachment dated after the topic")
def _(): sub1(570, 'date="1713980112"', 'date="1719980112"')
@case("570: META line inside the body")
def _(): sub1(570, "---++ Termine\n", '---++ Termine\n%META:FIELD{name="X" attributes="" title="X" value="y"}%\n')
@case("570: colour without %ENDCOLOR%")
def _(): sub1(570, "%RED%offen%ENDCOLOR%", "%RED%offen")
@case("570: bullet indented by two")
def _(): sub1(570, "   * Expire-Span", "  * Expire-Span")
# ---- 571 AbiWord
@case("571: xid above xid-max")
def _(): s = rd(571); import re; m = re.search(r'xid-max="(\d+)"', s); wr(571, s.replace(m.group(0), f'xid-max="{int(m.group(1)) - 5}"', 1))
@case("571: undefined paragraph style")
def _(): sub1(571, '<p style="Heading 2"', '<p style="Heading 3"')
@case("571: table cell attach wrong")
def _(): sub1(571, "bot-attach:1; left-attach:0; right-attach:1; top-attach:0", "bot-attach:1; left-attach:0; right-attach:2; top-attach:0")
@case("571: comment box removed")
def _(): sub1(571, "<!-- This file is an AbiWord document.", "<!-- This file is a document.")
@case("571: not well-formed")
def _(): sub1(571, "</section>", "</sectio>")
# ---- 572 flat ODP
@case("572: page renamed")
def _(): sub1(572, 'draw:name="page3"', 'draw:name="page03"')
@case("572: undefined text style")
def _(): sub1(572, 'text:style-name="T2"', 'text:style-name="T9"')
@case("572: notes thumbnail numbered wrong")
def _(): sub1(572, 'draw:page-number="4"', 'draw:page-number="5"')
@case("572: wrong mimetype")
def _(): sub1(572, "opendocument.presentation", "opendocument.text")
@case("572: a catalogue title of another file")
def _(): sub1(572, "Cours 7 — Apprentissage profond", "Attention Is All You Need — Apprentissage profond")
# ---- 573 Trac
@case("573: LF line ends")
def _(): wr(573, rd(573).replace("\r\n", "\n"))
@case("573: table row with a missing cell")
def _(): sub1(573, "|| fp16, sin borrador || 41,2 || 14,1 || 5,47 || #402 ||", "|| fp16, sin borrador || 41,2 || 14,1 || #402 ||")
@case("573: heading unbalanced")
def _(): sub1(573, "== Cuantización ==", "== Cuantización =")
@case("573: list item without the leading space")
def _(): sub1(573, "\r\n * [https://arxiv.org/abs/2211.17192", "\r\n* [https://arxiv.org/abs/2211.17192")
@case("573: OpenReview link becomes an arXiv link (evidence mismatch)")
def _(): sub1(573, "openreview.net/forum?id=r1gs9JgRZ", "arxiv.org/abs/1710.03740")
# ---- 574 txt2tags
@case("574: %%mtime line missing")
def _(): sub1(574, "%%mtime(%d.%m.%Y)\n", "\n")
@case("574: link written [URL label]")
def _(): sub1(574, "[Emergent Abilities of Large Language Models https://arxiv.org/pdf/2206.07682]", "[https://arxiv.org/pdf/2206.07682 Emergent Abilities of Large Language Models]")
@case("574: verbatim area not closed")
def _(): s = rd(574); i = s.rindex("```\n"); wr(574, s[:i] + s[i + 4:])
@case("574: label twice")
def _(): sub1(574, "=[tablo]", "=[giris]")
@case("574: setting after the body")
def _(): sub1(574, "= Giriş =[giris]\n", "= Giriş =[giris]\n%! Encoding: UTF-8\n")
# ---- 575 WeeChat
@case("575: space instead of tab")
def _(): sub1(575, "2024-03-11 19:59:51\tkaede\t", "2024-03-11 19:59:51 kaede\t")
@case("575: time goes back")
def _(): sub1(575, "2024-03-11 20:12:05\tmio_", "2024-03-11 20:02:05\tmio_")
@case("575: op loses @ without a mode line")
def _(): sub1(575, "\t@haruto\tいいですね", "\tharuto\tいいですね")
@case("575: irssi-style join line")
def _(): sub1(575, "mio_ (~mio@192.0.2.41) has joined #ml-yomikai", "mio_ [~mio@192.0.2.41] has joined #ml-yomikai")
@case("575: arxiv-text id removed")
def _(): sub1(575, " — arXiv:2103.14339", "")
# ---- 576 SMS (negative)
@case("576: count wrong")
def _(): sub1(576, 'count="13"', 'count="14"')
@case("576: readable_date out of step")
def _(): sub1(576, 'readable_date="4 Mar 2024 8:12:40 am"', 'readable_date="4 Mar 2024 8:12:40 pm"')
@case("576: raw line break in a body")
def _(): sub1(576, "&#10;", "\n")
@case("576: attribute order changed")
def _(): sub1(576, 'toa="null" sc_toa="null"', 'sc_toa="null" toa="null"')
@case("576: a catalogue title in the negative")
def _(): sub1(576, "تمام دكتورة", "تمام دكتورة Deep Residual Learning for Image Recognition")
@case("576: an arXiv-shaped id in the negative")
def _(): sub1(576, "482913", "2106.09685")
@case("576: a label on the negative")
def _(): exp_edit(lambda e: recs(e, 576).append(dict(rec(e, 568, "Toolformer"))))
# ---- labels / choice rules
@case("label: title not in the catalogue form")
def _(): exp_edit(lambda e: rec(e, 570, "Funnel").update(title="Funnel Transformer"))
@case("label: wrong evidence (link called title-only)")
def _(): exp_edit(lambda e: rec(e, 571, "Delving").update(evidence="title-only", arxiv_id=None))
@case("label: wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 574, "PaLM").update(true_arxiv_id="2204.02312"))
@case("label: a labelled paper removed (its title becomes unlabelled)")
def _(): exp_edit(lambda e: recs(e, 572).remove(rec(e, 572, "DreamBooth")))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 567).append(dict(rec(e, 567, "Longformer"))))
@case("label: a paper in two round55 files")
def _(): exp_edit(lambda e: recs(e, 569).append(dict(rec(e, 567, "Longformer"))))
@case("label: a paper at an odd position")
def _(): exp_edit(lambda e: recs(e, 571).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the even-position run")
def _(): exp_edit(lambda e: recs(e, 575).remove(rec(e, 575, "PyGlove")))
@case("label: arxiv-text recorded as link")
def _(): exp_edit(lambda e: rec(e, 573, "GPTQ").update(evidence="link"))
@case("label: title-only share out of range")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in recs(e, 573) if r["evidence"] != "title-only"])
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("576_"))))

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
shutil.rmtree("/tmp/round55-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
