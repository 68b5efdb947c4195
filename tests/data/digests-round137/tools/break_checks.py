#!/usr/bin/env python3
"""Breaks a scratch copy of round137 (/tmp/round137-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round135's harness, with round137's cases; 1396 is CR LF; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round137-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1387, 1397)}


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
 # 1387 pdfgrep
 "1387 ls listing out of order": sub(1387, "He_ICCV2015_PReLU.pdf\nhuong_dan", "huong_dan_trinh_bay_luan_van_2024.pdf\nHe_ICCV2015_PReLU.pdf\nhuong_dan_DROP"),
 "1387 line that does not match": sub(1387, "15:Hàm kích hoạt PReLU [4] và cách khởi tạo trọng số “He”", "15:Hàm kích hoạt PReLU [4] và cách khởi tạo trọng số He"),
 "1387 pages out of order": sub(1387, "72:TMLR, 2022.", "70:TMLR, 2022."),
 "1387 file name missing with several files": sub(1387, "tailieu/1912.11370v3.pdf:1:arXiv:1912.11370v3", "1:arXiv:1912.11370v3"),
 "1387 a matching line left out": sub(1387, "14:và đặc biệt là ResNet [3] với “khối dư” (residual block) cho phép huấn luyện mạng hơn 100 lớp.\n", ""),
 "1387 -c line missing": sub(1387, "tailieu/d2l-vi-chuong7.pdf:1\n", ""),
 "1387 -c count too low": sub(1387, "LuanVan_ThuHa_v7.pdf:3\n", "LuanVan_ThuHa_v7.pdf:0\n"),
 "1387 -m exceeded": sub(1387, "1:Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification\nthuha", "1:Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification\n1:Rectifiers again\nthuha"),
 "1387 no final prompt": sub(1387, "thuha@lab-may3:~/luanvan$ \n", ""),
 # 1388 git shortlog
 "1388 -sn not sorted": sub(1388, "    23\tОксана Мельник\n    17\tАндрій Ткаченко\n", "    17\tАндрій Ткаченко\n    23\tОксана Мельник\n"),
 "1388 -sn not %6d": sub(1388, "    23\tОксана Мельник", "23\tОксана Мельник"),
 "1388 counts do not sum": sub(1388, "\n68\n", "\n69\n"),
 "1388 block count wrong": sub(1388, "Ірина Коваль (4):", "Ірина Коваль (5):"),
 "1388 authors not in byte order": sub(1388, r"(Ірина Коваль \(4\):\n(?:      .*\n)+\n)(Андрій Ткаченко \(3\):\n(?:      .*\n)+\n)", r"\2\1", regex=True),
 "1388 subject not six spaces in": sub(1388, "      Перенести ELMo", "    Перенести ELMo"),
 "1388 blank line lost": sub(1388, "класика\n      Додати fastText до статей\n      Revert \"Додати fastText до статей\"\n\n", "класика\n      Додати fastText до статей\n      Revert \"Додати fastText до статей\"\n"),
 "1388 more commits since than in all": sub(1388, "     6\tБогдан Савчук", "     2\tБогдан Савчук"),
 # 1389 osascript
 "1389 tab count wrong": sub(1389, "front window'\n7\n", "front window'\n8\n"),
 "1389 URL list broken": sub(1389, "https://arxiv.org/abs/2208.12242, https://www.timothybrooks.com", "https://arxiv.org/abs/2208.12242 https://www.timothybrooks.com"),
 "1389 error range outside the script": sub(1389, "33:61: execution error", "33:99: execution error"),
 "1389 source form unbalanced": sub(1389, "missing value, missing value}}", "missing value, missing value}"),
 "1389 names differ from the source form": sub(1389, ", ゼミのスライドを先生に送る（5/20まで）\nmisaki", ", ゼミのスライドを送る（5/20まで）\nmisaki"),
 "1389 unescaped quote in source form": sub(1389, '\\"S*\\"', '"S*"'),
 "1389 two output lines": sub(1389, "count tabs of front window'\n7\n", "count tabs of front window'\n7\n\n"),
 # 1390 AnyStyle
 "1390 jq layout four spaces": sub(1390, '\n    "author": [\n      {\n        "family": "BELTAGY"', '\n      "author": [\n      {\n        "family": "BELTAGY"'),
 "1390 value not in its reference": sub(1390, '"4271–4282"', '"4271–4283"'),
 "1390 field not an array": sub(1390, '"genre": [\n      "Praca magisterska"\n    ]', '"genre": "Praca magisterska"'),
 "1390 type not last": sub(1390, '    "type": "thesis"\n  }\n]', '    "type": "thesis",\n    "x": ["2023"]\n  }\n]'),
 "1390 reference dropped from cat": sub(1390, "NOWAK, Tomasz. Uczenie głębokie w praktyce. Warszawa: Wydawnictwo Naukowe PWN, 2021. ISBN 978-83-01-21734-5.\n", ""),
 "1390 type counts wrong": sub(1390, "      5 paper-conference", "      4 paper-conference"),
 "1390 no-URL list wrong": sub(1390, "Uczenie głębokie w praktyce\nNot All", "Not All"),
 # 1391 Perl debugger
 "1391 prompt number grows after n": sub(1391, "  DB<6> x map", "  DB<7> x map"),
 "1391 prompt number does not grow": sub(1391, "  DB<3> p scalar @papers", "  DB<2> p scalar @papers"),
 "1391 scalar @papers wrong": sub(1391, "p scalar @papers\n9\n", "p scalar @papers\n8\n"),
 "1391 raw Hindi in an x dump": sub(1391, "'note' => \"ID \\x{939}\\x{948}", "'note' => \"ID है"),
 "1391 hash keys unsorted": sub(1391, "   'id' => '2304.03442'\n   'link' => ''\n", "   'link' => ''\n   'id' => '2304.03442'\n"),
 "1391 dumped hash not a TSV row": sub(1391, "   'note' => 'ICLR 2023, ReAct'", "   'note' => 'ICLR 2023'"),
 "1391 banner changed": sub(1391, "Editor support available.", "Editor support not available."),
 "1391 listing disagrees with location": sub(1391, "20:\tmy @bina_link = grep { $_->{link} eq '' } @papers;", "20:\tmy @bina_link = grep { !$_->{link} } @papers;"),
 "1391 breakable mark on a comment": sub(1391, "19\t# जिनका", "19:\t# जिनका"),
 # 1392 Passenger
 "1392 time goes back": sub(1392, "[14/May/2024:09:28:21 +0300]", "[14/May/2024:09:18:21 +0300]"),
 "1392 raw Arabic in a URI": sub(1392, "GET /papers?tag=%D9%86%D9%85%D8%A7%D8%B0%D8%AC+%D9%84%D8%BA%D9%88%D9%8A%D8%A9 HTTP", "GET /papers?tag=نماذج+لغوية HTTP"),
 "1392 Logger pid differs": sub(1392, "#41266]  INFO -- : بدء", "#41267]  INFO -- : بدء"),
 "1392 Logger padding lost": sub(1392, "#41266]  INFO -- : بدء", "#41266] INFO -- : بدء"),
 "1392 POST without log line": sub(1392, r"App 41266 output: I, \[2024-05-14T09:26:41[^\n]*\n", "", regex=True),
 "1392 500 without the error block": sub(1392, r"App 41266 output: 2024-05-14 09:21:07 - NoMethodError.*?(?=App 41266 output: 10\.20\.0\.31)", "", regex=True),
 "1392 core pid differs": sub(1392, "Passenger core online, PID 41210", "Passenger core online, PID 41211"),
 "1392 not a log line": sub(1392, "App 41266 output: 10.20.0.22 - - [14/May/2024:09:28:49", "10.20.0.22 - - [14/May/2024:09:28:49"),
 "1392 no shutdown": sub(1392, "[ N 2024-05-14 10:07:00.3110 41207/T1 age/Wat/WatchdogMain.cpp:1544 ]: Passenger watchdog shutdown finished\n", ""),
 # 1393 OpenGrok
 "1393 resultCount wrong": sub(1393, '"resultCount": 4,', '"resultCount": 5,'),
 "1393 endDocument wrong": sub(1393, '"endDocument": 2,', '"endDocument": 3,'),
 "1393 lineNumber not a string": sub(1393, '"lineNumber": "5",', '"lineNumber": 5,'),
 "1393 term not highlighted": sub(1393, "https://<b>openreview</b>.net/forum?id=uYLFoz1vlAC", "https://openreview.net/forum?id=uYLFoz1vlAC"),
 "1393 line not HTML-escaped": sub(1393, "# <b>paper</b>: DoRA: Weight-Decomposed Low-Rank Adaptation", "# <b>paper</b>: DoRA: Weight-Decomposed Low-Rank Adaptation <3"),
 "1393 line differs between answers": sub(1393, "/infer-core/train/amp.py:1: # <b>paper</b>: Mixed Precision Training — https", "/infer-core/train/amp.py:1: # <b>paper</b>: Mixed Precision Training – https"),
 "1393 raw file differs": sub(1393, "# ICLR 2022, https://openreview.net/forum?id=uYLFoz1vlAC\nchenxd", "# ICLR 2022 https://openreview.net/forum?id=uYLFoz1vlAC\nchenxd"),
 "1393 keys reordered": sub(1393, '  "time": 9,\n  "resultCount": 3,', '  "resultCount": 3,\n  "time": 9,'),
 # 1394 sqlite-utils
 "1394 tabulate width": sub(1394, "table      count\n-------  -------", "table     count\n-------  ------"),
 "1394 number left-aligned": sub(1394, "\n   4  Contrastive", "\n4     Contrastive"),
 "1394 arxiv cell not tabulate's number": sub(1394, "contrastive  2010.05", "contrastive  2010.04"),
 "1394 raw Georgian in JSON": sub(1394, '"name": "\\u10dc\\u10d8\\u10dc\\u10dd \\u10d1', '"name": "ნინო \\u10d1'),
 "1394 JSON array framing": sub(1394, ' {"id": 2, "title": "Barlow', '[{"id": 2, "title": "Barlow'),
 "1394 keys differ from select": sub(1394, '{"id": 6, "title": "Dataset Condensation with Gradient Matching", "link"', '{"id": 6, "title": "Dataset Condensation with Gradient Matching", "url"'),
 "1394 CSV header": sub(1394, "--csv\ntitle,note\n", "--csv\ntitle,notes\n"),
 "1394 papers count below the rows": sub(1394, "papers        10", "papers         3"),
 # 1395 phpMyAdmin
 "1395 unescaped quote": sub(1395, "<a href=\\\"https://arxiv.org/pdf/2204.14198.pdf\\\"", "<a href='https://arxiv.org/pdf/2204.14198.pdf'"),
 "1395 AUTO_INCREMENT wrong": sub(1395, "AUTO_INCREMENT=13;", "AUTO_INCREMENT=12;"),
 "1395 wr_comment wrong": sub(1395, "(5, -4, '', 5, 0, 1,", "(5, -4, '', 5, 0, 2,"),
 "1395 wr_num wrong": sub(1395, "(7, -5, '', 7, 0, 0,", "(7, -6, '', 7, 0, 0,"),
 "1395 datetime goes back": sub(1395, "'2024-04-17 13:26:09', 0, '', '192.168.10.23'", "'2024-04-16 13:26:09', 0, '', '192.168.10.23'"),
 "1395 row too short": sub(1395, ", '', '', '', '', '', '', '', '', '', ''),\n(2,", ", '', '', '', '', '', '', '', '', ''),\n(2,"),
 "1395 key in CREATE TABLE": sub(1395, "  `wr_10` varchar(255) NOT NULL\n)", "  `wr_10` varchar(255) NOT NULL,\n  PRIMARY KEY (`wr_id`)\n)"),
 "1395 no COMMIT": sub(1395, "\nCOMMIT;\n", "\n"),
 "1395 wr_last wrong": sub(1395, "'2024-03-12 18:03:55', '192.168.10.23'", "'2024-03-11 21:40:07', '192.168.10.23'"),
 # 1396 robocopy
 "1396 LF line ends": sub(1396, "\r\n", "\n", count=0),
 "1396 wrong weekday": sub(1396, "Started : Tuesday,", "Started : Monday,"),
 "1396 Files copied wrong": sub(1396, "   Files :        68        19", "   Files :        68        18"),
 "1396 Dirs total wrong": sub(1396, "    Dirs :        11", "    Dirs :        12"),
 "1396 Bytes copied wrong": sub(1396, "   1.882 g   5.175 g", "   2.882 g   5.175 g"),
 "1396 Times do not add up": sub(1396, "0:00:00   0:00:29", "0:00:00   0:00:39"),
 "1396 Ended does not fit": sub(1396, "Ended : Tuesday, May 14, 2024 9:15:44 PM", "Ended : Tuesday, May 14, 2024 9:16:44 PM"),
 "1396 speed wrong": sub(1396, "10523878 Bytes/sec.", "12523878 Bytes/sec."),
 "1396 listing line malformed": sub(1396, "\t    Newer     \t\t  27.1 k\tpontozokulcs_2024.xlsx", "\t    Newer\t27.1 k\tpontozokulcs_2024.xlsx"),
 "1396 catalogue title in the negative": sub(1396, "ZH_2024_05_megoldas.pdf", "Deep Residual Learning for Image Recognition.pdf", count=0),
 "1396 arXiv-shaped id in the negative": sub(1396, "chat_2024-05-14.txt", "2405.01234v1.pdf", count=0),
 # labels
 "title-only paper gets an id in 1387": sub(1387, "in CVPR Workshops, 2022.", "in CVPR Workshops, 2022. arXiv:2004.08955"),
 "title-only paper gets a link in 1391": sub(1391, "https://robotics-transformer2.github.io", "https://arxiv.org/abs/2307.15818", count=0),
 "unlabelled catalogue id in 1392": sub(1392, "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard", "https://arxiv.org/abs/1706.03762"),
 "other file's title in 1394": sub(1394, "ლექციები 4–6", "Segment Anything"),
 "labelled title lost in 1395": sub(1395, "Multimodal Few-Shot Learning with Frozen Language Models", "Multimodal Few-Shot Learning", count=0),
 "unlabelled OpenReview id in 1389": sub(1389, "https://huggingface.co/learn/diffusion-course/unit1/1", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1390": sub(1390, "Uczenie głębokie w praktyce", "Recurrent Memory Transformer", count=0),
 "arxiv-text id lost in 1388": sub(1388, "(arXiv:1802.05365)", "(arXiv)"),
 "link lost in 1394": sub(1394, "https://arxiv.org/abs/2106.08254", "https://github.com/microsoft/unilm", count=0),
 "OpenReview link cut in 1390": sub(1390, "forum?id=qVyeW-grC2k", "forum?id=qVyeW", count=0),
 "arxiv-text gets a link in 1393": sub(1393, "(arXiv:2208.07339)", "(https://arxiv.org/abs/2208.07339)", count=0),
 "unknown valid-shaped id in 1395": sub(1395, "-- PHP 버전: 8.1.2-1ubuntu2.17", "-- PHP 버전: 8.1.2-1ubuntu2.17 2405.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1396]].append(dict(e[D[1395]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1390]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1392]][1].update(title="Llama 2: Open Foundation Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1389]][0].update(true_arxiv_id="2112.10753", arxiv_id="2112.10753")),
 "paper in two files": exp_edit(lambda e: e[D[1388]].append(dict(e[D[1387]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1394]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1393]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1391]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1395])),
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
