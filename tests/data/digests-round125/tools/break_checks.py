#!/usr/bin/env python3
"""Breaks a scratch copy of round125 (/tmp/round125-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round123's harness, with round125's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round125-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1267, 1277)}


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


def json_edit(n, f, dump):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        d = json.loads(open(p, "rb").read().decode("utf-8")); f(d)
        open(p, "wb").write(dump(d).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


compact = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))
CASES = {
 # 1267 Google Custom Search
 "1267 not Google's JSON form (raw =)": sub(1267, "watch?v\\u003dQm7kLx2VfJ0\",\n", "watch?v=Qm7kLx2VfJ0\",\n"),
 "1267 no final newline": sub(1267, r"\}\n$", "}", regex=True),
 "1267 count not the items": sub(1267, '"count": 10,', '"count": 9,'),
 "1267 formattedTotalResults wrong": sub(1267, '"formattedTotalResults": "1,230"', '"formattedTotalResults": "1230"'),
 "1267 displayLink wrong": sub(1267, '"displayLink": "cvlab.example.edu.tw"', '"displayLink": "example.edu.tw"'),
 "1267 htmlTitle without bold": sub(1267, '"htmlTitle": "[2006.11239] Denoising \\u003cb\\u003eDiffusion\\u003c/b\\u003e Probabilistic Models"', '"htmlTitle": "[2006.11239] Denoising Diffusion Probabilistic Models"'),
 "1267 long title not cut": json_edit(1267, lambda d: d["items"][0].update(title="[2112.10752] High-Resolution Image Synthesis with Latent Diffusion Models", htmlTitle="[2112.10752] High-Resolution Image Synthesis with Latent \u003cb\u003eDiffusion\u003c/b\u003e Models"), lambda d: json.dumps(d, ensure_ascii=False, indent=2).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("=", "\\u003d").replace("'", "\\u0027") + "\n"),
 "1267 citation_arxiv_id differs": sub(1267, '"citation_arxiv_id": "2006.11239"', '"citation_arxiv_id": "2006.11293"'),
 # 1268 Jina
 "1268 result numbers out of order": sub(1268, "[3] Title: ", "[4] Title: "),
 "1268 Description line missing": sub(1268, "[4] Description: 한빛대학교 자연어처리 연구실 세미나 일정\n", ""),
 "1268 underline not 15": sub(1268, "Computer Science > Computation and Language\n===============", "Computer Science > Computation and Language\n============"),
 "1268 bullet written '- '": sub(1268, "*   [AI 산업]", "- [AI 산업]"),
 "1268 images misnumbered": sub(1268, "![Image 2: 세미나 일정표]", "![Image 3: 세미나 일정표]"),
 "1268 table row short": sub(1268, "| 3/21 | 정민호 | 튜토리얼: LangChain으로 에이전트 만들기 | 논문 아님, 실습 |", "| 3/21 | 정민호 | 튜토리얼: LangChain으로 에이전트 만들기 |"),
 "1268 bad Published Time": sub(1268, "[3] Published Time: 2023-08-09T14:21:00+09:00", "[3] Published Time: 2023.08.09 14:21"),
 # 1269 wrangler tail
 "1269 banner changed": sub(1269, " ⛅️ wrangler 3.57.1", "wrangler 3.57.1"),
 "1269 event time format": sub(1269, "Ok @ 14.05.2024, 09:03:15", "Ok @ 5/14/2024, 9:03:15 AM"),
 "1269 times out of order": sub(1269, "Ok @ 14.05.2024, 09:12:03", "Ok @ 14.05.2024, 08:12:03"),
 "1269 event after expiry": sub(1269, "expires at 2024-05-14T12:58:02Z", "expires at 2024-05-14T06:58:02Z"),
 "1269 stored numbers skip": sub(1269, "додано #44:", "додано #45:"),
 "1269 JSON log not stringify's": sub(1269, '{"update_id":851234567,"from":"oksana_mel"', '{"update_id": 851234567, "from":"oksana_mel"'),
 "1269 title-only warning with a link": sub(1269, 'лише назву: "The Power of Scale for Parameter-Efficient Prompt Tuning"', 'лише назву: "The Power of Scale for Parameter-Efficient Prompt Tuning" https://example.org/x'),
 "1269 other worker": sub(1269, "GET https://chytanka-bot.nlp-kpi.workers.dev/api/list?format=json - Ok @ 14.05.2024, 09:12:03", "GET https://digest-bot.nlp-kpi.workers.dev/api/list?format=json - Ok @ 14.05.2024, 09:12:03"),
 "1269 stray line": sub(1269, "  (log) букмарклет: andrii_k", "(log) букмарклет: andrii_k"),
 # 1270 pdb
 "1270 pp not pprint's layout": sub(1270, "  'shirshak': 'BART: Denoising Sequence-to-Sequence Pre-training for Natural '\n              'Language", "  'shirshak': 'BART: Denoising Sequence-to-Sequence Pre-training for Natural '\n             'Language"),
 "1270 p i wrong": sub(1270, "(Pdb) p i\n6\n", "(Pdb) p i\n5\n"),
 "1270 program output wrong": sub(1270, "4. Exploring the Limits", "4. Exploring The Limits"),
 "1270 no post-mortem lines": sub(1270, "Uncaught exception. Entering post mortem debugging\n", ""),
 "1270 l marks wrong line": sub(1270, " 32  \t    for i, p", " 32  ->\t    for i, p"),
 "1270 w frames differ": sub(1270, "  /usr/lib/python3.10/bdb.py(597)run()", "  /usr/lib/python3.10/bdb.py(598)run()"),
 "1270 list comprehension answer wrong": sub(1270, "['Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks', 'Deep", "['Deep"),
 "1270 p p not repr": sub(1270, "(Pdb) p p\n{'shirshak'", "(Pdb) p p\n{\"shirshak\""),
 # 1271 dbg
 "1271 no trailing comma": sub(1271, '            "https://arxiv.org/abs/2205.14135",\n', '            "https://arxiv.org/abs/2205.14135"\n'),
 "1271 indentation off": sub(1271, "        arxiv: None,\n        simeiosi: \"Παρουσίαση", "       arxiv: None,\n        simeiosi: \"Παρουσίαση"),
 "1271 Some on one line": sub(1271, 'url: Some(\n            "https://arxiv.org/pdf/2006.16236v3",\n        ),', 'url: Some("https://arxiv.org/pdf/2006.16236v3"),'),
 "1271 count wrong": sub(1271, ".count() = 5", ".count() = 4"),
 "1271 stdout line missing": sub(1271, "Dao-AILab/flash-attention <https://github.com/Dao-AILab/flash-attention>\n", ""),
 "1271 unescaped quote": sub(1271, 'Επισκόπηση \\"για αρχάριους\\"', 'Επισκόπηση "για αρχάριους"'),
 "1271 warning summary count": sub(1271, "generated 1 warning", "generated 2 warnings"),
 "1271 panic lines changed": sub(1271, "called `Option::unwrap()` on a `None` value", "called `Result::unwrap()` on an `Err` value"),
 # 1272 defaults read
 "1272 raw Arabic": sub(1272, "\\U0643\\U0648\\U062f SigLIP", "كود SigLIP"),
 "1272 keys not sorted": sub(1272, r"(    CloudSyncToken = [^\n]*\n)(    LastExportPath = [^\n]*\n)", r"\2\1", regex=True),
 "1272 needless quotes": sub(1272, "kind = repo;", 'kind = "repo";'),
 "1272 missing quotes": sub(1272, 'title = "google-research/big_vision";', "title = google-research/big_vision;"),
 "1272 array indentation": sub(1272, "    Archive =     (\n                {", "    Archive = (\n                {"),
 "1272 missing comma": sub(1272, "                siglip,\n                vlm", "                siglip\n                vlm"),
 "1272 lone surrogate": sub(1272, "\\Ud83d\\Udccc", "\\Ud83d"),
 "1272 data length wrong": sub(1272, "{length = 16, bytes", "{length = 15, bytes"),
 # 1273 litecli
 "1273 NULL written NULL": sub(1273, "| <null>    |", "| NULL      |"),
 "1273 rows count wrong": sub(1273, "8 rows in set", "7 rows in set"),
 "1273 cell misaligned": sub(1273, "| 2          | Minh  |", "| 2         | Minh  |"),
 "1273 no Time line": sub(1273, "Time: 0.001s\n", ""),
 "1273 banner changed": sub(1273, "GitHub: https://github.com/dbcli/litecli\n", ""),
 "1273 column too wide": sub(1273, "+------------+\n| name       |\n+------------+\n| bai_bao    |\n| ghi_chu    |\n| tai_nguyen |\n+------------+", "+-------------+\n| name        |\n+-------------+\n| bai_bao     |\n| ghi_chu     |\n| tai_nguyen  |\n+-------------+"),
 "1273 no Goodbye": sub(1273, "Goodbye!\n", ""),
 # 1274 Task Coach
 "1274 not well-formed": sub(1274, "</description>\n<attachment", "\n<attachment"),
 "1274 attributes out of order": sub(1274, '<task creationDateTime="2024-04-16 11:31:55.260000" duedate="2024-05-24 23:59:00"', '<task duedate="2024-05-24 23:59:00" creationDateTime="2024-04-16 11:31:55.260000"'),
 "1274 completion without 100": sub(1274, 'completiondate="2024-04-21 10:12:00" creationDateTime="2024-04-19 13:00:00.000000" id="b9a47a7c-315d-11ef-b67f-3c7c3f1a2b4d" modificationDateTime="2024-04-21 10:12:36.298000" percentageComplete="100"', 'completiondate="2024-04-21 10:12:00" creationDateTime="2024-04-19 13:00:00.000000" id="b9a47a7c-315d-11ef-b67f-3c7c3f1a2b4d" modificationDateTime="2024-04-21 10:12:36.298000" percentageComplete="90"'),
 "1274 effort backwards": sub(1274, 'start="2024-05-08 10:00:00" status="1" stop="2024-05-08 12:15:00"', 'start="2024-05-08 12:15:00" status="1" stop="2024-05-08 10:00:00"'),
 "1274 category names no task": sub(1274, 'categorizables="4e03a3df-ac6a-11ef-bb39-3c7c3f1a2b4d', 'categorizables="4e03a3df-ac6a-11ef-bb39-3c7c3f1a2b4e'),
 "1274 indented element": sub(1274, "\n<effort id=\"0cda7ac0", "\n  <effort id=\"0cda7ac0"),
 "1274 bad date": sub(1274, 'duedate="2024-05-30 23:59:00" id="edd6bbd3', 'duedate="30.05.2024" id="edd6bbd3'),
 "1274 id not uuid1": sub(1274, 'id="86e963f5-53c9-11ef-9b84-3c7c3f1a2b4d"', 'id="86e963f5-53c9-41ef-9b84-3c7c3f1a2b4d"'),
 # 1275 Quizlet
 "1275 final newline": append(1275, "\n"),
 "1275 two tabs": sub(1275, "RBM\tRestricted", "RBM\t\tRestricted"),
 "1275 no tab": sub(1275, "t-norma\tGeneralização", "t-norma Generalização"),
 "1275 term twice": sub(1275, "Papers with Code\tSite", "RBM\tSite"),
 # 1276 jj log
 "1276 two @": sub(1276, "◉  ooxsxpyt", "@  ooxsxpyt"),
 "1276 bad change id": sub(1276, "lusmxrxm", "lusmxrx1"),
 "1276 mutable below immutable": sub(1276, "◆  rumulnun", "◉  rumulnun"),
 "1276 times not newest first": sub(1276, "2024-05-10 09:03:12", "2024-05-15 09:03:12"),
 "1276 description misaligned": sub(1276, "│  requirements.txt", "│ requirements.txt"),
 "1276 merge not closed": sub(1276, "├─╯  第4回", "│ │  第4回"),
 "1276 catalogue title in the negative": sub(1276, "第5回: Transformer 実装課題", "第5回: Attention Is All You Need の実装課題"),
 "1276 arXiv id in the negative": sub(1276, "torch 2.3.0 / torchvision", "torch 2.3.0 (see 2106.09685) / torchvision"),
 "1276 arXiv link in the negative": sub(1276, "d2l.ai（日本語版）", "https://arxiv.org/abs/1512.03385"),
 # labels
 "title-only paper gets a link in 1273": sub(1273, "| 7  | Smooth Adversarial Training                                                                 | <null>                             |", "| 7  | Smooth Adversarial Training                                                                 | https://arxiv.org/abs/2006.14536   |"),
 "unlabelled catalogue id in 1275": sub(1275, "(CIDEr)", "(CIDEr; arXiv:1706.03762)"),
 "other file's title in 1274": sub(1274, "Murat Hoca önerdi;", "Murat Hoca önerdi; Consistency Models da okunacak;"),
 "labelled title lost in 1269": sub(1269, "Fast Inference from Transformers via Speculative Decoding", "Speculative Decoding", count=0),
 "unlabelled OpenReview id in 1268": sub(1268, "https://python.langchain.com/docs/modules/agents/", "https://openreview.net/forum?id=WE_vluYUL-X"),
 "distractor title in 1271": sub(1271, '"Κλασικό, OpenAI 2019"', '"Κλασικό, OpenAI 2019; βλ. Recurrent Memory Transformer"'),
 "arxiv-text id lost in 1274": sub(1274, "arXiv:2103.13462", "arXiv", count=0),
 "link lost in 1272": sub(1272, "https://arxiv.org/abs/2103.03230", "https://barlow.example.org/paper", count=0),
 "OpenReview link cut in 1270": sub(1270, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZ", count=0),
 "arxiv-text gets a link in 1267": sub(1267, "（arXiv:2302.05543）\\n作者", "（https://arxiv.org/abs/2302.05543）\\n作者"),
 "unlabelled valid-shaped id in 1276": sub(1276, "fetch_adult.py", "fetch_adult.py (zenodo 2301.00002)"),
 "Google-escaped unlabelled title in 1267": sub(1267, "下次（5/16）", "下次（5/16）Attention Is All You Need \\u0026 "),
 "plist-escaped unlabelled title in 1272": sub(1272, '"\\U0628\\U0637\\U0627\\U0642\\U0629', '"Segment\\U0020Anything \\U0628\\U0637\\U0627\\U0642\\U0629'),
 "pprint-split unlabelled title in 1270": sub(1270, "  'tippani': 'कोड है, पेपर नहीं'},", "  'tippani': 'कोड है, पेपर नहीं Attention Is All '\n             'You Need'},"),
 "Rust-escaped unlabelled title in 1271": sub(1271, '"NeurIPS 2020"', '"NeurIPS 2020, cf. \\"Attention Is All You Need\\""'),
 "expected: wrong evidence": exp_edit(lambda e: first(1267)(e)[1].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1268)(e)[5].update(arxiv_id="2206.07682")),
 "expected: wrong title": exp_edit(lambda e: first(1271)(e)[1].update(title="FlashAttention")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1270)(e)[0].update(openreview_id="cYr2OPNyTz7")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1272)(e).pop(1)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1276]].append(dict(first(1267)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1275)(e).append(dict(first(1270)(e)[2]))),
 "expected: too few papers": exp_edit(lambda e: [first(1274)(e).pop() for _ in range(2)]),
 "expected: even-position paper added": exp_edit(lambda e: first(1273)(e).append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
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
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
