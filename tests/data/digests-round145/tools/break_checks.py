#!/usr/bin/env python3
"""Breaks a scratch copy of round145 (/tmp/round145-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round143's harness, with round145's cases; every digest is UTF-8 with LF line ends.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round145-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1467, 1477)}


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
 # 1467 textlint
 "1467 column off by one": sub(1467, "   5:20  error", "   5:21  error"),
 "1467 problem missing": sub(1467, r"\n  24:9 [^\n]*", "", regex=True),
 "1467 summary count": sub(1467, "✖ 5 problems (5 errors", "✖ 4 problems (4 errors"),
 "1467 message keeps its period": sub(1467, 'Disallow to use "！"  ', 'Disallow to use "！". '),
 "1467 text changed under a problem": sub(1467, "使えるかもしれません", "使えると考えられます"),
 "1467 cat -n numbering": sub(1467, "     7\t発表資料", "     8\t発表資料"),
 "1467 rows out of order": sub(1467, r"(\n   5:20 [^\n]*)(\n   7:35 [^\n]*)", r"\2\1", regex=True),
 "1467 wrong rule id": sub(1467, "ja-technical-writing/max-ten", "ja-technical-writing/max-comma"),
 "1467 exit status": sub(1467, "echo $?\n1\n", "echo $?\n0\n"),
 # 1468 LanguageTool
 "1468 offset shifted": sub(1468, '"offset": 354,', '"offset": 353,'),
 "1468 context cut differently": sub(1468, "...ок міркувань з'являється", "...к міркувань з'являється"),
 "1468 sentence from another line": sub(1468, '"sentence": "Цього тижня продовжуємо тему великих мовних моделей."', '"sentence": "Привіт усім!"'),
 "1468 match count": sub(1468, '"matches": 6', '"matches": 7'),
 "1468 replacement equals the flag": sub(1468, '"моделі",\n    "модель"', '"модели",\n    "модель"'),
 "1468 text edited after the check": sub(1468, "у великих модели.\n2.", "у великих моделях.\n2."),
 "1468 jq -r line": sub(1468, "1188\t15\tUK_SIMPLE_REPLACE_SOFT", "1188\t14\tUK_SIMPLE_REPLACE_SOFT"),
 "1468 match key order": sub(1468, '"message": "Це речення не починається з великої літери",\n  "shortMessage": "",', '"shortMessage": "",\n  "message": "Це речення не починається з великої літери",'),
 # 1469 MIT Scheme
 "1469 length wrong": sub(1469, "(length doc-list)\n;Value: 11", "(length doc-list)\n;Value: 10"),
 "1469 no error level": sub(1469, "2 error> (restart 1)", "1 ]=> (restart 1)"),
 "1469 restart menu": sub(1469, "; (RESTART 2) => Define lenght to a given value.\n", ""),
 "1469 map car misses one": sub(1469, '"Dataset Condensation with Gradient Matching" "Understanding', '"Understanding'),
 "1469 unstable sort": sub(1469, r"(1 Understanding[^\n]*\n)(1 A Fast[^\n]*\n)", r"\2\1", regex=True),
 "1469 banner": sub(1469, "  Release 12.1 || SF || LIAR/x86-64\n", "  Release 12.1\n"),
 "1469 unbalanced literal": sub(1469, '2 "phút 12 đến 40" video)))', '2 "phút 12 đến 40" video))'),
 "1469 no goodbye": sub(1469, ";Moriturus te saluto.\n", ""),
 # 1470 Argo
 "1470 duration mismatch": sub(1470, "Duration:            56 seconds", "Duration:            57 seconds"),
 "1470 progress": sub(1470, "Progress:            4/4", "Progress:            3/4"),
 "1470 pod name hash": sub(1470, "weekly-digest-8xk2p-render-markdown-2870356611  6s", "weekly-digest-8xk2p-render-markdown-28703566x1  6s"),
 "1470 header not %-20s": sub(1470, "Namespace:           reading", "Namespace:          reading"),
 "1470 log time goes back": sub(1470, "2024-05-14 00:00:44,310", "2024-05-14 00:00:40,310"),
 "1470 resolve summary": sub(1470, "title_only=3", "title_only=2"),
 "1470 tree branch": sub(1470, " └───✔ post", " ├───✔ post"),
 "1470 list table padding": sub(1470, "weekly-digest-r4m9c   Succeeded", "weekly-digest-r4m9c  Succeeded"),
 # 1471 CommaFeed
 "1471 date order": sub(1471, '"date": 1715364000000', '"date": 1715542000000'),
 "1471 inserted before date": sub(1471, '"insertedDate": 1715533320000', '"insertedDate": 1715531320000'),
 "1471 favicon path": sub(1471, '"iconUrl": "/rest/feed/favicon/9"', '"iconUrl": "/rest/feed/favicon/7"'),
 "1471 rtl flag": sub(1471, '"rtl": false', '"rtl": true'),
 "1471 tsv line": sub(1471, "Release notes from diffusers\tv0.27.2", "Release notes from diffusers\tv0.27.1"),
 "1471 jq layout": sub(1471, '\n  "hasMore": false,', '\n    "hasMore": false,'),
 "1471 entry key missing": sub(1471, '      "mediaDescription": null,\n', ""),
 # 1472 MinerU
 "1472 final newline": append(1472, "\n"),
 "1472 page gap": sub(1472, '"page_idx": 1\n    }\n]', '"page_idx": 3\n    }\n]'),
 "1472 text_level 2": sub(1472, '"text_level": 1,\n        "page_idx": 1', '"text_level": 2,\n        "page_idx": 1'),
 "1472 img_path short": sub(1472, r'"img_path": "images/([0-9a-f]{63})[0-9a-f]\.jpg"', r'"img_path": "images/\1.jpg"', regex=True),
 "1472 ascii escapes": sub(1472, "高效注意力与状态空间模型读书会", "\\u9ad8\\u6548注意力与状态空间模型读书会"),
 "1472 reference numbering": sub(1472, '"[5] ', '"[6] '),
 "1472 table row width": sub(1472, "<td>全体</td></tr></table>", "</tr></table>"),
 # 1473 Weblate
 "1473 fuzzy flag": sub(1473, '"state": 10,\n      "fuzzy": true', '"state": 10,\n      "fuzzy": false'),
 "1473 checksum": sub(1473, "checksum=696653eaf23a5e06", "checksum=696653eaf23a5e07"),
 "1473 num_words": sub(1473, r'("num_words": )(\d+)', lambda m: m.group(1) + str(int(m.group(2)) + 1), regex=True),
 "1473 statistics": sub(1473, '"translated_percent": 76.9', '"translated_percent": 76.0'),
 "1473 select lines": sub(1473, "13\t10\tNext meeting", "13\t20\tNext meeting"),
 "1473 link dropped in target": sub(1473, "](https://arxiv.org/abs/1910.10683) — το άρθρο", "] — το άρθρο"),
 "1473 position gap": sub(1473, '"position": 7,', '"position": 8,'),
 # 1474 Kanbn
 "1474 id not param case": sub(1474, "big-transfer-bi-t-general", "big-transfer-bit-general", count=0),
 "1474 done without completed": sub(1474, "completed: 2024-04-03T07:22:10.000Z\n", ""),
 "1474 head longer than 30": sub(1474, "## Comments\n\n\n==> .kanbn/tasks/delving", "## Comments\n\n- author: rohan\n\n==> .kanbn/tasks/delving"),
 "1474 ls order": sub(1474, "bi-tuning-of-pre-trained-representations.md\nbig-transfer-bi-t-general-visual-representation-learning.md\n", "big-transfer-bi-t-general-visual-representation-learning.md\nbi-tuning-of-pre-trained-representations.md\n"),
 "1474 relation to unknown task": sub(1474, "- [requires deep-residual-learning-for-image-recognition](deep-residual-learning-for-image-recognition.md)", "- [requires resnet](resnet.md)"),
 "1474 bad date": sub(1474, "created: 2024-04-20T10:05:00.000Z", "created: 2024-04-20 10:05"),
 "1474 task in two columns": sub(1474, "## Done\n\n", "## Done\n\n- [presentation-template](tasks/presentation-template.md)\n"),
 # 1475 VictoriaLogs
 "1475 time not trimmed": sub(1475, '"_time":"2024-05-08T01:34:32.01Z"', '"_time":"2024-05-08T01:34:32.010Z"'),
 "1475 unsorted": sub(1475, '"_time":"2024-05-07T01:12:08.512Z"', '"_time":"2024-05-09T01:12:08.512Z"'),
 "1475 stats count": sub(1475, '{"user":"ploy","items":"4"}', '{"user":"ploy","items":"5"}'),
 "1475 numeric value": sub(1475, '{"user":"mild","items":"3"}', '{"user":"mild","items":3}'),
 "1475 stream mismatch": sub(1475, '"host":"line-bot-01","level":"info","user":"bank"}', '"host":"line-bot-02","level":"info","user":"bank"}'),
 "1475 spaced JSON": sub(1475, '{"user":"bank","items":"2"}', '{"user": "bank", "items": "2"}'),
 "1475 error row extra field": sub(1475, '{"_time":"2024-05-12T01:16', '{"level":"error","_time":"2024-05-12T01:16'),
 # 1476 Salt (negative)
 "1476 changed count": sub(1476, "Succeeded: 11 (changed=2)", "Succeeded: 11 (changed=3)"),
 "1476 run time": sub(1476, "Total run time:   5.234 s", "Total run time:   5.243 s"),
 "1476 label misaligned": sub(1476, "    Function: pkg.installed", "   Function: pkg.installed"),
 "1476 motd differs": sub(1476, "    დავალება 3-ის ვადა: 2024-06-03 23:59\n    კითხვები", "    დავალება 3-ის ვადა: 2024-06-10 23:59\n    კითხვები"),
 "1476 Name equal to ID": sub(1476, "          ID: jupyterhub\n    Function: service.running\n", "          ID: jupyterhub\n    Function: service.running\n        Name: jupyterhub\n"),
 "1476 overlapping states": sub(1476, "Started: 10:14:02.932348", "Started: 10:14:02.532348"),
 "1476 catalogue title in the negative": sub(1476, "სემინარი „ტრანსფორმერები პრაქტიკაში“", "სემინარი „Consistency Models“", count=0),
 "1476 arXiv-shaped id in the negative": sub(1476, "დავალება 3-ის ვადა: 2024-06-03 23:59", "დავალება 3-ის ვადა: 2024-06-03 23:59 (2311.04567)", count=0),
 # labels
 "title-only paper gets an id in 1467": sub(1467, "- Do As I Can, Not As I Say: Grounding Language in Robotic Affordances\n", "- Do As I Can, Not As I Say: Grounding Language in Robotic Affordances (arXiv:2204.01691)\n"),
 "title-only paper gets a link in 1475": sub(1475, "Why Do Local Methods Solve Nonconvex Problems? (ยังไม่มีลิงก์)", "Why Do Local Methods Solve Nonconvex Problems? https://arxiv.org/abs/2103.13462"),
 "unlabelled catalogue id in 1470": sub(1470, "sheet=reading-2024-spring tab", "sheet=arXiv:1706.03762 tab"),
 "other file's title in 1471": sub(1471, "v0.27.2: Fix scheduler import and LoRA loading", "Segment Anything", count=0),
 "labelled title lost in 1472": sub(1472, "Transformer Quality in Linear Time", "Transformer Quality", count=0),
 "unlabelled OpenReview id in 1473": sub(1473, "https://huggingface.co/learn/nlp-course", "https://openreview.net/forum?id=M3Y74vmsMcY", count=0),
 "distractor title in 1474": sub(1474, "Presentation template", "Recurrent Memory Transformer", count=0),
 "arxiv-text id lost in 1469": sub(1469, "arXiv:2011.04419", "arXiv", count=0),
 "link lost in 1468": sub(1468, "https://arxiv.org/abs/2307.09288", "https://llama.meta.com/llama2/", count=0),
 "OpenReview link cut in 1472": sub(1472, "forum?id=uYLFoz1vlAC", "forum?id=uYLFoz1", count=0),
 "arxiv-text gets a link in 1475": sub(1475, "(arXiv:2101.03958)", "https://arxiv.org/abs/2101.03958"),
 "unknown valid-shaped id in 1474": sub(1474, "बड़े पैमाने पर प्री-ट्रेनिंग", "2311.04567 बड़े पैमाने पर प्री-ट्रेनिंग"),
 "label in the negative": exp_edit(lambda e: e[D[1476]].append(dict(e[D[1475]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1470]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1471]][1].update(title="Latent Diffusion Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1474]][1].update(true_arxiv_id="1512.03386", arxiv_id="1512.03386")),
 "paper in two files": exp_edit(lambda e: e[D[1469]].append(dict(e[D[1468]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1472]].append({"arxiv_id": None, "openreview_id": None, "title": "Segment Anything", "evidence": "title-only", "true_arxiv_id": "2304.02643"})),
 "too few papers": exp_edit(lambda e: [e[D[1473]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1467]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1475])),
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
