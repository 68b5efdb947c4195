#!/usr/bin/env python3
"""Breaks a scratch copy of round153 (/tmp/round153-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round151's harness, with round153's cases; every digest is UTF-8, 1555 without a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round153-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1547, 1557)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1547 BaseX
 "1547 count": sub(1547, "XQUERY count(//ronbun)\n8\n", "XQUERY count(//ronbun)\n9\n"),
 "1547 listing numbering": sub(1547, "\n3 [読書中] Transformer Quality", "\n4 [読書中] Transformer Quality"),
 "1547 no timing": sub(1547, "Query executed in 1.35 ms.\n", ""),
 "1547 entry state differs": sub(1547, '<ronbun no="4" joutai="読書中">', '<ronbun no="4" joutai="未読">'),
 "1547 no-url list": sub(1547, "\nGenerating Long Sequences with Sparse Transformers\nA Practical Survey on Faster and Lighter Transformers\nFast Inference from Transformers via Speculative Decoding\nQuery executed in 2.46", "\nGenerating Long Sequences with Sparse Transformers\nFast Inference from Transformers via Speculative Decoding\nQuery executed in 2.46"),
 "1547 error format": sub(1547, "Stopped at ., 1/44:", "Error at 44:"),
 "1547 entry url differs": sub(1547, "<url>https://openreview.net/forum?id=rkgNKkHtvB</url>", "<url>https://openreview.net/forum?id=rkgNKkHtvB&amp;noteId=x1</url>"),
 "1547 no EXIT": sub(1547, "> EXIT\nSee you.\n", ""),
 "1547 filter": sub(1547, "return $r/title/string()\nFunnel-Transformer", "return $r/title/string()\nTransformer Quality in Linear Time\nFunnel-Transformer"),
 # 1548 OpenAIRE
 "1548 pageSize": sub(1548, '"pageSize": 10\n', '"pageSize": 9\n'),
 "1548 header layout": sub(1548, '  "numFound": 21873,', '  "numFound" : 21873,'),
 "1548 tsv type": sub(1548, "software\t2022-03-28", "code\t2022-03-28"),
 "1548 listing title": sub(1548, "\nTowards Domain-Agnostic Contrastive Learning\n  url:", "\nTowards Domain Agnostic Contrastive Learning (ICML)\n  url:"),
 "1548 full result title": sub(1548, '"mainTitle": "Bi-tuning of Pre-trained Representations"', '"mainTitle": "Bi-tuning"'),
 "1548 author ranks": sub(1548, '"rank": 3,', '"rank": 4,'),
 "1548 arXiv pid shape": sub(1548, "pid: arXiv:2106.08254", "pid: arXiv:BEiT-2106"),
 "1548 curl output": sub(1548, "-o oa_ssl.json\n", "-o oa_ssl.json\n% Total    % Received\n"),
 # 1549 Metaflow
 "1549 banner": sub(1549, "    The graph looks good!\n", ""),
 "1549 time goes back": sub(1549, "2024-06-03 10:15:05.063", "2024-06-03 10:15:04.063"),
 "1549 pid changes": sub(1549, "[1717377302118347/fetch/5 (pid 48231)] Task finished", "[1717377302118347/fetch/5 (pid 48232)] Task finished"),
 "1549 foreach count": sub(1549, "Foreach yields 8 child steps.", "Foreach yields 9 child steps."),
 "1549 join summary": sub(1549, "arXiv 링크 4편, id만 1편, 제목만 3편", "arXiv 링크 5편, id만 0편, 제목만 3편"),
 "1549 too many workers": sub(1549, "--max-workers 4", "--max-workers 3"),
 "1549 writes after finish": sub(1549, r"(\n[^\n]*fetch/9 \(pid 48251\)\] Task finished successfully\.\n)", r"\1" + "2024-06-03 10:15:12.490 [1717377302118347/fetch/9 (pid 48251)]     늦은 줄\n", regex=True),
 "1549 run-id": sub(1549, "[1717377302118347/join/10", "[1717377302118348/join/10"),
 "1549 no Done": sub(1549, r"\n[^\n]* Done!\n", "\n", regex=True),
 # 1550 GNU parallel
 "1550 Title padding": sub(1550, "cqd_iclr21.pdf\tTitle:          Complex", "cqd_iclr21.pdf\tTitle:         Complex"),
 "1550 Exitval": sub(1550, "\t0\t0\tpdfinfo diffwave.pdf", "\t0\t1\t0\tpdfinfo diffwave.pdf".replace("\t0\t1", "\t1")),
 "1550 Receive bytes": sub(1550, "\t0\t74\t0\t0\tpdfinfo diffwave.pdf", "\t0\t75\t0\t0\tpdfinfo diffwave.pdf"),
 "1550 joblog order": sub(1550, r"(4\t:\t[^\n]*\n)(3\t:\t[^\n]*\n)", r"\2\1", regex=True),
 "1550 -k order": sub(1550, r"(cot_neurips22\.pdf\t[^\n]*\n)(cqd_iclr21\.pdf\t[^\n]*\n)", r"\2\1", regex=True),
 "1550 runtime format": sub(1550, "\t     0.049\t", "\t0.049\t"),
 "1550 notes head": sub(1550, "הערות/cqd.md\t# Complex", "הערות/cqd.md\tComplex"),
 "1550 output for a failed job": sub(1550, "3dgs_siggraph23_lowres.pdf\tTitle:", "2307.15043.pdf\tTitle:          Universal and Transferable Adversarial Attacks on Aligned Language Models\n3dgs_siggraph23_lowres.pdf\tTitle:"),
 # 1551 XSPF
 "1551 vlc:id": sub(1551, "<vlc:id>3</vlc:id>", "<vlc:id>4</vlc:id>"),
 "1551 tid list": sub(1551, '\t\t<vlc:item tid="9"/>\n', ""),
 "1551 raw Cyrillic in location": sub(1551, "file:///home/oksana/%D0%90%D1%83%D0%B4%D1%96%D0%BE/", "file:///home/oksana/Аудіо/"),
 "1551 space in location": sub(1551, "textual%20inversion.mp3", "textual inversion.mp3"),
 "1551 spaces for tabs": sub(1551, "\t\t\t<duration>", "      <duration>"),
 "1551 trackNum": sub(1551, "<trackNum>5</trackNum>", "<trackNum>6</trackNum>"),
 "1551 broken XML": sub(1551, "</annotation>", "</Annotation>"),
 "1551 element order": sub(1551, r"(\t\t\t<location>[^\n]*\n)(\t\t\t<title>[^\n]*\n)", r"\2\1", regex=True),
 # 1552 COinS
 "1552 bare ampersand": sub(1552, "url_ver=Z39.88-2004&amp;ctx_ver", "url_ver=Z39.88-2004&ctx_ver"),
 "1552 atitle differs": sub(1552, "rft.atitle=Segment%20Anything", "rft.atitle=Segment%20Anything%20Model"),
 "1552 date differs": sub(1552, "rft.date=2019", "rft.date=2020"),
 "1552 authors differ": sub(1552, "&amp;rft.au=Quoc%20V.%20Le", ""),
 "1552 ctx version": sub(1552, "ctx_ver=Z39.88-2004", "ctx_ver=Z39.88-2003"),
 "1552 count": sub(1552, "<p>บทความ 8 เรื่อง", "<p>บทความ 9 เรื่อง"),
 "1552 unbalanced": sub(1552, "</li>\n</ol>", "</ol>"),
 "1552 not encoded": sub(1552, "rft.btitle=ICCV%202015", "rft.btitle=ICCV 2015"),
 # 1553 WP-CLI
 "1553 table padding": sub(1553, "| 395 | قراءات الأسبوع 21: التحسين والتعميم                   |", "| 395 | قراءات الأسبوع 21: التحسين والتعميم                  |"),
 "1553 border": sub(1553, "+-----+-------------------------------------------------------+---------------------+-------------+\n| ID", "+----+-------------------------------------------------------+---------------------+-------------+\n| ID"),
 "1553 date order": sub(1553, "| 2024-05-20 18:15:02 |", "| 2024-05-29 18:15:02 |"),
 "1553 unclosed block": sub(1553, "<!-- /wp:heading -->\n", "\n"),
 "1553 block attributes": sub(1553, '<!-- wp:heading {"level":3} -->', '<!-- wp:heading {level:3} -->'),
 "1553 csv quoting": sub(1553, '1187,"مريم الحسن",', "1187,مريم الحسن,"),
 "1553 meta of another post": sub(1553, "| 418     | reading_week", "| 409     | reading_week"),
 "1553 comment before post": sub(1553, '"2024-06-02 22:05:41"', '"2024-06-01 22:05:41"'),
 # 1554 QuickJS
 "1554 length": sub(1554, "qjs > L.length\n9\n", "qjs > L.length\n8\n"),
 "1554 forEach line": sub(1554, "\n5 Efficient Estimation", "\n5  Efficient Estimation"),
 "1554 filter list": sub(1554, '[ "Deep contextualized word representations", ', '[ '),
 "1554 count": sub(1554, 'startsWith("https://arxiv.org")).length\n3\n', 'startsWith("https://arxiv.org")).length\n4\n'),
 "1554 object literal": sub(1554, '{ title: "The Power', '{ "title": "The Power'),
 "1554 error message": sub(1554, "TypeError: cannot read property 'title' of undefined", "TypeError: L[9] is undefined"),
 "1554 file not JSON": sub(1554, '"note": "ELMo, NAACL 2018"}', '"note": "ELMo, NAACL 2018",}'),
 "1554 no quit": sub(1554, "qjs > \\q\n", ""),
 # 1555 Tab Session Manager
 "1555 final newline": append(1555, "\n"),
 "1555 pretty JSON": sub(1555, '[{"windows":{', '[{"windows": {'),
 "1555 tabsNumber": sub(1555, '"tabsNumber":12', '"tabsNumber":13'),
 "1555 tab index": sub(1555, '"index":2,', '"index":3,'),
 "1555 windowId": sub(1555, '"width":1920,"windowId":2}', '"width":1920,"windowId":1}'),
 "1555 window title": sub(1555, '"title":"[2106.01345] Decision Transformer: Reinforcement Learning via Sequence Modeling — Mozilla Firefox"', '"title":"Mozilla Firefox"'),
 "1555 session id": sub(1555, r'"id":"[0-9a-f]{8}-', '"id":"zzzzzzzz-', regex=True),
 "1555 accessed after save": sub(1555, r'"lastAccessed":\d+', '"lastAccessed":1817392645123', regex=True),
 # 1556 Lmod
 "1556 header width": sub(1556, "----------------------------- /appl/modulefiles/ml -----------------------------", "---------------------------- /appl/modulefiles/ml -----------------------------"),
 "1556 column layout": sub(1556, "   cuda/11.8.0            nccl/2.20.5", "   cuda/11.8.0           nccl/2.20.5"),
 "1556 two defaults": sub(1556, "pytorch/2.2  ", "pytorch/2.2 (D)"),
 "1556 spider versions": sub(1556, "        pytorch/2.2\n", ""),
 "1556 list numbering": sub(1556, "3) cuda/12.1.1", "4) cuda/12.1.1"),
 "1556 whatis padding": sub(1556, "vllm/0.4.3          : Version", "vllm/0.4.3 : Version"),
 "1556 catalogue title in the negative": sub(1556, "Kielimallien nopea päättely", "Fast Inference from Transformers via Speculative Decoding; nopea päättely"),
 "1556 arXiv-shaped id in the negative": sub(1556, "llama-cpp/b3091", "llama-cpp/2405.12345"),
 # labels
 "title-only paper gets an id in 1549": sub(1549, "제목만 (준호 추천, 링크 없음 — phi-1 보고서)", "arXiv:2306.11644 (준호 추천)"),
 "title-only paper gets a link in 1552": sub(1552, "<i>ECCV 2020</i>", '<a href="https://arxiv.org/abs/1912.11370">ECCV 2020</a>'),
 "unlabelled catalogue id in 1551": sub(1551, "лише для повторення", "лише для повторення, див. 1706.03762"),
 "other file's title in 1553": sub(1553, "ومحاضرة الأسبوع الماضي أدناه", "وورقة Segment Anything"),
 "labelled title lost in 1547": sub(1547, "Generating Long Sequences with Sparse Transformers", "Sparse Transformers", count=0),
 "unlabelled OpenReview id in 1554": sub(1554, "https://huggingface.co/learn/nlp-course/chapter1/1", "https://openreview.net/forum?id=tcbBPnfwxS"),
 "distractor title in 1550": sub(1550, "הרצאה 7 — כימות, דחיסה ומודלי מרחב-מצב (שקפים)", "Recurrent Memory Transformer"),
 "arxiv-text id lost in 1555": sub(1555, "2101.03958", "2101.0395", count=0),
 "link lost in 1548": sub(1548, "http://arxiv.org/abs/2103.03230", "https://github.com/facebookresearch/barlowtwins", count=0),
 "OpenReview link cut in 1550": sub(1550, "forum?id=_VjQlMeSB_J", "forum?id=_VjQl"),
 "arxiv-text gets a link in 1554": sub(1554, '"arXiv:2104.08691"', '"https://arxiv.org/abs/2104.08691"', count=0),
 "unknown valid-shaped id in 1556": sub(1556, "open_clip 2.24.0", "open_clip 2311.99999"),
 "label in the negative": exp_edit(lambda e: e[D[1556]].append(dict(e[D[1555]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1551]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1553]][1].update(title="RT-2")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1547]][1].update(true_arxiv_id="2202.10448", arxiv_id="2202.10448")),
 "paper in two files": exp_edit(lambda e: e[D[1549]].append(dict(e[D[1554]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1552]].append({"arxiv_id": None, "openreview_id": None, "title": "Masked Autoencoders Are Scalable Vision Learners", "evidence": "title-only", "true_arxiv_id": "2111.06377"})),
 "too few papers": exp_edit(lambda e: [e[D[1550]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1548]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1551])),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
