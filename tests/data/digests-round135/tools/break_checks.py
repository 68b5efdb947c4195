#!/usr/bin/env python3
"""Breaks a scratch copy of round135 (/tmp/round135-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round133's harness, with round135's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round135-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1367, 1377)}


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
 # 1367 pandoc native
 "1367 raw Cyrillic in the native output": sub(1367, 'Str "\\1057\\1077\\1084\\1080\\1085\\1072\\1088"', 'Str "Семинар"'),
 "1367 Str text changed": sub(1367, 'Str "2024"', 'Str "2025"'),
 "1367 missing \\& before a digit": sub(1367, '"\\8470\\&9:"', '"\\84709:"'),
 "1367 \\& where no digit follows": sub(1367, '"\\1057\\1087\\1080\\1089\\1086\\1082"', '"\\1057\\1087\\1080\\1089\\1086\\1082\\&"'),
 "1367 word dropped from the AST": sub(1367, '              , Str "IO-Awareness"\n', '', count=1),
 "1367 header id wrong": sub(1367, '( "\\1086\\1089\\1085\\1086\\1074\\1085\\1086\\1077-\\1095\\1090\\1077\\1085\\1080\\1077"', '( "\\1086\\1089\\1085\\1086\\1074\\1085\\1086\\1077_\\1095\\1090\\1077\\1085\\1080\\1077"'),
 "1367 link target differs": sub(1367, '( "https://openreview.net/pdf?id=rkgNKkHtvB" , "" )', '( "https://openreview.net/forum?id=rkgNKkHtvB" , "" )'),
 "1367 flat item broken over lines": sub(1367, '( "" , [] , [] )', '( ""\n              , []\n              , []\n              )'),
 "1367 unbalanced AST": sub(1367, "\n]\nira@kafedra:~/seminar$ \n", "\nira@kafedra:~/seminar$ \n"),
 "1367 Markdown line edited only": sub(1367, "- Linformer: Self-Attention with Linear Complexity — без ссылки", "- Linformer: Self-Attention with Linear Complexity — без ссылок"),
 "1367 pandoc reads another file": sub(1367, "pandoc -f markdown -t native spisok.md", "pandoc -f markdown -t native spisok2.md"),
 "1367 no final prompt": sub(1367, "\nira@kafedra:~/seminar$ \n", "\n", regex=False),
 # 1368 pydoc
 "1368 first line as help() writes it": sub(1368, "Python Library Documentation: module labquant.memoria in labquant", "Help on module labquant.memoria in labquant:"),
 "1368 blank line inside a section without indent": sub(1368, "\n    \n    Referências", "\n\n    Referências"),
 "1368 sections reordered": sub(1368, "VERSION\n    0.4.2\n\nAUTHOR\n    Rafael Nogueira <rafael.nogueira@enxuto-lab.example.br>\n", "AUTHOR\n    Rafael Nogueira <rafael.nogueira@enxuto-lab.example.br>\n\nVERSION\n    0.4.2\n"),
 "1368 class tree unsorted": sub(1368, "        CarregadorInt8\n        EstadoSSM\n", "        EstadoSSM\n        CarregadorInt8\n"),
 "1368 gutter blank line stripped": sub(1368, "     |  \n     |  Methods defined here:", "     |\n     |  Methods defined here:"),
 "1368 rule not 70 dashes": sub(1368, "     |  " + "-" * 70 + "\n     |  Data and other", "     |  " + "-" * 60 + "\n     |  Data and other"),
 "1368 DATA line not cut": sub(1368, "'int8...", "'int8': 1}"),
 "1368 functions unsorted": sub(1368, "    estimar_memoria_moe(", "    zz_estimar_memoria_moe("),
 "1368 FILE path of another module": sub(1368, "/home/rafael/labquant/labquant/memoria.py", "/home/rafael/labquant/labquant/quant.py"),
 # 1369 osqueryi
 "1369 table width wrong": sub(1369, "| agent         | files |", "| agent        | files |"),
 "1369 listing not in mtime order": sub(1369, "2024-03-03 08:44:57", "2024-03-02 08:44:57"),
 "1369 where_from rows reordered": sub(1369, r"(\| 3D Gaussian[^\n]*\n\| 3D Gaussian[^\n]*\n)(\| How to train[^\n]*\n\| How to train[^\n]*\n)", r"\2\1", regex=True),
 "1369 where_from of an unlisted file": sub(1369, "| timm-0.9.16-py3-none-any.whl                                                                 | https://pypi.org", "| timm-0.9.17-py3-none-any.whl                                                                 | https://pypi.org"),
 "1369 agent counts too high": sub(1369, "| Google Chrome | 8     |", "| Google Chrome | 18    |"),
 "1369 banner lost": sub(1369, "Using a virtual database. Need help, type '.help'\n", ""),
 "1369 no .exit": sub(1369, "osquery> .exit\n", ""),
 "1369 bad datetime": sub(1369, "2024-04-22 11:52:19", "2024-04-31 11:52:19"),
 # 1370 db_dump
 "1370 raw Greek in a value": sub(1370, "\\ce\\bc\\ce\\bd\\ce\\ae\\ce\\bc\\ce\\b7", "μνήμη"),
 "1370 upper-case hex": sub(1370, "\\1fnikos\\1f", "\\1Fnikos\\1F"),
 "1370 printable byte escaped": sub(1370, " _meta:schema\n", " _meta\\3aschema\n"),
 "1370 keys out of order": sub(1370, " 2024-02-06#2\n", " 2024-02-26#2\n"),
 "1370 field lost": sub(1370, "\\1fgiorgos\\1f\\ce\\93", "\\1fgiorgos \\ce\\93"),
 "1370 header type hash": sub(1370, "type=btree", "type=hash"),
 "1370 no leading space": sub(1370, "\n 2024-03-05#2\n", "\n2024-03-05#2\n"),
 "1370 perl output differs": sub(1370, "2024-02-20#2\tμνήμη", "2024-02-20#2\tμνήμες"),
 "1370 file's answer": sub(1370, "Btree, version 9", "Hash, version 9"),
 # 1371 uWSGI
 "1371 worker counter skips": sub(1371, "req: 3/5]", "req: 4/5]"),
 "1371 global counter skips": sub(1371, "req: 5/10]", "req: 5/11]"),
 "1371 request date goes back": sub(1371, "[Tue May 14 09:11:43 2024]", "[Tue May 14 09:01:43 2024]"),
 "1371 wrong weekday": sub(1371, "[Tue May 14 09:05:52 2024]", "[Wed May 14 09:05:52 2024]"),
 "1371 unknown worker pid": sub(1371, "[pid: 24311|app: 0|req: 6/11]", "[pid: 24313|app: 0|req: 6/11]"),
 "1371 POST without app line": sub(1371, r"\[2024-05-14 09:17:51,055\][^\n]*\n", "", regex=True),
 "1371 raw Thai in a URI": sub(1371, "GET /papers?tag=%E0%B9%82%E0%B8%A1%E0%B9%80%E0%B8%94%E0%B8%A5%E0%B8%A0%E0%B8%B2%E0%B8%A9%E0%B8%B2 ", "GET /papers?tag=โมเดลภาษา "),
 "1371 traceback cut": sub(1371, "KeyError: 999\n", ""),
 "1371 spawned lines lost": sub(1371, r"spawned uWSGI worker \d \(pid: \d+, cores: 1\)\n", "", count=0, regex=True),
 # 1372 atuin
 "1372 search output misses a line": sub(1372, "2024-04-10 16:20:31\techo", "2024-04-10 16:20:32\techo", count=1),
 "1372 failed command in the search": sub(1372, "2024-04-03 14:05:12\t1\t2ms\tgrep -c \"Sıfırdan\" okuma.md", "2024-04-03 14:05:12\t0\t2ms\tgrep -c \"Sıfırdan\" okuma.md"),
 "1372 times not increasing": sub(1372, "2024-04-08 10:39:57", "2024-04-08 10:29:57"),
 "1372 bad duration": sub(1372, "\t2m 41s\t", "\t161s\t"),
 "1372 list line without a tab": sub(1372, "\t0\t5ms\ttouch okuma.md", " 0 5ms touch okuma.md"),
 # 1373 Hasura
 "1373 jq layout four spaces": sub(1373, '\n  "result_type": "TuplesOk",', '\n    "result_type": "TuplesOk",'),
 "1373 number not string in run_sql": sub(1373, '      "17",', '      17,'),
 "1373 header row differs": sub(1373, '      "added_by"\n    ],', '      "who"\n    ],'),
 "1373 GraphQL line not compact": sub(1373, '{"id":32,"title"', '{"id": 32, "title"'),
 "1373 GraphQL id as string": sub(1373, '{"id":33,', '{"id":"33",'),
 "1373 error statement differs": sub(1373, '"statement": "SELECT id, titel FROM reading_list WHERE link IS NULL AND arxiv IS NULL;"', '"statement": "SELECT titel FROM reading_list;"'),
 "1373 ids not increasing": sub(1373, '      "20",', '      "16",'),
 "1373 cat output broken": sub(1373, '    "read_only": true\n', '    "read_only": true,\n'),
 # 1374 SQLAlchemy
 "1374 trailing space lost": sub(1374, "papers.note, papers.added_by \nFROM papers \nWHERE papers.topic IN", "papers.note, papers.added_by\nFROM papers \nWHERE papers.topic IN"),
 "1374 parameter count wrong": sub(1374, "[generated in 0.00024s] ('Rethinking Architecture Selection in Differentiable NAS', None, ", "[generated in 0.00024s] ('Rethinking Architecture Selection in Differentiable NAS', "),
 "1374 cached since wrong": sub(1374, "[cached since 311.3s ago]", "[cached since 244.2s ago]"),
 "1374 refresh id differs": sub(1374, "[generated in 0.00018s] (21,)", "[generated in 0.00018s] (22,)"),
 "1374 len(rows) differs": sub(1374, ">>> len(rows)\n8\n", ">>> len(rows)\n9\n"),
 "1374 GROUP BY counts": sub(1374, "('強化學習', 4)", "('強化學習', 5)"),
 "1374 log time goes back": sub(1374, "2024-05-14 15:04:40,109", "2024-05-14 15:03:40,109"),
 "1374 no exit()": sub(1374, ">>> exit()\n", ">>> \n"),
 # 1375 mblaze
 "1375 sender padding": sub(1375, "2024-05-07 김민준            .Re:", "2024-05-07 김민준      .Re:"),
 "1375 thread dots": sub(1375, "2024-05-08 이지우            ..Re:", "2024-05-08 이지우            .Re:"),
 "1375 mscan date differs": sub(1375, "  3   2024-05-08", "  3   2024-05-09"),
 "1375 bad weekday": sub(1375, "Date: Wed, 08 May 2024 09:02:17 +0900", "Date: Thu, 08 May 2024 09:02:17 +0900"),
 "1375 text size wrong": sub(1375, "--- 2: text/plain size=338 ---", "--- 2: text/plain size=339 ---"),
 "1375 quote not from an earlier mail": sub(1375, ">     ALIGN 논문인데 링크를 아직 못 찾았어요.", ">     ALIGN 논문 링크를 아직 못 찾았어요."),
 "1375 header order": sub(1375, "From: 김민준 <minjun.kim@mm-lab.example.kr>\nSubject: Re: [독회] 5월 멀티모달 읽기 목록\n", "Subject: Re: [독회] 5월 멀티모달 읽기 목록\nFrom: 김민준 <minjun.kim@mm-lab.example.kr>\n"),
 "1375 mshow block missing": sub(1375, r"jiwoo@mm-ws:~\$ mshow 3\n.*?(?=jiwoo@mm-ws:~\$ \n)", "", regex=True),
 # 1376 ffprobe
 "1376 metadata key not padded": sub(1376, "    artist          : অর্পিতা দাস", "    artist: অর্পিতা দাস"),
 "1376 DAR wrong": sub(1376, "1280x720 [SAR 1:1 DAR 16:9]", "1280x720 [SAR 1:1 DAR 4:3]"),
 "1376 stream numbering": sub(1376, "  Stream #0:1: Audio: aac (LC), 48000 Hz", "  Stream #0:2: Audio: aac (LC), 48000 Hz"),
 "1376 stream kb/s above total": sub(1376, "bitrate: 129 kb/s", "bitrate: 99 kb/s"),
 "1376 Duration malformed": sub(1376, "Duration: 00:37:59.49", "Duration: 00:37:59"),
 "1376 continuation without key": sub(1376, "  Metadata:\n    ENCODER         : Lavf58.76.100", "  Metadata:\n                    : Lavf58.76.100"),
 "1376 catalogue title in the negative": sub(1376, "পাঠ্য: Dive into Deep Learning", "পাঠ্য: Deep Residual Learning for Image Recognition"),
 "1376 arXiv-shaped id in the negative": sub(1376, "স্লাইড: https://drive.bhasha-lab.example.bd/s/pK3r9Qe", "স্লাইড: https://arxiv.org/abs/2106.09685"),
 "1376 unknown valid id in the negative": sub(1376, "Lavf58.76.100", "Lavf58.76.100 (2312.01234)"),
 # labels
 "title-only paper gets an id in 1371": sub(1371, '"Textbooks Are All You Need" ไม่มีลิงก์', '"Textbooks Are All You Need" 2306.11644 ไม่มีลิงก์'),
 "title-only OpenReview-less paper gets a link in 1369": sub(1369, "https://proceedings.neurips.cc/paper/2020/file/27e9661e033a73a6ad8cefcde965c54d-Paper.pdf   ", "https://arxiv.org/abs/2006.06882                                            "),
 "unlabelled catalogue id in 1370": sub(1370, "crawl-vectors.html\\1f", "crawl-vectors.html 1706.03762\\1f"),
 "other file's title in 1372": sub(1372, "klasik, arXiv'de yok", "klasik, Segment Anything gibi değil"),
 "labelled title lost in 1373": sub(1373, "The Power of Scale for Parameter-Efficient Prompt Tuning", "The Power of Scale for Prompt Tuning", count=0),
 "unlabelled OpenReview id in 1375": sub(1375, "https://laion.ai/blog/laion-5b/", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1374": sub(1374, "Spinning Up in Deep RL（OpenAI 教學，不是論文）", "Recurrent Memory Transformer（不是論文）", count=0),
 "arxiv-text id lost in 1368": sub(1368, "(arXiv:1910.02054)", "(arXiv)"),
 "link lost in 1367": sub(1367, "https://arxiv.org/abs/2205.14135", "https://github.com/Dao-AILab/flash-attention", count=0),
 "OpenReview link cut in 1372": sub(1372, "forum?id=zOGdf9K8aC", "forum?id=zOGdf9", count=0),
 "arxiv-text gets a link in 1375": sub(1375, "(arXiv:2204.14198)", "(https://arxiv.org/abs/2204.14198)"),
 "unknown valid-shaped id in 1369": sub(1369, "Using a virtual database.", "Using a virtual database 2405.01234."),
 "label in the negative": exp_edit(lambda e: e[D[1376]].append(dict(e[D[1375]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1370]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1371]][0].update(title="Llama 2: Open Foundation Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1369]][0].update(true_arxiv_id="2106.10271", arxiv_id="2106.10271")),
 "paper in two files": exp_edit(lambda e: e[D[1368]].append(dict(e[D[1367]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1374]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1373]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1372]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1375])),
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
