#!/usr/bin/env python3
"""Breaks a scratch copy of round133 (/tmp/round133-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round131's harness, with round133's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round133-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1347, 1357)}


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


compact = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))
CASES = {
 # 1347 mitmdump
 "1347 request content-length wrong": sub(1347, "    content-length: 256\n", "    content-length: 257\n"),
 "1347 response size wrong": sub(1347, " << HTTP/2.0 201 Created 49b", " << HTTP/2.0 201 Created 50b"),
 "1347 reason phrase wrong": sub(1347, " << HTTP/2.0 409 Conflict", " << HTTP/2.0 409 Duplicate"),
 "1347 body two-space indent": sub(1347, '\n        "url": "https://arxiv.org/abs/2204.02311",', '\n      "url": "https://arxiv.org/abs/2204.02311",'),
 "1347 body edited (length changes)": sub(1347, '"note": "5/21 輪読の担当。', '"note": "5/21 輪読の担当です。'),
 "1347 upper-case header": sub(1347, "    user-agent: Mozilla", "    User-Agent: Mozilla"),
 "1347 date goes back": sub(1347, "date: Tue, 14 May 2024 04:31:18 GMT", "date: Tue, 14 May 2024 03:31:18 GMT"),
 "1347 wrong weekday in date": sub(1347, "date: Tue, 14 May 2024 04:12:31 GMT", "date: Wed, 14 May 2024 04:12:31 GMT"),
 "1347 no blank line after body": sub(1347, '        "client": "paperclip/0.3.1"\n    }\n\n << HTTP/2.0 201 Created 49b', '        "client": "paperclip/0.3.1"\n    }\n << HTTP/2.0 201 Created 49b'),
 # 1348 Hoppscotch
 "1348 final newline": append(1348, "\n"),
 "1348 four-space layout": json_edit(1348, lambda d: None, lambda d: json.dumps(d, ensure_ascii=False, indent=4)),
 "1348 request key missing": json_edit(1348, lambda d: d[0]["folders"][0]["requests"][0].pop("requestVariables"), lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1348 bad method": json_edit(1348, lambda d: d[0]["folders"][0]["requests"][1].update(method="FETCH"), lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1348 body JSON broken": json_edit(1348, lambda d: d[0]["folders"][0]["requests"][1]["body"].update(body='{"title": "x",}'), lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1348 contentType without body": json_edit(1348, lambda d: d[0]["folders"][0]["requests"][0]["body"].update(body=None), lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1348 endpoint with {{var}}": sub(1348, '"endpoint": "<<baseURL>>/healthz"', '"endpoint": "{{baseURL}}/healthz"'),
 "1348 unicode escaped": json_edit(1348, lambda d: None, lambda d: json.dumps(d, ensure_ascii=True, indent=2)),
 # 1349 bsondump
 "1349 objects count wrong": sub(1349, "\t12 objects found", "\t11 objects found"),
 "1349 mongodump count wrong": sub(1349, "(12 documents)", "(13 documents)"),
 "1349 relaxed number": sub(1349, '"votes":{"$numberInt":"5"}', '"votes":5'),
 "1349 oid time not addedAt": sub(1349, '"$oid":"660bb03d', '"$oid":"660bb03e'),
 "1349 pretty spacing": sub(1349, '{"_id":{"$oid":"660bb03d', '{"_id": {"$oid":"660bb03d'),
 "1349 double form": sub(1349, '"$numberDouble":"4.5"', '"$numberDouble":"4.50"'),
 "1349 keys reordered": sub(1349, '"addedBy":"oksana","addedAt":{"$date":{"$numberLong":"1712042045137"}}', '"addedAt":{"$date":{"$numberLong":"1712042045137"}},"addedBy":"oksana"'),
 "1349 log time goes back": sub(1349, "2024-05-14T11:02:41.208+0300", "2024-05-14T10:02:41.208+0300"),
 # 1350 Apps Script
 "1350 English level": sub(1350, "10:09:30\tInformación\tRespuesta de Chat: 200", "10:09:30\tInfo\tRespuesta de Chat: 200"),
 "1350 time goes back": sub(1350, "10:09:29\tInformación\t{", "10:08:29\tInformación\t{"),
 "1350 run not closed": sub(1350, "10:09:30\tAviso\tSe ha completado la ejecución\n", ""),
 "1350 stack line outside an error": sub(1350, "Respuesta de Chat: 200\n", "Respuesta de Chat: 200\nfilaAObjeto\t@ Código.gs:31\n"),
 "1350 Logger number as int": sub(1350, "{semana=20.0, fecha=Tue May 14 00:00:00 GMT+02:00 2024, titulo=Transformer Quality", "{semana=20, fecha=Tue May 14 00:00:00 GMT+02:00 2024, titulo=Transformer Quality"),
 "1350 wrong weekday in date": sub(1350, "[19.0, Tue May 07 00:00:00", "[19.0, Wed May 07 00:00:00"),
 "1350 warning lost": sub(1350, r"10:09:28\tAdvertencia\t[^\n]*\n", "", regex=True),
 "1350 JSON pretty-printed": sub(1350, '{"text":"*Lecturas', '{"text": "*Lecturas'),
 # 1351 EWW
 "1351 header lost": sub(1351, ";; Auto-generated file; don't edit -*- mode: lisp-data -*-\n", ""),
 "1351 two-space indent": sub(1351, '\n (:url "https://arxiv.org/abs/2004.08955"', '\n  (:url "https://arxiv.org/abs/2004.08955"'),
 "1351 day not space-padded": sub(1351, '"Mon May  6 22:48:40 2024"', '"Mon May 06 22:48:40 2024"'),
 "1351 wrong weekday": sub(1351, '"Tue Apr 16 19:47:30 2024"', '"Wed Apr 16 19:47:30 2024"'),
 "1351 not newest first": sub(1351, '"Mon May 13 11:17:04 2024"', '"Mon Apr  1 11:17:04 2024"'),
 "1351 unescaped quote": sub(1351, '\\"SAT\\"', '"SAT"'),
 "1351 plist key renamed": sub(1351, ':title "ResNeSt"', ':name "ResNeSt"'),
 # 1352 ltrace
 "1352 raw Arabic in a string": sub(1352, '"SupCon: \\330\\243\\330\\263', '"SupCon: أ\\330\\263'),
 "1352 hex escape instead of octal": sub(1352, '"SupCon: \\330\\243', '"SupCon: \\xd8\\243'),
 "1352 cut string of wrong length": sub(1352, r'\\[0-7]{3}"\.\.\.', '"...', regex=True),
 "1352 step return wrong": sub(1352, "sqlite3_step(0x5632d9a27c18) = 101", "sqlite3_step(0x5632d9a27c18) = 100"),
 "1352 bind skipped": sub(1352, "qira-sync->sqlite3_bind_null(0x5632d9a27c18, 3) = 0\n", ""),
 "1352 function without prototype": sub(1352, "int sqlite3_reset(addr);\n", ""),
 "1352 arity wrong": sub(1352, "qira-sync->sqlite3_bind_int64(0x5632d9a27c18, 5, 1714320131) = 0", "qira-sync->sqlite3_bind_int64(0x5632d9a27c18, 5) = 0"),
 "1352 count line wrong": sub(1352, "تمت مزامنة 11 سجلًا", "تمت مزامنة 12 سجلًا"),
 "1352 no exit line": sub(1352, "+++ exited (status 0) +++\n", ""),
 # 1353 Whoosh
 "1353 Top N wrong": sub(1353, "<Top 9 Results", "<Top 10 Results"),
 "1353 scores not descending": sub(1353, "1 1.29 ddpm", "1 1.49 ddpm"),
 "1353 rank from 1": sub(1353, "0 1.313 sd-repo", "1 1.313 sd-repo"),
 "1353 schema not sorted": sub(1353, "<Schema: ['arxiv', 'ghi_chu', 'id', 'lien_ket', 'tieu_de']>", "<Schema: ['id', 'arxiv', 'ghi_chu', 'lien_ket', 'tieu_de']>"),
 "1353 Hit repr not rank 0": sub(1353, "'id': 'sd-repo', 'lien_ket'", "'id': 'ddpm', 'lien_ket'"),
 "1353 document of another id": sub(1353, "'id': 'sde', 'lien_ket'", "'id': 'sde2', 'lien_ket'"),
 "1353 results repr query differs": sub(1353, "<Top 9 Results for Or([Term('tieu_de', 'diffusion'), Term('ghi_chu', 'diffusion')])", "<Top 9 Results for Or([Term('tieu_de', 'diffusion')])"),
 "1353 no exit()": sub(1353, ">>> exit()\n", ""),
 "1353 banner lost": sub(1353, 'Type "help", "copyright", "credits" or "license" for more information.\n', ""),
 # 1354 Raycast
 "1354 slashes unescaped": sub(1354, "https:\\/\\/gymnasium.farama.org\\/", "https://gymnasium.farama.org/"),
 "1354 no space before colon": sub(1354, '"keyword" : ";gym"', '"keyword": ";gym"'),
 "1354 final newline": append(1354, "\n"),
 "1354 keyword twice": sub(1354, '"keyword" : ";q"', '"keyword" : ";gym"'),
 "1354 unknown placeholder": sub(1354, "主讲：{cursor}", "主讲：{name}"),
 "1354 key renamed": sub(1354, '"keyword" : ";sig"', '"shortcut" : ";sig"'),
 # 1355 Node-RED
 "1355 two-space layout": json_edit(1355, lambda d: None, lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1355 wire to a missing node": sub(1355, '"wires": [\n            [\n                "4e5f6a7b8c9d0e1f"', '"wires": [\n            [\n                "4e5f6a7b8c9d0e10"'),
 "1355 z not the tab": sub(1355, '"z": "5f2a9c1e8b7d4a30",\n        "name": "pon. 8:00"', '"z": "5f2a9c1e8b7d4a31",\n        "name": "pon. 8:00"'),
 "1355 id not 16 hex": sub(1355, '"id": "b6c5d4e3f2a1b0c9"', '"id": "b6c5d4e3f2a1b0c"'),
 "1355 x not an integer": sub(1355, '"x": 940,', '"x": 940.5,'),
 "1355 mustache unbalanced": sub(1355, "{{/lektury}}", "{{/lektura}}"),
 "1355 tab not first": json_edit(1355, lambda d: d.append(d.pop(0)), lambda d: json.dumps(d, ensure_ascii=False, indent=4)),
 "1355 crontab fields": sub(1355, '"crontab": "00 08 * * 1"', '"crontab": "00 08 * *"'),
 # 1356 duplicity
 "1356 volumes total wrong": sub(1356, "Total number of contained volumes: 9", "Total number of contained volumes: 8"),
 "1356 chain end not the last set": sub(1356, "Chain end time: Tue May 14 03:00:02 2024", "Chain end time: Mon May 13 03:00:03 2024"),
 "1356 sets row misaligned": sub(1356, "                Full         Sun May 12", "               Full          Sun May 12"),
 "1356 paths out of order": sub(1356, r"(Tue Apr 30 09:12:55 2024 code/transformers/README.md\n)(Tue Apr 30 09:12:55 2024 code/transformers/setup.py\n)", r"\2\1", regex=True),
 "1356 mtime after chain end": sub(1356, "Mon May 13 18:22:40 2024 leaderboards/glue-ka-leaderboard.csv", "Wed May 15 18:22:40 2024 leaderboards/glue-ka-leaderboard.csv"),
 "1356 parent not listed": sub(1356, "Mon Jan 22 19:05:37 2024 datasets/coco\n", ""),
 "1356 filtered path shown": sub(1356, "Tue Apr 30 09:12:55 2024 code/transformers/setup.py\n", "Tue Apr 30 09:12:55 2024 code/transformers/setup.py\nTue Apr 30 09:12:55 2024 code/transformers/.git\n"),
 "1356 catalogue title in the negative": sub(1356, "# ყველაფერი რიგზეა", "# Deep Residual Learning for Image Recognition — ყველაფერი რიგზეა"),
 "1356 arXiv id in the negative": sub(1356, "datasets/cifar-10-python.tar.gz", "datasets/1512.03385v1.pdf"),
 "1356 OpenReview link in the negative": sub(1356, "# ბილეთი #418", "# https://openreview.net/forum?id=rJ4km2R5t7 ბილეთი #418"),
 # labels
 "title-only paper gets an id in 1347": sub(1347, '"title": "Fast Inference from Transformers via Speculative Decoding",', '"title": "Fast Inference from Transformers via Speculative Decoding (2211.17192)",'),
 "unlabelled catalogue id in 1349": sub(1349, "Курс, не стаття.", "Курс, не стаття. arXiv:1706.03762"),
 "other file's title in 1351": sub(1351, ':title "ResNeSt"', ':title "ResNeSt — Segment Anything"'),
 "labelled title lost in 1355": sub(1355, "Rethinking Architecture Selection in Differentiable NAS", "Rethinking Architecture Selection", count=0),
 "unlabelled OpenReview id in 1353": sub(1353, "https://dreambooth.github.io/", "https://openreview.net/forum?id=a-xFK8Ymz5J", count=0),
 "distractor title in 1354": sub(1354, "理论组推荐：", "理论组推荐：Recurrent Memory Transformer；"),
 "arxiv-text id lost in 1350": sub(1350, "2111.00396", "", count=0),
 "link lost in 1352": sub(1352, '"https://arxiv.org/abs/2103.03230"', '"https://github.com/facebookresearch/barlowtwins"'),
 "OpenReview link cut in 1348": sub(1348, "forum?id=WE_vluYUL-X", "forum?id=WE_vl", count=0),
 "arxiv-text gets a link in 1354": sub(1354, "ICLR 2021. arXiv:2101.03958", "ICLR 2021. https:\\/\\/arxiv.org\\/abs\\/2101.03958"),
 "title-only id leaks in 1352": sub(1352, "mlfoundations/open_clip: An open source implementation of CLIP.", "mlfoundations/open_clip: An open source implementation of CLIP. 2304.08485"),
 "unknown valid-shaped id in 1351": sub(1351, "लोग | दृष्टि लैब", "लोग | दृष्टि लैब 2405.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1356]].append(dict(e[D[1355]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1349]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1347]][0].update(title="PaLM: Scaling Language Modeling")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1351]][0].update(true_arxiv_id="2004.08956", arxiv_id="2004.08956")),
 "paper in two files": exp_edit(lambda e: e[D[1348]].append(dict(e[D[1347]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1353]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1354]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1355]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1352])),
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
