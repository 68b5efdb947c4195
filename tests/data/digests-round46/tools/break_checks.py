#!/usr/bin/env python3
"""Breaks a scratch copy of round46 one case at a time and runs validate.py on it (scratch only:
/tmp/round46-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round46 digests are UTF-8 text with LF line endings."""
import json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round46-scratch/break"
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


# ---- 477 Org
@case("477 undeclared TODO keyword")
def _(): sub1(477, "** POR-LEER [#C] linformer", "** PENDIENTE [#C] linformer")
@case("477 wrong Spanish weekday in a timestamp")
def _(): sub1(477, "SCHEDULED: <2024-04-09 mar>", "SCHEDULED: <2024-04-09 mié>")
@case("477 CLOCK duration wrong")
def _(): sub1(477, "=>  1:35", "=>  1:45")
@case("477 progress cookie wrong")
def _(): sub1(477, "por qué la atención es cuadrática [2/2]", "por qué la atención es cuadrática [1/2]")
@case("477 drawer not closed")
def _(): sub1(477, ":VENUE:    ICML 2020\n:END:\n", ":VENUE:    ICML 2020\n")
@case("477 done heading without CLOSED")
def _(): sub1(477, "CLOSED: [2024-04-05 vie 12:30] SCHEDULED: <2024-04-04 jue>", "SCHEDULED: <2024-04-04 jue>")
@case("477 hours table disagrees with the clock")
def _(): sub1(477, "|      2 |         1 |  1.58 |", "|      2 |         1 |  2.58 |")
# ---- 478 MediaWiki
@case("478 unbalanced template")
def _(): sub1(478, "{{Stars|2}} ''", "{{Stars|2} ''")
@case("478 heading marks unequal")
def _(): sub1(478, "=== ConvNets ===", "=== ConvNets ==")
@case("478 table row with a missing cell")
def _(): sub1(478, "| ResNeSt-269 || 2020 || 111 || 84.5 || split attention", "| ResNeSt-269 || 2020 || 84.5 || split attention")
@case("478 <ref> not closed")
def _(): sub1(478, "printout.</ref>", "printout.")
@case("478 no category")
def _(): s = rd(478); wr(478, re.sub(r"\[\[Category:[^\]]+\]\]\n", "", s))
# ---- 479 Mailman digest
@case("479 topic numbering skips")
def _(): sub1(479, "   3. Room change", "   4. Room change")
@case("479 topic sender differs from the message")
def _(): sub1(479, "(Tomasz Wielgosz)", "(Tomek Wielgosz)")
@case("479 Date weekday wrong")
def _(): sub1(479, "Date: Fri, 26 Mar 2021 11:47:02 +0100", "Date: Sat, 26 Mar 2021 11:47:02 +0100")
@case("479 messages out of date order")
def _(): sub1(479, "Date: Fri, 26 Mar 2021 14:05:19 +0000", "Date: Fri, 26 Mar 2021 08:05:19 +0000")
@case("479 asterisk line shorter than the End line")
def _(): s = rd(479); wr(479, s[:-2] + "\n")
@case("479 record dated outside the window")
def _(): sub1(479, "Date: Thu, 25 Mar 2021 13:25:40 GMT", "Date: Thu, 25 Mar 2021 19:25:40 GMT")
@case("479 closing line names another size")
def _(): sub1(479, "2103.14339 ,  651kb", "2103.14339 ,  652kb")
@case("479 records out of id order")
def _():
    s = rd(479)
    a = s.index("\\\\\narXiv:2103.13462"); b = s.index("\\\\\narXiv:2103.14146"); c = s.index("\\\\\narXiv:2103.14338")
    wr(479, s[:a] + s[b:c] + s[a:b] + s[c:])
