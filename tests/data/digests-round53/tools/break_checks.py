#!/usr/bin/env python3
"""Breaks a scratch copy of round53 one case at a time and runs validate.py on it (scratch only:
/tmp/round53-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. 547 is gzip-compressed (edited decompressed, recompressed)."""
import gzip, json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round53-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    if n == 547: return gzip.decompress(open(path(n), "rb").read()).decode("utf-8")
    return open(path(n), encoding="utf-8", newline="").read()


def wr(n, s):
    if n == 547: open(path(n), "wb").write(gzip.compress(s.encode("utf-8"), mtime=0)); return
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


# ---- 547 Gnumeric
@case("547: saved uncompressed (no gzip magic)")
def _(): s = rd(547); open(path(547), "wb").write(s.encode())
@case("547: formula with ';' separators")
def _(): sub1(547, ',"lido")', ';"lido")')
@case("547: a cell beyond MaxRow")
def _(): sub1(547, "<gnm:MaxRow>13</gnm:MaxRow>", "<gnm:MaxRow>11</gnm:MaxRow>")
@case("547: ValueType 40 on text")
def _(): sub1(547, 'Col="1" ValueType="60">Lidos:', 'Col="1" ValueType="40">Lidos:')
@case("547: SheetNameIndex out of step")
def _(): sub1(547, 'gnm:Rows="65536">Config</gnm:SheetName>', 'gnm:Rows="65536">Configuração</gnm:SheetName>')
@case("547: cells out of row-major order")
def _(): s = rd(547); a = '        <gnm:Cell Row="0" Col="0" ValueType="60">Nº</gnm:Cell>\n'; wr(547, s.replace(a, "", 1).replace("      </gnm:Cells>", a + "      </gnm:Cells>", 1))
@case("547: HyperLink type unknown")
def _(): sub1(547, 'type="GnmHLinkURL"', 'type="URL"')
@case("547: OpenReview id changed (unlabelled id, label missing)")
def _(): sub1(547, "B1ckMDqlg", "B1ckMDqlX")
# ---- 548 QQ
@case("548: no byte-order mark")
def _(): s = rd(548); wr(548, s[1:])
@case("548: an LF line end")
def _(): sub1(548, "[表情]\r\n", "[表情]\n")
@case("548: messages out of time order")
def _(): sub1(548, "2024-03-04 21:02:47", "2024-03-04 20:02:47")
@case("548: a nick with two QQ numbers")
def _(): sub1(548, "Kevin_Zh(3409187746)\r\n就是这篇", "Kevin_Zh(3409187747)\r\n就是这篇")
@case("548: header not QQ's")
def _(): sub1(548, "消息分组:", "分组:")
@case("548: arXiv id of the survey removed")
def _(): sub1(548, "arXiv:2303.18223", "arXiv")
# ---- 549 Bugzilla
@case("549: comment_count out of sequence")
def _(): sub1(549, "<comment_count>3</comment_count>", "<comment_count>4</comment_count>")
@case("549: resolution on an ASSIGNED bug")
def _(): sub1(549, "<resolution></resolution>", "<resolution>FIXED</resolution>")
@case("549: attachment size wrong")
def _(): s = rd(549); import re; wr(549, re.sub(r"<size>(\d+)</size>", lambda m: f"<size>{int(m.group(1)) + 1}</size>", s, 1))
@case("549: comments not oldest to newest")
def _(): sub1(549, "<bug_when>2024-02-16 17:48:02 +0000</bug_when>", "<bug_when>2024-02-13 17:48:02 +0000</bug_when>")
@case("549: delta_ts before the last comment")
def _(): sub1(549, "<delta_ts>2024-03-04 16:02:18 +0000</delta_ts>", "<delta_ts>2024-03-01 16:02:18 +0000</delta_ts>")
@case("549: not well-formed")
def _(): sub1(549, "</short_desc>", "</short_dsc>")
@case("549: Reformer's OpenReview link gone")
def _(): sub1(549, "https://openreview.net/forum?id=rkgNKkHtvB", "(OpenReview)")
# ---- 550 CherryTree
@case("550: duplicate unique_id")
def _(): sub1(550, 'unique_id="5"', 'unique_id="4"')
@case("550: bookmark to a missing node")
def _(): sub1(550, 'list="3,7"', 'list="3,9"')
@case("550: codebox char_offset wrong")
def _(): s = rd(550); import re; wr(550, re.sub(r'<codebox char_offset="(\d+)"', lambda m: f'<codebox char_offset="{int(m.group(1)) + 2}"', s, 1))
@case("550: link to a missing node")
def _(): sub1(550, 'link="node 7"', 'link="node 8"')
@case("550: saved before created")
def _(): sub1(550, 'ts_creation="1698741530" ts_lastsave="1709388812"', 'ts_creation="1709388812" ts_lastsave="1698741530"')
@case("550: BYOL link dropped (label says link)")
def _(): sub1(550, ' link="webs https://arxiv.org/pdf/2006.07733.pdf"', "")
# ---- 551 ConTeXt
@case("551: a LaTeX environment")
def _(): sub1(551, "\\startitemize[packed]", "\\begin{itemize}", 1)
@case("551: \\stopsection missing")
def _(): sub1(551, "\\stopsection\n\n\\stopchapter\n\n\\startchapter[title={Difusión", "\n\\stopchapter\n\n\\startchapter[title={Difusión")
@case("551: \\cite of an undefined key")
def _(): sub1(551, "\\cite[kerbl2023gaussians]", "\\cite[kerbl2023gs]")
@case("551: unbalanced brace")
def _(): sub1(551, "{\\bfd Sesión 9}", "{\\bfd Sesión 9")
@case("551: a second \\stoptext")
def _(): sub1(551, "\\placelistofpublications", "\\placelistofpublications\n\\stoptext")
@case("551: ControlNet eprint changed to another catalogue id")
def _(): sub1(551, "eprint        = {2302.05543}", "eprint        = {2010.11929}")
# ---- 552 Pidgin
@case("552: own colour on another nick")
def _(): sub1(552, '<font color="#A82F2F"><font size="2">(19:01:13)', '<font color="#16569E"><font size="2">(19:01:13)')
@case("552: title and h3 differ")
def _(): sub1(552, "(jabber)</h3>", "(xmpp)</h3>")
@case("552: time goes backwards")
def _(): sub1(552, "(19:14:05)", "(19:04:05)")
@case("552: unescaped markup in a message")
def _(): sub1(552, "LoRA + Adapter", "<i>LoRA</i> + Adapter")
@case("552: link text differs from href")
def _(): sub1(552, '">https://arxiv.org/abs/2304.08485</a>', '">https://arxiv.org/abs/2304.08485v3</a>')
@case("552: a title-only paper gets its arXiv id")
def _(): sub1(552, "(phi-1)", "(phi-1, 2306.11644)")
# ---- 553 wallabag
@case("553: an unescaped slash")
def _(): sub1(553, "https:\\/\\/aclanthology.org\\/D19-1410\\/", "https://aclanthology.org/D19-1410/")
@case("553: pretty-printed")
def _(): s = rd(553); wr(553, json.dumps(json.loads(s), indent=2).replace("/", "\\/"))
@case("553: domain_name not the URL's host")
def _(): sub1(553, '"domain_name":"www.nature.com"', '"domain_name":"nature.com"')
@case("553: annotation quote not in content")
def _(): sub1(553, '"quote":"propose au d\\u00e9codeur', '"quote":"propose au mod\\u00e8le')
@case("553: starred without starred_at")
def _(): sub1(553, '"is_starred":0,"tags":["\\u00e9valuation"]', '"is_starred":1,"tags":["\\u00e9valuation"]')
@case("553: Nature title changed")
def _(): sub1(553, "Learning representations by back-propagating errors | Nature", "Learning representations by back-propagation | Nature")
# ---- 554 hOCR
@case("554: word bbox outside its line")
def _(): sub1(554, "title='bbox 236 214 463 256; x_wconf 96'", "title='bbox 236 200 463 256; x_wconf 96'")
@case("554: word ids out of order")
def _(): sub1(554, "id='word_1_2'", "id='word_1_20'")
@case("554: x_wconf over 100")
def _(): sub1(554, "x_wconf 96'>ПРИОЗЕРНИЙ", "x_wconf 196'>ПРИОЗЕРНИЙ")
@case("554: not tesseract")
def _(): sub1(554, "content='tesseract 5.3.4'", "content='ocropus'")
@case("554: a word of the ResNet title misread")
def _(): sub1(554, ">Residual</span>", ">Resldual</span>")
@case("554: SAM's arXiv id removed")
def _(): sub1(554, ">arXiv:2304.02643</span>", ">arXiv</span>")
# ---- 555 Qualtrics
@case("555: ChoiceOrder out of step")
def _(): sub1(555, '"ChoiceOrder":[1,2,3,4,5,6,7,8,9]', '"ChoiceOrder":[1,2,3,4,5,6,7,8]')
@case("555: QC count wrong")
def _(): sub1(555, '"Survey Question Count","SecondaryAttribute":"5"', '"Survey Question Count","SecondaryAttribute":"4"')
@case("555: a question in no block")
def _(): sub1(555, '{"Type":"Question","QuestionID":"QID5"}', '{"Type":"Page Break"}')
@case("555: another survey's id on an element")
def _(): sub1(555, '{"SurveyID":"SV_3K9xzv2Qa7bT1eS","Element":"RS"', '{"SurveyID":"SV_3K9xzv2Qa7bT1eT","Element":"RS"')
@case("555: Bi-tuning OpenReview id changed")
def _(): sub1(555, "3rRgu7OGgBI", "3rRgu7OGgBX")
# ---- 556 LDIF (negative)
@case("556: Hindi written raw (not base64)")
def _(): sub1(556, "mozillaNickname: neha", "mozillaNickname: नेहा")
@case("556: member without a card")
def _(): sub1(556, "member: cn=IT Helpdesk,mail=helpdesk@example.ac.in", "member: cn=IT Desk,mail=helpdesk@example.ac.in")
@case("556: dn not cn/mail")
def _(): sub1(556, "dn: cn=Room Booking,mail=rooms@example.ac.in", "dn: cn=Room Booking")
@case("556: a catalogue title in the negative")
def _(): sub1(556, "mozillaNickname: chai", "mozillaNickname: chai\nnote: Deep Residual Learning for Image Recognition")
@case("556: an arXiv-shaped id in the negative")
def _(): sub1(556, "modifytimestamp: 1707214900", "modifytimestamp: 1707214900\nnote: 2106.09685")
@case("556: a label on the negative")
def _(): exp_edit(lambda e: recs(e, 556).append(dict(rec(e, 552, "LoRA"))))
# ---- labels / choice rules
@case("label: title not in the catalogue form")
def _(): exp_edit(lambda e: rec(e, 549, "Neural Turing").update(title="Neural Turing Machine"))
@case("label: wrong evidence (link called title-only)")
def _(): exp_edit(lambda e: rec(e, 548, "Universal and Transferable").update(evidence="title-only", arxiv_id=None))
@case("label: wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 550, "Barlow").update(true_arxiv_id="2103.03231"))
@case("label: a labelled paper removed (its title becomes unlabelled)")
def _(): exp_edit(lambda e: recs(e, 553).remove(rec(e, 553, "Sentence-BERT")))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 547).append(dict(rec(e, 547, "Few-Shot"))))
@case("label: a paper in two round53 files")
def _(): exp_edit(lambda e: recs(e, 549).append(dict(rec(e, 547, "Few-Shot"))))
@case("label: a paper at an odd position")
def _(): exp_edit(lambda e: recs(e, 554).append({"arxiv_id": None, "openreview_id": None, "title": "Learning Transferable Visual Models From Natural Language Supervision", "evidence": "title-only", "true_arxiv_id": "2103.00020"}))
@case("label: position 1 used")
def _(): exp_edit(lambda e: recs(e, 550).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the even-position run")
def _(): exp_edit(lambda e: recs(e, 555).remove(rec(e, 555, "Learning Mesh-Based")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: recs(e, 552).remove(rec(e, 552, "Visual Instruction")))
@case("label: title-only share out of range")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in recs(e, 549) if r["evidence"] != "title-only"])
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("556_"))))

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
shutil.rmtree("/tmp/round53-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
