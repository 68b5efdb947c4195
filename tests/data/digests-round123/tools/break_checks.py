#!/usr/bin/env python3
"""Breaks a scratch copy of round123 (/tmp/round123-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round119's harness, with round123's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round123-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1247, 1257)}


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
 # 1247 ZincSearch
 "1247 not Go's compact form": sub(1247, '{"took":3,', '{"took": 3,'),
 "1247 final newline": append(1247, "\n"),
 "1247 & not escaped as \\u0026": sub(1247, "\\u0026t=312s", "&t=312s"),
 "1247 total wrong": sub(1247, '"total":{"value":12}', '"total":{"value":13}'),
 "1247 scores not descending": sub(1247, '"_score":3.9027612', '"_score":4.9027612'),
 "1247 _source keys unsorted": json_edit(1247, lambda d: d["hits"]["hits"][0].update(_source={"title": d["hits"]["hits"][0]["_source"].pop("title"), **d["hits"]["hits"][0]["_source"]}), lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("&", "\\u0026")),
 "1247 bad _id": sub(1247, '"_id":"2cSOy3VFCxyM94WG8inGyx9gBT6"', '"_id":"2cSOy3VFCxyM94WG8inGyx9gBT"'),
 "1247 hit not matching the term": lambda root: (sub(1247, '"tags":["拡散","ブログ"]', '"tags":["ブログ"]')(root), sub(1247, '"title":"拡散モデルを PyTorch で', '"title":"生成モデルを PyTorch で')(root)),
 # 1248 Sonic
 "1248 STARTED line wrong": sub(1248, "STARTED ingest protocol(1) buffer(20000)", "STARTED ingest protocol(1) buffer(2000)"),
 "1248 PUSH not answered OK": sub(1248, 'LANG(ces)\nOK\nPUSH clanky skupina-cv clanek:byol', 'LANG(ces)\nERR busy\nPUSH clanky skupina-cv clanek:byol'),
 "1248 COUNT below pushed": sub(1248, "RESULT 37", "RESULT 5"),
 "1248 PENDING id differs": sub(1248, "EVENT QUERY FjMfA4ED", "EVENT QUERY FjMfA4EE"),
 "1248 query result not holding the word": sub(1248, "EVENT QUERY Uyk9biBB arxiv:2010.04592 clanek:align", "EVENT QUERY Uyk9biBB arxiv:2010.04592 clanek:align clanek:byol"),
 "1248 query result missing": sub(1248, "EVENT QUERY FjMfA4ED clanek:clip clanek:bi-tuning clanek:align", "EVENT QUERY FjMfA4ED clanek:clip clanek:align"),
 "1248 no ENDED quit": sub(1248, "QUIT\nENDED quit\n", "QUIT\n"),
 "1248 bad suggestion": sub(1248, "kontrastivní kontrastivním\n", "kontrastivní kontrola\n"),
 # 1249 fly logs
 "1249 line shape broken": sub(1249, "fra [info] Configuring firecracker", "fra info Configuring firecracker"),
 "1249 second machine": sub(1249, "runner[3d8d7e40c62378] fra [info] Configuring", "runner[3d8d7e40c62379] fra [info] Configuring"),
 "1249 local time not +3h": sub(1249, "2024-05-14 07:00:05,402", "2024-05-14 06:00:05,402"),
 "1249 times out of order": sub(1249, "2024-05-14T04:00:02Z runner", "2024-05-14T04:00:09Z runner"),
 "1249 summary wrong": sub(1249, "8 מאמרים (5 עם", "9 מאמרים (5 עם"),
 "1249 warning with a link": sub(1249, "נשמרה כותרת בלבד: PaLM: Scaling Language Modeling with Pathways", "נשמרה כותרת בלבד: PaLM: Scaling Language Modeling with Pathways https://example.org/p"),
 "1249 exit line missing": sub(1249, "2024-05-14T04:00:10Z app[3d8d7e40c62378] fra [info]  INFO Main child exited normally with code: 0\n", ""),
 # 1250 gdb
 "1250 raw Cyrillic in gdb output": sub(1250, 'zametka = 0x555555559b50 "BPE; \\321\\201\\321\\201', 'zametka = 0x555555559b50 "BPE; сс'),
 "1250 repeats count wrong": sub(1250, "'\\000' <repeats 13 times>", "'\\000' <repeats 12 times>"),
 "1250 cut not at 200": sub(1250, '\\321\\215\\320\\272\\321\\201"...', '\\321\\215\\320\\272"...'),
 "1250 value history out of order": sub(1250, "$2 = 0x0", "$3 = 0x0"),
 "1250 frame echo differs": sub(1250, "(gdb) frame 2\n#2  0x0000555555555402", "(gdb) frame 2\n#2  0x0000555555555403"),
 "1250 extra struct field": sub(1250, "  god = 2015\n}", "  god = 2015,\n  extra = 1\n}"),
 "1250 pretty comma missing": sub(1250, "  url = 0x0,\n  arxiv = \"1508.07909\"", "  url = 0x0\n  arxiv = \"1508.07909\""),
 "1250 broken octal escape": sub(1250, '"\\321\\202\\320\\276\\320\\273\\321\\214\\320\\272\\320\\276 \\320\\275\\320\\260\\320\\267\\320\\262\\320\\260\\320\\275\\320\\270\\320\\265",', '"\\321\\320\\276\\320\\273\\321\\214\\320\\272\\320\\276 \\320\\275\\320\\260\\320\\267\\320\\262\\320\\260\\320\\275\\320\\270\\320\\265",'),
 "1250 no quit dialog": sub(1250, "Quit anyway? (y or n) y\n", ""),
 # 1251 NebulaGraph
 "1251 no Welcome": sub(1251, "\nWelcome!\n", "\nHello!\n"),
 "1251 row count wrong": sub(1251, "Got 8 rows", "Got 9 rows"),
 "1251 cell misaligned": sub(1251, '| "S4 ฉบับ ICLR 2022"      |', '| "S4 ฉบับ ICLR 2022"     |'),
 "1251 Thai marks counted as width": sub(1251, '| "ณัฐ"  |', '| "ณัฐ"   |', count=0),
 "1251 NULL spelled otherwise": sub(1251, '__NULL__     | "ชุดทดสอบ', 'NULL         | "ชุดทดสอบ'),
 "1251 time zone wrong": sub(1251, "09:41:05 +07", "09:41:05 UTC"),
 "1251 prompt space wrong": sub(1251, "(root@nebula) [reading_th]> SHOW TAGS;", "(root@nebula) [(none)]> SHOW TAGS;"),
 # 1252 Timewarrior
 "1252 bad time": sub(1252, "inc 20240502T080500Z", "inc 20240502T080560Z"),
 "1252 overlap": sub(1252, "inc 20240502T080500Z", "inc 20240502T070500Z"),
 "1252 tags not in byte order": sub(1252, "# gymnasium kod #", "# kod gymnasium #"),
 "1252 tag with a space unquoted": sub(1252, '# "Evolving Reinforcement Learning Algorithms" czytanie', "# Evolving Reinforcement Learning Algorithms czytanie"),
 "1252 open interval not last": sub(1252, "inc 20240513T061000Z - 20240513T072500Z", "inc 20240513T061000Z"),
 "1252 quoted without need": sub(1252, "# D4RL dane #", '# D4RL "dane" #'),
 # 1253 Taskbook
 "1253 not JSON.stringify 4": sub(1253, '\n    "1": {', '\n  "1": {'),
 "1253 final newline": append(1253, "\n"),
 "1253 _date wrong": sub(1253, '"_date": "Sat May 04 2024"', '"_date": "Sun May 05 2024"'),
 "1253 note with task keys": json_edit(1253, lambda d: d["3"].update(isComplete=False, inProgress=False, priority=1), lambda d: json.dumps(d, ensure_ascii=False, indent=4)),
 "1253 priority out of range": sub(1253, '"priority": 3', '"priority": 4'),
 "1253 keys not 1..n": json_edit(1253, lambda d: d.update({"13": d.pop("12")}), lambda d: json.dumps(d, ensure_ascii=False, indent=4)),
 # 1254 TreeLine
 "1254 not json.dump indent 0": json_edit(1254, lambda d: None, lambda d: json.dumps(d, indent=1, sort_keys=True)),
 "1254 raw Bengali": json_edit(1254, lambda d: None, lambda d: json.dumps(d, indent=0, sort_keys=True, ensure_ascii=False)),
 "1254 duplicate uid": sub(1254, '"uid": "2e78a8f4e25147eda0b3c92ded888b48"', '"uid": "f5e06d47732040f0ba14e5ab539d10b9"'),
 "1254 link not an anchor": sub(1254, '"Link": "<a href=\\"https://arxiv.org/abs/1905.11946\\">https://arxiv.org/abs/1905.11946</a>"', '"Link": "https://arxiv.org/abs/1905.11946"'),
 "1254 raw & in text": sub(1254, "&amp; ", "& "),
 "1254 field not in format": sub(1254, '"Year": "2019"', '"Jahr": "2019"'),
 "1254 properties changed": sub(1254, '"tlversion": "3.1.5"', '"tlversion": "2.0"'),
 # 1255 TOON
 "1255 row count wrong": sub(1255, "articulos[8]{", "articulos[9]{"),
 "1255 colon unquoted": sub(1255, '"Reformer: The Efficient Transformer"', "Reformer: The Efficient Transformer"),
 "1255 colon in a value unquoted": sub(1255, 'hora: "16:00"', "hora: 16:00"),
 "1255 numeric-looking string unquoted": sub(1255, 'actualizado: 2024-05-14', 'actualizado: "2024-05-14"'),
 "1255 needless quotes": sub(1255, "dia: jueves", 'dia: "jueves"'),
 "1255 odd indentation": sub(1255, "  sala:", "   sala:"),
 "1255 values short of fields": sub(1255, "datos,MedMNIST v2,", "datos,MedMNIST v2"),
 "1255 bad escape": sub(1255, '"versión ICLR 2020, LSH attention"', '"versión ICLR 2020, LSH \\attention"'),
 # 1256 Gingko
 "1256 not JSON.stringify 2": json_edit(1256, lambda d: None, lambda d: json.dumps(d, ensure_ascii=False, indent=4)),
 "1256 final newline": append(1256, "\n"),
 "1256 card keys": json_edit(1256, lambda d: d[0].update(id="c1"), lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1256 catalogue title in the negative": sub(1256, "Konvolúciós hálók", "Konvolúciós hálók (Deep Residual Learning for Image Recognition)"),
 "1256 arXiv id in the negative": sub(1256, "PyTorch 2.3 + torchvision 0.18", "PyTorch 2.3 + torchvision 0.18 (1512.03385)"),
 "1256 arXiv link in the negative": sub(1256, "https://d2l.ai/", "https://arxiv.org/abs/2106.11342"),
 # labels
 "title-only paper gets a link in 1254": sub(1254, '"Title": "Rethinking Pre-training and Self-training"', '"Link": "<a href=\\"https://arxiv.org/abs/2006.06882\\">https://arxiv.org/abs/2006.06882</a>",\n"Title": "Rethinking Pre-training and Self-training"'),
 "unlabelled catalogue id in 1252": sub(1252, "(~1.1 GB)", "(~1.1 GB, 1706.03762)"),
 "other file's title in 1253": sub(1253, "کد شبیه‌سازی، مقاله نیست", "کد شبیه‌سازی، مقاله نیست؛ Segment Anything"),
 "labelled title lost in 1251": sub(1251, "Longformer: The Long-Document Transformer", "Longformer", count=0),
 "unlabelled OpenReview id in 1249": sub(1249, "https://docs.vllm.ai/en/latest/models/spec_decode.html", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1255": sub(1255, "NAS-Bench-201 leaderboard", "Efficient Transformers: A Survey"),
 "arxiv-text id lost in 1250": sub(1250, '"1508.07909"', '""', count=0),
 "link lost in 1247": sub(1247, "https://arxiv.org/abs/2006.11239", "https://ddpm.example.org/paper", count=0),
 "OpenReview link cut in 1253": sub(1253, "forum?id=_VjQlMeSB_J", "forum?id=_VjQlM", count=0),
 "arxiv-text gets a link in 1248": sub(1248, "(arXiv:2010.04592)", "(https://arxiv.org/abs/2010.04592)"),
 "unlabelled valid-shaped id in 1256": sub(1256, "Conda-környezet: `gt2-2024`", "Conda-környezet: `gt2-2024` (build 2311.00001)"),
 "Go-escaped unlabelled title in 1247": sub(1247, "実装ブログ。", "実装ブログ。Attention Is All You Need \\u0026 "),
 "gdb-escaped unlabelled title in 1250": sub(1250, '"BPE; \\321', '"Attention Is All You\\040Need; \\321'),
 "escaped Bengali hides nothing in 1254": sub(1254, '"Name": "timm documentation"', '"Name": "timm documentation \\u2014 Segment Anything"'),
 "expected: wrong evidence": exp_edit(lambda e: first(1247)(e)[1].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1248)(e)[5].update(arxiv_id="2102.05918")),
 "expected: wrong title": exp_edit(lambda e: first(1251)(e)[3].update(title="Mamba")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1249)(e)[0].update(openreview_id="qVyeW-grC2k")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1252)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1256]].append(dict(first(1247)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1255)(e).append(dict(first(1250)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1254)(e).pop() for _ in range(2)]),
 "expected: even-position paper added": exp_edit(lambda e: first(1253)(e).append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
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