# ---- 480 alphadin
@case("480 label not derived from the authors")
def _(): sub1(480, "[HS97]", "[Hoc97]")
@case("480 entries not sorted")
def _(): sub1(480, "[GB10]  Glorot", "[ZB10]  Glorot")
@case("480 cited label missing")
def _(): sub1(480, "siehe\n[GWD14])", "siehe\n[GWD15])")
@case("480 running-head page numbers not ascending")
def _(): sub1(480, "Literaturverzeichnis                                                                          44", "Literaturverzeichnis                                                                          42")
# ---- 481 BibTeX
@case("481 undefined @string macro")
def _(): sub1(481, "publisher = acl,", "publisher = aclweb,")
@case("481 crossref target missing")
def _(): sub1(481, "crossref  = {NeurIPS2023}", "crossref  = {NeurIPS2023a}")
@case("481 crossref target before its child")
def _():
    s = rd(481); i = s.index("@proceedings{NeurIPS2023"); blk = s[i:]
    s = s[:i]; j = s.index("@inproceedings{dettmers2023qlora"); wr(481, s[:j] + blk + "\n" + s[j:])
@case("481 duplicate key")
def _(): sub1(481, "@misc{kadavath2022know,", "@misc{zhang2022opt,")
@case("481 unbalanced braces")
def _(): sub1(481, "pages     = {30016--30030}", "pages     = {30016--30030")
# ---- 482 Todoist
@case("482 a row with a missing cell")
def _(): sub1(482, "section,Overig,,,,,,,,,,", "section,Overig,,,,,,,,,")
@case("482 bad TYPE")
def _(): sub1(482, "note,Let op", "comment,Let op")
@case("482 priority 5")
def _(): sub1(482, ",1,1,Sanne de Vries (40918273),Sanne de Vries (40918273),elke maandag", ",5,1,Sanne de Vries (40918273),Sanne de Vries (40918273),elke maandag")
@case("482 DATE without DATE_LANG")
def _(): sub1(482, "elke maandag,nl,", "elke maandag,,")
@case("482 sub-task without a parent")
def _():
    s = rd(482); i = s.index("section,Achtergrond RL"); j = s.index(",2,1,Mei Lin Tan", i)
    wr(482, s[:j] + ",2,2,Mei Lin Tan" + s[j + len(",2,1,Mei Lin Tan"):])
