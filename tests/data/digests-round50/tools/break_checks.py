#!/usr/bin/env python3
"""Breaks a scratch copy of round50 one case at a time and runs validate.py on it (scratch only:
/tmp/round50-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round50 digests are UTF-8 text (519's body quoted-printable)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round50-scratch/break"
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


# ---- 517 todo.txt
@case("517: blank line")
def _(): sub1(517, "@mail\n(A) 2024-03-04", "@mail\n\n(A) 2024-03-04")
@case("517: done task keeps its priority")
def _(): sub1(517, "x 2024-03-07 2024-03-01 Zarezerwować", "x 2024-03-07 2024-03-01 (B) Zarezerwować")
@case("517: completed before created")
def _(): sub1(517, "x 2024-03-11 2024-03-04 Zapłacić", "x 2024-03-01 2024-03-04 Zapłacić")
@case("517: bad due: date")
def _(): sub1(517, "due:2024-03-14", "due:2024-03-41")
@case("517: priority in the wrong place")
def _(): sub1(517, "(C) 2024-03-11 Zapytać", "2024-03-11 (C) Zapytać")
# ---- 518 README.org
@case("518: table row with a missing cell")
def _(): sub1(518, "| CVPR 2022 | [[https://github.com/CompVis/latent-diffusion][CompVis]]    |", "| CVPR 2022 |")
@case("518: table not aligned")
def _(): sub1(518, "| ICCV 2023 |", "| ICCV 2023  |")
@case("518: internal link to a missing CUSTOM_ID")
def _(): sub1(518, "[[#editing][Editing]]", "[[#image-editing][Editing]]")
@case("518: drawer without :END:")
def _(): sub1(518, ":CUSTOM_ID: tools\n:END:", ":CUSTOM_ID: tools")
@case("518: unbalanced link brackets")
def _(): sub1(518, "[[https://github.com/lmnt-com/diffwave][lmnt-com/diffwave]]", "[[https://github.com/lmnt-com/diffwave][lmnt-com/diffwave]")
# ---- 519 emlx
@case("519: byte count wrong")
def _(): s = rd(519); n = s.split("\n", 1)[0].strip(); wr(519, s.replace(n, str(int(n) + 3), 1))
@case("519: plist broken")
def _(): sub1(519, "<key>flags</key>\n\t<integer>", "<key>flags</key>\n\t<integr>")
@case("519: raw 8-bit byte in the QP body")
def _(): sub1(519, "Buona settimana!", "Buona settimanà!")
@case("519: listing record without its closing line")
def _(): sub1(519, "\\\\ ( https://arxiv.org/abs/2103.14586 ,  2714kb)", "\\\\ ( https://arxiv.org/abs/2103.14586 )")
@case("519: no Message-Id")
def _(): sub1(519, "Message-Id: <4C1E2B7A", "X-Message-Id: <4C1E2B7A")
# ---- 520 GOST
@case("520: entry numbers skip")
def _(): sub1(520, "\n9. Mikolov", "\n10. Mikolov")
@case("520: URL without access date")
def _(): sub1(520, "https://ruscorpora.ru\n(дата обращения: 03.03.2024)", "https://ruscorpora.ru")
@case("520: Latin entries out of order")
def _(): sub1(520, "\n13. Universal", "\n13. Zniversal")
@case("520: page number missing")
def _(): sub1(520, "\n\n56\n\f", "\n\f")
@case("520: impossible access date")
def _(): sub1(520, "дата обращения: 25.03.2024", "дата обращения: 35.03.2024")
# ---- 521 BibDesk
@case("521: unbalanced brace in a field")
def _(): sub1(521, "title = {Deep Learning},", "title = {Deep {Learning},")
@case("521: duplicate cite key")
def _(): sub1(521, "@inproceedings{He:2015aa,", "@inproceedings{He:2016aa,")
@case("521: bdsk-file not base64")
def _(): s = rd(521); i = s.index("bdsk-file-1 = {") + 15; wr(521, s[:i] + "%%" + s[i + 2:])
@case("521: static group names an unknown key")
def _(): sub1(521, "Tan:2019aa,Kolesnikov:2020aa", "Tan:2019ab,Kolesnikov:2020aa")
@case("521: fields out of BibDesk's order")
def _(): sub1(521, "\tpages = {770--778},\n\trating = {5},", "\trating = {5},\n\tpages = {770--778},")
@case("521: modified before added")
def _(): sub1(521, "date-modified = {2024-02-26 16:14:03 +0100}", "date-modified = {2024-02-20 16:14:03 +0100}")
# ---- 522 Asana CSV
@case("522: header not Asana's")
def _(): sub1(522, "Task ID,Created At", "ID,Created At")
@case("522: row with a missing field")
def _(): sub1(522, "Pizza für die letzte Sitzung bestellen,Organisatorisches,", "Pizza für die letzte Sitzung bestellen,")
@case("522: parent task naming no task")
def _(): s = rd(522); i = s.index("Folien Sitzung 1"); j = s.index(",Sitzung 1: Decision", i); wr(522, s[:j] + ",Sitzung 1: Decision Transformers" + s[j + len(",Sitzung 1: Decision"):])
@case("522: completed before created")
def _(): sub1(522, "1206981234500101,2024-03-18,2024-03-22", "1206981234500101,2024-03-18,2024-03-12")
@case("522: LF record end")
def _(): s = rd(522); wr(522, s.replace("\r\n", "\n", 3))
@case("522: status without completion")
def _(): sub1(522, ",Erledigt,\r\n1206981234500175", ",Offen,\r\n1206981234500175")
# ---- 523 GitLab
@case("523: participants count wrong")
def _(): sub1(523, "5 participants", "6 participants")
@case("523: comment header without role badge")
def _(): sub1(523, "@dvasquez · 3 weeks ago\nDeveloper\n", "@dvasquez · 3 weeks ago\n")
@case("523: comment ages out of order")
def _(): sub1(523, "@ysato · 5 days ago", "@ysato · 4 weeks ago")
@case("523: merge request not in the related list")
def _(): sub1(523, "mentioned in merge request !112 2 weeks ago", "mentioned in merge request !113 2 weeks ago")
@case("523: breadcrumb / Reference mismatch")
def _(): sub1(523, "Reference: nlp-lab/textgen-toolkit#57", "Reference: nlp-lab/textgen-toolkit#75")
# ---- 524 HTML (negative)
@case("524: unclosed element")
def _(): sub1(524, "</ul>", "")
@case("524: img without alt")
def _(): sub1(524, ' alt="주간 ML 도구"', "")
@case("524: href not http(s)")
def _(): sub1(524, 'href="https://stibee.com"', 'href="stibee.com"')
@case("negative: an arXiv id in 524")
def _(): sub1(524, "<li><b>uv 0.1.35</b>", "<li><b>uv 0.1.35</b> (2404.01234)")
@case("negative: a catalogue title in 524")
def _(): sub1(524, "이번 호 후원", "추천 논문: Textbooks Are All You Need · 이번 호 후원")
@case("negative: a label on 524")
def _(): exp_edit(lambda e: recs(e, 524).append(dict(rec(e, 517, "Synthesizer"))))
# ---- 525 cnblogs
@case("525: comment count does not match floors")
def _(): sub1(525, "评论(4)", "评论(6)")
@case("525: floors out of order")
def _(): sub1(525, "  #3楼 2024-03-19 22:31", "  #3楼 2024-03-17 22:31")
@case("525: calendar wrong")
def _(): sub1(525, "25\t26\t27\t28\t29\t1\t2", "26\t27\t28\t29\t1\t2\t3")
@case("525: copyright names someone else")
def _(): sub1(525, "Copyright © 2024 青衫不湿", "Copyright © 2024 码农小周")
# ---- 526 connpass
@case("526: weekday wrong")
def _(): sub1(526, "2024/06/15(土) 13:00〜17:30", "2024/06/15(日) 13:00〜17:30")
@case("526: timetable not increasing")
def _(): sub1(526, "15:20\t", "14:20\t")
@case("526: 発表枠 count wrong")
def _(): sub1(526, "無料\n7/7", "無料\n6/7")
@case("526: 参加者一覧 total wrong")
def _(): sub1(526, "参加者一覧（235人）", "参加者一覧（228人）")
@case("526: timetable row with 2 cells")
def _(): sub1(526, "13:00\t開場・受付\t", "13:00\t開場・受付")
# ---- content (any file)
@case("content: an unlabelled catalogue title in 517")
def _(): sub1(517, "Kupić tonery", "Przeczytać Attention Is All You Need; kupić tonery")
@case("content: a distractor title in 523")
def _():
    d = next(e["title"] for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json") for e in json.load(open(p)) if e.get("role") == "distractor" and e.get("title") and len(e["title"]) > 12)
    sub1(523, "Separate MR please", "Separate MR please (see " + d + ")")
@case("content: an unlabelled catalogue arXiv id in 522")
def _(): sub1(522, "Budget: 60 €", "Budget: 60 € (vgl. 2210.03629)")
@case("content: an unlabelled valid-shaped arXiv id in 526")
def _(): sub1(526, "懇親会（実費", "懇親会（2405.12345 の著者も参加、実費")
@case("content: an unlabelled OpenReview id in 525")
def _(): sub1(525, "https://github.com/hiyouga/LLaMA-Factory", "https://openreview.net/forum?id=AbCdEfGhIj")
@case("content: a labelled title removed from 518")
def _(): wr(518, rd(518).replace("Consistency Models  ", "Consistency Model   "))
@case("content: a link removed from 521 (BiT)")
def _(): sub1(521, "bdsk-url-1 = {https://arxiv.org/abs/1912.11370}", "bdsk-url-1 = {https://www.ecva.net/papers/eccv_2020/}")
@case("content: an OpenReview link removed from 520")
def _(): sub1(520, "https://openreview.net/forum?id=cYr2OPNyTz7", "https://openreview.net/group?id=ICLR.cc/2021")
@case("content: a title-only paper's arXiv id added to 526")
def _(): sub1(526, "（ICLR 2021）\t@t_okabe", "（ICLR 2021, arXiv:2010.04592）\t@t_okabe")
@case("content: an arxiv-text paper gets an arXiv link in 525")
def _(): sub1(525, "arXiv:2206.07682（后发表于 TMLR）", "https://arxiv.org/abs/2206.07682（后发表于 TMLR）")
@case("content: a title inside the emlx's QP body altered")
def _(): sub1(519, "Gradient Projection Memory", "Gradient Projektion Memory")
@case("content: a title in an Asana cell altered")
def _(): wr(522, rd(522).replace("Evolving Reinforcement Learning Algorithms", "Evolving RL Algorithms"))
# ---- expected.json
@case("label: evidence link on a title-only record")
def _(): exp_edit(lambda e: rec(e, 517, "Synthesizer").update(evidence="link"))
@case("label: arXiv id on an arxiv-text record changed")
def _(): exp_edit(lambda e: rec(e, 522, "AgentBench").update(arxiv_id="2308.03689", true_arxiv_id="2308.03689"))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 521, "Deep Residual").update(openreview_id="uYLFoz1vlAC"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 523, "GPTQ").update(title="GPTQ"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 518).append(dict(rec(e, 518, "DreamBooth"))))
@case("label: a paper in two round50 files")
def _(): exp_edit(lambda e: recs(e, 526).append(dict(rec(e, 518, "DreamBooth"))))
@case("label: a paper at an even position")
def _(): exp_edit(lambda e: recs(e, 517).append({"arxiv_id": None, "openreview_id": None, "title": "Self-Supervised Variational Auto-Encoders", "evidence": "title-only", "true_arxiv_id": "2010.02014"}))
@case("label: position 1 used")
def _(): exp_edit(lambda e: recs(e, 517).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the odd-position run")
def _(): exp_edit(lambda e: recs(e, 520).remove(rec(e, 520, "XLNet")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: recs(e, 525).remove(rec(e, 525, "Language Models (Mostly)")))
@case("label: title-only share out of range")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for r in recs(e, 519) if r["evidence"] == "link"])
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("524_"))))

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
shutil.rmtree("/tmp/round50-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