@case("482 bad CRLF")
def _(): s = rd(482); wr(482, s.replace("\n", "\r\n"))
# ---- 483 gh
@case("483 comments count wrong")
def _(): sub1(483, "comments:\t5", "comments:\t4")
@case("483 metadata out of order")
def _(): sub1(483, "state:\tOPEN\nauthor:\tkwabena-ansah", "author:\tkwabena-ansah\nstate:\tOPEN")
@case("483 unknown association")
def _(): sub1(483, "association:\tcontributor", "association:\tfriend")
@case("483 last comment not closed")
def _(): s = rd(483); wr(483, s[:-3])
# ---- 484 V2EX
@case("484 reply numbering skips")
def _(): sub1(484, "\n7\n楼主要是", "\n8\n楼主要是")
@case("484 reply count wrong")
def _(): sub1(484, "12 条回复", "13 条回复")
@case("484 reply times out of order")
def _(): sub1(484, "2024-03-19 10:40:56", "2024-03-18 10:40:56")
@case("484 @mention of someone who has not posted")
def _(): sub1(484, "@liuyun_ai 谢谢", "@ghost_user 谢谢")
# ---- 485 esa
@case("485 created_at after updated_at")
def _(): sub1(485, "created_at: 2024-05-20 18:42:11 +0900", "created_at: 2024-05-24 18:42:11 +0900")
@case("485 front matter key missing")
def _(): sub1(485, "published: true\n", "")
@case("485 table row with a missing cell")
def _(): sub1(485, "| @iida | https://arxiv.org/abs/2303.15343v4 | 未着手 |", "| @iida https://arxiv.org/abs/2303.15343v4 | 未着手 |")
@case("485 footnote without definition")
def _(): sub1(485, "[^1]: BatchNorm", "[^2]: BatchNorm")
# ---- 486 Telegram (negative)
@case("486 date_unixtime off by an hour")
def _(): sub1(486, '"date": "2024-03-15T12:00:45"', '"date": "2024-03-15T13:00:45"')
@case("486 text and text_entities disagree")
def _(): sub1(486, "ускорилась с 4 минут", "ускорилась с 5 минут")
@case("486 message ids not consecutive")
def _(): sub1(486, '"id": 505,', '"id": 515,')
@case("486 a catalogue title slipped in")
def _(): sub1(486, "Коротко: Triton 3.0", "Коротко (Attention Is All You Need): Triton 3.0", 2)
@case("486 an arXiv-shaped number slipped in")
def _(): sub1(486, "номер в комментариях", "номер 2403.01234 в комментариях", 2)
@case("486 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 486).append(dict(recs(e, 485)[0])))
# ---- digests: titles and ids
@case("title of a labelled paper removed (477 Linformer)")
def _(): sub1(477, "Self-Attention with Linear Complexity", "self-attention, linear")
@case("arXiv link of a link record removed (478 EfficientNet)")
def _(): sub1(478, "https://arxiv.org/abs/1905.11946 ", "https://example.org/effnet ")
@case("arxiv-text id removed (485 SupCon)")
def _(): sub1(485, "arXiv:2004.11362", "arXiv")
@case("title-only paper gets its id (484 Zero-1-to-3)")
def _(): sub1(484, "（ICCV 2023）必看", "（ICCV 2023, arXiv 2303.11328）必看")
@case("arxiv-text paper gets a link (483 ZeRO)")
def _(): sub1(483, "(arXiv:1910.02054)", "(https://arxiv.org/abs/1910.02054)")
@case("OpenReview link removed (482 SWE-bench)")
def _(): sub1(482, "openreview.net/forum?id=", "openreview.net/group?id=")
@case("unlabelled catalogue title added (481 note)")
def _(): sub1(481, "note         = {phi-1;", "note         = {cf. Attention Is All You Need; phi-1;")
@case("unlabelled valid arXiv id added (479)")
def _(): sub1(479, "I can bring printouts.", "I can bring printouts (also 2103.15001).")
@case("distractor title added (480)")
def _():
    dis = next(e["title"] for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json")
               for e in json.load(open(p)) if e.get("role") == "distractor" and e.get("title") and len(e["title"]) > 20)
    sub1(480, "Offen bleibt,", f"Vgl. auch „{dis}“. Offen bleibt,")
# ---- labels
@case("wrong evidence (478 SAM link instead of arxiv-text)")
def _(): exp_edit(lambda e: rec(e, 478, "Sharpness").update(evidence="link"))
@case("title not the catalogue's (481 QLoRA)")
def _(): exp_edit(lambda e: rec(e, 481, "QLoRA").update(title="QLoRA: Efficient Finetuning of Quantized Models"))
@case("true_arxiv_id not in the catalogue")
def _(): exp_edit(lambda e: rec(e, 477, "Hyena").update(true_arxiv_id="2302.10867", arxiv_id="2302.10867"))
@case("duplicate record")
def _(): exp_edit(lambda e: recs(e, 483).append(dict(recs(e, 483)[0])))
@case("record dropped (paper then unlabelled in 485)")
def _(): exp_edit(lambda e: recs(e, 485).pop())
@case("paper at an odd position (round47's) swapped in")
def _():
    def f(e):
        r = rec(e, 484, "Generative Adversarial")
        r.update(title="Scaling Laws for Neural Language Models", true_arxiv_id="2001.08361")
    exp_edit(f); sub1(484, "Generative Adversarial Networks", "Scaling Laws for Neural Language Models")
@case("a less-used even-position paper left out")
def _():
    exp_edit(lambda e: recs(e, 480).remove(rec(e, 480, "Neural Turing")))
    sub1(480, "Neural Turing Machines.", "NTM.")
@case("arxiv-text record for a paper not on arXiv (482 AlphaGo Zero)")
def _(): exp_edit(lambda e: rec(e, 482, "Mastering").update(evidence="arxiv-text"))
@case("title-only share pushed below 0.40")
def _():
    def f(e):
        for n in (477, 478, 481, 482, 483, 484, 485):
            r = next(r for r in recs(e, n) if r["evidence"] == "title-only" and r["true_arxiv_id"])
            r["evidence"] = "arxiv-text"; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)

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
shutil.rmtree("/tmp/round46-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
